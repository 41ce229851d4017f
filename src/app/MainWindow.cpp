#include "MainWindow.h"

#include "ActionTips.h"
#include "BriefExportAction.h"
#include "BriefView.h"
#include "BusyNotice.h"
#include "CampaignActions.h"
#include "CampaignData.h"
#include "CampaignListModel.h"
#include "CampaignTabs.h"
#include "EmptyState.h"
#include "FileDialog.h"
#include "HelpActions.h"
#include "InfluencerTransferActions.h"
#include "MessageBox.h"
#include "PaymentExportAction.h"
#include "PreferencesDialog.h"
#include "ReportExportActions.h"
#include "WorkbookCopyAction.h"
#include "WorkbookDocument.h"
#include "ui_MainWindow.h"

#include "platform/AppPaths.h"
#include "platform/Clock.h"
#include "storage/CampaignRepository.h"
#include "storage/StorageError.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace cd::app {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");

QString workbookFilter()
{
    return MainWindow::tr("CampaignDesk workbooks (*.%1);;All files (*)")
        .arg(QLatin1String(platform::kWorkbookSuffix));
}

QString errorText(const std::exception& e)
{
    return QString::fromStdString(e.what());
}

} // namespace

MainWindow::MainWindow(Persistence persistence, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_persistence(persistence),
      m_recent(persistence == Persistence::Remember), m_opener(defaultWorkbookOpener()),
      m_document(new WorkbookDocument(this)), m_campaigns(new CampaignListModel(this))
{
    m_ui->setupUi(this);
    m_document->setDialogParent(this);
    m_ui->campaignTabs->setDocument(m_document);
    connect(m_document, &WorkbookDocument::changed, this, &MainWindow::documentChanged);
    m_ui->campaignList->setModel(m_campaigns);
    m_ui->campaignList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({190, 1090});
    connect(m_ui->campaignList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showCurrentCampaign);
    EmptyState::attach(m_ui->campaignList, [this] {
        const QString none = noCampaignHint(hasWorkbook(), true);
        return !none.isEmpty()
                   ? none
                   : tr("No campaigns yet — Campaign ▸ New Campaign… (%1) adds one")
                         .arg(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_N)
                                  .toString(QKeySequence::NativeText));
    });
    // The hints depend on whether a workbook is open, which no row change tells them.
    const auto updateHints = [this] {
        for (EmptyState* state : findChildren<EmptyState*>()) {
            state->update();
        }
    };
    connect(m_document, &WorkbookDocument::opened, this, updateHints);
    connect(m_document, &WorkbookDocument::closed, this, updateHints);

    m_readOnlyNotice = new QLabel(tr("Read-only: changes cannot be saved to this workbook"), this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setTextFormat(Qt::PlainText);
    m_readOnlyNotice->hide();
    statusBar()->addPermanentWidget(m_readOnlyNotice);

    setUpActions();
    new InfluencerTransferActions(*this, m_ui->menuFile, m_ui->actionClose);
    auto* reports = new ReportExportActions(*this, m_ui->menuFile, m_ui->actionClose);
    // The brief's PDF sits right below the KPI report's.
    const QList<QAction*> reportActions = m_ui->menuFile->actions();
    auto* brief = new BriefExportAction(
        *this, m_ui->menuFile,
        reportActions.value(reportActions.indexOf(reports->exportAction()) + 1));
    m_ui->campaignTabs->briefView()->addExportAction(brief->exportAction());
    new PaymentExportAction(*this, m_ui->menuFile, m_ui->actionClose);
    // Save a Copy sits with New/Open/Recent, before the first separator.
    const QList<QAction*> fileActions = m_ui->menuFile->actions();
    const qsizetype recentAt = fileActions.indexOf(m_ui->menuRecent->menuAction());
    new WorkbookCopyAction(*this, m_ui->menuFile, fileActions.value(recentAt + 1));
    auto* campaignMenu = new QMenu(tr("&Campaign"), this);
    campaignMenu->setObjectName(QStringLiteral("menuCampaign"));
    menuBar()->addMenu(campaignMenu); // after File and Edit
    new CampaignActions(*this, campaignMenu);
    auto* helpMenu = new QMenu(tr("&Help"), this);
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    menuBar()->addMenu(helpMenu);
    new HelpActions(*this, helpMenu);
    if (m_persistence == Persistence::Remember) {
        restoreSettings();
    }
    m_ui->campaignTabs->clear(); // the tabs say that no workbook is open
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionClose->setShortcut(QKeySequence::Close);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    for (QAction* action : {m_ui->actionNew, m_ui->actionOpen, m_ui->actionClose}) {
        setActionTips(action, action->statusTip()); // the status tips are in the form
    }
    setActionTips(m_ui->actionQuit, tr("Close the workbook and quit CampaignDesk"));
    setActionTips(m_ui->menuRecent->menuAction(), tr("Open one of the workbooks opened lately"));
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newWorkbook);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseAndOpenWorkbook);
    connect(m_ui->actionClose, &QAction::triggered, this, &MainWindow::closeWorkbook);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    rebuildRecentMenu();

    QUndoStack* stack = m_document->undoStack();
    QAction* undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ)) {
        redoKeys.append(ctrlShiftZ);
    }
    redo->setShortcuts(redoKeys);
    setActionTips(undo, tr("Undo the last change to the workbook"));
    setActionTips(redo, tr("Redo the last change that was undone"));
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    m_ui->menuEdit->addSeparator();
    QAction* preferences = m_ui->menuEdit->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcuts(QKeySequence::Preferences);
    setActionTips(preferences, tr("Choose the language of CampaignDesk"));
    connect(preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_persistence == Persistence::Remember) {
        saveSettings();
    }
    event->accept();
}

