// Prints how quickly the practice page answers the pen: real drawn digits are replayed as
// mouse events on the real PracticePage with the default model (offscreen platform), and
// for each pen move the time is taken from the event until the confidence meter has been
// repainted with the verdict for the drawing including that move.
//
// Two figures, since the controller throttles recognitions (at most one per kIntervalMs):
// - processing: the time the UI thread is busy for that move: delivering the mouse event
//   (ink), then every event it handles until the meter is repainted (the timer's
//   recognition, the window update that paints the meter), summed over the outermost
//   QApplication::notify calls, so the time the event loop sits waiting (the timer, frame
//   pacing) is left out;
// - end to end: including that deliberate wait, which this bench makes the longest it can
//   be: each move comes right after the previous verdict.
// Each move waits for its own verdict, so every move is measured; a real pen's moves come
// faster and share verdicts. Also prints the resident memory with the model loaded.
//
// The animations are on, as in the app at its busiest: each drawing is made while a digit-learnt
// celebration plays over the page and three stars arrive (--no-animations leaves them out).
//
// Usage: ui_latency [--no-animations] [--model FILE] [DRAWINGS.jsonl] [COUNT]
//   defaults: the app's default model, data/handwriting/pendigits-train.jsonl, 100 drawings
//   (spread over the file; about 40 moves each, 17+ ms a move).

#include <digit_tutor/common/celebration.hpp>
#include <digit_tutor/common/confidence_meter.hpp>
#include <digit_tutor/common/stars_view.hpp>
#include <digit_tutor/shell/default_model.hpp>
#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/practice/practice_page.hpp>
#include <digit_tutor/practice/recognition_controller.hpp>

#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <QApplication>
#include <QFile>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

/// One measurement's marks, filled in by the event hooks while it is armed.
struct Probe {
    bool armed = false;
    Clock::time_point recognitionStart;
    Clock::time_point verdictShown;
    std::optional<Clock::time_point> frameDone;
    bool verdictSeen = false;
    bool meterPainted = false;
    int updateDepth = 0;
    bool counting = false; ///< after the mouse event's delivery, which is timed on its own
    int depth = 0;
    double busyMs = 0.0;
};

/// Sees every event as it returns from delivery: when the meter's paint has run after the
/// verdict, and the window's update (paint of all dirty widgets and flush) around it is done.
class BenchApplication : public QApplication {
public:
    using QApplication::QApplication;
    Probe probe;
    QWidget* meter = nullptr;

    bool notify(QObject* receiver, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        const bool update = type == QEvent::UpdateRequest && probe.armed;
        const bool outermost = probe.depth == 0 && probe.counting;
        const Clock::time_point start = outermost ? Clock::now() : Clock::time_point{};
        if (update)
            ++probe.updateDepth;
        ++probe.depth;
        const bool result = QApplication::notify(receiver, event);
        --probe.depth;
        if (update)
            --probe.updateDepth;
        if (outermost)
            probe.busyMs += msBetween(start, Clock::now());
        if (!probe.armed || !probe.verdictSeen || probe.frameDone)
            return result;
        if (type == QEvent::Paint && receiver == meter) {
            probe.meterPainted = true;
            if (probe.updateDepth == 0) // painted outside a window update: done now
                probe.frameDone = Clock::now();
        } else if (update && probe.meterPainted && probe.updateDepth == 0) {
            probe.frameDone = Clock::now();
        }
        return result;
    }
};

struct Figures {
    std::vector<double> processing, endToEnd, delivery, recognition, repaint;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p / 100.0 * double(v.size())))];
}

/// VmRSS and VmHWM in MB from /proc/self/status.
std::pair<double, double> residentMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = -1.0;
    double hwm = -1.0;
    if (!status.open(QIODevice::ReadOnly))
        return {rss, hwm};
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts[0] == "VmRSS:")
            rss = parts[1].toDouble() / 1024.0;
        if (parts.size() >= 2 && parts[0] == "VmHWM:")
            hwm = parts[1].toDouble() / 1024.0;
    }
    return {rss, hwm};
}

