#pragma once

#include <QAbstractTableModel>
#include <QString>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Contract.h"
#include "core/Fees.h"
#include "core/Validation.h"

#include <functional>
#include <optional>
#include <vector>

namespace cd::app {

struct CampaignData;

// The contracts of one campaign: who, how far along, and the main terms.
class ContractTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Influencer,
        Status,
        Signed,
        Compensation,
        Fee,
        ComputedFee,
        Upfront,
        Exclusivity,
        Deliverables,
        Warnings,
        Assignee, // the team member looking after it
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, ContractIdRole };

    explicit ContractTableModel(QObject* parent = nullptr);

    // Receives inline edits as (contract before, contract after); returns whether the edit was
    // applied (pushed as an undoable command). Without a handler the table is read-only.
    using EditHandler = std::function<bool(const core::Contract&, const core::Contract&)>;
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

    void setCampaign(const CampaignData& data);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The row of the contract with `id`, or -1.
    int rowOf(core::Id id) const;
    const core::Contract* contractAt(int row) const;
    // The contract of the influencer with `influencerId`, or nullptr.
    const core::Contract* contractOf(core::Id influencerId) const;
    const core::ContractFee* feeAt(int row) const;
    const std::vector<core::Issue>* warningsAt(int row) const;

    // The number of pieces of content a contract asks for: the sum of its deliverables' quantities.
    static int deliverableCount(const core::Contract& contract);

private:
    struct Row {
        core::Contract contract;
        QString influencerName;
        core::ContractFee fee;             // computeFee on the campaign's content
        std::vector<core::Issue> warnings; // contractWarnings
    };
    // The contract after setting `column` to `value`; nullopt when the text is not valid.
    std::optional<core::Contract> edited(const Row& row, int column, const QVariant& value) const;
    QVariant display(const Row& row, int column) const;
    QVariant raw(const Row& row, int column) const;

    std::vector<Row> m_rows;
    EditHandler m_editHandler;
};

} // namespace cd::app
