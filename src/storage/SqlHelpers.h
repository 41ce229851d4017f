#pragma once

// Internal to the storage layer: conversions between domain values and SQLite columns.

#include "Database.h"
#include "StorageError.h"
#include "core/Date.h"
#include "core/Enums.h"
#include "core/Money.h"

#include <string>

namespace cd::storage::detail {

inline void bindDate(Statement& st, int index, const core::OptionalDate& date)
{
    if (date) {
        st.bind(index, date->toIso());
    } else {
        st.bindNull(index);
    }
}

inline core::OptionalDate readDate(const Statement& st, int column)
{
    if (st.isNull(column)) {
        return std::nullopt;
    }
    return core::Date::parseIso(st.text(column));
}

template <class E> void bindEnum(Statement& st, int index, E value)
{
    st.bindStatic(index, core::toKey(value)); // static text
}

template <class E> E readEnum(const Statement& st, int column, E fallback)
{
    return core::parseEnum<E>(st.text(column)).value_or(fallback);
}

inline core::Money readMoney(const Statement& st, int column, const std::string& currency)
{
    return core::Money(st.int64(column), currency);
}

// After an UPDATE … WHERE id = ? AND row_version = ?: no row changed means either the row is
// gone or someone else changed it first. Both are reported, never silently ignored.
inline void requireUpdated(Database& db, const char* table, core::Id id)
{
    if (db.changes() == 1) {
        return;
    }
    auto& st = db.cached(std::string("SELECT 1 FROM ") + table + " WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id);
    if (st.step()) {
        throw StorageError(StorageError::Kind::Conflict,
                           std::string("The ") + table +
                               " was changed elsewhere since it was read; reload and try again.");
    }
    throw StorageError(StorageError::Kind::Missing, std::string("The ") + table + " #" +
                                                        std::to_string(id) + " no longer exists.");
}

// The currency of a campaign, used to read its amounts back.
inline std::string campaignCurrency(Database& db, core::Id campaignId)
{
    auto& st = db.cached("SELECT currency FROM campaign WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, campaignId);
    if (!st.step()) {
        throw StorageError(StorageError::Kind::Missing,
                           "The campaign #" + std::to_string(campaignId) + " does not exist.");
    }
    std::string currency = st.text(0);
    // Left on its row, the statement would keep the connection's read snapshot open.
    st.reset();
    return currency;
}

} // namespace cd::storage::detail
