#pragma once

#include "Task.h"
#include "Wbs.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cd::core {

// One item of a predecessors column as people type it in MS Project: a WBS code, a dependency
// type and a lag in calendar days ("3FS+2d", "1.2SS", "4", "2FF-1d", "1.3SF+3").
struct PredecessorLink {
    std::string code; // normalised: "1.2", never "01.2"
    DependencyType type = DependencyType::FS;
    int lagDays = 0;

    bool operator==(const PredecessorLink&) const = default;
};

// The items of the text in the order typed, or the first problem as a sentence naming the
// item ("'3XX' is not a dependency type …"). Items are separated by ',' or ';'; empty items
// and spaces are ignored. A lag without a unit is in days; "w"/"wk"/"week(s)" count 7 days.
struct ParsedPredecessors {
    std::vector<PredecessorLink> links;
    std::optional<std::string> error;
};
ParsedPredecessors parsePredecessorText(std::string_view text);

// The text of one link: "3" for a plain finish-to-start, else "1.2SS", "3FS+2d", "2FF-1d".
std::string formatPredecessorLink(const PredecessorLink& link);

// The predecessors column of `successor`: its dependencies in the order given, joined by "; ",
// each predecessor named by its WBS code in `outline`.
std::string formatPredecessorText(Id successor, std::span<const Dependency> dependencies,
                                  std::span<const OutlineEntry> outline);
// The same for every task with predecessors at once, in one pass over the links (a plan of
// 10,000 tasks must not build the code table 10,000 times).
std::unordered_map<Id, std::string>
formatAllPredecessorTexts(std::span<const Dependency> dependencies,
                          std::span<const OutlineEntry> outline);

// What the predecessors column of `successor` becomes when the user types `text`: the
// dependencies that replace the task's current ones (an unchanged link keeps its id, a new one
// has id 0), or the first problem: an unknown code ("'1.9' is not a task of this plan"), the
// task itself, an item listed twice, or a cycle (named task by task).
struct ResolvedPredecessors {
    std::vector<Dependency> dependencies;
    std::optional<std::string> error;
};
ResolvedPredecessors resolvePredecessorText(std::string_view text, Id successor,
                                            std::span<const Task> tasks,
                                            std::span<const Dependency> dependencies);

} // namespace cd::core
