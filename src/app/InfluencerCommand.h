#pragma once

#include <QList>
#include <QObject>
#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "WorkbookDocument.h"
#include "core/Influencer.h"

#include <functional>

namespace cd::storage {
class Database;
}

namespace cd::app {

// Tells the roster which rows an influencer command wrote, before the document's `changed`
// signal, so that a 100,000-row roster re-reads those rows instead of everything. One per
// document, found or made by of().
class InfluencerEvents final : public QObject {
    Q_OBJECT

public:
    static InfluencerEvents* of(WorkbookDocument& document);

Q_SIGNALS:
    // The influencers with these ids were changed, added or removed; an empty list: re-read all.
    void rowsChanged(const QList<qint64>& ids);

private:
    explicit InfluencerEvents(QObject* parent) : QObject(parent) {}
};

// The base of every edit of the roster. A command holds influencer ids and before/after values
// (never a model index) and writes through the repositories, each redo() or undo() in one
// transaction. A write that fails leaves the file as it was, makes the command obsolete (the
// undo stack then drops it) and tells the user why.
class InfluencerCommand : public QUndoCommand {
public:
    WorkbookDocument& document() const { return m_document; }

protected:
    InfluencerCommand(WorkbookDocument& document, const QString& text,
                      QUndoCommand* parent = nullptr);

    // Runs `work` in one writing transaction, then tells the roster which rows changed (`ids`;
    // empty: all) and the other views what else did (`scopes`). False when it failed.
    bool write(const std::function<void(storage::Database&)>& work, const QList<qint64>& ids,
               WorkbookDocument::Scopes scopes = WorkbookDocument::Scope::Influencers);

private:
    void announce(const QList<qint64>& ids, WorkbookDocument::Scopes scopes);

    WorkbookDocument& m_document;
};

// Re-reads the influencer (for its current row version), lets `change` edit it, checks it and
// writes it back. Throws with a sentence for the user when it is gone or the result is invalid.
void changeInfluencer(storage::Database& db, core::Id influencerId,
                      const std::function<void(core::Influencer&)>& change);

} // namespace cd::app
