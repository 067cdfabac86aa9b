// Reading a digit from an image file (training/image_file.hpp), as a teacher's folder of
// photos and scans holds them: PNG, JPEG and BMP, written here with Qt into a temporary
// folder. Ink comes out bright on black whichever way round the picture was; a file that
// is no picture is refused in one sentence that names it.

#include "format_error.hpp"
#include "temp_files.hpp"
#include "test_main.hpp"

#include <digit_tutor/training/image_file.hpp>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A 40x30 picture of one colour with a 10x14 bar of another at (15, 8).
QImage barPicture(QImage::Format format, QColor background, QColor ink)
{
    QImage picture(40, 30, format);
    picture.fill(background);
    QPainter(&picture).fillRect(15, 8, 10, 14, ink);
    return picture;
}

// What the bar must look like once loaded: `ink` on the bar, 0 elsewhere, to within `tolerance`.
void checkBar(const dt::GreyImage& image, int ink, int tolerance)
{
    QCOMPARE(image.width, 40);
    QCOMPARE(image.height, 30);
    for (int y = 0; y < 30; ++y)
        for (int x = 0; x < 40; ++x) {
            const bool onBar = x >= 15 && x < 25 && y >= 8 && y < 22;
            const int expected = onBar ? ink : 0;
            QVERIFY2(std::abs(int(image.at(x, y)) - expected) <= tolerance,
                     qPrintable(QString("(%1, %2) is %3, not %4").arg(x).arg(y).arg(image.at(x, y)).arg(expected)));
        }
}

// The message with which loading `path` is refused (empty if it is not).
QString refusal(const QString& path)
{
    return dt::test::formatErrorOf([&] { dt::loadDigitImage(path.toStdString()); });
}

} // namespace

class TestImageFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void inkComesOutBrightOnBlack_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QImage>("picture");
        QTest::addColumn<int>("ink");       // the bar's grey level once loaded
        QTest::addColumn<int>("tolerance"); // for lossy formats
        const QImage scan = barPicture(QImage::Format_RGB32, Qt::white, Qt::black);
        QTest::newRow("black on white, PNG") << "scan.png" << scan << 255 << 0;
        QTest::newRow("black on white, BMP") << "scan.bmp" << scan << 255 << 0;
        QTest::newRow("black on white, JPEG (lossy)") << "photo.jpg" << scan << 255 << 40;
        // MNIST's way round already: grey ink 200 on black stays 200.
        QTest::newRow("grey on black") << "mnist-like.png"
                                       << barPicture(QImage::Format_Grayscale8, Qt::black, QColor(200, 200, 200)) << 200 << 0;
        // Paper photographed grey (230): the paper becomes 0 and black ink 230.
        QTest::newRow("black on grey paper") << "grey-paper.png"
                                             << barPicture(QImage::Format_Grayscale8, QColor(230, 230, 230), Qt::black) << 230 << 0;
        // A drawing exported from an app: transparency is paper.
        QTest::newRow("black on transparent") << "transparent.png"
                                              << barPicture(QImage::Format_ARGB32, Qt::transparent, Qt::black) << 255 << 0;
        // Colour counts by its darkness: pure blue is grey 29 (0.114 of 255), so ink 226.
        QTest::newRow("blue pen on white") << "blue-pen.png"
                                           << barPicture(QImage::Format_RGB32, Qt::white, QColor(0, 0, 255)) << 226 << 1;
    }
    void inkComesOutBrightOnBlack()
    {
        QFETCH(QString, name);
        QFETCH(QImage, picture);
        QFETCH(int, ink);
        QFETCH(int, tolerance);
        const QString path = m_dir.filePath(name);
        QVERIFY(picture.save(path, nullptr, 95));
        checkBar(dt::loadDigitImage(path.toStdString()), ink, tolerance);
    }

    void whatIsNoPictureIsRefusedByName()
    {
        const QString text = m_dir.filePath("notes.png");
        QVERIFY(dt::test::writeFile(text, "not a picture, whatever its name says\n"));
        QCOMPARE(refusal(text), "Cannot read image '" + text + "': not an image format this program can decode.");

        const QString gone = m_dir.filePath("gone.png");
        QCOMPARE(refusal(gone), "Cannot open image '" + gone + "': it does not exist or is not a file.");
        QCOMPARE(refusal(m_dir.path()), "Cannot open image '" + m_dir.path() + "': it does not exist or is not a file.");
    }

    void aHugePictureIsRefused()
    {
        const QString path = m_dir.filePath("banner.png");
        QImage banner(4097, 2, QImage::Format_Grayscale8);
        banner.fill(Qt::white);
        QVERIFY(banner.save(path));
        QCOMPARE(refusal(path), "Image '" + path +
                                    "' is 4097x2 pixels; digits larger than 4096 pixels a side are not supported.");
    }

    void aSmallFileClaimingAHugePictureIsRefusedBeforeDecoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("size");
        auto be = [](quint32 v, int n) { QByteArray b; for (int i = n - 1; i >= 0; --i) b += char((v >> (8 * i)) & 0xFF); return b; };
        auto le = [](quint32 v, int n) { QByteArray b; for (int i = 0; i < n; ++i) b += char((v >> (8 * i)) & 0xFF); return b; };
        // A JPEG of headers only, its frame claiming 30000x30000 (the decoder took 2.8 GB).
        const QByteArray sof = QByteArray("\xFF\xC0", 2) + be(11, 2) + char(8) + be(30000, 2) + be(30000, 2) + char(1) +
                               QByteArray("\x01\x11\x00", 3);
        QTest::newRow("JPEG") << QByteArray("\xFF\xD8\xFF\xE0", 4) + be(16, 2) + QByteArray("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14) + sof +
                                     QByteArray(600, '\0')
                              << "30000x30000";
        // A PNG whose header claims 20000x20000 grey pixels, with no data.
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n", 8) + be(13, 4) + "IHDR" + be(20000, 4) + be(20000, 4) +
                                    QByteArray("\x08\x00\x00\x00\x00", 5) + be(0, 4)
                             << "20000x20000";
        // A BMP claiming a height past OpenCV's own limit: OpenCV threw, and a batch stopped.
        QTest::newRow("BMP") << QByteArray("BM", 2) + le(70, 4) + le(0, 4) + le(54, 4) + le(40, 4) + le(2, 4) +
                                    le(0x7FFFFF00, 4) + le(1, 2) + le(24, 2) + QByteArray(40, '\0')
                             << "2x2147483392";
    }
    void aSmallFileClaimingAHugePictureIsRefusedBeforeDecoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, size);
        const QString path = m_dir.filePath(QString("claims-%1").arg(QTest::currentDataTag()));
        QVERIFY(dt::test::writeFile(path, bytes));
        QCOMPARE(refusal(path), "Image '" + path + "' is " + size +
                                    " pixels; digits larger than 4096 pixels a side are not supported.");
    }

private:
    QTemporaryDir m_dir;
};

DT_TEST_MAIN(TestImageFile, QGuiApplication)
#include "test_image_file.moc"
