#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace cd::io {

// A JSON parse error as one line for people: "[json.exception.parse_error.101] parse error at
// line 3, column 7: …; last read: …" keeps the location and the reason. The bytes last read may
// be anything, invalid UTF-8 included: the position is enough.
inline std::string jsonParseProblem(const nlohmann::json::parse_error& error)
{
    std::string what = error.what();
    if (const auto at = what.find("] "); at != std::string::npos) {
        what = what.substr(at + 2);
    }
    if (const auto last = what.find("; last read:"); last != std::string::npos) {
        what.resize(last);
    }
    return what;
}

} // namespace cd::io
