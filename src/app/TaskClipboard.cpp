#include "TaskClipboard.h"

#include "Format.h"
#include "WbsTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <algorithm>
#include <map>
#include <set>

namespace cd::app {

namespace {

QString iso(const core::OptionalDate& date)
{
    return QString::fromStdString(core::toIso(date));
}

core::OptionalDate dateOf(const QJsonValue& value)
{
    return core::Date::parseIso(value.toString().toStdString());
}

template <class E> E enumOf(const QJsonValue& value, E fallback)
{
    return core::parseEnum<E>(value.toString().toStdString()).value_or(fallback);
}

QJsonObject toJson(const core::Task& t, qint64 key, qint64 parentKey)
{
    QJsonObject o;
    o[QStringLiteral("key")] = key;
    o[QStringLiteral("parent")] = parentKey;
    o[QStringLiteral("name")] = QString::fromStdString(t.name);
    o[QStringLiteral("kind")] = toQString(core::toKey(t.kind));
    o[QStringLiteral("phase")] = QString::fromStdString(t.phase);
    o[QStringLiteral("owner")] = toQString(core::toKey(t.ownerRole));
    o[QStringLiteral("assignee")] = QString::fromStdString(t.assignee);
    o[QStringLiteral("status")] = toQString(core::toKey(t.status));
    o[QStringLiteral("start")] = iso(t.plannedStart);
    o[QStringLiteral("duration")] = t.durationDays;
    o[QStringLiteral("actualStart")] = iso(t.actualStart);
    o[QStringLiteral("actualFinish")] = iso(t.actualFinish);
    o[QStringLiteral("percent")] = t.percentComplete;
    o[QStringLiteral("costMinor")] = static_cast<qint64>(t.costEstimate.minorUnits());
    o[QStringLiteral("buffer")] = t.bufferDays;
    o[QStringLiteral("influencer")] = static_cast<qint64>(t.influencerId.value_or(0));
    o[QStringLiteral("notes")] = QString::fromStdString(t.notes);
    return o;
}

core::Task taskOf(const QJsonObject& o)
{
    core::Task t;
    t.name = o[QStringLiteral("name")].toString().toStdString();
    t.kind = enumOf(o[QStringLiteral("kind")], core::TaskKind::Task);
    t.phase = o[QStringLiteral("phase")].toString().toStdString();
    t.ownerRole = enumOf(o[QStringLiteral("owner")], core::OwnerRole::Unassigned);
    t.assignee = o[QStringLiteral("assignee")].toString().toStdString();
    t.status = enumOf(o[QStringLiteral("status")], core::TaskStatus::NotStarted);
    t.plannedStart = dateOf(o[QStringLiteral("start")]);
    t.durationDays = std::max(0, o[QStringLiteral("duration")].toInt());
    t.actualStart = dateOf(o[QStringLiteral("actualStart")]);
    t.actualFinish = dateOf(o[QStringLiteral("actualFinish")]);
    t.percentComplete = std::clamp(o[QStringLiteral("percent")].toDouble(), 0.0, 100.0);
    t.bufferDays = std::max(0, o[QStringLiteral("buffer")].toInt());
    t.notes = o[QStringLiteral("notes")].toString().toStdString();
    return t;
}

} // namespace

QMimeData* TaskClipboard::write(const WbsTreeModel& model, const std::vector<core::Id>& roots)
{
    QJsonArray tasks;
    QString text;
    std::map<core::Id, qint64> keys; // task id → temporary key
    std::vector<QModelIndex> queue;
    for (const core::Id id : roots) {
        queue.push_back(model.indexOfTask(id));
    }
    // Breadth first: parents before children, as InsertTasks wants them.
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const QModelIndex index = queue[i];
        const core::Task& t = *model.taskAt(index);
        const qint64 key = -static_cast<qint64>(i + 1);
        keys[t.id] = key;
        const core::Task* parent = model.taskAt(index.parent());
        const qint64 parentKey = parent && keys.contains(parent->id) ? keys.at(parent->id) : 0;
        tasks.append(toJson(t, key, parentKey));
        for (int row = 0; row < model.rowCount(index); ++row) {
            queue.push_back(model.index(row, 0, index));
        }
    }
    QJsonArray dependencies;
    for (const auto& d : model.plan().dependencies) {
        if (keys.contains(d.predecessorId) && keys.contains(d.successorId)) {
            dependencies.append(
                QJsonObject{{QStringLiteral("from"), keys.at(d.predecessorId)},
                            {QStringLiteral("to"), keys.at(d.successorId)},
                            {QStringLiteral("type"), toQString(core::toKey(d.type))},
                            {QStringLiteral("lag"), d.lagDays}});
        }
    }
    // The text rows in outline order, for a spreadsheet.
    std::vector<QModelIndex> stack(queue.begin(), queue.begin() + static_cast<long>(roots.size()));
    std::reverse(stack.begin(), stack.end());
    while (!stack.empty()) {
        const QModelIndex index = stack.back();
        stack.pop_back();
        QStringList cells;
        for (const int column : {WbsTreeModel::Code, WbsTreeModel::Name, WbsTreeModel::Start,
                                 WbsTreeModel::Finish, WbsTreeModel::Duration}) {
            cells << index.siblingAtColumn(column).data().toString();
        }
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        for (int row = model.rowCount(index) - 1; row >= 0; --row) {
            stack.push_back(model.index(row, 0, index));
        }
    }
    const QJsonObject root{
        {QStringLiteral("campaign"), static_cast<qint64>(model.campaignId())},
        {QStringLiteral("currency"), QString::fromStdString(model.plan().currency)},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("dependencies"), dependencies}};
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType),
                  QJsonDocument(root).toJson(QJsonDocument::Compact));
    mime->setText(text);
    return mime;
}

