#include <digit_tutor/reports/guide_thumbnail.hpp>

#include <algorithm>
#include <cmath>

namespace dt::reports {

QImage guideThumbnail(const std::vector<float>& pixels, int side)
{
    if (pixels.size() != kGuidePixels)
        return {};
    QImage image(kGuideSide, kGuideSide, QImage::Format_Grayscale8);
    for (int y = 0; y < kGuideSide; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < kGuideSide; ++x) {
            const float v = pixels[std::size_t(y * kGuideSide + x)];
            line[x] = uchar(255 - std::lround(std::isfinite(v) ? std::clamp(v, 0.0f, 255.0f) : 0.0f));
        }
    }
    side = std::max(side, 16);
    return image.scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace dt::reports
