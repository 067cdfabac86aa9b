#pragma once
// A speech engine for tests (PromptSpeaker::setEngine): it speaks nothing, records every
// text it was asked to say, and fails when told to, as a real engine does without a voice
// (unusable from the start) or when the sound card goes away (failed() later).
//
//   auto engine = std::make_unique<dt::test::RecordingSpeech>();
//   dt::test::RecordingSpeech* speech = engine.get(); // owned by the speaker from here
//   speaker.setEngine(std::move(engine));
//   speaker.say(QStringLiteral("Write a 3"));
//   QTRY_COMPARE(speech->spoken(), QStringList{QStringLiteral("Write a 3")});

#include <digit_tutor/practice/speech_engine.hpp>

#include <QStringList>

namespace dt::test {

class RecordingSpeech final : public SpeechEngine {
public:
    /// Every text said, in order.
    const QStringList& spoken() const { return m_spoken; }
    /// How many times stop() was called.
    int stops() const { return m_stops; }

    /// Unusable: as an engine without a voice, it says nothing from then on.
    void setUsable(bool usable) { m_usable = usable; }
    /// Fails now, as an engine whose sound card went away: emits failed() and says nothing more.
    void failNow()
    {
        m_usable = false;
        emit failed();
    }

    bool isUsable() const override { return m_usable; }
    void say(const QString& text) override
    {
        if (m_usable)
            m_spoken.append(text);
    }
    void stop() override { ++m_stops; }

private:
    QStringList m_spoken;
    int m_stops = 0;
    bool m_usable = true;
};

} // namespace dt::test
