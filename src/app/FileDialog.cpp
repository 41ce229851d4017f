#include "FileDialog.h"

#include <QFileDialog>

#include <optional>
#include <utility>

namespace cd::app {

namespace {
std::optional<QString> g_nextFileName;
} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    if (g_nextFileName) {
        return *std::exchange(g_nextFileName, std::nullopt);
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    if (g_nextFileName) {
        return *std::exchange(g_nextFileName, std::nullopt);
    }
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    g_nextFileName = fileName;
}

} // namespace cd::app
