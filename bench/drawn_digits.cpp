// Recognition of what children draw, measured as issue 20 asks, in one run:
//  - the given model: MNIST test accuracy (images), its file size, and strokes -> verdict
//    time (with the asked digit, as the app asks);
//  - folds of whole writers (3 by default): for each, a model trained exactly as the bundled
//    one (MNIST, the drawn digits of the other writers with their distorted copies, the pen
//    path view, and "not a digit" from the doodles of the categories outside the fold's
//    third) and measured through dt::recogniseDrawing on what it never saw:
//      drawn digits of the fold's writers: read right and taken for a digit, per digit, and
//      the share refused;
//      the same digits distorted (drawing_variants.hpp), per distortion;
//      the same digits mirrored (2, 3, 4, 5, 6, 7, 9): reported reversed with the right digit,
//      asked and not asked, and refused without a reversal (and among those, the ones whose
//      original is taken for a digit: refused only for being reversed);
//      false reversals: real digits reported reversed, asked and not asked;
//      doodles of the held-out categories: refused (digit-like categories counted apart).
// Usage: drawn_digits MNIST_DIR DRAWN.jsonl DOODLES.jsonl MODEL.dtm [--folds N] [--no-folds]
//        [--path-weight W] [--doodle-threshold T] [--stroke-distortions N]

#include "drawing_variants.hpp"

#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/mirror_writing.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/training/digit_trainer.hpp>
#include <digit_tutor/training/drawing_views_trainer.hpp>
#include <digit_tutor/training/evaluation.hpp>
#include <digit_tutor/training/idx_reader.hpp>
#include <digit_tutor/training/stroke_distortion.hpp>
#include <digit_tutor/training/training_run.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

namespace {

// Doodle categories that look like a digit by their very name (a swan is a 2, a hockey
// stick a 1 or an L): counted apart, never forced out at the cost of real digits.
const std::set<std::string> kDigitLike = {"hockey stick", "swan",  "snake",   "boomerang", "elbow",       "moon",
                                          "nail",         "diving board", "peanut", "hockey puck", "lollipop"};

struct Options {
    std::string mnist, drawn, doodles, model;
    int folds = 3;
    bool runFolds = true;
    dt::TrainingConfig config;
    dt::TrainingSources sources; // for its drawn-digit and drawing-view settings
};

struct Tally {
    int good = 0, count = 0;
    void add(bool ok) { good += ok ? 1 : 0, ++count; }
    void add(const Tally& t) { good += t.good, count += t.count; }
    double pct() const { return count ? 100.0 * good / count : 0.0; }
};

std::vector<std::string> categoriesOf(const std::string& path)
{
    std::vector<std::string> out;
    std::ifstream in(path);
    std::string line;
    const std::string key = "\"category\":";
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        const auto at = line.find(key);
        const auto open = at == std::string::npos ? at : line.find('"', at + key.size());
        const auto close = open == std::string::npos ? open : line.find('"', open + 1);
        out.push_back(close == std::string::npos ? std::string("?") : line.substr(open + 1, close - open - 1));
    }
    return out;
}

Options parse(int argc, char** argv)
{
    if (argc < 5)
        throw std::runtime_error("usage: drawn_digits MNIST_DIR DRAWN.jsonl DOODLES.jsonl MODEL.dtm [--folds N] "
                                 "[--no-folds] [--path-weight W] [--doodle-threshold T] [--stroke-distortions N]");
    Options o;
    o.mnist = argv[1];
    o.drawn = argv[2];
    o.doodles = argv[3];
    o.model = argv[4];
    for (int i = 5; i < argc; ++i) {
        const std::string a = argv[i];
        const char* v = i + 1 < argc ? argv[i + 1] : "0";
        if (a == "--no-folds")
            o.runFolds = false;
        else if (a == "--folds")
            o.folds = std::max(2, std::atoi(argv[++i]));
        else if (a == "--path-weight")
            o.sources.drawingViews.pathWeight = std::atof(argv[++i]);
        else if (a == "--doodle-threshold")
            o.sources.drawingViews.doodleThreshold = std::atof(argv[++i]);
        else if (a == "--stroke-distortions")
            o.sources.strokeDistortions = std::atoi(argv[++i]);
        else
            throw std::runtime_error("unknown option " + a);
        (void)v;
    }
    return o;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, std::size_t(p / 100.0 * double(v.size())))];
}

