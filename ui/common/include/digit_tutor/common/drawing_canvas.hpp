#pragma once
// The surface a child draws on. It captures mouse, tablet and touch input into dt::Stroke
// points (widget logical pixels, y down; t in ms since the first press of the drawing;
// pressure 0..1 from a tablet, -1 for a mouse or a finger) and paints the ink into an
// off-screen image sized for the device pixel ratio, repainting only the dirty rectangle.
// It does not classify: it says when the strokes changed and hands out the drawing.
//
// Ink: a mouse or a finger draws at penWidth(); a pen draws each piece of its stroke at
// penWidth() * (0.5 + pressure), so a light touch gives half the width and a firm one
// one and a half times it.
//
// Points outside the widget are clamped to its rectangle. A second button pressed while
// drawing is ignored, as is a release or move without a press. Touch: the first finger
// draws as the mouse does; further fingers that land while it is down are ignored (no
// second stroke), and only once every finger is lifted can a new touch stroke start. A
// cancelled touch ends the stroke with the points it had. Touch events are accepted, so Qt
// synthesises no mouse events from them and no point is recorded twice.
//
// Read-only mode ignores all user input (for replays and demonstrations); the strokes
// can still be set with setDrawing() or added point by point with startStroke(),
// continueStroke() and finishStroke(), as StrokePlayer does.
//
// Behind the ink, on opaque paper, lie school writing lines (writing_lines.hpp): a top
// line, a dashed middle line and a base line, placed on tracingTemplateRect() so that a
// digit written from the base line to the top line is as large as the tracing template
// shows it. They are background: never part of drawing(), never erased by clear(). A
// see-through canvas (laid over another, as Show me's pen is) leaves them to the one below.
//
// Example use (showing a saved attempt):
//     canvas->setReadOnly(true);
//     canvas->setDrawing(dt::loadDrawing(path)); // fitted into this canvas's size

#include <digit_tutor/common/formation_marks.hpp>

#include <digit_tutor/engine/strokes.hpp>

#include <QColor>
#include <QElapsedTimer>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QWidget>

class QMouseEvent;
class QPaintEvent;
class QResizeEvent;
class QTabletEvent;
class QTouchEvent;

class DrawingCanvas : public QWidget {
    Q_OBJECT
public:
    explicit DrawingCanvas(QWidget* parent = nullptr);

    /// The strokes so far, with canvasWidth/Height set to the widget's logical size.
    dt::Drawing drawing() const;
    bool isEmpty() const { return m_strokes.empty(); }
    bool isDrawing() const { return m_drawing; }
    /// Pen width in logical pixels: about 4% of the shorter side.
    double penWidth() const;
    /// The ink width for a point's pressure: penWidth() for pressure < 0 (mouse, finger),
    /// else penWidth() * (0.5 + pressure) with pressure clamped to 0..1.
    double inkWidth(double pressure) const;

    QSize sizeHint() const override;

    /// A picture to trace over, drawn faded under the ink: a grey image with white ink on
    /// black (as the model's guide images are, the digit in the middle 20 of 28 pixels),
    /// centred and scaled so that the digit spans 80% of the canvas's shorter side, drawn
    /// as the guide is (GuideView::colouredInk() in the guide's blue). opacity 0..1
    /// (clamped); a null image or opacity 0 removes it.
    void setTracingTemplate(const QImage& image, double opacity);
    /// How the template's digit is formed (formation_marks.hpp: strokes in writing order,
    /// in the 28x28 image's coordinates): start dots and arrows drawn over the template,
    /// under the ink, whenever a template is shown. Empty: no marks.
    void setTracingFormation(const dt::ui::FormationStrokes& strokes);

    /// The school writing lines behind the ink (on by default).
    void setWritingLinesVisible(bool visible);
    bool writingLinesVisible() const { return m_writingLines; }
    /// Where the tracing template's 28x28 image lies on the canvas (logical pixels), whether
    /// or not one is set: a guide pixel (i, j) covers 1/28 of it.
    QRectF tracingTemplateRect() const;
    bool hasTracingTemplate() const { return !m_template.isNull() && m_templateOpacity > 0.0; }
    double tracingTemplateOpacity() const { return hasTracingTemplate() ? m_templateOpacity : 0.0; }

    /// Paper (white by default; may be transparent, for a canvas laid over another) and ink
    /// (a dark blue-black by default).
    void setColours(const QColor& paper, const QColor& ink);

    /// Read-only: mouse, pen and touch input is ignored (and passed on to the parent).
    /// Turning it on in the middle of a user's stroke ends that stroke.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// `drawing` mapped into this canvas: scaled by one factor (aspect kept) so its canvas
    /// fills this one, centred, then clamped to the widget. A drawing without a canvas size
    /// is taken as drawn on a canvas from (0, 0) to its largest x and y. Times, pressures,
    /// label and writer are kept; canvasWidth/Height become this widget's. A drawing made
    /// on a canvas of this very size comes back unchanged.
    dt::Drawing fittedDrawing(const dt::Drawing& drawing) const;
    /// Replaces the strokes with fittedDrawing(drawing) (ending any stroke in progress) and
    /// emits strokesChanged() once. Works in read-only mode.
    void setDrawing(const dt::Drawing& drawing);

    /// Drawing by program, point by point, in this canvas's logical pixels (as given by
    /// fittedDrawing()), with the point's own t and pressure: start a stroke (finishing one
    /// in progress), extend it, lift the pen. Points are clamped to the widget; unlike live
    /// input, a repeated point is kept. The signals are those of live input. They work in
    /// read-only mode; continueStroke() and finishStroke() without a stroke in progress do
    /// nothing.
    void startStroke(const dt::StrokePoint& point);
    void continueStroke(const dt::StrokePoint& point);
    void finishStroke();

public slots:
    void undoLastStroke();
    void clear();

signals:
    /// On every added point and on undo/clear. Throttling is the receiver's job.
    void strokesChanged();
    /// When the pen is lifted.
    void strokeFinished();

protected:
    /// A change of language (AppLanguage) gives its words again.
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Its name for screen readers, in the app's language.
    void describe();
    void touchEvent(QTouchEvent* event);
    /// ms since the drawing began, starting the clock for the first point of a drawing.
    double now();
    void beginStroke(QPointF pos, double pressure);
    void extendStroke(QPointF pos, double pressure);
    void endStroke();
    QPointF clamped(QPointF pos) const;
    void redrawAll();
    QRect paintSegment(const dt::Stroke& stroke, std::size_t from);

    std::vector<dt::Stroke> m_strokes;
    QImage m_image;
    QImage m_template; ///< the tracing template as GuideView::colouredInk() draws it
    double m_templateOpacity = 0.0;
    dt::ui::FormationStrokes m_templateFormation;
    bool m_writingLines = true;
    QColor m_paper = Qt::white;
    QColor m_ink = QColor(0x20, 0x20, 0x30);
    QElapsedTimer m_clock;
    double m_timeOffset = 0.0; ///< added to the clock after setDrawing(), so times go on rising
    bool m_drawing = false;
    bool m_readOnly = false;
    Qt::MouseButton m_button = Qt::NoButton;
    /// The finger that draws the current touch stroke; -1 when none.
    int m_touchId = -1;
    /// A touch sequence is under way (some finger is down), drawing or not.
    bool m_touching = false;
};
