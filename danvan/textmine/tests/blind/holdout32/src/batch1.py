from lib import *

PAGES = []

# b725 Bắc Kạn, Hội Nông dân tỉnh, tổng kết năm 2011
PAGES.append(page("b725-backan-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH BẮC KẠN - Cổng thông tin điện tử
Trang chủ » Hoạt động Hội » Tin tức
Thứ Sáu, 23/12/2011 - 09:10
Quang cảnh hội nghị. Ảnh: Hà Linh
Nông dân Bắc Kạn đóng góp hơn 9.400 ngày công xây dựng nông thôn mới
Ngày 21/12/2011, Hội Nông dân tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Trong năm, các cấp Hội đã vận động hội viên đóng góp hơn 9.400 ngày công xây dựng nông thôn mới.
Dự hội nghị có đồng chí Nông Văn Chuyên, Phó Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam; đồng chí Hoàng Thị Thoa, TUV, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lục Văn Khiêm, Chủ tịch Hội Nông dân tỉnh; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Ma Đình Pản, Triệu Thị Vằn; cùng 112 đại biểu là chủ tịch Hội Nông dân các huyện, thị xã và hội viên tiêu biểu.
Đồng chí Nông Văn Chuyên phát biểu chỉ đạo hội nghị.
Năm 2011, Hội Nông dân tỉnh tiếp tục thực hiện Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn và Kết luận 61-KL/TW của Ban Bí thư về đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân". Các cấp Hội phát triển thêm 1.930 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 58.214 người.
Phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững có 16.820 hộ đăng ký, trong đó 9.305 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân các cấp đạt trên 3,2 tỷ đồng, giúp 410 hộ vay vốn phát triển chăn nuôi trâu, lợn đen và trồng cây dong riềng. Hội phối hợp với Ngân hàng Chính sách xã hội tỉnh quản lý dư nợ 214 tỷ đồng thông qua 286 tổ tiết kiệm và vay vốn.
Thực hiện Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế - xã hội nông thôn, Hội đã mở 64 lớp chuyển giao khoa học kỹ thuật cho 3.150 lượt hội viên; phối hợp dạy nghề cho 720 lao động nông thôn.
Tại hội nghị, ông Hà Văn Sằn, nông dân thôn Nà Bản, xã Cẩm Giàng, chia sẻ cách làm giàu từ mô hình trồng cam kết hợp chăn nuôi, mỗi năm thu lãi khoảng 150 triệu đồng. Bà Đinh Thị Tằng, Chủ tịch Hội Nông dân xã Bằng Lãng, kiến nghị tăng nguồn vốn Quỹ Hỗ trợ nông dân cho các xã vùng cao.
Phát biểu tại hội nghị, đồng chí Hoàng Thị Thoa đề nghị các cấp Hội tiếp tục bám sát cơ sở, làm tốt công tác tuyên truyền, vận động hội viên tham gia xây dựng nông thôn mới; chú trọng giải quyết kịp thời những bức xúc của nông dân ngay từ cơ sở, không để phát sinh điểm nóng.
Nhân dịp này, Hội Nông dân tỉnh tặng Bằng khen cho 18 tập thể và 35 cá nhân có thành tích xuất sắc trong phong trào nông dân năm 2011.
Hà Linh
Số lượt xem: 987
Các tin khác
- Ba Bể: 120 hội viên nông dân được tập huấn kỹ thuật trồng cây dong riềng (15/12/2011)
- Hội Nông dân huyện Chợ Đồn đối thoại với nông dân (08/12/2011)
- Đại hội đại biểu Hội Nông dân huyện Na Rì lần thứ VIII (30/11/2011)
- Pác Nặm tổng kết 5 năm thực hiện phong trào nông dân sản xuất giỏi (25/11/2011)
- Hội Nông dân tỉnh tổ chức hội thi "Nhà nông đua tài" (18/11/2011)
Cơ quan chủ quản: Hội Nông dân tỉnh Bắc Kạn. Địa chỉ: tổ 1, phường Đức Xuân, thị xã Bắc Kạn. Điện thoại: 0281.3870.xxx. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2011-12-23", "Nông dân Bắc Kạn đóng góp hơn 9.400 ngày công xây dựng nông thôn mới",
    E("tong_ket", "2011", "2011-12-21"),
    [P("Nông Văn Chuyên", "Phó Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam"),
     P("Hoàng Thị Thoa", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lục Văn Khiêm", "Chủ tịch Hội Nông dân tỉnh"),
     P("Ma Đình Pản", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Triệu Thị Vằn", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Hà Văn Sằn", "nông dân thôn Nà Bản"),
     P("Đinh Thị Tằng", "Chủ tịch Hội Nông dân xã Bằng Lãng")],
    [Q("hơn 9.400 ngày công", 9400, "ngày công", "over"),
     Q("112 đại biểu", 112, "đại biểu"),
     Q("1.930 hội viên mới", 1930, "hội viên mới"),
     Q("58.214 người", 58214, "người"),
     Q("16.820 hộ", 16820, "hộ"),
     Q("9.305 hộ", 9305, "hộ"),
     Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
     Q("410 hộ vay", 410, "hộ vay"),
     Q("214 tỷ đồng", 214000000000, "đồng"),
     Q("286 tổ tiết kiệm và vay vốn", 286, "tổ tiết kiệm và vay vốn"),
     Q("64 lớp", 64, "lớp"),
     Q("3.150 lượt hội viên", 3150, "lượt hội viên"),
     Q("720 lao động nông thôn", 720, "lao động nông thôn"),
     Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"),
     Q("18 tập thể", 18, "tập thể"),
     Q("35 cá nhân", 35, "cá nhân")],
    [D("Nghị quyết", "26", "NQ/TW", issuer="Ban Chấp hành Trung ương", surface="Nghị quyết số 26-NQ/TW"),
     D("Kết luận", "61", "KL/TW", issuer="Ban Bí thư", surface="Kết luận 61-KL/TW"),
     D("Quyết định", "673", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 673/QĐ-TTg")],
    [prov("Bắc Kạn"), com("Cẩm Giàng"), com("Bằng Lãng")],
    ["HỘI NÔNG DÂN TỈNH BẮC KẠN - Cổng thông tin điện tử", "Trang chủ » Hoạt động Hội » Tin tức",
     "Quang cảnh hội nghị. Ảnh: Hà Linh", "Đồng chí Nông Văn Chuyên phát biểu chỉ đạo hội nghị.",
     "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân",
     "Nà Bản", "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "Số lượt xem: 987"],
    ["Thứ Sáu, 23/12/2011 - 09:10", "năm 2011", "năm 2012", "Số lượt xem: 987"]))

# b726 Vĩnh Phúc, Liên đoàn Lao động tỉnh, đối thoại với công nhân 2012
PAGES.append(page("b726-vinhphuc-ldld-doithoai-2012", """
Báo Vĩnh Phúc điện tử
Thời sự | Công đoàn | Lao động - Việc làm
Cập nhật: 14:25, 18/05/2012 (GMT+7)
Ảnh: Đồng chí Phùng Quang Hùng trả lời kiến nghị của công nhân.
Tháng Công nhân: hơn 300 công nhân đối thoại với lãnh đạo tỉnh
(BVP) - Chiều 16/5, tại Nhà văn hóa Lao động tỉnh, Liên đoàn Lao động tỉnh Vĩnh Phúc phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với công nhân, người lao động các khu công nghiệp năm 2012, hưởng ứng Tháng Công nhân.
Tham dự có đồng chí Phùng Quang Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Trần Thị Thanh Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đỗ Khắc Lợi, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Chủ tịch Liên đoàn Lao động tỉnh; đại diện lãnh đạo các sở, ngành: Lao động - Thương binh và Xã hội, Bảo hiểm xã hội, Ban Quản lý các khu công nghiệp và hơn 300 công nhân đến từ 42 doanh nghiệp.
Mở đầu hội nghị, đồng chí Đỗ Khắc Lợi thông tin: toàn tỉnh hiện có 1.148 doanh nghiệp với trên 86.000 lao động, trong đó 74% là lao động nữ và lao động từ các tỉnh khác đến làm việc. Thu nhập bình quân của công nhân đạt khoảng 3,1 triệu đồng/người/tháng; tuy nhiên nhiều công nhân vẫn phải ở trọ trong các phòng chật hẹp, giá thuê từ 500.000 đến 700.000 đồng/tháng.
Tại hội nghị có 27 ý kiến được nêu trực tiếp, tập trung vào chế độ bảo hiểm xã hội, tiền lương làm thêm giờ, nhà ở và nhà trẻ cho con công nhân. Chị Nguyễn Thị Hậu, công nhân Công ty TNHH Điện tử Partron Vina, phản ánh nhiều doanh nghiệp chậm đóng bảo hiểm xã hội; anh Kim Văn Tới, Chủ tịch Công đoàn cơ sở Công ty cổ phần May Phúc Yên, đề nghị tỉnh sớm quy hoạch khu nhà ở cho công nhân Khu công nghiệp Bình Xuyên.
Trả lời các kiến nghị, đồng chí Phùng Quang Hùng cho biết tỉnh đang triển khai Quyết định 66/2009/QĐ-TTg của Thủ tướng Chính phủ về cơ chế, chính sách phát triển nhà ở cho công nhân lao động tại các khu công nghiệp; năm 2012 khởi công 2 khu nhà ở công nhân với 1.500 căn hộ. Đồng chí giao Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh kiểm tra, xử lý dứt điểm các doanh nghiệp nợ đóng bảo hiểm trước ngày 30/6.
Đồng chí Trần Thị Thanh Hòa đề nghị các cấp công đoàn tiếp tục thực hiện Chỉ thị 22-CT/TW của Ban Bí thư về tăng cường công tác lãnh đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, phát huy vai trò đại diện, bảo vệ quyền lợi hợp pháp của người lao động. Ông Phan Văn Toản, Phó Giám đốc Bảo hiểm xã hội tỉnh, cho biết tổng số tiền nợ bảo hiểm xã hội của các doanh nghiệp trên địa bàn là 41 tỷ đồng.
Dịp này, Liên đoàn Lao động tỉnh trao 50 suất quà, mỗi suất 500.000 đồng, cho công nhân có hoàn cảnh khó khăn.
Thanh Nga
Bài viết liên quan
- Công đoàn các khu công nghiệp ký thỏa ước lao động tập thể với 25 doanh nghiệp (10/05/2012)
- Phát động Tháng Công nhân năm 2012 (02/05/2012)
- Hơn 2.000 công nhân được khám sức khỏe miễn phí (25/04/2012)
- Liên đoàn Lao động thành phố Vĩnh Yên tổ chức giải bóng đá công nhân (20/04/2012)
- Công đoàn ngành Giáo dục tổng kết năm học (12/04/2012)
- Hỗ trợ công nhân bị tai nạn lao động ở Khu công nghiệp Khai Quang (05/04/2012)
Báo Vĩnh Phúc - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Vĩnh Phúc. Giấy phép số 1425/GP-BTTTT. Tổng Biên tập: Lê Văn Trọng. Địa chỉ: số 5, đường Nguyễn Trãi, thành phố Vĩnh Yên.
""",
    "2012-05-18", "Tháng Công nhân: hơn 300 công nhân đối thoại với lãnh đạo tỉnh",
    E("doi_thoai", "2012", "2012-05-16"),
    [P("Phùng Quang Hùng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
     P("Trần Thị Thanh Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Đỗ Khắc Lợi", "Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Nguyễn Thị Hậu", "công nhân Công ty TNHH Điện tử Partron Vina"),
     P("Kim Văn Tới", "Chủ tịch Công đoàn cơ sở Công ty cổ phần May Phúc Yên"),
     P("Phan Văn Toản", "Phó Giám đốc Bảo hiểm xã hội tỉnh")],
    [Q("hơn 300 công nhân", 300, "công nhân", "over"),
     Q("42 doanh nghiệp", 42, "doanh nghiệp"),
     Q("1.148 doanh nghiệp", 1148, "doanh nghiệp"),
     Q("trên 86.000 lao động", 86000, "lao động", "over"),
     Q("74%", 74, "%"),
     Q("khoảng 3,1 triệu đồng", 3100000, "đồng", "approx"),
     Q("500.000", 500000, "đồng"),
     Q("700.000 đồng", 700000, "đồng"),
     Q("27 ý kiến", 27, "ý kiến"),
     Q("2 khu nhà ở công nhân", 2, "khu nhà ở công nhân"),
     Q("1.500 căn hộ", 1500, "căn hộ"),
     Q("41 tỷ đồng", 41000000000, "đồng"),
     Q("50 suất quà", 50, "suất quà"),
     Q("mỗi suất 500.000 đồng", 500000, "đồng")],
    [D("Quyết định", "66", "2009/QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 66/2009/QĐ-TTg"),
     D("Chỉ thị", "22", "CT/TW", issuer="Ban Bí thư", surface="Chỉ thị 22-CT/TW")],
    [prov("Vĩnh Phúc")],
    ["Báo Vĩnh Phúc điện tử", "Thời sự | Công đoàn | Lao động - Việc làm",
     "Ảnh: Đồng chí Phùng Quang Hùng trả lời kiến nghị của công nhân.", "(BVP)", "Tháng Công nhân",
     "Nhà văn hóa Lao động tỉnh", "Khu công nghiệp Bình Xuyên", "Thanh Nga"],
    ["Cập nhật: 14:25, 18/05/2012 (GMT+7)", "năm 2012", "Chiều 16/5", "trước ngày 30/6"]))

# b727 Quảng Nam, Hội Chữ thập đỏ tỉnh, trao quà sau lũ 2012
PAGES.append(page("b727-quangnam-hctd-traoqua-2012", """
HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ › Hoạt động nhân đạo › Cứu trợ
08:40 | 08/11/2012
Hội Chữ thập đỏ tỉnh Quảng Nam trao 1.200 suất quà cho người dân vùng lũ
Hội Chữ thập đỏ tỉnh Quảng Nam trao 1.200 suất quà cho người dân vùng lũ
Từ ngày 5 đến 7/11/2012, Hội Chữ thập đỏ tỉnh Quảng Nam phối hợp với Trung ương Hội Chữ thập đỏ Việt Nam trao 1.200 suất quà cho các hộ dân bị thiệt hại do bão số 8 và lũ lụt tại các huyện Đại Lộc, Nông Sơn, Nam Giang và Tây Giang.
Đoàn công tác do ông Trần Ngọc Tăng, Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam, làm trưởng đoàn; cùng đi có bà Lê Thị Kim Hoa, Chủ tịch Hội Chữ thập đỏ tỉnh; ông Huỳnh Văn Bảy, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh và đại diện Ban Dân vận Tỉnh ủy.
Bà Lê Thị Kim Hoa trao quà cho bà con xã Đại Quang (huyện Đại Lộc). Ảnh: Văn Sự
Mỗi suất quà gồm 10 kg gạo, 1 thùng mì tôm, chăn ấm và 300.000 đồng tiền mặt, tổng trị giá gần 900 triệu đồng. Tại xã Đại Quang, đoàn trao 250 suất quà cho các hộ có nhà bị ngập sâu; tại xã Quế Trung (huyện Nông Sơn) trao 180 suất quà và hỗ trợ 12 hộ có nhà bị sập, cuốn trôi, mỗi hộ 5 triệu đồng.
Ở huyện miền núi Tây Giang, đoàn đến thăm, tặng quà cho đồng bào Cơ Tu tại xã A Xan. Già làng Bríu Pố, thôn Ka Rôn, thay mặt bà con cảm ơn tấm lòng của các nhà hảo tâm. Ông Alăng Ngược, Chủ tịch UBND xã A Xan, cho biết trận lũ vừa qua làm sạt lở hơn 3 km đường liên thôn, nhiều diện tích lúa rẫy bị mất trắng.
Bà Lê Thị Kim Hoa cho biết, thực hiện Chỉ thị số 43-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác của Hội Chữ thập đỏ Việt Nam và Kế hoạch 17-KH/CTĐ của Ban Thường vụ Hội Chữ thập đỏ tỉnh, ngay sau bão, các cấp Hội đã phát động đợt vận động ủng hộ đồng bào bị thiệt hại; đến nay đã tiếp nhận tiền và hàng hóa trị giá 2,35 tỷ đồng.
Ngay trong những đêm nước lên, nhiều hội viên, tình nguyện viên Chữ thập đỏ ở các thôn vùng trũng đã cùng lực lượng dân quân sơ tán người già, trẻ em đến nơi an toàn, nấu cơm nắm tiếp tế cho các hộ bị cô lập.
Cùng với đợt cứu trợ này, Hội tiếp tục triển khai chương trình "Tết vì người nghèo và nạn nhân chất độc da cam", dự kiến trao 3.000 suất quà Tết Quý Tỵ cho hộ nghèo trên địa bàn tỉnh.
Ông Trần Ngọc Tăng ghi nhận tinh thần "lá lành đùm lá rách" của hội viên, tình nguyện viên Chữ thập đỏ Quảng Nam; đề nghị Hội tỉnh rà soát kỹ đối tượng, bảo đảm hàng cứu trợ đến đúng người, đúng địa chỉ, công khai, minh bạch.
Văn Sự - Phương Thảo
Lượt xem: 2.146
Tin cùng chuyên mục
- Hiến máu tình nguyện đợt 3 năm 2012 thu được 860 đơn vị máu (25/10/2012)
- Trao 20 con bò giống cho hộ nghèo huyện Phước Sơn (12/10/2012)
- Tập huấn sơ cấp cứu cho 80 tình nguyện viên (28/9/2012)
- Trao 45 suất học bổng cho học sinh nghèo vượt khó huyện Thăng Bình (20/9/2012)
- Phát động tháng nhân đạo năm 2012 (15/5/2012)
- Ra mắt câu lạc bộ hiến máu tình nguyện dự bị tại Tam Kỳ (08/5/2012)
- Hội Chữ thập đỏ huyện Duy Xuyên trao nhà nhân đạo cho hộ nghèo (20/4/2012)
Bản quyền thuộc Hội Chữ thập đỏ tỉnh Quảng Nam. Địa chỉ: đường Trần Hưng Đạo, thành phố Tam Kỳ. Điện thoại: (0510) 3852.xxx. Email: chuthapdoquangnam@gmail.com. Thiết kế và phát triển bởi Trung tâm Công nghệ thông tin và Truyền thông tỉnh.
""",
    "2012-11-08", "Hội Chữ thập đỏ tỉnh Quảng Nam trao 1.200 suất quà cho người dân vùng lũ",
    E("trao_qua", None, "2012-11-05"),
    [P("Trần Ngọc Tăng", "Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam"),
     P("Lê Thị Kim Hoa", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
     P("Huỳnh Văn Bảy", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
     P("Bríu Pố", "Già làng"),
     P("Alăng Ngược", "Chủ tịch UBND xã A Xan")],
    [Q("1.200 suất quà", 1200, "suất quà"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("gần 900 triệu đồng", 900000000, "đồng", "approx"),
     Q("250 suất quà", 250, "suất quà"),
     Q("180 suất quà", 180, "suất quà"),
     Q("12 hộ", 12, "hộ"),
     Q("mỗi hộ 5 triệu đồng", 5000000, "đồng"),
     Q("hơn 3 km", 3, "km", "over"),
     Q("2,35 tỷ đồng", 2350000000, "đồng"),
     Q("3.000 suất quà Tết", 3000, "suất quà Tết")],
    [D("Chỉ thị", "43", "CT/TW", issuer="Ban Bí thư", surface="Chỉ thị số 43-CT/TW"),
     D("Kế hoạch", "17", "KH/CTĐ", issuer="Ban Thường vụ Hội Chữ thập đỏ tỉnh", surface="Kế hoạch 17-KH/CTĐ")],
    [prov("Quảng Nam"), com("Đại Quang"), com("Quế Trung"), com("A Xan")],
    ["HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ › Hoạt động nhân đạo › Cứu trợ",
     "Bà Lê Thị Kim Hoa trao quà cho bà con xã Đại Quang (huyện Đại Lộc). Ảnh: Văn Sự",
     "Ka Rôn", "Tết vì người nghèo và nạn nhân chất độc da cam", "lá lành đùm lá rách", "Văn Sự - Phương Thảo",
     "Lượt xem: 2.146", "Tết Quý Tỵ"],
    ["08:40 | 08/11/2012", "bão số 8", "10 kg gạo", "1 thùng mì tôm", "Lượt xem: 2.146", "Từ ngày 5 đến 7/11/2012"]))

# b728 Sóc Trăng, Hội LHPN tỉnh, sơ kết 6 tháng đầu năm 2013
PAGES.append(page("b728-soctrang-lhpn-soket-2013", """
Báo Sóc Trăng Online
Hôm nay, Thứ Tư, 17/07/2013
Trang chủ / Đoàn thể / Phụ nữ
Thứ Sáu, 12/07/2013 - 15:20
Toàn cảnh hội nghị sơ kết.
Phụ nữ Sóc Trăng giúp 1.046 hộ thoát nghèo
(STO) - Ngày 10/7/2013, Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2013, triển khai phương hướng 6 tháng cuối năm.
Đến dự có bà Lâm Thị Sa Ly, Phó Trưởng Ban Dân vận Tỉnh ủy; bà Thạch Thị Chanh Đa, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh; các bà Trần Thị Ngọc Nhung, Sơn Thị Phal - Phó Chủ tịch Hội LHPN tỉnh; cùng chủ tịch Hội LHPN 11 huyện, thị xã, thành phố.
Báo cáo cho biết, 6 tháng đầu năm, các cấp Hội đã tổ chức 2.840 cuộc tuyên truyền với 96.500 lượt hội viên, phụ nữ tham dự; kết nạp 3.112 hội viên mới. Thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch", toàn tỉnh có thêm 4.210 hộ đạt tiêu chí. Các cấp Hội quản lý nguồn vốn ủy thác 612 tỷ đồng với 31.480 hộ vay; vận động hội viên giúp nhau 8.900 ngày công, 1.150 con gà, vịt giống, góp phần giúp 1.046 hộ phụ nữ nghèo thoát nghèo.
Bà Thạch Thị Chanh Đa phát biểu tại hội nghị.
Hội đã phối hợp triển khai Quyết định 295/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ học nghề, tạo việc làm giai đoạn 2010 - 2015", mở 18 lớp dạy nghề may, đan lục bình, làm bánh pía cho 540 phụ nữ, trong đó 65% là phụ nữ dân tộc Khmer. Chương trình phối hợp số 08/CTPH-HLHPN-BCHQS giữa Hội LHPN tỉnh và Bộ Chỉ huy Quân sự tỉnh về xây dựng "Mái ấm tình thương" đã bàn giao 14 căn nhà cho hội viên nghèo, mỗi căn trị giá 35 triệu đồng.
Chị Kim Thị Sóc Khênh, Chủ tịch Hội LHPN xã Lịch Hội Thượng (huyện Trần Đề), chia sẻ kinh nghiệm thành lập tổ phụ nữ tiết kiệm ở các phum, sóc, nhờ đó chị em người Khmer có vốn nuôi heo, trồng màu. Bà Lý Thị Ngọc Hân, Chủ tịch Hội LHPN huyện Vĩnh Châu, nêu khó khăn trong vận động phụ nữ ven biển tham gia sinh hoạt Hội vì phải đi làm thuê xa.
Kết luận hội nghị, bà Thạch Thị Chanh Đa đề nghị 6 tháng cuối năm các cấp Hội tập trung thực hiện Nghị quyết Đại hội đại biểu phụ nữ tỉnh lần thứ IX, Chỉ thị 21-CT/TW của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; phấn đấu đến cuối năm kết nạp thêm 2.500 hội viên.
Bà Lâm Thị Sa Ly ghi nhận kết quả đạt được và lưu ý Hội quan tâm nắm tình hình tư tưởng phụ nữ vùng đồng bào dân tộc, kịp thời phản ánh với cấp ủy.
Bảo Trân
Tin khác
- Phụ nữ Mỹ Xuyên ra quân "Ngày thứ bảy tình nguyện" (05/07/2013)
- Trao 20 suất học bổng cho học sinh nữ người Khmer (28/06/2013)
- Hội LHPN thị xã Ngã Năm tập huấn kỹ năng tuyên truyền (20/06/2013)
- Ra mắt câu lạc bộ "Phụ nữ với pháp luật" ở xã Đại Tâm (14/06/2013)
- Hội LHPN huyện Cù Lao Dung trao vốn cho hội viên nghèo (06/06/2013)
- Tọa đàm "Phụ nữ Khmer với phong trào xây dựng nông thôn mới" (30/05/2013)
- Phụ nữ Châu Thành chung tay xây cầu nông thôn (22/05/2013)
Báo Sóc Trăng - Cơ quan của Đảng bộ tỉnh Sóc Trăng. Giấy phép số 86/GP-TTĐT. Địa chỉ: số 2, đường Hai Bà Trưng, phường 1, thành phố Sóc Trăng. Điện thoại: (079) 3821.xxx. Ghi rõ nguồn "Báo Sóc Trăng Online" khi phát hành lại thông tin từ website này.
""",
    "2013-07-12", "Phụ nữ Sóc Trăng giúp 1.046 hộ thoát nghèo",
    E("so_ket", "2013-H1", "2013-07-10"),
    [P("Lâm Thị Sa Ly", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Thạch Thị Chanh Đa", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
     P("Trần Thị Ngọc Nhung", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Sơn Thị Phal", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Kim Thị Sóc Khênh", "Chủ tịch Hội LHPN xã Lịch Hội Thượng"),
     P("Lý Thị Ngọc Hân", "Chủ tịch Hội LHPN huyện Vĩnh Châu")],
    [Q("1.046 hộ", 1046, "hộ"),
     Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
     Q("2.840 cuộc tuyên truyền", 2840, "cuộc tuyên truyền"),
     Q("96.500 lượt hội viên, phụ nữ", 96500, "lượt hội viên, phụ nữ"),
     Q("3.112 hội viên mới", 3112, "hội viên mới"),
     Q("4.210 hộ", 4210, "hộ"),
     Q("612 tỷ đồng", 612000000000, "đồng"),
     Q("31.480 hộ vay", 31480, "hộ vay"),
     Q("8.900 ngày công", 8900, "ngày công"),
     Q("1.150 con gà, vịt giống", 1150, "con gà, vịt giống"),
     Q("18 lớp dạy nghề", 18, "lớp dạy nghề"),
     Q("540 phụ nữ", 540, "phụ nữ"),
     Q("65%", 65, "%"),
     Q("14 căn nhà", 14, "căn nhà"),
     Q("35 triệu đồng", 35000000, "đồng"),
     Q("2.500 hội viên", 2500, "hội viên")],
    [D("Quyết định", "295", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 295/QĐ-TTg"),
     D("Chương trình phối hợp", "08", "CTPH-HLHPN-BCHQS", issuer=None, surface="Chương trình phối hợp số 08/CTPH-HLHPN-BCHQS"),
     D("Chỉ thị", "21", "CT/TW", issuer="Ban Bí thư", surface="Chỉ thị 21-CT/TW")],
    [prov("Sóc Trăng"), com("Lịch Hội Thượng")],
    ["Báo Sóc Trăng Online", "Trang chủ / Đoàn thể / Phụ nữ", "Toàn cảnh hội nghị sơ kết.", "(STO)",
     "Bà Thạch Thị Chanh Đa phát biểu tại hội nghị.", "Xây dựng gia đình 5 không, 3 sạch", "Mái ấm tình thương",
     "Hỗ trợ phụ nữ học nghề, tạo việc làm giai đoạn 2010 - 2015", "Bảo Trân", "Khmer"],
    ["Hôm nay, Thứ Tư, 17/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "5 không, 3 sạch", "lần thứ IX", "2010 - 2015"]))

# b729 Kon Tum, BĐBP tỉnh, tổng kết công tác dân vận năm 2013
PAGES.append(page("b729-kontum-bdbp-tongket-2013", """
BÁO KON TUM ĐIỆN TỬ
Quốc phòng - An ninh » Biên phòng
Ngày đăng 16/01/2014 | 07:50
Bộ đội Biên phòng tỉnh Kon Tum làm tốt công tác dân vận khu vực biên giới
Sáng 14/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác dân vận năm 2013 và phong trào thi đua "Dân vận khéo" giai đoạn 2010 - 2013. Đại tá A Kiu, Chính ủy Bộ đội Biên phòng tỉnh chủ trì hội nghị.
Đại tá A Kiu, Chính ủy Bộ đội Biên phòng tỉnh phát biểu tại hội nghị. Ảnh: Thanh Hà
Dự hội nghị có đồng chí Y Thái, Phó Trưởng Ban Dân vận Tỉnh ủy; Thượng tá Nguyễn Hữu Tường, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Trung tá Hồ Quang Vinh, Trưởng phòng Dân vận; cùng chỉ huy 8 đồn Biên phòng và đại diện cấp ủy, chính quyền 12 xã biên giới thuộc các huyện Ngọc Hồi, Đắk Glei, Sa Thầy, Ia H'Drai.
Năm 2013, thực hiện Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương và Chỉ thị 45-CT/ĐU của Thường vụ Đảng ủy Bộ đội Biên phòng về công tác dân vận trong tình hình mới, lực lượng Biên phòng tỉnh đã cử 64 cán bộ tăng cường về 45 thôn, làng; 8 đảng viên là cán bộ đồn tham gia sinh hoạt tại chi bộ thôn. Các đồn đã giúp nhân dân 2.750 ngày công làm thủy lợi, sửa 38 căn nhà, tu sửa hơn 21 km đường tuần tra kết hợp đường dân sinh.
Trong phong trào "Dân vận khéo", Bộ đội Biên phòng tỉnh xây dựng 17 mô hình, tiêu biểu là mô hình "Đồn Biên phòng kết nghĩa với làng" ở xã Bờ Y và mô hình "Nâng bước em tới trường" giúp 52 học sinh người Giẻ Triêng, Brâu, Xơ Đăng có hoàn cảnh khó khăn, mỗi em được hỗ trợ 300.000 đồng/tháng. Tổng giá trị hỗ trợ nhân dân năm 2013 ước đạt 1,4 tỷ đồng.
Phát biểu tại hội nghị, đồng chí Y Thái đánh giá cao vai trò "cầu nối" của cán bộ, chiến sĩ Biên phòng với đồng bào các dân tộc. Ông A Thút, Bí thư Chi bộ làng Đăk Răng, xã Đắk Nhoong, kể lại việc Đồn Biên phòng Đắk Nhoong giúp dân làng chuyển đổi 15 ha đất rẫy sang trồng cao su, sắn cao sản.
Thiếu tá Y Nhang, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Bờ Y, báo cáo kinh nghiệm "3 bám, 4 cùng" (bám địa bàn, bám dân, bám cơ sở; cùng ăn, cùng ở, cùng làm, cùng nói tiếng dân tộc).
Năm 2014, Bộ đội Biên phòng tỉnh phấn đấu 100% đồn có đội công tác vận động quần chúng hoạt động thường xuyên, tiếp tục thực hiện Chương trình phối hợp 12/CTPH giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Ủy ban MTTQ Việt Nam tỉnh.
Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh khen thưởng 6 tập thể, 14 cá nhân.
Thanh Hà
Lượt đọc: 1.530
Xem thêm
- Bộ đội Biên phòng tặng 500 suất quà Tết cho đồng bào biên giới (10/01/2014)
- Đồn Biên phòng Ia Đal đón Bằng khen của UBND tỉnh (02/01/2014)
- Chiến sĩ Biên phòng giúp dân thu hoạch mì ở Sa Loong (26/12/2013)
- Đồn Biên phòng Bờ Y tổ chức khám bệnh, cấp thuốc miễn phí cho 320 người dân (18/12/2013)
- Hội thi "Cán bộ dân vận giỏi" Bộ đội Biên phòng tỉnh năm 2013 (10/12/2013)
- Ký kết chương trình phối hợp giữa Đồn Biên phòng Đắk Plô và Hội LHPN xã (03/12/2013)
Báo Kon Tum - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Kon Tum. Giấy phép số 99/GP-TTĐT. Địa chỉ: 158 Bà Triệu, thành phố Kon Tum. Điện thoại: 060.3862.xxx. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2014-01-16", "Bộ đội Biên phòng tỉnh Kon Tum làm tốt công tác dân vận khu vực biên giới",
    E("tong_ket", "2013", "2014-01-14"),
    [P("A Kiu", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
     P("Y Thái", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Hữu Tường", "Thượng tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
     P("Hồ Quang Vinh", "Trung tá", "Trưởng phòng Dân vận"),
     P("A Thút", "Bí thư Chi bộ làng Đăk Răng"),
     P("Y Nhang", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Bờ Y")],
    [Q("8 đồn Biên phòng", 8, "đồn Biên phòng"),
     Q("12 xã biên giới", 12, "xã biên giới"),
     Q("64 cán bộ", 64, "cán bộ"),
     Q("45 thôn, làng", 45, "thôn, làng"),
     Q("8 đảng viên", 8, "đảng viên"),
     Q("2.750 ngày công", 2750, "ngày công"),
     Q("38 căn nhà", 38, "căn nhà"),
     Q("hơn 21 km", 21, "km", "over"),
     Q("17 mô hình", 17, "mô hình"),
     Q("52 học sinh", 52, "học sinh"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("1,4 tỷ đồng", 1400000000, "đồng", "approx"),
     Q("15 ha", 15, "ha"),
     Q("100% đồn", 100, "%"),
     Q("6 tập thể", 6, "tập thể"),
     Q("14 cá nhân", 14, "cá nhân")],
    [D("Nghị quyết", "25", "NQ/TW", issuer="Ban Chấp hành Trung ương", surface="Nghị quyết 25-NQ/TW"),
     D("Chỉ thị", "45", "CT/ĐU", issuer="Thường vụ Đảng ủy Bộ đội Biên phòng", surface="Chỉ thị 45-CT/ĐU"),
     D("Chương trình phối hợp", "12", "CTPH", issuer=None, surface="Chương trình phối hợp 12/CTPH")],
    [prov("Kon Tum"), com("Bờ Y"), com("Đắk Nhoong")],
    ["BÁO KON TUM ĐIỆN TỬ", "Quốc phòng - An ninh » Biên phòng",
     "Đại tá A Kiu, Chính ủy Bộ đội Biên phòng tỉnh phát biểu tại hội nghị. Ảnh: Thanh Hà",
     "Dân vận khéo", "Đồn Biên phòng kết nghĩa với làng", "Nâng bước em tới trường", "Đăk Răng",
     "Giẻ Triêng, Brâu, Xơ Đăng", "Lượt đọc: 1.530", "Ia H'Drai"],
    ["Ngày đăng 16/01/2014 | 07:50", "năm 2013", "2010 - 2013", "3 bám, 4 cùng", "Năm 2014", "Sáng 14/1", "Lượt đọc: 1.530"]))

# b730 Hải Dương, Hội CCB tỉnh, giao ban quý III/2014
PAGES.append(page("b730-haiduong-ccb-giaoban-2014", """
Hội Cựu chiến binh tỉnh Hải Dương
Vị trí: Trang chủ >> Tin hoạt động >> Giao ban
Hôm nay: Thứ Hai, 13/10/2014
Thứ Năm, 09/10/2014 - 16:30
Ảnh: Đồng chí Đại tá Vũ Văn Hiểu chủ trì hội nghị giao ban.
Giao ban công tác Hội quý III
Ngày 8/10/2014, Thường trực Hội Cựu chiến binh tỉnh Hải Dương tổ chức hội nghị giao ban công tác Hội quý III/2014 với chủ tịch Hội CCB 12 huyện, thị xã, thành phố và các cơ quan, doanh nghiệp trực thuộc.
Chủ trì hội nghị có Đại tá Vũ Văn Hiểu, UVBCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh; các ông Đặng Văn Thái, Phạm Xuân Dũng - Phó Chủ tịch Hội CCB tỉnh. Dự có đồng chí Nguyễn Thị Kim Liên, Phó Trưởng Ban Dân vận Tỉnh ủy.
Trong quý III, các cấp Hội đã tổ chức cho 14.200 lượt hội viên học tập Chỉ thị 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh; kết nạp 860 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 71.350 người, sinh hoạt ở 1.004 chi hội.
Phong trào "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi" tiếp tục phát triển, toàn tỉnh có 3.645 trang trại, gia trại, doanh nghiệp của hội viên, tạo việc làm cho trên 9.800 lao động. Quỹ "Nghĩa tình đồng đội" các cấp huy động được 1,26 tỷ đồng, hỗ trợ sửa chữa 24 ngôi nhà cho hội viên khó khăn.
Các cấp Hội tham gia hòa giải thành 117 vụ việc ở cơ sở. Hội CCB thị xã Chí Linh phối hợp với Công an thị xã duy trì 36 tổ "Cựu chiến binh tự quản" giữ gìn an ninh trật tự.
Thực hiện Kế hoạch 112-KH/CCB và Kế hoạch 113-KH/CCB của Thường trực Hội CCB tỉnh về tổ chức đại hội Hội CCB cấp cơ sở nhiệm kỳ 2014 - 2017, đến 30/9 đã có 218/265 cơ sở Hội tổ chức xong đại hội. Tại nhiều nơi, hội viên tín nhiệm bầu các đồng chí trẻ, có sức khỏe vào ban chấp hành.
Ông Trịnh Đình Mùi, Chủ tịch Hội CCB huyện Thanh Miện, đề nghị tỉnh hướng dẫn cụ thể việc thực hiện Hướng dẫn 45/HD-CCB của Ban Thường vụ Trung ương Hội về đánh giá, phân loại cơ sở Hội. Ông Lê Quang Sáng, Chủ tịch Hội CCB xã Cẩm Vũ (huyện Cẩm Giàng), vừa được bầu giữ chức Chủ tịch Hội CCB xã nhiệm kỳ mới, chia sẻ việc vận động hội viên hiến 1.200 m2 đất làm đường.
Kết luận hội nghị, Đại tá Vũ Văn Hiểu yêu cầu quý IV các cấp Hội hoàn thành đại hội cơ sở, chuẩn bị tổng kết năm 2014; tiếp tục tham gia xây dựng Đảng, chính quyền vững mạnh.
Minh Hòa
Tin khác
- Hội CCB Kinh Môn trao 15 "Nhà nghĩa tình đồng đội" (30/09/2014)
- Tọa đàm kỷ niệm 25 năm Ngày thành lập Hội CCB Việt Nam (05/09/2014)
- Đại hội Hội CCB xã Hồng Lạc nhiệm kỳ 2014 - 2017 (22/08/2014)
- Hội CCB huyện Nam Sách sơ kết 3 năm thực hiện Chỉ thị của Bộ Chính trị (15/08/2014)
- Cựu chiến binh Ninh Giang làm kinh tế giỏi (08/08/2014)
- Hội CCB tỉnh thăm, tặng quà thương binh nhân Ngày 27/7 (25/07/2014)
- Kiểm tra hoạt động Hội CCB các cơ quan tỉnh (10/07/2014)
- Hội nghị Ban Chấp hành Hội CCB tỉnh lần thứ 9 (02/07/2014)
Trang thông tin điện tử Hội Cựu chiến binh tỉnh Hải Dương. Chịu trách nhiệm nội dung: Thường trực Hội CCB tỉnh. Địa chỉ: số 42, đường Quang Trung, thành phố Hải Dương. Điện thoại: 0320.3852.xxx.
""",
    "2014-10-09", "Giao ban công tác Hội quý III",
    E("giao_ban", "2014-Q3", "2014-10-08"),
    [P("Vũ Văn Hiểu", "Đại tá", "UVBCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
     P("Đặng Văn Thái", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Phạm Xuân Dũng", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Nguyễn Thị Kim Liên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trịnh Đình Mùi", "Chủ tịch Hội CCB huyện Thanh Miện"),
     P("Lê Quang Sáng", "Chủ tịch Hội CCB xã Cẩm Vũ")],
    [Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố"),
     Q("14.200 lượt hội viên", 14200, "lượt hội viên"),
     Q("860 hội viên mới", 860, "hội viên mới"),
     Q("71.350 người", 71350, "người"),
     Q("1.004 chi hội", 1004, "chi hội"),
     Q("3.645 trang trại, gia trại, doanh nghiệp", 3645, "trang trại, gia trại, doanh nghiệp"),
     Q("trên 9.800 lao động", 9800, "lao động", "over"),
     Q("1,26 tỷ đồng", 1260000000, "đồng"),
     Q("24 ngôi nhà", 24, "ngôi nhà"),
     Q("117 vụ việc", 117, "vụ việc"),
     Q("36 tổ", 36, "tổ"),
     Q("218/265 cơ sở Hội", 218, "cơ sở Hội"),
     Q("1.200 m2", 1200, "m2")],
    [D("Chỉ thị", "03", "CT/TW", issuer="Bộ Chính trị", surface="Chỉ thị 03-CT/TW"),
     D("Kế hoạch", "112", "KH/CCB", issuer="Thường trực Hội CCB tỉnh", surface="Kế hoạch 112-KH/CCB"),
     D("Kế hoạch", "113", "KH/CCB", issuer="Thường trực Hội CCB tỉnh", surface="Kế hoạch 113-KH/CCB"),
     D("Hướng dẫn", "45", "HD-CCB", issuer="Ban Thường vụ Trung ương Hội", surface="Hướng dẫn 45/HD-CCB")],
    [prov("Hải Dương"), com("Cẩm Vũ")],
    ["Hội Cựu chiến binh tỉnh Hải Dương", "Vị trí: Trang chủ >> Tin hoạt động >> Giao ban", "Hôm nay: Thứ Hai, 13/10/2014",
     "Ảnh: Đồng chí Đại tá Vũ Văn Hiểu chủ trì hội nghị giao ban.", "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi",
     "Nghĩa tình đồng đội", "Cựu chiến binh tự quản", "Minh Hòa"],
    ["Hôm nay: Thứ Hai, 13/10/2014", "quý III/2014", "quý IV", "nhiệm kỳ 2014 - 2017", "đến 30/9", "năm 2014"]))
