#!/usr/bin/env bash
# Makes tests/data/layout/<name>.txt: each corpus PDF as `pdftotext -layout`
# prints it (space-aligned tables), the text reports that wards paste from
# a PDF. The tests read them as text reports; needs poppler-utils.
# Usage: scripts/make-layout.sh [corpus-dir] [out-dir]
set -euo pipefail
corpus=${1:-corpus}
out=${2:-tests/data/layout}
mkdir -p "$out"
for dir in "$corpus"/*/; do
  name=$(basename "$dir")
  [ -f "$dir/$name.pdf" ] || continue
  pdftotext -layout "$dir/$name.pdf" "$out/$name.txt"
done
