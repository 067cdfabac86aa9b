#include <digit_tutor/common/difference_view.hpp>

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Okabe & Ito's colour-blind safe sky blue and orange, on paper white.
const QColor kMissing(0x56, 0xb4, 0xe9);
const QColor kExtra(0xe6, 0x9f, 0x00);
const QColor kPaper(Qt::white);
const QColor kGuideInk(0xd4, 0xd4, 0xd4);
const QColor kDrawnInk(0x30, 0x30, 0x30);

QColor over(const QColor& below, const QColor& above, int alpha255)
{
    const double a = std::clamp(alpha255, 0, 255) / 255.0;
    auto mix = [a](int b, int t) { return int(std::lround(b + (t - b) * a)); };
    return QColor(mix(below.red(), above.red()), mix(below.green(), above.green()), mix(below.blue(), above.blue()));
}

bool isDigitSized(const dt::GreyImage& image)
{
    return image.width == dt::kDigitSide && image.height == dt::kDigitSide &&
           image.pixels.size() == std::size_t(dt::kDigitPixels);
}

// The picture in the largest centred square, scaled smoothly like the guide it replaces.
class PictureArea : public QWidget {
public:
    explicit PictureArea(const QImage* picture, QWidget* parent)
        : QWidget(parent)
        , m_picture(picture)
    {
        setMinimumSize(110, 110);
    }
    QSize sizeHint() const override { return {200, 200}; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const int side = std::min(width(), height());
        const QRect target((width() - side) / 2, (height() - side) / 2, side, side);
        painter.fillRect(target, kPaper);
        if (!m_picture->isNull())
            painter.drawImage(target, *m_picture);
        painter.setPen(QColor(0xcc, 0xcc, 0xcc));
        painter.drawRect(target.adjusted(0, 0, -1, -1));
    }

private:
    const QImage* m_picture;
};

QLabel* swatch(const QColor& colour, QWidget* parent)
{
    QPixmap pixmap(22, 22);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1, 1, 20, 20), 5, 5);
    auto* label = new QLabel(parent);
    label->setPixmap(pixmap);
    return label;
}

} // namespace

DifferenceView::DifferenceView(QWidget* parent)
    : QWidget(parent)
{
    m_canvas = new PictureArea(&m_picture, this);

    // The colours say it; the words are short, and the shares (percentages) are for grown-ups,
    // in the tooltip and the teacher's views, not for a child who cannot read numbers yet.
    QFont legendFont = font();
    legendFont.setPixelSize(15);
    m_missingText = new QLabel(this);
    m_extraText = new QLabel(this);
    retranslate();
    for (QLabel* label : {m_missingText, m_extraText})
        label->setFont(legendFont);

    // One row, so that the panel beside a netbook's canvas has the height for it.
    auto* legend = new QHBoxLayout;
    legend->addWidget(swatch(kMissing, this));
    legend->addWidget(m_missingText);
    legend->addSpacing(8);
    legend->addWidget(swatch(kExtra, this));
    legend->addWidget(m_extraText);
    legend->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(legend);
}

QColor DifferenceView::missingColour() { return kMissing; }
QColor DifferenceView::extraColour() { return kExtra; }

void DifferenceView::setDifference(const dt::InkDifference& difference)
{
    if (!isDigitSized(difference.drawingInk) || !isDigitSized(difference.guideInk) ||
        !isDigitSized(difference.missing) || !isDigitSized(difference.extra)) {
        clearDifference();
        return;
    }
    m_difference = difference;
    // Layers from the paper up: the guide faint, what is missing over it, then the child's
    // ink, itself orange where it is extra. Colour only where there is something to look at:
    // the smoothed extra map spreads beyond the ink, and tinting paper would read as ink.
    QImage picture(dt::kDigitSide, dt::kDigitSide, QImage::Format_RGB32);
    for (int y = 0; y < dt::kDigitSide; ++y)
        for (int x = 0; x < dt::kDigitSide; ++x) {
            QColor c = over(kPaper, kGuideInk, difference.guideInk.at(x, y));
            // Doubled: at the edge of a missing stroke its smoothed value is low but it is
            // still missing ink, and sky blue is light.
            c = over(c, kMissing, 2 * difference.missing.at(x, y));
            const QColor ink = over(kDrawnInk, kExtra, 2 * difference.extra.at(x, y));
            c = over(c, ink, difference.drawingInk.at(x, y));
            picture.setPixelColor(x, y, c);
        }
    m_picture = picture;
    const auto percent = [](double share) { return int(std::lround(100.0 * share)); };
    setToolTip(summaryText());
    setAccessibleDescription(tr("Blue shows ink still to add: %1% of the guide. Orange shows ink not needed: %2% of "
                                "the drawing.")
                                 .arg(percent(difference.missingShare))
                                 .arg(percent(difference.extraShare)));
    m_canvas->update();
}

void DifferenceView::retranslate()
{
    setAccessibleName(tr("Your drawing on the guide"));
    m_missingText->setText(tr("still to add"));
    m_extraText->setText(tr("not needed"));
}
void DifferenceView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DifferenceView::clearDifference()
{
    m_difference = dt::InkDifference{};
    m_picture = QImage();
    setToolTip(QString());
    setAccessibleDescription(QString());
    m_canvas->update();
}

QString DifferenceView::summaryText() const
{
    if (!hasDifference())
        return {};
    return tr("Missing %1% \u00b7 extra %2%")
        .arg(int(std::lround(100.0 * m_difference.missingShare)))
        .arg(int(std::lround(100.0 * m_difference.extraShare)));
}
