#include "PlanView.h"

#include "ActionTips.h"
#include "CampaignData.h"
#include "EmptyState.h"
#include "PlanEditor.h"
#include "PlanTreeView.h"
#include "TableSetup.h"
#include "TimelineView.h"
#include "WbsItemDelegate.h"
#include "WbsTreeModel.h"
#include "WorkbookDocument.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <functional>

namespace cd::app {

PlanView::PlanView(WbsTreeModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_editor(new PlanEditor(model, this)),
      m_toolBar(new QToolBar(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_tree(new PlanTreeView(m_splitter)), m_timeline(new TimelineView(m_splitter)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("planEditor"));
    m_tree->setModel(model);
    m_tree->setItemDelegate(new WbsItemDelegate(m_tree));
    m_timeline->setTree(m_tree, model);
    m_splitter->setObjectName(QStringLiteral("planSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 11);
    m_splitter->setStretchFactor(1, 9);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setContentsMargins(12, 0, 6, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    setUpToolBar();
    setUpColumns();

    connect(model, &QAbstractItemModel::modelReset, this, &PlanView::afterReset);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PlanView::expandInserted);
    connect(model, &WbsTreeModel::planChanged, this, &PlanView::updateSummary);
    connect(model, &WbsTreeModel::planChanged, this, &PlanView::updateActions);
    connect(model, &WbsTreeModel::planChanged, this, &PlanView::applyWorkFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanView::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanView::updateActions);
    EmptyState::attach(m_tree, [this] { return emptyHint(); });
    updateActions();
}

QString PlanView::emptyHint() const
{
    const QString none =
        noCampaignHint(m_document && m_document->isOpen(), m_model->campaignId() != 0);
    if (!none.isEmpty()) {
        return none;
    }
    if (m_workPerson && m_model->rowCount() > 0) {
        return tr("No task of this campaign is assigned to %1 — My work \u25B8 Everyone shows "
                  "them all")
            .arg(QString::fromStdString(*m_workPerson));
    }
    return tr("No tasks yet — Add a task (%1) or the template's tasks (Campaign ▸ Add Default "
              "Template Tasks)")
        .arg(QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText));
}

QAction* PlanView::makeAction(const char* name, const QString& text,
                              const QList<QKeySequence>& keys, void (PlanView::*slot)(),
                              const QString& statusTip)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    // The keys reach the tree's keyPressEvent, never an open editor (Delete must delete text
    // there, not the task).
    action->setShortcutContext(Qt::WidgetShortcut);
    setActionTips(action, statusTip);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void PlanView::setUpToolBar()
{
    QStyle* style = this->style();
    m_toolBar->setObjectName(QStringLiteral("planToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    const auto alt = Qt::AltModifier | Qt::ShiftModifier;
    struct Spec {
        const char* name;
        QString text;
        QList<QKeySequence> keys;
        void (PlanView::*slot)();
        QStyle::StandardPixmap icon;
        QString statusTip;
    };
    const Spec specs[] = {
        {"actionAddTask",
         tr("Add task"),
         {Qt::Key_Insert},
         &PlanView::addTaskBelow,
         QStyle::SP_FileIcon,
         tr("Add a task below the selected one")},
        {"actionAddSubtask",
         tr("Add subtask"),
         {Qt::AltModifier | Qt::Key_Insert},
         &PlanView::addSubtask,
         QStyle::SP_FileDialogNewFolder,
         tr("Add a task inside the selected one")},
        {"actionDeleteTask",
         tr("Delete"),
         {Qt::Key_Delete},
         &PlanView::deleteSelected,
         QStyle::SP_TrashIcon,
         tr("Delete the selected tasks and their subtasks")},
        {"actionOutdent",
         tr("Outdent"),
         {alt | Qt::Key_Left},
         &PlanView::outdentSelected,
         QStyle::SP_ArrowLeft,
         tr("Move the selected task one level up, out of its parent")},
        {"actionIndent",
         tr("Indent"),
         {alt | Qt::Key_Right},
         &PlanView::indentSelected,
         QStyle::SP_ArrowRight,
         tr("Make the selected task a subtask of the task above")},
        {"actionMoveUp",
         tr("Move up"),
         {alt | Qt::Key_Up},
         &PlanView::moveSelectedUp,
         QStyle::SP_ArrowUp,
         tr("Move the selected task above the previous one")},
        {"actionMoveDown",
         tr("Move down"),
         {alt | Qt::Key_Down},
         &PlanView::moveSelectedDown,
         QStyle::SP_ArrowDown,
         tr("Move the selected task below the next one")},
    };
    for (const Spec& spec : specs) {
        QAction* action = makeAction(spec.name, spec.text, spec.keys, spec.slot, spec.statusTip);
        action->setIcon(style->standardIcon(spec.icon));
        m_toolBar->addAction(action);
        m_editActions.append(action);
        if (spec.slot == &PlanView::deleteSelected || spec.slot == &PlanView::addSubtask) {
            m_toolBar->addSeparator();
        }
    }
    m_copy = makeAction("actionCopyTasks", tr("Copy"),
                        QKeySequence::keyBindings(QKeySequence::Copy), &PlanView::copySelected,
                        tr("Copy the selected tasks, to paste them here or into a spreadsheet"));
    QAction* pasteAction =
        makeAction("actionPasteTasks", tr("Paste"), QKeySequence::keyBindings(QKeySequence::Paste),
                   &PlanView::paste, tr("Paste copied tasks into the plan"));
    m_editActions.append(pasteAction);
    m_tree->addActions({m_copy, pasteAction});
    m_tree->addActions(m_editActions);
    m_history = new QAction(tr("Task &History…"), this);
    m_history->setObjectName(QStringLiteral("actionTaskHistory"));
    setActionTips(m_history,
                  tr("Show the changes to the selected task's dates, with their reasons"));
    connect(m_history, &QAction::triggered, this, [this] { showTaskHistory(); });
    m_tree->addAction(m_history);
    m_toolBar->addAction(m_history);
    m_tree->setKeyActions(m_tree->actions());
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    setUpViewActions();
}

void PlanView::setUpViewActions()
{
    m_toolBar->addSeparator();
    auto* zoomOut = m_toolBar->addAction(tr("Zoom out"), m_timeline, &TimelineView::zoomOut);
    zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    setActionTips(zoomOut, tr("Show a longer period in the timeline"),
                  tr("Zoom out towards months (Ctrl+wheel)"));
    auto* zoomIn = m_toolBar->addAction(tr("Zoom in"), m_timeline, &TimelineView::zoomIn);
    zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    setActionTips(zoomIn, tr("Show a shorter period in the timeline, in more detail"),
                  tr("Zoom in towards days (Ctrl+wheel)"));
    auto* today = m_toolBar->addAction(
        tr("Today"), this, [this] { m_timeline->scrollToDate(m_model->plan().today.addDays(-7)); });
    today->setObjectName(QStringLiteral("actionScrollToToday"));
    setActionTips(today, tr("Scroll the timeline to today"));
    m_toolBar->addWidget(m_summary);
}

void PlanView::setUpColumns()
{
    QHeaderView* header = m_tree->header();
    // Visual order as in a planning tool: what and when first, who and how much after.
    const int order[] = {
        WbsTreeModel::Code,         WbsTreeModel::Name,       WbsTreeModel::Duration,
        WbsTreeModel::Start,        WbsTreeModel::Finish,     WbsTreeModel::Complete,
        WbsTreeModel::Predecessors, WbsTreeModel::Status,     WbsTreeModel::Owner,
        WbsTreeModel::Assignee,     WbsTreeModel::Phase,      WbsTreeModel::Cost,
        WbsTreeModel::Buffer,       WbsTreeModel::Influencer, WbsTreeModel::Kind};
    for (int visual = 0; visual < static_cast<int>(std::size(order)); ++visual) {
        header->moveSection(header->visualIndex(order[visual]), visual);
    }
    for (int column = WbsTreeModel::EarlyStart; column <= WbsTreeModel::Float; ++column) {
        header->setSectionHidden(column, true);
    }
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &PlanView::showColumnMenu);
}

void PlanView::showColumnMenu(const QPoint& pos)
{
    QMenu menu(this);
    QHeaderView* header = m_tree->header();
    for (int column = WbsTreeModel::Name + 1; column < WbsTreeModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        QAction* action = menu.addAction(title);
        setActionTips(action, tr("Show or hide the %1 column").arg(title));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void PlanView::setDocument(WorkbookDocument* document)
{
    m_document = document;
    m_model->setDocument(document);
    if (document) {
        connect(document, &WorkbookDocument::opened, this, &PlanView::updateActions);
        connect(document, &WorkbookDocument::closed, this, &PlanView::updateActions);
    }
    updateActions();
}

void PlanView::setCampaign(const CampaignData& campaign)
{
    m_model->setCampaign(campaign);
    m_timeline->setContent(campaign.snapshot.content);
}

void PlanView::clear()
{
    m_model->setTasks({});
    m_timeline->setContent({});
}

void PlanView::setWorkFilter(const core::PersonWork* work)
{
    m_workPerson = work ? std::optional(work->person) : std::nullopt;
    m_editor->setDefaultAssignee(work ? work->person : std::string());
    applyWorkFilter();
    updateSummary();
}

void PlanView::applyWorkFilter()
{
    if (!m_workPerson && !m_rowsHidden) {
        return;
    }
    // A row shows when its task is the person's or one below it is (so the tree keeps its
    // shape); with no filter every row shows again.
    const std::function<bool(const QModelIndex&)> showRows = [&](const QModelIndex& parent) {
        bool any = false;
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            const core::Task* task = m_model->taskAt(index);
            const bool below = showRows(index);
            const bool show =
                !m_workPerson || below || (task != nullptr && task->assignee == *m_workPerson);
            if (m_tree->isRowHidden(row, parent) == show) {
                m_tree->setRowHidden(row, parent, !show);
            }
            any = any || show;
        }
        return any;
    };
    showRows({});
    m_rowsHidden = m_workPerson.has_value();
    m_timeline->rowsChanged();
    if (EmptyState* hint = EmptyState::of(m_tree)) {
        hint->update();
    }
}

void PlanView::afterReset()
{
    m_tree->expandAll();
    fitColumns(m_tree);
    if (m_model->rowCount() > 0) {
        m_tree->setCurrentIndex(m_model->index(0, WbsTreeModel::Name));
    }
    m_tree->header()->resizeSection(WbsTreeModel::Code,
                                    m_tree->header()->sectionSize(WbsTreeModel::Code) + 12);
    updateActions();
}

void PlanView::expandInserted(const QModelIndex& parent, int first, int last)
{
    m_tree->expand(parent);
    for (int row = first; row <= last; ++row) {
        m_tree->expand(m_model->index(row, 0, parent));
    }
}

} // namespace cd::app
