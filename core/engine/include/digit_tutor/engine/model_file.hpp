#pragma once
// The model file (".dtm"), format version 3, little-endian:
//
//   "DGTMODEL"           8 bytes, magic
//   version              u32 (3; versions 1 and 2 are still read)
//   hog                  i32 orientations, i32 cell size, i32 block size
//   deskew               u8 (0 or 1)
//   featureCount d       i32, must equal what the HOG settings give on 28x28
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
//   metadata             u32 count, then count x (u32 length + UTF-8 key, u32 length + UTF-8 value)
//   crc32                u32, CRC-32 (IEEE) of every byte before it
//
// The precision factor is stored in half precision, which holds 146 components in 16 MB
// (single precision held 73) and changes no answer on the MNIST test set (measured on the
// version-1 default model, and on the k = 1 model that matches scikit-learn's 0.9524).
// Training rounds the factors before calibrating, so a saved and reloaded model scores
// exactly like the one that was evaluated.
//
// loadModel rejects, with dt::FormatError naming the file and the byte offset: a missing
// file, a wrong magic or version, a truncated or overlong file, counts out of range, a
// checksum mismatch, non-finite numbers, weights or priors that are not distributions, a
// precision factor without a positive diagonal, unsorted calibration, guide pixels outside
// 0..255. It never reads out of bounds.

#include <digit_tutor/engine/digit_model.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace dt {

inline constexpr std::uint32_t kModelFormatVersion = 3;
inline constexpr std::uint32_t kOldestModelFormatVersion = 1; ///< still read: f32 factors (1), no drawn counts (1, 2)
inline constexpr std::size_t kMaxModelFileBytes = 256u << 20;

/// Writes the model atomically (a temporary file renamed over the target). Throws
/// dt::FormatError when the file cannot be written.
void saveModel(const DigitModel& model, const std::string& path);
std::vector<unsigned char> serialiseModel(const DigitModel& model);

DigitModel loadModel(const std::string& path);
/// `source` names the data in error messages.
DigitModel parseModel(const unsigned char* data, std::size_t size, const std::string& source);

/// The precision factors rounded to what the file stores (half precision).
GaussianMixture roundedForStorage(const GaussianMixture& mixture);

} // namespace dt
