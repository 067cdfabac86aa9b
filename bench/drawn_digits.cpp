// Drawn-digit recognition, measured as issue 7 asks and printed side by side:
//  - the given model (the default): MNIST test accuracy, accuracy on the drawn digits, the
//    share of real drawn digits flagged "not a digit", the share of generated scribbles
//    refused, and strokes -> verdict time;
//  - leave-writers-out: for each fold of writers, a model of the same configuration trained
//    on MNIST plus the drawn digits of the other writers, measured on the fold's writers
//    (as a new child is a new writer), with the outlier trade-off at several thresholds.
// Usage: drawn_digits MNIST_DIR DRAWN.jsonl MODEL.dtm [--folds N] [--components K|K0,..,K9]
//        [--drawn-components K|K0,..,K9] [--drawn-weight W] [--reg-covar R] [--drawn-copies C]
//        [--outlier-percentile P] [--no-folds]

#include <digit_tutor/training/batch_scoring.hpp>
#include <digit_tutor/training/digit_trainer.hpp>
#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/training/evaluation.hpp>
#include <digit_tutor/training/idx_reader.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/training/scribble_generator.hpp>
#include <digit_tutor/engine/stroke_renderer.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <set>
#include <string>

namespace {

constexpr int kScribbles = 300;
constexpr std::uint64_t kScribbleSeed = 1;

struct Options {
    std::string mnist, drawn, model;
    int folds = 3;
    bool runFolds = true;
    int drawnCopies = 1; // as the default model (models/README.md)
    dt::TrainingConfig config;
};

// Whether the shape checks of recogniseDrawing refuse each drawing (independent of the
// model's mixtures: they look at the strokes and the normalised image only).
std::vector<std::uint8_t> shapeRefusals(const std::vector<dt::Drawing>& drawings, const dt::FeatureSet& f)
{
    std::vector<std::uint8_t> out(drawings.size());
    for (std::size_t i = 0; i < drawings.size(); ++i) {
        dt::GreyImage image(28, 28);
        std::copy_n(f.normalised.begin() + std::ptrdiff_t(i * dt::kDigitPixels), dt::kDigitPixels, image.pixels.begin());
        out[i] = dt::shapeRefusal(dt::measureShape(drawings[i], image)) != dt::Refusal::None;
    }
    return out;
}

double refusedShare(const dt::DigitModel& model, const dt::FeatureSet& f, const std::vector<std::uint8_t>& shapeRefused,
                    double threshold)
{
    const Eigen::VectorXd scores = model.totalLogLikelihoods(dt::classLogLikelihoods(model, f.features, dt::InputKind::Drawing));
    int refused = 0;
    for (Eigen::Index i = 0; i < scores.size(); ++i)
        refused += (f.empty[std::size_t(i)] || scores[i] < threshold || shapeRefused[std::size_t(i)]) ? 1 : 0;
    return double(refused) / double(std::max<Eigen::Index>(1, scores.size()));
}

dt::Evaluation evaluateDrawn(const dt::DigitModel& model, const std::vector<dt::Drawing>& drawings, const dt::FeatureSet& f,
                             const std::vector<std::uint8_t>& shapeRefused)
{
    const Eigen::MatrixXd ll = dt::classLogLikelihoods(model, f.features, dt::InputKind::Drawing);
    const Eigen::VectorXi answers = model.predictFromLogLikelihoods(ll);
    const Eigen::VectorXd scores = model.totalLogLikelihoods(ll);
    dt::Evaluation e;
    for (std::size_t i = 0; i < drawings.size(); ++i)
        e.add(drawings[i].label, f.empty[i] ? -1 : answers[Eigen::Index(i)],
              !f.empty[i] && !shapeRefused[i] && scores[Eigen::Index(i)] >= model.outlierThreshold, drawings[i].writer);
    return e;
}

void printDigits(const char* title, const dt::Evaluation& e)
{
    double worst = 1.0;
    std::printf("%s: accuracy %.2f%% over %d digits; per digit", title, 100.0 * e.accuracy(), e.count);
    for (int d = 0; d < dt::kDigitClasses; ++d) {
        std::printf(" %d:%.1f", d, 100.0 * e.digitAccuracy(d));
        worst = std::min(worst, e.digitAccuracy(d));
    }
    std::printf("; lowest digit %.2f%%; flagged not a digit %.2f%%\n", 100.0 * worst, 100.0 * e.notDigitRate());
}

Options parse(int argc, char** argv)
{
    if (argc < 4)
        throw std::runtime_error("usage: drawn_digits MNIST_DIR DRAWN.jsonl MODEL.dtm [--folds N] [--components K] "
                                 "[--drawn-components K] [--drawn-weight W] [--reg-covar R] [--drawn-copies C] "
                                 "[--no-folds]");
    Options o;
    o.mnist = argv[1];
    o.drawn = argv[2];
    o.model = argv[3];
    for (int i = 4; i < argc; ++i) {
        const std::string a = argv[i];
        const char* v = i + 1 < argc ? argv[i + 1] : "";
        if (a == "--no-folds") {
            o.runFolds = false;
        } else if (a == "--folds") {
            o.folds = std::max(2, std::atoi(v));
            ++i;
        } else if (a == "--components" || a == "--drawn-components") {
            std::vector<int> ks;
            for (const char* p = v; *p; ++p) {
                ks.push_back(std::atoi(p));
                while (*p && *p != ',')
                    ++p;
                if (!*p)
                    break;
            }
            auto& target = a == "--components" ? o.config.components : o.config.drawnComponents;
            for (int d = 0; d < dt::kDigitClasses; ++d)
                target[std::size_t(d)] = ks.size() == 1 ? ks[0] : ks.at(std::size_t(d));
            ++i;
        } else if (a == "--drawn-weight") {
            o.config.drawnWeight = std::atof(v);
            ++i;
        } else if (a == "--reg-covar") {
            o.config.regCovar = std::atof(v);
            ++i;
        } else if (a == "--outlier-percentile") {
            o.config.outlierPercentile = std::atof(v);
            ++i;
        } else if (a == "--drawn-copies") {
            o.drawnCopies = std::max(1, std::atoi(v));
            ++i;
        } else {
            throw std::runtime_error("unknown option " + a);
        }
    }
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const Options o = parse(argc, argv);
        const dt::DigitModel model = dt::loadModel(o.model);
        const std::vector<dt::Drawing> drawn = dt::loadDrawings(o.drawn);
        const std::vector<dt::Drawing> scribbles = dt::generateScribbles(kScribbles, kScribbleSeed);
        const dt::LabelledImages test = dt::loadMnistSplit(o.mnist, dt::MnistSplit::Test);

        // The given model.
        const dt::FeatureSet mnistTest =
            dt::extractFeatures(test.images.pixels.data(), test.images.count, 28, 28, model.features);
        const dt::FeatureSet drawnF = dt::extractDrawingFeatures(drawn, model.features);
        const dt::FeatureSet scribbleF = dt::extractDrawingFeatures(scribbles, model.features);
        std::vector<double> ms;
        for (const dt::Drawing& d : drawn) {
            const auto start = std::chrono::steady_clock::now();
            (void)dt::recogniseDrawing(model, d);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        std::sort(ms.begin(), ms.end());
        std::printf("== model %s (%s)\n", o.model.c_str(), model.metadata.get("training_data").c_str());
        std::printf("MNIST test accuracy %.2f%%\n", 100.0 * dt::evaluateFeatures(model, mnistTest.features, test.labels, dt::InputKind::Image).accuracy());
        printDigits("drawn digits (all writers; training data if the model saw them)",
                    evaluateDrawn(model, drawn, drawnF, shapeRefusals(drawn, drawnF)));
        std::printf("generated scribbles refused: %.2f%% of %d\n",
                    100.0 * refusedShare(model, scribbleF, shapeRefusals(scribbles, scribbleF), model.outlierThreshold),
                    kScribbles);
        std::printf("strokes -> verdict: p50 %.3f ms, p99 %.3f ms\n", ms[ms.size() / 2], ms[ms.size() * 99 / 100]);
        if (!o.runFolds)
            return 0;

        // Leave writers out: folds of whole writers.
        const dt::LabelledImages train = dt::loadMnistSplit(o.mnist, dt::MnistSplit::Train);
        const dt::FeatureSettings settings = o.config.featureSettings();
        const dt::FeatureSet mnistTrain = dt::extractFeatures(train.images.pixels.data(), train.images.count, 28, 28, settings);
        const dt::FeatureSet mnistTestF = dt::extractFeatures(test.images.pixels.data(), test.images.count, 28, 28, settings);
        const dt::FeatureSet drawnAll = dt::extractDrawingFeatures(drawn, settings);
        const dt::FeatureSet scribbleAll = dt::extractDrawingFeatures(scribbles, settings);
        const std::vector<std::uint8_t> drawnShape = shapeRefusals(drawn, drawnAll);
        const std::vector<std::uint8_t> scribbleShape = shapeRefusals(scribbles, scribbleAll);
        std::vector<std::string> writers;
        for (const auto& d : drawn)
            if (std::find(writers.begin(), writers.end(), d.writer) == writers.end())
                writers.push_back(d.writer);
        std::sort(writers.begin(), writers.end(), dt::WriterOrder());

        std::printf("== leave-writers-out, %d folds, %s, drawn digits x%d in training\n", o.folds,
                    o.config.describe().c_str(), o.drawnCopies);
        dt::Evaluation pooled;
        const double percentiles[] = {0.1, 0.25, 0.5, 1.0, 2.0};
        std::vector<double> flaggedAt(5, 0.0), refusedAt(5, 0.0);
        double mnistSum = 0.0;
        for (int fold = 0; fold < o.folds; ++fold) {
            std::set<std::string> held;
            for (std::size_t w = 0; w < writers.size(); ++w)
                if (int(w % std::size_t(o.folds)) == fold)
                    held.insert(writers[w]);
            dt::FeatureSet fit = mnistTrain;
            std::vector<std::uint8_t> labels = train.labels;
            std::vector<Eigen::Index> fitRows, heldRows;
            std::vector<std::uint8_t> heldShape;
            std::vector<dt::Drawing> heldDrawings;
            for (std::size_t i = 0; i < drawn.size(); ++i) {
                if (held.count(drawn[i].writer)) {
                    heldRows.push_back(Eigen::Index(i));
                    heldDrawings.push_back(drawn[i]);
                    heldShape.push_back(drawnShape[i]);
                } else {
                    for (int c = 0; c < o.drawnCopies; ++c) {
                        fitRows.push_back(Eigen::Index(i));
                        labels.push_back(std::uint8_t(drawn[i].label));
                    }
                }
            }
            fit.append(drawnAll.select(fitRows));
            const dt::FeatureSet heldF = drawnAll.select(heldRows);
            dt::DigitModel m = dt::trainDigitModel(fit, labels, o.config);
            // The trade-off: thresholds at several percentiles of the training scores.
            const Eigen::VectorXd trainScores = m.totalLogLikelihoods(dt::classLogLikelihoods(m, fit.features, dt::InputKind::Drawing));
            std::vector<double> sorted(trainScores.data(), trainScores.data() + trainScores.size());
            std::sort(sorted.begin(), sorted.end());
            for (int p = 0; p < 5; ++p) {
                const double threshold = sorted[std::size_t(percentiles[p] / 100.0 * double(sorted.size()))];
                flaggedAt[std::size_t(p)] += refusedShare(m, heldF, heldShape, threshold) / o.folds;
                refusedAt[std::size_t(p)] += refusedShare(m, scribbleAll, scribbleShape, threshold) / o.folds;
            }
            const dt::Evaluation e = evaluateDrawn(m, heldDrawings, heldF, heldShape);
            for (const auto& [w, tally] : e.writers)
                pooled.writers[w] = tally;
            for (int r = 0; r < dt::kDigitClasses; ++r)
                for (int c = 0; c < dt::kDigitClasses; ++c)
                    pooled.confusion[std::size_t(r)][std::size_t(c)] += e.confusion[std::size_t(r)][std::size_t(c)];
            pooled.count += e.count;
            pooled.correct += e.correct;
            pooled.notDigit += e.notDigit;
            const double mnistAcc = dt::evaluateFeatures(m, mnistTestF.features, test.labels, dt::InputKind::Image).accuracy();
            mnistSum += mnistAcc / o.folds;
            std::printf("fold %d (%zu writers held out): drawn %.2f%%, MNIST test %.2f%%\n", fold + 1, held.size(),
                        100.0 * e.accuracy(), 100.0 * mnistAcc);
        }
        printDigits("drawn digits of writers the model never saw", pooled);
        std::printf("MNIST test accuracy of the fold models: %.2f%% on average\n", 100.0 * mnistSum);
        std::printf("outlier threshold at a percentile of the training scores: real drawn digits flagged / scribbles refused\n");
        for (int p = 0; p < 5; ++p)
            std::printf("  %.2f%%: %.2f%% / %.2f%%\n", percentiles[p], 100.0 * flaggedAt[std::size_t(p)],
                        100.0 * refusedAt[std::size_t(p)]);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "drawn_digits: %s\n", e.what());
        return 1;
    }
}
