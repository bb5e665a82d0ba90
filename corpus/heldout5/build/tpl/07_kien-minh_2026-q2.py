# 07 xã Kiến Minh, quý II năm 2026 -- 2 planted errors. Layout text (pdftotext -layout).
# Table: MONTHS AS COLUMNS (Tháng 4 | Tháng 5 | Tháng 6 | Quý II); only the "Quý II" column holds figures, the month
# columns are sub-periods (no figures). The "Đang giải quyết" row gives month-end stocks (44 / 35 / 106), which do
# not add up; the quarter's is the June one. Fields are listed in prose ("Phân theo lĩnh vực ... gồm: ...").
# Planted: (1) parts-sum (breakdown), ward: the quarter column gives late 12 (the months give 3 + 4 + 3 = 10), so
#              3.002 + 137 + 12 = 3.151 != 3.149 resolved;
#          (2) field-sum, ward received_total: fields in prose add up to 3.245, not 3.255 (hộ tịch 1.180 for 1.190).
# Traps: the month columns, Q1 2026 (2.870), Q2 2025 (1.944), the first half (6.125), the two peak weeks (688),
# xã Lạc Phượng (2.410), 03 complaints sent to the land office, 24 calls, money, the target 88%, Kế hoạch số 75.
from gen import pc, Reg

META = dict(unit=("xa", "Kiến Minh"), period=("2026-04-01", "2026-06-30"), acct="beside", rates="round",
            style="layout", tablefont=10)
M = dict(rt=(1012, 1096, 1147), on=(812, 893, 951), di=(200, 203, 196), res=(968, 1061, 1120),
         ea=(921, 1010, 1071), ot=(44, 47, 46), late=(3, 4, 3), ip=(44, 35, 106))
N = dict(late_bad=12, q1=2870, q2_25=1944, peak2w=688, other=2410, compl=3, calls=24, money=42380000, target=88,
         pol_rt=655, pol_res=649, pol_ip=6, ins_rt=214, ins_res=214, staff=11, sup=88,
         arc=3060, reuse=2197, fee=1375, feeon=1206, fb=1, fbr=1, pt=349, pfo=204, ppo=121, pno=24,
         pfwr=66, ppwr=38)
for k, v in M.items():
    N[k] = sum(v) if k != "ip" else v[2]
