#pragma once
// Up to three big stars: how well an attempt went, for a child who cannot read. Earned
// stars arrive one after the other (each ~250 ms: it grows from small with an overshoot and
// a little spin); unearned ones are soft grey outlines, so a child sees how many there could
// have been. Painted with QPainterPath, scaled to the widget. It decides nothing: the
// number comes from the practice rules (engine/attempt_outcome).
//
// Example use:
//     connect(stars, &StarsView::starArrived, sound, &Sound::pop);
//     stars->setStars(outcome.stars); // 0..3

#include <QVariantAnimation>
#include <QWidget>

#include <array>

class StarsView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxStars = 3;
    static constexpr int kArrivalMs = 250;

    explicit StarsView(QWidget* parent = nullptr);

    /// The stars shown, 0..3; -1 when cleared (nothing shown).
    int stars() const { return m_stars; }
    bool isAnimating() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    /// Shows n stars (clamped to 0..3) of three. With `animate` the earned ones arrive one
    /// after the other, kArrivalMs each, starArrived(i) as each lands; without, they are
    /// simply there and nothing is emitted. A running animation is replaced.
    void setStars(int n, bool animate = true);
    /// Hides the stars (stars() is -1), ending any animation without signals.
    void clear();
    /// Jumps to the end of the animation (for tests and screenshots): the stars still to
    /// arrive arrive now, each emitting starArrived.
    void finishAnimation();

signals:
    /// Star `index` (0-based) has landed: the moment for a sound.
    void starArrived(int index);

protected:
    /// A change of language (AppLanguage) gives its words again.
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void startArrival(int index);
    void arrivalFinished();
    void updateDescription();
    /// Its name and description for screen readers, in the app's language.
    void describe();

    int m_stars = -1;
    /// Each star's arrival, 0 (not yet) .. 1 (landed).
    std::array<double, kMaxStars> m_progress{};
    int m_arriving = -1;
    QVariantAnimation m_animation;
};
