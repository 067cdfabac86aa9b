// "Show me how" on the practice page, as a child and a teacher meet it: the pen writes the
// asked digit over the guide stroke by stroke and ends with the whole digit; it can be
// stopped and never blocks drawing; a 2 written backwards gets a hint where to start (and
// the same stars), a usual 2 none; the teacher can switch hints off; and a damaged
// ways-of-writing file leaves the practice working, only without "Show me".

#include "practice_parts.hpp"
#include "practice_window.hpp"
#include "replay.hpp"
#include "temp_files.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/practice/show_me_coach.hpp>
#include <digit_tutor/practice/show_me_overlay.hpp>
#include <digit_tutor/common/stroke_player.hpp>

#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/trajectory.hpp>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

QString defaultWays() { return dt::test::sourceDir() + QStringLiteral("/models/default.ways"); }

bool isDemoInk(QRgb pixel) { return qBlue(pixel) > qRed(pixel) + 60; }

} // namespace

class TestShowMe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto loaded = dt::test::loadDefaultModelAndDigits();
        m_model = loaded.model;
        m_digits = std::move(loaded.digits);
    }

    void init()
    {
        m_attempts = std::make_unique<QTemporaryDir>();
        m_window = dt::test::openPracticeWindow(m_model, *m_attempts);
        QVERIFY(m_window);
        QVERIFY(m_window->loadWritingWaysFile(defaultWays()));
        m_page = m_window->practicePage();
    }

    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
    }

    void thePenWritesTheDigitStrokeByStrokeAndEndsWithAllOfIt()
    {
        m_page->setAskedDigit(4);
        QVERIFY(dt::test::showMeButton(m_page)->isVisible());
        ShowMeOverlay* overlay = dt::test::coach(m_page)->overlay();
        StrokePlayer* player = overlay->player();
        player->setSpeed(4.0); // the test need not wait at a child's pace

        // Record what is on the pen's canvas after every step: strokes only ever grow, in order.
        std::vector<std::pair<int, int>> steps; // (strokes, points of the last stroke)
        bool sawStartDot = false, sawArrow = false;
        connect(player, &StrokePlayer::progressed, this, [&] {
            const dt::Drawing shown = overlay->pen()->drawing();
            steps.emplace_back(int(shown.strokes.size()), int(shown.strokes.back().size()));
            sawStartDot |= overlay->startMarker() && *overlay->startMarker() ==
                                                          QPointF(shown.strokes.back()[0].x, shown.strokes.back()[0].y);
            sawArrow |= overlay->penMarker().has_value();
        });
        QSignalSpy finished(overlay, &ShowMeOverlay::finished);
        QTest::keyClick(m_window.get(), Qt::Key_H);
        QVERIFY(dt::test::coach(m_page)->isShowing());
        QCOMPARE(dt::test::showMeButton(m_page)->text(), QStringLiteral("Stop"));
        QVERIFY2(dt::test::canvas(m_page)->hasTracingTemplate(), "the pen writes over the guide");
        QVERIFY(finished.wait(15000));

        const dt::Drawing path = player->drawing();
        const dt::Drawing written = overlay->pen()->drawing();
        QCOMPARE(written.strokes.size(), path.strokes.size());
        for (std::size_t s = 0; s < path.strokes.size(); ++s)
            QCOMPARE(written.strokes[s].size(), path.strokes[s].size());
        QVERIFY(steps.size() > 10);
        for (std::size_t i = 1; i < steps.size(); ++i)
            QVERIFY(steps[i].first > steps[i - 1].first ||
                    (steps[i].first == steps[i - 1].first && steps[i].second >= steps[i - 1].second));
        QVERIFY(sawStartDot && sawArrow);

        // At the end the whole digit is there: every point of the path is under blue ink.
        const QImage picture = overlay->pen()->grab().toImage();
        int inked = 0, points = 0;
        for (const dt::Stroke& s : path.strokes)
            for (const dt::StrokePoint& p : s) {
                ++points;
                inked += isDemoInk(picture.pixel(QPoint(int(p.x), int(p.y)) * picture.devicePixelRatio()));
            }
        QVERIFY2(inked >= points * 95 / 100, qPrintable(QString("%1 of %2 points inked").arg(inked).arg(points)));

        // The path lies on the guide: its points fall where the template is drawn.
        const QRectF guide = dt::test::canvas(m_page)->tracingTemplateRect();
        for (const dt::Stroke& s : path.strokes)
            for (const dt::StrokePoint& p : s)
                QVERIFY(guide.contains(p.x, p.y));
    }

    void itCanBeStoppedAndNeverBlocksDrawing()
    {
        QVERIFY(!m_digits[7].isEmpty());
        m_page->setAskedDigit(7);
        dt::test::showMeButton(m_page)->click();
        QVERIFY(dt::test::coach(m_page)->isShowing());
        // The child writes along while the pen is moving: the strokes reach the canvas.
        DrawingCanvas* canvas = dt::test::canvas(m_page);
        dt::test::replay(canvas, dt::test::fitToWidget(m_digits[7], canvas->width(), canvas->height()));
        QCOMPARE(canvas->drawing().strokes.size(), m_digits[7].strokes.size());
        QVERIFY(dt::test::coach(m_page)->isShowing());
        dt::test::showMeButton(m_page)->click();
        QVERIFY(!dt::test::coach(m_page)->isShowing());
        QVERIFY(!dt::test::coach(m_page)->overlay()->isVisible());
        QCOMPARE(dt::test::showMeButton(m_page)->text(), QStringLiteral("Show me"));
        QVERIFY(!canvas->isEmpty()); // stopping the pen leaves the child's drawing alone
        // And it plays again.
        m_page->showMe();
        QVERIFY(dt::test::coach(m_page)->isShowing());
    }

    void aTwoWrittenBackwardsGetsAHintAndTheSameStars()
    {
        QVERIFY(!m_digits[2].isEmpty());
        QSignalSpy attempts(m_page, &PracticePage::attemptFinished);
        DrawingCanvas* canvas = dt::test::canvas(m_page);
        const auto usual = dt::test::fitToWidget(m_digits[2], canvas->width(), canvas->height());
        const auto backwards =
            dt::test::fitToWidget(dt::withReversedStrokes(m_digits[2]), canvas->width(), canvas->height());

        m_page->setAskedDigit(2);
        dt::test::replay(canvas, usual);
        m_page->done();
        const int usualStars = m_page->stars();
        QVERIFY(m_page->hintText().isEmpty());
        QVERIFY(!dt::test::coach(m_page)->isShowingHint());
        QCOMPARE(attempts.last().at(3).toString(), QStringLiteral("none"));

        m_page->setAskedDigit(2);
        dt::test::replay(canvas, backwards);
        m_page->done();
        QCOMPARE(m_page->stars(), usualStars); // only a hint: no star is taken away
        QVERIFY2(m_page->hintText().contains("green dot"), qPrintable(m_page->hintText()));
        QCOMPARE(attempts.last().at(3).toString(), QStringLiteral("direction"));
        // The dot is where the usual 2 starts: the end of the child's stroke.
        const auto dot = dt::test::coach(m_page)->overlay()->startMarker();
        QVERIFY(dot.has_value());
        QVERIFY2(std::hypot(dot->x() - usual[0][0].x(), dot->y() - usual[0][0].y()) <= 1.0,
                 qPrintable(QString("dot (%1, %2)").arg(dot->x()).arg(dot->y())));
        QVERIFY(dt::test::coach(m_page)->overlay()->isVisible());

        // A new stroke is a new try: the hint goes.
        dt::test::replayStroke(canvas, {QPoint(10, 10), QPoint(20, 20)});
        QVERIFY(m_page->hintText().isEmpty());
        QVERIFY(!dt::test::coach(m_page)->isShowingHint());
    }

    void theTeacherCanSwitchHintsOff()
    {
        QVERIFY(!m_digits[2].isEmpty());
        QSignalSpy attempts(m_page, &PracticePage::attemptFinished);
        m_window->setFormationHintsEnabled(false); // as the teacher area's Settings do
        QCOMPARE(QSettings().value(QStringLiteral("teacher/formationHints")).toBool(), false);
        DrawingCanvas* canvas = dt::test::canvas(m_page);
        m_page->setAskedDigit(2);
        dt::test::replay(canvas, dt::test::fitToWidget(dt::withReversedStrokes(m_digits[2]), canvas->width(),
                                                       canvas->height()));
        m_page->done();
        QVERIFY(m_page->hintText().isEmpty());
        QVERIFY(!dt::test::coach(m_page)->isShowingHint());
        // What the check found is still recorded for the teacher.
        QCOMPARE(attempts.last().at(3).toString(), QStringLiteral("direction"));
        // The choice is remembered by the next window.
        MainWindow next(m_model);
        QVERIFY(!next.formationHintsEnabled());
        QVERIFY(!next.practicePage()->formationHintsEnabled());
    }

    void aDamagedWaysFileLeavesPracticeWorking()
    {
        QFile good(defaultWays());
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray bytes = good.readAll();
        bytes.truncate(bytes.size() / 2);
        QTemporaryDir dir;
        const QString bad = dir.path() + QStringLiteral("/broken.ways");
        QVERIFY(dt::test::writeFile(bad, bytes));

        QVERIFY(!m_window->loadWritingWaysFile(bad));
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains("not available") && message.contains("broken.ways") && message.contains("truncated"),
                 qPrintable(message));
        QVERIFY(!dt::test::showMeButton(m_page)->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_H); // the key does nothing either
        QVERIFY(!dt::test::coach(m_page)->isShowing());

        // The child still practises: draw, Done, stars.
        QVERIFY(!m_digits[3].isEmpty());
        m_page->setAskedDigit(3);
        DrawingCanvas* canvas = dt::test::canvas(m_page);
        dt::test::replay(canvas, dt::test::fitToWidget(m_digits[3], canvas->width(), canvas->height()));
        m_page->done();
        QVERIFY(m_page->stars() >= 2);
        QVERIFY(m_page->hintText().isEmpty());
    }

private:
    std::shared_ptr<const dt::DigitModel> m_model;
    std::vector<dt::Drawing> m_digits;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_attempts;
    PracticePage* m_page = nullptr;
};

DT_TEST_MAIN(TestShowMe, QApplication)
#include "test_show_me.moc"
