#!/usr/bin/env python3
"""heldout6 validation (heldout5's, with heldout5 and inserts6 added to the folders grepped for used unit names) (exit status 1 on any problem).

  0. identity: the unit is one of the 114 units, not used in devset, devset2, the seeds or their non-reports,
     and used once here; the period lies in 2025-07 .. 2026-10; keys and scopes are those of figures.md;
  1. every gold value, percentage and `of` is in the report's .txt; every context (trap) number too;
  2. an independent checker (devset2's, copied) recomputes every relation under every accounting and every
     rate against every base; what it flags must equal the declared findings exactly: the 5 clean reports
     have none, and every planted error is really an error;
  3. every rate that is not planted is exact on its natural base (round half-up, or truncation);
  4. a planted wrong rate is not explained by any integer written anywhere in its report;
  5. report-specific checks (EXTRA): month columns add up to the quarter, (3)=(1)+(2) rows, etc.
"""
import csv, os, re, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = "/work/shared"
sys.path.insert(0, HERE)
import gen  # noqa: E402

RATE_ONLY = {"digitized_pct", "satisfaction_pct", "online_share_pct"}
COUNT_KEYS = [k for k in gen.KEYS.values() if k not in RATE_ONLY]
KEYS = set(gen.KEYS.values())
STATS = {"rates": 0, "trunc_differs": 0}
PROBLEMS = []


def problem(*a):
    PROBLEMS.append(" ".join(str(x) for x in a))
    print("   PROBLEM:", *a)


def pct_num(s):
    return float(s.replace(",", "."))


def decimals(s):
    s = s.replace(",", ".")
    return len(s.split(".")[1]) if "." in s else 0


def exact(value, base, pct_s, mode):
    q = Decimal(1).scaleb(-decimals(pct_s))
    return float((Decimal(value) * 100 / Decimal(base)).quantize(q, rounding=mode))


def rate_ok(value, base, pct_s):
    if not base or base <= 0:
        return False
    return pct_num(pct_s) in (exact(value, base, pct_s, ROUND_HALF_UP), exact(value, base, pct_s, ROUND_DOWN))


def fmt_int(v, sep="."):
    s = str(v)
    if v >= 1000:
        parts = []
        while s:
            parts.insert(0, s[-3:])
            s = s[:-3]
        s = sep.join(parts)
    return s


def present(txt, v):
    for s in {fmt_int(v), str(v)}:
        pat = r"(?<![\d.,])0?%s(?![\d])(?!\.\d)(?!,\d)" % re.escape(s)
        if re.search(pat, txt) is not None:
            return True
    return False


def pct_present(txt, pct_s):
    return re.search(r"(?<![\d.,])%s(?![\d])" % re.escape(pct_s), txt) is not None


def all_ints(txt):
    return {int(m.group(0).replace(".", "")) for m in re.finditer(r"\d{1,3}(?:\.\d{3})+|\d+", txt)}


