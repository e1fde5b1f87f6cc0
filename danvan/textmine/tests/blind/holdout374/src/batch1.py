from lib import *
PAGES = []

PAGES.append(page("b8933-nghean-tinhdoan-tongket-2011", """
TỈNH ĐOÀN NGHỆ AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động Đoàn » Thanh niên tình nguyện
Thứ Ba, 23/08/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Nghệ An: Tổng kết chiến dịch Thanh niên tình nguyện hè năm 2011
Ngày 22/8/2011, Ban Thường vụ Tỉnh đoàn Nghệ An tổ chức hội nghị tổng kết chiến dịch Thanh niên tình nguyện hè năm 2011. Dự hội nghị có đồng chí Trần Đình Lương, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hồ Thị Minh Nguyệt, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh cùng 135 đại biểu là bí thư các huyện, thành, thị đoàn và đoàn trực thuộc.
Báo cáo do đồng chí Phan Văn Hải, Phó Bí thư Tỉnh đoàn trình bày cho biết: thực hiện Kế hoạch số 96-KH/TĐTN ngày 12/5/2011 của Ban Thường vụ Tỉnh đoàn, chiến dịch được triển khai từ ngày 20/5 đến 20/8 với phương châm "Đâu cần thanh niên có, việc gì khó có thanh niên". Toàn tỉnh có hơn 48.000 lượt đoàn viên, thanh niên tham gia, thành lập 312 đội hình thanh niên tình nguyện.
Các cấp bộ Đoàn đã làm mới, sửa chữa 86 km đường giao thông nông thôn, nạo vét 41 km kênh mương nội đồng, trồng 25.600 cây xanh; xây dựng 9 nhà nhân ái với tổng trị giá 360 triệu đồng. Toàn tỉnh hoàn thành 58 công trình thanh niên cấp huyện và 7 công trình cấp tỉnh, tổng kinh phí 4,6 tỷ đồng, trong đó nguồn vận động xã hội hóa chiếm khoảng 70%.
Trong chương trình "Tiếp sức mùa thi", 2.350 tình nguyện viên đã hỗ trợ hơn 32.000 lượt thí sinh và người nhà về chỗ ở, phương tiện đi lại. Đội hình "Mùa hè xanh" của Trường Đại học Vinh với 1.200 chiến sĩ tình nguyện về các xã vùng cao, trong đó có xã Mường Lống và xã Na Ngoi, mở lớp xóa mù chữ, hướng dẫn bà con làm vườn.
Tại hội nghị, anh Lô Văn Pấn, Bí thư Đoàn xã Mường Lống chia sẻ: "Các bạn sinh viên ở với bà con 1 tháng, làm được con đường bê tông mà thôn mong mấy năm nay". Chị Vi Thị Hằng, Bí thư Huyện đoàn Con Cuông đề nghị Tỉnh đoàn sớm cấp kinh phí cho các đội hình ở vùng đặc biệt khó khăn.
Phát biểu tại hội nghị, đồng chí Trần Đình Lương đề nghị tổ chức Đoàn các cấp tiếp tục quán triệt Nghị quyết 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương (khóa X) về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên, gắn hoạt động tình nguyện với xây dựng nông thôn mới.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 25 tập thể và 42 cá nhân có thành tích xuất sắc trong chiến dịch.
Hữu Nghĩa
Lượt xem: 1.204
Tin liên quan
- Con Cuông: bàn giao công trình thanh niên "Thắp sáng đường quê" (15/08/2011)
- 500 sinh viên về Kỳ Sơn tình nguyện hè (05/07/2011)
- Ra quân chiến dịch Thanh niên tình nguyện hè năm 2011 (21/05/2011)
- Tỉnh đoàn giao ban công tác Đoàn tháng 4 (29/04/2011)
""", "2011-08-23", "Nghệ An: Tổng kết chiến dịch Thanh niên tình nguyện hè năm 2011",
E("tong_ket", "2011", "2011-08-22"),
[P("Trần Đình Lương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Minh Nguyệt", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Phan Văn Hải", "Phó Bí thư Tỉnh đoàn"),
 P("Lô Văn Pấn", "Bí thư Đoàn xã Mường Lống"),
 P("Vi Thị Hằng", "Bí thư Huyện đoàn Con Cuông")],
[Q("135 đại biểu", 135, "đại biểu"), Q("hơn 48.000 lượt đoàn viên, thanh niên", 48000, "lượt đoàn viên, thanh niên", "over"),
 Q("312 đội hình thanh niên tình nguyện", 312, "đội hình thanh niên tình nguyện"),
 Q("86 km", 86, "km"), Q("41 km", 41, "km"), Q("25.600 cây xanh", 25600, "cây xanh"),
 Q("9 nhà nhân ái", 9, "nhà nhân ái"), Q("360 triệu đồng", 360000000, "đồng"),
 Q("58 công trình thanh niên cấp huyện", 58, "công trình thanh niên cấp huyện"),
 Q("7 công trình cấp tỉnh", 7, "công trình cấp tỉnh"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("khoảng 70%", 70, "%", "approx"), Q("2.350 tình nguyện viên", 2350, "tình nguyện viên"),
 Q("hơn 32.000 lượt thí sinh", 32000, "lượt thí sinh", "over"),
 Q("1.200 chiến sĩ tình nguyện", 1200, "chiến sĩ tình nguyện"),
 Q("25 tập thể", 25, "tập thể"), Q("42 cá nhân", 42, "cá nhân")],
[D("Kế hoạch", "96", "KH/TĐTN", "2011-05-12", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 96-KH/TĐTN ngày 12/5/2011"),
 D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW ngày 25/7/2008")],
[prov("Nghệ An"), com("Mường Lống"), com("Na Ngoi")],
["TỈNH ĐOÀN NGHỆ AN - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động Đoàn » Thanh niên tình nguyện",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Đâu cần thanh niên có, việc gì khó có thanh niên", "Tiếp sức mùa thi",
 "Mùa hè xanh", "Lượt xem: 1.204"],
["Thứ Ba, 23/08/2011 - 16:20", "năm 2011", "từ ngày 20/5 đến 20/8", "1 tháng", "mấy năm", "khóa X", "Lượt xem: 1.204"]))

PAGES.append(page("b8934-cantho-baocantho-raquan-2012", """
BÁO CẦN THƠ ONLINE
Thời sự | Chính trị | Giáo dục | Thanh niên
Cập nhật: 08:30, 02/07/2012 (GMT+7)
Hơn 1.500 sinh viên ra quân chiến dịch Mùa hè xanh 2012
Đông đảo sinh viên tham dự lễ ra quân. Ảnh: HOÀNG LÂM
(CT) - Sáng 1-7, tại Trường Đại học Cần Thơ, Thành đoàn và Hội Sinh viên Việt Nam thành phố Cần Thơ tổ chức lễ ra quân chiến dịch tình nguyện Mùa hè xanh năm 2012 với sự tham gia của hơn 1.500 sinh viên. Đến dự có đồng chí Lê Minh Tâm, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; đồng chí Phạm Thị Kim Hoa, Bí thư Thành đoàn Cần Thơ.
Theo Ban Chỉ huy chiến dịch, năm nay các chiến sĩ tình nguyện thuộc 9 trường đại học, cao đẳng trên địa bàn sẽ về 36 xã, phường của thành phố và tỉnh bạn Hậu Giang, Sóc Trăng. Trong khoảng 45 ngày, các đội hình sẽ xây dựng 12 cây cầu giao thông nông thôn, làm mới 8 km đường, xây 5 căn nhà tình nghĩa, mở 40 lớp học hè miễn phí cho trẻ em vùng sâu; tổng kinh phí dự kiến 2,3 tỷ đồng, trong đó Công ty Điện lực thành phố tài trợ 200 triệu đồng.
Điểm mới của chiến dịch là đội hình "Sinh viên tình nguyện chung tay xây dựng nông thôn mới" tại xã Thới Hưng và xã Trường Xuân, nơi các em sẽ ở cùng nhà dân, giúp bà con sửa chữa 20 hệ thống điện an toàn và tư vấn cách nuôi cá ruộng.
PGS.TS. Nguyễn Văn Quang, Phó Hiệu trưởng Trường Đại học Cần Thơ, dặn dò: "Các em hãy coi mỗi mái nhà nơi mình đến như gia đình mình, làm việc gì cũng hỏi ý kiến bà con". Thay mặt chiến sĩ tình nguyện, em Lâm Thị Thu Trang, Đội trưởng đội hình tình nguyện Khoa Nông nghiệp hứa hoàn thành tốt nhiệm vụ.
Trước đó, Ban Chỉ huy chiến dịch đã tập huấn cho 120 đội trưởng, đội phó về kỹ năng sơ cấp cứu, an toàn giao thông đường thủy; các trường mua bảo hiểm cho 100% chiến sĩ tham gia. Tại xã Thới Hưng, ông Huỳnh Văn Bé, Chủ tịch UBND xã cho biết địa phương đã bố trí 45 hộ dân nhận sinh viên ở trọ và sẵn sàng hỗ trợ vật liệu tại chỗ.
Phát biểu tại lễ ra quân, đồng chí Lê Minh Tâm ghi nhận những đóng góp của sinh viên trong 18 năm thực hiện Mùa hè xanh và đề nghị các cơ sở Đoàn thực hiện tốt Kế hoạch số 32-KH/TĐTN ngày 8/5/2012 của Ban Thường vụ Thành đoàn, bảo đảm an toàn tuyệt đối cho chiến sĩ; đồng thời gắn hoạt động tình nguyện với thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Thành ủy về tăng cường công tác dân vận ở vùng nông thôn.
Dịp này, Thành đoàn trao cờ chiến dịch cho 28 đội hình, các đội hình xuất quân ngay trong ngày.
HOÀNG LÂM
Các tin khác
- Quận Ninh Kiều: hơn 300 đoàn viên tham gia "Ngày thứ Bảy tình nguyện" (30/06/2012)
- Cần Thơ triển khai "Tiếp sức mùa thi" năm 2012 (20/06/2012)
- Thành đoàn tuyên dương 50 thanh niên tiên tiến làm theo lời Bác (15/05/2012)
- Sinh viên tình nguyện Mùa hè xanh 2011: những dấu ấn đẹp (20/08/2011)
""", "2012-07-02", "Hơn 1.500 sinh viên ra quân chiến dịch Mùa hè xanh 2012",
E("khac", None, "2012-07-01"),
[P("Lê Minh Tâm", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Thị Kim Hoa", "Bí thư Thành đoàn Cần Thơ"),
 P("Nguyễn Văn Quang", "PGS.TS.", "Phó Hiệu trưởng Trường Đại học Cần Thơ"),
 P("Lâm Thị Thu Trang", "Đội trưởng đội hình tình nguyện Khoa Nông nghiệp"),
 P("Huỳnh Văn Bé", "Chủ tịch UBND xã")],
[Q("1.500 sinh viên", 1500, "sinh viên", "over"), Q("9 trường đại học, cao đẳng", 9, "trường đại học, cao đẳng"),
 Q("36 xã, phường", 36, "xã, phường"), Q("12 cây cầu giao thông nông thôn", 12, "cây cầu giao thông nông thôn"),
 Q("8 km", 8, "km"), Q("5 căn nhà tình nghĩa", 5, "căn nhà tình nghĩa"), Q("40 lớp học hè", 40, "lớp học hè"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("20 hệ thống điện an toàn", 20, "hệ thống điện an toàn"), Q("120 đội trưởng, đội phó", 120, "đội trưởng, đội phó"),
 Q("100% chiến sĩ", 100, "%"), Q("45 hộ dân", 45, "hộ dân"), Q("28 đội hình", 28, "đội hình")],
[D("Kế hoạch", "32", "KH/TĐTN", "2012-05-08", "Ban Thường vụ Thành đoàn", "Kế hoạch số 32-KH/TĐTN ngày 8/5/2012"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 07-CT/TU")],
[prov("Cần Thơ"), prov("Hậu Giang"), prov("Sóc Trăng"), com("Thới Hưng"), com("Trường Xuân")],
["BÁO CẦN THƠ ONLINE", "Thời sự | Chính trị | Giáo dục | Thanh niên", "Đông đảo sinh viên tham dự lễ ra quân.",
 "(CT)", "Mùa hè xanh", "Sinh viên tình nguyện chung tay xây dựng nông thôn mới"],
["Cập nhật: 08:30, 02/07/2012 (GMT+7)", "Sáng 1-7", "năm 2012", "khoảng 45 ngày", "18 năm"]))

PAGES.append(page("b8935-laocai-bdv-bangiao-2013", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Dân vận các cấp > Huyện, thành phố
08:15 | 14/08/2013
Bát Xát: Bàn giao 7 công trình thanh niên trị giá hơn 1,1 tỷ đồng
Ngày 12/8/2013, Huyện đoàn Bát Xát phối hợp với Đoàn Thanh niên Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tổ chức lễ bàn giao 7 công trình thanh niên với tổng trị giá hơn 1,1 tỷ đồng cho các xã Y Tý, A Mú Sung và A Lù. Các công trình được thực hiện trong chiến dịch thanh niên tình nguyện hè năm 2013.
Dự lễ bàn giao có đồng chí Vàng Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đỗ Quang Huy, Phó Bí thư Đoàn Thanh niên Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam; đồng chí Lý Seo Chứ, HUV, Bí thư Huyện đoàn Bát Xát cùng đông đảo bà con nhân dân các dân tộc Mông, Hà Nhì, Dao.
Các công trình gồm: nhà văn hóa thôn Phìn Hồ, xã Y Tý trị giá 420 triệu đồng; 2 lớp học cắm bản tại xã A Lù trị giá 360 triệu đồng; 3,5 km đường bê tông liên thôn tại xã A Mú Sung và 3 công trình nước sạch phục vụ 186 hộ đồng bào Hà Nhì. Trong tổng kinh phí, Đoàn Thanh niên Tập đoàn đóng góp 650 triệu đồng, phần còn lại do Huyện đoàn vận động các doanh nghiệp, nhà hảo tâm. Nhân dân các thôn đóng góp 2.100 ngày công và hiến 1.200 m2 đất để làm đường.
Ông Chu Dìn Phù, Trưởng thôn Phìn Hồ xúc động: "Trước đây bà con không có chỗ họp thôn, mùa mưa phải họp nhờ nhà trưởng thôn. Nay có nhà văn hóa, bà con rất vui, sẽ giữ gìn cẩn thận".
Đồng chí Lý Seo Chứ cho biết, thực hiện Kế hoạch số 18-KH/HĐTN ngày 6/5/2013 của Ban Thường vụ Huyện đoàn, hè năm nay có 14 đội hình với 420 đoàn viên, thanh niên tham gia; ngoài 7 công trình trên, các đội hình còn phát quang 12 km đường, mở 9 lớp dạy chữ cho 210 trẻ em trước tuổi đến trường.
Theo Tỉnh đoàn Lào Cai, hè năm 2013 toàn tỉnh có 68 công trình thanh niên được khởi công, tổng giá trị trên 6 tỷ đồng; Bát Xát là một trong 3 huyện có nhiều công trình nhất, chủ yếu là đường liên thôn và công trình nước sạch cho các bản vùng cao giáp biên giới.
Phát biểu tại buổi lễ, đồng chí Vàng Thị Mai đánh giá cao cách làm của tuổi trẻ Bát Xát, đề nghị chính quyền các xã có phương án quản lý, sử dụng công trình hiệu quả; tiếp tục thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số, vận động nhân dân giữ gìn các công trình đã được bàn giao.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 4 tập thể và 6 cá nhân có đóng góp tích cực cho các công trình.
Thu Hằng
Tin liên quan
- Sa Pa: hơn 200 sinh viên tình nguyện về với bản (02/08/2013)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Mường Khương (25/07/2013)
- Bảo Thắng ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (10/07/2013)
""", "2013-08-14", "Bát Xát: Bàn giao 7 công trình thanh niên trị giá hơn 1,1 tỷ đồng",
E("khac", None, "2013-08-12"),
[P("Vàng Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Quang Huy", "Phó Bí thư Đoàn Thanh niên Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"),
 P("Lý Seo Chứ", "HUV", "Bí thư Huyện đoàn Bát Xát"),
 P("Chu Dìn Phù", "Trưởng thôn Phìn Hồ")],
[Q("7 công trình thanh niên", 7, "công trình thanh niên"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("2 lớp học cắm bản", 2, "lớp học cắm bản"),
 Q("360 triệu đồng", 360000000, "đồng"), Q("3,5 km", 3.5, "km"), Q("3 công trình nước sạch", 3, "công trình nước sạch"),
 Q("186 hộ đồng bào Hà Nhì", 186, "hộ đồng bào Hà Nhì"), Q("650 triệu đồng", 650000000, "đồng"),
 Q("2.100 ngày công", 2100, "ngày công"), Q("1.200 m2", 1200, "m2"), Q("14 đội hình", 14, "đội hình"),
 Q("420 đoàn viên, thanh niên", 420, "đoàn viên, thanh niên"), Q("12 km", 12, "km"),
 Q("9 lớp dạy chữ", 9, "lớp dạy chữ"), Q("210 trẻ em trước tuổi đến trường", 210, "trẻ em trước tuổi đến trường"),
 Q("68 công trình thanh niên", 68, "công trình thanh niên"), Q("trên 6 tỷ đồng", 6000000000, "đồng", "over"),
 Q("3 huyện", 3, "huyện"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Kế hoạch", "18", "KH/HĐTN", "2013-05-06", "Ban Thường vụ Huyện đoàn", "Kế hoạch số 18-KH/HĐTN ngày 6/5/2013"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU")],
[prov("Lào Cai"), com("Y Tý"), com("A Mú Sung"), com("A Lù")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Dân vận các cấp > Huyện, thành phố", "Dân vận khéo"],
["08:15 | 14/08/2013", "năm 2013", "Ngày 12/8/2013"]))

PAGES.append(page("b8936-quangtri-tinhdoan-taphuan-2014", """
Tỉnh đoàn Quảng Trị - Đoàn TNCS Hồ Chí Minh tỉnh Quảng Trị
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Phong trào tình nguyện
Ngày đăng 20/06/2014 | 14:20
Các học viên thực hành kỹ năng sơ cấp cứu.
Tập huấn kỹ năng cho 250 thủ lĩnh thanh niên tình nguyện
Trong 2 ngày 18 và 19/6, Ban Thường vụ Tỉnh đoàn Quảng Trị tổ chức lớp tập huấn kỹ năng hoạt động tình nguyện năm 2014 cho 250 thủ lĩnh thanh niên tình nguyện là đội trưởng, đội phó các đội hình tình nguyện hè của các huyện, thị, thành đoàn và Hội Sinh viên các trường.
Lớp tập huấn được tổ chức theo Hướng dẫn số 07-HD/TĐTN ngày 15/5/2014 của Ban Thường vụ Tỉnh đoàn về triển khai chiến dịch Thanh niên tình nguyện hè, cụ thể hóa Kế hoạch số 125-KH/TWĐTN của Ban Bí thư Trung ương Đoàn. Khai mạc lớp học, đồng chí Nguyễn Thị Thu Hà, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Sinh viên Việt Nam tỉnh nhấn mạnh yêu cầu bảo đảm an toàn cho chiến sĩ, nhất là khi làm việc ở vùng núi Hướng Hóa, Đakrông.
Các học viên được nghe ThS. Hoàng Văn Bình, giảng viên Trường Chính trị Lê Duẩn truyền đạt chuyên đề về công tác dân vận của đội hình tình nguyện, cách "cùng ăn, cùng ở, cùng làm" với đồng bào Vân Kiều, Pa Kô. Đại úy Lê Văn Sỹ, cán bộ Phòng Cảnh sát PCCC và CNCH Công an tỉnh hướng dẫn kỹ năng sơ cấp cứu, phòng chống đuối nước; các học viên được chia thành 10 nhóm thực hành dựng lều trại, tổ chức sinh hoạt cộng đồng.
Theo kế hoạch, hè năm 2014 toàn tỉnh có 46 đội hình tình nguyện với hơn 2.800 đoàn viên, thanh niên tham gia; dự kiến thực hiện 35 công trình thanh niên với tổng kinh phí khoảng 3 tỷ đồng; mở 60 lớp dạy bơi miễn phí cho 1.500 trẻ em. Các đội hình sẽ tập trung về xã Vĩnh Tú, xã Hướng Phùng và xã A Bung.
Đồng chí Nguyễn Thị Thu Hà cho biết, năm 2013 tuổi trẻ Quảng Trị đã thực hiện 31 công trình thanh niên trị giá 2,6 tỷ đồng, tiêu biểu là cầu treo thanh niên ở thôn A Vao; năm nay Tỉnh đoàn đã vận động được 850 triệu đồng từ các doanh nghiệp để hỗ trợ các đội hình ở vùng sâu. Các học viên cũng được hướng dẫn lập dự toán, quyết toán công trình và viết tin, bài tuyên truyền trên trang thông tin của đơn vị.
Chia sẻ tại lớp tập huấn, anh Hồ Văn Nam, Bí thư Đoàn xã Hướng Phùng mong các đội hình dành thời gian dạy chữ cho người lớn tuổi. Chị Kăn Thị Bích, Bí thư Đoàn xã A Bung đề nghị các đội chú ý tập quán của bà con khi vào thôn, bản.
Kết thúc lớp tập huấn, Ban Tổ chức cấp giấy chứng nhận cho 248 học viên đạt yêu cầu.
Lê Trường
Bài viết liên quan
- Hướng Hóa: ra quân Ngày Chủ nhật xanh (15/06/2014)
- Sinh viên Quảng Trị tại Huế hướng về quê hương (10/06/2014)
- Tỉnh đoàn phát động Tháng Thanh niên năm 2014 (05/03/2014)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 12 (28/12/2013)
""", "2014-06-20", "Tập huấn kỹ năng cho 250 thủ lĩnh thanh niên tình nguyện",
E("tap_huan", "2014", "2014-06-18"),
[P("Nguyễn Thị Thu Hà", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Sinh viên Việt Nam tỉnh"),
 P("Hoàng Văn Bình", "ThS.", "giảng viên Trường Chính trị Lê Duẩn"),
 P("Lê Văn Sỹ", "Đại úy", "cán bộ Phòng Cảnh sát PCCC và CNCH Công an tỉnh"),
 P("Hồ Văn Nam", "Bí thư Đoàn xã Hướng Phùng"),
 P("Kăn Thị Bích", "Bí thư Đoàn xã A Bung")],
[Q("250 thủ lĩnh thanh niên tình nguyện", 250, "thủ lĩnh thanh niên tình nguyện"), Q("10 nhóm", 10, "nhóm"),
 Q("46 đội hình tình nguyện", 46, "đội hình tình nguyện"),
 Q("hơn 2.800 đoàn viên, thanh niên", 2800, "đoàn viên, thanh niên", "over"),
 Q("35 công trình thanh niên", 35, "công trình thanh niên"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("31 công trình thanh niên", 31, "công trình thanh niên"), Q("2,6 tỷ đồng", 2600000000, "đồng"),
 Q("850 triệu đồng", 850000000, "đồng"), Q("60 lớp dạy bơi", 60, "lớp dạy bơi"), Q("1.500 trẻ em", 1500, "trẻ em"), Q("248 học viên", 248, "học viên")],
[D("Hướng dẫn", "07", "HD/TĐTN", "2014-05-15", "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn số 07-HD/TĐTN ngày 15/5/2014"),
 D("Kế hoạch", "125", "KH/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Kế hoạch số 125-KH/TWĐTN")],
[prov("Quảng Trị"), com("Vĩnh Tú"), com("Hướng Phùng"), com("A Bung")],
["Tỉnh đoàn Quảng Trị - Đoàn TNCS Hồ Chí Minh tỉnh Quảng Trị", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Phong trào tình nguyện",
 "Các học viên thực hành kỹ năng sơ cấp cứu.", "cùng ăn, cùng ở, cùng làm"],
["Ngày đăng 20/06/2014 | 14:20", "2 ngày", "năm 2014", "năm 2013"]))

PAGES.append(page("b8937-soctrang-mttq-traoqua-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ | Hoạt động Mặt trận | Mặt trận cơ sở
28/07/2015 - 10:05
Đội hình Mùa hè xanh trao 200 phần quà cho hộ nghèo Khmer
Ngày 26/7, Ủy ban MTTQ Việt Nam huyện Trần Đề phối hợp với Huyện đoàn và đội hình sinh viên tình nguyện Mùa hè xanh Trường Đại học Kinh tế - Luật trao 200 phần quà cho hộ nghèo đồng bào Khmer tại xã Đại Ân 2 và xã Lịch Hội Thượng. Mỗi phần quà trị giá 300.000 đồng, gồm gạo, mì tôm, nước mắm; tổng trị giá 60 triệu đồng.
Cùng dịp, đội hình bàn giao 2 căn nhà đại đoàn kết cho hộ nghèo ở ấp Bưng Chông, mỗi căn trị giá 40 triệu đồng, do Quỹ "Vì người nghèo" huyện hỗ trợ 30 triệu đồng/căn, đoàn viên, sinh viên góp ngày công xây dựng.
Tham dự có ông Lâm Văn Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Đề; chị Thạch Thị Sa Rết, Phó Bí thư Huyện đoàn Trần Đề; Đại đức Lý Sóc Ráth, trụ trì chùa Bưng Chông và anh Trần Quốc Bảo, Chỉ huy trưởng đội hình Mùa hè xanh Trường Đại học Kinh tế - Luật.
Theo anh Trần Quốc Bảo, sau gần 1 tháng về địa phương, 120 chiến sĩ tình nguyện đã đổ bê tông 1,2 km đường nội ấp, xây 3 cây cầu bê tông, mở 15 lớp dạy tiếng Việt hè cho 320 học sinh người Khmer và tổ chức khám bệnh, cấp thuốc miễn phí cho hơn 600 lượt người dân.
Thực hiện Kế hoạch số 54/KH-MTTQ-BTT ngày 10/6/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về phối hợp vận động đoàn viên, thanh niên tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", Mặt trận huyện đã phối hợp với Huyện đoàn lập danh sách hộ nhận quà công khai, đúng đối tượng, ưu tiên hộ có người già neo đơn.
Bà Kim Thị Sà Phia, ở ấp Bưng Chông, xã Lịch Hội Thượng, một trong hai hộ nhận nhà, cho biết: "Nhà cũ lợp lá dột hết rồi, mùa mưa tôi với mấy đứa cháu không có chỗ ngủ. Cảm ơn các cháu sinh viên, cảm ơn Mặt trận".
Theo Huyện đoàn Trần Đề, chiến dịch năm nay có 3 đội hình của các trường đại học về huyện với tổng số 280 sinh viên; Huyện đoàn bố trí chỗ ở tại 2 điểm trường và nhà dân, phối hợp với Công an xã bảo đảm an ninh, an toàn cho chiến sĩ. Năm 2015, toàn tỉnh Sóc Trăng có 14 đội hình Mùa hè xanh đăng ký về tình nguyện.
Đại đức Lý Sóc Ráth bày tỏ, nhà chùa sẽ tiếp tục cùng chính quyền vận động phật tử giúp đỡ hộ khó khăn. Ông Lâm Văn Sơn cho biết, năm 2015 huyện phấn đấu giảm 3% hộ nghèo, trong đó Mặt trận các xã đã vận động xây dựng 48 căn nhà đại đoàn kết.
Kim Ngân
Tin khác
- Mỹ Xuyên: họp mặt chức sắc, chức việc các chùa Khmer (20/07/2015)
- Mặt trận tỉnh trao 500 suất học bổng cho học sinh nghèo (10/07/2015)
- Ngã Năm: 40 căn nhà đại đoàn kết được bàn giao (30/06/2015)
""", "2015-07-28", "Đội hình Mùa hè xanh trao 200 phần quà cho hộ nghèo Khmer",
E("trao_qua", None, "2015-07-26"),
[P("Lâm Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Đề"),
 P("Thạch Thị Sa Rết", "Phó Bí thư Huyện đoàn Trần Đề"),
 P("Lý Sóc Ráth", "Đại đức", "trụ trì chùa Bưng Chông"),
 P("Trần Quốc Bảo", "Chỉ huy trưởng đội hình Mùa hè xanh Trường Đại học Kinh tế - Luật"),
 P("Kim Thị Sà Phia")],
[Q("200 phần quà", 200, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("2 căn nhà đại đoàn kết", 2, "căn nhà đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("120 chiến sĩ tình nguyện", 120, "chiến sĩ tình nguyện"),
 Q("1,2 km", 1.2, "km"), Q("3 cây cầu bê tông", 3, "cây cầu bê tông"), Q("15 lớp dạy tiếng Việt hè", 15, "lớp dạy tiếng Việt hè"),
 Q("320 học sinh người Khmer", 320, "học sinh người Khmer"), Q("hơn 600 lượt người dân", 600, "lượt người dân", "over"),
 Q("3 đội hình", 3, "đội hình"), Q("280 sinh viên", 280, "sinh viên"), Q("2 điểm trường", 2, "điểm trường"),
 Q("14 đội hình Mùa hè xanh", 14, "đội hình Mùa hè xanh"), Q("3% hộ nghèo", 3, "%"), Q("48 căn nhà đại đoàn kết", 48, "căn nhà đại đoàn kết")],
[D("Kế hoạch", "54", "KH-MTTQ-BTT", "2015-06-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 54/KH-MTTQ-BTT ngày 10/6/2015")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Lịch Hội Thượng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ | Hoạt động Mặt trận | Mặt trận cơ sở", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Mùa hè xanh"],
["28/07/2015 - 10:05", "Ngày 26/7", "gần 1 tháng", "năm 2015", "hai hộ"]))

PAGES.append(page("b8938-hagiang-baohagiang-giaoban-2016", """
Báo Hà Giang điện tử
Chính trị - Xã hội › Đoàn thể
Thứ Sáu, 29/07/2016
Đồng chí Nông Thị Tuyết chủ trì giao ban.
Tỉnh đoàn giao ban chiến dịch thanh niên tình nguyện hè
BHG - Chiều 28/7, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị giao ban công tác Đoàn và chiến dịch thanh niên tình nguyện hè tháng 7/2016. Đồng chí Nông Thị Tuyết, Phó Bí thư Thường trực Tỉnh đoàn chủ trì hội nghị; cùng dự có các đồng chí Phó Bí thư Tỉnh đoàn: Lương Văn Khánh, Hoàng Thị Nhung.
Sau hơn 1 tháng triển khai, các cơ sở Đoàn đã huy động 9.650 lượt đoàn viên, thanh niên tham gia; làm mới 23 km đường giao thông nông thôn, sửa chữa 16 phòng học, xây dựng 4 công trình thanh niên trị giá gần 800 triệu đồng. Chương trình "Tiếp sức mùa thi" có 450 tình nguyện viên hỗ trợ thí sinh tại 12 điểm thi. Các đội hình đã mở 32 lớp học hè cho trẻ em vùng cao, giúp 1.340 hộ đồng bào Mông gieo trồng ngô, đậu tương trên nương.
Thực hiện Kế hoạch 104, 105-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về chiến dịch tình nguyện hè và về chương trình "Thắp sáng đường biên", Huyện đoàn Đồng Văn đã lắp đặt 6 km đường điện chiếu sáng tại các thôn biên giới, kinh phí khoảng 150 triệu đồng do đoàn viên và nhân dân đóng góp.
Các đội hình tình nguyện của 2 trường đại học ở Hà Nội về xã Lũng Cú, Sủng Là đã phối hợp với đồn biên phòng tuyên truyền pháp luật về biên giới cho hơn 2.000 lượt người dân, vận động 95 trẻ em ra lớp. Tuy nhiên, một số cơ sở Đoàn chưa quan tâm quyết toán kinh phí, báo cáo còn chậm; có 3 huyện đoàn chưa khởi công công trình thanh niên cấp huyện đã đăng ký.
Tại giao ban, đồng chí Sùng Mí Chá, Bí thư Huyện đoàn Mèo Vạc cho biết huyện đang thi công công trình "Nhà bán trú cho học sinh" tại xã Sủng Là, dự kiến bàn giao trước năm học mới. Đồng chí Vàng Thị Sua, Bí thư Đoàn xã Lũng Cú phản ánh mưa lũ kéo dài làm sạt 2 đoạn đường thanh niên vừa mở, đề nghị Tỉnh đoàn hỗ trợ xi măng.
Kết luận hội nghị, đồng chí Nông Thị Tuyết đề nghị các huyện đoàn rà soát an toàn cho các đội hình trong mùa mưa lũ, hoàn thành 100% công trình đăng ký trước ngày 15/8; đồng thời quán triệt Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ.
Hội nghị cũng triển khai nhiệm vụ tháng 8, trong đó tập trung tổng kết chiến dịch và chuẩn bị chương trình "Trăng rằm cho em" dịp Tết Trung thu.
Mai Hương
Tin cùng chuyên mục
- Mèo Vạc: 120 thanh niên tình nguyện về với Pả Vi (25/07/2016)
- Tuổi trẻ Hà Giang ra quân hè tình nguyện năm 2016 (15/06/2016)
- Giao ban công tác Đoàn tháng 6 (30/06/2016)
""", "2016-07-29", "Tỉnh đoàn giao ban chiến dịch thanh niên tình nguyện hè",
E("giao_ban", "2016-07", "2016-07-28"),
[P("Nông Thị Tuyết", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Lương Văn Khánh", "Phó Bí thư Tỉnh đoàn"),
 P("Hoàng Thị Nhung", "Phó Bí thư Tỉnh đoàn"),
 P("Sùng Mí Chá", "Bí thư Huyện đoàn Mèo Vạc"),
 P("Vàng Thị Sua", "Bí thư Đoàn xã Lũng Cú")],
[Q("9.650 lượt đoàn viên, thanh niên", 9650, "lượt đoàn viên, thanh niên"), Q("23 km", 23, "km"),
 Q("16 phòng học", 16, "phòng học"), Q("4 công trình thanh niên", 4, "công trình thanh niên"),
 Q("gần 800 triệu đồng", 800000000, "đồng", "approx"), Q("450 tình nguyện viên", 450, "tình nguyện viên"),
 Q("12 điểm thi", 12, "điểm thi"), Q("32 lớp học hè", 32, "lớp học hè"), Q("1.340 hộ đồng bào Mông", 1340, "hộ đồng bào Mông"),
 Q("6 km", 6, "km"), Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"), Q("2 đoạn đường thanh niên", 2, "đoạn đường thanh niên"),
 Q("100% công trình", 100, "%"), Q("2 trường đại học", 2, "trường đại học"),
 Q("hơn 2.000 lượt người dân", 2000, "lượt người dân", "over"), Q("95 trẻ em", 95, "trẻ em"), Q("3 huyện đoàn", 3, "huyện đoàn")],
[D("Kế hoạch", "104", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 104, 105-KH/TĐTN"),
 D("Kế hoạch", "105", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 104, 105-KH/TĐTN"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015")],
[prov("Hà Giang"), prov("Hà Nội"), com("Sủng Là"), com("Lũng Cú")],
["Báo Hà Giang điện tử", "Chính trị - Xã hội › Đoàn thể", "Đồng chí Nông Thị Tuyết chủ trì giao ban.", "BHG",
 "Tiếp sức mùa thi", "Thắp sáng đường biên", "Nhà bán trú cho học sinh", "Trăng rằm cho em"],
["Thứ Sáu, 29/07/2016", "tháng 7/2016", "hơn 1 tháng", "ngày 15/8", "tháng 8"]))
