#include <digit_tutor/practice/side_panel.hpp>

#include <digit_tutor/common/big_button.hpp>
#include <digit_tutor/common/confidence_meter.hpp>
#include <digit_tutor/common/difference_view.hpp>
#include <digit_tutor/common/guide_view.hpp>

#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>


SidePanel::SidePanel(QLayout* buttons, QWidget* parent)
    : QWidget(parent)
{
    m_guide = new GuideView(this);
    m_difference = new DifferenceView(this);
    m_difference->hide();
    m_compareButton = dt::ui::iconButton(dt::ui::ChildIcon::Compare, {}, {}, {}, {}, this);
    retranslate();
    m_compareButton->setCheckable(true);
    m_compareButton->setEnabled(false);
    m_meter = new ConfidenceMeter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_guide, 1);
    layout->addWidget(m_difference, 1);
    layout->addWidget(m_compareButton);
    layout->addSpacing(8);
    layout->addWidget(m_meter);
    layout->addStretch();
    layout->addLayout(buttons);

    // As wide as the comparison needs, so that the canvas does not jump when it is shown.
    setMinimumWidth(m_difference->minimumSizeHint().width());
}

void SidePanel::showComparison(bool comparing)
{
    // The comparison takes the guide's place and the meter's: after Done the stars say how
    // sure the app is, and the panel has no height for both. Hide before showing: showing a
    // widget lays out its window at once, and with both shown for a moment the window would
    // grow to hold them, and stay grown.
    const QList<QWidget*> guideSide{m_guide, m_meter};
    for (QWidget* w : guideSide)
        if (comparing)
            w->hide();
    m_difference->setVisible(comparing);
    for (QWidget* w : guideSide)
        if (!comparing)
            w->show();
    m_compareButton->setChecked(comparing);
}

void SidePanel::retranslate()
{
    dt::ui::setButtonWords(m_compareButton, tr("Compare"), tr("Compare my drawing with the guide"),
                           tr("Show what is missing and what is extra"), QKeySequence(Qt::Key_C));
}

void SidePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
