# 01: xã Trần Phú, tháng 11/2025 -- a short one-page note (báo cáo nhanh), docx, clean, no table
from gen import pc
META = dict(unit=("xa", "Trần Phú"), period=("2025-11-01", "2025-11-30"), acct="beside", carried="inside",
            rates="round", style="docx")
N = dict(rt=864, co=37, rip=827, on=602, di=225, res=801, ip=52, wd=7, rej=4, ea=733, ot=61, late=7,
         staff=5, fb=2, fbr=2, dig="100", calls=19, prev=806, diff=58, tgt="75", num=126)
N["on_p"] = pc(602, 827)
N["late_p"] = pc(7, 801)
TEXT = """@L UBND XÃ TRẦN PHÚ
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: {num}/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Trần Phú, ngày 02 tháng 12 năm 2025
@T BÁO CÁO NHANH
@t Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 11/2025
Kính gửi: Văn phòng HĐND và UBND xã Trần Phú.
Thực hiện chế độ báo cáo định kỳ, Trung tâm Phục vụ hành chính công xã Trần Phú báo cáo nhanh kết quả tháng 11 năm 2025 như sau:
1. Trong tháng, Trung tâm đã tiếp nhận tổng cộng {rt@w.rt} hồ sơ TTHC thuộc thẩm quyền của UBND xã, trong đó {co@w.co} hồ sơ do tháng 10 chuyển sang và {rip@w.rip} hồ sơ mới. Số hồ sơ mới nộp qua Cổng dịch vụ công là {on@w.on} ({on_p@w.on%}), số còn lại {di@w.di} hồ sơ nộp trực tiếp tại quầy. So với tháng 10 (tiếp nhận {prev} hồ sơ) tăng {diff} hồ sơ.
2. Kết quả: đã trả kết quả {res@w.res} hồ sơ, gồm {ea@w.ea} hồ sơ trước hạn, {ot@w.ot} hồ sơ đúng hạn và {late@w.late} hồ sơ quá hạn (chiếm {late_p@w.late%}, chủ yếu thuộc lĩnh vực đất đai do phải chờ xác minh nguồn gốc). Hiện còn {ip@w.ip} hồ sơ đang trong thời hạn giải quyết; {wd@w.wd} hồ sơ người dân xin rút và {rej@w.rej} hồ sơ bị từ chối do không thuộc thẩm quyền.
3. {dig@w.dig%} hồ sơ được số hóa khi tiếp nhận. Trung tâm nhận {fb@w.fb} phản ánh của người dân về thái độ hướng dẫn và đã trả lời xong cả {fbr@w.fbr} phản ánh; tổng đài của Trung tâm nhận {calls} cuộc gọi hỏi thủ tục.
4. Nhân sự: Trung tâm hiện có {staff@w.staff} công chức làm việc thường xuyên tại quầy. Tháng 12, Trung tâm phấn đấu nâng tỷ lệ hồ sơ trực tuyến lên {tgt}%, giải quyết dứt điểm các hồ sơ đất đai còn tồn.
Trung tâm Phục vụ hành chính công xã trân trọng báo cáo./.
@N Nơi nhận:
@N - Như trên;
@N - Lưu: TTPVHCC.
@S GIÁM ĐỐC
@S (đã ký)
@S Vũ Thị Hạnh
"""
FINDINGS = []
