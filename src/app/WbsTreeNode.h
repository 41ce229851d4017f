#pragma once

// Internal to WbsTreeModel*.cpp: one row of the tree.

#include "WbsTreeModel.h"

#include <QString>

#include <memory>
#include <vector>

namespace cd::app {

// Indexes carry a pointer to their node (never a small id: Qt hashes indexes as
// (row << 4) + column + internalId, and sequential ids collide badly). A node lives as long as
// its task stays in the plan, so persistent indexes survive a reload.
struct WbsTreeModel::Node {
    core::Id id = 0;                  // 0 for the invisible root
    const core::Task* task = nullptr; // into the model's plan; null for the root
    Node* parent = nullptr;
    int row = 0;
    QString code;
    std::vector<std::unique_ptr<Node>> children;
};

} // namespace cd::app
