#pragma once

#include "OnePagePdf.h"
#include "ReportData.h"

#include <QString>

#include <optional>
#include <string_view>

namespace cd::report {

// Writes the campaign's KPI report as a PDF of exactly one page: vector drawing, fonts
// embedded, user text printed as plain text. The file at `path` is replaced only once the
// whole PDF is written. Throws ReportError with one readable sentence on failure. Needs a
// QGuiApplication (the offscreen platform is enough).
void writeKpiReport(const ReportInput& input, const QString& path, PageFormat format);

} // namespace cd::report
