#pragma once

#include <QDialog>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Brief.h"

class QPlainTextEdit;

namespace cd::app {

// Checks a draft caption against the brief as it is typed (core::checkCaption): the hashtag
// disclosures it lacks and the product names it spells differently. Findings are plain text.
class CaptionCheckDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CaptionCheckDialog(core::CampaignBrief brief, QWidget* parent = nullptr);

    QPlainTextEdit* captionEdit() const { return m_caption; }
    QPlainTextEdit* findingsView() const { return m_findings; }

    // The findings for `caption`, one per line, or a sentence saying there are none.
    static QString findingsText(const core::CampaignBrief& brief, const QString& caption);

private:
    void check();

    core::CampaignBrief m_brief;
    QPlainTextEdit* m_caption = nullptr;
    QPlainTextEdit* m_findings = nullptr;
};

} // namespace cd::app
