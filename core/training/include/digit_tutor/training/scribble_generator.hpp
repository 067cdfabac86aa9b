#pragma once
// Synthetic drawings that are not digits: the scribbles a child makes instead of a digit
// (a dense back-and-forth scribble, a spiral, a '#', scattered dots, a filled blob, a wavy
// line, a star, a zigzag, a row of cursive loops). They set and check the model's "not a
// digit" (outlier) threshold, so they are meant to be varied and plausible, not pretty.
//
// Every drawing is on a 500x500 canvas (canvasWidth = canvasHeight = 500, y down, every
// coordinate in [0, 500], a multiple of 0.25), has label -1, no writer and no pressure
// (-1). Its longest side spans 40% to 90% of the canvas, at a random place, rotation,
// aspect and slant, with a little pen jitter. Points are spaced as a pen sampled at a fixed
// rate would give them: 4-8 canvas units apart along the path, with the corners kept (the
// pen slows down there), and wider apart on long fast scribbles so that no drawing has more
// than kMaxScribblePoints points. Times are whole milliseconds from 0, 8-12 ms between the
// points of a stroke and 100-300 ms between strokes, so they increase strictly.
//
// Deterministic: the same kind and Random state, or the same count and seed, give the same
// drawings. The random numbers are the same everywhere (dt::Random, no std distributions);
// another maths library (sin, cos, exp) may round differently and so, rarely, move a point.

#include <digit_tutor/training/random.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <cstdint>
#include <vector>

namespace dt {

enum class ScribbleKind { BackAndForth, Spiral, Hash, Dots, Blob, WavyLine, Star, Zigzag, Loops };
inline constexpr int kScribbleKinds = 9;
inline constexpr int kScribbleCanvas = 500;     ///< canvas width and height
inline constexpr int kMaxScribblePoints = 400;  ///< most points in one drawing

/// "back-and-forth", "spiral", "hash", "dots", "blob", "wavy-line", "star", "zigzag",
/// "loops"; "unknown" for a value outside the enum.
const char* scribbleKindName(ScribbleKind kind);

/// One scribble of the given kind, drawn with numbers from `rng`.
/// Throws dt::FormatError for a value outside the enum.
Drawing generateScribble(ScribbleKind kind, Random& rng);

/// `count` scribbles whose kinds cycle through the enum in order. Drawing i is
/// generateScribble(ScribbleKind(i % kScribbleKinds), r) with r = Random(s_i), s_i the i-th
/// number of Random(seed).next(), so one drawing can be made again alone and the first n
/// drawings do not depend on `count`. An empty list for count <= 0.
/// Cost: about 30 microseconds per drawing.
std::vector<Drawing> generateScribbles(int count, std::uint64_t seed);

} // namespace dt
