#pragma once
// The app's window as the UI tests open it: settings cleared (in QStandardPaths' test
// folder), speech off, attempts saved in a temporary folder, 900x700, shown and exposed.

#include <main_window.hpp>

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
    window->resize(900, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace dt::test
