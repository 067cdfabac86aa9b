#pragma once
// "Who is writing?": the child taps their own name, big, at the start of a session. Names
// come in a grid of finger-sized buttons, each with a coloured initial so that a child who
// cannot read yet finds their own by its colour and letter; Guest is always there. Escape
// (or closing) keeps the student who was writing.
//
// Example use:
//     StudentPicker picker(*store->students(), this);
//     if (picker.exec() == QDialog::Accepted) setStudent(picker.chosen());

#include <digit_tutor/progress/student.hpp>

#include <QDialog>
#include <QIcon>

#include <vector>

class QPushButton;

class StudentPicker : public QDialog {
    Q_OBJECT
public:
    explicit StudentPicker(std::vector<dt::store::Student> students, QWidget* parent = nullptr);

    /// The student tapped; valid after exec() returned Accepted.
    const dt::store::Student& chosen() const { return m_chosen; }
    /// The button of each student, in the order given.
    const std::vector<QPushButton*>& buttons() const { return m_buttons; }

    /// The colour of a student's initial: the same name always gets the same colour (names
    /// are taken as shown, without direction controls: dt::store::withoutBidiControls).
    static QColor colourFor(const QString& name);
    /// A round badge in that colour with the name's initial: the child's sign, in the
    /// picker and on the practice page. Buttons show names as shown, too.
    static QIcon badgeFor(const QString& name);
    /// A name as a button's text, so that it shows exactly as typed: without direction
    /// controls, and each '&' doubled, which a button would otherwise take for the mark of
    /// a shortcut key and hide ("Léa & Zoé" shown as "Léa _Zoé").
    static QString buttonText(const QString& name);

private:
    std::vector<dt::store::Student> m_students;
    std::vector<QPushButton*> m_buttons;
    dt::store::Student m_chosen;
};
