#pragma once
// The practice screen, made for a child who cannot read yet: "Write a 3" (shown and
// spoken), the canvas with school writing lines, the model's guide picture of the asked
// digit (large, in colour), a face that smiles as the drawing looks more like the digit (no
// numbers), and big icon buttons: Undo, Clear, Done (a tick), Next (an arrow). It wires
// canvas -> controller -> widgets; the maths is in core, behind RecognitionController, and
// the choice of digit and of how much help to give in dt::PracticePlan.
//
// One clear life for an attempt. Done judges the drawing (dt::judgeAttempt): stars arrive
// large, one by one, with a sound (three stars: a celebration), and the praise is shown and
// spoken; a wrong digit is told what it looks like and what to write, a scribble earns no
// star but "Let's write a 3!". The asked digit written facing the other way (mirror
// writing, dt::AttemptOutcome::reversed; any digit in free drawing) earns one star and
// "Your 3 is facing the other way. Let's turn it round!", and the guide shows it: first
// mirrored, as the child wrote it, then turning round the right way (GuideView::turnRound,
// over by itself in under two seconds). A reversal gets no formation hint: it is the hint. The attempt is recorded once (the plan, attemptFinished);
// Done again on the same drawing says it again and records nothing. The first ink after
// Done, Undo after Done, or the first ink after an empty Done's "Draw a 3 first!" starts a
// new attempt: what was said of the old one goes at once. Another child (startChild) gets a
// clean canvas, nothing of the last child's, and their own plan.
//
// The guide stays still while the child draws: the asked digit's most common way of
// writing. After Done it may change to the asked digit's way closest to the drawing, with a
// caption saying so. "Show me" writes it over the canvas and leaves start dots and arrows on
// the guide; "Trace" lays it under the ink with the same marks. Done also shows the
// drawing on the guide with missing and extra ink ("Compare") until the drawing changes.
// The plan fades the guide as a child succeeds with a digit (reaching the last step is a
// digit learnt: a bigger celebration) and brings it back after a miss; Next asks the
// plan's choice, which favours missed digits.
//
// Free mode ("Free drawing"): no digit is asked; "Draw any digit"; the meter shows how sure
// the model is of the digit it recognises (none for a drawing that is no digit), the guide
// that digit's closest way of writing at full strength, Done gives stars for the
// recognised digit without recording anything in the plan, and Next just clears.
//
// After Done, a digit recognised as the asked one is also checked for how it was written:
// if the start, direction or stroke order is unusual, a green dot and an arrow on the canvas
// say where to start, and a short sentence (shown and spoken) tells the child. Only a hint:
// the stars are the same; a teacher can switch hints off. attemptFinished says what the
// check found.
//
// Every message is spoken through the page's PromptSpeaker ("speaker"), and the sounds
// played through its SoundEffects ("sounds"); the teacher switches either off. Words and
// pictures grow with the window, from 1024x600 to 1920x1080 and at 200%.
//
// Every action has a key, named in its button's tooltip: Ctrl+Z undo, Esc clear, Return
// done, N next, P practice, F free drawing, T trace, C compare, S say it again, H show me.

#include <digit_tutor/practice/recognition_controller.hpp> // Q_DECLARE_METATYPE(dt::Verdict), for attemptFinished

#include <digit_tutor/engine/attempt_outcome.hpp>
#include <digit_tutor/engine/digit_model.hpp>
#include <digit_tutor/engine/practice_plan.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/engine/writing_ways.hpp>

#include <QImage>
#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class Celebration;
class ConfidenceMeter;
class DifferenceView;
class DrawingCanvas;
class GuideView;
class PromptSpeaker;
class QBoxLayout;
class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class RecognitionController;
class ShowMeCoach;
class SidePanel;
class SoundEffects;
class StarsView;

class PracticePage : public QWidget {
    Q_OBJECT
public:
    /// The controller is not owned; it must outlive the page.
    explicit PracticePage(RecognitionController* controller, QWidget* parent = nullptr);

