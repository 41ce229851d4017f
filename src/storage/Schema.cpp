#include "Schema.h"

#include "Database.h"
#include "StorageError.h"
#include "Workbook.h"

#include <array>
#include <string>

namespace cd::storage {

namespace {

// Version 1: the first schema. Dates are ISO 8601 text, money integer minor units, and every
// row that users edit has a row_version that each update increments.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    row_version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL,
    brand TEXT NOT NULL DEFAULT '',
    objective TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL DEFAULT 'planning'
        CHECK (status IN ('planning','active','completed','archived')),
    currency TEXT NOT NULL DEFAULT 'EUR',
    budget_minor INTEGER NOT NULL DEFAULT 0,
    contingency_percent REAL NOT NULL DEFAULT 0
);

CREATE TABLE kpi_target (
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    kpi_key TEXT NOT NULL,
    target REAL NOT NULL,
    PRIMARY KEY (campaign_id, kpi_key)
) WITHOUT ROWID;

CREATE TABLE influencer (
    id INTEGER PRIMARY KEY,
    row_version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    niches TEXT NOT NULL DEFAULT '',
    contact_route TEXT NOT NULL DEFAULT 'direct' CHECK (contact_route IN ('direct','agency')),
    agency_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'prospect',
    rate_minor INTEGER,
    rate_currency TEXT,
    notes TEXT NOT NULL DEFAULT '',
    last_contact TEXT
);
CREATE INDEX influencer_email ON influencer(email COLLATE NOCASE) WHERE email <> '';

CREATE TABLE handle (
    id INTEGER PRIMARY KEY,
    influencer_id INTEGER NOT NULL REFERENCES influencer(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    platform TEXT NOT NULL,
    handle TEXT NOT NULL,
    followers INTEGER CHECK (followers IS NULL OR followers >= 0),
    engagement_rate REAL CHECK (engagement_rate IS NULL OR engagement_rate BETWEEN 0 AND 1)
);
CREATE INDEX handle_influencer ON handle(influencer_id, position);
CREATE INDEX handle_lookup ON handle(platform, handle COLLATE NOCASE);

CREATE TABLE campaign_member (
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    influencer_id INTEGER NOT NULL REFERENCES influencer(id) ON DELETE CASCADE,
    row_version INTEGER NOT NULL DEFAULT 1,
    stage TEXT NOT NULL DEFAULT 'shortlisted',
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, influencer_id)
) WITHOUT ROWID;
CREATE INDEX campaign_member_influencer ON campaign_member(influencer_id);

CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    row_version INTEGER NOT NULL DEFAULT 1,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES task(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'task' CHECK (kind IN ('deliverable','task','milestone')),
    phase TEXT NOT NULL DEFAULT '',
    owner_role TEXT NOT NULL DEFAULT '',
    assignee TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started',
    planned_start TEXT,
    duration_days INTEGER NOT NULL DEFAULT 0 CHECK (duration_days >= 0),
    actual_start TEXT,
    actual_finish TEXT,
    percent_complete REAL NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
    cost_minor INTEGER NOT NULL DEFAULT 0,
    buffer_days INTEGER NOT NULL DEFAULT 0 CHECK (buffer_days >= 0),
    influencer_id INTEGER REFERENCES influencer(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_campaign ON task(campaign_id, parent_id, position);
CREATE INDEX task_parent ON task(parent_id);
CREATE INDEX task_influencer ON task(influencer_id);

CREATE TABLE dependency (
    id INTEGER PRIMARY KEY,
    predecessor_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
    successor_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
    type TEXT NOT NULL DEFAULT 'FS' CHECK (type IN ('FS','SS','FF','SF')),
    lag_days INTEGER NOT NULL DEFAULT 0,
    UNIQUE (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
);
CREATE INDEX dependency_successor ON dependency(successor_id);

CREATE TABLE contract (
    id INTEGER PRIMARY KEY,
    row_version INTEGER NOT NULL DEFAULT 1,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    influencer_id INTEGER NOT NULL REFERENCES influencer(id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'draft',
    signed_date TEXT,
    scope TEXT NOT NULL DEFAULT '',
    compensation TEXT NOT NULL DEFAULT 'flat_fee'
        CHECK (compensation IN ('flat_fee','performance','hybrid','gifting')),
    fee_minor INTEGER NOT NULL DEFAULT 0,
    performance_basis TEXT NOT NULL DEFAULT '',
    performance_rate_minor INTEGER NOT NULL DEFAULT 0,
    revenue_share_percent REAL NOT NULL DEFAULT 0,
    bonus_minor INTEGER NOT NULL DEFAULT 0,
    bonus_threshold INTEGER NOT NULL DEFAULT 0,
    product_value_minor INTEGER NOT NULL DEFAULT 0,
    upfront_percent REAL NOT NULL DEFAULT 0,
    pay_on_delivery INTEGER NOT NULL DEFAULT 0,
    payment_net_days INTEGER NOT NULL DEFAULT 30,
    exclusivity_category TEXT NOT NULL DEFAULT '',
    exclusivity_start TEXT,
    exclusivity_end TEXT,
    usage_rights_months INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (campaign_id, influencer_id)
);
CREATE INDEX contract_influencer ON contract(influencer_id);

CREATE TABLE contract_deliverable (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    platform TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    due_date TEXT
);
CREATE INDEX contract_deliverable_contract ON contract_deliverable(contract_id, position);

CREATE TABLE product_shipment (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    items TEXT NOT NULL DEFAULT '',
    sizes TEXT NOT NULL DEFAULT '',
    spares INTEGER NOT NULL DEFAULT 0,
    shipped_date TEXT,
    received_date TEXT
);
CREATE INDEX product_shipment_contract ON product_shipment(contract_id, position);

CREATE TABLE budget_line (
    id INTEGER PRIMARY KEY,
    row_version INTEGER NOT NULL DEFAULT 1,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    category TEXT NOT NULL DEFAULT 'other',
    description TEXT NOT NULL DEFAULT '',
    planned_minor INTEGER NOT NULL DEFAULT 0,
    committed_minor INTEGER NOT NULL DEFAULT 0,
    from_contingency INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX budget_line_campaign ON budget_line(campaign_id);

CREATE TABLE payment (
    id INTEGER PRIMARY KEY,
    row_version INTEGER NOT NULL DEFAULT 1,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    budget_line_id INTEGER REFERENCES budget_line(id) ON DELETE SET NULL,
    contract_id INTEGER REFERENCES contract(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER NOT NULL,
    due_date TEXT,
    paid_date TEXT
);
CREATE INDEX payment_campaign ON payment(campaign_id);
CREATE INDEX payment_contract ON payment(contract_id);
CREATE INDEX payment_budget_line ON payment(budget_line_id);

CREATE TABLE content_item (
    id INTEGER PRIMARY KEY,
    row_version INTEGER NOT NULL DEFAULT 1,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    influencer_id INTEGER REFERENCES influencer(id) ON DELETE SET NULL,
    platform TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'post',
    title TEXT NOT NULL DEFAULT '',
    planned_date TEXT,
    published_date TEXT,
    url TEXT NOT NULL DEFAULT '',
    approval TEXT NOT NULL DEFAULT 'draft',
    impressions INTEGER,
    reach INTEGER,
    likes INTEGER,
    comments INTEGER,
    shares INTEGER,
    saves INTEGER,
    clicks INTEGER,
    conversions INTEGER,
    revenue_minor INTEGER,
    brand_mentions INTEGER
);
CREATE INDEX content_item_campaign ON content_item(campaign_id);
CREATE INDEX content_item_influencer ON content_item(influencer_id);
)sql";

// Version 2: the history of a task's dates and scope, each change with the reason given.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE task_history (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
    changed_on TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_history_task ON task_history(task_id, id);
)sql";

// Version 3: outreach e-mail templates with merge fields, and two to start from (a workbook that
// is upgraded gets them too, so that nobody starts from an empty list).
constexpr const char* kSchemaV3 = R"sql(
CREATE TABLE outreach_template (
    id INTEGER PRIMARY KEY,
    row_version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
);
INSERT INTO outreach_template (name, subject, body) VALUES
('First contact', '{brand} x {first_name}: a collaboration for {campaign}?',
'Hi {first_name},

I am {my_name} and I work on {campaign} for {brand}. We love what you share as {handle} on {platform}, and we think your audience would love this campaign too.

Would you be open to a paid collaboration? I would be happy to send you the brief and talk about the details.

Best regards,
{my_name}'),
('Brief and contract follow-up', '{campaign}: brief and contract',
'Hi {first_name},

thank you for your interest in {campaign}! As promised, here are the next steps: I am attaching the campaign brief and the contract for you to review. The fee we agreed is {fee}.

If everything looks right, please sign the contract and send it back, and let me know if you have any questions.

Best regards,
{my_name}
{brand}');
)sql";

// Version 4: the team (people and the roles they hold), the person looking after each contract,
// and each campaign's brief and editorial style guide. A workbook that is upgraded gets the
// people its tasks were already assigned to, with the roles of those tasks.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE team_member (
    id INTEGER PRIMARY KEY,
    row_version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    email TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL DEFAULT ''
);
INSERT INTO team_member (name, roles)
    SELECT t.assignee,
           COALESCE((SELECT group_concat(r, ',') FROM
                        (SELECT DISTINCT owner_role AS r FROM task AS o
                          WHERE o.assignee = t.assignee AND o.owner_role <> '' ORDER BY r)), '')
      FROM task AS t WHERE trim(t.assignee) <> '' GROUP BY t.assignee ORDER BY t.assignee;

ALTER TABLE contract ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
CREATE INDEX task_assignee ON task(assignee) WHERE assignee <> '';

CREATE TABLE campaign_brief (
    campaign_id INTEGER PRIMARY KEY REFERENCES campaign(id) ON DELETE CASCADE,
    row_version INTEGER NOT NULL DEFAULT 1,
    overview TEXT NOT NULL DEFAULT '',
    product_names TEXT NOT NULL DEFAULT '',
    disclosures TEXT NOT NULL DEFAULT '',
    key_messages TEXT NOT NULL DEFAULT '',
    dos TEXT NOT NULL DEFAULT '',
    donts TEXT NOT NULL DEFAULT '',
    posting_practice TEXT NOT NULL DEFAULT ''
);
)sql";

// Index i holds the step from version i to version i + 1.
constexpr std::array kSteps{kSchemaV1, kSchemaV2, kSchemaV3, kSchemaV4};
static_assert(kSteps.size() == Workbook::kSchemaVersion);

int userVersion(Database& db)
{
    auto st = db.prepare("PRAGMA user_version");
    st.step();
    return st.int32(0);
}

} // namespace

void migrate(Database& db)
{
    Transaction tx(db);
    const int from = userVersion(db);
    if (from > Workbook::kSchemaVersion) {
        throw StorageError(StorageError::Kind::NewerVersion,
                           "This workbook was made by a newer version of CampaignDesk");
    }
    for (int v = from; v < Workbook::kSchemaVersion; ++v) {
        db.exec(kSteps[static_cast<std::size_t>(v)]);
        // PRAGMA takes no parameters; the value is our own integer constant, not user data.
        db.exec("PRAGMA user_version = " + std::to_string(v + 1));
    }
    tx.commit();
}

} // namespace cd::storage
