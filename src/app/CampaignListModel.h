#pragma once

#include <QAbstractListModel>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Campaign.h"

#include <vector>

namespace cd::app {

// The campaigns of the open workbook, for the list on the left of the main window.
class CampaignListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Column { Name, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, IdRole };

    explicit CampaignListModel(QObject* parent = nullptr);

    void setCampaigns(std::vector<core::Campaign> campaigns);
    const core::Campaign* campaignAt(int row) const;
    // The row of the campaign with this id, or -1.
    int rowOfId(core::Id id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Campaign> m_campaigns;
};

} // namespace cd::app
