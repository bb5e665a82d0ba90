#!/usr/bin/env bash
# The review site of 200 reports: the demo month's text, DOCX and PDF
# reports (no OCR) copied under 200 names, then `baocao review`; prints the
# time the site took to write (its own stderr line), the whole run's time,
# and the size of the pages (HTML, CSS, JS) and of the folder (workbook,
# letters and ket-qua.jsonl included). With SRC_DIR, its text, DOCX and
# PDF files (no scans) are copied instead (e.g. ../shared/devset2/renders,
# longer reports). Usage: scripts/bench-review.sh [BIN] [SRC_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${1:-target/release/baocao}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
from=${2:-corpus/thang-mau_2026-03/bao-cao}
mapfile -t src < <(ls "$from"/*.{txt,docx,pdf} 2>/dev/null | grep -v -e _scan -e gui-loi)
n=0
while [ $n -lt 200 ]; do
  for f in "${src[@]}"; do
    [ $n -lt 200 ] || break
    n=$((n + 1))
    b=$(basename "$f")
    cp "$f" "$work/in/$(printf '%03d' $n)_$b"
  done
done
echo "review-bench: $n reports (${#src[@]} distinct) in $work/in"
t0=$(date +%s.%N)
"$bin" review -q -o "$work/site" "$work/in" 2>"$work/log" || true
t1=$(date +%s.%N)
grep -h "review: wrote" "$work/log"
printf 'review-bench: whole run %.2f s (reading and extracting included)\n' "$(echo "$t1 - $t0" | bc)"
pages=$(find "$work/site" -maxdepth 1 -name '*.html' -o -maxdepth 1 -name 'site.*' | xargs du -cb | tail -1 | cut -f1)
all=$(du -sb "$work/site" | cut -f1)
echo "review-bench: pages $(echo "scale=2; $pages/1000000" | bc) MB, whole folder $(echo "scale=2; $all/1000000" | bc) MB ($(ls "$work/site" | grep -c html) HTML files, $(ls "$work/site/thu" | wc -l) letters)"
