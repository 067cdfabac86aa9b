#include <digit_tutor/common/languages.hpp>

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

namespace dt::ui {

QStringList builtInLanguages()
{
    static const QRegularExpression qm(QStringLiteral("^digit_tutor_([A-Za-z]+(?:_[A-Za-z]+)?)\\.qm$"));
    QStringList languages;
    for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = qm.match(file);
        if (match.hasMatch())
            languages.append(match.captured(1));
    }
    languages.sort();
    return languages;
}

QString languageName(const QString& language)
{
    const QLocale locale(language);
    // An unknown name gives the C locale, not the language asked for.
    if (locale.language() == QLocale::C || language.isEmpty())
        return language;
    // Qt names English by its American locale ("American English") when no territory is given.
    QString name = locale.language() == QLocale::English && !language.contains(QLatin1Char('_'))
                       ? QStringLiteral("English")
                       : locale.nativeLanguageName();
    if (name.isEmpty())
        return language;
    // A territory only where the name says one ("pt_BR"), not the one Qt guesses ("fr" -> France).
    if (language.contains(QLatin1Char('_')) && !locale.nativeTerritoryName().isEmpty())
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    name[0] = name[0].toUpper();
    return name;
}

} // namespace dt::ui
