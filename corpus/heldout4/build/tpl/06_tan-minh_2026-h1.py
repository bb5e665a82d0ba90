# 06 xã Tân Minh, 6 tháng đầu năm 2026 -- clean. Hard-wrapped (pdftotext raw), prose + bullet lists.
# Carried-over INSIDE the headline: "tổng số hồ sơ phải giải quyết 4.262 hồ sơ, bao gồm 47 hồ sơ kỳ trước chuyển
# sang và 4.215 hồ sơ tiếp nhận mới"; online/direct rates on the in-period base. Resolved breakdown as a bullet list,
# fields listed in prose with "gồm" (received per field, they add up to the in-period count), military sector.
# Traps: quý I, same period 2025, "riêng tháng 6", peak day, commune target, district-era numbers, the
# social-insurance agency's own collections, money, meetings, VNeID, dates, document numbers.
from gen import pc

META = dict(unit=("xa", "Tân Minh"), period=("2026-01-01", "2026-06-30"), acct="beside", carried="inside",
            rates="round", style="wrapped")
FIELDS = [("hộ tịch", 806), ("chứng thực", 2410), ("đất đai", 337), ("bảo trợ xã hội", 468),
          ("người có công", 119), ("nông nghiệp", 75)]
N = dict(co=47, on=3370, ea=4011, ot=121, late=9, wd=16, rej=5, staff=10,
         mil_rt=38, ins_rt=212, ins_res=212, reuse=2987, arc=4141, fb=2, fbr=2, vis=5310,
         q1=1980, ly=3566, june=802, peak=94, target=85, bhxh_money=1250000000, vneid=640, money=72460000)
for i, (lab, v) in enumerate(FIELDS):
    N["f%d" % i] = v
N["rip"] = sum(v for _, v in FIELDS)
N["rt"] = N["rip"] + N["co"]
N["di"] = N["rip"] - N["on"]
N["res"] = N["ea"] + N["ot"] + N["late"]
N["ip"] = N["rt"] - N["res"] - N["wd"] - N["rej"]
assert N["ip"] > 0, N["ip"]
N["p_on"] = pc(N["on"], N["rip"])
N["p_di"] = pc(N["di"], N["rip"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_res"] = pc(N["res"], N["rt"])
N["dig"] = "100"
N["sat"] = "96,9"

FIELD_TEXT = ", ".join("%s {f%d@f:%s.rip}" % (lab, i, lab) for i, (lab, _) in enumerate(FIELDS))

TEXT = """@L UBND XÃ TÂN MINH
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 52/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Tân Minh, ngày 30 tháng 6 năm 2026
@T BÁO CÁO
@t Sơ kết công tác cải cách hành chính, hoạt động của Trung tâm Phục vụ hành chính công 6 tháng đầu năm 2026
Thực hiện Kế hoạch số 08/KH-UBND ngày 10/01/2026 của UBND xã về công tác cải cách hành chính năm 2026, Trung tâm Phục vụ hành chính công xã Tân Minh báo cáo kết quả 6 tháng đầu năm như sau:
@H I. KẾT QUẢ THỰC HIỆN
@h 1. Tình hình tiếp nhận hồ sơ
Tổng số hồ sơ phải giải quyết trong 6 tháng đầu năm là {rt@w.rt} hồ sơ, bao gồm {co@w.co} hồ sơ kỳ trước chuyển sang và {rip@w.rip} hồ sơ tiếp nhận mới. Hồ sơ tiếp nhận mới gồm các lĩnh vực: """ + FIELD_TEXT + """ hồ sơ.
Xét theo hình thức nộp, người dân nộp trực tuyến {on@w.on} hồ sơ (chiếm {p_on@w.on%} số hồ sơ tiếp nhận mới), nộp trực tiếp {di@w.di} hồ sơ (chiếm {p_di@w.di%}).
Quý I/2026 Trung tâm tiếp nhận {q1@ctx} hồ sơ; riêng tháng 6 tiếp nhận {june@ctx} hồ sơ, ngày nhiều nhất ({peak@ctx} hồ sơ) là ngày 15/6/2026. So với 6 tháng đầu năm 2025 ({ly@ctx} hồ sơ của các xã cũ), lượng hồ sơ tăng đáng kể.
@h 2. Kết quả giải quyết
UBND xã đã giải quyết {res@w.res} hồ sơ, đạt {p_res@w.res%}, cụ thể:
- Giải quyết trước hạn: {ea@w.ea} hồ sơ ({p_ea@w.ea%});
- Giải quyết đúng hạn: {ot@w.ot} hồ sơ ({p_ot@w.ot%});
- Giải quyết quá hạn: {late:02@w.late} hồ sơ ({p_late@w.late%}).
Hồ sơ đang giải quyết: {ip@w.ip} hồ sơ. Hồ sơ công dân rút: {wd@w.wd} hồ sơ. Hồ sơ từ chối giải quyết: {rej:02@w.rej} hồ sơ.
Có {arc@w.arc} hồ sơ đã được lưu vào kho dữ liệu điện tử; {reuse@w.reuse} hồ sơ được khai thác, sử dụng lại dữ liệu số hóa. Tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt {dig@w.dig%}.
@h 3. Hồ sơ của các cơ quan ngành dọc
Ban Chỉ huy quân sự xã tiếp nhận {mil_rt@mil.rt} hồ sơ đăng ký nghĩa vụ quân sự, chính sách. Bảo hiểm xã hội xã đã tiếp nhận {ins_rt@ins.rt} hồ sơ và trả kết quả đủ {ins_res@ins.res} hồ sơ; số tiền thu bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình do cơ quan bảo hiểm xã hội tự thu đạt {bhxh_money} đồng.
Công an xã hướng dẫn {vneid@ctx} công dân kích hoạt tài khoản định danh điện tử tại Trung tâm.
@h 4. Tiếp công dân, phản ánh kiến nghị, hài lòng
Trung tâm đã tiếp {vis@w.vis} lượt công dân. Trong kỳ có {fb:02@w.fb} phản ánh, kiến nghị, đã xử lý {fbr:02@w.fbr}/{fb:02@w.fbr/}. Tỷ lệ hài lòng đạt {sat@w.sat%}.
Trung tâm có {staff@w.staff} cán bộ, công chức; tổng số tiền phí, lệ phí thu qua Trung tâm là {money} đồng.
@H II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2026
- Phấn đấu tỷ lệ hồ sơ trực tuyến đạt {target@ctx}% trở lên.
- Tiếp tục rà soát, cắt giảm thời gian giải quyết thủ tục hành chính.
@N Nơi nhận:
@N - UBND thành phố;
@N - Đảng ủy, HĐND, UBND xã;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Trần Thị Mai Anh
"""
FINDINGS = []
