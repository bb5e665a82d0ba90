# 09 phường Nam Triệu, 6 tháng đầu năm 2026 -- prose only (no table), hard-wrapped like pdftotext; 2 planted.
# Carried-over records INSIDE the headline total; per-field received counts as bullets (complete: they add up).
# Planted: (1) parts-sum: trước hạn 7.084 + đúng hạn 196 + quá hạn 12 = 7.292, but đã giải quyết 7.301;
#          (2) conflicting-statements: received online 6.190 in section II.1, 6.109 in section III.
# Traps: same period last year (former wards), sub-period "riêng tháng 6", city average, neighbouring ward,
#        targets, hotline calls, money, resolution numbers.
from gen import pc

META = dict(unit=("phuong", "Nam Triệu"), period=("2026-01-01", "2026-06-30"), acct="beside", carried="inside",
            rates="round", style="wrapped")

FIELDS = [("Hộ tịch", 1512), ("Chứng thực", 3874), ("Đất đai", 602), ("Hoạt động xây dựng", 141),
          ("Bảo trợ xã hội", 1055), ("Người có công", 242)]
N = dict(co=58, on=6190, on_again=6109,          # planted: a second, different statement of the online count
         ea=7084, ot=196, late=12,                # planted: 7.084 + 196 + 12 = 7.292 (the report says 7.301)
         ip=97, wd=21, rej=7, staff=14, pt=366, pfo=218, ppo=148,
         ly=6117, june=1402, city="84,7", neighbour=8240, calls=214, money=402300000, target=90,
         fb=4, fbr=4, ecert=2716, arc=7120)
for i, (lab, v) in enumerate(FIELDS):
    N["f%d" % i] = v
