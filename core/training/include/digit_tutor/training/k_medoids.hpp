#pragma once
// Clustering by k-medoids over a precomputed distance matrix: each cluster is represented
// by one of its members (the medoid), the one with the least summed distance to the others.
// Used where only distances exist and a mean would be meaningless, as for pen trajectories
// compared by dynamic time warping (dt::trajectoryDistance).
//
// Seeding is k-medoids++ (the first centre the most central item, each next drawn with
// probability proportional to its squared distance to the nearest centre, from a seeded
// dt::Random), then assignment and medoid updates alternate until nothing changes (the
// "alternate" algorithm; it may stop in a local optimum, which seeding keeps good).
// Deterministic for a given seed.
//
// Example use:
//   const dt::Medoids m = dt::kMedoids(distances, n, 3, 1);
//   const double quality = dt::silhouette(distances, n, m.assignment);

#include <cstdint>
#include <vector>

namespace dt {

struct Medoids {
    std::vector<int> centres;    ///< item index of each cluster's medoid, k of them
    std::vector<int> assignment; ///< cluster (0..k-1) of each item
    double cost = 0.0;           ///< summed distance of every item to its medoid
};

/// Clusters n items whose pairwise distances are distances[i * n + j] (symmetric, 0 on the
/// diagonal, finite, non-negative). Throws std::invalid_argument when the matrix is not
/// n x n, n < 1, or k is outside 1..n. Cost: O(n^2) per iteration.
Medoids kMedoids(const std::vector<double>& distances, int n, int k, std::uint64_t seed, int maxIterations = 100);

/// The alternate algorithm from given centres (item indices, distinct): what kMedoids does
/// after seeding, and a way to re-cluster after dropping a centre. Throws
/// std::invalid_argument for a bad matrix, no centres, or a centre that is not an item.
Medoids refineMedoids(const std::vector<double>& distances, int n, std::vector<int> centres, int maxIterations = 100);

/// Mean silhouette of a clustering, in [-1, 1]: for each item, (b - a) / max(a, b) with a
/// its mean distance to its own cluster and b to the nearest other cluster; items alone in
/// their cluster count 0. 0 when there is a single cluster. Throws std::invalid_argument
/// for a matrix or assignment of the wrong size.
double silhouette(const std::vector<double>& distances, int n, const std::vector<int>& assignment);

} // namespace dt
