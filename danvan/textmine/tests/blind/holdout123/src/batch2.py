from lib import *
PAGES = []

PAGES.append(page("b2915-quangninh-mttq-baocao-tiepnhan-2015", """
Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh - Cổng thông tin điện tử
Bạn đang ở: Trang chủ / Tin tức / Công tác cứu trợ
Ngày đăng 22/07/2015 | 16:20
Hơn 68 tỷ đồng ủng hộ nhân dân Quảng Ninh khắc phục hậu quả mưa lũ
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa có Báo cáo số 87/BC-MTTQ ngày 21/7/2015 về kết quả tiếp nhận tiền, hàng ủng hộ nhân dân trong tỉnh khắc phục hậu quả đợt mưa lũ lịch sử cuối tháng 7/2015.
Theo báo cáo, tính đến 17 giờ ngày 20/7/2015, Ủy ban MTTQ tỉnh đã tiếp nhận 68,4 tỷ đồng của 426 đơn vị, doanh nghiệp và hơn 3.000 lượt cá nhân, trong đó có 12 tỷ đồng do Ủy ban Trung ương MTTQ Việt Nam chuyển về, 5 tỷ đồng của Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam. Mặt trận các huyện, thị xã, thành phố tiếp nhận thêm khoảng 9,2 tỷ đồng và hàng hóa trị giá hơn 3 tỷ đồng gồm gạo, nước uống, thuốc chữa bệnh, chăn màn.
Cán bộ Mặt trận tỉnh kiểm đếm hàng ủng hộ tại kho tiếp nhận.
Đợt mưa lũ đã làm 17 người chết, 2.370 ngôi nhà bị ngập, 84 ngôi nhà bị sập đổ hoàn toàn hoặc trôi; hàng trăm điểm sạt lở trên địa bàn thành phố Cẩm Phả, Hạ Long và huyện Vân Đồn. Thực hiện Quyết định số 2304/QĐ-UBND ngày 18/7/2015 của UBND tỉnh về phân bổ nguồn hỗ trợ, Ban Thường trực đã chuyển 26 tỷ đồng về 8 địa phương bị thiệt hại nặng; mỗi hộ có người chết được hỗ trợ 20 triệu đồng, hộ có nhà bị sập, trôi được hỗ trợ 40 triệu đồng để làm lại nhà.
Theo bà Đỗ Thị Lương, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, số tiền còn lại sẽ được phân bổ sau khi các địa phương hoàn thành rà soát thiệt hại, ưu tiên làm lại nhà cho các hộ phải di dời khỏi vùng sạt lở ở phường Mông Dương, phường Cẩm Phú và xã Đoàn Kết. Ông Vi Văn Cường (dân tộc Sán Dìu), Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, được giao chủ trì công tác kiểm tra việc sử dụng nguồn hỗ trợ.
Ban Thường trực cũng đề nghị Mặt trận cấp huyện lập sổ theo dõi riêng, thực hiện việc tiếp nhận, phân phối theo đúng Thông tư số 72/2013/TT-BTC của Bộ Tài chính và công khai danh sách ủng hộ trên Báo Quảng Ninh, Đài Phát thanh và Truyền hình tỉnh. Bên cạnh đó, khoảng 4.500 lượt đoàn viên, hội viên và cán bộ, chiến sĩ đã tham gia giúp dân dọn bùn đất, vệ sinh trường học, trạm y tế ngay khi nước rút.
Tài khoản tiếp nhận: Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh, số 3761.0.1054321 tại Kho bạc Nhà nước tỉnh.
Văn phòng Ủy ban MTTQ tỉnh
Lượt xem: 4.105
Tin liên quan
- Thư cảm ơn của Ủy ban MTTQ tỉnh (30/07/2015)
- Hội LHPN tỉnh trao 1.000 suất quà cho phụ nữ vùng lũ (25/07/2015)
- Lời kêu gọi ủng hộ nhân dân khắc phục hậu quả mưa lũ (28/07/2015)
""", "2015-07-22", "Hơn 68 tỷ đồng ủng hộ nhân dân Quảng Ninh khắc phục hậu quả mưa lũ",
E("bao_cao", None, "2015-07-21"),
[P("Đỗ Thị Lương", "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Văn Cường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("68,4 tỷ đồng", 68400000000, "đồng"), Q("426 đơn vị, doanh nghiệp", 426, "đơn vị, doanh nghiệp"),
 Q("hơn 3.000 lượt cá nhân", 3000, "lượt cá nhân", "over"), Q("12 tỷ đồng", 12000000000, "đồng"),
 Q("5 tỷ đồng", 5000000000, "đồng"), Q("khoảng 9,2 tỷ đồng", 9200000000, "đồng", "approx"),
 Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over"), Q("17 người", 17, "người"), Q("2.370 ngôi nhà", 2370, "ngôi nhà"),
 Q("84 ngôi nhà", 84, "ngôi nhà"), Q("26 tỷ đồng", 26000000000, "đồng"), Q("8 địa phương", 8, "địa phương"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("khoảng 4.500 lượt đoàn viên, hội viên và cán bộ, chiến sĩ", 4500, "lượt đoàn viên, hội viên và cán bộ, chiến sĩ", "approx")],
[D("Báo cáo", "87", "BC-MTTQ", "2015-07-21", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Báo cáo số 87/BC-MTTQ ngày 21/7/2015"),
 D("Quyết định", "2304", "QĐ-UBND", "2015-07-18", "UBND tỉnh", "Quyết định số 2304/QĐ-UBND ngày 18/7/2015"),
 D("Thông tư", "72", "2013/TT-BTC", None, "Bộ Tài chính", "Thông tư số 72/2013/TT-BTC")],
[prov("Quảng Ninh"), com("Mông Dương"), com("Cẩm Phú"), com("Đoàn Kết")],
["Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh - Cổng thông tin điện tử", "Bạn đang ở: Trang chủ / Tin tức / Công tác cứu trợ",
 "Cán bộ Mặt trận tỉnh kiểm đếm hàng ủng hộ tại kho tiếp nhận.", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam",
 "Văn phòng Ủy ban MTTQ tỉnh", "Lượt xem: 4.105"],
["Ngày đăng 22/07/2015 | 16:20", "17 giờ ngày 20/7/2015", "tháng 7/2015", "3761.0.1054321", "Lượt xem: 4.105"]))

PAGES.append(page("b2916-hatinh-uybantw-traoqua-2016", """
BÁO HÀ TĨNH
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa
20/10/2016 - 10:05
Đồng chí Trần Quang Nghĩa trao tiền hỗ trợ cho bà con xã Cẩm Thạch.
Ủy ban Trung ương MTTQ Việt Nam hỗ trợ 6 tỷ đồng cho vùng lũ Hà Tĩnh
Chiều 19/10, đoàn công tác Ủy ban Trung ương MTTQ Việt Nam do đồng chí Trần Quang Nghĩa, Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dẫn đầu đã đến thăm, tặng quà người dân bị thiệt hại do lũ lụt tại huyện Cẩm Xuyên và thị xã Kỳ Anh.
Trước đó, hai đợt lũ liên tiếp từ ngày 13 đến 17/10 đã làm 8 người chết, hơn 49.000 ngôi nhà bị ngập, có nơi ngập sâu hơn 2 m; nhiều tuyến đường bị chia cắt hoàn toàn. Sáng 19/10 vẫn còn khoảng 12.000 hộ dân bị cô lập.
Tại xã Cẩm Thạch, đồng chí Trần Quang Nghĩa thăm hỏi, động viên bà con và trao 200 suất quà, mỗi suất 1 triệu đồng cho các hộ bị thiệt hại nặng. Thay mặt Đoàn Chủ tịch, đồng chí trao biểu trưng hỗ trợ 6 tỷ đồng cho tỉnh Hà Tĩnh từ Quỹ cứu trợ Trung ương; cùng với đó, Tổng Công ty Viễn thông Quân đội Viettel trao 1 tỷ đồng và 5.000 thùng mì. Nhận hỗ trợ có đồng chí Đặng Văn Khiêm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Tĩnh và bà Lê Thị Thanh Hà, Chủ tịch Ủy ban MTTQ tỉnh.
Báo cáo với đoàn, ông Trần Xuân Tiến, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh cho biết, từ ngày 15/10 Mặt trận các cấp trong tỉnh đã tiếp nhận khoảng 14 tỷ đồng và hàng trăm tấn hàng hóa; đã chuyển ngay 3,5 tỷ đồng về các xã bị thiệt hại nặng theo Kế hoạch số 64/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh. Hơn 1.700 lượt thanh niên, hội viên phụ nữ và cựu chiến binh đã tham gia cùng bộ đội giúp dân sơ tán, dọn dẹp sau lũ.
Phát biểu tại buổi làm việc, đồng chí Trần Quang Nghĩa yêu cầu Mặt trận các cấp thực hiện nghiêm Nghị định 64/2008/NĐ-CP của Chính phủ, bảo đảm tiền, hàng cứu trợ đến đúng người, đúng lúc; không để người dân nào bị đói, bị rét, không để học sinh nào thiếu sách vở khi trở lại trường. Đồng chí đề nghị tỉnh rà soát để đề xuất Ủy ban Trung ương hỗ trợ làm lại 100 căn nhà cho các hộ bị trôi nhà hoặc phải di dời.
Ông Võ Văn Thọ, 68 tuổi, ở thôn Nam Thạch, xã Cẩm Thạch rưng rưng: "Nước dâng nhanh quá, vợ chồng tôi phải ngồi trên gác hai ngày một đêm".
Dịp này, đoàn cũng đến thăm, tặng quà các hộ dân tại phường Kỳ Trinh và xã Kỳ Thư của thị xã Kỳ Anh.
Ngay trong đêm, các phương tiện của lực lượng vũ trang tiếp tục tiếp cận những thôn còn bị nước bao vây để đưa lương thực, nước uống, thuốc men đến từng gia đình.
Thu Hà - Đức Quang
Tin khác
- Bộ đội Biên phòng giúp dân Kỳ Anh khắc phục hậu quả lũ (18/10/2016)
- Hà Tĩnh: Nước lũ rút chậm, nhiều nơi còn bị cô lập (17/10/2016)
- Hội Chữ thập đỏ tỉnh tiếp nhận 500 triệu đồng (16/10/2016)
""", "2016-10-20", "Ủy ban Trung ương MTTQ Việt Nam hỗ trợ 6 tỷ đồng cho vùng lũ Hà Tĩnh",
E("trao_qua", None, "2016-10-19"),
[P("Trần Quang Nghĩa", "Ủy viên Bộ Chính trị", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Đặng Văn Khiêm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Hà Tĩnh"),
 P("Lê Thị Thanh Hà", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Xuân Tiến", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Võ Văn Thọ")],
[Q("6 tỷ đồng", 6000000000, "đồng"), Q("8 người", 8, "người"), Q("hơn 49.000 ngôi nhà", 49000, "ngôi nhà", "over"),
 Q("hơn 2 m", 2, "m", "over"), Q("khoảng 12.000 hộ dân", 12000, "hộ dân", "approx"), Q("200 suất quà", 200, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"), Q("5.000 thùng mì", 5000, "thùng mì"),
 Q("khoảng 14 tỷ đồng", 14000000000, "đồng", "approx"), Q("3,5 tỷ đồng", 3500000000, "đồng"),
 Q("Hơn 1.700 lượt thanh niên, hội viên phụ nữ và cựu chiến binh", 1700, "lượt thanh niên, hội viên phụ nữ và cựu chiến binh", "over"),
 Q("100 căn nhà", 100, "căn nhà")],
[D("Kế hoạch", "64", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 64/KH-MTTQ-BTT"),
 D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định 64/2008/NĐ-CP")],
[prov("Hà Tĩnh"), com("Cẩm Thạch"), com("Kỳ Trinh"), com("Kỳ Thư")],
["BÁO HÀ TĨNH", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa",
 "Đồng chí Trần Quang Nghĩa trao tiền hỗ trợ cho bà con xã Cẩm Thạch.", "Quỹ cứu trợ Trung ương",
 "Tổng Công ty Viễn thông Quân đội Viettel"],
["20/10/2016 - 10:05", "từ ngày 13 đến 17/10", "68 tuổi", "hai ngày một đêm"]))

PAGES.append(page("b2917-ninhthuan-mttq-traoqua-cham-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Tin tức - Sự kiện :: Hoạt động các đoàn thể
Thứ Sáu, 18/11/2016
Trao quà hỗ trợ đồng bào Chăm bị thiệt hại do mưa lũ
Ngày 16/11/2016, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban Đại diện Hội đồng Sư cả Hồi giáo Bàni tỉnh tổ chức trao 520 phần quà cho các hộ đồng bào Chăm bị thiệt hại do mưa lũ tại các xã Phước Hà, Phước Nam (huyện Thuận Nam) và xã Phước Thái (huyện Ninh Phước). Mỗi phần quà gồm 10 kg gạo, dầu ăn, nước mắm và 300.000 đồng tiền mặt, tổng trị giá hơn 260 triệu đồng.
Các chức sắc Bàni trao quà cho bà con thôn Văn Lâm.
Tham dự có ông Thập Văn Ngọc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Cả sư Kiều Nhưng, Chủ tịch Hội đồng Sư cả Hồi giáo Bàni tỉnh; bà Đàng Thị Mỹ Hương, Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh; các đồng chí lãnh đạo Ủy ban MTTQ huyện Thuận Nam, Ninh Phước.
Đợt mưa lớn kéo dài từ ngày 5 đến 9/11 làm sạt lở bờ sông Lu, ngập úng hơn 1.100 ha lúa vụ mùa vừa gieo sạ và làm hư hỏng 86 căn nhà của đồng bào ở thôn Văn Lâm, thôn Thành Tín. Ước thiệt hại khoảng 28 tỷ đồng. Ông Thập Văn Ngọc cho biết, ngoài số quà trao đợt này, Ban Thường trực Ủy ban MTTQ tỉnh đã trích 350 triệu đồng từ Quỹ cứu trợ tỉnh theo Quyết định số 58/QĐ-MTTQ-BTT ngày 14/11/2016 để hỗ trợ 35 hộ có nhà bị hư hỏng nặng, mỗi hộ 10 triệu đồng sửa chữa nhà ở.
Thay mặt các chức sắc, Cả sư Kiều Nhưng bày tỏ cảm ơn các tổ chức, cá nhân đã hướng về đồng bào Chăm; đồng thời kêu gọi bà con tín đồ giữ gìn tình đoàn kết, tương trợ nhau vượt qua khó khăn. Ông Báo Văn Đen, Trưởng thôn Văn Lâm, cho biết thôn có 1.026 hộ, trong đó 97% là đồng bào Chăm; sau lũ, Ban nhân dân thôn đã vận động 40 thanh niên giúp các gia đình neo đơn sửa nhà, phơi lúa giống.
Bà Ông Thị Chăng, 73 tuổi, một trong những người nhận quà, chia sẻ: "Lúa ngập hết, có phần gạo này bà con đỡ lo trong lúc chờ cấy lại".
Dịp này, Hội Thánh Tin lành Việt Nam (miền Nam) - Chi hội Phan Rang cũng trao 100 phần quà cho các hộ khó khăn ở xã Phước Thái. Ủy ban MTTQ tỉnh đề nghị các địa phương hướng dẫn bà con khôi phục sản xuất, chủ động phòng chống dịch bệnh trên cây trồng, vật nuôi sau mưa lũ, kịp thời báo cáo những trường hợp còn khó khăn để tỉnh tiếp tục hỗ trợ.
Theo thống kê của Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Ninh Thuận, từ đầu mùa mưa đến nay, mưa lũ đã làm hư hỏng nhiều công trình thủy lợi, kênh mương nội đồng và đường giao thông nông thôn. Mặt trận các cấp đang phối hợp với chính quyền rà soát, lập danh sách hộ có nhà ở không bảo đảm an toàn để vận động xây dựng nhà Đại đoàn kết trước mùa mưa bão năm sau.
Chăm Trà (Ban Tuyên giáo Ủy ban MTTQ tỉnh)
Bài viết liên quan
- Ninh Thuận: Mưa lũ gây thiệt hại gần 30 tỷ đồng (10/11/2016)
- Mặt trận huyện Bác Ái trao quà cho đồng bào Raglai (01/11/2016)
- Lễ hội Katê năm 2016 (28/10/2016)
""", "2016-11-18", "Trao quà hỗ trợ đồng bào Chăm bị thiệt hại do mưa lũ",
E("trao_qua", None, "2016-11-16"),
[P("Thập Văn Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiều Nhưng", "Cả sư", "Chủ tịch Hội đồng Sư cả Hồi giáo Bàni tỉnh"),
 P("Đàng Thị Mỹ Hương", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Báo Văn Đen", "Trưởng thôn Văn Lâm"),
 P("Ông Thị Chăng")],
[Q("520 phần quà", 520, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 260 triệu đồng", 260000000, "đồng", "over"), Q("hơn 1.100 ha", 1100, "ha", "over"),
 Q("86 căn nhà", 86, "căn nhà"), Q("khoảng 28 tỷ đồng", 28000000000, "đồng", "approx"),
 Q("350 triệu đồng", 350000000, "đồng"), Q("35 hộ", 35, "hộ"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("1.026 hộ", 1026, "hộ"), Q("97%", 97, "%"), Q("40 thanh niên", 40, "thanh niên"), Q("100 phần quà", 100, "phần quà")],
[D("Quyết định", "58", "QĐ-MTTQ-BTT", "2016-11-14", None, "Quyết định số 58/QĐ-MTTQ-BTT ngày 14/11/2016")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Nam"), com("Phước Thái")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN", "Tin tức - Sự kiện :: Hoạt động các đoàn thể",
 "Các chức sắc Bàni trao quà cho bà con thôn Văn Lâm.", "Ban Đại diện Hội đồng Sư cả Hồi giáo Bàni tỉnh",
 "Hội Thánh Tin lành Việt Nam (miền Nam) - Chi hội Phan Rang", "Quỹ cứu trợ tỉnh"],
["Thứ Sáu, 18/11/2016", "từ ngày 5 đến 9/11", "73 tuổi"]))

PAGES.append(page("b2918-hoabinh-mttq-bangiao-nha-2017", """
BÁO HÒA BÌNH ĐIỆN TỬ
Chính trị » Mặt trận - Đoàn thể
Cập nhật lúc 17:20 ngày 22/12/2017
Các hộ gia đình nhận chìa khóa nhà mới.
Bàn giao 34 căn nhà cho hộ bị thiệt hại do sạt lở đất
(HBĐT) - Ngày 21/12, Ủy ban MTTQ tỉnh phối hợp với UBND huyện Tân Lạc và Đà Bắc tổ chức lễ bàn giao 34 căn nhà xây dựng bằng nguồn cứu trợ cho các hộ có nhà bị sập, vùi lấp trong trận sạt lở đất đêm 12/10/2017. Dự và trao nhà có đồng chí Bùi Văn Thắm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Quách Thị Hoa, Đinh Công Sứ.
Trận sạt lở lịch sử tháng 10/2017 đã làm 18 người chết và mất tích trên địa bàn tỉnh, riêng xóm Khanh, xã Suối Hoa (thành phố Hòa Bình) có 8 người bị vùi lấp. Tại huyện Tân Lạc, 21 hộ ở xóm Bưa Cốc, xã Mỹ Hòa và xã Phú Cường phải di dời toàn bộ; huyện Đà Bắc có 13 hộ ở xã Tân Minh bị mất nhà.
Từ nguồn quỹ cứu trợ do Ủy ban Trung ương MTTQ Việt Nam phân bổ và các tổ chức, cá nhân ủng hộ, Ban Thường trực Ủy ban MTTQ tỉnh đã hỗ trợ mỗi hộ 60 triệu đồng để xây nhà mới theo Quyết định 2041, 2042/QĐ-UBND của UBND tỉnh về hỗ trợ tái định cư khẩn cấp. Các căn nhà có diện tích từ 45 m2 trở lên, được xây dựng tại khu tái định cư do huyện quy hoạch, có nước sạch và điện lưới. Ngoài ra, các hộ được hỗ trợ thêm 5 triệu đồng mua sắm đồ dùng sinh hoạt và 1 con bò giống.
Tổng kinh phí xây dựng 34 căn nhà là hơn 2,3 tỷ đồng, trong đó nhân dân đóng góp khoảng 400 triệu đồng và gần 2.000 ngày công. Hội Cựu chiến binh và Đoàn Thanh niên các xã đã huy động 560 lượt hội viên, đoàn viên tham gia san nền, vận chuyển vật liệu.
Đồng chí Bùi Văn Thắm chúc mừng các gia đình có nhà mới trước Tết Nguyên đán Mậu Tuất, đề nghị chính quyền địa phương tiếp tục hỗ trợ các hộ về đất sản xuất, sinh kế. Ông Xa Văn Tuấn (dân tộc Tày), Chủ tịch Ủy ban MTTQ huyện Đà Bắc, cho biết huyện sẽ hướng dẫn các hộ trồng rừng, chăn nuôi theo Đề án số 05-ĐA/HU của Huyện ủy về phát triển sinh kế bền vững vùng hồ.
Bà Bùi Thị Nương, xóm Bưa Cốc, xã Mỹ Hòa, nghẹn ngào khi nhận chìa khóa nhà: "Tưởng không còn chỗ để ở, nay có nhà vững chãi, gia đình tôi được đón Tết ấm áp".
Hiện, Ủy ban MTTQ tỉnh tiếp tục vận động xây dựng 25 căn nhà cho các hộ ở thành phố Hòa Bình, dự kiến hoàn thành trong quý I/2018.
Những ngày qua, đông đảo cán bộ, đoàn viên, hội viên và nhân dân các xóm lân cận đã đến giúp các gia đình chuyển đồ đạc, dọn dẹp nhà mới. Không khí ở khu tái định cư rộn ràng như ngày hội; nhiều gia đình đã kịp trồng rau, làm chuồng trại, chuẩn bị cho một cuộc sống mới ổn định hơn.
Thanh Hương
Lượt xem: 1.387
Các tin đã đưa
- Thư cảm ơn của Ban Thường trực Ủy ban MTTQ tỉnh (10/11/2017)
- Tiếp nhận hơn 50 tỷ đồng ủng hộ đồng bào vùng lũ (02/11/2017)
- Xóm Khanh sau thảm họa (20/10/2017)
""", "2017-12-22", "Bàn giao 34 căn nhà cho hộ bị thiệt hại do sạt lở đất",
E("trao_qua", None, "2017-12-21"),
[P("Bùi Văn Thắm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quách Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Công Sứ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Xa Văn Tuấn", "Chủ tịch Ủy ban MTTQ huyện Đà Bắc"),
 P("Bùi Thị Nương")],
[Q("34 căn nhà", 34, "căn nhà"), Q("18 người", 18, "người"), Q("8 người", 8, "người"), Q("21 hộ", 21, "hộ"), Q("13 hộ", 13, "hộ"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("45 m2", 45, "m2"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("khoảng 400 triệu đồng", 400000000, "đồng", "approx"),
 Q("gần 2.000 ngày công", 2000, "ngày công", "approx"), Q("560 lượt hội viên, đoàn viên", 560, "lượt hội viên, đoàn viên"),
 Q("25 căn nhà", 25, "căn nhà")],
[D("Quyết định", "2041", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 2041, 2042/QĐ-UBND"),
 D("Quyết định", "2042", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 2041, 2042/QĐ-UBND"),
 D("Đề án", "05", "ĐA/HU", None, "Huyện ủy", "Đề án số 05-ĐA/HU")],
[prov("Hòa Bình"), com("Suối Hoa"), com("Mỹ Hòa"), com("Phú Cường"), com("Tân Minh")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "Các hộ gia đình nhận chìa khóa nhà mới.", "(HBĐT)",
 "Tết Nguyên đán Mậu Tuất", "Lượt xem: 1.387"],
["Cập nhật lúc 17:20 ngày 22/12/2017", "đêm 12/10/2017", "tháng 10/2017", "1 con bò giống", "quý I/2018", "Lượt xem: 1.387"]))

PAGES.append(page("b2919-khanhhoa-bvdct-phanbo-damrey-2017", """
Báo Khánh Hòa điện tử
Trang chủ | Chính trị | Xã hội | Kinh tế
24.11.2017 | 16:05
Toàn cảnh hội nghị. Ảnh: H.Ngân
Phân bổ đợt 2 nguồn ủng hộ khắc phục hậu quả bão số 12
Chiều 23-11, Ban Vận động cứu trợ tỉnh họp phân bổ đợt 2 nguồn tiền ủng hộ nhân dân khắc phục hậu quả cơn bão số 12 (Damrey). Bà Nguyễn Thị Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Vận động cứu trợ tỉnh chủ trì.
Theo báo cáo, đến ngày 22-11, Ủy ban MTTQ tỉnh đã tiếp nhận 186,5 tỷ đồng từ các tỉnh, thành phố, bộ, ngành, doanh nghiệp và nhà hảo tâm trong và ngoài nước. Tại đợt 1 (ngày 10-11), Ban đã phân bổ 75 tỷ đồng cho 8 huyện, thị xã, thành phố. Đợt này, Ban thống nhất phân bổ 92 tỷ đồng, trong đó thị xã Ninh Hòa 28 tỷ đồng, huyện Vạn Ninh 21 tỷ đồng, thành phố Nha Trang 17 tỷ đồng, huyện Khánh Vĩnh 6,5 tỷ đồng; số còn lại dành cho các huyện Cam Lâm, Diên Khánh, Khánh Sơn và thành phố Cam Ranh.
Mức hỗ trợ hộ có nhà bị sập hoàn toàn là 30 triệu đồng, nhà bị tốc mái trên 70% là 10 triệu đồng; ngư dân có tàu cá bị chìm được hỗ trợ 15 triệu đồng/chiếc; hộ nuôi trồng thủy sản bị trắng tay khoảng 5 triệu đồng/hộ. Bão số 12 làm 44 người chết, hơn 27.000 ngôi nhà bị sập, tốc mái và 26.000 lồng bè nuôi tôm hùm bị trôi. Tỉnh đã quán triệt phương châm "4 tại chỗ", sơ tán 32.000 người trước khi bão đổ bộ.
Tại hội nghị, ông Cao Minh Sương (dân tộc Raglai), Chủ tịch Ủy ban MTTQ huyện Khánh Vĩnh, đề nghị tăng mức hỗ trợ cho các xã Khánh Thượng, Sơn Thái vì đường sá sạt lở, chi phí vận chuyển vật liệu cao. Bà Mấu Thị Bích, người có uy tín thôn Suối Cá, cho biết bà con Raglai đã tự góp công dựng lại 19 căn nhà.
Kết luận, bà Nguyễn Thị Hòa yêu cầu các địa phương thực hiện đúng Quyết định số 3429/QĐ-UBND ngày 13/11/2017 của UBND tỉnh và Hướng dẫn số 21/HD-MTTQ-BTT ngày 14/11/2017 của Ban Thường trực Ủy ban MTTQ tỉnh; chi trả xong trước ngày 15-12-2017, công khai danh sách tại thôn, tổ dân phố. Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Văn Diệu được giao theo dõi, tổng hợp kết quả.
Hội nghị cũng nghe ông Trần Văn Nam, Phó Giám đốc Sở Tài chính, báo cáo tình hình giải ngân đợt 1: đã chi trả 68,2 tỷ đồng, đạt 91%.
Nhiều đại biểu cho rằng việc khôi phục nghề nuôi tôm hùm, sửa chữa trường học, trạm y tế cần được ưu tiên để người dân sớm ổn định cuộc sống. Ban Vận động cứu trợ tỉnh thống nhất để lại một phần nguồn quỹ dự phòng cho các đợt thiên tai có thể xảy ra vào cuối năm.
H.Ngân
Tin cùng chuyên mục
- Doanh nghiệp Nhật Bản ủng hộ Khánh Hòa 2 tỷ đồng (21-11-2017)
- Vạn Ninh: Tháo gỡ khó khăn cho người nuôi tôm hùm (20-11-2017)
- Thanh niên tình nguyện dọn dẹp trường học sau bão (15-11-2017)
""", "2017-11-24", "Phân bổ đợt 2 nguồn ủng hộ khắc phục hậu quả bão số 12",
E("hoi_nghi", None, "2017-11-23"),
[P("Nguyễn Thị Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Cao Minh Sương", "Chủ tịch Ủy ban MTTQ huyện Khánh Vĩnh"),
 P("Mấu Thị Bích", "người có uy tín thôn Suối Cá"),
 P("Lê Văn Diệu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Nam", "Phó Giám đốc Sở Tài chính")],
[Q("186,5 tỷ đồng", 186500000000, "đồng"), Q("75 tỷ đồng", 75000000000, "đồng"),
 Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"), Q("92 tỷ đồng", 92000000000, "đồng"),
 Q("28 tỷ đồng", 28000000000, "đồng"), Q("21 tỷ đồng", 21000000000, "đồng"), Q("17 tỷ đồng", 17000000000, "đồng"),
 Q("6,5 tỷ đồng", 6500000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("trên 70%", 70, "%", "over"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("15 triệu đồng/chiếc", 15000000, "đồng"),
 Q("khoảng 5 triệu đồng/hộ", 5000000, "đồng", "approx"), Q("44 người", 44, "người"),
 Q("hơn 27.000 ngôi nhà", 27000, "ngôi nhà", "over"), Q("26.000 lồng bè nuôi tôm hùm", 26000, "lồng bè nuôi tôm hùm"),
 Q("32.000 người", 32000, "người"), Q("19 căn nhà", 19, "căn nhà"), Q("68,2 tỷ đồng", 68200000000, "đồng"), Q("91%", 91, "%")],
[D("Quyết định", "3429", "QĐ-UBND", "2017-11-13", "UBND tỉnh", "Quyết định số 3429/QĐ-UBND ngày 13/11/2017"),
 D("Hướng dẫn", "21", "HD-MTTQ-BTT", "2017-11-14", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 21/HD-MTTQ-BTT ngày 14/11/2017")],
[prov("Khánh Hòa"), com("Khánh Thượng"), com("Sơn Thái")],
["Báo Khánh Hòa điện tử", "Trang chủ | Chính trị | Xã hội | Kinh tế", "Toàn cảnh hội nghị. Ảnh: H.Ngân",
 "Ban Vận động cứu trợ tỉnh", "Damrey", "4 tại chỗ"],
["24.11.2017 | 16:05", "bão số 12", "đợt 2", "đợt 1", "4 tại chỗ"]))

PAGES.append(page("b2920-sonla-mttq-soket-6thang-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA
Vị trí: Trang chủ >> Hoạt động Mặt trận >> Tin tức
Thứ Hai, 16/07/2018 - 08:30
Đồng chí Lò Văn Muôn phát biểu tại hội nghị.
Dồn sức giúp đồng bào vùng lũ ổn định cuộc sống
Ngày 13/7, Ủy ban MTTQ Việt Nam tỉnh Sơn La tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2018, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lò Văn Muôn, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự hội nghị có 96 đồng chí là thành viên Ủy ban và lãnh đạo Mặt trận 12 huyện, thành phố.
Báo cáo do đồng chí Cầm Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày nêu rõ, đợt lũ quét, sạt lở đất từ ngày 23 đến 25/6/2018 đã làm 9 người chết và mất tích tại các huyện Mường La, Bắc Yên, Phù Yên; 136 ngôi nhà bị sập, trôi hoàn toàn, hơn 1.000 ngôi nhà phải di dời khẩn cấp. Ngay sau lũ, Ban Thường trực đã ban hành Kế hoạch số 66/KH-MTTQ-BTT ngày 26/6/2018 vận động ủng hộ; đến ngày 10/7, Mặt trận các cấp tiếp nhận 31,6 tỷ đồng, trong đó Ủy ban Trung ương MTTQ Việt Nam hỗ trợ 3 tỷ đồng.
Ban Thường trực đã phân bổ 18,4 tỷ đồng cho 3 huyện bị thiệt hại nặng; hỗ trợ 35 triệu đồng/hộ có nhà bị sập, trôi hoàn toàn và 5 triệu đồng/người chết, mất tích. Cùng với đó, Mặt trận vận động xây dựng 85 nhà Đại đoàn kết cho hộ nghèo, đạt 56% kế hoạch năm. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được triển khai sâu rộng.
Tại hội nghị, đồng chí Quàng Văn Hương, HUV, Chủ tịch Ủy ban MTTQ huyện Mường La, cho biết huyện đã nhận hơn 10 tỷ đồng, đang phối hợp chọn 3 điểm tái định cư tập trung cho 142 hộ ở xã Nậm Păm, xã Chiềng Muôn. Đồng chí Mùa A Vảng, Chủ tịch Ủy ban MTTQ huyện Bắc Yên, đề nghị tỉnh hỗ trợ thêm lương thực cho 320 hộ người Mông ở xã Làng Chếu trong 3 tháng giáp hạt. Ông Lò Văn Puôn, người có uy tín bản Nậm Păm, chia sẻ cách bà con người Thái đổi công giúp nhau dựng lại nhà.
Kết luận hội nghị, đồng chí Lò Văn Muôn yêu cầu 6 tháng cuối năm 2018 Mặt trận các cấp giám sát chặt chẽ việc sử dụng tiền, hàng cứu trợ theo Quyết định số 1142/QĐ-UBND của UBND tỉnh và Nghị định số 64/2008/NĐ-CP của Chính phủ; hoàn thành làm nhà cho các hộ mất nhà trước ngày 30/9/2018; tiếp tục thực hiện Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về công tác phòng, chống thiên tai và vận động nhân dân.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 11 tập thể và 17 cá nhân có thành tích trong công tác cứu trợ.
Quàng Hoa
Tin khác
- Mường La: Bàn giao nhà tạm cho các hộ mất nhà (08/07/2018)
- Thư cảm ơn của Ủy ban MTTQ tỉnh Sơn La (05/07/2018)
- Hơn 600 cán bộ, chiến sĩ giúp dân khắc phục hậu quả lũ (28/06/2018)
""", "2018-07-16", "Dồn sức giúp đồng bào vùng lũ ổn định cuộc sống",
E("so_ket", "2018-H1", "2018-07-13"),
[P("Lò Văn Muôn", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cầm Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Hương", "HUV", "Chủ tịch Ủy ban MTTQ huyện Mường La"),
 P("Mùa A Vảng", "Chủ tịch Ủy ban MTTQ huyện Bắc Yên"),
 P("Lò Văn Puôn", "người có uy tín bản Nậm Păm")],
[Q("96 đồng chí", 96, "đồng chí"), Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("9 người", 9, "người"),
 Q("136 ngôi nhà", 136, "ngôi nhà"), Q("hơn 1.000 ngôi nhà", 1000, "ngôi nhà", "over"),
 Q("31,6 tỷ đồng", 31600000000, "đồng"), Q("3 tỷ đồng", 3000000000, "đồng"), Q("18,4 tỷ đồng", 18400000000, "đồng"),
 Q("3 huyện", 3, "huyện"), Q("35 triệu đồng/hộ", 35000000, "đồng"), Q("5 triệu đồng/người", 5000000, "đồng"),
 Q("85 nhà Đại đoàn kết", 85, "nhà Đại đoàn kết"), Q("56%", 56, "%"), Q("hơn 10 tỷ đồng", 10000000000, "đồng", "over"),
 Q("3 điểm tái định cư tập trung", 3, "điểm tái định cư tập trung"), Q("142 hộ", 142, "hộ"),
 Q("320 hộ người Mông", 320, "hộ người Mông"), Q("11 tập thể", 11, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Kế hoạch", "66", "KH-MTTQ-BTT", "2018-06-26", "Ban Thường trực", "Kế hoạch số 66/KH-MTTQ-BTT ngày 26/6/2018"),
 D("Quyết định", "1142", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1142/QĐ-UBND"),
 D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2008/NĐ-CP"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU")],
[prov("Sơn La"), com("Nậm Păm"), com("Chiềng Muôn"), com("Làng Chếu")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA", "Vị trí: Trang chủ >> Hoạt động Mặt trận >> Tin tức",
 "Đồng chí Lò Văn Muôn phát biểu tại hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Thứ Hai, 16/07/2018 - 08:30", "96 đồng chí", "6 tháng đầu năm 2018", "6 tháng cuối năm", "3 tháng giáp hạt",
 "từ ngày 23 đến 25/6/2018", "trước ngày 30/9/2018"]))
