#include "InfluencerTableModel.h"

#include "CampaignData.h"
#include "Format.h"

#include <QStringList>

namespace cd::app {

namespace {

QString nichesText(const core::Influencer& influencer)
{
    QStringList niches;
    for (const auto& niche : influencer.niches) {
        niches << QString::fromStdString(niche);
    }
    return niches.join(QStringLiteral(", "));
}

bool throughAgency(const core::Influencer& influencer)
{
    return influencer.contactRoute == core::ContactRoute::Agency && !influencer.agencyName.empty();
}

// "Direct", or the name of the agency that represents the influencer.
QString contactText(const core::Influencer& influencer)
{
    return throughAgency(influencer) ? QString::fromStdString(influencer.agencyName)
                                     : enumLabel(influencer.contactRoute);
}

} // namespace

InfluencerTableModel::InfluencerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void InfluencerTableModel::setCampaign(const CampaignData& data)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& member : data.members) {
        if (const core::Influencer* influencer = data.influencer(member.influencerId)) {
            m_rows.push_back({member, *influencer});
        }
    }
    endResetModel();
}

void InfluencerTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int InfluencerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InfluencerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InfluencerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !row.member.notes.empty()) {
            return plainToolTip(QString::fromStdString(row.member.notes));
        }
        if (index.column() == Contact && throughAgency(row.influencer)) {
            return plainToolTip(tr("Represented by the agency %1")
                                    .arg(QString::fromStdString(row.influencer.agencyName)));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Followers || index.column() == Engagement) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case RawValueRole:
        return raw(row, index.column());
    case InfluencerIdRole:
        return QVariant::fromValue<qint64>(row.influencer.id);
    default:
        return {};
    }
}

QVariant InfluencerTableModel::display(const Row& row, int column) const
{
    const core::Influencer& influencer = row.influencer;
    const core::Handle* main = influencer.mainHandle();
    switch (column) {
    case Name:
        return QString::fromStdString(influencer.name);
    case Platform:
        return main ? enumLabel(main->platform) : QString();
    case Handle:
        return main ? QLatin1Char('@') + QString::fromStdString(main->handle) : QString();
    case Followers:
        return formatCount(influencer.totalFollowers());
    case Engagement:
        return main && main->engagementRate ? formatPercent(*main->engagementRate * 100.0, 1)
                                            : QString();
    case Country:
        return QString::fromStdString(influencer.country);
    case Niches:
        return nichesText(influencer);
    case Status:
        return enumLabel(influencer.status);
    case Stage:
        return enumLabel(row.member.stage);
    case Contact:
        return contactText(influencer);
    default:
        return {};
    }
}

QVariant InfluencerTableModel::raw(const Row& row, int column) const
{
    const core::Handle* main = row.influencer.mainHandle();
    switch (column) {
    case Followers:
        return QVariant::fromValue<qint64>(row.influencer.totalFollowers());
    case Engagement:
        return main && main->engagementRate ? QVariant(*main->engagementRate) : QVariant();
    case Status:
        return static_cast<int>(row.influencer.status);
    case Stage:
        return static_cast<int>(row.member.stage);
    default:
        return display(row, column);
    }
}

QVariant InfluencerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Platform:
        case Handle:
            return tr("The main account: the first one listed");
        case Followers:
            return tr("Followers on all accounts together");
        case Engagement:
            return tr("Engagement rate of the main account");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Platform:
        return tr("Platform");
    case Handle:
        return tr("Handle");
    case Followers:
        return tr("Followers");
    case Engagement:
        return tr("Eng. rate");
    case Country:
        return tr("Country");
    case Niches:
        return tr("Niches");
    case Status:
        return tr("Status");
    case Stage:
        return tr("Stage");
    case Contact:
        return tr("Contact");
    default:
        return {};
    }
}

} // namespace cd::app
