#include "GuiTestSupport.h"

#include "app/CampaignActions.h"
#include "app/FileDialog.h"
#include "app/MainWindow.h"
#include "app/NewCampaignDialog.h"
#include "app/WorkbookDocument.h"
#include "io/WbsTemplate.h"
#include "storage/CampaignRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <functional>
#include <set>

using namespace cd;
using Persistence = app::MainWindow::Persistence;

namespace {

struct Stored {
    std::vector<core::Campaign> campaigns;
    std::vector<core::Task> tasks; // of every campaign
    std::set<core::Id> taskIds;
    std::size_t dependencies = 0;
};

// The workbook as a second connection reads it.
Stored stored(const QString& path)
{
    auto wb = storage::Workbook::open(path.toStdString(), storage::Workbook::Mode::ReadOnly);
    Stored s;
    s.campaigns = storage::CampaignRepository(wb.db()).list();
    storage::TaskRepository tasks(wb.db());
    for (const auto& c : s.campaigns) {
        for (auto& t : tasks.listByCampaign(c.id)) {
            s.taskIds.insert(t.id);
            s.tasks.push_back(std::move(t));
        }
        s.dependencies += tasks.dependenciesOfCampaign(c.id).size();
    }
    return s;
}

std::size_t defaultTemplateTasks()
{
    const auto plan = io::parseWbsTemplate(io::defaultWbsTemplateJson());
    std::size_t count = 0;
    std::function<void(const std::vector<core::TemplateTask>&)> walk =
        [&](const std::vector<core::TemplateTask>& tasks) {
            for (const auto& t : tasks) {
                ++count;
                walk(t.children);
            }
        };
    walk(plan.tasks);
    return count;
}

} // namespace

TEST_CASE("New Campaign from the default template adds the campaign and its plan in one undo "
          "step, and redo keeps every id")
{
    DemoWorkbook demo;
    app::MainWindow window(Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    auto* actions = window.findChild<app::CampaignActions*>();
    REQUIRE(actions != nullptr);
    CHECK(actions->newCampaignAction()->shortcut() ==
          QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_N));
    const auto before = stored(demo.path());

    app::NewCampaignRequest request;
    request.campaign.name = "Autumn <b>drop</b>";
    request.campaign.start = core::Date::fromYmd(2026, 9, 1);
    request.campaign.end = core::Date::fromYmd(2026, 11, 30);
    request.plan = io::parseWbsTemplate(io::defaultWbsTemplateJson());
    app::NewCampaignDialog::setNextRequest(request);
    REQUIRE(actions->newCampaign());

    const auto after = stored(demo.path());
    REQUIRE(after.campaigns.size() == before.campaigns.size() + 1);
    const core::Campaign& added = after.campaigns.back();
    CHECK(added.name == "Autumn <b>drop</b>");
    CHECK(window.currentCampaignId() == added.id);
    const std::size_t expected = defaultTemplateTasks();
    CHECK(expected >= 25);
    CHECK(after.tasks.size() == before.tasks.size() + expected);
    CHECK(after.dependencies > before.dependencies);
    // Laid out from the campaign's start.
    core::OptionalDate first;
    for (const auto& t : after.tasks) {
        if (t.campaignId == added.id && t.plannedStart && (!first || *t.plannedStart < *first)) {
            first = t.plannedStart;
        }
    }
    CHECK(first == core::Date::fromYmd(2026, 9, 1));

    QUndoStack* stack = window.document()->undoStack();
    stack->undo();
    const auto undone = stored(demo.path());
    CHECK(undone.campaigns.size() == before.campaigns.size());
    CHECK(undone.taskIds == before.taskIds);
    CHECK(window.currentCampaignId() != 0); // another campaign is shown

    stack->redo();
    const auto redone = stored(demo.path());
    REQUIRE(redone.campaigns.size() == after.campaigns.size());
    CHECK(redone.campaigns.back().id == added.id);
    CHECK(redone.taskIds == after.taskIds);
    CHECK(redone.dependencies == after.dependencies);
}

