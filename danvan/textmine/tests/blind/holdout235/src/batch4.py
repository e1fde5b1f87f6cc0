from lib import *
PAGES = []

PAGES.append(page("b5615-tuyenquang-bchqs-tongket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » Quốc phòng - An ninh » Dân vận
Thứ Sáu, 19/12/2025, 08:05
Toàn cảnh hội nghị tại điểm cầu Bộ CHQS tỉnh.
Lực lượng vũ trang tỉnh triển khai nhiệm vụ công tác dân vận năm 2026
Ngày 17/12, Đảng ủy Quân sự tỉnh Tuyên Quang tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026, kết nối 8 điểm cầu Ban Chỉ huy Phòng thủ khu vực và 124 điểm cầu Ban CHQS xã, phường. Đại tá Hoàng Văn Quý, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh chủ trì; dự có đồng chí Đặng Thị Thu Hà, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025 là năm đầu tiên lực lượng vũ trang tỉnh hoạt động theo mô hình chính quyền địa phương hai cấp sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang. Thực hiện Nghị quyết số 15-NQ/ĐU ngày 10/7/2025 của Đảng ủy Quân sự tỉnh và Kế hoạch số 06-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, các đơn vị đã cử 146 tổ công tác với 1.980 lượt cán bộ, chiến sĩ về 73 xã vùng cao, biên giới; giúp dân trên 42.000 ngày công, xóa 1.346 căn nhà tạm, nhà dột nát, mỗi căn được hỗ trợ từ 40 đến 60 triệu đồng.
Công tác quân dân y có 38 đợt khám, cấp thuốc cho khoảng 21.500 lượt người, tổng trị giá trên 2,3 tỷ đồng. Tỷ lệ hộ nghèo ở 20 xã biên giới giảm bình quân 4,8%.
Tại hội nghị, Trung tá Sùng Mí Dình, Chỉ huy trưởng Ban CHQS xã Lũng Cú, cho biết dân quân xã đã cùng Đồn Biên phòng Lũng Cú vận động 89 hộ người Mông, Lô Lô tham gia tự quản đường biên; bà Lù Thị Dung, Bí thư Đảng ủy xã Đồng Văn, đề nghị tiếp tục duy trì tổ công tác "ba cùng" ở 12 thôn khó khăn nhất. Các đồng chí Phó Chính ủy Bộ CHQS tỉnh: Thượng tá Lý Văn Nhất, Thượng tá Ma Thanh Bình, Thượng tá Nguyễn Quang Vinh điều hành phần tham luận.
Báo cáo ghi nhận phong trào thi đua "Dân vận khéo" có 215 mô hình, trong đó 48 mô hình cấp tỉnh; lực lượng vũ trang đã tiếp nhận, giải quyết 27 ý kiến, kiến nghị của nhân dân liên quan đến đất quốc phòng và thao trường huấn luyện.
Kết luận hội nghị, Đại tá Hoàng Văn Quý yêu cầu năm 2026 các đơn vị quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị, Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư và Chỉ thị số 02-CT/TU ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy; phấn đấu ít nhất 90% xã biên giới có mô hình "Dân vận khéo" của lực lượng vũ trang; làm tốt công tác bảo đảm an ninh trật tự phục vụ bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp.
Dịp này, Bộ CHQS tỉnh tặng giấy khen cho 22 tập thể, 41 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2025.
Kim Tiến
Tin liên quan
- Bộ đội giúp dân xã Lũng Cú dựng nhà mới (10/12/2025)
- Tuyên Quang: 500 chiến sĩ tham gia xóa nhà tạm (25/11/2025)
- Ra mắt Ban Chỉ huy Phòng thủ khu vực 1 - Hà Giang (01/08/2025)
""", "2025-12-19", "Lực lượng vũ trang tỉnh triển khai nhiệm vụ công tác dân vận năm 2026",
E("tong_ket", "2025", "2025-12-17"),
[P("Hoàng Văn Quý", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy Bộ CHQS tỉnh"),
 P("Đặng Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Dình", "Trung tá", "Chỉ huy trưởng Ban CHQS xã Lũng Cú"),
 P("Lù Thị Dung", "Bí thư Đảng ủy xã Đồng Văn"),
 P("Lý Văn Nhất", "Phó Chính ủy Bộ CHQS tỉnh", "Thượng tá"),
 P("Ma Thanh Bình", "Phó Chính ủy Bộ CHQS tỉnh", "Thượng tá"),
 P("Nguyễn Quang Vinh", "Phó Chính ủy Bộ CHQS tỉnh", "Thượng tá")],
[Q("8 điểm cầu", 8, "điểm cầu"), Q("124 điểm cầu", 124, "điểm cầu"), Q("146 tổ công tác", 146, "tổ công tác"),
 Q("1.980 lượt cán bộ, chiến sĩ", 1980, "lượt cán bộ, chiến sĩ"), Q("73 xã vùng cao, biên giới", 73, "xã vùng cao, biên giới"),
 Q("trên 42.000 ngày công", 42000, "ngày công", "over"), Q("1.346 căn nhà tạm, nhà dột nát", 1346, "căn nhà tạm, nhà dột nát"),
 Q("40 đến 60 triệu đồng", 40000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("38 đợt", 38, "đợt"),
 Q("khoảng 21.500 lượt người", 21500, "lượt người", "approx"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("20 xã biên giới", 20, "xã biên giới"), Q("4,8%", 4.8, "%"), Q("89 hộ", 89, "hộ"), Q("12 thôn khó khăn", 12, "thôn khó khăn"),
 Q("215 mô hình", 215, "mô hình"), Q("48 mô hình cấp tỉnh", 48, "mô hình cấp tỉnh"), Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"),
 Q("ít nhất 90%", 90, "%", "over"), Q("22 tập thể", 22, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Nghị quyết", "15", "NQ/ĐU", "2025-07-10", "Đảng ủy Quân sự tỉnh", "Nghị quyết số 15-NQ/ĐU ngày 10/7/2025"),
 D("Kế hoạch", "06", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 06-KH/BTGDVTU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Chỉ thị", "02", "CT/TU", "2025-09-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02-CT/TU ngày 15/9/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Đồng Văn")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Quốc phòng - An ninh » Dân vận", "Toàn cảnh hội nghị tại điểm cầu Bộ CHQS tỉnh.",
 "Dân vận khéo", "ba cùng"],
["Thứ Sáu, 19/12/2025, 08:05", "năm 2025", "năm 2026", "khóa XVI", "hai cấp"]))

PAGES.append(page("b5616-vinhlong-btgdv-bchqs-giaoban-2026", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị | Quốc phòng - An ninh
Ngày đăng 08/04/2026 | 10:15
Ban Tuyên giáo và Dân vận Tỉnh ủy, Bộ CHQS tỉnh giao ban công tác dân vận quý I/2026
Quang cảnh buổi giao ban. Ảnh: Thạch Phol
Ngày 6/4, Ban Tuyên giáo và Dân vận Tỉnh ủy và Bộ CHQS tỉnh Vĩnh Long tổ chức giao ban công tác dân vận quý I/2026 theo Quy chế phối hợp số 01-QC/BTGDVTU-BCH ngày 20/8/2025. Chủ trì có Đại tá Thạch Sô Phal, Ủy viên Ban Thường vụ Tỉnh ủy, Chính ủy Bộ CHQS tỉnh; đồng chí Huỳnh Thị Mỹ Dung, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy.
Trong quý, lực lượng vũ trang tỉnh, trên địa bàn gồm tỉnh Vĩnh Long cũ và các tỉnh Bến Tre, Trà Vinh trước đây, đã tham gia phục vụ bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031; phối hợp tổ chức Chương trình "Xuân quân dân - Tết nghĩa tình" tặng 5.200 phần quà Tết cho hộ nghèo, gia đình chính sách, tổng trị giá gần 3,1 tỷ đồng. Các đơn vị giúp dân trên 9.600 ngày công nạo vét kênh mương, đắp 26 km đê bao chống hạn mặn, lắp 14 bồn chứa nước ngọt cho các xã ven biển.
Quân y Bộ CHQS tỉnh phối hợp các trung tâm y tế khu vực khám, cấp thuốc cho 2.850 lượt người ở xã Long Hiệp và phường Nguyệt Hóa, trong đó 61% là đồng bào Khmer. Lực lượng dân quân hỗ trợ 340 hộ thu hoạch lúa Đông Xuân.
Tại buổi giao ban, Trung tá Kim Sóc Ra, Chính trị viên Ban Chỉ huy Phòng thủ khu vực 3 - Trà Vinh, cho biết đơn vị đã vận động 18 chùa Khmer tham gia tuyên truyền về nghĩa vụ quân sự, giao quân năm 2026 đạt 100% chỉ tiêu. Đại đức Thạch Chanh Đa, trụ trì chùa Prếk Bi, đề nghị bộ đội tiếp tục hỗ trợ lớp dạy chữ Khmer hè cho 120 em học sinh.
Đồng chí Huỳnh Thị Mỹ Dung thông tin, quý I Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 08, 09-CT/TU về công tác dân vận trong vùng đồng bào dân tộc Khmer và về vận động nhân dân thích ứng hạn mặn; hướng dẫn thực hiện Quy định số 189-QĐ/TW của Bộ Chính trị. Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lê Văn Khải, Nguyễn Thị Bé Tư cùng dự.
Kết luận, Đại tá Thạch Sô Phal đề nghị quý II hai cơ quan phối hợp tổ chức sơ kết 6 tháng, nhân rộng 12 mô hình "Dân vận khéo" tiêu biểu, chuẩn bị khảo sát dư luận xã hội tại 30 xã, phường về hoạt động của lực lượng vũ trang sau sắp xếp.
Theo báo cáo, đến nay 124 Ban CHQS cấp xã trên địa bàn tỉnh đã được kiện toàn với 1.488 cán bộ, chiến sĩ dân quân thường trực; các ban đều phân công cán bộ phụ trách công tác dân vận ở từng ấp, khóm.
Thạch Phol
Xem thêm
- Lực lượng vũ trang tỉnh giúp dân chống hạn mặn (28/03/2026)
- Trao 50 căn nhà đồng đội cho cựu chiến binh khó khăn (15/02/2026)
- Vĩnh Long: Giao quân năm 2026 đạt 100% chỉ tiêu (05/03/2026)
""", "2026-04-08", "Ban Tuyên giáo và Dân vận Tỉnh ủy, Bộ CHQS tỉnh giao ban công tác dân vận quý I/2026",
E("giao_ban", "2026-Q1", "2026-04-06"),
[P("Thạch Sô Phal", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chính ủy Bộ CHQS tỉnh"),
 P("Huỳnh Thị Mỹ Dung", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sóc Ra", "Trung tá", "Chính trị viên Ban Chỉ huy Phòng thủ khu vực 3 - Trà Vinh"),
 P("Thạch Chanh Đa", "Đại đức", "trụ trì chùa Prếk Bi"),
 P("Lê Văn Khải", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bé Tư", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("5.200 phần quà Tết", 5200, "phần quà"), Q("gần 3,1 tỷ đồng", 3100000000, "đồng", "approx"),
 Q("trên 9.600 ngày công", 9600, "ngày công", "over"), Q("26 km", 26, "km"), Q("14 bồn chứa nước ngọt", 14, "bồn chứa nước ngọt"),
 Q("2.850 lượt người", 2850, "lượt người"), Q("61%", 61, "%"), Q("340 hộ", 340, "hộ"), Q("18 chùa Khmer", 18, "chùa Khmer"),
 Q("100% chỉ tiêu", 100, "%"), Q("120 em học sinh", 120, "em học sinh"), Q("12 mô hình", 12, "mô hình \"Dân vận khéo\" tiêu biểu"),
 Q("30 xã, phường", 30, "xã, phường"), Q("124 Ban CHQS cấp xã", 124, "Ban CHQS cấp xã"),
 Q("1.488 cán bộ, chiến sĩ dân quân thường trực", 1488, "cán bộ, chiến sĩ dân quân thường trực")],
[D("Quy chế phối hợp", "01", "QC/BTGDVTU-BCH", "2025-08-20", None, "Quy chế phối hợp số 01-QC/BTGDVTU-BCH ngày 20/8/2025"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Quy định", "189", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 189-QĐ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Nguyệt Hóa")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị | Quốc phòng - An ninh", "Quang cảnh buổi giao ban. Ảnh: Thạch Phol",
 "Xuân quân dân - Tết nghĩa tình", "Dân vận khéo", "chùa Prếk Bi"],
["Ngày đăng 08/04/2026 | 10:15", "quý I/2026", "khóa XVI", "2026 - 2031", "năm 2026", "quý II", "6 tháng"]))

PAGES.append(page("b5617-lamdong-xa-doithoai-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG TRỰC - TỈNH LÂM ĐỒNG
Trang chủ › Tin hoạt động › Dân vận
Cập nhật: 09:42, 21/11/2025 (GMT+7)
Đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân năm 2025
Ảnh: Quang cảnh buổi đối thoại tại nhà văn hóa bon Bu Prăng.
Ngày 19/11/2025, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Quảng Trực phối hợp với Đồn Biên phòng Bu Prăng và Ban CHQS xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025, theo Kế hoạch số 18-KH/ĐU ngày 15/10/2025 của Đảng ủy xã và Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị.
Chủ trì đối thoại có các đồng chí: Điểu Đăk, Bí thư Đảng ủy, Chủ tịch HĐND xã; Trần Văn Phúc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Thiếu tá Y Nguyên Knul, Chính trị viên Đồn Biên phòng Bu Prăng. Tham dự có 160 đại biểu là già làng, người có uy tín, trưởng bon, trưởng thôn và nhân dân 14 thôn, bon.
Xã Quảng Trực (tỉnh Lâm Đồng) được thành lập từ ngày 1/7/2025 trên cơ sở nhập xã Quảng Trực và xã Đắk Buk So của tỉnh Đắk Nông trước đây, có 3.820 hộ với trên 15.600 nhân khẩu, đồng bào Mnông chiếm 38%. Năm 2025, xã đã tiếp nhận 46 ý kiến, kiến nghị của cử tri, giải quyết xong 39 kiến nghị; Đồn Biên phòng Bu Prăng và dân quân xã giúp dân 2.400 ngày công, làm 9 căn nhà cho hộ nghèo theo Chương trình "Mái ấm biên cương".
Tại buổi đối thoại, 12 lượt ý kiến tập trung vào tranh chấp đất rẫy giáp ranh, cấp giấy chứng nhận quyền sử dụng đất và chuyển đổi cây trồng. Già làng Điểu Nơ, người có uy tín bon Bu Prăng, đề nghị hỗ trợ làm đường vào khu sản xuất dài 3,5 km; bà Thị Ngọc, Chi hội trưởng Chi hội Phụ nữ bon Bu Dấp, phản ánh 17 hộ chưa có nước sạch.
Thiếu tá Y Nguyên Knul cho biết, thực hiện Kế hoạch số 2210/KH-BCH của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Đồn sẽ phối hợp xã khoan 4 giếng nước cho bon Bu Dấp trước Tết; đồng thời duy trì 6 tổ tự quản đường biên với 72 hộ tham gia. Các đồng chí Phó Chủ tịch UBND xã: Nguyễn Thị Hằng, K'Bình trả lời các kiến nghị về đất đai; 5 kiến nghị vượt thẩm quyền được tổng hợp gửi Sở Nông nghiệp và Môi trường.
Kết thúc đối thoại, đồng chí Điểu Đăk đề nghị nhân dân đoàn kết, thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về phát triển kinh tế vùng đồng bào dân tộc thiểu số, không nghe kẻ xấu kích động; UBND xã công khai kết quả giải quyết trên hệ thống loa truyền thanh trong 15 ngày.
Văn phòng HĐND - UBND xã
Lượt truy cập: 53.906
Tin khác
- Xã Quảng Trực ra mắt Ban CHQS xã (05/07/2025)
- Đồn Biên phòng Bu Prăng trao nhà "Mái ấm biên cương" (20/10/2025)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (10/11/2025)
""", "2025-11-21", "Đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân năm 2025",
E("doi_thoai", "2025", "2025-11-19"),
[P("Điểu Đăk", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Văn Phúc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Y Nguyên Knul", "Thiếu tá", "Chính trị viên Đồn Biên phòng Bu Prăng"),
 P("Điểu Nơ", "Già làng", "người có uy tín bon Bu Prăng"),
 P("Thị Ngọc", "Chi hội trưởng Chi hội Phụ nữ bon Bu Dấp"),
 P("Nguyễn Thị Hằng", "Phó Chủ tịch UBND xã"),
 P("K'Bình", "Phó Chủ tịch UBND xã")],
[Q("160 đại biểu", 160, "đại biểu"), Q("14 thôn, bon", 14, "thôn, bon"), Q("3.820 hộ", 3820, "hộ"),
 Q("trên 15.600 nhân khẩu", 15600, "nhân khẩu", "over"), Q("38%", 38, "%"), Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"),
 Q("39 kiến nghị", 39, "kiến nghị"), Q("2.400 ngày công", 2400, "ngày công"), Q("9 căn nhà", 9, "căn nhà"),
 Q("12 lượt ý kiến", 12, "lượt ý kiến"), Q("3,5 km", 3.5, "km"), Q("17 hộ", 17, "hộ"), Q("4 giếng nước", 4, "giếng nước"),
 Q("6 tổ tự quản đường biên", 6, "tổ tự quản đường biên"), Q("72 hộ", 72, "hộ"), Q("5 kiến nghị", 5, "kiến nghị")],
[D("Kế hoạch", "18", "KH/ĐU", "2025-10-15", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 15/10/2025"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "2210", "KH-BCH", None, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch số 2210/KH-BCH"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Buk So")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG TRỰC - TỈNH LÂM ĐỒNG", "Trang chủ › Tin hoạt động › Dân vận",
 "Ảnh: Quang cảnh buổi đối thoại tại nhà văn hóa bon Bu Prăng.", "Mái ấm biên cương", "Lượt truy cập: 53.906", "Bu Dấp"],
["Cập nhật: 09:42, 21/11/2025 (GMT+7)", "năm 2025", "1/7/2025", "15 ngày", "Lượt truy cập: 53.906"]))

PAGES.append(page("b5618-dongnai-llvt-bieuduong-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự > Quốc phòng - An ninh
17/01/2026 - 10:05
Thượng tá Điểu Minh Tâm (thứ 3 từ trái) trao giấy khen cho các điển hình.
Biểu dương 60 điển hình "Dân vận khéo" trong lực lượng vũ trang tỉnh
Sáng 15/1, Đảng ủy Quân sự tỉnh Đồng Nai tổ chức hội nghị biểu dương điển hình "Dân vận khéo" trong lực lượng vũ trang tỉnh năm 2025. Đây là lần đầu tiên hội nghị được tổ chức sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước.
Dự hội nghị có Đại tá Lê Quang Trung, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh; đồng chí Lâm Thị Phương Thảo, Tỉnh ủy viên, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Thượng tá Điểu Minh Tâm, Phó Chính ủy Bộ CHQS tỉnh.
Theo báo cáo, năm 2025, thực hiện Nghị quyết số 03-NQ/ĐU ngày 18/8/2025 của Đảng ủy Quân sự tỉnh và Hướng dẫn 14, 15-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, các cơ quan, đơn vị đã xây dựng 186 mô hình "Dân vận khéo", trong đó 60 điển hình tiêu biểu được biểu dương lần này gồm 34 tập thể và 26 cá nhân. Lực lượng vũ trang tỉnh giúp dân trên 36.000 ngày công, làm mới 212 căn "Nhà đồng đội", "Nhà đại đoàn kết" với tổng kinh phí hơn 12 tỷ đồng; khám, cấp thuốc cho khoảng 14.000 lượt người ở 21 xã biên giới giáp Campuchia.
Nhiều mô hình được đánh giá cao như "Bộ đội giúp đồng bào S'tiêng trồng điều ghép" của Ban Chỉ huy Phòng thủ khu vực 4 - Bình Phước, giúp 138 hộ nâng năng suất điều lên 1,8 tấn/ha; "Dân quân với ấp biên giới" của xã Lộc Thành với 45 dân quân tham gia.
Chia sẻ tại hội nghị, Đại úy Thị Hạnh, Trợ lý dân vận Ban Chỉ huy Phòng thủ khu vực 4 - Bình Phước, người S'tiêng, cho biết chị đã vận động 23 cháu bỏ học quay lại trường; ông Điểu Lâm, Trưởng sóc Bù Khơn, xã Lộc Thành, kể bộ đội đã giúp sóc làm 2 cây cầu bê tông. Các đồng chí Chính trị viên Ban CHQS xã: Trung úy Vũ Văn Sang, Trung úy Lý A Dìn, Thiếu úy Nguyễn Hoàng Phúc được tặng giấy khen.
Phát biểu chỉ đạo, đồng chí Lâm Thị Phương Thảo đề nghị lực lượng vũ trang tỉnh tiếp tục thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị, Chỉ thị số 01-CT/TU ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong tình hình mới; phấn đấu năm 2026 mỗi xã biên giới có ít nhất 1 mô hình "Dân vận khéo" của lực lượng vũ trang.
Dịp này, Bộ CHQS tỉnh tặng giấy khen cho 60 điển hình; Ban Tuyên giáo và Dân vận Tỉnh ủy tặng bằng khen cho 10 tập thể, mỗi tập thể được thưởng 3 triệu đồng.
Hoàng Lộc
Tin liên quan
- Đồng Nai: Trao 100 "Nhà đồng đội" dịp Tết (10/01/2026)
- Bộ đội biên phòng xã Lộc Thành khám bệnh cho đồng bào (28/12/2025)
- Hội nghị tổng kết công tác dân vận năm 2025 (22/12/2025)
""", "2026-01-17", "Biểu dương 60 điển hình \"Dân vận khéo\" trong lực lượng vũ trang tỉnh",
E("hoi_nghi", "2025", "2026-01-15"),
[P("Lê Quang Trung", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Lâm Thị Phương Thảo", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Minh Tâm", "Thượng tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Thị Hạnh", "Đại úy", "Trợ lý dân vận Ban Chỉ huy Phòng thủ khu vực 4 - Bình Phước"),
 P("Điểu Lâm", "Trưởng sóc Bù Khơn"),
 P("Vũ Văn Sang", "Chính trị viên Ban CHQS xã", "Trung úy"),
 P("Lý A Dìn", "Chính trị viên Ban CHQS xã", "Trung úy"),
 P("Nguyễn Hoàng Phúc", "Chính trị viên Ban CHQS xã", "Thiếu úy")],
[Q("60 điển hình tiêu biểu", 60, "điển hình tiêu biểu"), Q("186 mô hình", 186, "mô hình"), Q("34 tập thể", 34, "tập thể"),
 Q("26 cá nhân", 26, "cá nhân"), Q("trên 36.000 ngày công", 36000, "ngày công", "over"), Q("212 căn \"Nhà đồng đội\"", 212, "căn \"Nhà đồng đội\", \"Nhà đại đoàn kết\""),
 Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("khoảng 14.000 lượt người", 14000, "lượt người", "approx"),
 Q("21 xã biên giới", 21, "xã biên giới"), Q("138 hộ", 138, "hộ"), Q("1,8 tấn/ha", 1.8, "tấn/ha"), Q("45 dân quân", 45, "dân quân"),
 Q("23 cháu", 23, "cháu"), Q("2 cây cầu bê tông", 2, "cây cầu bê tông"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("10 tập thể", 10, "tập thể"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Nghị quyết", "03", "NQ/ĐU", "2025-08-18", "Đảng ủy Quân sự tỉnh", "Nghị quyết số 03-NQ/ĐU ngày 18/8/2025"),
 D("Hướng dẫn", "14", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 14, 15-HD/BTGDVTU"),
 D("Hướng dẫn", "15", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 14, 15-HD/BTGDVTU"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Chỉ thị", "01", "CT/TU", "2025-09-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 01-CT/TU ngày 12/9/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Lộc Thành")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự > Quốc phòng - An ninh", "Thượng tá Điểu Minh Tâm (thứ 3 từ trái) trao giấy khen cho các điển hình.",
 "Dân vận khéo", "Nhà đồng đội", "Nhà đại đoàn kết", "Bộ đội giúp đồng bào S'tiêng trồng điều ghép", "Dân quân với ấp biên giới", "Bù Khơn"],
["17/01/2026 - 10:05", "năm 2025", "năm 2026", "thứ 3", "lần đầu tiên"]))

PAGES.append(page("b5619-khanhhoa-bchqs-soket-2025", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Bạn đang ở: Trang chủ | Chính trị | Quốc phòng - An ninh
Ngày đăng 18/07/2025 | 16:20
Lực lượng vũ trang Khánh Hòa đồng hành cùng chính quyền hai cấp
Đại tá Pi Năng Thị Thủy phát biểu tại hội nghị. Ảnh: Minh Anh
Ngày 16/7, Đảng ủy Quân sự tỉnh Khánh Hòa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên của lực lượng vũ trang tỉnh sau khi hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận từ ngày 1/7/2025.
Chủ trì hội nghị có Đại tá Pi Năng Thị Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh; Đại tá Trần Đình Khoa, Phó Bí thư Đảng ủy, Chỉ huy trưởng Bộ CHQS tỉnh. Dự có đồng chí Đàng Thị Mỹ Hương, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo báo cáo, 6 tháng đầu năm 2025, thực hiện Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư và Kế hoạch số 450/KH-BCH của Bộ CHQS tỉnh (cũ), các đơn vị đã tham gia kiện toàn 65 Ban CHQS xã, phường, đặc khu; cử 210 lượt cán bộ về giúp các xã mới bàn giao trụ sở, hồ sơ dân quân. Lực lượng vũ trang giúp dân trên 18.000 ngày công, xóa 530 căn nhà tạm, nhà dột nát cho đồng bào Raglai, Chăm; khám, cấp thuốc cho khoảng 6.400 lượt người, trong đó Bệnh xá Bộ CHQS tỉnh Ninh Thuận (cũ) tổ chức 8 đợt khám ở vùng đồng bào Chăm.
Tại hội nghị, Trung tá Chamaléa Điệp, Chính trị viên Ban Chỉ huy Phòng thủ khu vực 5 - Ninh Sơn, cho biết đơn vị vận động 94 hộ người Raglai ở xã Phước Bình chuyển từ trồng rẫy sang trồng bắp lai; Cả sư Thuận Văn Hiền, Phó Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh, đánh giá cao việc bộ đội giúp tu sửa 3 đền tháp và tham gia lễ hội Katê. Ông Katơr Sơn, người có uy tín thôn Ma Oai, xã Phước Bình, đề nghị bộ đội tiếp tục dạy nghề cho thanh niên xuất ngũ.
Phong trào thi đua "Dân vận khéo" trong lực lượng vũ trang tỉnh có 74 mô hình, trong đó 19 mô hình tiêu biểu; tỷ lệ thanh niên dân tộc thiểu số nhập ngũ năm 2025 đạt 23%. Các đồng chí Phó Chính ủy Bộ CHQS tỉnh Thượng tá Nguyễn Hữu Lộc, Thượng tá Thập Văn Tài được giao chỉ đạo khu vực phía Nam tỉnh.
Kết luận hội nghị, Đại tá Pi Năng Thị Thủy yêu cầu 6 tháng cuối năm các đơn vị thực hiện nghiêm Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Nghị quyết số 01-NQ/ĐU ngày 2/7/2025 của Đảng ủy Quân sự tỉnh; tổ chức tốt hoạt động kỷ niệm 80 năm Ngày truyền thống lực lượng vũ trang tỉnh, phục vụ đại hội đảng bộ các cấp; không để xảy ra điểm nóng ở vùng đồng bào dân tộc, tôn giáo.
Dịp này, Đảng ủy Quân sự tỉnh tặng giấy khen cho 7 tập thể, 13 cá nhân.
Minh Anh
Tin liên quan
- Bộ CHQS tỉnh Ninh Thuận (cũ) bàn giao 20 căn nhà cho đồng bào Raglai (25/06/2025)
- Khánh Hòa: ra mắt các Ban CHQS xã, phường, đặc khu (01/07/2025)
- Khám bệnh miễn phí cho người dân đặc khu Trường Sa (12/06/2025)
""", "2025-07-18", "Lực lượng vũ trang Khánh Hòa đồng hành cùng chính quyền hai cấp",
E("so_ket", "2025-H1", "2025-07-16"),
[P("Pi Năng Thị Thủy", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy Bộ CHQS tỉnh"),
 P("Trần Đình Khoa", "Đại tá", "Phó Bí thư Đảng ủy", "Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Đàng Thị Mỹ Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chamaléa Điệp", "Trung tá", "Chính trị viên Ban Chỉ huy Phòng thủ khu vực 5 - Ninh Sơn"),
 P("Thuận Văn Hiền", "Cả sư", "Phó Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh"),
 P("Katơr Sơn", "người có uy tín thôn Ma Oai"),
 P("Nguyễn Hữu Lộc", "Phó Chính ủy Bộ CHQS tỉnh", "Thượng tá"),
 P("Thập Văn Tài", "Phó Chính ủy Bộ CHQS tỉnh", "Thượng tá")],
[Q("65 Ban CHQS xã, phường, đặc khu", 65, "Ban CHQS xã, phường, đặc khu"), Q("210 lượt cán bộ", 210, "lượt cán bộ"),
 Q("trên 18.000 ngày công", 18000, "ngày công", "over"), Q("530 căn nhà tạm, nhà dột nát", 530, "căn nhà tạm, nhà dột nát"),
 Q("khoảng 6.400 lượt người", 6400, "lượt người", "approx"), Q("8 đợt", 8, "đợt"), Q("94 hộ", 94, "hộ"), Q("3 đền tháp", 3, "đền tháp"),
 Q("74 mô hình", 74, "mô hình"), Q("19 mô hình tiêu biểu", 19, "mô hình tiêu biểu"), Q("23%", 23, "%"),
 Q("7 tập thể", 7, "tập thể"), Q("13 cá nhân", 13, "cá nhân")],
[D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/2/2025"),
 D("Kế hoạch", "450", "KH-BCH", None, "Bộ CHQS tỉnh", "Kế hoạch số 450/KH-BCH"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Nghị quyết", "01", "NQ/ĐU", "2025-07-02", "Đảng ủy Quân sự tỉnh", "Nghị quyết số 01-NQ/ĐU ngày 2/7/2025")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Bình")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Bạn đang ở: Trang chủ | Chính trị | Quốc phòng - An ninh",
 "Đại tá Pi Năng Thị Thủy phát biểu tại hội nghị. Ảnh: Minh Anh", "Dân vận khéo", "Katê", "Ma Oai"],
["Ngày đăng 18/07/2025 | 16:20", "6 tháng đầu năm 2025", "6 tháng cuối năm", "1/7/2025", "80 năm", "năm 2025"]))

PAGES.append(page("b5620-gialai-dangboqs-daihoi-2025", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Ba, 12/08/2025 - 17:10
Đại hội đại biểu Đảng bộ Quân sự tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025 - 2030
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
(GLO) - Trong 2 ngày 11 và 12/8, Đảng bộ Quân sự tỉnh Gia Lai tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với 200 đại biểu đại diện cho 2.460 đảng viên của 46 tổ chức cơ sở đảng. Đây là đại hội đầu tiên sau khi hợp nhất Đảng bộ Quân sự tỉnh Gia Lai và Đảng bộ Quân sự tỉnh Bình Định.
Dự và chỉ đạo đại hội có đồng chí Hồ Văn Niên, Phó Bí thư Thường trực Tỉnh ủy; Thiếu tướng Nguyễn Hồng Phong, Phó Chính ủy Quân khu 5; đồng chí Rơ Lan Thị Kim, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo chính trị nhiệm kỳ 2020 - 2025 cho biết, công tác dân vận là điểm sáng của lực lượng vũ trang hai tỉnh. Thực hiện Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương và Chỉ thị 36, 37-CT/ĐU của Đảng ủy Quân sự tỉnh Gia Lai (cũ), các đơn vị đã giúp dân gần 240.000 ngày công, xây dựng 1.120 căn nhà cho hộ nghèo và gia đình chính sách với kinh phí khoảng 56 tỷ đồng; tổ chức 214 đợt khám quân dân y cho hơn 96.000 lượt người. Phong trào thi đua "Dân vận khéo" có 640 mô hình, 124 mô hình tiêu biểu được biểu dương; 8 xã biên giới được công nhận đạt chuẩn nông thôn mới.
Đại hội xác định phấn đấu trong nhiệm kỳ 100% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, trên 80% đạt trong sạch, vững mạnh; mỗi năm giúp dân ít nhất 40.000 ngày công.
Tham luận tại đại hội, Thượng tá Rơ Châm Hlơi, Chính trị viên Ban Chỉ huy Phòng thủ khu vực 2 - Chư Prông, giới thiệu mô hình "Bộ đội giúp dân làng Jrai xóa đói" đã giúp 312 hộ thoát nghèo; Trung tá Đinh Văn Bình, Chính trị viên Ban Chỉ huy Phòng thủ khu vực 7 - An Lão, nêu cách vận động đồng bào Ba Na di dời khỏi 15 điểm sạt lở.
Đại hội đã bầu Ban Chấp hành Đảng bộ Quân sự tỉnh nhiệm kỳ 2025 - 2030 gồm 21 đồng chí. Đại tá Siu Hương được bầu giữ chức Bí thư Đảng ủy Quân sự tỉnh; các Đại tá Trần Quốc Việt, Nguyễn Văn Tín được bầu làm Phó Bí thư Đảng ủy Quân sự tỉnh. Đại hội cũng bầu 9 đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I, theo Quyết định số 218-QĐ/TU ngày 2/7/2025 của Ban Thường vụ Tỉnh ủy về chỉ định đảng bộ và Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp.
Phát biểu chỉ đạo, đồng chí Hồ Văn Niên đề nghị Đảng bộ Quân sự tỉnh tiếp tục phát huy truyền thống "Bộ đội Cụ Hồ", làm tốt công tác dân vận ở vùng đồng bào dân tộc thiểu số Tây Nguyên và vùng ven biển.
Đức Thụy
Tin khác
- Đảng bộ Biên phòng tỉnh tổ chức đại hội nhiệm kỳ 2025 - 2030 (05/08/2025)
- Ra mắt Ban Chỉ huy Phòng thủ khu vực 2 - Chư Prông (15/07/2025)
- Lực lượng vũ trang tỉnh giúp dân khắc phục hậu quả mưa lũ (30/06/2025)
""", "2025-08-12", "Đại hội đại biểu Đảng bộ Quân sự tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-11"),
[P("Hồ Văn Niên", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Hồng Phong", "Thiếu tướng", "Phó Chính ủy Quân khu 5"),
 P("Rơ Lan Thị Kim", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rơ Châm Hlơi", "Thượng tá", "Chính trị viên Ban Chỉ huy Phòng thủ khu vực 2 - Chư Prông"),
 P("Đinh Văn Bình", "Trung tá", "Chính trị viên Ban Chỉ huy Phòng thủ khu vực 7 - An Lão"),
 P("Siu Hương", "Đại tá", "Bí thư Đảng ủy Quân sự tỉnh"),
 P("Trần Quốc Việt", "Đại tá", "Phó Bí thư Đảng ủy Quân sự tỉnh"),
 P("Nguyễn Văn Tín", "Đại tá", "Phó Bí thư Đảng ủy Quân sự tỉnh")],
[Q("200 đại biểu", 200, "đại biểu"), Q("2.460 đảng viên", 2460, "đảng viên"), Q("46 tổ chức cơ sở đảng", 46, "tổ chức cơ sở đảng"),
 Q("gần 240.000 ngày công", 240000, "ngày công", "approx"), Q("1.120 căn nhà", 1120, "căn nhà"),
 Q("khoảng 56 tỷ đồng", 56000000000, "đồng", "approx"), Q("214 đợt khám quân dân y", 214, "đợt khám quân dân y"),
 Q("hơn 96.000 lượt người", 96000, "lượt người", "over"), Q("640 mô hình", 640, "mô hình"), Q("124 mô hình tiêu biểu", 124, "mô hình tiêu biểu"),
 Q("8 xã biên giới", 8, "xã biên giới"), Q("100%", 100, "%"), Q("trên 80%", 80, "%", "over"),
 Q("ít nhất 40.000 ngày công", 40000, "ngày công", "over"), Q("312 hộ", 312, "hộ"), Q("15 điểm sạt lở", 15, "điểm sạt lở"),
 Q("21 đồng chí", 21, "đồng chí"), Q("9 đại biểu", 9, "đại biểu")],
[D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW"),
 D("Chỉ thị", "36", "CT/ĐU", None, "Đảng ủy Quân sự tỉnh Gia Lai", "Chỉ thị 36, 37-CT/ĐU"),
 D("Chỉ thị", "37", "CT/ĐU", None, "Đảng ủy Quân sự tỉnh Gia Lai", "Chỉ thị 36, 37-CT/ĐU"),
 D("Quyết định", "218", "QĐ/TU", "2025-07-02", "Ban Thường vụ Tỉnh ủy", "Quyết định số 218-QĐ/TU ngày 2/7/2025"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025")],
[prov("Gia Lai"), prov("Bình Định")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "(GLO)",
 "Dân vận khéo", "Bộ đội giúp dân làng Jrai xóa đói", "Bộ đội Cụ Hồ"],
["Thứ Ba, 12/08/2025 - 17:10", "lần thứ I", "2025 - 2030", "2020 - 2025", "2 ngày", "21 đồng chí", "Quân khu 5"]))
