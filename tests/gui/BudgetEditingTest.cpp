// The Budget tab's editing: budget lines and payments inline (money as typed, stored exactly),
// the spend views and File > Export Payments, on a small workbook worked out by hand.
#include "BudgetTestSupport.h"
#include "GuiTestSupport.h"

#include "app/BudgetLineModel.h"
#include "app/FileDialog.h"
#include "app/PaymentTableModel.h"
#include "app/SpendTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace cd;

TEST_CASE("A budget amount typed as 1.234,56 is stored as 123456 cents, and Undo puts it back")
{
    SmallWorkbook small;
    BudgetDesk desk(small);
    auto* view = desk.budget->linesView();
    const QModelIndex planned = desk.lineCell(small.agencyLine, app::BudgetLineModel::Planned);
    REQUIRE((view->model()->flags(planned) & Qt::ItemIsEditable));
    CHECK(planned.data(Qt::EditRole).toString() == QStringLiteral("500.00"));

    REQUIRE(view->model()->setData(planned, QStringLiteral("1.234,56")));
    CHECK(desk.line(small.agencyLine)->planned.minorUnits() == 123456);
    CHECK(desk.lineCell(small.agencyLine, app::BudgetLineModel::Planned).data().toString() ==
          QStringLiteral("1,234.56 EUR"));
    // 2,500.00 + 1,234.56 planned in all.
    CHECK(desk.budget->summary().planned.minorUnits() == 373456);

    const QModelIndex committed = desk.lineCell(small.agencyLine, app::BudgetLineModel::Committed);
    REQUIRE(view->model()->setData(committed, QStringLiteral("1234.5")));
    CHECK(desk.line(small.agencyLine)->committed.minorUnits() == 123450);
    // Each edit reloads the table: indexes are fetched again, as a view would.
    CHECK_FALSE(view->model()->setData(
        desk.lineCell(small.agencyLine, app::BudgetLineModel::Committed), QStringLiteral("lots")));
    CHECK_FALSE(view->model()->setData(
        desk.lineCell(small.agencyLine, app::BudgetLineModel::Committed), QStringLiteral("-3")));
    CHECK(desk.line(small.agencyLine)->committed.minorUnits() == 123450);

    desk.undo().undo();
    CHECK(desk.line(small.agencyLine)->committed.minorUnits() == 30000);
    desk.undo().undo();
    CHECK(desk.line(small.agencyLine)->planned.minorUnits() == 50000);
    CHECK(desk.budget->summary().planned.minorUnits() == 300000);

    const QModelIndex category = desk.lineCell(small.agencyLine, app::BudgetLineModel::Category);
    REQUIRE(view->model()->setData(category, QStringLiteral("Tools")));
    CHECK(desk.line(small.agencyLine)->category == core::BudgetCategory::Tools);
    const QModelIndex text = desk.lineCell(small.agencyLine, app::BudgetLineModel::Description);
    REQUIRE(view->model()->setData(text, QStringLiteral("Dashboards")));
    CHECK(desk.line(small.agencyLine)->description == "Dashboards");
}

TEST_CASE("Budget lines are added and deleted undoably, and a deleted line's payments come back")
{
    SmallWorkbook small;
    BudgetDesk desk(small);
    const core::Id added = desk.budget->addLine();
    REQUIRE(added != 0);
    CHECK(desk.line(added)->category == core::BudgetCategory::Other);
    CHECK(desk.budget->lineModel()->rowCount() == 3);
    desk.undo().undo();
    CHECK_FALSE(desk.line(added).has_value());
    desk.undo().redo();
    CHECK(desk.line(added).has_value());

    REQUIRE(desk.budget->selectLine(small.feesLine));
    desk.budget->deleteSelectedLine();
    CHECK_FALSE(desk.line(small.feesLine).has_value());
    CHECK_FALSE(desk.payment(small.upfront)->budgetLineId.has_value());
    desk.undo().undo();
    REQUIRE(desk.line(small.feesLine).has_value());
    CHECK(desk.line(small.feesLine)->planned.minorUnits() == 250000);
    CHECK(desk.payment(small.upfront)->budgetLineId == small.feesLine);
    CHECK(desk.payment(small.rest)->budgetLineId == small.feesLine);
}

