#include "ReportCanvas.h"

#include "ReportFormat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace cd::report {

QFont ReportCanvas::font(double pixelSize, bool bold) const
{
    QFont f(m_family);
    // Ten times the size in points: pixel sizes are whole numbers, so text is laid out at ten
    // times its size and drawn scaled down (see text()), which keeps 7.5 pt at 7.5 pt.
    f.setPixelSize(std::max(1, qRound(pixelSize * 10)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

double ReportCanvas::textWidth(const QString& text, double pixelSize, bool bold) const
{
    return QFontMetricsF(font(pixelSize, bold)).horizontalAdvance(singleLine(text)) / 10.0;
}

void ReportCanvas::text(const QRectF& box, const QString& text, double pixelSize,
                        const QColor& colour, Qt::Alignment align, bool bold)
{
    const QFont f = font(pixelSize, bold);
    const QFontMetricsF metrics(f);
    const Qt::TextElideMode mode = Qt::ElideRight;
    const QString shown = metrics.elidedText(singleLine(text), mode, box.width() * 10.0);
    m_painter.save();
    m_painter.setFont(f);
    m_painter.setPen(colour);
    m_painter.translate(box.topLeft());
    m_painter.scale(0.1, 0.1);
    m_painter.drawText(QRectF(0, 0, box.width() * 10.0, box.height() * 10.0),
                       static_cast<int>(align | Qt::TextSingleLine), shown);
    m_painter.restore();
}

void ReportCanvas::fitted(const QRectF& box, const QString& text, double pixelSize,
                          double minPixelSize, const QColor& colour, bool bold)
{
    double size = pixelSize;
    while (size > minPixelSize && textWidth(text, size, bold) > box.width()) {
        size -= 0.5;
    }
    this->text(box, text, std::max(size, minPixelSize), colour, Qt::AlignLeft | Qt::AlignVCenter,
               bold);
}

void ReportCanvas::figure(const QRectF& box, const QString& full, const QString& compact,
                          double pixelSize, const QColor& colour, Qt::Alignment align, bool bold)
{
    const bool fits = textWidth(full, pixelSize, bold) <= box.width();
    text(box, fits ? full : compact, pixelSize, colour, align, bold);
}

double ReportCanvas::wrapped(const QRectF& box, const QString& text, double pixelSize,
                             const QColor& colour, int maxLines)
{
    const QFont f = font(pixelSize);
    const QFontMetricsF metrics(f);
    const QString plain = singleLine(text);
    QTextLayout layout(plain, f);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const double width = box.width() * 10.0;
    const double lineHeight = metrics.lineSpacing() / 10.0;
    QStringList lines;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        if (lines.size() + 1 == maxLines && line.textStart() + line.textLength() < plain.size()) {
            // The last line allowed, and more text follows: elide the rest onto it.
            lines << metrics.elidedText(plain.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << plain.mid(line.textStart(), line.textLength()).trimmed();
        if (lines.size() == maxLines) {
            break;
        }
    }
    layout.endLayout();
    double y = box.top();
    for (const QString& l : lines) {
        this->text(QRectF(box.left(), y, box.width(), lineHeight), l, pixelSize, colour);
        y += lineHeight;
    }
    return y - box.top();
}

void ReportCanvas::fill(const QRectF& box, const QColor& colour, double radius)
{
    m_painter.save();
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(colour);
    if (radius > 0) {
        m_painter.drawRoundedRect(box, radius, radius);
    } else {
        m_painter.drawRect(box);
    }
    m_painter.restore();
}

void ReportCanvas::line(const QPointF& from, const QPointF& to, const QColor& colour, double width)
{
    m_painter.save();
    QPen pen(colour, width);
    pen.setCapStyle(Qt::FlatCap);
    m_painter.setPen(pen);
    m_painter.drawLine(from, to);
    m_painter.restore();
}

QRectF ReportCanvas::sectionTitle(const QRectF& box, const QString& title)
{
    constexpr double kHeight = 15.0;
    text(QRectF(box.left(), box.top(), box.width(), 12.0), title.toUpper(), 8.0, colour::primary(),
         Qt::AlignLeft | Qt::AlignVCenter, true);
    line(QPointF(box.left(), box.top() + 13.0), QPointF(box.right(), box.top() + 13.0),
         colour::rule(), 0.6);
    return box.adjusted(0, kHeight + 2.0, 0, 0);
}

void ReportCanvas::badge(const QRectF& box, const QString& label, const QColor& colour)
{
    QColor background = colour;
    background.setAlpha(36);
    fill(box, background, 3.0);
    text(box, label, 7.0, colour, Qt::AlignCenter, true);
}

} // namespace cd::report
