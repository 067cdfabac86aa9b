#include <digit_tutor/teacher/progress_chart_view.hpp>

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using dt::reports::ProgressPoint;
using dt::reports::ProgressStep;

namespace {

// The report chart's colours (progress_chart.cpp), so the screen and the paper look alike.
const QColor kLineColour(0x1f, 0x4e, 0x9a);
const QColor kBarColour(0xc9, 0xd8, 0xee);
const QColor kLearntColour(0x3c, 0x8d, 0x40);
const QColor kStarsColour(0xe8, 0xa3, 0x17); // the practice page's stars

// Beyond this many periods the names are turned on their side so that they do not overlap.
constexpr int kUprightNamesUpTo = 8;
constexpr int kRateTicks = 6; // 0, 20, 40, 60, 80, 100%
// The chart's width outside its plot: the three value axes with their titles, and margins.
constexpr qreal kAxesWidth = 170.0;

} // namespace

ProgressChartView::ProgressChartView(QWidget* parent)
    : QWidget(parent)
{
    m_digit = new QComboBox(this);
    m_digit->addItem(tr("All digits"), -1);
    for (int d = 0; d < dt::reports::kDigitCount; ++d)
        m_digit->addItem(tr("Digit %1").arg(d), d);
    m_digit->setAccessibleName(tr("Which digit's progress the chart shows"));
    auto* digitLabel = new QLabel(tr("Chart &for:"), this);
    digitLabel->setBuddy(m_digit);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_attempts = new QBarSet(tr("Attempts"));
    m_attempts->setColor(kBarColour);
    m_attempts->setBorderColor(kBarColour.darker(120));
    auto* bars = new QBarSeries;
    bars->append(m_attempts);
    bars->setBarWidth(0.6);

    m_success = new QLineSeries;
    m_success->setName(tr("Read as asked"));
    QPen line(kLineColour);
    line.setWidthF(2.5);
    m_success->setPen(line);
    m_success->setPointsVisible(true);
    m_success->setMarkerSize(7.0);

    m_learnt = new QLineSeries;
    m_learnt->setName(tr("%1: learnt").arg(QLocale().toString(qRound(dt::reports::kPractiseBelow * 100.0)) +
                                           QLocale().percent()));
    QPen dashed(kLearntColour);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    m_learnt->setPen(dashed);

    m_stars = new QLineSeries;
    m_stars->setName(tr("Average stars"));
    QPen starsLine(kStarsColour);
    starsLine.setWidthF(2.0);
    m_stars->setPen(starsLine);
    m_stars->setPointsVisible(true);
    m_stars->setMarkerSize(5.0);

    // Bars first, so the lines are drawn over them.
    m_chart->addSeries(bars);
    m_chart->addSeries(m_learnt);
    m_chart->addSeries(m_stars);
    m_chart->addSeries(m_success);

    // A value axis with named points rather than a bar category axis: Qt draws a bar
    // category's label in its own category's width, an ellipsis when it does not fit,
    // however many neighbours are left blank; named points are placed where asked.
    m_periods = new QCategoryAxis;
    m_periods->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_rateAxis = new QValueAxis;
    m_rateAxis->setRange(0.0, 100.0);
    m_rateAxis->setTickCount(kRateTicks);
    m_rateAxis->setLabelFormat(QStringLiteral("%d%%"));
    m_rateAxis->setTitleText(tr("Read as asked"));
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTitleText(tr("Attempts"));
    m_countAxis->setGridLineVisible(false); // the percentages' grid is the one to read by
    m_chart->addAxis(m_periods, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_countAxis, Qt::AlignRight);
    m_starsAxis = new QValueAxis;
    m_starsAxis->setRange(0.0, 3.0);
    m_starsAxis->setTickCount(4);
    m_starsAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_starsAxis->setTitleText(tr("Stars"));
    m_starsAxis->setGridLineVisible(false);
    m_chart->addAxis(m_starsAxis, Qt::AlignRight);
    m_stars->attachAxis(m_periods);
    m_stars->attachAxis(m_starsAxis);
    bars->attachAxis(m_periods);
    bars->attachAxis(m_countAxis);
    for (QLineSeries* series : {m_success, m_learnt}) {
        series->attachAxis(m_periods);
        series->attachAxis(m_rateAxis);
    }

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    m_view->setAccessibleName(tr("Progress over time"));

    auto* top = new QHBoxLayout;
    top->addWidget(digitLabel);
    top->addWidget(m_digit);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_digit, &QComboBox::currentIndexChanged, this, [this] { emit digitChanged(digit()); });
    setProgress({}, ProgressStep::Day);
}

int ProgressChartView::digit() const { return m_digit->currentData().toInt(); }

void ProgressChartView::setDigit(int digit)
{
    const int index = m_digit->findData(digit);
    if (index >= 0)
        m_digit->setCurrentIndex(index);
}

