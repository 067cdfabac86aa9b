#pragma once
// Progress over time as a Qt Charts chart for the teacher's progress view: the share of
// attempts read as asked, per day or ISO week, as a line (left axis, 0-100%), the number of
// attempts as pale bars (right axis), the average stars as an amber line (its own right
// axis, 0-3), and a dashed line at 80%, above which a digit is
// learnt well enough to move on (dt::reports::kPractiseBelow). The same figures and
// periods as the report's chart (progress_chart.hpp); one point per period with
// attempts, in the reports' order.
//
// A chooser above the chart asks for all digits or one; the chart does not count, it shows
// the points it is given: whoever owns it listens to digitChanged() and gives it that
// digit's points (summarise() of that digit's attempts).
//
// Qt Charts stays inside: this header needs none of its headers, and what the chart shows
// can be read back as plain values (successPoints(), attemptCounts(), periodNames()).
//
// Example use:
//     auto* chart = new ProgressChartView(this);
//     chart->setProgress(summary.progress, summary.step);
//     connect(chart, &ProgressChartView::digitChanged, this, &Owner::showDigitOverTime);

#include <digit_tutor/progress/progress_summary.hpp>

#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

class ProgressChartView : public QWidget {
    Q_OBJECT
public:
    explicit ProgressChartView(QWidget* parent = nullptr);

    /// Shows `points` (in time order, as ProgressSummary::progress) of `step`; none shows
    /// empty axes titled "No attempts in this period".
    void setProgress(const std::vector<dt::reports::ProgressPoint>& points, dt::reports::ProgressStep step);

    /// The digit the chooser asks for, 0-9, or -1 for all digits.
    int digit() const;
    /// Chooses all digits (-1) or one (0-9); other values are ignored. Emits digitChanged()
    /// when the choice changes.
    void setDigit(int digit);
    QComboBox* digitChooser() const { return m_digit; }

    /// What the chart shows now: per period (x = its index), the success rate in percent,
    /// 0-100; the attempts; the periods' labels under the bars ("14 Jan" for a day, in the
    /// user's language, "2025-W03" for a week; "" for a period whose label is left out
    /// because the labels would not fit side by side: the latest period always has its
    /// label, and every label left out lies between two shown); the chart's title.
    QList<QPointF> successPoints() const;
    /// Per period (x = its index), the average stars, 0-3.
    QList<QPointF> starPoints() const;
    QList<qreal> attemptCounts() const;
    QStringList periodLabels() const;
    QString title() const;
    /// The periods as the reports name them ("2025-01-14", "2025-W03"), as a screen reader
    /// hears them (the chart's accessible description).
    QStringList periodNames() const { return m_names; }

signals:
    void digitChanged(int digit);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showPeriodLabels();

    QComboBox* m_digit = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QStringList m_labels;      ///< every period's label; showPeriodLabels() decides which are shown
    QStringList m_shownLabels; ///< per period, its label as shown, "" where left out
    QLineSeries* m_success = nullptr;
    QLineSeries* m_learnt = nullptr;
    QLineSeries* m_stars = nullptr;
    QBarSet* m_attempts = nullptr;
    QCategoryAxis* m_periods = nullptr;
    QValueAxis* m_rateAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
    QValueAxis* m_starsAxis = nullptr;
    QStringList m_names;
};
