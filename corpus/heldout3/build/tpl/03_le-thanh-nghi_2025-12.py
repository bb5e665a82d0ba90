# 03 phường Lê Thanh Nghị, "tháng 12 năm 2025" with a data window 15/11/2025 - 14/12/2025 -- clean.
# Text laid out like pdftotext -layout. Indicator table with columns "Kỳ trước | Kỳ này | Lũy kế":
# only "Kỳ này" holds figures of the period; carried-over records INSIDE the headline total.
# Traps: previous window, cumulative since 01/7, neighbouring ward, tax office, police's own counts, dates.
from gen import pc, Reg

META = dict(unit=("phuong", "Lê Thanh Nghị"), period=("2025-11-15", "2025-12-14"), acct="beside",
            carried="inside", rates="round", style="layout", tablefont=10)

# indicator, short key, previous window, this window, cumulative since 01/7/2025
KT = dict(co=42, on=1401, di=259, ea=1590, ot=45, late=5, ip=41, wd=15, rej=6)
KN = dict(co=41, on=1342, di=241, ea=1511, ot=44, late=4, ip=52, wd=9, rej=4)
LK = dict(co=None, on=6885, di=1379, ea=7902, ot=229, late=22, ip=52, wd=41, rej=18)
for d in (KT, KN, LK):
    d["rip"] = d["on"] + d["di"]
    d["rt"] = d["rip"] + (d["co"] or 0)
    d["res"] = d["ea"] + d["ot"] + d["late"]
    assert d["res"] + d["ip"] + d["wd"] + d["rej"] == d["rt"], d

N = dict(staff=12, ecert=318, sup=27, reuse=905, arc=1487, pol_rt=264, pol_res=259, pol_ip=5, pol_id=2130,
         ins_rt=88, ins_res=85, ins_ip=3, neighbour=2011, tax_decl=460, fb=1, fbr=1)
N.update({k: v for k, v in KN.items()})
N["p_on"] = pc(KN["on"], KN["rip"])
N["p_di"] = pc(KN["di"], KN["rip"])
N["p_res"] = pc(KN["res"], KN["rt"])
N["p_ea"] = pc(KN["ea"], KN["res"])
N["p_ot"] = pc(KN["ot"], KN["res"])
N["p_late"] = pc(KN["late"], KN["res"])
N["prev_rt"] = KT["rt"]
N["lk_rt"] = LK["rt"]
N["dig"] = "99,6"

r = Reg(N)
ROWS = [("1", "Tổng số hồ sơ phải giải quyết", "rt"),
        ("1.1", "Từ kỳ trước chuyển sang", "co"),
        ("1.2", "Tiếp nhận mới trong kỳ", "rip"),
        ("", "- Trực tuyến", "on"),
        ("", "- Trực tiếp", "di"),
        ("2", "Đã giải quyết", "res"),
        ("", "- Trước hạn", "ea"),
        ("", "- Đúng hạn", "ot"),
        ("", "- Quá hạn", "late"),
        ("3", "Đang giải quyết", "ip"),
        ("4", "Công dân xin rút hồ sơ", "wd"),
        ("5", "Từ chối giải quyết", "rej")]
rows = ["STT\tChỉ tiêu\tKỳ trước (15/10-14/11/2025)\tKỳ này (15/11-14/12/2025)\tLũy kế từ 01/7/2025"]
for stt, lab, k in ROWS:
    rows.append("\t".join([stt or " ", lab, r.c(KT[k]), r.c(KN[k], "w." + k), r.c(LK[k])]))
TABLE = "\n".join(rows)

