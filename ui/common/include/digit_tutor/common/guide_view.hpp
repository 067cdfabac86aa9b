#pragma once
// Shows a 28x28 guide image it is given (a digit model's mean picture of one way of
// writing a digit) as a picture to copy: large, in the child's strong calm blue on white
// paper between the school writing lines, its blurred edges made crisp (colouredInk()), as
// strongly as it is told (the practice plan fades the guide as a child succeeds). On
// request it shows how the digit is formed: a green start dot per stroke and arrows
// (formation_marks.hpp). For a digit written facing the other way it turns round
// (turnRound(): the guide mirrored, as the child wrote it, then flipped the right way,
// turn_round.hpp).

#include <digit_tutor/common/formation_marks.hpp>

#include <QColor>
#include <QImage>
#include <QString>
#include <QWidget>

#include <vector>

class TurnRound;

class GuideView : public QWidget {
    Q_OBJECT
public:
    /// The side of colouredInk()'s image: 8 times the guide's 28, so edges stay crisp when
    /// the guide is drawn large.
    static constexpr int kInkSide = 224;

    explicit GuideView(QWidget* parent = nullptr);

    /// 784 values, 28x28 row-major, 0 (background) .. 255 (ink). Anything else clears.
    void setGuide(const std::vector<float>& pixels);
    /// Any grey image with white ink on black, as the model's images are.
    void setGuide(const QImage& image);
    void clearGuide();
    /// The image as shown (colouredInk() of the guide in the guide's colour), null without
    /// a guide.
    const QImage& guide() const { return m_image; }
    /// How strongly the ink is drawn, 0 (not at all) .. 1 (fully); clamped, NaN counts as 1.
    void setOpacity(double opacity);
    double opacity() const { return m_opacity; }

    /// How the digit is formed: one polyline per stroke, in writing order, in the 28x28
    /// image's coordinates. Shown only with setFormationShown(true).
    void setFormation(const dt::ui::FormationStrokes& strokes);
    void setFormationShown(bool shown);
    bool isFormationShown() const { return m_formationShown; }
    /// A short line drawn along the foot of the guide ("A 3 written like yours"), saying
    /// why this guide is shown; empty for none. Also the tooltip.
    void setCaption(const QString& caption);
    QString caption() const { return m_caption; }

    /// Shows the guide mirrored, as a child who wrote the digit facing the other way wrote
    /// it, then turns it round the right way (TurnRound: about 1.6 s), at full strength
    /// whatever the opacity, so that the child sees it. Ends by itself with turnedRound().
    void turnRound();
    /// Ends a turn now, the right way round (new ink, another digit).
    void stopTurning();
    bool isTurning() const;
    /// How wide the guide is drawn: -1 mirrored .. 1 the right way round (1 when still).
    double horizontalScale() const;

    /// The 784 values (28x28 row-major, 0 background .. 255 ink) as a grey image with white
    /// ink on black, the form setGuide() and DrawingCanvas::setTracingTemplate() take; null
    /// for any other count. Non-finite values count as background.
    static QImage inkImage(const std::vector<float>& pixels);

    /// The guide as a picture to copy: `colour` on a transparent background (ARGB32),
    /// side x side pixels. The grey is scaled up smoothly, normalised by its own maximum,
    /// then put through a smoothstep from 0.3 to 0.5: the stroke's core becomes solid
    /// colour, the blur's tails vanish, and the edge stays soft over about half an image pixel.
    /// Null for a pixel count other than 784 or a null image; all transparent for an image
    /// without ink. Cost: ~0.3 ms.
    static QImage colouredInk(const std::vector<float>& pixels, const QColor& colour, int side = kInkSide);
    /// The same from a grey image with white ink on black (any size, e.g. inkImage()'s).
    static QImage colouredInk(const QImage& whiteOnBlack, const QColor& colour, int side = kInkSide);

    /// Square is preferred, but any shape is taken: the image is drawn in the largest centred
    /// square. (No height-for-width: it would make the window grow with the side panel.)
    QSize sizeHint() const override;

signals:
    /// A turn (turnRound()) ended by itself, the right way round.
    void turnedRound();

protected:
    /// A change of language (AppLanguage) gives its words again.
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    /// Its name for screen readers, in the app's language.
    void describe();
    QImage m_image;
    double m_opacity = 1.0;
    dt::ui::FormationStrokes m_formation;
    bool m_formationShown = false;
    QString m_caption;
    TurnRound* m_turn = nullptr;
};
