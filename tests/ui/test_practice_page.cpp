// The practice screen through its window: real pen digits drawn on its canvas update the
// "looks like" label, the meter and the guide; Done gives stars; keys and buttons work;
// a bad model file is reported and the current model kept; free mode reads any digit.

#include "replay.hpp"
#include "temp_files.hpp"
#include "test_paths.hpp"

#include <confidence_meter.hpp>
#include <drawing_canvas.hpp>
#include <guide_view.hpp>
#include <main_window.hpp>
#include <practice_page.hpp>
#include <recognition_controller.hpp>

#include <digit_tutor/model_file.hpp>

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestPracticePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsPrompt();
    void realDigitUpdatesFeedback_data();
    void realDigitUpdatesFeedback();
    void wrongDigitLowersMeter();
    void emptyDoneGivesNoStars();
    void scribbleIsNotADigit();
    void keysUndoClearDone();
    void nextAsksAnotherDigit();
    void starRules();
    void floodOfMovesIsCoalesced();
    void badModelKeepsCurrent();
    void freeModeReadsAnyDigit_data();
    void freeModeReadsAnyDigit();
    void freeModeScribbleAndNext();
    void practiceButtonRestoresPrompt();
    void screenshot();

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    std::vector<dt::Drawing> m_digits;
    std::unique_ptr<MainWindow> m_window;
    PracticePage* m_page = nullptr;
};

void TestPracticePage::initTestCase()
{
    m_model = std::make_shared<const dt::DigitModel>(dt::loadModel(dt::test::defaultModelPath().toStdString()));
    const QString path = dt::test::sharedDir() + QStringLiteral("/handwriting/pendigits-train.jsonl");
    if (QFile::exists(path))
        m_digits = dt::test::firstClearOfEachDigit(dt::loadDrawings(path.toStdString()), *m_model);
}

void TestPracticePage::init()
{
    m_window = std::make_unique<MainWindow>(m_model);
    m_window->resize(900, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->practicePage();
}

void TestPracticePage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
}

void TestPracticePage::showsPrompt()
{
    m_page->setAskedDigit(3);
    QCOMPARE(m_page->promptText(), QStringLiteral("Write a 3"));
    QVERIFY(m_page->looksLikeText().isEmpty());
    QVERIFY(!m_page->meter()->hasValue());
    QVERIFY(!m_page->guideView()->guide().isNull()); // the most common 3 before any ink
}

void TestPracticePage::realDigitUpdatesFeedback_data()
{
    QTest::addColumn<int>("digit");
    QTest::newRow("a one") << 1;
    QTest::newRow("a zero") << 0;
    QTest::newRow("a seven") << 7;
    QTest::newRow("a four") << 4;
}

void TestPracticePage::realDigitUpdatesFeedback()
{
    QFETCH(int, digit);
    if (m_digits.empty())
        QSKIP("../shared/handwriting/pendigits-train.jsonl is absent");
    m_page->setAskedDigit(digit);
    DrawingCanvas* canvas = m_page->canvas();
    dt::test::replay(canvas, dt::test::fitToWidget(m_digits[std::size_t(digit)], canvas->width(), canvas->height()));

    const QString expected = QStringLiteral("That looks like a %1").arg(digit);
    QTRY_COMPARE(m_page->looksLikeText(), expected);
    QVERIFY(m_page->meter()->hasValue());
    QVERIFY2(m_page->meter()->value() > 0.5, qPrintable(m_page->meter()->text()));

    m_page->done();
    QVERIFY(m_page->stars() >= 2);
    QVERIFY(m_page->praiseText().contains(QChar(0x2605)));
}

void TestPracticePage::wrongDigitLowersMeter()
{
    if (m_digits.empty())
        QSKIP("../shared/handwriting/pendigits-train.jsonl is absent");
    m_page->setAskedDigit(4);
    DrawingCanvas* canvas = m_page->canvas();
    dt::test::replay(canvas, dt::test::fitToWidget(m_digits[0], canvas->width(), canvas->height()));
    QTRY_COMPARE(m_page->looksLikeText(), QStringLiteral("That looks like a 0"));
    QVERIFY(m_page->meter()->value() < 0.1);
    m_page->done();
    QCOMPARE(m_page->stars(), 1);
}

void TestPracticePage::emptyDoneGivesNoStars()
{
    m_page->done();
    QCOMPARE(m_page->stars(), 0);
    QVERIFY(!m_page->praiseText().contains(QChar(0x2605)));
}

void TestPracticePage::scribbleIsNotADigit()
{
    dt::test::PixelStroke scribble;
    for (int i = 0; i < 300; ++i)
        scribble.push_back(QPoint(i % 2 ? 380 : 20, 20 + i));
    dt::test::replayStroke(m_page->canvas(), scribble);
    QTRY_COMPARE(m_page->looksLikeText(), QStringLiteral("That doesn't look like a digit yet"));
    QCOMPARE(m_page->meter()->value(), 0.0);
    m_page->done();
    QCOMPARE(m_page->stars(), 1);
}

