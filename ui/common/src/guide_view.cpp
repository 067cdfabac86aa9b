#include <digit_tutor/common/guide_view.hpp>

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kSide = 28;
}

GuideView::GuideView(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(120, 120);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Guide"));
    setAccessibleDescription(tr("A picture of how the digit is usually written."));
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
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    grey.invertPixels();
    m_image = grey;
    update();
}

void GuideView::clearGuide()
{
    m_image = QImage();
    update();
}

void GuideView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int side = std::min(width(), height());
    const QRect target((width() - side) / 2, (height() - side) / 2, side, side);
    painter.fillRect(target, Qt::white);
    if (!m_image.isNull()) {
        painter.setOpacity(m_opacity);
        painter.drawImage(target, m_image);
        painter.setOpacity(1.0);
    }
    painter.setPen(QColor(0xcc, 0xcc, 0xcc));
    painter.drawRect(target.adjusted(0, 0, -1, -1));
}
