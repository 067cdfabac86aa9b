#pragma once
// The words above the teacher's figures: whose progress it is (a title), how much practice
// the period holds ("Attempts: 63 · read as asked: 52 of 63 (83%) · 2026-11-01 to
// 2026-11-26"), the digits that need work ("Needs work: 7, 3. Not tried yet: 0.") on a
// highlighted line, and the digits whose formation most needs practice ("Formation to
// practise: 7 (starts elsewhere 2, stroke order 1)").
//
// It words the figures it is given (dt::reports::summarise); the only choice it makes is
// which few digits the formation line names. Every label is plain text: a name is never
// read as markup.
//
// Example use:
//     overview->setTitle(tr("Class %1").arg(group));
//     overview->setFigures(scope, dt::reports::summarise(attempts, scope.timeZone));

#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/reports/report_scope.hpp>

#include <QWidget>

class QLabel;

class ProgressOverview : public QWidget {
    Q_OBJECT
public:
    explicit ProgressOverview(QWidget* parent = nullptr);

    /// Whose progress is shown, as given ("Zoë (class 1B)", "Class 1B").
    void setTitle(const QString& title);
    /// Words `summary`, the figures of the attempts `scope` covers; a reversed period is
    /// said instead of the figures.
    void setFigures(const dt::reports::ReportScope& scope, const dt::reports::ProgressSummary& summary);

    QLabel* titleLabel() const { return m_title; }
    QLabel* overviewLabel() const { return m_overview; }
    QLabel* needsWorkLabel() const { return m_needsWork; }
    /// Hidden when no formation hint was given.
    QLabel* formationLabel() const { return m_formation; }

private:
    QLabel* m_title = nullptr;
    QLabel* m_overview = nullptr;
    QLabel* m_needsWork = nullptr;
    QLabel* m_formation = nullptr;
};
