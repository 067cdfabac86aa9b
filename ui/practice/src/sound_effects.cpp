#include <digit_tutor/practice/sound_effects.hpp>

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace {

// Played a little below full volume: the WAVs are soft already, and a classroom of
// computers chiming at once should not startle anyone.
constexpr float kVolume = 0.8F;

} // namespace

SoundEffects::SoundEffects(QObject* parent)
    : QObject(parent)
{
}

SoundEffects::~SoundEffects() = default; // the effects are our children

QString SoundEffects::resourcePath(Sound sound)
{
    switch (sound) {
    case Success:
        return QStringLiteral(":/sounds/success.wav");
    case ThreeStars:
        return QStringLiteral(":/sounds/three-stars.wav");
    case TryAgain:
        return QStringLiteral(":/sounds/try-again.wav");
    case DigitLearnt:
        return QStringLiteral(":/sounds/digit-learnt.wav");
    }
    Q_UNREACHABLE();
}

void SoundEffects::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        return;
    for (QSoundEffect* sound : m_effects)
        if (sound)
            sound->stop();
}

void SoundEffects::play(Sound sound)
{
    if (!m_enabled)
        return;
    emit played(sound);
    // No speakers (CI, a computer without sound): nothing is loaded or played (QSoundEffect
    // would warn for each sound). Speakers plugged in later are used from the next sound on.
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull())
        return;
    QSoundEffect*& effect = m_effects.at(static_cast<std::size_t>(sound));
    if (!effect) {
        effect = new QSoundEffect(output, this);
        effect->setVolume(kVolume);
        // Loads in the background; play() before it is loaded plays it once it is.
        effect->setSource(QUrl(QStringLiteral("qrc") + resourcePath(sound)));
    } else if (effect->audioDevice() != output) {
        effect->setAudioDevice(output);
    }
    // A WAV that could not be read leaves the effect in QSoundEffect::Error, and then
    // play() does nothing: the child's page goes on without the sound.
    effect->play();
}
