# 07 phường Nhị Chiểu, quý I/2026 -- 2 planted errors. docx text.
# Table: fields as rows x a 2-level header (Tiếp nhận: Tổng số | Trực tuyến | Trực tiếp ; Đã giải quyết: Tổng số |
# Trước hạn | Đúng hạn | Quá hạn ; Đang giải quyết), "Tổng cộng" row LAST.
# Planted: (1) table-total (framed as conflicting statements): the text says 2.241 resolved, and the field rows add
#              up to 2.241, but the Tổng cộng row's "Đã giải quyết" cell says 2.214;
#          (2) rate: online 1.863 of 2.305 stated as 78,65% (true 80,82%).
# Traps: Q4/2025, the cumulative since 01/7/2025, "riêng tháng 3", neighbouring phường Việt Hòa, documents issued,
# complaints (khiếu nại) handled by the inspection unit, money, calls, meeting, plan target.
from gen import pc, Reg

META = dict(unit=("phuong", "Nhị Chiểu"), period=("2026-01-01", "2026-03-31"), acct="beside", rates="round",
            style="docx", tablefont=9.5)
# field, received, online, early, on time, late, in progress   (direct = received - online; resolved = e+o+l)
FIELDS = [("Hộ tịch", 548, 489, 512, 20, 0, 16), ("Chứng thực", 1214, 1060, 1202, 12, 0, 0),
          ("Đất đai", 231, 57, 184, 9, 5, 33), ("Xây dựng", 64, 22, 47, 6, 2, 9),
          ("Lao động - thương binh và xã hội", 193, 181, 181, 8, 0, 4), ("Kinh doanh", 55, 54, 51, 2, 0, 2)]
N = dict(staff=12, fee=1098, feeon=1003, reuse=1630, fb=3, fbr=3, pol_rt=731, pol_res=726, pol_ip=5,
         land_rt=174, land_res=139, land_ip=35,
         q4=2071, cum=6820, march=917, other=2950, docs=14, compl=2, money=84260000, calls=65, target=85)
N["rt"] = sum(f[1] for f in FIELDS)
N["on"] = sum(f[2] for f in FIELDS)
N["di"] = N["rt"] - N["on"]
N["ea"] = sum(f[3] for f in FIELDS)
N["ot"] = sum(f[4] for f in FIELDS)
N["late"] = sum(f[5] for f in FIELDS)
N["res"] = N["ea"] + N["ot"] + N["late"]
N["ip"] = sum(f[6] for f in FIELDS)
assert N["res"] + N["ip"] == N["rt"], (N["res"], N["ip"], N["rt"])
N["res_tab"] = 2214                                  # planted: the Tổng cộng row's resolved cell
assert N["res"] == 2241
N["p_on"] = "78,65"                                  # planted: 1.863/2.305 = 80,82%
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["dig"] = "100"
N["sat"] = "98,6"

r = Reg(N)
rows = ["STT\tLĩnh vực\tHồ sơ tiếp nhận\t<<\t<<\tHồ sơ đã giải quyết\t<<\t<<\t<<\tĐang giải quyết",
        "^^\t^^\tTổng số\tTrực tuyến\tTrực tiếp\tTổng số\tTrước hạn\tĐúng hạn\tQuá hạn\t^^"]
for i, (lab, a, on, e, o, l, ip) in enumerate(FIELDS, 1):
    sc = "f:" + lab.lower()
    z = lambda v: v or None  # noqa: E731
    rows.append("\t".join([str(i), lab, r.c(a, sc + ".rt"), r.c(on, sc + ".on"), r.c(a - on, sc + ".di"),
                           r.c(e + o + l, sc + ".res"), r.c(z(e), sc + ".ea"), r.c(z(o), sc + ".ot"),
                           r.c(z(l), sc + ".late", pad="02"), r.c(z(ip), sc + ".ip", pad="02" if ip < 10 else None)]))
rows.append("\t".join(["", "Tổng cộng", r.c(N["rt"], "w.rt"), r.c(N["on"], "w.on"), r.c(N["di"], "w.di"),
                       r.c(N["res_tab"], "w.res"), r.c(N["ea"], "w.ea"), r.c(N["ot"], "w.ot"),
                       r.c(N["late"], "w.late", pad="02"), r.c(N["ip"], "w.ip")]))
TABLE = "\n".join(rows)

