#pragma once
// The app's window: the practice page and a File menu to load another model. A model that
// fails to load is reported (file and reason) and the current one stays.

#include <digit_tutor/digit_model.hpp>

#include <QMainWindow>

#include <memory>

class PracticePage;
class RecognitionController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const dt::DigitModel> model, QWidget* parent = nullptr);

    PracticePage* practicePage() const { return m_page; }
    RecognitionController* controller() const { return m_controller; }

public slots:
    /// Asks for a model file and loads it.
    void chooseModel();
    /// Loads a model file; on failure shows a message and keeps the current model.
    /// Returns whether the model was replaced.
    bool loadModelFile(const QString& path);

private:
    RecognitionController* m_controller;
    PracticePage* m_page;
};
