#include "GuiTestSupport.h"
#include "TrackerTestSupport.h"

#include "app/InfluencerRosterModel.h"
#include "app/RosterColumns.h"
#include "app/RosterFilter.h"
#include "app/WorkbookDocument.h"
#include "storage/Workbook.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace cd;
using app::roster::Column;
using core::Platform;

namespace {

// A document over `path`, opened for writing.
std::unique_ptr<app::WorkbookDocument> openDocument(const std::string& path)
{
    auto document = std::make_unique<app::WorkbookDocument>();
    document->open(storage::Workbook::open(path, storage::Workbook::Mode::ReadWrite), false);
    return document;
}

RosterWorkbook sortingRoster()
{
    return RosterWorkbook({person("Zz Top", Platform::Instagram, "zztop", 9'000),
                           person("Zoë Bianchi", Platform::Instagram, "zoe.glow", 10'000),
                           person("Zed", Platform::TikTok, "zed", 100),
                           person("Zoey", Platform::YouTube, "zoey", 2'000'000),
                           person("Zoe Adams", Platform::Instagram, "zoe.adams", 950)});
}

} // namespace

TEST_CASE("The roster model passes QAbstractItemModelTester while sorting and filtering")
{
    DemoWorkbook demo;
    auto document = openDocument(demo.stdPath());
    ModelTesterFailures failures;
    app::InfluencerRosterModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setDocument(document.get());
    REQUIRE(model.rowCount() > 10);
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::DescendingOrder);
        model.sort(column, Qt::AscendingOrder);
    }
    app::RosterFilter filter;
    filter.text = QStringLiteral("a");
    model.setFilter(filter);
    const int withA = model.rowCount();
    filter.platform = Platform::TikTok;
    model.setFilter(filter);
    CHECK(model.rowCount() < withA);
    model.sort(Column::Followers, Qt::DescendingOrder);
    filter = {};
    filter.tier = app::FollowerTier::Macro;
    model.setFilter(filter);
    model.setFilter({});
    model.reload();
    CHECK(failures.messages().isEmpty());
}

TEST_CASE("Followers sort as numbers and names by locale-aware collation")
{
    auto roster = sortingRoster();
    auto document = openDocument(roster.path());
    app::InfluencerRosterModel model;
    model.setDocument(document.get());

    model.sort(Column::Followers, Qt::AscendingOrder);
    // 100 < 950 < 9,000 < 10,000 < 2,000,000 (as text "10000" would come before "9000").
    CHECK(shownNames(model) ==
          QStringList({QStringLiteral("Zed"), QStringLiteral("Zoe Adams"), QStringLiteral("Zz Top"),
                       QStringLiteral("Zoë Bianchi"), QStringLiteral("Zoey")}));
    CHECK(model.index(0, Column::Followers).data(app::InfluencerRosterModel::RawValueRole) ==
          QVariant::fromValue<qint64>(100));
    model.sort(Column::Followers, Qt::DescendingOrder);
    CHECK(shownNames(model).first() == QStringLiteral("Zoey"));

    model.sort(Column::Name, Qt::AscendingOrder);
    // "Zoë" beside "Zoe", not after "Zz" as code points would put it.
    CHECK(shownNames(model) == QStringList({QStringLiteral("Zed"), QStringLiteral("Zoe Adams"),
                                            QStringLiteral("Zoë Bianchi"), QStringLiteral("Zoey"),
                                            QStringLiteral("Zz Top")}));

    // Per-platform followers: people without an Instagram account go last either way.
    model.sort(app::roster::FirstPlatformFollowers, Qt::DescendingOrder);
    CHECK(shownNames(model).mid(0, 3) ==
          QStringList({QStringLiteral("Zoë Bianchi"), QStringLiteral("Zz Top"),
                       QStringLiteral("Zoe Adams")}));
}

