#include "ContractDetailPanel.h"

#include "ContractItemsEditor.h"
#include "Format.h"

#include "io/ValueParsing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringList>

namespace cd::app {

namespace {

template <class E> QComboBox* enumCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const auto& entry : core::enumEntries<E>()) {
        combo->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
    }
    return combo;
}

template <class E> void selectEnum(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

QString issuesText(const std::vector<core::Issue>& warnings)
{
    if (warnings.empty()) {
        return ContractDetailPanel::tr("No warnings.");
    }
    QStringList lines;
    for (const auto& issue : warnings) {
        lines << QStringLiteral("⚠ ") + QString::fromStdString(issue.message);
    }
    return lines.join(QLatin1Char('\n'));
}

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ContractDetailPanel::ContractDetailPanel(QWidget* parent) : QWidget(parent)
{
    build();
    setContract(std::nullopt, {}, core::ContractFee{}, {});
}

void ContractDetailPanel::edit(const QString& text,
                               const std::function<bool(core::Contract&)>& change)
{
    if (m_filling || !m_contract) {
        return;
    }
    core::Contract after = *m_contract;
    const core::Contract before = after;
    if (!change(after)) {
        fill(*m_contract); // refused: show the stored value again
        return;
    }
    if (after != before && m_editHandler) {
        m_editHandler(after, text);
    }
}

QLineEdit* ContractDetailPanel::moneyEdit(const QString& name, core::Money core::Contract::*field,
                                          const QString& undoText)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(name);
    line->setAlignment(Qt::AlignRight);
    connect(line, &QLineEdit::editingFinished, this, [this, line, field, undoText] {
        edit(undoText, [&](core::Contract& c) {
            // Exact: parsed into minor units of the contract's currency, never via a double.
            const auto money = io::parseMoney(line->text().toStdString(), (c.*field).currency());
            if (!money.hasValue() || money.value.minorUnits() < 0) {
                return false;
            }
            c.*field = money.value;
            return true;
        });
    });
    return line;
}

QLineEdit* ContractDetailPanel::dateEdit(const QString& name,
                                         core::OptionalDate core::Contract::*field,
                                         const QString& undoText)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(name);
    line->setPlaceholderText(tr("YYYY-MM-DD"));
    connect(line, &QLineEdit::editingFinished, this, [this, line, field, undoText] {
        edit(undoText, [&](core::Contract& c) {
            const std::string text = line->text().trimmed().toStdString();
            if (text.empty()) {
                (c.*field).reset();
                return true;
            }
            const auto date = io::parseDate(text);
            if (!date.hasValue()) {
                return false;
            }
            c.*field = date.value;
            return true;
        });
    });
    return line;
}

