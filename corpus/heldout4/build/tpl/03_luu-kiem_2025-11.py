# 03 phường Lưu Kiếm, "tháng 11 năm 2025" with a data window 15/10/2025 - 14/11/2025 -- clean. Layout text.
# Carried-over records OUTSIDE the headline: received 1.282 (= online + direct); 36 from the previous window;
# resolved 1.259 + in progress 59 = 1.318 = 1.282 + 36. Prose only; agencies as subjects; land office's overdue
# in-progress records; the rate of early records on the resolved count; qualifier after the number.
# Traps: the previous window, the cumulative since 01/7, a neighbouring ward, a forecast, a conditional,
# the city-wide rate, a sub-period week, the tax office, document numbers and dates.
from gen import pc

META = dict(unit=("phuong", "Lưu Kiếm"), period=("2025-10-15", "2025-11-14"), acct="beside", carried="outside",
            rates="round", style="layout")
N = dict(on=1047, di=235, co=36, ea=1198, ot=55, late=6, wd=0, staff=9,
         pol_rt=412, pol_res=409, pol_ip=3, land_rt=97, land_res=61, land_ip=36, land_ipo=4,
         reuse=944, fee=503, feeon=471, fb=1, fbr=1,
         prev=1207, cum=5113, other=1540, fc=1400, city="88,3", week=371, tax=58, cond=30, target=85)
N["rt"] = N["on"] + N["di"]
N["res"] = N["ea"] + N["ot"] + N["late"]
N["ip"] = N["rt"] + N["co"] - N["res"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"] and N["land_res"] + N["land_ip"] == N["land_rt"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["p_share"] = N["p_on"]
N["dig"] = "100"
N["sat"] = "99,12"

TEXT = """@L UBND PHƯỜNG LƯU KIẾM
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 41/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Lưu Kiếm, ngày 17 tháng 11 năm 2025
@T BÁO CÁO
@t Công tác tiếp nhận, giải quyết thủ tục hành chính tháng 11 năm 2025
@I (Số liệu tính từ ngày 15/10/2025 đến ngày 14/11/2025)
Căn cứ Công văn số 2206/VP-KSTT ngày 05/11/2025 của Văn phòng UBND thành phố về việc báo cáo định kỳ, Trung tâm Phục vụ hành chính công phường Lưu Kiếm báo cáo như sau:
@H I. TÌNH HÌNH TIẾP NHẬN HỒ SƠ
Trong kỳ báo cáo, Trung tâm tiếp nhận {rt@w.rt} hồ sơ thuộc thẩm quyền của UBND phường. Hồ sơ nộp trực tuyến là {on@w.on} hồ sơ, hồ sơ nộp trực tiếp là {di@w.di} hồ sơ; tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ đạt {p_share@w.share%}. Ngoài số hồ sơ tiếp nhận trong kỳ, Trung tâm còn {co@w.co} hồ sơ tồn từ kỳ trước chuyển sang.
Kỳ trước (từ 15/9 đến 14/10/2025) Trung tâm tiếp nhận {prev@ctx} hồ sơ; lũy kế từ ngày 01/7/2025 đến nay đã tiếp nhận {cum@ctx} hồ sơ. Tuần từ 03/11 đến 07/11/2025 là tuần cao điểm với {week@ctx} hồ sơ, do người dân làm thủ tục đăng ký đất đai trước mùa mưa bão.
@H II. KẾT QUẢ GIẢI QUYẾT
Hồ sơ đã giải quyết xong trong kỳ: {res@w.res}, gồm {ea@w.ea} hồ sơ trước hạn (chiếm {p_ea@w.ea%}), {ot@w.ot} hồ sơ đúng hạn (chiếm {p_ot@w.ot%}) và {late:02@w.late} hồ sơ quá hạn (chiếm {p_late@w.late%}). Hồ sơ còn đang giải quyết chuyển sang kỳ sau: {ip@w.ip}.
Các hồ sơ quá hạn đều thuộc lĩnh vực đất đai, nguyên nhân do phải xác minh nguồn gốc sử dụng đất qua nhiều thời kỳ; Trung tâm đã có văn bản xin lỗi và hẹn lại thời gian trả kết quả.
Số hóa: {dig@w.dig%} hồ sơ, kết quả giải quyết được số hóa. Có {reuse@w.reuse} hồ sơ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa.
Phí, lệ phí: {fee@w.fee} hồ sơ phát sinh phí, lệ phí; {feeon@w.feeon} hồ sơ thanh toán trực tuyến, đạt {p_feeon@w.feeon%}.
@H III. HỒ SƠ CỦA CÁC CƠ QUAN NGÀNH DỌC
Công an phường Lưu Kiếm tiếp nhận qua Trung tâm {pol_rt@pol.rt} hồ sơ thủ tục cư trú, đã giải quyết {pol_res@pol.res} hồ sơ, {pol_ip:02@pol.ip} hồ sơ đang giải quyết.
Chi nhánh Văn phòng đăng ký đất đai tiếp nhận {land_rt@land.rt} hồ sơ; đã trả kết quả {land_res@land.res} hồ sơ; đang giải quyết {land_ip@land.ip} hồ sơ, trong đó có {land_ipo:02@land.ipo} hồ sơ đã quá hạn.
Đội Thuế khu vực chưa bố trí cán bộ thường trực tại Trung tâm; trong kỳ, Đội Thuế hướng dẫn {tax@ctx} hộ kinh doanh kê khai thuế qua ứng dụng điện tử.
@H IV. PHẢN ÁNH, KIẾN NGHỊ; ĐÁNH GIÁ SỰ HÀI LÒNG
Trung tâm nhận được {fb:02@w.fb} phản ánh về việc chậm trả kết quả hồ sơ đất đai; phản ánh đã được xử lý, trả lời ({fbr:02@w.fbr}/{fb:02@w.fbr/}). Mức độ hài lòng của tổ chức, cá nhân đạt {sat@w.sat%}, cao hơn tỷ lệ chung của toàn thành phố ({city@ctx}%).
Đội ngũ làm việc tại Trung tâm gồm {staff@w.staff} đồng chí, không thay đổi so với kỳ trước.
@H V. DỰ BÁO VÀ NHIỆM VỤ KỲ TỚI
Dự kiến kỳ tới Trung tâm tiếp nhận khoảng {fc@ctx} hồ sơ. Trường hợp thành phố triển khai thêm dịch vụ công toàn trình lĩnh vực đất đai thì số hồ sơ nộp trực tiếp có thể giảm khoảng {cond@ctx}%. So với phường An Hải (tiếp nhận {other@ctx} hồ sơ cùng kỳ), số hồ sơ của phường thấp hơn nhưng tỷ lệ trực tuyến cao hơn. Phấn đấu duy trì tỷ lệ hồ sơ trực tuyến trên {target@ctx}%.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Thường trực Đảng ủy, UBND phường;
@N - Lưu: VT, TTPVHCC.
@S GIÁM ĐỐC
@S
@S
@S Đinh Quang Trung
"""
FINDINGS = []
