#pragma once

#include <cstdint>

namespace cd::core {

// Row ids as the workbook assigns them; 0 means "not stored yet".
using Id = std::int64_t;
// Incremented by every update of a row, so concurrent edits can be detected.
using RowVersion = std::int64_t;

} // namespace cd::core
