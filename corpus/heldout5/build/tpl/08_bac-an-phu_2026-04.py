# 08 phường Bắc An Phụ, "tháng 4 năm 2026", data window 15/3/2026 - 14/4/2026 -- 2 planted errors. docx text.
# Table: a two-column key/value table "STT | Nội dung | Kết quả" whose cells mix a count and its rate in one cell
# ("1.203 hồ sơ (80,96%)") or a rate alone. Prose: agency as subject, passive, a closing "kết quả nổi bật" summary.
# Planted: (1) parts-sum (resolution), ward: 1.412 resolved + 69 in progress = 1.481, but 1.486 received;
#          (2) conflicting-statements, ward resolved_late: 05 in II.1 and the table, 03 in the closing summary.
# Traps: the previous window (1.318), the same window of 2025 (1.022), "từ 01/4 đến 14/4" (702, inside the window),
# the cumulative total since 01/01/2026 (4.905), the peak day (88), the whole city (168.240), xã Thái Tân (1.190),
# the tax team (46), the police's 301 căn cước, money, a forecast (1.550), the target 90%, a phone number.
from gen import pc

META = dict(unit=("phuong", "Bắc An Phụ"), period=("2026-03-15", "2026-04-14"), acct="beside", rates="round",
            style="docx")
N = dict(rt=1486, on=1203, res=1412, ip=69, ea=1350, ot=57, late=5, late_bad=3, sup=44,
         pol_rt=236, pol_res=229, pol_ip=7, land_rt=97, land_res=71, land_ip=26, staff=10, vis=1975,
         arc=1380, reuse=1017, fee=512, feeon=455, ecert=430, fb=2, fbr=2,
         prev=1318, ly=1022, sub=702, cum=4905, peak=88, city=168240, other=1190, tax=46, cccd=301,
         money=21760000, fc=1550, target=90)
