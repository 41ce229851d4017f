#include "Wbs.h"

#include <algorithm>
#include <functional>

namespace cd::core {

std::vector<OutlineEntry> outline(std::span<const Task> tasks)
{
    std::map<Id, std::vector<const Task*>> children; // key 0: top level
    for (const auto& t : tasks) {
        children[t.parentId.value_or(0)].push_back(&t);
    }
    for (auto& [parent, list] : children) {
        std::stable_sort(list.begin(), list.end(), [](const Task* a, const Task* b) {
            return a->position != b->position ? a->position < b->position : a->id < b->id;
        });
    }
    std::vector<OutlineEntry> out;
    out.reserve(tasks.size());
    // Iterative depth-first walk: deep plans must not exhaust the stack.
    struct Frame {
        const std::vector<const Task*>* list;
        std::size_t next;
        std::string prefix;
        int depth;
    };
    std::vector<Frame> stack;
    if (auto it = children.find(0); it != children.end()) {
        stack.push_back({&it->second, 0, "", 0});
    }
    while (!stack.empty()) {
        Frame& f = stack.back();
        if (f.next >= f.list->size()) {
            stack.pop_back();
            continue;
        }
        const Task* t = (*f.list)[f.next++];
        std::string code = f.prefix + std::to_string(f.next);
        const int depth = f.depth;
        out.push_back({t, code, depth});
        if (auto it = children.find(t->id); it != children.end() && t->id != 0) {
            stack.push_back({&it->second, 0, code + ".", depth + 1});
        }
    }
    return out;
}

} // namespace cd::core
