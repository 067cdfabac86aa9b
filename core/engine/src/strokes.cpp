#include <digit_tutor/engine/strokes.hpp>

#include "json_reader.hpp"

#include <digit_tutor/engine/atomic_file.hpp>
#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace dt {
namespace {

using Json = nlohmann::json;

// A digit is a few kilobytes and the largest data set (pendigits) under 10 MB; anything
// far bigger is not a stroke file, and reading it whole would only exhaust memory.
constexpr std::uintmax_t kMaxFileBytes = 64ull * 1024 * 1024;
// Integers up to 2^53 are exact in a double, so a numeric writer id prints back unchanged.
constexpr double kMaxExactInteger = 9007199254740992.0;

const char* const kCoordinateNames[] = {"x", "y", "t", "pressure"};

std::string numberText(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "Infinity" : "-Infinity";
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v); // shortest round-trip form
    return ec == std::errc() ? std::string(buf, end) : jsonNumber(v);
}

std::string typeName(const Json& v)
{
    switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    case Json::value_t::binary:
    case Json::value_t::discarded: break; // not made by readJson
    }
    return "a value";
}

// A member of an object, or nullptr when absent (or not an object).
const Json* member(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

StrokePoint parsePoint(const Json& numbers, const std::string& where)
{
    if (!numbers.is_array())
        throw FormatError(where + " is " + typeName(numbers) + ", expected an array [x, y, t, pressure].");
    if (numbers.size() < 2 || numbers.size() > 4)
        throw FormatError(where + " has " + std::to_string(numbers.size()) + (numbers.size() == 1 ? " number" : " numbers") +
                          ", expected 2 to 4 (x, y, optional t in ms, optional pressure).");
    double v[4] = {0.0, 0.0, -1.0, -1.0};
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (!numbers[i].is_number())
            throw FormatError(where + ": " + kCoordinateNames[i] + " is " + typeName(numbers[i]) + ", expected a number.");
        v[i] = numbers[i].get<double>();
        if (!std::isfinite(v[i]))
            throw FormatError(where + ": " + kCoordinateNames[i] + " is not a finite number.");
    }
    if (numbers.size() == 4 && (v[3] < 0.0 || v[3] > 1.0))
        throw FormatError(where + ": pressure " + numberText(v[3]) + " is outside [0, 1].");
    // A negative time is the in-memory "not recorded" mark; a writer that records pressure
    // but no time has to put something in the third place, so it is kept as "not recorded".
    if (v[2] < 0.0)
        v[2] = -1.0;
    return {v[0], v[1], v[2], v[3]};
}

double parseCanvasSide(const Json& canvas, const char* name, const std::string& source)
{
    const Json* side = member(canvas, name);
    if (!side)
        throw FormatError(source + ": canvas has no \"" + name + "\".");
    if (!side->is_number())
        throw FormatError(source + ": canvas " + name + " is " + typeName(*side) + ", expected a number.");
    const double v = side->get<double>();
    if (!std::isfinite(v))
        throw FormatError(source + ": canvas " + name + " is not a finite number.");
    if (v < 0.0)
        throw FormatError(source + ": canvas " + name + " " + numberText(v) + " is negative.");
    return v;
}

std::string parseWriter(const Json& writer, const std::string& source)
{
    if (writer.is_string())
        return writer.get<std::string>();
    if (writer.is_number()) {
        const double v = writer.get<double>();
        if (std::isfinite(v) && v == std::floor(v) && std::abs(v) <= kMaxExactInteger)
            return std::to_string(static_cast<long long>(v));
        throw FormatError(source + ": writer " + numberText(v) + " is not an integer or a string.");
    }
    throw FormatError(source + ": writer is " + typeName(writer) + ", expected an integer or a string.");
}

// Only the ids a data set writes as numbers go back as numbers: no leading zero (which a
// number would lose) and short enough to be exact.
bool isPlainInteger(const std::string& s)
{
    if (s.empty() || s.size() > 15 || (s.size() > 1 && s[0] == '0'))
        return false;
    for (const char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

std::string readWholeFile(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw FormatError("Cannot open stroke file '" + path + "': it does not exist or is not a file.");
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec)
        throw FormatError("Cannot read the size of stroke file '" + path + "': " + ec.message() + ".");
    if (size > kMaxFileBytes)
        throw FormatError("Stroke file '" + path + "' has " + std::to_string(size) + " bytes, more than the " +
                          std::to_string(kMaxFileBytes / (1024 * 1024)) + " MB a stroke file or data set may have.");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FormatError("Cannot open stroke file '" + path + "' for reading.");
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size))
        throw FormatError("Cannot read stroke file '" + path + "': it ended after " + std::to_string(in.gcount()) +
                          " of " + std::to_string(size) + " bytes.");
    // Windows editors like to start UTF-8 files with a byte-order mark; JSON has no use for it.
    if (text.starts_with("\xEF\xBB\xBF"))
        text.erase(0, 3);
    return text;
}

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

} // namespace

std::size_t Drawing::pointCount() const
{
    std::size_t n = 0;
    for (const Stroke& s : strokes)
        n += s.size();
    return n;
}

