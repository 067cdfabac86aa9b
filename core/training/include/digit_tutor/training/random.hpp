#pragma once
// Seeded pseudo-random numbers that give the same sequence on every platform and standard
// library (std::uniform_*_distribution does not promise that). SplitMix64.

#include <cstdint>

namespace dt {

class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, n); n > 0.
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    /// Standard normal (Box-Muller).
    double normal();

private:
    std::uint64_t m_state;
};

} // namespace dt
