# 01 phường An Phong, tháng 9/2025 -- clean. docx text, no table. A long report (direction, results, vertical
# agencies, digital transformation, facilities, difficulties, proposals); a number in a heading; figures repeated in
# a closing summary with the same values; '-' and '+' bullets and "a)" items.
# Wordings: "Trung tâm đã tiếp nhận N hồ sơ", qualifier after the number ("448 hồ sơ (nộp trực tiếp)"), passive
# "đã được giải quyết", inverted "Số hồ sơ ... là N", agency as subject (Công an phường tiếp nhận ...), one phrase
# two keys (military "tiếp nhận và giải quyết xong 23 hồ sơ"), withdrawn/refused beside resolved.
# Traps: August (1.874), a week of September (611), peak day (142), the police's own căn cước work (1.305),
# the tax team's 84 declarations, calls (36), training (41 people), money, target 85%, xã Vĩnh Thịnh's 1.210,
# plan/decision numbers, phone.
from gen import pc

META = dict(unit=("phuong", "An Phong"), period=("2025-09-01", "2025-09-30"), acct="beside", rates="round",
            style="docx")
N = dict(rt=2137, on=1689, res=2059, ip=66, wd=9, rej=3, ea=1968, ot=85, late=6, sup=41,
         pol_rt=412, pol_res=405, pol_ip=7, mil=23, staff=12, vis=2915, arc=1987, reuse=1420, fee=760, feeon=611,
         ecert=518, fb=3, fbr=3, pt=342, pfo=198, ppo=117, pno=27,
         aug=1874, week=611, peak=142, cccd=1305, tax=84, calls=36, trained=41, money=31640000, target=85,
         other=1210, late_aug=11)
