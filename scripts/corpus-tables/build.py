#!/usr/bin/env python3
"""Builds the synthetic table corpus: ../NN_slug.txt and ../gold/NN_slug.json.

Synthetic test data for baocao's table reader, written without looking at the
implementation. Each report's table is generated from the numbers below, and its
gold figures are taken from the very cells that are printed (a cell printed as
"-" or left empty is no figure; a printed "0" is the figure 0). Planted errors
are overrides of single printed cells, declared with their findings.

usage: python3 build.py   (then python3 validate.py)
"""
import json
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "corpus" / "tables"
GOLD = OUT / "gold"

# ---------------------------------------------------------------- formatting


def fmt(n, lead0=False):
    """1404 -> '1.404'; with lead0, 5 -> '05'."""
    s = f"{n:,}".replace(",", ".")
    if lead0 and 0 < n < 10:
        s = "0" + s
    return s


def rate(a, b, d=2):
    """Round-half-up percentage of a over b at d decimals, as a Decimal."""
    q = Decimal(1).scaleb(-d)
    return (Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP)


def pstr(x):
    """Decimal/number -> Vietnamese decimal string ('83,25')."""
    return str(x).replace(".", ",")


def num(cell):
    """Parse a printed cell back: '1.404' -> 1404, '05' -> 5; None if not a count."""
    c = cell.strip()
    if not c or not all(ch.isdigit() or ch == "." for ch in c):
        return None
    return int(c.replace(".", ""))


def pnum(cell):
    """Parse a printed rate '83,25' / '100' -> float; None if not a number."""
    c = cell.strip().rstrip("%").strip()
    if not c:
        return None
    try:
        return float(c.replace(",", "."))
    except ValueError:
        return None


# ---------------------------------------------------------------- report object


