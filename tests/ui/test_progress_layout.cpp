// The teacher's progress view on a 1280x800 screen (a school laptop; the offscreen platform
// is given one by tests/ui/screen-1280x800.json): the teacher area opens at a size that
// fits it, and there nothing of the progress view is cut: every header and cell of the
// tables has the width its text needs, every button, list and one-line label too, the
// chart's title and legend fit, and the attempts list shows a good number of attempts.
// Made larger, the window gives the chart and the attempts the room.

#include "practice_window.hpp"
#include "sqlite_store.hpp"
#include "teacher_area_session.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/teacher/digit_figures_table.hpp>
#include <digit_tutor/teacher/progress_attempts_panel.hpp>
#include <digit_tutor/teacher/progress_chart_view.hpp>
#include <digit_tutor/teacher/progress_subject_chooser.hpp>
#include <digit_tutor/teacher/progress_view.hpp>
#include <digit_tutor/teacher/student_figures_table.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>

#include <digit_tutor/engine/model_file.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using dt::store::AttemptRecord;

namespace {

// What is cut in `view`: a header or cell narrower than its text, a visible one-line label,
// button or chooser narrower than it needs, a chart text that does not fit. "" for nothing.
QStringList cutIn(ProgressView& view)
{
    QStringList cut;
    auto checkHeader = [&cut](const QHeaderView* header, const QString& where) {
        for (int i = 0; i < header->count(); ++i)
            if (!header->isSectionHidden(i) && header->sectionSize(i) < header->sectionSizeHint(i))
                cut << QStringLiteral("%1 header %2: %3 < %4")
                           .arg(where, header->model()->headerData(i, Qt::Horizontal).toString())
                           .arg(header->sectionSize(i))
                           .arg(header->sectionSizeHint(i));
    };
    for (QTableWidget* table : {static_cast<QTableWidget*>(view.digitTable()), static_cast<QTableWidget*>(view.studentTable())}) {
        if (!table->isVisible())
            continue;
        checkHeader(table->horizontalHeader(), table->accessibleName());
        const QAbstractItemView* asView = table;
        for (int column = 0; column < table->columnCount(); ++column)
            if (table->columnWidth(column) < asView->sizeHintForColumn(column))
                cut << QStringLiteral("%1 column %2: %3 < %4")
                           .arg(table->accessibleName(), table->horizontalHeaderItem(column)->text())
                           .arg(table->columnWidth(column))
                           .arg(asView->sizeHintForColumn(column));
    }
    QTreeWidget* list = view.attemptsPanel()->list();
    checkHeader(list->header(), QStringLiteral("attempts"));
    for (QWidget* w : view.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        const auto* label = qobject_cast<QLabel*>(w);
        const bool oneLine = (label && !label->wordWrap() && !label->text().isEmpty()) || qobject_cast<QAbstractButton*>(w) ||
                             qobject_cast<QComboBox*>(w);
        if (oneLine && w->width() < w->minimumSizeHint().width())
            cut << QStringLiteral("%1 \"%2\": %3 < %4")
                       .arg(QString::fromLatin1(w->metaObject()->className()),
                            label ? label->text() : w->accessibleName())
                       .arg(w->width())
                       .arg(w->minimumSizeHint().width());
    }
    for (const QString& text : view.chart()->cutTexts())
        cut << QStringLiteral("chart \"%1\"").arg(text);
    return cut;
}

int rowsShown(QTreeWidget* list)
{
    const int row = list->sizeHintForRow(0);
    return row > 0 ? list->viewport()->height() / row : 0;
}

} // namespace

class TestProgressLayout : public QObject {
    Q_OBJECT

    std::shared_ptr<const dt::DigitModel> m_model;
    QTemporaryDir m_dir;
    QTemporaryDir m_attempts;
    std::unique_ptr<MainWindow> m_window;

