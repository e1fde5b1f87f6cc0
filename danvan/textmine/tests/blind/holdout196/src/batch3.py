from lib import *
PAGES = []

PAGES.append(page("b4673-thanhhoa-mttq-bantin-2022", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự | Chính trị | Mặt trận - Đoàn thể
30 tháng 12, 2022 | 17:45
Bản tin Mặt trận - Đoàn thể cuối năm
Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2022
(Baothanhhoa.vn) - Ngày 28/12, Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác Mặt trận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Lại Thế Nguyên, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Toàn cảnh hội nghị. Ảnh: Khánh Phương
Năm 2022, Mặt trận các cấp vận động Quỹ "Vì người nghèo" được 87,4 tỷ đồng, hỗ trợ xây mới, sửa chữa 1.812 nhà ở cho hộ nghèo; 97,6% gia đình đạt danh hiệu gia đình văn hóa. Mặt trận tổ chức 1.156 cuộc giám sát, 312 hội nghị phản biện xã hội, tiếp nhận 2.470 ý kiến, kiến nghị của cử tri. Thực hiện Quyết định 99-QĐ/TW của Ban Bí thư và Kế hoạch 186-KH/TU của Ban Thường vụ Tỉnh ủy, 100% ban công tác Mặt trận ở khu dân cư đã tổ chức "Ngày hội Đại đoàn kết toàn dân tộc".
Tin vắn Mặt trận - Đoàn thể trong tháng:
- Hội Nông dân tỉnh tổng kết năm 2022 với 12.300 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; ông Nguyễn Văn Mạnh, Phó Chủ tịch Hội Nông dân tỉnh Thanh Hóa, cho biết Quỹ Hỗ trợ nông dân đạt 62 tỷ đồng.
- Mường Lát: Ban Dân vận Huyện ủy đối thoại với 43 hộ người Mông di cư tự do ở xã Trung Lý; đồng chí Lò Văn Mùa, HUV, Trưởng Ban Dân vận Huyện ủy cùng các ông Thao Văn Chía, Giàng A Thái - Phó Chủ tịch UBND xã Trung Lý - trả lời kiến nghị.
- Đại hội: Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII bầu 41 đồng chí vào Ban Chấp hành; đồng chí Lê Đình Trọng tái đắc cử Chủ tịch Hội Cựu chiến binh tỉnh khóa VII.
- Tỉnh đoàn: Ra mắt 25 công trình thanh niên cấp tỉnh; 1.500 đoàn viên tham gia hiến máu; đồng chí Hà Thị Bền, Ủy viên Ban Thường vụ Trung ương Đoàn, Bí thư Tỉnh đoàn Thanh Hóa trao 30 suất học bổng.
- Như Xuân: Xã Thanh Quân ra mắt mô hình "Bản không có tệ nạn xã hội"; người có uy tín bản Đồng Mưa, bà Vi Thị Lụa, vận động 26 thanh niên bỏ ma túy.
- Văn bản: Ban Thường trực ban hành Chương trình phối hợp 05/CTrPH-MTTQ-UBND, Kế hoạch 210, 211/KH-MTTQ-BTT về giám sát năm 2023 và tổ chức Tết "Vì người nghèo".
Kết luận hội nghị, đồng chí Phạm Thị Thanh Thủy đề nghị năm 2023 Mặt trận các cấp triển khai Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương về phát huy sức mạnh đại đoàn kết toàn dân tộc; phấn đấu ít nhất 90% khu dân cư được công nhận văn hóa. Dịp này, 35 tập thể và 52 cá nhân được tặng bằng khen.
Khánh Phương - Minh Hằng
Lượt xem: 2.045
Tin liên quan
- Thăm, tặng quà người có uy tín huyện Quan Sơn (20/12/2022)
- Bản tin Mặt trận - Đoàn thể tháng 11 (25/11/2022)
- Tổng kết phong trào nông dân thi đua sản xuất giỏi (22/12/2022)
""", "2022-12-30", "Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2022",
E("tong_ket", "2022", "2022-12-28"),
[P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lại Thế Nguyên", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Văn Mạnh", "Phó Chủ tịch Hội Nông dân tỉnh Thanh Hóa"),
 P("Lò Văn Mùa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thao Văn Chía", "Phó Chủ tịch UBND xã Trung Lý"),
 P("Giàng A Thái", "Phó Chủ tịch UBND xã Trung Lý"),
 P("Lê Đình Trọng", "Chủ tịch Hội Cựu chiến binh tỉnh khóa VII"),
 P("Hà Thị Bền", "Ủy viên Ban Thường vụ Trung ương Đoàn", "Bí thư Tỉnh đoàn Thanh Hóa"),
 P("Vi Thị Lụa", "người có uy tín bản Đồng Mưa")],
[Q("87,4 tỷ đồng", 87400000000, "đồng"), Q("1.812 nhà ở", 1812, "nhà ở"), Q("97,6%", 97.6, "%"),
 Q("1.156 cuộc giám sát", 1156, "cuộc giám sát"), Q("312 hội nghị phản biện xã hội", 312, "hội nghị phản biện xã hội"),
 Q("2.470 ý kiến, kiến nghị", 2470, "ý kiến, kiến nghị"), Q("100%", 100, "%"), Q("12.300 hộ", 12300, "hộ"),
 Q("62 tỷ đồng", 62000000000, "đồng"), Q("43 hộ người Mông di cư tự do", 43, "hộ người Mông di cư tự do"),
 Q("41 đồng chí", 41, "đồng chí"), Q("25 công trình thanh niên cấp tỉnh", 25, "công trình thanh niên cấp tỉnh"),
 Q("1.500 đoàn viên", 1500, "đoàn viên"), Q("30 suất học bổng", 30, "suất học bổng"), Q("26 thanh niên", 26, "thanh niên"),
 Q("ít nhất 90%", 90, "%", "over"), Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định 99-QĐ/TW"),
 D("Kế hoạch", "186", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 186-KH/TU"),
 D("Chương trình phối hợp", "05", "CTrPH-MTTQ-UBND", None, "Ban Thường trực", "Chương trình phối hợp 05/CTrPH-MTTQ-UBND"),
 D("Kế hoạch", "210", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch 210, 211/KH-MTTQ-BTT"),
 D("Kế hoạch", "211", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch 210, 211/KH-MTTQ-BTT"),
 D("Nghị quyết", "43", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Thanh Quân")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự | Chính trị | Mặt trận - Đoàn thể",
 "Bản tin Mặt trận - Đoàn thể cuối năm", "(Baothanhhoa.vn)", "Toàn cảnh hội nghị. Ảnh: Khánh Phương", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Bản không có tệ nạn xã hội", "Quỹ Hỗ trợ nông dân", "Lượt xem: 2.045"],
["30 tháng 12, 2022 | 17:45", "năm 2022", "năm 2023", "lần thứ VII", "41 đồng chí", "Lượt xem: 2.045"]))

PAGES.append(page("b4674-gialai-bdv-diemtin-2023", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ / Chính trị / Dân vận
2023-06-02 16:40
Điểm tin dân vận: Bí thư Tỉnh ủy đối thoại với 300 đoàn viên, hội viên nông dân
Sáng 31/5, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị đối thoại giữa Bí thư Tỉnh ủy với đoàn viên, hội viên nông dân năm 2023. Đồng chí Hồ Văn Niên, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh chủ trì; cùng dự có các đồng chí: Rah Lan Chung, Phó Bí thư Thường trực Tỉnh ủy; Ksor H'Bơ Khăp, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Bí thư Tỉnh ủy Hồ Văn Niên phát biểu tại hội nghị đối thoại. Ảnh: Đức Thụy
300 đoàn viên, hội viên nông dân đến từ 17 huyện, thị xã, thành phố đã nêu 24 ý kiến về giá phân bón, đất sản xuất, vốn vay và đào tạo nghề; 21 ý kiến được giải đáp trực tiếp. Anh Siu Thắm, nông dân làng Kte, xã Ia Tiêm, đề nghị tỉnh có chính sách hỗ trợ trồng cà phê tái canh; chị Rơ Châm H'Nhuyên, Phó Bí thư Đoàn xã Ia Pếch, đề nghị mở thêm lớp dạy nghề cho thanh niên dân tộc thiểu số.
Các tin dân vận khác trong tuần:
- Chư Sê: Ban Dân vận Huyện ủy ra mắt 3 mô hình "Dân vận khéo" cấp huyện; xã Ia Blang có 56 hộ đồng bào Jrai góp hơn 1.200 ngày công làm đường.
- Tôn giáo: Đoàn công tác do đồng chí Ksor H'Bơ Khăp dẫn đầu thăm, chúc mừng Đại lễ Phật đản Phật lịch 2567 tại 6 cơ sở tôn giáo; Thượng tọa Thích Quảng Định, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, thay mặt Ban Trị sự cảm ơn.
- Kông Chro: Hội Nông dân huyện tập huấn cho 120 hội viên; người có uy tín làng Tơ Pong, ông Đinh Hmưk, vận động 11 hộ trả lại đất lấn chiếm.
- Kbang: Ban Dân vận Huyện ủy triển khai Kế hoạch số 158-KH/HU của Ban Thường vụ Huyện ủy và Hướng dẫn 26-HD/BDVHU của Ban Dân vận Huyện ủy về công tác dân vận chính quyền; 14 xã, thị trấn đã xây dựng quy chế phối hợp.
- Đức Cơ: Ủy ban MTTQ huyện phối hợp Đồn Biên phòng Ia Dom bàn giao 4 căn nhà "Mái ấm biên cương" cho hộ nghèo người Jrai, mỗi căn trị giá 70 triệu đồng; Chi hội Nông dân làng Ia Mút vận động 18 hộ chuyển đổi 25 ha cà phê già cỗi.
- Pleiku: Phường Thắng Lợi ra mắt 2 câu lạc bộ "Gia đình hạnh phúc" với 64 thành viên; Đảng ủy phường kết nạp 3 đảng viên mới là người Jrai.
Kết luận hội nghị, đồng chí Hồ Văn Niên giao UBND tỉnh chỉ đạo các sở, ngành trả lời bằng văn bản các ý kiến còn lại; tiếp tục thực hiện Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư và Kết luận 61-KL/TW của Ban Bí thư về nâng cao vai trò của Hội Nông dân; Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ.
Đức Thụy
Lượt xem: 1.376
Tin liên quan
- Điểm tin dân vận tuần trước (26/05/2023)
- Chư Păh: gặp mặt người có uy tín (19/05/2023)
""", "2023-06-02", "Điểm tin dân vận: Bí thư Tỉnh ủy đối thoại với 300 đoàn viên, hội viên nông dân",
E("doi_thoai", "2023", "2023-05-31"),
[P("Hồ Văn Niên", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
 P("Rah Lan Chung", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Thắm"),
 P("Rơ Châm H'Nhuyên", "Phó Bí thư Đoàn xã Ia Pếch"),
 P("Thích Quảng Định", "Thượng tọa", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Đinh Hmưk", "người có uy tín làng Tơ Pong")],
[Q("300 đoàn viên, hội viên nông dân", 300, "đoàn viên, hội viên nông dân"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("24 ý kiến", 24, "ý kiến"), Q("21 ý kiến", 21, "ý kiến"), Q("3 mô hình", 3, "mô hình"),
 Q("56 hộ đồng bào Jrai", 56, "hộ đồng bào Jrai"), Q("hơn 1.200 ngày công", 1200, "ngày công", "over"),
 Q("6 cơ sở tôn giáo", 6, "cơ sở tôn giáo"), Q("120 hội viên", 120, "hội viên"), Q("11 hộ", 11, "hộ"),
 Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("4 căn nhà", 4, "căn nhà"), Q("70 triệu đồng", 70000000, "đồng"), Q("18 hộ", 18, "hộ"), Q("25 ha", 25, "ha"), Q("2 câu lạc bộ", 2, "câu lạc bộ"), Q("64 thành viên", 64, "thành viên"),
 Q("3 đảng viên mới", 3, "đảng viên mới")],
[D("Kế hoạch", "158", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 158-KH/HU"),
 D("Hướng dẫn", "26", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn 26-HD/BDVHU"),
 D("Chỉ thị", "18", "CT/TW", "2022-10-26", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 26/10/2022"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Tiêm"), com("Ia Pếch"), com("Ia Blang"), com("Thắng Lợi")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ / Chính trị / Dân vận", "Bí thư Tỉnh ủy Hồ Văn Niên phát biểu tại hội nghị đối thoại. Ảnh: Đức Thụy",
 "Dân vận khéo", "Gia đình hạnh phúc", "Mái ấm biên cương", "Đồn Biên phòng Ia Dom", "Lượt xem: 1.376"],
["2023-06-02 16:40", "năm 2023", "Phật lịch 2567", "Lượt xem: 1.376"]))

PAGES.append(page("b4675-quangtri-bdv-diemtin-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Hôm nay: Thứ Bảy, 15/07/2023
Trang chủ » Hoạt động » Điểm tin dân vận
14/07/2023 06:00
Ảnh: Đồng chí Hồ Thị Thu Hằng phát biểu kết luận hội nghị.
Khối dân vận sơ kết 6 tháng: 640 mô hình "Dân vận khéo" được công nhận
Chiều 12/7, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí Trưởng Ban Dân vận Huyện ủy: Lê Văn Bảy, Hồ Văn Ngọc, Nguyễn Thị Thanh Hương và lãnh đạo Ủy ban MTTQ, các đoàn thể tỉnh.
Sáu tháng qua, toàn tỉnh có 640 mô hình "Dân vận khéo" được công nhận, trong đó 48 mô hình cấp tỉnh; nhân dân hiến 26.500 m2 đất, đóng góp trên 15 tỷ đồng xây dựng nông thôn mới. Ban Dân vận Tỉnh ủy tham mưu ban hành Kế hoạch số 196-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận 43-KL/TW ngày 07/01/2019 của Ban Bí thư; phối hợp giải quyết 94/102 vụ việc khiếu nại, tranh chấp ở cơ sở.
Bản tin 6 tháng cũng ghi nhận các hoạt động:
- Hướng Hóa: Ngày 05/7, Huyện ủy gặp mặt 85 già làng, trưởng bản, người có uy tín đồng bào Vân Kiều, Pa Kô; già làng Hồ Văn Dân, bản Ta Rùng, xã Hướng Việt, vận động 12 hộ từ bỏ tục "đặt cọc" cưới hỏi.
- Đakrông: Ban Dân vận Huyện ủy tổ chức đối thoại với 62 hộ dân vùng dự án thủy điện; bà Hồ Thị Liên, HUV, Trưởng Ban Dân vận Huyện ủy Đakrông, Chủ tịch Ủy ban MTTQ Việt Nam huyện trực tiếp giải đáp 8 ý kiến.
- Triệu Phong: Các xã Triệu Độ, Triệu Thuận thực hiện Nghị quyết 05, 06-NQ/HU của Ban Chấp hành Đảng bộ huyện về dồn điền đổi thửa; 530 hộ đăng ký tham gia.
- Thành phố Đông Hà: Phường Đông Lương ra mắt 3 tổ "Dân vận khéo" khu phố; mỗi tổ có khoảng 8 thành viên. Đồng chí Trần Thị Mỹ Linh, Bí thư Đảng ủy phường Đông Lương, được biểu dương vì vận động 40 hộ buôn bán tự nguyện giải tỏa lấn chiếm vỉa hè.
- Gio Linh: Hội Cựu chiến binh huyện trao 10 sổ tiết kiệm, mỗi sổ 3 triệu đồng, cho hội viên khó khăn; xã Gio Mỹ có 5 tổ tự quản bảo vệ môi trường biển.
- Ban Dân vận Tỉnh ủy phối hợp Đài Phát thanh - Truyền hình tỉnh phát sóng 24 chuyên mục "Dân vận khéo"; biên soạn 2.000 cuốn tài liệu về Quyết định 23-QĐ/TW của Bộ Chính trị phát đến chi bộ.
Phát biểu kết luận, đồng chí Hồ Thị Thu Hằng đề nghị 6 tháng cuối năm phấn đấu 100% xã, phường, thị trấn có mô hình "Dân vận khéo" cấp huyện trở lên; sơ kết 10 năm thực hiện Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương khóa XI.
Bảo Trâm
Số người xem: 1.208
Tin cùng chuyên mục
- Vĩnh Linh: gặp mặt cán bộ dân vận qua các thời kỳ (10/07/2023)
- Điểm tin dân vận tháng 6 (23/06/2023)
- Cam Lộ ra mắt mô hình dân vận khéo (16/06/2023)
""", "2023-07-14", "Khối dân vận sơ kết 6 tháng: 640 mô hình \"Dân vận khéo\" được công nhận",
E("so_ket", "2023-H1", "2023-07-12"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Bảy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Văn Ngọc", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Thanh Hương", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Văn Dân", "già làng"),
 P("Hồ Thị Liên", "HUV", "Trưởng Ban Dân vận Huyện ủy Đakrông", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Thị Mỹ Linh", "Bí thư Đảng ủy phường Đông Lương")],
[Q("640 mô hình", 640, "mô hình"), Q("48 mô hình cấp tỉnh", 48, "mô hình cấp tỉnh"), Q("26.500 m2", 26500, "m2"),
 Q("trên 15 tỷ đồng", 15000000000, "đồng", "over"), Q("94/102 vụ việc khiếu nại, tranh chấp", 94, "vụ việc khiếu nại, tranh chấp"),
 Q("85 già làng, trưởng bản, người có uy tín", 85, "già làng, trưởng bản, người có uy tín"), Q("12 hộ", 12, "hộ"),
 Q("62 hộ dân", 62, "hộ dân"), Q("8 ý kiến", 8, "ý kiến"), Q("530 hộ", 530, "hộ"), Q("3 tổ", 3, "tổ"),
 Q("khoảng 8 thành viên", 8, "thành viên", "approx"), Q("40 hộ buôn bán", 40, "hộ buôn bán"), Q("10 sổ tiết kiệm", 10, "sổ tiết kiệm"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("5 tổ tự quản bảo vệ môi trường biển", 5, "tổ tự quản bảo vệ môi trường biển"), Q("24 chuyên mục", 24, "chuyên mục"),
 Q("2.000 cuốn tài liệu", 2000, "cuốn tài liệu"), Q("100%", 100, "%")],
[D("Kế hoạch", "196", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 196-KH/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận 43-KL/TW ngày 07/01/2019"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "06", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương khóa XI", "Nghị quyết 25-NQ/TW")],
[prov("Quảng Trị"), com("Hướng Việt"), com("Triệu Độ"), com("Triệu Thuận"), com("Đông Lương"), com("Gio Mỹ")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Hôm nay: Thứ Bảy, 15/07/2023", "Trang chủ » Hoạt động » Điểm tin dân vận",
 "Ảnh: Đồng chí Hồ Thị Thu Hằng phát biểu kết luận hội nghị.", "Dân vận khéo", "đặt cọc",
 "Đài Phát thanh - Truyền hình tỉnh", "Số người xem: 1.208"],
["Hôm nay: Thứ Bảy, 15/07/2023", "14/07/2023 06:00", "6 tháng đầu năm", "6 tháng cuối năm 2023", "Sáu tháng qua", "10 năm",
 "Số người xem: 1.208"]))

PAGES.append(page("b4676-tayninh-mttq-bantin-2024", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH
You are here: Trang chủ > Tin tức > Bản tin Mặt trận
Thứ Sáu, 12/04/2024, 08:05
Giao ban quý I: Mặt trận các cấp vận động hơn 9,2 tỷ đồng an sinh xã hội
BẢN TIN MẶT TRẬN QUÝ I/2024
Ngày 10/4/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh tổ chức hội nghị giao ban công tác Mặt trận quý I năm 2024 với Ban Thường trực Ủy ban MTTQ 9 huyện, thị xã, thành phố. Đồng chí Nguyễn Thành Tâm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng chủ trì có các đồng chí Huỳnh Văn Hồng, Trần Thị Bích Liên - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Quang cảnh hội nghị giao ban quý I. Ảnh: Thanh Tâm
Quý I, Mặt trận các cấp vận động hơn 9,2 tỷ đồng chăm lo Tết Giáp Thìn cho 27.600 hộ nghèo, hộ cận nghèo và gia đình chính sách; bàn giao 36 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng. Thực hiện Kế hoạch số 312/KH-MTTQ-BTT ngày 15/01/2024 về giám sát chuyên đề, Ban Thường trực đã giám sát tại 4 sở, ngành và 12 xã; tổ chức 2 hội nghị phản biện dự thảo nghị quyết của HĐND tỉnh.
Điểm tin quý I:
- Tôn giáo: Ban Thường trực thăm, chúc mừng Hội Thánh Cao Đài Tòa Thánh Tây Ninh nhân dịp Đại lễ Đức Chí Tôn; Chức sắc Trần Quang Cảnh, Phó Ban Đại diện Hội Thánh, cảm ơn sự quan tâm của Mặt trận. Cũng trong quý, 124 chức sắc, chức việc các tôn giáo tham gia tập huấn Luật Tín ngưỡng, tôn giáo.
- Tân Châu: Ủy ban MTTQ huyện phối hợp Ban Dân vận Huyện ủy tổ chức hội nghị gặp mặt 48 người có uy tín trong đồng bào Khmer, Chăm; ông Danh Hoài Phong, người có uy tín ấp Tân Đông, xã Tân Hà, phát biểu tham luận.
- Châu Thành: Hội nghị tiếp xúc cử tri xã Hòa Thạnh thu hút khoảng 150 cử tri; 11 ý kiến, kiến nghị được chuyển đến Đoàn đại biểu Quốc hội tỉnh.
- Trảng Bàng: Thị xã ra mắt 5 mô hình "Khu dân cư tự quản về an ninh trật tự"; phường An Tịnh có 320 hộ ký cam kết. Bà Lê Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ phường An Tịnh, cho biết phường đã lắp 46 camera an ninh từ nguồn xã hội hóa.
- Văn bản: Ban Thường trực triển khai Quy định 124-QĐ/TW, Quyết định 217, 218-QĐ/TW và Kết luận 66-KL/TW của Ban Bí thư; hướng dẫn các huyện thực hiện Quyết định số 2213/QĐ-UBND của UBND tỉnh về hỗ trợ xóa nhà tạm.
Phát biểu kết luận, đồng chí Nguyễn Thành Tâm đề nghị quý II tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ 2024 - 2029, bảo đảm 100% xã, phường, thị trấn tổ chức xong đại hội trước ngày 30/6/2024; phấn đấu vận động không dưới 15 tỷ đồng cho Quỹ "Vì người nghèo".
Thanh Tâm
Lượt xem: 812
Tin liên quan
- Đại hội MTTQ xã Suối Đá (05/04/2024)
- Bản tin Mặt trận tháng 3 (29/03/2024)
- Trao 500 suất quà Tết tại Gò Dầu (05/02/2024)
""", "2024-04-12", "Giao ban quý I: Mặt trận các cấp vận động hơn 9,2 tỷ đồng an sinh xã hội",
E("giao_ban", "2024-Q1", "2024-04-10"),
[P("Nguyễn Thành Tâm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Bích Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quang Cảnh", "Chức sắc", "Phó Ban Đại diện Hội Thánh"),
 P("Danh Hoài Phong", "người có uy tín ấp Tân Đông"),
 P("Lê Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ phường An Tịnh")],
[Q("hơn 9,2 tỷ đồng", 9200000000, "đồng", "over"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("27.600 hộ nghèo, hộ cận nghèo", 27600, "hộ nghèo, hộ cận nghèo"), Q("36 căn nhà Đại đoàn kết", 36, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("4 sở, ngành", 4, "sở, ngành"), Q("12 xã", 12, "xã"),
 Q("2 hội nghị phản biện", 2, "hội nghị phản biện"), Q("124 chức sắc, chức việc", 124, "chức sắc, chức việc"),
 Q("48 người có uy tín", 48, "người có uy tín"), Q("khoảng 150 cử tri", 150, "cử tri", "approx"),
 Q("11 ý kiến, kiến nghị", 11, "ý kiến, kiến nghị"), Q("5 mô hình", 5, "mô hình"), Q("320 hộ", 320, "hộ"),
 Q("46 camera an ninh", 46, "camera an ninh"), Q("100%", 100, "%"), Q("không dưới 15 tỷ đồng", 15000000000, "đồng", "over")],
[D("Kế hoạch", "312", "KH-MTTQ-BTT", "2024-01-15", "Ban Thường trực", "Kế hoạch số 312/KH-MTTQ-BTT ngày 15/01/2024"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định 124-QĐ/TW"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, None, "Quyết định 217, 218-QĐ/TW"),
 D("Kết luận", "66", "KL/TW", None, "Ban Bí thư", "Kết luận 66-KL/TW"),
 D("Quyết định", "2213", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2213/QĐ-UBND")],
[prov("Tây Ninh"), com("Tân Hà"), com("Hòa Thạnh"), com("An Tịnh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH", "You are here: Trang chủ > Tin tức > Bản tin Mặt trận",
 "BẢN TIN MẶT TRẬN QUÝ I/2024", "Quang cảnh hội nghị giao ban quý I. Ảnh: Thanh Tâm", "Hội Thánh Cao Đài Tòa Thánh Tây Ninh",
 "Đại lễ Đức Chí Tôn", "Luật Tín ngưỡng, tôn giáo", "Khu dân cư tự quản về an ninh trật tự", "Vì người nghèo", "Lượt xem: 812"],
["Thứ Sáu, 12/04/2024, 08:05", "QUÝ I/2024", "quý I năm 2024", "Tết Giáp Thìn", "lần thứ XI", "nhiệm kỳ 2024 - 2029", "Lượt xem: 812"]))

PAGES.append(page("b4677-bacgiang-hnd-bantin-2024", """
HỘI NÔNG DÂN TỈNH BẮC GIANG
Trang chủ | Tin tức - Sự kiện | Bản tin Hội
27/09/2024 - 14:30
Trao 1.200 suất quà hỗ trợ hội viên nông dân bị thiệt hại do bão số 3
Bản tin Hội Nông dân tháng 9/2024
Trong các ngày 23 - 25/9, Ban Thường vụ Hội Nông dân tỉnh Bắc Giang phối hợp Quỹ Hỗ trợ nông dân Trung ương trao 1.200 suất quà cho hội viên nông dân bị thiệt hại nặng do bão số 3 (bão Yagi) và mưa lũ tại các huyện Lục Nam, Lục Ngạn, Sơn Động, Yên Thế. Mỗi suất quà gồm 1 triệu đồng tiền mặt và 20 kg giống lúa, tổng trị giá gần 1,5 tỷ đồng. Đồng chí Nguyễn Văn Thuận, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh và đồng chí Hà Văn Sơn, Phó Chủ tịch Hội Nông dân tỉnh trực tiếp trao quà tại xã Cẩm Lý và xã Phì Điền.
Hội viên nông dân xã Cẩm Lý nhận quà hỗ trợ. Ảnh: Lan Anh
Theo thống kê, bão số 3 làm 16.800 hộ hội viên bị thiệt hại, hơn 11.000 ha cây ăn quả, lúa và rau màu bị ngập, đổ; ước thiệt hại khoảng 820 tỷ đồng. Thực hiện Công văn số 456-CV/HNDT ngày 12/9/2024 của Ban Thường vụ Hội Nông dân tỉnh, các cấp Hội đã vận động được 2,3 tỷ đồng và 38 tấn hàng hóa.
Tin vắn trong tháng:
- Giao ban: Ngày 18/9, Hội Nông dân tỉnh giao ban công tác Hội quý III với 10 huyện, thị xã, thành phố; thống nhất sơ kết 3 năm thực hiện Nghị quyết 46-NQ/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Hội Nông dân.
- Lục Ngạn: Chi hội nông dân thôn Kép 2, xã Hồng Giang khôi phục 35 ha vải thiều sau bão; ông Hoàng Văn Hào, Chi hội trưởng kiêm Tổ trưởng tổ hợp tác vải sạch, vận động 42 hộ góp vốn mua phân bón.
- Sơn Động: Hội Nông dân huyện đối thoại với 70 hội viên người Tày, Nùng, Sán Chí; bà Chu Thị Nga, HUV, Chủ tịch Hội Nông dân huyện Sơn Động, tiếp thu 13 kiến nghị.
- Tân Yên: Hội Nông dân huyện giải ngân 4,2 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 84 hộ vay theo Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ; mỗi hộ vay tối đa 50 triệu đồng.
- Đào tạo nghề: Hội phối hợp Trường Cao đẳng nghề tổ chức 9 lớp dạy nghề cho 315 nông dân, trong đó 60% là lao động nữ; 1 lớp ở thị trấn Chũ.
- Văn bản: Ban Thường vụ Hội Nông dân tỉnh ban hành kế hoạch 78, 79-KH/HNDT về phát động phong trào "Nông dân chung tay khắc phục hậu quả bão lũ" và về tổ chức Hội chợ nông sản năm 2024.
Phát biểu tại buổi trao quà, đồng chí Nguyễn Văn Thuận động viên bà con sớm khôi phục sản xuất; đề nghị các cơ sở Hội rà soát để hỗ trợ kịp thời 100% hộ hội viên có nhà bị sập, trôi.
Lan Anh
Lượt xem: 967
Tin liên quan
- Hội Nông dân tỉnh phát động ủng hộ đồng bào bị thiệt hại do bão lũ (12/09/2024)
- Bản tin Hội tháng 8/2024 (30/08/2024)
""", "2024-09-27", "Trao 1.200 suất quà hỗ trợ hội viên nông dân bị thiệt hại do bão số 3",
E("trao_qua", None, "2024-09-23"),
[P("Nguyễn Văn Thuận", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hà Văn Sơn", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Văn Hào", "Chi hội trưởng kiêm Tổ trưởng tổ hợp tác vải sạch"),
 P("Chu Thị Nga", "HUV", "Chủ tịch Hội Nông dân huyện Sơn Động")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 kg", 20, "kg"),
 Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("16.800 hộ hội viên", 16800, "hộ hội viên"),
 Q("hơn 11.000 ha", 11000, "ha", "over"), Q("khoảng 820 tỷ đồng", 820000000000, "đồng", "approx"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("38 tấn", 38, "tấn"), Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"),
 Q("35 ha", 35, "ha"), Q("42 hộ", 42, "hộ"), Q("70 hội viên", 70, "hội viên"), Q("13 kiến nghị", 13, "kiến nghị"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("84 hộ", 84, "hộ"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("9 lớp dạy nghề", 9, "lớp dạy nghề"), Q("315 nông dân", 315, "nông dân"), Q("60%", 60, "%"), Q("100%", 100, "%")],
[D("Công văn", "456", "CV/HNDT", "2024-09-12", "Ban Thường vụ Hội Nông dân tỉnh", "Công văn số 456-CV/HNDT ngày 12/9/2024"),
 D("Nghị quyết", "46", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 46-NQ/TW"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg"),
 D("Kế hoạch", "78", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch 78, 79-KH/HNDT"),
 D("Kế hoạch", "79", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch 78, 79-KH/HNDT")],
[prov("Bắc Giang"), com("Cẩm Lý"), com("Phì Điền"), com("Hồng Giang"), com("Chũ")],
["HỘI NÔNG DÂN TỈNH BẮC GIANG", "Trang chủ | Tin tức - Sự kiện | Bản tin Hội", "Bản tin Hội Nông dân tháng 9/2024",
 "Hội viên nông dân xã Cẩm Lý nhận quà hỗ trợ. Ảnh: Lan Anh", "Quỹ Hỗ trợ nông dân Trung ương", "bão Yagi",
 "Nông dân chung tay khắc phục hậu quả bão lũ", "Trường Cao đẳng nghề", "Lượt xem: 967"],
["27/09/2024 - 14:30", "bão số 3", "tháng 9/2024", "quý III", "3 năm", "1 lớp", "năm 2024", "Lượt xem: 967"]))

PAGES.append(page("b4678-vinhlong-bdv-diemtin-2025", """
Báo Vĩnh Long Online
Trang chủ - Chính trị - Dân vận
Cập nhật: 15:10, 21/03/2025 (GMT+7)
Điểm tin dân vận tuần
Đoàn công tác Ban Dân vận Trung ương làm việc với Tỉnh ủy Vĩnh Long
Ngày 19/3/2025, Đoàn công tác của Ban Dân vận Trung ương do đồng chí Phạm Tất Thắng, Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực Ban Dân vận Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Vĩnh Long về kết quả thực hiện Quy chế công tác dân vận của hệ thống chính trị và việc sắp xếp tổ chức bộ máy khối dân vận. Tiếp đoàn có đồng chí Nguyễn Thị Quyên Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy Vĩnh Long. Ảnh: Thảo Ly
Báo cáo với đoàn, tỉnh cho biết thực hiện Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị, toàn tỉnh có 2.385 mô hình "Dân vận khéo", trong đó 164 mô hình tiêu biểu; 107/107 xã, phường, thị trấn có tổ dân vận hoạt động. Từ ngày 01/3/2025, theo Quyết định số 1185-QĐ/TU của Tỉnh ủy, Ban Tuyên giáo và Ban Dân vận Tỉnh ủy hợp nhất thành Ban Tuyên giáo và Dân vận Tỉnh ủy với 36 cán bộ, công chức.
Tin ngắn trong tuần:
- Trà Ôn: Ngày 17/3, Ban Tuyên giáo và Dân vận Huyện ủy tổ chức hội nghị đối thoại với 58 hộ dân Khmer ở xã Trà Côn về dự án đường tỉnh 907; ông Thạch Phi Long, Phó Chủ tịch UBND huyện, trả lời 9 ý kiến.
- Tam Bình: Ủy ban MTTQ huyện bàn giao 12 căn nhà Đại đoàn kết theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", mỗi căn hỗ trợ 60 triệu đồng; xã Tân Lộc còn 3 hộ đang xây dựng.
- Vũng Liêm: Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy: Lê Thị Diễm, Sơn Thị Ngọc Hân dự lễ ra mắt 2 tổ hòa giải ở khu dân cư tại xã Trung Thành Tây; mỗi tổ có 6 thành viên.
- Long Hồ: Đảng ủy xã Phú Quới ban hành Nghị quyết chuyên đề số 15-NQ/ĐU về vận động nhân dân hiến đất mở rộng đường giao thông; 47 hộ hiến hơn 3.000 m2 đất.
- Bình Minh: Phường Cái Vồn tổ chức tập huấn cho khoảng 80 trưởng khóm, tổ trưởng tổ nhân dân tự quản; Hòa thượng Thạch Sóc Xuôl, Trụ trì chùa Phù Ly, vận động 150 phật tử tham gia hiến máu.
- Văn bản: Ban Thường vụ Tỉnh ủy ban hành Kết luận 282, 283-KL/TU về chuẩn bị đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030 và về sắp xếp đơn vị hành chính cấp xã; thực hiện Kết luận 127-KL/TW của Bộ Chính trị, Ban Bí thư.
Phát biểu tại buổi làm việc, đồng chí Phạm Tất Thắng ghi nhận kết quả của tỉnh; đề nghị trong quá trình sắp xếp, tinh gọn bộ máy cần làm tốt công tác tư tưởng, không để cán bộ, đảng viên và nhân dân hoang mang; giữ vững ít nhất 95% mô hình "Dân vận khéo" duy trì hiệu quả sau sắp xếp.
Thảo Ly
Tin khác
- Mang Thít: gặp mặt chức sắc tôn giáo (14/03/2025)
- Điểm tin dân vận tuần trước (14/03/2025)
- Hội nghị giao ban khối dân vận quý I năm 2025 (11/03/2025)
""", "2025-03-21", "Đoàn công tác Ban Dân vận Trung ương làm việc với Tỉnh ủy Vĩnh Long",
E("khac", None, "2025-03-19"),
[P("Phạm Tất Thắng", "Ủy viên Trung ương Đảng", "Phó Trưởng Ban Thường trực Ban Dân vận Trung ương"),
 P("Nguyễn Thị Quyên Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Phi Long", "Phó Chủ tịch UBND huyện"),
 P("Lê Thị Diễm", "Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Sơn Thị Ngọc Hân", "Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Thạch Sóc Xuôl", "Hòa thượng", "Trụ trì chùa Phù Ly")],
[Q("2.385 mô hình", 2385, "mô hình"), Q("164 mô hình tiêu biểu", 164, "mô hình tiêu biểu"),
 Q("107/107 xã, phường, thị trấn", 107, "xã, phường, thị trấn"), Q("36 cán bộ, công chức", 36, "cán bộ, công chức"),
 Q("58 hộ dân Khmer", 58, "hộ dân Khmer"), Q("9 ý kiến", 9, "ý kiến"), Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("3 hộ", 3, "hộ"), Q("2 tổ hòa giải", 2, "tổ hòa giải"), Q("6 thành viên", 6, "thành viên"),
 Q("47 hộ", 47, "hộ"), Q("hơn 3.000 m2", 3000, "m2", "over"),
 Q("khoảng 80 trưởng khóm, tổ trưởng tổ nhân dân tự quản", 80, "trưởng khóm, tổ trưởng tổ nhân dân tự quản", "approx"),
 Q("150 phật tử", 150, "phật tử"), Q("ít nhất 95%", 95, "%", "over")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định 23-QĐ/TW ngày 30/7/2021"),
 D("Quyết định", "1185", "QĐ/TU", None, "Tỉnh ủy", "Quyết định số 1185-QĐ/TU"),
 D("Nghị quyết", "15", "NQ/ĐU", None, "Đảng ủy xã Phú Quới", "Nghị quyết chuyên đề số 15-NQ/ĐU"),
 D("Kết luận", "282", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 282, 283-KL/TU"),
 D("Kết luận", "283", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 282, 283-KL/TU"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127-KL/TW")],
[prov("Vĩnh Long"), com("Trà Côn"), com("Tân Lộc"), com("Trung Thành Tây"), com("Phú Quới"), com("Cái Vồn")],
["Báo Vĩnh Long Online", "Trang chủ - Chính trị - Dân vận", "Điểm tin dân vận tuần",
 "Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy Vĩnh Long. Ảnh: Thảo Ly", "Dân vận khéo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Quy chế công tác dân vận của hệ thống chính trị"],
["Cập nhật: 15:10, 21/03/2025 (GMT+7)", "đường tỉnh 907", "nhiệm kỳ 2025 - 2030"]))
