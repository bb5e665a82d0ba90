#!/usr/bin/env bash
# Makes the hostile inputs of tests/readers.rs in tests/data/ (committed, all
# small): a truncated PDF, a PDF with a broken object structure, a
# password-protected PDF (LibreOffice export), a zip-bomb DOCX, random bytes
# named .pdf and a zero-byte file. Deterministic except the encrypted PDF.
# Needs python3 and soffice. Usage: scripts/make-hostile.sh
set -euo pipefail
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

# A real password-protected PDF: LibreOffice's PDF export with a user password.
printf 'Báo cáo mật: đã tiếp nhận 2.810 hồ sơ.\n' > "$work/encrypted.txt"
soffice -env:UserInstallation="file://$work/lo" --headless \
  --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"matkhau"}}' \
  --outdir "$work" "$work/encrypted.txt" >/dev/null 2>&1
cp "$work/encrypted.pdf" "$out/encrypted.pdf"
ls -la "$out" >&2
