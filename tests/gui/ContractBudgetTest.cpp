#include "GuiTestSupport.h"

#include "app/BudgetLineModel.h"
#include "app/BudgetView.h"
#include "app/CampaignTabs.h"
#include "app/ContractDetailPanel.h"
#include "app/ContractTableModel.h"
#include "app/ContractsView.h"
#include "app/FileDialog.h"
#include "app/MainWindow.h"
#include "app/PaymentTableModel.h"
#include "storage/BudgetRepository.h"
#include "storage/ContractRepository.h"
#include "storage/Workbook.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace cd;

namespace {

// The main window on the demo workbook, showing the campaign that holds Paula Navarro's
// contract (sent, flat fee 3,200.00 EUR, not yet signed).
struct Desk {
    app::MainWindow window{app::MainWindow::Persistence::Forget};
    app::ContractsView* contracts = nullptr;
    app::ContractTableModel* model = nullptr;
    app::BudgetView* budget = nullptr;
    core::Id paula = 0;

    explicit Desk(const QString& path)
    {
        qputenv("CD_TODAY", "2026-06-15");
        REQUIRE(window.openWorkbook(path));
        contracts = window.campaignTabs()->contractsView();
        model = contracts->model();
        budget = window.campaignTabs()->budgetView();
        for (core::Id campaign = 1; campaign <= 5 && paula == 0; ++campaign) {
            if (!window.selectCampaign(campaign)) {
                continue;
            }
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, app::ContractTableModel::Influencer).data().toString() ==
                    QStringLiteral("Paula Navarro")) {
                    paula = model->contractAt(row)->id;
                }
            }
        }
        REQUIRE(paula != 0);
    }
    storage::Database& db() { return window.document()->workbook().db(); }
    QUndoStack& undo() { return *window.document()->undoStack(); }
    core::Contract stored(core::Id id)
    {
        auto contract = storage::ContractRepository(db()).get(id);
        REQUIRE(contract);
        return *contract;
    }
    QModelIndex cell(core::Id id, int column) const
    {
        return model->index(model->rowOf(id), column);
    }
};

} // namespace

TEST_CASE("The contract and budget models pass QAbstractItemModelTester")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    ModelTesterFailures failures;
    QAbstractItemModelTester contracts(desk.model,
                                       QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester lines(desk.budget->lineModel(),
                                   QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester payments(desk.budget->paymentModel(),
                                      QAbstractItemModelTester::FailureReportingMode::Warning);
    desk.contracts->selectContract(desk.paula);
    desk.contracts->signSelected();
    desk.undo().undo();
    CHECK(desk.model->rowCount() > 0);
    CHECK(failures.messages().isEmpty());
}

TEST_CASE("Signing a contract moves the budget's contract figures, and Undo moves them back")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    const core::Money before = desk.budget->summary().contractCommitted;
    REQUIRE(desk.contracts->selectContract(desk.paula));
    REQUIRE(desk.contracts->signAction()->isEnabled());

    desk.contracts->signAction()->trigger();

    const core::Contract signedNow = desk.stored(desk.paula);
    CHECK(signedNow.status == core::ContractStatus::Signed);
    CHECK(core::toIso(signedNow.signedDate) == "2026-06-15");
    // Her flat fee of 3,200.00 EUR now counts as committed by contract.
    CHECK(desk.budget->summary().contractCommitted.minorUnits() == before.minorUnits() + 320000);
    CHECK(desk.cell(desk.paula, app::ContractTableModel::Status).data().toString() ==
          QStringLiteral("Signed"));
    CHECK(desk.contracts->selectedContractId() == desk.paula);
    CHECK_FALSE(desk.contracts->signAction()->isEnabled());

    desk.undo().undo();
    CHECK(desk.stored(desk.paula).status == core::ContractStatus::Sent);
    CHECK_FALSE(desk.stored(desk.paula).signedDate.has_value());
    CHECK(desk.budget->summary().contractCommitted == before);
}

TEST_CASE("Editing a fee recomputes the fee due, exactly, and refuses bad money")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    using C = app::ContractTableModel;
    CHECK(desk.cell(desk.paula, C::ComputedFee).data().toString() ==
          QStringLiteral("3,200.00 EUR"));

    REQUIRE(desk.model->setData(desk.cell(desk.paula, C::Fee), QStringLiteral("3.450,10")));
    CHECK(desk.stored(desk.paula).fee.minorUnits() == 345010);
    CHECK(desk.cell(desk.paula, C::ComputedFee).data().toString() ==
          QStringLiteral("3,450.10 EUR"));
    desk.contracts->selectContract(desk.paula);
    CHECK(desk.contracts->detailPanel()->computedFeeLabel()->text() ==
          QStringLiteral("3,450.10 EUR"));

    CHECK_FALSE(desk.model->setData(desk.cell(desk.paula, C::Fee), QStringLiteral("lots")));
    CHECK_FALSE(desk.model->setData(desk.cell(desk.paula, C::Fee), QStringLiteral("-5")));
    CHECK(desk.stored(desk.paula).fee.minorUnits() == 345010);

    desk.undo().undo();
    CHECK(desk.stored(desk.paula).fee.minorUnits() == 320000);
    CHECK(desk.cell(desk.paula, C::ComputedFee).data().toString() ==
          QStringLiteral("3,200.00 EUR"));
}

