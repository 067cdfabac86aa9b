#!/usr/bin/env bash
# Usage: scripts/screenshots.sh [OUT_DIR [--docs]]
# Saves a screenshot of each screen into OUT_DIR (default build/screenshots) on the screens
# the app is made for: a 1024x600 netbook, a 1920x1080 board, 1024x600 at 200% (a
# high-density laptop) and a 1280x800 school laptop, where the teacher works, e.g.
# practice-empty@1024x600.png, practice-empty@1920x1080.png, practice-empty@1024x600@2x.png
# and teacher-progress@1280x800.png, for a person to look at: text fits, nothing overlaps.
# Then every screen at 1024x600 in each language the app speaks, into OUT_DIR/<language>/
# (fr/practice-digit@1024x600.png, he/teacher-progress@1024x600.png, ...);
# DIGIT_TUTOR_SHOT_LANGUAGES="fr he" takes only those, "" none.
# Each runs on an offscreen screen of that size, so that the teacher area opens at the size
# it takes there. Builds the release preset's digit_tutor_screenshots
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
# shoot OUT SIZE SCALE [LANGUAGE]: every screen on an offscreen screen of that size.
shoot() {
    local dir=$1 size=$2 scale=$3 screen
    screen=$(mktemp --suffix=.json)
    printf '{"screens": [{"name": "screen", "x": 0, "y": 0, "width": %d, "height": %d, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}\n' \
        $((${size%x*} * scale)) $((${size#*x} * scale)) >"$screen"
    mkdir -p "$dir"
    QT_QPA_PLATFORM="offscreen:configfile=$screen" QT_SCALE_FACTOR=$scale LC_ALL=C "$tool" "$dir" "$size" ${4:+"$4"}
    rm -f "$screen"
}
for shot in 1024x600:1 1920x1080:1 1024x600:2 1280x800:1; do
    shoot "$out" "${shot%:*}" "${shot#*:}"
done
default_languages=$(ls translations | sed -n 's/^digit_tutor_\(.*\)\.ts$/\1/p' | grep -v '^en$' | tr '\n' ' ')
for language in ${DIGIT_TUTOR_SHOT_LANGUAGES-$default_languages}; do
    shoot "$out/$language" 1024x600 1 "$language"
done
echo "screenshots in $out"

# --docs: the pictures the guides in docs/ show, copied into docs/screenshots: the child's
# screens at 1024x600, and the main ones also at 1920x1080 and at 200%; the teacher's at
# 1280x800.
if [[ ${2:-} == --docs ]]; then
    mkdir -p "$root/docs/screenshots"
    for name in practice-empty practice-digit practice-done practice-celebration practice-compare-wrong-digit \
                practice-scribble practice-trace-digit practice-done-left-handed show-me-middle \
                hint-backwards-2 practice-reversed-3 practice-reversed-3-turned free-digit who-is-writing; do
        cp "$out/$name@1024x600.png" "$root/docs/screenshots/$name.png"
    done
    for name in teacher-students teacher-progress teacher-progress-class teacher-model teacher-model-details \
                teacher-settings saved-attempts saved-attempts-waiting; do
        cp "$out/$name@1280x800.png" "$root/docs/screenshots/$name.png"
    done
    for name in practice-digit practice-done; do
        cp "$out/$name@1920x1080.png" "$root/docs/screenshots/$name-1920x1080.png"
        cp "$out/$name@1024x600@2x.png" "$root/docs/screenshots/$name-200.png"
    done
    echo "guide pictures in $root/docs/screenshots"
fi
