#pragma once
// The teacher's model manager: what the model in use is (its file, when and on what it was
// trained, its configuration and accuracy), a button to load another model file and one
// to go back to the bundled default. Loading is the window's job (MainWindow::useModelFile
// validates the file with the core loader, keeps the current model when it is bad, and
// remembers the choice); this page asks for it and shows the result.

#include <digit_tutor/engine/digit_model.hpp>

#include <QWidget>

class QLabel;
class QPushButton;

class ModelPage : public QWidget {
    Q_OBJECT
public:
    explicit ModelPage(QWidget* parent = nullptr);

    /// Shows a model's description; `path` empty for the bundled default.
    void showModel(const dt::DigitModel& model, const QString& path);
    QString descriptionText() const;
    QPushButton* loadButton() const { return m_load; }
    QPushButton* defaultButton() const { return m_default; }

signals:
    /// The teacher chose this model file.
    void modelFileChosen(const QString& path);
    /// The teacher wants the bundled default back.
    void defaultModelChosen();

private:
    QLabel* m_description;
    QPushButton* m_load;
    QPushButton* m_default;
};
