# 10 xã Thượng Hồng, tháng 8 năm 2026 -- 1 planted error. docx text.
# Table: per field, the TOTAL ROW FIRST ("Tổng cộng" right under the header), columns "Số TTHC" (procedures per
# field: no record key, and their total is procedures_total) and "Số hồ sơ tiếp nhận". Abbreviations HS, DVC, CSDL.
# Prose: qualifier after the number, "a) b) c)" items, agency as subject, procedures with records in one sentence.
# Planted: table-total (field-sum), ward received_total: the total row and the prose give 2.046, the field rows add
# up to 2.019 (chứng thực printed 914 for 941).
# Traps: July 2026 (1.930), August 2025 (1.288), the cumulative 8 months (15.210), the week 17-21/8 (536), a storm
# closure (02 days), September forecast (2.200), the police's own căn cước (644), the tax team (52), a contest with
# 126 participants, xã Cẩm Giang (1.760), money, hotline, target 90%, the procedure counts per field.
from gen import pc, Reg

META = dict(unit=("xa", "Thượng Hồng"), period=("2026-08-01", "2026-08-31"), acct="beside", rates="round",
            style="docx")
#          field                          TTHC  HS
FIELDS = [("Hộ tịch", 48, 652), ("Chứng thực", 17, 941), ("Đất đai", 61, 118), ("Bảo trợ xã hội", 52, 207),
          ("Nông nghiệp và môi trường", 97, 64), ("Văn hóa, thể thao", 39, 23), ("Giáo dục và đào tạo", 27, 41)]
N = dict(on=1688, res=1975, ip=71, ea=1902, ot=68, late=5, sup=57, pfo=203, ppo=114, pno=24, pfwr=61, ppwr=35,
         pol_rt=388, pol_res=380, pol_ip=8, ins=96, land_rt=141, land_res=102, land_ip=39,
         staff=9, arc=1962, reuse=1411, fee=634, feeon=559, ecert=402, vis=2380,
         jul=1930, aug25=1288, cum8=15210, week=536, fc=2200, cccd=644, tax=52, contest=126, other=1760,
         money=26150000, target=90)
