#include "TempDir.h"

#include "storage/Database.h"
#include "storage/InfluencerImport.h"
#include "storage/InfluencerRepository.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>

using namespace cd::core;
using namespace cd::storage;

namespace {

ImportCandidate candidate(std::size_t line, const std::string& name, Platform platform,
                          const std::string& handle, std::optional<std::int64_t> followers,
                          const std::string& email = "")
{
    Influencer i;
    i.name = name;
    i.email = email;
    i.handles.push_back({platform, handle, followers, std::nullopt});
    return {line, i};
}

} // namespace

TEST_CASE("Import adds new people and updates the same person instead of duplicating")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("i.cdwb"));
    InfluencerRepository repo(wb.db());
    auto first = importInfluencers(wb.db(),
                                   {candidate(2, "Giulia", Platform::Instagram, "giulia", 1000),
                                    candidate(3, "Marco", Platform::TikTok, "marco", 50)},
                                   {});
    CHECK(first.imported == 2);
    CHECK(repo.count() == 2);

    // The same handle written differently, and the same e-mail on another platform.
    auto second =
        importInfluencers(wb.db(),
                          {candidate(2, "Giulia R.", Platform::Instagram, "@GIULIA", 1500),
                           candidate(3, "", Platform::YouTube, "marcotube", 900, "")},
                          {});
    CHECK(second.updated == 1);
    CHECK(second.imported == 1);
    const auto all = repo.list();
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == "Giulia R.");
    CHECK(all[0].handles[0].followers == 1500);
}

TEST_CASE("Duplicate policies: skip and keep both, duplicates within one file")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("d.cdwb"));
    InfluencerRepository repo(wb.db());
    importInfluencers(wb.db(), {candidate(2, "A", Platform::Instagram, "a", 1, "a@x.io")}, {});
    InfluencerImportOptions skip;
    skip.onDuplicate = DuplicatePolicy::Skip;
    auto s =
        importInfluencers(wb.db(), {candidate(2, "A2", Platform::TikTok, "a2", 1, "A@X.IO")}, skip);
    CHECK(s.skipped == 1);
    CHECK(repo.count() == 1);
    InfluencerImportOptions keep;
    keep.onDuplicate = DuplicatePolicy::KeepBoth;
    auto k = importInfluencers(wb.db(), {candidate(2, "A", Platform::Instagram, "a", 1)}, keep);
    CHECK(k.imported == 1);
    CHECK(repo.count() == 2);
    // Two rows of one file for the same handle: the second updates the first.
    auto f = importInfluencers(
        wb.db(),
        {candidate(2, "New", Platform::X, "newx", 1), candidate(3, "New", Platform::X, "NEWX", 2)},
        {});
    CHECK(f.imported == 1);
    CHECK(f.updated == 1);
    CHECK(repo.count() == 3);
    CHECK(repo.get(*repo.findByHandle(Platform::X, "newx"))->handles[0].followers == 2);
}

TEST_CASE("A dry run counts but writes nothing, a cancel leaves the workbook as it was")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("c.cdwb"));
    InfluencerRepository repo(wb.db());
    importInfluencers(wb.db(), {candidate(2, "Kept", Platform::Instagram, "kept", 1)}, {});

    std::vector<ImportCandidate> many;
    for (int n = 0; n < 2000; ++n) {
        many.push_back(candidate(static_cast<std::size_t>(n + 2), "P" + std::to_string(n),
                                 Platform::Instagram, "p" + std::to_string(n), n));
    }
    InfluencerImportOptions dry;
    dry.dryRun = true;
    auto d = importInfluencers(wb.db(), many, dry);
    CHECK(d.imported == 2000);
    CHECK(d.dryRun);
    CHECK(repo.count() == 1);

    InfluencerImportOptions cancel;
    std::size_t calls = 0;
    cancel.progress = [&](std::size_t done, std::size_t) {
        ++calls;
        return done < 1000; // the user presses Cancel half-way
    };
    CHECK_THROWS_AS(importInfluencers(wb.db(), many, cancel), ImportCancelled);
    CHECK(calls >= 2);
    CHECK(repo.count() == 1);
    CHECK(repo.list()[0].name == "Kept");
    CHECK_FALSE(wb.db().inTransaction());
}

namespace {

std::vector<std::string> indexNames(Database& db)
{
    std::vector<std::string> names;
    auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN "
                         "('handle_lookup', 'influencer_email') ORDER BY name");
    while (st.step()) {
        names.push_back(st.text(0));
    }
    return names;
}

// Hands out candidates in batches of three, then the late merges it was given.
class BatchSource final : public CandidateSource {
public:
    BatchSource(std::vector<ImportCandidate> all, std::vector<LateMerge> late)
        : m_all(std::move(all)), m_late(std::move(late))
    {
    }
    bool nextBatch(std::vector<ImportCandidate>& batch) override
    {
        batch.clear();
        for (int n = 0; n < 3 && m_next < m_all.size(); ++n) {
            batch.push_back(m_all[m_next++]);
        }
        return !batch.empty();
    }
    std::size_t totalHint() const override { return m_all.size(); }
    std::vector<LateMerge> takeLateMerges() override { return std::move(m_late); }

private:
    std::vector<ImportCandidate> m_all;
    std::vector<LateMerge> m_late;
    std::size_t m_next = 0;
};

} // namespace

