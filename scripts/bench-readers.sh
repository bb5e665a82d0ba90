#!/usr/bin/env bash
# Measures the readers on this machine, same run, same inputs:
#  - OCR seconds per page: `baocao extract X_scan.pdf` (render + OCR, pages in
#    parallel; and with RAYON_NUM_THREADS=1, one page at a time) vs the
#    `tesseract` CLI (vie, OMP_THREAD_LIMIT=1) on the same 300 dpi gray pages.
#  - text-PDF seconds per file: `baocao extract X.pdf` vs `pdftotext -layout`.
# Uses the debug binary (target/debug/baocao); OCR time is libtesseract's.
# Usage: scripts/bench-readers.sh [seed ...]   (default: chi-linh_2025-10)
set -euo pipefail
bin=${BAOCAO:-target/debug/baocao}
seeds=("${@:-chi-linh_2025-10}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
export OMP_THREAD_LIMIT=1

echo "date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1 /proc/loadavg)"
for s in "${seeds[@]}"; do
  scan=corpus/$s/${s}_scan.pdf
  pages=$(pdfinfo "$scan" | awk '/^Pages/{print $2}')
  t0=$(now); pdftoppm -r 300 -gray "$scan" "$work/$s"; t1=$(now)
  for p in "$work/$s"-*.pgm; do tesseract "$p" - -l vie >/dev/null 2>&1; done; t2=$(now)
  "$bin" extract "$scan" >/dev/null 2>&1 || true; t3=$(now)
  RAYON_NUM_THREADS=1 "$bin" extract -j 1 "$scan" >/dev/null 2>&1 || true; t4=$(now)
  python3 - "$s" "$pages" "$t0" "$t1" "$t2" "$t3" "$t4" <<'PY'
import sys
s, n = sys.argv[1], int(sys.argv[2]); t = list(map(float, sys.argv[3:]))
print(f"ocr {s}: {n} pages | pdftoppm -r 300 -gray {(t[1]-t[0])/n:.2f} s/page | tesseract CLI {(t[2]-t[1])/n:.2f} s/page (+render {(t[1]-t[0]+t[2]-t[1])/n:.2f}) | baocao parallel {(t[3]-t[2])/n:.2f} s/page | baocao 1 thread {(t[4]-t[3])/n:.2f} s/page (both incl. render)")
PY
done
pdfs=(corpus/*/*[^n].pdf)
pdfs=($(ls corpus/*/*.pdf | grep -v _scan.pdf))
t0=$(now); for i in 1 2 3; do for f in "${pdfs[@]}"; do pdftotext -layout "$f" - >/dev/null; done; done; t1=$(now)
for i in 1 2 3; do for f in "${pdfs[@]}"; do "$bin" extract "$f" >/dev/null 2>&1 || true; done; done; t2=$(now)
python3 - "${#pdfs[@]}" "$t0" "$t1" "$t2" <<'PY'
import sys
n = int(sys.argv[1]) * 3; t = list(map(float, sys.argv[2:]))
print(f"text pdf: {n//3} files x3 | pdftotext -layout {(t[1]-t[0])/n*1000:.0f} ms/file | baocao extract (whole pipeline, process start included) {(t[2]-t[1])/n*1000:.0f} ms/file")
PY
