// The practice rules for a finished drawing (dt::judgeAttempt): what a child's attempt is
// judged as and how many stars it earns.

#include <digit_tutor/engine/attempt_outcome.hpp>

#include "test_main.hpp"

#include <QCoreApplication>
#include <QTest>

namespace {

// A verdict that reads the drawing as `digit` with probability p and the given typicality.
dt::Verdict readAs(int digit, double p, double typicality)
{
    dt::Verdict v;
    v.empty = false;
    v.digit = digit;
    v.isDigit = true;
    v.refusal = dt::Refusal::None;
    v.probabilities.fill((1.0 - p) / 9.0);
    v.probabilities[std::size_t(digit)] = p;
    v.typicality = typicality;
    return v;
}

} // namespace

class TestAttemptOutcome : public QObject {
    Q_OBJECT
private slots:
    void anEmptyDrawingEarnsNothing()
    {
        const dt::AttemptOutcome asked = dt::judgeAttempt(dt::Verdict{}, 3);
        QCOMPARE(asked.stars, 0);
        QVERIFY(!asked.recognised);
        QCOMPARE(asked.judgedDigit, 3);
        const dt::AttemptOutcome free = dt::judgeAttempt(dt::Verdict{}, -1);
        QCOMPARE(free.stars, 0);
        QCOMPARE(free.judgedDigit, -1);
        QCOMPARE(free.posterior, 0.0);
    }

    void aSureUsualDigitEarnsThreeStars()
    {
        const dt::AttemptOutcome o = dt::judgeAttempt(readAs(3, 0.95, 0.5), 3);
        QCOMPARE(o.stars, 3);
        QVERIFY(o.recognised);
        QCOMPARE(o.posterior, 0.95);
    }

    void theLimitsOfThreeStars()
    {
        QCOMPARE(dt::judgeAttempt(readAs(3, dt::kSureProbability, dt::kTypicalEnough), 3).stars, 3);
        QCOMPARE(dt::judgeAttempt(readAs(3, 0.89, 0.9), 3).stars, 2);  // not sure enough
        QCOMPARE(dt::judgeAttempt(readAs(3, 0.99, 0.1), 3).stars, 2);  // an unusual way of writing it
    }

    void anotherDigitEarnsOneStarAScribbleNone()
    {
        const dt::AttemptOutcome other = dt::judgeAttempt(readAs(5, 0.99, 0.9), 3);
        QCOMPARE(other.stars, 1);
        QVERIFY(!other.recognised);
        QCOMPARE(other.judgedDigit, 3);
        dt::Verdict scribble = readAs(3, 0.99, 0.9);
        scribble.isDigit = false;
        scribble.refusal = dt::Refusal::Unlikely;
        QCOMPARE(dt::judgeAttempt(scribble, 3).stars, 0);
        QVERIFY(!dt::judgeAttempt(scribble, 3).recognised);
        QCOMPARE(dt::judgeAttempt(scribble, -1).stars, 0); // in free drawing too
    }

    void freeDrawingIsJudgedAsTheDigitItLooksLike()
    {
        const dt::AttemptOutcome o = dt::judgeAttempt(readAs(7, 0.97, 0.6), -1);
        QCOMPARE(o.judgedDigit, 7);
        QVERIFY(o.recognised);
        QCOMPARE(o.stars, 3);
        QCOMPARE(o.posterior, 0.97);
        // A digit outside 0-9 is no asked digit: free drawing.
        QCOMPARE(dt::judgeAttempt(readAs(7, 0.97, 0.6), 12).judgedDigit, 7);
    }
};

DT_TEST_MAIN(TestAttemptOutcome, QCoreApplication)
#include "test_attempt_outcome.moc"
