#include "speech_worker.hpp"

#include <digit_tutor/practice/voice_choice.hpp>

#include <QTextToSpeech>

SpeechWorker::SpeechWorker(QStringList installed)
    : m_installed(std::move(installed))
{
}

void SpeechWorker::probe()
{
    if (m_probed)
        return;
    m_probed = true;
    QList<QLocale> voices;
    for (const QString& name : std::as_const(m_installed)) {
        auto* speech = new QTextToSpeech(name, this);
        if (speech->state() == QTextToSpeech::Error) {
            delete speech;
            continue;
        }
        connect(speech, &QTextToSpeech::errorOccurred, this, [this, speech] {
            if (speech == m_speaking)
                emit failed();
        });
        const Engine engine{speech, speech->availableLocales()};
        m_engines.insert(name, engine);
        voices += engine.voices;
    }
    emit voicesKnown(voices);
}

void SpeechWorker::speak(const QLocale& language, const QString& text)
{
    probe();
    for (const QString& name : dt::ui::enginesToTry(m_installed, language)) {
        const auto engine = m_engines.constFind(name);
        if (engine == m_engines.constEnd())
            continue;
        const auto voice = dt::ui::voiceLocaleFor(engine->voices, language);
        if (!voice)
            continue;
        QTextToSpeech* speech = engine->speech;
        if (m_speaking && m_speaking != speech)
            m_speaking->stop();
        m_speaking = speech;
        if (speech->locale() != *voice)
            speech->setLocale(*voice);
        speech->say(text);
        return;
    }
    emit unvoiced(language);
}

void SpeechWorker::stop()
{
    if (m_speaking && m_speaking->state() == QTextToSpeech::Speaking)
        m_speaking->stop();
}
