#include "PlanTestSupport.h"

#include "app/CampaignData.h"
#include "app/PlanView.h"
#include "app/WbsTreeModel.h"
#include "platform/Clock.h"
#include "storage/CampaignRepository.h"
#include "storage/DemoData.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <algorithm>
#include <map>
#include <stdexcept>

using namespace cd;

PlanFixture::PlanFixture(Content content, bool readOnly)
    : m_path(m_dir.filePath(QStringLiteral("plan.cdwb")))
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot create a temporary folder");
    }
    {
        auto workbook = storage::Workbook::create(m_path.toStdString());
        if (content == Content::Demo) {
            storage::populateDemo(workbook, platform::today());
        } else {
            core::Campaign campaign;
            campaign.name = "Empty plan";
            campaign.brand = "Test";
            campaign.start = core::Date::parseIso("2026-07-01");
            storage::CampaignRepository(workbook.db()).add(campaign);
        }
    }
    auto workbook = storage::Workbook::open(m_path.toStdString(),
                                            readOnly ? storage::Workbook::Mode::ReadOnly
                                                     : storage::Workbook::Mode::ReadWrite);
    m_campaignId = storage::CampaignRepository(workbook.db()).list().front().id;
    m_document.open(std::move(workbook), readOnly);
    m_tabs = std::make_unique<app::CampaignTabs>();
    m_tabs->setDocument(&m_document);
    m_tabs->setCampaign(
        app::loadCampaignData(m_document.workbook(), m_campaignId, platform::today()));
}

PlanFixture::~PlanFixture()
{
    // The tabs hold views on the document: they go first.
    m_tabs.reset();
}

app::WbsTreeModel& PlanFixture::model()
{
    return *m_tabs->wbsModel();
}

app::PlanView& PlanFixture::view()
{
    return *m_tabs->planView();
}

app::PlanEditor& PlanFixture::editor()
{
    return *m_tabs->planView()->editor();
}

std::vector<core::Task> PlanFixture::storedTasks() const
{
    auto workbook =
        storage::Workbook::open(m_path.toStdString(), storage::Workbook::Mode::ReadOnly);
    auto tasks = storage::TaskRepository(workbook.db()).listByCampaign(m_campaignId);
    std::sort(tasks.begin(), tasks.end(),
              [](const core::Task& a, const core::Task& b) { return a.id < b.id; });
    return tasks;
}

std::vector<core::Dependency> PlanFixture::storedDependencies() const
{
    auto workbook =
        storage::Workbook::open(m_path.toStdString(), storage::Workbook::Mode::ReadOnly);
    return storage::TaskRepository(workbook.db()).dependenciesOfCampaign(m_campaignId);
}

core::Task PlanFixture::storedTask(core::Id id) const
{
    for (const auto& t : storedTasks()) {
        if (t.id == id) {
            return t;
        }
    }
    throw std::runtime_error("no task #" + std::to_string(id) + " in the file");
}

core::Id PlanFixture::idOf(const std::string& name)
{
    for (const auto& t : model().plan().tasks) {
        if (t.name == name) {
            return t.id;
        }
    }
    throw std::runtime_error("no task named " + name);
}

namespace {

QString text(const core::OptionalDate& d)
{
    return QString::fromStdString(core::toIso(d));
}

template <class T> QString text(const std::optional<T>& v)
{
    return v ? QString::number(*v) : QStringLiteral("none");
}

void compareTask(const core::Task& e, const core::Task& a, QStringList& out)
{
    const QString who = QStringLiteral("task %1 ").arg(e.id);
    auto field = [&](const char* name, const QString& expected, const QString& actual) {
        if (expected != actual) {
            out << who + QLatin1String(name) + QStringLiteral(": ") + expected +
                       QStringLiteral(" → ") + actual;
        }
    };
    field("campaign", QString::number(e.campaignId), QString::number(a.campaignId));
    field("parent", text(e.parentId), text(a.parentId));
    field("position", QString::number(e.position), QString::number(a.position));
    field("name", QString::fromStdString(e.name), QString::fromStdString(a.name));
    field("kind", QString::number(static_cast<int>(e.kind)),
          QString::number(static_cast<int>(a.kind)));
    field("phase", QString::fromStdString(e.phase), QString::fromStdString(a.phase));
    field("owner", QString::number(static_cast<int>(e.ownerRole)),
          QString::number(static_cast<int>(a.ownerRole)));
    field("assignee", QString::fromStdString(e.assignee), QString::fromStdString(a.assignee));
    field("status", QString::number(static_cast<int>(e.status)),
          QString::number(static_cast<int>(a.status)));
    field("start", text(e.plannedStart), text(a.plannedStart));
    field("duration", QString::number(e.durationDays), QString::number(a.durationDays));
    field("actual start", text(e.actualStart), text(a.actualStart));
    field("actual finish", text(e.actualFinish), text(a.actualFinish));
    field("percent", QString::number(e.percentComplete, 'g', 17),
          QString::number(a.percentComplete, 'g', 17));
    field("cost",
          QString::number(e.costEstimate.minorUnits()) +
              QString::fromStdString(e.costEstimate.currency()),
          QString::number(a.costEstimate.minorUnits()) +
              QString::fromStdString(a.costEstimate.currency()));
    field("buffer", QString::number(e.bufferDays), QString::number(a.bufferDays));
    field("influencer", text(e.influencerId), text(a.influencerId));
    field("notes", QString::fromStdString(e.notes), QString::fromStdString(a.notes));
}

} // namespace

