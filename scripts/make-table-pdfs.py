#!/usr/bin/env python3
"""Writes tests/data/tables/ruled-continued.pdf: a two-page report whose
ruled field table (a two-level header with merged cells, a name cell
wrapped over two lines) goes on at the top of page 2 under its header
repeated, as a word processor prints a table with a repeating header row.
Helvetica, ASCII text; borders drawn as stroked line segments, one per
cell edge, the way LibreOffice draws them. Deterministic.
Usage: scripts/make-table-pdfs.py [OUT_DIR]"""
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "tests/data/tables"

COLS = [60, 90, 250, 330, 410, 490]  # x of the vertical rules
ROW_H = 18


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text(x, y, s):
    return f"BT /F1 9 Tf {x:.1f} {y:.1f} Td ({esc(s)}) Tj ET"


def line(x0, y0, x1, y1):
    return f"{x0} {y0} m {x1} {y1} l S"


def header(top):
    """Two header rows: STT and Linh vuc span both, 'So ho so' spans the
    three number columns of the second row."""
    ops = []
    y1, y2, y3 = top, top - ROW_H, top - 2 * ROW_H
    ops += [line(COLS[0], y1, COLS[-1], y1), line(COLS[2], y2, COLS[-1], y2)]
    for x in (COLS[0], COLS[1], COLS[2], COLS[-1]):
        ops.append(line(x, y1, x, y3))
    for x in COLS[3:-1]:
        ops.append(line(x, y2, x, y3))
    ops += [text(COLS[0] + 4, y1 - 22, "STT"), text(COLS[1] + 4, y1 - 22, "Linh vuc"),
            text(COLS[2] + 80, y1 - 13, "So ho so")]
    for x, s in zip(COLS[2:5], ("Tiep nhan", "Da giai quyet", "Dang giai quyet")):
        ops.append(text(x + 4, y2 - 13, s))
    return ops, y3


def body(top, rows):
    ops, y = [], top
    for cells in rows:
        lines = max(len(c) for c in cells)
        h = ROW_H * lines
        ops.append(line(COLS[0], y, COLS[-1], y))
        for x in COLS:
            ops.append(line(x, y, x, y - h))
        for x, cell in zip(COLS, cells):
            for k, s in enumerate(cell):
                ops.append(text(x + 4, y - 13 - k * ROW_H, s))
        y -= h
    ops.append(line(COLS[0], y, COLS[-1], y))
    return ops, y


def page1():
    ops = [text(60, 780, "BAO CAO ket qua tiep nhan, giai quyet ho so"),
           text(60, 760, "Ket qua theo tung linh vuc nhu sau:")]
    h, y = header(740)
    b, _ = body(y, [
        [["1"], ["Ho tich"], ["1.214"], ["1.180"], ["26"]],
        [["2"], ["Chung thuc ban sao", "dien tu"], ["3.452"], ["3.452"], ["0"]],
    ])
    return ops + h + b


def page2():
    h, y = header(780)
    b, y = body(y, [
        [["3"], ["Dat dai"], ["58"], ["49"], ["07"]],
        [[""], ["Tong cong"], ["4.724"], ["4.681"], ["33"]],
    ])
    return h + b + [text(60, y - 30, "Tren day la bao cao ket qua thang 10 nam 2025.")]


def pdf(pages):
    objs = {1: b"<</Type/Catalog/Pages 2 0 R>>",
            3: b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"}
    kids = []
    n = 4
    for ops in pages:
        content = "\n".join(["0.5 w"] + ops).encode("cp1252")
        objs[n + 1] = b"<</Length %d>>\nstream\n" % len(content) + content + b"\nendstream"
        objs[n] = (b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]"
                   b"/Resources<</Font<</F1 3 0 R>>>>/Contents %d 0 R>>" % (n + 1))
        kids.append(n)
        n += 2
    objs[2] = ("<</Type/Pages/Count %d/Kids[%s]>>"
               % (len(kids), " ".join(f"{k} 0 R" for k in kids))).encode()
    data = bytearray(b"%PDF-1.4\n")
    at = {}
    for i in sorted(objs):
        at[i] = len(data)
        data += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    x = len(data)
    size = max(objs) + 1
    data += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        data += b"%010d 00000 n \n" % at[i]
    data += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (size, x)
    return bytes(data)


open(f"{out}/ruled-continued.pdf", "wb").write(pdf([page1(), page2()]))
