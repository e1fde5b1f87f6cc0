from lib import *
PAGES = []

PAGES.append(page("b3467-hue-ctd-daihoi-2017", """
TRANG THÔNG TIN ĐIỆN TỬ HỘI CHỮ THẬP ĐỎ TỈNH THỪA THIÊN HUẾ
Trang chủ :: Tin tức :: Hoạt động Hội
22.09.2017 | 16:05
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại hội đại biểu Hội Chữ thập đỏ tỉnh lần thứ X thành công tốt đẹp
Trong 2 ngày 20 và 21/9/2017, Hội Chữ thập đỏ tỉnh Thừa Thiên Huế tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2017 - 2022. Dự đại hội có 198 đại biểu chính thức đại diện cho hơn 67.000 hội viên, tình nguyện viên toàn tỉnh. Đồng chí Phan Ngọc Thọ, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Trần Thị Phương Thảo, Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam dự và chỉ đạo đại hội.
Báo cáo chính trị do bà Hoàng Thị Thanh Huyền, Chủ tịch Hội Chữ thập đỏ tỉnh khóa IX trình bày cho biết, nhiệm kỳ 2012 - 2017, các cấp Hội đã vận động được hơn 176 tỷ đồng tiền mặt và hàng hóa, giúp đỡ khoảng 620.000 lượt người; xây mới và sửa chữa 1.142 ngôi nhà nhân đạo; tổ chức 48 đợt cứu trợ khẩn cấp sau bão, lũ. Phong trào hiến máu tình nguyện tiếp nhận 92.614 đơn vị máu, bình quân mỗi năm tăng 8,5%. Chương trình "Ngân hàng bò" trao 512 con bò cho hộ nghèo ở các huyện A Lưới, Nam Đông.
Đại hội đã thảo luận, thống nhất mục tiêu nhiệm kỳ 2017 - 2022 với các chỉ tiêu: vận động nguồn lực tăng bình quân 10%/năm; 100% xã, phường, thị trấn có tổ chức Hội; tiếp nhận mỗi năm ít nhất 20.000 đơn vị máu. Đại hội cũng quán triệt Chỉ thị số 43-CT/TW ngày 14/5/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác Hội Chữ thập đỏ Việt Nam và Kế hoạch 79-KH/TU của Tỉnh ủy thực hiện Chỉ thị này.
Tham luận tại đại hội, ông Hồ Văn Blin, Chủ tịch Hội Chữ thập đỏ xã Hồng Thượng, huyện A Lưới, giới thiệu mô hình "Bếp ăn tình thương" tại thôn Ka Vá; bà Kê Thị Thư, Chủ tịch Hội Chữ thập đỏ phường Phú Hội, thành phố Huế, chia sẻ kinh nghiệm vận động tiểu thương chợ Đông Ba ủng hộ quỹ nhân đạo. Linh mục Phêrô Trần Văn Quý, Chánh xứ giáo xứ Phủ Cam, nói về sự tham gia của giáo dân trong các đợt cứu trợ.
Đại hội đã bầu Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa X gồm 35 ủy viên. Tại hội nghị lần thứ nhất, bà Hoàng Thị Thanh Huyền được bầu lại giữ chức Chủ tịch Hội Chữ thập đỏ tỉnh khóa X; các ông Lê Văn Cường, Nguyễn Đức Lượng được bầu giữ chức Phó Chủ tịch Hội Chữ thập đỏ tỉnh. Đại hội cũng bầu 9 đại biểu đi dự Đại hội đại biểu toàn quốc Hội Chữ thập đỏ Việt Nam lần thứ XI.
Phát biểu chỉ đạo, đồng chí Phan Ngọc Thọ đề nghị Hội tiếp tục đổi mới phương thức vận động, chú trọng công khai, minh bạch nguồn lực, xứng đáng là "chỗ dựa tin cậy" của người nghèo.
Minh Tâm
Tin liên quan
- Hội Chữ thập đỏ phường Vĩnh Ninh đại hội nhiệm kỳ 2017 - 2022 (25/08/2017)
- Phong Điền: ra mắt mô hình "Bếp ăn tình thương" thứ 3 (14/08/2017)
- Tiếp nhận 900 đơn vị máu trong đợt hiến máu hè (20/07/2017)
""", "2017-09-22", "Đại hội đại biểu Hội Chữ thập đỏ tỉnh lần thứ X thành công tốt đẹp",
E("dai_hoi", None, "2017-09-20"),
[P("Phan Ngọc Thọ", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Thị Phương Thảo", "Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam"),
 P("Hoàng Thị Thanh Huyền", "Chủ tịch Hội Chữ thập đỏ tỉnh khóa IX", "Chủ tịch Hội Chữ thập đỏ tỉnh khóa X"),
 P("Hồ Văn Blin", "Chủ tịch Hội Chữ thập đỏ xã Hồng Thượng"),
 P("Kê Thị Thư", "Chủ tịch Hội Chữ thập đỏ phường Phú Hội"),
 P("Phêrô Trần Văn Quý", "Linh mục", "Chánh xứ giáo xứ Phủ Cam"),
 P("Lê Văn Cường", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Nguyễn Đức Lượng", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh")],
[Q("198 đại biểu chính thức", 198, "đại biểu chính thức"), Q("hơn 67.000 hội viên, tình nguyện viên", 67000, "hội viên, tình nguyện viên", "over"),
 Q("hơn 176 tỷ đồng", 176000000000, "đồng", "over"), Q("khoảng 620.000 lượt người", 620000, "lượt người", "approx"),
 Q("1.142 ngôi nhà nhân đạo", 1142, "ngôi nhà nhân đạo"), Q("48 đợt cứu trợ khẩn cấp", 48, "đợt cứu trợ khẩn cấp"),
 Q("92.614 đơn vị máu", 92614, "đơn vị máu"), Q("8,5%", 8.5, "%"), Q("512 con bò", 512, "con bò"),
 Q("10%", 10, "%"), Q("100%", 100, "%"), Q("ít nhất 20.000 đơn vị máu", 20000, "đơn vị máu", "over"),
 Q("35 ủy viên", 35, "ủy viên"), Q("9 đại biểu", 9, "đại biểu")],
[D("Chỉ thị", "43", "CT/TW", "2015-05-14", "Ban Bí thư", "Chỉ thị số 43-CT/TW ngày 14/5/2015"),
 D("Kế hoạch", "79", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 79-KH/TU")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("Phú Hội")],
["TRANG THÔNG TIN ĐIỆN TỬ HỘI CHỮ THẬP ĐỎ TỈNH THỪA THIÊN HUẾ", "Trang chủ :: Tin tức :: Hoạt động Hội",
 "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Ngân hàng bò", "Bếp ăn tình thương", "chỗ dựa tin cậy"],
["22.09.2017 | 16:05", "2 ngày", "lần thứ X", "nhiệm kỳ 2017 - 2022", "nhiệm kỳ 2012 - 2017", "lần thứ nhất", "lần thứ XI"]))

PAGES.append(page("b3468-bacgiang-hienmau-giaoban-2018", """
Báo Bắc Giang
Trang chủ > Xã hội > Y tế - Sức khỏe
Cập nhật lúc 17:20 ngày 05/10/2018
Ảnh: Quang cảnh buổi giao ban.
Quý III, toàn tỉnh tiếp nhận hơn 6.300 đơn vị máu
BGĐT - Chiều 4/10, Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Bắc Giang tổ chức giao ban đánh giá kết quả công tác vận động hiến máu quý III/2018, triển khai nhiệm vụ quý IV. Đồng chí Lê Thị Thu Hồng, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Theo báo cáo của Thường trực Ban Chỉ đạo, trong quý III, các địa phương tổ chức 24 buổi hiến máu, tiếp nhận 6.342 đơn vị máu, đạt 104% kế hoạch quý; lũy kế 9 tháng đạt 16.780 đơn vị, bằng 76% kế hoạch năm. Tỷ lệ người hiến máu nhắc lại chiếm khoảng 41%. Nổi bật là Ngày hội "Giọt hồng xứ Bắc" tại thành phố Bắc Giang với gần 1.900 người đăng ký, cùng đợt hiến máu của công nhân các khu công nghiệp Quang Châu, Vân Trung thu 1.150 đơn vị máu.
Việc thực hiện Kế hoạch số 118/KH-UBND ngày 15/1/2018 của UBND tỉnh và Hướng dẫn 07/HD-BCĐ của Ban Chỉ đạo được các huyện triển khai nghiêm túc; 100% đơn vị máu được chuyển về Viện Huyết học - Truyền máu Trung ương và Bệnh viện Đa khoa tỉnh. Tuy vậy, một số huyện như Sơn Động, Lục Ngạn mới đạt khoảng 55% chỉ tiêu quý do người dân bận thu hoạch vải thiều.
Tại buổi giao ban, bà Hoàng Thị Quý, Chủ tịch Hội Chữ thập đỏ tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo đề nghị các huyện chuẩn bị sớm kế hoạch Lễ hội Xuân hồng năm 2019. Ông Đinh Văn Vần, Chủ tịch Hội Chữ thập đỏ huyện Sơn Động, người Tày, cho biết huyện sẽ tổ chức điểm hiến máu lưu động tại xã An Lạc và xã Thanh Luận để người dân vùng cao không phải đi xa. Đại diện Tỉnh đoàn, bà Ngô Thị Hồng Nhung, Phó Bí thư Tỉnh đoàn, cam kết huy động 3.000 đoàn viên tham gia trong quý IV.
Kết luận giao ban, đồng chí Lê Thị Thu Hồng yêu cầu quý IV phải tiếp nhận ít nhất 5.500 đơn vị máu để hoàn thành kế hoạch năm 22.000 đơn vị; đưa chỉ tiêu hiến máu vào tiêu chí thi đua của các cơ quan, đơn vị. Ban Chỉ đạo cũng thống nhất tặng giấy khen cho 3 tập thể có thành tích xuất sắc trong quý.
Nhiều ý kiến tại buổi giao ban cho rằng công tác tuyên truyền ở cơ sở còn chưa thường xuyên, một bộ phận người dân vẫn e ngại hiến máu vì lo ảnh hưởng sức khỏe; việc lưu trữ danh sách người hiến máu dự bị ở một số nơi chưa được cập nhật. Ban Chỉ đạo thống nhất phân công các thành viên phụ trách từng huyện, thành phố để đôn đốc, kiểm tra.
Thu Hương
Lượt đọc: 2.318
Tin khác
- Lạng Giang: 420 người tham gia hiến máu (20/09/2018)
- Tôn vinh 150 người hiến máu tiêu biểu năm 2018 (12/06/2018)
- Yên Dũng: tập huấn tuyên truyền viên hiến máu (28/05/2018)
- Việt Yên: ngày hội hiến máu công nhân (15/05/2018)
- Hội Chữ thập đỏ tỉnh sơ kết công tác 6 tháng đầu năm (10/07/2018)
- Tân Yên: vận động hiến máu trong học sinh, sinh viên (22/04/2018)
""", "2018-10-05", "Quý III, toàn tỉnh tiếp nhận hơn 6.300 đơn vị máu",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Lê Thị Thu Hồng", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Hoàng Thị Quý", "Chủ tịch Hội Chữ thập đỏ tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Đinh Văn Vần", "Chủ tịch Hội Chữ thập đỏ huyện Sơn Động"),
 P("Ngô Thị Hồng Nhung", "Phó Bí thư Tỉnh đoàn")],
[Q("6.342 đơn vị máu", 6342, "đơn vị máu"), Q("24 buổi hiến máu", 24, "buổi hiến máu"),
 Q("104%", 104, "%"), Q("16.780 đơn vị", 16780, "đơn vị"), Q("76%", 76, "%"), Q("khoảng 41%", 41, "%", "approx"),
 Q("gần 1.900 người", 1900, "người", "approx"), Q("1.150 đơn vị máu", 1150, "đơn vị máu"), Q("100%", 100, "%"),
 Q("khoảng 55%", 55, "%", "approx"), Q("3.000 đoàn viên", 3000, "đoàn viên"), Q("ít nhất 5.500 đơn vị máu", 5500, "đơn vị máu", "over"),
 Q("22.000 đơn vị", 22000, "đơn vị"), Q("3 tập thể", 3, "tập thể")],
[D("Kế hoạch", "118", "KH-UBND", "2018-01-15", "UBND tỉnh", "Kế hoạch số 118/KH-UBND ngày 15/1/2018"),
 D("Hướng dẫn", "07", "HD-BCĐ", None, "Ban Chỉ đạo", "Hướng dẫn 07/HD-BCĐ")],
[prov("Bắc Giang"), com("An Lạc"), com("Thanh Luận")],
["Báo Bắc Giang", "Trang chủ > Xã hội > Y tế - Sức khỏe", "Ảnh: Quang cảnh buổi giao ban.", "BGĐT", "Giọt hồng xứ Bắc",
 "Lễ hội Xuân hồng", "Viện Huyết học - Truyền máu Trung ương", "Lượt đọc: 2.318"],
["Cập nhật lúc 17:20 ngày 05/10/2018", "quý III/2018", "quý IV", "9 tháng", "năm 2019", "Lượt đọc: 2.318"]))

PAGES.append(page("b3469-camau-thangnhandao-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU
Tin tức - Sự kiện | Văn hóa - Xã hội
Thứ Năm, 09/05/2019
Phát động Tháng Nhân đạo năm 2019: trao 300 phần quà cho hộ nghèo Năm Căn
Sáng 8/5, tại xã Hàm Rồng, huyện Năm Căn, Ban Tổ chức Tháng Nhân đạo tỉnh Cà Mau tổ chức lễ phát động Tháng Nhân đạo năm 2019 với chủ đề "Chung tay vì cộng đồng". Dự lễ có ông Lâm Văn Bi, Phó Chủ tịch UBND tỉnh, Trưởng ban Tổ chức Tháng Nhân đạo tỉnh; ông Huỳnh Quốc Việt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Ông Lâm Văn Bi trao quà cho người dân xã Hàm Rồng. Ảnh: Hoàng Vũ
Theo bà Trương Thị Kim Thoa, Chủ tịch Hội Chữ thập đỏ tỉnh, qua 20 năm tổ chức, Tháng Nhân đạo đã trở thành đợt cao điểm vận động nguồn lực giúp người yếu thế. Năm 2018, các cấp Hội đã vận động tiền và hàng hóa trị giá hơn 34,6 tỷ đồng, giúp đỡ 82.400 lượt người; xây dựng 185 căn nhà nhân đạo, trao 1.120 thẻ bảo hiểm y tế và 640 xe đạp cho học sinh nghèo. Năm 2019, Ban Tổ chức đặt mục tiêu vận động khoảng 35 tỷ đồng, kết nối 2.000 địa chỉ nhân đạo.
Tháng Nhân đạo năm nay được triển khai theo Kế hoạch số 56/KH-UBND ngày 10/4/2019 của UBND tỉnh và Hướng dẫn số 14/HD-TWH của Trung ương Hội Chữ thập đỏ Việt Nam. Các cấp Hội tập trung vận động hỗ trợ người dân bị ảnh hưởng hạn hán, xâm nhập mặn; chăm lo sinh kế cho hộ đồng bào Khmer nghèo.
Tại lễ phát động, Ban Tổ chức đã trao 300 phần quà cho hộ nghèo, mỗi phần gồm 20 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt; trao 2 căn nhà nhân đạo trị giá 50 triệu đồng/căn cho hộ bà Thị Sà Rênh và ông Danh Út ở ấp Xóm Mới. Công ty TNHH Hải sản Năm Căn ủng hộ 100 triệu đồng vào quỹ nhân đạo của tỉnh. Ngay tại buổi lễ, các cơ quan, doanh nghiệp, nhà hảo tâm đã đăng ký ủng hộ 1,3 tỷ đồng.
Bà Thị Sà Rênh, 68 tuổi, xúc động cho biết nhà bà lợp lá đã dột nát nhiều năm. Ông Trần Văn Dũng, Bí thư Đảng ủy xã Hàm Rồng, cảm ơn sự quan tâm của tỉnh, khẳng định xã sẽ giám sát để việc trao tặng đúng đối tượng.
Phát biểu tại buổi lễ, ông Lâm Văn Bi đề nghị các sở, ngành, đoàn thể và địa phương tổ chức Tháng Nhân đạo thiết thực, tránh hình thức; ưu tiên hỗ trợ người dân ven biển bị sạt lở, hộ nghèo không có đất sản xuất, trẻ em có hoàn cảnh đặc biệt khó khăn. Việc tiếp nhận, phân phối tiền, hàng phải công khai tại ấp, khóm để người dân cùng giám sát.
Hoàng Vũ
Bài viết liên quan
- Cà Mau tôn vinh 120 người hiến máu tiêu biểu (25/04/2019)
- Hội Chữ thập đỏ tỉnh tổng kết công tác năm 2018 (10/01/2019)
- Trao 2.500 phần quà Tết cho người nghèo (28/01/2019)
- Đầm Dơi: vận động xây dựng cầu giao thông nông thôn (12/12/2018)
- Trần Văn Thời: ra mắt câu lạc bộ hiến máu tình nguyện (20/11/2018)
- U Minh: trao nhà nhân đạo cho hộ nghèo (05/11/2018)
- Thới Bình: khám bệnh, cấp thuốc miễn phí cho người cao tuổi (22/10/2018)
""", "2019-05-09", "Phát động Tháng Nhân đạo năm 2019: trao 300 phần quà cho hộ nghèo Năm Căn",
E("trao_qua", None, "2019-05-08"),
[P("Lâm Văn Bi", "Phó Chủ tịch UBND tỉnh", "Trưởng ban Tổ chức Tháng Nhân đạo tỉnh"),
 P("Huỳnh Quốc Việt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Thị Kim Thoa", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Thị Sà Rênh"), P("Danh Út"),
 P("Trần Văn Dũng", "Bí thư Đảng ủy xã Hàm Rồng")],
[Q("hơn 34,6 tỷ đồng", 34600000000, "đồng", "over"), Q("82.400 lượt người", 82400, "lượt người"),
 Q("185 căn nhà nhân đạo", 185, "căn nhà nhân đạo"), Q("1.120 thẻ bảo hiểm y tế", 1120, "thẻ bảo hiểm y tế"),
 Q("640 xe đạp", 640, "xe đạp"), Q("khoảng 35 tỷ đồng", 35000000000, "đồng", "approx"),
 Q("2.000 địa chỉ nhân đạo", 2000, "địa chỉ nhân đạo"), Q("300 phần quà", 300, "phần quà"), Q("20 kg", 20, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("2 căn nhà nhân đạo", 2, "căn nhà nhân đạo"), Q("50 triệu đồng/căn", 50000000, "đồng"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("1,3 tỷ đồng", 1300000000, "đồng")],
[D("Kế hoạch", "56", "KH-UBND", "2019-04-10", "UBND tỉnh", "Kế hoạch số 56/KH-UBND ngày 10/4/2019"),
 D("Hướng dẫn", "14", "HD-TWH", None, "Trung ương Hội Chữ thập đỏ Việt Nam", "Hướng dẫn số 14/HD-TWH")],
[prov("Cà Mau"), com("Hàm Rồng")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU", "Tin tức - Sự kiện | Văn hóa - Xã hội", "Chung tay vì cộng đồng",
 "Ông Lâm Văn Bi trao quà cho người dân xã Hàm Rồng. Ảnh: Hoàng Vũ", "Công ty TNHH Hải sản Năm Căn", "Tháng Nhân đạo"],
["Thứ Năm, 09/05/2019", "20 năm", "Năm 2018", "Năm 2019", "68 tuổi", "nhiều năm"]))

PAGES.append(page("b3470-daklak-ctd-baocao-q1-2020", """
HỘI CHỮ THẬP ĐỎ TỈNH ĐẮK LẮK
Trang chủ / Văn bản - Báo cáo / Báo cáo định kỳ
24/04/2020 - 08:45
Báo cáo kết quả công tác Hội quý I năm 2020 và vận động ủng hộ phòng, chống dịch COVID-19
Ngày 20/4/2020, Ban Thường vụ Hội Chữ thập đỏ tỉnh Đắk Lắk ban hành báo cáo kết quả công tác Hội và phong trào Chữ thập đỏ quý I năm 2020, trong đó tập trung vào hoạt động hỗ trợ phòng, chống dịch COVID-19. Báo cáo do bà H'Yâo Knul, Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh ký.
Theo báo cáo, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và Công văn 38/CV-TWH của Trung ương Hội, các cấp Hội đã phát động ủng hộ phòng, chống dịch trong toàn tỉnh. Quý I, các cấp Hội tiếp nhận tiền mặt và hàng hóa trị giá khoảng 6,2 tỷ đồng, trong đó 2,8 tỷ đồng tiền mặt; trao 48.500 khẩu trang, 3.200 chai dung dịch sát khuẩn cho các khu cách ly, chốt kiểm soát và 7 bệnh viện tuyến huyện.
Chương trình "ATM gạo nghĩa tình" được triển khai tại 12 điểm ở thành phố Buôn Ma Thuột và các huyện, phát hơn 85 tấn gạo cho khoảng 17.000 lượt người lao động mất việc. Trong dịp Tết Canh Tý, các cấp Hội trao 9.460 suất quà trị giá 4,1 tỷ đồng. Phong trào hiến máu tình nguyện gặp khó khăn do giãn cách, chỉ tiếp nhận 2.103 đơn vị máu, bằng 18% kế hoạch năm.
Báo cáo ghi nhận nhiều cách làm hay ở cơ sở: Hội Chữ thập đỏ xã Ea Tul, huyện Cư M'gar do ông Y Khuê Byă, Chủ tịch Hội làm trưởng nhóm đã vận động bà con Êđê góp 3 tấn gạo; bà H'Nhung Mlô, Chủ tịch Hội Chữ thập đỏ phường Tân Lập, vận động tiểu thương hỗ trợ bữa ăn cho 40 người cách ly. Ông Y Wang Hwing, người có uy tín buôn Ko Sia, tự nguyện cho mượn nhà sàn làm điểm phát gạo.
Hạn chế được nêu là một số cơ sở Hội chưa cập nhật kịp thời danh sách người nhận, có nơi chưa công khai nguồn tiếp nhận. Quý II, Hội đặt mục tiêu vận động thêm khoảng 3 tỷ đồng, tiếp tục thực hiện Kế hoạch số 09/KH-HCTĐ của Ban Thường vụ Hội Chữ thập đỏ tỉnh, tổ chức lại các đợt hiến máu khi dịch được kiểm soát.
Ban Thường vụ Hội Chữ thập đỏ tỉnh đề nghị các cấp Hội tiếp tục tuyên truyền để người dân thực hiện nghiêm các biện pháp phòng dịch, không để xảy ra tình trạng tụ tập đông người tại các điểm phát quà; phối hợp với chính quyền cơ sở rà soát các đối tượng khó khăn, nhất là lao động tự do, người bán vé số, hộ đồng bào dân tộc thiểu số tại chỗ.
Ban Tuyên truyền
Tin liên quan
- Trao 500 suất gạo cho người lao động tự do (18/04/2020)
- Ra mắt "ATM gạo nghĩa tình" đầu tiên tại Buôn Ma Thuột (10/04/2020)
- Hội Chữ thập đỏ tỉnh hỗ trợ khu cách ly tập trung (02/04/2020)
- Tổng kết công tác Hội năm 2019 (15/01/2020)
- Krông Búk: trao quà Tết cho hộ nghèo (18/01/2020)
- Ea H'leo: khám bệnh miễn phí cho đồng bào Jrai (05/01/2020)
""", "2020-04-24", "Báo cáo kết quả công tác Hội quý I năm 2020 và vận động ủng hộ phòng, chống dịch COVID-19",
E("bao_cao", "2020-Q1", "2020-04-20"),
[P("H'Yâo Knul", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ tỉnh"),
 P("Y Khuê Byă", "Chủ tịch Hội"),
 P("H'Nhung Mlô", "Chủ tịch Hội Chữ thập đỏ phường Tân Lập"),
 P("Y Wang Hwing", "người có uy tín buôn Ko Sia")],
[Q("khoảng 6,2 tỷ đồng", 6200000000, "đồng", "approx"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("48.500 khẩu trang", 48500, "khẩu trang"), Q("3.200 chai dung dịch sát khuẩn", 3200, "chai dung dịch sát khuẩn"),
 Q("7 bệnh viện tuyến huyện", 7, "bệnh viện tuyến huyện"), Q("12 điểm", 12, "điểm"), Q("hơn 85 tấn", 85, "tấn", "over"),
 Q("khoảng 17.000 lượt người lao động", 17000, "lượt người lao động", "approx"), Q("9.460 suất quà", 9460, "suất quà"),
 Q("4,1 tỷ đồng", 4100000000, "đồng"), Q("2.103 đơn vị máu", 2103, "đơn vị máu"), Q("18%", 18, "%"),
 Q("3 tấn", 3, "tấn"), Q("40 người", 40, "người"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Công văn", "38", "CV-TWH", None, "Trung ương Hội", "Công văn 38/CV-TWH"),
 D("Kế hoạch", "09", "KH-HCTĐ", None, "Ban Thường vụ Hội Chữ thập đỏ tỉnh", "Kế hoạch số 09/KH-HCTĐ")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Tân Lập")],
["HỘI CHỮ THẬP ĐỎ TỈNH ĐẮK LẮK", "Trang chủ / Văn bản - Báo cáo / Báo cáo định kỳ", "ATM gạo nghĩa tình", "Ban Tuyên truyền"],
["24/04/2020 - 08:45", "quý I năm 2020", "Quý I", "Quý II", "Tết Canh Tý", "COVID-19"]))

PAGES.append(page("b3471-quangnam-cuutro-bao9-2020", """
Báo Quảng Nam
Thời sự » Xã hội » Cứu trợ
04/11/2020 06:30
Người dân xã Trà Leng nhận hàng cứu trợ. Ảnh: Alăng Ngước
Hơn 2 tỷ đồng hỗ trợ người dân vùng sạt lở Nam Trà My, Phước Sơn
(QNO) - Ngày 3/11, Hội Chữ thập đỏ tỉnh Quảng Nam phối hợp với Hội Chữ thập đỏ Việt Nam và các nhà tài trợ trao hàng cứu trợ cho người dân bị ảnh hưởng bởi bão số 9 và sạt lở đất tại các xã Trà Leng, Trà Vân (huyện Nam Trà My) và Phước Lộc (huyện Phước Sơn).
Đoàn do ông Nguyễn Hải Anh, Phó Chủ tịch Hội Chữ thập đỏ Việt Nam và bà Phan Thị Bích Thủy, Chủ tịch Hội Chữ thập đỏ tỉnh dẫn đầu đã trao 620 suất quà, mỗi suất gồm 2 triệu đồng tiền mặt, 1 thùng mì, chăn màn và nước uống. Đoàn cũng trao 15 triệu đồng cho mỗi gia đình có người chết, mất tích trong vụ sạt lở ở thôn 1, xã Trà Leng; tổng giá trị hỗ trợ đợt này hơn 2 tỷ đồng.
Theo báo cáo của UBND huyện Nam Trà My, bão số 9 đã làm 22 người chết và mất tích, 47 ngôi nhà bị sập hoàn toàn; nhiều tuyến đường vào các xã bị chia cắt. Ông Hồ Văn Đại, Chủ tịch UBND xã Trà Leng cho biết, người dân Ca Dong trong xã cần nhất lúc này là lương thực và vật liệu dựng nhà tạm.
Bà Phan Thị Bích Thủy thông tin, từ ngày 25/10 đến nay, Hội Chữ thập đỏ tỉnh đã tiếp nhận khoảng 14,5 tỷ đồng và nhiều hàng hóa từ các tổ chức, cá nhân trong và ngoài nước. Hội đã phân bổ theo Nghị định số 64/2008/NĐ-CP của Chính phủ và Quyết định số 2998/QĐ-UBND ngày 28/10/2020 của UBND tỉnh về thành lập Ban Vận động cứu trợ tỉnh, bảo đảm công khai, đúng đối tượng. Hội cũng kêu gọi Hiệp hội Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế hỗ trợ khẩn cấp.
Tại xã Phước Lộc, bà Hồ Thị Nhân, người dân thôn 4, nhận quà trong nước mắt: cả nhà mất đất sản xuất sau sạt lở. Ông Đinh Văn Lây, Bí thư Đảng ủy xã Phước Lộc, cho biết xã còn 130 hộ phải sơ tán, sống tạm ở trường học và nhà văn hóa.
Cùng ngày, Ban Chỉ huy Quân sự tỉnh đã huy động 50 cán bộ, chiến sĩ và 4 xe chuyên dụng giúp chở hàng cứu trợ vào các thôn bị cô lập. Hội Chữ thập đỏ tỉnh tiếp tục điều 30 tình nguyện viên cùng 2 đội sơ cấp cứu hỗ trợ y tế tại chỗ.
Nhiều tuyến đường vào thôn vẫn chưa thông, các đoàn cứu trợ phải mang hàng đi bộ qua những đoạn sạt lở. Hội Chữ thập đỏ tỉnh khuyến cáo các đoàn từ thiện tự phát cần liên hệ với chính quyền địa phương trước khi vào vùng lũ để được hướng dẫn, bảo đảm an toàn và tránh chồng chéo, có nơi nhận nhiều, nơi không có.
Alăng Ngước - Hoàng Liên
Tin cùng chuyên mục
- Trao 200 suất quà cho người dân Hiệp Đức (01/11/2020)
- Hội Chữ thập đỏ tỉnh kêu gọi ủng hộ đồng bào vùng bão (26/10/2020)
- Phú Ninh: hỗ trợ khắc phục hậu quả bão số 8 (22/10/2020)
- Đại Lộc: hàng nghìn hộ dân bị ngập sâu (18/10/2020)
- Trao nhà chống lũ cho hộ nghèo ven biển (05/10/2020)
""", "2020-11-04", "Hơn 2 tỷ đồng hỗ trợ người dân vùng sạt lở Nam Trà My, Phước Sơn",
E("trao_qua", None, "2020-11-03"),
[P("Nguyễn Hải Anh", "Phó Chủ tịch Hội Chữ thập đỏ Việt Nam"),
 P("Phan Thị Bích Thủy", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Hồ Văn Đại", "Chủ tịch UBND xã Trà Leng"),
 P("Hồ Thị Nhân"),
 P("Đinh Văn Lây", "Bí thư Đảng ủy xã Phước Lộc")],
[Q("Hơn 2 tỷ đồng", 2000000000, "đồng", "over"), Q("620 suất quà", 620, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("22 người", 22, "người"), Q("47 ngôi nhà", 47, "ngôi nhà"),
 Q("khoảng 14,5 tỷ đồng", 14500000000, "đồng", "approx"), Q("130 hộ", 130, "hộ"),
 Q("50 cán bộ, chiến sĩ", 50, "cán bộ, chiến sĩ"), Q("4 xe chuyên dụng", 4, "xe chuyên dụng"),
 Q("30 tình nguyện viên", 30, "tình nguyện viên"), Q("2 đội sơ cấp cứu", 2, "đội sơ cấp cứu")],
[D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2008/NĐ-CP"),
 D("Quyết định", "2998", "QĐ-UBND", "2020-10-28", "UBND tỉnh", "Quyết định số 2998/QĐ-UBND ngày 28/10/2020")],
[prov("Quảng Nam"), com("Trà Leng"), com("Trà Vân"), com("Phước Lộc")],
["Báo Quảng Nam", "Thời sự » Xã hội » Cứu trợ", "Người dân xã Trà Leng nhận hàng cứu trợ. Ảnh: Alăng Ngước", "(QNO)",
 "Hiệp hội Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế"],
["04/11/2020 06:30", "bão số 9", "thôn 1", "thôn 4", "1 thùng mì", "ngày 25/10"]))

PAGES.append(page("b3472-laocai-hanhtrinhdo-2021", """
Lào Cai - Cổng thông tin điện tử
Trang chủ › Tin tức › Y tế
2021-06-15 10:20
Ảnh: Tình nguyện viên hiến máu tại điểm hiến máu Nhà văn hóa tỉnh.
"Hành trình Đỏ" 2021 tại Lào Cai: gần 800 đơn vị máu giữa mùa dịch
Ngày 14/6/2021, Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Lào Cai phối hợp với Bệnh viện Đa khoa tỉnh tổ chức chương trình "Hành trình Đỏ - Kết nối dòng máu Việt" lần thứ IX năm 2021 với thông điệp "Hiến máu an toàn trong mùa dịch". Do diễn biến dịch COVID-19, chương trình được tổ chức tại 3 điểm, bảo đảm giãn cách và khai báo y tế.
Tham dự có bà Giàng Thị Dung, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh; ông Lý Seo Chứ, Chủ tịch Hội Chữ thập đỏ tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo.
Sau một ngày, chương trình đã tiếp nhận 786 đơn vị máu từ gần 1.000 người đăng ký, trong đó có 214 cán bộ, chiến sĩ Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Toàn bộ số máu được chuyển về ngân hàng máu Bệnh viện Đa khoa tỉnh để phục vụ cấp cứu, điều trị cho người bệnh trong tỉnh, nhất là bệnh nhân thalassemia ở các huyện vùng cao.
Theo ông Lý Seo Chứ, 5 tháng đầu năm 2021, toàn tỉnh tiếp nhận 5.640 đơn vị máu, đạt 47% kế hoạch; 96% là máu của người hiến tình nguyện. Hoạt động được triển khai theo Kế hoạch số 152/KH-UBND ngày 20/4/2021 của UBND tỉnh và Quyết định số 1180/QĐ-BYT ngày 28/1/2021 của Bộ Y tế về hướng dẫn hiến máu an toàn trong phòng, chống dịch COVID-19.
Anh Thào A Sùng, cán bộ Đồn Biên phòng Bản Lầu, đã hiến máu 11 lần, chia sẻ: "Mỗi lần hiến máu tôi thấy mình làm được việc có ích". Chị Tẩn Mẩy Chài, đoàn viên xã Tả Phìn, người Dao đỏ, lần đầu tiên tham gia hiến máu cùng 25 đoàn viên của xã.
Dịp này, Ban Chỉ đạo tặng giấy khen cho 18 cá nhân hiến máu từ 15 lần trở lên và 6 tập thể tiêu biểu, mỗi cá nhân được thưởng 500.000 đồng. Bà Giàng Thị Dung đề nghị các địa phương tổ chức các điểm hiến máu lưu động nhỏ, duy trì nguồn máu dự trữ trong mùa hè.
Theo ngành y tế, lượng máu dự trữ của tỉnh thường thiếu hụt vào các tháng hè và dịp Tết, khi học sinh, sinh viên nghỉ học. Các đơn vị lực lượng vũ trang, công nhân viên chức và đoàn viên thanh niên vì vậy là nguồn hiến máu ổn định; nhiều gia đình ở vùng cao đã có hai, ba thế hệ cùng tham gia hiến máu.
Nhật Nam
Tin khác
- Tuổi trẻ Lào Cai ra quân Chiến dịch Thanh niên tình nguyện hè (05/06/2021)
- Sa Pa: trao 1.000 suất quà cho người lao động mất việc (28/05/2021)
- Bảo Thắng: 250 đơn vị máu trong ngày hội Giọt hồng (15/05/2021)
- Tập huấn công tác hiến máu cho cán bộ cơ sở (08/04/2021)
- Bát Xát: hỗ trợ người dân bị thiệt hại do mưa đá (25/03/2021)
- Mường Khương: tặng áo ấm cho học sinh bán trú (12/01/2021)
""", "2021-06-15", "\"Hành trình Đỏ\" 2021 tại Lào Cai: gần 800 đơn vị máu giữa mùa dịch",
E("khac", None, "2021-06-14"),
[P("Giàng Thị Dung", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh"),
 P("Lý Seo Chứ", "Chủ tịch Hội Chữ thập đỏ tỉnh", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Thào A Sùng", "cán bộ Đồn Biên phòng Bản Lầu"),
 P("Tẩn Mẩy Chài", "đoàn viên xã Tả Phìn")],
[Q("786 đơn vị máu", 786, "đơn vị máu"), Q("3 điểm", 3, "điểm"),
 Q("gần 1.000 người", 1000, "người", "approx"), Q("214 cán bộ, chiến sĩ", 214, "cán bộ, chiến sĩ"),
 Q("5.640 đơn vị máu", 5640, "đơn vị máu"), Q("47%", 47, "%"), Q("96%", 96, "%"), Q("11 lần", 11, "lần"),
 Q("25 đoàn viên", 25, "đoàn viên"), Q("18 cá nhân", 18, "cá nhân"), Q("từ 15 lần trở lên", 15, "lần", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "152", "KH-UBND", "2021-04-20", "UBND tỉnh", "Kế hoạch số 152/KH-UBND ngày 20/4/2021"),
 D("Quyết định", "1180", "QĐ-BYT", "2021-01-28", "Bộ Y tế", "Quyết định số 1180/QĐ-BYT ngày 28/1/2021")],
[prov("Lào Cai"), com("Tả Phìn")],
["Lào Cai - Cổng thông tin điện tử", "Trang chủ › Tin tức › Y tế", "Ảnh: Tình nguyện viên hiến máu tại điểm hiến máu Nhà văn hóa tỉnh.",
 "Hành trình Đỏ - Kết nối dòng máu Việt", "Hiến máu an toàn trong mùa dịch", "Đồn Biên phòng Bản Lầu"],
["2021-06-15 10:20", "lần thứ IX", "năm 2021", "một ngày", "5 tháng đầu năm 2021", "COVID-19", "lần đầu tiên"]))
