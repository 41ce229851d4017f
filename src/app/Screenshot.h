#pragma once

namespace cd::app {

struct LaunchOptions;

// Renders the real main window with the requested workbook, campaign and tab to a PNG and
// returns the exit code: 0 done; 2 unknown campaign or tab, or the file cannot be written;
// 3 the workbook cannot be opened. Each failure prints one line to stderr.
int takeScreenshot(const LaunchOptions& options);

} // namespace cd::app
