#pragma once
// "Language of class 2A": the language the children of a class practise in, the computer's
// by default; a student may have their own (StudentDialog). OK hands the choice to a saver
// (the store); when the store refuses it, the dialog stays open with the reason.
//
// Example use:
//     ClassLanguageDialog dialog(QStringLiteral("2A"), *store->classLanguage("2A"), [&](const QString& language) {
//         return store->setClassLanguage("2A", language) ? QString() : store->lastError();
//     }, this);
//     dialog.exec();

#include <QDialog>

#include <functional>

class LanguageBox;
class QLabel;

class ClassLanguageDialog : public QDialog {
    Q_OBJECT
public:
    /// Stores the language; "" when stored, else why not.
    using Saver = std::function<QString(const QString& language)>;
    ClassLanguageDialog(const QString& group, const QString& language, Saver save, QWidget* parent = nullptr);

    LanguageBox* languageBox() const { return m_box; }
    /// Why the last OK was refused; "" when none.
    QString messageText() const;

public slots:
    void accept() override;

private:
    Saver m_save;
    LanguageBox* m_box;
    QLabel* m_message;
};
