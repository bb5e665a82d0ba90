#!/usr/bin/env python3
"""heldout6 (from heldout5) part B: variants of the 4 clean reports, each with ONE inserted trap sentence.

  ../inserts.tsv                 class<TAB>sentence (written from inserts_src.py)
  ../variants/NN__vK.txt         the clean report's .txt with one sentence inserted, either as its own body
                                 paragraph after a random body paragraph ("para") or appended to the end of an
                                 existing body paragraph ("append"); never in the header, title, headings, tables,
                                 "Nơi nhận" or signature
  ../variants/index.tsv          file, class, position, line, sentence
  ../gold-variants/NN__vK.json   the clean report's gold, "file" renamed (score.py matches by file stem)

The variant text is produced by the same renderer as the report (markup.py), from the report's expanded source
(build/out/NN.src), so the inserted sentence is wrapped/laid out like its neighbours. For the hard-wrapped style
the justification noise of the other paragraphs is kept identical. Deterministic (fixed seed).
Checks (exit 1 on a problem): removing the sentence gives back the clean text (whitespace-normalised; exactly for
the docx style); every gold number is still present.
"""
import json, os, random, re, sys, textwrap, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import markup  # noqa: E402
from inserts_src import S  # noqa: E402

CLEAN = ["01_tran-phu_2025-11", "03_ha-nam_2026-01", "04_cam-giang_2026-h1", "07_nguyen-luong-bang_2026-03"]
PER = 25
SEED = 20261209


YTD = ("từ đầu năm", "Từ đầu năm", "cả năm", "Lũy kế các tháng", "Lũy kế:")


def compatible(name, sent):
    """heldout6: keep a sentence away from a report where it would be implausible or would restate the period."""
    # year-to-date sentences: for 03 (January), 04 (first half) and 07 (March, states its Q1 cumulative) the year
    # so far is (nearly) the report's own period, so they would be real restatements; only 01 (November 2025) takes them
    if any(k in sent for k in YTD) and not name.startswith("01_"):
        return False
    # "one month of the period": only the six-month report has months inside its period
    if ("Riêng tháng" in sent or "tháng cao điểm" in sent) and not name.startswith("04_"):
        return False
    # since the centre opened (1 July 2025): implausibly large for the November 2025 report
    if name.startswith("01_") and ("01/7/2025" in sent or "đi vào hoạt động" in sent):
        return False
    # 04 states its own yearly plan and the city's digitisation target
    if name.startswith("04_") and ("Kế hoạch năm" in sent or "Chỉ tiêu thành phố giao" in sent):
        return False
    # the previous six months: only the six-month report
    if "6 tháng cuối năm trước" in sent and not name.startswith("04_"):
        return False
    # previous-period record counts: 04's previous period is six months, these small counts do not fit it
    if name.startswith("04_") and ("kỳ trước" in sent or "Kỳ trước" in sent or "liền trước" in sent) \
            and "hồ sơ" in sent and "%" not in sent and "6 tháng" not in sent and "phản ánh" not in sent \
            and "tăng" not in sent and "giảm" not in sent:
        return False
    # same period last year with record counts: 03 and 04 state their own same-period figure
    if name.startswith(("03_", "04_")) and ("cùng kỳ" in sent.lower() or "năm ngoái" in sent) \
            and any(k in sent for k in ("tiếp nhận", "trực tuyến", "trực tiếp", "giải quyết")) and "Công an" not in sent:
        return False
    return True


def unit_check(rows, problems):
    """every unit named in a sentence is unused elsewhere and is none of the ten reported units"""
    import csv
    import validate
    units = {}
    with open("/work/shared/data/hai-phong-units.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            units[row["name"]] = row["type"]
    used = validate.names_used_elsewhere(units)
    used |= {n for n in units if any(u != n and u in n for u in used)}
    mine = set()
    for f in os.listdir(os.path.join(ROOT, "gold")):
        if f.endswith(".json"):
            mine.add(json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))["unit"]["name"])
    named = set()
    for c, s in rows:
        for n in units:
            if re.search(r"(?:phường|xã|đặc khu|Phường|Xã)\s+%s(?!\w)" % re.escape(n), s):
                named.add(n)
                if n in used or n in mine:
                    problems.append("insert names a used unit: %s (%s)" % (n, s[:50]))
    print("units named in inserts:", sorted(named))


