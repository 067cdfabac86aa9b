#pragma once
// The distortion set of bench/drawn_digits: what children do to a digit, each at one fixed
// strength, applied to real pen digits of writers the model never saw. Deterministic for a
// seed. The training distortions (training/stroke_distortion.hpp) are milder and drawn at
// random; these are the test's own.

#include <digit_tutor/engine/mirror_writing.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/training/random.hpp>
#include <digit_tutor/training/stroke_distortion.hpp>

#include <cmath>
#include <numbers>
#include <string>
#include <vector>

namespace bench {

/// The distortions, in the order printed.
inline const std::vector<std::string> kDistortions = {"shake", "squeeze", "rotate", "stretch", "gaps", "retrace", "mix"};

/// shake: a wobble of 3% of the height; squeeze: 0.6 of the width; rotate: 15 degrees either
/// way; stretch: the bottom half 1.5 times taller; gaps: the pen lifted once in the longest
/// stroke; retrace: the digit traced a second time, slightly off; mix: all of them at random,
/// up to those strengths.
inline dt::Drawing distorted(const dt::Drawing& d, const std::string& kind, dt::Random& rng)
{
    dt::Drawing out = d;
    const dt::Bounds b = dt::boundsOf(d);
    if (b.isEmpty())
        return out;
    const double cx = 0.5 * (b.minX + b.maxX), cy = 0.5 * (b.minY + b.maxY), h = std::max(1.0, b.height());
    auto each = [&out](auto f) {
        for (auto& s : out.strokes)
            for (auto& p : s)
                f(p);
    };
    dt::StrokeDistortionOptions o = dt::StrokeDistortionOptions::none();
    if (kind == "shake") {
        o.minShake = o.maxShake = 0.03;
        return dt::distortStrokes(d, rng, o);
    }
    if (kind == "gaps") {
        o.gapChance = 1.0;
        return dt::distortStrokes(d, rng, o);
    }
    if (kind == "mix") {
        o.minShake = 0.01;
        o.maxShake = 0.03;
        o.maxRotationDegrees = 15.0;
        o.minWidthScale = 0.6;
        o.maxWidthScale = 1.4;
        o.halfStretchChance = 0.5;
        o.maxHalfStretch = 1.5;
        o.gapChance = 0.3;
        return dt::distortStrokes(d, rng, o);
    }
    if (kind == "squeeze")
        each([&](dt::StrokePoint& p) { p.x = cx + 0.6 * (p.x - cx); });
    if (kind == "rotate") {
        const double a = (rng.uniform() < 0.5 ? -15.0 : 15.0) * std::numbers::pi / 180.0;
        each([&](dt::StrokePoint& p) {
            const double x = p.x - cx, y = p.y - cy;
            p.x = cx + std::cos(a) * x - std::sin(a) * y;
            p.y = cy + std::sin(a) * x + std::cos(a) * y;
        });
    }
    if (kind == "stretch")
        each([&](dt::StrokePoint& p) {
            if (p.y > cy)
                p.y = cy + 1.5 * (p.y - cy);
        });
    if (kind == "retrace") {
        std::vector<dt::Stroke> again = out.strokes;
        for (auto& s : again)
            for (auto& p : s) {
                p.x += 0.02 * h;
                p.y += 0.01 * h;
            }
        out.strokes.insert(out.strokes.end(), again.begin(), again.end());
    }
    return out;
}

} // namespace bench
