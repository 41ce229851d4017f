#include "Scheduler.h"

#include <algorithm>
#include <limits>

namespace cd::core {

namespace {

// Internally a task occupies [start, finish) in days since the epoch: a one-day task has
// finish = start + 1 and a milestone finish = start. Exclusive ends keep the four dependency
// formulas symmetric; dates shown to users are converted back to inclusive finishes.
struct Edge {
    std::size_t from;
    std::size_t to;
    DependencyType type;
    int lag;
};

struct Graph {
    std::vector<const Task*> nodes; // every task, in input order
    std::unordered_map<Id, std::size_t> index;
    std::vector<std::vector<std::size_t>> children;
    std::vector<bool> leaf;
    std::vector<Edge> edges; // between leaves only
    std::vector<std::vector<std::size_t>> out;
    std::vector<std::vector<std::size_t>> in;
};

void collectLeaves(const Graph& g, std::size_t node, std::vector<std::size_t>& leaves)
{
    std::vector<std::size_t> stack{node};
    while (!stack.empty()) {
        const auto n = stack.back();
        stack.pop_back();
        if (g.leaf[n]) {
            leaves.push_back(n);
        }
        for (const auto c : g.children[n]) {
            stack.push_back(c);
        }
    }
}

Graph buildGraph(std::span<const Task> tasks, std::span<const Dependency> deps,
                 const Dependency* extra)
{
    Graph g;
    g.nodes.reserve(tasks.size());
    for (const auto& t : tasks) {
        g.index.emplace(t.id, g.nodes.size());
        g.nodes.push_back(&t);
    }
    g.children.resize(g.nodes.size());
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        if (const auto& parent = g.nodes[i]->parentId) {
            if (auto it = g.index.find(*parent); it != g.index.end()) {
                g.children[it->second].push_back(i);
            }
        }
    }
    g.leaf.resize(g.nodes.size());
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        g.leaf[i] = g.children[i].empty();
    }
    auto addDependency = [&](const Dependency& d) {
        const auto p = g.index.find(d.predecessorId);
        const auto s = g.index.find(d.successorId);
        if (p == g.index.end() || s == g.index.end()) {
            return;
        }
        if (g.leaf[p->second] && g.leaf[s->second]) { // the usual case: no lists to build
            g.edges.push_back({p->second, s->second, d.type, d.lagDays});
            return;
        }
        std::vector<std::size_t> from;
        std::vector<std::size_t> to;
        collectLeaves(g, p->second, from);
        collectLeaves(g, s->second, to);
        for (const auto f : from) {
            for (const auto t : to) {
                g.edges.push_back({f, t, d.type, d.lagDays});
            }
        }
    };
    for (const auto& d : deps) {
        addDependency(d);
    }
    if (extra) {
        addDependency(*extra);
    }
    g.out.resize(g.nodes.size());
    g.in.resize(g.nodes.size());
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        g.out[g.edges[e].from].push_back(e);
        g.in[g.edges[e].to].push_back(e);
    }
    return g;
}

// Kahn's algorithm over the leaves; the order is partial when there is a cycle.
std::vector<std::size_t> topologicalOrder(const Graph& g)
{
    std::vector<std::size_t> pending(g.nodes.size(), 0);
    std::vector<std::size_t> order;
    std::vector<std::size_t> ready;
    std::size_t leaves = 0;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        if (!g.leaf[i]) {
            continue;
        }
        ++leaves;
        pending[i] = g.in[i].size();
        if (pending[i] == 0) {
            ready.push_back(i);
        }
    }
    order.reserve(leaves);
    while (!ready.empty()) {
        const auto n = ready.back();
        ready.pop_back();
        order.push_back(n);
        for (const auto e : g.out[n]) {
            if (--pending[g.edges[e].to] == 0) {
                ready.push_back(g.edges[e].to);
            }
        }
    }
    return order;
}

std::string nameOf(const Task& t)
{
    return t.name.empty() ? "#" + std::to_string(t.id) : "\"" + t.name + "\"";
}

