#include "ContentDelegate.h"

#include "ContentTableModel.h"
#include "Format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <limits>

namespace cd::app {

namespace {

using Column = ContentTableModel::Column;

// The value below every real one, shown as "—": choosing it makes the field unknown.
const QDate kNoDate(1999, 12, 31);
constexpr int kNoCount = -1;

// A count editor where blank text, like the lowest value, means "unknown".
class CountSpinBox final : public QSpinBox {
public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString& input, int& pos) const override
    {
        return input.trimmed().isEmpty() ? QValidator::Acceptable : QSpinBox::validate(input, pos);
    }
    int valueFromText(const QString& text) const override
    {
        return text.trimmed().isEmpty() ? minimum() : QSpinBox::valueFromText(text);
    }
};

template <class E> QComboBox* enumCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const auto& entry : core::enumEntries<E>()) {
        combo->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
    }
    return combo;
}

QComboBox* influencerCombo(const ContentTableModel& model, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    // QComboBox shows item text as plain text: a name is never taken for markup here.
    combo->addItem(unknownText(), QVariant::fromValue<qint64>(0));
    for (const auto& choice : model.influencerChoices()) {
        combo->addItem(choice.name, QVariant::fromValue<qint64>(choice.id));
    }
    return combo;
}

QDateEdit* dateEditor(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateEditFormat());
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(unknownText());
    return edit;
}

} // namespace

ContentDelegate::ContentDelegate(const ContentTableModel* model, QObject* parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QWidget* ContentDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    const int column = index.column();
    switch (column) {
    case Column::Influencer:
        return influencerCombo(*m_model, parent);
    case Column::Platform:
        return enumCombo<core::Platform>(parent);
    case Column::Type:
        return enumCombo<core::ContentType>(parent);
    case Column::Approval:
        return enumCombo<core::ApprovalStatus>(parent);
    case Column::Planned:
    case Column::Published:
        return dateEditor(parent);
    case Column::Title:
    case Column::Url:
        return QStyledItemDelegate::createEditor(parent, option, index);
    case Column::Revenue: {
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(unknownText());
        return edit;
    }
    default:
        break;
    }
    // A count beyond a spin box's range (over two billion) is typed instead.
    if (index.data(Qt::EditRole).toLongLong() > std::numeric_limits<int>::max()) {
        return new QLineEdit(parent);
    }
    auto* spin = new CountSpinBox(parent);
    spin->setRange(kNoCount, std::numeric_limits<int>::max());
    spin->setSpecialValueText(unknownText());
    spin->setGroupSeparatorShown(false);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

void ContentDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : kNoDate);
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(value.isValid() ? static_cast<int>(value.toLongLong()) : kNoCount);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ContentDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        model->setData(index, date->date() == kNoDate ? QVariant() : QVariant(date->date()),
                       Qt::EditRole);
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index,
                       spin->value() == kNoCount ? QVariant()
                                                 : QVariant::fromValue<qint64>(spin->value()),
                       Qt::EditRole);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, line->text(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace cd::app
