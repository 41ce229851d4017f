#include "GuiTestSupport.h"
#include "TrackerTestSupport.h"

#include "app/CampaignTabs.h"
#include "app/InfluencerRosterModel.h"
#include "app/InfluencerTracker.h"
#include "app/MainWindow.h"
#include "app/RosterColumns.h"
#include "storage/ContentRepository.h"
#include "storage/InfluencerRepository.h"
#include "storage/InfluencerRestore.h"
#include "storage/Workbook.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace cd;
using app::roster::Column;

namespace {

struct Tracker {
    app::MainWindow window{app::MainWindow::Persistence::Forget};
    app::InfluencerTracker* tracker = nullptr;
    app::InfluencerRosterModel* model = nullptr;

    explicit Tracker(const QString& path)
    {
        REQUIRE(window.openWorkbook(path));
        tracker = window.campaignTabs()->influencerTracker();
        model = tracker->model();
    }
    storage::Database& db() { return window.document()->workbook().db(); }
    QUndoStack& undo() { return *window.document()->undoStack(); }
    core::Influencer stored(core::Id id)
    {
        auto influencer = storage::InfluencerRepository(db()).get(id);
        REQUIRE(influencer);
        return *influencer;
    }
    core::Id idNamed(const char* name)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->influencerAt(row)->name == name) {
                return model->influencerAt(row)->id;
            }
        }
        FAIL("no influencer named " << name);
        return 0;
    }
    QModelIndex cell(core::Id id, int column) const
    {
        return model->index(model->rowOfId(id), column);
    }
};

} // namespace

TEST_CASE("An inline edit writes the workbook at once and Undo puts the old value back")
{
    DemoWorkbook demo;
    Tracker t(demo.path());
    const core::Id zoe = t.idNamed("Zoë Bianchi");
    REQUIRE(t.stored(zoe).country == "IT");

    SECTION("Country, through the model")
    {
        REQUIRE(t.model->setData(t.cell(zoe, Column::Country), QStringLiteral("Italy")));
        CHECK(t.stored(zoe).country == "Italy");
        CHECK(t.cell(zoe, Column::Country).data().toString() == QStringLiteral("Italy"));
        t.undo().undo();
        CHECK(t.stored(zoe).country == "IT");
        t.undo().redo();
        CHECK(t.stored(zoe).country == "Italy");
    }
    SECTION("Name, typed into the view's editor")
    {
        QTableView* view = t.tracker->view();
        const QModelIndex index = t.cell(zoe, Column::Name);
        view->setCurrentIndex(index);
        view->edit(index);
        auto* editor = qobject_cast<QLineEdit*>(view->focusWidget());
        REQUIRE(editor != nullptr);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Zoe B."));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits Return through a queued call.
        QCoreApplication::processEvents();
        CHECK(t.stored(zoe).name == "Zoe B.");
        CHECK(t.tracker->currentInfluencerId() == zoe);
        t.undo().undo();
        CHECK(t.stored(zoe).name == "Zoë Bianchi");
    }
    SECTION("Rate as people type it, status, niches")
    {
        const core::Influencer before = t.stored(zoe);
        REQUIRE(t.model->setData(t.cell(zoe, Column::Rate), QStringLiteral("1.250,50")));
        const auto rate = t.stored(zoe).rate;
        REQUIRE(rate);
        CHECK(rate->minorUnits() == 125050);
        REQUIRE(t.model->setData(t.cell(zoe, Column::Status),
                                 static_cast<int>(core::RelationshipStatus::Paused)));
        CHECK(t.stored(zoe).status == core::RelationshipStatus::Paused);
        REQUIRE(t.model->setData(t.cell(zoe, Column::Niches),
                                 QStringLiteral(" travel , beauty,travel")));
        CHECK(t.stored(zoe).niches == std::vector<std::string>({"travel", "beauty"}));
        CHECK_FALSE(t.model->setData(t.cell(zoe, Column::Rate), QStringLiteral("lots")));
        CHECK(takeMessages().size() == 1);
        t.undo().undo();
        t.undo().undo();
        t.undo().undo();
        CHECK(t.stored(zoe).status == before.status);
        CHECK(t.stored(zoe).rate == before.rate);
        CHECK(t.stored(zoe).niches == before.niches);
    }
    SECTION("An invalid e-mail is refused and nothing changes")
    {
        const std::string before = t.stored(zoe).email;
        CHECK_FALSE(t.model->setData(t.cell(zoe, Column::Email), QStringLiteral("not an address")));
        CHECK(t.stored(zoe).email == before);
        CHECK(t.undo().count() == 0);
    }
}

