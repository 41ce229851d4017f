#pragma once

#include <QWizard>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "services/InfluencerTransfer.h"

#include <functional>
#include <optional>
#include <string>

class QProgressDialog;

namespace cd::app {

class WorkbookDocument;

// File ▸ Import Influencers…: file → preview (encoding, delimiter and header line can be
// overridden) → column mapping → defaults and duplicate policy → dry run → the import, in one
// transaction with a cancellable progress dialog → the rejected rows can be saved. The steps are
// services::prepareInfluencerImport's; the finished import is one undo step.
class ImportWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, MappingPage, OptionsPage, DryRunPage, ResultPage };

    explicit ImportWizard(WorkbookDocument& document, QWidget* parent = nullptr);
    ~ImportWizard() override;

    WorkbookDocument& document() const { return m_document; }
    // Where file dialogs start.
    void setFolder(const QString& folder) { m_folder = folder; }
    QString folder() const { return m_folder; }

    // Reads the file; false (after a message) when it cannot be read.
    bool loadFile(const QString& path);
    QString filePath() const { return m_path; }

    // The file read with the current options; re-read when they change.
    const io::CsvTable& table() const { return m_prepared.table; }
    const io::CsvOptions& csvOptions() const { return m_request.csv; }
    void setCsvOptions(const io::CsvOptions& options);
    // Bumped by every re-read, so the mapping page knows to guess again.
    int tableGeneration() const { return m_generation; }

    io::ColumnMapping& mapping() { return m_mapping; }
    io::InfluencerRowOptions& rowOptions() { return m_request.rows; }
    void setDuplicatePolicy(core::DuplicatePolicy policy) { m_request.import.onDuplicate = policy; }
    core::DuplicatePolicy duplicatePolicy() const { return m_request.import.onDuplicate; }

    // Converts the rows with the mapping and options; false (after a message) when no column
    // holds names or handles.
    bool convert();
    const services::PreparedImport& prepared() const { return m_prepared; }
    // What the import would do, without writing.
    core::ImportSummary dryRun();
    // Imports in one transaction behind a progress dialog and pushes the undo step. False when
    // cancelled (nothing changed; cancelled() says so) or failed (after a message).
    bool runImport();
    bool cancelled() const { return m_cancelled; }
    const std::optional<core::ImportSummary>& result() const { return m_result; }

    // Test seam: called with the progress dialog at every progress report of the import.
    void setProgressHook(std::function<void(QProgressDialog&)> hook) { m_hook = std::move(hook); }

private:
    WorkbookDocument& m_document;
    QString m_folder;
    QString m_path;
    std::string m_bytes;
    services::InfluencerImportRequest m_request;
    services::PreparedImport m_prepared;
    io::ColumnMapping m_mapping;
    int m_generation = 0;
    bool m_cancelled = false;
    std::optional<core::ImportSummary> m_result;
    std::function<void(QProgressDialog&)> m_hook;
};

} // namespace cd::app
