# 04 xã Kim Thành, year 2025 (tổng kết năm), data 01/7/2025 - 15/12/2025 -- 2 planted errors. docx text.
# Fields listed in prose (a sentence with semicolons), then an indicator table: STT | Nội dung | Kết quả thực hiện |
# Chỉ tiêu giao (targets: traps) -- rates on rows of their own ("Tỷ lệ ...") that go to the count above.
# Planted: (1) field-sum: the fields listed in prose add up to 8.105, the year's total is 8.015 (chứng thực typed
#              4.210 for 4.120); (2) conflicting-statements: in progress 96 in the text, 69 in the table.
# Traps: the plan column, the old communes' 2024 total, the first half (before merger), forecast for 2026,
# the police's identity-card work, tax, land office's own office, money, training, meeting count, decisions.
from gen import pc, Reg

META = dict(unit=("xa", "Kim Thành"), period=("2025-07-01", "2025-12-15"), acct="beside", rates="round",
            style="docx")
FIELDS = [("hộ tịch", 1846), ("chứng thực", 4120), ("đất đai", 512), ("xây dựng", 96),
          ("bảo trợ xã hội", 1003), ("người có công", 205), ("đăng ký kinh doanh", 233)]
N = dict(on=6416, ea=7672, ot=215, late=17, wd=12, rej=3, ip_tab=69, staff=15, pt=352, pfo=209, ppo=143,
         fb=6, fbr=6, vis=9215, reuse=5930, arc=7903,
         y2024=11520, h1=5240, plan26=17000, cccd=3912, tax=640, money=318750000, trained=42, meetings=4,
         t_on=70, t_time=95, t_sat=90)
for i, (lab, v) in enumerate(FIELDS):
    N["f%d" % i] = v
