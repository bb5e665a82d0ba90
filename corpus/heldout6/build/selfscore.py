#!/usr/bin/env python3
"""heldout6: the gold scored against itself (must be 1.0 everywhere): writes build/out/self_<dir>.jsonl from each
gold folder and runs shared/tools/score.py on it."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
bad = 0
for d in ("gold", "gold-variants", "gold-rephrased"):
    out = os.path.join(HERE, "out", "self_%s.jsonl" % d)
    with open(out, "w", encoding="utf-8") as fh:
        for f in sorted(os.listdir(os.path.join(ROOT, d))):
            g = json.load(open(os.path.join(ROOT, d, f), encoding="utf-8"))
            fh.write(json.dumps(dict(file=g["file"] + ".txt", status="ok", error=None, unit=g["unit"], period=g["period"],
                                     figures=g["figures"], findings=g["findings"]), ensure_ascii=False) + "\n")
    r = subprocess.run([sys.executable, "/work/shared/tools/score.py", os.path.join(ROOT, d), out, "--json"],
                       capture_output=True, text=True)
    s = json.loads(r.stdout)
    print(d, s)
    ok = all(s[k] == 1.0 for k in ("figure_precision", "figure_recall", "unit_accuracy", "period_accuracy")) and \
        s["gold_documents_without_output"] == 0 and (s["finding_recall"] in (1.0,) or d != "gold")
    bad += not ok
print("ALL OK" if not bad else "PROBLEMS")
sys.exit(1 if bad else 0)
