// Seeded, structure-aware mutation fuzzing of every reader of untrusted files: models and
// ways files (their checksum recomputed, so that mutants reach the value checks behind it),
// IDX images and labels, pictures (PNG, BMP, PGM) and stroke files, each then used as the
// program uses it (a drawing is recognised and its formation checked). Each mutant must be
// read or refused with a dt::Error; a crash, a hang, another exception or (in the sanitizer
// build) any memory or UB report fails the test. Seeds come from tests/fuzz/corpus and the
// bundled ways; the random seed is fixed, so a failure reproduces. Each target prints its
// figures: mutants tried, read, refused, and the time.

#include "test_main.hpp"
#include "test_paths.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/engine/binary_io.hpp>
#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/formation_check.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/engine/ways_file.hpp>
#include <digit_tutor/training/idx_reader.hpp>
#include <digit_tutor/training/image_file.hpp>
#include <digit_tutor/training/random.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace {

using Bytes = std::vector<unsigned char>;

Bytes readCorpus(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray b = f.readAll();
    return Bytes(b.begin(), b.end());
}

Bytes corpusFile(const char* name) { return readCorpus(QStringLiteral(DIGIT_TUTOR_FUZZ_CORPUS "/") + name); }

// Values that sit on the edges parsers get wrong: counts of 0, 1, the largest, negative;
// doubles that are huge, subnormal, not finite.
const std::uint32_t kInterestingInts[] = {0, 1, 2, 63, 64, 65, 255, 256, 0x7FFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF};
const double kInterestingDoubles[] = {0.0, -0.0, 1e308, -1e308, 5e-324, 1e-310, 1e300, -1e-300};
const char* const kInterestingNumbers[] = {"1e308", "-1e308", "1e-310", "5e-324", "1e999", "NaN", "0", "-0",
                                           "123456789012", "4097", "1e15", "-1"};

// Byte-level edits (flip, set, cut, insert, erase, copy a chunk) and structure-aware ones:
// a 32-bit count or a double overwritten, at an aligned place, with an edge value.
Bytes mutateBinary(const Bytes& original, dt::Random& rng)
{
    Bytes b = original;
    const int edits = 1 + int(rng.below(3));
    for (int e = 0; e < edits && !b.empty(); ++e) {
        const std::size_t at = std::size_t(rng.below(b.size()));
        switch (rng.below(8)) {
        case 0: b[at] ^= static_cast<unsigned char>(1u << rng.below(8)); break;
        case 1: b[at] = static_cast<unsigned char>(rng.below(256)); break;
        case 2: b.resize(at); break;
        case 3: b.insert(b.begin() + std::ptrdiff_t(at), static_cast<unsigned char>(rng.below(256))); break;
        case 4: b.erase(b.begin() + std::ptrdiff_t(at)); break;
        case 5: {
            const std::size_t from = std::size_t(rng.below(b.size()));
            const std::size_t len = std::min<std::size_t>(1 + rng.below(16), b.size() - std::max(at, from));
            std::copy_n(b.begin() + std::ptrdiff_t(from), len, b.begin() + std::ptrdiff_t(at));
            break;
        }
        case 6: {
            const std::size_t place = at & ~std::size_t(3);
            if (place + 4 <= b.size()) {
                std::uint32_t v = kInterestingInts[rng.below(std::size(kInterestingInts))];
                if (rng.below(2))
                    v = __builtin_bswap32(v); // the IDX headers are big-endian
                std::memcpy(b.data() + place, &v, 4);
            }
            break;
        }
        default: {
            if (at + 8 <= b.size()) {
                const double v = kInterestingDoubles[rng.below(std::size(kInterestingDoubles))];
                std::memcpy(b.data() + at, &v, 8);
            }
            break;
        }
        }
    }
    return b;
}

// Text edits: the byte-level ones, and a number token replaced by an edge value, or a
// stretch of the text (a stroke, a point) repeated.
std::string mutateText(const std::string& original, dt::Random& rng)
{
    std::string s = original;
    const int edits = 1 + int(rng.below(3));
    for (int e = 0; e < edits && !s.empty(); ++e) {
        const std::size_t at = std::size_t(rng.below(s.size()));
        switch (rng.below(4)) {
        case 0: {
            const Bytes b = mutateBinary(Bytes(s.begin(), s.end()), rng);
            s.assign(b.begin(), b.end());
            break;
        }
        case 1:
        case 2: {
            const std::size_t start = s.find_first_of("-0123456789", at);
            if (start == std::string::npos)
                break;
            const std::size_t end = s.find_first_not_of("-+.0123456789eE", start);
            s.replace(start, (end == std::string::npos ? s.size() : end) - start,
                      kInterestingNumbers[rng.below(std::size(kInterestingNumbers))]);
            break;
        }
        default: {
            const std::size_t len = std::min<std::size_t>(1 + rng.below(40), s.size() - at);
            const std::string piece = s.substr(at, len);
            for (int r = int(rng.below(20)); r >= 0; --r)
                s.insert(at, piece);
            break;
        }
        }
    }
    return s;
}

// The last four bytes made the CRC-32 of the bytes before them, as the model and ways files keep it.
void reseal(Bytes& bytes)
{
    if (bytes.size() < 4)
        return;
    const std::uint32_t crc = dt::detail::crc32(bytes.data(), bytes.size() - 4);
    std::memcpy(bytes.data() + bytes.size() - 4, &crc, 4);
}

struct Figures {
    int tried = 0;
    int read = 0;
    int refused = 0;
};

