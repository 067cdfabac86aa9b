// The prompt speaker on the offscreen platform. Most of these tests hide the speech engines
// this machine may have (the library paths point at an empty folder), so that every machine
// is one without an engine and the outcome is known: asking to speak only schedules, the
// first attempt finds no engine and says so once, switched off it tries nothing, and "say
// it again" repeats the last text. Qt looks for engines once per process, so the last test
// runs in a fresh run of this executable with the machine's own engines, and deletes the
// speaker while it may be speaking. The tests named "...Engine..." give the speaker a
// recording engine (tests/support/recording_speech.hpp) and check what it was asked to say;
// they run the same with or without Qt TextToSpeech in the build.

#include "recording_speech.hpp"
#include "test_main.hpp"

#include <digit_tutor/practice/prompt_speaker.hpp>

#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Set in the run of this executable that keeps the machine's speech engines.
const char* const kMachineEngines = "DIGIT_TUTOR_TEST_MACHINE_SPEECH_ENGINES";

// Whether a Qt TextToSpeech engine plugin lies where Qt looks for plugins.
bool speechEngineInstalled(const QStringList& libraryPaths)
{
    for (const QString& path : libraryPaths)
        if (!QDir(path + QStringLiteral("/texttospeech")).entryList(QDir::Files).isEmpty())
            return true;
    return false;
}

// Gives `speaker` a recording engine and returns it (owned by the speaker).
dt::test::RecordingSpeech* recordInto(PromptSpeaker& speaker)
{
    auto engine = std::make_unique<dt::test::RecordingSpeech>();
    dt::test::RecordingSpeech* speech = engine.get();
    speaker.setEngine(std::move(engine));
    return speech;
}

// Asks `speaker`, whose engine cannot speak, to speak twice: the first attempt finds so and
// says it once; from then on nothing more is tried, and nothing more is said about it.
void givesUpOnce(PromptSpeaker& speaker)
{
    QSignalSpy unavailable(&speaker, &PromptSpeaker::unavailable);
    QVERIFY(speaker.canSpeak()); // before it has tried
    speaker.say(QStringLiteral("Write a 1"));
    QTRY_COMPARE(unavailable.count(), 1);
    QVERIFY(speaker.hasFailed());
    QVERIFY(!speaker.canSpeak());
    speaker.say(QStringLiteral("Write a 2"));
    QTest::qWait(50);
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(speaker.lastText(), QStringLiteral("Write a 2")); // still what "say it again" repeats
}

} // namespace

