#pragma once
// A visit to the teacher area as a teacher makes one: it opens (modal, from the child's
// window), `use` works in it, then it closes.

#include <digit_tutor/shell/main_window.hpp>
#include <digit_tutor/teacher/teacher_area.hpp>

#include <QTest>
#include <QTimer>

#include <functional>

namespace dt::test {

/// true once `use` ran in the open area; the area is closed afterwards.
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
