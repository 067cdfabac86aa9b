#include <digit_tutor/shell/app_language.hpp>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

const QString kPrefix = QStringLiteral("digit_tutor");
const QString kFolder = QStringLiteral(":/i18n");

QTranslator* loaded(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        return translator;
    delete translator;
    return nullptr;
}

void uninstall(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

AppLanguage::AppLanguage(QCoreApplication& app)
    : m_app(app)
{
}

AppLanguage::~AppLanguage()
{
    uninstall(m_own);
    uninstall(m_qt);
}

bool AppLanguage::hasLanguage(const QLocale& locale)
{
    QTranslator probe;
    return probe.load(locale, kPrefix, QStringLiteral("_"), kFolder);
}

QLocale AppLanguage::use(const QLocale& locale)
{
    if (m_used && locale == m_current)
        return m_current;
    QTranslator* own = loaded(m_app, locale, kPrefix, kFolder);
    const QLocale shown = own ? locale : QLocale(QLocale::English);
    if (m_used && shown == m_current) {
        delete own;
        return m_current;
    }
    // Qt's own first, so that the app's words win where both translate the same text. Each
    // (un)install sends LanguageChange: the widgets' last retranslation sees the new pair.
    QTranslator* qt = loaded(m_app, shown, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    uninstall(m_own);
    uninstall(m_qt);
    m_qt = qt;
    m_own = own;
    QLocale::setDefault(shown);
    if (auto* gui = qobject_cast<QGuiApplication*>(&m_app))
        gui->setLayoutDirection(shown.textDirection());
    if (m_qt)
        QCoreApplication::installTranslator(m_qt);
    if (m_own)
        QCoreApplication::installTranslator(m_own);
    m_current = shown;
    m_used = true;
    return m_current;
}
