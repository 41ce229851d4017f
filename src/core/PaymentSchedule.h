#pragma once

#include "Budget.h"
#include "Contract.h"
#include "Fees.h"

#include <optional>
#include <vector>

namespace cd::core {

// The payments a contract's terms call for, as a proposal the user can record (ids are 0):
//  - upfront: upfrontPercent of the fee's total, due on the signature date;
//  - the rest: total − upfront (so the parts always add up to the total exactly), due on the
//    last deliverable's due date when payOnDelivery, else paymentNetDays after the last
//    deliverable's due date, or after the signature when no deliverable has a date.
// A due date that cannot be known (no signature, no deliverable date) is left empty.
// Performance parts are those earned so far (see computeFee); a gifting deal or a zero total
// proposes nothing. Amounts are in the fee's currency.
std::vector<Payment> paymentSchedule(const Contract& contract, const ContractFee& fee,
                                     std::optional<Id> budgetLineId = std::nullopt);

// The latest due date among the contract's deliverables, if any has one.
OptionalDate lastDeliverableDue(const Contract& contract);

} // namespace cd::core