QStringList planDifferences(const std::vector<core::Task>& expected,
                            const std::vector<core::Dependency>& expectedDependencies,
                            const std::vector<core::Task>& actual,
                            const std::vector<core::Dependency>& actualDependencies)
{
    QStringList out;
    std::map<core::Id, const core::Task*> byId;
    for (const auto& t : actual) {
        byId[t.id] = &t;
    }
    for (const auto& e : expected) {
        const auto it = byId.find(e.id);
        if (it == byId.end()) {
            out << QStringLiteral("task %1 is missing").arg(e.id);
            continue;
        }
        compareTask(e, *it->second, out);
        byId.erase(it);
    }
    for (const auto& [id, task] : byId) {
        out << QStringLiteral("task %1 (%2) should not be there")
                   .arg(id)
                   .arg(QString::fromStdString(task->name));
    }
    auto key = [](const core::Dependency& d) {
        return QStringLiteral("dependency %1: %2→%3 %4 %5")
            .arg(d.id)
            .arg(d.predecessorId)
            .arg(d.successorId)
            .arg(static_cast<int>(d.type))
            .arg(d.lagDays);
    };
    QStringList e, a;
    for (const auto& d : expectedDependencies) {
        e << key(d);
    }
    for (const auto& d : actualDependencies) {
        a << key(d);
    }
    e.sort();
    a.sort();
    if (e != a) {
        out << QStringLiteral("dependencies differ:\n  expected %1\n  actual   %2")
                   .arg(e.join(QStringLiteral("; ")), a.join(QStringLiteral("; ")));
    }
    return out;
}

QStringList outlineProblems(const app::WbsTreeModel& model, const std::vector<core::Task>& stored)
{
    QStringList out;
    std::map<core::Id, std::vector<const core::Task*>> children; // 0: top level
    for (const auto& t : stored) {
        children[t.parentId.value_or(0)].push_back(&t);
    }
    for (auto& [parent, list] : children) {
        std::sort(list.begin(), list.end(), [](const core::Task* a, const core::Task* b) {
            return a->position < b->position;
        });
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i]->position != static_cast<int>(i)) {
                out << QStringLiteral("children of %1 have positions that are not 0 … n-1")
                           .arg(parent);
                break;
            }
        }
    }
    int rows = 0;
    std::vector<std::pair<QModelIndex, QString>> stack{{QModelIndex(), QString()}};
    while (!stack.empty()) {
        const auto [parent, prefix] = stack.back();
        stack.pop_back();
        const core::Task* parentTask = model.taskAt(parent);
        const auto& expected = children[parentTask ? parentTask->id : 0];
        if (model.rowCount(parent) != static_cast<int>(expected.size())) {
            out << QStringLiteral("%1 has %2 rows, the file %3 children")
                       .arg(prefix.isEmpty() ? QStringLiteral("the top") : prefix)
                       .arg(model.rowCount(parent))
                       .arg(expected.size());
            continue;
        }
        for (int row = 0; row < model.rowCount(parent); ++row) {
            ++rows;
            const QModelIndex index = model.index(row, app::WbsTreeModel::Code, parent);
            const QString code = prefix + QString::number(row + 1);
            if (index.data().toString() != code) {
                out << QStringLiteral("row shows %1 where %2 belongs")
                           .arg(index.data().toString(), code);
            }
            if (model.taskAt(index)->id != expected[static_cast<std::size_t>(row)]->id) {
                out << QStringLiteral("%1 is not the task the file has there").arg(code);
            }
            stack.push_back({index.siblingAtColumn(0), code + QLatin1Char('.')});
        }
    }
    if (rows != static_cast<int>(stored.size())) {
        out << QStringLiteral("the tree shows %1 tasks, the file holds %2")
                   .arg(rows)
                   .arg(stored.size());
    }
    return out;
}
