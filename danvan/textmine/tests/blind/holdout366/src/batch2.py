from lib import *
PAGES = []

PAGES.append(page("b8747-hatinh-bdv-hoinghi-2017", """
Báo Hà Tĩnh điện tử
Thời sự › Chính trị › Dân vận
Ngày đăng 12/04/2017 | 16:20
Đồng chí Nguyễn Thị Thu Hà phát biểu tại hội nghị.
Vận động người dân vùng biển tham gia trồng, bảo vệ rừng phòng hộ
(Baohatinh.vn) - Chiều 11/4, Ban Dân vận Tỉnh ủy phối hợp với Sở Nông nghiệp và PTNT tổ chức hội nghị triển khai công tác vận động nhân dân trồng, bảo vệ rừng phòng hộ ven biển năm 2017. Đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Đặng Văn Thành, Phó Giám đốc Sở Nông nghiệp và PTNT đồng chủ trì. Dự hội nghị có 120 đại biểu là lãnh đạo các huyện, thị xã ven biển và chủ tịch UBND, chủ tịch Ủy ban MTTQ 32 xã, phường giáp biển.
Hội nghị được nghe quán triệt Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng; Kế hoạch số 68-KH/TU ngày 20/3/2017 của Ban Thường vụ Tỉnh ủy thực hiện chỉ thị này và Nghị định số 119/2016/NĐ-CP ngày 23/8/2016 của Chính phủ về một số chính sách quản lý, bảo vệ và phát triển bền vững rừng ven biển ứng phó với biến đổi khí hậu.
Theo Chi cục trưởng Chi cục Kiểm lâm Trần Xuân Lộc, Hà Tĩnh có 137 km bờ biển, hiện có khoảng 4.200 ha rừng phòng hộ ven biển, trong đó 850 ha rừng ngập mặn ở các cửa sông Nghèn, Cửa Sót, Cửa Nhượng. Sau sự cố môi trường biển năm 2016 và các đợt triều cường, nhiều đoạn bờ biển ở thị xã Kỳ Anh, huyện Thạch Hà bị xâm thực, có nơi lấn sâu 30 - 40 m. Giai đoạn 2017 - 2020, tỉnh phấn đấu trồng mới 620 ha rừng phòng hộ ven biển, trong đó năm 2017 trồng 150 ha; ngân sách tỉnh bố trí 2,5 tỷ đồng hỗ trợ cây giống. Theo Nghị định 119, mức hỗ trợ trồng rừng ngập mặn tối đa 75 triệu đồng/ha.
Chia sẻ tại hội nghị, ông Phan Văn Hải, Chủ tịch UBND xã Thạch Bằng, cho biết năm 2016 xã đã vận động 214 hộ hiến đất bãi, góp hơn 1.000 ngày công trồng 8 ha bần chua ven cửa sông. Bà Hoàng Thị Hương, Chủ tịch Hội LHPN xã Kỳ Lợi, đề nghị có cơ chế hỗ trợ sinh kế để phụ nữ các thôn phải di dời tái định cư yên tâm gắn bó với rừng.
Phát biểu kết luận, đồng chí Nguyễn Thị Thu Hà yêu cầu cấp ủy, chính quyền, Mặt trận và các đoàn thể các địa phương ven biển đưa nhiệm vụ trồng, bảo vệ rừng phòng hộ vào nghị quyết, chương trình công tác; phát huy vai trò của Ban công tác Mặt trận, tổ tự quản và người có uy tín ở thôn, xóm; kiên quyết xử lý các trường hợp lấn chiếm đất rừng ven biển để nuôi tôm, làm nhà hàng. Ban Dân vận các huyện, thị xã cần xây dựng ít nhất 1 mô hình "Dân vận khéo" về bảo vệ rừng ven biển trong năm.
Cũng tại hội nghị, Ban Dân vận Tỉnh ủy đã phát động đợt thi đua trồng rừng ven biển đến ngày 30/9/2017, gắn với phong trào "Toàn dân tham gia bảo vệ môi trường biển".
Thu Phương
Tin liên quan
- Nghi Xuân: vận động nhân dân trồng 10 ha phi lao chắn cát (05/04/2017)
- Ban Dân vận Tỉnh ủy giao ban quý I/2017 (30/03/2017)
- Kỳ Anh: đối thoại với ngư dân về chính sách bồi thường sự cố môi trường (20/03/2017)
""", "2017-04-12", "Vận động người dân vùng biển tham gia trồng, bảo vệ rừng phòng hộ",
E("hoi_nghi", "2017", "2017-04-11"),
[P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Văn Thành", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Trần Xuân Lộc", "Chi cục trưởng Chi cục Kiểm lâm"),
 P("Phan Văn Hải", "Chủ tịch UBND xã Thạch Bằng"),
 P("Hoàng Thị Hương", "Chủ tịch Hội LHPN xã Kỳ Lợi")],
[Q("120 đại biểu", 120, "đại biểu"), Q("32 xã, phường", 32, "xã, phường"), Q("137 km", 137, "km"),
 Q("khoảng 4.200 ha", 4200, "ha", "approx"), Q("850 ha", 850, "ha"), Q("620 ha", 620, "ha"), Q("150 ha", 150, "ha"),
 Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("tối đa 75 triệu đồng/ha", 75000000, "đồng"), Q("214 hộ", 214, "hộ"),
 Q("hơn 1.000 ngày công", 1000, "ngày công", "over"), Q("8 ha", 8, "ha")],
[D("Chỉ thị", "13", "CT/TW", "2017-01-12", "Ban Bí thư", "Chỉ thị số 13-CT/TW ngày 12/01/2017"),
 D("Kế hoạch", "68", "KH/TU", "2017-03-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 68-KH/TU ngày 20/3/2017"),
 D("Nghị định", "119", "2016/NĐ-CP", "2016-08-23", "Chính phủ", "Nghị định số 119/2016/NĐ-CP ngày 23/8/2016")],
[prov("Hà Tĩnh"), com("Thạch Bằng"), com("Kỳ Lợi")],
["Báo Hà Tĩnh điện tử", "Thời sự › Chính trị › Dân vận", "Đồng chí Nguyễn Thị Thu Hà phát biểu tại hội nghị.", "(Baohatinh.vn)",
 "Dân vận khéo", "Toàn dân tham gia bảo vệ môi trường biển", "Cửa Sót", "Cửa Nhượng"],
["Ngày đăng 12/04/2017 | 16:20", "năm 2017", "năm 2016", "30 - 40 m", "Giai đoạn 2017 - 2020", "Nghị định 119", "1 mô hình", "ngày 30/9/2017"]))

