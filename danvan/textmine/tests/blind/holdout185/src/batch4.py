from lib import *
PAGES = []

PAGES.append(page("b4415-haiduong-soket-2024", """
BAN DÂN VẬN TỈNH ỦY HẢI DƯƠNG
You are here: Trang chủ / Tin tức / Hoạt động khối dân vận
Thứ Ba, 09/07/2024 - 10:30
Quang cảnh hội nghị. Ảnh: Thành Chung
Sơ kết công tác dân vận 6 tháng đầu năm và 3 năm thực hiện Quyết định 23-QĐ/TW
Ngày 08/7/2024, Ban Dân vận Tỉnh ủy Hải Dương tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024 và sơ kết 3 năm thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị. Đồng chí Phạm Thị Hồng Nhung, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Trưởng Ban Dân vận cấp huyện: Vũ Văn Tuấn (Kinh Môn), Nguyễn Thị Lan (Chí Linh), Đỗ Văn Hiếu (Thanh Hà).
6 tháng đầu năm, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 215-KH/TU ngày 05/3/2024 tổng kết 10 năm thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị; Chỉ thị số 34, 35-CT/TU về công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm và về vận động nhân dân thực hiện Luật Thực hiện dân chủ ở cơ sở. Ban Dân vận Tỉnh ủy cũng ban hành Hướng dẫn số 62-HD/BDVTU và các Công văn số 1120, 1121, 1126-CV/BDVTU hướng dẫn cấp huyện sơ kết Quyết định 23-QĐ/TW.
Qua 3 năm, 12/12 huyện ủy, thị ủy, thành ủy và 207/207 đảng bộ xã, phường, thị trấn đã ban hành quy chế công tác dân vận mới; có 2.815 mô hình "Dân vận khéo", trong đó 195 mô hình cấp tỉnh, 748 mô hình cấp huyện. Riêng 6 tháng đầu năm, nhân dân hiến 58.300 m2 đất, bàn giao 312 ha mặt bằng cho các dự án vành đai 5, khu công nghiệp; đóng góp gần 96 tỷ đồng làm đường giao thông. Chính quyền các cấp tổ chức 326 cuộc đối thoại với nhân dân, tiếp nhận 1.418 ý kiến; không để phát sinh điểm nóng.
Tại hội nghị, đồng chí Vũ Văn Tuấn cho biết thị xã Kinh Môn đã vận động 486 hộ ở phường Phú Thứ, xã Minh Hòa bàn giao mặt bằng; bà Lê Thị Thảo, Chủ tịch Ủy ban MTTQ Việt Nam xã Thanh Xuân, huyện Thanh Hà, đề nghị có cơ chế hỗ trợ hộ trồng vải khi thu hồi đất.
Kết luận hội nghị, đồng chí Phạm Thị Hồng Nhung đề nghị 6 tháng cuối năm tập trung thực hiện Kết luận số 69-KL/TW ngày 29/01/2024 của Ban Bí thư và Chỉ thị số 36-CT/TW của Bộ Chính trị; hoàn thành tổng kết 10 năm Quyết định 217, 218 trước ngày 30/9/2024; tham mưu công tác dân vận phục vụ đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030. Dịp này, 9 tập thể, 14 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen.
Thành Chung
Lượt xem: 697
Tin liên quan
- Ninh Giang: giao ban khối dân vận quý II/2024 (02/07/2024)
- Hội thảo phát huy vai trò của người có uy tín (20/06/2024)
""", "2024-07-09", "Sơ kết công tác dân vận 6 tháng đầu năm và 3 năm thực hiện Quyết định 23-QĐ/TW",
E("so_ket", "2024-H1", "2024-07-08"),
[P("Phạm Thị Hồng Nhung", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Vũ Văn Tuấn", "Trưởng Ban Dân vận cấp huyện"),
 P("Nguyễn Thị Lan", "Trưởng Ban Dân vận cấp huyện"),
 P("Đỗ Văn Hiếu", "Trưởng Ban Dân vận cấp huyện"),
 P("Lê Thị Thảo", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thanh Xuân")],
[Q("12/12 huyện ủy, thị ủy, thành ủy", 12, "huyện ủy, thị ủy, thành ủy"), Q("207/207 đảng bộ xã, phường, thị trấn", 207, "đảng bộ xã, phường, thị trấn"),
 Q("2.815 mô hình", 2815, "mô hình"), Q("195 mô hình cấp tỉnh", 195, "mô hình cấp tỉnh"), Q("748 mô hình cấp huyện", 748, "mô hình cấp huyện"),
 Q("58.300 m2", 58300, "m2"), Q("312 ha", 312, "ha"), Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"),
 Q("326 cuộc đối thoại", 326, "cuộc đối thoại"), Q("1.418 ý kiến", 1418, "ý kiến"), Q("486 hộ", 486, "hộ"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "215", "KH/TU", "2024-03-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 215-KH/TU ngày 05/3/2024"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW"),
 D("Chỉ thị", "34", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 34, 35-CT/TU"),
 D("Chỉ thị", "35", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 34, 35-CT/TU"),
 D("Hướng dẫn", "62", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 62-HD/BDVTU"),
 D("Công văn", "1120", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 1120, 1121, 1126-CV/BDVTU"),
 D("Công văn", "1121", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 1120, 1121, 1126-CV/BDVTU"),
 D("Công văn", "1126", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 1120, 1121, 1126-CV/BDVTU"),
 D("Kết luận", "69", "KL/TW", "2024-01-29", "Ban Bí thư", "Kết luận số 69-KL/TW ngày 29/01/2024"),
 D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 36-CT/TW")],
[prov("Hải Dương"), com("Phú Thứ"), com("Minh Hòa"), com("Thanh Xuân")],
["BAN DÂN VẬN TỈNH ỦY HẢI DƯƠNG", "You are here: Trang chủ / Tin tức / Hoạt động khối dân vận", "Quang cảnh hội nghị. Ảnh: Thành Chung",
 "Quy chế công tác dân vận của hệ thống chính trị", "Luật Thực hiện dân chủ ở cơ sở", "Dân vận khéo", "Lượt xem: 697"],
["Thứ Ba, 09/07/2024 - 10:30", "6 tháng đầu năm", "6 tháng cuối năm 2024", "3 năm", "10 năm", "vành đai 5", "30/9/2024", "nhiệm kỳ 2025 - 2030", "Lượt xem: 697"]))

PAGES.append(page("b4416-binhphuoc-daihoi-2024", """
Trang thông tin điện tử xã Lộc Thành - huyện Lộc Ninh - tỉnh Bình Phước
Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể
Cập nhật lúc 16:50 ngày 22/06/2024
Đại hội đại biểu MTTQ Việt Nam xã Lộc Thành lần thứ XII, nhiệm kỳ 2024 - 2029
Ngày 21/6/2024, Ủy ban MTTQ Việt Nam xã Lộc Thành tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XII, nhiệm kỳ 2024 - 2029. Về dự có đồng chí Điểu Thị Hằng, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Lộc Ninh; đồng chí Nguyễn Văn Lực, Bí thư Đảng ủy xã; cùng 98 đại biểu đại diện cho hơn 11.200 nhân khẩu của 10 ấp, trong đó có 36 đại biểu là đồng bào S'tiêng, Khmer.
Đoàn Chủ tịch điều hành đại hội.
Báo cáo chính trị tại đại hội nêu rõ, nhiệm kỳ 2019 - 2024, Mặt trận xã đã cụ thể hóa Nghị quyết Đại hội IX MTTQ Việt Nam, Kế hoạch số 142-KH/ĐU ngày 10/5/2021 của Đảng ủy xã thực hiện Kết luận số 35, 36-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao vai trò của Mặt trận và các đoàn thể. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai sâu rộng: 2.846/2.910 hộ đạt gia đình văn hóa, chiếm 97,8%; 10/10 ấp giữ vững danh hiệu khu dân cư văn hóa. Quỹ "Vì người nghèo" các cấp vận động được 1,48 tỷ đồng, xây 21 căn nhà đại đoàn kết, mỗi căn 60 triệu đồng; hộ nghèo giảm từ 82 hộ xuống còn 9 hộ.
Các tổ chức thành viên phối hợp vận động đồng bào S'tiêng ở ấp Cần Dực, ấp Bù Núi hiến 4.200 m2 đất làm 3 tuyến đường liên ấp dài 2,6 km; Ban Thanh tra nhân dân xã tiếp nhận 12 đơn thư, đã giải quyết 11 đơn. Bà Thị Nghiêm, người có uy tín ấp Bù Núi, được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen.
Mặt trận xã thực hiện 27 cuộc giám sát theo Quyết định 217-QĐ/TW, 5 hội nghị phản biện xã hội; tiếp nhận 64 ý kiến, kiến nghị của cử tri và chuyển đến cơ quan có thẩm quyền.
Phát biểu chỉ đạo, đồng chí Điểu Thị Hằng đề nghị Mặt trận xã thực hiện tốt Chương trình hành động số 05-CTr/MTTW-ĐCT của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 67-KH/HU của Ban Thường vụ Huyện ủy; phát huy vai trò của 18 người có uy tín trong đồng bào dân tộc thiểu số.
Đại hội hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa XII; ông Thạch Sóc Phon, Phó Bí thư Đảng ủy xã được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Lộc Thành khóa XII; các ông, bà: Điểu Lanh, Lâm Thị Sa Ra được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội bầu 6 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XII.
Thiên Trang
Lượt xem: 264
Tin khác
- Hội Nông dân xã sơ kết 6 tháng (15/06/2024)
- Ra mắt mô hình "Ấp không có ma túy" tại ấp Cần Dực (30/05/2024)
""", "2024-06-22", "Đại hội đại biểu MTTQ Việt Nam xã Lộc Thành lần thứ XII, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-06-21"),
[P("Điểu Thị Hằng", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Lộc Ninh"),
 P("Nguyễn Văn Lực", "Bí thư Đảng ủy xã"),
 P("Thạch Sóc Phon", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lộc Thành khóa XII"),
 P("Điểu Lanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lâm Thị Sa Ra", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Nghiêm", "người có uy tín ấp Bù Núi")],
[Q("98 đại biểu", 98, "đại biểu"), Q("hơn 11.200 nhân khẩu", 11200, "nhân khẩu", "over"), Q("10 ấp", 10, "ấp"),
 Q("36 đại biểu", 36, "đại biểu"), Q("2.846/2.910 hộ", 2846, "hộ"), Q("97,8%", 97.8, "%"), Q("10/10 ấp", 10, "ấp"),
 Q("1,48 tỷ đồng", 1480000000, "đồng"), Q("21 căn nhà đại đoàn kết", 21, "căn nhà đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("82 hộ", 82, "hộ"), Q("9 hộ", 9, "hộ"), Q("27 cuộc giám sát", 27, "cuộc giám sát"), Q("5 hội nghị phản biện xã hội", 5, "hội nghị phản biện xã hội"),
 Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"), Q("18 người có uy tín", 18, "người có uy tín"), Q("37 vị", 37, "vị"),
 Q("6 đại biểu", 6, "đại biểu"), Q("4.200 m2", 4200, "m2"), Q("3 tuyến đường liên ấp", 3, "tuyến đường liên ấp"),
 Q("2,6 km", 2.6, "km"), Q("12 đơn thư", 12, "đơn thư"), Q("11 đơn", 11, "đơn")],
[D("Kế hoạch", "142", "KH/ĐU", "2021-05-10", "Đảng ủy xã", "Kế hoạch số 142-KH/ĐU ngày 10/5/2021"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 35, 36-KL/TU"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW"),
 D("Chương trình hành động", "05", "CTr/MTTW-ĐCT", None, "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Chương trình hành động số 05-CTr/MTTW-ĐCT"),
 D("Kế hoạch", "67", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 67-KH/HU")],
[prov("Bình Phước"), com("Lộc Thành")],
["Trang thông tin điện tử xã Lộc Thành - huyện Lộc Ninh - tỉnh Bình Phước", "Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể",
 "Đoàn Chủ tịch điều hành đại hội.", "Nghị quyết Đại hội IX MTTQ Việt Nam", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Vì người nghèo", "Ban Thanh tra nhân dân", "Lượt xem: 264"],
["Cập nhật lúc 16:50 ngày 22/06/2024", "lần thứ XII", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "Đại hội IX", "khóa XII", "Lượt xem: 264"]))

PAGES.append(page("b4417-travinh-tongket-2025", """
BÁO TRÀ VINH ĐIỆN TỬ
Trang chủ » Chính trị » Dân vận
Thứ Sáu, 10/01/2025, 08:05
Ảnh: Đồng chí Thạch Thị Sa Rươn phát biểu kết luận hội nghị.
Khối dân vận tổng kết năm 2024: 100% xã có mô hình "Dân vận khéo" gắn với Kết luận 13, 14-KL/TU
Ngày 08/01/2025, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai phương hướng, nhiệm vụ năm 2025. Đồng chí Thạch Thị Sa Rươn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Kim Ngọc Thái, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Năm 2024, Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 13, 14-KL/TU về tiếp tục thực hiện Chỉ thị 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Chỉ thị 19-CT/TW về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới; tổng kết 10 năm thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị theo Kế hoạch số 279-KH/TU ngày 22/3/2024. Đồng thời phối hợp triển khai Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội.
Toàn tỉnh có 106/106 xã, phường, thị trấn có ít nhất 1 mô hình "Dân vận khéo"; tổng số mô hình đến nay là 1.972, trong đó 143 mô hình cấp tỉnh. Các cấp vận động xây dựng, sửa chữa 2.318 căn nhà đại đoàn kết với kinh phí trên 92 tỷ đồng; 141 chùa Phật giáo Nam tông Khmer tổ chức lớp dạy chữ Khmer hè cho 12.600 học sinh. Tỷ lệ hộ nghèo còn 0,97%. Toàn tỉnh đã đối thoại 412 cuộc, giải quyết 94,6% kiến nghị của người dân.
Tại hội nghị, Đại đức Thạch Sa Rết, Trụ trì chùa Ô Mịch, xã Ngũ Lạc, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh nêu vai trò của sư sãi trong vận động đồng bào giữ gìn an ninh; đồng chí Sơn Thị Chanh Đa, HUV, Trưởng Ban Dân vận Huyện ủy Trà Cú cho biết huyện vận động 380 hộ hiến đất làm đường nông thôn; ông Kim Sóc Kha, người có uy tín ấp Đôn Chụm, xã Long Hiệp, kiến nghị hỗ trợ sinh kế cho hộ cận nghèo.
Phát biểu chỉ đạo, đồng chí Kim Ngọc Thái yêu cầu năm 2025 khối dân vận tập trung thực hiện Nghị quyết số 18-NQ/TW về tinh gọn tổ chức bộ máy, làm tốt công tác tư tưởng cho cán bộ, đảng viên; chuẩn bị tốt công tác dân vận phục vụ đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030. Phấn đấu năm 2025 có ít nhất 50 mô hình cấp tỉnh mới.
Dịp này, 16 tập thể và 23 cá nhân được tặng bằng khen của Ban Thường vụ Tỉnh ủy.
Hữu Hiệp
Lượt xem: 1.103
Tin liên quan
- Cầu Kè gặp mặt người có uy tín năm 2025 (06/01/2025)
- Thăm, tặng quà chức sắc, chức việc nhân dịp Giáng sinh (24/12/2024)
""", "2025-01-10", 'Khối dân vận tổng kết năm 2024: 100% xã có mô hình "Dân vận khéo" gắn với Kết luận 13, 14-KL/TU',
E("tong_ket", "2024", "2025-01-08"),
[P("Thạch Thị Sa Rươn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Thái", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Thạch Sa Rết", "Đại đức", "Trụ trì chùa Ô Mịch", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Chanh Đa", "HUV", "Trưởng Ban Dân vận Huyện ủy Trà Cú"),
 P("Kim Sóc Kha", "người có uy tín ấp Đôn Chụm")],
[Q("100% xã", 100, "%"), Q("106/106 xã, phường, thị trấn", 106, "xã, phường, thị trấn"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("1.972", 1972, "mô hình"), Q("143 mô hình cấp tỉnh", 143, "mô hình cấp tỉnh"), Q("2.318 căn nhà đại đoàn kết", 2318, "căn nhà đại đoàn kết"),
 Q("trên 92 tỷ đồng", 92000000000, "đồng", "over"), Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"),
 Q("12.600 học sinh", 12600, "học sinh"), Q("0,97%", 0.97, "%"), Q("412 cuộc", 412, "cuộc"), Q("94,6%", 94.6, "%"),
 Q("380 hộ", 380, "hộ"), Q("ít nhất 50 mô hình cấp tỉnh mới", 50, "mô hình cấp tỉnh mới", "over"), Q("16 tập thể", 16, "tập thể"),
 Q("23 cá nhân", 23, "cá nhân")],
[D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 13, 14-KL/TU"),
 D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 13, 14-KL/TU"),
 D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị 68-CT/TW"),
 D("Chỉ thị", "19", "CT/TW", None, None, "Chỉ thị 19-CT/TW"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW"),
 D("Kế hoạch", "279", "KH/TU", "2024-03-22", None, "Kế hoạch số 279-KH/TU ngày 22/3/2024"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Trà Vinh"), com("Ngũ Lạc"), com("Long Hiệp")],
["BÁO TRÀ VINH ĐIỆN TỬ", "Trang chủ » Chính trị » Dân vận", "Ảnh: Đồng chí Thạch Thị Sa Rươn phát biểu kết luận hội nghị.",
 "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 1.103"],
["Thứ Sáu, 10/01/2025, 08:05", "năm 2024", "năm 2025", "10 năm", "nhiệm kỳ 2025 - 2030", "Lượt xem: 1.103"]))

PAGES.append(page("b4418-tuyenquang-chuongtrinh-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐỒNG VĂN - TỈNH TUYÊN QUANG
Trang chủ / Tin tức / Xây dựng Đảng - Chính quyền
Ngày 14/10/2025 | 09:15
Đảng ủy xã Đồng Văn ban hành Chương trình hành động và 4 kế hoạch thực hiện Nghị quyết Đại hội
Sau Đại hội đại biểu Đảng bộ xã Đồng Văn lần thứ I, nhiệm kỳ 2025 - 2030, ngày 06/10/2025, Ban Chấp hành Đảng bộ xã đã ban hành Chương trình hành động số 01-CTr/ĐU thực hiện Nghị quyết Đại hội; Ban Thường vụ Đảng ủy xã ban hành các Kế hoạch số 07, 08, 09, 10-KH/ĐU triển khai Quy định số 296-QĐ/TW của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát, Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy Tuyên Quang về công tác dân vận và Hướng dẫn số 04-HD/BTGDVTU ngày 18/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" ở cấp xã sau sắp xếp.
Xã Đồng Văn được thành lập trên cơ sở sáp nhập thị trấn Đồng Văn và các xã Tả Lủng, Tả Phìn, Phố Là, có 42 thôn, tổ dân phố với 6.875 hộ, trên 33.400 nhân khẩu, đồng bào Mông chiếm 89%. Đảng bộ xã có 36 chi bộ với 912 đảng viên.
Chương trình hành động đề ra 12 chỉ tiêu, 6 nhóm nhiệm vụ trọng tâm: đến năm 2030 tỷ lệ hộ nghèo giảm bình quân trên 4%/năm; 100% thôn có đường bê tông đến trung tâm; mỗi năm xây dựng từ 5 mô hình "Dân vận khéo" trở lên; thu hút khoảng 1,2 triệu lượt khách du lịch đến Cao nguyên đá. Xã phấn đấu hoàn thành xóa 215 căn nhà tạm theo Quyết định số 21/2024/QĐ-UBND của UBND tỉnh, mức hỗ trợ tối đa 60 triệu đồng/căn.
Theo đồng chí Vàng Mí Sính, Bí thư Đảng ủy xã, trước đó Đảng ủy đã tổ chức hội nghị quán triệt cho 912 đảng viên; giao đồng chí Thào Thị Dua, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì công tác dân vận; các đồng chí Phó Chủ tịch UBND xã: Lò Văn Chiến, Sùng Mí Dế phụ trách kinh tế và văn hóa - xã hội. Đồng chí Giàng Thị Mỷ, Trưởng Ban Xây dựng Đảng Đảng ủy xã, hướng dẫn các chi bộ đưa nội dung nghị quyết vào sinh hoạt hằng tháng.
Nhiệm kỳ 2020 - 2025, nhân dân 4 đơn vị cũ đã hiến hơn 21.000 m2 đất, góp 9.600 ngày công làm 38 km đường bê tông thôn; 1.126 hộ được hỗ trợ xóa nhà tạm, nhà dột nát với tổng kinh phí gần 56 tỷ đồng từ Chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát" và nguồn xã hội hóa. Tỷ lệ hộ nghèo giảm từ 52,3% xuống 24,8%.
Người có uy tín Vừ Mí Pó, thôn Sủng Là, chia sẻ: "Nghị quyết nói rõ từng việc, bà con dễ hiểu, dễ làm theo".
Ban Biên tập
Lượt xem: 207
Tin khác
- Ra mắt Ủy ban MTTQ Việt Nam xã Đồng Văn (15/07/2025)
- Xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở thôn Lũng Cẩm (02/10/2025)
- Hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I (25/09/2025)
""", "2025-10-14", "Đảng ủy xã Đồng Văn ban hành Chương trình hành động và 4 kế hoạch thực hiện Nghị quyết Đại hội",
E("khac", None, None),
[P("Vàng Mí Sính", "Bí thư Đảng ủy xã"),
 P("Thào Thị Dua", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lò Văn Chiến", "Phó Chủ tịch UBND xã"),
 P("Sùng Mí Dế", "Phó Chủ tịch UBND xã"),
 P("Giàng Thị Mỷ", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Vừ Mí Pó", "Người có uy tín")],
[Q("4 kế hoạch", 4, "kế hoạch"), Q("42 thôn, tổ dân phố", 42, "thôn, tổ dân phố"), Q("6.875 hộ", 6875, "hộ"),
 Q("trên 33.400 nhân khẩu", 33400, "nhân khẩu", "over"), Q("89%", 89, "%"), Q("36 chi bộ", 36, "chi bộ"), Q("912 đảng viên", 912, "đảng viên"),
 Q("12 chỉ tiêu", 12, "chỉ tiêu"), Q("6 nhóm nhiệm vụ trọng tâm", 6, "nhóm nhiệm vụ trọng tâm"), Q("trên 4%/năm", 4, "%", "over"),
 Q("100% thôn", 100, "%"), Q("từ 5 mô hình", 5, "mô hình", "over"), Q("khoảng 1,2 triệu lượt khách du lịch", 1200000, "lượt khách du lịch", "approx"),
 Q("215 căn nhà tạm", 215, "căn nhà tạm"), Q("tối đa 60 triệu đồng/căn", 60000000, "đồng"),
 Q("4 đơn vị", 4, "đơn vị"), Q("hơn 21.000 m2", 21000, "m2", "over"), Q("9.600 ngày công", 9600, "ngày công"), Q("38 km", 38, "km"),
 Q("1.126 hộ", 1126, "hộ"), Q("gần 56 tỷ đồng", 56000000000, "đồng", "approx"), Q("52,3%", 52.3, "%"), Q("24,8%", 24.8, "%")],
[D("Chương trình hành động", "01", "CTr/ĐU", "2025-10-06", "Ban Chấp hành Đảng bộ xã", "Chương trình hành động số 01-CTr/ĐU"),
 D("Kế hoạch", "07", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 07, 08, 09, 10-KH/ĐU"),
 D("Kế hoạch", "08", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 07, 08, 09, 10-KH/ĐU"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 07, 08, 09, 10-KH/ĐU"),
 D("Kế hoạch", "10", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 07, 08, 09, 10-KH/ĐU"),
 D("Quy định", "296", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Kế hoạch số 15-KH/TU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", "2025-08-18", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 04-HD/BTGDVTU ngày 18/8/2025"),
 D("Quyết định", "21", "2024/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 21/2024/QĐ-UBND")],
[prov("Tuyên Quang"), com("Đồng Văn"), com("Tả Lủng"), com("Tả Phìn"), com("Phố Là")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐỒNG VĂN - TỈNH TUYÊN QUANG", "Trang chủ / Tin tức / Xây dựng Đảng - Chính quyền", "Dân vận khéo",
 "Cao nguyên đá", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Nghị quyết nói rõ từng việc, bà con dễ hiểu, dễ làm theo", "Lượt xem: 207"],
["Ngày 14/10/2025 | 09:15", "lần thứ I", "nhiệm kỳ 2025 - 2030", "năm 2030", "Nhiệm kỳ 2020 - 2025", "Lượt xem: 207"]))

PAGES.append(page("b4419-dongnai-giaoban-2026", """
ĐẢNG BỘ PHƯỜNG ĐỒNG XOÀI - TỈNH ĐỒNG NAI
Trang chủ › Tin hoạt động › Công tác dân vận
Hôm nay: Thứ Năm, 09/04/2026
Giao ban công tác dân vận quý I/2026: triển khai Kết luận 05-KL/TU và Kế hoạch 21, 22-KH/ĐU
Cập nhật: 09:42, 03/04/2026 (GMT+7)
Chiều 02/4/2026, Ban Thường vụ Đảng ủy phường Đồng Xoài tổ chức hội nghị giao ban công tác dân vận, Mặt trận và các tổ chức chính trị - xã hội quý I năm 2026. Đồng chí Trần Văn Mi, Bí thư Đảng ủy phường chủ trì; dự có đồng chí Nguyễn Thị Xuân Hòa, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai.
Quang cảnh hội nghị giao ban. Ảnh: P.Đ
Quý I, Ban Thường vụ Đảng ủy phường đã ban hành Kế hoạch số 21, 22-KH/ĐU thực hiện Kết luận số 05-KL/TU ngày 16/01/2026 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong tình hình mới và Hướng dẫn số 12-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về tổ chức phong trào thi đua "Dân vận khéo" giai đoạn 2026 - 2030; tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho 1.846 cán bộ, đảng viên của 58 chi bộ, đạt 98,6%.
Ủy ban MTTQ Việt Nam phường và các tổ chức thành viên đã trao 2.150 phần quà Tết cho hộ nghèo, công nhân khó khăn với tổng trị giá hơn 1,9 tỷ đồng; vận động 17 hộ ở khu phố Tân Trà bàn giao 6.420 m2 mặt bằng mở rộng đường Phú Riềng Đỏ; tiếp nhận 28 đơn thư, đã giải quyết 25 đơn. Ban Công tác Mặt trận 32 khu phố phối hợp tổ chức 32 hội nghị lấy ý kiến nhân dân về dự thảo quy hoạch.
Theo báo cáo, sau 9 tháng vận hành chính quyền hai cấp, phường đã thành lập 32 tổ dân vận khu phố với 224 thành viên; Trung tâm Phục vụ hành chính công phường tiếp nhận 11.350 hồ sơ, trong đó 96,2% được giải quyết đúng và trước hạn. Tuy vậy, vẫn còn 3 vụ tranh chấp đất đai giữa các hộ chưa được hòa giải thành.
Thảo luận tại hội nghị, đồng chí Điểu Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội LHPN phường đề nghị hỗ trợ 35 hội viên S'tiêng khởi nghiệp; ông Lê Hoàng Nam, Trưởng khu phố Tân Trà, kiến nghị sớm chi trả bồi thường cho 4 hộ còn lại. Các đồng chí Phó Chủ tịch UBND phường: Nguyễn Minh Tân, Hoàng Thị Kim Chi báo cáo tiến độ giải quyết thủ tục hành chính.
Kết luận hội nghị, đồng chí Trần Văn Mi yêu cầu quý II tập trung thực hiện Quy định số 05-QĐi/TW và Kế hoạch số 09-KH/TU về tiếp dân, đối thoại; phấn đấu 100% kiến nghị được trả lời đúng hạn; mỗi khu phố có ít nhất 1 mô hình "Dân vận khéo"; chuẩn bị tốt cho bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Phúc Đạt
Lượt xem: 318
Tin liên quan
- Phường Đồng Xoài ra mắt Tổ dân vận khu phố (20/03/2026)
- Hội nghị quán triệt Nghị quyết Đại hội XIV của Đảng (10/03/2026)
""", "2026-04-03", "Giao ban công tác dân vận quý I/2026: triển khai Kết luận 05-KL/TU và Kế hoạch 21, 22-KH/ĐU",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Trần Văn Mi", "Bí thư Đảng ủy phường"),
 P("Nguyễn Thị Xuân Hòa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"),
 P("Điểu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội LHPN phường"),
 P("Lê Hoàng Nam", "Trưởng khu phố Tân Trà"),
 P("Nguyễn Minh Tân", "Phó Chủ tịch UBND phường"),
 P("Hoàng Thị Kim Chi", "Phó Chủ tịch UBND phường")],
[Q("1.846 cán bộ, đảng viên", 1846, "cán bộ, đảng viên"), Q("58 chi bộ", 58, "chi bộ"), Q("98,6%", 98.6, "%"),
 Q("2.150 phần quà", 2150, "phần quà"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("17 hộ", 17, "hộ"), Q("6.420 m2", 6420, "m2"),
 Q("28 đơn thư", 28, "đơn thư"), Q("25 đơn", 25, "đơn"), Q("32 khu phố", 32, "khu phố"),
 Q("32 hội nghị lấy ý kiến nhân dân", 32, "hội nghị lấy ý kiến nhân dân"), Q("35 hội viên S'tiêng", 35, "hội viên S'tiêng"), Q("4 hộ", 4, "hộ"),
 Q("100% kiến nghị", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("32 tổ dân vận khu phố", 32, "tổ dân vận khu phố"), Q("224 thành viên", 224, "thành viên"), Q("11.350 hồ sơ", 11350, "hồ sơ"),
 Q("96,2%", 96.2, "%"), Q("3 vụ tranh chấp đất đai", 3, "vụ tranh chấp đất đai")],
[D("Kế hoạch", "21", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 21, 22-KH/ĐU"),
 D("Kế hoạch", "22", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 21, 22-KH/ĐU"),
 D("Kết luận", "05", "KL/TU", "2026-01-16", "Ban Thường vụ Tỉnh ủy", "Kết luận số 05-KL/TU ngày 16/01/2026"),
 D("Hướng dẫn", "12", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BTGDVTU"),
 D("Quy định", "05", "QĐi/TW", None, None, "Quy định số 05-QĐi/TW"),
 D("Kế hoạch", "09", "KH/TU", None, None, "Kế hoạch số 09-KH/TU")],
[prov("Đồng Nai"), com("Đồng Xoài")],
["ĐẢNG BỘ PHƯỜNG ĐỒNG XOÀI - TỈNH ĐỒNG NAI", "Trang chủ › Tin hoạt động › Công tác dân vận", "Hôm nay: Thứ Năm, 09/04/2026",
 "Quang cảnh hội nghị giao ban. Ảnh: P.Đ", "Dân vận khéo", "Nghị quyết Đại hội XIV của Đảng", "Phú Riềng Đỏ", "Lượt xem: 318"],
["Hôm nay: Thứ Năm, 09/04/2026", "Cập nhật: 09:42, 03/04/2026 (GMT+7)", "quý I năm 2026", "giai đoạn 2026 - 2030", "Đại hội XIV", "quý II", "9 tháng",
 "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 318"]))

PAGES.append(page("b4420-lamdong-quantriet-2026", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thời sự › Xây dựng Đảng
17:45 | 12/03/2026
Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.
Lâm Đồng: Quán triệt Nghị quyết Đại hội XIV và 3 văn bản của Tỉnh ủy về công tác dân vận
Sáng 12/3, Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức hội nghị học tập, quán triệt, triển khai Nghị quyết Đại hội XIV của Đảng gắn với Chương trình hành động số 02-CTr/TU của Tỉnh ủy; Kết luận số 08-KL/TU và Chỉ thị số 04-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong tổ chức bộ máy chính quyền địa phương hai cấp. Hội nghị kết nối trực tuyến tới 124 điểm cầu xã, phường, đặc khu với trên 8.600 cán bộ, đảng viên tham dự.
Dự tại điểm cầu Tỉnh ủy có đồng chí Ka Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Y Quang Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đặng Trí Dũng, Nguyễn Thị Thu Sương, Điểu Xuân.
Đồng chí Ka Thị Hương truyền đạt những điểm mới của Chương trình hành động số 02-CTr/TU, trong đó xác định 8 nhóm giải pháp, 27 chỉ tiêu; đến năm 2030, 100% xã, phường có tổ dân vận hoạt động hiệu quả, tỷ lệ hộ nghèo đa chiều giảm xuống còn 0,5%, thu nhập bình quân đầu người đạt khoảng 150 triệu đồng. Đồng chí Đặng Trí Dũng hướng dẫn thực hiện Hướng dẫn số 03, 04-HD/BTGDVTU về xây dựng quy chế công tác dân vận và về sơ kết 5 năm phong trào "Dân vận khéo" giai đoạn 2021 - 2025 ở cấp xã.
Theo báo cáo, năm 2025 các cấp trong tỉnh đã vận động nhân dân hiến hơn 312.000 m2 đất, đóng góp trên 420 tỷ đồng; hoàn thành xóa 3.684 căn nhà tạm, nhà dột nát, mỗi căn hỗ trợ 60 triệu đồng; phát huy vai trò 1.215 người có uy tín trong đồng bào K'Ho, Mạ, Mnông, Chu Ru, Chăm. Năm 2026 tỉnh phấn đấu có thêm ít nhất 200 mô hình "Dân vận khéo".
Tham luận tại hội nghị, bà Ma Thị Hờ, Bí thư Đảng ủy xã Lạc Dương, chia sẻ kinh nghiệm vận động 46 hộ K'Ho tham gia giao khoán bảo vệ 2.300 ha rừng; ông Nguyễn Văn Thành, Bí thư Đảng ủy phường Hàm Thắng, nêu cách tổ chức đối thoại với ngư dân; ông K'Brơi, người có uy tín bon Bu Sốp, xã Quảng Tín, đề nghị hỗ trợ giống cà phê tái canh.
Kết luận hội nghị, đồng chí Ka Thị Hương yêu cầu các đảng ủy xã, phường hoàn thành xây dựng kế hoạch thực hiện trước ngày 31/3/2026; Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức kiểm tra tại 12 xã, phường trong quý II, tập trung vào việc tiếp dân, đối thoại của người đứng đầu cấp ủy.
Phương Nhi
Lượt xem: 856
Tin khác
- Bắc Gia Nghĩa đối thoại với đoàn viên, hội viên (06/03/2026)
- Phan Thiết ra mắt mô hình "Khu phố không rác thải nhựa" (28/02/2026)
""", "2026-03-12", "Lâm Đồng: Quán triệt Nghị quyết Đại hội XIV và 3 văn bản của Tỉnh ủy về công tác dân vận",
E("hoi_nghi", None, "2026-03-12"),
[P("Ka Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Quang Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Trí Dũng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Sương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Xuân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thị Hờ", "Bí thư Đảng ủy xã Lạc Dương"),
 P("Nguyễn Văn Thành", "Bí thư Đảng ủy phường Hàm Thắng"),
 P("K'Brơi", "người có uy tín bon Bu Sốp")],
[Q("3 văn bản", 3, "văn bản"), Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"),
 Q("trên 8.600 cán bộ, đảng viên", 8600, "cán bộ, đảng viên", "over"), Q("8 nhóm giải pháp", 8, "nhóm giải pháp"), Q("27 chỉ tiêu", 27, "chỉ tiêu"),
 Q("100% xã, phường", 100, "%"), Q("0,5%", 0.5, "%"), Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"),
 Q("hơn 312.000 m2", 312000, "m2", "over"), Q("trên 420 tỷ đồng", 420000000000, "đồng", "over"), Q("3.684 căn nhà tạm, nhà dột nát", 3684, "căn nhà tạm, nhà dột nát"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("1.215 người có uy tín", 1215, "người có uy tín"), Q("ít nhất 200 mô hình", 200, "mô hình", "over"),
 Q("46 hộ K'Ho", 46, "hộ K'Ho"), Q("2.300 ha", 2300, "ha"), Q("12 xã, phường", 12, "xã, phường")],
[D("Chương trình hành động", "02", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 02-CTr/TU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 08-KL/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn số 03, 04-HD/BTGDVTU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, None, "Hướng dẫn số 03, 04-HD/BTGDVTU")],
[prov("Lâm Đồng"), com("Lạc Dương"), com("Hàm Thắng"), com("Quảng Tín")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thời sự › Xây dựng Đảng", "Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy.",
 "Nghị quyết Đại hội XIV của Đảng", "Dân vận khéo", "Lượt xem: 856"],
["17:45 | 12/03/2026", "Đại hội XIV", "năm 2030", "5 năm", "giai đoạn 2021 - 2025", "năm 2025", "Năm 2026", "31/3/2026", "quý II", "Lượt xem: 856"]))