// Finds one cycle among the leaves that the topological order could not place.
CycleError describeCycle(const Graph& g, const std::vector<std::size_t>& order)
{
    std::vector<bool> placed(g.nodes.size(), false);
    for (const auto n : order) {
        placed[n] = true;
    }
    // Every unplaced leaf has an unplaced predecessor; walking predecessors must loop.
    std::size_t start = 0;
    while (start < g.nodes.size() && (placed[start] || !g.leaf[start])) {
        ++start;
    }
    std::vector<std::size_t> walk;
    std::unordered_map<std::size_t, std::size_t> seenAt;
    std::size_t n = start;
    while (!seenAt.count(n)) {
        seenAt[n] = walk.size();
        walk.push_back(n);
        for (const auto e : g.in[n]) {
            if (!placed[g.edges[e].from]) {
                n = g.edges[e].from;
                break;
            }
        }
    }
    std::vector<std::size_t> loop(walk.begin() + static_cast<std::ptrdiff_t>(seenAt[n]),
                                  walk.end());
    std::reverse(loop.begin(), loop.end()); // predecessors first
    // Start the sentence at the task that comes first in the plan, so it reads in plan order.
    std::rotate(loop.begin(), std::min_element(loop.begin(), loop.end()), loop.end());
    CycleError err;
    std::string path;
    for (const auto i : loop) {
        err.cycle.push_back(g.nodes[i]->id);
        path += nameOf(*g.nodes[i]) + " → ";
    }
    path += nameOf(*g.nodes[loop.front()]);
    err.message = "These dependencies form a cycle: " + path + ".";
    return err;
}

int duration(const Task& t, bool withBuffer)
{
    int d = t.kind == TaskKind::Milestone ? 0 : std::max(0, t.durationDays);
    if (t.actualStart && t.actualFinish) {
        d = std::max(0, t.actualStart->daysUntil(*t.actualFinish) + 1);
    }
    return withBuffer ? d + std::max(0, t.bufferDays) : d;
}

std::vector<std::int32_t> forwardPass(const Graph& g, const std::vector<std::size_t>& order,
                                      std::int32_t projectStart, bool withBuffers,
                                      std::vector<std::int32_t>& start)
{
    std::vector<std::int32_t> finish(g.nodes.size(), projectStart);
    start.assign(g.nodes.size(), projectStart);
    for (const auto n : order) {
        const Task& t = *g.nodes[n];
        const int d = duration(t, withBuffers);
        std::int32_t es = projectStart;
        if (t.plannedStart) {
            es = std::max(es, t.plannedStart->daysSinceEpoch());
        }
        for (const auto e : g.in[n]) {
            const Edge& edge = g.edges[e];
            switch (edge.type) {
            case DependencyType::FS:
                es = std::max(es, finish[edge.from] + edge.lag);
                break;
            case DependencyType::SS:
                es = std::max(es, start[edge.from] + edge.lag);
                break;
            case DependencyType::FF:
                es = std::max(es, finish[edge.from] + edge.lag - d);
                break;
            case DependencyType::SF:
                es = std::max(es, start[edge.from] + edge.lag - d);
                break;
            }
        }
        if (t.actualStart) {
            es = t.actualStart->daysSinceEpoch(); // what happened is no longer scheduled
        }
        start[n] = es;
        finish[n] = es + d;
    }
    return finish;
}

Date inclusiveFinish(std::int32_t start, std::int32_t exclusiveFinish)
{
    return Date::fromDays(exclusiveFinish > start ? exclusiveFinish - 1 : start);
}

// Widens a summary's dates to take in one task below it.
void widen(TaskDates& d, const TaskDates& c)
{
    d.earlyStart = std::min(d.earlyStart, c.earlyStart);
    d.earlyFinish = std::max(d.earlyFinish, c.earlyFinish);
    d.lateStart = std::min(d.lateStart, c.lateStart);
    d.lateFinish = std::max(d.lateFinish, c.lateFinish);
    d.totalFloatDays = std::min(d.totalFloatDays, c.totalFloatDays);
    d.critical = d.critical || c.critical;
    d.earlyFinishWithBuffers = std::max(d.earlyFinishWithBuffers, c.earlyFinishWithBuffers);
}

// Summaries roll up from the tasks below them in one bottom-up pass: a task is final once all
// its children are, and then widens its parent. Each parent link is followed once, so the cost
// is linear (walking every summary's leaves was not, for deep plans). Tasks on a loop of parent
// links (a damaged file) keep what their finished children gave them.
void rollUpSummaries(const Graph& g, Schedule& s)
{
    const std::size_t n = g.nodes.size();
    std::vector<std::size_t> parent(n, n);
    std::vector<std::size_t> pending(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        pending[i] = g.children[i].size();
        for (const auto c : g.children[i]) {
            parent[c] = i;
        }
    }
    std::vector<TaskDates> dates(n);
    std::vector<bool> started(n, false);
    std::vector<std::size_t> ready;
    for (std::size_t i = 0; i < n; ++i) {
        if (g.leaf[i]) {
            dates[i] = s.tasks.at(g.nodes[i]->id);
            started[i] = true;
            ready.push_back(i);
        }
    }
    std::vector<bool> done(n, false);
    while (!ready.empty()) {
        const auto i = ready.back();
        ready.pop_back();
        done[i] = true;
        if (!g.leaf[i]) {
            s.tasks.emplace(g.nodes[i]->id, dates[i]);
        }
        const auto p = parent[i];
        if (p == n) {
            continue;
        }
        if (started[i]) {
            if (started[p]) {
                widen(dates[p], dates[i]);
            } else {
                dates[p] = dates[i];
                started[p] = true;
            }
        }
        if (--pending[p] == 0) {
            ready.push_back(p);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!done[i]) {
            s.tasks.emplace(g.nodes[i]->id, dates[i]);
        }
    }
}

} // namespace

