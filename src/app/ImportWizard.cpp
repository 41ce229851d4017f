#include "ImportWizard.h"

#include "BusyNotice.h"
#include "ImportWizardPages.h"
#include "InfluencerCommands.h"
#include "MessageBox.h"
#include "WorkbookDocument.h"

#include "storage/Workbook.h"

#include <QProgressDialog>

#include <spdlog/spdlog.h>

namespace cd::app {

ImportWizard::ImportWizard(WorkbookDocument& document, QWidget* parent)
    : QWizard(parent), m_document(document)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Influencers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_request.rows.defaultPlatform = core::Platform::Instagram;
    setPage(FilePage, new ImportFilePage(*this));
    setPage(PreviewPage, new ImportPreviewPage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(OptionsPage, new ImportOptionsPage(*this));
    setPage(DryRunPage, new ImportDryRunPage(*this));
    setPage(ResultPage, new ImportResultPage(*this));
    resize(860, 620);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::loadFile(const QString& path)
{
    try {
        m_bytes = services::readFileBytes(path.toStdString());
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Cannot read the file"), QString::fromStdString(e.what()));
        return false;
    }
    m_path = path;
    const BusyNotice busy; // splitting a large file into rows takes a moment
    setCsvOptions(m_request.csv);
    return true;
}

void ImportWizard::setCsvOptions(const io::CsvOptions& options)
{
    m_request.csv = options;
    m_prepared = {};
    m_prepared.table = io::readCsv(m_bytes, options);
    ++m_generation;
}

bool ImportWizard::convert()
{
    try {
        services::remap(m_prepared, m_mapping, m_request.rows);
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Map a column first"), QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

core::ImportSummary ImportWizard::dryRun()
{
    storage::InfluencerImportOptions options = m_request.import;
    options.dryRun = true;
    const BusyNotice busy; // the whole import, rolled back: a moment for a large file
    return services::runInfluencerImport(m_document.workbook().db(), m_prepared, options);
}

bool ImportWizard::runImport()
{
    m_cancelled = false;
    const auto total = static_cast<int>(m_prepared.rows.candidates.size());
    QProgressDialog progress(tr("Importing influencers…"), tr("Cancel"), 0, std::max(total, 1),
                             this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import Influencers"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    storage::InfluencerImportChanges changes;
    storage::InfluencerImportOptions options = m_request.import;
    options.dryRun = false;
    options.changes = &changes;
    options.progress = [&](std::size_t done, std::size_t) {
        // setValue() lets a window-modal dialog handle its Cancel button.
        progress.setValue(static_cast<int>(done));
        if (m_hook) {
            m_hook(progress);
        }
        return !progress.wasCanceled();
    };
    try {
        m_result = services::runInfluencerImport(m_document.workbook().db(), m_prepared, options);
    } catch (const storage::ImportCancelled&) {
        m_cancelled = true;
        return false;
    } catch (const std::exception& e) {
        spdlog::warn("import failed: {}", e.what());
        MessageBox::warning(this, tr("Import failed"),
                            tr("Nothing was imported: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    progress.close();
    const auto added = static_cast<int>(m_result->imported);
    const auto updated = static_cast<int>(m_result->updated);
    const QString text = tr("Import influencers (%1 new, %2 updated)").arg(added).arg(updated);
    m_document.push(new ImportInfluencersCommand(m_document, std::move(changes), text));
    return true;
}

} // namespace cd::app
