#include "InfluencerRosterModel.h"

#include "Format.h"
#include "InfluencerCommand.h"
#include "InfluencerEdits.h"
#include "RosterLocale.h"

#include "storage/Workbook.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace cd::app {

using namespace roster;

namespace {

QString columnTitle(int section)
{
    if (const auto platform = platformOfColumn(section)) {
        return enumLabel(*platform);
    }
    switch (section) {
    case Name:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Name");
    case MainPlatform:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Platform");
    case Handle:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Handle");
    case Followers:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Followers");
    case Engagement:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Eng. rate");
    case Niches:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Niches");
    case Country:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Country");
    case Status:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Status");
    case Contact:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Contact");
    case Rate:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Rate");
    case Campaigns:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Campaigns");
    case LastContact:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Last contact");
    case Email:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "E-mail");
    case Phone:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Phone");
    case Notes:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Notes");
    default:
        return {};
    }
}

QString columnToolTip(int section)
{
    if (const auto platform = platformOfColumn(section)) {
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Followers on %1")
            .arg(enumLabel(*platform));
    }
    switch (section) {
    case MainPlatform:
    case Handle:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel",
                                           "The main account: the first one listed");
    case Followers:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel",
                                           "Followers on all accounts together");
    case Engagement:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel",
                                           "Engagement rate of the main account");
    case Contact:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel",
                                           "Direct, or the agency that represents them");
    case Rate:
        return QCoreApplication::translate("cd::app::InfluencerRosterModel", "Usual fee per post");
    default:
        return {};
    }
}

} // namespace

InfluencerRosterModel::InfluencerRosterModel(QObject* parent) : QAbstractTableModel(parent) {}

void InfluencerRosterModel::setDocument(WorkbookDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(InfluencerEvents::of(*m_document), nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document, &WorkbookDocument::opened, this, &InfluencerRosterModel::reload);
        connect(document, &WorkbookDocument::closed, this, &InfluencerRosterModel::reload);
        connect(document, &WorkbookDocument::changed, this,
                &InfluencerRosterModel::documentChanged);
        connect(InfluencerEvents::of(*document), &InfluencerEvents::rowsChanged, this,
                &InfluencerRosterModel::rowsChanged);
    }
    reload();
}

void InfluencerRosterModel::resetWith(const std::function<void()>& change, bool rowsChanged)
{
    beginResetModel();
    change();
    endResetModel();
    if (rowsChanged) {
        Q_EMIT rosterChanged();
    }
}

void InfluencerRosterModel::reload()
{
    resetWith([this] {
        if (!m_document || !m_document->isOpen()) {
            m_roster.clear();
            return;
        }
        try {
            m_roster.load(m_document->workbook().db());
        } catch (const std::exception& e) {
            spdlog::warn("cannot read the roster: {}", e.what());
            m_roster.clear();
        }
    });
}

void InfluencerRosterModel::documentChanged(WorkbookDocument::Scopes scopes)
{
    const bool rowsRead = std::exchange(m_rowsAlreadyRead, false);
    if (scopes & WorkbookDocument::Scope::Campaigns) {
        reload(); // campaign names and memberships
        return;
    }
    if ((scopes & WorkbookDocument::Scope::Influencers) && !rowsRead) {
        reload();
    }
}

void InfluencerRosterModel::rowsChanged(const QList<qint64>& ids)
{
    if (!m_document || !m_document->isOpen()) {
        return;
    }
    if (ids.isEmpty()) {
        reload();
        m_rowsAlreadyRead = true;
        return;
    }
    // A reset, not dataChanged: an edit may move the row (sorting) or hide it (filters). The
    // tracker keeps the selection by id.
    beginResetModel();
    try {
        m_roster.refresh(m_document->workbook().db(), {ids.begin(), ids.end()});
    } catch (const std::exception& e) {
        spdlog::warn("cannot read influencers again: {}", e.what());
    }
    endResetModel();
    m_rowsAlreadyRead = true;
    Q_EMIT rosterChanged();
}

std::vector<core::Influencer> InfluencerRosterModel::shownInfluencers() const
{
    std::vector<core::Influencer> out;
    out.reserve(m_roster.visible().size());
    for (std::uint32_t index : m_roster.visible()) {
        out.push_back(m_roster.row(index).influencer);
    }
    return out;
}

std::vector<core::Influencer> InfluencerRosterModel::allInfluencers() const
{
    std::vector<core::Influencer> out;
    out.reserve(m_roster.size());
    for (std::size_t i = 0; i < m_roster.size(); ++i) {
        out.push_back(m_roster.row(i).influencer);
    }
    return out;
}

const RosterRow* InfluencerRosterModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_roster.row(m_roster.visible()[static_cast<std::size_t>(row)]);
}

const core::Influencer* InfluencerRosterModel::influencerAt(int row) const
{
    const RosterRow* r = rowAt(row);
    return r ? &r->influencer : nullptr;
}

int InfluencerRosterModel::rowOfId(core::Id id) const
{
    const auto index = m_roster.indexOf(id);
    if (!index) {
        return -1;
    }
    const auto& visible = m_roster.visible();
    const auto it = std::find(visible.begin(), visible.end(), static_cast<std::uint32_t>(*index));
    return it == visible.end() ? -1 : static_cast<int>(it - visible.begin());
}

