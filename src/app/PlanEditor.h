#pragma once

#include <QObject>
#include <QPointer>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Task.h"

#include <optional>
#include <vector>

class QMimeData;
class QWidget;

namespace cd::app {

class WbsTreeModel;

// The structural edits of the Plan tab, as the toolbar and the keyboard ask for them: each
// builds one command and pushes it onto the model's document. Tasks are named by id; the
// model tells where they are now. Every function returns false (or no ids) when nothing
// changed: the workbook is read-only, the move is impossible at the edge of the tree, or the
// user said no.
class PlanEditor final : public QObject {
    Q_OBJECT

public:
    enum class Where { Below, Child };

    explicit PlanEditor(WbsTreeModel* model, QObject* parent = nullptr);

    // A new task below `near` (as its next sibling) or as its last child; without `near`, a
    // new deliverable at the end. Returns its id, or 0.
    core::Id addTask(std::optional<core::Id> near, Where where);
    // Asks first (naming how many tasks go), through the MessageBox seam.
    bool deleteTasks(const std::vector<core::Id>& ids, QWidget* dialogParent);
    bool indent(const std::vector<core::Id>& ids);
    bool outdent(const std::vector<core::Id>& ids);
    bool moveUp(const std::vector<core::Id>& ids);
    bool moveDown(const std::vector<core::Id>& ids);

    // The subtrees of `ids` with the dependencies inside them, for the clipboard; null when
    // there is nothing to copy.
    QMimeData* copy(const std::vector<core::Id>& ids) const;
    // Copies of the subtrees on `data` below `after` (as its next siblings) or at the end.
    // Returns the ids of the new top rows.
    std::vector<core::Id> paste(const QMimeData* data, std::optional<core::Id> after);

    // The tasks of `ids` whose ancestors are not among them, in outline order.
    std::vector<core::Id> topmost(const std::vector<core::Id>& ids) const;
    // How many tasks `ids` hold with everything below them.
    int subtreeSize(const std::vector<core::Id>& ids) const;

    // Who new tasks are assigned to ("My work" shows that person's tasks); empty: as the parent.
    void setDefaultAssignee(std::string name) { m_defaultAssignee = std::move(name); }

private:
    // Sibling tasks only, in row order; empty when `ids` have different parents.
    std::vector<core::Id> siblingsInOrder(const std::vector<core::Id>& ids) const;
    bool move(const std::vector<core::Id>& ids, std::optional<core::Id> parent, int row,
              const QString& text);

    QPointer<WbsTreeModel> m_model;
    std::string m_defaultAssignee;
};

} // namespace cd::app