N["di"] = N["rt"] - N["on"]
assert N["res"] + N["ip"] == N["rt"] - 5                    # planted
assert N["ea"] + N["ot"] + N["late"] == N["res"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"] and N["land_res"] + N["land_ip"] == N["land_rt"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_di"] = pc(N["di"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["dig"] = "100"
N["sat"] = "98,7"

TABLE = "\n".join([
    "STT\tNội dung\tKết quả",
    "1\tTổng số hồ sơ tiếp nhận\t{rt@w.rt} hồ sơ",
    "2\tHồ sơ tiếp nhận trực tuyến\t{on@w.on} hồ sơ ({p_on@w.on%})",
    "3\tHồ sơ tiếp nhận trực tiếp\t{di@w.di} hồ sơ ({p_di@w.di%})",
    "4\tHồ sơ đã giải quyết\t{res@w.res} hồ sơ ({p_res@w.res%})",
    "5\tHồ sơ giải quyết trước hạn\t{ea@w.ea} hồ sơ ({p_ea@w.ea%})",
    "6\tHồ sơ giải quyết đúng hạn\t{ot@w.ot} hồ sơ",
    "7\tHồ sơ giải quyết quá hạn\t{late:02@w.late} hồ sơ",
    "8\tHồ sơ đang giải quyết\t{ip@w.ip} hồ sơ",
    "9\tTỷ lệ số hóa hồ sơ, kết quả giải quyết\t{dig@w.dig%}",
    "10\tMức độ hài lòng\t{sat@w.sat%}"])

TEXT = """@L UBND PHƯỜNG BẮC AN PHỤ
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 33/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Bắc An Phụ, ngày 16 tháng 4 năm 2026
@T BÁO CÁO
@t Kết quả thực hiện nhiệm vụ tháng 4 năm 2026 của Trung tâm Phục vụ hành chính công phường Bắc An Phụ
Thực hiện Quy chế làm việc của UBND phường và hướng dẫn của Văn phòng UBND thành phố về chế độ báo cáo, Trung tâm Phục vụ hành chính công phường Bắc An Phụ báo cáo kết quả thực hiện nhiệm vụ tháng 4 năm 2026 (kỳ báo cáo từ ngày 15/3/2026 đến ngày 14/4/2026) như sau:
@H I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
@h 1. Kết quả tiếp nhận, giải quyết hồ sơ thuộc thẩm quyền của UBND phường
Trong kỳ, Trung tâm đã tiếp nhận {rt@w.rt} hồ sơ, tăng {_inc} hồ sơ so với kỳ trước ({prev@ctx} hồ sơ) và tăng {_incly} hồ sơ so với cùng kỳ năm 2025 ({ly@ctx} hồ sơ, số liệu của các phường cũ trước sắp xếp). Riêng nửa đầu tháng 4 (từ ngày 01/4 đến ngày 14/4/2026), Trung tâm tiếp nhận {sub@ctx} hồ sơ; ngày 06/4/2026 có {peak@ctx} hồ sơ, là ngày tiếp nhận nhiều nhất trong kỳ.
UBND phường đã giải quyết {res@w.res} hồ sơ, trong đó {ea@w.ea} hồ sơ trước hạn, {ot@w.ot} hồ sơ đúng hạn và {late:02@w.late} hồ sơ quá hạn; {ip@w.ip} hồ sơ đang trong quá trình giải quyết. Trong kỳ, Trung tâm đã gửi {sup@w.sup} thông báo đề nghị công dân bổ sung hồ sơ.
Các chỉ tiêu chủ yếu:
""" + TABLE + """
Lũy kế từ ngày 01/01/2026 đến ngày 14/4/2026, Trung tâm đã tiếp nhận {cum@ctx} hồ sơ thuộc thẩm quyền của UBND phường. Theo số liệu của Văn phòng UBND thành phố, trong cùng kỳ toàn thành phố tiếp nhận {city@ctx} hồ sơ cấp xã.
@h 2. Hồ sơ của các cơ quan ngành dọc
Công an phường tiếp nhận {pol_rt@pol.rt} hồ sơ đăng ký cư trú qua Trung tâm; {pol_res@pol.res} hồ sơ đã được giải quyết, {pol_ip:02@pol.ip} hồ sơ còn trong hạn. Các trường hợp cấp, đổi căn cước ({cccd@ctx} hồ sơ) thực hiện tại trụ sở Công an phường.
Chi nhánh Văn phòng đăng ký đất đai khu vực tiếp nhận {land_rt@land.rt} hồ sơ, đã trả {land_res@land.res} hồ sơ, đang giải quyết {land_ip@land.ip} hồ sơ.
Tổ Thuế tiếp nhận {tax@ctx} hồ sơ khai lệ phí trước bạ nhà, đất; các hồ sơ này được theo dõi trên phần mềm của cơ quan thuế.
@h 3. Chuyển đổi số, số hóa, thanh toán trực tuyến
Trung tâm đã lưu kho {arc@w.arc} hồ sơ điện tử; {reuse@w.reuse} hồ sơ được tái sử dụng dữ liệu. Hồ sơ phát sinh phí, lệ phí: {fee@w.fee} hồ sơ, trong đó {feeon@w.feeon} hồ sơ thanh toán trực tuyến, đạt tỷ lệ {p_feeon@w.feeon%}; tổng số tiền thu {money} đồng. Cấp {ecert@w.ecert} bản sao chứng thực điện tử.
Trung tâm tiếp {vis@w.vis} lượt công dân; nhận {fb:02@w.fb} phản ánh, kiến nghị về việc hẹn trả kết quả, cả {fbr:02@w.fbr} phản ánh đã được trả lời.
@h 4. Công tác tổ chức, nhân sự, cơ sở vật chất
Trung tâm có {staff@w.staff} công chức làm việc tại 08 quầy; trong kỳ, 02 công chức được cử tham gia lớp bồi dưỡng nghiệp vụ hộ tịch do Sở Tư pháp tổ chức. Hệ thống camera giám sát, máy lấy số thứ tự, màn hình tra cứu hoạt động ổn định; số điện thoại hỗ trợ 0220.3852.419 được niêm yết tại cửa Trung tâm.
@h 5. Công tác cải cách hành chính, chuyển đổi số
Trung tâm đã triển khai thí điểm ki-ốt tự phục vụ cho phép công dân tự tra cứu, in tờ khai và nộp hồ sơ trực tuyến ngay tại khu vực chờ; bố trí thành viên tổ công nghệ số cộng đồng hướng dẫn trực tiếp vào các buổi sáng. Việc số hóa hồ sơ được thực hiện ngay tại khâu tiếp nhận, kết quả giải quyết được ký số và trả qua tài khoản định danh điện tử của công dân.
Trung tâm phối hợp với Văn phòng HĐND và UBND phường rà soát quy trình nội bộ của 46 thủ tục có phát sinh hồ sơ nhiều nhất, đề xuất rút ngắn thời gian giải quyết đối với một số thủ tục chứng thực, hộ tịch.
@H II. KHÓ KHĂN, VƯỚNG MẮC
- Khối lượng hồ sơ chứng thực lớn vào đầu tháng 4, thời gian chờ tại quầy có lúc trên 40 phút.
- Một số hồ sơ đất đai phải lấy ý kiến nhiều cơ quan nên còn quá hạn; phần mềm liên thông với Chi nhánh Văn phòng đăng ký đất đai thường xuyên lỗi.
@H III. KẾT QUẢ NỔI BẬT VÀ NHIỆM VỤ KỲ TỚI
Kết quả nổi bật trong kỳ: tỷ lệ hồ sơ trực tuyến đạt {p_on}%, chỉ có {late_bad:02@w.late} hồ sơ quá hạn, không có phản ánh về thái độ phục vụ. Kỳ tới, dự kiến Trung tâm tiếp nhận khoảng {fc@ctx} hồ sơ; phấn đấu tỷ lệ hồ sơ trực tuyến đạt {target@ctx}%. Trung tâm sẽ trao đổi kinh nghiệm với xã Thái Tân (kỳ này tiếp nhận {other@ctx} hồ sơ, tỷ lệ trực tuyến trên 90%).
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Lãnh đạo UBND phường;
@N - Lưu: VT, TTPVHCC.
@S GIÁM ĐỐC
@S
@S
@S Ngô Thị Thanh Tâm
"""
N["_inc"] = N["rt"] - N["prev"]
N["_incly"] = N["rt"] - N["ly"]
FINDINGS = [
    dict(scope="ward", keys=["received_total", "resolved_total", "in_progress"], severity="error",
         expected=N["rt"], found=N["res"] + N["ip"],
         note="[parts-sum] 1.412 resolved + 69 in progress = 1.481, but 1.486 received (no withdrawn/refused stated)."),
    dict(scope="ward", keys=["resolved_late"], severity="error", expected=N["late"], found=N["late_bad"],
         note="[conflicting-statements] II.1 and the table give 05 late; the closing summary says 03."),
]
