#include "InfluencerDetailPanel.h"

#include "Format.h"
#include "HandleListEditor.h"
#include "InfluencerCommand.h"
#include "InfluencerEdits.h"
#include "MessageBox.h"
#include "RosterLocale.h"

#include "storage/InfluencerRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace cd::app {

namespace {

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(content);
    return box;
}

QTreeWidget* listWidget(const char* name, const QStringList& columns, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setHeaderLabels(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setMinimumHeight(tree->fontMetrics().height() * 6);
    return tree;
}

template <class E> QComboBox* enumCombo(const char* name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    for (const auto& entry : core::enumEntries<E>()) {
        combo->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
    }
    return combo;
}

} // namespace

InfluencerDetailPanel::InfluencerDetailPanel(QWidget* parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("influencerDetail"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(280);
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 0, 4, 0);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(page);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_body = new QWidget(page);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 4, 0, 0);
    body->addWidget(group(tr("Profile"), makeProfile(), m_body));
    m_handles = new HandleListEditor(m_body);
    body->addWidget(group(tr("Accounts"), m_handles, m_body));
    body->addWidget(group(tr("Contact"), makeContact(), m_body));
    m_notes = new QPlainTextEdit(m_body);
    m_notes->setObjectName(QStringLiteral("detailNotes"));
    m_notes->setPlaceholderText(tr("How the relationship is going, what was agreed, preferences"));
    m_notes->setMinimumHeight(m_notes->fontMetrics().height() * 5);
    m_notes->installEventFilter(this);
    body->addWidget(group(tr("Relationship Notes"), m_notes, m_body));
    body->addWidget(makeLists());
    layout->addWidget(m_body);
    layout->addStretch(1);
    setWidget(page);

    connect(m_handles, &HandleListEditor::handlesEdited, this,
            [this](const std::vector<core::Handle>& handles) {
                if (m_document && m_influencer) {
                    editHandles(*m_document, *m_influencer, handles);
                    reload();
                }
            });
    connect(m_handles, &HandleListEditor::invalidInput, this, [this](const QString& message) {
        MessageBox::warning(this, tr("Account not changed"), message);
    });
    showInfluencer(0);
}

QLineEdit* InfluencerDetailPanel::lineEdit(const char* name,
                                           bool (*edit)(WorkbookDocument&, const core::Influencer&,
                                                        const QString&))
{
    auto* line = new QLineEdit(this);
    line->setObjectName(QString::fromLatin1(name));
    connect(line, &QLineEdit::editingFinished, this, [this, line, edit] {
        if (m_document && m_influencer && line->isModified()) {
            line->setModified(false);
            edit(*m_document, *m_influencer, line->text());
            reload();
        }
    });
    return line;
}

QWidget* InfluencerDetailPanel::makeProfile()
{
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    m_name = lineEdit("detailName", &editName);
    m_status = enumCombo<core::RelationshipStatus>("detailStatus", form);
    m_niches = lineEdit("detailNiches", &editNiches);
    m_niches->setPlaceholderText(tr("beauty, travel"));
    m_country = lineEdit("detailCountry", &editCountry);
    m_language = lineEdit("detailLanguage", &editLanguage);
    m_rate = lineEdit("detailRate", &editRate);
    m_rate->setPlaceholderText(tr("Usual fee per post, e.g. 250 EUR"));
    m_lastContact = lineEdit("detailLastContact", &editLastContact);
    m_lastContact->setPlaceholderText(tr("YYYY-MM-DD"));
    layout->addRow(tr("Name"), m_name);
    layout->addRow(tr("Status"), m_status);
    layout->addRow(tr("Niches / tags"), m_niches);
    layout->addRow(tr("Country"), m_country);
    layout->addRow(tr("Language"), m_language);
    layout->addRow(tr("Rate"), m_rate);
    layout->addRow(tr("Last contact"), m_lastContact);
    connect(m_status, &QComboBox::activated, this, [this] {
        if (m_document && m_influencer) {
            editStatus(*m_document, *m_influencer, m_status->currentData());
            reload();
        }
    });
    return form;
}

QWidget* InfluencerDetailPanel::makeContact()
{
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    m_email = lineEdit("detailEmail", &editEmail);
    m_phone = lineEdit("detailPhone", &editPhone);
    m_route = enumCombo<core::ContactRoute>("detailRoute", form);
    m_agency = lineEdit("detailAgency", &editAgency);
    layout->addRow(tr("E-mail"), m_email);
    layout->addRow(tr("Phone"), m_phone);
    layout->addRow(tr("Contact route"), m_route);
    layout->addRow(tr("Agency"), m_agency);
    connect(m_route, &QComboBox::activated, this, [this] {
        if (m_document && m_influencer) {
            editContactRoute(*m_document, *m_influencer,
                             static_cast<core::ContactRoute>(m_route->currentData().toInt()));
            reload();
        }
    });
    return form;
}

QWidget* InfluencerDetailPanel::makeLists()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_campaigns = listWidget("detailCampaigns", {tr("Campaign"), tr("Stage")}, box);
    m_content = listWidget(
        "detailContent",
        {tr("Content"), tr("Campaign"), tr("Platform"), tr("Date"), tr("Approval")}, box);
    layout->addWidget(group(tr("Campaigns"), m_campaigns, box));
    layout->addWidget(group(tr("Content"), m_content, box));
    return box;
}

void InfluencerDetailPanel::setDocument(WorkbookDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (document) {
        connect(document, &WorkbookDocument::changed, this, &InfluencerDetailPanel::reload);
        connect(document, &WorkbookDocument::closed, this, [this] { showInfluencer(0); });
    }
    showInfluencer(0);
}

void InfluencerDetailPanel::showInfluencer(core::Id id)
{
    if (id == influencerId() && id != 0) {
        return;
    }
    commitNotes();
    m_influencer.reset();
    if (id != 0 && m_document && m_document->isOpen()) {
        m_influencer = storage::InfluencerRepository(m_document->workbook().db()).get(id);
    }
    fill();
}

void InfluencerDetailPanel::reload()
{
    if (!m_influencer || !m_document || !m_document->isOpen()) {
        return;
    }
    try {
        m_influencer =
            storage::InfluencerRepository(m_document->workbook().db()).get(m_influencer->id);
    } catch (const std::exception& e) {
        spdlog::warn("cannot read the influencer again: {}", e.what());
        m_influencer.reset();
    }
    fill();
}

void InfluencerDetailPanel::commitNotes()
{
    if (m_document && m_influencer && m_notes->document()->isModified()) {
        m_notes->document()->setModified(false);
        editNotes(*m_document, *m_influencer, m_notes->toPlainText());
        reload();
    }
}

bool InfluencerDetailPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut) {
        commitNotes();
    }
    return QScrollArea::eventFilter(watched, event);
}

void InfluencerDetailPanel::setEditable(bool editable)
{
    for (QLineEdit* line : {m_name, m_niches, m_country, m_language, m_rate, m_lastContact, m_email,
                            m_phone, m_agency}) {
        line->setReadOnly(!editable);
    }
    m_status->setEnabled(editable);
    m_route->setEnabled(editable);
    m_notes->setReadOnly(!editable);
    m_handles->setEditable(editable);
}

} // namespace cd::app
