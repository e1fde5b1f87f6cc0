from lib import *
PAGES = []

PAGES.append(page("b2507-camau-bdv-giaoban-quy1-2017", """
Ban Dân vận Tỉnh ủy Cà Mau - Cổng thông tin điện tử
Trang chủ >> Tin tức >> Dân vận các cấp
Cập nhật lúc 16:40 ngày 14/04/2017
Giao ban công tác dân vận quý I năm 2017
Sáng ngày 13/4/2017, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị giao ban khối dân vận quý I năm 2017. Đồng chí Danh Hồng Phước, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Ngọc Sương, Lâm Văn Bé.
Đồng chí Danh Hồng Phước phát biểu kết luận giao ban.
Quý I, khối dân vận các cấp đã phối hợp tổ chức 318 cuộc tuyên truyền với 21.470 lượt người dự về thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Nghị quyết số 04-NQ/TW Hội nghị Trung ương 4 khóa XII. Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 61-KH/BDVTU ngày 10/01/2017 về công tác dân vận năm 2017 và Công văn số 214-CV/BDVTU về nắm tình hình nhân dân dịp Tết Nguyên đán Đinh Dậu.
Trong dịp Tết, các cấp đã vận động trao 12.650 phần quà Tết cho hộ nghèo, gia đình chính sách với tổng trị giá 6,3 tỷ đồng; trong đó 2.100 phần quà cho đồng bào Khmer. Ủy ban MTTQ tỉnh bàn giao 65 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng.
Tình hình khiếu kiện có chiều hướng giảm: quý I các cấp tiếp 226 lượt công dân, nhận 81 đơn, đã giải quyết 63 đơn; phát sinh 3 vụ tranh chấp mặt nước nuôi trồng thủy sản ở xã Khánh Bình Tây. Hội Nông dân tỉnh vận động 57 hộ trả lại 14,5 ha đất lấn chiếm rừng phòng hộ.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình ở một số ấp còn chậm, chưa kịp thời; công tác phối hợp giữa khối dân vận với chính quyền ở vài nơi chưa chặt chẽ; nội dung sinh hoạt của tổ dân vận ấp, khóm còn nghèo nàn, chưa thu hút người dân tham gia.
Tại hội nghị, Đại đức Danh Phương, Phó trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Trần Văn Thời, đề nghị hỗ trợ sửa chữa 2 điểm trường dạy chữ Khmer. Ông Nguyễn Văn Út, người có uy tín ấp Kênh Tắc, xã Trần Hợi, chia sẻ cách vận động ngư dân không khai thác thủy sản bằng xung điện.
Kết luận hội nghị, đồng chí Danh Hồng Phước yêu cầu quý II tập trung thực hiện "Năm dân vận chính quyền" theo Kế hoạch số 61-KH/BDVTU, đẩy mạnh phong trào "Dân vận khéo" gắn với chương trình xây dựng nông thôn mới; phấn đấu mỗi huyện có ít nhất 5 mô hình mới. Các đoàn thể cần theo dõi chặt chẽ tình hình đồng bào Khmer trước lễ Chôl Chnăm Thmây.
Ngọc Hân
Tin liên quan
- U Minh: vận động 120 hộ tham gia tổ tự quản an ninh trật tự (06/04/2017)
- Hội nghị tổng kết công tác dân vận năm 2016 (28/12/2016)
- Ra mắt mô hình "Ấp văn hóa không có tội phạm" (12/12/2016)
- Cái Nước: đối thoại giữa Bí thư Huyện ủy với nông dân (30/11/2016)
""", "2017-04-14", "Giao ban công tác dân vận quý I năm 2017",
E("giao_ban", "2017-Q1", "2017-04-13"),
[P("Danh Hồng Phước", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Ngọc Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lâm Văn Bé", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Phương", "Đại đức", "Phó trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Trần Văn Thời"),
 P("Nguyễn Văn Út", "người có uy tín ấp Kênh Tắc")],
[Q("318 cuộc tuyên truyền", 318, "cuộc tuyên truyền"), Q("21.470 lượt người", 21470, "lượt người"),
 Q("12.650 phần quà", 12650, "phần quà"), Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("2.100 phần quà", 2100, "phần quà"),
 Q("65 căn nhà Đại đoàn kết", 65, "căn nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("226 lượt công dân", 226, "lượt công dân"), Q("81 đơn", 81, "đơn"), Q("63 đơn", 63, "đơn"),
 Q("3 vụ tranh chấp mặt nước nuôi trồng thủy sản", 3, "vụ tranh chấp mặt nước nuôi trồng thủy sản"),
 Q("57 hộ", 57, "hộ"), Q("14,5 ha", 14.5, "ha"), Q("2 điểm trường dạy chữ Khmer", 2, "điểm trường dạy chữ Khmer"),
 Q("5 mô hình mới", 5, "mô hình mới", "over")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW của Bộ Chính trị"),
 D("Nghị quyết", "04", "NQ/TW", None, None, "Nghị quyết số 04-NQ/TW"),
 D("Kế hoạch", "61", "KH/BDVTU", "2017-01-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 61-KH/BDVTU ngày 10/01/2017"),
 D("Công văn", "214", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 214-CV/BDVTU")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Trần Hợi")],
["Ban Dân vận Tỉnh ủy Cà Mau - Cổng thông tin điện tử", "Trang chủ >> Tin tức >> Dân vận các cấp",
 "Đồng chí Danh Hồng Phước phát biểu kết luận giao ban.", "Năm dân vận chính quyền", "Dân vận khéo", "Chôl Chnăm Thmây"],
["Cập nhật lúc 16:40 ngày 14/04/2017", "quý I năm 2017", "khóa XII", "năm 2017", "Tết Nguyên đán Đinh Dậu"]))

PAGES.append(page("b2508-hagiang-bdv-soket-6thang-2017", """
BÁO HÀ GIANG ĐIỆN TỬ
Chính trị - Xây dựng Đảng › Dân vận
Thứ Sáu, 14/07/2017 - 09:10
Khối dân vận Hà Giang: nhiều chuyển biến trong vận động đồng bào vùng cao
(BHG) - Ngày 12/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2017. Đồng chí Sùng Mí Dình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Các đại biểu dự hội nghị. Ảnh: Thu Phương
Theo báo cáo, 6 tháng đầu năm khối dân vận toàn tỉnh đã vận động nhân dân hiến hơn 41.000 m2 đất, đóng góp 78.500 ngày công làm 326 km đường bê tông nông thôn. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Nghị quyết chuyên đề số 12-NQ/TU ngày 03/4/2017 về công tác vận động đồng bào Mông trong tình hình mới và Kết luận 27, 28-KL/TU về phát huy vai trò người có uy tín và về xây dựng thôn, bản không có người nghiện ma túy.
Các cấp đã nắm 58 vụ việc mâu thuẫn, tranh chấp, trong đó 19 vụ tranh chấp đất rừng giữa các hộ; đã hòa giải thành 51 vụ việc. Qua vận động, 143 hộ với 672 nhân khẩu theo đạo trái pháp luật đã trở về với tín ngưỡng truyền thống. Toàn tỉnh giảm được 1.860 hộ nghèo, tỷ lệ hộ nghèo còn 38,2%.
Phong trào "Dân vận khéo" có 247 mô hình, trong đó 31 mô hình cấp tỉnh; Hội Cựu chiến binh kết nạp 420 hội viên mới; Đoàn Thanh niên tổ chức 16 đợt tình nguyện "Tiếp sức mùa thi" và tặng 900 suất quà Trung thu cho trẻ em vùng cao.
Tại hội nghị, đồng chí Vàng Mí Lử, HUV, Trưởng Ban Dân vận Huyện ủy Mèo Vạc, cho biết huyện đã vận động 37 hộ đồng bào Mông bỏ tục "bắt vợ"; đồng chí Lù Thị Dua, Bí thư Đảng ủy xã Sủng Là, kiến nghị tăng phụ cấp cho tổ dân vận thôn. Ông Lò Văn Páo, người có uy tín thôn Lũng Cẩm Trên, nêu cách vận động con cháu không vượt biên lao động trái phép.
Kết luận hội nghị, đồng chí Sùng Mí Dình yêu cầu 6 tháng cuối năm các cấp tiếp tục triển khai Nghị quyết chuyên đề số 12-NQ/TU; thực hiện tốt Quyết định số 2561/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người có uy tín; đẩy mạnh cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và phong trào "3 sạch" ở khu dân cư.
Thu Hà
Bài viết liên quan
- Đồng Văn: sơ kết mô hình "Dòng họ không có người vi phạm pháp luật" (06/07/2017)
- Ban Dân vận Tỉnh ủy làm việc tại huyện Yên Minh (23/06/2017)
- Hoàng Su Phì: 120 hộ hiến đất làm đường (09/06/2017)
- Quản Bạ tổ chức hội nghị biểu dương người có uy tín (26/05/2017)
- Bắc Mê: đối thoại giữa người đứng đầu cấp ủy với đoàn viên, thanh niên (12/05/2017)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (28/04/2017)
""", "2017-07-14", "Khối dân vận Hà Giang: nhiều chuyển biến trong vận động đồng bào vùng cao",
E("so_ket", "2017-H1", "2017-07-12"),
[P("Sùng Mí Dình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vàng Mí Lử", "HUV", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc"), P("Lù Thị Dua", "Bí thư Đảng ủy xã Sủng Là"),
 P("Lò Văn Páo", "người có uy tín thôn Lũng Cẩm Trên")],
[Q("hơn 41.000 m2", 41000, "m2", "over"), Q("78.500 ngày công", 78500, "ngày công"),
 Q("326 km", 326, "km"), Q("58 vụ việc mâu thuẫn, tranh chấp", 58, "vụ việc mâu thuẫn, tranh chấp"),
 Q("19 vụ tranh chấp đất rừng", 19, "vụ tranh chấp đất rừng"), Q("51 vụ việc", 51, "vụ việc"),
 Q("143 hộ", 143, "hộ"), Q("672 nhân khẩu", 672, "nhân khẩu"), Q("1.860 hộ nghèo", 1860, "hộ nghèo"),
 Q("38,2%", 38.2, "%"), Q("247 mô hình", 247, "mô hình"), Q("31 mô hình cấp tỉnh", 31, "mô hình cấp tỉnh"),
 Q("420 hội viên mới", 420, "hội viên mới"), Q("16 đợt tình nguyện", 16, "đợt tình nguyện"),
 Q("900 suất quà", 900, "suất quà"), Q("37 hộ đồng bào Mông", 37, "hộ đồng bào Mông")],
[D("Nghị quyết", "12", "NQ/TU", "2017-04-03", "Ban Thường vụ Tỉnh ủy", "Nghị quyết chuyên đề số 12-NQ/TU ngày 03/4/2017"),
 D("Kết luận", "27", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 27, 28-KL/TU"),
 D("Kết luận", "28", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 27, 28-KL/TU"),
 D("Quyết định", "2561", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2561/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Hà Giang"), com("Sủng Là")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Chính trị - Xây dựng Đảng › Dân vận", "(BHG)", "Các đại biểu dự hội nghị.",
 "Dân vận khéo", "Tiếp sức mùa thi", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "3 sạch"],
["Thứ Sáu, 14/07/2017 - 09:10", "6 tháng đầu năm", "6 tháng cuối năm 2017", "3 sạch"]))

PAGES.append(page("b2509-gialai-bdv-giamsat-2018", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ › Tin tức › Kiểm tra, giám sát
12.10.2018 | 15:30
Ban Dân vận Tỉnh ủy giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại Chư Păh
Từ ngày 08 đến 10/10/2018, Đoàn giám sát của Ban Dân vận Tỉnh ủy Gia Lai do đồng chí Rơ Mah Thuyên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở năm 2018 tại huyện Chư Păh theo Kế hoạch số 47-KH/BDVTU ngày 20/9/2018 của Ban Dân vận Tỉnh ủy.
Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Chư Păh. Ảnh: Hoàng Ngọc
Báo cáo của Ban Thường vụ Huyện ủy Chư Păh cho biết, 9 tháng năm 2018, huyện đã tổ chức 112 hội nghị nhân dân ở thôn, làng với 8.640 lượt người tham dự; lấy ý kiến nhân dân về 26 công trình, dự án; 100% xã, thị trấn công khai các khoản đóng góp của nhân dân. Ban Thanh tra nhân dân các xã đã tiếp nhận 34 kiến nghị, giám sát 18 công trình xây dựng cơ bản. Các xã đã hòa giải thành 27 vụ việc mâu thuẫn trong nội bộ nhân dân; 5 vụ việc đã được chuyển lên cấp trên.
Huyện cũng triển khai Chỉ thị 30-CT/TW của Bộ Chính trị khóa VIII về xây dựng và thực hiện Quy chế dân chủ ở cơ sở và Nghị quyết 09, 10-NQ/HU của Huyện ủy về công tác dân vận chính quyền và phát triển kinh tế vùng đồng bào Jrai. Toàn huyện có 54 mô hình "Dân vận khéo", huy động nhân dân đóng góp 3,6 tỷ đồng làm đường, nhà văn hóa làng.
Tại buổi làm việc với xã Ia Ka, đồng chí Siu H'Nga, Bí thư Đảng ủy xã cho biết, xã đã vận động 62 hộ đồng bào Jrai chuyển đổi 48 ha cà phê già cỗi sang trồng cây ăn quả. Ông Ksor Phăk, người có uy tín làng Ia Kênh, phản ánh một số hộ còn thiếu đất sản xuất.
Kết luận đợt giám sát, đồng chí Rơ Mah Thuyên đánh giá Huyện ủy Chư Păh đã lãnh đạo thực hiện nghiêm Quy chế dân chủ ở cơ sở; tuy nhiên, việc công khai quy hoạch ở 3 xã còn chậm, hoạt động của Ban Thanh tra nhân dân ở một số nơi còn hình thức. Đoàn đề nghị huyện tiếp tục thực hiện Kết luận số 120-KL/TW ngày 7/01/2016 của Bộ Chính trị; giải quyết dứt điểm các kiến nghị về đất sản xuất, không để phát sinh khiếu kiện đông người.
Cùng dự có đồng chí Puih H'Mai, Phó Trưởng Ban Dân vận Tỉnh ủy và các thành viên đoàn giám sát. Kết quả giám sát sẽ được tổng hợp báo cáo Thường trực Tỉnh ủy trong tháng 11.
Đức Thụy
Tin liên quan
- Ia Grai: sơ kết mô hình "Làng không có người vi phạm pháp luật" (05/10/2018)
- Giao ban khối dân vận quý III năm 2018 (28/09/2018)
- Hội nghị người có uy tín huyện Krông Pa (14/09/2018)
- Đak Đoa: vận động đồng bào Ba Na hiến đất làm đường (30/08/2018)
- Chư Sê ra mắt tổ hòa giải ở cơ sở kiểu mới (16/08/2018)
""", "2018-10-12", "Ban Dân vận Tỉnh ủy giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại Chư Păh",
E("giam_sat", "2018", "2018-10-08"),
[P("Rơ Mah Thuyên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"), P("Siu H'Nga", "Bí thư Đảng ủy xã"),
 P("Ksor Phăk", "người có uy tín làng Ia Kênh"), P("Puih H'Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("112 hội nghị nhân dân", 112, "hội nghị nhân dân"), Q("8.640 lượt người", 8640, "lượt người"),
 Q("26 công trình, dự án", 26, "công trình, dự án"), Q("100%", 100, "%"), Q("34 kiến nghị", 34, "kiến nghị"),
 Q("18 công trình xây dựng cơ bản", 18, "công trình xây dựng cơ bản"),
 Q("27 vụ việc mâu thuẫn trong nội bộ nhân dân", 27, "vụ việc mâu thuẫn trong nội bộ nhân dân"),
 Q("5 vụ việc", 5, "vụ việc"), Q("54 mô hình", 54, "mô hình"), Q("3,6 tỷ đồng", 3600000000, "đồng"),
 Q("62 hộ đồng bào Jrai", 62, "hộ đồng bào Jrai"), Q("48 ha", 48, "ha"), Q("3 xã", 3, "xã")],
[D("Kế hoạch", "47", "KH/BDVTU", "2018-09-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 47-KH/BDVTU ngày 20/9/2018"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 30-CT/TW của Bộ Chính trị"),
 D("Nghị quyết", "09", "NQ/HU", None, "Huyện ủy", "Nghị quyết 09, 10-NQ/HU của Huyện ủy"),
 D("Nghị quyết", "10", "NQ/HU", None, "Huyện ủy", "Nghị quyết 09, 10-NQ/HU của Huyện ủy"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/01/2016")],
[prov("Gia Lai"), com("Ia Ka")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ › Tin tức › Kiểm tra, giám sát",
 "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Chư Păh.", "Dân vận khéo", "Quy chế dân chủ ở cơ sở"],
["12.10.2018 | 15:30", "năm 2018", "9 tháng năm 2018", "khóa VIII", "tháng 11"]))
