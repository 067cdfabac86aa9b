// digit_tutor_screenshots OUT_DIR [WIDTHxHEIGHT [LANGUAGE]]: saves a picture of each main screen of the
// app on the default model, in a window of that size (default 1024x600, the smallest screen
// the app is made for), for a person to look at (text fits, nothing overlaps). Run under
// QT_QPA_PLATFORM=offscreen with QT_SCALE_FACTOR=1 and 2 (scripts/screenshots.sh); the
// files are named after the screen, the window size and a device pixel ratio above 1, e.g.
// practice-empty@1024x600.png, practice-empty@1920x1080.png, practice-empty@1024x600@2x.png.
// Real pen digits come from data/handwriting/pendigits-train.jsonl (shipped with the project). Settings go to
// QStandardPaths' test folder, and speech is off: the pictures must not depend on, or
// change, the user's own choices. LANGUAGE (a locale name, default en_GB) is the app's, the
// teacher's and the children's alike.

#include "practice_parts.hpp"
#include "mirrored_digits.hpp"
#include "replay.hpp"
#include "sqlite_store.hpp"
#include "test_paths.hpp"

#include <digit_tutor/teacher/attempts_dialog.hpp>
#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/common/stroke_player.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/teacher/progress_subject_chooser.hpp>
#include <digit_tutor/teacher/progress_view.hpp>
#include <digit_tutor/teacher/student_figures_table.hpp>
#include <digit_tutor/teacher/model_page.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>
#include <digit_tutor/shell/app_language.hpp>
#include <digit_tutor/practice/show_me_coach.hpp>
#include <digit_tutor/practice/show_me_overlay.hpp>
#include <digit_tutor/practice/student_picker.hpp>

#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/trajectory.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLocale>
#include <QTabWidget>
#include <QToolButton>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>
#include <exception>
#include <memory>

namespace {

struct Shooter {
    MainWindow* window;
    QString dir;
    QString suffix;
    int failures = 0;

    void save(const QString& name, QWidget* widget = nullptr)
    {
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
        const QPixmap shot = (widget ? widget : window)->grab();
        if (shot.save(file)) {
            QTextStream(stdout) << file << ' ' << shot.width() << 'x' << shot.height() << '\n';
        } else {
            QTextStream(stderr) << "cannot write " << file << '\n';
            ++failures;
        }
    }
};

// Draws on the canvas and waits for the live verdict.
void draw(PracticePage* page, const std::vector<dt::test::PixelStroke>& strokes)
{
    dt::test::replay(dt::test::canvas(page), strokes);
    if (!QTest::qWaitFor([page] { return !dt::test::looksLikeText(page).isEmpty(); }, 2000))
        QTextStream(stderr) << "no verdict after drawing\n";
}

std::vector<dt::test::PixelStroke> fitted(const dt::Drawing& digit, const DrawingCanvas* canvas)
{
    return dt::test::fitToWidget(digit, canvas->width(), canvas->height());
}

dt::test::PixelStroke scribble()
{
    dt::test::PixelStroke s;
    for (int i = 0; i < 200; ++i)
        s.push_back(QPoint(i % 2 ? 380 : 20, 20 + i));
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // By default as an English teacher sees it: numbers grouped, the plural forms of the
    // English file.
    AppLanguage language(app);
    const QLocale locale(argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("en_GB"));
    if (language.use(locale) != locale) {
        QTextStream(stderr) << "the app has no translation for " << locale.name() << '\n';
        return 1;
    }
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    if (!QDir().mkpath(outDir)) {
        QTextStream(stderr) << "cannot create " << outDir << '\n';
        return 1;
    }

    std::shared_ptr<const dt::DigitModel> model;
    std::vector<dt::Drawing> digits, allDrawn;
    try {
        model = std::make_shared<const dt::DigitModel>(dt::loadModel(dt::test::defaultModelPath().toStdString()));
        const QString path = dt::test::handwritingPath();
        if (!QFile::exists(path)) {
            QTextStream(stderr) << path << " is absent: no real digits to draw\n";
            return 1;
        }
        allDrawn = dt::loadDrawings(path.toStdString());
        digits = dt::test::firstClearOfEachDigit(allDrawn, *model);
    } catch (const std::exception& e) {
        QTextStream(stderr) << e.what() << '\n';
        return 1;
    }

    QSize size(1024, 600);
    if (argc > 2) {
        const QStringList wh = QString::fromLocal8Bit(argv[2]).split(QLatin1Char('x'));
        if (wh.size() != 2 || wh[0].toInt() < 320 || wh[1].toInt() < 240) {
            QTextStream(stderr) << "the window size is WIDTHxHEIGHT, e.g. 1920x1080\n";
            return 2;
        }
        size = QSize(wh[0].toInt(), wh[1].toInt());
    }

    MainWindow window(model);
    window.setSpeechEnabled(false);
    window.setSoundsEnabled(false);
    QTemporaryDir attempts; // what Done saves here is shown in the Saved Attempts window
    window.setAttemptFolder(attempts.path());
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        QTextStream(stderr) << "the window was not shown\n";
        return 1;
    }
    const int ratio = int(std::lround(window.devicePixelRatioF()));
    const QString sizeName = QStringLiteral("@%1x%2").arg(size.width()).arg(size.height());
    Shooter shoot{&window, outDir, ratio > 1 ? sizeName + QStringLiteral("@%1x").arg(ratio) : sizeName};
    if (window.size() != size)
        QTextStream(stderr) << "the window is " << window.width() << 'x' << window.height() << ", not the "
                            << size.width() << 'x' << size.height() << " asked: the page does not fit it\n";
    // As the app starts: with the ways of writing (Show me, the marks on Trace, the hints).
    if (!window.loadWritingWaysFile(dt::test::sourceDir() + QStringLiteral("/models/default.ways")))
        ++shoot.failures;
    PracticePage* page = window.practicePage();
    DrawingCanvas* canvas = dt::test::canvas(page);

