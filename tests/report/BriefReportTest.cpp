#include "report/BriefReport.h"
#include "report/ReportError.h"
#include "storage/BriefRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/DemoData.h"
#include "storage/Workbook.h"

#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cd;

namespace {

struct Pdf {
    int pages = 0;
    QSizeF size;
    QString text;
};

// The page count, first page size and text of a PDF, with ligatures ("ﬁ") unfolded.
Pdf readPdf(const QString& path)
{
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    Pdf pdf;
    pdf.pages = document.pageCount();
    REQUIRE(pdf.pages >= 1);
    pdf.size = document.pagePointSize(0);
    pdf.text = document.getAllText(0).text().normalized(QString::NormalizationForm_KC);
    return pdf;
}

// The text with every run of white space (line breaks included) as one space.
QString flat(const QString& text)
{
    return text.simplified();
}

// The continuation line as readPdf() gives it back ("…" unfolds to "...").
QString continuation()
{
    return report::briefContinuationLine().normalized(QString::NormalizationForm_KC);
}

report::BriefReportInput demoInput(const QTemporaryDir& dir)
{
    auto wb = storage::Workbook::create(dir.filePath(QStringLiteral("demo.cdwb")).toStdString());
    storage::populateDemo(wb, core::Date::fromYmd(2026, 6, 15));
    report::BriefReportInput in;
    auto campaign = storage::CampaignRepository(wb.db()).find("Summer Glow SPF Launch");
    REQUIRE(campaign);
    in.campaign = *campaign;
    in.brief = storage::BriefRepository(wb.db()).get(campaign->id);
    in.madeOn = core::Date::fromYmd(2026, 6, 15);
    return in;
}

report::BriefReportInput smallInput()
{
    report::BriefReportInput in;
    in.campaign.id = 7;
    in.campaign.name = "Autumn Stories";
    in.campaign.brand = "Lumen Cosmetics";
    in.brief.campaignId = 7;
    in.brief.version = 2;
    in.madeOn = core::Date::fromYmd(2026, 6, 15);
    return in;
}

} // namespace

TEST_CASE("The demo brief prints on one page with its names, disclosures and parts in order")
{
    QTemporaryDir dir;
    const auto in = demoInput(dir);
    REQUIRE_FALSE(in.brief.isEmpty());
    const QString path = dir.filePath(QStringLiteral("brief.pdf"));
    const auto result = report::writeBriefPdf(in, path, report::PageFormat::A4);
    CHECK_FALSE(result.shortened);
    CHECK(result.fontSize == Approx(11.0)); // the demo fits at the largest size

    const Pdf pdf = readPdf(path);
    CHECK(pdf.pages == 1);
    CHECK(qRound(pdf.size.width()) == 595);
    CHECK(qRound(pdf.size.height()) == 842);
    const QString text = flat(pdf.text);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Summer Glow SPF Launch")));
    CHECK(text.contains(QStringLiteral("Lumen Cosmetics")));
    CHECK(text.contains(QStringLiteral("SPF 50 Glow Fluid")));
    CHECK(text.contains(QStringLiteral("SPF 30 Tinted")));
    CHECK(text.contains(QStringLiteral("#ad at the start of the caption")));
    CHECK(text.contains(QStringLiteral("Paid partnership label")));
    CHECK(text.contains(QStringLiteral("No medical claims")));
    CHECK(text.contains(QStringLiteral("Tag @lumencosmetics")));
    CHECK(text.contains(QStringLiteral("brief version 1")));
    CHECK_FALSE(text.contains(continuation()));
    // The bullet markers are drawn, the "- " of the text is not.
    CHECK_FALSE(text.contains(QStringLiteral("- SPF 50")));

    qsizetype last = -1;
    for (const char* title : {"OVERVIEW", "PRODUCT NAMES AND SPELLINGS", "REQUIRED DISCLOSURES",
                              "KEY MESSAGES", "DO", "DON'T", "POSTING BEST PRACTICE"}) {
        // Whole words: "DO" must not be found inside "DON'T".
        const QRegularExpression word(
            QStringLiteral("\\b%1(?=\\s|$)").arg(QRegularExpression::escape(QLatin1String(title))));
        const auto match = word.match(text, last + 1);
        INFO(title);
        REQUIRE(match.hasMatch());
        CHECK(match.capturedStart() > last);
        last = match.capturedStart();
    }
}

