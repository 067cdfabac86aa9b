#pragma once
// The inner loop of EM's two big single-precision products (the E-step's x^T P and the
// M-step's weighted outer products): a 24 x 4 block of a product A B^T, accumulated in
// registers over the whole depth from two packed panels.
//
// Why our own and not Eigen's: Eigen's kernel has the same shape, but around it each
// E-step product re-packed the triangular factor for every 256 rows and wrote the 256 x 324
// result to memory to read it back for its squared norms, and the rank update read and
// wrote the whole 324 x 324 result for every block of samples. The callers of this loop
// pack a factor once per pass and square each block while it is still in registers
// (squared_mahalanobis.cpp), or add each block to a compact buffer (weighted_scatter.cpp).
//
// GCC/Clang vector extensions rather than intrinsics: the same code compiles to AVX2 and
// FMA, and to narrower vectors on any other target. The project is built for the baseline
// (x86-64, SSE2), where these 32-byte vectors are split in two and a training ran twenty
// times slower: the functions that run these loops are compiled a second time for
// x86-64-v3 (AVX2, FMA) and the processor's own is chosen when the program starts
// (DIGIT_TUTOR_EM_KERNEL, GCC's target_clones). Only their bodies are compiled twice,
// Eigen's templates stay as the rest of the program has them.

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)
#define DIGIT_TUTOR_EM_KERNEL __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define DIGIT_TUTOR_EM_KERNEL
#endif

#include <cstring>

namespace dt::detail {

inline constexpr int kTileRows = 24; ///< rows of a block: three vectors of eight floats
inline constexpr int kTileCols = 4;  ///< columns of a block: each a broadcast scalar

using Float8 = float __attribute__((vector_size(32)));

/// Blocks of kTileRows rows that cover n rows (the last one padded).
inline long rowBlocks(long n) { return (n + kTileRows - 1) / kTileRows; }
/// Groups of kTileCols columns that cover n columns (the last one padded).
inline long columnGroups(long n) { return (n + kTileCols - 1) / kTileCols; }

/// A kTileRows x kTileCols block: acc[v][j] holds rows 8v..8v+7 of column j.
struct FloatTile {
    Float8 acc[3][kTileCols];
};

inline Float8 loadFloat8(const float* p)
{
    Float8 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline void storeFloat8(float* p, Float8 v)
{
    std::memcpy(p, &v, sizeof v);
}

/// The loop of the products below, over `Vectors` (1 to 3) of a panel's three vectors of
/// rows, starting at a's first float; with Shifted, shift[t] is taken from every value of
/// a[t] as it is loaded. acc[v] holds the v-th vector computed.
template <bool Shifted, int Vectors = 3>
inline FloatTile accumulatePanels(const float* a, const float* shift, const float* b, long depth)
{
    static_assert(Vectors >= 1 && Vectors <= 3);
    FloatTile t{};
    for (long s = 0; s < depth; ++s) {
        Float8 av[Vectors];
        for (int v = 0; v < Vectors; ++v)
            av[v] = loadFloat8(a + 8 * v);
        if constexpr (Shifted) {
            const float m = shift[s];
            for (int v = 0; v < Vectors; ++v)
                av[v] -= m;
        }
#pragma GCC unroll 4
        for (int j = 0; j < kTileCols; ++j) {
            const float bj = b[j];
            for (int v = 0; v < Vectors; ++v)
                t.acc[v][j] += av[v] * bj;
        }
        a += kTileRows;
        b += kTileCols;
    }
    return t;
}

/// sum over t < depth of a[t] b[t]^T, where a is a panel of depth x kTileRows floats (a[t]
/// the t-th group of kTileRows) and b one of depth x kTileCols. Rounds as float FMAs do.
inline FloatTile multiplyPanels(const float* a, const float* b, long depth)
{
    return accumulatePanels<false>(a, nullptr, b, depth);
}

/// multiplyPanels for `Vectors` of the panel's three vectors of rows, the first at `a` (a
/// panel's start plus 8 times the first vector's index): acc[v] for v < Vectors.
template <int Vectors>
inline FloatTile multiplyPanelRows(const float* a, const float* b, long depth)
{
    return accumulatePanels<false, Vectors>(a, nullptr, b, depth);
}

/// sum over t < depth of (a[t] - shift[t]) b[t]^T: multiplyPanels with shift[t] taken from
/// every value of a[t] as it is loaded, the same float subtraction as a shifted copy of the
/// panel would hold. The subtractions take the adder pipes, which the FMAs leave free, and
/// the panel is laid out once for every shift instead of copied for each.
inline FloatTile multiplyShiftedPanels(const float* a, const float* shift, const float* b, long depth)
{
    return accumulatePanels<true>(a, shift, b, depth);
}

/// multiplyShiftedPanels for `Vectors` of the panel's three vectors of rows, the first at
/// `a` (a panel's start plus 8 times the first vector's index): acc[v] for v < Vectors.
template <int Vectors>
inline FloatTile multiplyShiftedPanelRows(const float* a, const float* shift, const float* b, long depth)
{
    return accumulatePanels<true, Vectors>(a, shift, b, depth);
}

} // namespace dt::detail
