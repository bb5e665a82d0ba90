# 02 xã Việt Khê, tổng kết năm 2025 (data 01/7/2025 - 14/12/2025) -- 2 planted errors. Wrapped text (pdftotext).
# A year report of a new commune: carried-over records from the former communes' one-stop desks INSIDE the total
# ("tổng số hồ sơ phải giải quyết ... bao gồm ... chuyển sang và ... tiếp nhận mới"); inside accounting
# (withdrawn/refused among the resolved); in_progress_overdue; procedures with records; three vertical agencies.
# Table: a long indicator table STT / Chỉ tiêu / Đơn vị tính / Số liệu in which counts and rates share the column
# ("%" rows carry no sign).
# Planted: (1) conflicting-statements: received_total 9.482 in the prose, 9.428 in the indicator table;
#          (2) rate (warning): resolved_early 8.905 of 9.301 given as 97,54% in the table (true 95,74%).
# Traps: the first half of 2025 in the former communes (4.870), 2024 (16.380), forecast for 2026 (18.000),
# the rest of December (900), the police's own căn cước (6.214), the tax team (1.047), money, conferences,
# the commune's civil servants (47), the target 80%, document numbers, dates.
from gen import pc, Reg

META = dict(unit=("xa", "Việt Khê"), period=("2025-07-01", "2025-12-14"), acct="inside", carried="inside",
            rates="round", style="wrapped")
N = dict(co=142, on=7215, di=2125, res=9301, ip=181, ipo=4, ea=8905, ot=342, late=19, wd=27, rej=8, sup=163,
         pt=351, pfo=205, ppo=121, pno=25, pwr=118, pfwr=71, ppwr=47,
         pol_rt=1604, pol_res=1588, pol_ip=16, land_rt=486, land_res=402, land_ip=84, ins=233,
         arc=8977, reuse=6140, fee=3255, feeon=2417, ecert=1902, fb=11, fbr=10, staff=16,
         h1=4870, y2024=16380, fc=18000, rest=900, cccd=6214, tax=1047, money=412600000, conf=8, cs=47,
         target=80, rt_bad=9428)
