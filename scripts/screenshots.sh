#!/usr/bin/env bash
# Usage: scripts/screenshots.sh [OUT_DIR [--docs]]
# Saves a screenshot of each main screen at 100% and 200% scale into OUT_DIR (default
# build/screenshots), e.g. practice-empty@1x.png and practice-empty@2x.png, for a person to
# look at: text fits, nothing overlaps. Builds the release preset's digit_tutor_screenshots
# first (configuring it if needed); DIGIT_TUTOR_BUILD_DIR=build/other uses another build
# folder, configured with the release preset if it is not yet. The real drawn digits come
# from data/handwriting, shipped with the project.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/build/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$root"

build=${DIGIT_TUTOR_BUILD_DIR:-build/release}
if [[ ! -f $build/build.ninja ]]; then
    cmake --preset release -G Ninja -B "$build" >/dev/null
fi
cmake --build "$build" --target digit_tutor_screenshots

tool=$build/tests/digit_tutor_screenshots
for scale in 1 2; do
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=$scale LC_ALL=C "$tool" "$out"
done
echo "screenshots in $out"

# --docs: the pictures the guides in docs/ show, at 100%, copied into docs/screenshots.
if [[ ${2:-} == --docs ]]; then
    mkdir -p "$root/docs/screenshots"
    for name in practice-empty practice-digit practice-done practice-trace show-me-middle hint-backwards-2 \
                teacher-students teacher-progress teacher-progress-class teacher-model teacher-settings free-digit; do
        cp "$out/$name@1x.png" "$root/docs/screenshots/$name.png"
    done
    echo "guide pictures in $root/docs/screenshots"
fi
