#include <digit_tutor/teacher/progress_view.hpp>
#include <digit_tutor/progress/bidi_controls.hpp>

#include <digit_tutor/teacher/digit_figures_table.hpp>
#include <digit_tutor/teacher/progress_attempts_panel.hpp>
#include <digit_tutor/teacher/progress_chart_view.hpp>
#include <digit_tutor/teacher/progress_overview.hpp>
#include <digit_tutor/teacher/progress_subject_chooser.hpp>
#include <digit_tutor/teacher/report_file_chooser.hpp>
#include <digit_tutor/teacher/student_figures_table.hpp>

#include <digit_tutor/reports/attempt_stream.hpp>
#include <digit_tutor/reports/report_writer.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using dt::reports::ProgressSummary;
using dt::store::AttemptRecord;

namespace {

constexpr int kEmptyPage = 0;
constexpr int kProgressPage = 1;
constexpr int kStudentsTab = 1; // beside the digits' table, for a class

// The store's days are UTC, the view's are in its zone: asking the store for a day more
// on either side covers any zone, and attemptsInScope then keeps exactly the period.
constexpr int kZoneMarginDays = 1;

// The figures' share of the width, in percent, before the teacher moves the splitter.
constexpr int kFiguresShare = 55;
constexpr int kPreferredWidth = 1180;
constexpr int kPreferredHeight = 560;
constexpr int kEmptyTextWidth = 560;
// A report that takes longer than this shows how far it is.
constexpr int kProgressAfterMs = 400;

// A name as a file name: characters that some file system or the shell would refuse or
// misread become '_', and direction controls, which would disguise its suffix, go.
QString fileSafe(const QString& text)
{
    QString out;
    for (const QChar c : dt::store::withoutBidiControls(text))
        out += (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c)) ? QChar('_') : c;
    return out.simplified();
}

} // namespace

