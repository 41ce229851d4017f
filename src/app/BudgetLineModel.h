#pragma once

#include <QAbstractTableModel>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Budget.h"

#include <functional>
#include <optional>
#include <vector>

namespace cd::app {

struct CampaignData;

// The budget lines of one campaign, each with what has been paid against it. Category,
// description, planned and committed are edited inline: setData() hands the line before and after
// to the edit handler (which pushes an undoable command) and never changes the rows itself. Paid
// is the sum of the line's paid payments, edited there.
class BudgetLineModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Category, Description, Planned, Committed, Paid, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, LineIdRole };

    explicit BudgetLineModel(QObject* parent = nullptr);

    // Receives inline edits; returns whether the edit was applied. Without one: read-only.
    using EditHandler = std::function<bool(const core::BudgetLine&, const core::BudgetLine&)>;
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

    void setCampaign(const CampaignData& data);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The line at `row` (model order), or nullptr.
    const core::BudgetLine* lineAt(int row) const;
    int rowOf(core::Id id) const;

private:
    struct Row {
        core::BudgetLine line;
        core::Money paid; // the paid payments linked to the line
    };
    QVariant display(const Row& row, int column) const;
    QVariant raw(const Row& row, int column) const;
    // The line after setting `column` to the typed `value`; nullopt when it is not valid.
    std::optional<core::BudgetLine> edited(const core::BudgetLine& line, int column,
                                           const QVariant& value) const;

    std::vector<Row> m_rows;
    EditHandler m_editHandler;
};

} // namespace cd::app
