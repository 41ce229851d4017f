#pragma once

#include <QString>

class QAction;

namespace cd::app {

// The tool tip an action shows: its text without the accelerator and the trailing "…", and its
// first shortcut in brackets when it has one: "Save a Copy (Ctrl+Shift+S)". Qt's default tool tip
// leaves the shortcut out.
QString actionToolTip(const QAction* action);

// Gives `action` its status tip (one sentence saying what it does) and a tool tip. Without an
// explicit `toolTip` the tool tip is actionToolTip() and follows later changes of the text and
// the shortcut (Undo's text changes with the command it would undo).
void setActionTips(QAction* action, const QString& statusTip, const QString& toolTip = {});

} // namespace cd::app
