// How fast this machine can do EM's arithmetic at all, so that a training time can be
// read against a floor rather than against hope. Prints, in single precision:
//  - the fused multiply-add peak of one core (independent FMA chains, no memory);
//  - Eigen's triangular product at the E-step's shape (256 samples x d by a d x d
//    upper-triangular precision factor), counting only the useful half;
//  - Eigen's symmetric rank update at the M-step's shape (d x 1024 samples);
//  each on one core and on all cores at once (independent products, as EM runs them).
// Usage: compute_ceiling [D]   (D: feature count, default 324, MNIST's HOG)
// bench/training_speed.sh turns the all-core FMA peak into the least time EM's E-step can
// take for the iterations the training run made. (EM's products run on our own kernel,
// core/training/kernels/float_tile_kernel.hpp, faster than Eigen's: Eigen's figures show what a general
// library reaches at the same shapes.)

#include <digit_tutor/engine/parallel.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// FLOP/s of `work` (flops per call) run `calls` times on each of `threads` threads at once.
double rate(int threads, int calls, double flopsPerCall, const std::function<void(int)>& perThreadSetupAndRun)
{
    const auto start = Clock::now();
    dt::parallelFor(threads, threads, [&](int t) {
        for (int i = 0; i < calls; ++i)
            perThreadSetupAndRun(t);
    });
    return double(threads) * calls * flopsPerCall / secondsSince(start);
}

// Twelve independent chains of fused multiply-adds on Eigen's widest float packet: enough
// to cover the FMA latency on current x86 and ARM cores, so the loop runs at the issue
// rate. Not inlined, so that the compiler cannot move the work out of the timed span.
#if defined(__GNUC__) && !defined(__clang__)
[[gnu::noipa]]
#else
[[gnu::noinline]]
#endif
float fmaChains(long iterations)
{
    using Packet = Eigen::internal::packet_traits<float>::type;
    constexpr int kChains = 12;
    Packet acc[kChains];
    for (int i = 0; i < kChains; ++i)
        acc[i] = Eigen::internal::pset1<Packet>(1.0f + float(i) * 1e-7f);
    const Packet a = Eigen::internal::pset1<Packet>(0.9999999f);
    const Packet b = Eigen::internal::pset1<Packet>(1e-7f);
    for (long it = 0; it < iterations; ++it)
        for (int i = 0; i < kChains; ++i)
            acc[i] = Eigen::internal::pmadd(acc[i], a, b);
    float checksum = 0.0f;
    for (int i = 0; i < kChains; ++i)
        checksum += Eigen::internal::pfirst(acc[i]);
    return checksum;
}

double fmaPeakOneCore(float& checksum)
{
    constexpr int kLanes = Eigen::internal::packet_traits<float>::size;
    const long iterations = 100'000'000;
    const auto start = Clock::now();
    checksum = fmaChains(iterations); // printed, so that the chains cannot be left out
    return double(iterations) * 12 * kLanes * 2 / secondsSince(start);
}

} // namespace

int main(int argc, char** argv)
{
    const Eigen::Index d = argc > 1 ? std::atol(argv[1]) : 324;
    if (d < 8 || d > 4096) {
        std::fprintf(stderr, "compute_ceiling: D must be between 8 and 4096, got %ld\n", long(d));
        return 2;
    }
    Eigen::setNbThreads(1);
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const double giga = 1e9;

    float checksum = 0.0f;
    const double peak = fmaPeakOneCore(checksum);
    std::printf("FMA peak, one core: %.1f GFLOP/s (single precision, %d lanes; checksum %.3f)\n", peak / giga,
                int(Eigen::internal::packet_traits<float>::size),
                double(checksum));
    std::printf("fma_peak_gflops_all_cores=%.2f\n", peak * cores / giga);

    constexpr Eigen::Index kChunk = 256;
    constexpr Eigen::Index kScatterRows = 1024;
    const auto perCore = std::size_t(cores);
    std::vector<Eigen::MatrixXf> x(perCore), y(perCore), u(perCore), w(perCore), s(perCore);
    for (int t = 0; t < cores; ++t) {
        x[std::size_t(t)] = Eigen::MatrixXf::Random(kChunk, d);
        y[std::size_t(t)] = Eigen::MatrixXf(kChunk, d);
        u[std::size_t(t)] = Eigen::MatrixXf::Random(d, d);
        w[std::size_t(t)] = Eigen::MatrixXf::Random(d, kScatterRows);
        s[std::size_t(t)] = Eigen::MatrixXf::Zero(d, d);
    }
    const double trmmFlops = double(kChunk) * double(d) * double(d + 1); // useful: the upper half
    const double syrkFlops = double(kScatterRows) * double(d) * double(d + 1);
    auto trmm = [&](int t) {
        y[std::size_t(t)].noalias() = x[std::size_t(t)] * u[std::size_t(t)].triangularView<Eigen::Upper>();
    };
    auto syrk = [&](int t) { s[std::size_t(t)].selfadjointView<Eigen::Lower>().rankUpdate(w[std::size_t(t)]); };
    const int trmmCalls = std::max(20, int(4e10 / trmmFlops));
    const int syrkCalls = std::max(5, int(4e10 / syrkFlops));
    trmm(0); // warm the caches and the allocator
    for (int threads : {1, cores}) {
        const double e = rate(threads, trmmCalls, trmmFlops, trmm);
        const double m = rate(threads, syrkCalls, syrkFlops, syrk);
        std::printf("%d core%s: E-step product (%ld x %ld by triangular %ld x %ld) %.1f GFLOP/s (%.0f%% of peak); "
                    "M-step rank update (%ld x %ld) %.1f GFLOP/s (%.0f%%)\n",
                    threads, threads == 1 ? "" : "s", long(kChunk), long(d), long(d), long(d), e / giga,
                    100.0 * e / (threads * peak), long(d), long(kScatterRows), m / giga, 100.0 * m / (threads * peak));
        if (threads == cores)
            std::printf("e_step_gflops_all_cores=%.2f\n", e / giga);
        if (cores == 1)
            break;
    }
    return 0;
}
