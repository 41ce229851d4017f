#include "OutreachDialog.h"

#include "MailClient.h"
#include "MessageBox.h"
#include "OutreachCommands.h"
#include "platform/Clock.h"
#include "storage/CampaignRepository.h"
#include "storage/OutreachRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::app {

namespace {

const QString kMyNameKey = QStringLiteral("outreach/myName");
constexpr std::ptrdiff_t kManyMails = 10;

QString fieldList()
{
    QStringList names;
    for (std::string_view name : core::mergeFieldNames()) {
        names.append(QLatin1Char('{') + QString::fromUtf8(name.data(), qsizetype(name.size())) +
                     QLatin1Char('}'));
    }
    return names.join(QStringLiteral(" "));
}

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

OutreachDialog::OutreachDialog(WorkbookDocument& document, std::vector<core::Id> influencerIds,
                               core::Id campaignId, QWidget* parent)
    : QDialog(parent), m_document(&document), m_influencerIds(std::move(influencerIds))
{
    setObjectName(QStringLiteral("outreachDialog"));
    setWindowTitle(tr("Write to Influencers"));
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("outreachCampaign"));
    m_myName = new QLineEdit(QSettings().value(kMyNameKey).toString(), this);
    m_myName->setObjectName(QStringLiteral("outreachMyName"));
    m_myName->setPlaceholderText(tr("Fills {my_name}"));
    auto* top = new QFormLayout;
    top->addRow(tr("Campaign:"), m_campaign);
    top->addRow(tr("Your name:"), m_myName);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(makeEditor());
    splitter->addWidget(makePreview());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("Open in Mail"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("outreachOpenInMail"));
    open->setToolTip(tr("Open one e-mail per person in your mail program and log today as "
                        "their last contact"));
    auto* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("outreachCopy"));
    copy->setToolTip(tr("Copy the e-mails to the clipboard and log today as their last contact"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 600);

    fillCampaigns(campaignId);
    reloadTemplates();
    reloadRecipients();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] { openInMail(); });
    connect(copy, &QPushButton::clicked, this, &OutreachDialog::copyToClipboard);
    connect(m_template, &QComboBox::currentIndexChanged, this, &OutreachDialog::showTemplate);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &OutreachDialog::reloadRecipients);
    connect(m_myName, &QLineEdit::textChanged, this, [this](const QString& text) {
        QSettings().setValue(kMyNameKey, text);
        reloadRecipients();
    });
    connect(m_subject, &QLineEdit::textChanged, this, &OutreachDialog::refill);
    connect(m_body, &QPlainTextEdit::textChanged, this, &OutreachDialog::refill);
    connect(m_people, &QListWidget::currentRowChanged, this, &OutreachDialog::showPreview);
    // Undo and redo of template edits (and of anything else) show up here at once.
    connect(document.undoStack(), &QUndoStack::indexChanged, this,
            &OutreachDialog::reloadTemplates);
}

QWidget* OutreachDialog::makeEditor()
{
    auto* editor = new QWidget(this);
    m_template = new QComboBox(editor);
    m_template->setObjectName(QStringLiteral("outreachTemplate"));
    auto* add = new QPushButton(tr("Add"), editor);
    add->setObjectName(QStringLiteral("outreachAddTemplate"));
    add->setToolTip(tr("Add a template, starting from the text shown"));
    m_delete = new QPushButton(tr("Delete"), editor);
    m_delete->setObjectName(QStringLiteral("outreachDeleteTemplate"));
    m_delete->setToolTip(tr("Delete the template shown"));
    auto* save = new QPushButton(tr("Save Template"), editor);
    save->setObjectName(QStringLiteral("outreachSaveTemplate"));
    save->setToolTip(tr("Save the changes to the template's name, subject and text"));
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("outreachTemplateName"));
    m_subject = new QLineEdit(editor);
    m_subject->setObjectName(QStringLiteral("outreachSubject"));
    m_body = new QPlainTextEdit(editor);
    m_body->setObjectName(QStringLiteral("outreachBody"));

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_template, 1);
    chooser->addWidget(add);
    chooser->addWidget(m_delete);
    auto* form = new QFormLayout;
    form->addRow(tr("Template:"), chooser);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Subject:"), m_subject);
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(
        plainLabel(tr("Merge fields: %1. Write {{ and }} for braces.").arg(fieldList()), editor));
    layout->addWidget(save, 0, Qt::AlignRight);
    connect(add, &QPushButton::clicked, this, &OutreachDialog::addTemplate);
    connect(m_delete, &QPushButton::clicked, this, &OutreachDialog::deleteTemplate);
    connect(save, &QPushButton::clicked, this, &OutreachDialog::saveTemplate);
    return editor;
}