PAGES.append(page("b8748-travinh-mttq-duyenhai-tongket-2018", """
BÁO TRÀ VINH ĐIỆN TỬ
Trang chủ - Mặt trận - Đoàn thể
27-12-2018 09:40
Thị xã Duyên Hải: Hơn 200 ha rừng ngập mặn được trồng mới nhờ sức dân
Ngày 25/12/2018, Ủy ban MTTQ Việt Nam thị xã Duyên Hải, tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác Mặt trận năm 2018 và triển khai chương trình phối hợp thống nhất hành động năm 2019. Bà Huỳnh Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ Việt Nam thị xã chủ trì hội nghị; dự có ông Lê Văn Tùng, Thị ủy viên, Phó Chủ tịch UBND thị xã.
Năm 2018, Mặt trận thị xã lấy việc vận động nhân dân trồng, bảo vệ rừng ngập mặn và phòng, chống sạt lở bờ biển làm nội dung trọng tâm. Thực hiện Chương trình phối hợp số 05/CTPH-MTTQ-UBND ngày 10/4/2018 giữa Ủy ban MTTQ Việt Nam thị xã và UBND thị xã, các Ban công tác Mặt trận ấp đã vận động 1.560 hộ ký cam kết bảo vệ rừng, đóng góp 2.400 ngày công trồng hơn 200 ha rừng đước, mắm trên bãi bồi các xã Trường Long Hòa, Dân Thành, Hiệp Thạnh. Toàn thị xã có 58 hộ được vận động di dời khỏi vùng sạt lở đến khu tái định cư, mỗi hộ được hỗ trợ 30 triệu đồng từ ngân sách và Quỹ "Vì người nghèo".
Trong năm, triều cường và sóng lớn đã làm sạt lở khoảng 1,5 km bờ biển ấp Cồn Trứng, xã Trường Long Hòa, cuốn trôi khoảng 10 ha rừng phi lao. Mặt trận đã phối hợp vận động nhân dân đóng cọc tre, làm hàng rào gây bồi dài 800 m; huy động các nhà hảo tâm đóng góp 450 triệu đồng mua cây giống.
Các ông Kiên Văn Sóc, Thạch Chanh, Lâm Văn Dũng - Trưởng ban công tác Mặt trận ấp được hội nghị biểu dương vì đã vận động bà con trả lại 17 ha đất lấn chiếm trong rừng phòng hộ. Hòa thượng Thạch Sok Xane, Chủ tịch Hội Đoàn kết sư sãi yêu nước thị xã, cho biết các chùa Khmer đã vận động phật tử trồng cây, giữ rừng quanh phum sóc: "Giữ rừng là giữ đất cho con cháu".
Phát biểu tại hội nghị, ông Lê Văn Tùng đề nghị Mặt trận tiếp tục tuyên truyền Nghị quyết số 120/NQ-CP ngày 17/11/2017 của Chính phủ về phát triển bền vững đồng bằng sông Cửu Long thích ứng với biến đổi khí hậu; giám sát việc chi trả tiền khoán bảo vệ rừng cho người dân, bảo đảm công khai, đúng đối tượng.
Tỷ lệ hộ đạt danh hiệu gia đình văn hóa năm 2018 đạt 95,6%; 100% ấp đạt chuẩn văn hóa. Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 2 tập thể, Ủy ban MTTQ Việt Nam thị xã tặng giấy khen cho 12 tập thể và 21 cá nhân tiêu biểu trong phong trào bảo vệ rừng ven biển.
Năm 2019, Mặt trận thị xã phấn đấu vận động trồng mới từ 150 ha rừng ngập mặn trở lên, mỗi xã có ít nhất 1 tổ cộng đồng bảo vệ rừng hoạt động hiệu quả.
Trúc Lam
Tin liên quan
- Cầu Ngang: Tổng kết công tác Mặt trận năm 2018 (26/12/2018)
- Trồng 50 ha rừng phòng hộ ven biển Đông Hải (12/12/2018)
- Trà Vinh: 3 km bờ biển sạt lở nghiêm trọng (30/11/2018)
""", "2018-12-27", "Thị xã Duyên Hải: Hơn 200 ha rừng ngập mặn được trồng mới nhờ sức dân",
E("tong_ket", "2018", "2018-12-25"),
[P("Huỳnh Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Lê Văn Tùng", "Thị ủy viên", "Phó Chủ tịch UBND thị xã"),
 P("Kiên Văn Sóc", "Trưởng ban công tác Mặt trận ấp"),
 P("Thạch Chanh", "Trưởng ban công tác Mặt trận ấp"),
 P("Lâm Văn Dũng", "Trưởng ban công tác Mặt trận ấp"),
 P("Thạch Sok Xane", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước thị xã")],
[Q("1.560 hộ", 1560, "hộ"), Q("2.400 ngày công", 2400, "ngày công"), Q("hơn 200 ha", 200, "ha", "over"),
 Q("58 hộ", 58, "hộ"), Q("30 triệu đồng", 30000000, "đồng"), Q("khoảng 1,5 km", 1.5, "km", "approx"),
 Q("khoảng 10 ha", 10, "ha", "approx"), Q("800 m", 800, "m"), Q("450 triệu đồng", 450000000, "đồng"),
 Q("17 ha", 17, "ha"), Q("95,6%", 95.6, "%"), Q("100% ấp", 100, "%"), Q("2 tập thể", 2, "tập thể"),
 Q("12 tập thể", 12, "tập thể"), Q("21 cá nhân tiêu biểu", 21, "cá nhân tiêu biểu"),
 Q("từ 150 ha rừng ngập mặn trở lên", 150, "ha", "over")],
[D("Chương trình phối hợp", "05", "CTPH-MTTQ-UBND", "2018-04-10", "Ủy ban MTTQ Việt Nam thị xã và UBND thị xã",
   "Chương trình phối hợp số 05/CTPH-MTTQ-UBND ngày 10/4/2018"),
 D("Nghị quyết", "120", "NQ-CP", "2017-11-17", "Chính phủ", "Nghị quyết số 120/NQ-CP ngày 17/11/2017")],
[prov("Trà Vinh"), com("Trường Long Hòa"), com("Dân Thành"), com("Hiệp Thạnh")],
["BÁO TRÀ VINH ĐIỆN TỬ", "Trang chủ - Mặt trận - Đoàn thể", "Vì người nghèo", "Hội Đoàn kết sư sãi yêu nước thị xã"],
["27-12-2018 09:40", "năm 2018", "năm 2019", "Năm 2019", "1 tổ cộng đồng"]))

PAGES.append(page("b8749-kiengiang-bdv-giaoban-q1-2019", """
Hôm nay: Thứ Sáu, 12/04/2019
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Vị trí: Trang chủ > Tin tức > Hoạt động dân vận
Cập nhật lúc 16:10 ngày 11/04/2019
Tăng cường vận động nhân dân ứng phó sạt lở bờ biển An Minh, An Biên
Sáng 10/4/2019, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức giao ban khối dân vận quý I năm 2019. Đồng chí Lê Thị Minh Phụng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh và Trưởng Ban Dân vận 15 huyện, thành ủy.
Báo cáo cho thấy, quý I, tình hình tư tưởng nhân dân cơ bản ổn định; tuy nhiên triều cường, gió chướng cuối năm 2018 đã làm sạt lở khoảng 12 km bờ biển Tây thuộc hai huyện An Minh, An Biên, hơn 70 ha rừng phòng hộ bị cuốn trôi, nhiều đoạn đê quốc phòng bị uy hiếp. Khối dân vận đã phối hợp vận động nhân dân đóng góp 1.200 cây tràm, cừ, cùng lực lượng vũ trang làm kè tạm bằng cọc và lưới dài 3.500 m tại các xã Vân Khánh Tây, Vân Khánh Đông, Đông Hưng A; 85 hộ ở vùng nguy hiểm đã được vận động di dời tạm.
Đồng chí Danh Út, HUV, Trưởng Ban Dân vận - Chủ tịch Ủy ban MTTQ Việt Nam huyện An Minh, cho biết trong quý đã có 3 vụ việc khiếu nại đông người liên quan đến đất rừng phòng hộ ven biển; Ban Dân vận Huyện ủy đã phối hợp tổ chức 6 cuộc đối thoại, giải quyết xong 2 vụ. Ông Trần Văn Sơn, Phó Trưởng Ban Dân vận Huyện ủy An Biên, đề nghị tỉnh sớm có chính sách giao khoán rừng phòng hộ cho hộ dân tại chỗ, để người dân vừa giữ rừng vừa có thu nhập từ nuôi sò huyết, cua dưới tán rừng.
Cũng tại giao ban, Ban Dân vận Tỉnh ủy thông tin kết quả 3 năm thực hiện Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc Khmer và về vận động nhân dân tham gia bảo vệ rừng phòng hộ ven biển; triển khai Quyết định số 957/QĐ-UBND ngày 25/4/2018 của UBND tỉnh về kế hoạch trồng rừng ven biển giai đoạn 2018 - 2020. Hiện toàn tỉnh còn khoảng 5.500 ha rừng phòng hộ ven biển Tây, trong đó 91% là rừng mắm, đước.
Kết luận giao ban, đồng chí Lê Thị Minh Phụng yêu cầu quý II Ban Dân vận các huyện ven biển chủ động nắm tình hình, kịp thời phản ánh tâm tư của người dân vùng sạt lở; phối hợp với chính quyền vận động người dân không lấn chiếm, chặt phá rừng; nhân rộng mô hình "Tổ nhân dân tự quản giữ rừng" ở các ấp ven biển; chuẩn bị tốt hội nghị sơ kết 6 tháng đầu năm 2019.
Đồng chí cũng lưu ý các địa phương quan tâm hỗ trợ kịp thời các hộ phải di dời, không để người dân thiếu ăn, thiếu chỗ ở trong mùa mưa bão; thông tin công khai tiến độ các công trình kè để người dân an tâm, đồng thuận.
Hồng Nhung
Tin liên quan
- Kiên Lương: ra mắt mô hình "Dân vận khéo" bảo vệ rừng phòng hộ (02/04/2019)
- Giao ban khối dân vận quý IV/2018 (08/01/2019)
- Hòn Đất: trồng 20 ha rừng ngập mặn ven biển (20/12/2018)
""", "2019-04-11", "Tăng cường vận động nhân dân ứng phó sạt lở bờ biển An Minh, An Biên",
E("giao_ban", "2019-Q1", "2019-04-10"),
[P("Lê Thị Minh Phụng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "HUV", "Trưởng Ban Dân vận - Chủ tịch Ủy ban MTTQ Việt Nam huyện An Minh"),
 P("Trần Văn Sơn", "Phó Trưởng Ban Dân vận Huyện ủy An Biên")],
[Q("15 huyện, thành ủy", 15, "huyện, thành ủy"), Q("khoảng 12 km", 12, "km", "approx"), Q("hơn 70 ha", 70, "ha", "over"),
 Q("1.200 cây tràm, cừ", 1200, "cây tràm, cừ"), Q("3.500 m", 3500, "m"), Q("85 hộ", 85, "hộ"),
 Q("3 vụ việc khiếu nại đông người", 3, "vụ việc khiếu nại đông người"), Q("6 cuộc đối thoại", 6, "cuộc đối thoại"),
 Q("2 vụ", 2, "vụ"), Q("khoảng 5.500 ha", 5500, "ha", "approx"), Q("91%", 91, "%")],
[D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Quyết định", "957", "QĐ-UBND", "2018-04-25", "UBND tỉnh", "Quyết định số 957/QĐ-UBND ngày 25/4/2018")],
[prov("Kiên Giang"), com("Vân Khánh Tây"), com("Vân Khánh Đông"), com("Đông Hưng A")],
["Hôm nay: Thứ Sáu, 12/04/2019", "BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Vị trí: Trang chủ > Tin tức > Hoạt động dân vận",
 "Tổ nhân dân tự quản giữ rừng"],
["Hôm nay: Thứ Sáu, 12/04/2019", "quý I năm 2019", "năm 2018", "3 năm", "giai đoạn 2018 - 2020", "quý II", "6 tháng đầu năm 2019"]))

PAGES.append(page("b8750-quangnam-mttq-traoqua-2019", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Xã hội | Mặt trận
06/11/2019 08:05
Ảnh: Trao quà cho người dân phường Cẩm An.
Trao 150 suất quà cho hộ dân vùng sạt lở bờ biển Cửa Đại
(QNO) - Chiều 5/11, Ủy ban MTTQ Việt Nam thành phố Hội An phối hợp với một số doanh nghiệp trao 150 suất quà cho các hộ dân bị ảnh hưởng bởi sạt lở bờ biển sau bão số 5 tại phường Cẩm An và xã Cẩm Thanh. Mỗi suất quà trị giá 1 triệu đồng, gồm tiền mặt, gạo, mì tôm và nước uống; tổng trị giá 150 triệu đồng.
Bà Nguyễn Thị Ánh Hồng, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hội An, cho biết đợt sóng lớn cuối tháng 10 vừa qua đã làm sạt lở thêm khoảng 300 m bờ biển An Bàng - Cửa Đại, đe dọa 12 nhà hàng, khu dân cư ven biển; 26 hộ ở khối Tân Mỹ, Tân Thành phải di chuyển tài sản khỏi khu vực nguy hiểm.
Cùng với hỗ trợ khẩn cấp, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố đã ban hành Kế hoạch số 142/KH-MTTQ-BTT ngày 15/10/2019 vận động các tổ chức, cá nhân chung tay khắc phục sạt lở, trong đó có nội dung vận động người dân trồng bổ sung 2 ha rừng dừa nước ở xã Cẩm Thanh - "lá phổi xanh" giúp giảm sóng, giữ đất vùng cửa sông. Đến nay, Quỹ Cứu trợ thành phố đã tiếp nhận hơn 320 triệu đồng.
Ông Huỳnh Văn Tiến, Phó Chủ tịch UBND phường Cẩm An, nói: "Người dân lo nhất là kè tạm không chịu nổi mùa mưa bão. Chúng tôi đã cử tổ xung kích 40 người trực 24/24 giờ, cùng bà con xếp bao cát, gia cố những đoạn xung yếu". Ông Trương Văn Đà, Trưởng Ban công tác Mặt trận khối Tân Thành, cho hay nhiều hộ tự nguyện góp công, góp tre để làm hàng rào giảm sóng.
Tại buổi trao quà, đại diện Ủy ban MTTQ Việt Nam tỉnh Quảng Nam cho biết, thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương Đảng khóa XII về Chiến lược phát triển bền vững kinh tế biển Việt Nam, tỉnh đang kiến nghị Trung ương hỗ trợ khoảng 400 tỷ đồng xây dựng tuyến kè kiên cố bảo vệ bờ biển Cửa Đại. Mặt trận các cấp sẽ tham gia giám sát việc triển khai công trình để bảo đảm chất lượng, công khai với người dân.
Bà Lê Thị Sáu, 68 tuổi, ở khối Tân Mỹ, xúc động: "Nhà tôi cách mép sóng chưa đầy 20 m. Được quà, được bà con giúp chuyển đồ, tôi cũng yên lòng phần nào".
Theo thống kê của UBND thành phố Hội An, từ năm 2012 đến nay, bờ biển Cửa Đại đã bị sóng cuốn mất hàng chục hecta đất, nhiều khu nghỉ dưỡng phải đóng cửa. Cùng với các giải pháp công trình, thành phố chủ trương vận động người dân bảo vệ, trồng mới rừng dừa nước và cây chắn sóng dọc cửa sông Thu Bồn, coi đây là giải pháp lâu dài, ít tốn kém. Ủy ban MTTQ Việt Nam thành phố Hội An kêu gọi các tổ chức, cá nhân tiếp tục đóng góp vào Quỹ Cứu trợ để hỗ trợ người dân vùng sạt lở ổn định cuộc sống trước mùa mưa lũ.
Xuân Hiền
Tin liên quan
- Hội An: khẩn cấp xử lý sạt lở bờ biển Cửa Đại (31/10/2019)
- Cẩm Thanh trồng rừng dừa nước bảo vệ bờ sông (15/09/2019)
- Mặt trận Hội An trao 200 suất quà cho hộ nghèo (02/09/2019)
""", "2019-11-06", "Trao 150 suất quà cho hộ dân vùng sạt lở bờ biển Cửa Đại",
E("trao_qua", None, "2019-11-05"),
[P("Nguyễn Thị Ánh Hồng", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hội An"),
 P("Huỳnh Văn Tiến", "Phó Chủ tịch UBND phường Cẩm An"),
 P("Trương Văn Đà", "Trưởng Ban công tác Mặt trận khối Tân Thành"),
 P("Lê Thị Sáu")],
[Q("150 suất quà", 150, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("khoảng 300 m", 300, "m", "approx"), Q("12 nhà hàng", 12, "nhà hàng"), Q("26 hộ", 26, "hộ"), Q("2 ha", 2, "ha"),
 Q("hơn 320 triệu đồng", 320000000, "đồng", "over"), Q("40 người", 40, "người"),
 Q("khoảng 400 tỷ đồng", 400000000000, "đồng", "approx")],
[D("Kế hoạch", "142", "KH-MTTQ-BTT", "2019-10-15", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 142/KH-MTTQ-BTT ngày 15/10/2019"),
 D("Nghị quyết", "36", "NQ/TW", "2018-10-22", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 36-NQ/TW ngày 22/10/2018")],
[prov("Quảng Nam"), com("Cẩm An"), com("Cẩm Thanh")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Xã hội | Mặt trận",
 "Ảnh: Trao quà cho người dân phường Cẩm An.", "(QNO)", "lá phổi xanh", "Quỹ Cứu trợ thành phố"],
["06/11/2019 08:05", "bão số 5", "cuối tháng 10", "24/24 giờ", "khóa XII", "68 tuổi", "chưa đầy 20 m", "từ năm 2012", "hàng chục hecta"]))

PAGES.append(page("b8751-baclieu-mttq-giamsat-2020", """
Báo Bạc Liêu điện tử
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
Cập nhật: 14:35, 18/09/2020 (GMT+7)
Giám sát việc bảo vệ rừng phòng hộ và kè chống sạt lở ở Đông Hải
BL - Ngày 16/9/2020, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Lê Thanh Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc giao khoán bảo vệ rừng phòng hộ ven biển và tiến độ công trình kè chống sạt lở tại huyện Đông Hải, theo kế hoạch giám sát năm 2020. Cùng đi có các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Thị Mỹ Lệ, Lâm Văn Khiêm.
Theo báo cáo của UBND huyện, Đông Hải có hơn 1.300 ha rừng phòng hộ ven biển, đã giao khoán cho 432 hộ dân theo Nghị định số 119/2016/NĐ-CP của Chính phủ, mức khoán 300.000 đồng/ha/năm. Năm 2020, huyện trồng mới và trồng dặm 46 ha rừng mắm, đước tại các xã Long Điền Đông, Long Điền Tây, Điền Hải và thị trấn Gành Hào, đạt 92% kế hoạch.
Tuyến kè bảo vệ bờ biển từ cửa Gành Hào về phía Nhà Mát dài 2,7 km, tổng vốn 175 tỷ đồng, đến nay đạt khoảng 80% khối lượng. Phía sau kè, hàng rào tre tạo bãi đã giúp bồi lắng trên 30 ha, tạo điều kiện trồng lại rừng. Tuy nhiên, vẫn còn 56 hộ chưa nhận đủ tiền khoán bảo vệ rừng năm 2019, một số hộ nuôi tôm lấn chiếm đất rừng chưa được xử lý dứt điểm.
Tại buổi giám sát, ông Lý Văn Thành, Phó Chủ tịch Thường trực UBND huyện Đông Hải, tiếp thu các ý kiến và cho biết huyện sẽ chi trả dứt điểm cho các hộ trong tháng 10. Bà Thạch Thị Sa Rương ở ấp Gò Cát, xã Điền Hải, một trong những hộ nhận khoán, chia sẻ: "Được giao giữ rừng, tôi với mấy hộ trong tổ chia nhau đi tuần mỗi tuần 3 lần. Rừng còn thì đê còn, nhà mình mới yên".
Kết luận buổi giám sát, ông Lê Thanh Hùng đề nghị huyện công khai danh sách hộ nhận khoán, diện tích, mức tiền tại nhà văn hóa ấp; phát huy vai trò Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam. Đoàn ghi nhận 12 kiến nghị, sẽ tổng hợp gửi UBND tỉnh xem xét.
Bạc Liêu có 56 km bờ biển; những năm gần đây, tình trạng sạt lở xảy ra ở nhiều đoạn, nhất là khu vực Gành Hào và Nhà Mát. Mặt trận các cấp xác định giám sát việc bảo vệ rừng phòng hộ là nhiệm vụ thường xuyên, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Hữu Thọ
Tin liên quan
- Hòa Bình: người dân góp 1.500 ngày công làm kè mềm (10/09/2020)
- MTTQ tỉnh phản biện dự thảo đề án trồng rừng ven biển (28/08/2020)
- Sạt lở bờ biển Nhà Mát: cần giải pháp lâu dài (15/08/2020)
""", "2020-09-18", "Giám sát việc bảo vệ rừng phòng hộ và kè chống sạt lở ở Đông Hải",
E("giam_sat", "2020", "2020-09-16"),
[P("Lê Thanh Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Khiêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Văn Thành", "Phó Chủ tịch Thường trực UBND huyện Đông Hải"),
 P("Thạch Thị Sa Rương")],
[Q("hơn 1.300 ha", 1300, "ha", "over"), Q("432 hộ dân", 432, "hộ dân"), Q("300.000 đồng/ha/năm", 300000, "đồng"),
 Q("46 ha", 46, "ha"), Q("92%", 92, "%"), Q("2,7 km", 2.7, "km"), Q("175 tỷ đồng", 175000000000, "đồng"),
 Q("khoảng 80%", 80, "%", "approx"), Q("trên 30 ha", 30, "ha", "over"), Q("56 hộ", 56, "hộ"),
 Q("12 kiến nghị", 12, "kiến nghị"), Q("56 km", 56, "km")],
[D("Nghị định", "119", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 119/2016/NĐ-CP"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15",
   "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017")],
[prov("Bạc Liêu"), com("Long Điền Đông"), com("Long Điền Tây"), com("Điền Hải"), com("Gành Hào")],
["Báo Bạc Liêu điện tử", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "BL -",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Nhà Mát"],
["Cập nhật: 14:35, 18/09/2020 (GMT+7)", "kế hoạch giám sát năm 2020", "Năm 2020", "năm 2019", "tháng 10", "mỗi tuần 3 lần"]))

PAGES.append(page("b8752-hue-bdv-soket-2020", """
BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ
Trang chủ » Hoạt động » Tin dân vận
Thứ Tư, 15/07/2020
Toàn cảnh hội nghị.
Khối dân vận sơ kết 6 tháng: vận động nhân dân vùng biển, đầm phá chống sạt lở
Ngày 14/7, Ban Dân vận Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Phan Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự hội nghị có các đồng chí Hồ Văn Sinh, Trần Thị Kim Loan - Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện 9 huyện ủy, thị ủy, thành ủy.
6 tháng đầu năm, bên cạnh việc vận động nhân dân chung tay phòng, chống dịch COVID-19, khối dân vận đã tập trung vận động người dân vùng ven biển, đầm phá ứng phó với sạt lở. Mặt trận và các đoàn thể đã vận động được hơn 25 tỷ đồng ủng hộ phòng, chống dịch và khắc phục thiên tai. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 28, 29-CT/TU về công tác dân vận trong giải phóng mặt bằng và về vận động ngư dân tham gia bảo vệ nguồn lợi thủy sản, rừng ngập mặn vùng đầm phá Tam Giang - Cầu Hai.
Đến nay, tổng diện tích rừng ngập mặn của tỉnh đạt khoảng 200 ha, tập trung ở Rú Chá (xã Hương Phong) và các xã Quảng Công, Vinh Hiền; riêng 6 tháng qua, người dân và đoàn viên thanh niên đã trồng bổ sung 15 ha. Tại xã Hải Dương và thị trấn Thuận An, sạt lở khoảng 2 km bờ biển đe dọa 1.250 hộ ngư dân; các tổ dân vận thôn đã vận động 47 hộ ở sát mép nước di dời tạm đến nơi an toàn.
Tại hội nghị, ông Lê Văn Quang, Bí thư Đảng ủy xã Hải Dương, chia sẻ kinh nghiệm "đi từng ngõ, gõ từng nhà", kết hợp đối thoại để người dân đồng thuận với phương án tái định cư. Đồng chí Nguyễn Thị Lệ, Trưởng Ban Dân vận Huyện ủy Phú Vang, kiến nghị tỉnh sớm đầu tư kè mềm và trồng rừng phi lao chắn cát tại xã Phú Thuận. Đại diện Hội Nông dân tỉnh cho biết đã xây dựng 36 mô hình "Dân vận khéo" gắn với bảo vệ môi trường đầm phá.
Phát biểu kết luận, đồng chí Phan Thị Kim Oanh đề nghị 6 tháng cuối năm các cấp tiếp tục thực hiện Kế hoạch số 215-KH/TU ngày 09/3/2020 của Tỉnh ủy về công tác dân vận năm 2020; chủ động nắm tình hình nhân dân vùng sạt lở trước mùa mưa bão; phối hợp với chính quyền công khai phương án hỗ trợ di dời; không để xảy ra điểm nóng; chuẩn bị tốt các điều kiện phục vụ đại hội đảng bộ các cấp.
Đồng chí nhấn mạnh, bảo vệ rừng ngập mặn, rừng phòng hộ ven biển phải trở thành việc làm thường xuyên của mỗi người dân, mỗi thôn, tổ dân phố; mỗi cơ quan dân vận cần có cán bộ bám địa bàn, kịp thời báo cáo những vấn đề phát sinh.
Minh Tâm
Tin liên quan
- Quảng Điền: ra quân trồng rừng ngập mặn tại Rú Chá (20/06/2020)
- Phú Vang: vận động 100 hộ di dời khỏi vùng sạt lở (05/06/2020)
- Giao ban công tác dân vận quý I/2020 (10/04/2020)
""", "2020-07-15", "Khối dân vận sơ kết 6 tháng: vận động nhân dân vùng biển, đầm phá chống sạt lở",
E("so_ket", "2020-H1", "2020-07-14"),
[P("Phan Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Sinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Quang", "Bí thư Đảng ủy xã Hải Dương"),
 P("Nguyễn Thị Lệ", "Trưởng Ban Dân vận Huyện ủy Phú Vang")],
[Q("9 huyện ủy, thị ủy, thành ủy", 9, "huyện ủy, thị ủy, thành ủy"), Q("hơn 25 tỷ đồng", 25000000000, "đồng", "over"),
 Q("khoảng 200 ha", 200, "ha", "approx"), Q("15 ha", 15, "ha"), Q("khoảng 2 km", 2, "km", "approx"),
 Q("1.250 hộ ngư dân", 1250, "hộ ngư dân"), Q("47 hộ", 47, "hộ"), Q("36 mô hình", 36, "mô hình")],
[D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 28, 29-CT/TU"),
 D("Chỉ thị", "29", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 28, 29-CT/TU"),
 D("Kế hoạch", "215", "KH/TU", "2020-03-09", "Tỉnh ủy", "Kế hoạch số 215-KH/TU ngày 09/3/2020")],
[prov("Thừa Thiên Huế"), com("Hương Phong"), com("Quảng Công"), com("Vinh Hiền"), com("Hải Dương"), com("Thuận An"), com("Phú Thuận")],
["BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ", "Trang chủ » Hoạt động » Tin dân vận", "Toàn cảnh hội nghị.", "Rú Chá",
 "Dân vận khéo", "đi từng ngõ, gõ từng nhà", "Tam Giang - Cầu Hai"],
["Thứ Tư, 15/07/2020", "6 tháng đầu năm 2020", "6 tháng cuối năm", "COVID-19", "Chỉ thị 28, 29-CT/TU", "năm 2020"]))
