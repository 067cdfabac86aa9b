#pragma once
// Which instructions the hot kernels of recognition use. The project is built for Debian's
// amd64 baseline (x86-64 with SSE2), so that it runs on every school computer, a Celeron
// without AVX2 among them. The two kernels that score a drawing (the image mixtures' half
// precision rows, CompactScorer, and the pen path mixtures' rows, PackedMixtureScorer) are
// compiled a second time for AVX2, FMA and F16C, and chosen when the processor has them.
// Both give the same verdicts: their sums differ only by a multiply-add rounded once or
// twice (about 1e-7 relative).
//
// A scorer takes the kernels active when it is built (DigitModel::prepareScoring, at load).

namespace dt {

enum class CpuKernels {
    Baseline, ///< SSE2 (x86-64) or plain C++ elsewhere
    Avx2,     ///< AVX2 with FMA and F16C (x86-64 processors from 2013 on)
};

/// "baseline" or "avx2".
const char* kernelsName(CpuKernels kernels);

/// The fastest kernels this processor (and its operating system) can run.
CpuKernels supportedKernels();

/// The kernels scorers built from now on use: those useKernels chose, else "baseline" when
/// the environment variable DIGIT_TUTOR_KERNELS says so, else supportedKernels().
CpuKernels activeKernels();

/// For benchmarks and tests: scorers built from now on use these kernels. Throws
/// std::invalid_argument for kernels this processor cannot run.
void useKernels(CpuKernels kernels);

} // namespace dt
