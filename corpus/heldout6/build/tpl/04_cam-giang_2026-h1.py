# 04: xã Cẩm Giàng, 6 tháng đầu năm 2026 -- long, many sections, docx, clean;
# per-field table with online / direct as columns; withdrawn and refused inside the resolved total
from gen import pc
META = dict(unit=("xa", "Cẩm Giàng"), period=("2026-01-01", "2026-06-30"), acct="inside", carried="inside",
            rates="round", style="docx")
F = [  # label, rt, on, di, res, ip
    ("Hộ tịch", 2140, 1622, 518, 2088, 52),
    ("Chứng thực", 3015, 1870, 1145, 3015, 0),
    ("Đất đai", 486, 301, 185, 402, 84),
    ("Bảo trợ xã hội", 622, 540, 82, 598, 24),
    ("Xây dựng", 174, 150, 24, 151, 23),
    ("Hộ kinh doanh", 263, 263, 0, 255, 8),
]
N = dict(rt=6700, on=4746, di=1954, res=6509, ip=191, wd=41, rej=17, ea=6102, ot=331, late=18,
         pt=358, pfo=204, ppo=154, pfwr=37, ppwr=29, pwr=66, dig="98,7", arc=6430, reuse=2215,
         fee=1830, feeon=1752, ecert=1206, fb=5, fbr=5, sat="99,2", staff=9, vis=9312,
         pol=1406, polres=1389, polip=17, ins=655, insres=655, land=318, landres=251, landip=67, mil=42,
         num="86", lastyr=5912, q1=3180, q2=3520, tgt="80", calls=1130, budget="420", comp=14, scan=6,
         kiosk=2, train=3, trainees=27, eval=4, stat="95", yrplan="12.500", ip_city="88,4", mtg=6,
         doc=35, chk=2, oldh="1.204", pt_city="1.962", tgt2="90")
N["on_p"] = pc(4746, 6700)
N["late_p"] = pc(18, 6509)
N["pwr_p"] = pc(66, 358)
N["reuse_p"] = pc(2215, 6700)
N["feeon_p"] = pc(1752, 1830)
rows = ["STT\tLĩnh vực\tTổng số hồ sơ tiếp nhận\tTrong đó\t<<\tĐã giải quyết\tĐang giải quyết",
        "^^\t^^\t^^\tTrực tuyến\tTrực tiếp\t^^\t^^"]
for i, (lab, rt, on, di, res, ip) in enumerate(F, 1):
    k = "r%d" % i
    N.update({k + "rt": rt, k + "on": on, k + "di": di, k + "res": res, k + "ip": ip})
    sc = "f:" + lab.lower()
    rows.append("%d\t%s\t{%srt@%s.rt}\t{%son@%s.on}\t{%sdi@%s.di}\t{%sres@%s.res}\t{%sip@%s.ip}" % (
        i, lab, k, sc, k, sc, k, sc, k, sc, k, sc))