class Report:
    def __init__(self, num_, slug, utype, uname, start, end):
        self.file = f"{num_:02d}_{slug}"
        self.utype, self.uname = utype, uname
        self.start, self.end = start, end
        self.lines = []
        self.figs = []
        self.findings = []
        self.arrangement = ""
        self.planted = "none (clean)"

    def L(self, *ls):
        self.lines.extend(ls)

    def row(self, cells):
        self.lines.append("\t".join(cells))

    def fig(self, scope, key, value=None, pct=None, of=None):
        for f in self.figs:
            if f["scope"] == scope and f["key"] == key:
                # a repeated statement: must agree (no conflicting statements planted here)
                assert f["value"] == value or value is None, (self.file, scope, key, f["value"], value)
                if f["pct"] is None and pct is not None:
                    f["pct"] = pct
                if f["of"] is None and of is not None:
                    f["of"] = of
                return
        self.figs.append({"scope": scope, "key": key, "value": value,
                          "pct": None if pct is None else float(pct), "of": of})

    def cellfig(self, scope, key, cell, pct=None):
        v = num(cell)
        if v is not None:
            self.fig(scope, key, v, pct)

    def finding(self, scope, keys, severity, expected, found, note, **extra):
        d = {"scope": scope, "keys": keys, "severity": severity,
             "expected": expected, "found": found, "note": note}
        d.update(extra)
        self.findings.append(d)

    def header(self, doc_no, day, month, year, title_lines, kinh_gui=True):
        word = {"phuong": "PHƯỜNG", "xa": "XÃ", "dac_khu": "ĐẶC KHU"}[self.utype]
        wl = {"phuong": "phường", "xa": "xã", "dac_khu": "đặc khu"}[self.utype]
        self.L(f"UBND {word} {self.uname.upper()}",
               "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
               f"Số: {doc_no:02d}/BC-TTPVHCC",
               "",
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc",
               "",
               f"{self.uname}, ngày {day:02d} tháng {month} năm {year}",
               "",
               "BÁO CÁO")
        self.L(*title_lines)
        if kinh_gui:
            self.L(f"Kính gửi: Ủy ban nhân dân {wl} {self.uname}.")
        self.L("")

    def closing(self, what, signer, recipients=("UBND {wl};", "Lưu: VT, TTPVHCC."), sign="GIÁM ĐỐC"):
        wl = {"phuong": "phường", "xa": "xã", "dac_khu": "đặc khu"}[self.utype]
        self.L("", f"Trên đây là báo cáo {what} của Trung tâm Phục vụ hành chính công {wl} {self.uname}./.",
               "", "Nơi nhận:")
        for r in recipients:
            self.L("- " + r.format(wl=wl))
        self.L("", sign, "", signer)

    def write(self):
        text = "\n".join(self.lines) + "\n"
        (OUT / f"{self.file}.txt").write_text(text, encoding="utf-8")
        gold = {"file": self.file, "unit": {"type": self.utype, "name": self.uname},
                "period": {"start": self.start, "end": self.end},
                "figures": self.figs, "findings": self.findings}
        GOLD.mkdir(exist_ok=True)
        (GOLD / f"{self.file}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
        n = len(self.lines)
        assert 25 <= n <= 60, (self.file, n)
        return n


# ---------------------------------------------------------------- record helpers

REC_KEYS = ["received_total", "received_online", "received_direct", "resolved_total",
            "resolved_early", "resolved_on_time", "resolved_late", "in_progress",
            "withdrawn", "rejected"]


def rec(received, online, on_time, late, in_prog, withdrawn=0, rejected=0):
    """A consistent record line ('beside' accounting): derives direct, resolved, early."""
    resolved = received - in_prog - withdrawn - rejected
    early = resolved - on_time - late
    assert early >= 0 and received - online >= 0
    return {"received_total": received, "received_online": online,
            "received_direct": received - online, "resolved_total": resolved,
            "resolved_early": early, "resolved_on_time": on_time, "resolved_late": late,
            "in_progress": in_prog, "withdrawn": withdrawn, "rejected": rejected}


def total(recs, keys=None):
    keys = keys or list(next(iter(recs)).keys())
    return {k: sum(r[k] for r in recs) for k in keys}


def cell(v, zero="-", lead0=False):
    if v is None:
        return ""
    if v == 0:
        return zero
    return fmt(v, lead0)


def fscope(name):
    n = name.lower()
    if n.startswith("lĩnh vực "):
        n = n[len("lĩnh vực "):]
    return "field:" + n


ALL = []


def report(fn):
    ALL.append(fn)
    return fn


# ============================================================== 01 fields as rows, total last


@report
def r01():
    r = Report(1, "hong-an_2025-10", "phuong", "Hồng An", "2025-10-01", "2025-10-31")
    r.arrangement = "fields as rows × indicators as columns, two-level merged header, explicit 0 cells, total row LAST (Tổng cộng)"
    fields = [("Hộ tịch", rec(512, 468, 6, 0, 7, 2, 1)),
              ("Chứng thực", rec(903, 611, 0, 0, 0, 1, 0)),
              ("Đất đai", rec(96, 71, 9, 2, 14, 1, 1)),
              ("Bảo trợ xã hội", rec(148, 120, 4, 0, 6, 0, 1)),
              ("Người có công", rec(37, 30, 2, 0, 3, 0, 0)),
              ("Thành lập và hoạt động của hộ kinh doanh", rec(84, 84, 1, 0, 2, 1, 0)),
              ("Hoạt động xây dựng", rec(41, 41, 3, 1, 5, 0, 0)),
              ("Văn hóa", rec(25, 22, 0, 0, 1, 0, 0))]
    T = total([f for _, f in fields])
    r.header(41, 31, 10, 2025, ["Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 10 năm 2025"])
    r.L(f"Trong tháng 10 năm 2025, Trung tâm tiếp nhận {fmt(T['received_total'])} hồ sơ thủ tục hành chính "
        f"thuộc thẩm quyền giải quyết của UBND phường, đã giải quyết {fmt(T['resolved_total'])} hồ sơ. "
        "Kết quả cụ thể theo từng lĩnh vực như sau:")
    r.fig("ward", "received_total", T["received_total"])
    r.fig("ward", "resolved_total", T["resolved_total"])
    r.L("")
    r.row(["STT", "Lĩnh vực", "Tiếp nhận", "", "", "Đã giải quyết", "", "", "", "Đang giải quyết", "Rút", "Từ chối"])
    r.row(["", "", "Tổng số", "Trực tuyến", "Trực tiếp", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "", "", ""])
    for i, (name, f) in enumerate(fields, 1):
        cells = [cell(f[k], zero="0") for k in REC_KEYS]
        r.row([str(i), name] + cells)
        for k, c in zip(REC_KEYS, cells):
            r.cellfig(fscope(name), k, c)
    cells = [cell(T[k], zero="0") for k in REC_KEYS]
    r.row(["", "Tổng cộng"] + cells)
    for k, c in zip(REC_KEYS, cells):
        r.cellfig("ward", k, c)
    r.L("")
    r.L("Các hồ sơ quá hạn thuộc lĩnh vực đất đai và hoạt động xây dựng do phải xác minh nguồn gốc sử dụng đất; "
        "Trung tâm đã gửi thư xin lỗi đến công dân theo quy định.")
    r.closing("kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 10 năm 2025", "Đỗ Thị Thu Hương")
    # ward figures from the table (pass through the same path so order = document order)
    return r


# ============================================================== 02 total row first + column numbers (planted)


@report
def r02():
    r = Report(2, "gia-vien_2025-11", "phuong", "Gia Viên", "2025-11-01", "2025-11-30")
    r.arrangement = ("fields as rows, two-level header, column-number row (A, B, (1), (2), (3)=(1)+(2), …), "
                     "total row FIRST (Cộng), '-' for zero")
    fields = [("Chứng thực", rec(1118, 802, 0, 0, 0, 2, 0)),
              ("Hộ tịch", rec(436, 401, 5, 1, 6, 1, 1)),
              ("Đất đai", rec(118, 90, 11, 3, 19, 2, 1)),
              ("Hoạt động xây dựng", rec(52, 52, 4, 1, 6, 0, 0)),
              ("Bảo trợ xã hội", rec(173, 141, 6, 1, 5, 1, 0)),
              ("Người có công", rec(29, 18, 1, 0, 2, 0, 0)),
              ("Giáo dục và đào tạo", rec(64, 60, 0, 0, 1, 0, 0))]
    T = total([f for _, f in fields])
    true_late = T["resolved_late"]
    T["resolved_late"] = 9            # planted: the Cộng row says 9, the fields add up to 6
    assert true_late == 6
    cols = ["received_online", "received_direct", "received_total", "resolved_total", "resolved_early",
            "resolved_on_time", "resolved_late", "in_progress", "withdrawn", "rejected"]
    r.header(27, 28, 11, 2025, ["Kết quả tiếp nhận và giải quyết hồ sơ thủ tục hành chính",
                                "tháng 11 năm 2025"])
    r.L(f"Tháng 11/2025, Trung tâm Phục vụ hành chính công phường tiếp nhận {fmt(T['received_total'])} hồ sơ, "
        f"đã giải quyết {fmt(T['resolved_total'])} hồ sơ, còn {fmt(T['in_progress'])} hồ sơ đang giải quyết. "
        "Số liệu chi tiết tại biểu sau:")
    r.fig("ward", "received_total", T["received_total"])
    r.fig("ward", "resolved_total", T["resolved_total"])
    r.fig("ward", "in_progress", T["in_progress"])
    r.L("", "Biểu số 01. Tình hình tiếp nhận, giải quyết hồ sơ theo lĩnh vực")
    r.row(["STT", "Lĩnh vực giải quyết", "Số hồ sơ nhận giải quyết", "", "", "Số hồ sơ đã giải quyết", "", "", "",
           "Số hồ sơ đang giải quyết", "Số hồ sơ rút", "Số hồ sơ từ chối"])
    r.row(["", "", "Trực tuyến", "Trực tiếp", "Tổng số", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "", "", ""])
    r.row(["A", "B", "(1)", "(2)", "(3)=(1)+(2)", "(4)=(5)+(6)+(7)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"])
    cells = [cell(T[k]) for k in cols]
    r.row(["", "Cộng"] + cells)
    for k, c in zip(cols, cells):
        r.cellfig("ward", k, c)
    for i, (name, f) in enumerate(fields, 1):
        cells = [cell(f[k]) for k in cols]
        r.row([str(i), name] + cells)
        for k, c in zip(cols, cells):
            r.cellfig(fscope(name), k, c)
    r.L("", "Ghi chú: “-” là không phát sinh hồ sơ.")
    r.closing("kết quả tháng 11 năm 2025", "Phạm Quang Huy")
    s = T["resolved_early"] + T["resolved_on_time"] + T["resolved_late"]
    r.finding("ward", ["resolved_late"], "error", 9, true_late,
              f"[table-total] Biểu số 01: the Cộng row (first row) gives quá hạn 9, but the field rows add up to "
              f"1 (hộ tịch) + 3 (đất đai) + 1 (hoạt động xây dựng) + 1 (bảo trợ xã hội) = {true_late}")
    r.finding("ward", ["resolved_total", "resolved_early", "resolved_on_time", "resolved_late"], "error",
              T["resolved_total"], s,
              f"[parts-sum] consequence of the same cell: Cộng row trước hạn {fmt(T['resolved_early'])} + đúng hạn "
              f"{T['resolved_on_time']} + quá hạn 9 = {fmt(s)} ≠ đã giải quyết {fmt(T['resolved_total'])} "
              f"(with 6 it holds); adding rút/từ chối only widens the gap")
    r.planted = "Cộng row (first) quá hạn = 9, field rows add up to 6"
    return r


# ============================================================== 03 transposed: indicators as rows, fields as columns


@report
def r03():
    r = Report(3, "an-khanh_2025-12", "xa", "An Khánh", "2025-12-01", "2025-12-31")
    r.arrangement = "transposed: indicators as rows, fields as columns (… | Tổng số last column), empty cells for zero"
    fields = [("Hộ tịch", rec(284, 251, 3, 0, 4, 1, 0)),
              ("Chứng thực", rec(596, 403, 0, 0, 0, 1, 0)),
              ("Đất đai", rec(87, 58, 7, 2, 12, 1, 0)),
              ("Bảo trợ xã hội", rec(121, 97, 4, 0, 5, 0, 0)),
              ("Người có công", rec(38, 22, 2, 0, 3, 0, 0))]
    T = total([f for _, f in fields])
    rows = [("Tổng số hồ sơ tiếp nhận", "received_total"), ("- Tiếp nhận trực tuyến", "received_online"),
            ("- Tiếp nhận trực tiếp", "received_direct"), ("Số hồ sơ đã giải quyết", "resolved_total"),
            ("- Trước hạn", "resolved_early"), ("- Đúng hạn", "resolved_on_time"), ("- Quá hạn", "resolved_late"),
            ("Số hồ sơ đang giải quyết", "in_progress"), ("Số hồ sơ công dân xin rút", "withdrawn")]
    pr = rate(T["resolved_total"], T["received_total"])
    r.header(63, 30, 12, 2025, ["Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 12 năm 2025"])
    r.L(f"Tháng 12/2025, tổng số hồ sơ tiếp nhận là {fmt(T['received_total'])} hồ sơ; đã giải quyết "
        f"{fmt(T['resolved_total'])} hồ sơ, đạt {pstr(pr)}%. Kết quả theo lĩnh vực:")
    r.fig("ward", "received_total", T["received_total"])
    r.fig("ward", "resolved_total", T["resolved_total"], pct=pr)
    r.L("")
    r.row(["Chỉ tiêu"] + [n for n, _ in fields] + ["Tổng số"])
    for label, k in rows:
        cells = [cell(f[k], zero="") for _, f in fields] + [cell(T[k], zero="")]
        r.row([label] + cells)
        for (name, _), c in zip(fields, cells):
            r.cellfig(fscope(name), k, c)
        r.cellfig("ward", k, cells[-1])
    r.L("", "Ô để trống là không phát sinh hồ sơ.",
        "Các hồ sơ quá hạn thuộc lĩnh vực đất đai do chờ kết quả đo đạc; Trung tâm đã thông báo và xin lỗi công dân.")
    r.closing("kết quả tháng 12 năm 2025", "Nguyễn Văn Thắng", recipients=("UBND xã;", "Lưu: VT."))
    return r


# ============================================================== 04 months of the quarter as columns


@report
def r04():
    r = Report(4, "le-thanh-nghi_2025-q3", "phuong", "Lê Thanh Nghị", "2025-07-01", "2025-09-30")
    r.arrangement = "indicators as rows; columns Tháng 7 | Tháng 8 | Tháng 9 | Quý III (only Quý III is a figure)"
    m = {"received_total": (1012, 1105, 1097), "received_online": (821, 912, 908),
         "received_direct": (191, 193, 189), "resolved_total": (985, 1086, 1081),
         "resolved_early": (958, 1057, 1055), "resolved_on_time": (24, 27, 24), "resolved_late": (3, 2, 2),
         "in_progress": (22, 13, 12), "withdrawn": (5, 6, 4),
         "visitors": (1384, 1502, 1466), "feedback_received": (1, 0, 2), "feedback_resolved": (1, 0, 2)}
    q = {k: sum(v) for k, v in m.items()}
    rows = [("1. Tổng số hồ sơ tiếp nhận", "received_total"), ("- Trực tuyến", "received_online"),
            ("- Trực tiếp", "received_direct"), ("2. Hồ sơ đã giải quyết", "resolved_total"),
            ("- Trước hạn", "resolved_early"), ("- Đúng hạn", "resolved_on_time"), ("- Quá hạn", "resolved_late"),
            ("3. Hồ sơ đang giải quyết", "in_progress"), ("4. Hồ sơ công dân rút", "withdrawn"),
            ("5. Lượt công dân đến giao dịch", "visitors"), ("6. Phản ánh, kiến nghị tiếp nhận", "feedback_received"),
            ("7. Phản ánh, kiến nghị đã xử lý", "feedback_resolved")]
    po = rate(q["received_online"], q["received_total"])
    r.header(52, 2, 10, 2025, ["Kết quả hoạt động của Trung tâm Phục vụ hành chính công phường",
                               "quý III năm 2025"])
    r.L(f"Quý III năm 2025, Trung tâm tiếp nhận {fmt(q['received_total'])} hồ sơ thủ tục hành chính, trong đó "
        f"{fmt(q['received_online'])} hồ sơ trực tuyến ({pstr(po)}%). Số liệu từng tháng trong quý như sau:")
    r.fig("ward", "received_total", q["received_total"])
    r.fig("ward", "received_online", q["received_online"], pct=po)
    r.L("")
    r.row(["Chỉ tiêu", "Tháng 7", "Tháng 8", "Tháng 9", "Quý III"])
    for label, k in rows:
        lead = k.startswith("feedback")
        cells = [fmt(v, lead) for v in m[k]] + [fmt(q[k], lead)]
        r.row([label] + cells)
        r.cellfig("ward", k, cells[-1])
    r.L("", "Hồ sơ đang giải quyết là hồ sơ tiếp nhận trong tháng, chưa đến hạn trả kết quả tại thời điểm 30/9/2025.",
        "Trong quý IV, Trung tâm tiếp tục hướng dẫn công dân nộp hồ sơ trực tuyến, phấn đấu đạt trên 85%.")
    r.closing("kết quả quý III năm 2025", "Vũ Thị Ngọc Ánh")
    return r


# ============================================================== 05 one big indicator table (planted rate)


@report
def r05():
    r = Report(5, "tue-tinh_2026-01", "xa", "Tuệ Tĩnh", "2026-01-01", "2026-01-31")
    r.arrangement = ("whole report is one indicator table STT | Chỉ tiêu | Đơn vị tính | Số lượng | Tỷ lệ (%) | Ghi chú "
                     "(19 rows; notes column with text and a '5%')")
    rc, on, dr = 1187, 1006, 181
    res, ea, ot, la, ip, wd = 1139, 1108, 27, 4, 38, 10
    assert on + dr == rc and ea + ot + la == res and res + ip + wd == rc
    p_on_true = rate(on, rc)
    p_on = Decimal("87.45")           # planted: printed 87,45 for 84,75
    assert p_on_true == Decimal("84.75")
    rows = [  # (stt, label, unit, key, value, pct, note)
        ("1", "Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết", "Thủ tục", "procedures_total", 364, None, ""),
        ("1.1", "Dịch vụ công trực tuyến toàn trình", "Thủ tục", "procedures_full_online", 221, None, ""),
        ("1.2", "Dịch vụ công trực tuyến một phần", "Thủ tục", "procedures_partial_online", 143, None, ""),
        ("1.3", "Dịch vụ công trực tuyến phát sinh hồ sơ", "Thủ tục", "procedures_with_records", 67, rate(67, 364), ""),
        ("2", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", "received_total", rc, None, "Theo Hệ thống thông tin giải quyết TTHC"),
        ("2.1", "Tiếp nhận trực tuyến", "Hồ sơ", "received_online", on, p_on, ""),
        ("2.2", "Tiếp nhận trực tiếp", "Hồ sơ", "received_direct", dr, rate(dr, rc), ""),
        ("3", "Số hồ sơ đã giải quyết", "Hồ sơ", "resolved_total", res, rate(res, rc), ""),
        ("3.1", "Giải quyết trước hạn", "Hồ sơ", "resolved_early", ea, rate(ea, res), ""),
        ("3.2", "Giải quyết đúng hạn", "Hồ sơ", "resolved_on_time", ot, None, ""),
        ("3.3", "Giải quyết quá hạn", "Hồ sơ", "resolved_late", la, rate(la, res), "Lĩnh vực đất đai"),
        ("4", "Số hồ sơ đang giải quyết", "Hồ sơ", "in_progress", ip, None, "Trong hạn"),
        ("5", "Số hồ sơ công dân rút", "Hồ sơ", "withdrawn", wd, None, ""),
        ("6", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "%", "digitized_pct", None, Decimal(100), ""),
        ("7", "Số hồ sơ phát sinh phí, lệ phí", "Hồ sơ", "fee_records", 412, None, ""),
        ("8", "Số hồ sơ thanh toán phí, lệ phí trực tuyến", "Hồ sơ", "fee_paid_online", 389, rate(389, 412), "Tỷ lệ so với dòng 7 của biểu"),
        ("9", "Phản ánh, kiến nghị tiếp nhận", "PAKN", "feedback_received", 2, None, ""),
        ("10", "Phản ánh, kiến nghị đã xử lý", "PAKN", "feedback_resolved", 2, Decimal(100), ""),
        ("11", "Số lượt công dân đến giao dịch", "Lượt", "visitors", 1342, None, "tăng 5% so với tháng trước"),
    ]
    r.header(4, 30, 1, 2026, ["Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 01 năm 2026"])
    r.L("Trung tâm Phục vụ hành chính công xã Tuệ Tĩnh báo cáo kết quả thực hiện nhiệm vụ tháng 01/2026 "
        "theo biểu tổng hợp dưới đây:", "")
    r.row(["STT", "Chỉ tiêu", "Đơn vị tính", "Số lượng", "Tỷ lệ (%)", "Ghi chú"])
    for stt, label, unit, key, v, p, note in rows:
        vc = "" if v is None else fmt(v, lead0=True)
        pc = "" if p is None else pstr(p)
        r.row([stt, label, unit, vc, pc, note])
        r.fig("ward", key, v, pct=p)
    r.L("", "Số lượt công dân đến giao dịch tăng do nhu cầu chứng thực, hộ tịch trước Tết Nguyên đán.")
    r.closing("kết quả tháng 01 năm 2026", "Lê Văn Khải", recipients=("UBND xã;", "Lưu: VT."))
    r.finding("ward", ["received_online"], "warning", float(p_on_true), float(p_on),
              f"[rate] Tiếp nhận trực tuyến {fmt(on)} 'Tỷ lệ 87,45' but {fmt(on)}/{fmt(rc)} = 84,75% "
              f"(digits swapped; trực tiếp 15,25 + 87,45 ≠ 100); no base fits: /{fmt(res)} = 88,32, "
              f"/{fmt(res + ip)} = 85,47, /{fmt(res + wd)} = 87,55")
    r.planted = "received online 1.006 printed with 87,45 (true 84,75)"
    return r


# ============================================================== 06 Kỳ trước | Kỳ này | Lũy kế


@report
def r06():
    r = Report(6, "bach-dang_2026-02", "phuong", "Bạch Đằng", "2026-02-01", "2026-02-28")
    r.arrangement = ("Chỉ tiêu | Kỳ trước | Kỳ này | Lũy kế từ đầu năm (only Kỳ này); a row 'kỳ trước chuyển sang' "
                     "(carried_over) inside Kỳ này; headline total includes carried-over")
    cols = {
        "prev": dict(carried_over=35, received_in_period=1702, received_online=1448, received_direct=254,
                     resolved_total=1689, resolved_early=1648, resolved_on_time=37, resolved_late=4,
                     in_progress=41, withdrawn=7),
        "cur": dict(carried_over=41, received_in_period=1368, received_online=1179, received_direct=189,
                    resolved_total=1352, resolved_early=1320, resolved_on_time=29, resolved_late=3,
                    in_progress=52, withdrawn=5),
    }
    cum = {k: cols["prev"][k] + cols["cur"][k] for k in cols["cur"]}
    cum["carried_over"] = cols["prev"]["carried_over"]
    cum["in_progress"] = cols["cur"]["in_progress"]
    for c in (cols["prev"], cols["cur"], cum):
        c["received_total"] = c["carried_over"] + c["received_in_period"]
        assert c["received_online"] + c["received_direct"] == c["received_in_period"]
        assert c["resolved_early"] + c["resolved_on_time"] + c["resolved_late"] == c["resolved_total"]
        assert c["resolved_total"] + c["in_progress"] + c["withdrawn"] == c["received_total"]
    cur = cols["cur"]
    rows = [("1", "Tổng số hồ sơ phải giải quyết", "received_total"),
            ("1.1", "Hồ sơ kỳ trước chuyển sang", "carried_over"),
            ("1.2", "Hồ sơ tiếp nhận mới trong kỳ", "received_in_period"),
            ("", "- Trực tuyến", "received_online"), ("", "- Trực tiếp", "received_direct"),
            ("2", "Hồ sơ đã giải quyết", "resolved_total"), ("", "- Trước hạn", "resolved_early"),
            ("", "- Đúng hạn", "resolved_on_time"), ("", "- Quá hạn", "resolved_late"),
            ("3", "Hồ sơ đang giải quyết", "in_progress"), ("4", "Hồ sơ công dân rút", "withdrawn")]
    r.header(9, 27, 2, 2026, ["Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 02 năm 2026"])
    r.L(f"Tháng 02/2026 trùng với kỳ nghỉ Tết Nguyên đán, Trung tâm tiếp nhận mới {fmt(cur['received_in_period'])} "
        f"hồ sơ, giảm so với tháng 01/2026. Kết quả so sánh với kỳ trước và lũy kế từ đầu năm như sau:", "")
    r.fig("ward", "received_in_period", cur["received_in_period"])
    r.row(["STT", "Chỉ tiêu", "Kỳ trước (tháng 01/2026)", "Kỳ này (tháng 02/2026)", "Lũy kế từ đầu năm"])
    for stt, label, k in rows:
        cells = [fmt(cols["prev"][k], True), fmt(cur[k], True), fmt(cum[k], True)]
        r.row([stt, label] + cells)
        r.cellfig("ward", k, cells[1])
    r.L("", "Hồ sơ quá hạn trong kỳ thuộc lĩnh vực đất đai (02 hồ sơ) và bảo trợ xã hội (01 hồ sơ).")
    r.closing("tình hình tháng 02 năm 2026", "Trần Minh Đức")
    return r


# ============================================================== 07 Cùng kỳ | Kỳ báo cáo | So sánh (planted parts-sum)


@report
def r07():
    r = Report(7, "gia-loc_2026-03", "xa", "Gia Lộc", "2026-03-01", "2026-03-31")
    r.arrangement = "Chỉ tiêu | Cùng kỳ năm 2025 | Kỳ báo cáo (tháng 3/2026) | So sánh (%) (only the report's column)"
    prev = dict(received_total=1093, received_online=712, received_direct=381, resolved_total=1041,
                resolved_early=1002, resolved_on_time=35, resolved_late=4, in_progress=44, withdrawn=6, rejected=2)
    cur = dict(received_total=1253, received_online=1018, received_direct=235, resolved_total=1204,
               resolved_early=1163, resolved_on_time=29, resolved_late=3, in_progress=39, withdrawn=7, rejected=3)
    for c in (prev, cur):
        assert c["received_online"] + c["received_direct"] == c["received_total"]
        assert c["resolved_total"] + c["in_progress"] + c["withdrawn"] + c["rejected"] == c["received_total"]
    assert prev["resolved_early"] + prev["resolved_on_time"] + prev["resolved_late"] == prev["resolved_total"]
    parts = cur["resolved_early"] + cur["resolved_on_time"] + cur["resolved_late"]
    assert parts == 1195  # planted: 1.204 resolved, its breakdown adds to 1.195
    rows = [("Tổng số hồ sơ tiếp nhận", "received_total"), ("Trong đó: - Trực tuyến", "received_online"),
            ("- Trực tiếp", "received_direct"), ("Hồ sơ đã giải quyết", "resolved_total"),
            ("Trong đó: - Trước hạn", "resolved_early"), ("- Đúng hạn", "resolved_on_time"),
            ("- Quá hạn", "resolved_late"), ("Hồ sơ đang giải quyết", "in_progress"),
            ("Hồ sơ công dân rút", "withdrawn"), ("Hồ sơ từ chối giải quyết", "rejected")]
    r.header(16, 31, 3, 2026, ["Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 3 năm 2026"])
    r.L("So với cùng kỳ năm 2025, số hồ sơ tiếp nhận tại Trung tâm tăng, chủ yếu ở lĩnh vực chứng thực và hộ tịch. "
        "Kết quả cụ thể:", "")
    r.row(["Chỉ tiêu", "Cùng kỳ năm 2025", "Kỳ báo cáo (tháng 3/2026)", "So sánh (%)"])
    for label, k in rows:
        cmp_ = (Decimal(cur[k]) * 100 / Decimal(prev[k])).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        cells = [fmt(prev[k], True), fmt(cur[k], True), pstr(cmp_)]
        r.row([label] + cells)
        r.cellfig("ward", k, cells[1])
    r.L("", "Ghi chú: cột So sánh tính bằng số liệu kỳ báo cáo chia số liệu cùng kỳ năm 2025.")
    r.closing("kết quả tháng 3 năm 2026", "Nguyễn Thị Hòa", recipients=("UBND xã;", "Lưu: VT."))
    r.finding("ward", ["resolved_total", "resolved_early", "resolved_on_time", "resolved_late"], "error",
              cur["resolved_total"], parts,
              "[parts-sum] Kỳ báo cáo column: đã giải quyết 1.204 but trước hạn 1.163 + đúng hạn 29 + quá hạn 03 = 1.195; "
              "adding rút 07 / từ chối 03 gives 1.202 / 1.198 / 1.205, never 1.204 (1.204 + 39 + 07 + 03 = 1.253 holds); "
              "the cùng kỳ column is consistent")
    r.planted = "Kỳ báo cáo column: trước hạn + đúng hạn + quá hạn = 1.195 ≠ 1.204 đã giải quyết"
    return r


# ============================================================== 08 agencies as rows


@report
def r08():
    r = Report(8, "hai-duong_2026-04", "phuong", "Hải Dương", "2026-04-01", "2026-04-30")
    r.arrangement = "agencies as rows × tiếp nhận / đã giải quyết / đang giải quyết, '-' cells, Cộng row (no scope: no figure)"
    ward = dict(received_total=2318, received_online=1946, resolved_total=2241, in_progress=63, withdrawn=14)
    assert ward["resolved_total"] + ward["in_progress"] + ward["withdrawn"] == ward["received_total"]
    ag = [("sector:police", "Công an phường Hải Dương", 1026, 1019, 7),
          ("sector:military", "Ban Chỉ huy quân sự phường", 14, 14, 0),
          ("sector:land", "Chi nhánh Văn phòng đăng ký đất đai khu vực Hải Dương", 187, 142, 45),
          ("sector:insurance", "Bảo hiểm xã hội cơ sở Hải Dương", 63, 63, 0)]
    for _, _, a, b, c in ag:
        assert b + c == a
    r.header(34, 29, 4, 2026, ["Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 4 năm 2026"])
    r.L(f"1. Hồ sơ thuộc thẩm quyền giải quyết của UBND phường: tiếp nhận {fmt(ward['received_total'])} hồ sơ, "
        f"trong đó trực tuyến {fmt(ward['received_online'])} hồ sơ; đã giải quyết {fmt(ward['resolved_total'])} hồ sơ; "
        f"đang giải quyết {ward['in_progress']} hồ sơ; công dân rút {ward['withdrawn']} hồ sơ.")
    for k in ("received_total", "received_online", "resolved_total", "in_progress", "withdrawn"):
        r.fig("ward", k, ward[k])
    r.L("", "2. Hồ sơ của các cơ quan ngành dọc tiếp nhận tại Trung tâm:", "")
    r.row(["STT", "Cơ quan, đơn vị", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết"])
    keys = ["received_total", "resolved_total", "in_progress"]
    for i, (scope, name, *vals) in enumerate(ag, 1):
        cells = [cell(v, lead0=True) for v in vals]
        r.row([str(i), name] + cells)
        for k, c in zip(keys, cells):
            r.cellfig(scope, k, c)
    sums = [sum(a[j] for a in ag) for j in (2, 3, 4)]
    r.row(["", "Cộng", *[cell(v) for v in sums]])
    r.L("", "Hồ sơ đang giải quyết của Chi nhánh Văn phòng đăng ký đất đai đều còn trong hạn.")
    r.closing("kết quả tháng 4 năm 2026", "Bùi Văn Nam")
    return r


# ============================================================== 09 agencies as columns


@report
def r09():
    r = Report(9, "vinh-hai_2026-05", "xa", "Vĩnh Hải", "2026-04-15", "2026-05-14")
    r.arrangement = ("transposed agency table: indicators as rows, the four agencies as columns (no total column); "
                     "stated data window 15/4–14/5 under a 'tháng 5' title")
    ward = dict(received_total=986, received_online=802, resolved_total=951, in_progress=29, withdrawn=6)
    assert ward["resolved_total"] + ward["in_progress"] + ward["withdrawn"] == ward["received_total"]
    ag = [("sector:police", "Công an xã", dict(received_total=412, received_online=398, resolved_total=409,
                                                 in_progress=3, in_progress_overdue=0)),
          ("sector:military", "Ban Chỉ huy quân sự xã", dict(received_total=8, received_online=0, resolved_total=8,
                                                             in_progress=0, in_progress_overdue=0)),
          ("sector:land", "Chi nhánh VPĐK đất đai khu vực Vĩnh Bảo",
           dict(received_total=96, received_online=12, resolved_total=71, in_progress=25, in_progress_overdue=4)),
          ("sector:insurance", "Bảo hiểm xã hội cơ sở", dict(received_total=37, received_online=37,
                                                             resolved_total=37, in_progress=0,
                                                             in_progress_overdue=0))]
    for _, _, a in ag:
        assert a["resolved_total"] + a["in_progress"] == a["received_total"]
    po = rate(ward["received_online"], ward["received_total"])
    r.header(21, 15, 5, 2026, ["Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 5 năm 2026",
                               "(Kỳ báo cáo: từ ngày 15/4/2026 đến ngày 14/5/2026)"])
    r.L(f"Trong kỳ, Trung tâm tiếp nhận {fmt(ward['received_total'])} hồ sơ thuộc thẩm quyền của UBND xã, trong đó "
        f"trực tuyến {fmt(ward['received_online'])} hồ sơ, đạt {pstr(po)}%; đã giải quyết {fmt(ward['resolved_total'])} "
        f"hồ sơ, đang giải quyết {ward['in_progress']} hồ sơ, công dân rút {ward['withdrawn']:02d} hồ sơ.")
    r.fig("ward", "received_total", ward["received_total"])
    r.fig("ward", "received_online", ward["received_online"], pct=po)
    for k in ("resolved_total", "in_progress", "withdrawn"):
        r.fig("ward", k, ward[k])
    r.L("", "Kết quả tiếp nhận hồ sơ của các cơ quan ngành dọc tại Trung tâm:", "")
    rows = [("Hồ sơ tiếp nhận", "received_total"), ("Trong đó trực tuyến", "received_online"),
            ("Hồ sơ đã trả kết quả", "resolved_total"), ("Hồ sơ đang giải quyết", "in_progress"),
            ("Trong đó quá hạn", "in_progress_overdue")]
    r.row(["Nội dung"] + [n for _, n, _ in ag])
    for label, k in rows:
        cells = [cell(a[k], lead0=True) for _, _, a in ag]
        r.row([label] + cells)
        for (scope, _, _), c in zip(ag, cells):
            r.cellfig(scope, k, c)
    r.L("", "Chi nhánh Văn phòng đăng ký đất đai còn 04 hồ sơ quá hạn do vướng mắc về nguồn gốc đất; "
        "Trung tâm đã đôn đốc xử lý trong tháng 6/2026.")
    r.closing("kết quả kỳ báo cáo tháng 5 năm 2026", "Hoàng Thị Mai", recipients=("UBND xã;", "Lưu: VT."))
    return r


# ============================================================== 10 table continued over a page (planted field-sum)


@report
def r10():
    r = Report(10, "thach-khoi_2026-06", "phuong", "Thạch Khôi", "2026-06-01", "2026-06-30")
    r.arrangement = ("14 fields as rows, no total row, header rows repeated in the middle (page break); "
                     "'trước hạn, đúng hạn' as one column")
    spec = [("Hộ tịch", 468, 431, 1, 6, 2), ("Chứng thực", 1021, 688, 0, 0, 1), ("Đất đai", 142, 101, 2, 21, 1),
            ("Hoạt động xây dựng", 58, 58, 1, 7, 0), ("Quy hoạch xây dựng, kiến trúc", 11, 11, 0, 2, 0),
            ("Thành lập và hoạt động của hộ kinh doanh", 203, 203, 0, 3, 1), ("Bảo trợ xã hội", 266, 218, 1, 5, 1),
            ("Người có công", 47, 31, 0, 2, 0), ("Giáo dục mầm non", 19, 19, 0, 0, 0),
            ("Giáo dục tiểu học", 26, 26, 0, 0, 0), ("Giáo dục trung học", 118, 94, 0, 1, 0),
            ("Văn hóa", 24, 20, 0, 1, 0), ("Lưu thông hàng hóa trong nước", 33, 33, 0, 0, 0),
            ("Tín ngưỡng, tôn giáo", 6, 2, 0, 0, 0)]
    fields = []
    for name, rc, on, late, ip, wd in spec:
        res = rc - ip - wd
        fields.append((name, dict(received_total=rc, received_online=on, resolved_total=res,
                                  resolved_early_or_on_time=res - late, resolved_late=late, in_progress=ip,
                                  withdrawn=wd)))
    T = total([f for _, f in fields])
    assert T["received_total"] == 2442
    stated = 2424                      # planted: the text gives 2.424 for the fields' 2.442
    cols = ["received_total", "received_online", "resolved_total", "resolved_early_or_on_time", "resolved_late",
            "in_progress", "withdrawn"]
    r.header(48, 30, 6, 2026, ["Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 6 năm 2026"])
    r.L(f"Tháng 6/2026, Trung tâm tiếp nhận {fmt(stated)} hồ sơ thủ tục hành chính thuộc thẩm quyền của UBND phường, "
        f"trong đó {fmt(T['received_online'])} hồ sơ trực tuyến; đã giải quyết {fmt(T['resolved_total'])} hồ sơ. "
        "Chi tiết theo lĩnh vực:", "")
    r.fig("ward", "received_total", stated)
    r.fig("ward", "received_online", T["received_online"])
    r.fig("ward", "resolved_total", T["resolved_total"])
    h1 = ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Trong đó trực tuyến", "Số hồ sơ đã giải quyết",
          "Trong đó: trước hạn, đúng hạn", "Trong đó: quá hạn", "Số hồ sơ đang giải quyết", "Số hồ sơ rút"]
    h2 = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"]
    r.row(h1)
    r.row(h2)
    for i, (name, f) in enumerate(fields, 1):
        if i == 9:                     # page break: the word processor repeats the header rows
            r.row(h1)
            r.row(h2)
        cells = [cell(f[k]) for k in cols]
        r.row([str(i), name] + cells)
        for k, c in zip(cols, cells):
            r.cellfig(fscope(name), k, c)
    r.L("", "Ghi chú: “-” là không phát sinh.")
    r.closing("kết quả tháng 6 năm 2026", "Phạm Thị Thanh Tâm")
    r.finding("ward", ["received_total"], "error", stated, T["received_total"],
              f"[field-sum] the 14 field rows (one table continued over a page, header repeated before row 9) add up "
              f"to {fmt(T['received_total'])} hồ sơ tiếp nhận, but the text gives {fmt(stated)} (digits swapped); "
              f"online ({fmt(T['received_online'])}) and resolved ({fmt(T['resolved_total'])}) agree with the fields")
    r.planted = f"text received 2.424, the 14 field rows add up to 2.442"
    return r


# ============================================================== 11 key-value table (planted parts-exceed-total)


@report
def r11():
    r = Report(11, "yet-kieu_2026-07", "xa", "Yết Kiêu", "2026-07-01", "2026-07-31")
    r.arrangement = "key-value table Nội dung | Số hồ sơ | Tỷ lệ: rows are the statements, keys only in the row labels"
    rc, on, dr, res, ea, ot, la, ip, ipo, wd = 874, 731, 143, 842, 815, 25, 2, 13, 31, 19
    assert on + dr == rc and ea + ot + la == res and res + ip + wd == rc
    rows = [("Tổng số hồ sơ tiếp nhận trong tháng", "received_total", rc, None, None),
            ("Hồ sơ tiếp nhận trực tuyến", "received_online", on, rate(on, rc), None),
            ("Hồ sơ tiếp nhận trực tiếp", "received_direct", dr, rate(dr, rc), None),
            ("Hồ sơ đã giải quyết", "resolved_total", res, rate(res, rc), None),
            ("- Giải quyết trước hạn", "resolved_early", ea, None, None),
            ("- Giải quyết đúng hạn", "resolved_on_time", ot, None, None),
            ("- Giải quyết quá hạn", "resolved_late", la, None, None),
            ("Hồ sơ đang giải quyết", "in_progress", ip, None, None),
            ("Trong đó: hồ sơ đang giải quyết quá hạn", "in_progress_overdue", ipo, None, None),
            ("Hồ sơ công dân xin rút", "withdrawn", wd, None, None),
            ("Hồ sơ thanh toán phí, lệ phí trực tuyến", "fee_paid_online", 356, rate(356, 371), 371),
            ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết", "digitized_pct", None, Decimal(100), None)]
    r.header(29, 31, 7, 2026, ["Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 7 năm 2026"])
    r.L("Trung tâm Phục vụ hành chính công xã Yết Kiêu tổng hợp kết quả tháng 7/2026 như sau:", "")
    r.row(["Nội dung", "Số hồ sơ", "Tỷ lệ"])
    for label, k, v, p, of in rows:
        vc = "" if v is None else (f"{fmt(v)}/{fmt(of)}" if of else fmt(v, True))
        pc = "" if p is None else pstr(p) + "%"
        r.row([label, vc, pc])
        r.fig("ward", k, v, pct=p, of=of)
    r.L("", "Các hồ sơ quá hạn thuộc lĩnh vực đất đai; Trung tâm đã gửi văn bản xin lỗi công dân.",
        "Tháng 8/2026, Trung tâm tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến, thanh toán không dùng tiền mặt.")
    r.closing("kết quả tháng 7 năm 2026", "Đinh Văn Toàn", recipients=("UBND xã;", "Lưu: VT."))
    r.finding("ward", ["in_progress", "in_progress_overdue"], "error", ip, ipo,
              "[parts-exceed-total] hồ sơ đang giải quyết 13, 'trong đó: hồ sơ đang giải quyết quá hạn' 31 > 13 "
              "(digits swapped)")
    r.planted = "đang giải quyết 13, trong đó quá hạn 31"
    return r


# ============================================================== 12 fields × months of a quarter (planted table-total)


@report
def r12():
    r = Report(12, "an-duong_2025-q4", "phuong", "An Dương", "2025-10-01", "2025-12-31")
    r.arrangement = ("fields as rows × Tháng 10 | Tháng 11 | Tháng 12 | Cộng quý IV (one indicator: received); "
                     "only the quarter column is a figure; Tổng cộng row last")
    months = [("Hộ tịch", (188, 176, 203)), ("Chứng thực", (423, 401, 441)), ("Đất đai", (62, 57, 71)),
              ("Bảo trợ xã hội", (94, 88, 117)), ("Người có công", (21, 35, 18)),
              ("Thành lập và hoạt động của hộ kinh doanh", (47, 52, 61)), ("Hoạt động xây dựng", (19, 23, 27))]
    msum = [sum(m[j] for _, m in months) for j in range(3)]
    Q = sum(msum)
    assert Q == 2624
    qcell = {name: sum(m) for name, m in months}
    qcell["Chứng thực"] = 1256        # planted: months give 1.265
    colsum = sum(qcell.values())
    ward = dict(received_total=Q, received_online=2187, received_direct=437, resolved_total=2553,
                resolved_early=2490, resolved_on_time=58, resolved_late=5, in_progress=59, withdrawn=12)
    assert ward["received_online"] + ward["received_direct"] == Q
    assert ward["resolved_early"] + ward["resolved_on_time"] + ward["resolved_late"] == ward["resolved_total"]
    assert ward["resolved_total"] + ward["in_progress"] + ward["withdrawn"] == Q
    r.header(71, 29, 12, 2025, ["Kết quả hoạt động của Trung tâm Phục vụ hành chính công phường quý IV năm 2025"])
    w = ward
    r.L(f"Quý IV năm 2025, Trung tâm tiếp nhận {fmt(w['received_total'])} hồ sơ, trong đó trực tuyến "
        f"{fmt(w['received_online'])} hồ sơ, trực tiếp {w['received_direct']} hồ sơ; đã giải quyết "
        f"{fmt(w['resolved_total'])} hồ sơ (trước hạn {fmt(w['resolved_early'])}, đúng hạn {w['resolved_on_time']}, "
        f"quá hạn {w['resolved_late']:02d}); đang giải quyết {w['in_progress']} hồ sơ; công dân rút {w['withdrawn']} hồ sơ.")
    for k, v in w.items():
        r.fig("ward", k, v)
    r.L("", "Số hồ sơ tiếp nhận theo lĩnh vực và theo tháng:", "")
    r.row(["STT", "Lĩnh vực", "Tháng 10", "Tháng 11", "Tháng 12", "Cộng quý IV"])
    for i, (name, m) in enumerate(months, 1):
        cells = [fmt(v) for v in m] + [fmt(qcell[name])]
        r.row([str(i), name] + cells)
        r.cellfig(fscope(name), "received_total", cells[-1])
    r.row(["", "Tổng cộng"] + [fmt(v) for v in msum] + [fmt(Q)])
    r.cellfig("ward", "received_total", fmt(Q))
    r.L("", "Lượng hồ sơ tháng 12 tăng do nhu cầu chứng thực, hộ tịch cuối năm.")
    r.closing("kết quả quý IV năm 2025", "Lương Thị Bích Ngọc")
    r.finding("ward", ["received_total"], "error", Q, colsum,
              f"[table-total] column 'Cộng quý IV': the 7 field rows add up to {fmt(colsum)}, but the Tổng cộng row "
              f"and the text give {fmt(Q)}; the chứng thực row shows 1.256 where its months 423 + 401 + 441 = 1.265 "
              f"(digits swapped); the month columns themselves add up to their Tổng cộng cells",
              alt_scopes=["field:chứng thực"])
    r.finding("field:chứng thực", ["received_total"], "error", 1256, 1265,
              "[table-total] row chứng thực: Tháng 10 + Tháng 11 + Tháng 12 = 423 + 401 + 441 = 1.265 ≠ Cộng quý IV "
              "1.256 (the same defect seen along the row; it rests on sub-period cells, so optional)",
              optional=True)
    r.planted = "chứng thực 'Cộng quý IV' 1.256 where its months add up to 1.265; quarter column sums to 2.615 ≠ Tổng cộng 2.624"
    return r


# ============================================================== 13 half-year: Quý I | Quý II | 6 tháng


@report
def r13():
    r = Report(13, "nguyen-binh-khiem_2026-h1", "xa", "Nguyễn Bỉnh Khiêm", "2026-01-01", "2026-06-30")
    r.arrangement = "half-year: indicators as rows, columns Quý I | Quý II | 6 tháng (only 6 tháng); a rate row for fee payment"
    q = {"received_total": (2146, 2391), "received_online": (1802, 2067), "received_direct": (344, 324),
         "resolved_total": (2071, 2330), "resolved_early": (2012, 2281), "resolved_on_time": (52, 44),
         "resolved_late": (7, 5), "in_progress": (58, 43), "withdrawn": (13, 14), "rejected": (4, 4),
         "fee_records": (734, 812), "fee_paid_online": (651, 745),
         "feedback_received": (3, 2), "feedback_resolved": (3, 2)}
    h = {k: a + b for k, (a, b) in q.items()}
    for j in range(2):
        g = {k: v[j] for k, v in q.items()}
        for c in (g, h):
            assert c["received_online"] + c["received_direct"] == c["received_total"]
            assert c["resolved_early"] + c["resolved_on_time"] + c["resolved_late"] == c["resolved_total"]
            assert c["resolved_total"] + c["in_progress"] + c["withdrawn"] + c["rejected"] == c["received_total"]
    fee_rates = [rate(q["fee_paid_online"][j], q["fee_records"][j]) for j in range(2)] + \
                [rate(h["fee_paid_online"], h["fee_records"])]
    pres = rate(h["resolved_total"], h["received_total"])
    rows = [("1", "Hồ sơ tiếp nhận", "received_total"), ("", "Trong đó: trực tuyến", "received_online"),
            ("", "trực tiếp", "received_direct"), ("2", "Hồ sơ đã giải quyết", "resolved_total"),
            ("", "Trong đó: trước hạn", "resolved_early"), ("", "đúng hạn", "resolved_on_time"),
            ("", "quá hạn", "resolved_late"), ("3", "Hồ sơ đang giải quyết", "in_progress"),
            ("4", "Hồ sơ rút", "withdrawn"), ("5", "Hồ sơ từ chối tiếp nhận, giải quyết", "rejected"),
            ("6", "Hồ sơ phát sinh phí, lệ phí", "fee_records"),
            ("7", "Hồ sơ thanh toán phí, lệ phí trực tuyến", "fee_paid_online"),
            ("", "Tỷ lệ thanh toán trực tuyến (%)", None),
            ("8", "Phản ánh, kiến nghị tiếp nhận", "feedback_received"),
            ("9", "Phản ánh, kiến nghị đã giải quyết", "feedback_resolved")]
    r.header(57, 3, 7, 2026, ["Kết quả tiếp nhận, giải quyết thủ tục hành chính 6 tháng đầu năm 2026"])
    r.L(f"6 tháng đầu năm 2026, Trung tâm tiếp nhận {fmt(h['received_total'])} hồ sơ, đã giải quyết "
        f"{fmt(h['resolved_total'])} hồ sơ (đạt {pstr(pres)}%). Kết quả theo từng quý như sau:", "")
    r.fig("ward", "received_total", h["received_total"])
    r.fig("ward", "resolved_total", h["resolved_total"], pct=pres)
    r.row(["STT", "Chỉ tiêu", "Quý I", "Quý II", "6 tháng"])
    pending = {}
    for stt, label, k in rows:
        if k is None:
            r.row([stt, label] + [pstr(x) for x in fee_rates])
            f = [x for x in r.figs if x["scope"] == "ward" and x["key"] == "fee_paid_online"][0]
            f["pct"] = float(fee_rates[2])
            continue
        lead = k.startswith("feedback") or k in ("resolved_late", "rejected")
        cells = [fmt(q[k][0], lead), fmt(q[k][1], lead), fmt(h[k], lead)]
        r.row([stt, label] + cells)
        r.cellfig("ward", k, cells[2])
    r.L("", "Số liệu 6 tháng là tổng hai quý; hồ sơ đang giải quyết tính theo hồ sơ tiếp nhận trong từng quý.")
    r.closing("kết quả 6 tháng đầu năm 2026", "Trần Văn Bình", recipients=("UBND xã;", "Lưu: VT."))
    return r


# ============================================================== 14 ĐVT + targets column


@report
def r14():
    r = Report(14, "nam-do-son_2026-08", "phuong", "Nam Đồ Sơn", "2026-08-01", "2026-08-31")
    r.arrangement = ("STT | Chỉ tiêu | ĐVT | Chỉ tiêu giao (%) | Kết quả thực hiện | Tỷ lệ (%) | Đánh giá "
                     "(targets and the evaluation column are not figures)")
    rc, on, dr, res, eot, la, ip, wd = 1536, 1298, 238, 1487, 1483, 4, 41, 8
    assert on + dr == rc and eot + la == res and res + ip + wd == rc
    fr, fp = 603, 541
    rows = [("1", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", "", "received_total", rc, None, ""),
            ("2", "Hồ sơ tiếp nhận trực tuyến", "Hồ sơ", "≥ 80", "received_online", on, rate(on, rc), "Đạt"),
            ("3", "Hồ sơ tiếp nhận trực tiếp", "Hồ sơ", "", "received_direct", dr, rate(dr, rc), ""),
            ("4", "Hồ sơ đã giải quyết", "Hồ sơ", "", "resolved_total", res, None, ""),
            ("5", "Giải quyết trước hạn, đúng hạn", "Hồ sơ", "≥ 98", "resolved_early_or_on_time", eot,
             rate(eot, res), "Đạt"),
            ("6", "Giải quyết quá hạn", "Hồ sơ", "", "resolved_late", la, rate(la, res), ""),
            ("7", "Hồ sơ đang giải quyết", "Hồ sơ", "", "in_progress", ip, None, ""),
            ("8", "Hồ sơ công dân rút", "Hồ sơ", "", "withdrawn", wd, None, ""),
            ("9", "Số hóa hồ sơ, kết quả giải quyết TTHC", "%", "100", "digitized_pct", None, Decimal(100), "Đạt"),
            ("10", "Hồ sơ phát sinh phí, lệ phí", "Hồ sơ", "", "fee_records", fr, None, ""),
            ("11", "Thanh toán phí, lệ phí trực tuyến", "Hồ sơ", "≥ 80", "fee_paid_online", fp, rate(fp, fr), "Đạt"),
            ("12", "Mức độ hài lòng của người dân, doanh nghiệp", "%", "≥ 95", "satisfaction_pct", None,
             Decimal("98.6"), "Đạt")]
    r.header(38, 31, 8, 2026, ["Kết quả thực hiện các chỉ tiêu cải cách thủ tục hành chính tháng 8 năm 2026"])
    r.L("Căn cứ các chỉ tiêu được UBND phường giao tại Kế hoạch số 15/KH-UBND ngày 20/01/2026, Trung tâm báo cáo "
        "kết quả thực hiện tháng 8/2026 như sau:", "")
    r.row(["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao (%)", "Kết quả thực hiện", "Tỷ lệ (%)", "Đánh giá"])
    for stt, label, unit, target, k, v, p, ev in rows:
        vc = "" if v is None else fmt(v, True)
        pc = "" if p is None else pstr(p)
        r.row([stt, label, unit, target, vc, pc, ev])
        r.fig("ward", k, v, pct=p)
    r.L("", "Các chỉ tiêu giao đều đạt; 04 hồ sơ quá hạn thuộc lĩnh vực đất đai đã được trả kết quả trong tháng.")
    r.closing("kết quả thực hiện chỉ tiêu tháng 8 năm 2026", "Vũ Đức Long")
    return r


def main():
    readme_rows = []
    for fn in ALL:
        r = fn()
        n = r.write()
        readme_rows.append((r, n))
        print(f"{r.file}: {n} lines, {len(r.figs)} figures, {len(r.findings)} findings")
    return readme_rows


if __name__ == "__main__":
    main()
