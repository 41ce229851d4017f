#include "OnePagePdf.h"

#include "ReportCanvas.h"
#include "ReportError.h"
#include "ReportFonts.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cctype>
#include <string>

namespace cd::report {

namespace {

// Device dots per point: the painter is scaled so that one unit is one point.
constexpr int kResolution = 720;
constexpr double kDotsPerPoint = kResolution / 72.0;

} // namespace

std::optional<PageFormat> parsePageFormat(std::string_view text)
{
    std::string lower;
    for (const char ch : text) {
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    if (lower == "a4") {
        return PageFormat::A4;
    }
    if (lower == "letter") {
        return PageFormat::Letter;
    }
    return std::nullopt;
}

void writeOnePagePdf(const QString& path, PageFormat format, const QString& title,
                     const std::function<void(ReportCanvas& canvas, const QRectF& page)>& paint)
{
    const QString family = reportFontFamily();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw ReportError("cannot write " + path.toStdString() + ": " +
                          file.errorString().toStdString());
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(format == PageFormat::A4 ? QPageSize::A4 : QPageSize::Letter),
                        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CampaignDesk"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            throw ReportError("cannot start the PDF for " + path.toStdString());
        }
        painter.scale(kDotsPerPoint, kDotsPerPoint);
        const QRectF sheet = writer.pageLayout().fullRectPoints();
        ReportCanvas canvas(painter, family);
        paint(canvas, QRectF(0, 0, sheet.width(), sheet.height()));
        painter.end();
    }
    if (!file.commit()) {
        throw ReportError("cannot write " + path.toStdString() + ": " +
                          file.errorString().toStdString());
    }
}

} // namespace cd::report
