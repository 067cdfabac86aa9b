// The practice plan: the guide fades after successes in a row and comes back after a
// miss; a missed digit is asked more often; never the same digit twice; a seed gives the
// same digits every time; bad options and digits are refused; the learnt state goes to text
// and back unchanged, and damaged text is refused with the plan left as it was.

#include "test_main.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/practice_plan.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <array>
#include <functional>
#include <string>

namespace {

// A plan with something learnt on several digits: levels, a streak, recent misses.
dt::PracticePlan practisedPlan(std::uint32_t seed = 1)
{
    dt::PracticePlan plan(seed);
    for (int i = 0; i < 7; ++i)
        plan.recordAttempt(2, true);   // level 2, streak 1
    plan.recordAttempt(5, false);
    plan.recordAttempt(5, true);       // a recent miss, streak 1
    for (int i = 0; i < 12; ++i)
        plan.recordAttempt(8, i % 4 != 0); // more attempts than the recent window
    plan.recordAttempt(9, false);
    return plan;
}

// The practised plan's state with one change made to its JSON.
std::string changedState(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject state = QJsonDocument::fromJson(QByteArray::fromStdString(practisedPlan().saveState())).object();
    change(state);
    return QJsonDocument(state).toJson(QJsonDocument::Compact).toStdString();
}

// Sets one field of one digit's entry.
std::string digitWith(int digit, const QString& field, const QJsonValue& value)
{
    return changedState([&](QJsonObject& state) {
        QJsonArray digits = state["digits"].toArray();
        QJsonObject entry = digits[digit].toObject();
        entry[field] = value;
        digits[digit] = entry;
        state["digits"] = digits;
    });
}

} // namespace

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

    void stateGoesToTextAndBack()
    {
        const dt::PracticePlan original = practisedPlan();
        const std::string text = original.saveState();
        QVERIFY(text.find("\"version\":1") != std::string::npos);
        dt::PracticePlan restored(77); // another seed: the state carries no random engine
        restored.restoreState(text);
        for (int d = 0; d < dt::PracticePlan::kDigits; ++d) {
            QCOMPARE(restored.level(d), original.level(d));
            QCOMPARE(restored.guideOpacity(d), original.guideOpacity(d));
            QCOMPARE(restored.weight(d), original.weight(d));
            QCOMPARE(restored.streak(d), original.streak(d));
            QCOMPARE(restored.recentMisses(d), original.recentMisses(d));
            QCOMPARE(restored.attempts(d), original.attempts(d));
        }
        QCOMPARE(original.level(2), 2); // the round trip has something to keep
        QCOMPARE(original.recentMisses(5), 1);
        QCOMPARE(restored.saveState(), text);
        // It goes on learning as the original would: two more successes on 2 are three in a row.
        dt::PracticePlan goingOn = original;
        for (dt::PracticePlan* p : {&goingOn, &restored}) {
            p->recordAttempt(2, true);
            p->recordAttempt(2, true);
        }
        QCOMPARE(restored.level(2), 3);
        QCOMPARE(restored.saveState(), goingOn.saveState());
    }

    void stateOfExactlyTheLimitIsRead()
    {
        std::string text = practisedPlan().saveState();
        text.resize(dt::PracticePlan::kMaxStateBytes, ' '); // JSON allows trailing spaces
        dt::PracticePlan plan(1);
        plan.restoreState(text);
        QCOMPARE(plan.level(2), 2);
    }

    void damagedStateIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("named"); // what the message names
        auto row = [](const char* name, const std::string& text, const char* named) {
            QTest::newRow(name) << QByteArray::fromStdString(text) << QString::fromLatin1(named);
        };
        std::string oversize = practisedPlan().saveState();
        oversize.resize(dt::PracticePlan::kMaxStateBytes + 1, ' ');
        row("over 64 KiB", oversize, "bytes");
        row("empty", "", "line 1");
        row("cut short", practisedPlan().saveState().substr(0, 40), "line 1");
        row("an array at the top", "[]", "top level");
        row("no version", changedState([](QJsonObject& s) { s.remove("version"); }), "version");
        row("version 2", changedState([](QJsonObject& s) { s["version"] = 2; }), "version");
        row("version as a string", changedState([](QJsonObject& s) { s["version"] = "1"; }), "version");
        row("an unknown member", changedState([](QJsonObject& s) { s["seed"] = 4; }), "seed");
        row("nine digits", changedState([](QJsonObject& s) {
                QJsonArray d = s["digits"].toArray();
                d.removeLast();
                s["digits"] = d;
            }), "9 of them");
        row("eleven digits", changedState([](QJsonObject& s) {
                QJsonArray d = s["digits"].toArray();
                d.append(d.first());
                s["digits"] = d;
            }), "11 of them");
        row("a digit that is a number", changedState([](QJsonObject& s) {
                QJsonArray d = s["digits"].toArray();
                d[3] = 0;
                s["digits"] = d;
            }), "digit 3");
        row("level above the last", digitWith(4, "level", 4), "digit 4, level");
        row("level negative", digitWith(4, "level", -1), "digit 4, level");
        row("level 1.5", digitWith(4, "level", 1.5), "digit 4, level");
        row("level missing", changedState([](QJsonObject& s) {
                QJsonArray d = s["digits"].toArray();
                QJsonObject e = d[6].toObject();
                e.remove("level");
                d[6] = e;
                s["digits"] = d;
            }), "level");
        row("streak negative", digitWith(2, "streak", -1), "digit 2, streak");
        row("streak above attempts", digitWith(2, "streak", 8), "digit 2, streak");
        row("attempts negative", digitWith(0, "attempts", -3), "digit 0, attempts");
        row("attempts absurd", digitWith(0, "attempts", qint64(dt::PracticePlan::kMaxStateAttempts) + 1), "digit 0, attempts");
        // Digit 0 was never practised: its entry comes first and reads "attempts":0.
        auto digit0Attempts = [](const std::string& number) {
            std::string text = practisedPlan().saveState();
            const std::string zero = "\"attempts\":0";
            return text.replace(text.find(zero), zero.size(), "\"attempts\":" + number);
        };
        row("attempts past 64 bits", digit0Attempts("18446744073709551615"), "digit 0, attempts");
        row("attempts past any integer", digit0Attempts("100000000000000000000000"), "digit 0, attempts");
        row("recent longer than recentAttempts", digitWith(8, "recent", QJsonArray{true, true, true, true, true, true}),
            "digit 8, recent");
        row("recent longer than attempts", digitWith(9, "recent", QJsonArray{false, false}), "digit 9, recent");
        row("recent with a number", digitWith(8, "recent", QJsonArray{true, 1, true}), "digit 8, recent 1");
        row("recent with null", digitWith(8, "recent", QJsonArray{true, QJsonValue::Null}), "digit 8, recent 1");
        row("recent not an array", digitWith(8, "recent", "TTFT"), "digit 8, recent");
        row("a streak after a miss", digitWith(5, "streak", 2), "digit 5, recent");
    }

    void damagedStateIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, named);
        dt::PracticePlan plan = practisedPlan();
        const std::string before = plan.saveState();
        try {
            plan.restoreState(text.toStdString());
            QFAIL("the damaged state was read");
        } catch (const dt::FormatError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(named), e.what());
        }
        QCOMPARE(plan.saveState(), before); // unchanged
        QCOMPARE(plan.level(2), 2);
    }
};

DT_TEST_MAIN(TestPracticePlan, QCoreApplication)
#include "test_practice_plan.moc"
