#pragma once

#include "Content.h"
#include "Contract.h"
#include "Money.h"

#include <cstdint>
#include <span>
#include <string>

namespace cd::core {

// How far a hybrid deal is towards its bonus.
struct BonusProgress {
    bool applies = false;       // the contract has a bonus (hybrid with a bonus above zero)
    bool earned = false;        // achieved >= threshold
    std::string metric;         // "conversions", or "clicks" for a per-click deal
    std::int64_t achieved = 0;  // recorded on the content so far (unknown figures count as 0)
    std::int64_t threshold = 0; // what earns the bonus
};

// What a contract is worth at the results recorded so far, in the contract's currency.
//  - base: the flat fee, or the fixed part of a hybrid deal;
//  - performance: per conversion, per click or revenue share, from the content's metrics;
//  - bonus: the hybrid bonus once earned, else zero (bonusOffered keeps the amount);
//  - productValue: the value of gifted products, which is not cash and not in `total`;
//  - total: the cash owed to the influencer: base + performance + bonus.
struct ContractFee {
    Money base = Money::zero("EUR");
    Money performance = Money::zero("EUR");
    Money bonus = Money::zero("EUR");
    Money bonusOffered = Money::zero("EUR");
    Money productValue = Money::zero("EUR");
    Money total = Money::zero("EUR");
    BonusProgress bonusProgress;
    std::int64_t conversions = 0; // counted on the influencer's content
    std::int64_t clicks = 0;
    Money revenue = Money::zero("EUR");
    std::string explanation; // one or two sentences for people, e.g. in a tooltip
};

// The fee of one contract, by its compensation model:
//  flat fee    → base = fee;
//  performance → rate × conversions or clicks, or revenue-share % of the revenue (rounded once,
//                on the sum of the revenue, see Percent.h);
//  hybrid      → base = fee, plus the performance part when a basis is set, plus the bonus once
//                the conversions (clicks for a per-click deal) reach the threshold;
//  gifting     → productValue only; no cash.
// `content` may hold any content: only items of the contract's influencer in the contract's
// campaign count, and revenue in another currency than the contract's is left out (and said so).
ContractFee computeFee(const Contract& contract, std::span<const ContentItem> content);

} // namespace cd::core
