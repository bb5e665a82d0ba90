# 08 xã Gia Lộc, tháng 02/2026 -- 2 planted errors. Layout text (pdftotext -layout), bullet lists "-" and "+".
# Wordings: "Số hồ sơ tiếp nhận trong tháng: N", qualifiers after the number ("N hồ sơ (trực tuyến)"), sub-bullets,
# "trả lại hồ sơ, không giải quyết", supplement requested, insurance and police as subjects.
# Planted: (1) parts-exceed-total: 412 hồ sơ thanh toán trực tuyến out of 398 hồ sơ phát sinh phí, lệ phí;
#          (2) conflicting-statements: resolved late 05 in section II.2, 04 in section III.
# Traps: January, February 2025, the cumulative two months, the Tết break dates, forecast for March, a conditional,
# police's own-office identity cards, tax office, money, phone, decision numbers.
from gen import pc

META = dict(unit=("xa", "Gia Lộc"), period=("2026-02-01", "2026-02-28"), acct="inside", rates="round",
            style="layout")
N = dict(on=902, di=188, ea=1001, ot=37, late=5, late_again=4, wd=6, rej=2, sup=58, ip=39,
         fee=398, feeon=412, staff=8, pol_rt=203, pol_res=198, pol_ip=5, ins_rt=61,
         jan=1342, ly=870, cum=2432, fc=1500, cond=200, cccd=460, tax=37, money=19850000, fb=0)
N["rt"] = N["on"] + N["di"]
N["res"] = N["ea"] + N["ot"] + N["late"] + N["wd"] + N["rej"]      # withdrawn / refused INSIDE resolved
assert N["res"] + N["ip"] == N["rt"], (N["res"] + N["ip"], N["rt"])
N["p_on"] = pc(N["on"], N["rt"])
N["p_di"] = pc(N["di"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["dig"] = "100"
N["sat"] = "95,7"

TEXT = """@L UBND XÃ GIA LỘC
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 09/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Gia Lộc, ngày 02 tháng 3 năm 2026
@T BÁO CÁO
@t Kết quả hoạt động của Trung tâm Phục vụ hành chính công tháng 02 năm 2026
@H I. ĐẶC ĐIỂM TÌNH HÌNH
Tháng 02/2026 có kỳ nghỉ Tết Nguyên đán (từ ngày 14/02 đến ngày 22/02/2026) nên số ngày làm việc giảm. Trung tâm duy trì {staff:02@w.staff} công chức làm việc tại quầy, thực hiện nghiêm Quyết định số 35/QĐ-UBND ngày 06/01/2026 về nội quy Trung tâm.
@H II. KẾT QUẢ THỰC HIỆN
@h 1. Tiếp nhận hồ sơ
- Số hồ sơ tiếp nhận trong tháng: {rt@w.rt} hồ sơ, trong đó:
+ {on@w.on} hồ sơ (trực tuyến), chiếm {p_on@w.on%};
+ {di@w.di} hồ sơ (trực tiếp), chiếm {p_di@w.di%}.
- Tháng 01/2026 Trung tâm tiếp nhận {jan@ctx} hồ sơ; tháng 02/2025 (các xã cũ) tiếp nhận {ly@ctx} hồ sơ; lũy kế 2 tháng đầu năm 2026 là {cum@ctx} hồ sơ.
@h 2. Giải quyết hồ sơ
- Đã giải quyết: {res@w.res} hồ sơ ({p_res@w.res%}), gồm:
+ Trước hạn: {ea@w.ea} hồ sơ ({p_ea@w.ea%});
+ Đúng hạn: {ot@w.ot} hồ sơ ({p_ot@w.ot%});
+ Quá hạn: {late:02@w.late} hồ sơ;
+ Công dân rút hồ sơ: {wd:02@w.wd} hồ sơ;
+ Trả lại hồ sơ, không giải quyết: {rej:02@w.rej} hồ sơ.
- Đang giải quyết: {ip@w.ip} hồ sơ.
- Hồ sơ phải bổ sung, hoàn thiện theo yêu cầu: {sup@w.sup} hồ sơ.
@h 3. Số hóa và thanh toán trực tuyến
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết: {dig@w.dig%}.
- Hồ sơ phát sinh phí, lệ phí: {fee@w.fee} hồ sơ; trong đó thanh toán trực tuyến {feeon@w.feeon} hồ sơ. Số tiền thu {money} đồng.
@h 4. Hồ sơ của các cơ quan ngành dọc tại Trung tâm
- Công an xã tiếp nhận {pol_rt@pol.rt} hồ sơ đăng ký cư trú, đã giải quyết {pol_res@pol.res}, đang giải quyết {pol_ip:02@pol.ip}. Ngoài ra, Công an xã thu nhận {cccd@ctx} hồ sơ cấp căn cước tại trụ sở.
- Bảo hiểm xã hội tiếp nhận {ins_rt@ins.rt} hồ sơ đề nghị cấp lại thẻ bảo hiểm y tế.
- Đội Thuế liên xã hướng dẫn {tax@ctx} hộ kinh doanh nộp thuế điện tử.
@h 5. Phản ánh, kiến nghị; sự hài lòng
- Trong tháng, Trung tâm không nhận được phản ánh, kiến nghị nào.
- Tỷ lệ hài lòng của tổ chức, cá nhân: {sat@w.sat%}.
@H III. ĐÁNH GIÁ
Trung tâm cơ bản hoàn thành nhiệm vụ; tuy nhiên còn {late_again:02@w.late} hồ sơ giải quyết quá hạn thuộc lĩnh vực đất đai do việc phối hợp xác minh kéo dài qua kỳ nghỉ Tết. Đường dây nóng hỗ trợ: 0220.3716.552.
@H IV. NHIỆM VỤ THÁNG 3/2026
- Dự kiến tháng 3/2026 tiếp nhận khoảng {fc@ctx} hồ sơ.
- Nếu phần mềm một cửa được nâng cấp đúng kế hoạch, mỗi ngày có thể giảm khoảng {cond@ctx} lượt chờ tại quầy.
@N Nơi nhận:
@N - UBND xã;
@N - Lưu: VT, TTPVHCC.
@S GIÁM ĐỐC
@S
@S
@S Đoàn Văn Khải
"""
FINDINGS = [
    dict(scope="ward", keys=["fee_records", "fee_paid_online"], severity="error", expected=N["fee"], found=N["feeon"],
         note="[parts-exceed-total] 412 hồ sơ thanh toán trực tuyến out of 398 hồ sơ phát sinh phí, lệ phí"),
    dict(scope="ward", keys=["resolved_late"], severity="error", expected=N["late"], found=N["late_again"],
         note="[conflicting-statements] II.2 says 05 hồ sơ quá hạn (1.001 + 37 + 05 + 06 + 02 = 1.051 đã giải "
              "quyết); III says 04"),
]
