#pragma once

#include <QWizardPage>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "io/HeaderMatcher.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace cd::app {

class ImportWizard;

class ImportFilePage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard& wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard& m_wizard;
    QLineEdit* m_path = nullptr;
};

class ImportPreviewPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard& wizard);
    void initializePage() override;

private:
    void optionsChanged();
    void showTable();

    ImportWizard& m_wizard;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QSpinBox* m_headerLine = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_preview = nullptr;
};

class ImportMappingPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard& wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void showMapping();
    void loadMapping();
    void saveMapping();

    ImportWizard& m_wizard;
    QTableWidget* m_columns = nullptr;
    int m_generation = -1;
};

class ImportOptionsPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportWizard& wizard);
    bool validatePage() override;

private:
    ImportWizard& m_wizard;
    QComboBox* m_platform = nullptr;
    QComboBox* m_currency = nullptr;
    QButtonGroup* m_policy = nullptr;
};

class ImportDryRunPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportDryRunPage(ImportWizard& wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard& m_wizard;
    QLabel* m_new = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_skipped = nullptr;
    QLabel* m_rejected = nullptr;
    QTreeWidget* m_rejects = nullptr;
    QLabel* m_status = nullptr;
};

class ImportResultPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportResultPage(ImportWizard& wizard);
    void initializePage() override;

private:
    void saveRejects();

    ImportWizard& m_wizard;
    QLabel* m_summary = nullptr;
    QPushButton* m_saveRejects = nullptr;
};

// "Name", "Handle" … for the mapping combos; Unmapped and Ignore both read as not imported.
QString fieldText(io::InfluencerField field);

} // namespace cd::app