N["di"] = N["rt"] - N["on"]
assert N["res"] + N["ip"] + N["wd"] + N["rej"] == N["rt"]
assert N["ea"] + N["ot"] + N["late"] == N["res"]
assert N["pfo"] + N["ppo"] + N["pno"] == N["pt"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"]
N["inc"] = N["rt"] - N["aug"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_di"] = pc(N["di"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["dig"] = "100"
N["sat"] = "98,2"

TEXT = """@L UBND PHƯỜNG AN PHONG
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 27/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R An Phong, ngày 02 tháng 10 năm 2025
@T BÁO CÁO
@t Kết quả hoạt động của Trung tâm Phục vụ hành chính công phường An Phong tháng 9 năm 2025
Căn cứ Kế hoạch số 112/KH-UBND ngày 18/7/2025 của UBND phường An Phong về tổ chức vận hành Trung tâm Phục vụ hành chính công; thực hiện chế độ báo cáo định kỳ theo hướng dẫn của Văn phòng UBND thành phố, Trung tâm Phục vụ hành chính công phường báo cáo kết quả hoạt động tháng 9 năm 2025 như sau:
@H I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Ngay từ đầu tháng, Giám đốc Trung tâm đã phân công nhiệm vụ cụ thể cho từng công chức tại các quầy, duy trì chế độ giao ban vào sáng thứ Hai hằng tuần để rà soát hồ sơ sắp đến hạn, hồ sơ phải bổ sung và những vướng mắc phát sinh trong quá trình liên thông với các cơ quan ngành dọc.
Trung tâm tiếp tục thực hiện nghiêm Quyết định số 1085/QĐ-UBND của UBND thành phố về công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã; niêm yết công khai đầy đủ thủ tục hành chính tại khu vực chờ và trên Trang thông tin điện tử của phường.
Hiện nay Trung tâm có {staff@w.staff} người làm việc thường xuyên, gồm: 01 Phó Giám đốc phụ trách, 08 công chức các phòng chuyên môn được cử đến làm việc tại quầy và 03 nhân viên hợp đồng hỗ trợ hướng dẫn, số hóa hồ sơ. Trong tháng, Trung tâm phối hợp tổ chức 02 lớp tập huấn kỹ năng giao tiếp và sử dụng phần mềm một cửa điện tử cho {trained@ctx} cán bộ, công chức và thành viên tổ công nghệ số cộng đồng.
@H II. KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
@h 1. Hồ sơ thuộc thẩm quyền của UBND phường: {rt} hồ sơ
Trong tháng 9/2025, Trung tâm đã tiếp nhận {rt@w.rt} hồ sơ thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường, tăng {inc@ctx} hồ sơ so với tháng 8/2025 ({aug@ctx} hồ sơ). Hồ sơ tăng chủ yếu ở lĩnh vực chứng thực và hộ tịch do nhu cầu hoàn thiện giấy tờ cho học sinh đầu năm học; riêng tuần từ ngày 08/9 đến ngày 12/9/2025 Trung tâm tiếp nhận {week@ctx} hồ sơ, ngày cao điểm 15/9/2025 tiếp nhận {peak@ctx} hồ sơ.
Về hình thức nộp: {on@w.on} hồ sơ được nộp trực tuyến qua Cổng Dịch vụ công quốc gia, chiếm {p_on@w.on%}; {di@w.di} hồ sơ (nộp trực tiếp tại quầy), chiếm {p_di@w.di%}. Tỷ lệ này vẫn thấp hơn chỉ tiêu {target@ctx}% mà UBND phường đề ra cho quý III.
Kết quả giải quyết: có {res@w.res} hồ sơ đã được giải quyết và trả kết quả, đạt {p_res@w.res%} tổng số hồ sơ tiếp nhận. Cụ thể:
- Hồ sơ giải quyết trước hạn: {ea@w.ea} hồ sơ ({p_ea@w.ea%});
- Số hồ sơ trả kết quả đúng hạn là {ot@w.ot} hồ sơ;
- Giải quyết quá hạn {late:02@w.late} hồ sơ ({p_late@w.late%}), thuộc lĩnh vực đất đai và xây dựng; Trung tâm đã ban hành phiếu xin lỗi và hẹn lại thời gian trả kết quả đối với từng trường hợp.
Ngoài ra, có {wd:02@w.wd} hồ sơ công dân xin rút để điều chỉnh nội dung và {rej:02@w.rej} hồ sơ bị từ chối giải quyết do không thuộc thẩm quyền hoặc không đủ điều kiện theo quy định. Trung tâm đã gửi thông báo yêu cầu bổ sung, hoàn thiện đối với {sup@w.sup} hồ sơ.
Đến ngày 30/9/2025, còn {ip@w.ip} hồ sơ đang giải quyết, tất cả đều trong thời hạn.
@h 2. Hồ sơ của các cơ quan ngành dọc tiếp nhận tại Trung tâm
Công an phường tiếp nhận tại quầy {pol_rt@pol.rt} hồ sơ đăng ký thường trú, tạm trú và xác nhận thông tin cư trú; đã trả kết quả {pol_res@pol.res} hồ sơ, còn {pol_ip:02@pol.ip} hồ sơ đang xác minh. Các hồ sơ cấp, đổi thẻ căn cước ({cccd@ctx} trường hợp) vẫn do Công an phường thu nhận tại trụ sở, không tính vào số liệu của Trung tâm.
Ban Chỉ huy quân sự phường tiếp nhận và giải quyết xong {mil@mil.rt&mil.res} hồ sơ đăng ký nghĩa vụ quân sự, đăng ký quân nhân dự bị.
Tổ Thuế tại Trung tâm hướng dẫn kê khai và tiếp nhận {tax@ctx} tờ khai lệ phí trước bạ, thuế sử dụng đất phi nông nghiệp; số liệu này do cơ quan thuế tổng hợp riêng.
@h 3. Số hóa hồ sơ, thanh toán trực tuyến, chứng thực điện tử
a) Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt {dig@w.dig%}; đã lưu kho điện tử {arc@w.arc} hồ sơ; {reuse@w.reuse} hồ sơ được khai thác, sử dụng lại thông tin, dữ liệu đã số hóa, giúp công dân không phải nộp lại giấy tờ.
b) Số hồ sơ phát sinh phí, lệ phí là {fee@w.fee} hồ sơ, trong đó thanh toán trực tuyến {feeon@w.feeon} hồ sơ (đạt {p_feeon@w.feeon%}). Tổng số tiền phí, lệ phí thu trong tháng là {money} đồng, đã nộp đầy đủ vào ngân sách.
c) Bộ phận chứng thực đã cấp {ecert@w.ecert} bản sao chứng thực điện tử từ bản chính.
@h 4. Tiếp công dân, phản ánh kiến nghị và đánh giá sự hài lòng
Trong tháng, Trung tâm đã đón tiếp, hướng dẫn {vis@w.vis} lượt công dân đến giao dịch. Đường dây nóng 0225.3617.208 tiếp nhận {calls@ctx} cuộc gọi, chủ yếu hỏi về thủ tục đăng ký kết hôn và chứng thực. Trung tâm nhận {fb:02@w.fb} phản ánh, kiến nghị liên quan đến thời gian chờ tại quầy; cả {fbr:02@w.fbr} phản ánh đã được trả lời, xử lý đúng hạn.
Theo kết quả đánh giá trên Hệ thống thông tin giải quyết thủ tục hành chính của thành phố, tỷ lệ rất hài lòng và hài lòng đạt {sat@w.sat%}.
@H III. CÔNG TÁC CHUYỂN ĐỔI SỐ, CẢI CÁCH HÀNH CHÍNH
Tổng số TTHC thuộc thẩm quyền giải quyết của UBND phường là {pt@w.pt} thủ tục; trong đó {pfo@w.pfo} thủ tục được cung cấp dịch vụ công trực tuyến toàn trình, {ppo@w.ppo} thủ tục dịch vụ công trực tuyến một phần và {pno@w.pno} thủ tục chỉ cung cấp thông tin trực tuyến.
Trung tâm duy trì 02 máy tính tra cứu, 01 ki-ốt lấy số thứ tự tự động; đã phối hợp với Tổ công nghệ số cộng đồng của 14 tổ dân phố hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử và nộp hồ sơ trên điện thoại. Việc triển khai chữ ký số cho 100% công chức tại quầy đã hoàn thành.
@H IV. CƠ SỞ VẬT CHẤT, KHÓ KHĂN, VƯỚNG MẮC
- Trụ sở Trung tâm sử dụng tầng 1 nhà làm việc của UBND phường, diện tích khu vực chờ khoảng 120 m², vào ngày cao điểm chưa đáp ứng đủ chỗ ngồi cho công dân.
- Đường truyền kết nối với Cơ sở dữ liệu quốc gia về dân cư có thời điểm chập chờn, nhất là các ngày 22 và 23/9/2025, làm chậm việc xác thực thông tin.
- Một số hồ sơ đất đai phải chờ kết quả xác định nghĩa vụ tài chính từ cơ quan thuế nên phát sinh quá hạn.
@H V. ĐỀ XUẤT, KIẾN NGHỊ VÀ PHƯƠNG HƯỚNG THÁNG 10/2025
1. Đề nghị UBND thành phố bố trí thêm 02 máy quét tốc độ cao để phục vụ số hóa hồ sơ đầu vào.
2. Đề nghị Sở Khoa học và Công nghệ sớm khắc phục lỗi đồng bộ trạng thái hồ sơ giữa phần mềm một cửa và Cổng Dịch vụ công quốc gia.
3. Tháng 10/2025, Trung tâm phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên {target}%, không để phát sinh hồ sơ quá hạn; học tập cách làm của xã Vĩnh Thịnh, nơi tháng 9 đã tiếp nhận {other@ctx} hồ sơ với tỷ lệ trực tuyến cao.
Tóm lại, trong tháng 9/2025 Trung tâm đã tiếp nhận {rt} hồ sơ, giải quyết {res} hồ sơ; số hồ sơ quá hạn giảm so với tháng 8 ({late_aug@ctx} hồ sơ). Trên đây là báo cáo kết quả hoạt động tháng 9 năm 2025 của Trung tâm Phục vụ hành chính công phường An Phong./.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Đảng ủy, HĐND, UBND phường;
@N - Lưu: VT, TTPVHCC.
@S GIÁM ĐỐC
@S
@S
@S Nguyễn Thị Minh Nguyệt
"""
FINDINGS = []
