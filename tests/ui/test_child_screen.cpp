// The child's practice screen as a five-year-old who cannot read meets it, state by state:
// a fresh start, a right digit, a wrong one, a digit written facing the other way (in
// practice and in free drawing), a scribble, Done on an empty canvas, Done and then more
// ink, another child sitting down, a left-handed child. Each state is checked for
// what is shown (stars, words, guide) and for what is heard: every message goes through a
// recording speech engine (RecordingSpeech) and every sound through SoundEffects::played.
// Then the room around the page: no menu bar, no key that loads a file or quits, quitting
// only by holding the door button (and the PIN once one is set), F11 for full screen, and
// each child's own practice plan, kept in the store across a restart.

#include "mirrored_digits.hpp"
#include "practice_parts.hpp"
#include "practice_window.hpp"
#include "recording_speech.hpp"
#include "replay.hpp"
#include "sqlite_store.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/common/child_style.hpp>
#include <digit_tutor/common/hold_button.hpp>
#include <digit_tutor/common/turn_round.hpp>
#include <digit_tutor/progress/attempt_archive.hpp>
#include <digit_tutor/engine/trajectory.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/practice/sound_effects.hpp>
#include <digit_tutor/progress/progress_store.hpp>
#include <digit_tutor/progress/teacher_lock.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>
#include <digit_tutor/teacher/unlock_dialog.hpp>

#include <QApplication>
#include <QLayout>
#include <QLineEdit>
#include <QWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using Sound = SoundEffects::Sound;

