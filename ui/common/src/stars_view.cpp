#include <digit_tutor/common/stars_view.hpp>

#include <digit_tutor/common/child_style.hpp>
#include <digit_tutor/common/star_shape.hpp>

#include <QEvent>
#include <QEasingCurve>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr double kStartScale = 0.2;
constexpr double kSpinDegrees = -72.0; // one point's turn: it lands upright
/// The middle star is a little bigger and higher, as on a podium.
constexpr double kMiddleScale = 1.18;

} // namespace

StarsView::StarsView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setDuration(kArrivalMs);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        if (m_arriving >= 0) {
            m_progress[std::size_t(m_arriving)] = value.toDouble();
            update();
        }
    });
    connect(&m_animation, &QVariantAnimation::finished, this, &StarsView::arrivalFinished);
    describe();
}

void StarsView::describe()
{
    setAccessibleName(tr("Stars"));
    updateDescription();
}

QSize StarsView::sizeHint() const { return {300, 110}; }
QSize StarsView::minimumSizeHint() const { return {120, 48}; }

bool StarsView::isAnimating() const { return m_arriving >= 0; }

void StarsView::setStars(int n, bool animate)
{
    clear();
    m_stars = std::clamp(n, 0, kMaxStars);
    if (animate && m_stars > 0) {
        startArrival(0);
    } else {
        for (int i = 0; i < m_stars; ++i)
            m_progress[std::size_t(i)] = 1.0;
    }
    updateDescription();
    update();
}

void StarsView::clear()
{
    m_arriving = -1;
    m_animation.stop();
    m_progress.fill(0.0);
    m_stars = -1;
    updateDescription();
    update();
}

void StarsView::finishAnimation()
{
    if (m_arriving < 0)
        return;
    const int from = m_arriving;
    m_arriving = -1;
    m_animation.stop();
    for (int i = from; i < m_stars; ++i) {
        m_progress[std::size_t(i)] = 1.0;
        emit starArrived(i);
    }
    update();
}

void StarsView::startArrival(int index)
{
    m_arriving = index;
    m_progress[std::size_t(index)] = 0.0;
    m_animation.start();
}

void StarsView::arrivalFinished()
{
    if (m_arriving < 0)
        return;
    const int landed = m_arriving;
    m_progress[std::size_t(landed)] = 1.0;
    if (landed + 1 < m_stars)
        startArrival(landed + 1);
    else
        m_arriving = -1;
    update();
    emit starArrived(landed);
}

void StarsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}

void StarsView::updateDescription()
{
    setAccessibleDescription(m_stars < 0 ? QString() : tr("%n star(s)", nullptr, m_stars));
}

void StarsView::paintEvent(QPaintEvent*)
{
    if (m_stars < 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Three slots side by side; a star's radius fits its slot and the height, the middle
    // one's too.
    const double slot = width() / double(kMaxStars);
    const double radius = std::min(slot * 0.42, height() * 0.44 / kMiddleScale);
    static const QEasingCurve grow(QEasingCurve::OutBack);
    static const QEasingCurve turn(QEasingCurve::OutCubic);
    for (int i = 0; i < kMaxStars; ++i) {
        const bool middle = i == 1;
        const double r = radius * (middle ? kMiddleScale : 1.0);
        const QPointF centre(slot * (i + 0.5), height() / 2.0 + (middle ? -0.12 : 0.08) * radius);
        const double outline = std::max(2.0, 0.09 * r);
        painter.save();
        painter.translate(centre);
        // The empty place, always: an unearned star, or where an earned one will land.
        painter.setPen(QPen(dt::ui::childColours::softGrey(), outline, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QColor empty = dt::ui::childColours::softGrey();
        empty.setAlpha(70);
        painter.setBrush(empty);
        painter.drawPath(dt::ui::starShape(r - outline / 2.0));
        const double t = m_progress[std::size_t(i)];
        if (i < m_stars && t > 0.0) {
            painter.rotate(kSpinDegrees * (1.0 - turn.valueForProgress(t)));
            painter.scale(kStartScale + (1.0 - kStartScale) * grow.valueForProgress(t),
                          kStartScale + (1.0 - kStartScale) * grow.valueForProgress(t));
            painter.setPen(QPen(dt::ui::childColours::orange(), outline, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(dt::ui::childColours::yellow());
            painter.drawPath(dt::ui::starShape(r - outline / 2.0));
            // A soft shine on the upper left point, as stickers have.
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 150));
            painter.drawEllipse(QPointF(-0.28 * r, -0.12 * r), 0.13 * r, 0.08 * r);
        }
        painter.restore();
    }
}
