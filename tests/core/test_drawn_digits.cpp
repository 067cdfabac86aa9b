// Drawn-digit recognition cannot silently regress: a fixed set of 200 real pen-drawn
// digits (the first 20 of each digit in data/handwriting) must be read correctly by
// the bundled model, and generated scribbles must be refused as "not a digit".

#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/mirror_writing.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/training/random.hpp>
#include <digit_tutor/training/scribble_generator.hpp>
#include <digit_tutor/engine/stroke_renderer.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <QFileInfo>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <numbers>
#include <numeric>

class TestDrawnDigits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_model = dt::loadModel(dt::test::defaultModelPath().toStdString()); }

    void realDrawnDigitsAreRead()
    {
        const QString path = dt::test::handwritingPath();
        std::array<int, dt::kDigitClasses> taken{}, correct{};
        for (const dt::Drawing& d : dt::loadDrawings(path.toStdString())) {
            if (taken[std::size_t(d.label)] == 20)
                continue;
            ++taken[std::size_t(d.label)];
            const dt::Verdict v = dt::recogniseDrawing(m_model, d);
            correct[std::size_t(d.label)] += v.digit == d.label ? 1 : 0;
        }
        const int total = std::accumulate(correct.begin(), correct.end(), 0);
        QCOMPARE(std::accumulate(taken.begin(), taken.end(), 0), 200);
        QString perDigit;
        for (int d = 0; d < dt::kDigitClasses; ++d)
            perDigit += QString(" %1:%2").arg(d).arg(correct[std::size_t(d)]);
        QVERIFY2(total >= 190, qPrintable(QString("%1 of 200 read correctly;%2").arg(total).arg(perDigit)));
    }

    void scribblesAreRefused()
    {
        int refused = 0;
        QStringList accepted;
        const std::vector<dt::Drawing> scribbles = dt::generateScribbles(50, 2026);
        for (std::size_t i = 0; i < scribbles.size(); ++i) {
            const dt::Verdict v = dt::recogniseDrawing(m_model, scribbles[i]);
            if (!v.isDigit)
                ++refused;
            else // generateScribbles cycles through the kinds in order
                accepted << QString("%1 read as %2").arg(dt::scribbleKindName(dt::ScribbleKind(i % dt::kScribbleKinds))).arg(v.digit);
        }
        QVERIFY2(refused >= 45, qPrintable(QString("%1 of 50 refused; accepted: %2").arg(refused).arg(accepted.join(", "))));
    }

    // The shape checks must not punish a child who goes round a 0 twice.
    void aZeroDrawnTwiceRoundIsStillAZero()
    {
        dt::Drawing zero;
        zero.strokes.emplace_back();
        for (int turn = 0; turn < 2; ++turn)
            for (int i = 0; i <= 40; ++i) {
                const double a = 2.0 * std::numbers::pi * i / 40.0;
                zero.strokes[0].push_back({200 + 80 * std::sin(a), 200 - 120 * std::cos(a)});
            }
        const dt::Verdict v = dt::recogniseDrawing(m_model, zero);
        QVERIFY2(v.isDigit, dt::refusalName(v.refusal));
        QCOMPARE(v.digit, 0);
    }

    void scribblesAreRefusedForTheirShape_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("filled blob") << int(dt::ScribbleKind::Blob) << "too-much-ink|path-too-long";
        QTest::newRow("hash sign") << int(dt::ScribbleKind::Hash) << "too-many-strokes";
        QTest::newRow("scattered dots") << int(dt::ScribbleKind::Dots) << "too-many-strokes";
    }
    void scribblesAreRefusedForTheirShape()
    {
        QFETCH(int, kind);
        QFETCH(QString, refusal);
        dt::Random rng(11);
        int matched = 0;
        for (int i = 0; i < 10; ++i) {
            const dt::Verdict v = dt::recogniseDrawing(m_model, dt::generateScribble(dt::ScribbleKind(kind), rng));
            QVERIFY(!v.isDigit);
            // The likelihood or the doodles may refuse first; otherwise the shape check names the reason.
            matched += (v.refusal == dt::Refusal::Unlikely || v.refusal == dt::Refusal::Doodle ||
                        refusal.split('|').contains(dt::refusalName(v.refusal)))
                           ? 1
                           : 0;
        }
        QCOMPARE(matched, 10);
    }

    // What "not a digit" was learnt from: real doodles (data/nondigits). The benchmark
    // measures categories the model never saw; this keeps the bundled model from losing them.
    void doodlesAreRefused()
    {
        QVERIFY2(m_model.drawingViews, "the bundled model has no drawing views");
        const std::vector<dt::Drawing> doodles = dt::loadDrawings(dt::test::doodlesPath().toStdString());
        int refused = 0, count = 0;
        for (std::size_t i = 0; i < doodles.size(); i += 19) { // 300 doodles across the categories
            const dt::Verdict v = dt::recogniseDrawing(m_model, doodles[i]);
            refused += (!v.isDigit && v.reversedDigit < 0) ? 1 : 0;
            ++count;
        }
        QVERIFY2(refused >= count * 92 / 100, qPrintable(QString("%1 of %2 refused").arg(refused).arg(count)));
    }

    // A child who writes a digit facing the other way is told so: the flipped drawing is
    // reported as the asked digit reversed, and a digit written the right way never is.
    void mirroredDigitsAreSeenReversed()
    {
        std::array<int, dt::kDigitClasses> taken{};
        int mirrored = 0, seen = 0, falseAlarms = 0;
        for (const dt::Drawing& d : dt::loadDrawings(dt::test::handwritingPath().toStdString())) {
            if (!dt::hasDistinctMirrorImage(d.label) || taken[std::size_t(d.label)] == 15)
                continue;
            ++taken[std::size_t(d.label)];
            ++mirrored;
            seen += dt::recogniseDrawing(m_model, dt::mirroredDrawing(d), d.label).reversedDigit == d.label ? 1 : 0;
            falseAlarms += dt::recogniseDrawing(m_model, d, d.label).reversedDigit >= 0 ? 1 : 0;
        }
        QCOMPARE(mirrored, 7 * 15);
        QVERIFY2(seen >= mirrored * 85 / 100, qPrintable(QString("%1 of %2 seen reversed").arg(seen).arg(mirrored)));
        QCOMPARE(falseAlarms, 0);
    }

    // A digit written facing the other way is a child's digit, never "not a digit": where
    // the drawing the right way round is read as its digit, the mirrored one is called
    // reversed, asked for that digit or in free drawing. The first 700 drawings hold the
    // 4s this failed on while a reversal needed a sure reading (49, 652; 27 unasked).
    void noDigitIsRefusedForBeingReversed()
    {
        const std::vector<dt::Drawing> all = dt::loadDrawings(dt::test::handwritingPath().toStdString());
        int checked = 0;
        QStringList refused;
        for (std::size_t i = 0; i < std::min<std::size_t>(700, all.size()); ++i) {
            const dt::Drawing& d = all[i];
            if (!dt::hasDistinctMirrorImage(d.label))
                continue;
            const dt::Verdict original = dt::recogniseDrawing(m_model, d, d.label);
            if (!original.isDigit || original.digit != d.label)
                continue;
            ++checked;
            const dt::Drawing mirrored = dt::mirroredDrawing(d);
            for (const int asked : {d.label, -1}) {
                const dt::Verdict v = dt::recogniseDrawing(m_model, mirrored, asked);
                if (!v.isDigit && v.reversedDigit < 0)
                    refused << QString("drawing %1 (a %2, %3)").arg(i).arg(d.label).arg(asked < 0 ? "free drawing" : "asked");
            }
        }
        QVERIFY2(checked >= 400, qPrintable(QString("only %1 checked").arg(checked)));
        QVERIFY2(refused.isEmpty(), qPrintable("refused for being reversed: " + refused.join(", ")));
    }

    // Going over a digit a second time makes a pen path like no digit written once; the
    // digit is still read, and not refused.
    void aDigitTracedTwiceIsStillRead()
    {
        std::array<int, dt::kDigitClasses> taken{};
        int read = 0, count = 0;
        for (const dt::Drawing& d : dt::loadDrawings(dt::test::handwritingPath().toStdString())) {
            if (taken[std::size_t(d.label)] == 10)
                continue;
            ++taken[std::size_t(d.label)];
            dt::Drawing twice = d;
            for (const dt::Stroke& s : d.strokes) {
                dt::Stroke again = s;
                for (dt::StrokePoint& p : again)
                    p.x += 4;
                twice.strokes.push_back(again);
            }
            const dt::Verdict v = dt::recogniseDrawing(m_model, twice, d.label);
            read += (v.isDigit && v.digit == d.label) ? 1 : 0;
            ++count;
        }
        QVERIFY2(read >= count * 92 / 100, qPrintable(QString("%1 of %2 read").arg(read).arg(count)));
    }

private:
    dt::DigitModel m_model;
};

DT_TEST_MAIN(TestDrawnDigits, QCoreApplication)
#include "test_drawn_digits.moc"
