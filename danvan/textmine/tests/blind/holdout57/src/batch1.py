from lib import *
PAGES = []

PAGES.append(page("b1325-quangnam-hlhpn-duyxuyen-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DUY XUYÊN - TỈNH QUẢNG NAM
Trang chủ » Tin tức - Sự kiện » Mặt trận - Đoàn thể
Thứ Năm, 29/12/2011 - 09:20
Hội LHPN huyện Duy Xuyên tổng kết công tác Hội năm 2011
Ngày 27/12/2011, Hội Liên hiệp Phụ nữ huyện Duy Xuyên tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có bà Trần Thị Kim Hoa, Phó Chủ tịch Hội LHPN tỉnh Quảng Nam; ông Lê Văn Dũng, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện cùng 46 đồng chí là chủ tịch, phó chủ tịch Hội LHPN các xã, thị trấn.
Bà Nguyễn Thị Thu Sương, Chủ tịch Hội LHPN huyện trình bày báo cáo tổng kết.
Theo báo cáo do bà Nguyễn Thị Thu Sương, Chủ tịch Hội LHPN huyện trình bày, năm 2011 các cấp Hội đã bám sát Nghị quyết 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chỉ thị số 37-CT/HU ngày 12/4/2010 của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác phụ nữ trong tình hình mới. Toàn huyện kết nạp mới 1.126 hội viên, nâng tổng số lên 17.840 hội viên, đạt 86,5% số phụ nữ trong độ tuổi tập hợp.
Phong trào thi đua "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" và cuộc vận động "Xây dựng gia đình 5 không 3 sạch" được triển khai sâu rộng đến từng chi hội. Hội phối hợp với Phòng Giao dịch Ngân hàng Chính sách xã hội huyện quản lý dư nợ ủy thác 68,4 tỷ đồng cho 3.215 hộ vay thông qua 92 tổ tiết kiệm và vay vốn; giúp đỡ 214 hộ phụ nữ nghèo, trong đó có 57 hộ thoát nghèo. Từ nguồn vận động, các cấp Hội đã xây dựng và bàn giao 3 căn nhà "Mái ấm tình thương" với tổng trị giá 90 triệu đồng.
Tại hội nghị, bà Phan Thị Lệ, Chủ tịch Hội LHPN xã Duy Trung chia sẻ kinh nghiệm duy trì sinh hoạt chi hội ở các thôn vùng bãi ngang; bà Võ Thị Nở, Chi hội trưởng phụ nữ thôn Trà Kiệu Tây, xã Duy Sơn kiến nghị tăng vốn cho các tổ vay nuôi bò sinh sản. Một số ý kiến cho rằng việc tập hợp nữ công nhân tại các cơ sở dệt may ở thị trấn Nam Phước còn khó khăn, nội dung sinh hoạt chưa hấp dẫn.
Phát biểu chỉ đạo, bà Trần Thị Kim Hoa ghi nhận kết quả Hội LHPN huyện đạt được, đề nghị năm 2012 tập trung chuẩn bị tốt đại hội phụ nữ cơ sở, tiếp tục thực hiện Kế hoạch số 24-KH/HU của Huyện ủy về công tác vận động phụ nữ tham gia giảm nghèo bền vững. Ông Lê Văn Dũng đề nghị Hội phối hợp chặt chẽ với Ủy ban MTTQ huyện trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Hội LHPN huyện tặng Giấy khen cho 11 tập thể và 23 cá nhân có thành tích xuất sắc trong công tác Hội và phong trào phụ nữ năm 2011.
Minh Thư
Lượt xem: 642
Tin liên quan
- Duy Xuyên: ra mắt 5 câu lạc bộ "Gia đình hạnh phúc" (12/12/2011)
- Hội LHPN xã Duy Phước trao vốn cho 20 hội viên nghèo (30/11/2011)
- Hội thi "Phụ nữ với pháp luật" năm 2011 (15/11/2011)
- Phụ nữ Duy Xuyên giúp nhau khắc phục hậu quả lũ lụt (08/11/2011)
""", "2011-12-29", "Hội LHPN huyện Duy Xuyên tổng kết công tác Hội năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Thị Kim Hoa", "Phó Chủ tịch Hội LHPN tỉnh Quảng Nam"),
 P("Lê Văn Dũng", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Thu Sương", "Chủ tịch Hội LHPN huyện"),
 P("Phan Thị Lệ", "Chủ tịch Hội LHPN xã Duy Trung"),
 P("Võ Thị Nở", "Chi hội trưởng phụ nữ thôn Trà Kiệu Tây")],
[Q("46 đồng chí", 46, "đồng chí"), Q("1.126 hội viên", 1126, "hội viên"), Q("17.840 hội viên", 17840, "hội viên"),
 Q("86,5%", 86.5, "%"), Q("68,4 tỷ đồng", 68400000000, "đồng"), Q("3.215 hộ vay", 3215, "hộ vay"),
 Q("92 tổ tiết kiệm và vay vốn", 92, "tổ tiết kiệm và vay vốn"), Q("214 hộ phụ nữ nghèo", 214, "hộ phụ nữ nghèo"),
 Q("57 hộ thoát nghèo", 57, "hộ"), Q('3 căn nhà "Mái ấm tình thương"', 3, "căn nhà"), Q("90 triệu đồng", 90000000, "đồng"),
 Q("11 tập thể", 11, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị"),
 D("Chỉ thị", "37", "CT/HU", "2010-04-12", "Ban Thường vụ Huyện ủy", "Chỉ thị số 37-CT/HU ngày 12/4/2010 của Ban Thường vụ Huyện ủy"),
 D("Kế hoạch", "24", "KH/HU", None, "Huyện ủy", "Kế hoạch số 24-KH/HU của Huyện ủy")],
[prov("Quảng Nam"), com("Duy Trung"), com("Duy Sơn"), com("Nam Phước")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DUY XUYÊN - TỈNH QUẢNG NAM", "Trang chủ » Tin tức - Sự kiện » Mặt trận - Đoàn thể",
 "Bà Nguyễn Thị Thu Sương, Chủ tịch Hội LHPN huyện trình bày báo cáo tổng kết.",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Xây dựng gia đình 5 không 3 sạch",
 "Mái ấm tình thương", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 642"],
["Thứ Năm, 29/12/2011 - 09:20", "46 đồng chí", "năm 2011", "năm 2012", "5 không 3 sạch", "Lượt xem: 642"]))

PAGES.append(page("b1326-tiengiang-hnd-cailay-soket-2012", """
BÁO ẤP BẮC ĐIỆN TỬ
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang
Chính trị / Mặt trận - Đoàn thể
20/07/2012 - 14:35
Nông dân Cai Lậy vay vốn, làm giàu trên đất vườn
(ABO) - Ngày 18/7, Hội Nông dân huyện Cai Lậy tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2012, triển khai phương hướng nhiệm vụ 6 tháng cuối năm. Đến dự có ông Nguyễn Văn Bảy, Phó Chủ tịch Hội Nông dân tỉnh Tiền Giang và ông Trần Thanh Hùng, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Cai Lậy.
Nông dân xã Mỹ Phước Tây chăm sóc vườn sầu riêng. Ảnh: Hoài Phương
Báo cáo của Ban Thường vụ Hội Nông dân huyện cho thấy, sau 6 tháng, toàn huyện kết nạp mới 412 hội viên, thành lập thêm 6 chi hội nghề nghiệp; có 9.850 hộ đăng ký danh hiệu "Nông dân sản xuất, kinh doanh giỏi" các cấp. Quỹ Hỗ trợ nông dân huyện đạt tổng nguồn vốn trên 4,2 tỷ đồng, đã giải ngân cho 186 hộ vay để trồng cây ăn trái, nuôi heo, nuôi gà. Hội còn phối hợp tổ chức 54 lớp tập huấn chuyển giao khoa học kỹ thuật cho hơn 2.300 lượt hội viên.
Các cấp Hội tiếp tục thực hiện Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010 - 2020" và Quyết định 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ. Thực hiện Kế hoạch 15-KH/HU của Huyện ủy Cai Lậy, Hội đã vận động hội viên hiến 7.600 m2 đất, đóng góp ngày công làm 12 tuyến đường giao thông nông thôn.
Ông Lê Minh Tâm, Chủ tịch Hội Nông dân huyện Cai Lậy cho biết: "Khó khăn lớn nhất hiện nay là giá trái cây xuống thấp, đầu ra bấp bênh. Hội sẽ tiếp tục vận động bà con liên kết thành tổ hợp tác để có sức mạnh thương lượng với thương lái". Tại xã Tam Bình, tổ hợp tác sầu riêng có 27 thành viên đã ký hợp đồng tiêu thụ với doanh nghiệp, giá bán cao hơn giá thị trường khoảng 4.000 đồng/kg.
Tham luận tại hội nghị, ông Huỳnh Văn Đực, Chủ tịch Hội Nông dân xã Long Tiên nêu kinh nghiệm giúp hội viên nghèo vay vốn không thế chấp qua tổ vay vốn. Ông Nguyễn Văn Bảy đề nghị 6 tháng cuối năm, Hội Nông dân huyện tập trung củng cố chi hội yếu, nâng cao chất lượng sinh hoạt, đẩy mạnh phong trào nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững.
Hoài Phương
Tin khác
- Hội Nông dân tỉnh tập huấn nghiệp vụ cho cán bộ cơ sở (16/07/2012)
- Chợ Gạo: 300 hội viên được vay vốn chăn nuôi (10/07/2012)
- Nông dân Tân Phước chuyển đổi sang trồng khóm (04/07/2012)
- Trao 15 căn nhà "Mái ấm nông dân" tại Gò Công Tây (28/06/2012)
""", "2012-07-20", "Nông dân Cai Lậy vay vốn, làm giàu trên đất vườn",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Nguyễn Văn Bảy", "Phó Chủ tịch Hội Nông dân tỉnh Tiền Giang"),
 P("Trần Thanh Hùng", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Cai Lậy"),
 P("Lê Minh Tâm", "Chủ tịch Hội Nông dân huyện Cai Lậy"),
 P("Huỳnh Văn Đực", "Chủ tịch Hội Nông dân xã Long Tiên")],
[Q("412 hội viên", 412, "hội viên"), Q("6 chi hội nghề nghiệp", 6, "chi hội nghề nghiệp"), Q("9.850 hộ", 9850, "hộ"),
 Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("186 hộ vay", 186, "hộ vay"),
 Q("54 lớp tập huấn chuyển giao khoa học kỹ thuật", 54, "lớp tập huấn chuyển giao khoa học kỹ thuật"),
 Q("hơn 2.300 lượt hội viên", 2300, "lượt hội viên", "over"), Q("7.600 m2", 7600, "m2"),
 Q("12 tuyến đường giao thông nông thôn", 12, "tuyến đường giao thông nông thôn"), Q("27 thành viên", 27, "thành viên"),
 Q("khoảng 4.000 đồng/kg", 4000, "đồng", "approx")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "15", "KH/HU", None, "Huyện ủy Cai Lậy", "Kế hoạch 15-KH/HU của Huyện ủy Cai Lậy")],
[prov("Tiền Giang"), com("Mỹ Phước Tây"), com("Tam Bình"), com("Long Tiên")],
["BÁO ẤP BẮC ĐIỆN TỬ", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang", "Chính trị / Mặt trận - Đoàn thể", "(ABO)",
 "Nông dân xã Mỹ Phước Tây chăm sóc vườn sầu riêng. Ảnh: Hoài Phương", "Nông dân sản xuất, kinh doanh giỏi",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010 - 2020"],
["20/07/2012 - 14:35", "6 tháng đầu năm 2012", "6 tháng cuối năm", "sau 6 tháng", "giai đoạn 2010 - 2020"]))

PAGES.append(page("b1327-binhthuan-hnd-hamthuanbac-daihoi-2013", """
BÁO BÌNH THUẬN ONLINE
Trang chủ > Chính trị > Xây dựng Đảng
Cập nhật lúc 16:40 ngày 17/05/2013
Đại hội Hội Nông dân huyện Hàm Thuận Bắc lần thứ IX
Ông Phan Văn Lợi, Chủ tịch Hội Nông dân huyện khóa IX (thứ hai từ phải) nhận hoa chúc mừng.
BT - Trong 2 ngày 15 và 16/5, Hội Nông dân huyện Hàm Thuận Bắc tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2013 - 2018. Dự đại hội có các đồng chí: Nguyễn Văn Hiếu, Phạm Thị Thanh Nga - Phó Chủ tịch Hội Nông dân tỉnh; ông Đặng Hồng Sơn, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy cùng 152 đại biểu đại diện cho hơn 14.600 hội viên nông dân của 17 xã, thị trấn.
Nhiệm kỳ 2008 - 2013, các cấp Hội trong huyện đã vận động nông dân chuyển đổi trên 3.200 ha đất trồng lúa kém hiệu quả sang trồng thanh long, đưa diện tích thanh long toàn huyện lên khoảng 8.500 ha. Bình quân mỗi năm có 5.400 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân các cấp đạt 3,65 tỷ đồng; Hội đang ủy thác quản lý dư nợ với Ngân hàng Chính sách xã hội 92 tỷ đồng qua 78 tổ vay vốn. Hội viên đã đóng góp gần 1,2 tỷ đồng và hiến hơn 18.000 m2 đất làm đường, kênh mương nội đồng, góp phần đưa xã Hàm Liêm đạt chuẩn nông thôn mới.
Đại hội đã thảo luận, đánh giá việc thực hiện Chỉ thị 59-CT/TW ngày 15/6/2000 của Bộ Chính trị về nâng cao vai trò của Hội Nông dân Việt Nam trong sự nghiệp công nghiệp hóa, hiện đại hóa nông nghiệp, nông thôn, và Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn. Nhiều tham luận nêu kinh nghiệm xây dựng chi hội nông dân nghề nghiệp trồng thanh long ở các xã Hàm Đức, Hồng Sơn.
Bên cạnh kết quả đạt được, đại hội thẳng thắn chỉ ra hạn chế: chất lượng sinh hoạt chi hội ở một số thôn chưa cao; việc vận động nông dân tham gia tổ hợp tác, hợp tác xã còn chậm; tình trạng "được mùa mất giá" đối với thanh long vẫn xảy ra. Nhiệm kỳ 2013 - 2018, Hội phấn đấu mỗi năm kết nạp mới 800 hội viên, có 55% số hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Đây là một trong 3 đại hội điểm cấp huyện của Hội Nông dân tỉnh Bình Thuận, được tổ chức sau khi 17/17 cơ sở Hội hoàn thành đại hội.
Phát biểu chỉ đạo, ông Đặng Hồng Sơn đề nghị Hội Nông dân huyện tiếp tục thực hiện Chương trình hành động số 09-CTr/HU của Huyện ủy về nông nghiệp, nông dân, nông thôn; chú trọng vận động nông dân áp dụng tiêu chuẩn VietGAP, liên kết tiêu thụ sản phẩm.
Đại hội đã bầu Ban Chấp hành khóa IX gồm 27 ủy viên. Ông Phan Văn Lợi được bầu giữ chức Chủ tịch Hội Nông dân huyện khóa IX; các ông Trần Minh Thuận, Nguyễn Hữu Phước được bầu làm Phó Chủ tịch. Đại hội cũng bầu 9 đại biểu đi dự Đại hội Hội Nông dân tỉnh lần thứ VIII.
N.Lân
Lượt đọc: 1.205
Tin cùng chuyên mục
- Đại hội Hội Nông dân huyện Tánh Linh nhiệm kỳ 2013 - 2018 (14/05/2013)
- Hàm Tân: đại hội Hội Nông dân điểm cấp xã (02/04/2013)
- Hội Nông dân tỉnh sơ kết quý I (10/04/2013)
""", "2013-05-17", "Đại hội Hội Nông dân huyện Hàm Thuận Bắc lần thứ IX",
E("dai_hoi", None, "2013-05-15"),
[P("Phan Văn Lợi", "Chủ tịch Hội Nông dân huyện khóa IX"),
 P("Nguyễn Văn Hiếu", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Phạm Thị Thanh Nga", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đặng Hồng Sơn", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Minh Thuận", "Phó Chủ tịch"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch")],
[Q("152 đại biểu", 152, "đại biểu"), Q("hơn 14.600 hội viên nông dân", 14600, "hội viên nông dân", "over"),
 Q("17 xã, thị trấn", 17, "xã, thị trấn"), Q("trên 3.200 ha", 3200, "ha", "over"), Q("khoảng 8.500 ha", 8500, "ha", "approx"),
 Q("5.400 hộ", 5400, "hộ"), Q("3,65 tỷ đồng", 3650000000, "đồng"), Q("92 tỷ đồng", 92000000000, "đồng"),
 Q("78 tổ vay vốn", 78, "tổ vay vốn"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("hơn 18.000 m2", 18000, "m2", "over"), Q("800 hội viên", 800, "hội viên"), Q("55%", 55, "%"), Q("3 đại hội điểm", 3, "đại hội điểm"),
 Q("17/17 cơ sở Hội", 17, "cơ sở Hội"), Q("27 ủy viên", 27, "ủy viên"), Q("9 đại biểu", 9, "đại biểu")],
[D("Chỉ thị", "59", "CT/TW", "2000-06-15", "Bộ Chính trị", "Chỉ thị 59-CT/TW ngày 15/6/2000 của Bộ Chính trị"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương"),
 D("Chương trình hành động", "09", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 09-CTr/HU của Huyện ủy")],
[prov("Bình Thuận"), com("Hàm Liêm"), com("Hàm Đức"), com("Hồng Sơn")],
["BÁO BÌNH THUẬN ONLINE", "Trang chủ > Chính trị > Xây dựng Đảng", "BT -",
 "Ông Phan Văn Lợi, Chủ tịch Hội Nông dân huyện khóa IX (thứ hai từ phải) nhận hoa chúc mừng.", "Lượt đọc: 1.205", "được mùa mất giá"],
["Cập nhật lúc 16:40 ngày 17/05/2013", "lần thứ IX", "nhiệm kỳ 2013 - 2018", "Nhiệm kỳ 2008 - 2013", "Nhiệm kỳ 2013 - 2018", "2 ngày", "lần thứ VIII", "Lượt đọc: 1.205"]))

PAGES.append(page("b1328-camau-hccb-tranvanthoi-traoqua-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU
Bạn đang ở: Trang chủ | Tin tức - Sự kiện | Tin địa phương
Thứ Tư, 22/01/2014
Hội Cựu chiến binh huyện Trần Văn Thời trao 120 phần quà Tết cho hội viên khó khăn
Ngày 21/1/2014, Hội Cựu chiến binh huyện Trần Văn Thời phối hợp với Ban Đại diện Hội Cựu chiến binh tỉnh Cà Mau tại TP Hồ Chí Minh tổ chức trao 120 phần quà Tết cho hội viên cựu chiến binh có hoàn cảnh khó khăn trên địa bàn huyện nhân dịp Xuân Giáp Ngọ 2014. Mỗi phần quà gồm 500.000 đồng tiền mặt cùng gạo, đường, bánh mứt, tổng trị giá 84 triệu đồng.
Ông Trương Văn Tám trao quà cho hội viên xã Khánh Bình Tây. Ảnh: Ngọc Hân
Tham dự buổi trao quà có ông Trương Văn Tám, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức - Kiểm tra Hội Cựu chiến binh tỉnh; ông Lý Thanh Quang, Huyện ủy viên, Chủ tịch Hội Cựu chiến binh huyện; ông Nguyễn Hoàng Út, Phó Chủ tịch Ủy ban nhân dân huyện Trần Văn Thời.
Ông Lý Thanh Quang cho biết, toàn huyện hiện có 2.436 hội viên cựu chiến binh sinh hoạt ở 13 cơ sở Hội xã, thị trấn. Năm qua, Hội đã thực hiện tốt Chỉ thị số 06-CT/HCCB của Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam về phong trào "Cựu chiến binh gương mẫu"; giúp nhau bằng 2.180 ngày công, cho mượn không tính lãi 346 triệu đồng; phối hợp xây dựng 8 căn nhà "Nghĩa tình đồng đội", mỗi căn trị giá 40 triệu đồng. Số hộ hội viên nghèo giảm từ 212 hộ xuống còn 147 hộ, chiếm 6,03%.
Theo ông Quang, thực hiện Quyết định số 22/2010/QĐ-TTg ngày 9/3/2010 của Thủ tướng Chính phủ về tổ chức, hoạt động của doanh nghiệp của cựu chiến binh và Nghị quyết 15-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế biển, nhiều hội viên ở các xã ven biển như Khánh Bình Tây, Phong Điền đã mạnh dạn đầu tư nuôi tôm quảng canh cải tiến, có thu nhập ổn định.
Thay mặt lãnh đạo huyện, ông Nguyễn Hoàng Út cảm ơn sự quan tâm của các nhà hảo tâm, mong muốn các cựu chiến binh tiếp tục phát huy phẩm chất "Bộ đội Cụ Hồ", đi đầu trong giữ gìn an ninh trật tự ở khóm, ấp. Xúc động nhận quà, ông Đinh Văn Hai, hội viên Chi hội Cựu chiến binh ấp Rạch Ruộng, xã Khánh Bình Tây, 72 tuổi, chia sẻ: "Quà không lớn nhưng là tấm lòng của đồng đội, tôi rất cảm động".
Cùng ngày, đoàn đã đến thăm, tặng quà gia đình ông Trần Văn Lến (thương binh 2/4) tại thị trấn Trần Văn Thời.
Ngọc Hân (Trung tâm Văn hóa - Thông tin huyện)
Số lần xem: 517
Tin khác
- U Minh: trao 50 suất học bổng cho con hội viên (20/01/2014)
- Hội Cựu chiến binh tỉnh tổng kết năm 2013 (15/01/2014)
- Thới Bình: khánh thành nhà "Nghĩa tình đồng đội" (10/01/2014)
""", "2014-01-22", "Hội Cựu chiến binh huyện Trần Văn Thời trao 120 phần quà Tết cho hội viên khó khăn",
E("trao_qua", None, "2014-01-21"),
[P("Trương Văn Tám", "Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức - Kiểm tra Hội Cựu chiến binh tỉnh"),
 P("Lý Thanh Quang", "Huyện ủy viên", "Chủ tịch Hội Cựu chiến binh huyện"),
 P("Nguyễn Hoàng Út", "Phó Chủ tịch Ủy ban nhân dân huyện Trần Văn Thời"),
 P("Đinh Văn Hai", "hội viên Chi hội Cựu chiến binh ấp Rạch Ruộng"),
 P("Trần Văn Lến")],
[Q("120 phần quà Tết", 120, "phần quà Tết"), Q("500.000 đồng", 500000, "đồng"), Q("84 triệu đồng", 84000000, "đồng"),
 Q("2.436 hội viên cựu chiến binh", 2436, "hội viên cựu chiến binh"), Q("13 cơ sở Hội", 13, "cơ sở Hội"),
 Q("2.180 ngày công", 2180, "ngày công"), Q("346 triệu đồng", 346000000, "đồng"),
 Q('8 căn nhà "Nghĩa tình đồng đội"', 8, "căn nhà"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("212 hộ", 212, "hộ"), Q("147 hộ", 147, "hộ"), Q("6,03%", 6.03, "%")],
[D("Chỉ thị", "06", "CT/HCCB", None, "Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam", "Chỉ thị số 06-CT/HCCB của Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam"),
 D("Quyết định", "22", "2010/QĐ-TTg", "2010-03-09", "Thủ tướng Chính phủ", "Quyết định số 22/2010/QĐ-TTg ngày 9/3/2010 của Thủ tướng Chính phủ"),
 D("Nghị quyết", "15", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 15-NQ/HU của Ban Chấp hành Đảng bộ huyện")],
[prov("Cà Mau"), prov("Hồ Chí Minh"), com("Khánh Bình Tây"), com("Phong Điền"), com("Trần Văn Thời")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU", "Bạn đang ở: Trang chủ | Tin tức - Sự kiện | Tin địa phương",
 "Ông Trương Văn Tám trao quà cho hội viên xã Khánh Bình Tây. Ảnh: Ngọc Hân", "Cựu chiến binh gương mẫu", "Nghĩa tình đồng đội",
 "Bộ đội Cụ Hồ", "Số lần xem: 517"],
["Thứ Tư, 22/01/2014", "Xuân Giáp Ngọ 2014", "Năm qua", "72 tuổi", "2/4", "Số lần xem: 517"]))

PAGES.append(page("b1329-khanhhoa-hlhpn-vanninh-giaoban-2014", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Xã hội › Phụ nữ - Gia đình
Thứ Sáu, 10/10/2014 - 08:45
Vạn Ninh: Phụ nữ góp sức xây dựng nông thôn mới
Hội LHPN huyện Vạn Ninh vừa tổ chức giao ban công tác Hội quý III và triển khai nhiệm vụ quý IV năm 2014 với sự tham gia của chủ tịch Hội LHPN 13 xã, thị trấn. Bà Nguyễn Thị Thanh Thủy, Chủ tịch Hội LHPN huyện chủ trì. Dự buổi giao ban có bà Phạm Thị Xuân Trang, Ủy viên Ban Thường vụ Hội LHPN tỉnh Khánh Hòa, Trưởng ban Gia đình - Xã hội.
Quang cảnh buổi giao ban.
Theo báo cáo, trong quý III, các cơ sở Hội đã vận động 358 hội viên đóng góp 1.040 ngày công, hơn 62 triệu đồng để nạo vét mương thoát nước, trồng 4,5 km hàng rào cây xanh tại các xã Vạn Thắng, Vạn Phú. Thực hiện cuộc vận động "Xây dựng gia đình 5 không 3 sạch", toàn huyện có thêm 640 hộ gia đình đạt tiêu chí, nâng tổng số lên 9.112 hộ. Hội phối hợp Trung tâm Y tế huyện tổ chức 8 buổi truyền thông về chăm sóc sức khỏe sinh sản cho khoảng 560 lượt chị em.
Về công tác hỗ trợ phụ nữ phát triển kinh tế, các cấp Hội đã giúp 47 hội viên vay vốn từ nguồn tiết kiệm với số tiền 235 triệu đồng; thành lập mới 2 tổ hợp tác may gia công tại thị trấn Vạn Giã, giải quyết việc làm cho 36 lao động nữ. Dư nợ ủy thác qua Ngân hàng Chính sách xã hội huyện đạt 54,7 tỷ đồng, tỷ lệ nợ quá hạn 0,38%.
Tuy nhiên, báo cáo cũng chỉ rõ công tác phát triển hội viên ở xã đảo Vạn Thạnh còn chậm; việc thực hiện Quy chế phối hợp số 03-QCPH/HPN-CA giữa Hội LHPN huyện và Công an huyện về phòng chống tội phạm mua bán người chưa thường xuyên.
Tại buổi giao ban, bà Lê Thị Mỹ Hạnh, Phó Chủ tịch Hội LHPN huyện đã quán triệt Hướng dẫn số 12/HD-ĐCT ngày 5/9/2014 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về tổ chức đại hội phụ nữ cơ sở nhiệm kỳ 2016 - 2021 và Kế hoạch số 31-KH/HU ngày 22/8/2014 của Huyện ủy Vạn Ninh về thực hiện Chỉ thị 36-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.
Kết luận buổi giao ban, bà Nguyễn Thị Thanh Thủy đề nghị quý IV các cơ sở Hội tập trung hoàn thành chỉ tiêu năm, chuẩn bị tổng kết phong trào thi đua, vận động hội viên hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực gia đình. Bà Đỗ Thị Hoa, Chủ tịch Hội LHPN xã Vạn Thạnh nhận nhiệm vụ khắc phục tình trạng chi hội sinh hoạt không đều.
Phát biểu tại buổi giao ban, bà Phạm Thị Xuân Trang ghi nhận sự chủ động của Hội LHPN huyện trong tham gia xây dựng nông thôn mới, nhất là mô hình "Con đường phụ nữ tự quản" ở thôn Tân Đức Đông. Bà lưu ý các cơ sở Hội cần rà soát, phân loại hội viên nghèo để có giải pháp hỗ trợ cụ thể, không để tình trạng cho vay dàn trải; đồng thời quan tâm tập hợp phụ nữ làm nghề biển, phụ nữ có chồng là ngư dân đi biển dài ngày. Dự kiến trong quý IV, Hội LHPN tỉnh sẽ hỗ trợ huyện Vạn Ninh 20 con bò giống cho hội viên nghèo theo chương trình "Phụ nữ giúp nhau phát triển kinh tế gia đình".
Thanh Lan
Bình luận (0)
Các tin khác
- Cam Lâm: ra mắt câu lạc bộ phụ nữ khởi nghiệp (06/10/2014)
- Hội LHPN tỉnh tập huấn kỹ năng truyền thông (29/09/2014)
- Ninh Hòa: 200 hội viên được khám sức khỏe miễn phí (24/09/2014)
""", "2014-10-10", "Vạn Ninh: Phụ nữ góp sức xây dựng nông thôn mới",
E("giao_ban", "2014-Q3", None),
[P("Nguyễn Thị Thanh Thủy", "Chủ tịch Hội LHPN huyện"),
 P("Lê Thị Mỹ Hạnh", "Phó Chủ tịch Hội LHPN huyện"),
 P("Đỗ Thị Hoa", "Chủ tịch Hội LHPN xã Vạn Thạnh"),
 P("Phạm Thị Xuân Trang", "Ủy viên Ban Thường vụ Hội LHPN tỉnh Khánh Hòa", "Trưởng ban Gia đình - Xã hội")],
[Q("13 xã, thị trấn", 13, "xã, thị trấn"), Q("358 hội viên", 358, "hội viên"), Q("1.040 ngày công", 1040, "ngày công"),
 Q("hơn 62 triệu đồng", 62000000, "đồng", "over"), Q("4,5 km", 4.5, "km"), Q("640 hộ gia đình", 640, "hộ gia đình"),
 Q("9.112 hộ", 9112, "hộ"), Q("8 buổi truyền thông", 8, "buổi truyền thông"), Q("khoảng 560 lượt chị em", 560, "lượt chị em", "approx"),
 Q("47 hội viên", 47, "hội viên"), Q("235 triệu đồng", 235000000, "đồng"), Q("2 tổ hợp tác may gia công", 2, "tổ hợp tác may gia công"),
 Q("36 lao động nữ", 36, "lao động nữ"), Q("54,7 tỷ đồng", 54700000000, "đồng"), Q("0,38%", 0.38, "%"), Q("20 con bò giống", 20, "con bò giống")],
[D("Quy chế phối hợp", "03", "QCPH/HPN-CA", None, None, "Quy chế phối hợp số 03-QCPH/HPN-CA"),
 D("Hướng dẫn", "12", "HD-ĐCT", "2014-09-05", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 12/HD-ĐCT ngày 5/9/2014 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam"),
 D("Kế hoạch", "31", "KH/HU", "2014-08-22", "Huyện ủy Vạn Ninh", "Kế hoạch số 31-KH/HU ngày 22/8/2014 của Huyện ủy Vạn Ninh"),
 D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 36-CT/TW của Bộ Chính trị")],
[prov("Khánh Hòa"), com("Vạn Thắng"), com("Vạn Phú"), com("Vạn Giã"), com("Vạn Thạnh")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Xã hội › Phụ nữ - Gia đình", "Quang cảnh buổi giao ban.", "Xây dựng gia đình 5 không 3 sạch",
 "Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực gia đình", "Con đường phụ nữ tự quản",
 "Phụ nữ giúp nhau phát triển kinh tế gia đình", "Bình luận (0)"],
["Thứ Sáu, 10/10/2014 - 08:45", "quý III", "quý IV năm 2014", "5 không 3 sạch", "nhiệm kỳ 2016 - 2021", "Bình luận (0)"]))

PAGES.append(page("b1330-longan-hnd-duchoa-taphuan-2015", """
Báo Long An Online
Trang chủ >> Nông nghiệp - Nông thôn
Ngày đăng 14/08/2015 | 10:10
Hội Nông dân huyện Đức Hòa tập huấn nghiệp vụ cho 150 cán bộ chi hội
Ngày 12 và 13/8, Hội Nông dân huyện Đức Hòa tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2015 cho 150 cán bộ là chi hội trưởng, chi hội phó nông dân các ấp của 20 xã, thị trấn trong huyện.
Ông Võ Văn Thành, Phó Chủ tịch Hội Nông dân tỉnh (đứng) truyền đạt chuyên đề tại lớp tập huấn
Khai mạc lớp tập huấn, ông Nguyễn Thanh Tùng, Huyện ủy viên, Chủ tịch Hội Nông dân huyện Đức Hòa nhấn mạnh, đội ngũ chi hội trưởng là "cánh tay nối dài" của Hội, trực tiếp nắm tâm tư, nguyện vọng của hội viên, nông dân ở ấp. Hiện toàn huyện có 31.480 hội viên, sinh hoạt ở 96 chi hội, trong đó có 14 chi hội nghề nghiệp.
Trong 2 ngày, các học viên được ông Võ Văn Thành, Phó Chủ tịch Hội Nông dân tỉnh, và bà Trần Thị Kim Phượng, Trưởng ban Tổ chức - Kiểm tra Hội Nông dân tỉnh truyền đạt các chuyên đề: kỹ năng tổ chức sinh hoạt chi hội; nội dung Hướng dẫn số 28-HD/HNDTW ngày 15/4/2015 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam về thực hiện Điều lệ Hội; phương pháp vận động nông dân tham gia xây dựng nông thôn mới; cách lập hồ sơ vay vốn từ Quỹ Hỗ trợ nông dân. Học viên còn được phổ biến Quyết định số 15/2015/QĐ-UBND ngày 8/5/2015 của UBND tỉnh về chính sách hỗ trợ liên kết sản xuất lúa, rau an toàn.
Theo Ban Thường vụ Hội Nông dân huyện, từ đầu năm đến nay, Quỹ Hỗ trợ nông dân huyện đã cho 73 hộ vay với số tiền 1,46 tỷ đồng; có 6.250 hộ đăng ký thi đua sản xuất, kinh doanh giỏi. Hội đã vận động nông dân các xã Hựu Thạnh, Đức Lập Hạ hiến 2.800 m2 đất mở rộng đường. Tuy nhiên, ở một số ấp, chi hội trưởng lớn tuổi, ngại tiếp cận công nghệ, việc ghi chép sổ sách còn sơ sài.
"Trước đây tôi sinh hoạt chi hội chủ yếu là đọc thông báo. Qua lớp này, tôi biết cách để bà con tự nêu khó khăn, cùng bàn cách giải quyết", ông Lê Văn Mến, Chi hội trưởng Chi hội nông dân ấp Bình Tả 2, xã Đức Lập Hạ chia sẻ.
Bế mạc lớp học, ông Nguyễn Thanh Tùng yêu cầu các chi hội trưởng vận dụng kiến thức vào thực tiễn, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ huyện lần thứ X và Chương trình hành động số 21-CTr/HU của Ban Chấp hành Đảng bộ huyện về tam nông. Dịp này, Hội Nông dân huyện cấp 150 bộ tài liệu cho học viên.
Quốc Thanh
Lượt xem: 388
Tin liên quan
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2015 (24/07/2015)
- Cần Giuộc: nông dân liên kết trồng rau an toàn (10/07/2015)
- Bến Lức: hiến đất làm đường giao thông nông thôn (30/06/2015)
""", "2015-08-14", "Hội Nông dân huyện Đức Hòa tập huấn nghiệp vụ cho 150 cán bộ chi hội",
E("tap_huan", "2015", "2015-08-12"),
[P("Võ Văn Thành", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thanh Tùng", "Huyện ủy viên", "Chủ tịch Hội Nông dân huyện Đức Hòa"),
 P("Trần Thị Kim Phượng", "Trưởng ban Tổ chức - Kiểm tra Hội Nông dân tỉnh"),
 P("Lê Văn Mến", "Chi hội trưởng Chi hội nông dân ấp Bình Tả 2")],
[Q("150 cán bộ", 150, "cán bộ"), Q("20 xã, thị trấn", 20, "xã, thị trấn"), Q("31.480 hội viên", 31480, "hội viên"),
 Q("96 chi hội", 96, "chi hội"), Q("14 chi hội nghề nghiệp", 14, "chi hội nghề nghiệp"), Q("73 hộ vay", 73, "hộ vay"),
 Q("1,46 tỷ đồng", 1460000000, "đồng"), Q("6.250 hộ", 6250, "hộ"), Q("2.800 m2", 2800, "m2"),
 Q("150 bộ tài liệu", 150, "bộ tài liệu")],
[D("Hướng dẫn", "28", "HD/HNDTW", "2015-04-15", "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Hướng dẫn số 28-HD/HNDTW ngày 15/4/2015"),
 D("Quyết định", "15", "2015/QĐ-UBND", "2015-05-08", "UBND tỉnh", "Quyết định số 15/2015/QĐ-UBND ngày 8/5/2015 của UBND tỉnh"),
 D("Chương trình hành động", "21", "CTr/HU", None, "Ban Chấp hành Đảng bộ huyện", "Chương trình hành động số 21-CTr/HU của Ban Chấp hành Đảng bộ huyện")],
[prov("Long An"), com("Hựu Thạnh"), com("Đức Lập Hạ")],
["Báo Long An Online", "Trang chủ >> Nông nghiệp - Nông thôn",
 "Ông Võ Văn Thành, Phó Chủ tịch Hội Nông dân tỉnh (đứng) truyền đạt chuyên đề tại lớp tập huấn", "cánh tay nối dài",
 "Nghị quyết Đại hội Đảng bộ huyện lần thứ X", "Lượt xem: 388"],
["Ngày đăng 14/08/2015 | 10:10", "năm 2015", "ấp Bình Tả 2", "2 ngày", "lần thứ X", "Lượt xem: 388"]))
