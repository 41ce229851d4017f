#include "TableSetup.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace cd::app {

namespace {

constexpr int kRowsLookedAt = 200;
constexpr int kMaxColumnWidth = 300;

void fitColumns(QAbstractItemView* view, QHeaderView* header)
{
    header->setResizeContentsPrecision(kRowsLookedAt);
    for (int i = 0; i < header->count(); ++i) {
        if (header->sectionResizeMode(i) == QHeaderView::Stretch) {
            continue;
        }
        const int wanted = std::max(view->sizeHintForColumn(i), header->sectionSizeHint(i));
        header->resizeSection(i, std::min(wanted, kMaxColumnWidth));
    }
}

// The sort proxy of every table, which can also leave rows out ("My work").
class RowFilterProxy final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setAccept(std::function<bool(int)> accept)
    {
        m_accept = std::move(accept);
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        return !m_accept || sourceParent.isValid() || m_accept(sourceRow);
    }

private:
    std::function<bool(int)> m_accept;
};

} // namespace

void setRowFilter(QTableView* view, std::function<bool(int sourceRow)> accept)
{
    if (auto* proxy = dynamic_cast<RowFilterProxy*>(view->model())) {
        proxy->setAccept(std::move(accept));
    }
}

QTableView* makeSortableTable(QAbstractItemModel* model, int rawValueRole,
                              const QString& objectName, QWidget* parent, int stretchColumn)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    auto* proxy = new RowFilterProxy(view);
    proxy->setSortRole(rawValueRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSourceModel(model);
    view->setModel(proxy);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // Rows as high as a line of text: the style's default leaves room for two.
    QHeaderView* rows = view->verticalHeader();
    rows->hide();
    rows->setMinimumSectionSize(view->fontMetrics().height() + 4);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView* columns = view->horizontalHeader();
    if (stretchColumn >= 0) {
        columns->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    } else {
        columns->setStretchLastSection(true);
    }
    columns->setResizeContentsPrecision(kRowsLookedAt);
    // Section -1 keeps the model's order until the user picks a column.
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    return view;
}

void fitColumns(QTableView* view)
{
    fitColumns(view, view->horizontalHeader());
}

void fitColumns(QTreeView* view)
{
    fitColumns(view, view->header());
}

} // namespace cd::app
