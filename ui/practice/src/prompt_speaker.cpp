#include <digit_tutor/practice/prompt_speaker.hpp>

#ifdef DIGIT_TUTOR_HAVE_SPEECH
#include <QLocale>
#include <QTextToSpeech>
#endif

PromptSpeaker::PromptSpeaker(QObject* parent)
    : QObject(parent)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &PromptSpeaker::speakPending);
}

PromptSpeaker::~PromptSpeaker() = default; // the engine is a child and goes with us

bool PromptSpeaker::isSupported()
{
#ifdef DIGIT_TUTOR_HAVE_SPEECH
    return true;
#else
    return false;
#endif
}

bool PromptSpeaker::canSpeak() const
{
    return isSupported() && m_enabled && !m_failed;
}

void PromptSpeaker::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        stop();
}

void PromptSpeaker::say(const QString& text)
{
    m_lastText = text;
    if (canSpeak() && !text.isEmpty())
        m_pending.start(); // a burst of prompts speaks only the last one
}

void PromptSpeaker::sayAgain()
{
    say(m_lastText);
}

void PromptSpeaker::stop()
{
    m_pending.stop();
#ifdef DIGIT_TUTOR_HAVE_SPEECH
    if (m_engine && m_engine->state() == QTextToSpeech::Speaking)
        m_engine->stop();
#endif
}

void PromptSpeaker::fail()
{
    if (m_failed)
        return;
    m_failed = true;
    m_pending.stop();
    emit unavailable();
}

void PromptSpeaker::createEngine()
{
#ifdef DIGIT_TUTOR_HAVE_SPEECH
    if (m_engine || m_failed)
        return;
    if (QTextToSpeech::availableEngines().isEmpty()) {
        fail(); // no plugin installed: stay silent
        return;
    }
    m_engine = new QTextToSpeech(this);
    // No sound card, no voice data: the engine says so here, possibly later than say().
    connect(m_engine, &QTextToSpeech::errorOccurred, this, &PromptSpeaker::fail);
    if (m_engine->state() == QTextToSpeech::Error || m_engine->availableVoices().isEmpty()) {
        fail();
        return;
    }
    // The app's language where the engine has it; otherwise the engine's own default.
    if (m_engine->availableLocales().contains(QLocale()))
        m_engine->setLocale(QLocale());
#endif
}

void PromptSpeaker::speakPending()
{
#ifdef DIGIT_TUTOR_HAVE_SPEECH
    if (!canSpeak() || m_lastText.isEmpty())
        return;
    createEngine();
    if (!m_engine || m_failed || m_engine->state() == QTextToSpeech::Error) {
        fail();
        return;
    }
    m_engine->say(m_lastText);
#endif
}
