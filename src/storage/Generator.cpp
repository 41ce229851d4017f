// Synthetic workbooks of any size, for benchmarks and stress tests. Everything is drawn from a
// small PRNG of our own (splitmix64), never from <random>'s distributions, whose output differs
// between standard libraries: the same spec and seed give the same rows everywhere. Dates are
// placed around a fixed reference day, not the clock, for the same reason.
//
// Campaigns, members, contracts, budget lines and payments are few and go through the
// repositories. Influencers, tasks, dependencies and content items can number in the millions;
// they are written by prepared statements reused for every row (values always bound, never
// pasted into SQL), with the same column encoding as the repositories.

#include "Generator.h"

#include "BudgetRepository.h"
#include "CampaignRepository.h"
#include "ContractRepository.h"
#include "Database.h"
#include "InfluencerRepository.h"
#include "SqlHelpers.h"
#include "TeamRepository.h"
#include "Workbook.h"
#include "core/Content.h"
#include "core/Task.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace cd::storage {

namespace {

using namespace detail;
using core::Date;
using core::Money;
using core::Platform;

// ---------------------------------------------------------------------------------------------
// Randomness

std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Rng {
public:
    // One independent stream per (seed, part, index), so that changing one count of the spec
    // never changes the rows of another part.
    Rng(std::uint64_t seed, std::uint64_t part, std::uint64_t index = 0)
    {
        std::uint64_t s = seed;
        m_state = splitmix64(s) ^ (part * 0xD1B54A32D192ED03ULL);
        m_state = splitmix64(m_state) ^ (index * 0xA0761D6478BD642FULL);
        splitmix64(m_state);
    }

    std::uint64_t next() { return splitmix64(m_state); }

    // Uniform enough in [lo, hi], both included.
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(next() % span);
    }
    int betweenInt(int lo, int hi) { return static_cast<int>(between(lo, hi)); }
    bool chance(int percent) { return between(0, 99) < percent; }
    std::size_t index(std::size_t size) { return static_cast<std::size_t>(next() % size); }
    template <class T, std::size_t N> const T& pick(const std::array<T, N>& items)
    {
        return items[index(N)];
    }

private:
    std::uint64_t m_state = 0;
};

// Any value of an enum, all equally likely.
template <class E> E anyOf(Rng& rng)
{
    const auto entries = core::enumEntries<E>();
    return entries[rng.index(entries.size())].value;
}

enum Part : std::uint64_t {
    kInfluencers = 1,
    kCampaigns,
    kMembers,
    kMoney,
    kTasks,
    kDependencies,
    kContent
};

// ---------------------------------------------------------------------------------------------
// Vocabulary

constexpr std::array kFirstNames{
    "Giulia", "Marco", "Chiara", "Luca",    "Sofia",  "Alessia", "Lucía",  "Javier",
    "Carmen", "Pablo", "Paula",  "Camille", "Léa",    "Hugo",    "Manon",  "Inès",
    "Lena",   "Jonas", "Mia",    "Felix",   "Sophie", "Emily",   "Oliver", "Amara",
    "Freya",  "Noah",  "Emma",   "Liam",    "Zoë",    "Mateo",   "Ines",   "Tomás",
    "Nina",   "Elias", "Clara",  "Jakub",   "Maja",   "Sven",    "Astrid", "Daan"};
constexpr std::array kLastNames{
    "Romano",  "Ferri",    "Esposito", "Conti",  "Bianchi",  "Fernández", "Morales", "Ruiz",
    "Navarro", "Vidal",    "Laurent",  "Moreau", "Lefèvre",  "Dubois",    "Girard",  "Schmidt",
    "Becker",  "Hoffmann", "Wagner",   "Carter", "Hughes",   "Okafor",    "Collins", "de Vries",
    "Jansen",  "Silva",    "Costa",    "Nowak",  "Kowalski", "Lindqvist", "Berg",    "Murphy",
    "Rossi",   "García",   "Martin",   "Müller", "Smith",    "Visser",    "Santos",  "Nilsson"};

struct CountryInfo {
    const char* country;
    const char* language;
    const char* phonePrefix;
};
constexpr std::array kCountries{
    CountryInfo{"IT", "it", "+39 3"},     CountryInfo{"ES", "es", "+34 6"},
    CountryInfo{"FR", "fr", "+33 6"},     CountryInfo{"DE", "de", "+49 15"},
    CountryInfo{"GB", "en", "+44 7700 "}, CountryInfo{"NL", "nl", "+31 6"},
    CountryInfo{"PT", "pt", "+351 91"},   CountryInfo{"PL", "pl", "+48 5"},
    CountryInfo{"SE", "sv", "+46 70"},    CountryInfo{"US", "en", "+1 212 555 "}};

constexpr std::array kNiches{"beauty", "skincare",  "lifestyle", "fitness",  "fashion",  "food",
                             "travel", "parenting", "gaming",    "wellness", "grooming", "home"};
constexpr std::array kAgencies{"Milano Talent Hub",    "Madrid Creators Agency",
                               "Agence Lumière Paris", "Berlin Social House",
                               "London Creator Co.",   "Amsterdam Influence Lab"};
constexpr std::array kNotes{"",
                            "",
                            "",
                            "Prefers WhatsApp.",
                            "Replies fast by e-mail.",
                            "Only books through the agency.",
                            "Open to gifting.",
                            "Asks for usage rights to be capped at 6 months.",
                            "Birthday in spring; send a card."};
