#pragma once

#include <QLocale>
#include <QString>

namespace cd::app {

// The language of the user interface. System follows QLocale::system(); a language the app has
// no translation for falls back to English.
enum class UiLanguage { System, English, Italian };

// The choice made in Edit > Preferences, kept in QSettings ("ui/language").
UiLanguage savedUiLanguage();
void saveUiLanguage(UiLanguage language);

// "system", "en", "it" (the settings value) and back; unknown text reads as System.
QString uiLanguageKey(UiLanguage language);
UiLanguage uiLanguageFromKey(const QString& key);

// The language a choice resolves to on this machine: System becomes Italian on an Italian
// system and English elsewhere.
UiLanguage resolvedUiLanguage(UiLanguage language);
// The locale numbers, dates and money are shown in for a resolved language.
QLocale uiLocale(UiLanguage language);

// Installs the app's translator (and Qt's own qtbase translation when the system has it) for
// `language`, sets the default QLocale and the views' number format. Calling it again replaces
// the previous translators, so tests can switch back and forth. Needs a QCoreApplication.
void applyUiLanguage(UiLanguage language);
// The language applyUiLanguage() last installed (English before the first call).
UiLanguage currentUiLanguage();

} // namespace cd::app
