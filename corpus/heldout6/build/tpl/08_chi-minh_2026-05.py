# 08: xã Chí Minh, tháng 5/2026 -- docx, no table, bullets "a) b) c)"; the older "Bộ phận một cửa" wording mixed in
# planted: (1) resolved + in progress + withdrawn + refused != total; (2) the online-fee rate does not fit its counts
from gen import pc
META = dict(unit=("xa", "Chí Minh"), period=("2026-05-01", "2026-05-31"), acct="beside", carried="inside",
            rates="round", style="docx")
N = dict(rt=1136, co=52, rip=1084, on=828, di=256, res=1049, ea=990, ot=52, late=7, ip=61, wd=9, rej=5,
         fee=540, feeon=512, feeon_p="98,15", staff=7, ecert=92, sup=14, dig="100", reuse=380,
         pol=243, polres=240, polip=3, mil=6, num="58", apr=1071, tgt="80", calls=134, vis=1388, pc_=11,
         ytd=5230, plan="4.000", fb=3)
N["on_p"] = pc(828, 1084)
N["late_p"] = pc(7, 1049)
TEXT = """@L UBND XÃ CHÍ MINH
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: {num}/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Chí Minh, ngày 29 tháng 5 năm 2026
@T BÁO CÁO
@t Kết quả thực hiện nhiệm vụ tháng 5, phương hướng nhiệm vụ tháng 6 năm 2026
@H I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5/2026
@h 1. Về tổ chức, nhân sự
Trung tâm PVHCC xã hiện có {staff:02@w.staff} cán bộ, công chức (01 Giám đốc, 01 Phó Giám đốc, 05 công chức tiếp nhận và trả kết quả). Trong tháng, 01 công chức nghỉ chế độ thai sản, Trung tâm đã bố trí người làm thay, không để gián đoạn việc tiếp nhận hồ sơ.
@h 2. Về tiếp nhận, giải quyết thủ tục hành chính (tổng số {rt:n@w.rt} HS)
a) Tiếp nhận hồ sơ
Tổng số hồ sơ TTHC Trung tâm tiếp nhận: {rt@w.rt} HS, gồm {co@w.co} HS tồn tháng trước chuyển sang và {rip@w.rip} HS tiếp nhận mới trong tháng; trong số hồ sơ mới có {on@w.on} HS trực tuyến ({on_p@w.on%}) và {di@w.di} HS trực tiếp tại Bộ phận một cửa.
b) Kết quả giải quyết
- Hồ sơ đã giải quyết: {res@w.res} HS; trong đó trước hạn: {ea@w.ea} HS, đúng hạn: {ot@w.ot} HS, quá hạn: {late:02@w.late} HS ({late_p@w.late%}).
- Hồ sơ đang giải quyết: {ip@w.ip} HS.
- Hồ sơ công dân rút: {wd:02@w.wd} HS; hồ sơ từ chối: {rej:02@w.rej} HS.
- Hồ sơ đề nghị bổ sung: {sup@w.sup} HS.
c) Số hóa, thanh toán trực tuyến, chứng thực điện tử
Tỷ lệ số hóa hồ sơ TTHC đạt {dig@w.dig%}; {reuse@w.reuse} HS tái sử dụng dữ liệu đã số hóa. Hồ sơ phát sinh phí, lệ phí: {fee@w.fee} HS, trong đó thanh toán trực tuyến {feeon@w.feeon} HS, đạt {feeon_p@w.feeon%}. Chứng thực điện tử: {ecert@w.ecert} bản.
@h 3. Các cơ quan ngành dọc
Công an xã tiếp nhận {pol@pol.rt} hồ sơ, đã trả kết quả {polres@pol.res} hồ sơ, {polip:02@pol.ip} hồ sơ đang giải quyết. Ban Chỉ huy quân sự xã tiếp nhận {mil:02@mil.rt} hồ sơ.
@h 4. Công tác khác
Bộ phận hướng dẫn tiếp {vis@w.vis} lượt công dân, nghe và trả lời {calls} cuộc điện thoại; trong tháng không nhận được phản ánh, kiến nghị nào. So với tháng 4/2026 ({apr} hồ sơ), số hồ sơ tháng 5 tăng nhẹ. Lũy kế 5 tháng đầu năm, Trung tâm đã tiếp nhận {ytd} hồ sơ, vượt kế hoạch 6 tháng ({plan} hồ sơ).
@H II. TỒN TẠI, HẠN CHẾ
Còn {late:02} hồ sơ giải quyết quá hạn thuộc lĩnh vực đất đai; {pc_} máy tính của Trung tâm đã sử dụng trên 8 năm, thường xuyên hỏng hóc.
@H III. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 6/2026
Phấn đấu {tgt}% hồ sơ được tiếp nhận trực tuyến; chuẩn bị báo cáo sơ kết 6 tháng; phối hợp với Công an xã làm sạch dữ liệu dân cư phục vụ giải quyết TTHC.
@N Nơi nhận:
@N - Văn phòng HĐND và UBND xã;
@N - Lưu: TTPVHCC.
@S GIÁM ĐỐC
@S Bùi Quang Huy
"""
FINDINGS = [
    dict(scope="ward", keys=["received_total", "resolved_total", "in_progress", "withdrawn", "rejected"],
         severity="error", expected=1136, found=1124,
         note="[parts-sum] đã giải quyết 1.049 + đang giải quyết 61 + rút 09 + từ chối 05 = 1.124, tổng số ghi 1.136 (không cách tính nào ra 1.136)"),
    dict(scope="ward", keys=["fee_paid_online"], severity="warning", expected=94.81, found=98.15,
         note="[rate] thanh toán trực tuyến 512/540 = 94,81%, báo cáo ghi 98,15%"),
]