ProgressView::ProgressView(dt::store::ProgressStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    // The page that explains why there is nothing to show.
    m_empty = new QLabel(this);
    m_empty->setTextFormat(Qt::PlainText); // a store's error may quote a path or a name
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAccessibleName(tr("Why there is no progress to show"));
    m_retry = new QPushButton(tr("Read &again"), this);
    m_retry->setAccessibleName(tr("Read the progress store again"));
    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    // Lines short enough to read, centred by stretches (a wrapped label placed by an
    // alignment gets too little height).
    m_empty->setMaximumWidth(kEmptyTextWidth);
    auto* emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addWidget(m_empty, 2);
    emptyRow->addStretch(1);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    // Whom and when.
    m_subject = new ProgressSubjectChooser(this);
    auto* subjectLabel = new QLabel(tr("&Progress of:"), this);
    subjectLabel->setBuddy(m_subject);
    m_period = new QComboBox(this);
    m_period->addItem(tr("All time"), int(Period::AllTime));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Chosen dates"), int(Period::Chosen));
    m_period->setAccessibleName(tr("Which period to show"));
    auto* periodLabel = new QLabel(tr("P&eriod:"), this);
    periodLabel->setBuddy(m_period);
    m_from = new QDateEdit(this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to = new QDateEdit(this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setAccessibleName(tr("Last day of the period"));
    auto* toLabel = new QLabel(tr("to"), this);
    m_export = new QPushButton(tr("E&xport report..."), this);
    m_export->setAccessibleName(tr("Export a progress report of what is shown"));
    m_export->setToolTip(tr("Save the figures shown as a PDF to print, a CSV for a spreadsheet or an HTML page"));
    m_exported = new QLabel(this);
    m_exported->setTextFormat(Qt::PlainText);
    m_exported->setAccessibleName(tr("The report last saved"));

    // Who and how much; what needs work.
    m_overview = new ProgressOverview(this);

    m_table = new DigitFiguresTable(this);
    m_students = new StudentFiguresTable(this);
    m_figureTabs = new QTabWidget(this);
    m_figureTabs->addTab(m_table, tr("&Digits"));
    m_figureTabs->addTab(m_students, tr("S&tudents"));
    m_figureTabs->setDocumentMode(true);
    m_chart = new ProgressChartView(this);
    m_attemptsPanel = new ProgressAttemptsPanel(this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(subjectLabel);
    controls->addWidget(m_subject);
    controls->addSpacing(12);
    controls->addWidget(periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addStretch();
    controls->addWidget(m_exported);
    controls->addWidget(m_export);
    // The figures on the left (the table, then the chart below it, which takes any height to
    // spare); on the right the words (whose, how much, what needs work) above the attempts
    // behind them. So the left has the height for the ten digits' rows and a chart whose
    // labels fit, on a 1280x800 screen.
    auto* figures = new QSplitter(Qt::Vertical, this);
    figures->addWidget(m_figureTabs);
    figures->addWidget(m_chart);
    figures->setStretchFactor(0, 0);
    figures->setStretchFactor(1, 1);
    figures->setChildrenCollapsible(false);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_overview);
    sideLayout->addWidget(m_attemptsPanel, 1);
    auto* parts = new QSplitter(Qt::Horizontal, this);
    parts->addWidget(figures);
    parts->addWidget(side);
    parts->setStretchFactor(0, 1);
    parts->setStretchFactor(1, 1);
    parts->setChildrenCollapsible(false);
    // The table wants the room to say its formation hints in full.
    parts->setSizes({kFiguresShare, 100 - kFiguresShare});
    auto* progressPage = new QWidget(this);
    auto* layout = new QVBoxLayout(progressPage);
    layout->addLayout(controls);
    layout->addWidget(parts, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(emptyPage);
    m_pages->addWidget(progressPage);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_retry, &QPushButton::clicked, this, &ProgressView::refresh);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &ProgressView::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ProgressView::applyPeriodPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &ProgressView::dateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ProgressView::dateEdited);
    connect(m_export, &QPushButton::clicked, this, &ProgressView::exportWithDialog);
    connect(m_chart, &ProgressChartView::digitChanged, this, &ProgressView::showDigitOverTime);
    connect(m_students, &StudentFiguresTable::studentActivated, m_subject, &ProgressSubjectChooser::chooseStudent);

    m_from->setEnabled(false); // all time, until the teacher chooses dates
    m_to->setEnabled(false);
    refresh();
}

void ProgressView::setStore(dt::store::ProgressStore* store)
{
    m_store = store;
    refresh();
}

void ProgressView::setTimeZone(const QTimeZone& zone)
{
    m_timeZone = zone;
    m_attemptsPanel->setTimeZone(zone);
    applyPeriodPreset(); // "the last 7 days" end on today in the new zone
}

QLabel* ProgressView::titleLabel() const { return m_overview->titleLabel(); }
QLabel* ProgressView::overviewLabel() const { return m_overview->overviewLabel(); }
QLabel* ProgressView::needsWorkLabel() const { return m_overview->needsWorkLabel(); }
QLabel* ProgressView::formationLabel() const { return m_overview->formationLabel(); }

QSize ProgressView::sizeHint() const { return {kPreferredWidth, kPreferredHeight}; }

bool ProgressView::showsProgress() const { return m_pages->currentIndex() == kProgressPage; }

QDate ProgressView::today() const { return QDateTime::currentDateTimeUtc().toTimeZone(m_timeZone).date(); }

void ProgressView::setPeriod(Period period)
{
    const int index = m_period->findData(int(period));
    if (index != m_period->currentIndex())
        m_period->setCurrentIndex(index); // applies it
    else
        applyPeriodPreset();
}

void ProgressView::setPeriod(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    setPeriod(Period::Chosen);
}

void ProgressView::applyPeriodPreset()
{
    const auto period = Period(m_period->currentData().toInt());
    const bool chosen = period == Period::Chosen;
    m_from->setEnabled(chosen);
    m_to->setEnabled(chosen);
    if (period == Period::Last7Days || period == Period::Last30Days) {
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        m_from->setDate(today().addDays(period == Period::Last7Days ? -6 : -29));
        m_to->setDate(today());
    }
    reload();
}

void ProgressView::dateEdited()
{
    // Editing a date means choosing dates; the fields are only enabled for that anyway.
    if (Period(m_period->currentData().toInt()) != Period::Chosen) {
        setPeriod(Period::Chosen);
        return;
    }
    reload();
}

bool ProgressView::fillSubjects()
{
    const auto groups = m_store ? m_store->groups() : std::nullopt;
    const auto students = m_store ? m_store->students() : std::nullopt;
    if (!groups || !students) {
        m_subject->clearSubjects();
        return false;
    }
    m_subject->setSubjects(*groups, *students);
    return true;
}

void ProgressView::refresh()
{
    if (!fillSubjects()) {
        showEmptyState(m_store ? tr("The progress cannot be read. %1").arg(m_store->lastError())
                               : tr("There is no progress to show: no progress store is open. Once the app has a "
                                    "place to keep the children's attempts, each student's progress appears here."));
        return;
    }
    reload();
}

void ProgressView::showEmptyState(const QString& why)
{
    m_problem = why;
    m_readable = false;
    m_scope = {};
    m_attempts.clear();
    m_summary = {};
    m_empty->setText(why);
    m_retry->setVisible(m_store != nullptr);
    m_pages->setCurrentIndex(kEmptyPage);
    m_attemptsPanel->setAttempts({}, false);
}

void ProgressView::reload()
{
    if (!m_store)
        return;
    const std::optional<ProgressSubject> subject = m_subject->chosen();
    const auto period = Period(m_period->currentData().toInt());

    dt::reports::ReportScope scope;
    scope.timeZone = m_timeZone;
    if (subject) {
        scope.title = subject->name;
        scope.isClass = subject->isClass;
    }
    if (period != Period::AllTime) {
        scope.from = m_from->date();
        scope.to = m_to->date();
    }
    m_scope = scope;
    m_attempts.clear();

    if (subject && !scope.isReversed()) {
        const auto all = m_store->attempts(storeFilter(*subject, scope));
        if (!all) {
            showEmptyState(tr("The progress cannot be read. %1").arg(m_store->lastError()));
            return;
        }
        m_attempts = dt::reports::attemptsInScope(scope, *all);
    }
    m_summary = dt::reports::summarise(m_attempts, m_timeZone);
    m_readable = true;
    m_problem.clear();
    m_pages->setCurrentIndex(kProgressPage);
    showFigures();
}

dt::store::AttemptFilter ProgressView::storeFilter(const ProgressSubject& subject, const dt::reports::ReportScope& scope)
{
    dt::store::AttemptFilter filter;
    if (subject.isClass)
        filter.group = subject.group;
    else
        filter.studentId = subject.studentId;
    if (scope.from.isValid())
        filter.from = scope.from.addDays(-kZoneMarginDays);
    if (scope.to.isValid())
        filter.to = scope.to.addDays(kZoneMarginDays);
    return filter;
}

void ProgressView::showFigures()
{
    const std::optional<ProgressSubject> subject = m_subject->chosen();
    const ProgressSummary& s = m_summary;

    if (!subject)
        m_overview->setTitle(tr("No students yet"));
    else if (subject->isClass)
        m_overview->setTitle(tr("Class %1").arg(dt::store::shownText(subject->name)));
    else if (!subject->group.isEmpty())
        m_overview->setTitle(tr("%1 (class %2)").arg(dt::store::shownName(subject->name), dt::store::shownText(subject->group)));
    else
        m_overview->setTitle(dt::store::shownName(subject->name));

    // All time: the date fields show the span the attempts cover.
    if (Period(m_period->currentData().toInt()) == Period::AllTime) {
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        m_from->setDate(s.first.isValid() ? m_scope.dayOf(s.first) : today());
        m_to->setDate(s.last.isValid() ? m_scope.dayOf(s.last) : today());
    }

    m_overview->setFigures(m_scope, s);
    m_table->setSummary(s);
    m_students->setStudents(s.students);
    m_figureTabs->setTabVisible(kStudentsTab, m_scope.isClass);
    if (!m_scope.isClass)
        m_figureTabs->setCurrentWidget(m_table);
    showDigitOverTime(m_chart->digit());
    m_attemptsPanel->setAttempts(m_attempts, m_scope.isClass);
    m_export->setEnabled(subject.has_value());
    m_exported->clear(); // it was the report of what was shown before
}

void ProgressView::showDigitOverTime(int digit)
{
    if (digit < 0) {
        m_chart->setProgress(m_summary.progress, m_summary.step);
        return;
    }
    std::vector<AttemptRecord> ofDigit;
    for (const AttemptRecord& a : m_attempts)
        if (a.askedDigit == digit)
            ofDigit.push_back(a);
    const ProgressSummary s = dt::reports::summarise(ofDigit, m_timeZone);
    m_chart->setProgress(s.progress, s.step);
}

std::optional<ReportExport::Job> ProgressView::exportJob(const QString& path, QString* error) const
{
    auto failed = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!m_store)
        return failed(tr("There is no progress store to make a report from."));
    if (!m_readable)
        return failed(m_problem);
    const std::optional<ProgressSubject> subject = m_subject->chosen();
    if (!subject)
        return failed(tr("Choose a student or a class to report on."));
    const auto format = dt::reports::reportFormatFromPath(path);
    if (!format)
        return failed(tr("The report's file name must end in .pdf, .csv or .html; \"%1\" does not.")
                          .arg(QFileInfo(path).fileName()));
    return ReportExport::Job{m_store->location(), storeFilter(*subject, m_scope), m_scope, m_guides, *format, path};
}

bool ProgressView::exportReport(const QString& path, QString* error)
{
    const std::optional<ReportExport::Job> job = exportJob(path, error);
    if (!job)
        return false;
    return dt::reports::writeReport(job->format, job->scope, dt::reports::attemptsFromStore(*m_store, job->filter),
                                    job->guides, job->path, error);
}

QString ProgressView::suggestedReportPath() const
{
    const QString name = fileSafe(tr("Progress %1 %2").arg(m_scope.title, today().toString(Qt::ISODate)));
    return defaultReportFolder() + QLatin1Char('/') + name + QStringLiteral(".pdf");
}

void ProgressView::exportWithDialog()
{
    const QString path = chooseReportFile(this, suggestedReportPath(), m_askFile);
    if (path.isEmpty())
        return;
    QString error;
    std::optional<ReportExport::Job> job = exportJob(path, &error);
    if (!job) {
        reportExported(false, false, path, error);
        return;
    }
    // On a worker thread, with a dialog that shows how far it is and can cancel it.
    auto* running = new ReportExport(std::move(*job), this);
    auto* dialog = new QProgressDialog(tr("Writing the report %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                       0, this);
    dialog->setWindowTitle(tr("Export Progress Report"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(kProgressAfterMs);
    dialog->setAccessibleName(tr("How far the report is"));
    connect(running, &ReportExport::progressed, dialog, [dialog](qint64 done, qint64 total) {
        // In percent: QProgressDialog counts in int.
        dialog->setMaximum(100);
        dialog->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(dialog, &QProgressDialog::canceled, running, &ReportExport::cancel);
    connect(running, &ReportExport::finished, this, [this, running, dialog, path](bool written, const QString& why) {
        dialog->disconnect(running);
        dialog->deleteLater();
        running->deleteLater();
        m_export->setEnabled(m_subject->chosen().has_value());
        reportExported(written, running->wasCancelled(), path, why);
    });
    m_export->setEnabled(false); // one report at a time
    running->start();
}

void ProgressView::reportExported(bool written, bool cancelled, const QString& path, const QString& error)
{
    if (written) {
        m_problem.clear();
        m_exported->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
        m_exported->setToolTip(QDir::toNativeSeparators(path));
        emit exportFinished(true, path, QString());
        return;
    }
    m_problem = error;
    m_exported->clear();
    // A cancel is the teacher's own choice: nothing to explain.
    if (!cancelled) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Progress Report"), error, QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit exportFinished(false, path, error);
}
