# 05 phường Thiên Hương, 9 tháng đầu năm 2026 -- clean. docx text.
# Table: AGENCIES AS ROWS (UBND phường + 3 ngành dọc) and a "Tổng cộng" row that sums ALL agencies: that row is
# not a figure of any scope (the ward's own total is the UBND phường row). Prose: quarterly sub-totals (traps),
# agency-as-subject sentences, "gồm" list, rates "đạt tỷ lệ", supplement requested, withdrawn beside resolved.
# Traps: the all-agency total row and the same number in prose, quý I / quý II / quý III sub-totals, 9 months 2025,
# the year plan, visitors of a delegation, calls, money, training sessions, phone number.
from gen import pc, Reg

META = dict(unit=("phuong", "Thiên Hương"), period=("2026-01-01", "2026-09-30"), acct="beside", rates="round",
            style="docx", tablefont=10)
AG = [  # scope, label, received, online, direct, resolved, in progress
    ("w", "UBND phường", 9364, 8122, 1242, 9227, 102),
    ("pol", "Công an phường", 2618, 2577, 41, 2609, 9),
    ("ins", "Bảo hiểm xã hội", 540, 503, 37, 540, None),
    ("land", "Chi nhánh Văn phòng đăng ký đất đai", 1077, 214, 863, 962, 115),
]
N = dict(wd=28, rej=7, ea=8950, ot=266, late=11, sup=402, staff=14, fee=3410, feeon=3192, reuse=6880,
         pt=355, pfo=212, ppo=143, pfwr=97, ppwr=61, fb=5, fbr=5,
         q1=2840, q2=3297, q3=3227, ly=8105, plan=12000, deleg=27, calls=412, money=287300000, sessions=6)
w = AG[0]
N.update(rt=w[2], on=w[3], di=w[4], res=w[5], ip=w[6])
assert N["q1"] + N["q2"] + N["q3"] == N["rt"]
assert N["res"] + N["ip"] + N["wd"] + N["rej"] == N["rt"], N["rt"] - N["res"] - N["ip"]
assert N["ea"] + N["ot"] + N["late"] == N["res"]
for a in AG[1:]:
    assert a[3] + a[4] == a[2] and a[5] + (a[6] or 0) == a[2], a