def wrapped(doc, seed, mod_index=None, orig_text=None, aux_seed="aux"):
    """markup.txt_wrapped, but the element at mod_index takes its noise from an auxiliary generator, after
    consuming from the main one exactly what the original paragraph (orig_text, None for a new one) consumed."""
    rnd = random.Random(seed)
    aux = random.Random(aux_seed)
    out = []

    def emit(line):
        out.append(line + " ")
        out.append("")

    def noise(line, g):
        words = line.split(" ")
        if len(words) > 6 and g.random() < 0.18:
            k = g.randrange(1, len(words) - 1)
            words[k] = " " + words[k]
        return " ".join(words)

    for _, s in doc["header"]:
        emit(s)
    for _, s in doc["title"]:
        for ln in textwrap.wrap(s, width=80, break_on_hyphens=False):
            emit(ln)
    for i, (kind, v) in enumerate(doc["body"]):
        if kind == "PB":
            continue
        if kind == "TABLE":
            for r in v:
                emit(" ".join(c for c in (markup.plain_cell(c) for c in r) if c))
            continue
        lines = textwrap.wrap(v, width=80, initial_indent="", break_on_hyphens=False)
        if i == mod_index:
            if orig_text is not None:
                for ln in textwrap.wrap(orig_text, width=80, initial_indent="", break_on_hyphens=False):
                    noise(ln, rnd)
            for ln in lines:
                emit(noise(ln, aux))
        else:
            for ln in lines:
                emit(noise(ln, rnd))
    for s in doc["nn"]:
        out.append(s + " ")
    out.append("")
    for s in doc["sig"]:
        emit(s)
    assert not doc["annex"]
    return "\n".join(out).rstrip() + "\n"


def render(doc, name, mod_index=None, orig_text=None, aux_seed="aux"):
    st = doc["style"]
    if st == "wrapped":
        t = wrapped(doc, name, mod_index, orig_text, aux_seed)
    elif st == "layout":
        t = markup.txt_layout(doc)
    else:
        t = markup.txt_docx(doc)
    return unicodedata.normalize("NFC", t)


def norm(s):
    return " ".join(s.split())


def fmt_int(v):
    s = str(v)
    if v >= 1000:
        parts = []
        while s:
            parts.insert(0, s[-3:])
            s = s[:-3]
        s = ".".join(parts)
    return s


