#pragma once

#include <QGuiApplication>

#include <memory>

namespace cd::cli {

// The PDF commands draw with Qt Gui, which needs an application object. The CLI has no display:
// the offscreen platform works anywhere, unless the user chose another one. Qt's own messages
// go to the log, so that stderr keeps its one line per error. Returns null when an application
// object exists already.
std::unique_ptr<QGuiApplication> makeGuiApplication();

} // namespace cd::cli
