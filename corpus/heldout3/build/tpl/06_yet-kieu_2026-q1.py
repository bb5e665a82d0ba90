# 06 xã Yết Kiêu, quý I/2026 -- clean. Text like pdftotext -layout.
# Table: AGENCIES AS COLUMNS under a merged two-level header ("Cơ quan giải quyết" over UBND xã | Công an |
# BHXH | Chi nhánh VPĐKĐĐ) plus a "Tổng cộng" column that sums all agencies (no figure key: not the ward's).
# Traps: the all-agency total column, previous quarter and growth rate, sub-period "riêng tháng 3",
# the province-level average, inspection team, money, dates.
from gen import pc, Reg

META = dict(unit=("xa", "Yết Kiêu"), period=("2026-01-01", "2026-03-31"), acct="beside", rates="round",
            style="layout", tablefont=10)

AG = [  # scope, column label, received, online, direct, resolved, in progress
    ("w", "UBND xã", 3512, 2934, 578, 3431, 81),
    ("pol", "Công an xã", 1046, 1012, 34, 1040, 6),
    ("ins", "Bảo hiểm xã hội", 215, 187, 28, 215, None),
    ("land", "Chi nhánh VPĐK đất đai", 388, 96, 292, 301, 87),
]
for a in AG:
    assert a[3] + a[4] == a[2] and a[5] + (a[6] or 0) == a[2], a
N = dict(staff=9, pt=349, pfo=207, ppo=142, pwr=44, ea=3380, ot=46, late=5, fee=1390, feeon=1217,
         reuse=2106, arc=3398, prev_q=3234, march=1408, money=96410000, plan=85)
w = AG[0]
N.update(rt=w[2], on=w[3], di=w[4], res=w[5], ip=w[6])
assert N["ea"] + N["ot"] + N["late"] == N["res"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_eo"] = pc(N["ea"] + N["ot"], N["res"])
N["eo"] = N["ea"] + N["ot"]
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["p_pwr"] = pc(N["pwr"], N["pt"])
N["growth"] = pc(N["rt"] - N["prev_q"], N["prev_q"], 1)
N["all_rt"] = sum(a[2] for a in AG)
N["sat"] = "98,15"
N["dig"] = "100"

r = Reg(N)
rows = ["STT\tNội dung\tCơ quan giải quyết\t<<\t<<\t<<\tTổng cộng",
        "^^\t^^\t" + "\t".join(a[1] for a in AG) + "\t^^"]
for stt, lab, i, k in [("1", "Hồ sơ tiếp nhận", 2, "rt"), ("a", "Trực tuyến", 3, "on"), ("b", "Trực tiếp", 4, "di"),
                       ("2", "Hồ sơ đã giải quyết", 5, "res"), ("3", "Hồ sơ đang giải quyết", 6, "ip")]:
    cells = [r.c(a[i], "%s.%s" % (a[0], k)) for a in AG]
    tot = sum(a[i] or 0 for a in AG)
    rows.append("\t".join([stt, lab] + cells + [r.c(tot)]))
TABLE = "\n".join(rows)

TEXT = """@L UBND XÃ YẾT KIÊU
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 31/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Yết Kiêu, ngày 31 tháng 3 năm 2026
@T BÁO CÁO
@t Kết quả công tác cải cách thủ tục hành chính và hoạt động của Trung tâm Phục vụ hành chính công quý I năm 2026
@H I. KẾT QUẢ ĐẠT ĐƯỢC
@h 1. Về thủ tục hành chính và dịch vụ công trực tuyến
UBND xã đang thực hiện {pt@w.pt} thủ tục hành chính, trong đó {pfo@w.pfo} thủ tục được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình, {ppo@w.ppo} thủ tục là dịch vụ công trực tuyến một phần. Trong quý, có {pwr@w.pwr} thủ tục phát sinh hồ sơ trực tuyến, tỷ lệ {p_pwr@w.pwr%}.
@h 2. Về tiếp nhận, giải quyết hồ sơ thuộc thẩm quyền UBND xã
Trong quý I năm 2026, Trung tâm tiếp nhận {rt@w.rt} hồ sơ thuộc thẩm quyền giải quyết của UBND xã ({on@w.on} hồ sơ trực tuyến, đạt tỷ lệ {p_on@w.on%}; {di@w.di} hồ sơ trực tiếp). Đã giải quyết {res@w.res} hồ sơ, đạt {p_res@w.res%}; số hồ sơ giải quyết trước hạn và đúng hạn là {eo@w.eo} hồ sơ ({p_eo@w.eo%}), trong đó trước hạn {ea@w.ea} hồ sơ, đúng hạn {ot@w.ot} hồ sơ; quá hạn {late:02@w.late} hồ sơ ({p_late@w.late%}). Đang giải quyết {ip@w.ip} hồ sơ.
So với quý IV năm 2025 ({prev_q@ctx} hồ sơ), số hồ sơ tiếp nhận tăng {growth@ctx}%. Riêng tháng 3/2026, Trung tâm tiếp nhận {march@ctx} hồ sơ, cao nhất từ khi thành lập.
@h 3. Tổng hợp hồ sơ tiếp nhận tại Trung tâm theo cơ quan giải quyết
Tính chung cả hồ sơ của các cơ quan ngành dọc, Trung tâm đã tiếp nhận {all_rt@ctx} hồ sơ; chi tiết như sau:
""" + TABLE + """
@h 4. Số hóa, thanh toán trực tuyến, mức độ hài lòng
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: {dig@w.dig%}; có {arc@w.arc} hồ sơ được lưu kho điện tử và {reuse@w.reuse} hồ sơ tái sử dụng dữ liệu đã số hóa.
- Hồ sơ phát sinh phí, lệ phí: {fee@w.fee} hồ sơ; thanh toán trực tuyến {feeon@w.feeon} hồ sơ, đạt {p_feeon@w.feeon%}; số tiền thu {money} đồng.
- Tỷ lệ hài lòng trên Hệ thống đánh giá: {sat@w.sat%}.
@H II. HẠN CHẾ, NGUYÊN NHÂN
Hồ sơ đất đai của Chi nhánh Văn phòng đăng ký đất đai còn tồn nhiều do thiếu nhân lực đo đạc. Ngày 12/3/2026, Đoàn kiểm tra công vụ của thành phố đã kiểm tra Trung tâm và ghi nhận không có sai phạm.
@H III. NHIỆM VỤ QUÝ II NĂM 2026
Tiếp tục nâng tỷ lệ hồ sơ trực tuyến lên trên {plan@ctx}%; tăng cường phối hợp với các cơ quan ngành dọc để rút ngắn thời gian giải quyết hồ sơ.
@N Nơi nhận:
@N - UBND xã;
@N - Lưu: VT, TTPVHCC.
@S GIÁM ĐỐC
@S
@S
@S Lương Văn Hải
"""
FINDINGS = []
