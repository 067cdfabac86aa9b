#pragma once
// Where the tests find their data. The paths are fixed at configure time (CMake cache
// variables DIGIT_TUTOR_SHARED_DIR, DIGIT_TUTOR_MNIST_DIR) so a test never depends on the
// directory it happens to be started from.

#include <QString>

namespace dt::test {

inline QString sharedDir() { return QStringLiteral(DIGIT_TUTOR_SHARED_DIR); }
inline QString mnistDir() { return QStringLiteral(DIGIT_TUTOR_MNIST_DIR); }
inline QString sourceDir() { return QStringLiteral(DIGIT_TUTOR_SOURCE_DIR); }
inline QString defaultModelPath() { return QStringLiteral(DIGIT_TUTOR_SOURCE_DIR "/models/default.dtm"); }
inline QString cliPath() { return QStringLiteral(DIGIT_TUTOR_CLI_PATH); }

} // namespace dt::test
