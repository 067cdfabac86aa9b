#include <digit_tutor/engine/stroke_renderer.hpp>

#include <digit_tutor/engine/error.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace dt {
namespace {

constexpr int kShift = 4;                      // OpenCV fixed-point bits: 1/16 px positions
constexpr double kFixedOne = 1 << kShift;
// In pixels of the final 20-pixel box, whatever the render scale.
constexpr double kMinStep = 1.0 / 18.0;        // closer samples add cost, not shape
constexpr double kPiece = 0.9;                 // under one pixel: smooth, and few joins to draw
constexpr double kCentripetalAlpha = 0.5;      // no cusps or self-loops on uneven sampling
constexpr std::uint8_t kInk = 255;
// No anti-aliasing of OpenCV's own: the area reduction to the 20-pixel box (4.5 render
// pixels to one at the default scale) gives the grey edges, and OpenCV's anti-aliased thick
// lines draw every join as an anti-aliased disc: at twice this scale they took three
// quarters of the time from strokes to the normalised image. Without anti-aliasing OpenCV
// draws thick lines from whole-pixel positions, a ninth of a final pixel off at most, and
// with an even pen one pixel wider than asked.
constexpr cv::LineTypes kLine = cv::LINE_8;
constexpr int kMinScale = 8;
constexpr int kMaxScale = 4096;                // keeps the image below ~20 M pixels

struct Vec {
    double x, y;
};
Vec operator+(Vec a, Vec b) { return {a.x + b.x, a.y + b.y}; }
Vec operator-(Vec a, Vec b) { return {a.x - b.x, a.y - b.y}; }
Vec operator*(double s, Vec a) { return {s * a.x, s * a.y}; }
double length(Vec a) { return std::hypot(a.x, a.y); }

cv::Point fixedPoint(Vec p)
{
    return {static_cast<int>(std::lround(p.x * kFixedOne)), static_cast<int>(std::lround(p.y * kFixedOne))};
}

// v / |v|^alpha with the limit 0 for a zero-length chord: the phantom end points duplicate
// the end points, which must not divide by zero.
Vec chordVelocity(Vec v, double knot)
{
    return knot > 0.0 ? (1.0 / knot) * v : Vec{0.0, 0.0};
}

// Hermite form of the non-uniform Catmull-Rom segment p1 -> p2 with neighbours p0 and p3;
// alpha 0.5 is centripetal, 0 uniform. The tangents are those of the Barry-Goldman
// pyramid, rescaled to the segment's parameter range [0, 1].
void appendCatmullRom(Vec p0, Vec p1, Vec p2, Vec p3, double alpha, double piecePixels, std::vector<cv::Point>& out)
{
    const double d01 = std::pow(length(p1 - p0), alpha);
    const double d12 = std::pow(length(p2 - p1), alpha);
    const double d23 = std::pow(length(p3 - p2), alpha);
    const Vec chord = p2 - p1;
    const Vec m1 = chord + d12 * (chordVelocity(p1 - p0, d01) - chordVelocity(p2 - p0, d01 + d12));
    const Vec m2 = chord + d12 * (chordVelocity(p3 - p2, d23) - chordVelocity(p3 - p1, d12 + d23));
    const int pieces = std::max(1, static_cast<int>(std::ceil(length(chord) / piecePixels)));
    for (int i = 1; i <= pieces; ++i) {
        const double u = double(i) / pieces, u2 = u * u, u3 = u2 * u;
        const double h00 = 2 * u3 - 3 * u2 + 1, h10 = u3 - 2 * u2 + u, h01 = -2 * u3 + 3 * u2, h11 = u3 - u2;
        out.push_back(fixedPoint(h00 * p1 + h10 * m1 + h01 * p2 + h11 * m2));
    }
}

// Drawing units to render pixels. Coordinates are halved first so that a box as wide as
// the whole double range (a hostile file with -1e308 and 1e308) still has a finite size.
struct Placement {
    Vec origin;      // halved top-left of the points' box
    double toPixels; // render pixels per halved unit
    Vec offset;      // render position of the box's top-left

    Vec operator()(const StrokePoint& p) const
    {
        return {(p.x / 2 - origin.x) * toPixels + offset.x, (p.y / 2 - origin.y) * toPixels + offset.y};
    }
};

// The stroke's samples in render pixels, without those closer than minStep to the last
// one kept (a pen resting on the tablet sends many); the last sample always ends the stroke.
std::vector<Vec> thinnedPoints(const Stroke& stroke, const Placement& place, double minStep)
{
    std::vector<Vec> kept;
    kept.reserve(stroke.size());
    for (const StrokePoint& p : stroke) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            continue;
        const Vec q = place(p);
        if (kept.empty() || length(q - kept.back()) >= minStep)
            kept.push_back(q);
        else if (kept.size() > 1 && &p == &stroke.back())
            kept.back() = q;
    }
    return kept;
}

void drawDot(cv::Mat& canvas, Vec centre, int penPixels)
{
    cv::circle(canvas, fixedPoint(centre), static_cast<int>(std::lround(penPixels / 2.0 * kFixedOne)), cv::Scalar(kInk),
               cv::FILLED, kLine, kShift);
}

