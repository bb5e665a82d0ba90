#!/usr/bin/env python3
"""Builds the 10 held-out table reports (.txt) and their gold (.json).
Table cells are generated from the same numbers the gold is written from."""
import json
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "corpus" / "tables-heldout"


def n(x, z=False):
    """1234 -> '1.234'; with z, single digits get a leading zero."""
    if x is None:
        return ""
    s = f"{x:,}".replace(",", ".")
    if z and 0 <= x < 10:
        s = "0" + s
    return s


def c(x, z=False):
    """Table cell: 0 or None -> '-'."""
    return "-" if not x else n(x, z)


def pr(a, b, d=2):
    q = Decimal(1).scaleb(-d)
    return float((Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP))


def ps(p, d=2):
    s = f"{p:.{d}f}".replace(".", ",")
    return s


def row(*cells):
    return "\t".join(str(x) for x in cells)


REPORTS = []


def header(ubnd, name, so, place_date, title):
    return [ubnd, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", f"Số: {so}", "",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", place_date, "",
            "BÁO CÁO", title, ""]


def F(scope, key, value, pct=None, of=None):
    return {"scope": scope, "key": key, "value": value, "pct": pct, "of": of}


def add(slug, typ, name, start, end, lines, figures, findings=(), context=(), tables=()):
    REPORTS.append(dict(slug=slug, type=typ, name=name, start=start, end=end, lines=lines,
                        figures=figures, findings=list(findings), context=list(context),
                        tables=list(tables)))


# ---------------------------------------------------------------- 01 An Biên
K = ["total", "online", "direct", "resolved", "early", "ontime", "late", "inprog"]
cur = dict(zip(K, [1284, 1032, 252, 1229, 1187, 39, 3, 55]))
prev = dict(zip(K, [1197, 941, 256, 1150, 1101, 45, 4, 47]))
ly = dict(zip(K, [1106, 802, 304, 1071, 1020, 48, 3, 35]))
labels = {"total": "1. Tổng số hồ sơ tiếp nhận", "online": "- Tiếp nhận trực tuyến",
          "direct": "- Tiếp nhận trực tiếp", "resolved": "2. Số hồ sơ đã giải quyết",
          "early": "- Trước hạn", "ontime": "- Đúng hạn", "late": "- Quá hạn",
          "inprog": "3. Số hồ sơ đang giải quyết"}
t = [row("Chỉ tiêu", "Tháng này", "Tháng trước", "Cùng kỳ năm trước", "Tăng/giảm (%) so với tháng trước")]
for k in K:
    d = pr(cur[k] - prev[k], prev[k])
    t.append(row(labels[k], n(cur[k], True), n(prev[k], True), n(ly[k], True), ("+" if d > 0 else "") + ps(d)))
r_c, r_p, r_l = pr(cur["online"], cur["total"]), pr(prev["online"], prev["total"]), pr(ly["online"], ly["total"])
t.append(row("4. Tỷ lệ tiếp nhận trực tuyến (%)", ps(r_c), ps(r_p), ps(r_l), "+" + ps(r_c - r_p) + " điểm %"))
L = header("UBND PHƯỜNG AN BIÊN", "An Biên", "142/BC-TTPVHCC", "An Biên, ngày 03 tháng 11 năm 2025",
           "Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 10 năm 2025") + [
    "Căn cứ Công văn số 2317/VP-KSTT của Văn phòng UBND thành phố về chế độ báo cáo định kỳ, Trung tâm Phục vụ hành chính công phường An Biên báo cáo kết quả tháng 10 năm 2025 như sau:",
    "1. Về tổ chức: Trung tâm hiện có 09 công chức, bố trí tại 06 quầy tiếp nhận và trả kết quả.",
    f"2. Kết quả tiếp nhận, giải quyết: trong tháng, Trung tâm tiếp nhận {n(cur['total'])} hồ sơ, tăng {cur['total']-prev['total']} hồ sơ so với tháng 9/2025; đã giải quyết {n(cur['resolved'])} hồ sơ, trong đó quá hạn {n(cur['late'], True)} hồ sơ do phải xác minh nguồn gốc đất. Số liệu so sánh chi tiết như sau:",
    "",
] + t + [
    "",
    f"Theo số liệu của Văn phòng UBND thành phố, toàn thành phố trong tháng 10/2025 tiếp nhận 46.215 hồ sơ, tỷ lệ tiếp nhận trực tuyến bình quân 76,4%.",
    "Tổng đài 1022 của thành phố đã chuyển về phường 58 cuộc gọi đề nghị hướng dẫn thủ tục; Trung tâm đã liên hệ hướng dẫn đầy đủ.",
    "3. Nhiệm vụ tháng 11/2025: tiếp tục rà soát hồ sơ đất đai còn tồn; phấn đấu tỷ lệ tiếp nhận trực tuyến đạt trên 82%.",
    "",
    "Nơi nhận:", "- UBND phường;", "- Lưu: TTPVHCC.", "GIÁM ĐỐC", "", "Phạm Thị Thu Hằng",
]
W = "ward"
add("01_an-bien_2025-10", "phuong", "An Biên", "2025-10-01", "2025-10-31", L, [
    F(W, "staff_total", 9), F(W, "received_total", 1284), F(W, "received_online", 1032, r_c),
    F(W, "received_direct", 252), F(W, "resolved_total", 1229), F(W, "resolved_early", 1187),
    F(W, "resolved_on_time", 39), F(W, "resolved_late", 3), F(W, "in_progress", 55)],
    context=["1.197", "1.106", "46.215", "76,4", "58", "82"],
    tables=[(lab, [(m["total"], [m["online"], m["direct"]]), (m["total"], [m["resolved"], m["inprog"]]),
                   (m["resolved"], [m["early"], m["ontime"], m["late"]])]) for lab, m in (("tháng trước", prev), ("cùng kỳ", ly))])