// What the folds add up.
struct Results {
    std::array<Tally, dt::kDigitClasses> perDigit, perDigitRefused;
    Tally drawn, drawnTaken, refused;
    std::map<std::string, Tally> distortion, distortionTaken, distortionRefused;
    Tally mirroredAsked, mirroredUnasked, mirroredRefused, refusedForReversal, refusedForReversalReadRight, refusedForReversalUnasked, falseAsked, falseUnasked;
    std::array<Tally, dt::kDigitClasses> mirroredPerDigit;
    Tally doodles, digitLike, doodlesAsked;
    std::map<std::string, Tally> doodleCategories;
    double mnist = 0.0;
};

void addInto(Results& to, const Results& from)
{
    for (int d = 0; d < dt::kDigitClasses; ++d) {
        to.perDigit[std::size_t(d)].add(from.perDigit[std::size_t(d)]);
        to.perDigitRefused[std::size_t(d)].add(from.perDigitRefused[std::size_t(d)]);
        to.mirroredPerDigit[std::size_t(d)].add(from.mirroredPerDigit[std::size_t(d)]);
    }
    for (const auto& [k, t] : from.distortion)
        to.distortion[k].add(t);
    for (const auto& [k, t] : from.distortionTaken)
        to.distortionTaken[k].add(t);
    for (const auto& [k, t] : from.distortionRefused)
        to.distortionRefused[k].add(t);
    for (const auto& [k, t] : from.doodleCategories)
        to.doodleCategories[k].add(t);
    for (auto member : {&Results::drawn, &Results::drawnTaken, &Results::refused, &Results::mirroredAsked, &Results::mirroredUnasked,
                        &Results::mirroredRefused, &Results::refusedForReversal, &Results::refusedForReversalReadRight, &Results::refusedForReversalUnasked, &Results::falseAsked, &Results::falseUnasked, &Results::doodles,
                        &Results::digitLike, &Results::doodlesAsked})
        (to.*member).add(from.*member);
}

// Read as the right digit, whether or not it was also taken for a digit (as bench figures
// have always counted accuracy; the refusals are counted on their own).
bool readRight(const dt::Verdict& v, int label) { return !v.empty && v.digit == label; }
bool refused(const dt::Verdict& v) { return !v.empty && !v.isDigit; }

