#include "BriefView.h"

#include "ActionTips.h"
#include "CaptionCheckDialog.h"
#include "EditBrief.h"
#include "WorkbookDocument.h"

#include "storage/BriefRepository.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <exception>

namespace cd::app {

namespace {

QString keyText(std::string_view key)
{
    return QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size()));
}

// Where each part sits in the form: the overview, key messages and posting practice across the
// width, the short lists two by two.
struct Cell {
    int row;
    int column;
    int columnSpan;
};

Cell cellOf(std::string_view key)
{
    if (key == "product_names") {
        return {1, 0, 1};
    }
    if (key == "disclosures") {
        return {1, 1, 1};
    }
    if (key == "key_messages") {
        return {2, 0, 2};
    }
    if (key == "dos") {
        return {3, 0, 1};
    }
    if (key == "donts") {
        return {3, 1, 1};
    }
    if (key == "posting_practice") {
        return {4, 0, 2};
    }
    return {0, 0, 2};
}

} // namespace

QString BriefView::partTitle(std::string_view key)
{
    if (key == "overview") {
        return tr("Overview");
    }
    if (key == "product_names") {
        return tr("Product names and spellings");
    }
    if (key == "disclosures") {
        return tr("Required disclosures");
    }
    if (key == "key_messages") {
        return tr("Key messages");
    }
    if (key == "dos") {
        return tr("Do");
    }
    if (key == "donts") {
        return tr("Don't");
    }
    if (key == "posting_practice") {
        return tr("Posting best practice");
    }
    return keyText(key);
}

QString BriefView::partPlaceholder(std::string_view key)
{
    if (key == "overview") {
        return tr("The campaign in a few sentences: goal, audience, timing");
    }
    if (key == "product_names") {
        return tr("- GlowSerum — one word, capital S");
    }
    if (key == "disclosures") {
        return tr("- #ad at the start of the caption");
    }
    if (key == "key_messages") {
        return tr("- SPF every day, also in town");
    }
    if (key == "dos") {
        return tr("- Show the product on skin in daylight");
    }
    if (key == "donts") {
        return tr("- No medical claims");
    }
    if (key == "posting_practice") {
        return tr("- Post between 18:00 and 21:00 local time");
    }
    return {};
}

BriefView::BriefView(QWidget* parent) : QWidget(parent), m_idle(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_checkCaption = m_toolBar->addAction(tr("Check a Caption…"), this, &BriefView::checkCaption);
    m_checkCaption->setObjectName(QStringLiteral("actionCheckCaption"));
    setActionTips(m_checkCaption, tr("Check a draft caption for the required hashtags and the "
                                     "product names' spellings"));
    m_heading = new QLabel(tr("One point per line. Changes are saved as you type and can be "
                              "undone."),
                           m_toolBar);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setContentsMargins(12, 0, 0, 0);
    m_toolBar->addWidget(m_heading);
    layout->addWidget(m_toolBar);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("briefScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    buildEditors(page);
    scroll->setWidget(page);
    layout->addWidget(scroll, 1);

    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleMilliseconds);
    connect(m_idle, &QTimer::timeout, this, &BriefView::saveEdits);
    updateEditable();
}

void BriefView::buildEditors(QWidget* page)
{
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(12, 10, 12, 12);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    const auto sections = core::briefSections();
    m_parts.reserve(sections.size());
    for (const auto& section : sections) {
        Part part;
        part.section = &section;
        auto* box = new QWidget(page);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(3);
        part.label = new QLabel(partTitle(section.key), box);
        part.label->setTextFormat(Qt::PlainText);
        QFont bold = part.label->font();
        bold.setBold(true);
        part.label->setFont(bold);
        part.editor = new QPlainTextEdit(box);
        part.editor->setObjectName(QStringLiteral("briefEditor_") + keyText(section.key));
        part.editor->setAccessibleName(partTitle(section.key));
        part.editor->setPlaceholderText(partPlaceholder(section.key));
        part.editor->setTabChangesFocus(true);
        // The workbook's undo stack is the only one: see eventFilter().
        part.editor->setUndoRedoEnabled(false);
        const int lines = section.key == "overview" ? 4 : 5;
        part.editor->setMinimumHeight(part.editor->fontMetrics().lineSpacing() * lines + 12);
        part.label->setBuddy(part.editor);
        part.editor->installEventFilter(this);
        boxLayout->addWidget(part.label);
        boxLayout->addWidget(part.editor, 1);
        const Cell cell = cellOf(section.key);
        grid->addWidget(box, cell.row, cell.column, 1, cell.columnSpan);
        const std::size_t index = m_parts.size();
        connect(part.editor, &QPlainTextEdit::textChanged, this, [this, index] { edited(index); });
        m_parts.push_back(part);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);
}