    page->setAskedDigit(4);
    shoot.save(QStringLiteral("practice-empty"));

    draw(page, fitted(digits[4], canvas));
    shoot.save(QStringLiteral("practice-digit"));

    page->done(); // shows the drawing on the guide
    dt::test::starsView(page)->finishAnimation();
    shoot.save(QStringLiteral("practice-done"));
    // Three stars: the celebration, caught in the middle.
    if (page->stars() == 3) {
        Celebration* party = dt::test::celebration(page);
        QTest::qWait(Celebration::durationMs(Celebration::Kind::ThreeStars) / 3);
        shoot.save(QStringLiteral("practice-celebration"));
        party->finish();
    }

    page->setAskedDigit(4);
    draw(page, fitted(digits[1], canvas));
    page->done();
    dt::test::starsView(page)->finishAnimation();
    shoot.save(QStringLiteral("practice-compare-wrong-digit"));

    page->setAskedDigit(4);
    page->setTracing(true);
    shoot.save(QStringLiteral("practice-trace"));
    draw(page, fitted(digits[4], canvas));
    shoot.save(QStringLiteral("practice-trace-digit"));

    // Three successes on the 4: its guide and template fade one step.
    for (int i = 0; i < 3; ++i) {
        page->clear();
        draw(page, fitted(digits[4], canvas));
        page->done();
    }
    page->clear();
    shoot.save(QStringLiteral("practice-trace-faded"));
    page->setTracing(false);

    window.leftHandedAction()->setChecked(true);
    page->setAskedDigit(4);
    draw(page, fitted(digits[4], canvas));
    page->done();
    dt::test::starsView(page)->finishAnimation();
    dt::test::celebration(page)->stop();
    shoot.save(QStringLiteral("practice-done-left-handed"));
    window.leftHandedAction()->setChecked(false);

    page->setAskedDigit(7);
    draw(page, {scribble()});
    page->done();
    dt::test::starsView(page)->finishAnimation();
    shoot.save(QStringLiteral("practice-scribble"));

