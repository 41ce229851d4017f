#pragma once

#include "core/Ids.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cd::storage {

// Text keys → ids, for lookups by the hundred thousand during an import: one flat table probed
// linearly by the keys' 64-bit hashes (a miss usually costs one cache line, where a node-based
// map walks pointers), the keys kept back to back in one string and compared only when hashes
// match. The first id stored for a key stays.
class KeyIndex {
public:
    void reserve(std::size_t keys)
    {
        std::size_t capacity = 16;
        while (capacity < keys * 2) {
            capacity *= 2;
        }
        if (capacity > m_slots.size()) {
            rehash(capacity);
        }
    }

    std::optional<core::Id> find(std::string_view key) const
    {
        if (m_slots.empty()) {
            return std::nullopt;
        }
        const std::uint64_t hash = hashOf(key);
        for (std::size_t i = hash & mask();; i = (i + 1) & mask()) {
            const Slot& slot = m_slots[i];
            if (slot.hash == 0) {
                return std::nullopt;
            }
            if (slot.hash == hash && keyOf(slot) == key) {
                return slot.id;
            }
        }
    }

    void insert(std::string_view key, core::Id id)
    {
        if ((m_count + 1) * 2 > m_slots.size()) {
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        }
        const std::uint64_t hash = hashOf(key);
        for (std::size_t i = hash & mask();; i = (i + 1) & mask()) {
            Slot& slot = m_slots[i];
            if (slot.hash == 0) {
                slot = Slot{hash, id, static_cast<std::uint32_t>(m_keys.size()),
                            static_cast<std::uint32_t>(key.size())};
                m_keys.append(key);
                ++m_count;
                return;
            }
            if (slot.hash == hash && keyOf(slot) == key) {
                return;
            }
        }
    }

    std::size_t size() const { return m_count; }

private:
    struct Slot {
        std::uint64_t hash = 0; // 0: empty
        core::Id id = 0;
        std::uint32_t offset = 0; // in m_keys (an import's keys stay far below 4 GB)
        std::uint32_t length = 0;
    };

    static std::uint64_t hashOf(std::string_view key)
    {
        const std::uint64_t h = std::hash<std::string_view>{}(key);
        return h == 0 ? 1 : h;
    }
    std::size_t mask() const { return m_slots.size() - 1; }
    std::string_view keyOf(const Slot& slot) const
    {
        return std::string_view(m_keys).substr(slot.offset, slot.length);
    }
    void rehash(std::size_t capacity)
    {
        std::vector<Slot> old(capacity);
        old.swap(m_slots);
        for (const Slot& slot : old) {
            if (slot.hash != 0) {
                std::size_t i = slot.hash & mask();
                while (m_slots[i].hash != 0) {
                    i = (i + 1) & mask();
                }
                m_slots[i] = slot;
            }
        }
    }

    std::vector<Slot> m_slots; // size: a power of two, at most half full
    std::string m_keys;
    std::size_t m_count = 0;
};

} // namespace cd::storage
