#include <digit_tutor/practice/practice_page.hpp>

#include <digit_tutor/engine/attempt_outcome.hpp>

#include <digit_tutor/common/big_button.hpp>
#include <digit_tutor/common/celebration.hpp>
#include <digit_tutor/common/child_button.hpp>
#include <digit_tutor/common/child_style.hpp>
#include <digit_tutor/common/stars_view.hpp>
#include <digit_tutor/common/confidence_meter.hpp>
#include <digit_tutor/common/difference_view.hpp>
#include <digit_tutor/common/drawing_canvas.hpp>
#include <digit_tutor/common/guide_view.hpp>
#include <digit_tutor/practice/child_words.hpp>
#include <digit_tutor/practice/prompt_speaker.hpp>
#include <digit_tutor/practice/recognition_controller.hpp>
#include <digit_tutor/practice/show_me_coach.hpp>
#include <digit_tutor/practice/side_panel.hpp>
#include <digit_tutor/practice/sound_effects.hpp>

#include <QButtonGroup>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

using dt::ui::iconButton;

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

    using dt::ui::ChildIcon;
    m_practiceButton = iconButton(ChildIcon::Practice, {}, {}, {}, {}, this);
    m_freeButton = iconButton(ChildIcon::FreeDrawing, {}, {}, {}, {}, this);
    for (QPushButton* b : {m_practiceButton, m_freeButton})
        b->setCheckable(true);
    m_practiceButton->setChecked(true);
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    m_modes->addButton(m_practiceButton);
    m_modes->addButton(m_freeButton);

    m_traceButton = iconButton(ChildIcon::Trace, {}, {}, {}, {}, this);
    m_traceButton->setCheckable(true);
    m_sayAgainButton = iconButton(ChildIcon::SayAgain, {}, {}, {}, {}, this);
    m_sayAgainButton->setVisible(m_speaker->canSpeak());
    m_showMeButton = iconButton(ChildIcon::ShowMe, {}, {}, {}, {}, this);

    m_undoButton = iconButton(ChildIcon::Undo, {}, {}, {}, {}, this);
    m_clearButton = iconButton(ChildIcon::Clear, {}, {}, {}, {}, this);
    m_doneButton = iconButton(ChildIcon::Done, {}, {}, {}, {}, this);
    m_doneButton->setProperty(dt::ui::kChildAccentProperty, "done");
    m_nextButton = iconButton(ChildIcon::Next, {}, {}, {}, {}, this);
    for (QPushButton* arrow : {m_undoButton, m_nextButton})
        arrow->setProperty(kMirroredInRtlProperty, true);

    m_prompt = new QLabel(this);
    m_prompt->setAlignment(Qt::AlignCenter);

    m_canvas = new DrawingCanvas(this);
    m_coach = new ShowMeCoach(m_canvas, this);

    m_looksLike = new QLabel(this);
    m_looksLike->setAlignment(Qt::AlignCenter);
    // However long the sentence, it never widens the window: it wraps (the praise) or is cut.
    m_looksLike->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

    m_praise = new QLabel(this);
    m_praise->setAlignment(Qt::AlignCenter);
    m_praise->setTextFormat(Qt::PlainText);
    m_praise->setWordWrap(true);
    m_praise->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

    m_starsView = new StarsView(this);
    m_celebration = new Celebration(this);
    m_sounds = new SoundEffects(this);

    buildLayout();
    connectKeys();
    nameParts();
    retranslate();
    dt::ui::applyChildStyle(this); // also the window's buttons it is given (addToTopRow)

    connect(m_undoButton, &QPushButton::clicked, this, &PracticePage::undo);
    connect(m_clearButton, &QPushButton::clicked, this, &PracticePage::clear);
    connect(m_doneButton, &QPushButton::clicked, this, &PracticePage::done);
    connect(m_nextButton, &QPushButton::clicked, this, &PracticePage::next);
    connect(m_sayAgainButton, &QPushButton::clicked, this, &PracticePage::sayPrompt);
    connect(m_showMeButton, &QPushButton::clicked, this, &PracticePage::showMe);
    connect(m_coach, &ShowMeCoach::showingChanged, this, [this] {
        retranslateShowMe();
        applyHelp(); // the guide shows under the pen while it writes
    });
    connect(m_speaker, &PromptSpeaker::unavailable, m_sayAgainButton, &QWidget::hide);
    // A language without a voice is silent: nothing to say again until one with a voice.
    connect(m_speaker, &PromptSpeaker::voiceForLanguage, m_sayAgainButton, &QWidget::setVisible);
    // clicked, not toggled: the setters check the buttons themselves.
    connect(m_practiceButton, &QPushButton::clicked, this, [this] { setFreeMode(false); });
    connect(m_freeButton, &QPushButton::clicked, this, [this] { setFreeMode(true); });
    connect(m_traceButton, &QPushButton::clicked, this, &PracticePage::setTracing);
    connect(m_compareButton, &QPushButton::clicked, this, &PracticePage::setComparing);

    m_controller->setDrawingSource([canvas = m_canvas] { return canvas->drawing(); });
    connect(m_canvas, &DrawingCanvas::strokesChanged, m_controller, &RecognitionController::drawingChanged);
    connect(m_canvas, &DrawingCanvas::strokeFinished, m_controller, &RecognitionController::drawingChanged);
    // The first ink after Done (or after "Draw a 3 first!") starts a new attempt: what was
    // said about the old one goes at once, not when the next Done replaces it.
    connect(m_canvas, &DrawingCanvas::strokesChanged, this, [this] {
        if (m_judged || m_askedToDraw || m_comparing)
            startNewAttempt();
    });
    connect(m_controller, &RecognitionController::verdictReady, this, &PracticePage::showVerdict);

    setAskedDigit(m_plan.nextDigit());
}

