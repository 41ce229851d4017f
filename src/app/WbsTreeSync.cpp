// How WbsTreeModel follows a reloaded plan: rows that stay keep their nodes (and so their
// persistent indexes, which carry the views' expansion and selection); the rest is signalled
// as removed, moved (a layout change) or inserted rows.

#include "WbsTreeModel.h"

#include "WbsTreeNode.h"

#include "core/PredecessorText.h"

#include <algorithm>

namespace cd::app {

namespace {

template <class Children> void renumber(Children& children)
{
    for (std::size_t i = 0; i < children.size(); ++i) {
        children[i]->row = static_cast<int>(i);
    }
}

} // namespace

WbsTreeModel::Children WbsTreeModel::targetOf(const std::vector<core::OutlineEntry>& outline)
{
    // outline() walks depth first, so the parent of an entry at depth d is the last entry seen
    // at depth d - 1.
    Children target;
    std::vector<core::Id> lastAtDepth{0};
    for (const auto& entry : outline) {
        const auto depth = static_cast<std::size_t>(entry.depth);
        if (depth >= lastAtDepth.size()) {
            continue;
        }
        target[lastAtDepth[depth]].push_back(entry.task->id);
        lastAtDepth.resize(depth + 1);
        lastAtDepth.push_back(entry.task->id);
    }
    return target;
}

void WbsTreeModel::setPlan(PlanData plan)
{
    const bool merge = !m_resetNext && plan.campaignId == m_plan.campaignId && !m_nodes.empty();
    m_resetNext = false;
    if (!merge) {
        beginResetModel();
        m_plan = std::move(plan);
        m_outline = core::outline(m_plan.tasks);
        rebuild();
        refreshDerived();
        endResetModel();
        Q_EMIT planChanged();
        return;
    }
    // The old tasks stay alive until every node points into the new ones: views may ask for
    // data while rows are being removed and inserted.
    const PlanData old = std::exchange(m_plan, std::move(plan));
    m_outline = core::outline(m_plan.tasks);
    const Children target = targetOf(m_outline);
    std::set<core::Id> wanted;
    for (const auto& entry : m_outline) {
        wanted.insert(entry.task->id);
    }
    removeVanished(target, wanted);
    rearrangeKept(target);
    insertNew(target);
    refreshDerived();
    std::vector<Node*> parents{m_root.get()};
    for (std::size_t i = 0; i < parents.size(); ++i) {
        Node* p = parents[i];
        if (p->children.empty()) {
            continue;
        }
        Q_EMIT dataChanged(
            index(0, 0, indexOfNode(p)),
            index(static_cast<int>(p->children.size()) - 1, ColumnCount - 1, indexOfNode(p)));
        for (const auto& child : p->children) {
            parents.push_back(child.get());
        }
    }
    Q_EMIT planChanged();
}

void WbsTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    m_nodes.clear();
    const Children target = targetOf(m_outline);
    std::vector<Node*> queue{m_root.get()};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        Node* parent = queue[i];
        const auto it = target.find(parent->id);
        if (it == target.end()) {
            continue;
        }
        for (const core::Id id : it->second) {
            auto node = std::make_unique<Node>();
            node->id = id;
            node->parent = parent;
            node->row = static_cast<int>(parent->children.size());
            m_nodes[id] = node.get();
            queue.push_back(node.get());
            parent->children.push_back(std::move(node));
        }
    }
}

void WbsTreeModel::detach(Node* node)
{
    Node* parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOfNode(parent), row, row);
    std::vector<Node*> gone{node};
    for (std::size_t i = 0; i < gone.size(); ++i) {
        m_nodes.erase(gone[i]->id);
        for (const auto& child : gone[i]->children) {
            gone.push_back(child.get());
        }
    }
    parent->children.erase(parent->children.begin() + row);
    renumber(parent->children);
    endRemoveRows();
}

void WbsTreeModel::removeVanished(const Children& target, const std::set<core::Id>& wanted)
{
    std::unordered_map<core::Id, core::Id> targetParent;
    for (const auto& [parentId, children] : target) {
        for (const core::Id child : children) {
            targetParent[child] = parentId;
        }
    }
    // A node goes when its task is gone, or when it must move below a task that has no node
    // yet (a layout change cannot create one). Removing a node removes its subtree, which may
    // doom more nodes: repeat until nothing changes.
    for (bool removed = true; removed;) {
        removed = false;
        std::vector<Node*> doomed;
        std::vector<Node*> walk{m_root.get()};
        while (!walk.empty()) {
            Node* n = walk.back();
            walk.pop_back();
            for (const auto& child : n->children) {
                const auto parentIt = targetParent.find(child->id);
                const bool lost = !wanted.contains(child->id) || parentIt == targetParent.end() ||
                                  (parentIt->second != 0 && !m_nodes.contains(parentIt->second));
                if (lost) {
                    doomed.push_back(child.get());
                } else {
                    walk.push_back(child.get());
                }
            }
        }
        for (Node* n : doomed) {
            detach(n);
            removed = true;
        }
    }
}

