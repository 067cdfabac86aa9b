#pragma once
// Says every message to the child aloud ("Write a 3", praise, "Try again") for a child who
// cannot read yet. It speaks with a SpeechEngine: by default Qt TextToSpeech where the build
// found it (DIGIT_TUTOR_HAVE_SPEECH) and the system has a speech engine; tests give it a
// double through setEngine().
//
// It speaks the language it is given (setLanguage: the child's), with a voice of that
// language only: where the engine has none, it stays silent for that language rather than
// read the words with another language's voice, and says so (voiceForLanguage).
//
// Speech is a help, never a requirement: without the module, without an engine or voice,
// or after the engine reports an error, say() silently does nothing. It never blocks:
// say() only schedules; a burst of say() calls (a child pressing Next again and again) is
// coalesced so that only the last text is spoken, on the next turn of the event loop; the
// default engine is made when the first text is due (an app with speech off never loads
// one), and speaks in its own time.

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class SpeechEngine;

class PromptSpeaker : public QObject {
    Q_OBJECT
public:
    explicit PromptSpeaker(QObject* parent = nullptr);
    ~PromptSpeaker() override;

    /// Whether this build has Qt TextToSpeech, the default engine, at all.
    static bool isSupported();
    /// Whether speech is wanted (a setting; true by default). Off stops speaking at once.
    bool isEnabled() const { return m_enabled; }
    /// Whether a text would be spoken now: an engine given or supported, enabled, no
    /// engine failure so far, and no voice found missing for the language.
    bool canSpeak() const;
    /// The language spoken: the system's until setLanguage().
    QLocale language() const { return m_language; }
    /// Whether the engine (made now if need be) has a voice of `locale`'s language; false
    /// when nothing can speak (no engine, speech off, a failure). For the teacher, who is
    /// told of a class's language without a voice.
    bool hasVoiceFor(const QLocale& locale);
    /// Makes the default engine now, when speech is on, so that it has learnt its voices
    /// by the time the teacher asks (hasVoiceFor). Returns at once.
    void prepare() { if (m_enabled) ensureEngine(); }
    /// The last text given to say(), spoken or not: what "Say it again" repeats.
    QString lastText() const { return m_lastText; }
    /// Whether an engine reported an error (then nothing more is tried).
    bool hasFailed() const { return m_failed; }

    /// Speaks with `engine` (not null) from now on instead of the default one, which is then
    /// never made; the speaker owns it (as its child) and deletes the one it had. A new
    /// engine gets a fresh chance: hasFailed() is false again.
    void setEngine(std::unique_ptr<SpeechEngine> engine);

public slots:
    void setEnabled(bool enabled);
    /// Speaks `locale`'s language from now on; stops what is being said in the one before.
    /// The engine is asked for the language's voice when the next text is due.
    void setLanguage(const QLocale& locale);
    /// Speaks the text soon (replacing anything not yet spoken); returns at once.
    void say(const QString& text);
    /// Speaks lastText() again.
    void sayAgain();
    /// Stops speaking and drops anything not yet spoken.
    void stop();

signals:
    /// Once per engine, when it is missing or fails: from then on nothing will be spoken,
    /// and a "Say it again" button can go.
    void unavailable();
    /// When a text is due in a language just chosen: whether the language has a voice. A
    /// "Say it again" button follows it; a language without one is silent.
    void voiceForLanguage(bool available);
    /// The engine has learnt which voices it has (SpeechEngine::voicesKnown): hasVoiceFor()
    /// may answer otherwise than before.
    void voicesKnown();

private:
    void speakPending();
    void fail();

    /// The default engine, made when first needed; false without one.
    bool ensureEngine();

    SpeechEngine* m_engine = nullptr; // our child, made or given
    QTimer m_pending;
    QString m_lastText;
    QLocale m_language;
    bool m_languageAsked = false; ///< the engine was told m_language
    bool m_languageVoiced = true; ///< ... and has a voice for it
    bool m_enabled = true;
    bool m_failed = false;
};
