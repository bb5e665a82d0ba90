#!/usr/bin/env bash
# Makes the hostile inputs of tests/readers.rs and tests/batch.rs in
# tests/data/ (committed, all small): a truncated PDF, a PDF with a broken
# object structure, a password-protected PDF (LibreOffice export), a zip-bomb
# DOCX, random bytes named .pdf, a zero-byte file, a PDF of 1,000 blank pages
# (9 KB: the pages sit in one compressed object stream), a PDF with real text
# and no figures (an invitation, not a report), a blank 300 dpi PNG, an
# image bomb (a 30000 x 30000 PNG of 0.9 MB) and a PNG, a TIFF and a JPEG
# cut short in their image data.
# The unreadable file and the symlink loops are made by tests/batch.rs at
# test time in a temporary folder (git keeps neither file modes nor loops).
# Deterministic except the zip bomb's timestamps and the encrypted PDF,
# which is remade only when soffice is installed. Needs python3 (and
# soffice). Usage: scripts/make-hostile.sh
#
# `scripts/make-hostile.sh --damaged DIR` makes instead the damaged-PDF set
# of the recovery benchmark in DIR (not committed; scripts/make-damaged.sh:
# corpus PDFs with bytes flipped at random offsets, and cut at 30, 60, 90
# and 99 % of their length).
set -euo pipefail
if [ "${1:-}" = --damaged ]; then
  exec "$(dirname "$0")/make-damaged.sh" "${2:?usage: make-hostile.sh --damaged DIR}"
fi
out=tests/data
src=corpus/ke-sat_2025-09_ocr/ke-sat_2025-09_ocr.pdf
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$src" "$out" <<'PY'
import random, sys, zipfile, io
src, out = sys.argv[1], sys.argv[2]
pdf = open(src, "rb").read()
# Cut after the header and the first objects: no xref, no trailer.
open(f"{out}/truncated.pdf", "wb").write(pdf[:2500])
# Keep header and trailer, scramble the middle (content streams, fonts, xref).
rng = random.Random(4)
mid = bytearray(pdf[200:-200])
for i in range(0, len(mid), 7):
    mid[i] = rng.randrange(256)
