#include <digit_tutor/training/k_medoids.hpp>

#include <digit_tutor/training/random.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace dt {
namespace {

void checkMatrix(const std::vector<double>& distances, int n)
{
    if (n < 1 || distances.size() != std::size_t(n) * std::size_t(n))
        throw std::invalid_argument("k-medoids needs an n x n distance matrix with n >= 1; got " +
                                    std::to_string(distances.size()) + " values for n = " + std::to_string(n));
}

std::vector<int> seedCentres(const std::vector<double>& d, int n, int k, std::uint64_t seed)
{
    auto at = [&](int i, int j) { return d[std::size_t(i) * std::size_t(n) + std::size_t(j)]; };
    // The most central item first, so that k = 1 needs no iteration and is seed-independent.
    std::vector<int> centres;
    double bestSum = std::numeric_limits<double>::infinity();
    int central = 0;
    for (int i = 0; i < n; ++i) {
        double sum = 0.0;
        for (int j = 0; j < n; ++j)
            sum += at(i, j);
        if (sum < bestSum) {
            bestSum = sum;
            central = i;
        }
    }
    centres.push_back(central);
    std::vector<double> nearest(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        nearest[std::size_t(i)] = at(i, central);
    Random random(seed);
    while (int(centres.size()) < k) {
        double total = 0.0;
        for (double v : nearest)
            total += v * v;
        int chosen = -1;
        if (total > 0.0) {
            double target = random.uniform() * total;
            for (int i = 0; i < n && chosen < 0; ++i) {
                target -= nearest[std::size_t(i)] * nearest[std::size_t(i)];
                if (target < 0.0 && nearest[std::size_t(i)] > 0.0)
                    chosen = i;
            }
        }
        if (chosen < 0) // every item coincides with a centre (or rounding): take any other item
            for (int i = 0; i < n && chosen < 0; ++i)
                if (std::find(centres.begin(), centres.end(), i) == centres.end())
                    chosen = i;
        centres.push_back(chosen);
        for (int i = 0; i < n; ++i)
            nearest[std::size_t(i)] = std::min(nearest[std::size_t(i)], at(i, chosen));
    }
    return centres;
}

} // namespace

Medoids kMedoids(const std::vector<double>& distances, int n, int k, std::uint64_t seed, int maxIterations)
{
    checkMatrix(distances, n);
    if (k < 1 || k > n)
        throw std::invalid_argument("k-medoids: k = " + std::to_string(k) + " is outside 1.." + std::to_string(n));
    return refineMedoids(distances, n, seedCentres(distances, n, k, seed), maxIterations);
}

Medoids refineMedoids(const std::vector<double>& distances, int n, std::vector<int> centres, int maxIterations)
{
    checkMatrix(distances, n);
    const int k = int(centres.size());
    if (k < 1 || k > n)
        throw std::invalid_argument("k-medoids: " + std::to_string(k) + " centres for " + std::to_string(n) + " items");
    for (int c : centres)
        if (c < 0 || c >= n)
            throw std::invalid_argument("k-medoids: centre " + std::to_string(c) + " is not an item");
    auto at = [&](int i, int j) { return distances[std::size_t(i) * std::size_t(n) + std::size_t(j)]; };

    Medoids m;
    m.centres = std::move(centres);
    auto assign = [&] {
        m.assignment.assign(std::size_t(n), 0);
        m.cost = 0.0;
        for (int i = 0; i < n; ++i) {
            int best = 0;
            for (int c = 1; c < k; ++c)
                if (at(i, m.centres[std::size_t(c)]) < at(i, m.centres[std::size_t(best)]))
                    best = c;
            m.assignment[std::size_t(i)] = best;
            m.cost += at(i, m.centres[std::size_t(best)]);
        }
    };
    assign();
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        bool changed = false;
        for (int c = 0; c < k; ++c) {
            int bestItem = m.centres[std::size_t(c)];
            double bestSum = std::numeric_limits<double>::infinity();
            for (int i = 0; i < n; ++i) {
                if (m.assignment[std::size_t(i)] != c)
                    continue;
                double sum = 0.0;
                for (int j = 0; j < n; ++j)
                    if (m.assignment[std::size_t(j)] == c)
                        sum += at(i, j);
                if (sum < bestSum) {
                    bestSum = sum;
                    bestItem = i;
                }
            }
            if (bestItem != m.centres[std::size_t(c)]) {
                m.centres[std::size_t(c)] = bestItem;
                changed = true;
            }
        }
        if (!changed)
            break;
        assign();
    }
    return m;
}

double silhouette(const std::vector<double>& distances, int n, const std::vector<int>& assignment)
{
    checkMatrix(distances, n);
    if (assignment.size() != std::size_t(n))
        throw std::invalid_argument("silhouette: " + std::to_string(assignment.size()) + " assignments for " +
                                    std::to_string(n) + " items");
    const int k = n == 0 ? 0 : *std::max_element(assignment.begin(), assignment.end()) + 1;
    if (k < 2)
        return 0.0;
    std::vector<int> sizes(std::size_t(k), 0);
    for (int a : assignment)
        ++sizes[std::size_t(a)];
    double total = 0.0;
    std::vector<double> sums(static_cast<std::size_t>(k));
    for (int i = 0; i < n; ++i) {
        const int own = assignment[std::size_t(i)];
        if (sizes[std::size_t(own)] < 2)
            continue;
        std::fill(sums.begin(), sums.end(), 0.0);
        for (int j = 0; j < n; ++j)
            sums[std::size_t(assignment[std::size_t(j)])] += distances[std::size_t(i) * std::size_t(n) + std::size_t(j)];
        const double a = sums[std::size_t(own)] / double(sizes[std::size_t(own)] - 1);
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c)
            if (c != own && sizes[std::size_t(c)] > 0)
                b = std::min(b, sums[std::size_t(c)] / double(sizes[std::size_t(c)]));
        const double larger = std::max(a, b);
        if (std::isfinite(b) && larger > 0.0)
            total += (b - a) / larger;
    }
    return total / double(n);
}

} // namespace dt