class TestPromptSpeaker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet(kMachineEngines))
            return;
        QVERIFY(m_noPlugins.isValid());
        QCoreApplication::setLibraryPaths({m_noPlugins.path()});
    }

    void sayOnlySchedules()
    {
        PromptSpeaker speaker;
        QSignalSpy unavailable(&speaker, &PromptSpeaker::unavailable);
        QVERIFY(speaker.isEnabled());
        speaker.say(QStringLiteral("Write a 3"));
        QCOMPARE(speaker.lastText(), QStringLiteral("Write a 3"));
        // Nothing was tried yet: no engine was looked for, so none was found missing.
        QVERIFY(!speaker.hasFailed());
        QCOMPARE(unavailable.count(), 0);
    }

    void withoutAnEngineItSaysSoOnce()
    {
        if (!PromptSpeaker::isSupported())
            DT_SKIP("built without Qt TextToSpeech: there is no engine to look for");
        PromptSpeaker speaker;
        givesUpOnce(speaker);
    }

    void burstOfPromptsKeepsTheLast()
    {
        PromptSpeaker speaker;
        QSignalSpy unavailable(&speaker, &PromptSpeaker::unavailable);
        for (int digit = 0; digit < 100; ++digit)
            speaker.say(QStringLiteral("Write a %1").arg(digit % 10));
        QCOMPARE(speaker.lastText(), QStringLiteral("Write a 9"));
        QTest::qWait(50);
        QCOMPARE(unavailable.count(), PromptSpeaker::isSupported() ? 1 : 0); // one attempt for the whole burst
        speaker.sayAgain();
        QCOMPARE(speaker.lastText(), QStringLiteral("Write a 9"));
    }

    void switchedOffTriesNothing()
    {
        PromptSpeaker speaker;
        QSignalSpy unavailable(&speaker, &PromptSpeaker::unavailable);
        speaker.setEnabled(false);
        QVERIFY(!speaker.isEnabled());
        QVERIFY(!speaker.canSpeak());
        speaker.say(QStringLiteral("Write a 5"));
        QCOMPARE(speaker.lastText(), QStringLiteral("Write a 5")); // kept for when it is back on
        QTest::qWait(50);
        // Had it tried to speak, it would have found no engine and said so.
        QCOMPARE(unavailable.count(), 0);
        QVERIFY(!speaker.hasFailed());

        speaker.setEnabled(true);
        QCOMPARE(speaker.canSpeak(), PromptSpeaker::isSupported());
        speaker.sayAgain(); // "Write a 5", now tried
        QCOMPARE(speaker.lastText(), QStringLiteral("Write a 5"));
        QTRY_COMPARE(unavailable.count(), PromptSpeaker::isSupported() ? 1 : 0);
    }

    void anEngineGivenSpeaksEvenWithoutQtSpeech()
    {
        PromptSpeaker speaker;
        dt::test::RecordingSpeech* speech = recordInto(speaker);
        QVERIFY(speaker.canSpeak());
        speaker.say(QStringLiteral("Write a 3"));
        QVERIFY(speech->spoken().isEmpty()); // only scheduled: say() never waits for the engine
        QTRY_COMPARE(speech->spoken(), QStringList{QStringLiteral("Write a 3")});
    }

    void anEngineHearsEveryMessageInTurnButOnlyTheLastOfABurst()
    {
        PromptSpeaker speaker;
        dt::test::RecordingSpeech* speech = recordInto(speaker);
        speaker.say(QStringLiteral("Write a 4"));
        QTRY_COMPARE(speech->spoken().size(), 1);
        speaker.say(QStringLiteral("Well done!"));
        QTRY_COMPARE(speech->spoken().size(), 2);
        for (int digit = 0; digit < 100; ++digit)
            speaker.say(QStringLiteral("Write a %1").arg(digit % 10));
        QTRY_COMPARE(speech->spoken().size(), 3);
        QTest::qWait(50); // and nothing more of the burst comes later
        QCOMPARE(speech->spoken(), (QStringList{QStringLiteral("Write a 4"), QStringLiteral("Well done!"),
                                                QStringLiteral("Write a 9")}));
        speaker.sayAgain();
        QTRY_COMPARE(speech->spoken().size(), 4);
        QCOMPARE(speech->spoken().last(), QStringLiteral("Write a 9"));
    }

    void anEngineIsStoppedAndHearsNothingWhileSwitchedOff()
    {
        PromptSpeaker speaker;
        dt::test::RecordingSpeech* speech = recordInto(speaker);
        speaker.say(QStringLiteral("Write a 5"));
        speaker.stop(); // before it was spoken: dropped
        QCOMPARE(speech->stops(), 1);
        speaker.setEnabled(false); // stops the engine too
        QCOMPARE(speech->stops(), 2);
        speaker.say(QStringLiteral("Write a 6"));
        QTest::qWait(50);
        QVERIFY(speech->spoken().isEmpty());
        speaker.setEnabled(true);
        speaker.sayAgain();
        QTRY_COMPARE(speech->spoken(), QStringList{QStringLiteral("Write a 6")});
    }

    void anEngineWithoutAVoiceIsGivenUpOnce()
    {
        PromptSpeaker speaker;
        dt::test::RecordingSpeech* speech = recordInto(speaker);
        speech->setUsable(false);
        givesUpOnce(speaker);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(speech->spoken().isEmpty());
    }

    void anEngineThatFailsLaterSilencesTheSpeaker()
    {
        PromptSpeaker speaker;
        QSignalSpy unavailable(&speaker, &PromptSpeaker::unavailable);
        dt::test::RecordingSpeech* speech = recordInto(speaker);
        speaker.say(QStringLiteral("Write a 7"));
        QTRY_COMPARE(speech->spoken().size(), 1);
        speech->failNow(); // the sound card went away while it spoke
        QCOMPARE(unavailable.count(), 1);
        speech->setUsable(true); // were it asked again, it would record
        speaker.say(QStringLiteral("Write an 8"));
        QTest::qWait(50);
        QCOMPARE(speech->spoken(), QStringList{QStringLiteral("Write a 7")});
        QCOMPARE(speaker.lastText(), QStringLiteral("Write an 8")); // still what "say it again" repeats

        // A new engine gets a fresh chance.
        dt::test::RecordingSpeech* next = recordInto(speaker);
        QVERIFY(speaker.canSpeak());
        speaker.sayAgain();
        QTRY_COMPARE(next->spoken(), QStringList{QStringLiteral("Write an 8")});
    }

    void anEngineGoesWithItsSpeaker()
    {
        auto* speaker = new PromptSpeaker;
        QPointer<QObject> speech = recordInto(*speaker);
        speaker->say(QStringLiteral("Write a 0"));
        delete speaker; // with the text still pending
        QVERIFY(speech.isNull());
        QTest::qWait(50); // the pending text is not spoken into a deleted engine
    }

    void deletedWhileSpeaking()
    {
        // With the machine's own engines: where there is one, the speaker makes it and it
        // starts speaking (or finds it has no voice or sound card).
        if (!qEnvironmentVariableIsSet(kMachineEngines)) {
            QProcess run;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(kMachineEngines, QStringLiteral("1"));
            run.setProcessEnvironment(environment);
            run.setProcessChannelMode(QProcess::MergedChannels);
            run.start(QCoreApplication::applicationFilePath(), {QStringLiteral("deletedWhileSpeaking")});
            QVERIFY(run.waitForFinished(60000));
            QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0, run.readAll().constData());
            return;
        }
        auto* speaker = new PromptSpeaker;
        QSignalSpy destroyed(speaker, &QObject::destroyed);
        speaker->say(QStringLiteral("Write a 7"));
        QTest::qWait(50);
        QList<QPointer<QObject>> parts; // its engine, where one was made
        for (QObject* child : speaker->children())
            parts.append(child);
        // Where an engine is installed, one was made when the text was due, as the
        // speaker's own (even if it then found no voice or sound card).
        if (PromptSpeaker::isSupported() && speechEngineInstalled(QCoreApplication::libraryPaths()))
            QVERIFY(!parts.isEmpty());
        delete speaker; // must not crash or wait for the sentence to end
        QCOMPARE(destroyed.count(), 1);
        for (const QPointer<QObject>& part : parts)
            QVERIFY2(part.isNull(), "the engine outlived the speaker and may go on speaking");
        QTest::qWait(50); // nothing of it is called after it has gone
    }

private:
    QTemporaryDir m_noPlugins;
};

DT_TEST_MAIN(TestPromptSpeaker, QApplication)
#include "test_prompt_speaker.moc"
