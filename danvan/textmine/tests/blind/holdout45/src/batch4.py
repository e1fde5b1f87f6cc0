"""holdout45 batch 4: b1055-b1060 (2025-2026, after the July 2025 reform). Page text and labels side by side."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b1055
PAGES.append(page(
"b1055-tuyenquang-xa-dongvan-doithoai-2025",
"""
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐỒNG VĂN
Tỉnh Tuyên Quang
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền 2 cấp | Thủ tục hành chính | Hỏi đáp
Tin tức - Sự kiện > Hoạt động của Đảng ủy - HĐND - UBND
Thứ Sáu, 12/09/2025 15:30
Xã Đồng Văn: Bí thư Đảng ủy đối thoại với Nhân dân về vận hành chính quyền địa phương 2 cấp
Ngày 10/9, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Đồng Văn tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với Nhân dân năm 2025. Đây là hội nghị đối thoại đầu tiên kể từ khi xã Đồng Văn mới được thành lập trên cơ sở thị trấn Đồng Văn và 3 xã Tả Lủng, Tả Phìn, Lũng Thầu thuộc huyện Đồng Văn, tỉnh Hà Giang (cũ), theo Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội.
Đồng chí Vàng Mí Sính, Bí thư Đảng ủy, Chủ tịch HĐND xã Đồng Văn chủ trì hội nghị. Cùng dự có đồng chí Lầu Thị Dợ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Sùng Mí Chứ, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; các đồng chí Phó Chủ tịch UBND xã: Giàng Mí Dính, Nguyễn Văn Tuấn; Thiếu tá Hoàng Văn Dũng, Trưởng Công an xã; đồng chí Ma Thị Thúy, Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh Tuyên Quang và hơn 300 đại biểu, người có uy tín, Nhân dân 35 thôn, tổ dân phố.
Quang cảnh hội nghị đối thoại tại hội trường UBND xã.
Báo cáo tại hội nghị cho biết, xã Đồng Văn mới có diện tích tự nhiên hơn 110 km2, 2.064 hộ với 9.850 nhân khẩu, trong đó khoảng 95% là đồng bào Mông, còn lại là các dân tộc Lô Lô, Giáy, Tày, Kinh. Sau hơn 2 tháng vận hành chính quyền địa phương 2 cấp, Trung tâm Phục vụ hành chính công xã đã tiếp nhận 1.426 hồ sơ, giải quyết đúng và trước hạn 98,7%. Thực hiện Kế hoạch số 07-KH/ĐU của Đảng ủy xã, cán bộ, đảng viên được phân công phụ trách từng nhóm hộ để nắm tình hình, hướng dẫn Nhân dân làm thủ tục trực tuyến.
Trước hội nghị, Ủy ban MTTQ Việt Nam xã đã tổng hợp được 18 ý kiến, kiến nghị. Tại hội nghị, ông Ly Seo Chúng, người có uy tín thôn Tả Giao Khâu, phản ánh người dân ở các thôn xa phải đi hơn 20 km mới đến trụ sở xã, đề nghị duy trì điểm tiếp nhận hồ sơ tại trụ sở xã Tả Lủng cũ. Bà Sình Thị Mỷ (thôn Lô Lô Chải) kiến nghị sớm có nước sinh hoạt cho mùa khô năm tới. Ông Thào Mí Pó (tổ dân phố 2) đề nghị làm rõ việc quản lý, thu phí tại các điểm du lịch trên cao nguyên đá. Một số ý kiến đề nghị tiếp tục hỗ trợ 62 hộ còn ở nhà tạm chưa được xây mới.
Trả lời các kiến nghị, đồng chí Vàng Mí Sính khẳng định xã duy trì 3 điểm tiếp nhận hồ sơ lưu động, mỗi tuần một buổi tại các xã cũ; năm 2025 xã dành 2,5 tỷ đồng hỗ trợ xây 40 bể chứa nước và lắp đặt 120 bồn nước inox cho các hộ khó khăn. Đồng chí Lầu Thị Dợ cho biết 62 hộ còn lại sẽ được hỗ trợ xây nhà bằng nguồn vốn Chương trình mục tiêu quốc gia và xã hội hóa, mức hỗ trợ 60 triệu đồng/hộ, hoàn thành trước ngày 31/12/2025. Các kiến nghị về quản lý du lịch được giao cho phòng Văn hóa - Xã hội xã nghiên cứu, trả lời bằng văn bản.
Phát biểu kết luận, đồng chí Vàng Mí Sính đề nghị các tổ chức trong hệ thống chính trị xã tiếp tục thực hiện tốt Nghị quyết 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và các văn bản của tỉnh về vận hành chính quyền 2 cấp; phát huy vai trò của người có uy tín trong vận động Nhân dân xây dựng thôn "2 không" (không tảo hôn, không hôn nhân cận huyết thống); giữ vững an ninh trật tự khu vực biên giới. Kết thúc hội nghị, 15/18 ý kiến đã được trả lời trực tiếp; 3 ý kiến còn lại sẽ được trả lời bằng văn bản trong 15 ngày.
Vàng Thị Xuân - Văn phòng HĐND và UBND xã
Tin liên quan
- Xã Đồng Văn ra mắt Trung tâm Phục vụ hành chính công (01/07/2025)
- Đại hội Đảng bộ xã Đồng Văn lần thứ I, nhiệm kỳ 2025 - 2030 (05/08/2025)
- Lễ hội Khèn Mông năm 2025 thu hút đông đảo du khách (24/08/2025)
""",
"2025-09-12",
"Xã Đồng Văn: Bí thư Đảng ủy đối thoại với Nhân dân về vận hành chính quyền địa phương 2 cấp",
E("doi_thoai", "2025", "2025-09-10"),
[
    P("Vàng Mí Sính", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đồng Văn"),
    P("Lầu Thị Dợ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
    P("Sùng Mí Chứ", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Giàng Mí Dính", "Phó Chủ tịch UBND xã"),
    P("Nguyễn Văn Tuấn", "Phó Chủ tịch UBND xã"),
    P("Hoàng Văn Dũng", "Thiếu tá", "Trưởng Công an xã"),
    P("Ma Thị Thúy", "Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh Tuyên Quang"),
    P("Ly Seo Chúng", "người có uy tín thôn Tả Giao Khâu"),
    P("Sình Thị Mỷ"),
    P("Thào Mí Pó"),
],
[
    Q("hơn 300 đại biểu, người có uy tín, Nhân dân", 300, "đại biểu, người có uy tín, Nhân dân", "over"),
    Q("35 thôn, tổ dân phố", 35, "thôn, tổ dân phố"),
    Q("3 xã Tả Lủng", 3, "xã"),
    Q("hơn 110 km2", 110, "km2", "over"),
    Q("2.064 hộ", 2064, "hộ"),
    Q("9.850 nhân khẩu", 9850, "nhân khẩu"),
    Q("khoảng 95%", 95, "%", "approx"),
    Q("1.426 hồ sơ", 1426, "hồ sơ"),
    Q("98,7%", 98.7, "%"),
    Q("18 ý kiến, kiến nghị", 18, "ý kiến, kiến nghị"),
    Q("hơn 20 km", 20, "km", "over"),
    Q("62 hộ", 62, "hộ"),
    Q("3 điểm tiếp nhận hồ sơ lưu động", 3, "điểm tiếp nhận hồ sơ lưu động"),
    Q("2,5 tỷ đồng", 2500000000, "đồng"),
    Q("40 bể chứa nước", 40, "bể chứa nước"),
    Q("120 bồn nước inox", 120, "bồn nước inox"),
    Q("60 triệu đồng/hộ", 60000000, "đồng"),
    Q("15/18 ý kiến", 15, "ý kiến"),
    Q("3 ý kiến", 3, "ý kiến"),
],
[
    D("Nghị quyết", "1684", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội",
      surface="Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội"),
    D("Kế hoạch", "07", "KH/ĐU", None, "Đảng ủy xã", surface="Kế hoạch số 07-KH/ĐU của Đảng ủy xã"),
    D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", surface="Nghị quyết 202/2025/QH15 của Quốc hội"),
],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Tả Lủng"), com("Tả Phìn"), com("Lũng Thầu")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐỒNG VĂN",
 "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền 2 cấp | Thủ tục hành chính | Hỏi đáp",
 "Tin tức - Sự kiện > Hoạt động của Đảng ủy - HĐND - UBND", "Quang cảnh hội nghị đối thoại tại hội trường UBND xã.",
 "Trung tâm Phục vụ hành chính công xã", "Chương trình mục tiêu quốc gia", "cao nguyên đá",
 "không tảo hôn, không hôn nhân cận huyết thống", "Vàng Thị Xuân - Văn phòng HĐND và UBND xã"],
["Thứ Sáu, 12/09/2025 15:30", "chính quyền địa phương 2 cấp", "chính quyền 2 cấp", "năm 2025", "hơn 2 tháng", "2 không",
 "tổ dân phố 2", "15 ngày", "trước ngày 31/12/2025", "mỗi tuần một buổi"],
))

# ---------------------------------------------------------------- b1056
PAGES.append(page(
"b1056-phutho-phuong-vinhphuc-tongket-2025",
"""
ĐẢNG BỘ PHƯỜNG VĨNH PHÚC - TỈNH PHÚ THỌ
Trang thông tin điện tử
Trang chủ › Tin hoạt động › Công tác xây dựng Đảng
20/12/2025 08:00
Phường Vĩnh Phúc: Công tác dân vận góp phần vận hành ổn định chính quyền 2 cấp
Ngày 18/12, Đảng ủy phường Vĩnh Phúc tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Nguyễn Thị Minh Hằng, Tỉnh ủy viên, Bí thư Đảng ủy phường chủ trì hội nghị. Dự hội nghị có đồng chí Lê Văn Hùng, vừa được bầu giữ chức Phó Bí thư Đảng ủy phường; đồng chí Trần Quốc Việt, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường; các đồng chí Phạm Thị Lan, Đỗ Minh Khang - Phó Chủ tịch Ủy ban MTTQ Việt Nam phường; cùng 52 đồng chí là bí thư chi bộ, trưởng khu dân cư, trưởng ban công tác Mặt trận các khu.
Đồng chí Nguyễn Thị Minh Hằng phát biểu chỉ đạo hội nghị. Ảnh: Hà Trang
Phường Vĩnh Phúc được thành lập từ ngày 1/7/2025 trên cơ sở các phường Liên Bảo, Khai Quang, Đống Đa, Ngô Quyền thuộc thành phố Vĩnh Yên, tỉnh Vĩnh Phúc (cũ), nay thuộc tỉnh Phú Thọ. Trong bối cảnh vừa sắp xếp tổ chức bộ máy, vừa vận hành chính quyền địa phương 2 cấp, công tác dân vận đã góp phần tạo đồng thuận trong Nhân dân. Ban Thường vụ Đảng ủy phường đã ban hành Kế hoạch số 18-KH/ĐU thực hiện Quyết định 23-QĐ/TW của Bộ Chính trị về Quy chế dân vận của hệ thống chính trị và Hướng dẫn số 05-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận ở cấp xã sau sắp xếp.
Năm 2025, toàn phường xây dựng được 18 mô hình "Dân vận khéo", trong đó 4 mô hình được tỉnh công nhận. UBND phường đã phối hợp với Ủy ban MTTQ phường tổ chức 3 hội nghị đối thoại với Nhân dân; tiếp nhận 64 đơn thư, kiến nghị, đã giải quyết 58 trường hợp, đạt 90,6%. Trung tâm Phục vụ hành chính công phường tiếp nhận 9.420 hồ sơ, tỷ lệ người dân hài lòng đạt 97,6%. Quỹ "Vì người nghèo" phường vận động được 1,26 tỷ đồng, hỗ trợ xây mới, sửa chữa 14 căn nhà cho hộ nghèo, hộ cận nghèo; dịp Tết Bính Ngọ 2026, phường dự kiến tặng 650 suất quà cho các gia đình chính sách, hộ khó khăn.
Tình hình Nhân dân trên địa bàn ổn định. Tuy nhiên, một số ý kiến phản ánh tình trạng ngập úng cục bộ tại khu dân cư Khai Quang khi mưa lớn, việc cấp giấy chứng nhận quyền sử dụng đất ở một số dự án còn chậm; một bộ phận cán bộ dôi dư sau sắp xếp còn băn khoăn về chế độ, chính sách.
Tại hội nghị, Linh mục Giuse Đỗ Quang Khiêm, Quản xứ giáo xứ Vĩnh Yên, cho biết bà con giáo dân đã ủng hộ 120 triệu đồng cho Quỹ "Vì người nghèo" và tích cực tham gia phong trào "Khu dân cư văn minh, an toàn". Thượng tá Nguyễn Văn Bình, Trưởng Công an phường, thông tin mô hình "Camera an ninh" với 236 camera được Nhân dân góp kinh phí lắp đặt. Bà Phạm Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Liên hiệp Phụ nữ phường, chia sẻ cách vận động hội viên tham gia phân loại rác thải tại nguồn ở 21 khu dân cư.
Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy phường Nguyễn Thị Minh Hằng đề nghị năm 2026 các chi bộ tập trung xây dựng chi bộ "4 tốt"; thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở; người đứng đầu cấp ủy, chính quyền phường định kỳ đối thoại với Nhân dân ít nhất 2 lần/năm; chủ động nắm tình hình, giải quyết kịp thời kiến nghị của Nhân dân ngay từ khu dân cư; phát động phong trào thi đua "Dân vận khéo" gắn với xây dựng phường văn minh, hiện đại.
Dịp này, Đảng ủy phường tặng giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2025.
Hà Trang
Tin liên quan
- Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 6 (10/12/2025)
- Phường Vĩnh Phúc ra mắt mô hình "Khu phố không rác" (25/11/2025)
- Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư Đống Đa (14/11/2025)
""",
"2025-12-20",
"Phường Vĩnh Phúc: Công tác dân vận góp phần vận hành ổn định chính quyền 2 cấp",
E("tong_ket", "2025", "2025-12-18"),
[
    P("Nguyễn Thị Minh Hằng", "Tỉnh ủy viên", "Bí thư Đảng ủy phường"),
    P("Lê Văn Hùng", "Phó Bí thư Đảng ủy phường"),
    P("Trần Quốc Việt", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
    P("Phạm Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
    P("Đỗ Minh Khang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
    P("Giuse Đỗ Quang Khiêm", "Linh mục", "Quản xứ giáo xứ Vĩnh Yên"),
    P("Nguyễn Văn Bình", "Thượng tá", "Trưởng Công an phường"),
],
[
    Q("52 đồng chí", 52, "đồng chí"),
    Q("18 mô hình", 18, "mô hình"),
    Q("4 mô hình", 4, "mô hình"),
    Q("3 hội nghị đối thoại", 3, "hội nghị đối thoại"),
    Q("64 đơn thư, kiến nghị", 64, "đơn thư, kiến nghị"),
    Q("58 trường hợp", 58, "trường hợp"),
    Q("90,6%", 90.6, "%"),
    Q("9.420 hồ sơ", 9420, "hồ sơ"),
    Q("97,6%", 97.6, "%"),
    Q("1,26 tỷ đồng", 1260000000, "đồng"),
    Q("14 căn nhà", 14, "căn nhà"),
    Q("650 suất quà", 650, "suất quà"),
    Q("120 triệu đồng", 120000000, "đồng"),
    Q("236 camera", 236, "camera"),
    Q("21 khu dân cư", 21, "khu dân cư"),
    Q("12 tập thể", 12, "tập thể"),
    Q("20 cá nhân", 20, "cá nhân"),
],
[
    D("Kế hoạch", "18", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", surface="Kế hoạch số 18-KH/ĐU"),
    D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 23-QĐ/TW của Bộ Chính trị"),
    D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy",
      surface="Hướng dẫn số 05-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), com("Vĩnh Phúc"), com("Liên Bảo"), com("Khai Quang"), com("Đống Đa"), com("Ngô Quyền")],
["ĐẢNG BỘ PHƯỜNG VĨNH PHÚC - TỈNH PHÚ THỌ", "Trang thông tin điện tử", "Trang chủ › Tin hoạt động › Công tác xây dựng Đảng",
 "Đồng chí Nguyễn Thị Minh Hằng phát biểu chỉ đạo hội nghị. Ảnh: Hà Trang", "Dân vận khéo", "Vì người nghèo",
 "Khu dân cư văn minh, an toàn", "Camera an ninh", "Luật Thực hiện dân chủ ở cơ sở",
 "Quy chế dân vận của hệ thống chính trị"],
["20/12/2025 08:00", "chính quyền địa phương 2 cấp", "năm 2025", "năm 2026", "52 đồng chí", "chính quyền 2 cấp", "Tết Bính Ngọ 2026", "4 tốt",
 "2 lần/năm", "từ ngày 1/7/2025"],
))

# ---------------------------------------------------------------- b1057
PAGES.append(page(
"b1057-laocai-btgdvtu-giaoban-q3-2025",
"""
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ » Tin tức - Sự kiện » Hoạt động của Ban
Thứ Ba, 14/10/2025, 16:20 (GMT+7)
Lào Cai: Nắm chắc tình hình Nhân dân sau mưa lũ, bảo đảm vận hành thông suốt chính quyền 2 cấp
Ngày 13/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III năm 2025 theo hình thức trực tiếp kết hợp trực tuyến tới 99 điểm cầu xã, phường. Đồng chí Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Dự tại điểm cầu tỉnh có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Lụa, Lý Seo Dìn, Hà Văn Thắng; đồng chí Phạm Minh Đức, Phó Trưởng Ban Chính sách, chiến lược Tỉnh ủy; đồng chí Tẩn Láo Lở, Phó Giám đốc Sở Dân tộc và Tôn giáo cùng 45 đồng chí là lãnh đạo các phòng, đơn vị thuộc Ban và đại diện các sở, ngành.
Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Minh Châu
Quý III, Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 02, 03-KL/TU về công tác dân vận trong thực hiện mô hình chính quyền địa phương 2 cấp và về vận động Nhân dân khắc phục hậu quả thiên tai; ban hành Hướng dẫn số 14-HD/BTGDVTU về tổ chức công tác dân vận ở các xã, phường sau sắp xếp. Thực hiện kế hoạch số 22-KH/BTGDVTU, Ban đã tổ chức 2 cuộc khảo sát dư luận xã hội với 1.500 phiếu về việc vận hành chính quyền 2 cấp; kết quả có 87,3% người được hỏi đánh giá thủ tục hành chính thuận lợi hơn hoặc như trước.
Tình hình Nhân dân cơ bản ổn định. Do ảnh hưởng của hoàn lưu bão số 10, mưa lũ cuối tháng 9 đã làm 217 nhà bị hư hỏng, khoảng 1.250 ha lúa, hoa màu bị ngập, tập trung ở các xã Mù Cang Chải, Trạm Tấu, Văn Chấn thuộc tỉnh Yên Bái (cũ). Các tổ chức chính trị - xã hội đã vận động ủng hộ 8,4 tỷ đồng, hơn 2.700 lượt người giúp dân dọn dẹp, sửa chữa nhà cửa. Các cấp đã tập hợp 326 ý kiến, kiến nghị của cử tri và Nhân dân, đã giải quyết 281 ý kiến, đạt 86,2%. Toàn tỉnh đã công nhận thêm 64 mô hình "Dân vận khéo".
Theo tổng hợp từ các xã, phường, dư luận Nhân dân quan tâm nhiều đến việc bố trí cán bộ sau sắp xếp, chất lượng phục vụ của Trung tâm Phục vụ hành chính công cấp xã, giá nông sản và việc hỗ trợ khắc phục thiệt hại do thiên tai. Tại một số xã vùng cao như Bát Xát, Si Ma Cai, Bắc Hà, vẫn còn đối tượng lôi kéo người dân theo đạo trái pháp luật; các lực lượng đã phối hợp với người có uy tín vận động 23 hộ từ bỏ, cam kết không tham gia.
Tại điểm cầu xã Mù Cang Chải, đồng chí Lò Thị Vân, Bí thư Đảng ủy xã Mù Cang Chải, cho biết xã đã di dời 38 hộ ra khỏi vùng nguy cơ sạt lở; người có uy tín các thôn vận động bà con không tin, không nghe theo thông tin sai lệch trên mạng xã hội. Đồng chí Chủ tịch UBND xã Y Tý Lỳ Xá Gia phản ánh một số người dân ở thôn xa còn gặp khó khăn khi làm thủ tục trực tuyến do sóng điện thoại yếu. Đồng chí Hoàng Văn Tuấn, Phó Trưởng Ban Nội chính Tỉnh ủy, đề nghị các xã, phường chú trọng giải quyết đơn thư ngay từ cơ sở, nhất là đơn thư liên quan đến bồi thường, giải phóng mặt bằng tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng.
Kết luận hội nghị, đồng chí Giàng Thị Dung yêu cầu quý IV tập trung tuyên truyền, vận động Nhân dân khôi phục sản xuất sau mưa lũ; hướng dẫn các xã, phường kiện toàn tổ dân vận thôn, tổ dân phố; chuẩn bị tốt công tác tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031; nắm chắc tình hình tư tưởng của cán bộ nghỉ việc theo Nghị định 178/2024/NĐ-CP của Chính phủ.
Minh Châu
Tin liên quan
- Lào Cai: Khảo sát dư luận xã hội về hoạt động của Trung tâm Phục vụ hành chính công cấp xã (30/09/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, tặng quà Nhân dân vùng lũ (02/10/2025)
- Hướng dẫn tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" năm 2025 (22/09/2025)
""",
"2025-10-14",
"Lào Cai: Nắm chắc tình hình Nhân dân sau mưa lũ, bảo đảm vận hành thông suốt chính quyền 2 cấp",
E("giao_ban", "2025-Q3", "2025-10-13"),
[
    P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Nguyễn Thị Lụa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Lý Seo Dìn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Hà Văn Thắng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Phạm Minh Đức", "Phó Trưởng Ban Chính sách, chiến lược Tỉnh ủy"),
    P("Tẩn Láo Lở", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
    P("Lò Thị Vân", "Bí thư Đảng ủy xã Mù Cang Chải"),
    P("Lỳ Xá Gia", "Chủ tịch UBND xã Y Tý"),
    P("Hoàng Văn Tuấn", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
],
[
    Q("99 điểm cầu xã, phường", 99, "điểm cầu xã, phường"),
    Q("45 đồng chí", 45, "đồng chí"),
    Q("2 cuộc khảo sát dư luận xã hội", 2, "cuộc khảo sát dư luận xã hội"),
    Q("1.500 phiếu", 1500, "phiếu"),
    Q("87,3%", 87.3, "%"),
    Q("217 nhà", 217, "nhà"),
    Q("khoảng 1.250 ha", 1250, "ha", "approx"),
    Q("8,4 tỷ đồng", 8400000000, "đồng"),
    Q("hơn 2.700 lượt người", 2700, "lượt người", "over"),
    Q("326 ý kiến, kiến nghị", 326, "ý kiến, kiến nghị"),
    Q("281 ý kiến", 281, "ý kiến"),
    Q("86,2%", 86.2, "%"),
    Q("64 mô hình", 64, "mô hình"),
    Q("23 hộ", 23, "hộ"),
    Q("38 hộ", 38, "hộ"),
],
[
    D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 02, 03-KL/TU"),
    D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 02, 03-KL/TU"),
    D("Hướng dẫn", "14", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn số 14-HD/BTGDVTU"),
    D("Kế hoạch", "22", "KH/BTGDVTU", None, None, surface="kế hoạch số 22-KH/BTGDVTU"),
    D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", surface="Nghị định 178/2024/NĐ-CP của Chính phủ"),
],
[prov("Lào Cai"), prov("Yên Bái"), com("Mù Cang Chải"), com("Trạm Tấu"), com("Văn Chấn"), com("Bát Xát"), com("Si Ma Cai"), com("Bắc Hà"), com("Y Tý")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ » Tin tức - Sự kiện » Hoạt động của Ban",
 "Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Minh Châu", "Dân vận khéo", "Lào Cai - Hà Nội - Hải Phòng",
 "Ban Chính sách, chiến lược Tỉnh ủy"],
["Thứ Ba, 14/10/2025, 16:20 (GMT+7)", "45 đồng chí", "quý III năm 2025", "Quý III", "quý IV", "bão số 10", "cuối tháng 9",
 "khóa XVI", "nhiệm kỳ 2026-2031", "chính quyền 2 cấp", "chính quyền địa phương 2 cấp"],
))

# ---------------------------------------------------------------- b1058
PAGES.append(page(
"b1058-hungyen-xa-tienhai-tiepxuccutri-2026",
"""
Báo Hưng Yên - Cơ quan của Đảng bộ tỉnh Hưng Yên
Chính trị | Bầu cử Quốc hội khóa XVI và HĐND các cấp | Kinh tế | Xã hội | Nông nghiệp
Trang chủ > Chính trị > Bầu cử
05 Tháng 3, 2026 - 14:20
Cử tri xã Tiền Hải kiến nghị về đê biển, nước sạch và đất dịch vụ
Sáng 4/3, Ủy ban MTTQ Việt Nam xã Tiền Hải phối hợp với Ủy ban bầu cử xã tổ chức hội nghị tiếp xúc cử tri để những người ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND tỉnh nhiệm kỳ 2026-2031 ở đơn vị bầu cử số 7 báo cáo chương trình hành động. Đồng chí Phạm Văn Lượng, Chủ tịch Ủy ban MTTQ Việt Nam xã Tiền Hải chủ trì hội nghị, với sự tham dự của hơn 320 cử tri đại diện cho Nhân dân các thôn của xã Tiền Hải và các xã Nam Hưng, Nam Thịnh cũ.
Các ứng cử viên báo cáo chương trình hành động với cử tri. Ảnh: Quang Huy
Tại hội nghị, những người ứng cử đại biểu Quốc hội gồm: bà Trần Thị Thanh Xuân, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Hưng Yên; Đại tá Nguyễn Hữu Tài, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; ông Đỗ Mạnh Cường, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đã lần lượt báo cáo chương trình hành động. Các ứng cử viên cam kết nếu trúng cử sẽ tích cực tham gia xây dựng, giám sát việc thực hiện pháp luật, trong đó có Nghị quyết 66, 68-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật và về phát triển kinh tế tư nhân; phản ánh trung thực tâm tư, nguyện vọng của cử tri vùng ven biển.
Đây là địa bàn thuộc huyện Tiền Hải, tỉnh Thái Bình (cũ), có 24,5 km đê biển. Cử tri đã nêu 9 ý kiến, kiến nghị. Cử tri Đặng Văn Hòa (thôn Đông Quý) đề nghị sớm nâng cấp 4,5 km đê biển xung yếu đoạn qua xã trước mùa mưa bão năm 2026. Cử tri Nguyễn Văn Định, Bí thư Chi bộ thôn Nam Hưng, kiến nghị giải quyết dứt điểm việc giao đất dịch vụ bằng 10% diện tích đất nông nghiệp bị thu hồi cho 146 hộ dân ở khu công nghiệp Tiền Hải. Linh mục Antôn Phạm Ngọc Lâm, Chánh xứ giáo xứ Bình Sơn, đề nghị quan tâm cấp nước sạch cho khoảng 1.120 hộ chưa được sử dụng nước máy; hiện người dân phải mua nước với giá 15.000 đồng/m3.
Một số cử tri phản ánh giá vật tư nông nghiệp tăng, trong khi mức hỗ trợ bảo vệ đất trồng lúa mới đạt 1,5 triệu đồng/ha; đề nghị có chính sách hỗ trợ nuôi trồng thủy sản vùng bãi bồi ven biển; bày tỏ mong muốn cán bộ xã sau sắp xếp tiếp tục giữ mối liên hệ gần gũi với Nhân dân.
Thay mặt những người ứng cử, bà Trần Thị Thanh Xuân tiếp thu ý kiến của cử tri, cam kết sẽ chuyển các kiến nghị đến cơ quan có thẩm quyền. Đồng chí Vũ Thị Thu Trang, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Tiền Hải giải trình: xã đã trình UBND tỉnh phương án giao đất dịch vụ cho 146 hộ theo Quyết định số 35/2025/QĐ-UBND ngày 10/10/2025 của UBND tỉnh Hưng Yên; dự án nước sạch liên xã công suất 6.000 m3/ngày đêm dự kiến hoàn thành trong quý III/2026.
Ủy ban MTTQ Việt Nam xã đã tổng hợp đầy đủ ý kiến để báo cáo Ủy ban bầu cử tỉnh theo Kế hoạch số 15/KH-UBBC của Ủy ban bầu cử xã. Trước đó, thực hiện Chỉ thị 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử, xã đã thành lập 14 tổ bầu cử với 14 khu vực bỏ phiếu.
Quang Huy
Tin liên quan
- Hưng Yên: Hơn 2,1 triệu cử tri sẵn sàng cho ngày bầu cử 15/3 (03/03/2026)
- Xã Thái Thụy tổ chức hội nghị cử tri nơi cư trú (10/02/2026)
- Niêm yết danh sách người ứng cử đại biểu HĐND tỉnh (25/02/2026)
""",
"2026-03-05",
"Cử tri xã Tiền Hải kiến nghị về đê biển, nước sạch và đất dịch vụ",
E("hoi_nghi", None, "2026-03-04"),
[
    P("Phạm Văn Lượng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tiền Hải"),
    P("Trần Thị Thanh Xuân", "Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Hưng Yên"),
    P("Nguyễn Hữu Tài", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
    P("Đỗ Mạnh Cường", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Đặng Văn Hòa"),
    P("Nguyễn Văn Định", "Bí thư Chi bộ thôn Nam Hưng"),
    P("Antôn Phạm Ngọc Lâm", "Linh mục", "Chánh xứ giáo xứ Bình Sơn"),
    P("Vũ Thị Thu Trang", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Tiền Hải"),
],
[
    Q("hơn 320 cử tri", 320, "cử tri", "over"),
    Q("24,5 km", 24.5, "km"),
    Q("9 ý kiến, kiến nghị", 9, "ý kiến, kiến nghị"),
    Q("4,5 km", 4.5, "km"),
    Q("10% diện tích", 10, "%"),
    Q("146 hộ dân", 146, "hộ dân"),
    Q("khoảng 1.120 hộ", 1120, "hộ", "approx"),
    Q("15.000 đồng/m3", 15000, "đồng"),
    Q("1,5 triệu đồng/ha", 1500000, "đồng"),
    Q("6.000 m3", 6000, "m3"),
    Q("14 tổ bầu cử", 14, "tổ bầu cử"),
    Q("14 khu vực bỏ phiếu", 14, "khu vực bỏ phiếu"),
],
[
    D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 66, 68-NQ/TW của Bộ Chính trị"),
    D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 66, 68-NQ/TW của Bộ Chính trị"),
    D("Quyết định", "35", "2025/QĐ-UBND", "2025-10-10", "UBND tỉnh Hưng Yên",
      surface="Quyết định số 35/2025/QĐ-UBND ngày 10/10/2025 của UBND tỉnh Hưng Yên"),
    D("Kế hoạch", "15", "KH-UBBC", None, "Ủy ban bầu cử xã", surface="Kế hoạch số 15/KH-UBBC của Ủy ban bầu cử xã"),
    D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", surface="Chỉ thị 46-CT/TW của Bộ Chính trị"),
],
[prov("Hưng Yên"), prov("Thái Bình"), com("Tiền Hải"), com("Nam Hưng"), com("Nam Thịnh")],
["Báo Hưng Yên - Cơ quan của Đảng bộ tỉnh Hưng Yên",
 "Chính trị | Bầu cử Quốc hội khóa XVI và HĐND các cấp | Kinh tế | Xã hội | Nông nghiệp", "Trang chủ > Chính trị > Bầu cử",
 "Các ứng cử viên báo cáo chương trình hành động với cử tri. Ảnh: Quang Huy", "Ủy ban bầu cử xã", "khu công nghiệp Tiền Hải"],
["05 Tháng 3, 2026 - 14:20", "khóa XVI", "nhiệm kỳ 2026-2031", "đơn vị bầu cử số 7", "năm 2026", "quý III/2026",
 "ngày bầu cử 15/3"],
))

# ---------------------------------------------------------------- b1059
PAGES.append(page(
"b1059-haiphong-phuong-thanhdong-doithoai-2026",
"""
Cổng thông tin điện tử phường Thành Đông
Thành phố Hải Phòng
Trang chủ | Tin tức | Thông báo | Thủ tục hành chính | Tiếp nhận phản ánh, kiến nghị
18.03.2026 | 10:45
Đối thoại với Nhân dân: Trả lời 27 kiến nghị về hạ tầng đô thị và thủ tục đất đai
Chiều 17/3, Đảng ủy, UBND phường Thành Đông tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND phường với Nhân dân năm 2026. Đồng chí Phạm Thị Thanh Hương, Thành ủy viên, Bí thư Đảng ủy phường Thành Đông và đồng chí Nguyễn Đức Long, Phó Bí thư Đảng ủy, Chủ tịch UBND phường đồng chủ trì. Dự hội nghị có các đồng chí Trần Văn Hải, Lê Thị Nga, Vũ Quang Minh - Phó Chủ tịch UBND phường; đồng chí Bùi Văn Tâm, ĐUV, Giám đốc Trung tâm Phục vụ hành chính công phường và hơn 200 đại biểu, người dân các tổ dân phố.
Toàn cảnh hội nghị đối thoại. Ảnh: Mai Anh
Phường Thành Đông được thành lập trên cơ sở các phường Thanh Bình, Tân Bình, Thạch Khôi thuộc thành phố Hải Dương, tỉnh Hải Dương (cũ). Thực hiện Kế hoạch số 09-KH/ĐU ngày 15/01/2026 của Ban Thường vụ Đảng ủy phường, trước hội nghị, Ủy ban MTTQ Việt Nam phường đã tổng hợp 27 kiến nghị của Nhân dân gửi qua các tổ dân phố, hòm thư góp ý và ứng dụng "Công dân số". Hội nghị được tổ chức theo Luật Thực hiện dân chủ ở cơ sở và Nghị định 59/2023/NĐ-CP của Chính phủ.
Báo cáo tại hội nghị cho biết, từ khi vận hành chính quyền địa phương 2 cấp, Trung tâm Phục vụ hành chính công phường đã tiếp nhận 4.780 hồ sơ, giải quyết đúng hạn 96,4%. Năm 2025, phường đầu tư 1,8 tỷ đồng cải tạo 11 tuyến ngõ, xóm; xử lý 3 điểm ngập úng.
Tại hội nghị, ông Trần Văn Mạnh, Tổ trưởng tổ dân phố số 12, phản ánh đoạn mương dài khoảng 380 m chưa được cống hóa gây ô nhiễm cho 45 hộ dân. Bà Nguyễn Thị Thơm (tổ dân phố Thạch Khôi 3) đề nghị giải thích việc áp giá đất theo bảng giá mới tại Quyết định số 45/2025/QĐ-UBND của UBND thành phố Hải Phòng, theo đó giá đất ở một số tuyến tăng lên 12 triệu đồng/m2, khiến chi phí chuyển mục đích sử dụng đất tăng cao. Ông Đinh Văn Thuận, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Cựu chiến binh phường, chuyển ý kiến của nhiều hội viên cao tuổi gặp khó khăn khi làm thủ tục trực tuyến.
Trả lời các kiến nghị, đồng chí Nguyễn Đức Long cho biết phường đã đưa tuyến mương vào danh mục đầu tư năm 2026 với kinh phí dự kiến 2,3 tỷ đồng; về giá đất, phường sẽ tổng hợp ý kiến của Nhân dân, kiến nghị thành phố xem xét. Trung tâm Phục vụ hành chính công phường bố trí 2 tổ công nghệ số cộng đồng hỗ trợ người cao tuổi làm thủ tục.
Phát biểu kết luận, đồng chí Phạm Thị Thanh Hương yêu cầu các phòng chuyên môn giải quyết dứt điểm các kiến nghị trong thẩm quyền trước ngày 30/4/2026; công khai kết quả trên Cổng thông tin điện tử phường; thực hiện tốt Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Đồng chí đề nghị Ủy ban MTTQ phường giám sát việc thực hiện các nội dung đã cam kết. Tại hội nghị, 22/27 kiến nghị đã được trả lời trực tiếp.
Mai Anh
Tin khác
- Phường Thành Đông hoàn thành bầu cử đại biểu Quốc hội và HĐND các cấp (16/03/2026)
- Ra mắt tổ công nghệ số cộng đồng tại các tổ dân phố (20/02/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (26/12/2025)
""",
"2026-03-18",
"Đối thoại với Nhân dân: Trả lời 27 kiến nghị về hạ tầng đô thị và thủ tục đất đai",
E("doi_thoai", "2026", "2026-03-17"),
[
    P("Phạm Thị Thanh Hương", "Thành ủy viên", "Bí thư Đảng ủy phường Thành Đông"),
    P("Nguyễn Đức Long", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
    P("Trần Văn Hải", "Phó Chủ tịch UBND phường"),
    P("Lê Thị Nga", "Phó Chủ tịch UBND phường"),
    P("Vũ Quang Minh", "Phó Chủ tịch UBND phường"),
    P("Bùi Văn Tâm", "ĐUV", "Giám đốc Trung tâm Phục vụ hành chính công phường"),
    P("Trần Văn Mạnh", "Tổ trưởng tổ dân phố số 12"),
    P("Nguyễn Thị Thơm"),
    P("Đinh Văn Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Cựu chiến binh phường"),
],
[
    Q("27 kiến nghị", 27, "kiến nghị"),
    Q("hơn 200 đại biểu, người dân", 200, "đại biểu, người dân", "over"),
    Q("4.780 hồ sơ", 4780, "hồ sơ"),
    Q("96,4%", 96.4, "%"),
    Q("1,8 tỷ đồng", 1800000000, "đồng"),
    Q("11 tuyến ngõ, xóm", 11, "tuyến ngõ, xóm"),
    Q("3 điểm ngập úng", 3, "điểm ngập úng"),
    Q("khoảng 380 m", 380, "m", "approx"),
    Q("45 hộ dân", 45, "hộ dân"),
    Q("12 triệu đồng/m2", 12000000, "đồng"),
    Q("2,3 tỷ đồng", 2300000000, "đồng"),
    Q("2 tổ công nghệ số cộng đồng", 2, "tổ công nghệ số cộng đồng"),
    Q("22/27 kiến nghị", 22, "kiến nghị"),
],
[
    D("Kế hoạch", "09", "KH/ĐU", "2026-01-15", "Ban Thường vụ Đảng ủy phường",
      surface="Kế hoạch số 09-KH/ĐU ngày 15/01/2026 của Ban Thường vụ Đảng ủy phường"),
    D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", surface="Nghị định 59/2023/NĐ-CP của Chính phủ"),
    D("Quyết định", "45", "2025/QĐ-UBND", None, "UBND thành phố Hải Phòng",
      surface="Quyết định số 45/2025/QĐ-UBND của UBND thành phố Hải Phòng"),
    D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 57-NQ/TW của Bộ Chính trị"),
],
[prov("Hải Phòng"), prov("Hải Dương"), com("Thành Đông"), com("Thanh Bình"), com("Tân Bình"), com("Thạch Khôi")],
["Cổng thông tin điện tử phường Thành Đông",
 "Trang chủ | Tin tức | Thông báo | Thủ tục hành chính | Tiếp nhận phản ánh, kiến nghị",
 "Toàn cảnh hội nghị đối thoại. Ảnh: Mai Anh", "Công dân số", "Luật Thực hiện dân chủ ở cơ sở",
 "Trung tâm Phục vụ hành chính công phường"],
["18.03.2026 | 10:45", "năm 2026", "Năm 2025", "tổ dân phố số 12", "tổ dân phố Thạch Khôi 3", "chính quyền địa phương 2 cấp",
 "trước ngày 30/4/2026"],
))

# ---------------------------------------------------------------- b1060
PAGES.append(page(
"b1060-hanoi-xa-bavi-danvankheo-2026",
"""
hanoimoi.vn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Thứ Sáu, 17/4/2026
Chính trị | Xây dựng Đảng | Thời sự | Kinh tế | Đô thị | Xã hội | Văn hóa
Trang chủ › Chính trị › Công tác dân vận
Thứ Năm, 16/4/2026 - 07:30
"Dân vận khéo" ở vùng đồng bào Dao, Mường xã Ba Vì
Người dân thôn Yên Sơn chế biến thuốc Nam. Ảnh: Thanh Hải
(HNM) - Gần một năm sau khi xã Ba Vì mới được thành lập trên cơ sở các xã Ba Vì, Khánh Thượng, Minh Quang, những cách làm "Dân vận khéo" ở vùng đồng bào dân tộc thiểu số dưới chân núi Ba Vì tiếp tục lan tỏa, góp phần giữ ổn định tình hình Nhân dân và thúc đẩy phát triển kinh tế.
Đồng bào Dao ở thôn Yên Sơn có nghề làm thuốc Nam truyền thống. Trước đây, mỗi nhà làm một kiểu, không có nhãn mác, lại có tình trạng tận thu cây thuốc trong rừng quốc gia. Ông Triệu Văn Khuê, người có uy tín thôn Yên Sơn, cùng chi bộ thôn đến từng nhà vận động bà con thành lập hợp tác xã, trồng thêm cây thuốc tại vườn nhà. Đến nay, hợp tác xã có 62 hộ thành viên, trồng được hơn 18 ha cây thuốc; 7 sản phẩm đạt chứng nhận OCOP, thu nhập bình quân của các hộ tham gia tăng khoảng 30% so với trước.
"Lúc đầu nhiều người không tin, sợ góp vốn rồi mất. Chúng tôi phải làm trước, mời bà con đến xem, rồi mới vận động được từng nhà", ông Khuê kể.
Ở vùng đồng bào Mường, mô hình "Hiến đất mở đường, dân làm - dân hưởng" do Chi hội Nông dân thôn Xuân Thọ khởi xướng đã vận động 54 hộ hiến 2.300 m2 đất, đóng góp 420 triệu đồng làm 1,6 km đường liên thôn. Bà Đinh Thị Hường, Chi hội trưởng Chi hội Nông dân thôn Xuân Thọ, cho biết cả thôn bàn bạc công khai nhiều lần, đến khi 100% hộ đồng thuận mới khởi công.
Theo đồng chí Đặng Văn Tiến, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã Ba Vì, thực hiện Kế hoạch số 27-KH/ĐU của Đảng ủy xã, đến nay xã có 15 mô hình "Dân vận khéo", trong đó 3 mô hình được Thành phố công nhận. Các mô hình bám sát Nghị quyết 15-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2045 và Chương trình số 04-CTr/TU của Thành ủy Hà Nội.
Qua nắm tình hình, Nhân dân cơ bản đồng tình với việc sắp xếp đơn vị hành chính; tỷ lệ người dân hài lòng khi làm thủ tục tại Trung tâm Phục vụ hành chính công xã đạt 98,2%. Tuy vậy, vẫn còn ý kiến băn khoăn về việc thu hồi đất làm dự án du lịch, về quy hoạch chi tiết vùng núi Ba Vì. Đồng chí Đinh Văn Lâm, Phó Chủ tịch UBND xã Ba Vì, cho biết xã đã tổ chức 4 buổi đối thoại trực tiếp ở các thôn, tiếp nhận 37 ý kiến, đến nay đã giải quyết, trả lời 33 ý kiến.
Bà Đặng Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã Ba Vì, cho biết trong năm 2025, Mặt trận và các đoàn thể đã vận động xóa 18 căn nhà tạm cho hộ nghèo, mỗi căn hỗ trợ 60 triệu đồng; 14 hộ làm du lịch cộng đồng đón khoảng 30.000 lượt khách mỗi năm.
Ông Triệu Văn Khuê chia sẻ, bà con người Dao giờ đã quen họp thôn, nói thẳng điều mình nghĩ: "Cán bộ về nghe dân nói, việc gì đúng thì làm ngay, dân tin lắm".
Thanh Hải
Tin liên quan
- Hà Nội: Biểu dương 150 mô hình "Dân vận khéo" năm 2025 (28/12/2025)
- Xã Ba Vì ra mắt Hợp tác xã thuốc Nam Dao Yên Sơn (12/03/2026)
- Vận động Nhân dân hiến đất mở đường ở vùng bán sơn địa (05/02/2026)
""",
"2026-04-16",
"\"Dân vận khéo\" ở vùng đồng bào Dao, Mường xã Ba Vì",
E("khac", None, None),
[
    P("Triệu Văn Khuê", "người có uy tín thôn Yên Sơn"),
    P("Đinh Thị Hường", "Chi hội trưởng Chi hội Nông dân thôn Xuân Thọ"),
    P("Đặng Văn Tiến", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Ba Vì"),
    P("Đinh Văn Lâm", "Phó Chủ tịch UBND xã Ba Vì"),
    P("Đặng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ba Vì"),
],
[
    Q("62 hộ thành viên", 62, "hộ thành viên"),
    Q("hơn 18 ha", 18, "ha", "over"),
    Q("7 sản phẩm", 7, "sản phẩm"),
    Q("khoảng 30%", 30, "%", "approx"),
    Q("54 hộ", 54, "hộ"),
    Q("2.300 m2", 2300, "m2"),
    Q("420 triệu đồng", 420000000, "đồng"),
    Q("1,6 km", 1.6, "km"),
    Q("100% hộ", 100, "%"),
    Q("15 mô hình", 15, "mô hình"),
    Q("3 mô hình", 3, "mô hình"),
    Q("98,2%", 98.2, "%"),
    Q("4 buổi đối thoại", 4, "buổi đối thoại"),
    Q("37 ý kiến", 37, "ý kiến"),
    Q("33 ý kiến", 33, "ý kiến"),
    Q("18 căn nhà tạm", 18, "căn nhà tạm"),
    Q("60 triệu đồng", 60000000, "đồng"),
    Q("14 hộ", 14, "hộ"),
    Q("khoảng 30.000 lượt khách", 30000, "lượt khách", "approx"),
],
[
    D("Kế hoạch", "27", "KH/ĐU", None, "Đảng ủy xã", surface="Kế hoạch số 27-KH/ĐU của Đảng ủy xã"),
    D("Nghị quyết", "15", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 15-NQ/TW của Bộ Chính trị"),
    D("Chương trình", "04", "CTr/TU", None, "Thành ủy Hà Nội", surface="Chương trình số 04-CTr/TU của Thành ủy Hà Nội"),
],
[prov("Hà Nội"), com("Ba Vì"), com("Khánh Thượng"), com("Minh Quang")],
["hanoimoi.vn - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội",
 "Chính trị | Xây dựng Đảng | Thời sự | Kinh tế | Đô thị | Xã hội | Văn hóa", "Trang chủ › Chính trị › Công tác dân vận",
 "Người dân thôn Yên Sơn chế biến thuốc Nam. Ảnh: Thanh Hải", "(HNM)", "Dân vận khéo",
 "Hiến đất mở đường, dân làm - dân hưởng", "núi Ba Vì", "OCOP"],
["Thứ Sáu, 17/4/2026", "Gần một năm", "đến năm 2030", "đến năm 2045", "năm 2025", "mỗi năm"],
))
