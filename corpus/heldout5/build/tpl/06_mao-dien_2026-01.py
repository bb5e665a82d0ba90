# 06 xã Mao Điền, tháng 01 năm 2026 -- clean. Wrapped text (pdftotext, hard-wrapped). No table.
# Rates TRUNCATED ("lấy 2 chữ số thập phân, không làm tròn"). Carried-over records OUTSIDE the headline
# (1.268 received + 31 carried = 1.241 resolved + 51 in progress + 06 withdrawn + 01 refused), beside accounting.
# Wordings: inverted ("Số hồ sơ ... là N"), passive ("được Công an xã tiếp nhận"), qualifier after the number,
# "gồm" with a "-" list, the on-time count before the early count, a conditional sum (ward + police = 1.611).
# Traps: December 2025 (1.402), January 2025 of the former communes (903), the last week (402), a peak day (97),
# the conditional total with the police (1.611), February forecast (-20%), xã Hà Tây (1.105), money, phone,
# 23 calls, the police's 517 căn cước, 19 people trained, target 85%.
from gen import pc

META = dict(unit=("xa", "Mao Điền"), period=("2026-01-01", "2026-01-31"), acct="beside", carried="outside",
            rates="trunc", style="wrapped")
N = dict(rt=1268, on=1003, co=31, res=1241, ip=51, wd=6, rej=1, ea=1186, ot=50, late=5, sup=29,
         pol_rt=343, pol_res=338, pol_ip=5, mil=17, ins_rt=88, ins_res=85, ins_ip=3,
         staff=8, arc=1203, reuse=866, fee=472, feeon=401, ecert=377, vis=1640,
         pfo=196, ppo=118,
         dec=1402, jan25=903, week=402, peak=97, fc=20, other=1105, money=14870000, calls=23, cccd=517,
         trained=19, target=85)