TEST_CASE("Create payments from terms records the schedule as one undoable step")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    const auto count = desk.budget->paymentModel()->rowCount();
    REQUIRE(desk.contracts->selectContract(desk.paula));
    desk.contracts->signSelected();
    desk.contracts->createPaymentsForSelected();
    // 30 % upfront of 3,200.00 = 960.00, the rest 2,240.00.
    REQUIRE(desk.budget->paymentModel()->rowCount() == count + 2);
    std::vector<std::int64_t> amounts;
    for (const auto& p : desk.budget->paymentModel()->payments()) {
        if (p.contractId == desk.paula) {
            amounts.push_back(p.amount.minorUnits());
        }
    }
    std::sort(amounts.begin(), amounts.end());
    CHECK(amounts == std::vector<std::int64_t>{96000, 224000});
    desk.undo().undo();
    CHECK(desk.budget->paymentModel()->rowCount() == count);
}

TEST_CASE("Mark paid moves the paid total and the month, and Undo moves them back")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    const core::Payment* open = nullptr;
    for (const auto& p : desk.budget->paymentModel()->payments()) {
        if (!p.isPaid()) {
            open = &p;
            break;
        }
    }
    REQUIRE(open != nullptr);
    const core::Id id = open->id;
    const std::int64_t amount = open->amount.minorUnits();
    const std::int64_t paidBefore = desk.budget->summary().paid.minorUnits();
    auto juneOf = [&] {
        for (const auto& m : desk.budget->summary().byMonth) {
            if (m.month == "2026-06") {
                return m.paid.minorUnits();
            }
        }
        return std::int64_t{0};
    };
    const std::int64_t juneBefore = juneOf();

    REQUIRE(desk.budget->selectPayment(id));
    desk.budget->markSelectedPaid();
    CHECK(desk.budget->summary().paid.minorUnits() == paidBefore + amount);
    CHECK(juneOf() == juneBefore + amount);
    CHECK(core::toIso(storage::BudgetRepository(desk.db()).getPayment(id)->paidDate) ==
          "2026-06-15");

    desk.undo().undo();
    CHECK(desk.budget->summary().paid.minorUnits() == paidBefore);
    CHECK(juneOf() == juneBefore);
    CHECK_FALSE(storage::BudgetRepository(desk.db()).getPayment(id)->paidDate.has_value());
}

TEST_CASE("The payments CSV neutralises a hostile description")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    core::Payment hostile;
    hostile.campaignId = desk.window.currentCampaignId();
    hostile.description = "=cmd|' /C calc'!A0";
    hostile.amount = core::Money(-1250, "EUR");
    storage::BudgetRepository(desk.db()).addPayment(hostile);
    desk.window.campaignTabs()->reload();

    const QString path = demo.file(QStringLiteral("payments.csv"));
    app::FileDialog::setNextFileName(path);
    REQUIRE(desk.budget->exportPayments());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(QStringLiteral("'=cmd")));
    CHECK_FALSE(csv.contains(QStringLiteral("\n=cmd")));
    CHECK_FALSE(csv.contains(QStringLiteral(",=cmd")));
    // The refund stays a number.
    CHECK(csv.contains(QStringLiteral(",-12.50,")));
}

TEST_CASE("The over-budget flag appears when the planned lines exceed the budget")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    auto* totals = desk.budget->findChild<QLabel*>(QStringLiteral("budgetTotals"));
    REQUIRE(totals != nullptr);
    REQUIRE_FALSE(desk.budget->isOverBudgetShown());
    CHECK_FALSE(totals->text().contains(QStringLiteral("OVER BUDGET")));

    core::BudgetLine line;
    line.campaignId = desk.window.currentCampaignId();
    line.category = core::BudgetCategory::PaidBoosting;
    line.description = "A billboard on the moon";
    line.planned = core::Money(1'000'000'00, "EUR");
    storage::BudgetRepository(desk.db()).addLine(line);
    desk.window.campaignTabs()->reload();

    CHECK(desk.budget->isOverBudgetShown());
    CHECK(totals->text().contains(QStringLiteral("OVER BUDGET")));
    CHECK(totals->styleSheet().contains(QStringLiteral("#b91c1c")));
}
