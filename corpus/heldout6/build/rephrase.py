#!/usr/bin/env python3
"""heldout6 (from heldout5) part C: rephrased variants of the 4 clean reports (one figure's statement reworded each).

  ../rephrased/NN__rK.txt         the report with one statement rephrased (rephrase_src.py)
  ../rephrased/index.tsv          file, kind, figure, old sentence, new sentence (placeholders expanded)
  ../gold-rephrased/NN__rK.json   the clean report's gold, "file" renamed

Proof (exit 1 otherwise): the old snippet occurs exactly once in the template; the rephrased template, expanded by
gen.py, yields exactly the clean gold's figures (scope, key, value, pct, of) and no conflict; the new text differs.
"""
import copy, json, os, sys, types, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen, markup  # noqa: E402
from rephrase_src import R  # noqa: E402


def render(mod, name, text_override):
    m = types.SimpleNamespace(**{k: getattr(mod, k) for k in dir(mod) if not k.startswith("__")})
    m.TEXT = text_override
    text, occ, ctx = gen.expand(name, m)
    text = "#style %s\n#tablefont %s\n" % (mod.META.get("style", "docx"), mod.META.get("tablefont", 10.5)) + text
    tmp = os.path.join(HERE, "out", name + ".rephrase.src")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    doc = markup.parse(tmp)
    os.remove(tmp)
    st = doc["style"]
    txt = markup.txt_wrapped(doc, seed=name) if st == "wrapped" else markup.txt_layout(doc) if st == "layout" \
        else markup.txt_docx(doc)
    return unicodedata.normalize("NFC", txt), occ


def figs(occ):
    seen, out, conflicts = {}, set(), []
    for o in occ:
        k = (o["scope"], o["key"])
        if k in seen:
            if o["value"] is not None and o["value"] != seen[k]:
                conflicts.append(k)
            continue
        seen[k] = o["value"]
        out.add((o["scope"], o["key"], o["value"], None if o["pct"] is None else float(o["pct"].replace(",", ".")), o["of"]))
    return out, conflicts


def expand_snippet(mod, s):
    N = mod.N

    def sub(m):
        v = N[m.group(1)]
        if isinstance(v, str):
            out = v
        elif m.group(2) == "n":
            out = str(v)
        elif m.group(2):
            out = ("%" + m.group(2) + "d") % v
        else:
            out = gen.fmt_int(v)
        if m.group(3) and m.group(3).endswith("%"):
            out += "%"
        return out
    return " / ".join(x.strip() for x in gen.PH.sub(sub, s).split("\n") if x.strip())


def main():
    problems = []
    rdir, gdir = os.path.join(ROOT, "rephrased"), os.path.join(ROOT, "gold-rephrased")
    for d in (rdir, gdir):
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    index = [("file", "kind", "figure", "old sentence", "new sentence")]
    count = {}
    for name, kind, fig, old, new in R:
        mod = gen.load(os.path.join(HERE, "tpl", name + ".py"))
        clean_txt = open(os.path.join(ROOT, "reports", name + ".txt"), encoding="utf-8").read()
        gold = json.load(open(os.path.join(ROOT, "gold", name + ".json"), encoding="utf-8"))
        count[name] = count.get(name, 0) + 1
        vname = "%s__r%d" % (name, count[name])
        if mod.TEXT.count(old) != 1:
            problems.append("%s: old snippet found %d times" % (vname, mod.TEXT.count(old)))
            continue
        base_txt, base_occ = render(mod, name, mod.TEXT)
        if base_txt != clean_txt:
            problems.append("%s: clean re-render differs" % vname)
        txt, occ = render(mod, name, mod.TEXT.replace(old, new))
        f_new, conf = figs(occ)
        f_gold = {(f["scope"], f["key"], f["value"], f["pct"], f["of"]) for f in gold["figures"]}
        if f_new != f_gold:
            problems.append("%s: gold differs: %s / %s" % (vname, f_new - f_gold, f_gold - f_new))
        if conf:
            problems.append("%s: conflict %s" % (vname, conf))
        if txt == clean_txt:
            problems.append("%s: text unchanged" % vname)
        with open(os.path.join(rdir, vname + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(txt)
        g = dict(gold)
        g["file"] = vname
        with open(os.path.join(gdir, vname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        index.append((vname + ".txt", kind, fig, expand_snippet(mod, old), expand_snippet(mod, new)))
    with open(os.path.join(rdir, "index.tsv"), "w", encoding="utf-8") as fh:
        for r in index:
            fh.write("\t".join(r) + "\n")
    print("rephrased variants:", len(index) - 1, count)
    for p in problems:
        print("PROBLEM:", p)
    print("ALL OK" if not problems else "PROBLEMS: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
