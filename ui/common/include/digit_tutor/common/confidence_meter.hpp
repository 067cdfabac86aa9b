#pragma once
// A thick bar and a big percentage showing a value 0..1 it is given (how sure the model is
// that the drawing is the asked digit). The bar goes from orange (unsure) through yellow to
// green (sure); its length is the value. It computes nothing.

#include <QWidget>

class ConfidenceMeter : public QWidget {
    Q_OBJECT
public:
    explicit ConfidenceMeter(QWidget* parent = nullptr);

    double value() const { return m_value; }
    bool hasValue() const { return m_hasValue; }
    /// The percentage as shown, e.g. "87%", or "" without a value.
    QString text() const;
    /// The bar colour for a value: orange at 0, yellow at 0.5, green at 1.
    static QColor colourFor(double value);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    /// Clamped to 0..1; NaN clears.
    void setValue(double value);
    void clearValue();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_value = 0.0;
    bool m_hasValue = false;
};
