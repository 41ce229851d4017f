#include "InputFile.h"

#include "CliError.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace cd::cli {

std::string readInputFile(const std::string& file, const std::string& what, std::uintmax_t maxBytes,
                          const std::string& tooLarge)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        throw BadInput("cannot read " + what + file + ": " + ec.message());
    }
    if (size > maxBytes) {
        throw BadInput(file + " is too large for " + tooLarge);
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        throw BadInput("cannot read " + what + file + ": " + std::strerror(errno));
    }
    return text.str();
}

} // namespace cd::cli
