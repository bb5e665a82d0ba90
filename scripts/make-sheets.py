#!/usr/bin/env python3
"""Makes the spreadsheets of corpus/sheets/ from devset2 reports' tables, as
a ward office lays out a statistical annex: the unit's name and the annex's
title rows above the table (the period, "Đơn vị tính"), the header cells
merged (a group title over its columns, STT and the field name over both
header rows), numbers as number cells, "-" and "(1)" as text; optionally a
units column. Writes a flat ODS (.fods) per sheet, then LibreOffice saves
it as .xlsx, .xls or .ods. Needs python3 and soffice (not the tests: the
outputs are committed). Usage: scripts/make-sheets.py [DEVSET2_DIR]
"""
import os, re, subprocess, sys, tempfile
from xml.sax.saxutils import escape

dev = sys.argv[1] if len(sys.argv) > 1 else "corpus/devset2"
out = "corpus/sheets"

# (report, output name, format, first table line, header rows, units
# column, title rows: the report's lines that open them, or a title the
# office would give the sheet)
SHEETS = [
    ("03_cat-hai_2025-h2", "03_cat-hai_2025-h2_phu-luc-01", "xlsx",
     "STT\tLĩnh vực\tSố hồ sơ tiếp nhận", 2, False,
     ["ỦY BAN NHÂN DÂN ĐẶC KHU CÁT HẢI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "PHỤ LỤC 01",
      "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính theo lĩnh vực từ ngày"]),
    ("10_nguyen-trai_2026-q1", "10_nguyen-trai_2026-q1_phu-luc", "xls",
     "STT\tLĩnh vực\tHồ sơ tiếp nhận", 2, True,
     ["UBND PHƯỜNG NGUYỄN TRÃI", "PHỤ LỤC", "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính theo lĩnh vực quý I"]),
    ("02_tan-ky_2025-q3", "02_tan-ky_2025-q3_bieu", "ods",
     "STT\tLĩnh vực\tSố hồ sơ tiếp nhận", 2, False,
     ["ỦY BAN NHÂN DÂN XÃ TÂN KỲ", "=BIỂU TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ III NĂM 2025"]),
]
NUMBER = re.compile(r"^\d{1,3}(\.\d{3})*$|^\d+$")


def table(lines, first):
    i = next(k for k, l in enumerate(lines) if l.startswith(first))
    rows = []
    while i < len(lines) and "\t" in lines[i]:
        rows.append(lines[i].split("\t"))
        i += 1
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows], i


def title_lines(lines, titles):
    """Each title: the report's first line that opens with it, or (after
    "=") the title itself."""
    return [t[1:] if t.startswith("=") else next(l.strip() for l in lines if l.startswith(t))
            for t in titles]


def cell(text, span=1, rows=1):
    attrs = ""
    if span > 1:
        attrs += f' table:number-columns-spanned="{span}"'
    if rows > 1:
        attrs += f' table:number-rows-spanned="{rows}"'
    if text == "":
        return f"<table:table-cell{attrs}/>"
    if NUMBER.match(text):
        v = int(text.replace(".", ""))
        return (f'<table:table-cell{attrs} office:value-type="float" office:value="{v}">'
                f"<text:p>{v}</text:p></table:table-cell>")
    return (f'<table:table-cell{attrs} office:value-type="string">'
            f"<text:p>{escape(text)}</text:p></table:table-cell>")


def header(rows, h):
    """Header rows with merges: a cell followed by empties over filled
    cells of the next header row spans them; a cell with nothing under it
    spans the header rows."""
    out = []
    covered = set()
    for r in range(h):
        xml = []
        row = rows[r]
        j = 0
        while j < len(row):
            if (r, j) in covered:
                xml.append("<table:covered-table-cell/>")
                j += 1
                continue
            span = 1
            if r + 1 < h and row[j]:
                while j + span < len(row) and not row[j + span] and rows[r + 1][j + span]:
                    span += 1
            down = 1
            if row[j] and span == 1 and all(not rows[k][j] for k in range(r + 1, h)):
                down = h - r
                for k in range(r + 1, h):
                    covered.add((k, j))
            xml.append(cell(row[j], span, down))
            xml.extend(["<table:covered-table-cell/>"] * (span - 1))
            j += span
        out.append(xml)
    return out


def fods(name, report, first, h, units, titles):
    lines = open(f"{dev}/reports/{report}.txt", encoding="utf-8").read().split("\n")
    rows, end = table(lines, first)
    titles = title_lines(lines, titles)
    if units:
        # The column numbering row ("A", "B", "(1)"...) has no unit.
        rows = [r[:2] + [("Đơn vị tính" if i == 0 else "" if i < h or r[0] == "A" else "hồ sơ")] + r[2:]
                for i, r in enumerate(rows)]
    width = len(rows[0])
    body = []
    for t in titles:
        body.append(f"<table:table-row>{cell(t, width)}"
                    + "<table:covered-table-cell/>" * (width - 1) + "</table:table-row>")
    if not units:
        body.append(f"<table:table-row>{cell('Đơn vị tính: hồ sơ', width)}"
                    + "<table:covered-table-cell/>" * (width - 1) + "</table:table-row>")
    body.append("<table:table-row><table:table-cell/></table:table-row>")
    for xml in header(rows, h):
        body.append("<table:table-row>" + "".join(xml) + "</table:table-row>")
    for r in rows[h:]:
        body.append("<table:table-row>" + "".join(cell(c) for c in r) + "</table:table-row>")
    note = next((l for l in lines[end:end + 3] if l.startswith("Ghi chú")), None)
    if note:
        body.append("<table:table-row><table:table-cell/></table:table-row>")
        body.append(f"<table:table-row>{cell(note)}</table:table-row>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="Phụ lục">
<table:table-column table:number-columns-repeated="{width}"/>
{chr(10).join(body)}
</table:table></office:spreadsheet></office:body></office:document>
"""


os.makedirs(out, exist_ok=True)
with tempfile.TemporaryDirectory() as work:
    for report, name, fmt, first, h, units, titles in SHEETS:
        src = f"{work}/{name}.fods"
        open(src, "w", encoding="utf-8").write(fods(name, report, first, h, units, titles))
        filt = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}[fmt]
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/lo", "--headless",
                        "--convert-to", filt, "--outdir", out, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"{out}/{name}.{fmt}")
