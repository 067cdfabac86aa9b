// Prints the latency of recognising one drawn digit, strokes to verdict (rendering,
// normalisation, HOG, the ten mixtures, the pen path and the doodles, and the flipped drawing
// where it is looked at), with the asked digit, over real pen trajectories.
// Usage: classify_latency MODEL.dtm DRAWINGS.jsonl [REPEATS]

#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s MODEL.dtm DRAWINGS.jsonl [REPEATS]\n", argv[0]);
        return 2;
    }
    try {
        const dt::DigitModel model = dt::loadModel(argv[1]);
        const std::vector<dt::Drawing> drawings = dt::loadDrawings(argv[2]);
        const int repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 1;
        std::vector<double> ms;
        int correct = 0;
        for (int r = 0; r < repeats; ++r)
            for (const dt::Drawing& d : drawings) {
                const auto start = std::chrono::steady_clock::now();
                const dt::Verdict v = dt::recogniseDrawing(model, d, d.label); // asked, as the app asks
                ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
                correct += (r == 0 && v.digit == d.label) ? 1 : 0;
            }
        std::sort(ms.begin(), ms.end());
        auto pct = [&ms](double p) { return ms[std::min(ms.size() - 1, std::size_t(p / 100.0 * double(ms.size())))]; };
        std::printf("strokes -> verdict over %zu drawings: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms "
                    "(target: p99 <= 1 ms); accuracy on these drawings %.4f\n",
                    ms.size(), pct(50), pct(90), pct(99), ms.back(), double(correct) / double(drawings.size()));
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "classify_latency: %s\n", e.what());
        return 1;
    }
}
