#pragma once

#include "core/Budget.h"
#include "core/Campaign.h"
#include "core/Content.h"
#include "core/Contract.h"
#include "core/Influencer.h"
#include "core/Task.h"
#include "core/Validation.h"

#include <nlohmann/json.hpp>

namespace cd::io {

// The JSON shapes the CLI prints and other tools read. Keys are a contract: add, never rename.
// Money is a decimal string ("1200.50"), dates ISO 8601, unknown values null, rates fractions.
nlohmann::json toJson(const core::Campaign& campaign);
nlohmann::json toJson(const core::Influencer& influencer);
nlohmann::json toJson(const core::Handle& handle);
nlohmann::json toJson(const core::CampaignMember& member);
nlohmann::json toJson(const core::Task& task);
nlohmann::json toJson(const core::Dependency& dependency);
nlohmann::json toJson(const core::Contract& contract);
nlohmann::json toJson(const core::BudgetLine& line);
nlohmann::json toJson(const core::Payment& payment);
nlohmann::json toJson(const core::ContentItem& item);
nlohmann::json toJson(const core::Issue& issue);

} // namespace cd::io