constexpr std::array kAssignees{"Marta", "Luca", "Sofia", "Daniel", "Aisha", "Tom"};
constexpr std::array kPhases{"Influencer research",         "Planning and strategy",
                             "Contracting and negotiation", "Content creation",
                             "Campaign execution",          "Performance evaluation"};
constexpr std::array kVerbs{"Draft", "Review", "Approve", "Prepare", "Brief",   "Negotiate",
                            "Ship",  "Shoot",  "Edit",    "Publish", "Measure", "Report on",
                            "Check", "Plan",   "Collect", "Update"};
constexpr std::array kObjects{"creator shortlist", "content calendar",  "usage rights",
                              "product kits",      "reel scripts",      "story frames",
                              "tracking links",    "discount codes",    "contract terms",
                              "caption copy",      "paid boosting",     "weekly KPIs",
                              "brand guidelines",  "legal disclaimers", "launch assets"};
constexpr std::array kBrands{"Lumen Cosmetics", "Nordlicht Skincare", "Verde Foods",
                             "Atlas Outdoor",   "Maison Clair",       "Pulse Fitness"};
constexpr std::array kProducts{"SPF Launch",        "Serum Relaunch",    "Holiday Gift Sets",
                               "Spring Collection", "App Download Push", "Protein Bar Trial",
                               "Store Opening",     "Loyalty Programme"};
constexpr std::array kTopics{"morning routine",   "honest review",  "unboxing", "before and after",
                             "tutorial",          "day in my life", "Q&A",      "giveaway",
                             "behind the scenes", "top 3 tips",     "haul",     "challenge"};

// Main platforms by how often creators have them; further handles take other platforms.
constexpr std::array kPlatformWeights{
    std::pair{Platform::Instagram, 40}, std::pair{Platform::TikTok, 28},
    std::pair{Platform::YouTube, 15},   std::pair{Platform::X, 3},
    std::pair{Platform::Twitch, 3},     std::pair{Platform::Blog, 2},
    std::pair{Platform::Facebook, 3},   std::pair{Platform::LinkedIn, 1},
    std::pair{Platform::Pinterest, 3},  std::pair{Platform::Snapchat, 2}};

Platform weightedPlatform(Rng& rng)
{
    int roll = rng.betweenInt(0, 99);
    for (const auto& [platform, weight] : kPlatformWeights) {
        if (roll < weight) {
            return platform;
        }
        roll -= weight;
    }
    return Platform::Instagram;
}

std::string padded(std::int64_t n, std::size_t width)
{
    std::string s = std::to_string(n);
    if (s.size() < width) {
        s.insert(0, width - s.size(), '0');
    }
    return s;
}

// The fixed day the synthetic data is placed around (it has no "today").
Date referenceDay()
{
    return Date::fromYmd(2026, 1, 5);
}

// ---------------------------------------------------------------------------------------------
// Influencers

struct Audience {
    std::int64_t followers = 0;
    int engagementBps = 0; // engagement rate in basis points
    Platform platform = Platform::Instagram;
};

// Followers by tier (nano … mega), as integers so no floating-point function is involved.
Audience drawAudience(Rng& rng)
{
    const int tier = rng.betweenInt(0, 99);
    if (tier < 40) {
        return {rng.between(1000, 9999), rng.betweenInt(300, 900)};
    }
    if (tier < 75) {
        return {rng.between(10000, 99999), rng.betweenInt(200, 700)};
    }
    if (tier < 90) {
        return {rng.between(100000, 499999), rng.betweenInt(150, 500)};
    }
    if (tier < 97) {
        return {rng.between(500000, 999999), rng.betweenInt(120, 350)};
    }
    return {rng.between(1000000, 9999999), rng.betweenInt(80, 250)};
}

core::Influencer makeInfluencer(Rng& rng, std::int64_t number, Date today, Audience& mainAccount)
{
    core::Influencer i;
    i.name = std::string(rng.pick(kFirstNames)) + " " + rng.pick(kLastNames);
    const std::string base = "creator" + padded(number, 6);
    const int handleCount = rng.betweenInt(0, 99) < 50 ? 1 : rng.betweenInt(0, 99) < 70 ? 2 : 3;
    std::vector<Platform> used;
    for (int h = 0; h < handleCount; ++h) {
        Platform platform = weightedPlatform(rng);
        while (std::find(used.begin(), used.end(), platform) != used.end()) {
            platform = weightedPlatform(rng);
        }
        used.push_back(platform);
        const Audience a = drawAudience(rng);
        core::Handle handle;
        handle.platform = platform;
        handle.handle = base;
        if (!rng.chance(4)) {
            handle.followers = a.followers;
        }
        if (!rng.chance(6)) {
            handle.engagementRate = a.engagementBps / 10000.0;
        }
        if (h == 0) {
            mainAccount = a;
            mainAccount.platform = platform;
        }
        i.handles.push_back(std::move(handle));
    }
    const auto& country = rng.pick(kCountries);
    i.country = country.country;
    i.language = country.language;
    if (!rng.chance(10)) {
        i.email = base + "@example.com";
    }
    if (!rng.chance(25)) {
        i.phone = country.phonePrefix + padded(rng.between(0, 9999999), 7);
    }
    const int nicheCount = rng.betweenInt(1, 3);
    for (int n = 0; n < nicheCount; ++n) {
        std::string niche = rng.pick(kNiches);
        if (std::find(i.niches.begin(), i.niches.end(), niche) == i.niches.end()) {
            i.niches.push_back(std::move(niche));
        }
    }
    if (rng.chance(25)) {
        i.contactRoute = core::ContactRoute::Agency;
        i.agencyName = rng.pick(kAgencies);
    }
    i.status = anyOf<core::RelationshipStatus>(rng);
    if (!rng.chance(10)) {
        // About 1 EUR per hundred followers, rounded to 10 EUR, at least 50 EUR.
        const std::int64_t euros = std::max<std::int64_t>(
            50, mainAccount.followers * rng.between(50, 150) / 10000 / 10 * 10);
        i.rate = Money(euros * 100, "EUR");
    }
    i.notes = rng.pick(kNotes);
    if (i.status != core::RelationshipStatus::Prospect) {
        i.lastContact = today.addDays(-rng.betweenInt(0, 400));
    }
    return i;
}

