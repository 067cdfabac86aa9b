#pragma once
// How sure the model is that the drawing is the asked digit (a value 0..1 it is given),
// shown so that a child who cannot read numbers reads it: a round face whose mouth goes
// from a wobbly, unsure line to a big smile, and beside it a thick bar that fills and
// changes colour from orange (unsure) through yellow to green (sure). No digits at all;
// screen readers get words (text()). It computes nothing.

#include <QWidget>

class ConfidenceMeter : public QWidget {
    Q_OBJECT
public:
    explicit ConfidenceMeter(QWidget* parent = nullptr);

    double value() const { return m_value; }
    bool hasValue() const { return m_hasValue; }
    /// The value in words, for screen readers and tooltips (translated): "not sure yet"
    /// below 0.25, "a bit sure" below 0.5, "quite sure" below 0.8, else "very sure"; ""
    /// without a value. Never a number: the child's screen shows none.
    QString text() const;
    /// The bar's and the face's colour for a value: orange at 0, yellow at 0.5, green at 1.
    static QColor colourFor(double value);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    /// Clamped to 0..1; NaN clears.
    void setValue(double value);
    void clearValue();

protected:
    void paintEvent(QPaintEvent* event) override;
    /// A change of language (AppLanguage) gives its words again.
    void changeEvent(QEvent* event) override;

private:
    /// Its name and description for screen readers, in the app's language.
    void describe();
    void paintFace(QPainter& painter, const QRectF& box) const;

    double m_value = 0.0;
    bool m_hasValue = false;
};
