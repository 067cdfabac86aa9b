#pragma once
// The app's window as the UI tests open it: settings cleared (in QStandardPaths' test
// folder), speech off, attempts saved in a temporary folder, 1024x600 (the smallest screen the app is made for), shown and exposed;
// and the model and real digits they draw.

#include "replay.hpp"
#include "test_paths.hpp"

#include <digit_tutor/shell/main_window.hpp>

#include <digit_tutor/engine/model_file.hpp>

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dt::test {

inline std::unique_ptr<MainWindow> openPracticeWindow(std::shared_ptr<const dt::DigitModel> model,
                                                      const QTemporaryDir& attempts)
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("view/speech"), false); // quiet unless a test asks for speech
    auto window = std::make_unique<MainWindow>(std::move(model));
    window->setAttemptFolder(attempts.path());
    window->resize(1024, 600); // the smallest screen the app is made for
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

/// The bundled default model, and the first clearly read pen-drawn digit of each class
/// from the project's copy of the handwriting (firstClearOfEachDigit).
struct DefaultModelAndDigits {
    std::shared_ptr<const dt::DigitModel> model;
    std::vector<dt::Drawing> digits;
};

inline DefaultModelAndDigits loadDefaultModelAndDigits()
{
    DefaultModelAndDigits out;
    out.model = std::make_shared<const dt::DigitModel>(dt::loadModel(defaultModelPath().toStdString()));
    out.digits = firstClearOfEachDigit(dt::loadDrawings(handwritingPath().toStdString()), *out.model);
    return out;
}

} // namespace dt::test
