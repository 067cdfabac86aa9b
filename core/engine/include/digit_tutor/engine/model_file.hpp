#pragma once
// The model file (".dtm"), format version 5, little-endian:
//
//   "DGTMODEL"           8 bytes, magic
//   version              u32 (5; versions 1 to 4 are still read: 1 to 3 without drawing views,
//                        1 to 4 in HOG's own feature order)
//   hog                  i32 orientations, i32 cell size, i32 block size
//   deskew               u8 (0 or 1)
//   featureCount d       i32, must equal what the HOG settings give on 28x28
//   feature order        d x i32, a permutation of 0..d-1: feature j is HOG value order[j]
//                        (FeatureSettings::order; absent before version 5: HOG's order).
//                        Every mean and factor below is in this order.
//   classes              i32, must be 10
//   outlierThreshold     f64
//   per digit 0..9:
//     trainingCount      u32
//     components k       i32, 1..64
//     drawn components   i32, 0..k-1: the last ones were learnt from drawings only, and an
//                        image is scored without them (absent before version 3: 0)
//     logPrior           f64
//     typicality         201 x f64, ascending quantiles of log p(x | digit) on training data
//     per component:
//       weight           f64
//       mean             d x f64
//       precision factor d(d+1)/2 x f16 (IEEE binary16; f32 in version 1), upper triangle
//                        row by row (P, with P P^T = S^-1)
//       guide image      784 x f32, 28x28 row-major, 0..255
//   has drawing views    u8 (0 or 1; absent before version 4: 0), then when 1
//                        (DigitModel::drawingViews):
//     pen path features  i32, must equal kPenPathFeatures (64)
//     per digit 0..9:    the pen path mixture     (n = 64, factor in f32)
//     the doodle mixture over images             (n = d,  factor in f16)
//     the doodle mixture over pen paths          (n = 64, factor in f32)
//     the mixture of retraced pen paths          (n = 64, factor in f32)
//       each mixture:    i32 k, 1..64, then per component f64 weight, n x f64 mean,
//                        n(n+1)/2 precision factor values, upper triangle row by row
//     pathWeight, pathFloorNats, doodlePathWeight, doodleThreshold    4 x f64
//   metadata             u32 count, then count x (u32 length + UTF-8 key, u32 length + UTF-8 value)
//   crc32                u32, CRC-32 (IEEE) of every byte before it
//
// The precision factor is stored in half precision, which holds 146 components in 16 MB
// (single precision held 73) and changes no answer on the MNIST test set (measured on the
// version-1 default model, and on the k = 1 model that matches scikit-learn's 0.9524).
// The pen path mixtures keep single precision: they are small (64 values, 8 KB a factor),
// and a 64-dimensional factor fitted with a small regularisation wants more than half
// precision (measured on mixtures of 6 components, reg 1e-2, fitted to four fifths of
// pendigits-train and scoring the rest: half precision moved log p(x | digit) by 0.03 nats
// on average and up to 0.34, single precision by at most 3e-5; with reg 1e-3, up to 1.75
// nats against 2e-4). Training rounds the factors (roundedForStorage, both overloads) before
// calibrating, so a saved and reloaded model scores exactly like the one that was evaluated.
//
// loadModel rejects, with dt::FormatError naming the file and the byte offset: a missing
// file, a wrong magic or version, a truncated or overlong file, counts out of range, a
// feature order that is not a permutation, a checksum mismatch, non-finite numbers, weights
// or priors that are not distributions, a precision factor without a positive diagonal, unsorted calibration, guide pixels outside
// 0..255, a drawing views flag other than 0 or 1, drawing views that validateDrawingViews
// refuses, and a model whose numbers cannot score: finite but absurd values (a mean of
// 1e308) that give a component's own mean no finite log-likelihood. It never reads out of
// bounds, and checks every count against the bytes left before allocating for it.

#include <digit_tutor/engine/digit_model.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace dt {

inline constexpr std::uint32_t kModelFormatVersion = 5;
/// still read: f32 factors (1), no drawn counts (1, 2), no drawing views (1 to 3)
inline constexpr std::uint32_t kOldestModelFormatVersion = 1;
inline constexpr std::size_t kMaxModelFileBytes = 256u << 20;

/// Writes the model atomically (a temporary file renamed over the target). Throws
/// dt::FormatError when the file cannot be written.
void saveModel(const DigitModel& model, const std::string& path);
std::vector<unsigned char> serialiseModel(const DigitModel& model);

DigitModel loadModel(const std::string& path);
/// `source` names the data in error messages.
DigitModel parseModel(const unsigned char* data, std::size_t size, const std::string& source);

/// The precision factors rounded to what the file stores for a class mixture (half precision).
GaussianMixture roundedForStorage(const GaussianMixture& mixture);
/// The views with their precision factors rounded to what the file stores: half precision
/// for the doodle mixture over images, single for the pen path mixtures. Saving and loading
/// the result gives it back exactly.
DrawingViews roundedForStorage(const DrawingViews& views);

} // namespace dt
