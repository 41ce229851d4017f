#pragma once

#include <QMainWindow>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "RecentFiles.h"
#include "WorkbookDocument.h"
#include "WorkbookOpening.h"
#include "core/Ids.h"

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace cd::app {

class CampaignListModel;
class CampaignTabs;

// The main window: the campaigns of the open workbook on the left, the selected campaign's tabs
// on the right, the File and Edit menus. It owns the document: the open workbook and its undo
// stack, which Edit ▸ Undo and Redo drive.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // Whether the window restores and saves its geometry and recent files (screenshots do not).
    enum class Persistence { Remember, Forget };

    explicit MainWindow(Persistence persistence = Persistence::Remember, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workbook in place of the current one. On failure shows one warning, leaves the
    // window as it was and returns false.
    bool openWorkbook(const QString& path);
    // Without a workbook on the command line: the most recent one, else the demo workbook
    // (created on first launch).
    void openStartupWorkbook();
    // Shows a workbook that is already open. Throws storage::StorageError, changing nothing,
    // when its campaigns cannot be read.
    void showWorkbook(storage::Workbook workbook, bool readOnly);
    void closeWorkbook();

    bool hasWorkbook() const;
    QString workbookPath() const;
    bool isReadOnly() const;
    WorkbookDocument* document() const { return m_document; }
    // Selects a campaign in the list (which fills the tabs); false when it is not listed.
    bool selectCampaign(core::Id campaignId);
    core::Id currentCampaignId() const;
    CampaignTabs* campaignTabs() const;
    QStringList recentFiles() const { return m_recent.files(); }
    // Where file dialogs start: the open workbook's folder, else the last one's, else Documents.
    QString dialogFolder() const;

    // Test seam: how files are opened.
    void setWorkbookOpener(WorkbookOpener opener) { m_opener = std::move(opener); }

Q_SIGNALS:
    // Another campaign (or none: 0) is shown in the tabs.
    void currentCampaignChanged(cd::core::Id campaignId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpActions();
    void restoreSettings();
    void saveSettings() const;
    void newWorkbook();
    void chooseAndOpenWorkbook();
    void openRecent(const QString& path);
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void showCurrentCampaign();
    void updateTitle();
    void documentChanged(WorkbookDocument::Scopes scopes);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Persistence m_persistence = Persistence::Remember;
    RecentFiles m_recent;
    WorkbookOpener m_opener;
    WorkbookDocument* m_document = nullptr;
    CampaignListModel* m_campaigns = nullptr;
    QLabel* m_readOnlyNotice = nullptr;
};

} // namespace cd::app
