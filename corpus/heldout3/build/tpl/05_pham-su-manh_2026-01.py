# 05 phường Phạm Sư Mạnh, tháng 01/2026 -- 2 planted errors.
# TRANSPOSED table: indicators as rows, fields as columns (no total column: the ward totals are in the prose).
# Planted: (1) field-sum: the text says 07 hồ sơ quá hạn, the fields' "quá hạn" row adds up to 04;
#          (2) parts-exceed-total: land office "đang giải quyết 23 hồ sơ, trong đó quá hạn 32 hồ sơ".
# Traps: previous month, cumulative 2025, city target, money, hotline number, decision numbers, Tết dates.
from gen import pc, Reg, fs

META = dict(unit=("phuong", "Phạm Sư Mạnh"), period=("2026-01-01", "2026-01-31"), acct="beside",
            rates="round", style="docx")

# field: received, online, direct, resolved, of which late, in progress
F = [("Hộ tịch", 312, 281, 31, 305, None, 7),
     ("Chứng thực", 655, 402, 253, 655, None, None),
     ("Đất đai", 71, 49, 22, 52, 3, 19),
     ("Hoạt động xây dựng", 14, 12, 2, 11, 1, 3),
     ("Bảo trợ xã hội", 143, 126, 17, 134, None, 9),
     ("Người có công", 19, 15, 4, 17, None, 2)]
S = lambda i: sum(x[i] or 0 for x in F)  # noqa: E731
N = dict(rt=S(1), on=S(2), di=S(3), res=S(4), ip=S(6),
         late=7,                 # planted: the fields' quá hạn row adds up to 4
         staff=8, land_rt=97, land_res=74, land_ip=23, land_ipo=32,   # planted: 32 > 23
         pol_rt=402, pol_on=388, pol_di=14, pol_res=395, pol_ip=7,
         prev=1388, year_cum=9870, money=31620000, city_target=90, fb=1, fbr=1, e_cert=206)
assert N["on"] + N["di"] == N["rt"] and N["res"] + N["ip"] == N["rt"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_di"] = pc(N["di"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_late"] = pc(N["late"], N["res"])
N["dig"] = "100"

r = Reg(N)
ROWS = [("1", "Tổng số hồ sơ tiếp nhận", 1, "rt"), ("1.1", "Trực tuyến", 2, "on"), ("1.2", "Trực tiếp", 3, "di"),
        ("2", "Đã giải quyết", 4, "res"), ("", "Trong đó: quá hạn", 5, "late"), ("3", "Đang giải quyết", 6, "ip")]
rows = ["STT\tChỉ tiêu\t" + "\t".join(f[0] for f in F)]
for stt, lab, i, k in ROWS:
    rows.append("\t".join([stt or " ", lab] + [r.c(f[i], fs(f[0]) + "." + k) for f in F]))
TABLE = "\n".join(rows)


def EXTRA(N):
    return [] if S(5) != N["late"] else ["planted late is not wrong"]


TEXT = """@L ỦY BAN NHÂN DÂN
@L PHƯỜNG PHẠM SƯ MẠNH
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 05/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Phạm Sư Mạnh, ngày 30 tháng 01 năm 2026
@T BÁO CÁO
@t Kết quả tiếp nhận và giải quyết thủ tục hành chính tháng 01 năm 2026
Trung tâm Phục vụ hành chính công phường Phạm Sư Mạnh báo cáo kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 01 năm 2026 như sau:
@H 1. Kết quả chung
- Tổng số hồ sơ tiếp nhận: {rt@w.rt} hồ sơ. Trong đó: nộp trực tuyến {on@w.on} hồ sơ, tỷ lệ {p_on@w.on%}; nộp trực tiếp {di@w.di} hồ sơ, tỷ lệ {p_di@w.di%}.
- Đã giải quyết {res@w.res} hồ sơ (đạt {p_res@w.res%}), trong đó có {late:02@w.late} hồ sơ quá hạn ({p_late@w.late%}); đang giải quyết {ip@w.ip} hồ sơ.
- So với tháng 12/2025 ({prev@ctx} hồ sơ), lượng hồ sơ giảm do trùng thời gian chuẩn bị Tết Nguyên đán Bính Ngọ (Trung tâm nghỉ từ ngày 14/02/2026 đến hết ngày 22/02/2026 theo Thông báo số 09/TB-UBND). Năm 2025 (từ 01/7/2025), toàn phường đã tiếp nhận {year_cum@ctx} hồ sơ.
@H 2. Kết quả theo lĩnh vực
Kết quả theo từng lĩnh vực được tổng hợp tại bảng sau (đơn vị tính: hồ sơ; dấu “-”: không phát sinh):
""" + TABLE + """
@H 3. Hồ sơ của các cơ quan ngành dọc tại Trung tâm
- Công an phường tiếp nhận {pol_rt@pol.rt} hồ sơ, gồm {pol_on@pol.on} hồ sơ trực tuyến và {pol_di@pol.di} hồ sơ trực tiếp; đã giải quyết {pol_res@pol.res} hồ sơ, đang giải quyết {pol_ip:02@pol.ip} hồ sơ.
- Văn phòng đăng ký đất đai (Chi nhánh khu vực) tiếp nhận {land_rt@land.rt} hồ sơ; đã giải quyết {land_res@land.res} hồ sơ; đang giải quyết {land_ip@land.ip} hồ sơ, trong đó quá hạn {land_ipo@land.ipo} hồ sơ do vướng mắc về nguồn gốc sử dụng đất.
@H 4. Công tác khác
- Số hóa hồ sơ, kết quả giải quyết đạt tỷ lệ {dig@w.dig%}. Chứng thực bản sao điện tử: {e_cert@w.ecert} bản.
- Tổng số tiền phí, lệ phí thu qua Trung tâm: {money} đồng (đã nộp ngân sách đầy đủ).
- Tiếp nhận {fb:02@w.fb} phản ánh qua Hệ thống tiếp nhận phản ánh kiến nghị; đã trả lời {fbr:02@w.fbr} phản ánh. Số điện thoại hỗ trợ của Trung tâm: 0225.3747.118.
- Nhân sự: Trung tâm hiện có {staff:02@w.staff} công chức, người lao động.
@H 5. Nhiệm vụ tháng 02 năm 2026
- Bố trí công chức trực trước và sau Tết để giải quyết hồ sơ của người dân; phấn đấu đạt chỉ tiêu {city_target@ctx}% hồ sơ trực tuyến mà UBND thành phố giao cho năm 2026.
- Rà soát, giải quyết dứt điểm các hồ sơ đất đai còn tồn đọng.
@N Nơi nhận:
@N - UBND phường;
@N - Văn phòng HĐND-UBND phường;
@N - Lưu: VT, TT.
@S GIÁM ĐỐC
@S
@S
@S Trần Quốc Khánh
"""
FINDINGS = [
    dict(scope="ward", keys=["resolved_late"], severity="error", expected=N["late"], found=S(5),
         note="[field-sum] the text gives 07 hồ sơ quá hạn (0,60%), but the table's 'Trong đó: quá hạn' row adds "
              "up to 3 (đất đai) + 1 (xây dựng) = 4", alt_scopes=["field:đất đai"]),
    dict(scope="sector:land", keys=["in_progress", "in_progress_overdue"], severity="error", expected=N["land_ip"],
         found=N["land_ipo"],
         note="[parts-exceed-total] land office: đang giải quyết 23 hồ sơ, trong đó quá hạn 32 hồ sơ"),
]
