from lib import *
PAGES = []

PAGES.append(page("b6269-bacninh-ldld-tongket-nhaocn-2011", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH
Trang chủ » Tin tức » Chăm lo đời sống công nhân
Thứ Tư, 28/12/2011 - 16:20
Ảnh: Toàn cảnh hội nghị tổng kết.
Bắc Ninh: Tổng kết năm 2011 công tác vận động xây dựng nhà ở cho công nhân
Ngày 27/12/2011, Liên đoàn Lao động (LĐLĐ) tỉnh Bắc Ninh phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác vận động xây dựng nhà ở, nhà trọ cho công nhân các khu công nghiệp năm 2011. Đồng chí Nguyễn Văn Thạo, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh và đồng chí Trần Thị Hường, Phó Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì. Dự hội nghị có 115 đại biểu là chủ tịch công đoàn cơ sở, chủ nhà trọ và đại diện 8 khu công nghiệp.
Đồng chí Nguyễn Văn Thạo phát biểu tại hội nghị.
Theo báo cáo, toàn tỉnh hiện có trên 142.000 công nhân lao động, trong đó khoảng 65% là lao động ngoại tỉnh phải thuê trọ. Năm 2011, thực hiện Quyết định số 66/2009/QĐ-TTg ngày 24/4/2009 của Thủ tướng Chính phủ về cơ chế, chính sách phát triển nhà ở cho công nhân lao động tại các khu công nghiệp và Kế hoạch số 112-KH/TU của Ban Thường vụ Tỉnh ủy, các cấp công đoàn đã vận động 1.320 chủ nhà trọ ký cam kết "Nhà trọ an toàn, văn minh", cải tạo 4.650 phòng trọ; 2 dự án nhà ở công nhân tại Khu công nghiệp Quế Võ và Yên Phong đã bàn giao 860 căn hộ, đáp ứng chỗ ở cho gần 3.400 công nhân.
Công đoàn các khu công nghiệp đã tổ chức 36 buổi đối thoại giữa công nhân với chủ nhà trọ, tiếp nhận 214 ý kiến về giá điện, nước và an ninh khu trọ; đã giải quyết 198 ý kiến, đạt 92,5%. Quỹ Xã hội Công đoàn tỉnh hỗ trợ 1,25 tỷ đồng cải tạo nhà vệ sinh, nhà tắm tại 47 khu trọ. Ban Thường vụ LĐLĐ tỉnh đã ban hành Chỉ thị 05, 06-CT/LĐLĐ về tăng cường công tác nắm tình hình tư tưởng công nhân ở khu trọ và về xây dựng tổ công đoàn tự quản khu nhà trọ.
Tại hội nghị, ông Ngô Quang Vinh, Chủ tịch Công đoàn các Khu công nghiệp tỉnh, đề nghị các doanh nghiệp có trên 500 lao động dành quỹ đất xây nhà lưu trú. Bà Lê Thị Mai, chủ nhà trọ thôn Đông Xuyên, xã Yên Trung, chia sẻ cách tổ chức "tổ tự quản" giúp 120 phòng trọ của gia đình 3 năm liền không xảy ra mất trộm. Các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Đỗ Văn Lập, Nguyễn Thị Hằng đã báo cáo kết quả khảo sát đời sống công nhân tại 26 doanh nghiệp.
Phát biểu kết luận, đồng chí Trần Thị Hường đề nghị năm 2012 tiếp tục quán triệt Nghị quyết số 20-NQ/TW của BCH Trung ương khóa X về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; phối hợp chính quyền xã Đình Bảng và các địa phương có khu công nghiệp lồng ghép vận động chủ nhà trọ với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, LĐLĐ tỉnh tặng bằng khen cho 14 tập thể và 22 cá nhân tiêu biểu.
Phương Thảo
Lượt xem: 1.204
Tin liên quan
- Yên Phong: 200 công nhân được vay vốn sửa nhà (12/12/2011)
- Quế Võ ra mắt tổ công đoàn tự quản khu trọ (30/11/2011)
- Hội nghị giao ban công đoàn các khu công nghiệp quý III (10/10/2011)
- Công nhân Từ Sơn hưởng ứng Tháng Công nhân (05/05/2011)
""", "2011-12-28", "Bắc Ninh: Tổng kết năm 2011 công tác vận động xây dựng nhà ở cho công nhân",
E("tong_ket", "2011", "2011-12-27"),
[P("Nguyễn Văn Thạo", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Trần Thị Hường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Quang Vinh", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Lê Thị Mai", "chủ nhà trọ thôn Đông Xuyên"),
 P("Đỗ Văn Lập", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Thị Hằng", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("115 đại biểu", 115, "đại biểu"), Q("8 khu công nghiệp", 8, "khu công nghiệp"),
 Q("trên 142.000 công nhân lao động", 142000, "công nhân lao động", "over"), Q("khoảng 65%", 65, "%", "approx"),
 Q("1.320 chủ nhà trọ", 1320, "chủ nhà trọ"), Q("4.650 phòng trọ", 4650, "phòng trọ"),
 Q("2 dự án nhà ở công nhân", 2, "dự án nhà ở công nhân"), Q("860 căn hộ", 860, "căn hộ"),
 Q("gần 3.400 công nhân", 3400, "công nhân", "approx"), Q("36 buổi đối thoại", 36, "buổi đối thoại"),
 Q("214 ý kiến", 214, "ý kiến"), Q("198 ý kiến", 198, "ý kiến"), Q("92,5%", 92.5, "%"),
 Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("47 khu trọ", 47, "khu trọ"),
 Q("trên 500 lao động", 500, "lao động", "over"), Q("120 phòng trọ", 120, "phòng trọ"),
 Q("26 doanh nghiệp", 26, "doanh nghiệp"), Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân tiêu biểu", 22, "cá nhân tiêu biểu")],
[D("Quyết định", "66", "2009/QĐ-TTg", "2009-04-24", "Thủ tướng Chính phủ", "Quyết định số 66/2009/QĐ-TTg ngày 24/4/2009"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU"),
 D("Chỉ thị", "05", "CT/LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Chỉ thị 05, 06-CT/LĐLĐ"),
 D("Chỉ thị", "06", "CT/LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Chỉ thị 05, 06-CT/LĐLĐ"),
 D("Nghị quyết", "20", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 20-NQ/TW")],
[prov("Bắc Ninh"), com("Yên Trung"), com("Đình Bảng")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH", "Trang chủ » Tin tức » Chăm lo đời sống công nhân", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Đồng chí Nguyễn Văn Thạo phát biểu tại hội nghị.", "Nhà trọ an toàn, văn minh", "Khu công nghiệp Quế Võ",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Quỹ Xã hội Công đoàn tỉnh", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 16:20", "năm 2011", "năm 2012", "3 năm", "khóa X", "Lượt xem: 1.204"]))

PAGES.append(page("b6270-binhduong-bdv-soket-nhatro-2012", """
Báo Bình Dương Online
Chính trị - Xã hội | Dân vận
Cập nhật: 09:30, 16/07/2012 (GMT+7)
Vận động chủ nhà trọ đồng hành cùng công nhân
(BDO) Sáng 13/7, Ban Dân vận Tỉnh ủy Bình Dương tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Huỳnh Văn Tấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Q.Chiến
Theo báo cáo, tỉnh hiện có gần 680.000 công nhân lao động, khoảng 70% sống trong 8.450 khu nhà trọ. Sáu tháng qua, Ban Dân vận Tỉnh ủy đã hướng dẫn triển khai Chỉ thị 18, 19-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp ngoài nhà nước và về quản lý nhà trọ, đồng thời ban hành Kế hoạch số 27-KH/BDVTU ngày 10/01/2012 về xây dựng mô hình "Nhà trọ tự quản" ở các phường, thị trấn có khu công nghiệp.
Khối dân vận các cấp vận động 2.316 chủ nhà trọ cam kết không tăng giá thuê phòng, trong đó 217 chủ nhà trọ giảm giá thuê từ 50.000 đến 100.000 đồng/phòng/tháng cho 1.035 phòng của công nhân có hoàn cảnh khó khăn. Toàn tỉnh đã xây dựng 12 khu nhà trọ tiêu biểu và 64 tổ tự quản; tiếp nhận 93 đơn thư liên quan tranh chấp hợp đồng thuê nhà, đã hòa giải thành 81 vụ.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Thị Kim Oanh, Phạm Hữu Nghĩa, Trịnh Minh Sang lần lượt báo cáo chuyên đề về dân vận chính quyền, nắm tình hình công nhân ngoại tỉnh và phối hợp với Ủy ban MTTQ tỉnh triển khai cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tại các khu trọ.
Tại hội nghị, bà Nguyễn Thị Bé Năm, chủ nhà trọ khu phố Bình Đức, phường Bình Hòa, kể lại việc gia đình bà lắp camera, mở tủ sách cho 48 phòng trọ. Anh Thạch Sô Phol, công nhân Công ty TNHH Giày da Phú Thịnh, người dân tộc Khmer quê Sóc Trăng, đề nghị có thêm nhà ở xã hội giá thấp cho công nhân có gia đình. Ông Lê Văn Hai, HUV, Trưởng Ban Dân vận Huyện ủy Bến Cát, cho biết huyện đã xây dựng 5 điểm sinh hoạt văn hóa cho công nhân tại xã Mỹ Phước.
Kết luận hội nghị, đồng chí Huỳnh Văn Tấn yêu cầu 6 tháng cuối năm tiếp tục thực hiện Quyết định số 67/2009/QĐ-TTg của Thủ tướng Chính phủ về chính sách phát triển nhà ở cho người có thu nhập thấp tại khu vực đô thị, vận động doanh nghiệp tham gia đầu tư nhà ở cho công nhân, giữ vững ổn định tình hình, không để xảy ra ngừng việc tập thể kéo dài.
Hồng Phúc
Các tin khác
- Thuận An: ra mắt 10 mô hình nhà trọ tự quản (06/07/2012)
- Dĩ An vận động chủ nhà trọ giảm giá phòng (28/06/2012)
- Công đoàn khu công nghiệp Sóng Thần đối thoại với công nhân (19/06/2012)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Tân Uyên (07/06/2012)
""", "2012-07-16", "Vận động chủ nhà trọ đồng hành cùng công nhân",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Huỳnh Văn Tấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Oanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Hữu Nghĩa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Minh Sang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bé Năm", "chủ nhà trọ khu phố Bình Đức"),
 P("Thạch Sô Phol", "công nhân Công ty TNHH Giày da Phú Thịnh"),
 P("Lê Văn Hai", "HUV", "Trưởng Ban Dân vận Huyện ủy Bến Cát")],
[Q("gần 680.000 công nhân lao động", 680000, "công nhân lao động", "approx"), Q("khoảng 70%", 70, "%", "approx"),
 Q("8.450 khu nhà trọ", 8450, "khu nhà trọ"), Q("2.316 chủ nhà trọ", 2316, "chủ nhà trọ"),
 Q("217 chủ nhà trọ", 217, "chủ nhà trọ"), Q("50.000", 50000, "đồng"), Q("100.000 đồng", 100000, "đồng"),
 Q("1.035 phòng", 1035, "phòng"), Q("12 khu nhà trọ tiêu biểu", 12, "khu nhà trọ tiêu biểu"),
 Q("64 tổ tự quản", 64, "tổ tự quản"), Q("93 đơn thư", 93, "đơn thư"), Q("81 vụ", 81, "vụ"),
 Q("48 phòng trọ", 48, "phòng trọ"), Q("5 điểm sinh hoạt văn hóa", 5, "điểm sinh hoạt văn hóa")],
[D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Kế hoạch", "27", "KH/BDVTU", "2012-01-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BDVTU ngày 10/01/2012"),
 D("Quyết định", "67", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 67/2009/QĐ-TTg")],
[prov("Bình Dương"), com("Bình Hòa"), com("Mỹ Phước"), prov("Sóc Trăng")],
["Báo Bình Dương Online", "Chính trị - Xã hội | Dân vận", "(BDO)", "Quang cảnh hội nghị. Ảnh: Q.Chiến",
 "Nhà trọ tự quản", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Sóc Trăng"],
["Cập nhật: 09:30, 16/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Sáu tháng qua"]))

PAGES.append(page("b6271-danang-bdv-giaoban-q3-2013", """
BAN DÂN VẬN THÀNH ỦY ĐÀ NẴNG
Vị trí: Trang chủ > Hoạt động > Dân vận các cấp
08:15 | 09/10/2013
Đồng chí Đặng Thị Thu Hà chủ trì giao ban.
Giao ban khối dân vận: tập trung vận động người dân khu nhà ở xã hội
Chiều 8/10, Ban Dân vận Thành ủy Đà Nẵng tổ chức giao ban khối dân vận quý III năm 2013. Đồng chí Đặng Thị Thu Hà, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì; dự có lãnh đạo Ủy ban MTTQ Việt Nam thành phố, các đoàn thể chính trị - xã hội và 7 quận, huyện.
Báo cáo cho thấy, trong quý III, khối dân vận đã phối hợp Sở Xây dựng vận động 1.246 hộ dân tái định cư chuyển vào 3 khu chung cư nhà ở xã hội tại phường Hòa Khánh Bắc và phường Hòa Hiệp Nam; trong đó có 312 hộ công nhân thuê chung cư với giá bình quân 1,2 triệu đồng/căn/tháng. Các tổ dân phố đã thành lập 18 ban tự quản nhà chung cư, vận động người dân nộp phí dịch vụ đạt 87%.
Các cơ quan khối dân vận tiếp nhận 59 lượt công dân phản ánh về chất lượng nhà chung cư, thấm dột, thang máy hư hỏng; đã chuyển 52 kiến nghị đến chủ đầu tư, đến nay giải quyết xong 41 kiến nghị. Ban Dân vận Thành ủy đã ban hành Kế hoạch 81, 82-KH/BDVTU về vận động nhân dân thực hiện nếp sống văn minh ở chung cư và về khảo sát dư luận người dân tái định cư.
Ông Hà Văn Khải - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố cho biết, qua giám sát, Mặt trận phát hiện 6 căn hộ cho thuê lại sai đối tượng. Bà Nguyễn Thị Thu Sương, Chủ tịch Hội Liên hiệp Phụ nữ quận Liên Chiểu, đề nghị bố trí nhà trẻ cho con công nhân ở chung cư. Anh Phan Công Lực, Bí thư Đoàn phường Hòa Khánh Bắc, cho biết Đoàn phường đã ra mắt 2 đội thanh niên tình nguyện giữ gìn vệ sinh chung cư với 45 đoàn viên.
Đồng chí Lê Văn Trung, Phó Trưởng Ban Dân vận Thành ủy, thông tin 9 tháng năm 2013 toàn thành phố có 134 mô hình "Dân vận khéo", trong đó 21 mô hình gắn với vận động giải tỏa, tái định cư; các quận, huyện đã tổ chức 28 hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân, thu hút trên 3.500 lượt người tham dự.
Kết luận, đồng chí Đặng Thị Thu Hà yêu cầu quý IV tiếp tục quán triệt Quyết định 2127/QĐ-TTg ngày 30/11/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển nhà ở quốc gia, Nghị quyết số 05-NQ/TU của Thành ủy về phát triển nhà ở xã hội; tăng cường đối thoại giữa chính quyền với cư dân chung cư; phát huy vai trò của tổ trưởng tổ dân phố trong vận động người dân thực hiện chủ trương "5 không, 3 có" của thành phố.
Thanh Bình
Lượt truy cập: 58.310
Tin khác
- Liên Chiểu: đối thoại với cư dân chung cư Hòa Khánh (02/10/2013)
- Giao ban khối dân vận quý II năm 2013 (10/07/2013)
- Hòa Vang vận động hiến đất làm đường (26/06/2013)
""", "2013-10-09", "Giao ban khối dân vận: tập trung vận động người dân khu nhà ở xã hội",
E("giao_ban", "2013-Q3", "2013-10-08"),
[P("Đặng Thị Thu Hà", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Hà Văn Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Thị Thu Sương", "Chủ tịch Hội Liên hiệp Phụ nữ quận Liên Chiểu"),
 P("Phan Công Lực", "Bí thư Đoàn phường Hòa Khánh Bắc"),
 P("Lê Văn Trung", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("7 quận, huyện", 7, "quận, huyện"), Q("1.246 hộ dân tái định cư", 1246, "hộ dân tái định cư"),
 Q("3 khu chung cư nhà ở xã hội", 3, "khu chung cư nhà ở xã hội"), Q("312 hộ công nhân", 312, "hộ công nhân"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("18 ban tự quản nhà chung cư", 18, "ban tự quản nhà chung cư"),
 Q("87%", 87, "%"), Q("59 lượt công dân", 59, "lượt công dân"), Q("52 kiến nghị", 52, "kiến nghị"),
 Q("41 kiến nghị", 41, "kiến nghị"), Q("6 căn hộ", 6, "căn hộ"),
 Q("2 đội thanh niên tình nguyện", 2, "đội thanh niên tình nguyện"), Q("45 đoàn viên", 45, "đoàn viên"),
 Q("134 mô hình", 134, "mô hình"), Q("21 mô hình", 21, "mô hình"), Q("28 hội nghị đối thoại", 28, "hội nghị đối thoại"),
 Q("trên 3.500 lượt người", 3500, "lượt người", "over")],
[D("Kế hoạch", "81", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "Kế hoạch 81, 82-KH/BDVTU"),
 D("Kế hoạch", "82", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "Kế hoạch 81, 82-KH/BDVTU"),
 D("Quyết định", "2127", "QĐ-TTg", "2011-11-30", "Thủ tướng Chính phủ", "Quyết định 2127/QĐ-TTg ngày 30/11/2011"),
 D("Nghị quyết", "05", "NQ/TU", None, "Thành ủy", "Nghị quyết số 05-NQ/TU")],
[prov("Đà Nẵng"), com("Hòa Khánh Bắc"), com("Hòa Hiệp Nam")],
["BAN DÂN VẬN THÀNH ỦY ĐÀ NẴNG", "Vị trí: Trang chủ > Hoạt động > Dân vận các cấp",
 "Đồng chí Đặng Thị Thu Hà chủ trì giao ban.", "Chiến lược phát triển nhà ở quốc gia", "5 không, 3 có", "Dân vận khéo", "Lượt truy cập: 58.310"],
["08:15 | 09/10/2013", "quý III năm 2013", "quý IV", "5 không, 3 có", "Lượt truy cập: 58.310", "9 tháng năm 2013"]))

PAGES.append(page("b6272-hanam-ubnd-doithoai-congnhan-2014", """
Cổng thông tin điện tử tỉnh Hà Nam
Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh
Ngày đăng 20/11/2014 | 15:40
Chủ tịch UBND tỉnh đối thoại với công nhân về nhà ở năm 2014
Ngày 19/11, tại Khu công nghiệp Đồng Văn II, đồng chí Trần Xuân Lộc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì hội nghị đối thoại với công nhân lao động năm 2014 với chủ đề "Nhà ở và thiết chế văn hóa cho công nhân". Cùng dự có đồng chí Vũ Thị Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đinh Văn Thuận, Chủ tịch LĐLĐ tỉnh; lãnh đạo các sở, ngành và hơn 300 công nhân đến từ 45 doanh nghiệp.
Toàn cảnh buổi đối thoại. Ảnh: Minh Nguyệt
Mở đầu, đồng chí Lại Văn Cường, Giám đốc Sở Xây dựng báo cáo: tỉnh hiện có khoảng 52.000 công nhân làm việc tại 6 khu công nghiệp, trong đó trên 30.000 người thuê trọ. Thực hiện Nghị định số 188/2013/NĐ-CP ngày 20/11/2013 của Chính phủ về phát triển và quản lý nhà ở xã hội và Quyết định số 1151/QĐ-UBND của UBND tỉnh, tỉnh đã chấp thuận 2 dự án với tổng số 1.080 căn hộ, dự kiến khởi công quý I/2015.
Công nhân đã gửi 27 câu hỏi trước buổi đối thoại và nêu trực tiếp 15 ý kiến. Chị Bùi Thị Nhung, công nhân Công ty TNHH Seoul Tech, người Mường quê Hòa Bình, hỏi về điều kiện được mua nhà ở xã hội khi chưa có hộ khẩu tại tỉnh. Anh Hoàng Văn Páo, tổ trưởng tổ công đoàn Công ty CP May Đồng Văn, phản ánh 1 phòng trọ 12 m2 có giá thuê tới 800.000 đồng/tháng, chưa kể điện nước. Chị Trần Thị Thu, công nhân, đề nghị mở thêm nhóm trẻ gần khu trọ thị trấn Đồng Văn.
Trả lời, đồng chí Chủ tịch UBND tỉnh cho biết công nhân có hợp đồng lao động từ 1 năm trở lên đều thuộc đối tượng được mua, thuê nhà ở xã hội; giao các sở phối hợp LĐLĐ tỉnh lập danh sách. Tỉnh sẽ hỗ trợ 100% kinh phí san lấp mặt bằng cho dự án nhà ở công nhân tại xã Thanh Hải và dành 3 ha xây dựng nhà trẻ, nhà văn hóa.
Ông Nguyễn Đức Khang, Phó Trưởng ban Quản lý các khu công nghiệp tỉnh, cho biết đến hết năm 2014 sẽ có 210 phòng ở tập thể tại Khu công nghiệp Đồng Văn I được đưa vào sử dụng với giá thuê 350.000 đồng/người/tháng, ưu tiên 70 công nhân nữ đang nuôi con nhỏ.
Đồng chí Vũ Thị Hạnh đề nghị Ủy ban MTTQ tỉnh và các đoàn thể tăng cường giám sát việc xét duyệt đối tượng, bảo đảm công khai theo Quy chế dân chủ ở cơ sở. Kết thúc đối thoại, LĐLĐ tỉnh trao 50 suất quà, mỗi suất 500.000 đồng, cho công nhân có hoàn cảnh khó khăn.
Thu Hà
Tin liên quan
- LĐLĐ tỉnh khảo sát nhu cầu nhà ở của công nhân (05/11/2014)
- Duy Tiên: khánh thành nhà văn hóa công nhân (20/10/2014)
- Hội nghị tổng kết Tháng Công nhân năm 2014 (30/05/2014)
""", "2014-11-20", "Chủ tịch UBND tỉnh đối thoại với công nhân về nhà ở năm 2014",
E("doi_thoai", "2014", "2014-11-19"),
[P("Trần Xuân Lộc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Vũ Thị Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Thuận", "Chủ tịch LĐLĐ tỉnh"),
 P("Lại Văn Cường", "Giám đốc Sở Xây dựng"),
 P("Bùi Thị Nhung", "công nhân Công ty TNHH Seoul Tech"),
 P("Hoàng Văn Páo", "tổ trưởng tổ công đoàn Công ty CP May Đồng Văn"),
 P("Trần Thị Thu", "công nhân"),
 P("Nguyễn Đức Khang", "Phó Trưởng ban Quản lý các khu công nghiệp tỉnh")],
[Q("hơn 300 công nhân", 300, "công nhân", "over"), Q("45 doanh nghiệp", 45, "doanh nghiệp"),
 Q("khoảng 52.000 công nhân", 52000, "công nhân", "approx"), Q("6 khu công nghiệp", 6, "khu công nghiệp"),
 Q("trên 30.000 người", 30000, "người", "over"), Q("2 dự án", 2, "dự án"), Q("1.080 căn hộ", 1080, "căn hộ"),
 Q("27 câu hỏi", 27, "câu hỏi"), Q("15 ý kiến", 15, "ý kiến"), Q("12 m2", 12, "m2"),
 Q("800.000 đồng", 800000, "đồng"), Q("100%", 100, "%"), Q("3 ha", 3, "ha"),
 Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("210 phòng ở tập thể", 210, "phòng ở tập thể"), Q("350.000 đồng", 350000, "đồng"), Q("70 công nhân nữ", 70, "công nhân nữ")],
[D("Nghị định", "188", "2013/NĐ-CP", "2013-11-20", "Chính phủ", "Nghị định số 188/2013/NĐ-CP ngày 20/11/2013"),
 D("Quyết định", "1151", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1151/QĐ-UBND")],
[prov("Hà Nam"), com("Đồng Văn"), com("Thanh Hải"), prov("Hòa Bình")],
["Cổng thông tin điện tử tỉnh Hà Nam", "Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh", "Toàn cảnh buổi đối thoại. Ảnh: Minh Nguyệt",
 "Nhà ở và thiết chế văn hóa cho công nhân", "Khu công nghiệp Đồng Văn II", "Hòa Bình", "Quy chế dân chủ ở cơ sở"],
["Ngày đăng 20/11/2014 | 15:40", "năm 2014", "quý I/2015", "1 phòng trọ", "1 năm trở lên"]))

PAGES.append(page("b6273-dongnai-mttq-giamsat-nhaoxh-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện
24-09-2015 10:20
Giám sát việc thực hiện chính sách nhà ở xã hội tại Biên Hòa
Từ ngày 21 đến 23/9/2015, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do ông Lê Văn Thắm, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách nhà ở xã hội cho công nhân tại thành phố Biên Hòa và huyện Nhơn Trạch. Đây là cuộc giám sát chuyên đề năm 2015 theo Kế hoạch số 15/KH-MTTQ-BTT ngày 02/3/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc tại phường Long Bình Tân. Ảnh: Hữu Nghĩa
Cùng tham gia đoàn có bà Hồ Thị Ngọc Lan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Điểu Văn Sơn, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, người dân tộc Chơro; đại diện LĐLĐ tỉnh, Hội Luật gia tỉnh.
Theo báo cáo của UBND thành phố Biên Hòa, từ năm 2013 đến nay thành phố có 4 dự án nhà ở xã hội được triển khai với tổng diện tích sàn gần 96.000 m2, đã bàn giao 1.530 căn hộ; 2 dự án nhà lưu trú công nhân có sức chứa 6.800 người nhưng mới có khoảng 40% số phòng được thuê. Nguyên nhân chủ yếu là nhà ở xa nơi làm việc, thiếu chợ, trường học.
Qua giám sát thực tế tại phường Long Bình Tân và xã An Phước, đoàn ghi nhận 23 trường hợp mua nhà ở xã hội chưa đúng đối tượng, 9 căn hộ bỏ trống trên 6 tháng. Người dân kiến nghị 17 nội dung, tập trung vào thủ tục vay vốn ưu đãi với lãi suất 5%/năm theo Nghị định số 188/2013/NĐ-CP của Chính phủ và việc cấp giấy chứng nhận quyền sở hữu căn hộ.
Trước đó, đoàn đã gửi đề cương giám sát tới 5 chủ đầu tư và nhận được 4 báo cáo; đồng thời lấy ý kiến 120 hộ đang ở nhà ở xã hội bằng phiếu khảo sát, trong đó 78% hài lòng với chất lượng căn hộ nhưng chưa hài lòng với dịch vụ quản lý vận hành.
Ông Nguyễn Hữu Định, Phó Chủ tịch UBND thành phố Biên Hòa, tiếp thu và cho biết thành phố sẽ rà soát lại 1.530 căn hộ đã bàn giao, xử lý dứt điểm các trường hợp sai đối tượng trước ngày 31/12/2015.
Kết luận, ông Lê Văn Thắm đề nghị UBND tỉnh chỉ đạo chủ đầu tư bổ sung hạ tầng xã hội, dành tối thiểu 20% quỹ đất dự án cho công trình công cộng; đồng thời nhấn mạnh giám sát được thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy trong tháng 10.
Bảo Ngọc
Các tin khác
- Mặt trận tỉnh phản biện dự thảo quy định giá thuê nhà ở xã hội (15/09/2015)
- Long Thành: giám sát bồi thường tái định cư sân bay (03/09/2015)
- Đại hội đại biểu MTTQ huyện Vĩnh Cửu lần thứ IX (20/08/2015)
""", "2015-09-24", "Giám sát việc thực hiện chính sách nhà ở xã hội tại Biên Hòa",
E("giam_sat", "2015", "2015-09-21"),
[P("Lê Văn Thắm", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Ngọc Lan", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Điểu Văn Sơn", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Định", "Phó Chủ tịch UBND thành phố Biên Hòa")],
[Q("4 dự án nhà ở xã hội", 4, "dự án nhà ở xã hội"), Q("gần 96.000 m2", 96000, "m2", "approx"),
 Q("1.530 căn hộ", 1530, "căn hộ"), Q("2 dự án nhà lưu trú công nhân", 2, "dự án nhà lưu trú công nhân"),
 Q("6.800 người", 6800, "người"), Q("khoảng 40%", 40, "%", "approx"), Q("23 trường hợp", 23, "trường hợp"),
 Q("9 căn hộ", 9, "căn hộ"), Q("17 nội dung", 17, "nội dung"),
 Q("5 chủ đầu tư", 5, "chủ đầu tư"), Q("4 báo cáo", 4, "báo cáo"), Q("120 hộ", 120, "hộ"), Q("78%", 78, "%"), Q("5%", 5, "%"), Q("tối thiểu 20%", 20, "%")],
[D("Kế hoạch", "15", "KH-MTTQ-BTT", "2015-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 15/KH-MTTQ-BTT ngày 02/3/2015"),
 D("Nghị định", "188", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 188/2013/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Đồng Nai"), com("Long Bình Tân"), com("An Phước")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện",
 "Đoàn giám sát làm việc tại phường Long Bình Tân. Ảnh: Hữu Nghĩa", "Chơro", "Hội Luật gia tỉnh"],
["24-09-2015 10:20", "năm 2015", "6 tháng", "từ năm 2013", "tháng 10"]))

PAGES.append(page("b6274-thainguyen-phoyen-traoqua-maiam-2016", """
Báo Thái Nguyên điện tử
Xã hội › Lao động - Việc làm
26/01/2016 - 14:05
Trao 12 Mái ấm Công đoàn và 300 suất quà Tết cho công nhân Phổ Yên
Ngày 25/1, Liên đoàn Lao động thị xã Phổ Yên phối hợp với Ban Dân vận Thị ủy tổ chức lễ trao 12 Mái ấm Công đoàn và 300 suất quà Tết cho công nhân, người lao động có hoàn cảnh khó khăn trên địa bàn.
Đồng chí Lý Văn Hòa trao biển tượng trưng Mái ấm Công đoàn cho công nhân.
Dự buổi lễ có đồng chí Lý Văn Hòa, Phó Bí thư Thường trực Thị ủy Phổ Yên; đồng chí Triệu Thị Lan, Thị ủy viên, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ thị xã; đồng chí Dương Văn Chiến, Phó Chủ tịch LĐLĐ tỉnh Thái Nguyên.
Các Mái ấm Công đoàn được xây mới hoặc sửa chữa với mức hỗ trợ mỗi nhà 40 triệu đồng từ Quỹ "Mái ấm Công đoàn" của LĐLĐ tỉnh và các doanh nghiệp, tổng trị giá 480 triệu đồng. Mỗi suất quà Tết trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm. Hoạt động nằm trong chương trình "Tết Sum vầy" năm 2016, thực hiện Kế hoạch số 09-KH/LĐLĐ của Ban Thường vụ LĐLĐ thị xã và Quyết định số 1780/QĐ-TLĐ của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về quản lý, sử dụng Quỹ Mái ấm Công đoàn.
Theo đồng chí Triệu Thị Lan, thị xã hiện có trên 58.000 công nhân làm việc tại Khu công nghiệp Yên Bình và các cụm công nghiệp, trong đó gần 40.000 người thuê trọ tại phường Ba Hàng, xã Đồng Tiến, xã Hồng Tiến. Năm 2015, khối dân vận đã vận động 410 chủ nhà trọ cải tạo 2.150 phòng trọ, lắp đặt 96 bình chữa cháy tại các khu trọ. Công đoàn cơ sở các doanh nghiệp đã tiếp nhận 134 hồ sơ đề nghị hỗ trợ nhà ở, trong đó 12 trường hợp đủ điều kiện được xét trao Mái ấm đợt này.
Xúc động nhận Mái ấm, chị Lâm Thị Sừ, công nhân Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên, người dân tộc Sán Dìu ở xóm Cầu Đá, xã Hồng Tiến, cho biết gia đình chị có 2 con nhỏ, chồng bị tai nạn lao động, căn nhà cũ 20 năm đã dột nát. Ông Ma Văn Thắng, Chủ tịch Công đoàn cơ sở Công ty CP Đại Phong, mong doanh nghiệp tiếp tục đồng hành cùng tổ chức công đoàn.
Cũng dịp này, Hội Liên hiệp Phụ nữ thị xã trao 20 suất học bổng, mỗi suất 1 triệu đồng, cho con công nhân vượt khó học giỏi; Thị đoàn Phổ Yên tặng 150 vé xe miễn phí cho công nhân về quê đón Tết Bính Thân.
Phát biểu tại buổi lễ, đồng chí Lý Văn Hòa đề nghị Thị ủy, chính quyền các phường, xã tiếp tục quan tâm quy hoạch nhà ở cho công nhân; các đoàn thể phát huy vai trò trong phong trào thi đua "Dân vận khéo".
Ngọc Hải
Tin liên quan
- Phú Bình: trao 5 Mái ấm Công đoàn (20/01/2016)
- LĐLĐ tỉnh tổng kết phong trào thi đua năm 2015 (12/01/2016)
- Thái Nguyên: 1.500 công nhân được hỗ trợ vé xe về quê ăn Tết (08/01/2016)
""", "2016-01-26", "Trao 12 Mái ấm Công đoàn và 300 suất quà Tết cho công nhân Phổ Yên",
E("trao_qua", None, "2016-01-25"),
[P("Lý Văn Hòa", "Phó Bí thư Thường trực Thị ủy Phổ Yên"),
 P("Triệu Thị Lan", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ thị xã"),
 P("Dương Văn Chiến", "Phó Chủ tịch LĐLĐ tỉnh Thái Nguyên"),
 P("Lâm Thị Sừ", "công nhân Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên"),
 P("Ma Văn Thắng", "Chủ tịch Công đoàn cơ sở Công ty CP Đại Phong")],
[Q("12 Mái ấm Công đoàn", 12, "Mái ấm Công đoàn"), Q("300 suất quà Tết", 300, "suất quà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("480 triệu đồng", 480000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("trên 58.000 công nhân", 58000, "công nhân", "over"), Q("gần 40.000 người", 40000, "người", "approx"),
 Q("410 chủ nhà trọ", 410, "chủ nhà trọ"), Q("2.150 phòng trọ", 2150, "phòng trọ"), Q("96 bình chữa cháy", 96, "bình chữa cháy"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("150 vé xe", 150, "vé xe"),
 Q("134 hồ sơ", 134, "hồ sơ"), Q("12 trường hợp", 12, "trường hợp"), Q("2 con nhỏ", 2, "con nhỏ")],
[D("Kế hoạch", "09", "KH/LĐLĐ", None, "Ban Thường vụ LĐLĐ thị xã", "Kế hoạch số 09-KH/LĐLĐ"),
 D("Quyết định", "1780", "QĐ-TLĐ", None, "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Quyết định số 1780/QĐ-TLĐ")],
[prov("Thái Nguyên"), com("Ba Hàng"), com("Đồng Tiến"), com("Hồng Tiến")],
["Báo Thái Nguyên điện tử", "Xã hội › Lao động - Việc làm", "Đồng chí Lý Văn Hòa trao biển tượng trưng Mái ấm Công đoàn cho công nhân.",
 "Tết Sum vầy", "Dân vận khéo", "Khu công nghiệp Yên Bình", "Sán Dìu"],
["26/01/2016 - 14:05", "năm 2016", "Năm 2015", "20 năm"]))
