#pragma once

#include <QString>

namespace cd::report {

// The font family the report is drawn with. Without a usable font QPdfWriter writes a PDF with
// no text and no warning, so this makes sure one exists: the system's DejaVu Sans or default
// family when fontconfig offers it, else DejaVu Sans loaded from its file. Throws ReportError
// when there is none at all. Needs a QGuiApplication.
QString reportFontFamily();

} // namespace cd::report
