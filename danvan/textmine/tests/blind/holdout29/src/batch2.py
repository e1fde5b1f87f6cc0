"""holdout29 batch2: b659-b664 (2015-2018). Page text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b659
PAGES.append(page(
"b659-kontum-hnd-taphuan-xodang-2015",
"""
HỘI NÔNG DÂN TỈNH KON TUM
Trang chủ :: Hoạt động Hội :: Đào tạo - Bồi dưỡng
Cập nhật lúc 14:05 ngày 16/04/2015
Tập huấn nghiệp vụ cho cán bộ Hội Nông dân cơ sở vùng đồng bào Xơ Đăng
Trong 2 ngày 14 và 15/4, Hội Nông dân tỉnh Kon Tum tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2015 cho 95 cán bộ hội cơ sở của các huyện Tu Mơ Rông, Đăk Tô, Đăk Glei. Đồng chí A Hoa, Phó Chủ tịch Hội Nông dân tỉnh, dự và phát biểu khai mạc.
Học viên lớp tập huấn. Ảnh: Y Thu
Các học viên được ThS. Lê Thị Vân, giảng viên Trường Chính trị tỉnh, truyền đạt Kết luận 61-KL/TW của Ban Bí thư về nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân; Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế - xã hội nông thôn. Ông Trần Đình Huy, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, hướng dẫn kỹ năng xây dựng tổ hợp tác, quản lý nguồn vốn vay.
Theo báo cáo, toàn tỉnh có hơn 78.000 hội viên; năm 2014, Quỹ Hỗ trợ nông dân các cấp đạt hơn 9,6 tỷ đồng, giúp 1.350 hộ hội viên vay vốn trồng sâm dây, cà phê, nuôi heo. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 4.120 hộ đạt danh hiệu các cấp.
Chia sẻ tại lớp học, anh A Blưm, vừa được bầu giữ chức Chủ tịch Hội Nông dân xã Đăk Na, cho biết xã có 6 thôn đồng bào Xơ Đăng, bà con còn quen sản xuất nhỏ lẻ, cán bộ hội phải "cầm tay chỉ việc". Chị Y Nhứ, được điều động làm Phó Chủ tịch Hội Nông dân huyện Tu Mơ Rông từ đầu năm, mong được tập huấn thêm về cách làm dự án vay vốn.
Theo kế hoạch số 18/KH-HND của Ban Thường vụ Hội Nông dân tỉnh, trong năm 2015 sẽ mở thêm 4 lớp tập huấn tương tự cho cán bộ chi hội trưởng ở các huyện vùng sâu. Kết thúc lớp học, 100% học viên đạt yêu cầu.
Ngoài nội dung nghiệp vụ, lớp tập huấn dành một buổi để học viên đi thực tế tại mô hình trồng sâm dây của tổ hợp tác ở xã Đăk Na, nơi 23 hộ hội viên Xơ Đăng liên kết trồng trên 15 ha, mỗi năm cho thu nhập khoảng 120 triệu đồng/hộ. Anh A Khuyên, Tổ trưởng tổ hợp tác, chia sẻ cách giữ giống sâm và thỏa thuận giá bán với thương lái.
Y Thu
Tin cùng chuyên mục
- Hội Nông dân huyện Sa Thầy tổng kết năm 2014 (30/12/2014)
- Trao 12 con bò giống cho hội viên nghèo xã Ngọc Lây (19/11/2014)
- Đăk Glei: nông dân hiến đất làm đường (02/11/2014)
- Tu Mơ Rông: ra mắt chi hội nghề nghiệp trồng sâm dây (20/10/2014)
HỘI NÔNG DÂN TỈNH KON TUM - Địa chỉ: 126 Bà Triệu, thành phố Kon Tum
Điện thoại: (0260) 3862 417. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
"2015-04-16", "Tập huấn nghiệp vụ cho cán bộ Hội Nông dân cơ sở vùng đồng bào Xơ Đăng",
E("tap_huan", "2015", "2015-04-14"),
[P("A Hoa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Vân", "giảng viên Trường Chính trị tỉnh"),
 P("Trần Đình Huy", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("A Blưm", "Chủ tịch Hội Nông dân xã Đăk Na"),
 P("Y Nhứ", "Phó Chủ tịch Hội Nông dân huyện Tu Mơ Rông"),
 P("A Khuyên", "Tổ trưởng tổ hợp tác")],
[Q("95 cán bộ hội cơ sở", 95, "cán bộ hội cơ sở"),
 Q("hơn 78.000 hội viên", 78000, "hội viên", "over"),
 Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("1.350 hộ hội viên", 1350, "hộ hội viên"),
 Q("4.120 hộ", 4120, "hộ"),
 Q("6 thôn", 6, "thôn"),
 Q("4 lớp tập huấn", 4, "lớp tập huấn"),
 Q("100% học viên", 100, "%"),
 Q("23 hộ hội viên Xơ Đăng", 23, "hộ hội viên Xơ Đăng"),
 Q("trên 15 ha", 15, "ha", "over"),
 Q("khoảng 120 triệu đồng/hộ", 120000000, "đồng", "approx")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg"),
 D("Kế hoạch", "18", "KH-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch số 18/KH-HND")],
[prov("Kon Tum"), com("Đăk Na")],
["HỘI NÔNG DÂN TỈNH KON TUM", "Trang chủ :: Hoạt động Hội :: Đào tạo - Bồi dưỡng", "Học viên lớp tập huấn. Ảnh: Y Thu",
 "ThS.", "Quỹ Hỗ trợ nông dân", "cầm tay chỉ việc", "Xơ Đăng", "126 Bà Triệu"],
["Cập nhật lúc 14:05 ngày 16/04/2015", "2 ngày", "một buổi", "mỗi năm", "năm 2015", "năm 2014", "61-KL/TW", "673/QĐ-TTg", "18/KH-HND", "(0260) 3862 417", "126 Bà Triệu"]))

