// parallelFor's promises (core/engine/include/digit_tutor/engine/parallel.hpp): every index
// exactly once, the first exception rethrown in the caller, nesting, threads = 1 in the
// caller's thread, threads = 0 as all cores, and what it rejects.

#include <digit_tutor/engine/parallel.hpp>

#include "test_main.hpp"

#include <QCoreApplication>
#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <numeric>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

class TestParallel : public QObject {
    Q_OBJECT

private slots:
    void runsEveryIndexExactlyOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threads");
        QTest::newRow("empty") << 0 << 0;
        QTest::newRow("one") << 1 << 0;
        QTest::newRow("all cores") << 1000 << 0;
        QTest::newRow("two threads") << 997 << 2;
        QTest::newRow("more threads than tasks") << 3 << 8;
        QTest::newRow("more threads than cores") << 500 << 64;
        QTest::newRow("serial") << 100 << 1;
    }
    void runsEveryIndexExactlyOnce()
    {
        QFETCH(int, count);
        QFETCH(int, threads);
        std::vector<std::atomic<int>> runs(static_cast<std::size_t>(count));
        std::atomic<int> outside{0};
        for (int round = 0; round < 20; ++round) {
            dt::parallelFor(count, threads, [&](int i) {
                if (i < 0 || i >= count)
                    ++outside;
                else
                    runs[std::size_t(i)].fetch_add(1);
            });
        }
        QCOMPARE(outside.load(), 0);
        for (int i = 0; i < count; ++i)
            QCOMPARE(runs[std::size_t(i)].load(), 20);
    }

    void orderedSumsAreTheSameWithAnyThreads()
    {
        // The callers' pattern: fixed blocks, a partial sum per block, added in block order.
        std::vector<double> values(100000);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = 1.0 / double(i + 1) * ((i % 3) ? 1.0 : -1e3);
        auto sum = [&](int threads) {
            constexpr int kBlocks = 37;
            std::vector<double> partial(kBlocks, 0.0);
            dt::parallelFor(kBlocks, threads, [&](int b) {
                const std::size_t begin = values.size() * std::size_t(b) / kBlocks;
                const std::size_t end = values.size() * std::size_t(b + 1) / kBlocks;
                for (std::size_t i = begin; i < end; ++i)
                    partial[std::size_t(b)] += values[i];
            });
            return std::accumulate(partial.begin(), partial.end(), 0.0);
        };
        const double serial = sum(1);
        for (int threads : {0, 2, 3, 8})
            QCOMPARE(sum(threads), serial); // exact
    }

    void usesMoreThanOneThreadWhenAsked()
    {
        if (dt::resolveThreads(0) < 2)
            DT_SKIP("one core: nothing runs beside the caller");
        // Each task waits (up to 10 s) until a task has run in a second thread: on one thread
        // alone they would all time out.
        std::mutex mutex;
        std::set<std::thread::id> ids;
        dt::parallelFor(2 * dt::resolveThreads(0), 0, [&](int) {
            {
                const std::lock_guard lock(mutex);
                ids.insert(std::this_thread::get_id());
            }
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (std::chrono::steady_clock::now() < until) {
                {
                    const std::lock_guard lock(mutex);
                    if (ids.size() > 1)
                        return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
        QVERIFY(ids.size() > 1);
    }

    void serialRunsInTheCallersThreadInOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threads");
        QTest::newRow("threads = 1") << 50 << 1;
        QTest::newRow("count = 1") << 1 << 0;
    }
    void serialRunsInTheCallersThreadInOrder()
    {
        QFETCH(int, count);
        QFETCH(int, threads);
        const auto caller = std::this_thread::get_id();
        std::vector<int> order;
        bool elsewhere = false;
        dt::parallelFor(count, threads, [&](int i) {
            elsewhere = elsewhere || std::this_thread::get_id() != caller;
            order.push_back(i); // no lock: only the caller's thread may be here
        });
        QVERIFY(!elsewhere);
        std::vector<int> expected(std::size_t(count), 0);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(order, expected);
    }

    void anExceptionReachesTheCaller_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("serial") << 1;
        QTest::newRow("two threads") << 2;
        QTest::newRow("all cores") << 0;
    }
    void anExceptionReachesTheCaller()
    {
        QFETCH(int, threads);
        std::atomic<int> finished{0};
        bool caught = false;
        try {
            dt::parallelFor(100, threads, [&](int i) {
                if (i == 37)
                    throw std::runtime_error("task 37");
                ++finished;
            });
        } catch (const std::runtime_error& e) {
            caught = true;
            QCOMPARE(QByteArray(e.what()), QByteArray("task 37"));
        }
        QVERIFY(caught);
        QVERIFY(finished.load() < 100);
        // The pool still works after it.
        std::atomic<int> after{0};
        dt::parallelFor(100, threads, [&](int) { ++after; });
        QCOMPARE(after.load(), 100);
    }

    void anExceptionInANestedCallReachesTheOuterCaller()
    {
        bool caught = false;
        try {
            dt::parallelFor(4, 2, [&](int outer) {
                dt::parallelFor(50, 2, [&](int inner) {
                    if (outer == 3 && inner == 20)
                        throw std::logic_error("nested");
                });
            });
        } catch (const std::logic_error& e) {
            caught = true;
            QCOMPARE(QByteArray(e.what()), QByteArray("nested"));
        }
        QVERIFY(caught);
    }

    void nestingWorks_data()
    {
        QTest::addColumn<int>("outerThreads");
        QTest::addColumn<int>("innerThreads");
        QTest::newRow("2 in 2") << 2 << 2;
        QTest::newRow("1 in 2") << 2 << 1;
        QTest::newRow("all in all") << 0 << 0;
        QTest::newRow("3 in 2") << 2 << 3;
        QTest::newRow("2 in 1") << 1 << 2;
    }
    void nestingWorks()
    {
        QFETCH(int, outerThreads);
        QFETCH(int, innerThreads);
        constexpr int kOuter = 7;
        constexpr int kInner = 301;
        std::vector<std::atomic<int>> runs(std::size_t(kOuter) * kInner);
        // A thread waiting for a nested call must not start a sibling of its own task: each
        // outer task checks that no other outer task runs nested inside it on its thread.
        thread_local int depth = 0;
        std::atomic<int> reentered{0};
        dt::parallelFor(kOuter, outerThreads, [&](int o) {
            if (depth != 0)
                ++reentered;
            ++depth;
            dt::parallelFor(kInner, innerThreads, [&](int i) { runs[std::size_t(o) * kInner + std::size_t(i)].fetch_add(1); });
            --depth;
        });
        QCOMPARE(reentered.load(), 0);
        for (std::size_t j = 0; j < runs.size(); ++j)
            QCOMPARE(runs[j].load(), 1);
    }

    void threadsZeroMeansAllCores()
    {
        const int cores = dt::resolveThreads(0);
        QVERIFY(cores >= 1);
        QVERIFY(cores <= int(std::max(1u, std::thread::hardware_concurrency())));
        QCOMPARE(dt::resolveThreads(3), 3);
    }

    void rejectsNegativeCountsAndThreads()
    {
        bool ran = false;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dt::parallelFor(-1, 2, [&](int) { ran = true; }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dt::parallelFor(10, -1, [&](int) { ran = true; }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, dt::resolveThreads(-2));
        QVERIFY(!ran);
    }
};

DT_TEST_MAIN(TestParallel, QCoreApplication)
#include "test_parallel.moc"
