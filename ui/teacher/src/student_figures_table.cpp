#include <digit_tutor/teacher/student_figures_table.hpp>
#include <digit_tutor/progress/bidi_controls.hpp>

#include <digit_tutor/teacher/digit_figures_table.hpp>

#include <QBrush>
#include <QHeaderView>
#include <QLocale>
#include <QStringList>

using dt::reports::StudentFigures;

StudentFiguresTable::StudentFiguresTable(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Student"), tr("Attempts"), tr("Read as asked"), tr("Success"), tr("Practise next")});
    horizontalHeaderItem(AttemptsColumn)->setToolTip(tr("Every attempt, free drawing included"));
    horizontalHeaderItem(ReadColumn)->setToolTip(tr("Attempts at an asked digit that were read as that digit"));
    horizontalHeaderItem(PractiseColumn)->setToolTip(tr("The digits this student should practise next"));
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setAccessibleName(tr("Figures for each student of the class; activate a row to see that student"));
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const qint64 id = studentAt(row))
            emit studentActivated(id);
    });
}

void StudentFiguresTable::setStudents(const std::vector<StudentFigures>& students)
{
    const QLocale locale;
    clearContents();
    setRowCount(int(students.size()));
    m_ids.clear();
    for (int row = 0; row < int(students.size()); ++row) {
        const StudentFigures& s = students[std::size_t(row)];
        m_ids.push_back(s.studentId);
        const bool needsWork = s.askedAttempts > 0 && s.successRate < dt::reports::kPractiseBelow;
        QStringList next;
        for (int d : s.practiseNext)
            next << locale.toString(d);
        QStringList cells(ColumnCount);
        // An archived child's attempts are the class's history: counted, and said to be archived.
        const QString name = dt::store::shownName(s.name);
        cells[NameColumn] = s.archived ? tr("%1 (archived)").arg(name) : name;
        cells[AttemptsColumn] = locale.toString(s.attempts);
        cells[ReadColumn] = tr("%1 of %2").arg(locale.toString(s.successes), locale.toString(s.askedAttempts));
        cells[SuccessColumn] = s.askedAttempts > 0 ? DigitFiguresTable::percentText(s.successRate) : QStringLiteral("\u2013");
        cells[PractiseColumn] = next.join(QStringLiteral(", "));
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (column == AttemptsColumn || column == ReadColumn || column == SuccessColumn)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == SuccessColumn && needsWork) {
                cell->setBackground(DigitFiguresTable::needsWorkShade());
                cell->setForeground(QBrush(Qt::black));
                cell->setToolTip(tr("Below %1: needs work").arg(DigitFiguresTable::percentText(dt::reports::kPractiseBelow)));
            }
            if (s.archived)
                cell->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            if (column == NameColumn)
                cell->setData(Qt::AccessibleTextRole,
                              needsWork ? tr("%1, needs work").arg(cells[NameColumn]) : cells[NameColumn]);
            setItem(row, column, cell);
        }
    }
}

qint64 StudentFiguresTable::studentAt(int row) const
{
    return row >= 0 && row < int(m_ids.size()) ? m_ids[std::size_t(row)] : 0;
}
