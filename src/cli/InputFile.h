#pragma once

#include <cstdint>
#include <string>

namespace cd::cli {

// The whole of a small input file the user named (a template, a brief). `what` names it in
// messages ("the template " or ""); `tooLarge` ends the message for a file over `maxBytes`
// ("a brief (over 1 MB)"). Throws BadInput with one line.
std::string readInputFile(const std::string& file, const std::string& what, std::uintmax_t maxBytes,
                          const std::string& tooLarge);

} // namespace cd::cli