# ---------------------------------------------------------------- b660
PAGES.append(page(
"b660-baclieu-lhpn-soket-h1-2016",
"""
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẠC LIÊU
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
12-07-2016 08:50
Ảnh: Quang cảnh hội nghị sơ kết.
Phụ nữ Bạc Liêu giúp nhau giảm nghèo, giữ gìn hạnh phúc gia đình
Ngày 8/7, Hội LHPN tỉnh Bạc Liêu tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2016, triển khai nhiệm vụ 6 tháng cuối năm. Bà Quách Ngọc Mai, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; các bà Phó Chủ tịch Hội LHPN tỉnh: Lý Thị Huê, Thạch Thị Sa Ly cùng dự.
Bà Quách Ngọc Mai phát biểu chỉ đạo. Ảnh: Ngọc Giàu
Báo cáo cho biết, 6 tháng qua các cấp Hội đã kết nạp 1.240 hội viên mới, nâng tổng số hội viên toàn tỉnh lên hơn 152.000 người. Thực hiện Nghị quyết 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và cuộc vận động "Xây dựng gia đình 5 không, 3 sạch", các cấp Hội vận động được hơn 3,8 tỷ đồng, giúp 186 hộ phụ nữ nghèo có vốn làm ăn, trao 27 mái ấm tình thương cho hội viên khó khăn về nhà ở. Tỷ lệ hộ nghèo có chủ hộ là phụ nữ giảm 1,6% so với cuối năm 2015.
Công tác dạy nghề cho lao động nữ theo Quyết định 295/QĐ-TTg của Thủ tướng Chính phủ được quan tâm, 420 chị em người Khmer, người Hoa được học nghề may, làm bánh, chăm sóc tôm giống.
Tại hội nghị, bà Lâm Thị Phia, Chủ tịch Hội LHPN xã Vĩnh Hậu A, chia sẻ mô hình "tổ phụ nữ Khmer tiết kiệm" với 35 thành viên, mỗi tháng góp 50.000 đồng xoay vòng. Bà Tăng Thị Mỹ Linh, đại diện Hội Tương tế người Hoa thành phố Bạc Liêu, cho biết hội đã vận động bà con người Hoa ủng hộ 60 suất học bổng cho học sinh nghèo.
Phát biểu kết luận, bà Quách Ngọc Mai đề nghị 6 tháng cuối năm các cấp Hội triển khai Kế hoạch 28-KH/HLHPN về hỗ trợ phụ nữ khởi nghiệp, chú trọng vùng đồng bào Khmer; phấn đấu 96,5% chi hội xây dựng được tổ hùn vốn.
Ở huyện Vĩnh Lợi, Hội LHPN huyện phối hợp Hội Đoàn kết sư sãi yêu nước huyện tổ chức 6 buổi tuyên truyền phòng, chống mua bán người cho 540 lượt phụ nữ Khmer tại các chùa. Bà Sơn Thị Kim Ngọc, Phó Chủ tịch Hội LHPN huyện Vĩnh Lợi, cho biết thông qua Sư cả các chùa, thông tin đến với chị em nhanh và dễ hiểu hơn. Dịp này, Hội LHPN tỉnh tặng giấy khen cho 12 tập thể và 19 cá nhân có thành tích trong phong trào thi đua.
Ngọc Giàu
Các tin đã đưa
- Trao 10 mái ấm tình thương ở huyện Hòa Bình (25/06/2016)
- Tập huấn kỹ năng tuyên truyền cho chi hội trưởng (14/05/2016)
- Phụ nữ Khmer Vĩnh Châu học nghề làm bánh (30/04/2016)
- Hội nghị giao ban công tác Hội quý I/2016 (08/04/2016)
Bản quyền thuộc Hội LHPN tỉnh Bạc Liêu. Địa chỉ: số 8 Hòa Bình, phường 1, thành phố Bạc Liêu.
""",
"2016-07-12", "Phụ nữ Bạc Liêu giúp nhau giảm nghèo, giữ gìn hạnh phúc gia đình",
E("so_ket", "2016-H1", "2016-07-08"),
[P("Quách Ngọc Mai", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Huê", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sa Ly", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lâm Thị Phia", "Chủ tịch Hội LHPN xã Vĩnh Hậu A"),
 P("Tăng Thị Mỹ Linh", "đại diện Hội Tương tế người Hoa thành phố Bạc Liêu"),
 P("Sơn Thị Kim Ngọc", "Phó Chủ tịch Hội LHPN huyện Vĩnh Lợi")],
[Q("1.240 hội viên mới", 1240, "hội viên mới"),
 Q("hơn 152.000 người", 152000, "người", "over"),
 Q("hơn 3,8 tỷ đồng", 3800000000, "đồng", "over"),
 Q("186 hộ phụ nữ nghèo", 186, "hộ phụ nữ nghèo"),
 Q("27 mái ấm tình thương", 27, "mái ấm tình thương"),
 Q("1,6%", 1.6, "%"),
 Q("420 chị em", 420, "chị em"),
 Q("35 thành viên", 35, "thành viên"),
 Q("50.000 đồng", 50000, "đồng"),
 Q("60 suất học bổng", 60, "suất học bổng"),
 Q("96,5%", 96.5, "%"),
 Q("6 buổi tuyên truyền", 6, "buổi tuyên truyền"),
 Q("540 lượt phụ nữ Khmer", 540, "lượt phụ nữ Khmer"),
 Q("12 tập thể", 12, "tập thể"),
 Q("19 cá nhân", 19, "cá nhân")],
[D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 11-NQ/TW"),
 D("Quyết định", "295", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 295/QĐ-TTg"),
 D("Kế hoạch", "28", "KH/HLHPN", None, None, "Kế hoạch 28-KH/HLHPN")],
[prov("Bạc Liêu"), com("Vĩnh Hậu A")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẠC LIÊU", "Trang chủ / Tin tức - Sự kiện / Hoạt động Hội", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "Bà Quách Ngọc Mai phát biểu chỉ đạo. Ảnh: Ngọc Giàu", "Xây dựng gia đình 5 không, 3 sạch", "tổ phụ nữ Khmer tiết kiệm",
 "Hội Tương tế người Hoa", "Hội Đoàn kết sư sãi yêu nước", "Sư cả", "Ngọc Giàu", "Hòa Bình, phường 1"],
["12-07-2016 08:50", "6 tháng qua", "6 tháng đầu năm 2016", "6 tháng cuối năm", "5 không, 3 sạch", "năm 2015", "11-NQ/TW", "295/QĐ-TTg", "số 8 Hòa Bình, phường 1"]))

# ---------------------------------------------------------------- b661
PAGES.append(page(
"b661-binhduong-ldld-doithoai-congnhan-2016",
"""
BÁO BÌNH DƯƠNG ONLINE
Thời sự > Công đoàn - Lao động
Thứ Sáu, 02/12/2016 - 19:00
Công nhân được nghe trả lời trực tiếp về nhà trọ, nhà trẻ
Lãnh đạo tỉnh trả lời câu hỏi của công nhân tại hội nghị. Ảnh: Thanh Tâm
Chiều 1/12, Liên đoàn Lao động tỉnh Bình Dương phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với công nhân lao động năm 2016. Ông Lê Hữu Phước, Phó Chủ tịch UBND tỉnh, và bà Nguyễn Thị Kim Oanh, Chủ tịch Liên đoàn Lao động tỉnh, đồng chủ trì. Khoảng 350 công nhân đại diện cho hơn 25 doanh nghiệp trong các khu công nghiệp tham dự.
Trong hơn 3 giờ, công nhân đã nêu 48 ý kiến. Chị Thạch Thị Sa Pho, công nhân một công ty may ở phường Tân Định, quê Trà Vinh, hỏi vì sao chủ nhà trọ vẫn thu tiền điện 3.500 đồng/kWh, cao hơn giá quy định. Anh Phạm Văn Khiêm, công nhân Công ty TNHH Đồ gỗ Phú Thịnh, phản ánh con công nhân khó gửi trẻ vì nhà trẻ gần khu công nghiệp thiếu chỗ.
Trả lời, ông Lê Hữu Phước cho biết tỉnh đã chỉ đạo kiểm tra 1.200 nhà trọ, xử phạt các trường hợp thu giá điện, nước sai quy định; đến năm 2018 tỉnh đưa vào sử dụng thêm 8 nhà trẻ tại các khu, cụm công nghiệp. Ông Ngô Thanh Sơn, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, giải thích việc điều chỉnh lương theo Nghị định 122/2015/NĐ-CP của Chính phủ về mức lương tối thiểu vùng, đồng thời cho biết mức lương tối thiểu vùng I năm 2017 tăng lên 3.750.000 đồng/tháng.
Linh mục Giuse Phạm Văn Tín, Chánh xứ giáo xứ Tân Bình, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, chia sẻ giáo xứ đã mở lớp học tình thương miễn phí cho 120 con em công nhân; đề nghị doanh nghiệp quan tâm hơn đến bữa ăn ca.
Phát biểu kết thúc, bà Nguyễn Thị Kim Oanh cho biết các ý kiến chưa trả lời tại chỗ sẽ được các sở, ngành trả lời bằng văn bản trong 15 ngày. Việc xây dựng quan hệ lao động hài hòa, ổn định tiếp tục thực hiện theo Chỉ thị 22-CT/TW của Ban Bí thư.
Tại hội nghị, bà Nguyễn Thị Kim Oanh thông tin năm 2016 Công đoàn các cấp đã hỗ trợ 1.540 đoàn viên khó khăn với tổng số tiền hơn 2,3 tỷ đồng; xây, sửa 36 "Mái ấm Công đoàn"; tổ chức 112 cuộc đối thoại định kỳ tại doanh nghiệp. Liên đoàn Lao động tỉnh cũng ký kết với 14 siêu thị, cửa hàng để bán hàng bình ổn giá cho công nhân.
Thanh Tâm
Lượt xem: 3.118
Tin liên quan
- Trao 200 "Mái ấm Công đoàn" cho đoàn viên khó khăn (25/11/2016)
- Hơn 2.000 công nhân dự "Ngày hội công nhân" ở Thuận An (13/11/2016)
- Giám sát việc đóng bảo hiểm xã hội tại các doanh nghiệp (28/10/2016)
Báo Bình Dương - Cơ quan của Đảng bộ tỉnh Bình Dương. Tòa soạn: 26 Lê Văn Tám, Phú Cường, Thủ Dầu Một.
Đường dây nóng: 0274.3837 616
""",
"2016-12-02", "Công nhân được nghe trả lời trực tiếp về nhà trọ, nhà trẻ",
E("doi_thoai", "2016", "2016-12-01"),
[P("Lê Hữu Phước", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Kim Oanh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Thạch Thị Sa Pho"),
 P("Phạm Văn Khiêm", "công nhân Công ty TNHH Đồ gỗ Phú Thịnh"),
 P("Ngô Thanh Sơn", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Phạm Văn Tín", "Linh mục", "Chánh xứ giáo xứ Tân Bình", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh")],
[Q("Khoảng 350 công nhân", 350, "công nhân", "approx"),
 Q("hơn 25 doanh nghiệp", 25, "doanh nghiệp", "over"),
 Q("48 ý kiến", 48, "ý kiến"),
 Q("3.500 đồng/kWh", 3500, "đồng"),
 Q("1.200 nhà trọ", 1200, "nhà trọ"),
 Q("8 nhà trẻ", 8, "nhà trẻ"),
 Q("3.750.000 đồng/tháng", 3750000, "đồng"),
 Q("120 con em công nhân", 120, "con em công nhân"),
 Q("1.540 đoàn viên khó khăn", 1540, "đoàn viên khó khăn"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("36 \"Mái ấm Công đoàn\"", 36, "Mái ấm Công đoàn"),
 Q("112 cuộc đối thoại định kỳ", 112, "cuộc đối thoại định kỳ"),
 Q("14 siêu thị, cửa hàng", 14, "siêu thị, cửa hàng")],
[D("Nghị định", "122", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 122/2015/NĐ-CP"),
 D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị 22-CT/TW")],
[prov("Bình Dương"), com("Tân Định")],
["BÁO BÌNH DƯƠNG ONLINE", "Thời sự > Công đoàn - Lao động", "Lãnh đạo tỉnh trả lời câu hỏi của công nhân tại hội nghị. Ảnh: Thanh Tâm",
 "Giuse", "Mái ấm Công đoàn", "Công ty TNHH Đồ gỗ Phú Thịnh", "Trà Vinh", "Lượt xem: 3.118", "Lê Văn Tám"],
["Thứ Sáu, 02/12/2016 - 19:00", "năm 2016", "3 giờ", "năm 2018", "vùng I", "năm 2017", "15 ngày", "122/2015/NĐ-CP", "22-CT/TW", "Lượt xem: 3.118", "0274.3837 616", "26 Lê Văn Tám"]))

# ---------------------------------------------------------------- b662
PAGES.append(page(
"b662-quangngai-bdv-giaoban-thang8-2017",
"""
BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ - Tin hoạt động - Tin trong tỉnh
06.09.2017 | 10:20
Dân vận khéo ở vùng cao, đường về thôn thêm rộng
Ngày 5/9, Ban Dân vận Tỉnh ủy Quảng Ngãi tổ chức giao ban công tác dân vận tháng 8/2017 với ban dân vận các huyện miền núi Ba Tơ, Sơn Tây, Trà Bồng, Minh Long. Chủ trì giao ban có các đồng chí: Đinh Văn Thiết, Nguyễn Thị Thu Hằng - Phó Trưởng Ban Dân vận Tỉnh ủy.
Các đại biểu dự giao ban tháng 8. Ảnh: BDV
Trong tháng 8, thực hiện Quyết định 290-QĐ/TW của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị, các huyện đã vận động đồng bào Hrê, Ca Dong, Cor hiến 4.800 m2 đất, tháo dỡ 64 m tường rào để mở rộng tuyến đường liên thôn. Đồng chí Phạm Văn Đét, HUV, Trưởng Ban Dân vận Huyện ủy Ba Tơ, cho biết huyện có 5 mô hình "Dân vận khéo" mới, trong đó mô hình vận động bỏ tục "người chết chôn theo tài sản" ở thôn Làng Teng được bà con đồng tình.
Một số nơi còn vụ việc phức tạp. Tại xã Sơn Dung (huyện Sơn Tây), khoảng 30 hộ ngăn cản thi công tuyến kênh vì chưa nhận tiền bồi thường hoa màu. Đồng chí Đinh Văn Kiên, Chủ tịch UBND xã Sơn Dung, báo cáo xã đã phối hợp chủ đầu tư chi trả hơn 230 triệu đồng, đối thoại với bà con hai lần, đến nay công trình thi công trở lại. Bà Hồ Thị Nim, người có uy tín thôn Trà Xinh (xã Trà Thủy, huyện Trà Bồng), được mời báo cáo, kể việc cùng cán bộ đến từng nhà vận động.
Đồng chí Đinh Văn Thiết đề nghị trong tháng 9 các huyện tiếp tục thực hiện Kế hoạch 112-KH/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng công tác dân vận ở vùng đồng bào dân tộc thiểu số; nắm chắc tình hình, giải quyết kịp thời 12 ý kiến, kiến nghị còn tồn đọng; không để phát sinh khiếu kiện đông người.
Cũng tại giao ban, đồng chí Nguyễn Thị Thu Hằng thông tin trong tháng 8, toàn tỉnh có 7 vụ khiếu nại đông người, giảm 3 vụ so với tháng trước; ban dân vận các huyện đã phối hợp tham gia tiếp công dân 41 lượt. Ở huyện Minh Long, đồng chí Đinh Thị Mây, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Môn, cho biết xã đã vận động 18 hộ đồng bào Hrê chuyển 9,5 ha đất trồng keo sang trồng lúa nước.
Phạm Nguyên
Bài viết liên quan
- Sơn Tây: 22 hộ hiến đất làm đường vào khu sản xuất (18/08/2017)
- Giao ban công tác dân vận tháng 7/2017 (07/08/2017)
- Minh Long: vận động đồng bào không trồng cây keo trên đất lúa (30/07/2017)
- Trà Bồng: đồng bào Cor góp công làm nhà văn hóa thôn (22/07/2017)
BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI. Địa chỉ: 52 Hùng Vương, thành phố Quảng Ngãi. Điện thoại: 0255.3822 114.
Chịu trách nhiệm nội dung: Văn phòng Ban Dân vận Tỉnh ủy.
""",
"2017-09-06", "Dân vận khéo ở vùng cao, đường về thôn thêm rộng",
E("giao_ban", "2017-08", "2017-09-05"),
[P("Đinh Văn Thiết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Đét", "HUV", "Trưởng Ban Dân vận Huyện ủy Ba Tơ"),
 P("Đinh Văn Kiên", "Chủ tịch UBND xã Sơn Dung"),
 P("Hồ Thị Nim", "người có uy tín thôn Trà Xinh"),
 P("Đinh Thị Mây", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Môn")],
[Q("4.800 m2", 4800, "m2"),
 Q("64 m", 64, "m"),
 Q("5 mô hình", 5, "mô hình"),
 Q("khoảng 30 hộ", 30, "hộ", "approx"),
 Q("hơn 230 triệu đồng", 230000000, "đồng", "over"),
 Q("12 ý kiến, kiến nghị", 12, "ý kiến, kiến nghị"),
 Q("7 vụ khiếu nại đông người", 7, "vụ khiếu nại đông người"),
 Q("3 vụ", 3, "vụ"),
 Q("41 lượt", 41, "lượt"),
 Q("18 hộ đồng bào Hrê", 18, "hộ đồng bào Hrê"),
 Q("9,5 ha", 9.5, "ha")],
[D("Quyết định", "290", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 290-QĐ/TW"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112-KH/TU")],
[prov("Quảng Ngãi"), com("Sơn Dung"), com("Trà Thủy"), com("Long Môn")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ - Tin hoạt động - Tin trong tỉnh",
 "Các đại biểu dự giao ban tháng 8. Ảnh: BDV", "Dân vận khéo", "Làng Teng", "Trà Xinh", "Phạm Nguyên", "Hùng Vương"],
["06.09.2017 | 10:20", "tháng 8/2017", "tháng 8", "tháng 9", "hai lần", "tháng trước", "290-QĐ/TW", "112-KH/TU", "0255.3822 114", "52 Hùng Vương"]))

# ---------------------------------------------------------------- b663
PAGES.append(page(
"b663-dongnai-mttq-tongket-giamsat-2018",
"""
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ › Giám sát và phản biện xã hội
27 tháng 12, 2018 | 16:00
Giám sát "đến nơi đến chốn", người dân tin tưởng hơn
Ngày 26/12, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội năm 2018. Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Lê Thị Hồng Nhung chủ trì hội nghị.
Quang cảnh hội nghị tổng kết. Ảnh: Minh Hải
Năm 2018, Ủy ban MTTQ các cấp trong tỉnh đã chủ trì 1.152 cuộc giám sát, tổ chức 214 hội nghị phản biện xã hội với 5.640 ý kiến đóng góp vào dự thảo văn bản của chính quyền. Ban Thanh tra nhân dân các xã, phường phát hiện 32 vụ việc sai phạm, kiến nghị thu hồi 1,6 tỷ đồng. Hoạt động giám sát bám sát Quyết định 99-QĐ/TW của Ban Bí thư và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận.
Tham luận tại hội nghị, Linh mục Phêrô Nguyễn Văn Khải, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Chánh xứ giáo xứ Thuận Hòa (huyện Trảng Bom), cho biết giáo dân được mời tham gia giám sát thi công công trình đường giao thông ở ấp, chất lượng công trình vì thế tốt hơn. Ông Lâm Cẩm Vinh, Trưởng Ban Đại diện cộng đồng người Hoa thành phố Biên Hòa, đề nghị tăng cường giám sát việc cấp giấy chứng nhận quyền sử dụng đất ở phường Bửu Long. Bà Điểu Thị Hiền, người dân tộc Chơ Ro ở xã Phú Lý (huyện Vĩnh Cửu), thành viên Ban Giám sát đầu tư của cộng đồng xã, kể việc phát hiện nhà thầu đổ bê tông mỏng hơn thiết kế 3 cm.
Bà Lê Thị Hồng Nhung đề nghị năm 2019 mỗi huyện chọn ít nhất 1 nội dung giám sát chuyên đề về môi trường; công khai kết quả giám sát trên loa truyền thanh ấp, khu phố. Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 16 tập thể, 21 cá nhân.
Theo báo cáo, Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng ở 170 xã, phường, thị trấn hoạt động ngày càng thực chất; riêng năm 2018 đã giám sát 486 công trình với tổng vốn hơn 1.250 tỷ đồng. Ông Trương Văn Minh, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, cho biết sẽ tham mưu xây dựng bộ tiêu chí đánh giá hiệu quả giám sát để áp dụng từ năm 2019.
Minh Hải
Lượt xem: 652
Tin cùng chuyên mục
- Phản biện dự thảo quy định giá đất năm 2019 (12/12/2018)
- Giám sát công tác bồi thường dự án sân bay Long Thành (27/11/2018)
- Xuân Lộc: giáo dân tham gia giám sát công trình giao thông (08/11/2018)
- Long Khánh: đối thoại với tiểu thương chợ trung tâm (30/10/2018)
Ủy ban MTTQ Việt Nam tỉnh Đồng Nai - 1597 Phạm Văn Thuận, Biên Hòa. ĐT: 0251.3822 385
""",
"2018-12-27", "Giám sát \"đến nơi đến chốn\", người dân tin tưởng hơn",
E("tong_ket", "2018", "2018-12-26"),
[P("Lê Thị Hồng Nhung", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Khải", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Chánh xứ giáo xứ Thuận Hòa"),
 P("Lâm Cẩm Vinh", "Trưởng Ban Đại diện cộng đồng người Hoa thành phố Biên Hòa"),
 P("Điểu Thị Hiền", "thành viên Ban Giám sát đầu tư của cộng đồng xã"),
 P("Trương Văn Minh", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("1.152 cuộc giám sát", 1152, "cuộc giám sát"),
 Q("214 hội nghị phản biện xã hội", 214, "hội nghị phản biện xã hội"),
 Q("5.640 ý kiến", 5640, "ý kiến"),
 Q("32 vụ việc sai phạm", 32, "vụ việc sai phạm"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"),
 Q("3 cm", 3, "cm"),
 Q("16 tập thể", 16, "tập thể"),
 Q("21 cá nhân", 21, "cá nhân"),
 Q("170 xã, phường, thị trấn", 170, "xã, phường, thị trấn"),
 Q("486 công trình", 486, "công trình"),
 Q("hơn 1.250 tỷ đồng", 1250000000000, "đồng", "over")],
[D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định 99-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Đồng Nai"), com("Bửu Long"), com("Phú Lý")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ › Giám sát và phản biện xã hội", "Quang cảnh hội nghị tổng kết. Ảnh: Minh Hải",
 "đến nơi đến chốn", "Phêrô", "Ban Thanh tra nhân dân", "Chơ Ro", "Minh Hải", "Lượt xem: 652", "Phạm Văn Thuận"],
["27 tháng 12, 2018 | 16:00", "Năm 2018", "năm 2018", "năm 2019", "1 nội dung", "99-QĐ/TW", "15/6/2017", "UBTVQH14", "Lượt xem: 652", "1597 Phạm Văn Thuận", "0251.3822 385"]))

# ---------------------------------------------------------------- b664
PAGES.append(page(
"b664-daknong-bdv-soket-h1-2018",
"""
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Đắk Nông
Bạn đang ở: Trang chủ › Tin tức › Hoạt động Ban Dân vận
Cập nhật: 17:25, 10/07/2018 (GMT+7)
Sơ kết công tác dân vận 6 tháng đầu năm
Đồng chí Điểu Mai Hương phát biểu tại hội nghị.
Sáng 10/7, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2018, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Điểu Mai Hương, TUV, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Y Ngôn, Phó Trưởng Ban Dân vận Tỉnh ủy và lãnh đạo ban dân vận 8 huyện, thị ủy.
Sáu tháng qua, công tác dân vận tập trung vào vùng đồng bào M'nông và đồng bào dân tộc thiểu số di cư tự do. Toàn tỉnh tiếp nhận thêm 214 hộ với 965 khẩu di cư tự do, chủ yếu đến các xã Quảng Trực, Đắk Ngo; cấp ủy, chính quyền đã vận động 96 hộ trở về quê hoặc vào vùng quy hoạch bố trí dân cư. Thực hiện Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp tổ chức 126 cuộc đối thoại với nhân dân.
Mục sư Điểu Krai, Quản nhiệm Chi hội Tin lành Bu Prăng, nói chuyện với tín hữu về việc giữ rừng. Ảnh: Thị Hường
Đồng chí Thị Nhơn, Trưởng Ban Dân vận Huyện ủy Tuy Đức, cho biết mô hình "Bon, buôn không có người vi phạm pháp luật" được nhân rộng ra 17 bon. Tại bon Bu Prăng, Mục sư Điểu Krai cùng Ban Chấp sự chi hội vận động 58 hộ tín đồ cam kết không phá rừng, không tiếp tay cho người lạ mua bán đất rừng. Ông Y Bren, già làng bon Bu N'Đơr, đề nghị tỉnh sớm cấp đất sản xuất cho 40 hộ M'nông thiếu đất.
Kết luận hội nghị, đồng chí Điểu Mai Hương yêu cầu 6 tháng cuối năm thực hiện nghiêm Kế hoạch 07, 08-KH/BDVTU về công tác vận động đồng bào di cư tự do và vận động tín đồ các tôn giáo; quan tâm giải quyết các điểm nóng về tranh chấp đất đai, không để bị động, bất ngờ.
Ban Dân vận Tỉnh ủy cũng phối hợp với Công an tỉnh, Ban Dân tộc tỉnh mở 4 lớp bồi dưỡng kiến thức dân tộc, tôn giáo cho 260 cán bộ cơ sở. Về đạo Tin lành, toàn tỉnh có hơn 42.000 tín đồ, sinh hoạt tại 68 chi hội và điểm nhóm; các hoạt động tôn giáo cơ bản ổn định, tuân thủ pháp luật.
Thị Hường
Lượt xem: 1.432
Tin khác
- Tuy Đức: 40 hộ M'nông được giao đất sản xuất (22/06/2018)
- Hội nghị biểu dương người có uy tín tiêu biểu (15/05/2018)
- Đắk Glong: vận động đồng bào di cư tự do ổn định cuộc sống (03/05/2018)
- Giao ban công tác dân vận quý I/2018 (06/04/2018)
- Đắk Mil: ra mắt mô hình "Dân vận khéo" ở bon Jun Juh (28/03/2018)
Ban Dân vận Tỉnh ủy Đắk Nông - Đường 23/3, phường Nghĩa Trung, thị xã Gia Nghĩa. Điện thoại: 0261.3544 290
""",
"2018-07-10", "Sơ kết công tác dân vận 6 tháng đầu năm",
E("so_ket", "2018-H1", "2018-07-10"),
[P("Điểu Mai Hương", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngôn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Krai", "Mục sư", "Quản nhiệm Chi hội Tin lành Bu Prăng"),
 P("Thị Nhơn", "Trưởng Ban Dân vận Huyện ủy Tuy Đức"),
 P("Y Bren", "già làng bon Bu N'Đơr")],
[Q("8 huyện, thị ủy", 8, "huyện, thị ủy"),
 Q("214 hộ", 214, "hộ"),
 Q("965 khẩu", 965, "khẩu"),
 Q("96 hộ", 96, "hộ"),
 Q("126 cuộc đối thoại", 126, "cuộc đối thoại"),
 Q("17 bon", 17, "bon"),
 Q("58 hộ tín đồ", 58, "hộ tín đồ"),
 Q("40 hộ M'nông", 40, "hộ M'nông"),
 Q("4 lớp bồi dưỡng", 4, "lớp bồi dưỡng"),
 Q("260 cán bộ cơ sở", 260, "cán bộ cơ sở"),
 Q("hơn 42.000 tín đồ", 42000, "tín đồ", "over"),
 Q("68 chi hội và điểm nhóm", 68, "chi hội và điểm nhóm")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Kế hoạch", "07", "KH/BDVTU", None, None, "Kế hoạch 07, 08-KH/BDVTU"),
 D("Kế hoạch", "08", "KH/BDVTU", None, None, "Kế hoạch 07, 08-KH/BDVTU")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Ngo")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Đắk Nông", "Bạn đang ở: Trang chủ › Tin tức › Hoạt động Ban Dân vận",
 "Đồng chí Điểu Mai Hương phát biểu tại hội nghị.",
 "Mục sư Điểu Krai, Quản nhiệm Chi hội Tin lành Bu Prăng, nói chuyện với tín hữu về việc giữ rừng. Ảnh: Thị Hường",
 "Bon, buôn không có người vi phạm pháp luật", "Ban Chấp sự", "Bu N'Đơr", "Lượt xem: 1.432", "Đường 23/3, phường Nghĩa Trung"],
["Cập nhật: 17:25, 10/07/2018 (GMT+7)", "6 tháng đầu năm", "6 tháng đầu năm 2018", "6 tháng cuối năm", "Sáu tháng qua", "114-KL/TW", "Lượt xem: 1.432", "Đường 23/3", "0261.3544 290"]))
