// Seeded mutation fuzzing of the two parsers that read untrusted files: the model loader
// and the stroke parser. Each mutant must either parse or be refused with a dt::Error;
// a crash, a hang or (in the sanitizer build) any memory or UB report fails the test.
// The seed is fixed so that a failure reproduces.

#include "test_main.hpp"
#include "tiny_model.hpp"

#include <digit_tutor/engine/binary_io.hpp>
#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/training/random.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <QTest>

namespace {

template <typename Bytes>
Bytes mutate(const Bytes& original, dt::Random& rng)
{
    Bytes b = original;
    const int edits = 1 + int(rng.below(4));
    for (int e = 0; e < edits && !b.empty(); ++e) {
        const std::size_t at = std::size_t(rng.below(b.size()));
        switch (rng.below(6)) {
        case 0: b[at] ^= static_cast<typename Bytes::value_type>(1u << rng.below(8)); break;
        case 1: b[at] = static_cast<typename Bytes::value_type>(rng.below(256)); break;
        case 2: b.resize(at); break;
        case 3: b.insert(b.begin() + std::ptrdiff_t(at), static_cast<typename Bytes::value_type>(rng.below(256))); break;
        case 4: b.erase(b.begin() + std::ptrdiff_t(at)); break;
        case 5: { // copy a chunk elsewhere: duplicates structure, like a bad merge
            const std::size_t from = std::size_t(rng.below(b.size()));
            const std::size_t len = std::min<std::size_t>(1 + rng.below(16), b.size() - std::max(at, from));
            std::copy_n(b.begin() + std::ptrdiff_t(from), len, b.begin() + std::ptrdiff_t(at));
            break;
        }
        }
    }
    return b;
}

// A correct checksum over the mutant, so that it reaches the parser's value checks.
void reseal(std::vector<unsigned char>& bytes)
{
    if (bytes.size() < 4)
        return;
    const std::uint32_t crc = dt::detail::crc32(bytes.data(), bytes.size() - 4);
    std::memcpy(bytes.data() + bytes.size() - 4, &crc, 4);
}

} // namespace

class TestLoaderFuzz : public QObject {
    Q_OBJECT

private slots:
    void modelLoaderSurvivesMutants()
    {
        const std::vector<unsigned char> valid = dt::serialiseModel(dt::test::makeTinyModel(1));
        dt::Random rng(0xD161);
        int refused = 0;
        constexpr int kMutants = 1500;
        for (int i = 0; i < kMutants; ++i) {
            const auto bytes = mutate(valid, rng);
            try {
                dt::parseModel(bytes.data(), bytes.size(), "mutant.dtm");
            } catch (const dt::Error&) {
                ++refused;
            }
        }
        // The checksum makes nearly every mutant a refusal; the point is that none crashed.
        QVERIFY(refused > kMutants * 9 / 10);
    }

    void modelLoaderSurvivesMutantsOfDrawingViews()
    {
        // A format-4 seed with drawing views. Only the part from the drawing views flag on is
        // mutated, and the checksum is made right again, so that the mutants reach the views'
        // counts and values: most are refused; none may crash or allocate wildly.
        const dt::DigitModel plain = dt::test::makeTinyModel(1);
        dt::DigitModel model = plain;
        model.drawingViews = dt::test::makeTinyDrawingViews(model.featureCount(), 1);
        const std::vector<unsigned char> valid = dt::serialiseModel(model);
        std::size_t metadata = 4;
        for (const auto& [key, value] : plain.metadata.entries)
            metadata += 4 + key.size() + 4 + value.size();
        const auto flag = std::ptrdiff_t(dt::serialiseModel(plain).size() - 4 - metadata - 1);
        QCOMPARE(int(valid[std::size_t(flag)]), 1);
        dt::Random rng(0xD164);
        int refused = 0;
        constexpr int kMutants = 200; // each parses the whole model: about 15 ms
        for (int i = 0; i < kMutants; ++i) {
            std::vector<unsigned char> bytes(valid.begin(), valid.begin() + flag);
            const std::vector<unsigned char> views = mutate(std::vector<unsigned char>(valid.begin() + flag, valid.end()), rng);
            bytes.insert(bytes.end(), views.begin(), views.end());
            reseal(bytes);
            try {
                dt::parseModel(bytes.data(), bytes.size(), "mutant.dtm");
            } catch (const dt::Error&) {
                ++refused;
            }
        }
        QVERIFY(refused > kMutants / 2);
    }

    void strokeParserSurvivesMutants()
    {
        const std::string valid =
            R"({"canvas": {"width": 400, "height": 300}, "label": 7, "writer": "w1", "strokes": )"
            R"([[[10, 20], [30.5, 40, 16], [50, 60, 33, 0.5], [70, 80, 50, 1]], [[5, 5, 100], [9e2, -3e-1, 120]]]})";
        dt::Random rng(0x5700);
        int accepted = 0;
        constexpr int kMutants = 20000;
        for (int i = 0; i < kMutants; ++i) {
            const std::string text = mutate(valid, rng);
            try {
                const dt::Drawing d = dt::parseDrawing(text, "mutant.json");
                ++accepted;
                for (const auto& stroke : d.strokes)
                    QVERIFY(!stroke.empty());
            } catch (const dt::Error&) {
            }
        }
        QVERIFY(accepted > 0);
        QVERIFY(accepted < kMutants);
    }
};

DT_TEST_MAIN(TestLoaderFuzz, QCoreApplication)
#include "test_loader_fuzz.moc"
