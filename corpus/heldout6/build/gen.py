#!/usr/bin/env python3
"""heldout6 (copied from heldout5, unchanged logic): build the 8 reports and their gold from ONE set of numbers per report.

Each report is a module build/tpl/NN_name.py defining
  META     dict(unit=(type, name), period=(start, end), acct="beside"|"inside", carried="inside"|"outside",
                rates="round"|"trunc", style="docx"|"wrapped"|"layout")
  N        dict of numbers (ints, and rate strings made with pc()); every number is typed once, here
  TEXT     the report in the markup of markup.py (devset2's build.py), with placeholders:
             {name}                a number of N, not a figure (context, trap, repeated mention)
             {name:02}             the same, zero-padded
             {name@scope.key}      a figure: value
             {name@scope.key%}     the percentage of that figure (N[name] is the string as written)
             {name@scope.key/}     the `of` of that figure
             {name@ctx}            a number that is explicitly NOT a figure (cumulative, previous period,
                                   other body, target...): listed, checked to be in the text
           scope shorthands: w = ward, pol/mil/land/ins = sector:..., f:<name> = field:<name>
  FINDINGS list of dict(scope, keys, severity, expected, found, note) -- expected/found computed from N
  EXTRA    optional: a function(N) -> list of problems (report-specific arithmetic, e.g. months add up)

Tables may be produced by helpers in the module; they emit the same placeholders.

Outputs: ../reports/NN.txt, out/NN.fodt, out/NN.src (the expanded source), ../gold/NN.json.
Validation (exit 1 on any problem) is in validate.py.
"""
import importlib.util
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import markup  # noqa: E402  (devset2 build.py: parse, txt_* and fodt)

SCOPES = {"w": "ward", "pol": "sector:police", "mil": "sector:military", "land": "sector:land",
          "ins": "sector:insurance"}
KEYS = {"rt": "received_total", "rip": "received_in_period", "on": "received_online", "di": "received_direct",
        "co": "carried_over", "res": "resolved_total", "ea": "resolved_early", "ot": "resolved_on_time",
        "eo": "resolved_early_or_on_time", "late": "resolved_late", "ip": "in_progress",
        "ipo": "in_progress_overdue", "wd": "withdrawn", "rej": "rejected", "sup": "supplement_requested",
        "dig": "digitized_pct", "arc": "archived", "reuse": "data_reused", "fee": "fee_records",
        "feeon": "fee_paid_online", "ecert": "e_certified", "fb": "feedback_received",
        "fbr": "feedback_resolved", "sat": "satisfaction_pct", "staff": "staff_total", "vis": "visitors",
        "pt": "procedures_total", "pfo": "procedures_full_online", "ppo": "procedures_partial_online",
        "pno": "procedures_not_online", "pwr": "procedures_with_records",
        "pfwr": "procedures_full_online_with_records", "ppwr": "procedures_partial_online_with_records",
        "share": "online_share_pct"}
RATE_ONLY = {"digitized_pct", "satisfaction_pct", "online_share_pct"}


def pc(a, b, d=2, mode="round", sep=","):
    """a/b in percent at d decimals, as the clerk writes it."""
    q = Decimal(1).scaleb(-d)
    x = (Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP if mode == "round" else ROUND_DOWN)
    s = str(x)
    return s.replace(".", sep)


def fmt_int(v, sep="."):
    s = str(v)
    if v >= 1000 and sep:
        parts = []
        while s:
            parts.insert(0, s[-3:])
            s = s[:-3]
        s = sep.join(parts)
    return s


PH = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::(0\d|n))?(?:@([^{}]+?))?\}")  # heldout5: ":n" = no thousands separator


