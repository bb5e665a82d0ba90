#!/usr/bin/env python3
"""Writes the texts of the demo month (corpus/thang-mau_2026-03/): SYNTHETIC
reports of the public-service centres of Hải Phòng's units for March 2026,
from baocao's own templates below (not the devsets' reports), with random
but seeded figures, so a rerun writes the same texts.

Usage: scripts/demo-month.py OUT_DIR   (writes OUT_DIR/<name>.txt and
OUT_DIR/plan.tsv: name, format, unit, what is wrong). scripts/make-demo-month.sh
renders them (DOCX, PDF, scans, a photo) and adds the unreadable file.
"""
import random
import sys
from pathlib import Path

SEED = 202603
FIELDS = ["Hộ tịch", "Chứng thực", "Đất đai", "Lao động - Thương binh và Xã hội", "Xây dựng"]


def dot(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f}".replace(".", ",")


def units():
    rows = Path(__file__).resolve().parent.parent.joinpath("data/hai-phong-units.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(r.split("\t")[:2]) for r in rows if r.strip()]


KIND = {"phuong": "phường", "xa": "xã", "dac_khu": "đặc khu"}


def figures(rng):
    received = rng.randint(180, 2600)
    online = round(received * rng.uniform(0.45, 0.93))
    direct = received - online
    in_progress = rng.randint(3, max(4, received // 25))
    resolved = received - in_progress
    late = rng.choice([0, 0, 1, 2, 3, 5])
    early = round((resolved - late) * rng.uniform(0.55, 0.9))
    on_time = resolved - late - early
    return dict(received=received, online=online, direct=direct, resolved=resolved,
                early=early, on_time=on_time, late=late, in_progress=in_progress,
                staff=rng.randint(5, 14), fee=rng.randint(40, 400), sat=rng.uniform(92, 99.9))


def split(total, parts, rng):
    """total split in `parts` positive integers."""
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def report(kind, name, month, year, f, rng, error=None, table=False, hostile=False):
    """One report's text; `error` names the arithmetic error planted."""
    kv = KIND[kind]
    up = f"{kv} {name}".upper()
    received, online, direct = f["received"], f["online"], f["direct"]
    early, on_time, late = f["early"], f["on_time"], f["late"]
    resolved, in_progress = f["resolved"], f["in_progress"]
    stated_online_pct = pct(online, received)
    if error == "parts-sum":  # online + direct does not make the total
        direct += rng.choice([-30, -12, 9, 20])
    if error == "resolved-sum":  # the timing parts do not make the resolved total
        on_time += rng.choice([-7, 4, 11])
    if error == "rate":  # a rate that does not match its counts
        stated_online_pct = pct(online + received // 10, received)
    fee_online = round(f["fee"] * 0.8)
    lines = [
        f"UBND {up}",
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        f"Số: {rng.randint(10, 90)}/BC-TTPVHCC\t{name}, ngày {rng.randint(1, 5):02d} tháng {month % 12 + 1:02d} năm {year + (month == 12)}",
        "",
        "BÁO CÁO",
        f"Kết quả hoạt động của Trung tâm Phục vụ hành chính công tháng {month} năm {year}",
        "",
        "(VĂN BẢN MẪU TỔNG HỢP — SỐ LIỆU GIẢ ĐỊNH, KHÔNG PHẢI BÁO CÁO THẬT)",
        "",
        "I. TÌNH HÌNH CHUNG",
        f"Trung tâm Phục vụ hành chính công {kv} {name} có {f['staff']:02d} cán bộ, công chức làm việc thường xuyên tại bộ phận một cửa.",
    ]
    if hostile:
        lines += [
            "Ghi chú của người nhập liệu: <script>alert('baocao')</script> và <img src=x onerror=alert(1)>",
            "Xem thêm tại <a href=\"javascript:alert(document.cookie)\">đường dẫn này</a> hoặc javascript:alert(2).",
        ]
    lines += [
        "",
        f"II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG {month}/{year}",
        f"1. Tổng số hồ sơ tiếp nhận: {dot(received)} hồ sơ, trong đó:",
        f"- Tiếp nhận trực tuyến: {dot(online)} hồ sơ, đạt tỷ lệ {stated_online_pct}%;",
        f"- Tiếp nhận trực tiếp: {dot(direct)} hồ sơ.",
        f"2. Số hồ sơ đã giải quyết: {dot(resolved)} hồ sơ, trong đó:",
        f"- Giải quyết trước hạn: {dot(early)} hồ sơ;",
        f"- Giải quyết đúng hạn: {dot(on_time)} hồ sơ;",
        f"- Giải quyết quá hạn: {dot(late)} hồ sơ.",
        f"3. Số hồ sơ đang giải quyết: {dot(in_progress)} hồ sơ.",
    ]
    if table:
        rec = split(received, len(FIELDS), rng)
        res = [max(1, r - rng.randint(0, max(1, r // 10))) for r in rec]
        diff = resolved - sum(res)
        res[0] += diff
        if res[0] < 1 or res[0] > rec[0]:
            res = [r for r in rec]
            res[0] -= received - resolved
        prog = [a - b for a, b in zip(rec, res)]
        total_row = [received, resolved, in_progress]
        if error == "table-total":
            # One row's resolved cell copied too high (its in-progress cell
            # too low to match): the total row no longer adds up.
            i = max(range(len(FIELDS)), key=lambda k: prog[k])
            delta = max(1, prog[i] // rng.choice([2, 3, 4]))
            res[i] += delta
            prog[i] -= delta
        lines += [
            "",
            "Kết quả theo lĩnh vực:",
            "STT\tLĩnh vực\tTiếp nhận\tĐã giải quyết\tĐang giải quyết",
        ]
        for i, fld in enumerate(FIELDS):
            lines.append(f"{i + 1}\t{fld}\t{dot(rec[i])}\t{dot(res[i])}\t{dot(prog[i])}")
        lines.append(f"\tTổng cộng\t{dot(total_row[0])}\t{dot(total_row[1])}\t{dot(total_row[2])}")
    lines += [
        "",
        "III. CÔNG TÁC KHÁC",
        f"Số hồ sơ có phí, lệ phí: {dot(f['fee'])} hồ sơ; thanh toán trực tuyến {dot(fee_online)}/{dot(f['fee'])} hồ sơ, đạt tỷ lệ {pct(fee_online, f['fee'])}%.",
        f"Mức độ hài lòng của người dân đạt {f['sat']:.2f}%.".replace(".", ",", 1) if False else f"Mức độ hài lòng của người dân đạt {str(round(f['sat'], 2)).replace('.', ',')}%.",
        "",
        "IV. PHƯƠNG HƯỚNG THÁNG TỚI",
        "Tiếp tục nâng cao chất lượng tiếp nhận, giải quyết hồ sơ; đẩy mạnh hướng dẫn người dân nộp hồ sơ trực tuyến.",
        "",
        "Nơi nhận:\tGIÁM ĐỐC",
        "- UBND thành phố (b/c);\t",
        "- Lưu: VT.\t(đã ký)",
    ]
    return "\n".join(lines) + "\n"


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    all_units = units()
    chosen = sorted(rng.sample(all_units, 32), key=lambda u: u[1])
    # The formats wards send, in a fixed shuffled order.
    formats = (["docx"] * 10 + ["pdf"] * 7 + ["scan"] * 5 + ["photo"] * 1 + ["txt"] * 9)
    rng.shuffle(formats)
    errors = ["parts-sum", "resolved-sum", "rate", "table-total", "table-total", "parts-sum", "rate"]
    # Errors planted in exact copies only (text, DOCX, PDF text layer): an
    # OCR'd copy's reading may differ from the text it was printed from.
    exact = [i for i in range(32) if formats[i] not in ("scan", "photo") and i != 5]
    err_at = dict(zip(rng.sample(exact, len(errors)), errors))
    plan = []
    for i, (kind, name) in enumerate(chosen):
        fmt = formats[i]
        error = err_at.get(i)
        # Tables in a third of the reports, and wherever a table error is planted.
        table = error == "table-total" or i % 3 == 0
        # OCR'd copies carry no planted error (their reading may differ).
        if i == 5:  # the hostile report: plain text, so its markup reaches baocao as written
            fmt = "txt"
        slug = "".join(c if c.isalnum() else "-" for c in fold(f"{KIND[kind]} {name}")).strip("-")
        stem = f"{i + 1:02d}_{slug}_2026-03"
        text = report(kind, name, 3, 2026, figures(rng), rng, error=error, table=table,
                      hostile=(i == 5))
        (out / f"{stem}.txt").write_text(text, encoding="utf-8")
        plan.append((stem, fmt, f"{KIND[kind]} {name}", error or ("hostile text" if i == 5 else "")))
    # One report of another month (February), of a unit that also reported March.
    kind, name = chosen[3]
    slug = "".join(c if c.isalnum() else "-" for c in fold(f"{KIND[kind]} {name}")).strip("-")
    stem = f"33_{slug}_2026-02"
    (out / f"{stem}.txt").write_text(report(kind, name, 2, 2026, figures(rng), rng), encoding="utf-8")
    plan.append((stem, "docx", f"{KIND[kind]} {name}", "February, not March"))
    with open(out / "plan.tsv", "w", encoding="utf-8") as p:
        p.write("name\tformat\tunit\tplanted\n")
        for row in plan:
            p.write("\t".join(row) + "\n")


def fold(s: str) -> str:
    import unicodedata
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


if __name__ == "__main__":
    main()