/// The drawing's strokes fitted into 80% of a w x h widget, centred, in whole pixels (as a
/// mouse gives them), with repeated points dropped (the canvas would ignore them).
std::vector<std::vector<QPoint>> fitToWidget(const dt::Drawing& drawing, int w, int h)
{
    const dt::Bounds b = dt::boundsOf(drawing);
    const double side = std::max({b.width(), b.height(), 1.0});
    const double scale = 0.8 * std::min(w, h) / side;
    const double cx = (b.minX + b.maxX) / 2.0;
    const double cy = (b.minY + b.maxY) / 2.0;
    std::vector<std::vector<QPoint>> out;
    for (const dt::Stroke& s : drawing.strokes) {
        std::vector<QPoint> ps;
        for (const dt::StrokePoint& p : s) {
            const QPoint q(int(std::lround(w / 2.0 + (p.x - cx) * scale)),
                           int(std::lround(h / 2.0 + (p.y - cy) * scale)));
            if (ps.empty() || ps.back() != q)
                ps.push_back(q);
        }
        out.push_back(ps);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);

    QString modelPath;
    QString drawingsPath = QStringLiteral(DIGIT_TUTOR_SOURCE_DIR "/data/handwriting/pendigits-train.jsonl");
    int count = 100;
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool animations = !args.removeAll(QStringLiteral("--no-animations"));
    if (args.size() >= 2 && args[0] == QStringLiteral("--model")) {
        modelPath = args[1];
        args = args.mid(2);
    }
    if (!args.isEmpty())
        drawingsPath = args.takeFirst();
    if (!args.isEmpty())
        count = std::max(1, args.takeFirst().toInt());
    if (!args.isEmpty()) {
        std::fprintf(stderr, "usage: ui_latency [--no-animations] [--model FILE] [DRAWINGS.jsonl] [COUNT]\n");
        return 2;
    }
    if (modelPath.isEmpty())
        modelPath = dt::ui::defaultModelPath();

    std::shared_ptr<const dt::DigitModel> model;
    std::vector<dt::Drawing> all;
    try {
        model = std::make_shared<const dt::DigitModel>(dt::loadModel(modelPath.toStdString()));
        all = dt::loadDrawings(drawingsPath.toStdString());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ui_latency: %s\n", e.what());
        return 1;
    }
    if (all.empty()) {
        std::fprintf(stderr, "ui_latency: %s holds no drawings\n", qPrintable(drawingsPath));
        return 1;
    }

    RecognitionController controller(model);
    PracticePage page(&controller);
    page.resize(1024, 600);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) {
        std::fprintf(stderr, "ui_latency: the page was never shown\n");
        return 1;
    }
    DrawingCanvas* canvas = page.findChild<DrawingCanvas*>(QStringLiteral("canvas")); // the names PracticePage gives its parts
    app.meter = page.findChild<ConfidenceMeter*>(QStringLiteral("meter"));
    auto* celebration = page.findChild<Celebration*>(QStringLiteral("celebration"));
    auto* stars = page.findChild<StarsView*>(QStringLiteral("stars"));
    Probe& probe = app.probe;

    // The page reads the canvas when the coalescing timer fires; the same source, stamped.
    controller.setDrawingSource([&probe, canvas] {
        if (probe.armed)
            probe.recognitionStart = Clock::now();
        return canvas->drawing();
    });
    // Connected after the page's own slot, so this runs once the meter has the new value.
    QObject::connect(&controller, &RecognitionController::verdictReady, &app, [&probe] {
        if (probe.armed && !probe.verdictSeen) {
            probe.verdictShown = Clock::now();
            probe.verdictSeen = true;
        }
    });
    QTimer watchdog; // wakes the loop should a verdict never come
    watchdog.start(250);

    auto settle = [&] {
        while (controller.isPending())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    };

    const auto [rssLoaded, hwmLoaded] = residentMemoryMb();

    Figures f;
    int missed = 0;
    std::size_t moves = 0;
    const std::size_t step = std::max<std::size_t>(1, all.size() / std::size_t(count));
    int drawn = 0;
    for (std::size_t d = 0; d < all.size() && drawn < count; d += step, ++drawn) {
        page.setAskedDigit(all[d].label >= 0 ? all[d].label : 0);
        settle();
        // With the animations on, the heaviest there are: a digit-learnt celebration over the
        // whole page and the stars arriving, both running while the child writes.
        if (animations) {
            celebration->celebrate(Celebration::Kind::DigitLearnt);
            stars->setStars(3);
        }
        for (const std::vector<QPoint>& stroke : fitToWidget(all[d], canvas->width(), canvas->height())) {
            for (std::size_t i = 0; i <= stroke.size(); ++i) {
                // Press at the first point, move through the rest, release at the last; every
                // event gives a verdict, only the moves are counted.
                probe = Probe{};
                probe.armed = true;
                const Clock::time_point start = Clock::now();
                if (i == 0)
                    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, stroke[0]);
                else if (i < stroke.size())
                    QTest::mouseMove(canvas, stroke[i]);
                else
                    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, stroke.back());
                const Clock::time_point delivered = Clock::now();
                probe.counting = true;
                const Clock::time_point deadline = start + std::chrono::seconds(2);
                while (!probe.frameDone && Clock::now() < deadline)
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                probe.armed = false;
                const bool isMove = i > 0 && i < stroke.size();
                if (!isMove)
                    continue;
                ++moves;
                if (!probe.frameDone) {
                    ++missed;
                    continue;
                }
                const double endToEnd = msBetween(start, *probe.frameDone);
                f.endToEnd.push_back(endToEnd);
                f.processing.push_back(msBetween(start, delivered) + probe.busyMs);
                f.delivery.push_back(msBetween(start, delivered));
                f.recognition.push_back(msBetween(probe.recognitionStart, probe.verdictShown));
                f.repaint.push_back(msBetween(probe.verdictShown, *probe.frameDone));
            }
        }
        settle();
    }
    const auto [rssEnd, hwmEnd] = residentMemoryMb();

    std::printf("ui_latency: %d drawings of %s, %zu pen moves on the PracticePage (%s, canvas %dx%d), "
                "model %s, animations %s\n",
                drawn, qPrintable(drawingsPath), moves, qPrintable(QGuiApplication::platformName()), canvas->width(),
                canvas->height(), qPrintable(modelPath),
                animations ? "on (a digit-learnt celebration and the stars arriving during every drawing)" : "off");
    std::printf("processing, move -> meter repainted, timer wait excluded: p50 %.3f ms, p99 %.3f ms, max %.3f ms "
                "(target: p99 <= 16 ms)\n",
                percentile(f.processing, 50), percentile(f.processing, 99), percentile(f.processing, 100));
    std::printf("  event delivery and ink: p50 %.3f ms, p99 %.3f ms; recognition and meter value: p50 %.3f ms, "
                "p99 %.3f ms; verdict -> window repainted: p50 %.3f ms, p99 %.3f ms\n",
                percentile(f.delivery, 50), percentile(f.delivery, 99), percentile(f.recognition, 50),
                percentile(f.recognition, 99), percentile(f.repaint, 50), percentile(f.repaint, 99));
    std::printf("end to end, with the throttle (at most one recognition per %d ms): p50 %.3f ms, p99 %.3f ms, "
                "max %.3f ms (target: p99 <= 16 ms)\n",
                RecognitionController::kIntervalMs, percentile(f.endToEnd, 50), percentile(f.endToEnd, 99),
                percentile(f.endToEnd, 100));
    if (missed > 0)
        std::printf("moves without a repainted verdict within 2 s: %d\n", missed);
    std::printf("memory with the model loaded and the page shown: VmRSS %.1f MB, VmHWM %.1f MB; after the run: "
                "VmRSS %.1f MB, VmHWM %.1f MB (target: <= 200 MB)\n",
                rssLoaded, hwmLoaded, rssEnd, hwmEnd);
    return 0;
}
