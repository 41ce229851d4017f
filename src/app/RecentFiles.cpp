#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cd::app {

namespace {

const QString kSettingsKey = QStringLiteral("recentFiles");

QString normalised(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentFiles::RecentFiles(bool persistent) : m_persistent(persistent)
{
    if (m_persistent) {
        m_files = QSettings().value(kSettingsKey).toStringList();
        m_files.removeAll(QString());
        while (m_files.size() > kMaxCount) {
            m_files.removeLast();
        }
    }
}

void RecentFiles::add(const QString& path)
{
    const QString file = normalised(path);
    m_files.removeAll(file);
    m_files.prepend(file);
    while (m_files.size() > kMaxCount) {
        m_files.removeLast();
    }
    save();
}

void RecentFiles::remove(const QString& path)
{
    m_files.removeAll(normalised(path));
    save();
}

void RecentFiles::save() const
{
    if (m_persistent) {
        QSettings().setValue(kSettingsKey, m_files);
    }
}

} // namespace cd::app
