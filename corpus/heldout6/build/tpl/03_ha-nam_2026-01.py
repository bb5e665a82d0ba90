# 03: xã Hà Nam, "tháng 01/2026" with data from 15/12/2025 to 14/01/2026 -- wrapped, clean, no table;
# per-field "+" bullets; sectors in prose
from gen import pc
META = dict(unit=("xa", "Hà Nam"), period=("2025-12-15", "2026-01-14"), acct="beside", carried="inside",
            rates="round", style="wrapped")
N = dict(rt=1318, co=46, rip=1272, on=1004, di=268, res=1221, ip=81, ipo=3, wd=10, rej=6, eo=1214, late=7,
         sup=15, arc=1198, reuse=640, fee=402, feeon=377, ecert=85, staff=8, vis=1460,
         ht=512, ct=398, dd=141, btxh=96, xd=58, nv=39, yt=27, gd=21, kt=26,
         ins=214, insres=214, mil=9, land=133, landres=97, landip=36,
         num="09", prev=1187, lastyr=1042, calls=73, tgt="85", meet=2)
N["on_p"] = pc(1004, 1272)
N["eo_p"] = pc(1214, 1221)
N["feeon_p"] = pc(377, 402)
TEXT = """@L ĐẢNG ỦY - HĐND - UBND XÃ HÀ NAM
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: {num}/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Hà Nam, ngày 15 tháng 01 năm 2026
@T BÁO CÁO
@t Kết quả công tác tháng 01 năm 2026 và nhiệm vụ trọng tâm tháng 02 năm 2026
@H I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
@h 1. Tiếp nhận và trả kết quả giải quyết thủ tục hành chính: {rt@w.rt} hồ sơ
(Số liệu tính từ ngày 15/12/2025 đến ngày 14/01/2026, trích xuất từ Hệ thống thông tin giải quyết TTHC thành phố)
Tổng số hồ sơ yêu cầu giải quyết trong kỳ: {rt@w.rt} hồ sơ; trong đó tồn từ kỳ trước chuyển sang {co:02@w.co} hồ sơ, tiếp nhận mới trong kỳ {rip@w.rip} hồ sơ (tiếp nhận trực tuyến {on@w.on} hồ sơ, đạt tỷ lệ {on_p@w.on%}; tiếp nhận trực tiếp {di@w.di} hồ sơ).
Số hồ sơ đã giải quyết: {res@w.res} hồ sơ; trong đó giải quyết trước hạn, đúng hạn {eo@w.eo} hồ sơ (tỷ lệ {eo_p@w.eo%}), quá hạn {late:02@w.late} hồ sơ.
Số hồ sơ đang giải quyết: {ip@w.ip} hồ sơ, trong đó có {ipo:02@w.ipo} hồ sơ đã quá hạn xử lý.
Số hồ sơ công dân xin rút: {wd@w.wd} hồ sơ; hồ sơ từ chối giải quyết: {rej:02@w.rej} hồ sơ; hồ sơ phải yêu cầu bổ sung, hoàn thiện: {sup@w.sup} hồ sơ.
Hồ sơ tiếp nhận theo từng lĩnh vực như sau:
+ Hộ tịch: {ht@f:hộ tịch.rt} hồ sơ;
+ Chứng thực: {ct@f:chứng thực.rt} hồ sơ;
+ Đất đai: {dd@f:đất đai.rt} hồ sơ;
+ Bảo trợ xã hội: {btxh@f:bảo trợ xã hội.rt} hồ sơ;
+ Xây dựng: {xd@f:xây dựng.rt} hồ sơ;
+ Nội vụ: {nv@f:nội vụ.rt} hồ sơ;
+ Y tế: {yt@f:y tế.rt} hồ sơ;
+ Giáo dục và đào tạo: {gd@f:giáo dục và đào tạo.rt} hồ sơ;
+ Kinh tế: {kt@f:kinh tế.rt} hồ sơ.
So với kỳ báo cáo trước (tiếp nhận {prev} hồ sơ), số hồ sơ tăng do người dân làm thủ tục đăng ký khai sinh, kết hôn và chứng thực giấy tờ dịp cuối năm; so với cùng kỳ năm 2025 (khi chưa sáp nhập, hai xã cũ cộng lại tiếp nhận {lastyr} hồ sơ) cũng tăng đáng kể.
@h 2. Số hóa hồ sơ, tái sử dụng dữ liệu, thanh toán trực tuyến
Trung tâm thực hiện số hóa và lưu kho {arc@w.arc} hồ sơ trên kho quản lý dữ liệu điện tử của tổ chức, cá nhân. Có {reuse@w.reuse} hồ sơ được tái sử dụng dữ liệu đã số hóa, người dân không phải nộp lại giấy tờ.
Trong {fee@w.fee} hồ sơ phát sinh phí, lệ phí, có {feeon@w.feeon} hồ sơ thanh toán trực tuyến qua Cổng dịch vụ công ({feeon_p@w.feeon%}). Số bản chứng thực điện tử đã cấp: {ecert@w.ecert} bản.
@h 3. Hoạt động của các cơ quan ngành dọc tại Trung tâm
Bảo hiểm xã hội: tiếp nhận {ins@ins.rt} hồ sơ cấp, đổi thẻ BHYT và giải quyết chế độ, đã trả kết quả {insres@ins.res} hồ sơ.
Ban Chỉ huy quân sự xã: tiếp nhận {mil:02@mil.rt} hồ sơ đăng ký nghĩa vụ quân sự và chính sách.
Chi nhánh Văn phòng đăng ký đất đai: tiếp nhận {land@land.rt} hồ sơ; đã giải quyết {landres@land.res} hồ sơ, đang giải quyết {landip@land.ip} hồ sơ.
@h 4. Tổ chức bộ máy và các hoạt động khác
Trung tâm có {staff:02@w.staff} cán bộ, công chức (01 Giám đốc, 01 Phó Giám đốc kiêm nhiệm, 06 công chức chuyên môn). Trong kỳ, Trung tâm đón tiếp, hướng dẫn {vis@w.vis} lượt công dân đến giao dịch và trả lời {calls} cuộc điện thoại. Trung tâm đã phối hợp tổ chức {meet:02} buổi đối thoại với người dân về TTHC lĩnh vực đất đai.
@H II. NHIỆM VỤ TRỌNG TÂM THÁNG 02 NĂM 2026
Tiếp tục rà soát, công khai đầy đủ các thủ tục hành chính mới được công bố; phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên {tgt}%; giải quyết dứt điểm các hồ sơ quá hạn; chuẩn bị phương án phục vụ người dân trước và sau Tết Nguyên đán.
@N Nơi nhận:
@N - UBND xã (b/c);
@N - Lưu: TT.
@S GIÁM ĐỐC
@S Đặng Minh Tuấn
"""
FINDINGS = []
