// The team (Campaign ▸ Team…) and "My work": one person's share of every tab.
#include "GuiTestSupport.h"

#include "app/BudgetView.h"
#include "app/CampaignTabs.h"
#include "app/ContentTableModel.h"
#include "app/ContentView.h"
#include "app/ContractDetailPanel.h"
#include "app/ContractTableModel.h"
#include "app/ContractsView.h"
#include "app/DashboardView.h"
#include "app/EmptyState.h"
#include "app/InfluencerRosterModel.h"
#include "app/InfluencerTracker.h"
#include "app/MainWindow.h"
#include "app/PlanTreeView.h"
#include "app/PlanView.h"
#include "app/TeamDialog.h"
#include "app/TimelineView.h"
#include "app/WbsTreeModel.h"
#include "app/WorkbookDocument.h"
#include "storage/ContractRepository.h"
#include "storage/Database.h"
#include "storage/Snapshot.h"
#include "storage/TaskRepository.h"
#include "storage/TeamRepository.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <set>

using namespace cd;

namespace {

struct TeamWindow {
    DemoWorkbook demo;
    app::MainWindow window{app::MainWindow::Persistence::Forget};
    app::CampaignTabs* tabs = nullptr;
    core::CampaignSnapshot snapshot;

    TeamWindow()
    {
        QSettings().remove(QStringLiteral("myWork/person"));
        REQUIRE(window.openWorkbook(demo.path()));
        REQUIRE(window.selectCampaign(1));
        tabs = window.campaignTabs();
        snapshot = storage::loadSnapshot(db(), 1);
        REQUIRE(snapshot.campaign.name == "Summer Glow SPF Launch");
    }
    ~TeamWindow() { QSettings().remove(QStringLiteral("myWork/person")); }
    storage::Database& db() { return window.document()->workbook().db(); }
    QUndoStack& undo() { return *window.document()->undoStack(); }
    app::TeamDialog* openTeam()
    {
        auto* action = window.findChild<QAction*>(QStringLiteral("actionTeam"));
        REQUIRE(action != nullptr);
        REQUIRE(action->isEnabled());
        CHECK_FALSE(action->statusTip().isEmpty());
        action->trigger();
        auto* dialog = window.findChild<app::TeamDialog*>();
        REQUIRE(dialog != nullptr);
        return dialog;
    }
};

const QStringList kDemoTeam{QStringLiteral("Daniel"), QStringLiteral("Luca"),
                            QStringLiteral("Marta"), QStringLiteral("Sofia")};

QStringList namesIn(const QTableWidget& table)
{
    QStringList out;
    for (int r = 0; r < table.rowCount(); ++r) {
        out << table.item(r, app::TeamDialog::Name)->text();
    }
    return out;
}

} // namespace

