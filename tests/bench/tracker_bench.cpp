// Times the influencer tracker on a large workbook as a person uses it: opening the roster,
// sorting columns, typing in the search box and choosing facets, each step including the
// model reset and the repaint of the real view. Prints one line per step and the peak RSS.
// Budgets (issue "Influencer tracker"): open < 1 s, sort < 150 ms, filter keystroke < 50 ms,
// peak RSS < 200 MB at 100,000 influencers.
#include "app/InfluencerRosterModel.h"
#include "app/InfluencerTracker.h"
#include "app/RosterColumns.h"
#include "app/WorkbookDocument.h"
#include "storage/Generator.h"
#include "storage/Workbook.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace cd;

namespace {

struct Budget {
    const char* what;
    double limitMs;
};

int g_failures = 0;

// Runs `step`, lets the view repaint, and prints the time against the budget.
double timed(const char* what, double limitMs, const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QApplication::processEvents();
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const bool ok = ms <= limitMs;
    g_failures += ok ? 0 : 1;
    std::printf("%-44s %9.1f ms  (budget %5.0f ms) %s\n", what, ms, limitMs, ok ? "ok" : "OVER");
    return ms;
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').front().toLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The remembered column layout of the person running this must not change the numbers.
    qputenv("XDG_CONFIG_HOME", "/tmp/bench_tracker_config");
    QApplication app(argc, argv);
    // Without a workbook: the one the issue names, generated here (as the CLI's generate does).
    QTemporaryDir folder;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (path.isEmpty()) {
        path = folder.filePath(QStringLiteral("edit.cdwb"));
        std::printf("generating 100,000 influencers, 5 campaigns, 100 tasks, 1,000 posts...\n");
        auto workbook = storage::Workbook::create(path.toStdString());
        storage::generate(workbook, {100'000, 5, 100, 1000, 1});
    }

    app::WorkbookDocument document;
    app::InfluencerTracker tracker;
    tracker.resize(1400, 850);
    tracker.show();
    QApplication::processEvents();

    // A copy, opened for writing as the app does (the edits at the end write to it).
    const QString copy = folder.filePath(QStringLiteral("edit.cdwb"));
    if (copy != path) {
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    timed("open (read + index + first paint)", 1000, [&] {
        document.open(
            storage::Workbook::open(copy.toStdString(), storage::Workbook::Mode::ReadWrite), false);
        tracker.setDocument(&document);
    });
    app::InfluencerRosterModel* model = tracker.model();
    std::printf("rows: %zu, peak RSS so far %.1f MB\n", model->totalCount(),
                static_cast<double>(peakRssKb()) / 1024.0);

    using namespace app::roster;
    const std::pair<int, const char*> sorts[] = {
        {Followers, "sort followers"},
        {Name, "sort name (collated)"},
        {Engagement, "sort engagement"},
        {Country, "sort country"},
        {Handle, "sort handle (collated)"},
        {Status, "sort status"},
        {Rate, "sort rate"},
        {FirstPlatformFollowers, "sort Instagram followers"}};
    for (const auto& [column, what] : sorts) {
        timed(what, 150, [&] { tracker.view()->sortByColumn(column, Qt::DescendingOrder); });
        timed("  again, other way", 150,
              [&] { tracker.view()->sortByColumn(column, Qt::AscendingOrder); });
    }
    tracker.view()->sortByColumn(Name, Qt::AscendingOrder);

    auto* search = tracker.findChild<QLineEdit*>(QStringLiteral("rosterSearch"));
    QString typed;
    for (const QChar c : QStringLiteral("maria r")) {
        typed += c;
        const QByteArray what = "type \"" + typed.toUtf8() + "\"";
        timed(what.constData(), 50, [&] { search->setText(typed); });
        std::printf("  %d rows shown\n", model->rowCount());
    }
    while (!typed.isEmpty()) {
        typed.chop(1);
        timed("backspace", 50, [&] { search->setText(typed); });
    }
    for (const char* name : {"platformFilter", "statusFilter", "countryFilter", "followerFilter"}) {
        auto* combo = tracker.findChild<QComboBox*>(QString::fromLatin1(name));
        const QByteArray what = QByteArray("facet ") + name;
        timed(what.constData(), 50, [&] { combo->setCurrentIndex(2); });
        std::printf("  %d rows shown\n", model->rowCount());
    }
    std::printf("peak RSS before the edits: %.1f MB\n", static_cast<double>(peakRssKb()) / 1024.0);
    // An inline edit: the command's durable write, then the row re-read, re-sorted, re-filtered.
    tracker.findChild<QComboBox*>(QStringLiteral("followerFilter"))->setCurrentIndex(0);
    for (int i = 0; i < 3; ++i) {
        const QModelIndex name = model->index(i, Name);
        timed("inline edit of a name (write + refresh)", 150,
              [&] { model->setData(name, name.data().toString() + QStringLiteral(" X")); });
    }
    const long rss = peakRssKb();
    std::printf("peak RSS: %.1f MB (budget 200 MB) %s\n", static_cast<double>(rss) / 1024.0,
                rss >= 0 && rss <= 200 * 1024 ? "ok" : "OVER");
    g_failures += rss >= 0 && rss <= 200 * 1024 ? 0 : 1;
    std::printf("%s\n", g_failures == 0 ? "all within budget" : "SOME STEPS OVER BUDGET");
    return g_failures == 0 ? 0 : 1;
}
