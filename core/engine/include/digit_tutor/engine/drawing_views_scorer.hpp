#pragma once
// The drawing views (DrawingViews in digit_model.hpp) scored for one drawing at a time, as
// the app needs them. Their mixtures held as dense double matrices take 12 MB, and after
// the image model has been read none of it is still in the cache: reading it cost 0.8 ms
// a drawing. Here the doodle mixture over images keeps the half-precision triangles it is
// stored with (CompactScorer), and the 64-value pen path mixtures single-precision
// triangles (as stored): 2.4 MB in all, scored in about 0.15 ms.

#include <digit_tutor/engine/compact_scorer.hpp>
#include <digit_tutor/engine/gaussian_mixture.hpp>

#include <array>
#include <vector>

namespace dt {

struct DrawingViews;

/// log p(x) of a mixture whose factors are exactly representable in single precision (as
/// roundedForStorage leaves the pen path mixtures), from their packed upper triangles.
class PackedMixtureScorer {
public:
    PackedMixtureScorer() = default;
    explicit PackedMixtureScorer(const GaussianMixture& mixture);
    /// x: the mixture's nFeatures() values. Agrees with GaussianMixture to about 1e-6 relative.
    double logLikelihood(const double* x) const;

private:
    int m_features = 0;
    /// y = P^T (x - mu) for one component, chosen when built (cpu_kernels.hpp).
    void (*m_transform)(const double*, const double*, int, const float*, float*) = nullptr;
    std::vector<double> m_means;        ///< k x d
    /// Per component, row i of the upper triangle from column 8 floor(i / 8) to d rounded
    /// up to a multiple of 8, zero outside the triangle.
    std::vector<float> m_factors;
    std::size_t m_componentSize = 0;    ///< values of m_factors per component
    std::vector<double> m_logConstants; ///< log w_k + log det P_k - d/2 log 2pi
};

/// What combineViews needs from the views' mixtures for one drawing.
struct DrawingViewScores {
    std::array<double, 10> pathDigits{}; ///< log p_path(x | digit), without the prior
    double retracedPath = 0.0;
    double doodlePath = 0.0;
    double doodleImage = 0.0;
};

class DrawingViewsScorer {
public:
    explicit DrawingViewsScorer(const DrawingViews& views);
    /// hog: the model's feature count; path: kPenPathFeatures values. Thread-safe.
    DrawingViewScores score(const double* hog, const double* path) const;

private:
    std::array<PackedMixtureScorer, 10> m_pathDigits;
    PackedMixtureScorer m_retracedPath, m_doodlePath;
    CompactScorer m_doodleImage;
};

/// The same scores straight from the mixtures (slower; for a model not prepared).
DrawingViewScores scoreDrawingViews(const DrawingViews& views, const double* hog, const double* path);

} // namespace dt