TEST_CASE("The Team dialog lists the people with their roles, and edits are undoable")
{
    TeamWindow w;
    app::TeamDialog* dialog = w.openTeam();
    QTableWidget& table = *dialog->table();
    REQUIRE(namesIn(table) == kDemoTeam);
    CHECK(dialog->rolesSummary()->text().contains(QStringLiteral("Strategy: Daniel, Marta")));
    CHECK(dialog->rolesSummary()->text().contains(QStringLiteral("Operations: Luca")));
    const int luca = dialog->rowOf(storage::TeamRepository(w.db()).findByName("Luca")->id);
    // Luca looks after the gifting contracts and some tasks: the counts say so.
    CHECK(table.item(luca, app::TeamDialog::TaskCount)->text().toInt() > 0);
    CHECK(table.item(luca, app::TeamDialog::ContractCount)->text().toInt() > 0);

    SECTION("A rename follows into tasks and contracts, and Undo takes it back")
    {
        const auto before = storage::TeamRepository(w.db()).assignmentsOf("Luca");
        table.item(luca, app::TeamDialog::Name)->setText(QStringLiteral("  Luca   Verdi "));
        storage::TeamRepository repo(w.db());
        CHECK(repo.findByName("Luca Verdi").has_value());
        CHECK(repo.assignmentsOf("Luca Verdi") == before);
        CHECK(repo.assignmentsOf("Luca") == storage::Assignments{});
        CHECK(namesIn(table).contains(QStringLiteral("Luca Verdi")));
        w.undo().undo();
        CHECK(repo.assignmentsOf("Luca") == before);
        CHECK(namesIn(table).contains(QStringLiteral("Luca")));
    }
    SECTION("A taken name is refused with a message and the table shows the stored name")
    {
        const int marta = dialog->rowOf(storage::TeamRepository(w.db()).findByName("Marta")->id);
        takeMessages();
        table.item(marta, app::TeamDialog::Name)->setText(QStringLiteral("Sofia"));
        const auto messages = takeMessages();
        REQUIRE(messages.size() == 1);
        CHECK(messages[0].text.contains(QStringLiteral("already has someone called")));
        CHECK(namesIn(table) == kDemoTeam);
        CHECK(storage::TeamRepository(w.db()).findByName("Marta").has_value());
    }
    SECTION("Ticking a role gives it, Undo takes it away")
    {
        const int sofia = dialog->rowOf(storage::TeamRepository(w.db()).findByName("Sofia")->id);
        const int analytics = app::TeamDialog::FirstRole + 2;
        table.item(sofia, analytics)->setCheckState(Qt::Checked);
        CHECK(
            storage::TeamRepository(w.db()).findByName("Sofia")->holds(core::OwnerRole::Analytics));
        CHECK(dialog->rolesSummary()->text().contains(QStringLiteral("Analytics: Daniel, Sofia")));
        w.undo().undo();
        CHECK_FALSE(
            storage::TeamRepository(w.db()).findByName("Sofia")->holds(core::OwnerRole::Analytics));
    }
    SECTION("Add Person adds a numbered new person; Remove asks when tasks name them")
    {
        const core::Id first = dialog->addPerson();
        const core::Id second = dialog->addPerson();
        REQUIRE(first != 0);
        CHECK(storage::TeamRepository(w.db()).get(first)->name == "New person");
        CHECK(storage::TeamRepository(w.db()).get(second)->name == "New person 2");
        // Nobody is assigned to a new person: removed without a question.
        table.setCurrentCell(dialog->rowOf(second), app::TeamDialog::Name);
        takeMessages();
        CHECK(dialog->removeSelected());
        CHECK(takeMessages().isEmpty());
        CHECK_FALSE(storage::TeamRepository(w.db()).get(second).has_value());

        table.setCurrentCell(luca, app::TeamDialog::Name);
        app::MessageBox::setNextAnswer(QMessageBox::Cancel);
        CHECK_FALSE(dialog->removeSelected());
        CHECK(takeMessages().size() == 1);
        CHECK(storage::TeamRepository(w.db()).findByName("Luca").has_value());
        app::MessageBox::setNextAnswer(QMessageBox::Yes);
        CHECK(dialog->removeSelected());
        CHECK_FALSE(storage::TeamRepository(w.db()).findByName("Luca").has_value());
        // Nothing lost: the tasks keep the name, and Undo brings Luca back.
        CHECK(storage::TeamRepository(w.db()).assignmentsOf("Luca").tasks > 0);
        w.undo().undo();
        CHECK(storage::TeamRepository(w.db()).findByName("Luca").has_value());
    }
}

