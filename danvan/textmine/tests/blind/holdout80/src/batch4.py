from lib import *
PAGES = []

PAGES.append(page("b1895-travinh-tinhdoan-soket-2024", """
TỈNH ĐOÀN TRÀ VINH
Trang chủ > Tin tức > Hoạt động Đoàn - Hội - Đội
12/07/2024 | 09:15
Thanh niên Trà Vinh: 6 tháng kết nạp 2.146 đoàn viên mới
Chiều 11/7, Ban Thường vụ Tỉnh đoàn Trà Vinh tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2024. Đồng chí Thạch Sô Phanh, Tỉnh ủy viên, Bí thư Tỉnh đoàn chủ trì. Dự hội nghị có đồng chí Kim Thị Sô Kha, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Thạch Sô Phanh phát biểu kết luận hội nghị. Ảnh: Hữu Trí
Sáu tháng qua, các cấp bộ Đoàn triển khai Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, Chương trình hành động số 08-CTr/TĐTN của Ban Chấp hành Tỉnh đoàn và kế hoạch số 112-KH/TĐTN về Tháng Thanh niên năm 2024. Toàn tỉnh kết nạp 2.146 đoàn viên mới, giới thiệu 238 đoàn viên ưu tú cho Đảng, trong đó có 104 đoàn viên là người dân tộc Khmer.
Các cấp bộ Đoàn thực hiện 215 công trình, phần việc thanh niên, trị giá hơn 3,6 tỷ đồng; trồng 18.500 cây xanh; thắp sáng 42 km đường quê. Tỉnh đoàn phối hợp mở 12 lớp dạy nghề cho 360 thanh niên nông thôn, hỗ trợ 25 dự án khởi nghiệp vay 1,85 tỷ đồng. Có 87,5% chi đoàn sinh hoạt đều đặn hằng tháng.
Tại hội nghị, đồng chí Sơn Thị Ngọc Bích, Bí thư Huyện đoàn Trà Cú, chia sẻ mô hình "Thanh niên dạy chữ Khmer hè" tại các chùa; đồng chí Thạch Minh Luân, Bí thư Đoàn xã Ngọc Biên, cho biết đoàn viên đã giúp bà con thu hoạch lúa hè thu. Đoàn xã Long Đức được biểu dương về mô hình "Tuyến hẻm xanh - sạch - đẹp". Các đồng chí Trần Quốc Huy, Thạch Thị Mỹ Linh - Phó Bí thư Tỉnh đoàn, thông tin kế hoạch Chiến dịch Thanh niên tình nguyện hè năm 2024.
Hội nghị cũng chỉ ra một số hạn chế: việc tập hợp thanh niên đi làm ăn xa ở các tỉnh miền Đông còn khó; chất lượng sinh hoạt chi đoàn ấp, khóm chưa cao; ứng dụng chuyển đổi số trong quản lý đoàn viên ở một số cơ sở còn chậm, dữ liệu đoàn viên chưa được cập nhật kịp thời trên phần mềm.
Phát biểu kết luận, đồng chí Thạch Sô Phanh đề nghị 6 tháng cuối năm các cơ sở Đoàn tập trung hoàn thành chỉ tiêu kết nạp đoàn viên, chăm lo thanh niên yếu thế, tích cực tham gia phòng, chống ma túy và xây dựng nông thôn mới nâng cao.
Các đại biểu cũng đề nghị Tỉnh đoàn quan tâm bồi dưỡng kỹ năng cho bí thư chi đoàn ấp, khóm là người dân tộc Khmer, tăng cường phối hợp với nhà chùa trong tập hợp thanh niên, phát huy vai trò của sư sãi trẻ trong tuyên truyền pháp luật và giữ gìn bản sắc văn hóa dân tộc.
Hữu Trí
Lượt xem: 684
Tin liên quan
- Cầu Ngang: ra quân Chiến dịch Thanh niên tình nguyện hè (05/07/2024)
- Tỉnh đoàn trao 100 suất học bổng cho học sinh Khmer (20/06/2024)
- Tuyên dương 30 thanh niên tiêu biểu làm theo lời Bác (10/05/2024)
""", "2024-07-12", "Thanh niên Trà Vinh: 6 tháng kết nạp 2.146 đoàn viên mới",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Thạch Sô Phanh", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Kim Thị Sô Kha", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Thị Ngọc Bích", "Bí thư Huyện đoàn Trà Cú"),
 P("Thạch Minh Luân", "Bí thư Đoàn xã Ngọc Biên"),
 P("Trần Quốc Huy", "Phó Bí thư Tỉnh đoàn"),
 P("Thạch Thị Mỹ Linh", "Phó Bí thư Tỉnh đoàn")],
[Q("2.146 đoàn viên mới", 2146, "đoàn viên mới"), Q("238 đoàn viên ưu tú", 238, "đoàn viên ưu tú"), Q("104 đoàn viên", 104, "đoàn viên"),
 Q("215 công trình, phần việc thanh niên", 215, "công trình, phần việc thanh niên"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("18.500 cây xanh", 18500, "cây xanh"), Q("42 km", 42, "km"), Q("12 lớp dạy nghề", 12, "lớp dạy nghề"),
 Q("360 thanh niên nông thôn", 360, "thanh niên nông thôn"), Q("25 dự án khởi nghiệp", 25, "dự án khởi nghiệp"),
 Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("87,5%", 87.5, "%")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Chương trình hành động", "08", "CTr/TĐTN", None, "Ban Chấp hành Tỉnh đoàn", "Chương trình hành động số 08-CTr/TĐTN"),
 D("Kế hoạch", "112", "KH/TĐTN", None, None, "kế hoạch số 112-KH/TĐTN")],
[prov("Trà Vinh"), com("Ngọc Biên"), com("Long Đức")],
["TỈNH ĐOÀN TRÀ VINH", "Trang chủ > Tin tức > Hoạt động Đoàn - Hội - Đội", "Đồng chí Thạch Sô Phanh phát biểu kết luận hội nghị. Ảnh: Hữu Trí",
 "Tháng Thanh niên", "Thanh niên dạy chữ Khmer hè", "Tuyến hẻm xanh - sạch - đẹp", "Thanh niên tình nguyện hè", "Lượt xem: 684"],
["12/07/2024 | 09:15", "6 tháng đầu năm 2024", "Sáu tháng qua", "năm 2024", "6 tháng cuối năm", "Lượt xem: 684"]))

