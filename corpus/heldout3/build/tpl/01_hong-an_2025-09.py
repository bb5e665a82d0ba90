# 01 phường Hồng An, tháng 9/2025 -- clean. Prose + bullets, per-field table with the total row LAST,
# "-" cells; traps: previous month, comparison, tax office, police's own ID-card counts, hotline calls,
# money amounts, document numbers, target.
from gen import pc, Reg, fs

META = dict(unit=("phuong", "Hồng An"), period=("2025-09-01", "2025-09-30"), acct="beside", rates="round",
            style="docx")

FIELDS = [  # label, received, resolved, early, on time, late, in progress
    ("Hộ tịch", 386, 379, 372, 7, None, 7),
    ("Chứng thực", 742, 742, 742, None, None, None),
    ("Đất đai", 58, 41, 35, 4, 2, 17),
    ("Hoạt động xây dựng", 17, 14, 12, 2, None, 3),
    ("Thành lập và hoạt động của hộ kinh doanh", 63, 61, 61, None, None, 2),
    ("Bảo trợ xã hội", 129, 122, 117, 5, None, 7),
    ("Người có công", 24, 22, 22, None, None, 2),
]
S = lambda i: sum(r[i] or 0 for r in FIELDS)  # noqa: E731

N = dict(staff=9, pt=342, pfo=201, ppo=141, pwr=41, pfwr=26, ppwr=15,
         rt=S(1), res=S(2), ea=S(3), ot=S(4), late=S(5), ip=S(6),
         on=1094, prev_rt=1296, pol_rt=211, pol_res=205, pol_ip=6, pol_cards=1140,
         ins_rt=46, ins_res=46, tax=214, calls=36, fb=2, fbr=2, fee=612, feeon=503, reuse=688,
         money=48350000, sat_city="96,1")