N["rt"] = sum(f[2] for f in FIELDS)
N["pt"] = sum(f[1] for f in FIELDS)
N["di"] = N["rt"] - N["on"]
N["pwr"] = N["pfwr"] + N["ppwr"]
assert N["res"] + N["ip"] == N["rt"] and N["ea"] + N["ot"] + N["late"] == N["res"]
assert N["pfo"] + N["ppo"] + N["pno"] == N["pt"], N["pt"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"] and N["land_res"] + N["land_ip"] == N["land_rt"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["p_pwr"] = pc(N["pwr"], N["pfo"] + N["ppo"])
N["dig"] = "100"
N["sat"] = "98,05"

r = Reg(N)
T = ["STT\tLĩnh vực\tSố TTHC\tSố hồ sơ tiếp nhận",
     "\tTổng cộng\t%s\t%s" % (r.c(N["pt"], "w.pt"), r.c(N["rt"], "w.rt"))]
for i, (lab, tthc, hs) in enumerate(FIELDS, 1):
    shown = 914 if lab == "Chứng thực" else hs          # planted
    T.append("\t".join([str(i), lab, r.c(tthc), r.c(shown, "f:" + lab.lower() + ".rt")]))
TABLE = "\n".join(T)

TEXT = """@L UBND XÃ THƯỢNG HỒNG
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 88/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Thượng Hồng, ngày 01 tháng 9 năm 2026
@T BÁO CÁO
@t Tình hình hoạt động tháng 8 năm 2026 của Trung tâm Phục vụ hành chính công xã Thượng Hồng
Thực hiện chế độ thông tin, báo cáo theo quy định, Trung tâm Phục vụ hành chính công xã Thượng Hồng báo cáo tình hình hoạt động tháng 8 năm 2026 như sau:
@H I. TÌNH HÌNH CHUNG
Trong tháng, do ảnh hưởng của bão số 3, Trung tâm tạm dừng tiếp nhận HS trực tiếp {_storm:02} ngày (ngày 19 và 20/8/2026), chỉ tiếp nhận HS trực tuyến; sau bão, Trung tâm bố trí làm thêm giờ để giải quyết hồ sơ tồn. Trung tâm có {staff:02@w.staff} công chức làm việc tại quầy; đường dây nóng 0220.3941.073 hoạt động trong giờ hành chính.
Trung tâm phối hợp với Đoàn Thanh niên xã tổ chức cuộc thi tìm hiểu về DVC trực tuyến, thu hút {contest@ctx} người tham gia.
@H II. KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT TTHC
@h 1. Hồ sơ thuộc thẩm quyền của UBND xã
Tháng 8/2026, Trung tâm tiếp nhận {rt@w.rt} HS, trong đó {on@w.on} HS (trực tuyến), chiếm {p_on@w.on%}, và {di@w.di} HS (trực tiếp). So với tháng 7/2026 ({jul@ctx} HS) số hồ sơ tăng nhẹ; so với tháng 8/2025 ({aug25@ctx} HS) tăng gần 60%. Riêng tuần từ ngày 17/8 đến ngày 21/8/2026, Trung tâm tiếp nhận {week@ctx} HS.
Số hồ sơ tiếp nhận phân theo lĩnh vực:
""" + TABLE + """
Kết quả giải quyết như sau:
a) Đã giải quyết: {res@w.res} HS, đạt {p_res@w.res%};
b) Trong số hồ sơ đã giải quyết: trước hạn {ea@w.ea} HS ({p_ea@w.ea%}), đúng hạn {ot@w.ot} HS, quá hạn {late:02@w.late} HS ({p_late@w.late%});
c) Đang giải quyết: {ip@w.ip} HS, trong hạn.
Trung tâm đã gửi {sup@w.sup} phiếu hướng dẫn bổ sung hồ sơ qua tài khoản của công dân trên Cổng DVC quốc gia. Lũy kế 8 tháng năm 2026, Trung tâm tiếp nhận {cum8@ctx} HS.
@h 2. Hồ sơ của cơ quan ngành dọc
- Công an xã tiếp nhận {pol_rt@pol.rt} HS đăng ký cư trú, đã giải quyết {pol_res@pol.res} HS, đang giải quyết {pol_ip:02@pol.ip} HS; Công an xã cấp căn cước cho {cccd@ctx} công dân tại trụ sở, không qua Trung tâm.
- Bảo hiểm xã hội tiếp nhận và trả kết quả {ins@ins.rt&ins.res} HS.
- Chi nhánh Văn phòng đăng ký đất đai tiếp nhận {land_rt@land.rt} HS, đã giải quyết {land_res@land.res} HS, đang giải quyết {land_ip@land.ip} HS.
- Tổ Thuế hướng dẫn {tax@ctx} hộ kinh doanh kê khai thuế điện tử.
@h 3. DVC trực tuyến, số hóa, thanh toán trực tuyến
Trong tổng số TTHC thuộc thẩm quyền của UBND xã ({pt@w.pt} TTHC), có {pfo@w.pfo} DVC trực tuyến toàn trình, {ppo@w.ppo} DVC trực tuyến một phần, {pno@w.pno} TTHC chưa cung cấp DVC trực tuyến. Số DVC trực tuyến phát sinh HS là {pwr@w.pwr} ({p_pwr@w.pwr%}), gồm {pfwr@w.pfwr} DVC toàn trình và {ppwr@w.ppwr} DVC một phần.
Tỷ lệ số hóa HS, kết quả giải quyết TTHC đạt {dig@w.dig%}; số HS lưu trữ trên kho dữ liệu điện tử: {arc@w.arc}; số HS được khai thác lại dữ liệu từ CSDL: {reuse@w.reuse}. HS phát sinh phí, lệ phí: {fee@w.fee}; thanh toán trực tuyến: {feeon@w.feeon} HS ({p_feeon@w.feeon%}); số tiền {money} đồng. Chứng thực điện tử: {ecert@w.ecert} bản.
@h 4. Tiếp công dân, phản ánh kiến nghị
Trung tâm đã tiếp {vis@w.vis} lượt công dân. Trong tháng không có phản ánh, kiến nghị về TTHC. Kết quả đánh giá sự hài lòng: {sat@w.sat%}.
@h 5. Công tác chuyển đổi số, cải cách hành chính
Trung tâm duy trì việc số hóa hồ sơ ngay khi tiếp nhận; kết quả giải quyết được trả bản điện tử có ký số qua tài khoản của công dân. Tổ công nghệ số cộng đồng các thôn được tập huấn lại cách hướng dẫn người dân nộp hồ sơ trên điện thoại, thanh toán phí, lệ phí qua ứng dụng ngân hàng.
Trung tâm đã rà soát, đề nghị UBND xã trình cấp có thẩm quyền sửa đổi quy trình nội bộ của các thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; việc liên thông điện tử đã giảm đáng kể số lần người dân phải đi lại.
@H III. KHÓ KHĂN, ĐỀ XUẤT
- Sau bão số 3, một số thiết bị mạng của Trung tâm bị hư hỏng, đề nghị UBND xã bố trí kinh phí thay thế.
- Phần mềm liên thông với CSDL đất đai chưa ổn định, nhiều HS phải tiếp nhận song song bản giấy.
- Đề nghị Sở Nội vụ hướng dẫn chế độ phụ cấp cho công chức làm việc tại Trung tâm.
@H IV. NHIỆM VỤ THÁNG 9/2026
Dự kiến tháng 9/2026 Trung tâm tiếp nhận khoảng {fc@ctx} HS do nhu cầu hồ sơ đầu năm học; phấn đấu tỷ lệ HS trực tuyến đạt {target@ctx}%; học tập mô hình "Tổ hỗ trợ DVC lưu động" của xã Cẩm Giang (tháng 8 tiếp nhận {other@ctx} HS).
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Lãnh đạo UBND xã;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Đinh Thị Hương
"""
N["_storm"] = 2
FINDINGS = [
    dict(scope="ward", keys=["received_total"], severity="error", expected=N["rt"], found=N["rt"] - 941 + 914,
         note="[table-total] the 'Tổng cộng' row (first) and the prose give 2.046; the field rows add up to 2.019 "
              "(chứng thực 914 for 941)."),
]
