from lib import *
PAGES = []

PAGES.append(page("b6311-tuyenquang-xa-soket-h1-2025", """
Báo Tuyên Quang điện tử
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Tư, 16/07/2025 - 08:40
Xã Lâm Bình: 100% thôn đưa phòng cháy rừng vào hương ước
Ngày 14/7/2025, Đảng ủy xã Lâm Bình (tỉnh Tuyên Quang) tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị sơ kết đầu tiên của Đảng bộ xã sau khi sắp xếp đơn vị hành chính, thực hiện mô hình chính quyền địa phương 2 cấp và hợp nhất hai tỉnh Tuyên Quang, Hà Giang. Đồng chí Ma Văn Khuyến, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Triệu Thị Hồng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Toàn cảnh hội nghị sơ kết.
Báo cáo cho biết, xã có 24 thôn với 3.760 hộ, trên 16.000 nhân khẩu, chủ yếu là đồng bào Tày, Dao, Mông, Pà Thẻn; diện tích rừng khoảng 41.200 ha, độ che phủ đạt 78,6%. 6 tháng đầu năm, khối dân vận và Mặt trận xã đã vận động 100% thôn rà soát, bổ sung nội dung phòng cháy, chữa cháy rừng vào hương ước, quy ước; 3.542 hộ ký cam kết không đốt nương khi chưa báo thôn, không vào rừng đặc dụng khai thác lâm sản. Trên địa bàn không xảy ra cháy rừng; phát hiện, xử lý 4 vụ vi phạm lâm luật với 0,9 ha rừng bị chặt phá.
Tại hội nghị, bà Bàn Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị các chi bộ quan tâm phát huy vai trò 46 người có uy tín trong việc nhắc nhở bà con thực hiện cam kết. Ông Sầm Văn Phụng, Bí thư Chi bộ, Trưởng thôn Nà Muông, cho biết thôn đã xây dựng quy ước riêng về đốt nương: hộ vi phạm lần đầu bị nhắc nhở trước thôn, lần thứ hai phải nộp 500.000 đồng vào quỹ thôn. Ông Lý Văn Páo, người có uy tín thôn Khuổi Củng, người dân tộc Pà Thẻn, đề nghị hỗ trợ cây giống quế, hồi cho các hộ nghèo để giảm phát nương.
Đồng chí Triệu Thị Hồng đề nghị xã sớm ban hành quy chế làm việc của khối dân vận, thực hiện tốt Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị và Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy Tuyên Quang về công tác dân vận sau hợp nhất; chú trọng giữ rừng đầu nguồn sông Gâm.
Kết luận, đồng chí Ma Văn Khuyến yêu cầu 6 tháng cuối năm các chi bộ thực hiện Nghị quyết số 03-NQ/ĐU của Đảng ủy xã về bảo vệ và phát triển rừng giai đoạn 2025 - 2030; hoàn thành việc ký lại hương ước ở 5 thôn mới sáp nhập; phấn đấu trồng mới ít nhất 120 ha rừng. Các đồng chí Phó Bí thư Đảng ủy xã: Hoàng Văn Chiêm, Vàng Thị Dung được phân công theo dõi các cụm thôn vùng cao.
Ngọc Anh
Tin liên quan
- Xã Thượng Lâm ra mắt tổ đội xung kích phòng cháy rừng (10/07/2025)
- Tuyên Quang: Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy tỉnh mới (01/07/2025)
- Na Hang: 1.800 hộ ký cam kết giữ rừng (20/06/2025)
""", "2025-07-16", "Xã Lâm Bình: 100% thôn đưa phòng cháy rừng vào hương ước",
E("so_ket", "2025-H1", "2025-07-14"),
[P("Ma Văn Khuyến", "Bí thư Đảng ủy xã"),
 P("Triệu Thị Hồng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bàn Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sầm Văn Phụng", "Bí thư Chi bộ", "Trưởng thôn Nà Muông"),
 P("Lý Văn Páo", "người có uy tín thôn Khuổi Củng"),
 P("Hoàng Văn Chiêm", "Phó Bí thư Đảng ủy xã"),
 P("Vàng Thị Dung", "Phó Bí thư Đảng ủy xã")],
[Q("100%", 100, "%"), Q("24 thôn", 24, "thôn"), Q("3.760 hộ", 3760, "hộ"), Q("trên 16.000 nhân khẩu", 16000, "nhân khẩu", "over"),
 Q("khoảng 41.200 ha", 41200, "ha", "approx"), Q("78,6%", 78.6, "%"), Q("3.542 hộ", 3542, "hộ"),
 Q("4 vụ vi phạm lâm luật", 4, "vụ vi phạm lâm luật"), Q("0,9 ha", 0.9, "ha"), Q("46 người có uy tín", 46, "người có uy tín"),
 Q("500.000 đồng", 500000, "đồng"), Q("5 thôn", 5, "thôn"), Q("ít nhất 120 ha", 120, "ha", "over")],
[D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Kế hoạch số 15-KH/TU"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lâm Bình")],
["Báo Tuyên Quang điện tử", "Trang chủ > Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị sơ kết.",
 "Quy chế công tác dân vận của hệ thống chính trị"],
["Thứ Tư, 16/07/2025 - 08:40", "6 tháng đầu năm 2025", "6 tháng cuối năm", "2 cấp", "lần thứ hai", "giai đoạn 2025 - 2030"]))