QWidget* OutreachDialog::makePreview()
{
    auto* preview = new QWidget(this);
    m_people = new QListWidget(preview);
    m_people->setObjectName(QStringLiteral("outreachPeople"));
    m_preview = new QPlainTextEdit(preview);
    m_preview->setObjectName(QStringLiteral("outreachPreview"));
    m_preview->setReadOnly(true);
    m_warnings = plainLabel(QString(), preview);
    m_warnings->setObjectName(QStringLiteral("outreachWarnings"));
    auto* layout = new QVBoxLayout(preview);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_people, 1);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_warnings);
    return preview;
}

void OutreachDialog::fillCampaigns(core::Id campaignId)
{
    m_campaign->addItem(tr("No campaign"), qint64(0));
    for (const auto& campaign : storage::CampaignRepository(m_document->workbook().db()).list()) {
        m_campaign->addItem(QString::fromStdString(campaign.name), qint64(campaign.id));
    }
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(qint64(campaignId))));
}

void OutreachDialog::reloadTemplates()
{
    if (!m_document || !m_document->isOpen()) {
        return;
    }
    auto templates = storage::OutreachRepository(m_document->workbook().db()).list();
    if (templates == m_templates) {
        return; // unchanged: keep what the user is typing
    }
    const core::Id current = currentTemplateId();
    m_templates = std::move(templates);
    {
        const QSignalBlocker block(m_template);
        m_template->clear();
        for (const auto& t : m_templates) {
            m_template->addItem(QString::fromStdString(t.name), qint64(t.id));
        }
        m_template->setCurrentIndex(std::max(0, m_template->findData(qint64(current))));
    }
    showTemplate();
}

void OutreachDialog::showTemplate()
{
    const int index = m_template->currentIndex();
    const bool any = index >= 0 && index < static_cast<int>(m_templates.size());
    const core::OutreachTemplate shown =
        any ? m_templates[std::size_t(index)] : core::OutreachTemplate{};
    m_delete->setEnabled(any);
    m_name->setText(QString::fromStdString(shown.name));
    m_subject->setText(QString::fromStdString(shown.subject));
    m_body->setPlainText(QString::fromStdString(shown.body));
    refill();
}

bool OutreachDialog::selectTemplate(core::Id templateId)
{
    const int index = m_template->findData(qint64(templateId));
    if (index < 0) {
        return false;
    }
    m_template->setCurrentIndex(index);
    return true;
}

core::Id OutreachDialog::currentTemplateId() const
{
    return m_template->currentData().toLongLong();
}

void OutreachDialog::reloadRecipients()
{
    m_recipients = loadRecipients(m_document->workbook().db(), m_influencerIds,
                                  m_campaign->currentData().toLongLong(), m_myName->text());
    refill();
}

void OutreachDialog::refill()
{
    m_mails.clear();
    for (const OutreachRecipient& recipient : m_recipients) {
        m_mails.push_back(fillMail(recipient, m_subject->text(), m_body->toPlainText()));
    }
    const int row = std::max(0, m_people->currentRow());
    const QSignalBlocker block(m_people);
    m_people->clear();
    for (const OutreachMail& mail : m_mails) {
        m_people->addItem(mail.email.isEmpty() ? tr("%1 — no e-mail address").arg(mail.name)
                                               : tr("%1 <%2>").arg(mail.name, mail.email));
    }
    m_people->setCurrentRow(std::min(row, m_people->count() - 1));
    m_warnings->setText(warningText());
    showPreview();
}

void OutreachDialog::showPreview()
{
    const int row = m_people->currentRow();
    if (row < 0 || row >= static_cast<int>(m_mails.size())) {
        m_preview->clear();
        return;
    }
    const OutreachMail& mail = m_mails[std::size_t(row)];
    m_preview->setPlainText(tr("Subject: %1").arg(mail.subject) + QStringLiteral("\n\n") +
                            mail.body);
}

