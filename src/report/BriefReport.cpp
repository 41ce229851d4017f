#include "BriefReport.h"

#include "ReportCanvas.h"
#include "ReportError.h"
#include "ReportFormat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <vector>

namespace cd::report {

namespace {

constexpr double kMargin = 42.0;
constexpr double kBand = 88.0;
constexpr double kFooter = 16.0;
constexpr double kColumnGap = 22.0;
// The body text starts at kLargest points and shrinks in steps down to kSmallest.
constexpr double kLargest = 11.0;
constexpr double kSmallest = 7.0;
constexpr double kStep = 0.5;

// One line of a column as it will be drawn, with the height it takes.
struct Line {
    enum class Kind { Title, Paragraph, Bullet, BulletContinued, Gap };
    Kind kind = Kind::Gap;
    QString text;
    double height = 0.0;
    QColor bullet;
};

using Column = std::vector<Line>;

// One band of the page: one column across the width, or two side by side (do's and don'ts).
struct Row {
    std::vector<Column> columns;
};

double columnHeight(const Column& column)
{
    double h = 0.0;
    for (const auto& line : column) {
        h += line.height;
    }
    return h;
}

double rowHeight(const Row& row)
{
    double h = 0.0;
    for (const auto& column : row.columns) {
        h = std::max(h, columnHeight(column));
    }
    return h;
}

double rowsHeight(const std::vector<Row>& rows)
{
    double h = 0.0;
    for (const auto& row : rows) {
        h += rowHeight(row);
    }
    return h;
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Sizes derived from the body text's size.
struct Metrics {
    double body = kLargest;
    double title = 0.0;
    double lineHeight = 0.0;
    double titleHeight = 0.0;
    double itemGap = 0.0;
    double sectionGap = 0.0;
    double indent = 0.0;

    Metrics(const ReportCanvas& c, double size) : body(size)
    {
        title = std::max(6.5, size * 0.8);
        lineHeight = QFontMetricsF(c.font(size)).lineSpacing() / 10.0 * 1.06;
        titleHeight = title * 1.35 + 7.0;
        itemGap = size * 0.3;
        sectionGap = size * 1.05;
        indent = size * 1.1;
    }
};

// `text` broken at word boundaries (anywhere in a word longer than the width) into lines no
// wider than `width` points.
QStringList wrap(const ReportCanvas& c, const QString& text, double size, double width)
{
    const QString plain = singleLine(text);
    QTextLayout layout(plain, c.font(size));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width * 10.0);
        lines << plain.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QColor bulletColour(std::string_view key)
{
    if (key == "dos") {
        return colour::met();
    }
    if (key == "donts") {
        return colour::atRisk();
    }
    return colour::primary();
}

// The lines of one part: its title, then its paragraphs (overview) or bullets.
Column partLines(const ReportCanvas& c, const Metrics& m, const core::BriefSection& section,
                 const core::CampaignBrief& brief, double width)
{
    Column column;
    column.push_back({Line::Kind::Title, toQString(section.title), m.titleHeight, {}});
    const auto items = core::briefItems(brief.*section.field);
    const bool paragraphs = section.key == "overview";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            column.push_back({Line::Kind::Gap, {}, m.itemGap, {}});
        }
        const QString text = QString::fromStdString(items[i]);
        if (paragraphs) {
            for (const QString& l : wrap(c, text, m.body, width)) {
                column.push_back({Line::Kind::Paragraph, l, m.lineHeight, {}});
            }
            continue;
        }
        bool first = true;
        for (const QString& l : wrap(c, text, m.body, width - m.indent)) {
            column.push_back({first ? Line::Kind::Bullet : Line::Kind::BulletContinued, l,
                              m.lineHeight, bulletColour(section.key)});
            first = false;
        }
    }
    return column;
}

// The parts that have text, as rows of the page; do's and don'ts share one row.
std::vector<Row> layoutRows(const ReportCanvas& c, const Metrics& m,
                            const core::CampaignBrief& brief, double width)
{
    auto hasText = [&](std::string_view key) {
        const auto* section = core::findBriefSection(key);
        return section && !core::briefItems(brief.*section->field).empty();
    };
    const bool sideBySide = hasText("dos") && hasText("donts");
    const double half = (width - kColumnGap) / 2.0;
    std::vector<Row> rows;
    for (const auto& section : core::briefSections()) {
        if (!hasText(section.key)) {
            continue;
        }
        if (sideBySide && section.key == "donts") {
            continue; // drawn beside the do's
        }
        if (!rows.empty()) {
            rows.push_back({{Column{{Line::Kind::Gap, {}, m.sectionGap, {}}}}});
        }
        if (sideBySide && section.key == "dos") {
            rows.push_back({{partLines(c, m, section, brief, half),
                             partLines(c, m, *core::findBriefSection("donts"), brief, half)}});
        } else {
            rows.push_back({{partLines(c, m, section, brief, width)}});
        }
    }
    return rows;
}

// Keeps what fits in `height`; a column never ends on a title or a gap.
std::vector<Row> cutRows(std::vector<Row> rows, double height)
{
    std::vector<Row> kept;
    double used = 0.0;
    for (auto& row : rows) {
        const double h = rowHeight(row);
        if (used + h <= height) {
            used += h;
            kept.push_back(std::move(row));
            continue;
        }
        Row partial;
        for (auto& column : row.columns) {
            Column fitting;
            double y = used;
            for (auto& line : column) {
                if (y + line.height > height) {
                    break;
                }
                y += line.height;
                fitting.push_back(std::move(line));
            }
            while (!fitting.empty() && (fitting.back().kind == Line::Kind::Title ||
                                        fitting.back().kind == Line::Kind::Gap)) {
                fitting.pop_back();
            }
            partial.columns.push_back(std::move(fitting));
        }
        kept.push_back(std::move(partial));
        break;
    }
    while (!kept.empty() && rowHeight(kept.back()) == 0.0) {
        kept.pop_back();
    }
    // A gap row left last would only push the continuation line down.
    while (!kept.empty() && kept.back().columns.size() == 1 &&
           std::all_of(kept.back().columns[0].begin(), kept.back().columns[0].end(),
                       [](const Line& l) { return l.kind == Line::Kind::Gap; })) {
        kept.pop_back();
    }
    return kept;
}

void drawColumn(ReportCanvas& c, const Metrics& m, const Column& column, double x, double top,
                double width)
{
    double y = top;
    for (const auto& line : column) {
        switch (line.kind) {
        case Line::Kind::Title: {
            c.text(QRectF(x, y, width, m.title * 1.35), line.text.toUpper(), m.title,
                   colour::primary(), Qt::AlignLeft | Qt::AlignVCenter, true);
            const double ruleY = y + m.title * 1.35 + 2.0;
            c.line(QPointF(x, ruleY), QPointF(x + width, ruleY), colour::rule(), 0.6);
            break;
        }
        case Line::Kind::Paragraph:
            c.text(QRectF(x, y, width, line.height), line.text, m.body, colour::ink());
            break;
        case Line::Kind::Bullet:
            c.text(QRectF(x, y, m.indent, line.height), QStringLiteral("•"), m.body, line.bullet,
                   Qt::AlignLeft | Qt::AlignVCenter, true);
            [[fallthrough]];
        case Line::Kind::BulletContinued:
            c.text(QRectF(x + m.indent, y, width - m.indent, line.height), line.text, m.body,
                   colour::ink());
            break;
        case Line::Kind::Gap:
            break;
        }
        y += line.height;
    }
}

// Returns the height drawn.
double drawRows(ReportCanvas& c, const Metrics& m, const std::vector<Row>& rows, double x,
                double top, double width)
{
    double y = top;
    for (const auto& row : rows) {
        const double columnWidth =
            row.columns.size() > 1
                ? (width - kColumnGap * static_cast<double>(row.columns.size() - 1)) /
                      static_cast<double>(row.columns.size())
                : width;
        double cx = x;
        for (const auto& column : row.columns) {
            drawColumn(c, m, column, cx, y, columnWidth);
            cx += columnWidth + kColumnGap;
        }
        y += rowHeight(row);
    }
    return y - top;
}

QString periodText(const core::Campaign& campaign)
{
    if (!campaign.start && !campaign.end) {
        return {};
    }
    return formatDate(campaign.start) + QStringLiteral(" – ") + formatDate(campaign.end);
}

void drawTitleBand(ReportCanvas& c, const QRectF& page, const BriefReportInput& in)
{
    const double width = page.width() - 2 * kMargin;
    c.fill(QRectF(page.left(), page.top(), page.width(), kBand), colour::primary());
    c.text(QRectF(kMargin, 20, width, 11), QStringLiteral("CAMPAIGN BRIEF AND STYLE GUIDE"), 7.5,
           colour::primaryLight(), Qt::AlignLeft | Qt::AlignVCenter, true);
    const auto& campaign = in.campaign;
    c.fitted(QRectF(kMargin, 32, width, 28),
             singleLine(campaign.name.empty() ? "Untitled campaign" : campaign.name), 20.0, 12.0,
             Qt::white, true);
    QStringList facts;
    if (!campaign.brand.empty()) {
        facts << singleLine(campaign.brand);
    }
    if (const QString period = periodText(campaign); !period.isEmpty()) {
        facts << period;
    }
    c.text(QRectF(kMargin, 62, width, 14), facts.join(QStringLiteral("   ·   ")), 9.5,
           QColor(0xE4, 0xEC, 0xF4));
}

void drawFooter(ReportCanvas& c, const QRectF& box, const BriefReportInput& in)
{
    constexpr double kSize = 6.5;
    c.line(QPointF(box.left(), box.top()), QPointF(box.right(), box.top()), colour::rule());
    const QRectF text = box.adjusted(0, 3, 0, 0);
    QString made = QStringLiteral("Made with CampaignDesk on ") + formatDate(in.madeOn);
    if (in.brief.version > 0) {
        made += QStringLiteral(" · brief version %1").arg(in.brief.version);
    }
    const double madeWidth = c.textWidth(made, kSize) + 2.0;
    c.text(text, made, kSize, colour::muted(), Qt::AlignRight | Qt::AlignVCenter);
    c.text(QRectF(text.left(), text.top(), std::max(0.0, text.width() - madeWidth - 16.0),
                  text.height()),
           QStringLiteral("Follow the spellings and disclosures exactly. Questions? Ask your "
                          "campaign contact."),
           kSize, colour::muted());
}

BriefPdfResult paintPage(ReportCanvas& c, const QRectF& page, const BriefReportInput& in)
{
    drawTitleBand(c, page, in);
    const double left = kMargin;
    const double width = page.width() - 2 * kMargin;
    const double top = kBand + 22.0;
    const double bottom = page.height() - kMargin + 6.0 - kFooter - 10.0;
    const double available = bottom - top;

    BriefPdfResult result;
    for (double size = kLargest; size >= kSmallest - 1e-9; size -= kStep) {
        const Metrics m(c, size);
        auto rows = layoutRows(c, m, in.brief, width);
        result.fontSize = size;
        if (rowsHeight(rows) <= available) {
            drawRows(c, m, rows, left, top, width);
            break;
        }
        if (size - kStep >= kSmallest - 1e-9) {
            continue;
        }
        // Even the smallest size is too large: cut, and say where the rest is.
        const double continued = m.lineHeight + m.itemGap * 2;
        rows = cutRows(std::move(rows), available - continued);
        const double used = drawRows(c, m, rows, left, top, width);
        c.text(QRectF(left, top + used + m.itemGap * 2, width, m.lineHeight),
               briefContinuationLine(), m.body, colour::muted(), Qt::AlignLeft | Qt::AlignVCenter,
               true);
        result.shortened = true;
        break;
    }
    drawFooter(c, QRectF(left, page.height() - kMargin + 6.0 - kFooter, width, kFooter), in);
    return result;
}

} // namespace

QString briefContinuationLine()
{
    return QStringLiteral("… (continued in CampaignDesk)");
}

BriefPdfResult writeBriefPdf(const BriefReportInput& input, const QString& path, PageFormat format)
{
    if (input.brief.isEmpty()) {
        const std::string name =
            input.campaign.name.empty() ? "this campaign" : input.campaign.name;
        throw ReportError("The brief of " + name +
                          " is empty \xE2\x80\x94 write it on the Brief tab first.");
    }
    BriefPdfResult result;
    writeOnePagePdf(
        path, format, QStringLiteral("Brief: ") + singleLine(input.campaign.name),
        [&](ReportCanvas& canvas, const QRectF& page) { result = paintPage(canvas, page, input); });
    return result;
}

} // namespace cd::report
