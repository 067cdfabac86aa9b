#pragma once
// Who is looking at the saved attempts, which decides whose attempts they see: a child sees
// only their own; every child's attempts are for a teacher, past the teacher lock (or with
// none set, when the teacher area is open to anyone and says so).

#include <digit_tutor/progress/student.hpp>

struct AttemptsViewer {
    dt::store::Student child; ///< the child chosen in practice (Guest when none was)
    /// Past the teacher lock: every child's attempts, and taking kept files into the store.
    bool teacher = false;
};