// Runs `use` on `count` mutants from `next`; counts reads and refusals, prints the figures.
// Anything thrown that is not a dt::Error fails the test, naming the mutant.
template <typename Input>
Figures fuzz(const char* target, int count, const std::function<Input(int)>& next,
             const std::function<void(const Input&)>& use)
{
    Figures f;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const Input input = next(i);
        ++f.tried;
        try {
            use(input);
            ++f.read;
        } catch (const dt::Error&) {
            ++f.refused;
        } catch (const std::exception& e) {
            qCritical("%s: mutant %d threw %s", target, i, e.what());
            throw;
        }
    }
    qInfo("%s: %d mutants, %d read, %d refused, no crash, %.1f s", target, f.tried, f.read, f.refused,
          double(timer.elapsed()) / 1000.0);
    return f;
}

} // namespace

class TestFileFuzz : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_model = dt::loadModel(dt::test::defaultModelPath().toStdString());
        m_ways = dt::loadWritingWays(dt::test::sourceDir().toStdString() + "/models/default.ways");
    }

    void modelMutantsWithTheirChecksumRecomputed()
    {
        dt::DigitModel seed = dt::test::makeTinyModel(1);
        seed.drawingViews = dt::test::makeTinyDrawingViews(seed.featureCount(), 1);
        const Bytes valid = dt::serialiseModel(seed);
        dt::Random rng(0xD161);
        const Figures f = fuzz<Bytes>(
            "model", 600,
            [&](int) {
                Bytes b = mutateBinary(valid, rng);
                reseal(b);
                return b;
            },
            [](const Bytes& b) { dt::parseModel(b.data(), b.size(), "mutant.dtm"); });
        QVERIFY(f.refused > 0);
    }

    void waysMutantsWithTheirChecksumRecomputed()
    {
        const Bytes valid = readCorpus(dt::test::sourceDir() + "/models/default.ways");
        QVERIFY(!valid.empty());
        dt::Random rng(0xDA75);
        const Figures f = fuzz<Bytes>(
            "ways", 1000,
            [&](int) {
                Bytes b = mutateBinary(valid, rng);
                reseal(b);
                return b;
            },
            [&](const Bytes& b) {
                const dt::WritingWays ways = dt::parseWritingWays(b.data(), b.size(), "mutant.ways");
                dt::Drawing seven = dt::loadDrawing(DIGIT_TUTOR_FUZZ_CORPUS "/seven.json");
                dt::checkFormation(ways, 7, seven);
            });
        QVERIFY(f.refused > 0);
    }

    void idxMutants()
    {
        const Bytes images = corpusFile("three.idx3"), labels = corpusFile("three.idx1");
        QVERIFY(!images.empty() && !labels.empty());
        const std::string path = m_dir.filePath("mutant.idx").toStdString();
        dt::Random rng(0x1D83);
        const Figures f = fuzz<Bytes>(
            "IDX", 3000,
            [&](int i) { return mutateBinary(i % 2 ? labels : images, rng); },
            [&](const Bytes& b) {
                QFile out(QString::fromStdString(path));
                if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    throw std::runtime_error("cannot write the mutant");
                out.write(reinterpret_cast<const char*>(b.data()), qint64(b.size()));
                out.close();
                if (b.size() > 3 && b[3] == 1) {
                    dt::readIdxLabels(path);
                } else {
                    const dt::IdxImages read = dt::readIdxImages(path);
                    if (read.count > 0)
                        m_model.classifyImage(read.image(0));
                }
            });
        QVERIFY(f.refused > 0);
    }

    void pictureMutants()
    {
        const std::vector<Bytes> seeds{corpusFile("bar.png"), corpusFile("bar.bmp"), corpusFile("bar.pgm")};
        for (const Bytes& s : seeds)
            QVERIFY(!s.empty());
        dt::Random rng(0x1A6E);
        const Figures f = fuzz<Bytes>(
            "pictures", 6000, [&](int i) { return mutateBinary(seeds[std::size_t(i) % seeds.size()], rng); },
            [&](const Bytes& b) { m_model.classifyImage(dt::decodeDigitImage(b.data(), b.size(), "mutant")); });
        QVERIFY(f.refused > 0);
    }

    void strokeFileMutants()
    {
        const std::vector<Bytes> seeds{corpusFile("seven.json"), corpusFile("four.json")};
        dt::Random rng(0x5700);
        const Figures f = fuzz<std::string>(
            "strokes", 1500,
            [&](int i) {
                const Bytes& s = seeds[std::size_t(i) % seeds.size()];
                return mutateText(std::string(s.begin(), s.end()), rng);
            },
            [&](const std::string& text) {
                const dt::Drawing d = dt::parseDrawing(text, "mutant.json");
                for (const auto& stroke : d.strokes)
                    QVERIFY(!stroke.empty());
                const dt::Verdict v = dt::recogniseDrawing(m_model, d, 7);
                if (!v.empty && !std::isfinite(v.logLikelihood))
                    throw std::runtime_error("a drawing got a log-likelihood that is not finite");
                if (!d.isEmpty())
                    dt::checkFormation(m_ways, 7, d);
            });
        QVERIFY(f.read > 0 && f.refused > 0);
    }

private:
    QTemporaryDir m_dir;
    dt::DigitModel m_model;
    dt::WritingWays m_ways;
};

DT_TEST_MAIN(TestFileFuzz, QCoreApplication)
#include "test_file_fuzz.moc"
