#include "PlanTemplate.h"

#include "Scheduler.h"
#include "Wbs.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace cd::core {

namespace {

constexpr std::size_t kMaxDepth = 32;
constexpr std::size_t kMaxTasks = 5000;
constexpr int kMaxDays = 3650;

std::int64_t powerOfTen(int digits)
{
    std::int64_t p = 1;
    for (int i = 0; i < digits; ++i) {
        p *= 10;
    }
    return p;
}

bool isBlank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

// Walks the template depth first, numbering tasks as it goes.
class Instantiator {
public:
    explicit Instantiator(const std::string& currency) : m_currency(currency) {}

    bool visit(const TemplateTask& t, std::optional<Id> parent, int position,
               const std::string& parentPhase, std::vector<std::size_t>& path);
    bool resolveDependencies();
    InstantiatedTemplate& result() { return m_out; }

private:
    struct Pending {
        Id successor;
        std::vector<std::size_t> path;
        std::size_t index;
        const TemplateDependency* dependency;
    };
    bool fail(const std::vector<std::size_t>& path, std::string field, std::string message)
    {
        m_out.problem = TemplateProblem{path, std::move(field), std::move(message)};
        return false;
    }
    bool check(const TemplateTask& t, const std::vector<std::size_t>& path);
    Task makeTask(const TemplateTask& t, std::optional<Id> parent, int position,
                  const std::string& parentPhase) const;
    bool findCycle();

