#pragma once

#include <QRectF>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

namespace cd::report {

class ReportCanvas;

enum class PageFormat { A4, Letter };

// "A4" or "Letter", ignoring case.
std::optional<PageFormat> parsePageFormat(std::string_view text);

// Writes a PDF of exactly one page of `format`, titled `title`: `paint` draws on a canvas whose
// unit is one point, within `page` (the whole sheet, no margins). Fonts are the report's,
// embedded. The file at `path` is replaced only once the whole PDF is written. Throws
// ReportError with one readable sentence on failure.
void writeOnePagePdf(const QString& path, PageFormat format, const QString& title,
                     const std::function<void(ReportCanvas& canvas, const QRectF& page)>& paint);

} // namespace cd::report
