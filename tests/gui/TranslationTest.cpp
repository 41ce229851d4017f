// Italian through Qt Linguist: menus, tabs and enum labels come from the embedded .qm, and money,
// dates and counts follow the Italian locale; switching back to English gives the English texts
// and English number formats again ("1,234.56 EUR").
#include "BudgetTestSupport.h"

#include "app/BudgetLineModel.h"
#include "app/CampaignTabs.h"
#include "app/ContentView.h"
#include "app/ContractDetailPanel.h"
#include "app/ContractTableModel.h"
#include "app/Format.h"
#include "app/MainWindow.h"
#include "app/PaymentTableModel.h"
#include "app/PreferencesDialog.h"
#include "app/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace cd;

namespace {

// Puts the English interface back however a test case ends, so that later tests see English.
struct LanguageGuard {
    ~LanguageGuard() { app::applyUiLanguage(app::UiLanguage::System); }
};

QString menuTitle(const app::MainWindow& window, const char* objectName)
{
    auto* menu = window.findChild<QMenu*>(QString::fromLatin1(objectName));
    REQUIRE(menu != nullptr);
    return menu->title();
}

QString actionText(const app::MainWindow& window, const char* objectName)
{
    auto* action = window.findChild<QAction*>(QString::fromLatin1(objectName));
    REQUIRE(action != nullptr);
    return action->text();
}

QString tabText(app::CampaignTabs& tabs, QWidget* page)
{
    const int index = tabs.indexOf(page);
    REQUIRE(index >= 0);
    return tabs.tabText(index);
}

// The Status column of the Contracts tab, one text per contract.
QStringList contractStates(const app::ContractsView& view)
{
    const QAbstractItemModel* model = view.table()->model();
    QStringList states;
    for (int row = 0; row < model->rowCount(); ++row) {
        states << model->index(row, app::ContractTableModel::Status).data().toString();
    }
    states.sort();
    return states;
}

core::Money eur(std::int64_t minor)
{
    return core::Money(minor, "EUR");
}

} // namespace

TEST_CASE("Italian translates the menus and formats money, dates and counts the Italian way")
{
    LanguageGuard guard;
    app::applyUiLanguage(app::UiLanguage::Italian);
    CHECK(app::currentUiLanguage() == app::UiLanguage::Italian);

    CHECK(app::formatMoney(eur(123456)) == QStringLiteral("1.234,56 €"));
    CHECK(app::formatMoney(eur(-123456)) == QStringLiteral("-1.234,56 €"));
    CHECK(app::formatMoney(core::Money(99, "USD")) == QStringLiteral("0,99 USD"));
    CHECK(app::formatMoney(core::Money(1234567, "JPY")) == QStringLiteral("1.234.567 JPY"));
    CHECK(app::formatDate(core::Date::fromYmd(2026, 12, 31)) == QStringLiteral("31/12/2026"));
    CHECK(app::formatDate(std::nullopt).isEmpty());
    CHECK(app::formatCount(1234567) == QStringLiteral("1.234.567"));
    CHECK(app::formatPercent(12.5, 1) == QStringLiteral("12,5 %"));
    CHECK(app::formatDays(3) == QStringLiteral("3 g"));

    SmallWorkbook small;
    BudgetDesk desk(small);
    CHECK(menuTitle(desk.window, "menuFile") == QStringLiteral("&File"));
    CHECK(menuTitle(desk.window, "menuEdit") == QStringLiteral("&Modifica"));
    CHECK(menuTitle(desk.window, "menuCampaign") == QStringLiteral("&Campagna"));
    CHECK(menuTitle(desk.window, "menuHelp") == QStringLiteral("&Aiuto"));
    CHECK(actionText(desk.window, "actionOpen") == QStringLiteral("&Apri…"));
    CHECK(actionText(desk.window, "actionUndo") == QStringLiteral("&Annulla"));
    CHECK(actionText(desk.window, "actionPreferences") == QStringLiteral("&Preferenze…"));
    app::CampaignTabs& tabs = *desk.window.campaignTabs();
    CHECK(tabText(tabs, desk.contracts) == QStringLiteral("&Contratti"));
    CHECK(tabText(tabs, tabs.contentView()) == QStringLiteral("Con&tenuti"));

    // The Budget tab of a real workbook: "Creator fees" plans 2,500.00 EUR, its upfront payment
    // of 600.00 EUR was due on 4 May 2026.
    CHECK(desk.lineCell(small.feesLine, app::BudgetLineModel::Planned).data().toString() ==
          QStringLiteral("2.500,00 €"));
    CHECK(desk.lineCell(small.feesLine, app::BudgetLineModel::Category).data().toString() ==
          QStringLiteral("Compensi influencer"));
    CHECK(desk.paymentCell(small.upfront, app::PaymentTableModel::Amount).data().toString() ==
          QStringLiteral("600,00 €"));
    CHECK(desk.paymentCell(small.upfront, app::PaymentTableModel::Due).data().toString() ==
          QStringLiteral("04/05/2026"));
    // Core's labels too: Ada's contract is signed, Cleo's sent.
    CHECK(contractStates(*desk.contracts) ==
          QStringList{QStringLiteral("Firmato"), QStringLiteral("Inviato")});
    // Editing keeps the exact decimal form, whatever the display language.
    CHECK(desk.lineCell(small.feesLine, app::BudgetLineModel::Planned).data(Qt::EditRole) ==
          QStringLiteral("2500.00"));
}

