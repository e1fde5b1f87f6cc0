from lib import *
PAGES = []

PAGES.append(page("b1313-dongnai-xa-quyche-2025", """
Báo Đồng Nai điện tử
Chính trị > Xây dựng Đảng > Dân vận
Cập nhật: 14:05, 10/10/2025 (GMT+7)
Đồng chí Điểu Thị Bé phát biểu tại hội nghị.
Xã Phú Nghĩa triển khai quy chế dân vận trong mô hình chính quyền mới
Sáng 8/10, Đảng ủy xã Phú Nghĩa tổ chức hội nghị quán triệt, triển khai Quy chế công tác dân vận của hệ thống chính trị xã và ký kết quy chế phối hợp giữa Đảng ủy, UBND xã với Ủy ban MTTQ Việt Nam xã. Đồng chí Lê Quang Hải, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy xã Phú Nghĩa chủ trì; dự có đồng chí Điểu Thị Bé, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai.
Xã Phú Nghĩa (trước đây thuộc huyện Bù Gia Mập, tỉnh Bình Phước) hiện có 21 thôn, sóc, trong đó 6 sóc đồng bào S'tiêng sinh sống tập trung; dân số hơn 28.000 người. Sau hơn 3 tháng vận hành chính quyền hai cấp, xã đã ban hành Quy chế số 05-QC/ĐU ngày 15/9/2025 của Ban Chấp hành Đảng bộ xã về công tác dân vận của hệ thống chính trị xã, cụ thể hóa Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng và Quyết định số 1350-QĐ/TU của Tỉnh ủy.
Tại hội nghị, đồng chí Nông Văn Tuấn, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã quán triệt những điểm mới của quy chế, trong đó quy định rõ trách nhiệm của người đứng đầu cấp ủy, chính quyền trong tiếp xúc, đối thoại với nhân dân ít nhất 2 lần mỗi năm; mỗi đảng viên phụ trách 10 hộ gia đình.
Đảng ủy, UBND và Ủy ban MTTQ Việt Nam xã đã ký Quy chế phối hợp số 02-QCPH/ĐU-UBND-MTTQ về công tác dân vận chính quyền và giải quyết kiến nghị của nhân dân. Theo đó, mọi kiến nghị của cử tri phải được trả lời trong thời hạn không quá 30 ngày.
Theo báo cáo nhanh của Ban Xây dựng Đảng Đảng ủy xã, từ ngày 1/7 đến nay xã đã tiếp nhận 412 hồ sơ hành chính trực tuyến và 57 kiến nghị của người dân, đã giải quyết 49 kiến nghị; vận động đồng bào S'tiêng trả lại 3,2 ha đất lấn chiếm hành lang đường tuần tra biên giới. Khối dân vận đã hỗ trợ 215 hộ đồng bào dân tộc thiểu số cài đặt ứng dụng định danh điện tử.
Phát biểu chỉ đạo, đồng chí Điểu Thị Bé đề nghị xã quan tâm đội ngũ người có uy tín; thực hiện tốt Kế hoạch số 18-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận ở vùng đồng bào dân tộc thiểu số. Bà Thị Nhung, người có uy tín sóc Bù Lạch, đại diện đồng bào S'tiêng phát biểu, mong Đảng ủy xã quan tâm cấp đất sản xuất cho 38 hộ thiếu đất.
Phát biểu kết luận, đồng chí Lê Quang Hải giao Ban Xây dựng Đảng Đảng ủy xã theo dõi, đôn đốc việc thực hiện quy chế, định kỳ 6 tháng báo cáo Ban Thường vụ Đảng ủy. Đồng chí nhấn mạnh, trong mô hình chính quyền mới, địa bàn xã rộng hơn, cán bộ phải xuống thôn, sóc nhiều hơn chứ không ngồi chờ dân đến trụ sở.
Tin, ảnh: Quốc Việt
Lượt xem: 486
Tin liên quan
- Đồng Nai: hoàn thành kiện toàn tổ dân vận ở 95 xã, phường (02/10/2025)
- Xã Bù Gia Mập ra mắt mô hình "Sóc không có người vi phạm pháp luật" (25/09/2025)
- Phường Bình Phước tổ chức đối thoại với người dân (18/09/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy tập huấn nghiệp vụ cho cán bộ cấp xã (10/09/2025)
""", "2025-10-10", "Xã Phú Nghĩa triển khai quy chế dân vận trong mô hình chính quyền mới",
E("hoi_nghi", None, "2025-10-08"),
[P("Điểu Thị Bé", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"),
 P("Lê Quang Hải", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Đảng ủy xã Phú Nghĩa"),
 P("Nông Văn Tuấn", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Nhung", "người có uy tín sóc Bù Lạch")],
[Q("21 thôn, sóc", 21, "thôn, sóc"), Q("6 sóc", 6, "sóc"), Q("hơn 28.000 người", 28000, "người", "over"),
 Q("10 hộ gia đình", 10, "hộ gia đình"), Q("412 hồ sơ hành chính trực tuyến", 412, "hồ sơ hành chính trực tuyến"),
 Q("57 kiến nghị", 57, "kiến nghị"), Q("49 kiến nghị", 49, "kiến nghị"), Q("3,2 ha", 3.2, "ha"),
 Q("215 hộ đồng bào dân tộc thiểu số", 215, "hộ đồng bào dân tộc thiểu số"), Q("38 hộ", 38, "hộ")],
[D("Quy chế", "05", "QC/ĐU", "2025-09-15", "Ban Chấp hành Đảng bộ xã", "Quy chế số 05-QC/ĐU ngày 15/9/2025"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương Đảng", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Quyết định", "1350", "QĐ/TU", None, "Tỉnh ủy", "Quyết định số 1350-QĐ/TU"),
 D("Quy chế phối hợp", "02", "QCPH/ĐU-UBND-MTTQ", None, "Đảng ủy, UBND và Ủy ban MTTQ Việt Nam xã", "Quy chế phối hợp số 02-QCPH/ĐU-UBND-MTTQ"),
 D("Kế hoạch", "18", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BTGDVTU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Phú Nghĩa")],
["Báo Đồng Nai điện tử", "Chính trị > Xây dựng Đảng > Dân vận", "Đồng chí Điểu Thị Bé phát biểu tại hội nghị.",
 "Quy chế công tác dân vận của hệ thống chính trị xã", "Lượt xem: 486"],
["Cập nhật: 14:05, 10/10/2025 (GMT+7)", "hơn 3 tháng", "ít nhất 2 lần mỗi năm", "30 ngày", "định kỳ 6 tháng", "Lượt xem: 486"]))

PAGES.append(page("b1314-lamdong-xa-traoqua-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ › Xã hội › Dân tộc - Tôn giáo
20/08/2025 - 17:10
Trao 25 căn nhà đại đoàn kết cho hộ nghèo đồng bào Mnông ở xã Quảng Tân
Ngày 19/8, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng phối hợp với Đảng ủy, UBND xã Quảng Tân tổ chức bàn giao 25 căn nhà đại đoàn kết và trao quà cho hộ nghèo, hộ cận nghèo đồng bào dân tộc thiểu số tại chỗ trên địa bàn xã.
Các đại biểu cắt băng bàn giao nhà cho hộ nghèo ở bon Bu Đắk.
Dự buổi lễ có các đồng chí: Nguyễn Thị Thu Hà, Ka Sang - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng; đồng chí Y Bình Niê, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Thường trực UBND xã Quảng Tân cùng đại diện Công ty cổ phần Cao su Đồng Phú Đắk Nông là đơn vị tài trợ.
Xã Quảng Tân (trước thuộc huyện Tuy Đức, tỉnh Đắk Nông) có 18 thôn, bon, trong đó đồng bào Mnông chiếm khoảng 42% dân số. Đầu năm 2025, toàn xã còn 137 căn nhà tạm, nhà dột nát. Hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", Mặt trận xã đã phối hợp với các đơn vị, doanh nghiệp vận động nguồn lực, đến nay đã hoàn thành 112 căn, số còn lại khởi công trong tháng 8.
Mỗi căn nhà được bàn giao hôm nay có diện tích 48 m2, tổng kinh phí khoảng 60 triệu đồng, trong đó doanh nghiệp hỗ trợ 50 triệu đồng, số còn lại do gia đình, dòng họ góp công, góp vật liệu. Cùng với nhà, mỗi hộ được tặng 1 bộ bàn ghế, 1 bồn chứa nước và 1 phần quà trị giá 1 triệu đồng.
Tại buổi lễ, đoàn cũng trao 150 phần quà cho hộ nghèo, học sinh khó khăn của xã, mỗi phần trị giá 500.000 đồng; trao 20 chiếc xe đạp cho học sinh người Mnông ở xa trường.
Đồng chí Điểu Xuân, Bí thư Chi bộ bon Bu Đắk xúc động cho biết: "Trước đây bà con ở nhà tranh tre, mùa mưa dột khắp nơi. Nay có nhà mới, bà con yên tâm làm rẫy, cho con đi học đầy đủ".
Phát biểu tại buổi lễ, bà Ka Sang đề nghị cấp ủy, chính quyền xã Quảng Tân tiếp tục rà soát, hoàn thành xóa nhà tạm trước ngày 31/8 theo Kế hoạch số 58-KH/TU của Ban Thường vụ Tỉnh ủy; thực hiện Quyết định số 32/2025/QĐ-UBND của UBND tỉnh về mức hỗ trợ xây dựng nhà ở; hướng dẫn các hộ sử dụng nhà ở đúng mục đích, không sang nhượng; gắn việc xóa nhà tạm với vận động đồng bào làm nhà vệ sinh, chuồng trại hợp vệ sinh.
Theo ông Y Bình Niê, sau sáp nhập, diện tích tự nhiên của xã rộng gần gấp đôi, cán bộ Mặt trận phải "ba bám" với dân mới nắm được từng hộ. Trong tháng 7 và tháng 8, Ủy ban MTTQ Việt Nam xã đã tổ chức 14 đợt ra quân cùng đoàn viên thanh niên, bộ đội Đồn Biên phòng Bu Prăng giúp 38 hộ dựng khung nhà, chở vật liệu vào các bon xa.
Ngọc Minh
Lượt xem: 1.325
Tin khác
- Lâm Đồng: xóa nhà tạm ở 124 xã, phường mới (15/08/2025)
- Xã Đắk Wil trao quà cho gia đình chính sách (08/08/2025)
- Người có uy tín ở bon Bu Prăng giữ vững biên cương (30/07/2025)
- Ủy ban MTTQ tỉnh ra mắt sau hợp nhất (22/07/2025)
""", "2025-08-20", "Trao 25 căn nhà đại đoàn kết cho hộ nghèo đồng bào Mnông ở xã Quảng Tân",
E("trao_qua", None, "2025-08-19"),
[P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"),
 P("Ka Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"),
 P("Y Bình Niê", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch Thường trực UBND xã Quảng Tân"),
 P("Điểu Xuân", "Bí thư Chi bộ bon Bu Đắk")],
[Q("25 căn nhà đại đoàn kết", 25, "căn nhà đại đoàn kết"), Q("18 thôn, bon", 18, "thôn, bon"), Q("khoảng 42%", 42, "%", "approx"),
 Q("137 căn nhà tạm, nhà dột nát", 137, "căn nhà tạm, nhà dột nát"), Q("112 căn", 112, "căn"), Q("48 m2", 48, "m2"),
 Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"), Q("50 triệu đồng", 50000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("150 phần quà", 150, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp"),
 Q("14 đợt ra quân", 14, "đợt ra quân"), Q("38 hộ", 38, "hộ")],
[D("Kế hoạch", "58", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 58-KH/TU"),
 D("Quyết định", "32", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 32/2025/QĐ-UBND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Tân")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ › Xã hội › Dân tộc - Tôn giáo", "Các đại biểu cắt băng bàn giao nhà cho hộ nghèo ở bon Bu Đắk.",
 "Công ty cổ phần Cao su Đồng Phú Đắk Nông", "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", "Đồn Biên phòng Bu Prăng", "ba bám", "Lượt xem: 1.325"],
["20/08/2025 - 17:10", "1 bộ bàn ghế", "1 bồn chứa nước", "1 phần quà", "Đầu năm 2025", "tháng 8", "31/8", "gần gấp đôi", "tháng 7 và tháng 8", "Lượt xem: 1.325"]))

PAGES.append(page("b1315-camau-xa-giaoban-thang10-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH LỘC - TỈNH CÀ MAU
Trang chủ | Tin tức - Sự kiện | Hoạt động Đảng ủy
07/11/2025 09:15
Khối dân vận xã Vĩnh Lộc giao ban tháng 10
Ngày 5/11/2025, Ban Xây dựng Đảng Đảng ủy xã Vĩnh Lộc tổ chức họp giao ban công tác dân vận tháng 10/2025 với Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội. Đồng chí Lâm Thị Sa Ngọc, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã chủ trì.
Ảnh: Quang cảnh cuộc họp giao ban.
Theo báo cáo, trong tháng, Mặt trận và các đoàn thể đã phối hợp tuyên truyền Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 đến 23 ấp; tổ chức 31 cuộc sinh hoạt chi hội với 1.480 lượt hội viên tham dự. Hội Nông dân phối hợp Ngân hàng Chính sách xã hội giải ngân 3,45 tỷ đồng cho 86 hộ vay vốn nuôi tôm - lúa. Xã đã vận động 17 hộ tháo dỡ lều quán lấn chiếm hành lang kênh xáng Quản Lộ - Phụng Hiệp.
Về công tác nắm tình hình, khối dân vận ghi nhận 9 ý kiến, kiến nghị của người dân, chủ yếu về giá lúa thấp, đường nông thôn xuống cấp sau mưa lớn; đã chuyển UBND xã xem xét 7 ý kiến. Đồng bào Khmer ở 4 ấp đang chuẩn bị lễ dâng y Kathina tại các chùa; Ban Xây dựng Đảng đã cùng Mặt trận xã thăm, tặng quà 3 chùa Phật giáo Nam tông Khmer trên địa bàn, trị giá 6 triệu đồng.
Cán bộ các đoàn thể cũng nêu khó khăn: sau khi sáp nhập xã Vĩnh Lộc với xã Vĩnh Lộc A (trước thuộc tỉnh Bạc Liêu, nay thuộc tỉnh Cà Mau), địa bàn rộng, nhiều ấp cách trụ sở trên 15 km; kinh phí hoạt động của chi hội còn hạn chế; một số chi hội trưởng lớn tuổi, chưa sử dụng thành thạo điện thoại thông minh để nắm tình hình qua nhóm Zalo.
Các đồng chí Thạch Sang - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã; Nguyễn Thị Kiều Oanh - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã đã báo cáo kết quả công tác của tổ chức mình và đăng ký nhiệm vụ tháng 11.
Kết luận cuộc họp, đồng chí Lâm Thị Sa Ngọc đề nghị tháng 11 tập trung triển khai Chương trình hành động số 03-CTr/ĐU của Đảng ủy xã thực hiện Nghị quyết Đại hội; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 23 ấp gắn với kỷ niệm 95 năm Ngày thành lập Mặt trận Tổ quốc Việt Nam; phối hợp rà soát hộ nghèo, hộ cận nghèo năm 2025 bảo đảm công khai, dân chủ. Đồng chí lưu ý mỗi cán bộ khối dân vận phải phụ trách một ấp, mỗi tuần ít nhất một lần xuống ấp nắm tình hình.
Hồng Nhung
Lượt xem: 218
Tin liên quan
- Đảng ủy xã Vĩnh Lộc ra mắt Ban Xây dựng Đảng (15/07/2025)
- Xã Vĩnh Lộc tổ chức đối thoại với nông dân nuôi tôm (25/10/2025)
- Trao 12 căn nhà đại đoàn kết cho hộ nghèo (10/10/2025)
- Giao ban khối dân vận tháng 9/2025 (06/10/2025)
""", "2025-11-07", "Khối dân vận xã Vĩnh Lộc giao ban tháng 10",
E("giao_ban", "2025-10", "2025-11-05"),
[P("Lâm Thị Sa Ngọc", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Thạch Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Thị Kiều Oanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("23 ấp", 23, "ấp"), Q("31 cuộc sinh hoạt chi hội", 31, "cuộc sinh hoạt chi hội"), Q("1.480 lượt hội viên", 1480, "lượt hội viên"),
 Q("3,45 tỷ đồng", 3450000000, "đồng"), Q("86 hộ", 86, "hộ"), Q("17 hộ", 17, "hộ"), Q("9 ý kiến, kiến nghị", 9, "ý kiến, kiến nghị"),
 Q("7 ý kiến", 7, "ý kiến"), Q("4 ấp", 4, "ấp"), Q("3 chùa Phật giáo Nam tông Khmer", 3, "chùa Phật giáo Nam tông Khmer"),
 Q("6 triệu đồng", 6000000, "đồng"), Q("trên 15 km", 15, "km", "over")],
[D("Chương trình hành động", "03", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 03-CTr/ĐU")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Vĩnh Lộc"), com("Vĩnh Lộc A")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH LỘC - TỈNH CÀ MAU", "Trang chủ | Tin tức - Sự kiện | Hoạt động Đảng ủy", "Ảnh: Quang cảnh cuộc họp giao ban.",
 "Nghị quyết Đại hội Đảng bộ xã lần thứ I", "Ngân hàng Chính sách xã hội", "Ngày hội Đại đoàn kết toàn dân tộc", "Zalo", "Lượt xem: 218"],
["07/11/2025 09:15", "tháng 10/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "tháng 11", "95 năm", "năm 2025", "Lượt xem: 218"]))

PAGES.append(page("b1316-hungyen-xa-doithoai-2025", """
BÁO HƯNG YÊN ĐIỆN TỬ
Trang chủ » Chính trị » Dân vận - Mặt trận
Thứ Sáu, 05/12/2025
Bí thư Đảng ủy xã Tiền Hải đối thoại với nhân dân
Chiều 3/12, Ban Thường vụ Đảng ủy xã Tiền Hải phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Hội nghị do đồng chí Phạm Văn Hưởng, Bí thư Đảng ủy xã Tiền Hải và đồng chí Vũ Thị Thanh Huyền, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì.
Đồng chí Phạm Văn Hưởng trả lời ý kiến của cử tri.
Xã Tiền Hải được thành lập trên cơ sở sáp nhập thị trấn Tiền Hải và các xã Tây Giang, Tây Sơn, Phương Công (trước thuộc tỉnh Thái Bình), nay là một trong những xã có dân số đông nhất tỉnh Hưng Yên với hơn 47.000 người. Tham dự buổi đối thoại có 160 đại biểu là bí thư chi bộ, trưởng thôn, trưởng ban công tác Mặt trận và người dân tiêu biểu của 32 thôn, tổ dân phố.
Mở đầu hội nghị, đồng chí Đỗ Văn Thịnh, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã báo cáo tổng hợp 26 ý kiến, kiến nghị của nhân dân gửi trước đến hội nghị; đã có 19 ý kiến được UBND xã trả lời bằng văn bản. Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân, Ban Thường vụ Đảng ủy xã đã ban hành Kế hoạch số 27-KH/ĐU ngày 10/11/2025 tổ chức đối thoại.
Tại hội nghị, 14 lượt người dân phát biểu. Ông Nguyễn Văn Cảnh, thôn Đông Quý, đề nghị làm rõ việc sử dụng trụ sở UBND các xã cũ sau sắp xếp, tránh lãng phí; bà Trần Thị Lan, tổ dân phố Trung Thành, phản ánh việc đi lại làm thủ tục hành chính xa hơn trước. Một số ý kiến đề nghị đẩy nhanh tiến độ dự án đường bộ ven biển, sớm chi trả 2,8 tỷ đồng tiền bồi thường còn lại cho 63 hộ có đất bị thu hồi.
Trả lời các ý kiến, đồng chí Vũ Thị Thanh Huyền cho biết UBND xã đã bố trí 2 điểm tiếp nhận hồ sơ tại trụ sở các xã cũ Tây Giang và Phương Công, hoạt động vào thứ Ba và thứ Năm hằng tuần; trụ sở dôi dư sẽ chuyển làm nhà văn hóa, điểm trường theo Quyết định số 1876/QĐ-UBND ngày 8/9/2025 của UBND tỉnh. Với tiền bồi thường, xã đã đề nghị Ban Quản lý dự án chi trả trước ngày 20/12.
Kết luận hội nghị, đồng chí Phạm Văn Hưởng khẳng định Đảng ủy xã sẽ duy trì đối thoại định kỳ 6 tháng một lần; giao Ủy ban MTTQ Việt Nam xã giám sát việc giải quyết các kiến nghị đã tiếp thu, công khai kết quả trên hệ thống loa truyền thanh và trang thông tin điện tử của xã.
Nguyễn Thơm
Lượt xem: 873
Tin cùng chuyên mục
- Xã Thái Thụy tổ chức đối thoại với ngư dân (28/11/2025)
- Hưng Yên: 104 xã, phường hoàn thành đối thoại năm 2025 (24/11/2025)
- Phường Phố Hiến ra mắt tổ dân vận (15/11/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy kiểm tra tại xã Đông Hưng (07/11/2025)
""", "2025-12-05", "Bí thư Đảng ủy xã Tiền Hải đối thoại với nhân dân",
E("doi_thoai", "2025", "2025-12-03"),
[P("Phạm Văn Hưởng", "Bí thư Đảng ủy xã Tiền Hải"),
 P("Vũ Thị Thanh Huyền", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đỗ Văn Thịnh", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Cảnh"), P("Trần Thị Lan")],
[Q("hơn 47.000 người", 47000, "người", "over"), Q("160 đại biểu", 160, "đại biểu"), Q("32 thôn, tổ dân phố", 32, "thôn, tổ dân phố"),
 Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"), Q("19 ý kiến", 19, "ý kiến"), Q("14 lượt người dân", 14, "lượt người dân"),
 Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("63 hộ", 63, "hộ"), Q("2 điểm tiếp nhận hồ sơ", 2, "điểm tiếp nhận hồ sơ")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "27", "KH/ĐU", "2025-11-10", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 27-KH/ĐU ngày 10/11/2025"),
 D("Quyết định", "1876", "QĐ-UBND", "2025-09-08", "UBND tỉnh", "Quyết định số 1876/QĐ-UBND ngày 8/9/2025")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Tiền Hải"), com("Tây Giang"), com("Tây Sơn"), com("Phương Công")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Trang chủ » Chính trị » Dân vận - Mặt trận", "Đồng chí Phạm Văn Hưởng trả lời ý kiến của cử tri.",
 "Ban Quản lý dự án", "Lượt xem: 873"],
["Thứ Sáu, 05/12/2025", "năm 2025", "20/12", "6 tháng một lần", "thứ Ba và thứ Năm", "Lượt xem: 873"]))

PAGES.append(page("b1317-vinhlong-phuong-tongket-2026", """
BÁO VĨNH LONG ONLINE
Hôm nay: Thứ Hai, 12/01/2026
Trang chủ / Chính trị / Dân vận
09/01/2026 - 10:05
Phường Nguyệt Hóa triển khai nhiệm vụ công tác dân vận năm 2026
Ngày 7/1/2026, Đảng ủy phường Nguyệt Hóa tổ chức hội nghị tổng kết công tác dân vận, Mặt trận và các tổ chức chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026.
Toàn cảnh hội nghị.
Dự hội nghị có đồng chí Kim Thị Sà Ranh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long; đồng chí Nguyễn Hoàng Phúc, Bí thư Đảng ủy phường Nguyệt Hóa chủ trì hội nghị.
Phường Nguyệt Hóa (trước thuộc tỉnh Trà Vinh) được hình thành từ xã Nguyệt Hóa và một phần xã Long Đức cũ, có 14 khóm, ấp với 9.260 hộ, trong đó 2.870 hộ đồng bào Khmer. Năm 2025, trong điều kiện vừa sắp xếp bộ máy, vừa vận hành chính quyền hai cấp, khối dân vận phường đã tham mưu Đảng ủy ban hành Chỉ thị số 02-CT/ĐU và Chỉ thị số 03-CT/ĐU về tăng cường công tác dân vận trong thực hiện nhiệm vụ chính trị ở khóm, ấp và về vận động đồng bào Khmer giữ gìn an ninh trật tự dịp lễ, Tết.
Ủy ban MTTQ Việt Nam phường vận động Quỹ "Vì người nghèo" được 1,26 tỷ đồng; xây mới và sửa chữa 41 căn nhà đại đoàn kết; trao 3.150 phần quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách nhân dịp Tết Nguyên đán và lễ Chôl Chnăm Thmây. 100% khóm, ấp có tổ dân vận; 28 mô hình "Dân vận khéo" được công nhận, trong đó 6 mô hình ở khóm, ấp có đông đồng bào Khmer. Các tổ hòa giải đã hòa giải thành 42/47 vụ việc, đạt 89,4%.
Tham luận tại hội nghị, Đại đức Thạch Sô Phanh, trụ trì chùa Ông Mẹt, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh chia sẻ về việc vận động các chùa tổ chức lớp dạy chữ Khmer hè; ông Sơn Văn Nhựt, người có uy tín khóm 4 nêu cách làm trong vận động bà con không tái trồng cây trên hành lang an toàn giao thông.
Phát biểu chỉ đạo, đồng chí Kim Thị Sà Ranh đánh giá cao kết quả phường đạt được; lưu ý phường sớm cụ thể hóa Kết luận số 120-KL/TW, Kết luận số 121-KL/TW của Bộ Chính trị, Ban Bí thư bằng chương trình, kế hoạch phù hợp với đô thị loại II; chủ động nắm tình hình dư luận trước Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Năm 2026, phường đặt mục tiêu xây dựng thêm 10 mô hình "Dân vận khéo", giảm 50% số hộ nghèo theo chuẩn mới, vận động xây dựng 30 căn nhà đại đoàn kết.
Dịp này, Đảng ủy phường khen thưởng 7 tập thể, 15 cá nhân xuất sắc trong công tác dân vận năm 2025.
Hữu Thọ
Tin liên quan
- Vĩnh Long: tổng kết công tác Mặt trận năm 2025 (06/01/2026)
- Phường Long Đức ra mắt tổ dân vận khóm (28/12/2025)
- Trao quà cho đồng bào Khmer khó khăn ở xã Hòa Thuận (20/12/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý IV (15/12/2025)
""", "2026-01-09", "Phường Nguyệt Hóa triển khai nhiệm vụ công tác dân vận năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("Kim Thị Sà Ranh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long"),
 P("Nguyễn Hoàng Phúc", "Bí thư Đảng ủy phường Nguyệt Hóa"),
 P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Ông Mẹt", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Văn Nhựt", "người có uy tín khóm 4")],
[Q("14 khóm, ấp", 14, "khóm, ấp"), Q("9.260 hộ", 9260, "hộ"), Q("2.870 hộ đồng bào Khmer", 2870, "hộ đồng bào Khmer"),
 Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("41 căn nhà đại đoàn kết", 41, "căn nhà đại đoàn kết"), Q("3.150 phần quà", 3150, "phần quà"),
 Q("100%", 100, "%"), Q("28 mô hình", 28, "mô hình"), Q("6 mô hình", 6, "mô hình"), Q("42/47 vụ việc", 42, "vụ việc"), Q("89,4%", 89.4, "%"),
 Q("10 mô hình", 10, "mô hình"), Q("50%", 50, "%"), Q("30 căn nhà đại đoàn kết", 30, "căn nhà đại đoàn kết"),
 Q("7 tập thể", 7, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "02", "CT/ĐU", None, "Đảng ủy", "Chỉ thị số 02-CT/ĐU"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Đảng ủy", "Chỉ thị số 03-CT/ĐU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 120-KL/TW"),
 D("Kết luận", "121", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 121-KL/TW")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Long Đức")],
["BÁO VĨNH LONG ONLINE", "Hôm nay: Thứ Hai, 12/01/2026", "Trang chủ / Chính trị / Dân vận", "Toàn cảnh hội nghị.", "Vì người nghèo",
 "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chôl Chnăm Thmây"],
["09/01/2026 - 10:05", "năm 2025", "năm 2026", "Năm 2026", "khóm 4", "đô thị loại II", "lần thứ XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b1318-phutho-btgdv-taphuan-2026", """
Báo và Phát thanh, Truyền hình Phú Thọ
Thời sự › Chính trị › Xây dựng Đảng
13/03/2026 | 07:45
Ảnh: Đồng chí Đinh Thị Thoa quán triệt chuyên đề tại lớp tập huấn.
Bồi dưỡng nghiệp vụ cho 296 cán bộ làm công tác dân vận cấp xã
Trong 2 ngày 11 và 12/3, Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2026 cho 296 học viên là trưởng, phó ban xây dựng Đảng, cán bộ phụ trách dân vận của Đảng ủy các xã, phường và cán bộ Ủy ban MTTQ Việt Nam cấp xã trên địa bàn tỉnh.
Lớp tập huấn được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tại 3 điểm cầu: Hội trường Tỉnh ủy tại phường Việt Trì, điểm cầu phường Vĩnh Phúc và điểm cầu phường Hòa Bình.
Phát biểu khai mạc, đồng chí Bùi Văn Khương, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết: sau hợp nhất 3 tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình, toàn tỉnh có 148 xã, phường; đội ngũ làm công tác dân vận ở cơ sở phần lớn mới được phân công, nhiều đồng chí trước đây công tác ở lĩnh vực khác. Vì vậy, việc bồi dưỡng kỹ năng vận động quần chúng, kỹ năng đối thoại, nắm bắt dư luận xã hội trên không gian mạng là yêu cầu cấp thiết.
Trong chương trình, các học viên được nghe đồng chí Đinh Thị Thoa, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy quán triệt Quy định số 304-QĐ/TW ngày 27/6/2025 của Ban Bí thư và Hướng dẫn số 08-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương; đồng chí Lê Minh Đức, Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn triển khai Kế hoạch số 42-KH/BTGDVTU ngày 15/1/2026 về thi đua "Dân vận khéo" năm 2026 và cách xây dựng, đánh giá mô hình; đồng chí Hà Văn Quyết, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh giới thiệu quy trình giám sát, phản biện xã hội ở cấp xã sau khi các đoàn thể trực thuộc Mặt trận.
Theo số liệu của Ban Tuyên giáo và Dân vận Tỉnh ủy, năm 2025 toàn tỉnh công nhận 1.126 mô hình, điển hình "Dân vận khéo"; khối dân vận các cấp tiếp nhận 2.415 đơn thư, kiến nghị, đã phối hợp giải quyết 2.238 đơn, đạt 92,7%.
Tại buổi thảo luận, đồng chí Xa Thị Mến, Trưởng Ban Xây dựng Đảng Đảng ủy xã Đà Bắc, chia sẻ kinh nghiệm vận động 45 hộ đồng bào Mường, Dao di dời khỏi vùng nguy cơ sạt lở sau bão số 3; đồng chí Nguyễn Văn Tấn, Phó Trưởng Ban Xây dựng Đảng Đảng ủy phường Phúc Yên nêu khó khăn khi nắm tình hình ở các khu đô thị mới, khu nhà ở công nhân.
Kết thúc lớp học, học viên làm bài thu hoạch; 100% đạt yêu cầu.
Thu Hường
Lượt xem: 1.540
Tin liên quan
- Phú Thọ: tổng kết công tác tuyên giáo và dân vận năm 2025 (08/01/2026)
- Xã Cao Phong ra mắt tổ dân vận xóm (20/02/2026)
- Phường Vĩnh Yên tổ chức đối thoại với người dân (05/03/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy kiểm tra tại xã Tân Lạc (26/02/2026)
""", "2026-03-13", "Bồi dưỡng nghiệp vụ cho 296 cán bộ làm công tác dân vận cấp xã",
E("tap_huan", "2026", "2026-03-11"),
[P("Đinh Thị Thoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bùi Văn Khương", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Minh Đức", "Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hà Văn Quyết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Xa Thị Mến", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Đà Bắc"),
 P("Nguyễn Văn Tấn", "Phó Trưởng Ban Xây dựng Đảng Đảng ủy phường Phúc Yên")],
[Q("296 cán bộ", 296, "cán bộ"), Q("3 điểm cầu", 3, "điểm cầu"), Q("148 xã, phường", 148, "xã, phường"),
 Q("1.126 mô hình, điển hình", 1126, "mô hình, điển hình"), Q("2.415 đơn thư, kiến nghị", 2415, "đơn thư, kiến nghị"),
 Q("2.238 đơn", 2238, "đơn"), Q("92,7%", 92.7, "%"), Q("45 hộ đồng bào Mường, Dao", 45, "hộ đồng bào Mường, Dao"), Q("100%", 100, "%")],
[D("Quy định", "304", "QĐ/TW", "2025-06-27", "Ban Bí thư", "Quy định số 304-QĐ/TW ngày 27/6/2025"),
 D("Hướng dẫn", "08", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 08-HD/BTGDVTW"),
 D("Kế hoạch", "42", "KH/BTGDVTU", "2026-01-15", None, "Kế hoạch số 42-KH/BTGDVTU ngày 15/1/2026")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Việt Trì"), com("Vĩnh Phúc"), com("Hòa Bình"), com("Đà Bắc"), com("Phúc Yên")],
["Báo và Phát thanh, Truyền hình Phú Thọ", "Thời sự › Chính trị › Xây dựng Đảng", "Ảnh: Đồng chí Đinh Thị Thoa quán triệt chuyên đề tại lớp tập huấn.",
 "Hội trường Tỉnh ủy", "Dân vận khéo", "Lượt xem: 1.540"],
["13/03/2026 | 07:45", "Trong 2 ngày", "11 và 12/3", "năm 2026", "năm 2025", "3 tỉnh", "bão số 3"]))