TEXT = """@L UBND PHƯỜNG NHỊ CHIỂU
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 15/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Nhị Chiểu, ngày 31 tháng 3 năm 2026
@T BÁO CÁO
@t Tình hình, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công quý I năm 2026
@H I. TÌNH HÌNH CHUNG
Quý I năm 2026 trùng với dịp Tết Nguyên đán Bính Ngọ; Trung tâm nghỉ Tết từ ngày 14/02 đến hết ngày 22/02/2026 và bố trí trực tiếp nhận hồ sơ khai tử, cấp bản sao trong những ngày nghỉ. Trong quý, UBND phường ban hành {docs@ctx} văn bản chỉ đạo về công tác kiểm soát thủ tục hành chính. Nhân sự của Trung tâm gồm {staff@w.staff} công chức, người lao động.
@H II. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ
@h 1. Hồ sơ thuộc thẩm quyền của UBND phường
Trong quý, tổng số hồ sơ được tiếp nhận là {rt@w.rt} hồ sơ; hồ sơ tiếp nhận trực tuyến {on@w.on} hồ sơ, chiếm {p_on@w.on%}; hồ sơ tiếp nhận trực tiếp {di@w.di} hồ sơ. Quý IV năm 2025 tiếp nhận {q4@ctx} hồ sơ; lũy kế từ ngày 01/7/2025 đến hết quý I năm 2026 là {cum@ctx} hồ sơ. Riêng tháng 3/2026 tiếp nhận {march@ctx} hồ sơ.
Về kết quả, {res@w.res} hồ sơ đã được giải quyết ({p_res@w.res%}), trong đó {ea@w.ea} hồ sơ trước hạn, chiếm {p_ea@w.ea%}, {ot@w.ot} hồ sơ đúng hạn, {late:02@w.late} hồ sơ quá hạn ({p_late@w.late%}) thuộc các lĩnh vực đất đai, xây dựng. Số hồ sơ đang giải quyết là {ip@w.ip} hồ sơ.
Chi tiết theo lĩnh vực:
""" + TABLE + """
So với phường Việt Hòa ({other@ctx} hồ sơ trong quý), số hồ sơ của phường thấp hơn do địa bàn nhỏ hơn.
@h 2. Hồ sơ của Công an phường và Chi nhánh Văn phòng đăng ký đất đai
Công an phường đã tiếp nhận {pol_rt@pol.rt} hồ sơ tại Trung tâm, giải quyết {pol_res@pol.res} hồ sơ, còn {pol_ip:02@pol.ip} hồ sơ đang giải quyết. Chi nhánh Văn phòng đăng ký đất đai đã tiếp nhận {land_rt@land.rt} hồ sơ, trả kết quả {land_res@land.res} hồ sơ, còn {land_ip@land.ip} hồ sơ đang giải quyết.
@h 3. Thanh toán trực tuyến, số hóa, tái sử dụng dữ liệu
Tổng số hồ sơ phát sinh phí, lệ phí là {fee@w.fee} hồ sơ; số hồ sơ thanh toán trực tuyến là {feeon@w.feeon} hồ sơ ({p_feeon@w.feeon%}); tổng số tiền thu {money} đồng. Tỷ lệ số hóa hồ sơ, kết quả giải quyết: {dig@w.dig%}. Số hồ sơ tái sử dụng dữ liệu số hóa: {reuse@w.reuse} hồ sơ.
@h 4. Phản ánh, kiến nghị; sự hài lòng
Trung tâm tiếp nhận {fb:02@w.fb} phản ánh, kiến nghị qua hòm thư góp ý và đã xử lý {fbr:02@w.fbr} phản ánh. Bộ phận tiếp công dân của phường nhận {compl:02@ctx} đơn khiếu nại về đất đai, đã chuyển Thanh tra xử lý theo quy định. Tổng đài của Trung tâm nhận {calls@ctx} cuộc gọi. Mức độ hài lòng đạt {sat@w.sat%}.
@H III. NHIỆM VỤ QUÝ II NĂM 2026
Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên {target@ctx}%; giải quyết dứt điểm hồ sơ đất đai tồn đọng.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - UBND phường;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Lê Hoàng Nam
"""
FINDINGS = [
    dict(scope="ward", keys=["resolved_total"], severity="error", expected=N["res"], found=N["res_tab"],
         note="[table-total] the text says 2.241 resolved, the field rows add up to 2.241 and 2.241 + 64 = 2.305; "
              "the table's Tổng cộng row says 2.214 (digits swapped)"),
    dict(scope="ward", keys=["received_online"], severity="warning",
         expected=float(pc(N["on"], N["rt"]).replace(",", ".")), found=78.65,
         note="[rate] online 1.863 stated as 78,65%; 1.863/2.305 = 80,82%"),
]
