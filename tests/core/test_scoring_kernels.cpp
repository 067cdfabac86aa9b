// The scoring kernels (core/engine/src/scoring_kernels.hpp, internal) against the plain sums
// they stand for, on every shape the scorers give them: triangles of any size, whole
// registers or not.

#include "test_main.hpp"

#include "scoring_kernels.hpp"

#include <digit_tutor/training/random.hpp>

#include <QTest>

#include <cmath>
#include <vector>

namespace {

struct Triangle {
    int d = 0;
    int padded = 0;
    std::vector<double> dense;  ///< d x d, row-major, zero below the diagonal
    std::vector<float> packed;  ///< row i from column 8 floor(i / 8) to padded
};

Triangle randomTriangle(int d, dt::Random& rng)
{
    Triangle t;
    t.d = d;
    t.padded = (d + dt::kernels::kLanes - 1) / dt::kernels::kLanes * dt::kernels::kLanes;
    t.dense.assign(std::size_t(d) * std::size_t(d), 0.0);
    for (int i = 0; i < d; ++i)
        for (int j = i; j < d; ++j)
            t.dense[std::size_t(i) * std::size_t(d) + std::size_t(j)] = double(float(rng.normal()));
    for (int i = 0; i < d; ++i)
        for (int j = i / dt::kernels::kLanes * dt::kernels::kLanes; j < t.padded; ++j)
            t.packed.push_back(j < d ? float(t.dense[std::size_t(i) * std::size_t(d) + std::size_t(j)]) : 0.0f);
    return t;
}

} // namespace

class TestScoringKernels : public QObject {
    Q_OBJECT

private slots:
    void trianglesGiveThePlainSums_data()
    {
        QTest::addColumn<int>("d");
        for (int d : {1, 7, 8, 9, 31, 32, 33, 40, 63, 64, 65, 100})
            QTest::newRow(qPrintable(QString("d = %1").arg(d))) << d;
    }
    void trianglesGiveThePlainSums()
    {
        QFETCH(int, d);
        dt::Random rng{std::uint64_t(d)};
        const Triangle t = randomTriangle(d, rng);
        std::vector<double> x(static_cast<std::size_t>(d)), mean(static_cast<std::size_t>(d));
        for (int i = 0; i < d; ++i) {
            x[std::size_t(i)] = rng.normal();
            mean[std::size_t(i)] = 0.5 * rng.normal();
        }
        std::vector<double> want(std::size_t(t.padded), 0.0);
        for (int i = 0; i < d; ++i)
            for (int j = i; j < d; ++j)
                want[std::size_t(j)] += double(float(x[std::size_t(i)] - mean[std::size_t(i)])) *
                                        t.dense[std::size_t(i) * std::size_t(d) + std::size_t(j)];
        std::vector<dt::CpuKernels> kernels{dt::CpuKernels::Baseline};
        if (dt::supportedKernels() == dt::CpuKernels::Avx2)
            kernels.push_back(dt::CpuKernels::Avx2);
        for (dt::CpuKernels k : kernels) {
            std::vector<float> y(std::size_t(t.padded), 12345.0f); // whatever was there is overwritten
            dt::kernels::floatTriangle(k)(x.data(), mean.data(), d, t.packed.data(), y.data());
            for (int j = 0; j < t.padded; ++j)
                QVERIFY2(std::abs(double(y[std::size_t(j)]) - want[std::size_t(j)]) <= 1e-4 * (1.0 + std::abs(want[std::size_t(j)])),
                         qPrintable(QString("%1 kernels, column %2: %3, not %4")
                                        .arg(dt::kernelsName(k))
                                        .arg(j)
                                        .arg(double(y[std::size_t(j)]))
                                        .arg(want[std::size_t(j)])));
        }
    }
};

DT_TEST_MAIN(TestScoringKernels, QCoreApplication)
#include "test_scoring_kernels.moc"
