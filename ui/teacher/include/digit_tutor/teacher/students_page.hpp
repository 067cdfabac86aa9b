#pragma once
// The teacher's list of students: name, class, hand, since when, how many attempts,
// whether archived, and the language they practise in (their own, else their class's, which
// Class Language... sets, else the computer's). Add and Edit open a StudentDialog, which keeps what was typed when the
// store refuses it. Nothing is lost by one key: Remove asks, Cancel the default, and only
// archives the student (out of "Who is writing?" and the progress view's choice, their
// attempts kept); an archived student is listed at the end, greyed, and can be restored,
// or deleted with their attempts for good after a second question of its own (Cancel the
// default, the number of attempts named). Guest is always there and keeps its name.
//
// Example use:
//     auto* page = new StudentsPage(store);
//     connect(page, &StudentsPage::studentsChanged, progressView, &ProgressView::refresh);

#include <digit_tutor/progress/student.hpp>

#include <QWidget>

#include <optional>
#include <vector>

class QTableWidget;
class QPushButton;

namespace dt::store {
class ProgressStore;
}

class StudentsPage : public QWidget {
    Q_OBJECT
public:
    /// The store is not owned; null shows why there is nothing to edit.
    explicit StudentsPage(dt::store::ProgressStore* store, QWidget* parent = nullptr);

    enum Column { NameColumn, ClassColumn, HandColumn, SinceColumn, AttemptsColumn, ArchivedColumn, LanguageColumn };

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* classLanguageButton() const { return m_classLanguage; }
    /// The last refusal ("Guest cannot be removed ..."), also shown to the teacher.
    QString problemText() const { return m_problem; }
    /// The row of the student with this id; -1 when not listed.
    int rowOf(qint64 studentId) const;

    /// Another store (the window switched databases); null shows nothing to edit.
    void setStore(dt::store::ProgressStore* store);

public slots:
    void refresh();
    void addStudent();
    void editStudent();
    /// Archives the chosen student, once the teacher said so.
    void removeStudent();
    void restoreStudent();
    /// Deletes the chosen archived student and their attempts, once the teacher said so.
    void deleteStudentForGood();
    /// The language of the chosen student's class (ClassLanguageDialog).
    void chooseClassLanguage();

signals:
    void studentsChanged();

private:
    std::optional<dt::store::Student> selected() const;
    void updateButtons();
    void report(const QString& problem);
    /// After the store was asked to change a student: the store's reason when it refused,
    /// else the list read again and studentsChanged().
    void finishChange(bool stored);
    /// Opens the dialog for `start`; true once the store took what was typed.
    bool editInDialog(const dt::store::Student& start);
    /// Asks `question` with `act` and Cancel, Cancel the default (Return, Escape).
    bool confirm(const QString& title, const QString& question, const QString& act);

    dt::store::ProgressStore* m_store;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_restore;
    QPushButton* m_delete;
    QPushButton* m_classLanguage;
    QString m_problem;
    std::vector<dt::store::Student> m_students;
    std::vector<int> m_attempts; ///< per row of m_students
};
