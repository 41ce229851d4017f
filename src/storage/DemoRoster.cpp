// The influencer roster of the demo workbook (see DemoData.cpp): two dozen creators from Italy,
// Spain, France, Germany and the UK, written by hand so that a marketing manager recognises the
// kind of people, numbers and notes they keep in their own spreadsheet.

#include "DemoPlan.h"

#include <string>
#include <vector>

namespace cd::storage::demo {

namespace {

using core::ContactRoute;
using core::RelationshipStatus;

struct RosterRow {
    const char* name;
    std::vector<core::Handle> handles; // platform, handle, followers, engagement rate (fraction)
    const char* email = "";
    const char* phone = "";
    const char* country = "";
    const char* language = "";
    std::vector<std::string> niches = {};
    const char* agency = ""; // empty: contacted directly
    RelationshipStatus status = RelationshipStatus::Prospect;
    std::int64_t rateMinor = 0; // usual fee per post in minor units; 0 when not known yet
    const char* rateCurrency = "EUR";
    const char* notes = "";
    int lastContactDaysAgo = kNone; // no contact yet
};

const std::vector<RosterRow>& rows()
{
    static const std::vector<RosterRow> table = {
        // Italy
        {.name = "Giulia Romano",
         .handles = {{Platform::Instagram, "giuliaglow", 412000, 0.028},
                     {Platform::TikTok, "giuliaglow", 690000, 0.061},
                     {Platform::YouTube, "giuliaromanobeauty", 88000, 0.035}},
         .email = "giulia@milanotalenthub.example",
         .phone = "+39 02 8735 1120",
         .country = "IT",
         .language = "it",
         .niches = {"beauty", "skincare"},
         .agency = "Milano Talent Hub",
         .status = RelationshipStatus::Active,
         .rateMinor = 420000,
         .notes = "Sensitive skin: patch-tests every SPF on camera. Agent is Federica (fast on "
                  "e-mail, never call before 10). Vegan, no beeswax products.",
         .lastContactDaysAgo = 2},
        {.name = "Zoë Bianchi",
         .handles = {{Platform::Instagram, "zoe.glow", 48900, 0.034},
                     {Platform::TikTok, "zoeglow", 23500, 0.072}},
         .email = "zoe.bianchi@example.it",
         .phone = "+39 333 1234567",
         .country = "IT",
         .language = "it",
         .niches = {"beauty", "skincare"},
         .status = RelationshipStatus::Active,
         .rateMinor = 85000,
         .notes = "Birthday 12 March, prefers WhatsApp, dog Biscotto (appears in most reels).",
         .lastContactDaysAgo = 1},
        {.name = "Marco Ferri",
         .handles = {{Platform::Instagram, "marcoferri.fit", 156000, 0.022},
                     {Platform::YouTube, "marcoferrifit", 41000, 0.04}},
         .email = "collab@marcoferri.example",
         .phone = "+39 347 5550192",
         .country = "IT",
         .language = "it",
         .niches = {"fitness", "lifestyle"},
         .status = RelationshipStatus::Negotiating,
         .rateMinor = 180000,
         .notes = "Runs outdoors every morning: good fit for SPF. Wants 12 months usage cap.",
         .lastContactDaysAgo = 9},
        {.name = "Chiara Esposito",
         .handles = {{Platform::Instagram, "chiara.skin", 6800, 0.089}},
         .email = "chiara.esposito@example.it",
         .phone = "+39 320 4410087",
         .country = "IT",
         .language = "it",
         .niches = {"skincare"},
         .status = RelationshipStatus::Contacted,
         .rateMinor = 15000,
         .notes = "Pharmacist in Naples; very loyal audience, asks detailed ingredient "
                  "questions.",
         .lastContactDaysAgo = 15},
        {.name = "Alessia Conti",
         .handles = {{Platform::Instagram, "alessiaconti", 1250000, 0.014},
                     {Platform::TikTok, "alessiaconti", 2100000, 0.038}},
         .email = "alessia@milanotalenthub.example",
         .phone = "+39 02 8735 1121",
         .country = "IT",
         .language = "it",
         .niches = {"lifestyle", "beauty"},
         .agency = "Milano Talent Hub",
         .status = RelationshipStatus::Active,
         .rateMinor = 1200000,
         .notes = "Only books through the agency; shoot days must be confirmed 3 weeks ahead.",
         .lastContactDaysAgo = 6},
        // Spain
        {.name = "Lucía Fernández",
         .handles = {{Platform::Instagram, "luciafernandez.beauty", 230000, 0.029},
                     {Platform::TikTok, "luciafdz", 410000, 0.055}},
         .email = "lucia@madridcreators.example",
         .phone = "+34 612 345 678",
         .country = "ES",
         .language = "es",
         .niches = {"beauty", "lifestyle"},
         .agency = "Madrid Creators Agency",
         .status = RelationshipStatus::Active,
         .rateMinor = 280000,
         .notes = "Films in Valencia, golden-hour light. Birthday 4 August. Loves the tinted "
                  "SPF 30.",
         .lastContactDaysAgo = 3},
        {.name = "Javier Morales",
         .handles = {{Platform::Instagram, "javi.moves", 88000, 0.041},
                     {Platform::YouTube, "javimoves", 120000, 0.033}},
         .email = "javier.morales@example.es",
         .phone = "+34 655 019 274",
         .country = "ES",
         .language = "es",
         .niches = {"fitness"},
         .status = RelationshipStatus::Paused,
         .rateMinor = 120000,
         .notes = "On paternity leave until the autumn; asked us to keep him in mind.",
         .lastContactDaysAgo = 60},
        {.name = "Carmen Ruiz",
         .handles = {{Platform::Instagram, "carmenruizskin", 19400, 0.067}},
         .email = "carmen.ruiz@example.es",
         .phone = "+34 699 230 118",
         .country = "ES",
         .language = "es",
         .niches = {"skincare"},
         .status = RelationshipStatus::Active,
         .rateMinor = 35000,
         .notes = "Happy with gifting for small campaigns. Ships to Sevilla, always at home "
                  "Wednesdays.",
         .lastContactDaysAgo = 12},
        {.name = "Paula Navarro",
         .handles = {{Platform::TikTok, "paulanavarro", 560000, 0.071},
                     {Platform::Instagram, "paula.navarro", 145000, 0.026}},
         .email = "paula@barcelonainfluence.example",
         .phone = "+34 93 412 77 00",
         .country = "ES",
         .language = "es",
         .niches = {"lifestyle", "beauty"},
         .agency = "Barcelona Influence",
         .status = RelationshipStatus::Negotiating,
         .rateMinor = 320000,
         .notes = "TikTok first: insists on native sound, no scripted claims.",
         .lastContactDaysAgo = 4},
        {.name = "Sergio Vidal",
         .handles = {{Platform::Instagram, "sergiovidal.groom", 9200, 0.052}},
         .email = "sergio.vidal@example.es",
         .phone = "+34 611 908 432",
         .country = "ES",
         .language = "es",
         .niches = {"grooming", "skincare"},
         .notes = "Men's skincare angle for the autumn campaign?"},
        // France
        {.name = "Camille Laurent",
         .handles = {{Platform::Instagram, "camille.laurent", 340000, 0.024},
                     {Platform::YouTube, "camillelaurent", 210000, 0.031},
                     {Platform::TikTok, "camille.laurent", 98000, 0.058}},
         .email = "camille@agencelumiere.example",
         .phone = "+33 1 42 68 53 00",
         .country = "FR",
         .language = "fr",
         .niches = {"beauty", "skincare"},
         .agency = "Agence Lumière Paris",
         .status = RelationshipStatus::Active,
         .rateMinor = 480000,
         .notes = "Long-form YouTube reviews convert best. Needs the INCI list in French.",
         .lastContactDaysAgo = 5},
        {.name = "Léa Moreau",
         .handles = {{Platform::Instagram, "lea.moreau.skin", 27000, 0.063}},
         .email = "lea.moreau@example.fr",
         .phone = "+33 6 12 34 56 78",
         .country = "FR",
         .language = "fr",
         .niches = {"skincare"},
         .status = RelationshipStatus::Active,
         .rateMinor = 60000,
         .notes = "Prefers revenue share to a fee. Based in Lyon; cat named Praline.",
         .lastContactDaysAgo = 7},
        {.name = "Hugo Lefèvre",
         .handles = {{Platform::Instagram, "hugo.fit.paris", 64000, 0.035},
                     {Platform::TikTok, "hugofitparis", 150000, 0.049}},
         .email = "hugo.lefevre@example.fr",
         .phone = "+33 6 98 76 54 32",
         .country = "FR",
         .language = "fr",
         .niches = {"fitness"},
         .status = RelationshipStatus::Declined,
         .rateMinor = 140000,
         .notes = "Declined: exclusive with a competitor's sun care line until next spring.",
         .lastContactDaysAgo = 40},
        {.name = "Manon Dubois",
         .handles = {{Platform::Instagram, "manondubois", 780000, 0.019}},
         .email = "manon@agencelumiere.example",
         .phone = "+33 1 42 68 53 01",
         .country = "FR",
         .language = "fr",
         .niches = {"lifestyle"},
         .agency = "Agence Lumière Paris",
         .status = RelationshipStatus::Contacted,
         .rateMinor = 750000,
         .notes = "Agency asked for the media kit and the autumn dates.",
         .lastContactDaysAgo = 18},
        {.name = "Inès Girard",
         .handles = {{Platform::TikTok, "ines.girard", 4300, 0.085}},
         .email = "ines.girard@example.fr",
         .country = "FR",
         .language = "fr",
         .niches = {"beauty"},
         .notes = "Found through #spfroutine; student in Bordeaux, very authentic tone."},
        // Germany
        {.name = "Lena Schmidt",
         .handles = {{Platform::Instagram, "lena.skincare", 52000, 0.047},
                     {Platform::YouTube, "lenaschmidt", 73000, 0.038}},
         .email = "lena.schmidt@example.de",
         .phone = "+49 151 23456789",
         .country = "DE",
         .language = "de",
         .niches = {"skincare", "beauty"},
         .status = RelationshipStatus::Active,
         .rateMinor = 140000,
         .notes = "Dermatology student; fact-checks every claim, send studies with the brief.",
         .lastContactDaysAgo = 8},
        {.name = "Jonas Becker",
         .handles = {{Platform::Instagram, "jonas.becker.fit", 310000, 0.021},
                     {Platform::YouTube, "jonasbeckerfit", 480000, 0.029}},
         .email = "jonas@berlinsocialhouse.example",
         .phone = "+49 30 5557 0110",
         .country = "DE",
         .language = "de",
         .niches = {"fitness", "lifestyle"},
         .agency = "Berlin Social House",
         .status = RelationshipStatus::Negotiating,
         .rateMinor = 390000,
         .notes = "Triathlon season from June: outdoor SPF story fits well.",
         .lastContactDaysAgo = 11},
        {.name = "Mia Hoffmann",
         .handles = {{Platform::Instagram, "miahoffmann", 12700, 0.058},
                     {Platform::Pinterest, "mia.hoffmann.home", 35000, 0.012}},
         .email = "mia.hoffmann@example.de",
         .phone = "+49 170 9988776",
         .country = "DE",
         .language = "de",
         .niches = {"lifestyle", "home"},
         .status = RelationshipStatus::Archived,
         .rateMinor = 40000,
         .notes = "Moved to interior design content; archived in January.",
         .lastContactDaysAgo = 200},
        {.name = "Sophie Wagner",
         .handles = {{Platform::TikTok, "sophiewagnerbeauty", 1900000, 0.044},
                     {Platform::Instagram, "sophie.wagner", 620000, 0.018}},
         .email = "sophie@berlinsocialhouse.example",
         .phone = "+49 30 5557 0111",
         .country = "DE",
         .language = "de",
         .niches = {"beauty"},
         .agency = "Berlin Social House",
         .status = RelationshipStatus::Active,
         .rateMinor = 950000,
         .notes = "Mega reach but lower conversion; negotiate a hybrid with a bonus.",
         .lastContactDaysAgo = 2},
        // United Kingdom
        {.name = "Emily Carter",
         .handles = {{Platform::Instagram, "emilycarter.skin", 96000, 0.037},
                     {Platform::YouTube, "emilycarterskin", 140000, 0.027}},
         .email = "emily.carter@example.co.uk",
         .phone = "+44 7700 900123",
         .country = "GB",
         .language = "en",
         .niches = {"skincare"},
         .status = RelationshipStatus::Active,
         .rateMinor = 160000,
         .rateCurrency = "GBP",
         .notes = "Invoices in EUR for EU brands; accountant chases payment after 30 days.",
         .lastContactDaysAgo = 10},
        {.name = "Oliver Hughes",
         .handles = {{Platform::Instagram, "ollie.hughes.fit", 41000, 0.045}},
         .email = "oliver.hughes@example.co.uk",
         .phone = "+44 7700 900456",
         .country = "GB",
         .language = "en",
         .niches = {"fitness"},
         .status = RelationshipStatus::Paused,
         .rateMinor = 70000,
         .rateCurrency = "GBP",
         .notes = "Injured knee, posting less until recovered.",
         .lastContactDaysAgo = 45},
        {.name = "Amara Okafor",
         .handles = {{Platform::Instagram, "amara.glows", 265000, 0.032},
                     {Platform::TikTok, "amaraglows", 380000, 0.066}},
         .email = "amara@londoncreator.example",
         .phone = "+44 20 7946 0958",
         .country = "GB",
         .language = "en",
         .niches = {"beauty", "skincare"},
         .agency = "London Creator Co.",
         .status = RelationshipStatus::Active,
         .rateMinor = 300000,
         .rateCurrency = "GBP",
         .notes = "Champions SPF for deeper skin tones: no white cast is the key message.",
         .lastContactDaysAgo = 3},
        {.name = "<b>Bold</b> Beauty",
         .handles = {{Platform::Instagram, "boldbeauty.uk", 7900, 0.071}},
         .email = "hello@boldbeauty.example",
         .country = "GB",
         .language = "en",
         .niches = {"beauty"},
         .notes = "Two make-up artists in Manchester; the name really is written with the "
                  "tags <b>…</b>."},
        {.name = "Freya Collins",
         .handles = {{Platform::Instagram, "freya.collins", 3100, 0.088},
                     {Platform::YouTube, "freyacollins", 2400, 0.09}},
         .email = "freya.collins@example.co.uk",
         .phone = "+44 7700 900789",
         .country = "GB",
         .language = "en",
         .niches = {"lifestyle", "skincare"},
         .status = RelationshipStatus::Contacted,
         .rateMinor = 12000,
         .rateCurrency = "GBP",
         .notes = "Replied within an hour; open to gifting.",
         .lastContactDaysAgo = 20},
    };
    return table;
}

} // namespace

std::vector<core::Influencer> roster(core::Date today)
{
    std::vector<core::Influencer> out;
    for (const auto& row : rows()) {
        core::Influencer i;
        i.name = row.name;
        i.handles = row.handles;
        i.email = row.email;
        i.phone = row.phone;
        i.country = row.country;
        i.language = row.language;
        i.niches = row.niches;
        i.agencyName = row.agency;
        i.contactRoute = i.agencyName.empty() ? ContactRoute::Direct : ContactRoute::Agency;
        i.status = row.status;
        if (row.rateMinor > 0) {
            i.rate = core::Money(row.rateMinor, row.rateCurrency);
        }
        i.notes = row.notes;
        if (row.lastContactDaysAgo != kNone) {
            i.lastContact = today.addDays(-row.lastContactDaysAgo);
        }
        out.push_back(std::move(i));
    }
    return out;
}

} // namespace cd::storage::demo
