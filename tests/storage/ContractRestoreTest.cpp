#include "TempDir.h"

#include "storage/BudgetRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/ContractRepository.h"
#include "storage/InfluencerRepository.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>

using namespace cd::core;
using namespace cd::storage;

namespace {

Date d(const char* iso)
{
    return *Date::parseIso(iso);
}

// A campaign with one influencer's contract (two deliverables, one shipment) and two payments
// under it, plus a payment of another kind that must stay where it is.
struct Fixture {
    TempDir dir;
    Workbook wb = Workbook::create(dir.file("r.cdwb"));
    Campaign campaign;
    Contract contract;
    Payment upfront;
    Payment rest;
    Payment agency;

    Fixture()
    {
        campaign.name = "Restore";
        campaign.currency = "EUR";
        campaign.budget = Money(1000000, "EUR");
        CampaignRepository(wb.db()).add(campaign);
        Influencer i;
        i.name = "Ada";
        InfluencerRepository(wb.db()).add(i);
        contract.campaignId = campaign.id;
        contract.influencerId = i.id;
        contract.status = ContractStatus::Signed;
        contract.signedDate = d("2026-05-02");
        contract.fee = Money(250000, "EUR");
        contract.deliverables = {{ContentType::Reel, Platform::Instagram, 2, d("2026-06-01")},
                                 {ContentType::Story, Platform::TikTok, 3, std::nullopt}};
        contract.shipments = {{"SPF 50 kit", "M, L", 1, d("2026-05-10"), d("2026-05-12")}};
        ContractRepository(wb.db()).add(contract);
        BudgetRepository budget(wb.db());
        upfront = payment("Upfront", 75000, d("2026-05-02"), d("2026-05-03"), contract.id);
        rest = payment("Rest", 175000, d("2026-07-01"), std::nullopt, contract.id);
        agency = payment("Agency", 50000, d("2026-06-01"), std::nullopt, std::nullopt);
        for (Payment* p : {&upfront, &rest, &agency}) {
            budget.addPayment(*p);
        }
    }

    Payment payment(const char* what, std::int64_t minor, OptionalDate due, OptionalDate paid,
                    std::optional<Id> contractId) const
    {
        Payment p;
        p.campaignId = campaign.id;
        p.contractId = contractId;
        p.description = what;
        p.amount = Money(minor, "EUR");
        p.dueDate = due;
        p.paidDate = paid;
        return p;
    }
};

} // namespace

TEST_CASE("A removed contract comes back under its id with its children and payments")
{
    Fixture f;
    ContractRepository contracts(f.wb.db());
    BudgetRepository budget(f.wb.db());

    RemovedContract removed = contracts.removeWithPayments(f.contract.id);
    CHECK_FALSE(contracts.get(f.contract.id).has_value());
    CHECK(removed.payments.size() == 2);
    CHECK_FALSE(budget.getPayment(f.upfront.id).has_value());
    CHECK_FALSE(budget.getPayment(f.rest.id).has_value());
    REQUIRE(budget.getPayment(f.agency.id).has_value());

    contracts.restore(removed);

    const auto back = contracts.get(f.contract.id);
    REQUIRE(back.has_value());
    Contract expected = f.contract;
    expected.version = back->version;
    CHECK(*back == expected);
    CHECK(back->deliverables.size() == 2);
    CHECK(back->shipments.at(0).items == "SPF 50 kit");
    for (const Payment* p : {&f.upfront, &f.rest}) {
        const auto payment = budget.getPayment(p->id);
        REQUIRE(payment.has_value());
        CHECK(payment->contractId == f.contract.id);
        CHECK(payment->amount == p->amount);
        CHECK(payment->paidDate == p->paidDate);
    }
    CHECK(budget.paymentsOfCampaign(f.campaign.id).size() == 3);
}

TEST_CASE("Restoring a contract whose place is taken is refused and changes nothing")
{
    Fixture f;
    ContractRepository contracts(f.wb.db());
    RemovedContract removed = contracts.removeWithPayments(f.contract.id);
    // Someone made a new contract for the same influencer meanwhile.
    Contract other = removed.contract;
    other.id = 0;
    contracts.add(other);
    try {
        contracts.restore(removed);
        FAIL("the pair (campaign, influencer) is taken");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Constraint);
    }
    CHECK(contracts.listByCampaign(f.campaign.id).size() == 1);
    CHECK(BudgetRepository(f.wb.db()).paymentsOfCampaign(f.campaign.id).size() == 1);
    CHECK_THROWS_AS(contracts.removeWithPayments(987654), StorageError);
}

TEST_CASE("Budget lines and payments can be put back under their old ids")
{
    Fixture f;
    BudgetRepository budget(f.wb.db());
    BudgetLine line;
    line.campaignId = f.campaign.id;
    line.category = BudgetCategory::Tools;
    line.description = "Analytics";
    line.planned = Money(123456, "EUR");
    budget.addLine(line);
    const Id lineId = line.id;
    budget.removeLine(lineId);
    CHECK_FALSE(budget.getLine(lineId).has_value());
    budget.restoreLine(line);
    CHECK(line.id == lineId);
    REQUIRE(budget.getLine(lineId).has_value());
    CHECK(budget.getLine(lineId)->planned.minorUnits() == 123456);

    Payment agency = f.agency;
    budget.removePayment(agency.id);
    budget.restorePayment(agency);
    CHECK(agency.id == f.agency.id);
    CHECK(budget.getPayment(f.agency.id)->description == "Agency");
}