class Checker:
    def __init__(self, figs, spec, procs, planted_rates=()):
        self.acct = spec.get("acct", "beside")
        self.carried = spec.get("carried", "inside")
        self.mode = ROUND_DOWN if spec.get("rates") == "trunc" else ROUND_HALF_UP
        self.procs = procs
        self.planted = set(planted_rates)
        self.f = {}
        for scope, key, value, pct_s, of, _ in figs:
            self.f.setdefault(scope, {})
            if key not in self.f[scope]:
                self.f[scope][key] = (value, pct_s, of)
        self.findings = []
        self.strict_fail = []

    def v(self, scope, key):
        x = self.f.get(scope, {}).get(key)
        return None if x is None else x[0]

    def flag(self, scope, keys, severity, expected, found, note):
        self.findings.append(dict(scope=scope, keys=keys, severity=severity, expected=expected, found=found,
                                  note=note))

    def run(self):
        for scope in self.f:
            self.scope_rules(scope)
        self.field_sums()
        self.proc_tables()
        return self.findings

    def scope_rules(self, s):
        g = lambda k: self.v(s, k)  # noqa: E731
        tot, on, di, car, inp = (g("received_total"), g("received_online"), g("received_direct"),
                                 g("carried_over"), g("received_in_period"))
        # intake: online + direct against the total (carried inside or outside) or the in-period count
        if tot is not None and on is not None and di is not None:
            sm = on + di
            ok = sm == tot or (car is not None and sm + car == tot) or (inp is not None and sm == inp)
            if not ok:
                keys = ["received_total", "received_online", "received_direct"] + (["carried_over"] if car is not None else [])
                found = sm + car if car is not None and self.carried == "inside" else sm
                self.flag(s, keys, "error", tot, found, "intake")
        if tot is not None and car is not None and inp is not None and inp + car != tot and inp != tot:
            self.flag(s, ["received_total", "received_in_period", "carried_over"], "error", tot, inp + car, "carried")
        # resolution: resolved + in progress (+ any of withdrawn, refused) against the total
        res, ip, w, r = g("resolved_total"), g("in_progress"), g("withdrawn"), g("rejected")
        if tot is not None and res is not None:
            base = res + (ip or 0)
            sums = {base, base + (w or 0), base + (r or 0), base + (w or 0) + (r or 0)}
            totals = {tot}
            if car is not None:
                totals |= {tot + car}
            if inp is not None:
                totals |= {inp} | ({inp + car} if car is not None else set())
            if not (sums & totals):
                if self.acct == "beside":
                    keys = [k for k in ["received_total", "resolved_total", "in_progress", "withdrawn", "rejected"] if g(k) is not None]
                    found = base + (w or 0) + (r or 0)
                else:
                    keys = [k for k in ["received_total", "resolved_total", "in_progress"] if g(k) is not None]
                    found = base
                expected = tot + car if car is not None and self.carried == "outside" else tot
                self.flag(s, keys, "error", expected, found, "resolution")
        # breakdown of resolved: early / on time / late (or early-or-on-time), withdrawn/refused inside or not
        e, o, l, eo = g("resolved_early"), g("resolved_on_time"), g("resolved_late"), g("resolved_early_or_on_time")
        if res is not None and (eo is not None or (e is not None and o is not None)):  # heldout3: only a complete breakdown
            parts = (eo if eo is not None else (e or 0) + (o or 0)) + (l or 0)
            cands = {parts, parts + (w or 0), parts + (r or 0), parts + (w or 0) + (r or 0)}
            if res not in cands:
                keys = ["resolved_total"] + [k for k in ["resolved_early", "resolved_on_time", "resolved_early_or_on_time", "resolved_late"] if g(k) is not None]
                found = parts if self.acct == "beside" else parts + (w or 0) + (r or 0)
                self.flag(s, keys, "error", res, found, "breakdown")
        if eo is not None and e is not None and o is not None and e + o != eo:
            self.flag(s, ["resolved_early_or_on_time", "resolved_early", "resolved_on_time"], "error", eo, e + o, "eo")
        if g("in_progress_overdue") is not None and ip is not None and g("in_progress_overdue") > ip:
            self.flag(s, ["in_progress", "in_progress_overdue"], "error", ip, g("in_progress_overdue"), "overdue")
        # procedures
        pt, pf, pp, pn = g("procedures_total"), g("procedures_full_online"), g("procedures_partial_online"), g("procedures_not_online")
        if pt is not None and pf is not None and pp is not None:
            sm = pf + pp + (pn or 0)
            if sm != pt:
                keys = ["procedures_total", "procedures_full_online", "procedures_partial_online"] + (["procedures_not_online"] if pn is not None else [])
                self.flag(s, keys, "error", pt, sm, "procedures")
        pw, pfw, ppw = g("procedures_with_records"), g("procedures_full_online_with_records"), g("procedures_partial_online_with_records")
        if pw is not None and pfw is not None and ppw is not None and pfw + ppw != pw:
            self.flag(s, ["procedures_with_records", "procedures_full_online_with_records", "procedures_partial_online_with_records"], "error", pw, pfw + ppw, "pwr")
        for a, b in (("procedures_full_online_with_records", "procedures_full_online"),
                     ("procedures_partial_online_with_records", "procedures_partial_online")):
            if g(a) is not None and g(b) is not None and g(a) > g(b):
                self.flag(s, [b, a], "error", g(b), g(a), "pwr-bound")
        # fees, feedback, X/Y
        fr, fp = g("fee_records"), g("fee_paid_online")
        if fr is not None and fp is not None and fp > fr:
            self.flag(s, ["fee_records", "fee_paid_online"], "error", fr, fp, "fee")
        fb, fbr = g("feedback_received"), g("feedback_resolved")
        if fb is not None and fbr is not None and fbr > fb:
            self.flag(s, ["feedback_received", "feedback_resolved"], "error", fb, fbr, "feedback")
        for key, (value, pct_s, of) in self.f[s].items():
            if of is not None and value is not None and value > of:
                self.flag(s, [key], "error", of, value, "of")
        # rates
        for key, (value, pct_s, of) in self.f[s].items():
            if pct_s is None:
                continue
            if key == "online_share_pct":
                value = on
            if value is None:
                continue
            bases = self.bases(s, key, of)
            nat = self.natural_base(s, key, of)
            if not bases or nat is None:
                problem("no base for", s, key, pct_s)
                continue
            STATS["rates"] += 1
            if exact(value, nat, pct_s, ROUND_HALF_UP) != exact(value, nat, pct_s, ROUND_DOWN):
                STATS["trunc_differs"] += 1
            if (s, key) not in self.planted and pct_num(pct_s) != exact(value, nat, pct_s, self.mode):
                self.strict_fail.append((s, key, pct_s, value, nat))
            if not any(rate_ok(value, b, pct_s) for b in bases):
                self.flag(s, [key], "warning", exact(value, nat, pct_s, self.mode), pct_num(pct_s), "rate")

    def bases(self, s, key, of):
        """Every base the report could mean (figures.md, Findings)."""
        g = lambda k: self.v(s, k)  # noqa: E731
        rt, inp, res, ip, on, di = (g("received_total"), g("received_in_period"), g("resolved_total"),
                                    g("in_progress"), g("received_online"), g("received_direct"))
        w, r = g("withdrawn") or 0, g("rejected") or 0
        b = [of]
        if key.startswith("procedures"):
            pf, pp = g("procedures_full_online"), g("procedures_partial_online")
            b += [(pf + pp) if pf is not None and pp is not None else None, g("procedures_total")]
            if key == "procedures_full_online_with_records":
                b += [pf]
            if key == "procedures_partial_online_with_records":
                b += [pp]
        elif key == "fee_paid_online":
            b += [g("fee_records")]
        elif key == "feedback_resolved":
            b += [g("feedback_received")]
        else:
            b += [rt, inp, (on + di) if on is not None and di is not None else None]
            if res is not None:
                b += [res, res + (ip or 0), res + w + r, res - w - r]
            if key == "data_reused":
                b += [g("archived")]
        return [x for x in b if x]

    def natural_base(self, s, key, of):
        g = lambda k: self.v(s, k)  # noqa: E731
        if of is not None:
            return of
        rt, inp, res, on, di = (g("received_total"), g("received_in_period"), g("resolved_total"),
                                g("received_online"), g("received_direct"))
        if key in ("received_online", "received_direct", "online_share_pct"):
            # the records received in the period: stated, or the total less carried-over records inside it
            if inp is not None:
                return inp
            car = g("carried_over")
            if car is not None and self.carried == "inside" and rt is not None:
                return rt - car
            return rt
        if key in ("resolved_total", "in_progress", "withdrawn", "rejected", "in_progress_overdue", "data_reused"):
            return rt
        if key in ("resolved_early", "resolved_on_time", "resolved_late", "resolved_early_or_on_time", "archived"):
            return res
        if key == "fee_paid_online":
            return g("fee_records")
        if key == "feedback_resolved":
            return g("feedback_received")
        if key == "procedures_with_records":
            pf, pp = g("procedures_full_online"), g("procedures_partial_online")
            return (pf + pp) if pf is not None and pp is not None else g("procedures_total")
        if key == "procedures_full_online_with_records":
            return g("procedures_full_online")
        if key == "procedures_partial_online_with_records":
            return g("procedures_partial_online")
        return None

    def field_sums(self):
        fields = [s for s in self.f if s.startswith("field:")]
        for key in COUNT_KEYS:
            vals = [self.v(s, key) for s in fields if self.v(s, key) is not None]
            ward = self.v("ward", key)
            if vals and ward is not None and sum(vals) != ward:
                self.flag("ward", [key], "error", ward, sum(vals), "field-sum")

    def proc_tables(self):
        for t in self.procs:
            for key, c in t["cols"].items():
                if c["total"] is not None and c["rows"] and sum(c["rows"]) != c["total"]:
                    self.flag(t["scope"], [key], "error", c["total"], sum(c["rows"]), "table-total")


