// The Contracts tab's structural edits: New and Delete Contract (undo restores the same ids and
// the payments) and the deliverables and shipments tables of the detail panel.
#include "BudgetTestSupport.h"
#include "GuiTestSupport.h"

#include "app/ContractDetailPanel.h"
#include "app/ContractItemsEditor.h"
#include "app/ContractTableModel.h"
#include "app/InfluencerPicker.h"
#include "app/PaymentTableModel.h"

#include <QAction>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace cd;

TEST_CASE("New Contract picks an influencer of the roster, and Undo/Redo keep its id")
{
    SmallWorkbook small;
    BudgetDesk desk(small);
    REQUIRE(desk.contracts->newContractAction()->isEnabled());
    app::InfluencerPicker::setNextChoice(small.bea);
    desk.contracts->newContractAction()->trigger();

    const core::Id added = desk.contracts->selectedContractId();
    REQUIRE(added != 0);
    const auto stored = desk.contract(added);
    REQUIRE(stored.has_value());
    CHECK(stored->influencerId == small.bea);
    CHECK(stored->status == core::ContractStatus::Draft);
    CHECK(desk.contracts->model()->rowCount() == 3);

    desk.undo().undo();
    CHECK_FALSE(desk.contract(added).has_value());
    CHECK(desk.contracts->model()->rowCount() == 2);
    desk.undo().redo();
    REQUIRE(desk.contract(added).has_value());
    CHECK(desk.contract(added)->influencerId == small.bea);

    // Cancel adds nothing.
    app::InfluencerPicker::setNextChoice(std::nullopt);
    CHECK(desk.contracts->newContract() == 0);
    CHECK(desk.contracts->model()->rowCount() == 3);
}

TEST_CASE("Delete Contract asks first, and Undo restores the same id with its payments")
{
    SmallWorkbook small;
    BudgetDesk desk(small);
    const core::Contract original = *desk.contract(small.adaContract);
    REQUIRE(desk.contracts->selectContract(small.adaContract));

    app::MessageBox::setNextAnswer(QMessageBox::No);
    desk.contracts->deleteContractAction()->trigger();
    CHECK(desk.contract(small.adaContract).has_value());
    const auto asked = takeMessages();
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].text.contains(QStringLiteral("Ada")));
    CHECK(asked[0].text.contains(QStringLiteral("2 payment(s), 1 of them paid")));

    REQUIRE(desk.contracts->selectContract(small.adaContract));
    app::MessageBox::setNextAnswer(QMessageBox::Yes);
    desk.contracts->deleteContractAction()->trigger();
    CHECK_FALSE(desk.contract(small.adaContract).has_value());
    CHECK_FALSE(desk.payment(small.upfront).has_value());
    CHECK_FALSE(desk.payment(small.rest).has_value());
    CHECK(desk.payment(small.agency).has_value());
    CHECK(desk.budget->paymentModel()->rowCount() == 1);

    desk.undo().undo();
    // Re-read through storage: same id, same terms, deliverables and shipments.
    const auto back = desk.contract(small.adaContract);
    REQUIRE(back.has_value());
    core::Contract expected = original;
    expected.version = back->version;
    CHECK(*back == expected);
    REQUIRE(desk.payment(small.upfront).has_value());
    CHECK(desk.payment(small.upfront)->contractId == small.adaContract);
    CHECK(desk.payment(small.upfront)->amount.minorUnits() == 60000);
    CHECK(core::toIso(desk.payment(small.upfront)->paidDate) == "2026-05-05");
    REQUIRE(desk.payment(small.rest).has_value());
    CHECK(desk.payment(small.rest)->budgetLineId == small.feesLine);
    CHECK(desk.budget->paymentModel()->rowCount() == 3);
    CHECK(desk.contracts->model()->rowOf(small.adaContract) >= 0);
}

TEST_CASE("Deliverables and shipments are edited in the detail panel, one undo step each")
{
    SmallWorkbook small;
    BudgetDesk desk(small);
    REQUIRE(desk.contracts->selectContract(small.adaContract));
    auto* editor = desk.contracts->detailPanel()->itemsEditor();
    QTableWidget* deliverables = editor->deliverablesTable();
    REQUIRE(deliverables->rowCount() == 1);
    CHECK(deliverables->item(0, app::ContractItemsEditor::ContentType)->text() ==
          QStringLiteral("Reel"));
    const int steps = desk.undo().count();

    deliverables->item(0, app::ContractItemsEditor::Quantity)->setData(Qt::EditRole, 3);
    CHECK(desk.contract(small.adaContract)->deliverables.at(0).quantity == 3);
    editor->addDeliverable();
    REQUIRE(desk.contract(small.adaContract)->deliverables.size() == 2);
    deliverables = editor->deliverablesTable();
    REQUIRE(deliverables->rowCount() == 2);
    deliverables->item(1, app::ContractItemsEditor::Platform)->setText(QStringLiteral("TikTok"));
    deliverables->item(1, app::ContractItemsEditor::Due)->setText(QStringLiteral("2026-07-01"));
    const auto second = desk.contract(small.adaContract)->deliverables.at(1);
    CHECK(second.platform == core::Platform::TikTok);
    CHECK(core::toIso(second.dueDate) == "2026-07-01");
    // A date that is not one is refused and the stored value shown again.
    deliverables->item(1, app::ContractItemsEditor::Due)->setText(QStringLiteral("soon"));
    CHECK(core::toIso(desk.contract(small.adaContract)->deliverables.at(1).dueDate) ==
          "2026-07-01");
    CHECK(deliverables->item(1, app::ContractItemsEditor::Due)->text() ==
          QStringLiteral("2026-07-01"));
    CHECK(desk.undo().count() == steps + 4);

    QTableWidget* shipments = editor->shipmentsTable();
    REQUIRE(shipments->rowCount() == 1);
    shipments->item(0, app::ContractItemsEditor::Received)->setText(QStringLiteral("2026-05-09"));
    CHECK(core::toIso(desk.contract(small.adaContract)->shipments.at(0).receivedDate) ==
          "2026-05-09");
    shipments->setCurrentCell(0, 0);
    editor->removeSelectedShipment();
    CHECK(desk.contract(small.adaContract)->shipments.empty());

    desk.undo().undo();
    REQUIRE(desk.contract(small.adaContract)->shipments.size() == 1);
    CHECK(desk.contract(small.adaContract)->shipments.at(0).items == "Kit");
    while (desk.undo().index() > steps) {
        desk.undo().undo();
    }
    const auto restored = desk.contract(small.adaContract);
    REQUIRE(restored->deliverables.size() == 1);
    CHECK(restored->deliverables.at(0).quantity == 2);
    CHECK_FALSE(restored->shipments.at(0).receivedDate.has_value());
}
