#pragma once

#include <QString>

#include <cstdint>

class QCollator;
class QLocale;

namespace cd::app {

// The locale the tracker sorts names and formats numbers in: the user's, except that the bare
// "C" locale (as on servers and CI) would sort by code point, putting "Zoë" after "Zz"; it falls
// back to English there.
const QLocale& rosterLocale();
// A case-insensitive collator of rosterLocale(); "Zoë" sorts beside "Zoe".
// A collator with the roster's settings, for a thread of its own (one QCollator must not be used
// by two threads at once).
QCollator makeRosterCollator();
const QCollator& rosterCollator();

// "120,500" (or "120.500" in Italian): formatCount, kept as the roster's name for it.
QString formatFollowers(std::int64_t followers);

} // namespace cd::app
