# 08 xã Khúc Thừa Dụ, 9 tháng đầu năm 2026 -- clean. A long 13-field table with merged two-level headers and
# the total row FIRST, running over a page break (header rows repeated on the next page); "-" cells.
# Withdrawn beside resolved in every row: tiếp nhận = đã giải quyết + đang giải quyết + rút.
# Traps: sub-period "riêng quý III", the first-half report's figure, annual plan, city total, tax office,
# police's own ID counts, money, visiting delegation.
from gen import pc, Reg, fs

META = dict(unit=("xa", "Khúc Thừa Dụ"), period=("2026-01-01", "2026-09-30"), acct="beside", rates="round",
            style="docx", tablefont=9.5)

# field, online, direct, on time, late, in progress, withdrawn  (early = the rest)
RAW = [("Hộ tịch", 2140, 236, 41, 0, 18, 5),
       ("Chứng thực", 3115, 2288, 0, 0, 0, 0),
       ("Đất đai", 402, 265, 58, 9, 71, 6),
       ("Hoạt động xây dựng", 96, 31, 12, 2, 8, 1),
       ("Thành lập và hoạt động của hộ kinh doanh", 388, 12, 0, 0, 4, 2),
       ("Bảo trợ xã hội", 1034, 97, 33, 1, 15, 3),
       ("Người có công", 211, 40, 9, 0, 6, 0),
       ("Giáo dục và Đào tạo", 305, 18, 0, 0, 2, 0),
       ("Y tế", 48, 6, 0, 0, 0, 0),
       ("Văn hóa cơ sở", 37, 4, 2, 0, 1, 0),
       ("Nông nghiệp", 122, 58, 7, 1, 9, 2),
       ("Môi trường", 41, 19, 3, 0, 4, 0),
       ("Lao động, tiền lương", 29, 7, 0, 0, 1, 0)]
KEYS = ["rt", "on", "di", "res", "ea", "ot", "late", "ip", "wd"]
F = []
for lab, on, di, ot, late, ip, wd in RAW:
    rt = on + di
    res = rt - ip - wd
    F.append((lab, dict(rt=rt, on=on, di=di, res=res, ea=res - ot - late, ot=ot, late=late, ip=ip, wd=wd)))
N = {k: sum(f[1][k] for f in F) for k in KEYS}
N.update(staff=13, pt=372, pfo=221, ppo=151, pwr=63, pfwr=40, ppwr=23, q3=5402, h1=9815, plan=16000,
         city="1,2", tax=1260, pol_id=3877, money=214650000, delegation=56,
         pol_rt=2904, pol_on=2851, pol_di=53, pol_res=2890, pol_ip=14, mil_rt=64, ins_rt=612, ins_res=604, ins_ip=8,
         fb=9, fbr=9, fee=4710, feeon=4188, reuse=8307, ecert=3342)
