#!/usr/bin/env python3
"""Character error rate and number recall of OCR page text against reference page text.

Usage: scripts/ocr-cer.py REF_DIR HYP_DIR
  Every REF_DIR/NAME.txt with a HYP_DIR/NAME.txt is compared; one line per page
  (CER, numbers found / numbers in the reference), then the totals.

Both texts are compared after the same normalization: NFC, table rules ("|")
and tabs dropped, every run of whitespace one space. CER is the Levenshtein
distance over the reference length. "Numbers" are the digit runs of the
reference (with their inner "." and ","), counted as a multiset: it is what
the extractor needs from a page, so it says more than CER where the loss is.

Needs rapidfuzz (pip install rapidfuzz) for the distance; without it a pure
Python distance is used (slow: about 10 s a page).
"""
import collections
import os
import re
import sys
import unicodedata

try:
    from rapidfuzz.distance import Levenshtein

    def distance(a, b):
        return Levenshtein.distance(a, b)
except ImportError:  # pragma: no cover
    def distance(a, b):
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i] + [0] * len(b)
            for j, cb in enumerate(b, 1):
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            prev = cur
        return prev[-1]

NUM = re.compile(r"\d+(?:[.,]\d+)*")


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("|", " ").replace("\t", " ")
    return " ".join(s.split())


def numbers(s):
    return collections.Counter(NUM.findall(s))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ref_dir, hyp_dir = sys.argv[1:]
    tot_d = tot_n = tot_found = tot_nums = 0
    for name in sorted(os.listdir(ref_dir)):
        hyp_path = os.path.join(hyp_dir, name)
        if not name.endswith(".txt") or not os.path.exists(hyp_path):
            continue
        ref = norm(open(os.path.join(ref_dir, name), encoding="utf-8").read())
        hyp = norm(open(hyp_path, encoding="utf-8", errors="replace").read())
        d = distance(ref, hyp)
        rn, hn = numbers(ref), numbers(hyp)
        found = sum((rn & hn).values())
        nums = sum(rn.values())
        tot_d += d
        tot_n += len(ref)
        tot_found += found
        tot_nums += nums
        print("%-34s CER %6.2f%%  numbers %3d/%3d" % (name[:-4], 100.0 * d / max(1, len(ref)), found, nums))
    print("%-34s CER %6.2f%%  numbers %3d/%3d (%.1f%%)" % (
        "TOTAL", 100.0 * tot_d / max(1, tot_n), tot_found, tot_nums, 100.0 * tot_found / max(1, tot_nums)))


if __name__ == "__main__":
    main()
