#pragma once
// The teacher's table of a class, one row per student who drew in the period: their
// attempts, how many were read as asked and the share, and the digits each should practise
// next: the same figures as the class report's "Students" table. A share below the
// practise-next line (dt::reports::kPractiseBelow) is shaded, and the row says so to a
// screen reader too. Activating a row (double click, Enter) asks to see that student.
//
// Names are shown as plain text; the table counts nothing itself (dt::reports::summarise).
//
// Example use:
//     auto* table = new StudentFiguresTable(this);
//     table->setStudents(summary.students);
//     connect(table, &StudentFiguresTable::studentActivated, chooser, &ProgressSubjectChooser::chooseStudent);

#include <digit_tutor/progress/progress_summary.hpp>

#include <QTableWidget>

#include <vector>

class StudentFiguresTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, AttemptsColumn, ReadColumn, SuccessColumn, PractiseColumn, ColumnCount };

    explicit StudentFiguresTable(QWidget* parent = nullptr);

    /// One row per student, in the given order (summarise()'s: the order they were added).
    void setStudents(const std::vector<dt::reports::StudentFigures>& students);
    /// The student id of a row; 0 when out of range.
    qint64 studentAt(int row) const;

signals:
    void studentActivated(qint64 studentId);

private:
    std::vector<qint64> m_ids;
};