// Writes influencers and their handles with two statements prepared once.
class InfluencerWriter {
public:
    explicit InfluencerWriter(Database& db)
        : m_db(db), m_influencer(db.prepare("INSERT INTO influencer (name, email, phone, country, "
                                            "language, niches, contact_route, agency_name, status, "
                                            "rate_minor, rate_currency, notes, last_contact) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
          m_handle(db.prepare("INSERT INTO handle (influencer_id, position, platform, handle, "
                              "followers, engagement_rate) VALUES (?, ?, ?, ?, ?, ?)"))
    {
    }

    core::Id add(const core::Influencer& i)
    {
        auto& st = m_influencer;
        st.bind(1, i.name).bind(2, i.email).bind(3, i.phone).bind(4, i.country);
        st.bind(5, i.language);
        // Niche tags: one column, one tag per line, as InfluencerRepository stores them.
        std::string niches;
        for (const auto& n : i.niches) {
            niches += (niches.empty() ? "" : "\n") + n;
        }
        st.bind(6, niches);
        bindEnum(st, 7, i.contactRoute);
        st.bind(8, i.agencyName);
        bindEnum(st, 9, i.status);
        if (i.rate) {
            st.bind(10, i.rate->minorUnits()).bind(11, i.rate->currency());
        } else {
            st.bindNull(10).bindNull(11);
        }
        st.bind(12, i.notes);
        bindDate(st, 13, i.lastContact);
        st.run();
        const core::Id id = m_db.lastInsertRowId();
        int position = 0;
        for (const auto& h : i.handles) {
            m_handle.bind(1, id).bind(2, position++);
            bindEnum(m_handle, 3, h.platform);
            m_handle.bind(4, core::normaliseHandle(h.handle));
            m_handle.bind(5, h.followers).bind(6, h.engagementRate);
            m_handle.run();
        }
        return id;
    }

private:
    Database& m_db;
    Statement m_influencer;
    Statement m_handle;
};

// ---------------------------------------------------------------------------------------------
// Campaigns and the money around them

core::Campaign makeCampaign(Rng& rng, std::int64_t number, Date today)
{
    core::Campaign c;
    const char* brand = rng.pick(kBrands);
    c.name = "C" + padded(number, 3) + " " + brand + ": " + rng.pick(kProducts);
    c.brand = brand;
    c.objective = "Synthetic campaign for load testing.";
    const Date start = today.addDays(rng.betweenInt(-300, 120));
    const Date end = start.addDays(rng.betweenInt(30, 150));
    c.start = start;
    c.end = end;
    c.status = end < today     ? (rng.chance(25) ? core::CampaignStatus::Archived
                                                 : core::CampaignStatus::Completed)
               : start > today ? core::CampaignStatus::Planning
                               : core::CampaignStatus::Active;
    const int currency = rng.betweenInt(0, 9);
    c.currency = currency < 8 ? "EUR" : currency < 9 ? "GBP" : "USD";
    c.budget = Money(rng.between(100, 2000) * 10000, c.currency); // 10,000 … 200,000
    c.contingencyPercent = rng.betweenInt(0, 15);
    c.kpiTargets = {{"conversions", static_cast<double>(rng.between(100, 5000))},
                    {"engagement_rate_reach", rng.betweenInt(20, 80) / 1000.0},
                    {"reach", static_cast<double>(rng.between(100, 5000) * 1000)},
                    {"roas", rng.betweenInt(15, 50) / 10.0}};
    return c;
}

// k distinct indexes out of n, in increasing order (Floyd's algorithm).
std::vector<std::int64_t> sample(Rng& rng, std::int64_t n, std::int64_t k)
{
    std::set<std::int64_t> chosen;
    for (std::int64_t j = n - k; j < n; ++j) {
        const std::int64_t t = rng.between(0, j);
        chosen.insert(chosen.count(t) ? j : t);
    }
    return {chosen.begin(), chosen.end()};
}

void addContractsAndMoney(Rng& rng, const core::Campaign& c, const std::vector<core::Id>& members,
                          Date today, ContractRepository& contracts, BudgetRepository& budget)
{
    const auto money = [&](std::int64_t minor) {
        return Money(minor, c.currency);
    };
    std::vector<core::Id> lineIds;
    const int lineCount = rng.betweenInt(3, 6); // each in its own category
    for (int n = 0; n < lineCount; ++n) {
        core::BudgetLine b;
        b.campaignId = c.id;
        b.category = core::enumEntries<core::BudgetCategory>()[static_cast<std::size_t>(n)].value;
        b.description = std::string(core::toLabel(b.category)) + " " + std::to_string(n + 1);
        b.planned = money(rng.between(5, 400) * 10000);
        b.committed = money(b.planned.minorUnits() * rng.between(0, 100) / 100);
        b.fromContingency = n == lineCount - 1 && rng.chance(30);
        budget.addLine(b);
        lineIds.push_back(b.id);
    }

    // Contracts with a few of the members, each paid in one or two instalments.
    std::vector<core::Id> chosen = members;
    for (std::size_t n = chosen.size(); n > 1; --n) {
        std::swap(chosen[n - 1], chosen[rng.index(n)]);
    }
    chosen.resize(std::min<std::size_t>(chosen.size(), rng.index(6) + 3));
    const Date start = c.start.value_or(today);
    for (const core::Id influencerId : chosen) {
        core::Contract k;
        k.campaignId = c.id;
        k.influencerId = influencerId;
        k.status = anyOf<core::ContractStatus>(rng);
        if (k.isSigned()) {
            k.signedDate = start.addDays(rng.betweenInt(-20, 10));
        }
        k.scope = "Synthetic deliverables.";
        // Not drawn from `rng`, so that the rest of the generated data stays as it was.
        k.assignee = kAssignees[static_cast<std::size_t>(influencerId) % kAssignees.size()];
        k.compensation = anyOf<core::CompensationModel>(rng);
        switch (k.compensation) {
        case core::CompensationModel::FlatFee:
            k.fee = money(rng.between(2, 200) * 5000);
            break;
        case core::CompensationModel::Performance:
            k.performanceBasis = rng.pick(std::array{core::PerformanceBasis::PerConversion,
                                                     core::PerformanceBasis::PerClick,
                                                     core::PerformanceBasis::RevenueShare});
            if (k.performanceBasis == core::PerformanceBasis::RevenueShare) {
                k.revenueSharePercent = rng.betweenInt(5, 20);
            } else {
                k.performanceRate = money(rng.between(10, 800));
            }
            break;
        case core::CompensationModel::Hybrid:
            k.fee = money(rng.between(2, 100) * 5000);
            k.performanceBasis = core::PerformanceBasis::PerConversion;
            k.performanceRate = money(rng.between(50, 400));
            k.bonus = money(rng.between(1, 20) * 10000);
            k.bonusThreshold = rng.between(50, 1000);
            break;
        case core::CompensationModel::Gifting:
            k.productValue = money(rng.between(20, 500) * 100);
            k.shipments.push_back({"Product kit", "", rng.betweenInt(0, 2),
                                   start.addDays(rng.betweenInt(-10, 5)), std::nullopt});
            break;
        }
        k.upfrontPercent = rng.chance(50) ? rng.betweenInt(1, 5) * 10 : 0;
        k.payOnDelivery = rng.chance(30);
        k.paymentNetDays = rng.pick(std::array{15, 30, 45, 60});
        k.usageRightsMonths = rng.pick(std::array{0, 3, 6, 12});
        const int deliverables = rng.betweenInt(1, 3);
        for (int d = 0; d < deliverables; ++d) {
            k.deliverables.push_back({anyOf<core::ContentType>(rng), weightedPlatform(rng),
                                      rng.betweenInt(1, 4), start.addDays(rng.betweenInt(0, 60))});
        }
        contracts.add(k);

        const int instalments = rng.betweenInt(1, 2);
        for (int n = 0; n < instalments; ++n) {
            core::Payment p;
            p.campaignId = c.id;
            p.contractId = k.id;
            p.budgetLineId = lineIds.front(); // influencer fees
            p.description = "Instalment " + std::to_string(n + 1);
            p.amount = money(rng.between(100, 5000) * 100);
            p.dueDate = start.addDays(rng.betweenInt(0, 90));
            if (*p.dueDate < today && rng.chance(80)) {
                p.paidDate = p.dueDate->addDays(rng.betweenInt(-3, 10));
            }
            budget.addPayment(p);
        }
    }
    const int otherPayments = rng.betweenInt(1, 3);
    for (int n = 0; n < otherPayments; ++n) {
        core::Payment p;
        p.campaignId = c.id;
        p.budgetLineId = lineIds[rng.index(lineIds.size())];
        p.description = "Invoice " + std::to_string(n + 1);
        p.amount = money(rng.between(50, 3000) * 100);
        p.dueDate = start.addDays(rng.betweenInt(0, 90));
        if (*p.dueDate < today && rng.chance(70)) {
            p.paidDate = p.dueDate;
        }
        budget.addPayment(p);
    }
}

// ---------------------------------------------------------------------------------------------
// Work breakdown structure

struct Node {
    int parent = -1;
    int childCount = 0;
    core::Task task;
};

// A forest of `count` tasks in outline order (parents before their children): deliverables
// with 2 … 8 children, a quarter of which have 1 … 4 children of their own (depth up to 3).
std::vector<Node> buildTree(Rng& rng, std::int64_t count)
{
    std::vector<Node> nodes;
    nodes.reserve(static_cast<std::size_t>(count));
    int deliverables = 0;
    const auto add = [&](int parent) {
        Node n;
        n.parent = parent;
        if (parent >= 0) {
            ++nodes[static_cast<std::size_t>(parent)].childCount;
        }
        nodes.push_back(std::move(n));
        return static_cast<int>(nodes.size()) - 1;
    };
    while (static_cast<std::int64_t>(nodes.size()) < count) {
        const int top = add(-1);
        const std::string phase =
            std::string(kPhases[static_cast<std::size_t>(deliverables) % kPhases.size()]);
        const int round = deliverables / static_cast<int>(kPhases.size());
        nodes[static_cast<std::size_t>(top)].task.name =
            round == 0 ? phase : phase + " " + std::to_string(round + 1);
        ++deliverables;
        const int kids = rng.betweenInt(2, 8);
        for (int k = 0; k < kids && static_cast<std::int64_t>(nodes.size()) < count; ++k) {
            const int child = add(top);
            if (rng.chance(25)) {
                const int grandkids = rng.betweenInt(1, 4);
                for (int g = 0; g < grandkids && static_cast<std::int64_t>(nodes.size()) < count;
                     ++g) {
                    add(child);
                }
            }
        }
    }
    return nodes;
}

// Fills in every task: leaves spread over the campaign's dates with a status that fits the
// reference day, summary tasks rolled up from their children.
void describeTasks(Rng& rng, std::vector<Node>& nodes, const core::Campaign& c,
                   const std::vector<core::Id>& members, Date today)
{
    const Date start = c.start.value_or(today);
    const int span = std::max(1, start.daysUntil(c.end.value_or(start.addDays(90))));
    std::size_t leaves = 0;
    for (const auto& n : nodes) {
        leaves += n.childCount == 0 ? 1 : 0;
    }
    std::size_t leaf = 0;
    std::vector<int> position(nodes.size() + 1, 0);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        auto& n = nodes[i];
        auto& t = n.task;
        t.campaignId = c.id;
        t.position = position[static_cast<std::size_t>(n.parent + 1)]++;
        t.costEstimate = Money::zero(c.currency);
        if (n.parent >= 0) {
            t.phase = nodes[static_cast<std::size_t>(n.parent)].task.phase;
            t.name = std::string(rng.pick(kVerbs)) + " " + rng.pick(kObjects) + " " +
                     std::to_string(i + 1);
        } else {
            t.phase = t.name;
        }
        t.ownerRole = anyOf<core::OwnerRole>(rng);
        t.assignee = rng.pick(kAssignees);
        if (n.childCount > 0) {
            t.kind = core::TaskKind::Deliverable;
            continue;
        }
        t.kind = n.parent < 0     ? core::TaskKind::Deliverable
                 : rng.chance(10) ? core::TaskKind::Milestone
                                  : core::TaskKind::Task;
        const auto offset = static_cast<int>(static_cast<std::int64_t>(leaf++) * span /
                                             static_cast<std::int64_t>(leaves));
        t.plannedStart = start.addDays(offset + rng.betweenInt(-2, 2));
        t.durationDays = t.kind == core::TaskKind::Milestone ? 0 : rng.betweenInt(1, 12);
        t.bufferDays = rng.chance(20) ? rng.betweenInt(1, 3) : 0;
        t.costEstimate = Money(rng.between(0, 300) * 1000, c.currency);
        const Date finish = *t.plannedFinish();
        const int roll = rng.betweenInt(0, 99);
        if (roll < 2) {
            t.status = core::TaskStatus::Cancelled;
        } else if (roll < 4) {
            t.status = core::TaskStatus::Blocked;
            t.actualStart = t.plannedStart;
        } else if (finish < today && roll < 90) {
            t.status = core::TaskStatus::Done;
            t.actualStart = t.plannedStart;
            t.actualFinish = std::max(*t.actualStart, finish.addDays(rng.betweenInt(-1, 3)));
            t.percentComplete = 100;
        } else if (*t.plannedStart <= today) {
            t.status = core::TaskStatus::InProgress;
            t.actualStart = t.plannedStart;
            t.percentComplete = rng.betweenInt(1, 19) * 5;
        }
        if (!members.empty() && rng.chance(10)) {
            t.influencerId = members[rng.index(members.size())];
        }
    }
    // Children come after their parent, so a reverse pass sees every child before its parent.
    struct Span {
        std::optional<Date> start, finish, actualStart, actualFinish;
        double percent = 0;
        int counted = 0;
        bool allDone = true;
        bool started = false;
    };
    std::vector<Span> spans(nodes.size());
    for (std::size_t i = nodes.size(); i-- > 0;) {
        auto& t = nodes[i].task;
        const auto& s = spans[i];
        if (nodes[i].childCount > 0 && s.start) {
            t.plannedStart = s.start;
            t.durationDays = s.start->daysUntil(*s.finish) + 1;
            const bool done = s.allDone && s.counted > 0;
            t.status = done        ? core::TaskStatus::Done
                       : s.started ? core::TaskStatus::InProgress
                                   : core::TaskStatus::NotStarted;
            t.percentComplete = done ? 100.0 : s.counted ? s.percent / s.counted : 0.0;
            t.actualStart = s.actualStart;
            t.actualFinish = done ? s.actualFinish : std::nullopt;
        }
        if (nodes[i].parent < 0) {
            continue;
        }
        auto& p = spans[static_cast<std::size_t>(nodes[i].parent)];
        const Date from = *t.plannedStart;
        const Date to = *t.plannedFinish();
        p.start = p.start ? std::min(*p.start, from) : from;
        p.finish = p.finish ? std::max(*p.finish, to) : to;
        if (t.actualStart) {
            p.actualStart =
                p.actualStart ? std::min(*p.actualStart, *t.actualStart) : *t.actualStart;
            p.started = true;
        }
        if (t.actualFinish) {
            p.actualFinish =
                p.actualFinish ? std::max(*p.actualFinish, *t.actualFinish) : *t.actualFinish;
        }
        if (t.status != core::TaskStatus::Cancelled) {
            p.percent += t.percentComplete;
            ++p.counted;
            p.allDone = p.allDone && t.status == core::TaskStatus::Done;
        }
    }
}

// About two dependencies per task, between leaf tasks only (a link between a summary task and
// its own subtasks makes no sense), always from an earlier to a later task of the outline, so
// they can never form a cycle; no pair twice.
std::vector<std::pair<int, int>> pickDependencies(Rng& rng, const std::vector<Node>& nodes)
{
    std::vector<int> leaves;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].childCount == 0) {
            leaves.push_back(static_cast<int>(i));
        }
    }
    const auto l = static_cast<std::int64_t>(leaves.size());
    const std::int64_t possible = l * (l - 1) / 2;
    const std::int64_t target =
        std::min<std::int64_t>(2 * static_cast<std::int64_t>(nodes.size()), possible);
    std::set<std::pair<int, int>> pairs; // indexes into `leaves`
    if (target <= 0) {
        return {};
    }
    if (possible <= 4 * target) {
        // Dense: take a random subset of all pairs.
        std::vector<std::pair<int, int>> all;
        for (int a = 0; a < l; ++a) {
            for (int b = a + 1; b < l; ++b) {
                all.emplace_back(a, b);
            }
        }
        for (std::size_t n = all.size(); n > 1; --n) {
            std::swap(all[n - 1], all[rng.index(n)]);
        }
        pairs.insert(all.begin(), all.begin() + target);
    } else {
        // Sparse: each leaf picks recent predecessors; the window widens each round.
        for (int round = 0; static_cast<std::int64_t>(pairs.size()) < target; ++round) {
            for (int b = 1; b < l && static_cast<std::int64_t>(pairs.size()) < target; ++b) {
                const int window = std::min(b, 6 + 6 * round);
                pairs.emplace(b - rng.betweenInt(1, window), b);
                if (round == 0 && static_cast<std::int64_t>(pairs.size()) < target) {
                    pairs.emplace(b - rng.betweenInt(1, window), b);
                }
            }
        }
    }
    std::vector<std::pair<int, int>> out;
    out.reserve(pairs.size());
    for (const auto& [a, b] : pairs) {
        out.emplace_back(leaves[static_cast<std::size_t>(a)], leaves[static_cast<std::size_t>(b)]);
    }
    // By successor, then predecessor: the order the rows are written in.
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
        return std::tie(x.second, x.first) < std::tie(y.second, y.first);
    });
    return out;
}

