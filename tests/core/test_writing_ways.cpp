// The usual ways of writing each digit: k-medoids over trajectory distances, the ways
// learnt from real pen-drawn digits, and the checked file that keeps them.

#include "temp_files.hpp"
#include "test_main.hpp"
#include "test_paths.hpp"

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/training/k_medoids.hpp>
#include <digit_tutor/engine/ways_file.hpp>
#include <digit_tutor/training/ways_builder.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

namespace {

// Points on a line: two tight groups far apart (0, 1, 2 and 100, 101).
std::vector<double> lineDistances(const std::vector<double>& x)
{
    std::vector<double> d;
    for (double a : x)
        for (double b : x)
            d.push_back(std::abs(a - b));
    return d;
}

const std::vector<dt::Drawing>& pendigits()
{
    static const std::vector<dt::Drawing> all =
        dt::loadDrawings(dt::test::handwritingPath().toStdString());
    return all;
}

dt::WaysConfig quickConfig()
{
    dt::WaysConfig config;
    config.maxDrawingsPerDigit = 120; // enough to find the ways, quick to cluster
    return config;
}

} // namespace

class TestWritingWays : public QObject {
    Q_OBJECT

private slots:
    void kMedoidsFindsSeparateGroupsAndTheirMiddles()
    {
        const std::vector<double> d = lineDistances({0, 1, 2, 100, 101, 102});
        const dt::Medoids m = dt::kMedoids(d, 6, 2, 7);
        QCOMPARE(m.assignment[0], m.assignment[2]);
        QCOMPARE(m.assignment[3], m.assignment[5]);
        QVERIFY(m.assignment[0] != m.assignment[3]);
        std::vector<int> centres = m.centres;
        std::sort(centres.begin(), centres.end());
        QCOMPARE(centres, (std::vector<int>{1, 4}));
        QCOMPARE(m.cost, 4.0);
        QVERIFY(dt::silhouette(d, 6, m.assignment) > 0.9);
        // One cluster: the most central item, whatever the seed.
        QCOMPARE(dt::kMedoids(d, 6, 1, 1).centres, dt::kMedoids(d, 6, 1, 99).centres);
        QCOMPARE(dt::silhouette(d, 6, std::vector<int>(6, 0)), 0.0);
    }

    void kMedoidsRejectsBadInput()
    {
        const std::vector<double> d = lineDistances({0, 1, 2});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dt::kMedoids(d, 4, 1, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dt::kMedoids(d, 3, 4, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dt::kMedoids(d, 3, 0, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dt::silhouette(d, 3, {0, 1}));
    }

    void waysAreLearntFromRealDigitsDeterministically()
    {
        const dt::WritingWays ways = dt::buildWritingWays(pendigits(), quickConfig());
        for (int digit = 0; digit < 10; ++digit) {
            const auto& w = ways.digits[std::size_t(digit)];
            QVERIFY(!w.empty() && int(w.size()) <= dt::kMaxWaysPerDigit);
            int members = 0;
            for (std::size_t i = 0; i < w.size(); ++i) {
                members += w[i].memberCount;
                if (i > 0)
                    QVERIFY(w[i - 1].memberCount >= w[i].memberCount); // most common way first
            }
            QCOMPARE(members, 120);
        }
        // A 7 is written with a crossbar as a second stroke, or in one stroke without: both
        // are ways of their own. So is a 4 in one stroke or two.
        for (int digit : {4, 7}) {
            std::set<int> strokeCounts;
            for (const dt::WayOfWriting& way : ways.digits[std::size_t(digit)])
                strokeCounts.insert(way.path.strokeCount);
            QVERIFY2(strokeCounts.count(1) && strokeCounts.count(2), qPrintable(QString("digit %1").arg(digit)));
        }
        const dt::WritingWays again = dt::buildWritingWays(pendigits(), quickConfig());
        QCOMPARE(again.digits[7][0].path.points[5].x, ways.digits[7][0].path.points[5].x);
    }

    void buildingRejectsTooFewDrawings()
    {
        std::vector<dt::Drawing> few(pendigits().begin(), pendigits().begin() + 40);
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::buildWritingWays(few));
        dt::WaysConfig bad = quickConfig();
        bad.maxWays = 0;
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::buildWritingWays(pendigits(), bad));
    }

    void theFileKeepsTheWaysExactlyEnough()
    {
        const dt::WritingWays ways = dt::buildWritingWays(pendigits(), quickConfig());
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/test.ways").toStdString();
        dt::saveWritingWays(ways, path);
        const dt::WritingWays loaded = dt::loadWritingWays(path);
        for (int digit = 0; digit < 10; ++digit) {
            const auto& a = ways.digits[std::size_t(digit)];
            const auto& b = loaded.digits[std::size_t(digit)];
            QCOMPARE(b.size(), a.size());
            for (std::size_t w = 0; w < a.size(); ++w) {
                QCOMPARE(b[w].memberCount, a[w].memberCount);
                QCOMPARE(b[w].support, a[w].support);
                QCOMPARE(b[w].exemplars.size(), a[w].exemplars.size());
                QCOMPARE(b[w].path.strokeCount, a[w].path.strokeCount);
                QVERIFY(std::abs(b[w].path.points[17].y - a[w].path.points[17].y) < 1e-6); // stored as f32
            }
        }
        QCOMPARE(loaded.metadata, ways.metadata);
    }

    void aDamagedFileIsRefusedWithItsReason_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("flipped byte") << 0 << "corrupt";
        QTest::newRow("truncated") << 1 << "truncated";
        QTest::newRow("not a ways file") << 2 << "not a Digit Tutor ways-of-writing file";
        QTest::newRow("newer version") << 3 << "a newer program wrote it";
        QTest::newRow("trailing bytes") << 4 << "unexpected bytes";
    }

    void aDamagedFileIsRefusedWithItsReason()
    {
        QFETCH(int, damage);
        QFETCH(QString, reason);
        static const dt::WritingWays ways = dt::buildWritingWays(pendigits(), quickConfig());
        QTemporaryDir dir;
        const QString path = dir.path() + "/damaged.ways";
        dt::saveWritingWays(ways, path.toStdString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        switch (damage) {
        case 0: bytes[33] = char(bytes[33] ^ 0x40); break; // inside digit 0's first path point
        case 1: bytes.truncate(bytes.size() / 3); break;
        case 2: bytes[0] = 'X'; break;
        case 3: bytes[8] = 9; break;
        case 4: bytes.append("junk"); break;
        }
        QVERIFY(dt::test::writeFile(path, bytes));
        try {
            dt::loadWritingWays(path.toStdString());
            QFAIL("a damaged ways file was accepted");
        } catch (const dt::FormatError& e) {
            QVERIFY2(QString(e.what()).contains(reason), e.what());
            QVERIFY2(QString(e.what()).contains("damaged.ways"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(dt::FormatError, dt::loadWritingWays((dir.path() + "/missing.ways").toStdString()));
    }
};

DT_TEST_MAIN(TestWritingWays, QCoreApplication)
#include "test_writing_ways.moc"
