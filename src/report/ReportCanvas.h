#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace cd::report {

// The report's colours.
namespace colour {
inline QColor ink()
{
    return {0x1F, 0x29, 0x33};
}
inline QColor muted()
{
    return {0x5F, 0x6B, 0x76};
}
inline QColor rule()
{
    return {0xD5, 0xDB, 0xE1};
}
inline QColor panel()
{
    return {0xF3, 0xF5, 0xF8};
}
inline QColor primary()
{
    return {0x2F, 0x5D, 0x8A};
}
inline QColor primaryLight()
{
    return {0xB9, 0xCD, 0xE2};
}
inline QColor accent()
{
    return {0xE0, 0x7A, 0x2F};
}
inline QColor met()
{
    return {0x2E, 0x7D, 0x32};
}
inline QColor onTrack()
{
    return {0x1F, 0x6F, 0xB2};
}
inline QColor atRisk()
{
    return {0xC6, 0x28, 0x28};
}
inline QColor unknown()
{
    return {0x8A, 0x93, 0x9B};
}
} // namespace colour

// Drawing helpers in page points over a QPainter. Every string is drawn as plain text on one
// line, elided to its box, or wrapped to a fixed number of lines: user text can never grow a
// section, and never becomes markup.
class ReportCanvas final {
public:
    ReportCanvas(QPainter& painter, QString family)
        : m_painter(painter), m_family(std::move(family))
    {
    }

    QPainter& painter() { return m_painter; }
    QFont font(double pixelSize, bool bold = false) const;
    double textWidth(const QString& text, double pixelSize, bool bold = false) const;

    // One line in `box`, elided at the right (or left for right-aligned numbers) to fit.
    void text(const QRectF& box, const QString& text, double pixelSize, const QColor& colour,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter, bool bold = false);
    // One line at the largest size from `pixelSize` down to `minPixelSize` that fits the box
    // (elided at the smallest), for figures that should not lose their last digits.
    void fitted(const QRectF& box, const QString& text, double pixelSize, double minPixelSize,
                const QColor& colour, bool bold = false);
    // A figure in full when it fits the box, else in its compact form (1.2M): never elided
    // digits when a shorter form exists.
    void figure(const QRectF& box, const QString& full, const QString& compact, double pixelSize,
                const QColor& colour, Qt::Alignment align, bool bold = false);
    // Wrapped at word boundaries into at most `maxLines` lines; the last one is elided when the
    // text goes on. Returns the height used.
    double wrapped(const QRectF& box, const QString& text, double pixelSize, const QColor& colour,
                   int maxLines);
    void fill(const QRectF& box, const QColor& colour, double radius = 0.0);
    void line(const QPointF& from, const QPointF& to, const QColor& colour, double width = 0.5);
    // A section title with a rule under it; returns the box below it.
    QRectF sectionTitle(const QRectF& box, const QString& title);
    // A status badge ("Met", "At risk" …) in a rounded box.
    void badge(const QRectF& box, const QString& label, const QColor& colour);

private:
    QPainter& m_painter;
    QString m_family;
};

} // namespace cd::report
