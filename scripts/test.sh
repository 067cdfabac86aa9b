#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs the test suite: installs the packages,
# fetches and verifies MNIST, configures, builds and runs CTest.
# Usage: scripts/test.sh [PRESET]   (release by default; asan for AddressSanitizer + UBSan)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset="${1:-release}"
cd "$root"

scripts/install-deps.sh --test
scripts/fetch-mnist.sh
cmake --preset "$preset" -G Ninja
cmake --build --preset "$preset" -j 2
ctest --preset "$preset"
