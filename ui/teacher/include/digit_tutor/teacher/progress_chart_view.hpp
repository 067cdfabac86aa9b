#pragma once
// Progress over time in the teacher's progress view: the reports' own chart
// (dt::reports::ProgressChart, the same code as in the PDF and HTML), drawn at the
// widget's size in its font, with a chooser above it for all digits or one.
//
// The chart does not count, it shows the points it is given: whoever owns it listens to
// digitChanged() and gives it that digit's points (summarise() of that digit's attempts).
// What it shows can be read back as plain values (successPoints(), periodLabels(), ...),
// and a screen reader hears every period's figures (the accessible description).
//
// Example use:
//     auto* chart = new ProgressChartView(this);
//     chart->setProgress(summary.progress, summary.step);
//     connect(chart, &ProgressChartView::digitChanged, this, &Owner::showDigitOverTime);

#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/reports/progress_chart.hpp>

#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
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

    /// What the chart shows now (dt::reports::ProgressChart): per period (x = its index),
    /// the success rate in percent, 0-100.
    QList<QPointF> successPoints() const { return m_chart.successPoints(); }
    /// Per period (x = its index), the average stars, 0-3.
    QList<QPointF> starPoints() const { return m_chart.starPoints(); }
    QList<qreal> attemptCounts() const { return m_chart.attemptCounts(); }
    /// The periods' labels under the bars at the chart's present size ("14 Jan" for a day,
    /// in the user's language, "2025-W03" for a week; "" for a label left out because the
    /// labels would not fit side by side).
    QStringList periodLabels() const;
    QString title() const { return m_chart.title(); }
    /// The texts that do not fit the chart's present size (ProgressChart::cutTexts).
    QStringList cutTexts() const;
    /// Where the chart is drawn: grows with the view.
    QWidget* canvas() const { return m_canvas; }
    /// The periods as the reports name them ("2025-01-14", "2025-W03").
    QStringList periodNames() const { return m_chart.periodNames(); }

signals:
    void digitChanged(int digit);

private:
    QComboBox* m_digit = nullptr;
    QWidget* m_canvas = nullptr;
    dt::reports::ProgressChart m_chart;
};
