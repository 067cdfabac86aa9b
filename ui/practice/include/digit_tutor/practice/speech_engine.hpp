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

#include <QLocale>
#include <QObject>
#include <QString>

class SpeechEngine : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// Whether the engine can speak at all (it has a voice, no error so far). The speaker
    /// asks before each text; false makes it give up, as failed() does.
    virtual bool isUsable() const = 0;
    /// Speaks `locale`'s language from now on, with a voice of its territory where the
    /// engine has one (pt_BR), else another of the language (pt_PT). false when the engine has
    /// no voice of that language: it then says nothing until a language it has is chosen,
    /// never speaking the text with another language's voice.
    virtual bool useLanguage(const QLocale& locale) = 0;
    /// Whether the engine has a voice of `locale`'s language; changes nothing.
    virtual bool hasVoiceFor(const QLocale& locale) = 0;
    /// Starts speaking the text (not empty), cutting off anything still being spoken;
    /// returns at once.
    virtual void say(const QString& text) = 0;
    /// Stops speaking at once; nothing when silent.
    virtual void stop() = 0;

signals:
    /// The engine cannot speak any more (possibly long after say()).
    void failed();
    /// The language chosen has no voice after all (an engine that learns its voices after
    /// useLanguage() said yes): it said nothing, and says nothing in it.
    void unvoiced();
    /// An engine that learns its voices after it is made (from a speech service) has them
    /// now: hasVoiceFor() answers for real from here.
    void voicesKnown();
};
