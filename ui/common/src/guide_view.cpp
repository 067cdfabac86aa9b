#include <digit_tutor/common/guide_view.hpp>

#include <digit_tutor/common/child_style.hpp>
#include <digit_tutor/common/turn_round.hpp>
#include <digit_tutor/common/writing_lines.hpp>

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kSide = 28;
/// The contrast curve on the grey normalised by its maximum: below kInkFrom nothing (the
/// blur's tails), above kInkTo solid ink (the stroke's core). Narrower than 0.25..0.6,
/// which left edges a whole guide pixel wide: blurred at the canvas's size.
constexpr double kInkFrom = 0.3;
constexpr double kInkTo = 0.5;

double smoothstep(double from, double to, double x)
{
    const double t = std::clamp((x - from) / (to - from), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

} // namespace

GuideView::GuideView(QWidget* parent)
    : QWidget(parent)
    , m_turn(new TurnRound(this))
{
    connect(m_turn, &TurnRound::changed, this, qOverload<>(&QWidget::update));
    connect(m_turn, &TurnRound::finished, this, &GuideView::turnedRound);
    setMinimumSize(120, 120);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    describe();
}

void GuideView::describe()
{
    setAccessibleName(tr("Guide"));
    setAccessibleDescription(tr("A picture of how the digit is usually written."));
}

void GuideView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        describe();
    QWidget::changeEvent(event);
}


QSize GuideView::sizeHint() const { return {200, 200}; }

QImage GuideView::inkImage(const std::vector<float>& pixels)
{
    if (pixels.size() != std::size_t(kSide * kSide))
        return {};
    QImage image(kSide, kSide, QImage::Format_Grayscale8);
    for (int y = 0; y < kSide; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < kSide; ++x) {
            const float v = pixels[std::size_t(y * kSide + x)];
            line[x] = uchar(std::lround(std::isfinite(v) ? std::clamp(v, 0.0f, 255.0f) : 0.0f));
        }
    }
    return image;
}

QImage GuideView::colouredInk(const std::vector<float>& pixels, const QColor& colour, int side)
{
    return colouredInk(inkImage(pixels), colour, side);
}

QImage GuideView::colouredInk(const QImage& whiteOnBlack, const QColor& colour, int side)
{
    if (whiteOnBlack.isNull() || side <= 0)
        return {};
    // Scaled up first, the curve after: the edges are then as smooth as the grey, not
    // 28 steps wide.
    const QImage grey = whiteOnBlack.convertToFormat(QImage::Format_Grayscale8)
                            .scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    int peak = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        peak = std::max(peak, int(*std::max_element(line, line + grey.width())));
    }
    QImage out(grey.size(), QImage::Format_ARGB32);
    if (peak == 0) { // no ink: nothing to show, but a picture all the same
        out.fill(Qt::transparent);
        return out;
    }
    const QRgb rgb = colour.rgb() & 0x00ffffff;
    const double alpha = colour.alphaF();
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* in = grey.constScanLine(y);
        auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < grey.width(); ++x) {
            const double a = alpha * smoothstep(kInkFrom, kInkTo, double(in[x]) / peak);
            line[x] = rgb | (QRgb(std::lround(255.0 * a)) << 24);
        }
    }
    return out;
}

void GuideView::setGuide(const std::vector<float>& pixels)
{
    setGuide(inkImage(pixels));
}

void GuideView::setOpacity(double opacity)
{
    m_opacity = std::isnan(opacity) ? 1.0 : std::clamp(opacity, 0.0, 1.0);
    update();
}

void GuideView::setGuide(const QImage& image)
{
    if (image.isNull()) {
        clearGuide();
        return;
    }
    m_image = colouredInk(image, dt::ui::childColours::guideInk());
    update();
}

void GuideView::clearGuide()
{
    m_image = QImage();
    update();
}

void GuideView::setFormation(const dt::ui::FormationStrokes& strokes)
{
    m_formation = strokes;
    if (m_formationShown)
        update();
}

void GuideView::setFormationShown(bool shown)
{
    if (shown == m_formationShown)
        return;
    m_formationShown = shown;
    update();
}

void GuideView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double side = std::min(width(), height()) - 2.0;
    const QRectF card((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    const double corner = 0.08 * side;
    painter.setPen(QPen(dt::ui::childColours::rim(), 2.0));
    painter.setBrush(dt::ui::childColours::surface());
    painter.drawRoundedRect(card, corner, corner);
    dt::ui::paintWritingLines(painter, card, card.left() + corner / 2.0, card.right() - corner / 2.0);
    if (m_image.isNull())
        return;
    if (m_turn->isRunning()) {
        // Turning round: the child is to see it happen, however faded the plan has the guide.
        painter.save();
        painter.translate(card.center());
        painter.scale(m_turn->horizontalScale(), 1.0);
        painter.translate(-card.center());
        painter.drawImage(card, m_image);
        painter.restore();
    } else {
        painter.setOpacity(m_opacity);
        painter.drawImage(card, m_image);
        painter.setOpacity(1.0);
    }
    // The marks belong to the digit the right way round; on a mirrored one they would point wrong.
    if (m_formationShown && !m_turn->isRunning())
        dt::ui::paintFormationMarks(painter, card, m_formation);
    if (!m_caption.isEmpty()) {
        // Inside the card, along its foot: a line that comes and goes must not take room
        // from the page (the canvas would move under the child's pen).
        const QRectF foot(card.left() + corner / 2.0, card.bottom() - side * 0.12, card.width() - corner, side * 0.11);
        QFont font = painter.font();
        font.setBold(true);
        // One line, as large as fits the card's width.
        int pixels = std::max(9, int(foot.height() * 0.8));
        for (font.setPixelSize(pixels); pixels > 9 && QFontMetricsF(font).horizontalAdvance(m_caption) > foot.width();)
            font.setPixelSize(--pixels);
        painter.setFont(font);
        painter.setPen(dt::ui::childColours::text());
        painter.drawText(foot, Qt::AlignCenter, m_caption);
    }
}

void GuideView::turnRound() { m_turn->start(); }

void GuideView::stopTurning() { m_turn->stop(); }

bool GuideView::isTurning() const { return m_turn->isRunning(); }

double GuideView::horizontalScale() const { return m_turn->horizontalScale(); }

void GuideView::setCaption(const QString& caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    setToolTip(caption);
    update();
}
