// The "Show me how" check (issue 8), measured with whole writers held out: the ways of
// writing are learnt from the other writers' digits, and each held-out digit is checked
//  - as it was drawn (it should pass: no hint),
//  - with every stroke reversed (it should be flagged),
//  - for digits of two strokes, with the strokes' order swapped (it should be flagged).
// Prints the three rates per digit and overall, the time per check, and the same rates
// for a few other thresholds (so that the defaults are chosen by measurement).
// Usage: formation_check DRAWN.jsonl [--folds N] [--max-ways K] [--exemplars E]
//        [--bandwidth B] [--min-log-ratio L]

#include <digit_tutor/engine/formation_check.hpp>
#include <digit_tutor/engine/parallel.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/engine/trajectory.hpp>
#include <digit_tutor/training/ways_builder.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <exception>
#include <stdexcept>
#include <set>
#include <string>
#include <vector>

namespace {

enum Case { AsDrawn, Reversed, Swapped, kCases };
const char* const kCaseNames[kCases] = {"passed as drawn", "reversed flagged", "swapped flagged"};

struct Result {
    int digit = 0;
    bool present[kCases] = {};
    double logRatio[kCases] = {};
};

bool flagged(const Result& r, int c, const dt::FormationSettings& s)
{
    return r.logRatio[c] >= s.minLogRatio;
}

void printRates(const std::vector<Result>& results, const dt::FormationSettings& s, bool perDigit)
{
    int count[kCases][11] = {}, good[kCases][11] = {};
    for (const Result& r : results)
        for (int c = 0; c < kCases; ++c) {
            if (!r.present[c])
                continue;
            const bool ok = c == AsDrawn ? !flagged(r, c, s) : flagged(r, c, s);
            for (int slot : {r.digit, 10}) {
                ++count[c][slot];
                good[c][slot] += ok;
            }
        }
    std::printf("bandwidth %.3f, min log ratio %.2f:", s.bandwidth, s.minLogRatio);
    for (int c = 0; c < kCases; ++c)
        std::printf("  %s %.2f%% (%d)", kCaseNames[c], 100.0 * good[c][10] / std::max(1, count[c][10]), count[c][10]);
    std::printf("\n");
    if (!perDigit)
        return;
    for (int c = 0; c < kCases; ++c) {
        std::printf("  %-17s", kCaseNames[c]);
        for (int d = 0; d < 10; ++d)
            if (count[c][d])
                std::printf(" %d:%5.1f", d, 100.0 * good[c][d] / count[c][d]);
        std::printf("\n");
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0) {
        std::fprintf(stderr, "Usage: formation_check DRAWN.jsonl [--folds N] [--max-ways K] [--exemplars E] "
                             "[--bandwidth B] [--min-log-ratio L]\n");
        return 2;
    }
    try {
        int folds = 3;
        dt::WaysConfig config;
        dt::FormationSettings settings;
        for (int i = 2; i + 1 < argc; i += 2) {
            const std::string name = argv[i];
            const char* value = argv[i + 1];
            if (name == "--folds")
                folds = std::atoi(value);
            else if (name == "--max-ways")
                config.maxWays = std::atoi(value);
            else if (name == "--exemplars")
                config.exemplarsPerDigit = std::atoi(value);
            else if (name == "--bandwidth")
                settings.bandwidth = std::atof(value);
            else if (name == "--min-log-ratio")
                settings.minLogRatio = std::atof(value);
            else
                throw std::runtime_error("unknown option " + name);
        }
        const std::vector<dt::Drawing> drawings = dt::loadDrawings(argv[1]);
        std::set<std::string> writerSet;
        for (const dt::Drawing& d : drawings)
            writerSet.insert(d.writer);
        const std::vector<std::string> writers(writerSet.begin(), writerSet.end());
        auto foldOf = [&](const std::string& w) {
            return int(std::lower_bound(writers.begin(), writers.end(), w) - writers.begin()) % folds;
        };

        std::vector<Result> results;
        double checkSeconds = 0.0;
        int checks = 0;
        for (int fold = 0; fold < folds; ++fold) {
            std::vector<dt::Drawing> train;
            std::vector<const dt::Drawing*> test;
            for (const dt::Drawing& d : drawings)
                if (foldOf(d.writer) == fold)
                    test.push_back(&d);
                else
                    train.push_back(d);
            const auto built = std::chrono::steady_clock::now();
            const dt::WritingWays ways = dt::buildWritingWays(train, config);
            const double buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - built).count();
            std::printf("fold %d: %zu training digits, ways per digit", fold + 1, train.size());
            for (const auto& w : ways.digits)
                std::printf(" %zu", w.size());
            std::printf(" (built in %.1f s); %zu held-out digits\n", buildSeconds, test.size());

            std::vector<Result> foldResults(test.size());
            const auto start = std::chrono::steady_clock::now();
            dt::parallelFor(int(test.size()), 0, [&](int i) {
                const dt::Drawing& d = *test[std::size_t(i)];
                Result& r = foldResults[std::size_t(i)];
                r.digit = d.label;
                auto run = [&](int c, const dt::Drawing& variant) {
                    const dt::FormationCheck check = dt::checkFormation(ways, d.label, variant, settings);
                    r.present[c] = true;
                    r.logRatio[c] = check.logRatio;
                };
                run(AsDrawn, d);
                run(Reversed, dt::withReversedStrokes(d));
                if (d.strokes.size() == 2) {
                    dt::Drawing swapped = d;
                    std::swap(swapped.strokes[0], swapped.strokes[1]);
                    run(Swapped, swapped);
                }
            });
            checkSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            for (const Result& r : foldResults)
                checks += 2 + r.present[Swapped];
            results.insert(results.end(), foldResults.begin(), foldResults.end());
        }
        std::printf("\nheld-out writers, %d folds, %zu digits; %.2f ms per check (wall, %d threads)\n", folds,
                    results.size(), 1000.0 * checkSeconds / std::max(1, checks), dt::resolveThreads(0));
        std::printf("targets: passed as drawn >= 95%%, reversed flagged >= 90%%, swapped flagged >= 80%%\n");
        printRates(results, settings, true);
        std::printf("\nother thresholds:\n");
        for (double threshold : {0.5, 1.0, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 6.0})
            printRates(results, {settings.bandwidth, threshold}, false);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "formation_check: error: %s\n", e.what());
        return 1;
    }
}
