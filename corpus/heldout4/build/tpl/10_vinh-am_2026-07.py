# 10 xã Vĩnh Am, "tháng 7 năm 2026" with a data window 15/6/2026 - 14/7/2026 -- 1 planted error. docx text.
# Prose for the commune's own records (colons, "bao gồm", qualifier after the number, rates "đạt tỷ lệ"),
# fee as X/Y, e-certification; a table of the vertical agencies as rows with a "Ghi chú" column (non-figure numbers).
# Planted: parts-sum on sector:police: received 512, resolved 498 + in progress 11 = 509.
# Traps: the previous window, the cumulative since 01/01/2026, the sub-period 01/7-14/7, the summer peak,
# Ghi chú numbers (a part with no key, a date, a document number), the police's own-office work, training, money.
from gen import pc, Reg

META = dict(unit=("xa", "Vĩnh Am"), period=("2026-06-15", "2026-07-14"), acct="beside", rates="round",
            style="docx")
N = dict(on=1187, di=264, ea=1339, ot=48, late=2, ip=55, wd=5, rej=2, staff=9, fee=642, feeon=598, ecert=402,
         reuse=1012, fb=1, fbr=1, sup=77,
         prev=1310, cum=8215, sub=702, summer=96, cccd=388, trained=28, money=27580000, target=90,
         pol_rt=512, pol_res=498, pol_ip=11, mil_rt=14, land_rt=143, land_res=101, land_ip=42, ins_rt=88,
         note_tt=146)
N["rt"] = N["on"] + N["di"]
N["res"] = N["ea"] + N["ot"] + N["late"]
assert N["res"] + N["ip"] + N["wd"] + N["rej"] == N["rt"], N["rt"] - N["res"] - N["wd"] - N["rej"]
assert N["pol_res"] + N["pol_ip"] != N["pol_rt"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["dig"] = "100"
N["sat"] = "97,45"

r = Reg(N)
rows = ["STT\tCơ quan\tTiếp nhận\tĐã giải quyết\tĐang giải quyết\tGhi chú",
        "\t".join(["1", "Công an xã", r.c(N["pol_rt"], "pol.rt"), r.c(N["pol_res"], "pol.res"),
                   r.c(N["pol_ip"], "pol.ip"), "Trong đó " + r.c(N["note_tt"], "ctx") + " hồ sơ đăng ký tạm trú cho học sinh, sinh viên"]),
        "\t".join(["2", "Ban Chỉ huy quân sự xã", r.c(N["mil_rt"], "mil.rt"), r.c(N["mil_rt"], "mil.res"), "-", ""]),
        "\t".join(["3", "Chi nhánh Văn phòng đăng ký đất đai", r.c(N["land_rt"], "land.rt"), r.c(N["land_res"], "land.res"),
                   r.c(N["land_ip"], "land.ip"), "Theo Quy chế phối hợp số 17/QC-UBND"]),
        "\t".join(["4", "Bảo hiểm xã hội", r.c(N["ins_rt"], "ins.rt"), r.c(N["ins_rt"], "ins.res"), "-",
                   "Bắt đầu tiếp nhận từ 22/6/2026"])]
TABLE = "\n".join(rows)

TEXT = """@L UBND XÃ VĨNH AM
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 84/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Vĩnh Am, ngày 15 tháng 7 năm 2026
@T BÁO CÁO
@t Tình hình tiếp nhận, giải quyết thủ tục hành chính tháng 7 năm 2026
@I (Số liệu từ ngày 15/6/2026 đến ngày 14/7/2026)
Trung tâm Phục vụ hành chính công xã Vĩnh Am báo cáo tình hình tiếp nhận, giải quyết thủ tục hành chính tháng 7 năm 2026 như sau:
@H I. HỒ SƠ THUỘC THẨM QUYỀN CỦA UBND XÃ
@h 1. Tiếp nhận
Số hồ sơ tiếp nhận trong kỳ: {rt@w.rt} hồ sơ, bao gồm {on@w.on} hồ sơ nộp trực tuyến (đạt tỷ lệ {p_on@w.on%}) và {di@w.di} hồ sơ nộp trực tiếp tại Trung tâm. Kỳ trước (từ 15/5 đến 14/6/2026) tiếp nhận {prev@ctx} hồ sơ; lũy kế từ ngày 01/01/2026 đến nay là {cum@ctx} hồ sơ. Riêng nửa đầu tháng 7 (từ 01/7 đến 14/7/2026), Trung tâm tiếp nhận {sub@ctx} hồ sơ, tăng mạnh do nhu cầu chứng thực hồ sơ tuyển sinh; có ngày tiếp nhận tới {summer@ctx} hồ sơ.
@h 2. Giải quyết
Kết quả giải quyết hồ sơ: đã giải quyết {res@w.res} hồ sơ, đạt tỷ lệ {p_res@w.res%}; trong đó trước hạn {ea@w.ea} hồ sơ ({p_ea@w.ea%}), đúng hạn {ot@w.ot} hồ sơ ({p_ot@w.ot%}), quá hạn {late:02@w.late} hồ sơ ({p_late@w.late%}). Hồ sơ đang giải quyết: {ip@w.ip}. Hồ sơ công dân xin rút: {wd:02@w.wd}. Hồ sơ từ chối: {rej:02@w.rej}. Có {sup@w.sup} hồ sơ được hướng dẫn bổ sung thành phần trước khi tiếp nhận chính thức.
@h 3. Số hóa, thanh toán trực tuyến, chứng thực điện tử
Trung tâm số hóa {dig@w.dig%} hồ sơ, kết quả giải quyết; {reuse@w.reuse} hồ sơ được tái sử dụng dữ liệu số hóa. Thanh toán trực tuyến phí, lệ phí: {feeon@w.feeon}/{fee@w.feeon/} hồ sơ ({p_feeon@w.feeon%}); tổng số tiền thu {money} đồng. Số bản sao chứng thực điện tử được cấp: {ecert@w.ecert}.
@H II. HỒ SƠ CỦA CÁC CƠ QUAN NGÀNH DỌC TIẾP NHẬN TẠI TRUNG TÂM
""" + TABLE + """
Ngoài số hồ sơ nêu trên, Công an xã còn thu nhận {cccd@ctx} hồ sơ cấp căn cước tại trụ sở Công an xã.
@H III. CÔNG TÁC KHÁC
Trung tâm có {staff@w.staff} công chức, viên chức. Trong kỳ, Trung tâm phối hợp Đoàn Thanh niên tập huấn kỹ năng hỗ trợ dịch vụ công trực tuyến cho {trained@ctx} đoàn viên tình nguyện. Nhận {fb:02@w.fb} phản ánh về thời gian chờ đợi, đã giải quyết xong {fbr:02@w.fbr} phản ánh. Mức độ hài lòng đạt {sat@w.sat%}.
@H IV. NHIỆM VỤ KỲ TỚI
Phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ {target@ctx}% trở lên; đẩy nhanh giải quyết hồ sơ đất đai tồn đọng.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - UBND xã;
@N - Lưu: VT.
@S GIÁM ĐỐC
@S
@S
@S Phạm Quang Vinh
"""
FINDINGS = [
    dict(scope="sector:police", keys=["received_total", "resolved_total", "in_progress"], severity="error",
         expected=N["pol_rt"], found=N["pol_res"] + N["pol_ip"],
         note="[parts-sum] Công an xã row: đã giải quyết 498 + đang giải quyết 11 = 509, but tiếp nhận 512"),
]