rows.append("\tTổng cộng\t{rt@w.rt}\t{on@w.on}\t{di@w.di}\t{res@w.res}\t{ip@w.ip}")
TABLE = "\n".join(rows)
TEXT = """@L UBND XÃ CẨM GIÀNG
@L TRUNG TÂM PHỤC VỤ
@L HÀNH CHÍNH CÔNG
@L Số: {num}/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Cẩm Giàng, ngày 03 tháng 7 năm 2026
@T BÁO CÁO
@t Sơ kết công tác 6 tháng đầu năm 2026 của Trung tâm Phục vụ hành chính công xã; phương hướng, nhiệm vụ 6 tháng cuối năm 2026
@I (Phục vụ Hội nghị sơ kết của UBND xã)
Căn cứ Kế hoạch số 12/KH-UBND ngày 08/01/2026 của UBND xã về cải cách hành chính năm 2026; căn cứ chức năng, nhiệm vụ được giao, Trung tâm Phục vụ hành chính công xã Cẩm Giàng báo cáo sơ kết công tác 6 tháng đầu năm 2026 như sau:
@H PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026
@H I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ngay từ đầu năm, Trung tâm đã tham mưu UBND xã ban hành Kế hoạch hoạt động năm 2026 với chỉ tiêu tiếp nhận khoảng {yrplan} hồ sơ, tỷ lệ hồ sơ trực tuyến từ {tgt}% trở lên và {tgt2}% hồ sơ được giải quyết trước hạn. Giám đốc Trung tâm chủ trì giao ban hằng tuần với công chức tiếp nhận; trong 6 tháng đã tổ chức {mtg:02} cuộc họp chuyên đề về giải quyết hồ sơ đất đai, xây dựng.
UBND xã ban hành {doc} văn bản chỉ đạo, đôn đốc liên quan đến công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông; tổ chức {chk:02} đợt kiểm tra việc thực hiện quy chế làm việc tại Trung tâm.
@H II. TỔ CHỨC BỘ MÁY, NHÂN SỰ VÀ CƠ SỞ VẬT CHẤT
@h 1. Nhân sự
Tổng số cán bộ, công chức làm việc tại Trung tâm là {staff:02@w.staff} người, gồm 01 Giám đốc (Phó Chủ tịch UBND xã kiêm nhiệm), 01 Phó Giám đốc và 07 công chức tiếp nhận, trả kết quả. Trong 6 tháng, Trung tâm cử {train:02} lượt công chức tham gia tập huấn nghiệp vụ do Sở Nội vụ tổ chức; phối hợp mở lớp hướng dẫn sử dụng dịch vụ công cho {trainees} thành viên tổ công nghệ số cộng đồng.
@h 2. Cơ sở vật chất, trang thiết bị
Trụ sở Trung tâm được bố trí tại tầng 1 nhà làm việc của UBND xã, trang bị {comp} bộ máy tính, {scan:02} máy quét tài liệu, {kiosk:02} ki-ốt tra cứu và lấy số thứ tự tự động. Kinh phí hoạt động 6 tháng được cấp {budget} triệu đồng, chủ yếu chi mua sắm vật tư, thuê đường truyền và sửa chữa thiết bị.
@H III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN
@h 1. Công tác kiểm soát, công khai thủ tục hành chính
Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã đang áp dụng: {pt@w.pt} TTHC, gồm {pfo@w.pfo} TTHC cung cấp DVCTT toàn trình và {ppo@w.ppo} TTHC cung cấp DVCTT một phần. Số DVCTT phát sinh hồ sơ: {pwr@w.pwr} thủ tục (đạt {pwr_p@w.pwr%}), trong đó {pfwr@w.pfwr} thủ tục toàn trình và {ppwr@w.ppwr} thủ tục một phần. 100% TTHC được niêm yết công khai tại Trung tâm và trên Trang thông tin điện tử của xã.
@h 2. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính
Từ ngày 01/01/2026 đến ngày 30/6/2026, Trung tâm tiếp nhận {rt@w.rt} hồ sơ, trong đó hồ sơ trực tuyến {on@w.on} hồ sơ, chiếm {on_p@w.on%}; hồ sơ trực tiếp {di@w.di} hồ sơ. Quý I tiếp nhận {q1:n} hồ sơ, quý II tiếp nhận {q2:n} hồ sơ. Số hồ sơ tiếp nhận tăng 13,3% so với cùng kỳ năm 2025 ({lastyr} hồ sơ, số liệu cộng gộp của các xã cũ trước sắp xếp).
Đã giải quyết {res@w.res} hồ sơ (bao gồm cả {wd@w.wd} hồ sơ công dân rút và {rej@w.rej} hồ sơ từ chối do không đủ điều kiện), trong đó: trước hạn {ea@w.ea} hồ sơ; đúng hạn {ot@w.ot} hồ sơ; quá hạn {late@w.late} hồ sơ, chiếm {late_p@w.late%}. Đang giải quyết {ip@w.ip} hồ sơ, đều còn trong hạn.
Kết quả chi tiết theo lĩnh vực:
""" + TABLE + """
Các hồ sơ quá hạn tập trung ở lĩnh vực đất đai, do phải chờ kết quả đo đạc và xác minh của cơ quan chuyên môn. Trung tâm đã gửi văn bản xin lỗi người dân đối với tất cả hồ sơ quá hạn theo quy định.
@h 3. Số hóa hồ sơ, kết quả giải quyết TTHC
Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt {dig@w.dig%} (chỉ tiêu thành phố giao là {stat}%). Số hồ sơ đã được lưu kho dữ liệu điện tử: {arc@w.arc} hồ sơ. Số hồ sơ có tái sử dụng dữ liệu số hóa: {reuse@w.reuse} hồ sơ, bằng {reuse_p@w.reuse%} tổng số hồ sơ tiếp nhận.
@h 4. Thanh toán trực tuyến, chứng thực điện tử
Số hồ sơ phát sinh phí, lệ phí là {fee@w.fee} hồ sơ, trong đó {feeon@w.feeon} hồ sơ được thanh toán trực tuyến, đạt {feeon_p@w.feeon%}. Trung tâm cấp {ecert:n@w.ecert} bản sao chứng thực điện tử từ bản chính.
@h 5. Tiếp nhận, xử lý phản ánh, kiến nghị; đánh giá sự hài lòng
Trong 6 tháng, Trung tâm nhận {fb:02@w.fb} phản ánh, kiến nghị của người dân qua hòm thư góp ý và Cổng dịch vụ công; đã xử lý, trả lời {fbr:02@w.fbr}/{fb:02@w.fbr/} phản ánh. Mức độ hài lòng của người dân, doanh nghiệp đạt {sat@w.sat%}. Trung tâm đón tiếp {vis@w.vis} lượt công dân đến giao dịch, trả lời {calls} cuộc gọi đến đường dây hỗ trợ.
@h 6. Kết quả tiếp nhận hồ sơ của các cơ quan ngành dọc tại Trung tâm
- Công an xã: tiếp nhận {pol@pol.rt} hồ sơ (đăng ký thường trú, tạm trú, cấp căn cước), đã giải quyết {polres@pol.res} hồ sơ, đang giải quyết {polip@pol.ip} hồ sơ.
- Bảo hiểm xã hội: tiếp nhận và trả kết quả {ins@ins.rt} hồ sơ; số hồ sơ đã giải quyết {insres@ins.res} hồ sơ.
- Chi nhánh Văn phòng đăng ký đất đai: tiếp nhận {land@land.rt} hồ sơ, trả kết quả {landres@land.res} hồ sơ, còn {landip@land.ip} hồ sơ đang giải quyết.
- Ban Chỉ huy quân sự xã: tiếp nhận {mil@mil.rt} hồ sơ.
@H IV. ĐÁNH GIÁ CHUNG
@h 1. Ưu điểm
Hoạt động của Trung tâm đi vào nề nếp; tỷ lệ hồ sơ trực tuyến từng bước tăng; người dân đánh giá cao thái độ phục vụ của công chức. Kết quả chấm điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của xã đạt {ip_city} điểm, cao hơn mức trung bình của thành phố.
@h 2. Tồn tại, hạn chế
Một bộ phận người cao tuổi chưa sử dụng được thiết bị thông minh nên vẫn nộp hồ sơ trực tiếp; phần mềm một cửa đôi lúc bị lỗi đồng bộ với Cổng dịch vụ công quốc gia; số lượng máy quét chưa đáp ứng yêu cầu số hóa khi lượng hồ sơ tăng cao; kinh phí duy trì đường truyền còn hạn chế.
@h 3. Nguyên nhân
Khối lượng công việc lớn trong khi biên chế chưa được bổ sung; một số hồ sơ đất đai liên quan đến nhiều cơ quan, thời gian phối hợp kéo dài; hạ tầng kỹ thuật được đầu tư từ trước khi sắp xếp đơn vị hành chính nên đã xuống cấp.
@H PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
1. Tiếp tục thực hiện nghiêm quy chế tổ chức và hoạt động của Trung tâm; phấn đấu giải quyết {tgt2}% hồ sơ trước hạn, không để phát sinh hồ sơ quá hạn trong lĩnh vực hộ tịch, chứng thực.
2. Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình; phối hợp với Đoàn Thanh niên duy trì tổ tình nguyện hỗ trợ tại Trung tâm vào các ngày cao điểm.
3. Đề xuất UBND xã bổ sung 02 máy quét tốc độ cao và nâng cấp đường truyền; rà soát, tái cấu trúc quy trình đối với các thủ tục có nhiều hồ sơ.
@H PHẦN THỨ BA: KIẾN NGHỊ, ĐỀ XUẤT
Đề nghị UBND thành phố sớm hoàn thiện việc kết nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết TTHC với cơ sở dữ liệu đất đai; đề nghị Sở Nội vụ tiếp tục mở các lớp bồi dưỡng kỹ năng giao tiếp cho công chức làm việc tại Trung tâm.
Trên đây là báo cáo sơ kết 6 tháng đầu năm 2026 của Trung tâm Phục vụ hành chính công xã Cẩm Giàng./.
@N Nơi nhận:
@N - Thường trực Đảng ủy xã;
@N - Chủ tịch, các PCT UBND xã;
@N - Các thành viên Trung tâm;
@N - Lưu: VT, TTPVHCC.
@S GIÁM ĐỐC
@S PHÓ CHỦ TỊCH UBND XÃ
@S Nguyễn Đức Thịnh
"""
FINDINGS = []


def EXTRA(N):
    p = []
    if N["q1"] + N["q2"] != N["rt"]:
        p.append("quarters do not add up")
    for i in range(1, 7):
        k = "r%d" % i
        if N[k + "on"] + N[k + "di"] != N[k + "rt"] or N[k + "res"] + N[k + "ip"] != N[k + "rt"]:
            p.append("row %d" % i)
    return p