TEST_CASE("Deleting asks first, removes the person with their memberships, and Undo restores")
{
    DemoWorkbook demo;
    Tracker t(demo.path());
    // Someone without contracts (those are refused) but in a campaign.
    core::Id id = 0;
    storage::InfluencerLinks links;
    for (const auto& influencer : storage::InfluencerRepository(t.db()).list()) {
        links = storage::linksOf(t.db(), influencer.id);
        if (links.contracts.empty() && !links.memberships.empty()) {
            id = influencer.id;
            break;
        }
    }
    REQUIRE(id != 0);
    const core::Influencer before = t.stored(id);
    const auto total = t.model->totalCount();
    REQUIRE(t.tracker->selectInfluencer(id));

    app::MessageBox::setNextAnswer(QMessageBox::Cancel);
    t.tracker->deleteSelected();
    CHECK(takeMessages().size() == 1);
    CHECK(storage::InfluencerRepository(t.db()).get(id).has_value());

    app::MessageBox::setNextAnswer(QMessageBox::Yes);
    t.tracker->deleteSelected();
    CHECK_FALSE(storage::InfluencerRepository(t.db()).get(id).has_value());
    CHECK(storage::InfluencerRepository(t.db()).campaignsOf(id).empty());
    CHECK(t.model->totalCount() == total - 1);
    CHECK(t.model->rowOfId(id) == -1);

    t.undo().undo();
    CHECK(t.stored(id).name == before.name);
    CHECK(t.stored(id).handles == before.handles);
    const auto restored = storage::linksOf(t.db(), id);
    CHECK(restored.memberships.size() == links.memberships.size());
    CHECK(restored.content == links.content);
    CHECK(restored.tasks == links.tasks);
    CHECK(t.model->totalCount() == total);
    CHECK(t.model->rowOfId(id) >= 0);
}

TEST_CASE("Deleting someone with contracts is refused and changes nothing")
{
    DemoWorkbook demo;
    Tracker t(demo.path());
    core::Id id = 0;
    for (const auto& influencer : storage::InfluencerRepository(t.db()).list()) {
        if (!storage::linksOf(t.db(), influencer.id).contracts.empty()) {
            id = influencer.id;
            break;
        }
    }
    REQUIRE(id != 0);
    REQUIRE(t.tracker->selectInfluencer(id));
    app::MessageBox::setNextAnswer(QMessageBox::Yes);
    t.tracker->deleteSelected();
    const auto messages = takeMessages();
    REQUIRE(messages.size() == 2); // the question, then why it failed
    CHECK(messages.back().text.contains(QStringLiteral("contracts")));
    CHECK(storage::InfluencerRepository(t.db()).get(id).has_value());
    CHECK(t.undo().count() == 0);
}

