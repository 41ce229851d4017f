#include "Translations.h"

#include "Format.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <optional>

namespace cd::app {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

// The installed translators; replaced as a whole on every switch.
struct InstalledTranslators {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    UiLanguage language = UiLanguage::English;
    // QLocale's default before the first switch, given back when the system's language is chosen.
    std::optional<QLocale> systemDefault;
};

InstalledTranslators& installed()
{
    static InstalledTranslators translators;
    return translators;
}

void removeTranslator(std::unique_ptr<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

// Loads `file` from `directory` and installs it; a missing file leaves the untranslated text.
std::unique_ptr<QTranslator> install(const QString& file, const QString& directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory) ||
        !QCoreApplication::installTranslator(translator.get())) {
        return nullptr;
    }
    return translator;
}

} // namespace

QString uiLanguageKey(UiLanguage language)
{
    switch (language) {
    case UiLanguage::English:
        return QStringLiteral("en");
    case UiLanguage::Italian:
        return QStringLiteral("it");
    case UiLanguage::System:
        break;
    }
    return QStringLiteral("system");
}

UiLanguage uiLanguageFromKey(const QString& key)
{
    if (key == QLatin1String("en")) {
        return UiLanguage::English;
    }
    if (key == QLatin1String("it")) {
        return UiLanguage::Italian;
    }
    return UiLanguage::System;
}

UiLanguage savedUiLanguage()
{
    return uiLanguageFromKey(QSettings().value(kLanguageKey).toString());
}

void saveUiLanguage(UiLanguage language)
{
    QSettings().setValue(kLanguageKey, uiLanguageKey(language));
}

UiLanguage resolvedUiLanguage(UiLanguage language)
{
    if (language != UiLanguage::System) {
        return language;
    }
    return QLocale::system().language() == QLocale::Italian ? UiLanguage::Italian
                                                            : UiLanguage::English;
}

QLocale uiLocale(UiLanguage language)
{
    if (resolvedUiLanguage(language) == UiLanguage::Italian) {
        return QLocale(QLocale::Italian, QLocale::Italy);
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void applyUiLanguage(UiLanguage language)
{
    const UiLanguage resolved = resolvedUiLanguage(language);
    InstalledTranslators& current = installed();
    removeTranslator(current.app);
    removeTranslator(current.qt);
    const QLocale locale = uiLocale(resolved);
    if (resolved == UiLanguage::Italian) {
        // Embedded by qt_add_translations (RESOURCE_PREFIX /i18n): the app needs no data files.
        current.app = install(QStringLiteral("campaigndesk_it"), QStringLiteral(":/i18n"));
        current.qt = install(QStringLiteral("qtbase_it"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    current.language = resolved;
    if (!current.systemDefault) {
        current.systemDefault = QLocale();
    }
    QLocale::setDefault(language == UiLanguage::System && resolved == UiLanguage::English
                            ? *current.systemDefault
                            : locale);
    setDisplayLocale(locale);
}

UiLanguage currentUiLanguage()
{
    return installed().language;
}

} // namespace cd::app
