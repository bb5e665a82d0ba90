# 04 xã Nguyên Giáp, 06 tháng cuối năm 2025 -- almost only ONE big indicator table
# (STT | Chỉ tiêu | ĐVT | Kết quả [Số lượng | Tỷ lệ (%)] | Ghi chú), the Ghi chú column holding numbers that
# are not figures (same period last year, plan targets, decision numbers, increases).
# Planted: (1) parts-sum: trực tuyến 5.207 + trực tiếp 1.093 = 6.300, but tổng số 6.318;
#          (2) conflicting-statements: the intro says 9.842 lượt công dân, the table 9.482.
from gen import pc, Reg, num

META = dict(unit=("xa", "Nguyên Giáp"), period=("2025-07-01", "2025-12-31"), acct="beside", rates="round",
            style="docx", tablefont=10)

N = dict(staff=11, pt=367, pfo=219, ppo=148, pfwr=31, ppwr=21,
         rt=6318, on=5207, di=1093,            # planted: 5.207 + 1.093 = 6.300
         ea=6011, ot=171, late=23, ip=84, ipo=3, wd=21, rej=8,
         vis_text=9842, vis_table=9482,       # planted: two values for the same figure
         arc=5960, reuse=3308, fee=2241, feeon=1873, ecert=1126, fb=6, fbr=5,
         pol_rt=1105, pol_res=1098, pol_ip=7, land_rt=431, land_res=362, land_ip=69,
         ly_rt=5476, inc=842, plan_pct=80, qd=1085, sat_plan=95)
