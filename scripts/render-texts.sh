#!/usr/bin/env bash
# Renders each report NN_slug.txt of a folder as renders/NN_slug.docx and
# renders/NN_slug.pdf the way scripts/make-corpus.sh renders the seeds: text
# -> HTML (scripts/text-to-html.py) -> LibreOffice headless -> DOCX -> PDF.
# Used for corpus/tables/ and corpus/tables-heldout/.
# Needs: soffice (libreoffice-writer-nogui), python3.
# Usage: scripts/render-texts.sh DIR
set -euo pipefail
scripts=$(cd "$(dirname "$0")" && pwd)
here=$(cd "${1:?usage: render-texts.sh DIR}" && pwd)
out="$here/renders"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/lo-profile"
for src in "$here"/[0-9][0-9]_*.txt; do
  name=$(basename "$src" .txt)
  echo "== $name" >&2
  python3 "$scripts/text-to-html.py" "$src" "$work/$name.html"
  soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$name.html" >/dev/null
  soffice -env:UserInstallation="$profile" --headless \
    --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null
  cp "$work/$name.docx" "$work/$name.pdf" "$out/"
done
