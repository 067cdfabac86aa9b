#include <digit_tutor/practice/practice_page.hpp>

#include <digit_tutor/engine/attempt_outcome.hpp>

#include <digit_tutor/common/big_button.hpp>
#include <digit_tutor/common/confidence_meter.hpp>
#include <digit_tutor/common/difference_view.hpp>
#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/guide_view.hpp>
#include <digit_tutor/practice/prompt_speaker.hpp>
#include <digit_tutor/practice/recognition_controller.hpp>
#include <digit_tutor/practice/show_me_coach.hpp>
#include <digit_tutor/practice/side_panel.hpp>

#include <QButtonGroup>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QVBoxLayout>

#include <utility>

using dt::ui::bigButton;

namespace {

QFont scaledFont(const QFont& base, int pixels, bool bold)
{
    QFont f = base;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

} // namespace

PracticePage::PracticePage(RecognitionController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_plan(QRandomGenerator::global()->generate())
{
    m_speaker = new PromptSpeaker(this);

    m_practiceButton = bigButton(tr("Practice"), tr("Practice mode: write the asked digit"),
                                 tr("Write the digit I ask for"), QKeySequence(Qt::Key_P), this, 18);
    m_freeButton = bigButton(tr("Free drawing"), tr("Free drawing mode: draw any digit"),
                             tr("Draw any digit and I will say which"), QKeySequence(Qt::Key_F), this, 18);
    for (QPushButton* b : {m_practiceButton, m_freeButton})
        b->setCheckable(true);
    m_practiceButton->setChecked(true);
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    m_modes->addButton(m_practiceButton);
    m_modes->addButton(m_freeButton);

    m_traceButton = bigButton(tr("Trace"), tr("Trace over the guide"), tr("Show the guide under your drawing to trace over"),
                              QKeySequence(Qt::Key_T), this, 18);
    m_traceButton->setCheckable(true);
    m_sayAgainButton = bigButton(tr("Say it again"), tr("Say the digit to write again"), tr("Hear the question again"),
                                 QKeySequence(Qt::Key_S), this, 18);
    m_sayAgainButton->setVisible(m_speaker->canSpeak());
    m_showMeButton = bigButton(tr("Show me"), tr("Show me how to write it"),
                               tr("Watch the digit being written, stroke by stroke"), QKeySequence(Qt::Key_H), this, 18);

    m_undoButton = bigButton(tr("Undo"), tr("Undo the last stroke"), tr("Take back the last stroke"),
                             QKeySequence(QKeySequence::Undo), this);
    m_clearButton = bigButton(tr("Clear"), tr("Clear the drawing"), tr("Start the drawing again"),
                              QKeySequence(Qt::Key_Escape), this);
    m_doneButton = bigButton(tr("Done"), tr("I am done"), tr("See how well it went"), QKeySequence(Qt::Key_Return), this);
    m_nextButton = bigButton(tr("Next"), tr("Next digit"), tr("Write another digit"), QKeySequence(Qt::Key_N), this);

    m_prompt = new QLabel(this);
    m_prompt->setFont(scaledFont(font(), 40, true));
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setAccessibleName(tr("Which digit to write"));

    m_canvas = new DrawingCanvas(this);
    m_coach = new ShowMeCoach(m_canvas, this);

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
    // A line that comes and goes would resize the canvas under the child's pen: it keeps its room.
    m_praise->setMinimumHeight(QFontMetrics(m_praise->font()).height());

    buildLayout();
    connectKeys();
    nameParts();

    connect(m_undoButton, &QPushButton::clicked, this, &PracticePage::undo);
    connect(m_clearButton, &QPushButton::clicked, this, &PracticePage::clear);
    connect(m_doneButton, &QPushButton::clicked, this, &PracticePage::done);
    connect(m_nextButton, &QPushButton::clicked, this, &PracticePage::next);
    connect(m_sayAgainButton, &QPushButton::clicked, this, &PracticePage::sayPrompt);
    connect(m_showMeButton, &QPushButton::clicked, this, &PracticePage::showMe);
    connect(m_coach, &ShowMeCoach::showingChanged, this, [this](bool showing) {
        m_showMeButton->setText(showing ? tr("Stop") : tr("Show me"));
        applyHelp(); // the guide shows under the pen while it writes
    });
    connect(m_speaker, &PromptSpeaker::unavailable, m_sayAgainButton, &QWidget::hide);
    // clicked, not toggled: the setters check the buttons themselves.
    connect(m_practiceButton, &QPushButton::clicked, this, [this] { setFreeMode(false); });
    connect(m_freeButton, &QPushButton::clicked, this, [this] { setFreeMode(true); });
    connect(m_traceButton, &QPushButton::clicked, this, &PracticePage::setTracing);
    connect(m_compareButton, &QPushButton::clicked, this, &PracticePage::setComparing);

    m_controller->setDrawingSource([canvas = m_canvas] { return canvas->drawing(); });
    connect(m_canvas, &DrawingCanvas::strokesChanged, m_controller, &RecognitionController::drawingChanged);
    connect(m_canvas, &DrawingCanvas::strokeFinished, m_controller, &RecognitionController::drawingChanged);
    // A changed drawing is a new attempt, and the comparison was of the old one: back to the
    // guide and the live meter until Done (or Compare) again.
    connect(m_canvas, &DrawingCanvas::strokesChanged, this, [this] {
        m_attemptRecorded = false;
        if (!m_hintText.isEmpty())
            clearHint();
        if (m_comparing)
            setComparing(false);
    });
    connect(m_controller, &RecognitionController::verdictReady, this, &PracticePage::showVerdict);

    setAskedDigit(m_plan.nextDigit());
}

void PracticePage::buildLayout()
{
    auto* modes = new QHBoxLayout;
    modes->addWidget(m_practiceButton);
    modes->addWidget(m_freeButton);
    modes->addStretch();
    modes->addWidget(m_sayAgainButton);
    modes->addWidget(m_showMeButton);
    modes->addWidget(m_traceButton);

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_undoButton, 0, 0);
    buttons->addWidget(m_clearButton, 0, 1);
    buttons->addWidget(m_doneButton, 1, 0);
    buttons->addWidget(m_nextButton, 1, 1);
    // The guide, the meter and the buttons share one column, so that they move together to
    // the side the drawing hand leaves free (setLeftHanded).
    m_side = new SidePanel(buttons, this);
    m_guide = m_side->guideView();
    m_difference = m_side->differenceView();
    m_meter = m_side->meter();
    m_compareButton = m_side->compareButton();

    m_middle = new QHBoxLayout;
    m_middle->addWidget(m_side, 1);
    m_middle->addWidget(m_canvas, 3);
    setLeftHanded(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(modes);
    layout->addWidget(m_prompt);
    layout->addLayout(m_middle, 1);
    layout->addWidget(m_looksLike);
    layout->addWidget(m_praise);
}

void PracticePage::nameParts()
{
    const std::pair<QObject*, const char*> parts[] = {
        {m_canvas, "canvas"}, {m_meter, "meter"}, {m_guide, "guide"}, {m_difference, "difference"},
        {m_side, "sidePanel"}, {m_prompt, "prompt"}, {m_looksLike, "looksLike"}, {m_praise, "praise"},
        {m_practiceButton, "practiceMode"}, {m_freeButton, "freeMode"}, {m_undoButton, "undo"},
        {m_clearButton, "clear"}, {m_doneButton, "done"}, {m_nextButton, "next"}, {m_traceButton, "trace"},
        {m_compareButton, "compare"}, {m_sayAgainButton, "sayAgain"}, {m_showMeButton, "showMe"},
        {m_speaker, "speaker"}, {m_coach, "coach"}};
    for (const auto& [part, name] : parts)
        part->setObjectName(QString::fromLatin1(name));
}

void PracticePage::connectKeys()
{
    // The page's keys work wherever the focus is in the window; each presses its button, so
    // a disabled or hidden button's key does nothing either.
    auto pressOn = [this](const QKeySequence& key, QPushButton* button) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isEnabled() && button->isVisible())
                button->click();
        });
    };
    pressOn(QKeySequence::Undo, m_undoButton);
    pressOn(QKeySequence(Qt::Key_Escape), m_clearButton);
    pressOn(QKeySequence(Qt::Key_Return), m_doneButton);
    pressOn(QKeySequence(Qt::Key_Enter), m_doneButton);
    pressOn(QKeySequence(Qt::Key_N), m_nextButton);
    pressOn(QKeySequence(Qt::Key_P), m_practiceButton);
    pressOn(QKeySequence(Qt::Key_F), m_freeButton);
    pressOn(QKeySequence(Qt::Key_T), m_traceButton);
    pressOn(QKeySequence(Qt::Key_C), m_compareButton);
    pressOn(QKeySequence(Qt::Key_S), m_sayAgainButton);
    pressOn(QKeySequence(Qt::Key_H), m_showMeButton);
}

