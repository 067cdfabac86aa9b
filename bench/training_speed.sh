#!/usr/bin/env bash
# Trains the default configuration with digit-tutor-cli and the same configuration with
# scikit-learn (bench/sklearn_reference.py, when Debian's python3-sklearn is installed),
# end to end (features of 70 000 images, EM for ten mixtures, test evaluation), and
# prints both times, both test accuracies and the ratio (scikit-learn timed both by its own
# clock, without Python's start and imports, and as a whole process, as ours is).
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
# Three runs, their median taken: on a shared machine one run can take half as long again
# as the next (scikit-learn's single run of 90-100 s averages such bursts out itself).
runs=()
for run in 1 2 3; do
    start=$(date +%s.%N)
    "$cli" train --mnist "$mnist" --components $k --reg-covar $reg --deskew --augment 0 --quiet --out "$out/m.dtm" > "$out/ours.log"
    runs+=("$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')")
done
ours=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
ours_acc=$(grep -oP 'MNIST test set: accuracy +\K[0-9.]+' "$out/ours.log")
echo "digit-tutor-cli: k=$k reg_covar=$reg deskew: ${ours} s (median of ${runs[*]}), test accuracy ${ours_acc}%"

# What EM's E-step would cost at the raw fused multiply-add peak of all cores if each
# scoring pass (one per iteration, and the trainer's pass over the final mixture) multiplied
# every sample by every component's triangular factor, n k d(d+1) flops. The screened E-step
# leaves out about 30% of those pairs on MNIST (core/training/kernels/screened_e_step.hpp), so this is
# a yardstick, no longer a floor.
ceiling="$build/bench/compute_ceiling"
if [[ -x "$ceiling" ]]; then
    gflops=$("$ceiling" | grep -oP 'fma_peak_gflops_all_cores=\K[0-9.]+')
    floor=$(awk -v ks="$k" -v g="$gflops" -v d=324 '
        BEGIN { split(ks, kk, ",") }
        /^digit [0-9]: / { digit = $2 + 0; n = $3; it = $5; work += n * kk[digit + 1] * (it + 1) * d * (d + 1) }
        END { printf "%.0f %.2f", work / 1e9, work / 1e9 / g }' "$out/ours.log")
    floor_s=${floor#* }
    echo "EM's E-step over every pair at the FMA peak of all cores ($gflops GFLOP/s): ${floor% *} GFLOP, ${floor_s} s (the screened E-step computes about 70% of them)"
fi

if /usr/bin/python3 -c "import sklearn, skimage, cv2" 2>/dev/null; then
    # Two spans for scikit-learn: its script's own clock from reading the files to the test
    # accuracy (Python's start and the imports of numpy, scikit-learn, scikit-image and
    # OpenCV left out, and nothing written), and the whole process, as ours is timed.
    start=$(date +%s.%N)
    line=$(/usr/bin/python3 "$root/bench/sklearn_reference.py" "$mnist" $k $reg $deskew)
    whole=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
    echo "scikit-learn:    $line whole_process_s=$whole"
    theirs=$(echo "$line" | grep -oP 'total_s=\K[0-9.]+')
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
    echo "ratio: digit-tutor takes $(ratio "$ours" "$theirs") of scikit-learn's time (target <= 0.1), our whole process against their script's clock"
    echo "       $(ratio "$ours" "$whole") whole process against whole process"
    if [[ -n "${floor_s:-}" ]]; then
        echo "       (EM's E-step over every pair at the FMA peak would be $(ratio "$floor_s" "$theirs"))"
    fi
else
    echo "scikit-learn not installed (scripts/install-deps.sh --bench): no ratio"
fi
