#pragma once
// A choice of language for a class or a student: first "none of its own" (in the words
// given, e.g. "Same as the class"), then each language the app speaks, by its own name
// ("Deutsch", "Français", "עברית"). A language stored that the app no longer has stays
// listed, by its code, so that opening and closing a dialog changes nothing.

#include <QComboBox>

class LanguageBox : public QComboBox {
    Q_OBJECT
public:
    LanguageBox(const QString& noneText, QWidget* parent = nullptr);

    /// The chosen locale name ("fr", "pt_BR"); "" for none of its own.
    QString language() const;
    /// Chooses `language` ("" for none of its own), adding it when it is not listed.
    void setLanguage(const QString& language);
};
