#!/usr/bin/env bash
# What a user and a packager get: `cmake --install` into a temporary prefix, moved
# elsewhere (the programs must find their model from their own folder), the CLI and the
# app answering there, the desktop and AppStream files valid (where the validators are
# installed), a program built on find_package(DigitTutorCore) against it; then the Debian
# packages CPack makes, unpacked into a temporary root, running the same.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR [--no-consumer]
#   --no-consumer: skip building against the installed library (a sanitizer build's
#   library needs the sanitizer's flags to link).
set -euo pipefail

build=$1
source=$2
consumer=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "install_test: $*" >&2; exit 1; }
# Outputs are captured before they are searched: `cmd | grep -q` under pipefail fails
# whenever grep stops reading first and cmd gets SIGPIPE.
has() { grep -q -- "$2" <<<"$1"; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
mv "$work/prefix" "$work/moved"
info=$("$work/moved/bin/digit-tutor-cli" info)
has "$info" "model: $work/moved/share/digit-tutor/models/default.dtm" || fail "the moved CLI did not find its model: $info"
has "$info" "features: HOG 9 orientations" || fail "info did not describe the model: $info"
formation=$("$work/moved/bin/digit-tutor-cli" formation --digit 2 --strokes "$source/tests/packaging/two.json")
has "$formation" '"usual"' || fail "the moved CLI did not find its ways of writing: $formation"
version=$("$work/moved/bin/digit-tutor" --version)
has "$version" "digit-tutor " || fail "the app did not answer --version: $version"
for f in share/applications/digit-tutor.desktop share/metainfo/io.github.digit_tutor.DigitTutor.metainfo.xml \
         share/icons/hicolor/scalable/apps/digit-tutor.svg share/icons/hicolor/256x256/apps/digit-tutor.png \
         share/man/man1/digit-tutor.1 share/man/man1/digit-tutor-cli.1 include/digit_tutor/engine/digit_model.hpp include/digit_tutor/training/digit_trainer.hpp lib/libdigit_tutor_engine.a lib/libdigit_tutor_training.a lib/cmake/DigitTutorCore/DigitTutorCoreConfig.cmake; do
    [[ -f $work/moved/$f ]] || fail "$f was not installed"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/moved/share/applications/digit-tutor.desktop" || fail "the desktop file is not valid"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/moved/share/metainfo/io.github.digit_tutor.DigitTutor.metainfo.xml" \
        || fail "the AppStream metadata is not valid"
fi

if [[ $consumer != --no-consumer ]]; then
    cmake -S "$source/tests/packaging/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/moved" >/dev/null \
        || fail "find_package(DigitTutorCore) failed against the install"
    cmake --build "$work/consumer" >/dev/null || fail "the example consumer did not build"
    read=$("$work/consumer/consumer" "$work/moved/share/digit-tutor/models/default.dtm" "$source/tests/packaging/two.json")
    has "$read" "digit 2" || fail "the example consumer did not read the 2: $read"
fi

(cd "$build" && cpack -G DEB -B "$work/debs" >/dev/null) || fail "cpack could not make the Debian packages"
app_deb=$(ls "$work"/debs/digit-tutor_*.deb)
dev_deb=$(ls "$work"/debs/digit-tutor-dev_*.deb)
depends=$(dpkg-deb --field "$app_deb" Depends)
for needed in libqt6widgets6 libqt6sql6-sqlite libqt6svg6 libqt6multimedia6 libopencv-imgproc; do
    has "$depends" "$needed" || fail "the package does not depend on $needed: $depends"
done
# The engine is a static library: what it links privately must come with the -dev package.
dev_depends=$(dpkg-deb --field "$dev_deb" Depends)
for needed in libeigen3-dev libopencv-dev libtbb-dev; do
    has "$dev_depends" "$needed" || fail "the -dev package does not depend on $needed: $dev_depends"
done
contents=$(dpkg-deb --contents "$dev_deb")
has "$contents" "DigitTutorCoreConfig.cmake" || fail "the -dev package lacks the CMake package"
dpkg-deb -x "$app_deb" "$work/root"
packaged=$("$work/root/usr/bin/digit-tutor-cli" info)
has "$packaged" "model: $work/root/usr/share/digit-tutor/models/default.dtm" \
    || fail "the packaged CLI did not find the packaged model: $packaged"

# A school laptop without AVX2 (a Celeron, a Pentium Silver): the packaged programs as a
# Nehalem (SSE4.2, no AVX) runs them, under qemu-user. Not for a sanitizer build, whose
# shadow memory qemu-user cannot map.
skipped=""
if [[ $consumer != --no-consumer ]]; then
    if command -v qemu-x86_64 >/dev/null; then
        old=(qemu-x86_64 -cpu Nehalem)
        read3=$("${old[@]}" "$work/root/usr/bin/digit-tutor-cli" classify --asked 3 --strokes "$source/tests/packaging/two.json") \
            || fail "the packaged CLI failed on a processor without AVX2"
        has "$read3" '"digit":2' || fail "the packaged CLI read the 2 otherwise without AVX2: $read3"
        version=$("${old[@]}" "$work/root/usr/bin/digit-tutor" --version) || fail "the packaged app failed without AVX2"
        has "$version" "digit-tutor " || fail "the packaged app did not answer --version without AVX2: $version"
    elif [[ ! ${CI:-} =~ ^(|0|false)$ ]]; then
        fail "CI provides qemu-x86_64 (Debian's qemu-user), but it is missing"
    else
        skipped="the run without AVX2: no qemu-x86_64 (scripts/install-deps.sh --test installs qemu-user)"
    fi
fi
if [[ -n $skipped ]]; then
    echo "install_test: installed, moved, packaged and run; SKIPPED $skipped"
    exit 77
fi
echo "install_test: installed, moved, packaged and run"