void measureFold(const dt::DigitModel& m, const std::vector<dt::Drawing>& held, const std::vector<dt::Drawing>& doodles,
                 const std::vector<std::string>& doodleCategories, Results& r)
{
    dt::Random rng(11);
    for (const dt::Drawing& d : held) {
        const dt::Verdict v = dt::recogniseDrawing(m, d, d.label);
        const bool ok = readRight(v, d.label);
        r.drawn.add(ok);
        r.drawnTaken.add(ok && !refused(v));
        r.perDigit[std::size_t(d.label)].add(ok);
        r.perDigitRefused[std::size_t(d.label)].add(refused(v));
        r.refused.add(refused(v));
        r.falseAsked.add(v.reversedDigit >= 0);
        r.falseUnasked.add(dt::recogniseDrawing(m, d).reversedDigit >= 0);
        for (const std::string& kind : bench::kDistortions) {
            const dt::Verdict dv = dt::recogniseDrawing(m, bench::distorted(d, kind, rng), d.label);
            r.distortion[kind].add(readRight(dv, d.label));
            r.distortionTaken[kind].add(readRight(dv, d.label) && !refused(dv));
            r.distortionRefused[kind].add(refused(dv));
        }
        if (dt::hasDistinctMirrorImage(d.label)) {
            const dt::Drawing flipped = dt::mirroredDrawing(d);
            const dt::Verdict asked = dt::recogniseDrawing(m, flipped, d.label);
            const dt::Verdict unasked = dt::recogniseDrawing(m, flipped);
            r.mirroredAsked.add(asked.reversedDigit == d.label);
            r.mirroredPerDigit[std::size_t(d.label)].add(asked.reversedDigit == d.label);
            r.mirroredUnasked.add(unasked.reversedDigit == d.label);
            r.mirroredRefused.add(!asked.isDigit && asked.reversedDigit < 0);
            // Refused only because it is reversed: the same digit the right way round is taken.
            if (!refused(v)) {
                r.refusedForReversal.add(!asked.isDigit && asked.reversedDigit < 0);
                if (ok) {
                    r.refusedForReversalReadRight.add(!asked.isDigit && asked.reversedDigit < 0);
                    r.refusedForReversalUnasked.add(!unasked.isDigit && unasked.reversedDigit < 0);
                }
            }
        }
    }
    for (std::size_t i = 0; i < doodles.size(); ++i) {
        const dt::Verdict v = dt::recogniseDrawing(m, doodles[i]);
        const bool refused = v.empty || (!v.isDigit && v.reversedDigit < 0);
        if (!kDigitLike.count(doodleCategories[i])) {
            // In practice a digit is always asked: a doodle must not pass as that digit reversed.
            const dt::Verdict a = dt::recogniseDrawing(m, doodles[i], int(rng.below(dt::kDigitClasses)));
            r.doodlesAsked.add(a.empty || (!a.isDigit && a.reversedDigit < 0));
        }
        (kDigitLike.count(doodleCategories[i]) ? r.digitLike : r.doodles).add(refused);
        r.doodleCategories[doodleCategories[i]].add(refused);
    }
}

