#!/usr/bin/env bash
# Figures of the house's layout (docs/developer-guide.md): lines and files per library, the
# longest functions, and the layering check's verdict.
# Usage: scripts/house-figures.sh [HOW_MANY_FUNCTIONS]   (10 by default; needs a configured
# build/release for the layering check, else it says so)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
top=${1:-10}

echo "lines and files per library (.cpp and .hpp):"
for d in core/engine core/training ui/progress ui/reports ui/common ui/practice ui/teacher ui/shell app/app app/cli; do
    mapfile -t files < <(git ls-files "$d/*.cpp" "$d/*.hpp")
    printf '  %-14s %6d lines %4d files\n' "$d" "$(cat "${files[@]}" | wc -l)" "${#files[@]}"
done

# A definition starts at column 0 (namespaces are not indented here) and its body runs from
# a "{" alone on a line to the next "}" alone on a line.
echo "longest functions (lines from the signature to the closing brace):"
git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp' | xargs awk '
    FNR == 1 { sig = ""; start = 0; depth = 0 }
    depth == 0 && /^[A-Za-z_][^;]*\(/ && !/^(namespace|struct|class|enum|#|\/\/)/ { sig = $0; start = FNR; next }
    depth == 0 && start && $0 == "{" { depth = 1; next }
    depth == 0 && start && FNR - start > 6 { start = 0 }
    depth == 1 && $0 == "}" { printf "%5d  %s:%d  %s\n", FNR - start + 1, FILENAME, start, substr(sig, 1, 90); depth = 0; start = 0 }
' | sort -rn | head -n "$top" || true # head stops reading early

echo "layering:"
if [[ -f build/release/layering_manifest.cmake ]]; then
    cmake -DMANIFEST="$root/build/release/layering_manifest.cmake" -DSOURCE_DIR="$root" -P tests/layering/check_layers.cmake 2>&1 |
        sed 's/^/  /'
else
    echo "  configure build/release first (cmake --preset release -G Ninja)"
fi
