#pragma once

#include <QAbstractItemModel>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Task.h"

#include <memory>
#include <vector>

namespace cd::app {

// A campaign's Work Breakdown Structure as a tree: deliverables at the top, their tasks and
// milestones below, siblings by position, each row with its WBS code ("1.2.3").
class WbsTreeModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Kind,
        Phase,
        Owner,
        Assignee,
        Status,
        Start,
        Finish,
        Duration,
        Complete,
        Cost,
        Buffer,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, TaskIdRole };

    explicit WbsTreeModel(QObject* parent = nullptr);
    ~WbsTreeModel() override;

    void setTasks(std::vector<core::Task> tasks);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    const Node* nodeOf(const QModelIndex& index) const;
    QVariant display(const core::Task& task, const Node& node, int column) const;
    QVariant raw(const core::Task& task, const Node& node, int column) const;

    std::vector<core::Task> m_tasks;
    std::unique_ptr<Node> m_root;
};

} // namespace cd::app