TEST_CASE("My work shows one person's share on every tab, and Everyone shows all again")
{
    TeamWindow w;
    QComboBox* box = w.tabs->workBox();
    REQUIRE(box != nullptr);
    CHECK(box->count() == 5); // Everyone and the four people
    CHECK(box->currentData().toString().isEmpty());

    const auto work = core::workOf(w.snapshot, "Sofia", core::Date::fromYmd(2000, 1, 1));
    REQUIRE(!work.tasks.empty());
    REQUIRE(!work.contracts.empty());
    REQUIRE(work.contracts.size() < w.snapshot.contracts.size());
    const int allContracts = w.tabs->contractsView()->table()->model()->rowCount();
    const int allPayments = w.tabs->budgetView()->paymentsView()->model()->rowCount();
    const int allContent = w.tabs->contentView()->table()->model()->rowCount();

    box->setCurrentIndex(box->findData(QStringLiteral("Sofia")));
    Q_EMIT box->activated(box->currentIndex());
    REQUIRE(w.tabs->workPerson() == QStringLiteral("Sofia"));

    // Plan: Sofia's tasks and the deliverables above them; others' rows are hidden.
    app::PlanView* plan = w.tabs->planView();
    app::WbsTreeModel* model = plan->model();
    int shownTasks = 0;
    for (const auto& task : w.snapshot.tasks) {
        const QModelIndex index = model->indexOfTask(task.id);
        REQUIRE(index.isValid());
        const bool hidden = plan->tree()->isRowHidden(index.row(), index.parent());
        if (task.assignee == "Sofia") {
            CHECK_FALSE(hidden);
            ++shownTasks;
        } else if (task.assignee == "Marta" && model->rowCount(index) == 0) {
            CHECK(hidden);
            // The timeline draws no bar for a hidden row.
            CHECK(plan->timeline()->barRect(task.id).isNull());
        }
    }
    CHECK(shownTasks == static_cast<int>(work.tasks.size()));

    // Contracts, payments, content and the roster: only what hangs off Sofia's contracts.
    QAbstractItemModel* contracts = w.tabs->contractsView()->table()->model();
    CHECK(contracts->rowCount() == static_cast<int>(work.contracts.size()));
    for (int r = 0; r < contracts->rowCount(); ++r) {
        CHECK(contracts->index(r, app::ContractTableModel::Assignee).data().toString() ==
              QStringLiteral("Sofia"));
    }
    CHECK(w.tabs->budgetView()->paymentsView()->model()->rowCount() ==
          static_cast<int>(work.payments.size()));
    CHECK(w.tabs->contentView()->table()->model()->rowCount() ==
          static_cast<int>(work.content.size()));
    CHECK(w.tabs->influencerTracker()->model()->rowCount() ==
          static_cast<int>(work.influencers.size()));
    QLabel* line = w.tabs->dashboardView()->workLine();
    CHECK_FALSE(line->isHidden());
    CHECK(line->text().startsWith(QStringLiteral("My work \u2014 Sofia:")));

    SECTION("A task added while showing Sofia's work is hers, and stays in sight")
    {
        plan->selectTask(*work.tasks.begin());
        plan->addTaskBelow();
        const auto added = plan->currentTaskId();
        REQUIRE(added.has_value());
        CHECK_FALSE(work.tasks.contains(*added));
        CHECK(storage::TaskRepository(w.db()).get(*added)->assignee == "Sofia");
        const QModelIndex index = model->indexOfTask(*added);
        CHECK_FALSE(plan->tree()->isRowHidden(index.row(), index.parent()));
    }

    box->setCurrentIndex(0);
    Q_EMIT box->activated(0);
    CHECK(w.tabs->workPerson().isEmpty());
    CHECK(contracts->rowCount() == allContracts);
    CHECK(w.tabs->budgetView()->paymentsView()->model()->rowCount() == allPayments);
    CHECK(w.tabs->contentView()->table()->model()->rowCount() == allContent);
    CHECK(line->isHidden());
    for (const auto& task : w.snapshot.tasks) {
        const QModelIndex index = model->indexOfTask(task.id);
        CHECK_FALSE(plan->tree()->isRowHidden(index.row(), index.parent()));
    }
}

