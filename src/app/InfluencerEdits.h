#pragma once

#include <QString>
#include <QVariant>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Influencer.h"

#include <vector>

namespace cd::app {

class WorkbookDocument;

// Turn what a person typed into one field of an influencer into a ChangeInfluencerField on the
// document's undo stack; the roster's inline editors and the detail panel share them. Each
// returns false when nothing was written: text that cannot be read (a message says why), a value
// the influencer's rules refuse, or a read-only workbook. Text is trimmed; an unchanged value
// pushes nothing and returns true.
bool editName(WorkbookDocument& doc, const core::Influencer& i, const QString& text);
bool editEmail(WorkbookDocument& doc, const core::Influencer& i, const QString& text);
bool editPhone(WorkbookDocument& doc, const core::Influencer& i, const QString& text);
bool editCountry(WorkbookDocument& doc, const core::Influencer& i, const QString& text);
bool editLanguage(WorkbookDocument& doc, const core::Influencer& i, const QString& text);
bool editAgency(WorkbookDocument& doc, const core::Influencer& i, const QString& text);
// Notes keep their line breaks; only trailing white space goes.
bool editNotes(WorkbookDocument& doc, const core::Influencer& i, const QString& text);
// "beauty, travel": comma-separated, duplicates dropped.
bool editNiches(WorkbookDocument& doc, const core::Influencer& i, const QString& text);
// "250", "1.250,00", "250 USD"; empty clears the rate. Without a currency code the influencer's
// current currency is kept (EUR when there is none).
bool editRate(WorkbookDocument& doc, const core::Influencer& i, const QString& text);
// A RelationshipStatus as an int, or its label.
bool editStatus(WorkbookDocument& doc, const core::Influencer& i, const QVariant& value);
bool editContactRoute(WorkbookDocument& doc, const core::Influencer& i, core::ContactRoute route);
// "2026-06-15" or "15/06/2026"; empty clears it.
bool editLastContact(WorkbookDocument& doc, const core::Influencer& i, const QString& text);
bool editHandles(WorkbookDocument& doc, const core::Influencer& i,
                 std::vector<core::Handle> handles);

std::vector<std::string> splitNiches(const QString& text);

} // namespace cd::app