N["rip"] = N["on"] + N["di"]
N["rt"] = N["rip"] + N["co"]
assert N["res"] + N["ip"] == N["rt"], (N["res"] + N["ip"], N["rt"])
assert N["ea"] + N["ot"] + N["late"] + N["wd"] + N["rej"] == N["res"]
assert N["pfo"] + N["ppo"] + N["pno"] == N["pt"] and N["pfwr"] + N["ppwr"] == N["pwr"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"] and N["land_res"] + N["land_ip"] == N["land_rt"]
N["p_on"] = pc(N["on"], N["rip"])
N["p_di"] = pc(N["di"], N["rip"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea_bad"] = "97,54"            # true: pc(8905, 9301) = 95,74
N["p_late"] = pc(N["late"], N["res"])
N["p_pwr"] = pc(N["pwr"], N["pfo"] + N["ppo"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["dig"] = "98,6"
N["sat"] = "97,35"

r = Reg(N)
T = [("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"),
     ("1", "Tổng số hồ sơ phải giải quyết", "Hồ sơ", r.c(N["rt_bad"], "w.rt")),
     ("1.1", "Hồ sơ kỳ trước chuyển sang", "Hồ sơ", r.c(N["co"], "w.co")),
     ("1.2", "Hồ sơ tiếp nhận mới", "Hồ sơ", r.c(N["rip"], "w.rip")),
     ("", "- Tiếp nhận trực tuyến", "Hồ sơ", r.c(N["on"], "w.on")),
     ("", "- Tỷ lệ tiếp nhận trực tuyến", "%", r.c(N["p_on"], "w.on%!")),
     ("", "- Tiếp nhận trực tiếp", "Hồ sơ", r.c(N["di"], "w.di")),
     ("2", "Hồ sơ đã giải quyết", "Hồ sơ", r.c(N["res"], "w.res")),
     ("", "- Trước hạn", "Hồ sơ", r.c(N["ea"], "w.ea")),
     ("", "- Tỷ lệ giải quyết trước hạn", "%", r.c(N["p_ea_bad"], "w.ea%!")),
     ("", "- Đúng hạn", "Hồ sơ", r.c(N["ot"], "w.ot")),
     ("", "- Quá hạn", "Hồ sơ", r.c(N["late"], "w.late")),
     ("3", "Hồ sơ đang giải quyết", "Hồ sơ", r.c(N["ip"], "w.ip")),
     ("4", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết", "%", r.c(N["dig"], "w.dig%!")),
     ("5", "Hồ sơ thanh toán phí, lệ phí trực tuyến", "Hồ sơ", r.c(N["feeon"], "w.feeon")),
     ("6", "Mức độ hài lòng của người dân", "%", r.c(N["sat"], "w.sat%!"))]
TABLE = "\n".join("\t".join(row) for row in T)

TEXT = """@L ĐẢNG ỦY - HĐND - UBND XÃ VIỆT KHÊ
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 64/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Việt Khê, ngày 16 tháng 12 năm 2025
@T BÁO CÁO
@t Tổng kết công tác năm 2025 và phương hướng, nhiệm vụ năm 2026 của Trung tâm Phục vụ hành chính công xã Việt Khê
Thực hiện Công văn số 2318/VP-KSTT ngày 01/12/2025 của Văn phòng UBND thành phố về việc báo cáo tổng kết năm 2025, Trung tâm Phục vụ hành chính công xã Việt Khê báo cáo như sau (số liệu tính từ ngày 01/7/2025 đến ngày 14/12/2025):
@H I. ĐẶC ĐIỂM TÌNH HÌNH
Xã Việt Khê được thành lập trên cơ sở sắp xếp 03 xã cũ, chính thức đi vào hoạt động từ ngày 01/7/2025. Trung tâm Phục vụ hành chính công đặt tại trụ sở UBND xã, được bố trí {staff@w.staff} người gồm 01 Giám đốc là Phó Chủ tịch UBND xã kiêm nhiệm, 01 Phó Giám đốc, 11 công chức chuyên môn và 03 người do các cơ quan ngành dọc cử đến làm việc tại quầy. Toàn xã hiện có {cs@ctx} cán bộ, công chức, bình quân mỗi công chức được phân công tham gia trực quầy theo lịch luân phiên.
Trong 06 tháng đầu năm 2025, khi chưa sắp xếp, bộ phận một cửa của 03 xã cũ tiếp nhận tổng cộng {h1@ctx} hồ sơ; cả năm 2024 là {y2024@ctx} hồ sơ. Các số liệu này chỉ dùng để so sánh, không tổng hợp vào kết quả của Trung tâm.
@H II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
@h 1. Công tác tổ chức, vận hành
Trung tâm đã ban hành Quy chế hoạt động, nội quy tiếp công dân và quy trình nội bộ giải quyết TTHC; tổ chức {conf@ctx} hội nghị, buổi tập huấn cho công chức và tổ công nghệ số cộng đồng về sử dụng Hệ thống thông tin giải quyết TTHC của thành phố. Trung tâm duy trì làm việc sáng thứ Bảy hằng tuần để giải quyết hồ sơ hộ tịch, chứng thực cho người lao động tại khu công nghiệp.
@h 2. Kết quả tiếp nhận, giải quyết hồ sơ TTHC
Tổng số hồ sơ phải giải quyết trong kỳ là {rt@w.rt} hồ sơ, bao gồm {co@w.co} hồ sơ do bộ phận một cửa các xã cũ chuyển sang và {rip@w.rip} hồ sơ tiếp nhận mới. Trong số hồ sơ tiếp nhận mới có {on@w.on} hồ sơ trực tuyến (tỷ lệ {p_on@w.on%}) và {di@w.di} hồ sơ trực tiếp (tỷ lệ {p_di@w.di%}).
UBND xã đã giải quyết {res@w.res} hồ sơ, đạt {p_res@w.res%}, gồm: trước hạn {ea@w.ea} hồ sơ; đúng hạn {ot@w.ot} hồ sơ; quá hạn {late@w.late} hồ sơ (chiếm {p_late@w.late%}); công dân rút {wd@w.wd} hồ sơ; trả lại, không giải quyết {rej:02@w.rej} hồ sơ do không đủ điều kiện.
Hồ sơ đang giải quyết chuyển sang năm 2026: {ip@w.ip} hồ sơ, trong đó {ipo:02@w.ipo} hồ sơ đã quá hạn thuộc lĩnh vực đất đai đang chờ ý kiến của cơ quan chuyên môn thành phố. Trong năm, Trung tâm đã ra {sup@w.sup} phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.
Từ ngày 15/12 đến hết ngày 31/12/2025, dự kiến Trung tâm tiếp nhận thêm khoảng {rest@ctx} hồ sơ; số liệu chính thức sẽ được cập nhật trong báo cáo tháng 12.
@h 3. Hồ sơ của các cơ quan ngành dọc
- Công an xã Việt Khê: tiếp nhận {pol_rt@pol.rt} hồ sơ về cư trú, đã giải quyết {pol_res@pol.res} hồ sơ, đang giải quyết {pol_ip@pol.ip} hồ sơ. Ngoài ra, Công an xã thu nhận {cccd@ctx} hồ sơ cấp căn cước tại trụ sở Công an xã.
- Chi nhánh Văn phòng đăng ký đất đai: Trung tâm tiếp nhận {land_rt@land.rt} hồ sơ đăng ký biến động, cấp giấy chứng nhận; {land_res@land.res} hồ sơ đã có kết quả, còn {land_ip@land.ip} hồ sơ đang xử lý.
- Bảo hiểm xã hội: tiếp nhận và trả kết quả {ins@ins.rt&ins.res} hồ sơ cấp lại, điều chỉnh thông tin thẻ BHYT.
- Tổ Thuế: hướng dẫn {tax@ctx} lượt người nộp thuế kê khai qua ứng dụng eTax Mobile.
@h 4. Dịch vụ công trực tuyến
Tổng số TTHC thuộc thẩm quyền của UBND xã là {pt@w.pt} thủ tục, trong đó DVCTT toàn trình {pfo@w.pfo}, DVCTT một phần {ppo@w.ppo}, chưa cung cấp DVCTT {pno@w.pno} thủ tục. Số DVCTT phát sinh hồ sơ là {pwr@w.pwr} dịch vụ (đạt {p_pwr@w.pwr%}), gồm {pfwr@w.pfwr} dịch vụ toàn trình và {ppwr@w.ppwr} dịch vụ một phần.
@h 5. Số hóa, thanh toán trực tuyến, chứng thực điện tử
+ Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt {dig@w.dig%}.
+ Lưu kho điện tử {arc:n@w.arc} hồ sơ; tái sử dụng dữ liệu số hóa {reuse:n@w.reuse} hồ sơ.
+ Có {fee@w.fee} hồ sơ phát sinh phí, lệ phí, đã thanh toán trực tuyến {feeon@w.feeon} hồ sơ, đạt {p_feeon@w.feeon%}. Số tiền phí, lệ phí thu được {money} đồng.
+ Chứng thực điện tử: {ecert@w.ecert} bản.
+ Tiếp nhận {fb@w.fb} phản ánh, kiến nghị của công dân, đã xử lý {fbr@w.fbr}, còn 01 đang xác minh; mức độ hài lòng đạt {sat@w.sat%}.
@h 6. Biểu tổng hợp số liệu chủ yếu
""" + TABLE + """
@H III. ĐÁNH GIÁ CHUNG
1. Ưu điểm: Trung tâm đi vào hoạt động ổn định, không để ách tắc hồ sơ trong thời gian chuyển tiếp; tỷ lệ hồ sơ trực tuyến cao hơn chỉ tiêu {target@ctx}% thành phố giao; hồ sơ quá hạn giảm dần qua các tháng.
2. Tồn tại, hạn chế: một số công chức còn kiêm nhiệm nhiều việc; trang thiết bị do các xã cũ bàn giao đã xuống cấp; đường truyền tại khu vực Trung tâm có thời điểm gián đoạn; việc liên thông với Chi nhánh Văn phòng đăng ký đất đai còn chậm.
@H IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
- Dự báo năm 2026 số hồ sơ tiếp nhận khoảng {fc@ctx} hồ sơ; phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên {target}%, tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 99%.
- Đề xuất UBND xã bố trí kinh phí mua sắm 03 máy tính, 02 máy quét; cải tạo khu vực chờ trước ngày 30/6/2026.
- Tiếp tục phối hợp với Công an xã làm sạch dữ liệu dân cư, đẩy mạnh tái sử dụng dữ liệu số hóa.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Thường trực Đảng ủy, HĐND xã;
@N - Chủ tịch, các PCT UBND xã;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S PHÓ CHỦ TỊCH UBND XÃ
@S Đỗ Văn Thành
"""
FINDINGS = [
    dict(scope="ward", keys=["received_total"], severity="error", expected=N["rt"], found=N["rt_bad"],
         note="[conflicting-statements] II.2 gives 9.482 received (142 + 9.340, = 9.301 + 181); the indicator table "
              "row 1 gives 9.428."),
    dict(scope="ward", keys=["resolved_early"], severity="warning", expected=float(pc(N["ea"], N["res"]).replace(",", ".")),
         found=97.54, note="[rate] table: 'Tỷ lệ giải quyết trước hạn' 97,54, but 8.905/9.301 = 95,74% (digits swapped)."),
]
