#pragma once

#include <QAbstractTableModel>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Budget.h"

#include <vector>

namespace cd::app {

struct CampaignData;

// The budget lines of one campaign, each with what has been paid against it.
class BudgetLineModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Category, Description, Planned, Committed, Paid, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, LineIdRole };

    explicit BudgetLineModel(QObject* parent = nullptr);

    void setCampaign(const CampaignData& data);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        core::BudgetLine line;
        core::Money paid; // the paid payments linked to the line
    };
    QVariant display(const Row& row, int column) const;
    QVariant raw(const Row& row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace cd::app
