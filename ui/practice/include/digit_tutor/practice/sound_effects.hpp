#pragma once
// Short sounds for the child's screen: a chime for a success, a fanfare for three stars, a
// gentle "boop-boop" for a try again (never a scolding buzz), a jingle when a digit is
// learnt. The sounds are WAVs made by scripts/make-sounds.py and built into the program
// (":/sounds/<name>.wav", resources/sounds); they are played with Qt Multimedia's
// QSoundEffect.
//
// Sounds are a help, never a requirement: without an audio device (a classroom computer
// without speakers, CI) play() silently loads and plays nothing. It never blocks: each
// sound is loaded, in the background, the first time it is played (an app with sounds off
// loads nothing), and plays in its own time on the system's default audio output.
//
// Example use:
//   SoundEffects sounds;
//   sounds.setEnabled(dt::ui::settings::sounds());
//   sounds.play(SoundEffects::ThreeStars);

#include <QObject>
#include <QString>

#include <array>

class QSoundEffect;

class SoundEffects : public QObject {
    Q_OBJECT
public:
    enum Sound { Success, ThreeStars, TryAgain, DigitLearnt };
    Q_ENUM(Sound)
    static constexpr int kSoundCount = 4;

    explicit SoundEffects(QObject* parent = nullptr);
    ~SoundEffects() override;

    /// The resource of a sound, e.g. ":/sounds/success.wav".
    static QString resourcePath(Sound sound);

    /// Whether sounds are wanted (a setting; true by default).
    bool isEnabled() const { return m_enabled; }

public slots:
    /// Off stops any sound being played at once, and play() does nothing until it is on.
    void setEnabled(bool enabled);
    /// Plays the sound (cutting off the same sound if it is still playing); returns at once.
    /// Emits played() when enabled, whether or not there is an audio device.
    void play(SoundEffects::Sound sound);

signals:
    /// A sound was asked for while enabled: what the child hears where there are speakers.
    void played(SoundEffects::Sound sound);

private:
    std::array<QSoundEffect*, kSoundCount> m_effects{}; // our children, made when first played
    bool m_enabled = true;
};
