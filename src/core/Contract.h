#pragma once

#include "Date.h"
#include "Enums.h"
#include "Ids.h"
#include "Money.h"

#include <optional>
#include <string>
#include <vector>

namespace cd::core {

struct ContractDeliverable {
    ContentType contentType = ContentType::Post;
    Platform platform = Platform::Instagram;
    int quantity = 1;
    OptionalDate dueDate;

    bool operator==(const ContractDeliverable&) const = default;
};

struct ProductShipment {
    std::string items;
    std::string sizes;
    int spares = 0;
    OptionalDate shippedDate;
    OptionalDate receivedDate;

    bool operator==(const ProductShipment&) const = default;
};

// The terms agreed with one influencer for one campaign.
struct Contract {
    Id id = 0;
    RowVersion version = 0;
    Id campaignId = 0;
    Id influencerId = 0;
    ContractStatus status = ContractStatus::Draft;
    OptionalDate signedDate;
    std::string scope;
    std::vector<ContractDeliverable> deliverables;

    CompensationModel compensation = CompensationModel::FlatFee;
    Money fee = Money::zero("EUR"); // flat fee, or the base of a hybrid deal
    PerformanceBasis performanceBasis = PerformanceBasis::None;
    Money performanceRate = Money::zero("EUR"); // per conversion or per click
    double revenueSharePercent = 0.0;
    Money bonus = Money::zero("EUR");        // hybrid: paid once the threshold is passed
    std::int64_t bonusThreshold = 0;         // conversions (or clicks) that earn the bonus
    Money productValue = Money::zero("EUR"); // gifting

    double upfrontPercent = 0.0;
    bool payOnDelivery = false;
    int paymentNetDays = 30;

    std::string exclusivityCategory;
    OptionalDate exclusivityStart;
    OptionalDate exclusivityEnd;
    int usageRightsMonths = 0;
    std::vector<ProductShipment> shipments;
    std::string notes;
    // The team member who looks after this contract (TeamMember::name); empty: nobody yet.
    std::string assignee;

    bool isSigned() const
    {
        return status == ContractStatus::Signed || status == ContractStatus::Active ||
               status == ContractStatus::Completed;
    }

    bool operator==(const Contract&) const = default;
};

} // namespace cd::core
