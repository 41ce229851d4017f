#include "BudgetTestSupport.h"

#include "app/CampaignTabs.h"
#include "storage/BudgetRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/ContractRepository.h"
#include "storage/InfluencerRepository.h"
#include "storage/Workbook.h"

#include <QAbstractItemModel>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace cd;

namespace {

core::Date day(const char* iso)
{
    return *core::Date::parseIso(iso);
}

core::Money eur(std::int64_t cents)
{
    return core::Money(cents, "EUR");
}

// Writes the rows of one campaign.
struct Writer {
    storage::Database& db;
    core::Id campaign = 0;

    core::Id person(const char* name) const
    {
        core::Influencer i;
        i.name = name;
        storage::InfluencerRepository repo(db);
        repo.add(i);
        core::CampaignMember m;
        m.campaignId = campaign;
        m.influencerId = i.id;
        repo.addMember(m);
        return i.id;
    }
    core::Contract contract(core::Id who, core::ContractStatus status, std::int64_t fee) const
    {
        core::Contract k;
        k.campaignId = campaign;
        k.influencerId = who;
        k.status = status;
        k.fee = eur(fee);
        return k;
    }
    core::Id line(core::BudgetCategory category, const char* what, std::int64_t planned,
                  std::int64_t committed) const
    {
        core::BudgetLine l;
        l.campaignId = campaign;
        l.category = category;
        l.description = what;
        l.planned = eur(planned);
        l.committed = eur(committed);
        storage::BudgetRepository(db).addLine(l);
        return l.id;
    }
    core::Id payment(const char* what, std::int64_t amount, const char* due, const char* paid,
                     core::Id lineId, std::optional<core::Id> contractId) const
    {
        core::Payment p;
        p.campaignId = campaign;
        p.description = what;
        p.amount = eur(amount);
        p.dueDate = day(due);
        if (paid != nullptr) {
            p.paidDate = day(paid);
        }
        p.budgetLineId = lineId;
        p.contractId = contractId;
        storage::BudgetRepository(db).addPayment(p);
        return p.id;
    }
};

} // namespace

SmallWorkbook::SmallWorkbook()
{
    auto wb = storage::Workbook::create(path.toStdString());
    core::Campaign c;
    c.name = "Small";
    c.start = day("2026-05-01");
    c.end = day("2026-07-31");
    c.budget = eur(1000000);
    c.contingencyPercent = 10;
    storage::CampaignRepository(wb.db()).add(c);
    campaign = c.id;
    const Writer w{wb.db(), campaign};
    ada = w.person("Ada");
    bea = w.person("Bea");
    cleo = w.person("Cleo");
    core::Contract a = w.contract(ada, core::ContractStatus::Signed, 200000);
    a.signedDate = day("2026-05-04");
    a.deliverables = {{core::ContentType::Reel, core::Platform::Instagram, 2, day("2026-06-10")}};
    a.shipments = {{"Kit", "M", 1, day("2026-05-06"), std::nullopt}};
    storage::ContractRepository(wb.db()).add(a);
    adaContract = a.id;
    core::Contract cl = w.contract(cleo, core::ContractStatus::Sent, 90000);
    storage::ContractRepository(wb.db()).add(cl);
    feesLine = w.line(core::BudgetCategory::InfluencerFees, "Creator fees", 250000, 200000);
    agencyLine = w.line(core::BudgetCategory::AgencyFees, "Agency", 50000, 30000);
    upfront = w.payment("Upfront", 60000, "2026-05-04", "2026-05-05", feesLine, adaContract);
    rest = w.payment("Rest", 140000, "2026-07-10", nullptr, feesLine, adaContract);
    agency =
        w.payment("Agency retainer", 30000, "2026-06-01", "2026-06-03", agencyLine, std::nullopt);
}

BudgetDesk::BudgetDesk(const SmallWorkbook& small)
{
    qputenv("CD_TODAY", "2026-06-15");
    REQUIRE(window.openWorkbook(small.path));
    REQUIRE(window.selectCampaign(small.campaign));
    contracts = window.campaignTabs()->contractsView();
    budget = window.campaignTabs()->budgetView();
}

storage::Database& BudgetDesk::db()
{
    return window.document()->workbook().db();
}

std::optional<core::Contract> BudgetDesk::contract(core::Id id)
{
    return storage::ContractRepository(db()).get(id);
}

std::optional<core::Payment> BudgetDesk::payment(core::Id id)
{
    return storage::BudgetRepository(db()).getPayment(id);
}

std::optional<core::BudgetLine> BudgetDesk::line(core::Id id)
{
    return storage::BudgetRepository(db()).getLine(id);
}

QModelIndex BudgetDesk::lineCell(core::Id id, int column)
{
    REQUIRE(budget->selectLine(id));
    return budget->linesView()->currentIndex().siblingAtColumn(column);
}

QModelIndex BudgetDesk::paymentCell(core::Id id, int column)
{
    REQUIRE(budget->selectPayment(id));
    return budget->paymentsView()->currentIndex().siblingAtColumn(column);
}

QStringList rowTexts(const QAbstractItemModel& model, int row)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c) {
        out << model.index(row, c).data().toString();
    }
    return out;
}
