#pragma once
// Loads the app's translation for a locale from the .qm files built into the widgets
// library (qt_add_translations, resource prefix ":/i18n"), and Qt's own translation of its
// standard dialogs and buttons when the system has one.
//
// Example use, in main(), right after the QApplication is made and before any window or
// translated text:
//   QApplication app(argc, argv);
//   dt::ui::installTranslations(app);

#include <QLocale>

class QCoreApplication;

namespace dt::ui {

/// Installs the translators for `locale` (by default the system's): ":/i18n/digit_tutor_<lang>.qm"
/// tried from the most to the least specific of the locale's UI languages (en_GB, then en).
/// Returns whether the app's own translation was found; without one the source English is
/// shown. The translators are children of `app`. Never throws.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace dt::ui