    /// The digit asked in practice mode (kept, but not asked, in free mode).
    int askedDigit() const { return m_asked; }
    bool isFreeMode() const { return m_free; }
    bool isTracing() const { return m_tracing; }
    bool isComparing() const { return m_comparing; }
    bool isLeftHanded() const { return m_leftHanded; }
    /// Stars for the last Done (dt::judgeAttempt): 0 (empty drawing, scribble) to 3; -1
    /// before Done and once the drawing changed after it.
    int stars() const { return m_stars; }
    /// The tracing template's opacity at full help; the plan's guide opacity scales it.
    /// Fainter than the guide, so that the child's own ink stands out above it.
    static constexpr double kTemplateOpacity = 0.4;

    /// The child's record and choice of digits (kept in memory).
    const dt::PracticePlan& practicePlan() const { return m_plan; }
    /// Another child sits down: their plan, a clean canvas with nothing said about the last
    /// child's drawing, and the digit their plan chooses (free drawing just clears).
    void startChild(const dt::PracticePlan& plan);
    /// What says every message aloud, in the child's language (PromptSpeaker::setLanguage).
    PromptSpeaker* speaker() const { return m_speaker; }
    /// Replaces the plan (a seeded one, say) and shows the help it gives; the drawing stays.
    void setPracticePlan(const dt::PracticePlan& plan);

    /// The page's parts carry object names, so that a test or a tool finds them as a user
    /// would, by what they are: "canvas", "meter", "guide", "difference", "sidePanel",
    /// "prompt", "looksLike", "praise" (labels), "stars" (StarsView), "celebration", the
    /// buttons "practiceMode", "freeMode", "undo", "clear", "done", "next", "trace",
    /// "compare", "sayAgain", "showMe", and the objects "speaker" (PromptSpeaker), "sounds"
    /// (SoundEffects) and "coach" (ShowMeCoach).

    /// The image last given to the canvas as tracing template (white ink on black), null
    /// when tracing is off or there is no guide.
    const QImage& tracingTemplate() const { return m_template; }
    /// The formation hint after Done ("Try starting at the green dot."), else empty.
    QString hintText() const;

    /// Puts the window's own buttons in the page's top row, so that they take no row of
    /// their own: `first` at the start (who is writing), `last` at the end (the teacher's
    /// door, quitting). The page takes them over.
    void addToTopRow(QWidget* first, const QList<QWidget*>& last);

