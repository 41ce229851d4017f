#pragma once

#include <QPointer>
#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Ids.h"
#include "core/MyWork.h"

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QSplitter;
class QToolBar;

namespace cd::app {

struct CampaignData;
class PlanEditor;
class PlanTreeView;
class TaskHistoryDialog;
class TimelineView;
class WbsTreeModel;
class WorkbookDocument;

// The Plan tab: a toolbar, the WBS tree and the timeline beside it, row for row. The editing
// actions work on the selected tasks and push one command each.
class PlanView final : public QWidget {
    Q_OBJECT

public:
    explicit PlanView(WbsTreeModel* model, QWidget* parent = nullptr);

    void setDocument(WorkbookDocument* document);
    void setCampaign(const CampaignData& campaign);
    void clear();
    // "My work": only the tasks assigned to `work`'s person, with the deliverables above them
    // (nullptr: every task). New tasks are then assigned to that person.
    void setWorkFilter(const core::PersonWork* work);

    PlanTreeView* tree() const { return m_tree; }
    TimelineView* timeline() const { return m_timeline; }
    PlanEditor* editor() const { return m_editor; }
    WbsTreeModel* model() const { return m_model; }

    std::vector<core::Id> selectedTaskIds() const;
    std::optional<core::Id> currentTaskId() const;
    void selectTask(core::Id id, int column = 0);

    void addTaskBelow();
    void addSubtask();
    void deleteSelected();
    void indentSelected();
    void outdentSelected();
    void moveSelectedUp();
    void moveSelectedDown();
    void copySelected();
    void paste();
    // Shows the current task's history in a dialog of its own (returned; closes itself).
    TaskHistoryDialog* showTaskHistory();

private:
    QAction* makeAction(const char* name, const QString& text, const QList<QKeySequence>& keys,
                        void (PlanView::*slot)(), const QString& statusTip);
    // What the empty plan says to do next.
    QString emptyHint() const;
    void setUpToolBar();
    void setUpViewActions();
    void setUpColumns();
    void showColumnMenu(const QPoint& pos);
    void afterReset();
    void expandInserted(const QModelIndex& parent, int first, int last);
    void updateActions();
    void updateSummary();
    void applyWorkFilter();
    void startEditingName(core::Id id);
    // Runs `change` and keeps the moved tasks selected.
    void keepSelection(bool (PlanEditor::*change)(const std::vector<core::Id>&));

    WbsTreeModel* m_model = nullptr;
    std::optional<std::string> m_workPerson; // "My work" of this person; nullopt: everyone
    bool m_rowsHidden = false;
    PlanEditor* m_editor = nullptr;
    QPointer<WorkbookDocument> m_document;
    QToolBar* m_toolBar = nullptr;
    QSplitter* m_splitter = nullptr;
    PlanTreeView* m_tree = nullptr;
    TimelineView* m_timeline = nullptr;
    QLabel* m_summary = nullptr;
    QList<QAction*> m_editActions;
    QAction* m_copy = nullptr;
    QAction* m_history = nullptr;
};

} // namespace cd::app
