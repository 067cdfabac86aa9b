#pragma once
// Shows a child's normalised drawing over the guide it was compared with, and where they
// differ: ink still to add (the guide has it, the drawing not) in sky blue, ink not needed
// (the drawing has it, the guide not) in orange, with a legend of two swatches and two
// words. The shares (percentages) are only in the tooltip and the accessible description,
// for a grown-up: a child reads the colours. Blue against orange stays apart for red-green colour blindness (the
// Okabe-Ito pair), and the words say it again for anyone. It computes nothing: it shows
// the dt::InkDifference it is given.

#include <digit_tutor/engine/ink_difference.hpp>

#include <QImage>
#include <QWidget>

class QLabel;

class DifferenceView : public QWidget {
    Q_OBJECT
public:
    explicit DifferenceView(QWidget* parent = nullptr);

    /// Shows this difference (its 28x28 maps; anything else clears).
    void setDifference(const dt::InkDifference& difference);
    void clearDifference();
    bool hasDifference() const { return !m_picture.isNull(); }
    /// The difference shown; zero shares and empty maps without one.
    const dt::InkDifference& difference() const { return m_difference; }
    /// The 28x28 picture as shown (paper white, guide light grey, drawing dark, missing
    /// blue, extra orange), null without a difference.
    const QImage& picture() const { return m_picture; }
    /// e.g. "Missing 12% · extra 5%", "" without a difference (also the tooltip).
    QString summaryText() const;

    static QColor missingColour();
    static QColor extraColour();

protected:
    /// A change of language (AppLanguage) gives its words again.
    void changeEvent(QEvent* event) override;

private:
    /// Its legend and screen-reader name, in the app's language.
    void retranslate();

    QWidget* m_canvas = nullptr;
    QLabel* m_missingText = nullptr;
    QLabel* m_extraText = nullptr;
    dt::InkDifference m_difference;
    QImage m_picture;
};
