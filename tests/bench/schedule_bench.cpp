// Times the scheduler on synthetic plans of growing size: the forward and backward pass over
// N tasks with about 2N dependencies must stay in milliseconds (issue: 10,000 tasks, 20,000
// dependencies). Prints one line per size; not a test.
#include "core/Scheduler.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

namespace {

std::uint64_t next(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

struct Plan {
    std::vector<cd::core::Task> tasks;
    std::vector<cd::core::Dependency> deps;
};

// Deliverables of 20 tasks each; every task depends on two earlier tasks of the plan.
Plan makePlan(int n)
{
    Plan p;
    std::uint64_t rng = 42;
    cd::core::Id id = 0;
    cd::core::Id parent = 0;
    std::vector<cd::core::Id> leaves;
    for (int i = 0; i < n; ++i) {
        cd::core::Task t;
        t.id = ++id;
        if (i % 21 == 0) {
            t.kind = cd::core::TaskKind::Deliverable;
            parent = t.id;
        } else {
            t.parentId = parent;
            t.durationDays = 1 + static_cast<int>(next(rng) % 10);
            t.bufferDays = static_cast<int>(next(rng) % 3);
            leaves.push_back(t.id);
        }
        p.tasks.push_back(t);
    }
    for (std::size_t i = 1; i < leaves.size(); ++i) {
        for (int k = 0; k < 2; ++k) {
            const auto from = leaves[next(rng) % i];
            const auto type = static_cast<cd::core::DependencyType>(next(rng) % 4);
            p.deps.push_back({static_cast<cd::core::Id>(p.deps.size() + 1), from, leaves[i], type,
                              static_cast<int>(next(rng) % 5) - 1});
        }
    }
    return p;
}

// Summaries nested 50 deep, each holding one task and the next summary: the shape where a
// roll-up that walks every summary's leaves grows with depth × tasks.
Plan makeNestedPlan(int n)
{
    Plan p;
    cd::core::Id id = 0;
    std::optional<cd::core::Id> parent;
    for (int i = 0; i < n; i += 2) {
        if (i % 100 == 0) {
            parent.reset();
        }
        cd::core::Task summary;
        summary.id = ++id;
        summary.kind = cd::core::TaskKind::Deliverable;
        summary.parentId = parent;
        cd::core::Task leaf;
        leaf.id = ++id;
        leaf.parentId = summary.id;
        leaf.durationDays = 1 + i % 7;
        p.tasks.push_back(summary);
        p.tasks.push_back(leaf);
        parent = summary.id;
    }
    return p;
}

double medianMs(const Plan& p, int runs)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const auto result =
            cd::core::computeSchedule(p.tasks, p.deps, cd::core::Date::fromYmd(2026, 1, 5));
        const auto end = std::chrono::steady_clock::now();
        if (!result.schedule) {
            std::fprintf(stderr, "unexpected cycle\n");
            std::exit(1);
        }
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 20;
    std::printf("%-28s %10s %12s %12s\n", "benchmark", "tasks", "dependencies", "ms (median)");
    for (int n : {100, 1000, 10000}) {
        const Plan p = makePlan(n);
        std::printf("%-28s %10d %12zu %12.2f\n", "schedule (forward+backward)", n, p.deps.size(),
                    medianMs(p, runs));
    }
    for (int n : {100, 1000, 10000}) {
        const Plan p = makeNestedPlan(n);
        std::printf("%-28s %10d %12zu %12.2f\n", "schedule (nested 50 deep)", n, p.deps.size(),
                    medianMs(p, runs));
    }
    return 0;
}