    // "Show me": the 7 written over its guide, at its start, middle and end.
    page->setAskedDigit(7);
    page->showMe();
    StrokePlayer* demo = dt::test::coach(page)->overlay()->player();
    auto waitFor = [&shoot](auto done, int ms) {
        if (!QTest::qWaitFor(done, ms)) {
            QTextStream(stderr) << "the Show me animation did not get there\n";
            ++shoot.failures;
        }
    };
    waitFor([demo] { return demo->pointsShown() >= 6; }, 5000);
    shoot.save(QStringLiteral("show-me-start"));
    waitFor([demo] { return demo->pointsShown() >= demo->pointCount() / 2; }, 10000);
    shoot.save(QStringLiteral("show-me-middle"));
    waitFor([demo] { return !demo->isPlaying(); }, 10000);
    shoot.save(QStringLiteral("show-me-end"));
    dt::test::coach(page)->stop();

    // A 2 written backwards: recognised, three stars, and a hint where to start.
    page->setAskedDigit(2);
    draw(page, fitted(dt::withReversedStrokes(digits[2]), canvas));
    page->done();
    dt::test::starsView(page)->finishAnimation();
    dt::test::celebration(page)->stop();
    shoot.save(QStringLiteral("hint-backwards-2"));

    // A 3 facing the other way: said, shown mirrored on the guide, then turned round.
    page->setAskedDigit(3);
    const std::vector<dt::Drawing> reversed = dt::test::reversedDigits(
        *model, allDrawn, 3, 3, 1,
        [canvas](const dt::Drawing& d) { return dt::test::fittedDrawing(d, canvas->width(), canvas->height()); });
    if (reversed.empty()) {
        QTextStream(stderr) << "the model calls no mirrored 3 reversed\n";
        ++shoot.failures;
    } else {
        draw(page, fitted(reversed.front(), canvas));
        page->done();
        dt::test::starsView(page)->finishAnimation();
        shoot.save(QStringLiteral("practice-reversed-3"));
        GuideView* guide = dt::test::guideView(page);
        if (!QTest::qWaitFor([guide] { return !guide->isTurning(); }, 5000))
            ++shoot.failures;
        shoot.save(QStringLiteral("practice-reversed-3-turned"));
    }

    page->setFreeMode(true);
    draw(page, fitted(digits[2], canvas));
    shoot.save(QStringLiteral("free-digit"));

    // The smallest window the layout allows, with the longest texts: they must still fit.
    page->setFreeMode(false);
    window.resize(window.minimumSizeHint());
    QApplication::processEvents();
    page->setAskedDigit(7);
    draw(page, {scribble()});
    page->done();
    shoot.save(QStringLiteral("practice-scribble-smallest"));

    page->setAskedDigit(8);
    draw(page, fitted(digits[1], canvas));
    page->done();
    shoot.save(QStringLiteral("practice-compare-smallest"));

    page->setAskedDigit(2);
    draw(page, fitted(dt::withReversedStrokes(digits[2]), canvas));
    page->done();
    shoot.save(QStringLiteral("hint-backwards-2-smallest"));

