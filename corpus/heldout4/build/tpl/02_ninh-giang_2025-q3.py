# 02 xã Ninh Giang, quý III/2025 -- prose only, hard-wrapped like pdftotext; 2 planted errors.
# Wordings: "Số hồ sơ UBND xã tiếp nhận trong quý là", breakdown with "bao gồm" and colons, "đạt tỷ lệ",
# withdrawn "công dân đề nghị rút", refused "trả lại ... không giải quyết", supplement requested.
# Planted: (1) parts-sum: online 2.118 + direct 507 = 2.625, but total 2.652 (confirmed by 2.571 + 54 + 19 + 8);
#          (2) rate: withdrawn 19 stated 0,27% (19/2.652 = 0,72%).
# Traps: whole district of former Ninh Giang (before merger), the same quarter 2024 of the merged communes,
# "riêng tháng 9", tax office declarations, police VNeID, tuần cao điểm, sessions of "ngày thứ Bảy", money.
from gen import pc

META = dict(unit=("xa", "Ninh Giang"), period=("2025-07-01", "2025-09-30"), acct="beside", rates="round",
            style="wrapped")
N = dict(on=2118, di=507, ea=2460, ot=103, late=8, ip=54, wd=19, rej=8, sup=131, staff=13,
         pt=341, pfo=196, ppo=145, fb=3, fbr=3,
         ly=1874, sept=1010, tax=362, vneid=2415, sat_days=11, sat_recs=146, money=61230000, goal=95, week=287)
N["res"] = N["ea"] + N["ot"] + N["late"]
N["rt"] = N["res"] + N["ip"] + N["wd"] + N["rej"]       # 2.652
assert N["on"] + N["di"] != N["rt"]                      # planted: 2.625
N["p_on"] = pc(N["on"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_eaot"] = pc(N["ea"] + N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_wd"] = "0,27"                                        # planted: 19/2.652 = 0,72%
N["dig"] = "98,6"
N["sat"] = "96,40"

TEXT = """@L UBND XÃ NINH GIANG
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 27/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Ninh Giang, ngày 03 tháng 10 năm 2025
@T BÁO CÁO
@t Kết quả giải quyết thủ tục hành chính quý III năm 2025
Trung tâm Phục vụ hành chính công xã Ninh Giang đi vào hoạt động từ ngày 01/7/2025 trên cơ sở sắp xếp bộ phận một cửa của 04 xã, thị trấn cũ. Sau ba tháng vận hành, Trung tâm báo cáo kết quả quý III năm 2025 như sau:
@H I. CÔNG TÁC TỔ CHỨC
Trung tâm được bố trí {staff@w.staff} cán bộ, công chức làm việc thường xuyên tại 08 quầy. Từ ngày 09/8/2025, Trung tâm tổ chức tiếp nhận hồ sơ vào sáng thứ Bảy; qua {sat_days@ctx} buổi làm việc ngày thứ Bảy đã tiếp nhận {sat_recs@ctx} hồ sơ.
UBND xã hiện giải quyết {pt@w.pt} thủ tục hành chính; trong đó có {pfo@w.pfo} thủ tục cung cấp dịch vụ công trực tuyến toàn trình, {ppo@w.ppo} thủ tục cung cấp dịch vụ công trực tuyến một phần.
@H II. KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ
Số hồ sơ UBND xã tiếp nhận trong quý là {rt@w.rt} hồ sơ, bao gồm: hồ sơ nộp qua Cổng dịch vụ công: {on@w.on} hồ sơ, đạt tỷ lệ {p_on@w.on%}; hồ sơ nộp trực tiếp tại Trung tâm: {di@w.di} hồ sơ. Cùng kỳ năm 2024, bộ phận một cửa của các xã cũ tiếp nhận tổng cộng {ly@ctx} hồ sơ. Riêng tháng 9/2025 Trung tâm tiếp nhận {sept@ctx} hồ sơ; tuần cao điểm (từ 08/9 đến 12/9) tiếp nhận {week@ctx} hồ sơ.
Kết quả giải quyết: UBND xã đã giải quyết {res@w.res} hồ sơ, đạt tỷ lệ {p_res@w.res%} so với tổng số hồ sơ tiếp nhận. Hồ sơ giải quyết trước hạn và đúng hạn {eaot@w.eo} hồ sơ (trước hạn {ea@w.ea}, đúng hạn {ot@w.ot}), đạt {p_eaot@w.eo%}; quá hạn {late:02@w.late} hồ sơ, chiếm {p_late@w.late%}.
Hồ sơ đang giải quyết, chưa đến hạn trả kết quả: {ip@w.ip} hồ sơ. Có {wd@w.wd} hồ sơ công dân đề nghị rút (chiếm {p_wd@w.wd%}) và {rej:02@w.rej} hồ sơ bị trả lại, không giải quyết do không thuộc thẩm quyền. Trong quá trình thẩm định, Trung tâm đã đề nghị bổ sung, hoàn thiện đối với {sup@w.sup} hồ sơ.
Tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt {dig@w.dig%}.
@H III. PHỐI HỢP VỚI CÁC CƠ QUAN NGÀNH DỌC
Đội Thuế liên xã đã cử cán bộ hỗ trợ người nộp thuế tại Trung tâm; trong quý, Đội Thuế tiếp nhận {tax@ctx} tờ khai thuế của hộ kinh doanh. Công an xã phối hợp kích hoạt {vneid@ctx} tài khoản định danh điện tử mức 2 cho công dân đến làm thủ tục.
@H IV. PHẢN ÁNH, KIẾN NGHỊ VÀ SỰ HÀI LÒNG
Trong quý, Trung tâm nhận {fb:02@w.fb} phản ánh của công dân về thái độ tiếp nhận và thời gian chờ; cả {fbr:02@w.fbr} phản ánh đã được xử lý, trả lời. Mức độ hài lòng của người dân đối với Trung tâm đạt {sat@w.sat%}.
Tổng số tiền phí, lệ phí thu tại Trung tâm trong quý là {money} đồng.
@H V. NHIỆM VỤ QUÝ IV NĂM 2025
Phấn đấu {goal@ctx}% hồ sơ được giải quyết trước hạn; không để phát sinh hồ sơ quá hạn thuộc lĩnh vực đất đai.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Đảng ủy, HĐND, UBND xã;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Vũ Đình Toản
"""
N["eaot"] = N["ea"] + N["ot"]
FINDINGS = [
    dict(scope="ward", keys=["received_total", "received_online", "received_direct"], severity="error",
         expected=N["rt"], found=N["on"] + N["di"],
         note="[parts-sum] trực tuyến 2.118 + trực tiếp 507 = 2.625, but the quarter's total is 2.652 "
              "(confirmed by 2.571 đã giải quyết + 54 đang + 19 rút + 08 trả lại = 2.652)"),
    dict(scope="ward", keys=["withdrawn"], severity="warning", expected=float(pc(N["wd"], N["rt"]).replace(",", ".")),
         found=0.27, note="[rate] 19 hồ sơ rút stated as 0,27%; 19/2.652 = 0,72% (digits swapped)"),
]
