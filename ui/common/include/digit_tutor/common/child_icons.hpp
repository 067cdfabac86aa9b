#pragma once
// The child's icons: the project's own SVG pictures (resources/icons/child/, CC0), embedded
// in the common library under ":/icons/child/". A five-year-old who cannot read finds a
// button by its picture; its words are the second channel.
//
// Example use:
//     button->setIcon(dt::ui::childIcon(dt::ui::ChildIcon::Done));

#include <QIcon>
#include <QString>

namespace dt::ui {

enum class ChildIcon { Undo, Clear, Done, SayAgain, ShowMe, Next, Trace, Compare, Star, Student, Quit, Practice, FreeDrawing };

/// The icon's resource path, e.g. ":/icons/child/tick.svg" for Done.
QString childIconPath(ChildIcon icon);
/// The icon, drawn from its SVG at any size (Qt's SVG icon engine, package libqt6svg6).
/// Never null for a ChildIcon; cheap after the first call (QIcon caches its pixmaps).
QIcon childIcon(ChildIcon icon);

} // namespace dt::ui
