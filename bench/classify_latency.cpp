// Prints the latency of recognising one drawn digit, strokes to verdict (rendering,
// normalisation, HOG, the ten mixtures, the pen path and the doodles, and the flipped drawing
// where it is looked at), with the asked digit, over real pen trajectories: once with the
// kernels this processor runs fastest and once with the baseline kernels every x86-64
// processor runs (cpu_kernels.hpp), and whether the two gave the same verdicts.
// Usage: classify_latency MODEL.dtm DRAWINGS.jsonl [REPEATS]

#include <digit_tutor/engine/cpu_kernels.hpp>
#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <vector>

namespace {

std::vector<dt::Verdict> measure(const char* modelPath, const std::vector<dt::Drawing>& drawings, int repeats,
                                 dt::CpuKernels kernels)
{
    dt::useKernels(kernels);
    const dt::DigitModel model = dt::loadModel(modelPath); // its scorers take the kernels now
    std::vector<double> ms;
    std::vector<dt::Verdict> verdicts;
    int correct = 0;
    for (int r = 0; r < repeats; ++r)
        for (const dt::Drawing& d : drawings) {
            const auto start = std::chrono::steady_clock::now();
            const dt::Verdict v = dt::recogniseDrawing(model, d, d.label); // asked, as the app asks
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            if (r == 0) {
                correct += v.digit == d.label ? 1 : 0;
                verdicts.push_back(v);
            }
        }
    std::sort(ms.begin(), ms.end());
    auto pct = [&ms](double p) { return ms[std::min(ms.size() - 1, std::size_t(p / 100.0 * double(ms.size())))]; };
    std::printf("strokes -> verdict over %zu drawings, %s kernels: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms "
                "(target: p99 <= 1 ms); accuracy on these drawings %.4f\n",
                ms.size(), dt::kernelsName(kernels), pct(50), pct(90), pct(99), ms.back(),
                double(correct) / double(drawings.size()));
    return verdicts;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s MODEL.dtm DRAWINGS.jsonl [REPEATS]\n", argv[0]);
        return 2;
    }
    try {
        const std::vector<dt::Drawing> drawings = dt::loadDrawings(argv[2]);
        const int repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 1;
        const std::vector<dt::Verdict> fast = measure(argv[1], drawings, repeats, dt::supportedKernels());
        if (dt::supportedKernels() == dt::CpuKernels::Baseline) {
            std::printf("this processor runs the baseline kernels only\n");
            return 0;
        }
        const std::vector<dt::Verdict> baseline = measure(argv[1], drawings, repeats, dt::CpuKernels::Baseline);
        int differ = 0;
        double largest = 0.0;
        for (std::size_t i = 0; i < fast.size(); ++i) {
            const dt::Verdict &a = fast[i], &b = baseline[i];
            differ += a.digit != b.digit || a.isDigit != b.isDigit || a.reversedDigit != b.reversedDigit ? 1 : 0;
            for (int c = 0; c < dt::kDigitClasses; ++c)
                largest = std::max(largest, std::abs(a.probabilities[std::size_t(c)] - b.probabilities[std::size_t(c)]));
        }
        std::printf("verdicts that differ between the two: %d of %zu (digit, refusal or reversal); largest difference "
                    "of a probability %.2e\n",
                    differ, fast.size(), largest);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "classify_latency: %s\n", e.what());
        return 1;
    }
}
