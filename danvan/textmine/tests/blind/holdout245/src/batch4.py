from lib import *
PAGES = []

PAGES.append(page("b5855-tuyenquang-btgdv-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Ba, 30/12/2025, 18:15
Đồng chí Phó Bí thư Tỉnh ủy phát biểu chỉ đạo tại hội nghị.
Phát biểu chỉ đạo của Phó Bí thư Tỉnh ủy tại hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025
Chiều 29/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026, kết nối trực tuyến tới 124 điểm cầu xã, phường. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang. Đồng chí Ma Thị Thoan, Phó Bí thư Tỉnh ủy, dự và phát biểu chỉ đạo.
"Thưa các đồng chí! Năm 2025 là năm đặc biệt: chúng ta vừa sắp xếp tổ chức bộ máy theo Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư, vừa tổ chức thành công Đại hội Đảng bộ tỉnh lần thứ I. Khối dân vận đã vận động 8.215 hộ dân hiến đất, tháo dỡ công trình cho các dự án; nhân dân góp trên 46 tỷ đồng xây dựng nông thôn mới. Phong trào thi đua 'Dân vận khéo' có 1.047 mô hình, trong đó 62 mô hình cấp tỉnh.
Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", tỉnh đã xóa 6.380 căn nhà tạm, vượt chỉ tiêu trước 3 tháng. Tôi ghi nhận đồng chí Sùng Mí Chá, Bí thư Đảng ủy xã Mèo Vạc, và đồng chí Lù Thị Dính, Bí thư Đảng ủy xã Đồng Văn, đã vận động 312 hộ người Mông di dời khỏi vùng sạt lở.
Năm 2026, tôi đề nghị các đồng chí thực hiện tốt Quy định số 304-QĐ/TW của Ban Chấp hành Trung ương, Kế hoạch 05, 06-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở xã, phường sau sắp xếp; mỗi xã có ít nhất 3 mô hình dân vận; 100% cán bộ dân vận cấp xã được tập huấn. Cần đặc biệt quan tâm 4.600 hộ đồng bào ở 38 xã biên giới."
Báo cáo tổng kết do đồng chí Hoàng Văn Thái, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy, trình bày. Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Thu Hiền, Vàng Thị Mai, Lê Đức Anh điều hành thảo luận. Đồng chí Triệu Thị Lìn, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, thông tin về tình hình 27 điểm nhóm Tin lành trên địa bàn.
Tham luận tại hội nghị, bà Nông Thị Thúy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, cho biết năm 2025 Mặt trận và các tổ chức chính trị - xã hội đã vận động được khoảng 18,7 tỷ đồng cho Quỹ "Vì người nghèo", hỗ trợ 940 hộ nghèo.
Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 22 tập thể và 34 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2025.
Minh Phương
Lượt xem: 1.356
Tin liên quan
- Hội nghị người có uy tín tỉnh Tuyên Quang năm 2025 (12/12/2025)
- Xã Yên Minh: ra mắt 5 mô hình dân vận (28/11/2025)
- Đồng Văn vận động 100 hộ dân tái định cư (15/11/2025)
""", "2025-12-30", "Phát biểu chỉ đạo của Phó Bí thư Tỉnh ủy tại hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025",
E("tong_ket", "2025", "2025-12-29"),
[P("Ma Thị Thoan", "Phó Bí thư Tỉnh ủy"),
 P("Sùng Mí Chá", "Bí thư Đảng ủy xã Mèo Vạc"), P("Lù Thị Dính", "Bí thư Đảng ủy xã Đồng Văn"),
 P("Hoàng Văn Thái", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hiền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Vàng Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Đức Anh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Triệu Thị Lìn", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nông Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("8.215 hộ dân", 8215, "hộ dân"),
 Q("trên 46 tỷ đồng", 46000000000, "đồng", "over"), Q("1.047 mô hình", 1047, "mô hình"), Q("62 mô hình cấp tỉnh", 62, "mô hình cấp tỉnh"),
 Q("6.380 căn nhà tạm", 6380, "căn nhà tạm"), Q("312 hộ người Mông", 312, "hộ người Mông"), Q("ít nhất 3 mô hình dân vận", 3, "mô hình dân vận", "over"),
 Q("100% cán bộ dân vận", 100, "%"), Q("4.600 hộ đồng bào", 4600, "hộ đồng bào"), Q("38 xã biên giới", 38, "xã biên giới"),
 Q("27 điểm nhóm Tin lành", 27, "điểm nhóm Tin lành"), Q("khoảng 18,7 tỷ đồng", 18700000000, "đồng", "approx"),
 Q("940 hộ nghèo", 940, "hộ nghèo"), Q("22 tập thể", 22, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 304-QĐ/TW"),
 D("Kế hoạch", "05", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 05, 06-KH/TU"),
 D("Kế hoạch", "06", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 05, 06-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Đồng Văn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ › Chính trị › Xây dựng Đảng",
 "Đồng chí Phó Bí thư Tỉnh ủy phát biểu chỉ đạo tại hội nghị.", "Dân vận khéo", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Vì người nghèo", "Lượt xem: 1.356"],
["Thứ Ba, 30/12/2025, 18:15", "năm 2025", "năm 2026", "Năm 2026", "lần thứ I", "3 tháng", "Lượt xem: 1.356"]))

PAGES.append(page("b5856-vinhlong-xa-giamsat-2025", """
Trang thông tin điện tử xã Tiểu Cần - tỉnh Vĩnh Long
Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể
Cập nhật: 14:10, 20/11/2025 (GMT+7)
Ủy ban MTTQ xã báo cáo kết quả giám sát việc hỗ trợ xóa nhà tạm năm 2025
Ngày 19/11/2025, Ủy ban MTTQ Việt Nam xã Tiểu Cần (tỉnh Vĩnh Long) tổ chức hội nghị thông qua kết quả giám sát việc thực hiện hỗ trợ xóa nhà tạm, nhà dột nát năm 2025 trên địa bàn xã. Đồng chí Thạch Sa Rưng, Bí thư Đảng ủy xã Tiểu Cần, dự và phát biểu chỉ đạo.
Quang cảnh hội nghị. Ảnh: Sơn Hùng
Theo báo cáo của đồng chí Kim Thị Sô Phia, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã, đoàn giám sát đã làm việc tại 11 ấp, kiểm tra 146 căn nhà được hỗ trợ, trong đó 98 căn xây mới và 48 căn sửa chữa. Mức hỗ trợ xây mới 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn, tổng kinh phí hơn 7,3 tỷ đồng theo Quyết định số 21/2024/QĐ-TTg của Thủ tướng Chính phủ. Qua giám sát phát hiện 3 căn chậm tiến độ, 2 hộ chưa được ký cam kết.
Phát biểu chỉ đạo, đồng chí Thạch Sa Rưng nói: "Thưa các đồng chí! Sau khi sáp nhập 3 xã cũ thành xã Tiểu Cần, khối lượng công việc tăng gấp đôi, nhưng Mặt trận vẫn hoàn thành 4 cuộc giám sát theo Quy định số 124-QĐ/TW và Hướng dẫn số 18-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tôi biểu dương các ông Sơn Văn Hên, Thạch Sô Ri - Trưởng Ban Công tác Mặt trận ấp, đã theo sát từng căn nhà của đồng bào Khmer.
Tôi đề nghị Mặt trận xã sau giám sát phải kiến nghị cụ thể; trong 15 ngày, UBND xã phải trả lời bằng văn bản. Các chi bộ ấp thực hiện nghiêm Nghị quyết số 08-NQ/ĐU ngày 25/8/2025 của Ban Chấp hành Đảng bộ xã về công tác an sinh xã hội; phấn đấu đến 30/12 hoàn thành 100% số căn nhà, không để hộ nào đón Tết trong nhà tạm."
Tham dự hội nghị có đồng chí Lâm Văn Thơ, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã; bà Kim Thị Hồng Đào, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã. Đại đức Thạch Sóc Kha, trụ trì chùa Cần Đăng, cho biết các chùa Phật giáo Nam tông Khmer trong xã đã vận động được 280 triệu đồng và 1.500 ngày công giúp các hộ.
Hội nghị cũng thông qua 6 kiến nghị gửi UBND xã, trong đó đề nghị sớm giải ngân khoảng 420 triệu đồng còn lại và hỗ trợ thêm 12 hộ có hoàn cảnh khó khăn về nhà ở chưa được đưa vào danh sách.
Kết luận hội nghị, đồng chí Kim Thị Sô Phia giao Ban Thường trực Ủy ban MTTQ xã theo dõi việc tiếp thu kiến nghị, báo cáo Đảng ủy xã trước ngày 15/12/2025.
Sơn Hùng - Đài Truyền thanh xã
Lượt truy cập: 2.907
Các tin khác
- Xã Tiểu Cần bàn giao 20 căn nhà đại đoàn kết (10/11/2025)
- Ngày hội Đại đoàn kết ở ấp Cầu Tre (05/11/2025)
- Mặt trận tỉnh Vĩnh Long giám sát tại xã Cầu Kè (25/10/2025)
""", "2025-11-20", "Ủy ban MTTQ xã báo cáo kết quả giám sát việc hỗ trợ xóa nhà tạm năm 2025",
E("giam_sat", "2025", "2025-11-19"),
[P("Thạch Sa Rưng", "Bí thư Đảng ủy xã Tiểu Cần"),
 P("Kim Thị Sô Phia", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Văn Hên", "Trưởng Ban Công tác Mặt trận ấp"), P("Thạch Sô Ri", "Trưởng Ban Công tác Mặt trận ấp"),
 P("Lâm Văn Thơ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
 P("Kim Thị Hồng Đào", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Thạch Sóc Kha", "Đại đức", "trụ trì chùa Cần Đăng")],
[Q("11 ấp", 11, "ấp"), Q("146 căn nhà", 146, "căn nhà"), Q("98 căn", 98, "căn"), Q("48 căn", 48, "căn"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"), Q("hơn 7,3 tỷ đồng", 7300000000, "đồng", "over"),
 Q("3 căn", 3, "căn"), Q("2 hộ", 2, "hộ"), Q("3 xã", 3, "xã"), Q("4 cuộc giám sát", 4, "cuộc giám sát"),
 Q("100% số căn nhà", 100, "%"), Q("280 triệu đồng", 280000000, "đồng"), Q("1.500 ngày công", 1500, "ngày công"),
 Q("6 kiến nghị", 6, "kiến nghị"), Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"), Q("12 hộ", 12, "hộ")],
[D("Quyết định", "21", "2024/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 21/2024/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW"),
 D("Hướng dẫn", "18", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 18-HD/MTTQ-BTT"),
 D("Nghị quyết", "08", "NQ/ĐU", "2025-08-25", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 08-NQ/ĐU ngày 25/8/2025")],
[prov("Vĩnh Long"), com("Tiểu Cần")],
["Trang thông tin điện tử xã Tiểu Cần - tỉnh Vĩnh Long", "Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể",
 "Quang cảnh hội nghị. Ảnh: Sơn Hùng", "Lượt truy cập: 2.907"],
["Cập nhật: 14:10, 20/11/2025 (GMT+7)", "năm 2025", "15 ngày", "30/12", "15/12/2025", "Lượt truy cập: 2.907"]))

PAGES.append(page("b5857-lamdong-phuong-traoqua-2026", """
BÁO LÂM ĐỒNG
Trang chủ » Xã hội » Dân vận
05/02/2026 - 11:25
Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, tặng quà Tết tại phường Bắc Gia Nghĩa
Ngày 4/2/2026, đoàn công tác tỉnh Lâm Đồng do đồng chí Điểu Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà gia đình chính sách, hộ nghèo, người có uy tín tại phường Bắc Gia Nghĩa và xã Quảng Sơn nhân dịp Tết Nguyên đán Bính Ngọ 2026.
Đồng chí Điểu Thị Hương trao quà cho người có uy tín. Ảnh: Hồng Thắm
Phát biểu tại buổi trao quà, đồng chí Điểu Thị Hương nói: "Năm 2025, tỉnh Lâm Đồng mới với 124 xã, phường, đặc khu đã ổn định bộ máy, hoàn thành xóa 5.730 căn nhà tạm, nhà dột nát. Riêng phường Bắc Gia Nghĩa đã vận động 96 hộ bàn giao mặt bằng cho dự án hồ trung tâm; tỷ lệ hộ nghèo đồng bào Mnông giảm còn 4,2%.
Tết này, thực hiện Kế hoạch số 36-KH/TU ngày 2/12/2025 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Bính Ngọ, toàn tỉnh dự kiến trao khoảng 92.000 suất quà với tổng giá trị trên 64 tỷ đồng, bảo đảm 100% hộ nghèo có Tết. Tôi đề nghị các đoàn thể đến tận nhà, không để người dân phải đi xa nhận quà; quan tâm 1.260 người có uy tín, già làng trong đồng bào dân tộc thiểu số tại chỗ."
Tại phường Bắc Gia Nghĩa, đoàn trao 150 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt và quà hiện vật trị giá 300.000 đồng; tặng 20 người có uy tín mỗi người 2 triệu đồng. Tại xã Quảng Sơn, đoàn trao 120 suất quà Tết cho hộ nghèo, hộ cận nghèo người Mnông, Mạ.
Cùng đi có các đồng chí: Y Khoa Niê, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Nguyễn Hữu Tài, Bí thư Đảng ủy phường Bắc Gia Nghĩa; Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Liên hiệp Phụ nữ phường. Già làng Điểu K'Rông, người có uy tín bon Bu Prăng, xã Quảng Sơn, thay mặt bà con cảm ơn tỉnh đã quan tâm.
Theo Ủy ban MTTQ Việt Nam tỉnh, Quỹ "Vì người nghèo" các cấp Tết này đã tiếp nhận 11,4 tỷ đồng; Tỉnh đoàn tổ chức chương trình "Xuân tình nguyện" tặng 3.000 phần quà cho thiếu nhi.
Trước đó, ngày 3/2, các đồng chí Phó Chủ tịch UBND tỉnh: Lê Trọng Yên, Hồ Văn Mười đã dẫn đoàn thăm, tặng quà tại các xã vùng biển và vùng đồng bào Chăm thuộc địa bàn tỉnh Bình Thuận cũ. Theo Hướng dẫn số 02-HD/BTGDVTU ngày 5/1/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy, các đoàn công tác của tỉnh sẽ thăm, tặng quà tại 48 xã đặc biệt khó khăn trước ngày 14/2/2026; mỗi đoàn làm việc với cấp ủy cơ sở, nắm tình hình tư tưởng của nhân dân dịp Tết.
Hồng Thắm
Lượt xem: 803
Tin liên quan
- Lâm Đồng: 4.000 suất quà Tết đến với người lao động (30/01/2026)
- Mặt trận tỉnh trao 200 căn nhà đại đoàn kết (20/01/2026)
- Phường Hàm Thắng tổ chức Chợ Tết 0 đồng (15/01/2026)
""", "2026-02-05", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, tặng quà Tết tại phường Bắc Gia Nghĩa",
E("trao_qua", None, "2026-02-04"),
[P("Điểu Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Khoa Niê", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Tài", "Bí thư Đảng ủy phường Bắc Gia Nghĩa"),
 P("Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Điểu K'Rông", "Già làng", "người có uy tín bon Bu Prăng"),
 P("Lê Trọng Yên", "Phó Chủ tịch UBND tỉnh"), P("Hồ Văn Mười", "Phó Chủ tịch UBND tỉnh")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("5.730 căn nhà tạm, nhà dột nát", 5730, "căn nhà tạm, nhà dột nát"),
 Q("96 hộ", 96, "hộ"), Q("4,2%", 4.2, "%"), Q("khoảng 92.000 suất quà", 92000, "suất quà", "approx"),
 Q("trên 64 tỷ đồng", 64000000000, "đồng", "over"), Q("100% hộ nghèo", 100, "%"), Q("1.260 người có uy tín", 1260, "người có uy tín"),
 Q("150 suất quà", 150, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("20 người có uy tín", 20, "người có uy tín"), Q("2 triệu đồng", 2000000, "đồng"), Q("120 suất quà Tết", 120, "suất quà"),
 Q("11,4 tỷ đồng", 11400000000, "đồng"), Q("3.000 phần quà", 3000, "phần quà"), Q("48 xã đặc biệt khó khăn", 48, "xã đặc biệt khó khăn")],
[D("Kế hoạch", "36", "KH/TU", "2025-12-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 36-KH/TU ngày 2/12/2025"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", "2026-01-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 02-HD/BTGDVTU ngày 5/1/2026")],
[prov("Lâm Đồng"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Quảng Sơn")],
["BÁO LÂM ĐỒNG", "Trang chủ » Xã hội » Dân vận", "Đồng chí Điểu Thị Hương trao quà cho người có uy tín. Ảnh: Hồng Thắm",
 "Tết Nguyên đán Bính Ngọ 2026", "Vì người nghèo", "Xuân tình nguyện", "Lượt xem: 803"],
["05/02/2026 - 11:25", "Năm 2025", "14/2/2026", "Lượt xem: 803"]))

PAGES.append(page("b5858-dongnai-btgdv-giaoban-2026", """
Báo Đồng Nai điện tử
Trang chủ / Chính trị / Dân vận
Thứ Năm, 09/04/2026 - 16:00
Hôm nay: Thứ Sáu, 10/04/2026
Ảnh: Đồng chí Phó Bí thư Tỉnh ủy phát biểu chỉ đạo giao ban.
Giao ban công tác dân vận quý I: "Bám dân, sát dân từ xã, phường mới"
Ngày 8/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức giao ban công tác dân vận quý I năm 2026 với Đảng ủy 95 xã, phường. Đồng chí Trương Văn Lộc, Phó Bí thư Tỉnh ủy, dự và phát biểu chỉ đạo. Báo Đồng Nai giới thiệu những nội dung chính của bài phát biểu.
"Thưa các đồng chí! Quý I năm 2026 là quý đầu tiên các xã, phường vận hành trọn vẹn mô hình chính quyền địa phương 2 cấp. Các đồng chí đã vận động 1.842 hộ dân bàn giao mặt bằng cho dự án Cao tốc Gia Nghĩa - Chơn Thành và Vành đai 4, không phát sinh điểm nóng. Tết Bính Ngọ, khối dân vận đã phối hợp trao hơn 126.000 suất quà với tổng trị giá khoảng 98 tỷ đồng.
Tôi biểu dương đồng chí Điểu Kiên, Bí thư Đảng ủy xã Bù Gia Mập, và đồng chí Thị Bích, Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Ơ, đã vận động 57 hộ đồng bào S'tiêng tham gia dự án trồng rừng. Ở phường Long Bình, tổ dân vận khu phố đã hòa giải thành 18 vụ mâu thuẫn trong quý.
Quý II, tôi đề nghị thực hiện tốt Chỉ thị số 03-CT/TU ngày 15/1/2026 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong các dự án trọng điểm, Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương và Quyết định số 99-QĐ/TW của Ban Bí thư về khung Quy chế dân vận. Mỗi xã, phường phải tổ chức ít nhất 2 hội nghị đối thoại trong quý, giải quyết 100% ý kiến thuộc thẩm quyền."
Theo báo cáo của đồng chí Nguyễn Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, quý I các cơ quan dân vận đã tiếp nhận 214 đơn thư, kiến nghị, đã giải quyết 187 đơn, đạt 87,4%. Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Minh Tuấn, Điểu Thị Ngọc Thủy báo cáo tình hình tôn giáo và công tác vận động công nhân tại 41 khu công nghiệp.
Đồng chí Lâm Văn Hải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh, cho biết quý I có 9 vụ ngừng việc tập thể với khoảng 3.200 công nhân tham gia, đều đã được giải quyết; Công đoàn đã hỗ trợ 2.500 đoàn viên có hoàn cảnh khó khăn, mỗi người 1,5 triệu đồng.
Kết thúc giao ban, Ban Tuyên giáo và Dân vận Tỉnh ủy thống nhất chọn 12 mô hình "Dân vận khéo" cấp tỉnh để biểu dương trong quý II; các xã vùng biên giới giáp Campuchia gửi báo cáo riêng trước ngày 20 hằng tháng.
Hoàng Lộc
Lượt xem: 1.977
Tin liên quan
- Bình Long: đối thoại với nông dân trồng điều (02/04/2026)
- Đồng Nai ra mắt 30 tổ tự quản nhà trọ (25/03/2026)
- Giao ban khối dân vận tháng 2/2026 (05/03/2026)
""", "2026-04-09", "Giao ban công tác dân vận quý I: \"Bám dân, sát dân từ xã, phường mới\"",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Trương Văn Lộc", "Phó Bí thư Tỉnh ủy"),
 P("Điểu Kiên", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Thị Bích", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Ơ"),
 P("Nguyễn Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Minh Tuấn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Điểu Thị Ngọc Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Văn Hải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh")],
[Q("95 xã, phường", 95, "xã, phường"), Q("1.842 hộ dân", 1842, "hộ dân"), Q("hơn 126.000 suất quà", 126000, "suất quà", "over"),
 Q("khoảng 98 tỷ đồng", 98000000000, "đồng", "approx"), Q("57 hộ đồng bào S'tiêng", 57, "hộ đồng bào S'tiêng"),
 Q("18 vụ mâu thuẫn", 18, "vụ mâu thuẫn"), Q("ít nhất 2 hội nghị đối thoại", 2, "hội nghị đối thoại", "over"), Q("100% ý kiến", 100, "%"), Q("214 đơn thư, kiến nghị", 214, "đơn thư, kiến nghị"),
 Q("187 đơn", 187, "đơn"), Q("87,4%", 87.4, "%"), Q("41 khu công nghiệp", 41, "khu công nghiệp"),
 Q("9 vụ ngừng việc tập thể", 9, "vụ ngừng việc tập thể"), Q("khoảng 3.200 công nhân", 3200, "công nhân", "approx"),
 Q("2.500 đoàn viên", 2500, "đoàn viên"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("12 mô hình", 12, "mô hình")],
[D("Chỉ thị", "03", "CT/TU", "2026-01-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 15/1/2026"),
 D("Nghị quyết", "43", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW của Ban Bí thư")],
[prov("Đồng Nai"), com("Bù Gia Mập"), com("Đắk Ơ"), com("Long Bình")],
["Báo Đồng Nai điện tử", "Trang chủ / Chính trị / Dân vận", "Hôm nay: Thứ Sáu, 10/04/2026",
 "Ảnh: Đồng chí Phó Bí thư Tỉnh ủy phát biểu chỉ đạo giao ban.", "Dân vận khéo", "Lượt xem: 1.977",
 "Cao tốc Gia Nghĩa - Chơn Thành", "Vành đai 4", "Bám dân, sát dân từ xã, phường mới"],
["Thứ Năm, 09/04/2026 - 16:00", "Hôm nay: Thứ Sáu, 10/04/2026", "quý I năm 2026", "Quý I năm 2026", "Quý II", "quý II",
 "2 cấp", "Vành đai 4", "Lượt xem: 1.977"]))

PAGES.append(page("b5859-gialai-btgdv-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ > Chính trị > Dân tộc - Tôn giáo
24/10/2025 - 07:45
Toàn cảnh hội nghị người có uy tín. Ảnh: Ksor Hoa
Phát huy vai trò người có uy tín trong xây dựng tỉnh Gia Lai mới
Ngày 23/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Sở Dân tộc và Tôn giáo tỉnh Gia Lai tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2025. Đây là hội nghị đầu tiên sau khi hợp nhất tỉnh Bình Định và tỉnh Gia Lai, với 480 đại biểu là già làng, trưởng thôn, người có uy tín của 135 xã, phường. Đồng chí Đinh Văn Thuận, Phó Bí thư Tỉnh ủy, dự và phát biểu chỉ đạo.
Phát biểu tại hội nghị, đồng chí Đinh Văn Thuận nói: "Kính thưa các già làng, các vị người có uy tín! Tỉnh Gia Lai mới có hơn 1,1 triệu đồng bào dân tộc thiểu số, trong đó 1.935 người có uy tín. Năm qua, các vị đã vận động bà con hiến 126.000 m2 đất, tham gia hòa giải thành 342 vụ việc, vận động 78 người từ bỏ hoạt động 'Tin lành Đê Ga' và 'Nhà nước Đê Ga'. Những đóng góp đó thật đáng trân trọng.
Thời gian tới, tôi đề nghị các cấp, các ngành thực hiện tốt Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ, Nghị quyết 17, 18-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về công tác dân tộc và về phát triển vùng Tây Gia Lai; chế độ hỗ trợ người có uy tín phải được chi đầy đủ, tối thiểu 4 lần mỗi năm. Sở Dân tộc và Tôn giáo chủ trì xây dựng cơ sở dữ liệu người có uy tín hoàn thành trong quý I năm 2026."
Tại hội nghị, đồng chí Rơ Châm H'Lưk, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, báo cáo kết quả; đồng chí Đinh Thị Lan, Giám đốc Sở Dân tộc và Tôn giáo, thông tin về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Các già làng Ksor Blăk, Rah Lan Thơm, Đinh Văn Kiêng - người có uy tín, tham luận về giữ gìn đoàn kết ở thôn, làng. Già làng Đinh Văn Kiêng, người có uy tín làng Canh Tiến, xã Canh Liên, cho biết làng đã vận động 43 hộ người Bahnar chuyển đổi sang trồng mì, keo.
Ông Siu Thương, Bí thư Chi bộ làng Plei Ơi, xã Ia Hrú, chia sẻ: nhờ người có uy tín, làng không còn tảo hôn, 100% trẻ em trong độ tuổi đến trường.
Hội nghị trao Bằng khen của Chủ tịch UBND tỉnh cho 65 người có uy tín tiêu biểu; tặng 480 phần quà, mỗi phần trị giá 1 triệu đồng. Tổng kinh phí hội nghị hơn 750 triệu đồng.
Ksor Hoa
Lượt xem: 1.489
Tin liên quan
- Gia Lai tổ chức tập huấn cho 300 người có uy tín (10/10/2025)
- Xã Ia Pa ra mắt mô hình "Làng không có tội phạm" (02/10/2025)
- Quy Nhơn: gặp mặt chức sắc tôn giáo (25/09/2025)
""", "2025-10-24", "Phát huy vai trò người có uy tín trong xây dựng tỉnh Gia Lai mới",
E("hoi_nghi", "2025", "2025-10-23"),
[P("Đinh Văn Thuận", "Phó Bí thư Tỉnh ủy"),
 P("Rơ Châm H'Lưk", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Lan", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Ksor Blăk", "già làng", "người có uy tín"), P("Rah Lan Thơm", "già làng", "người có uy tín"),
 P("Đinh Văn Kiêng", "già làng", "người có uy tín", "người có uy tín làng Canh Tiến"),
 P("Siu Thương", "Bí thư Chi bộ làng Plei Ơi")],
[Q("480 đại biểu", 480, "đại biểu"), Q("135 xã, phường", 135, "xã, phường"),
 Q("hơn 1,1 triệu đồng bào dân tộc thiểu số", 1100000, "đồng bào dân tộc thiểu số", "over"),
 Q("1.935 người có uy tín", 1935, "người có uy tín"), Q("126.000 m2", 126000, "m2"), Q("342 vụ việc", 342, "vụ việc"),
 Q("78 người", 78, "người"), Q("tối thiểu 4 lần", 4, "lần"), Q("43 hộ người Bahnar", 43, "hộ người Bahnar"),
 Q("100% trẻ em", 100, "%"), Q("65 người có uy tín tiêu biểu", 65, "người có uy tín tiêu biểu"), Q("480 phần quà", 480, "phần quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 750 triệu đồng", 750000000, "đồng", "over")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Nghị quyết", "17", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 17, 18-NQ/TU"),
 D("Nghị quyết", "18", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 17, 18-NQ/TU")],
[prov("Gia Lai"), prov("Bình Định"), com("Canh Liên"), com("Ia Hrú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ > Chính trị > Dân tộc - Tôn giáo", "Toàn cảnh hội nghị người có uy tín. Ảnh: Ksor Hoa",
 "Tin lành Đê Ga", "Nhà nước Đê Ga", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Lượt xem: 1.489", "Sở Dân tộc và Tôn giáo"],
["24/10/2025 - 07:45", "năm 2025", "quý I năm 2026", "Lượt xem: 1.489"]))

PAGES.append(page("b5860-daklak-btgdv-soket-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Sáu, 10/07/2026 - 17:30
Phó Bí thư Thường trực Tỉnh ủy: Dân vận phải gắn với từng nhiệm vụ chính trị ở cơ sở
Chiều 9/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026, kết nối đến 102 điểm cầu xã, phường. Đồng chí Y Jút Byă, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy, dự và phát biểu chỉ đạo.
Đồng chí Y Jút Byă phát biểu chỉ đạo hội nghị. Ảnh: H'Xuân
"Thưa các đồng chí! 6 tháng đầu năm 2026, sau khi hợp nhất tỉnh Phú Yên và tỉnh Đắk Lắk cũ, khối dân vận đã cơ bản ổn định tổ chức. Các đồng chí đã triển khai Nghị quyết Đại hội Đảng toàn quốc lần thứ XIV tới 100% chi bộ; vận động nhân dân hiến 48.600 m2 đất, đóng góp khoảng 37 tỷ đồng xây dựng đường giao thông và nhà văn hóa. Toàn tỉnh có 864 mô hình 'Dân vận khéo', trong đó 41 mô hình cấp tỉnh.
Tôi biểu dương các đồng chí Bí thư Đảng ủy xã: Y Ksơr Mlô, Nay Thị Hằng, Lê Văn Định đã trực tiếp đối thoại, giải quyết dứt điểm 16 vụ khiếu nại đông người về đất đai ở vùng giáp ranh hai tỉnh cũ. Ở phường Tuy Hòa, Mặt trận đã vận động 230 hộ ngư dân tham gia tổ đoàn kết trên biển.
Tuy nhiên, vẫn còn 6 điểm nhóm tôn giáo chưa được công nhận, 11 trường hợp tuyên truyền đạo trái phép. 6 tháng cuối năm, tôi đề nghị thực hiện tốt Kết luận số 19-KL/TW của Bộ Chính trị, Chỉ thị 02, 03-CT/TU ngày 5/3/2026 của Ban Thường vụ Tỉnh ủy; phấn đấu có thêm ít nhất 20 mô hình 'Dân vận khéo' cấp tỉnh; 95% trở lên đơn thư được giải quyết trong hạn."
Báo cáo sơ kết do đồng chí H'Nga Ênuôl, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy, trình bày. Theo báo cáo, 6 tháng qua các cơ quan dân vận tiếp nhận 176 đơn thư, đã chuyển cơ quan có thẩm quyền 163 đơn; Quỹ "Vì người nghèo" các cấp vận động được 22,4 tỷ đồng, xây mới 310 căn nhà đại đoàn kết.
Tham luận tại hội nghị, đồng chí Trần Thị Minh Thư, Trưởng phòng Tuyên truyền và Dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy, đề xuất bố trí kinh phí 1,8 tỷ đồng cho bồi dưỡng 2.040 cán bộ dân vận cấp xã. Đồng chí Y Phen Niê, Trưởng thôn buôn Ea Tar, xã Cư Mgar, được tín nhiệm giữ chức Tổ trưởng Tổ dân vận buôn, chia sẻ kinh nghiệm vận động 52 hộ đồng bào Êđê chuyển đổi cây trồng.
Kết luận hội nghị, đồng chí H'Nga Ênuôl giao các phòng chuyên môn hoàn thành kế hoạch 6 tháng cuối năm trước ngày 20/7.
H'Xuân - Minh Hà
Lượt xem: 1.642
Các tin khác
- Sơ kết phong trào "Dân vận khéo" tại phường Buôn Ma Thuột (30/06/2026)
- Xã Ea Kar đối thoại với 200 nông dân (22/06/2026)
- Gặp mặt chức sắc tôn giáo 6 tháng đầu năm (15/06/2026)
""", "2026-07-10", "Phó Bí thư Thường trực Tỉnh ủy: Dân vận phải gắn với từng nhiệm vụ chính trị ở cơ sở",
E("so_ket", "2026-H1", "2026-07-09"),
[P("Y Jút Byă", "Ủy viên Trung ương Đảng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Y Ksơr Mlô", "Bí thư Đảng ủy xã"), P("Nay Thị Hằng", "Bí thư Đảng ủy xã"), P("Lê Văn Định", "Bí thư Đảng ủy xã"),
 P("H'Nga Ênuôl", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Minh Thư", "Trưởng phòng Tuyên truyền và Dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Phen Niê", "Trưởng thôn buôn Ea Tar", "Tổ trưởng Tổ dân vận buôn")],
[Q("102 điểm cầu xã, phường", 102, "điểm cầu xã, phường"), Q("100% chi bộ", 100, "%"), Q("48.600 m2", 48600, "m2"),
 Q("khoảng 37 tỷ đồng", 37000000000, "đồng", "approx"), Q("864 mô hình", 864, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("16 vụ khiếu nại đông người", 16, "vụ khiếu nại đông người"), Q("230 hộ ngư dân", 230, "hộ ngư dân"),
 Q("6 điểm nhóm tôn giáo", 6, "điểm nhóm tôn giáo"), Q("11 trường hợp", 11, "trường hợp"),
 Q("ít nhất 20 mô hình", 20, "mô hình", "over"), Q("95% trở lên", 95, "%", "over"), Q("176 đơn thư", 176, "đơn thư"),
 Q("163 đơn", 163, "đơn"), Q("22,4 tỷ đồng", 22400000000, "đồng"), Q("310 căn nhà đại đoàn kết", 310, "căn nhà đại đoàn kết"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("2.040 cán bộ dân vận cấp xã", 2040, "cán bộ dân vận cấp xã"),
 Q("52 hộ đồng bào Êđê", 52, "hộ đồng bào Êđê")],
[D("Kết luận", "19", "KL/TW", None, "Bộ Chính trị", "Kết luận số 19-KL/TW của Bộ Chính trị"),
 D("Chỉ thị", "02", "CT/TU", "2026-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU ngày 5/3/2026"),
 D("Chỉ thị", "03", "CT/TU", "2026-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU ngày 5/3/2026")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Tuy Hòa"), com("Cư Mgar")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK", "Trang chủ » Chính trị » Xây dựng Đảng",
 "Đồng chí Y Jút Byă phát biểu chỉ đạo hội nghị. Ảnh: H'Xuân", "Dân vận khéo", "Vì người nghèo", "Lượt xem: 1.642",
 "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIV"],
["Thứ Sáu, 10/07/2026 - 17:30", "6 tháng đầu năm", "6 tháng cuối năm 2026", "6 tháng đầu năm 2026", "6 tháng cuối năm",
 "lần thứ XIV", "20/7", "Lượt xem: 1.642"]))
