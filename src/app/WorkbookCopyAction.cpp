#include "WorkbookCopyAction.h"

#include "ActionTips.h"
#include "BusyNotice.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "WorkbookDocument.h"

#include "storage/StorageError.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

#include <filesystem>
#include <system_error>

namespace cd::app {

namespace {

// "Spring launch.cdwb" → "Spring launch copy.cdwb", beside the original.
QString suggestedCopyName(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("cdwb") : info.suffix();
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QObject::tr(" copy") +
           QLatin1Char('.') + suffix;
}

bool sameFile(const QString& a, const QString& b)
{
    std::error_code ec;
    return std::filesystem::equivalent(a.toStdString(), b.toStdString(), ec) && !ec;
}

} // namespace

WorkbookCopyAction::WorkbookCopyAction(MainWindow& window, QMenu* fileMenu, QAction* before)
    : QObject(&window), m_window(window)
{
    m_action = new QAction(tr("Save a &Copy…"), this);
    m_action->setObjectName(QStringLiteral("actionSaveCopy"));
    m_action->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_S));
    setActionTips(m_action, tr("Save a copy of the open workbook under another name; you keep "
                               "working in this one"));
    fileMenu->insertAction(before, m_action);
    connect(m_action, &QAction::triggered, this, &WorkbookCopyAction::saveCopy);
    WorkbookDocument* document = window.document();
    connect(document, &WorkbookDocument::opened, this, &WorkbookCopyAction::updateEnabled);
    connect(document, &WorkbookDocument::closed, this, &WorkbookCopyAction::updateEnabled);
    updateEnabled();
}

void WorkbookCopyAction::updateEnabled()
{
    m_action->setEnabled(m_window.document()->isOpen());
}

bool WorkbookCopyAction::saveCopy()
{
    WorkbookDocument* document = m_window.document();
    if (!document->isOpen()) {
        return false;
    }
    const QString current = QString::fromStdString(document->workbook().path());
    const QString target =
        FileDialog::getSaveFileName(&m_window, tr("Save a Copy"), suggestedCopyName(current),
                                    tr("CampaignDesk workbooks (*.cdwb);;All files (*)"));
    if (target.isEmpty()) {
        return false;
    }
    const QString error = writeCopy(target);
    if (!error.isEmpty()) {
        MessageBox::warning(&m_window, tr("Save a Copy"), error);
        return false;
    }
    m_window.statusBar()->showMessage(tr("Saved a copy as %1").arg(QFileInfo(target).fileName()),
                                      5000);
    return true;
}

QString WorkbookCopyAction::writeCopy(const QString& target)
{
    WorkbookDocument* document = m_window.document();
    const QString current = QString::fromStdString(document->workbook().path());
    if (sameFile(current, target)) {
        return tr("%1 is the open workbook: choose another name for the copy.")
            .arg(QFileInfo(target).fileName());
    }
    // VACUUM INTO refuses an existing file, and the user may have agreed to replace one: write
    // beside it under a temporary name, then rename over it, so a failed copy leaves the old
    // file as it was.
    const std::string finalPath = target.toStdString();
    const std::string partPath = finalPath + ".partial";
    std::error_code ec;
    std::filesystem::remove(partPath, ec);
    const BusyNotice busy(m_window.statusBar(),
                          tr("Saving a copy as %1…").arg(QFileInfo(target).fileName()));
    QString error;
    try {
        document->workbook().saveCopy(partPath);
        std::filesystem::rename(partPath, finalPath, ec);
        if (ec) {
            error = tr("Cannot save a copy as %1: %2")
                        .arg(target, QString::fromStdString(ec.message()));
        }
    } catch (const storage::StorageError& e) {
        error = QString::fromStdString(e.what()).replace(QString::fromStdString(partPath), target);
    }
    if (!error.isEmpty()) {
        std::filesystem::remove(partPath, ec);
    }
    return error;
}

} // namespace cd::app