void ContractDetailPanel::build()
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = plainLabel(this);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_form->addRow(m_title);

    m_status = enumCombo<core::ContractStatus>(this);
    m_status->setObjectName(QStringLiteral("contractStatus"));
    connect(m_status, &QComboBox::activated, this, [this] {
        edit(tr("Change contract status"), [this](core::Contract& c) {
            c.status = static_cast<core::ContractStatus>(m_status->currentData().toInt());
            return true;
        });
    });
    m_form->addRow(tr("Status"), m_status);
    // Who looks after the contract: someone of the team, or a name typed in.
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("contractAssignee"));
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->setToolTip(tr("The person of the team who looks after this contract "
                              "(Campaign \u25B8 Team\u2026 lists the team)"));
    const auto assign = [this] {
        const QString name = m_assignee->currentText().simplified();
        edit(tr("Change who looks after the contract"), [name](core::Contract& c) {
            c.assignee = name.toStdString();
            return true;
        });
    };
    connect(m_assignee, &QComboBox::activated, this, assign);
    connect(m_assignee->lineEdit(), &QLineEdit::editingFinished, this, assign);
    m_form->addRow(tr("Looked after by"), m_assignee);
    m_signed = dateEdit(QStringLiteral("contractSigned"), &core::Contract::signedDate,
                        tr("Change signature date"));
    m_form->addRow(tr("Signed on"), m_signed);
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("contractScope"));
    connect(m_scope, &QLineEdit::editingFinished, this, [this] {
        edit(tr("Change contract scope"), [this](core::Contract& c) {
            c.scope = m_scope->text().toStdString();
            return true;
        });
    });
    m_form->addRow(tr("Scope"), m_scope);
    m_items = new ContractItemsEditor(
        [this](const QString& text, const std::function<bool(core::Contract&)>& change) {
            edit(text, change);
        },
        this);
    m_items->setObjectName(QStringLiteral("contractItems"));
    m_form->addRow(m_items);

    m_model = enumCombo<core::CompensationModel>(this);
    m_model->setObjectName(QStringLiteral("contractModel"));
    connect(m_model, &QComboBox::activated, this, [this] {
        edit(tr("Change compensation model"), [this](core::Contract& c) {
            c.compensation = static_cast<core::CompensationModel>(m_model->currentData().toInt());
            return true;
        });
    });
    m_form->addRow(tr("Compensation"), m_model);
    m_fee = moneyEdit(QStringLiteral("contractFee"), &core::Contract::fee, tr("Change fee"));
    m_form->addRow(tr("Fee / base"), m_fee);
    m_basis = enumCombo<core::PerformanceBasis>(this);
    connect(m_basis, &QComboBox::activated, this, [this] {
        edit(tr("Change performance basis"), [this](core::Contract& c) {
            c.performanceBasis =
                static_cast<core::PerformanceBasis>(m_basis->currentData().toInt());
            return true;
        });
    });
    m_form->addRow(tr("Performance basis"), m_basis);
    m_rate = moneyEdit(QStringLiteral("contractRate"), &core::Contract::performanceRate,
                       tr("Change performance rate"));
    m_form->addRow(tr("Rate per conversion/click"), m_rate);
    m_share = new QLineEdit(this);
    m_share->setAlignment(Qt::AlignRight);
    connect(m_share, &QLineEdit::editingFinished, this, [this] {
        edit(tr("Change revenue share"), [this](core::Contract& c) {
            bool ok = false;
            // Shown as "12,50 %" in Italian: read in the display locale, else as "12.50".
            const QString text = m_share->text().remove(QLatin1Char('%')).trimmed();
            double v = displayLocale().toDouble(text, &ok);
            if (!ok) {
                v = text.toDouble(&ok);
            }
            if (!ok || v < 0.0 || v > 100.0) {
                return false;
            }
            c.revenueSharePercent = v;
            return true;
        });
    });
    m_form->addRow(tr("Revenue share %"), m_share);
    m_bonus =
        moneyEdit(QStringLiteral("contractBonus"), &core::Contract::bonus, tr("Change bonus"));
    m_form->addRow(tr("Bonus"), m_bonus);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(0, 1'000'000'000);
    connect(m_threshold, &QSpinBox::editingFinished, this, [this] {
        edit(tr("Change bonus threshold"), [this](core::Contract& c) {
            c.bonusThreshold = m_threshold->value();
            return true;
        });
    });
    m_form->addRow(tr("Bonus threshold"), m_threshold);
    m_product = moneyEdit(QStringLiteral("contractProductValue"), &core::Contract::productValue,
                          tr("Change product value"));
    m_form->addRow(tr("Product value"), m_product);

    m_upfront = new QSpinBox(this);
    m_upfront->setObjectName(QStringLiteral("contractUpfront"));
    m_upfront->setRange(0, 100);
    m_upfront->setSuffix(QStringLiteral(" %"));
    connect(m_upfront, &QSpinBox::editingFinished, this, [this] {
        edit(tr("Change upfront share"), [this](core::Contract& c) {
            c.upfrontPercent = m_upfront->value();
            return true;
        });
    });
    m_form->addRow(tr("Upfront"), m_upfront);
    m_onDelivery = new QCheckBox(tr("Rest paid on delivery"), this);
    connect(m_onDelivery, &QCheckBox::clicked, this, [this] {
        edit(tr("Change payment terms"), [this](core::Contract& c) {
            c.payOnDelivery = m_onDelivery->isChecked();
            return true;
        });
    });
    m_form->addRow(QString(), m_onDelivery);
    m_netDays = new QSpinBox(this);
    m_netDays->setRange(0, 365);
    m_netDays->setSuffix(tr(" days"));
    connect(m_netDays, &QSpinBox::editingFinished, this, [this] {
        edit(tr("Change payment terms"), [this](core::Contract& c) {
            c.paymentNetDays = m_netDays->value();
            return true;
        });
    });
    m_form->addRow(tr("Payment net"), m_netDays);
    buildRest();
}

void ContractDetailPanel::buildRest()
{
    m_exclusivity = new QLineEdit(this);
    m_exclusivity->setPlaceholderText(tr("Category, e.g. skincare"));
    connect(m_exclusivity, &QLineEdit::editingFinished, this, [this] {
        edit(tr("Change exclusivity"), [this](core::Contract& c) {
            c.exclusivityCategory = m_exclusivity->text().trimmed().toStdString();
            return true;
        });
    });
    m_form->addRow(tr("Exclusivity"), m_exclusivity);
    m_exclusiveFrom = dateEdit(QStringLiteral("contractExclusiveFrom"),
                               &core::Contract::exclusivityStart, tr("Change exclusivity window"));
    m_form->addRow(tr("Exclusive from"), m_exclusiveFrom);
    m_exclusiveTo = dateEdit(QStringLiteral("contractExclusiveTo"), &core::Contract::exclusivityEnd,
                             tr("Change exclusivity window"));
    m_form->addRow(tr("Exclusive until"), m_exclusiveTo);
    m_usageMonths = new QSpinBox(this);
    m_usageMonths->setRange(0, 120);
    m_usageMonths->setSuffix(tr(" months"));
    connect(m_usageMonths, &QSpinBox::editingFinished, this, [this] {
        edit(tr("Change usage rights"), [this](core::Contract& c) {
            c.usageRightsMonths = m_usageMonths->value();
            return true;
        });
    });
    m_form->addRow(tr("Usage rights"), m_usageMonths);
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(60);
    m_form->addRow(tr("Notes"), m_notes);
    // A plain text edit has no editingFinished: the notes are saved when the focus leaves.
    m_notes->installEventFilter(this);

    m_feeTotal = plainLabel(this);
    m_feeTotal->setObjectName(QStringLiteral("contractComputedFee"));
    QFont bold = m_feeTotal->font();
    bold.setBold(true);
    m_feeTotal->setFont(bold);
    m_form->addRow(tr("Fee due"), m_feeTotal);
    m_feeExplanation = plainLabel(this);
    m_feeExplanation->setObjectName(QStringLiteral("contractFeeExplanation"));
    m_form->addRow(QString(), m_feeExplanation);
    m_warnings = plainLabel(this);
    m_warnings->setObjectName(QStringLiteral("contractWarnings"));
    m_form->addRow(tr("Warnings"), m_warnings);
}

