# 07: xã Nguyễn Lương Bằng, tháng 3/2026 -- layout, clean; TRANSPOSED table: indicators as rows, fields as
# columns, the last column "Cộng" = the ward; "-" cells are absent
from gen import pc
META = dict(unit=("xa", "Nguyễn Lương Bằng"), period=("2026-03-01", "2026-03-31"), acct="inside", carried="inside",
            rates="round", style="layout")
FIELDS = ["tư pháp - hộ tịch", "chứng thực", "nông nghiệp - môi trường", "văn hóa - xã hội"]
HEAD = ["Tư pháp - hộ tịch", "Chứng thực", "Nông nghiệp - môi trường", "Văn hóa - xã hội"]
# per field: rt, on, di, res, ea, ot, late, ip   (None = "-")
V = {
    "rt":   [402, 356, 118, 141],
    "on":   [310, 198, 70, 133],
    "di":   [92, 158, 48, 8],
    "res":  [389, 356, 97, 135],
    "ea":   [370, 356, 80, 128],
    "ot":   [19, None, 15, 7],
    "late": [0, None, 2, 0],
    "ip":   [13, None, 21, 6],
}
W = dict(rt=1017, on=711, di=306, res=977, ea=934, ot=41, late=2, ip=40)
N = dict(wd=3, rej=2, pol=288, polres=280, polip=8, ins=96, land=57, landres=41, landip=16, staff=6, vis=1204,
         dig="100", pt=355, pfo=201, ppo=154, num="42", feb=884, calls=96, tgt="72", ytd=2905, sms=312)
for k, v in W.items():
    N["w" + k] = v
N["on_p"] = pc(711, 1017)
LAB = [("1", "Tổng số hồ sơ tiếp nhận", "rt"), ("", "- Trực tuyến", "on"), ("", "- Trực tiếp", "di"),
       ("2", "Đã giải quyết", "res"), ("", "- Trước hạn", "ea"), ("", "- Đúng hạn", "ot"), ("", "- Quá hạn", "late"),
       ("3", "Đang giải quyết", "ip")]
rows = ["STT\tChỉ tiêu\t" + "\t".join(HEAD) + "\tCộng"]
for stt, lab, key in LAB:
    cells = []
    for j, f in enumerate(FIELDS):
        v = V[key][j]
        if v is None:
            cells.append("-")
        else:
            nm = "c_%s_%d" % (key, j)
            N[nm] = v
            cells.append("{%s@f:%s.%s}" % (nm, f, key))
    cells.append("{w%s@w.%s}" % (key, key))
    rows.append("%s\t%s\t%s" % (stt, lab, "\t".join(cells)))
TABLE = "\n".join(rows)
TEXT = """@L UBND XÃ NGUYỄN LƯƠNG BẰNG
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: {num}/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Nguyễn Lương Bằng, ngày 31 tháng 3 năm 2026
@T BÁO CÁO
@t Công tác cải cách thủ tục hành chính và hoạt động của Trung tâm Phục vụ hành chính công tháng 3 năm 2026
@H I. TÌNH HÌNH TRIỂN KHAI
Trung tâm tiếp tục vận hành ổn định với {staff:02@w.staff} công chức được phân công trực tại {staff:02} quầy. UBND xã đã công khai {pt@w.pt} TTHC thuộc thẩm quyền, trong đó có {pfo@w.pfo} TTHC trực tuyến toàn trình và {ppo@w.ppo} TTHC trực tuyến một phần. Trung tâm phối hợp với Đoàn Thanh niên xã gửi {sms} tin nhắn hướng dẫn người dân nộp hồ sơ qua ứng dụng VNeID.
@H II. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC
Trong tháng 3/2026, Trung tâm tiếp nhận {wrt@w.rt} hồ sơ thuộc thẩm quyền của UBND xã (tháng 02/2026: {feb} hồ sơ); tỷ lệ hồ sơ nộp trực tuyến đạt {on_p@w.share%}. Lũy kế quý I/2026 đạt {ytd} hồ sơ. Kết quả cụ thể theo từng lĩnh vực:
""" + TABLE + """
Số hồ sơ đã giải quyết nêu trên đã bao gồm {wd:02@w.wd} hồ sơ người dân xin rút và {rej:02@w.rej} hồ sơ trả lại do không đủ điều kiện giải quyết. {dig@w.dig%} hồ sơ tiếp nhận trong tháng đã được số hóa thành phần hồ sơ.
@H III. HOẠT ĐỘNG CỦA CÁC CƠ QUAN NGÀNH DỌC
Công an xã: tiếp nhận {pol@pol.rt} hồ sơ, giải quyết {polres@pol.res} hồ sơ, đang giải quyết {polip:02@pol.ip} hồ sơ.
Bảo hiểm xã hội: tiếp nhận {ins@ins.rt} hồ sơ cấp lại thẻ bảo hiểm y tế, điều chỉnh thông tin.
Chi nhánh Văn phòng đăng ký đất đai: tiếp nhận {land@land.rt} hồ sơ; đã giải quyết {landres@land.res}; còn {landip@land.ip} hồ sơ trong hạn.
@H IV. CÁC HOẠT ĐỘNG KHÁC
Trung tâm đón tiếp {vis@w.vis} lượt người dân đến liên hệ công việc; bộ phận hỗ trợ trả lời {calls} cuộc gọi. Không có phản ánh, kiến nghị của người dân về thái độ phục vụ.
@H V. NHIỆM VỤ THÁNG 4 NĂM 2026
Nâng tỷ lệ hồ sơ trực tuyến lên {tgt}%; tiếp tục rà soát quy trình nội bộ các thủ tục lĩnh vực nông nghiệp - môi trường để rút ngắn thời gian giải quyết.
@N Nơi nhận:
@N - UBND xã;
@N - Lưu: TTPVHCC.
@S GIÁM ĐỐC
@S Hoàng Thị Ngọc Anh
"""
FINDINGS = []


def EXTRA(N):
    p = []
    for key in V:
        s = sum(x for x in V[key] if x is not None)
        if s != W[key]:
            p.append("column sum %s" % key)
    return p
