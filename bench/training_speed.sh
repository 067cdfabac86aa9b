#!/usr/bin/env bash
# Trains the default configuration with digit-tutor-cli and the same configuration with
# scikit-learn (bench/sklearn_reference.py, when Debian's python3-sklearn is installed),
# end to end (features of 70 000 images, EM for ten mixtures, test evaluation), and
# prints both times, both test accuracies and the ratio.
# Usage: bench/training_speed.sh [BUILD_DIR]   (needs data/mnist; scripts/install-deps.sh --bench)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${1:-$root/build/release}"
cli="$build/app/cli/digit-tutor-cli"
mnist="$root/data/mnist"
# The default model's configuration (models/README.md); --augment 0 keeps it so even if the
# default changes, since the Python peer cannot make the same distorted copies.
k=5,5,8,8,8,8,5,8,8,8 reg=1e-2 deskew=1

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
start=$(date +%s.%N)
"$cli" train --mnist "$mnist" --components $k --reg-covar $reg --deskew --augment 0 --quiet --out "$out/m.dtm" > "$out/ours.log"
ours=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
ours_acc=$(grep -oP 'MNIST test set: accuracy +\K[0-9.]+' "$out/ours.log")
echo "digit-tutor-cli: k=$k reg_covar=$reg deskew: ${ours} s, test accuracy ${ours_acc}%"

# The floor under EM's E-step: each scoring pass (one per iteration, and the trainer's pass
# over the final mixture) multiplies every sample by every component's triangular factor,
# n k d(d+1) useful flops, at the raw fused multiply-add peak of all cores.
ceiling="$build/bench/compute_ceiling"
if [[ -x "$ceiling" ]]; then
    gflops=$("$ceiling" | grep -oP 'fma_peak_gflops_all_cores=\K[0-9.]+')
    floor=$(awk -v ks="$k" -v g="$gflops" -v d=324 '
        BEGIN { split(ks, kk, ",") }
        /^digit [0-9]: / { digit = $2 + 0; n = $3; it = $5; work += n * kk[digit + 1] * (it + 1) * d * (d + 1) }
        END { printf "%.0f %.2f", work / 1e9, work / 1e9 / g }' "$out/ours.log")
    floor_s=${floor#* }
    echo "EM's E-step alone at the FMA peak of all cores ($gflops GFLOP/s): ${floor% *} GFLOP, ${floor_s} s"
fi

if /usr/bin/python3 -c "import sklearn, skimage, cv2" 2>/dev/null; then
    line=$(/usr/bin/python3 "$root/bench/sklearn_reference.py" "$mnist" $k $reg $deskew)
    echo "scikit-learn:    $line"
    theirs=$(echo "$line" | grep -oP 'total_s=\K[0-9.]+')
    echo "ratio: digit-tutor takes $(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.3f", a / b }') of scikit-learn's time (target <= 0.1)"
    if [[ -n "${floor_s:-}" ]]; then
        echo "       of which the E-step's floor alone is $(awk -v a="$floor_s" -v b="$theirs" 'BEGIN { printf "%.3f", a / b }')"
    fi
else
    echo "scikit-learn not installed (scripts/install-deps.sh --bench): no ratio"
fi
