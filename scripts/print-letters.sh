#!/usr/bin/env bash
# Checks that the letters of `baocao review` open in LibreOffice: converts
# each DOCX of DIR/thu/ to PDF (`soffice --headless --convert-to pdf`, not a
# test dependency), prints each letter's A4 page count, and renders the first
# page of the first letter to a PNG to look at.
# Usage: scripts/print-letters.sh SITE_DIR [OUT.png]
#   e.g. baocao review corpus/thang-mau_2026-03/bao-cao -o /tmp/rs && scripts/print-letters.sh /tmp/rs docs/letter.png
set -euo pipefail
dir=${1:?usage: scripts/print-letters.sh SITE_DIR [OUT.png]}
png=${2:-}
command -v soffice >/dev/null || { echo "soffice not found (apt-get install libreoffice-writer-nogui)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shopt -s nullglob
letters=("$dir"/thu/*.docx)
[ ${#letters[@]} -gt 0 ] || { echo "no letters in $dir/thu" >&2; exit 1; }
soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to pdf --outdir "$work" "${letters[@]}" >/dev/null 2>&1
for l in "${letters[@]}"; do
  pdf="$work/$(basename "${l%.docx}").pdf"
  [ -s "$pdf" ] || { echo "LibreOffice could not convert $l" >&2; exit 1; }
  echo "$(basename "$l"): $(pdfinfo "$pdf" | awk '/^Pages/{print $2}') A4 page(s), $(pdfinfo "$pdf" | awk -F': *' '/^Page size/{print $2}')"
done
if [ -n "$png" ]; then
  first="$work/$(basename "${letters[0]%.docx}").pdf"
  pdftoppm -r 100 -png -f 1 -l 1 -singlefile "$first" "${png%.png}"
  echo "page 1 of $(basename "${letters[0]}") -> $png"
fi
