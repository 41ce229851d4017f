#include "ContentTableModel.h"

#include "CampaignData.h"
#include "Format.h"

#include <QDate>

#include <algorithm>
#include <map>

namespace cd::app {

namespace {

QDate toQDate(const core::OptionalDate& date)
{
    if (!date) {
        return {};
    }
    return {date->year(), static_cast<int>(date->month()), static_cast<int>(date->day())};
}

QVariant rawCount(const std::optional<std::int64_t>& count)
{
    return count ? QVariant::fromValue<qint64>(*count) : QVariant();
}

} // namespace

ContentTableModel::ContentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ContentTableModel::setCampaign(const CampaignData& data)
{
    // One shared string per person, not one per row: a campaign may hold a million items.
    std::map<core::Id, QString> names;
    std::vector<Choice> choices;
    for (const auto& [id, influencer] : data.influencers) {
        names.emplace(id, QString::fromStdString(influencer.name));
        choices.push_back({id, names.at(id)});
    }
    std::vector<Row> rows;
    rows.reserve(data.snapshot.content.size());
    for (const auto& item : data.snapshot.content) {
        QString name;
        if (item.influencerId) {
            const auto found = names.find(*item.influencerId);
            name =
                found != names.end() ? found->second : tr("Influencer #%1").arg(*item.influencerId);
        }
        rows.push_back({item, name});
    }
    std::sort(choices.begin(), choices.end(), [](const Choice& a, const Choice& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    // After a field edit the same items come back in the same order: update them in place, so
    // that the view keeps its selection, scrolling and the editor that made the edit.
    const bool sameRows =
        std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                   [](const Row& a, const Row& b) { return a.item.id == b.item.id; });
    if (!sameRows) {
        beginResetModel();
    }
    m_rows = std::move(rows);
    m_choices = std::move(choices);
    m_currency = data.snapshot.campaign.currency;
    if (!sameRows) {
        endResetModel();
    } else if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void ContentTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_choices.clear();
    m_currency.clear();
    endResetModel();
}

int ContentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        return editValue(row, column);
    case Qt::ToolTipRole: {
        // Long names, titles and links are cut off in the cell; user text is never markup.
        if (column != Influencer && column != Title && column != Url) {
            return {};
        }
        const QString text = display(row, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(plainToolTip(text));
    }
    case Qt::TextAlignmentRole:
        if (column >= Impressions) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case RawValueRole:
        return raw(row, column);
    case ContentIdRole:
        return QVariant::fromValue<qint64>(row.item.id);
    default:
        return {};
    }
}

QVariant ContentTableModel::display(const Row& row, int column) const
{
    const core::ContentItem& item = row.item;
    switch (column) {
    case Influencer:
        return item.influencerId ? row.influencerName : unknownText();
    case Platform:
        return enumLabel(item.platform);
    case Type:
        return enumLabel(item.type);
    case Title:
        return QString::fromStdString(item.title);
    case Planned:
        return formatDate(item.plannedDate);
    case Published:
        return formatDate(item.publishedDate);
    case Url:
        return QString::fromStdString(item.url);
    case Approval:
        return enumLabel(item.approval);
    case Revenue:
        return item.metrics.revenue ? formatMoney(*item.metrics.revenue) : unknownText();
    default: {
        const auto* count = countField(item.metrics, fieldOf(column));
        return count && *count ? formatCount(**count) : unknownText();
    }
    }
}

QVariant ContentTableModel::editValue(const Row& row, int column) const
{
    const core::ContentItem& item = row.item;
    switch (column) {
    case Influencer:
        return QVariant::fromValue<qint64>(item.influencerId.value_or(0));
    case Platform:
        return static_cast<int>(item.platform);
    case Type:
        return static_cast<int>(item.type);
    case Approval:
        return static_cast<int>(item.approval);
    case Planned:
        return toQDate(item.plannedDate);
    case Published:
        return toQDate(item.publishedDate);
    case Title:
    case Url:
        return display(row, column);
    case Revenue:
        return item.metrics.revenue
                   ? QString::fromStdString(item.metrics.revenue->toDecimalString())
                   : QString();
    default:
        return rawCount(*countField(item.metrics, fieldOf(column)));
    }
}

QVariant ContentTableModel::raw(const Row& row, int column) const
{
    const core::ContentItem& item = row.item;
    switch (column) {
    case Approval:
        // Sorted in the order of the workflow, not alphabetically.
        return static_cast<int>(item.approval);
    case Planned:
        return rawDate(item.plannedDate);
    case Published:
        return rawDate(item.publishedDate);
    case Revenue:
        return item.metrics.revenue ? rawMoney(*item.metrics.revenue) : QVariant();
    case Influencer:
        return item.influencerId ? QVariant(row.influencerName) : QVariant();
    case Platform:
    case Type:
    case Title:
    case Url:
        return display(row, column);
    default:
        return rawCount(*countField(item.metrics, fieldOf(column)));
    }
}

Qt::ItemFlags ContentTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editHandler) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ContentTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editHandler ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const core::ContentItem& item = m_rows[static_cast<std::size_t>(index.row())].item;
    const ContentField field = fieldOf(index.column());
    const auto after = parse(index.column(), value);
    if (!after) {
        Q_EMIT invalidValue(index.column(), value.toString());
        return false;
    }
    if (*after == fieldValue(item, field)) {
        return false;
    }
    // A copy: the handler's command reloads this model, which replaces the row.
    const core::ContentItem before = item;
    return m_editHandler(before, field, *after);
}

int ContentTableModel::rowOf(core::Id id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].item.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const core::ContentItem* ContentTableModel::itemAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].item : nullptr;
}

QVariant ContentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[ColumnCount] = {
        QT_TR_NOOP("Influencer"),  QT_TR_NOOP("Platform"), QT_TR_NOOP("Type"),
        QT_TR_NOOP("Title"),       QT_TR_NOOP("Planned"),  QT_TR_NOOP("Published"),
        QT_TR_NOOP("URL"),         QT_TR_NOOP("Approval"), QT_TR_NOOP("Impressions"),
        QT_TR_NOOP("Reach"),       QT_TR_NOOP("Likes"),    QT_TR_NOOP("Comments"),
        QT_TR_NOOP("Shares"),      QT_TR_NOOP("Saves"),    QT_TR_NOOP("Clicks"),
        QT_TR_NOOP("Conversions"), QT_TR_NOOP("Revenue"),  QT_TR_NOOP("Brand mentions")};
    if (section < 0 || section >= ColumnCount) {
        return {};
    }
    return tr(titles[section]);
}

} // namespace cd::app
