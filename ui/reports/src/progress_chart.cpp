#include <digit_tutor/reports/progress_chart.hpp>
#include <digit_tutor/reports/report_text.hpp>

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace dt::reports {

namespace {

constexpr QSize kMinSize(200, 100);
constexpr int kMaxDateLabels = 7;
const QColor kRateColour(0x1f, 0x4e, 0x9a);
const QColor kBarColour(0xc9, 0xd6, 0xe8);
const QColor kGoalColour(0x2e, 0x8b, 0x57);
const QColor kGridColour(0xdd, 0xdd, 0xdd);
const QColor kTextColour(0x33, 0x33, 0x33);

QString dateLabel(const QDate& start, ProgressStep step)
{
    if (step == ProgressStep::Week)
        return ReportText::tr("week %1").arg(start.weekNumber());
    return QLocale().toString(start, QStringLiteral("d MMM"));
}

// A round step for the attempts axis: 1, 2, 5, 10, 20, ... so that the top is a number a
// teacher reads at a glance.
int niceTop(int maxAttempts)
{
    for (long long magnitude = 1;; magnitude *= 10)
        for (long long f : {1, 2, 5})
            if (f * magnitude >= maxAttempts)
                return int(std::min<long long>(f * magnitude, std::numeric_limits<int>::max()));
}

} // namespace

QImage progressChart(const std::vector<ProgressPoint>& points, ProgressStep step, QSize size)
{
    size = size.expandedTo(kMinSize);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    QFont font = painter.font();
    font.setPixelSize(std::max(9, size.height() / 20));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double line = metrics.height();

    const QRectF plot(metrics.horizontalAdvance(QStringLiteral("100%")) + line, line * 2.0,
                      size.width() - 2.0 * metrics.horizontalAdvance(QStringLiteral("100%")) - 2.0 * line,
                      size.height() - line * 4.0);
    const auto yOfRate = [&](double rate) { return plot.bottom() - rate * plot.height(); };

    // Legend on the top line.
    double x = plot.left();
    const double legendY = line * 0.9;
    painter.setPen(QPen(kRateColour, line / 5.0));
    painter.drawLine(QPointF(x, legendY - line / 3.0), QPointF(x + line * 1.5, legendY - line / 3.0));
    x += line * 2.0;
    painter.setPen(kTextColour);
    const QString rateName = ReportText::tr("success rate");
    painter.drawText(QPointF(x, legendY), rateName);
    x += metrics.horizontalAdvance(rateName) + line * 1.5;
    painter.fillRect(QRectF(x, legendY - line * 0.75, line * 0.8, line * 0.8), kBarColour);
    x += line * 1.3;
    const QString attemptsName = ReportText::tr("attempts");
    painter.drawText(QPointF(x, legendY), attemptsName);
    x += metrics.horizontalAdvance(attemptsName) + line * 1.5;
    painter.setPen(QPen(kGoalColour, line / 10.0, Qt::DashLine));
    painter.drawLine(QPointF(x, legendY - line / 3.0), QPointF(x + line * 1.5, legendY - line / 3.0));
    x += line * 2.0;
    painter.setPen(kTextColour);
    painter.drawText(QPointF(x, legendY), ReportText::tr("learnt (%1%)").arg(qRound(kPractiseBelow * 100)));

    // Left axis: the rate, every 25%.
    for (int percent = 0; percent <= 100; percent += 25) {
        const double y = yOfRate(percent / 100.0);
        painter.setPen(QPen(kGridColour, 1.0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kTextColour);
        painter.drawText(QRectF(0, y - line / 2.0, plot.left() - line / 3.0, line), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1%").arg(percent));
    }

    if (points.empty()) {
        painter.drawText(plot, Qt::AlignCenter, ReportText::tr("No attempts in this period"));
        return image;
    }

    // Right axis: attempts, from 0 to a round top.
    int maxAttempts = 1;
    for (const ProgressPoint& p : points)
        maxAttempts = std::max(maxAttempts, p.attempts);
    const int top = niceTop(maxAttempts);
    std::vector<int> ticks = {0, top};
    if (top % 2 == 0)
        ticks.push_back(top / 2);
    for (int n : ticks) {
        const double y = plot.bottom() - double(n) / top * plot.height();
        painter.drawText(QRectF(plot.right() + line / 3.0, y - line / 2.0, size.width() - plot.right(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(n));
    }

    // Periods placed by date; the slot is the narrowest gap, so bars never overlap.
    const QDate first = points.front().start, last = points.back().start;
    const qint64 span = std::max<qint64>(1, first.daysTo(last));
    qint64 gap = step == ProgressStep::Week ? 7 : 1;
    const double inner = plot.width() - line * 2.0;
    const auto xOf = [&](const QDate& d) {
        return points.size() > 1 ? plot.left() + line + inner * double(first.daysTo(d)) / double(span)
                                 : plot.center().x();
    };
    for (std::size_t i = 1; i < points.size(); ++i)
        gap = std::min(gap, points[i - 1].start.daysTo(points[i].start));
    const double slot = points.size() > 1 ? inner * double(gap) / double(span) : line * 2.0;
    const double barWidth = std::clamp(slot * 0.6, 2.0, line * 2.0);
    for (const ProgressPoint& p : points) {
        const double h = double(p.attempts) / top * plot.height();
        painter.fillRect(QRectF(xOf(p.start) - barWidth / 2.0, plot.bottom() - h, barWidth, h), kBarColour);
    }

    // The goal line over the bars, the rate line over everything.
    painter.setPen(QPen(kGoalColour, std::max(1.0, line / 10.0), Qt::DashLine));
    painter.drawLine(QPointF(plot.left(), yOfRate(kPractiseBelow)), QPointF(plot.right(), yOfRate(kPractiseBelow)));

    QPainterPath rateLine;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF at(xOf(points[i].start), yOfRate(points[i].successRate()));
        if (i == 0)
            rateLine.moveTo(at);
        else
            rateLine.lineTo(at);
    }
    painter.setPen(QPen(kRateColour, std::max(1.5, line / 6.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(rateLine);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kRateColour);
    for (const ProgressPoint& p : points)
        painter.drawEllipse(QPointF(xOf(p.start), yOfRate(p.successRate())), line / 4.0, line / 4.0);

    // Dates under the axis: the first, the last and evenly spaced ones between that do not collide.
    painter.setPen(QPen(kTextColour, 1.0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const std::size_t every = std::max<std::size_t>(1, (points.size() + kMaxDateLabels - 1) / kMaxDateLabels);
    double freeFrom = -1e9;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i % every != 0 && i + 1 != points.size())
            continue;
        const QString label = dateLabel(points[i].start, step);
        const double w = metrics.horizontalAdvance(label);
        const double left = std::clamp(xOf(points[i].start) - w / 2.0, 0.0, size.width() - w);
        if (left < freeFrom)
            continue;
        painter.drawText(QPointF(left, plot.bottom() + line * 1.2), label);
        freeFrom = left + w + line;
    }
    return image;
}

} // namespace dt::reports