def main():
    problems = []
    rows = [(c, s) for c, ss in S.items() for s in ss]
    for c, s in rows:
        assert "\t" not in s and "\n" not in s
    unit_check(rows, problems)
    with open(os.path.join(ROOT, "inserts.tsv"), "w", encoding="utf-8") as fh:
        fh.write("class\tsentence\n")
        for c, s in rows:
            fh.write("%s\t%s\n" % (c, unicodedata.normalize("NFC", s)))
    vdir, gdir = os.path.join(ROOT, "variants"), os.path.join(ROOT, "gold-variants")
    os.makedirs(vdir, exist_ok=True)
    os.makedirs(gdir, exist_ok=True)
    for d in (vdir, gdir):
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    rnd = random.Random(SEED)
    pool = rows[:]
    rnd.shuffle(pool)
    # deal the sentences to the reports: each sentence used once, classes spread over the reports
    assign = {n: [] for n in CLEAN}
    left = pool[:]
    for k in range(PER):
        for n in CLEAN:
            for j, (c, s) in enumerate(left):
                if compatible(n, s):
                    assign[n].append((c, s))
                    del left[j]
                    break
            else:
                problems.append("no sentence left for %s" % n)
    index = [("file", "class", "position", "line", "sentence")]
    for n in CLEAN:
        src = os.path.join(HERE, "out", n + ".src")
        clean_txt = open(os.path.join(ROOT, "reports", n + ".txt"), encoding="utf-8").read()
        base = markup.parse(src)
        if render(base, n) != clean_txt:
            problems.append("%s: re-rendering the clean source does not give the clean text" % n)
        gold = json.load(open(os.path.join(ROOT, "gold", n + ".json"), encoding="utf-8"))
        paras = [i for i, (k, v) in enumerate(base["body"]) if k == "P"]
        after_ok = [i for i in paras if not base["body"][i][1].rstrip().endswith(":")]
        append_ok = [i for i in after_ok if not base["body"][i][1].lstrip().startswith(("-", "+"))
                     and base["body"][i][1].rstrip().endswith(".")]
        for k, (cls, sent) in enumerate(assign[n], 1):
            sent = unicodedata.normalize("NFC", sent)
            vname = "%s__v%d" % (n, k)
            doc = markup.parse(src)
            mode = "para" if sent.startswith("- ") or rnd.random() < 0.5 else "append"
            if mode == "para":
                # a plain sentence does not go between two bullets of a list; a bullet sentence may
                cands = after_ok if sent.startswith("- ") else [
                    j for j in after_ok if not (j + 1 < len(base["body"]) and base["body"][j + 1][0] == "P"
                                                and base["body"][j + 1][1].lstrip().startswith(("-", "+")))]
                i = rnd.choice(cands)
                doc["body"].insert(i + 1, ("P", sent))
                txt = render(doc, n, i + 1, None, vname)
                pos = "para after body paragraph %d" % (paras.index(i) + 1)
            else:
                i = rnd.choice(append_ok)
                orig = doc["body"][i][1]
                doc["body"][i] = ("P", orig + " " + sent)
                txt = render(doc, n, i, orig, vname)
                pos = "appended to body paragraph %d" % (paras.index(i) + 1)
            # checks
            if norm(txt).replace(norm(sent) + " ", "", 1) != norm(clean_txt) and \
                    norm(txt).replace(" " + norm(sent), "", 1) != norm(clean_txt):
                problems.append("%s: the variant is not the clean text plus the sentence" % vname)
            if base["style"] == "docx":
                exp = clean_txt.replace(orig + "\n", orig + " " + sent + "\n", 1) if mode == "append" else None
                if mode == "append" and txt != exp:
                    problems.append("%s: docx variant differs beyond the sentence" % vname)
            for f in gold["figures"]:
                for v in (f["value"], f["of"]):
                    if v is not None and fmt_int(v) not in txt and str(v) not in txt and ("%02d" % v) not in txt:
                        problems.append("%s: gold number %s lost" % (vname, v))
            pat = r"\s+".join(re.escape(w) for w in norm(sent).split())
            mm = re.search(pat, txt)
            if mm is None:
                problems.append("%s: sentence not found in the variant" % vname)
                line = None
            else:
                line = txt[:mm.start()].count("\n") + 1
            with open(os.path.join(vdir, vname + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(txt)
            g = dict(gold)
            g["file"] = vname
            with open(os.path.join(gdir, vname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
            index.append((vname + ".txt", cls, pos, str(line), sent))
    with open(os.path.join(vdir, "index.tsv"), "w", encoding="utf-8") as fh:
        for r in index:
            fh.write("\t".join(r) + "\n")
    used = {r[4] for r in index[1:]}
    print("sentences: %d in %d classes; variants: %d; sentences used: %d; unused: %d" % (
        len(rows), len(S), len(index) - 1, len(used), len(rows) - len(used)))
    from collections import Counter
    print("variants per class:", dict(Counter(r[1] for r in index[1:])))
    print("positions:", dict(Counter(r[2].split()[0] for r in index[1:])))
    for p in problems:
        print("PROBLEM:", p)
    print("ALL OK" if not problems else "PROBLEMS: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
