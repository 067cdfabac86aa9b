// The practice plan: the guide fades after successes in a row and comes back after a
// miss; a missed digit is asked more often; never the same digit twice; a seed gives the
// same digits every time; bad options and digits are refused.

#include "test_main.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/practice_plan.hpp>

#include <QTest>

#include <array>

class TestPracticePlan : public QObject {
    Q_OBJECT

private slots:
    void guideFadesAfterThreeSuccesses()
    {
        dt::PracticePlan plan(1);
        QCOMPARE(plan.level(4), 0);
        QCOMPARE(plan.guideOpacity(4), 1.0);
        plan.recordAttempt(4, true);
        plan.recordAttempt(4, true);
        QCOMPARE(plan.level(4), 0);
        QCOMPARE(plan.streak(4), 2);
        plan.recordAttempt(4, true);
        QCOMPARE(plan.level(4), 1);
        QVERIFY(plan.guideOpacity(4) < 1.0);
        QCOMPARE(plan.level(5), 0); // other digits keep their help
    }

    void fadesNoFurtherThanTheLastLevel()
    {
        dt::PracticePlan plan(1);
        for (int i = 0; i < 30; ++i)
            plan.recordAttempt(2, true);
        QCOMPARE(plan.level(2), plan.maxLevel());
        QCOMPARE(plan.guideOpacity(2), plan.options().guideOpacities.back());
        QVERIFY(plan.guideOpacity(2) > 0.0); // a trace of the guide stays
    }

    void missBringsTheGuideBack()
    {
        dt::PracticePlan plan(1);
        for (int i = 0; i < 6; ++i)
            plan.recordAttempt(7, true);
        QCOMPARE(plan.level(7), 2);
        const double faded = plan.guideOpacity(7);
        plan.recordAttempt(7, false);
        QCOMPARE(plan.level(7), 1);
        QCOMPARE(plan.streak(7), 0);
        QVERIFY(plan.guideOpacity(7) > faded);
        // Two successes after the miss are not yet three in a row.
        plan.recordAttempt(7, true);
        plan.recordAttempt(7, true);
        QCOMPARE(plan.level(7), 1);
        plan.recordAttempt(0, false); // a miss at level 0 stays at 0
        QCOMPARE(plan.level(0), 0);
    }

    void missesCountOnlyRecently()
    {
        dt::PracticePlan plan(1);
        plan.recordAttempt(3, false);
        QCOMPARE(plan.recentMisses(3), 1);
        QCOMPARE(plan.weight(3), 1.0 + plan.options().missWeight);
        for (int i = 0; i < plan.options().recentAttempts; ++i)
            plan.recordAttempt(3, true);
        QCOMPARE(plan.recentMisses(3), 0); // the miss has gone out of the window
        QCOMPARE(plan.weight(3), 1.0);
        QCOMPARE(plan.attempts(3), 1 + plan.options().recentAttempts);
    }

    void neverTheSameDigitTwice()
    {
        dt::PracticePlan plan(42);
        plan.recordAttempt(6, false);
        plan.recordAttempt(6, false);
        int previous = plan.nextDigit();
        for (int i = 0; i < 2000; ++i) {
            const int digit = plan.nextDigit(previous);
            QVERIFY(digit >= 0 && digit < dt::PracticePlan::kDigits);
            QVERIFY(digit != previous);
            previous = digit;
        }
    }

    void sameSeedSameDigits()
    {
        dt::PracticePlan a(2024), b(2024), c(7);
        bool differs = false;
        int pa = -1, pb = -1, pc = -1;
        for (int i = 0; i < 50; ++i) {
            pa = a.nextDigit(pa);
            pb = b.nextDigit(pb);
            pc = c.nextDigit(pc);
            QCOMPARE(pa, pb);
            differs = differs || pa != pc;
        }
        QVERIFY(differs);
    }

    void firstDigitsOfSeedOne()
    {
        // The draw uses the engine's raw output only, so these are the same on every standard
        // library; a change here changes which digits children are asked.
        dt::PracticePlan plan(1);
        std::array<int, 8> digits{};
        int previous = -1;
        for (int& d : digits)
            previous = d = plan.nextDigit(previous);
        const std::array<int, 8> expected{4, 9, 6, 9, 0, 2, 3, 9};
        QCOMPARE(digits, expected);
    }

    void missedDigitIsAskedMoreOften()
    {
        // With two recent misses, 6 weighs 1 + 2 * 2 = 5 against 1 for each other digit. Never
        // asked twice in a row, it comes after any other digit with chance 5/13, so 5/18 (28%)
        // of the time, and each other digit 13/162 (8%). Over 5 000 draws that is about 1 390
        // against 400, while chance moves a count by a few tens.
        dt::PracticePlan plan(99);
        plan.recordAttempt(6, false);
        plan.recordAttempt(6, false);
        std::array<int, dt::PracticePlan::kDigits> counts{};
        int previous = -1;
        for (int i = 0; i < 5000; ++i) {
            previous = plan.nextDigit(previous);
            ++counts[std::size_t(previous)];
        }
        for (int d = 0; d < dt::PracticePlan::kDigits; ++d) {
            if (d != 6)
                QVERIFY2(counts[6] > 2 * counts[std::size_t(d)],
                         qPrintable(QString("6 asked %1 times, %2 asked %3 times").arg(counts[6]).arg(d).arg(counts[std::size_t(d)])));
        }
    }

    void refusesBadDigitsAndOptions()
    {
        dt::PracticePlan plan(1);
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, plan.recordAttempt(10, true));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, plan.recordAttempt(-1, false));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, plan.level(11));
        dt::PracticePlanOptions none;
        none.guideOpacities.clear();
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::PracticePlan(1, none));
        dt::PracticePlanOptions rising;
        rising.guideOpacities = {0.5, 1.0};
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::PracticePlan(1, rising));
        dt::PracticePlanOptions zero;
        zero.successesPerLevel = 0;
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::PracticePlan(1, zero));
        dt::PracticePlanOptions negative;
        negative.missWeight = -1.0;
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::PracticePlan(1, negative));
    }
};

DT_TEST_MAIN(TestPracticePlan, QCoreApplication)
#include "test_practice_plan.moc"
