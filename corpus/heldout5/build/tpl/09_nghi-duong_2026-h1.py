# 09 xã Nghi Dương, 6 tháng đầu năm 2026 -- clean. Wrapped text (pdftotext). No table.
# A long half-year report: numbers in section headings, per-field "+" bullets with received and resolved
# ("+ Lĩnh vực hộ tịch: tiếp nhận 2.410 hồ sơ, đã giải quyết 2.398 hồ sơ"), "trước và đúng hạn" as one figure,
# inconsistent number styles (6.930 / 6930), the vertical agencies in prose with the agency as subject,
# procedures with records as a count with its rate over DVCTT, the same figures repeated in a closing summary.
# Traps: H1 2025 (4.015), Q2 2026 (3.702), "riêng tháng 6" (1.338), the cumulative total since 01/7/2025 (13.905),
# the 2026 plan (14.000), a conditional, the social-insurance office's own work (1.120 voluntary contributors,
# 2.350.000.000 đồng), the police's 2.204 VNeID accounts, the city ranking (12/114), xã An Thành (5.870),
# 05 complaints handled by the inspectors, 47 civil servants of the commune, money, the target 90%.
from gen import pc

META = dict(unit=("xa", "Nghi Dương"), period=("2026-01-01", "2026-06-30"), acct="beside", rates="round",
            style="wrapped")
FIELDS = [("hộ tịch", 2410, 2398), ("chứng thực", 3105, 3105), ("đất đai", 388, 312), ("bảo trợ xã hội", 602, 596),
          ("nông nghiệp", 139, 121), ("lao động, người có công", 286, 269)]
N = dict(on=5722, eo=6782, late=19, sup=205,
         pol_rt=1322, pol_res=1309, pol_ip=13, ins_rt=377, ins_res=370, ins_ip=7, mil=58,
         pt=347, pfo=205, ppo=118, pno=24, pwr=121, arc=6701, reuse=4930, fee=2671, feeon=2302, ecert=1844,
         fb=4, fbr=4, staff=13, vis=8840,
         h1_25=4015, q2=3702, jun=1338, cum=13905, plan=14000, vol=1120, bhxh_money=2350000000, vneid=2204,
         rank=12, other=5870, compl=5, cs=47, money=118940000, target=90)
