#!/usr/bin/env python3
"""heldout6 (from heldout5): renders of the reports with real tables into heldout6/renders/ (adapted from devset2/build/render.py).

  NN.docx, NN.pdf     soffice --headless: build/out/NN.fodt -> .docx -> .pdf (real tables, text layer)
  NN_scan.pdf         image-only PDF, one of two kinds per report:
                        copy  a photocopy: pdftoppm (200-300 dpi, grey) -> ImageMagick (rotation 0.3-2 deg,
                              page shift, blur, Gaussian noise, impulse specks, grey paper tone, copier-lid
                              shadow; per report also bleed-through, punch holes or a toner streak)
                              -> JPEG -> img2pdf
                        fax   a fax-like scan: 150-200 dpi, rotation, blur, specks, thresholded to 1 bit,
                              a fax header line and a few drop-out streaks -> 1-bit PNG -> img2pdf
  NN_photo_pN.jpg     for PHOTO reports: a phone photo of each page (slight perspective, table around the
                      sheet, uneven lighting and vignetting, warm tint, noise, 1600-2400 px wide, JPEG q80)
  NN_ascii.txt        synthetic text with every Vietnamese diacritic stripped (đ -> d), for ASCII reports
  nonreports/NR.docx  soffice: build/out/nonreports/NR.fodt -> .docx

Needs: libreoffice-writer-nogui, poppler-utils, imagemagick (/usr/bin/convert), img2pdf, fonts-liberation.
Deterministic: every random choice is seeded by the report's name.
"""
import glob
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "renders")
CONVERT = "/usr/bin/convert"
MONO_FONT = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"

# heldout6: office renders only for the reports with real tables; scans for three of them
TABLES = ["02_an-truong_2025-q4", "04_cam-giang_2026-h1", "06_nam-an-phu_2026-q1", "07_nguyen-luong-bang_2026-03"]
SCAN = ["02_an-truong_2025-q4", "04_cam-giang_2026-h1", "08_chi-minh_2026-05"]
FAX = ["02_an-truong_2025-q4"]
PHOTO = {}
ASCII = []
EXTRA = {"04_cam-giang_2026-h1": ["holes", "bleed"], "08_chi-minh_2026-05": ["streak"]}
FAX_FROM = {"02_an-truong_2025-q4": ("29/12/2025 09:12", "UBND XA AN TRUONG", "0225 3891 406")}


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout + r.stderr)
        raise SystemExit("failed: %s" % " ".join(cmd))
    return r


ASCII_MAP = {"“": '"', "”": '"', "‘": "'", "’": "'", "≥": ">=", "≤": "<=", "²": "2", "–": "-", "—": "-",
             "…": "...", "×": "x", "\u00a0": " "}


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    for a, b in ASCII_MAP.items():
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def office(fodt, outdir, tmp, pdf=True):
    env = dict(os.environ, HOME=tmp)
    name = os.path.basename(fodt)[:-5]
    run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", outdir, fodt], env=env)
    if pdf:
        run(["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir,
             os.path.join(outdir, name + ".docx")], env=env)


def size(png):
    w, h = run([CONVERT, png, "-format", "%w %h", "info:"]).stdout.split()
    return int(w), int(h)


def rasterize(name, dpi, work, gray=True):
    os.makedirs(work, exist_ok=True)
    run(["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + ["-png", os.path.join(OUT, name + ".pdf"),
                                                                     os.path.join(work, "p")])
    return sorted(glob.glob(os.path.join(work, "p-*.png")))


