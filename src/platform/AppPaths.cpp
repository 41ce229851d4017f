#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cd::platform {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("campaigndesk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("CampaignDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CD_VERSION));
}

std::string dataDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath() + QStringLiteral("/.campaigndesk");
    }
    QDir().mkpath(dir);
    return QDir::toNativeSeparators(dir).toStdString();
}

std::string demoWorkbookPath()
{
    return (QString::fromStdString(dataDirectory()) + QStringLiteral("/demo.") +
            QLatin1String(kWorkbookSuffix))
        .toStdString();
}

std::string logFilePath()
{
    const QString dir = QString::fromStdString(dataDirectory()) + QStringLiteral("/logs");
    QDir().mkpath(dir);
    return (dir + QStringLiteral("/campaigndesk.log")).toStdString();
}

} // namespace cd::platform
