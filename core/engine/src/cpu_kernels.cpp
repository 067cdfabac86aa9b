#include <digit_tutor/engine/cpu_kernels.hpp>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

namespace dt {
namespace {

constexpr int kFromEnvironment = -1;
std::atomic<int> g_chosen{kFromEnvironment};

} // namespace

const char* kernelsName(CpuKernels kernels) { return kernels == CpuKernels::Avx2 ? "avx2" : "baseline"; }

CpuKernels supportedKernels()
{
#if defined(__x86_64__) && defined(__GNUC__)
    // libgcc also checks that the operating system saves the AVX registers.
    static const bool avx2 =
        __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c");
    return avx2 ? CpuKernels::Avx2 : CpuKernels::Baseline;
#else
    return CpuKernels::Baseline;
#endif
}

CpuKernels activeKernels()
{
    const int chosen = g_chosen.load();
    if (chosen != kFromEnvironment)
        return CpuKernels(chosen);
    static const bool baselineAsked = [] {
        const char* asked = std::getenv("DIGIT_TUTOR_KERNELS");
        return asked && std::strcmp(asked, "baseline") == 0;
    }();
    return baselineAsked ? CpuKernels::Baseline : supportedKernels();
}

void useKernels(CpuKernels kernels)
{
    if (kernels == CpuKernels::Avx2 && supportedKernels() != CpuKernels::Avx2)
        throw std::invalid_argument("This processor cannot run the AVX2 kernels (it lacks AVX2, FMA or F16C).");
    g_chosen.store(int(kernels));
}

} // namespace dt