TEST_CASE("Typing filters on name, handles, e-mail and notes; facets narrow it down")
{
    auto anna = person("Anna Rossi", Platform::Instagram, "anna.cooks", 4'999);
    anna.email = "anna@kitchen.example";
    anna.country = "IT";
    anna.niches = {"food"};
    anna.status = core::RelationshipStatus::Active;
    auto bruno = person("Bruno Weiß", Platform::TikTok, "brunow", 5'000);
    bruno.notes = "Met at the Milan fair";
    bruno.country = "DE";
    bruno.niches = {"fitness", "food"};
    bruno.handles.push_back({Platform::Instagram, "bruno.ig", 1'000'000, std::nullopt});
    auto carla = person("Carla Núñez", Platform::YouTube, "carlatravels", 1'000'001);
    carla.country = "ES";
    carla.niches = {"travel"};
    RosterWorkbook roster({anna, bruno, carla});
    auto document = openDocument(roster.path());
    app::InfluencerRosterModel model;
    model.setDocument(document.get());
    model.sort(Column::Name, Qt::AscendingOrder);

    const auto shownFor = [&](app::RosterFilter filter) {
        model.setFilter(std::move(filter));
        return shownNames(model);
    };
    app::RosterFilter f;
    f.text = QStringLiteral("nunez"); // accents and case ignored
    CHECK(shownFor(f) == QStringList({QStringLiteral("Carla Núñez")}));
    f.text = QStringLiteral("@bruno.ig"); // the second account's handle
    CHECK(shownFor(f) == QStringList({QStringLiteral("Bruno Weiß")}));
    f.text = QStringLiteral("kitchen.example");
    CHECK(shownFor(f) == QStringList({QStringLiteral("Anna Rossi")}));
    f.text = QStringLiteral("milan FAIR");
    CHECK(shownFor(f) == QStringList({QStringLiteral("Bruno Weiß")}));
    f.text = QStringLiteral("rossi milan"); // every word must match
    CHECK(shownFor(f).isEmpty());

    f = {};
    f.niche = "food";
    CHECK(shownFor(f) == QStringList({QStringLiteral("Anna Rossi"), QStringLiteral("Bruno Weiß")}));
    f.country = "DE";
    CHECK(shownFor(f) == QStringList({QStringLiteral("Bruno Weiß")}));
    f = {};
    f.status = core::RelationshipStatus::Active;
    CHECK(shownFor(f) == QStringList({QStringLiteral("Anna Rossi")}));
    f = {};
    f.platform = Platform::Instagram;
    CHECK(shownFor(f) == QStringList({QStringLiteral("Anna Rossi"), QStringLiteral("Bruno Weiß")}));

    // Tiers on all accounts together: Anna 4,999 (nano), Bruno 1,005,000 (mega), Carla
    // 1,000,001 (mega).
    f = {};
    f.tier = app::FollowerTier::Nano;
    CHECK(shownFor(f) == QStringList({QStringLiteral("Anna Rossi")}));
    f.tier = app::FollowerTier::Mega;
    CHECK(shownFor(f) ==
          QStringList({QStringLiteral("Bruno Weiß"), QStringLiteral("Carla Núñez")}));
    // With a platform chosen, the tier applies to that account: Bruno's Instagram has exactly
    // 1,000,000 (macro), his TikTok 5,000 (micro).
    f.platform = Platform::Instagram;
    f.tier = app::FollowerTier::Macro;
    CHECK(shownFor(f) == QStringList({QStringLiteral("Bruno Weiß")}));
    f.platform = Platform::TikTok;
    f.tier = app::FollowerTier::Micro;
    CHECK(shownFor(f) == QStringList({QStringLiteral("Bruno Weiß")}));
    CHECK(model.roster().countries() == std::vector<std::string>({"DE", "ES", "IT"}));
    CHECK(model.roster().niches() == std::vector<std::string>({"fitness", "food", "travel"}));
}

TEST_CASE("Follower tiers include their lower bound; macro includes one million")
{
    using app::FollowerTier;
    CHECK(app::inTier(999, FollowerTier::Under1K));
    CHECK(app::inTier(1'000, FollowerTier::Nano));
    CHECK_FALSE(app::inTier(5'000, FollowerTier::Nano));
    CHECK(app::inTier(5'000, FollowerTier::Micro));
    CHECK(app::inTier(19'999, FollowerTier::Micro));
    CHECK(app::inTier(20'000, FollowerTier::Mid));
    CHECK(app::inTier(100'000, FollowerTier::Macro));
    CHECK(app::inTier(1'000'000, FollowerTier::Macro));
    CHECK_FALSE(app::inTier(1'000'000, FollowerTier::Mega));
    CHECK(app::inTier(1'000'001, FollowerTier::Mega));
}