PAGES.append(page("b6312-lamdong-mttq-hoinghi-giapranh-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự » Mặt trận - Đoàn thể
Ngày đăng 24/09/2025 | 16:20
8 xã giáp ranh ký quy chế phối hợp giữ rừng
Ngày 23/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị ký kết Quy chế phối hợp số 02/QCPH-MTTQ giữa Ủy ban MTTQ Việt Nam 8 xã giáp ranh thuộc khu vực các tỉnh Đắk Nông, Bình Thuận và Lâm Đồng cũ về vận động nhân dân bảo vệ rừng, phòng cháy, chữa cháy rừng năm 2025 và những năm tiếp theo.
Đại diện Ủy ban MTTQ các xã ký quy chế phối hợp. Ảnh: Ngọc Ánh
Dự hội nghị có đồng chí Y Khâm Bdap, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; đồng chí Lê Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Quang Huy, Phó Giám đốc Sở Nông nghiệp và Môi trường cùng lãnh đạo các xã Quảng Trực, Đắk Song, Tánh Linh, Đồng Kho.
Theo báo cáo, sau khi hợp nhất, tỉnh Lâm Đồng có hơn 1,1 triệu ha đất lâm nghiệp; khu vực giáp ranh giữa các xã có khoảng 86.000 ha rừng thường xảy ra lấn chiếm, cháy lan. Năm 2024 và 9 tháng năm 2025, khu vực này xảy ra 17 vụ cháy rừng, thiệt hại khoảng 43 ha; phát hiện 52 vụ phá rừng trái pháp luật.
Theo quy chế, các xã cùng chia sẻ thông tin, tổ chức tuần tra chung ít nhất 1 lần/tháng trong mùa khô; vận động các thôn, bon, buôn bổ sung điều khoản phòng cháy rừng vào hương ước; mỗi hộ sống ven rừng ký cam kết. Ông Điểu Mơ, Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Song, cho biết xã đã vận động 1.230 hộ người Mnông, Mạ ký cam kết; các bon tổ chức lễ cúng rừng gắn với đọc quy ước. Bà Thị Hạnh, người có uy tín bon Bu Prăng, xã Quảng Trực, đề nghị tăng phụ cấp cho tổ bảo vệ rừng cộng đồng lên 2 triệu đồng/người/tháng.
Phát biểu tại hội nghị, đồng chí Y Khâm Bdap đề nghị các xã thực hiện Kế hoạch số 36-KH/MTTQ-BTT ngày 05/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát công tác bảo vệ rừng; gắn với thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về quản lý đất rừng và về phát huy vai trò người có uy tín vùng giáp ranh. Các xã lấy kết quả thực hiện cam kết làm tiêu chí bình xét khu dân cư văn hóa. Quy chế sẽ được sơ kết mỗi năm một lần, luân phiên tổ chức tại các xã.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: K'Brông, Ka Sê, Bùi Văn Tịnh đại diện ký quy chế. Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng 8 bộ dụng cụ chữa cháy rừng, tổng trị giá 96 triệu đồng.
Ngọc Ánh
Tin liên quan
- Bảo Lộc: 500 thanh niên ra quân trồng rừng (18/09/2025)
- Lâm Đồng kiện toàn Ban Chỉ đạo phòng cháy rừng các xã mới (10/09/2025)
- Đắk Song: đưa luật tục giữ rừng vào quy ước bon (02/09/2025)
""", "2025-09-24", "8 xã giáp ranh ký quy chế phối hợp giữ rừng",
E("hoi_nghi", "2025", "2025-09-23"),
[P("Y Khâm Bdap", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Quang Huy", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Điểu Mơ", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Song"),
 P("Thị Hạnh", "người có uy tín bon Bu Prăng"),
 P("K'Brông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ka Sê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Bùi Văn Tịnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("8 xã", 8, "xã"), Q("hơn 1,1 triệu ha", 1100000, "ha", "over"), Q("khoảng 86.000 ha", 86000, "ha", "approx"),
 Q("17 vụ cháy rừng", 17, "vụ cháy rừng"), Q("khoảng 43 ha", 43, "ha", "approx"), Q("52 vụ phá rừng trái pháp luật", 52, "vụ phá rừng trái pháp luật"),
 Q("ít nhất 1 lần/tháng", 1, "lần", "over"), Q("1.230 hộ người Mnông, Mạ", 1230, "hộ người Mnông, Mạ"),
 Q("2 triệu đồng/người/tháng", 2000000, "đồng"), Q("8 bộ dụng cụ chữa cháy rừng", 8, "bộ dụng cụ chữa cháy rừng"),
 Q("96 triệu đồng", 96000000, "đồng")],
[D("Quy chế phối hợp", "02", "QCPH-MTTQ", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ"),
 D("Kế hoạch", "36", "KH/MTTQ-BTT", "2025-09-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 36-KH/MTTQ-BTT ngày 05/9/2025"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Đắk Song"), com("Tánh Linh"), com("Đồng Kho")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự » Mặt trận - Đoàn thể", "Đại diện Ủy ban MTTQ các xã ký quy chế phối hợp. Ảnh: Ngọc Ánh"],
["Ngày đăng 24/09/2025 | 16:20", "năm 2025", "Năm 2024", "9 tháng năm 2025"]))

PAGES.append(page("b6313-dongnai-mttq-traoqua-2025", """
Báo Đồng Nai
Trang chủ | Xã hội | Mặt trận
Thứ Năm, 25/12/2025 10:05
Thăm, tặng quà tổ bảo vệ rừng cộng đồng ở xã Bù Gia Mập
Ngày 23/12/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai đến thăm, tặng quà các tổ bảo vệ rừng cộng đồng và hộ đồng bào S'tiêng nhận khoán bảo vệ rừng tại xã Bù Gia Mập và xã Đăk Ơ (thuộc tỉnh Bình Phước trước đây), trước mùa khô 2025 - 2026.
Đồng chí Điểu Thị Hồng Nhung trao quà cho thành viên tổ bảo vệ rừng bon Bù Lư.
Đoàn do đồng chí Điểu Thị Hồng Nhung, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn. Tiếp đoàn có đồng chí Thị Bích, Bí thư Đảng ủy xã Bù Gia Mập và đồng chí Phạm Văn Lợi, Giám đốc Vườn quốc gia Bù Gia Mập.
Tại hai xã, đoàn đã trao 220 phần quà, mỗi phần trị giá 800.000 đồng gồm tiền mặt, gạo và nhu yếu phẩm; tặng 30 đèn pin, 30 bộ quần áo bảo hộ và 12 máy thổi gió cho các tổ bảo vệ rừng. Tổng kinh phí khoảng 210 triệu đồng, từ Quỹ "Vì người nghèo" tỉnh và sự đóng góp của các doanh nghiệp.
Báo cáo với đoàn, đồng chí Thị Bích cho biết xã có 2.450 hộ, trong đó khoảng 70% là đồng bào S'tiêng; có 14 tổ bảo vệ rừng cộng đồng với 168 thành viên. Năm 2025, xã đã vận động 100% thôn, bon đưa điều khoản giữ rừng vào hương ước; 1.126 hộ ký cam kết không phát rừng làm rẫy, không đốt ong. Nhờ vậy, mùa khô vừa qua xã không có cháy rừng.
Ông Điểu Lên, Tổ trưởng tổ bảo vệ rừng cộng đồng bon Bù Lư, cho biết tổ duy trì tuần tra 3 lần/tuần, phối hợp với kiểm lâm phát hiện 6 trường hợp vào rừng trái phép. Bà Thị Xuyên, người có uy tín bon Bom Bo, xã Đăk Ơ, bày tỏ vui mừng khi được Mặt trận quan tâm, hứa sẽ vận động con cháu giữ rừng.
Phát biểu tại buổi thăm, đồng chí Điểu Thị Hồng Nhung đề nghị xã tiếp tục thực hiện Kế hoạch số 58-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động nhân dân bảo vệ rừng mùa khô 2025 - 2026 và Chỉ thị số 13-CT/TW của Ban Bí thư; phát huy vai trò người có uy tín, già làng trong nhắc nhở bà con thực hiện hương ước.
Đồng chí cũng lưu ý các tổ bảo vệ rừng cần ghi chép đầy đủ nhật ký tuần tra, kịp thời báo cáo chính quyền xã khi phát hiện người lạ vào rừng, tuyệt đối không để xảy ra cháy rừng trong những tháng cao điểm nắng nóng từ tháng 1 đến tháng 4. Ủy ban MTTQ Việt Nam tỉnh sẽ tiếp tục vận động các doanh nghiệp hỗ trợ trang bị cho các tổ trong năm tới.
Kim Liên
Tin liên quan
- Đồng Nai: 5.000 hộ vùng rừng ký cam kết phòng cháy (15/12/2025)
- Vườn quốc gia Cát Tiên diễn tập chữa cháy rừng (08/12/2025)
- Bù Đăng: trao 300 phần quà cho hộ nghèo đồng bào dân tộc (01/12/2025)
""", "2025-12-25", "Thăm, tặng quà tổ bảo vệ rừng cộng đồng ở xã Bù Gia Mập",
E("trao_qua", None, "2025-12-23"),
[P("Điểu Thị Hồng Nhung", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Bích", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Phạm Văn Lợi", "Giám đốc Vườn quốc gia Bù Gia Mập"),
 P("Điểu Lên", "Tổ trưởng tổ bảo vệ rừng cộng đồng bon Bù Lư"),
 P("Thị Xuyên", "người có uy tín bon Bom Bo")],
[Q("220 phần quà", 220, "phần quà"), Q("800.000 đồng", 800000, "đồng"), Q("30 đèn pin", 30, "đèn pin"),
 Q("30 bộ quần áo bảo hộ", 30, "bộ quần áo bảo hộ"), Q("12 máy thổi gió", 12, "máy thổi gió"),
 Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx"), Q("2.450 hộ", 2450, "hộ"), Q("khoảng 70%", 70, "%", "approx"),
 Q("14 tổ bảo vệ rừng cộng đồng", 14, "tổ bảo vệ rừng cộng đồng"), Q("168 thành viên", 168, "thành viên"), Q("100%", 100, "%"),
 Q("1.126 hộ", 1126, "hộ"), Q("3 lần/tuần", 3, "lần"), Q("6 trường hợp", 6, "trường hợp")],
[D("Kế hoạch", "58", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 58-KH/MTTQ-BTT"),
 D("Chỉ thị", "13", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 13-CT/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đăk Ơ")],
["Báo Đồng Nai", "Trang chủ | Xã hội | Mặt trận", "Đồng chí Điểu Thị Hồng Nhung trao quà cho thành viên tổ bảo vệ rừng bon Bù Lư.",
 "Vì người nghèo", "Vườn quốc gia Bù Gia Mập"],
["Thứ Năm, 25/12/2025 10:05", "mùa khô 2025 - 2026", "Năm 2025", "từ tháng 1 đến tháng 4"]))

PAGES.append(page("b6314-gialai-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ › Tin tức › Dân vận
Cập nhật lúc 08:20 ngày 09/01/2026
Ảnh: Toàn cảnh hội nghị.
Khối dân vận triển khai nhiệm vụ năm 2026, giữ rừng gắn với hương ước
Ngày 07/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên khối dân vận tỉnh Gia Lai mới (hợp nhất tỉnh Gia Lai và tỉnh Bình Định) tổng kết chung. Đồng chí Rah Lan Chương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, năm 2025, khối dân vận các cấp đã vận động trên 28.000 hộ ở vùng giáp rừng ký cam kết bảo vệ rừng, phòng cháy rừng; 1.146 thôn, làng, khu phố sửa đổi hương ước, quy ước sau sắp xếp đơn vị hành chính. Toàn tỉnh xảy ra 21 vụ cháy rừng, thiệt hại khoảng 57,5 ha, giảm 11 vụ so với năm 2024; không có cháy lớn ở rừng phòng hộ đầu nguồn. Các cấp đã tổ chức 312 hội nghị đối thoại với hơn 18.000 lượt người dân, giải quyết 164/178 kiến nghị liên quan đất rừng.
Hội nghị đã nghe các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đinh Thị Thanh Thủy, Ksor H'Bơ Khăp, Lê Văn Dũng báo cáo chuyên đề về dân vận vùng đồng bào dân tộc thiểu số, dân vận chính quyền và công tác tôn giáo. Đồng chí Đinh Văn Chiến, Bí thư Đảng ủy xã An Lão, cho biết các làng người H're, Ba Na trong xã đã đưa quy định "không đốt rẫy khi có gió mạnh" vào luật tục; năm 2025 xã không có cháy rừng. Ông Rơ Châm Blưk, già làng làng Ia Ring, xã Ia Hrung, đề nghị duy trì chính sách hỗ trợ cho người có uy tín sau hợp nhất.
Năm 2025, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 08, 09-KL/TU về công tác dân vận vùng đồng bào dân tộc thiểu số và về vận động nhân dân bảo vệ rừng; ban hành Hướng dẫn số 12-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" ở các xã mới. Toàn tỉnh có 628 mô hình "Dân vận khéo" cấp xã, 45 mô hình cấp tỉnh.
Kết luận hội nghị, đồng chí Rah Lan Chương yêu cầu năm 2026 khối dân vận bám sát Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư và Quyết định số 23-QĐ/TW của Bộ Chính trị; triển khai Kế hoạch số 05-KH/TU của Ban Thường vụ Tỉnh ủy về phòng cháy rừng mùa khô 2025 - 2026; phấn đấu không dưới 95% hộ ven rừng ký lại cam kết.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể, 32 cá nhân tiêu biểu; mỗi tập thể được thưởng 2 triệu đồng.
Thanh Nhật
Lượt xem: 1.587
Tin liên quan
- Gia Lai: 100% xã mới kiện toàn khối dân vận (25/12/2025)
- An Lão ra mắt mô hình "Làng không cháy rừng" (12/12/2025)
- Giao ban dân vận quý IV năm 2025 (05/12/2025)
""", "2026-01-09", "Khối dân vận triển khai nhiệm vụ năm 2026, giữ rừng gắn với hương ước",
E("tong_ket", "2025", "2026-01-07"),
[P("Rah Lan Chương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Thanh Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Văn Dũng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Chiến", "Bí thư Đảng ủy xã An Lão"),
 P("Rơ Châm Blưk", "già làng làng Ia Ring")],
[Q("trên 28.000 hộ", 28000, "hộ", "over"), Q("1.146 thôn, làng, khu phố", 1146, "thôn, làng, khu phố"),
 Q("21 vụ cháy rừng", 21, "vụ cháy rừng"), Q("khoảng 57,5 ha", 57.5, "ha", "approx"), Q("11 vụ", 11, "vụ"),
 Q("312 hội nghị đối thoại", 312, "hội nghị đối thoại"), Q("hơn 18.000 lượt người dân", 18000, "lượt người dân", "over"),
 Q("164/178 kiến nghị", 164, "kiến nghị"), Q("628 mô hình", 628, "mô hình"), Q("45 mô hình cấp tỉnh", 45, "mô hình cấp tỉnh"),
 Q("không dưới 95%", 95, "%", "over"), Q("20 tập thể", 20, "tập thể"), Q("32 cá nhân tiêu biểu", 32, "cá nhân tiêu biểu"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Hướng dẫn", "12", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BTGDVTU"),
 D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/02/2025"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Kế hoạch", "05", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 05-KH/TU")],
[prov("Gia Lai"), prov("Bình Định"), com("An Lão"), com("Ia Hrung")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ › Tin tức › Dân vận", "Ảnh: Toàn cảnh hội nghị.", "Dân vận khéo",
 "không đốt rẫy khi có gió mạnh", "Lượt xem: 1.587"],
["Cập nhật lúc 08:20 ngày 09/01/2026", "năm 2026", "năm 2025", "năm 2024", "mùa khô 2025 - 2026", "Lượt xem: 1.587"]))

PAGES.append(page("b6315-quangtri-mttq-baocao-q1-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ / Hoạt động / Báo cáo
03/04/2026 - 07:45
Báo cáo nhanh kết quả vận động nhân dân phòng cháy rừng quý I năm 2026
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị vừa ban hành Báo cáo số 41/BC-MTTQ-BTT ngày 01/4/2026 về kết quả vận động nhân dân tham gia bảo vệ rừng, phòng cháy, chữa cháy rừng quý I năm 2026, gửi Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Thường trực Tỉnh ủy.
Rừng thông ven biển Quảng Trị vào mùa khô. Ảnh: Minh Quang
Theo báo cáo, đây là mùa khô đầu tiên tỉnh Quảng Trị mới (hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị) có diện tích rừng trên 1,2 triệu ha, trong đó khoảng 145.000 ha rừng trồng thông, keo có nguy cơ cháy cao. Quý I, Mặt trận các cấp đã vận động 34.600 hộ ký cam kết phòng cháy rừng, đạt 88% kế hoạch; 1.278 thôn, bản, khu dân cư bổ sung nội dung phòng cháy rừng vào hương ước, quy ước; thành lập mới 96 tổ tự quản giữ rừng.
Báo cáo nêu nhiều cách làm hay: xã Thượng Trạch vận động đồng bào Bru-Vân Kiều, Chứt tổ chức lễ ký cam kết tại nhà văn hóa bản; xã Kim Ngân đưa mức phạt "trồng lại gấp đôi diện tích bị cháy" vào quy ước. Ông Hồ Xuân Cường, Chủ tịch Ủy ban MTTQ Việt Nam xã Thượng Trạch, và ông Đinh Văn Lũy, người có uy tín bản Ra Mai, xã Kim Ngân, được đề nghị biểu dương.
Trong quý, toàn tỉnh xảy ra 2 vụ cháy rừng, thiệt hại 3,8 ha; giảm 5 vụ so với cùng kỳ. Mặt trận các cấp đã phối hợp tổ chức 214 buổi tuyên truyền với trên 25.000 lượt người dự; vận động được hơn 1,6 tỷ đồng hỗ trợ các tổ tự quản mua dụng cụ chữa cháy.
Báo cáo do đồng chí Trương Thị Minh Nguyệt, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh ký. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hồ Văn Vàng, Phan Thị Thủy được phân công theo dõi các xã miền núi phía Bắc và phía Nam của tỉnh.
Báo cáo đề ra nhiệm vụ quý II: thực hiện Kế hoạch số 22-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Chỉ thị số 02/CT-UBND ngày 12/01/2026 của UBND tỉnh về phòng cháy, chữa cháy rừng năm 2026 và Luật Lâm nghiệp; hoàn thành 100% hộ ven rừng ký cam kết trước ngày 30/4; giám sát việc thực hiện hương ước ở ít nhất 30 xã.
Báo cáo cũng kiến nghị UBND tỉnh sớm thống nhất mức hỗ trợ cho tổ tự quản giữa hai khu vực Quảng Bình và Quảng Trị cũ, vì hiện nay mức chi còn khác nhau, gây so bì giữa các thôn giáp ranh; đồng thời đề nghị ngành kiểm lâm cung cấp bản đồ cảnh báo cháy rừng hằng ngày cho Ban Công tác Mặt trận các thôn.
Minh Quang
Tin liên quan
- Quảng Trị ban hành cảnh báo cháy rừng cấp IV (28/03/2026)
- Bố Trạch: 2.000 đoàn viên ra quân giữ rừng (20/03/2026)
- Giao ban Mặt trận quý I năm 2026 (10/03/2026)
""", "2026-04-03", "Báo cáo nhanh kết quả vận động nhân dân phòng cháy rừng quý I năm 2026",
E("bao_cao", "2026-Q1", None),
[P("Hồ Xuân Cường", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thượng Trạch"),
 P("Đinh Văn Lũy", "người có uy tín bản Ra Mai"),
 P("Trương Thị Minh Nguyệt", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Vàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Thị Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("trên 1,2 triệu ha", 1200000, "ha", "over"), Q("khoảng 145.000 ha", 145000, "ha", "approx"), Q("34.600 hộ", 34600, "hộ"),
 Q("88%", 88, "%"), Q("1.278 thôn, bản, khu dân cư", 1278, "thôn, bản, khu dân cư"), Q("96 tổ tự quản", 96, "tổ tự quản"),
 Q("2 vụ cháy rừng", 2, "vụ cháy rừng"), Q("3,8 ha", 3.8, "ha"), Q("5 vụ", 5, "vụ"), Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"),
 Q("trên 25.000 lượt người", 25000, "lượt người", "over"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("100%", 100, "%"), Q("ít nhất 30 xã", 30, "xã", "over")],
[D("Báo cáo", "41", "BC-MTTQ-BTT", "2026-04-01", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "Báo cáo số 41/BC-MTTQ-BTT ngày 01/4/2026"),
 D("Kế hoạch", "22", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 22-KH/MTTQ-BTT"),
 D("Chỉ thị", "02", "CT-UBND", "2026-01-12", "UBND tỉnh", "Chỉ thị số 02/CT-UBND ngày 12/01/2026")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Thượng Trạch"), com("Kim Ngân")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ / Hoạt động / Báo cáo", "Rừng thông ven biển Quảng Trị vào mùa khô. Ảnh: Minh Quang",
 "Luật Lâm nghiệp", "trồng lại gấp đôi diện tích bị cháy"],
["03/04/2026 - 07:45", "quý I năm 2026", "năm 2026", "quý II"]))

PAGES.append(page("b6316-vinhlong-xa-doithoai-2026", """
Báo Vĩnh Long điện tử
Chính trị > Dân vận > Cơ sở
Thứ Hai, 11/05/2026
Người dân ven biển đối thoại với lãnh đạo xã về bảo vệ rừng phòng hộ
Ngày 08/5/2026, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Long Hòa (tỉnh Vĩnh Long) tổ chức hội nghị đối thoại với nhân dân năm 2026 về quản lý, bảo vệ rừng phòng hộ ven biển, phòng cháy rừng phi lao và thực hiện quy ước ấp. Xã Long Hòa được thành lập từ việc sáp nhập các xã ven biển thuộc tỉnh Trà Vinh trước đây.
Quang cảnh buổi đối thoại tại nhà văn hóa ấp Rạch Ngựa.
Chủ trì đối thoại có đồng chí Thạch Sô Phol, Bí thư Đảng ủy xã; đồng chí Kim Thị Sa Ry, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và đồng chí Lê Văn Nhẫn, Chủ tịch Ủy ban MTTQ Việt Nam xã. Có khoảng 180 người dân, trong đó nhiều bà con người Khmer ở 9 ấp ven biển tham dự.
Theo báo cáo, xã có khoảng 1.320 ha rừng phòng hộ, chủ yếu là rừng đước, bần và khoảng 260 ha phi lao trên giồng cát dễ cháy vào mùa khô. Năm 2025, xã đã vận động 1.874 hộ ký cam kết không chặt phá rừng, không đốt rác, đốt ong trong rừng phi lao; 9/9 ấp bổ sung điều khoản bảo vệ rừng vào quy ước. Trong mùa khô 2025 - 2026, xã xảy ra 1 vụ cháy rừng phi lao, thiệt hại 0,6 ha, được dập tắt kịp thời.
Tại buổi đối thoại, người dân nêu 16 ý kiến. Ông Thạch Sa Rươn, người có uy tín ấp Cồn Tàu, đề nghị giao khoán rừng cho hộ nghèo để có thêm thu nhập. Bà Sơn Thị Bô Pha, Chi hội trưởng Phụ nữ ấp Rạch Ngựa, phản ánh một số hộ nuôi tôm xả nước thải làm chết cây rừng. Đại đức Thạch Chanh Tha, trụ trì chùa Giồng Lớn, đề nghị xã hỗ trợ cây giống để nhà chùa cùng Phật tử trồng phi lao chắn gió.
Trả lời, đồng chí Kim Thị Sa Ry cho biết năm 2026 xã sẽ giao khoán thêm 120 ha rừng cho khoảng 60 hộ nghèo, hộ cận nghèo theo Nghị định số 58/2024/NĐ-CP của Chính phủ về một số chính sách đầu tư trong lâm nghiệp; xử lý nghiêm các trường hợp xả thải theo quy ước ấp. Đồng chí Lê Văn Nhẫn thông tin Ủy ban MTTQ xã sẽ phối hợp trao 500 cây phi lao giống cho chùa Giồng Lớn trong tháng 6.
Kết luận, đồng chí Thạch Sô Phol đề nghị các chi bộ ấp thực hiện tốt Kế hoạch số 18-KH/ĐU và Kế hoạch số 19-KH/ĐU của Ban Thường vụ Đảng ủy xã về dân vận trong bảo vệ rừng ven biển và về thực hiện quy ước ấp; định kỳ 6 tháng tổ chức đối thoại một lần. Các ý kiến chưa trả lời tại hội nghị sẽ được xã trả lời bằng văn bản và thông báo tại các buổi họp ấp.
Ngọc Trâm
Tin liên quan
- Vĩnh Long: 3.500 hộ ven biển ký cam kết giữ rừng phòng hộ (28/04/2026)
- Xã Đông Hải ra mắt tổ tự quản bảo vệ rừng (15/04/2026)
- Hội nghị giao ban khối dân vận quý I năm 2026 (02/04/2026)
""", "2026-05-11", "Người dân ven biển đối thoại với lãnh đạo xã về bảo vệ rừng phòng hộ",
E("doi_thoai", "2026", "2026-05-08"),
[P("Thạch Sô Phol", "Bí thư Đảng ủy xã"),
 P("Kim Thị Sa Ry", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lê Văn Nhẫn", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Sa Rươn", "người có uy tín ấp Cồn Tàu"),
 P("Sơn Thị Bô Pha", "Chi hội trưởng Phụ nữ ấp Rạch Ngựa"),
 P("Thạch Chanh Tha", "Đại đức", "trụ trì chùa Giồng Lớn")],
[Q("khoảng 180 người dân", 180, "người dân", "approx"), Q("9 ấp", 9, "ấp"), Q("khoảng 1.320 ha", 1320, "ha", "approx"),
 Q("khoảng 260 ha", 260, "ha", "approx"), Q("1.874 hộ", 1874, "hộ"), Q("9/9 ấp", 9, "ấp"), Q("1 vụ cháy rừng phi lao", 1, "vụ cháy rừng phi lao"),
 Q("0,6 ha", 0.6, "ha"), Q("16 ý kiến", 16, "ý kiến"), Q("120 ha", 120, "ha"), Q("khoảng 60 hộ nghèo, hộ cận nghèo", 60, "hộ nghèo, hộ cận nghèo", "approx"),
 Q("500 cây phi lao giống", 500, "cây phi lao giống")],
[D("Nghị định", "58", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 58/2024/NĐ-CP"),
 D("Kế hoạch", "18", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 18-KH/ĐU"),
 D("Kế hoạch", "19", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 19-KH/ĐU")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Long Hòa")],
["Báo Vĩnh Long điện tử", "Chính trị > Dân vận > Cơ sở", "Quang cảnh buổi đối thoại tại nhà văn hóa ấp Rạch Ngựa."],
["Thứ Hai, 11/05/2026", "năm 2026", "Năm 2025", "mùa khô 2025 - 2026", "6 tháng", "tháng 6"]))