# ---------------------------------------------------------------- 02 Gia Lộc
months = {
    "Tháng 10": dict(zip(K, [812, 601, 211, 790, 761, 27, 2, 22])),
    "Tháng 11": dict(zip(K, [876, 668, 208, 851, 822, 26, 3, 25])),
    "Tháng 12": dict(zip(K, [943, 742, 201, 905, 880, 25, 0, 38])),
}
q = {k: sum(m[k] for m in months.values()) for k in K}
lk = dict(zip(K, [4987, 3709, 1278, 4902, 4745, 148, 9, 85]))
labels2 = {"total": "Tổng số hồ sơ tiếp nhận", "online": "Trong đó: trực tuyến", "direct": "Trực tiếp",
           "resolved": "Số hồ sơ đã giải quyết", "early": "Trong đó: trước hạn", "ontime": "Đúng hạn",
           "late": "Quá hạn", "inprog": "Số hồ sơ đang giải quyết"}
stt = {"total": "1", "resolved": "2", "inprog": "3"}
cols = list(months.values()) + [q, lk]
t = [row("TT", "Nội dung", "Tháng 10", "Tháng 11", "Tháng 12", "Quý IV", "Lũy kế năm 2025 (từ 01/7/2025)")]
for k in K:
    t.append(row(stt.get(k, ""), labels2[k], *[n(m[k], True) for m in cols]))
t.append(row("4", "Tỷ lệ tiếp nhận trực tuyến (%)", *[ps(pr(m["online"], m["total"])) for m in cols]))
L = header("ỦY BAN NHÂN DÂN XÃ GIA LỘC", "Gia Lộc", "31/BC-TTPVHCC", "Gia Lộc, ngày 05 tháng 01 năm 2026",
           "Kết quả hoạt động của Trung tâm Phục vụ hành chính công xã quý IV năm 2025") + [
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Thủ tục hành chính: UBND xã đang thực hiện 354 TTHC thuộc thẩm quyền, trong đó 211 TTHC cung cấp dịch vụ công trực tuyến toàn trình và 143 TTHC dịch vụ công trực tuyến một phần.",
    f"2. Tiếp nhận, giải quyết hồ sơ: trong quý IV, Trung tâm tiếp nhận {n(q['total'])} hồ sơ, đã giải quyết {n(q['resolved'])} hồ sơ, đang giải quyết {n(q['inprog'])} hồ sơ. Kết quả từng tháng như sau:",
    "",
] + t + [
    "",
    "3. Hỗ trợ người dân: trong Tuần lễ cao điểm hỗ trợ dịch vụ công trực tuyến (từ ngày 17/11 đến ngày 21/11/2025), tổ công nghệ số cộng đồng đã hỗ trợ 426 lượt người dân cài đặt, kích hoạt tài khoản định danh điện tử.",
    "Đường dây nóng của Trung tâm tiếp nhận 63 cuộc gọi hỏi đáp về thủ tục, không có cuộc gọi phản ánh thái độ phục vụ.",
    "II. PHƯƠNG HƯỚNG QUÝ I NĂM 2026",
    "- Duy trì tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn trên 99%; không để hồ sơ quá hạn kéo dài.",
    "",
    "Nơi nhận:", "- Đảng ủy, UBND xã;", "- Lưu: VT.", "GIÁM ĐỐC", "", "Vũ Đức Long",
]
add("02_gia-loc_2025-q4", "xa", "Gia Lộc", "2025-10-01", "2025-12-31", L, [
    F(W, "procedures_total", 354), F(W, "procedures_full_online", 211), F(W, "procedures_partial_online", 143),
    F(W, "received_total", q["total"]), F(W, "resolved_total", q["resolved"]), F(W, "in_progress", q["inprog"]),
    F(W, "received_online", q["online"], pr(q["online"], q["total"])), F(W, "received_direct", q["direct"]),
    F(W, "resolved_early", q["early"]), F(W, "resolved_on_time", q["ontime"]), F(W, "resolved_late", q["late"])],
    context=["4.987", "426", "63"],
    tables=[("quarter = sum of months", [(q[k], [m[k] for m in months.values()]) for k in K])]
           + [("month " + mn, [(m["total"], [m["online"], m["direct"]]), (m["total"], [m["resolved"], m["inprog"]]),
                               (m["resolved"], [m["early"], m["ontime"], m["late"]])]) for mn, m in months.items()]
           + [("lũy kế", [(lk["total"], [lk["online"], lk["direct"]]), (lk["total"], [lk["resolved"], lk["inprog"]]),
                         (lk["resolved"], [lk["early"], lk["ontime"], lk["late"]])])])

# ---------------------------------------------------------------- 03 Hồng An (three-level header)
FK = ["total", "online", "direct", "resolved", "early", "ontime", "late", "inprog", "od"]
KEYMAP = {"total": "received_total", "online": "received_online", "direct": "received_direct",
          "resolved": "resolved_total", "early": "resolved_early", "ontime": "resolved_on_time",
          "late": "resolved_late", "inprog": "in_progress", "od": "in_progress_overdue",
          "carried": "carried_over", "inper": "received_in_period", "eot": "resolved_early_or_on_time"}