PAGES.append(page("b1896-binhphuoc-hlhpn-tongket-2024", """
Hội LHPN tỉnh Bình Phước
Trang chủ / Tin tức / Hoạt động Hội
Cập nhật: 27/12/2024 10:40
Ảnh: Toàn cảnh hội nghị.
Phụ nữ Bình Phước hoàn thành vượt 12/12 chỉ tiêu năm 2024
Ngày 26/12, Ban Chấp hành Hội LHPN tỉnh Bình Phước tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Điểu Thị Huệ, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì. Dự hội nghị có đồng chí Thị Mai Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2024, các cấp hội thực hiện Chỉ thị 21-CT/TW của Ban Bí thư, Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XI và Kế hoạch 45, 46-KH/HPN của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ phụ nữ dân tộc thiểu số phát triển kinh tế và về phòng, chống bạo lực gia đình. Toàn tỉnh hoàn thành vượt 12/12 chỉ tiêu năm; kết nạp 3.285 hội viên mới, nâng tổng số hội viên lên 212.640 người.
Hội vận động xây tặng 32 căn nhà tình thương, mỗi căn trị giá 60 triệu đồng; trao 150 suất học bổng "Nâng bước em đến trường" cho học sinh dân tộc S'tiêng, M'nông. Dư nợ ủy thác qua Hội đạt 1.248 tỷ đồng với 24.310 hộ vay. Hội hỗ trợ 68 ý tưởng khởi nghiệp, thành lập 9 hợp tác xã do phụ nữ làm chủ; 1.420 hộ hội viên thoát nghèo. Có 92% cơ sở hội được xếp loại vững mạnh.
Tại hội nghị, chị Điểu Thị Nhinh, Chủ tịch Hội LHPN xã Bom Bo, giới thiệu mô hình "Phụ nữ S'tiêng giữ nghề dệt thổ cẩm"; chị Thị Hen, Phó Chủ tịch Hội LHPN xã Đắk Ơ, chia sẻ cách vận động chị em bỏ tảo hôn. Hội LHPN phường Tân Phú báo cáo kết quả vận động phụ nữ tham gia giữ gìn trật tự đô thị.
Đồng chí Lâm Thị Hồng Nhung, Phó Chủ tịch Thường trực Hội LHPN tỉnh, quán triệt chủ trương sắp xếp tổ chức bộ máy của hệ thống chính trị theo Nghị quyết 18-NQ/TW ngày 25/10/2017 của BCH Trung ương (khóa XII), đề nghị cán bộ hội giữ vững tư tưởng, làm tốt công việc được giao.
Hội nghị đánh giá, công tác nắm tình hình phụ nữ ở vùng giáp biên còn hạn chế; nguồn lực hỗ trợ sinh kế còn phụ thuộc cấp trên; một số chi hội sinh hoạt chưa đều. Các ý kiến đề nghị tăng cường tập huấn kỹ năng số cho cán bộ hội cơ sở.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 3 tập thể và 5 cá nhân.
Phát biểu chỉ đạo, đồng chí Thị Mai Hương đề nghị các cấp hội chuẩn bị tốt các điều kiện để sắp xếp tổ chức hội theo chủ trương chung, không để gián đoạn hoạt động; tiếp tục quan tâm chăm lo phụ nữ yếu thế, phụ nữ đồng bào dân tộc thiểu số dịp Tết Nguyên đán.
Thùy Dương
Lượt truy cập: 1.096.233
Tin cùng chuyên mục
- Bù Đăng: ra mắt mô hình "Địa chỉ tin cậy" (16/12/2024)
- Hội LHPN tỉnh trao 20 căn Mái ấm tình thương (05/12/2024)
- Phước Long tập huấn khởi nghiệp cho phụ nữ (25/11/2024)
""", "2024-12-27", "Phụ nữ Bình Phước hoàn thành vượt 12/12 chỉ tiêu năm 2024",
E("tong_ket", "2024", "2024-12-26"),
[P("Điểu Thị Huệ", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Thị Mai Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Nhinh", "Chủ tịch Hội LHPN xã Bom Bo"),
 P("Thị Hen", "Phó Chủ tịch Hội LHPN xã Đắk Ơ"),
 P("Lâm Thị Hồng Nhung", "Phó Chủ tịch Thường trực Hội LHPN tỉnh")],
[Q("12/12 chỉ tiêu", 12, "chỉ tiêu"), Q("3.285 hội viên mới", 3285, "hội viên mới"), Q("212.640 người", 212640, "người"),
 Q("32 căn nhà tình thương", 32, "căn nhà tình thương"), Q("60 triệu đồng", 60000000, "đồng"), Q("150 suất học bổng", 150, "suất học bổng"),
 Q("1.248 tỷ đồng", 1248000000000, "đồng"), Q("24.310 hộ", 24310, "hộ"), Q("68 ý tưởng khởi nghiệp", 68, "ý tưởng khởi nghiệp"),
 Q("9 hợp tác xã", 9, "hợp tác xã"), Q("1.420 hộ hội viên", 1420, "hộ hội viên"), Q("92%", 92, "%"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân")],
[D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW"),
 D("Kế hoạch", "45", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 45, 46-KH/HPN"),
 D("Kế hoạch", "46", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 45, 46-KH/HPN"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", "Nghị quyết 18-NQ/TW ngày 25/10/2017")],
[prov("Bình Phước"), com("Bom Bo"), com("Đắk Ơ"), com("Tân Phú")],
["Hội LHPN tỉnh Bình Phước", "Trang chủ / Tin tức / Hoạt động Hội", "Ảnh: Toàn cảnh hội nghị.",
 "Nâng bước em đến trường", "Phụ nữ S'tiêng giữ nghề dệt thổ cẩm", "Lượt truy cập: 1.096.233"],
["Cập nhật: 27/12/2024 10:40", "năm 2024", "năm 2025", "lần thứ XI", "khóa XII", "Lượt truy cập: 1.096.233"]))

PAGES.append(page("b1897-tuyenquang-hnd-soket-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG - HỘI NÔNG DÂN TỈNH
Trang chủ › Tin tức › Hoạt động Hội Nông dân
18/07/2025 - 15:45
Hội Nông dân tỉnh Tuyên Quang sơ kết 6 tháng đầu năm 2025
Ngày 17/7, Hội Nông dân tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên của Hội Nông dân tỉnh sau khi hợp nhất Hội Nông dân hai tỉnh Tuyên Quang và Hà Giang, trực thuộc Ủy ban MTTQ Việt Nam tỉnh. Hội nghị được kết nối trực tuyến tới 124 điểm cầu xã, phường.
Đồng chí Ma Thị Thúy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh chủ trì. Dự hội nghị có đồng chí Giàng Seo Vần, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Báo cáo cho biết, toàn tỉnh hiện có 368.420 hội viên. 6 tháng đầu năm, các cấp hội kết nạp 1.940 hội viên mới; tổ chức 312 lớp tập huấn cho 18.600 lượt hội viên; Quỹ Hỗ trợ nông dân các cấp đạt 78,5 tỷ đồng, cho 2.640 hộ vay. Các cấp hội thực hiện Nghị quyết 60-NQ/TW của BCH Trung ương, Kết luận 127, 128-KL/TW của Bộ Chính trị về sắp xếp tổ chức bộ máy, và Hướng dẫn số 12-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức hội đoàn thể sau sắp xếp.
Nông dân vùng cao núi đá đã trồng mới 1.850 ha chè Shan tuyết, cam sành; xây dựng 46 sản phẩm OCOP đạt 3 sao trở lên. Trong đợt hỗ trợ xóa nhà tạm, nhà dột nát, hội viên đóng góp 14.200 ngày công.
Tại hội nghị, ông Lù Seo Pháng, Chủ tịch Hội Nông dân xã Lũng Phìn, kiến nghị sớm kiện toàn cán bộ chi hội sau sắp xếp thôn; bà Triệu Thị Mai, Phó Chủ tịch Hội Nông dân phường Hà Giang 1, đề nghị hỗ trợ chứng nhận sản phẩm chè. Hội Nông dân xã Yên Sơn giới thiệu mô hình tổ hợp tác nuôi cá lồng trên hồ thủy điện.
Hội nghị nhận định, việc vận hành mô hình chính quyền địa phương hai cấp bước đầu thuận lợi; song cán bộ hội cấp xã phần lớn mới, kiêm nhiệm nhiều việc, địa bàn rộng, việc nắm tình hình hội viên ở các thôn vùng sâu còn khó khăn. Một số xã chưa bố trí kinh phí hoạt động cho chi hội.
Kết luận hội nghị, đồng chí Ma Thị Thúy đề nghị 6 tháng cuối năm các cấp hội ổn định tổ chức, chuẩn bị tốt đại hội Hội Nông dân cấp xã, phấn đấu hoàn thành chỉ tiêu năm 2025.
Các ý kiến cũng đề nghị Ủy ban MTTQ Việt Nam tỉnh sớm ban hành quy chế phối hợp giữa Hội Nông dân với các đoàn thể trong tổ chức thực hiện các chương trình hỗ trợ nông dân; quan tâm đào tạo, bồi dưỡng cán bộ hội là người dân tộc thiểu số ở các xã biên giới.
Minh Đức
Xem thêm
- Hội Nông dân tỉnh Tuyên Quang ra mắt sau hợp nhất (02/07/2025)
- Lũng Phìn: nông dân trồng 50 ha chè (20/06/2025)
- Tập huấn kỹ thuật nuôi ong cho hội viên Mèo Vạc (10/06/2025)
""", "2025-07-18", "Hội Nông dân tỉnh Tuyên Quang sơ kết 6 tháng đầu năm 2025",
E("so_ket", "2025-H1", "2025-07-17"),
[P("Ma Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Giàng Seo Vần", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lù Seo Pháng", "Chủ tịch Hội Nông dân xã Lũng Phìn"),
 P("Triệu Thị Mai", "Phó Chủ tịch Hội Nông dân phường Hà Giang 1")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("368.420 hội viên", 368420, "hội viên"),
 Q("1.940 hội viên mới", 1940, "hội viên mới"), Q("312 lớp tập huấn", 312, "lớp tập huấn"), Q("18.600 lượt hội viên", 18600, "lượt hội viên"),
 Q("78,5 tỷ đồng", 78500000000, "đồng"), Q("2.640 hộ", 2640, "hộ"), Q("1.850 ha", 1850, "ha"), Q("46 sản phẩm OCOP", 46, "sản phẩm OCOP"),
 Q("14.200 ngày công", 14200, "ngày công")],
[D("Nghị quyết", "60", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 60-NQ/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị", "Kết luận 127, 128-KL/TW"),
 D("Hướng dẫn", "12", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12-HD/MTTW-BTT")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Phìn"), com("Hà Giang 1"), com("Yên Sơn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG - HỘI NÔNG DÂN TỈNH", "Trang chủ › Tin tức › Hoạt động Hội Nông dân",
 "Các đại biểu dự hội nghị tại điểm cầu tỉnh.", "Quỹ Hỗ trợ nông dân", "OCOP"],
["18/07/2025 - 15:45", "6 tháng đầu năm 2025", "6 tháng cuối năm", "3 sao", "năm 2025"]))

PAGES.append(page("b1898-vinhlong-tieucan-hlhpn-tongket-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TIỂU CẦN - TỈNH VĨNH LONG
Trang chủ - Tin tức - Mặt trận và các đoàn thể
Thứ Sáu, 19/12/2025
Hội LHPN xã Tiểu Cần tổng kết công tác Hội năm 2025
Ngày 18/12/2025, Hội Liên hiệp Phụ nữ xã Tiểu Cần tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, triển khai phương hướng nhiệm vụ năm 2026. Đồng chí Thạch Thị Sa Rinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã chủ trì. Dự hội nghị có đồng chí Kiên Văn Phước, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Chị em hội viên nhận giấy khen tại hội nghị.
Xã Tiểu Cần (tỉnh Vĩnh Long) được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập thị trấn Tiểu Cần và các xã lân cận. Hội LHPN xã hiện có 46 chi hội với 6.215 hội viên, trong đó 2.380 hội viên là người dân tộc Khmer. Năm 2025, Hội kết nạp 215 hội viên mới; vận động 120 phần quà Tết, trị giá 60 triệu đồng, tặng phụ nữ nghèo; phối hợp xây 4 căn nhà tình thương cho hội viên khó khăn. Hội quản lý 18 tổ tiết kiệm và vay vốn với dư nợ 42,6 tỷ đồng.
Hội triển khai Nghị quyết số 05-NQ/ĐU ngày 15/9/2025 của Đảng ủy xã về phát triển kinh tế hộ gắn với giảm nghèo bền vững và Kế hoạch số 09/KH-MTTQ-HLHPN của Ban Thường trực Ủy ban MTTQ Việt Nam xã về công tác phụ nữ sau sắp xếp. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" có 4.860 hộ đạt chuẩn.
Tại hội nghị, chị Sơn Thị Ngọc Hà, Chi hội trưởng phụ nữ ấp Ông Rùm, chia sẻ cách vận động chị em Khmer tham gia tổ hợp tác đan lục bình; chị Lý Thị Sóc Kha ở ấp Cây Hẹ kể câu chuyện thoát nghèo nhờ nuôi bò vỗ béo. Chị Dương Thị Thu Trang, Phó Chủ tịch Hội LHPN xã, thông qua dự thảo chương trình công tác năm 2026.
Hội nghị thẳng thắn chỉ ra: sau sắp xếp, địa bàn xã rộng, nhiều chi hội phải kiện toàn lại; cán bộ chi hội phần lớn lớn tuổi, hạn chế về kỹ năng số; việc nắm bắt tâm tư phụ nữ đi làm công nhân ở các tỉnh khác chưa kịp thời.
Phát biểu chỉ đạo, đồng chí Kiên Văn Phước ghi nhận những đóng góp của phụ nữ xã trong năm đầu thực hiện chính quyền địa phương hai cấp, đề nghị Hội tiếp tục đồng hành cùng chị em phát triển kinh tế, giữ gìn bản sắc văn hóa Khmer. Dịp này, Hội LHPN xã tặng giấy khen cho 6 tập thể và 14 cá nhân.
Các chi hội cũng kiến nghị Hội cấp trên tổ chức tập huấn kỹ năng sử dụng điện thoại thông minh, kỹ năng bán hàng trực tuyến cho hội viên; đồng thời có cơ chế hỗ trợ kinh phí hoạt động cho chi hội ở các ấp đông đồng bào dân tộc Khmer.
Ban Biên tập
Tin khác
- Xã Tiểu Cần ra mắt Ủy ban MTTQ Việt Nam xã (02/07/2025)
- Trao 10 con bò giống cho hộ nghèo người Khmer (15/11/2025)
- Hội LHPN xã tổ chức ngày hội phụ nữ khởi nghiệp (20/10/2025)
""", "2025-12-19", "Hội LHPN xã Tiểu Cần tổng kết công tác Hội năm 2025",
E("tong_ket", "2025", "2025-12-18"),
[P("Thạch Thị Sa Rinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Kiên Văn Phước", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Thị Ngọc Hà", "Chi hội trưởng phụ nữ ấp Ông Rùm"),
 P("Lý Thị Sóc Kha"),
 P("Dương Thị Thu Trang", "Phó Chủ tịch Hội LHPN xã")],
[Q("46 chi hội", 46, "chi hội"), Q("6.215 hội viên", 6215, "hội viên"), Q("2.380 hội viên", 2380, "hội viên"),
 Q("215 hội viên mới", 215, "hội viên mới"), Q("120 phần quà", 120, "phần quà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("4 căn nhà tình thương", 4, "căn nhà tình thương"), Q("18 tổ tiết kiệm và vay vốn", 18, "tổ tiết kiệm và vay vốn"), Q("42,6 tỷ đồng", 42600000000, "đồng"),
 Q("4.860 hộ", 4860, "hộ"), Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị quyết", "05", "NQ/ĐU", "2025-09-15", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 15/9/2025"),
 D("Kế hoạch", "09", "KH-MTTQ-HLHPN", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 09/KH-MTTQ-HLHPN")],
[prov("Vĩnh Long"), com("Tiểu Cần")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TIỂU CẦN - TỈNH VĨNH LONG", "Trang chủ - Tin tức - Mặt trận và các đoàn thể",
 "Chị em hội viên nhận giấy khen tại hội nghị.", "Xây dựng gia đình 5 không, 3 sạch"],
["Thứ Sáu, 19/12/2025", "năm 2025", "năm 2026", "1/7/2025", "5 không, 3 sạch"]))

PAGES.append(page("b1899-lamdong-ccb-chandung-2026", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Xã hội › Người tốt việc tốt
10-02-2026 08:30
Ông Y Ba Liêng trò chuyện cùng hội viên tại vườn cà phê. Ảnh: Hồ Nam
Người cựu binh M'nông làm giàu trên đất Đắk Wil
Ở xã Đắk Wil, nhắc đến ông Y Ba Liêng, Chi hội trưởng Chi hội Cựu chiến binh bon Đắk Xuyên, ai cũng quý mến. Rời quân ngũ năm 1989, người cựu binh M'nông trở về với 2 ha đất đồi cằn. Đến nay, gia đình ông có 6 ha cà phê, hồ tiêu, sầu riêng, mỗi năm thu lãi hơn 1,2 tỷ đồng, tạo việc làm thường xuyên cho 15 lao động.
Không chỉ làm giàu cho mình, ông Y Ba Liêng còn cho 12 hộ hội viên nghèo mượn 8.000 cây giống, hướng dẫn kỹ thuật tưới tiết kiệm; đã có 9 hộ thoát nghèo. Ông đứng ra thành lập tổ hợp tác cà phê sạch với 23 thành viên, liên kết tiêu thụ với doanh nghiệp, giá bán cao hơn thị trường khoảng 10%.
Bà H'Lim Ksơr, Chủ tịch Hội Cựu chiến binh xã Đắk Wil, cho biết: chi hội bon Đắk Xuyên có 31 hội viên, nhiều năm liền không có hội viên vi phạm pháp luật; quỹ chi hội đạt 86 triệu đồng, quay vòng cho hội viên vay không lấy lãi. Năm 2025, ông được Hội Cựu chiến binh tỉnh Lâm Đồng tặng bằng khen vì thành tích trong phong trào "Cựu chiến binh gương mẫu".
Sau ngày 1/7/2025, khi tỉnh Đắk Nông hợp nhất vào tỉnh Lâm Đồng và bỏ cấp huyện, ông Y Ba Liêng tiếp tục được tín nhiệm làm Chi hội trưởng. Ông tích cực tuyên truyền để bà con hiểu Kết luận 137-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp đơn vị hành chính, không nghe lời xúi giục của kẻ xấu. Cùng với Ban công tác Mặt trận bon, ông vận động bà con hiến 1.500 m2 đất mở đường vào khu sản xuất.
Ông Điểu Văn Khanh, Phó Chủ tịch UBND xã Đắk Wil, nhận xét: "Ông Y Ba Liêng là tấm gương của tinh thần 'Bộ đội Cụ Hồ' trên mặt trận kinh tế". Ông Y Ba Liêng chỉ cười hiền: "Còn sức thì còn giúp bà con, đồng đội. Mình làm được thì người khác cũng làm được."
Năm nay, ông dự định mở rộng vườn sầu riêng thêm 1 ha và hướng dẫn thêm 5 hộ đồng đội trồng theo tiêu chuẩn hữu cơ. Với ông, niềm vui lớn nhất là thấy bon làng ngày một khởi sắc, con cháu được học hành đến nơi đến chốn, không còn cảnh đói giáp hạt như những năm đầu ông trở về.
Những ngày giáp Tết, căn nhà sàn của ông lúc nào cũng rộn tiếng cười của bà con đến hỏi cách chăm cây, bón phân. Ông bảo, điều quan trọng nhất không phải là vốn mà là sự kiên trì và dám thay đổi cách làm cũ, bỏ lối canh tác quảng canh để chuyển sang sản xuất theo hướng hàng hóa.
Hồ Nam
Tin cùng chuyên mục
- Nữ hội viên nông dân K'Ho làm giàu từ cây cà phê (05/02/2026)
- Cựu chiến binh Đức Trọng hiến đất làm đường (28/01/2026)
- Gương sáng người có uy tín ở bon Bu Prăng (20/01/2026)
""", "2026-02-10", "Người cựu binh M'nông làm giàu trên đất Đắk Wil",
E("khac", None, None),
[P("Y Ba Liêng", "Chi hội trưởng Chi hội Cựu chiến binh bon Đắk Xuyên", "Chi hội trưởng"),
 P("H'Lim Ksơr", "Chủ tịch Hội Cựu chiến binh xã Đắk Wil"),
 P("Điểu Văn Khanh", "Phó Chủ tịch UBND xã Đắk Wil")],
[Q("2 ha", 2, "ha"), Q("6 ha", 6, "ha"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("15 lao động", 15, "lao động"),
 Q("12 hộ hội viên nghèo", 12, "hộ hội viên nghèo"), Q("8.000 cây giống", 8000, "cây giống"), Q("9 hộ", 9, "hộ"),
 Q("23 thành viên", 23, "thành viên"), Q("khoảng 10%", 10, "%", "approx"), Q("31 hội viên", 31, "hội viên"),
 Q("86 triệu đồng", 86000000, "đồng"), Q("1.500 m2", 1500, "m2"), Q("1 ha", 1, "ha"), Q("5 hộ đồng đội", 5, "hộ đồng đội")],
[D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 137-KL/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Đắk Wil")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Xã hội › Người tốt việc tốt",
 "Ông Y Ba Liêng trò chuyện cùng hội viên tại vườn cà phê. Ảnh: Hồ Nam", "Cựu chiến binh gương mẫu", "Bộ đội Cụ Hồ"],
["10-02-2026 08:30", "năm 1989", "Năm 2025", "1/7/2025", "Năm nay"]))

PAGES.append(page("b1900-dongnai-ldld-giaoban-2026", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI
Trang chủ >> Tin tức >> Hoạt động Công đoàn
Ngày 09/04/2026 | 10:10
Giao ban công đoàn quý I: chăm lo hơn 52.000 đoàn viên sau Tết
Ngày 8/4, Ban Thường vụ Liên đoàn Lao động tỉnh Đồng Nai tổ chức giao ban công tác công đoàn quý I năm 2026 với công đoàn các khu công nghiệp, công đoàn ngành và 95 công đoàn cơ sở trực thuộc. Đồng chí Điểu Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh chủ trì.
Quang cảnh buổi giao ban quý I/2026.
Quý I, các cấp công đoàn chăm lo Tết Bính Ngọ cho hơn 52.000 đoàn viên, người lao động với tổng kinh phí 38,4 tỷ đồng; tổ chức "Chuyến xe Công đoàn" đưa 2.450 công nhân về quê đón Tết. Các cấp công đoàn phát triển 6.820 đoàn viên mới, thành lập 27 công đoàn cơ sở; tổ chức 214 hội nghị đối thoại tại nơi làm việc. Công đoàn tham gia giải quyết 9 cuộc ngừng việc tập thể, 100% được giải quyết ổn thỏa.
Sau sắp xếp, LĐLĐ tỉnh Đồng Nai (hợp nhất với LĐLĐ tỉnh Bình Phước) trực thuộc Ủy ban MTTQ Việt Nam tỉnh, quản lý hơn 720.000 đoàn viên. Công đoàn triển khai Nghị quyết 02-NQ/TW của Bộ Chính trị, Luật Công đoàn năm 2024 và Kế hoạch số 21/KH-LĐLĐ ngày 12/1/2026 của Ban Thường vụ LĐLĐ tỉnh về Tháng Công nhân năm 2026.
Tại buổi giao ban, đồng chí Thị Ngọc Ánh, Chủ tịch Công đoàn các Khu công nghiệp tỉnh, cho biết nhiều doanh nghiệp da giày, dệt may thiếu đơn hàng, 1.360 lao động bị giảm giờ làm; đồng chí Nguyễn Hữu Tài, Chủ tịch Công đoàn phường Bình Phước, đề nghị hỗ trợ nhà trọ cho công nhân. Công đoàn xã Lộc Ninh phản ánh khó khăn khi tiếp nhận đoàn viên từ các công đoàn huyện cũ.
Các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Trần Văn Lực, Điểu Minh Kha thông tin chương trình "Tháng Công nhân" và kế hoạch xây dựng 40 Mái ấm Công đoàn trong năm 2026.
Giao ban nhận định, quan hệ lao động trên địa bàn cơ bản ổn định, song việc làm của một bộ phận người lao động chưa bền vững; cán bộ công đoàn cấp xã mới kiện toàn, chưa quen nghiệp vụ; dữ liệu đoàn viên sau hợp nhất chưa thống nhất trên phần mềm quản lý.
Kết luận giao ban, đồng chí Điểu Thị Hằng đề nghị quý II các cấp công đoàn nắm chắc tình hình việc làm, tiền lương, tổ chức tốt Tháng Công nhân, hoàn thành việc chuyển giao đoàn viên giữa các công đoàn cơ sở sau sắp xếp.
Nhiều ý kiến đề nghị Tổng Liên đoàn sớm hướng dẫn về tổ chức công đoàn cấp xã, phường sau sắp xếp, bảo đảm quyền lợi của đoàn viên trong quá trình chuyển sinh hoạt; tăng cường đối thoại với doanh nghiệp về lộ trình điều chỉnh lương tối thiểu vùng.
Minh Châu
Các tin khác
- Trao 20 Mái ấm Công đoàn cho đoàn viên khó khăn (30/03/2026)
- Công đoàn phường Long Bình đối thoại với doanh nghiệp (18/03/2026)
- Hội thi cán bộ nữ công giỏi năm 2026 (05/03/2026)
""", "2026-04-09", "Giao ban công đoàn quý I: chăm lo hơn 52.000 đoàn viên sau Tết",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Điểu Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Thị Ngọc Ánh", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Nguyễn Hữu Tài", "Chủ tịch Công đoàn phường Bình Phước"),
 P("Trần Văn Lực", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Điểu Minh Kha", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("95 công đoàn cơ sở", 95, "công đoàn cơ sở"), Q("hơn 52.000 đoàn viên, người lao động", 52000, "đoàn viên, người lao động", "over"),
 Q("38,4 tỷ đồng", 38400000000, "đồng"), Q("2.450 công nhân", 2450, "công nhân"), Q("6.820 đoàn viên mới", 6820, "đoàn viên mới"),
 Q("27 công đoàn cơ sở", 27, "công đoàn cơ sở"), Q("214 hội nghị đối thoại", 214, "hội nghị đối thoại"),
 Q("9 cuộc ngừng việc tập thể", 9, "cuộc ngừng việc tập thể"), Q("100%", 100, "%"),
 Q("hơn 720.000 đoàn viên", 720000, "đoàn viên", "over"), Q("1.360 lao động", 1360, "lao động"),
 Q("40 Mái ấm Công đoàn", 40, "Mái ấm Công đoàn")],
[D("Nghị quyết", "02", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 02-NQ/TW"),
 D("Kế hoạch", "21", "KH-LĐLĐ", "2026-01-12", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 21/KH-LĐLĐ ngày 12/1/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Lộc Ninh")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI", "Trang chủ >> Tin tức >> Hoạt động Công đoàn", "Quang cảnh buổi giao ban quý I/2026.",
 "Chuyến xe Công đoàn", "Tháng Công nhân", "Luật Công đoàn năm 2024"],
["Ngày 09/04/2026 | 10:10", "quý I năm 2026", "quý I/2026", "Quý I", "Bính Ngọ", "năm 2026", "quý II"]))
