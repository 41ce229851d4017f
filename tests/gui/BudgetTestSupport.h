#pragma once

#include "app/BudgetView.h"
#include "app/ContractsView.h"
#include "app/MainWindow.h"
#include "core/Budget.h"
#include "core/Contract.h"

#include <QModelIndex>
#include <QStringList>
#include <QTemporaryDir>
#include <QUndoStack>

#include <optional>

class QAbstractItemModel;

namespace cd::storage {
class Database;
}

// A small workbook whose figures the Contracts and Budget tests work out by hand:
//  Ada: signed 2026-05-04, flat fee 2,000.00, one deliverable (2 reels due 06-10) and one
//       shipment; payments 600.00 (due 05-04, paid 05-05) and 1,400.00 (due 07-10, open), both
//       on the "Creator fees" line (planned 2,500.00, committed 2,000.00);
//  Cleo: contract sent, 900.00, no payments; Bea: in the cast, no contract;
//  an agency payment of 300.00 (due 06-01, paid 06-03) on the "Agency" line (500.00, 300.00).
// Budget 10,000.00 EUR, 10 % contingency.
struct SmallWorkbook {
    SmallWorkbook();

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("small.cdwb"));
    cd::core::Id campaign = 0, ada = 0, bea = 0, cleo = 0;
    cd::core::Id adaContract = 0, feesLine = 0, agencyLine = 0;
    cd::core::Id upfront = 0, rest = 0, agency = 0;
};

// The main window on a SmallWorkbook with its campaign selected (today is 2026-06-15).
struct BudgetDesk {
    explicit BudgetDesk(const SmallWorkbook& small);

    cd::storage::Database& db();
    QUndoStack& undo() { return *window.document()->undoStack(); }
    std::optional<cd::core::Contract> contract(cd::core::Id id);
    std::optional<cd::core::Payment> payment(cd::core::Id id);
    std::optional<cd::core::BudgetLine> line(cd::core::Id id);
    // Cells as the user sees them, behind the sort proxies; fetched again after every edit,
    // since each edit reloads the tables.
    QModelIndex lineCell(cd::core::Id id, int column);
    QModelIndex paymentCell(cd::core::Id id, int column);

    cd::app::MainWindow window{cd::app::MainWindow::Persistence::Forget};
    cd::app::ContractsView* contracts = nullptr;
    cd::app::BudgetView* budget = nullptr;
};

// The display texts of one row.
QStringList rowTexts(const QAbstractItemModel& model, int row);
