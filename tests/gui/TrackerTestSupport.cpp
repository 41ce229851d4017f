#include "TrackerTestSupport.h"

#include "app/RosterColumns.h"
#include "storage/InfluencerRepository.h"
#include "storage/Workbook.h"

#include <QAbstractItemModel>
#include <QFile>

#include <stdexcept>

RosterWorkbook::RosterWorkbook(std::vector<cd::core::Influencer> influencers)
    : m_path(m_dir.filePath(QStringLiteral("roster.cdwb")))
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot create a temporary folder");
    }
    auto workbook = cd::storage::Workbook::create(m_path.toStdString());
    cd::storage::InfluencerRepository repo(workbook.db());
    for (auto& influencer : influencers) {
        repo.add(influencer);
    }
}

cd::core::Influencer person(const std::string& name, cd::core::Platform platform,
                            const std::string& handle, std::int64_t followers)
{
    cd::core::Influencer i;
    i.name = name;
    i.handles.push_back({platform, handle, followers, std::nullopt});
    return i;
}

QStringList shownNames(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names << model.index(row, cd::app::roster::Name).data().toString();
    }
    return names;
}

QString writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        throw std::runtime_error("cannot write the test file");
    }
    return path;
}

QByteArray readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