void PracticePage::retranslate()
{
    using dt::ui::setButtonWords;
    setButtonWords(m_practiceButton, tr("Practice"), tr("Practice mode: write the asked digit"),
                   tr("Write the digit I ask for"), QKeySequence(Qt::Key_P));
    setButtonWords(m_freeButton, tr("Free drawing"), tr("Free drawing mode: draw any digit"),
                   tr("Draw any digit and I will say which"), QKeySequence(Qt::Key_F));
    setButtonWords(m_traceButton, tr("Trace"), tr("Trace over the guide"),
                   tr("Show the guide under your drawing to trace over"), QKeySequence(Qt::Key_T));
    setButtonWords(m_sayAgainButton, tr("Say it again"), tr("Say the digit to write again"),
                   tr("Hear the question again"), QKeySequence(Qt::Key_S));
    setButtonWords(m_undoButton, tr("Undo"), tr("Undo the last stroke"),
                   tr("Take back the last stroke"), QKeySequence(QKeySequence::Undo));
    setButtonWords(m_clearButton, tr("Clear"), tr("Clear the drawing"),
                   tr("Start the drawing again"), QKeySequence(Qt::Key_Escape));
    setButtonWords(m_doneButton, tr("Done"), tr("I am done"),
                   tr("See how well it went"), QKeySequence(Qt::Key_Return));
    setButtonWords(m_nextButton, tr("Next"), tr("Next digit"),
                   tr("Write another digit"), QKeySequence(Qt::Key_N));
    retranslateShowMe();
    m_prompt->setAccessibleName(tr("Which digit to write"));
    m_looksLike->setAccessibleName(tr("What the drawing looks like"));
    m_praise->setAccessibleName(tr("Praise"));
}

void PracticePage::retranslateShowMe()
{
    dt::ui::setButtonWords(m_showMeButton, tr("Show me"), tr("Show me how to write it"),
                           tr("Watch the digit being written, stroke by stroke"), QKeySequence(Qt::Key_H));
    if (m_coach->isShowing())
        m_showMeButton->setText(tr("Stop"));
}

void PracticePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The question shows in the new language, unspoken: the page may be behind the
        // teacher area. What was said about the drawing keeps the words it was said in.
        m_prompt->setText(ChildWords::write(m_free ? -1 : m_asked));
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        setLeftHanded(m_leftHanded); // the panel keeps its side of the canvas
    }
    QWidget::changeEvent(event);
}

