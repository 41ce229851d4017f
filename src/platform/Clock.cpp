#include "Clock.h"

#include <QDate>

#include <cstdlib>

namespace cd::platform {

core::Date today()
{
    if (const char* pinned = std::getenv("CD_TODAY")) {
        if (auto d = core::Date::parseIso(pinned)) {
            return *d;
        }
    }
    const QDate now = QDate::currentDate();
    return core::Date::fromYmd(now.year(), static_cast<unsigned>(now.month()),
                               static_cast<unsigned>(now.day()));
}

} // namespace cd::platform
