// The sound effects on the offscreen platform, with or without an audio device (CI has
// none): each sound asked for while sounds are on is announced by played(), none while they
// are off; nothing is loaded while they are off, nor without a device, and with one only the
// sound played. The WAVs built into the program are each a real, short, soft and audible
// sound that Qt Multimedia loads.

#include "test_main.hpp"

#include <digit_tutor/practice/sound_effects.hpp>

#include <QApplication>
#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace {

// What make-sounds.py promises: 16-bit mono PCM at 22050 Hz, under 1.5 s and 70 KB.
constexpr int kRate = 22050;
constexpr double kLongestSeconds = 1.5;
constexpr qint64 kLargestBytes = 70 * 1024;

const QList<SoundEffects::Sound> kAllSounds{SoundEffects::Success, SoundEffects::ThreeStars, SoundEffects::TryAgain,
                                            SoundEffects::DigitLearnt};

struct WavFormat {
    quint16 audioFormat = 0; // 1: PCM
    quint16 channels = 0;
    quint32 sampleRate = 0;
    quint16 bitsPerSample = 0;
    QByteArray data;
};

quint32 little32(const QByteArray& bytes, qsizetype at)
{
    quint32 value = 0;
    for (int k = 3; k >= 0; --k)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + k));
    return value;
}

quint16 little16(const QByteArray& bytes, qsizetype at)
{
    return static_cast<quint16>(static_cast<quint8>(bytes.at(at)) | (static_cast<quint8>(bytes.at(at + 1)) << 8));
}

// The format and samples of a RIFF WAVE file, or nothing when it is not one (a wrong
// header, a chunk running past the end, no "fmt " or "data" chunk).
std::optional<WavFormat> readWav(const QByteArray& file)
{
    if (file.size() < 12 || !file.startsWith("RIFF") || file.mid(8, 4) != "WAVE"
        || little32(file, 4) != static_cast<quint32>(file.size() - 8))
        return std::nullopt;
    WavFormat wav;
    bool haveFormat = false;
    bool haveData = false;
    for (qsizetype at = 12; at + 8 <= file.size();) {
        const QByteArray id = file.mid(at, 4);
        const qsizetype size = little32(file, at + 4);
        if (size > file.size() - at - 8)
            return std::nullopt;
        if (id == "fmt " && size >= 16) {
            wav.audioFormat = little16(file, at + 8);
            wav.channels = little16(file, at + 10);
            wav.sampleRate = little32(file, at + 12);
            wav.bitsPerSample = little16(file, at + 22);
            haveFormat = true;
        } else if (id == "data") {
            wav.data = file.mid(at + 8, size);
            haveData = true;
        }
        at += 8 + size + (size % 2); // chunks are padded to an even size
    }
    if (!haveFormat || !haveData)
        return std::nullopt;
    return wav;
}

} // namespace

class TestSoundEffects : public QObject {
    Q_OBJECT
private slots:
    void eachSoundAskedForIsPlayed_data()
    {
        QTest::addColumn<SoundEffects::Sound>("sound");
        QTest::newRow("a success") << SoundEffects::Success;
        QTest::newRow("three stars") << SoundEffects::ThreeStars;
        QTest::newRow("try again") << SoundEffects::TryAgain;
        QTest::newRow("a digit learnt") << SoundEffects::DigitLearnt;
    }

    void eachSoundAskedForIsPlayed()
    {
        QFETCH(SoundEffects::Sound, sound);
        SoundEffects sounds;
        QSignalSpy played(&sounds, &SoundEffects::played);
        QVERIFY(sounds.isEnabled());
        sounds.play(sound);
        QCOMPARE(played.count(), 1);
        QCOMPARE(played.at(0).at(0).value<SoundEffects::Sound>(), sound);
        // Only the sound asked for was loaded, and only where it can be heard.
        const QList<QSoundEffect*> loaded = sounds.findChildren<QSoundEffect*>();
        if (QMediaDevices::defaultAudioOutput().isNull()) {
            QVERIFY(loaded.isEmpty());
        } else {
            QCOMPARE(loaded.size(), 1);
            QCOMPARE(loaded.at(0)->source(), QUrl(QStringLiteral("qrc") + SoundEffects::resourcePath(sound)));
        }
    }

