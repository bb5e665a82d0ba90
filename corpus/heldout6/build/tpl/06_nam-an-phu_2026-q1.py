# 06: xã Nam An Phụ, quý I/2026 -- docx; per-field table whose TOTAL ROW COMES FIRST, with a two-level header
# planted: the total row's "Yêu cầu bổ sung" cell (56) is not the sum of the field rows (50)
from gen import pc
META = dict(unit=("xa", "Nam An Phụ"), period=("2026-01-01", "2026-03-31"), acct="inside", carried="inside",
            rates="round", style="docx", tablefont=10)
F = [  # label, rt, res, ea, ot, late, ip, sup
    ("Hộ tịch", 1120, 1085, 1010, 70, 5, 35, 21),
    ("Chứng thực", 1654, 1654, 1654, 0, 0, 0, 9),
    ("Đất đai", 237, 190, 150, 36, 4, 47, 14),
    ("Bảo trợ xã hội", 310, 296, 270, 26, 0, 14, 6),
    ("Thi đua - khen thưởng", 45, 45, 45, 0, 0, 0, 0),
]
N = dict(rt=3366, res=3270, ea=3129, ot=132, late=9, ip=96, sup=56, on=2530, di=836, wd=4,
         pt=354, pfo=199, ppo=155, ecert=310, staff=7, sat="97,5", pol=690, polres=681, polip=9,
         q4=2954, diff=412, num="15", tgt="80", dec=1, yrs="2026", hh=25)
N["on_p"] = pc(2530, 3366)
hdr = ["STT\tLĩnh vực\tSố hồ sơ tiếp nhận\tSố hồ sơ đã giải quyết\t<<\t<<\t<<\tĐang giải quyết\tYêu cầu bổ sung",
       "^^\t^^\t^^\tTổng số\tTrước hạn\tĐúng hạn\tQuá hạn\t^^\t^^",
       "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)"]
tot = "\tTổng cộng\t{rt@w.rt}\t{res@w.res}\t{ea@w.ea}\t{ot@w.ot}\t{late:02@w.late}\t{ip@w.ip}\t{sup@w.sup}"
rows = []
for i, (lab, rt, res, ea, ot, late, ip, sup) in enumerate(F, 1):
    k = "r%d" % i
    sc = "f:" + lab.lower()
    vals = dict(rt=rt, res=res, ea=ea, ot=ot, late=late, ip=ip, sup=sup)
    cells = []
    for key in ("rt", "res", "ea", "ot", "late", "ip", "sup"):
        N[k + key] = vals[key]
        cells.append("{%s%s@%s.%s}" % (k, key, sc, key))
    rows.append("%d\t%s\t%s" % (i, lab, "\t".join(cells)))
# the "(1) (2)..." numbering row would read as a data row; make it a header by giving it no leading digit
TABLE = "\n".join(hdr + [tot] + rows)
TEXT = """@L ỦY BAN NHÂN DÂN XÃ NAM AN PHỤ
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: {num}/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Nam An Phụ, ngày 31 tháng 3 năm 2026
@T BÁO CÁO
@t Tình hình, kết quả giải quyết thủ tục hành chính quý I năm 2026
@H I. KẾT QUẢ ĐẠT ĐƯỢC
@h 1. Kiểm soát thủ tục hành chính
Danh mục TTHC thuộc thẩm quyền giải quyết của UBND xã gồm {pt@w.pt} thủ tục; số thủ tục cung cấp dịch vụ công trực tuyến toàn trình là {pfo@w.pfo}, một phần là {ppo@w.ppo}. Trong quý, UBND xã ban hành {dec:02} quyết định công bố lại danh mục TTHC sau khi thành phố sửa đổi {hh} thủ tục lĩnh vực hộ tịch và chứng thực.
@h 2. Tiếp nhận và giải quyết hồ sơ
Quý I/{yrs}, Trung tâm tiếp nhận {rt@w.rt} hồ sơ (quý IV/2025 tiếp nhận {q4} hồ sơ, quý này tăng {diff} hồ sơ). Người dân nộp trực tuyến {on@w.on} hồ sơ, chiếm {on_p@w.on%}; nộp trực tiếp {di@w.di} hồ sơ. Số hồ sơ đã giải quyết {res@w.res} hồ sơ, kể cả {wd:02@w.wd} hồ sơ công dân xin rút.
Chi tiết theo lĩnh vực (số liệu trích xuất ngày 31/3/2026):
""" + TABLE + """
Trong quý có {late:02@w.late} hồ sơ giải quyết quá hạn ở lĩnh vực hộ tịch và đất đai; Trung tâm đã có văn bản xin lỗi và hẹn lại thời gian trả kết quả cho công dân.
@h 3. Các nội dung khác
Trung tâm cấp {ecert@w.ecert} bản chứng thực điện tử. Kết quả khảo sát trực tuyến: {sat@w.sat%} người dân hài lòng với chất lượng phục vụ. Trung tâm có {staff:02@w.staff} công chức, trong đó 02 công chức được điều động từ Văn phòng HĐND và UBND xã.
Tổ tiếp nhận của Công an xã tại Trung tâm tiếp nhận {pol@pol.rt} hồ sơ; đã giải quyết {polres@pol.res}; đang giải quyết {polip:02@pol.ip}.
@H II. KHÓ KHĂN, VƯỚNG MẮC
Lượng hồ sơ đất đai tồn đọng từ trước khi sắp xếp chưa được bàn giao đầy đủ; hệ thống phần mềm thường xuyên phải bảo trì vào đầu tuần.
@H III. NHIỆM VỤ QUÝ II NĂM 2026
Phấn đấu tỷ lệ hồ sơ trực tuyến đạt {tgt}% trở lên; giải quyết dứt điểm hồ sơ đất đai tồn đọng; tăng cường hướng dẫn người dân chuẩn bị hồ sơ đầy đủ để giảm số hồ sơ phải bổ sung.
@N Nơi nhận:
@N - UBND xã;
@N - Văn phòng HĐND và UBND xã;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S Trịnh Văn Lâm
"""
FINDINGS = [
    dict(scope="ward", keys=["supplement_requested"], severity="error", expected=56, found=50,
         note="[table-total] dòng Tổng cộng (đặt đầu bảng), cột Yêu cầu bổ sung ghi 56; các dòng lĩnh vực cộng lại 21 + 9 + 14 + 6 + 0 = 50"),
]
