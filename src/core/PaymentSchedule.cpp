#include "PaymentSchedule.h"

#include "Percent.h"

namespace cd::core {

OptionalDate lastDeliverableDue(const Contract& c)
{
    OptionalDate last;
    for (const auto& d : c.deliverables) {
        if (d.dueDate && (!last || *d.dueDate > *last)) {
            last = d.dueDate;
        }
    }
    return last;
}

std::vector<Payment> paymentSchedule(const Contract& c, const ContractFee& fee,
                                     std::optional<Id> budgetLineId)
{
    std::vector<Payment> out;
    if (fee.total.minorUnits() <= 0) {
        return out;
    }
    auto proposal = [&](std::string description, Money amount, OptionalDate due) {
        Payment p;
        p.campaignId = c.campaignId;
        p.contractId = c.id;
        p.budgetLineId = budgetLineId;
        p.description = std::move(description);
        p.amount = std::move(amount);
        p.dueDate = due;
        return p;
    };

    const Money upfront = percentOf(fee.total, c.upfrontPercent);
    if (upfront.minorUnits() > 0) {
        out.push_back(proposal(percentText(c.upfrontPercent) + " % upfront on signature", upfront,
                               c.signedDate));
    }
    const Money rest = fee.total - upfront;
    if (rest.minorUnits() <= 0) {
        return out;
    }
    const std::string what = upfront.minorUnits() > 0 ? "Balance" : "Fee";
    const OptionalDate delivery = lastDeliverableDue(c);
    if (c.payOnDelivery) {
        out.push_back(proposal(what + " on delivery", rest, delivery));
        return out;
    }
    const OptionalDate from = delivery ? delivery : c.signedDate;
    const std::string after = delivery ? " days after delivery" : " days after signature";
    out.push_back(proposal(what + ", net " + std::to_string(c.paymentNetDays) + after, rest,
                           from ? OptionalDate(from->addDays(c.paymentNetDays)) : std::nullopt));
    return out;
}

} // namespace cd::core