TEST_CASE("The New Campaign dialog says what to fix and builds the request")
{
    app::NewCampaignDialog dialog(core::Date::fromYmd(2026, 6, 15));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("campaignName"));
    auto* budget = dialog.findChild<QLineEdit*>(QStringLiteral("campaignBudget"));
    auto* end = dialog.findChild<QDateEdit*>(QStringLiteral("campaignEnd"));
    auto* plan = dialog.findChild<QComboBox*>(QStringLiteral("campaignPlan"));
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("campaignPlanFile"));
    REQUIRE((name && budget && end && plan && file));

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problem() == QStringLiteral("Give the campaign a name."));

    name->setText(QStringLiteral("  Summer  "));
    end->setDate(QDate(2026, 6, 1));
    dialog.accept();
    CHECK(dialog.problem() == QStringLiteral("The campaign ends before it starts."));

    end->setDate(QDate(2026, 8, 31));
    budget->setText(QStringLiteral("twelve"));
    dialog.accept();
    CHECK(dialog.problem().contains(QStringLiteral("\"twelve\" is not an amount")));

    budget->setText(QStringLiteral("12.500,50"));
    plan->setCurrentIndex(app::NewCampaignDialog::TemplateFile);
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile out(broken);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(
        R"({"format": "campaigndesk-wbs", "version": 1, "name": "x", "tasks": [{"key": 3}]})");
    out.close();
    file->setText(broken);
    dialog.accept();
    CHECK(dialog.problem().startsWith(QStringLiteral("The template cannot be used: ")));
    CHECK(dialog.problem().contains(QStringLiteral("/tasks/0")));

    plan->setCurrentIndex(app::NewCampaignDialog::EmptyPlan);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto& request = dialog.request();
    CHECK(request.campaign.name == "Summer");
    CHECK(request.campaign.budget.minorUnits() == 1250050);
    CHECK(request.campaign.currency == "EUR");
    CHECK(request.campaign.start == core::Date::fromYmd(2026, 6, 15));
    CHECK(request.campaign.end == core::Date::fromYmd(2026, 8, 31));
    CHECK_FALSE(request.plan);
}

TEST_CASE("A plan saved as a template applies to another campaign, and that undoes exactly")
{
    DemoWorkbook demo;
    app::MainWindow window(Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    auto* actions = window.findChild<app::CampaignActions*>();
    REQUIRE(actions != nullptr);
    const core::Id source = window.currentCampaignId();
    REQUIRE(source != 0);

    const QString file = demo.file(QStringLiteral("plan.json"));
    app::FileDialog::setNextFileName(file);
    REQUIRE(actions->savePlanAsTemplate());
    QFile saved(file);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const auto plan = io::parseWbsTemplate(saved.readAll().toStdString());
    const auto before = stored(demo.path());
    std::size_t sourceTasks = 0;
    for (const auto& t : before.tasks) {
        sourceTasks += t.campaignId == source ? 1 : 0;
    }
    REQUIRE(sourceTasks > 0);

    // An empty campaign, then the file applied to it.
    app::NewCampaignRequest request;
    request.campaign.name = "Copy of the plan";
    request.campaign.start = core::Date::fromYmd(2027, 1, 4);
    app::NewCampaignDialog::setNextRequest(request);
    REQUIRE(actions->newCampaign());
    const core::Id target = window.currentCampaignId();
    REQUIRE(target != source);
    app::FileDialog::setNextFileName(file);
    REQUIRE(actions->applyTemplateFile());
    const auto applied = stored(demo.path());
    std::size_t targetTasks = 0;
    for (const auto& t : applied.tasks) {
        targetTasks += t.campaignId == target ? 1 : 0;
    }
    CHECK(targetTasks == sourceTasks);

    window.document()->undoStack()->undo(); // the applied tasks go, the campaign stays
    const auto undone = stored(demo.path());
    CHECK(undone.taskIds == before.taskIds);
    CHECK(undone.campaigns.size() == before.campaigns.size() + 1);

    // A file that is not a template: one message, nothing added.
    const QString junk = demo.file(QStringLiteral("junk.json"));
    QFile out(junk);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("not json");
    out.close();
    takeMessages();
    app::FileDialog::setNextFileName(junk);
    CHECK_FALSE(actions->applyTemplateFile());
    const auto messages = takeMessages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().text.startsWith(QStringLiteral("junk.json cannot be used: ")));
    CHECK(stored(demo.path()).taskIds == before.taskIds);
}

TEST_CASE("The template actions follow the campaign shown, also right after opening")
{
    DemoWorkbook demo;
    app::MainWindow window{Persistence::Forget};
    REQUIRE(window.openWorkbook(demo.path()));
    auto* applyDefault = window.findChild<QAction*>(QStringLiteral("actionApplyDefaultTemplate"));
    auto* saveTemplate = window.findChild<QAction*>(QStringLiteral("actionSavePlanAsTemplate"));
    REQUIRE(applyDefault != nullptr);
    REQUIRE(saveTemplate != nullptr);
    // Opening shows a campaign: its actions are there without any other change first.
    REQUIRE(window.currentCampaignId() != 0);
    CHECK(applyDefault->isEnabled());
    CHECK(saveTemplate->isEnabled());
    REQUIRE(window.selectCampaign(2));
    CHECK(applyDefault->isEnabled());
}
