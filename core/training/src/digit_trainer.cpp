#include <digit_tutor/training/digit_trainer.hpp>

#include "single_precision_em.hpp"

#include <digit_tutor/training/batch_scoring.hpp>
#include <digit_tutor/training/feature_ordering.hpp>
#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/parallel.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <numeric>
#include <utility>

namespace dt {
namespace {

std::vector<double> quantiles(std::vector<double> values, int count)
{
    std::sort(values.begin(), values.end());
    std::vector<double> q(static_cast<std::size_t>(count));
    const double last = double(values.size() - 1);
    for (int i = 0; i < count; ++i) {
        const double pos = last * i / (count - 1);
        const std::size_t lo = std::size_t(std::floor(pos));
        const std::size_t hi = std::min(lo + 1, values.size() - 1);
        q[std::size_t(i)] = values[lo] + (pos - double(lo)) * (values[hi] - values[lo]);
    }
    return q;
}

constexpr double kMaxDrawnWeight = 0.9;

// a's components with weights (1 - bShare) w_a, then b's with bShare w_b.
GaussianMixture joinMixtures(const GaussianMixture& a, const GaussianMixture& b, double bShare)
{
    const int ka = a.nComponents();
    const int kb = b.nComponents();
    Eigen::VectorXd weights(ka + kb);
    weights << (1.0 - bShare) * a.weights(), bShare * b.weights();
    Eigen::MatrixXd means(ka + kb, a.nFeatures());
    means << a.means(), b.means();
    std::vector<Eigen::MatrixXd> factors = a.precisionsCholesky();
    factors.insert(factors.end(), b.precisionsCholesky().begin(), b.precisionsCholesky().end());
    return GaussianMixture::fromParameters(std::move(weights), std::move(means), std::move(factors));
}

// The own-digit scores may come from single-precision scoring (about 1e-4 nats off); the
// proof below keeps this much room so that it holds for the exact scores too.
constexpr double kOwnScoreSlack = 1e-2;

// The outlier threshold is the given percentile of log p(x) over the training samples.
// Scoring every sample under all ten digits would cost as much as several EM iterations,
// and p(x) >= prior * p(x | own digit), which training has already computed. So only the
// samples whose own-digit score is lowest are scored in full: once the wanted rank's full
// score lies below every score left out, it is the exact percentile.
double lowPercentileOfTotalScores(const DigitModel& model, const Eigen::MatrixXd& features, const std::vector<int>& columns,
                                  const std::array<std::vector<Eigen::Index>, kDigitClasses>& members,
                                  const std::array<Eigen::VectorXd, kDigitClasses>& ownScores, double percentile,
                                  int threads)
{
    std::vector<std::pair<double, Eigen::Index>> lower; // (own-digit score, row)
    for (int c = 0; c < kDigitClasses; ++c)
        for (std::size_t r = 0; r < members[std::size_t(c)].size(); ++r)
            lower.emplace_back(ownScores[std::size_t(c)][Eigen::Index(r)], members[std::size_t(c)][r]);
    std::sort(lower.begin(), lower.end());
    const std::size_t total = lower.size();
    const std::size_t at = std::min(total - 1, std::size_t(percentile / 100.0 * double(total)));
    std::size_t count = std::min(total, 2 * (at + 1) + 256);
    for (;;) {
        // Every row whose lower score ties the last one taken is taken too.
        while (count < total && lower[count].first <= lower[count - 1].first)
            ++count;
        const double cut = lower[count - 1].first;
        std::vector<Eigen::Index> rows(count);
        for (std::size_t i = 0; i < count; ++i)
            rows[i] = lower[i].second;
        const Eigen::MatrixXd X = features(rows, columns);
        const Eigen::VectorXd scores = model.totalLogLikelihoods(classLogLikelihoods(model, X, InputKind::Drawing, threads));
        std::vector<double> sorted(scores.data(), scores.data() + scores.size());
        std::sort(sorted.begin(), sorted.end());
        if (count == total || sorted[at] <= cut - kOwnScoreSlack)
            return sorted[at];
        count = std::min(total, 2 * count);
    }
}

} // namespace

std::string TrainingConfig::describe() const
{
    std::string k = std::to_string(components[0]);
    if (std::any_of(components.begin(), components.end(), [this](int v) { return v != components[0]; })) {
        k.clear();
        for (int v : components) {
            if (!k.empty())
                k += ',';
            k += std::to_string(v);
        }
    }
    std::string drawn;
    for (int v : drawnComponents) {
        if (!drawn.empty())
            drawn += ',';
        drawn += std::to_string(v);
    }
    if (std::all_of(drawnComponents.begin(), drawnComponents.end(), [this](int v) { return v == drawnComponents[0]; }))
        drawn = std::to_string(drawnComponents[0]);
    char buf[400];
    std::snprintf(buf, sizeof buf,
                  "components=%s reg_covar=%g deskew=%s hog=%d/%d/%d tol=%g max_iter=%d seed=%llu outlier_percentile=%g "
                  "augment_copies=%d drawn_components=%s drawn_weight=%g em_precision=%s feature_order=%s",
                  k.c_str(), regCovar, deskew ? "yes" : "no", hog.orientations, hog.cellSize, hog.blockSize, tol, maxIter,
                  static_cast<unsigned long long>(seed), outlierPercentile, augmentCopies, drawn.c_str(), drawnWeight,
                  usesSinglePrecision() ? "single" : "double", orderFeatures ? "telling-first" : "hog");
    return buf;
}

namespace {

struct DigitFit {
    GaussianMixture mixture;
    int drawnComponents = 0; ///< of the mixture's, the last ones, learnt from drawings only
    ClassFitReport report;
};

// Digit c's mixture from its samples X (the rows `rows` of the training set): one mixture,
// or one fitted to the images and one to the drawings, joined (TrainingConfig::drawnComponents).
DigitFit fitDigitMixture(int c, const Eigen::MatrixXd& X, const std::vector<Eigen::Index>& rows,
                         const std::vector<std::uint8_t>& drawnFlags, const TrainingConfig& config,
                         const std::function<int()>& threadsNow, const EmProgress& em)
{
    const int components = config.components[std::size_t(c)];
    if (components < 1)
        throw NumericalError("Digit " + std::to_string(c) + " needs at least one component.");
    std::vector<Eigen::Index> imageRows;
    std::vector<Eigen::Index> drawnRows;
    for (std::size_t r = 0; r < rows.size(); ++r)
        (drawnFlags[std::size_t(rows[r])] ? drawnRows : imageRows).push_back(Eigen::Index(r));
    const int drawnWanted = config.drawnComponents[std::size_t(c)];
    const bool split = drawnWanted > 0 && !drawnRows.empty() && !imageRows.empty();

    GaussianMixtureOptions options;
    options.nComponents = components;
    options.regCovar = config.regCovar;
    options.tol = config.tol;
    options.maxIter = config.maxIter;
    options.seed = config.seed + std::uint64_t(c);
    options.threadsNow = threadsNow;
    options.singlePrecision = config.usesSinglePrecision();
    GaussianMixture fitted;
    int drawnComponents = 0;
    ClassFitReport fitReport{0, true, 0.0, int(rows.size())};
    auto fitPart = [&](const Eigen::MatrixXd& part, const GaussianMixtureOptions& o, const char* what) {
        if (part.rows() < std::max(2, o.nComponents))
            throw NumericalError("Digit " + std::to_string(c) + " has " + std::to_string(part.rows()) + " " + what +
                                 ", fewer than its " + std::to_string(o.nComponents) + " components.");
        try {
            GaussianMixture g = fitGaussianMixture(part, o, {}, em);
            fitReport.nIter += g.nIter();
            fitReport.converged = fitReport.converged && g.converged();
            return g;
        } catch (const NumericalError& e) {
            throw NumericalError("Digit " + std::to_string(c) + ": " + e.what());
        }
    };
    if (split) {
        GaussianMixtureOptions drawnOptions = options;
        drawnOptions.nComponents = drawnWanted;
        drawnOptions.seed = config.seed + 1000 + std::uint64_t(c);
        const GaussianMixture images = fitPart(X(imageRows, Eigen::all), options, "training images");
        const GaussianMixture drawings = fitPart(X(drawnRows, Eigen::all), drawnOptions, "drawn digits");
        const double share = double(drawnRows.size()) / double(rows.size());
        fitted = joinMixtures(images, drawings, std::min(kMaxDrawnWeight, config.drawnWeight * share));
        drawnComponents = drawings.nComponents();
    } else {
        fitted = fitPart(X, options, "training samples");
    }
    return {std::move(fitted), drawnComponents, fitReport};
}

// The guide pictures of digit c's components (the responsibility-weighted means of its
// members' normalised images) and each member's log p(x | c), from one scoring pass.
Eigen::VectorXd guidePicturesAndScores(ClassModel& cm, const Eigen::MatrixXd& X, const std::vector<Eigen::Index>& rows,
                                       const FeatureSet& data, bool singlePrecision, int threads)
{
    // One scoring pass gives both the responsibilities (for the guide images) and the
    // log-likelihoods (for the typicality calibration).
    Eigen::MatrixXd resp = singlePrecision
                               ? detail::weightedLogProbSingle(cm.mixture, detail::SamplePanels(X), threads)
                               : cm.mixture.weightedLogProb(X, threads);
    const int k = cm.mixture.nComponents();
    Eigen::VectorXd ll(resp.rows());
    Eigen::VectorXd row(k);
    for (Eigen::Index i = 0; i < resp.rows(); ++i) {
        row = resp.row(i).transpose();
        ll[i] = logSumExp(row.data(), k);
        resp.row(i) = (row.array() - ll[i]).exp().transpose();
    }
    // Each member's picture is read once and added to every component's sum (component
    // by component, the pictures, 55 MB for MNIST, came from memory k times over).
    std::vector<double> acc(std::size_t(k) * kDigitPixels, 0.0);
    std::vector<double> weight(std::size_t(k), 0.0);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::uint8_t* img = data.normalised.data() + std::size_t(rows[r]) * kDigitPixels;
        for (int j = 0; j < k; ++j) {
            const double w = resp(Eigen::Index(r), j);
            if (w <= 0.0)
                continue;
            double* sum = acc.data() + std::size_t(j) * kDigitPixels;
            for (int p = 0; p < kDigitPixels; ++p)
                sum[p] += w * img[p];
            weight[std::size_t(j)] += w;
        }
    }
    cm.meanImages.assign(std::size_t(k), std::vector<float>(kDigitPixels, 0.0f));
    for (int j = 0; j < k; ++j) {
        const double w = weight[std::size_t(j)];
        for (int p = 0; p < kDigitPixels; ++p)
            cm.meanImages[std::size_t(j)][std::size_t(p)] =
                w > 0.0 ? float(std::clamp(acc[std::size_t(j) * kDigitPixels + std::size_t(p)] / w, 0.0, 255.0)) : 0.0f;
    }
    return ll;
}

} // namespace

