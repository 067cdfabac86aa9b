#pragma once
// Qt TextToSpeech on a thread of its own (QtSpeechEngine's): loading an engine plugin,
// asking it for its voices and speaking all talk to a speech service (speech-dispatcher)
// that can be slow to start or stop answering altogether, as it does on a machine without
// a sound card. Here, that never holds up the child's screen.

#include <QList>
#include <QLocale>
#include <QMap>
#include <QObject>
#include <QStringList>

class QTextToSpeech;

class SpeechWorker : public QObject {
    Q_OBJECT
public:
    /// `installed`: the engine plugins to use (QTextToSpeech::availableEngines()).
    explicit SpeechWorker(QStringList installed);

public slots:
    /// Loads every engine and its voices, once; then voicesKnown().
    void probe();
    /// Speaks `text` with a voice of `language` (voice_choice.hpp), cutting off what is being
    /// said; unvoiced() when no engine has one, and nothing is said.
    void speak(const QLocale& language, const QString& text);
    void stop();

signals:
    /// The languages some engine speaks (a voice's locale each).
    void voicesKnown(const QList<QLocale>& voices);
    /// speak() was asked for a language that no engine speaks.
    void unvoiced(const QLocale& language);
    /// The engine speaking reported an error (no sound card, a voice that cannot load).
    void failed();

private:
    QStringList m_installed;
    bool m_probed = false;
    struct Engine {
        QTextToSpeech* speech;  ///< our child
        QList<QLocale> voices;  ///< its voices' locales, asked once: each asking is a call to the service
    };
    QMap<QString, Engine> m_engines; ///< by plugin name; those that loaded
    QTextToSpeech* m_speaking = nullptr;
};