def scope_of(s):
    if s in SCOPES:
        return SCOPES[s]
    if s.startswith("f:"):
        return "field:" + s[2:]
    raise ValueError("bad scope " + s)


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def expand(name, mod):
    """-> expanded source text, figure occurrences, context numbers"""
    N = mod.N
    sep = mod.META.get("thousands", ".")
    occ = []          # dicts: scope,key,value,pct,of
    context = []

    def sub(m):
        nm, pad, mark = m.group(1), m.group(2), m.group(3)
        if nm not in N:
            raise KeyError("%s: no number %s" % (name, nm))
        val = N[nm]
        if isinstance(val, str):
            out = val
        elif pad == "n":
            out = str(val)
        elif pad:
            out = ("%" + pad + "d") % val
        else:
            out = fmt_int(val, sep)
        if not mark:
            return out
        if mark == "ctx":
            context.append(val)
            return out
        if mark.endswith("%!"):
            mark = mark[:-1]          # a rate in a "Tỷ lệ (%)" column: no sign
        elif mark.endswith("%"):
            out += "%"
        for mk in mark.split("&"):
            record(nm, val, mk)
        return out

    def record(nm, val, mark):
        role = "value"
        if mark.endswith("%"):
            role, mark = "pct", mark[:-1]
        elif mark.endswith("/"):
            role, mark = "of", mark[:-1]
        sc, _, k = mark.rpartition(".")
        scope, key = scope_of(sc), KEYS[k]
        if role == "value":
            assert isinstance(val, int), (name, nm)
            for o in reversed(occ):   # a rate or X/Y stated before its count
                if (o["scope"], o["key"]) == (scope, key) and o["value"] is None and key not in RATE_ONLY:
                    o["value"] = val
                    break
            else:
                occ.append(dict(scope=scope, key=key, value=val, pct=None, of=None, src=nm))
        else:
            target = None
            for o in reversed(occ):
                if (o["scope"], o["key"]) == (scope, key):
                    target = o
                    break
            if target is None or target[role] is not None:
                target = dict(scope=scope, key=key, value=None, pct=None, of=None, src=nm)
                occ.append(target)
            target[role] = val

    text = PH.sub(sub, mod.TEXT)
    # heldout5: a rate (or "of") stated with a later, same-valued statement of a figure goes to the figure
    first = {}
    for o in occ:
        k = (o["scope"], o["key"])
        if k not in first:
            first[k] = o
            continue
        f = first[k]
        if o["value"] is None or o["value"] == f["value"]:
            if f["pct"] is None and o["pct"] is not None:
                f["pct"] = o["pct"]
            if f["of"] is None and o["of"] is not None:
                f["of"] = o["of"]
    assert "{" not in text.replace("{{", ""), (name, text[text.index("{") - 40: text.index("{") + 40])
    return text, occ, context


def build_all(only=()):
    os.makedirs(os.path.join(ROOT, "reports"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    out = os.path.join(HERE, "out")
    os.makedirs(out, exist_ok=True)
    res = {}
    for f in sorted(os.listdir(os.path.join(HERE, "tpl"))):
        if not f.endswith(".py") or not f[:2].isdigit():
            continue
        name = f[:-3]
        if only and not any(name.startswith(a) for a in only):
            continue
        mod = load(os.path.join(HERE, "tpl", f))
        text, occ, context = expand(name, mod)
        text = "#style %s\n#tablefont %s\n" % (mod.META.get("style", "docx"), mod.META.get("tablefont", 10.5)) + text
        srcp = os.path.join(out, name + ".src")
        with open(srcp, "w", encoding="utf-8") as fh:
            fh.write(text)
        doc = markup.parse(srcp)
        style = doc["style"]
        if style == "wrapped":
            txt = markup.txt_wrapped(doc, seed=name)
        elif style == "layout":
            txt = markup.txt_layout(doc)
        else:
            txt = markup.txt_docx(doc)
        txt = unicodedata.normalize("NFC", txt)
        with open(os.path.join(ROOT, "reports", name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(txt)
        with open(os.path.join(out, name + ".fodt"), "w", encoding="utf-8") as fh:
            fh.write(markup.fodt(doc))
        # gold: first statement of each (scope, key) wins; a differing repeat is a conflict finding
        seen, figures = {}, []
        for o in occ:
            k = (o["scope"], o["key"])
            if k in seen:
                continue
            seen[k] = o
            figures.append(dict(scope=o["scope"], key=o["key"], value=o["value"],
                                pct=None if o["pct"] is None else float(o["pct"].replace(",", ".")), of=o["of"]))
        gold = {"file": name,
                "unit": {"type": mod.META["unit"][0], "name": mod.META["unit"][1]},
                "period": {"start": mod.META["period"][0], "end": mod.META["period"][1], "nominal": name.rsplit("_", 1)[1]},
                "figures": figures,
                "findings": [dict(scope=f["scope"], keys=f["keys"], severity=f["severity"], expected=f["expected"],
                                  found=f["found"], note=f["note"], **({"alt_scopes": f["alt_scopes"]} if f.get("alt_scopes") else {}),
                                  **({"optional": True} if f.get("optional") else {}))
                             for f in mod.FINDINGS]}
        with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        res[name] = dict(mod=mod, txt=txt, occ=occ, context=context, gold=gold, doc=doc)
        print("%-34s %-7s figures=%3d findings=%d chars=%d" % (name, style, len(figures), len(mod.FINDINGS), len(txt)))
    return res


if __name__ == "__main__":
    build_all(sys.argv[1:])


class Reg:
    """Registers table numbers into N under generated names and returns their placeholders."""

    def __init__(self, N, prefix="t"):
        self.N, self.prefix, self.k = N, prefix, 0

    def c(self, value, mark=None, dash="-", pad=None):
        if value is None:
            return dash
        self.k += 1
        nm = "_%s%d" % (self.prefix, self.k)
        self.N[nm] = value
        return "{%s%s%s}" % (nm, ":" + pad if pad else "", "@" + mark if mark else "")


def fs(label):
    """the field scope of a row label: lower-cased, without 'lĩnh vực'"""
    name = label.strip().lower()
    name = re.sub(r"^lĩnh vực\s+", "", name)
    return "f:" + name


def num(pct_s):
    return float(pct_s.replace(",", "."))