class TestChildScreen : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    std::vector<dt::Drawing> m_digits;
    std::vector<dt::Drawing> m_allDigits; // every pen digit of the handwriting
    std::unique_ptr<QTemporaryDir> m_attempts;
    std::unique_ptr<MainWindow> m_window;
    PracticePage* m_page = nullptr;
    dt::test::RecordingSpeech* m_speech = nullptr; // owned by the page's speaker
    std::unique_ptr<QSignalSpy> m_sounds;

    /// What was said since the last call, and forgets it.
    QStringList heard()
    {
        QCoreApplication::processEvents(); // the speaker speaks on the next turn of the loop
        QStringList said = m_speech->spoken().mid(m_heardSoFar);
        m_heardSoFar = int(m_speech->spoken().size());
        return said;
    }
    int m_heardSoFar = 0;

    /// The sounds played since the last call, and forgets them.
    QList<Sound> played()
    {
        QList<Sound> sounds;
        for (const QList<QVariant>& call : *m_sounds)
            sounds.append(call.at(0).value<Sound>());
        m_sounds->clear();
        return sounds;
    }

    void draw(int digit)
    {
        DrawingCanvas* canvas = dt::test::canvas(m_page);
        dt::test::replay(canvas, dt::test::fitToWidget(m_digits[std::size_t(digit)], canvas->width(), canvas->height()));
        QTRY_VERIFY(!m_window->controller()->isPending());
    }

    /// Real pen 3s (or `digit`s) flipped left to right, as the page will see them on its
    /// canvas, that the model calls reversed with `asked` asked (-1: free drawing).
    std::vector<dt::Drawing> mirroredOnCanvas(int digit, int asked)
    {
        const DrawingCanvas* canvas = dt::test::canvas(m_page);
        const auto onCanvas = [canvas](const dt::Drawing& d) {
            return dt::test::fittedDrawing(d, canvas->width(), canvas->height());
        };
        return dt::test::reversedDigits(*m_model, m_allDigits, digit, asked, 3, onCanvas);
    }

    void drawAsIs(const dt::Drawing& drawing)
    {
        DrawingCanvas* canvas = dt::test::canvas(m_page);
        dt::test::replay(canvas, dt::test::fitToWidget(drawing, canvas->width(), canvas->height()));
        QTRY_VERIFY(!m_window->controller()->isPending());
    }

    /// How alike two pictures of the same size are: the mean difference of their grey, 0..255.
    static double difference(const QImage& a, const QImage& b)
    {
        const QImage x = a.convertToFormat(QImage::Format_Grayscale8), y = b.convertToFormat(QImage::Format_Grayscale8);
        double sum = 0.0;
        for (int row = 0; row < x.height(); ++row)
            for (int column = 0; column < x.width(); ++column)
                sum += std::abs(int(x.constScanLine(row)[column]) - int(y.constScanLine(row)[column]));
        return sum / (double(x.width()) * x.height());
    }

    void scribble()
    {
        dt::test::PixelStroke zigzag;
        for (int i = 0; i < 300; ++i)
            zigzag.push_back(QPoint(i % 2 ? 380 : 20, 20 + i));
        dt::test::replayStroke(dt::test::canvas(m_page), zigzag);
        QTRY_VERIFY(!m_window->controller()->isPending());
    }

    /// Opens the window with speech on through a recording engine, and sounds on.
    void openWindow()
    {
        m_window = dt::test::openPracticeWindow(m_model, *m_attempts);
        QVERIFY(m_window);
        m_page = m_window->practicePage();
        auto engine = std::make_unique<dt::test::RecordingSpeech>();
        m_speech = engine.get();
        dt::test::speaker(m_page)->setEngine(std::move(engine));
        m_heardSoFar = 0;
        m_window->setSpeechEnabled(true);
        m_window->setSoundsEnabled(true);
        m_sounds = std::make_unique<QSignalSpy>(dt::test::sounds(m_page), &SoundEffects::played);
        heard();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto loaded = dt::test::loadDefaultModelAndDigits();
        m_model = loaded.model;
        m_digits = std::move(loaded.digits);
        m_allDigits = dt::loadDrawings(dt::test::handwritingPath().toStdString());
    }

    void init()
    {
        m_attempts = std::make_unique<QTemporaryDir>();
        openWindow();
    }

    void cleanup()
    {
        m_sounds.reset();
        m_window.reset();
        QSettings().clear();
    }

    void aFreshStartAsksForADigitAloud()
    {
        m_page->setAskedDigit(3);
        QCOMPARE(dt::test::promptText(m_page), QStringLiteral("Write a 3"));
        QCOMPARE(heard(), QStringList{QStringLiteral("Write a 3")});
        QCOMPARE(dt::test::starsView(m_page)->stars(), -1);
        QVERIFY(dt::test::praiseText(m_page).isEmpty());
        QVERIFY(!dt::test::meter(m_page)->hasValue());
        QVERIFY(!dt::test::guideView(m_page)->guide().isNull()); // the guide to copy, before any ink
        QVERIFY(dt::test::canvas(m_page)->writingLinesVisible());
        QVERIFY(played().isEmpty());

        // "Say it again" says it again.
        QVERIFY(dt::test::sayAgainButton(m_page)->isVisible());
        QTest::mouseClick(dt::test::sayAgainButton(m_page), Qt::LeftButton);
        QCOMPARE(heard(), QStringList{QStringLiteral("Write a 3")});
        // "an 8", not "a 8".
        m_page->setAskedDigit(8);
        QCOMPARE(heard(), QStringList{QStringLiteral("Write an 8")});
    }

    void aRightDigitEarnsStarsPraiseAndASound()
    {
        m_page->setAskedDigit(0);
        heard();
        draw(0);
        QVERIFY(heard().isEmpty()); // nothing is said while the child writes
        QTest::mouseClick(dt::test::doneButton(m_page), Qt::LeftButton);
        QVERIFY(m_page->stars() >= 2);
        StarsView* stars = dt::test::starsView(m_page);
        QVERIFY(stars->isAnimating()); // they arrive one by one
        QTRY_COMPARE(stars->stars(), m_page->stars());
        const QString praise = dt::test::praiseText(m_page);
        QVERIFY(!praise.isEmpty());
        QCOMPARE(heard(), QStringList{praise});
        QCOMPARE(played(), QList<Sound>{m_page->stars() == 3 ? Sound::ThreeStars : Sound::Success});
        QCOMPARE(dt::test::celebration(m_page)->isRunning(), m_page->stars() == 3);
        // The meter has no numbers: its words are for screen readers.
        QVERIFY(!dt::test::meter(m_page)->text().contains(QRegularExpression(QStringLiteral("\\d"))));
    }

    void aWrongDigitIsToldWhatItLooksLikeAndWhatToWrite()
    {
        m_page->setAskedDigit(4);
        heard();
        draw(0);
        m_page->done();
        QCOMPARE(m_page->stars(), 1);
        const QString expected = QStringLiteral("That looks like a 0. Let's write a 4!");
        QCOMPARE(dt::test::praiseText(m_page), expected);
        QCOMPARE(heard(), QStringList{expected});
        QCOMPARE(played(), QList<Sound>{Sound::TryAgain});
        QVERIFY(!dt::test::celebration(m_page)->isRunning());
    }

    void aDigitLearntIsCelebrated()
    {
        // Eight good 1s so far: the ninth fades the guide to its last step, a digit learnt.
        dt::PracticePlan plan(5);
        for (int i = 0; i < 8; ++i)
            plan.recordAttempt(1, true);
        QCOMPARE(plan.level(1), plan.maxLevel() - 1);
        m_page->setPracticePlan(plan);
        m_page->setAskedDigit(1);
        heard();
        draw(1);
        m_page->done();
        QCOMPARE(m_page->practicePlan().level(1), m_page->practicePlan().maxLevel());
        QVERIFY(dt::test::celebration(m_page)->isRunning());
        QCOMPARE(dt::test::celebration(m_page)->kind(), Celebration::Kind::DigitLearnt);
        QVERIFY(played().contains(Sound::DigitLearnt));
        const QString learnt = QStringLiteral("You can write a 1 all by yourself!");
        QCOMPARE(dt::test::praiseText(m_page), learnt);
        QCOMPARE(heard(), QStringList{learnt});
        // It plays by itself and goes.
        QTRY_VERIFY_WITH_TIMEOUT(!dt::test::celebration(m_page)->isRunning(),
                                 Celebration::durationMs(Celebration::Kind::DigitLearnt) + 2000);
    }

    void theFormationHintIsSaidToo()
    {
        QVERIFY(m_window->loadWritingWaysFile(dt::test::sourceDir() + QStringLiteral("/models/default.ways")));
        m_page->setAskedDigit(2);
        heard();
        DrawingCanvas* canvas = dt::test::canvas(m_page);
        dt::test::replay(canvas, dt::test::fitToWidget(dt::withReversedStrokes(m_digits[2]), canvas->width(),
                                                       canvas->height()));
        QTRY_VERIFY(!m_window->controller()->isPending());
        m_page->done();
        QVERIFY2(m_page->hintText().contains(QStringLiteral("green dot")), qPrintable(m_page->hintText()));
        QVERIFY(dt::test::praiseText(m_page).endsWith(m_page->hintText()));
        QCOMPARE(heard(), QStringList{dt::test::praiseText(m_page)}); // the praise, then the hint, as one
    }

    void aDigitFacingTheOtherWayIsSaidAndTheGuideTurnsRound()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("class.sqlite"));
        {
            auto store = dt::test::openSqliteStore(file);
            QVERIFY(store);
            m_window->setProgressStore(std::move(store));
        }
        QVERIFY(m_window->loadWritingWaysFile(dt::test::sourceDir() + QStringLiteral("/models/default.ways")));
        m_page->setAskedDigit(3);
        heard();
        const std::vector<dt::Drawing> mirrored = mirroredOnCanvas(3, 3);
        QVERIFY2(!mirrored.empty(), "the model calls none of the handwriting's 3s, flipped, a reversed 3");
        drawAsIs(mirrored.front());
        // While drawing, the meter's reading does not look for a reversal (it would read
        // every half-drawn digit flipped); the drawing handed in does.
        QCOMPARE(m_window->controller()->lastVerdict().reversedDigit, -1);
        GuideView* guide = dt::test::guideView(m_page);
        const QImage rightWayRound = guide->grab().toImage();
        QTest::mouseClick(dt::test::doneButton(m_page), Qt::LeftButton);
        QCOMPARE(m_window->controller()->lastVerdict().reversedDigit, 3);

        // Shown first as the child wrote it: the guide's 3 mirrored.
        QVERIFY(guide->isTurning());
        QCOMPARE(guide->horizontalScale(), -1.0);
        const QImage asWritten = guide->grab().toImage();
        QVERIFY2(difference(asWritten, rightWayRound.mirrored(true, false)) < difference(asWritten, rightWayRound),
                 "the guide at the start of the turn is not the mirror image of the guide");
        // Said and shown in words, one star, no formation hint on top.
        const QString expected = QStringLiteral("Your 3 is facing the other way. Let's turn it round!");
        QCOMPARE(dt::test::praiseText(m_page), expected);
        QCOMPARE(heard(), QStringList{expected});
        QCOMPARE(m_page->stars(), 1);
        QTRY_COMPARE(dt::test::starsView(m_page)->stars(), 1);
        QCOMPARE(played(), QList<Sound>{Sound::TryAgain});
        QVERIFY2(m_page->hintText().isEmpty(), qPrintable(m_page->hintText()));
        QVERIFY(!dt::test::differenceView(m_page)->isVisible()); // the guide, not a comparison over it

        // It turns round by itself, through narrower pictures, and settles the right way.
        QSignalSpy turned(guide, &GuideView::turnedRound);
        QTRY_VERIFY(guide->horizontalScale() > -1.0 && guide->horizontalScale() < 1.0);
        QTRY_VERIFY_WITH_TIMEOUT(!guide->isTurning(), TurnRound::durationMs() + 2000);
        QCOMPARE(turned.count(), 1);
        QCOMPARE(guide->horizontalScale(), 1.0);

        // The progress store keeps it as a reversal: one star, and none of the formation hints.
        auto store = dt::test::openSqliteStore(file);
        QVERIFY(store);
        const auto attempts = store->attempts();
        QVERIFY(attempts && attempts->size() == 1);
        QVERIFY(attempts->front().reversed);
        QCOMPARE(attempts->front().askedDigit, 3);
        QCOMPARE(attempts->front().stars, 1);
        QCOMPARE(attempts->front().formation, QString());

        // New ink starts a new attempt: the words go, and a turn under way would stop.
        m_page->done();
        QCOMPARE(heard(), QStringList{expected}); // Done again says it again
        QTest::mouseClick(dt::test::clearButton(m_page), Qt::LeftButton);
        QVERIFY(!guide->isTurning());
        // The same child's 3 the right way round is no reversal.
        drawAsIs(m_digits[3]);
        heard();
        m_page->done();
        QVERIFY(m_page->stars() >= 2);
        QVERIFY(!guide->isTurning());
        QVERIFY(!dt::test::praiseText(m_page).contains(QStringLiteral("other way")));
        QCOMPARE(store->attempts()->size(), std::size_t(2));
        QVERIFY(!store->attempts()->back().reversed);
    }

    void inFreeDrawingAnyDigitFacingTheOtherWayIsSaidSo()
    {
        dt::test::freeModeButton(m_page)->click();
        heard();
        // Free drawing looks harder before it calls a drawing reversed: any of these will do.
        std::vector<dt::Drawing> mirrored;
        int digit = -1;
        for (int d : {3, 2, 5, 7, 4, 6, 9}) {
            mirrored = mirroredOnCanvas(d, -1);
            if (!mirrored.empty()) {
                digit = d;
                break;
            }
        }
        QVERIFY2(digit >= 0, "the model calls no flipped pen digit reversed in free drawing");
        drawAsIs(mirrored.front());
        m_page->done();
        const QString expected = QStringLiteral("Your %1 is facing the other way. Let's turn it round!").arg(digit);
        QCOMPARE(dt::test::praiseText(m_page), expected);
        QCOMPARE(heard(), QStringList{expected});
        QCOMPARE(m_page->stars(), 1);
        // The guide shows the digit it is the mirror image of, turning round.
        GuideView* guide = dt::test::guideView(m_page);
        QVERIFY(guide->isTurning());
        QCOMPARE(guide->guide(), GuideView::colouredInk(m_window->controller()->guideFor(digit),
                                                        dt::ui::childColours::guideInk()));
        QTRY_VERIFY_WITH_TIMEOUT(!guide->isTurning(), TurnRound::durationMs() + 2000);
    }

    void aScribbleEarnsNoStarButAFriendlyWord()
    {
        m_page->setAskedDigit(3);
        heard();
        scribble();
        m_page->done();
        QCOMPARE(m_page->stars(), 0);
        QCOMPARE(dt::test::praiseText(m_page), QStringLiteral("Let's write a 3!"));
        QCOMPARE(heard(), QStringList{QStringLiteral("Let's write a 3!")});
        QCOMPARE(played(), QList<Sound>{Sound::TryAgain});
        dt::test::starsView(m_page)->finishAnimation();
        QCOMPARE(dt::test::starsView(m_page)->stars(), 0);
    }

    void anEmptyDoneAsksForInkAndItsMessageGoesWithTheFirstStroke()
    {
        m_page->setAskedDigit(6);
        heard();
        QTest::keyClick(m_window.get(), Qt::Key_Return);
        QCOMPARE(dt::test::praiseText(m_page), QStringLiteral("Draw a 6 first!"));
        QCOMPARE(heard(), QStringList{QStringLiteral("Draw a 6 first!")});
        QVERIFY(m_window->attemptArchive()->attempts().isEmpty()); // nothing to keep

        // The child starts to write: the message goes at the first point, not at the next Done.
        DrawingCanvas* canvas = dt::test::canvas(m_page);
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
        QTest::mouseMove(canvas, QPoint(110, 120));
        QVERIFY(dt::test::praiseText(m_page).isEmpty());
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(120, 140));
    }

    void inkAfterDoneStartsANewAttempt()
    {
        m_page->setAskedDigit(7);
        draw(7);
        m_page->done();
        QVERIFY(m_page->stars() >= 2);
        QVERIFY(!dt::test::praiseText(m_page).isEmpty());
        heard();
        // Done again on the same drawing: said again, saved once.
        m_page->done();
        QCOMPARE(heard().size(), 1);
        QCOMPARE(m_window->attemptArchive()->attempts().size(), 1);

        // One more stroke: the old verdict, stars and praise go at once.
        dt::test::replayStroke(dt::test::canvas(m_page), {QPoint(30, 30), QPoint(60, 40)});
        QCOMPARE(m_page->stars(), -1);
        QCOMPARE(dt::test::starsView(m_page)->stars(), -1);
        QVERIFY(dt::test::praiseText(m_page).isEmpty());
        QVERIFY(!m_page->isComparing());
        // The changed drawing is a new attempt: its Done saves it as the second, once.
        m_page->done();
        QVERIFY(m_page->stars() >= 0);
        m_page->done();
        QCOMPARE(m_window->attemptArchive()->attempts().size(), 2);

        // Undo after Done changes the drawing too: a new attempt again.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_page->stars(), -1);
        QVERIFY(dt::test::praiseText(m_page).isEmpty());
    }

    void anotherChildStartsClean()
    {
        QTemporaryDir dir;
        auto store = dt::test::openSqliteStore(dir.filePath(QStringLiteral("class.sqlite")));
        QVERIFY(store);
        const auto ada = store->addStudent(QStringLiteral("Ada"));
        const auto ben = store->addStudent(QStringLiteral("Ben"), QString(), true);
        QVERIFY(ada && ben);
        m_window->setProgressStore(std::move(store));
        m_window->setStudent(*ada);
        draw(1);
        m_page->done();
        QVERIFY(!dt::test::praiseText(m_page).isEmpty());
        heard();

        m_window->setStudent(*ben);
        QVERIFY(dt::test::canvas(m_page)->isEmpty());
        QVERIFY(dt::test::praiseText(m_page).isEmpty());
        QCOMPARE(dt::test::starsView(m_page)->stars(), -1);
        QVERIFY(!dt::test::meter(m_page)->hasValue());
        QVERIFY(dt::test::looksLikeText(m_page).isEmpty());
        QCOMPARE(m_page->stars(), -1);
        // Ben is greeted with his own question, and is left-handed.
        QCOMPARE(heard(), QStringList{dt::test::promptText(m_page)});
        QVERIFY(m_page->isLeftHanded());
        QCOMPARE(m_window->findChild<QPushButton*>(QStringLiteral("student"))->text(), QStringLiteral("Ben"));
    }

    void aLeftHandedChildHearsAndSeesTheSame()
    {
        m_window->setLeftHanded(true);
        QVERIFY(m_page->isLeftHanded());
        m_page->layout()->activate();
        const QWidget* window = m_window.get();
        auto xOf = [window](const QWidget* w) { return w->mapTo(window, QPoint(0, 0)).x(); };
        QTRY_VERIFY(xOf(dt::test::doneButton(m_page)) > xOf(dt::test::canvas(m_page)));
        m_page->setAskedDigit(2);
        QCOMPARE(heard(), QStringList{QStringLiteral("Write a 2")});
        draw(2);
        m_page->done();
        QVERIFY(m_page->stars() >= 2);
        QCOMPARE(heard(), QStringList{dt::test::praiseText(m_page)});
    }

    void theTeacherSwitchesSpeechAndSoundsOff()
    {
        m_window->setSpeechEnabled(false);
        m_window->setSoundsEnabled(false);
        QVERIFY(!dt::test::sayAgainButton(m_page)->isVisible());
        m_page->setAskedDigit(5);
        draw(5);
        m_page->done();
        QVERIFY(!dt::test::praiseText(m_page).isEmpty()); // still shown
        QVERIFY(heard().isEmpty());
        QVERIFY(played().isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("view/speech")).toBool(), false);
        QCOMPARE(QSettings().value(QStringLiteral("view/sounds")).toBool(), false);
    }

    void theChildsWindowHasNoMenuAndNoKeyToLoadOrQuit()
    {
        QVERIFY(!m_window->menuWidget() || !m_window->menuWidget()->isVisible());
        QVERIFY(m_window->findChildren<QMenuBar*>().isEmpty() || !m_window->menuBar()->isVisible());
        // Ctrl+O opened a file dialog and Ctrl+Q quit at once: now they do nothing.
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QVERIFY(!QApplication::activeModalWidget());
        QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(m_window->isVisible());
        // The window system's close (Alt+F4, a title bar's cross) is refused too.
        QSignalSpy refused(m_window.get(), &MainWindow::quitRefused);
        m_window->windowHandle()->close(); // as the window system asks it
        QCOMPARE(refused.count(), 1);
        QVERIFY(m_window->isVisible());
    }

    void holdingTheDoorQuitsATapDoesNot()
    {
        auto* quit = m_window->findChild<HoldButton*>(QStringLiteral("quit"));
        QVERIFY(quit);
        QVERIFY(quit->isVisible());
        quit->setHoldDuration(300); // the test need not hold for two seconds
        QTest::mouseClick(quit, Qt::LeftButton);
        QVERIFY(m_window->isVisible());
        QTest::mousePress(quit, Qt::LeftButton);
        QTRY_VERIFY(!m_window->isVisible());
        QTest::mouseRelease(quit, Qt::LeftButton);
    }

    void withAPinHoldingTheDoorAsksForIt()
    {
        QTemporaryDir dir;
        auto store = dt::test::openSqliteStore(dir.filePath(QStringLiteral("class.sqlite")));
        QVERIFY(store);
        QVERIFY(dt::store::TeacherLock(*store).setSecret(QStringLiteral("2468")));
        m_window->setProgressStore(std::move(store));
        auto* quit = m_window->findChild<HoldButton*>(QStringLiteral("quit"));
        quit->setHoldDuration(100);

        // Answers the PIN dialog when it comes (once the button has been held).
        auto answerWith = [](const QString& pin) {
            auto* poll = new QTimer;
            poll->start(20);
            connect(poll, &QTimer::timeout, poll, [poll, pin] {
                auto* dialog = qobject_cast<UnlockDialog*>(QApplication::activeModalWidget());
                if (!dialog || !dialog->secretField()->isEnabled()) // the wait after a wrong PIN
                    return;
                poll->deleteLater();
                poll->stop();
                dialog->secretField()->setText(pin);
                QTest::keyClick(dialog->secretField(), Qt::Key_Return);
                if (dialog->isVisible())
                    dialog->reject(); // a wrong PIN keeps it open: the child gives up
            });
        };
        answerWith(QStringLiteral("1111"));
        QSignalSpy held(quit, &HoldButton::held);
        QTest::mousePress(quit, Qt::LeftButton);
        QTRY_COMPARE(held.count(), 1);
        QTest::mouseRelease(quit, Qt::LeftButton);
        QVERIFY(m_window->isVisible()); // a wrong PIN: the window stays

        answerWith(QStringLiteral("2468"));
        QTest::mousePress(quit, Qt::LeftButton);
        QTRY_VERIFY(!m_window->isVisible());
        QTest::mouseRelease(quit, Qt::LeftButton);
    }

    void aGrownUpQuitsFromTheTeacherArea()
    {
        bool sawFiles = false;
        connect(m_window.get(), &MainWindow::teacherAreaOpened, this, [&](TeacherArea* area) {
            QTimer::singleShot(0, area, [&, area] {
                // The attempts kept as files open from here, now the File menu is gone.
                QTimer::singleShot(0, [&] {
                    if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                        sawFiles = dialog != area;
                        dialog->reject();
                    }
                });
                QTest::mouseClick(area->findChild<QPushButton*>(QStringLiteral("attemptFiles")), Qt::LeftButton);
                QTest::mouseClick(area->findChild<QPushButton*>(QStringLiteral("quitApp")), Qt::LeftButton);
            });
        });
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("teacherArea")), Qt::LeftButton);
        QVERIFY(sawFiles);
        QVERIFY(!m_window->isVisible());
    }

    void f11TogglesFullScreen()
    {
        QVERIFY(!m_window->isFullScreen());
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QTRY_VERIFY(m_window->windowState() & Qt::WindowFullScreen);
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QTRY_VERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    }

    void eachChildsPlanSurvivesARestartAndStaysTheirs()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("class.sqlite"));
        std::optional<dt::store::Student> ada, ben;
        {
            auto store = dt::test::openSqliteStore(file);
            QVERIFY(store);
            ada = store->addStudent(QStringLiteral("Ada"));
            ben = store->addStudent(QStringLiteral("Ben"));
            QVERIFY(ada && ben);
            m_window->setProgressStore(std::move(store));
        }
        m_window->setStudent(*ada);
        // Three good 1s: Ada's guide for the 1 fades one step.
        for (int i = 0; i < 3; ++i) {
            m_page->setAskedDigit(1);
            draw(1);
            m_page->done();
        }
        QCOMPARE(m_page->practicePlan().level(1), 1);
        m_window->setStudent(*ben);
        QCOMPARE(m_page->practicePlan().level(1), 0); // Ada's successes are not Ben's
        QCOMPARE(m_page->practicePlan().attempts(1), 0);

        // The app closes and starts again on the same database.
        m_sounds.reset();
        m_window.reset();
        openWindow();
        auto store = dt::test::openSqliteStore(file);
        QVERIFY(store);
        m_window->setProgressStore(std::move(store));
        m_window->setStudent(*ada);
        QCOMPARE(m_page->practicePlan().level(1), 1);
        QCOMPARE(m_page->practicePlan().attempts(1), 3);
        m_window->setStudent(*ben);
        QCOMPARE(m_page->practicePlan().level(1), 0);
    }
};

DT_TEST_MAIN(TestChildScreen, QApplication)
#include "test_child_screen.moc"
