#pragma once

#include <QMainWindow>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "RecentFiles.h"
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
// on the right, and the File menu. It owns the open workbook.
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

    bool hasWorkbook() const { return m_workbook.has_value(); }
    QString workbookPath() const;
    bool isReadOnly() const { return m_readOnly; }
    // Selects a campaign in the list (which fills the tabs); false when it is not listed.
    bool selectCampaign(core::Id campaignId);
    core::Id currentCampaignId() const;
    CampaignTabs* campaignTabs() const;
    QStringList recentFiles() const { return m_recent.files(); }

    // Test seam: how files are opened.
    void setWorkbookOpener(WorkbookOpener opener) { m_opener = std::move(opener); }

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
    QString dialogFolder() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Persistence m_persistence = Persistence::Remember;
    RecentFiles m_recent;
    WorkbookOpener m_opener;
    std::optional<storage::Workbook> m_workbook;
    bool m_readOnly = false;
    CampaignListModel* m_campaigns = nullptr;
    QLabel* m_readOnlyNotice = nullptr;
};

} // namespace cd::app
