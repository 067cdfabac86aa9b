#pragma once
// The teacher area as the UI tests open it: through the window's own door (no PIN is set in
// a fresh test), `use` called once it shows, then closed.

#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>

#include <QTimer>

#include <functional>

namespace dt::test {

/// Opens `window`'s teacher area, calls `use` in it, closes it. False when it did not open.
inline bool inTeacherArea(MainWindow& window, const std::function<void(TeacherArea&)>& use)
{
    bool opened = false;
    auto connection = QObject::connect(&window, &MainWindow::teacherAreaOpened, &window, [&](TeacherArea* area) {
        QTimer::singleShot(0, area, [&, area] {
            opened = true;
            use(*area);
            area->accept();
        });
    });
    window.openTeacherArea();
    QObject::disconnect(connection);
    return opened;
}

} // namespace dt::test
