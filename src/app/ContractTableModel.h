#pragma once

#include <QAbstractTableModel>
#include <QString>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Contract.h"

#include <vector>

namespace cd::app {

struct CampaignData;

// The contracts of one campaign: who, how far along, and the main terms.
class ContractTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Influencer,
        Status,
        Signed,
        Compensation,
        Fee,
        Upfront,
        Exclusivity,
        Deliverables,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, ContractIdRole };

    explicit ContractTableModel(QObject* parent = nullptr);

    void setCampaign(const CampaignData& data);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The number of pieces of content a contract asks for: the sum of its deliverables' quantities.
    static int deliverableCount(const core::Contract& contract);

private:
    struct Row {
        core::Contract contract;
        QString influencerName;
    };
    QVariant display(const Row& row, int column) const;
    QVariant raw(const Row& row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace cd::app
