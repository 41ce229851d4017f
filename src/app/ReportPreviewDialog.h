#pragma once

#include <QDialog>
#include <QTemporaryDir>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "report/KpiReport.h"

class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;

namespace cd::app {

// Shows the one-page KPI report as it will be saved, with a choice of page size (A4 by default,
// or Letter). The preview is the real PDF, written to a temporary folder and shown by QtPdf, so
// what the user sees is exactly what is saved.
class ReportPreviewDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ReportPreviewDialog(report::ReportInput input, QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    report::PageFormat pageFormat() const;
    void setPageFormat(report::PageFormat format);
    // The rendered preview (its pageCount() is 1 once rendered).
    QPdfDocument* document() const { return m_document; }

private:
    void render();

    report::ReportInput m_input;
    QTemporaryDir m_dir;
    QComboBox* m_format = nullptr;
    QLabel* m_problem = nullptr;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
};

} // namespace cd::app
