#include "WbsItemDelegate.h"

#include "Format.h"
#include "WbsTreeModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace cd::app {

namespace {

const WbsTreeModel* wbsModel(const QModelIndex& index)
{
    return qobject_cast<const WbsTreeModel*>(index.model());
}

QSpinBox* spinBox(QWidget* parent, int maximum, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setAlignment(Qt::AlignRight);
    box->setFrame(false);
    return box;
}

} // namespace

QWidget* WbsItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    const WbsTreeModel* model = wbsModel(index);
    const int column = index.column();
    switch (column) {
    case WbsTreeModel::Start:
    case WbsTreeModel::Finish: {
        auto* edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateEditFormat());
        edit->setFrame(false);
        return edit;
    }
    case WbsTreeModel::Duration:
    case WbsTreeModel::Buffer:
        return spinBox(parent, 3650, tr(" d"));
    case WbsTreeModel::Complete:
        return spinBox(parent, 100, tr(" %"));
    case WbsTreeModel::Cost: {
        auto* edit = new QLineEdit(parent);
        // Digits with at most three decimals (the currency decides how many it takes).
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^\\s*\\d{0,13}([.,]\\d{0,3})?\\s*$")), edit));
        edit->setAlignment(Qt::AlignRight);
        edit->setFrame(false);
        return edit;
    }
    case WbsTreeModel::Kind:
    case WbsTreeModel::Owner:
    case WbsTreeModel::Status:
    case WbsTreeModel::Influencer: {
        auto* combo = new QComboBox(parent);
        combo->setFrame(false);
        if (model) {
            for (const auto& [label, value] : model->choices(column)) {
                combo->addItem(label, value);
            }
        }
        return combo;
    }
    case WbsTreeModel::Assignee: {
        // Someone of the team, or any name typed in.
        auto* combo = new QComboBox(parent);
        combo->setFrame(false);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        if (model) {
            for (const auto& [label, value] : model->choices(column)) {
                combo->addItem(label, value);
            }
        }
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void WbsItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->isEditable()) {
            combo->setCurrentText(value.toString());
        } else {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        }
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void WbsItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const
{
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        model->setData(index, date->date());
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->isEditable() ? QVariant(combo->currentText().simplified())
                                                  : combo->currentData());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, line->text());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

QSize WbsItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 9));
    return size;
}

void WbsItemDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // Narrow columns would squeeze the date edit's arrow and the combo's text.
    const int minimum = editor->sizeHint().width();
    if (editor->width() < minimum) {
        editor->resize(minimum, editor->height());
    }
}

} // namespace cd::app
