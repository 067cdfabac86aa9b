#include "practice_page.hpp"

#include "confidence_meter.hpp"
#include "drawing_canvas.hpp"
#include "guide_view.hpp"
#include "recognition_controller.hpp"

#include <QButtonGroup>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

constexpr double kSureProbability = 0.9;
constexpr double kTypicalEnough = 0.25;

QFont scaledFont(const QFont& base, int pixels, bool bold)
{
    QFont f = base;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QPushButton* bigButton(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setFont(scaledFont(button->font(), 22, true));
    button->setMinimumSize(120, 56);
    button->setAccessibleName(accessibleName);
    button->setFocusPolicy(Qt::NoFocus); // Return belongs to Done, whatever was clicked last
    return button;
}

QPushButton* modeButton(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setFont(scaledFont(button->font(), 18, true));
    // Room around the words, which the style alone leaves tight.
    button->setMinimumSize(QFontMetrics(button->font()).horizontalAdvance(text) + 40, 44);
    button->setCheckable(true);
    button->setAccessibleName(accessibleName);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

PracticePage::PracticePage(RecognitionController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_practiceButton = modeButton(tr("Practice"), tr("Practice mode: write the asked digit"), this);
    m_freeButton = modeButton(tr("Free drawing"), tr("Free drawing mode: draw any digit"), this);
    m_practiceButton->setChecked(true);
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    m_modes->addButton(m_practiceButton);
    m_modes->addButton(m_freeButton);

    m_prompt = new QLabel(this);
    m_prompt->setFont(scaledFont(font(), 40, true));
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setAccessibleName(tr("Which digit to write"));

    m_canvas = new DrawingCanvas(this);
    m_guide = new GuideView(this);
    m_meter = new ConfidenceMeter(this);

    auto* guideTitle = new QLabel(tr("Like this:"), this);
    guideTitle->setFont(scaledFont(font(), 20, false));
    auto* meterTitle = new QLabel(tr("How sure am I?"), this);
    meterTitle->setFont(scaledFont(font(), 20, false));

    m_looksLike = new QLabel(this);
    m_looksLike->setFont(scaledFont(font(), 24, true));
    m_looksLike->setAlignment(Qt::AlignCenter);
    m_looksLike->setMinimumHeight(QFontMetrics(m_looksLike->font()).height());
    m_looksLike->setAccessibleName(tr("What the drawing looks like"));

    m_praise = new QLabel(this);
    m_praise->setFont(scaledFont(font(), 28, true));
    m_praise->setAlignment(Qt::AlignCenter);
    m_praise->setTextFormat(Qt::RichText);
    m_praise->setAccessibleName(tr("Praise"));

    m_undoButton = bigButton(tr("Undo"), tr("Undo the last stroke"), this);
    m_clearButton = bigButton(tr("Clear"), tr("Clear the drawing"), this);
    m_doneButton = bigButton(tr("Done"), tr("I am done"), this);
    m_nextButton = bigButton(tr("Next"), tr("Next digit"), this);

    auto* side = new QVBoxLayout;
    side->addWidget(guideTitle);
    side->addWidget(m_guide, 1);
    side->addSpacing(12);
    side->addWidget(meterTitle);
    side->addWidget(m_meter);
    side->addStretch();

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_canvas, 3);
    middle->addLayout(side, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch();
    buttons->addWidget(m_doneButton);
    buttons->addWidget(m_nextButton);

    auto* modes = new QHBoxLayout;
    modes->addWidget(m_practiceButton);
    modes->addWidget(m_freeButton);
    modes->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(modes);
    layout->addWidget(m_prompt);
    layout->addLayout(middle, 1);
    layout->addWidget(m_looksLike);
    layout->addWidget(m_praise);
    layout->addLayout(buttons);

    connect(m_undoButton, &QPushButton::clicked, this, &PracticePage::undo);
    connect(m_clearButton, &QPushButton::clicked, this, &PracticePage::clear);
    connect(m_doneButton, &QPushButton::clicked, this, &PracticePage::done);
    connect(m_nextButton, &QPushButton::clicked, this, &PracticePage::next);
    // clicked, not toggled: setFreeMode() checks the buttons itself.
    connect(m_practiceButton, &QPushButton::clicked, this, [this] { setFreeMode(false); });
    connect(m_freeButton, &QPushButton::clicked, this, [this] { setFreeMode(true); });

    auto* undoKey = new QShortcut(QKeySequence::Undo, this);
    auto* clearKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    auto* doneKey = new QShortcut(QKeySequence(Qt::Key_Return), this);
    auto* enterKey = new QShortcut(QKeySequence(Qt::Key_Enter), this);
    connect(undoKey, &QShortcut::activated, this, &PracticePage::undo);
    connect(clearKey, &QShortcut::activated, this, &PracticePage::clear);
    connect(doneKey, &QShortcut::activated, this, &PracticePage::done);
    connect(enterKey, &QShortcut::activated, this, &PracticePage::done);

    m_controller->setDrawingSource([canvas = m_canvas] { return canvas->drawing(); });
    connect(m_canvas, &DrawingCanvas::strokesChanged, m_controller, &RecognitionController::drawingChanged);
    connect(m_canvas, &DrawingCanvas::strokeFinished, m_controller, &RecognitionController::drawingChanged);
    connect(m_controller, &RecognitionController::verdictReady, this, &PracticePage::showVerdict);

    setAskedDigit(QRandomGenerator::global()->bounded(dt::kDigitClasses));
}

QString PracticePage::promptText() const { return m_prompt->text(); }
QString PracticePage::looksLikeText() const { return m_looksLike->text(); }
QString PracticePage::praiseText() const { return m_praise->text(); }

int PracticePage::starsFor(const dt::Verdict& verdict, int asked)
{
    if (verdict.empty)
        return 0;
    const bool recognised = verdict.isDigit && verdict.digit == asked;
    if (!recognised)
        return 1;
    const double p = verdict.probabilities[std::size_t(asked)];
    return p >= kSureProbability && verdict.typicality >= kTypicalEnough ? 3 : 2;
}

void PracticePage::setFreeMode(bool free)
{
    m_free = free;
    (free ? m_freeButton : m_practiceButton)->setChecked(true);
    showPrompt();
    m_canvas->clear();
    resetFeedback();
}

void PracticePage::setAskedDigit(int digit)
{
    if (digit < 0 || digit >= dt::kDigitClasses)
        return;
    m_asked = digit;
    showPrompt();
    m_canvas->clear();
    resetFeedback();
}

void PracticePage::showPrompt()
{
    m_prompt->setText(m_free ? tr("Draw any digit") : tr("Write a %1").arg(m_asked));
}

void PracticePage::next()
{
    if (m_free) {
        clear();
        return;
    }
    // Another digit than the one just practised.
    const int offset = 1 + QRandomGenerator::global()->bounded(dt::kDigitClasses - 1);
    setAskedDigit((m_asked + offset) % dt::kDigitClasses);
}

void PracticePage::undo()
{
    m_canvas->undoLastStroke();
    m_praise->clear();
    m_stars = -1;
}

void PracticePage::clear()
{
    m_canvas->clear();
    resetFeedback();
}

void PracticePage::done()
{
    if (m_canvas->isEmpty()) {
        m_stars = 0;
        const QString ask = m_free ? tr("Draw a digit first!") : tr("Draw a %1 first!").arg(m_asked);
        m_praise->setText(ask.toHtmlEscaped());
        return;
    }
    m_controller->drawingChanged();
    m_controller->recogniseNow();
    const dt::Verdict& verdict = m_controller->lastVerdict();
    // In free mode the drawing is judged as the digit it is recognised as.
    m_stars = starsFor(verdict, m_free ? verdict.digit : m_asked);
    const QString stars = QStringLiteral("<span style=\"color:#e8a317\">%1</span><span style=\"color:#bbbbbb\">%2</span>")
                              .arg(QString(m_stars, QChar(0x2605)), QString(3 - m_stars, QChar(0x2606)));
    QString words;
    switch (m_stars) {
    case 3: words = tr("Wonderful!"); break;
    case 2: words = tr("Well done!"); break;
    default: words = tr("Good try! Have another go."); break;
    }
    m_praise->setText(tr("%1&nbsp;&nbsp;%2").arg(stars, words.toHtmlEscaped()));
    m_praise->setAccessibleDescription(tr("%n star(s)", nullptr, m_stars));
}

void PracticePage::showVerdict(const dt::Verdict& verdict)
{
    if (verdict.empty) {
        m_looksLike->clear();
        m_meter->clearValue();
        showGuide(-1);
        return;
    }
    if (verdict.isDigit)
        m_looksLike->setText(tr("That looks like a %1").arg(verdict.digit));
    else
        m_looksLike->setText(tr("That doesn't look like a digit yet"));
    if (m_free) {
        // The recognised digit and its closest way of writing; nothing for a scribble.
        const bool digit = verdict.isDigit && verdict.digit >= 0 && verdict.digit < dt::kDigitClasses;
        m_meter->setValue(digit ? verdict.probabilities[std::size_t(verdict.digit)] : 0.0);
        if (digit)
            m_guide->setGuide(m_controller->guideFor(verdict.digit, verdict.component));
        else
            m_guide->clearGuide();
        return;
    }
    // A refused drawing (a scribble) is not the asked digit however its posterior reads.
    m_meter->setValue(verdict.isDigit ? verdict.probabilities[std::size_t(m_asked)] : 0.0);
    showGuide(verdict.digit == m_asked ? verdict.component : -1);
}

void PracticePage::showGuide(int component)
{
    if (m_free)
        m_guide->clearGuide(); // no digit is asked: no guide before a digit is drawn
    else
        m_guide->setGuide(m_controller->guideFor(m_asked, component));
}

void PracticePage::resetFeedback()
{
    m_looksLike->clear();
    m_meter->clearValue();
    m_praise->clear();
    m_stars = -1;
    showGuide(-1);
}
