#!/usr/bin/env python3
"""Checks the table corpus: gold shape, figures present in the text, table sums
recomputed from the .txt tables themselves, every arithmetic relation between
gold figures under every accounting, and every rate against every natural base.
The relations that fail must be exactly the declared findings (by scope + keys);
clean reports must have none. Exit status 1 on any problem.

usage: python3 validate.py
"""
import itertools
import json
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLES = HERE.parents[1] / "corpus" / "tables"
SPEC = Path("/work/shared/spec/figures.md")

KEYS = set(re.findall(r"^\| `([a-z_]+)`", SPEC.read_text(), re.M))
KEYS |= {"feedback_received", "feedback_resolved"}
SCOPE_RE = re.compile(r"^(ward|sector:(police|military|land|insurance)|field:[^A-ZĐ]+)$")
UNITS = {}
for line in Path("/work/shared/data/hai-phong-units.tsv").read_text().splitlines()[1:]:
    t, n, _ = line.split("\t")
    UNITS[n] = t

problems = []


def bad(file, msg):
    problems.append(f"{file}: {msg}")


def num(c):
    c = c.strip()
    if not c or not re.fullmatch(r"\d{1,3}(\.\d{3})*|\d+", c):
        return None
    return int(c.replace(".", ""))


def vn(n):
    return f"{n:,}".replace(",", ".")


def pct_strings(p):
    s = f"{p:.2f}".rstrip("0").rstrip(".")
    out = {s.replace(".", ","), s}
    if "." not in s:
        out |= {s + ",0", s + ",00"}
    else:
        out.add(s.replace(".", ",") + "0")
    return out


# ------------------------------------------------------------------ tables from the text


def blocks(lines):
    i, out = 0, []
    while i < len(lines):
        if "\t" in lines[i]:
            b = []
            while i < len(lines) and "\t" in lines[i]:
                b.append((i + 1, lines[i].split("\t")))
                i += 1
            out.append(b)
        else:
            i += 1
    return out


TOTAL_LABELS = {"cộng", "tổng cộng", "tổng số"}
PERIOD_SUM = re.compile(r"^(quý [ivx]+|cộng quý [ivx]+|6 tháng)$", re.I)
SUBPERIOD = re.compile(r"^(tháng \d+|quý [ivx]+)$", re.I)


def table_checks(file, lines):
    """Returns a list of (kind, description, label, col_header, stated, computed)."""
    res = []
    for b in blocks(lines):
        header = b[0][1]
        data = [(ln, r) for ln, r in b if any(num(c) is not None for c in r[2:] if c)]
        # drop repeated headers / column-number rows: they have no counts
        # 1) vertical total rows
        tot = [(ln, r) for ln, r in data if any(c.strip().lower() in TOTAL_LABELS for c in r[:2])]
        body = [(ln, r) for ln, r in data if (ln, r) not in tot]
        if tot and header[-1].strip().lower() != "tổng số":
            width = max(len(r) for _, r in b)
            for ln, tr in tot:
                for j in range(2, width):
                    t = num(tr[j]) if j < len(tr) else None
                    if t is None and (j >= len(tr) or tr[j].strip() not in ("-", "", "0")):
                        continue
                    s = sum((num(r[j]) or 0) for _, r in body if j < len(r))
                    if (t or 0) != s:
                        # name the column by the nearest non-empty header cell(s)
                        hdr = " / ".join(x[1][j] for x in b[:3] if j < len(x[1]) and x[1][j].strip()
                                         and num(x[1][j]) is None)
                        res.append(("column", hdr, tr[1] or tr[0], t, s))
        # 2) horizontal: last column 'Tổng số' (fields as columns) or a period-sum column
        last = header[-1].strip()
        if last.lower() == "tổng số" or PERIOD_SUM.match(last):
            sub = [j for j, h in enumerate(header) if j < len(header) - 1 and
                   (SUBPERIOD.match(h.strip()) if PERIOD_SUM.match(last) else (j >= 1 and h.strip()))]
            for ln, r in b[1:]:
                if "," in "".join(r[1:]):
                    continue  # a rate row
                vals = [num(r[j]) for j in sub]
                t = num(r[-1]) if r[-1].strip() not in ("", "-") else 0
                if t is None:
                    continue
                s = sum(v or 0 for v in vals)
                if s != t:
                    res.append(("row", r[1] if r[0].strip().isdigit() else r[0], last, t, s))
    return res


# ------------------------------------------------------------------ relations between figures


def subsets(xs):
    for n in range(len(xs) + 1):
        yield from itertools.combinations(xs, n)


