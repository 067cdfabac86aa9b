#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and starts Digit Tutor on the bundled default model.
# Extra arguments go to the program.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

scripts/install-deps.sh
cmake --preset release -G Ninja >/dev/null
cmake --build --preset release -j 2

if [[ -x build/release/app/digit-tutor ]]; then
    exec build/release/app/digit-tutor "$@"
fi
# Until the practice app lands (issue 3), show the engine at work on the default model.
echo "The practice app is not built yet; here is the engine on the default model:"
build/release/app/cli/digit-tutor-cli info
