#include <digit_tutor/training/batch_scoring.hpp>

#include "screened_log_prob.hpp"

#include <digit_tutor/engine/error.hpp>

#include <string>
#include <vector>

namespace dt {

Eigen::MatrixXd classLogLikelihoods(const DigitModel& model, const Eigen::MatrixXd& X, InputKind kind, int threads)
{
    if (X.cols() != model.featureCount())
        throw NumericalError("The model expects samples with " + std::to_string(model.featureCount()) + " features, got " +
                             std::to_string(X.cols()) + ".");
    std::vector<detail::ScreenedGroup> groups;
    for (int c = 0; c < kDigitClasses; ++c)
        groups.push_back({&model.classes[std::size_t(c)].mixture, model.classes[std::size_t(c)].logPrior, model.componentsFor(c, kind),
                          model.logWeightOffset(c, kind)});
    const Eigen::MatrixXd comp = detail::screenedWeightedLogProb(groups, X, threads);
    Eigen::MatrixXd out(X.rows(), kDigitClasses);
    Eigen::Index first = 0;
    std::vector<double> row;
    for (int c = 0; c < kDigitClasses; ++c) {
        const int k = model.componentsFor(c, kind);
        row.resize(std::size_t(k));
        for (Eigen::Index i = 0; i < X.rows(); ++i) {
            for (int j = 0; j < k; ++j)
                row[std::size_t(j)] = comp(i, first + j);
            out(i, c) = logSumExp(row.data(), k);
        }
        first += k;
    }
    return out;
}

} // namespace dt
