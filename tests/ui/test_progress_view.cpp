// The teacher's progress view, as a teacher uses it: choose a student and see per digit the
// same figures the reports give, the digits that need work, the formation hints, the digits
// written facing the other way, a chart of each day's success; choose the class to see both of its students; narrow the period;
// replay an attempt; export the report. A name full of markup stays plain text, and without
// a store the view explains itself instead of crashing.

#include "sqlite_store.hpp"
#include "test_main.hpp"

#include <digit_tutor/teacher/digit_figures_table.hpp>
#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/teacher/progress_attempts_panel.hpp>
#include <digit_tutor/teacher/progress_chart_view.hpp>
#include <digit_tutor/teacher/progress_subject_chooser.hpp>
#include <digit_tutor/teacher/progress_view.hpp>
#include <digit_tutor/teacher/student_figures_table.hpp>
#include <digit_tutor/common/stroke_player.hpp>

#include <digit_tutor/progress/progress_summary.hpp>
#include <digit_tutor/progress/progress_store.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

#include <map>
#include <memory>

using dt::store::AttemptRecord;
using dt::store::ProgressStore;

namespace {

const QString kZoe = QStringLiteral("Zo\u00eb \"Zo\" <b>");
const QString kBen = QStringLiteral("Ben \U0001F680");
const QString kAna = QStringLiteral("Ana");

/// A small drawing of `strokes` strokes of five points each, with times, on a 400x400 canvas.
dt::Drawing drawingOf(int strokes)
{
    dt::Drawing d;
    d.canvasWidth = 400;
    d.canvasHeight = 400;
    for (int s = 0; s < strokes; ++s) {
        dt::Stroke stroke;
        for (int i = 0; i < 5; ++i)
            stroke.push_back({100.0 + 40 * s + 30 * i, 100.0 + 50 * i, 300.0 * s + 40.0 * i, -1.0});
        d.strokes.push_back(stroke);
    }
    return d;
}

QString cell(ProgressView& view, int digit, int column)
{
    return view.digitTable()->item(digit, column)->text();
}

} // namespace