N["di"] = N["rt"] - N["on"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_di"] = pc(N["di"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["delta"] = N["rt"] - N["prev_rt"]
N["p_pwr"] = pc(N["pwr"], N["pt"])
N["sat"] = "98,7"
N["dig"] = "100"
N["target"] = "85"

r = Reg(N)
rows = ["STT\tLĩnh vực\tSố hồ sơ tiếp nhận\tKết quả giải quyết\t<<\t<<\t<<\tĐang giải quyết",
        "^^\t^^\t^^\tTổng số\tTrước hạn\tĐúng hạn\tQuá hạn\t^^"]
for i, (lab, *vals) in enumerate(FIELDS, 1):
    sc = fs(lab)
    keys = ["rt", "res", "ea", "ot", "late", "ip"]
    rows.append("\t".join([str(i), lab] + [r.c(v, "%s.%s" % (sc, k)) for v, k in zip(vals, keys)]))
rows.append("\t".join(["", "Tổng cộng"] + [r.c(N[k], "w." + k) for k in ["rt", "res", "ea", "ot", "late", "ip"]]))
TABLE = "\n".join(rows)

TEXT = """@L UBND PHƯỜNG HỒNG AN
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 47/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Hồng An, ngày 02 tháng 10 năm 2025
@T BÁO CÁO
@t Kết quả công tác tiếp nhận, giải quyết thủ tục hành chính tháng 9 năm 2025
Căn cứ Kế hoạch số 125/KH-UBND ngày 12/8/2025 của UBND phường Hồng An về kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2025, Trung tâm Phục vụ hành chính công phường báo cáo kết quả thực hiện tháng 9 năm 2025 như sau:
@H I. TÌNH HÌNH CHUNG
Trung tâm Phục vụ hành chính công phường Hồng An được bố trí tại tầng 1 trụ sở UBND phường, với {staff:02@w.staff} cán bộ, công chức làm việc thường xuyên (01 Giám đốc do Phó Chủ tịch UBND phường kiêm nhiệm, 01 Phó Giám đốc và 07 công chức tiếp nhận, trả kết quả). Trong tháng, Trung tâm duy trì làm việc buổi sáng thứ Bảy để phục vụ người dân đi làm trong giờ hành chính.
Trung tâm đang niêm yết, công khai {pt@w.pt} thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường; trong đó có {pfo@w.pfo} thủ tục cung cấp dịch vụ công trực tuyến toàn trình và {ppo@w.ppo} thủ tục cung cấp dịch vụ công trực tuyến một phần. Trong tháng có {pwr@w.pwr} thủ tục phát sinh hồ sơ trực tuyến (chiếm {p_pwr@w.pwr%}), gồm {pfwr@w.pfwr} thủ tục toàn trình và {ppwr@w.ppwr} thủ tục một phần.
@H II. KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ
@h 1. Hồ sơ thuộc thẩm quyền giải quyết của UBND phường
- Tổng số hồ sơ Trung tâm tiếp nhận trong tháng 9/2025 là {rt@w.rt} hồ sơ, trong đó: {on@w.on} hồ sơ nộp trực tuyến (đạt {p_on@w.on%}) và {di@w.di} hồ sơ nộp trực tiếp tại quầy ({p_di@w.di%}).
- Số hồ sơ đã giải quyết, trả kết quả: {res@w.res} hồ sơ, đạt {p_res@w.res%} tổng số hồ sơ tiếp nhận; trong đó giải quyết trước hạn {ea@w.ea} hồ sơ ({p_ea@w.ea%}), đúng hạn {ot@w.ot} hồ sơ, quá hạn {late@w.late} hồ sơ ({p_late@w.late%}) thuộc lĩnh vực đất đai do phải chờ kết quả đo đạc.
- Số hồ sơ đang trong thời hạn giải quyết: {ip@w.ip} hồ sơ.
- So với tháng 8/2025 (tiếp nhận {prev_rt@ctx} hồ sơ), số hồ sơ tiếp nhận tăng {delta@ctx} hồ sơ, chủ yếu do nhu cầu chứng thực bản sao phục vụ năm học mới.
Kết quả chi tiết theo từng lĩnh vực như sau (dấu “-” là không phát sinh):
""" + TABLE + """
@h 2. Hồ sơ của các cơ quan ngành dọc tiếp nhận tại Trung tâm
- Công an phường: tiếp nhận {pol_rt@pol.rt} hồ sơ đăng ký cư trú, đã giải quyết {pol_res@pol.res} hồ sơ, còn {pol_ip@pol.ip} hồ sơ đang giải quyết. Riêng việc cấp căn cước, Công an phường thực hiện tại trụ sở Công an với {pol_cards@ctx} trường hợp, không qua Trung tâm.
- Bảo hiểm xã hội: tiếp nhận và trả kết quả {ins_rt@ins.rt&ins.res} hồ sơ cấp, đổi thẻ bảo hiểm y tế.
- Đội Thuế liên phường tiếp nhận {tax@ctx} tờ khai thuế của hộ kinh doanh trên địa bàn; số liệu này do cơ quan thuế quản lý, không tổng hợp vào kết quả của Trung tâm.
@h 3. Số hóa, thanh toán trực tuyến và khai thác dữ liệu
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt {dig@w.dig%}.
- Có {reuse@w.reuse} hồ sơ được tái sử dụng dữ liệu số hóa, người dân không phải nộp lại giấy tờ.
- Tổng số hồ sơ phát sinh phí, lệ phí: {fee@w.fee} hồ sơ, trong đó {feeon@w.feeon} hồ sơ thanh toán trực tuyến (đạt {p_feeon@w.feeon%}). Tổng số tiền phí, lệ phí thu được trong tháng là {money} đồng.
@h 4. Tiếp nhận phản ánh, kiến nghị và đánh giá sự hài lòng
- Trong tháng, Trung tâm tiếp nhận {fb:02@w.fb} phản ánh, kiến nghị về thời gian trả kết quả, đã xử lý xong {fbr:02@w.fbr} phản ánh.
- Đường dây nóng của Trung tâm (số điện thoại 0225.3852.416) tiếp nhận {calls@ctx} cuộc gọi hỏi về thành phần hồ sơ, đã được hướng dẫn trực tiếp qua điện thoại.
- Tỷ lệ người dân đánh giá hài lòng và rất hài lòng đạt {sat@w.sat%} (bình quân chung của thành phố là {sat_city@ctx}%).
@H III. TỒN TẠI, HẠN CHẾ
- Còn hồ sơ đất đai giải quyết quá hạn do phải phối hợp đo đạc, xác minh nguồn gốc đất.
- Một số người cao tuổi chưa sử dụng được tài khoản định danh điện tử nên vẫn phải nộp hồ sơ trực tiếp.
@H IV. NHIỆM VỤ THÁNG 10 NĂM 2025
- Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt trên {target@ctx}%; không để phát sinh hồ sơ quá hạn.
- Tiếp tục phối hợp Tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến tại nhà.
Trên đây là báo cáo kết quả công tác tháng 9 năm 2025 của Trung tâm Phục vụ hành chính công phường Hồng An./.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Thường trực Đảng ủy, HĐND phường;
@N - Chủ tịch, các PCT UBND phường;
@N - Lưu: VT, TTPVHCC.
@S KT. GIÁM ĐỐC
@S PHÓ GIÁM ĐỐC
@S
@S
@S Phạm Thị Thu Hà
"""
FINDINGS = []
