#pragma once
// The practice screen: "Write a 3", the canvas, the model's guide picture of the asked
// digit, how sure the model is that the drawing is that digit, what it looks like now,
// and Undo / Clear / Done / Next. It wires canvas -> controller -> widgets; the maths is
// in core, behind RecognitionController.

#include <digit_tutor/digit_model.hpp>

#include <QWidget>

class ConfidenceMeter;
class DrawingCanvas;
class GuideView;
class QLabel;
class QPushButton;
class RecognitionController;

class PracticePage : public QWidget {
    Q_OBJECT
public:
    /// The controller is not owned; it must outlive the page.
    explicit PracticePage(RecognitionController* controller, QWidget* parent = nullptr);

    int askedDigit() const { return m_asked; }
    /// Stars for the last Done: 0 (empty drawing) to 3; -1 before Done.
    int stars() const { return m_stars; }
    /// 3 when the asked digit is recognised with p >= 0.9 and typicality >= 0.25, 2 when
    /// it is recognised, 1 for any other drawing, 0 for an empty one.
    static int starsFor(const dt::Verdict& verdict, int asked);

    DrawingCanvas* canvas() const { return m_canvas; }
    ConfidenceMeter* meter() const { return m_meter; }
    GuideView* guideView() const { return m_guide; }
    QString promptText() const;
    QString looksLikeText() const;
    QString praiseText() const;

public slots:
    /// Asks for this digit (0-9) and starts a fresh drawing.
    void setAskedDigit(int digit);
    /// Asks for another digit, chosen at random.
    void next();
    void undo();
    void clear();
    /// Judges the drawing now and shows praise with stars.
    void done();

private:
    void showVerdict(const dt::Verdict& verdict);
    void showGuide(int component);
    void resetFeedback();

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
    int m_asked = 3;
    int m_stars = -1;
};
