from lib import *
PAGES = []

PAGES.append(page("b449-hatinh-tinhdoan-traoqua-2023", """
TỈNH ĐOÀN HÀ TĨNH
Cổng thông tin điện tử Tỉnh đoàn Hà Tĩnh - Tuổi trẻ Hà Tĩnh
Trang chủ » Tin hoạt động » Thanh niên tình nguyện
15 tháng 8, 2023 | 08:20
Đoàn viên thanh niên tặng quà học sinh vùng lũ. Ảnh: Tỉnh đoàn
Trao 350 suất học bổng "Tiếp sức đến trường" cho học sinh nghèo
Sáng 13/8, Ban Thường vụ Tỉnh đoàn Hà Tĩnh phối hợp với Hội Khuyến học tỉnh trao 350 suất học bổng "Tiếp sức đến trường" năm học 2023 - 2024 cho học sinh có hoàn cảnh khó khăn, mỗi suất 1,5 triệu đồng, tổng trị giá 525 triệu đồng.
Tham dự có chị Trần Thị Hồng Nhung, Ủy viên Ban Thường vụ Trung ương Đoàn; đồng chí Nguyễn Thị Nữ Ny, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phan Văn Hiếu, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh.
Các suất học bổng được trao tại 3 điểm: xã Sơn Kim 1, xã Hương Trạch và phường Kỳ Trinh. Trong 350 suất có 42 suất dành cho học sinh người Chứt, Lào ở bản Rào Tre, xã Hương Liên; các em còn được tặng 1 chiếc xe đạp và 10 quyển vở.
Theo anh Phan Văn Hiếu, thực hiện Kế hoạch số 112-KH/TĐTN-TNTH ngày 20/6/2023 của Ban Thường vụ Tỉnh đoàn, mùa hè năm nay các cơ sở Đoàn đã huy động hơn 1,1 tỷ đồng, tặng 2.600 suất quà, sửa chữa 14 phòng học. Anh Hồ Văn Nhất, Bí thư Chi đoàn bản Rào Tre, người Chứt, cùng 25 đoàn viên đã dựng lại 3 căn nhà cho học sinh sau lũ.
Em Nguyễn Thị Hà My, học sinh lớp 11 Trường THPT Hương Khê, xúc động nhận học bổng: "Em sẽ cố gắng học tốt".
Chương trình là hoạt động của Chiến dịch thanh niên tình nguyện hè năm 2023, hưởng ứng Chỉ thị 42-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng cho thế hệ trẻ.
Văn Đức
Lượt xem: 1.345
Các tin khác
- Tỉnh đoàn ra quân Chiến dịch thanh niên tình nguyện hè 2023
- 200 đoàn viên hiến máu tình nguyện
""", "2023-08-15", "Trao 350 suất học bổng \"Tiếp sức đến trường\" cho học sinh nghèo",
E("trao_qua", None, "2023-08-13"),
[P("Trần Thị Hồng Nhung", "Ủy viên Ban Thường vụ Trung ương Đoàn"), P("Nguyễn Thị Nữ Ny", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Hiếu", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Hồ Văn Nhất", "Bí thư Chi đoàn bản Rào Tre"), P("Nguyễn Thị Hà My", "học sinh lớp 11 Trường THPT Hương Khê")],
[Q("350 suất học bổng", 350, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("525 triệu đồng", 525000000, "đồng"),
 Q("3 điểm", 3, "điểm"), Q("42 suất", 42, "suất"), Q("1 chiếc xe đạp", 1, "chiếc xe đạp"), Q("10 quyển vở", 10, "quyển vở"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("2.600 suất quà", 2600, "suất quà"), Q("14 phòng học", 14, "phòng học"),
 Q("25 đoàn viên", 25, "đoàn viên"), Q("3 căn nhà", 3, "căn nhà")],
[D("Kế hoạch", "112", "KH/TĐTN-TNTH", "2023-06-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN-TNTH"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị 42-CT/TW")],
[prov("Hà Tĩnh"), com("Sơn Kim 1"), com("Hương Trạch"), com("Kỳ Trinh"), com("Hương Liên")],
["TỈNH ĐOÀN HÀ TĨNH", "Cổng thông tin điện tử Tỉnh đoàn Hà Tĩnh - Tuổi trẻ Hà Tĩnh", "Trang chủ » Tin hoạt động » Thanh niên tình nguyện",
 "Đoàn viên thanh niên tặng quà học sinh vùng lũ. Ảnh: Tỉnh đoàn", "Tiếp sức đến trường", "bản Rào Tre", "Hội Khuyến học tỉnh", "Lượt xem: 1.345"],
["15 tháng 8, 2023 | 08:20", "năm học 2023 - 2024", "lớp 11", "hè năm 2023", "Sơn Kim 1", "Lượt xem: 1.345"]))

PAGES.append(page("b450-quangninh-ccb-doithoai-2024", """
HỘI CỰU CHIẾN BINH TỈNH QUẢNG NINH
Trang thông tin Hội Cựu chiến binh Quảng Ninh
Trang chủ > Tin tức > Hoạt động các cấp Hội
Thứ Hai, 11/11/2024
Cựu chiến binh đối thoại với lãnh đạo huyện Bình Liêu về đất rừng
Ngày 8/11/2024, Hội CCB tỉnh Quảng Ninh phối hợp với UBND huyện Bình Liêu tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hội viên CCB năm 2024. Hơn 150 hội viên CCB là người Tày, Dao, Sán Chỉ của 7 xã, thị trấn tham dự.
Ông Chíu Văn Sáng (Chủ tịch Hội CCB xã Đồng Văn) nêu kiến nghị tại hội nghị.
Chủ trì đối thoại có ông Hoàng Văn Tư, Bí thư Huyện ủy; Đại tá Vũ Đình Hải, Chủ tịch Hội CCB tỉnh. Cùng dự có các ông Lục Văn Thanh (Phó Chủ tịch UBND huyện) và Trung tá Nịnh Văn Sếnh (Chủ tịch Hội CCB huyện).
Tại hội nghị, 19 ý kiến, kiến nghị được nêu, trong đó 11 ý kiến liên quan đến giao đất, giao rừng theo Nghị định 168/2016/NĐ-CP của Chính phủ và Nghị quyết số 19-NQ/TU ngày 05/02/2024 của Ban Chấp hành Đảng bộ tỉnh. Ông Chíu Văn Sáng, Chủ tịch Hội CCB xã Đồng Văn, đề nghị hỗ trợ 8 hộ CCB trồng quế bị thiệt hại do bão số 3, ước tính thiệt hại khoảng 1,3 tỷ đồng.
Ông Hoàng Văn Tư tiếp thu và giao các phòng chuyên môn trả lời bằng văn bản trong 30 ngày; riêng việc hỗ trợ sau bão, huyện đã trích 240 triệu đồng, mỗi hộ 30 triệu đồng.
Đại tá Vũ Đình Hải cho biết năm 2024 toàn tỉnh đã có 12 hội nghị đối thoại giữa cấp ủy, chính quyền với hội viên CCB, tiếp nhận 214 ý kiến; 96% ý kiến đã được trả lời. Ông đề nghị hội viên tiếp tục nêu gương trong phong trào "Cựu chiến binh gương mẫu" và xây dựng nông thôn mới ở xã Húc Động, xã Hoành Mô.
Quang Minh
Lượt xem: 776
Tin liên quan
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2024
- Trao 10 nhà "Nghĩa tình đồng đội" ở Ba Chẽ
""", "2024-11-11", "Cựu chiến binh đối thoại với lãnh đạo huyện Bình Liêu về đất rừng",
E("doi_thoai", "2024", "2024-11-08"),
[P("Chíu Văn Sáng", "Chủ tịch Hội CCB xã Đồng Văn"), P("Hoàng Văn Tư", "Bí thư Huyện ủy"),
 P("Vũ Đình Hải", "Đại tá", "Chủ tịch Hội CCB tỉnh"), P("Lục Văn Thanh", "Phó Chủ tịch UBND huyện"),
 P("Nịnh Văn Sếnh", "Trung tá", "Chủ tịch Hội CCB huyện")],
[Q("Hơn 150 hội viên", 150, "hội viên CCB", "over"), Q("7 xã, thị trấn", 7, "xã, thị trấn"), Q("19 ý kiến", 19, "ý kiến, kiến nghị"),
 Q("11 ý kiến", 11, "ý kiến"), Q("8 hộ CCB", 8, "hộ CCB"), Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("240 triệu đồng", 240000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("12 hội nghị", 12, "hội nghị đối thoại"),
 Q("214 ý kiến", 214, "ý kiến"), Q("96%", 96, "%")],
[D("Nghị định", "168", "2016/NĐ-CP", None, "Chính phủ", "Nghị định 168/2016/NĐ-CP"),
 D("Nghị quyết", "19", "NQ/TU", "2024-02-05", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 19-NQ/TU")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Húc Động"), com("Hoành Mô")],
["HỘI CỰU CHIẾN BINH TỈNH QUẢNG NINH", "Trang thông tin Hội Cựu chiến binh Quảng Ninh", "Trang chủ > Tin tức > Hoạt động các cấp Hội",
 "Ông Chíu Văn Sáng (Chủ tịch Hội CCB xã Đồng Văn) nêu kiến nghị tại hội nghị.", "Bình Liêu", "Cựu chiến binh gương mẫu", "Lượt xem: 776"],
["Thứ Hai, 11/11/2024", "năm 2024", "bão số 3", "30 ngày", "Lượt xem: 776"]))

PAGES.append(page("b451-sonla-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Sơn La
Hôm nay: Thứ Sáu, 10/01/2025
Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban
09/01/2025 16:45
Khối dân vận Sơn La: 1.860 mô hình "Dân vận khéo" được công nhận
Toàn cảnh hội nghị. Ảnh: Ban Dân vận Tỉnh ủy
Sáng 8/1, Ban Dân vận Tỉnh ủy Sơn La tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Hội nghị được tổ chức trực tiếp và trực tuyến đến 12 điểm cầu huyện, thành phố.
Dự hội nghị có đồng chí Lò Văn Hiên, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Tráng Thị Sinh, TUV, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Cầm Văn Chiến, Phó Trưởng Ban Dân vận Tỉnh ủy, được tín nhiệm giữ chức Chủ tịch Hội Nông dân tỉnh từ tháng 10/2024.
Năm 2024, thực hiện Kết luận 120, 121-KL/TU của Ban Thường vụ Tỉnh ủy, Quy định số 1302-QĐ/TU ngày 12/3/2024 về công tác dân vận của hệ thống chính trị và kế hoạch số 88-KH/BDVTU, các cấp đã công nhận 1.860 mô hình "Dân vận khéo", trong đó 214 mô hình cấp tỉnh. Nhân dân hiến 285.000 m2 đất, đóng góp 37 tỷ đồng làm 412 km đường; hỗ trợ xóa 1.150 căn nhà tạm, nhà dột nát cho hộ nghèo.
Các đồng chí Quàng Thị Nhung, Lường Văn Pọm, Hà Thị Thoa - Trưởng Ban Dân vận Huyện ủy Thuận Châu, Mộc Châu, Phù Yên - tham luận về vận động đồng bào Mông, Thái, Mường ổn định dân cư. Ông Mùa A Páo, người có uy tín bản Co Súc, xã Chiềng Nơi, được mời chia sẻ cách vận động 27 hộ chuyển đổi 54 ha ngô sang cây ăn quả.
Phát biểu chỉ đạo, đồng chí Lò Văn Hiên đề nghị năm 2025 tập trung sắp xếp tổ chức bộ máy, thực hiện Nghị quyết 18-NQ/TW của Ban Chấp hành Trung ương khóa XII.
Dịp này, 28 tập thể, 41 cá nhân được Ban Thường vụ Tỉnh ủy tặng Giấy khen; mỗi tập thể nhận 1,5 triệu đồng, mỗi cá nhân 1 triệu đồng.
Mai Ly
Lượt xem: 2.231
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban quý IV/2024
- Sơn La: 1.150 căn nhà cho hộ nghèo
""", "2025-01-09", "Khối dân vận Sơn La: 1.860 mô hình \"Dân vận khéo\" được công nhận",
E("tong_ket", "2024", "2025-01-08"),
[P("Lò Văn Hiên", "Phó Bí thư Thường trực Tỉnh ủy"), P("Tráng Thị Sinh", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Văn Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội Nông dân tỉnh"),
 P("Quàng Thị Nhung", "Trưởng Ban Dân vận Huyện ủy"), P("Lường Văn Pọm", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Thị Thoa", "Trưởng Ban Dân vận Huyện ủy"), P("Mùa A Páo", "người có uy tín bản Co Súc")],
[Q("1.860 mô hình", 1860, "mô hình"), Q("12 điểm cầu", 12, "điểm cầu"), Q("214 mô hình", 214, "mô hình"),
 Q("285.000 m2", 285000, "m2"), Q("37 tỷ đồng", 37000000000, "đồng"), Q("412 km", 412, "km"),
 Q("1.150 căn nhà", 1150, "căn nhà tạm, nhà dột nát"), Q("27 hộ", 27, "hộ"), Q("54 ha", 54, "ha"),
 Q("28 tập thể", 28, "tập thể"), Q("41 cá nhân", 41, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "120", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Kết luận", "121", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Quy định", "1302", "QĐ/TU", "2024-03-12", "Ban Thường vụ Tỉnh ủy", "Quy định số 1302-QĐ/TU"),
 D("Kế hoạch", "88", "KH/BDVTU", None, None, "kế hoạch số 88-KH/BDVTU"),
 D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương khóa XII", "Nghị quyết 18-NQ/TW")],
[prov("Sơn La"), com("Chiềng Nơi")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang thông tin điện tử Ban Dân vận Tỉnh ủy Sơn La", "Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban",
 "Toàn cảnh hội nghị. Ảnh: Ban Dân vận Tỉnh ủy", "Dân vận khéo", "bản Co Súc", "Thuận Châu", "Mộc Châu", "Phù Yên", "Lượt xem: 2.231"],
["Hôm nay: Thứ Sáu, 10/01/2025", "09/01/2025 16:45", "năm 2024", "năm 2025", "tháng 10/2024", "khóa XII", "Giấy khen", "Lượt xem: 2.231"]))

PAGES.append(page("b452-langson-btgdv-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy
Trang chủ | Hoạt động | Công tác dân vận
Cập nhật: 14:10, 08/04/2025 (GMT+7)
Giao ban khối dân vận quý I: sắp xếp bộ máy không để gián đoạn công việc
Sáng 4/4/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị giao ban công tác dân vận quý I năm 2025, lần đầu tiên sau khi hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy.
Đồng chí Hoàng Thị Vân, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu chỉ đạo.
Dự hội nghị có đồng chí Hoàng Thị Vân, Tỉnh ủy viên, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nông Văn Thái, Lương Thị Kim Dung, Triệu Đức Tồn; đại diện Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội và Sở Dân tộc và Tôn giáo.
Báo cáo cho biết, quý I, thực hiện Quyết định số 1428-QĐ/TU ngày 18/02/2025 của Ban Thường vụ Tỉnh ủy về chức năng, nhiệm vụ của Ban và Kế hoạch 05-KH/BTGDVTU, 06-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, khối dân vận đã nắm tình hình 200 xã, phường, thị trấn; phát hiện 17 vụ việc phức tạp ở cơ sở. Các cấp đã vận động 2.450 hộ tham gia "Tết trồng cây", trồng 1.380 ha rừng; tiếp 3.270 lượt công dân.
Đồng chí Lương Thị Kim Dung, người vừa được Ban Thường vụ Tỉnh ủy điều động, chỉ định giữ chức Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết việc thống nhất quy trình báo cáo đã rút ngắn thời gian tổng hợp từ 7 ngày xuống 3 ngày.
Ông Hoàng Văn Pắn, Bí thư chi bộ thôn Nà Lại, xã Thụy Hùng, người Nùng, nêu việc vận động 36 hộ không trồng cây keo lấn đất rừng phòng hộ.
Kết luận hội nghị, đồng chí Hoàng Thị Vân yêu cầu quý II tập trung tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính theo Kết luận 133-KL/TW của Bộ Chính trị.
Bích Ngọc
Lượt xem: 1.536
Tin liên quan
- Hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy Lạng Sơn
- Khối dân vận tổng kết năm 2024
""", "2025-04-08", "Giao ban khối dân vận quý I: sắp xếp bộ máy không để gián đoạn công việc",
E("giao_ban", "2025-Q1", "2025-04-04"),
[P("Hoàng Thị Vân", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Tỉnh ủy viên"),
 P("Nông Văn Thái", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lương Thị Kim Dung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Triệu Đức Tồn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Pắn", "Bí thư chi bộ thôn Nà Lại")],
[Q("200 xã, phường, thị trấn", 200, "xã, phường, thị trấn"), Q("17 vụ việc", 17, "vụ việc phức tạp"), Q("2.450 hộ", 2450, "hộ"),
 Q("1.380 ha", 1380, "ha"), Q("3.270 lượt công dân", 3270, "lượt công dân"), Q("36 hộ", 36, "hộ")],
[D("Quyết định", "1428", "QĐ/TU", "2025-02-18", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1428-QĐ/TU"),
 D("Kế hoạch", "05", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 05-KH/BTGDVTU"),
 D("Kế hoạch", "06", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "06-KH/BTGDVTU"),
 D("Kết luận", "133", "KL/TW", None, "Bộ Chính trị", "Kết luận 133-KL/TW")],
[prov("Lạng Sơn"), com("Thụy Hùng")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LẠNG SƠN", "Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trang chủ | Hoạt động | Công tác dân vận",
 "Đồng chí Hoàng Thị Vân, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu chỉ đạo.", "Tết trồng cây", "thôn Nà Lại",
 "Sở Dân tộc và Tôn giáo", "Lượt xem: 1.536"],
["Cập nhật: 14:10, 08/04/2025 (GMT+7)", "quý I năm 2025", "quý II", "7 ngày", "3 ngày", "Lượt xem: 1.536"]))

PAGES.append(page("b453-hungyen-xadongthuyanh-doithoai-2025", """
ĐẢNG BỘ XÃ ĐÔNG THỤY ANH
Trang thông tin điện tử xã Đông Thụy Anh, tỉnh Hưng Yên
Trang chủ > Tin tức > Xây dựng Đảng - Dân vận
Ngày đăng 19/09/2025 | 10:15
Quang cảnh hội nghị đối thoại tại hội trường Đảng ủy xã.
Bí thư Đảng ủy xã đối thoại với nhân dân: 31 ý kiến được trả lời trực tiếp
Ngày 17/9/2025, Ban Thường vụ Đảng ủy xã Đông Thụy Anh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025 - hội nghị đối thoại đầu tiên từ khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp.
Chủ trì hội nghị có đồng chí Phạm Văn Khiêm, Bí thư Đảng ủy xã; đồng chí Bùi Thị Thanh Hương, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Đỗ Văn Tuyến, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự có 180 đại biểu là cán bộ, đảng viên, trưởng thôn và nhân dân của 24 thôn.
Thực hiện Quy định 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 09-KH/ĐU ngày 25/8/2025 của Ban Thường vụ Đảng ủy xã, trước hội nghị, Ủy ban MTTQ xã đã tổng hợp 31 ý kiến, kiến nghị, tập trung vào thủ tục hành chính tại Trung tâm phục vụ hành chính công xã, đường đê biển và giá thu mua ngao.
Bà Trần Thị Lụa, thôn Hòa Bình, phản ánh giá ngao giống tăng từ 28.000 đồng/kg lên 35.000 đồng/kg khiến 46 hộ nuôi ngao thua lỗ. Ông Vũ Đình Thiện, cựu chiến binh thôn Tam Đồng, đề nghị sửa 2,3 km đường trục xã xuống cấp.
Trả lời, đồng chí Bùi Thị Thanh Hương cho biết UBND xã đã bố trí 3,6 tỷ đồng từ nguồn ngân sách tỉnh Hưng Yên để sửa đường trong quý IV; thời gian giải quyết thủ tục bình quân đã giảm từ 5 xuống 2 ngày. Các đồng chí Nguyễn Văn Hiển, Lại Thị Nga - Phó Chủ tịch UBND xã - nhận trả lời bằng văn bản 8 ý kiến còn lại trước ngày 15/10.
Kết luận, đồng chí Phạm Văn Khiêm đề nghị Ủy ban MTTQ xã giám sát việc thực hiện các cam kết; xã tiếp tục phong trào "Dân vận khéo" trên địa bàn các xã Thụy Trường, Thụy Xuân cũ.
Ban Xây dựng Đảng Đảng ủy xã
Lượt xem: 312
Tin khác
- Xã Đông Thụy Anh tổ chức Đại hội Đảng bộ lần thứ I
- Trao 120 suất quà cho học sinh nghèo
""", "2025-09-19", "Bí thư Đảng ủy xã đối thoại với nhân dân: 31 ý kiến được trả lời trực tiếp",
E("doi_thoai", "2025", "2025-09-17"),
[P("Phạm Văn Khiêm", "Bí thư Đảng ủy xã"), P("Bùi Thị Thanh Hương", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đỗ Văn Tuyến", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Thị Lụa"), P("Vũ Đình Thiện", "cựu chiến binh thôn Tam Đồng"),
 P("Nguyễn Văn Hiển", "Phó Chủ tịch UBND xã"), P("Lại Thị Nga", "Phó Chủ tịch UBND xã")],
[Q("31 ý kiến", 31, "ý kiến, kiến nghị"), Q("180 đại biểu", 180, "đại biểu"), Q("24 thôn", 24, "thôn"),
 Q("28.000 đồng/kg", 28000, "đồng"), Q("35.000 đồng/kg", 35000, "đồng"), Q("46 hộ", 46, "hộ nuôi ngao"),
 Q("2,3 km", 2.3, "km"), Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("8 ý kiến", 8, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW"),
 D("Kế hoạch", "09", "KH/ĐU", "2025-08-25", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 09-KH/ĐU")],
[prov("Hưng Yên"), com("Đông Thụy Anh"), com("Thụy Trường"), com("Thụy Xuân")],
["ĐẢNG BỘ XÃ ĐÔNG THỤY ANH", "Trang thông tin điện tử xã Đông Thụy Anh, tỉnh Hưng Yên", "Trang chủ > Tin tức > Xây dựng Đảng - Dân vận",
 "Quang cảnh hội nghị đối thoại tại hội trường Đảng ủy xã.", "Trung tâm phục vụ hành chính công xã", "thôn Hòa Bình", "thôn Tam Đồng",
 "Dân vận khéo", "Ban Xây dựng Đảng Đảng ủy xã", "Lượt xem: 312"],
["Ngày đăng 19/09/2025 | 10:15", "năm 2025", "chính quyền địa phương 2 cấp", "quý IV", "từ 5 xuống 2 ngày", "15/10", "Lượt xem: 312"]))

PAGES.append(page("b454-laocai-hlhpn-traoqua-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang tin điện tử Hội LHPN tỉnh Lào Cai
Trang chủ › Hoạt động Hội › An sinh xã hội
12.12.2025 | 15:30
Trao 85 "Mái ấm tình thương" cho phụ nữ nghèo vùng cao
Chị Giàng Thị Sua, xã Mù Cang Chải, nhận biểu trưng hỗ trợ làm nhà. Ảnh: Hồng Duyên
Ngày 10/12, tại xã Mù Cang Chải, Hội LHPN tỉnh Lào Cai tổ chức trao biểu trưng hỗ trợ xây dựng 85 căn "Mái ấm tình thương" cho hội viên phụ nữ nghèo người Mông, Dao, Thái ở các xã vùng cao phía tây tỉnh (trước thuộc tỉnh Yên Bái). Mỗi căn được hỗ trợ 50 triệu đồng, tổng kinh phí 4,25 tỷ đồng.
Đến dự có bà Vừ Thị Chu, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; bà Nguyễn Thị Thanh Hoài, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh. Các bà Hoàng Thị Lan Anh, Sùng Thị Mỷ, Phó Chủ tịch Hội LHPN tỉnh, cùng trao biểu trưng.
Nguồn kinh phí được vận động theo Hướng dẫn số 21/HD-ĐCT ngày 06/10/2025 của Đoàn Chủ tịch Hội LHPN tỉnh, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" theo Chỉ thị 42/CT-TTg của Thủ tướng Chính phủ. Trong 85 căn, 36 căn ở xã Mù Cang Chải, 27 căn ở xã Khao Mang, 22 căn ở xã Púng Luông.
Chị Giàng Thị Sua, hội viên xã Mù Cang Chải, có chồng mất sớm, nuôi 4 con nhỏ, xúc động nói căn nhà 45 m2 là mơ ước cả đời. Chị Lý Thị Chiêm, Chủ tịch Hội LHPN xã Khao Mang, người Dao, cho biết chi hội còn góp thêm 420 ngày công và 2 tấn xi măng giúp các chị.
Bà Nguyễn Thị Thanh Hoài cho biết năm 2025, các cấp Hội trong tỉnh đã hỗ trợ xây mới, sửa chữa 312 "Mái ấm tình thương" với tổng trị giá hơn 14 tỷ đồng, trao 1.200 suất quà cho phụ nữ khó khăn.
Hồng Duyên
Số lượt đọc: 698
Tin liên quan
- Hội LHPN tỉnh Lào Cai tổng kết năm 2024
- 40 căn nhà cho phụ nữ Bắc Hà
""", "2025-12-12", "Trao 85 \"Mái ấm tình thương\" cho phụ nữ nghèo vùng cao",
E("trao_qua", None, "2025-12-10"),
[P("Giàng Thị Sua", "hội viên xã Mù Cang Chải"), P("Vừ Thị Chu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Hoài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Lan Anh", "Phó Chủ tịch Hội LHPN tỉnh"), P("Sùng Thị Mỷ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Chiêm", "Chủ tịch Hội LHPN xã Khao Mang")],
[Q("85 căn", 85, "căn"), Q("50 triệu đồng", 50000000, "đồng"), Q("4,25 tỷ đồng", 4250000000, "đồng"),
 Q("36 căn", 36, "căn"), Q("27 căn", 27, "căn"), Q("22 căn", 22, "căn"), Q("4 con", 4, "con"), Q("45 m2", 45, "m2"),
 Q("420 ngày công", 420, "ngày công"), Q("2 tấn", 2, "tấn"), Q("312", 312, "Mái ấm tình thương"),
 Q("hơn 14 tỷ đồng", 14000000000, "đồng", "over"), Q("1.200 suất quà", 1200, "suất quà")],
[D("Hướng dẫn", "21", "HD-ĐCT", "2025-10-06", "Đoàn Chủ tịch Hội LHPN tỉnh", "Hướng dẫn số 21/HD-ĐCT"),
 D("Chỉ thị", "42", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 42/CT-TTg")],
[prov("Lào Cai"), prov("Yên Bái"), com("Mù Cang Chải"), com("Khao Mang"), com("Púng Luông")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang tin điện tử Hội LHPN tỉnh Lào Cai", "Trang chủ › Hoạt động Hội › An sinh xã hội",
 "Chị Giàng Thị Sua, xã Mù Cang Chải, nhận biểu trưng hỗ trợ làm nhà. Ảnh: Hồng Duyên", "Mái ấm tình thương",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Số lượt đọc: 698"],
["12.12.2025 | 15:30", "năm 2025", "Số lượt đọc: 698"]))
