# 05 phường Nguyễn Đại Năng, 9 tháng đầu năm 2026 -- clean. docx text.
# Table: FIELDS AS COLUMNS (Hộ tịch | Chứng thực | Đất đai | Xây dựng | Bảo trợ xã hội | Hộ kinh doanh | Tổng số),
# indicators as rows (received / online / direct / resolved / early / on time / late / in progress), "-" cells.
# Prose: "Kết quả giải quyết gồm" with the parts before the head, percentages "đạt tỷ lệ", an agency as subject,
# records of the vertical agencies in a "+" list, procedures with records as X/Y.
# Traps: 9 months of 2025 (the former wards, 9.874), "riêng quý III/2026" (4.105), the cumulative total since
# 01/7/2025 (21.930), the year plan (15.000), the police's own căn cước (2.648), the tax team (319), visitors of the
# ward's reception office (Ban tiếp công dân: 57 lượt), 11 training sessions, money, target 90%.
from gen import pc, Reg

META = dict(unit=("phuong", "Nguyễn Đại Năng"), period=("2026-01-01", "2026-09-30"), acct="beside", rates="round",
            style="docx", tablefont=9)
#            label            rt    on    res   ea    ot   late  ip
FIELDS = [("Hộ tịch",        3120, 2870, 3085, 3050, 35, None, 35),
          ("Chứng thực",     6480, 4910, 6480, 6480, None, None, None),
          ("Đất đai",         512,  301,  431,  360, 58, 13, 81),
          ("Xây dựng",         96,   40,   80,   64, 12, 4, 16),
          ("Bảo trợ xã hội",  708,  622,  690,  655, 35, None, 18),
          ("Hộ kinh doanh",   284,  270,  279,  271, 8, None, 5)]
z = lambda x: x or 0  # noqa: E731
for lab, rt, on, res, ea, ot, late, ip in FIELDS:
    assert res + z(ip) == rt and ea + z(ot) + z(late) == res, lab
N = dict(pol_rt=1934, pol_res=1921, pol_ip=13, ins_rt=402, ins_res=402, land_rt=655, land_res=560, land_ip=95,
         staff=14, vis=9316, arc=10890, reuse=8015, fee=4122, feeon=3870, ecert=3967, fb=6, fbr=6,
         pt=336, pfo=201, ppo=110, pno=25, pwr=102, sup=216,
         y2025=9874, q3=4105, cum=21930, plan=15000, cccd=2648, tax=319, btcd=57, sessions=11,
         money=186450000, target=90)
cols = ["rt", "on", "res", "ea", "ot", "late", "ip"]
for j, k in enumerate(cols):
    N[k] = sum(z(f[1 + j]) for f in FIELDS)