void BriefView::setDocument(WorkbookDocument* document)
{
    m_document = document;
    updateEditable();
}

void BriefView::setCampaign(core::Id campaignId, const QString& campaignName)
{
    if (campaignId != m_campaignId) {
        saveEdits(); // what was typed belongs to the campaign shown until now
        for (auto& part : m_parts) {
            part.dirty = false;
        }
        m_idle->stop();
        ++m_burst;
    }
    m_campaignId = campaignId;
    m_campaignName = campaignName;
    reload();
}

void BriefView::clear()
{
    saveEdits();
    m_idle->stop();
    m_campaignId = 0;
    m_campaignName.clear();
    m_saved = core::CampaignBrief{};
    for (auto& part : m_parts) {
        part.dirty = false;
    }
    showSaved();
    updateEditable();
}

void BriefView::reload()
{
    if (!m_document || !m_document->isOpen() || m_campaignId == 0) {
        return;
    }
    try {
        m_saved = storage::BriefRepository(m_document->workbook().db()).get(m_campaignId);
    } catch (const std::exception& e) {
        spdlog::warn("cannot read the brief of campaign {}: {}", m_campaignId, e.what());
    }
    showSaved();
    updateEditable();
}

void BriefView::showSaved()
{
    m_showing = true;
    for (auto& part : m_parts) {
        if (part.dirty) {
            continue; // typing not saved yet wins over the file
        }
        const QString text = QString::fromStdString(m_saved.*part.section->field);
        if (part.editor->toPlainText() != text) {
            part.editor->setPlainText(text);
            part.editor->moveCursor(QTextCursor::End);
        }
    }
    m_showing = false;
}

void BriefView::updateEditable()
{
    const bool shown = m_campaignId != 0;
    const bool editable = shown && m_document && m_document->canEdit();
    for (auto& part : m_parts) {
        part.editor->setEnabled(shown);
        part.editor->setReadOnly(!editable);
    }
    m_checkCaption->setEnabled(shown);
}

QPlainTextEdit* BriefView::editor(std::string_view key) const
{
    for (const auto& part : m_parts) {
        if (part.section->key == key) {
            return part.editor;
        }
    }
    return nullptr;
}

void BriefView::addExportAction(QAction* action)
{
    m_toolBar->insertAction(m_toolBar->actions().value(0), action);
}

BriefView::Part* BriefView::partOf(const QObject* editor)
{
    for (auto& part : m_parts) {
        if (part.editor == editor) {
            return &part;
        }
    }
    return nullptr;
}

void BriefView::edited(std::size_t part)
{
    if (m_showing) {
        return;
    }
    m_parts[part].dirty = true;
    m_idle->start();
}

void BriefView::saveEdits()
{
    m_idle->stop();
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        save(i);
    }
}

void BriefView::save(std::size_t index)
{
    Part& part = m_parts[index];
    if (!part.dirty || m_saving) {
        return;
    }
    if (!m_document || !m_document->canEdit() || m_campaignId == 0) {
        part.dirty = false;
        return;
    }
    const std::string text = part.editor->toPlainText().toStdString();
    std::string& saved = m_saved.*part.section->field;
    if (text == saved) {
        part.dirty = false;
        return;
    }
    core::CampaignBrief after = m_saved;
    after.*part.section->field = text;
    m_saving = true;
    // While the command writes, the tab reads the brief again; this editor keeps its text.
    const bool written = m_document->push(
        new EditBrief(*m_document, m_saved, after,
                      tr("Edit brief: %1").arg(partTitle(part.section->key)), m_burst));
    m_saving = false;
    if (written) {
        part.dirty = false;
    }
}

bool BriefView::eventFilter(QObject* watched, QEvent* event)
{
    Part* part = partOf(watched);
    if (part == nullptr) {
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::FocusIn:
        ++m_burst; // a new visit to an editor is a new undo step
        break;
    case QEvent::FocusOut:
        save(static_cast<std::size_t>(part - m_parts.data()));
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (!undo && !redo) {
            break;
        }
        if (event->type() == QEvent::ShortcutOverride) {
            // Keep the key for the editor, where the workbook's stack takes it.
            event->accept();
            return true;
        }
        if (m_document) {
            saveEdits();
            if (undo) {
                m_document->undoStack()->undo();
            } else {
                m_document->undoStack()->redo();
            }
            ++m_burst;
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

core::CampaignBrief BriefView::shownBrief() const
{
    core::CampaignBrief brief = m_saved;
    for (const auto& part : m_parts) {
        brief.*part.section->field = part.editor->toPlainText().toStdString();
    }
    return brief;
}

void BriefView::checkCaption()
{
    CaptionCheckDialog dialog(shownBrief(), this);
    dialog.exec();
}

} // namespace cd::app