def norm_finding(f):
    return (f["scope"], tuple(sorted(f["keys"])), f["severity"], round(float(f["expected"]), 4),
            round(float(f["found"]), 4))



USED_ELSEWHERE = {
    # devset
    "Hồng Bàng", "Ngô Quyền", "Hải An", "Kiến An", "Thủy Nguyên", "An Lão", "Tiên Lãng", "Vĩnh Bảo", "Thành Đông",
    "Nam Sách", "Tứ Minh", "Lê Chân", "Kiến Thụy", "Đồ Sơn",
    # seeds
    "Chí Linh", "Đông Hải", "Gia Phúc", "Kẻ Sặt", "Lê Đại Hành",
    # devset2 (reports, non-reports, and units it names)
    "Dương Kinh", "Tân Kỳ", "Cát Hải", "Trần Hưng Đạo", "Kiến Hải", "Ái Quốc", "Vĩnh Thuận", "Hưng Đạo",
    "Thanh Miện", "Nguyễn Trãi", "Chấn Hưng", "Kinh Môn", "Vĩnh Hải", "An Dương", "Tiên Minh", "Bạch Long Vĩ",
    "Hải Dương", "An Biên", "Tứ Kỳ",
    # heldout3 (reports and units it names)
    "Hồng An", "Tuệ Tĩnh", "Lê Thanh Nghị", "Nguyên Giáp", "Phạm Sư Mạnh", "Yết Kiêu", "Bạch Đằng", "Khúc Thừa Dụ",
    "Nam Triệu", "An Khánh", "Tân Hưng", "Hòa Bình"}