N["rt"] = sum(f[1] for f in FIELDS)
N["res"] = sum(f[2] for f in FIELDS)
N["ip"] = N["rt"] - N["res"]
N["di"] = N["rt"] - N["on"]
assert N["eo"] + N["late"] == N["res"] and N["pfo"] + N["ppo"] + N["pno"] == N["pt"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"] and N["ins_res"] + N["ins_ip"] == N["ins_rt"]
for i, (lab, a, b) in enumerate(FIELDS):
    N["_fr%d" % i], N["_fs%d" % i], N["_fi%d" % i] = a, b, a - b
N["p_on"] = pc(N["on"], N["rt"])
N["p_di"] = pc(N["di"], N["rt"])
N["p_eo"] = pc(N["eo"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_pwr"] = pc(N["pwr"], N["pfo"] + N["ppo"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["dig"] = "99,8"
N["sat"] = "97,62"


def fb_(i):
    lab = FIELDS[i][0]
    sc = "f:" + lab
    if FIELDS[i][1] == FIELDS[i][2]:
        return "+ Lĩnh vực %s: tiếp nhận và giải quyết xong {_fr%d@%s.rt&%s.res} hồ sơ;" % (lab, i, sc, sc)
    if i % 2:
        return "+ Lĩnh vực %s: tiếp nhận {_fr%d@%s.rt} hồ sơ, đã giải quyết {_fs%d@%s.res} hồ sơ, còn {_fi%d:02@%s.ip} hồ sơ đang giải quyết;" % (lab, i, sc, i, sc, i, sc)
    return "+ Lĩnh vực %s: tiếp nhận {_fr%d@%s.rt} hồ sơ; đã giải quyết {_fs%d@%s.res}, đang giải quyết {_fi%d@%s.ip};" % (lab, i, sc, i, sc, i, sc)


FIELD_BULLETS = "\n".join(fb_(i) for i in range(len(FIELDS)))

TEXT = """@L ĐẢNG BỘ XÃ NGHI DƯƠNG
@L UBND XÃ NGHI DƯƠNG
@L TRUNG TÂM PHỤC VỤ HCC
@L Số: 71/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Nghi Dương, ngày 03 tháng 7 năm 2026
@T BÁO CÁO
@t Sơ kết công tác 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026 của Trung tâm Phục vụ hành chính công xã Nghi Dương
Thực hiện Công văn số 1195/UBND-VP ngày 18/6/2026 của UBND xã về việc xây dựng báo cáo sơ kết 6 tháng đầu năm 2026, Trung tâm Phục vụ hành chính công xã Nghi Dương báo cáo như sau:
@H I. ĐẶC ĐIỂM, TÌNH HÌNH
Xã Nghi Dương có diện tích tự nhiên trên 30 km², dân số khoảng 52 nghìn người, nhiều lao động làm việc tại các khu công nghiệp nên nhu cầu giải quyết TTHC về hộ tịch, chứng thực, cư trú rất lớn. Toàn xã có {cs@ctx} cán bộ, công chức; Trung tâm được bố trí {staff@w.staff} công chức làm việc thường xuyên và được các cơ quan Công an, Bảo hiểm xã hội, Chi nhánh Văn phòng đăng ký đất đai cử người đến tiếp nhận hồ sơ theo lịch.
Trụ sở Trung tâm được cải tạo từ hội trường của xã cũ, diện tích khoảng 200 m², bố trí 10 quầy giao dịch, khu vực chờ và khu vực hỗ trợ nộp hồ sơ trực tuyến; trang thiết bị cơ bản đáp ứng yêu cầu.
@H II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026
@h 1. Tiếp nhận {rt} hồ sơ thuộc thẩm quyền của UBND xã
Tổng số hồ sơ tiếp nhận trong 6 tháng đầu năm 2026 là {rt@w.rt} hồ sơ, trong đó: hồ sơ trực tuyến {on@w.on} hồ sơ, chiếm {p_on@w.on%}; hồ sơ trực tiếp {di@w.di} hồ sơ, chiếm {p_di@w.di%}. So với 6 tháng đầu năm 2025 ({h1_25@ctx} hồ sơ của các xã cũ), số hồ sơ tăng hơn 70%. Riêng quý II/2026 tiếp nhận {q2@ctx} hồ sơ, trong đó tháng 6 là {jun@ctx} hồ sơ.
Hồ sơ tiếp nhận phân theo lĩnh vực như sau:
""" + FIELD_BULLETS + """
@h 2. Kết quả giải quyết
Đến ngày 30/6/2026, UBND xã đã giải quyết {res@w.res} hồ sơ; hồ sơ giải quyết trước và đúng hạn là {eo@w.eo} hồ sơ (đạt {p_eo@w.eo%}), quá hạn {late@w.late} hồ sơ ({p_late@w.late%}). Số hồ sơ đang giải quyết chuyển sang tháng 7/2026: {ip:n@w.ip} hồ sơ. Các hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai, Trung tâm đã thực hiện xin lỗi công dân bằng văn bản theo quy định. Trong 6 tháng, Trung tâm đã phát hành {sup@w.sup} phiếu yêu cầu bổ sung hồ sơ.
Lũy kế từ khi Trung tâm đi vào hoạt động (01/7/2025) đến ngày 30/6/2026, Trung tâm đã tiếp nhận {cum@ctx} hồ sơ thuộc thẩm quyền của UBND xã.
@h 3. Hồ sơ của các cơ quan ngành dọc
Công an xã tiếp nhận tại Trung tâm {pol_rt@pol.rt} hồ sơ đăng ký, quản lý cư trú, đã giải quyết {pol_res@pol.res} hồ sơ, đang giải quyết {pol_ip@pol.ip} hồ sơ. Bên cạnh đó, Công an xã đã thu nhận hồ sơ và kích hoạt {vneid@ctx} tài khoản định danh điện tử cho công dân tại trụ sở.
Bảo hiểm xã hội tiếp nhận {ins_rt@ins.rt} hồ sơ, trong đó đã giải quyết {ins_res@ins.res} hồ sơ, còn {ins_ip:02@ins.ip} hồ sơ đang giải quyết. Ngoài ra, cơ quan Bảo hiểm xã hội đã phát triển mới {vol@ctx} người tham gia bảo hiểm xã hội tự nguyện với số tiền thu {bhxh_money} đồng; số liệu này thuộc nhiệm vụ riêng của ngành Bảo hiểm xã hội.
Ban Chỉ huy quân sự xã tiếp nhận và giải quyết {mil@mil.rt&mil.res} hồ sơ đăng ký nghĩa vụ quân sự, đăng ký phương tiện kỹ thuật dự bị.
@h 4. Dịch vụ công trực tuyến
Tổng số TTHC thuộc thẩm quyền giải quyết của UBND xã: {pt@w.pt} TTHC; DVCTT toàn trình: {pfo@w.pfo}; DVCTT một phần: {ppo@w.ppo}; TTHC chưa cung cấp DVCTT: {pno:02@w.pno}. Có {pwr@w.pwr} DVCTT phát sinh hồ sơ, đạt {p_pwr@w.pwr%} tổng số DVCTT. Nếu các thủ tục lĩnh vực đất đai được liên thông toàn trình, tỷ lệ DVCTT phát sinh hồ sơ có thể đạt trên 50%.
@h 5. Số hóa, lưu kho, thanh toán trực tuyến
Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt {dig@w.dig%}. Số hồ sơ lưu kho điện tử là {arc@w.arc} hồ sơ; {reuse@w.reuse} hồ sơ đã tái sử dụng dữ liệu số hóa. Số hồ sơ phát sinh phí, lệ phí là {fee@w.fee} hồ sơ, trong đó thanh toán trực tuyến {feeon@w.feeon} hồ sơ ({p_feeon@w.feeon%}); số tiền thu {money} đồng. Số bản sao chứng thực điện tử đã cấp: {ecert@w.ecert}.
@h 6. Tiếp công dân, phản ánh kiến nghị, đánh giá hài lòng
Trung tâm tiếp {vis@w.vis} lượt công dân đến giao dịch; nhận {fb:02@w.fb} phản ánh, kiến nghị về thủ tục hành chính, đã xử lý {fbr:02@w.fbr} phản ánh. Ngoài ra, Thanh tra xã đang xem xét {compl:02@ctx} đơn khiếu nại về đất đai theo thẩm quyền, không liên quan đến việc giải quyết TTHC tại Trung tâm. Mức độ hài lòng của người dân đạt {sat@w.sat%}; theo Bộ chỉ số phục vụ người dân, doanh nghiệp của thành phố, xã xếp thứ {rank@ctx}/114 đơn vị cấp xã.
@H III. ĐÁNH GIÁ CHUNG
Ưu điểm: tỷ lệ hồ sơ trực tuyến cao; số hóa gắn với tiếp nhận được thực hiện nghiêm. Hạn chế: hồ sơ đất đai còn quá hạn; việc tái sử dụng dữ liệu chưa cao do dữ liệu hộ tịch của các xã cũ chưa được số hóa hết; khu vực chờ chật vào các ngày đầu tuần.
Tóm lại, 6 tháng đầu năm 2026 Trung tâm đã tiếp nhận {rt:n} hồ sơ, giải quyết {res:n} hồ sơ, tỷ lệ trước và đúng hạn đạt {p_eo}%. Xã An Thành cùng kỳ tiếp nhận {other@ctx} hồ sơ.
@H IV. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2026
1. Phấn đấu cả năm 2026 tiếp nhận và giải quyết khoảng {plan@ctx} hồ sơ; tỷ lệ hồ sơ trực tuyến đạt trên {target@ctx}%.
2. Giải quyết dứt điểm các hồ sơ đất đai tồn đọng; rà soát, đề xuất cắt giảm thành phần hồ sơ.
3. Kiến nghị UBND thành phố hỗ trợ kinh phí số hóa sổ hộ tịch của các xã cũ.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Đảng ủy, HĐND, UBND xã;
@N - Lưu: VT, TTPVHCC.
@S GIÁM ĐỐC
@S
@S
@S Hoàng Minh Tuấn
"""
FINDINGS = []