class TaskWriter {
public:
    explicit TaskWriter(Database& db)
        : m_db(db),
          m_task(db.prepare("INSERT INTO task (campaign_id, parent_id, position, name, kind, "
                            "phase, owner_role, assignee, status, planned_start, duration_days, "
                            "actual_start, actual_finish, percent_complete, cost_minor, "
                            "buffer_days, influencer_id, notes) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
          m_dependency(db.prepare("INSERT INTO dependency (predecessor_id, successor_id, type, "
                                  "lag_days) VALUES (?, ?, ?, ?)"))
    {
    }

    core::Id add(const core::Task& t)
    {
        auto& st = m_task;
        st.bind(1, t.campaignId).bind(2, t.parentId).bind(3, t.position).bind(4, t.name);
        bindEnum(st, 5, t.kind);
        st.bind(6, t.phase);
        bindEnum(st, 7, t.ownerRole);
        st.bind(8, t.assignee);
        bindEnum(st, 9, t.status);
        bindDate(st, 10, t.plannedStart);
        st.bind(11, t.durationDays);
        bindDate(st, 12, t.actualStart);
        bindDate(st, 13, t.actualFinish);
        st.bind(14, t.percentComplete).bind(15, t.costEstimate.minorUnits());
        st.bind(16, t.bufferDays).bind(17, t.influencerId).bind(18, t.notes);
        st.run();
        return m_db.lastInsertRowId();
    }

    void add(const core::Dependency& d)
    {
        m_dependency.bind(1, d.predecessorId).bind(2, d.successorId);
        bindEnum(m_dependency, 3, d.type);
        m_dependency.bind(4, d.lagDays);
        m_dependency.run();
    }

private:
    Database& m_db;
    Statement m_task;
    Statement m_dependency;
};

void addTasks(const GeneratorSpec& spec, std::int64_t campaignIndex, std::int64_t count,
              const core::Campaign& c, const std::vector<core::Id>& members, Date today,
              TaskWriter& writer)
{
    Rng rng(spec.seed, kTasks, static_cast<std::uint64_t>(campaignIndex));
    std::vector<Node> nodes = buildTree(rng, count);
    describeTasks(rng, nodes, c, members, today);
    std::vector<core::Id> ids(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        auto& t = nodes[i].task;
        if (nodes[i].parent >= 0) {
            t.parentId = ids[static_cast<std::size_t>(nodes[i].parent)];
        }
        ids[i] = writer.add(t);
    }
    Rng deps(spec.seed, kDependencies, static_cast<std::uint64_t>(campaignIndex));
    for (const auto& [from, to] : pickDependencies(deps, nodes)) {
        core::Dependency d;
        d.predecessorId = ids[static_cast<std::size_t>(from)];
        d.successorId = ids[static_cast<std::size_t>(to)];
        const int roll = deps.betweenInt(0, 99);
        d.type = roll < 80   ? core::DependencyType::FS
                 : roll < 90 ? core::DependencyType::SS
                 : roll < 98 ? core::DependencyType::FF
                             : core::DependencyType::SF;
        d.lagDays = deps.chance(75) ? 0 : deps.betweenInt(-2, 5);
        writer.add(d);
    }
}

// ---------------------------------------------------------------------------------------------
// Content

class ContentWriter {
public:
    explicit ContentWriter(Database& db)
        : m_insert(db.prepare(
              "INSERT INTO content_item (campaign_id, influencer_id, platform, type, title, "
              "planned_date, published_date, url, approval, impressions, reach, likes, comments, "
              "shares, saves, clicks, conversions, revenue_minor, brand_mentions) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    {
    }

    void add(const core::ContentItem& c)
    {
        auto& st = m_insert;
        st.bind(1, c.campaignId).bind(2, c.influencerId);
        bindEnum(st, 3, c.platform);
        bindEnum(st, 4, c.type);
        st.bind(5, c.title);
        bindDate(st, 6, c.plannedDate);
        bindDate(st, 7, c.publishedDate);
        st.bind(8, c.url);
        bindEnum(st, 9, c.approval);
        const auto& m = c.metrics;
        st.bind(10, m.impressions).bind(11, m.reach).bind(12, m.likes).bind(13, m.comments);
        st.bind(14, m.shares).bind(15, m.saves).bind(16, m.clicks).bind(17, m.conversions);
        if (m.revenue) {
            st.bind(18, m.revenue->minorUnits());
        } else {
            st.bindNull(18);
        }
        st.bind(19, m.brandMentions);
        st.run();
    }

private:
    Statement m_insert;
};

core::ContentType typeFor(Rng& rng, Platform platform)
{
    using core::ContentType;
    switch (platform) {
    case Platform::Instagram: {
        // Reels, posts and stories in equal parts; the odd live session.
        constexpr std::array types{ContentType::Post,  ContentType::Post,  ContentType::Post,
                                   ContentType::Reel,  ContentType::Reel,  ContentType::Reel,
                                   ContentType::Story, ContentType::Story, ContentType::Story,
                                   ContentType::Live};
        return rng.pick(types);
    }
    case Platform::TikTok:
    case Platform::YouTube:
    case Platform::Twitch:
        return rng.chance(90) ? ContentType::Video : ContentType::Live;
    case Platform::Blog:
        return ContentType::BlogArticle;
    case Platform::Snapchat:
        return ContentType::Story;
    default:
        return rng.chance(70) ? ContentType::Post : ContentType::Video;
    }
}

void addContent(const GeneratorSpec& spec, std::int64_t campaignIndex, std::int64_t count,
                const core::Campaign& c, const std::vector<core::Id>& members,
                const std::vector<Audience>& audiences, Date today, ContentWriter& writer)
{
    Rng rng(spec.seed, kContent, static_cast<std::uint64_t>(campaignIndex));
    const Date start = c.start.value_or(today);
    const int span = std::max(1, start.daysUntil(c.end.value_or(start.addDays(90))));
    const Audience brandAccount{50000, 200, Platform::Instagram};
    core::ContentItem item;
    item.campaignId = c.id;
    for (std::int64_t n = 0; n < count; ++n) {
        item.influencerId.reset();
        Audience audience = brandAccount;
        if (!members.empty() && !rng.chance(3)) {
            const core::Id id = members[rng.index(members.size())];
            item.influencerId = id;
            audience = audiences[static_cast<std::size_t>(id - 1)];
        }
        item.platform = rng.chance(85) ? audience.platform : weightedPlatform(rng);
        item.type = typeFor(rng, item.platform);
        item.title = std::string(core::toLabel(item.type)) + ": " + rng.pick(kTopics) + " #" +
                     std::to_string(n + 1);
        item.plannedDate = start.addDays(rng.betweenInt(0, span));
        item.publishedDate.reset();
        item.url.clear();
        item.metrics = {};
        if (*item.plannedDate < today && !rng.chance(8)) {
            item.approval = core::ApprovalStatus::Published;
            item.publishedDate =
                std::min(today.addDays(-1), item.plannedDate->addDays(rng.betweenInt(0, 2)));
            item.url = "https://example.com/" + std::string(core::toKey(item.platform)) + "/" +
                       std::to_string(c.id) + "-" + std::to_string(n + 1);
            if (rng.chance(95)) {
                auto& m = item.metrics;
                const std::int64_t reach =
                    std::max<std::int64_t>(50, audience.followers * rng.between(5, 60) / 100);
                const std::int64_t likes = reach * audience.engagementBps / 10000;
                m.reach = reach;
                m.impressions = reach * rng.between(105, 190) / 100;
                m.shares = likes * rng.between(1, 10) / 100;
                m.clicks = reach * rng.between(2, 30) / 1000;
                m.conversions = *m.clicks * rng.between(1, 8) / 100;
                m.revenue = Money(*m.conversions * rng.between(1500, 8000), c.currency);
                if (item.type != core::ContentType::Story) {
                    m.likes = likes;
                    m.comments = likes * rng.between(1, 6) / 100;
                    m.saves = likes * rng.between(2, 15) / 100;
                    m.brandMentions = rng.between(0, 10);
                }
            }
        } else {
            item.approval = rng.pick(
                std::array{core::ApprovalStatus::Draft, core::ApprovalStatus::Submitted,
                           core::ApprovalStatus::ChangesRequested, core::ApprovalStatus::Approved});
        }
        writer.add(item);
    }
}

std::int64_t share(std::int64_t total, std::int64_t parts, std::int64_t index)
{
    return total / parts + (index < total % parts ? 1 : 0);
}

} // namespace

void generate(Workbook& workbook, const GeneratorSpec& spec)
{
    Database& db = workbook.db();
    const Date today = referenceDay();
    const std::int64_t influencerCount = std::max<std::int64_t>(0, spec.influencers);
    const std::int64_t campaignCount = std::max<std::int64_t>(0, spec.campaigns);
    const std::int64_t taskCount = std::max<std::int64_t>(0, spec.tasks);
    const std::int64_t postCount = std::max<std::int64_t>(0, spec.posts);

    Transaction tx(db);
    CampaignRepository campaigns(db);
    InfluencerRepository influencers(db);
    ContractRepository contracts(db);
    BudgetRepository budget(db);
    InfluencerWriter influencerWriter(db);
    TaskWriter taskWriter(db);
    ContentWriter contentWriter(db);

    // The roster. Ids are 1 … n in a new workbook; `audiences[id - 1]` remembers each main
    // account so that content gets plausible numbers.
    std::vector<Audience> audiences;
    std::vector<core::Id> influencerIds;
    audiences.reserve(static_cast<std::size_t>(influencerCount));
    influencerIds.reserve(static_cast<std::size_t>(influencerCount));
    {
        Rng rng(spec.seed, kInfluencers);
        for (std::int64_t n = 0; n < influencerCount; ++n) {
            Audience mainAccount;
            const core::Influencer i = makeInfluencer(rng, n + 1, today, mainAccount);
            influencerIds.push_back(influencerWriter.add(i));
            audiences.push_back(mainAccount);
        }
    }
    if (!influencerIds.empty() &&
        influencerIds.back() != static_cast<core::Id>(influencerIds.size())) {
        // Not a fresh workbook: index the audiences by position instead of by id.
        std::vector<Audience> byId(static_cast<std::size_t>(influencerIds.back()));
        for (std::size_t n = 0; n < influencerIds.size(); ++n) {
            byId[static_cast<std::size_t>(influencerIds[n] - 1)] = audiences[n];
        }
        audiences = std::move(byId);
    }

    // The people the tasks and contracts are assigned to.
    {
        TeamRepository team(db);
        constexpr std::array kRoles{core::OwnerRole::Strategy,          core::OwnerRole::Operations,
                                    core::OwnerRole::CreatorManagement, core::OwnerRole::Analytics,
                                    core::OwnerRole::CreatorManagement, core::OwnerRole::Analytics};
        static_assert(kRoles.size() == kAssignees.size());
        for (std::size_t n = 0; n < kAssignees.size(); ++n) {
            if (!team.findByName(kAssignees[n])) {
                core::TeamMember m;
                m.name = kAssignees[n];
                m.roles = {kRoles[n]};
                team.add(m);
            }
        }
    }

    Rng campaignRng(spec.seed, kCampaigns);
    for (std::int64_t n = 0; n < campaignCount; ++n) {
        core::Campaign c = makeCampaign(campaignRng, n + 1, today);
        campaigns.add(c);

        Rng memberRng(spec.seed, kMembers, static_cast<std::uint64_t>(n));
        const std::int64_t memberCount =
            std::min<std::int64_t>(influencerCount, memberRng.between(10, 50));
        std::vector<core::Id> members;
        for (const std::int64_t index : sample(memberRng, influencerCount, memberCount)) {
            core::CampaignMember m;
            m.campaignId = c.id;
            m.influencerId = influencerIds[static_cast<std::size_t>(index)];
            m.stage = anyOf<core::PipelineStage>(memberRng);
            influencers.addMember(m);
            members.push_back(m.influencerId);
        }

        Rng moneyRng(spec.seed, kMoney, static_cast<std::uint64_t>(n));
        addContractsAndMoney(moneyRng, c, members, today, contracts, budget);
        addTasks(spec, n, share(taskCount, campaignCount, n), c, members, today, taskWriter);
        addContent(spec, n, share(postCount, campaignCount, n), c, members, audiences, today,
                   contentWriter);
    }
    tx.commit();
}

} // namespace cd::storage