Drawing parseDrawing(std::string_view json, const std::string& source)
{
    // Before parsing: the parsed document takes some ten times the text.
    if (json.size() > kMaxDrawingJsonBytes)
        throw FormatError(source + ": the drawing is " + std::to_string(json.size()) + " bytes of JSON, more than the " +
                          std::to_string(kMaxDrawingJsonBytes >> 20) + " MB a drawing may have.");
    const Json root = readJson(json, source);
    if (!root.is_object())
        throw FormatError(source + ": the drawing is " + typeName(root) + ", expected an object with \"strokes\".");

    Drawing drawing;
    const Json* strokes = member(root, "strokes");
    if (!strokes)
        throw FormatError(source + ": \"strokes\" is missing.");
    if (!strokes->is_array())
        throw FormatError(source + ": \"strokes\" is " + typeName(*strokes) + ", expected an array of strokes.");
    if (strokes->size() > kMaxDrawingStrokes)
        throw FormatError(source + ": the drawing has " + std::to_string(strokes->size()) + " strokes, more than the " +
                          std::to_string(kMaxDrawingStrokes) + " a drawing may have.");
    std::size_t pointTotal = 0;
    for (const Json& stroke : *strokes)
        pointTotal += stroke.is_array() ? stroke.size() : 0;
    if (pointTotal > kMaxDrawingPoints)
        throw FormatError(source + ": the drawing has " + std::to_string(pointTotal) + " points, more than the " +
                          std::to_string(kMaxDrawingPoints) + " a drawing may have.");
    drawing.strokes.reserve(strokes->size());
    for (std::size_t s = 0; s < strokes->size(); ++s) {
        const Json& points = (*strokes)[s];
        const std::string strokeName = source + ": stroke " + std::to_string(s + 1);
        if (!points.is_array())
            throw FormatError(strokeName + " is " + typeName(points) + ", expected an array of points.");
        if (points.empty())
            throw FormatError(strokeName + " has no points.");
        Stroke stroke;
        stroke.reserve(points.size());
        for (std::size_t p = 0; p < points.size(); ++p)
            stroke.push_back(parsePoint(points[p], strokeName + ", point " + std::to_string(p + 1)));
        drawing.strokes.push_back(std::move(stroke));
    }

    if (const Json* canvas = member(root, "canvas"); canvas && !canvas->is_null()) {
        if (!canvas->is_object())
            throw FormatError(source + ": canvas is " + typeName(*canvas) + ", expected {\"width\": W, \"height\": H}.");
        drawing.canvasWidth = parseCanvasSide(*canvas, "width", source);
        drawing.canvasHeight = parseCanvasSide(*canvas, "height", source);
    }
    if (const Json* label = member(root, "label"); label && !label->is_null()) {
        if (!label->is_number())
            throw FormatError(source + ": label is " + typeName(*label) + ", expected a digit 0-9.");
        const double v = label->get<double>();
        if (!(v >= 0.0 && v <= 9.0 && v == std::floor(v)))
            throw FormatError(source + ": label " + numberText(v) + " is not a digit 0-9.");
        drawing.label = static_cast<int>(v);
    }
    if (const Json* writer = member(root, "writer"); writer && !writer->is_null())
        drawing.writer = parseWriter(*writer, source);
    return drawing;
}

Drawing loadDrawing(const std::string& path)
{
    return parseDrawing(readWholeFile(path), path);
}

std::string drawingToJson(const Drawing& drawing)
{
    std::string out = "{";
    if (drawing.label >= 0)
        out += "\"label\":" + std::to_string(drawing.label) + ",";
    if (!drawing.writer.empty())
        out += "\"writer\":" + (isPlainInteger(drawing.writer) ? drawing.writer : jsonQuote(drawing.writer)) + ",";
    if (drawing.canvasWidth > 0.0 || drawing.canvasHeight > 0.0)
        out += "\"canvas\":{\"width\":" + jsonNumber(drawing.canvasWidth) + ",\"height\":" +
               jsonNumber(drawing.canvasHeight) + "},";
    out += "\"strokes\":[";
    for (std::size_t s = 0; s < drawing.strokes.size(); ++s) {
        if (s > 0)
            out += ',';
        out += '[';
        const Stroke& stroke = drawing.strokes[s];
        for (std::size_t p = 0; p < stroke.size(); ++p) {
            const StrokePoint& pt = stroke[p];
            if (p > 0)
                out += ',';
            out += '[' + jsonNumber(pt.x) + ',' + jsonNumber(pt.y);
            // Pressure needs the third place, so an unrecorded time is then written as -1.
            if (pt.t >= 0.0 || pt.pressure >= 0.0)
                out += ',' + jsonNumber(pt.t >= 0.0 ? pt.t : -1.0);
            if (pt.pressure >= 0.0)
                out += ',' + jsonNumber(pt.pressure);
            out += ']';
        }
        out += ']';
    }
    out += "]}";
    return out;
}

void saveDrawing(const Drawing& drawing, const std::string& path)
{
    writeFileAtomically(drawingToJson(drawing) + "\n", path, "the stroke file");
}

std::vector<Drawing> loadDrawings(const std::string& path)
{
    const std::string text = readWholeFile(path);
    std::vector<Drawing> drawings;
    std::size_t lineNumber = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        ++lineNumber;
        std::string_view line(text.data() + start, end - start);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (!isBlank(line))
            drawings.push_back(parseDrawing(line, path + ":" + std::to_string(lineNumber)));
        start = end + 1;
    }
    return drawings;
}

void Bounds::add(const StrokePoint& p)
{
    if (!std::isfinite(p.x) || !std::isfinite(p.y))
        return;
    minX = std::min(minX, p.x);
    maxX = std::max(maxX, p.x);
    minY = std::min(minY, p.y);
    maxY = std::max(maxY, p.y);
}

Bounds boundsOf(const Stroke& stroke)
{
    Bounds b;
    for (const StrokePoint& p : stroke)
        b.add(p);
    return b;
}

Bounds boundsOf(const Drawing& drawing)
{
    Bounds b;
    for (const Stroke& stroke : drawing.strokes)
        for (const StrokePoint& p : stroke)
            b.add(p);
    return b;
}

} // namespace dt