    /// The ways of writing for "Show me" and the hints; null hides "Show me".
    void setWritingWays(std::shared_ptr<const dt::WritingWays> ways);
    void setFormationHintsEnabled(bool enabled);
    bool formationHintsEnabled() const;

public slots:
    /// Free drawing (true) or practice of an asked digit (false); starts a fresh drawing.
    void setFreeMode(bool free);
    /// Asks for this digit (0-9) and starts a fresh drawing. In free mode the digit is kept
    /// for when practice resumes.
    void setAskedDigit(int digit);
    /// Asks for the digit the practice plan chooses; in free mode just clears.
    void next();
    void undo();
    void clear();
    /// Judges the drawing now, shows praise with stars and the comparison with the guide.
    void done();
    /// Shows the guide faded under the ink to trace over, or stops.
    void setTracing(bool tracing);
    /// Shows the drawing on the guide with missing and extra ink (when there is a drawing
    /// and a guide to compare), or the guide again. A change to the drawing ends it.
    void setComparing(bool comparing);
    /// Puts the guide, meter and buttons on the side a left hand does not cover.
    void setLeftHanded(bool leftHanded);
    /// Speaks every message (where speech is available) and shows "Say it again", or neither.
    void setSpeechEnabled(bool enabled);
    /// Plays the sound effects (success, try again, celebrations) or none.
    void setSoundsEnabled(bool enabled);
    /// Says the prompt again.
    void sayPrompt();
    /// Writes the asked digit over the guide (the way closest to the guide shown), or stops
    /// it when it is being written. Nothing in free mode or without ways of writing.
    void showMe();

signals:
    /// Once per drawing, on its first Done: the drawing as the canvas recorded it, the asked
    /// digit (-1 in free drawing), the verdict, and what the formation check found
    /// (dt::formationProblemName: "none", "start", "direction", "order"; empty when it did
    /// not run: free drawing, another digit, no ways of writing). Whoever keeps attempts listens.
    void attemptFinished(const dt::Drawing& drawing, int askedDigit, const dt::Verdict& verdict,
                         const QString& formation);

protected:
    void resizeEvent(QResizeEvent* event) override;
    /// A change of language (AppLanguage, a child with another language chosen): the
    /// buttons' words and the question in the new language.
    void changeEvent(QEvent* event) override;

private:
    QString praiseFor(const dt::AttemptOutcome& outcome, const dt::Verdict& verdict);
    /// Done in practice: the attempt in the plan (a digit learnt is celebrated), the guide
    /// closest to the drawing, the formation check; returns what the check found
    /// (dt::formationProblemName), empty when it did not run.
    QString recordInPlan(const dt::AttemptOutcome& outcome);
    /// The drawing changed after Done (or after an empty Done): what was said goes.
    void startNewAttempt();
    /// After Done: the asked digit's way of writing closest to the drawing, as the guide.
    void showClosestGuide();
    /// After Done on a digit written facing the other way: the guide turns round.
    void turnGuideRound(int digit);
    void showVerdict(const dt::Verdict& verdict);
    void showGuide(int component);
    void setGuidePixels(std::vector<float> pixels);
    void applyHelp();
    void updateFormation();
    void refreshComparison();
    void updateCompareButton();
    void updateShowMeButton();
    void clearHint();
    void resetFeedback();
    void showPrompt();
    /// Every fixed word of the page in the app's language.
    void retranslate();
    /// "Show me", or "Stop" while showing.
    void retranslateShowMe();
    void buildLayout();
    void connectKeys();
    /// The object names of the parts (see above).
    void nameParts();

    RecognitionController* m_controller;
    PromptSpeaker* m_speaker = nullptr;
    DrawingCanvas* m_canvas = nullptr;
    GuideView* m_guide = nullptr;
    DifferenceView* m_difference = nullptr;
    ConfidenceMeter* m_meter = nullptr;
    SidePanel* m_side = nullptr;
    QBoxLayout* m_middle = nullptr;
    QBoxLayout* m_topRow = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_looksLike = nullptr;
    QLabel* m_praise = nullptr;
    QStackedWidget* m_words = nullptr; ///< looksLike while drawing, praise after Done, in one place
    QList<QWidget*> m_topRowButtons;
    StarsView* m_starsView = nullptr;
    Celebration* m_celebration = nullptr;
    SoundEffects* m_sounds = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_doneButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_practiceButton = nullptr;
    QPushButton* m_freeButton = nullptr;
    QPushButton* m_traceButton = nullptr;
    QPushButton* m_compareButton = nullptr;
    QPushButton* m_sayAgainButton = nullptr;
    QPushButton* m_showMeButton = nullptr;
    QString m_hintText; ///< the formation hint shown after Done, until the drawing changes
    ShowMeCoach* m_coach = nullptr;
    QButtonGroup* m_modes = nullptr;
    dt::PracticePlan m_plan;
    std::vector<float> m_guidePixels; ///< the guide shown, 784 values; empty without one
    QImage m_template;
    double m_templateOpacity = 0.0;
    int m_asked = 3;
    bool m_free = false;
    bool m_tracing = false;
    bool m_comparing = false;
    bool m_leftHanded = false;
    QString m_lastPraise;
    bool m_judged = false;     ///< Done judged (and recorded) this drawing; new ink starts a new attempt
    bool m_askedToDraw = false; ///< an empty Done's "Draw a 3 first!" is shown
    int m_guideComponent = -1; ///< the guide's way of writing: -1 the most common, else chosen at Done
    QString m_lastSaid;        ///< what Done said, for a second Done on the same drawing
    int m_stars = -1;
};
