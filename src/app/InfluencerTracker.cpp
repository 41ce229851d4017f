#include "InfluencerTracker.h"

#include "ActionTips.h"
#include "EmptyState.h"
#include "InfluencerDetailPanel.h"
#include "InfluencerRosterModel.h"
#include "RosterDelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::app {

using namespace roster;

namespace {

const QString kHeaderKey = QStringLiteral("influencerTracker/header");
const QString kSplitterKey = QStringLiteral("influencerTracker/splitter");

} // namespace

InfluencerTracker::InfluencerTracker(QWidget* parent)
    : QWidget(parent), m_model(new InfluencerRosterModel(this)), m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("influencerTracker"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("influencersView"));
    m_view->setModel(m_model);
    // An empty roster has a page of its own; this is for a filter that matches nobody.
    EmptyState::attach(m_view, [this] {
        return m_model->totalCount() == 0
                   ? QString()
                   : tr("No influencers match the filter — Clear Filters shows everyone again");
    });
    m_view->setItemDelegate(new RosterDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* rows = m_view->verticalHeader();
    rows->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    setUpHeader();

    m_detail = new InfluencerDetailPanel(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("trackerSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({860, 400});

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(6);
    contentLayout->addWidget(makeFilterBar());
    contentLayout->addWidget(splitter, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(content);
    m_pages->addWidget(makeEmptyPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_pages);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &InfluencerTracker::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InfluencerTracker::restoreSelection);
    connect(m_model, &InfluencerRosterModel::rosterChanged, this,
            &InfluencerTracker::rosterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InfluencerTracker::currentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InfluencerTracker::updateActions);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &InfluencerTracker::saveLayout);
    restoreLayout();
    if (const QByteArray state = QSettings().value(kSplitterKey).toByteArray(); !state.isEmpty()) {
        splitter->restoreState(state);
    }
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(kSplitterKey, splitter->saveState()); });
    rosterChanged();
}

InfluencerTracker::~InfluencerTracker()
{
    if (m_saveTimer->isActive()) {
        saveLayout();
    }
}

void InfluencerTracker::setDocument(WorkbookDocument* document)
{
    m_document = document;
    m_detail->setDocument(document);
    m_model->setDocument(document);
}

void InfluencerTracker::setCampaign(core::Id campaignId, const QString& name)
{
    m_campaignId = campaignId;
    m_thisCampaign->setEnabled(campaignId != 0);
    m_thisCampaign->setToolTip(campaignId != 0 ? tr("Show only the members of %1").arg(name)
                                               : tr("Select a campaign to show only its members"));
    if (m_thisCampaign->isChecked()) {
        applyFilter();
    }
}

void InfluencerTracker::setUpHeader()
{
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(Name, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    m_view->setSortingEnabled(true);
    applyDefaultColumns();
    connect(header, &QWidget::customContextMenuRequested, this, &InfluencerTracker::showHeaderMenu);
    const auto later = [this] {
        m_saveTimer->start();
    };
    connect(header, &QHeaderView::sectionMoved, this, later);
    connect(header, &QHeaderView::sectionResized, this, later);
    connect(header, &QHeaderView::sortIndicatorChanged, this, later);
}

void InfluencerTracker::applyDefaultColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    for (int logical = 0; logical < ColumnCount; ++logical) {
        header->moveSection(header->visualIndex(logical), logical);
        const bool hidden =
            platformOfColumn(logical) || logical == Email || logical == Phone || logical == Notes;
        header->setSectionHidden(logical, hidden);
    }
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&](const char* sample) {
        return metrics.horizontalAdvance(QString::fromLatin1(sample)) + 24;
    };
    header->resizeSection(Name, width("Alessandra Bianchi-Rossi"));
    header->resizeSection(MainPlatform, width("Instagram"));
    header->resizeSection(Handle, width("@alessandra.bianchi"));
    header->resizeSection(Followers, width("12,345,678"));
    for (int p = FirstPlatformFollowers; p <= LastPlatformFollowers; ++p) {
        header->resizeSection(p, width("12,345,678"));
    }
    header->resizeSection(Engagement, width("Eng. rate"));
    header->resizeSection(Niches, width("Beauty, Fashion, Travel"));
    header->resizeSection(Country, width("Country"));
    header->resizeSection(Status, width("Negotiating"));
    header->resizeSection(Contact, width("Creators Agency"));
    header->resizeSection(Rate, width("12,500.00 EUR"));
    header->resizeSection(Campaigns, width("Spring Launch, Summer"));
    header->resizeSection(LastContact, width("2026-06-15"));
    header->resizeSection(Email, width("alessandra@example.com"));
    header->resizeSection(Phone, width("+39 333 1234567"));
    header->resizeSection(Notes, width("Prefers e-mail; answers in a week"));
}

void InfluencerTracker::showHeaderMenu(const QPoint& position)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnsMenu"));
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const QString title = m_model->headerData(logical, Qt::Horizontal).toString();
        QAction* action = menu.addAction(title);
        setActionTips(action, tr("Show or hide the %1 column").arg(title));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The name identifies the row: it stays.
        action->setEnabled(logical != Name);
        connect(action, &QAction::toggled, this, [this, header, logical](bool shown) {
            header->setSectionHidden(logical, !shown);
            m_saveTimer->start();
        });
    }
    menu.addSeparator();
    QAction* reset = menu.addAction(tr("Reset Columns"));
    setActionTips(reset, tr("Show the default columns in their default order and widths"));
    connect(reset, &QAction::triggered, this, [this] {
        applyDefaultColumns();
        m_saveTimer->start();
    });
    menu.exec(header->mapToGlobal(position));
}

void InfluencerTracker::saveLayout() const
{
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void InfluencerTracker::restoreLayout()
{
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    QHeaderView* header = m_view->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state) && header->count() == ColumnCount) {
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        return;
    }
    applyDefaultColumns();
}

core::Id InfluencerTracker::currentInfluencerId() const
{
    const core::Influencer* influencer = m_model->influencerAt(m_view->currentIndex().row());
    return influencer ? influencer->id : 0;
}

std::vector<core::Id> InfluencerTracker::selectedInfluencerIds() const
{
    std::vector<core::Id> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        if (const core::Influencer* influencer = m_model->influencerAt(index.row())) {
            ids.push_back(influencer->id);
        }
    }
    return ids;
}

bool InfluencerTracker::selectInfluencer(core::Id id)
{
    int row = m_model->rowOfId(id);
    if (row < 0 && m_model->roster().indexOf(id)) {
        clearFilters();
        row = m_model->rowOfId(id);
    }
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, Name);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void InfluencerTracker::rememberSelection()
{
    m_keptCurrent = currentInfluencerId();
    m_keptSelection = selectedInfluencerIds();
}

void InfluencerTracker::restoreSelection()
{
    QItemSelection selection;
    for (core::Id id : m_keptSelection) {
        const int row = m_model->rowOfId(id);
        if (row >= 0) {
            selection.select(m_model->index(row, 0), m_model->index(row, ColumnCount - 1));
        }
    }
    QItemSelectionModel* model = m_view->selectionModel();
    const int current = m_model->rowOfId(m_keptCurrent);
    if (current >= 0) {
        model->setCurrentIndex(m_model->index(current, Name), QItemSelectionModel::NoUpdate);
        m_view->scrollTo(m_model->index(current, Name));
    }
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    currentRowChanged();
}

void InfluencerTracker::currentRowChanged()
{
    m_detail->showInfluencer(currentInfluencerId());
    updateActions();
}

} // namespace cd::app
