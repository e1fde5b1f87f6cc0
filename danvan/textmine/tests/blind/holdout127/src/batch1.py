from lib import *
PAGES = []

PAGES.append(page("b3005-thainguyen-ngayhoi-ddk-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ > Hoạt động Mặt trận > Các cuộc vận động
Chủ Nhật, 20/11/2011 - 09:30
Ảnh: Các đại biểu cắt băng khai mạc ngày hội.
Tưng bừng Ngày hội Đại đoàn kết toàn dân tộc ở xóm Làng Mới
Sáng 18/11, tại nhà văn hóa xóm Làng Mới, xã Tân Cương (TP Thái Nguyên), Ban Công tác Mặt trận xóm tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2011, kỷ niệm 81 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2011). Về dự có đồng chí Dương Ngọc Long, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" của tỉnh.
Xóm Làng Mới có 186 hộ với 724 nhân khẩu, chủ yếu là đồng bào Kinh, Tày, Nùng sống bằng nghề trồng chè. Những năm qua, bà con trong xóm đã góp hơn 1.300 ngày công, hiến khoảng 2.400 m2 đất để mở rộng 3,2 km đường bê tông liên xóm; 100% hộ gia đình ký cam kết thực hiện nếp sống văn minh trong việc cưới, việc tang. Năm 2011, xóm có 171 hộ đạt danh hiệu gia đình văn hóa, chỉ còn 6 hộ nghèo.
Thay mặt Ban Công tác Mặt trận, ông Ma Văn Thạch, Trưởng ban Công tác Mặt trận xóm Làng Mới, báo cáo: thực hiện Hướng dẫn số 12/HD-MTTQ-BTT ngày 10/9/2011 của Ban Thường trực Ủy ban MTTQ tỉnh, xóm đã đưa nội dung xây dựng nông thôn mới vào hương ước, quy ước; vận động nhân dân đóng góp 214 triệu đồng xây dựng nhà văn hóa và sân thể thao.
Phát biểu tại ngày hội, đồng chí Dương Ngọc Long biểu dương tinh thần đoàn kết của bà con, đề nghị xóm tiếp tục thực hiện Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn và Quyết định 800/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2010-2020. Đồng chí trao tặng xóm bộ loa truyền thanh trị giá 15 triệu đồng và 10 suất quà cho hộ nghèo, mỗi suất 500.000 đồng.
Dịp này, Ủy ban MTTQ xã Tân Cương tặng giấy khen cho 8 gia đình tiêu biểu; bà Hoàng Thị Nhài, Chủ tịch Hội Liên hiệp Phụ nữ xã, trao 5 con bò giống cho hội viên nghèo theo hình thức "chuyển giao vòng".
Phần hội diễn ra sôi nổi với các trò chơi dân gian kéo co, đẩy gậy, thi pha trà ngon và các tiết mục hát then, đàn tính của các nghệ nhân người Tày.
Thu Hường
Số lượt truy cập: 102.457
Tin liên quan
- Phú Lương: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (17/11/2011)
- Đồng Hỷ tổng kết 10 năm cuộc vận động (11/11/2011)
- Võ Nhai: Trao 45 nhà Đại đoàn kết cho hộ nghèo (02/11/2011)
- Hội nghị giao ban công tác Mặt trận quý III năm 2011 (10/10/2011)
""", "2011-11-20", "Tưng bừng Ngày hội Đại đoàn kết toàn dân tộc ở xóm Làng Mới",
E("khac", None, "2011-11-18"),
[P("Dương Ngọc Long", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo cuộc vận động \"Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư\" của tỉnh"),
 P("Ma Văn Thạch", "Trưởng ban Công tác Mặt trận xóm Làng Mới"),
 P("Hoàng Thị Nhài", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("186 hộ", 186, "hộ"), Q("724 nhân khẩu", 724, "nhân khẩu"), Q("hơn 1.300 ngày công", 1300, "ngày công", "over"),
 Q("khoảng 2.400 m2", 2400, "m2", "approx"), Q("3,2 km", 3.2, "km"), Q("100% hộ gia đình", 100, "%"),
 Q("171 hộ", 171, "hộ"), Q("6 hộ nghèo", 6, "hộ nghèo"), Q("214 triệu đồng", 214000000, "đồng"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("10 suất quà", 10, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("8 gia đình tiêu biểu", 8, "gia đình tiêu biểu"), Q("5 con bò giống", 5, "con bò giống")],
[D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2011-09-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT ngày 10/9/2011"),
 D("Nghị quyết", "26", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW"),
 D("Quyết định", "800", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 800/QĐ-TTg")],
[prov("Thái Nguyên"), com("Tân Cương")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ > Hoạt động Mặt trận > Các cuộc vận động",
 "Ảnh: Các đại biểu cắt băng khai mạc ngày hội.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "chuyển giao vòng", "Số lượt truy cập: 102.457", "Làng Mới"],
["Chủ Nhật, 20/11/2011 - 09:30", "81 năm", "18/11/1930 - 18/11/2011", "năm 2011", "giai đoạn 2010-2020", "Số lượt truy cập: 102.457"]))

PAGES.append(page("b3006-namdinh-hiendat-tongket-2012", """
Báo Nam Định điện tử
Thời sự | Xây dựng nông thôn mới
Cập nhật lúc 16:40 ngày 27/12/2012
Hải Hậu: Nhân dân hiến hơn 18 ha đất làm đường giao thông nông thôn
Ngày 26/12, Ủy ban MTTQ huyện Hải Hậu tổ chức hội nghị tổng kết công tác Mặt trận năm 2012 và 2 năm thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với xây dựng nông thôn mới. Đồng chí Trần Văn Chung, HUV, Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết.
Năm 2012, các tầng lớp nhân dân trong huyện đã tự nguyện hiến hơn 18 ha đất, tháo dỡ 2.350 m tường rào, di chuyển 146 ngôi mộ để mở rộng đường giao thông nông thôn; đóng góp trên 37 tỷ đồng và 92.000 ngày công. Nhiều hộ ở xã Hải Đường, xã Hải Anh hiến từ 200 đến 500 m2 đất vườn mà không đòi bồi thường. Toàn huyện đã cứng hóa 214 km đường trục xã, liên thôn.
Theo báo cáo, Mặt trận các xã đã phối hợp vận động xây mới 37 nhà Đại đoàn kết với tổng trị giá 1,48 tỷ đồng; quỹ "Vì người nghèo" các cấp vận động được 2,1 tỷ đồng. Tỷ lệ hộ nghèo toàn huyện giảm còn 5,8%.
Tại hội nghị, ông Vũ Đình Khang, Trưởng ban Công tác Mặt trận xóm 4, xã Hải Anh, chia sẻ: "Muốn dân hiến đất thì cán bộ, đảng viên phải làm trước. Xóm tôi có 12 đảng viên thì tất cả đều hiến đất đầu tiên".
Đồng chí Phạm Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ tỉnh Nam Định, ghi nhận kết quả của huyện và đề nghị năm 2013 tiếp tục bám sát Chương trình hành động số 25-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Trung ương 7 (khóa X), Kế hoạch 08/KH-MTTQ ngày 20/3/2012 của Ủy ban MTTQ tỉnh về giám sát việc huy động đóng góp của nhân dân, không để xảy ra tình trạng huy động quá sức dân.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc vận động hiến đất ở một số nơi còn chậm, có hộ còn so bì, đòi hỗ trợ; công tác giám sát cộng đồng đối với các công trình do dân đóng góp chưa thường xuyên; nội dung sinh hoạt của một số Ban Công tác Mặt trận còn đơn điệu, chưa thu hút được đông đảo nhân dân tham gia. Một số khu dân cư chưa công khai đầy đủ các khoản đóng góp để nhân dân biết, bàn và kiểm tra.
Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 15 tập thể và 32 cá nhân tiêu biểu trong phong trào hiến đất làm đường. Đồng chí Trần Văn Chung giao nhiệm vụ năm 2013 cho các xã, thị trấn.
Minh Thu
Các tin khác
- Xuân Trường: 100% thôn, xóm có nhà văn hóa (24/12/2012)
- Nghĩa Hưng trao 20 nhà Đại đoàn kết (20/12/2012)
- Giao Thủy: hội nghị sơ kết xây dựng nông thôn mới (14/12/2012)
- Ý Yên hiến đất mở rộng đường trục xã (07/12/2012)
- Vụ Bản: Ngày hội Đại đoàn kết ở các khu dân cư (19/11/2012)
- Mỹ Lộc ra mắt mô hình "Khu dân cư không rác thải" (08/11/2012)
- Trực Ninh vận động ủng hộ Quỹ Vì người nghèo (30/10/2012)
""", "2012-12-27", "Hải Hậu: Nhân dân hiến hơn 18 ha đất làm đường giao thông nông thôn",
E("tong_ket", "2012", "2012-12-26"),
[P("Trần Văn Chung", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Vũ Đình Khang", "Trưởng ban Công tác Mặt trận xóm 4"),
 P("Phạm Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh Nam Định")],
[Q("hơn 18 ha", 18, "ha", "over"), Q("2.350 m tường rào", 2350, "m"), Q("146 ngôi mộ", 146, "ngôi mộ"),
 Q("trên 37 tỷ đồng", 37000000000, "đồng", "over"), Q("92.000 ngày công", 92000, "ngày công"),
 Q("214 km", 214, "km"), Q("37 nhà Đại đoàn kết", 37, "nhà Đại đoàn kết"), Q("1,48 tỷ đồng", 1480000000, "đồng"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("5,8%", 5.8, "%"), Q("12 đảng viên", 12, "đảng viên"),
 Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân tiêu biểu", 32, "cá nhân tiêu biểu")],
[D("Chương trình hành động", "25", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 25-CTr/TU"),
 D("Kế hoạch", "08", "KH-MTTQ", "2012-03-20", "Ủy ban MTTQ tỉnh", "Kế hoạch 08/KH-MTTQ ngày 20/3/2012")],
[prov("Nam Định"), com("Hải Đường"), com("Hải Anh")],
["Báo Nam Định điện tử", "Thời sự | Xây dựng nông thôn mới", "Toàn cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Nghị quyết Trung ương 7 (khóa X)"],
["Cập nhật lúc 16:40 ngày 27/12/2012", "năm 2012", "2 năm", "từ 200 đến 500 m2", "năm 2013", "Nghị quyết Trung ương 7"]))

PAGES.append(page("b3007-quangtri-traoqua-tet-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / An sinh xã hội
Thứ Tư, 30/01/2013, 14:15
Trao 1.200 suất quà Tết cho hộ nghèo, đồng bào Vân Kiều, Pa Kô
Ngày 29/1, đoàn công tác của Ủy ban MTTQ tỉnh do ông Lê Minh Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, tặng quà Tết Quý Tỵ 2013 cho đồng bào dân tộc thiểu số ở huyện Hướng Hóa và Đakrông.
Ảnh: Ông Lê Minh Ngân trao quà cho người dân xã A Ngo.
Tại xã A Ngo và xã Tà Rụt, đoàn đã trao 400 suất quà, mỗi suất gồm 10 kg gạo, 1 thùng mì và 300.000 đồng tiền mặt. Trước đó, từ nguồn Quỹ "Vì người nghèo" và sự hỗ trợ của các doanh nghiệp, Ủy ban MTTQ tỉnh đã phân bổ tổng cộng 1.200 suất quà, trị giá hơn 600 triệu đồng, cho các hộ nghèo, gia đình chính sách trên địa bàn 10 huyện, thị xã, thành phố.
Ông Hồ Văn Hăm, Bí thư Đảng ủy xã A Ngo, cho biết: năm qua xã có 62 hộ thoát nghèo, bà con người Pa Kô đã hiến gần 3.000 m2 đất để làm đường vào khu sản xuất và xây dựng 2 điểm trường mầm non. Già làng Hồ Văn Pỏng ở thôn A Đeng đã vận động con cháu hiến 800 m2 đất vườn.
Thay mặt đoàn, ông Lê Minh Ngân ghi nhận tinh thần đoàn kết, nỗ lực vươn lên của đồng bào; đề nghị chính quyền địa phương thực hiện tốt Quyết định số 2406/QĐ-TTg ngày 18/12/2011 của Thủ tướng Chính phủ về danh mục các chương trình mục tiêu quốc gia, vận động bà con đón Tết vui tươi, tiết kiệm, không uống rượu say, giữ gìn an ninh trật tự ở thôn, bản.
Cùng ngày, bà Trần Thị Lệ, Phó Chủ tịch Ủy ban MTTQ tỉnh cùng đoàn công tác thứ hai đến thăm, tặng 150 suất quà cho các hộ nghèo ở xã Hướng Phùng, Hướng Linh, mỗi suất trị giá 400.000 đồng. Theo Kế hoạch số 05/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, đợt thăm hỏi sẽ kéo dài đến hết ngày 5/2/2013 với sự tham gia của 4 đoàn công tác.
Được tận tay nhận những phần quà ý nghĩa, nhiều người dân không giấu được niềm xúc động. Bà con cho biết, cùng với sự hỗ trợ của Nhà nước, các tổ chức, cá nhân, năm nay nhiều gia đình đã chủ động sửa sang nhà cửa, chuẩn bị đón Tết đầm ấm. Cán bộ Mặt trận các xã đã rà soát kỹ danh sách, bảo đảm quà đến đúng người, đúng đối tượng, không để sót hộ nào khó khăn.
Trong năm 2012, Mặt trận các cấp trong tỉnh Quảng Trị đã vận động hỗ trợ xây mới, sửa chữa 265 nhà Đại đoàn kết, giúp đỡ 1.540 hộ nghèo về giống cây trồng, vật nuôi.
Anh Tuấn
Lượt đọc: 1.543
Tin khác
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 9, khóa XII (25/01/2013)
- Đakrông: ra mắt mô hình khu dân cư tự quản (18/01/2013)
- Vĩnh Linh trao 30 nhà Đại đoàn kết cho hộ nghèo (10/01/2013)
- Gio Linh: Mặt trận vận động hiến đất làm đường liên thôn (04/01/2013)
- Cam Lộ tổng kết cuộc vận động năm 2012 (28/12/2012)
""", "2013-01-30", "Trao 1.200 suất quà Tết cho hộ nghèo, đồng bào Vân Kiều, Pa Kô",
E("trao_qua", None, "2013-01-29"),
[P("Lê Minh Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Hăm", "Bí thư Đảng ủy xã A Ngo"),
 P("Hồ Văn Pỏng", "Già làng"),
 P("Trần Thị Lệ", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("400 suất quà", 400, "suất quà"), Q("10 kg", 10, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("hơn 600 triệu đồng", 600000000, "đồng", "over"),
 Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("62 hộ", 62, "hộ"),
 Q("gần 3.000 m2", 3000, "m2", "approx"), Q("2 điểm trường mầm non", 2, "điểm trường mầm non"),
 Q("800 m2", 800, "m2"), Q("150 suất quà", 150, "suất quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("4 đoàn công tác", 4, "đoàn công tác"), Q("265 nhà Đại đoàn kết", 265, "nhà Đại đoàn kết"), Q("1.540 hộ nghèo", 1540, "hộ nghèo")],
[D("Quyết định", "2406", "QĐ-TTg", "2011-12-18", "Thủ tướng Chính phủ", "Quyết định số 2406/QĐ-TTg ngày 18/12/2011"),
 D("Kế hoạch", "05", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 05/KH-MTTQ-BTT")],
[prov("Quảng Trị"), com("A Ngo"), com("Tà Rụt"), com("Hướng Phùng"), com("Hướng Linh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / An sinh xã hội",
 "Ảnh: Ông Lê Minh Ngân trao quà cho người dân xã A Ngo.", "Vì người nghèo", "Lượt đọc: 1.543", "Quý Tỵ"],
["Thứ Tư, 30/01/2013, 14:15", "1 thùng mì", "Quý Tỵ 2013", "5/2/2013", "Trong năm 2012", "Lượt đọc: 1.543"]))

PAGES.append(page("b3008-sonla-ngayhoi-ban-2014", """
Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Chính trị :: Mặt trận - Đoàn thể
Chủ nhật, 16/11/2014 07:45
Bản Hua Păng vui Ngày hội Đại đoàn kết
Ngày hội Đại đoàn kết ở bản Hua Păng năm nay có thêm niềm vui khi con đường bê tông dài 1,8 km vào bản vừa hoàn thành, phần lớn do bà con người Thái tự góp công, hiến đất. Ngày 14/11, Ban Công tác Mặt trận bản phối hợp với Ủy ban MTTQ xã Chiềng Cọ tổ chức ngày hội với sự tham gia của hơn 400 người dân.
Các nghệ nhân bản Hua Păng biểu diễn múa xòe tại ngày hội.
Dự ngày hội có đồng chí Cầm Thị Hoa, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh Sơn La; đồng chí Lò Văn Piệng, Bí thư Đảng ủy xã Chiềng Cọ cùng đông đảo bà con bản Hua Păng và các bản lân cận.
Báo cáo của Ban Công tác Mặt trận bản do ông Quàng Văn Ọi, Trưởng ban Công tác Mặt trận bản Hua Păng trình bày cho biết: bản có 132 hộ với 586 khẩu, 100% là dân tộc Thái. Thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", năm 2014 bà con đã hiến 3.600 m2 đất, đóng góp trên 1.000 ngày công và 95 triệu đồng để làm đường, xây dựng nhà văn hóa; có 118 hộ đạt gia đình văn hóa, tỷ lệ hộ nghèo giảm từ 21% xuống còn 14,5%. Bản đã 3 năm liền giữ danh hiệu bản văn hóa.
Gia đình ông Lường Văn Chiến hiến 450 m2 đất ruộng để mở đường, được bà con trong bản nhắc đến như một tấm gương. Ông Chiến nói: "Đường tốt thì xe vào tận bản mua măng, mua chè, con cháu đi học không còn lội bùn, mất ít đất mà cả bản được hưởng".
Phát biểu tại ngày hội, đồng chí Cầm Thị Hoa biểu dương những kết quả bản Hua Păng đạt được và đề nghị bà con tiếp tục thực hiện tốt Chỉ thị số 17-CT/TU ngày 02/6/2014 của Ban Thường vụ Tỉnh ủy về việc cưới, việc tang, lễ hội; phát huy vai trò của người có uy tín, không để kẻ xấu lợi dụng truyền đạo trái phép. Đồng chí cũng nhắc lại Nghị quyết số 05/2013/NQ-HĐND của HĐND tỉnh về hỗ trợ xi măng làm đường giao thông nông thôn, đề nghị xã tiếp tục đăng ký để bản được nhận thêm xi măng năm 2015.
Nhân dịp này, Ủy ban MTTQ tỉnh trao tặng bản 1 bộ âm thanh trị giá 12 triệu đồng; Ủy ban MTTQ huyện Mai Sơn tặng 20 suất quà cho các hộ nghèo, mỗi suất 300.000 đồng. Ông Lò Văn Piệng thay mặt Đảng ủy xã tặng giấy khen cho 6 hộ tiêu biểu trong phong trào hiến đất.
Sau phần lễ, bà con cùng nhau tham gia các trò chơi dân gian ném còn, tó má lẹ, kéo co và thưởng thức mâm cơm đoàn kết do các gia đình trong bản cùng góp.
Quàng Thanh
Lượt xem: 2.318
Bài viết liên quan
- Yên Châu: 100% bản, tiểu khu tổ chức Ngày hội Đại đoàn kết (15/11/2014)
- Mai Sơn: Nhân dân hiến hơn 20 ha đất làm đường (10/11/2014)
- Thuận Châu trao 50 nhà Đại đoàn kết (03/11/2014)
- Hội nghị giao ban công tác Mặt trận các huyện (28/10/2014)
""", "2014-11-16", "Bản Hua Păng vui Ngày hội Đại đoàn kết",
E("khac", None, "2014-11-14"),
[P("Cầm Thị Hoa", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh Sơn La"),
 P("Lò Văn Piệng", "Bí thư Đảng ủy xã Chiềng Cọ"),
 P("Quàng Văn Ọi", "Trưởng ban Công tác Mặt trận bản Hua Păng"),
 P("Lường Văn Chiến")],
[Q("1,8 km", 1.8, "km"), Q("hơn 400 người dân", 400, "người dân", "over"), Q("132 hộ", 132, "hộ"),
 Q("586 khẩu", 586, "khẩu"), Q("100% là dân tộc Thái", 100, "%"), Q("3.600 m2", 3600, "m2"),
 Q("trên 1.000 ngày công", 1000, "ngày công", "over"), Q("95 triệu đồng", 95000000, "đồng"), Q("118 hộ", 118, "hộ"),
 Q("21%", 21, "%"), Q("14,5%", 14.5, "%"), Q("450 m2", 450, "m2"), Q("12 triệu đồng", 12000000, "đồng"),
 Q("20 suất quà", 20, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("6 hộ tiêu biểu", 6, "hộ tiêu biểu")],
[D("Chỉ thị", "17", "CT/TU", "2014-06-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 02/6/2014"),
 D("Nghị quyết", "05", "2013/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 05/2013/NQ-HĐND")],
[prov("Sơn La"), com("Chiềng Cọ")],
["Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Chính trị :: Mặt trận - Đoàn thể",
 "Các nghệ nhân bản Hua Păng biểu diễn múa xòe tại ngày hội.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Lượt xem: 2.318", "Hua Păng", "ném còn, tó má lẹ"],
["Chủ nhật, 16/11/2014 07:45", "năm 2014", "3 năm liền", "1 bộ âm thanh", "năm 2015", "Lượt xem: 2.318"]))

PAGES.append(page("b3009-longan-mttq-soket-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN
Trang chủ › Tin tức › Tin hoạt động Mặt trận tỉnh
10-07-2015 08:20
Long An: Mặt trận góp phần đưa thêm 5 xã đạt chuẩn nông thôn mới
Chiều 8/7/2015, Ủy ban MTTQ Việt Nam tỉnh Long An tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm 2015. Bà Nguyễn Thị Kim Loan, Phó Bí thư Tỉnh ủy và ông Lê Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, chủ trì hội nghị.
Ảnh: Quang cảnh hội nghị
Theo báo cáo, 6 tháng đầu năm, cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với xây dựng nông thôn mới tiếp tục được triển khai rộng khắp ở 192 xã, phường, thị trấn. Nhân dân trong tỉnh đã đóng góp khoảng 46,7 tỷ đồng, hiến 27,5 ha đất để làm đường giao thông nông thôn, cầu bê tông và kênh mương nội đồng. Trong 6 tháng, tỉnh có thêm 5 xã được công nhận đạt chuẩn nông thôn mới, nâng tổng số lên 24 xã.
Mặt trận các cấp đã vận động xây dựng 312 căn nhà Đại đoàn kết, sửa chữa 87 căn nhà, tổng trị giá trên 13 tỷ đồng. Quỹ "Vì người nghèo" các cấp tiếp nhận 21,3 tỷ đồng. Tỷ lệ hộ gia đình đạt chuẩn văn hóa là 92,4%; 98% ấp, khu phố đạt danh hiệu văn hóa.
Thực hiện Nghị quyết liên tịch số 09/2013/NQLT-CP-UBTWMTTQVN giữa Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Mặt trận tỉnh đã phối hợp với UBND tỉnh tổ chức 3 hội nghị đối thoại, tiếp thu 46 ý kiến của nhân dân về giải phóng mặt bằng, môi trường nông thôn.
Tại hội nghị, các đại biểu tập trung thảo luận các giải pháp vận động nhân dân hiến đất, giám sát chất lượng công trình. Ông Trương Văn Bé, Chủ tịch Ủy ban MTTQ xã Mỹ Yên, cho biết xã đã vận động 146 hộ hiến 2,3 ha đất mở rộng đường liên ấp, nhờ phát huy vai trò các tổ tự quản và chức sắc tôn giáo. Bà Đinh Thị Ánh, Trưởng ban Công tác Mặt trận ấp 4, xã Long Trạch, đề nghị công khai kinh phí để dân biết, dân kiểm tra.
Phát biểu chỉ đạo, bà Nguyễn Thị Kim Loan đề nghị Mặt trận các cấp triển khai tốt Kế hoạch số 141-KH/TU của Tỉnh ủy về đại hội đảng bộ các cấp, chuẩn bị chu đáo Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X; tăng cường giám sát việc huy động đóng góp của nhân dân theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Hội nghị cũng triển khai Hướng dẫn số 28/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2015.
Hữu Thắng
Số người truy cập: 86.012
Tin liên quan
- Cần Đước: Nhân dân hiến đất làm đường liên ấp (03/07/2015)
- Bến Lức trao 40 căn nhà Đại đoàn kết (25/06/2015)
- Đức Hòa sơ kết cuộc vận động 6 tháng đầu năm (19/06/2015)
- Tân Trụ ra mắt 12 tổ tự quản đường hoa nông thôn mới (08/06/2015)
""", "2015-07-10", "Long An: Mặt trận góp phần đưa thêm 5 xã đạt chuẩn nông thôn mới",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Nguyễn Thị Kim Loan", "Phó Bí thư Tỉnh ủy"),
 P("Lê Văn Tám", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Bé", "Chủ tịch Ủy ban MTTQ xã Mỹ Yên"),
 P("Đinh Thị Ánh", "Trưởng ban Công tác Mặt trận ấp 4")],
[Q("192 xã, phường, thị trấn", 192, "xã, phường, thị trấn"), Q("khoảng 46,7 tỷ đồng", 46700000000, "đồng", "approx"),
 Q("27,5 ha", 27.5, "ha"), Q("5 xã", 5, "xã"), Q("24 xã", 24, "xã"), Q("312 căn nhà Đại đoàn kết", 312, "căn nhà Đại đoàn kết"),
 Q("87 căn nhà", 87, "căn nhà"), Q("trên 13 tỷ đồng", 13000000000, "đồng", "over"), Q("21,3 tỷ đồng", 21300000000, "đồng"),
 Q("92,4%", 92.4, "%"), Q("98%", 98, "%"), Q("3 hội nghị đối thoại", 3, "hội nghị đối thoại"), Q("46 ý kiến", 46, "ý kiến"),
 Q("146 hộ", 146, "hộ"), Q("2,3 ha", 2.3, "ha")],
[D("Nghị quyết liên tịch", "09", "2013/NQLT-CP-UBTWMTTQVN", None, "Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 09/2013/NQLT-CP-UBTWMTTQVN"),
 D("Kế hoạch", "141", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 141-KH/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Hướng dẫn", "28", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 28/HD-MTTW-BTT")],
[prov("Long An"), com("Mỹ Yên"), com("Long Trạch")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN", "Trang chủ › Tin tức › Tin hoạt động Mặt trận tỉnh", "Ảnh: Quang cảnh hội nghị",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Số người truy cập: 86.012"],
["10-07-2015 08:20", "6 tháng đầu năm", "6 tháng cuối năm 2015", "lần thứ X", "năm 2015", "Số người truy cập: 86.012"]))

PAGES.append(page("b3010-quangnam-phatdong-cvd-2016", """
Quảng Nam Online - Báo Quảng Nam điện tử
Thời sự > Chính trị
25.03.2016 | 10:10
Phát động cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"
Sáng 24.3, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2016 trên địa bàn tỉnh Quảng Nam. Đồng chí Đinh Văn Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; tham dự có 230 đại biểu là lãnh đạo Mặt trận, đoàn thể các huyện, thị xã, thành phố.
Quang cảnh hội nghị. Ảnh: VĂN PHIN
Cuộc vận động được Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam phát động trên cơ sở lồng ghép hai cuộc vận động trước đây, thực hiện theo Kế hoạch số 07/KH-MTTW-BTT ngày 15/1/2016 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Ở tỉnh, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 05-CT/TU về tăng cường lãnh đạo thực hiện cuộc vận động; Ủy ban MTTQ tỉnh có Kế hoạch số 12/KH-MTTQ-BTT hướng dẫn Mặt trận các cấp.
Theo báo cáo, giai đoạn 2011 - 2015, nhân dân trong tỉnh đã hiến hơn 240 ha đất, đóng góp khoảng 318 tỷ đồng và hàng trăm nghìn ngày công xây dựng kết cấu hạ tầng nông thôn. Toàn tỉnh có 34 xã đạt chuẩn nông thôn mới; 1.158 căn nhà Đại đoàn kết được xây mới cho hộ nghèo. Mục tiêu năm 2016 là thêm 15 xã đạt chuẩn, phấn đấu 90% hộ gia đình đạt chuẩn văn hóa.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Thị Kim Hoa, Nguyễn Đức Vinh lần lượt quán triệt nội dung cuộc vận động và phương pháp đánh giá khu dân cư "kiểu mẫu". Ông Bh'riu Liếc, Chủ tịch Ủy ban MTTQ huyện Tây Giang, chia sẻ kinh nghiệm vận động đồng bào Cơ Tu hiến đất làm đường, làm nhà Gươl. Bà A Lăng Thị Biển, Chủ tịch Ủy ban MTTQ xã Lăng, kiến nghị tăng mức hỗ trợ cho cán bộ Ban Công tác Mặt trận ở thôn vùng cao.
Đồng chí Đinh Văn Thu nhấn mạnh: trọng tâm năm 2016 là giữ vững các tiêu chí đã đạt, không chạy theo thành tích, không huy động quá sức dân; mỗi khu dân cư chọn ít nhất một việc cụ thể để làm, như làm đường, thắp sáng đường quê, trồng hoa ven đường. Mặt trận phải thực hiện tốt Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân tiêu biểu trong thực hiện cuộc vận động giai đoạn 2011 - 2015.
VĂN PHIN
Lượt xem: 1.207
Tin khác
- Núi Thành tổ chức Ngày hội Đại đoàn kết điểm (20.03.2016)
- Đại Lộc: nhân dân hiến đất làm 12 km đường bê tông (14.03.2016)
- Tiên Phước ra quân xây dựng nông thôn mới (07.03.2016)
""", "2016-03-25", "Phát động cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"",
E("hoi_nghi", "2016", "2016-03-24"),
[P("Đinh Văn Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bh'riu Liếc", "Chủ tịch Ủy ban MTTQ huyện Tây Giang"),
 P("A Lăng Thị Biển", "Chủ tịch Ủy ban MTTQ xã Lăng")],
[Q("230 đại biểu", 230, "đại biểu"), Q("hơn 240 ha", 240, "ha", "over"), Q("khoảng 318 tỷ đồng", 318000000000, "đồng", "approx"),
 Q("34 xã", 34, "xã"), Q("1.158 căn nhà Đại đoàn kết", 1158, "căn nhà Đại đoàn kết"), Q("15 xã", 15, "xã"), Q("90%", 90, "%"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Kế hoạch", "07", "KH-MTTW-BTT", "2016-01-15", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Kế hoạch số 07/KH-MTTW-BTT ngày 15/1/2016"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Quảng Nam"), com("Lăng")],
["Quảng Nam Online - Báo Quảng Nam điện tử", "Thời sự > Chính trị", "Quang cảnh hội nghị. Ảnh: VĂN PHIN",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "kiểu mẫu", "Lượt xem: 1.207", "nhà Gươl"],
["25.03.2016 | 10:10", "giai đoạn 2011 - 2015", "năm 2016", "hàng trăm nghìn ngày công", "ít nhất một việc", "Lượt xem: 1.207"]))
