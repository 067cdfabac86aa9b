#include "centre_products.hpp"

#include "float_tile_kernel.hpp"

#include <algorithm>

namespace dt::detail {

using Eigen::Index;

namespace {

constexpr Index kGroup = 8;    // centres per vector
constexpr Index kSamples = 12; // samples at a time: twelve independent chains of FMAs

} // namespace

PackedCentres::PackedCentres(const Eigen::MatrixXd& centres)
    : k_(centres.rows()), d_(centres.cols()), data_(Eigen::VectorXf::Zero((k_ + kGroup - 1) / kGroup * kGroup * d_))
{
    for (Index c = 0; c < k_; ++c)
        for (Index t = 0; t < d_; ++t)
            data_[(c / kGroup * d_ + t) * kGroup + c % kGroup] = float(centres(c, t));
}

DIGIT_TUTOR_EM_KERNEL
void centreProducts(const PackedCentres& centres, const Eigen::MatrixXf& XT, Index begin, Index cols,
                    Eigen::MatrixXf& out)
{
    const Index d = centres.d_;
    const Index k = centres.k_;
    out.resize(k, cols);
    float lanes[kGroup];
    for (Index group = 0; group * kGroup < k; ++group) {
        const float* packed = centres.data_.data() + group * d * kGroup;
        const Index inGroup = std::min(kGroup, k - group * kGroup);
        for (Index first = 0; first < cols; first += kSamples) {
            const Index m = std::min(kSamples, cols - first);
            const float* x[kSamples];
            for (Index q = 0; q < kSamples; ++q)
                x[q] = XT.data() + (begin + first + std::min(q, m - 1)) * d; // a short group repeats its last sample
            Float8 acc[kSamples] = {};
            for (Index t = 0; t < d; ++t) {
                const Float8 c = loadFloat8(packed + t * kGroup);
#pragma GCC unroll 12
                for (Index q = 0; q < kSamples; ++q)
                    acc[q] += c * x[q][t];
            }
            for (Index q = 0; q < m; ++q) {
                storeFloat8(lanes, acc[q]);
                std::copy(lanes, lanes + inGroup, out.data() + (first + q) * k + group * kGroup);
            }
        }
    }
}

} // namespace dt::detail