TEST_CASE("The brief's PDF prints user text as plain text, never as markup")
{
    QTemporaryDir dir;
    auto in = smallInput();
    in.campaign.name = "<i>Launch</i> & more";
    in.brief.keyMessages = "- <b>x</b> stays as typed\n- &amp; is not an ampersand";
    in.brief.productNames = "<img src=\"/etc/hostname\">";
    const QString path = dir.filePath(QStringLiteral("hostile.pdf"));
    report::writeBriefPdf(in, path, report::PageFormat::A4);
    const QString text = flat(readPdf(path).text);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("<b>x</b> stays as typed")));
    CHECK(text.contains(QStringLiteral("&amp; is not an ampersand")));
    CHECK(text.contains(QStringLiteral("<i>Launch</i> & more")));
    CHECK(text.contains(QStringLiteral("<img src=\"/etc/hostname\">")));
}

TEST_CASE("A brief too long for its size shrinks the font and keeps every line")
{
    QTemporaryDir dir;
    auto in = smallInput();
    std::string items;
    for (int i = 1; i <= 45; ++i) {
        items += "- Key message number " + std::to_string(i) + "\n";
    }
    in.brief.keyMessages = items;
    const QString path = dir.filePath(QStringLiteral("shrunk.pdf"));
    const auto result = report::writeBriefPdf(in, path, report::PageFormat::A4);
    CHECK_FALSE(result.shortened);
    CHECK(result.fontSize < 11.0);
    CHECK(result.fontSize >= 7.0);
    const Pdf pdf = readPdf(path);
    CHECK(pdf.pages == 1);
    const QString text = flat(pdf.text);
    CHECK(text.contains(QStringLiteral("Key message number 1 ")));
    CHECK(text.contains(QStringLiteral("Key message number 45")));
    CHECK_FALSE(text.contains(continuation()));
}

TEST_CASE("A brief too long for one page at the smallest size is cut with a continuation line")
{
    QTemporaryDir dir;
    auto in = smallInput();
    in.brief.overview = std::string(3000, 'x') + " the end of a very long overview";
    std::string items;
    for (int i = 1; i <= 300; ++i) {
        items += "- Do number " + std::to_string(i) + " with some words to wrap it\n";
    }
    in.brief.dos = items;
    in.brief.donts = "- Never the last";
    in.brief.postingPractice = "- Posting practice comes after the cut";

    for (const auto format : {report::PageFormat::A4, report::PageFormat::Letter}) {
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        const auto result = report::writeBriefPdf(in, path, format);
        CHECK(result.shortened);
        CHECK(result.fontSize == Approx(7.0));
        const Pdf pdf = readPdf(path);
        CHECK(pdf.pages == 1);
        const QString text = flat(pdf.text);
        CHECK(text.contains(QStringLiteral("Do number 1 ")));
        CHECK(text.contains(QStringLiteral("the end of a very long overview")));
        CHECK(text.contains(continuation()));
        CHECK_FALSE(text.contains(QStringLiteral("Do number 300")));
        CHECK_FALSE(text.contains(QStringLiteral("Posting practice comes after the cut")));
        // The footer is still there, below the cut.
        CHECK(text.contains(QStringLiteral("Made with CampaignDesk")));
    }
}

TEST_CASE("Empty parts of the brief are left out of the PDF")
{
    QTemporaryDir dir;
    auto in = smallInput();
    in.brief.disclosures = "  \n- #ad first\n\n";
    in.brief.keyMessages = " \n \n";
    const QString path = dir.filePath(QStringLiteral("one-part.pdf"));
    report::writeBriefPdf(in, path, report::PageFormat::Letter);
    const Pdf pdf = readPdf(path);
    CHECK(qRound(pdf.size.width()) == 612);
    CHECK(qRound(pdf.size.height()) == 792);
    const QString text = flat(pdf.text);
    CHECK(text.contains(QStringLiteral("REQUIRED DISCLOSURES")));
    CHECK(text.contains(QStringLiteral("#ad first")));
    CHECK_FALSE(text.contains(QStringLiteral("KEY MESSAGES")));
    CHECK_FALSE(text.contains(QStringLiteral("OVERVIEW")));
}

TEST_CASE("An empty brief is refused and leaves no file")
{
    QTemporaryDir dir;
    auto in = smallInput();
    in.brief.overview = " \n\t";
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    try {
        report::writeBriefPdf(in, path, report::PageFormat::A4);
        FAIL("an empty brief was written");
    } catch (const report::ReportError& e) {
        CHECK(std::string(e.what()) ==
              "The brief of Autumn Stories is empty \xE2\x80\x94 write it on the Brief tab first.");
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A brief PDF that cannot be written is a ReportError")
{
    QTemporaryDir dir;
    auto in = smallInput();
    in.brief.dos = "- Something";
    CHECK_THROWS_AS(report::writeBriefPdf(in, dir.filePath(QStringLiteral("no/such/dir/b.pdf")),
                                          report::PageFormat::A4),
                    report::ReportError);
}
