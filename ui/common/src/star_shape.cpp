#include <digit_tutor/common/star_shape.hpp>

#include <cmath>
#include <numbers>

namespace dt::ui {

QPainterPath starShape(double radius, double innerShare)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 == 0 ? radius : radius * innerShare;
        const double a = -std::numbers::pi / 2.0 + i * std::numbers::pi / 5.0;
        const QPointF p(r * std::cos(a), r * std::sin(a));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace dt::ui
