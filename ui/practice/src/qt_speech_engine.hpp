#pragma once
// The speech engine of the app: Qt TextToSpeech, with the engine plugin that has a voice of
// the language asked for (voice_choice.hpp: flite for English where installed,
// speech-dispatcher with espeak-ng's voices for the others). The plugins live on a thread of
// their own (SpeechWorker), so that a speech service that hangs never freezes the screen.
// Compiled only where the build found Qt TextToSpeech (DIGIT_TUTOR_HAVE_SPEECH).

#include <digit_tutor/practice/speech_engine.hpp>

#include <QList>
#include <QLocale>

#include <optional>

class QThread;
class SpeechWorker;

class QtSpeechEngine final : public SpeechEngine {
    Q_OBJECT
public:
    /// Starts loading the engines and their voices on the speech thread, and returns at
    /// once. Without any engine plugin installed, isUsable() is false and no thread starts.
    explicit QtSpeechEngine(QObject* parent = nullptr);
    /// Waits a moment for the speech thread to end; a thread stuck in the speech service is
    /// left to end with the process rather than hold up the app.
    ~QtSpeechEngine() override;

    bool isUsable() const override;
    /// true while the voices are still being loaded: the speech thread then says nothing in
    /// a language it has no voice for, and unvoiced() follows.
    bool useLanguage(const QLocale& locale) override;
    /// As useLanguage(), without changing anything.
    bool hasVoiceFor(const QLocale& locale) override;
    void say(const QString& text) override;
    void stop() override;

private:
    QThread* m_thread = nullptr;
    SpeechWorker* m_worker = nullptr; ///< lives on m_thread
    std::optional<QList<QLocale>> m_voices; ///< once the speech thread loaded them
    QLocale m_language;
    bool m_failed = false;
};