TEST_CASE("Merging moves the duplicate's handles, campaigns and content, and Undo splits them")
{
    // Two records of one person: the duplicate has a YouTube account, a campaign and a post.
    DemoWorkbook demo;
    Tracker t(demo.path());
    storage::InfluencerRepository repo(t.db());
    const core::Id kept = t.idNamed("Zoë Bianchi");
    const core::Influencer keptBefore = t.stored(kept);
    core::Influencer duplicate;
    duplicate.name = "Zoe B";
    duplicate.email = "zoe@other.example";
    duplicate.handles = {{core::Platform::YouTube, "zoe.tube", 12'000, 0.05}};
    duplicate.notes = "Prefers WhatsApp";
    repo.add(duplicate);
    const auto keptLinks = storage::linksOf(t.db(), kept);
    // A campaign Zoë is not in, and content there by the duplicate.
    core::Id campaign = 0;
    for (const auto& [id, name] : t.model->roster().campaigns()) {
        const bool member =
            std::any_of(keptLinks.memberships.begin(), keptLinks.memberships.end(),
                        [&](const core::CampaignMember& m) { return m.campaignId == id; });
        if (!member) {
            campaign = id;
        }
    }
    REQUIRE(campaign != 0);
    core::CampaignMember membership{campaign, duplicate.id, 0, core::PipelineStage::Contacted, "x"};
    repo.addMember(membership);
    core::ContentItem post;
    post.campaignId = campaign;
    post.influencerId = duplicate.id;
    post.platform = core::Platform::YouTube;
    post.title = "Unboxing";
    storage::ContentRepository(t.db()).add(post);
    t.model->reload();

    REQUIRE(t.tracker->selectInfluencer(kept));
    const QModelIndex other = t.cell(duplicate.id, Column::Name);
    t.tracker->view()->selectionModel()->select(other, QItemSelectionModel::Select |
                                                           QItemSelectionModel::Rows);
    REQUIRE(t.tracker->selectedInfluencerIds().size() == 2);
    app::MessageBox::setNextAnswer(QMessageBox::Yes);
    t.tracker->mergeSelected();

    CHECK_FALSE(repo.get(duplicate.id).has_value());
    const core::Influencer merged = t.stored(kept);
    CHECK(merged.name == keptBefore.name);   // the kept record's details win
    CHECK(merged.email == keptBefore.email); // it has one
    REQUIRE(merged.handles.size() == keptBefore.handles.size() + 1);
    CHECK(merged.handles.front() == keptBefore.handles.front());
    CHECK(merged.handles.back().handle == "zoe.tube");
    CHECK(merged.notes.find("Prefers WhatsApp") != std::string::npos);
    CHECK(storage::ContentRepository(t.db()).get(post.id)->influencerId == kept);
    CHECK(storage::linksOf(t.db(), kept).memberships.size() == keptLinks.memberships.size() + 1);
    CHECK(t.model->rowOfId(duplicate.id) == -1);

    t.undo().undo();
    CHECK(t.stored(kept).handles == keptBefore.handles);
    CHECK(t.stored(kept).notes == keptBefore.notes);
    const core::Influencer back = t.stored(duplicate.id);
    CHECK(back.name == "Zoe B");
    CHECK(back.handles == duplicate.handles);
    CHECK(storage::ContentRepository(t.db()).get(post.id)->influencerId == duplicate.id);
    const auto backLinks = storage::linksOf(t.db(), duplicate.id);
    REQUIRE(backLinks.memberships.size() == 1);
    CHECK(backLinks.memberships.front().stage == core::PipelineStage::Contacted);
    CHECK(storage::linksOf(t.db(), kept).memberships.size() == keptLinks.memberships.size());

    t.undo().redo();
    CHECK_FALSE(repo.get(duplicate.id).has_value());
    CHECK(storage::ContentRepository(t.db()).get(post.id)->influencerId == kept);
}

TEST_CASE("Adding an influencer: redo after undo brings back the same id")
{
    RosterWorkbook roster({});
    Tracker t(QString::fromStdString(roster.path()));
    auto* pages = t.tracker->findChild<QStackedWidget*>();
    REQUIRE(pages != nullptr);
    auto* message = t.tracker->findChild<QLabel*>(QStringLiteral("emptyRosterMessage"));
    REQUIRE(message != nullptr);
    CHECK(pages->currentWidget()->isAncestorOf(message));
    CHECK(message->text() == QStringLiteral("No influencers yet — Import a CSV (File ▸ Import "
                                            "Influencers…) or add one"));

    t.tracker->addInfluencer();
    REQUIRE(t.model->totalCount() == 1);
    const core::Id id = t.tracker->currentInfluencerId();
    CHECK(t.stored(id).name == "New influencer");
    CHECK_FALSE(pages->currentWidget()->isAncestorOf(message));
    t.undo().undo();
    CHECK(t.model->totalCount() == 0);
    CHECK(pages->currentWidget()->isAncestorOf(message));
    t.undo().redo();
    CHECK(t.stored(id).name == "New influencer");
}
