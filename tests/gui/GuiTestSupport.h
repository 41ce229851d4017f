#pragma once

#include "app/MessageBox.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

class QAbstractItemModel;
class QModelIndex;
class QObject;

// A workbook holding the demo data, in a temporary folder removed at scope exit.
class DemoWorkbook {
public:
    DemoWorkbook();

    QString path() const { return m_path; }
    std::string stdPath() const { return m_path.toStdString(); }
    // Another file in the same folder.
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// A count as the English interface shows it ("1,234,567"), and read back.
QString englishCount(qint64 count);
qint64 readEnglishCount(const QString& text);

// Rows of the whole tree below `parent`, at every depth.
int totalRows(const QAbstractItemModel& model, const QModelIndex& parent);
// The display texts of one column, top level only.
QStringList columnTexts(const QAbstractItemModel& model, int column);

// The messages recorded through the MessageBox seam since the last call.
QList<cd::app::MessageBox::Record> takeMessages();

// Collects the failures QAbstractItemModelTester reports (in Warning mode) while alive.
class ModelTesterFailures {
public:
    ModelTesterFailures();
    ~ModelTesterFailures();
    ModelTesterFailures(const ModelTesterFailures&) = delete;
    ModelTesterFailures& operator=(const ModelTesterFailures&) = delete;

    QStringList messages() const;
};
