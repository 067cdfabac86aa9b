// How a finished drawing becomes the record the progress store keeps (judgedAttempt): the
// practice rules' stars and posterior, the model's verdict, whether it was written facing
// the other way, who, when and which model.

#include <digit_tutor/progress/attempt_record.hpp>

#include "test_main.hpp"

#include <QCoreApplication>
#include <QTest>

namespace {

// A drawing refused as no digit, read as `digit` with P = p and every other digit at `others`.
dt::Verdict refusedAs(int digit, dt::Refusal why, double others, double p)
{
    dt::Verdict v;
    v.empty = false;
    v.digit = digit;
    v.isDigit = false;
    v.refusal = why;
    v.probabilities.fill(others);
    v.probabilities[std::size_t(digit)] = p;
    return v;
}

} // namespace

class TestAttemptRecord : public QObject {
    Q_OBJECT
private slots:
    void aRecognisedDigitIsKeptWithItsStars()
    {
        dt::Verdict v;
        v.empty = false;
        v.digit = 4;
        v.isDigit = true;
        v.probabilities.fill(0.0);
        v.probabilities[4] = 0.96;
        v.logLikelihood = -123.5;
        v.typicality = 0.7;
        dt::Drawing strokes;
        strokes.strokes = {{{1, 2}, {3, 4}}};
        const QDateTime when = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
        const dt::store::AttemptRecord r =
            dt::store::judgedAttempt(42, when, strokes, 4, v, QStringLiteral("start"), QStringLiteral("default.dtm"));
        QCOMPARE(r.studentId, qint64(42));
        QCOMPARE(r.when, when);
        QCOMPARE(r.askedDigit, 4);
        QCOMPARE(r.recognisedDigit, 4);
        QCOMPARE(r.posterior, 0.96);
        QCOMPARE(r.logLikelihood, -123.5);
        QVERIFY(!r.outlier);
        QCOMPARE(r.typicality, 0.7);
        QCOMPARE(r.stars, 3);
        QCOMPARE(r.formation, QStringLiteral("start"));
        QVERIFY(!r.reversed);
        QCOMPARE(r.model, QStringLiteral("default.dtm"));
        QCOMPARE(r.strokes.pointCount(), std::size_t(2));
        QVERIFY(r.success());
    }

    void aScribbleIsAnOutlierWithNoStarAndTheAskedDigitsPosterior()
    {
        const dt::Verdict v = refusedAs(1, dt::Refusal::PathTooLong, 0.05, 0.55);
        const dt::store::AttemptRecord r = dt::store::judgedAttempt(1, QDateTime::currentDateTimeUtc(), dt::Drawing{},
                                                                    7, v, QString(), QString());
        QVERIFY(r.outlier);
        QCOMPARE(r.stars, 0); // no star for a scribble
        QCOMPARE(r.recognisedDigit, 1);
        QCOMPARE(r.posterior, 0.05); // of the 7 asked, not of the 1 read
        QVERIFY(!r.success());
    }

    void theAskedDigitFacingTheOtherWayIsAReversalWithOneStar()
    {
        // A 3 opening to the left: refused as it is written, a 3 once flipped.
        dt::Verdict v = refusedAs(8, dt::Refusal::Unlikely, 0.02, 0.72);
        v.probabilities[3] = 0.1;
        v.reversedDigit = 3;
        const dt::store::AttemptRecord r = dt::store::judgedAttempt(1, QDateTime::currentDateTimeUtc(), dt::Drawing{},
                                                                    3, v, QString(), QString());
        QVERIFY(r.reversed);
        QCOMPARE(r.stars, 1);
        QCOMPARE(r.recognisedDigit, 8); // what the model read, as written
        QVERIFY(!r.success());
        // Asked for a 5, a reversed 3 is not what was asked: no reversal is recorded.
        QVERIFY(!dt::store::judgedAttempt(1, QDateTime::currentDateTimeUtc(), dt::Drawing{}, 5, v, QString(), QString())
                     .reversed);
    }

    void anEmptyDrawingIsReadAsNothing()
    {
        const dt::store::AttemptRecord r =
            dt::store::judgedAttempt(1, QDateTime::currentDateTimeUtc(), dt::Drawing{}, -1, dt::Verdict{}, QString(), QString());
        QCOMPARE(r.recognisedDigit, -1);
        QCOMPARE(r.stars, 0);
        QCOMPARE(r.posterior, 0.0);
    }
};

DT_TEST_MAIN(TestAttemptRecord, QCoreApplication)
#include "test_attempt_record.moc"
