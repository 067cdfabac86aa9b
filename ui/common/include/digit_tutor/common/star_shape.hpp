#pragma once
// The one star of the child's screens (StarsView's stars, the celebration's), so that all
// stars look alike.

#include <QPainterPath>

namespace dt::ui {

/// A five-pointed star centred on (0, 0), one point straight up, its points `radius` from
/// the centre and its inner corners `innerShare` of that. Stroke it with round joins for
/// friendly, rounded points.
QPainterPath starShape(double radius, double innerShare = 0.48);

} // namespace dt::ui
