#include <digit_tutor/shell/translations.hpp>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace dt::ui {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    // Qt's own first, so that the app's words win where both translate the same text.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("digit_tutor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace dt::ui
