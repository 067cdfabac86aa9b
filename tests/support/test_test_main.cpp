// What CTest sees of a test executable (support/test_main.hpp): its exit status, for each
// way its tests can end, from support/skip_example run as a process.

#include "test_main.hpp"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

// skip_example's exit status running the named slots, with CI set to `ci` (unset if null).
int exitStatusOf(const QStringList& slotNames, const QString& ci = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CI"));
    if (!ci.isNull())
        environment.insert(QStringLiteral("CI"), ci);
    QProcess example;
    example.setProcessEnvironment(environment);
    example.start(QStringLiteral(DT_SKIP_EXAMPLE_PATH), slotNames);
    if (!example.waitForFinished(30000) || example.exitStatus() != QProcess::NormalExit)
        return -1;
    return example.exitCode();
}

} // namespace

class TestTestMain : public QObject {
    Q_OBJECT
private slots:
    void exitStatus_data()
    {
        QTest::addColumn<QStringList>("slotNames");
        QTest::addColumn<QString>("ci");
        QTest::addColumn<int>("expected");
        const QString local; // CI unset
        QTest::newRow("all passed") << QStringList{"passes"} << local << 0;
        QTest::newRow("one skipped") << QStringList{"passes", "skips"} << local << dt::test::kSkipExitCode;
        QTest::newRow("one failed") << QStringList{"passes", "fails"} << local << 1;
        QTest::newRow("a failure wins over a skip") << QStringList{"skips", "fails"} << local << 1;
        QTest::newRow("missing, locally") << QStringList{"passes", "misses"} << local << dt::test::kSkipExitCode;
        QTest::newRow("missing, in CI") << QStringList{"passes", "misses"} << "true" << 1;
        QTest::newRow("missing, CI=false") << QStringList{"misses"} << "false" << dt::test::kSkipExitCode;
        QTest::newRow("a machine's skip, in CI") << QStringList{"skips"} << "true" << dt::test::kSkipExitCode;
    }
    void exitStatus()
    {
        QFETCH(QStringList, slotNames);
        QFETCH(QString, ci);
        QFETCH(int, expected);
        QCOMPARE(exitStatusOf(slotNames, ci), expected);
    }
};

DT_TEST_MAIN(TestTestMain, QCoreApplication)
#include "test_test_main.moc"