N["di"] = N["rt"] - N["on"]
N["cond"] = N["rt"] + N["pol_rt"]
assert N["res"] + N["ip"] + N["wd"] + N["rej"] == N["rt"] + N["co"]
assert N["ea"] + N["ot"] + N["late"] == N["res"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"] and N["ins_res"] + N["ins_ip"] == N["ins_rt"]
t = dict(mode="trunc")
N["p_on"] = pc(N["on"], N["rt"], **t)
N["p_di"] = pc(N["di"], N["rt"], **t)
N["p_ea"] = pc(N["ea"], N["res"], **t)
N["p_ot"] = pc(N["ot"], N["res"], **t)
N["p_late"] = pc(N["late"], N["res"], **t)
N["p_feeon"] = pc(N["feeon"], N["fee"], **t)
N["dig"] = "100"
N["sat"] = "96,15"

TEXT = """@L UBND XÃ MAO ĐIỀN
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 05/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Mao Điền, ngày 02 tháng 02 năm 2026
@T BÁO CÁO
@t Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 01 năm 2026
Căn cứ Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công xã ban hành kèm theo Quyết định số 27/QĐ-UBND ngày 08/7/2025 của UBND xã Mao Điền; Trung tâm Phục vụ hành chính công xã báo cáo kết quả công tác tháng 01 năm 2026 như sau:
@H I. TÌNH HÌNH CHUNG
Tháng 01/2026 là tháng cao điểm chuẩn bị Tết Nguyên đán, nhu cầu chứng thực, đăng ký hộ tịch, xác nhận thông tin cư trú của người dân tăng. Trung tâm đã bố trí {staff:02@w.staff} công chức trực quầy, kéo dài thời gian làm việc đến 17 giờ 30 các ngày từ thứ Hai đến thứ Sáu; tổ chức 01 buổi hướng dẫn kỹ năng hỗ trợ người dân nộp hồ sơ trực tuyến cho {trained@ctx} đoàn viên thanh niên tình nguyện.
Số lượt công dân đến giao dịch tại Trung tâm trong tháng là {vis@w.vis} lượt. Số điện thoại hỗ trợ của Trung tâm (0220.3715.246) tiếp nhận {calls@ctx} cuộc gọi.
@H II. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ
@h 1. Tiếp nhận hồ sơ
Số hồ sơ UBND xã tiếp nhận trong tháng 01/2026 là {rt@w.rt} hồ sơ, giảm so với tháng 12/2025 ({dec@ctx} hồ sơ) nhưng tăng mạnh so với tháng 01/2025 khi bộ phận một cửa của các xã cũ tiếp nhận tổng cộng {jan25@ctx} hồ sơ. Hồ sơ nộp qua Cổng Dịch vụ công: {on@w.on} hồ sơ ({p_on@w.on%}); hồ sơ nộp tại quầy: {di@w.di} hồ sơ ({p_di@w.di%}). Ngoài ra, Trung tâm tiếp tục giải quyết {co@w.co} hồ sơ của tháng 12/2025 chuyển sang.
Tuần cuối tháng (từ ngày 26/01 đến ngày 30/01/2026) lượng hồ sơ tăng đột biến, Trung tâm tiếp nhận {week@ctx} hồ sơ; ngày 29/01/2026 tiếp nhận {peak@ctx} hồ sơ, là ngày cao nhất từ đầu năm.
@h 2. Kết quả giải quyết
Tổng số hồ sơ đã giải quyết trong tháng là {res@w.res} hồ sơ, gồm:
- Đúng hạn: {ot@w.ot} hồ sơ, tỷ lệ {p_ot@w.ot%};
- Trước hạn: {ea@w.ea} hồ sơ, tỷ lệ {p_ea@w.ea%};
- Quá hạn: {late:02@w.late} hồ sơ, tỷ lệ {p_late@w.late%} (do phải chờ kết quả xác minh của cơ quan có liên quan).
(Các tỷ lệ trong báo cáo lấy 2 chữ số thập phân, không làm tròn.)
Có {wd:02@w.wd} hồ sơ (công dân xin rút) và {rej:02@w.rej} hồ sơ bị từ chối tiếp nhận vì không thuộc thẩm quyền. Hồ sơ đang giải quyết: {ip@w.ip} hồ sơ, không có hồ sơ quá hạn. Số phiếu đề nghị bổ sung hồ sơ đã phát hành là {sup@w.sup} phiếu.
@h 3. Hồ sơ của các cơ quan ngành dọc
Trong tháng, {pol_rt@pol.rt} hồ sơ đăng ký, quản lý cư trú đã được Công an xã tiếp nhận tại Trung tâm; {pol_res@pol.res} hồ sơ đã được giải quyết, {pol_ip:02@pol.ip} hồ sơ đang giải quyết. Nếu tính cả hồ sơ của Công an xã thì tổng số hồ sơ tiếp nhận tại Trung tâm là {cond@ctx} hồ sơ. Việc thu nhận {cccd@ctx} hồ sơ cấp căn cước vẫn do Công an xã thực hiện tại trụ sở.
Ban Chỉ huy quân sự xã tiếp nhận {mil@mil.rt} hồ sơ đăng ký nghĩa vụ quân sự, tất cả đã được giải quyết ({mil@mil.res} hồ sơ). Bảo hiểm xã hội tiếp nhận {ins_rt@ins.rt} hồ sơ, giải quyết {ins_res@ins.res} hồ sơ, còn {ins_ip:02@ins.ip} hồ sơ đang giải quyết.
@h 4. Dịch vụ công trực tuyến, số hóa, thanh toán trực tuyến
Trong số các TTHC thuộc thẩm quyền của UBND xã, {pfo@w.pfo} thủ tục được cung cấp dưới dạng DVCTT toàn trình và {ppo@w.ppo} thủ tục là DVCTT một phần. Tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt {dig@w.dig%}; số hồ sơ lưu kho dữ liệu của tổ chức, cá nhân là {arc@w.arc} hồ sơ, trong đó {reuse@w.reuse} hồ sơ được khai thác, sử dụng lại dữ liệu đã số hóa.
Số hồ sơ phát sinh phí, lệ phí: {fee@w.fee} hồ sơ; đã thanh toán trực tuyến {feeon@w.feeon} hồ sơ, đạt {p_feeon@w.feeon%}. Số tiền thu phí, lệ phí trong tháng: {money} đồng. Chứng thực điện tử: {ecert@w.ecert} bản sao.
Tỷ lệ hài lòng của người dân đối với việc giải quyết TTHC đạt {sat@w.sat%}. Trong tháng không có phản ánh, kiến nghị về quy định hành chính.
@h 5. Các nhiệm vụ khác
Trung tâm phối hợp với Văn phòng HĐND và UBND xã hoàn thiện hồ sơ đề nghị công nhận "Trung tâm Phục vụ hành chính công thân thiện" năm 2025; rà soát danh mục TTHC được tiếp nhận không phụ thuộc địa giới hành chính, niêm yết tại bảng tin và trên Trang thông tin điện tử của xã. Công chức tại Trung tâm thực hiện nghiêm việc đeo thẻ, mặc đồng phục, giữ thái độ văn minh, lịch sự khi giao tiếp với người dân.
Việc bàn giao, sắp xếp hồ sơ lưu trữ của các xã cũ về kho lưu trữ chung đang được thực hiện, dự kiến hoàn thành trong quý I/2026.
@H III. NHẬN XÉT, ĐÁNH GIÁ
Trung tâm cơ bản đáp ứng yêu cầu giải quyết hồ sơ trong thời gian cao điểm; công chức tại quầy có tinh thần trách nhiệm, không để xảy ra tình trạng nhũng nhiễu, gây phiền hà. Bên cạnh đó vẫn còn 05 hồ sơ quá hạn; đường truyền Internet của Trung tâm có thời điểm bị gián đoạn; nhiều người dân cao tuổi chưa biết sử dụng tài khoản định danh điện tử để nộp hồ sơ trực tuyến.
So sánh với xã Hà Tây, trong tháng 01/2026 tiếp nhận {other@ctx} hồ sơ, tỷ lệ hồ sơ trực tuyến của xã ta cao hơn.
@H IV. NHIỆM VỤ THÁNG 02 NĂM 2026
- Dự kiến số hồ sơ tháng 02 giảm khoảng {fc@ctx}% do kỳ nghỉ Tết Nguyên đán; Trung tâm bố trí lịch trực Tết theo quy định.
- Phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ {target@ctx}% trở lên; giải quyết dứt điểm hồ sơ đất đai còn tồn.
- Tiếp tục phối hợp với Công an xã rà soát, làm sạch dữ liệu hộ tịch phục vụ tái sử dụng.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Lãnh đạo UBND xã;
@N - Lưu: VT, TTPVHCC.
@S KT. GIÁM ĐỐC
@S PHÓ GIÁM ĐỐC
@S
@S
@S Bùi Thị Lan Anh
"""
FINDINGS = []
