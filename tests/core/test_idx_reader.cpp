// Reading MNIST's IDX files, and refusing damaged ones with a message naming the file.

#include "temp_files.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/training/idx_reader.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestIdxReader : public QObject {
    Q_OBJECT

private slots:
    void readsTheFixtureImages()
    {
        const QString path = dt::test::sharedDir() + "/fixtures/hog/images.idx";
        if (!QFileInfo::exists(path))
            DT_SKIP_MISSING("../shared/fixtures is not present beside the clone");
        const dt::IdxImages images = dt::readIdxImages(path.toStdString());
        QCOMPARE(images.count, 200);
        QCOMPARE(images.rows, 28);
        QCOMPARE(images.cols, 28);
        // The fixtures' second-to-last edge case is "bars at the border", the last a checkerboard.
        const dt::GreyImage checker = images.image(199);
        QVERIFY(checker.at(0, 0) != checker.at(1, 0));
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        auto header = [](quint32 magic, quint32 count, quint32 rows, quint32 cols) {
            QByteArray b;
            for (quint32 v : {magic, count, rows, cols})
                for (int s = 24; s >= 0; s -= 8)
                    b.append(char((v >> s) & 0xFF));
            return b;
        };
        QTest::newRow("truncated pixels") << header(0x803, 2, 28, 28) + QByteArray(1000, 1) << "truncated";
        QTest::newRow("longer than declared") << header(0x803, 1, 28, 28) + QByteArray(785, 1) << "longer than declared";
        QTest::newRow("labels magic in an image file") << header(0x801, 1, 28, 28) << "magic number 0x00000801";
        QTest::newRow("shorter than the header") << QByteArray(7, 0) << "truncated";
        QTest::newRow("absurd size") << header(0x803, 1, 0, 28) << "expected between 1 and 4096";
    }
    void refusesDamagedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.path() + "/images.idx";
        QVERIFY(dt::test::writeFile(path, bytes));
        try {
            dt::readIdxImages(path.toStdString());
            QFAIL("a damaged IDX file was accepted");
        } catch (const dt::FormatError& e) {
            QVERIFY2(QString(e.what()).contains(expected), e.what());
            QVERIFY2(QString(e.what()).contains(path), e.what());
        }
    }

    void refusesLabelsThatAreNotDigits()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/labels.idx";
        QVERIFY(dt::test::writeFile(path, QByteArray::fromHex("00000801000000030102") + QByteArray(1, char(12))));
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::readIdxLabels(path.toStdString()));
    }

    void refusesImagesAndLabelsThatDisagree()
    {
        QTemporaryDir dir;
        dt::IdxImages images;
        images.count = 3;
        images.rows = images.cols = 28;
        images.pixels.assign(3 * 784, 0);
        dt::writeIdxImages((dir.path() + "/t10k-images-idx3-ubyte").toStdString(), images);
        QVERIFY(dt::test::writeFile(dir.path() + "/t10k-labels-idx1-ubyte", QByteArray::fromHex("00000801000000020102")));
        try {
            dt::loadMnistSplit(dir.path().toStdString(), dt::MnistSplit::Test);
            QFAIL("disagreeing files were accepted");
        } catch (const dt::FormatError& e) {
            QVERIFY2(QString(e.what()).contains("3 images") && QString(e.what()).contains("2 labels"), e.what());
        }
    }
};

DT_TEST_MAIN(TestIdxReader, QCoreApplication)
#include "test_idx_reader.moc"
