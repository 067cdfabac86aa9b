// A school laptop's Celeron or Pentium Silver has no AVX2: qemu-user runs the CLI as a
// Nehalem (SSE4.2, no AVX) would, and it must read the same digits as on this processor.
// Registered for builds without sanitizers only: AddressSanitizer's shadow memory cannot be
// mapped under qemu-user.

#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/strokes.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

class TestCliWithoutAvx2 : public QObject {
    Q_OBJECT

private slots:
    void readsAsOnThisProcessor()
    {
        const QString qemu = QStandardPaths::findExecutable("qemu-x86_64");
        if (qemu.isEmpty())
            DT_SKIP_MISSING("qemu-x86_64 (Debian's qemu-user, scripts/install-deps.sh --test)");
        // Real pen digits, some read as asked, some not.
        const std::vector<dt::Drawing> all = dt::loadDrawings(dt::test::handwritingPath().toStdString());
        QTemporaryDir dir;
        QStringList args{"classify", "--asked", "3", "--strokes"};
        for (std::size_t i = 0; i < 5; ++i) {
            const QString path = dir.filePath(QString("digit%1.json").arg(i));
            dt::saveDrawing(all[i * 101], path.toStdString());
            args << path;
        }
        auto run = [&](const QString& program, const QStringList& arguments) {
            QProcess p;
            p.start(program, arguments);
            if (!p.waitForFinished(300000))
                p.kill();
            const QString err = QString::fromUtf8(p.readAllStandardError());
            if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                qWarning("%s", qPrintable(err));
            return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split('\n');
        };
        const QStringList here = run(dt::test::cliPath(), args);
        const QStringList nehalem = run(qemu, QStringList{"-cpu", "Nehalem", dt::test::cliPath()} + args);
        QCOMPARE(here.size(), 5);
        QCOMPARE(nehalem.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject a = QJsonDocument::fromJson(nehalem[i].toUtf8()).object();
            const QJsonObject b = QJsonDocument::fromJson(here[i].toUtf8()).object();
            QVERIFY2(b.contains("digit"), qPrintable(here[i]));
            for (const char* key : {"digit", "is_digit", "refusal", "reversed_digit", "component"})
                QVERIFY2(a[key] == b[key], qPrintable(nehalem[i] + " / " + here[i]));
            QVERIFY(std::abs(a["log_likelihood"].toDouble() - b["log_likelihood"].toDouble()) <
                    1e-6 * std::abs(b["log_likelihood"].toDouble()));
        }
    }
};

DT_TEST_MAIN(TestCliWithoutAvx2, QCoreApplication)
#include "test_cli_without_avx2.moc"