std::optional<TaskClipboard::Content> TaskClipboard::read(const QMimeData* data,
                                                          const WbsTreeModel& model)
{
    if (data == nullptr || !data->hasFormat(QString::fromLatin1(kMimeType))) {
        return std::nullopt;
    }
    const QJsonObject root =
        QJsonDocument::fromJson(data->data(QString::fromLatin1(kMimeType))).object();
    const bool sameCurrency =
        root[QStringLiteral("currency")].toString().toStdString() == model.plan().currency;
    Content content;
    std::set<qint64> keys;
    std::map<qint64, int> nextPosition; // children numbered 0 … n-1 under each parent
    for (const QJsonValue& value : root[QStringLiteral("tasks")].toArray()) {
        const QJsonObject o = value.toObject();
        core::Task t = taskOf(o);
        const qint64 key = o[QStringLiteral("key")].toInteger();
        const qint64 parent = o[QStringLiteral("parent")].toInteger();
        if (key >= 0 || keys.contains(key) || t.name.empty()) {
            return std::nullopt;
        }
        keys.insert(key);
        t.id = key;
        // A parent key not seen yet would make a root of a child: refuse such data.
        if (parent < 0 && !keys.contains(parent)) {
            return std::nullopt;
        }
        t.parentId = parent < 0 ? std::optional<core::Id>(parent) : std::nullopt;
        t.position = parent < 0 ? nextPosition[parent]++ : 0;
        t.campaignId = model.campaignId();
        const qint64 minor = o[QStringLiteral("costMinor")].toInteger();
        t.costEstimate = core::Money(sameCurrency && minor > 0 ? minor : 0, model.plan().currency);
        const qint64 influencer = o[QStringLiteral("influencer")].toInteger();
        if (model.plan().influencers.contains(influencer)) {
            t.influencerId = influencer;
        }
        if (t.kind == core::TaskKind::Milestone) {
            t.durationDays = 0;
        }
        content.tasks.push_back(std::move(t));
    }
    for (const QJsonValue& value : root[QStringLiteral("dependencies")].toArray()) {
        const QJsonObject o = value.toObject();
        core::Dependency d;
        d.predecessorId = o[QStringLiteral("from")].toInteger();
        d.successorId = o[QStringLiteral("to")].toInteger();
        d.type = enumOf(o[QStringLiteral("type")], core::DependencyType::FS);
        d.lagDays = o[QStringLiteral("lag")].toInt();
        if (keys.contains(d.predecessorId) && keys.contains(d.successorId) &&
            d.predecessorId != d.successorId) {
            content.dependencies.push_back(d);
        }
    }
    if (content.tasks.empty()) {
        return std::nullopt;
    }
    return content;
}

} // namespace cd::app