QString OutreachDialog::warningText() const
{
    QStringList unfilled;
    QStringList noEmail;
    for (const OutreachMail& mail : m_mails) {
        for (const QString& field : mail.unfilled) {
            const QString braced = QLatin1Char('{') + field + QLatin1Char('}');
            if (!unfilled.contains(braced)) {
                unfilled.append(braced);
            }
        }
        if (mail.email.isEmpty()) {
            noEmail.append(mail.name);
        }
    }
    QStringList lines;
    if (!unfilled.isEmpty()) {
        lines.append(tr("Not filled: %1 (unknown, or nothing to fill them with).")
                         .arg(unfilled.join(QStringLiteral(", "))));
    }
    if (!noEmail.isEmpty()) {
        lines.append(tr("No e-mail address, left out of Open in Mail: %1.")
                         .arg(noEmail.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

bool OutreachDialog::openInMail()
{
    const auto withAddress = std::count_if(
        m_mails.begin(), m_mails.end(), [](const OutreachMail& m) { return !m.email.isEmpty(); });
    // Each mail opens a window of the mail program: ask before opening a crowd of them.
    if (withAddress > kManyMails &&
        MessageBox::question(
            this, tr("Open in Mail"),
            tr("Open %1 e-mails in your mail program, one per person?").arg(withAddress),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes) {
        return false;
    }
    std::vector<core::Id> written;
    for (const OutreachMail& mail : m_mails) {
        if (!mail.email.isEmpty() && MailClient::open(mailUrl(mail))) {
            written.push_back(mail.influencerId);
        }
    }
    if (written.empty()) {
        MessageBox::warning(this, tr("Open in Mail"),
                            tr("No e-mail could be opened: the people chosen have no e-mail "
                               "address, or no mail program is set up. Use Copy instead."));
        return false;
    }
    logContact(written);
    return true;
}

void OutreachDialog::copyToClipboard()
{
    if (m_mails.empty()) {
        return;
    }
    QApplication::clipboard()->setText(clipboardText(m_mails));
    std::vector<core::Id> ids;
    for (const OutreachMail& mail : m_mails) {
        ids.push_back(mail.influencerId);
    }
    logContact(ids);
}

void OutreachDialog::logContact(const std::vector<core::Id>& ids)
{
    if (m_document && m_document->canEdit()) {
        m_document->push(new LogContactCommand(*m_document, ids, platform::today()));
    }
}

void OutreachDialog::saveTemplate()
{
    const int index = m_template->currentIndex();
    if (!m_document || index < 0 || index >= static_cast<int>(m_templates.size())) {
        addTemplate();
        return;
    }
    const core::OutreachTemplate before = m_templates[std::size_t(index)];
    core::OutreachTemplate after = before;
    after.name = m_name->text().trimmed().isEmpty() ? tr("Untitled template").toStdString()
                                                    : m_name->text().trimmed().toStdString();
    after.subject = m_subject->text().toStdString();
    after.body = m_body->toPlainText().toStdString();
    if (after == before) {
        return;
    }
    m_document->push(new ChangeOutreachTemplateCommand(*m_document, before, after,
                                                       tr("Edit Outreach Template")));
}

void OutreachDialog::addTemplate()
{
    if (!m_document) {
        return;
    }
    core::OutreachTemplate added;
    added.name = tr("New template").toStdString();
    added.subject = m_subject->text().toStdString();
    added.body = m_body->toPlainText().toStdString();
    auto* command = new ChangeOutreachTemplateCommand(*m_document, std::nullopt, added,
                                                      tr("Add Outreach Template"));
    if (m_document->push(command)) {
        selectTemplate(command->templateId());
    }
}

void OutreachDialog::deleteTemplate()
{
    const int index = m_template->currentIndex();
    if (!m_document || index < 0 || index >= static_cast<int>(m_templates.size())) {
        return;
    }
    m_document->push(new ChangeOutreachTemplateCommand(*m_document, m_templates[std::size_t(index)],
                                                       std::nullopt,
                                                       tr("Delete Outreach Template")));
}

} // namespace cd::app
