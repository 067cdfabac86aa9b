#include <digit_tutor/reports/progress_chart.hpp>
#include <digit_tutor/reports/report_text.hpp>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>

namespace dt::reports {
namespace {

constexpr QSize kMinImageSize(200, 100);
constexpr int kRateTicks = 6; // 0, 20, 40, 60, 80, 100%
const QColor kRateColour(0x1f, 0x4e, 0x9a);
const QColor kBarColour(0xc9, 0xd8, 0xee);
const QColor kLearntColour(0x3c, 0x8d, 0x40);
const QColor kStarsColour(0xe8, 0xa3, 0x17); // the practice page's stars
const QColor kGridColour(0xdd, 0xdd, 0xdd);
const QColor kTextColour(0x33, 0x33, 0x33);


} // namespace

// Where everything goes in a given area and font: computed once per paint, and by
// shownLabels() so that what it says is what is drawn.
struct ProgressChart::Layout {
    double line = 0.0; ///< the font's line height
    QRectF title;
    QRectF legend;
    QList<QPointF> legendAt; ///< per legend entry, where its mark starts (x, the row's middle)
    QRectF plot;
    bool turned = false;
    QStringList labels; ///< as shown, "" where left out
    int perStep = 1;    ///< attempts per tick of the right axis
    QStringList cut;    ///< texts that do not fit in the area
};

namespace {

// The legend's entries: a mark, then what it means.
enum class Mark { Rate, Bars, Stars, Learnt };
struct LegendEntry {
    Mark mark;
    QString text;
};

QList<LegendEntry> legendEntries()
{
    return {{Mark::Rate, ReportText::tr("read as asked")},
            {Mark::Bars, ReportText::tr("attempts")},
            {Mark::Stars, ReportText::tr("average stars")},
            {Mark::Learnt, ReportText::tr("learnt (%1%)").arg(qRound(kPractiseBelow * 100))}};
}

double markWidth(Mark mark, double line) { return mark == Mark::Bars ? line * 1.1 : line * 1.8; }

} // namespace

ProgressChart::ProgressChart(const std::vector<ProgressPoint>& points, ProgressStep step, int digit)
{
    const QLocale locale;
    const bool weekly = step == ProgressStep::Week;
    m_title = weekly ? ReportText::tr("Read as asked, stars and attempts, per week") : ReportText::tr("Read as asked, stars and attempts, per day");
    if (digit >= 0)
        m_title = weekly ? ReportText::tr("Digit %1: read as asked, stars and attempts, per week").arg(digit)
                         : ReportText::tr("Digit %1: read as asked, stars and attempts, per day").arg(digit);
    if (points.empty())
        m_title = digit >= 0 ? ReportText::tr("Digit %1: no attempts in this period").arg(digit) : ReportText::tr("No attempts in this period");
    for (const ProgressPoint& p : points) {
        const QString name = progressPeriodName(p.start, step);
        m_success.append(QPointF(qreal(m_names.size()), p.successRate() * 100.0));
        m_stars.append(QPointF(qreal(m_names.size()), p.averageStars()));
        m_attempts.append(p.attempts);
        m_names.append(name);
        // A day says only its day and month ("14 Jan"): the period is given above the
        // chart, and a short label stays readable when there are many.
        m_labels.append(weekly ? name : locale.toString(p.start, QStringLiteral("d MMM")));
        m_mostAttempts = std::max(m_mostAttempts, p.attempts);
        m_spoken.append(
            ReportText::tr("%1: %2 of %3 read as asked").arg(name, locale.toString(p.successes), locale.toString(p.attempts)));
    }
}

QString ProgressChart::spokenDescription() const
{
    return m_spoken.isEmpty() ? m_title : m_title + QStringLiteral(". ") + m_spoken.join(QStringLiteral("; "));
}

ProgressChart::Layout ProgressChart::layout(const QRectF& area, const QFont& font) const
{
    Layout l;
    const QFontMetricsF metrics(font);
    l.line = metrics.height();
    l.turned = m_labels.size() > kUprightLabelsUpTo;
    l.title = QRectF(area.left(), area.top(), area.width(), l.line * 1.4);
    QFont bold = font;
    bold.setBold(true);
    if (QFontMetricsF(bold).horizontalAdvance(m_title) > area.width())
        l.cut << m_title;
    // Whole attempts on the same ticks as the percentages: the right axis ends on the first
    // multiple of its five steps that holds the most attempts.
    l.perStep = std::max(1, (m_mostAttempts + kRateTicks - 2) / (kRateTicks - 1));
    const double leftAxis = metrics.horizontalAdvance(QStringLiteral("100%")) + l.line * 0.6;
    const double rightAxis = metrics.horizontalAdvance(QString::number(l.perStep * (kRateTicks - 1))) +
                             metrics.horizontalAdvance(QStringLiteral("3")) + l.line * 1.6;
    // The legend from the plot's left edge, in as many rows as it needs.
    const double legendLeft = area.left() + leftAxis;
    const double rowHeight = l.line * 1.4;
    double x = legendLeft;
    int row = 0;
    for (const LegendEntry& entry : legendEntries()) {
        const double width = markWidth(entry.mark, l.line) + metrics.horizontalAdvance(entry.text);
        if (x > legendLeft && x + width > area.right()) {
            ++row;
            x = legendLeft;
        }
        l.legendAt.append(QPointF(x, row));
        if (x + width > area.right())
            l.cut << entry.text;
        x += width + l.line * 1.2;
    }
    l.legend = QRectF(area.left(), l.title.bottom(), area.width(), rowHeight * (row + 1));
    for (QPointF& at : l.legendAt)
        at.setY(l.legend.top() + (at.y() + 0.5) * rowHeight);
    double labelsHeight = l.line * 1.6;
    if (l.turned)
        for (const QString& label : m_labels)
            labelsHeight = std::max(labelsHeight, metrics.horizontalAdvance(label) + l.line);
    l.plot = QRectF(area.left() + leftAxis, l.legend.bottom() + l.line * 0.5,
                    std::max(10.0, area.width() - leftAxis - rightAxis),
                    std::max(10.0, area.bottom() - labelsHeight - l.legend.bottom() - l.line * 0.5));

    // Turned labels stand side by side a line's height each; upright ones a label's width.
    const qsizetype n = m_labels.size();
    double perLabel = l.line + 6.0;
    if (!l.turned)
        for (const QString& label : m_labels)
            perLabel = std::max(perLabel, metrics.horizontalAdvance(label) + l.line);
    const qsizetype stride = std::max<qsizetype>(1, qsizetype(std::ceil(double(n) * perLabel / l.plot.width())));
    for (qsizetype i = 0; i < n; ++i)
        l.labels.append((n - 1 - i) % stride == 0 ? m_labels[i] : QString());
    return l;
}

QStringList ProgressChart::shownLabels(const QRectF& area, const QFont& font) const
{
    return layout(area, font).labels;
}

QStringList ProgressChart::cutTexts(const QRectF& area, const QFont& font) const { return layout(area, font).cut; }

namespace {

// The legend where the layout put it: what each mark means.
void paintLegend(QPainter& painter, const QList<QPointF>& at, double line, const QFontMetricsF& metrics)
{
    const QList<LegendEntry> entries = legendEntries();
    for (qsizetype i = 0; i < entries.size() && i < at.size(); ++i) {
        const double y = at[i].y();
        const double x = at[i].x();
        switch (entries[i].mark) {
        case Mark::Rate:
            painter.setPen(QPen(kRateColour, std::max(1.5, line / 6.0)));
            painter.drawLine(QPointF(x, y), QPointF(x + line * 1.4, y));
            break;
        case Mark::Bars:
            painter.fillRect(QRectF(x, y - line * 0.35, line * 0.7, line * 0.7), kBarColour);
            break;
        case Mark::Stars:
            painter.setPen(QPen(kStarsColour, std::max(1.5, line / 7.0)));
            painter.drawLine(QPointF(x, y), QPointF(x + line * 1.4, y));
            break;
        case Mark::Learnt:
            painter.setPen(QPen(kLearntColour, std::max(1.0, line / 10.0), Qt::DashLine));
            painter.drawLine(QPointF(x, y), QPointF(x + line * 1.4, y));
            break;
        }
        painter.setPen(kTextColour);
        painter.drawText(QPointF(x + markWidth(entries[i].mark, line), y + metrics.ascent() / 2.5), entries[i].text);
    }
}

// A line through `points` (x: the period's index) with a dot at each.
void paintSeries(QPainter& painter, const QList<QPointF>& points, const std::function<QPointF(QPointF)>& at,
                 const QColor& colour, double width, double dot)
{
    QPainterPath path;
    for (const QPointF& p : points) {
        if (path.elementCount() == 0)
            path.moveTo(at(p));
        else
            path.lineTo(at(p));
    }
    painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    for (const QPointF& p : points)
        painter.drawEllipse(at(p), dot, dot);
}

} // namespace

void ProgressChart::paint(QPainter& painter, const QRectF& area, const QFont& font) const
{
    const Layout l = layout(area, font);
    const QFontMetricsF metrics(font);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, Qt::white);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(kTextColour);
    painter.drawText(l.title, Qt::AlignCenter, m_title);
    painter.setFont(font);
    paintLegend(painter, l.legendAt, l.line, metrics);
    paintAxes(painter, area, l, metrics);
    if (!m_names.isEmpty()) // else the title says there is nothing to show
        paintPeriods(painter, l, metrics);
    painter.restore();
}

