#!/usr/bin/env bash
# OCR time per page, baocao against the tesseract CLI with the same model on
# the same page images, side by side in one run (each image: the CLI, then
# `baocao text` on it, one page at a time, so both see the same load), for
# each model given. baocao's time includes decoding, preprocessing, the
# layout of the words and process start; the CLI's is its own.
# Usage: scripts/bench-ocr.sh IMAGE... ; env BAOCAO (binary, default
# target/release/baocao), LANGS (default "vie Vietnamese").
set -euo pipefail
bin=${BAOCAO:-target/release/baocao}
langs=${LANGS:-vie Vietnamese}
export OMP_THREAD_LIMIT=1 RAYON_NUM_THREADS=1
now() { date +%s.%N; }
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; load $(cut -d' ' -f1 /proc/loadavg); ${#@} images"
for lang in $langs; do
  cli=0; ours=0
  for img in "$@"; do
    t0=$(now); tesseract "$img" - -l "$lang" >/dev/null 2>&1; t1=$(now)
    "$bin" text -j 1 --ocr-lang "$lang" "$img" >/dev/null 2>&1 || true; t2=$(now)
    cli=$(echo "$cli + $t1 - $t0" | bc); ours=$(echo "$ours + $t2 - $t1" | bc)
  done
  n=$#
  echo "$lang: tesseract CLI $(echo "scale=2; $cli / $n" | bc) s/page, baocao text $(echo "scale=2; $ours / $n" | bc) s/page, ratio $(echo "scale=3; $ours / $cli" | bc)"
done
