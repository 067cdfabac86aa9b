#include <digit_tutor/training/scribble_generator.hpp>

#include <digit_tutor/engine/error.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

namespace dt {

namespace {

constexpr double kPi = std::numbers::pi;

struct Vec2 { double x = 0.0, y = 0.0; };
using Path = std::vector<Vec2>;   // a stroke, densely sampled, in the shape's own frame
using Shape = std::vector<Path>;  // a one-vertex path is a dot

// No call below takes random numbers in two of its arguments: compilers evaluate arguments
// in different orders, and the drawings must not depend on the compiler. (The values in a
// braced list are evaluated in order.)
double between(Random& rng, double lo, double hi) { return lo + (hi - lo) * rng.uniform(); }
int intBetween(Random& rng, int lo, int hi) { return lo + int(rng.below(std::uint64_t(hi - lo + 1))); }
bool chance(Random& rng, double p) { return rng.uniform() < p; }

// f(u) at steps + 1 values of u from 0 to 1.
template <class F>
Path curve(int steps, F f)
{
    Path p;
    for (int i = 0; i <= steps; ++i)
        p.push_back(f(double(i) / steps));
    return p;
}

// A hand-drawn "straight" line bows a little; a quadratic Bezier with its control point
// off the middle gives that.
Path line(Vec2 a, Vec2 b, double bow)
{
    const Vec2 c{(a.x + b.x) / 2 - (b.y - a.y) * bow, (a.y + b.y) / 2 + (b.x - a.x) * bow};
    return curve(16, [&](double u) {
        const double v = 1.0 - u;
        return Vec2{v * v * a.x + 2 * u * v * c.x + u * u * b.x, v * v * a.y + 2 * u * v * c.y + u * u * b.y};
    });
}

void append(Path& to, const Path& from) { to.insert(to.end(), from.begin() + (to.empty() ? 0 : 1), from.end()); }

// Passes across an ellipse (or a box) from edge to edge, each a little lower; `twoLayers`
// comes back up between the first passes, as a child colouring something in does.
Path backAndForthPath(Random& rng, int passes, bool ellipse, bool twoLayers, double reach)
{
    Path p;
    for (int k = 0; k <= passes; ++k) {
        const double u = double(k) / passes;
        double y = twoLayers ? (u < 0.5 ? -1.0 + 4.0 * u : 3.0 - 4.0 * u + 1.0 / passes) : -1.0 + 2.0 * u;
        y = std::clamp(y + rng.normal() * 0.25 / passes, -1.0, 1.0);
        const double half = ellipse ? std::sqrt(std::max(0.04, 1.0 - y * y)) : 1.0;
        p.push_back({(k % 2 == 0 ? -1.0 : 1.0) * half * between(rng, reach, 1.05), y});
    }
    return p;
}

Shape backAndForth(Random& rng)
{
    const int passes = intBetween(rng, 8, 25);
    const bool ellipse = chance(rng, 0.5);
    const bool twoLayers = chance(rng, 0.35);
    return {backAndForthPath(rng, passes, ellipse, twoLayers, 0.7)};
}

Shape spiral(Random& rng)
{
    const double turns = between(rng, 2.0, 5.0), inner = between(rng, 0.0, 0.15), growth = between(rng, 0.8, 1.3);
    const double phase = between(rng, 0.0, 2 * kPi), sense = chance(rng, 0.5) ? 1.0 : -1.0;
    const double wobble = between(rng, 0.0, 0.06), wobbleFreq = between(rng, 1.5, 4.0);
    Path p = curve(int(turns * 120), [&](double u) {
        const double a = phase + sense * 2 * kPi * turns * u;
        const double r = (inner + (1.0 - inner) * std::pow(u, growth)) * (1.0 + wobble * std::sin(wobbleFreq * a));
        return Vec2{r * std::cos(a), r * std::sin(a)};
    });
    if (chance(rng, 0.4)) // drawn from the outside in
        std::reverse(p.begin(), p.end());
    return {p};
}

Shape hash(Random& rng)
{
    const double gap = between(rng, 0.25, 0.55), slant = between(rng, -0.25, 0.25);
    auto wobbly = [&rng](double v) { return v + rng.normal() * 0.08; };
    Shape uprights, crossbars;
    for (double side : {-1.0, 1.0}) {
        const double x = wobbly(side * gap), y = wobbly(side * gap);
        const Vec2 top{wobbly(x - slant), wobbly(-1.0)}, bottom{wobbly(x + slant), wobbly(1.0)};
        const Vec2 left{wobbly(-1.0), wobbly(y)}, right{wobbly(1.0), wobbly(y)};
        const double bow1 = rng.normal() * 0.04, bow2 = rng.normal() * 0.04;
        uprights.push_back(line(top, bottom, bow1));
        crossbars.push_back(line(left, right, bow2));
    }
    const bool uprightsFirst = chance(rng, 0.7); // as most children draw it
    Shape s = uprightsFirst ? uprights : crossbars;
    const Shape& rest = uprightsFirst ? crossbars : uprights;
    s.insert(s.end(), rest.begin(), rest.end());
    return s;
}

Shape dots(Random& rng)
{
    const int n = intBetween(rng, 5, 20);
    const bool disc = chance(rng, 0.5);
    Shape s;
    while (int(s.size()) < n) {
        const Vec2 v{between(rng, -1.0, 1.0), between(rng, -1.0, 1.0)};
        if (!disc || v.x * v.x + v.y * v.y <= 1.0)
            s.push_back({v});
    }
    return s;
}

// Filled in either by a coil (small loops travelling round the disc, a spirograph curve
// that reaches the centre) or by tight passes; sometimes ringed by an outline afterwards.
Shape blob(Random& rng)
{
    Shape s;
    if (chance(rng, 0.5)) {
        const double loopRadius = between(rng, 0.4, 0.55), laps = between(rng, 1.0, 1.25);
        const double loopsPerLap = between(rng, 6.0, 11.0), phase = between(rng, 0.0, 2 * kPi);
        const double unevenness = between(rng, 0.1, 0.3), unevenPhase = between(rng, 0.0, 2 * kPi);
        s.push_back(curve(int(laps * loopsPerLap * 40), [&](double u) {
            // The loops swell and shrink as the hand goes round, so the coil is no rosette.
            const double a = phase + 2 * kPi * laps * u, b = a * loopsPerLap;
            const double r = loopRadius * (1.0 + unevenness * std::sin(2.3 * a + unevenPhase));
            return Vec2{(1.0 - r) * std::cos(a) + r * std::cos(b), (1.0 - r) * std::sin(a) + r * std::sin(b)};
        }));
    } else {
        s.push_back(backAndForthPath(rng, intBetween(rng, 12, 24), true, false, 0.9));
    }
    if (chance(rng, 0.5)) {
        const double start = between(rng, 0.0, 2 * kPi), turn = between(rng, 1.0, 1.25) * 2 * kPi;
        const double r = between(rng, 1.0, 1.08);
        s.push_back(curve(100, [&](double u) {
            const double a = start - turn * u;
            return Vec2{r * std::cos(a), r * std::sin(a)};
        }));
    }
    return s;
}

Shape wavyLine(Random& rng)
{
    const double periods = between(rng, 3.0, 8.0), amplitude = between(rng, 0.08, 0.3);
    const double phase = between(rng, 0.0, 2 * kPi), sag = between(rng, -0.15, 0.15);
    const double swell = between(rng, 0.0, 0.35), swellPhase = between(rng, 0.0, 2 * kPi);
    return {curve(int(periods * 40), [&](double u) {
        const double x = 2.0 * u - 1.0, a = phase + 2 * kPi * periods * u;
        const double amp = amplitude * (1.0 + swell * std::sin(kPi * x + swellPhase));
        return Vec2{x, amp * std::sin(a) + sag * (1.0 - x * x)};
    })};
}

Shape star(Random& rng)
{
    const double start = between(rng, 0.0, 2 * kPi);
    Shape s;
    if (chance(rng, 0.55)) { // a pentagram in one go, ending near (rarely on) its start
        Path corners, p;
        for (int k = 0; k < 5; ++k) {
            const double a = start + k * 4 * kPi / 5 + rng.normal() * 0.06, r = between(rng, 0.85, 1.1);
            corners.push_back({r * std::cos(a), r * std::sin(a)});
        }
        corners.push_back({corners[0].x + rng.normal() * 0.08, corners[0].y + rng.normal() * 0.08});
        for (std::size_t k = 1; k < corners.size(); ++k)
            append(p, line(corners[k - 1], corners[k], rng.normal() * 0.03));
        s.push_back(p);
    } else { // six points: three lines crossing near the middle
        for (int k = 0; k < 3; ++k) {
            const double a = start + k * kPi / 3 + rng.normal() * 0.08;
            const Vec2 dir{std::cos(a), std::sin(a)}, off{rng.normal() * 0.06, rng.normal() * 0.06};
            const double r1 = between(rng, 0.8, 1.1), r2 = between(rng, 0.8, 1.1);
            s.push_back(line({off.x - dir.x * r1, off.y - dir.y * r1}, {off.x + dir.x * r2, off.y + dir.y * r2},
                             rng.normal() * 0.03));
        }
    }
    return s;
}

Shape zigzag(Random& rng)
{
    const int teeth = intBetween(rng, 4, 10);
    const double height = between(rng, 0.15, 0.5), peakAt = chance(rng, 0.4) ? between(rng, 0.8, 0.95) : 0.5;
    const double width = 2.0 / teeth;
    Path p;
    for (int i = 0; i <= teeth; ++i) {
        const double x = -1.0 + i * width;
        p.push_back({x + rng.normal() * 0.08 * width, height * (1.0 + rng.normal() * 0.12)});
        if (i < teeth)
            p.push_back({x + peakAt * width + rng.normal() * 0.08 * width, -height * (1.0 + rng.normal() * 0.12)});
    }
    return {p};
}

// A prolate trochoid: the pen circles while it moves on, so it loops back at each top.
Shape loops(Random& rng)
{
    const int n = intBetween(rng, 3, 7);
    const double reach = between(rng, 1.4, 2.6), tall = between(rng, 0.9, 2.8), drift = between(rng, 0.0, 2 * kPi);
    const double t0 = -kPi + between(rng, 0.0, 1.0), t1 = 2 * kPi * (n - 1) + kPi - between(rng, 0.0, 1.0);
    return {curve(n * 80, [&](double u) {
        const double t = t0 + (t1 - t0) * u, q = reach * (1.0 + 0.12 * std::sin(0.37 * t + drift));
        return Vec2{t - q * std::sin(t), -tall * q * std::cos(t)};
    })};
}

// Walks the path at the pen's speed: a point every `spacing` units (varying a little, as a
// hand does), plus every sharp corner, where a real pen slows down and leaves samples.
void resample(const Path& path, double spacing, Random& rng, std::vector<Vec2>& out)
{
    out.assign(1, path.front());
    if (path.size() == 1)
        return;
    double travelled = 0.0, next = spacing * between(rng, 0.85, 1.15);
    for (std::size_t i = 1; i < path.size(); ++i) {
        const Vec2 a = path[i - 1], b = path[i];
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        double at = 0.0;
        while (length > 0.0 && travelled + (length - at) >= next) {
            at += next - travelled;
            out.push_back({a.x + (b.x - a.x) * at / length, a.y + (b.y - a.y) * at / length});
            travelled = 0.0;
            next = spacing * between(rng, 0.85, 1.15);
        }
        travelled += length - at;
        if (i + 1 < path.size() && travelled > 0.25 * spacing) {
            const Vec2 c = path[i + 1];
            const double dot = (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y);
            if (dot < 0.75 * length * std::hypot(c.x - b.x, c.y - b.y)) { // a turn of more than 41 degrees
                out.push_back(b);
                travelled = 0.0;
            }
        }
    }
    if (travelled > 0.3 * spacing)
        out.push_back(path.back());
    else
        out.back() = path.back();
}

// Each kind's name, drawing and placement: the aspect is stretched by up to `aspect`:1
// either way, the shape turned by up to maxRotation radians either way (lines and rows stay
// roughly level, as children draw them) and slanted by up to maxShear. In enum order.
struct KindInfo {
    const char* name;
    Shape (*draw)(Random&);
    double aspect, maxRotation, maxShear;
};

constexpr KindInfo kKinds[kScribbleKinds] = {
    {"back-and-forth", backAndForth, 2.0, kPi, 0.15}, {"spiral", spiral, 1.4, kPi, 0.1},
    {"hash", hash, 1.4, 0.3, 0.2},                    {"dots", dots, 2.0, kPi, 0.0},
    {"blob", blob, 1.7, kPi, 0.1},                    {"wavy-line", wavyLine, 1.25, 0.35, 0.1},
    {"star", star, 1.25, kPi, 0.1},                   {"zigzag", zigzag, 1.25, 0.35, 0.15},
    {"loops", loops, 1.25, 0.2, 0.35},
};

bool isKind(ScribbleKind kind) { return int(kind) >= 0 && int(kind) < kScribbleKinds; }

} // namespace

const char* scribbleKindName(ScribbleKind kind) { return isKind(kind) ? kKinds[int(kind)].name : "unknown"; }

Drawing generateScribble(ScribbleKind kind, Random& rng)
{
    if (!isKind(kind))
        throw FormatError("Unknown scribble kind " + std::to_string(int(kind)) + ".");
    const KindInfo& place = kKinds[int(kind)];
    Shape shape = place.draw(rng);

    // Stretch, slant and turn in the shape's frame, then fit the longest side to the size.
    const double stretch = std::sqrt(std::exp(between(rng, -1.0, 1.0) * std::log(place.aspect)));
    const double shear = between(rng, -place.maxShear, place.maxShear);
    const double angle = between(rng, -place.maxRotation, place.maxRotation);
    const double c = std::cos(angle), s = std::sin(angle);
    Vec2 lo{1e300, 1e300}, hi{-1e300, -1e300};
    for (Path& path : shape)
        for (Vec2& v : path) {
            const double x = v.x * stretch + shear * v.y / stretch, y = v.y / stretch;
            v = {c * x - s * y, s * x + c * y};
            lo = {std::min(lo.x, v.x), std::min(lo.y, v.y)};
            hi = {std::max(hi.x, v.x), std::max(hi.y, v.y)};
        }
    const double canvas = kScribbleCanvas, margin = 5.0;
    const double scale = between(rng, 0.4, 0.9) * canvas / std::max({hi.x - lo.x, hi.y - lo.y, 1e-9});
    const double left = between(rng, margin, canvas - margin - (hi.x - lo.x) * scale);
    const double top = between(rng, margin, canvas - margin - (hi.y - lo.y) * scale);
    double length = 0.0;
    for (Path& path : shape)
        for (std::size_t i = 0; i < path.size(); ++i) {
            path[i] = {left + (path[i].x - lo.x) * scale, top + (path[i].y - lo.y) * scale};
            if (i > 0)
                length += std::hypot(path[i].x - path[i - 1].x, path[i].y - path[i - 1].y);
        }

    // A long scribble is drawn fast, so its samples lie further apart.
    double spacing = std::max(between(rng, 4.0, 8.0), length / (0.8 * kMaxScribblePoints));
    std::vector<std::vector<Vec2>> sampled(shape.size());
    for (;;) {
        std::size_t points = 0;
        for (std::size_t i = 0; i < shape.size(); ++i) {
            resample(shape[i], spacing, rng, sampled[i]);
            points += sampled[i].size() + (shape[i].size() == 1 ? 1 : 0);
        }
        if (points <= std::size_t(kMaxScribblePoints))
            break;
        spacing *= 1.25;
    }

    // Quarter units are exact in binary, so the 17-digit JSON numbers stay short.
    auto onCanvas = [canvas](double v) { return std::clamp(std::round(v * 4.0) / 4.0, 0.0, canvas); };
    const double jitter = between(rng, 0.2, 1.0);
    Drawing drawing;
    drawing.canvasWidth = drawing.canvasHeight = canvas;
    double t = 0.0;
    for (const std::vector<Vec2>& points : sampled) {
        Stroke stroke;
        for (const Vec2& v : points)
            stroke.push_back({onCanvas(v.x + rng.normal() * jitter), onCanvas(v.y + rng.normal() * jitter), 0.0, -1.0});
        if (points.size() == 1 && chance(rng, 0.5)) // a dot: the pen often moves a hair before it lifts
            stroke.push_back({onCanvas(stroke[0].x + between(rng, -1.5, 1.5)),
                              onCanvas(stroke[0].y + between(rng, -1.5, 1.5)), 0.0, -1.0});
        for (std::size_t i = 0; i < stroke.size(); ++i) {
            if (i > 0)
                t += std::round(between(rng, 8.0, 12.0));
            stroke[i].t = t;
        }
        t += std::round(between(rng, 100.0, 300.0));
        drawing.strokes.push_back(std::move(stroke));
    }
    return drawing;
}

std::vector<Drawing> generateScribbles(int count, std::uint64_t seed)
{
    std::vector<Drawing> drawings;
    Random seeds(seed);
    for (int i = 0; i < count; ++i) {
        Random rng(seeds.next());
        drawings.push_back(generateScribble(ScribbleKind(i % kScribbleKinds), rng));
    }
    return drawings;
}

} // namespace dt