void ProgressChartView::setProgress(const std::vector<ProgressPoint>& points, ProgressStep step)
{
    const QLocale locale;
    const bool weekly = step == ProgressStep::Week;
    const int d = digit();
    QString title = weekly ? tr("Read as asked, stars and attempts, per week") : tr("Read as asked, stars and attempts, per day");
    if (d >= 0)
        title = weekly ? tr("Digit %1: read as asked, stars and attempts, per week").arg(d)
                       : tr("Digit %1: read as asked, stars and attempts, per day").arg(d);
    if (points.empty())
        title = d >= 0 ? tr("Digit %1: no attempts in this period").arg(d) : tr("No attempts in this period");
    m_chart->setTitle(title);

    QStringList names;
    QStringList labels;
    QList<QPointF> rates;
    QList<QPointF> stars;
    QList<qreal> counts;
    QStringList spoken;
    int most = 0;
    for (const ProgressPoint& p : points) {
        const QString name = dt::reports::progressPeriodName(p.start, step);
        rates.append(QPointF(qreal(names.size()), p.successRate() * 100.0));
        stars.append(QPointF(qreal(names.size()), p.averageStars()));
        counts.append(p.attempts);
        names.append(name);
        // Under the bars a day says only its day and month ("14 Jan"): the overview above
        // gives the year, and a short label stays readable when there are many.
        labels.append(weekly ? name : locale.toString(p.start, QStringLiteral("d MMM")));
        most = std::max(most, p.attempts);
        spoken.append(tr("%1: %2 of %3 read as asked")
                          .arg(name, locale.toString(p.successes), locale.toString(p.attempts)));
    }
    m_names = names;
    m_labels = labels;
    showPeriodLabels();
    m_success->replace(rates);
    m_stars->replace(stars);
    m_attempts->remove(0, m_attempts->count());
    m_attempts->append(counts);
    m_learnt->clear();
    if (!names.isEmpty()) {
        const qreal learnt = dt::reports::kPractiseBelow * 100.0;
        m_learnt->append(-0.5, learnt);
        m_learnt->append(qreal(names.size()) - 0.5, learnt);
    }
    // Whole attempts on the same ticks as the percentages (0, 20, ... 100%): the axis
    // ends on the first multiple of its five steps that holds the most attempts.
    const int steps = kRateTicks - 1;
    const int perStep = std::max(1, (most + steps - 1) / steps);
    m_countAxis->setRange(0.0, perStep * steps);
    m_countAxis->setTickCount(kRateTicks);
    m_view->setAccessibleDescription(spoken.isEmpty() ? title
                                                      : title + QStringLiteral(". ") + spoken.join(QStringLiteral("; ")));
}

QList<QPointF> ProgressChartView::successPoints() const { return m_success->points(); }
QList<QPointF> ProgressChartView::starPoints() const { return m_stars->points(); }

QList<qreal> ProgressChartView::attemptCounts() const
{
    QList<qreal> counts;
    for (int i = 0; i < m_attempts->count(); ++i)
        counts.append(m_attempts->at(i));
    return counts;
}

QStringList ProgressChartView::periodLabels() const { return m_shownLabels; }

void ProgressChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showPeriodLabels();
}

void ProgressChartView::showPeriodLabels()
{
    const qsizetype n = m_labels.size();
    const bool turned = n > kUprightNamesUpTo;
    // Turned labels stand side by side, a line's height each; upright ones a label's width.
    // When they do not fit, every stride-th is shown, counted back from the latest period,
    // which a teacher looks at first.
    const QFontMetricsF metrics(m_periods->labelsFont());
    qreal perLabel = metrics.height() + 6.0;
    if (!turned)
        for (const QString& label : m_labels)
            perLabel = std::max(perLabel, metrics.horizontalAdvance(label) + 12.0);
    const qreal plotWidth = std::max<qreal>(80.0, m_view->width() - kAxesWidth);
    const qsizetype stride = std::max<qsizetype>(1, qsizetype(std::ceil(qreal(n) * perLabel / plotWidth)));
    QStringList shown;
    for (qsizetype i = 0; i < n; ++i)
        shown.append((n - 1 - i) % stride == 0 ? m_labels[i] : QString());
    if (shown == m_shownLabels && m_periods->labelsAngle() == (turned ? -90 : 0))
        return;
    m_shownLabels = shown;
    for (const QString& label : m_periods->categoriesLabels())
        m_periods->remove(label);
    // Period i is drawn at x = i; each shown label names its period's point.
    m_periods->setStartValue(-0.5);
    for (qsizetype i = 0; i < n; ++i)
        if (!shown[i].isEmpty())
            m_periods->append(shown[i], qreal(i));
    m_periods->setRange(-0.5, qreal(std::max<qsizetype>(n, 1)) - 0.5);
    // Without periods the axis would still draw the last ones' labels and grid.
    m_periods->setVisible(n > 0);
    m_periods->setLabelsAngle(turned ? -90 : 0);
}

QString ProgressChartView::title() const { return m_chart->title(); }
