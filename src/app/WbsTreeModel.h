#pragma once

#include <QAbstractItemModel>
#include <QPointer>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "PlanData.h"
#include "PlanRollup.h"
#include "core/Scheduler.h"
#include "core/Wbs.h"

#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

namespace cd::app {

struct CampaignData;
class WorkbookDocument;

// A campaign's Work Breakdown Structure as an editable tree: deliverables at the top, their tasks
// and milestones below, siblings by position, each row with its WBS code ("1.2.3"). Summary rows
// show values rolled up from their children; the schedule adds early/late dates, float and the
// critical path. setData() never changes the data itself: it pushes a command onto the
// document's undo stack, which writes the file, and the model follows when the campaign is
// loaded again (rows that stay keep their indexes, so views keep expansion and selection).
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
        Influencer,
        Predecessors,
        EarlyStart,
        EarlyFinish,
        LateStart,
        LateFinish,
        Float,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, // sortable: numbers, days since 1970, padded WBS codes
        TaskIdRole,
        SummaryRole,
        CriticalRole,
        LateRole,
    };

    static constexpr const char* kMimeType = "application/x-campaigndesk-task-ids";

    explicit WbsTreeModel(QObject* parent = nullptr);
    ~WbsTreeModel() override;

    // Editing goes through this document's undo stack; without one, or while it is read-only,
    // the model is read-only.
    void setDocument(WorkbookDocument* document);
    WorkbookDocument* document() const;
    bool isEditable() const;

    void setCampaign(const CampaignData& campaign);
    // Shows `plan`. The same campaign again is merged row by row (removed, moved and inserted
    // rows are signalled as such); another campaign resets the model.
    void setPlan(PlanData plan);
    // Tasks without a campaign around them (read-only views and tests).
    void setTasks(std::vector<core::Task> tasks);

    const PlanData& plan() const { return m_plan; }
    core::Id campaignId() const { return m_plan.campaignId; }
    const core::Task* taskAt(const QModelIndex& index) const;
    const core::Task* task(core::Id id) const;
    QModelIndex indexOfTask(core::Id id, int column = 0) const;
    QString codeOf(core::Id id) const;
    bool isSummary(core::Id id) const;
    bool isCritical(core::Id id) const;
    bool isLate(core::Id id) const;
    const RolledUpTask* rolledUp(core::Id id) const;
    const core::TaskDates* scheduled(core::Id id) const;
    const std::optional<core::Schedule>& schedule() const { return m_schedule; }
    // Why there is no schedule (a dependency cycle), else empty.
    QString scheduleProblem() const { return m_scheduleProblem; }
    // The choices of an enum or influencer column as (label, edit value); empty for others.
    QList<QPair<QString, QVariant>> choices(int column) const;
    // "0001.0010" for "1.10": text that sorts like the outline.
    static QString sortKeyOfCode(const QString& code);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    // After every setPlan(): the timeline repaints.
    void planChanged();

private:
    struct Node;
    using Children = std::map<core::Id, std::vector<core::Id>>; // key 0: the top level

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node, int column = 0) const;
    // WbsTreeSync.cpp
    static Children targetOf(const std::vector<core::OutlineEntry>& outline);
    void rebuild();
    void removeVanished(const Children& target, const std::set<core::Id>& wanted);
    void rearrangeKept(const Children& target);
    void insertNew(const Children& target);
    void refreshDerived();
    void detach(Node* node);
    // WbsTreeModelData.cpp
    QVariant display(const core::Task& task, const Node& node, int column) const;
    QVariant raw(const core::Task& task, const Node& node, int column) const;
    QVariant editValue(const core::Task& task, int column) const;
    QVariant decoration(const core::Task& task, int column) const;
    QVariant foreground(const core::Task& task, int column) const;
    QVariant toolTip(const core::Task& task, int column) const;
    bool isEditableCell(const core::Task& task, int column) const;
    // WbsTreeModelEdit.cpp
    bool pushEdit(const core::Task& task, int column, const QVariant& value);
    bool pushPredecessors(const core::Task& task, const QString& text);

    QPointer<WorkbookDocument> m_document;
    PlanData m_plan;
    std::unique_ptr<Node> m_root;
    std::unordered_map<core::Id, Node*> m_nodes;
    std::unordered_map<core::Id, RolledUpTask> m_rollup;
    std::optional<core::Schedule> m_schedule;
    QString m_scheduleProblem;
    std::unordered_map<core::Id, QString> m_predecessors;
    std::set<core::Id> m_late;
    std::vector<core::OutlineEntry> m_outline; // into m_plan.tasks
    // Set when the workbook changes: ids of another file mean other tasks.
    bool m_resetNext = true;
};

} // namespace cd::app
