#pragma once
// Add Student and Edit Student: name, class or group, writing hand, and the language the
// child practises in (their class's unless they have their own). OK hands what was typed
// to a saver (the store); when the store refuses it ("There is already a student named
// Zoë."), the dialog stays open with everything as typed and the reason under the fields,
// the name selected to be changed. Names show as typed, without direction controls (a
// right-to-left override would show them reversed); a name not changed keeps its controls.
//
// Example use:
//     StudentDialog dialog({}, [&](const Student& s) {
//         return store->addStudent(s.name, s.group, s.leftHanded) ? QString() : store->lastError();
//     }, this);
//     if (dialog.exec() == QDialog::Accepted) refresh();

#include <digit_tutor/progress/student.hpp>

#include <QDialog>

#include <functional>

class LanguageBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

class StudentDialog : public QDialog {
    Q_OBJECT
public:
    /// Stores the student; "" when stored, else why not (shown, and the dialog stays open).
    using Saver = std::function<QString(const dt::store::Student&)>;
    /// `start` with id 0 adds a student, else edits that one.
    StudentDialog(const dt::store::Student& start, Saver save, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* groupField() const { return m_group; }
    QCheckBox* leftHandedBox() const { return m_left; }
    LanguageBox* languageBox() const { return m_language; }
    QPushButton* okButton() const { return m_ok; }
    /// Why the last OK was refused; "" when none.
    QString messageText() const;

    /// The student as the fields say, with the start's id.
    dt::store::Student typed() const;

public slots:
    /// OK: saves, and closes only once saved.
    void accept() override;

private:
    dt::store::Student m_start;
    Saver m_save;
    QLineEdit* m_name;
    QLineEdit* m_group;
    QCheckBox* m_left;
    LanguageBox* m_language;
    QLabel* m_message;
    QPushButton* m_ok;
};
