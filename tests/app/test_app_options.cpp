// digit-tutor's options as a user meets them on a machine without a display: as a process,
// with neither DISPLAY nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM set. --help and --version
// answer without starting Qt's GUI; wrong usage is one sentence on stderr and status 2.

#include "test_main.hpp"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

// Started exactly as on a headless server: had the app created its QApplication first it
// would abort with "could not connect to display".
Run app(const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DIGIT_TUTOR_APP_PATH), args);
    if (!p.waitForFinished(30000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestAppOptions : public QObject {
    Q_OBJECT
private slots:
    void helpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << "--help";
        QTest::newRow("-h") << "-h";
    }
    void helpWithoutDisplay()
    {
        QFETCH(QString, option);
        const Run r = app({option});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: digit-tutor [options]\n")));
        QVERIFY(r.out.contains(QStringLiteral("--model <FILE>")));
        QVERIFY(r.out.contains(QStringLiteral("--version")));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void versionWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--version") << "--version";
        QTest::newRow("-v") << "-v";
    }
    void versionWithoutDisplay()
    {
        QFETCH(QString, option);
        const Run r = app({option});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^digit-tutor \\d+\\.\\d+\\.\\d+\\n$"))),
                 qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void helpWinsOverTheModel()
    {
        // The model is only looked at when the app starts; --help never loads it.
        const Run r = app({QStringLiteral("--model"), QStringLiteral("/no/such/model.dtm"), QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: digit-tutor")));
    }

    void wrongUsageIsOneSentenceAndStatus2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown long option") << QStringList{"--colour"} << "unknown option '--colour'";
        QTest::newRow("unknown short option") << QStringList{"-x"} << "unknown option '-x'";
        QTest::newRow("model without a file") << QStringList{"--model"} << "'--model' needs a value";
        QTest::newRow("model with an empty file name") << QStringList{"--model="} << "'--model' needs a value";
        QTest::newRow("a stray argument") << QStringList{"model.dtm"} << "unexpected argument 'model.dtm'";
    }
    void wrongUsageIsOneSentenceAndStatus2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = app(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("digit-tutor: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }
};

DT_TEST_MAIN(TestAppOptions, QCoreApplication)
#include "test_app_options.moc"
