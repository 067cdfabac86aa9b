#pragma once
// Which voice speaks a language: the rules the app's speech engine follows (QtSpeechEngine),
// apart so that they can be tested without a speech service.

#include <QList>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace dt::ui {

/// The locale among `available` (an engine's voices) to speak `wanted`'s language with: the
/// same language and territory, else the first of the same language. nullopt when none
/// speaks the language: the caller then stays silent rather than speak another language.
std::optional<QLocale> voiceLocaleFor(const QList<QLocale>& available, const QLocale& wanted);

/// The engines to try, in order, for `wanted`, among the `installed` Qt TextToSpeech
/// engines: for English flite first (its English voice is clearer than espeak-ng's), for
/// any other language speech-dispatcher first (with espeak-ng it speaks a hundred
/// languages; flite speaks only English); then the rest as installed.
QStringList enginesToTry(const QStringList& installed, const QLocale& wanted);

} // namespace dt::ui