void WbsTreeModel::rearrangeKept(const Children& target)
{
    auto wantedChildren = [&](core::Id parentId) {
        std::vector<core::Id> ids;
        if (const auto it = target.find(parentId); it != target.end()) {
            std::copy_if(it->second.begin(), it->second.end(), std::back_inserter(ids),
                         [this](core::Id id) { return m_nodes.contains(id); });
        }
        return ids;
    };
    std::vector<Node*> parents{m_root.get()};
    for (const auto& [id, node] : m_nodes) {
        parents.push_back(node);
    }
    const bool same = std::all_of(parents.begin(), parents.end(), [&](const Node* p) {
        const auto wantedIds = wantedChildren(p->id);
        return std::equal(wantedIds.begin(), wantedIds.end(), p->children.begin(),
                          p->children.end(),
                          [](core::Id id, const std::unique_ptr<Node>& n) { return n->id == id; });
    });
    if (same) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::unordered_map<core::Id, std::unique_ptr<Node>> pool;
    for (Node* p : parents) {
        for (auto& child : p->children) {
            pool[child->id] = std::move(child);
        }
        p->children.clear();
    }
    for (Node* p : parents) {
        for (const core::Id id : wantedChildren(p->id)) {
            auto node = std::move(pool.at(id));
            node->parent = p;
            node->row = static_cast<int>(p->children.size());
            p->children.push_back(std::move(node));
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before) {
        const Node* n = static_cast<const Node*>(index.internalPointer());
        after.append(createIndex(n->row, index.column(), n));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void WbsTreeModel::insertNew(const Children& target)
{
    std::unordered_map<core::Id, std::pair<core::Id, int>> place; // id → (parent, row)
    for (const auto& [parentId, children] : target) {
        for (std::size_t i = 0; i < children.size(); ++i) {
            place[children[i]] = {parentId, static_cast<int>(i)};
        }
    }
    // Outline order: a parent is inserted before its children, and earlier siblings before
    // later ones, so each new row's place among its siblings already exists.
    for (const auto& entry : m_outline) {
        const core::Id id = entry.task->id;
        const auto it = place.find(id);
        if (m_nodes.contains(id) || it == place.end()) {
            continue;
        }
        const auto [parentId, row] = it->second;
        Node* parent = parentId == 0 ? m_root.get() : m_nodes.at(parentId);
        beginInsertRows(indexOfNode(parent), row, row);
        auto node = std::make_unique<Node>();
        node->id = id;
        node->task = entry.task;
        node->parent = parent;
        m_nodes[id] = node.get();
        parent->children.insert(parent->children.begin() + row, std::move(node));
        renumber(parent->children);
        endInsertRows();
    }
}

void WbsTreeModel::refreshDerived()
{
    for (const auto& entry : m_outline) {
        if (const auto it = m_nodes.find(entry.task->id); it != m_nodes.end()) {
            it->second->task = entry.task;
            it->second->code = QString::fromStdString(entry.code);
        }
    }
    m_rollup = rollUpPlan(m_plan.tasks);
    m_schedule.reset();
    m_scheduleProblem.clear();
    if (!m_plan.tasks.empty()) {
        auto result = core::computeSchedule(m_plan.tasks, m_plan.dependencies, m_plan.projectStart);
        m_schedule = std::move(result.schedule);
        if (result.error) {
            m_scheduleProblem = QString::fromStdString(result.error->message);
        }
    }
    m_predecessors.clear();
    for (const auto& [successor, text] :
         core::formatAllPredecessorTexts(m_plan.dependencies, m_outline)) {
        m_predecessors[successor] = QString::fromStdString(text);
    }
    m_late.clear();
    for (const auto& t : m_plan.tasks) {
        const auto finish = t.plannedFinish();
        const bool open =
            t.status != core::TaskStatus::Done && t.status != core::TaskStatus::Cancelled;
        if (open && finish && *finish < m_plan.today && !isSummary(t.id)) {
            m_late.insert(t.id);
        }
    }
}

} // namespace cd::app