N["p_on"] = pc(N["on"], N["rt"])
N["p_di"] = pc(N["di"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["p_pwr"] = pc(N["pwr"], N["pfo"] + N["ppo"])
N["p_pfwr"] = pc(N["pfwr"], N["pfo"])
N["p_ppwr"] = pc(N["ppwr"], N["ppo"])
N["dig"] = "100"
N["sat"] = "99,06"

r = Reg(N)
rows = ["STT\tLĩnh vực\tSố hồ sơ tiếp nhận\t<<\t<<\tSố hồ sơ đã giải quyết\t<<\t<<\t<<\tĐang giải quyết\tCông dân rút hồ sơ",
        "^^\t^^\tTổng số\tTrực tuyến\tTrực tiếp\tTổng số\tTrước hạn\tĐúng hạn\tQuá hạn\t^^\t^^"]
rows.append("\t".join(["", "Tổng số"] + [r.c(N[k] or None, "w." + k) for k in KEYS]))
for i, (lab, d) in enumerate(F, 1):
    rows.append("\t".join([str(i), lab] + [r.c(d[k] or None, "%s.%s" % (fs(lab), k)) for k in KEYS]))
TABLE = "\n".join(rows)

TEXT = """@L UBND XÃ KHÚC THỪA DỤ
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 141/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Khúc Thừa Dụ, ngày 02 tháng 10 năm 2026
@T BÁO CÁO
@t Kết quả hoạt động 9 tháng đầu năm và phương hướng, nhiệm vụ 3 tháng cuối năm 2026
Thực hiện Công văn số 1920/UBND-VP ngày 22/9/2026 của UBND xã Khúc Thừa Dụ về việc xây dựng báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2026, Trung tâm Phục vụ hành chính công xã báo cáo như sau:
@H I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Ngay từ đầu năm, Trung tâm đã xây dựng và trình UBND xã ban hành Kế hoạch cải cách hành chính năm 2026, trong đó xác định nhiệm vụ trọng tâm là nâng cao chất lượng tiếp nhận, giải quyết hồ sơ trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. Trung tâm duy trì giao ban định kỳ hằng tuần vào sáng thứ Hai để đánh giá tiến độ giải quyết hồ sơ, kịp thời xử lý các vướng mắc phát sinh giữa các bộ phận chuyên môn.
Nhân sự của Trung tâm gồm {staff@w.staff} người (01 Giám đốc, 01 Phó Giám đốc, 09 công chức và 02 nhân viên hợp đồng hỗ trợ). Các cơ quan ngành dọc bố trí cán bộ làm việc tại Trung tâm theo lịch cố định, bảo đảm tiếp nhận hồ sơ liên thông thuận lợi cho người dân.
Trung tâm tiếp tục triển khai mô hình “Thứ Bảy cùng dân”, bố trí công chức trực sáng thứ Bảy để tiếp nhận hồ sơ của người lao động làm việc tại các khu công nghiệp; phối hợp với Đoàn Thanh niên xã duy trì tổ tình nguyện hướng dẫn người dân tạo tài khoản, nộp hồ sơ trực tuyến và thanh toán phí, lệ phí không dùng tiền mặt. Trong kỳ, Trung tâm đón {delegation@ctx} lượt cán bộ của các địa phương trong và ngoài thành phố đến tham quan, trao đổi kinh nghiệm.
@H II. KẾT QUẢ THỰC HIỆN
@h 1. Thủ tục hành chính và dịch vụ công trực tuyến
Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã là {pt@w.pt} thủ tục; trong đó {pfo@w.pfo} thủ tục dịch vụ công trực tuyến toàn trình, {ppo@w.ppo} thủ tục dịch vụ công trực tuyến một phần. Số dịch vụ công trực tuyến phát sinh hồ sơ là {pwr@w.pwr} dịch vụ ({p_pwr@w.pwr%}), trong đó toàn trình {pfwr@w.pfwr} dịch vụ ({p_pfwr@w.pfwr%}), một phần {ppwr@w.ppwr} dịch vụ ({p_ppwr@w.ppwr%}).
@h 2. Kết quả tiếp nhận, giải quyết hồ sơ
Từ ngày 01/01/2026 đến ngày 30/9/2026, Trung tâm đã tiếp nhận {rt@w.rt} hồ sơ, trong đó hồ sơ trực tuyến {on@w.on} hồ sơ ({p_on@w.on%}), hồ sơ trực tiếp {di@w.di} hồ sơ ({p_di@w.di%}). Kết quả: đã giải quyết {res@w.res} hồ sơ ({p_res@w.res%}), gồm trước hạn {ea@w.ea} hồ sơ ({p_ea@w.ea%}), đúng hạn {ot@w.ot} hồ sơ ({p_ot@w.ot%}), quá hạn {late@w.late} hồ sơ ({p_late@w.late%}); đang giải quyết {ip@w.ip} hồ sơ; công dân rút {wd@w.wd} hồ sơ.
Riêng quý III năm 2026, Trung tâm tiếp nhận {q3@ctx} hồ sơ; tại báo cáo 6 tháng đầu năm, số hồ sơ tiếp nhận là {h1@ctx} hồ sơ. Kế hoạch năm 2026 của UBND xã giao tiếp nhận, giải quyết khoảng {plan@ctx} hồ sơ. Toàn thành phố 9 tháng tiếp nhận khoảng {city@ctx} triệu hồ sơ.
@h 3. Hồ sơ của các cơ quan ngành dọc tiếp nhận tại Trung tâm
- Công an xã: tiếp nhận {pol_rt@pol.rt} hồ sơ ({pol_on@pol.on} trực tuyến, {pol_di@pol.di} trực tiếp), đã giải quyết {pol_res@pol.res} hồ sơ, đang giải quyết {pol_ip@pol.ip} hồ sơ. Công an xã còn thu nhận {pol_id@ctx} hồ sơ cấp căn cước, định danh điện tử tại trụ sở Công an xã.
- Ban Chỉ huy quân sự xã: tiếp nhận {mil_rt@mil.rt} hồ sơ.
- Bảo hiểm xã hội: tiếp nhận {ins_rt@ins.rt} hồ sơ, đã giải quyết {ins_res@ins.res} hồ sơ, đang giải quyết {ins_ip:02@ins.ip} hồ sơ.
- Thuế cơ sở tiếp nhận {tax@ctx} hồ sơ khai thuế (theo dõi trên hệ thống của ngành Thuế).
@h 4. Chuyển đổi số trong giải quyết thủ tục hành chính
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: {dig@w.dig%}; số hồ sơ tái sử dụng dữ liệu số hóa: {reuse@w.reuse} hồ sơ.
- Thanh toán trực tuyến: {feeon@w.feeon}/{fee@w.feeon/} hồ sơ phát sinh phí, lệ phí ({p_feeon@w.feeon%}); tổng số tiền phí, lệ phí đã thu {money} đồng.
- Chứng thực điện tử: {ecert@w.ecert} bản.
- Thực hiện liên thông điện tử hai nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất. Việc liên thông giúp người dân chỉ phải nộp hồ sơ một lần, không phải đi lại nhiều cơ quan; tuy nhiên việc đồng bộ dữ liệu giữa các hệ thống đôi lúc còn chậm, có trường hợp phải nhập lại thông tin thủ công.
- Phản ánh, kiến nghị: tiếp nhận {fb:02@w.fb}, đã giải quyết {fbr:02@w.fbr}. Tỷ lệ hài lòng đạt {sat@w.sat%}.
@h 5. Kết quả tiếp nhận, giải quyết hồ sơ theo lĩnh vực
Kết quả chi tiết theo từng lĩnh vực như sau (dấu “-”: không phát sinh):
""" + TABLE + """
@H III. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2026
- Tiếp tục duy trì tỷ lệ hồ sơ trực tuyến trên 80%, không để hồ sơ quá hạn.
- Tổng kết mô hình “Thứ Bảy cùng dân”, đề xuất nhân rộng.
@N Nơi nhận:
@N - Đảng ủy, HĐND, UBND xã;
@N - Lưu: VT, TTPVHCC.
@S GIÁM ĐỐC
@S
@S
@S Hoàng Văn Nam
"""
FINDINGS = []