QString PracticePage::hintText() const { return m_hintText; }

void PracticePage::setWritingWays(std::shared_ptr<const dt::WritingWays> ways)
{
    m_coach->setWritingWays(std::move(ways));
    clearHint();
    updateShowMeButton();
}

void PracticePage::setFormationHintsEnabled(bool enabled)
{
    m_coach->setHintsEnabled(enabled);
    if (!enabled)
        clearHint();
}

bool PracticePage::formationHintsEnabled() const { return m_coach->hintsEnabled(); }

void PracticePage::showMe()
{
    if (m_coach->isShowing()) {
        m_coach->stop();
        return;
    }
    if (!m_free && m_controller->model())
        m_coach->showMe(*m_controller->model(), m_asked, m_guidePixels);
}

void PracticePage::clearHint()
{
    m_coach->clearHint();
    m_hintText.clear();
}

void PracticePage::updateShowMeButton()
{
    m_showMeButton->setVisible(m_coach->isAvailable() && !m_free);
    m_showMeButton->setEnabled(!m_guidePixels.empty());
}

void PracticePage::setPracticePlan(const dt::PracticePlan& plan)
{
    m_plan = plan;
    applyHelp();
}

void PracticePage::setFreeMode(bool free)
{
    m_free = free;
    updateShowMeButton();
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
    // English says "an 8" but "a 3"; two texts also let a translation say it its own way.
    const QString ask = m_asked == 8 ? tr("Write an %1") : tr("Write a %1");
    m_prompt->setText(m_free ? tr("Draw any digit") : ask.arg(m_asked));
    m_speaker->say(m_prompt->text());
}

