#include "tiny_model.hpp"

#include <digit_tutor/engine/pen_path_features.hpp>
#include <digit_tutor/training/random.hpp>

namespace dt::test {

DigitModel makeTinyModel(int components)
{
    constexpr int kPerClass = 40;
    const int n = kPerClass * kDigitClasses;
    FeatureSet data;
    data.features.resize(n, kHogFeatures);
    data.normalised.assign(std::size_t(n) * kDigitPixels, 0);
    data.empty.assign(std::size_t(n), 0);
    std::vector<std::uint8_t> labels(static_cast<std::size_t>(n));
    Random rng(2024);
    for (int i = 0; i < n; ++i) {
        const int digit = i % kDigitClasses;
        labels[std::size_t(i)] = std::uint8_t(digit);
        for (int j = 0; j < kHogFeatures; ++j)
            data.features(i, j) = 0.1 * rng.normal() + (j % kDigitClasses == digit ? 1.0 : 0.0);
        // A vertical bar whose position depends on the digit: something to average.
        for (int y = 4; y < 24; ++y)
            data.normalised[std::size_t(i) * kDigitPixels + std::size_t(y * 28 + 4 + 2 * digit)] = 255;
    }
    TrainingConfig config;
    config.setComponents(components);
    config.regCovar = 1e-2;
    config.seed = 7;
    // Its tests write feature vectors by hand, in HOG's order (test_feature_ordering covers
    // a model with an order of its own).
    config.orderFeatures = false;
    DigitModel model = trainDigitModel(data, labels, config);
    model.metadata.set("training_data", "synthetic test data");
    model.metadata.set("name", "tiny \xC3\xA9t\xC3\xA9 model");
    return model;
}

GaussianMixture randomMixture(int d, int components, Random& rng)
{
    Eigen::VectorXd weights(components);
    for (int k = 0; k < components; ++k)
        weights[k] = 1.0 + rng.uniform();
    weights /= weights.sum();
    Eigen::MatrixXd means(components, d);
    std::vector<Eigen::MatrixXd> factors;
    for (int k = 0; k < components; ++k) {
        for (int j = 0; j < d; ++j)
            means(k, j) = 0.3 * rng.normal();
        Eigen::MatrixXd p = Eigen::MatrixXd::Zero(d, d);
        for (int i = 0; i < d; ++i) {
            p(i, i) = 3.0 + rng.uniform();
            for (int j = i + 1; j < d; ++j)
                p(i, j) = 0.05 * rng.normal();
        }
        factors.push_back(std::move(p));
    }
    return GaussianMixture::fromParameters(std::move(weights), std::move(means), std::move(factors));
}

DrawingViews makeTinyDrawingViews(int imageFeatures, int components)
{
    Random rng(4004);
    DrawingViews views;
    for (GaussianMixture& m : views.pathDigits)
        m = randomMixture(kPenPathFeatures, components, rng);
    views.doodleImage = randomMixture(imageFeatures, components, rng);
    views.doodlePath = randomMixture(kPenPathFeatures, components, rng);
    views.retracedPath = randomMixture(kPenPathFeatures, components, rng);
    views.pathWeight = 0.25;
    views.pathFloorNats = 12.5;
    views.doodlePathWeight = 0.75;
    views.doodleThreshold = -3.125;
    return views;
}

} // namespace dt::test