bool ContractDetailPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut) {
        edit(tr("Change contract notes"), [this](core::Contract& c) {
            c.notes = m_notes->toPlainText().toStdString();
            return true;
        });
    }
    return QWidget::eventFilter(watched, event);
}

void ContractDetailPanel::setReadOnly(bool readOnly)
{
    for (QWidget* w : findChildren<QWidget*>()) {
        if (qobject_cast<QLabel*>(w) == nullptr) {
            w->setEnabled(!readOnly && m_contract.has_value());
        }
    }
}

void ContractDetailPanel::setContract(const std::optional<core::Contract>& contract,
                                      const QString& influencerName, const core::ContractFee& fee,
                                      const std::vector<core::Issue>& warnings)
{
    m_contract = contract;
    setReadOnly(!m_editHandler);
    if (!contract) {
        m_title->setText(tr("Select a contract to see its terms."));
        m_items->setContract(nullptr);
        m_feeTotal->clear();
        m_feeExplanation->clear();
        m_warnings->clear();
        return;
    }
    m_title->setText(influencerName);
    fill(*contract);
    QString total = formatMoney(fee.total);
    if (fee.productValue.minorUnits() != 0) {
        total += tr(" (plus products worth %1)").arg(formatMoney(fee.productValue));
    }
    m_feeTotal->setText(total);
    m_feeExplanation->setText(QString::fromStdString(fee.explanation));
    m_warnings->setText(issuesText(warnings));
    m_warnings->setStyleSheet(warnings.empty() ? QString() : QStringLiteral("color: #b45309;"));
}

void ContractDetailPanel::setTeam(const QStringList& names)
{
    const QSignalBlocker block(m_assignee);
    const QString current = m_assignee->currentText();
    m_assignee->clear();
    m_assignee->addItem(QString());
    m_assignee->addItems(names);
    m_assignee->setCurrentText(current);
}

void ContractDetailPanel::fill(const core::Contract& c)
{
    m_filling = true;
    selectEnum(m_status, c.status);
    m_assignee->setCurrentText(QString::fromStdString(c.assignee));
    m_signed->setText(formatDate(c.signedDate));
    m_scope->setText(QString::fromStdString(c.scope));
    m_items->setContract(&c);
    selectEnum(m_model, c.compensation);
    m_fee->setText(formatMoney(c.fee));
    selectEnum(m_basis, c.performanceBasis);
    m_rate->setText(formatMoney(c.performanceRate));
    m_share->setText(formatPercent(c.revenueSharePercent, 2));
    m_bonus->setText(formatMoney(c.bonus));
    m_threshold->setValue(static_cast<int>(c.bonusThreshold));
    m_product->setText(formatMoney(c.productValue));
    m_upfront->setValue(static_cast<int>(c.upfrontPercent));
    m_onDelivery->setChecked(c.payOnDelivery);
    m_netDays->setValue(c.paymentNetDays);
    m_exclusivity->setText(QString::fromStdString(c.exclusivityCategory));
    m_exclusiveFrom->setText(formatDate(c.exclusivityStart));
    m_exclusiveTo->setText(formatDate(c.exclusivityEnd));
    m_usageMonths->setValue(c.usageRightsMonths);
    m_notes->setPlainText(QString::fromStdString(c.notes));
    showModelFields(c.compensation);
    m_filling = false;
}

void ContractDetailPanel::showModelFields(core::CompensationModel model)
{
    using M = core::CompensationModel;
    const bool base = model == M::FlatFee || model == M::Hybrid;
    const bool performance = model == M::Performance || model == M::Hybrid;
    const bool hybrid = model == M::Hybrid;
    const bool gifting = model == M::Gifting;
    m_form->setRowVisible(m_fee, base);
    m_form->setRowVisible(m_basis, performance);
    m_form->setRowVisible(m_rate, performance);
    m_form->setRowVisible(m_share, performance);
    m_form->setRowVisible(m_bonus, hybrid);
    m_form->setRowVisible(m_threshold, hybrid);
    m_form->setRowVisible(m_product, gifting);
}

} // namespace cd::app
