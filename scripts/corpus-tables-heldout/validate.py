#!/usr/bin/env python3
"""Validates the held-out reports and their gold: keys, units, values in text,
every relation recomputed independently, failing relations == declared findings."""
import csv
import itertools
import json
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build import REPORTS, OUT  # noqa: E402

SPEC = Path("/work/shared/spec/figures.md").read_text()
KEYS = set(re.findall(r"^\| `([a-z_]+)`", SPEC, re.M)) | {"feedback_received", "feedback_resolved"}
RATE_ONLY = {"digitized_pct", "satisfaction_pct", "online_share_pct"}
units = {(r["type"], r["name"]) for r in csv.DictReader(open("/work/shared/data/hai-phong-units.tsv"), delimiter="\t")}
used = set()
for g in Path("/work/shared").glob("devset*/gold/*.json"):
    used.add(json.load(open(g))["unit"]["name"])
used |= {"Chí Linh", "Đông Hải", "Gia Phúc", "Kẻ Sặt", "Lê Đại Hành", "Vĩnh Hải", "An Dương", "Tiên Minh",
         "Bạch Long Vĩ", "Hải Dương"}
problems = []


def P(r, msg):
    problems.append(f"{r['slug']}: {msg}")


def fmt_variants(v):
    s = f"{v:,}".replace(",", ".")
    out = {s}
    if 0 <= v < 10:
        out.add("0" + s)
    return out


def in_text(text, s):
    return re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text) is not None


def pct_variants(p):
    out = {f"{p:.2f}".replace(".", ","), f"{p:.1f}".replace(".", ",")}
    if p == int(p):
        out.add(str(int(p)))
    return out


def rate_ok(pct, num, base):
    if not base:
        return False
    # every rate in this set is written with 2 decimals, except a bare "100"
    for d in ((0, 2) if pct == int(pct) else (2,)):
        q = Decimal(1).scaleb(-d)
        x = Decimal(num) * 100 / Decimal(base)
        for mode in (ROUND_HALF_UP, ROUND_DOWN):
            if float(x.quantize(q, rounding=mode)) == pct and abs(float(x) - pct) < 1:
                return True
    return False


def subsets(xs):
    xs = [x for x in xs if x is not None]
    for k in range(len(xs) + 1):
        for c in itertools.combinations(xs, k):
            yield sum(c)


def relations(figs):
    """Yield (scope, frozenset(keys), rule, ok)."""
    by = {}
    for f in figs:
        by.setdefault(f["scope"], {})[f["key"]] = f
    out = []
    for s, d in by.items():
        v = lambda k: d[k]["value"] if k in d else None  # noqa: E731
        tot, inp, car = v("received_total"), v("received_in_period"), v("carried_over")
        on, di = v("received_online"), v("received_direct")
        res, ip = v("resolved_total"), v("in_progress")
        wr = [v("withdrawn"), v("rejected")]
        wrk = [k for k in ("withdrawn", "rejected") if k in d]
        if on is not None and di is not None and (tot is not None or inp is not None):
            targets = {x for x in (tot, inp) if x is not None}
            if tot is not None and car is not None:
                targets.add(tot - car)
            k = ["received_total" if tot is not None else "received_in_period", "received_online", "received_direct"]
            out.append((s, frozenset(k), "parts-sum", on + di in targets))
        elif on is not None and (tot is not None):
            out.append((s, frozenset(["received_total", "received_online"]), "parts-exceed-total", on <= tot))
        if tot is not None and inp is not None and car is not None:
            out.append((s, frozenset(["received_total", "carried_over", "received_in_period"]), "parts-sum", car + inp == tot))
        if res is not None and ip is not None and (tot is not None or inp is not None):
            targets = {x for x in (tot, inp) if x is not None}
            if tot is not None and car is not None:
                targets.add(tot + car)
            ok = any(res + ip + x in targets for x in subsets(wr))
            k = ["received_total" if tot is not None else "received_in_period", "resolved_total", "in_progress"] + wrk
            out.append((s, frozenset(k), "parts-sum", ok))
        elif res is not None and tot is not None:
            out.append((s, frozenset(["received_total", "resolved_total"]), "parts-exceed-total",
                        res <= tot + (car or 0)))
        parts = [k for k in ("resolved_early", "resolved_on_time", "resolved_early_or_on_time", "resolved_late") if k in d]
        if res is not None and parts:
            sm = sum(v(k) for k in parts)
            if len(parts) >= 2 or "resolved_early_or_on_time" in parts:
                ok = any(sm + x == res for x in subsets(wr)) or any(sm == res + x for x in subsets(wr))
                out.append((s, frozenset(["resolved_total"] + parts), "parts-sum", ok))
            else:
                out.append((s, frozenset(["resolved_total"] + parts), "parts-exceed-total", sm <= res))
        if ip is not None and v("in_progress_overdue") is not None:
            out.append((s, frozenset(["in_progress", "in_progress_overdue"]), "parts-exceed-total", v("in_progress_overdue") <= ip))
        for a, b in (("fee_records", "fee_paid_online"), ("feedback_received", "feedback_resolved")):
            if v(a) is not None and v(b) is not None:
                out.append((s, frozenset([a, b]), "parts-exceed-total", v(b) <= v(a)))
        pt = v("procedures_total")
        pp = [k for k in ("procedures_full_online", "procedures_partial_online", "procedures_not_online") if k in d]
        if pt is not None and len(pp) >= 2:
            out.append((s, frozenset(["procedures_total"] + pp), "parts-sum", sum(v(k) for k in pp) == pt))
        if "online_share_pct" in d and on is not None:
            bases = {tot, inp} | ({on + di} if di is not None else set())
            out.append((s, frozenset(["online_share_pct"]), "rate",
                        any(rate_ok(d["online_share_pct"]["pct"], on, b) for b in bases if b)))
        # rates
        for k, f in d.items():
            if f["pct"] is None or f["value"] is None:
                continue
            bases = {f["of"], tot, inp, res, v("fee_records") if k == "fee_paid_online" else None,
                     v("feedback_received") if k == "feedback_resolved" else None, pt}
            if on is not None and di is not None:
                bases.add(on + di)
            if res is not None:
                bases |= {res + x for x in subsets(wr)} | {res - x for x in subsets(wr)}
                if ip is not None:
                    bases |= {res + ip + x for x in subsets(wr)}
            ok = any(rate_ok(f["pct"], f["value"], b) for b in bases if b)
            out.append((s, frozenset([k]), "rate", ok))
    # field sums
    ward = by.get("ward", {})
    fields = {s: d for s, d in by.items() if s.startswith("field:")}
    if fields:
        for k, f in ward.items():
            if f["value"] is None or k in RATE_ONLY:
                continue
            have = [d[k]["value"] for d in fields.values() if k in d]
            if have:
                out.append(("ward", frozenset([k]), "field-sum", sum(have) == f["value"]))
    return out


