#pragma once
// Whom the teacher's progress view is about: a combo box of each class ("Class 1B") and,
// after a separator, each student by their name (any Unicode, shown as plain text, with
// their class in the tooltip). Refilling keeps the class or student chosen while it still
// exists.
//
// Example use:
//     chooser->setSubjects(*store->groups(), *store->students());
//     if (const auto whom = chooser->chosen()) filter.studentId = whom->studentId;

#include <digit_tutor/progress/student.hpp>

#include <QComboBox>
#include <QString>

#include <optional>
#include <vector>

/// A student or a class, as the progress view reads their attempts.
struct ProgressSubject {
    bool isClass = false;
    qint64 studentId = 0; ///< a student's id; 0 for a class
    QString name;         ///< the student's name, or the class's
    QString group;        ///< the student's class (may be empty), or the class itself
};

class ProgressSubjectChooser : public QComboBox {
    Q_OBJECT
public:
    explicit ProgressSubjectChooser(QWidget* parent = nullptr);

    /// Lists `groups` (in their order) and then `students` (in theirs). Chooses the one
    /// chosen before if it is still listed, else the first. Emits no signal: the caller
    /// that refills knows the list changed.
    void setSubjects(const std::vector<QString>& groups, const std::vector<dt::store::Student>& students);
    /// Empties the list (no store to read).
    void clearSubjects();

    /// The class or student chosen; nullopt when the list is empty.
    std::optional<ProgressSubject> chosen() const;

    /// Chooses the student with this id (emitting currentIndexChanged when that changes
    /// the choice). False, and nothing changes, when the student is not listed.
    bool chooseStudent(qint64 studentId);
};
