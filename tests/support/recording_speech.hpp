#pragma once
// A speech engine for tests (PromptSpeaker::setEngine): it speaks nothing, records every
// text it was asked to say and every language it was asked for, has the voices it is told
// (all by default), and fails when told to, as a real engine does without a sound card
// (unusable from the start) or when the sound card goes away (failed() later).
//
//   auto engine = std::make_unique<dt::test::RecordingSpeech>();
//   dt::test::RecordingSpeech* speech = engine.get(); // owned by the speaker from here
//   speaker.setEngine(std::move(engine));
//   speaker.say(QStringLiteral("Write a 3"));
//   QTRY_COMPARE(speech->spoken(), QStringList{QStringLiteral("Write a 3")});

#include <digit_tutor/practice/speech_engine.hpp>

#include <QSet>
#include <QStringList>

#include <optional>

namespace dt::test {

class RecordingSpeech final : public SpeechEngine {
public:
    /// Every text said, in order.
    const QStringList& spoken() const { return m_spoken; }
    /// How many times stop() was called.
    int stops() const { return m_stops; }
    /// The locale names asked for by useLanguage(), in order.
    const QStringList& languagesAsked() const { return m_asked; }
    /// The language of the voice speaking now ("" for none).
    QString speaking() const { return m_speaking; }
    /// Has voices of these languages only (QLocale::Language names as QLocale(name).language()).
    void setVoices(const QStringList& languages) { m_voices = languages; }
    /// As an engine that has not heard from its speech service yet: every language seems to
    /// have a voice until learnVoices().
    void setVoicesUnknown() { m_voicesKnown = false; }
    /// The speech service answered: these languages have voices (setVoices), voicesKnown().
    void learnVoices(const QStringList& languages)
    {
        m_voices = languages;
        m_voicesKnown = true;
        emit voicesKnown();
    }

    /// Unusable: as an engine without a voice, it says nothing from then on.
    void setUsable(bool usable) { m_usable = usable; }
    /// Fails now, as an engine whose sound card went away: emits failed() and says nothing more.
    void failNow()
    {
        m_usable = false;
        emit failed();
    }

    bool isUsable() const override { return m_usable; }
    bool hasVoiceFor(const QLocale& locale) override
    {
        if (!m_voices || !m_voicesKnown)
            return true;
        for (const QString& voice : *m_voices)
            if (QLocale(voice).language() == locale.language())
                return true;
        return false;
    }
    bool useLanguage(const QLocale& locale) override
    {
        m_asked.append(locale.name());
        m_speaking = hasVoiceFor(locale) ? locale.name() : QString();
        return !m_speaking.isEmpty();
    }
    void say(const QString& text) override
    {
        if (m_usable && !m_speaking.isEmpty())
            m_spoken.append(text);
    }
    void stop() override { ++m_stops; }

private:
    QStringList m_spoken;
    QStringList m_asked;
    QString m_speaking;
    std::optional<QStringList> m_voices;
    bool m_voicesKnown = true;
    int m_stops = 0;
    bool m_usable = true;
};

} // namespace dt::test
