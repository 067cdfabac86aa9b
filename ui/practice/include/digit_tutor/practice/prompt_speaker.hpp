#pragma once
// Says every message to the child aloud ("Write a 3", praise, "Try again") for a child who
// cannot read yet. It speaks with a SpeechEngine: by default Qt TextToSpeech where the build
// found it (DIGIT_TUTOR_HAVE_SPEECH) and the system has a speech engine; tests give it a
// double through setEngine().
//
// Speech is a help, never a requirement: without the module, without an engine or voice,
// or after the engine reports an error, say() silently does nothing. It never blocks:
// say() only schedules; a burst of say() calls (a child pressing Next again and again) is
// coalesced so that only the last text is spoken, on the next turn of the event loop; the
// default engine is made when the first text is due (an app with speech off never loads
// one), and speaks in its own time.

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
    /// Whether a text would be spoken now: an engine given or supported, enabled, and no
    /// engine failure so far.
    bool canSpeak() const;
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

private:
    void speakPending();
    void fail();

    SpeechEngine* m_engine = nullptr; // our child, made or given
    QTimer m_pending;
    QString m_lastText;
    bool m_enabled = true;
    bool m_failed = false;
};
