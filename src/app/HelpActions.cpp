#include "HelpActions.h"

#include "ActionTips.h"
#include "MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace cd::app {

HelpActions::HelpActions(QWidget& window, QMenu* menu) : QObject(&window), m_window(window)
{
    auto* guide = menu->addAction(tr("&User Guide"), this, &HelpActions::showUserGuide);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    setActionTips(guide, tr("Read how to plan and run a campaign with CampaignDesk"));
    menu->addSeparator();
    auto* about = menu->addAction(tr("&About CampaignDesk"), this, &HelpActions::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    setActionTips(about, tr("Show the version of CampaignDesk and its licence"));
    auto* aboutQt = menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    setActionTips(aboutQt, tr("Show the version of Qt and its licence"));
}

QDialog* HelpActions::showUserGuide()
{
    if (!m_guide) {
        m_guide = new QDialog(&m_window);
        m_guide->setObjectName(QStringLiteral("userGuide"));
        m_guide->setWindowTitle(tr("CampaignDesk User Guide"));
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
        auto* browser = new QTextBrowser(m_guide);
        browser->setObjectName(QStringLiteral("userGuideText"));
        browser->setOpenExternalLinks(true);
        // Relative links and images (images/plan.png) resolve inside the compiled-in docs.
        browser->setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.md")),
                           QTextDocument::MarkdownResource);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_guide);
        connect(buttons, &QDialogButtonBox::rejected, m_guide, &QDialog::close);
        auto* layout = new QVBoxLayout(m_guide);
        layout->addWidget(browser);
        layout->addWidget(buttons);
        m_guide->resize(900, 760);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void HelpActions::showAbout()
{
    MessageBox::information(
        &m_window, tr("About CampaignDesk"),
        tr("CampaignDesk %1\n\nPlan and run influencer campaigns: the plan, the roster, "
           "contracts, budget, content and KPIs, in one file on your computer.\n\n"
           "Copyright © the CampaignDesk developers. Licensed under the GNU General Public "
           "License, version 3 or (at your option) any later version; it comes with "
           "ABSOLUTELY NO WARRANTY.\n\nBuilt with Qt %2, SQLite, nlohmann/json and spdlog.")
            .arg(QStringLiteral(CD_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace cd::app
