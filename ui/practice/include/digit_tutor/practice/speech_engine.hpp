#pragma once
// What PromptSpeaker speaks with: Qt TextToSpeech in the app (QtSpeechEngine, in builds that
// have it), a recording double in the tests (tests/support/recording_speech.hpp).
//
// An engine speaks in its own time: say() starts speaking and returns at once, never
// waiting for the sentence to end. It reports a failure that comes later (no sound card, a
// voice that cannot be loaded) by emitting failed(); the speaker then stops using it.
//
// Example use (a test):
//   auto engine = std::make_unique<RecordingSpeech>();
//   RecordingSpeech* speech = engine.get();
//   speaker.setEngine(std::move(engine)); // the speaker owns it from here
//   speaker.say(QStringLiteral("Write a 3"));
//   QTRY_COMPARE(speech->spoken(), QStringList{QStringLiteral("Write a 3")});

#include <QObject>
#include <QString>

class SpeechEngine : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// Whether the engine can speak at all (it has a voice, no error so far). The speaker
    /// asks before each text; false makes it give up, as failed() does.
    virtual bool isUsable() const = 0;
    /// Starts speaking the text (not empty), cutting off anything still being spoken;
    /// returns at once.
    virtual void say(const QString& text) = 0;
    /// Stops speaking at once; nothing when silent.
    virtual void stop() = 0;

signals:
    /// The engine cannot speak any more (possibly long after say()).
    void failed();
};
