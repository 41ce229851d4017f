#pragma once

#include "OnePagePdf.h"

#include "core/Brief.h"
#include "core/Campaign.h"
#include "core/Date.h"

#include <QString>

namespace cd::report {

// What the brief's PDF shows: the campaign for its title band, the brief, and the day it was
// made (in the footer, so an influencer can tell two versions apart).
struct BriefReportInput {
    core::Campaign campaign;
    core::CampaignBrief brief;
    core::Date madeOn;
};

// How the text was fitted on the page.
struct BriefPdfResult {
    double fontSize = 0.0;  // the body text's size in points
    bool shortened = false; // the text did not fit even at the smallest size and was cut
};

// The line that ends a brief too long for one page.
QString briefContinuationLine();

// Writes the campaign's brief and style guide as a PDF of exactly one page to hand to
// influencers: a title band (campaign, brand, dates), then each part that has text, in the order
// of core::briefSections(), with its title; the overview as paragraphs, the other parts as
// bullets (do's and don'ts side by side). When the text does not fit, the font shrinks down to a
// floor, then the text is cut and ends with briefContinuationLine(): never a second page. User
// text is printed as plain text. The file at `path` is replaced only once the whole PDF is
// written. Throws ReportError with one readable sentence when the brief is empty or the file
// cannot be written. Needs a QGuiApplication (the offscreen platform is enough).
BriefPdfResult writeBriefPdf(const BriefReportInput& input, const QString& path, PageFormat format);

} // namespace cd::report