    const std::string& m_currency;
    InstantiatedTemplate m_out;
    std::unordered_map<std::string, Id> m_keys;
    std::vector<Pending> m_pending;
};

// The checks of one task's own values; false after recording the problem.
bool Instantiator::check(const TemplateTask& t, const std::vector<std::size_t>& path)
{
    const std::string days = "must be a whole number from 0 to " + std::to_string(kMaxDays);
    if (path.size() > kMaxDepth) {
        return fail(path, "",
                    "the plan nests deeper than " + std::to_string(kMaxDepth) + " levels");
    }
    if (m_out.tasks.size() >= kMaxTasks) {
        return fail(path, "", "a template holds at most " + std::to_string(kMaxTasks) + " tasks");
    }
    if (isBlank(t.name)) {
        return fail(path, "name", "a task needs a name");
    }
    if (t.durationDays < 0 || t.durationDays > kMaxDays) {
        return fail(path, "duration_days", days);
    }
    if (t.bufferDays < 0 || t.bufferDays > kMaxDays) {
        return fail(path, "buffer_days", days);
    }
    if (t.costThousandths < 0) {
        return fail(path, "cost", "cannot be negative");
    }
    if (t.kind == TaskKind::Milestone && t.durationDays != 0) {
        return fail(path, "duration_days", "a milestone takes 0 days");
    }
    for (std::size_t i = 0; i < t.dependsOn.size(); ++i) {
        if (std::abs(t.dependsOn[i].lagDays) > kMaxDays) {
            return fail(path, "depends_on/" + std::to_string(i) + "/lag_days",
                        "must be a whole number from -" + std::to_string(kMaxDays) + " to " +
                            std::to_string(kMaxDays));
        }
    }
    return true;
}

Task Instantiator::makeTask(const TemplateTask& t, std::optional<Id> parent, int position,
                            const std::string& parentPhase) const
{
    Task task;
    task.id = static_cast<Id>(m_out.tasks.size() + 1);
    task.parentId = parent;
    task.position = position;
    task.name = t.name;
    task.kind = t.kind;
    task.phase = !t.phase.empty() ? t.phase : parent ? parentPhase : t.name;
    task.ownerRole = t.ownerRole;
    task.durationDays = t.durationDays;
    task.bufferDays = t.bufferDays;
    task.costEstimate =
        Money(t.costThousandths, m_currency).scaled(powerOfTen(currencyDigits(m_currency)), 1000);
    task.notes = t.notes;
    return task;
}

bool Instantiator::visit(const TemplateTask& t, std::optional<Id> parent, int position,
                         const std::string& parentPhase, std::vector<std::size_t>& path)
{
    if (!check(t, path)) {
        return false;
    }
    m_out.tasks.push_back(makeTask(t, parent, position, parentPhase));
    const Id id = m_out.tasks.back().id;
    if (!t.key.empty() && !m_keys.emplace(t.key, id).second) {
        const auto& other = m_out.tasks[static_cast<std::size_t>(m_keys[t.key] - 1)];
        return fail(path, "key",
                    "the key \"" + t.key + "\" is also the key of \"" + other.name + "\"");
    }
    for (std::size_t i = 0; i < t.dependsOn.size(); ++i) {
        m_pending.push_back({id, path, i, &t.dependsOn[i]});
    }
    const std::string phase = m_out.tasks.back().phase;
    for (std::size_t i = 0; i < t.children.size(); ++i) {
        path.push_back(i);
        const bool ok = visit(t.children[i], id, static_cast<int>(i), phase, path);
        path.pop_back();
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool Instantiator::resolveDependencies()
{
    std::set<std::pair<Id, Id>> seen;
    for (const auto& p : m_pending) {
        const std::string field = "depends_on/" + std::to_string(p.index) + "/key";
        const auto it = m_keys.find(p.dependency->key);
        if (it == m_keys.end()) {
            return fail(p.path, field, "no task has the key \"" + p.dependency->key + "\"");
        }
        if (it->second == p.successor) {
            return fail(p.path, field, "a task cannot depend on itself");
        }
        if (!seen.emplace(it->second, p.successor).second) {
            return fail(p.path, field, "\"" + p.dependency->key + "\" is listed twice");
        }
        m_out.dependencies.push_back({static_cast<Id>(m_out.dependencies.size() + 1), it->second,
                                      p.successor, p.dependency->type, p.dependency->lagDays});
    }
    return findCycle();
}

// One pass finds whether there is a cycle; only then is the dependency closing it searched.
bool Instantiator::findCycle()
{
    const auto& deps = m_out.dependencies;
    if (!computeSchedule(m_out.tasks, deps, Date()).error) {
        return true;
    }
    for (std::size_t i = 0; i < deps.size(); ++i) {
        const std::span<const Dependency> before(deps.data(), i);
        if (auto cycle = cycleIfAdded(m_out.tasks, before, deps[i])) {
            const auto& p = m_pending[i];
            return fail(p.path, "depends_on/" + std::to_string(p.index), cycle->message);
        }
    }
    return true;
}

std::string slug(const std::string& name)
{
    std::string s;
    for (const unsigned char c : name) {
        if (std::isalnum(c) && c < 0x80) {
            s += static_cast<char>(std::tolower(c));
        } else if (!s.empty() && s.back() != '-') {
            s += '-';
        }
    }
    // Long names keep their first words, cut where a word ends.
    if (s.size() > 40) {
        const auto cut = s.rfind('-', 40);
        s.resize(cut != std::string::npos && cut >= 12 ? cut : 40);
    }
    while (!s.empty() && s.back() == '-') {
        s.pop_back();
    }
    return s.empty() ? "task" : s;
}

} // namespace

InstantiatedTemplate instantiateTemplate(const PlanTemplate& plan, const std::string& currency)
{
    Instantiator walker(currency);
    std::vector<std::size_t> path;
    bool ok = true;
    for (std::size_t i = 0; ok && i < plan.tasks.size(); ++i) {
        path.assign(1, i);
        ok = walker.visit(plan.tasks[i], std::nullopt, static_cast<int>(i), "", path);
    }
    if (ok) {
        walker.resolveDependencies();
    }
    auto out = std::move(walker.result());
    if (out.problem) {
        out.tasks.clear();
        out.dependencies.clear();
    }
    return out;
}

bool layOutPlan(std::vector<Task>& tasks, std::span<const Dependency> dependencies, Date start)
{
    const auto result = computeSchedule(tasks, dependencies, start);
    if (!result.schedule) {
        return false;
    }
    std::unordered_set<Id> parents;
    for (const auto& t : tasks) {
        if (t.parentId) {
            parents.insert(*t.parentId);
        }
    }
    for (auto& t : tasks) {
        const auto& dates = result.schedule->tasks.at(t.id);
        t.plannedStart = dates.earlyStart;
        if (parents.count(t.id)) {
            t.durationDays = dates.earlyStart.daysUntil(dates.earlyFinish) + 1;
        }
    }
    return true;
}

PlanTemplate templateFromPlan(std::string name, std::span<const Task> tasks,
                              std::span<const Dependency> dependencies)
{
    PlanTemplate plan;
    plan.name = std::move(name);
    const auto entries = outline(tasks);
    std::unordered_map<Id, std::string> keys;
    std::set<std::string> used;
    for (const auto& e : entries) {
        std::string key = slug(e.task->name);
        for (int n = 2; !used.insert(key).second; ++n) {
            key = slug(e.task->name) + "-" + std::to_string(n);
        }
        keys.emplace(e.task->id, key);
    }
    std::unordered_map<Id, std::vector<TemplateDependency>> dependsOn;
    for (const auto& d : dependencies) {
        const auto from = keys.find(d.predecessorId);
        if (from != keys.end() && keys.count(d.successorId)) {
            dependsOn[d.successorId].push_back({from->second, d.type, d.lagDays});
        }
    }
    // The open ancestors of the entry being placed; each lives in its parent's children, which
    // do not grow while a descendant is open.
    std::vector<TemplateTask*> open;
    for (const auto& e : entries) {
        const Task& t = *e.task;
        open.resize(static_cast<std::size_t>(e.depth));
        auto& siblings = open.empty() ? plan.tasks : open.back()->children;
        TemplateTask& node = siblings.emplace_back();
        node.key = keys.at(t.id);
        node.name = t.name;
        node.kind = t.kind;
        node.phase = t.phase;
        node.ownerRole = t.ownerRole;
        node.durationDays = t.kind == TaskKind::Milestone ? 0 : std::max(0, t.durationDays);
        node.bufferDays = std::max(0, t.bufferDays);
        node.costThousandths = std::max<std::int64_t>(0, t.costEstimate.minorUnits()) * 1000 /
                               powerOfTen(currencyDigits(t.costEstimate.currency()));
        node.notes = t.notes;
        if (auto it = dependsOn.find(t.id); it != dependsOn.end()) {
            node.dependsOn = std::move(it->second);
        }
        open.push_back(&node);
    }
    return plan;
}

} // namespace cd::core
