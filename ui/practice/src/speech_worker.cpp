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
        m_engines.insert(name, speech);
        voices += speech->availableLocales();
    }
    emit voicesKnown(voices);
}

void SpeechWorker::speak(const QLocale& language, const QString& text)
{
    probe();
    for (const QString& name : dt::ui::enginesToTry(m_installed, language)) {
        QTextToSpeech* speech = m_engines.value(name);
        if (!speech)
            continue;
        const auto voice = dt::ui::voiceLocaleFor(speech->availableLocales(), language);
        if (!voice)
            continue;
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
