#pragma once

#include <cstdint>
#include <functional>

namespace cd::storage {

class Workbook;

struct GeneratorSpec {
    std::int64_t influencers = 100;
    std::int64_t campaigns = 3;
    std::int64_t tasks = 100;  // per workbook, spread over the campaigns
    std::int64_t posts = 1000; // content items, spread over the campaigns
    std::uint64_t seed = 1;
};

// Fills an empty workbook with synthetic but plausible data of the given size. The same spec and
// seed always give the same workbook. Runs in one transaction.
void generate(Workbook& workbook, const GeneratorSpec& spec);

} // namespace cd::storage
