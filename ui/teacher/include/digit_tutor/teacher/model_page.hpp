#pragma once
// The teacher's model manager: what the model in use is, in plain words (what it learnt
// from, how well it reads, when it was made: model_description.hpp), its technical
// settings under "Details" (closed at first), a button to load another model file and one
// to go back to the bundled default. Loading is the window's job (MainWindow::useModelFile
// validates the file with the core loader, keeps the current model when it is bad, and
// remembers the choice); this page asks for it and shows the result.

#include <digit_tutor/engine/digit_model.hpp>

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

class ModelPage : public QWidget {
    Q_OBJECT
public:
    explicit ModelPage(QWidget* parent = nullptr);

    /// Shows a model's description; `path` empty for the bundled default.
    void showModel(const dt::DigitModel& model, const QString& path);
    /// Everything the page says of the model, the details included, as plain text.
    QString descriptionText() const;
    /// The plain words: title, what it learnt from, how well it reads, when it was made.
    QLabel* titleLabel() const { return m_title; }
    QLabel* learntLabel() const { return m_learnt; }
    QLabel* readingLabel() const { return m_reading; }
    QLabel* madeLabel() const { return m_made; }
    /// Opens and closes the technical settings.
    QToolButton* detailsButton() const { return m_detailsButton; }
    QLabel* details() const { return m_details; }
    QPushButton* loadButton() const { return m_load; }
    QPushButton* defaultButton() const { return m_default; }

signals:
    /// The teacher chose this model file.
    void modelFileChosen(const QString& path);
    /// The teacher wants the bundled default back.
    void defaultModelChosen();

private:
    QLabel* m_title;
    QLabel* m_learnt;
    QLabel* m_reading;
    QLabel* m_made;
    QToolButton* m_detailsButton;
    QLabel* m_details;
    QStringList m_detailLines; ///< what m_details shows, as plain text
    QPushButton* m_load;
    QPushButton* m_default;
};
