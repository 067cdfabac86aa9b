// A test executable for support/test_test_main.cpp to run: each slot ends one way, and the
// slots named on the command line decide the exit status.

#include "test_main.hpp"

class SkipExample : public QObject {
    Q_OBJECT
private slots:
    void passes() { QVERIFY(true); }
    void skips() { DT_SKIP("this machine lacks something"); }
    void misses() { DT_SKIP_MISSING("something the project provides is missing"); }
    void fails() { QFAIL("a failure"); }
};

DT_TEST_MAIN(SkipExample, QCoreApplication)
#include "skip_example.moc"