bool MainWindow::openWorkbook(const QString& path)
{
    spdlog::info("opening {}", path.toStdString());
    try {
        // A large workbook takes a moment: its check on opening reads every page. The notice
        // goes before a warning shows.
        const BusyNotice busy(statusBar(), tr("Opening %1…").arg(QFileInfo(path).fileName()));
        auto opened = openWorkbookFile(path.toStdString(), m_opener);
        showWorkbook(std::move(opened.workbook), opened.readOnly);
    } catch (const std::exception& e) {
        spdlog::warn("cannot open {}: {}", path.toStdString(), e.what());
        MessageBox::warning(this, tr("Cannot open workbook"), errorText(e));
        return false;
    }
    rememberRecent(path);
    return true;
}

void MainWindow::openStartupWorkbook()
{
    for (const QString& path : m_recent.files()) {
        if (QFileInfo::exists(path)) {
            if (openWorkbook(path)) {
                return;
            }
            break;
        }
    }
    std::string demo;
    try {
        demo = ensureDemoWorkbook(platform::today());
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Cannot create the demo workbook"), errorText(e));
        return;
    }
    openWorkbook(QString::fromStdString(demo));
}

void MainWindow::showWorkbook(storage::Workbook workbook, bool readOnly)
{
    // Read first: if this throws, the window still shows the previous workbook.
    auto campaigns = storage::CampaignRepository(workbook.db()).list();
    // The tabs of the previous workbook go before its rows do.
    m_ui->campaignTabs->clear();
    m_document->open(std::move(workbook), readOnly);
    m_campaigns->setCampaigns(std::move(campaigns));
    m_readOnlyNotice->setVisible(readOnly);
    if (readOnly) {
        statusBar()->showMessage(
            tr("%1 is opened read-only.").arg(QFileInfo(workbookPath()).fileName()));
    } else {
        statusBar()->clearMessage();
    }
    updateTitle();
    if (m_campaigns->rowCount() > 0) {
        m_ui->campaignList->setCurrentIndex(m_campaigns->index(0));
    } else {
        m_ui->campaignTabs->clear();
    }
}

void MainWindow::closeWorkbook()
{
    m_campaigns->setCampaigns({});
    m_ui->campaignTabs->clear();
    m_document->close();
    m_ui->campaignTabs->clear(); // again: the tabs now say that no workbook is open
    m_readOnlyNotice->hide();
    statusBar()->clearMessage();
    updateTitle();
}

bool MainWindow::hasWorkbook() const
{
    return m_document->isOpen();
}

bool MainWindow::isReadOnly() const
{
    return m_document->isReadOnly();
}

QString MainWindow::workbookPath() const
{
    return hasWorkbook() ? QString::fromStdString(m_document->workbook().path()) : QString();
}

