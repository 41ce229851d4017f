#pragma once

#include <QPointer>
#include <QScrollArea>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "WorkbookDocument.h"
#include "core/Influencer.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace cd::app {

class HandleListEditor;

// Everything about the selected person: profile, accounts with their figures, contact details
// and route, relationship notes, niches (tags), status, the campaigns they are in and their
// content. Each field is written when it is left (Return or focus out), as one undoable command.
class InfluencerDetailPanel final : public QScrollArea {
    Q_OBJECT

public:
    explicit InfluencerDetailPanel(QWidget* parent = nullptr);

    void setDocument(WorkbookDocument* document);
    // 0 shows nothing.
    void showInfluencer(core::Id id);
    core::Id influencerId() const { return m_influencer ? m_influencer->id : 0; }

    // Writes the notes being typed (also done when the notes lose focus).
    void commitNotes();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeProfile();
    QWidget* makeContact();
    QWidget* makeLists();
    QLineEdit* lineEdit(const char* name,
                        bool (*edit)(WorkbookDocument&, const core::Influencer&, const QString&));
    void reload();
    void fill();
    void fillLists();
    void setEditable(bool editable);

    QPointer<WorkbookDocument> m_document;
    std::optional<core::Influencer> m_influencer;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QWidget* m_body = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_niches = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_language = nullptr;
    QLineEdit* m_rate = nullptr;
    QLineEdit* m_lastContact = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_route = nullptr;
    QLineEdit* m_agency = nullptr;
    HandleListEditor* m_handles = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTreeWidget* m_campaigns = nullptr;
    QTreeWidget* m_content = nullptr;
};

} // namespace cd::app
