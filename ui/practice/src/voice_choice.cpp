#include <digit_tutor/practice/voice_choice.hpp>

namespace dt::ui {

std::optional<QLocale> voiceLocaleFor(const QList<QLocale>& available, const QLocale& wanted)
{
    std::optional<QLocale> sameLanguage;
    for (const QLocale& voice : available) {
        if (voice.language() != wanted.language())
            continue;
        if (voice.territory() == wanted.territory())
            return voice;
        if (!sameLanguage)
            sameLanguage = voice;
    }
    return sameLanguage;
}

QStringList enginesToTry(const QStringList& installed, const QLocale& wanted)
{
    const QString first = wanted.language() == QLocale::English ? QStringLiteral("flite") : QStringLiteral("speechd");
    QStringList order;
    if (installed.contains(first))
        order.append(first);
    for (const QString& engine : installed)
        if (engine != first)
            order.append(engine);
    return order;
}

} // namespace dt::ui