void PracticePage::sayPrompt()
{
    m_speaker->say(m_prompt->text());
}

void PracticePage::next()
{
    if (m_free) {
        clear();
        return;
    }
    setAskedDigit(m_plan.nextDigit(m_asked));
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
        const QString first = m_asked == 8 ? tr("Draw an %1 first!") : tr("Draw a %1 first!");
        const QString ask = m_free ? tr("Draw a digit first!") : first.arg(m_asked);
        m_praise->setText(ask.toHtmlEscaped());
        return;
    }
    m_controller->drawingChanged();
    m_controller->recogniseNow();
    const dt::Verdict& verdict = m_controller->lastVerdict();
    // In free mode the drawing is judged as the digit it is recognised as.
    const dt::AttemptOutcome outcome = dt::judgeAttempt(verdict, m_free ? -1 : m_asked);
    m_stars = outcome.stars;
    const QString stars = QStringLiteral("<span style=\"color:#e8a317\">%1</span><span style=\"color:#bbbbbb\">%2</span>")
                              .arg(QString(m_stars, QChar(0x2605)), QString(3 - m_stars, QChar(0x2606)));
    const QString words = praiseFor(m_stars);
    m_praise->setText(tr("%1&nbsp;&nbsp;%2").arg(stars, words.toHtmlEscaped()));
    m_praise->setAccessibleDescription(tr("%n star(s)", nullptr, m_stars));

    // One attempt per drawing: pressing Done twice does not count twice.
    if (!m_attemptRecorded) {
        m_attemptRecorded = true;
        const bool recognised = outcome.recognised;
        QString formation;
        if (!m_free) {
            m_plan.recordAttempt(m_asked, recognised);
            applyHelp();
            // How it was written matters once it is the right digit; a hint never takes a star.
            if (recognised) {
                if (const auto check = m_coach->checkAfterDone(m_asked, m_canvas->drawing())) {
                    formation = QString::fromLatin1(dt::formationProblemName(check->problem));
                    if (m_coach->isShowingHint())
                        m_hintText = ShowMeCoach::hintText(check->problem);
                }
            }
        }
        emit attemptFinished(m_canvas->drawing(), m_free ? -1 : m_asked, verdict, formation);
    }
    // A drawing that is no digit yet is better answered by the guide (what to draw) than
    // by an overlay of a scribble on it; Compare still shows it on request.
    setComparing(verdict.isDigit);
    // After Done "looks like" says no more than the stars do: the hint takes its place
    // until the drawing changes.
    if (!m_hintText.isEmpty())
        m_looksLike->setText(m_hintText);
}

QString PracticePage::praiseFor(int stars)
{
    // Varied, so that the tenth "Well done!" still means something; never the same words
    // twice in a row for the same number of stars.
    QStringList choices;
    switch (stars) {
    case 3: choices = {tr("Wonderful!"), tr("Perfect!"), tr("Super writing!"), tr("Brilliant!")}; break;
    case 2: choices = {tr("Well done!"), tr("Good job!"), tr("Nice work!"), tr("Great!")}; break;
    default:
        choices = {tr("Good try! Have another go."), tr("Nearly! Try once more."), tr("Keep going, you can do it!")};
        break;
    }
    int pick = QRandomGenerator::global()->bounded(int(choices.size()));
    if (choices[pick] == m_lastPraise)
        pick = (pick + 1) % int(choices.size());
    m_lastPraise = choices[pick];
    return m_lastPraise;
}

