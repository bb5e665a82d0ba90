# 01 phường Gia Viên, tháng 8/2025 -- clean. docx text. Per-field table, "Cộng" row last (repeats the prose totals).
# Prose: passive "đã được giải quyết", inverted "Số hồ sơ ... là N", agency as subject (Công an phường tiếp nhận),
# one phrase two keys (BHXH "tiếp nhận và giải quyết xong 74 hồ sơ").
# Traps: previous month and the increase, the peak day, police's own-office căn cước work, training of 35 people,
# hotline calls, money, plan number, phone number, target.
from gen import pc, Reg

META = dict(unit=("phuong", "Gia Viên"), period=("2025-08-01", "2025-08-31"), acct="beside", rates="round",
            style="docx")

FIELDS = [("Hộ tịch", 412, 398, 14), ("Chứng thực", 1036, 1036, None), ("Đất đai", 87, 52, 35),
          ("Đăng ký kinh doanh", 64, 60, 4), ("Bảo trợ xã hội", 121, 113, 8), ("Xây dựng", 23, 17, 6)]
for f in FIELDS:
    assert f[2] + (f[3] or 0) == f[1]
N = dict(on=1402, ea=1590, ot=80, late=6, staff=11, fee=655, feeon=588, reuse=1311, arc=1676,
         pol_rt=286, pol_res=281, pol_ip=5, ins=74,
         prev=1519, peak=131, cccd=1120, trained=35, calls=48, money=23415000, target=80)
N["rt"] = sum(f[1] for f in FIELDS)
N["res"] = sum(f[2] for f in FIELDS)
N["ip"] = sum(f[3] or 0 for f in FIELDS)
N["di"] = N["rt"] - N["on"]
assert N["ea"] + N["ot"] + N["late"] == N["res"] and N["pol_res"] + N["pol_ip"] == N["pol_rt"]
N["inc"] = N["rt"] - N["prev"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_di"] = pc(N["di"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["dig"] = "100"
N["sat"] = "97,8"

r = Reg(N)
rows = ["STT\tLĩnh vực\tSố hồ sơ tiếp nhận\tSố hồ sơ đã giải quyết\tSố hồ sơ đang giải quyết"]
for i, (lab, a, b, c) in enumerate(FIELDS, 1):
    sc = "f:" + lab.lower()
    rows.append("\t".join([str(i), lab, r.c(a, sc + ".rt"), r.c(b, sc + ".res"),
                           r.c(c, sc + ".ip", pad="02" if c and c < 10 else None)]))
rows.append("\t".join(["", "Cộng", r.c(N["rt"], "w.rt"), r.c(N["res"], "w.res"), r.c(N["ip"], "w.ip")]))
TABLE = "\n".join(rows)

TEXT = """@L UBND PHƯỜNG GIA VIÊN
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 19/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Gia Viên, ngày 01 tháng 9 năm 2025
@T BÁO CÁO
@t Tình hình hoạt động của Trung tâm Phục vụ hành chính công phường Gia Viên tháng 8 năm 2025
Thực hiện Kế hoạch số 46/KH-UBND ngày 14/7/2025 của UBND phường về vận hành Trung tâm Phục vụ hành chính công sau sắp xếp, Trung tâm báo cáo tình hình hoạt động tháng 8 năm 2025 như sau:
@H I. TỔ CHỨC BỘ MÁY VÀ ĐIỀU KIỆN HOẠT ĐỘNG
Nhân sự làm việc tại Trung tâm gồm {staff@w.staff} người: Giám đốc (Phó Chủ tịch UBND phường kiêm nhiệm), 01 Phó Giám đốc và 09 công chức được phân công từ các phòng chuyên môn. Trong tháng, Trung tâm phối hợp tổ chức 02 buổi tập huấn sử dụng phần mềm một cửa điện tử cho {trained@ctx} cán bộ, công chức của phường và các tổ dân phố.
Trang thiết bị được bố trí đầy đủ; đường dây nóng của Trung tâm là 0225.3842.617, trong tháng tiếp nhận {calls@ctx} cuộc gọi hỏi về thủ tục.
@H II. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ
@h 1. Hồ sơ thuộc thẩm quyền của UBND phường
Trong tháng 8/2025, Trung tâm đã tiếp nhận {rt@w.rt} hồ sơ thuộc thẩm quyền giải quyết của UBND phường, trong đó: {on@w.on} hồ sơ nộp trực tuyến ({p_on@w.on%}); {di@w.di} hồ sơ nộp trực tiếp tại quầy ({p_di@w.di%}). Lượng hồ sơ tăng {inc@ctx} hồ sơ so với tháng 7/2025 ({prev@ctx} hồ sơ), chủ yếu do nhu cầu chứng thực giấy tờ phục vụ tuyển sinh; ngày tiếp nhận nhiều nhất là 12/8/2025 với {peak@ctx} hồ sơ.
Đến hết ngày 31/8/2025, {res@w.res} hồ sơ đã được giải quyết và trả kết quả cho tổ chức, công dân, đạt {p_res@w.res%}. Số hồ sơ trả kết quả trước hạn là {ea@w.ea} hồ sơ ({p_ea@w.ea%}); số hồ sơ trả kết quả đúng hạn là {ot@w.ot} hồ sơ ({p_ot@w.ot%}); số hồ sơ trả quá hạn là {late:02@w.late} hồ sơ ({p_late@w.late%}), thuộc lĩnh vực đất đai, Trung tâm đã gửi thư xin lỗi đến công dân. Còn {ip@w.ip} hồ sơ đang trong thời hạn giải quyết.
Kết quả theo từng lĩnh vực như sau:
""" + TABLE + """
@h 2. Hồ sơ của các cơ quan ngành dọc tiếp nhận tại Trung tâm
Công an phường tiếp nhận tại quầy của Trung tâm {pol_rt@pol.rt} hồ sơ đăng ký, quản lý cư trú; đã trả kết quả {pol_res@pol.res} hồ sơ, còn {pol_ip:02@pol.ip} hồ sơ đang xử lý. Riêng việc thu nhận hồ sơ cấp căn cước ({cccd@ctx} trường hợp) được Công an phường thực hiện tại trụ sở, không qua Trung tâm.
Bảo hiểm xã hội tiếp nhận và giải quyết xong {ins@ins.rt&ins.res} hồ sơ cấp, đổi thẻ bảo hiểm y tế.
@h 3. Số hóa, thanh toán trực tuyến và đánh giá sự hài lòng
Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt {dig@w.dig%}. Kho dữ liệu điện tử đã lưu {arc@w.arc} hồ sơ; {reuse@w.reuse} hồ sơ được tái sử dụng dữ liệu số hóa. Có {fee@w.fee} hồ sơ phát sinh phí, lệ phí, trong đó {feeon@w.feeon} hồ sơ thanh toán trực tuyến ({p_feeon@w.feeon%}); tổng số tiền phí, lệ phí đã thu là {money} đồng.
Kết quả đánh giá trên Hệ thống thông tin giải quyết thủ tục hành chính: mức độ hài lòng đạt {sat@w.sat%}.
@H III. PHƯƠNG HƯỚNG THÁNG 9 NĂM 2025
- Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt trên {target@ctx}%.
- Rà soát, đôn đốc giải quyết dứt điểm các hồ sơ đất đai còn tồn.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Thường trực Đảng ủy, HĐND, UBND phường;
@N - Lưu: VT.
@S KT. GIÁM ĐỐC
@S PHÓ GIÁM ĐỐC
@S
@S
@S Phạm Thị Thu Hằng
"""
FINDINGS = []
