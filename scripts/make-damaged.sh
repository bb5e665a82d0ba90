#!/usr/bin/env bash
# Makes a set of damaged report PDFs, for measuring how much the PDF reader
# recovers against `pdftotext` (scripts/bench.sh, section "damaged PDFs"):
# for each text-layer PDF given (default: the corpus's, scans excluded),
# four copies with bytes flipped at random offsets (8, 32, 128 and 512
# bytes, each XORed with a random non-zero value; fixed seeds, so the set is
# the same on every machine) and four cut at 30, 60, 90 and 99 % of their
# length. Not committed: the set is remade from the corpus in a second.
# Usage: scripts/make-damaged.sh OUT_DIR [PDF...]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/make-damaged.sh OUT_DIR [PDF...]}
shift
if [ $# -eq 0 ]; then
  set -- $(ls corpus/*/*.pdf | grep -v _scan)
fi
mkdir -p "$out"
python3 - "$out" "$@" <<'PY'
import os, random, sys
out, srcs = sys.argv[1], sys.argv[2:]
for k, src in enumerate(srcs):
    data = open(src, "rb").read()
    stem = os.path.splitext(os.path.basename(src))[0]
    for j, flips in enumerate((8, 32, 128, 512)):
        rng = random.Random(1000 * k + j)
        b = bytearray(data)
        for _ in range(flips):
            i = rng.randrange(len(b))
            b[i] ^= rng.randrange(1, 256)
        open(f"{out}/{stem}_flip{flips}.pdf", "wb").write(bytes(b))
    for pct in (30, 60, 90, 99):
        open(f"{out}/{stem}_cut{pct}.pdf", "wb").write(data[: len(data) * pct // 100])
PY
ls "$out" | wc -l
