#pragma once
// Renders a drawing as a grey digit image in which, after normalisation to
// MNIST's 20-pixel box, the pen is about as wide as MNIST's strokes (~2 px at 28x28, about
// a tenth of the digit's longest side).
//
// How: the points of each stroke are joined by a Catmull-Rom curve (the samples of a
// trajectory are sparse), scaled so that the drawing's longest side spans `scale`
// pixels, and drawn with round caps and joins and a pen of penRatio * scale / (1 -
// penRatio) pixels, so that the pen is penRatio of the inked box's longest side. The
// larger image is later reduced by normaliseDigit with area interpolation (4.5 render
// pixels to one at the default scale), which gives the grey edges: the strokes are drawn
// without anti-aliasing of their own. Pressure is ignored here on purpose: the model was
// trained on strokes of even width.
//
// A drawing without points renders as a blank 1x1 image; a single point (or strokes that
// are all one point) as a round dot; a perfectly straight line as a bar one pen wide.
// Cost: linear in the number of points; ~0.03 ms for a typical digit.

#include <digit_tutor/engine/grey_image.hpp>
#include <digit_tutor/engine/strokes.hpp>

namespace dt {

struct RenderOptions {
    int scale = 90;           ///< longest side of the drawing's path, in render pixels
    double penRatio = 0.1;    ///< pen width / longest side of the inked box
    bool smooth = true;       ///< Catmull-Rom between points, else straight segments
};

GreyImage renderDrawing(const Drawing& drawing, const RenderOptions& options = {});

/// Where renderDrawing puts a point of `drawing`: render pixel (x, y) =
/// ((p.x - originX) * pixelsPerUnit + margin, (p.y - originY) * pixelsPerUnit + margin), in
/// pixel-index coordinates. For a drawing whose points all coincide (or lie so close, a
/// subnormal distance apart, that the scale to pixels overflows), pixelsPerUnit is 0 and
/// margin the centre of the dot's image. Throws as renderDrawing does for bad options and
/// dt::FormatError for a drawing without points.
struct RenderPlacement {
    double originX = 0.0;
    double originY = 0.0;
    double pixelsPerUnit = 0.0;
    double margin = 0.0;
};
RenderPlacement renderPlacement(const Drawing& drawing, const RenderOptions& options = {});

} // namespace dt
