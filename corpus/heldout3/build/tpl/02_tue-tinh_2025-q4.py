# 02 xã Tuệ Tĩnh, quý IV/2025 -- 2 planted errors.
# Table: fields as rows, the three MONTHS as columns plus the quarter's column, total row FIRST.
# Planted: (1) the total row's quarter cell says 2.146 while its rows and its month cells add up to 2.164,
#              the figure of the text -> conflicting-statements on ward received_total (table total wrong);
#          (2) rate: "trước hạn 1.987 hồ sơ (94,67%)", true 1.987/2.097 = 94,75%.
# Traps: sub-period "riêng tháng 12", same quarter last year, cumulative since 01/7, city hotline,
#        visiting delegation, money, target.
from gen import pc, Reg, fs

META = dict(unit=("xa", "Tuệ Tĩnh"), period=("2025-10-01", "2025-12-31"), acct="beside", rates="round",
            style="docx")

MONTHS = [  # field, T10, T11, T12
    ("Hộ tịch", 142, 151, 168),
    ("Chứng thực", 268, 259, 311),
    ("Đất đai", 47, 52, 66),
    ("Hoạt động xây dựng", 9, 12, 7),
    ("Bảo trợ xã hội", 88, 95, 131),
    ("Người có công", 21, 19, 26),
    ("Thành lập và hoạt động của hộ kinh doanh", 34, 41, 52),
    ("Giáo dục và Đào tạo", 51, 63, 51),
]
N = dict(staff=10, pt=358, pfo=210, ppo=148,
         on=1702, res_ea=1987, ot=104, late=6, ip=67,
         rt_table=2146,                       # planted: the table's total-row quarter cell
         pol_rt=318, pol_on=301, pol_di=17, mil_rt=12, land_rt=96, land_res=71, land_ip=25,
         t12_text=0, prev_year=1538, cumul=4207, visitors_trap=41, money=120,
         fee=744, feeon=596, fb=3, fbr=3)
