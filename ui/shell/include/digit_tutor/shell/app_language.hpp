#pragma once
// The language the app speaks, which can change while it runs: the teacher's (the
// computer's) in the teacher area, each child's own (ProgressStore::languageOf) on the
// practice page. It loads the app's translation from the .qm files built into the widgets
// library (qt_add_translations, resource prefix ":/i18n", so an installed, moved or packaged
// app finds them wherever it is), and Qt's own translation of its standard buttons and
// dialogs where the system has one (Debian: qt6-translations-l10n).
//
// Switching replaces the translators, which sends every widget QEvent::LanguageChange (each
// retranslates itself in changeEvent); it also makes the language the
// default QLocale (dates and numbers) and sets the application's layout direction, right to
// left for Hebrew.
//
// Example use, in main(), right after the QApplication is made and before any window:
//   QApplication app(argc, argv);
//   AppLanguage language(app);
//   language.use(QLocale::system());

#include <QLocale>

class QCoreApplication;
class QTranslator;

class AppLanguage {
public:
    /// Nothing is installed until use(). The translators are children of `app`.
    explicit AppLanguage(QCoreApplication& app);
    /// Removes the translators it installed.
    ~AppLanguage();
    AppLanguage(const AppLanguage&) = delete;
    AppLanguage& operator=(const AppLanguage&) = delete;

    /// Shows the app in `locale`'s language from now on: the most specific of its UI
    /// languages that has a built-in translation (pt_BR, then pt). Returns the locale now in
    /// use: `locale` itself when the app has its language, English (and left to right) when
    /// it has not, as the source texts are. Nothing happens for the locale already in use.
    /// Never throws.
    QLocale use(const QLocale& locale);
    /// The locale in use: English before the first use().
    QLocale current() const { return m_current; }
    /// Whether the app has a translation of its own for the locale's language (English
    /// always).
    static bool hasLanguage(const QLocale& locale);

private:
    QCoreApplication& m_app;
    QTranslator* m_qt = nullptr;  ///< Qt's own texts; null when none
    QTranslator* m_own = nullptr; ///< the app's; null when none
    QLocale m_current{QLocale::English};
    bool m_used = false;
};
