#include "PredecessorText.h"

#include "Scheduler.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace cd::core {

namespace {

// Long enough for any campaign, short enough that no sum of lags overflows a date.
constexpr int kMaxLagDays = 3650;

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

bool isLetter(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string quoted(std::string_view item)
{
    return "'" + std::string(item) + "'";
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.remove_suffix(1);
    }
    return s;
}

// Reads the text from `i` while `accept` holds.
std::string_view takeWhile(std::string_view s, std::size_t& i, bool (*accept)(char))
{
    const std::size_t from = i;
    while (i < s.size() && accept(s[i])) {
        ++i;
    }
    return s.substr(from, i - from);
}

void skipSpaces(std::string_view s, std::size_t& i)
{
    while (i < s.size() && s[i] == ' ') {
        ++i;
    }
}

// Calendar days per unit of a lag; 0 for a unit we do not schedule in (hours, months, %).
int daysPerUnit(std::string_view unit)
{
    static constexpr std::array<std::string_view, 7> days = {"",   "d",  "day",  "days",
                                                             "dy", "ed", "edays"};
    static constexpr std::array<std::string_view, 6> weeks = {"w",    "wk",    "wks",
                                                              "week", "weeks", "ew"};
    const std::string u = lower(unit);
    if (std::find(days.begin(), days.end(), u) != days.end()) {
        return 1;
    }
    if (std::find(weeks.begin(), weeks.end(), u) != weeks.end()) {
        return 7;
    }
    return 0;
}

// The WBS code at the start of `item`, each part without leading zeros; empty when none.
std::string readCode(std::string_view item, std::size_t& i)
{
    std::string code;
    for (;;) {
        std::string_view part = takeWhile(item, i, isDigit);
        if (part.empty()) {
            return code;
        }
        while (part.size() > 1 && part.front() == '0') {
            part.remove_prefix(1);
        }
        code += part;
        if (i + 1 < item.size() && item[i] == '.' && isDigit(item[i + 1])) {
            code += '.';
            ++i;
            continue;
        }
        return code;
    }
}

std::optional<std::string> readLag(std::string_view item, std::size_t& i, int& lagDays)
{
    const bool negative = item[i] == '-';
    ++i;
    skipSpaces(item, i);
    const std::string_view digits = takeWhile(item, i, isDigit);
    if (digits.empty()) {
        return quoted(item) + " has no number of days after the sign of its lag (e.g. +2d)";
    }
    skipSpaces(item, i);
    const std::string_view unit =
        takeWhile(item, i, [](char c) { return isLetter(c) || c == '%'; });
    skipSpaces(item, i);
    if (i != item.size()) {
        return quoted(item) + " is not a predecessor (e.g. 3, 1.2SS or 3FS+2d)";
    }
    const int perUnit = daysPerUnit(unit);
    if (perUnit == 0) {
        return quoted(item) + " has a lag that is not in days or weeks (e.g. +2d or -1w)";
    }
    const int limit = kMaxLagDays / perUnit;
    if (digits.size() > 5 || std::stoi(std::string(digits)) > limit) {
        return quoted(item) + " has a lag longer than " + std::to_string(kMaxLagDays) + " days";
    }
    lagDays = std::stoi(std::string(digits)) * perUnit * (negative ? -1 : 1);
    return std::nullopt;
}

std::optional<std::string> parseItem(std::string_view item, PredecessorLink& link)
{
    std::size_t i = 0;
    link.code = readCode(item, i);
    if (link.code.empty()) {
        return quoted(item) + " does not start with a WBS code (e.g. 3 or 1.2)";
    }
    skipSpaces(item, i);
    const std::string_view type = takeWhile(item, i, isLetter);
    if (!type.empty()) {
        std::string upperType(type);
        std::transform(upperType.begin(), upperType.end(), upperType.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        bool known = false;
        for (const auto& e : enumEntries<DependencyType>()) {
            if (e.key == upperType) {
                link.type = e.value;
                known = true;
            }
        }
        if (!known) {
            return quoted(item) + " is not a dependency type (use FS, SS, FF or SF)";
        }
    }
    skipSpaces(item, i);
    if (i == item.size()) {
        return std::nullopt;
    }
    if (item[i] == '+' || item[i] == '-') {
        return readLag(item, i, link.lagDays);
    }
    if (isDigit(item[i])) {
        return quoted(item) + " needs a sign before its lag (+2d or -1d)";
    }
    return quoted(item) + " is not a predecessor (e.g. 3, 1.2SS or 3FS+2d)";
}

} // namespace

ParsedPredecessors parsePredecessorText(std::string_view text)
{
    ParsedPredecessors out;
    std::size_t from = 0;
    while (from <= text.size()) {
        std::size_t to = text.find_first_of(",;", from);
        if (to == std::string_view::npos) {
            to = text.size();
        }
        const std::string_view item = trim(text.substr(from, to - from));
        from = to + 1;
        if (item.empty()) {
            continue;
        }
        PredecessorLink link;
        if (auto error = parseItem(item, link)) {
            out.links.clear();
            out.error = std::move(error);
            return out;
        }
        out.links.push_back(std::move(link));
    }
    return out;
}

std::string formatPredecessorLink(const PredecessorLink& link)
{
    std::string s = link.code;
    if (link.type != DependencyType::FS || link.lagDays != 0) {
        s += toKey(link.type);
    }
    if (link.lagDays > 0) {
        s += "+";
    }
    if (link.lagDays != 0) {
        s += std::to_string(link.lagDays) + "d";
    }
    return s;
}

std::string formatPredecessorText(Id successor, std::span<const Dependency> dependencies,
                                  std::span<const OutlineEntry> outline)
{
    std::unordered_map<Id, const std::string*> codes;
    for (const auto& e : outline) {
        codes.emplace(e.task->id, &e.code);
    }
    std::string text;
    for (const auto& d : dependencies) {
        const auto it = codes.find(d.predecessorId);
        if (d.successorId != successor || it == codes.end()) {
            continue;
        }
        if (!text.empty()) {
            text += "; ";
        }
        text += formatPredecessorLink({*it->second, d.type, d.lagDays});
    }
    return text;
}

std::unordered_map<Id, std::string>
formatAllPredecessorTexts(std::span<const Dependency> dependencies,
                          std::span<const OutlineEntry> outline)
{
    std::unordered_map<Id, const std::string*> codes;
    codes.reserve(outline.size());
    for (const auto& e : outline) {
        codes.emplace(e.task->id, &e.code);
    }
    std::unordered_map<Id, std::string> texts;
    for (const auto& d : dependencies) {
        const auto it = codes.find(d.predecessorId);
        if (it == codes.end()) {
            continue;
        }
        std::string& text = texts[d.successorId];
        if (!text.empty()) {
            text += "; ";
        }
        text += formatPredecessorLink({*it->second, d.type, d.lagDays});
    }
    return texts;
}

ResolvedPredecessors resolvePredecessorText(std::string_view text, Id successor,
                                            std::span<const Task> tasks,
                                            std::span<const Dependency> dependencies)
{
    ResolvedPredecessors out;
    auto parsed = parsePredecessorText(text);
    if (parsed.error) {
        out.error = std::move(parsed.error);
        return out;
    }
    std::unordered_map<std::string, Id> ids;
    for (const auto& e : outline(tasks)) {
        ids.emplace(e.code, e.task->id);
    }
    // The typed text replaces the task's predecessors, so cycles are checked without them.
    std::vector<Dependency> kept;
    for (const auto& d : dependencies) {
        if (d.successorId != successor) {
            kept.push_back(d);
        }
    }
    std::unordered_set<Id> seen;
    for (const auto& link : parsed.links) {
        const auto it = ids.find(link.code);
        std::string problem;
        if (it == ids.end()) {
            problem = quoted(link.code) + " is not a task of this plan";
        } else if (it->second == successor) {
            problem = quoted(link.code) + " is this task itself: a task cannot depend on itself";
        } else if (!seen.insert(it->second).second) {
            problem = quoted(link.code) + " is listed twice";
        }
        if (!problem.empty()) {
            out.dependencies.clear();
            out.error = std::move(problem);
            return out;
        }
        Dependency d{0, it->second, successor, link.type, link.lagDays};
        for (const auto& old : dependencies) {
            if (old.predecessorId == d.predecessorId && old.successorId == successor) {
                d.id = old.id;
            }
        }
        if (auto cycle = cycleIfAdded(tasks, kept, d)) {
            out.dependencies.clear();
            out.error = std::move(cycle->message);
            return out;
        }
        kept.push_back(d);
        out.dependencies.push_back(d);
    }
    return out;
}

} // namespace cd::core
