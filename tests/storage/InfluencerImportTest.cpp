#include "TempDir.h"

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
