#include <digit_tutor/training/evaluation.hpp>

#include <digit_tutor/training/batch_scoring.hpp>
#include <digit_tutor/engine/error.hpp>

#include <algorithm>
#include <chrono>

namespace dt {

bool WriterOrder::operator()(const std::string& a, const std::string& b) const
{
    auto numeric = [](const std::string& s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const bool na = numeric(a), nb = numeric(b);
    if (na != nb)
        return na;
    if (na && a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

void Evaluation::add(int label, int answer, bool isDigit, const std::string& writer)
{
    if (!writer.empty()) {
        auto& w = writers[writer];
        w[0] += label == answer ? 1 : 0;
        ++w[1];
    }
    ++count;
    if (label == answer)
        ++correct;
    if (!isDigit)
        ++notDigit;
    if (label >= 0 && label < kDigitClasses && answer >= 0 && answer < kDigitClasses)
        ++confusion[std::size_t(label)][std::size_t(answer)];
}

int Evaluation::digitCount(int digit) const
{
    int n = 0;
    for (int v : confusion[std::size_t(digit)])
        n += v;
    return n;
}

double Evaluation::digitAccuracy(int digit) const
{
    const int n = digitCount(digit);
    return n ? double(confusion[std::size_t(digit)][std::size_t(digit)]) / n : 0.0;
}

Evaluation evaluateFeatures(const DigitModel& model, const Eigen::MatrixXd& features, const std::vector<std::uint8_t>& labels,
                            InputKind kind, int threads)
{
    if (labels.size() != std::size_t(features.rows()))
        throw NumericalError("Evaluation needs one label per sample: " + std::to_string(features.rows()) + " samples, " +
                             std::to_string(labels.size()) + " labels.");
    const auto start = std::chrono::steady_clock::now();
    const Eigen::MatrixXd ll = classLogLikelihoods(model, features, kind, threads);
    const Eigen::VectorXi answers = model.predictFromLogLikelihoods(ll);
    const Eigen::VectorXd scores = model.totalLogLikelihoods(ll);
    Evaluation e;
    for (Eigen::Index i = 0; i < features.rows(); ++i)
        e.add(labels[std::size_t(i)], answers[i], scores[i] >= model.outlierThreshold);
    e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return e;
}

} // namespace dt
