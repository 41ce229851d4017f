#pragma once

#include "core/Influencer.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdint>
#include <string>
#include <vector>

class QAbstractItemModel;

// A workbook holding only the given influencers (no campaigns), in a temporary folder.
class RosterWorkbook {
public:
    explicit RosterWorkbook(std::vector<cd::core::Influencer> influencers);

    std::string path() const { return m_path.toStdString(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// An influencer with one account.
cd::core::Influencer person(const std::string& name, cd::core::Platform platform,
                            const std::string& handle, std::int64_t followers);

// The names of the rows shown, top to bottom.
QStringList shownNames(const QAbstractItemModel& model);

// Writes text (UTF-8) to a file; returns its path.
QString writeText(const QString& path, const QByteArray& text);
QByteArray readText(const QString& path);