    // The teacher area on three weeks of a class's practice: real pen digits, some misread,
    // some with a formation hint.
    QTemporaryDir school;
    auto store = dt::test::openSqliteStore(school.path() + QStringLiteral("/school.sqlite"));
    if (!store)
        return 1;
    const QStringList names{QStringLiteral("Zoë"), QStringLiteral("Ben"), QStringLiteral("Ana")};
    std::vector<dt::store::Student> pupils;
    for (const QString& name : names)
        pupils.push_back(*store->addStudent(name, name == QStringLiteral("Ana") ? QStringLiteral("2A") : QStringLiteral("1B"),
                                            name == QStringLiteral("Zoë")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int day = 0; day < 21; ++day)
        for (std::size_t p = 0; p < pupils.size(); ++p)
            for (int k = 0; k < 3; ++k) {
                dt::store::AttemptRecord r;
                r.studentId = pupils[p].id;
                r.when = now.addDays(day - 21).addSecs(60 * (k + 10 * int(p)));
                r.askedDigit = (day * 3 + k + int(p)) % 10;
                const bool missed = (day + k + int(p)) % (day < 10 ? 3 : 6) == 0;
                r.recognisedDigit = missed ? (r.askedDigit + 1) % 10 : r.askedDigit;
                r.posterior = missed ? 0.1 : 0.95;
                r.stars = missed ? 1 : 2 + (day + k) % 2;
                r.formation = missed ? QString() : ((day + k) % 7 == 0 ? QStringLiteral("direction") : QStringLiteral("none"));
                r.model = window.modelIdentity();
                r.strokes = digits[std::size_t(r.recognisedDigit)];
                store->addAttempt(r);
            }
    // A child who left: archived, listed greyed at the end of the Students page, in no list.
    if (const auto max = store->addStudent(QStringLiteral("Max"), QStringLiteral("1B")))
        store->archiveStudent(max->id);
    window.setProgressStore(std::move(store));
    {
        // Saved Attempts: the store's attempts of every child (those made above went in with
        // the store), the newest replayed to its end; then an attempt the store could not
        // take, waiting apart.
        dt::store::AttemptRecord kept = window.progressStore()->attempts()->back();
        kept.student = QStringLiteral("Ben");
        kept.key.clear();
        window.attemptArchive()->keep(kept);
        AttemptsDialog dialog(window.progressStore(), window.attemptArchive(), {.child = window.student(), .teacher = true},
                              QString(), &window);
        dialog.player()->setSpeed(100.0);
        dialog.show();
        auto replayed = [&dialog] { return QTest::qWaitFor([&dialog] { return !dialog.player()->isPlaying(); }, 5000); };
        if (!replayed())
            QTextStream(stderr) << "the replay did not finish\n";
        shoot.save(QStringLiteral("saved-attempts"), &dialog);
        dialog.tabs()->setCurrentIndex(AttemptsDialog::KeptTab);
        if (!replayed())
            QTextStream(stderr) << "the replay did not finish\n";
        shoot.save(QStringLiteral("saved-attempts-waiting"), &dialog);
    }
    {
        // "Who is writing?": each child taps their own name and colour.
        window.resize(size);
        StudentPicker picker(*window.progressStore()->students(), &window);
        picker.show();
        if (QTest::qWaitForWindowExposed(&picker))
            shoot.save(QStringLiteral("who-is-writing"), &picker);
    }
    QObject::connect(&window, &MainWindow::teacherAreaOpened, &window, [&shoot, zoe = pupils.front().id](TeacherArea* area) {
        QTimer::singleShot(0, area, [&shoot, zoe, area] {
            // At the size it opens at on this screen, as a teacher first sees it.
            const QStringList tabs{QStringLiteral("teacher-students"), QStringLiteral("teacher-progress"),
                                   QStringLiteral("teacher-model"), QStringLiteral("teacher-settings")};
            for (int i = 0; i < tabs.size(); ++i) {
                area->tabs()->setCurrentIndex(i);
                if (i == 1) {
                    // By the store's id: the name shows in the app's language's way.
                    area->progressView()->subjectChooser()->chooseStudent(zoe);
                }
                shoot.save(tabs[i], area);
                if (i == 2) {
                    area->modelPage()->detailsButton()->click();
                    shoot.save(QStringLiteral("teacher-model-details"), area);
                    area->modelPage()->detailsButton()->click();
                }
                if (i == 1) {
                    // The class, with its students' table beside the digits'.
                    ProgressView* view = area->progressView();
                    view->subjectChooser()->setCurrentIndex(view->subjectChooser()->findText(
                        ProgressSubjectChooser::tr("Class %1").arg(QStringLiteral("1B"))));
                    view->figureTabs()->setCurrentWidget(view->studentTable());
                    shoot.save(QStringLiteral("teacher-progress-class"), area);
                }
            }
            area->accept();
        });
    });
    window.openTeacherArea();

    return shoot.failures == 0 ? 0 : 1;
}
