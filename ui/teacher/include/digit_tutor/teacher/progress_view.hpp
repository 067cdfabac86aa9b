#pragma once
// The teacher's progress view, one tab of the teacher area: whose progress, a student or a
// class (progress_subject_chooser.hpp), over which period (all time, the last 7 or 30 days,
// or chosen dates); a line of who and how much, the digits that need work in words ("Needs
// work: 7, 3") and the formation hints to practise (progress_overview.hpp); a table per
// digit (digit_figures_table.hpp), and for a class a table per student beside it
// (student_figures_table.hpp: activating a student shows that student); a chart of progress over time, for all digits or one
// (progress_chart_view.hpp); the attempts themselves with a replay of the chosen one
// (progress_attempts_panel.hpp); and "Export report..." (PDF, CSV or HTML, by the file's
// suffix).
//
// Every figure comes from dt::reports::summarise() of the attempts the period covers, with
// days counted in timeZone(), and the export writes the same attempts with the same scope,
// so the view and the report always agree. Names are shown as plain text wherever they
// appear. The store is not owned; without one (or when it cannot be read) the view says
// so instead of showing empty figures.
//
// Example use (the teacher area):
//     auto* view = new ProgressView(store);
//     view->setGuides(dt::firstGuides(model));
//     tabs->addTab(view, tr("Progress"));
//     connect(studentsPage, &StudentsPage::studentsChanged, view, &ProgressView::refresh);

#include <digit_tutor/teacher/progress_subject_chooser.hpp>
#include <digit_tutor/teacher/report_export.hpp>

#include <digit_tutor/reports/guide_thumbnail.hpp>
#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/reports/report_scope.hpp>
#include <digit_tutor/progress/attempt_record.hpp>

#include <QDate>
#include <QString>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class DigitFiguresTable;
class StudentFiguresTable;
class ProgressAttemptsPanel;
class ProgressChartView;
class ProgressOverview;
class ProgressSubjectChooser;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace dt::store {
class ProgressStore;
}

class ProgressView : public QWidget {
    Q_OBJECT
public:
    /// The store is not owned and may be null (the view then explains that there is
    /// nothing to show). Reads it at once.
    explicit ProgressView(dt::store::ProgressStore* store, QWidget* parent = nullptr);

    /// Another store (or none); reads it at once.
    void setStore(dt::store::ProgressStore* store);
    dt::store::ProgressStore* store() const { return m_store; }

    /// The current model's guide per digit, for the report's "best and latest" pictures.
    void setGuides(const dt::reports::GuideImages& guides) { m_guides = guides; }

