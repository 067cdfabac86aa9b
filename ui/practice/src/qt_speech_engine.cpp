#include "qt_speech_engine.hpp"

#include <QLocale>
#include <QTextToSpeech>

QtSpeechEngine::QtSpeechEngine(QObject* parent)
    : SpeechEngine(parent)
{
    if (QTextToSpeech::availableEngines().isEmpty())
        return; // no plugin installed: never usable
    m_speech = new QTextToSpeech(this);
    // No sound card, no voice data: the engine says so here, possibly later than say().
    connect(m_speech, &QTextToSpeech::errorOccurred, this, &SpeechEngine::failed);
    m_hasVoice = m_speech->state() != QTextToSpeech::Error && !m_speech->availableVoices().isEmpty();
    // The app's language where the engine has it; otherwise the engine's own default.
    if (m_hasVoice && m_speech->availableLocales().contains(QLocale()))
        m_speech->setLocale(QLocale());
}

QtSpeechEngine::~QtSpeechEngine() = default; // the QTextToSpeech is our child

bool QtSpeechEngine::isUsable() const
{
    return m_speech && m_hasVoice && m_speech->state() != QTextToSpeech::Error;
}

void QtSpeechEngine::say(const QString& text)
{
    if (m_speech)
        m_speech->say(text);
}

void QtSpeechEngine::stop()
{
    if (m_speech && m_speech->state() == QTextToSpeech::Speaking)
        m_speech->stop();
}
