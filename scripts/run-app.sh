#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and starts Digit Tutor on the bundled default model.
# Extra arguments go to the program.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

scripts/install-deps.sh
cmake --preset release -G Ninja >/dev/null
cmake --build --preset release -j 2

exec build/release/app/app/digit-tutor "$@"