void PracticePage::setTracing(bool tracing)
{
    m_tracing = tracing;
    m_traceButton->setChecked(tracing);
    applyHelp();
}

void PracticePage::setComparing(bool comparing)
{
    m_comparing = comparing && !m_canvas->isEmpty() && !m_guidePixels.empty();
    if (m_comparing) {
        if (m_controller->isPending())
            m_controller->recogniseNow(); // compare the drawing as it is now, not a frame ago
        refreshComparison();
    }
    m_side->showComparison(m_comparing);
}

void PracticePage::setLeftHanded(bool leftHanded)
{
    // A right hand rests to the right of and below the pen, and hides what is there while
    // writing; a left hand does the same on the left. So the guide (to copy from), the
    // meter and the buttons go left of the canvas for a right-handed child and right of it
    // for a left-handed one: always in view, and never under a palm that could press them.
    m_leftHanded = leftHanded;
    m_middle->setDirection(leftHanded ? QBoxLayout::RightToLeft : QBoxLayout::LeftToRight);
}

void PracticePage::setSpeechEnabled(bool enabled)
{
    m_speaker->setEnabled(enabled);
    m_sayAgainButton->setVisible(enabled && m_speaker->canSpeak());
    if (enabled)
        sayPrompt();
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
        m_looksLike->setText((verdict.digit == 8 ? tr("That looks like an %1") : tr("That looks like a %1")).arg(verdict.digit));
    else
        m_looksLike->setText(tr("That doesn't look like a digit yet"));
    if (m_free) {
        // The recognised digit and its closest way of writing; nothing for a scribble.
        const bool digit = verdict.isDigit && verdict.digit >= 0 && verdict.digit < dt::kDigitClasses;
        m_meter->setValue(digit ? verdict.probabilities[std::size_t(verdict.digit)] : 0.0);
        setGuidePixels(digit ? m_controller->guideFor(verdict.digit, verdict.component) : std::vector<float>{});
        return;
    }
    // A refused drawing (a scribble) is not the asked digit however its posterior reads.
    m_meter->setValue(verdict.isDigit ? verdict.probabilities[std::size_t(m_asked)] : 0.0);
    // The asked digit's way of writing nearest to the drawing, even when it reads as another.
    showGuide(verdict.digit == m_asked ? verdict.component : m_controller->closestComponent(m_asked));
}

void PracticePage::showGuide(int component)
{
    // In free mode no digit is asked: no guide before a digit is drawn.
    setGuidePixels(m_free ? std::vector<float>{} : m_controller->guideFor(m_asked, component));
}

void PracticePage::setGuidePixels(std::vector<float> pixels)
{
    if (pixels != m_guidePixels || (pixels.empty() != m_guide->guide().isNull())) {
        m_guidePixels = std::move(pixels);
        if (m_guidePixels.empty())
            m_guide->clearGuide();
        else
            m_guide->setGuide(m_guidePixels);
    }
    applyHelp();
    if (m_comparing)
        refreshComparison();
    updateCompareButton();
    updateShowMeButton();
}

void PracticePage::applyHelp()
{
    const double opacity = m_free ? 1.0 : m_plan.guideOpacity(m_asked);
    m_guide->setOpacity(opacity);
    // "Show me" writes over the guide at full strength, whatever help the plan gives now.
    const bool showing = m_coach->isShowing();
    QImage wanted = m_tracing || showing ? GuideView::inkImage(m_guidePixels) : QImage();
    const double templateOpacity = wanted.isNull() ? 0.0 : kTemplateOpacity * (showing ? 1.0 : opacity);
    // The canvas repaints all its ink for a new template: only when it really changes, not
    // on every live verdict.
    if (wanted != m_template || templateOpacity != m_templateOpacity) {
        m_template = std::move(wanted);
        m_templateOpacity = templateOpacity;
        m_canvas->setTracingTemplate(m_template, m_templateOpacity);
    }
}

void PracticePage::refreshComparison()
{
    const auto difference = m_controller->differenceFrom(m_guidePixels);
    if (difference)
        m_difference->setDifference(*difference);
    else
        setComparing(false);
}

void PracticePage::updateCompareButton()
{
    m_compareButton->setEnabled(!m_canvas->isEmpty() && !m_guidePixels.empty());
    if (m_comparing && !m_compareButton->isEnabled())
        setComparing(false);
}

void PracticePage::resetFeedback()
{
    m_coach->stop();
    clearHint();
    m_looksLike->clear();
    m_meter->clearValue();
    m_praise->clear();
    m_stars = -1;
    m_attemptRecorded = false;
    setComparing(false);
    showGuide(-1);
}