TEST_CASE("A contract is given to a person of the team from its detail panel")
{
    TeamWindow w;
    app::ContractsView* view = w.tabs->contractsView();
    const core::Id id = view->selectedContractId();
    REQUIRE(id != 0);
    QComboBox* assignee = view->detailPanel()->assigneeBox();
    REQUIRE(assignee->findText(QStringLiteral("Marta")) > 0);
    assignee->setCurrentIndex(assignee->findText(QStringLiteral("Marta")));
    Q_EMIT assignee->activated(assignee->currentIndex());
    CHECK(storage::ContractRepository(w.db()).get(id)->assignee == "Marta");
    w.undo().undo();
    CHECK(storage::ContractRepository(w.db()).get(id)->assignee != "Marta");
}

TEST_CASE("My work of someone with nothing assigned says so instead of showing an empty tree")
{
    TeamWindow w;
    core::TeamMember newcomer;
    newcomer.name = "Newcomer";
    storage::TeamRepository(w.db()).add(newcomer);
    w.tabs->reload();
    QComboBox* box = w.tabs->workBox();
    REQUIRE(box->findData(QStringLiteral("Newcomer")) > 0);
    w.tabs->setWorkPerson(QStringLiteral("Newcomer"), app::CampaignTabs::Remember::No);

    app::EmptyState* planHint = app::EmptyState::of(w.tabs->planView()->tree());
    REQUIRE(planHint != nullptr);
    CHECK(planHint->isShown());
    CHECK(planHint->text().contains(QStringLiteral("assigned to Newcomer")));
    app::EmptyState* contractHint = app::EmptyState::of(w.tabs->contractsView()->table());
    REQUIRE(contractHint != nullptr);
    CHECK(contractHint->text().contains(QStringLiteral("looked after by Newcomer")));

    w.tabs->setWorkPerson(QString(), app::CampaignTabs::Remember::No);
    CHECK_FALSE(planHint->isShown());
    CHECK_FALSE(contractHint->isShown());
}

TEST_CASE("A task's assignee is picked from the team in the Plan, or typed, and undone")
{
    TeamWindow w;
    app::PlanView* plan = w.tabs->planView();
    app::WbsTreeModel* model = plan->model();
    const core::Task* leaf = nullptr;
    for (const auto& task : w.snapshot.tasks) {
        if (task.assignee == "Sofia" && model->rowCount(model->indexOfTask(task.id)) == 0) {
            leaf = &task;
            break;
        }
    }
    REQUIRE(leaf != nullptr);
    const QModelIndex cell = model->indexOfTask(leaf->id, app::WbsTreeModel::Assignee);
    QAbstractItemDelegate* delegate = plan->tree()->itemDelegateForIndex(cell);
    QWidget* editor =
        delegate->createEditor(plan->tree()->viewport(), QStyleOptionViewItem(), cell);
    auto* combo = qobject_cast<QComboBox*>(editor);
    REQUIRE(combo != nullptr);
    CHECK(combo->isEditable());
    for (const char* name : {"Daniel", "Luca", "Marta", "Sofia"}) {
        CHECK(combo->findText(QString::fromLatin1(name)) > 0);
    }
    delegate->setEditorData(editor, cell);
    CHECK(combo->currentText() == QStringLiteral("Sofia"));

    combo->setCurrentIndex(combo->findText(QStringLiteral("Marta")));
    delegate->setModelData(editor, model, cell);
    CHECK(storage::TaskRepository(w.db()).get(leaf->id)->assignee == "Marta");
    // A name from outside the team is taken as typed (blanks tidied).
    combo->setEditText(QStringLiteral("  Guest   Writer "));
    delegate->setModelData(editor, model,
                           model->indexOfTask(leaf->id, app::WbsTreeModel::Assignee));
    CHECK(storage::TaskRepository(w.db()).get(leaf->id)->assignee == "Guest Writer");
    w.undo().undo();
    w.undo().undo();
    CHECK(storage::TaskRepository(w.db()).get(leaf->id)->assignee == "Sofia");
    delete editor;
}
