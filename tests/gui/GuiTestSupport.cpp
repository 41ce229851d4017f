#include "GuiTestSupport.h"

#include "platform/Clock.h"
#include "storage/DemoData.h"
#include "storage/Workbook.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QMutex>

#include <stdexcept>

DemoWorkbook::DemoWorkbook() : m_path(m_dir.filePath(QStringLiteral("demo.cdwb")))
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot create a temporary folder");
    }
    auto workbook = cd::storage::Workbook::create(m_path.toStdString());
    cd::storage::populateDemo(workbook, cd::platform::today());
}

QString englishCount(qint64 count)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(count);
}

qint64 readEnglishCount(const QString& text)
{
    bool ok = false;
    const qint64 n = QLocale(QLocale::English, QLocale::UnitedStates).toLongLong(text, &ok);
    return ok ? n : -1;
}

int totalRows(const QAbstractItemModel& model, const QModelIndex& parent)
{
    int rows = model.rowCount(parent);
    for (int row = 0, count = rows; row < count; ++row) {
        rows += totalRows(model, model.index(row, 0, parent));
    }
    return rows;
}

QStringList columnTexts(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts << model.index(row, column).data().toString();
    }
    return texts;
}

QList<cd::app::MessageBox::Record> takeMessages()
{
    return cd::app::MessageBox::takeRecords();
}

namespace {

QMutex g_mutex;
QStringList g_failures;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type != QtDebugMsg &&
        type != QtInfoMsg) {
        const QMutexLocker lock(&g_mutex);
        g_failures << message;
        return;
    }
    if (g_previous) {
        g_previous(type, context, message);
    }
}

} // namespace

ModelTesterFailures::ModelTesterFailures()
{
    const QMutexLocker lock(&g_mutex);
    g_failures.clear();
    g_previous = qInstallMessageHandler(collect);
}

ModelTesterFailures::~ModelTesterFailures()
{
    qInstallMessageHandler(g_previous);
}

QStringList ModelTesterFailures::messages() const
{
    const QMutexLocker lock(&g_mutex);
    return g_failures;
}
