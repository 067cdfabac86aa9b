#pragma once
// A child's button that acts only when held: pressed and held for holdDuration() (2 s by
// default) while a ring fills around its icon, it emits held() once. Released early,
// nothing happens and the ring runs back to empty. A small child tapping about cannot quit
// by chance; a grown-up who knows holds it. Mouse, pen and touch all work (it follows the
// button's pressed() and released(), which touch reaches as synthesised mouse events).
//
// Connect held(), not clicked(): clicked() still follows every release, as on any button.
//
// Example use:
//     auto* quit = new HoldButton(dt::ui::ChildIcon::Quit, tr("Hold to quit"), page);
//     connect(quit, &HoldButton::held, window, &QWidget::close);

#include <digit_tutor/common/child_button.hpp>

#include <QVariantAnimation>

class HoldButton : public ChildButton {
    Q_OBJECT
public:
    static constexpr int kDefaultHoldMs = 2000;

    HoldButton(dt::ui::ChildIcon icon, const QString& text, QWidget* parent = nullptr);

    /// How long a press must last, in ms (at least 1; less is taken as 1).
    void setHoldDuration(int ms);
    int holdDuration() const { return m_holdMs; }
    /// How full the ring is, 0..1.
    double progress() const { return m_progress; }

signals:
    /// The ring is full: emitted once per press.
    void held();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void startHold();
    void releaseHold();

    int m_holdMs = kDefaultHoldMs;
    double m_progress = 0.0;
    bool m_fired = false;
    QVariantAnimation m_fill;
};
