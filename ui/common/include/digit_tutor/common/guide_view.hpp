#pragma once
// Shows a 28x28 guide image it is given (a digit model's mean picture of one way of
// writing a digit), scaled smoothly with its aspect kept, dark ink on a light background,
// as strongly as it is told (the practice plan fades the guide as a child succeeds).

#include <QImage>
#include <QWidget>

#include <vector>

class GuideView : public QWidget {
    Q_OBJECT
public:
    explicit GuideView(QWidget* parent = nullptr);

    /// 784 values, 28x28 row-major, 0 (background) .. 255 (ink). Anything else clears.
    void setGuide(const std::vector<float>& pixels);
    /// Any grey image with white ink on black, as the model's images are.
    void setGuide(const QImage& image);
    void clearGuide();
    /// The image as shown (dark ink on light), null without a guide.
    const QImage& guide() const { return m_image; }
    /// How strongly the ink is drawn, 0 (not at all) .. 1 (fully); clamped, NaN counts as 1.
    void setOpacity(double opacity);
    double opacity() const { return m_opacity; }

    /// The 784 values (28x28 row-major, 0 background .. 255 ink) as a grey image with white
    /// ink on black, the form setGuide() and DrawingCanvas::setTracingTemplate() take; null
    /// for any other count. Non-finite values count as background.
    static QImage inkImage(const std::vector<float>& pixels);

    /// Square is preferred, but any shape is taken: the image is drawn in the largest centred
    /// square. (No height-for-width: it would make the window grow with the side panel.)
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    double m_opacity = 1.0;
};
