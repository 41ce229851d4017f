#include "GuiTestSupport.h"

#include "app/HelpActions.h"
#include "app/MainWindow.h"

#include <QAction>
#include <QDialog>
#include <QTextBrowser>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace cd;

TEST_CASE("Help > User Guide shows the guide with its screenshots, About names version and "
          "licence")
{
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    auto* guideAction = window.findChild<QAction*>(QStringLiteral("actionUserGuide"));
    REQUIRE(guideAction != nullptr);
    CHECK(guideAction->shortcut() == QKeySequence(QKeySequence::HelpContents));
    auto* help = window.findChild<app::HelpActions*>();
    REQUIRE(help != nullptr);

    QDialog* guide = help->showUserGuide();
    REQUIRE(guide != nullptr);
    auto* text = guide->findChild<QTextBrowser*>(QStringLiteral("userGuideText"));
    REQUIRE(text != nullptr);
    const QString plain = text->document()->toPlainText();
    CHECK(plain.startsWith(QStringLiteral("CampaignDesk user guide")));
    CHECK(plain.contains(QStringLiteral("Create a campaign from the template")));
    // The first screenshot is found inside the compiled-in docs and has real pixels.
    const QVariant image = text->document()->resource(QTextDocument::ImageResource,
                                                      QUrl(QStringLiteral("images/plan.png")));
    CHECK(image.isValid());
    CHECK(help->showUserGuide() == guide); // one window, raised again

    takeMessages();
    help->showAbout();
    const auto messages = takeMessages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().text.contains(QStringLiteral(CD_VERSION)));
    CHECK(messages.front().text.contains(QStringLiteral("GNU General Public License, version 3")));
    guide->close();
}