TEST_CASE("In English an amount is shown grouped and typed back with or without the commas")
{
    LanguageGuard guard;
    app::applyUiLanguage(app::UiLanguage::English);
    SmallWorkbook small;
    BudgetDesk desk(small);
    REQUIRE(desk.contracts->selectContract(small.adaContract));
    auto* fee = desk.contracts->detailPanel()->findChild<QLineEdit*>(QStringLiteral("contractFee"));
    REQUIRE(fee != nullptr);
    CHECK(fee->text() == QStringLiteral("2,000.00 EUR"));
    // Leaving the field as it is changes nothing and adds no undo step.
    const int steps = desk.undo().count();
    Q_EMIT fee->editingFinished();
    CHECK(desk.undo().count() == steps);
    CHECK(desk.contract(small.adaContract)->fee.minorUnits() == 200000);
    fee->setText(QStringLiteral("12,100.50 EUR"));
    Q_EMIT fee->editingFinished();
    CHECK(desk.contract(small.adaContract)->fee.minorUnits() == 1210050);
    fee->setText(QStringLiteral("2100.5"));
    Q_EMIT fee->editingFinished();
    CHECK(desk.contract(small.adaContract)->fee.minorUnits() == 210050);
    desk.undo().undo();
    desk.undo().undo();
    CHECK(desk.contract(small.adaContract)->fee.minorUnits() == 200000);
}

TEST_CASE("In Italian an amount is shown and typed back the Italian way")
{
    LanguageGuard guard;
    app::applyUiLanguage(app::UiLanguage::Italian);
    CHECK(app::formatDecimal(7.3249, 2) == QStringLiteral("7,32"));
    CHECK(app::currencyText("EUR") == QStringLiteral("€"));

    SmallWorkbook small;
    BudgetDesk desk(small);
    REQUIRE(desk.contracts->selectContract(small.adaContract));
    auto* fee = desk.contracts->detailPanel()->findChild<QLineEdit*>(QStringLiteral("contractFee"));
    REQUIRE(fee != nullptr);
    CHECK(fee->text() == QStringLiteral("2.000,00 €")); // Ada's flat fee of 2,000.00 EUR
    fee->setText(QStringLiteral("2.100,50 €"));
    Q_EMIT fee->editingFinished();
    CHECK(desk.contract(small.adaContract)->fee.minorUnits() == 210050);
    desk.undo().undo();
    CHECK(desk.contract(small.adaContract)->fee.minorUnits() == 200000);
}

TEST_CASE("Switching back to English gives the English menus and English number formats")
{
    LanguageGuard guard;
    app::applyUiLanguage(app::UiLanguage::Italian);
    app::applyUiLanguage(app::UiLanguage::English);
    CHECK(app::currentUiLanguage() == app::UiLanguage::English);

    CHECK(app::formatMoney(eur(123456)) == QStringLiteral("1,234.56 EUR"));
    CHECK(app::formatDate(core::Date::fromYmd(2026, 12, 31)) == QStringLiteral("2026-12-31"));
    CHECK(app::formatCount(1234567) == QStringLiteral("1,234,567"));
    CHECK(app::formatDays(3) == QStringLiteral("3 d"));
    CHECK(app::formatDecimal(7.3249, 2) == QStringLiteral("7.32"));
    CHECK(app::currencyText("EUR") == QStringLiteral("EUR"));

    SmallWorkbook small;
    BudgetDesk desk(small);
    CHECK(menuTitle(desk.window, "menuEdit") == QStringLiteral("&Edit"));
    CHECK(menuTitle(desk.window, "menuCampaign") == QStringLiteral("&Campaign"));
    CHECK(actionText(desk.window, "actionUndo") == QStringLiteral("&Undo"));
    CHECK(tabText(*desk.window.campaignTabs(), desk.contracts) == QStringLiteral("&Contracts"));
    CHECK(desk.lineCell(small.feesLine, app::BudgetLineModel::Planned).data().toString() ==
          QStringLiteral("2,500.00 EUR"));
    CHECK(desk.lineCell(small.feesLine, app::BudgetLineModel::Category).data().toString() ==
          QStringLiteral("Influencer fees"));
    CHECK(desk.paymentCell(small.upfront, app::PaymentTableModel::Due).data().toString() ==
          QStringLiteral("2026-05-04"));
    CHECK(contractStates(*desk.contracts) ==
          QStringList{QStringLiteral("Sent"), QStringLiteral("Signed")});
}

TEST_CASE("Edit > Preferences keeps the chosen language in the settings")
{
    CHECK(app::uiLanguageFromKey(QStringLiteral("it")) == app::UiLanguage::Italian);
    CHECK(app::uiLanguageFromKey(QStringLiteral("en")) == app::UiLanguage::English);
    CHECK(app::uiLanguageFromKey(QStringLiteral("klingon")) == app::UiLanguage::System);
    CHECK(app::resolvedUiLanguage(app::UiLanguage::Italian) == app::UiLanguage::Italian);
    CHECK(app::uiLocale(app::UiLanguage::Italian).language() == QLocale::Italian);

    app::saveUiLanguage(app::UiLanguage::System);
    {
        app::PreferencesDialog dialog;
        CHECK(dialog.language() == app::UiLanguage::System);
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        REQUIRE(combo != nullptr);
        CHECK(combo->count() == 3);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Italiano")));
        dialog.accept();
    }
    CHECK(app::savedUiLanguage() == app::UiLanguage::Italian);
    {
        app::PreferencesDialog dialog; // opens on the saved choice; Cancel changes nothing
        CHECK(dialog.language() == app::UiLanguage::Italian);
        dialog.setLanguage(app::UiLanguage::English);
        dialog.reject();
    }
    CHECK(app::savedUiLanguage() == app::UiLanguage::Italian);
    app::saveUiLanguage(app::UiLanguage::System);
    CHECK(app::savedUiLanguage() == app::UiLanguage::System);
}
