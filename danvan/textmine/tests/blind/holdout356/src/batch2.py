from lib import *
PAGES = []

PAGES.append(page("b8507-hungyen-tinhdoan-raquan-2017", """
TỈNH ĐOÀN HƯNG YÊN
Trang chủ :: Tin tức - Sự kiện :: Phong trào tình nguyện
21.08.2017 | 16:05
Ra quân "Ngày Chủ nhật xanh" chung tay phòng, chống sốt xuất huyết
Sáng 20/8, tại xã Xuân Quan, huyện Văn Giang, Ban Thường vụ Tỉnh đoàn Hưng Yên phối hợp với Sở Y tế tổ chức lễ ra quân "Ngày Chủ nhật xanh" toàn tỉnh với chủ đề "Tuổi trẻ Hưng Yên chung tay phòng, chống sốt xuất huyết". Dự lễ ra quân có đồng chí Nguyễn Văn Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Đức Thịnh, Bí thư Tỉnh đoàn.
Đoàn viên thanh niên huyện Văn Giang khơi thông cống rãnh tại xã Xuân Quan.
Theo Sở Y tế, từ đầu năm đến nay Hưng Yên ghi nhận 486 ca sốt xuất huyết, chủ yếu ở các huyện giáp ranh Hà Nội như Văn Giang, Văn Lâm, Mỹ Hào; riêng tuần qua có 97 ca. Thực hiện Công văn số 1205/UBND-KGVX ngày 10/8/2017 của UBND tỉnh về tăng cường các biện pháp cấp bách phòng, chống dịch sốt xuất huyết và Kế hoạch số 85-KH/TĐTN-PT của Ban Thường vụ Tỉnh đoàn, các cơ sở Đoàn đồng loạt ra quân tại 36 điểm thuộc 10 huyện, thành phố với hơn 2.000 đoàn viên, thanh niên tham gia.
Phát biểu tại lễ ra quân, đồng chí Nguyễn Văn Phong đề nghị tuổi trẻ toàn tỉnh phát huy vai trò xung kích, mỗi đoàn viên là một tuyên truyền viên, hướng dẫn người dân "mỗi tuần dành 10 phút" kiểm tra, loại bỏ bọ gậy. Phó Bí thư Tỉnh đoàn Đào Thị Huyền phát động các chi đoàn nhận chăm sóc, làm sạch các điểm công cộng, nghĩa trang, chợ, khu nhà trọ công nhân.
Trong buổi sáng, các đội hình thanh niên đã thu gom khoảng 45 tấn rác thải, phế thải; phát quang 16 km đường giao thông nông thôn; khơi thông gần 8 km cống rãnh. Tỉnh đoàn trao tặng 300 chiếc màn cho các hộ nghèo tại xã Xuân Quan và xã Phụng Công; Trung tâm Y tế dự phòng tỉnh hỗ trợ 150 lít hóa chất phun diệt muỗi.
Các đồng chí: Vũ Văn Tuấn, Phạm Thị Hoa - Ủy viên Ban Thường vụ Tỉnh đoàn trực tiếp cùng đoàn viên xã Lạc Hồng (huyện Văn Lâm) và thị trấn Văn Giang ra quân. Anh Nguyễn Đình Khoa, Bí thư Đoàn xã Xuân Quan, cho biết: "Xã có 3 thôn có ca bệnh, chúng tôi chia 12 tổ thanh niên tình nguyện, mỗi tổ phụ trách một xóm, đến từng nhà lật úp chum vại, thả cá vào bể nước".
Dịp này, Tỉnh đoàn phát động đợt thi đua cao điểm 30 ngày đêm "Tuổi trẻ Hưng Yên chung tay phòng, chống sốt xuất huyết" từ ngày 20/8 đến 20/9/2017; mỗi cơ sở Đoàn duy trì ít nhất 1 buổi ra quân mỗi tuần.
Thùy Linh
Tin liên quan
- Văn Lâm: Phun hóa chất diệt muỗi tại 4 xã có dịch (18/08/2017)
- Tuổi trẻ Mỹ Hào ra quân "Ngày thứ Bảy tình nguyện" (12/08/2017)
- Tỉnh đoàn tổ chức Chiến dịch Thanh niên tình nguyện hè 2017 (15/06/2017)
""", "2017-08-21", "Ra quân \"Ngày Chủ nhật xanh\" chung tay phòng, chống sốt xuất huyết",
E("khac", None, "2017-08-20"),
[P("Nguyễn Văn Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Đức Thịnh", "Bí thư Tỉnh đoàn"),
 P("Đào Thị Huyền", "Phó Bí thư Tỉnh đoàn"),
 P("Vũ Văn Tuấn", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Phạm Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Nguyễn Đình Khoa", "Bí thư Đoàn xã Xuân Quan")],
[Q("486 ca sốt xuất huyết", 486, "ca sốt xuất huyết"), Q("97 ca", 97, "ca"), Q("36 điểm", 36, "điểm"),
 Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("hơn 2.000 đoàn viên, thanh niên", 2000, "đoàn viên, thanh niên", "over"),
 Q("khoảng 45 tấn", 45, "tấn", "approx"), Q("16 km", 16, "km"), Q("gần 8 km", 8, "km", "approx"),
 Q("300 chiếc màn", 300, "chiếc màn"), Q("150 lít", 150, "lít"), Q("3 thôn", 3, "thôn"),
 Q("12 tổ thanh niên tình nguyện", 12, "tổ thanh niên tình nguyện")],
[D("Công văn", "1205", "UBND-KGVX", "2017-08-10", "UBND tỉnh", "Công văn số 1205/UBND-KGVX ngày 10/8/2017"),
 D("Kế hoạch", "85", "KH/TĐTN-PT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 85-KH/TĐTN-PT")],
[prov("Hưng Yên"), com("Xuân Quan"), com("Phụng Công"), com("Lạc Hồng"), com("Văn Giang")],
["TỈNH ĐOÀN HƯNG YÊN", "Trang chủ :: Tin tức - Sự kiện :: Phong trào tình nguyện", "Ngày Chủ nhật xanh",
 "Tuổi trẻ Hưng Yên chung tay phòng, chống sốt xuất huyết", "Đoàn viên thanh niên huyện Văn Giang khơi thông cống rãnh tại xã Xuân Quan.",
 "Trung tâm Y tế dự phòng tỉnh", "Sở Y tế"],
["21.08.2017 | 16:05", "mỗi tuần dành 10 phút", "30 ngày đêm", "từ ngày 20/8 đến 20/9/2017", "ít nhất 1 buổi ra quân mỗi tuần"]))

PAGES.append(page("b8508-cantho-mttq-hoinghi-sxh-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ > Hoạt động Mặt trận > Tin trong thành phố
Cập nhật lúc 17:20 ngày 13/04/2018
Tăng cường phối hợp vận động nhân dân phòng, chống sốt xuất huyết năm 2018
Ngày 12/4, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ phối hợp với Sở Y tế tổ chức hội nghị triển khai công tác phối hợp vận động nhân dân tham gia phòng, chống sốt xuất huyết năm 2018. Đồng chí Trần Thị Thu Vân, Thành ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố và TS.BS. Trần Văn Hải, Giám đốc Trung tâm Y tế dự phòng thành phố chủ trì hội nghị. Dự hội nghị có hơn 150 đại biểu là Chủ tịch Ủy ban MTTQ các quận, huyện, xã, phường, thị trấn và đại diện các tổ chức tôn giáo.
Năm 2017, toàn thành phố ghi nhận 1.935 ca sốt xuất huyết, 3 trường hợp tử vong; số ca mắc giảm 22% so với năm 2016. Theo Chương trình phối hợp số 12/CTPH-MTTQ-SYT giữa Ban Thường trực Ủy ban MTTQ Việt Nam thành phố và Sở Y tế, Mặt trận các cấp đã lồng ghép nội dung phòng bệnh vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", vận động xã hội hóa được 3,5 tỷ đồng mua hóa chất, chế phẩm sinh học; 85 xã, phường, thị trấn duy trì "Ngày Chủ nhật xanh" mỗi tháng hai lần.
Trình bày nội dung phối hợp năm 2018, đồng chí Nguyễn Hoàng Phúc, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố cho biết, Mặt trận sẽ cùng ngành y tế thực hiện Kế hoạch số 45/KH-UBND ngày 8/3/2018 của UBND thành phố và Quyết định số 3711/QĐ-BYT của Bộ Y tế; củng cố mạng lưới 1.200 cộng tác viên tại khu vực, ấp; phấn đấu trên 90% hộ gia đình được hướng dẫn diệt lăng quăng tại nhà.
TS.BS. Trần Văn Hải cảnh báo, năm 2018 có nguy cơ dịch bùng phát sớm do lượng mưa tăng; các phường An Khánh, Hưng Lợi (quận Ninh Kiều), Long Hòa (quận Bình Thủy) có chỉ số mật độ muỗi vượt ngưỡng.
Đại đức Danh Hùng, Phó trụ trì chùa Pôthi Somrôn, cho biết nhà chùa sẵn sàng cho mượn sân chùa làm điểm tuyên truyền và vận động phật tử đồng bào Khmer tham gia tổng vệ sinh. Ông Lê Văn Bảy, Trưởng Ban Công tác Mặt trận ấp Thới Thuận, xã Thới Hưng, chia sẻ: "Ấp có 420 hộ, chúng tôi chia thành 14 tổ, tổ trưởng là người có uy tín. Nhờ vậy năm 2017 ấp không có ca bệnh nào".
Phát biểu kết luận, đồng chí Trần Thị Thu Vân đề nghị Mặt trận các cấp đưa kết quả phòng, chống sốt xuất huyết vào tiêu chí đánh giá khu dân cư văn hóa; Ban Công tác Mặt trận mỗi khu vực, ấp phải tổ chức ít nhất 2 buổi họp dân về phòng bệnh trong mùa mưa.
Dịp này, Ủy ban MTTQ Việt Nam thành phố trao 50 bình phun và 200 lít hóa chất cho 10 phường, xã có nhiều ca mắc.
Hồng Nhung
Bài viết liên quan
- Cờ Đỏ: Hội nghị biểu dương Ban Công tác Mặt trận tiêu biểu (05/04/2018)
- Mặt trận thành phố triển khai nhiệm vụ năm 2018 (18/01/2018)
- Ninh Kiều ra quân tổng vệ sinh môi trường (10/01/2018)
""", "2018-04-13", "Tăng cường phối hợp vận động nhân dân phòng, chống sốt xuất huyết năm 2018",
E("hoi_nghi", "2018", "2018-04-12"),
[P("Trần Thị Thu Vân", "Thành ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Văn Hải", "TS.BS.", "Giám đốc Trung tâm Y tế dự phòng thành phố"),
 P("Nguyễn Hoàng Phúc", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố"),
 P("Danh Hùng", "Đại đức", "Phó trụ trì chùa Pôthi Somrôn"),
 P("Lê Văn Bảy", "Trưởng Ban Công tác Mặt trận ấp Thới Thuận")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("1.935 ca sốt xuất huyết", 1935, "ca sốt xuất huyết"),
 Q("3 trường hợp", 3, "trường hợp"), Q("22%", 22, "%"), Q("3,5 tỷ đồng", 3500000000, "đồng"),
 Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"), Q("1.200 cộng tác viên", 1200, "cộng tác viên"),
 Q("trên 90%", 90, "%", "over"), Q("420 hộ", 420, "hộ"), Q("14 tổ", 14, "tổ"),
 Q("ít nhất 2 buổi họp dân", 2, "buổi họp dân", "over"), Q("50 bình phun", 50, "bình phun"), Q("200 lít", 200, "lít"),
 Q("10 phường, xã", 10, "phường, xã")],
[D("Chương trình phối hợp", "12", "CTPH-MTTQ-SYT", None, None, "Chương trình phối hợp số 12/CTPH-MTTQ-SYT"),
 D("Kế hoạch", "45", "KH-UBND", "2018-03-08", "UBND thành phố", "Kế hoạch số 45/KH-UBND ngày 8/3/2018"),
 D("Quyết định", "3711", "QĐ-BYT", None, "Bộ Y tế", "Quyết định số 3711/QĐ-BYT")],
[prov("Cần Thơ"), com("An Khánh"), com("Hưng Lợi"), com("Long Hòa"), com("Thới Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ > Hoạt động Mặt trận > Tin trong thành phố",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày Chủ nhật xanh", "chùa Pôthi Somrôn", "Sở Y tế"],
["Cập nhật lúc 17:20 ngày 13/04/2018", "năm 2018", "Năm 2017", "năm 2016", "mỗi tháng hai lần", "năm 2017"]))

PAGES.append(page("b8509-dongnai-bdv-giaoban-thang7-2019", """
BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI
Hôm nay: Thứ Hai, 05/08/2019
Trang chủ › Tin tức › Hoạt động của Ban
Thứ Bảy, 03/08/2019
Giao ban công tác dân vận tháng 7/2019: Dồn lực vận động nhân dân diệt lăng quăng
Ngày 31/7, Ban Dân vận Tỉnh ủy Đồng Nai tổ chức giao ban công tác dân vận tháng 7/2019 với Ban Dân vận các huyện ủy, thành ủy và khối dân vận cấp tỉnh. Đồng chí Nguyễn Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Nguyễn Thị Mỹ Hạnh phát biểu chỉ đạo tại buổi giao ban.
Báo cáo của Ban cho biết, dịch sốt xuất huyết năm 2019 diễn biến rất phức tạp: 7 tháng qua toàn tỉnh có 10.382 ca mắc, tăng gấp 3 lần cùng kỳ, 7 trường hợp tử vong; 11 huyện, thành phố đều có ổ dịch, nhiều nhất là thành phố Biên Hòa với gần 4.000 ca. Các phường Tân Phong, Trảng Dài và xã Bình An (huyện Long Thành) là điểm nóng.
Trong tháng, Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 214-KH/BDVTU ngày 15/7/2019 về phát huy vai trò Mặt trận, đoàn thể trong phòng, chống dịch sốt xuất huyết; tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 35, 36-KL/TU về lãnh đạo phòng, chống dịch và về kiện toàn tổ dân vận ở khu phố, ấp. UBND tỉnh cũng có Công văn số 8102/UBND-KGVX ngày 18/7/2019 chỉ đạo tổng vệ sinh môi trường toàn tỉnh vào các ngày thứ Bảy, Chủ nhật.
Khối dân vận đã vận động 2.300 tổ tự quản, 4.600 tổ dân vận tham gia kiểm tra từng hộ; Hội LHPN tỉnh huy động 21.000 lượt hội viên; Tỉnh đoàn ra quân với trên 35.000 lượt đoàn viên, thanh niên; nguồn vận động hỗ trợ hóa chất, bình phun đạt khoảng 2,8 tỷ đồng.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Thắng, Trần Thị Ngọc Lan, Phạm Minh Chiến lần lượt báo cáo kết quả kiểm tra tại cơ sở. Theo đó, một số khu phố còn ra quân theo phong trào, nhiều chủ nhà trọ, công trình xây dựng chưa chấp hành; tỷ lệ hộ có lăng quăng sau chiến dịch vẫn còn 18%.
Đồng chí Hồ Thanh Sơn, Trưởng Ban Dân vận Thành ủy Biên Hòa, đề xuất giao chỉ tiêu cụ thể cho từng tổ dân vận, mỗi thành viên phụ trách khoảng 25 hộ. Đồng chí Điểu Thị Liên, Chủ tịch Hội LHPN xã Phú Lý (huyện Vĩnh Cửu), cho biết bà con Chơ Ro trong xã đã tự làm nắp đậy lu bằng tre, giảm chi phí đáng kể.
Kết luận giao ban, đồng chí Nguyễn Thị Mỹ Hạnh yêu cầu tháng 8 khối dân vận các cấp tiếp tục "đi từng ngõ, gõ từng nhà", phấn đấu 100% hộ được kiểm tra ít nhất mỗi tuần một lần; biểu dương kịp thời các tổ dân vận làm tốt.
Ngọc Diễm
TIN CÙNG CHUYÊN MỤC
- Ban Dân vận Tỉnh ủy giao ban công tác dân vận tháng 6/2019 (02/07/2019)
- Biên Hòa: 5.000 đoàn viên ra quân diệt lăng quăng (28/07/2019)
- Tọa đàm "Dân vận khéo" trong xây dựng nông thôn mới (20/07/2019)
""", "2019-08-03", "Giao ban công tác dân vận tháng 7/2019: Dồn lực vận động nhân dân diệt lăng quăng",
E("giao_ban", "2019-07", "2019-07-31"),
[P("Nguyễn Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Ngọc Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Minh Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thanh Sơn", "Trưởng Ban Dân vận Thành ủy Biên Hòa"),
 P("Điểu Thị Liên", "Chủ tịch Hội LHPN xã Phú Lý")],
[Q("10.382 ca mắc", 10382, "ca"), Q("7 trường hợp", 7, "trường hợp"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("gần 4.000 ca", 4000, "ca", "approx"), Q("2.300 tổ tự quản", 2300, "tổ tự quản"), Q("4.600 tổ dân vận", 4600, "tổ dân vận"),
 Q("21.000 lượt hội viên", 21000, "lượt hội viên"), Q("trên 35.000 lượt đoàn viên, thanh niên", 35000, "lượt đoàn viên, thanh niên", "over"),
 Q("khoảng 2,8 tỷ đồng", 2800000000, "đồng", "approx"), Q("18%", 18, "%"), Q("khoảng 25 hộ", 25, "hộ", "approx"),
 Q("100% hộ", 100, "%")],
[D("Kế hoạch", "214", "KH/BDVTU", "2019-07-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 214-KH/BDVTU ngày 15/7/2019"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Công văn", "8102", "UBND-KGVX", "2019-07-18", "UBND tỉnh", "Công văn số 8102/UBND-KGVX ngày 18/7/2019")],
[prov("Đồng Nai"), com("Tân Phong"), com("Trảng Dài"), com("Bình An"), com("Phú Lý")],
["BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Hôm nay: Thứ Hai, 05/08/2019", "Trang chủ › Tin tức › Hoạt động của Ban",
 "Đồng chí Nguyễn Thị Mỹ Hạnh phát biểu chỉ đạo tại buổi giao ban.", "đi từng ngõ, gõ từng nhà"],
["Thứ Bảy, 03/08/2019", "Hôm nay: Thứ Hai, 05/08/2019", "tháng 7/2019", "7 tháng qua", "gấp 3 lần", "tháng 8",
 "ít nhất mỗi tuần một lần"]))

PAGES.append(page("b8510-hue-thuyxuan-doithoai-2019", """
UBND PHƯỜNG THỦY XUÂN - THÀNH PHỐ HUẾ
Vị trí: Trang chủ / Tin tức - Sự kiện / Tin hoạt động
Ngày 25/10/2019 | 09:15
Chủ tịch UBND phường Thủy Xuân đối thoại với nhân dân về vệ sinh môi trường và phòng, chống sốt xuất huyết
Chiều 24/10, tại Hội trường UBND phường, Thường trực Đảng ủy, UBND, Ủy ban MTTQ Việt Nam phường Thủy Xuân tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân năm 2019, chủ đề "Công tác vệ sinh môi trường, thu gom rác thải và phòng, chống dịch sốt xuất huyết trên địa bàn phường". Ông Nguyễn Văn Hùng, Chủ tịch UBND phường chủ trì đối thoại; tham dự có hơn 150 người dân đại diện cho 12 tổ dân phố.
Quang cảnh buổi đối thoại.
Mở đầu, ông Hoàng Trọng Nghĩa, Chủ tịch Ủy ban MTTQ Việt Nam phường thông tin, từ đầu năm phường có 126 ca sốt xuất huyết, cao nhất thành phố; nguyên nhân chủ yếu do nhiều hộ ven đồi, ven lăng mộ trữ nước, nhiều vườn nhà bỏ hoang, còn 3 điểm rác tự phát chưa xử lý dứt điểm. Thực hiện Kế hoạch số 96/KH-UBND ngày 22/3/2019 của UBND tỉnh Thừa Thiên Huế về phòng, chống dịch bệnh, phường đã tổ chức 8 đợt tổng vệ sinh, vận động 1.250 hộ ký cam kết.
Tại buổi đối thoại, người dân nêu 18 ý kiến. Ông Trần Đình Lộc (tổ 5) phản ánh xe thu gom rác không đến đúng giờ, người dân phải để rác ven đường qua đêm; bà Nguyễn Thị Chút (tổ 9) hỏi vì sao mức thu phí vệ sinh tăng lên 20.000 đồng/hộ/tháng mà rác vẫn tồn đọng. Một số ý kiến đề nghị phường phun hóa chất diện rộng chứ không chỉ phun quanh nhà có người bệnh.
Trả lời, ông Nguyễn Văn Hùng cho biết mức phí được áp dụng theo Quyết định số 2156/QĐ-UBND của UBND thành phố Huế, tiền thu được chi trả cho đơn vị thu gom; phường sẽ làm việc với Công ty Cổ phần Môi trường và Công trình đô thị Huế để bố trí thêm 2 chuyến xe mỗi ngày. Về phun hóa chất, bà Lê Thị Hồng Vân, Phó Chủ tịch UBND phường, giải thích ngành y tế chỉ phun khi có ổ dịch theo hướng dẫn của Bộ Y tế, vì phun tràn lan gây tốn kém và làm muỗi kháng thuốc; biện pháp hiệu quả nhất vẫn là diệt lăng quăng tại từng nhà.
Đại đức Thích Tâm Hạnh, trụ trì chùa Vạn Phước, cho biết nhà chùa sẽ vận động phật tử dọn vệ sinh quanh khu lăng mộ, mỗi tháng một lần. Ông Phan Văn Thọ, Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố 7, đề nghị hỗ trợ thùng rác có nắp cho các hộ ven đồi.
Kết luận, ông Nguyễn Văn Hùng tiếp thu 18 ý kiến, giao bộ phận địa chính - môi trường xử lý dứt điểm 3 điểm rác trước ngày 15/11; trích 30 triệu đồng mua 120 thùng rác cho các hộ khó khăn; phối hợp với phường Thủy Biều tổ chức tổng vệ sinh tuyến đường giáp ranh. Ủy ban MTTQ phường sẽ giám sát việc thực hiện các nội dung đã hứa tại buổi đối thoại.
Minh Tâm
Tin khác
- Phường Thủy Xuân ra quân "Ngày Chủ nhật xanh" (20/10/2019)
- Thủy Xuân: Hội nghị đại biểu nhân dân năm 2019 (05/09/2019)
- Tập huấn kỹ năng hòa giải ở cơ sở cho tổ hòa giải (22/08/2019)
""", "2019-10-25", "Chủ tịch UBND phường Thủy Xuân đối thoại với nhân dân về vệ sinh môi trường và phòng, chống sốt xuất huyết",
E("doi_thoai", "2019", "2019-10-24"),
[P("Nguyễn Văn Hùng", "Chủ tịch UBND phường"),
 P("Hoàng Trọng Nghĩa", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trần Đình Lộc"), P("Nguyễn Thị Chút"),
 P("Lê Thị Hồng Vân", "Phó Chủ tịch UBND phường"),
 P("Thích Tâm Hạnh", "Đại đức", "trụ trì chùa Vạn Phước"),
 P("Phan Văn Thọ", "Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố 7")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("12 tổ dân phố", 12, "tổ dân phố"), Q("126 ca sốt xuất huyết", 126, "ca sốt xuất huyết"),
 Q("3 điểm rác tự phát", 3, "điểm rác tự phát"), Q("8 đợt tổng vệ sinh", 8, "đợt tổng vệ sinh"), Q("1.250 hộ", 1250, "hộ"),
 Q("18 ý kiến", 18, "ý kiến"), Q("20.000 đồng", 20000, "đồng"), Q("2 chuyến xe", 2, "chuyến xe"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("120 thùng rác", 120, "thùng rác")],
[D("Kế hoạch", "96", "KH-UBND", "2019-03-22", "UBND tỉnh Thừa Thiên Huế", "Kế hoạch số 96/KH-UBND ngày 22/3/2019"),
 D("Quyết định", "2156", "QĐ-UBND", None, "UBND thành phố Huế", "Quyết định số 2156/QĐ-UBND")],
[prov("Thừa Thiên Huế"), com("Thủy Xuân"), com("Thủy Biều")],
["UBND PHƯỜNG THỦY XUÂN - THÀNH PHỐ HUẾ", "Vị trí: Trang chủ / Tin tức - Sự kiện / Tin hoạt động", "Quang cảnh buổi đối thoại.",
 "Công ty Cổ phần Môi trường và Công trình đô thị Huế", "chùa Vạn Phước", "Bộ Y tế"],
["Ngày 25/10/2019 | 09:15", "năm 2019", "tổ 5", "tổ 9", "tổ dân phố 7", "mỗi tháng một lần", "ngày 15/11"]))

PAGES.append(page("b8511-angiang-bdv-soket-6thang-2020", """
BÁO AN GIANG ONLINE
Chính trị - Xây dựng Đảng » Dân vận
9 tháng 7, 2020 | 17:45
Ảnh: Đại biểu dự hội nghị sơ kết.
An Giang: Khối dân vận góp sức đẩy lùi dịch bệnh
(BAG) - Sáng 8/7, Ban Dân vận Tỉnh ủy An Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2020, trọng tâm là vận động nhân dân phòng, chống dịch COVID-19 và sốt xuất huyết. Đồng chí Nguyễn Thị Minh Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy về phát huy vai trò khối dân vận trong phòng, chống dịch bệnh, các cấp đã vận động hơn 18.600 lượt đoàn viên, hội viên ra quân tổng vệ sinh môi trường, diệt lăng quăng tại 156 xã, phường, thị trấn. 6 tháng đầu năm, tỉnh ghi nhận 1.047 ca sốt xuất huyết, giảm 37,8% so với cùng kỳ, không có trường hợp tử vong.
Mặt trận và các đoàn thể vận động được trên 42 tỷ đồng và hàng hóa hỗ trợ người dân gặp khó khăn do dịch; trong đó Ủy ban MTTQ tỉnh trích 1,5 tỷ đồng mua 3.000 bình xịt côn trùng, hóa chất và chế phẩm sinh học cấp cho vùng có nguy cơ cao.
Tại vùng đồng bào dân tộc, công tác vận động được thực hiện qua chức sắc tôn giáo và người có uy tín. Ông Haji Musa, Giáo cả thánh đường Mubarak, xã Châu Phong, cho biết đã nhắc bà con Chăm dọn vệ sinh sau mỗi buổi lễ thứ Sáu. Ông Chau Sóc Khom, Trưởng Ban quản trị chùa Soài Chek, xã Văn Giáo, vận động bà con Khmer trong phum sóc úp ngược lu, khạp không dùng. Bà Néang Sóc Pha, Chi hội trưởng phụ nữ ấp Pò Thi, xã Văn Giáo, nói: "Chị em chia nhau đến từng nhà, nói bằng tiếng Khmer thì bà con hiểu và làm theo".
Các đồng chí Lê Văn Sơn, Đỗ Thị Hồng Nhung - Phó Trưởng Ban Dân vận Tỉnh ủy trình bày kết quả kiểm tra tại các huyện An Phú, Tri Tôn, Tịnh Biên. Đồng chí Nguyễn Văn Tú, HUV, Trưởng Ban Dân vận Huyện ủy An Phú, đề nghị có cơ chế hỗ trợ cán bộ ấp tham gia trực chốt kiểm soát dịch ở biên giới, hiện mỗi người chỉ được bồi dưỡng 100.000 đồng/ngày.
Phát biểu kết luận, đồng chí Nguyễn Thị Minh Thúy yêu cầu 6 tháng cuối năm, khối dân vận tiếp tục thực hiện Kế hoạch số 178/KH-UBND ngày 10/3/2020 của UBND tỉnh về phòng, chống sốt xuất huyết, không chủ quan khi mùa mưa đến; mỗi tổ chức cơ sở Đảng phân công đảng viên phụ trách hộ, phấn đấu trên 95% hộ ở xã Nhơn Hội, thị trấn Tri Tôn và các xã biên giới được kiểm tra lăng quăng hằng tuần.
Hội nghị biểu dương 32 mô hình "Dân vận khéo" tiêu biểu trong phòng, chống dịch.
Hữu Huyền
Tin liên quan
- Tri Tôn: ra quân diệt lăng quăng tại 15 xã (02/07/2020)
- Mặt trận tỉnh tiếp nhận 5 tấn gạo ủng hộ người nghèo (25/06/2020)
- Châu Đốc giao ban công tác dân vận quý II (18/06/2020)
""", "2020-07-09", "An Giang: Khối dân vận góp sức đẩy lùi dịch bệnh",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Nguyễn Thị Minh Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Haji Musa", "Giáo cả thánh đường Mubarak"),
 P("Chau Sóc Khom", "Trưởng Ban quản trị chùa Soài Chek"),
 P("Néang Sóc Pha", "Chi hội trưởng phụ nữ ấp Pò Thi"),
 P("Lê Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Thị Hồng Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tú", "HUV", "Trưởng Ban Dân vận Huyện ủy An Phú")],
[Q("hơn 18.600 lượt đoàn viên, hội viên", 18600, "lượt đoàn viên, hội viên", "over"), Q("156 xã, phường, thị trấn", 156, "xã, phường, thị trấn"),
 Q("1.047 ca sốt xuất huyết", 1047, "ca sốt xuất huyết"), Q("37,8%", 37.8, "%"),
 Q("trên 42 tỷ đồng", 42000000000, "đồng", "over"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("3.000 bình xịt côn trùng", 3000, "bình xịt côn trùng"), Q("100.000 đồng", 100000, "đồng"),
 Q("trên 95%", 95, "%", "over"), Q("32 mô hình", 32, "mô hình")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU"),
 D("Kế hoạch", "178", "KH-UBND", "2020-03-10", "UBND tỉnh", "Kế hoạch số 178/KH-UBND ngày 10/3/2020")],
[prov("An Giang"), com("Châu Phong"), com("Văn Giáo"), com("Nhơn Hội"), com("Tri Tôn")],
["BÁO AN GIANG ONLINE", "Chính trị - Xây dựng Đảng » Dân vận", "Ảnh: Đại biểu dự hội nghị sơ kết.", "(BAG)",
 "thánh đường Mubarak", "chùa Soài Chek", "Dân vận khéo"],
["9 tháng 7, 2020 | 17:45", "6 tháng đầu năm 2020", "6 tháng cuối năm", "COVID-19", "thứ Sáu"]))

PAGES.append(page("b8512-hatinh-mttq-traoqua-sau-lu-2020", """
Báo Hà Tĩnh
Thời sự | Xã hội | Mặt trận
2020-10-29 16:40
Trao quà và hóa chất xử lý môi trường, giúp người dân vùng lũ phòng dịch bệnh
Ngày 28/10, đoàn công tác của Ủy ban MTTQ tỉnh Hà Tĩnh do đồng chí Trần Thị Kim Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh dẫn đầu đã đến thăm, trao quà và hóa chất xử lý môi trường cho người dân các xã Hương Trà, Phúc Đồng, Hà Linh (huyện Hương Khê) bị thiệt hại nặng sau đợt mưa lũ lịch sử.
Đồng chí Trần Thị Kim Liên trao quà cho người dân xã Hương Trà.
Đợt lũ vừa qua làm hơn 1.200 ngôi nhà ở 3 xã bị ngập sâu, nhiều hộ ngập trên 2 m; bùn đất, rác thải, xác động vật theo nước lũ tràn vào khu dân cư, nguy cơ bùng phát dịch sốt xuất huyết, tiêu chảy, đau mắt đỏ rất cao. Thực hiện Công văn số 412/MTTQ-BTT ngày 20/10/2020 của Ban Thường trực Ủy ban MTTQ tỉnh về tiếp nhận, phân bổ nguồn hỗ trợ khắc phục hậu quả mưa lũ, đoàn đã trao 500 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt, 10 kg gạo và nhu yếu phẩm; đồng thời bàn giao cho 3 xã 2 tấn cloramin B, 1.500 kg vôi bột và 60 bình phun để xử lý môi trường sau lũ.
Cùng dịp, Trung tâm Kiểm soát bệnh tật tỉnh cử 12 cán bộ y tế hướng dẫn người dân vệ sinh giếng nước, thau rửa bể chứa, thu gom vật dụng đọng nước. Hội LHPN tỉnh huy động khoảng 400 hội viên các xã lân cận giúp dọn dẹp nhà cửa cho 320 hộ neo đơn, gia đình chính sách.
Ông Nguyễn Văn Hòa, Chủ tịch UBND xã Hương Trà, cho biết xã có 612 hộ bị ngập, trong đó 85 hộ nghèo, hộ cận nghèo. "Nước rút đến đâu, chúng tôi ra quân tổng vệ sinh đến đó, không để người dân ăn uống nước bẩn, không để muỗi sinh sôi", ông Hòa nói. Bà Lê Thị Thanh, người dân thôn Trung Hà, xã Phúc Đồng, xúc động: "Nhà tôi ngập gần 3 m, mất hết lúa giống. Được Mặt trận hỗ trợ, lại có người giúp dọn nhà, bà con yên lòng hơn".
Phát biểu tại buổi trao quà, đồng chí Trần Thị Kim Liên đề nghị cấp ủy, chính quyền và Ban Công tác Mặt trận các thôn rà soát kỹ đối tượng, phân bổ nguồn hỗ trợ công khai, minh bạch theo Quyết định số 3468/QĐ-UBND của UBND tỉnh; vận động nhân dân thực hiện "3 sạch" (ăn sạch, uống sạch, ở sạch) và ngủ màn, phòng dịch sốt xuất huyết sau lũ.
Tính đến ngày 28/10, Ủy ban MTTQ tỉnh đã tiếp nhận gần 48 tỷ đồng ủng hộ đồng bào vùng lũ và phân bổ đợt 1 cho 13 huyện, thành phố, thị xã.
Phan Trâm
Tin liên quan
- Ra quân tổng vệ sinh môi trường sau lũ tại Cẩm Xuyên (27/10/2020)
- Hơn 30 tấn hàng hóa cứu trợ đến với người dân Hương Khê (22/10/2020)
- Chủ tịch UBND tỉnh kiểm tra công tác khắc phục hậu quả mưa lũ (20/10/2020)
""", "2020-10-29", "Trao quà và hóa chất xử lý môi trường, giúp người dân vùng lũ phòng dịch bệnh",
E("trao_qua", None, "2020-10-28"),
[P("Trần Thị Kim Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Hòa", "Chủ tịch UBND xã Hương Trà"),
 P("Lê Thị Thanh")],
[Q("hơn 1.200 ngôi nhà", 1200, "ngôi nhà", "over"), Q("3 xã", 3, "xã"), Q("trên 2 m", 2, "m", "over"),
 Q("500 suất quà", 500, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("10 kg", 10, "kg"),
 Q("2 tấn", 2, "tấn"), Q("1.500 kg", 1500, "kg"), Q("60 bình phun", 60, "bình phun"),
 Q("12 cán bộ y tế", 12, "cán bộ y tế"), Q("khoảng 400 hội viên", 400, "hội viên", "approx"),
 Q("320 hộ neo đơn, gia đình chính sách", 320, "hộ neo đơn, gia đình chính sách"), Q("612 hộ", 612, "hộ"),
 Q("85 hộ nghèo, hộ cận nghèo", 85, "hộ nghèo, hộ cận nghèo"), Q("gần 3 m", 3, "m", "approx"),
 Q("gần 48 tỷ đồng", 48000000000, "đồng", "approx"), Q("13 huyện, thành phố, thị xã", 13, "huyện, thành phố, thị xã")],
[D("Công văn", "412", "MTTQ-BTT", "2020-10-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 412/MTTQ-BTT ngày 20/10/2020"),
 D("Quyết định", "3468", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 3468/QĐ-UBND")],
[prov("Hà Tĩnh"), com("Hương Trà"), com("Phúc Đồng"), com("Hà Linh")],
["Báo Hà Tĩnh", "Thời sự | Xã hội | Mặt trận", "Đồng chí Trần Thị Kim Liên trao quà cho người dân xã Hương Trà.",
 "Trung tâm Kiểm soát bệnh tật tỉnh", "3 sạch"],
["2020-10-29 16:40", "3 sạch", "đợt 1", "ngày 28/10"]))
