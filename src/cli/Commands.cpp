#include "Commands.h"

namespace cd::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> all{
        {"new", "new WORKBOOK [--demo]",
         "Create an empty workbook, or one filled with the demo data.", runNew},
        {"add-campaign",
         "add-campaign WORKBOOK --name NAME [--brand B] [--start DATE] [--end DATE] "
         "[--budget AMOUNT] [--currency EUR] [--objective TEXT] [--status S] [--contingency PCT]",
         "Add a campaign and print its id.", runAddCampaign},
        {"campaigns", "campaigns WORKBOOK [--json]", "List the campaigns.", runCampaigns},
        {"influencers", "influencers WORKBOOK [--campaign NAME_OR_ID] [--json]",
         "List the influencer roster, or one campaign's influencers.", runInfluencers},
        {"generate",
         "generate WORKBOOK --influencers N --campaigns N --tasks N --posts N [--seed S]",
         "Create a deterministic synthetic workbook of any size (benchmarks, scale tests).",
         runGenerate},
        {"check", "check WORKBOOK [--json]",
         "Check the file's integrity and list the data's validation errors and warnings.",
         runCheck},
    };
    return all;
}

} // namespace cd::cli
