// The column mapping and the import options pages of the import wizard.
#include "ImportWizard.h"
#include "ImportWizardPages.h"

#include "FileDialog.h"
#include "Format.h"
#include "MessageBox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::app {

namespace {

enum MappingColumn { FileColumn, Example, Field };

QString mappingFilter()
{
    return ImportMappingPage::tr("Column mappings (*.json);;All files (*)");
}

// The first non-empty value of a column, as an example of what it holds.
QString example(const io::CsvTable& table, std::size_t column)
{
    for (const auto& record : table.records) {
        if (column < record.fields.size() && !record.fields[column].empty()) {
            return QString::fromStdString(record.fields[column]);
        }
    }
    return {};
}

} // namespace

QString fieldText(io::InfluencerField field)
{
    switch (field) {
    case io::InfluencerField::Unmapped:
        return ImportMappingPage::tr("— not imported —");
    case io::InfluencerField::Ignore:
        return ImportMappingPage::tr("Ignore");
    default:
        return toQString(io::fieldLabel(field));
    }
}

ImportMappingPage::ImportMappingPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose what each column of the file holds. A column with names or handles "
                   "is needed; columns left out are not imported."));
    m_columns = new QTableWidget(0, 3, this);
    m_columns->setObjectName(QStringLiteral("importMapping"));
    m_columns->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Example"), tr("Imports as")});
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->horizontalHeader()->setSectionResizeMode(Example, QHeaderView::Stretch);
    auto* load = new QPushButton(tr("Load Mapping…"), this);
    load->setObjectName(QStringLiteral("loadMapping"));
    load->setToolTip(tr("Use a column mapping saved from an earlier import"));
    auto* save = new QPushButton(tr("Save Mapping…"), this);
    save->setObjectName(QStringLiteral("saveMapping"));
    save->setToolTip(tr("Save this column mapping to a file, for the next import of such files"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_columns, 1);
    layout->addLayout(buttons);
    connect(load, &QPushButton::clicked, this, &ImportMappingPage::loadMapping);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
}

void ImportMappingPage::initializePage()
{
    // A file read again (other options) is guessed again; otherwise the user's choices stay.
    if (m_generation != m_wizard.tableGeneration()) {
        m_generation = m_wizard.tableGeneration();
        m_wizard.mapping() = io::ColumnMapping::guess(m_wizard.table().header);
    }
    showMapping();
}

void ImportMappingPage::showMapping()
{
    const io::CsvTable& table = m_wizard.table();
    io::ColumnMapping& mapping = m_wizard.mapping();
    m_columns->setRowCount(static_cast<int>(mapping.size()));
    for (std::size_t c = 0; c < mapping.size(); ++c) {
        const int row = static_cast<int>(c);
        m_columns->setItem(row, FileColumn,
                           new QTableWidgetItem(QString::fromStdString(mapping.column(c).header)));
        m_columns->setItem(row, Example, new QTableWidgetItem(example(table, c)));
        auto* combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("mapping_%1").arg(c));
        for (io::InfluencerField field : io::allInfluencerFields()) {
            combo->addItem(fieldText(field), static_cast<int>(field));
        }
        combo->setCurrentIndex(combo->findData(static_cast<int>(mapping.field(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, c] {
            m_wizard.mapping().setField(
                c, static_cast<io::InfluencerField>(combo->currentData().toInt()));
        });
        m_columns->setCellWidget(row, Field, combo);
    }
    m_columns->resizeColumnToContents(FileColumn);
    m_columns->resizeColumnToContents(Field);
}

bool ImportMappingPage::validatePage()
{
    const io::ColumnMapping& mapping = m_wizard.mapping();
    if (!mapping.columnOf(io::InfluencerField::Name) &&
        !mapping.columnOf(io::InfluencerField::Handle)) {
        MessageBox::warning(this, tr("Map a column first"),
                            tr("No column is imported as Name or Handle: choose the column that "
                               "holds the names or the handles."));
        return false;
    }
    return true;
}

void ImportMappingPage::loadMapping()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Load Mapping"), m_wizard.folder(), mappingFilter());
    if (path.isEmpty()) {
        return;
    }
    try {
        const auto loaded = io::ColumnMapping::parse(services::readFileBytes(path.toStdString()));
        if (!loaded.mapping) {
            MessageBox::warning(this, tr("Cannot use this mapping"),
                                QString::fromStdString(loaded.error.toString()));
            return;
        }
        m_wizard.mapping() = loaded.mapping->appliedTo(m_wizard.table().header);
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Cannot read the mapping"), QString::fromStdString(e.what()));
        return;
    }
    showMapping();
}

void ImportMappingPage::saveMapping()
{
    QString path =
        FileDialog::getSaveFileName(this, tr("Save Mapping"), m_wizard.folder(), mappingFilter());
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".json");
    }
    try {
        services::writeFileBytes(path.toStdString(), m_wizard.mapping().toJson().dump(2) + '\n');
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Cannot save the mapping"), QString::fromStdString(e.what()));
    }
}

ImportOptionsPage::ImportOptionsPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setTitle(tr("Defaults and duplicates"));
    setSubTitle(tr("What to assume where the file says nothing, and what to do with people "
                   "already in the roster (same handle on the same platform, or same e-mail)."));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("importPlatform"));
    for (const auto& entry : core::enumEntries<core::Platform>()) {
        m_platform->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
    }
    m_platform->setCurrentIndex(
        m_platform->findData(static_cast<int>(wizard.rowOptions().defaultPlatform)));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("importCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("CHF")});
    m_policy = new QButtonGroup(this);
    auto* policies = new QVBoxLayout;
    const std::pair<core::DuplicatePolicy, QString> choices[] = {
        {core::DuplicatePolicy::Update, tr("Update them with what the file says")},
        {core::DuplicatePolicy::Skip, tr("Skip those rows")},
        {core::DuplicatePolicy::KeepBoth, tr("Keep both (add them again)")}};
    const char* names[] = {"policyUpdate", "policySkip", "policyKeepBoth"};
    for (std::size_t i = 0; i < std::size(choices); ++i) {
        auto* radio = new QRadioButton(choices[i].second, this);
        radio->setObjectName(QString::fromLatin1(names[i]));
        m_policy->addButton(radio, static_cast<int>(choices[i].first));
        policies->addWidget(radio);
    }
    m_policy->button(static_cast<int>(core::DuplicatePolicy::Update))->setChecked(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Platform of handles without one:"), m_platform);
    form->addRow(tr("Currency of rates without one:"), m_currency);
    form->addRow(tr("People already in the roster:"), policies);
}

bool ImportOptionsPage::validatePage()
{
    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (currency.size() != 3) {
        MessageBox::warning(this, tr("Choose a currency"),
                            tr("Type a three-letter currency code such as EUR or USD."));
        return false;
    }
    io::InfluencerRowOptions& options = m_wizard.rowOptions();
    options.defaultPlatform = static_cast<core::Platform>(m_platform->currentData().toInt());
    options.currency = currency.toStdString();
    m_wizard.setDuplicatePolicy(static_cast<core::DuplicatePolicy>(m_policy->checkedId()));
    return m_wizard.convert();
}

} // namespace cd::app
