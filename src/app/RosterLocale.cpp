#include "RosterLocale.h"

#include <QCollator>
#include <QLocale>

namespace cd::app {

const QLocale& rosterLocale()
{
    static const QLocale locale = [] {
        const QLocale system;
        return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : system;
    }();
    return locale;
}

QCollator makeRosterCollator()
{
    QCollator c(rosterLocale());
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    return c;
}

const QCollator& rosterCollator()
{
    static const QCollator collator = makeRosterCollator();
    return collator;
}

QString formatFollowers(std::int64_t followers)
{
    return rosterLocale().toString(static_cast<qlonglong>(followers));
}

} // namespace cd::app
