// digit-tutor-cli driven as a user drives it: as a process, reading its output and status.

#include "mirrored_digits.hpp"
#include "temp_files.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QImage>
#include <QProcess>

#include <digit_tutor/training/idx_reader.hpp>
#include <digit_tutor/engine/cpu_kernels.hpp>
#include <digit_tutor/engine/model_file.hpp>
#include <digit_tutor/engine/strokes.hpp>
#include <digit_tutor/progress/progress_store.hpp>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(dt::test::cliPath(), args);
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool haveMnist() { return QFileInfo::exists(dt::test::mnistDir() + "/t10k-images-idx3-ubyte"); }

// The first pendigits drawing of `label` as its own stroke file.
QString strokeFileFor(const QTemporaryDir& dir, int label)
{
    QFile in(dt::test::handwritingPath());
    if (!in.open(QIODevice::ReadOnly))
        return {};
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (QJsonDocument::fromJson(line).object()["label"].toInt() == label) {
            const QString path = dir.path() + QString("/digit%1.json").arg(label);
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return {};
            out.write(line);
            return path;
        }
    }
    return {};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        const Run help = cli({"--help"});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains("Usage: digit-tutor-cli"));
        const Run version = cli({"--version"});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.contains(QRegularExpression("^digit-tutor-cli \\d+\\.\\d+\\.\\d+\\n$")));
    }

    void wrongUsageIsOneLineAndStatus2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command") << QStringList{"fly"} << "unknown command 'fly'";
        QTest::newRow("unknown option") << QStringList{"info", "--colour"} << "unknown option '--colour'";
        QTest::newRow("missing value") << QStringList{"train", "--mnist"} << "needs a value";
        QTest::newRow("bad number") << QStringList{"train", "--mnist", "x", "--out", "y", "--seed", "many"}
                                    << "whole number";
        QTest::newRow("three component counts") << QStringList{"train", "--mnist", "x", "--out", "y", "--components", "1,2,3"}
                                                << "one count or ten";
        QTest::newRow("nothing to classify") << QStringList{"classify"} << "--strokes";
        QTest::newRow("asked digit 12") << QStringList{"classify", "--asked", "12", "--strokes", "x.json"}
                                        << "'--asked' needs a whole number from 0 to 9, got '12'";
    }
    void wrongUsageIsOneLineAndStatus2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = cli(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void infoDescribesTheDefaultModel()
    {
        const Run r = cli({"info"});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains("features: HOG 9 orientations"), qPrintable(r.out));
        QVERIFY2(r.out.contains("format version 5") && r.out.contains("kept most telling first"), qPrintable(r.out));
        QVERIFY(r.out.contains("test_accuracy: "));
        QVERIFY(r.out.contains("training_data: "));
        // Which kernels score here; the environment can ask for the baseline ones.
        const QString supported = QString::fromUtf8(dt::kernelsName(dt::supportedKernels()));
        QVERIFY2(r.out.contains(QString("scoring kernels: %1 (this processor can run %1)").arg(supported)), qPrintable(r.out));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DIGIT_TUTOR_KERNELS", "baseline");
        p.setProcessEnvironment(env);
        p.start(dt::test::cliPath(), {"info"});
        QVERIFY(p.waitForFinished(60000));
        const QString baseline = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(baseline.contains(QString("scoring kernels: baseline (this processor can run %1)").arg(supported)),
                 qPrintable(baseline));
    }

    void classifiesDrawnDigits()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int d : {0, 1, 4, 7})
            files << strokeFileFor(dir, d);
        const Run r = cli(QStringList{"classify", "--strokes"} + files);
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (const QString& line : lines) {
            const QJsonObject v = QJsonDocument::fromJson(line.toUtf8()).object();
            QCOMPARE(v["probabilities"].toArray().size(), 10);
            double sum = 0;
            for (const auto& p : v["probabilities"].toArray())
                sum += p.toDouble();
            QVERIFY(std::abs(sum - 1.0) < 1e-9);
            for (const char* key : {"digit", "log_likelihood", "is_digit", "refusal", "typicality", "component"})
                QVERIFY2(v.contains(key), key);
        }
    }

    void classifyAskedForA3SaysWhenItIsFacingTheOtherWay()
    {
        // A pen 3 flipped left to right, one the default model itself calls a reversed 3.
        const dt::DigitModel model = dt::loadModel(dt::test::defaultModelPath().toStdString());
        const std::vector<dt::Drawing> mirrored =
            dt::test::reversedDigits(model, dt::loadDrawings(dt::test::handwritingPath().toStdString()), 3, 3, 1);
        QVERIFY2(!mirrored.empty(), "the model calls none of the handwriting's 3s, flipped, a reversed 3");
        QTemporaryDir dir;
        const QString flipped = dir.filePath("mirrored.json"), asWritten = dir.filePath("three.json");
        dt::saveDrawing(mirrored.front(), flipped.toStdString());
        dt::saveDrawing(dt::mirroredDrawing(mirrored.front()), asWritten.toStdString()); // flipped back

        const Run r = cli({"classify", "--asked", "3", "--strokes", flipped, asWritten});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject reversed = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QVERIFY2(reversed["reversed_digit"].isDouble(), qPrintable(lines[0]));
        QCOMPARE(reversed["reversed_digit"].toInt(), 3);
        const QJsonObject right = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        QVERIFY2(right.contains("reversed_digit") && right["reversed_digit"].isNull(), qPrintable(lines[1]));

        // Asked for a 5, only a reversed 5 is looked for: the reversed 3 is not one.
        const Run five = cli({"classify", "--asked", "5", "--strokes", flipped});
        QCOMPARE(five.status, 0);
        const QJsonObject notFive = QJsonDocument::fromJson(five.out.toUtf8()).object();
        QVERIFY2(notFive.contains("reversed_digit") && notFive["reversed_digit"].isNull(), qPrintable(five.out));
    }

    void learnsWaysOfWritingAndChecksHowDigitsWereWritten()
    {
        // A small data set: the first 700 drawn digits (a few writers, every digit).
        QTemporaryDir dir;
        QFile all(dt::test::handwritingPath());
        QVERIFY(all.open(QIODevice::ReadOnly));
        QByteArray some;
        QList<QByteArray> twos;
        for (int i = 0; i < 700 && !all.atEnd(); ++i) {
            const QByteArray line = all.readLine();
            some += line;
            if (QJsonDocument::fromJson(line).object()["label"].toInt() == 2 && twos.size() < 5)
                twos << line;
        }
        QVERIFY(dt::test::writeFile(dir.path() + "/some.jsonl", some));
        const QString waysFile = dir.path() + "/some.ways";
        const Run built = cli({"ways", "--strokes", dir.path() + "/some.jsonl", "--out", waysFile});
        QVERIFY2(built.status == 0, qPrintable(built.err));
        QVERIFY2(built.out.contains("digit 7:") && built.out.contains("wrote "), qPrintable(built.out));
        const Run info = cli({"info", "--ways", waysFile});
        QCOMPARE(info.status, 0);
        QVERIFY(info.out.contains("source: some.jsonl"));

        // Each 2 as written, and written backwards (every stroke reversed), checked against
        // the bundled ways of writing.
        QStringList files;
        for (int i = 0; i < twos.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(twos[i]).object();
            QJsonArray reversed;
            for (const auto& stroke : o["strokes"].toArray()) {
                QJsonArray points = stroke.toArray(), backwards;
                for (auto it = points.end(); it != points.begin();)
                    backwards.append(*--it);
                reversed.append(backwards);
            }
            QJsonObject r = o;
            r["strokes"] = reversed;
            files << dir.path() + QString("/two%1.json").arg(i) << dir.path() + QString("/owt%1.json").arg(i);
            QVERIFY(dt::test::writeFile(files[files.size() - 2], twos[i]));
            QVERIFY(dt::test::writeFile(files.back(), QJsonDocument(r).toJson(QJsonDocument::Compact)));
        }
        const Run r = cli(QStringList{"formation", "--strokes"} + files);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), files.size());
        int usual = 0, backwardsFlagged = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject v = QJsonDocument::fromJson(lines[i].toUtf8()).object();
            QCOMPARE(v["digit"].toInt(), 2);
            QCOMPARE(v["start"].toArray().size(), 2);
            if (i % 2 == 0)
                usual += v["usual"].toBool();
            else
                backwardsFlagged += !v["usual"].toBool() && v["problem"].toString() == "direction";
        }
        QVERIFY2(usual >= 4 && backwardsFlagged >= 4, qPrintable(r.out));
    }

    void formationRefusesADamagedWaysFile()
    {
        QTemporaryDir dir;
        const QString drawing = dir.path() + "/one.json";
        QVERIFY(dt::test::writeFile(drawing, R"({"strokes": [[[1, 2], [30, 40]]]})"));
        QFile ways(dt::test::sourceDir() + "/models/default.ways");
        QVERIFY(ways.open(QIODevice::ReadOnly));
        QByteArray bytes = ways.readAll();
        bytes[1000] = char(bytes[1000] ^ 1);
        QVERIFY(dt::test::writeFile(dir.path() + "/bad.ways", bytes));
        const Run r = cli({"formation", "--ways", dir.path() + "/bad.ways", "--digit", "1", "--strokes", drawing});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("bad.ways") && r.err.contains("corrupt"), qPrintable(r.err));
        // A drawing without a label needs --digit.
        const Run unlabelled = cli({"formation", "--strokes", drawing});
        QCOMPARE(unlabelled.status, 1);
        QVERIFY2(unlabelled.err.contains("--digit"), qPrintable(unlabelled.err));
    }

    void reportsProgressFromTheStore()
    {
        // A class as the app would have recorded it: two children, a few weeks of practice.
        QTemporaryDir dir;
        const QString database = dir.path() + "/class.sqlite";
        const QString zoe = QStringLiteral("Zoë \"Zo\" <b>");
        {
            dt::store::DatabaseLocation location;
            location.path = database;
            auto store = dt::store::ProgressStore::open(location);
            QVERIFY(store);
            const auto a = store->addStudent(zoe, "1B");
            const auto b = store->addStudent("Ben", "1B");
            QVERIFY(a && b);
            const QDateTime start(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC);
            for (int i = 0; i < 12; ++i) {
                dt::store::AttemptRecord r;
                r.studentId = i % 3 == 2 ? b->id : a->id;
                r.when = start.addDays(i * 2);
                r.askedDigit = i % 4;
                r.recognisedDigit = i % 5 == 0 ? 7 : i % 4;
                r.posterior = 0.8;
                r.stars = r.recognisedDigit == r.askedDigit ? 3 : 1;
                r.model = "default.dtm";
                r.strokes.strokes = {{{10, 10, 0}, {50, 90, 100}}};
                QVERIFY(store->addAttempt(r));
            }
        }
        for (const char* format : {"pdf", "csv", "html"}) {
            const QString out = dir.path() + "/zoe." + format;
            const Run r = cli({"report", "--database", database, "--student", zoe, "--format", format, "--out", out});
            QVERIFY2(r.status == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains("8 attempts"), qPrintable(r.out));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (QByteArray(format) == "pdf") {
                QVERIFY(bytes.startsWith("%PDF"));
            } else if (QByteArray(format) == "csv") {
                QCOMPARE(bytes.count("\r\n"), 1 + 8); // a header, then one row per attempt
                QVERIFY(QString::fromUtf8(bytes).contains("\"Zoë \"\"Zo\"\" <b>\""));
            } else {
                QVERIFY(QString::fromUtf8(bytes).contains("Zoë &quot;Zo&quot; &lt;b&gt;"));
                QVERIFY(!QString::fromUtf8(bytes).contains(zoe)); // never unescaped
            }
        }
        // The class: both children; a period narrows it.
        const Run cls = cli({"report", "--database", database, "--class", "1B", "--format", "csv", "--out",
                             dir.path() + "/1b.csv", "--from", "2026-10-05", "--to", "2026-10-12"});
        QVERIFY2(cls.status == 0, qPrintable(cls.err));
        QVERIFY2(cls.out.contains("4 attempts of class 1B"), qPrintable(cls.out));

        const Run nobody = cli({"report", "--database", database, "--student", "Nobody", "--format", "pdf", "--out",
                                dir.path() + "/x.pdf"});
        QCOMPARE(nobody.status, 1);
        QVERIFY2(nobody.err.contains("no student named Nobody"), qPrintable(nobody.err));
        const Run badDate = cli({"report", "--database", database, "--student", "Ben", "--format", "pdf", "--out",
                                 dir.path() + "/x.pdf", "--from", "last monday"});
        QCOMPARE(badDate.status, 2);
        const Run reversed = cli({"report", "--database", database, "--student", "Ben", "--format", "pdf", "--out",
                                  dir.path() + "/x.pdf", "--from", "2026-11-01", "--to", "2026-10-01"});
        QCOMPARE(reversed.status, 1);
        QVERIFY(!QFileInfo::exists(dir.path() + "/x.pdf"));
        const Run broken = cli({"report", "--database", "postgresql://nobody@/nowhere?host=/nonexistent",
                                "--student", "Ben", "--format", "csv", "--out", dir.path() + "/x.csv"});
        QCOMPARE(broken.status, 1);
        QVERIFY2(broken.err.contains("Cannot open the progress database"), qPrintable(broken.err));
    }

    void classifyReportsABadFileAndGoesOn()
    {
        QTemporaryDir dir;
        const QString bad = dir.path() + "/bad.json";
        QVERIFY(dt::test::writeFile(bad, R"({"strokes": [[[1, 2], [3]]]})"));
        const QString empty = dir.path() + "/empty.json";
        QVERIFY(dt::test::writeFile(empty, R"({"strokes": []})"));
        const Run r = cli({"classify", "--strokes", bad, empty});
        QCOMPARE(r.status, 1);
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(QJsonDocument::fromJson(lines[0].toUtf8()).object().contains("error"));
        QVERIFY(QJsonDocument::fromJson(lines[1].toUtf8()).object()["empty"].toBool());
        QVERIFY2(r.err.contains("bad.json"), qPrintable(r.err));
    }

    void classifyAnswersEachFileOfABatchOnItsOwn()
    {
        // Files that once stopped the batch before the good ones after them: a drawing a
        // subnormal distance across (a float-to-int overflow in the renderer, then a failed
        // allocation) and a BMP whose header claims a huge height (an OpenCV exception).
        QTemporaryDir dir;
        const QString one = strokeFileFor(dir, 1), seven = strokeFileFor(dir, 7);
        QVERIFY(!one.isEmpty() && !seven.isEmpty());
        const QString tiny = dir.path() + "/tiny.json";
        QVERIFY(dt::test::writeFile(tiny, R"({"strokes": [[[0, 0], [1e-310, 1e-310]]]})"));
        const QString tall = dir.path() + "/tall.bmp";
        QByteArray bmp("BM", 2);
        for (const quint32 v : {70u, 0u, 54u, 40u, 2u, 0x7FFFFF00u})
            bmp += QByteArray(reinterpret_cast<const char*>(&v), 4);
        bmp += QByteArray("\x01\x00\x18\x00", 4) + QByteArray(40, '\0');
        QVERIFY(dt::test::writeFile(tall, bmp));
        const QString picture = dir.path() + "/four.png";
        QImage four(28, 28, QImage::Format_Grayscale8);
        four.fill(Qt::white);
        QPainter(&four).fillRect(12, 4, 4, 20, Qt::black);
        QVERIFY(four.save(picture));

        const Run r = cli({"classify", "--strokes", one, tiny, seven, "--image", tall, picture});
        QCOMPARE(r.status, 1);
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QStringList files, errors;
        for (const QString& line : lines) {
            const QJsonObject j = QJsonDocument::fromJson(line.toUtf8()).object();
            files << QFileInfo(j["file"].toString()).fileName();
            errors << j["error"].toString();
        }
        QCOMPARE(files, (QStringList{"digit1.json", "tiny.json", "digit7.json", "tall.bmp", "four.png"}));
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty() && errors[2].isEmpty() && errors[4].isEmpty(), qPrintable(r.out));
        QVERIFY2(errors[3].contains("2x2147483392 pixels"), qPrintable(errors[3]));
        QCOMPARE(QJsonDocument::fromJson(lines[0].toUtf8()).object()["digit"].toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines[2].toUtf8()).object()["digit"].toInt(), 7);
        QVERIFY2(r.err.contains("1 of 5 files failed: " + tall), qPrintable(r.err));
    }

    void featuresThatFailLeaveAnExistingOutFileAsItWas()
    {
        // The settings are refused only once the images are read (too many HOG values per
        // image); the output file used to be emptied before that.
        QTemporaryDir dir;
        dt::IdxImages big;
        big.count = 1;
        big.rows = big.cols = 384;
        big.pixels.assign(384 * 384, 0);
        const QString idx = dir.path() + "/big.idx";
        dt::writeIdxImages(idx.toStdString(), big);
        const QString out = dir.path() + "/hog.csv";
        QVERIFY(dt::test::writeFile(out, "yesterday's features\n"));
        const Run r = cli({"features", "--images", idx, "--out", out, "--cell", "1", "--block", "114"});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("more than"), qPrintable(r.err));
        QFile kept(out);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("yesterday's features\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{"big.idx", "hog.csv"})); // no temporary file left
    }

    void evaluateStrokesNamesTheBadLine_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a broken line") << QByteArray(R"({"label": 1, "strokes": [[[1, 2], [3, 4]])") << ":2: line 1";
        QTest::newRow("a missing strokes") << QByteArray(R"({"label": 1})") << "strokes";
        QTest::newRow("a label of 12") << QByteArray(R"({"label": 12, "strokes": [[[1, 2], [3, 4]]]})") << "label 12";
        QTest::newRow("NaN coordinates") << QByteArray(R"({"label": 1, "strokes": [[[1, 2], [NaN, 4]]]})") << "not a finite number";
    }
    void evaluateStrokesNamesTheBadLine()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.path() + "/class.jsonl";
        QVERIFY(dt::test::writeFile(path, QByteArray(R"({"label": 7, "writer": "ana", "strokes": [[[10, 10], [60, 10], [30, 90]]]})" "\n") + badLine + "\n"));
        const Run r = cli({"evaluate", "--strokes", path});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("class.jsonl:2") && r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void evaluateStrokesReportsPerWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/some.jsonl";
        QFile in(dt::test::handwritingPath()), out(path);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        for (int i = 0; i < 300; ++i)
            out.write(in.readLine());
        out.close();
        const Run r = cli({"evaluate", "--strokes", path, "--json"});
        QCOMPARE(r.status, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(j["count"].toInt(), 300);
        QVERIFY(j["accuracy"].toDouble() > 0.8);
        QVERIFY(j.contains("not_a_digit_rate") && j.contains("ms_per_digit"));
        QCOMPARE(j["per_digit"].toObject().size(), 10);
        QVERIFY(j["per_writer"].toObject().size() >= 2);
    }

    void corruptModelIsRefusedWithItsName()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/broken.dtm";
        QFile::copy(dt::test::defaultModelPath(), path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
        f.close();
        const Run r = cli({"info", "--model", path});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("broken.dtm") && r.err.contains("truncated"), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void featuresMatchScikitImage()
    {
        const QString fixtures = dt::test::sharedDir() + "/fixtures/hog";
        if (!QFileInfo::exists(fixtures + "/hog.csv"))
            DT_SKIP_MISSING("../shared/fixtures is not present beside the clone");
        QTemporaryDir dir;
        const Run r = cli({"features", "--images", fixtures + "/images.idx", "--out", dir.path() + "/hog.csv"});
        QCOMPARE(r.status, 0);
        QFile ours(dir.path() + "/hog.csv"), ref(fixtures + "/hog.csv");
        QVERIFY(ours.open(QIODevice::ReadOnly) && ref.open(QIODevice::ReadOnly));
        int rows = 0;
        while (!ref.atEnd()) {
            const QList<QByteArray> a = ours.readLine().trimmed().split(','), b = ref.readLine().trimmed().split(',');
            QCOMPARE(a.size(), b.size());
            for (qsizetype j = 0; j < a.size(); ++j)
                QVERIFY(std::abs(a[j].toDouble() - b[j].toDouble()) <= 1e-9);
            ++rows;
        }
        QCOMPARE(rows, 200);
    }

    // The issue's deterministic check of HOG, covariance and scoring together: one Gaussian
    // per digit with reg_covar 1e-3 and no deskew scores exactly what scikit-learn scores,
    // with EM in double precision as scikit-learn's, and in the trainer's single precision.
    void trainsAModelThatMatchesScikitLearnsQda_data()
    {
        QTest::addColumn<QString>("precision");
        QTest::newRow("single (the default)") << "";
        QTest::newRow("double") << "--double-precision";
    }
    void trainsAModelThatMatchesScikitLearnsQda()
    {
        QFETCH(QString, precision);
        if (!haveMnist())
            DT_SKIP_MISSING("MNIST is not in data/mnist (run scripts/fetch-mnist.sh)");
        QTemporaryDir dir;
        const QString model = dir.path() + "/qda.dtm";
        // In HOG's order: the model's own order re-factors each precision, and those factors
        // round to half precision differently (95.23% then: one digit of 10 000 moves).
        QStringList args{"train", "--mnist", dt::test::mnistDir(), "--components", "1", "--reg-covar", "1e-3",
                         "--no-deskew", "--augment", "0", "--hog-order", "--quiet", "--out", model};
        if (!precision.isEmpty())
            args << precision;
        const Run r = cli(args, 300000);
        QCOMPARE(r.status, 0);
        const Run info = cli({"info", "--model", model});
        QVERIFY2(info.out.contains(precision.isEmpty() ? "em_precision=single" : "em_precision=double"),
                 qPrintable(info.out));
        QVERIFY2(info.out.contains("in HOG's order"), qPrintable(info.out));
        QVERIFY2(r.out.contains("MNIST test set: accuracy  95.24% (9524 of 10000)"), qPrintable(r.out));
        // What train writes is what evaluate reads.
        const Run e = cli({"evaluate", "--model", model, "--mnist", dt::test::mnistDir(), "--json"});
        QCOMPARE(e.status, 0);
        const QJsonObject j = QJsonDocument::fromJson(e.out.toUtf8()).object();
        QCOMPARE(j["count"].toInt(), 10000);
        QCOMPARE(j["correct"].toInt(), 9524);
        QCOMPARE(j["per_digit"].toObject().size(), 10);
    }

    void trainsOnATeachersOwnImagesBesideMnist()
    {
        if (!haveMnist())
            DT_SKIP_MISSING("MNIST is not in data/mnist (run scripts/fetch-mnist.sh)");
        // A teacher's folder: a subfolder per digit with photos of dark ink on paper, and
        // things that are no digit images (ignored).
        QTemporaryDir dir;
        const QString folder = dir.path() + "/class-1b";
        int made = 0;
        QFile jsonl(dt::test::handwritingPath());
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        for (int i = 0; i < 30 && !jsonl.atEnd(); ++i) {
            const dt::Drawing d = dt::parseDrawing(jsonl.readLine().toStdString(), "pendigits");
            QImage photo(120, 120, QImage::Format_Grayscale8);
            photo.fill(235);
            QPainter painter(&photo);
            painter.setPen(QPen(QColor(30, 30, 30), 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            const dt::Bounds b = dt::boundsOf(d);
            const double scale = 90.0 / std::max({b.width(), b.height(), 1.0});
            for (const dt::Stroke& stroke : d.strokes)
                for (std::size_t k = 1; k < stroke.size(); ++k)
                    painter.drawLine(QPointF(15 + (stroke[k - 1].x - b.minX) * scale, 15 + (stroke[k - 1].y - b.minY) * scale),
                                     QPointF(15 + (stroke[k].x - b.minX) * scale, 15 + (stroke[k].y - b.minY) * scale));
            painter.end();
            QVERIFY(QDir().mkpath(folder + QString("/%1").arg(d.label)));
            QVERIFY(photo.save(folder + QString("/%1/photo-%2.png").arg(d.label).arg(i)));
            ++made;
        }
        QVERIFY(dt::test::writeFile(folder + "/0/notes.txt", "not an image"));
        QVERIFY(QDir().mkpath(folder + "/misc"));

        const QString model = dir.path() + "/mine.dtm";
        const Run r = cli({"train", "--mnist", dt::test::mnistDir(), "--components", "1", "--drawn-components", "0",
                           "--max-iter", "3", "--quiet", "--images", folder, "--out", model}, 300000);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QString("extra images: %1 from class-1b").arg(made)), qPrintable(r.out));
        const Run info = cli({"info", "--model", model});
        QCOMPARE(info.status, 0);
        QVERIFY2(info.out.contains(QString("plus %1 images (class-1b)").arg(made)), qPrintable(info.out));
        QVERIFY(info.out.contains(QString("digit 0: 1 components, prior")));

        // A folder without digit subfolders is refused in one sentence.
        QVERIFY(QDir().mkpath(dir.path() + "/empty"));
        const Run empty = cli({"train", "--mnist", dt::test::mnistDir(), "--images", dir.path() + "/empty", "--out", model});
        QCOMPARE(empty.status, 1);
        QVERIFY2(empty.err.contains("holds no digit images"), qPrintable(empty.err));
        const Run half = cli({"train", "--mnist", dt::test::mnistDir(), "--idx-images", "x", "--out", model});
        QCOMPARE(half.status, 2);

        // An IDX pair whose label file does not match its images is refused, naming both.
        dt::IdxImages some = dt::readIdxImages((dt::test::mnistDir() + "/t10k-images-idx3-ubyte").toStdString());
        some.count = 20;
        some.pixels.resize(std::size_t(20 * 28 * 28));
        const QString images = dir.path() + "/mine-images.idx";
        dt::writeIdxImages(images.toStdString(), some);
        QByteArray labels("\x00\x00\x08\x01\x00\x00\x00\x13", 8); // 19 labels
        labels.append(QByteArray(19, '\x03'));
        QVERIFY(dt::test::writeFile(dir.path() + "/mine-labels.idx", labels));
        const Run mismatch = cli({"train", "--mnist", dt::test::mnistDir(), "--idx-images", images, "--idx-labels",
                                  dir.path() + "/mine-labels.idx", "--out", model});
        QCOMPARE(mismatch.status, 1);
        QVERIFY2(mismatch.err.contains("holds 20 images but") && mismatch.err.contains("19 labels"),
                 qPrintable(mismatch.err));
    }

    // The bundled model must still score what it scored when it was trained: a change to
    // normalisation, HOG or scoring that silently breaks the shipped model fails here.
    void defaultModelReachesItsRecordedAccuracy()
    {
        if (!haveMnist())
            DT_SKIP_MISSING("MNIST is not in data/mnist (run scripts/fetch-mnist.sh)");
        const Run info = cli({"info"});
        const QRegularExpressionMatch recorded = QRegularExpression("test_accuracy: (0\\.\\d+)").match(info.out);
        QVERIFY2(recorded.hasMatch(), qPrintable(info.out));
        const Run e = cli({"evaluate", "--mnist", dt::test::mnistDir(), "--json"});
        QCOMPARE(e.status, 0);
        const double accuracy = QJsonDocument::fromJson(e.out.toUtf8()).object()["accuracy"].toDouble();
        // Recorded with 4 decimals; one digit of 10 000 either way is rounding.
        QVERIFY2(accuracy >= recorded.captured(1).toDouble() - 1e-4,
                 qPrintable(QString("default model test accuracy %1, recorded %2").arg(accuracy).arg(recorded.captured(1))));
        // Issues 2 and 7 set 98.0% on MNIST. The bundled model also learns real pen-drawn
        // digits in components of its own, which score drawings only: an MNIST image is
        // scored by the components learnt from images (models/README.md).
        QVERIFY2(accuracy >= 0.980, qPrintable(QString("default model test accuracy %1").arg(accuracy)));
    }

    void truncatedMnistIsRefused()
    {
        if (!haveMnist())
            DT_SKIP_MISSING("MNIST is not in data/mnist (run scripts/fetch-mnist.sh)");
        QTemporaryDir dir;
        for (const char* name : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                                 "t10k-labels-idx1-ubyte"})
            QVERIFY(QFile::copy(dt::test::mnistDir() + "/" + name, dir.path() + "/" + name));
        QFile f(dir.path() + "/train-images-idx3-ubyte");
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() - 100);
        f.close();
        const Run r = cli({"train", "--mnist", dir.path(), "--out", dir.path() + "/m.dtm"});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("train-images-idx3-ubyte") && r.err.contains("truncated"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.path() + "/m.dtm"));
    }

    void seedNotebookShowsWhyOneMixturePerDigit()
    {
        if (!haveMnist())
            DT_SKIP_MISSING("MNIST is not in data/mnist (run scripts/fetch-mnist.sh)");
        const Run r = cli({"seed-notebook", "--mnist", dt::test::mnistDir(), "--limit", "3000", "--max-iter", "5", "--quiet"});
        QCOMPARE(r.status, 0);
        const QRegularExpressionMatch m = QRegularExpression("accuracy (0\\.\\d+)").match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        QVERIFY(m.captured(1).toDouble() < 0.6);
    }
};

DT_TEST_MAIN(TestCli, QCoreApplication)
#include "test_cli.moc"