void TestPracticePage::keysUndoClearDone()
{
    DrawingCanvas* canvas = m_page->canvas();
    dt::test::replay(canvas, {{QPoint(100, 100), QPoint(200, 200)}, {QPoint(300, 100), QPoint(300, 300)}});
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(2));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(1));
    QTest::keyClick(m_window.get(), Qt::Key_Return);
    QVERIFY(m_page->stars() >= 1);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(canvas->isEmpty());
    QCOMPARE(m_page->stars(), -1);
    QTRY_VERIFY(m_page->looksLikeText().isEmpty());
    QVERIFY(!m_page->meter()->hasValue());
}

void TestPracticePage::nextAsksAnotherDigit()
{
    for (int i = 0; i < 20; ++i) {
        const int before = m_page->askedDigit();
        m_page->next();
        QVERIFY(m_page->askedDigit() != before);
        QVERIFY(m_page->askedDigit() >= 0 && m_page->askedDigit() <= 9);
    }
}

void TestPracticePage::starRules()
{
    dt::Verdict v;
    QCOMPARE(PracticePage::starsFor(v, 3), 0);
    v.empty = false;
    v.digit = 3;
    v.isDigit = true;
    v.probabilities[3] = 0.95;
    v.typicality = 0.5;
    QCOMPARE(PracticePage::starsFor(v, 3), 3);
    v.typicality = 0.1;
    QCOMPARE(PracticePage::starsFor(v, 3), 2);
    QCOMPARE(PracticePage::starsFor(v, 5), 1);
    v.isDigit = false;
    QCOMPARE(PracticePage::starsFor(v, 3), 1);
}

void TestPracticePage::floodOfMovesIsCoalesced()
{
    QSignalSpy verdicts(m_window->controller(), &RecognitionController::verdictReady);
    DrawingCanvas* canvas = m_page->canvas();
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(200, 50));
    for (int y = 51; y < 350; ++y) // no event loop in between: one frame's worth of moves
        QTest::mouseMove(canvas, QPoint(200, y));
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(200, 350));
    QCOMPARE(verdicts.count(), 0);
    QTRY_COMPARE(verdicts.count(), 1);
    QTest::qWait(3 * RecognitionController::kDelayMs);
    QCOMPARE(verdicts.count(), 1);
}

void TestPracticePage::badModelKeepsCurrent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("broken.dtm"));
    QVERIFY(dt::test::writeFile(bad, QByteArrayLiteral("DGTMODEL not really")));
    const auto before = m_window->controller()->model();
    bool shown = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text().contains(bad);
            box->accept();
        }
    });
    QVERIFY(!m_window->loadModelFile(bad));
    QVERIFY(shown);
    QCOMPARE(m_window->controller()->model().get(), before.get());
}

void TestPracticePage::freeModeReadsAnyDigit_data()
{
    QTest::addColumn<int>("digit");
    QTest::newRow("a seven") << 7;
    QTest::newRow("a two") << 2;
    QTest::newRow("a zero") << 0;
}

void TestPracticePage::freeModeReadsAnyDigit()
{
    QFETCH(int, digit);
    if (m_digits.empty())
        QSKIP("../shared/handwriting/pendigits-train.jsonl is absent");
    m_page->setAskedDigit(digit == 0 ? 1 : 0); // some other digit is asked in practice
    QVERIFY(!m_page->isFreeMode());
    QTest::mouseClick(m_page->freeModeButton(), Qt::LeftButton);
    QVERIFY(m_page->isFreeMode());
    QVERIFY(m_page->freeModeButton()->isChecked());
    QVERIFY(!m_page->practiceModeButton()->isChecked());
    QCOMPARE(m_page->promptText(), QStringLiteral("Draw any digit"));
    QVERIFY(!m_page->meter()->hasValue());
    QVERIFY(m_page->guideView()->guide().isNull()); // nothing asked, nothing drawn: no guide

    DrawingCanvas* canvas = m_page->canvas();
    dt::test::replay(canvas, dt::test::fitToWidget(m_digits[std::size_t(digit)], canvas->width(), canvas->height()));
    QTRY_COMPARE(m_page->looksLikeText(), QStringLiteral("That looks like a %1").arg(digit));
    const dt::Verdict verdict = m_window->controller()->lastVerdict();
    QCOMPARE(verdict.digit, digit);
    QVERIFY(m_page->meter()->hasValue());
    QCOMPARE(m_page->meter()->value(), verdict.probabilities[std::size_t(digit)]);
    QVERIFY2(m_page->meter()->value() > 0.5, qPrintable(m_page->meter()->text()));
    // The guide is the recognised digit's closest component, not the asked digit's.
    GuideView expected;
    expected.setGuide(m_window->controller()->guideFor(digit, verdict.component));
    QVERIFY(!m_page->guideView()->guide().isNull());
    QCOMPARE(m_page->guideView()->guide(), expected.guide());

    QTest::mouseClick(m_page->doneButton(), Qt::LeftButton);
    QCOMPARE(m_page->stars(), PracticePage::starsFor(verdict, digit));
    QVERIFY(m_page->stars() >= 2);
    QVERIFY(m_page->praiseText().contains(QChar(0x2605)));
}

