#include <digit_tutor/engine/model_file.hpp>

#include <digit_tutor/engine/binary_io.hpp>

#include <digit_tutor/engine/error.hpp>

#include <cmath>

namespace dt {
namespace {

constexpr char kMagic[8] = {'D', 'G', 'T', 'M', 'O', 'D', 'E', 'L'};
constexpr int kMaxComponents = 64;
constexpr std::uint32_t kMaxMetadataEntries = 256;
constexpr std::uint32_t kMaxMetadataLength = 64 * 1024;

std::string digitName(int c) { return "digit " + std::to_string(c); }

double finite(detail::ByteReader& in, const char* what)
{
    const double v = in.get<double>(what);
    if (!std::isfinite(v))
        in.fail(std::string(what) + " is not a finite number");
    return v;
}

} // namespace

GaussianMixture roundedForStorage(const GaussianMixture& mixture)
{
    std::vector<Eigen::MatrixXd> factors = mixture.precisionsCholesky();
    for (auto& p : factors)
        p = p.cast<Eigen::half>().cast<double>();
    return GaussianMixture::fromParameters(mixture.weights(), mixture.means(), std::move(factors));
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
            const Eigen::MatrixXd& p = cm.mixture.precisionsCholesky()[std::size_t(k)];
            for (int i = 0; i < d; ++i)
                for (int j = i; j < d; ++j)
                    out.put<std::uint16_t>(Eigen::numext::bit_cast<std::uint16_t>(Eigen::half(p(i, j))));
            out.putBytes(cm.meanImages[std::size_t(k)].data(), std::size_t(kDigitPixels) * sizeof(float));
        }
    }
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
    const int classes = in.get<std::int32_t>("the class count");
    if (classes != kDigitClasses)
        in.fail("the model has " + std::to_string(classes) + " classes, expected 10");
    model.outlierThreshold = finite(in, "the outlier threshold");

    const std::size_t triangle = std::size_t(d) * (d + 1) / 2;
    std::vector<float> packed(triangle);
    std::vector<std::uint16_t> packedHalf(halfFactors ? triangle : 0);
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
        Eigen::VectorXd weights(k);
        Eigen::MatrixXd means(k, d);
        std::vector<Eigen::MatrixXd> factors(static_cast<std::size_t>(k));
        cm.meanImages.assign(std::size_t(k), std::vector<float>(kDigitPixels));
        for (int j = 0; j < k; ++j) {
            weights[j] = finite(in, "a component weight");
            Eigen::VectorXd mean(d);
            in.getBytes(mean.data(), std::size_t(d) * sizeof(double), "a component mean");
            means.row(j) = mean.transpose();
            if (halfFactors) {
                in.getBytes(packedHalf.data(), triangle * sizeof(std::uint16_t), "a precision factor");
                for (std::size_t i = 0; i < triangle; ++i)
                    packed[i] = float(Eigen::numext::bit_cast<Eigen::half>(packedHalf[i]));
            } else {
                in.getBytes(packed.data(), triangle * sizeof(float), "a precision factor");
            }
            Eigen::MatrixXd& p = factors[std::size_t(j)];
            p = Eigen::MatrixXd::Zero(d, d);
            std::size_t at = 0;
            for (int r = 0; r < d; ++r)
                for (int col = r; col < d; ++col)
                    p(r, col) = packed[at++];
            in.getBytes(cm.meanImages[std::size_t(j)].data(), kDigitPixels * sizeof(float), "a guide image");
        }
        try {
            cm.mixture = GaussianMixture::fromParameters(std::move(weights), std::move(means), std::move(factors));
        } catch (const NumericalError& e) {
            in.fail("the mixture of " + digitName(c) + " is invalid: " + e.what());
        }
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
    return model;
}

} // namespace dt
