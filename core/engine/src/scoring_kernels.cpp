#include "scoring_kernels.hpp"

#include <algorithm>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h> // the SSE2 and, in the functions marked so, the AVX2 intrinsics
#define DIGIT_TUTOR_AVX2_KERNELS 1
// Only these functions use AVX2, FMA and F16C: the rest of the program stays baseline, and
// they run only where supportedKernels() found the instructions.
#define DIGIT_TUTOR_AVX2 __attribute__((target("avx2,fma,f16c")))
#endif

namespace dt::kernels {
namespace {

#if defined(__x86_64__) && defined(__GNUC__)
// SSE2, which every x86-64 processor has: R registers of four sums stay in registers
// through all the rows (sixteen registers hold 64 sums but leave none for the products,
// so wider rows go in parts of 32 columns).
template <int R>
void floatRowsPart(const double* x, const double* mean, const float* rows, int nRows, int stride, float* y)
{
    __m128 sums[R];
    for (int l = 0; l < R; ++l)
        sums[l] = _mm_setzero_ps();
    for (int i = 0; i < nRows; ++i, rows += stride) {
        const __m128 di = _mm_set1_ps(float(x[i] - mean[i]));
        for (int l = 0; l < R; ++l)
            sums[l] = _mm_add_ps(sums[l], _mm_mul_ps(di, _mm_loadu_ps(rows + 4 * l)));
    }
    for (int l = 0; l < R; ++l)
        _mm_storeu_ps(y + 4 * l, sums[l]);
}
#else
template <int R>
void floatRowsPart(const double* x, const double* mean, const float* rows, int nRows, int stride, float* y)
{
    float sums[4 * R] = {};
    for (int i = 0; i < nRows; ++i, rows += stride) {
        const float di = float(x[i] - mean[i]);
        for (int j = 0; j < 4 * R; ++j)
            sums[j] += di * rows[j];
    }
    std::copy(sums, sums + 4 * R, y);
}
#endif

void floatRowsBaselineAny(const double* x, const double* mean, const float* rows, int nRows, int width, float* y)
{
    for (int part = 0; part < width; part += 32) {
        switch (std::min(32, width - part) / 4) {
        case 2: floatRowsPart<2>(x, mean, rows + part, nRows, width, y + part); break;
        case 4: floatRowsPart<4>(x, mean, rows + part, nRows, width, y + part); break;
        case 6: floatRowsPart<6>(x, mean, rows + part, nRows, width, y + part); break;
        default: floatRowsPart<8>(x, mean, rows + part, nRows, width, y + part); break;
        }
    }
}

#if defined(__x86_64__) && defined(__GNUC__)
// Columns [part, part + 4R) of the triangle's sums, in registers through all the rows (as
// floatRowsPart). Row i holds columns 8 floor(i / 8) on: a row starting past `part` adds
// to the registers from its first column on only.
template <int R>
void trianglePart(const double* x, const double* mean, int d, int padded, int part, const float* row, float* y)
{
    __m128 sums[R];
    for (int l = 0; l < R; ++l)
        sums[l] = _mm_setzero_ps();
    const int end = std::min(d, part + 4 * R);
    for (int i = 0; i < end; ++i) {
        const int first = i / kLanes * kLanes;
        const __m128 di = _mm_set1_ps(float(x[i] - mean[i]));
        const int from = first > part ? (first - part) / 4 : 0;
        const float* at = row + part - first; // column c of this row is at[c - part]
        for (int l = 0; l < R; ++l)
            if (l >= from)
                sums[l] = _mm_add_ps(sums[l], _mm_mul_ps(di, _mm_loadu_ps(at + 4 * l)));
        row += padded - first;
    }
    for (int l = 0; l < R; ++l)
        _mm_storeu_ps(y + part + 4 * l, sums[l]);
}

// SSE2: the plain loop below kept its sums in memory and ran three times as long as the
// AVX2 kernel on the pen path mixtures (perf, bench/classify_latency).
void floatTriangleBaseline(const double* x, const double* mean, int d, const float* rows, float* y)
{
    const int padded = (d + kLanes - 1) / kLanes * kLanes;
    for (int part = 0; part < padded; part += 32) {
        switch (std::min(32, padded - part) / 4) {
        case 2: trianglePart<2>(x, mean, d, padded, part, rows, y); break;
        case 4: trianglePart<4>(x, mean, d, padded, part, rows, y); break;
        case 6: trianglePart<6>(x, mean, d, padded, part, rows, y); break;
        default: trianglePart<8>(x, mean, d, padded, part, rows, y); break;
        }
    }
}
#else
void floatTriangleBaseline(const double* x, const double* mean, int d, const float* row, float* y)
{
    const int padded = (d + kLanes - 1) / kLanes * kLanes;
    std::fill(y, y + padded, 0.0f);
    for (int i = 0; i < d; ++i) {
        const int first = i / kLanes * kLanes;
        const float di = float(x[i] - mean[i]);
        for (int j = first; j < padded; ++j)
            y[j] += di * row[j - first];
        row += padded - first;
    }
}
#endif

#ifdef DIGIT_TUTOR_AVX2_KERNELS
// The sums stay in registers through all the rows: kept in memory, each row's sums waited
// for the previous row's stores.
template <int L>
DIGIT_TUTOR_AVX2 void halfRowsAvx2(const double* x, const double* mean, const std::uint16_t* rows, int nRows, float* y)
{
    __m256 sums[L];
    for (int l = 0; l < L; ++l)
        sums[l] = _mm256_setzero_ps();
    for (int i = 0; i < nRows; ++i, rows += L * kLanes) {
        const __m256 di = _mm256_set1_ps(float(x[i] - mean[i]));
        for (int l = 0; l < L; ++l)
            sums[l] = _mm256_fmadd_ps(
                di, _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(rows + l * kLanes))), sums[l]);
    }
    for (int l = 0; l < L; ++l)
        _mm256_storeu_ps(y + l * kLanes, sums[l]);
}

