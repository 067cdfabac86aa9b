#pragma once
// The practice screen: "Write a 3", the canvas, the model's guide picture of the asked
// digit, how sure the model is that the drawing is that digit, what it looks like now,
// and Undo / Clear / Done / Next. It wires canvas -> controller -> widgets; the maths is
// in core, behind RecognitionController.
//
// Free mode ("Free drawing"): no digit is asked; "Draw any digit"; the meter shows how sure
// the model is of the digit it recognises (0 for a drawing that is no digit), the guide
// that digit's closest way of writing, Done gives stars for the recognised digit, and Next
// just clears.

#include <digit_tutor/digit_model.hpp>

#include <QWidget>

class ConfidenceMeter;
class DrawingCanvas;
class GuideView;
class QButtonGroup;
class QLabel;
class QPushButton;
class RecognitionController;

class PracticePage : public QWidget {
    Q_OBJECT
public:
    /// The controller is not owned; it must outlive the page.
    explicit PracticePage(RecognitionController* controller, QWidget* parent = nullptr);

    /// The digit asked in practice mode (kept, but not asked, in free mode).
    int askedDigit() const { return m_asked; }
    bool isFreeMode() const { return m_free; }
    /// Stars for the last Done: 0 (empty drawing) to 3; -1 before Done.
    int stars() const { return m_stars; }
    /// 3 when the asked digit is recognised with p >= 0.9 and typicality >= 0.25, 2 when
    /// it is recognised, 1 for any other drawing, 0 for an empty one.
    static int starsFor(const dt::Verdict& verdict, int asked);

    DrawingCanvas* canvas() const { return m_canvas; }
    ConfidenceMeter* meter() const { return m_meter; }
    GuideView* guideView() const { return m_guide; }
    QPushButton* practiceModeButton() const { return m_practiceButton; }
    QPushButton* freeModeButton() const { return m_freeButton; }
    QPushButton* doneButton() const { return m_doneButton; }
    QPushButton* nextButton() const { return m_nextButton; }
    QString promptText() const;
    QString looksLikeText() const;
    QString praiseText() const;

public slots:
    /// Free drawing (true) or practice of an asked digit (false); starts a fresh drawing.
    void setFreeMode(bool free);
    /// Asks for this digit (0-9) and starts a fresh drawing. In free mode the digit is kept
    /// for when practice resumes.
    void setAskedDigit(int digit);
    /// Asks for another digit, chosen at random; in free mode just clears.
    void next();
    void undo();
    void clear();
    /// Judges the drawing now and shows praise with stars.
    void done();

private:
    void showVerdict(const dt::Verdict& verdict);
    void showGuide(int component);
    void resetFeedback();
    void showPrompt();

    RecognitionController* m_controller;
    DrawingCanvas* m_canvas = nullptr;
    GuideView* m_guide = nullptr;
    ConfidenceMeter* m_meter = nullptr;
    QLabel* m_prompt = nullptr;
    QLabel* m_looksLike = nullptr;
    QLabel* m_praise = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_doneButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_practiceButton = nullptr;
    QPushButton* m_freeButton = nullptr;
    QButtonGroup* m_modes = nullptr;
    int m_asked = 3;
    bool m_free = false;
    int m_stars = -1;
};