FORBIDDEN_DIRS = ["/work/shared/devset", "/work/shared/devset2", "/work/shared/corpus/seeds", "/work/shared/gold",
                  "/work/main/corpus/heldout3", "/work/main/corpus/heldout4",
                  "/work/main/corpus/heldout5", "/work/main/corpus/inserts6"]


def names_used_elsewhere(all_names):
    """heldout5: every unit name (of the 114) that occurs anywhere in the forbidden folders' text files."""
    import subprocess
    used = set(USED_ELSEWHERE)
    for n in all_names:
        r = subprocess.run(["grep", "-rlF", "--include=*.txt", "--include=*.json", "--include=*.md",
                            "--include=*.py", "--include=*.src", "--include=*.tsv", n] + FORBIDDEN_DIRS,
                           capture_output=True, text=True)
        if r.stdout.strip():
            used.add(n)
    return used


def main():
    only = sys.argv[1:]
    built = gen.build_all(only)
    units = {}
    with open(os.path.join(SHARED, "data", "hai-phong-units.tsv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            units[row["name"]] = row["type"]
    seen_units = set()
    used_elsewhere = names_used_elsewhere(units)
    # a unit whose name contains a used name (Bắc Thanh Miện / Thanh Miện) is avoided too
    used_elsewhere |= {n for n in units if any(u != n and u in n for u in used_elsewhere)}
    nclean = nfind = 0
    for name, b in built.items():
        nprob = len(PROBLEMS)
        mod, txt, occ = b["mod"], b["txt"], b["occ"]
        typ, nm = mod.META["unit"]
        if units.get(nm) != typ:
            problem(name, "unit not in hai-phong-units.tsv:", typ, nm)
        if nm in used_elsewhere or nm in seen_units:
            problem(name, "unit used elsewhere:", nm)
        # heldout5: every unit named in the text (other wards in traps, too) is unused elsewhere
        for other in units:
            if other != nm and re.search(r"(?:phường|xã|đặc khu|Phường|Xã|PHƯỜNG|XÃ)\s+%s(?!\w)" % re.escape(other), txt):
                if other in used_elsewhere:
                    problem(name, "names a unit used elsewhere:", other)
                NAMED.setdefault(other, set()).add(name)
        seen_units.add(nm)
        a, z = mod.META["period"]
        if not ("2025-07-01" <= a <= z <= "2026-10-31"):
            problem(name, "period out of range", a, z)
        if nm not in txt:
            problem(name, "unit name not in text")
        if not unicodedata.is_normalized("NFC", txt):
            problem(name, "text not NFC")
        figs = []
        for o in occ:
            scope, key, value, pct_s, of = o["scope"], o["key"], o["value"], o["pct"], o["of"]
            figs.append((scope, key, value, pct_s, of, o["src"]))
            if key not in KEYS:
                problem(name, "unknown key", key)
            if not (scope == "ward" or scope in ("sector:police", "sector:military", "sector:land", "sector:insurance")
                    or (scope.startswith("field:") and scope == scope.lower() and "lĩnh vực" not in scope)):
                problem(name, "bad scope", scope)
            if (value is None) != (key in RATE_ONLY) and not (value is None and pct_s is not None and key == "procedures_with_records"):
                problem(name, "rate-only mismatch", scope, key, value)
            if value is not None and not present(txt, value):
                problem(name, "MISSING value", scope, key, value)
            if pct_s is not None and not pct_present(txt, pct_s):
                problem(name, "MISSING pct", scope, key, pct_s)
            if of is not None and not present(txt, of):
                problem(name, "MISSING of", scope, key, of)
        for c in b["context"]:
            if not (present(txt, c) if isinstance(c, int) else pct_present(txt, c)):
                problem(name, "MISSING context number", c)
        # conflicts
        seen, conflicts = {}, []
        for scope, key, value, pct_s, of, _ in figs:
            k = (scope, key)
            if k in seen:
                if seen[k] != value and value is not None:
                    conflicts.append(dict(scope=scope, keys=[key], severity="error", expected=seen[k], found=value,
                                          note="conflict"))
                continue
            seen[k] = value
        declared = mod.FINDINGS
        spec = dict(acct=mod.META.get("acct", "beside"), carried=mod.META.get("carried", "inside"),
                    rates=mod.META.get("rates", "round"))
        planted = [(f["scope"], f["keys"][0]) for f in declared if f["severity"] == "warning"]
        chk = Checker(figs, spec, [], planted)
        computed = conflicts + chk.run()
        cset = sorted(norm_finding(f) for f in computed)
        dset = sorted(norm_finding(f) for f in declared)
        for f in declared:
            m = re.match(r"\[([a-z-]+)\]", f["note"])
            if not m or m.group(1) not in RULES:
                problem(name, "finding note lacks a rule kind:", f["note"][:40])
            if (f["severity"] == "warning") != bool(m and m.group(1) == "rate"):
                problem(name, "severity/rule mismatch", f["note"][:40])
        if cset != dset:
            problem(name, "computed findings != declared")
            for f in computed:
                print("      computed:", norm_finding(f), f["note"])
            for f in declared:
                print("      declared:", norm_finding(f))
        for s, key, pct_s, value, nat in chk.strict_fail:
            problem(name, "rate not exact on its natural base:", s, key, pct_s, "%d/%d" % (value, nat))
        ints = sorted(all_ints(txt))
        for f in declared:
            if f["severity"] != "warning":
                continue
            value, pct_s, of = chk.f[f["scope"]][f["keys"][0]]
            for bb in ints:
                if rate_ok(value, bb, pct_s):
                    problem(name, "planted rate %s %s explained by base %d" % (f["keys"][0], pct_s, bb))
        if hasattr(mod, "EXTRA"):
            for p in mod.EXTRA(mod.N):
                problem(name, "extra:", p)
        nclean += not declared
        nfind += len(declared)
        print("%-34s figures=%3d findings=%d rates=%2d %s" % (
            name, len(b["gold"]["figures"]), len(declared), STATS["rates"],
            "OK" if len(PROBLEMS) == nprob else "PROBLEMS"))
        STATS["rates"] = STATS["trunc_differs"] = 0
    for other, where in NAMED.items():
        if other in seen_units:
            problem("unit %s is reported on and also named in %s" % (other, sorted(where)))
    print("other units named:", {k: sorted(v) for k, v in NAMED.items()})
    print("%d reports, %d clean, %d planted findings" % (len(built), nclean, nfind))
    print("ALL OK" if not PROBLEMS else "PROBLEMS FOUND: %d" % len(PROBLEMS))
    return 0 if not PROBLEMS else 1


NAMED = {}
RULES = {"parts-sum", "parts-exceed-total", "rate", "table-total", "field-sum", "conflicting-statements"}

if __name__ == "__main__":
    sys.exit(main())
