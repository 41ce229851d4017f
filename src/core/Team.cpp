#include "Team.h"

#include <algorithm>
#include <cctype>

namespace cd::core {

bool TeamMember::holds(OwnerRole role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::vector<OwnerRole> teamRoles()
{
    return {OwnerRole::Strategy, OwnerRole::CreatorManagement, OwnerRole::Analytics,
            OwnerRole::Operations};
}

std::vector<OwnerRole> normalizedRoles(std::vector<OwnerRole> roles)
{
    std::erase(roles, OwnerRole::Unassigned);
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
}

std::string rolesToKeys(const std::vector<OwnerRole>& roles)
{
    std::string out;
    for (const OwnerRole role : normalizedRoles(roles)) {
        if (!out.empty()) {
            out += ',';
        }
        out += toKey(role);
    }
    return out;
}

std::vector<OwnerRole> rolesFromKeys(std::string_view keys)
{
    std::vector<OwnerRole> roles;
    while (!keys.empty()) {
        const auto comma = keys.find(',');
        auto key = keys.substr(0, comma);
        keys = comma == std::string_view::npos ? std::string_view{} : keys.substr(comma + 1);
        while (!key.empty() && std::isspace(static_cast<unsigned char>(key.front()))) {
            key.remove_prefix(1);
        }
        while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) {
            key.remove_suffix(1);
        }
        if (key.empty()) {
            continue;
        }
        if (const auto role = parseEnum<OwnerRole>(key)) {
            roles.push_back(*role);
        }
    }
    return normalizedRoles(std::move(roles));
}

std::string normalizedPersonName(std::string_view name)
{
    std::string out;
    bool blank = false;
    for (const char c : name) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            blank = !out.empty();
            continue;
        }
        if (blank) {
            out += ' ';
            blank = false;
        }
        out += c;
    }
    return out;
}

namespace {

std::string folded(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

} // namespace

void sortTeam(std::vector<TeamMember>& team)
{
    std::sort(team.begin(), team.end(), [](const TeamMember& a, const TeamMember& b) {
        const auto fa = folded(a.name);
        const auto fb = folded(b.name);
        return fa != fb ? fa < fb : a.id < b.id;
    });
}

std::vector<const TeamMember*> holdersOf(const std::vector<TeamMember>& team, OwnerRole role)
{
    std::vector<const TeamMember*> out;
    for (const auto& member : team) {
        if (member.holds(role)) {
            out.push_back(&member);
        }
    }
    return out;
}

} // namespace cd::core
