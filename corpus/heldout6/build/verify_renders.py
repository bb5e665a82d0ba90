#!/usr/bin/env python3
"""heldout6 (from heldout5): check the renders (reports with tables, plus 08 which is rendered for its scan) against the gold (exit status 1 on any problem).
  - every gold value, percentage and `of` is in the text layer of the .pdf (pdftotext raw and -layout) and in
    the .docx, which holds real tables (as many as the source, plus the header and signature layout tables);
  - the _scan.pdf has no text layer and as many pages as the .pdf; fax scans are 1-bit, photocopies 8-bit grey;
  - photo reports have one _photo_pK.jpg per page, JPEG quality about 80;
  - (heldout5: no table is required to run over a page break.)"""
import glob
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
R = os.path.join(ROOT, "renders")
sys.path.insert(0, HERE)
import markup  # noqa: E402
import render  # noqa: E402
from validate import present  # noqa: E402


def sh(*cmd):
    return subprocess.run(list(cmd), capture_output=True, text=True).stdout


def pages(p):
    return int(re.search(r"Pages:\s+(\d+)", sh("pdfinfo", p)).group(1))


def docx_text(p):
    with zipfile.ZipFile(p) as z:
        x = z.read("word/document.xml").decode("utf-8")
    ntbl = x.count("<w:tbl>")
    x = re.sub(r"</w:p>|</w:tc>", "\n", x)
    x = re.sub(r"<w:tab/>", "\t", x)
    x = re.sub(r"<[^>]+>", "", x)
    return x, ntbl


def pct_s(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".") if v is not None else None
    return s


def check(name, label, txt, gold):
    bad = []
    for f in gold["figures"]:
        if f["value"] is not None and not present(txt, f["value"]):
            bad.append((f["scope"], f["key"], f["value"]))
        if f["pct"] is not None:
            # the rate as written: try 1 and 2 decimals with comma or dot
            cands = {("%.2f" % f["pct"]).replace(".", ","), ("%.1f" % f["pct"]).replace(".", ","),
                     ("%.2f" % f["pct"]), "%g" % f["pct"], ("%g" % f["pct"]).replace(".", ",")}
            if not any(c in txt for c in cands):
                bad.append((f["scope"], f["key"], f["pct"]))
        if f["of"] is not None and not present(txt, f["of"]):
            bad.append((f["scope"], f["key"], "of", f["of"]))
    if bad:
        print("  %s %s missing: %s" % (name, label, bad[:6]))
    return not bad


def images(pdf):
    out = []
    for ln in sh("pdfimages", "-list", pdf).splitlines()[2:]:
        f = ln.split()
        out.append((int(f[3]), int(f[4]), int(f[7]), f[5], int(f[12])))
    return out


CONTINUED = {}


def page_of(pdf, needle, n, after=1):
    for i in range(after, n + 1):
        if needle in sh("pdftotext", "-f", str(i), "-l", str(i), pdf, "-"):
            return i
    return None


def main():
    ok = True
    for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
        gold = json.load(open(gp, encoding="utf-8"))
        name = gold["file"]
        if name not in render.TABLES and name not in render.SCAN:
            continue
        doc = markup.parse(os.path.join(HERE, "out", name + ".src"))
        ntables_src = len(markup.tables(doc))
        pdf = os.path.join(R, name + ".pdf")
        if not os.path.exists(pdf):
            print("  %s: no pdf yet" % name)
            ok = False
            continue
        np_ = pages(pdf)
        ok &= check(name, "pdf-layout", sh("pdftotext", "-layout", pdf, "-"), gold)
        ok &= check(name, "pdf-raw", sh("pdftotext", pdf, "-"), gold)
        ok &= check(name, "txt", open(os.path.join(ROOT, "reports", name + ".txt"), encoding="utf-8").read(), gold)
        dtxt, ntbl = docx_text(os.path.join(R, name + ".docx"))
        ok &= check(name, "docx", dtxt, gold)
        if ntbl != ntables_src + 2:
            print("  %s docx has %d tables, source %d (+2)" % (name, ntbl, ntables_src))
            ok = False
        if name in CONTINUED:
            a = page_of(pdf, CONTINUED[name][0], np_)
            b = page_of(pdf, CONTINUED[name][1], np_, a or 1)
            if not (a and b and b == a + 1):
                print("  %s table does not continue onto the next page (%s, %s)" % (name, a, b))
                ok = False
        scan = os.path.join(R, name + "_scan.pdf")
        if name not in render.SCAN:
            print("%-28s pdf=%dp docx_tables=%d (no scan)" % (name, np_, ntbl))
            continue
        if not os.path.exists(scan):
            print("  %s: no scan yet" % name)
            ok = False
            continue
        if sh("pdftotext", scan, "-").strip():
            print("  %s scan has a text layer" % name)
            ok = False
        if pages(scan) != np_:
            print("  %s scan pages %d != %d" % (name, pages(scan), np_))
            ok = False
        imgs = images(scan)
        kind = "fax" if name in render.FAX else "copy"
        for w, h, bpc, color, ppi in imgs:
            if kind == "fax" and bpc != 1:
                print("  %s fax image not 1-bit" % name)
                ok = False
            if kind == "copy" and not (bpc == 8 and color == "gray"):
                print("  %s copy image not 8-bit grey" % name)
                ok = False
        photos = sorted(glob.glob(os.path.join(R, name + "_photo_p*.jpg")))
        extra = ""
        if name in render.PHOTO:
            if len(photos) != np_:
                print("  %s photos %d != pages %d" % (name, len(photos), np_))
                ok = False
            for p in photos:
                w, h, q = sh("identify", "-format", "%w %h %Q", p).split()
                extra += " %sx%s" % (w, h)
                if not (70 <= int(q) <= 85):
                    print("  %s photo quality %s" % (p, q))
                    ok = False
        print("%-28s pdf=%dp docx_tables=%d scan=%s %dp %ddpi photos=%d%s" % (
            name, np_, ntbl, kind, pages(scan), imgs[0][4] if imgs else 0, len(photos), extra))
    print("RENDERS OK" if ok else "RENDER PROBLEMS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
