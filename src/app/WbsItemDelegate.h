#pragma once

#include <QStyledItemDelegate>

namespace cd::app {

// The inline editors of the plan, one fitting each column: a date edit with a calendar popup
// for dates, a combo box for the enums and the linked influencer, spin boxes for days and
// percentages, and a line edit that accepts only amounts for money.
class WbsItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    // Rows a little taller than a line of text, with room for the editors and the bars.
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace cd::app
