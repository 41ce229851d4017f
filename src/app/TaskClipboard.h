#pragma once

#include "core/Task.h"

#include <optional>
#include <vector>

class QMimeData;

namespace cd::app {

class WbsTreeModel;

// Copied subtrees on the clipboard: as JSON for pasting into a plan (the tasks with temporary
// ids below 0, parents first, and the dependencies inside them), and as tab-separated text for
// a spreadsheet.
class TaskClipboard final {
public:
    static constexpr const char* kMimeType = "application/x-campaigndesk-tasks";

    struct Content {
        std::vector<core::Task> tasks;
        std::vector<core::Dependency> dependencies;
    };

    TaskClipboard() = delete;

    static QMimeData* write(const WbsTreeModel& model, const std::vector<core::Id>& roots);
    // Tasks ready for InsertTasks into `model`'s campaign; nullopt when `data` holds none.
    // Influencer links survive only to people of the campaign; costs only in its currency.
    static std::optional<Content> read(const QMimeData* data, const WbsTreeModel& model);
};

} // namespace cd::app