TEST_CASE("A large import writes in bulk with the next free ids and rebuilds the indexes it "
          "set aside")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("bulk.cdwb"));
    InfluencerRepository repo(wb.db());
    importInfluencers(wb.db(), {candidate(2, "First", Platform::Instagram, "first", 1)}, {});
    const std::vector<std::string> bothIndexes{"handle_lookup", "influencer_email"};
    REQUIRE(indexNames(wb.db()) == bothIndexes);

    // 1,000 people (more than the roster's one: the indexes are set aside and rebuilt), some
    // with e-mails, the 700th the same person as the 10th by e-mail in another case.
    std::vector<ImportCandidate> many;
    for (int n = 0; n < 1000; ++n) {
        const std::string email = n % 3 == 0 ? "p" + std::to_string(n) + "@mail.io" : "";
        many.push_back(candidate(static_cast<std::size_t>(n + 2), "P" + std::to_string(n),
                                 Platform::TikTok, "p" + std::to_string(n), n, email));
    }
    many[700].influencer.email = "P9@MAIL.IO";
    many[700].influencer.handles[0] = {Platform::YouTube, "other700", 7, std::nullopt};
    const auto s = importInfluencers(wb.db(), many, {});
    CHECK(s.imported == 999);
    CHECK(s.updated == 1);
    CHECK(repo.count() == 1000);
    CHECK(indexNames(wb.db()) == bothIndexes);

    // Ids follow the existing one without gaps, in file order; handles kept their positions.
    const auto all = repo.list();
    REQUIRE(all.size() == 1000);
    CHECK(all[1].id == all[0].id + 1);
    CHECK(all[1].name == "P0");
    CHECK(all[999].id == all[0].id + 999);
    CHECK(all[999].name == "P999");
    // The 10th person got the 700th row's YouTube account too.
    const auto p9 = repo.get(*repo.findByEmail("p9@mail.io"));
    REQUIRE(p9);
    REQUIRE(p9->handles.size() == 2);
    CHECK(p9->handles[1].handle == "other700");
    // The rebuilt handle index answers case-insensitive lookups.
    CHECK(repo.findByHandle(Platform::TikTok, "@P512") == all[513].id);

    CHECK(wb.integrityProblems().empty());
}

TEST_CASE("A cancelled large import leaves the roster and its indexes as they were")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("cancel.cdwb"));
    InfluencerRepository repo(wb.db());
    std::vector<ImportCandidate> many;
    for (int n = 0; n < 3000; ++n) {
        many.push_back(candidate(static_cast<std::size_t>(n + 2), "P" + std::to_string(n),
                                 Platform::Instagram, "p" + std::to_string(n), n));
    }
    InfluencerImportOptions cancel;
    cancel.progress = [](std::size_t done, std::size_t) {
        return done < 2500;
    };
    CHECK_THROWS_AS(importInfluencers(wb.db(), many, cancel), ImportCancelled);
    CHECK(repo.count() == 0);
    CHECK(indexNames(wb.db()) == std::vector<std::string>{"handle_lookup", "influencer_email"});
    CHECK(wb.integrityProblems().empty());
}

TEST_CASE("Rows of a person handed out late join the record made from the person's first row")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("late.cdwb"));
    InfluencerRepository repo(wb.db());
    std::vector<ImportCandidate> rows;
    for (int n = 0; n < 7; ++n) {
        rows.push_back(candidate(static_cast<std::size_t>(n + 2), "P" + std::to_string(n),
                                 Platform::Instagram, "p" + std::to_string(n), n));
    }
    std::vector<LateMerge> late;
    Influencer extra;
    extra.handles.push_back({Platform::YouTube, "p1tube", 42, std::nullopt});
    late.push_back({1, extra}); // belongs to the second candidate, handed out in batch one

    InfluencerImportChanges changes;
    InfluencerImportOptions options;
    options.changes = &changes;
    BatchSource source(rows, late);
    const auto s = importInfluencers(wb.db(), source, options);
    CHECK(s.rows == 7);
    CHECK(s.imported == 7);
    const auto p1 = repo.get(*repo.findByHandle(Platform::YouTube, "p1tube"));
    REQUIRE(p1);
    CHECK(p1->name == "P1");
    REQUIRE(p1->handles.size() == 2);
    CHECK(p1->handles[1].followers == 42);
    // For undo, the record is listed once among the added ones, as it ended up.
    REQUIRE(changes.added.size() == 7);
    CHECK(changes.added[1].handles.size() == 2);
    CHECK(changes.before.empty());
}
