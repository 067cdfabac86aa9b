#pragma once
// The speech engine of the app: Qt TextToSpeech with the system's default engine plugin
// (speech-dispatcher or flite on Debian), in the app's language where the engine has it.
// Compiled only where the build found Qt TextToSpeech (DIGIT_TUTOR_HAVE_SPEECH).

#include <digit_tutor/practice/speech_engine.hpp>

#include <memory>

class QTextToSpeech;

class QtSpeechEngine final : public SpeechEngine {
    Q_OBJECT
public:
    /// Loads the default engine plugin: cheap when there is none; when there is one, it may
    /// take a moment (it starts talking to the speech service), so it is made only when the
    /// first text is due. Without a plugin or a voice, isUsable() is false.
    explicit QtSpeechEngine(QObject* parent = nullptr);
    ~QtSpeechEngine() override;

    bool isUsable() const override;
    void say(const QString& text) override;
    void stop() override;

private:
    QTextToSpeech* m_speech = nullptr; // our child; null when no engine plugin is installed
    bool m_hasVoice = false;
};
