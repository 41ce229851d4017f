#pragma once

#include <QPointer>
#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Content.h"
#include "core/MyWork.h"

#include <vector>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace cd::app {

struct CampaignData;
class ContentTableModel;
class WorkbookDocument;

// The Content tab: the campaign's posts, stories, reels, videos, articles and lives with their
// approval and metrics, edited inline. Every edit, addition and deletion is one undoable command
// on the document's stack, written to the workbook at once; the tab re-reads the campaign when
// the document reports the change.
class ContentView final : public QWidget {
    Q_OBJECT

public:
    explicit ContentView(QWidget* parent = nullptr);

    void setDocument(WorkbookDocument* document);
    void setCampaign(const CampaignData& campaign);
    // "My work": only the rows of `work` (nullptr: everyone's).
    void setWorkFilter(const core::PersonWork* work);
    void clear();

    ContentTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* emptyLabel() const { return m_empty; }
    QAction* addContentAction() const { return m_add; }
    QAction* deleteContentAction() const { return m_delete; }

    // Selects the item with `id` (false when it is not shown).
    bool selectItem(core::Id id);
    // The ids of the selected rows, in the order shown.
    std::vector<core::Id> selectedIds() const;

    // The actions, also reachable from tests without a click. Adding selects the new row;
    // deleting asks first (through the MessageBox seam).
    void addItem();
    void deleteSelected();

private:
    void updateActions();
    // What the empty page says to do next.
    QString emptyHint() const;

    QPointer<WorkbookDocument> m_document;
    ContentTableModel* m_model = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_add = nullptr;
    QAction* m_delete = nullptr;
    QLabel* m_summary = nullptr;
    core::Id m_campaignId = 0;
};

} // namespace cd::app
