#pragma once
// Drawings as the app records them and the stroke file format (JSON):
//   {"canvas": {"width": W, "height": H},
//    "strokes": [[[x, y], [x, y, t_ms], [x, y, t_ms, pressure], ...], ...]}
// Each point has 2 to 4 numbers: x and y in canvas pixels (y down), optionally the time in
// milliseconds since the drawing started, optionally the pen pressure in [0, 1]. "canvas"
// is optional. A line of a JSONL data set has the same object with optional "label" (a
// digit 0-9) and "writer" (any integer or string id); other members are ignored.
//
// Parsing rejects, with dt::FormatError naming the source and the stroke/point: malformed
// JSON, a missing or non-array "strokes", a stroke with no points, a point with fewer
// than 2 or more than 4 numbers, a non-finite number, a negative or non-finite canvas
// size, a pressure outside [0, 1], a label that is not an integer 0-9, and a drawing
// larger than any child draws: more than kMaxDrawingJsonBytes of JSON (refused before it is
// parsed), kMaxDrawingStrokes strokes or kMaxDrawingPoints points.
// An empty "strokes" array is a valid, empty drawing.

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace dt {

/// A written digit has a few strokes and some hundred points (a pen at 240 Hz for ten
/// seconds: 2 400); these limits are far above, and keep what a file costs to read and
/// score in proportion to a drawing.
inline constexpr std::size_t kMaxDrawingStrokes = 1000;
inline constexpr std::size_t kMaxDrawingPoints = 50000;
inline constexpr std::size_t kMaxDrawingJsonBytes = 8u << 20;

struct StrokePoint {
    double x = 0.0;
    double y = 0.0;
    double t = -1.0;        ///< ms since the drawing started; < 0 when not recorded
    double pressure = -1.0; ///< 0..1; < 0 when not recorded
};

using Stroke = std::vector<StrokePoint>;

struct Drawing {
    double canvasWidth = 0.0;  ///< 0 when the file gave no canvas
    double canvasHeight = 0.0;
    std::vector<Stroke> strokes;
    int label = -1;            ///< 0-9 in labelled data sets, else -1
    std::string writer;        ///< writer id in data sets, else empty

    bool isEmpty() const { return strokes.empty(); }
    std::size_t pointCount() const;
};

/// Bounding box of points; empty (minX > maxX) when there are none. Non-finite points,
/// which parseDrawing never lets through, are skipped.
struct Bounds {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return minX > maxX; }
    double width() const { return isEmpty() ? 0.0 : maxX - minX; }
    double height() const { return isEmpty() ? 0.0 : maxY - minY; }
    void add(const StrokePoint& p);
};
Bounds boundsOf(const Stroke& stroke);
Bounds boundsOf(const Drawing& drawing);

/// Parses one drawing from JSON text; `source` (a file name, "FILE:line 12") prefixes errors.
Drawing parseDrawing(std::string_view json, const std::string& source);
/// Reads and parses a stroke file.
Drawing loadDrawing(const std::string& path);
/// Writes a drawing as a stroke file (one line of JSON, as in a JSONL data set), with
/// t and pressure only where recorded, label and writer only where set.
std::string drawingToJson(const Drawing& drawing);
/// Writes atomically (temporary file, then rename). Throws dt::FormatError on failure.
void saveDrawing(const Drawing& drawing, const std::string& path);

/// Reads every line of a JSONL file (blank lines skipped). Throws dt::FormatError naming
/// the file and the 1-based line of the first bad line.
std::vector<Drawing> loadDrawings(const std::string& path);

} // namespace dt