    void switchedOffPlaysAndLoadsNothing()
    {
        SoundEffects sounds;
        QSignalSpy played(&sounds, &SoundEffects::played);
        sounds.setEnabled(false);
        QVERIFY(!sounds.isEnabled());
        for (SoundEffects::Sound sound : kAllSounds)
            sounds.play(sound);
        QCOMPARE(played.count(), 0);
        QVERIFY(sounds.findChildren<QSoundEffect*>().isEmpty());

        sounds.setEnabled(true);
        sounds.play(SoundEffects::TryAgain);
        sounds.play(SoundEffects::TryAgain); // again, before the first has ended
        sounds.setEnabled(false);            // stops it
        sounds.play(SoundEffects::Success);
        QCOMPARE(played.count(), 2);
        QCOMPARE(played.at(1).at(0).value<SoundEffects::Sound>(), SoundEffects::TryAgain);
        // One sound, loaded once (where there is a device to play it on).
        QCOMPARE(sounds.findChildren<QSoundEffect*>().size(), QMediaDevices::defaultAudioOutput().isNull() ? 0 : 1);
    }

    void eachSoundIsLoadedByQtMultimedia()
    {
        // As SoundEffects loads them, whether or not there is a device (CI has none): each
        // WAV is read and its status becomes Ready; one Qt cannot read would end in Error.
        QList<QSoundEffect*> effects;
        for (SoundEffects::Sound sound : kAllSounds) {
            effects.append(new QSoundEffect(this));
            effects.last()->setSource(QUrl(QStringLiteral("qrc") + SoundEffects::resourcePath(sound)));
            effects.last()->play();
        }
        for (QSoundEffect* effect : effects)
            QTRY_VERIFY2(effect->status() == QSoundEffect::Ready, qPrintable(effect->source().toString()));
        qDeleteAll(effects); // deleting sounds that may be playing neither crashes nor hangs
    }

    void everySoundIsAShortSoftAudibleWav_data()
    {
        QTest::addColumn<SoundEffects::Sound>("sound");
        for (SoundEffects::Sound sound : kAllSounds)
            QTest::newRow(qPrintable(SoundEffects::resourcePath(sound))) << sound;
    }

    void everySoundIsAShortSoftAudibleWav()
    {
        QFETCH(SoundEffects::Sound, sound);
        QFile file(SoundEffects::resourcePath(sound));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the WAV is not built into the program");
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.size() < kLargestBytes, qPrintable(QString::number(bytes.size())));
        const std::optional<WavFormat> wav = readWav(bytes);
        QVERIFY2(wav, "not a RIFF WAVE file with a format and a data chunk");
        QCOMPARE(wav->audioFormat, quint16(1));
        QCOMPARE(wav->channels, quint16(1));
        QCOMPARE(wav->bitsPerSample, quint16(16));
        QCOMPARE(wav->sampleRate, quint32(kRate));
        const qsizetype count = wav->data.size() / 2;
        QVERIFY(count > 0);
        QVERIFY2(count < kLongestSeconds * kRate, qPrintable(QString::number(double(count) / kRate)));

        QList<qint16> samples;
        for (qsizetype k = 0; k < count; ++k)
            samples.append(static_cast<qint16>(little16(wav->data, 2 * k)));
        int loudest = 0;
        for (qint16 sample : samples)
            loudest = std::max(loudest, std::abs(int(sample)));
        // Audible, yet soft: the loudest sample between a tenth and about half of full scale
        // (make-sounds.py's peak is 0.45).
        QVERIFY2(loudest > 3277, qPrintable(QString::number(loudest)));
        QVERIFY2(loudest < 16384, qPrintable(QString::number(loudest)));
        // No click at either end: it starts and ends near silence.
        QVERIFY2(std::abs(int(samples.first())) < 200, qPrintable(QString::number(samples.first())));
        QVERIFY2(std::abs(int(samples.last())) < 200, qPrintable(QString::number(samples.last())));
    }
};

DT_TEST_MAIN(TestSoundEffects, QApplication)
#include "test_sound_effects.moc"
