#include "test_main.hpp"

#include <QByteArray>

namespace dt::test {
namespace {

bool g_skipped = false;

} // namespace

bool inCi()
{
    const QByteArray ci = qgetenv("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != "0" && ci != "false";
}

void noteSkip() { g_skipped = true; }

int exitStatus(int failures)
{
    if (failures != 0)
        return 1;
    return g_skipped ? kSkipExitCode : 0;
}

} // namespace dt::test