TEST_CASE("Payments are edited inline: paid date, due date and amount, each undoable")
{
    SmallWorkbook small;
    BudgetDesk desk(small);
    auto* model = desk.budget->paymentsView()->model();
    const QModelIndex paid = desk.paymentCell(small.rest, app::PaymentTableModel::Paid);
    REQUIRE((model->flags(paid) & Qt::ItemIsEditable));
    REQUIRE(model->setData(paid, QStringLiteral("2026-06-20")));
    CHECK(core::toIso(desk.payment(small.rest)->paidDate) == "2026-06-20");
    // 600.00 + 300.00 + 1,400.00 now paid.
    CHECK(desk.budget->summary().paid.minorUnits() == 230000);

    CHECK_FALSE(model->setData(desk.paymentCell(small.rest, app::PaymentTableModel::Due),
                               QStringLiteral("someday")));
    REQUIRE(model->setData(desk.paymentCell(small.rest, app::PaymentTableModel::Amount),
                           QStringLiteral("1.234,56")));
    CHECK(desk.payment(small.rest)->amount.minorUnits() == 123456);
    CHECK_FALSE(model->setData(desk.paymentCell(small.rest, app::PaymentTableModel::Amount),
                               QStringLiteral("0")));

    desk.undo().undo();
    CHECK(desk.payment(small.rest)->amount.minorUnits() == 140000);
    desk.undo().undo();
    CHECK_FALSE(desk.payment(small.rest)->paidDate.has_value());
    CHECK(desk.budget->summary().paid.minorUnits() == 90000);

    // Clearing a paid date makes the payment open again.
    REQUIRE(
        model->setData(desk.paymentCell(small.upfront, app::PaymentTableModel::Paid), QString()));
    CHECK_FALSE(desk.payment(small.upfront)->paidDate.has_value());
    REQUIRE(desk.budget->selectPayment(small.agency));
    desk.budget->deleteSelectedPayment();
    CHECK_FALSE(desk.payment(small.agency).has_value());
    desk.undo().undo();
    CHECK(desk.payment(small.agency)->amount.minorUnits() == 30000);
}

TEST_CASE("Spend per month and per influencer show the hand-worked totals")
{
    SmallWorkbook small;
    BudgetDesk desk(small);
    ModelTesterFailures failures;
    QAbstractItemModelTester monthTester(desk.budget->monthModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester peopleTester(desk.budget->influencerModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto& months = *desk.budget->monthModel();
    REQUIRE(months.rowCount() == 4);
    CHECK(rowTexts(months, 0) ==
          QStringList{QStringLiteral("2026-05"), QStringLiteral("600.00 EUR"),
                      QStringLiteral("2,000.00 EUR"), QStringLiteral("600.00 EUR")});
    CHECK(rowTexts(months, 1) ==
          QStringList{QStringLiteral("2026-06"), QStringLiteral("300.00 EUR"),
                      QStringLiteral("0.00 EUR"), QStringLiteral("300.00 EUR")});
    CHECK(rowTexts(months, 2) ==
          QStringList{QStringLiteral("2026-07"), QStringLiteral("1,400.00 EUR"),
                      QStringLiteral("0.00 EUR"), QStringLiteral("0.00 EUR")});
    CHECK(rowTexts(months, 3) ==
          QStringList{QStringLiteral("Total"), QStringLiteral("2,300.00 EUR"),
                      QStringLiteral("2,000.00 EUR"), QStringLiteral("900.00 EUR")});
    CHECK(months.index(3, 0).data(app::SpendTableModel::IsTotalRole).toBool());

    // Only Ada is signed or paid: Cleo's contract is merely sent.
    const auto& people = *desk.budget->influencerModel();
    REQUIRE(people.rowCount() == 2);
    CHECK(rowTexts(people, 0) == QStringList{QStringLiteral("Ada"), QStringLiteral("2,000.00 EUR"),
                                             QStringLiteral("600.00 EUR"),
                                             QStringLiteral("1,400.00 EUR")});

    // Marking the rest paid moves July's paid and Ada's outstanding.
    REQUIRE(desk.budget->selectPayment(small.rest));
    desk.budget->markSelectedPaid(); // paid today, 2026-06-15
    CHECK(rowTexts(months, 1).at(3) == QStringLiteral("1,700.00 EUR"));
    CHECK(rowTexts(people, 0).at(3) == QStringLiteral("0.00 EUR"));
    CHECK(failures.messages().isEmpty());
}

TEST_CASE("File > Export Payments writes the campaign's payments as CSV")
{
    SmallWorkbook small;
    BudgetDesk desk(small);
    auto* action = desk.window.findChild<QAction*>(QStringLiteral("actionExportPayments"));
    REQUIRE(action != nullptr);
    REQUIRE(action->isEnabled());
    const QString path = small.dir.filePath(QStringLiteral("payments.csv"));
    app::FileDialog::setNextFileName(path);
    action->trigger();

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll())
                                  .remove(QLatin1Char('\r'))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines == QStringList{QStringLiteral("description,amount,currency,due,paid"),
                               QStringLiteral("Upfront,600.00,EUR,2026-05-04,2026-05-05"),
                               QStringLiteral("Agency retainer,300.00,EUR,2026-06-01,2026-06-03"),
                               QStringLiteral("Rest,1400.00,EUR,2026-07-10,")});

    // Cancel writes nothing.
    QFile::remove(path);
    app::FileDialog::setNextFileName(QString());
    action->trigger();
    CHECK_FALSE(QFile::exists(path));
}
