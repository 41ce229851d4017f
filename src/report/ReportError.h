#pragma once

#include <stdexcept>

namespace cd::report {

// The report could not be written: a sentence a user can read (the file cannot be created,
// no font is available …).
class ReportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace cd::report