assert N["on"] + N["di"] == N["rt"] and N["res"] + N["ip"] == N["rt"]
assert N["ea"] + N["ot"] + N["late"] == N["res"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"] and N["pfo"] + N["ppo"] + N["pno"] == N["pt"]
N["h1"] = N["q1"] + N["rt"]
FIELDS = [("hộ tịch", 1180), ("chứng thực", 1465), ("đất đai", 214), ("bảo trợ xã hội", 268), ("người có công", 118)]
assert sum(v for _, v in FIELDS) == N["rt"] - 10      # planted: hộ tịch 1.180 for 1.190
N["p_on"] = pc(N["on"], N["rt"], 1)
N["p_res"] = pc(N["res"], N["rt"], 1)
N["p_ea"] = pc(N["ea"], N["res"], 1)
N["p_feeon"] = pc(N["feeon"], N["fee"], 1)
N["p_pfwr"] = pc(N["pfwr"], N["pfo"], 1)
N["p_ppwr"] = pc(N["ppwr"], N["ppo"], 1)
N["dig"] = "100"
N["sat"] = "97,9"

r = Reg(N)
T = ["STT\tChỉ tiêu\tTháng 4\tTháng 5\tTháng 6\tQuý II"]
rows = [("Hồ sơ tiếp nhận", "rt"), ("Trong đó: trực tuyến", "on"), ("Trực tiếp", "di"), ("Đã giải quyết", "res"),
        ("Trước hạn", "ea"), ("Đúng hạn", "ot"), ("Quá hạn", "late"), ("Đang giải quyết (cuối kỳ)", "ip")]
for i, (lab, k) in enumerate(rows, 1):
    cells = [str(i), lab] + [r.c(v, "ctx", pad="02" if v < 10 else None) for v in M[k]]
    q = N["late_bad"] if k == "late" else N[k]
    cells.append(r.c(q, "w." + k))
    T.append("\t".join(cells))
TABLE = "\n".join(T)
fields_txt = "; ".join("%s {_f%d@f:%s.rt}" % (lab, i, lab) for i, (lab, v) in enumerate(FIELDS))
for i, (lab, v) in enumerate(FIELDS):
    N["_f%d" % i] = v

TEXT = """@L UBND XÃ KIẾN MINH
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 52/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Kiến Minh, ngày 02 tháng 7 năm 2026
@T BÁO CÁO
@t Kết quả hoạt động của Trung tâm Phục vụ hành chính công xã quý II năm 2026
Thực hiện Kế hoạch số 75/KH-UBND ngày 10/01/2026 của UBND xã Kiến Minh về cải cách hành chính năm 2026, Trung tâm Phục vụ hành chính công xã báo cáo kết quả hoạt động quý II năm 2026 như sau:
@H I. CÔNG TÁC TỔ CHỨC, ĐIỀU HÀNH
Trung tâm duy trì {staff@w.staff} công chức làm việc tại quầy theo Quyết định phân công của Chủ tịch UBND xã. Công tác giao ban định kỳ được thực hiện vào chiều thứ Sáu hằng tuần; các hồ sơ có nguy cơ quá hạn được báo cáo lãnh đạo UBND xã để chỉ đạo xử lý.
Trong quý, Bộ phận tiếp công dân của UBND xã nhận {compl:02@ctx} đơn kiến nghị liên quan đến việc cấp giấy chứng nhận quyền sử dụng đất; các đơn này thuộc thẩm quyền của Chi nhánh Văn phòng đăng ký đất đai nên đã được chuyển đến Chi nhánh giải quyết. Đường dây nóng của xã nhận {calls@ctx} cuộc gọi hỏi về thủ tục.
@H II. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT TTHC
@h 1. Hồ sơ thuộc thẩm quyền của UBND xã
Quý II năm 2026, UBND xã tiếp nhận {rt@w.rt} hồ sơ, tăng {_inc} hồ sơ so với quý I ({q1@ctx} hồ sơ) và tăng hơn 60% so với quý II năm 2025 ({q2_25@ctx} hồ sơ của các xã cũ). Trong đó {on@w.on} hồ sơ tiếp nhận trực tuyến, chiếm {p_on@w.on%}, và {di@w.di} hồ sơ tiếp nhận trực tiếp.
Phân theo lĩnh vực, hồ sơ tiếp nhận trong quý gồm: """ + fields_txt + """.
Hồ sơ đã được giải quyết trong quý là {res@w.res} hồ sơ ({p_res@w.res%}), trong đó trước hạn {ea@w.ea} hồ sơ, chiếm {p_ea@w.ea%}; còn {ip@w.ip} hồ sơ đang giải quyết, chưa đến hạn. Trong quý, {sup@w.sup} hồ sơ được hướng dẫn bổ sung thành phần, không có hồ sơ bị từ chối.
Số liệu chi tiết từng tháng:
""" + TABLE + """
Tính chung 6 tháng đầu năm 2026, UBND xã tiếp nhận {h1@ctx} hồ sơ. Hai tuần cao điểm trước kỳ thi tuyển sinh lớp 10 (từ 08/6 đến 19/6/2026), Trung tâm tiếp nhận {peak2w@ctx} hồ sơ chứng thực, xác nhận.
@h 2. Hồ sơ của cơ quan ngành dọc tiếp nhận tại Trung tâm
- Công an xã: {pol_rt@pol.rt} hồ sơ tiếp nhận; {pol_res@pol.res} hồ sơ đã giải quyết; {pol_ip:02@pol.ip} hồ sơ đang giải quyết.
- Bảo hiểm xã hội: {ins_rt@ins.rt} hồ sơ tiếp nhận, đã giải quyết xong toàn bộ {ins_res@ins.res} hồ sơ.
@h 3. Dịch vụ công trực tuyến, số hóa và thanh toán trực tuyến
Tổng số TTHC thuộc thẩm quyền giải quyết của UBND xã: {pt@w.pt}. Trong đó, DVCTT toàn trình: {pfo@w.pfo} (có {pfwr@w.pfwr} DVC phát sinh hồ sơ, đạt {p_pfwr@w.pfwr%}); DVCTT một phần: {ppo@w.ppo} (có {ppwr@w.ppwr} DVC phát sinh hồ sơ, đạt {p_ppwr@w.ppwr%}); TTHC chưa cung cấp DVCTT: {pno@w.pno}.
Tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt {dig@w.dig%}. Trung tâm lưu kho {arc@w.arc} hồ sơ, tái sử dụng {reuse@w.reuse} hồ sơ. Số hồ sơ phát sinh phí, lệ phí {fee@w.fee}, trong đó thanh toán trực tuyến {feeon@w.feeon} hồ sơ ({p_feeon@w.feeon%}); số tiền thu {money} đồng.
Trong quý có {fb:02@w.fb} phản ánh về thời gian trả kết quả chứng thực, đã được giải quyết ({fbr:02@w.fbr} phản ánh). Tỷ lệ hài lòng đạt {sat@w.sat%}.
@h 4. Công tác khác
Trung tâm đã phối hợp với Trường Trung học cơ sở Kiến Minh tổ chức tiếp nhận tập trung hồ sơ chứng thực bản sao học bạ, giấy khai sinh phục vụ tuyển sinh; hướng dẫn phụ huynh đăng ký tài khoản và nộp hồ sơ trên Cổng Dịch vụ công quốc gia. Việc tiếp nhận hồ sơ không phụ thuộc địa giới hành chính được thực hiện đối với các thủ tục hộ tịch, chứng thực theo danh mục thành phố công bố.
Trung tâm duy trì họp rút kinh nghiệm sau mỗi hồ sơ quá hạn, xác định rõ trách nhiệm của từng khâu tiếp nhận, thẩm định, trình ký; kết quả được báo cáo Chủ tịch UBND xã để xem xét khi đánh giá, xếp loại công chức hằng tháng.
@H III. ĐÁNH GIÁ VÀ KIẾN NGHỊ
Kết quả giải quyết hồ sơ của xã trong quý đạt khá, song vẫn còn hồ sơ quá hạn ở lĩnh vực đất đai; số lượng hồ sơ của xã cao hơn nhiều xã lân cận (xã Lạc Phượng quý II tiếp nhận {other@ctx} hồ sơ) trong khi số công chức không tăng. Đề nghị UBND thành phố hướng dẫn việc bố trí hợp đồng lao động hỗ trợ số hóa tại Trung tâm.
@H IV. NHIỆM VỤ QUÝ III NĂM 2026
- Phấn đấu tỷ lệ hồ sơ trực tuyến đạt {target@ctx}%; 100% hồ sơ được số hóa khi tiếp nhận.
- Triển khai tiếp nhận hồ sơ lưu động tại các thôn xa trung tâm vào thứ Bảy tuần thứ hai và thứ tư hằng tháng.
@N Nơi nhận:
@N - VP UBND thành phố;
@N - Thường trực Đảng ủy, HĐND xã;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Phạm Quang Huy
"""
N["_inc"] = N["rt"] - N["q1"]


def EXTRA(N):
    out = []
    for k, v in M.items():
        if k in ("ip",):
            continue
        q = N["late_bad"] if k == "late" else N[k]
        if sum(v) != q and k != "late":
            out.append("months of %s do not add up" % k)
    for i in range(3):
        if M["on"][i] + M["di"][i] != M["rt"][i]:
            out.append("month %d on+di" % i)
    return out


FINDINGS = [
    dict(scope="ward", keys=["resolved_total", "resolved_early", "resolved_on_time", "resolved_late"],
         severity="error", expected=N["res"], found=N["ea"] + N["ot"] + N["late_bad"],
         note="[parts-sum] Quý II column: 3.002 + 137 + 12 = 3.151 != 3.149 resolved (the months give late 3 + 4 + 3 = 10)."),
    dict(scope="ward", keys=["received_total"], severity="error", expected=N["rt"], found=N["rt"] - 10,
         note="[field-sum] fields in prose: 1.180 + 1.465 + 214 + 268 + 118 = 3.245 != 3.255 received."),
]