TEXT = """@L UBND PHƯỜNG LÊ THANH NGHỊ
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 112/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Lê Thanh Nghị, ngày 15 tháng 12 năm 2025
@T BÁO CÁO
@t Tình hình, kết quả giải quyết thủ tục hành chính tháng 12 năm 2025
@I (Số liệu tính từ ngày 15/11/2025 đến ngày 14/12/2025)
Thực hiện Công văn số 3318/VP-KSTTHC ngày 05/12/2025 của Văn phòng UBND thành phố về việc báo cáo định kỳ công tác kiểm soát thủ tục hành chính, Trung tâm Phục vụ hành chính công phường Lê Thanh Nghị báo cáo như sau:
@H I. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ
Tổng số hồ sơ phải giải quyết trong kỳ là {rt@w.rt} hồ sơ (gồm {co@w.co} hồ sơ từ kỳ trước chuyển sang và {rip@w.rip} hồ sơ tiếp nhận mới). Trong số hồ sơ tiếp nhận mới, hồ sơ nộp qua Cổng dịch vụ công chiếm {p_on@w.on%} ({on@w.on} hồ sơ), hồ sơ nộp trực tiếp chiếm {p_di@w.di%} ({di@w.di} hồ sơ).
Trung tâm đã giải quyết {res@w.res} hồ sơ, đạt {p_res@w.res%}; trong đó trước hạn {ea@w.ea} hồ sơ (chiếm {p_ea@w.ea%}), đúng hạn {ot@w.ot} hồ sơ (chiếm {p_ot@w.ot%}), quá hạn {late:02@w.late} hồ sơ (chiếm {p_late@w.late%}). Còn {ip@w.ip} hồ sơ đang giải quyết, chưa đến hạn trả kết quả; {wd:02@w.wd} hồ sơ công dân xin rút và {rej:02@w.rej} hồ sơ bị từ chối do không đủ điều kiện.
Kỳ trước (từ 15/10/2025 đến 14/11/2025), Trung tâm phải giải quyết {prev_rt@ctx} hồ sơ; lũy kế từ ngày 01/7/2025 đến nay là {lk_rt@ctx} hồ sơ. Số liệu so sánh chi tiết như sau:
""" + TABLE + """
@H II. CÁC NHIỆM VỤ KHÁC
- Chứng thực điện tử: cấp {ecert@w.ecert} bản sao điện tử chứng thực từ bản chính.
- Yêu cầu bổ sung, hoàn thiện hồ sơ: {sup@w.sup} trường hợp, đều được hướng dẫn bằng văn bản theo mẫu.
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt {dig@w.dig%}; số hồ sơ được lưu kho dữ liệu điện tử {arc@w.arc} hồ sơ; số hồ sơ tái sử dụng dữ liệu số hóa {reuse@w.reuse} hồ sơ.
- Phản ánh, kiến nghị: nhận {fb:02@w.fb} phản ánh về thái độ phục vụ, đã xác minh, trả lời {fbr:02@w.fbr} phản ánh.
@H III. HỒ SƠ CỦA CƠ QUAN NGÀNH DỌC
- Công an phường tiếp nhận tại Trung tâm {pol_rt@pol.rt} hồ sơ, đã giải quyết {pol_res@pol.res}, đang giải quyết {pol_ip:02@pol.ip}. Trong kỳ, Công an phường còn thu nhận {pol_id@ctx} hồ sơ định danh điện tử tại trụ sở Công an (không tiếp nhận qua Trung tâm).
- Bảo hiểm xã hội: tiếp nhận {ins_rt@ins.rt} hồ sơ, giải quyết {ins_res@ins.res} hồ sơ, đang giải quyết {ins_ip:02@ins.ip} hồ sơ.
- Thuế cơ sở tiếp nhận {tax_decl@ctx} hồ sơ khai thuế của hộ kinh doanh, số liệu theo dõi riêng tại cơ quan thuế.
- Để tham khảo: cùng kỳ, phường Tân Hưng tiếp nhận {neighbour@ctx} hồ sơ.
@H IV. KIẾN NGHỊ, ĐỀ XUẤT
Đề nghị Văn phòng UBND thành phố sớm khắc phục lỗi đồng bộ trạng thái hồ sơ giữa Hệ thống thông tin giải quyết TTHC và Cổng dịch vụ công quốc gia; bố trí {staff@ctx} tài khoản chữ ký số cho công chức của Trung tâm.
@N Nơi nhận:
@N - VP UBND thành phố (b/c);
@N - Đảng ủy, UBND phường;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Đỗ Minh Tuấn
"""
FINDINGS = []
