#include "ReportFonts.h"

#include "ReportError.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QStringList>

namespace cd::report {

namespace {

const QString kPreferredFamily = QStringLiteral("DejaVu Sans");
const QString kFontFolder = QStringLiteral("/usr/share/fonts/truetype/dejavu/");

// True when the family resolves to a real font. With no font files fontconfig still lists the
// aliases ("Sans Serif"), but QFontInfo then names no family: text would come out as empty
// boxes in the PDF. (QRawFont::fromFont crashes in that state, so it is not used here.)
bool usable(const QString& family)
{
    return !family.isEmpty() && !QFontInfo(QFont(family)).family().isEmpty();
}

QString loadBundledFamily()
{
    QString family;
    for (const auto* file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
        const int id = QFontDatabase::addApplicationFont(kFontFolder + QLatin1String(file));
        if (id >= 0 && family.isEmpty()) {
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            family = families.isEmpty() ? QString() : families.front();
        }
    }
    return family;
}

} // namespace

QString reportFontFamily()
{
    static QString chosen;
    if (!chosen.isEmpty()) {
        return chosen;
    }
    for (const QString& candidate : {kPreferredFamily, QGuiApplication::font().family()}) {
        if (usable(candidate)) {
            return chosen = candidate;
        }
    }
    const QString loaded = loadBundledFamily();
    if (usable(loaded)) {
        return chosen = loaded;
    }
    throw ReportError("no font is available to write the report's text; install the "
                      "fonts-dejavu-core package");
}

} // namespace cd::report
