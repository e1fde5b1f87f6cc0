from lib import *
PAGES = []

PAGES.append(page("b1889-caobang-tinhdoan-tongket-2020", """
TỈNH ĐOÀN CAO BẰNG
Trang chủ » Tin tức » Tin hoạt động
2020-12-25 17:05
Ảnh: Đại biểu dự hội nghị.
Năm 2020: tuổi trẻ Cao Bằng thực hiện 486 công trình, phần việc thanh niên
Chiều 24/12, Ban Chấp hành Tỉnh đoàn Cao Bằng tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Nông Thị Hạnh, Tỉnh ủy viên, Bí thư Tỉnh đoàn chủ trì. Dự hội nghị có đồng chí Đàm Văn Chung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2020, các cấp bộ Đoàn tổ chức tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, Luật Thanh niên năm 2020; triển khai Chương trình hành động số 21-CTr/TĐTN và Kế hoạch 35, 36-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về đồng hành cùng thanh niên lập thân, lập nghiệp và về phòng, chống dịch Covid-19. Toàn tỉnh kết nạp 1.574 đoàn viên mới, giới thiệu 312 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 245 đoàn viên được kết nạp Đảng.
Các cơ sở Đoàn thực hiện 486 công trình, phần việc thanh niên với tổng giá trị 4,35 tỷ đồng; làm mới 19 km đường giao thông nông thôn, sửa chữa 54 nhà nhân ái cho hộ nghèo. Chiến dịch Thanh niên tình nguyện hè thu hút 8.600 lượt đoàn viên thanh niên tham gia. Tỉnh đoàn phối hợp tổ chức 27 phiên giao dịch việc làm, tư vấn cho 3.120 thanh niên; hỗ trợ 41 thanh niên khởi nghiệp vay vốn. Có 96% cơ sở Đoàn được xếp loại vững mạnh và khá.
Tại hội nghị, đồng chí Hà Văn Toàn, HUV, Bí thư Huyện đoàn Bảo Lạc, chia sẻ cách vận động thanh niên người Mông, người Dao tham gia tổ hợp tác trồng hồi, quế; đồng chí Lục Thị Dinh, Bí thư Đoàn xã Quang Hán, cho biết đoàn viên đã giúp bà con thu hoạch và tiêu thụ lê, hạt dẻ. Đoàn phường Sông Hiến giới thiệu mô hình "Tuyến đường thanh niên tự quản".
Hội nghị cũng thẳng thắn chỉ ra: công tác tập hợp thanh niên nông thôn đi làm ăn xa còn khó khăn; chất lượng sinh hoạt chi đoàn ở một số thôn, xóm chưa cao; đội ngũ cán bộ Đoàn cơ sở thường xuyên biến động; nguồn lực cho phong trào ở các huyện biên giới còn hạn hẹp.
Phát biểu chỉ đạo, đồng chí Đàm Văn Chung đề nghị năm 2021 Tỉnh đoàn tiếp tục đổi mới nội dung, phương thức hoạt động, chăm lo lợi ích chính đáng của đoàn viên, thanh niên, phát huy vai trò xung kích trong xây dựng nông thôn mới và bảo vệ biên giới.
Dịp này, Ban Chấp hành Trung ương Đoàn tặng bằng khen cho 4 tập thể và 6 cá nhân; Tỉnh đoàn tặng bằng khen cho 28 tập thể và 45 cá nhân.
Ngọc Thúy
Tin liên quan
- Hà Quảng: ra mắt câu lạc bộ thanh niên khởi nghiệp (14/12/2020)
- Tỉnh đoàn trao 200 suất quà cho học sinh vùng biên (30/11/2020)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 12 (10/11/2020)
""", "2020-12-25", "Năm 2020: tuổi trẻ Cao Bằng thực hiện 486 công trình, phần việc thanh niên",
E("tong_ket", "2020", "2020-12-24"),
[P("Nông Thị Hạnh", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Đàm Văn Chung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Toàn", "HUV", "Bí thư Huyện đoàn Bảo Lạc"),
 P("Lục Thị Dinh", "Bí thư Đoàn xã Quang Hán")],
[Q("486 công trình, phần việc thanh niên", 486, "công trình, phần việc thanh niên"),
 Q("1.574 đoàn viên mới", 1574, "đoàn viên mới"), Q("312 đoàn viên ưu tú", 312, "đoàn viên ưu tú"), Q("245 đoàn viên", 245, "đoàn viên"),
 Q("4,35 tỷ đồng", 4350000000, "đồng"), Q("19 km", 19, "km"), Q("54 nhà nhân ái", 54, "nhà nhân ái"),
 Q("8.600 lượt đoàn viên thanh niên", 8600, "lượt đoàn viên thanh niên"), Q("27 phiên giao dịch việc làm", 27, "phiên giao dịch việc làm"),
 Q("3.120 thanh niên", 3120, "thanh niên"), Q("41 thanh niên", 41, "thanh niên"), Q("96%", 96, "%"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("28 tập thể", 28, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Chương trình hành động", "21", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình hành động số 21-CTr/TĐTN"),
 D("Kế hoạch", "35", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 35, 36-KH/TĐTN"),
 D("Kế hoạch", "36", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 35, 36-KH/TĐTN")],
[prov("Cao Bằng"), com("Quang Hán"), com("Sông Hiến")],
["TỈNH ĐOÀN CAO BẰNG", "Trang chủ » Tin tức » Tin hoạt động", "Ảnh: Đại biểu dự hội nghị.", "Luật Thanh niên",
 "Thanh niên tình nguyện hè", "Tuyến đường thanh niên tự quản"],
["2020-12-25 17:05", "năm 2020", "năm 2021", "lần thứ XIX"]))

PAGES.append(page("b1890-kontum-hnd-tongket-2021", """
HỘI NÔNG DÂN TỈNH KON TUM
Trang chủ | Tin tức | Hoạt động Hội
Thứ Sáu, 07/01/2022, 15:30
Hội Nông dân tỉnh Kon Tum: nông dân thi đua sản xuất giỏi vượt khó trong đại dịch
Ngày 6/1/2022, Hội Nông dân tỉnh Kon Tum tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2021, triển khai nhiệm vụ năm 2022 theo hình thức trực tiếp kết hợp trực tuyến tới 10 điểm cầu huyện, thành phố. Đồng chí A Giang, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì. Dự hội nghị có đồng chí Y Ngọc Hà, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Đồng chí A Giang phát biểu khai mạc hội nghị.
Năm 2021, dù chịu tác động của dịch Covid-19, các cấp hội vẫn kết nạp 1.382 hội viên mới, nâng tổng số hội viên lên 88.640 người. Hội triển khai Kết luận 61-KL/TW của Ban Bí thư, Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ X và Nghị quyết 03-NQ/TU ngày 15/4/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp ứng dụng công nghệ cao; phối hợp thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Toàn tỉnh có 21.450 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân các cấp đạt 26,8 tỷ đồng, giải ngân cho 1.035 hộ; dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội đạt 812 tỷ đồng. Hội thành lập mới 23 tổ hợp tác và 4 hợp tác xã; hướng dẫn nông dân trồng mới 1.260 ha sâm dây, dược liệu dưới tán rừng. Hội vận động hội viên hỗ trợ 46 tấn nông sản cho người dân vùng dịch.
Tại hội nghị, ông A Thút, Chủ tịch Hội Nông dân xã Đăk Long, chia sẻ kinh nghiệm vận động đồng bào Giẻ Triêng trồng sâm Ngọc Linh; bà Y Hiền, Phó Chủ tịch Hội Nông dân huyện Tu Mơ Rông, đề nghị hỗ trợ xây dựng nhãn hiệu cho sản phẩm của tổ hợp tác. Hội Nông dân xã Ngọc Réo giới thiệu mô hình nuôi cá tầm nước lạnh. Ông Nguyễn Văn Thành, Phó Chủ tịch - Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, báo cáo kết quả phối hợp tiêu thụ nông sản.
Hội nghị cũng chỉ ra một số hạn chế: sinh hoạt chi hội ở nhiều thôn, làng bị gián đoạn do dịch; việc chuyển giao tiến bộ kỹ thuật cho hội viên người dân tộc thiểu số chưa hiệu quả; việc thu hồi nợ vay Quỹ Hỗ trợ nông dân ở một số nơi còn chậm.
Phát biểu tại hội nghị, đồng chí Y Ngọc Hà đề nghị năm 2022 các cấp hội bám sát cơ sở, vận động nông dân sản xuất theo chuỗi giá trị, tham gia có hiệu quả chương trình "Mỗi xã một sản phẩm" và xây dựng nông thôn mới.
Dịp này, Hội Nông dân tỉnh khen thưởng 18 tập thể và 32 cá nhân.
Văn Tuấn
Lượt xem: 908
Các tin khác
- Đăk Hà: nông dân thu hoạch cà phê trong điều kiện phòng dịch (28/12/2021)
- Hội Nông dân tỉnh trao 500 cây giống sâm dây (15/12/2021)
- Sa Thầy: tập huấn nuôi ong lấy mật (02/12/2021)
""", "2022-01-07", "Hội Nông dân tỉnh Kon Tum: nông dân thi đua sản xuất giỏi vượt khó trong đại dịch",
E("tong_ket", "2021", "2022-01-06"),
[P("A Giang", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Y Ngọc Hà", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("A Thút", "Chủ tịch Hội Nông dân xã Đăk Long"),
 P("Y Hiền", "Phó Chủ tịch Hội Nông dân huyện Tu Mơ Rông"),
 P("Nguyễn Văn Thành", "Phó Chủ tịch - Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("1.382 hội viên mới", 1382, "hội viên mới"),
 Q("88.640 người", 88640, "người"), Q("21.450 hộ", 21450, "hộ"), Q("26,8 tỷ đồng", 26800000000, "đồng"),
 Q("1.035 hộ", 1035, "hộ"), Q("812 tỷ đồng", 812000000000, "đồng"), Q("23 tổ hợp tác", 23, "tổ hợp tác"),
 Q("4 hợp tác xã", 4, "hợp tác xã"), Q("1.260 ha", 1260, "ha"), Q("46 tấn", 46, "tấn"),
 Q("18 tập thể", 18, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Nghị quyết", "03", "NQ/TU", "2021-04-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 03-NQ/TU ngày 15/4/2021"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Kon Tum"), com("Đăk Long"), com("Ngọc Réo")],
["HỘI NÔNG DÂN TỈNH KON TUM", "Trang chủ | Tin tức | Hoạt động Hội", "Đồng chí A Giang phát biểu khai mạc hội nghị.",
 "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "Mỗi xã một sản phẩm", "Lượt xem: 908"],
["Thứ Sáu, 07/01/2022, 15:30", "năm 2021", "năm 2022", "lần thứ X", "Lượt xem: 908"]))

PAGES.append(page("b1891-haiduong-hccb-giaoban-2022", """
HỘI CỰU CHIẾN BINH TỈNH HẢI DƯƠNG
Hôm nay: Thứ Năm, 06/10/2022
Trang chủ > Tin tức > Hoạt động các cấp Hội
05/10/2022 06:30
Toàn cảnh buổi giao ban.
Hội CCB tỉnh giao ban công tác quý III
Ngày 4/10, Thường trực Hội Cựu chiến binh tỉnh Hải Dương tổ chức giao ban công tác Hội quý III năm 2022 với chủ tịch hội CCB 12 huyện, thị xã, thành phố. Đồng chí Vũ Đức Mạnh, Chủ tịch Hội CCB tỉnh, chủ trì. Cùng dự có các đồng chí Nguyễn Văn Kiên, Phạm Thị Loan - Phó Chủ tịch Hội CCB tỉnh.
Quý III, các cấp hội kết nạp 318 hội viên mới; tổ chức 64 buổi nói chuyện truyền thống cho 7.200 lượt học sinh, đoàn viên; thăm, tặng 1.150 suất quà cho hội viên là thương binh, bệnh binh nhân dịp kỷ niệm Ngày Thương binh - Liệt sĩ, trị giá 575 triệu đồng. Quỹ "Nghĩa tình đồng đội" các cấp tăng 1,36 tỷ đồng; hội viên giúp nhau 2.300 ngày công. Hội xây dựng, sửa chữa 7 nhà đồng đội cho hội viên khó khăn.
Hội tiếp tục triển khai Nghị quyết 02-NQ/HCCB của Ban Chấp hành Hội CCB tỉnh về nâng cao chất lượng hoạt động chi hội và Chỉ thị 11-CT/TU ngày 30/3/2022 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác cựu chiến binh. Các cấp hội tham gia giải quyết 17/19 đơn thư liên quan đến hội viên, hòa giải thành 21 vụ việc mâu thuẫn ở khu dân cư.
Tại buổi giao ban, đồng chí Trần Văn Thuấn, HUV, Chủ tịch Hội CCB huyện Thanh Hà, cho biết hội viên trồng vải xuất khẩu được giá; đồng chí Đỗ Văn Khiêm, Chủ tịch Hội CCB xã Hồng Lạc, kiến nghị hỗ trợ hội viên nghèo vay vốn chăn nuôi sau dịch. Hội CCB phường Thái Học báo cáo mô hình "Tổ cựu chiến binh tự quản an ninh trật tự".
Các ý kiến cũng cho rằng việc kết nạp hội viên là quân nhân mới xuất ngũ còn chậm; một số cơ sở hội chưa quan tâm nắm tình hình tư tưởng hội viên có đất thuộc diện thu hồi; hồ sơ đề nghị giải quyết chế độ chính sách còn tồn đọng.
Kết luận giao ban, đồng chí Vũ Đức Mạnh đề nghị quý IV các cấp hội tập trung hoàn thành các chỉ tiêu năm 2022, tổ chức tốt kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam, chuẩn bị tổng kết năm.
Thường trực Hội CCB tỉnh cũng lưu ý các cấp hội chủ động tham mưu cấp ủy giải quyết dứt điểm những vụ việc phức tạp liên quan đến hội viên, không để phát sinh điểm nóng; tăng cường tuyên truyền để hội viên không tham gia hoạt động tín dụng đen, không tin theo thông tin sai lệch trên mạng xã hội; quan tâm thăm hỏi hội viên già yếu, neo đơn trong dịp cuối năm.
Văn Hiếu
TIN CÙNG CHUYÊN MỤC
- Kinh Môn: cựu chiến binh hiến đất làm đường (26/09/2022)
- Hội CCB tỉnh thăm hỏi hội viên bị ảnh hưởng bão số 4 (15/09/2022)
- Tập huấn nghiệp vụ công tác Hội năm 2022 (24/08/2022)
""", "2022-10-05", "Hội CCB tỉnh giao ban công tác quý III",
E("giao_ban", "2022-Q3", "2022-10-04"),
[P("Vũ Đức Mạnh", "Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Văn Kiên", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Phạm Thị Loan", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Trần Văn Thuấn", "HUV", "Chủ tịch Hội CCB huyện Thanh Hà"),
 P("Đỗ Văn Khiêm", "Chủ tịch Hội CCB xã Hồng Lạc")],
[Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố"), Q("318 hội viên mới", 318, "hội viên mới"),
 Q("64 buổi nói chuyện truyền thống", 64, "buổi nói chuyện truyền thống"), Q("7.200 lượt học sinh, đoàn viên", 7200, "lượt học sinh, đoàn viên"),
 Q("1.150 suất quà", 1150, "suất quà"), Q("575 triệu đồng", 575000000, "đồng"), Q("1,36 tỷ đồng", 1360000000, "đồng"),
 Q("2.300 ngày công", 2300, "ngày công"), Q("7 nhà đồng đội", 7, "nhà đồng đội"), Q("17/19 đơn thư", 17, "đơn thư"),
 Q("21 vụ việc mâu thuẫn", 21, "vụ việc mâu thuẫn")],
[D("Nghị quyết", "02", "NQ/HCCB", None, "Ban Chấp hành Hội CCB tỉnh", "Nghị quyết 02-NQ/HCCB"),
 D("Chỉ thị", "11", "CT/TU", "2022-03-30", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11-CT/TU ngày 30/3/2022")],
[prov("Hải Dương"), com("Hồng Lạc"), com("Thái Học")],
["HỘI CỰU CHIẾN BINH TỈNH HẢI DƯƠNG", "Hôm nay: Thứ Năm, 06/10/2022", "Trang chủ > Tin tức > Hoạt động các cấp Hội",
 "Toàn cảnh buổi giao ban.", "Nghĩa tình đồng đội", "Tổ cựu chiến binh tự quản an ninh trật tự", "Ngày Thương binh - Liệt sĩ"],
["Hôm nay: Thứ Năm, 06/10/2022", "05/10/2022 06:30", "quý III năm 2022", "quý III", "quý IV", "năm 2022"]))

PAGES.append(page("b1892-angiang-ldld-traoqua-2023", """
Báo An Giang Online
Xã hội › Lao động - Việc làm
Cập nhật: 11:05, 12/01/2023 (GMT+7)
Công đoàn An Giang trao 5.200 phần quà Tết cho đoàn viên, người lao động
(BAG) - Ngày 11/1, Liên đoàn Lao động tỉnh An Giang tổ chức Chương trình "Tết Sum vầy - Xuân chia sẻ" năm 2023, trao quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn. Dự chương trình có đồng chí Trần Thị Mỹ Lệ, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; đồng chí Châu Văn Nghĩa, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh.
Đồng chí Trần Thị Mỹ Lệ trao quà cho công nhân. Ảnh: Hạnh Châu
Theo đồng chí Châu Văn Nghĩa, dịp Tết Nguyên đán Quý Mão 2023, các cấp công đoàn trong tỉnh dự kiến trao 5.200 phần quà, mỗi phần quà trị giá 1 triệu đồng; tổng kinh phí hơn 5,8 tỷ đồng, trong đó Tổng Liên đoàn hỗ trợ 1,2 tỷ đồng. Ngoài ra, LĐLĐ tỉnh hỗ trợ 600 vé xe cho công nhân quê xa về đón Tết và trao 3 Mái ấm Công đoàn cho đoàn viên chưa có nhà ở ổn định.
Chương trình được triển khai theo Kế hoạch số 86/KH-LĐLĐ ngày 5/12/2022 của Ban Thường vụ LĐLĐ tỉnh, thực hiện Chỉ thị 07, 08/CT-TLĐ của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về chăm lo Tết cho đoàn viên và người lao động và Nghị quyết 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới.
Tại buổi trao quà, công nhân Chau Sóc Kha, người Khmer ở xã Châu Lăng, làm việc tại Công ty cổ phần May An Phước, xúc động khi được nhận quà. Chị Haji Ma Ry Dah, Chủ tịch Công đoàn cơ sở Công ty TNHH Thủy sản Mỹ Hòa, cho biết công đoàn cơ sở đã vận động doanh nghiệp thưởng Tết bình quân 1,5 tháng lương. Trong dịp này, 127 công nhân của Khu công nghiệp Bình Hòa được tặng quà, xe đưa về quê.
Công đoàn các khu công nghiệp cũng phối hợp tổ chức "Chợ Tết Công đoàn" tại phường Mỹ Thới, bán hàng ưu đãi, giảm giá cho công nhân. Cùng ngày, đoàn công tác đến thăm, tặng quà gia đình đoàn viên bị bệnh hiểm nghèo ở xã Vĩnh Trung.
Phát biểu tại chương trình, đồng chí Trần Thị Mỹ Lệ ghi nhận sự quan tâm của các cấp công đoàn An Giang, đề nghị tiếp tục chăm lo để không đoàn viên, người lao động nào không có Tết, nhất là người lao động mất việc làm, bị giảm giờ làm.
Cùng với trao quà, các cấp công đoàn tổ chức đối thoại với người sử dụng lao động về tiền lương, thưởng Tết, bố trí ca làm việc hợp lý để công nhân có thời gian sum họp gia đình; kiểm tra bếp ăn tập thể tại doanh nghiệp trong dịp cao điểm cuối năm.
Hạnh Châu
Lượt xem: 2.416
Tin khác
- Thoại Sơn: trao 30 phần quà cho công nhân nghèo (09/01/2023)
- LĐLĐ tỉnh tổng kết hoạt động công đoàn năm 2022 (30/12/2022)
- Khám bệnh miễn phí cho 500 đoàn viên Công đoàn Viên chức (22/12/2022)
""", "2023-01-12", "Công đoàn An Giang trao 5.200 phần quà Tết cho đoàn viên, người lao động",
E("trao_qua", None, "2023-01-11"),
[P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Châu Văn Nghĩa", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Chau Sóc Kha"),
 P("Haji Ma Ry Dah", "Chủ tịch Công đoàn cơ sở Công ty TNHH Thủy sản Mỹ Hòa")],
[Q("5.200 phần quà", 5200, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 5,8 tỷ đồng", 5800000000, "đồng", "over"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("600 vé xe", 600, "vé xe"), Q("3 Mái ấm Công đoàn", 3, "Mái ấm Công đoàn"),
 Q("127 công nhân", 127, "công nhân")],
[D("Kế hoạch", "86", "KH-LĐLĐ", "2022-12-05", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 86/KH-LĐLĐ ngày 5/12/2022"),
 D("Chỉ thị", "07", "CT-TLĐ", None, "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Chỉ thị 07, 08/CT-TLĐ"),
 D("Chỉ thị", "08", "CT-TLĐ", None, "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Chỉ thị 07, 08/CT-TLĐ"),
 D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết 02-NQ/TW ngày 12/6/2021")],
[prov("An Giang"), com("Châu Lăng"), com("Mỹ Thới"), com("Vĩnh Trung")],
["Báo An Giang Online", "Xã hội › Lao động - Việc làm", "(BAG)", "Tết Sum vầy - Xuân chia sẻ",
 "Đồng chí Trần Thị Mỹ Lệ trao quà cho công nhân. Ảnh: Hạnh Châu", "Chợ Tết Công đoàn", "Khu công nghiệp Bình Hòa", "Lượt xem: 2.416"],
["Cập nhật: 11:05, 12/01/2023 (GMT+7)", "năm 2023", "Quý Mão 2023", "1,5 tháng lương", "Lượt xem: 2.416"]))

PAGES.append(page("b1893-dienbien-hlhpn-taphuan-2023", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN
Bạn đang ở: Trang chủ » Hoạt động Hội » Tập huấn
Ngày đăng 19/05/2023 | 16:20
Tập huấn kỹ năng cho 120 cán bộ Hội cơ sở
Trong 2 ngày 17 và 18/5, Hội LHPN tỉnh Điện Biên tổ chức lớp tập huấn năm 2023 về nâng cao năng lực cho cán bộ Hội cơ sở trong thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Tham gia lớp tập huấn có 120 học viên là chủ tịch, phó chủ tịch hội phụ nữ các xã, chi hội trưởng phụ nữ các bản thuộc 5 huyện vùng cao.
Học viên thảo luận nhóm tại lớp tập huấn.
Đồng chí Lò Thị Phương, Phó Chủ tịch Hội LHPN tỉnh, phát biểu khai mạc cho biết, lớp tập huấn được tổ chức theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, Kế hoạch số 215/KH-HLHPN ngày 10/3/2023 của Ban Thường vụ Hội LHPN tỉnh và Hướng dẫn số 04/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam. Năm 2023, Hội dự kiến tổ chức 14 lớp tương tự cho 1.680 lượt cán bộ, hội viên.
Các học viên được báo cáo viên là các đồng chí Phó Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh: Quàng Thị Xuân, Vàng Thị Chía truyền đạt kỹ năng tuyên truyền về phòng, chống tảo hôn và hôn nhân cận huyết thống, kỹ năng thành lập và duy trì "Địa chỉ tin cậy" ở cộng đồng, kỹ năng hỗ trợ phụ nữ khởi nghiệp, phát triển sinh kế. Đồng chí Lường Văn Ơn, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, giới thiệu chính sách dân tộc của tỉnh.
Theo số liệu của Hội, năm 2022 toàn tỉnh còn 326 trường hợp tảo hôn, giảm 41 trường hợp so với năm 2021; đã thành lập 58 "Địa chỉ tin cậy" và 112 tổ truyền thông cộng đồng. Hội đã giải ngân 2,4 tỷ đồng vốn Dự án 8 hỗ trợ 36 mô hình sinh kế cho phụ nữ.
Chia sẻ tại lớp tập huấn, chị Giàng Thị Sua, Chủ tịch Hội LHPN xã Mường Nhé, cho biết nhiều chị em người Mông chưa biết chữ phổ thông nên tuyên truyền phải dùng tiếng dân tộc; chị Lò Thị Ánh, Chi hội trưởng phụ nữ bản Co Sản, xã Chiềng Sơ, đề nghị in tài liệu bằng hình ảnh.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa.
Theo đánh giá của Ban Tổ chức, nội dung tập huấn thiết thực, phương pháp truyền đạt sinh động với nhiều tình huống thực tế; học viên tích cực thảo luận, chia sẻ kinh nghiệm. Sau lớp học, các học viên sẽ tổ chức tuyên truyền lại cho chị em ở bản, góp phần thay đổi nhận thức, hành vi về bình đẳng giới trong đồng bào các dân tộc.
Thu Hà
Các tin khác
- Tủa Chùa: ra mắt tổ truyền thông cộng đồng (10/05/2023)
- Hội LHPN tỉnh trao 20 con bò cho phụ nữ nghèo (25/04/2023)
- Mường Ảng tuyên truyền phòng, chống mua bán người (12/04/2023)
""", "2023-05-19", "Tập huấn kỹ năng cho 120 cán bộ Hội cơ sở",
E("tap_huan", "2023", "2023-05-17"),
[P("Lò Thị Phương", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Quàng Thị Xuân", "Phó Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Vàng Thị Chía", "Phó Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Lường Văn Ơn", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Giàng Thị Sua", "Chủ tịch Hội LHPN xã Mường Nhé"),
 P("Lò Thị Ánh", "Chi hội trưởng phụ nữ bản Co Sản")],
[Q("120 học viên", 120, "học viên"), Q("5 huyện vùng cao", 5, "huyện vùng cao"), Q("14 lớp", 14, "lớp"),
 Q("1.680 lượt cán bộ, hội viên", 1680, "lượt cán bộ, hội viên"), Q("326 trường hợp tảo hôn", 326, "trường hợp tảo hôn"),
 Q("41 trường hợp", 41, "trường hợp"), Q('58 "Địa chỉ tin cậy"', 58, "Địa chỉ tin cậy"),
 Q("112 tổ truyền thông cộng đồng", 112, "tổ truyền thông cộng đồng"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("36 mô hình sinh kế", 36, "mô hình sinh kế"), Q("100%", 100, "%")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "215", "KH-HLHPN", "2023-03-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 215/KH-HLHPN ngày 10/3/2023"),
 D("Hướng dẫn", "04", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 04/HD-ĐCT")],
[prov("Điện Biên"), com("Mường Nhé"), com("Chiềng Sơ")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN", "Bạn đang ở: Trang chủ » Hoạt động Hội » Tập huấn", "Học viên thảo luận nhóm tại lớp tập huấn.",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Dự án 8", "Địa chỉ tin cậy",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Ngày đăng 19/05/2023 | 16:20", "2 ngày", "năm 2023", "năm 2022", "năm 2021", "Dự án 8"]))

PAGES.append(page("b1894-lamdong-hnd-doithoai-2023", """
Báo Lâm Đồng điện tử
Chính trị - Xã hội / Mặt trận - Đoàn thể
Thứ Sáu, 22/09/2023 - 14:00
Chủ tịch UBND tỉnh đối thoại với nông dân năm 2023
Ngày 21/9, tại thành phố Bảo Lộc, UBND tỉnh Lâm Đồng phối hợp Hội Nông dân tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2023 với chủ đề "Nông dân với liên kết sản xuất, tiêu thụ nông sản". Đồng chí Trần Văn Hiệp, Chủ tịch UBND tỉnh và đồng chí K'Mák, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh đồng chủ trì. Tham dự có gần 300 hội viên nông dân tiêu biểu đến từ 12 huyện, thành phố.
Quang cảnh hội nghị đối thoại.
Hội nghị được tổ chức theo Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 96-KH/HNDT ngày 8/8/2023 của Ban Thường vụ Hội Nông dân tỉnh. Trước hội nghị, các cấp hội đã tổng hợp 46 ý kiến, kiến nghị của nông dân, tập trung vào giá vật tư, tiêu thụ cà phê, rau, hoa và thủ tục cấp giấy chứng nhận quyền sử dụng đất.
Tại hội nghị, có 14 lượt ý kiến phát biểu trực tiếp. Ông K'Brèo ở xã Đạ Chais kiến nghị hỗ trợ giống cà phê ghép cho đồng bào Cơ Ho; bà Ka Sim, Chi hội trưởng Chi hội Nông dân thôn Bờ Nơm, xã Lát, phản ánh đường vào vùng sản xuất bị sạt lở sau mưa. Ông Bon Đơng Ha Ri, Chủ nhiệm Hợp tác xã nông nghiệp Đạ Sar, đề nghị có cơ chế cho hợp tác xã vay vốn không cần tài sản thế chấp. Ông Nguyễn Văn Phú (phường Lộc Phát) hỏi về chính sách hỗ trợ chuyển đổi sang canh tác hữu cơ.
Lãnh đạo các sở, ngành đã trả lời trực tiếp 14 ý kiến, số còn lại được trả lời bằng văn bản. Theo báo cáo, toàn tỉnh hiện có 189.000 hội viên nông dân; có 2.860 mô hình liên kết, với khoảng 38.500 hộ tham gia. Giá trị sản xuất nông nghiệp bình quân đạt 193 triệu đồng/ha.
Phát biểu kết luận, đồng chí Trần Văn Hiệp ghi nhận các ý kiến tâm huyết của nông dân, giao Sở Nông nghiệp và Phát triển nông thôn chủ trì hướng dẫn hỗ trợ giống cà phê; giao UBND huyện Lạc Dương khắc phục tuyến đường sạt lở trước ngày 30/10; đề nghị Hội Nông dân tỉnh tiếp tục làm cầu nối giữa nông dân với doanh nghiệp, ngân hàng.
Theo đồng chí K'Mák, năm 2023 là năm thứ 9 tỉnh tổ chức hội nghị đối thoại với nông dân; các kiến nghị sau đối thoại được Hội theo dõi, giám sát việc giải quyết đến cùng.
Nhiều nông dân bày tỏ mong muốn hội nghị đối thoại được tổ chức ngay tại cấp huyện, cấp xã để bà con vùng sâu, vùng xa có điều kiện tham gia; đồng thời đề nghị các ngành công khai tiến độ giải quyết kiến nghị trên cổng thông tin điện tử của tỉnh để người dân theo dõi.
Như Quỳnh
Tin liên quan
- Đối thoại với nông dân năm 2022: giải quyết 30 kiến nghị (15/09/2022)
- Hội Nông dân tỉnh tập huấn kỹ năng bán hàng trực tuyến (05/09/2023)
- Đơn Dương: nông dân liên kết trồng rau công nghệ cao (25/08/2023)
""", "2023-09-22", "Chủ tịch UBND tỉnh đối thoại với nông dân năm 2023",
E("doi_thoai", "2023", "2023-09-21"),
[P("Trần Văn Hiệp", "Chủ tịch UBND tỉnh"),
 P("K'Mák", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("K'Brèo"),
 P("Ka Sim", "Chi hội trưởng Chi hội Nông dân thôn Bờ Nơm"),
 P("Bon Đơng Ha Ri", "Chủ nhiệm Hợp tác xã nông nghiệp Đạ Sar"),
 P("Nguyễn Văn Phú")],
[Q("gần 300 hội viên nông dân tiêu biểu", 300, "hội viên nông dân tiêu biểu", "approx"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"), Q("14 lượt ý kiến", 14, "lượt ý kiến"), Q("14 ý kiến", 14, "ý kiến"),
 Q("189.000 hội viên nông dân", 189000, "hội viên nông dân"), Q("2.860 mô hình liên kết", 2860, "mô hình liên kết"),
 Q("khoảng 38.500 hộ", 38500, "hộ", "approx"), Q("193 triệu đồng", 193000000, "đồng")],
[D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 81/2014/QĐ-TTg"),
 D("Kế hoạch", "96", "KH/HNDT", "2023-08-08", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 96-KH/HNDT ngày 8/8/2023")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Lát"), com("Lộc Phát")],
["Báo Lâm Đồng điện tử", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "Quang cảnh hội nghị đối thoại.",
 "Nông dân với liên kết sản xuất, tiêu thụ nông sản"],
["Thứ Sáu, 22/09/2023 - 14:00", "năm 2023", "năm thứ 9", "ngày 30/10"]))