    /// The zone days are counted in (periods, days of the chart, times shown); the
    /// system's by default, so that an attempt at 00:30 falls on the day the child saw.
    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_timeZone; }

    /// The period presets of periodChooser(), in its order.
    enum class Period { AllTime, Last7Days, Last30Days, Chosen };
    /// Chooses a preset; Chosen enables the date fields, keeping the dates they show.
    void setPeriod(Period period);
    /// Chooses the dates (first and last day, inclusive) and the Chosen preset.
    void setPeriod(const QDate& from, const QDate& to);

    /// Writes the report of what the view shows (the chosen student or class and period)
    /// to `path`, the format from its suffix (.pdf, .csv, .html or .htm), here and now,
    /// reading the attempts from the store a page at a time. Returns false, with one
    /// sentence in *error (when not null), when nothing is chosen, the suffix is none of
    /// those, the store cannot be read or the report cannot be written
    /// (dt::reports::writeReport); `path` is then untouched.
    bool exportReport(const QString& path, QString* error);

    /// Asks where to save the report, given a suggested path (in defaultReportFolder()):
    /// a save dialog by default; tests replace it to answer without one. An empty answer
    /// cancels; an existing file is replaced only when the teacher says so
    /// (report_file_chooser.hpp).
    using FileAsker = std::function<QString(const QString& suggestedPath)>;
    void setFileAsker(FileAsker asker) { m_askFile = std::move(asker); }

    /// What the view shows: whom and which period (the report's scope), the attempts
    /// the period covers, and their figures. Empty while nothing is chosen.
    const dt::reports::ReportScope& scope() const { return m_scope; }
    const std::vector<dt::store::AttemptRecord>& attempts() const { return m_attempts; }
    const dt::reports::ProgressSummary& summary() const { return m_summary; }
    /// The digits highlighted as needing work: summary().practiseNext.
    const std::vector<int>& needsWork() const { return m_summary.practiseNext; }
    /// False while the view explains why there is nothing to show (no store, a store
    /// that cannot be read); emptyStateLabel() says why.
    bool showsProgress() const;
    /// The last problem the view reported (a store error, an export that failed).
    QString problemText() const { return m_problem; }

    ProgressSubjectChooser* subjectChooser() const { return m_subject; }
    QComboBox* periodChooser() const { return m_period; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    /// The words above the attempts (progress_overview.hpp): title, overview, needs work,
    /// formation to practise.
    ProgressOverview* overview() const { return m_overview; }
    QLabel* titleLabel() const;
    QLabel* overviewLabel() const;
    QLabel* needsWorkLabel() const;
    QLabel* formationLabel() const;
    QLabel* emptyStateLabel() const { return m_empty; }
    DigitFiguresTable* digitTable() const { return m_table; }
    /// The class's students; its tab is shown only while a class is chosen.
    StudentFiguresTable* studentTable() const { return m_students; }
    QTabWidget* figureTabs() const { return m_figureTabs; }
    ProgressChartView* chart() const { return m_chart; }
    ProgressAttemptsPanel* attemptsPanel() const { return m_attemptsPanel; }
    QPushButton* exportButton() const { return m_export; }

    /// Room for the table, the chart and the attempts side by side.
    QSize sizeHint() const override;

public slots:
    /// Reads the store again: students, classes, and the chosen one's attempts. Keeps the
    /// student or class chosen while it still exists.
    void refresh();
    /// "Export report...": asks for a file (setFileAsker), and whether to replace it when
    /// there is one (No keeps it, and nothing is written), then writes it on a worker
    /// thread (report_export.hpp) while the window goes on, with a progress dialog that
    /// can cancel; says why in a message box when it cannot (not after a cancel).
    /// exportFinished() tells when it is done.
    void exportWithDialog();

signals:
    /// An export of exportWithDialog() ended: written to `path`, or not and why.
    void exportFinished(bool written, const QString& path, const QString& error);

private:
    bool fillSubjects();
    void applyPeriodPreset();
    void dateEdited();
    void reload();
    void showFigures();
    void showDigitOverTime(int digit);
    void showEmptyState(const QString& why);
    QDate today() const;
    QString suggestedReportPath() const;
    static dt::store::AttemptFilter storeFilter(const ProgressSubject& subject, const dt::reports::ReportScope& scope);
    std::optional<ReportExport::Job> exportJob(const QString& path, QString* error) const;
    void reportExported(bool written, bool cancelled, const QString& path, const QString& error);

    dt::store::ProgressStore* m_store = nullptr;
    dt::reports::GuideImages m_guides;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
    dt::reports::ReportScope m_scope;
    std::vector<dt::store::AttemptRecord> m_attempts;
    dt::reports::ProgressSummary m_summary;
    FileAsker m_askFile;
    QString m_problem;
    bool m_readable = false;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_retry = nullptr;
    ProgressSubjectChooser* m_subject = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_exported = nullptr;
    ProgressOverview* m_overview = nullptr;
    DigitFiguresTable* m_table = nullptr;
    StudentFiguresTable* m_students = nullptr;
    QTabWidget* m_figureTabs = nullptr;
    ProgressChartView* m_chart = nullptr;
    ProgressAttemptsPanel* m_attemptsPanel = nullptr;
};
