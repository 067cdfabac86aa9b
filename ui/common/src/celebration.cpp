#include <digit_tutor/common/celebration.hpp>

#include <digit_tutor/common/child_style.hpp>
#include <digit_tutor/common/star_shape.hpp>

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <random>

namespace {

constexpr double kGravity = 1.1; // shares of the height per second squared
constexpr unsigned kSeed = 20261206;
constexpr int kThreeStarsParticles = 70;
constexpr int kDigitLearntParticles = 140;

std::array<QColor, 5> confettiColours()
{
    using namespace dt::ui::childColours;
    return {green(), blue(), orange(), purple(), yellow()};
}

/// The learnt digit's big star at `done` (0..1) of the celebration: it grows over the first
/// 35% with a bounce to 30% of the shorter side.
double bigStarRadius(double done, double shorter)
{
    const double grow = std::min(1.0, done / 0.35);
    const double bounce = 1.0 + 0.12 * std::sin(grow * std::numbers::pi);
    return 0.3 * shorter * grow * bounce;
}

/// 0 at the start, 1 at the end: how far a celebration is.
double fraction(double seconds, int durationMs) { return std::clamp(seconds * 1000.0 / durationMs, 0.0, 1.0); }

} // namespace

Celebration::Celebration(QWidget* parent)
    : QWidget(parent)
{
    Q_ASSERT(parent);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    m_timer.setInterval(kFrameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Celebration::tick);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

int Celebration::durationMs(Kind kind) { return kind == Kind::ThreeStars ? 1500 : 2500; }

void Celebration::celebrate(Celebration::Kind kind)
{
    m_kind = kind;
    // The same burst every time: a seeded generator, not the clock.
    std::mt19937 random(kSeed + unsigned(kind));
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const bool big = kind == Kind::DigitLearnt;
    const int count = big ? kDigitLearntParticles : kThreeStarsParticles;
    m_particles.clear();
    m_particles.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        Particle p;
        // Two fountains from the lower corners (and, for a learnt digit, the middle too),
        // thrown up and inwards.
        const int fountain = big ? i % 3 : i % 2;
        const double side = fountain == 0 ? -1.0 : fountain == 1 ? 1.0 : 0.0;
        p.origin = QPointF(side == 0.0 ? 0.5 : 0.5 + 0.45 * side, 1.02);
        const double speed = (big ? 1.3 : 1.1) + 0.8 * unit(random);
        // Straight up, tilted towards the middle by 6 to 46 degrees (cos > 0 is rightwards).
        const double angle = std::numbers::pi / 2.0 + (side == 0.0 ? 0.5 * (unit(random) - 0.5)
                                                                    : side * (0.1 + 0.7 * unit(random)));
        p.velocity = QPointF(speed * std::cos(angle) * 0.6, -speed * std::sin(angle));
        p.spin = 360.0 * (unit(random) - 0.5) * 2.0;
        p.size = 0.018 + 0.016 * unit(random);
        p.colour = int(unit(random) * 5) % 5;
        p.shape = int(unit(random) * 3) % 3;
        p.delay = 0.35 * unit(random);
        m_particles.push_back(p);
    }
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_clock.start();
    m_lastCovered = rect();
    m_timer.start();
    update();
}

void Celebration::stop()
{
    m_timer.stop();
    m_particles.clear();
    hide();
}

void Celebration::finish()
{
    if (!isRunning())
        return;
    stop();
    emit finished();
}

double Celebration::elapsedSeconds() const { return m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0; }

void Celebration::tick()
{
    const double t = elapsedSeconds();
    if (t * 1000.0 >= durationMs(m_kind)) {
        finish();
        return;
    }
    // Only where the particles were and are: the widgets underneath repaint just that.
    const QRect now = coveredAt(t);
    update(now.united(m_lastCovered));
    m_lastCovered = now;
}

QRect Celebration::coveredAt(double t) const
{
    const double w = width();
    const double h = height();
    const double margin = 0.04 * std::min(w, h) + 4.0;
    double left = w, top = h, right = 0.0, bottom = 0.0;
    for (const Particle& p : m_particles) {
        const double s = std::max(0.0, t - p.delay);
        const double x = (p.origin.x() + p.velocity.x() * s) * w;
        const double y = (p.origin.y() + p.velocity.y() * s + 0.5 * kGravity * s * s) * h;
        left = std::min(left, x);
        right = std::max(right, x);
        top = std::min(top, y);
        bottom = std::max(bottom, y);
    }
    QRectF covered = right < left ? QRectF()
                                  : QRectF(QPointF(left - margin, top - margin), QPointF(right + margin, bottom + margin));
    if (m_kind == Kind::DigitLearnt) {
        // The big star in the middle, with room for its outline.
        const double r = 1.1 * bigStarRadius(fraction(t, durationMs(m_kind)), std::min(w, h)) + margin;
        covered = covered.united(QRectF(w / 2.0 - r, h / 2.0 - r, 2.0 * r, 2.0 * r));
    }
    return covered.toAlignedRect() & rect();
}

void Celebration::paintEvent(QPaintEvent*)
{
    if (!isRunning())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double t = elapsedSeconds();
    const double done = fraction(t, durationMs(m_kind));
    const double w = width();
    const double h = height();
    const double shorter = std::min(w, h);
    const auto colours = confettiColours();
    // Everything fades out over the last fifth.
    const double fade = std::clamp((1.0 - done) / 0.2, 0.0, 1.0);

    if (m_kind == Kind::DigitLearnt) {
        // A large star grows in the middle with a bounce, turning a little.
        const double grow = std::min(1.0, done / 0.35);
        const double r = bigStarRadius(done, shorter);
        painter.save();
        painter.setOpacity(fade);
        painter.translate(w / 2.0, h / 2.0);
        painter.rotate(-20.0 * (1.0 - grow));
        painter.setPen(QPen(dt::ui::childColours::orange(), std::max(3.0, 0.04 * r), Qt::SolidLine, Qt::RoundCap,
                            Qt::RoundJoin));
        painter.setBrush(dt::ui::childColours::yellow());
        painter.drawPath(dt::ui::starShape(r));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 150));
        painter.drawEllipse(QPointF(-0.28 * r, -0.12 * r), 0.13 * r, 0.08 * r);
        painter.restore();
    }

    // Each particle in its own place and turn, drawn at unit size: one transform a particle
    // and shapes made once, which keeps ~150 of them well under a millisecond.
    static const QPainterPath unitStar = dt::ui::starShape(1.0);
    static const QRectF ribbon(-1.0, -1.0 / 3.0, 2.0, 2.0 / 3.0);
    painter.setPen(Qt::NoPen);
    painter.setOpacity(fade);
    for (const Particle& p : m_particles) {
        const double s = t - p.delay;
        if (s < 0.0)
            continue;
        const QPointF at((p.origin.x() + p.velocity.x() * s) * w,
                         (p.origin.y() + p.velocity.y() * s + 0.5 * kGravity * s * s) * h);
        const double size = p.size * shorter;
        QTransform place;
        place.translate(at.x(), at.y());
        place.rotate(p.spin * s);
        place.scale(size, size);
        painter.setTransform(place);
        painter.setBrush(colours[std::size_t(p.colour)]);
        switch (p.shape) {
        case 0: painter.drawRoundedRect(ribbon, 0.25, 0.25); break;
        case 1: painter.drawEllipse(QPointF(), 1.0 / 1.6, 1.0 / 1.6); break;
        default: painter.drawPath(unitStar); break;
        }
    }
}

bool Celebration::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}
