#include "PaymentExportAction.h"

#include "ActionTips.h"
#include "BudgetView.h"
#include "CampaignTabs.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "WorkbookDocument.h"

#include <QAction>
#include <QMenu>

namespace cd::app {

PaymentExportAction::PaymentExportAction(MainWindow& window, QMenu* fileMenu, QAction* before)
    : QObject(&window), m_window(window)
{
    m_action = new QAction(tr("Export &Payments…"), this);
    m_action->setObjectName(QStringLiteral("actionExportPayments"));
    setActionTips(m_action, tr("Save the selected campaign's payments as a CSV file"));
    fileMenu->insertAction(before, m_action);
    connect(m_action, &QAction::triggered, this, &PaymentExportAction::exportPayments);
    WorkbookDocument* document = window.document();
    connect(document, &WorkbookDocument::opened, this, &PaymentExportAction::updateEnabled);
    connect(document, &WorkbookDocument::closed, this, &PaymentExportAction::updateEnabled);
    updateEnabled();
}

void PaymentExportAction::updateEnabled()
{
    m_action->setEnabled(m_window.document()->isOpen());
}

bool PaymentExportAction::exportPayments()
{
    if (!m_window.hasWorkbook() || m_window.currentCampaignId() == 0) {
        MessageBox::information(&m_window, tr("Export Payments"), tr("Select a campaign first."));
        return false;
    }
    // The Budget tab holds the campaign's payments as shown; it writes them.
    return m_window.campaignTabs()->budgetView()->exportPayments();
}

} // namespace cd::app