N["rt"] = sum(v for _, v in FIELDS)
N["rip"] = N["rt"] - N["co"]
N["di"] = N["rip"] - N["on"]
N["res"] = N["rt"] - N["ip"] - N["wd"] - N["rej"]
assert N["ea"] + N["ot"] + N["late"] != N["res"]
N["p_on"] = pc(N["on"], N["rip"])
N["p_di"] = pc(N["di"], N["rip"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_arc"] = pc(N["arc"], N["res"])
N["dig"] = "100"
N["sat"] = "98,9"

FIELD_LINES = "\n".join("- Lĩnh vực %s: {f%d@f:%s.rt} hồ sơ;" % (lab[0].lower() + lab[1:], i, lab.lower())
                        for i, (lab, _) in enumerate(FIELDS))

TEXT = """@L UBND PHƯỜNG NAM TRIỆU
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 88/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Nam Triệu, ngày 25 tháng 6 năm 2026
@T BÁO CÁO
@t Sơ kết công tác 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2026
Căn cứ Nghị quyết số 12/NQ-HĐND ngày 20/12/2025 của HĐND phường về nhiệm vụ phát triển kinh tế - xã hội năm 2026, Trung tâm Phục vụ hành chính công phường Nam Triệu sơ kết công tác 6 tháng đầu năm 2026 như sau:
@H I. ĐẶC ĐIỂM TÌNH HÌNH
Trung tâm có {staff@w.staff} cán bộ, công chức, người lao động; được bố trí 12 quầy giao dịch, trong đó 03 quầy dành cho các cơ quan ngành dọc. Phường hiện thực hiện {pt@w.pt} thủ tục hành chính thuộc thẩm quyền, gồm {pfo@w.pfo} dịch vụ công trực tuyến toàn trình và {ppo@w.ppo} dịch vụ công trực tuyến một phần.
@H II. KẾT QUẢ ĐẠT ĐƯỢC
@h 1. Tiếp nhận hồ sơ
Trong 6 tháng đầu năm 2026, tổng số hồ sơ Trung tâm phải giải quyết là {rt@w.rt} hồ sơ, gồm {co@w.co} hồ sơ của năm 2025 chuyển sang và {rip@w.rip} hồ sơ tiếp nhận mới. Trong số hồ sơ tiếp nhận mới có {on@w.on} hồ sơ trực tuyến, chiếm {p_on@w.on%}, và {di@w.di} hồ sơ trực tiếp, chiếm {p_di@w.di%}. Cùng kỳ năm 2025, 03 phường cũ (trước sắp xếp) tiếp nhận tổng cộng {ly@ctx} hồ sơ. Riêng tháng 6/2026, Trung tâm tiếp nhận {june@ctx} hồ sơ.
Số hồ sơ phải giải quyết phân theo lĩnh vực:
""" + FIELD_LINES + """
@h 2. Kết quả giải quyết
Trung tâm đã giải quyết {res@w.res} hồ sơ, đạt tỷ lệ {p_res@w.res%}. Trong đó, giải quyết trước hạn {ea@w.ea} hồ sơ, chiếm {p_ea@w.ea%}; đúng hạn {ot@w.ot} hồ sơ, chiếm {p_ot@w.ot%}; quá hạn {late@w.late} hồ sơ, chiếm {p_late@w.late%}, đều đã có văn bản xin lỗi người dân. Hiện còn {ip@w.ip} hồ sơ đang giải quyết; {wd@w.wd} hồ sơ công dân xin rút; {rej:02@w.rej} hồ sơ bị từ chối vì không đủ điều kiện giải quyết.
Tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt {dig@w.dig%}; có {arc@w.arc} hồ sơ ({p_arc@w.arc%} số hồ sơ đã giải quyết) được lưu trữ vào kho dữ liệu điện tử của tổ chức, cá nhân. Trung tâm đã cấp {ecert@w.ecert} bản sao chứng thực điện tử.
@h 3. Công tác tiếp nhận, xử lý phản ánh, kiến nghị
Trung tâm tiếp nhận {fb:02@w.fb} phản ánh, kiến nghị liên quan đến thủ tục hành chính, đã xử lý, trả lời {fbr:02@w.fbr} phản ánh đúng thời hạn. Đường dây nóng 0225.3871.226 tiếp nhận {calls@ctx} cuộc gọi đề nghị hướng dẫn thủ tục. Tỷ lệ hài lòng của người dân đạt {sat@w.sat%}, cao hơn mức bình quân của thành phố ({city@ctx}%).
@H III. ĐÁNH GIÁ CHUNG
Nhờ đẩy mạnh hướng dẫn người dân nộp hồ sơ qua Cổng dịch vụ công, 6 tháng đầu năm có {on_again@w.on} hồ sơ được tiếp nhận trực tuyến, vượt chỉ tiêu Nghị quyết giao ({target@ctx}% số hồ sơ). Tổng số phí, lệ phí thu qua Trung tâm là {money} đồng. Tuy nhiên, so với phường lân cận (phường Hòa Bình tiếp nhận {neighbour@ctx} hồ sơ), tỷ lệ hồ sơ trực tiếp của phường còn cao.
@H IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
- Duy trì 100% hồ sơ được số hóa; giảm số hồ sơ quá hạn.
- Phối hợp Công an phường đẩy mạnh thu nhận hồ sơ qua ứng dụng VNeID.
@N Nơi nhận:
@N - Thường trực Đảng ủy, HĐND phường;
@N - UBND phường;
@N - Lưu: VT, TTPVHCC.
@S GIÁM ĐỐC
@S
@S
@S Mạc Văn Quyết
"""
FINDINGS = [
    dict(scope="ward", keys=["resolved_total", "resolved_early", "resolved_on_time", "resolved_late"], severity="error",
         expected=N["res"], found=N["ea"] + N["ot"] + N["late"],
         note="[parts-sum] trước hạn 7.084 + đúng hạn 196 + quá hạn 12 = 7.292, but đã giải quyết 7.301 "
              "(confirmed by 7.301 + 97 + 21 + 07 = 7.426); adding rút or từ chối gives 7.313, 7.299, 7.320"),
    dict(scope="ward", keys=["received_online"], severity="error", expected=N["on"], found=N["on_again"],
         note="[conflicting-statements] II.1 says 6.190 hồ sơ trực tuyến (6.190 + 1.178 = 7.368 tiếp nhận mới, "
              "84,01%%), III says 6.109" % ()),
]
