# 09 phường Trần Nhân Tông, tháng 5/2026 -- clean. docx text. Prose with colons and a bullet list.
# Wordings: "Tổng số hồ sơ tiếp nhận: N", "UBND phường đã giải quyết N hồ sơ", "trước hạn và đúng hạn" as one figure
# with the late count, passive "được trả kết quả", in-progress with overdue part ("trong đó 02 hồ sơ quá hạn"),
# procedures with records (rate only for the total), military and insurance as subjects.
# Traps: April, May 2025, cumulative 5 months, the whole city, a week's count, peak day, targets, inspection,
# tax office, VNeID, staff of other bodies, money, phone, decisions.
from gen import pc

META = dict(unit=("phuong", "Trần Nhân Tông"), period=("2026-05-01", "2026-05-31"), acct="beside", rates="round",
            style="docx")
N = dict(on=1524, di=318, eo=1746, late=3, ip=81, ipo=2, wd=9, rej=3, staff=12, pt=349, pfo=213, ppo=136,
         pfwr=71, ppwr=40, reuse=1290, fee=781, feeon=733, ecert=655, fb=2, fbr=1, vis=2160,
         mil_rt=17, mil_res=17, ins_rt=96, ins_res=90, ins_ip=6,
         apr=1769, ly=1385, cum=8540, city_on="86,2", week=466, peak=119, target=90, tax=121, vneid=233,
         money=36940000)
N["rt"] = N["on"] + N["di"]
N["res"] = N["eo"] + N["late"]
assert N["res"] + N["ip"] + N["wd"] + N["rej"] == N["rt"], N["rt"] - N["res"] - N["wd"] - N["rej"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_eo"] = pc(N["eo"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["p_pwr"] = pc(N["pfwr"] + N["ppwr"], N["pfo"] + N["ppo"])
N["dig"] = "100"
N["sat"] = "99,05"

TEXT = """@L UBND PHƯỜNG TRẦN NHÂN TÔNG
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 58/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Trần Nhân Tông, ngày 29 tháng 5 năm 2026
@T BÁO CÁO
@t Kết quả thực hiện nhiệm vụ tháng 5 và phương hướng nhiệm vụ tháng 6 năm 2026
@H I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5/2026
@h 1. Công tác tổ chức, nhân sự
Trung tâm có {staff@w.staff} cán bộ, công chức làm việc thường xuyên. Ngoài ra, Công an phường, Bảo hiểm xã hội và Đội Thuế cử 04 cán bộ làm việc luân phiên tại quầy của Trung tâm.
@h 2. Thủ tục hành chính và dịch vụ công trực tuyến
Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường: {pt@w.pt} thủ tục, gồm {pfo@w.pfo} dịch vụ công trực tuyến toàn trình và {ppo@w.ppo} dịch vụ công trực tuyến một phần. Trong tháng có {pfwr@w.pfwr} dịch vụ toàn trình và {ppwr@w.ppwr} dịch vụ một phần phát sinh hồ sơ; tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt {p_pwr@w.pwr%}.
@h 3. Tiếp nhận, giải quyết hồ sơ
Tổng số hồ sơ tiếp nhận: {rt@w.rt} hồ sơ. Trong đó: tiếp nhận qua Cổng Dịch vụ công quốc gia {on@w.on} hồ sơ ({p_on@w.on%}); tiếp nhận trực tiếp tại Trung tâm {di@w.di} hồ sơ.
UBND phường đã giải quyết {res@w.res} hồ sơ, đạt {p_res@w.res%}; trong đó {eo@w.eo} hồ sơ được trả kết quả trước hạn và đúng hạn ({p_eo@w.eo%}), {late:02@w.late} hồ sơ trả kết quả chậm so với giấy hẹn ({p_late@w.late%}).
Số hồ sơ còn đang giải quyết: {ip@w.ip} hồ sơ, trong đó {ipo:02@w.ipo} hồ sơ đã quá hạn do chờ kết quả xác minh của cơ quan khác. Công dân xin rút {wd:02@w.wd} hồ sơ; {rej:02@w.rej} hồ sơ bị từ chối vì không thuộc thẩm quyền.
So với tháng 4/2026 ({apr@ctx} hồ sơ), số hồ sơ tiếp nhận giảm nhẹ; so với tháng 5/2025 ({ly@ctx} hồ sơ), tăng 33%. Tính từ đầu năm đến hết tháng 5/2026, Trung tâm đã tiếp nhận {cum@ctx} hồ sơ. Tuần từ 18/5 đến 22/5/2026 tiếp nhận {week@ctx} hồ sơ; ngày 20/5/2026 là ngày cao điểm với {peak@ctx} hồ sơ.
@h 4. Các nội dung khác
- Tỷ lệ số hóa hồ sơ, kết quả: {dig@w.dig%};
- Số hồ sơ tái sử dụng dữ liệu đã số hóa: {reuse@w.reuse} hồ sơ;
- Hồ sơ có phí, lệ phí: {fee@w.fee} hồ sơ, thanh toán trực tuyến {feeon@w.feeon} hồ sơ ({p_feeon@w.feeon%}); số tiền {money} đồng;
- Bản sao chứng thực điện tử đã cấp: {ecert@w.ecert} bản;
- Tiếp công dân: {vis@w.vis} lượt;
- Phản ánh, kiến nghị: nhận {fb:02@w.fb}, đã trả lời {fbr:02@w.fbr}, còn 01 đang xác minh;
- Mức độ hài lòng: {sat@w.sat%}.
@h 5. Hồ sơ các cơ quan ngành dọc
Ban Chỉ huy quân sự phường tiếp nhận và giải quyết {mil_rt@mil.rt&mil.res} hồ sơ chính sách hậu phương quân đội. Bảo hiểm xã hội phường tiếp nhận {ins_rt@ins.rt} hồ sơ, đã trả {ins_res@ins.res} hồ sơ, {ins_ip:02@ins.ip} hồ sơ đang xử lý. Đội Thuế tiếp nhận {tax@ctx} tờ khai lệ phí trước bạ tại bàn của Đội; Công an phường hỗ trợ {vneid@ctx} trường hợp kích hoạt tài khoản định danh điện tử.
@h 6. Đánh giá chung
Tỷ lệ hồ sơ trực tuyến của phường cao hơn mức bình quân toàn thành phố ({city_on@ctx}%). Ngày 12/5/2026 Đoàn kiểm tra cải cách hành chính của thành phố làm việc tại Trung tâm, đánh giá cao việc bố trí khu vực hướng dẫn nộp hồ sơ trực tuyến.
@H II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 6/2026
Duy trì tỷ lệ hồ sơ trực tuyến trên {target@ctx}%; phối hợp chặt chẽ với cơ quan chuyên môn để giải quyết dứt điểm {ipo:02} hồ sơ quá hạn. Mọi ý kiến góp ý xin gửi về số điện thoại 0225.3551.806.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Đảng ủy, UBND phường;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Bùi Thị Hồng Nhung
"""
FINDINGS = []
