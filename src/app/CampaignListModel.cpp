#include "CampaignListModel.h"

#include "Format.h"

namespace cd::app {

CampaignListModel::CampaignListModel(QObject* parent) : QAbstractListModel(parent) {}

void CampaignListModel::setCampaigns(std::vector<core::Campaign> campaigns)
{
    beginResetModel();
    m_campaigns = std::move(campaigns);
    endResetModel();
}

const core::Campaign* CampaignListModel::campaignAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_campaigns[static_cast<std::size_t>(row)];
}

int CampaignListModel::rowOfId(core::Id id) const
{
    for (std::size_t i = 0; i < m_campaigns.size(); ++i) {
        if (m_campaigns[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int CampaignListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_campaigns.size());
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const
{
    const core::Campaign* campaign = index.isValid() ? campaignAt(index.row()) : nullptr;
    if (!campaign || index.column() != Name) {
        return {};
    }
    const QString name = QString::fromStdString(campaign->name);
    const QString brand = QString::fromStdString(campaign->brand);
    const QString status = enumLabel(campaign->status);
    switch (role) {
    case Qt::DisplayRole:
        // Two lines: the name, then who it is for and where it stands.
        return brand.isEmpty() ? name + QLatin1Char('\n') + status
                               : name + QLatin1Char('\n') + brand + QStringLiteral(" · ") + status;
    case Qt::ToolTipRole:
        return plainToolTip(tr("%1\nBrand: %2\nStatus: %3\nDates: %4 – %5")
                                .arg(name, brand.isEmpty() ? unknownText() : brand, status,
                                     campaign->start ? formatDate(campaign->start) : unknownText(),
                                     campaign->end ? formatDate(campaign->end) : unknownText()));
    case RawValueRole:
        return name;
    case IdRole:
        return QVariant::fromValue<qint64>(campaign->id);
    default:
        return {};
    }
}

} // namespace cd::app