void TestPracticePage::freeModeScribbleAndNext()
{
    m_page->setFreeMode(true);
    QTest::mouseClick(m_page->doneButton(), Qt::LeftButton);
    QCOMPARE(m_page->stars(), 0);
    QCOMPARE(m_page->praiseText(), QStringLiteral("Draw a digit first!"));

    dt::test::PixelStroke scribble;
    for (int i = 0; i < 300; ++i)
        scribble.push_back(QPoint(i % 2 ? 380 : 20, 20 + i));
    dt::test::replayStroke(m_page->canvas(), scribble);
    QTRY_COMPARE(m_page->looksLikeText(), QStringLiteral("That doesn't look like a digit yet"));
    QVERIFY(m_page->meter()->hasValue());
    QCOMPARE(m_page->meter()->value(), 0.0);
    QVERIFY(m_page->guideView()->guide().isNull());
    m_page->done();
    QCOMPARE(m_page->stars(), 1);

    // Next in free mode just clears: still free, nothing asked.
    QTest::mouseClick(m_page->nextButton(), Qt::LeftButton);
    QVERIFY(m_page->isFreeMode());
    QVERIFY(m_page->canvas()->isEmpty());
    QCOMPARE(m_page->promptText(), QStringLiteral("Draw any digit"));
    QCOMPARE(m_page->stars(), -1);
    QTRY_VERIFY(m_page->looksLikeText().isEmpty());
    QVERIFY(!m_page->meter()->hasValue());
}

void TestPracticePage::practiceButtonRestoresPrompt()
{
    m_page->setAskedDigit(6);
    QTest::mouseClick(m_page->freeModeButton(), Qt::LeftButton);
    QCOMPARE(m_page->promptText(), QStringLiteral("Draw any digit"));
    dt::test::replay(m_page->canvas(), {{QPoint(100, 100), QPoint(200, 200)}});
    QVERIFY(!m_page->canvas()->isEmpty());

    QTest::mouseClick(m_page->practiceModeButton(), Qt::LeftButton);
    QVERIFY(!m_page->isFreeMode());
    QVERIFY(m_page->practiceModeButton()->isChecked());
    QVERIFY(!m_page->freeModeButton()->isChecked());
    QCOMPARE(m_page->promptText(), QStringLiteral("Write a 6"));
    QCOMPARE(m_page->askedDigit(), 6);
    QVERIFY(m_page->canvas()->isEmpty());
    QVERIFY(!m_page->guideView()->guide().isNull()); // the asked digit's guide is back
    QTRY_VERIFY(m_page->looksLikeText().isEmpty());
    QVERIFY(!m_page->meter()->hasValue());

    QVERIFY(!m_page->practiceModeButton()->accessibleName().isEmpty());
    QVERIFY(!m_page->freeModeButton()->accessibleName().isEmpty());
}

void TestPracticePage::screenshot()
{
    // Not a check: a picture of the page with a real 4 on it, for a person to look at.
    if (m_digits.empty() || qEnvironmentVariableIsEmpty("DIGIT_TUTOR_SCREENSHOT"))
        QSKIP("set DIGIT_TUTOR_SCREENSHOT=FILE.png to save a screenshot");
    m_page->setAskedDigit(4);
    DrawingCanvas* canvas = m_page->canvas();
    dt::test::replay(canvas, dt::test::fitToWidget(m_digits[4], canvas->width(), canvas->height()));
    QTRY_VERIFY(!m_page->looksLikeText().isEmpty());
    m_page->done();
    const QString file = qEnvironmentVariable("DIGIT_TUTOR_SCREENSHOT");
    QVERIFY(m_window->grab().save(file));

    // And the smallest window with a scribble, where long texts must still fit.
    m_window->resize(m_window->minimumSizeHint());
    m_page->setAskedDigit(7);
    dt::test::PixelStroke scribble;
    for (int i = 0; i < 200; ++i)
        scribble.push_back(QPoint(i % 2 ? 380 : 20, 20 + i));
    dt::test::replayStroke(canvas, scribble);
    QTRY_VERIFY(!m_page->looksLikeText().isEmpty());
    m_page->done();
    QVERIFY(m_window->grab().save(QString(file).replace(QStringLiteral(".png"), QStringLiteral("-small.png"))));
}

QTEST_MAIN(TestPracticePage)
#include "test_practice_page.moc"
