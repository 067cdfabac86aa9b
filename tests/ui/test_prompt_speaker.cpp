// The prompt speaker on the offscreen platform, where there may be no engine, voice or
// sound card: asking it to speak returns at once, a burst of prompts is fine, "say it
// again" repeats the last one, and switched off it says nothing. None of it may hang or crash.

#include <digit_tutor/practice/prompt_speaker.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

// Far more than a call that returns at once needs, far less than one that waits for speech.
constexpr qint64 kAtOnceMs = 500;

} // namespace

class TestPromptSpeaker : public QObject {
    Q_OBJECT
private slots:
    void speaksWithoutBlocking()
    {
        PromptSpeaker speaker;
        QVERIFY(speaker.isEnabled());
        QElapsedTimer clock;
        clock.start();
        speaker.say(QStringLiteral("Write a 3"));
        QVERIFY2(clock.elapsed() < kAtOnceMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(speaker.lastText(), QStringLiteral("Write a 3"));
        // Let the engine start (or fail) in its own time; the event loop must keep turning.
        clock.restart();
        QTest::qWait(300);
        QVERIFY2(clock.elapsed() < 300 + 2 * kAtOnceMs, qPrintable(QString::number(clock.elapsed())));
        speaker.stop();
    }

    void saysOnceWhenItCannotSpeak()
    {
        PromptSpeaker speaker;
        QSignalSpy unavailable(&speaker, &PromptSpeaker::unavailable);
        speaker.say(QStringLiteral("Write a 1"));
        QTest::qWait(300);
        // On a machine without engine, voice or sound card it has failed and said so, once;
        // on one with them it speaks and says nothing.
        QCOMPARE(unavailable.count(), speaker.hasFailed() ? 1 : 0);
        QCOMPARE(speaker.canSpeak(), PromptSpeaker::isSupported() && !speaker.hasFailed());
        speaker.say(QStringLiteral("Write a 2"));
        QTest::qWait(100);
        QCOMPARE(unavailable.count(), speaker.hasFailed() ? 1 : 0);
    }

    void burstOfPromptsKeepsTheLast()
    {
        PromptSpeaker speaker;
        QElapsedTimer clock;
        clock.start();
        for (int digit = 0; digit < 100; ++digit)
            speaker.say(QStringLiteral("Write a %1").arg(digit % 10));
        QVERIFY2(clock.elapsed() < kAtOnceMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(speaker.lastText(), QStringLiteral("Write a 9"));
        QTest::qWait(100);
        speaker.sayAgain();
        QCOMPARE(speaker.lastText(), QStringLiteral("Write a 9"));
        QTest::qWait(100);
    }

    void switchedOffSaysNothing()
    {
        PromptSpeaker speaker;
        speaker.setEnabled(false);
        QVERIFY(!speaker.isEnabled());
        QVERIFY(!speaker.canSpeak());
        speaker.say(QStringLiteral("Write a 5"));
        QCOMPARE(speaker.lastText(), QStringLiteral("Write a 5")); // kept for when it is back on
        QTest::qWait(50);
        speaker.setEnabled(true);
        QCOMPARE(speaker.canSpeak(), PromptSpeaker::isSupported() && !speaker.hasFailed());
    }

    void deletedWhileSpeaking()
    {
        auto* speaker = new PromptSpeaker;
        speaker->say(QStringLiteral("Write a 7"));
        QTest::qWait(50);
        delete speaker; // must not crash or wait for the sentence to end
    }
};

QTEST_MAIN(TestPromptSpeaker)
#include "test_prompt_speaker.moc"
