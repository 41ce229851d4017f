#pragma once

#include <string>

namespace cd::platform {

// Sets the organisation and application names that QSettings and QStandardPaths use.
// Call once at start-up, before anything reads a path or a setting.
void setApplicationIdentity();

// The user's data folder for CampaignDesk (created when missing), e.g.
// ~/.local/share/CampaignDesk/CampaignDesk on Linux. Honours XDG_DATA_HOME.
std::string dataDirectory();
// Where the demo workbook lives: <data folder>/demo.cdwb.
std::string demoWorkbookPath();
// Where the log file lives: <data folder>/logs/campaigndesk.log.
std::string logFilePath();

// The file extension of workbooks, without the dot.
inline constexpr const char* kWorkbookSuffix = "cdwb";

} // namespace cd::platform
