#include "CampaignActions.h"

#include "ActionTips.h"
#include "CampaignCommands.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewCampaignDialog.h"
#include "TeamDialog.h"
#include "WorkbookDocument.h"

#include "core/PlanTemplate.h"
#include "io/WbsTemplate.h"
#include "platform/Clock.h"
#include "services/InfluencerTransfer.h"
#include "storage/CampaignRepository.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

namespace cd::app {

namespace {

QAction* makeAction(QObject* parent, QMenu* menu, const QString& text, const char* name,
                    const QString& tip)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    menu->addAction(action);
    setActionTips(action, tip);
    return action;
}

} // namespace

CampaignActions::CampaignActions(MainWindow& window, QMenu* menu)
    : QObject(&window), m_window(window)
{
    m_new = makeAction(this, menu, tr("&New Campaign…"), "actionNewCampaign",
                       tr("Add a campaign to the workbook, its plan from the default template, "
                          "a template file or empty"));
    m_new->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_N));
    menu->addSeparator();
    m_applyDefault =
        makeAction(this, menu, tr("Add &Default Template Tasks"), "actionApplyDefaultTemplate",
                   tr("Add the influencer-campaign template's phases and tasks to the selected "
                      "campaign's plan"));
    m_applyFile = makeAction(this, menu, tr("&Apply Template File…"), "actionApplyTemplateFile",
                             tr("Add the tasks of a WBS template file to the selected campaign's "
                                "plan"));
    m_saveTemplate =
        makeAction(this, menu, tr("&Save Plan as Template…"), "actionSavePlanAsTemplate",
                   tr("Save the selected campaign's plan as a template file for other "
                      "campaigns"));
    menu->addSeparator();
    m_team = makeAction(this, menu, tr("&Team…"), "actionTeam",
                        tr("The people of the team and their roles (strategy, creator "
                           "management, analytics, operations)"));
    m_team->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_T));
    connect(m_team, &QAction::triggered, this, [this] { showTeam(); });
    connect(m_new, &QAction::triggered, this, &CampaignActions::newCampaign);
    connect(m_applyDefault, &QAction::triggered, this, &CampaignActions::applyDefaultTemplate);
    connect(m_applyFile, &QAction::triggered, this, &CampaignActions::applyTemplateFile);
    connect(m_saveTemplate, &QAction::triggered, this, &CampaignActions::savePlanAsTemplate);
    WorkbookDocument* document = window.document();
    connect(document, &WorkbookDocument::opened, this, &CampaignActions::updateEnabled);
    connect(document, &WorkbookDocument::closed, this, &CampaignActions::updateEnabled);
    connect(document, &WorkbookDocument::changed, this, &CampaignActions::updateEnabled);
    // The template actions work on the campaign shown: they follow the selection too.
    connect(&window, &MainWindow::currentCampaignChanged, this, &CampaignActions::updateEnabled);
    updateEnabled();
}

void CampaignActions::updateEnabled()
{
    WorkbookDocument* document = m_window.document();
    const bool editable = document->canEdit();
    const bool campaign = document->isOpen() && m_window.currentCampaignId() != 0;
    m_new->setEnabled(editable);
    m_applyDefault->setEnabled(editable && campaign);
    m_applyFile->setEnabled(editable && campaign);
    m_saveTemplate->setEnabled(campaign);
    m_team->setEnabled(document->isOpen());
}

