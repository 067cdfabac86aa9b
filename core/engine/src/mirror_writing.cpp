#include <digit_tutor/engine/mirror_writing.hpp>

namespace dt {

Drawing mirroredDrawing(const Drawing& drawing)
{
    Drawing out = drawing;
    const Bounds b = boundsOf(drawing);
    if (b.isEmpty())
        return out;
    const double axis = b.minX + b.maxX;
    for (Stroke& stroke : out.strokes)
        for (StrokePoint& p : stroke)
            p.x = axis - p.x;
    return out;
}

bool hasDistinctMirrorImage(int digit)
{
    switch (digit) {
    case 2: case 3: case 4: case 5: case 6: case 7: case 9: return true;
    default: return false;
    }
}

} // namespace dt
