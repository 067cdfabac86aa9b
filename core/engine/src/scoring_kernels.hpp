#pragma once
// The two inner loops of scoring a drawing, each in a baseline and an AVX2 version
// (cpu_kernels.hpp): y = P^T (x - mu) for rows of a precision factor.

#include <digit_tutor/engine/cpu_kernels.hpp>

#include <cstdint>

namespace dt::kernels {

inline constexpr int kLanes = 8;     ///< values per row are padded to multiples of this
inline constexpr int kMaxWidth = 64; ///< the widest rows the kernels take

/// y[0..w) = sum over rows i < nRows of (x_i - mu_i) * row_i[0..w), rows of w half-precision
/// values one after another; w a multiple of kLanes, at most kMaxWidth.
using HalfRows = void (*)(const double* x, const double* mean, const std::uint16_t* rows, int nRows, int width,
                          float* y);

/// The same sums from rows of w single-precision values: the baseline's form of the half
/// precision rows, which processors without F16C would otherwise convert value by value.
using FloatRows = void (*)(const double* x, const double* mean, const float* rows, int nRows, int width, float* y);

/// y[0..padded) = P^T (x - mu) for a d x d upper triangle held in single precision, row i
/// from column 8 floor(i / 8) to padded = d rounded up to a multiple of kLanes (zeros outside
/// the triangle); any d.
using FloatTriangle = void (*)(const double* x, const double* mean, int d, const float* rows, float* y);

/// The AVX2 kernel of half-precision rows (F16C converts them as they are read).
HalfRows halfRowsAvx2();
/// The baseline kernel of single-precision rows.
FloatRows floatRowsBaseline();
FloatTriangle floatTriangle(CpuKernels kernels);

} // namespace dt::kernels
