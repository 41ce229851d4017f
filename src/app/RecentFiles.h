#pragma once

#include <QStringList>

namespace cd::app {

// The workbooks opened lately, most recent first, at most kMaxCount, kept in QSettings when
// persistent (screenshots and tests use a list that is never saved).
class RecentFiles final {
public:
    static constexpr int kMaxCount = 8;

    explicit RecentFiles(bool persistent);

    QStringList files() const { return m_files; }
    void add(const QString& path);
    void remove(const QString& path);

private:
    void save() const;

    QStringList m_files;
    bool m_persistent = true;
};

} // namespace cd::app
