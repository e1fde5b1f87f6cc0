from lib import *
PAGES = []

PAGES.append(page("b1577-cantho-phongdien-tongket-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG ĐIỀN - TP. CẦN THƠ
Trang chủ / Tin tức / Tin Đảng - Đoàn thể
Thứ Sáu, 30/12/2022 - 08:30
Toàn cảnh hội nghị.
Phong Điền: Khối dân vận hoàn thành tốt nhiệm vụ năm 2022
Sáng ngày 28/12, Ban Dân vận Huyện ủy Phong Điền tổ chức hội nghị tổng kết công tác dân vận, Mặt trận, đoàn thể năm 2022 và triển khai phương hướng, nhiệm vụ năm 2023. Dự hội nghị có đồng chí Nguyễn Thị Kim Loan, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy Cần Thơ; đồng chí Nguyễn Văn Nhựt, Thành ủy viên, Bí thư Huyện ủy Phong Điền. Chủ trì hội nghị có đồng chí Lê Thị Thúy Hằng, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Năm 2022, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Chương trình hành động số 12-CTr/HU thực hiện Kết luận số 114-KL/TW ngày 14/7/2021 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của chính quyền các cấp; Kế hoạch số 45, 46-KH/HU về thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2021-2025 và về công tác dân vận trong xây dựng nông thôn mới kiểu mẫu.
Khối dân vận các cấp vận động nhân dân đóng góp trên 18,7 tỷ đồng, hiến 42.600 m2 đất để làm 36 km đường, 24 cây cầu giao thông nông thôn; xây dựng và sửa chữa 87 căn nhà Đại đoàn kết, nhà tình nghĩa. Toàn huyện có 348 mô hình "Dân vận khéo" được công nhận, trong đó 64 mô hình cấp huyện. Hộ nghèo còn 1,12%. Các xã Mỹ Khánh, Nhơn Ái, Giai Xuân đạt chuẩn nông thôn mới nâng cao.
Tại hội nghị, các ý kiến tham luận tập trung làm rõ những cách làm hay. Bà Trần Thị Ngọc Hân, Chủ tịch Hội Liên hiệp Phụ nữ huyện, giới thiệu mô hình "Tiết kiệm xanh" giúp 126 hội viên nghèo có vốn làm ăn; ông Võ Minh Triều, Bí thư Đảng ủy, Chủ tịch HĐND xã Trường Long, chia sẻ kinh nghiệm vận động 54 hộ di dời nhà ven sông để làm kè chống sạt lở.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Nhựt đề nghị năm 2023 khối dân vận tiếp tục thực hiện Nghị quyết số 07-NQ/HU của Ban Chấp hành Đảng bộ huyện về xây dựng khối đại đoàn kết toàn dân tộc giai đoạn 2021-2025; kịp thời nắm tình hình tư tưởng nhân dân trong thực hiện dự án đường Vành đai phía Tây thành phố.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 9 tập thể, 14 cá nhân; Ủy ban MTTQ Việt Nam thành phố Cần Thơ tặng bằng khen cho 3 tập thể.
Thanh Tâm - Trung tâm Văn hóa - Thể thao
Lượt xem: 812
Tin liên quan
- Hội nghị giao ban khối dân vận quý III năm 2022 (07/10/2022)
- Phong Điền ra mắt 5 mô hình "Dân vận khéo" cấp huyện (19/09/2022)
- Trường Long: Khánh thành cầu Rạch Cam (02/09/2022)
""", "2022-12-30", "Phong Điền: Khối dân vận hoàn thành tốt nhiệm vụ năm 2022",
E("tong_ket", "2022", "2022-12-28"),
[P("Nguyễn Thị Kim Loan", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy Cần Thơ"),
 P("Nguyễn Văn Nhựt", "Thành ủy viên", "Bí thư Huyện ủy Phong Điền"),
 P("Lê Thị Thúy Hằng", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Thị Ngọc Hân", "Chủ tịch Hội Liên hiệp Phụ nữ huyện"),
 P("Võ Minh Triều", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Trường Long")],
[Q("trên 18,7 tỷ đồng", 18700000000, "đồng", "over"), Q("42.600 m2", 42600, "m2"), Q("36 km", 36, "km"),
 Q("24 cây cầu giao thông nông thôn", 24, "cây cầu giao thông nông thôn"),
 Q("87 căn nhà Đại đoàn kết, nhà tình nghĩa", 87, "căn nhà Đại đoàn kết, nhà tình nghĩa"), Q("348 mô hình", 348, "mô hình"),
 Q("64 mô hình cấp huyện", 64, "mô hình cấp huyện"), Q("1,12%", 1.12, "%"), Q("126 hội viên nghèo", 126, "hội viên nghèo"),
 Q("54 hộ", 54, "hộ"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("3 tập thể", 3, "tập thể")],
[D("Chương trình hành động", "12", "CTr/HU", None, "Ban Thường vụ Huyện ủy", "Chương trình hành động số 12-CTr/HU"),
 D("Kết luận", "114", "KL/TW", "2021-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2021 của Ban Bí thư"),
 D("Kế hoạch", "45", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 45, 46-KH/HU"),
 D("Kế hoạch", "46", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 45, 46-KH/HU"),
 D("Nghị quyết", "07", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 07-NQ/HU của Ban Chấp hành Đảng bộ huyện")],
[prov("Cần Thơ"), com("Mỹ Khánh"), com("Nhơn Ái"), com("Giai Xuân"), com("Trường Long")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG ĐIỀN - TP. CẦN THƠ", "Trang chủ / Tin tức / Tin Đảng - Đoàn thể", "Toàn cảnh hội nghị.",
 "Dân vận khéo", "Tiết kiệm xanh", "Lượt xem: 812"],
["Thứ Sáu, 30/12/2022 - 08:30", "năm 2022", "năm 2023", "giai đoạn 2021-2025", "Lượt xem: 812"]))

PAGES.append(page("b1578-hoabinh-lacson-giaoban-thang9-2022", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN LẠC SƠN
Bạn đang ở: Trang chủ » Tin hoạt động » Khối Dân vận
30/09/2022 16:05
Giao ban công tác dân vận tháng 9
Chiều 29/9/2022, Thường trực Huyện ủy Lạc Sơn (Hòa Bình) chủ trì hội nghị giao ban công tác dân vận tháng 9, triển khai nhiệm vụ tháng 10 năm 2022. Chủ trì hội nghị có đồng chí Bùi Văn Cửu, Phó Bí thư Thường trực Huyện ủy. Cùng dự có đồng chí Quách Thị Hường, HUV, Trưởng Ban Dân vận Huyện ủy; các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện: Bùi Thị Thanh, Đinh Công Sáng; lãnh đạo các đoàn thể chính trị - xã hội và Trưởng khối dân vận 24 xã, thị trấn.
Đồng chí Bùi Văn Cửu phát biểu chỉ đạo hội nghị.
Trong tháng 9/2022, khối dân vận đã phối hợp tổ chức các hoạt động chào mừng 92 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam; tuyên truyền, vận động đồng bào Mường thực hiện Nghị quyết số 10-NQ/HU ngày 12/5/2021 của Ban Chấp hành Đảng bộ huyện về bảo tồn, phát huy bản sắc văn hóa dân tộc Mường giai đoạn 2021-2025. Các đoàn thể phối hợp Ngân hàng Chính sách xã hội giải ngân 5,36 tỷ đồng cho 112 hộ vay vốn.
Công tác vận động nhân dân hiến đất làm đường tránh Quốc lộ 12B qua thị trấn Vụ Bản đạt nhiều kết quả: đã có 46/52 hộ đồng thuận bàn giao mặt bằng, trong đó 19 hộ tự nguyện hiến 1.250 m2 đất. Ban Dân vận Huyện ủy cũng đã tiếp 5 lượt công dân, hướng dẫn gửi đơn đến cơ quan có thẩm quyền.
Đáng chú ý, trong tháng, Ủy ban MTTQ huyện phối hợp các đoàn thể vận động được 1.080 ngày công, hơn 320 triệu đồng để sửa chữa 7 nhà văn hóa xóm bị hư hỏng sau đợt mưa lũ đầu tháng 9. Hội Cựu chiến binh huyện ra mắt thêm 2 tổ tự quản bảo vệ an ninh trật tự tại xã Mỹ Thành và xã Văn Sơn; Huyện Đoàn tổ chức cho 350 đoàn viên tham gia phát quang, vệ sinh đường làng.
Tại hội nghị, ông Bùi Văn Hưởng, Bí thư Đảng ủy xã Tân Lập, phản ánh việc một số hộ dân xóm Đồi Bài chưa đồng thuận với phương án bồi thường; bà Bùi Thị Hoa, Chủ tịch Hội Nông dân huyện, đề nghị UBND huyện sớm phân bổ nguồn vốn hỗ trợ phát triển sản xuất theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Kết luận giao ban, đồng chí Bùi Văn Cửu đề nghị tháng 10, khối dân vận tập trung thực hiện Kế hoạch số 137-KH/HU của Huyện ủy về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022 ở 285 khu dân cư; chuẩn bị sơ kết 1 năm thực hiện Kết luận số 114-KL/TW; nắm chắc tình hình, không để phát sinh điểm nóng ở khu vực dự án.
Bùi Minh
Lượt xem: 263
Tin khác
- Lạc Sơn: Trao 10 nhà Đại đoàn kết cho hộ nghèo (21/09/2022)
- Xã Tân Lập ra mắt mô hình "Dân vận khéo" (12/09/2022)
- Giao ban công tác dân vận tháng 8 (30/08/2022)
- Hội nghị tập huấn công tác dân vận chính quyền (18/08/2022)
""", "2022-09-30", "Giao ban công tác dân vận tháng 9",
E("giao_ban", "2022-09", "2022-09-29"),
[P("Bùi Văn Cửu", "Phó Bí thư Thường trực Huyện ủy"),
 P("Quách Thị Hường", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Bùi Thị Thanh", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Đinh Công Sáng", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Bùi Văn Hưởng", "Bí thư Đảng ủy xã Tân Lập"),
 P("Bùi Thị Hoa", "Chủ tịch Hội Nông dân huyện")],
[Q("24 xã, thị trấn", 24, "xã, thị trấn"), Q("5,36 tỷ đồng", 5360000000, "đồng"), Q("112 hộ", 112, "hộ"),
 Q("46/52 hộ", 46, "hộ"), Q("19 hộ", 19, "hộ"), Q("1.250 m2", 1250, "m2"), Q("5 lượt công dân", 5, "lượt công dân"),
 Q("1.080 ngày công", 1080, "ngày công"), Q("hơn 320 triệu đồng", 320000000, "đồng", "over"),
 Q("7 nhà văn hóa xóm", 7, "nhà văn hóa xóm"), Q("2 tổ tự quản bảo vệ an ninh trật tự", 2, "tổ tự quản bảo vệ an ninh trật tự"),
 Q("350 đoàn viên", 350, "đoàn viên"), Q("285 khu dân cư", 285, "khu dân cư")],
[D("Nghị quyết", "10", "NQ/HU", "2021-05-12", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 10-NQ/HU ngày 12/5/2021 của Ban Chấp hành Đảng bộ huyện"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "137", "KH/HU", None, "Huyện ủy", "Kế hoạch số 137-KH/HU của Huyện ủy"),
 D("Kết luận", "114", "KL/TW", None, None, "Kết luận số 114-KL/TW")],
[prov("Hòa Bình"), com("Vụ Bản"), com("Mỹ Thành"), com("Văn Sơn"), com("Tân Lập")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN LẠC SƠN", "Bạn đang ở: Trang chủ » Tin hoạt động » Khối Dân vận",
 "Đồng chí Bùi Văn Cửu phát biểu chỉ đạo hội nghị.", "Ngày hội Đại đoàn kết toàn dân tộc", "Ngân hàng Chính sách xã hội",
 "Quốc lộ 12B", "Lượt xem: 263"],
["30/09/2022 16:05", "tháng 9", "tháng 10 năm 2022", "92 năm", "giai đoạn 2021-2025", "1 năm", "Quốc lộ 12B", "Lượt xem: 263"]))

PAGES.append(page("b1579-quangnam-nuithanh-daihoi-hnd-2023", """
Cổng thông tin điện tử huyện Núi Thành - Quảng Nam
Trang chủ - Tin tức sự kiện - Mặt trận, đoàn thể
Ngày 16/06/2023 | 09:45
Ảnh: Ban Chấp hành Hội Nông dân huyện khóa XI ra mắt Đại hội.
Đại hội đại biểu Hội Nông dân huyện Núi Thành lần thứ XI
Trong 2 ngày 14 và 15/6/2023, Hội Nông dân huyện Núi Thành tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023-2028. Về dự Đại hội có đồng chí Đinh Văn Thu, Phó Chủ tịch Hội Nông dân tỉnh Quảng Nam; đồng chí Trần Văn Tân, Tỉnh ủy viên, Bí thư Huyện ủy Núi Thành cùng 150 đại biểu đại diện cho hơn 14.600 hội viên nông dân trong huyện.
Nhiệm kỳ 2018-2023, các cấp Hội đã vận động 3.840 hộ đăng ký danh hiệu hộ sản xuất, kinh doanh giỏi các cấp; phối hợp giải ngân trên 96 tỷ đồng vốn vay ưu đãi cho 2.156 hộ hội viên; Quỹ Hỗ trợ nông dân tăng trưởng lên 5,4 tỷ đồng. Hội đã tham gia xây dựng 12 chi hội nghề nghiệp, 8 tổ hợp tác và 3 hợp tác xã; vận động hội viên hiến 21.000 m2 đất, đóng góp hơn 7 tỷ đồng xây dựng nông thôn mới. Xã Tam Xuân 1, xã Tam Anh Nam được công nhận đạt chuẩn nông thôn mới nâng cao.
Phát biểu chỉ đạo, đồng chí Trần Văn Tân đề nghị Hội tiếp tục thực hiện Kết luận số 61-KL/TW của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam" và Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ về phối hợp giữa các bộ, ngành, UBND các cấp với Hội Nông dân; phát huy vai trò nông dân trong phát triển kinh tế tập thể, chuỗi liên kết sản xuất.
Tham luận tại Đại hội, ông Nguyễn Tấn Hùng, Chủ tịch Hội Nông dân xã Tam Mỹ Tây, chia sẻ mô hình liên kết trồng keo gỗ lớn của 42 hộ trên diện tích 80 ha; bà Lê Thị Kim Chi, hội viên thôn Phú Quý, xã Tam Anh Nam, giới thiệu mô hình nuôi tôm công nghệ cao cho lợi nhuận trên 600 triệu đồng mỗi năm.
Đại hội đã bầu Ban Chấp hành Hội Nông dân huyện khóa XI gồm 25 ủy viên. Ông Phan Văn Ngọc được bầu giữ chức Chủ tịch Hội Nông dân huyện; các ông, bà Lương Thị Hạnh, Huỳnh Tấn Thạnh giữ chức Phó Chủ tịch. Đại hội bầu 9 đại biểu đi dự Đại hội đại biểu Hội Nông dân tỉnh Quảng Nam lần thứ XI.
Đại hội đề ra mục tiêu nhiệm kỳ mới: hằng năm có 55% hộ hội viên đăng ký danh hiệu sản xuất, kinh doanh giỏi; mỗi năm phát triển thêm 3 hợp tác xã nông nghiệp.
Hoàng Liên
Lượt xem: 541
Tin cùng chuyên mục
- Đại hội Hội Nông dân xã Tam Hiệp nhiệm kỳ 2023-2028 (25/04/2023)
- Trao 30 con bò giống cho hội viên nghèo (10/04/2023)
- Núi Thành: Sơ kết phong trào nông dân thi đua sản xuất giỏi (22/03/2023)
""", "2023-06-16", "Đại hội đại biểu Hội Nông dân huyện Núi Thành lần thứ XI",
E("dai_hoi", None, "2023-06-14"),
[P("Đinh Văn Thu", "Phó Chủ tịch Hội Nông dân tỉnh Quảng Nam"),
 P("Trần Văn Tân", "Tỉnh ủy viên", "Bí thư Huyện ủy Núi Thành"),
 P("Nguyễn Tấn Hùng", "Chủ tịch Hội Nông dân xã Tam Mỹ Tây"),
 P("Lê Thị Kim Chi", "hội viên thôn Phú Quý"),
 P("Phan Văn Ngọc", "Chủ tịch Hội Nông dân huyện"),
 P("Lương Thị Hạnh", "Phó Chủ tịch"),
 P("Huỳnh Tấn Thạnh", "Phó Chủ tịch")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 14.600 hội viên nông dân", 14600, "hội viên nông dân", "over"),
 Q("3.840 hộ", 3840, "hộ"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("2.156 hộ hội viên", 2156, "hộ hội viên"),
 Q("5,4 tỷ đồng", 5400000000, "đồng"), Q("12 chi hội nghề nghiệp", 12, "chi hội nghề nghiệp"), Q("8 tổ hợp tác", 8, "tổ hợp tác"),
 Q("3 hợp tác xã", 3, "hợp tác xã"), Q("21.000 m2", 21000, "m2"), Q("hơn 7 tỷ đồng", 7000000000, "đồng", "over"),
 Q("42 hộ", 42, "hộ"), Q("80 ha", 80, "ha"), Q("trên 600 triệu đồng", 600000000, "đồng", "over"), Q("25 ủy viên", 25, "ủy viên"),
 Q("9 đại biểu", 9, "đại biểu"), Q("55%", 55, "%"), Q("3 hợp tác xã nông nghiệp", 3, "hợp tác xã nông nghiệp")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW của Ban Bí thư"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Quảng Nam"), com("Tam Xuân 1"), com("Tam Anh Nam"), com("Tam Mỹ Tây")],
["Cổng thông tin điện tử huyện Núi Thành - Quảng Nam", "Trang chủ - Tin tức sự kiện - Mặt trận, đoàn thể",
 "Ảnh: Ban Chấp hành Hội Nông dân huyện khóa XI ra mắt Đại hội.", "Quỹ Hỗ trợ nông dân",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam",
 "Lượt xem: 541"],
["Ngày 16/06/2023 | 09:45", "2 ngày", "lần thứ XI", "nhiệm kỳ 2023-2028", "Nhiệm kỳ 2018-2023", "Lượt xem: 541"]))

PAGES.append(page("b1580-vinhlong-tambinh-khac-2023", """
Báo Vĩnh Long Online
Trang chủ > Chính trị > Dân vận khéo
Cập nhật: 13/10/2023 - 07:10
Hiệu quả từ mô hình "Tuyến đường nông thôn sáng - xanh - sạch - đẹp" ở Tân Lộc
Về xã Tân Lộc (huyện Tam Bình) hôm nay, dọc các tuyến đường liên ấp là những hàng cây xanh, hàng rào hoa dâm bụt, đèn chiếu sáng được lắp đặt đều đặn. Đó là kết quả của mô hình "Tuyến đường nông thôn sáng - xanh - sạch - đẹp" do Ban Dân vận Đảng ủy xã phối hợp Ủy ban MTTQ xã triển khai từ năm 2021.
Ảnh: Người dân ấp Tân Thuận chăm sóc hàng rào hoa trên tuyến đường tự quản.
Theo ông Huỳnh Văn Đẹp, Phó Bí thư Thường trực Đảng ủy, Trưởng Ban Dân vận Đảng ủy xã Tân Lộc, mô hình được xây dựng theo Kế hoạch số 21-KH/ĐU ngày 15/3/2021 của Đảng ủy xã, gắn với thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy Vĩnh Long về tăng cường sự lãnh đạo của Đảng đối với xây dựng nông thôn mới nâng cao. Ban đầu, xã chọn 2 tuyến đường ở ấp Tân Thuận và ấp Tân Hòa để làm điểm.
"Khó nhất là vận động bà con dời hàng rào, chặt bỏ cây tạp lấn ra đường. Chúng tôi phân công đảng viên, cán bộ Mặt trận, hội viên các đoàn thể phụ trách từng đoạn, đến từng nhà nói chuyện. Nhà nào làm trước, làm đẹp thì được nêu gương trên loa truyền thanh ấp", ông Đẹp chia sẻ.
Sau hơn 2 năm, toàn xã đã có 14 tuyến đường với tổng chiều dài 23,5 km được công nhận đạt tiêu chí "sáng - xanh - sạch - đẹp". Người dân đã tự nguyện hiến hơn 3.200 m2 đất mở rộng lề đường, trồng 6.800 cây hoa kiểng, lắp 412 bóng đèn chiếu sáng với tổng kinh phí trên 1,2 tỷ đồng, trong đó nhân dân đóng góp khoảng 85%. Mỗi tuyến đường có 1 tổ tự quản gồm 9 thành viên.
Bà Nguyễn Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Lộc cho biết, cuối năm 2022, xã đã tổ chức chấm điểm, khen thưởng 5 tuyến đường tiêu biểu, mỗi tuyến được thưởng 3 triệu đồng. Nguồn kinh phí này được các tổ tự quản dùng để mua thêm cây giống, thay bóng đèn hư.
Ông Trần Văn Bé Tư, 71 tuổi, ấp Tân Thuận, hộ đầu tiên hiến gần 100 m2 đất làm lề đường, vui vẻ nói: "Đường đẹp, sạch thì con cháu đi học an toàn, mình cũng vui. Của một chút mà được cả xóm".
Mô hình đã được Ban Thường vụ Huyện ủy Tam Bình công nhận là mô hình "Dân vận khéo" cấp huyện năm 2022 và đang được nhân rộng ra các xã Mỹ Thạnh Trung, Hòa Lộc.
Theo bà Lê Thị Thu Hằng, Phó Trưởng Ban Dân vận Huyện ủy Tam Bình, đến nay toàn huyện đã có 96 tuyến đường "sáng - xanh - sạch - đẹp" với chiều dài gần 150 km.
Bài, ảnh: Thảo Ly
Tin liên quan
- Tam Bình: Sơ kết 5 năm phong trào thi đua "Dân vận khéo" (05/10/2023)
- Vĩnh Long: 9 tháng năm 2023 có hơn 1.000 mô hình "Dân vận khéo" (28/09/2023)
- Mang Thít: Người dân góp tiền làm cầu (19/09/2023)
""", "2023-10-13", 'Hiệu quả từ mô hình "Tuyến đường nông thôn sáng - xanh - sạch - đẹp" ở Tân Lộc',
E("khac", None, None),
[P("Huỳnh Văn Đẹp", "Phó Bí thư Thường trực Đảng ủy", "Trưởng Ban Dân vận Đảng ủy xã Tân Lộc"),
 P("Nguyễn Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Lộc"),
 P("Trần Văn Bé Tư"),
 P("Lê Thị Thu Hằng", "Phó Trưởng Ban Dân vận Huyện ủy Tam Bình")],
[Q("2 tuyến đường", 2, "tuyến đường"), Q("14 tuyến đường", 14, "tuyến đường"), Q("23,5 km", 23.5, "km"),
 Q("hơn 3.200 m2", 3200, "m2", "over"), Q("6.800 cây hoa kiểng", 6800, "cây hoa kiểng"), Q("412 bóng đèn chiếu sáng", 412, "bóng đèn chiếu sáng"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("khoảng 85%", 85, "%", "approx"), Q("9 thành viên", 9, "thành viên"),
 Q("5 tuyến đường tiêu biểu", 5, "tuyến đường tiêu biểu"), Q("3 triệu đồng", 3000000, "đồng"), Q("gần 100 m2", 100, "m2", "approx"),
 Q("96 tuyến đường", 96, "tuyến đường"), Q("gần 150 km", 150, "km", "approx")],
[D("Kế hoạch", "21", "KH/ĐU", "2021-03-15", "Đảng ủy xã", "Kế hoạch số 21-KH/ĐU ngày 15/3/2021 của Đảng ủy xã"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Vĩnh Long", "Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy Vĩnh Long")],
[prov("Vĩnh Long"), com("Tân Lộc"), com("Mỹ Thạnh Trung"), com("Hòa Lộc")],
["Báo Vĩnh Long Online", "Trang chủ > Chính trị > Dân vận khéo", "Ảnh: Người dân ấp Tân Thuận chăm sóc hàng rào hoa trên tuyến đường tự quản.",
 "Tuyến đường nông thôn sáng - xanh - sạch - đẹp", "Dân vận khéo"],
["Cập nhật: 13/10/2023 - 07:10", "năm 2021", "hơn 2 năm", "71 tuổi", "năm 2022", "1 tổ tự quản"]))

PAGES.append(page("b1581-thainguyen-dinhhoa-traoqua-2024", """
ĐÀI TRUYỀN THANH - TRUYỀN HÌNH ĐỊNH HÓA
Tin tức » Xã hội
02/02/2024 - 17:25
Mang Tết ấm đến với đồng bào Dao, Tày xã Linh Thông
Sáng 01/02, Ban Dân vận Tỉnh ủy Thái Nguyên phối hợp Công ty cổ phần Gang thép Thái Nguyên và Ủy ban MTTQ huyện Định Hóa trao 350 suất quà Tết Giáp Thìn cho hộ nghèo, hộ cận nghèo, gia đình chính sách tại xã Linh Thông và xã Quy Kỳ.
Đồng chí Hà Thị Bích Ngọc (thứ ba từ phải) trao quà cho các hộ nghèo.
Tới dự và trao quà có các đồng chí: Hà Thị Bích Ngọc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Ma Văn Hùng, Phó Chủ tịch UBND huyện Định Hóa; Nông Thị Hương, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Mỗi suất quà trị giá 700.000 đồng, gồm 500.000 đồng tiền mặt và các nhu yếu phẩm; tổng trị giá quà trao đợt này là 245 triệu đồng, do cán bộ, đảng viên khối dân vận tỉnh và doanh nghiệp đóng góp theo Chương trình "Tết vì người nghèo và nạn nhân chất độc da cam". Ngoài ra, đoàn còn trao 20 chiếc xe đạp cho học sinh nghèo vượt khó và 1 nhà Đại đoàn kết trị giá 60 triệu đồng cho gia đình anh Hoàng Văn Sinh, xóm Khau Lai.
Theo báo cáo của UBND xã Linh Thông, xã có 1.118 hộ, trong đó người Tày, Dao chiếm trên 85% dân số; tỷ lệ hộ nghèo cuối năm 2023 còn 9,6%, giảm 3,4% so với năm 2022. Những năm qua, xã đã tập trung thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, hỗ trợ 75 hộ phát triển chè, 42 hộ nuôi trâu, bò sinh sản.
Phát biểu tại buổi trao quà, đồng chí Hà Thị Bích Ngọc chúc bà con đón Tết an vui, đầm ấm; mong cấp ủy, chính quyền xã tiếp tục thực hiện hiệu quả Nghị quyết số 22-NQ/TU ngày 30/6/2021 của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững giai đoạn 2021-2025 và phát huy vai trò người có uy tín trong cộng đồng.
Thay mặt các hộ nhận quà, ông Triệu Tiến Chìu, người có uy tín xóm Khau Lai, xã Linh Thông, cảm ơn sự quan tâm của tỉnh, hứa sẽ vận động con cháu chăm chỉ làm ăn, giữ gìn an ninh trật tự thôn xóm.
Cùng ngày, đoàn đến thăm, chúc Tết các gia đình chính sách tiêu biểu trên địa bàn thị trấn Chợ Chu; dâng hương tưởng niệm các Anh hùng liệt sĩ tại Khu Di tích quốc gia đặc biệt ATK Định Hóa.
Dịp Tết Nguyên đán Giáp Thìn 2024, toàn huyện Định Hóa đã vận động trên 3,5 tỷ đồng, trao hơn 7.200 suất quà cho người nghèo và đối tượng chính sách.
Minh Tiến
Lượt xem: 377
Tin khác
- Định Hóa: Hội nghị tổng kết công tác dân vận năm 2023 (27/12/2023)
- Trao 15 nhà Đại đoàn kết cho hộ nghèo xã Phú Đình (15/12/2023)
- Ngày hội Đại đoàn kết toàn dân tộc ở xóm Nà Mòn (16/11/2023)
- Gặp mặt người có uy tín huyện Định Hóa (08/11/2023)
""", "2024-02-02", "Mang Tết ấm đến với đồng bào Dao, Tày xã Linh Thông",
E("trao_qua", None, "2024-02-01"),
[P("Hà Thị Bích Ngọc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Văn Hùng", "Phó Chủ tịch UBND huyện Định Hóa"),
 P("Nông Thị Hương", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hoàng Văn Sinh"),
 P("Triệu Tiến Chìu", "người có uy tín xóm Khau Lai")],
[Q("350 suất quà", 350, "suất quà"), Q("700.000 đồng", 700000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("245 triệu đồng", 245000000, "đồng"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("1.118 hộ", 1118, "hộ"), Q("trên 85%", 85, "%", "over"), Q("9,6%", 9.6, "%"), Q("3,4%", 3.4, "%"), Q("75 hộ", 75, "hộ"),
 Q("42 hộ", 42, "hộ"), Q("trên 3,5 tỷ đồng", 3500000000, "đồng", "over"), Q("hơn 7.200 suất quà", 7200, "suất quà", "over")],
[D("Nghị quyết", "22", "NQ/TU", "2021-06-30", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 22-NQ/TU ngày 30/6/2021 của Ban Chấp hành Đảng bộ tỉnh")],
[prov("Thái Nguyên"), com("Linh Thông"), com("Quy Kỳ"), com("Chợ Chu")],
["ĐÀI TRUYỀN THANH - TRUYỀN HÌNH ĐỊNH HÓA", "Tin tức » Xã hội", "Đồng chí Hà Thị Bích Ngọc (thứ ba từ phải) trao quà cho các hộ nghèo.",
 "Tết vì người nghèo và nạn nhân chất độc da cam", "Công ty cổ phần Gang thép Thái Nguyên",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Khu Di tích quốc gia đặc biệt ATK Định Hóa", "Lượt xem: 377"],
["02/02/2024 - 17:25", "Tết Giáp Thìn", "năm 2023", "năm 2022", "giai đoạn 2021-2025", "1 nhà Đại đoàn kết", "Lượt xem: 377"]))

PAGES.append(page("b1582-khanhhoa-bdv-soket-2024", """
BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA
Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban
Ngày 19/07/2024 10:50
Ảnh: Đồng chí Phan Thị Thanh Nga phát biểu kết luận hội nghị.
Khối dân vận tỉnh sơ kết công tác 6 tháng đầu năm 2024
Ngày 18/7, Ban Dân vận Tỉnh ủy Khánh Hòa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Phan Thị Thanh Nga, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội và Trưởng Ban Dân vận các huyện, thị, thành ủy, Đảng ủy trực thuộc.
Theo báo cáo, 6 tháng đầu năm, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 38-CT/TU ngày 12/3/2024 về tăng cường công tác dân vận trong thực hiện các dự án trọng điểm và Kế hoạch số 214-KH/TU về tổng kết 10 năm thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị. Ban cũng ban hành Hướng dẫn số 15-HD/BDVTU về đánh giá, công nhận mô hình "Dân vận khéo" năm 2024; phối hợp với Ban cán sự đảng UBND tỉnh thực hiện Quy chế phối hợp số 09-QCPH/BDVTU-BCSĐ về công tác dân vận chính quyền.
Các cấp đã vận động 1.376 hộ dân bàn giao mặt bằng cho dự án đường bộ cao tốc Bắc - Nam và đường cao tốc Khánh Hòa - Buôn Ma Thuột; toàn tỉnh có 2.314 mô hình "Dân vận khéo", trong đó 186 mô hình được công nhận mới. Quỹ "Vì người nghèo" các cấp tiếp nhận trên 21,4 tỷ đồng, hỗ trợ xây mới, sửa chữa 312 căn nhà cho hộ nghèo, hộ cận nghèo. Hơn 98% khu dân cư đạt chuẩn văn hóa.
Tại hội nghị, các đại biểu thảo luận về việc vận động đồng bào Raglai ở huyện Khánh Sơn, Khánh Vĩnh phát triển kinh tế rừng. Đồng chí Mấu Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy Khánh Sơn, cho biết huyện đã vận động 214 hộ đồng bào Raglai ở xã Sơn Hiệp, Sơn Bình trồng sầu riêng, bưởi da xanh, thu nhập bình quân đạt 38 triệu đồng/người/năm. Bà Nguyễn Thị Ngọc Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Nha Trang, đề nghị tỉnh sớm có cơ chế tái định cư cho các hộ ở khu vực dự án chỉnh trang ven biển.
Kết luận hội nghị, đồng chí Phan Thị Thanh Nga đề nghị 6 tháng cuối năm, khối dân vận tập trung thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; tham mưu chuẩn bị công tác dân vận phục vụ đại hội đảng bộ các cấp nhiệm kỳ 2025-2030; kịp thời nắm tình hình, xử lý những vấn đề phát sinh ở các dự án đền bù, giải tỏa, không để hình thành điểm nóng.
Hội nghị cũng thống nhất tổ chức 3 lớp tập huấn cho khoảng 450 cán bộ dân vận cơ sở và đoàn khảo sát công tác dân vận chính quyền tại 6 sở, ngành trong quý III/2024.
Ngọc Hà
Lượt xem: 659
Tin liên quan
- Khánh Hòa: Gặp mặt người có uy tín đồng bào Raglai năm 2024 (05/07/2024)
- Tọa đàm 94 năm Ngày truyền thống công tác dân vận của Đảng (14/06/2024)
- Trao 25 nhà Đại đoàn kết tại huyện Khánh Vĩnh (24/05/2024)
""", "2024-07-19", "Khối dân vận tỉnh sơ kết công tác 6 tháng đầu năm 2024",
E("so_ket", "2024-H1", "2024-07-18"),
[P("Phan Thị Thanh Nga", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mấu Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy Khánh Sơn"),
 P("Nguyễn Thị Ngọc Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Nha Trang")],
[Q("1.376 hộ dân", 1376, "hộ dân"),
 Q("2.314 mô hình", 2314, "mô hình"), Q("186 mô hình", 186, "mô hình"), Q("trên 21,4 tỷ đồng", 21400000000, "đồng", "over"),
 Q("312 căn nhà", 312, "căn nhà"), Q("Hơn 98%", 98, "%", "over"), Q("214 hộ đồng bào Raglai", 214, "hộ đồng bào Raglai"),
 Q("38 triệu đồng", 38000000, "đồng"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("khoảng 450 cán bộ dân vận cơ sở", 450, "cán bộ dân vận cơ sở", "approx"), Q("6 sở, ngành", 6, "sở, ngành")],
[D("Chỉ thị", "38", "CT/TU", "2024-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 38-CT/TU ngày 12/3/2024"),
 D("Kế hoạch", "214", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 214-KH/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU"),
 D("Quy chế phối hợp", "09", "QCPH/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 09-QCPH/BDVTU-BCSĐ"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Khánh Hòa"), com("Sơn Hiệp"), com("Sơn Bình")],
["BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban",
 "Ảnh: Đồng chí Phan Thị Thanh Nga phát biểu kết luận hội nghị.", "Dân vận khéo", "Vì người nghèo", "Lượt xem: 659"],
["Ngày 19/07/2024 10:50", "6 tháng đầu năm", "6 tháng cuối năm 2024", "10 năm", "nhiệm kỳ 2025-2030", "quý III/2024", "Lượt xem: 659"]))
