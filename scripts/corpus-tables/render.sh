#!/usr/bin/env bash
# Renders each synthetic table report NN_slug.txt of this folder as
# renders/NN_slug.docx and renders/NN_slug.pdf, the way scripts/make-corpus.sh
# renders the seeds: text -> HTML (one paragraph per line, runs of tab-separated
# lines become one real <table>, padded to the block's widest row) -> LibreOffice
# headless -> DOCX -> PDF. The to_html snippet is copied from make-corpus.sh.
# Needs: soffice (libreoffice-writer-nogui), python3. Usage: ./render.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/../../corpus/tables" && pwd)
out="$here/renders"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/lo-profile"

to_html() {
python3 - "$1" "$2" <<'PY'
import html, re, sys
src, dst = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
def inline(s):
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
       'body{font-family:"Liberation Serif";font-size:13pt}p{margin:0}'
       'table{border-collapse:collapse}td{border:1px solid black;padding:2px;vertical-align:top}'
       '</style></head><body>']
i = 0
while i < len(lines):
    if "\t" in lines[i]:
        block = []
        while i < len(lines) and "\t" in lines[i]:
            block.append(lines[i].split("\t"))
            i += 1
        width = max(len(r) for r in block)
        out.append('<table border="1" cellspacing="0">')
        for r in block:
            r = r + [""] * (width - len(r))
            out.append("<tr>" + "".join(f"<td>{inline(c.strip())}</td>" for c in r) + "</tr>")
        out.append("</table>")
    else:
        t = inline(lines[i].strip())
        out.append(f"<p>{t if t else '&nbsp;'}</p>")
        i += 1
out.append("</body></html>")
open(dst, "w", encoding="utf-8").write("\n".join(out))
PY
}

for src in "$here"/[0-9][0-9]_*.txt; do
  name=$(basename "$src" .txt)
  echo "== $name" >&2
  to_html "$src" "$work/$name.html"
  soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$name.html" >/dev/null
  soffice -env:UserInstallation="$profile" --headless \
    --convert-to pdf --outdir "$work" "$work/$name.docx" >/dev/null
  cp "$work/$name.docx" "$work/$name.pdf" "$out/"
done
