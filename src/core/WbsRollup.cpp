#include "WbsRollup.h"

#include <algorithm>
#include <vector>

namespace cd::core {

namespace {

// Running sums of the leaves below a task, for the weighted % complete.
struct Progress {
    double weighted = 0.0; // Σ percent × duration
    long long days = 0;    // Σ duration
    double plain = 0.0;    // Σ percent
    int leaves = 0;

    void add(const Progress& other)
    {
        weighted += other.weighted;
        days += other.days;
        plain += other.plain;
        leaves += other.leaves;
    }
    double percent() const
    {
        if (days > 0) {
            return weighted / static_cast<double>(days);
        }
        return leaves > 0 ? plain / leaves : 0.0;
    }
};

struct Node {
    const Task* task = nullptr;
    std::size_t parent = 0; // index of the parent node; meaningful when hasParent
    bool hasParent = false;
    std::size_t pendingChildren = 0;
    bool done = false;
    RolledUpTask values;
    Progress progress;
};

void setLeaf(Node& n)
{
    const Task& t = *n.task;
    RolledUpTask& r = n.values;
    const bool milestone = t.kind == TaskKind::Milestone;
    r.start = t.plannedStart;
    r.finish = milestone ? t.plannedStart : t.plannedFinish();
    r.durationDays = milestone ? 0 : std::max(0, t.durationDays);
    r.percentComplete = t.percentComplete;
    if (t.status != TaskStatus::Cancelled) {
        n.progress.weighted = t.percentComplete * r.durationDays;
        n.progress.days = r.durationDays;
        n.progress.plain = t.percentComplete;
        n.progress.leaves = 1;
    }
}

void finishSummary(Node& n)
{
    RolledUpTask& r = n.values;
    if (r.start && r.finish) {
        r.durationDays = r.start->daysUntil(*r.finish) + 1;
    }
    r.percentComplete = n.progress.percent();
}

void addInto(Node& parent, const Node& child)
{
    RolledUpTask& into = parent.values;
    const RolledUpTask& c = child.values;
    if (c.start && (!into.start || *c.start < *into.start)) {
        into.start = c.start;
    }
    if (c.finish && (!into.finish || *c.finish > *into.finish)) {
        into.finish = c.finish;
    }
    into.cost += c.cost;
    parent.progress.add(child.progress);
}

std::vector<Node> buildNodes(std::span<const Task> tasks)
{
    std::unordered_map<Id, std::size_t> index;
    index.reserve(tasks.size());
    std::vector<Node> nodes(tasks.size());
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        index.emplace(tasks[i].id, i);
        nodes[i].task = &tasks[i];
        nodes[i].values.cost = tasks[i].costEstimate;
    }
    for (auto& n : nodes) {
        const auto& parentId = n.task->parentId;
        if (!parentId || *parentId == n.task->id) {
            continue;
        }
        if (const auto it = index.find(*parentId); it != index.end()) {
            n.parent = it->second;
            n.hasParent = true;
            ++nodes[it->second].pendingChildren;
            nodes[it->second].values.summary = true;
        }
    }
    return nodes;
}

} // namespace

std::unordered_map<Id, RolledUpTask> rollUpWbs(std::span<const Task> tasks)
{
    std::vector<Node> nodes = buildNodes(tasks);
    std::vector<std::size_t> ready;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!nodes[i].values.summary) {
            setLeaf(nodes[i]);
            ready.push_back(i);
        }
    }
    // A task is final once all its children have been added into it; then it adds itself into
    // its parent. Each task is visited once and each parent link followed once.
    const auto complete = [&](std::size_t i) {
        Node& n = nodes[i];
        n.done = true;
        if (n.values.summary) {
            finishSummary(n);
        }
        if (n.hasParent) {
            Node& p = nodes[n.parent];
            addInto(p, n);
            if (--p.pendingChildren == 0 && !p.done) {
                ready.push_back(n.parent);
            }
        }
    };
    while (!ready.empty()) {
        const auto i = ready.back();
        ready.pop_back();
        complete(i);
    }
    std::unordered_map<Id, RolledUpTask> out;
    out.reserve(nodes.size());
    for (auto& n : nodes) {
        if (!n.done) { // on a parent loop: keeps what its finished children gave it
            finishSummary(n);
        }
        out.emplace(n.task->id, n.values);
    }
    return out;
}

} // namespace cd::core
