#pragma once

#include <QPointer>
#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "RosterFilter.h"
#include "WorkbookDocument.h"
#include "core/MyWork.h"

#include <optional>
#include <set>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QAction;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cd::app {

class InfluencerDetailPanel;
class InfluencerRosterModel;
class OutreachDialog;

// The Influencers tab: the whole roster as a sortable table with search-as-you-type and facet
// filters above it and the selected person's details beside it. Columns can be hidden and moved
// (header context menu); the layout is remembered. Every edit is a command on the document's
// undo stack.
class InfluencerTracker final : public QWidget {
    Q_OBJECT

public:
    explicit InfluencerTracker(QWidget* parent = nullptr);
    ~InfluencerTracker() override;

    void setDocument(WorkbookDocument* document);
    // The campaign selected in the main window, for "This campaign only" (0: none).
    void setCampaign(core::Id campaignId, const QString& name);
    // "My work": only the influencers of `work`'s contracts (nullptr: the whole roster).
    void setWorkFilter(const core::PersonWork* work);

    InfluencerRosterModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    InfluencerDetailPanel* detailPanel() const { return m_detail; }

    core::Id currentInfluencerId() const;
    std::vector<core::Id> selectedInfluencerIds() const;
    // Makes this influencer current (clearing filters that hide it); false when unknown.
    bool selectInfluencer(core::Id id);

    void addInfluencer();
    // Asks first (through MessageBox).
    void deleteSelected();
    // The current row is kept; the other selected one is merged into it. Asks first.
    void mergeSelected();
    void clearFilters();
    // "Write to…" (Ctrl+M): opens the outreach dialog (window-modal, deleted on close) for the
    // selected influencers and the selected campaign; null when nobody is selected.
    OutreachDialog* writeToSelected();
    QAction* writeToAction() const { return m_writeToAction; }

Q_SIGNALS:
    // "Import a CSV…" on the empty roster.
    void importRequested();

private:
    QWidget* makeFilterBar();
    QWidget* makeEmptyPage();
    void setUpHeader();
    void showHeaderMenu(const QPoint& position);
    void applyDefaultColumns();
    void saveLayout() const;
    void restoreLayout();
    void applyFilter();
    void refillFacets();
    void rosterChanged();
    void updateCount();
    void updateActions();
    void rememberSelection();
    void restoreSelection();
    void currentRowChanged();

    QPointer<WorkbookDocument> m_document;
    InfluencerRosterModel* m_model = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_view = nullptr;
    InfluencerDetailPanel* m_detail = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_platform = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_niche = nullptr;
    QComboBox* m_country = nullptr;
    QComboBox* m_tier = nullptr;
    QCheckBox* m_thisCampaign = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_emptyMessage = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_writeTo = nullptr;
    QAction* m_writeToAction = nullptr;
    QTimer* m_saveTimer = nullptr;
    core::Id m_campaignId = 0;
    std::optional<std::set<core::Id>> m_workIds;
    core::Id m_keptCurrent = 0;
    std::vector<core::Id> m_keptSelection;
};

} // namespace cd::app