N["rt"] = sum(v for _, v in FIELDS)
N["f1"] = 4210                                   # planted: typed 4.210 for 4.120
N["di"] = N["rt"] - N["on"]
N["res"] = N["ea"] + N["ot"] + N["late"]
N["ip"] = N["rt"] - N["res"] - N["wd"] - N["rej"]
assert N["ip"] == 96
N["p_on"] = pc(N["on"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_eaot"] = pc(N["ea"] + N["ot"], N["res"])
N["eaot"] = N["ea"] + N["ot"]
N["p_late"] = pc(N["late"], N["res"])
N["dig"] = "100"
N["sat"] = "97,26"

FIELD_TEXT = "; ".join("%s {f%d@f:%s.rt} hồ sơ" % (lab, i, lab) for i, (lab, _) in enumerate(FIELDS))

r = Reg(N)
T = [("1", "Tổng số hồ sơ tiếp nhận", r.c(N["rt"], "w.rt") + " hồ sơ", ""),
     ("1.1", "Hồ sơ tiếp nhận trực tuyến", r.c(N["on"], "w.on") + " hồ sơ", ""),
     ("", "Tỷ lệ hồ sơ trực tuyến", r.c(N["p_on"], "w.on%"), "≥ " + r.c(N["t_on"], "ctx") + "%"),
     ("1.2", "Hồ sơ tiếp nhận trực tiếp", r.c(N["di"], "w.di") + " hồ sơ", ""),
     ("2", "Số hồ sơ đã giải quyết", r.c(N["res"], "w.res") + " hồ sơ", ""),
     ("2.1", "Trước hạn, đúng hạn", r.c(N["eaot"], "w.eo") + " hồ sơ", ""),
     ("", "Tỷ lệ giải quyết trước hạn, đúng hạn", r.c(N["p_eaot"], "w.eo%"), "≥ " + r.c(N["t_time"], "ctx") + "%"),
     ("2.2", "Quá hạn", r.c(N["late"], "w.late") + " hồ sơ", "0"),
     ("3", "Số hồ sơ đang giải quyết", r.c(N["ip_tab"], "w.ip") + " hồ sơ", ""),
     ("4", "Số hồ sơ công dân xin rút", r.c(N["wd"], "w.wd") + " hồ sơ", ""),
     ("5", "Số hồ sơ từ chối giải quyết", r.c(N["rej"], "w.rej", pad="02") + " hồ sơ", ""),
     ("6", "Tỷ lệ số hóa hồ sơ, kết quả", r.c(N["dig"], "w.dig%"), "100%"),
     ("7", "Mức độ hài lòng của người dân", r.c(N["sat"], "w.sat%"), "≥ " + r.c(N["t_sat"], "ctx") + "%")]
TABLE = "\n".join(["STT\tNội dung\tKết quả thực hiện\tChỉ tiêu giao"] + ["\t".join(row) for row in T])

TEXT = """@L ĐẢNG ỦY - HĐND - UBND XÃ KIM THÀNH
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 64/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Kim Thành, ngày 18 tháng 12 năm 2025
@T BÁO CÁO
@t Tổng kết hoạt động năm 2025 và phương hướng, nhiệm vụ năm 2026
@I (Số liệu từ ngày 01/7/2025 đến ngày 15/12/2025)
@H I. KHÁI QUÁT CHUNG
Thực hiện Quyết định số 112/QĐ-UBND ngày 01/7/2025 của UBND xã Kim Thành về việc thành lập Trung tâm Phục vụ hành chính công, Trung tâm đã chính thức vận hành từ ngày đầu tiên của chính quyền địa phương hai cấp. Trung tâm có {staff@w.staff} người làm việc, gồm 10 công chức của xã và 05 người do các cơ quan ngành dọc cử đến. Trong năm, Trung tâm tổ chức {meetings@ctx} hội nghị giao ban và 03 lớp tập huấn với {trained@ctx} lượt cán bộ tham dự.
Xã hiện có {pt@w.pt} thủ tục hành chính thuộc thẩm quyền; {pfo@w.pfo} thủ tục được cung cấp trực tuyến toàn trình và {ppo@w.ppo} thủ tục được cung cấp trực tuyến một phần.
@H II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
@h 1. Tiếp nhận và giải quyết hồ sơ
Từ khi đi vào hoạt động đến ngày 15/12/2025, Trung tâm đã tiếp nhận tổng cộng {rt@w.rt} hồ sơ thủ tục hành chính thuộc thẩm quyền UBND xã. Phân theo lĩnh vực: """ + FIELD_TEXT + """. Trước khi sắp xếp, 6 tháng đầu năm 2025 bộ phận một cửa của 03 xã cũ tiếp nhận {h1@ctx} hồ sơ; cả năm 2024 là {y2024@ctx} hồ sơ.
Trong số hồ sơ tiếp nhận, có {on@w.on} hồ sơ được nộp trực tuyến qua Cổng Dịch vụ công quốc gia. UBND xã đã giải quyết {res@w.res} hồ sơ ({p_res@w.res%}), trong đó trả kết quả trước hạn và đúng hạn {eaot@w.eo} hồ sơ; {late@w.late} hồ sơ trả quá hạn đã được xin lỗi bằng văn bản. Đến ngày 15/12/2025, còn {ip@w.ip} hồ sơ đang giải quyết trong hạn. Có {wd@w.wd} hồ sơ công dân xin rút và {rej:02@w.rej} hồ sơ bị từ chối do không đủ điều kiện.
Tổng hợp các chỉ tiêu chính như sau:
""" + TABLE + """
@h 2. Số hóa và khai thác dữ liệu
Đã lưu {arc@w.arc} hồ sơ vào kho quản lý dữ liệu điện tử; {reuse@w.reuse} hồ sơ được tái sử dụng dữ liệu đã số hóa, giảm giấy tờ cho người dân.
@h 3. Tiếp công dân, phản ánh kiến nghị
Trung tâm đã tiếp {vis@w.vis} lượt công dân đến liên hệ công việc. Nhận {fb:02@w.fb} phản ánh, kiến nghị; đã giải quyết {fbr:02@w.fbr} phản ánh, kiến nghị.
@h 4. Phối hợp với cơ quan ngành dọc
Công an xã đã thu nhận {cccd@ctx} hồ sơ cấp căn cước tại trụ sở Công an xã. Đội Thuế khu vực tiếp nhận {tax@ctx} hồ sơ khai thuế tại bộ phận của Đội. Số tiền phí, lệ phí thu nộp ngân sách qua Trung tâm là {money} đồng.
@H III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
Dự báo năm 2026, số hồ sơ tiếp nhận tại Trung tâm khoảng {plan26@ctx} hồ sơ. Trung tâm phấn đấu 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt trên 80%.
@N Nơi nhận:
@N - UBND thành phố (b/c);
@N - Đảng ủy, HĐND, UBND xã;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Nguyễn Văn Lực
"""
FINDINGS = [
    dict(scope="ward", keys=["received_total"], severity="error", expected=N["rt"],
         found=N["rt"] - 4120 + N["f1"],
         note="[field-sum] the fields listed in prose add up to 8.105 (chứng thực 4.210), the total is 8.015 "
              "(confirmed by 6.416 + 1.599 and 7.904 + 96 + 12 + 03)"),
    dict(scope="ward", keys=["in_progress"], severity="error", expected=N["ip"], found=N["ip_tab"],
         note="[conflicting-statements] the text says 96 hồ sơ đang giải quyết (8.015 - 7.904 - 12 - 03 = 96); "
              "table row 3 says 69"),
]