DigitModel trainDigitModel(const FeatureSet& data, const std::vector<std::uint8_t>& labels, const TrainingConfig& config,
                           TrainingReport* report, const TrainingProgress& progress)
{
    const Eigen::Index n = data.features.rows();
    if (labels.size() != std::size_t(n) || data.normalised.size() != std::size_t(n) * kDigitPixels)
        throw NumericalError("Training data disagree: " + std::to_string(n) + " feature rows, " +
                             std::to_string(labels.size()) + " labels.");
    // Sets built by hand may leave `drawn` empty: all images then.
    const std::vector<std::uint8_t> drawnFlags =
        data.drawn.size() == std::size_t(n) ? data.drawn : std::vector<std::uint8_t>(std::size_t(n), 0);
    DigitModel model;
    model.features = config.featureSettings();
    std::array<std::vector<Eigen::Index>, kDigitClasses> members;
    for (Eigen::Index i = 0; i < n; ++i) {
        if (labels[std::size_t(i)] >= kDigitClasses)
            throw NumericalError("Label " + std::to_string(labels[std::size_t(i)]) + " of sample " + std::to_string(i) +
                                 " is not a digit.");
        if (!data.empty[std::size_t(i)])
            members[labels[std::size_t(i)]].push_back(i);
    }
    std::size_t total = 0;
    for (const auto& m : members)
        total += m.size();

    // log prior + log p(x | own digit) of every member, for the outlier threshold.
    std::array<Eigen::VectorXd, kDigitClasses> ownScores;
    const auto start = std::chrono::steady_clock::now();
    // Two digits are fitted at a time, each on half the threads: within one fit, the steps
    // between the big products (normalising, the means, the Cholesky factors) leave cores
    // idle that the other digit's fit takes up. When a worker finds no digit left, its
    // threads go to the fits still running, so that the last one does not run on half the
    // machine: a digit's result does not depend on the number of threads it gets, even
    // when that changes between steps. Progress reports come one at a time.
    const int threads = resolveThreads(config.threads);
    const int digitsAtOnce = std::min(2, threads);
    const int fitThreads = std::max(1, threads / digitsAtOnce);
    std::atomic<int> nextDigit{0};
    std::atomic<int> idleWorkers{0};
    auto threadsNow = [&] {
        const int idle = idleWorkers.load();
        return fitThreads + idle * fitThreads / std::max(1, digitsAtOnce - idle);
    };
    auto eachDigitTwoAtATime = [&](const std::function<void(int)>& work) {
        nextDigit = 0;
        idleWorkers = 0;
        parallelFor(digitsAtOnce, digitsAtOnce, [&](int) {
            for (int c = nextDigit++; c < kDigitClasses; c = nextDigit++)
                work(c);
            ++idleWorkers;
        });
    };
    std::mutex progressMutex;
    std::array<DigitFit, kDigitClasses> fits;
    eachDigitTwoAtATime([&](int c) {
        // Gathered column by column, each read forwards (row by row, every value would be a
        // cache line of its own).
        const Eigen::MatrixXd X = data.features(members[std::size_t(c)], Eigen::all);
        EmProgress em;
        if (progress)
            em = [&progress, &progressMutex, c](int it, double lb, double change) {
                const std::lock_guard lock(progressMutex);
                progress(c, it, lb, change);
            };
        fits[std::size_t(c)] = fitDigitMixture(c, X, members[std::size_t(c)], drawnFlags, config, threadsNow, em);
    });

    // The order is chosen from all digits' components together, since the scorer prunes
    // among all of them; the mixtures are then re-expressed in it, and everything after is
    // calibrated on the model as it will be saved.
    std::vector<int> columns(static_cast<std::size_t>(data.features.cols()));
    std::iota(columns.begin(), columns.end(), 0);
    if (config.orderFeatures) {
        std::vector<const GaussianMixture*> mixtures;
        for (const DigitFit& fit : fits)
            mixtures.push_back(&fit.mixture);
        model.features.order = discriminativeOrder(mixtures);
        columns = model.features.order;
    }
    eachDigitTwoAtATime([&](int c) {
        const auto& rows = members[std::size_t(c)];
        const Eigen::MatrixXd X = data.features(rows, columns);
        ClassModel& cm = model.classes[std::size_t(c)];
        const DigitFit& fit = fits[std::size_t(c)];
        const bool split = fit.drawnComponents > 0;
        ClassFitReport fitReport = fit.report;
        cm.drawnComponents = fit.drawnComponents;
        fitReport.lowerBound = fit.mixture.lowerBound();
        // Calibrate the model exactly as it will be saved and loaded.
        cm.mixture = roundedForStorage(inOrder(fit.mixture, model.features.order));
        cm.trainingCount = std::uint32_t(rows.size());
        cm.logPrior = std::log(double(rows.size()) / double(total));

        const Eigen::VectorXd ll = guidePicturesAndScores(cm, X, rows, data, config.usesSinglePrecision(), threadsNow());
        cm.typicalityQuantiles = quantiles(std::vector<double>(ll.data(), ll.data() + ll.size()), kTypicalityQuantiles);
        ownScores[std::size_t(c)] = ll.array() + cm.logPrior;
        if (split)
            fitReport.lowerBound = ll.mean(); // the joined mixture's, as EM reports its own
        if (report)
            report->classes[std::size_t(c)] = fitReport;
    });
    if (report)
        report->fitSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    model.outlierThreshold =
        lowPercentileOfTotalScores(model, data.features, columns, members, ownScores, config.outlierPercentile, config.threads);
    model.validate();
    model.prepareScoring();
    return model;
}

} // namespace dt
