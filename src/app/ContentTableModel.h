#pragma once

#include <QAbstractTableModel>
#include <QString>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "ContentField.h"

#include "core/Content.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cd::app {

struct CampaignData;

// The content items of one campaign, one row each, one column per field (in ContentField's
// order). setData() never changes a row itself: it hands the new value to the edit handler,
// which pushes a command; the document's change signal then reloads the model.
class ContentTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Influencer,
        Platform,
        Type,
        Title,
        Planned,
        Published,
        Url,
        Approval,
        Impressions,
        Reach,
        Likes,
        Comments,
        Shares,
        Saves,
        Clicks,
        Conversions,
        Revenue,
        BrandMentions,
        ColumnCount
    };
    static_assert(ColumnCount == kContentFieldCount);
    enum Role { RawValueRole = Qt::UserRole, ContentIdRole };

    // An influencer the Influencer column offers.
    struct Choice {
        core::Id id = 0;
        QString name;
    };

    // Receives an inline edit as (the item before, the field, its new value); returns whether it
    // was applied. Without a handler the table is read-only.
    using EditHandler =
        std::function<bool(const core::ContentItem&, ContentField, const ContentValue&)>;

    explicit ContentTableModel(QObject* parent = nullptr);

    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    void setCampaign(const CampaignData& data);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Accepts what the editors give (an id or enum value as a number, a QDate, a count, money
    // as text) and what a user types (labels, "2026-06-01", "1.2K", "1.234,50"); an empty or
    // null value makes an optional field unknown.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static ContentField fieldOf(int column) { return static_cast<ContentField>(column); }
    // The field value `value` stands for in `column`; nullopt when it is not valid there.
    std::optional<ContentValue> parse(int column, const QVariant& value) const;

    int rowOf(core::Id id) const;
    const core::ContentItem* itemAt(int row) const;
    // The campaign's influencers (members, contracted and authors of its content), by name.
    const std::vector<Choice>& influencerChoices() const { return m_choices; }
    const std::string& currency() const { return m_currency; }

Q_SIGNALS:
    // An edit was refused because `text` is not a valid value for `column`.
    void invalidValue(int column, const QString& text);

private:
    struct Row {
        core::ContentItem item;
        QString influencerName;
    };
    QVariant display(const Row& row, int column) const;
    QVariant editValue(const Row& row, int column) const;
    QVariant raw(const Row& row, int column) const;
    std::optional<ContentValue> parseInfluencer(const QVariant& value) const;

    std::vector<Row> m_rows;
    std::vector<Choice> m_choices;
    std::string m_currency;
    EditHandler m_editHandler;
};

} // namespace cd::app
