#pragma once
// A button for the child's screens: its icon large above a short label (the words are a
// second channel for those who read, and for screen readers), the whole sized from the
// button's own height, so that the same buttons look right in a 1024x600 window and in a
// 1920x1080 one, and at 200%. The face, rim and corners come from the style
// (applyChildStyle); the icon and the label are drawn here.
//
// Sizes, from the height h (logical pixels) at every resize: the icon is 58% of h with a
// label (72% without), the label's font 16% of h (at least 12 px), bold.
//
// Example use: dt::ui::iconButton() (big_button.hpp) builds one with its tooltip and name.

#include <digit_tutor/common/child_icons.hpp>

#include <QPushButton>

/// A ChildButton whose property of this name is true draws its icon mirrored in a
/// right-to-left language: an arrow for "next" or "undo" points the way the reader reads.
inline constexpr char kMirroredInRtlProperty[] = "mirroredInRtl";

class ChildButton : public QPushButton {
    Q_OBJECT
public:
    ChildButton(const QIcon& icon, const QString& text, QWidget* parent = nullptr);

    /// At least kMinimumButtonHeight high; wide enough for the label or a square.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    /// Where the icon is drawn (logical pixels of this widget), for what draws around it.
    QRectF iconRect() const;
    /// The picture drawn at this share (0..1) of iconRect(), centred: room for what
    /// surrounds it (HoldButton's ring). 1 by default.
    void setIconScale(double scale);

private:
    double m_iconScale = 1.0;
    void fitToHeight();
};