DIGIT_TUTOR_AVX2 void halfRowsAvx2Any(const double* x, const double* mean, const std::uint16_t* rows, int nRows,
                                      int width, float* y)
{
    switch (width / kLanes) {
    case 1: return halfRowsAvx2<1>(x, mean, rows, nRows, y);
    case 2: return halfRowsAvx2<2>(x, mean, rows, nRows, y);
    case 3: return halfRowsAvx2<3>(x, mean, rows, nRows, y);
    case 4: return halfRowsAvx2<4>(x, mean, rows, nRows, y);
    case 5: return halfRowsAvx2<5>(x, mean, rows, nRows, y);
    case 6: return halfRowsAvx2<6>(x, mean, rows, nRows, y);
    case 7: return halfRowsAvx2<7>(x, mean, rows, nRows, y);
    default: return halfRowsAvx2<8>(x, mean, rows, nRows, y);
    }
}

// The rows of group G (rows 8G..8G+7) start at column 8G: each adds to the sums of
// registers G..R-1 only.
template <int R, int G>
DIGIT_TUTOR_AVX2 void triangleGroupsAvx2(const double* x, const double* mean, int d, const float*& row,
                                         __m256 (&sums)[R])
{
    if constexpr (G < R) {
        const int end = d < (G + 1) * kLanes ? d : (G + 1) * kLanes;
        for (int i = G * kLanes; i < end; ++i, row += (R - G) * kLanes) {
            const __m256 di = _mm256_set1_ps(float(x[i] - mean[i]));
            for (int l = G; l < R; ++l)
                sums[l] = _mm256_fmadd_ps(di, _mm256_loadu_ps(row + (l - G) * kLanes), sums[l]);
        }
        triangleGroupsAvx2<R, G + 1>(x, mean, d, row, sums);
    }
}

template <int R>
DIGIT_TUTOR_AVX2 void floatTriangleAvx2(const double* x, const double* mean, int d, const float* rows, float* y)
{
    __m256 sums[R];
    for (int l = 0; l < R; ++l)
        sums[l] = _mm256_setzero_ps();
    triangleGroupsAvx2<R, 0>(x, mean, d, rows, sums);
    for (int l = 0; l < R; ++l)
        _mm256_storeu_ps(y + l * kLanes, sums[l]);
}

DIGIT_TUTOR_AVX2 void floatTriangleAvx2Any(const double* x, const double* mean, int d, const float* rows, float* y)
{
    switch ((d + kLanes - 1) / kLanes) {
    case 1: return floatTriangleAvx2<1>(x, mean, d, rows, y);
    case 2: return floatTriangleAvx2<2>(x, mean, d, rows, y);
    case 3: return floatTriangleAvx2<3>(x, mean, d, rows, y);
    case 4: return floatTriangleAvx2<4>(x, mean, d, rows, y);
    case 5: return floatTriangleAvx2<5>(x, mean, d, rows, y);
    case 6: return floatTriangleAvx2<6>(x, mean, d, rows, y);
    case 7: return floatTriangleAvx2<7>(x, mean, d, rows, y);
    case 8: return floatTriangleAvx2<8>(x, mean, d, rows, y);
    default: return floatTriangleBaseline(x, mean, d, rows, y); // wider than the registers hold
    }
}
#endif

} // namespace

HalfRows halfRowsAvx2()
{
#ifdef DIGIT_TUTOR_AVX2_KERNELS
    return &halfRowsAvx2Any;
#else
    return nullptr;
#endif
}

FloatRows floatRowsBaseline() { return &floatRowsBaselineAny; }

FloatTriangle floatTriangle(CpuKernels kernels)
{
#ifdef DIGIT_TUTOR_AVX2_KERNELS
    if (kernels == CpuKernels::Avx2)
        return &floatTriangleAvx2Any;
#endif
    (void)kernels;
    return &floatTriangleBaseline;
}

} // namespace dt::kernels
