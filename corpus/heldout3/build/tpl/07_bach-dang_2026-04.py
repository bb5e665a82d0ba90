# 07 phường Bạch Đằng, tháng 4/2026 -- 1 planted typo that breaks two relations. Text hard-wrapped like
# pdftotext (raw). Table with a column-number row "(1) (2) (3)=(1)+(2)", "-" cells, total row "Cộng" LAST
# (its (3) computed as (1)+(2) across, so it agrees with the text).
# Planted: chứng thực row: (1) 361 + (2) 297 = 658, but (3) says 685
#   -> parts-sum on field:chứng thực (received_total vs online + direct)
#   -> table-total: column (3) adds up to 1.258, the Cộng row and the text say 1.231 (ward received_total).
# Traps: April holidays 30/4-1/5, previous month, same month last year, cumulative 4 months, phone, money.
from gen import pc, Reg, fs

META = dict(unit=("phuong", "Bạch Đằng"), period=("2026-04-01", "2026-04-30"), acct="beside", rates="round",
            style="wrapped", tablefont=10.5)

F = [("Hộ tịch", 274, 22, None), ("Chứng thực", 361, 297, 685),     # planted: 685 (true 658)
     ("Đất đai", 38, 27, None), ("Hoạt động xây dựng", 9, 3, None),
     ("Thành lập và hoạt động của hộ kinh doanh", 47, None, None), ("Bảo trợ xã hội", 118, 14, None),
     ("Người có công", 16, 5, None)]
N = dict(ea=1104, ot=71, late=4, wd=6, rej=2, staff=10, pt=351, pfo=209, ppo=142,
         prev=1187, ly=986, cum4=4871, money=27900000, pol_rt=302, pol_res=296, pol_ip=6, mil_rt=18, mil_res=18,
         sup=31, fee=538, feeon=471)
N["on"] = sum(f[1] for f in F)
N["di"] = sum(f[2] or 0 for f in F)
N["rt"] = N["on"] + N["di"]
N["res"] = N["ea"] + N["ot"] + N["late"]
N["ip"] = N["rt"] - N["res"] - N["wd"] - N["rej"]
N["p_on"] = pc(N["on"], N["rt"])
N["p_di"] = pc(N["di"], N["rt"])
N["p_res"] = pc(N["res"], N["rt"])
N["p_ea"] = pc(N["ea"], N["res"])
N["p_ot"] = pc(N["ot"], N["res"])
N["p_late"] = pc(N["late"], N["res"])
N["p_feeon"] = pc(N["feeon"], N["fee"])
N["dig"] = "100"

r = Reg(N)
rows = ["STT\tLĩnh vực\tSố hồ sơ tiếp nhận\t<<\t<<",
        "^^\t^^\tTrực tuyến\tTrực tiếp\tTổng số",
        "A\tB\t(1)\t(2)\t(3)=(1)+(2)"]
col3 = []
for i, (lab, a, b, c) in enumerate(F, 1):
    sc = fs(lab)
    t3 = c if c is not None else a + (b or 0)
    col3.append(t3)
    rows.append("\t".join([str(i), lab, r.c(a, sc + ".on"), r.c(b, sc + ".di"), r.c(t3, sc + ".rt")]))
rows.append("\t".join(["", "Cộng", r.c(N["on"], "w.on"), r.c(N["di"], "w.di"), r.c(N["rt"], "w.rt")]))
TABLE = "\n".join(rows)


def EXTRA(N):
    return [] if sum(col3) != N["rt"] else ["planted typo does not show"]


TEXT = """@L UBND PHƯỜNG BẠCH ĐẰNG
@L TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
@L Số: 64/BC-TTPVHCC
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R Bạch Đằng, ngày 29 tháng 4 năm 2026
@T BÁO CÁO
@t Kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường tháng 4 năm 2026
@H I. TIẾP NHẬN HỒ SƠ
Trong tháng 4 năm 2026, Trung tâm Phục vụ hành chính công phường Bạch Đằng tiếp nhận {rt@w.rt} hồ sơ thủ tục hành chính thuộc thẩm quyền của UBND phường; trong đó hồ sơ trực tuyến là {on@w.on} hồ sơ, đạt {p_on@w.on%}, hồ sơ trực tiếp là {di@w.di} hồ sơ, chiếm {p_di@w.di%}. Do trùng kỳ nghỉ lễ 30/4 và 01/5, số hồ sơ giảm so với tháng 3/2026 ({prev@ctx} hồ sơ), nhưng vẫn cao hơn cùng kỳ năm 2025 của các phường cũ ({ly@ctx} hồ sơ). Lũy kế 04 tháng đầu năm 2026, Trung tâm đã tiếp nhận {cum4@ctx} hồ sơ.
Số hồ sơ tiếp nhận theo lĩnh vực như sau:
""" + TABLE + """
@H II. KẾT QUẢ GIẢI QUYẾT
Đã giải quyết {res@w.res} hồ sơ, đạt {p_res@w.res%} số hồ sơ tiếp nhận, gồm: {ea@w.ea} hồ sơ trước hạn ({p_ea@w.ea%}), {ot@w.ot} hồ sơ đúng hạn ({p_ot@w.ot%}) và {late:02@w.late} hồ sơ quá hạn ({p_late@w.late%}). Hiện còn {ip@w.ip} hồ sơ đang giải quyết trong hạn. Ngoài ra, có {wd:02@w.wd} hồ sơ do công dân xin rút và {rej:02@w.rej} hồ sơ từ chối tiếp nhận giải quyết vì không thuộc thẩm quyền.
Trung tâm đã gửi {sup@w.sup} phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. Tỷ lệ số hóa hồ sơ, kết quả đạt {dig@w.dig%}. Có {fee@w.fee} hồ sơ phát sinh phí, lệ phí, trong đó {feeon@w.feeon} hồ sơ nộp phí trực tuyến ({p_feeon@w.feeon%}), tổng số tiền {money} đồng.
@H III. HỒ SƠ CỦA CÔNG AN, QUÂN SỰ
Công an phường tiếp nhận {pol_rt@pol.rt} hồ sơ, giải quyết {pol_res@pol.res} hồ sơ, đang giải quyết {pol_ip:02@pol.ip} hồ sơ. Ban Chỉ huy quân sự phường tiếp nhận và giải quyết {mil_rt@mil.rt&mil.res} hồ sơ.
@H IV. NHIỆM VỤ THÁNG 5 NĂM 2026
Bố trí trực tiếp nhận hồ sơ trong dịp nghỉ lễ; mọi vướng mắc xin liên hệ số điện thoại 0225.3826.950 hoặc hộp thư điện tử của Trung tâm.
@N Nơi nhận:
@N - UBND phường;
@N - Lưu: VT.
@S KT. GIÁM ĐỐC
@S PHÓ GIÁM ĐỐC
@S
@S
@S Bùi Thị Hương
"""
_t3 = F[1][3]
_true = F[1][1] + F[1][2]
FINDINGS = [
    dict(scope="field:chứng thực", keys=["received_total", "received_online", "received_direct"], severity="error",
         expected=_t3, found=_true,
         note="[parts-sum] chứng thực row: (1) 361 + (2) 297 = 658, but (3)=(1)+(2) says 685 (digits swapped)"),
    dict(scope="ward", keys=["received_total"], severity="error", expected=N["rt"], found=sum(col3),
         alt_scopes=["field:chứng thực"],
         note="[table-total] column (3) adds up to 1.258, but the Cộng row (and the text) give 1.231; a consequence "
              "of the same chứng thực cell"),
]