open(f"{out}/damaged.pdf", "wb").write(pdf[:200] + bytes(mid) + pdf[-200:])
open(f"{out}/random.pdf", "wb").write(bytes(rng.randrange(256) for _ in range(4096)))
open(f"{out}/empty.txt", "wb").write(b"")
# 200 MiB of XML that deflates to a few hundred KiB.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    with z.open("word/document.xml", "w", force_zip64=True) as f:
        f.write(b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>')
        chunk = b"A" * (1 << 20)
        for _ in range(200):
            f.write(chunk)
        f.write(b"</w:t></w:r></w:p></w:body></w:document>")
open(f"{out}/zipbomb.docx", "wb").write(buf.getvalue())
PY

python3 - "$out" corpus/an-bien_2025-10_synthetic/an-bien_2025-10_synthetic_photo_p1.jpg <<'PY2'
import struct, sys, zlib
out = sys.argv[1]

def blank_pages_pdf(n):
    """n empty pages (no /Contents); catalog and page tree in one Flate
    object stream, with a cross-reference stream (PDF 1.5)."""
    pages = list(range(3, n + 3))
    objs = {
        1: b"<</Type/Catalog/Pages 2 0 R>>",
        2: ("<</Type/Pages/Count %d/MediaBox[0 0 595 842]/Resources<<>>/Kids[%s]>>"
            % (n, " ".join(f"{i} 0 R" for i in pages))).encode(),
    }
    for i in pages:
        objs[i] = b"<</Type/Page/Parent 2 0 R>>"
    inner = [1, 2] + pages
    ostm, xref = n + 3, n + 4
    body, offs = b"", []
    for i in inner:
        offs.append(f"{i} {len(body)}")
        body += objs[i] + b"\n"
    head = (" ".join(offs) + "\n").encode()
    data = zlib.compress(head + body, 9)
    pdf = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    ostm_at = len(pdf)
    pdf += (f"{ostm} 0 obj\n<</Type/ObjStm/N {len(inner)}/First {len(head)}"
            f"/Filter/FlateDecode/Length {len(data)}>>\nstream\n").encode()
    pdf += data + b"\nendstream\nendobj\n"
    xref_at = len(pdf)
    rows = bytearray()
    for i in range(xref + 1):
        if i == 0:
            rows += struct.pack(">BIH", 0, 0, 65535)
        elif i == ostm:
            rows += struct.pack(">BIH", 1, ostm_at, 0)
        elif i == xref:
            rows += struct.pack(">BIH", 1, xref_at, 0)
        else:
            rows += struct.pack(">BIH", 2, ostm, inner.index(i))
    xd = zlib.compress(bytes(rows), 9)
    pdf += (f"{xref} 0 obj\n<</Type/XRef/Size {xref + 1}/W[1 4 2]/Root 1 0 R"
            f"/Filter/FlateDecode/Length {len(xd)}>>\nstream\n").encode()
    pdf += xd + b"\nendstream\nendobj\n"
    pdf += f"startxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(pdf)

def text_pdf(lines):
    """One A4 page of Helvetica text (WinAnsi) with a classic xref table."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 770 Td"]
    ops += [f"({esc(l)}) Tj T*" for l in lines]
    ops.append("ET")
    content = "\n".join(ops).encode("cp1252")
    objs = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Count 1/Kids[3 0 R]>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]"
        b"/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
        b"<</Length %d>>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    at = []
    for i, o in enumerate(objs, 1):
        at.append(len(pdf))
        pdf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for a in at:
        pdf += b"%010d 00000 n \n" % a
    pdf += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(pdf)

def blank_png(w, h, dpi):
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff" * w for _ in range(h))
    ppm = round(dpi / 0.0254)
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))

open(f"{out}/blank-1000-pages.pdf", "wb").write(blank_pages_pdf(1000))
# A real document, but an invitation, not a report: text and not one digit.
open(f"{out}/not-a-report.pdf", "wb").write(text_pdf([
    "UY BAN NHAN DAN PHUONG",
    "GIAY MOI",
    "Uy ban nhan dan phuong tran trong kinh moi dai dien cac to dan pho",
    "toi du buoi gap mat dau xuan tai hoi truong nha van hoa khu dan cu.",
    "Noi dung: trao doi ve cong tac ve sinh moi truong, trat tu do thi",
    "va phong trao toan dan doan ket xay dung doi song van hoa.",
    "Rat mong cac dong chi sap xep thoi gian toi du day du, dung gio.",
    "Tran trong cam on.",
]))
# A scanner's empty page: 1240x1754 white gray pixels, declared 300 dpi.
blank = blank_png(1240, 1754, 300)
open(f"{out}/blank.png", "wb").write(blank)

def bomb_png(w, h):
    """w x h black gray pixels, deflated row by row: about 1 KB per MB."""
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    z = zlib.compressobj(9)
    row = b"\x00" * (w + 1)
    data = b"".join(z.compress(row) for _ in range(h)) + z.flush()
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", data) + chunk(b"IEND", b""))

def gray_tiff(w, h):
    """An uncompressed 8-bit gray TIFF (little-endian), one strip."""
    pixels = bytes([255]) * (w * h)
    entries = [(256, 3, w), (257, 3, h), (258, 3, 8), (259, 3, 1), (262, 3, 1),
               (273, 4, 8), (277, 3, 1), (278, 3, h), (279, 4, len(pixels))]
    ifd_at = 8 + len(pixels)
    head = b"II*\x00" + struct.pack("<I", ifd_at)
    ifd = struct.pack("<H", len(entries))
    for tag, typ, val in entries:
        ifd += struct.pack("<HHI", tag, typ, 1)
        ifd += struct.pack("<HH", val, 0) if typ == 3 else struct.pack("<I", val)
    return head + pixels + ifd + struct.pack("<I", 0)

# An image bomb: 30000 x 30000 pixels (900 million) in under 1 MB.
open(f"{out}/bomb-30000x30000.png", "wb").write(bomb_png(30000, 30000))
# Images cut short in their data, their headers whole.
open(f"{out}/truncated.png", "wb").write(blank[: len(blank) // 2])
tiff = gray_tiff(400, 300)
open(f"{out}/truncated.tif", "wb").write(tiff[: len(tiff) // 2])
jpeg = open(sys.argv[2], "rb").read()
open(f"{out}/truncated.jpg", "wb").write(jpeg[: len(jpeg) * 2 // 5])
PY2

# A real password-protected PDF: LibreOffice's PDF export with a user password.
if ! command -v soffice >/dev/null; then
  echo "soffice not found: keeping the committed $out/encrypted.pdf" >&2
  ls -la "$out" >&2
  exit 0
fi
printf 'Báo cáo mật: đã tiếp nhận 2.810 hồ sơ.\n' > "$work/encrypted.txt"
soffice -env:UserInstallation="file://$work/lo" --headless \
  --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"matkhau"}}' \
  --outdir "$work" "$work/encrypted.txt" >/dev/null 2>&1
cp "$work/encrypted.pdf" "$out/encrypted.pdf"
ls -la "$out" >&2

# A copier's "searchable" PDF: page 1 of the synthetic report's scan with
# an invisible text layer from Tesseract's English model, as office
# scanners make (their OCR knows no Vietnamese). Needs tesseract-ocr-eng.
if command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx eng; then
  pdfimages -j -f 1 -l 1 corpus/an-bien_2025-10_synthetic/an-bien_2025-10_synthetic_scan.pdf "$work/p"
  OMP_THREAD_LIMIT=1 tesseract "$work/p-000.jpg" "$work/layer" -l eng --dpi 300 pdf >/dev/null 2>&1
  cp "$work/layer.pdf" "$out/scanner-ocr-layer.pdf"
  # The same for the synthetic report's bilevel fax page: Tesseract keeps a
  # 1-bit PNG as a lossless 1-bit image, which baocao OCRs as it is held.
  OMP_THREAD_LIMIT=1 tesseract corpus/an-bien_2025-10_synthetic/an-bien_2025-10_synthetic_fax_p1.png \
    "$work/fax-layer" -l eng pdf >/dev/null 2>&1
  cp "$work/fax-layer.pdf" "$out/scanner-ocr-layer-fax.pdf"
fi
