#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Money.h"

#include <vector>

namespace cd::app {

// A read-only table of amounts under a label column: the Budget tab's spend per month (month,
// planned, committed, paid) and per influencer (influencer, committed, paid, outstanding). The
// figures come from core (spendPerMonth, spendPerInfluencer); this only shows them, with a
// total row at the bottom.
class SpendTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { RawValueRole = Qt::UserRole, IsTotalRole };

    struct Row {
        QString label;
        std::vector<core::Money> amounts; // one per amount column
    };

    // `headers`: the label column's header, then one per amount column.
    explicit SpendTableModel(QStringList headers, QObject* parent = nullptr);

    // Shows `rows` and a total row summing each column (in `currency`).
    void setRows(std::vector<Row> rows, const std::string& currency);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows; // the last one is the total, when there are rows
};

} // namespace cd::app
