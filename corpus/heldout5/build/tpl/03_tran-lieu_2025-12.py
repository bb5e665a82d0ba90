# 03 phường Trần Liễu, "tháng 12 năm 2025" with data window 15/11/2025 - 14/12/2025 -- clean. Layout text.
# Colon statements with the parts in parentheses ("Tổng số hồ sơ tiếp nhận: 1.563 (trong đó ...)"), carried-over
# INSIDE the total, "trước, đúng hạn" as one figure, inside accounting (withdrawn/refused listed among resolved),
# fee as X/Y, online_share_pct stated as a rate only, land office in_progress_overdue, "a) b) c)" items.
# Traps: the previous window (1.402), the sub-period "riêng từ 01/12 đến 14/12" INSIDE the window (688),
# cumulative since 01/7/2025 (7.950), the police's 412 căn cước, the tax team (63), 27 calls, xã Hà Đông (1.330),
# the city's 84,6%, the 2026 target 90%, a forecast for the rest of December (700), money.
from gen import pc

META = dict(unit=("phuong", "Trần Liễu"), period=("2025-11-15", "2025-12-14"), acct="inside", carried="inside",
            rates="round", style="layout")
N = dict(co=48, on=1224, di=291, res=1498, ip=65, eo=1471, late=4, wd=19, rej=4, sup=37,
         pol_rt=297, pol_res=290, pol_ip=7, ins=58, mil=12, land_rt=104, land_res=77, land_ip=27, land_ipo=3,
         feeon=524, fee=583, reuse=1102, arc=1431, staff=9, vis=2106,
         pt=338, pfo=197, ppo=116, pno=25, pwr=96,
         prev=1402, sub=688, cum=7950, cccd=412, tax=63, calls=27, other=1330, fc=700, money=27310000, target=90)
