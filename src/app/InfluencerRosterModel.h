#pragma once

#include <QAbstractTableModel>
#include <QPointer>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "InfluencerRoster.h"
#include "WorkbookDocument.h"

#include <optional>
#include <vector>

namespace cd::app {

// The whole roster as a table (the influencer tracker): sorted and filtered by InfluencerRoster
// rather than a proxy, so that it stays fast at 100,000 rows. It reads the document's workbook
// and follows its changes; setData() pushes a command on the document's undo stack and returns.
class InfluencerRosterModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { RawValueRole = Qt::UserRole, InfluencerIdRole };

    explicit InfluencerRosterModel(QObject* parent = nullptr);

    void setDocument(WorkbookDocument* document);
    WorkbookDocument* document() const { return m_document; }
    // Reads the whole roster again.
    void reload();

    const InfluencerRoster& roster() const { return m_roster; }
    // The influencers shown, in display order, and the whole roster.
    std::vector<core::Influencer> shownInfluencers() const;
    std::vector<core::Influencer> allInfluencers() const;
    std::size_t totalCount() const { return m_roster.size(); }
    const core::Influencer* influencerAt(int row) const;
    const RosterRow* rowAt(int row) const;
    // -1 when the influencer is not shown.
    int rowOfId(core::Id id) const;

    void setFilter(RosterFilter filter);
    const RosterFilter& filter() const { return m_roster.filter(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isEditable(int column);

Q_SIGNALS:
    // After every reload or refresh: the facet lists may have changed.
    void rosterChanged();

private:
    void documentChanged(WorkbookDocument::Scopes scopes);
    void rowsChanged(const QList<qint64>& ids);
    QVariant display(const RosterRow& row, int column) const;
    QVariant edit(const RosterRow& row, int column) const;
    QVariant raw(const RosterRow& row, int column) const;
    QVariant toolTip(const RosterRow& row, int column) const;
    bool pushEdit(const core::Influencer& influencer, int column, const QVariant& value);
    void resetWith(const std::function<void()>& change, bool rowsChanged = true);

    QPointer<WorkbookDocument> m_document;
    InfluencerRoster m_roster;
    // Set when a roster command has already told which rows it changed: the document's
    // `changed` signal that follows is then no reason to read everything again.
    bool m_rowsAlreadyRead = false;
};

} // namespace cd::app
