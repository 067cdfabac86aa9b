#pragma once
// Shows a 28x28 guide image it is given (a digit model's mean picture of one way of
// writing a digit), scaled smoothly with its aspect kept, dark ink on a light background.

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

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
};
