// The scoring kernels are chosen at run time (cpu_kernels.hpp): the baseline ones that every
// x86-64 processor runs and, where the processor has them, the AVX2 ones. Both must give a
// child the same verdicts.

#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/cpu_kernels.hpp>
#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/mirror_writing.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <QTest>

#include <cmath>
#include <stdexcept>
#include <vector>

class TestCpuKernels : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { dt::useKernels(dt::supportedKernels()); }

    void theBaselineCanBeChosen()
    {
        dt::useKernels(dt::CpuKernels::Baseline);
        QCOMPARE(dt::activeKernels(), dt::CpuKernels::Baseline);
        QCOMPARE(QByteArray(dt::kernelsName(dt::activeKernels())), QByteArray("baseline"));
        if (dt::supportedKernels() == dt::CpuKernels::Avx2) {
            dt::useKernels(dt::CpuKernels::Avx2);
            QCOMPARE(dt::activeKernels(), dt::CpuKernels::Avx2);
        } else {
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dt::useKernels(dt::CpuKernels::Avx2));
        }
    }

    void bothKernelsGiveTheSameVerdicts()
    {
        if (dt::supportedKernels() != dt::CpuKernels::Avx2)
            DT_SKIP("this processor has no AVX2: only the baseline kernels run here");
        dt::useKernels(dt::CpuKernels::Baseline);
        const dt::DigitModel baseline = dt::loadModel(dt::test::defaultModelPath().toStdString());
        dt::useKernels(dt::CpuKernels::Avx2);
        const dt::DigitModel avx2 = dt::loadModel(dt::test::defaultModelPath().toStdString());

        // Real pen digits as written and mirrored, each asked for as itself: digits read,
        // refused and reversed.
        const std::vector<dt::Drawing> all = dt::loadDrawings(dt::test::handwritingPath().toStdString());
        std::vector<dt::Drawing> drawings;
        for (std::size_t i = 0; i < all.size(); i += 37) {
            drawings.push_back(all[i]);
            drawings.push_back(dt::mirroredDrawing(all[i]));
            drawings.back().label = all[i].label;
        }
        int reversed = 0, refused = 0;
        for (const dt::Drawing& d : drawings) {
            const dt::Verdict a = dt::recogniseDrawing(baseline, d, d.label);
            const dt::Verdict b = dt::recogniseDrawing(avx2, d, d.label);
            QCOMPARE(a.digit, b.digit);
            QCOMPARE(a.isDigit, b.isDigit);
            QCOMPARE(a.refusal, b.refusal);
            QCOMPARE(a.reversedDigit, b.reversedDigit);
            QCOMPARE(a.component, b.component);
            for (int c = 0; c < dt::kDigitClasses; ++c)
                QVERIFY(std::abs(a.probabilities[std::size_t(c)] - b.probabilities[std::size_t(c)]) < 1e-6);
            QVERIFY(std::abs(a.logLikelihood - b.logLikelihood) <= 1e-6 * std::abs(b.logLikelihood));
            // The digit score is a difference of log-likelihoods of about 400 nats: their rounding.
            QVERIFY(std::abs(a.digitScore - b.digitScore) <= 1e-6 * std::abs(b.logLikelihood) * 10.0);
            reversed += b.reversedDigit >= 0;
            refused += !b.isDigit;
        }
        QVERIFY2(reversed > 10 && refused > 10, qPrintable(QString("%1 reversed, %2 refused").arg(reversed).arg(refused)));
    }
};

DT_TEST_MAIN(TestCpuKernels, QCoreApplication)
#include "test_cpu_kernels.moc"
