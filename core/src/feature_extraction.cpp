#include <digit_tutor/feature_extraction.hpp>

#include <digit_tutor/parallel.hpp>

#include <algorithm>

namespace dt {

FeatureSet extractFeatures(const std::uint8_t* images, int count, int width, int height,
                           const FeatureSettings& settings, int threads)
{
    const HogExtractor hog(settings.hog);
    FeatureSet out;
    out.features.resize(count, hog.featureCount());
    out.normalised.assign(std::size_t(count) * kDigitPixels, 0);
    out.empty.assign(std::size_t(count), 0);
    constexpr int kChunk = 512;
    const int chunks = (count + kChunk - 1) / kChunk;
    const std::size_t imageBytes = std::size_t(width) * height;
    parallelFor(chunks, threads, [&](int chunk) {
        // Row-major staging: the feature matrix is column-major, one sample per row.
        Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows(kChunk, hog.featureCount());
        const int begin = chunk * kChunk;
        const int end = std::min(count, begin + kChunk);
        GreyImage input(width, height);
        for (int i = begin; i < end; ++i) {
            const std::uint8_t* src = images + std::size_t(i) * imageBytes;
            std::copy(src, src + imageBytes, input.pixels.begin());
            const NormalisedDigit digit = normaliseDigit(input, settings.normalise);
            out.empty[std::size_t(i)] = digit.empty ? 1 : 0;
            std::copy(digit.image.pixels.begin(), digit.image.pixels.end(),
                      out.normalised.begin() + std::ptrdiff_t(std::size_t(i) * kDigitPixels));
            hog.compute(digit.image.pixels.data(), rows.row(i - begin).data());
        }
        out.features.middleRows(begin, end - begin) = rows.topRows(end - begin);
    });
    return out;
}

} // namespace dt
