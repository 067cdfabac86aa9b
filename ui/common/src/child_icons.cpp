#include <digit_tutor/common/child_icons.hpp>

namespace dt::ui {

QString childIconPath(ChildIcon icon)
{
    const char* name = "star";
    switch (icon) {
    case ChildIcon::Undo: name = "undo"; break;
    case ChildIcon::Clear: name = "eraser"; break;
    case ChildIcon::Done: name = "tick"; break;
    case ChildIcon::SayAgain: name = "speaker"; break;
    case ChildIcon::ShowMe: name = "hand"; break;
    case ChildIcon::Next: name = "arrow-right"; break;
    case ChildIcon::Trace: name = "pencil-trace"; break;
    case ChildIcon::Compare: name = "compare"; break;
    case ChildIcon::Star: name = "star"; break;
    case ChildIcon::Student: name = "person"; break;
    case ChildIcon::Quit: name = "door"; break;
    case ChildIcon::Practice: name = "practice"; break;
    case ChildIcon::FreeDrawing: name = "free-draw"; break;
    }
    return QStringLiteral(":/icons/child/%1.svg").arg(QLatin1String(name));
}

QIcon childIcon(ChildIcon icon) { return QIcon(childIconPath(icon)); }

} // namespace dt::ui