void PracticePage::buildLayout()
{
    auto* modes = new QHBoxLayout;
    m_topRow = modes;
    m_topRowButtons = {m_practiceButton, m_freeButton, m_sayAgainButton, m_showMeButton, m_traceButton};
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

    // Under the canvas: the stars, then the words beside them, in one place: what the
    // drawing looks like while the child writes, the praise (and any hint) after Done.
    m_words = new QStackedWidget(this);
    m_words->addWidget(m_looksLike);
    m_words->addWidget(m_praise);
    auto* verdict = new QHBoxLayout;
    verdict->addWidget(m_starsView);
    verdict->addWidget(m_words, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(modes);
    layout->addWidget(m_prompt);
    layout->addLayout(m_middle, 1);
    layout->addLayout(verdict);
}

void PracticePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The words grow with the screen, from a 1024x600 netbook to a 1920x1080 board; the
    // buttons size themselves from their height (ChildButton).
    const double scale = std::clamp(std::min(width() / 1024.0, height() / 600.0), 0.75, 2.0);
    m_prompt->setFont(scaledFont(font(), int(std::lround(38 * scale)), true));
    m_prompt->setFixedHeight(QFontMetrics(m_prompt->font()).height());
    m_looksLike->setFont(scaledFont(font(), int(std::lround(22 * scale)), true));
    m_praise->setFont(scaledFont(font(), int(std::lround(24 * scale)), true));
    // Fixed heights: words that come and go, or wrap, never move the canvas under the pen
    // (nor stop Show me, which stops when the canvas changes size).
    m_words->setFixedHeight(2 * QFontMetrics(m_praise->font()).lineSpacing());
    m_starsView->setFixedSize(int(std::lround(180 * scale)), m_words->height());
    // Buttons a finger finds on a netbook (56 px at least) that grow on a board.
    const int buttonHeight = std::clamp(int(std::lround(height() * 0.1)), dt::ui::kMinimumButtonHeight, 110);
    for (QWidget* button : m_topRowButtons)
        button->setFixedHeight(buttonHeight);
    for (QPushButton* button : {m_undoButton, m_clearButton, m_doneButton, m_nextButton, m_compareButton})
        button->setFixedHeight(buttonHeight);
}

