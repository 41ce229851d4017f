#include "ReportPreviewDialog.h"

#include "report/ReportError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QVBoxLayout>

#include <exception>

namespace cd::app {

ReportPreviewDialog::ReportPreviewDialog(report::ReportInput input, QWidget* parent)
    : QDialog(parent), m_input(std::move(input))
{
    setWindowTitle(tr("Export KPI Report"));
    setObjectName(QStringLiteral("reportPreviewDialog"));
    resize(720, 860);
    auto* layout = new QVBoxLayout(this);

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Page size:"), this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("pageFormat"));
    m_format->addItem(tr("A4"), static_cast<int>(report::PageFormat::A4));
    m_format->addItem(tr("US Letter"), static_cast<int>(report::PageFormat::Letter));
    label->setBuddy(m_format);
    row->addWidget(label);
    row->addWidget(m_format);
    row->addStretch(1);
    layout->addLayout(row);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("reportPreview"));
    m_view->setPageMode(QPdfView::PageMode::SinglePage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    m_view->setDocument(m_document);
    layout->addWidget(m_view, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportPreviewDialog::render);
    render();
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    // The document holds the temporary file open; close it before the folder goes.
    m_document->close();
}

report::PageFormat ReportPreviewDialog::pageFormat() const
{
    return static_cast<report::PageFormat>(m_format->currentData().toInt());
}

void ReportPreviewDialog::setPageFormat(report::PageFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void ReportPreviewDialog::render()
{
    m_document->close();
    const QString path = m_dir.filePath(QStringLiteral("preview.pdf"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        report::writeKpiReport(m_input, path, pageFormat());
        m_document->load(path);
        m_problem->hide();
    } catch (const std::exception& e) {
        m_problem->setText(tr("The preview cannot be made: %1").arg(QString::fromUtf8(e.what())));
        m_problem->show();
    }
    QGuiApplication::restoreOverrideCursor();
}

} // namespace cd::app
