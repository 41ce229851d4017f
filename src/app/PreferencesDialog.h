#pragma once

#include "Translations.h"

#include <QDialog>

class QComboBox;

namespace cd::app {

// Edit ▸ Preferences…: the language of the interface (System, English, Italiano). OK saves the
// choice in the settings; it takes effect at the next start, as the dialog says, because the
// open windows were built in the previous language.
class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    UiLanguage language() const;
    void setLanguage(UiLanguage language);

    // Saves the choice, then closes the dialog.
    void accept() override;

private:
    QComboBox* m_language = nullptr;
};

} // namespace cd::app
