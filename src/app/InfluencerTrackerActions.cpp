// The filter bar, the empty roster page and the add/delete/merge actions of InfluencerTracker.
#include "InfluencerTracker.h"

#include "ActionTips.h"
#include "EmptyState.h"
#include "Format.h"
#include "InfluencerCommands.h"
#include "InfluencerRosterModel.h"
#include "MessageBox.h"
#include "OutreachDialog.h"
#include "RosterLocale.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::app {

namespace {

QComboBox* facetCombo(const QString& objectName, const QString& anyText, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(anyText);
    // Narrow enough that the window still fits a small screen; the list opens wider.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(3);
    combo->view()->setMinimumWidth(200);
    return combo;
}

template <class E> void addEnumItems(QComboBox* combo)
{
    for (const auto& entry : core::enumEntries<E>()) {
        combo->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
    }
}

template <class E> std::optional<E> chosenEnum(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<E>(static_cast<E>(data.toInt())) : std::nullopt;
}

// Keeps the chosen value when the list is rebuilt (if it is still there).
void refill(QComboBox* combo, const std::vector<std::string>& values)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker block(combo);
    while (combo->count() > 1) {
        combo->removeItem(1);
    }
    for (const auto& value : values) {
        const QString text = QString::fromStdString(value);
        combo->addItem(text, text);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

} // namespace

QWidget* InfluencerTracker::makeFilterBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setPlaceholderText(tr("Search name, handle, e-mail, notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows the influencers whose name, handle, e-mail or notes contain "
                            "these words, as you type"));
    m_search->setMinimumWidth(200);
    m_platform = facetCombo(QStringLiteral("platformFilter"), tr("All platforms"), bar);
    addEnumItems<core::Platform>(m_platform);
    m_status = facetCombo(QStringLiteral("statusFilter"), tr("All statuses"), bar);
    addEnumItems<core::RelationshipStatus>(m_status);
    m_niche = facetCombo(QStringLiteral("nicheFilter"), tr("All niches"), bar);
    m_country = facetCombo(QStringLiteral("countryFilter"), tr("All countries"), bar);
    m_tier = facetCombo(QStringLiteral("followerFilter"), tierLabel(FollowerTier::Any), bar);
    m_tier->setToolTip(tr("Followers on all accounts, or on the chosen platform"));
    for (FollowerTier tier : kFollowerTiers) {
        m_tier->addItem(tierLabel(tier), static_cast<int>(tier));
    }
    m_thisCampaign = new QCheckBox(tr("This campaign only"), bar);
    m_thisCampaign->setObjectName(QStringLiteral("thisCampaignOnly"));
    m_thisCampaign->setEnabled(false);
    m_thisCampaign->setToolTip(tr("Show only the influencers who take part in the selected "
                                  "campaign"));
    m_clearFilters = new QPushButton(tr("Clear Filters"), bar);
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    m_clearFilters->setToolTip(tr("Clear the search and the filters: show everyone again"));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("rosterCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_add = new QPushButton(tr("Add"), bar);
    m_add->setObjectName(QStringLiteral("addInfluencer"));
    m_add->setToolTip(tr("Add an influencer to the roster"));
    m_delete = new QPushButton(tr("Delete…"), bar);
    m_delete->setObjectName(QStringLiteral("deleteInfluencers"));
    m_delete->setToolTip(tr("Delete the selected influencers from the roster (asks first)"));
    m_merge = new QPushButton(tr("Merge…"), bar);
    m_merge->setObjectName(QStringLiteral("mergeInfluencers"));
    m_merge->setToolTip(tr("Select two records of the same person to merge them"));
    m_writeToAction = new QAction(tr("Write to…"), this);
    m_writeToAction->setObjectName(QStringLiteral("writeToInfluencers"));
    m_writeToAction->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_M));
    m_writeToAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    setActionTips(m_writeToAction,
                  tr("Write an e-mail from a template to the selected influencers"));
    addAction(m_writeToAction);
    m_writeTo = new QPushButton(m_writeToAction->text(), bar);
    m_writeTo->setObjectName(QStringLiteral("writeToButton"));
    m_writeTo->setToolTip(tr("Write an e-mail from a template to the selected influencers (%1)")
                              .arg(m_writeToAction->shortcut().toString(QKeySequence::NativeText)));

    // Two rows, so that the tab fits a laptop screen: search and actions, then the facets.
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_add);
    top->addWidget(m_delete);
    top->addWidget(m_merge);
    top->addWidget(m_writeTo);
    auto* facets = new QHBoxLayout;
    // The lists share the width: whole labels on a wide window, shortened on a small one.
    for (QComboBox* combo : {m_platform, m_status, m_niche, m_country, m_tier}) {
        combo->setMaximumWidth(230);
        facets->addWidget(combo, 1);
    }
    facets->addWidget(m_thisCampaign);
    facets->addWidget(m_clearFilters);
    facets->addStretch(0);
    layout->addLayout(top);
    layout->addLayout(facets);

    connect(m_search, &QLineEdit::textChanged, this, &InfluencerTracker::applyFilter);
    for (QComboBox* combo : {m_platform, m_status, m_niche, m_country, m_tier}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &InfluencerTracker::applyFilter);
    }
    connect(m_thisCampaign, &QCheckBox::toggled, this, &InfluencerTracker::applyFilter);
    connect(m_clearFilters, &QPushButton::clicked, this, &InfluencerTracker::clearFilters);
    connect(m_add, &QPushButton::clicked, this, &InfluencerTracker::addInfluencer);
    connect(m_delete, &QPushButton::clicked, this, &InfluencerTracker::deleteSelected);
    connect(m_merge, &QPushButton::clicked, this, &InfluencerTracker::mergeSelected);
    connect(m_writeToAction, &QAction::triggered, this, &InfluencerTracker::writeToSelected);
    connect(m_writeTo, &QPushButton::clicked, this, &InfluencerTracker::writeToSelected);
    return bar;
}

