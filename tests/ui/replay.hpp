#pragma once
// Replays real pen digits on a widget as mouse events, for the UI tests. Points are
// scaled to fill 80% of the widget's shorter side, centred, and rounded to whole pixels
// (mouse positions are integers); expectedStrokes() gives what the canvas should record.

#include <digit_tutor/engine/attempt_outcome.hpp>
#include <digit_tutor/engine/drawing_recogniser.hpp>
#include <digit_tutor/engine/strokes.hpp>

#include <QPoint>
#include <QTest>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dt::test {

using PixelStroke = std::vector<QPoint>;

/// The drawing's strokes fitted into a w x h widget.
inline std::vector<PixelStroke> fitToWidget(const dt::Drawing& drawing, int w, int h)
{
    const dt::Bounds b = dt::boundsOf(drawing);
    const double side = std::max({b.width(), b.height(), 1.0});
    const double scale = 0.8 * std::min(w, h) / side;
    const double cx = (b.minX + b.maxX) / 2.0;
    const double cy = (b.minY + b.maxY) / 2.0;
    std::vector<PixelStroke> out;
    for (const dt::Stroke& s : drawing.strokes) {
        PixelStroke ps;
        for (const dt::StrokePoint& p : s)
            ps.push_back(QPoint(int(std::lround(w / 2.0 + (p.x - cx) * scale)),
                                int(std::lround(h / 2.0 + (p.y - cy) * scale))));
        out.push_back(ps);
    }
    return out;
}

/// What the canvas records: consecutive repeats of a point are dropped.
inline std::vector<PixelStroke> expectedStrokes(const std::vector<PixelStroke>& strokes)
{
    std::vector<PixelStroke> out;
    for (const PixelStroke& s : strokes) {
        PixelStroke e;
        for (const QPoint& p : s)
            if (e.empty() || e.back() != p)
                e.push_back(p);
        out.push_back(e);
    }
    return out;
}

/// The drawing as the canvas records it after replay(fitToWidget(drawing, w, h)): whole
/// pixels, repeats dropped (no times: the replay is instant), for asking the model what
/// the page will see.
inline dt::Drawing fittedDrawing(const dt::Drawing& drawing, int w, int h)
{
    dt::Drawing out;
    out.canvasWidth = w;
    out.canvasHeight = h;
    for (const PixelStroke& s : expectedStrokes(fitToWidget(drawing, w, h))) {
        dt::Stroke stroke;
        for (const QPoint& p : s)
            stroke.push_back({double(p.x()), double(p.y())});
        out.strokes.push_back(stroke);
    }
    return out;
}

/// Press at the first point, move through the rest with the button held, release at the last.
/// (Since Qt 6.3 QTest::mouseMove on a widget carries the buttons pressed with QTest::mousePress.)
inline void replayStroke(QWidget* widget, const PixelStroke& stroke)
{
    if (stroke.empty())
        return;
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, stroke.front());
    for (std::size_t i = 1; i < stroke.size(); ++i)
        QTest::mouseMove(widget, stroke[i]);
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, stroke.back());
}

inline void replay(QWidget* widget, const std::vector<PixelStroke>& strokes)
{
    for (const PixelStroke& s : strokes)
        replayStroke(widget, s);
}

/// The first drawing of each digit that the model itself reads, on the raw strokes, as
/// that digit with p >= 0.99: a borderline one could flip when its points are rounded to
/// mouse pixels. (The very first 4 of pendigits-train, one stroke, is read as a 1 with
/// p = 0.88 before any replay.)
inline std::vector<dt::Drawing> firstClearOfEachDigit(const std::vector<dt::Drawing>& all,
                                                      const dt::DigitModel& model)
{
    std::vector<dt::Drawing> first(10);
    for (const dt::Drawing& d : all) {
        if (d.label < 0 || d.label >= 10 || !first[std::size_t(d.label)].isEmpty())
            continue;
        const dt::Verdict v = dt::recogniseDrawing(model, d);
        // Clear: sure, and usual enough for three stars (dt::judgeAttempt).
        if (v.isDigit && v.digit == d.label && v.probabilities[std::size_t(d.label)] >= 0.99 &&
            v.typicality >= dt::kTypicalEnough)
            first[std::size_t(d.label)] = d;
    }
    return first;
}

} // namespace dt::test