def relations(figs):
    """Yield (rule, scope, keys, expected, found) for every relation that fails under every accounting."""
    by = {}
    for f in figs:
        by.setdefault(f["scope"], {})[f["key"]] = f
    V = {s: {k: f["value"] for k, f in d.items() if f["value"] is not None} for s, d in by.items()}
    out = []
    for s, v in V.items():
        g = v.get
        # intake
        if g("received_online") is not None and g("received_direct") is not None:
            parts = g("received_online") + g("received_direct")
            totals = [x for x in (g("received_total"), g("received_in_period")) if x is not None]
            if g("received_total") is not None and g("carried_over") is not None:
                totals.append(g("received_total") - g("carried_over"))
            if totals and parts not in totals:
                out.append(("parts-sum", s, {"received_total", "received_online", "received_direct"},
                            totals[0], parts))
        if None not in (g("received_total"), g("carried_over"), g("received_in_period")):
            if g("carried_over") + g("received_in_period") != g("received_total"):
                out.append(("parts-sum", s, {"received_total", "carried_over", "received_in_period"},
                            g("received_total"), g("carried_over") + g("received_in_period")))
        for part in ("received_online", "received_direct"):
            if g(part) is not None and g("received_total") is not None and g(part) > g("received_total"):
                out.append(("parts-exceed-total", s, {"received_total", part}, g("received_total"), g(part)))
        # resolution
        if g("received_total") is not None and g("resolved_total") is not None:
            extra = [k for k in ("withdrawn", "rejected") if g(k) is not None]
            totals = {g("received_total")}
            if g("received_in_period") is not None:
                totals.add(g("received_in_period"))
            if g("carried_over") is not None:
                totals.add(g("received_total") + g("carried_over"))
            if g("in_progress") is not None:
                ok = any(g("resolved_total") + g("in_progress") + sum(g(k) for k in sub) in totals
                         for sub in subsets(extra))
                if not ok:
                    out.append(("parts-sum", s, {"received_total", "resolved_total", "in_progress"} | set(extra),
                                g("received_total"),
                                g("resolved_total") + g("in_progress") + sum(g(k) for k in extra)))
            elif g("resolved_total") > max(totals):
                out.append(("parts-exceed-total", s, {"received_total", "resolved_total"},
                            g("received_total"), g("resolved_total")))
        # breakdown of resolved
        if g("resolved_total") is not None:
            for parts_keys in (("resolved_early", "resolved_on_time", "resolved_late"),
                               ("resolved_early_or_on_time", "resolved_late")):
                if all(g(k) is not None for k in parts_keys):
                    parts = sum(g(k) for k in parts_keys)
                    extra = [k for k in ("withdrawn", "rejected") if g(k) is not None]
                    if not any(parts + sum(g(k) for k in sub) == g("resolved_total") for sub in subsets(extra)):
                        out.append(("parts-sum", s, {"resolved_total", *parts_keys}, g("resolved_total"), parts))
        for a, b in (("in_progress", "in_progress_overdue"), ("fee_records", "fee_paid_online"),
                     ("feedback_received", "feedback_resolved"), ("procedures_total", "procedures_with_records")):
            if g(a) is not None and g(b) is not None and g(b) > g(a):
                out.append(("parts-exceed-total", s, {a, b}, g(a), g(b)))
        if None not in (g("procedures_total"), g("procedures_full_online"), g("procedures_partial_online")):
            p = g("procedures_full_online") + g("procedures_partial_online") + (g("procedures_not_online") or 0)
            if p != g("procedures_total"):
                out.append(("parts-sum", s, {"procedures_total", "procedures_full_online",
                                             "procedures_partial_online"}, g("procedures_total"), p))
        for f in by[s].values():
            if f["of"] is not None and f["value"] is not None and f["value"] > f["of"]:
                out.append(("parts-exceed-total", s, {f["key"]}, f["of"], f["value"]))
    # field sums against the ward
    fields = [s for s in V if s.startswith("field:")]
    if fields and "ward" in V:
        for k, w in V["ward"].items():
            vals = [V[s][k] for s in fields if k in V[s]]
            if vals and sum(vals) != w and k.startswith(("received", "resolved", "in_progress", "withdrawn",
                                                         "rejected")):
                out.append(("field-sum", "ward", {k}, w, sum(vals)))
    # rates
    for s, d in by.items():
        v = V[s]
        for f in d.values():
            if f["pct"] is None or f["value"] is None:
                continue
            bases = set()
            if f["of"]:
                bases.add(f["of"])
            for k in ("received_total", "received_in_period", "resolved_total", "fee_records", "procedures_total",
                      "feedback_received"):
                if v.get(k):
                    bases.add(v[k])
            if v.get("received_online") is not None and v.get("received_direct") is not None:
                bases.add(v["received_online"] + v["received_direct"])
            if v.get("resolved_total") is not None:
                for sub in subsets([k for k in ("in_progress", "withdrawn", "rejected") if k in v]):
                    bases.add(v["resolved_total"] + sum(v[k] for k in sub))
            txt = f"{f['pct']}"
            dec = len(txt.split(".")[1]) if "." in txt and not txt.endswith(".0") else 0
            dec = max(dec, 2) if f["pct"] != round(f["pct"]) else dec
            ok = False
            for b in bases:
                x = f["value"] * 100 / b
                for dd in {dec, 2, 1, 0}:
                    if abs(round(x + 1e-9, dd) - f["pct"]) < 1e-6 or abs(math.floor(x * 10 ** dd + 1e-9) / 10 ** dd - f["pct"]) < 1e-6:
                        ok = True
            if bases and not ok:
                out.append(("rate", s, {f["key"]}, None, f["pct"]))
    return out