void PracticePage::nameParts()
{
    const std::pair<QObject*, const char*> parts[] = {
        {m_canvas, "canvas"}, {m_meter, "meter"}, {m_guide, "guide"}, {m_difference, "difference"},
        {m_side, "sidePanel"}, {m_prompt, "prompt"}, {m_looksLike, "looksLike"}, {m_praise, "praise"},
        {m_practiceButton, "practiceMode"}, {m_freeButton, "freeMode"}, {m_undoButton, "undo"},
        {m_clearButton, "clear"}, {m_doneButton, "done"}, {m_nextButton, "next"}, {m_traceButton, "trace"},
        {m_compareButton, "compare"}, {m_sayAgainButton, "sayAgain"}, {m_showMeButton, "showMe"},
        {m_speaker, "speaker"}, {m_coach, "coach"}, {m_starsView, "stars"}, {m_celebration, "celebration"},
        {m_sounds, "sounds"}};
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

void PracticePage::addToTopRow(QWidget* first, const QList<QWidget*>& last)
{
    if (first) {
        m_topRow->insertWidget(0, first);
        m_topRowButtons.append(first);
    }
    for (QWidget* widget : last) {
        m_topRow->addWidget(widget);
        m_topRowButtons.append(widget);
    }
}

void PracticePage::setWritingWays(std::shared_ptr<const dt::WritingWays> ways)
{
    m_coach->setWritingWays(std::move(ways));
    clearHint();
    updateShowMeButton();
    updateFormation();
}

void PracticePage::updateFormation()
{
    // How the guide shown is written: Show me's marks on it, and on the tracing template.
    const dt::ui::FormationStrokes formation =
        m_free || !m_controller->model() ? dt::ui::FormationStrokes{}
                                         : m_coach->formationFor(*m_controller->model(), m_asked, m_guidePixels);
    m_guide->setFormation(formation);
    m_canvas->setTracingFormation(formation);
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
    if (!m_free && m_controller->model() && m_coach->showMe(*m_controller->model(), m_asked, m_guidePixels)) {
        // Asked once, the start dot and the arrows stay on the guide for this digit.
        m_guide->setFormationShown(true);
    }
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

void PracticePage::startChild(const dt::PracticePlan& plan)
{
    m_plan = plan;
    if (m_free)
        clear();
    else
        setAskedDigit(m_plan.nextDigit()); // clears the drawing and what was said of it
}

void PracticePage::setFreeMode(bool free)
{
    m_free = free;
    m_controller->setAskedDigit(free ? -1 : m_asked);
    m_guideComponent = -1;
    m_guide->setCaption(QString());
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
    m_controller->setAskedDigit(m_free ? -1 : digit);
    m_guideComponent = -1; // a new digit starts from its most common way of writing
    m_guide->setCaption(QString());
    m_guide->setFormationShown(false);
    showPrompt();
    m_canvas->clear();
    resetFeedback();
}

void PracticePage::showPrompt()
{
    m_prompt->setText(ChildWords::write(m_free ? -1 : m_asked));
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
    m_canvas->undoLastStroke(); // a changed drawing: a new attempt (strokesChanged)
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
        const QString ask = ChildWords::drawFirst(m_free ? -1 : m_asked);
        m_praise->setText(ask);
        m_words->setCurrentWidget(m_praise);
        m_askedToDraw = true;
        m_speaker->say(ask);
        return;
    }
    if (m_judged) {
        // The same drawing again: the same verdict, said again, and never recorded twice.
        m_speaker->say(m_lastSaid);
        return;
    }
    m_controller->drawingChanged();
    m_controller->judgeNow();
    const dt::Verdict& verdict = m_controller->lastVerdict();
    // In free mode the drawing is judged as the digit it is recognised as.
    const dt::AttemptOutcome outcome = dt::judgeAttempt(verdict, m_free ? -1 : m_asked);
    m_stars = outcome.stars;
    m_judged = true;
    const QString words = praiseFor(outcome, verdict);
    m_praise->setText(words);
    m_words->setCurrentWidget(m_praise);
    m_starsView->setStars(m_stars); // they arrive one by one, each with a pop
    m_sounds->play(m_stars == 3 ? SoundEffects::Sound::ThreeStars
                                : outcome.recognised ? SoundEffects::Sound::Success : SoundEffects::Sound::TryAgain);
    if (m_stars == 3)
        m_celebration->celebrate(Celebration::Kind::ThreeStars);

    // One attempt per drawing: a changed drawing is a new attempt (startNewAttempt).
    const QString formation = m_free ? QString() : recordInPlan(outcome);
    emit attemptFinished(m_canvas->drawing(), m_free ? -1 : m_asked, verdict, formation);
    // A drawing that is no digit yet is better answered by the guide (what to draw) than
    // by an overlay of a scribble on it; Compare still shows it on request. A reversal too:
    // the guide turns round, and an overlay would only say that every stroke is wrong.
    if (outcome.reversed)
        turnGuideRound(outcome.judgedDigit);
    setComparing(verdict.isDigit && !outcome.reversed);
    // Everything the child is told is also said: the praise (or what to write instead) and
    // the hint after it, shown and spoken as one, so that neither cuts the other off.
    if (!m_hintText.isEmpty())
        m_praise->setText(ChildWords::andThen(m_praise->text(), m_hintText));
    m_lastSaid = m_praise->text();
    m_speaker->say(m_lastSaid);
}

QString PracticePage::recordInPlan(const dt::AttemptOutcome& outcome)
{
    const int levelBefore = m_plan.level(m_asked);
    m_plan.recordAttempt(m_asked, outcome.recognised);
    // Learnt: the plan has faded this digit's guide to its last step. A bigger party.
    if (m_plan.level(m_asked) == m_plan.maxLevel() && levelBefore < m_plan.maxLevel()) {
        m_celebration->celebrate(Celebration::Kind::DigitLearnt);
        m_sounds->play(SoundEffects::Sound::DigitLearnt);
        m_praise->setText(ChildWords::learnt(m_asked));
    }
    // The guide may now change to the asked digit's way closest to the drawing; while the
    // child drew it stayed put, so as not to move under their eyes. Not for a reversal: no
    // way of writing is close to a mirror image, and the guide is about to turn round.
    if (!outcome.reversed)
        showClosestGuide();
    applyHelp();
    // How it was written matters once it is the right digit; a hint never takes a star.
    // (A reversal is never recognised: turning it round comes before where to start.)
    if (!outcome.recognised)
        return {};
    const auto check = m_coach->checkAfterDone(m_asked, m_canvas->drawing());
    if (!check)
        return {};
    if (m_coach->isShowingHint())
        m_hintText = ShowMeCoach::hintText(check->problem);
    return QString::fromLatin1(dt::formationProblemName(check->problem));
}

void PracticePage::startNewAttempt()
{
    m_judged = false;
    m_askedToDraw = false;
    m_stars = -1;
    m_starsView->clear();
    m_praise->clear();
    clearHint();
    m_guide->stopTurning();
    if (m_comparing)
        setComparing(false);
    // The live verdict refills "looks like" and the meter as the new ink comes in.
    m_looksLike->clear();
    m_words->setCurrentWidget(m_looksLike);
}

void PracticePage::showClosestGuide()
{
    // Read as the asked digit: the way the model found it written in; else the asked
    // digit's way nearest to what was drawn.
    const dt::Verdict& verdict = m_controller->lastVerdict();
    if (!verdict.isDigit)
        return; // a scribble is like no way of writing: the guide stays
    const int closest = verdict.isDigit && verdict.digit == m_asked ? verdict.component
                                                                     : m_controller->closestComponent(m_asked);
    if (closest < 0 || closest == m_guideComponent)
        return;
    m_guideComponent = closest;
    showGuide(closest);
    // Saying why the guide changed, on the guide itself.
    m_guide->setCaption(ChildWords::writtenLikeYours(m_asked));
}

void PracticePage::turnGuideRound(int digit)
{
    // In free drawing the guide showed the digit the drawing was read as; the one to turn
    // round is the one it is the mirror image of.
    if (m_free)
        setGuidePixels(m_controller->guideFor(digit));
    m_guide->turnRound();
}

QString PracticePage::praiseFor(const dt::AttemptOutcome& outcome, const dt::Verdict& verdict)
{
    if (outcome.reversed) // often refused as no digit, or read as another: it is neither
        return ChildWords::facingTheOtherWay(outcome.judgedDigit);
    if (!verdict.isDigit) // a scribble earns no star, but a friendly word on what to write
        return ChildWords::letsWrite(m_free ? -1 : m_asked);
    if (!m_free && !outcome.recognised)
        return ChildWords::looksLikeNotAsked(verdict.digit, m_asked);
    // Varied, so that the tenth "Well done!" still means something; never the same words
    // twice in a row for the same number of stars.
    const QStringList choices = ChildWords::praise(outcome.stars);
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
    // The hand is on the same side whatever the language: in a right-to-left language (the
    // layouts mirrored) the row is laid out the other way so that the panel stays put.
    const bool panelOnTheRight = leftHanded;
    m_middle->setDirection(panelOnTheRight != isRightToLeft() ? QBoxLayout::RightToLeft : QBoxLayout::LeftToRight);
}

void PracticePage::setSpeechEnabled(bool enabled)
{
    m_speaker->setEnabled(enabled);
    m_sayAgainButton->setVisible(enabled && m_speaker->canSpeak());
    if (enabled)
        sayPrompt();
}

void PracticePage::setSoundsEnabled(bool enabled)
{
    m_sounds->setEnabled(enabled);
}

void PracticePage::showVerdict(const dt::Verdict& verdict)
{
    if (verdict.empty) {
        m_looksLike->clear();
        m_meter->clearValue();
        if (m_free)
            showGuide(-1);
        return;
    }
    if (verdict.isDigit)
        m_looksLike->setText(ChildWords::looksLike(verdict.digit));
    else
        m_looksLike->setText(ChildWords::notADigitYet());
    if (m_free) {
        // The recognised digit and its closest way of writing; nothing for a scribble.
        const bool digit = verdict.isDigit && verdict.digit >= 0 && verdict.digit < dt::kDigitClasses;
        m_meter->setValue(digit ? verdict.probabilities[std::size_t(verdict.digit)] : 0.0);
        setGuidePixels(digit ? m_controller->guideFor(verdict.digit, verdict.component) : std::vector<float>{});
        return;
    }
    // A refused drawing (a scribble) is not the asked digit however its posterior reads.
    m_meter->setValue(verdict.isDigit ? verdict.probabilities[std::size_t(m_asked)] : 0.0);
    updateCompareButton(); // the guide stays; there is a drawing to compare now
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
        updateFormation();
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
    m_words->setCurrentWidget(m_looksLike);
    m_starsView->clear();
    m_celebration->stop();
    m_guide->stopTurning();
    m_stars = -1;
    m_judged = false;
    m_askedToDraw = false;
    setComparing(false);
    showGuide(m_guideComponent);
}
