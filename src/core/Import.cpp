#include "Import.h"

#include <algorithm>

namespace cd::core {

namespace {

void takeText(std::string& into, const std::string& from)
{
    if (!from.empty()) {
        into = from;
    }
}

} // namespace

void mergeInto(Influencer& existing, const Influencer& incoming)
{
    takeText(existing.name, incoming.name);
    takeText(existing.email, incoming.email);
    takeText(existing.phone, incoming.phone);
    takeText(existing.country, incoming.country);
    takeText(existing.language, incoming.language);
    takeText(existing.agencyName, incoming.agencyName);
    if (!incoming.agencyName.empty() || incoming.contactRoute == ContactRoute::Agency) {
        existing.contactRoute = incoming.contactRoute;
    }
    if (incoming.status != RelationshipStatus::Prospect) {
        existing.status = incoming.status;
    }
    if (incoming.rate) {
        existing.rate = incoming.rate;
    }
    if (incoming.lastContact) {
        existing.lastContact = incoming.lastContact;
    }
    if (!incoming.notes.empty() && existing.notes.find(incoming.notes) == std::string::npos) {
        existing.notes += existing.notes.empty() ? incoming.notes : "\n" + incoming.notes;
    }
    for (const auto& n : incoming.niches) {
        if (std::find(existing.niches.begin(), existing.niches.end(), n) == existing.niches.end()) {
            existing.niches.push_back(n);
        }
    }
    for (const auto& h : incoming.handles) {
        auto it = std::find_if(existing.handles.begin(), existing.handles.end(),
                               [&](const Handle& e) { return e.platform == h.platform; });
        if (it == existing.handles.end()) {
            existing.handles.push_back(h);
            continue;
        }
        if (!h.handle.empty()) {
            it->handle = h.handle;
        }
        if (h.followers) {
            it->followers = h.followers;
        }
        if (h.engagementRate) {
            it->engagementRate = h.engagementRate;
        }
    }
}

} // namespace cd::core
