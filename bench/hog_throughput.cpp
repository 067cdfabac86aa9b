// Prints how fast HOG features are extracted from all 70 000 MNIST images (training and
// test sets), raw (as skimage.feature.hog) and through the model's full path
// (normalisation, deskew, HOG), on all cores. Target: well under a second.
// Usage: hog_throughput MNIST_DIR

#include <digit_tutor/engine/feature_extraction.hpp>
#include <digit_tutor/training/idx_reader.hpp>
#include <digit_tutor/engine/parallel.hpp>

#include <chrono>
#include <cstdio>
#include <exception>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s MNIST_DIR\n", argv[0]);
        return 2;
    }
    try {
        const dt::LabelledImages train = dt::loadMnistSplit(argv[1], dt::MnistSplit::Train);
        const dt::LabelledImages test = dt::loadMnistSplit(argv[1], dt::MnistSplit::Test);
        std::vector<std::uint8_t> all = train.images.pixels;
        all.insert(all.end(), test.images.pixels.begin(), test.images.pixels.end());
        const int count = train.images.count + test.images.count;

        const dt::HogExtractor hog;
        Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> raw(count, hog.featureCount());
        auto start = std::chrono::steady_clock::now();
        constexpr int kChunk = 1000;
        dt::parallelFor((count + kChunk - 1) / kChunk, 0, [&](int chunk) {
            for (int i = chunk * kChunk; i < std::min(count, (chunk + 1) * kChunk); ++i)
                hog.compute(all.data() + std::size_t(i) * dt::kDigitPixels, raw.row(i).data());
        });
        const double rawSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

        start = std::chrono::steady_clock::now();
        const dt::FeatureSet full = dt::extractFeatures(all.data(), count, 28, 28, {{}, {true}, {}});
        const double fullSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

        std::printf("HOG of %d MNIST images on %d threads: %.3f s raw (%.0f images/s); %.3f s with normalisation "
                    "and deskew (%.0f images/s). scikit-image: 3 800-6 100 images/s.\n",
                    count, dt::resolveThreads(0), rawSeconds, count / rawSeconds, fullSeconds, count / fullSeconds);
        return full.features.rows() == count ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "hog_throughput: %s\n", e.what());
        return 1;
    }
}
