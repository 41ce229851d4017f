#include "core/Enums.h"

#include <catch2/catch.hpp>

using namespace cd::core;

TEST_CASE("Every enum value round-trips through its key")
{
    for (const auto& e : enumEntries<Platform>()) {
        CHECK(parseEnum<Platform>(toKey(e.value)) == e.value);
    }
    for (const auto& e : enumEntries<ContractStatus>()) {
        CHECK(parseEnum<ContractStatus>(toKey(e.value)) == e.value);
    }
    for (const auto& e : enumEntries<OwnerRole>()) {
        CHECK(parseEnum<OwnerRole>(toKey(e.value)) == e.value);
    }
}

TEST_CASE("Enums parse labels as people type them")
{
    CHECK(parseEnum<Platform>("TikTok") == Platform::TikTok);
    CHECK(parseEnum<Platform>("YOUTUBE") == Platform::YouTube);
    CHECK(parseEnum<OwnerRole>("Creator management") == OwnerRole::CreatorManagement);
    CHECK(parseEnum<OwnerRole>("creator-management") == OwnerRole::CreatorManagement);
    CHECK(parseEnum<DependencyType>("ss") == DependencyType::SS);
    CHECK_FALSE(parseEnum<Platform>("MySpace"));
    CHECK(toLabel(CampaignStatus::Active) == "Active");
}
