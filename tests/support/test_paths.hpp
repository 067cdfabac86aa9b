#pragma once
// Where the tests find their data. The paths are fixed at configure time (CMake cache
// variables DIGIT_TUTOR_SHARED_DIR, DIGIT_TUTOR_MNIST_DIR) so a test never depends on the
// directory it happens to be started from. The environment variable DIGIT_TUTOR_SHARED_DIR,
// when set, replaces the shared folder for one run: DIGIT_TUTOR_SHARED_DIR=/nowhere ctest
// shows what a clone without ../shared beside it skips.

#include <QString>
#include <QtGlobal>

namespace dt::test {

inline QString sharedDir()
{
    return qEnvironmentVariableIsSet("DIGIT_TUTOR_SHARED_DIR") ? qEnvironmentVariable("DIGIT_TUTOR_SHARED_DIR")
                                                               : QStringLiteral(DIGIT_TUTOR_SHARED_DIR);
}
inline QString mnistDir() { return QStringLiteral(DIGIT_TUTOR_MNIST_DIR); }
inline QString sourceDir() { return QStringLiteral(DIGIT_TUTOR_SOURCE_DIR); }
inline QString defaultModelPath() { return QStringLiteral(DIGIT_TUTOR_SOURCE_DIR "/models/default.dtm"); }
/// The real pen-drawn digits the project ships (data/handwriting): every clone has them.
inline QString handwritingPath() { return QStringLiteral(DIGIT_TUTOR_SOURCE_DIR "/data/handwriting/pendigits-train.jsonl"); }
/// The real doodles the project ships (data/nondigits): what is not a digit.
inline QString doodlesPath() { return QStringLiteral(DIGIT_TUTOR_SOURCE_DIR "/data/nondigits/quickdraw-doodles.jsonl"); }
inline QString cliPath() { return QStringLiteral(DIGIT_TUTOR_CLI_PATH); }

} // namespace dt::test