void printResults(const Results& r, int folds)
{
    std::printf("drawn digits of writers the model never saw: %.2f%% read as the right digit of %d; per digit",
                r.drawn.pct(), r.drawn.count);
    double lowest = 100.0;
    for (int d = 0; d < dt::kDigitClasses; ++d) {
        std::printf(" %d:%.1f", d, r.perDigit[std::size_t(d)].pct());
        lowest = std::min(lowest, r.perDigit[std::size_t(d)].pct());
    }
    std::printf("; lowest %.2f%%\nrefused as not a digit %.2f%%; per digit", lowest, r.refused.pct());
    for (int d = 0; d < dt::kDigitClasses; ++d)
        std::printf(" %d:%.1f", d, r.perDigitRefused[std::size_t(d)].pct());
    std::printf("; right and taken for a digit %.2f%%\n", r.drawnTaken.pct());
    std::printf("under distortion (right digit; right and taken; refused):");
    for (const std::string& kind : bench::kDistortions)
        std::printf(" %s %.2f%% (%.2f%%; %.2f%%);", kind.c_str(), r.distortion.at(kind).pct(),
                    r.distortionTaken.at(kind).pct(), r.distortionRefused.at(kind).pct());
    std::printf("\nmirrored 2,3,4,5,6,7,9: reported reversed with the right digit %.2f%% asked, %.2f%% not asked; per digit",
                r.mirroredAsked.pct(), r.mirroredUnasked.pct());
    for (int d = 0; d < dt::kDigitClasses; ++d)
        if (dt::hasDistinctMirrorImage(d))
            std::printf(" %d:%.1f", d, r.mirroredPerDigit[std::size_t(d)].pct());
    std::printf("; refused without a reversal %.2f%% (of those taken for a digit the right way round: %.2f%%, %d of %d)\n",
                r.mirroredRefused.pct(), r.refusedForReversal.pct(), r.refusedForReversal.good, r.refusedForReversal.count);
    std::printf("  of those read as the right digit the right way round: %.2f%%, %d of %d; not asked (free drawing) %.2f%%, %d\n",
                r.refusedForReversalReadRight.pct(), r.refusedForReversalReadRight.good, r.refusedForReversalReadRight.count,
                r.refusedForReversalUnasked.pct(), r.refusedForReversalUnasked.good);
    std::printf("real digits reported reversed: %.3f%% asked, %.3f%% not asked\n", r.falseAsked.pct(), r.falseUnasked.pct());
    std::printf("doodles of held-out categories refused: %.2f%% of %d; digit-like categories apart: %.2f%% of %d\n",
                r.doodles.pct(), r.doodles.count, r.digitLike.pct(), r.digitLike.count);
    std::printf("  with a digit asked at random (as in practice): %.2f%%\n", r.doodlesAsked.pct());
    std::vector<std::pair<double, std::string>> worst;
    for (const auto& [name, t] : r.doodleCategories)
        worst.emplace_back(t.pct(), name);
    std::sort(worst.begin(), worst.end());
    std::printf("least refused categories:");
    for (std::size_t i = 0; i < std::min<std::size_t>(10, worst.size()); ++i)
        std::printf(" %s %.0f%%%s", worst[i].second.c_str(), worst[i].first, kDigitLike.count(worst[i].second) ? "*" : "");
    std::printf(" (* digit-like)\nMNIST test accuracy of the fold models: %.2f%% on average of %d\n", 100.0 * r.mnist, folds);
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const Options o = parse(argc, argv);
        const dt::DigitModel model = dt::loadModel(o.model);
        const std::vector<dt::Drawing> drawn = dt::loadDrawings(o.drawn);
        const std::vector<dt::Drawing> doodles = dt::loadDrawings(o.doodles);
        const std::vector<std::string> categories = categoriesOf(o.doodles);
        if (categories.size() != doodles.size())
            throw std::runtime_error("could not read a category for every doodle");
        const dt::LabelledImages test = dt::loadMnistSplit(o.mnist, dt::MnistSplit::Test);

        // The given model.
        const dt::FeatureSet mnistTest = dt::extractFeatures(test.images.pixels.data(), test.images.count, 28, 28, model.features);
        std::vector<double> ms;
        for (const dt::Drawing& d : drawn) {
            const auto start = std::chrono::steady_clock::now();
            (void)dt::recogniseDrawing(model, d, d.label);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        std::printf("== model %s (%s)\n", o.model.c_str(), model.metadata.get("training_data").c_str());
        std::printf("drawing views: %s\n", model.drawingViews ? model.metadata.get("drawing_views").c_str() : "none");
        std::printf("MNIST test accuracy %.2f%%; file %.1f MB\n",
                    100.0 * dt::evaluateFeatures(model, mnistTest.features, test.labels, dt::InputKind::Image).accuracy(),
                    double(std::filesystem::file_size(o.model)) / 1e6);
        std::printf("strokes -> verdict with the asked digit: p50 %.3f ms, p99 %.3f ms\n", percentile(ms, 50), percentile(ms, 99));
        if (!o.runFolds)
            return 0;

        const dt::LabelledImages train = dt::loadMnistSplit(o.mnist, dt::MnistSplit::Train);
        const dt::FeatureSettings settings = o.config.featureSettings();
        const dt::FeatureSet mnistTrain = dt::extractFeatures(train.images.pixels.data(), train.images.count, 28, 28, settings);
        const dt::FeatureSet mnistTestF = dt::extractFeatures(test.images.pixels.data(), test.images.count, 28, 28, settings);
        const dt::FeatureSet drawnF = dt::extractDrawingFeatures(drawn, settings);
        // Distorted copies of every drawn digit, made once as runTraining makes them.
        dt::Random rng = dt::drawnDistortionRandom(o.config.seed);
        const std::vector<dt::Drawing> distorted = dt::distortedCopies(drawn, o.sources.strokeDistortions, rng);
        const dt::FeatureSet distortedF = dt::extractDrawingFeatures(distorted, settings);

        std::vector<std::string> writers;
        for (const auto& d : drawn)
            if (std::find(writers.begin(), writers.end(), d.writer) == writers.end())
                writers.push_back(d.writer);
        std::sort(writers.begin(), writers.end(), dt::WriterOrder());
        std::vector<std::string> names(categories);
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());

        std::printf("== %d folds of whole writers and of whole doodle categories; %s; %d distorted copies; %s\n", o.folds,
                    o.config.describe().c_str(), o.sources.strokeDistortions, o.sources.drawingViews.describe().c_str());
        std::fflush(stdout);
        Results results;
        for (int fold = 0; fold < o.folds; ++fold) {
            std::set<std::string> heldWriters, heldCategories;
            for (std::size_t w = 0; w < writers.size(); ++w)
                if (int(w % std::size_t(o.folds)) == fold)
                    heldWriters.insert(writers[w]);
            for (std::size_t c = 0; c < names.size(); ++c)
                if (int(c % std::size_t(o.folds)) == fold)
                    heldCategories.insert(names[c]);
            dt::FeatureSet fit = mnistTrain;
            std::vector<std::uint8_t> labels = train.labels;
            std::vector<Eigen::Index> fitRows, fitDistorted;
            std::vector<dt::Drawing> trainDrawn, heldDrawn, trainDoodles, heldDoodles;
            std::vector<std::string> heldDoodleCategories;
            for (std::size_t i = 0; i < drawn.size(); ++i) {
                if (heldWriters.count(drawn[i].writer)) {
                    heldDrawn.push_back(drawn[i]);
                } else {
                    trainDrawn.push_back(drawn[i]);
                    fitRows.push_back(Eigen::Index(i));
                    labels.push_back(std::uint8_t(drawn[i].label));
                }
            }
            for (std::size_t j = 0; j < distorted.size(); ++j)
                if (!heldWriters.count(drawn[j / std::size_t(o.sources.strokeDistortions)].writer)) {
                    fitDistorted.push_back(Eigen::Index(j));
                    labels.push_back(std::uint8_t(distorted[j].label));
                }
            fit.append(drawnF.select(fitRows));
            fit.append(distortedF.select(fitDistorted));
            for (std::size_t i = 0; i < doodles.size(); ++i) {
                if (heldCategories.count(categories[i])) {
                    heldDoodles.push_back(doodles[i]);
                    heldDoodleCategories.push_back(categories[i]);
                } else {
                    trainDoodles.push_back(doodles[i]);
                }
            }
            dt::DigitModel m = dt::trainDigitModel(fit, labels, o.config);
            dt::DrawingViewsConfig viewsConfig = o.sources.drawingViews;
            viewsConfig.seed = o.config.seed;
            m.drawingViews = dt::trainDrawingViews(m, trainDrawn, trainDoodles, viewsConfig);
            m.prepareScoring();
            const double mnistAcc = dt::evaluateFeatures(m, dt::inFeatureOrder(mnistTestF.features, m.features), test.labels, dt::InputKind::Image).accuracy();
            results.mnist += mnistAcc / o.folds;
            Results mine;
            measureFold(m, heldDrawn, heldDoodles, heldDoodleCategories, mine);
            addInto(results, mine);
            std::printf("fold %d (%zu writers, %zu doodle categories held out): drawn %.2f%%, refused %.2f%%, doodles refused "
                        "%.2f%%, mirrored reported %.2f%%, MNIST %.2f%%\n",
                        fold + 1, heldWriters.size(), heldCategories.size(), mine.drawn.pct(), mine.refused.pct(),
                        mine.doodles.pct(), mine.mirroredAsked.pct(), 100.0 * mnistAcc);
            std::fflush(stdout);
        }
        printResults(results, o.folds);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "drawn_digits: %s\n", e.what());
        return 1;
    }
}