N["rip"] = N["on"] + N["di"]
N["rt"] = N["rip"] + N["co"]
assert N["res"] + N["ip"] == N["rt"]
assert N["eo"] + N["late"] + N["wd"] + N["rej"] == N["res"]
assert N["pfo"] + N["ppo"] + N["pno"] == N["pt"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"] and N["land_res"] + N["land_ip"] == N["land_rt"]
N["share"] = pc(N["on"], N["rip"])
N["p_eo"] = pc(N["eo"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["p_pwr"] = pc(N["pwr"], N["pfo"] + N["ppo"])
N["dig"] = "100"
N["sat"] = "99,1"
N["city"] = "84,6"

TEXT = """@L UBND PHƯỜNG TRẦN LIỄU
@L TRUNG TÂM PHỤC VỤ HCC
@L Số: 41/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Trần Liễu, ngày 15 tháng 12 năm 2025
@T BÁO CÁO
@t Tình hình, kết quả giải quyết thủ tục hành chính tháng 12 năm 2025
Thực hiện chế độ báo cáo định kỳ hằng tháng, Trung tâm Phục vụ hành chính công (PVHCC) phường Trần Liễu báo cáo kết quả tiếp nhận, giải quyết thủ tục hành chính (TTHC) tháng 12 năm 2025 (số liệu từ ngày 15/11/2025 đến ngày 14/12/2025) như sau:
@H I. TÌNH HÌNH CHUNG
Trung tâm PVHCC phường hiện bố trí {staff:02@w.staff} công chức làm việc thường xuyên tại 07 quầy giao dịch; ngoài ra Công an phường, Bảo hiểm xã hội và Chi nhánh Văn phòng đăng ký đất đai cử người đến tiếp nhận hồ sơ theo lịch. Trong kỳ, Trung tâm tiếp {vis@w.vis} lượt tổ chức, công dân đến liên hệ giải quyết công việc; tổng đài hỗ trợ tiếp nhận {calls@ctx} cuộc gọi.
Công tác niêm yết, công khai TTHC được thực hiện đầy đủ, kịp thời; các quầy đều có mã QR để công dân tra cứu tình trạng hồ sơ và đánh giá mức độ hài lòng.
@H II. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ
@h 1. Hồ sơ thuộc thẩm quyền giải quyết của UBND phường
Tổng số hồ sơ tiếp nhận: {rt@w.rt} hồ sơ (trong đó: tồn kỳ trước chuyển sang {co@w.co} hồ sơ; tiếp nhận trong kỳ {rip@w.rip} hồ sơ).
Hồ sơ tiếp nhận trong kỳ theo hình thức nộp: {on@w.on} hồ sơ trực tuyến và {di@w.di} hồ sơ trực tiếp tại Trung tâm.
Hồ sơ đã giải quyết: {res@w.res} hồ sơ, trong đó:
a) Trước, đúng hạn: {eo@w.eo} hồ sơ, đạt tỷ lệ {p_eo@w.eo%};
b) Quá hạn: {late:02@w.late} hồ sơ, tỷ lệ {p_late@w.late%} (02 hồ sơ đăng ký khai sinh có yếu tố nước ngoài phải xác minh, 02 hồ sơ cấp phép sửa chữa nhà ở);
c) Rút hồ sơ theo đề nghị của công dân: {wd@w.wd} hồ sơ; từ chối giải quyết: {rej:02@w.rej} hồ sơ.
Hồ sơ đang giải quyết chuyển kỳ sau: {ip@w.ip} hồ sơ, đều trong hạn. Trong kỳ có {sup@w.sup} hồ sơ phải đề nghị công dân bổ sung thành phần.
So với kỳ trước (từ ngày 15/10 đến ngày 14/11/2025, tiếp nhận {prev@ctx} hồ sơ), lượng hồ sơ tăng do nhu cầu chứng thực, xác nhận tình trạng hôn nhân cuối năm. Riêng từ ngày 01/12 đến ngày 14/12/2025, Trung tâm đã tiếp nhận {sub@ctx} hồ sơ. Lũy kế từ ngày 01/7/2025 đến nay, Trung tâm tiếp nhận {cum@ctx} hồ sơ.
@h 2. Hồ sơ của các cơ quan ngành dọc
Công an phường tiếp nhận {pol_rt@pol.rt} hồ sơ đăng ký cư trú; trong kỳ đã giải quyết {pol_res@pol.res} hồ sơ, còn {pol_ip:02@pol.ip} hồ sơ đang trong thời hạn. Việc thu nhận hồ sơ cấp căn cước cho {cccd@ctx} công dân được thực hiện tại trụ sở Công an phường.
Chi nhánh Văn phòng đăng ký đất đai tiếp nhận qua Trung tâm {land_rt@land.rt} hồ sơ, đã giải quyết {land_res@land.res} hồ sơ; đang giải quyết {land_ip@land.ip} hồ sơ, trong đó {land_ipo:02@land.ipo} hồ sơ đã quá hạn do vướng mắc về nguồn gốc đất.
Bảo hiểm xã hội tiếp nhận và giải quyết {ins@ins.rt&ins.res} hồ sơ; Ban Chỉ huy quân sự phường tiếp nhận {mil@mil.rt} hồ sơ đăng ký nghĩa vụ quân sự, đã giải quyết {mil@mil.res} hồ sơ. Tổ Thuế tiếp nhận {tax@ctx} tờ khai thuế của hộ kinh doanh, không qua phần mềm một cửa của phường.
@h 3. Dịch vụ công trực tuyến, số hóa, thanh toán trực tuyến
- Số TTHC thuộc thẩm quyền của phường: {pt@w.pt} thủ tục, gồm {pfo@w.pfo} DVCTT toàn trình, {ppo@w.ppo} DVCTT một phần và {pno@w.pno} thủ tục cung cấp thông tin trực tuyến. Số DVCTT phát sinh hồ sơ: {pwr:02@w.pwr} ({p_pwr@w.pwr%}).
- Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận trong kỳ đạt {share@w.share%}, cao hơn bình quân chung của thành phố ({city@ctx}%).
- Số hóa hồ sơ, kết quả giải quyết TTHC đạt {dig@w.dig%}; lưu kho {arc@w.arc} hồ sơ; {reuse@w.reuse} hồ sơ có tái sử dụng dữ liệu số hóa.
- Thanh toán trực tuyến phí, lệ phí: {feeon@w.feeon}/{fee@w.feeon/} hồ sơ ({p_feeon@w.feeon%}); tổng số tiền đã thu {money} đồng.
- Trong kỳ, Trung tâm không nhận được phản ánh, kiến nghị nào về thái độ phục vụ; tỷ lệ hài lòng đạt {sat@w.sat%}.
@h 4. Công tác chuyển đổi số và cải cách hành chính khác
Trung tâm tiếp tục phối hợp với Công an phường triển khai các tiện ích của ứng dụng VNeID trong giải quyết TTHC; hướng dẫn người dân sử dụng tài khoản định danh điện tử mức độ 2 để đăng nhập Cổng Dịch vụ công quốc gia thay cho tài khoản cũ. Tổ công nghệ số cộng đồng của 12 tổ dân phố được phân công trực hỗ trợ tại Trung tâm vào các buổi sáng thứ Ba và thứ Năm.
Việc rà soát, đơn giản hóa TTHC được thực hiện theo Kế hoạch số 58/KH-UBND ngày 02/9/2025 của UBND phường; Trung tâm đã đề xuất cắt giảm thành phần hồ sơ đối với 03 thủ tục lĩnh vực hộ tịch và 02 thủ tục lĩnh vực bảo trợ xã hội, đang chờ ý kiến của các sở chuyên ngành.
@H III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT
- Phần mềm một cửa điện tử có thời điểm không đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia, phải cập nhật thủ công.
- Máy quét tài liệu tại quầy chứng thực thường xuyên hỏng; đề nghị UBND phường trang bị thay thế 01 máy trong tháng 01/2026.
- Đề nghị Chi nhánh Văn phòng đăng ký đất đai cử cán bộ đến Trung tâm 03 buổi/tuần thay vì 02 buổi như hiện nay.
@H IV. NHIỆM VỤ KỲ TỚI
Dự kiến từ ngày 15/12 đến hết ngày 31/12/2025 Trung tâm sẽ tiếp nhận khoảng {fc@ctx} hồ sơ. Trung tâm phấn đấu năm 2026 đạt tỷ lệ hồ sơ trực tuyến trên {target@ctx}%, học tập kinh nghiệm của xã Hà Đông (kỳ này tiếp nhận {other@ctx} hồ sơ, không có hồ sơ quá hạn).
@N Nơi nhận:
@N - VP UBND thành phố;
@N - TT Đảng ủy, HĐND phường;
@N - Lãnh đạo UBND phường;
@N - Lưu: TTPVHCC.
@S KT. GIÁM ĐỐC
@S PHÓ GIÁM ĐỐC
@S
@S
@S Lê Thị Hồng Nhung
"""
FINDINGS = []
