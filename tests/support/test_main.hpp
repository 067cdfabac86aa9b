#pragma once
// A test executable's main, and how a test says it cannot run, so that CTest counts a skip
// as a skip and never as a pass.
//
// A test whose prerequisite is absent returns through one of:
//  - DT_SKIP(reason): something of this machine or build (running as root, no comma-decimal
//    locale, built without Qt TextToSpeech). Always a skip.
//  - DT_SKIP_MISSING(reason): something the project provides: the fixtures of ../shared
//    beside the clone, MNIST (scripts/fetch-mnist.sh), a tool that scripts/install-deps.sh
//    --test installs. A skip on a developer's machine; a failure in CI (the environment
//    variable CI is set, as .ci/run sets it), where all of it is present.
// Data the project ships (data/handwriting, models/) is never a reason to skip.
//
// DT_TEST_MAIN(TestClass, QApplication) (or QCoreApplication) replaces QTEST_MAIN: the
// executable exits with kSkipExitCode when it skipped something and failed nothing, which
// digit_tutor_add_test declares as CTest's SKIP_RETURN_CODE. A failure exits with 1, so it
// wins over any skip. A plain QSKIP would not be counted, so it does not compile here.

#include <QTest>

namespace dt::test {

inline constexpr int kSkipExitCode = 77;

/// Whether this run is CI, where nothing the project provides may be missing: the
/// environment variable CI is set to anything but "", "0" or "false".
bool inCi();
/// Records that the current test skipped (DT_SKIP does it).
void noteSkip();
/// QTest::qExec's result (the number of failures) as the executable's exit status: 1 after
/// any failure; otherwise kSkipExitCode if anything skipped, else 0.
int exitStatus(int failures);

} // namespace dt::test

#undef QSKIP
#define QSKIP(...) static_assert(false, "use DT_SKIP or DT_SKIP_MISSING (tests/support/test_main.hpp): CTest counts those")

#define DT_SKIP(reason)                                                                                                \
    do {                                                                                                               \
        ::dt::test::noteSkip();                                                                                        \
        QTest::qSkip(static_cast<const char*>(reason), __FILE__, __LINE__);                                            \
        return;                                                                                                        \
    } while (false)

#define DT_SKIP_MISSING(reason)                                                                                        \
    do {                                                                                                               \
        if (::dt::test::inCi())                                                                                        \
            QFAIL(qPrintable(QStringLiteral("CI provides everything the tests need, but: ") + QString::fromUtf8(reason))); \
        DT_SKIP(reason);                                                                                               \
    } while (false)

#define DT_TEST_MAIN(TestClass, Application)                                                                           \
    int main(int argc, char* argv[])                                                                                   \
    {                                                                                                                  \
        Application app(argc, argv);                                                                                   \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestClass test;                                                                                                \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return ::dt::test::exitStatus(QTest::qExec(&test, argc, argv));                                                \
    }
