#include "PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::app {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(
        tr("System (%1)").arg(QLocale::languageToString(QLocale::system().language())),
        QVariant::fromValue(static_cast<int>(UiLanguage::System)));
    // Each language is named in itself, so that a user lost in a foreign interface finds theirs.
    m_language->addItem(QStringLiteral("English"),
                        QVariant::fromValue(static_cast<int>(UiLanguage::English)));
    m_language->addItem(QStringLiteral("Italiano"),
                        QVariant::fromValue(static_cast<int>(UiLanguage::Italian)));
    setLanguage(savedUiLanguage());

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("The language, and the format of numbers, dates and money, change "
                               "the next time CampaignDesk starts."),
                            this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

UiLanguage PreferencesDialog::language() const
{
    return static_cast<UiLanguage>(m_language->currentData().toInt());
}

void PreferencesDialog::setLanguage(UiLanguage language)
{
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(QVariant::fromValue(static_cast<int>(language)))));
}

void PreferencesDialog::accept()
{
    saveUiLanguage(language());
    QDialog::accept();
}

} // namespace cd::app
