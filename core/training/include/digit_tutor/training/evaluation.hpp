#pragma once
// Tallies of a model's answers against known labels: accuracy, per-digit accuracy, the
// confusion matrix (rows: true digit, columns: answer) and how often a real digit was
// refused as "not a digit".

#include <digit_tutor/engine/digit_model.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dt {

/// Orders writer ids naturally: "2" before "10"; non-numeric ids alphabetically, after numbers.
struct WriterOrder {
    bool operator()(const std::string& a, const std::string& b) const;
};

struct Evaluation {
    int count = 0;
    int correct = 0;
    int notDigit = 0;   ///< samples whose score fell below the outlier threshold
    std::array<std::array<int, kDigitClasses>, kDigitClasses> confusion{};
    double seconds = 0.0; ///< time spent classifying (features included where measured)
    std::map<std::string, std::array<int, 2>, WriterOrder> writers; ///< writer id -> {correct, count}, where known

    /// answer -1 stands for "no answer" (an empty drawing): counted as wrong.
    void add(int label, int answer, bool isDigit, const std::string& writer = {});
    double accuracy() const { return count ? double(correct) / count : 0.0; }
    double notDigitRate() const { return count ? double(notDigit) / count : 0.0; }
    int digitCount(int digit) const;
    double digitAccuracy(int digit) const; ///< 0 when the digit never occurs
    double msPerDigit() const { return count ? 1000.0 * seconds / count : 0.0; }
};

/// Batch evaluation on feature rows (n x d) of one kind of input with labels (n, 0..9);
/// uses all cores.
Evaluation evaluateFeatures(const DigitModel& model, const Eigen::MatrixXd& features,
                            const std::vector<std::uint8_t>& labels, InputKind kind, int threads = 0);

} // namespace dt
