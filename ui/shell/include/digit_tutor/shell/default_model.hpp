#pragma once
// Where the app finds its model when none is given: the installed copy beside the binary
// (../share/digit-tutor/models/default.dtm), else the source tree's models/default.dtm,
// the same search as digit-tutor-cli.

#include <QString>

namespace dt::ui {

/// The first candidate that exists; the source tree's path when none does (so the
/// loader's error names a real place).
QString defaultModelPath();
/// The bundled ways of writing (default.ways), found as the model is.
QString defaultWaysPath();

} // namespace dt::ui
