#include "GuiTestSupport.h"

#include "app/BudgetLineModel.h"
#include "app/CampaignData.h"
#include "app/CampaignListModel.h"
#include "app/ContentTableModel.h"
#include "app/ContractTableModel.h"
#include "app/PaymentTableModel.h"
#include "app/WbsTreeModel.h"
#include "platform/Clock.h"
#include "storage/CampaignRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSortFilterProxyModel>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

using namespace cd;
using Tester = QAbstractItemModelTester;

namespace {

std::unique_ptr<Tester> watch(QAbstractItemModel* model)
{
    return std::make_unique<Tester>(model, Tester::FailureReportingMode::Warning);
}

// Sorting a proxy on every column, both ways, under the tester.
void sortEveryColumn(QAbstractItemModel* source, int rawValueRole)
{
    QSortFilterProxyModel proxy;
    proxy.setSortRole(rawValueRole);
    proxy.setSourceModel(source);
    const auto tester = watch(&proxy);
    for (int column = 0; column < source->columnCount(); ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
    }
}

} // namespace

TEST_CASE("Every model passes QAbstractItemModelTester on every demo campaign")
{
    DemoWorkbook demo;
    auto workbook = storage::Workbook::open(demo.stdPath(), storage::Workbook::Mode::ReadOnly);
    const auto campaigns = storage::CampaignRepository(workbook.db()).list();
    REQUIRE(campaigns.size() >= 2);

    ModelTesterFailures failures;
    app::CampaignListModel campaignModel;
    app::WbsTreeModel wbs;
    app::ContentTableModel content;
    app::ContractTableModel contracts;
    app::BudgetLineModel lines;
    app::PaymentTableModel payments;
    std::vector<std::unique_ptr<Tester>> testers;
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
             &campaignModel, &wbs, &content, &contracts, &lines, &payments}) {
        testers.push_back(watch(model));
    }

    campaignModel.setCampaigns(campaigns);
    for (const auto& campaign : campaigns) {
        const auto data = app::loadCampaignData(workbook, campaign.id, platform::today());
        wbs.setTasks(data.snapshot.tasks);
        content.setCampaign(data);
        contracts.setCampaign(data);
        lines.setCampaign(data);
        payments.setCampaign(data);
        sortEveryColumn(&content, app::ContentTableModel::RawValueRole);
        sortEveryColumn(&contracts, app::ContractTableModel::RawValueRole);
        sortEveryColumn(&lines, app::BudgetLineModel::RawValueRole);
        sortEveryColumn(&payments, app::PaymentTableModel::RawValueRole);
    }
    wbs.setTasks({});
    content.clear();
    contracts.clear();
    lines.clear();
    payments.clear();
    campaignModel.setCampaigns({});

    CHECK(failures.messages().join(QLatin1Char('\n')).toStdString() == "");
}

TEST_CASE("The WBS tree follows parents and positions, with node pointers in its indexes")
{
    DemoWorkbook demo;
    auto workbook = storage::Workbook::open(demo.stdPath(), storage::Workbook::Mode::ReadOnly);
    const auto campaign = storage::CampaignRepository(workbook.db()).list().front();
    const auto tasks = storage::TaskRepository(workbook.db()).listByCampaign(campaign.id);

    app::WbsTreeModel model;
    model.setTasks(tasks);

    CHECK(totalRows(model, {}) == static_cast<int>(tasks.size()));
    CHECK(columnTexts(model, app::WbsTreeModel::Code) ==
          QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                       QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}));
    // Every top-level row is a deliverable, in position order.
    std::vector<core::Task> top;
    std::copy_if(tasks.begin(), tasks.end(), std::back_inserter(top),
                 [](const core::Task& t) { return !t.parentId; });
    std::sort(top.begin(), top.end(),
              [](const core::Task& a, const core::Task& b) { return a.position < b.position; });
    REQUIRE(top.size() == 6);
    for (int row = 0; row < 6; ++row) {
        const auto& task = top[static_cast<std::size_t>(row)];
        CHECK(model.index(row, app::WbsTreeModel::Name).data().toString().toStdString() ==
              task.name);
        CHECK(task.kind == core::TaskKind::Deliverable);
    }
    // Children get dotted codes and find their way back to their parent.
    const QModelIndex first = model.index(0, 0);
    REQUIRE(model.rowCount(first) > 0);
    const QModelIndex child = model.index(0, app::WbsTreeModel::Code, first);
    CHECK(child.data().toString() == QStringLiteral("1.1"));
    CHECK(model.parent(child) == first);
    // Indexes carry node addresses, never small sequential ids (see TRAPS.md).
    QSet<quintptr> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const quintptr id = model.index(row, 0).internalId();
        CHECK(id > 0x10000);
        ids.insert(id);
    }
    CHECK(ids.size() == model.rowCount());
}
