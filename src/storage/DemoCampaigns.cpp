// The three campaigns of the demo workbook, as tables (see DemoPlan.h for the row types and
// DemoData.cpp for how they are written). Lumen Cosmetics runs an SPF launch now, plans an
// autumn campaign and finished a winter capsule last year.

#include "DemoPlan.h"

namespace cd::storage::demo {

namespace {

constexpr auto IG = Platform::Instagram;
constexpr auto TT = Platform::TikTok;
constexpr auto YT = Platform::YouTube;
constexpr auto Blog = Platform::Blog;
constexpr auto Del = TaskKind::Deliverable;
constexpr auto Tsk = TaskKind::Task;
constexpr auto Ms = TaskKind::Milestone;
constexpr auto Strategy = OwnerRole::Strategy;
constexpr auto Creators = OwnerRole::CreatorManagement;
constexpr auto Analytics = OwnerRole::Analytics;
constexpr auto Ops = OwnerRole::Operations;
constexpr auto Done = TaskStatus::Done;
constexpr auto Doing = TaskStatus::InProgress;
constexpr auto Todo = TaskStatus::NotStarted;
constexpr auto FS = DependencyType::FS;
constexpr auto SS = DependencyType::SS;
constexpr auto FF = DependencyType::FF;

} // namespace

// ---------------------------------------------------------------------------------------------
// Summer Glow SPF Launch: live for a month, two months to go.

CampaignPlan summerGlow(core::Date today)
{
    CampaignPlan p;
    auto& c = p.campaign;
    c.name = "Summer Glow SPF Launch";
    c.brand = "Lumen Cosmetics";
    c.objective = "Launch the SPF 50 Glow Fluid and SPF 30 Tinted in Italy, Spain, France, "
                  "Germany and the UK: make daily SPF feel like skincare, not a beach chore, and "
                  "drive 1,500 first orders through creator codes at a ROAS of 3.";
    c.start = today.addDays(-30);
    c.end = today.addDays(60);
    c.status = core::CampaignStatus::Active;
    c.budget = core::Money(45000_eur, "EUR");
    c.contingencyPercent = 10;
    c.kpiTargets = {{"reach", 2000000},
                    {"engagement_rate_reach", 0.045},
                    {"conversions", 1500},
                    {"roas", 3.0},
                    {"cpe", 0.25}};

    p.members = {
        {"Giulia Romano", PipelineStage::Live, "Hero creator for Italy."},
        {"Zoë Bianchi", PipelineStage::Live, "Started posting before the contract was signed."},
        {"Lucía Fernández", PipelineStage::Live},
        {"Léa Moreau", PipelineStage::Live, "Revenue share, code LEA15."},
        {"Carmen Ruiz", PipelineStage::Paid, "Gifting only."},
        {"Emily Carter", PipelineStage::Paid, "Invoice overdue: chase accounts payable."},
        {"Alessia Conti", PipelineStage::InProduction, "Portofino shoot booked."},
        {"Lena Schmidt", PipelineStage::InProduction},
        {"Camille Laurent", PipelineStage::Contracted, "French INCI list sent."},
        {"Sophie Wagner", PipelineStage::Negotiating, "Counter-offer on the bonus threshold."},
        {"Paula Navarro", PipelineStage::Negotiating},
        {"Amara Okafor", PipelineStage::Contacted, "Interested; waiting for the draft."},
        {"Marco Ferri", PipelineStage::Contacted, "Talks stopped over usage rights."},
        {"Chiara Esposito", PipelineStage::Shortlisted},
        {"<b>Bold</b> Beauty", PipelineStage::Shortlisted, "Check audience location first."},
    };

    // clang-format off
    p.tasks = {
        {"research", nullptr, Del, "Influencer research", Strategy, "Marta"},
        {"persona", "research", Tsk, "Define creator persona and selection criteria",
         Strategy, "Marta", Done, -30, 3, 100, 0, 400_eur},
        {"longlist", "research", Tsk, "Long-list 60 creators in IT, ES, FR, DE and UK",
         Creators, "Sofia", Done, -27, 6, 100, 1, 900_eur, 2},
        {"audit", "research", Tsk, "Audit audiences and fake followers",
         Analytics, "Daniel", Done, -24, 5, 100, 0, 650_eur, 0, nullptr,
         "Two creators dropped: over 30 % of followers outside Europe."},
        {"shortlist", "research", Ms, "Shortlist approved by the brand",
         Strategy, "Marta", Done, -19, 0},

        {"planning", nullptr, Del, "Planning and strategy", Strategy, "Marta"},
        {"brief", "planning", Tsk, "Write the creative brief and key messages",
         Strategy, "Marta", Done, -27, 5, 100, 0, 1200_eur},
        {"kpis", "planning", Tsk, "Set KPI targets, UTM links and discount codes",
         Analytics, "Daniel", Done, -24, 4, 100, 0, 500_eur},
        {"calendar", "planning", Tsk, "Build the content calendar across five markets",
         Ops, "Luca", Doing, -21, 6, 80, 0, 350_eur, 0, nullptr, "UK dates still open."},
        {"signoff", "planning", Ms, "Brief signed off", Strategy, "Marta", Done, -15, 0},

        {"contracting", nullptr, Del, "Contracting and negotiation", Creators, "Sofia"},
        {"offers", "contracting", Tsk, "Send offers and rate cards",
         Creators, "Sofia", Done, -18, 5, 100, 0, 300_eur},
        {"negotiate", "contracting", Tsk, "Negotiate fees, usage rights and exclusivity",
         Creators, "Sofia", Doing, -16, 14, 70, 0, 800_eur, 3},
        {"legal", "contracting", Tsk, "Legal review of the contracts",
         Ops, "Luca", Doing, -12, 10, 60, 0, 1500_eur, 2},
        {"kits", "contracting", Tsk, "Ship the SPF product kits",
         Ops, "Luca", Done, -17, 8, 100, 2, 1850_eur},
        {"signed", "contracting", Ms, "All contracts signed", Creators, "Sofia", Todo, 5, 0},

        {"creation", nullptr, Del, "Content creation", Creators, "Sofia"},
        {"briefing", "creation", Tsk, "Briefing calls with every creator",
         Creators, "Sofia", Done, -14, 10, 100, 0, 400_eur},
        {"hero", "creation", Tsk, "Hero reel shoot with Giulia Romano",
         Creators, "Sofia", Done, -10, 5, 100, -1, 2500_eur, 0, "Giulia Romano"},
        {"drafts", "creation", Tsk, "Review first-wave drafts",
         Strategy, "Marta", Doing, -12, 10, 60, 0, 600_eur, 2, nullptr,
         "Claims about SPF need the lab reference."},
        {"wave2prod", "creation", Tsk, "Second-wave content production",
         Creators, "Sofia", Doing, 0, 21, 10, 0, 3000_eur, 5},
        {"whitelist", "creation", Tsk, "Whitelisting and ad permissions",
         Ops, "Luca", TaskStatus::Blocked, 6, 5, 0, 0, 200_eur, 0, nullptr,
         "Blocked: waiting for partnership-ads access from two creators."},
        {"approved", "creation", Ms, "All content approved", Strategy, "Marta", Todo, 28, 0},

        {"execution", nullptr, Del, "Campaign execution", Creators, "Sofia"},
        {"wave1", "execution", Tsk, "Wave 1 go-live: Italy and Spain",
         Creators, "Sofia", Doing, -10, 14, 80, 0, 500_eur},
        {"moderation", "execution", Tsk, "Community management and comment moderation",
         Ops, "Luca", Doing, -10, 60, 30, 0, 1800_eur},
        {"boost", "execution", Tsk, "Paid boosting of the top performers",
         Analytics, "Daniel", Todo, 4, 30, 0, 0, 4200_eur, 3},
        {"wave2", "execution", Tsk, "Wave 2 go-live: France, Germany and the UK",
         Creators, "Sofia", Todo, 29, 21, 0, 0, 500_eur, 2},
        {"camille", "execution", Tsk, "Camille Laurent YouTube review goes live",
         Creators, "Sofia", Todo, 30, 3, 0, 0, 0, 0, "Camille Laurent"},
        {"wrap", "execution", Ms, "Last post live", Creators, "Sofia", Todo, 50, 0},

        {"evaluation", nullptr, Del, "Performance evaluation", Analytics, "Daniel"},
        {"dashboard", "evaluation", Tsk, "Weekly KPI dashboard",
         Analytics, "Daniel", Doing, -7, 60, 20, 0, 900_eur},
        {"midreview", "evaluation", Tsk, "Mid-campaign review with the brand",
         Strategy, "Marta", Todo, 14, 1, 0, 0, 150_eur},
        {"brandlift", "evaluation", Tsk, "Brand-lift survey",
         Analytics, "Daniel", TaskStatus::Cancelled, 20, 10, 0, 0, 0, 0, nullptr,
         "Cancelled: the budget moved to paid boosting."},
        {"report", "evaluation", Tsk, "Final report and learnings",
         Analytics, "Daniel", Todo, 51, 7, 0, 0, 700_eur, 1},
        {"delivered", "evaluation", Ms, "Report delivered to Lumen",
         Strategy, "Marta", Todo, 59, 0},
    };

    p.dependencies = {
        {"persona", "longlist", FS, 0},  {"audit", "shortlist", FS, 0},
        {"brief", "kpis", FF, 2},        {"brief", "calendar", FS, 1},
        {"shortlist", "offers", FS, 0},  {"offers", "negotiate", SS, 2},
        {"negotiate", "legal", FF, 0},   {"legal", "signed", FS, 7},
        {"offers", "briefing", SS, 4},   {"briefing", "hero", SS, 4},
        {"drafts", "wave2prod", FS, -2}, {"wave2prod", "approved", FS, 7},
        {"hero", "wave1", SS, 0},        {"approved", "wave2", FS, 0},
        {"wave1", "boost", FS, 0},       {"wave2", "wrap", FF, 1},
        {"wrap", "report", FS, 0},       {"report", "delivered", FS, 1},
    };
    // clang-format on

    p.contracts = {
        {.influencer = "Giulia Romano",
         .status = ContractStatus::Active,
         .signedOn = -26,
         .scope = "Hero creator for Italy: launch reel, TikTok test, stories and a YouTube review.",
         .compensation = CompensationModel::Hybrid,
         .fee = 3500_eur,
         .basis = PerformanceBasis::PerConversion,
         .rate = 150_ct,
         .bonus = 1000_eur,
         .bonusThreshold = 400,
         .upfront = 30,
         .exclusivity = "Sun care",
         .exclusiveFrom = -26,
         .exclusiveTo = 90,
         .usageMonths = 6,
         .deliverables = {{ContentType::Reel, IG, 2, -25},
                          {ContentType::Video, TT, 1, -20},
                          {ContentType::Story, IG, 3, -11},
                          {ContentType::Video, YT, 1, -1}},
         .shipments = {{"SPF 50 Glow Fluid x3, SPF 30 Tinted x2", "Tinted: shade 02", 1, -16, -14}},
         .notes = "Bonus of 1,000 EUR once her codes pass 400 orders."},
        {.influencer = "Zoë Bianchi",
         .status = ContractStatus::Active,
         .signedOn = -20,
         .scope = "Performance partnership: two reels and one TikTok with code ZOE10.",
         .compensation = CompensationModel::Performance,
         .basis = PerformanceBasis::PerConversion,
         .rate = 400_ct,
         .netDays = 15,
         .usageMonths = 3,
         .deliverables = {{ContentType::Reel, IG, 2, 3}, {ContentType::Video, TT, 1, -16}},
         .notes = "Her teaser story went out before she signed."},
        {.influencer = "Lucía Fernández",
         .status = ContractStatus::Active,
         .signedOn = -28,
         .scope = "Spain lead: reels, TikToks and a live session.",
         .fee = 2800_eur,
         .upfront = 50,
         .exclusivity = "Sun care",
         .exclusiveFrom = -28,
         .exclusiveTo = 60,
         .usageMonths = 6,
         .deliverables = {{ContentType::Reel, IG, 1, -26},
                          {ContentType::Video, TT, 2, -17},
                          {ContentType::Live, TT, 1, -1}},
         .shipments = {{"SPF 30 Tinted x4", "Shades 01 and 02", 1, -17, -15}}},
        {.influencer = "Léa Moreau",
         .status = ContractStatus::Active,
         .signedOn = -22,
         .scope = "Revenue share on code LEA15: posts, reels and a blog article.",
         .compensation = CompensationModel::Performance,
         .basis = PerformanceBasis::RevenueShare,
         .revenueShare = 12,
         .netDays = 15,
         .usageMonths = 3,
         .deliverables = {{ContentType::Post, IG, 1, -21},
                          {ContentType::Reel, IG, 1, -12},
                          {ContentType::BlogArticle, Blog, 1, 8}}},
        {.influencer = "Carmen Ruiz",
         .status = ContractStatus::Completed,
         .signedOn = -35,
         .scope = "Gifted kit in exchange for an honest reel and a story.",
         .compensation = CompensationModel::Gifting,
         .productValue = 240_eur,
         .usageMonths = 1,
         .deliverables = {{ContentType::Reel, IG, 1, -27}, {ContentType::Story, IG, 1, -19}},
         .shipments = {{"Full Summer Glow kit", "", 0, -34, -31}}},
        {.influencer = "Emily Carter",
         .status = ContractStatus::Completed,
         .signedOn = -34,
         .scope = "UK review video and one reel.",
         .fee = 1900_eur,
         .payOnDelivery = true,
         .usageMonths = 12,
         .deliverables = {{ContentType::Video, YT, 1, -22}, {ContentType::Reel, IG, 1, -15}},
         .notes = "Invoice dated on delivery, net 30."},
        {.influencer = "Alessia Conti",
         .status = ContractStatus::Signed,
         .signedOn = -8,
         .scope = "Portofino shoot: one reel and one TikTok, whitelisted for ads.",
         .fee = 9500_eur,
         .payOnDelivery = true,
         .netDays = 45,
         .exclusivity = "Sun care and self-tan",
         .exclusiveFrom = -8,
         .exclusiveTo = 120,
         .usageMonths = 12,
         .deliverables = {{ContentType::Reel, IG, 1, 12}, {ContentType::Video, TT, 1, 14}}},
        {.influencer = "Lena Schmidt",
         .status = ContractStatus::Signed,
         .signedOn = -14,
         .scope = "German fact-check review on YouTube plus a myth-busting post.",
         .fee = 1400_eur,
         .upfront = 50,
         .netDays = 7,
         .usageMonths = 6,
         .deliverables = {{ContentType::Video, YT, 1, 10}, {ContentType::Post, IG, 1, 16}},
         .shipments = {{"SPF 50 Glow Fluid x2", "", 0, -13, kNone}}},
        {.influencer = "Camille Laurent",
         .status = ContractStatus::Signed,
         .signedOn = -3,
         .scope = "French launch: YouTube review and a rooftop reel.",
         .fee = 4800_eur,
         .upfront = 30,
         .usageMonths = 6,
         .deliverables = {{ContentType::Video, YT, 1, 30}, {ContentType::Reel, IG, 1, 33}}},
        {.influencer = "Sophie Wagner",
         .status = ContractStatus::Negotiating,
         .scope = "Germany wave 2: two TikToks.",
         .compensation = CompensationModel::Hybrid,
         .fee = 6000_eur,
         .bonus = 2000_eur,
         .bonusThreshold = 800,
         .upfront = 25,
         .usageMonths = 6,
         .deliverables = {{ContentType::Video, TT, 2, 35}},
         .notes = "Agency asks for the bonus at 600 orders instead of 800."},
        {.influencer = "Paula Navarro",
         .status = ContractStatus::Sent,
         .scope = "Spain wave 2: TikTok series of three.",
         .fee = 3200_eur,
         .upfront = 30,
         .usageMonths = 3,
         .deliverables = {{ContentType::Video, TT, 3, 40}}},
        {.influencer = "Amara Okafor",
         .status = ContractStatus::Draft,
         .scope = "UK wave 2: reel and TikTok, paid per tracked click.",
         .compensation = CompensationModel::Performance,
         .basis = PerformanceBasis::PerClick,
         .rate = 35_ct,
         .deliverables = {{ContentType::Reel, IG, 1, 38}, {ContentType::Video, TT, 1, 42}}},
        {.influencer = "Marco Ferri",
         .status = ContractStatus::Cancelled,
         .scope = "Outdoor running reel.",
         .fee = 2200_eur,
         .usageMonths = 24,
         .deliverables = {{ContentType::Reel, IG, 1, 20}},
         .notes = "Cancelled: he would not grant 24 months of usage rights."},
    };

    p.lines = {
        {"fees", BudgetCategory::InfluencerFees, "Creator fees (flat, hybrid and performance)",
         27000_eur, 25000_eur},
        {"shipping", BudgetCategory::ProductShipping, "SPF product kits and courier", 2400_eur,
         1850_eur},
        {"agency", BudgetCategory::AgencyFees, "Agency commissions", 2800_eur, 2370_eur},
        {"boost", BudgetCategory::PaidBoosting, "Paid boosting of the top reels", 4200_eur,
         1200_eur},
        {"tools", BudgetCategory::Tools, "Link tracking and social listening", 900_eur, 900_eur},
        {"other", BudgetCategory::Other, "Milan content day (studio, catering, make-up)", 1500_eur,
         1450_eur},
        {"extra", BudgetCategory::InfluencerFees, "Extra TikTok after the brief changed", 800_eur,
         800_eur, true},
    };

    p.payments = {
        {"Giulia Romano: 30 % upfront", 1050_eur, -24, -23, "fees", "Giulia Romano"},
        {"Giulia Romano: balance", 2450_eur, 35, kNone, "fees", "Giulia Romano"},
        {"Milano Talent Hub: commission", 1950_eur, -12, kNone, "agency"},
        {"Lucía Fernández: 50 % upfront", 1400_eur, -27, -27, "fees", "Lucía Fernández"},
        {"Lucía Fernández: balance", 1400_eur, 20, kNone, "fees", "Lucía Fernández"},
        {"Emily Carter: fee, net 30", 1900_eur, -4, kNone, "fees", "Emily Carter"},
        {"Zoë Bianchi: first performance statement", 244_eur, 2, kNone, "fees", "Zoë Bianchi"},
        {"Léa Moreau: first revenue-share statement", 36504_ct, 5, kNone, "fees", "Léa Moreau"},
        {"Courier: kit to Carmen Ruiz", 3850_ct, -33, -33, "shipping", "Carmen Ruiz"},
        {"Courier: 9 kits to five markets", 41280_ct, -16, -16, "shipping"},
        {"Link tracking: month 1", 300_eur, -30, -30, "tools"},
        {"Link tracking: month 2", 300_eur, 0, kNone, "tools"},
        {"Boost of Giulia's TikTok", 600_eur, -7, -7, "boost"},
        {"Milan content day: studio", 900_eur, -18, -19, "other"},
        {"Extra TikTok after the brief changed", 800_eur, 10, kNone, "extra", "Lucía Fernández"},
        {"Alessia Conti: fee on delivery", 9500_eur, 40, kNone, "fees", "Alessia Conti"},
        {"Lena Schmidt: 50 % on signature", 700_eur, -7, -6, "fees", "Lena Schmidt"},
        {"Camille Laurent: 30 % upfront", 1440_eur, 4, kNone, "fees", "Camille Laurent"},
    };

    using A = ApprovalStatus;
    // clang-format off
    p.content = {
        {"Carmen Ruiz", IG, ContentType::Reel, "Gifted: unboxing the Summer Glow kit",
         -27, -27, A::Published, "https://www.instagram.com/reel/LumenSG01/",
         Metrics{31000, 17800, 1150, 96, 40, 210, 260, 14, 46200, 3}},
        {"Lucía Fernández", IG, ContentType::Reel, "Golden hour in Valencia with SPF 30 Tinted",
         -26, -26, A::Published, "https://www.instagram.com/reel/LumenSG02/",
         Metrics{298000, 201000, 6900, 240, 410, 1300, 2450, 96, 316800, 8}},
        {"Giulia Romano", IG, ContentType::Reel, "SPF 50 Glow Fluid: my 3-step morning routine",
         -25, -25, A::Published, "https://www.instagram.com/reel/LumenSG03/",
         Metrics{520000, 365000, 12400, 610, 890, 2300, 4100, 180, 594000, 15}},
        {"Zoë Bianchi", IG, ContentType::Story, "Sneak peek: something sunny is coming",
         -24, -24, A::Published, "", Metrics{21000, 16500, -1, -1, 120, -1, 380, 9, 29700, -1}},
        {"Emily Carter", YT, ContentType::Video, "Summer SPF haul: the honest review",
         -23, -22, A::Published, "https://www.youtube.com/watch?v=LumenSG05",
         Metrics{184000, 121000, 4800, 520, 160, 90, 3100, 141, 465300, 11}},
        {"Léa Moreau", IG, ContentType::Post, "Why I switched my daily SPF",
         -21, -21, A::Published, "https://www.instagram.com/p/LumenSG06/",
         Metrics{41000, 22500, 1620, 134, 55, 390, 520, 31, 108500, 4}},
        {"Giulia Romano", TT, ContentType::Video, "Does SPF pill under make-up? Testing Glow Fluid",
         -20, -20, A::Published, "https://www.tiktok.com/@giuliaglow/video/7001",
         Metrics{980000, 640000, 41000, 1350, 3900, 5200, 6800, 230, 759000, 22}},
        {"Carmen Ruiz", IG, ContentType::Story, "Day 7 with the SPF kit",
         -19, -19, A::Published, "", Metrics{12400, 9800, -1, -1, 30, -1, 140, 6, 19800, -1}},
        {"Lucía Fernández", TT, ContentType::Video, "SPF reapplication hack for the beach",
         -18, -17, A::Published, "https://www.tiktok.com/@luciafdz/video/7002",
         Metrics{540000, 388000, 29500, 820, 2100, 3400, 3300, 88, 290400, 9}},
        {"Zoë Bianchi", TT, ContentType::Video, "Biscotto approves: dog-walk SPF routine",
         -16, -16, A::Published, "https://www.tiktok.com/@zoeglow/video/7003",
         Metrics{61000, 44000, 3900, 210, 330, 480, 900, 52, 171600, 5}},
        {"Emily Carter", IG, ContentType::Reel, "Three SPF mistakes I made in my twenties",
         -15, -15, A::Published, "https://www.instagram.com/reel/LumenSG11/",
         Metrics{88000, 61000, 3100, 190, 240, 880, 1200, 47, 155100, 6}},
        {kBrand, IG, ContentType::Reel, "Lumen Cosmetics: Summer Glow creator montage",
         -14, -14, A::Published, "https://www.instagram.com/reel/LumenSG12/",
         Metrics{150000, 97000, 2600, 85, 120, 310, 1900, 64, 211200, 0}},
        {"Léa Moreau", IG, ContentType::Reel, "Lyon heatwave skincare, SPF first",
         -12, -12, A::Published, "https://www.instagram.com/reel/LumenSG13/",
         Metrics{52000, 30500, 2350, 160, 95, 610, 640, 38, 133000, 4}},
        {"Giulia Romano", IG, ContentType::Story, "Q&A: your SPF questions answered",
         -11, -11, A::Published, "", Metrics{96000, 78000, -1, -1, 410, -1, 2200, 61, 201300, -1}},
        {"Lucía Fernández", IG, ContentType::Post, "Carousel: SPF 30 Tinted shade match",
         -9, -9, A::Published, "https://www.instagram.com/p/LumenSG15/",
         Metrics{176000, 119000, 5200, 310, 260, 1900, 1700, 63, 207900, 7}},
        {"Zoë Bianchi", IG, ContentType::Reel, "Pool day test: does it stay on?",
         -6, -6, A::Published, "https://www.instagram.com/reel/LumenSG16/",
         Metrics{58000, 39500, 2700, 150, 190, 520, 700, 33, 108900, 3}},
        {"Léa Moreau", IG, ContentType::Story, "Reminder: code LEA15 ends Sunday",
         -3, -3, A::Published, "", Metrics{14000, 11200, -1, -1, 22, -1, 330, 19, 62700, -1}},
        {"Giulia Romano", YT, ContentType::Video, "Summer Glow full review after three weeks",
         -2, -1, A::Published, "https://www.youtube.com/watch?v=LumenSG18",
         Metrics{74000, 52000, 3100, 280, 90, 60, 1400, 22, 72600, 6}},
        {"Lucía Fernández", TT, ContentType::Live, "Live: what is in my beach bag",
         -1, -1, A::Published, "https://www.tiktok.com/@luciafdz/live", kPending},
        {"Zoë Bianchi", TT, ContentType::Video, "Biscotto's summer walk, part 2",
         -2, kNone, A::ChangesRequested, "", kPending},
        {"Emily Carter", IG, ContentType::Story, "Last call: Summer Glow code",
         2, kNone, A::Approved, "", kPending},
        {"Zoë Bianchi", IG, ContentType::Reel, "Before and after: a week of SPF 50",
         3, kNone, A::Submitted, "", kPending},
        {"Giulia Romano", IG, ContentType::Reel, "Sunset picnic: reapplying with Glow Mist",
         4, kNone, A::Approved, "", kPending},
        {"Lucía Fernández", IG, ContentType::Story, "Link in bio: the Summer Glow bundle",
         6, kNone, A::Approved, "", kPending},
        {"Léa Moreau", Blog, ContentType::BlogArticle,
         "My summer routine, ingredient by ingredient",
         8, kNone, A::Draft, "", kPending},
        {"Lena Schmidt", YT, ContentType::Video, "A dermatology student reviews SPF 50 Glow Fluid",
         10, kNone, A::ChangesRequested, "", kPending},
        {"Alessia Conti", IG, ContentType::Reel, "Summer Glow in Portofino",
         12, kNone, A::Submitted, "", kPending},
        {"Alessia Conti", TT, ContentType::Video, "Get ready with me: Portofino boat day",
         14, kNone, A::Draft, "", kPending},
        {"Lena Schmidt", IG, ContentType::Post, "Five SPF myths, debunked",
         16, kNone, A::Draft, "", kPending},
        {"Camille Laurent", YT, ContentType::Video,
         "Routine d'été : je teste la crème solaire Lumen",
         30, kNone, A::Draft, "", kPending},
        {"Camille Laurent", IG, ContentType::Reel, "Rooftop à Paris : SPF teinté",
         33, kNone, A::Draft, "", kPending},
    };
    // clang-format on
    return p;
}

// ---------------------------------------------------------------------------------------------
// Autumn Skincare Stories: being planned, starts in six weeks.

CampaignPlan autumnStories(core::Date today)
{
    CampaignPlan p;
    auto& c = p.campaign;
    c.name = "Autumn Skincare Stories";
    c.brand = "Lumen Cosmetics";
    c.objective = "Tell the barrier-repair story of the autumn serum range through long-form "
                  "creator routines in Spain, France and Germany.";
    c.start = today.addDays(45);
    c.end = today.addDays(135);
    c.status = core::CampaignStatus::Planning;
    c.budget = core::Money(28000_eur, "EUR");
    c.contingencyPercent = 8;
    c.kpiTargets = {
        {"reach", 1200000}, {"engagement_rate_reach", 0.05}, {"conversions", 800}, {"roas", 2.5}};

    p.members = {
        {"Lucía Fernández", PipelineStage::Shortlisted, "Strong Summer Glow results."},
        {"Léa Moreau", PipelineStage::Contacted},
        {"Lena Schmidt", PipelineStage::Shortlisted},
        {"Chiara Esposito", PipelineStage::Shortlisted},
        {"Emily Carter", PipelineStage::Negotiating, "Settle the overdue summer invoice first."},
        {"Sergio Vidal", PipelineStage::Shortlisted, "Men's skincare angle."},
    };

    // clang-format off
    p.tasks = {
        {"research", nullptr, Del, "Influencer research", Strategy, "Marta"},
        {"story", "research", Tsk, "Define the autumn routine storyline",
         Strategy, "Marta", Todo, 20, 5, 0, 0, 400_eur},
        {"scout", "research", Tsk, "Scout skincare creators in ES, FR and DE",
         Creators, "Sofia", Todo, 25, 10, 0, 0, 700_eur, 2},
        {"overlap", "research", Tsk, "Check audience overlap with Summer Glow",
         Analytics, "Daniel", Todo, 30, 4, 0, 0, 300_eur},
        {"ready", "research", Ms, "Shortlist ready", Strategy, "Marta", Todo, 36, 0},

        {"planning", nullptr, Del, "Planning and strategy", Strategy, "Marta"},
        {"brief", "planning", Tsk, "Draft the autumn brief",
         Strategy, "Marta", Todo, 34, 6, 0, 0, 1000_eur},
        {"split", "planning", Tsk, "Split the budget by market",
         Ops, "Luca", Todo, 36, 3, 0, 0, 200_eur},
        {"plan", "planning", Ms, "Plan approved", Strategy, "Marta", Todo, 42, 0},
    };
    // clang-format on
    p.dependencies = {
        {"story", "scout", SS, 5},
        {"overlap", "ready", FS, 2},
        {"brief", "plan", FS, 2},
    };

    p.contracts = {
        {.influencer = "Emily Carter",
         .status = ContractStatus::Draft,
         .scope = "Autumn routine video and two stories.",
         .fee = 2100_eur,
         .upfront = 30,
         .usageMonths = 6,
         .deliverables = {{ContentType::Video, YT, 1, 70}, {ContentType::Story, IG, 2, 72}}},
    };
    p.lines = {
        {"fees", BudgetCategory::InfluencerFees, "Creator fees", 20000_eur, 0},
        {"shipping", BudgetCategory::ProductShipping, "Serum kits and courier", 1800_eur, 0},
        {"tools", BudgetCategory::Tools, "Link tracking", 600_eur, 0},
    };
    p.payments = {
        {"Deposit: autumn content studio", 400_eur, 30, kNone, "fees"},
    };
    // clang-format off
    p.content = {
        {"Lucía Fernández", IG, ContentType::Reel, "Autumn barrier-repair routine",
         50, kNone, ApprovalStatus::Draft, "", kPending},
        {"Léa Moreau", Blog, ContentType::BlogArticle, "Layering serums under SPF in October",
         60, kNone, ApprovalStatus::Draft, "", kPending},
    };
    // clang-format on
    return p;
}

// ---------------------------------------------------------------------------------------------
// Winter Lip Care Capsule: finished last winter, everything paid.

CampaignPlan winterCapsule(core::Date today)
{
    CampaignPlan p;
    auto& c = p.campaign;
    c.name = "Winter Lip Care Capsule";
    c.brand = "Lumen Cosmetics";
    c.objective = "Seed the new lip balm with three trusted creators before the holidays.";
    c.start = today.addDays(-210);
    c.end = today.addDays(-150);
    c.status = core::CampaignStatus::Completed;
    c.budget = core::Money(12000_eur, "EUR");
    c.contingencyPercent = 5;
    c.kpiTargets = {{"reach", 600000}, {"conversions", 400}};

    p.members = {
        {"Giulia Romano", PipelineStage::Paid},
        {"Carmen Ruiz", PipelineStage::Paid},
        {"Emily Carter", PipelineStage::Paid},
    };
    // clang-format off
    p.tasks = {
        {"execution", nullptr, Del, "Campaign execution", Creators, "Sofia"},
        {"ship", "execution", Tsk, "Ship the lip balm kits",
         Ops, "Luca", Done, -210, 4, 100, 0, 300_eur},
        {"live", "execution", Tsk, "Creators go live",
         Creators, "Sofia", Done, -200, 25, 100, 2, 500_eur},
        {"wrapup", "execution", Tsk, "Wrap-up report",
         Analytics, "Daniel", Done, -170, 5, 100, 0, 400_eur},
    };
    // clang-format on
    p.dependencies = {
        {"ship", "live", FS, 5},
        {"live", "wrapup", FS, 0},
    };
    p.contracts = {
        {.influencer = "Giulia Romano",
         .status = ContractStatus::Completed,
         .signedOn = -215,
         .scope = "One reel and one TikTok.",
         .fee = 2600_eur,
         .usageMonths = 3,
         .deliverables = {{ContentType::Reel, IG, 1, -200}, {ContentType::Video, TT, 1, -180}}},
        {.influencer = "Carmen Ruiz",
         .status = ContractStatus::Completed,
         .signedOn = -212,
         .scope = "Gifted lip balm trio for a post.",
         .compensation = CompensationModel::Gifting,
         .productValue = 90_eur,
         .deliverables = {{ContentType::Post, IG, 1, -195}},
         .shipments = {{"Lip balm trio", "", 0, -210, -207}}},
        {.influencer = "Emily Carter",
         .status = ContractStatus::Completed,
         .signedOn = -214,
         .scope = "Winter skincare video.",
         .fee = 1400_eur,
         .usageMonths = 6,
         .deliverables = {{ContentType::Video, YT, 1, -190}}},
    };
    p.lines = {
        {"fees", BudgetCategory::InfluencerFees, "Creator fees", 5000_eur, 4000_eur},
        {"shipping", BudgetCategory::ProductShipping, "Lip balm kits and courier", 400_eur,
         260_eur},
    };
    p.payments = {
        {"Giulia Romano: fee", 2600_eur, -170, -172, "fees", "Giulia Romano"},
        {"Emily Carter: fee", 1400_eur, -175, -168, "fees", "Emily Carter"},
        {"Courier: kit to Carmen Ruiz", 2490_ct, -211, -211, "shipping", "Carmen Ruiz"},
    };
    // clang-format off
    p.content = {
        {"Giulia Romano", IG, ContentType::Reel, "Winter lips: my overnight balm trick",
         -200, -200, ApprovalStatus::Published, "https://www.instagram.com/reel/LumenWL01/",
         Metrics{410000, 290000, 9800, 420, 600, 1500, 2600, 120, 264000, 9}},
        {"Carmen Ruiz", IG, ContentType::Post, "Gifted: the lip balm trio",
         -195, -195, ApprovalStatus::Published, "https://www.instagram.com/p/LumenWL02/",
         Metrics{22000, 14100, 980, 75, 20, 140, 190, 11, 24200, 2}},
        {"Emily Carter", YT, ContentType::Video, "My winter skincare, start to finish",
         -190, -190, ApprovalStatus::Published, "https://www.youtube.com/watch?v=LumenWL03",
         Metrics{150000, 98000, 3900, 410, 120, 80, 2100, 96, 211200, 7}},
        {"Giulia Romano", TT, ContentType::Video, "Lip balm ASMR",
         -180, -180, ApprovalStatus::Published, "https://www.tiktok.com/@giuliaglow/video/6001",
         Metrics{720000, 505000, 30500, 900, 2400, 3100, 3900, 140, 308000, 12}},
    };
    // clang-format on
    return p;
}

} // namespace cd::storage::demo
