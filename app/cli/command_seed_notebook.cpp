// digit-tutor-cli seed-notebook: the notebook Digit Tutor grew from, reproduced. One
// mixture of 10 components over all digits, means started at the class averages, and the
// component index taken as the digit: clusters are not classes, and the accuracy shows it.

#include "cli_arguments.hpp"
#include "cli_commands.hpp"

#include <digit_tutor/engine/feature_extraction.hpp>
#include <digit_tutor/training/gaussian_mixture_fit.hpp>
#include <digit_tutor/training/idx_reader.hpp>

#include <cstdio>
#include <ostream>

namespace dt::cli {

int runSeedNotebook(const Args& args, std::ostream& out, std::ostream& err)
{
    const Arguments a(args, {{"mnist"}, {"max-iter"}, {"limit"}, {"threads"}, {"quiet", false}});
    const LabelledImages train = loadMnistSplit(a.value("mnist"), MnistSplit::Train);
    const LabelledImages test = loadMnistSplit(a.value("mnist"), MnistSplit::Test);
    const int limit = a.intValue("limit", train.images.count, 100, train.images.count);
    const int threads = a.intValue("threads", 0, 0, 256);

    // The notebook: raw HOG of the images as they are (no normalisation, no deskew).
    const FeatureSettings raw{{}, {false}, {}};
    const Eigen::MatrixXd X =
        extractFeatures(train.images.pixels.data(), limit, train.images.cols, train.images.rows, raw, threads).features;
    const Eigen::MatrixXd T = extractFeatures(test.images.pixels.data(), test.images.count, test.images.cols,
                                              test.images.rows, raw, threads).features;

    GaussianMixtureInit init;
    init.means = Eigen::MatrixXd::Zero(10, X.cols());
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(10);
    for (int i = 0; i < limit; ++i) {
        init.means.row(train.labels[std::size_t(i)]) += X.row(i);
        counts[train.labels[std::size_t(i)]] += 1.0;
    }
    for (int c = 0; c < 10; ++c)
        init.means.row(c) /= std::max(1.0, counts[c]);

    GaussianMixtureOptions options; // scikit-learn's defaults: reg_covar 1e-6, tol 1e-3, 100 iterations
    options.nComponents = 10;
    options.maxIter = a.intValue("max-iter", 100, 1, 100000);
    options.threads = threads;
    const bool quiet = a.has("quiet");
    const GaussianMixture gm = fitGaussianMixture(X, options, init, [&](int it, double lb, double) {
        if (!quiet)
            err << "iteration " << it << "  log-likelihood " << lb << '\n';
    });
    const Eigen::VectorXi predicted = gm.predict(T, threads);
    int correct = 0;
    for (int i = 0; i < test.images.count; ++i)
        correct += predicted[i] == test.labels[std::size_t(i)];
    char line[200];
    std::snprintf(line, sizeof line,
                  "one 10-component mixture, component = digit: accuracy %.4f on the MNIST test set "
                  "(%d iterations, %s)\n",
                  double(correct) / test.images.count, gm.nIter(), gm.converged() ? "converged" : "not converged");
    out << line << "one mixture per digit with Bayes' rule (digit-tutor-cli train) reaches about 0.98: clusters are not classes.\n";
    return 0;
}

} // namespace dt::cli