N["rt"] = sum(a + b + c for _, a, b, c in MONTHS)
N["t12_text"] = sum(c for *_, c in MONTHS)
N["di"] = N["rt"] - N["on"]
N["ea"] = N.pop("res_ea")
N["res"] = N["ea"] + N["ot"] + N["late"]
assert N["res"] + N["ip"] == N["rt"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea_wrong"] = "94,67"                      # planted (true: pc(ea, res) = 94,75)
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["dig"] = "100"
N["sat"] = "99,2"
N["target"] = "90"

r = Reg(N)
rows = ["STT\tLĩnh vực\tSố hồ sơ tiếp nhận\t<<\t<<\t<<",
        "^^\t^^\tTháng 10\tTháng 11\tTháng 12\tQuý IV"]
tot = [sum(m[i] for m in MONTHS) for i in (1, 2, 3)]
rows.append("\t".join(["", "Tổng số"] + [r.c(v) for v in tot] + [r.c(N["rt_table"], "w.rt")]))
for i, (lab, a, b, c) in enumerate(MONTHS, 1):
    rows.append("\t".join([str(i), lab, r.c(a), r.c(b), r.c(c), r.c(a + b + c, fs(lab) + ".rt")]))
TABLE = "\n".join(rows)


def EXTRA(N):
    out = []
    if sum(tot) != N["rt"]:
        out.append("month totals do not add up to the text total")
    if N["rt_table"] == N["rt"]:
        out.append("planted table total is not wrong")
    return out


TEXT = """@L UBND XÃ TUỆ TĨNH
@L TRUNG TÂM PHỤC VỤ
@L HÀNH CHÍNH CÔNG
@L Số: 19/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Tuệ Tĩnh, ngày 26 tháng 12 năm 2025
@T BÁO CÁO
@t Kết quả hoạt động của Trung tâm Phục vụ hành chính công xã quý IV năm 2025
Thực hiện chỉ đạo của UBND xã tại Thông báo số 211/TB-UBND ngày 15/12/2025, Trung tâm Phục vụ hành chính công xã Tuệ Tĩnh báo cáo kết quả hoạt động quý IV năm 2025, cụ thể như sau:
@H I. CÔNG TÁC TỔ CHỨC, BỐ TRÍ NHÂN SỰ
Trung tâm hiện có {staff@w.staff} công chức, người lao động được phân công làm việc tại các quầy tiếp nhận (chưa kể 02 viên chức Chi nhánh Văn phòng đăng ký đất đai và 01 cán bộ Công an xã làm việc theo lịch). Trong quý, Trung tâm bố trí lại khu vực chờ, lắp đặt thêm 01 ki-ốt tra cứu thông tin thủ tục hành chính.
@H II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
@h 1. Công khai thủ tục hành chính
Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã đang thực hiện tại Trung tâm là {pt@w.pt} thủ tục, gồm {pfo@w.pfo} thủ tục dịch vụ công trực tuyến toàn trình và {ppo@w.ppo} thủ tục dịch vụ công trực tuyến một phần; 100% thủ tục được niêm yết công khai đầy đủ, đúng quy định.
@h 2. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính
- Trong quý IV năm 2025, Trung tâm tiếp nhận tổng số {rt@w.rt} hồ sơ, trong đó {on@w.on} hồ sơ trực tuyến, chiếm {p_on@w.on%}; {di@w.di} hồ sơ trực tiếp.
- Đã giải quyết {res@w.res} hồ sơ ({p_res@w.res%}), gồm: trước hạn {ea@w.ea} hồ sơ ({p_ea_wrong@w.ea%}); đúng hạn {ot@w.ot} hồ sơ; quá hạn {late:02@w.late} hồ sơ ({p_late@w.late%}).
- Đang giải quyết: {ip@w.ip} hồ sơ, đều trong thời hạn.
- Riêng tháng 12/2025, Trung tâm tiếp nhận {t12_text@ctx} hồ sơ, là tháng cao điểm nhất trong năm do người dân thực hiện các thủ tục chốt năm. Cùng kỳ quý IV năm 2024, các xã cũ (trước sắp xếp) chỉ tiếp nhận {prev_year@ctx} hồ sơ. Lũy kế từ ngày 01/7/2025 đến hết ngày 31/12/2025, Trung tâm đã tiếp nhận {cumul@ctx} hồ sơ.
Số hồ sơ tiếp nhận từng tháng, theo lĩnh vực, tại Biểu 01 dưới đây.
@h Biểu 01. Số hồ sơ tiếp nhận theo lĩnh vực, theo tháng trong quý IV năm 2025
""" + TABLE + """
@h 3. Hồ sơ của các cơ quan ngành dọc
- Công an xã tiếp nhận {pol_rt@pol.rt} hồ sơ (trực tuyến {pol_on@pol.on}, trực tiếp {pol_di@pol.di}), đã trả kết quả đúng hạn toàn bộ.
- Ban Chỉ huy quân sự xã tiếp nhận {mil_rt@mil.rt} hồ sơ đăng ký, xác nhận nghĩa vụ quân sự.
- Chi nhánh Văn phòng đăng ký đất đai tiếp nhận {land_rt@land.rt} hồ sơ, đã giải quyết {land_res@land.res} hồ sơ, đang giải quyết {land_ip@land.ip} hồ sơ.
@h 4. Số hóa hồ sơ, thanh toán trực tuyến, phản ánh kiến nghị
- Tỷ lệ số hóa hồ sơ và kết quả giải quyết đạt {dig@w.dig%}.
- Số hồ sơ phát sinh phí, lệ phí {fee@w.fee} hồ sơ; đã thanh toán trực tuyến {feeon@w.feeon} hồ sơ, đạt {p_feeon@w.feeon%}.
- Tiếp nhận {fb:02@w.fb} phản ánh, kiến nghị của người dân; đã giải quyết dứt điểm {fbr:02@w.fbr} phản ánh. Ngoài ra, tổng đài 1022 của thành phố chuyển về xã một số ý kiến về an ninh trật tự, đã chuyển Công an xã xử lý theo thẩm quyền.
- Tỷ lệ hài lòng của người dân, doanh nghiệp đạt {sat@w.sat%}.
- Trong quý, Trung tâm đón 03 đoàn khảo sát, học tập kinh nghiệm với {visitors_trap@ctx} lượt khách của các xã bạn.
@H III. ĐÁNH GIÁ CHUNG
Nhìn chung, hoạt động của Trung tâm đi vào nền nếp; tuy nhiên còn {late:02} hồ sơ quá hạn, tập trung ở lĩnh vực đất đai. Kinh phí nâng cấp trang thiết bị ({money@ctx} triệu đồng) chưa được bố trí.
@H IV. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ I NĂM 2026
- Phấn đấu tỷ lệ hồ sơ trực tuyến đạt {target@ctx}% trở lên.
- Hoàn thành rà soát, đề xuất cắt giảm thành phần hồ sơ đối với các thủ tục có tần suất cao.
Trên đây là báo cáo kết quả hoạt động quý IV năm 2025 của Trung tâm Phục vụ hành chính công xã Tuệ Tĩnh./.
@N Nơi nhận:
@N - UBND xã (b/c);
@N - Văn phòng HĐND và UBND xã;
@N - Lưu: TTPVHCC.
@S GIÁM ĐỐC
@S
@S
@S Vũ Đức Thịnh
"""
FINDINGS = [
    dict(scope="ward", keys=["received_total"], severity="error", expected=N["rt"], found=N["rt_table"],
         note="[table-total] Biểu 01: the Tổng số row (first row) gives 2.146 for Quý IV, but its field rows and "
              "its own month cells (660 + 692 + 812) add up to 2.164, the total stated in the text; reported as "
              "conflicting statements of ward received_total (text first)"),
    dict(scope="ward", keys=["resolved_early"], severity="warning", expected=float(pc(N["ea"], N["res"]).replace(",", ".")),
         found=float(N["p_ea_wrong"].replace(",", ".")),
         note="[rate] trước hạn 1.987 hồ sơ '94,67%%', but 1.987/2.097 = %s%%; no integer in the report explains "
              "94,67%%" % pc(N["ea"], N["res"])),
]
