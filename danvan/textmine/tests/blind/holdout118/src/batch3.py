from lib import *
PAGES = []

PAGES.append(page("b2801-thanhhoa-nct-tongket-2021", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Xã hội › Đoàn thể › Người cao tuổi
Thứ Ba, 28/12/2021 - 16:10
Toàn cảnh hội nghị tổng kết.
Người cao tuổi Thanh Hóa: "tuổi cao, chí càng cao" trong năm dịch bệnh
Chiều 27/12, Hội Người cao tuổi tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào NCT năm 2021, triển khai nhiệm vụ năm 2022 theo hình thức trực tiếp kết hợp trực tuyến với 27 điểm cầu huyện, thị xã, thành phố. Đồng chí Lê Văn Hòa, Chủ tịch Hội NCT tỉnh, chủ trì; dự có đồng chí Phạm Thị Thu Hương, Phó Chủ tịch UBND tỉnh.
Năm 2021, toàn tỉnh có 521.347 NCT, trong đó 474.200 người là hội viên, đạt 91%. Các cấp hội đã tổ chức mừng thọ cho 72.860 cụ, trong đó 1.215 cụ từ 100 tuổi trở lên; tổng kinh phí mừng thọ gần 38 tỷ đồng. Quỹ chăm sóc và phát huy vai trò NCT đạt hơn 64 tỷ đồng, bình quân mỗi hội viên 135.000 đồng.
Trong phòng, chống dịch COVID-19, NCT toàn tỉnh ủng hộ Quỹ vắc-xin hơn 7,8 tỷ đồng; 3.640 cụ tham gia tổ COVID cộng đồng, tổ giám sát cách ly tại nhà. Phong trào "Tuổi cao gương sáng" có 196.500 cụ đăng ký, 2.418 cụ được biểu dương ở cấp huyện trở lên. Hội đã thực hiện Kế hoạch số 137/KH-UBND ngày 20/5/2021 của UBND tỉnh về triển khai Chương trình chăm sóc sức khỏe NCT và Hướng dẫn số 22/HD-HNCT ngày 2/3/2021 của Ban Thường vụ Hội NCT tỉnh.
Tại hội nghị, cụ Bùi Văn Thoan, người Mường, Chủ tịch Hội NCT xã Cẩm Liên (huyện Cẩm Thủy), kể việc vận động bà con hiến 1.200 m2 đất làm nhà văn hóa; cụ Hà Thị Nhương, Chi hội trưởng chi hội NCT bản Bá, xã Thành Sơn (huyện Quan Hóa), người Thái, chia sẻ câu lạc bộ liên thế hệ tự giúp nhau của bản có 70 thành viên, giúp 8 hộ thoát nghèo. Ông Cao Văn Lý, Chủ tịch Hội NCT huyện Ngọc Lặc, đề nghị tỉnh hỗ trợ kinh phí hoạt động cho 14 câu lạc bộ mới thành lập.
Cụ Phạm Văn Tiếp, 86 tuổi, phường Đông Sơn, TP Thanh Hóa, 10 năm liền tham gia dạy học miễn phí cho trẻ em nghèo, được tuyên dương tại hội nghị.
Phát biểu chỉ đạo, đồng chí Phạm Thị Thu Hương ghi nhận: NCT luôn là chỗ dựa tinh thần của gia đình, đóng góp quan trọng vào xây dựng nông thôn mới. Năm 2022, đề nghị các cấp hội tiếp tục thực hiện Chỉ thị 59-CT/TW của Ban Bí thư, Luật Người cao tuổi; phấn đấu 100% xã, phường, thị trấn có quỹ chăm sóc NCT, tỷ lệ NCT có thẻ bảo hiểm y tế đạt trên 95%.
Dịp này, Hội NCT Việt Nam tặng bằng khen cho 6 tập thể, 9 cá nhân; Hội NCT tỉnh tặng giấy khen cho 42 tập thể, 75 cá nhân có thành tích xuất sắc.
Lê Hà
Lượt xem: 3.406
Tin liên quan
- Thọ Xuân mừng thọ hơn 5.000 cụ (15/12/2021)
- Người cao tuổi Hậu Lộc ủng hộ phòng, chống dịch (02/12/2021)
- Tập huấn nghiệp vụ cho cán bộ hội cơ sở (10/11/2021)
""", "2021-12-28", 'Người cao tuổi Thanh Hóa: "tuổi cao, chí càng cao" trong năm dịch bệnh',
E("tong_ket", "2021", "2021-12-27"),
[P("Lê Văn Hòa", "Chủ tịch Hội NCT tỉnh"),
 P("Phạm Thị Thu Hương", "Phó Chủ tịch UBND tỉnh"),
 P("Bùi Văn Thoan", "Chủ tịch Hội NCT xã Cẩm Liên"),
 P("Hà Thị Nhương", "Chi hội trưởng chi hội NCT bản Bá"),
 P("Cao Văn Lý", "Chủ tịch Hội NCT huyện Ngọc Lặc"),
 P("Phạm Văn Tiếp")],
[Q("27 điểm cầu huyện, thị xã, thành phố", 27, "điểm cầu huyện, thị xã, thành phố"), Q("521.347 NCT", 521347, "NCT"),
 Q("474.200 người", 474200, "người"), Q("91%", 91, "%"), Q("72.860 cụ", 72860, "cụ"), Q("1.215 cụ", 1215, "cụ"),
 Q("gần 38 tỷ đồng", 38000000000, "đồng", "approx"), Q("hơn 64 tỷ đồng", 64000000000, "đồng", "over"), Q("135.000 đồng", 135000, "đồng"),
 Q("hơn 7,8 tỷ đồng", 7800000000, "đồng", "over"), Q("3.640 cụ", 3640, "cụ"), Q("196.500 cụ", 196500, "cụ"), Q("2.418 cụ", 2418, "cụ"),
 Q("1.200 m2", 1200, "m2"), Q("70 thành viên", 70, "thành viên"), Q("8 hộ", 8, "hộ"), Q("14 câu lạc bộ", 14, "câu lạc bộ"),
 Q("100%", 100, "%"), Q("trên 95%", 95, "%", "over"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"),
 Q("42 tập thể", 42, "tập thể"), Q("75 cá nhân", 75, "cá nhân")],
[D("Kế hoạch", "137", "KH-UBND", "2021-05-20", "UBND tỉnh", "Kế hoạch số 137/KH-UBND ngày 20/5/2021"),
 D("Hướng dẫn", "22", "HD-HNCT", "2021-03-02", "Ban Thường vụ Hội NCT tỉnh", "Hướng dẫn số 22/HD-HNCT ngày 2/3/2021"),
 D("Chỉ thị", "59", "CT/TW", None, "Ban Bí thư", "Chỉ thị 59-CT/TW")],
[prov("Thanh Hóa"), com("Cẩm Liên"), com("Thành Sơn"), com("Đông Sơn")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Xã hội › Đoàn thể › Người cao tuổi",
 "Toàn cảnh hội nghị tổng kết.", "Tuổi cao gương sáng", "Quỹ vắc-xin", "Luật Người cao tuổi", "Lượt xem: 3.406"],
["Thứ Ba, 28/12/2021 - 16:10", "năm 2021", "năm 2022", "100 tuổi", "COVID-19", "86 tuổi", "10 năm", "Lượt xem: 3.406"]))

PAGES.append(page("b2802-ninhthuan-ccb-traoqua-2021", """
Cổng thông tin điện tử huyện Ninh Phước
Trang chủ > Tin tức > Mặt trận - Đoàn thể
26-07-2021 17:30
Hội Cựu chiến binh huyện tặng quà thương binh, thân nhân liệt sĩ nhân ngày 27/7
Thực hiện Kế hoạch số 31-KH/HCCB ngày 1/7/2021 của Ban Thường vụ Hội CCB huyện về các hoạt động kỷ niệm 74 năm Ngày Thương binh - Liệt sĩ, trong hai ngày 23 và 24/7, Hội Cựu chiến binh huyện Ninh Phước, tỉnh Ninh Thuận tổ chức thăm, tặng quà thương binh, bệnh binh, thân nhân liệt sĩ là hội viên CCB.
Do diễn biến phức tạp của dịch COVID-19, đoàn chia thành 3 tổ nhỏ, trao quà tận nhà, bảo đảm "5K". Đoàn do ông Đàng Văn Thìn, Chủ tịch Hội CCB huyện, và ông Nguyễn Văn Tâm, Phó Chủ tịch Hội CCB huyện, dẫn đầu.
Tổng cộng có 87 suất quà được trao, mỗi suất gồm 400.000 đồng tiền mặt và 10 kg gạo; trong đó 52 suất do Hội CCB huyện vận động từ các doanh nghiệp, 35 suất của Hội CCB tỉnh. Tổng trị giá khoảng 41 triệu đồng.
Tại thôn Phước Đồng, xã Phước Hậu, đoàn đến thăm thương binh Thành Văn Sa, người Chăm, tỷ lệ thương tật 61%. Ông xúc động: "Năm nào đồng đội cũng nhớ đến mình, dù dịch bệnh vẫn tới tận nhà". Tại xã Phước Hải, đoàn thăm bà Quảng Thị Mơ, mẹ liệt sĩ, năm nay 93 tuổi. Ông Lưu Quang Hiến, Chủ tịch Hội CCB xã Phước Hải, cho biết chi hội đã nhận chăm sóc, phụng dưỡng bà từ năm 2015.
Cũng trong dịp này, Hội CCB xã An Hải và Hội CCB thị trấn Phước Dân tổ chức dọn vệ sinh, thắp hương tại Nghĩa trang liệt sĩ huyện; Hội CCB xã Phước Thuận trao 15 suất quà cho gia đình chính sách là người Chăm theo đạo Bàni. Ông Báo Xuân Thu, Chủ tịch Hội CCB xã Phước Thuận, cho biết xã có 146 hội viên, trong đó 58 người là đồng bào Chăm.
Theo ông Đàng Văn Thìn, thực hiện Nghị quyết số 07-NQ/HU ngày 10/3/2021 của Huyện ủy về công tác đền ơn đáp nghĩa, năm 2021 Hội CCB huyện đặt mục tiêu xây 2 nhà "Nghĩa tình đồng đội" và vận động hội viên khá giả nhận đỡ đầu 10 hội viên khó khăn. Đến nay, 1 căn nhà đã khởi công tại xã Phước Sơn, dự kiến bàn giao trước ngày 2/9.
Hiện Hội CCB huyện có 1.126 hội viên sinh hoạt ở 9 cơ sở hội xã, thị trấn; trong năm qua, hội viên tích cực tham gia các chốt kiểm soát dịch tại địa bàn dân cư, vận động bà con Chăm, Raglai thực hiện khai báo y tế. Riêng trong tháng 7, đã có 9 hội viên tình nguyện tham gia hỗ trợ tại khu cách ly tập trung của huyện.
Ông Thiên Sanh Hiền, Phó Chủ tịch UBND huyện, đánh giá cao Hội CCB đã linh hoạt tổ chức hoạt động tri ân trong điều kiện giãn cách, vừa bảo đảm phòng dịch, vừa chu đáo.
Thanh Hiếu - Đài TT-TH huyện
Lượt truy cập: 90.213
Các tin khác
- Ninh Phước: tiêm vắc-xin cho người cao tuổi (20/07/2021)
- Hội CCB huyện sơ kết 6 tháng đầu năm (09/07/2021)
- Trao 30 suất học bổng cho con hội viên CCB (28/06/2021)
""", "2021-07-26", "Hội Cựu chiến binh huyện tặng quà thương binh, thân nhân liệt sĩ nhân ngày 27/7",
E("trao_qua", None, "2021-07-23"),
[P("Đàng Văn Thìn", "Chủ tịch Hội CCB huyện"),
 P("Nguyễn Văn Tâm", "Phó Chủ tịch Hội CCB huyện"),
 P("Thành Văn Sa"),
 P("Quảng Thị Mơ"),
 P("Lưu Quang Hiến", "Chủ tịch Hội CCB xã Phước Hải"),
 P("Báo Xuân Thu", "Chủ tịch Hội CCB xã Phước Thuận"),
 P("Thiên Sanh Hiền", "Phó Chủ tịch UBND huyện")],
[Q("3 tổ", 3, "tổ"), Q("87 suất quà", 87, "suất quà"), Q("400.000 đồng", 400000, "đồng"), Q("10 kg", 10, "kg"), Q("52 suất", 52, "suất"),
 Q("35 suất", 35, "suất"), Q("khoảng 41 triệu đồng", 41000000, "đồng", "approx"), Q("61%", 61, "%"), Q("15 suất quà", 15, "suất quà"),
 Q("146 hội viên", 146, "hội viên"), Q("58 người", 58, "người"), Q("2 nhà", 2, "nhà"), Q("10 hội viên khó khăn", 10, "hội viên khó khăn"), Q("1.126 hội viên", 1126, "hội viên"), Q("9 cơ sở hội", 9, "cơ sở hội"), Q("9 hội viên", 9, "hội viên")],
[D("Kế hoạch", "31", "KH/HCCB", "2021-07-01", "Ban Thường vụ Hội CCB huyện", "Kế hoạch số 31-KH/HCCB ngày 1/7/2021"),
 D("Nghị quyết", "07", "NQ/HU", "2021-03-10", "Huyện ủy", "Nghị quyết số 07-NQ/HU ngày 10/3/2021")],
[prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Hải"), com("An Hải"), com("Phước Dân"), com("Phước Thuận"), com("Phước Sơn")],
["Cổng thông tin điện tử huyện Ninh Phước", "Trang chủ > Tin tức > Mặt trận - Đoàn thể", "5K", "Nghĩa trang liệt sĩ huyện",
 "Nghĩa tình đồng đội", "Phước Đồng", "Lượt truy cập: 90.213"],
["26-07-2021 17:30", "ngày 27/7", "74 năm", "23 và 24/7", "5K", "93 tuổi", "năm 2015", "năm 2021", "1 căn nhà", "ngày 2/9", "Lượt truy cập: 90.213"]))

PAGES.append(page("b2803-daklak-ccb-daihoi-2022", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Năm, 16/06/2022 - 10:00
Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII thành công tốt đẹp
Ngày 15/6, Hội Cựu chiến binh tỉnh Đắk Lắk tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Dự đại hội có 250 đại biểu chính thức, đại diện cho hơn 35.600 hội viên CCB trong toàn tỉnh. Dự và chỉ đạo đại hội có đồng chí Y Brô Knul, Phó Bí thư Tỉnh ủy; đồng chí Trần Văn Hải, Phó Chủ tịch Hội CCB Việt Nam.
Đại biểu dự đại hội biểu quyết thông qua nghị quyết. Ảnh: N.X
Nhiệm kỳ 2017 - 2022, các cấp hội đã kết nạp 4.812 hội viên mới; 96% cơ sở hội đạt trong sạch, vững mạnh. Phong trào CCB giúp nhau giảm nghèo đạt nhiều kết quả: Quỹ hỗ trợ hội viên đạt khoảng 21,5 tỷ đồng; xây dựng, sửa chữa 286 nhà "Nghĩa tình đồng đội"; số hộ nghèo trong hội viên giảm từ 6,2% xuống còn 1,9%. Toàn tỉnh có 48 doanh nghiệp, 31 hợp tác xã và 2.950 trang trại, gia trại của CCB, tạo việc làm cho hơn 12.000 lao động.
Hội đã tham gia giám sát việc thực hiện Quyết định 62/2011/QĐ-TTg và Quyết định 49/2015/QĐ-TTg, kiến nghị giải quyết chế độ cho 627 trường hợp; phối hợp thực hiện Chỉ thị 38-CT/TU ngày 8/5/2018 của Ban Thường vụ Tỉnh ủy về phát huy vai trò CCB trong vùng đồng bào dân tộc thiểu số.
Tham luận tại đại hội, ông Y Kông Mlô, Chủ tịch Hội CCB huyện Krông Bông, người Êđê, nêu kinh nghiệm đưa CCB làm nòng cốt trong tổ tự quản an ninh buôn làng; bà H'Nga Ayŭn, Chủ tịch Hội CCB xã Ea Tul (huyện Cư M'gar), chia sẻ việc vận động hội viên chuyển đổi 85 ha cà phê già cỗi. Ông Nông Văn Slao, người Tày, Chủ tịch Hội CCB xã Ea Kly (huyện Krông Pắc), kể chuyện thành lập tổ hợp tác sầu riêng với 27 hộ hội viên.
Phát biểu chỉ đạo, đồng chí Y Brô Knul yêu cầu Hội tiếp tục thực hiện Nghị quyết Đại hội XIII của Đảng, Kết luận 12-KL/TW của Bộ Chính trị; đẩy mạnh phong trào "Cựu chiến binh gương mẫu", tham gia bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch.
Đại hội đã bầu Ban Chấp hành Hội CCB tỉnh khóa VII gồm 31 ủy viên. Tại phiên họp thứ nhất, Ban Chấp hành bầu Ban Thường vụ gồm 9 ủy viên; ông Phan Văn Xuyên tái đắc cử Chủ tịch Hội CCB tỉnh; ông Y Đhăm Niê và ông Lê Minh Thái được bầu giữ chức Phó Chủ tịch Hội CCB tỉnh. Đại hội cũng bầu 17 đại biểu dự Đại hội đại biểu toàn quốc Hội CCB Việt Nam lần thứ VII.
Nhân dịp này, UBND tỉnh tặng bằng khen cho 10 tập thể, 15 cá nhân; Hội CCB tỉnh tặng 20 suất quà cho hội viên là thương binh nặng, mỗi suất 1 triệu đồng.
Ngọc Xuân
Lượt xem: 2.054
Tin liên quan
- Đại hội Hội CCB thành phố Buôn Ma Thuột (20/05/2022)
- Krông Ana: CCB giúp nhau làm kinh tế (12/05/2022)
- Tập huấn công tác đại hội cho cơ sở hội (10/03/2022)
""", "2022-06-16", "Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII thành công tốt đẹp",
E("dai_hoi", None, "2022-06-15"),
[P("Y Brô Knul", "Phó Bí thư Tỉnh ủy"),
 P("Trần Văn Hải", "Phó Chủ tịch Hội CCB Việt Nam"),
 P("Y Kông Mlô", "Chủ tịch Hội CCB huyện Krông Bông"),
 P("H'Nga Ayŭn", "Chủ tịch Hội CCB xã Ea Tul"),
 P("Nông Văn Slao", "Chủ tịch Hội CCB xã Ea Kly"),
 P("Phan Văn Xuyên", "Chủ tịch Hội CCB tỉnh"),
 P("Y Đhăm Niê", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Lê Minh Thái", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 35.600 hội viên CCB", 35600, "hội viên CCB", "over"),
 Q("4.812 hội viên mới", 4812, "hội viên mới"), Q("96%", 96, "%"), Q("khoảng 21,5 tỷ đồng", 21500000000, "đồng", "approx"),
 Q("286 nhà", 286, "nhà"), Q("6,2%", 6.2, "%"), Q("1,9%", 1.9, "%"), Q("48 doanh nghiệp", 48, "doanh nghiệp"), Q("31 hợp tác xã", 31, "hợp tác xã"),
 Q("2.950 trang trại, gia trại", 2950, "trang trại, gia trại"), Q("hơn 12.000 lao động", 12000, "lao động", "over"),
 Q("627 trường hợp", 627, "trường hợp"), Q("85 ha", 85, "ha"), Q("27 hộ hội viên", 27, "hộ hội viên"), Q("31 ủy viên", 31, "ủy viên"),
 Q("9 ủy viên", 9, "ủy viên"), Q("17 đại biểu", 17, "đại biểu"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("20 suất quà", 20, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "62", "2011/QĐ-TTg", None, None, "Quyết định 62/2011/QĐ-TTg"),
 D("Quyết định", "49", "2015/QĐ-TTg", None, None, "Quyết định 49/2015/QĐ-TTg"),
 D("Chỉ thị", "38", "CT/TU", "2018-05-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 38-CT/TU ngày 8/5/2018"),
 D("Kết luận", "12", "KL/TW", None, "Bộ Chính trị", "Kết luận 12-KL/TW")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Ea Kly")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Đại biểu dự đại hội biểu quyết thông qua nghị quyết. Ảnh: N.X",
 "Nghĩa tình đồng đội", "Cựu chiến binh gương mẫu", "Nghị quyết Đại hội XIII", "Lượt xem: 2.054"],
["Thứ Năm, 16/06/2022 - 10:00", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "khóa VII", "Đại hội XIII", "Lượt xem: 2.054"]))

PAGES.append(page("b2804-hoabinh-nct-giaoban-2022", """
HỘI NGƯỜI CAO TUỔI TỈNH HÒA BÌNH
Vị trí: Trang chủ › Tin tức › Hoạt động Hội
Ngày 08/07/2022 | 09:00
Giao ban quý II: đẩy mạnh xây dựng câu lạc bộ liên thế hệ tự giúp nhau
Ngày 6/7/2022, Ban Thường vụ Hội Người cao tuổi tỉnh Hòa Bình tổ chức giao ban công tác Hội quý II với Thường trực Hội NCT 10 huyện, thành phố. Ông Bùi Văn Tỉnh, Chủ tịch Hội NCT tỉnh, chủ trì.
Trong quý II, các cấp hội kết nạp 1.326 hội viên mới; tổng số hội viên toàn tỉnh đạt 118.450 người. Các cấp hội đã phối hợp ngành y tế tiêm vắc-xin phòng COVID-19 mũi 4 cho khoảng 41.000 NCT; tổ chức 6 lớp tập huấn cho 540 cán bộ hội cơ sở. Toàn tỉnh có thêm 18 câu lạc bộ liên thế hệ tự giúp nhau, nâng tổng số lên 162 câu lạc bộ với hơn 8.100 thành viên; Quỹ chăm sóc NCT đạt 12,7 tỷ đồng.
Hội đã hướng dẫn cơ sở thực hiện Kế hoạch số 105/KH-UBND ngày 18/4/2022 của UBND tỉnh về nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau giai đoạn 2021 - 2025, theo Quyết định 1336/QĐ-TTg ngày 28/7/2021 của Thủ tướng Chính phủ; đồng thời góp ý dự thảo Nghị quyết của HĐND tỉnh về mức quà mừng thọ.
Tại giao ban, ông Đinh Công Sứ, Chủ tịch Hội NCT huyện Đà Bắc, người Mường, cho biết huyện đã vận động 3 xã vùng hồ thành lập câu lạc bộ, thu hút 210 thành viên; bà Xa Thị Hoàn, người Tày, Phó Chủ tịch Hội NCT huyện Mai Châu, đề nghị hỗ trợ kinh phí ban đầu 10 triệu đồng mỗi câu lạc bộ mới. Ông Quách Văn Hùng, Chủ tịch Hội NCT xã Phong Phú (huyện Tân Lạc), kể việc các cụ trong xã hiến hơn 2.500 m2 đất mở rộng đường liên xóm.
Ông Bùi Văn Tỉnh đánh giá: quý II, hoạt động của hội đã trở lại bình thường sau dịch; phong trào "Tuổi cao gương sáng" lan tỏa, nhiều cụ tham gia giữ gìn văn hóa Mường như hát ví, đâm đuống, dạy chữ Mường cổ. Tuy nhiên, việc thu hội phí ở một số chi hội còn thấp, chỉ đạt 76%; hoạt động ở 11 chi hội khu dân cư mới sáp nhập chưa ổn định.
Bà Bạch Thị Nga, Chi hội trưởng chi hội NCT xóm Bưa, xã Phong Phú, chia sẻ: chi hội có 64 hội viên, trong đó 9 cụ sống cô đơn; các thành viên câu lạc bộ chia nhau đến thăm hỏi, giúp các cụ việc nhà hằng tuần, góp gạo khi ốm đau.
Quý III, Hội NCT tỉnh đề nghị các huyện chuẩn bị tốt cho Tháng hành động vì NCT (tháng 10), tổ chức mừng thọ đúng quy định; tham gia giám sát việc thực hiện chính sách trợ cấp xã hội đối với NCT theo Nghị định 20/2021/NĐ-CP của Chính phủ. Ông Hà Văn Diễn, Phó Chủ tịch Hội NCT tỉnh, thông báo kế hoạch kiểm tra tại các huyện Lạc Sơn, Yên Thủy, Kim Bôi vào tháng 8.
Phòng Tuyên truyền Hội NCT tỉnh
Lượt truy cập: 65.119
Tin khác
- Lạc Thủy mừng thọ tuổi 70, 75 (30/06/2022)
- Hội NCT thành phố Hòa Bình sơ kết 6 tháng (28/06/2022)
""", "2022-07-08", "Giao ban quý II: đẩy mạnh xây dựng câu lạc bộ liên thế hệ tự giúp nhau",
E("giao_ban", "2022-Q2", "2022-07-06"),
[P("Bùi Văn Tỉnh", "Chủ tịch Hội NCT tỉnh"),
 P("Đinh Công Sứ", "Chủ tịch Hội NCT huyện Đà Bắc"),
 P("Xa Thị Hoàn", "Phó Chủ tịch Hội NCT huyện Mai Châu"),
 P("Quách Văn Hùng", "Chủ tịch Hội NCT xã Phong Phú"),
 P("Hà Văn Diễn", "Phó Chủ tịch Hội NCT tỉnh"),
 P("Bạch Thị Nga", "Chi hội trưởng chi hội NCT xóm Bưa")],
[Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("1.326 hội viên mới", 1326, "hội viên mới"), Q("118.450 người", 118450, "người"),
 Q("khoảng 41.000 NCT", 41000, "NCT", "approx"), Q("6 lớp tập huấn", 6, "lớp tập huấn"), Q("540 cán bộ hội cơ sở", 540, "cán bộ hội cơ sở"),
 Q("18 câu lạc bộ liên thế hệ tự giúp nhau", 18, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("162 câu lạc bộ", 162, "câu lạc bộ"),
 Q("hơn 8.100 thành viên", 8100, "thành viên", "over"), Q("12,7 tỷ đồng", 12700000000, "đồng"), Q("3 xã vùng hồ", 3, "xã vùng hồ"),
 Q("210 thành viên", 210, "thành viên"), Q("10 triệu đồng", 10000000, "đồng"), Q("hơn 2.500 m2", 2500, "m2", "over"), Q("76%", 76, "%"),
 Q("11 chi hội khu dân cư", 11, "chi hội khu dân cư"), Q("64 hội viên", 64, "hội viên"), Q("9 cụ", 9, "cụ")],
[D("Kế hoạch", "105", "KH-UBND", "2022-04-18", "UBND tỉnh", "Kế hoạch số 105/KH-UBND ngày 18/4/2022"),
 D("Quyết định", "1336", "QĐ-TTg", "2021-07-28", "Thủ tướng Chính phủ", "Quyết định 1336/QĐ-TTg ngày 28/7/2021"),
 D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 20/2021/NĐ-CP")],
[prov("Hòa Bình"), com("Phong Phú")],
["HỘI NGƯỜI CAO TUỔI TỈNH HÒA BÌNH", "Vị trí: Trang chủ › Tin tức › Hoạt động Hội", "Tuổi cao gương sáng", "Tháng hành động vì NCT",
 "Phòng Tuyên truyền Hội NCT tỉnh", "Lượt truy cập: 65.119"],
["Ngày 08/07/2022 | 09:00", "quý II", "Quý III", "mũi 4", "COVID-19", "giai đoạn 2021 - 2025", "tháng 10", "tháng 8", "Lượt truy cập: 65.119"]))

PAGES.append(page("b2805-travinh-nct-baocao-2023", """
HỘI NGƯỜI CAO TUỔI TỈNH TRÀ VINH - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ » Văn bản - Báo cáo » Báo cáo định kỳ
12/10/2023
Kết quả hoạt động công tác Hội Người cao tuổi quý III năm 2023
Ngày 10/10/2023, Ban Thường vụ Hội Người cao tuổi tỉnh Trà Vinh ban hành Báo cáo số 46/BC-HNCT về kết quả hoạt động công tác Hội quý III và phương hướng nhiệm vụ quý IV năm 2023. Trang thông tin trích đăng nội dung chính.
I. Công tác tổ chức
Đến ngày 30/9/2023, toàn tỉnh có 106.934 NCT, trong đó 97.215 người là hội viên, đạt 90,9%; có 106 hội NCT cấp xã, 812 chi hội. Trong quý, kết nạp mới 1.047 hội viên, trong đó 318 hội viên là người Khmer. Hội đã củng cố, kiện toàn 14 chi hội có chi hội trưởng tuổi cao, sức yếu.
II. Chăm sóc và phát huy vai trò NCT
Các cấp hội phối hợp tổ chức khám bệnh, cấp thuốc miễn phí cho 3.280 lượt NCT; vận động trao 1.516 phần quà cho NCT nghèo, cô đơn, trị giá hơn 455 triệu đồng. Quỹ chăm sóc NCT toàn tỉnh đến nay đạt 8,96 tỷ đồng. Có 127 câu lạc bộ liên thế hệ tự giúp nhau đang hoạt động, 6 câu lạc bộ thành lập mới trong quý.
Thực hiện Kế hoạch số 71/KH-UBND ngày 12/6/2023 của UBND tỉnh và Hướng dẫn số 18/HD-HNCT ngày 1/7/2023 của Ban Thường vụ Hội NCT tỉnh, các cấp hội chuẩn bị mừng thọ cho 15.640 cụ nhân Ngày Quốc tế NCT, dự kiến kinh phí khoảng 7,4 tỷ đồng. Phong trào "Tuổi cao gương sáng" có 82.310 cụ đăng ký; nhiều vị sư cả, achar trong chùa Khmer tham gia vận động đồng bào giữ gìn an ninh phum sóc.
Tiêu biểu, cụ Thạch Sa Muôn, Chủ tịch Hội NCT xã Đôn Xuân (huyện Trà Cú), vận động con cháu và bà con trong ấp góp 320 triệu đồng làm 2 cây cầu bê tông; cụ Kim Thị Sà Rinh, Chi hội trưởng chi hội NCT ấp Ba Se, xã Lương Hòa, duy trì lớp dạy múa dân tộc Khmer cho 30 em thiếu nhi.
Hội NCT các huyện Cầu Ngang, Châu Thành, Tiểu Cần đã phối hợp Ngân hàng Chính sách xã hội giúp 412 hộ có NCT vay vốn chăn nuôi bò, trồng màu với tổng dư nợ khoảng 12,3 tỷ đồng.
III. Hạn chế
Hoạt động ở 23 chi hội còn hình thức; việc thu hội phí bình quân chỉ khoảng 67%. Một số nơi chưa thực hiện đúng Thông tư 96/2018/TT-BTC của Bộ Tài chính về quản lý kinh phí chăm sóc sức khỏe ban đầu cho NCT.
IV. Phương hướng quý IV năm 2023
Tổ chức tốt Tháng hành động vì NCT; chuẩn bị tổng kết công tác năm; phối hợp Mặt trận tham gia giám sát việc thực hiện Nghị định 20/2021/NĐ-CP của Chính phủ; triển khai Chỉ thị 59-CT/TW của Ban Bí thư đến 100% chi hội.
TM. Ban Thường vụ, Chủ tịch Trầm Văn Sơn (đã ký)
Lượt xem: 264
Các tin đã đưa
- Hội NCT huyện Cầu Kè giao ban quý III (05/10/2023)
- Trà Vinh: 15 ngàn cụ được mừng thọ (02/10/2023)
- Tập huấn kỹ năng chăm sóc NCT tại cộng đồng (20/09/2023)
""", "2023-10-12", "Kết quả hoạt động công tác Hội Người cao tuổi quý III năm 2023",
E("bao_cao", "2023-Q3", "2023-10-10"),
[P("Thạch Sa Muôn", "Chủ tịch Hội NCT xã Đôn Xuân"),
 P("Kim Thị Sà Rinh", "Chi hội trưởng chi hội NCT ấp Ba Se"),
 P("Trầm Văn Sơn", "Chủ tịch")],
[Q("106.934 NCT", 106934, "NCT"), Q("97.215 người", 97215, "người"), Q("90,9%", 90.9, "%"), Q("106 hội NCT cấp xã", 106, "hội NCT cấp xã"),
 Q("812 chi hội", 812, "chi hội"), Q("1.047 hội viên", 1047, "hội viên"), Q("318 hội viên", 318, "hội viên"), Q("14 chi hội", 14, "chi hội"),
 Q("3.280 lượt NCT", 3280, "lượt NCT"), Q("1.516 phần quà", 1516, "phần quà"), Q("hơn 455 triệu đồng", 455000000, "đồng", "over"),
 Q("8,96 tỷ đồng", 8960000000, "đồng"), Q("127 câu lạc bộ liên thế hệ tự giúp nhau", 127, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("6 câu lạc bộ", 6, "câu lạc bộ"), Q("15.640 cụ", 15640, "cụ"), Q("khoảng 7,4 tỷ đồng", 7400000000, "đồng", "approx"),
 Q("82.310 cụ", 82310, "cụ"), Q("320 triệu đồng", 320000000, "đồng"), Q("2 cây cầu bê tông", 2, "cây cầu bê tông"),
 Q("30 em thiếu nhi", 30, "em thiếu nhi"), Q("23 chi hội", 23, "chi hội"), Q("khoảng 67%", 67, "%", "approx"), Q("100%", 100, "%"),
 Q("412 hộ", 412, "hộ"), Q("khoảng 12,3 tỷ đồng", 12300000000, "đồng", "approx")],
[D("Báo cáo", "46", "BC-HNCT", "2023-10-10", "Ban Thường vụ Hội Người cao tuổi tỉnh Trà Vinh", "Báo cáo số 46/BC-HNCT"),
 D("Kế hoạch", "71", "KH-UBND", "2023-06-12", "UBND tỉnh", "Kế hoạch số 71/KH-UBND ngày 12/6/2023"),
 D("Hướng dẫn", "18", "HD-HNCT", "2023-07-01", "Ban Thường vụ Hội NCT tỉnh", "Hướng dẫn số 18/HD-HNCT ngày 1/7/2023"),
 D("Thông tư", "96", "2018/TT-BTC", None, "Bộ Tài chính", "Thông tư 96/2018/TT-BTC"),
 D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 20/2021/NĐ-CP"),
 D("Chỉ thị", "59", "CT/TW", None, "Ban Bí thư", "Chỉ thị 59-CT/TW")],
[prov("Trà Vinh"), com("Đôn Xuân"), com("Lương Hòa")],
["HỘI NGƯỜI CAO TUỔI TỈNH TRÀ VINH - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Văn bản - Báo cáo » Báo cáo định kỳ", "Tuổi cao gương sáng",
 "Tháng hành động vì NCT", "Ba Se", "Lượt xem: 264"],
["quý III năm 2023", "quý IV năm 2023", "30/9/2023", "Lượt xem: 264"]))

PAGES.append(page("b2806-quangnam-ccb-doithoai-2023", """
Báo Quảng Nam
Thời sự | Chính trị | Xây dựng Đảng
2023-08-18 15:20
Ảnh: Bí thư Huyện ủy Nam Giang trao đổi với hội viên cựu chiến binh.
Lãnh đạo huyện Nam Giang đối thoại với hội viên cựu chiến binh
(QNO) - Sáng 17/8, Ban Thường vụ Huyện ủy Nam Giang phối hợp với Hội Cựu chiến binh huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hội viên CCB năm 2023. Đồng chí Zơrâm Thị Hoa, Bí thư Huyện ủy; đồng chí A Lăng Bi, Chủ tịch UBND huyện chủ trì đối thoại.
Hội nghị có 126 hội viên CCB đến từ 12 xã, thị trấn tham dự. Đây là hoạt động thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân, được Huyện ủy tổ chức định kỳ theo Kế hoạch số 142-KH/HU ngày 5/6/2023 của Ban Thường vụ Huyện ủy về đối thoại trực tiếp với nhân dân năm 2023.
Tại buổi đối thoại, các hội viên nêu 19 ý kiến, kiến nghị, tập trung vào chế độ chính sách, đất sản xuất, vốn vay và bảo vệ rừng. Ông Bling Đương, hội viên Chi hội CCB thôn Pà Păng, xã Tà Bhing, người Cơ Tu, đề nghị xem xét cấp giấy chứng nhận quyền sử dụng đất cho 4 hộ hội viên đã canh tác ổn định hơn 20 năm. Ông Hồ Văn Dũng, Chủ tịch Hội CCB xã Cà Dy, phản ánh hồ sơ hưởng trợ cấp theo Quyết định 62/2011/QĐ-TTg của 3 hội viên còn chậm. Bà Alăng Thị Sáu, hội viên CCB thị trấn Thạnh Mỹ, đề nghị mở rộng mô hình trồng sâm Ngọc Linh, ba kích dưới tán rừng.
Trả lời các ý kiến, đồng chí A Lăng Bi cho biết huyện sẽ chỉ đạo Phòng Tài nguyên và Môi trường rà soát, cấp giấy cho các hộ đủ điều kiện trước tháng 12/2023; ưu tiên bố trí 1,5 tỷ đồng vốn vay từ nguồn ngân sách ủy thác cho hội viên CCB. Theo Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, huyện đã hỗ trợ 37 hộ hội viên CCB người Cơ Tu, Gié Triêng làm nhà, mỗi hộ 40 triệu đồng.
Đồng chí Zơrâm Thị Hoa ghi nhận: CCB là lực lượng nòng cốt trong 64 tổ bảo vệ rừng cộng đồng, góp phần giữ gần 2.000 ha rừng; nhiều hội viên là già làng, người có uy tín. Đồng chí yêu cầu các cơ quan trả lời bằng văn bản 6 kiến nghị chưa giải quyết ngay tại hội nghị trong vòng 30 ngày.
Ông Đinh Văn Phú, Chủ tịch Hội CCB huyện Nam Giang, cho biết toàn huyện có 912 hội viên, trong đó 61% là người dân tộc thiểu số. Sau đối thoại, Hội sẽ theo dõi, đôn đốc việc thực hiện các cam kết, báo cáo kết quả với Ban Thường vụ Huyện ủy trong quý IV.
ALĂNG NGƯỚC
Lượt xem: 1.372
Tin cùng chuyên mục
- Tây Giang: CCB giữ rừng biên giới (10/08/2023)
- Nam Giang tri ân người có công (27/07/2023)
""", "2023-08-18", "Lãnh đạo huyện Nam Giang đối thoại với hội viên cựu chiến binh",
E("doi_thoai", "2023", "2023-08-17"),
[P("Zơrâm Thị Hoa", "Bí thư Huyện ủy"),
 P("A Lăng Bi", "Chủ tịch UBND huyện"),
 P("Bling Đương", "hội viên Chi hội CCB thôn Pà Păng"),
 P("Hồ Văn Dũng", "Chủ tịch Hội CCB xã Cà Dy"),
 P("Alăng Thị Sáu", "hội viên CCB thị trấn Thạnh Mỹ"),
 P("Đinh Văn Phú", "Chủ tịch Hội CCB huyện Nam Giang")],
[Q("126 hội viên CCB", 126, "hội viên CCB"), Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"),
 Q("4 hộ hội viên", 4, "hộ hội viên"), Q("3 hội viên", 3, "hội viên"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("37 hộ hội viên CCB", 37, "hộ hội viên CCB"), Q("40 triệu đồng", 40000000, "đồng"), Q("64 tổ bảo vệ rừng cộng đồng", 64, "tổ bảo vệ rừng cộng đồng"),
 Q("gần 2.000 ha", 2000, "ha", "approx"), Q("6 kiến nghị", 6, "kiến nghị"), Q("912 hội viên", 912, "hội viên"), Q("61%", 61, "%")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "142", "KH/HU", "2023-06-05", "Ban Thường vụ Huyện ủy", "Kế hoạch số 142-KH/HU ngày 5/6/2023"),
 D("Quyết định", "62", "2011/QĐ-TTg", None, None, "Quyết định 62/2011/QĐ-TTg")],
[prov("Quảng Nam"), com("Tà Bhing"), com("Cà Dy"), com("Thạnh Mỹ")],
["Báo Quảng Nam", "Thời sự | Chính trị | Xây dựng Đảng", "Ảnh: Bí thư Huyện ủy Nam Giang trao đổi với hội viên cựu chiến binh.", "(QNO)",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Pà Păng", "Lượt xem: 1.372"],
["2023-08-18 15:20", "năm 2023", "hơn 20 năm", "tháng 12/2023", "30 ngày", "Lượt xem: 1.372"]))