    // Opens the teacher area at its own size, lets `use` work in it once shown, then closes it.
    void inTeacherArea(const std::function<void(TeacherArea&)>& use)
    {
        QVERIFY(dt::test::inTeacherArea(*m_window, [&use](TeacherArea& area) {
            QVERIFY(QTest::qWaitForWindowExposed(&area));
            use(area);
        }));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QSize screen = QGuiApplication::primaryScreen()->size();
        if (screen != QSize(1280, 800)) {
            const QByteArray why = QStringLiteral("the screen is %1x%2, not 1280x800: run it through ctest, which gives "
                                                  "the offscreen platform tests/ui/screen-1280x800.json")
                                       .arg(screen.width())
                                       .arg(screen.height())
                                       .toUtf8();
            DT_SKIP_MISSING(why.constData());
        }
        m_model = std::make_shared<const dt::DigitModel>(dt::loadModel(dt::test::defaultModelPath().toStdString()));
        m_window = dt::test::openPracticeWindow(m_model, m_attempts);
        QVERIFY(m_window);
        auto store = dt::test::openSqliteStore(m_dir.filePath(QStringLiteral("school.sqlite")));
        QVERIFY(store);
        // Three weeks of a class of two: each day a few attempts, some misread, some with a hint.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const char* name : {"Zo\u00eb", "Benedict-Alexander"}) {
            const auto student = store->addStudent(QString::fromUtf8(name), QStringLiteral("1B"));
            QVERIFY(student);
            for (int day = 0; day < 21; ++day)
                for (int k = 0; k < 4; ++k) {
                    AttemptRecord a;
                    a.studentId = student->id;
                    a.when = now.addDays(day - 21).addSecs(60 * k);
                    a.askedDigit = (day * 4 + k) % 10;
                    const bool missed = (day + k) % 3 == 0;
                    a.recognisedDigit = missed ? (a.askedDigit + 1) % 10 : a.askedDigit;
                    a.stars = missed ? 1 : 3;
                    a.formation = (day + k) % 5 == 0 ? QStringLiteral("start")
                                : (day + k) % 5 == 1 ? QStringLiteral("direction")
                                                     : QStringLiteral("none");
                    QVERIFY(store->addAttempt(a));
                }
        }
        m_window->setProgressStore(std::move(store));
    }

    void theTeacherAreaFitsTheScreen()
    {
        inTeacherArea([](TeacherArea& area) {
            const QRect screen = area.screen()->availableGeometry();
            QVERIFY2(area.width() <= screen.width() && area.height() + 40 <= screen.height(),
                     qPrintable(QStringLiteral("%1x%2").arg(area.width()).arg(area.height())));
            // Not a small window in the middle of the screen either.
            QVERIFY2(area.width() >= 1100 && area.height() >= 680,
                     qPrintable(QStringLiteral("%1x%2").arg(area.width()).arg(area.height())));
        });
    }

    void nothingIsCutAtTheDefaultSize_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::newRow("a student") << QStringLiteral("Benedict-Alexander");
        QTest::newRow("the class") << QStringLiteral("Class 1B");
    }
    void nothingIsCutAtTheDefaultSize()
    {
        QFETCH(QString, subject);
        inTeacherArea([&subject](TeacherArea& area) {
            ProgressView* view = area.progressView();
            area.tabs()->setCurrentWidget(view);
            view->subjectChooser()->setCurrentIndex(view->subjectChooser()->findText(subject));
            QCOMPARE(view->subjectChooser()->currentText(), subject);
            if (view->scope().isClass)
                view->figureTabs()->setCurrentWidget(view->studentTable());
            QApplication::processEvents();
            QCOMPARE(int(view->attempts().size()), view->scope().isClass ? 168 : 84);

            const QStringList cut = cutIn(*view);
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
            // Every digit's row without scrolling, and a good part of the attempts.
            DigitFiguresTable* table = view->digitTable();
            if (table->isVisible())
                QVERIFY2(table->viewport()->height() >= table->rowViewportPosition(9) + table->rowHeight(9),
                         "the ten digits' rows");
            const int rows = rowsShown(view->attemptsPanel()->list());
            QVERIFY2(rows >= 10, qPrintable(QStringLiteral("%1 attempts shown").arg(rows)));
        });
    }

    void aLargerWindowGivesTheChartAndTheAttemptsTheRoom()
    {
        inTeacherArea([](TeacherArea& area) {
            ProgressView* view = area.progressView();
            area.tabs()->setCurrentWidget(view);
            view->subjectChooser()->setCurrentIndex(view->subjectChooser()->findText(QStringLiteral("Zo\u00eb")));
            QApplication::processEvents();
            const QSize chart = view->chart()->canvas()->size();
            const int rows = rowsShown(view->attemptsPanel()->list());

            area.resize(area.size() + QSize(300, 200));
            QApplication::processEvents();
            const QSize grown = view->chart()->canvas()->size();
            QVERIFY2(grown.width() > chart.width() + 100 && grown.height() > chart.height() + 50,
                     qPrintable(QStringLiteral("%1x%2 -> %3x%4")
                                    .arg(chart.width())
                                    .arg(chart.height())
                                    .arg(grown.width())
                                    .arg(grown.height())));
            QVERIFY(rowsShown(view->attemptsPanel()->list()) > rows);
            QVERIFY(cutIn(*view).isEmpty());
        });
    }
};

DT_TEST_MAIN(TestProgressLayout, QApplication)
#include "test_progress_layout.moc"