def scan_copy(name, tmp, rnd):
    dpi = rnd.choice([200, 250, 300])
    work = os.path.join(tmp, name)
    pages = rasterize(name, dpi, work)
    extra = EXTRA.get(name, [])
    jpgs = []
    sign = rnd.choice([-1, 1])
    for i, pg in enumerate(pages, 1):
        w, h = size(pg)
        angle = sign * rnd.uniform(0.3, 2.0) * (1 if rnd.random() < 0.8 else -1)
        noise = rnd.uniform(0.35, 0.7)
        blur = rnd.uniform(0.45, 0.85) * dpi / 200.0
        tone = rnd.randint(4, 12)           # paper greyness, %
        shift_x, shift_y = rnd.randint(-25, 25), rnd.randint(-30, 30)
        src = pg
        if "bleed" in extra:                # the back page showing through, mirrored, very faint
            back = pages[(i) % len(pages)]
            bl = os.path.join(work, "b-%d.png" % i)
            run([CONVERT, pg, "(", back, "-flop", "-level", "0%,100%", "+level", "88%,100%", ")",
                 "-compose", "Multiply", "-composite", bl])
            src = bl
        cmd = [CONVERT, src, "-colorspace", "Gray",
               "-virtual-pixel", "white", "-background", "white",
               "-distort", "SRT", "%.3f" % angle,
               "-page", "%+d%+d" % (shift_x, shift_y), "-flatten",
               "-blur", "0x%.2f" % blur,
               "-attenuate", "%.2f" % noise, "+noise", "Gaussian",
               "-attenuate", "%.2f" % rnd.uniform(0.03, 0.06), "+noise", "Impulse",
               "-level", "0%%,%d%%" % (100 + tone),
               "+level", "%d%%,%d%%" % (rnd.randint(3, 8), 100 - tone),
               # darker band at one edge, like a copier lid shadow
               "(", "+clone", "-fill", "white", "-colorize", "100",
               "-fill", "gray%d" % rnd.randint(60, 75),
               "-draw", ("rectangle 0,0,%d,%d" % (rnd.randint(8, 30), h)) if rnd.random() < 0.5
               else ("rectangle %d,0,%d,%d" % (w - rnd.randint(8, 30), w, h)),
               "-blur", "0x12", ")", "-compose", "Multiply", "-composite"]
        if "holes" in extra:                # two punch holes in the left margin
            r = int(dpi * 0.12)
            x = int(dpi * 0.45)
            for y in (int(h * 0.35), int(h * 0.65)):
                cmd += ["-fill", "gray18", "-draw", "circle %d,%d %d,%d" % (x, y, x + r, y)]
        if "streak" in extra:               # a light vertical toner streak
            x = rnd.randint(int(w * 0.3), int(w * 0.8))
            cmd += ["(", "+clone", "-fill", "black", "-colorize", "100", "-fill", "gray35",
                    "-draw", "rectangle %d,0,%d,%d" % (x, x + rnd.randint(2, 5), h), "-blur", "0x3", ")",
                    "-compose", "Screen", "-composite"]
        out_png = os.path.join(work, "s-%d.png" % i)
        run(cmd + ["-blur", "0x0.4", "-density", str(dpi), "-units", "PixelsPerInch", "-depth", "8", out_png])
        jpg = os.path.join(work, "s-%d.jpg" % i)
        run([CONVERT, out_png, "-quality", str(rnd.randint(68, 80)), "-density", str(dpi), "-units",
             "PixelsPerInch", jpg])
        jpgs.append(jpg)
    run(["img2pdf", "--output", os.path.join(OUT, name + "_scan.pdf")] + jpgs)
    return "copy", dpi, len(pages)


FAX_DPI = {"02_ninh-giang_2025-q3": 200, "08_gia-loc_2026-02": 150}


def scan_fax(name, tmp, rnd):
    dpi = FAX_DPI.get(name, 200)
    work = os.path.join(tmp, name)
    pages = rasterize(name, dpi, work)
    pngs = []
    when, who, tel = FAX_FROM.get(name, ("", "TT PVHCC", ""))
    stamp = "%s  FROM: %s  TEL %s" % (when, who, tel)
    angle = rnd.choice([-1, 1]) * rnd.uniform(0.4, 1.2)
    for i, pg in enumerate(pages, 1):
        w, h = size(pg)
        cmd = [CONVERT, pg, "-colorspace", "Gray", "-virtual-pixel", "white", "-background", "white",
               "-distort", "SRT", "%.3f" % (angle + rnd.uniform(-0.2, 0.2)),
               "-blur", "0x%.2f" % rnd.uniform(0.5, 0.8),
               "-attenuate", "0.25", "+noise", "Gaussian",
               "-attenuate", "0.02", "+noise", "Impulse",
               "-fill", "black", "-font", MONO_FONT, "-pointsize", str(int(dpi * 0.075)),
               "-annotate", "+%d+%d" % (int(dpi * 0.3), int(dpi * 0.2)),
               "%s   P.%02d/%02d" % (stamp, i, len(pages))]
        for _ in range(rnd.randint(2, 4)):  # white drop-out lines across the page
            y = rnd.randint(int(h * 0.1), int(h * 0.95))
            cmd += ["-fill", "white", "-draw", "rectangle 0,%d,%d,%d" % (y, w, y + rnd.randint(0, 1))]
        out = os.path.join(work, "f-%d.png" % i)
        run(cmd + ["-threshold", "%d%%" % rnd.randint(52, 60), "-type", "Bilevel", "-density", str(dpi),
                   "-units", "PixelsPerInch", out])
        pngs.append(out)
    run(["img2pdf", "--output", os.path.join(OUT, name + "_scan.pdf")] + pngs)
    return "fax", dpi, len(pages)


