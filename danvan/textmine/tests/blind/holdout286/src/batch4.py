from lib import *
PAGES = []

PAGES.append(page("b6839-angiang-chukhmer-tongket-2024", """
Báo An Giang điện tử
Thời sự › Dân tộc - Tôn giáo
20/12/2024 - 15:15
Toàn cảnh hội nghị tổng kết.
Tri Tôn, Tịnh Biên: Hơn 1.500 người học chữ Khmer, chữ Việt trong năm 2024
(AG) - Chiều 18/12, Ban Dân tộc tỉnh An Giang tổ chức hội nghị tổng kết công tác dạy chữ Khmer và xóa mù chữ cho đồng bào dân tộc thiểu số năm 2024. Dự hội nghị có ông Néang Sóc Kha, Phó Trưởng Ban Dân tộc tỉnh; bà Trần Thị Thanh Hương, Phó Giám đốc Sở Giáo dục và Đào tạo; đại diện Hội Đoàn kết sư sãi yêu nước tỉnh và 34 vị trụ trì các chùa Khmer.
Theo báo cáo, năm 2024 toàn tỉnh mở 112 lớp dạy chữ Khmer tại 46 chùa, thu hút 1.132 học viên; phối hợp mở 24 lớp xóa mù chữ song ngữ Khmer - Việt cho 405 người lớn tại các xã Châu Lăng, Lê Trì, An Cư, Văn Giáo. Tổng cộng hơn 1.500 người được học chữ trong năm. Tỷ lệ học viên hoàn thành chương trình đạt 92,6%; 100% lớp xóa mù chữ được kiểm tra, công nhận kết quả đúng quy định.
Kinh phí thực hiện năm 2024 là 1,94 tỷ đồng, trong đó ngân sách tỉnh chi theo Nghị quyết số 18/2023/NQ-HĐND ngày 14/7/2023 của HĐND tỉnh quy định mức hỗ trợ giáo viên dạy chữ Khmer tại chùa là 2,5 triệu đồng/tháng. Các nhà hảo tâm, doanh nghiệp đóng góp thêm khoảng 350 triệu đồng tiền học bổng, xe đạp, tập vở.
Hòa thượng Chau Ty, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Soài So, xã Núi Tô, cho biết chùa đã dạy chữ Khmer liên tục hơn 30 năm. Năm nay chùa mở 6 lớp, có lớp dành cho người lớn đi làm ban ngày, học buổi tối từ 19 giờ đến 21 giờ. "Người biết chữ Khmer đọc được kinh sách, giữ được phong tục; biết chữ Việt thì làm ăn, giao tiếp, tiếp cận chính sách thuận lợi hơn. Nhà chùa muốn bà con biết cả hai", Hòa thượng nói.
Ông Chau Sóc Thy, Chủ tịch UBND xã Châu Lăng, nêu kinh nghiệm vận động: xã phân công mỗi cán bộ, đảng viên phụ trách một số hộ có người mù chữ, phối hợp với Ban quản trị chùa, người có uy tín trong phum, sóc để vận động. Nhờ vậy, 4 lớp xóa mù chữ của xã đều duy trì sĩ số trên 90%.
Hội nghị cũng chỉ ra hạn chế: vẫn còn khoảng 2.300 người từ 15 đến 60 tuổi chưa biết chữ Việt; sách chữ Khmer song ngữ còn thiếu; một số chùa xuống cấp, chưa đủ ánh sáng cho lớp học ban đêm.
Kết luận hội nghị, ông Néang Sóc Kha đề nghị năm 2025 các địa phương tiếp tục thực hiện Kế hoạch số 1102/KH-UBND ngày 09/10/2023 của UBND tỉnh về xóa mù chữ giai đoạn 2023 - 2025, phấn đấu xóa mù chữ thêm ít nhất 600 người; đồng thời tham mưu khen thưởng các chùa, cá nhân tiêu biểu. Dịp này, Ban Dân tộc tỉnh tặng giấy khen cho 10 tập thể và 18 cá nhân.
Thanh Tiến
Tin liên quan
- Tịnh Biên: Lễ hội Đua bò Bảy Núi năm 2024 (05/10/2024)
- Trao 250 suất học bổng cho học sinh Khmer (20/09/2024)
- Tri Tôn khai giảng lớp tiếng Khmer cho cán bộ, công chức (12/09/2024)
""", "2024-12-20", "Tri Tôn, Tịnh Biên: Hơn 1.500 người học chữ Khmer, chữ Việt trong năm 2024",
E("tong_ket", "2024", "2024-12-18"),
[P("Néang Sóc Kha", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Trần Thị Thanh Hương", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Chau Ty", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Soài So"),
 P("Chau Sóc Thy", "Chủ tịch UBND xã Châu Lăng")],
[Q("Hơn 1.500 người", 1500, "người", "over"), Q("34 vị trụ trì", 34, "vị trụ trì"),
 Q("112 lớp dạy chữ Khmer", 112, "lớp dạy chữ Khmer"), Q("46 chùa", 46, "chùa"), Q("1.132 học viên", 1132, "học viên"),
 Q("24 lớp xóa mù chữ song ngữ Khmer - Việt", 24, "lớp xóa mù chữ song ngữ Khmer - Việt"), Q("405 người lớn", 405, "người lớn"),
 Q("92,6%", 92.6, "%"), Q("100% lớp xóa mù chữ", 100, "%"), Q("1,94 tỷ đồng", 1940000000, "đồng"),
 Q("2,5 triệu đồng", 2500000, "đồng"), Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx"), Q("6 lớp", 6, "lớp"),
 Q("4 lớp xóa mù chữ", 4, "lớp xóa mù chữ"), Q("trên 90%", 90, "%", "over"), Q("khoảng 2.300 người", 2300, "người", "approx"),
 Q("ít nhất 600 người", 600, "người", "over"), Q("10 tập thể", 10, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Nghị quyết", "18", "2023/NQ-HĐND", "2023-07-14", "HĐND tỉnh", "Nghị quyết số 18/2023/NQ-HĐND ngày 14/7/2023"),
 D("Kế hoạch", "1102", "KH-UBND", "2023-10-09", "UBND tỉnh", "Kế hoạch số 1102/KH-UBND ngày 09/10/2023")],
[prov("An Giang"), com("Châu Lăng"), com("Lê Trì"), com("An Cư"), com("Văn Giáo"), com("Núi Tô")],
["Báo An Giang điện tử", "Thời sự › Dân tộc - Tôn giáo", "Toàn cảnh hội nghị tổng kết.", "(AG)",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Soài So"],
["20/12/2024 - 15:15", "năm 2024", "hơn 30 năm", "từ 19 giờ đến 21 giờ", "từ 15 đến 60 tuổi", "năm 2025", "giai đoạn 2023 - 2025"]))

PAGES.append(page("b6840-hoabinh-giaoban-thang10-2024", """
HÒA BÌNH ĐIỆN TỬ
Trang chủ >> Giáo dục >> Tin tức
Cập nhật: 08:20, 06/11/2024 (GMT+7)
Ban Chỉ đạo xây dựng xã hội học tập tỉnh giao ban tháng 10
(HBĐT) - Ngày 4/11, Ban Chỉ đạo xây dựng xã hội học tập tỉnh Hòa Bình tổ chức giao ban công tác tháng 10/2024, tập trung đánh giá tiến độ mở lớp xóa mù chữ năm học 2024 - 2025. Đồng chí Quách Thế Tản, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo, chủ trì.
Quang cảnh buổi giao ban tại Sở Giáo dục và Đào tạo.
Báo cáo của Sở Giáo dục và Đào tạo cho biết, trong tháng 10, các huyện Đà Bắc, Mai Châu, Tân Lạc, Lạc Sơn đã khai giảng 17 lớp xóa mù chữ với 386 học viên, chủ yếu là người Dao, Mường, Tày; dự kiến trong tháng 11 khai giảng thêm 9 lớp. Ngoài ra, 14 trung tâm học tập cộng đồng đã mở lớp "Bình dân học vụ số" hướng dẫn hơn 1.200 lượt người sử dụng điện thoại thông minh, dịch vụ công trực tuyến.
Thực hiện Kế hoạch số 189/KH-UBND ngày 25/9/2024 của UBND tỉnh về xóa mù chữ năm 2024 - 2025 và Hướng dẫn 2105/SGDĐT-GDTX, mỗi lớp xóa mù chữ được cấp 1 bộ thiết bị dạy học, học viên được cấp miễn phí sách, vở; giáo viên được hưởng phụ cấp theo Thông tư số 10/2021/TT-BGDĐT. Tổng kinh phí dự kiến năm học này gần 1,3 tỷ đồng.
Tại buổi giao ban, bà Đinh Thị Thu, Phó Trưởng phòng Giáo dục và Đào tạo huyện Đà Bắc, cho biết huyện còn khoảng 640 người từ 15 đến 60 tuổi chưa biết chữ, tập trung ở xã Đồng Ruộng, Tiền Phong, Suối Nánh; huyện đã phối hợp với Hội LHPN, Công an xã, Đoàn Thanh niên đến từng nhà vận động. Ông Bàn Văn Lâm, Bí thư Đảng ủy xã Tiền Phong, cho biết xã mở 3 lớp ở các xóm người Dao, vận động được 74 học viên; Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về xóa mù chữ và chống tái mù chữ giai đoạn 2024 - 2026.
Đồng chí Bùi Văn Thắng, Giám đốc Sở Giáo dục và Đào tạo, đề nghị các huyện chủ động bố trí giáo viên có kinh nghiệm, ưu tiên giáo viên người địa phương; báo cáo số liệu định kỳ trước ngày 25 hằng tháng.
Kết luận buổi giao ban, đồng chí Quách Thế Tản yêu cầu trong tháng 11 hoàn thành khai giảng toàn bộ các lớp theo kế hoạch; phấn đấu năm học 2024 - 2025 xóa mù chữ cho ít nhất 900 người, nâng tỷ lệ người biết chữ mức độ 2 toàn tỉnh lên 98,5%. Đồng chí lưu ý các địa phương gắn xóa mù chữ với phổ biến kiến thức số, phòng chống lừa đảo qua mạng cho người dân vùng sâu.
Bích Ngọc
Tin liên quan
- Lạc Sơn: Phụ nữ Mường vừa học chữ vừa học làm du lịch (28/10/2024)
- Tân Lạc tặng 500 bộ sách vở cho học sinh vùng lũ (15/10/2024)
- Hội thi "Gia đình học tập" huyện Mai Châu (04/10/2024)
- Đà Bắc: Khai giảng lớp học chữ cho 30 phụ nữ Dao (26/09/2024)
""", "2024-11-06", "Ban Chỉ đạo xây dựng xã hội học tập tỉnh giao ban tháng 10",
E("giao_ban", "2024-10", "2024-11-04"),
[P("Quách Thế Tản", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Đinh Thị Thu", "Phó Trưởng phòng Giáo dục và Đào tạo huyện Đà Bắc"),
 P("Bàn Văn Lâm", "Bí thư Đảng ủy xã Tiền Phong"),
 P("Bùi Văn Thắng", "Giám đốc Sở Giáo dục và Đào tạo")],
[Q("17 lớp xóa mù chữ", 17, "lớp xóa mù chữ"), Q("386 học viên", 386, "học viên"), Q("9 lớp", 9, "lớp"),
 Q("14 trung tâm học tập cộng đồng", 14, "trung tâm học tập cộng đồng"), Q("hơn 1.200 lượt người", 1200, "lượt người", "over"),
 Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("khoảng 640 người", 640, "người", "approx"),
 Q("3 lớp", 3, "lớp"), Q("74 học viên", 74, "học viên"), Q("ít nhất 900 người", 900, "người", "over"), Q("98,5%", 98.5, "%")],
[D("Kế hoạch", "189", "KH-UBND", "2024-09-25", "UBND tỉnh", "Kế hoạch số 189/KH-UBND ngày 25/9/2024"),
 D("Hướng dẫn", "2105", "SGDĐT-GDTX", None, None, "Hướng dẫn 2105/SGDĐT-GDTX"),
 D("Thông tư", "10", "2021/TT-BGDĐT", None, None, "Thông tư số 10/2021/TT-BGDĐT"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU")],
[prov("Hòa Bình"), com("Đồng Ruộng"), com("Tiền Phong"), com("Suối Nánh")],
["HÒA BÌNH ĐIỆN TỬ", "Trang chủ >> Giáo dục >> Tin tức", "(HBĐT)", "Quang cảnh buổi giao ban tại Sở Giáo dục và Đào tạo.",
 "Bình dân học vụ số"],
["Cập nhật: 08:20, 06/11/2024 (GMT+7)", "tháng 10/2024", "tháng 10", "tháng 11", "năm học 2024 - 2025", "năm 2024 - 2025",
 "1 bộ thiết bị dạy học", "từ 15 đến 60 tuổi", "giai đoạn 2024 - 2026", "ngày 25", "mức độ 2"]))

PAGES.append(page("b6841-kiengiang-hoinghi-xmc-2025", """
BÁO KIÊN GIANG
Xã hội | Giáo dục
18.03.2025 | 09:05
Kiên Giang triển khai kế hoạch xóa mù chữ năm 2025
BKG - Chiều 17/3, UBND tỉnh Kiên Giang tổ chức hội nghị triển khai kế hoạch xóa mù chữ và xây dựng xã hội học tập năm 2025. Ông Lê Quốc Anh, Phó Chủ tịch UBND tỉnh chủ trì hội nghị, với sự tham dự của lãnh đạo các sở, ngành, Ban Dân tộc tỉnh và 15 huyện, thành phố.
Ông Lê Quốc Anh phát biểu tại hội nghị.
Theo Kế hoạch số 48/KH-UBND ngày 25/02/2025 của UBND tỉnh, năm 2025 tỉnh phấn đấu mở 65 lớp xóa mù chữ, sau xóa mù chữ cho khoảng 1.600 học viên, trong đó ít nhất 40% là đồng bào Khmer; duy trì 100% xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2. Kinh phí dự kiến 3,2 tỷ đồng từ ngân sách tỉnh và Chương trình mục tiêu quốc gia 1719.
Bà Danh Thị Kim Loan, Phó Trưởng Ban Dân tộc tỉnh, cho biết năm 2024 tỉnh đã xóa mù chữ cho 1.347 người, tập trung ở các huyện Gò Quao, Châu Thành, Hòn Đất, Giồng Riềng. Tỉnh cũng phối hợp với 72 chùa Khmer mở lớp dạy chữ Khmer hè cho hơn 9.000 học sinh. Việc dạy chữ gắn với thực hiện Chỉ thị 14, 15-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc, tôn giáo và phát triển nguồn nhân lực vùng đồng bào Khmer.
Tại hội nghị, ông Nguyễn Văn Mười, Phó Giám đốc Sở Giáo dục và Đào tạo, lưu ý tình trạng người lao động di cư đi làm ăn xa ngày càng nhiều, việc nắm số người mù chữ thường xuyên biến động. Sở đề xuất ứng dụng phần mềm quản lý phổ cập giáo dục, xóa mù chữ, cập nhật dữ liệu theo từng hộ; đồng thời thử nghiệm lớp học linh hoạt vào buổi trưa và ngày chủ nhật.
Ông Danh Phol, Chủ tịch UBND xã Định Hòa, huyện Gò Quao, kiến nghị tỉnh hỗ trợ học viên tiền đi lại và tổ chức lớp tại điểm ấp để bà con không phải đi xa. Xã hiện còn 146 người chưa biết chữ, phần lớn trên 45 tuổi. Đại đức Danh Sóc, trụ trì chùa Kal Pô Phôk, cho biết nhà chùa sẵn sàng cho mượn sala làm lớp học buổi tối.
Kết luận hội nghị, ông Lê Quốc Anh giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ban Dân tộc, Hội Khuyến học tỉnh hướng dẫn các địa phương triển khai; yêu cầu chủ tịch UBND cấp xã chịu trách nhiệm trước UBND tỉnh nếu không hoàn thành chỉ tiêu. Ông đề nghị các cơ quan báo, đài tăng cường tuyên truyền gương người lớn tuổi vượt khó đi học, xem đây là nhiệm vụ thường xuyên gắn với phong trào "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030".
Theo ngành giáo dục, đến cuối năm 2024, tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 của tỉnh đạt 97,8%; còn hơn 9.500 người trong độ tuổi chưa biết chữ.
Ngọc Lan
Tin cùng chuyên mục
- Hòn Đất: Tặng 120 xe đạp cho học sinh Khmer nghèo (10/03/2025)
- Giồng Riềng xây dựng 40 tủ sách ấp (28/02/2025)
- Ngành giáo dục Kiên Giang chuẩn bị sắp xếp các trường học (20/02/2025)
""", "2025-03-18", "Kiên Giang triển khai kế hoạch xóa mù chữ năm 2025",
E("hoi_nghi", "2025", "2025-03-17"),
[P("Lê Quốc Anh", "Phó Chủ tịch UBND tỉnh"),
 P("Danh Thị Kim Loan", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Văn Mười", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Danh Phol", "Chủ tịch UBND xã Định Hòa"),
 P("Danh Sóc", "Đại đức", "trụ trì chùa Kal Pô Phôk")],
[Q("15 huyện, thành phố", 15, "huyện, thành phố"), Q("65 lớp xóa mù chữ, sau xóa mù chữ", 65, "lớp xóa mù chữ, sau xóa mù chữ"),
 Q("khoảng 1.600 học viên", 1600, "học viên", "approx"), Q("ít nhất 40%", 40, "%", "over"),
 Q("100% xã, phường, thị trấn", 100, "%"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("1.347 người", 1347, "người"),
 Q("72 chùa Khmer", 72, "chùa Khmer"), Q("hơn 9.000 học sinh", 9000, "học sinh", "over"), Q("146 người", 146, "người"),
 Q("97,8%", 97.8, "%"), Q("hơn 9.500 người", 9500, "người", "over")],
[D("Kế hoạch", "48", "KH-UBND", "2025-02-25", "UBND tỉnh", "Kế hoạch số 48/KH-UBND ngày 25/02/2025"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU")],
[prov("Kiên Giang"), com("Định Hòa")],
["BÁO KIÊN GIANG", "Xã hội | Giáo dục", "BKG", "Ông Lê Quốc Anh phát biểu tại hội nghị.",
 "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030", "Chương trình mục tiêu quốc gia 1719"],
["18.03.2025 | 09:05", "năm 2025", "năm 2024", "mức độ 2", "trên 45 tuổi", "từ 15 đến 60 tuổi", "giai đoạn 2023 - 2030"]))

PAGES.append(page("b6842-tuyenquang-lungcu-khaigiang-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ › Xã hội › Giáo dục
Thứ Ba, 16/09/2025 - 07:30
Lớp học đêm của phụ nữ Mông nơi địa đầu Tổ quốc
Phụ nữ Mông xã Lũng Cú trong buổi học đầu tiên.
Tối 14/9, tại nhà văn hóa thôn Thèn Ván, xã Lũng Cú, Đảng ủy, UBND xã phối hợp với Đồn Biên phòng Lũng Cú và Trường Phổ thông dân tộc bán trú Tiểu học và THCS Lũng Cú khai giảng 2 lớp xóa mù chữ cho 58 học viên, trong đó 51 người là phụ nữ Mông từ 18 đến 52 tuổi.
Đây là những lớp xóa mù chữ đầu tiên của xã Lũng Cú sau khi sắp xếp đơn vị hành chính, vận hành chính quyền địa phương 2 cấp, theo Kế hoạch số 27/KH-UBND ngày 20/8/2025 của UBND xã và Kế hoạch số 115/KH-UBND ngày 28/7/2025 của UBND tỉnh Tuyên Quang về xóa mù chữ năm học 2025 - 2026.
Dự lễ khai giảng có đồng chí Sùng Mí Chá, Bí thư Đảng ủy xã; đồng chí Vàng Thị Mai, Phó Chủ tịch UBND xã; Trung tá Lò Văn Dương, Chính trị viên Đồn Biên phòng Lũng Cú.
Theo đồng chí Vàng Thị Mai, qua rà soát, xã Lũng Cú hiện có 437 người từ 15 đến 60 tuổi chưa biết chữ hoặc đã tái mù chữ, chiếm khoảng 6,5% dân số trong độ tuổi. Năm học này xã dự kiến mở 5 lớp tại các thôn Thèn Ván, Lô Lô Chải, Séo Lủng, bảo đảm "học ở đâu gần nhà đó". Mỗi học viên được cấp 1 bộ sách, vở, bút và hỗ trợ 30.000 đồng/buổi học từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Trực tiếp đứng lớp là cô giáo Thào Thị Dính, giáo viên nhà trường, và Thượng úy Sùng A Páo, cán bộ Đội vận động quần chúng của Đồn. "Chị em ban ngày làm nương, chăn bò, bán hàng cho khách du lịch lên cột cờ, tối mới rảnh. Mình dạy bằng cả tiếng Mông để chị em hiểu nhanh, nhớ lâu", cô Dính nói.
Chị Ly Thị Sùng, 34 tuổi, thôn Lô Lô Chải, là một trong những học viên đầu tiên đăng ký. Chị bán khăn thổ cẩm ở khu du lịch nhưng không đọc được giá hàng, không dùng được điện thoại để nhận tiền chuyển khoản. "Học chữ xong, em muốn tự mở tài khoản, tự ghi sổ bán hàng", chị chia sẻ.
Phát biểu tại lễ khai giảng, đồng chí Sùng Mí Chá đề nghị các chi bộ thôn, chi hội phụ nữ theo dõi, động viên học viên đến lớp đầy đủ; phân công đảng viên kèm cặp những hộ có người học. Đồn Biên phòng Lũng Cú tặng 58 đèn pin và 2 bảng chống lóa cho lớp học.
Toàn tỉnh Tuyên Quang (mới) có hơn 37.000 người trong độ tuổi chưa biết chữ, phần lớn ở các xã vùng cao phía Bắc thuộc tỉnh Hà Giang cũ. Năm học 2025 - 2026, ngành giáo dục tỉnh đặt mục tiêu mở 420 lớp, xóa mù chữ cho khoảng 9.000 người.
Hữu Tiến
Tin liên quan
- Xã Mèo Vạc ra mắt mô hình "Bình dân học vụ số" (10/09/2025)
- Trao 300 suất quà cho học sinh vùng cao nhân dịp năm học mới (05/09/2025)
- Tuyên Quang: 100% trường học khai giảng năm học mới an toàn (05/09/2025)
""", "2025-09-16", "Lớp học đêm của phụ nữ Mông nơi địa đầu Tổ quốc",
E("khac", None, "2025-09-14"),
[P("Sùng Mí Chá", "Bí thư Đảng ủy xã"),
 P("Vàng Thị Mai", "Phó Chủ tịch UBND xã"),
 P("Lò Văn Dương", "Trung tá", "Chính trị viên Đồn Biên phòng Lũng Cú"),
 P("Thào Thị Dính", "giáo viên nhà trường"),
 P("Sùng A Páo", "Thượng úy", "cán bộ Đội vận động quần chúng của Đồn"),
 P("Ly Thị Sùng")],
[Q("2 lớp xóa mù chữ", 2, "lớp xóa mù chữ"), Q("58 học viên", 58, "học viên"), Q("51 người", 51, "người"),
 Q("437 người", 437, "người"), Q("khoảng 6,5%", 6.5, "%", "approx"), Q("5 lớp", 5, "lớp"), Q("30.000 đồng", 30000, "đồng"),
 Q("58 đèn pin", 58, "đèn pin"), Q("2 bảng chống lóa", 2, "bảng chống lóa"), Q("hơn 37.000 người", 37000, "người", "over"),
 Q("420 lớp", 420, "lớp"), Q("khoảng 9.000 người", 9000, "người", "approx")],
[D("Kế hoạch", "27", "KH-UBND", "2025-08-20", "UBND xã", "Kế hoạch số 27/KH-UBND ngày 20/8/2025"),
 D("Kế hoạch", "115", "KH-UBND", "2025-07-28", "UBND tỉnh Tuyên Quang", "Kế hoạch số 115/KH-UBND ngày 28/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ › Xã hội › Giáo dục", "Phụ nữ Mông xã Lũng Cú trong buổi học đầu tiên.",
 "học ở đâu gần nhà đó", "Đồn Biên phòng Lũng Cú",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Ba, 16/09/2025 - 07:30", "từ 18 đến 52 tuổi", "2 cấp", "năm học 2025 - 2026", "Năm học 2025 - 2026", "từ 15 đến 60 tuổi",
 "1 bộ sách, vở, bút", "34 tuổi"]))

PAGES.append(page("b6843-lamdong-tongket-xmc-2025", """
Báo Lâm Đồng
Giáo dục - Đào tạo
13/01/2026 - 16:05
Ảnh: Đại biểu dự hội nghị tổng kết.
Lâm Đồng: Năm 2025, gần 3.400 người được xóa mù chữ
(LĐ) - Ngày 12/1, Sở Giáo dục và Đào tạo tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác phổ cập giáo dục, xóa mù chữ năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên tổng kết trên địa bàn tỉnh Lâm Đồng mới, sau khi hợp nhất tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận.
Chủ trì hội nghị có đồng chí Phạm Thị Phúc, Phó Chủ tịch UBND tỉnh; đồng chí Phạm Văn Tân, Giám đốc Sở Giáo dục và Đào tạo. Dự hội nghị có 124 đại biểu là lãnh đạo UBND, cán bộ phụ trách văn hóa - xã hội các xã, phường.
Theo báo cáo, năm 2025 toàn tỉnh mở 168 lớp xóa mù chữ và sau xóa mù chữ với 3.720 học viên; gần 3.400 người hoàn thành chương trình, chủ yếu là đồng bào K'Ho, Mạ, Chu Ru, M'nông, Raglai và đồng bào Mông di cư tự do. Tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 đạt 98,2%; 124/124 xã, phường, đặc khu đạt chuẩn xóa mù chữ mức độ 1.
Năm qua, tỉnh triển khai Kế hoạch số 2210/KH-UBND ngày 18/8/2025 của UBND tỉnh về xóa mù chữ và xây dựng xã hội học tập sau hợp nhất; thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo. Tổng kinh phí là 6,45 tỷ đồng, trong đó hơn 4 tỷ đồng từ Chương trình mục tiêu quốc gia.
Tham luận tại hội nghị, bà Thị Hường, Phó Chủ tịch UBND xã Quảng Trực, chia sẻ kinh nghiệm mở lớp cho đồng bào M'nông, Mông ở các bon, bản giáp biên giới: xã phối hợp với Đồn Biên phòng Bu Prăng mở 6 lớp với 142 học viên, lồng ghép dạy chữ với hướng dẫn trồng cà phê, hồ tiêu theo hướng hữu cơ. Ông Ya Tuấn, Bí thư Đảng ủy xã Đam Rông 4, nêu cách làm "mỗi đảng viên kèm một học viên", nhờ vậy không có học viên bỏ lớp.
Bà K'Thị Bích, giáo viên Trường Tiểu học Liêng Trang, xã Đam Rông 4, người 10 năm dạy xóa mù chữ, kiến nghị sớm có tài liệu song ngữ K'Ho - Việt và chế độ hỗ trợ xăng xe cho giáo viên dạy ở thôn xa 20 - 30 km.
Phát biểu kết luận, đồng chí Phạm Thị Phúc yêu cầu năm 2026 các xã, phường rà soát chính xác số người mù chữ sau sắp xếp địa giới, phấn đấu xóa mù chữ cho ít nhất 3.000 người, giảm tỷ lệ tái mù chữ dưới 5%; gắn xóa mù chữ với phong trào "Bình dân học vụ số". Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể, 20 cá nhân tiêu biểu.
Thủy Tiên
Tin liên quan
- Phường Bắc Gia Nghĩa mở lớp tiếng M'nông cho cán bộ (05/01/2026)
- Trao 1.000 suất học bổng cho học sinh dân tộc thiểu số (28/12/2025)
- Lâm Đồng: 98% học sinh đến trường trong học kỳ I (20/12/2025)
- Đức Trọng: người có uy tín vận động bà con đi học chữ (15/12/2025)
""", "2026-01-13", "Lâm Đồng: Năm 2025, gần 3.400 người được xóa mù chữ",
E("tong_ket", "2025", "2026-01-12"),
[P("Phạm Thị Phúc", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Văn Tân", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Thị Hường", "Phó Chủ tịch UBND xã Quảng Trực"),
 P("Ya Tuấn", "Bí thư Đảng ủy xã Đam Rông 4"),
 P("K'Thị Bích", "giáo viên Trường Tiểu học Liêng Trang")],
[Q("gần 3.400 người", 3400, "người", "approx"), Q("124 đại biểu", 124, "đại biểu"),
 Q("168 lớp xóa mù chữ và sau xóa mù chữ", 168, "lớp xóa mù chữ và sau xóa mù chữ"), Q("3.720 học viên", 3720, "học viên"),
 Q("98,2%", 98.2, "%"), Q("124/124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("6,45 tỷ đồng", 6450000000, "đồng"),
 Q("hơn 4 tỷ đồng", 4000000000, "đồng", "over"), Q("6 lớp", 6, "lớp"), Q("142 học viên", 142, "học viên"),
 Q("20 - 30 km", 20, "km"), Q("ít nhất 3.000 người", 3000, "người", "over"), Q("dưới 5%", 5, "%"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân tiêu biểu", 20, "cá nhân tiêu biểu")],
[D("Kế hoạch", "2210", "KH-UBND", "2025-08-18", "UBND tỉnh", "Kế hoạch số 2210/KH-UBND ngày 18/8/2025"),
 D("Nghị quyết", "71", "NQ/TW", "2025-08-22", "Bộ Chính trị", "Nghị quyết số 71-NQ/TW ngày 22/8/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Đam Rông 4")],
["Báo Lâm Đồng", "Giáo dục - Đào tạo", "Ảnh: Đại biểu dự hội nghị tổng kết.", "(LĐ)", "Bình dân học vụ số",
 "mỗi đảng viên kèm một học viên", "Đồn Biên phòng Bu Prăng"],
["13/01/2026 - 16:05", "năm 2025", "năm 2026", "mức độ 2", "mức độ 1", "từ 15 đến 60 tuổi", "10 năm"]))

PAGES.append(page("b6844-vinhlong-giamsat-chukhmer-2026", """
HĐND TỈNH VĨNH LONG
Trang chủ | Tin tức | Hoạt động giám sát
Ngày đăng: 26/03/2026 10:45
Giám sát việc dạy chữ Khmer, xóa mù chữ vùng đồng bào dân tộc
Ngày 24/3/2026, Đoàn giám sát của Ban Dân tộc HĐND tỉnh Vĩnh Long do ông Thạch Sô Rinh, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã làm việc với UBND xã Long Hiệp và UBND phường Nguyệt Hóa về kết quả dạy chữ Khmer và xóa mù chữ cho đồng bào dân tộc thiểu số giai đoạn 2021 - 2025.
Đoàn giám sát làm việc tại UBND xã Long Hiệp.
Cùng dự có bà Kim Thị Sa Ri, Phó Trưởng Ban Dân tộc HĐND tỉnh; ông Nguyễn Thanh Bình, Phó Giám đốc Sở Giáo dục và Đào tạo; đại diện Sở Dân tộc và Tôn giáo tỉnh.
Báo cáo của UBND xã Long Hiệp cho thấy, giai đoạn 2021 - 2025, trên địa bàn xã (trước đây là các xã Long Hiệp, Ngãi Xuyên, Thạnh Hòa Sơn thuộc huyện Trà Cú, tỉnh Trà Vinh) đã mở 38 lớp xóa mù chữ với 812 học viên người Khmer; 9 chùa Khmer duy trì dạy chữ Khmer hè cho hơn 2.600 lượt học sinh. Tỷ lệ người từ 15 đến 60 tuổi biết chữ đạt 96,4%, tăng 5,1% so với năm 2020. Kinh phí thực hiện 5 năm khoảng 2,2 tỷ đồng.
Xã đã thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã và Kế hoạch số 12/KH-UBND ngày 15/8/2025 của UBND xã về xóa mù chữ, chống tái mù chữ sau sắp xếp đơn vị hành chính. Ông Sơn Thanh Liêm, Chủ tịch UBND xã Long Hiệp, cho biết khó khăn lớn nhất là người mù chữ phần nhiều là lao động đi làm công nhân ở TP Hồ Chí Minh, Bình Dương, chỉ về quê dịp lễ Chôl Chnăm Thmây, Sene Dolta; xã phải mở lớp ngắn hạn vào các dịp này.
Tại phường Nguyệt Hóa, bà Dương Thị Thu Hà, Phó Chủ tịch UBND phường, báo cáo phường đã phối hợp với Trường Phổ thông Dân tộc nội trú THCS và THPT tỉnh mở 4 lớp tiếng Khmer cho 96 cán bộ, công chức, viên chức không phải người Khmer đang công tác tại vùng có đông đồng bào Khmer, theo Quyết định số 1108/QĐ-UBND ngày 10/6/2024 của UBND tỉnh Trà Vinh.
Qua giám sát, các thành viên đoàn ghi nhận kết quả tích cực, đồng thời chỉ ra hạn chế: chưa có cơ sở dữ liệu thống nhất về người mù chữ sau hợp nhất 3 tỉnh; mức hỗ trợ giáo viên dạy chữ Khmer hè giữa các địa phương cũ chưa đồng đều (từ 1,5 triệu đồng đến 2,5 triệu đồng/tháng); một số điểm chùa thiếu bàn ghế, quạt.
Kết luận buổi giám sát, ông Thạch Sô Rinh đề nghị UBND tỉnh sớm ban hành mức hỗ trợ chung trên toàn tỉnh; Sở Giáo dục và Đào tạo rà soát, cập nhật dữ liệu người mù chữ trước ngày 30/6/2026. Kết quả giám sát sẽ được báo cáo tại kỳ họp giữa năm 2026 của HĐND tỉnh.
Hồng Nhung - Văn phòng Đoàn ĐBQH và HĐND tỉnh
Tin khác
- Thường trực HĐND tỉnh tiếp xúc cử tri xã Trà Cú (20/03/2026)
- Ban Văn hóa - Xã hội giám sát công tác y tế cơ sở (12/03/2026)
- HĐND tỉnh Vĩnh Long tổ chức kỳ họp chuyên đề (05/03/2026)
""", "2026-03-26", "Giám sát việc dạy chữ Khmer, xóa mù chữ vùng đồng bào dân tộc",
E("giam_sat", None, "2026-03-24"),
[P("Thạch Sô Rinh", "Trưởng Ban Dân tộc HĐND tỉnh", "trưởng đoàn"),
 P("Kim Thị Sa Ri", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Thanh Bình", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Sơn Thanh Liêm", "Chủ tịch UBND xã Long Hiệp"),
 P("Dương Thị Thu Hà", "Phó Chủ tịch UBND phường")],
[Q("38 lớp xóa mù chữ", 38, "lớp xóa mù chữ"), Q("812 học viên người Khmer", 812, "học viên người Khmer"),
 Q("9 chùa Khmer", 9, "chùa Khmer"), Q("hơn 2.600 lượt học sinh", 2600, "lượt học sinh", "over"), Q("96,4%", 96.4, "%"),
 Q("5,1%", 5.1, "%"), Q("khoảng 2,2 tỷ đồng", 2200000000, "đồng", "approx"), Q("4 lớp tiếng Khmer", 4, "lớp tiếng Khmer"),
 Q("96 cán bộ, công chức, viên chức", 96, "cán bộ, công chức, viên chức"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("2,5 triệu đồng", 2500000, "đồng")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Kế hoạch", "12", "KH-UBND", "2025-08-15", "UBND xã", "Kế hoạch số 12/KH-UBND ngày 15/8/2025"),
 D("Quyết định", "1108", "QĐ-UBND", "2024-06-10", "UBND tỉnh Trà Vinh", "Quyết định số 1108/QĐ-UBND ngày 10/6/2024")],
[prov("Vĩnh Long"), prov("Trà Vinh"), prov("Hồ Chí Minh"), prov("Bình Dương"), com("Long Hiệp"), com("Nguyệt Hóa"), com("Ngãi Xuyên"), com("Thạnh Hòa Sơn")],
["HĐND TỈNH VĨNH LONG", "Trang chủ | Tin tức | Hoạt động giám sát", "Đoàn giám sát làm việc tại UBND xã Long Hiệp.",
 "Chôl Chnăm Thmây", "Sene Dolta", "Hồng Nhung - Văn phòng Đoàn ĐBQH và HĐND tỉnh"],
["Ngày đăng: 26/03/2026 10:45", "giai đoạn 2021 - 2025", "năm 2020", "5 năm", "từ 15 đến 60 tuổi", "3 tỉnh", "ngày 30/6/2026", "năm 2026"]))