bool MainWindow::selectCampaign(core::Id campaignId)
{
    const int row = m_campaigns->rowOfId(campaignId);
    if (row < 0) {
        return false;
    }
    m_ui->campaignList->setCurrentIndex(m_campaigns->index(row));
    return true;
}

core::Id MainWindow::currentCampaignId() const
{
    const core::Campaign* campaign =
        m_campaigns->campaignAt(m_ui->campaignList->currentIndex().row());
    return campaign ? campaign->id : 0;
}

CampaignTabs* MainWindow::campaignTabs() const
{
    return m_ui->campaignTabs;
}

void MainWindow::showCurrentCampaign()
{
    const core::Id id = currentCampaignId();
    if (id == 0 || !hasWorkbook()) {
        m_ui->campaignTabs->clear();
        Q_EMIT currentCampaignChanged(0);
        return;
    }
    try {
        m_ui->campaignTabs->setCampaign(
            loadCampaignData(m_document->workbook(), id, platform::today()));
    } catch (const std::exception& e) {
        m_ui->campaignTabs->clear();
        MessageBox::warning(this, tr("Cannot show the campaign"), errorText(e));
    }
    Q_EMIT currentCampaignChanged(id);
}

void MainWindow::newWorkbook()
{
    QString path =
        FileDialog::getSaveFileName(this, tr("New Workbook"), dialogFolder(), workbookFilter());
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QLatin1Char('.') + QLatin1String(platform::kWorkbookSuffix);
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    try {
        showWorkbook(storage::Workbook::create(path.toStdString()), false);
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Cannot create workbook"), errorText(e));
        return;
    }
    rememberRecent(path);
}

void MainWindow::chooseAndOpenWorkbook()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open Workbook"), dialogFolder(), workbookFilter());
    if (!path.isEmpty()) {
        openWorkbook(path);
    }
}

void MainWindow::openRecent(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        m_recent.remove(path);
        rebuildRecentMenu();
        MessageBox::information(
            this, tr("Workbook not found"),
            tr("%1 no longer exists; it was removed from the recent workbooks.").arg(path));
        return;
    }
    openWorkbook(path);
}

void MainWindow::rememberRecent(const QString& path)
{
    m_recent.add(path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu* menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = m_recent.files();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        action->setData(path);
        setActionTips(action, tr("Open %1").arg(path), path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (files.isEmpty()) {
        QAction* none = menu->addAction(tr("No recent workbooks"));
        setActionTips(none, tr("The workbooks you open are listed here"));
        none->setEnabled(false);
    }
}

void MainWindow::updateTitle()
{
    m_ui->actionClose->setEnabled(hasWorkbook());
    if (!hasWorkbook()) {
        setWindowTitle(tr("CampaignDesk"));
        return;
    }
    QString name = QFileInfo(workbookPath()).fileName();
    if (isReadOnly()) {
        name += tr(" [read-only]");
    }
    setWindowTitle(tr("%1 — CampaignDesk").arg(name));
}

void MainWindow::documentChanged(WorkbookDocument::Scopes scopes)
{
    // The tabs refresh themselves; the list only shows campaigns.
    if (!hasWorkbook() || !(scopes & WorkbookDocument::Scope::Campaigns)) {
        return;
    }
    const core::Id current = currentCampaignId();
    try {
        auto campaigns = storage::CampaignRepository(m_document->workbook().db()).list();
        m_campaigns->setCampaigns(std::move(campaigns));
        const int row = m_campaigns->rowOfId(current);
        if (row >= 0) {
            m_ui->campaignList->setCurrentIndex(m_campaigns->index(row));
        } else if (m_campaigns->rowCount() > 0) {
            // The campaign shown is gone (an undone New Campaign): show the first one.
            m_ui->campaignList->setCurrentIndex(m_campaigns->index(0));
        }
    } catch (const std::exception& e) {
        spdlog::warn("cannot list the campaigns again: {}", e.what());
    }
}

QString MainWindow::dialogFolder() const
{
    QString reference = workbookPath();
    if (reference.isEmpty() && !m_recent.files().isEmpty()) {
        reference = m_recent.files().first();
    }
    if (!reference.isEmpty()) {
        return QFileInfo(reference).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace cd::app
