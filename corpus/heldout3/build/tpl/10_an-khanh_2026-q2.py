# 10 xã An Khánh, quý II/2026 with a data window 15/3/2026 - 14/6/2026 -- clean. "-"/"+" bullets,
# TRUNCATED rates (the clerk truncates: several would differ if rounded), a separate "tỷ lệ hồ sơ trực tuyến
# trên tổng số hồ sơ" line (online_share_pct), "trước hạn và đúng hạn" as one figure, agencies as rows of a
# small table. Traps: previous window, increase and its rate, target, VNeID support counts, tax office, money.
from gen import pc, Reg

META = dict(unit=("xa", "An Khánh"), period=("2026-03-15", "2026-06-14"), acct="beside", rates="trunc",
            style="docx")
T = lambda a, b, d=2: pc(a, b, d, mode="trunc")  # noqa: E731

N = dict(on=2511, di=457, eo=2881, late=9, ip=61, wd=13, rej=4, sup=44, staff=8, pt=353, pfo=211, ppo=142,
         pfwr=34, ppwr=19, reuse=1877, fee=1102, feeon=968, fb=2, fbr=2,
         prev=2744, vneid=318, tax=157, money=58760000, target=87)
N["rt"] = N["on"] + N["di"]
N["res"] = N["eo"] + N["late"]
assert N["res"] + N["ip"] + N["wd"] + N["rej"] == N["rt"]
N["p_share"] = T(N["on"], N["rt"])
N["p_res"] = T(N["res"], N["rt"])
N["p_eo"] = T(N["eo"], N["res"])
N["p_late"] = T(N["late"], N["res"])
N["p_wd"] = T(N["wd"], N["rt"])
N["p_feeon"] = T(N["feeon"], N["fee"])
N["p_pfwr"] = T(N["pfwr"], N["pfo"])
N["p_ppwr"] = T(N["ppwr"], N["ppo"])
N["inc"] = N["rt"] - N["prev"]
N["p_inc"] = T(N["inc"], N["prev"])
N["dig"] = "100"
N["sat"] = "97,5"

AG = [("Công an xã An Khánh", "pol", 688, 681, 7), ("Ban Chỉ huy quân sự xã", "mil", 23, 23, None),
      ("Chi nhánh Văn phòng đăng ký đất đai", "land", 254, 197, 57), ("Bảo hiểm xã hội", "ins", 131, 131, None)]
r = Reg(N)
rows = ["STT\tCơ quan\tSố hồ sơ tiếp nhận\tĐã giải quyết\tĐang giải quyết"]
for i, (lab, sc, a, b, c) in enumerate(AG, 1):
    assert b + (c or 0) == a
    rows.append("\t".join([str(i), lab, r.c(a, sc + ".rt"), r.c(b, sc + ".res"), r.c(c, sc + ".ip", pad="02" if c and c < 10 else None)]))
TABLE = "\n".join(rows)

TEXT = """@L UBND XÃ AN KHÁNH
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 72/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R An Khánh, ngày 16 tháng 6 năm 2026
@T BÁO CÁO
@t Kết quả thực hiện công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông quý II năm 2026
@I (Kỳ báo cáo: từ ngày 15/3/2026 đến ngày 14/6/2026)
Thực hiện Công văn số 845/VP-KSTTHC ngày 02/6/2026 của Văn phòng UBND thành phố, Trung tâm Phục vụ hành chính công xã An Khánh báo cáo kết quả quý II năm 2026 như sau:
@H I. KẾT QUẢ THỰC HIỆN
@h 1. Thủ tục hành chính, dịch vụ công trực tuyến
- Tổng số TTHC thuộc thẩm quyền giải quyết của UBND xã: {pt@w.pt} thủ tục.
+ DVCTT toàn trình: {pfo@w.pfo} thủ tục; số DVCTT toàn trình phát sinh hồ sơ: {pfwr@w.pfwr} thủ tục, tỷ lệ {p_pfwr@w.pfwr%}.
+ DVCTT một phần: {ppo@w.ppo} thủ tục; số DVCTT một phần phát sinh hồ sơ: {ppwr@w.ppwr} thủ tục, tỷ lệ {p_ppwr@w.ppwr%}.
@h 2. Tiếp nhận, giải quyết hồ sơ thủ tục hành chính
- Tổng số hồ sơ tiếp nhận: {rt@w.rt} hồ sơ (trực tuyến: {on@w.on} hồ sơ; trực tiếp: {di@w.di} hồ sơ).
- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ: {p_share@w.share%}.
- Số hồ sơ đã giải quyết: {res@w.res} hồ sơ, tỷ lệ {p_res@w.res%}; trong đó:
+ Giải quyết trước hạn và đúng hạn: {eo@w.eo} hồ sơ, tỷ lệ {p_eo@w.eo%};
+ Giải quyết quá hạn: {late:02@w.late} hồ sơ, tỷ lệ {p_late@w.late%}.
- Số hồ sơ đang giải quyết: {ip@w.ip} hồ sơ.
- Số hồ sơ công dân xin rút: {wd@w.wd} hồ sơ, tỷ lệ {p_wd@w.wd%}; số hồ sơ từ chối giải quyết: {rej:02@w.rej} hồ sơ.
- Số hồ sơ yêu cầu bổ sung, hoàn thiện: {sup@w.sup} hồ sơ.
- So với kỳ trước (từ 15/12/2025 đến 14/3/2026: {prev@ctx} hồ sơ), số hồ sơ tiếp nhận tăng {inc@ctx} hồ sơ, tương ứng tăng {p_inc@ctx}%.
@h 3. Hồ sơ của các cơ quan ngành dọc tiếp nhận tại Trung tâm
""" + TABLE + """
- Ngoài ra, Thuế cơ sở tiếp nhận {tax@ctx} hồ sơ khai thuế trực tiếp tại trụ sở Thuế cơ sở, không qua Trung tâm.
@h 4. Số hóa, thanh toán trực tuyến, phản ánh kiến nghị
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: {dig@w.dig%}; số hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa: {reuse@w.reuse} hồ sơ.
- Số hồ sơ thanh toán trực tuyến: {feeon@w.feeon} hồ sơ trên tổng số {fee@w.fee} hồ sơ phát sinh phí, lệ phí (tỷ lệ {p_feeon@w.feeon%}); số tiền {money} đồng.
- Tiếp nhận {fb:02@w.fb} phản ánh, kiến nghị; đã xử lý {fbr:02@w.fbr}/{fb:02@w.fbr/} phản ánh.
- Mức độ hài lòng của người dân, doanh nghiệp: {sat@w.sat%}.
- Tổ công nghệ số cộng đồng hỗ trợ {vneid@ctx} lượt người dân kích hoạt tài khoản định danh điện tử mức độ 2.
@H II. KHÓ KHĂN, VƯỚNG MẮC
- Trung tâm hiện chỉ có {staff:02@w.staff} công chức, chưa đủ để bố trí trực các quầy chuyên sâu.
- Hồ sơ đất đai còn tồn do thiếu cán bộ địa chính.
@H III. NHIỆM VỤ QUÝ III NĂM 2026
- Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên {target@ctx}%; tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt trên 99%.
@N Nơi nhận:
@N - VP UBND thành phố;
@N - UBND xã;
@N - Lưu: VT.
@S KT. GIÁM ĐỐC
@S PHÓ GIÁM ĐỐC
@S
@S
@S Đinh Thị Mai
"""
FINDINGS = []
