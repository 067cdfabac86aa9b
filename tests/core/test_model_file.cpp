// The model file: a saved model loads back identical, and every kind of damage is refused
// with a message that says what is wrong.

#include "test_main.hpp"
#include "test_paths.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/pen_path_features.hpp>
#include <digit_tutor/training/random.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace {

// Re-seals bytes with a correct checksum, so that a test reaches the value checks behind it.
void reseal(std::vector<unsigned char>& bytes)
{
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::size_t i = 0; i + 4 < bytes.size(); ++i) {
        c ^= bytes[i];
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    c ^= 0xFFFFFFFFu;
    std::memcpy(bytes.data() + bytes.size() - 4, &c, 4);
}

QString loadError(const std::vector<unsigned char>& bytes)
{
    try {
        dt::parseModel(bytes.data(), bytes.size(), "damaged.dtm");
    } catch (const dt::FormatError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

// The same model (without drawing views) as an older file: without the drawing views flag
// (versions 1 to 3), without the counts of components learnt from drawings (1 and 2), and
// with precision factors in single precision instead of half (1).
std::vector<unsigned char> asOlderVersion(const std::vector<unsigned char>& v4, const dt::DigitModel& model,
                                          std::uint32_t version)
{
    const std::vector<unsigned char>& v3 = v4; // the same up to the drawing views flag
    const std::size_t d = std::size_t(model.featureCount());
    const std::size_t triangle = d * (d + 1) / 2;
    std::vector<unsigned char> out;
    std::size_t at = 0;
    auto copy = [&](std::size_t n) {
        out.insert(out.end(), v3.begin() + std::ptrdiff_t(at), v3.begin() + std::ptrdiff_t(at + n));
        at += n;
    };
    copy(8 + 4 + 12 + 1 + 4); // magic ... feature count
    std::memcpy(out.data() + 8, &version, 4);
    for (std::size_t j = 0; j < d; ++j, at += 4) {
        std::int32_t value = 0;
        std::memcpy(&value, v3.data() + at, 4);
        if (value != std::int32_t(j))
            throw std::logic_error("asOlderVersion: the model has a feature order of its own");
    }
    copy(4 + 8); // classes, outlier threshold
    for (const dt::ClassModel& cm : model.classes) {
        copy(4 + 4);
        if (version >= 3)
            copy(4);
        else
            at += 4; // the drawn count
        copy(8 + 201 * 8);
        for (int k = 0; k < cm.mixture.nComponents(); ++k) {
            copy(8 + d * 8);
            if (version >= 2) {
                copy(triangle * 2);
            } else {
                for (std::size_t i = 0; i < triangle; ++i, at += 2) {
                    std::uint16_t bits = 0;
                    std::memcpy(&bits, v3.data() + at, 2);
                    const float f = float(Eigen::numext::bit_cast<Eigen::half>(bits));
                    const auto* b = reinterpret_cast<const unsigned char*>(&f);
                    out.insert(out.end(), b, b + 4);
                }
            }
            copy(784 * 4);
        }
    }
    if (v4[at] != 0)
        throw std::logic_error("asOlderVersion: the model has drawing views");
    if (version >= 4)
        copy(1); // the drawing views flag
    else
        at += 1;
    copy(v3.size() - at);
    reseal(out);
    return out;
}

// Offsets of fields in a version-5 file (see model_file.hpp).
constexpr std::size_t kVersionOffset = 8;
constexpr std::size_t kFeatureCountOffset = 8 + 4 + 12 + 1;
constexpr std::size_t kOrderOffset = kFeatureCountOffset + 4;
constexpr std::size_t kThresholdOffset = kOrderOffset + 4 * std::size_t(dt::kHogFeatures) + 4;
constexpr std::size_t kFirstComponentsOffset = kThresholdOffset + 8 + 4;
constexpr std::size_t kFirstDrawnOffset = kFirstComponentsOffset + 4;
constexpr std::size_t kFirstWeightOffset = kFirstDrawnOffset + 4 + 8 + 201 * 8;

std::size_t triangle(std::size_t n) { return n * (n + 1) / 2; }

// Bytes of the metadata section (count, then length-prefixed keys and values).
std::size_t metadataBytes(const dt::DigitModel& model)
{
    std::size_t n = 4;
    for (const auto& [key, value] : model.metadata.entries)
        n += 4 + key.size() + 4 + value.size();
    return n;
}

// Bytes of one drawing views mixture of k components over n values, factors of `valueBytes`.
std::size_t viewMixtureBytes(int k, std::size_t n, std::size_t valueBytes)
{
    return 4 + std::size_t(k) * (8 + n * 8 + triangle(n) * valueBytes);
}

// Where the drawing views section's fields lie in a serialised model that has them.
struct ViewsLayout {
    std::size_t flag = 0;          ///< u8 has drawing views
    std::size_t featureCount = 0;  ///< i32 pen path feature count
    std::size_t pathMixture[dt::kDigitClasses] = {}; ///< i32 k of each digit's pen path mixture
    std::size_t doodleImage = 0;   ///< i32 k of the doodle mixture over images
    std::size_t doodlePath = 0;    ///< i32 k of the doodle mixture over pen paths
    std::size_t pathWeight = 0;    ///< the four f64 that end the section
    std::size_t doodleThreshold = 0;
    std::size_t end = 0;           ///< where the metadata starts
};

ViewsLayout viewsLayout(const dt::DigitModel& model, std::size_t fileSize)
{
    const dt::DrawingViews& views = *model.drawingViews;
    ViewsLayout l;
    l.end = fileSize - 4 - metadataBytes(model);
    l.doodleThreshold = l.end - 8;
    l.pathWeight = l.end - 4 * 8;
    std::size_t at = l.end - 4 * 8;
    at -= viewMixtureBytes(views.retracedPath.nComponents(), dt::kPenPathFeatures, 4);
    at -= viewMixtureBytes(views.doodlePath.nComponents(), dt::kPenPathFeatures, 4);
    l.doodlePath = at;
    at -= viewMixtureBytes(views.doodleImage.nComponents(), std::size_t(model.featureCount()), 2);
    l.doodleImage = at;
    for (int c = dt::kDigitClasses - 1; c >= 0; --c) {
        at -= viewMixtureBytes(views.pathDigits[std::size_t(c)].nComponents(), dt::kPenPathFeatures, 4);
        l.pathMixture[c] = at;
    }
    l.featureCount = at - 4;
    l.flag = at - 5;
    return l;
}

void requireSameMixture(const dt::GaussianMixture& a, const dt::GaussianMixture& b)
{
    QCOMPARE(a.nComponents(), b.nComponents());
    QCOMPARE(a.nFeatures(), b.nFeatures());
    QVERIFY(a.weights() == b.weights());
    QVERIFY(a.means() == b.means());
    for (int k = 0; k < a.nComponents(); ++k)
        QVERIFY(a.precisionsCholesky()[std::size_t(k)] == b.precisionsCholesky()[std::size_t(k)]);
    // and so the same scores, to the last bit
    dt::Random rng(99);
    Eigen::MatrixXd x(5, a.nFeatures());
    for (Eigen::Index i = 0; i < x.size(); ++i)
        x.data()[i] = 0.3 * rng.normal();
    QVERIFY(a.scoreSamples(x, 1) == b.scoreSamples(x, 1));
}

} // namespace

class TestModelFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_model = dt::test::makeTinyModel();
        m_bytes = dt::serialiseModel(m_model);
        m_viewsModel = m_model;
        m_viewsModel.drawingViews = dt::test::makeTinyDrawingViews(m_model.featureCount());
        m_viewsBytes = dt::serialiseModel(m_viewsModel);
        m_layout = viewsLayout(m_viewsModel, m_viewsBytes.size());
    }

    void savedModelLoadsBackIdentical()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/tiny.dtm").toStdString();
        dt::saveModel(m_model, path);
        const dt::DigitModel loaded = dt::loadModel(path);
        QCOMPARE(loaded.outlierThreshold, m_model.outlierThreshold);
        QCOMPARE(loaded.metadata.get("name"), m_model.metadata.get("name"));
        QVERIFY(loaded.features == m_model.features);
        // The trainer calibrates on the rounded factors, so scores agree exactly.
        Eigen::VectorXd x = Eigen::VectorXd::Constant(dt::kHogFeatures, 0.05);
        x[3] = 1.0;
        const dt::Verdict a = m_model.classifyFeatures(x.data(), dt::InputKind::Image);
        const dt::Verdict b = loaded.classifyFeatures(x.data(), dt::InputKind::Image);
        QCOMPARE(b.digit, a.digit);
        QCOMPARE(b.logLikelihood, a.logLikelihood);
        QCOMPARE(b.probabilities, a.probabilities);
        QCOMPARE(dt::serialiseModel(loaded), m_bytes);
    }

    void olderVersionsAreStillRead_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("1: single-precision factors") << 1;
        QTest::newRow("2: no drawn counts") << 2;
        QTest::newRow("3: no drawing views") << 3;
        QTest::newRow("4: features in HOG's order") << 4;
    }
    void olderVersionsAreStillRead()
    {
        // Models saved before half-precision factors (format 1) or before components learnt
        // from drawings were told apart (1, 2) load and score the same.
        QFETCH(int, version);
        const std::vector<unsigned char> old = asOlderVersion(m_bytes, m_model, std::uint32_t(version));
        std::size_t components = 0;
        for (const dt::ClassModel& cm : m_model.classes)
            components += std::size_t(cm.mixture.nComponents());
        const std::size_t triangle = std::size_t(dt::kHogFeatures) * (dt::kHogFeatures + 1) / 2;
        const std::size_t factorGrowth = version == 1 ? components * triangle * 2 : 0; // four bytes a value, not two
        const std::size_t drawnCounts = version < 3 ? 10 * 4 : 0;
        const std::size_t viewsFlag = version < 4 ? 1 : 0;
        const std::size_t order = std::size_t(dt::kHogFeatures) * 4;
        QCOMPARE(old.size(), m_bytes.size() - order - drawnCounts - viewsFlag + factorGrowth);
        const dt::DigitModel loaded = dt::parseModel(old.data(), old.size(), "old.dtm");
        QCOMPARE(loaded.loadedFormatVersion, std::uint32_t(version));
        QVERIFY(!loaded.drawingViews);
        Eigen::VectorXd x = Eigen::VectorXd::Constant(dt::kHogFeatures, 0.05);
        x[3] = 1.0;
        QCOMPARE(loaded.classifyFeatures(x.data(), dt::InputKind::Image).probabilities,
                 m_model.classifyFeatures(x.data(), dt::InputKind::Image).probabilities);
        QCOMPARE(dt::serialiseModel(loaded), m_bytes); // and is saved again as version 5
    }

    void bundledModelLoads()
    {
        // models/default.dtm was written as version 3; it loads without drawing views (and
        // once retrained as version 4, it loads all the same).
        const dt::DigitModel model = dt::loadModel(dt::test::defaultModelPath().toStdString());
        QVERIFY(model.loadedFormatVersion >= 3);
        if (model.loadedFormatVersion < 4)
            QVERIFY(!model.drawingViews);
    }

    void modelWithoutViewsSavesTheFlagZero()
    {
        // The flag lies after the classes, before the metadata.
        QVERIFY(!m_model.drawingViews);
        const std::size_t flag = m_bytes.size() - 4 - metadataBytes(m_model) - 1;
        QCOMPARE(int(m_bytes[flag]), 0);
        QCOMPARE(m_layout.flag, flag);
        std::uint32_t version = 0;
        std::memcpy(&version, m_bytes.data() + kVersionOffset, 4);
        QCOMPARE(version, dt::kModelFormatVersion);
        QCOMPARE(dt::kModelFormatVersion, std::uint32_t(5));
        const dt::DigitModel loaded = dt::parseModel(m_bytes.data(), m_bytes.size(), "plain.dtm");
        QVERIFY(!loaded.drawingViews);
        QCOMPARE(loaded.loadedFormatVersion, std::uint32_t(5));
    }

    void drawingViewsRoundTripExactly()
    {
        // What loads is what roundedForStorage gives, to the last bit; saving it again gives
        // the same bytes.
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/views.dtm").toStdString();
        dt::saveModel(m_viewsModel, path);
        const dt::DigitModel loaded = dt::loadModel(path);
        QVERIFY(loaded.drawingViews);
        const dt::DrawingViews rounded = dt::roundedForStorage(*m_viewsModel.drawingViews);
        const dt::DrawingViews& got = *loaded.drawingViews;
        for (int c = 0; c < dt::kDigitClasses; ++c)
            requireSameMixture(got.pathDigits[std::size_t(c)], rounded.pathDigits[std::size_t(c)]);
        requireSameMixture(got.doodleImage, rounded.doodleImage);
        requireSameMixture(got.doodlePath, rounded.doodlePath);
        requireSameMixture(got.retracedPath, rounded.retracedPath);
        QCOMPARE(got.pathWeight, 0.25);
        QCOMPARE(got.pathFloorNats, 12.5);
        QCOMPARE(got.doodlePathWeight, 0.75);
        QCOMPARE(got.doodleThreshold, -3.125);
        QCOMPARE(dt::serialiseModel(loaded), m_viewsBytes);
        // The class mixtures and the rest are untouched by the views.
        QCOMPARE(loaded.metadata.get("name"), m_model.metadata.get("name"));
        Eigen::VectorXd x = Eigen::VectorXd::Constant(dt::kHogFeatures, 0.05);
        x[3] = 1.0;
        QCOMPARE(loaded.classifyFeatures(x.data(), dt::InputKind::Image).probabilities,
                 m_model.classifyFeatures(x.data(), dt::InputKind::Image).probabilities);
    }

    void roundingForStorageKeepsEachMixturesPrecision()
    {
        // The doodle mixture over images is rounded to half precision, the pen path mixtures
        // to single: rounding again changes nothing, and the two differ where they should.
        const dt::DrawingViews& views = *m_viewsModel.drawingViews;
        const dt::DrawingViews rounded = dt::roundedForStorage(views);
        const Eigen::MatrixXd& path = views.pathDigits[4].precisionsCholesky()[0];
        const Eigen::MatrixXd& pathRounded = rounded.pathDigits[4].precisionsCholesky()[0];
        QVERIFY(pathRounded != path);
        QVERIFY(pathRounded == path.cast<float>().cast<double>());
        QVERIFY(pathRounded != path.cast<Eigen::half>().cast<double>());
        const Eigen::MatrixXd& image = views.doodleImage.precisionsCholesky()[1];
        QVERIFY(rounded.doodleImage.precisionsCholesky()[1] == image.cast<Eigen::half>().cast<double>());
        QVERIFY(rounded.doodleImage.means() == views.doodleImage.means());
        const dt::DrawingViews twice = dt::roundedForStorage(rounded);
        QVERIFY(twice.doodlePath.precisionsCholesky()[1] == rounded.doodlePath.precisionsCholesky()[1]);
        QVERIFY(twice.doodleImage.precisionsCholesky()[0] == rounded.doodleImage.precisionsCholesky()[0]);
    }

    void truncatedViewsAreRefused()
    {
        const ViewsLayout& l = m_layout;
        std::vector<std::size_t> cuts = {l.flag + 1, l.featureCount + 2, l.pathMixture[0] + 4, l.pathMixture[0] + 13,
                                         l.pathMixture[7] + 1000, l.doodleImage + 4, l.doodleImage + 50000,
                                         l.doodlePath + 9, l.pathWeight + 3, l.doodleThreshold, l.end - 1};
        for (std::size_t at = l.flag + 1; at < l.end; at += 4999)
            cuts.push_back(at);
        for (std::size_t len : cuts) {
            const QString error =
                loadError(std::vector<unsigned char>(m_viewsBytes.begin(), m_viewsBytes.begin() + std::ptrdiff_t(len)));
            QVERIFY2(error.contains("damaged.dtm") && error.contains("truncated"),
                     qPrintable(QString("cut at %1: %2").arg(len).arg(error)));
        }
    }

    void damagedViewsAreNamed_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("flag 2") << 0 << "the drawing views flag is 2, expected 0 or 1";
        QTest::newRow("63 pen path features") << 1 << "the pen path feature count is 63, expected 64";
        QTest::newRow("k = 0") << 2 << "the pen path mixture of digit 0 has 0 components, expected 1 to 64";
        QTest::newRow("k = 65") << 3 << "the pen path mixture of digit 4 has 65 components, expected 1 to 64";
        QTest::newRow("k huge") << 4 << "the doodle mixture over images has 2147483647 components";
        QTest::newRow("k more than the file holds") << 5 << "the doodle mixture over pen paths has 64 components of";
        QTest::newRow("NaN weight") << 6 << "the weight of component 1 of the pen path mixture of digit 9 is not a finite number";
        QTest::newRow("weights not a distribution") << 7 << "the doodle mixture over images (from byte";
        QTest::newRow("factor diagonal 0") << 8 << "the doodle mixture over pen paths (from byte";
        QTest::newRow("NaN mean") << 9 << "the mean of component 2 of the pen path mixture of digit 2 is not finite";
        QTest::newRow("infinite threshold") << 10 << "the doodle threshold is not a finite number";
        QTest::newRow("path weight 11") << 11 << "A weight of the pen path view is not between 0 and 10";
        QTest::newRow("a feature order in a file that says version 4") << 12 << "the model has 0 classes"; // read as the class count
    }
    void damagedViewsAreNamed()
    {
        // Each damage is resealed with a correct checksum, so that it reaches the value checks.
        QFETCH(int, damage);
        QFETCH(QString, expected);
        const ViewsLayout& l = m_layout;
        std::vector<unsigned char> bytes = m_viewsBytes;
        auto put = [&bytes](std::size_t at, auto value) { std::memcpy(bytes.data() + at, &value, sizeof value); };
        const std::size_t pathComponent = 8 + 64 * 8 + triangle(64) * 4;
        std::size_t offset = 0; // where the message says the damage is, when checked
        switch (damage) {
        case 0: put(l.flag, std::uint8_t(2)); offset = l.flag + 1; break;
        case 1: put(l.featureCount, std::int32_t(63)); offset = l.featureCount + 4; break;
        case 2: put(l.pathMixture[0], std::int32_t(0)); offset = l.pathMixture[0] + 4; break;
        case 3: put(l.pathMixture[4], std::int32_t(65)); offset = l.pathMixture[4] + 4; break;
        case 4: put(l.doodleImage, std::int32_t(0x7fffffff)); offset = l.doodleImage + 4; break;
        case 5: put(l.doodlePath, std::int32_t(64)); offset = l.doodlePath + 4; break;
        case 6: put(l.pathMixture[9] + 4, std::nan("")); break;
        case 7: put(l.doodleImage + 4, 0.9); break;
        case 8: put(l.doodlePath + 4 + pathComponent + 8 + 64 * 8, 0.0f); break; // the second component's P(0, 0)
        case 9: put(l.pathMixture[2] + 4 + pathComponent + 8 + 5 * 8, std::nan("")); break;
        case 10: put(l.doodleThreshold, std::numeric_limits<double>::infinity()); offset = l.end; break;
        case 11: put(l.pathWeight, 11.0); break;
        case 12: put(kVersionOffset, std::uint32_t(4)); break;
        }
        reseal(bytes);
        QElapsedTimer timer;
        timer.start();
        const QString error = loadError(bytes);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains("damaged.dtm"), qPrintable(error));
        if (offset != 0)
            QVERIFY2(error.contains(QString("at byte %1:").arg(offset)), qPrintable(error));
        QVERIFY(timer.elapsed() < 2000); // a huge count is refused, not allocated
    }


    void drawnComponentCountsRoundTrip()
    {
        // The trainer marks the components learnt from drawings; the file keeps the count.
        dt::DigitModel model = m_model;
        QVERIFY(model.classes[5].mixture.nComponents() >= 2);
        model.classes[5].drawnComponents = 1;
        const std::vector<unsigned char> bytes = dt::serialiseModel(model);
        const dt::DigitModel loaded = dt::parseModel(bytes.data(), bytes.size(), "drawn.dtm");
        QCOMPARE(loaded.classes[5].drawnComponents, 1);
        QCOMPARE(loaded.classes[4].drawnComponents, 0);
    }

    void everyTruncationIsRefused()
    {
        // Every prefix length would take minutes; a stride that hits every section will do.
        for (std::size_t len = 0; len < m_bytes.size(); len += (len < 2048 ? 1 : 7919)) {
            const QString error = loadError(std::vector<unsigned char>(m_bytes.begin(), m_bytes.begin() + std::ptrdiff_t(len)));
            QVERIFY2(!error.isEmpty(), qPrintable(QString("a file cut at %1 bytes was accepted").arg(len)));
            QVERIFY2(error.contains("damaged.dtm"), qPrintable(error));
        }
        QVERIFY(loadError(std::vector<unsigned char>(m_bytes.begin(), m_bytes.end() - 1)).contains("truncated"));
    }

    void damageIsNamed_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a model") << 0 << "not a Digit Tutor model";
        QTest::newRow("future version") << 1 << "format version 7";
        QTest::newRow("flipped bit") << 2 << "checksum";
        QTest::newRow("trailing bytes") << 3 << "unexpected bytes";
        QTest::newRow("feature count") << 4 << "feature count is 323";
        QTest::newRow("NaN threshold") << 5 << "outlier threshold is not a finite number";
        QTest::newRow("component count") << 6 << "100000 components";
        QTest::newRow("negative weight") << 7 << "weights must be positive";
        QTest::newRow("all components drawn") << 8 << "at least one must be learnt from images";
        QTest::newRow("a mean of 1e308") << 9 << "cannot score: the mean of component 1 of digit 0";
        QTest::newRow("feature order with a value twice") << 10 << "not a permutation of the 324 features (value 0)";
        QTest::newRow("feature order out of range") << 11 << "not a permutation of the 324 features (value 324)";
    }
    void damageIsNamed()
    {
        QFETCH(int, damage);
        QFETCH(QString, expected);
        std::vector<unsigned char> bytes = m_bytes;
        auto put = [&bytes](std::size_t at, auto value) { std::memcpy(bytes.data() + at, &value, sizeof value); };
        switch (damage) {
        case 0: bytes[0] = 'X'; break;
        case 1: put(kVersionOffset, std::uint32_t(7)); break;
        case 2: bytes[bytes.size() / 2] ^= 0x10; break;
        case 3: bytes.push_back(0); break;
        case 4: put(kFeatureCountOffset, std::int32_t(323)); reseal(bytes); break;
        case 5: put(kThresholdOffset, std::nan("")); reseal(bytes); break;
        case 6: put(kFirstComponentsOffset, std::int32_t(100000)); reseal(bytes); break;
        case 7: put(kFirstWeightOffset, -0.5); reseal(bytes); break;
        case 8: put(kFirstDrawnOffset, std::int32_t(m_model.classes[0].mixture.nComponents())); reseal(bytes); break;
        case 9: put(kFirstWeightOffset + 8, 1e308); reseal(bytes); break; // finite, checksum right
        case 10: put(kOrderOffset + 4, std::int32_t(0)); reseal(bytes); break;
        case 11: put(kOrderOffset + 8, std::int32_t(dt::kHogFeatures)); reseal(bytes); break;
        }
        const QString error = loadError(bytes);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void missingFileIsNamed()
    {
        try {
            dt::loadModel("/nonexistent/model.dtm");
            QFAIL("a missing file was accepted");
        } catch (const dt::FormatError& e) {
            QVERIFY(QString(e.what()).contains("/nonexistent/model.dtm"));
        }
    }

private:
    dt::DigitModel m_model;
    std::vector<unsigned char> m_bytes;
    dt::DigitModel m_viewsModel; ///< m_model with drawing views
    std::vector<unsigned char> m_viewsBytes;
    ViewsLayout m_layout;
};

DT_TEST_MAIN(TestModelFile, QCoreApplication)
#include "test_model_file.moc"
