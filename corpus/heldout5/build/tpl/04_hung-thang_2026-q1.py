# 04 xã Hùng Thắng, quý I năm 2026 -- 2 planted errors. docx text.
# Table: AGENCIES AS COLUMNS (UBND xã | Công an xã | Ban CHQS xã | BHXH | CN VPĐKĐĐ | Cộng) and indicators as rows;
# the "Cộng" column adds all agencies and is NO figure. Prose: agency as subject for every vertical agency,
# procedures with records stated per kind with rates only over their own kind, zero as a numeral (military 0).
# Planted: (1) parts-sum, sector:police: received 745, resolved 731 + in progress 11 = 742 (prose and table agree);
#          (2) rate (warning): online 2.561 of 3.184 given as 84,03% (true 80,43%).
# Traps: Q4 2025 (2.960), Q1 2025 in the former communes (2.115), "riêng tháng 3" (1.204), the Tết break dates,
# the police's 1.380 VNeID accounts, 32 young men enlisted, 164 land certificates handed over, money, 03 training
# classes, the target 85%, the all-agency "Cộng" column (4.422 / 4.252 / 167).
from gen import pc, Reg

META = dict(unit=("xa", "Hùng Thắng"), period=("2026-01-01", "2026-03-31"), acct="beside", rates="round",
            style="docx")
N = dict(rt=3184, on=2561, res=3097, ip=87, ea=2988, ot=101, late=8, sup=74,
         pol_rt=745, pol_res=731, pol_ip=11, mil_rt=46, mil_res=46, mil_ip=0, ins_rt=129, ins_res=127, ins_ip=2,
         land_rt=318, land_res=251, land_ip=67,
         pfo=203, ppo=119, pfwr=58, ppwr=39, arc=3012, reuse=2244, fee=1208, feeon=1011, staff=10, fb=2, fbr=2,
         ecert=861,
         q4=2960, q1old=2115, mar=1204, vneid=1380, enlist=32, gcn=164, money=58920000, classes=3, target=85)