TeamDialog* CampaignActions::showTeam()
{
    WorkbookDocument* document = m_window.document();
    if (!document->isOpen()) {
        return nullptr;
    }
    if (!m_teamDialog) {
        m_teamDialog = new TeamDialog(*document, &m_window);
        m_teamDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_teamDialog->show();
    m_teamDialog->raise();
    m_teamDialog->activateWindow();
    return m_teamDialog;
}

bool CampaignActions::newCampaign()
{
    WorkbookDocument* document = m_window.document();
    if (!document->canEdit()) {
        return false;
    }
    auto request = NewCampaignDialog::ask(&m_window, platform::today());
    if (!request) {
        return false;
    }
    auto* command = new AddCampaign(*document, std::move(request->campaign),
                                    std::move(request->plan), platform::today());
    if (!document->push(command)) {
        return false;
    }
    // The command stays on the stack (push succeeded), so it is alive here.
    m_window.selectCampaign(command->campaignId());
    m_window.statusBar()->showMessage(
        tr("Added the campaign with %n task(s)", nullptr, static_cast<int>(command->taskCount())),
        5000);
    return true;
}

bool CampaignActions::applyDefaultTemplate()
{
    return applyTemplate(std::string(io::defaultWbsTemplateJson()), tr("the default template"));
}

bool CampaignActions::applyTemplateFile()
{
    const QString file =
        FileDialog::getOpenFileName(&m_window, tr("Apply Template File"), m_window.dialogFolder(),
                                    tr("WBS templates (*.json);;All files (*)"));
    if (file.isEmpty()) {
        return false;
    }
    try {
        return applyTemplate(services::readFileBytes(file.toStdString()),
                             QFileInfo(file).fileName());
    } catch (const services::TransferError& e) {
        MessageBox::warning(&m_window, tr("Apply Template File"), QString::fromStdString(e.what()));
        return false;
    }
}

bool CampaignActions::applyTemplate(const std::string& json, const QString& source)
{
    WorkbookDocument* document = m_window.document();
    const core::Id campaignId = m_window.currentCampaignId();
    if (!document->canEdit() || campaignId == 0) {
        return false;
    }
    core::PlanTemplate plan;
    try {
        plan = io::parseWbsTemplate(json);
    } catch (const io::TemplateError& e) {
        MessageBox::warning(
            &m_window, tr("Apply Template"),
            tr("%1 cannot be used: %2").arg(source, QString::fromStdString(e.what())));
        return false;
    }
    const auto campaign = storage::CampaignRepository(document->workbook().db()).get(campaignId);
    const core::Date start = campaign && campaign->start ? *campaign->start : platform::today();
    auto* command = new ApplyPlanTemplate(*document, campaignId, std::move(plan), start);
    if (!document->push(command)) {
        return false;
    }
    m_window.statusBar()->showMessage(
        tr("Added %n task(s) from %1", nullptr, static_cast<int>(command->taskCount())).arg(source),
        5000);
    return true;
}

bool CampaignActions::savePlanAsTemplate()
{
    WorkbookDocument* document = m_window.document();
    const core::Id campaignId = m_window.currentCampaignId();
    if (!document->isOpen() || campaignId == 0) {
        return false;
    }
    storage::Database& db = document->workbook().db();
    const auto campaign = storage::CampaignRepository(db).get(campaignId);
    storage::TaskRepository tasks(db);
    const auto plan = tasks.listByCampaign(campaignId);
    if (!campaign || plan.empty()) {
        MessageBox::information(&m_window, tr("Save Plan as Template"),
                                tr("This campaign has no plan yet: add tasks first."));
        return false;
    }
    const auto tmpl =
        core::templateFromPlan(campaign->name, plan, tasks.dependenciesOfCampaign(campaignId));
    const std::string text = io::writeWbsTemplate(tmpl);
    try {
        io::parseWbsTemplate(text); // only a file that Apply Template accepts
    } catch (const io::TemplateError& e) {
        MessageBox::warning(&m_window, tr("Save Plan as Template"),
                            tr("This plan cannot be saved as a template: %1")
                                .arg(QString::fromStdString(e.what())));
        return false;
    }
    const QString file = FileDialog::getSaveFileName(&m_window, tr("Save Plan as Template"),
                                                     m_window.dialogFolder() + QLatin1Char('/') +
                                                         QString::fromStdString(campaign->name) +
                                                         QStringLiteral(".json"),
                                                     tr("WBS templates (*.json)"));
    if (file.isEmpty()) {
        return false;
    }
    try {
        services::writeFileBytes(file.toStdString(), text);
    } catch (const services::TransferError& e) {
        MessageBox::warning(&m_window, tr("Save Plan as Template"),
                            QString::fromStdString(e.what()));
        return false;
    }
    m_window.statusBar()->showMessage(tr("Saved the plan as %1").arg(QFileInfo(file).fileName()),
                                      5000);
    return true;
}

} // namespace cd::app