N["p_on"] = pc(N["on"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["p_pfwr"] = pc(N["pfwr"], N["pfo"])
N["p_ppwr"] = pc(N["ppwr"], N["ppo"])
N["all"] = sum(a[2] for a in AG)
N["dig"] = "100"
N["sat"] = "98,04"

r = Reg(N)
rows = ["TT\tCơ quan tiếp nhận, giải quyết\tTổng số hồ sơ tiếp nhận\tTrong đó\t<<\tĐã giải quyết\tĐang giải quyết",
        "^^\t^^\t^^\tTrực tuyến\tTrực tiếp\t^^\t^^"]
for i, a in enumerate(AG, 1):
    sc = a[0]
    rows.append("\t".join([str(i), a[1]] + [r.c(a[j], "%s.%s" % (sc, k)) for j, k in
                                            ((2, "rt"), (3, "on"), (4, "di"), (5, "res"), (6, "ip"))]))
rows.append("\t".join(["", "Tổng cộng"] + [r.c(sum(a[j] or 0 for a in AG)) for j in range(2, 7)]))
TABLE = "\n".join(rows)

TEXT = """@L UBND PHƯỜNG THIÊN HƯƠNG
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 103/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Thiên Hương, ngày 02 tháng 10 năm 2026
@T BÁO CÁO
@t Kết quả hoạt động 9 tháng đầu năm và nhiệm vụ trọng tâm 3 tháng cuối năm 2026
@H I. KẾT QUẢ HOẠT ĐỘNG 9 THÁNG ĐẦU NĂM 2026
@h 1. Công tác kiểm soát thủ tục hành chính
Danh mục thủ tục hành chính thuộc thẩm quyền của UBND phường gồm {pt@w.pt} thủ tục. Trong đó, {pfo@w.pfo} thủ tục được cung cấp trực tuyến toàn trình, có {pfwr@w.pfwr} thủ tục phát sinh hồ sơ (đạt tỷ lệ {p_pfwr@w.pfwr%}); {ppo@w.ppo} thủ tục được cung cấp trực tuyến một phần, có {ppwr@w.ppwr} thủ tục phát sinh hồ sơ (đạt tỷ lệ {p_ppwr@w.ppwr%}).
@h 2. Tiếp nhận, giải quyết hồ sơ thuộc thẩm quyền của UBND phường
Từ ngày 01/01/2026 đến ngày 30/9/2026, UBND phường đã tiếp nhận {rt@w.rt} hồ sơ, trong đó hồ sơ trực tuyến {on@w.on}, đạt tỷ lệ {p_on@w.on%}; hồ sơ trực tiếp {di@w.di}. Số hồ sơ tiếp nhận theo từng quý lần lượt là {q1@ctx} hồ sơ (quý I), {q2@ctx} hồ sơ (quý II) và {q3@ctx} hồ sơ (quý III); cùng kỳ năm 2025 các phường cũ tiếp nhận {ly@ctx} hồ sơ.
Kết quả giải quyết gồm: {ea@w.ea} hồ sơ giải quyết trước hạn ({p_ea@w.ea%}); {ot@w.ot} hồ sơ giải quyết đúng hạn ({p_ot@w.ot%}); {late@w.late} hồ sơ giải quyết quá hạn ({p_late@w.late%}). Tổng số hồ sơ đã giải quyết là {res@w.res}, đạt tỷ lệ {p_res@w.res%}.
Ngoài ra, {ip@w.ip} hồ sơ đang giải quyết chưa đến hạn; {wd@w.wd} hồ sơ được công dân xin rút; {rej:02@w.rej} hồ sơ bị từ chối tiếp nhận giải quyết. Cán bộ tiếp nhận đã yêu cầu bổ sung, hoàn thiện {sup@w.sup} hồ sơ.
@h 3. Hồ sơ tiếp nhận tại Trung tâm theo cơ quan giải quyết
Tính cả hồ sơ của các cơ quan ngành dọc, Trung tâm đã tiếp nhận {all} hồ sơ, cụ thể như sau:
""" + TABLE + """
Công an phường tiếp nhận tại Trung tâm chủ yếu là hồ sơ đăng ký thường trú, tạm trú; Chi nhánh Văn phòng đăng ký đất đai còn {land_ip} hồ sơ đang giải quyết, chưa có hồ sơ quá hạn.
@h 4. Số hóa, thanh toán trực tuyến, khai thác dữ liệu
Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt tỷ lệ {dig@w.dig%}. Hồ sơ phát sinh phí, lệ phí: {fee@w.fee}; trong đó thanh toán trực tuyến: {feeon@w.feeon} ({p_feeon@w.feeon%}). Có {reuse@w.reuse} hồ sơ sử dụng lại dữ liệu đã được số hóa. Số tiền phí, lệ phí đã thu: {money} đồng.
@h 5. Phản ánh, kiến nghị và mức độ hài lòng
Trung tâm đã tiếp nhận {fb:02@w.fb} phản ánh, kiến nghị và xử lý xong {fbr:02@w.fbr} phản ánh. Đường dây nóng 0225.3765.090 đã tiếp nhận {calls@ctx} cuộc gọi. Tỷ lệ người dân hài lòng với việc giải quyết thủ tục hành chính đạt {sat@w.sat%}.
@h 6. Công tác khác
Trung tâm hiện có {staff@w.staff} công chức, người lao động. Trong 9 tháng, Trung tâm đón {deleg@ctx} đại biểu của đoàn công tác đến học tập kinh nghiệm và tổ chức {sessions:02@ctx} buổi tập huấn nghiệp vụ.
@H II. NHIỆM VỤ 3 THÁNG CUỐI NĂM 2026
Phấn đấu cả năm 2026 tiếp nhận và giải quyết trên {plan@ctx} hồ sơ, không để phát sinh hồ sơ quá hạn.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Thường trực Đảng ủy, HĐND, UBND phường;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Hoàng Minh Tuấn
"""
N["land_ip"] = AG[3][6]
FINDINGS = []