void InfluencerRosterModel::setFilter(RosterFilter filter)
{
    // Only what is shown changes: the facet lists stay.
    resetWith([&] { m_roster.setFilter(std::move(filter)); }, false);
}

void InfluencerRosterModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<core::Id> ids;
    ids.reserve(static_cast<std::size_t>(persistent.size()));
    for (const QModelIndex& index : persistent) {
        const core::Influencer* influencer = influencerAt(index.row());
        ids.push_back(influencer ? influencer->id : 0);
    }
    m_roster.sort(column, order);
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = rowOfId(ids[static_cast<std::size_t>(i)]);
        moved << (row < 0 ? QModelIndex() : index(row, persistent[i].column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int InfluencerRosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_roster.visible().size());
}

int InfluencerRosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InfluencerRosterModel::isEditable(int column)
{
    switch (column) {
    case Name:
    case Email:
    case Phone:
    case Country:
    case Status:
    case Niches:
    case Notes:
    case Rate:
        return true;
    default:
        return false;
    }
}

Qt::ItemFlags InfluencerRosterModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable(index.column()) && m_document && m_document->canEdit()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant InfluencerRosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RosterRow& row = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        return edit(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Followers && index.column() <= Engagement) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (index.column() == Rate || index.column() == LastContact) {
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

QVariant InfluencerRosterModel::display(const RosterRow& row, int column) const
{
    const core::Influencer& i = row.influencer;
    if (const auto platform = platformOfColumn(column)) {
        const auto n = row.platformFollowers[static_cast<std::size_t>(platformIndex(*platform))];
        return n < 0 ? QString() : formatFollowers(n);
    }
    switch (column) {
    case Followers:
        return i.handles.empty() ? QString() : formatFollowers(row.followers);
    case Engagement: {
        const core::Handle* main = i.mainHandle();
        return main && main->engagementRate ? formatPercent(*main->engagementRate * 100.0, 1)
                                            : QString();
    }
    case Rate:
        return i.rate ? formatMoney(*i.rate) : QString();
    case LastContact:
        return formatDate(i.lastContact);
    default:
        return rosterText(m_roster, row, column);
    }
}

QVariant InfluencerRosterModel::edit(const RosterRow& row, int column) const
{
    const core::Influencer& i = row.influencer;
    switch (column) {
    case Status:
        return static_cast<int>(i.status);
    case Rate:
        return i.rate ? QString::fromStdString(i.rate->toDecimalString()) : QString();
    case Notes:
        return QString::fromStdString(i.notes);
    default:
        return display(row, column);
    }
}

QVariant InfluencerRosterModel::raw(const RosterRow& row, int column) const
{
    const core::Influencer& i = row.influencer;
    if (const auto platform = platformOfColumn(column)) {
        const auto n = row.platformFollowers[static_cast<std::size_t>(platformIndex(*platform))];
        return n < 0 ? QVariant() : QVariant::fromValue<qint64>(n);
    }
    switch (column) {
    case Followers:
        return QVariant::fromValue<qint64>(row.followers);
    case Engagement: {
        const core::Handle* main = i.mainHandle();
        return main && main->engagementRate ? QVariant(*main->engagementRate) : QVariant();
    }
    case Status:
        return static_cast<int>(i.status);
    case Rate:
        return i.rate ? rawMoney(*i.rate) : QVariant();
    case LastContact:
        return rawDate(i.lastContact);
    default:
        return display(row, column);
    }
}

QVariant InfluencerRosterModel::toolTip(const RosterRow& row, int column) const
{
    const core::Influencer& i = row.influencer;
    if (column == Notes && !i.notes.empty()) {
        return plainToolTip(QString::fromStdString(i.notes));
    }
    if (column == Contact && i.contactRoute == core::ContactRoute::Agency) {
        return plainToolTip(QCoreApplication::translate("cd::app::InfluencerRosterModel",
                                                        "Represented by the agency %1")
                                .arg(QString::fromStdString(i.agencyName)));
    }
    if (column == Campaigns && !row.campaigns.empty()) {
        return plainToolTip(m_roster.campaignsText(row));
    }
    return {};
}

bool InfluencerRosterModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !isEditable(index.column()) || !m_document || !m_document->canEdit()) {
        return false;
    }
    // A copy: the push re-reads the roster, which replaces the row.
    const core::Influencer influencer = *influencerAt(index.row());
    return pushEdit(influencer, index.column(), value);
}

bool InfluencerRosterModel::pushEdit(const core::Influencer& influencer, int column,
                                     const QVariant& value)
{
    WorkbookDocument& doc = *m_document;
    const QString text = value.toString();
    switch (column) {
    case Name:
        return editName(doc, influencer, text);
    case Email:
        return editEmail(doc, influencer, text);
    case Phone:
        return editPhone(doc, influencer, text);
    case Country:
        return editCountry(doc, influencer, text);
    case Notes:
        return editNotes(doc, influencer, text);
    case Niches:
        return editNiches(doc, influencer, text);
    case Rate:
        return editRate(doc, influencer, text);
    case Status:
        return editStatus(doc, influencer, value);
    default:
        return false;
    }
}

QVariant InfluencerRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return columnTitle(section);
    }
    if (role == Qt::ToolTipRole) {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

} // namespace cd::app
