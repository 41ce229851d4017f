#pragma once

#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Contract.h"
#include "core/Fees.h"
#include "core/Validation.h"

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cd::app {

class ContractItemsEditor;

// The form beside the contracts table: every term of the selected contract, its computed fee
// with the explanation, and its warnings. Each finished edit is handed on as the whole contract
// after the change (the owner pushes it as one undoable command); invalid text is refused and
// the field shows the stored value again.
class ContractDetailPanel final : public QWidget {
    Q_OBJECT

public:
    using EditHandler = std::function<void(const core::Contract& after, const QString& text)>;

    explicit ContractDetailPanel(QWidget* parent = nullptr);

    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    void setReadOnly(bool readOnly);
    // nullopt shows an empty, disabled form.
    void setContract(const std::optional<core::Contract>& contract, const QString& influencerName,
                     const core::ContractFee& fee, const std::vector<core::Issue>& warnings);

    // The people the contract can be given to (names of the team, in order).
    void setTeam(const QStringList& names);
    QComboBox* assigneeBox() const { return m_assignee; }

    QLabel* computedFeeLabel() const { return m_feeTotal; }
    QLabel* warningsLabel() const { return m_warnings; }
    ContractItemsEditor* itemsEditor() const { return m_items; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void build();
    void buildRest();
    void fill(const core::Contract& contract);
    void showModelFields(core::CompensationModel model);
    void edit(const QString& text, const std::function<bool(core::Contract&)>& change);
    QLineEdit* moneyEdit(const QString& name, core::Money core::Contract::*field,
                         const QString& undoText);
    QLineEdit* dateEdit(const QString& name, core::OptionalDate core::Contract::*field,
                        const QString& undoText);

    std::optional<core::Contract> m_contract;
    EditHandler m_editHandler;
    bool m_filling = false;
    QFormLayout* m_form = nullptr;
    QLabel* m_title = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_signed = nullptr;
    QComboBox* m_model = nullptr;
    QLineEdit* m_fee = nullptr;
    QComboBox* m_basis = nullptr;
    QLineEdit* m_rate = nullptr;
    QLineEdit* m_share = nullptr;
    QLineEdit* m_bonus = nullptr;
    QSpinBox* m_threshold = nullptr;
    QLineEdit* m_product = nullptr;
    QSpinBox* m_upfront = nullptr;
    QCheckBox* m_onDelivery = nullptr;
    QSpinBox* m_netDays = nullptr;
    QLineEdit* m_exclusivity = nullptr;
    QLineEdit* m_exclusiveFrom = nullptr;
    QLineEdit* m_exclusiveTo = nullptr;
    QSpinBox* m_usageMonths = nullptr;
    QLineEdit* m_scope = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_assignee = nullptr;
    ContractItemsEditor* m_items = nullptr;
    QLabel* m_feeTotal = nullptr;
    QLabel* m_feeExplanation = nullptr;
    QLabel* m_warnings = nullptr;
};

} // namespace cd::app
