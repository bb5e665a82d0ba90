#!/usr/bin/env bash
# The review site of every development-set report render (../shared/devset
# and devset2: texts, DOCX, text PDFs, scans), each page loaded in headless
# Chromium: no console message (script error, CSP violation), one
# highlighted element per figure the report's JSONL line gives (the
# site's ket-qua.jsonl, the same pipeline as `extract`), every finding's
# lines present. Prints one line per set and render; exits 1 when a page
# fails. Usage: scripts/review-devsets.sh [BINARY] [SLICE...]
#   SLICE is any of text docx pdf scan (default: all).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${1:-target/release/baocao}
shift || true
slices=("$@")
[ ${#slices[@]} -eq 0 ] && slices=(text docx pdf scan)
out=${TMPDIR:-/tmp}/baocao-review-devset
rm -rf "$out" && mkdir -p "$out"
status=0
for set in devset devset2; do
  dev=../shared/$set
  [ -d "$dev" ] || { echo "review-devsets: $dev not found, skipped" >&2; continue; }
  for s in "${slices[@]}"; do
    case $s in
      text) files=("$dev"/reports/*.txt) ;;
      docx) files=("$dev"/renders/*.docx) ;;
      pdf) files=($(ls "$dev"/renders/*.pdf | grep -v _scan)) ;;
      scan) files=("$dev"/renders/*_scan.pdf) ;;
      *) echo "review-devsets: unknown slice $s" >&2; continue ;;
    esac
    site="$out/$set-$s"
    t0=$(date +%s.%N)
    "$bin" review -q --no-letters --no-workbook -o "$site" "${files[@]}" 2>"$site.log"
    t1=$(date +%s.%N)
    printf '== %s %s (%d files, review %.1f s): ' "$set" "$s" "${#files[@]}" "$(echo "$t1 - $t0" | bc)"
    python3 scripts/review-check.py "$site" || status=1
  done
done
exit $status
