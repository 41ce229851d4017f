#pragma once

#include <QAbstractTableModel>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Influencer.h"

#include <vector>

namespace cd::app {

struct CampaignData;

// The influencers taking part in one campaign, with where each collaboration stands.
class InfluencerTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Platform,
        Handle,
        Followers,
        Engagement,
        Country,
        Niches,
        Status,
        Stage,
        Contact,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, InfluencerIdRole };

    explicit InfluencerTableModel(QObject* parent = nullptr);

    void setCampaign(const CampaignData& data);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        core::CampaignMember member;
        core::Influencer influencer;
    };
    QVariant display(const Row& row, int column) const;
    QVariant raw(const Row& row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace cd::app