N["res"] = N["ea"] + N["ot"] + N["late"]
assert N["res"] + N["ip"] + N["wd"] + N["rej"] == N["rt"]
assert N["on"] + N["di"] != N["rt"]
N["pwr"] = N["pfwr"] + N["ppwr"]
N["p_pwr"] = pc(N["pwr"], N["pfo"] + N["ppo"])
N["p_on"] = pc(N["on"], N["rt"])
N["p_di"] = pc(N["di"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["p_arc"] = pc(N["arc"], N["res"])
N["dig"] = "100"
N["sat"] = "97,84"
N["inc"] = N["rt"] - N["ly_rt"]

r = Reg(N)
# STT, indicator, unit (ĐVT), count (N name, mark), rate (N name, mark), note
IND = [
    ("1", "Tổng số TTHC thuộc thẩm quyền của UBND xã", "Thủ tục", ("pt", "w.pt"), None,
     "Theo QĐ số 1085/QĐ-UBND ngày 30/6/2025"),
    ("1.1", "DVCTT toàn trình", "Thủ tục", ("pfo", "w.pfo"), None, ""),
    ("1.2", "DVCTT một phần", "Thủ tục", ("ppo", "w.ppo"), None, ""),
    ("2", "Số DVCTT phát sinh hồ sơ", "Thủ tục", ("pwr", "w.pwr"), ("p_pwr", "w.pwr%"), ""),
    ("2.1", "Toàn trình phát sinh hồ sơ", "Thủ tục", ("pfwr", "w.pfwr"), None, ""),
    ("2.2", "Một phần phát sinh hồ sơ", "Thủ tục", ("ppwr", "w.ppwr"), None, ""),
    ("3", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", ("rt", "w.rt"), None,
     "Cùng kỳ 2024: {ly_rt@ctx}; tăng {inc@ctx}"),
    ("3.1", "Tiếp nhận trực tuyến", "Hồ sơ", ("on", "w.on"), ("p_on", "w.on%"), "Kế hoạch: {plan_pct@ctx}%"),
    ("3.2", "Tiếp nhận trực tiếp", "Hồ sơ", ("di", "w.di"), ("p_di", "w.di%"), ""),
    ("4", "Số hồ sơ đã giải quyết", "Hồ sơ", ("res", "w.res"), ("p_res", "w.res%"), ""),
    ("4.1", "Trước hạn", "Hồ sơ", ("ea", "w.ea"), ("p_ea", "w.ea%"), ""),
    ("4.2", "Đúng hạn", "Hồ sơ", ("ot", "w.ot"), ("p_ot", "w.ot%"), ""),
    ("4.3", "Quá hạn", "Hồ sơ", ("late", "w.late"), ("p_late", "w.late%"), "Đã xin lỗi 23/23 trường hợp"),
    ("5", "Số hồ sơ đang giải quyết", "Hồ sơ", ("ip", "w.ip"), None, ""),
    ("5.1", "Trong đó: quá hạn", "Hồ sơ", ("ipo", "w.ipo"), None, "Lĩnh vực đất đai"),
    ("6", "Hồ sơ công dân xin rút", "Hồ sơ", ("wd", "w.wd"), None, ""),
    ("7", "Hồ sơ từ chối giải quyết", "Hồ sơ", ("rej", "w.rej"), None, ""),
    ("8", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "%", None, ("dig", "w.dig%"), ""),
    ("9", "Hồ sơ được lưu kho dữ liệu điện tử", "Hồ sơ", ("arc", "w.arc"), ("p_arc", "w.arc%"), ""),
    ("10", "Hồ sơ tái sử dụng dữ liệu số hóa", "Hồ sơ", ("reuse", "w.reuse"), None, ""),
    ("11", "Hồ sơ phát sinh phí, lệ phí", "Hồ sơ", ("fee", "w.fee"), None, ""),
    ("12", "Hồ sơ thanh toán phí, lệ phí trực tuyến", "Hồ sơ", ("feeon", "w.feeon"), ("p_feeon", "w.feeon%"), ""),
    ("13", "Bản sao chứng thực điện tử đã cấp", "Bản", ("ecert", "w.ecert"), None, ""),
    ("14", "Công an xã: hồ sơ tiếp nhận", "Hồ sơ", ("pol_rt", "pol.rt"), None, ""),
    ("15", "Công an xã: hồ sơ đã giải quyết", "Hồ sơ", ("pol_res", "pol.res"), None, ""),
    ("16", "Công an xã: hồ sơ đang giải quyết", "Hồ sơ", ("pol_ip", "pol.ip"), None, ""),
    ("17", "Chi nhánh VPĐK đất đai: hồ sơ tiếp nhận", "Hồ sơ", ("land_rt", "land.rt"), None, ""),
    ("18", "Chi nhánh VPĐK đất đai: hồ sơ đã giải quyết", "Hồ sơ", ("land_res", "land.res"), None, ""),
    ("19", "Chi nhánh VPĐK đất đai: hồ sơ đang giải quyết", "Hồ sơ", ("land_ip", "land.ip"), None, ""),
    ("20", "Lượt tiếp, hướng dẫn công dân tại Trung tâm", "Lượt", ("vis_table", "w.vis"), None, ""),
    ("21", "Phản ánh, kiến nghị tiếp nhận", "Phản ánh", ("fb", "w.fb"), None, ""),
    ("22", "Phản ánh, kiến nghị đã xử lý", "Phản ánh", ("fbr", "w.fbr"), None, "01 đang xác minh"),
    ("23", "Tỷ lệ người dân hài lòng", "%", None, ("sat", "w.sat%"), "Chỉ tiêu ≥ {sat_plan@ctx}%"),
    ("24", "Số công chức làm việc tại Trung tâm", "Người", ("staff", "w.staff"), None, ""),
]


def ph(x, pad=None):
    if x is None:
        return ""
    nm, mark = x
    if mark.endswith("%"):
        return "{%s@%s}" % (nm, mark)
    return "{%s%s@%s}" % (nm, ":" + pad if pad else "", mark)


rows = ["STT\tChỉ tiêu\tĐVT\tKết quả\t<<\tGhi chú",
        "^^\t^^\t^^\tSố lượng\tTỷ lệ (%)\t^^",
        "(1)\t(2)\t(3)\t(4)\t(5)\t(6)"]
for stt, lab, dvt, cnt, rate, note in IND:
    pad = "02" if cnt and N[cnt[0]] < 10 else None
    rate_s = ph(rate).replace("%}", "}") if rate else ""   # the table's column says (%): no sign in cells
    if rate:
        nm, mark = rate
        rate_s = "{%s@%s!}" % (nm, mark)
    rows.append("\t".join([stt, lab, dvt, ph(cnt, pad), rate_s, note]))
TABLE = "\n".join(rows)

TEXT = """@L UBND XÃ NGUYÊN GIÁP
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 58/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Nguyên Giáp, ngày 29 tháng 12 năm 2025
@T BÁO CÁO
@t Kết quả thực hiện nhiệm vụ 06 tháng cuối năm 2025 của Trung tâm Phục vụ hành chính công xã Nguyên Giáp
Thực hiện Kế hoạch số 96/KH-UBND ngày 10/7/2025 của UBND xã, Trung tâm Phục vụ hành chính công xã báo cáo kết quả thực hiện nhiệm vụ 06 tháng cuối năm 2025 (từ ngày 01/7/2025 đến ngày 31/12/2025). Trong kỳ, Trung tâm đã đón tiếp, hướng dẫn {vis_text@w.vis} lượt công dân, tổ chức đến giao dịch. Kết quả cụ thể theo các chỉ tiêu tại Biểu tổng hợp dưới đây:
""" + TABLE + """
@H ĐÁNH GIÁ, KIẾN NGHỊ
- Các chỉ tiêu về cải cách thủ tục hành chính cơ bản đạt và vượt kế hoạch; tỷ lệ hồ sơ trực tuyến vượt kế hoạch giao.
- Đề nghị UBND xã bổ sung 01 công chức có chuyên môn đất đai, xây dựng làm việc tại Trung tâm; nâng cấp đường truyền lên 300 Mbps.
@N Nơi nhận:
@N - UBND xã;
@N - Lưu: TTPVHCC.
@S GIÁM ĐỐC
@S
@S
@S Nguyễn Thị Lan Anh
"""
FINDINGS = [
    dict(scope="ward", keys=["received_total", "received_online", "received_direct"], severity="error",
         expected=N["rt"], found=N["on"] + N["di"],
         note="[parts-sum] row 3: tiếp nhận trực tuyến 5.207 + trực tiếp 1.093 = 6.300, but tổng số hồ sơ tiếp nhận "
              "6.318 (confirmed by 6.205 + 84 + 21 + 8 = 6.318); the direct count should be 1.111; its rate 17,30% "
              "is 1.093/6.318, consistent with the wrong count"),
    dict(scope="ward", keys=["visitors"], severity="error", expected=N["vis_text"], found=N["vis_table"],
         note="[conflicting-statements] the intro says 9.842 lượt công dân, the table row 19 says 9.482"),
]
