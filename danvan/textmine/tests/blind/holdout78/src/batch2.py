from lib import *
PAGES = []

PAGES.append(page("b1835-hagiang-daihoi-diem-chibo-thon-2019", """
BÁO HÀ GIANG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang
Trang chủ / Chính trị / Tiến tới Đại hội Đảng các cấp
20/12/2019 - 10:05
Ảnh: Các đảng viên biểu quyết thông qua nghị quyết đại hội.
Chi bộ thôn Lùng Vài tổ chức đại hội điểm nhiệm kỳ 2020 - 2025
Ngày 18/12/2019, Chi bộ thôn Lùng Vài, Đảng bộ xã Nậm Ban (huyện Mèo Vạc) tổ chức Đại hội điểm nhiệm kỳ 2020 - 2025. Dự đại hội có đồng chí Vàng Thị Dế, Huyện ủy viên, Phó Chủ tịch UBND huyện Mèo Vạc; đồng chí Lý Quốc Hưng, Bí thư Đảng ủy xã Nậm Ban.
Chi bộ thôn Lùng Vài có 23 đảng viên, trong đó 16 đảng viên là người Mông và 5 đảng viên là người Dao. Nhiệm kỳ 2017 - 2020, chi bộ đã lãnh đạo 94 hộ trong thôn chuyển đổi 31 ha đất ngô kém hiệu quả sang trồng cỏ nuôi bò, tỷ lệ hộ nghèo giảm từ 61,7% xuống còn 29,8%; vận động bà con hiến 1.450 m2 đất làm đường bê tông liên thôn. Chi bộ kết nạp được 4 đảng viên mới, xóa được tình trạng "trắng" đảng viên nữ.
Đại hội được tổ chức theo đúng Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Hướng dẫn số 26-HD/BTCTW ngày 18/10/2019 của Ban Tổ chức Trung ương và Kế hoạch số 96-KH/HU của Ban Thường vụ Huyện ủy Mèo Vạc. Đây là đại hội đầu tiên của chi bộ thôn có nhiệm kỳ 5 năm.
Phát biểu chỉ đạo, đồng chí Vàng Thị Dế đề nghị chi bộ tiếp tục thực hiện phong trào "Ngày thứ Bảy cùng dân", mô hình "5 có, 3 sạch" và giữ vững thôn không có người di cư tự do, không có người trồng cây thuốc phiện.
Đại hội đã bầu đồng chí Thào Mí Say, Trưởng thôn Lùng Vài, giữ chức Bí thư Chi bộ với 100% phiếu bầu; đồng chí Triệu Thị Chài được bầu làm Phó Bí thư Chi bộ. Các đồng chí Giàng Mí Lử, Sùng A Páo - đảng viên mới kết nạp năm 2019, được chi bộ giao nhiệm vụ phụ trách tổ hộ dân liên cư. Ông Giàng Mí Lử phát biểu hứa cùng chi bộ vận động 100% hộ làm nhà tiêu hợp vệ sinh.
Đồng chí Lý Quốc Hưng, Bí thư Đảng ủy xã cho biết, Đảng bộ xã có 12 chi bộ thôn, đến ngày 10/1/2020 sẽ hoàn thành đại hội ở tất cả chi bộ, trước ngày 15/3/2020 tổ chức Đại hội Đảng bộ xã. Đảng ủy xã sẽ rút kinh nghiệm đại hội điểm của thôn Lùng Vài để nhân rộng.
Đại hội thông qua Nghị quyết với 7 chỉ tiêu, trong đó phấn đấu đến năm 2025 thu nhập bình quân đạt 30 triệu đồng/người/năm, kết nạp ít nhất 5 đảng viên.
Sùng Hảo - Ban Tổ chức Huyện ủy Mèo Vạc
Tin liên quan
- Mèo Vạc: Rút kinh nghiệm đại hội điểm chi bộ (16/12/2019)
- Đồng Văn hoàn thành đại hội chi bộ trực thuộc đợt 1 (10/12/2019)
- Yên Minh: Tập huấn nghiệp vụ công tác đại hội chi bộ (02/12/2019)
- Chi bộ thôn Sủng Là xóa tình trạng thôn "trắng" đảng viên (25/11/2019)
- Quản Bạ triển khai Chỉ thị 35-CT/TW của Bộ Chính trị (15/11/2019)
""", "2019-12-20", "Chi bộ thôn Lùng Vài tổ chức đại hội điểm nhiệm kỳ 2020 - 2025",
E("dai_hoi", None, "2019-12-18"),
[P("Vàng Thị Dế", "Huyện ủy viên", "Phó Chủ tịch UBND huyện Mèo Vạc"),
 P("Lý Quốc Hưng", "Bí thư Đảng ủy xã Nậm Ban", "Bí thư Đảng ủy xã"),
 P("Thào Mí Say", "Trưởng thôn Lùng Vài", "Bí thư Chi bộ"),
 P("Triệu Thị Chài", "Phó Bí thư Chi bộ"),
 P("Giàng Mí Lử"), P("Sùng A Páo")],
[Q("23 đảng viên", 23, "đảng viên"), Q("16 đảng viên", 16, "đảng viên"), Q("5 đảng viên là người Dao", 5, "đảng viên"),
 Q("94 hộ", 94, "hộ"), Q("31 ha", 31, "ha"), Q("61,7%", 61.7, "%"), Q("29,8%", 29.8, "%"),
 Q("1.450 m2", 1450, "m2"), Q("4 đảng viên mới", 4, "đảng viên mới"), Q("100% phiếu bầu", 100, "%"),
 Q("100% hộ", 100, "%"), Q("12 chi bộ thôn", 12, "chi bộ thôn"), Q("7 chỉ tiêu", 7, "chỉ tiêu"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("ít nhất 5 đảng viên", 5, "đảng viên", "over")],
[D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Hướng dẫn", "26", "HD/BTCTW", "2019-10-18", "Ban Tổ chức Trung ương", "Hướng dẫn số 26-HD/BTCTW ngày 18/10/2019"),
 D("Kế hoạch", "96", "KH/HU", None, "Ban Thường vụ Huyện ủy Mèo Vạc", "Kế hoạch số 96-KH/HU")],
[prov("Hà Giang"), com("Nậm Ban")],
["BÁO HÀ GIANG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang", "Trang chủ / Chính trị / Tiến tới Đại hội Đảng các cấp",
 "Ảnh: Các đảng viên biểu quyết thông qua nghị quyết đại hội.", "Ngày thứ Bảy cùng dân", "5 có, 3 sạch"],
["20/12/2019 - 10:05", "nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2017 - 2020", "lần thứ XIII", "nhiệm kỳ 5 năm", "5 có, 3 sạch",
 "năm 2019", "năm 2025", "10/1/2020", "15/3/2020"]))

PAGES.append(page("b1836-quangnam-daihoi-dangbo-xa-2020", """
Cổng Thông tin điện tử huyện Tây Giang
Tin tức - sự kiện > Chính trị > Đại hội Đảng
08:15 | 15/05/2020
Toàn cảnh Đại hội Đảng bộ xã A Xan lần thứ XII.
Tây Giang: Đảng bộ xã A Xan tổ chức đại hội điểm nhiệm kỳ 2020 - 2025
Trong 2 ngày 13 - 14/5/2020, Đảng bộ xã A Xan tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 - 2025 - đại hội điểm cấp cơ sở của huyện Tây Giang, tỉnh Quảng Nam. Về dự có đồng chí Bríu Quân, Tỉnh ủy viên, Bí thư Huyện ủy; đồng chí Alăng Thị Bốc, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện cùng 95 đại biểu đại diện cho 203 đảng viên trong toàn Đảng bộ.
Nhiệm kỳ 2015 - 2020, trong điều kiện xã biên giới còn nhiều khó khăn, Đảng bộ xã đã lãnh đạo hoàn thành 16/18 chỉ tiêu nghị quyết đề ra. Thu nhập bình quân đầu người đạt 23 triệu đồng/năm, tăng 9,5 triệu đồng so với đầu nhiệm kỳ; tỷ lệ hộ nghèo giảm bình quân 5,2%/năm; trồng mới 650 ha rừng sản xuất và cây ba kích tím dưới tán rừng. Đảng bộ kết nạp 41 đảng viên, 100% thôn có chi bộ, 3 năm liền Đảng bộ đạt trong sạch, vững mạnh.
Đại hội đã dành thời gian thảo luận về tiếp tục thực hiện Nghị quyết 07-NQ/HU ngày 16/8/2016 của Huyện ủy về phát triển cây dược liệu, thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị và Quy định số 29-QĐ/TW ngày 25/7/2016 của BCH Trung ương về thi hành Điều lệ Đảng. Ông Pơloong Plênh, người có uy tín thôn A Ur, tham luận về giữ gìn nhà Gươl, văn hóa truyền thống của đồng bào Cơ Tu.
Phát biểu chỉ đạo, đồng chí Bríu Quân đề nghị Đảng bộ xã chú trọng xây dựng đội ngũ cán bộ người Cơ Tu, kết nạp đảng viên trong thanh niên, phát huy mô hình "Mỗi đảng viên một cây dược liệu" và giữ gìn an ninh biên giới.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XII gồm 13 đồng chí và bầu 7 đại biểu đi dự Đại hội đại biểu Đảng bộ huyện lần thứ XVII. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu đồng chí Arất Blúi tái cử Bí thư Đảng ủy xã; các đồng chí Bhling Mia, Clâu Nhị giữ chức Phó Bí thư Đảng ủy xã. Đồng chí Bhling Mia là Chủ tịch UBND xã. Ban Thường vụ gồm 3 đồng chí.
Theo Ban Tổ chức Huyện ủy Tây Giang, huyện có 10 đảng bộ xã, sau đại hội điểm A Xan, các xã còn lại sẽ tổ chức đại hội xong trước ngày 15/6/2020. Kinh phí tổ chức mỗi đại hội cấp xã được hỗ trợ 45 triệu đồng.
Zơrâm Ha
Tin khác
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21 (08/05/2020)
- Chi bộ thôn Ating hoàn thành đại hội nhiệm kỳ 2020 - 2025 (28/04/2020)
- Tây Giang chuẩn bị nhân sự cấp ủy cơ sở (20/04/2020)
- Trao Huy hiệu Đảng dịp 3/2 (05/02/2020)
- Đảng bộ xã Bhalêê lấy ý kiến nhân dân góp ý văn kiện (27/01/2020)
- Tây Giang: 100% thôn có chi bộ (15/01/2020)
""", "2020-05-15", "Tây Giang: Đảng bộ xã A Xan tổ chức đại hội điểm nhiệm kỳ 2020 - 2025",
E("dai_hoi", None, "2020-05-13"),
[P("Bríu Quân", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Alăng Thị Bốc", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Pơloong Plênh", "người có uy tín thôn A Ur"),
 P("Arất Blúi", "Bí thư Đảng ủy xã"),
 P("Bhling Mia", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
 P("Clâu Nhị", "Phó Bí thư Đảng ủy xã")],
[Q("95 đại biểu", 95, "đại biểu"), Q("203 đảng viên", 203, "đảng viên"), Q("16/18 chỉ tiêu", 16, "chỉ tiêu"),
 Q("23 triệu đồng", 23000000, "đồng"), Q("9,5 triệu đồng", 9500000, "đồng"), Q("5,2%", 5.2, "%"),
 Q("650 ha", 650, "ha"), Q("41 đảng viên", 41, "đảng viên"), Q("100% thôn", 100, "%"),
 Q("13 đồng chí", 13, "đồng chí"), Q("7 đại biểu", 7, "đại biểu"), Q("3 đồng chí", 3, "đồng chí"),
 Q("10 đảng bộ xã", 10, "đảng bộ xã"), Q("45 triệu đồng", 45000000, "đồng")],
[D("Nghị quyết", "07", "NQ/HU", "2016-08-16", "Huyện ủy", "Nghị quyết 07-NQ/HU ngày 16/8/2016"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Quy định", "29", "QĐ/TW", "2016-07-25", "BCH Trung ương", "Quy định số 29-QĐ/TW ngày 25/7/2016")],
[prov("Quảng Nam"), com("A Xan")],
["Cổng Thông tin điện tử huyện Tây Giang", "Tin tức - sự kiện > Chính trị > Đại hội Đảng",
 "Toàn cảnh Đại hội Đảng bộ xã A Xan lần thứ XII.", "Mỗi đảng viên một cây dược liệu", "Điều lệ Đảng"],
["08:15 | 15/05/2020", "lần thứ XII", "nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2015 - 2020", "3 năm liền", "khóa XII",
 "lần thứ XVII", "phiên họp thứ nhất", "13 đồng chí", "3 đồng chí", "15/6/2020", "2 ngày"]))

PAGES.append(page("b1837-binhphuoc-daihoi-dangbo-xa-2020", """
BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC
Trang chủ › Tin tức › Tin địa phương
Thứ Sáu, 03/07/2020
Đại hội Đảng bộ xã Thiện Hưng nhiệm kỳ 2020 - 2025: Đoàn kết - Dân chủ - Kỷ cương - Đổi mới
Các đồng chí lãnh đạo huyện tặng hoa chúc mừng Ban Chấp hành khóa mới.
Ngày 1 và 2/7/2020, Đảng bộ xã Thiện Hưng, huyện Bù Đốp, tỉnh Bình Phước tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2020 - 2025. 110 đại biểu chính thức đại diện cho 295 đảng viên sinh hoạt ở 17 chi bộ về dự. Đồng chí Nguyễn Thị Lan Phương, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Bù Đốp dự và chỉ đạo đại hội.
5 năm qua, kinh tế xã phát triển khá, tổng giá trị sản xuất tăng bình quân 8,6%/năm; thu nhập bình quân đạt 52 triệu đồng/người/năm. Xã về đích nông thôn mới năm 2019; tỷ lệ hộ nghèo còn 0,9%, trong đó hộ đồng bào S'tiêng, Khmer còn 14 hộ. Nhân dân đóng góp trên 3,5 tỷ đồng xây dựng đường giao thông nông thôn, sửa 6 căn nhà đại đoàn kết. Đảng bộ kết nạp 57 đảng viên mới, trong đó 9 đảng viên là người dân tộc thiểu số.
Thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy về xây dựng đội ngũ cán bộ người dân tộc thiểu số và Kế hoạch 112-KH/HU ngày 8/11/2019 của Ban Thường vụ Huyện ủy, xã đã quy hoạch 6 cán bộ người S'tiêng vào cấp ủy. Đồng chí Điểu Lanh, Bí thư Chi bộ ấp Sóc Nê, tham luận về kinh nghiệm vận động đồng bào giữ đất sản xuất, không bán đất.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Lan Phương đề nghị Đảng bộ quan tâm nâng cao chất lượng sinh hoạt chi bộ ấp theo Hướng dẫn số 09-HD/BTCTW của Ban Tổ chức Trung ương, thực hiện tốt phong trào "Dân vận khéo" và cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
Đại hội đã bầu Ban Chấp hành khóa V gồm 15 đồng chí. Ban Chấp hành đã bầu Ban Thường vụ 5 đồng chí; đồng chí Trần Văn Hòa được bầu làm Bí thư Đảng ủy xã; các đồng chí Phó Bí thư Đảng ủy xã: Lê Thị Mỹ Dung, Điểu Thị Hằng. Các đồng chí Thị Bích, Lâm Văn Sóc - Ủy viên Ban Thường vụ Đảng ủy xã. Đồng chí Lê Thị Mỹ Dung đồng thời là Chủ tịch UBND xã. Tỷ lệ cấp ủy viên nữ đạt 33,3%, cấp ủy viên là người dân tộc thiểu số chiếm 20%.
Đại hội bầu 9 đại biểu chính thức đi dự Đại hội Đảng bộ huyện Bù Đốp lần thứ XI.
Hồng Nhung
Tin cùng chuyên mục
- Bù Đốp: Đại hội điểm Đảng bộ thị trấn Thanh Bình (20/06/2020)
- Lộc Ninh tập huấn công tác dân vận cho bí thư chi bộ ấp (12/06/2020)
- Đảng bộ xã Tân Thành hoàn thành đại hội chi bộ (02/06/2020)
- Bù Gia Mập: vận động đồng bào S'tiêng giữ đất sản xuất (25/05/2020)
- Đồng Phú: Đại hội Đảng bộ xã Tân Lợi thành công tốt đẹp (18/05/2020)
- Phú Riềng rút kinh nghiệm đại hội chi bộ ấp (11/05/2020)
""", "2020-07-03", "Đại hội Đảng bộ xã Thiện Hưng nhiệm kỳ 2020 - 2025: Đoàn kết - Dân chủ - Kỷ cương - Đổi mới",
E("dai_hoi", None, "2020-07-01"),
[P("Nguyễn Thị Lan Phương", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Bù Đốp"),
 P("Điểu Lanh", "Bí thư Chi bộ ấp Sóc Nê"),
 P("Trần Văn Hòa", "Bí thư Đảng ủy xã"),
 P("Lê Thị Mỹ Dung", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
 P("Điểu Thị Hằng", "Phó Bí thư Đảng ủy xã"),
 P("Thị Bích", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Lâm Văn Sóc", "Ủy viên Ban Thường vụ Đảng ủy xã")],
[Q("110 đại biểu chính thức", 110, "đại biểu chính thức"), Q("295 đảng viên", 295, "đảng viên"), Q("17 chi bộ", 17, "chi bộ"),
 Q("8,6%", 8.6, "%"), Q("52 triệu đồng", 52000000, "đồng"), Q("0,9%", 0.9, "%"), Q("14 hộ", 14, "hộ"),
 Q("trên 3,5 tỷ đồng", 3500000000, "đồng", "over"), Q("6 căn nhà đại đoàn kết", 6, "căn nhà đại đoàn kết"),
 Q("57 đảng viên mới", 57, "đảng viên mới"), Q("9 đảng viên", 9, "đảng viên"), Q("6 cán bộ người S'tiêng", 6, "cán bộ người S'tiêng"),
 Q("15 đồng chí", 15, "đồng chí"), Q("5 đồng chí", 5, "đồng chí"), Q("33,3%", 33.3, "%"), Q("20%", 20, "%"),
 Q("9 đại biểu chính thức", 9, "đại biểu chính thức")],
[D("Nghị quyết", "10", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 10-NQ/TU"),
 D("Kế hoạch", "112", "KH/HU", "2019-11-08", "Ban Thường vụ Huyện ủy", "Kế hoạch 112-KH/HU ngày 8/11/2019"),
 D("Hướng dẫn", "09", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 09-HD/BTCTW")],
[prov("Bình Phước"), com("Thiện Hưng")],
["BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC", "Trang chủ › Tin tức › Tin địa phương",
 "Các đồng chí lãnh đạo huyện tặng hoa chúc mừng Ban Chấp hành khóa mới.", "Dân vận khéo",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Đoàn kết - Dân chủ - Kỷ cương - Đổi mới"],
["Thứ Sáu, 03/07/2020", "lần thứ V", "nhiệm kỳ 2020 - 2025", "5 năm qua", "năm 2019", "khóa V", "lần thứ XI",
 "15 đồng chí", "5 đồng chí"]))

PAGES.append(page("b1838-travinh-daihoi-dangbo-xa-2020", """
Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Trà Vinh
Trang chủ | Xây dựng Đảng | Đại hội Đảng bộ các cấp
Cập nhật lúc 17:20 ngày 10/08/2020
Ảnh: Đồng chí Thạch Thị Sô Phia phát biểu tại đại hội.
Xã Hàm Giang: 100% đại biểu tán thành giới thiệu nhân sự người Khmer
Sáng 7/8, Đảng bộ xã Hàm Giang, huyện Trà Cú long trọng khai mạc Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2020 - 2025. Dự đại hội có đồng chí Thạch Thị Sô Phia, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy Trà Cú; đồng chí Kim Sang Thol, Huyện ủy viên, Trưởng Phòng Dân tộc huyện. Đại hội có 100 đại biểu đại diện cho 268 đảng viên của 14 chi bộ.
Nhiệm kỳ qua, Đảng bộ xã Hàm Giang lãnh đạo nhân dân thực hiện đạt và vượt 19/21 chỉ tiêu nghị quyết. Dân số xã có 78,4% là đồng bào Khmer; tỷ lệ hộ nghèo giảm từ 23,9% còn 4,1%; 12/12 ấp có đường nhựa, bê tông đến trung tâm ấp. Nguồn vốn Chương trình 135 và Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ hỗ trợ xã hơn 8,2 tỷ đồng đầu tư hạ tầng, chuyển đổi nghề.
Công tác phát triển đảng viên có bước tiến: 5 năm kết nạp 63 đảng viên, trong đó 38 đảng viên là người Khmer, 4 đảng viên là sư sãi hoàn tục. Đảng ủy xã phối hợp với Ban Quản trị 5 chùa Khmer tuyên truyền Chỉ thị 19-CT/TW của Ban Bí thư về công tác vận động đồng bào Khmer.
Các đại biểu tập trung thảo luận 6 tham luận. Ông Sơn Chanh Đa, Trưởng ban Quản trị chùa Sà Vần, bày tỏ phấn khởi khi lần đầu tiên một nhà sư hoàn tục được giới thiệu vào cấp ủy.
Đại hội bầu Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025 gồm 15 đồng chí, trong đó 9 đồng chí là người Khmer. Ban Chấp hành bầu đồng chí Lâm Văn Bé giữ chức Bí thư Đảng ủy xã; đồng chí Thạch Oanh, Phó Bí thư Đảng ủy - Chủ tịch UBND xã; đồng chí Kim Thị Sa Rết, Phó Bí thư Thường trực Đảng ủy xã. Đồng chí Triệu Văn Thương được bầu làm Chủ nhiệm Ủy ban Kiểm tra Đảng ủy.
Phát biểu chỉ đạo, đồng chí Thạch Thị Sô Phia lưu ý Đảng ủy xã tiếp tục thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, giữ vững khối đại đoàn kết dân tộc, vận động đồng bào thực hiện "3 không" trong phòng chống dịch.
Đại hội kết thúc ngày 8/8/2020.
Sa Rinh - Trung tâm VH-TT huyện Trà Cú
Tin liên quan
- Trà Cú: Đại hội điểm Đảng bộ thị trấn Định An (30/07/2020)
- Cầu Ngang: Tổ chức đại hội chi bộ ấp Khmer (22/07/2020)
- Ban Tuyên giáo Tỉnh ủy tập huấn báo cáo viên cơ sở (10/07/2020)
- Họp mặt chức sắc Phật giáo Nam tông Khmer (02/07/2020)
- Tiểu Cần: Hội nghị rút kinh nghiệm đại hội cấp cơ sở (25/06/2020)
- Châu Thành kết nạp 5 đảng viên là người Khmer (18/06/2020)
""", "2020-08-10", "Xã Hàm Giang: 100% đại biểu tán thành giới thiệu nhân sự người Khmer",
E("dai_hoi", None, "2020-08-07"),
[P("Thạch Thị Sô Phia", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy Trà Cú"),
 P("Kim Sang Thol", "Huyện ủy viên", "Trưởng Phòng Dân tộc huyện"),
 P("Sơn Chanh Đa", "Trưởng ban Quản trị chùa Sà Vần"),
 P("Lâm Văn Bé", "Bí thư Đảng ủy xã"),
 P("Thạch Oanh", "Phó Bí thư Đảng ủy - Chủ tịch UBND xã"),
 P("Kim Thị Sa Rết", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Triệu Văn Thương", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy")],
[Q("100% đại biểu", 100, "%"), Q("100 đại biểu", 100, "đại biểu"), Q("268 đảng viên", 268, "đảng viên"), Q("14 chi bộ", 14, "chi bộ"),
 Q("19/21 chỉ tiêu", 19, "chỉ tiêu"), Q("78,4%", 78.4, "%"), Q("23,9%", 23.9, "%"), Q("4,1%", 4.1, "%"),
 Q("12/12 ấp", 12, "ấp"), Q("hơn 8,2 tỷ đồng", 8200000000, "đồng", "over"), Q("63 đảng viên", 63, "đảng viên"),
 Q("38 đảng viên", 38, "đảng viên"), Q("4 đảng viên là sư sãi hoàn tục", 4, "đảng viên"), Q("5 chùa Khmer", 5, "chùa Khmer"),
 Q("6 tham luận", 6, "tham luận"), Q("15 đồng chí", 15, "đồng chí"), Q("9 đồng chí", 9, "đồng chí")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Trà Vinh"), com("Hàm Giang")],
["Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Trà Vinh", "Trang chủ | Xây dựng Đảng | Đại hội Đảng bộ các cấp",
 "Ảnh: Đồng chí Thạch Thị Sô Phia phát biểu tại đại hội.", "Chương trình 135", "3 không"],
["Cập nhật lúc 17:20 ngày 10/08/2020", "lần thứ XIII", "nhiệm kỳ 2020 - 2025", "5 năm", "3 không", "15 đồng chí", "9 đồng chí",
 "lần đầu tiên", "Chương trình 135"]))

PAGES.append(page("b1839-hatinh-hoinghi-gopy-vankien-xa-2020", """
ĐẢNG BỘ HUYỆN HƯƠNG SƠN
Vị trí: Trang chủ / Tin hoạt động / Tiến tới đại hội
Thứ Tư, 24/06/2020
Hơn 200 ý kiến góp ý dự thảo văn kiện Đại hội Đảng bộ xã Sơn Kim 1
Quang cảnh hội nghị góp ý tại nhà văn hóa thôn Khe Máng.
Ngày 22/6, Ban Thường vụ Đảng ủy xã Sơn Kim 1 (huyện Hương Sơn, tỉnh Hà Tĩnh) phối hợp với Ủy ban MTTQ xã tổ chức hội nghị lấy ý kiến nhân dân góp ý vào dự thảo Báo cáo chính trị trình Đại hội Đảng bộ xã lần thứ XXVI, nhiệm kỳ 2020 - 2025. Đây là hội nghị cuối cùng trong đợt lấy ý kiến năm 2020, sau 9 buổi lấy ý kiến ở các thôn. Đồng chí Phan Đình Lực, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì.
Tham dự hội nghị có 86 đại biểu là cán bộ hưu trí, già làng, người có uy tín, đại diện các tổ chức chính trị - xã hội và bà con người dân tộc Chứt ở bản Rào Tre. Qua các đợt, Ban soạn thảo đã tiếp thu 214 ý kiến, trong đó 67 ý kiến góp vào phần đánh giá kết quả nhiệm kỳ, 102 ý kiến về phương hướng, nhiệm vụ và 45 ý kiến về công tác xây dựng Đảng.
Bà Hồ Thị Vinh, người dân tộc Chứt ở bản Rào Tre, đề nghị dự thảo bổ sung nội dung hỗ trợ bà con trồng rừng gỗ lớn và giữ nghề đan lát. Ông Nguyễn Văn Sâm, nguyên Bí thư Đảng ủy xã, góp ý cần nêu rõ hơn hạn chế trong việc kết nạp đảng viên ở các thôn giáp biên; nhiệm kỳ qua chỉ kết nạp được 19 đảng viên, đạt 63% chỉ tiêu.
Đồng chí Đặng Thị Hiền, Phó Bí thư Thường trực Đảng ủy xã, thay mặt Ban soạn thảo giải trình: dự thảo được xây dựng theo Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 121-KH/HU ngày 2/10/2019 của Huyện ủy Hương Sơn; các ý kiến hợp lý sẽ được tiếp thu để hoàn chỉnh trước khi trình đại hội. Dự kiến Đảng bộ xã sẽ tổ chức đại hội vào ngày 15 và 16/7/2020 với 90 đại biểu.
Trước đó, Ban Chấp hành Đảng bộ xã đã công khai dự thảo trên hệ thống truyền thanh và niêm yết tại 8 nhà văn hóa thôn. Đồng chí Phan Đình Lực đề nghị các thôn tiếp tục phát huy phong trào "Khu dân cư mẫu", mỗi chi bộ thôn bổ sung chỉ tiêu kết nạp đảng viên trong nghị quyết nhiệm kỳ mới.
Hội nghị cũng nghe đồng chí Lê Văn Quý, Chủ tịch Ủy ban MTTQ xã, thông báo kế hoạch tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" năm 2020.
Ngọc Trâm - Đài Truyền thanh huyện
Các tin khác
- Sơn Hồng: Đại hội điểm Đảng bộ xã nhiệm kỳ 2020 - 2025 (19/06/2020)
- Sơn Tây góp ý văn kiện đại hội (12/06/2020)
- Hương Sơn: 100% chi bộ trực thuộc hoàn thành đại hội (05/06/2020)
- Kết nạp 3 đảng viên là người Chứt (25/05/2020)
- Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng (18/05/2020)
- Sơn Lĩnh: Ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới (11/05/2020)
- Hương Sơn tập huấn công tác đại hội cho cấp ủy cơ sở (04/05/2020)
""", "2020-06-24", "Hơn 200 ý kiến góp ý dự thảo văn kiện Đại hội Đảng bộ xã Sơn Kim 1",
E("hoi_nghi", "2020", "2020-06-22"),
[P("Phan Đình Lực", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Hồ Thị Vinh"),
 P("Nguyễn Văn Sâm", "nguyên Bí thư Đảng ủy xã"),
 P("Đặng Thị Hiền", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Lê Văn Quý", "Chủ tịch Ủy ban MTTQ xã")],
[Q("Hơn 200 ý kiến", 200, "ý kiến", "over"), Q("214 ý kiến", 214, "ý kiến"), Q("9 buổi lấy ý kiến", 9, "buổi lấy ý kiến"), Q("86 đại biểu", 86, "đại biểu"),
 Q("67 ý kiến", 67, "ý kiến"), Q("102 ý kiến", 102, "ý kiến"), Q("45 ý kiến", 45, "ý kiến"),
 Q("19 đảng viên", 19, "đảng viên"), Q("63%", 63, "%"), Q("90 đại biểu", 90, "đại biểu"),
 Q("8 nhà văn hóa thôn", 8, "nhà văn hóa thôn")],
[D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Kế hoạch", "121", "KH/HU", "2019-10-02", "Huyện ủy Hương Sơn", "Kế hoạch số 121-KH/HU ngày 2/10/2019")],
[prov("Hà Tĩnh"), com("Sơn Kim 1")],
["ĐẢNG BỘ HUYỆN HƯƠNG SƠN", "Vị trí: Trang chủ / Tin hoạt động / Tiến tới đại hội",
 "Quang cảnh hội nghị góp ý tại nhà văn hóa thôn Khe Máng.", "Khu dân cư mẫu", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Thứ Tư, 24/06/2020", "lần thứ XXVI", "nhiệm kỳ 2020 - 2025", "năm 2020"]))

PAGES.append(page("b1840-haiduong-baocao-phattrien-dangvien-2021", """
Trang thông tin điện tử xã Hồng Phong - huyện Ninh Giang - tỉnh Hải Dương
Trang chủ > Hoạt động của Đảng ủy
08:15 | 20/12/2021
Đảng ủy xã Hồng Phong báo cáo kết quả công tác phát triển đảng viên năm 2021
Ngày 15/12/2021, Đảng ủy xã Hồng Phong ban hành Báo cáo số 112-BC/ĐU về kết quả công tác phát triển đảng viên năm 2021 gửi Ban Tổ chức Huyện ủy Ninh Giang. Trang thông tin điện tử xã trích đăng một số nội dung chính.
Thực hiện Kế hoạch số 08-KH/HU ngày 21/1/2021 của Ban Thường vụ Huyện ủy về công tác phát triển đảng viên năm 2021 và Nghị quyết Đại hội Đảng bộ xã lần thứ XXIV, nhiệm kỳ 2020 - 2025, ngay từ đầu năm Đảng ủy xã đã giao chỉ tiêu cho 16/16 chi bộ trực thuộc. Mặc dù chịu ảnh hưởng của dịch Covid-19 (đợt bùng phát tháng 2/2021 xã có 3 thôn bị phong tỏa), Đảng ủy vẫn duy trì việc bồi dưỡng, tạo nguồn.
Kết quả, năm 2021 Đảng bộ kết nạp 11 đảng viên mới, đạt 110% chỉ tiêu huyện giao; trong đó có 4 đoàn viên thanh niên, 2 quân nhân xuất ngũ, 1 chủ doanh nghiệp tư nhân và 3 nữ. Đảng ủy xét, đề nghị công nhận đảng viên chính thức cho 9 đồng chí đúng thời hạn. Hiện Đảng bộ có 409 đảng viên, trong đó 138 đảng viên được miễn sinh hoạt, công tác do tuổi cao.
Đảng ủy giới thiệu 15 quần chúng ưu tú tham gia lớp bồi dưỡng nhận thức về Đảng do Trung tâm Chính trị huyện tổ chức; 100% học viên đạt yêu cầu. Nguồn quần chúng cho năm 2022 hiện có 27 người, trong đó 12 người đã được cấp ủy phân công đảng viên giúp đỡ.
Tồn tại: 3 chi bộ thôn chưa kết nạp được đảng viên trong 2 năm liền (thôn Phong Lâm, Đồng Xá, Hội Xuyên); chất lượng nguồn ở các chi bộ nông thôn còn hạn chế do thanh niên đi làm ở các khu công nghiệp; 2 hồ sơ kết nạp phải bổ sung thẩm tra lý lịch.
Phương hướng năm 2022, Đảng ủy xã tiếp tục thực hiện Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng và Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư; phấn đấu kết nạp ít nhất 10 đảng viên, không để chi bộ nào "trắng" kết nạp 2 năm liên tiếp.
Báo cáo do đồng chí Vũ Văn Cường, Bí thư Đảng ủy, Chủ tịch HĐND xã ký. Theo đồng chí Phạm Thị Thoa, Phó Bí thư Thường trực Đảng ủy, Đảng ủy đã đề nghị Huyện ủy khen thưởng Chi bộ thôn Hạ Bì có thành tích kết nạp 3 đảng viên trong năm.
Văn phòng Đảng ủy xã
Lượt truy cập: 128.904
Tin khác
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 8 (10/12/2021)
- Xã Hồng Phong tiêm vắc xin phòng Covid-19 mũi 2 (25/11/2021)
- Chi bộ thôn Hạ Bì sinh hoạt chuyên đề tháng 11 (18/11/2021)
- Tập huấn nghiệp vụ cho bí thư chi bộ (05/11/2021)
- Ninh Giang tổng kết công tác tạo nguồn phát triển đảng viên (29/10/2021)
""", "2021-12-20", "Đảng ủy xã Hồng Phong báo cáo kết quả công tác phát triển đảng viên năm 2021",
E("bao_cao", "2021", "2021-12-15"),
[P("Vũ Văn Cường", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phạm Thị Thoa", "Phó Bí thư Thường trực Đảng ủy")],
[Q("16/16 chi bộ", 16, "chi bộ"), Q("3 thôn", 3, "thôn"), Q("11 đảng viên mới", 11, "đảng viên mới"), Q("110%", 110, "%"),
 Q("4 đoàn viên thanh niên", 4, "đoàn viên thanh niên"), Q("2 quân nhân xuất ngũ", 2, "quân nhân xuất ngũ"),
 Q("1 chủ doanh nghiệp tư nhân", 1, "chủ doanh nghiệp tư nhân"), Q("3 nữ", 3, "nữ"), Q("9 đồng chí", 9, "đồng chí"),
 Q("409 đảng viên", 409, "đảng viên"), Q("138 đảng viên", 138, "đảng viên"), Q("15 quần chúng ưu tú", 15, "quần chúng ưu tú"),
 Q("100% học viên", 100, "%"), Q("27 người", 27, "người"), Q("12 người", 12, "người"), Q("3 chi bộ thôn", 3, "chi bộ thôn"),
 Q("2 hồ sơ", 2, "hồ sơ"), Q("ít nhất 10 đảng viên", 10, "đảng viên", "over"), Q("3 đảng viên", 3, "đảng viên")],
[D("Báo cáo", "112", "BC/ĐU", "2021-12-15", "Đảng ủy xã Hồng Phong", "Báo cáo số 112-BC/ĐU"),
 D("Kế hoạch", "08", "KH/HU", "2021-01-21", "Ban Thường vụ Huyện ủy", "Kế hoạch số 08-KH/HU ngày 21/1/2021"),
 D("Quy định", "24", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quy định số 24-QĐ/TW ngày 30/7/2021"),
 D("Hướng dẫn", "01", "HD/TW", "2021-09-28", "Ban Bí thư", "Hướng dẫn số 01-HD/TW ngày 28/9/2021")],
[prov("Hải Dương"), com("Hồng Phong")],
["Trang thông tin điện tử xã Hồng Phong - huyện Ninh Giang - tỉnh Hải Dương", "Trang chủ > Hoạt động của Đảng ủy",
 "Nghị quyết Đại hội Đảng bộ xã lần thứ XXIV", "Điều lệ Đảng", "Lượt truy cập: 128.904"],
["08:15 | 20/12/2021", "năm 2021", "lần thứ XXIV", "nhiệm kỳ 2020 - 2025", "Covid-19", "tháng 2/2021", "9 đồng chí",
 "2 năm liền", "năm 2022", "2 năm liên tiếp", "Lượt truy cập: 128.904"]))
