# 02: xã An Trường, quý IV/2025 -- layout; table with the previous quarter and this quarter as columns
# planted: (1) online + direct in the table do not add up to the total; (2) the late rate does not fit its count
from gen import pc
META = dict(unit=("xa", "An Trường"), period=("2025-10-01", "2025-12-31"), acct="beside", carried="inside",
            rates="round", style="layout")
N = dict(rt=2436, on=1807, di=639, res=2301, ea=2150, ot=131, late=20, ip=98, wd=25, rej=12,
         q3rt=2214, q3on=1512, q3di=702, q3res=2090, q3ea=1902, q3ot=160, q3late=28, q3ip=81, q3wd=30, q3rej=13,
         pt=356, pfo=201, ppo=155, pwr=48, pol=512, polres=498, polip=14, staff=6, sat="98,6",
         late_p="0,78", ytd=9140, calls=212, area="180", comp=24, num="27")
N["pwr_p"] = pc(48, 356)
N["d_rt"] = "+222"; N["d_on"] = "+295"; N["d_di"] = "-63"; N["d_res"] = "+211"; N["d_ea"] = "+248"
N["d_ot"] = "-29"; N["d_late"] = "-8"; N["d_ip"] = "+17"; N["d_wd"] = "-5"; N["d_rej"] = "-1"


def row(stt, label, a, b, mark, d):
    return "%s\t%s\t{%s}\t{%s@%s}\t{%s}" % (stt, label, a, b, mark, d)


TABLE = "\n".join([
    "STT\tChỉ tiêu\tQuý III/2025\tQuý IV/2025\tTăng (+), giảm (-)",
    row("1", "Tổng số hồ sơ tiếp nhận", "q3rt", "rt", "w.rt", "d_rt"),
    row("1.1", "Tiếp nhận trực tuyến", "q3on", "on", "w.on", "d_on"),
    row("1.2", "Tiếp nhận trực tiếp", "q3di", "di", "w.di", "d_di"),
    row("2", "Hồ sơ đã giải quyết", "q3res", "res", "w.res", "d_res"),
    row("2.1", "Giải quyết trước hạn", "q3ea", "ea", "w.ea", "d_ea"),
    row("2.2", "Giải quyết đúng hạn", "q3ot", "ot", "w.ot", "d_ot"),
    row("2.3", "Giải quyết quá hạn", "q3late", "late", "w.late", "d_late"),
    row("3", "Hồ sơ đang giải quyết", "q3ip", "ip", "w.ip", "d_ip"),
    row("4", "Hồ sơ công dân xin rút", "q3wd", "wd", "w.wd", "d_wd"),
    row("5", "Hồ sơ từ chối tiếp nhận, giải quyết", "q3rej", "rej", "w.rej", "d_rej"),
])

TEXT = """@L ỦY BAN NHÂN DÂN
@L XÃ AN TRƯỜNG
@L Số: {num}/BC-UBND
@R CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@R Độc lập - Tự do - Hạnh phúc
@R An Trường, ngày 26 tháng 12 năm 2025
@T BÁO CÁO
@t Kết quả hoạt động của Trung tâm Phục vụ hành chính công xã quý IV năm 2025
@H I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN
Quý IV/2025 là quý thứ hai Trung tâm Phục vụ hành chính công xã An Trường vận hành theo mô hình chính quyền địa phương hai cấp. UBND xã đã ban hành kế hoạch cải cách hành chính giai đoạn cuối năm, phân công {staff@w.staff} công chức thường trực tại Trung tâm, bố trí khu vực chờ rộng {area} m² và một quầy hướng dẫn riêng cho người cao tuổi.
Trung tâm duy trì việc công khai danh mục {pt@w.pt} thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã, trong đó {pfo@w.pfo} thủ tục được cung cấp dịch vụ công trực tuyến toàn trình và {ppo@w.ppo} thủ tục cung cấp trực tuyến một phần. Trong quý có {pwr@w.pwr} TTHC phát sinh hồ sơ trực tuyến, đạt {pwr_p@w.pwr%}.
@H II. KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ
Số liệu so sánh giữa quý III và quý IV năm 2025 được tổng hợp từ Hệ thống thông tin giải quyết thủ tục hành chính của thành phố như sau:
""" + TABLE + """
Nhìn chung, lượng hồ sơ quý IV tăng so với quý III, chủ yếu ở các lĩnh vực hộ tịch và chứng thực do nhu cầu của người dân dịp cuối năm. Số hồ sơ giải quyết quá hạn là {late} hồ sơ, chiếm {late_p@w.late%} tổng số hồ sơ đã giải quyết; nguyên nhân là các hồ sơ đất đai phải lấy ý kiến của cơ quan chuyên môn cấp trên. Lũy kế từ khi thành lập đến hết quý IV, Trung tâm đã tiếp nhận khoảng {ytd} lượt hồ sơ các loại.
Ngoài hồ sơ của UBND xã, bộ phận tiếp nhận của Công an xã đặt tại Trung tâm đã tiếp nhận {pol@pol.rt} hồ sơ (chủ yếu cư trú và căn cước), đã giải quyết {polres@pol.res} hồ sơ, còn {polip@pol.ip} hồ sơ đang xử lý.
@H III. ĐÁNH GIÁ CHUNG
Kết quả đánh giá qua máy khảo sát đặt tại quầy cho thấy mức độ hài lòng của người dân đạt {sat@w.sat%}. Trong quý, đường dây nóng của Trung tâm nhận {calls} cuộc gọi, chủ yếu hỏi về thủ tục chứng thực và đăng ký khai sinh. Hạn chế: đường truyền mạng còn chập chờn vào giờ cao điểm; một số thiết bị đã xuống cấp (còn {comp} máy tính phục vụ chung cho toàn Trung tâm và bộ phận một cửa liên thông).
@H IV. PHƯƠNG HƯỚNG QUÝ I NĂM 2026
Tiếp tục đẩy mạnh hướng dẫn người dân nộp hồ sơ trực tuyến, nhất là đối với các thủ tục toàn trình; chấn chỉnh việc giải quyết hồ sơ đất đai bảo đảm đúng thời hạn; đề nghị UBND xã bổ sung kinh phí thay thế máy quét và máy in đã hỏng.
@N Nơi nhận:
@N - Văn phòng UBND thành phố;
@N - TT Đảng ủy, HĐND xã;
@N - Lưu: VT.
@S TM. ỦY BAN NHÂN DÂN
@S KT. CHỦ TỊCH
@S PHÓ CHỦ TỊCH
@S Phạm Văn Khải
"""
FINDINGS = [
    dict(scope="ward", keys=["received_total", "received_online", "received_direct"], severity="error",
         expected=2436, found=2446,
         note="[parts-sum] bảng, cột Quý IV/2025: trực tuyến 1.807 + trực tiếp 639 = 2.446, tổng số ghi 2.436"),
    dict(scope="ward", keys=["resolved_late"], severity="warning", expected=0.87, found=0.78,
         note="[rate] quá hạn 20/2.301 = 0,87%, báo cáo ghi 0,78%"),
]
