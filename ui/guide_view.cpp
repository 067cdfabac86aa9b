#include "guide_view.hpp"

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

void GuideView::setGuide(const std::vector<float>& pixels)
{
    if (pixels.size() != std::size_t(kSide * kSide)) {
        clearGuide();
        return;
    }
    QImage image(kSide, kSide, QImage::Format_Grayscale8);
    for (int y = 0; y < kSide; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < kSide; ++x) {
            const float v = pixels[std::size_t(y * kSide + x)];
            const float ink = std::isfinite(v) ? std::clamp(v, 0.0f, 255.0f) : 0.0f;
            line[x] = uchar(std::lround(255.0f - ink));
        }
    }
    m_image = image;
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
    if (!m_image.isNull())
        painter.drawImage(target, m_image);
    painter.setPen(QColor(0xcc, 0xcc, 0xcc));
    painter.drawRect(target.adjusted(0, 0, -1, -1));
}
