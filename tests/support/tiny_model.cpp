#include "tiny_model.hpp"

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
    DigitModel model = trainDigitModel(data, labels, config);
    model.metadata.set("training_data", "synthetic test data");
    model.metadata.set("name", "tiny \xC3\xA9t\xC3\xA9 model");
    return model;
}

} // namespace dt::test