N["di"] = N["rt"] - N["on"]
assert N["pfo"] + N["ppo"] + N["pno"] == N["pt"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"] and N["land_res"] + N["land_ip"] == N["land_rt"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_ip"] = pc(N["ip"], N["rt"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["p_pwr"] = pc(N["pwr"], N["pfo"] + N["ppo"])
N["dig"] = "100"
N["sat"] = "98,74"

r = Reg(N)
head = ["STT", "Chỉ tiêu"] + [f[0] for f in FIELDS] + ["Tổng số"]
rowdefs = [("Hồ sơ tiếp nhận", "rt"), ("- Trực tuyến", "on"), ("- Trực tiếp", "di"), ("Đã giải quyết", "res"),
           ("- Trước hạn", "ea"), ("- Đúng hạn", "ot"), ("- Quá hạn", "late"), ("Đang giải quyết", "ip")]
T = ["\t".join(head)]
for i, (lab, k) in enumerate(rowdefs, 1):
    cells = [str(i), lab]
    for f in FIELDS:
        sc = "f:" + f[0].lower()
        if k == "di":
            v = f[1] - f[2]
        else:
            v = f[1 + cols.index(k)]
        cells.append(r.c(v, sc + "." + k, pad="02" if v is not None and v < 10 else None))
    cells.append(r.c(N[k], "w." + k))
    T.append("\t".join(cells))
TABLE = "\n".join(T)

TEXT = """@L UBND PHƯỜNG NGUYỄN ĐẠI NĂNG
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 96/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Nguyễn Đại Năng, ngày 05 tháng 10 năm 2026
@T BÁO CÁO
@t Kết quả hoạt động 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2026 của Trung tâm Phục vụ hành chính công phường
Thực hiện chỉ đạo của UBND phường Nguyễn Đại Năng về việc báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026, Trung tâm Phục vụ hành chính công phường báo cáo như sau:
@H I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2026
@h 1. Công tác tổ chức, nhân sự và cơ sở vật chất
Trung tâm hiện có {staff@w.staff} công chức, người lao động làm việc tại 09 quầy tiếp nhận và trả kết quả. Khu vực chờ được bố trí 60 ghế ngồi, 02 máy lấy số tự động, 01 màn hình cảm ứng tra cứu thủ tục, khu vực hỗ trợ nộp hồ sơ trực tuyến với 04 máy tính kết nối mạng. Trong 9 tháng, Trung tâm tổ chức {sessions@ctx} buổi sinh hoạt chuyên đề về nghiệp vụ, quy tắc ứng xử cho công chức tại quầy.
@h 2. Kết quả tiếp nhận và giải quyết hồ sơ thuộc thẩm quyền của UBND phường
Trong 9 tháng đầu năm 2026, Trung tâm đã tiếp nhận {rt@w.rt} hồ sơ thuộc thẩm quyền của UBND phường; hồ sơ nộp trực tuyến là {on@w.on} hồ sơ, đạt tỷ lệ {p_on@w.on%}, hồ sơ nộp trực tiếp là {di@w.di} hồ sơ. So với 9 tháng năm 2025 ({y2025@ctx} hồ sơ, số liệu cộng của các phường cũ), số hồ sơ tăng gần gấp đôi; riêng quý III/2026 Trung tâm tiếp nhận {q3@ctx} hồ sơ.
Kết quả giải quyết gồm: {ea@w.ea} hồ sơ trước hạn ({p_ea@w.ea%}), {ot@w.ot} hồ sơ đúng hạn ({p_ot@w.ot%}) và {late@w.late} hồ sơ quá hạn ({p_late@w.late%}); tổng cộng {res@w.res} hồ sơ đã giải quyết, đạt tỷ lệ {p_res@w.res%}. Còn {ip@w.ip} hồ sơ đang giải quyết ({p_ip@w.ip%}), chủ yếu thuộc lĩnh vực đất đai. Trong kỳ, Trung tâm đã hướng dẫn công dân bổ sung, hoàn thiện {sup@w.sup} hồ sơ.
Hồ sơ quá hạn tập trung ở lĩnh vực đất đai và xây dựng do phải xác minh nguồn gốc sử dụng đất, lấy ý kiến khu dân cư; Trung tâm đã gửi văn bản xin lỗi đến từng tổ chức, cá nhân.
Kết quả chi tiết theo lĩnh vực:
""" + TABLE + """
Tính từ ngày 01/7/2025 đến hết tháng 9/2026, Trung tâm đã tiếp nhận lũy kế {cum@ctx} hồ sơ thuộc thẩm quyền của UBND phường.
@h 3. Hồ sơ của các cơ quan ngành dọc tại Trung tâm
+ Công an phường: tiếp nhận {pol_rt@pol.rt} hồ sơ, giải quyết {pol_res@pol.res} hồ sơ, đang giải quyết {pol_ip@pol.ip} hồ sơ. Việc cấp căn cước cho {cccd@ctx} công dân do Công an phường thực hiện tại trụ sở riêng.
+ Bảo hiểm xã hội: {ins_rt@ins.rt} hồ sơ tiếp nhận, {ins_res@ins.res} hồ sơ đã giải quyết.
+ Chi nhánh Văn phòng đăng ký đất đai: tiếp nhận {land_rt@land.rt} hồ sơ; đã giải quyết {land_res@land.res}; đang giải quyết {land_ip@land.ip}.
+ Tổ Thuế: tiếp nhận {tax@ctx} hồ sơ khai thuế của hộ kinh doanh, do Thuế cơ sở tổng hợp và báo cáo riêng.
@h 4. Cung cấp dịch vụ công trực tuyến, số hóa và thanh toán trực tuyến
Tổng số TTHC thuộc thẩm quyền của phường là {pt@w.pt}, trong đó: DVCTT toàn trình {pfo@w.pfo}; DVCTT một phần {ppo@w.ppo}; còn lại {pno@w.pno} TTHC chưa đủ điều kiện cung cấp DVCTT. Số DVCTT phát sinh hồ sơ: {pwr@w.pwr}/{_pwr_of@w.pwr/} dịch vụ ({p_pwr@w.pwr%}).
Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt {dig@w.dig%}; Trung tâm đã lưu kho {arc@w.arc} hồ sơ điện tử và tái sử dụng dữ liệu số hóa cho {reuse@w.reuse} hồ sơ. Có {fee@w.fee} hồ sơ phát sinh phí, lệ phí, trong đó {feeon@w.feeon} hồ sơ được thanh toán trực tuyến ({p_feeon@w.feeon%}), tổng số tiền {money} đồng. Bộ phận chứng thực đã thực hiện {ecert@w.ecert} bản chứng thực điện tử.
@h 5. Tiếp công dân, tiếp nhận phản ánh, kiến nghị
Trung tâm đã tiếp và hướng dẫn {vis@w.vis} lượt công dân; nhận {fb:02@w.fb} phản ánh, kiến nghị, đã xử lý xong {fbr:02@w.fbr} phản ánh. Ban tiếp công dân của phường (không thuộc Trung tâm) tiếp {btcd@ctx} lượt công dân đến kiến nghị về đất đai, trật tự xây dựng. Mức độ hài lòng của tổ chức, cá nhân đạt {sat@w.sat%}.
@H II. ĐÁNH GIÁ CHUNG
Trung tâm đã hoàn thành tốt nhiệm vụ được giao; tỷ lệ hồ sơ trực tuyến duy trì ổn định; việc tiếp nhận hồ sơ không phụ thuộc địa giới hành chính được triển khai từ tháng 5/2026. Tuy nhiên, lĩnh vực đất đai vẫn còn hồ sơ quá hạn; một số phần mềm chuyên ngành chưa kết nối với Hệ thống thông tin giải quyết TTHC của thành phố, công chức phải nhập liệu hai lần.
@H III. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2026
1. Phấn đấu hoàn thành kế hoạch năm 2026 với khoảng {plan@ctx} hồ sơ; tỷ lệ hồ sơ trực tuyến đạt trên {target@ctx}%.
2. Rà soát, giải quyết dứt điểm hồ sơ đất đai còn tồn; không để phát sinh hồ sơ quá hạn mới.
3. Đề xuất UBND phường bổ sung 02 máy tính, 01 máy quét hai mặt cho quầy chứng thực.
@N Nơi nhận:
@N - UBND thành phố (qua VP);
@N - TT Đảng ủy, HĐND phường;
@N - Chủ tịch, các PCT UBND phường;
@N - Lưu: VT, TT.
@S GIÁM ĐỐC
@S
@S
@S Trần Văn Khải
"""
N["_pwr_of"] = N["pfo"] + N["ppo"]
FINDINGS = []
