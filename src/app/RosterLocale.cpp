#include "RosterLocale.h"

#include "Format.h"

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
    // In the interface's language, like every other number: a German system with an English
    // interface shows "1,234", not "1.234".
    return formatCount(followers);
}

} // namespace cd::app