# ------------------------------------------------------------------ main


def main():
    golds = sorted((TABLES / "gold").glob("*.json"))
    if len(golds) != 14:
        bad("corpus", f"{len(golds)} gold files, expected 14")
    seen_units = set()
    n_planted = 0
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        file = g["file"]
        tp = TABLES / f"{file}.txt"
        text = tp.read_text(encoding="utf-8")
        lines = text.split("\n")[:-1]
        if "\r" in text or not text.endswith("\n"):
            bad(file, "CR or missing final LF")
        if not 25 <= len(lines) <= 60:
            bad(file, f"{len(lines)} lines")
        if set(g) != {"file", "unit", "period", "figures", "findings"}:
            bad(file, f"top-level keys {sorted(g)}")
        if UNITS.get(g["unit"]["name"]) != g["unit"]["type"]:
            bad(file, f"unit {g['unit']} not in hai-phong-units.tsv")
        if g["unit"]["name"] in seen_units:
            bad(file, "unit used twice")
        seen_units.add(g["unit"]["name"])
        if g["unit"]["name"].upper() not in lines[0]:
            bad(file, "unit not in the header line")
        seen = set()
        for f in g["figures"]:
            if set(f) != {"scope", "key", "value", "pct", "of"}:
                bad(file, f"figure fields {sorted(f)}")
            if f["key"] not in KEYS:
                bad(file, f"unknown key {f['key']}")
            if not SCOPE_RE.match(f["scope"]) or "lĩnh vực" in f["scope"]:
                bad(file, f"bad scope {f['scope']}")
            if (f["scope"], f["key"]) in seen:
                bad(file, f"duplicate {f['scope']}/{f['key']}")
            seen.add((f["scope"], f["key"]))
            if f["value"] is None and f["pct"] is None:
                bad(file, f"empty figure {f}")
            if f["key"].endswith("_pct") and f["value"] is not None:
                bad(file, f"rate with value {f}")
            for x in (f["value"], f["of"]):
                if x is not None:
                    pats = [re.escape(vn(x))] + ([f"0{x}"] if x < 10 else [])
                    if not re.search(r"(?<![\d.,])(" + "|".join(pats) + r")(?![\d]|[.,]\d)", text):
                        bad(file, f"{f['scope']}/{f['key']} value {x} not in text")
            if f["pct"] is not None and not any(re.search(r"(?<![\d,])" + re.escape(p) + r"(?![\d,])", text)
                                                for p in pct_strings(f["pct"])):
                bad(file, f"{f['scope']}/{f['key']} pct {f['pct']} not in text")
        # figures' scopes: every field row should be present
        # findings declared
        declared = []
        for d in g["findings"]:
            if not {"scope", "keys", "severity", "expected", "found", "note"} <= set(d):
                bad(file, f"finding fields {sorted(d)}")
            rule = re.match(r"\[([a-z-]+)\]", d["note"]).group(1)
            declared.append((rule, d["scope"], frozenset(d["keys"]), d.get("optional", False), d))
            if d["severity"] != ("warning" if rule == "rate" else "error"):
                bad(file, f"severity of {rule}")
        if any(not x[3] for x in declared):
            n_planted += 1
        # 1) table sums recomputed from the text
        tab = table_checks(file, lines)
        tt_declared = [x for x in declared if x[0] == "table-total"]
        if len(tab) != len(tt_declared):
            bad(file, f"table checks found {tab}, declared table-total {[(x[1], set(x[2])) for x in tt_declared]}")
        for kind, label, col, stated, computed in tab:
            if not any(x[4]["expected"] == stated and x[4]["found"] == computed for x in tt_declared):
                bad(file, f"table mismatch {kind} {label!r} {col!r}: stated {stated}, computed {computed} "
                          f"not declared with these numbers")
        # 2) relations between gold figures
        rel = relations(g["figures"])
        covered = set()
        for rule, scope, keys, exp, found in rel:
            match = [x for x in declared if (x[1] == scope or scope in x[4].get("alt_scopes", []))
                     and len(set(keys) & set(x[2])) >= min(2, len(x[2]))]
            if not match:
                bad(file, f"undeclared failing relation [{rule}] {scope} {sorted(keys)} expected {exp} found {found}")
            covered |= {id(x[4]) for x in match}
            for x in match:
                if rule != "rate" and x[0] in ("parts-sum", "parts-exceed-total", "field-sum") and \
                        (x[4]["expected"], x[4]["found"]) != (exp, found):
                    bad(file, f"[{rule}] {scope}: computed {exp}/{found}, declared {x[4]['expected']}/{x[4]['found']}")
        for x in declared:
            if x[0] != "table-total" and not x[3] and id(x[4]) not in covered:
                bad(file, f"declared finding not reproduced: {x[0]} {x[1]} {sorted(x[2])}")
        print(f"{file}: {len(g['figures'])} figures; table checks {len(tab)}; failing relations "
              f"{sorted({(r[0], r[1], tuple(sorted(r[2]))) for r in rel})}; declared {len(declared)}")
    print(f"reports with planted errors: {n_planted}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