def main():
    for r in REPORTS:
        text = (OUT / f"{r['slug']}.txt").read_text()
        gold = json.load(open(OUT / "gold" / f"{r['slug']}.json"))
        nl = len(text.splitlines())
        if not 25 <= nl <= 60:
            P(r, f"{nl} lines")
        if (r["type"], r["name"]) not in units:
            P(r, "unit not in tsv")
        if r["name"] in used:
            P(r, "unit already used")
        seen = set()
        for f in gold["figures"]:
            sk = (f["scope"], f["key"])
            if sk in seen:
                P(r, f"duplicate {sk}")
            seen.add(sk)
            if f["key"] not in KEYS:
                P(r, f"unknown key {f['key']}")
            if not re.fullmatch(r"ward|field:[^A-Z]+|sector:(police|military|land|insurance)", f["scope"]):
                P(r, f"bad scope {f['scope']}")
            if f["key"] in RATE_ONLY and f["value"] is not None:
                P(r, f"rate-only with value {f['key']}")
            if f["value"] is not None and not any(in_text(text, x) for x in fmt_variants(f["value"])):
                P(r, f"value not in text {sk} {f['value']}")
            if f["pct"] is not None and not any(in_text(text, x) for x in pct_variants(f["pct"])):
                P(r, f"pct not in text {sk} {f['pct']}")
            if f["scope"].startswith("field:") and f["scope"][6:] not in text.lower():
                P(r, f"field name not in text {f['scope']}")
        for cx in r["context"]:
            if cx not in text:
                P(r, f"context {cx} not in text")
        # relations
        fails = {(s, k, rule) for s, k, rule, ok in relations(gold["figures"]) if not ok}
        declared = {(f["scope"], frozenset(f["keys"])) for f in gold["findings"]}
        required = {(f["scope"], frozenset(f["keys"])) for f in gold["findings"]
                    if not f["note"].startswith("[table-total]")}
        got = {(s, k) for s, k, _ in fails}
        if not (required <= got <= declared):
            P(r, f"relations failing {sorted((s, sorted(k), rl) for s, k, rl in fails)} != declared {sorted((s, sorted(k)) for s, k in declared)}")
        # table arithmetic
        tfails = []
        for label, checks in r["tables"]:
            for i, (total, parts) in enumerate(checks):
                if total != sum(parts):
                    tfails.append(f"{label}#{i}: {total} vs {sum(parts)}")
        ntt = sum(1 for f in gold["findings"] if f["note"].startswith("[table-total]"))
        if len(tfails) != ntt:
            P(r, f"table checks failing {tfails}, declared table-total {ntt}")
        # planted rate not explained by any integer in the text
        ints = {int(x.replace(".", "")) for x in re.findall(r"(?<![\d,])\d{1,3}(?:\.\d{3})*(?![\d,])", text)}
        for f in gold["findings"]:
            if f["severity"] == "warning":
                num = [g for g in gold["figures"] if g["scope"] == f["scope"] and g["key"] == f["keys"][0]][0]["value"]
                hit = [b for b in ints if b and rate_ok(f["found"], num, b)]
                if hit:
                    P(r, f"planted rate explained by {hit}")
        for f in gold["findings"]:
            for k in ("scope", "keys", "severity", "expected", "found", "note"):
                if k not in f:
                    P(r, f"finding lacks {k}")
        print(f"{r['slug']}: {nl} lines, {len(gold['figures'])} figures, {len(gold['findings'])} findings, "
              f"{sum(len(c) for _, c in r['tables'])} table checks, {len(relations(gold['figures']))} relations")

    print("\n".join(problems) if problems else "ALL OK")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
