#include <digit_tutor/engine/model_file.hpp>

#include <digit_tutor/engine/binary_io.hpp>

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/pen_path_features.hpp>

#include <cmath>

namespace dt {
namespace {

constexpr char kMagic[8] = {'D', 'G', 'T', 'M', 'O', 'D', 'E', 'L'};
constexpr int kMaxComponents = 64;
constexpr std::uint32_t kMaxMetadataEntries = 256;
constexpr std::uint32_t kMaxMetadataLength = 64 * 1024;

std::string digitName(int c) { return "digit " + std::to_string(c); }

double finite(detail::ByteReader& in, const std::string& what)
{
    const double v = in.get<double>(what.c_str());
    if (!std::isfinite(v))
        in.fail(what + " is not a finite number");
    return v;
}

/// How a precision factor is stored: half precision (the HOG mixtures: the classes' and the
/// doodles'), single (format 1's class mixtures; the pen path mixtures of format 4).
enum class FactorPrecision { Half, Single };

std::size_t factorValueBytes(FactorPrecision precision) { return precision == FactorPrecision::Half ? 2 : 4; }

std::size_t triangleSize(int d) { return std::size_t(d) * std::size_t(d + 1) / 2; }

GaussianMixture roundedFactors(const GaussianMixture& mixture, FactorPrecision precision)
{
    std::vector<Eigen::MatrixXd> factors = mixture.precisionsCholesky();
    for (auto& p : factors)
        p = precision == FactorPrecision::Half ? p.cast<Eigen::half>().cast<double>().eval()
                                               : p.cast<float>().cast<double>().eval();
    return GaussianMixture::fromParameters(mixture.weights(), mixture.means(), std::move(factors));
}

/// The upper triangle of p, row by row.
void putFactor(detail::ByteWriter& out, const Eigen::MatrixXd& p, FactorPrecision precision)
{
    const Eigen::Index d = p.rows();
    for (Eigen::Index i = 0; i < d; ++i)
        for (Eigen::Index j = i; j < d; ++j) {
            if (precision == FactorPrecision::Half)
                out.put<std::uint16_t>(Eigen::numext::bit_cast<std::uint16_t>(Eigen::half(p(i, j))));
            else
                out.put<float>(float(p(i, j)));
        }
}

/// A d x d upper-triangular factor, stored as putFactor writes it. The caller has checked
/// that the bytes are there (ByteReader checks again).
Eigen::MatrixXd getFactor(detail::ByteReader& in, int d, FactorPrecision precision, const char* what)
{
    const std::size_t triangle = triangleSize(d);
    std::vector<float> packed(triangle);
    if (precision == FactorPrecision::Half) {
        std::vector<std::uint16_t> half(triangle);
        in.getBytes(half.data(), triangle * sizeof(std::uint16_t), what);
        for (std::size_t i = 0; i < triangle; ++i)
            packed[i] = float(Eigen::numext::bit_cast<Eigen::half>(half[i]));
    } else {
        in.getBytes(packed.data(), triangle * sizeof(float), what);
    }
    Eigen::MatrixXd p = Eigen::MatrixXd::Zero(d, d);
    std::size_t at = 0;
    for (int r = 0; r < d; ++r)
        for (int col = r; col < d; ++col)
            p(r, col) = packed[at++];
    return p;
}

/// Fails, before anything is allocated for them, when k components of `perComponent` bytes
/// cannot fit in what is left of the file.
void requireBytesFor(detail::ByteReader& in, int k, std::size_t perComponent, const std::string& part)
{
    if (std::size_t(k) * perComponent > in.remaining())
        in.fail(part + " has " + std::to_string(k) + " components of " + std::to_string(perComponent) +
                " bytes each, more than the " + std::to_string(in.remaining()) + " bytes left: the file is truncated");
}

// A mixture of the drawing views (format 4): i32 k, then per component f64 weight,
// d x f64 mean, the precision factor's upper triangle.
void putViewMixture(detail::ByteWriter& out, const GaussianMixture& mixture, FactorPrecision precision)
{
    const int d = mixture.nFeatures();
    out.put<std::int32_t>(mixture.nComponents());
    for (int k = 0; k < mixture.nComponents(); ++k) {
        out.put<double>(mixture.weights()[k]);
        const Eigen::VectorXd mean = mixture.means().row(k).transpose();
        out.putBytes(mean.data(), std::size_t(d) * sizeof(double));
        putFactor(out, mixture.precisionsCholesky()[std::size_t(k)], precision);
    }
}

GaussianMixture getViewMixture(detail::ByteReader& in, int d, FactorPrecision precision, const std::string& part)
{
    const std::size_t start = in.position();
    const int k = in.get<std::int32_t>(("the component count of " + part).c_str());
    if (k < 1 || k > kMaxComponents)
        in.fail(part + " has " + std::to_string(k) + " components, expected 1 to " + std::to_string(kMaxComponents));
    requireBytesFor(in, k, sizeof(double) + std::size_t(d) * sizeof(double) + triangleSize(d) * factorValueBytes(precision),
                    part);
    Eigen::VectorXd weights(k);
    Eigen::MatrixXd means(k, d);
    std::vector<Eigen::MatrixXd> factors(static_cast<std::size_t>(k));
    for (int j = 0; j < k; ++j) {
        const std::string component = "component " + std::to_string(j + 1) + " of " + part;
        weights[j] = finite(in, "the weight of " + component);
        Eigen::VectorXd mean(d);
        in.getBytes(mean.data(), std::size_t(d) * sizeof(double), ("the mean of " + component).c_str());
        if (!mean.allFinite())
            in.fail("the mean of " + component + " is not finite");
        means.row(j) = mean.transpose();
        factors[std::size_t(j)] = getFactor(in, d, precision, ("the precision factor of " + component).c_str());
    }
    try {
        return GaussianMixture::fromParameters(std::move(weights), std::move(means), std::move(factors));
    } catch (const NumericalError& e) {
        in.fail(part + " (from byte " + std::to_string(start) + ") is invalid: " + e.what());
    }
}

void putDrawingViews(detail::ByteWriter& out, const DrawingViews& views)
{
    out.put<std::int32_t>(kPenPathFeatures);
    for (const GaussianMixture& m : views.pathDigits)
        putViewMixture(out, m, FactorPrecision::Single);
    putViewMixture(out, views.doodleImage, FactorPrecision::Half);
    putViewMixture(out, views.doodlePath, FactorPrecision::Single);
    putViewMixture(out, views.retracedPath, FactorPrecision::Single);
    out.put<double>(views.pathWeight);
    out.put<double>(views.pathFloorNats);
    out.put<double>(views.doodlePathWeight);
    out.put<double>(views.doodleThreshold);
}

DrawingViews getDrawingViews(detail::ByteReader& in, int imageFeatures)
{
    DrawingViews views;
    const int n = in.get<std::int32_t>("the pen path feature count");
    if (n != kPenPathFeatures)
        in.fail("the pen path feature count is " + std::to_string(n) + ", expected " + std::to_string(kPenPathFeatures));
    for (int c = 0; c < kDigitClasses; ++c)
        views.pathDigits[std::size_t(c)] =
            getViewMixture(in, n, FactorPrecision::Single, "the pen path mixture of " + digitName(c));
    views.doodleImage = getViewMixture(in, imageFeatures, FactorPrecision::Half, "the doodle mixture over images");
    views.doodlePath = getViewMixture(in, n, FactorPrecision::Single, "the doodle mixture over pen paths");
    views.retracedPath = getViewMixture(in, n, FactorPrecision::Single, "the mixture of retraced pen paths");
    views.pathWeight = finite(in, "the pen path weight");
    views.pathFloorNats = finite(in, "the pen path floor");
    views.doodlePathWeight = finite(in, "the doodle pen path weight");
    views.doodleThreshold = finite(in, "the doodle threshold");
    return views;
}

// Finite numbers can still be absurd (a mean of 1e308 with a valid checksum): the model then
// gives every drawing a log-likelihood of NaN. Each component's own mean, the input it
// describes best, must get finite scores from the scorer that reads drawings.
void requireScores(const DigitModel& model, const std::string& source)
{
    for (int c = 0; c < kDigitClasses; ++c) {
        const Eigen::MatrixXd& means = model.classes[std::size_t(c)].mixture.means();
        for (Eigen::Index k = 0; k < means.rows(); ++k) {
            const Eigen::VectorXd mean = means.row(k).transpose();
            const Verdict v = model.classifyFeatures(mean.data(), InputKind::Image);
            bool finiteScores = std::isfinite(v.logLikelihood);
            for (int other = 0; other < kDigitClasses; ++other)
                finiteScores = finiteScores && std::isfinite(v.classLogLikelihoods[std::size_t(other)]) &&
                               std::isfinite(v.probabilities[std::size_t(other)]);
            if (!finiteScores)
                throw FormatError("Model file '" + source + "' cannot score: the mean of component " +
                                  std::to_string(k + 1) + " of " + digitName(c) +
                                  " gets no finite log-likelihood from it (its numbers are out of any sensible range).");
        }
    }
}

} // namespace

GaussianMixture roundedForStorage(const GaussianMixture& mixture)
{
    return roundedFactors(mixture, FactorPrecision::Half);
}

DrawingViews roundedForStorage(const DrawingViews& views)
{
    DrawingViews rounded = views;
    for (GaussianMixture& m : rounded.pathDigits)
        m = roundedFactors(m, FactorPrecision::Single);
    rounded.doodleImage = roundedFactors(views.doodleImage, FactorPrecision::Half);
    rounded.doodlePath = roundedFactors(views.doodlePath, FactorPrecision::Single);
    rounded.retracedPath = roundedFactors(views.retracedPath, FactorPrecision::Single);
    return rounded;
}

std::vector<unsigned char> serialiseModel(const DigitModel& model)
{
    model.validate();
    detail::ByteWriter out;
    out.putBytes(kMagic, sizeof kMagic);
    out.put<std::uint32_t>(kModelFormatVersion);
    out.put<std::int32_t>(model.features.hog.orientations);
    out.put<std::int32_t>(model.features.hog.cellSize);
    out.put<std::int32_t>(model.features.hog.blockSize);
    out.put<std::uint8_t>(model.features.normalise.deskew ? 1 : 0);
    const int d = model.featureCount();
    out.put<std::int32_t>(d);
    // HOG's own order is written out too: a reader then never has to tell the two apart.
    for (int j = 0; j < d; ++j)
        out.put<std::int32_t>(model.features.order.empty() ? j : model.features.order[std::size_t(j)]);
    out.put<std::int32_t>(kDigitClasses);
    out.put<double>(model.outlierThreshold);
    for (const ClassModel& cm : model.classes) {
        out.put<std::uint32_t>(cm.trainingCount);
        out.put<std::int32_t>(cm.mixture.nComponents());
        out.put<std::int32_t>(cm.drawnComponents);
        out.put<double>(cm.logPrior);
        out.putBytes(cm.typicalityQuantiles.data(), cm.typicalityQuantiles.size() * sizeof(double));
        for (int k = 0; k < cm.mixture.nComponents(); ++k) {
            out.put<double>(cm.mixture.weights()[k]);
            const Eigen::VectorXd mean = cm.mixture.means().row(k).transpose();
            out.putBytes(mean.data(), std::size_t(d) * sizeof(double));
            putFactor(out, cm.mixture.precisionsCholesky()[std::size_t(k)], FactorPrecision::Half);
            out.putBytes(cm.meanImages[std::size_t(k)].data(), std::size_t(kDigitPixels) * sizeof(float));
        }
    }
    out.put<std::uint8_t>(model.drawingViews ? 1 : 0);
    if (model.drawingViews)
        putDrawingViews(out, *model.drawingViews);
    out.put<std::uint32_t>(static_cast<std::uint32_t>(model.metadata.entries.size()));
    for (const auto& [key, value] : model.metadata.entries) {
        out.putString(key);
        out.putString(value);
    }
    const std::uint32_t crc = detail::crc32(out.bytes().data(), out.bytes().size());
    out.put<std::uint32_t>(crc);
    return std::move(out.bytes());
}

void saveModel(const DigitModel& model, const std::string& path)
{
    const std::vector<unsigned char> bytes = serialiseModel(model);
    detail::writeFileAtomically(bytes, path, "the model");
}

DigitModel loadModel(const std::string& path)
{
    const std::vector<unsigned char> bytes =
        detail::readWholeFile(path, "model file", kMaxModelFileBytes, "a Digit Tutor model");
    return parseModel(bytes.data(), bytes.size(), path);
}

DigitModel parseModel(const unsigned char* data, std::size_t size, const std::string& source)
{
    detail::ByteReader in(data, size, source);
    char magic[8];
    in.getBytes(magic, sizeof magic, "the magic number");
    if (std::memcmp(magic, kMagic, sizeof kMagic) != 0)
        throw FormatError("'" + source + "' is not a Digit Tutor model file (its first bytes are not \"DGTMODEL\").");
    const auto version = in.get<std::uint32_t>("the format version");
    if (version < kOldestModelFormatVersion || version > kModelFormatVersion)
        throw FormatError("Model file '" + source + "' has format version " + std::to_string(version) +
                          "; this program reads versions " + std::to_string(kOldestModelFormatVersion) + " to " +
                          std::to_string(kModelFormatVersion) + (version > kModelFormatVersion ? " (a newer program wrote it)." : "."));
    const bool halfFactors = version >= 2;
    const bool drawnCounts = version >= 3;
    const bool viewsFlag = version >= 4;
    const bool featureOrder = version >= 5;
    const FactorPrecision classFactors = halfFactors ? FactorPrecision::Half : FactorPrecision::Single;

    DigitModel model;
    model.loadedFormatVersion = version;
    model.features.hog.orientations = in.get<std::int32_t>("the HOG orientations");
    model.features.hog.cellSize = in.get<std::int32_t>("the HOG cell size");
    model.features.hog.blockSize = in.get<std::int32_t>("the HOG block size");
    const auto deskew = in.get<std::uint8_t>("the deskew flag");
    if (deskew > 1)
        in.fail("the deskew flag is " + std::to_string(deskew) + ", expected 0 or 1");
    model.features.normalise.deskew = deskew == 1;
    int expectedFeatures = 0;
    try {
        expectedFeatures = HogExtractor(model.features.hog).featureCount();
    } catch (const FormatError& e) {
        in.fail(std::string("its HOG settings are impossible: ") + e.what());
    }
    const int d = in.get<std::int32_t>("the feature count");
    if (d != expectedFeatures)
        in.fail("the feature count is " + std::to_string(d) + " but the HOG settings give " + std::to_string(expectedFeatures));
    if (featureOrder) {
        requireBytesFor(in, d, sizeof(std::int32_t), "the feature order");
        std::vector<int> order(static_cast<std::size_t>(d));
        bool natural = true;
        for (int j = 0; j < d; ++j) {
            order[std::size_t(j)] = in.get<std::int32_t>("the feature order");
            natural = natural && order[std::size_t(j)] == j;
        }
        try {
            validateFeatureOrder(order, d);
        } catch (const FormatError& e) {
            in.fail(e.what());
        }
        if (!natural)
            model.features.order = std::move(order);
    }
    const int classes = in.get<std::int32_t>("the class count");
    if (classes != kDigitClasses)
        in.fail("the model has " + std::to_string(classes) + " classes, expected 10");
    model.outlierThreshold = finite(in, "the outlier threshold");

    const std::size_t componentBytes =
        sizeof(double) + std::size_t(d) * sizeof(double) + triangleSize(d) * factorValueBytes(classFactors) +
        std::size_t(kDigitPixels) * sizeof(float);
    for (int c = 0; c < kDigitClasses; ++c) {
        ClassModel& cm = model.classes[std::size_t(c)];
        cm.trainingCount = in.get<std::uint32_t>("a training count");
        const int k = in.get<std::int32_t>("a component count");
        if (k < 1 || k > kMaxComponents)
            in.fail(digitName(c) + " has " + std::to_string(k) + " components, expected 1 to " + std::to_string(kMaxComponents));
        if (drawnCounts) {
            cm.drawnComponents = in.get<std::int32_t>("a count of components learnt from drawings");
            if (cm.drawnComponents < 0 || cm.drawnComponents >= k)
                in.fail(digitName(c) + " has " + std::to_string(cm.drawnComponents) + " of its " + std::to_string(k) +
                        " components learnt from drawings; at least one must be learnt from images");
        }
        cm.logPrior = finite(in, "a class prior");
        cm.typicalityQuantiles.resize(kTypicalityQuantiles);
        in.getBytes(cm.typicalityQuantiles.data(), kTypicalityQuantiles * sizeof(double), "the typicality calibration");
        const std::size_t start = in.position();
        requireBytesFor(in, k, componentBytes, "the mixture of " + digitName(c));
        Eigen::VectorXd weights(k);
        Eigen::MatrixXd means(k, d);
        std::vector<Eigen::MatrixXd> factors(static_cast<std::size_t>(k));
        cm.meanImages.assign(std::size_t(k), std::vector<float>(kDigitPixels));
        for (int j = 0; j < k; ++j) {
            weights[j] = finite(in, "a component weight");
            Eigen::VectorXd mean(d);
            in.getBytes(mean.data(), std::size_t(d) * sizeof(double), "a component mean");
            means.row(j) = mean.transpose();
            factors[std::size_t(j)] = getFactor(in, d, classFactors, "a precision factor");
            in.getBytes(cm.meanImages[std::size_t(j)].data(), kDigitPixels * sizeof(float), "a guide image");
        }
        try {
            cm.mixture = GaussianMixture::fromParameters(std::move(weights), std::move(means), std::move(factors));
        } catch (const NumericalError& e) {
            in.fail("the mixture of " + digitName(c) + " (from byte " + std::to_string(start) + ") is invalid: " + e.what());
        }
    }
    if (viewsFlag) {
        const auto hasViews = in.get<std::uint8_t>("the drawing views flag");
        if (hasViews > 1)
            in.fail("the drawing views flag is " + std::to_string(hasViews) + ", expected 0 or 1");
        if (hasViews == 1)
            model.drawingViews = getDrawingViews(in, d);
    }
    const auto entries = in.get<std::uint32_t>("the metadata count");
    if (entries > kMaxMetadataEntries)
        in.fail("the metadata has " + std::to_string(entries) + " entries, more than " + std::to_string(kMaxMetadataEntries));
    for (std::uint32_t i = 0; i < entries; ++i) {
        std::string key = in.getString("a metadata key", kMaxMetadataLength);
        std::string value = in.getString("a metadata value", kMaxMetadataLength);
        model.metadata.entries.emplace_back(std::move(key), std::move(value));
    }
    const std::size_t checked = in.position();
    const auto crc = in.get<std::uint32_t>("the checksum");
    if (in.remaining() != 0)
        throw FormatError("Model file '" + source + "' has " + std::to_string(in.remaining()) +
                          " unexpected bytes after its checksum.");
    if (crc != detail::crc32(data, checked))
        throw FormatError("Model file '" + source + "' is corrupt: its checksum does not match its contents.");
    try {
        model.validate();
    } catch (const FormatError& e) {
        throw FormatError("Model file '" + source + "' is inconsistent: " + e.what());
    }
    model.prepareScoring();
    requireScores(model, source);
    return model;
}

} // namespace dt
