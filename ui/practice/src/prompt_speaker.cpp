#include <digit_tutor/practice/prompt_speaker.hpp>

#include <digit_tutor/practice/speech_engine.hpp>

#ifdef DIGIT_TUTOR_HAVE_SPEECH
#include "qt_speech_engine.hpp"
#endif

PromptSpeaker::PromptSpeaker(QObject* parent)
    : QObject(parent)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &PromptSpeaker::speakPending);
}

PromptSpeaker::~PromptSpeaker()
{
    // Before our members go: an engine that fails while it is being deleted must not call
    // back into a speaker that is half gone.
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
        delete m_engine;
    }
}

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
    return (m_engine || isSupported()) && m_enabled && !m_failed && m_languageVoiced;
}

bool PromptSpeaker::ensureEngine()
{
#ifdef DIGIT_TUTOR_HAVE_SPEECH
    if (!m_engine)
        setEngine(std::make_unique<QtSpeechEngine>());
#endif
    return m_engine != nullptr;
}

bool PromptSpeaker::hasVoiceFor(const QLocale& locale)
{
    if (!m_enabled || m_failed || !ensureEngine() || !m_engine->isUsable())
        return false;
    return m_engine->hasVoiceFor(locale);
}

void PromptSpeaker::setLanguage(const QLocale& locale)
{
    if (locale == m_language && m_languageAsked)
        return;
    stop();
    m_language = locale;
    m_languageAsked = false;
    m_languageVoiced = true; // until the engine says otherwise, when a text is due
}

void PromptSpeaker::setEngine(std::unique_ptr<SpeechEngine> engine)
{
    Q_ASSERT(engine);
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
        delete m_engine;
    }
    m_engine = engine.release();
    m_engine->setParent(this);
    connect(m_engine, &SpeechEngine::failed, this, &PromptSpeaker::fail);
    connect(m_engine, &SpeechEngine::voicesKnown, this, &PromptSpeaker::voicesKnown);
    connect(m_engine, &SpeechEngine::unvoiced, this, [this] {
        if (!m_languageAsked || !m_languageVoiced)
            return;
        m_languageVoiced = false;
        emit voiceForLanguage(false);
    });
    m_failed = false;
    m_languageAsked = false;
    m_languageVoiced = true;
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
    if (m_engine)
        m_engine->stop();
}

void PromptSpeaker::fail()
{
    if (m_failed)
        return;
    m_failed = true;
    m_pending.stop();
    emit unavailable();
}

void PromptSpeaker::speakPending()
{
    if (!canSpeak() || m_lastText.isEmpty())
        return;
    if (!ensureEngine() || !m_engine->isUsable()) {
        fail(); // no plugin or an error: stay silent from now on
        return;
    }
    if (!m_languageAsked) {
        m_languageAsked = true;
        m_languageVoiced = m_engine->useLanguage(m_language);
        emit voiceForLanguage(m_languageVoiced);
    }
    if (m_languageVoiced)
        m_engine->say(m_lastText);
}
