#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Brief.h"

#include <string_view>
#include <vector>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolBar;

namespace cd::app {

class WorkbookDocument;

// The Brief tab: the campaign's brief and editorial style guide, one plain-text editor per part.
// What is typed is saved as one undoable command per editing burst: when the editor loses
// focus or after a short pause, and the pauses of one visit to an editor merge into one step.
// Ctrl+Z and Ctrl+Shift+Z in an editor drive the workbook's undo stack (after saving what was
// typed), so undo there restores the saved text. A read-only workbook shows the editors
// read-only.
class BriefView final : public QWidget {
    Q_OBJECT

public:
    explicit BriefView(QWidget* parent = nullptr);

    void setDocument(WorkbookDocument* document);
    // Shows the brief of `campaignId` as it is in the document's workbook.
    void setCampaign(core::Id campaignId, const QString& campaignName);
    void clear();
    // Reads the brief again; editors with unsaved typing keep it.
    void reload();
    // Saves what was typed in every editor now (one command per part).
    void saveEdits();

    // The editor of the part with `key` (see core::briefSections()).
    QPlainTextEdit* editor(std::string_view key) const;
    // The brief as last read from the workbook.
    const core::CampaignBrief& savedBrief() const { return m_saved; }
    QAction* checkCaptionAction() const { return m_checkCaption; }
    // Shows `action` (File ▸ Export Brief PDF…) on the tab's tool bar too.
    void addExportAction(QAction* action);
    // How long typing may pause before it is saved.
    static constexpr int kIdleMilliseconds = 800;

    // The part's title and placeholder in the interface's language.
    static QString partTitle(std::string_view key);
    static QString partPlaceholder(std::string_view key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Part {
        const core::BriefSection* section = nullptr;
        QLabel* label = nullptr;
        QPlainTextEdit* editor = nullptr;
        bool dirty = false; // typed since the last save
    };

    void buildEditors(QWidget* page);
    void edited(std::size_t part);
    void save(std::size_t part);
    void showSaved();
    void updateEditable();
    void checkCaption();
    core::CampaignBrief shownBrief() const;
    Part* partOf(const QObject* editor);

    QPointer<WorkbookDocument> m_document;
    core::Id m_campaignId = 0;
    QString m_campaignName;
    core::CampaignBrief m_saved;
    std::vector<Part> m_parts;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_heading = nullptr;
    QAction* m_checkCaption = nullptr;
    QTimer* m_idle = nullptr;
    int m_burst = 1;
    bool m_showing = false; // setting texts from the workbook, not typing
    bool m_saving = false;  // a save's message box must not save again on focus out
};

} // namespace cd::app
