#pragma once
// The surface a child draws on. It captures mouse and tablet input into dt::Stroke points
// (widget logical pixels, y down; t in ms since the first press of the drawing; pressure
// 0..1 from a tablet, -1 for a mouse) and paints the ink into an off-screen image sized for
// the device pixel ratio, repainting only the dirty rectangle. It does not classify: it
// says when the strokes changed and hands out the drawing.
//
// Points outside the widget are clamped to its rectangle. A second button pressed while
// drawing is ignored, as is a release or move without a press.

#include <digit_tutor/strokes.hpp>

#include <QElapsedTimer>
#include <QImage>
#include <QPointF>
#include <QWidget>

class QMouseEvent;
class QPaintEvent;
class QResizeEvent;
class QTabletEvent;

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

    QSize sizeHint() const override;

    /// A picture to trace over, drawn faded under the ink: a grey image with white ink on
    /// black (as the model's guide images are), scaled into a centred square as large as
    /// the canvas's shorter side. opacity 0..1 (clamped); a null image or opacity 0 removes it.
    void setTracingTemplate(const QImage& image, double opacity);
    bool hasTracingTemplate() const { return !m_template.isNull() && m_templateOpacity > 0.0; }
    double tracingTemplateOpacity() const { return hasTracingTemplate() ? m_templateOpacity : 0.0; }

public slots:
    void undoLastStroke();
    void clear();

signals:
    /// On every added point and on undo/clear. Throttling is the receiver's job.
    void strokesChanged();
    /// When the pen is lifted.
    void strokeFinished();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void beginStroke(QPointF pos, double pressure);
    void extendStroke(QPointF pos, double pressure);
    void endStroke();
    QPointF clamped(QPointF pos) const;
    void redrawAll();
    QRect paintSegment(const dt::Stroke& stroke, std::size_t from);

    std::vector<dt::Stroke> m_strokes;
    QImage m_image;
    QImage m_template; ///< dark-on-light copy of the tracing template
    double m_templateOpacity = 0.0;
    QElapsedTimer m_clock;
    bool m_drawing = false;
    Qt::MouseButton m_button = Qt::NoButton;
};