class TestProgressView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgressStore> m_store;
    QDate m_today;
    qint64 m_zoe = 0;

    std::unique_ptr<ProgressStore> openStore(const QString& name)
    {
        return dt::test::openSqliteStore(m_dir.path() + QLatin1Char('/') + name);
    }

    /// Stores an attempt `daysAgo` days before today at 10:00 UTC plus `minute`.
    bool add(ProgressStore& store, qint64 student, int daysAgo, int minute, int asked, int read, int stars,
             const QString& formation = {}, int strokes = 1, bool reversed = false)
    {
        AttemptRecord r;
        r.studentId = student;
        r.when = QDateTime(m_today.addDays(-daysAgo), QTime(10, minute), QTimeZone::utc());
        r.askedDigit = asked;
        r.recognisedDigit = read;
        r.posterior = asked == read ? 0.9 : 0.2;
        r.stars = stars;
        r.formation = formation;
        r.reversed = reversed;
        r.model = QStringLiteral("test model");
        r.strokes = drawingOf(strokes);
        return store.addAttempt(r);
    }

    std::unique_ptr<ProgressView> openView(ProgressStore* store)
    {
        auto view = std::make_unique<ProgressView>(store);
        view->setTimeZone(QTimeZone::utc()); // the attempts' days are UTC days
        view->resize(1100, 800);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        return view;
    }

    /// Chooses a student or class in the view's chooser, as the teacher does; false when
    /// it is not listed.
    static bool choose(ProgressView& view, const QString& whom)
    {
        const int index = view.subjectChooser()->findText(whom);
        view.subjectChooser()->setCurrentIndex(index);
        return index >= 0;
    }

    std::vector<AttemptRecord> storedOf(qint64 student) const
    {
        dt::store::AttemptFilter filter;
        filter.studentId = student;
        return *m_store->attempts(filter);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c()); // percentages and numbers as the test spells them
        QVERIFY(m_dir.isValid());
        m_today = QDateTime::currentDateTimeUtc().date();
        m_store = openStore(QStringLiteral("x.sqlite"));
        QVERIFY(m_store);
        const auto zoe = m_store->addStudent(kZoe, QStringLiteral("1B"));
        const auto ben = m_store->addStudent(kBen, QStringLiteral("1B"));
        const auto ana = m_store->addStudent(kAna, QStringLiteral("2A"));
        QVERIFY(zoe && ben && ana);
        m_zoe = zoe->id;

        // Zoë over four days: 7 is hard (3 of 5) and often started elsewhere, 3 so-so
        // (2 of 3), 2 fine (2 of 2), and one free drawing.
        ProgressStore& s = *m_store;
        QVERIFY(add(s, m_zoe, 20, 0, 7, 1, 1));
        QVERIFY(add(s, m_zoe, 20, 1, 7, 7, 2, QStringLiteral("start"), 2));
        QVERIFY(add(s, m_zoe, 20, 2, 3, 3, 3, QStringLiteral("none")));
        QVERIFY(add(s, m_zoe, 10, 0, 7, 7, 2, QStringLiteral("start"), 2));
        QVERIFY(add(s, m_zoe, 10, 1, 3, 8, 1));
        QVERIFY(add(s, m_zoe, 3, 0, 7, 1, 1));
        QVERIFY(add(s, m_zoe, 3, 1, 2, 2, 3, QStringLiteral("direction")));
        QVERIFY(add(s, m_zoe, 3, 2, 3, 3, 2, QStringLiteral("none"), 2));
        QVERIFY(add(s, m_zoe, 1, 0, 7, 7, 3, QStringLiteral("order"), 2));
        QVERIFY(add(s, m_zoe, 1, 1, 2, 2, 2, QStringLiteral("none")));
        QVERIFY(add(s, m_zoe, 1, 2, -1, 4, 0));
        // Ben, in the same class; Ana, in another.
        QVERIFY(add(s, ben->id, 2, 0, 1, 1, 3, QStringLiteral("none")));
        QVERIFY(add(s, ben->id, 2, 1, 4, 9, 0));
        QVERIFY(add(s, ana->id, 2, 0, 5, 5, 3));
    }

    void choosingAStudentShowsTheReportsFigures()
    {
        auto view = openView(m_store.get());
        QVERIFY(view);
        QVERIFY(choose(*view, kZoe));
        QCOMPARE(view->attempts().size(), std::size_t(11));

        // 7: asked 5 times, read as 7 three times; two "starts elsewhere" and one "order".
        QCOMPARE(cell(*view, 7, DigitFiguresTable::AttemptsColumn), QStringLiteral("5"));
        QCOMPARE(cell(*view, 7, DigitFiguresTable::SuccessColumn), QStringLiteral("60%"));
        QCOMPARE(cell(*view, 7, DigitFiguresTable::StarsColumn), QStringLiteral("1.8 \u2605"));
        QCOMPARE(cell(*view, 7, DigitFiguresTable::TrendColumn), QStringLiteral("\u2192 0")); // 1 of 2, then 1 of 2
        QCOMPARE(cell(*view, 7, DigitFiguresTable::FormationColumn),
                 QStringLiteral("starts elsewhere 2, other way 0, order 1"));
        QCOMPARE(cell(*view, 3, DigitFiguresTable::SuccessColumn), QStringLiteral("67%"));
        QCOMPARE(cell(*view, 2, DigitFiguresTable::SuccessColumn), QStringLiteral("100%"));
        QCOMPARE(cell(*view, 0, DigitFiguresTable::AttemptsColumn), QStringLiteral("0"));
        QCOMPARE(cell(*view, 0, DigitFiguresTable::SuccessColumn), QStringLiteral("\u2013"));

        // Every digit's figures are summarise()'s, as the reports count them.
        const dt::reports::ProgressSummary expected = dt::reports::summarise(storedOf(m_zoe));
        for (int d = 0; d < dt::reports::kDigitCount; ++d) {
            const auto& shown = view->summary().digits[std::size_t(d)];
            const auto& counted = expected.digits[std::size_t(d)];
            QCOMPARE(shown.attempts, counted.attempts);
            QCOMPARE(shown.successes, counted.successes);
            QCOMPARE(cell(*view, d, DigitFiguresTable::AttemptsColumn), QString::number(counted.attempts));
        }

        // The digits that need work are summarise's practiseNext: 7 and 3, then 0 not tried.
        QCOMPARE(view->needsWork(), expected.practiseNext);
        QCOMPARE(view->needsWork(), (std::vector<int>{7, 3, 0}));
        QCOMPARE(view->needsWorkLabel()->text(), QStringLiteral("Needs work: 7, 3. Not tried yet: 0."));
        for (int d = 0; d < dt::reports::kDigitCount; ++d)
            QCOMPARE(view->digitTable()->isHighlighted(d), d == 7 || d == 3 || d == 0);
        QVERIFY(view->formationLabel()->isVisible());
        QCOMPARE(view->formationLabel()->text(), QStringLiteral("Formation to practise: 7 (starts elsewhere 2, "
                                                                "stroke order 1); 2 (other way round 1)"));
        QVERIFY2(view->overviewLabel()->text().contains(QStringLiteral("read as asked: 7 of 10 (70%)")),
                 qPrintable(view->overviewLabel()->text()));
    }

    void theChartHasOnePointPerDayWithItsSuccessRate()
    {
        auto view = openView(m_store.get());
        QVERIFY(view);
        QVERIFY(choose(*view, kZoe));
        ProgressChartView* chart = view->chart();

        // Asked attempts per day (the free drawing is in none): 2 of 3, 1 of 2, 2 of 3, 2 of 2.
        const QList<QPointF> points = chart->successPoints();
        QCOMPARE(points.size(), 4);
        const double rates[] = {200.0 / 3.0, 50.0, 200.0 / 3.0, 100.0};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(points[i].x(), qreal(i));
            QVERIFY(qAbs(points[i].y() - rates[i]) < 1e-9); // the same division, so only rounding
        }
        QCOMPARE(chart->attemptCounts(), (QList<qreal>{3, 2, 3, 2}));
        // And the stars over time: each day's average over its asked attempts.
        const QList<QPointF> stars = chart->starPoints();
        QCOMPARE(stars.size(), 4);
        std::map<QDate, std::pair<int, int>> byDay; // stars, attempts
        for (const dt::store::AttemptRecord& a : view->attempts())
            if (a.askedDigit >= 0) {
                auto& [sum, n] = byDay[a.when.toTimeZone(view->timeZone()).date()];
                sum += a.stars;
                ++n;
            }
        int i = 0;
        for (const auto& [day, figures] : byDay)
            QVERIFY(qAbs(stars[i++].y() - double(figures.first) / figures.second) < 1e-9);
        const auto day = [this](int daysAgo) {
            return dt::reports::progressPeriodName(m_today.addDays(-daysAgo), dt::reports::ProgressStep::Day);
        };
        QCOMPARE(chart->periodNames(), (QStringList{day(20), day(10), day(3), day(1)}));
        QCOMPARE(chart->periodLabels().size(), 4);
        QCOMPARE(chart->periodLabels().last(), QLocale().toString(m_today.addDays(-1), QStringLiteral("d MMM")));

        // One digit over time: the 7 was read as asked 1 of 2, 1 of 1, 0 of 1, 1 of 1.
        chart->digitChooser()->setCurrentIndex(chart->digitChooser()->findData(7));
        QCOMPARE(chart->digit(), 7);
        QCOMPARE(chart->successPoints(),
                 (QList<QPointF>{QPointF(0, 50.0), QPointF(1, 100.0), QPointF(2, 0.0), QPointF(3, 100.0)}));
        QVERIFY(chart->title().startsWith(QStringLiteral("Digit 7")));
    }

    void aMonthOfDaysKeepsItsLabelsReadable()
    {
        // Forty days of practice in a narrow window: the labels cannot all stand side by
        // side, so every few days are labelled, always the latest; a wide window labels all.
        ProgressChartView chart;
        std::vector<dt::reports::ProgressPoint> points;
        for (int i = 0; i < 40; ++i) {
            dt::reports::ProgressPoint p;
            p.start = m_today.addDays(i - 40);
            p.attempts = 3;
            p.successes = 2;
            p.stars = 5;
            points.push_back(p);
        }
        chart.resize(500, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setProgress(points, dt::reports::ProgressStep::Day);
        QStringList labels = chart.periodLabels();
        QCOMPARE(labels.size(), 40);
        QCOMPARE(labels.last(), QLocale().toString(m_today.addDays(-1), QStringLiteral("d MMM")));
        const qsizetype shown = labels.size() - labels.count(QString());
        QVERIFY2(shown >= 5 && shown <= 20, qPrintable(QString::number(shown)));
        // Evenly: the gaps between shown labels are all the same.
        QList<qsizetype> at;
        for (qsizetype i = 0; i < labels.size(); ++i)
            if (!labels[i].isEmpty())
                at.append(i);
        for (qsizetype i = 1; i + 1 < at.size(); ++i)
            QCOMPARE(at[i + 1] - at[i], at[1] - at[0]);

        chart.resize(2400, 300);
        QTRY_COMPARE(chart.periodLabels().count(QString()), 0);
        QCOMPARE(chart.periodNames().size(), 40);
    }

    void choosingTheClassCoversBothOfItsStudents()
    {
        auto view = openView(m_store.get());
        QVERIFY(view);
        QVERIFY(choose(*view, QStringLiteral("Class 1B")));
        QVERIFY(view->scope().isClass);
        QCOMPARE(view->attempts().size(), std::size_t(13)); // Zoë's 11 and Ben's 2, not Ana's
        QCOMPARE(view->summary().students.size(), std::size_t(2));
        QCOMPARE(cell(*view, 1, DigitFiguresTable::AttemptsColumn), QStringLiteral("1")); // Ben's
        QCOMPARE(cell(*view, 5, DigitFiguresTable::AttemptsColumn), QStringLiteral("0")); // Ana's is not here
        QCOMPARE(cell(*view, 7, DigitFiguresTable::AttemptsColumn), QStringLiteral("5"));

        // The attempts list says who drew each.
        QTreeWidget* list = view->attemptsPanel()->list();
        QCOMPARE(list->topLevelItemCount(), 13);
        QVERIFY(!list->isColumnHidden(ProgressAttemptsPanel::StudentColumn));
        QStringList names;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            names << list->topLevelItem(i)->text(ProgressAttemptsPanel::StudentColumn);
        QCOMPARE(names.count(kZoe), 11);
        QCOMPARE(names.count(kBen), 2);

        // Beside the digits, a row per student with the class report's figures.
        QTabWidget* tabs = view->figureTabs();
        QVERIFY(tabs->isTabVisible(tabs->indexOf(view->studentTable())));
        tabs->setCurrentWidget(view->studentTable());
        StudentFiguresTable* students = view->studentTable();
        QCOMPARE(students->rowCount(), 2);
        int benRow = -1;
        for (int row = 0; row < students->rowCount(); ++row)
            if (students->item(row, StudentFiguresTable::NameColumn)->text() == kBen)
                benRow = row;
        QVERIFY(benRow >= 0);
        QCOMPARE(students->item(benRow, StudentFiguresTable::AttemptsColumn)->text(), QStringLiteral("2"));
        const int zoeRow = 1 - benRow;
        QCOMPARE(students->item(zoeRow, StudentFiguresTable::NameColumn)->text(), kZoe); // markup stays text
        QCOMPARE(students->item(zoeRow, StudentFiguresTable::AttemptsColumn)->text(), QStringLiteral("11"));

        // Enter on Ben's row shows Ben; a student's view has no students' tab.
        students->setFocus();
        students->setCurrentCell(benRow, StudentFiguresTable::NameColumn);
        QTest::keyClick(students, Qt::Key_Return);
        QTRY_VERIFY(!view->scope().isClass);
        QCOMPARE(view->subjectChooser()->chosen()->name, kBen);
        QCOMPARE(view->attempts().size(), std::size_t(2));
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(view->studentTable())));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(view->digitTable()));
    }

    void anArchivedStudentIsMarkedInTheClassTable()
    {
        // Removing Ben archives him: his attempts stay in the class's figures, his row says so.
        const auto ben = m_store->studentNamed(kBen);
        QVERIFY(ben);
        QVERIFY2(m_store->archiveStudent(ben->id), qPrintable(m_store->lastError()));
        auto view = openView(m_store.get());
        QVERIFY(view);
        QVERIFY(choose(*view, QStringLiteral("Class 1B")));
        StudentFiguresTable* students = view->studentTable();
        QStringList names;
        for (int row = 0; row < students->rowCount(); ++row)
            names << students->item(row, StudentFiguresTable::NameColumn)->text();
        QVERIFY(m_store->restoreStudent(ben->id));
        QVERIFY2(names.contains(QStringLiteral("%1 (archived)").arg(kBen)), qPrintable(names.join(QStringLiteral(" | "))));
        QVERIFY(names.contains(kZoe));
    }

    void aPeriodNarrowsTheFigures()
    {
        auto view = openView(m_store.get());
        QVERIFY(view);
        QVERIFY(choose(*view, kZoe));

        // The last 7 days: Zoë's attempts of 3 days and 1 day ago.
        view->periodChooser()->setCurrentIndex(view->periodChooser()->findText(QStringLiteral("Last 7 days")));
        QCOMPARE(view->fromEdit()->date(), m_today.addDays(-6));
        QCOMPARE(view->toEdit()->date(), m_today);
        QVERIFY(!view->fromEdit()->isEnabled());
        QCOMPARE(view->attempts().size(), std::size_t(6));
        QCOMPARE(cell(*view, 7, DigitFiguresTable::AttemptsColumn), QStringLiteral("2"));
        QCOMPARE(cell(*view, 7, DigitFiguresTable::SuccessColumn), QStringLiteral("50%"));
        QCOMPARE(view->chart()->successPoints().size(), 2);

        // Chosen dates: the one day ten days ago.
        view->periodChooser()->setCurrentIndex(view->periodChooser()->findText(QStringLiteral("Chosen dates")));
        QVERIFY(view->fromEdit()->isEnabled() && view->toEdit()->isEnabled());
        view->fromEdit()->setDate(m_today.addDays(-10));
        view->toEdit()->setDate(m_today.addDays(-10));
        QCOMPARE(view->scope().from, m_today.addDays(-10));
        QCOMPARE(view->attempts().size(), std::size_t(2));
        QCOMPARE(cell(*view, 7, DigitFiguresTable::SuccessColumn), QStringLiteral("100%"));
        QCOMPARE(cell(*view, 3, DigitFiguresTable::SuccessColumn), QStringLiteral("0%"));
        QCOMPARE(view->chart()->successPoints().size(), 1);

        // A period that ends before it starts says so and counts nothing.
        view->fromEdit()->setDate(m_today);
        QVERIFY(view->attempts().empty());
        QVERIFY2(view->overviewLabel()->text().contains(QStringLiteral("after it ends")),
                 qPrintable(view->overviewLabel()->text()));
    }

    void theChosenAttemptReplaysToTheEnd()
    {
        auto view = openView(m_store.get());
        QVERIFY(view);
        QVERIFY(choose(*view, kZoe));
        ProgressAttemptsPanel* panel = view->attemptsPanel();
        QTreeWidget* list = panel->list();
        QCOMPARE(list->topLevelItemCount(), 11);
        QCOMPARE(list->topLevelItem(0)->text(ProgressAttemptsPanel::AskedColumn), QStringLiteral("free drawing"));
        QVERIFY(!panel->replayButton()->isEnabled()); // nothing chosen yet

        // The newest 7 (yesterday, two strokes, "order"), clicked in the list.
        QTreeWidgetItem* seven = nullptr;
        for (int i = 0; i < list->topLevelItemCount() && !seven; ++i)
            if (list->topLevelItem(i)->text(ProgressAttemptsPanel::AskedColumn) == QStringLiteral("7"))
                seven = list->topLevelItem(i);
        QVERIFY(seven);
        QCOMPARE(seven->text(ProgressAttemptsPanel::HintColumn), QStringLiteral("stroke order"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(seven).center());
        const AttemptRecord* chosen = panel->currentAttempt();
        QVERIFY(chosen);
        QCOMPARE(chosen->askedDigit, 7);
        QCOMPARE(chosen->strokes.strokes.size(), std::size_t(2));
        QVERIFY2(panel->statusText().contains(QStringLiteral("7 asked, read as 7")), qPrintable(panel->statusText()));
        QCOMPARE(panel->canvas()->drawing().strokes.size(), std::size_t(2)); // shown at once

        // Replay plays it again, in its own timing (here 50 times faster), to the last point.
        panel->player()->setSpeed(50.0);
        QSignalSpy finished(panel->player(), &StrokePlayer::finished);
        QTest::mouseClick(panel->replayButton(), Qt::LeftButton);
        QVERIFY(panel->player()->isPlaying());
        QVERIFY(finished.wait(10000));
        const dt::Drawing expected = panel->canvas()->fittedDrawing(chosen->strokes);
        const dt::Drawing shown = panel->canvas()->drawing();
        QCOMPARE(shown.strokes.size(), expected.strokes.size());
        for (std::size_t s = 0; s < expected.strokes.size(); ++s) {
            QCOMPARE(shown.strokes[s].size(), expected.strokes[s].size());
            for (std::size_t i = 0; i < expected.strokes[s].size(); ++i) {
                QCOMPARE(shown.strokes[s][i].x, expected.strokes[s][i].x);
                QCOMPARE(shown.strokes[s][i].y, expected.strokes[s][i].y);
                QCOMPARE(shown.strokes[s][i].t, expected.strokes[s][i].t);
            }
        }
        QVERIFY(panel->canvas()->isReadOnly()); // a replay is to watch, not to draw on
    }

    void reversalsAreCountedPerDigitAndMarkedInTheList()
    {
        // Mia, in her own class: two of her three 3s faced the other way, one 5 did, her 2s never.
        auto store = openStore(QStringLiteral("reversals.sqlite"));
        QVERIFY(store);
        const auto mia = store->addStudent(QStringLiteral("Mia"), QStringLiteral("R"));
        QVERIFY(mia);
        QVERIFY(add(*store, mia->id, 2, 0, 3, 8, 1, {}, 1, true));
        QVERIFY(add(*store, mia->id, 2, 1, 3, 3, 3, QStringLiteral("none")));
        QVERIFY(add(*store, mia->id, 1, 0, 3, 8, 1, {}, 1, true));
        QVERIFY(add(*store, mia->id, 1, 1, 5, 2, 1, {}, 1, true));
        QVERIFY(add(*store, mia->id, 1, 2, 2, 2, 3, QStringLiteral("none")));
        auto view = openView(store.get());
        QVERIFY(view);
        QVERIFY(choose(*view, QStringLiteral("Mia")));

        QCOMPARE(view->digitTable()->horizontalHeaderItem(DigitFiguresTable::ReversedColumn)->text(),
                 QStringLiteral("Reversed"));
        QCOMPARE(cell(*view, 3, DigitFiguresTable::ReversedColumn), QStringLiteral("2"));
        QCOMPARE(cell(*view, 5, DigitFiguresTable::ReversedColumn), QStringLiteral("1"));
        QCOMPARE(cell(*view, 2, DigitFiguresTable::ReversedColumn), QStringLiteral("0"));
        QCOMPARE(cell(*view, 7, DigitFiguresTable::ReversedColumn), QStringLiteral("\u2013")); // not tried
        QCOMPARE(cell(*view, 3, DigitFiguresTable::FormationColumn), QStringLiteral("none")); // not a hint

        // The list marks each reversal where it says what the drawing was read as.
        QTreeWidget* list = view->attemptsPanel()->list();
        QCOMPARE(list->topLevelItemCount(), 5);
        QStringList reversals;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QString read = list->topLevelItem(i)->text(ProgressAttemptsPanel::ReadColumn);
            if (read.startsWith(QStringLiteral("reversed")))
                reversals << list->topLevelItem(i)->text(ProgressAttemptsPanel::AskedColumn);
        }
        QCOMPARE(reversals, (QStringList{"5", "3", "3"})); // newest first
        // Chosen, it says so in words.
        QTreeWidgetItem* newest = list->topLevelItem(1); // yesterday's 5
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(newest).center());
        QVERIFY2(view->attemptsPanel()->statusText().contains(QStringLiteral("5 asked, written facing the other way")),
                 qPrintable(view->attemptsPanel()->statusText()));
    }

    void exportWritesTheReportOfWhatIsShown()
    {
        auto view = openView(m_store.get());
        QVERIFY(view);
        QVERIFY(choose(*view, kZoe));
        QTemporaryDir out;
        QString error;

        QVERIFY2(view->exportReport(out.filePath(QStringLiteral("zoe.pdf")), &error), qPrintable(error));
        QFile pdf(out.filePath(QStringLiteral("zoe.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        QVERIFY2(view->exportReport(out.filePath(QStringLiteral("zoe.csv")), &error), qPrintable(error));
        QFile csv(out.filePath(QStringLiteral("zoe.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBF" "id,student,group,time,asked_digit")); // BOM, header
        QCOMPARE(lines.size(), 1 + 11 + 1); // the header, Zoë's attempts, and the last line's end

        QVERIFY(!view->exportReport(out.filePath(QStringLiteral("zoe.txt")), &error));
        QVERIFY2(error.contains(QStringLiteral(".pdf")), qPrintable(error));

        // Through the button: the file asked for is written...
        const QString html = out.filePath(QStringLiteral("zoe.html"));
        QString suggested;
        view->setFileAsker([&](const QString& proposal) {
            suggested = proposal;
            return html;
        });
        QSignalSpy exported(view.get(), &ProgressView::exportFinished); // written on a worker thread
        QTest::mouseClick(view->exportButton(), Qt::LeftButton);
        QVERIFY(exported.wait(30000));
        QVERIFY2(suggested.endsWith(QStringLiteral(".pdf")) && suggested.contains(QStringLiteral("Zo\u00eb")),
                 qPrintable(suggested));
        QVERIFY2(!suggested.contains(QLatin1Char('<')), "no character a file system refuses");
        QFile written(html);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(15) == "<!DOCTYPE html>");

        // ...and one that cannot be written is explained in a message.
        view->setFileAsker([&](const QString&) { return out.filePath(QStringLiteral("missing/zoe.pdf")); });
        QTest::mouseClick(view->exportButton(), Qt::LeftButton);
        QVERIFY(exported.wait(30000));
        QVERIFY(!view->problemText().isEmpty());
        auto* box = view->findChild<QMessageBox*>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->text(), view->problemText());
        box->close();
    }

    void aNameFullOfMarkupIsShownAsPlainText()
    {
        QVERIFY(Qt::mightBeRichText(kZoe)); // as rich text, "<b>" would turn the rest bold
        auto view = openView(m_store.get());
        QVERIFY(view);
        QVERIFY(choose(*view, kZoe));
        QCOMPARE(view->subjectChooser()->currentText(), kZoe);
        QLabel* title = view->titleLabel();
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), QStringLiteral("%1 (class 1B)").arg(kZoe));
        // Laid out as plain text, the angle brackets and quotes take their room.
        QVERIFY(title->sizeHint().width() >= title->fontMetrics().horizontalAdvance(title->text()));

        ProgressAttemptsPanel* panel = view->attemptsPanel();
        panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
        QVERIFY(panel->statusText().startsWith(kZoe));
        const auto statusLabels = panel->findChildren<QLabel*>();
        for (const QLabel* label : statusLabels)
            if (label->text().contains(kZoe))
                QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void withoutAStoreItExplainsAndAStoreLaterFillsIt()
    {
        auto view = openView(nullptr);
        QVERIFY(view);
        QVERIFY(!view->showsProgress());
        QVERIFY(view->emptyStateLabel()->isVisible());
        QVERIFY(view->emptyStateLabel()->text().contains(QStringLiteral("no progress store")));
        QString error;
        QVERIFY(!view->exportReport(m_dir.filePath(QStringLiteral("none.pdf")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));

        // A store of its own: only Guest, and no attempts yet.
        auto store = openStore(QStringLiteral("later.sqlite"));
        QVERIFY(store);
        view->setStore(store.get());
        QVERIFY(view->showsProgress());
        QCOMPARE(view->subjectChooser()->currentText(), dt::store::guestName());
        QCOMPARE(view->overviewLabel()->text(), QStringLiteral("No attempts in this period."));
        QVERIFY(view->chart()->successPoints().isEmpty());

        // refresh() reads what was stored since.
        QVERIFY(add(*store, store->guest()->id, 0, 0, 4, 4, 3));
        view->refresh();
        QCOMPARE(cell(*view, 4, DigitFiguresTable::SuccessColumn), QStringLiteral("100%"));
        QCOMPARE(view->chart()->successPoints(), (QList<QPointF>{QPointF(0, 100.0)}));
        view->setStore(nullptr);
        QVERIFY(!view->showsProgress());
    }
};

DT_TEST_MAIN(TestProgressView, QApplication)
#include "test_progress_view.moc"