N["di"] = N["rt"] - N["on"]
assert N["res"] + N["ip"] == N["rt"] and N["ea"] + N["ot"] + N["late"] == N["res"]
assert N["pol_res"] + N["pol_ip"] == N["pol_rt"] - 3          # planted
assert N["ins_res"] + N["ins_ip"] == N["ins_rt"] and N["land_res"] + N["land_ip"] == N["land_rt"]
N["p_on_bad"] = "84,03"           # true pc(2561, 3184) = 80,43
N["p_di"] = pc(N["di"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_pfwr"] = pc(N["pfwr"], N["pfo"])
N["p_ppwr"] = pc(N["ppwr"], N["ppo"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["dig"] = "100"
N["sat"] = "96,8"
for k in ("rt", "res", "ip"):
    N["all_" + k] = N[k] + N["pol_" + k] + N["mil_" + k] + N["ins_" + k] + N["land_" + k]

r = Reg(N)
T = ["TT\tNội dung\tUBND xã\tCông an xã\tBan CHQS xã\tBảo hiểm xã hội\tChi nhánh VPĐKĐĐ\tCộng"]
for i, (lab, k) in enumerate([("Hồ sơ tiếp nhận", "rt"), ("Hồ sơ đã giải quyết", "res"),
                              ("Hồ sơ đang giải quyết", "ip")], 1):
    T.append("\t".join([str(i), lab, r.c(N[k], "w." + k), r.c(N["pol_" + k], "pol." + k),
                        r.c(N["mil_" + k], "mil." + k), r.c(N["ins_" + k], "ins." + k),
                        r.c(N["land_" + k], "land." + k), r.c(N["all_" + k], "ctx")]))
TABLE = "\n".join(T)

TEXT = """@L UBND XÃ HÙNG THẮNG
@L TRUNG TÂM PHỤC VỤ
@L HÀNH CHÍNH CÔNG
@L Số: 18/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Hùng Thắng, ngày 03 tháng 4 năm 2026
@T BÁO CÁO
@t Kết quả công tác kiểm soát thủ tục hành chính, hoạt động của Trung tâm Phục vụ hành chính công quý I năm 2026
Thực hiện Công văn số 412/UBND-VP ngày 20/3/2026 của UBND xã Hùng Thắng về việc xây dựng báo cáo quý I năm 2026, Trung tâm Phục vụ hành chính công xã báo cáo kết quả như sau:
@H I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI
Trung tâm đã xây dựng và triển khai Kế hoạch cải cách hành chính, kiểm soát TTHC năm 2026; phân công {staff@w.staff} công chức làm việc tại Trung tâm theo vị trí việc làm, bảo đảm mỗi lĩnh vực có ít nhất 01 công chức chính và 01 công chức dự phòng. Trong quý, Trung tâm tổ chức {classes:02@ctx} lớp hướng dẫn kỹ năng số cho thành viên tổ công nghệ số cộng đồng tại các thôn.
Trong dịp nghỉ Tết Nguyên đán Bính Ngọ (từ ngày 14/02 đến hết ngày 22/02/2026), Trung tâm bố trí công chức trực để tiếp nhận hồ sơ khai tử và các trường hợp cấp bách.
@H II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
@h 1. Hồ sơ thuộc thẩm quyền của UBND xã
Trong quý I năm 2026, Trung tâm tiếp nhận {rt@w.rt} hồ sơ, trong đó tiếp nhận trực tuyến {on@w.on} hồ sơ, đạt tỷ lệ {p_on_bad@w.on%}; tiếp nhận trực tiếp {di@w.di} hồ sơ, chiếm {p_di@w.di%}. So với quý IV năm 2025 ({q4@ctx} hồ sơ), số hồ sơ tăng nhẹ; so với quý I năm 2025, khi bộ phận một cửa của các xã cũ cộng lại tiếp nhận {q1old@ctx} hồ sơ, số hồ sơ tăng trên 50%. Riêng tháng 3/2026 tiếp nhận {mar@ctx} hồ sơ, là tháng cao nhất trong quý.
Kết quả giải quyết: {res@w.res} hồ sơ đã giải quyết, đạt {p_res@w.res%}, trong đó trước hạn {ea@w.ea} hồ sơ ({p_ea@w.ea%}), đúng hạn {ot@w.ot} hồ sơ, quá hạn {late:02@w.late} hồ sơ. Hồ sơ đang giải quyết: {ip@w.ip} hồ sơ, chưa đến hạn trả kết quả. Trung tâm đã ra thông báo đề nghị bổ sung đối với {sup@w.sup} hồ sơ.
@h 2. Hồ sơ của các cơ quan ngành dọc
Công an xã tiếp nhận tại Trung tâm {pol_rt@pol.rt} hồ sơ đăng ký cư trú, đã giải quyết {pol_res@pol.res} hồ sơ, đang giải quyết {pol_ip@pol.ip} hồ sơ; ngoài ra Công an xã đã hướng dẫn kích hoạt {vneid@ctx} tài khoản định danh điện tử mức độ 2 tại trụ sở.
Ban Chỉ huy quân sự xã tiếp nhận {mil_rt@mil.rt} hồ sơ, giải quyết xong {mil_res@mil.res} hồ sơ, không còn hồ sơ tồn. Trong quý, xã đã hoàn thành giao {enlist@ctx} thanh niên lên đường nhập ngũ.
Bảo hiểm xã hội cơ sở tiếp nhận {ins_rt@ins.rt} hồ sơ, đã trả kết quả {ins_res@ins.res} hồ sơ, còn {ins_ip:02@ins.ip} hồ sơ chờ xác minh quá trình tham gia.
Chi nhánh Văn phòng đăng ký đất đai tiếp nhận {land_rt@land.rt} hồ sơ, trả kết quả {land_res@land.res} hồ sơ, đang giải quyết {land_ip@land.ip} hồ sơ; trong quý, Chi nhánh đã trao {gcn@ctx} giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân tại Trung tâm.
@h 3. Tổng hợp kết quả theo cơ quan giải quyết
""" + TABLE + """
(Cột "Cộng" tính chung hồ sơ của UBND xã và các cơ quan ngành dọc tiếp nhận tại Trung tâm.)
@h 4. Dịch vụ công trực tuyến, số hóa và thanh toán trực tuyến
- DVCTT toàn trình: {pfo@w.pfo} thủ tục, trong đó có {pfwr@w.pfwr} thủ tục phát sinh hồ sơ (tỷ lệ {p_pfwr@w.pfwr%}).
- DVCTT một phần: {ppo@w.ppo} thủ tục, trong đó có {ppwr@w.ppwr} thủ tục phát sinh hồ sơ (tỷ lệ {p_ppwr@w.ppwr%}).
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: {dig@w.dig%}. Số hồ sơ đã lưu kho dữ liệu: {arc@w.arc}; số hồ sơ tái sử dụng dữ liệu: {reuse@w.reuse}.
- Số hồ sơ phát sinh phí, lệ phí: {fee@w.fee}; đã thanh toán trực tuyến: {feeon@w.feeon} hồ sơ ({p_feeon@w.feeon%}). Số tiền phí, lệ phí thu nộp ngân sách: {money} đồng.
- Chứng thực điện tử: {ecert@w.ecert} trường hợp.
@h 5. Phản ánh, kiến nghị; mức độ hài lòng
Trong quý, Trung tâm nhận {fb:02@w.fb} phản ánh qua hòm thư góp ý, đã giải quyết {fbr:02@w.fbr} phản ánh và công khai kết quả. Chỉ số hài lòng của người dân đạt {sat@w.sat%}.
@h 6. Công tác chuyển đổi số, thông tin tuyên truyền
Trung tâm duy trì trang thông tin về TTHC trên nhóm Zalo của các thôn, đăng tải hướng dẫn nộp hồ sơ trực tuyến đối với những thủ tục phát sinh nhiều hồ sơ như đăng ký khai sinh, đăng ký kết hôn, chứng thực bản sao. Việc ký số kết quả giải quyết TTHC được thực hiện trên 100% hồ sơ có kết quả điện tử.
Cơ sở vật chất: Trung tâm sử dụng nhà làm việc 02 tầng của trụ sở xã cũ, tầng 1 bố trí 08 quầy giao dịch, tầng 2 là kho lưu trữ hồ sơ giấy. Hệ thống điều hòa, camera, máy lấy số hoạt động bình thường; 02 máy tính tại quầy hộ tịch cấu hình thấp, thường xuyên treo khi quét tài liệu dung lượng lớn.
@H III. ĐÁNH GIÁ, KIẾN NGHỊ
Nhìn chung, hoạt động của Trung tâm trong quý I/2026 đi vào nền nếp; tuy nhiên tỷ lệ hồ sơ trực tuyến ở lĩnh vực chứng thực còn thấp, nhiều người cao tuổi chưa sử dụng được điện thoại thông minh. Đề nghị UBND xã bổ sung 01 biên chế công chức tư pháp - hộ tịch và kinh phí nâng cấp đường truyền.
@H IV. NHIỆM VỤ QUÝ II NĂM 2026
Tiếp tục duy trì tiếp nhận hồ sơ vào sáng thứ Bảy; phấn đấu tỷ lệ hồ sơ trực tuyến đạt {target@ctx}% trở lên, tỷ lệ giải quyết đúng hạn 100%; hoàn thành số hóa các sổ hộ tịch của xã cũ trước ngày 30/6/2026.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - Lãnh đạo UBND xã;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Vũ Đức Lâm
"""
FINDINGS = [
    dict(scope="sector:police", keys=["received_total", "resolved_total", "in_progress"], severity="error",
         expected=N["pol_rt"], found=N["pol_res"] + N["pol_ip"],
         note="[parts-sum] Công an xã: 731 resolved + 11 in progress = 742, but 745 received (prose and table agree)."),
    dict(scope="ward", keys=["received_online"], severity="warning",
         expected=float(pc(N["on"], N["rt"]).replace(",", ".")), found=84.03,
         note="[rate] online 2.561 of 3.184 stated as 84,03%; true 80,43%."),
]
