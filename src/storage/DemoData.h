#pragma once

#include "core/Date.h"

namespace cd::storage {

class Workbook;

// Fills an empty workbook with a realistic demo: two campaigns of a cosmetics brand with a
// WBS, a roster of influencers, contracts in several states, budget lines, payments and content.
// Dates are placed around `today` so that the demo always has something live, due and overdue.
void populateDemo(Workbook& workbook, core::Date today);

} // namespace cd::storage
