#!/usr/bin/env bash
# Scores a baocao binary on the development sets (../shared/devset and
# ../shared/devset2), one line per set and rendering: texts,
# diacritic-stripped texts, DOCX, text-layer PDFs and scans. Prints tools/score.py's summary for each; never fails on
# a score (it measures, it does not gate).
# Usage: scripts/devset.sh [BINARY] [SLICE...]
#   BINARY defaults to target/release/baocao; SLICE is any of
#   text ascii docx pdf scan (default: all but scan, which takes minutes).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${1:-target/release/baocao}
shift || true
slices=("$@")
[ ${#slices[@]} -eq 0 ] && slices=(text ascii docx pdf)
out=${TMPDIR:-/tmp}/baocao-devset
mkdir -p "$out"
for set in devset devset2; do
  dev=../shared/$set
  if [ ! -d "$dev" ]; then
    echo "devset: $dev not found, skipped" >&2
    continue
  fi
  for s in "${slices[@]}"; do
    case $s in
      text) files=("$dev"/reports/*.txt) ;;
      ascii) files=("$dev"/renders/*_ascii.txt) ;;
      docx) files=("$dev"/renders/*.docx) ;;
      pdf) files=($(ls "$dev"/renders/*.pdf | grep -v _scan)) ;;
      scan) files=("$dev"/renders/*_scan.pdf) ;;
      *) echo "devset: unknown slice $s" >&2; continue ;;
    esac
    "$bin" extract "${files[@]}" >"$out/$set-$s.jsonl" 2>"$out/$set-$s.log"
    echo "== $set $s (${#files[@]} files)"
    python3 ../shared/tools/score.py "$dev/gold" "$out/$set-$s.jsonl" | sed 's/^/   /'
  done
done
