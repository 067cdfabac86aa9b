// The model file: a saved model loads back identical, and every kind of damage is refused
// with a message that says what is wrong.

#include "test_main.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/model_file.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

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

// The same model as an older file: without the counts of components learnt from drawings
// (versions 1 and 2), and with precision factors in single precision instead of half (1).
std::vector<unsigned char> asOlderVersion(const std::vector<unsigned char>& v3, const dt::DigitModel& model,
                                          std::uint32_t version)
{
    const std::size_t d = std::size_t(model.featureCount());
    const std::size_t triangle = d * (d + 1) / 2;
    std::vector<unsigned char> out;
    std::size_t at = 0;
    auto copy = [&](std::size_t n) {
        out.insert(out.end(), v3.begin() + std::ptrdiff_t(at), v3.begin() + std::ptrdiff_t(at + n));
        at += n;
    };
    copy(8 + 4 + 12 + 1 + 4 + 4 + 8); // magic ... outlier threshold
    std::memcpy(out.data() + 8, &version, 4);
    for (const dt::ClassModel& cm : model.classes) {
        copy(4 + 4);
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
    copy(v3.size() - at);
    reseal(out);
    return out;
}

// Offsets of fields in a version-3 file (see model_file.hpp).
constexpr std::size_t kVersionOffset = 8;
constexpr std::size_t kFeatureCountOffset = 8 + 4 + 12 + 1;
constexpr std::size_t kThresholdOffset = kFeatureCountOffset + 8;
constexpr std::size_t kFirstComponentsOffset = kThresholdOffset + 8 + 4;
constexpr std::size_t kFirstDrawnOffset = kFirstComponentsOffset + 4;
constexpr std::size_t kFirstWeightOffset = kFirstDrawnOffset + 4 + 8 + 201 * 8;

} // namespace

class TestModelFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_model = dt::test::makeTinyModel(); m_bytes = dt::serialiseModel(m_model); }

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
        QCOMPARE(old.size(), m_bytes.size() - 10 * 4 + factorGrowth);
        const dt::DigitModel loaded = dt::parseModel(old.data(), old.size(), "old.dtm");
        Eigen::VectorXd x = Eigen::VectorXd::Constant(dt::kHogFeatures, 0.05);
        x[3] = 1.0;
        QCOMPARE(loaded.classifyFeatures(x.data(), dt::InputKind::Image).probabilities,
                 m_model.classifyFeatures(x.data(), dt::InputKind::Image).probabilities);
        QCOMPARE(dt::serialiseModel(loaded), m_bytes); // and is saved again as version 3
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
};

DT_TEST_MAIN(TestModelFile, QCoreApplication)
#include "test_model_file.moc"
