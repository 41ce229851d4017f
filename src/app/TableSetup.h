#pragma once

#include <QString>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QHeaderView;
class QTableView;
class QTreeView;
class QWidget;

namespace cd::app {

// A read-only table over `model` behind a sort proxy that compares `rawValueRole` (numbers sort
// as numbers, dates as dates). Unsorted until the user clicks a header. `stretchColumn` takes the
// spare width (a text column, so numbers stay next to their neighbours); -1 stretches the last.
QTableView* makeSortableTable(QAbstractItemModel* model, int rawValueRole,
                              const QString& objectName, QWidget* parent, int stretchColumn = -1);

// Shows only the source rows `accept` takes (no function: every row), keeping the sort. `view`
// must come from makeSortableTable.
void setRowFilter(QTableView* view, std::function<bool(int sourceRow)> accept);

// Sizes the columns to their contents, looking at a bounded number of rows (large tables would
// otherwise ask every row) and capping very wide columns. Stretched columns are left alone.
void fitColumns(QTableView* view);
void fitColumns(QTreeView* view);

} // namespace cd::app