fields3 = [
    ("Hộ tịch", [486, 452, 34, 471, 458, 12, 1, 15, 0]),
    ("Chứng thực", [702, 389, 313, 702, 702, 0, 0, 0, 0]),
    ("Đất đai", [154, 121, 33, 118, 97, 17, 4, 36, 3]),
    ("Hoạt động xây dựng", [37, 30, 7, 31, 27, 4, 0, 6, 0]),
    ("Hộ kinh doanh", [83, 83, 0, 80, 80, 0, 0, 3, 0]),
    ("Bảo trợ xã hội", [219, 187, 32, 211, 196, 14, 1, 8, 1]),
]
tot3 = [sum(f[1][i] for f in fields3) for i in range(len(FK))]
stated3 = list(tot3)
stated3[1] = 1226  # planted: the Tổng cộng row's "Trực tuyến" is 1.226, its rows add up to 1.262
t = [row("STT", "Lĩnh vực", "Số hồ sơ nhận giải quyết", "", "", "Kết quả giải quyết", "", "", "", "", ""),
     row("", "", "Tổng số", "Trong đó", "", "Số hồ sơ đã giải quyết", "", "", "", "Số hồ sơ đang giải quyết", ""),
     row("", "", "", "Trực tuyến", "Trực tiếp", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong đó quá hạn")]
for i, (nm, v) in enumerate(fields3, 1):
    t.append(row(i, nm, *[c(x) for x in v]))
t.append(row("", "Tổng cộng", *[c(x) for x in stated3]))
figs = [F(W, "received_total", tot3[0]), F(W, "resolved_total", tot3[3], pr(tot3[3], tot3[0]))]
for nm, v in fields3:
    for k, x in zip(FK, v):
        if x:
            figs.append(F("field:" + nm.lower(), KEYMAP[k], x))
for k, x in zip(FK, stated3):
    if k not in ("total", "resolved"):
        figs.append(F(W, KEYMAP[k], x))
L = header("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG AN", "Hồng An", "09/BC-TTPVHCC", "Hồng An, ngày 02 tháng 02 năm 2026",
           "Kết quả giải quyết thủ tục hành chính tháng 01 năm 2026") + [
    "Trung tâm Phục vụ hành chính công phường Hồng An báo cáo kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 01/2026 như sau:",
    f"1. Trong tháng, Trung tâm tiếp nhận tổng số {n(tot3[0])} hồ sơ thuộc thẩm quyền giải quyết của UBND phường; đã giải quyết {n(tot3[3])} hồ sơ, đạt {ps(pr(tot3[3], tot3[0]))}%.",
    "2. Kết quả theo từng lĩnh vực (dấu \"-\" là không phát sinh):",
    "",
] + t + [
    "",
    "3. Hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai do phải lấy ý kiến của Chi nhánh Văn phòng đăng ký đất đai; Trung tâm đã thực hiện xin lỗi người dân theo quy định.",
    "4. Kiến nghị: đề nghị UBND phường bố trí thêm 01 công chức địa chính tại quầy tiếp nhận.",
    "",
    "Nơi nhận:", "- UBND phường;", "- Lưu: TTPVHCC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Đỗ Minh Tuấn",
]
add("03_hong-an_2026-01", "phuong", "Hồng An", "2026-01-01", "2026-01-31", L, figs, findings=[
    dict(scope=W, keys=["received_online"], severity="error", expected=1226, found=1262,
         note="[table-total] per-field table (three-level header): the Tổng cộng row gives 'Trực tuyến' 1.226, but the six field rows add up to 452 + 389 + 121 + 30 + 83 + 187 = 1.262 (digits swapped)"),
    dict(scope=W, keys=["received_total", "received_online", "received_direct"], severity="error", expected=1681, found=1645,
         optional=True,
         note="[parts-sum] consequence of the same cell: in the Tổng cộng row, trực tuyến 1.226 + trực tiếp 419 = 1.645 ≠ 1.681 (with 1.262 it holds)")],
    tables=[("Tổng cộng row vs field rows", [(stated3[i], [f[1][i] for f in fields3]) for i in range(len(FK))])])

# ---------------------------------------------------------------- 04 Ninh Giang (carried over)
FK4 = ["carried", "inper", "total", "online", "direct", "resolved", "early", "ontime", "late", "inprog"]
fields4 = [
    ("Tư pháp - hộ tịch", [14, 1203, 1217, 1058, 145, 1199, 1171, 26, 2, 18]),
    ("Chứng thực", [0, 1456, 1456, 702, 754, 1456, 1456, 0, 0, 0]),
    ("Đất đai", [41, 318, 359, 244, 74, 297, 251, 39, 7, 62]),
    ("Xây dựng", [3, 44, 47, 36, 8, 41, 35, 6, 0, 6]),
    ("Bảo trợ xã hội", [6, 389, 395, 352, 37, 388, 371, 15, 2, 7]),
    ("Người có công", [2, 57, 59, 49, 8, 57, 53, 4, 0, 2]),
]
tot4 = [sum(f[1][i] for f in fields4) for i in range(len(FK4))]
T4 = dict(zip(FK4, tot4))
t = [row("STT", "Lĩnh vực", "Số hồ sơ phải giải quyết", "", "", "Tiếp nhận trong kỳ qua", "", "Số hồ sơ đã giải quyết", "", "", "", "Số hồ sơ đang giải quyết"),
     row("", "", "Kỳ trước chuyển sang", "Tiếp nhận trong kỳ", "Tổng số", "Trực tuyến", "Trực tiếp", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", ""),
     row("", "Tổng cộng", *[c(x) for x in tot4])]
for i, (nm, v) in enumerate(fields4, 1):
    t.append(row(i, nm, *[c(x) for x in v]))
on_rate4 = pr(T4["online"], T4["inper"])
figs = [F(W, "received_total", T4["total"]), F(W, "carried_over", T4["carried"]), F(W, "received_in_period", T4["inper"]),
        F(W, "received_online", T4["online"], on_rate4), F(W, "resolved_total", T4["resolved"]), F(W, "in_progress", T4["inprog"]),
        F(W, "fee_records", 1134), F(W, "fee_paid_online", 897, pr(897, 1134))]
for k in ["direct", "early", "ontime", "late"]:
    figs.append(F(W, KEYMAP[k], T4[k]))
for nm, v in fields4:
    for k, x in zip(FK4, v):
        if x:
            figs.append(F("field:" + nm.lower(), KEYMAP[k], x))
L = header("UBND XÃ NINH GIANG", "Ninh Giang", "18/BC-TTPVHCC", "Ninh Giang, ngày 01 tháng 4 năm 2026",
           "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính quý I năm 2026") + [
    "I. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ",
    f"Trong quý I năm 2026, tổng số hồ sơ phải giải quyết là {n(T4['total'])} hồ sơ (kỳ trước chuyển sang {n(T4['carried'])} hồ sơ, tiếp nhận trong kỳ {n(T4['inper'])} hồ sơ); trong đó tiếp nhận trực tuyến {n(T4['online'])} hồ sơ, chiếm {ps(on_rate4)}% số hồ sơ tiếp nhận trong kỳ.",
    f"Đã giải quyết {n(T4['resolved'])} hồ sơ; đang giải quyết {n(T4['inprog'])} hồ sơ, chuyển sang quý II tiếp tục giải quyết.",
    "Chi tiết theo lĩnh vực:",
    "",
] + t + [
    "",
    f"II. THANH TOÁN TRỰC TUYẾN: số hồ sơ phát sinh phí, lệ phí 1.134 hồ sơ; đã thanh toán trực tuyến 897 hồ sơ, đạt {ps(pr(897, 1134))}%.",
    "III. ĐỀ XUẤT: đề nghị UBND xã chỉ đạo các bộ phận chuyên môn giải quyết dứt điểm hồ sơ đất đai còn tồn trước ngày 30/4/2026.",
    "",
    "Nơi nhận:", "- UBND xã;", "- Lưu: TTPVHCC.", "GIÁM ĐỐC", "", "Nguyễn Thị Hải Yến",
]
add("04_ninh-giang_2026-q1", "xa", "Ninh Giang", "2026-01-01", "2026-03-31", L, figs,
    tables=[("Tổng cộng row vs field rows", [(tot4[i], [f[1][i] for f in fields4]) for i in range(len(FK4))])])

# ---------------------------------------------------------------- 05 Lê Thanh Nghị (rate column)
fields5 = [  # received, resolved, eot, late, inprog
    ("Hộ tịch", [231, 224, 223, 1, 7]),
    ("Chứng thực", [388, 388, 388, 0, 0]),
    ("Đất đai", [96, 71, 66, 5, 25]),
    ("Xây dựng", [29, 24, 24, 0, 5]),
    ("Bảo trợ xã hội", [68, 66, 65, 1, 2]),
]
FK5 = ["total", "resolved", "eot", "late", "inprog"]
tot5 = [sum(f[1][i] for f in fields5) for i in range(5)]
rates5 = {nm: pr(v[2], v[1]) for nm, v in fields5}
stated_rates5 = dict(rates5)
stated_rates5["Đất đai"] = 96.92  # planted: 66/71 = 92,96%
t = [row("STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Trong đó", "", "Số hồ sơ đang giải quyết", "Tỷ lệ giải quyết đúng hạn (%)"),
     row("", "", "", "", "Trước hạn và đúng hạn", "Quá hạn", "", "")]
for i, (nm, v) in enumerate(fields5, 1):
    t.append(row(i, nm, *[c(x) for x in v], ps(stated_rates5[nm])))
tr5 = pr(tot5[2], tot5[1])
t.append(row("", "Tổng", *[c(x) for x in tot5], ps(tr5)))
figs = [F(W, "received_total", 812), F(W, "received_online", 655), F(W, "received_direct", 167)]
for nm, v in fields5:
    sc = "field:" + nm.lower()
    for k, x in zip(FK5, v):
        if x:
            figs.append(F(sc, KEYMAP[k], x, stated_rates5[nm] if k == "eot" else None))
for k, x in zip(FK5, tot5):
    if k != "total":
        figs.append(F(W, KEYMAP[k], x, tr5 if k == "eot" else None))
L = header("UBND PHƯỜNG LÊ THANH NGHỊ", "Lê Thanh Nghị", "21/BC-TTPVHCC", "Lê Thanh Nghị, ngày 02 tháng 3 năm 2026",
           "Tình hình tiếp nhận, giải quyết thủ tục hành chính tháng 02 năm 2026") + [
    "Trong tháng 02/2026 (trùng kỳ nghỉ Tết Nguyên đán Bính Ngọ), Trung tâm Phục vụ hành chính công phường duy trì tiếp nhận hồ sơ vào các ngày làm việc theo quy định.",
    "Tổng số hồ sơ tiếp nhận trong tháng là 812 hồ sơ, trong đó trực tuyến 655 hồ sơ, trực tiếp 167 hồ sơ.",
    "Kết quả giải quyết theo lĩnh vực:",
    "",
] + t + [
    "",
    "Nguyên nhân quá hạn: hồ sơ đất đai phải xác minh thực địa, hồ sơ hộ tịch phải chờ xác minh nơi cư trú trước đây của người yêu cầu.",
    "Tháng 3/2026, Trung tâm tập trung giải quyết các hồ sơ còn tồn, nhất là lĩnh vực đất đai.",
    "",
    "Nơi nhận:", "- Thường trực Đảng ủy phường;", "- UBND phường;", "- Lưu: VT, TTPVHCC.", "GIÁM ĐỐC", "", "Lương Văn Khải",
]
add("05_le-thanh-nghi_2026-02", "phuong", "Lê Thanh Nghị", "2026-02-01", "2026-02-28", L, figs, findings=[
    dict(scope="field:đất đai", keys=["resolved_early_or_on_time"], severity="warning", expected=92.96, found=96.92,
         note="[rate] đất đai row: 'Tỷ lệ giải quyết đúng hạn' 96,92% but 66 trước hạn và đúng hạn / 71 đã giải quyết = 92,96% (digits swapped); no base fits"),
    dict(scope=W, keys=["received_total", "received_online", "received_direct"], severity="error", expected=812, found=822,
         note="[parts-sum] prose: tiếp nhận 812 'trong đó trực tuyến 655, trực tiếp 167' = 822; the table's Tổng row confirms 812 (= 773 + 39); no carried-over count is stated")],
    tables=[("Tổng row vs field rows", [(tot5[i], [f[1][i] for f in fields5]) for i in range(5)])])

# ---------------------------------------------------------------- 06 Kim Thành (TT + roman groups)
groups6 = [
    ("I. Lĩnh vực tư pháp", [("Hộ tịch", [274, 251, 268, 266, 2, 6]), ("Chứng thực", [436, 198, 436, 436, 0, 0])]),
    ("II. Lĩnh vực nông nghiệp và môi trường, xây dựng", [("Đất đai", [88, 71, 64, 61, 3, 24]), ("Môi trường", [6, 6, 5, 5, 0, 1]),
                                                          ("Xây dựng", [19, 15, 16, 16, 0, 3])]),
    ("III. Lĩnh vực văn hóa - xã hội", [("Bảo trợ xã hội", [142, 131, 139, 138, 1, 3]), ("Người có công", [23, 20, 22, 22, 0, 1]),
                                        ("Giáo dục", [31, 31, 31, 31, 0, 0])]),
]
FK6 = ["total", "online", "resolved", "eot", "late", "inprog"]
fl6 = [f for g in groups6 for f in g[1]]
tot6 = [sum(f[1][i] for f in fl6) for i in range(6)]
T6 = dict(zip(FK6, tot6))
t = [row("TT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Trong đó trực tuyến", "Số hồ sơ đã giải quyết", "Trước hạn, đúng hạn", "Quá hạn", "Số hồ sơ đang giải quyết")]
for g, fl in groups6:
    t.append(row(g, "", "", "", "", "", "", ""))
    for i, (nm, v) in enumerate(fl, 1):
        t.append(row(i, nm, *[c(x) for x in v]))
t.append(row("", "Tổng cộng", *[c(x) for x in tot6]))
on6 = pr(T6["online"], T6["total"])
figs = [F(W, "received_total", T6["total"]), F(W, "received_online", T6["online"], on6), F(W, "resolved_total", T6["resolved"]),
        F(W, "resolved_late", T6["late"]), F(W, "in_progress", T6["inprog"])]
for nm, v in fl6:
    for k, x in zip(FK6, v):
        if x:
            figs.append(F("field:" + nm.lower(), KEYMAP[k], x))
figs.append(F(W, "resolved_early_or_on_time", T6["eot"]))
L = header("ỦY BAN NHÂN DÂN XÃ KIM THÀNH", "Kim Thành", "56/BC-TTPVHCC", "Kim Thành, ngày 01 tháng 12 năm 2025",
           "Kết quả giải quyết thủ tục hành chính tháng 11/2025") + [
    f"1. Tổng quan: trong tháng 11/2025, Trung tâm tiếp nhận {n(T6['total'])} hồ sơ, trong đó {n(T6['online'])} hồ sơ trực tuyến (đạt {ps(on6)}%); đã giải quyết {n(T6['resolved'])} hồ sơ, quá hạn {n(T6['late'], True)} hồ sơ; còn {n(T6['inprog'])} hồ sơ đang giải quyết.",
    "Tháng 10/2025, Trung tâm tiếp nhận 967 hồ sơ, đã giải quyết 931 hồ sơ.",
    "2. Kết quả theo nhóm lĩnh vực:",
    "",
] + t + [
    "",
    "3. Công tác khác: đường dây nóng của Trung tâm tiếp nhận 41 cuộc gọi; Công an xã phối hợp hướng dẫn 120 trường hợp kích hoạt tài khoản định danh điện tử mức 2 tại Trung tâm.",
    "4. Nhiệm vụ tháng 12/2025: hoàn thành số hóa hồ sơ tồn; không để phát sinh hồ sơ quá hạn.",
    "",
    "Nơi nhận:", "- UBND xã;", "- Lưu: VT.", "GIÁM ĐỐC", "", "Trần Quang Huy",
]
add("06_kim-thanh_2025-11", "xa", "Kim Thành", "2025-11-01", "2025-11-30", L, figs, context=["967", "931", "41", "120"],
    tables=[("Tổng cộng row vs field rows", [(tot6[i], [f[1][i] for f in fl6]) for i in range(6)])])

# ---------------------------------------------------------------- 07 Nam Đồng (procedures table)
procs7 = [
    ("Đăng ký khai sinh", [96, 91, 94, 2]),
    ("Đăng ký khai tử", [27, 25, 27, 0]),
    ("Đăng ký kết hôn", [31, 24, 30, 1]),
    ("Cấp bản sao trích lục hộ tịch", [142, 139, 142, 0]),
    ("Xác nhận thông tin hộ tịch", [58, 55, 56, 2]),
    ("Chứng thực bản sao từ bản chính giấy tờ, văn bản", [611, 302, 611, 0]),
    ("Chứng thực chữ ký trong giấy tờ, văn bản", [74, 12, 74, 0]),
    ("Chứng thực hợp đồng, giao dịch liên quan đến tài sản", [39, 0, 36, 3]),
    ("Cấp giấy phép xây dựng nhà ở riêng lẻ", [12, 10, 9, 3]),
    ("Hưởng trợ cấp xã hội hằng tháng", [23, 19, 22, 1]),
]
tot7 = [sum(p[1][i] for p in procs7) for i in range(4)]
t = [row("STT", "Tên thủ tục hành chính", "Số hồ sơ tiếp nhận", "Trong đó trực tuyến", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết")]
for i, (nm, v) in enumerate(procs7, 1):
    t.append(row(i, nm, *[n(x, True) for x in v]))
t.append(row("", "Cộng", *[n(x) for x in tot7]))
direct7 = tot7[0] - tot7[1]
on7 = pr(tot7[1], tot7[0])
L = header("UBND PHƯỜNG NAM ĐỒNG", "Nam Đồng", "77/BC-TTPVHCC", "Nam Đồng, ngày 31 tháng 12 năm 2025",
           "Kết quả tiếp nhận và giải quyết thủ tục hành chính tháng 12 năm 2025") + [
    "Thực hiện chỉ đạo của UBND phường, Trung tâm Phục vụ hành chính công phường báo cáo như sau:",
    f"- Tổng số hồ sơ tiếp nhận: {n(tot7[0])} hồ sơ; trực tuyến {n(tot7[1])} hồ sơ ({ps(on7)}%), trực tiếp {n(direct7)} hồ sơ.",
    f"- Đã giải quyết {n(tot7[2])} hồ sơ (trước hạn 1.078, đúng hạn 21, quá hạn 02); đang giải quyết {n(tot7[3])} hồ sơ.",
    "- Số hồ sơ theo từng thủ tục hành chính phát sinh trong tháng:",
    "",
] + t + [
    "",
    "Các thủ tục chứng thực bản sao chiếm tỷ lệ lớn nhất; Trung tâm đã bố trí thêm 01 quầy chứng thực vào các buổi sáng.",
    "",
    "Nơi nhận:", "- UBND phường;", "- Lưu: TTPVHCC.", "GIÁM ĐỐC", "", "Hoàng Thị Mai",
]
add("07_nam-dong_2025-12", "phuong", "Nam Đồng", "2025-12-01", "2025-12-31", L, [
    F(W, "received_total", tot7[0]), F(W, "received_online", tot7[1], on7), F(W, "received_direct", direct7),
    F(W, "resolved_total", tot7[2]), F(W, "resolved_early", 1078), F(W, "resolved_on_time", 21), F(W, "resolved_late", 2),
    F(W, "in_progress", tot7[3])],
    tables=[("Cộng row vs procedure rows", [(tot7[i], [p[1][i] for p in procs7]) for i in range(4)]),
            ("procedure rows", [(p[1][0], [p[1][2], p[1][3]]) for p in procs7])])

# ---------------------------------------------------------------- 08 Bạch Đằng (agencies as columns)
ag = ["sector:police", "sector:military", "sector:land", "sector:insurance"]
AK = ["total", "online", "direct", "resolved", "inprog", "od"]
agv = {"sector:police": [612, 597, 15, 605, 7, 0], "sector:military": [38, 31, 7, 38, 0, 0],
       "sector:land": [94, 62, 32, 85, 9, 14], "sector:insurance": [57, 57, 0, 55, 2, 0]}
alabels = ["Số hồ sơ tiếp nhận", "- Trực tuyến", "- Trực tiếp", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết", "Trong đó quá hạn"]
t = [row("Chỉ tiêu", "Công an phường", "Ban Chỉ huy quân sự phường", "Chi nhánh Văn phòng đăng ký đất đai khu vực 2", "Bảo hiểm xã hội cơ sở", "Tổng")]
for i, lab in enumerate(alabels):
    vals = [agv[a][i] for a in ag]
    t.append(row(lab, *[c(x, True) for x in vals], c(sum(vals), True)))
figs = [F(W, "received_total", 1452), F(W, "received_online", 1187, pr(1187, 1452)), F(W, "received_direct", 265),
        F(W, "resolved_total", 1398), F(W, "resolved_early", 1361), F(W, "resolved_on_time", 33), F(W, "resolved_late", 4),
        F(W, "in_progress", 54)]
for a in ag:
    for k, x in zip(AK, agv[a]):
        if x:
            figs.append(F(a, KEYMAP[k], x))
L = header("ỦY BAN NHÂN DÂN PHƯỜNG BẠCH ĐẰNG", "Bạch Đằng", "39/BC-TTPVHCC", "Bạch Đằng, ngày 30 tháng 9 năm 2025",
           "Kết quả hoạt động của Trung tâm Phục vụ hành chính công tháng 9 năm 2025") + [
    "1. Hồ sơ thuộc thẩm quyền giải quyết của UBND phường",
    f"Trong tháng 9/2025, Trung tâm tiếp nhận 1.452 hồ sơ, gồm 1.187 hồ sơ trực tuyến ({ps(pr(1187, 1452))}%) và 265 hồ sơ trực tiếp. Đã giải quyết 1.398 hồ sơ (trước hạn 1.361, đúng hạn 33, quá hạn 04); đang giải quyết 54 hồ sơ.",
    "2. Hồ sơ của các cơ quan ngành dọc tiếp nhận tại Trung tâm",
    "",
] + t + [
    "",
    "Hồ sơ quá hạn của Chi nhánh Văn phòng đăng ký đất đai chủ yếu là hồ sơ đăng ký biến động phải chờ kết quả đo đạc.",
    "3. Kiến nghị: đề nghị Chi nhánh Văn phòng đăng ký đất đai khu vực 2 bố trí viên chức thường trực tại Trung tâm các ngày thứ Ba và thứ Năm.",
    "",
    "Nơi nhận:", "- UBND phường;", "- Lưu: VT.", "GIÁM ĐỐC", "", "Bùi Thanh Sơn",
]
add("08_bach-dang_2025-09", "phuong", "Bạch Đằng", "2025-09-01", "2025-09-30", L, figs, findings=[
    dict(scope="sector:land", keys=["in_progress", "in_progress_overdue"], severity="error", expected=9, found=14,
         note="[parts-exceed-total] agency table, Chi nhánh Văn phòng đăng ký đất đai column: đang giải quyết 09, 'trong đó quá hạn' 14")],
    tables=[("Tổng column = sum of agencies", [(sum(agv[a][i] for a in ag), [agv[a][i] for a in ag]) for i in range(6)])])

# ---------------------------------------------------------------- 09 Thanh Hà (indicator table)
ind = [
    ("1", "Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã", "Thủ tục", "358", "theo Văn bản số 125/UBND ngày 02/4/2026 của UBND xã"),
    ("", "- DVCTT toàn trình", "Thủ tục", "219", ""),
    ("", "- DVCTT một phần", "Thủ tục", "139", ""),
    ("2", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", "2.437", "dòng 3 + dòng 4"),
    ("3", "Hồ sơ tiếp nhận trực tuyến", "Hồ sơ", "2.046", "qua Cổng Dịch vụ công quốc gia"),
    ("4", "Hồ sơ tiếp nhận trực tiếp", "Hồ sơ", "391", ""),
    ("5", "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận", "%", ps(pr(2046, 2437)), "chỉ tiêu thành phố giao ≥ 80%"),
    ("6", "Số hồ sơ đã giải quyết", "Hồ sơ", "2.381", ""),
    ("", "- Trước hạn", "Hồ sơ", "2.302", ""),
    ("", "- Đúng hạn", "Hồ sơ", "71", ""),
    ("", "- Quá hạn", "Hồ sơ", "08", "đất đai 06, xây dựng 02"),
    ("7", "Số hồ sơ đang giải quyết", "Hồ sơ", "56", "chuyển sang quý III"),
    ("8", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết", "%", "100", ""),
    ("9", "Hồ sơ phát sinh phí, lệ phí", "Hồ sơ", "812", ""),
    ("10", "Hồ sơ thanh toán phí, lệ phí trực tuyến", "Hồ sơ", "706", "tăng 58 hồ sơ so với quý I/2026"),
    ("11", "Tỷ lệ thanh toán trực tuyến", "%", ps(pr(706, 812)), ""),
    ("12", "Phản ánh, kiến nghị tiếp nhận", "Phản ánh", "02", "về thời gian trả kết quả"),
    ("13", "Phản ánh, kiến nghị đã xử lý", "Phản ánh", "02", ""),
]
t = [row("STT", "Chỉ tiêu", "ĐVT", "Kết quả quý II/2026", "Ghi chú")] + [row(*r) for r in ind]
L = header("UBND XÃ THANH HÀ", "Thanh Hà", "44/BC-TTPVHCC", "Thanh Hà, ngày 30 tháng 6 năm 2026",
           "Kết quả thực hiện nhiệm vụ quý II năm 2026 của Trung tâm Phục vụ hành chính công xã") + [
    "Trung tâm Phục vụ hành chính công xã Thanh Hà báo cáo kết quả thực hiện nhiệm vụ quý II năm 2026 theo biểu tổng hợp dưới đây:",
    "",
] + t + [
    "",
    "Đánh giá chung: hồ sơ được tiếp nhận, giải quyết kịp thời; các hồ sơ quá hạn đều đã được xin lỗi bằng văn bản.",
    "Phương hướng quý III/2026: nâng tỷ lệ thanh toán trực tuyến lên trên 90%; tiếp tục số hóa hồ sơ đầu vào.",
    "",
    "Nơi nhận:", "- UBND xã;", "- Lưu: TTPVHCC.", "GIÁM ĐỐC", "", "Đinh Văn Phúc",
]
add("09_thanh-ha_2026-q2", "xa", "Thanh Hà", "2026-04-01", "2026-06-30", L, [
    F(W, "procedures_total", 358), F(W, "procedures_full_online", 219), F(W, "procedures_partial_online", 139),
    F(W, "received_total", 2437), F(W, "received_online", 2046), F(W, "received_direct", 391), F(W, "online_share_pct", None, pr(2046, 2437)),
    F(W, "resolved_total", 2381), F(W, "resolved_early", 2302), F(W, "resolved_on_time", 71), F(W, "resolved_late", 8),
    F(W, "in_progress", 56), F(W, "digitized_pct", None, 100.0), F(W, "fee_records", 812),
    F(W, "fee_paid_online", 706, pr(706, 812)), F(W, "feedback_received", 2), F(W, "feedback_resolved", 2)],
    context=["125", "80", "58", "90"])

# ---------------------------------------------------------------- 10 Việt Hòa (notes column)
fields10 = [  # received, resolved, late, inprog, note
    ("Hộ tịch", [381, 311, 0, 7], ""),  # planted: 381 for 318
    ("Chứng thực", [497, 497, 0, 0], "gồm 41 hồ sơ chứng thực hợp đồng, giao dịch"),
    ("Đất đai", [147, 119, 3, 28], "trong đó 02 hồ sơ quá hạn của tháng trước"),
    ("Xây dựng", [26, 21, 0, 5], ""),
    ("Bảo trợ xã hội", [162, 158, 1, 4], ""),
    ("Người có công", [36, 33, 0, 3], ""),
]
FK10 = ["total", "resolved", "late", "inprog"]
t = [row("STT", "Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Trong đó quá hạn", "Đang giải quyết", "Ghi chú")]
for i, (nm, v, note) in enumerate(fields10, 1):
    t.append(row(i, nm, *[c(x, True) for x in v], note))
figs = [F(W, "received_total", 1186), F(W, "received_online", 968), F(W, "received_direct", 218),
        F(W, "resolved_total", 1139), F(W, "resolved_late", 4), F(W, "in_progress", 47)]
for nm, v, _ in fields10:
    for k, x in zip(FK10, v):
        if x:
            figs.append(F("field:" + nm.lower(), KEYMAP[k], x))
L = header("ỦY BAN NHÂN DÂN PHƯỜNG VIỆT HÒA", "Việt Hòa", "52/BC-TTPVHCC", "Việt Hòa, ngày 04 tháng 5 năm 2026",
           "Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 4 năm 2026") + [
    "1. Kết quả chung",
    "Tổng số hồ sơ tiếp nhận trong tháng: 1.186 hồ sơ (trực tuyến 968, trực tiếp 218); đã giải quyết 1.139 hồ sơ, trong đó quá hạn 04 hồ sơ; đang giải quyết 47 hồ sơ.",
    "So với tháng 3/2026 (tiếp nhận 1.102 hồ sơ), số hồ sơ tăng 84 hồ sơ, chủ yếu ở lĩnh vực chứng thực.",
    "Bưu điện phường đã chuyển phát 214 kết quả giải quyết đến tận nhà người dân qua dịch vụ bưu chính công ích.",
    "2. Kết quả theo lĩnh vực",
    "",
] + t + [
    "",
    "3. Phương hướng tháng 5/2026: giải quyết dứt điểm hồ sơ đất đai quá hạn; tăng cường hướng dẫn người dân nộp hồ sơ trực tuyến.",
    "",
    "Nơi nhận:", "- UBND phường;", "- Lưu: VT, TTPVHCC.", "GIÁM ĐỐC", "", "Mạc Thị Lan",
]
add("10_viet-hoa_2026-04", "phuong", "Việt Hòa", "2026-04-01", "2026-04-30", L, figs, findings=[
    dict(scope=W, keys=["received_total"], severity="error", expected=1186, found=1249, alt_scopes=["field:hộ tịch"],
         note="[field-sum] the six field rows' 'Tiếp nhận' add up to 381 + 497 + 147 + 26 + 162 + 36 = 1.249 > 1.186 stated in the text (hộ tịch 381 looks like 318 with digits swapped)"),
    dict(scope="field:hộ tịch", keys=["received_total", "resolved_total", "in_progress"], severity="error", expected=381, found=318,
         note="[parts-sum] hộ tịch row: đã giải quyết 311 + đang giải quyết 07 = 318 ≠ tiếp nhận 381")],
    context=["1.102", "84", "214", "02"])

# ---------------------------------------------------------------- write
if __name__ == "__main__":
    (OUT / "gold").mkdir(exist_ok=True)
    for r in REPORTS:
        (OUT / f"{r['slug']}.txt").write_text("\n".join(r["lines"]) + "\n", encoding="utf-8")
        g = {"file": r["slug"], "unit": {"type": r["type"], "name": r["name"]},
             "period": {"start": r["start"], "end": r["end"]}, "figures": r["figures"], "findings": r["findings"]}
        (OUT / "gold" / f"{r['slug']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", len(REPORTS))
