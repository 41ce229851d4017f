#pragma once

#include "core/Date.h"

namespace cd::platform {

// Today's date in the local time zone. Tests and demos may pin it with the environment variable
// CD_TODAY=YYYY-MM-DD, so that "late" and "overdue" do not depend on when they run.
core::Date today();

} // namespace cd::platform