void checkOptions(const RenderOptions& options)
{
    if (options.scale < kMinScale || options.scale > kMaxScale)
        throw FormatError("Render scale " + std::to_string(options.scale) + " is outside [" + std::to_string(kMinScale) +
                          ", " + std::to_string(kMaxScale) + "] pixels.");
    if (!(options.penRatio > 0.0 && options.penRatio <= 0.5))
        throw FormatError("Pen ratio " + std::to_string(options.penRatio) +
                          " is outside (0, 0.5]: the pen would be wider than the digit.");
}

// Whether the points are apart at all once scaled to render pixels. An extent so small
// (a subnormal number, from a hostile file) that scale / extent overflows is no extent: the
// points are drawn as one dot, as coinciding points are, rather than at infinite positions.
bool hasExtent(double halfLongest, const RenderOptions& options)
{
    return halfLongest > 0.0 && std::isfinite(options.scale / halfLongest);
}

} // namespace

GreyImage renderDrawing(const Drawing& drawing, const RenderOptions& options)
{
    checkOptions(options);
    const Bounds bounds = boundsOf(drawing); // skips non-finite points a hand-built drawing may hold
    if (bounds.isEmpty())
        return GreyImage(1, 1);
    const double minX = bounds.minX, minY = bounds.minY, maxX = bounds.maxX, maxY = bounds.maxY;

    // The pen is penRatio of the inked box, which is the path's box plus one pen width.
    const double pen = options.penRatio * options.scale / (1.0 - options.penRatio);
    const int penPixels = std::max(1, static_cast<int>(std::lround(pen)));
    const double halfWidth = maxX / 2 - minX / 2, halfHeight = maxY / 2 - minY / 2;
    const double halfLongest = std::max(halfWidth, halfHeight);

    if (!hasExtent(halfLongest, options)) {
        // All points coincide: a dot one pen wide, centred in an image three pens wide.
        GreyImage image(3 * penPixels, 3 * penPixels);
        cv::Mat canvas(image.height, image.width, CV_8UC1, image.pixels.data());
        const double centre = (3 * penPixels - 1) / 2.0; // OpenCV's coordinates are pixel centres
        drawDot(canvas, {centre, centre}, penPixels);
        return image;
    }

    // Margins of one pen leave room for the round caps and the anti-aliased fringe; -0.5
    // because OpenCV's coordinates are pixel centres, so that the margins come out equal.
    const double start = penPixels + penPixels / 2.0 - 0.5;
    const Placement place{{minX / 2, minY / 2}, options.scale / halfLongest, {start, start}};
    const int width = static_cast<int>(std::ceil(halfWidth * place.toPixels)) + 3 * penPixels;
    const int height = static_cast<int>(std::ceil(halfHeight * place.toPixels)) + 3 * penPixels;
    GreyImage image(width, height);
    cv::Mat canvas(image.height, image.width, CV_8UC1, image.pixels.data());

    const double finalPixel = double(options.scale) / kDigitBox; // render pixels
    std::vector<cv::Point> path;
    for (const Stroke& stroke : drawing.strokes) {
        const std::vector<Vec> p = thinnedPoints(stroke, place, kMinStep * finalPixel);
        if (p.empty())
            continue;
        if (p.size() == 1) {
            drawDot(canvas, p.front(), penPixels);
            continue;
        }
        path.clear();
        path.push_back(fixedPoint(p.front()));
        for (std::size_t i = 0; i + 1 < p.size(); ++i) {
            if (!options.smooth) {
                path.push_back(fixedPoint(p[i + 1]));
                continue;
            }
            const Vec before = i > 0 ? p[i - 1] : p[i];
            const Vec after = i + 2 < p.size() ? p[i + 2] : p[i + 1];
            appendCatmullRom(before, p[i], p[i + 1], after, kCentripetalAlpha, kPiece * finalPixel, path);
        }
        // One polyline per stroke: OpenCV rounds its ends and joins, which gives the round
        // caps and joins of a pen.
        const cv::Point* points = path.data();
        const int count = static_cast<int>(path.size());
        cv::polylines(canvas, &points, &count, 1, false, cv::Scalar(kInk), penPixels, kLine, kShift);
    }
    return image;
}

RenderPlacement renderPlacement(const Drawing& drawing, const RenderOptions& options)
{
    checkOptions(options);
    const Bounds bounds = boundsOf(drawing);
    if (bounds.isEmpty())
        throw FormatError("A drawing without points has no place in a rendered image.");
    // The same sums as renderDrawing, so that the two cannot disagree.
    const double pen = options.penRatio * options.scale / (1.0 - options.penRatio);
    const int penPixels = std::max(1, static_cast<int>(std::lround(pen)));
    const double halfLongest = std::max(bounds.maxX / 2 - bounds.minX / 2, bounds.maxY / 2 - bounds.minY / 2);
    if (!hasExtent(halfLongest, options))
        return {bounds.minX, bounds.minY, 0.0, (3 * penPixels - 1) / 2.0};
    return {bounds.minX, bounds.minY, options.scale / halfLongest / 2.0, penPixels + penPixels / 2.0 - 0.5};
}

} // namespace dt