QWidget* InfluencerTracker::makeEmptyPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    m_emptyMessage = new QLabel(page);
    m_emptyMessage->setObjectName(QStringLiteral("emptyRosterMessage"));
    m_emptyMessage->setTextFormat(Qt::PlainText);
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    QFont font = m_emptyMessage->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_emptyMessage->setFont(font);
    layout->addWidget(m_emptyMessage);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* import = new QPushButton(tr("Import a CSV…"), page);
    import->setObjectName(QStringLiteral("emptyImport"));
    import->setToolTip(tr("Add influencers from a CSV file (File ▸ Import Influencers…)"));
    auto* add = new QPushButton(tr("Add an Influencer"), page);
    add->setObjectName(QStringLiteral("emptyAdd"));
    add->setToolTip(tr("Add an influencer to the roster and type their name"));
    buttons->addWidget(import);
    buttons->addWidget(add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(import, &QPushButton::clicked, this, &InfluencerTracker::importRequested);
    connect(add, &QPushButton::clicked, this, &InfluencerTracker::addInfluencer);
    return page;
}

void InfluencerTracker::setWorkFilter(const core::PersonWork* work)
{
    auto ids = work ? std::optional(work->influencers) : std::nullopt;
    if (ids == m_workIds) {
        return;
    }
    m_workIds = std::move(ids);
    applyFilter();
}

void InfluencerTracker::applyFilter()
{
    RosterFilter filter;
    filter.text = m_search->text();
    filter.platform = chosenEnum<core::Platform>(m_platform);
    filter.status = chosenEnum<core::RelationshipStatus>(m_status);
    filter.niche = m_niche->currentData().toString().toStdString();
    filter.country = m_country->currentData().toString().toStdString();
    filter.tier = m_tier->currentData().isValid()
                      ? static_cast<FollowerTier>(m_tier->currentData().toInt())
                      : FollowerTier::Any;
    filter.campaignId = m_thisCampaign->isChecked() ? m_campaignId : 0;
    filter.onlyIds = m_workIds;
    m_model->setFilter(std::move(filter));
    updateCount();
}