def photos(name, tmp, rnd):
    work = os.path.join(tmp, name + "_photo")
    pages = rasterize(name, 200, work, gray=False)
    for old in glob.glob(os.path.join(OUT, name + "_photo_p*.jpg")):
        os.remove(old)
    for i, pg in enumerate(pages, 1):
        w, h = size(pg)
        m = int(w * rnd.uniform(0.06, 0.10))          # table visible around the sheet
        W, H = w + 2 * m, h + 2 * m
        tbl = "rgb(%d,%d,%d)" % (rnd.randint(80, 120), rnd.randint(62, 90), rnd.randint(45, 70))
        rot, mode = PHOTO[name].get(i, (0, ""))
        strong = mode == "angle"
        j = (lambda a: int(a * rnd.uniform(0.05, 0.11))) if strong else (lambda a: int(a * rnd.uniform(0.015, 0.045)))  # noqa: E731
        src = [(m, m), (m + w, m), (m + w, m + h), (m, m + h)]
        # keystone: the top edge farther from the camera than the bottom one, plus some jitter
        if strong:   # shot from the lower left at an angle: the far (top right) corner shrinks
            dst = [(m + j(w) + int(w * 0.06), m + j(h) + int(h * 0.03)), (m + w - j(w) - int(w * 0.12), m + j(h) + int(h * 0.06)),
                   (m + w - j(w) // 2, m + h - j(h) // 3), (m + j(w) // 4, m + h - j(h) // 4)]
        else:
          dst = [(m + j(w) + int(w * 0.02), m + j(h)), (m + w - j(w) - int(w * 0.02), m + j(h) // 2),
                 (m + w - j(w) // 3, m + h - j(h) // 2), (m + j(w) // 3, m + h - j(h) // 3)]
        persp = " ".join("%d,%d %d,%d" % (a[0], a[1], b[0], b[1]) for a, b in zip(src, dst))
        cx, cy = int(W * rnd.uniform(0.35, 0.65)), int(H * rnd.uniform(0.3, 0.6))
        light = os.path.join(work, "light-%d.png" % i)
        # uneven light: a broad radial falloff from an off-centre point, plus a soft shadow from one side
        R = int(max(W, H) * 1.15)
        run([CONVERT, "-size", "%dx%d" % (2 * R, 2 * R),
             "radial-gradient:white-gray%d" % (rnd.randint(24, 32) if strong else rnd.randint(38, 52)),
             "-crop", "%dx%d+%d+%d" % (W, H, R - cx, R - cy), "+repage",
             "(", "-size", "%dx%d" % (H, W), "gradient:gray%d-white" % rnd.randint(66, 80), "-rotate",
             str(rnd.choice([90, -90])), ")", "-compose", "Multiply", "-composite",
             # the soft shadow of the phone and hand over one corner
             "(", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray%d" % rnd.randint(55, 70),
             "-draw", "ellipse %d,%d %d,%d 0,360" % (rnd.choice([0, W]), rnd.choice([int(H * 0.85), H]),
                                                      int(W * rnd.uniform(0.25, 0.4)), int(H * rnd.uniform(0.15, 0.25))),
             "-blur", "0x%d" % int(W * 0.06), ")", "-compose", "Multiply", "-composite", light])
        target_w = rnd.randint(1600, 2400)
        out = os.path.join(OUT, "%s_photo_p%d.jpg" % (name, i))
        run([CONVERT, pg, "-colorspace", "sRGB",
             "+level-colors", "rgb(38,36,40),rgb(247,241,229)",
             "-bordercolor", tbl, "-border", str(m),
             "-virtual-pixel", "background", "-background", tbl,
             "-distort", "Perspective", persp,
             light, "-compose", "Multiply", "-composite",
             "-distort", "SRT", "%.2f" % (rnd.choice([-1, 1]) * rnd.uniform(0.8, 2.5)),
             "-blur", "0x%.2f" % rnd.uniform(0.6, 1.1),
             "-attenuate", "0.5", "+noise", "Gaussian",
             "-modulate", "100,%d,100" % rnd.randint(85, 110),
             "-rotate", str(rot),
             "-resize", "%dx" % (target_w if rot in (0, 180) else 2400),
             "-strip", "-quality", "80", "-sampling-factor", "2x2", out])
    return len(pages)


def main():
    """heldout5: phases, so that DOCX/PDF come first, then scans, then photos:
    render.py [--office|--scan|--photo] [NN ...]   (no phase flag: all three)"""
    os.makedirs(OUT, exist_ok=True)
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(ROOT, "reports", "*.txt")))
    args = sys.argv[1:]
    phases = {a[2:] for a in args if a.startswith("--")} or {"office", "scan", "photo"}
    only = [a for a in args if not a.startswith("--")]
    if only:
        names = [n for n in names if any(n.startswith(a) for a in only)]
    elif "office" in phases and len(phases) == 1:
        names = [n for n in names if n in TABLES or n in SCAN]
    elif "scan" in phases and len(phases) == 1:
        names = [n for n in names if n in SCAN]
    tmp = tempfile.mkdtemp(prefix="heldout6-render-")
    for name in names:
        rnd = random.Random("scan:" + name)
        msg = []
        if "office" in phases:
            office(os.path.join(HERE, "out", name + ".fodt"), OUT, tmp)
            msg.append("docx+pdf")
        if "scan" in phases:
            kind, dpi, npages = (scan_fax if name in FAX else scan_copy)(name, tmp, rnd)
            msg.append("pages=%d scan=%s dpi=%d" % (npages, kind, dpi))
        if "photo" in phases and name in PHOTO:
            msg.append("photos=%d" % photos(name, tmp, random.Random("photo:" + name)))
        print(name, " ".join(msg), flush=True)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
