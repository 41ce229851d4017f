#pragma once

#include <QDialog>
#include <QPointer>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "OutreachMails.h"
#include "WorkbookDocument.h"
#include "core/Outreach.h"

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cd::app {

// "Write to…": fills an outreach template for each selected influencer and opens the mails in
// the user's mail client (one mail per person, as each is personal) or copies them; either logs
// today as their last contact, in one undo step. The templates of the workbook are edited here
// too, each change a command on the document's undo stack. Everything is plain text.
class OutreachDialog final : public QDialog {
    Q_OBJECT

public:
    OutreachDialog(WorkbookDocument& document, std::vector<core::Id> influencerIds,
                   core::Id campaignId, QWidget* parent = nullptr);

    // The mails as they would go out now, one per influencer, in the order of the selection.
    const std::vector<OutreachMail>& mails() const { return m_mails; }
    // The warnings shown (unfilled fields, people without an e-mail); empty when none.
    QString warningText() const;

    QComboBox* templateCombo() const { return m_template; }
    QComboBox* campaignCombo() const { return m_campaign; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLineEdit* myNameEdit() const { return m_myName; }

    bool selectTemplate(core::Id templateId);
    core::Id currentTemplateId() const;

    // Opens one mail per influencer with an e-mail address (through MailClient) and logs the
    // contact of those. False when nobody could be written to.
    bool openInMail();
    // Copies every mail to the clipboard and logs the contact of everyone.
    void copyToClipboard();

    void saveTemplate();
    void addTemplate();
    void deleteTemplate();

private:
    QWidget* makeEditor();
    QWidget* makePreview();
    void fillCampaigns(core::Id campaignId);
    void reloadTemplates();
    void showTemplate();
    void reloadRecipients();
    void refill();
    void showPreview();
    void logContact(const std::vector<core::Id>& ids);

    QPointer<WorkbookDocument> m_document;
    std::vector<core::Id> m_influencerIds;
    std::vector<core::OutreachTemplate> m_templates;
    std::vector<OutreachRecipient> m_recipients;
    std::vector<OutreachMail> m_mails;
    QComboBox* m_template = nullptr;
    QComboBox* m_campaign = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLineEdit* m_myName = nullptr;
    QListWidget* m_people = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_warnings = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace cd::app
