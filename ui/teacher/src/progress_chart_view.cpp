#include <digit_tutor/teacher/progress_chart_view.hpp>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <functional>
#include <utility>

namespace {

// Paints what it is told to, at its own size.
class ChartCanvas : public QWidget {
public:
    ChartCanvas(std::function<void(QPainter&, const QRectF&, const QFont&)> paint, QWidget* parent)
        : QWidget(parent)
        , m_paint(std::move(paint))
    {
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        m_paint(painter, QRectF(rect()), font());
    }

private:
    std::function<void(QPainter&, const QRectF&, const QFont&)> m_paint;
};

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

    m_canvas = new ChartCanvas(
        [this](QPainter& painter, const QRectF& area, const QFont& font) { m_chart.paint(painter, area, font); }, this);
    m_canvas->setMinimumSize(320, 220);
    m_canvas->setAccessibleName(tr("Progress over time"));

    auto* top = new QHBoxLayout;
    top->addWidget(digitLabel);
    top->addWidget(m_digit);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_canvas, 1);

    connect(m_digit, &QComboBox::currentIndexChanged, this, [this] { emit digitChanged(digit()); });
    setProgress({}, dt::reports::ProgressStep::Day);
}

int ProgressChartView::digit() const { return m_digit->currentData().toInt(); }

void ProgressChartView::setDigit(int digit)
{
    const int index = m_digit->findData(digit);
    if (index >= 0)
        m_digit->setCurrentIndex(index);
}

void ProgressChartView::setProgress(const std::vector<dt::reports::ProgressPoint>& points, dt::reports::ProgressStep step)
{
    m_chart = dt::reports::ProgressChart(points, step, digit());
    m_canvas->setAccessibleDescription(m_chart.spokenDescription());
    m_canvas->update();
}

QStringList ProgressChartView::cutTexts() const { return m_chart.cutTexts(QRectF(m_canvas->rect()), m_canvas->font()); }

QStringList ProgressChartView::periodLabels() const { return m_chart.shownLabels(QRectF(m_canvas->rect()), m_canvas->font()); }