ScheduleResult computeSchedule(std::span<const Task> tasks, std::span<const Dependency> deps,
                               Date projectStart)
{
    const Graph g = buildGraph(tasks, deps, nullptr);
    const auto order = topologicalOrder(g);
    const auto leafCount = static_cast<std::size_t>(std::count(g.leaf.begin(), g.leaf.end(), true));
    if (order.size() != leafCount) {
        return {std::nullopt, describeCycle(g, order)};
    }

    const std::int32_t origin = projectStart.daysSinceEpoch();
    std::vector<std::int32_t> es;
    std::vector<std::int32_t> esBuffered;
    const auto ef = forwardPass(g, order, origin, false, es);
    const auto efBuffered = forwardPass(g, order, origin, true, esBuffered);

    std::int32_t projectFinish = origin;
    for (const auto n : order) {
        projectFinish = std::max(projectFinish, ef[n]);
    }

    std::vector<std::int32_t> lf(g.nodes.size(), projectFinish);
    std::vector<std::int32_t> ls(g.nodes.size(), projectFinish);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const auto n = *it;
        const int d = duration(*g.nodes[n], false);
        std::int32_t latest = projectFinish;
        for (const auto e : g.out[n]) {
            const Edge& edge = g.edges[e];
            switch (edge.type) {
            case DependencyType::FS:
                latest = std::min(latest, ls[edge.to] - edge.lag);
                break;
            case DependencyType::SS:
                latest = std::min(latest, ls[edge.to] - edge.lag + d);
                break;
            case DependencyType::FF:
                latest = std::min(latest, lf[edge.to] - edge.lag);
                break;
            case DependencyType::SF:
                latest = std::min(latest, lf[edge.to] - edge.lag + d);
                break;
            }
        }
        lf[n] = latest;
        ls[n] = latest - d;
    }

    Schedule s;
    std::vector<std::pair<std::int32_t, Id>> critical;
    for (const auto n : order) {
        TaskDates d;
        d.earlyStart = Date::fromDays(es[n]);
        d.earlyFinish = inclusiveFinish(es[n], ef[n]);
        d.lateStart = Date::fromDays(ls[n]);
        d.lateFinish = inclusiveFinish(ls[n], lf[n]);
        d.totalFloatDays = ls[n] - es[n];
        d.critical = d.totalFloatDays <= 0;
        d.earlyFinishWithBuffers = inclusiveFinish(esBuffered[n], efBuffered[n]);
        if (d.critical) {
            critical.emplace_back(es[n], g.nodes[n]->id);
        }
        s.tasks.emplace(g.nodes[n]->id, d);
    }
    std::sort(critical.begin(), critical.end());
    for (const auto& [day, id] : critical) {
        s.criticalTasks.push_back(id);
    }

    rollUpSummaries(g, s);

    if (!order.empty()) {
        std::int32_t first = std::numeric_limits<std::int32_t>::max();
        for (const auto n : order) {
            first = std::min(first, es[n]);
        }
        s.start = Date::fromDays(first);
        Date finish = Date::fromDays(first);
        Date finishBuffered = finish;
        for (const auto n : order) {
            finish = std::max(finish, inclusiveFinish(es[n], ef[n]));
            finishBuffered =
                std::max(finishBuffered, inclusiveFinish(esBuffered[n], efBuffered[n]));
        }
        s.finish = finish;
        s.finishWithBuffers = finishBuffered;
    }
    return {std::move(s), std::nullopt};
}

std::optional<CycleError> cycleIfAdded(std::span<const Task> tasks,
                                       std::span<const Dependency> deps,
                                       const Dependency& candidate)
{
    const Graph g = buildGraph(tasks, deps, &candidate);
    const auto order = topologicalOrder(g);
    const auto leafCount = static_cast<std::size_t>(std::count(g.leaf.begin(), g.leaf.end(), true));
    if (order.size() == leafCount) {
        return std::nullopt;
    }
    return describeCycle(g, order);
}

} // namespace cd::core
