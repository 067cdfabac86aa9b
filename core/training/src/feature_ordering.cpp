#include <digit_tutor/training/feature_ordering.hpp>

#include <digit_tutor/engine/error.hpp>
#include <digit_tutor/engine/feature_extraction.hpp>

#include <Eigen/Cholesky>

#include <algorithm>
#include <numeric>
#include <string>

namespace dt {

std::vector<int> discriminativeOrder(const std::vector<const GaussianMixture*>& mixtures)
{
    if (mixtures.empty())
        throw NumericalError("No mixtures to order the features by.");
    const int d = mixtures.front()->nFeatures();
    Eigen::VectorXd grand = Eigen::VectorXd::Zero(d);
    int components = 0;
    for (const GaussianMixture* m : mixtures) {
        if (m->nFeatures() != d)
            throw NumericalError("Mixtures over " + std::to_string(d) + " and " + std::to_string(m->nFeatures()) +
                                 " features cannot share a feature order.");
        grand += m->means().colwise().sum().transpose();
        components += m->nComponents();
    }
    grand /= double(components);
    Eigen::VectorXd between = Eigen::VectorXd::Zero(d);
    Eigen::VectorXd within = Eigen::VectorXd::Zero(d);
    for (const GaussianMixture* m : mixtures)
        for (int k = 0; k < m->nComponents(); ++k) {
            between += (m->means().row(k).transpose() - grand).array().square().matrix();
            // S = P^-T P^-1, so S(j, j) is the squared norm of column j of P^-1.
            const Eigen::MatrixXd& p = m->precisionsCholesky()[std::size_t(k)];
            const Eigen::MatrixXd inverse =
                p.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(d, d));
            within += inverse.colwise().squaredNorm().transpose();
        }
    std::vector<int> order(static_cast<std::size_t>(d));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return between[a] * within[b] > between[b] * within[a]; // between/within, without dividing by a tiny within
    });
    return order;
}

GaussianMixture inOrder(const GaussianMixture& mixture, const std::vector<int>& order)
{
    const int d = mixture.nFeatures();
    if (order.empty())
        return mixture;
    validateFeatureOrder(order, d);
    const Eigen::MatrixXd means = mixture.means()(Eigen::all, order);
    std::vector<Eigen::MatrixXd> factors;
    factors.reserve(mixture.precisionsCholesky().size());
    for (const Eigen::MatrixXd& p : mixture.precisionsCholesky()) {
        const Eigen::MatrixXd precision = p.triangularView<Eigen::Upper>() * p.transpose();
        // An upper factor U of A is the reversal of the lower Cholesky factor of A reversed:
        // with J the reversal, J A J = L L^T gives A = (J L J)(J L J)^T, and J L J is upper.
        const Eigen::MatrixXd reversed = precision(order, order).reverse();
        const Eigen::LLT<Eigen::MatrixXd> llt(reversed);
        if (llt.info() != Eigen::Success)
            throw NumericalError("A precision matrix is not positive definite; its features cannot be reordered.");
        factors.push_back(Eigen::MatrixXd(llt.matrixL()).reverse());
    }
    return GaussianMixture::fromParameters(mixture.weights(), means, std::move(factors));
}

} // namespace dt
