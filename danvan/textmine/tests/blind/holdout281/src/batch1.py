from lib import *
PAGES = []

PAGES.append(page("b6701-quangninh-hoinghecan-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH QUẢNG NINH
Trang chủ » Hoạt động Hội » Nghề cá
Thứ Tư, 28/12/2011 - 09:40
Toàn cảnh hội nghị tổng kết.
Hội Nghề cá tỉnh: Ngư dân yên tâm bám biển, vươn khơi
Chiều 27/12/2011, tại thành phố Hạ Long, Hội Nghề cá tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác Hội năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có ông Trần Văn Hưởng, Phó Chủ tịch UBND tỉnh; ông Vũ Đình Khiêm, Chủ tịch Hội Nghề cá tỉnh chủ trì hội nghị cùng 85 đại biểu là hội viên tiêu biểu đến từ các chi hội nghề cá cơ sở.
Năm 2011, Hội đã phát triển thêm 6 chi hội nghề cá, nâng tổng số hội viên lên 4.312 người. Toàn tỉnh hiện có 3.870 tàu thuyền khai thác hải sản, trong đó 214 tàu có công suất từ 90 CV trở lên. Các chi hội đã thành lập được 47 tổ đoàn kết sản xuất trên biển với hơn 600 tàu tham gia, giúp nhau cứu hộ, cứu nạn, chia sẻ ngư trường.
Hội đã phối hợp với Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản tuyên truyền Quyết định số 48/2010/QĐ-TTg ngày 13/7/2010 của Thủ tướng Chính phủ về một số chính sách khuyến khích, hỗ trợ khai thác, nuôi trồng hải sản và dịch vụ khai thác hải sản trên các vùng biển xa tới trên 2.000 lượt ngư dân. Nhờ đó, 126 chủ tàu đã được hỗ trợ chi phí nhiên liệu với tổng số tiền khoảng 5,4 tỷ đồng.
Về nuôi trồng thủy sản, hội viên ở các xã Đầm Hà, Quảng Minh, Đông Xá đã mở rộng diện tích nuôi ngao, tu hài, cá lồng bè; tổng diện tích nuôi trồng toàn tỉnh đạt 19.600 ha, sản lượng tăng 8,5% so với năm 2010.
Tại hội nghị, bà Lê Thị Hạnh, Chi hội trưởng Chi hội nghề cá xã Quan Lạn, chia sẻ: "Ngư dân trong chi hội giờ ra khơi theo tổ, mỗi tổ 5 - 7 tàu, có máy thông tin liên lạc nên yên tâm hơn nhiều". Ông Phạm Văn Toản, chủ tàu QN 90215 TS, kiến nghị tỉnh sớm có chính sách vay vốn đóng tàu vỏ thép.
Phát biểu chỉ đạo, ông Trần Văn Hưởng đề nghị Hội tiếp tục thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế biển, phối hợp với Bộ đội Biên phòng tỉnh tuyên truyền ngư dân không vi phạm vùng biển nước ngoài; đồng thời tham gia góp ý xây dựng Luật Thủy sản sửa đổi.
Tuy vậy, hội nghị cũng chỉ ra những hạn chế: hoạt động của một số chi hội còn hình thức, chưa thu hút ngư dân trẻ; nhiều tàu nhỏ vẫn khai thác ven bờ bằng nghề cấm như kích điện, lưới mắt nhỏ; việc thu hội phí còn khó khăn do thời tiết bất lợi, nhiều chuyến biển thua lỗ.
Dịp này, Hội Nghề cá tỉnh tặng giấy khen cho 9 tập thể và 23 cá nhân có thành tích xuất sắc trong công tác Hội năm 2011.
Minh Hà
Số lượt đọc: 1.204
Tin liên quan
- Vân Đồn: thành lập Chi hội nghề cá xã Bản Sen (15/12/2011)
- Ngư dân Cô Tô được tặng 50 máy bộ đàm (02/12/2011)
- Tập huấn kỹ thuật nuôi ngao cho hội viên huyện Tiên Yên (18/11/2011)
- Hội Nghề cá tỉnh làm việc với Bộ đội Biên phòng (04/11/2011)
""", "2011-12-28", "Hội Nghề cá tỉnh: Ngư dân yên tâm bám biển, vươn khơi",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Văn Hưởng", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Đình Khiêm", "Chủ tịch Hội Nghề cá tỉnh"),
 P("Lê Thị Hạnh", "Chi hội trưởng Chi hội nghề cá xã Quan Lạn"),
 P("Phạm Văn Toản", "chủ tàu QN 90215 TS")],
[Q("85 đại biểu", 85, "đại biểu"), Q("6 chi hội nghề cá", 6, "chi hội nghề cá"), Q("4.312 người", 4312, "người"),
 Q("3.870 tàu thuyền khai thác hải sản", 3870, "tàu thuyền khai thác hải sản"), Q("214 tàu", 214, "tàu"),
 Q("90 CV trở lên", 90, "CV", "over"),
 Q("47 tổ đoàn kết sản xuất trên biển", 47, "tổ đoàn kết sản xuất trên biển"), Q("hơn 600 tàu", 600, "tàu", "over"),
 Q("trên 2.000 lượt ngư dân", 2000, "lượt ngư dân", "over"), Q("126 chủ tàu", 126, "chủ tàu"),
 Q("khoảng 5,4 tỷ đồng", 5400000000, "đồng", "approx"), Q("19.600 ha", 19600, "ha"), Q("8,5%", 8.5, "%"),
 Q("9 tập thể", 9, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Quyết định", "48", "2010/QĐ-TTg", "2010-07-13", "Thủ tướng Chính phủ", "Quyết định số 48/2010/QĐ-TTg ngày 13/7/2010"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU")],
[prov("Quảng Ninh"), com("Đầm Hà"), com("Quảng Minh"), com("Đông Xá"), com("Quan Lạn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH QUẢNG NINH", "Trang chủ » Hoạt động Hội » Nghề cá", "Toàn cảnh hội nghị tổng kết.",
 "Số lượt đọc: 1.204", "Luật Thủy sản", "QN 90215 TS", "Bộ đội Biên phòng tỉnh"],
["Thứ Tư, 28/12/2011 - 09:40", "năm 2011", "năm 2012", "năm 2010", "5 - 7 tàu", "Số lượt đọc: 1.204", "QN 90215 TS"]))

PAGES.append(page("b6702-baclieu-hnd-diemdan-hoinghi-2012", """
BÁO BẠC LIÊU ONLINE
Kinh tế > Nông nghiệp - Nông thôn
Cập nhật lúc 16:35 ngày 17/08/2012
Tháo gỡ khó khăn cho diêm dân
(BL) - Ngày 16/8, Hội Nông dân tỉnh phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị bàn giải pháp tiêu thụ muối và nâng cao đời sống diêm dân năm 2012. Đồng chí Lâm Văn Sơn, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh và ông Huỳnh Chí Nguyện, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn đồng chủ trì.
Ông Huỳnh Chí Nguyện phát biểu tại hội nghị. Ảnh: Thúy Kiều
Theo báo cáo, vụ muối năm nay toàn tỉnh có gần 1.800 hộ diêm dân sản xuất trên diện tích 2.146 ha, tập trung ở huyện Đông Hải và thị xã Giá Rai. Sản lượng ước đạt 98.000 tấn, nhưng giá muối tại ruộng chỉ còn 350 - 400 đồng/kg, thấp hơn giá thành sản xuất; hiện còn khoảng 41.000 tấn muối tồn đọng trong dân.
Nhiều diêm dân phải bán muối non, vay nóng với lãi suất cao. Chị Thạch Thị Hương, hội viên ấp Gò Cát, xã Điền Hải, cho biết gia đình làm 3 công ruộng muối, vụ này lỗ hơn 6 triệu đồng. Ông Lý Văn Bé, Chi hội trưởng Chi hội Nông dân ấp Diêm Điền, đề nghị Nhà nước có kho tạm trữ và cho diêm dân giãn nợ.
Đồng chí Trịnh Hoàng Em, Bí thư Đảng ủy xã Long Điền Tây, nêu: xã đã vận động 312 hộ chuyển một phần diện tích muối sang nuôi tôm, nuôi artemia; tuy nhiên vốn đầu tư ban đầu cao, nhiều hộ còn e ngại.
Hội Nông dân tỉnh cho biết đã giải ngân từ Quỹ Hỗ trợ nông dân 2,35 tỷ đồng cho 187 hộ diêm dân vay phát triển sản xuất, đồng thời phối hợp tổ chức 12 lớp tập huấn kỹ thuật sản xuất muối sạch trên nền bạt cho hơn 400 lượt hội viên.
Các đại biểu cho rằng nguyên nhân chính là sản xuất còn manh mún, chất lượng muối thấp, chưa có thương hiệu; diêm dân Bạc Liêu chủ yếu bán qua thương lái nên bị ép giá. Một số ý kiến đề nghị xây dựng tổ hợp tác, hợp tác xã muối để ký hợp đồng trực tiếp với doanh nghiệp chế biến.
Kết luận hội nghị, đồng chí Lâm Văn Sơn đề nghị các cấp Hội tiếp tục tuyên truyền, vận động thực hiện Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam"; kiến nghị UBND tỉnh chỉ đạo các doanh nghiệp thu mua muối theo Quyết định số 1614/QĐ-TTg của Thủ tướng Chính phủ về thu mua muối tạm trữ.
Thúy Kiều
Tin cùng chuyên mục
- Đông Hải: nông dân thu hoạch tôm quảng canh cải tiến (14/08/2012)
- Giá Rai: ra mắt tổ hợp tác sản xuất muối (09/08/2012)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm (25/07/2012)
- Hơn 300 hộ được vay vốn Quỹ Hỗ trợ nông dân (12/07/2012)
""", "2012-08-17", "Tháo gỡ khó khăn cho diêm dân",
E("hoi_nghi", "2012", "2012-08-16"),
[P("Lâm Văn Sơn", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Huỳnh Chí Nguyện", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Thạch Thị Hương", "hội viên ấp Gò Cát"),
 P("Lý Văn Bé", "Chi hội trưởng Chi hội Nông dân ấp Diêm Điền"),
 P("Trịnh Hoàng Em", "Bí thư Đảng ủy xã Long Điền Tây")],
[Q("gần 1.800 hộ diêm dân", 1800, "hộ diêm dân", "approx"), Q("2.146 ha", 2146, "ha"), Q("98.000 tấn", 98000, "tấn", "approx"),
 Q("350 - 400 đồng/kg", 350, "đồng"), Q("350 - 400 đồng/kg", 400, "đồng"),
 Q("khoảng 41.000 tấn muối", 41000, "tấn", "approx"), Q("3 công ruộng muối", 3, "công"),
 Q("hơn 6 triệu đồng", 6000000, "đồng", "over"), Q("312 hộ", 312, "hộ"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("187 hộ diêm dân", 187, "hộ diêm dân"), Q("12 lớp tập huấn", 12, "lớp tập huấn"),
 Q("hơn 400 lượt hội viên", 400, "lượt hội viên", "over")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Quyết định", "1614", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1614/QĐ-TTg")],
[prov("Bạc Liêu"), com("Điền Hải"), com("Long Điền Tây")],
["BÁO BẠC LIÊU ONLINE", "Kinh tế > Nông nghiệp - Nông thôn", "Ông Huỳnh Chí Nguyện phát biểu tại hội nghị. Ảnh: Thúy Kiều", "(BL)",
 "Quỹ Hỗ trợ nông dân", "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam"],
["Cập nhật lúc 16:35 ngày 17/08/2012", "năm 2012", "vụ muối năm nay"]))

PAGES.append(page("b6703-namdinh-hoinghecan-daihoi-2013", """
Báo Nam Định điện tử
Thời sự - Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao
22-05-2013 08:20
Ảnh: Các đại biểu bỏ phiếu bầu Ban Chấp hành.
Đại hội Hội Nghề cá tỉnh lần thứ II, nhiệm kỳ 2013 - 2018
Ngày 21-5, Hội Nghề cá tỉnh tổ chức Đại hội đại biểu lần thứ II, nhiệm kỳ 2013 - 2018. Về dự có đồng chí Đoàn Hồng Phong, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Văn Vinh, Phó Chủ tịch Hội Nghề cá Việt Nam. Đại hội có 150 đại biểu chính thức, đại diện cho gần 5.600 hội viên của 32 chi hội trong tỉnh.
Nhiệm kỳ 2008 - 2013, Hội đã vận động hội viên đóng mới, cải hoán 143 tàu cá công suất lớn, trong đó có 38 tàu trên 400 CV đủ sức khai thác xa bờ. Diện tích nuôi trồng thủy sản toàn tỉnh đạt 15.470 ha; các xã ven biển Giao Xuân, Giao Lạc, Nghĩa Thắng, Hải Chính hình thành vùng nuôi ngao tập trung với sản lượng hơn 30 nghìn tấn/năm. Thu nhập bình quân của hội viên tăng từ 14 triệu đồng lên 27 triệu đồng/người/năm.
Hội cũng tham gia hòa giải thành công 17 vụ tranh chấp bãi nuôi ngao, phối hợp với Hội Nông dân giải ngân trên 3 tỷ đồng vốn vay cho hội viên nghèo.
Phát biểu chỉ đạo, đồng chí Đoàn Hồng Phong yêu cầu Hội quán triệt Nghị quyết số 09-NQ/TW ngày 9/2/2007 của Hội nghị Trung ương 4 (khóa X) về Chiến lược biển Việt Nam đến năm 2020, Kế hoạch 96-KH/TU và Kế hoạch 97-KH/TU của Ban Thường vụ Tỉnh ủy, gắn với phát triển kinh tế biển bền vững; chú trọng phát triển hội viên trong lao động trẻ.
Đại hội đã bầu Ban Chấp hành khóa II gồm 25 đồng chí. Ông Trần Quang Thiều được bầu giữ chức Chủ tịch Hội Nghề cá tỉnh khóa II; các ông Vũ Văn Chung, Đỗ Mạnh Hùng được bầu làm Phó Chủ tịch Hội. Đại hội biểu quyết thông qua Nghị quyết với 5 chỉ tiêu chủ yếu, trong đó phấn đấu đến năm 2018 có 7.000 hội viên, 100% chi hội có tổ đoàn kết trên biển.
Thảo luận tại đại hội, nhiều đại biểu nêu khó khăn: giá xăng dầu tăng cao, nguồn lợi ven bờ suy giảm, dịch bệnh trên ngao, tôm chưa được kiểm soát; nhiều hộ nuôi ở vùng bãi bồi ven biển Nam Định chưa được giao đất ổn định lâu dài nên chưa yên tâm đầu tư. Đại biểu đề nghị Hội làm cầu nối để hội viên tiếp cận vốn vay ưu đãi và bảo hiểm thân tàu.
Đại hội cũng bầu 9 đại biểu đi dự Đại hội Hội Nghề cá Việt Nam lần thứ IV.
Văn Trọng
Tin khác
- Giao Thủy: Ngao chết hàng loạt, người nuôi lo lắng (17/05/2013)
- Hải Hậu ra quân làm thủy lợi nội đồng (10/05/2013)
- Nghĩa Hưng: khánh thành cảng cá Ninh Cơ (03/05/2013)
- Hỗ trợ ngư dân đóng tàu vỏ thép: cần nguồn vốn lớn (26/04/2013)
- Hội Nông dân tỉnh tập huấn nuôi tôm thẻ chân trắng (20/04/2013)
- Xuân Trường: trao 20 con bò giống cho hộ nghèo (12/04/2013)
""", "2013-05-22", "Đại hội Hội Nghề cá tỉnh lần thứ II, nhiệm kỳ 2013 - 2018",
E("dai_hoi", None, "2013-05-21"),
[P("Đoàn Hồng Phong", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Văn Vinh", "Phó Chủ tịch Hội Nghề cá Việt Nam"),
 P("Trần Quang Thiều", "Chủ tịch Hội Nghề cá tỉnh khóa II"),
 P("Vũ Văn Chung", "Phó Chủ tịch Hội"),
 P("Đỗ Mạnh Hùng", "Phó Chủ tịch Hội")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("gần 5.600 hội viên", 5600, "hội viên", "approx"),
 Q("32 chi hội", 32, "chi hội"), Q("143 tàu cá công suất lớn", 143, "tàu cá công suất lớn"),
 Q("38 tàu", 38, "tàu"), Q("trên 400 CV", 400, "CV", "over"), Q("15.470 ha", 15470, "ha"),
 Q("hơn 30 nghìn tấn/năm", 30000, "tấn", "over"), Q("14 triệu đồng", 14000000, "đồng"), Q("27 triệu đồng", 27000000, "đồng"),
 Q("17 vụ tranh chấp bãi nuôi ngao", 17, "vụ tranh chấp bãi nuôi ngao"), Q("trên 3 tỷ đồng", 3000000000, "đồng", "over"),
 Q("25 đồng chí", 25, "đồng chí"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"), Q("7.000 hội viên", 7000, "hội viên"),
 Q("100%", 100, "%"), Q("9 đại biểu", 9, "đại biểu")],
[D("Nghị quyết", "09", "NQ/TW", "2007-02-09", "Hội nghị Trung ương 4", "Nghị quyết số 09-NQ/TW ngày 9/2/2007"),
 D("Kế hoạch", "96", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 96-KH/TU"),
 D("Kế hoạch", "97", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 97-KH/TU")],
[prov("Nam Định"), com("Giao Xuân"), com("Giao Lạc"), com("Nghĩa Thắng"), com("Hải Chính")],
["Báo Nam Định điện tử", "Thời sự - Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao", "Ảnh: Các đại biểu bỏ phiếu bầu Ban Chấp hành.",
 "Chiến lược biển Việt Nam"],
["22-05-2013 08:20", "lần thứ II", "nhiệm kỳ 2013 - 2018", "Nhiệm kỳ 2008 - 2013", "khóa X", "năm 2020", "lần thứ IV", "25 đồng chí"]))

PAGES.append(page("b6704-camau-taphuan-tomquangcanh-2014", """
Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau
Bạn đang ở: Trang chủ / Kinh tế / Thủy sản
11/09/2014 - 14:30
Hội viên Chi hội nuôi tôm ấp Cái Keo thực hành đo độ mặn ao nuôi.
Hơn 200 hội viên được tập huấn nuôi tôm quảng canh cải tiến
Từ ngày 9 đến 10/9, Hội Nông dân tỉnh Cà Mau phối hợp với Trung tâm Khuyến nông tỉnh tổ chức 4 lớp tập huấn kỹ thuật nuôi tôm quảng canh cải tiến kết hợp nuôi cua, thuộc kế hoạch tập huấn năm 2014, cho hơn 200 hội viên nông dân ở huyện Cái Nước và huyện Đầm Dơi.
Tại lớp học ở xã Tân Hưng Đông, kỹ sư Trương Minh Luân, cán bộ Trung tâm Khuyến nông tỉnh, hướng dẫn bà con cách cải tạo ao đầm, sên vét bùn đáy, xử lý nước bằng vôi nông nghiệp với liều 10 - 15 kg/1.000 m2, chọn con giống đã qua kiểm dịch và thả nuôi với mật độ 4 - 6 con/m2. Học viên cũng được học cách nhận biết bệnh đốm trắng, hoại tử gan tụy cấp và cách ghi nhật ký ao nuôi.
Ông Danh Út, hội viên ấp Cái Keo, xã Tân Hưng Đông, năm nay 58 tuổi, có 3 ha vuông tôm, cho biết: "Trước đây tôi thả giống theo kinh nghiệm, có vụ mất trắng. Học xong, tôi biết giữ mực nước trên trảng 0,6 m, thả giống làm nhiều đợt nên tôm ít chết".
Theo ông Nguyễn Hoàng Phúc, Phó Chủ tịch Hội Nông dân tỉnh, toàn tỉnh hiện có khoảng 266.000 ha nuôi tôm, trong đó diện tích quảng canh cải tiến mới đạt 19.500 ha. Năm 2014, Hội đặt mục tiêu tổ chức 60 lớp tập huấn cho 3.000 lượt hội viên, thành lập thêm 15 tổ hợp tác nuôi tôm. Đến nay, các cấp Hội đã tổ chức được 41 lớp, đạt 68% kế hoạch.
Kinh phí các lớp học được hỗ trợ từ nguồn Chương trình khuyến nông theo Quyết định số 1370/QĐ-UBND ngày 15/8/2013 của UBND tỉnh, mỗi học viên được hỗ trợ 50.000 đồng tiền ăn trưa và tài liệu. Hội cũng phối hợp với Ngân hàng Chính sách xã hội cho 73 hộ vay với mức tối đa 50 triệu đồng/hộ để cải tạo vuông tôm theo Nghị định số 41/2010/NĐ-CP của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn.
Bà Tô Thị Mỹ, Chủ tịch Hội Nông dân xã Tân Hưng Đông, cho biết sau tập huấn xã sẽ xây dựng 2 mô hình trình diễn nuôi tôm - cua - cá kèo để bà con tham quan, học tập. Hội Nông dân huyện Cái Nước cũng đề nghị mở thêm lớp về nuôi tôm sinh thái dưới tán rừng cho hội viên ở các xã ven biển.
Theo đánh giá của Ban tổ chức, lớp tập huấn năm nay có nhiều học viên là nữ và thanh niên, nội dung gắn với thực tế ao nuôi nên bà con tiếp thu nhanh. Cuối khóa, 100% học viên đạt yêu cầu bài kiểm tra.
Hoàng Vũ
Bài viết liên quan
- Đầm Dơi: tôm nuôi chết do thời tiết nắng nóng (05/09/2014)
- Trao 150 bộ đàm cho ngư dân Sông Đốc (28/08/2014)
- Nông dân Cà Mau học làm tôm sinh thái (19/08/2014)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2014 (15/07/2014)
""", "2014-09-11", "Hơn 200 hội viên được tập huấn nuôi tôm quảng canh cải tiến",
E("tap_huan", "2014", "2014-09-09"),
[P("Trương Minh Luân", "kỹ sư", "cán bộ Trung tâm Khuyến nông tỉnh"),
 P("Danh Út", "hội viên ấp Cái Keo"),
 P("Nguyễn Hoàng Phúc", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Tô Thị Mỹ", "Chủ tịch Hội Nông dân xã Tân Hưng Đông")],
[Q("4 lớp tập huấn", 4, "lớp tập huấn"), Q("hơn 200 hội viên nông dân", 200, "hội viên nông dân", "over"),
 Q("10 - 15 kg/1.000 m2", 10, "kg"), Q("10 - 15 kg/1.000 m2", 15, "kg"), Q("4 - 6 con/m2", 4, "con"), Q("4 - 6 con/m2", 6, "con"),
 Q("3 ha", 3, "ha"), Q("0,6 m", 0.6, "m"), Q("khoảng 266.000 ha", 266000, "ha", "approx"), Q("19.500 ha", 19500, "ha"),
 Q("60 lớp tập huấn", 60, "lớp tập huấn"), Q("3.000 lượt hội viên", 3000, "lượt hội viên"),
 Q("15 tổ hợp tác nuôi tôm", 15, "tổ hợp tác nuôi tôm"), Q("41 lớp", 41, "lớp"), Q("68%", 68, "%"),
 Q("50.000 đồng", 50000, "đồng"), Q("73 hộ", 73, "hộ"), Q("tối đa 50 triệu đồng/hộ", 50000000, "đồng"),
 Q("2 mô hình trình diễn", 2, "mô hình trình diễn"), Q("100%", 100, "%")],
[D("Quyết định", "1370", "QĐ-UBND", "2013-08-15", "UBND tỉnh", "Quyết định số 1370/QĐ-UBND ngày 15/8/2013"),
 D("Nghị định", "41", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 41/2010/NĐ-CP")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau", "Bạn đang ở: Trang chủ / Kinh tế / Thủy sản",
 "Hội viên Chi hội nuôi tôm ấp Cái Keo thực hành đo độ mặn ao nuôi.", "Chương trình khuyến nông", "Trung tâm Khuyến nông tỉnh"],
["11/09/2014 - 14:30", "58 tuổi", "năm 2014", "1.000 m2"]))

PAGES.append(page("b6705-quangngai-trao-qua-ngudan-lyson-2015", """
QUẢNG NGÃI ONLINE | Thứ Năm, 29/01/2015
Xã hội › Nhân ái
Ngày đăng 29/01/2015 | 15:20
Trao 300 suất quà Tết cho ngư dân Lý Sơn bám biển
Ngày 28/1, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Hội Nghề cá tỉnh và Báo Quảng Ngãi tổ chức chương trình "Xuân biển đảo - Tết ngư dân" tại huyện đảo Lý Sơn, trao 300 suất quà Tết cho ngư dân, gia đình ngư dân gặp nạn trên biển và hội viên nghề cá có hoàn cảnh khó khăn ở hai xã An Vĩnh và An Hải.
Đến dự và trao quà có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Huỳnh Thị Thu Vân, Lê Văn Đào; đồng chí Phạm Ngọc Thạch, Chủ tịch Hội Nghề cá tỉnh; đồng chí Nguyễn Quang Hòa, HUV, Bí thư Đảng ủy xã An Vĩnh.
Mỗi suất quà gồm 500.000 đồng tiền mặt, 10 kg gạo và nhu yếu phẩm, tổng trị giá hơn 250 triệu đồng, do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp qua Quỹ "Vì người nghèo". Riêng 14 gia đình có người mất tích trên biển trong năm 2014 được trao thêm mỗi gia đình 2 triệu đồng.
Ban tổ chức cũng trao tặng Chi hội nghề cá thôn Tây 20 phao cứu sinh, 5 máy thông tin liên lạc tầm xa và 1.000 lá cờ Tổ quốc để ngư dân mang theo trên các chuyến biển đầu năm. Đây là hoạt động hưởng ứng cuộc vận động "Ngư dân bám biển, giữ gìn chủ quyền" do Hội Nghề cá Việt Nam phát động.
Xúc động nhận quà, ông Võ Văn Tư, thuyền trưởng tàu QNg 96417 TS, nói: "Năm rồi tàu tôi bị tàu lạ đâm hư hỏng, anh em trong tổ đoàn kết kéo về bờ. Món quà hôm nay là nguồn động viên lớn để ra Hoàng Sa đánh bắt".
Theo đồng chí Phạm Ngọc Thạch, năm 2014 toàn huyện Lý Sơn có 412 tàu cá với khoảng 3.500 lao động, trong đó gần 70% số tàu thường xuyên đánh bắt ở vùng biển Hoàng Sa, Trường Sa. Hội đã thành lập 28 tổ đoàn kết trên biển, hỗ trợ cứu nạn thành công 6 tàu gặp sự cố. Thực hiện Nghị định số 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ về một số chính sách phát triển thủy sản, Hội đã tư vấn cho 35 chủ tàu lập hồ sơ vay vốn đóng tàu vỏ thép, vỏ composite.
Đồng chí Huỳnh Thị Thu Vân mong bà con ngư dân vui xuân, đón Tết an toàn, tiếp tục đoàn kết vươn khơi bám biển, là "cột mốc sống" khẳng định chủ quyền biển đảo của Tổ quốc.
Bà Phạm Thị Lài, vợ một ngư dân mất tích trên biển năm 2014, nghẹn ngào cảm ơn sự quan tâm của các cấp, các ngành; hiện chị một mình nuôi ba con nhỏ bằng nghề bán cá ở chợ xã.
Trước đó, đoàn đã đến thăm, tặng quà Đồn Biên phòng Lý Sơn và Trạm Ra đa 550.
Thanh Nhàn
Lượt xem: 2.317
Tin liên quan
- Bình Sơn: ngư dân trúng đậm cá ngừ đầu năm (26/01/2015)
- Sẵn sàng cho mùa vụ khai thác cá Nam (22/01/2015)
- Hội Nghề cá tỉnh tổng kết năm 2014 (16/01/2015)
- Trao 100 thẻ bảo hiểm y tế cho ngư dân (09/01/2015)
""", "2015-01-29", "Trao 300 suất quà Tết cho ngư dân Lý Sơn bám biển",
E("trao_qua", None, "2015-01-28"),
[P("Huỳnh Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Đào", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Ngọc Thạch", "Chủ tịch Hội Nghề cá tỉnh"),
 P("Nguyễn Quang Hòa", "HUV", "Bí thư Đảng ủy xã An Vĩnh"),
 P("Võ Văn Tư", "thuyền trưởng tàu QNg 96417 TS"),
 P("Phạm Thị Lài")],
[Q("300 suất quà", 300, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg gạo", 10, "kg"),
 Q("hơn 250 triệu đồng", 250000000, "đồng", "over"), Q("14 gia đình", 14, "gia đình"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("20 phao cứu sinh", 20, "phao cứu sinh"), Q("5 máy thông tin liên lạc tầm xa", 5, "máy thông tin liên lạc tầm xa"),
 Q("1.000 lá cờ Tổ quốc", 1000, "lá cờ Tổ quốc"), Q("412 tàu cá", 412, "tàu cá"),
 Q("khoảng 3.500 lao động", 3500, "lao động", "approx"), Q("gần 70%", 70, "%", "approx"),
 Q("28 tổ đoàn kết trên biển", 28, "tổ đoàn kết trên biển"), Q("6 tàu", 6, "tàu"), Q("35 chủ tàu", 35, "chủ tàu")],
[D("Nghị định", "67", "2014/NĐ-CP", "2014-07-07", "Chính phủ", "Nghị định số 67/2014/NĐ-CP ngày 7/7/2014")],
[prov("Quảng Ngãi"), com("An Vĩnh"), com("An Hải")],
["QUẢNG NGÃI ONLINE", "Xã hội › Nhân ái", "Xuân biển đảo - Tết ngư dân", "Vì người nghèo", "Ngư dân bám biển, giữ gìn chủ quyền",
 "cột mốc sống", "Lượt xem: 2.317", "QNg 96417 TS", "Trạm Ra đa 550"],
["QUẢNG NGÃI ONLINE | Thứ Năm, 29/01/2015", "năm 2014", "Lượt xem: 2.317", "QNg 96417 TS", "Trạm Ra đa 550"]))

PAGES.append(page("b6706-khanhhoa-hoinghecan-soket-2016", """
Báo Khánh Hòa điện tử
Chính trị - Xã hội :: Đoàn thể
08:15 | 15/07/2016
Hội Nghề cá tỉnh: Hướng về cơ sở, đồng hành cùng ngư dân
Sáng 14/7, Hội Nghề cá tỉnh tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2016 và triển khai nhiệm vụ 6 tháng cuối năm. Ông Lê Văn Dẽ, Chủ tịch Hội Nghề cá tỉnh chủ trì; tham dự có ông Trần Sơn Hải, Phó Chủ tịch Thường trực UBND tỉnh.
Quang cảnh hội nghị. Ảnh: Đ.L
Báo cáo của Hội cho thấy, 6 tháng đầu năm, các cấp Hội đã kết nạp 287 hội viên mới, thành lập mới 3 nghiệp đoàn nghề cá ở các phường Vĩnh Trường, Vĩnh Nguyên và xã Ninh Hải, nâng tổng số nghiệp đoàn toàn tỉnh lên 11 nghiệp đoàn với 1.946 đoàn viên. Sản lượng khai thác hải sản đạt 43.850 tấn, tăng 4,2% so với cùng kỳ; riêng cá ngừ đại dương đạt khoảng 2.100 tấn.
Lĩnh vực nuôi trồng gặp nhiều khó khăn khi đợt nắng hạn kéo dài làm hơn 120 ha tôm hùm, tôm thẻ ở vùng vịnh Cam Ranh, Vạn Ninh bị thiệt hại; hàng trăm lồng tôm hùm chết do môi trường nước ô nhiễm. Hội đã phối hợp với ngành chức năng hướng dẫn 540 hộ nuôi di dời lồng bè ra vùng nước sâu, giảm mật độ nuôi.
Triển khai Nghị định 67/2014/NĐ-CP của Chính phủ, Hội đã phối hợp với các ngân hàng thương mại thẩm định hồ sơ cho 19 chủ tàu; đến nay đã có 12 tàu vỏ thép được hạ thủy, tổng vốn vay trên 180 tỷ đồng. Tuy nhiên vẫn còn một số tàu hoạt động chưa hiệu quả, chủ tàu chậm trả nợ.
Tại hội nghị, ông Nguyễn Văn Hiệp, Chủ tịch Nghiệp đoàn nghề cá phường Vĩnh Trường, kiến nghị các cơ quan chức năng sớm hướng dẫn thủ tục bảo hiểm thân tàu và bảo hiểm thuyền viên theo quy định. Bà Đặng Thị Thu, Phó Chủ tịch Hội Nghề cá thị xã Ninh Hòa, phản ánh tình trạng nuôi ốc hương tự phát trên đầm Nha Phu.
Phát biểu tại hội nghị, ông Trần Sơn Hải ghi nhận những đóng góp của Hội trong việc vận động ngư dân bám biển, tham gia bảo vệ chủ quyền; đề nghị 6 tháng cuối năm Hội bám sát Chỉ thị số 09-CT/TU và Kết luận số 35-KL/TU của Ban Thường vụ Tỉnh ủy, tuyên truyền ngư dân không khai thác trái phép ở vùng biển nước ngoài, chủ động phòng chống thiên tai mùa mưa bão.
Một số đại biểu cũng cho rằng hoạt động của chi hội ở các xã bãi ngang còn yếu, nhiều hội viên chưa hiểu rõ quyền lợi khi tham gia nghiệp đoàn; việc nắm tình hình ngư dân trên các vùng biển xa còn phụ thuộc vào thông tin từ chủ tàu.
Hội nghị thống nhất 6 nhiệm vụ trọng tâm, trong đó phấn đấu đến cuối năm phát triển thêm ít nhất 2 nghiệp đoàn nghề cá và 500 hội viên.
Đình Luân
TIN CÙNG CHUYÊN MỤC
- Nghiệp đoàn nghề cá Vĩnh Lương ra mắt (06/07/2016)
- Hỗ trợ ngư dân khắc phục hậu quả hạn hán (28/06/2016)
- Vạn Ninh: Tôm hùm chết hàng loạt (21/06/2016)
- Tập huấn luật biển cho ngư dân Cam Ranh (10/06/2016)
""", "2016-07-15", "Hội Nghề cá tỉnh: Hướng về cơ sở, đồng hành cùng ngư dân",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Lê Văn Dẽ", "Chủ tịch Hội Nghề cá tỉnh"),
 P("Trần Sơn Hải", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Nguyễn Văn Hiệp", "Chủ tịch Nghiệp đoàn nghề cá phường Vĩnh Trường"),
 P("Đặng Thị Thu", "Phó Chủ tịch Hội Nghề cá thị xã Ninh Hòa")],
[Q("287 hội viên mới", 287, "hội viên mới"), Q("3 nghiệp đoàn nghề cá", 3, "nghiệp đoàn nghề cá"), Q("11 nghiệp đoàn", 11, "nghiệp đoàn"),
 Q("1.946 đoàn viên", 1946, "đoàn viên"), Q("43.850 tấn", 43850, "tấn"), Q("4,2%", 4.2, "%"),
 Q("khoảng 2.100 tấn", 2100, "tấn", "approx"), Q("hơn 120 ha", 120, "ha", "over"), Q("540 hộ", 540, "hộ"),
 Q("19 chủ tàu", 19, "chủ tàu"), Q("12 tàu vỏ thép", 12, "tàu vỏ thép"), Q("trên 180 tỷ đồng", 180000000000, "đồng", "over"),
 Q("6 nhiệm vụ trọng tâm", 6, "nhiệm vụ trọng tâm"), Q("ít nhất 2 nghiệp đoàn nghề cá", 2, "nghiệp đoàn nghề cá", "over"),
 Q("500 hội viên", 500, "hội viên")],
[D("Nghị định", "67", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 67/2014/NĐ-CP"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 35-KL/TU")],
[prov("Khánh Hòa"), com("Vĩnh Trường"), com("Vĩnh Nguyên"), com("Ninh Hải")],
["Báo Khánh Hòa điện tử", "Chính trị - Xã hội :: Đoàn thể", "Quang cảnh hội nghị. Ảnh: Đ.L"],
["08:15 | 15/07/2016", "6 tháng đầu năm 2016", "6 tháng cuối năm", "6 tháng đầu năm"]))
