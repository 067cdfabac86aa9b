#include <digit_tutor/engine/feature_extraction.hpp>

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/parallel.hpp>
#include <digit_tutor/engine/stroke_renderer.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <algorithm>
#include <string>

namespace dt {
namespace {

void reorder(const std::vector<int>& order, const double* hog, double* out)
{
    for (std::size_t j = 0; j < order.size(); ++j)
        out[j] = hog[order[j]];
}

} // namespace

void validateFeatureOrder(const std::vector<int>& order, int featureCount)
{
    if (order.empty())
        return;
    if (order.size() != std::size_t(featureCount))
        throw FormatError("The feature order has " + std::to_string(order.size()) + " values for " +
                          std::to_string(featureCount) + " features.");
    std::vector<char> seen(order.size(), 0);
    for (int v : order) {
        if (v < 0 || v >= featureCount || seen[std::size_t(v)])
            throw FormatError("The feature order is not a permutation of the " + std::to_string(featureCount) +
                              " features (value " + std::to_string(v) + ").");
        seen[std::size_t(v)] = 1;
    }
}

std::vector<double> digitFeatures(const FeatureSettings& settings, const GreyImage& normalised)
{
    std::vector<double> hog = HogExtractor(settings.hog).compute(normalised);
    if (settings.order.empty())
        return hog;
    std::vector<double> out(hog.size());
    reorder(settings.order, hog.data(), out.data());
    return out;
}

Eigen::MatrixXd inFeatureOrder(const Eigen::MatrixXd& hogOrdered, const FeatureSettings& settings)
{
    if (settings.order.empty())
        return hogOrdered;
    validateFeatureOrder(settings.order, int(hogOrdered.cols()));
    return hogOrdered(Eigen::all, settings.order); // column by column: each read forwards
}

FeatureSet extractFeatures(const std::uint8_t* images, int count, int width, int height,
                           const FeatureSettings& settings, int threads)
{
    const HogExtractor hog(settings.hog);
    validateFeatureOrder(settings.order, hog.featureCount());
    FeatureSet out;
    out.features.resize(count, hog.featureCount());
    out.normalised.assign(std::size_t(count) * kDigitPixels, 0);
    out.empty.assign(std::size_t(count), 0);
    out.drawn.assign(std::size_t(count), 0);
    constexpr int kChunk = 512;
    const int chunks = (count + kChunk - 1) / kChunk;
    const std::size_t imageBytes = std::size_t(width) * height;
    parallelFor(chunks, threads, [&](int chunk) {
        // Row-major staging: the feature matrix is column-major, one sample per row.
        Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows(kChunk, hog.featureCount());
        std::vector<double> scratch(settings.order.size());
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
            if (settings.order.empty()) {
                hog.compute(digit.image.pixels.data(), rows.row(i - begin).data());
            } else {
                hog.compute(digit.image.pixels.data(), scratch.data());
                reorder(settings.order, scratch.data(), rows.row(i - begin).data());
            }
        }
        out.features.middleRows(begin, end - begin) = rows.topRows(end - begin);
    });
    return out;
}

void FeatureSet::append(const FeatureSet& more)
{
    if (size() > 0 && more.size() > 0 && features.cols() != more.features.cols())
        throw NumericalError("Cannot join feature sets of " + std::to_string(features.cols()) + " and " +
                             std::to_string(more.features.cols()) + " features.");
    const Eigen::Index before = size();
    features.conservativeResize(before + more.size(), more.size() > 0 ? more.features.cols() : features.cols());
    if (more.size() > 0)
        features.bottomRows(more.size()) = more.features;
    normalised.insert(normalised.end(), more.normalised.begin(), more.normalised.end());
    empty.insert(empty.end(), more.empty.begin(), more.empty.end());
    drawn.insert(drawn.end(), more.drawn.begin(), more.drawn.end());
}

FeatureSet FeatureSet::slice(Eigen::Index begin, Eigen::Index end) const
{
    FeatureSet s;
    s.features = features.middleRows(begin, end - begin);
    s.normalised.assign(normalised.begin() + begin * kDigitPixels, normalised.begin() + end * kDigitPixels);
    s.empty.assign(empty.begin() + begin, empty.begin() + end);
    s.drawn.assign(drawn.begin() + begin, drawn.begin() + end);
    return s;
}

FeatureSet FeatureSet::select(const std::vector<Eigen::Index>& rows) const
{
    FeatureSet s;
    s.features = features(rows, Eigen::all); // column by column: each column read forwards
    s.normalised.resize(rows.size() * kDigitPixels);
    s.empty.resize(rows.size());
    s.drawn.resize(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::copy_n(normalised.begin() + rows[r] * kDigitPixels, kDigitPixels,
                    s.normalised.begin() + std::ptrdiff_t(r * kDigitPixels));
        s.empty[r] = empty[std::size_t(rows[r])];
        s.drawn[r] = drawn[std::size_t(rows[r])];
    }
    return s;
}

FeatureSet extractDrawingFeatures(const std::vector<Drawing>& drawings, const FeatureSettings& settings, int threads)
{
    const HogExtractor hog(settings.hog);
    validateFeatureOrder(settings.order, hog.featureCount());
    const int count = int(drawings.size());
    FeatureSet out;
    out.features.resize(count, hog.featureCount());
    out.normalised.assign(std::size_t(count) * kDigitPixels, 0);
    out.empty.assign(std::size_t(count), 0);
    out.drawn.assign(std::size_t(count), 1);
    parallelFor(count, threads, [&](int i) {
        const NormalisedDigit digit = normaliseDigit(renderDrawing(drawings[std::size_t(i)]), settings.normalise);
        out.empty[std::size_t(i)] = digit.empty ? 1 : 0;
        std::copy(digit.image.pixels.begin(), digit.image.pixels.end(),
                  out.normalised.begin() + std::ptrdiff_t(std::size_t(i) * kDigitPixels));
        std::vector<double> f(static_cast<std::size_t>(hog.featureCount()));
        hog.compute(digit.image.pixels.data(), f.data());
        for (int j = 0; j < hog.featureCount(); ++j)
            out.features(i, j) = f[settings.order.empty() ? std::size_t(j) : std::size_t(settings.order[std::size_t(j)])];
    });
    return out;
}

} // namespace dt
