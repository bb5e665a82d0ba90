# 05: xã Hải Hưng, tháng 02/2026 -- wrapped, no table; the Tết month
# planted: (1) early + on time + late != resolved; (2) the online count restated differently in the closing summary
from gen import pc
META = dict(unit=("xa", "Hải Hưng"), period=("2026-02-01", "2026-02-28"), acct="beside", carried="inside",
            rates="round", style="wrapped")
N = dict(rt=948, on=703, on2=730, di=245, res=902, ip=35, wd=8, rej=3, ea=815, ot=69, late=8,
         pt=361, pfo=206, ppo=155, sup=11, ecert=64, staff=6, pol=201, polres=196, polip=5,
         reuse=287, dig="100", num="31", jan=1126, tet=9, days=15, calls=41, hol="14/02/2026", back="23/02/2026",
         tgt="78", lastyr=861)
N["on_p"] = pc(703, 948)
N["late_p"] = pc(8, 902)
TEXT = """@L UBND XÃ HẢI HƯNG
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: {num}/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Hải Hưng, ngày 27 tháng 02 năm 2026
@T BÁO CÁO
@t Kết quả hoạt động của Trung tâm Phục vụ hành chính công tháng 02/2026
@H 1. Tình hình chung
Tháng 02/2026 trùng với kỳ nghỉ Tết Nguyên đán Bính Ngọ, Trung tâm nghỉ {tet:02} ngày theo quy định (từ ngày {hol} đến hết ngày 22/02/2026) và làm việc trở lại từ ngày {back}. Để bảo đảm phục vụ người dân, Trung tâm bố trí công chức trực tiếp nhận hồ sơ khai tử, đăng ký khai sinh trong những ngày nghỉ; thực tế làm việc {days} ngày trong tháng.
Hiện Trung tâm có {staff:02@w.staff} công chức; UBND xã đang áp dụng {pt@w.pt} thủ tục hành chính, trong đó {pfo@w.pfo} thủ tục dịch vụ công trực tuyến toàn trình, {ppo@w.ppo} thủ tục trực tuyến một phần.
@H 2. Kết quả tiếp nhận, giải quyết hồ sơ
Trong tháng, Trung tâm tiếp nhận {rt@w.rt} hồ sơ TTHC. Hồ sơ nộp trực tuyến là {on@w.on}, đạt {on_p@w.on%}; hồ sơ nộp trực tiếp tại Trung tâm là {di@w.di}. Do thời gian làm việc ngắn, số hồ sơ giảm so với tháng 01/2026 ({jan} hồ sơ) nhưng tăng so với tháng 02/2025 ({lastyr} hồ sơ).
Kết quả giải quyết: {res@w.res} hồ sơ đã có kết quả, trong đó {ea@w.ea} hồ sơ giải quyết trước hạn, {ot@w.ot} hồ sơ đúng hạn, {late:02@w.late} hồ sơ quá hạn ({late_p@w.late%}) do trùng kỳ nghỉ Tết. {ip@w.ip} hồ sơ đang được các bộ phận chuyên môn xử lý. Công dân xin rút {wd:02@w.wd} hồ sơ; Trung tâm từ chối tiếp nhận {rej:02@w.rej} hồ sơ không thuộc thẩm quyền và đề nghị bổ sung {sup@w.sup} hồ sơ chưa đầy đủ thành phần.
Số hóa, tái sử dụng dữ liệu: {dig@w.dig%} hồ sơ tiếp nhận được số hóa; {reuse@w.reuse} hồ sơ sử dụng lại thông tin, dữ liệu đã số hóa. Chứng thực điện tử: cấp {ecert@w.ecert} bản.
@H 3. Công an xã tại Trung tâm
Tổ tiếp nhận hồ sơ của Công an xã tiếp nhận {pol@pol.rt} hồ sơ về cư trú, đã trả {polres@pol.res} hồ sơ, còn {polip:02@pol.ip} hồ sơ chờ xác minh.
@H 4. Nhận xét và kiến nghị
Trung tâm đã trả lời {calls} cuộc điện thoại của người dân hỏi lịch làm việc dịp Tết. Đề nghị UBND xã có văn bản khen thưởng công chức trực Tết; bổ sung 01 máy in kết quả cho quầy chứng thực.
Tóm lại, trong tháng 02/2026 Trung tâm tiếp nhận {rt:n@w.rt} hồ sơ, trong đó {on2@w.on} hồ sơ trực tuyến; các chỉ tiêu cơ bản hoàn thành. Tháng 3/2026, Trung tâm phấn đấu nâng tỷ lệ hồ sơ trực tuyến lên {tgt}%, không để hồ sơ quá hạn.
@N Nơi nhận:
@N - UBND xã;
@N - Lưu: TTPVHCC.
@S KT. GIÁM ĐỐC
@S PHÓ GIÁM ĐỐC
@S Lương Thị Mai
"""
FINDINGS = [
    dict(scope="ward", keys=["resolved_total", "resolved_early", "resolved_on_time", "resolved_late"],
         severity="error", expected=902, found=892,
         note="[parts-sum] trước hạn 815 + đúng hạn 69 + quá hạn 08 = 892, đã giải quyết ghi 902 (thêm rút 08, từ chối 03 cũng không ra 902)"),
    dict(scope="ward", keys=["received_online"], severity="error", expected=703, found=730,
         note="[conflicting-statements] mục 2 ghi 703 hồ sơ trực tuyến, đoạn tóm tắt cuối ghi 730"),
]
