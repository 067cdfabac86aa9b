#!/usr/bin/env bash
# Usage: scripts/screenshots.sh [OUT_DIR [--docs]]
# Saves a screenshot of each screen into OUT_DIR (default build/screenshots) on the screens
# the app is made for: a 1024x600 netbook, a 1920x1080 board, and 1024x600 at 200% (a
# high-density laptop), e.g. practice-empty@1024x600.png, practice-empty@1920x1080.png and
# practice-empty@1024x600@2x.png, for a person to look at: text fits, nothing overlaps. Builds the release preset's digit_tutor_screenshots
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
for shot in 1024x600:1 1920x1080:1 1024x600:2; do
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=${shot#*:} LC_ALL=C "$tool" "$out" "${shot%:*}"
done
echo "screenshots in $out"

# --docs: the pictures the guides in docs/ show, copied into docs/screenshots: every screen
# at 1024x600, and the child's main screens also at 1920x1080 and at 200%.
if [[ ${2:-} == --docs ]]; then
    mkdir -p "$root/docs/screenshots"
    for name in practice-empty practice-digit practice-done practice-celebration practice-compare-wrong-digit \
                practice-scribble practice-trace-digit practice-done-left-handed show-me-middle \
                hint-backwards-2 practice-reversed-3 practice-reversed-3-turned free-digit who-is-writing \
                teacher-students teacher-progress teacher-progress-class teacher-model teacher-settings; do
        cp "$out/$name@1024x600.png" "$root/docs/screenshots/$name.png"
    done
    for name in saved-attempts saved-attempts-waiting; do
        cp "$out/$name@1024x600.png" "$root/docs/screenshots/$name.png"
    done
    for name in practice-digit practice-done; do
        cp "$out/$name@1920x1080.png" "$root/docs/screenshots/$name-1920x1080.png"
        cp "$out/$name@1024x600@2x.png" "$root/docs/screenshots/$name-200.png"
    done
    echo "guide pictures in $root/docs/screenshots"
fi