void ProgressChart::paintAxes(QPainter& painter, const QRectF& area, const Layout& l, const QFontMetricsF& metrics) const
{
    // Percentages on the left with the grid; attempts, then stars, on the right.
    const QRectF& plot = l.plot;
    const double line = l.line;
    const double rightText = plot.right() + line * 0.3;
    const double starsText = area.right() - metrics.horizontalAdvance(QStringLiteral("3")) - line * 0.2;
    for (int tick = 0; tick < kRateTicks; ++tick) {
        const double percent = 100.0 * tick / (kRateTicks - 1);
        const double y = plot.bottom() - percent / 100.0 * plot.height();
        painter.setPen(QPen(kGridColour, 1.0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kTextColour);
        painter.drawText(QRectF(area.left(), y - line / 2.0, plot.left() - area.left() - line * 0.3, line),
                         Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1%").arg(qRound(percent)));
        if (!m_names.isEmpty())
            painter.drawText(QRectF(rightText, y - line / 2.0, starsText - rightText, line),
                             Qt::AlignLeft | Qt::AlignVCenter, QString::number(tick * l.perStep));
    }
    if (!m_names.isEmpty()) {
        painter.setPen(kStarsColour.darker(130));
        for (int stars = 0; stars <= 3; ++stars) {
            const double y = plot.bottom() - stars / 3.0 * plot.height();
            painter.drawText(QRectF(starsText, y - line / 2.0, area.right() - starsText, line),
                             Qt::AlignLeft | Qt::AlignVCenter, QString::number(stars));
        }
    }
    painter.setPen(QPen(kTextColour, 1.0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
}

void ProgressChart::paintPeriods(QPainter& painter, const Layout& l, const QFontMetricsF& metrics) const
{
    // Period i stands at the middle of the i-th of n equal slots.
    const QRectF& plot = l.plot;
    const double line = l.line;
    const double slot = plot.width() / double(m_names.size());
    const auto xOf = [&](qreal index) { return plot.left() + (index + 0.5) * slot; };
    const auto yOfRate = [&](double percent) { return plot.bottom() - percent / 100.0 * plot.height(); };
    const double top = double(l.perStep * (kRateTicks - 1));
    for (qsizetype i = 0; i < m_attempts.size(); ++i) {
        const double h = m_attempts[i] / top * plot.height();
        painter.fillRect(QRectF(xOf(qreal(i)) - slot * 0.3, plot.bottom() - h, slot * 0.6, h), kBarColour);
    }
    painter.setPen(QPen(kLearntColour, std::max(1.0, line / 10.0), Qt::DashLine));
    painter.drawLine(QPointF(plot.left(), yOfRate(kPractiseBelow * 100.0)),
                     QPointF(plot.right(), yOfRate(kPractiseBelow * 100.0)));
    // The stars, then the rate over everything: what the teacher reads first.
    paintSeries(
        painter, m_stars, [&](QPointF p) { return QPointF(xOf(p.x()), plot.bottom() - p.y() / 3.0 * plot.height()); },
        kStarsColour, std::max(1.5, line / 7.0), line / 6.0);
    paintSeries(
        painter, m_success, [&](QPointF p) { return QPointF(xOf(p.x()), yOfRate(p.y())); }, kRateColour,
        std::max(1.5, line / 6.0), line / 4.0);

    painter.setPen(kTextColour);
    for (qsizetype i = 0; i < l.labels.size(); ++i) {
        if (l.labels[i].isEmpty())
            continue;
        const double w = metrics.horizontalAdvance(l.labels[i]);
        if (l.turned) {
            painter.save();
            painter.translate(xOf(qreal(i)) + metrics.ascent() / 2.5, plot.bottom() + line * 0.4 + w);
            painter.rotate(-90);
            painter.drawText(QPointF(0, 0), l.labels[i]);
            painter.restore();
        } else {
            painter.drawText(QPointF(xOf(qreal(i)) - w / 2.0, plot.bottom() + line * 1.2), l.labels[i]);
        }
    }
}

QImage progressChart(const std::vector<ProgressPoint>& points, ProgressStep step, QSize size)
{
    size = size.expandedTo(kMinImageSize);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font = painter.font();
    font.setPixelSize(std::max(9, size.height() / 22));
    ProgressChart(points, step).paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), font);
    return image;
}

} // namespace dt::reports
