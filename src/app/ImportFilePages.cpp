// The first two pages of the import wizard: choosing the file and previewing how it reads.
#include "ImportWizard.h"
#include "ImportWizardPages.h"

#include "FileDialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::app {

namespace {

constexpr int kPreviewRows = 20;

QString encodingName(io::Encoding encoding)
{
    switch (encoding) {
    case io::Encoding::Auto:
        return ImportPreviewPage::tr("Detect automatically");
    case io::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case io::Encoding::Windows1252:
        return ImportPreviewPage::tr("Windows-1252 (Western European)");
    case io::Encoding::Utf16Le:
        return QStringLiteral("UTF-16 LE");
    case io::Encoding::Utf16Be:
        return QStringLiteral("UTF-16 BE");
    }
    return {};
}

QString delimiterName(io::Delimiter delimiter)
{
    switch (delimiter) {
    case io::Delimiter::Auto:
        return ImportPreviewPage::tr("Detect automatically");
    case io::Delimiter::Comma:
        return ImportPreviewPage::tr("Comma ( , )");
    case io::Delimiter::Semicolon:
        return ImportPreviewPage::tr("Semicolon ( ; )");
    case io::Delimiter::Tab:
        return ImportPreviewPage::tr("Tab");
    case io::Delimiter::Pipe:
        return ImportPreviewPage::tr("Pipe ( | )");
    }
    return {};
}

QString cellText(const std::vector<std::string>& cells, std::size_t column)
{
    return column < cells.size() ? QString::fromStdString(cells[column]) : QString();
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard& wizard) : m_wizard(wizard)
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV file exported from a spreadsheet, an agency or a platform tool. Each "
                   "row is an influencer, or one account of one."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("File:"), this));
    layout->addLayout(row);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void ImportFilePage::browse()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import Influencers"), m_wizard.folder(),
                                    tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    return m_wizard.loadFile(m_path->text().trimmed());
}

ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setTitle(tr("Check how the file reads"));
    setSubTitle(tr("The first rows as they will be read. If the text or the columns look "
                   "wrong, choose the encoding, the separator or the header line."));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    for (auto e : {io::Encoding::Auto, io::Encoding::Utf8, io::Encoding::Windows1252,
                   io::Encoding::Utf16Le, io::Encoding::Utf16Be}) {
        m_encoding->addItem(encodingName(e), static_cast<int>(e));
    }
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    for (auto d : {io::Delimiter::Auto, io::Delimiter::Comma, io::Delimiter::Semicolon,
                   io::Delimiter::Tab, io::Delimiter::Pipe}) {
        m_delimiter->addItem(delimiterName(d), static_cast<int>(d));
    }
    m_headerLine = new QSpinBox(this);
    m_headerLine->setObjectName(QStringLiteral("importHeaderLine"));
    m_headerLine->setRange(0, 1000);
    m_headerLine->setSpecialValueText(tr("Detect automatically"));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);

    auto* form = new QFormLayout;
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Separator:"), m_delimiter);
    form->addRow(tr("Header on line:"), m_headerLine);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_preview, 1);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::optionsChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::optionsChanged);
    connect(m_headerLine, &QSpinBox::valueChanged, this, &ImportPreviewPage::optionsChanged);
}

void ImportPreviewPage::initializePage()
{
    showTable();
}

void ImportPreviewPage::optionsChanged()
{
    io::CsvOptions options = m_wizard.csvOptions();
    options.encoding = static_cast<io::Encoding>(m_encoding->currentData().toInt());
    options.delimiter = static_cast<io::Delimiter>(m_delimiter->currentData().toInt());
    options.headerLine = static_cast<std::size_t>(m_headerLine->value());
    m_wizard.setCsvOptions(options);
    showTable();
}

void ImportPreviewPage::showTable()
{
    const io::CsvTable& table = m_wizard.table();
    const int rows = static_cast<int>(std::min<std::size_t>(table.records.size(), kPreviewRows));
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(table.header.size()));
    m_preview->setRowCount(rows);
    QStringList header;
    for (const auto& h : table.header) {
        header << QString::fromStdString(h);
    }
    m_preview->setHorizontalHeaderLabels(header);
    for (int r = 0; r < rows; ++r) {
        const auto& record = table.records[static_cast<std::size_t>(r)];
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(record.line)));
        for (std::size_t c = 0; c < table.header.size(); ++c) {
            m_preview->setItem(r, static_cast<int>(c),
                               new QTableWidgetItem(cellText(record.fields, c)));
        }
    }
    m_preview->resizeColumnsToContents();
    const std::size_t rowCount = table.records.size();
    const QString rowText = rowCount == 1 ? tr("1 data row") : tr("%1 data rows").arg(rowCount);
    QString text = tr("Read as %1, %2, header on line %3: %4.")
                       .arg(encodingName(table.encoding), delimiterName(table.delimiter),
                            QString::number(table.headerLine), rowText);
    if (!table.problems.empty()) {
        text +=
            QLatin1Char(' ') + tr("Problems: %1; the first: %2")
                                   .arg(table.problems.size())
                                   .arg(QString::fromStdString(table.problems.front().toString()));
    }
    m_detected->setText(text);
}

} // namespace cd::app
