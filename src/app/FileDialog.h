#pragma once

#include <QString>

class QWidget;

namespace cd::app {

// The app's file dialogs, with a seam for tests: a name set with setNextFileName() is returned
// by the next call instead of showing a dialog (an empty name stands for Cancel).
class FileDialog final {
public:
    FileDialog() = delete;

    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);

    static void setNextFileName(const QString& fileName);
};

} // namespace cd::app
