#pragma once

#include <QStyledItemDelegate>

namespace cd::app {

class ContentTableModel;

// Inline editors of the Content table: lists for the influencer, platform, type and approval,
// date editors for the dates, spin boxes for the counts and a money field for the revenue. An
// editor's lowest value ("—") clears an optional field.
class ContentDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    // `model` is the source model (the view shows it through a sort proxy): it lists the
    // influencers to choose from.
    ContentDelegate(const ContentTableModel* model, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    const ContentTableModel* m_model = nullptr;
};

} // namespace cd::app
