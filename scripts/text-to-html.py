#!/usr/bin/env python3
"""Writes a report text as the HTML that LibreOffice turns into a Word file:
one paragraph per text line (empty lines included, so DOCX lines map 1:1 to
the text's), runs of lines containing a tab become one <table>, padded to
the block's widest row; **x** becomes bold as in a real Word document.
Usage: scripts/text-to-html.py SRC.txt DST.html (used by make-corpus.sh and
render-texts.sh)."""
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