void InfluencerTracker::clearFilters()
{
    for (QComboBox* combo : {m_platform, m_status, m_niche, m_country, m_tier}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    {
        const QSignalBlocker block(m_thisCampaign);
        m_thisCampaign->setChecked(false);
    }
    applyFilter();
}

void InfluencerTracker::rosterChanged()
{
    refill(m_niche, m_model->roster().niches());
    refill(m_country, m_model->roster().countries());
    const bool empty = m_model->totalCount() == 0;
    m_emptyMessage->setText(m_document && m_document->isOpen()
                                ? tr("No influencers yet — Import a CSV (File ▸ Import "
                                     "Influencers…) or add one")
                                : noCampaignHint(false, false));
    m_pages->setCurrentIndex(empty ? 1 : 0);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
        // Someone is always shown in the detail panel, so it never sits empty.
        selectInfluencer(m_model->influencerAt(0)->id);
    }
    updateCount();
    updateActions();
}

void InfluencerTracker::updateCount()
{
    const auto shown = static_cast<std::int64_t>(m_model->rowCount());
    const auto total = static_cast<std::int64_t>(m_model->totalCount());
    m_count->setText(
        shown == total
            ? tr("%1 influencers").arg(formatFollowers(total))
            : tr("%1 of %2 influencers").arg(formatFollowers(shown), formatFollowers(total)));
    m_clearFilters->setVisible(!m_model->filter().isEmpty());
}

void InfluencerTracker::updateActions()
{
    const bool editable = m_document && m_document->canEdit();
    const auto selected = m_view->selectionModel()->selectedRows().size();
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && selected > 0);
    m_merge->setEnabled(editable && selected == 2);
    m_writeTo->setEnabled(editable && selected > 0);
    m_writeToAction->setEnabled(editable && selected > 0);
}

void InfluencerTracker::addInfluencer()
{
    if (!m_document) {
        return;
    }
    core::Influencer influencer;
    influencer.name = tr("New influencer").toStdString();
    auto* command = new AddInfluencerCommand(*m_document, influencer);
    if (!m_document->push(command)) {
        return;
    }
    if (selectInfluencer(command->influencerId())) {
        m_view->edit(m_view->currentIndex());
    }
}

void InfluencerTracker::deleteSelected()
{
    const std::vector<core::Id> ids = selectedInfluencerIds();
    if (!m_document || ids.empty()) {
        return;
    }
    const core::Influencer* first = m_model->influencerAt(m_model->rowOfId(ids.front()));
    const QString question =
        ids.size() == 1
            ? tr("Delete %1 from the roster? Their accounts and campaign memberships go too; "
                 "their content and tasks stay without them. You can undo this.")
                  .arg(first ? QString::fromStdString(first->name) : QString())
            : tr("Delete these %1 influencers from the roster? Their accounts and campaign "
                 "memberships go too. You can undo this.")
                  .arg(ids.size());
    if (MessageBox::question(this, tr("Delete Influencers"), question,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    m_document->push(new DeleteInfluencersCommand(*m_document, ids));
}

void InfluencerTracker::mergeSelected()
{
    const std::vector<core::Id> ids = selectedInfluencerIds();
    if (!m_document || ids.size() != 2) {
        MessageBox::information(this, tr("Merge Influencers"),
                                tr("Select the two records of the same person first."));
        return;
    }
    const core::Id kept = currentInfluencerId() == ids[1] ? ids[1] : ids[0];
    const core::Id other = kept == ids[0] ? ids[1] : ids[0];
    const core::Influencer* keptRecord = m_model->influencerAt(m_model->rowOfId(kept));
    const core::Influencer* otherRecord = m_model->influencerAt(m_model->rowOfId(other));
    if (!keptRecord || !otherRecord) {
        return;
    }
    const QString question =
        tr("Merge %1 into %2? %2 keeps its details; the other record's accounts, niches and "
           "notes are added, its campaigns, contracts, content and tasks move over, and it is "
           "removed. You can undo this.")
            .arg(QString::fromStdString(otherRecord->name),
                 QString::fromStdString(keptRecord->name));
    if (MessageBox::question(this, tr("Merge Influencers"), question,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    if (m_document->push(new MergeInfluencersCommand(*m_document, kept, other))) {
        selectInfluencer(kept);
    }
}

OutreachDialog* InfluencerTracker::writeToSelected()
{
    const std::vector<core::Id> ids = selectedInfluencerIds();
    if (!m_document || !m_document->canEdit() || ids.empty()) {
        return nullptr;
    }
    auto* dialog = new OutreachDialog(*m_document, ids, m_campaignId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace cd::app
