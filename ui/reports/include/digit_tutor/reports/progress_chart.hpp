#pragma once
// Progress over time as one chart, drawn with QPainter by this code alone for the teacher's
// screen (teacher/progress_chart_view.hpp) and for the reports (PDF, HTML): per day or ISO
// week with attempts, the share read as asked as a blue line (left axis, 0-100%), the
// number of attempts as pale bars (right axis, on the same ticks), the average stars as an
// amber line (its own right axis, 0-3), and a dashed green line at kPractiseBelow (80%),
// above which a digit is learnt well enough to move on. Periods stand side by side in time
// order; each bar's label names its day ("14 Jan") or week ("2025-W03"). When the labels do
// not fit side by side every few are left out, counted back from the latest (which a
// teacher looks at first), so the shown ones are evenly spaced; beyond kUprightLabelsUpTo
// periods they are turned on their side.
//
// Example use:
//   const dt::reports::ProgressChart chart(summary.progress, summary.step);
//   QImage page = dt::reports::progressChart(summary.progress, summary.step, {1200, 480});
//   // or, in a widget's paintEvent: chart.paint(painter, rect(), font());

#include <digit_tutor/progress/progress_summary.hpp>

#include <QFont>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QStringList>

#include <vector>

class QFontMetricsF;
class QPainter;

namespace dt::reports {

class ProgressChart {
public:
    /// Beyond this many periods the labels are turned on their side.
    static constexpr int kUprightLabelsUpTo = 8;

    ProgressChart() = default;
    /// `points` in time order, as ProgressSummary::progress; `digit` 0-9 titles the chart
    /// for that digit, -1 for all digits.
    ProgressChart(const std::vector<ProgressPoint>& points, ProgressStep step, int digit = -1);

    /// "Read as asked, stars and attempts, per day", "Digit 7: ...", or "No attempts in
    /// this period" when there are none.
    const QString& title() const { return m_title; }
    /// Per period (x = its index), the share read as asked in percent, 0-100.
    const QList<QPointF>& successPoints() const { return m_success; }
    /// Per period (x = its index), the average stars, 0-3.
    const QList<QPointF>& starPoints() const { return m_stars; }
    const QList<qreal>& attemptCounts() const { return m_attempts; }
    /// The periods as the reports name them ("2025-01-14", "2025-W03").
    const QStringList& periodNames() const { return m_names; }
    /// What a screen reader says for the chart: the title, then each period's figures.
    QString spokenDescription() const;

    /// Each period's label as drawn in `area` with `font`: "" for a label left out because
    /// the labels would not fit side by side. The latest period always has its label, and
    /// every label left out lies between two shown.
    QStringList shownLabels(const QRectF& area, const QFont& font) const;

    /// The texts that would not fit in `area` drawn with `font` (the title, a legend entry
    /// wider than the area): none when it is large enough. The legend takes as many rows as
    /// it needs, so a narrow area costs height before anything is cut.
    QStringList cutTexts(const QRectF& area, const QFont& font) const;

    /// Draws the chart into `area` (a white background included), its text in `font`.
    void paint(QPainter& painter, const QRectF& area, const QFont& font) const;

private:
    struct Layout;
    Layout layout(const QRectF& area, const QFont& font) const;
    void paintAxes(QPainter& painter, const QRectF& area, const Layout& l, const QFontMetricsF& metrics) const;
    void paintPeriods(QPainter& painter, const Layout& l, const QFontMetricsF& metrics) const;

    QString m_title;
    QList<QPointF> m_success;
    QList<QPointF> m_stars;
    QList<qreal> m_attempts;
    QStringList m_names;
    QStringList m_labels; ///< every period's label, before any is left out
    QStringList m_spoken; ///< per period, its figures in words
    int m_mostAttempts = 0;
};

/// The chart as an image for a report, `size` pixels (Format_RGB32), its text at a size
/// relative to the height, so draw it at twice the size it is shown at for a sharp print.
/// `size` below 200x100 is taken as 200x100. Precondition: a QGuiApplication exists (text
/// needs its fonts).
QImage progressChart(const std::vector<ProgressPoint>& points, ProgressStep step, QSize size);

} // namespace dt::reports
