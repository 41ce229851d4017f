#pragma once

#include "storage/StorageError.h"

#include <optional>
#include <string>

namespace cd::app {

// The write of an undo command that adds, changes or removes one row by id (a team member, an
// outreach template): from nothing to a new row adds it, from nothing to a row with an id puts
// it back under that id (undo of a removal), from a row to nothing removes it, and from a row to
// another updates it at the stored version, which moved on with every redo and undo. Throws
// StorageError (Missing) with `missing` when the row to update is gone.
template <class Repository, class Row>
void applyRowChange(Repository& repository, const std::optional<Row>& from, std::optional<Row>& to,
                    const std::string& missing)
{
    if (!to) {
        repository.remove(from->id);
    } else if (!from && to->id == 0) {
        repository.add(*to);
    } else if (!from) {
        repository.restore(*to);
    } else {
        const auto current = repository.get(to->id);
        if (!current) {
            throw storage::StorageError(storage::StorageError::Kind::Missing, missing);
        }
        to->version = current->version;
        repository.update(*to);
    }
}

} // namespace cd::app
