from lib import *
PAGES = []

PAGES.append(page("b8099-haiphong-ccb-giaoban-2017", """
Cổng thông tin Hội Cựu chiến binh thành phố Hải Phòng
Trang chủ >> Tin tức - Sự kiện >> Tin trong Hội
12/10/2017 - 10:05
Toàn cảnh hội nghị giao ban.
Giao ban công tác Hội quý III: tập trung chăm lo hội viên khó khăn
Chiều 11/10, Thường trực Hội Cựu chiến binh thành phố Hải Phòng tổ chức giao ban công tác Hội quý III năm 2017 với Hội Cựu chiến binh 15 quận, huyện và 11 cơ sở Hội trực thuộc. Đồng chí Phạm Văn Hòa, Thành ủy viên, Chủ tịch Hội Cựu chiến binh thành phố chủ trì.
Theo báo cáo, trong quý III các cấp Hội đã tổ chức nhiều hoạt động kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ và 56 năm thảm họa da cam. Hội Cựu chiến binh các cấp thăm, tặng 2.860 suất quà cho hội viên là thương binh, bệnh binh, nạn nhân chất độc da cam với tổng trị giá trên 1,14 tỷ đồng; khởi công 8 nhà "Nghĩa tình đồng đội", mỗi nhà được hỗ trợ từ 30 đến 50 triệu đồng.
Công tác giúp nhau phát triển kinh tế tiếp tục có chuyển biến. Quỹ hỗ trợ hội viên của các cấp Hội đạt 31,7 tỷ đồng, tăng 2,4 tỷ đồng so với đầu năm; có 246 hội viên được vay từ quỹ. Hội quản lý 205 tổ tiết kiệm và vay vốn với dư nợ gần 198 tỷ đồng. Hội Cựu chiến binh huyện Vĩnh Bảo giúp 37 hộ hội viên thoát nghèo; Hội Cựu chiến binh quận Kiến An vận động các doanh nghiệp cựu chiến binh nhận 120 lao động là con em hội viên vào làm việc.
Đồng chí Nguyễn Đức Lượng, Phó Chủ tịch Thường trực Hội Cựu chiến binh thành phố, đánh giá công tác tham gia xây dựng Đảng, chính quyền và giám sát, phản biện tiếp tục được chú trọng: các cấp Hội đã góp ý 312 đảng viên, tham gia giải quyết 23 đơn thư, kiến nghị của hội viên. Tuy nhiên, tiến độ phát triển hội viên ở khối doanh nghiệp còn chậm, mới đạt 61% chỉ tiêu năm.
Tại giao ban, đồng chí Vũ Văn Chiến, Chủ tịch Hội Cựu chiến binh huyện Tiên Lãng, và đồng chí Đinh Thị Nguyệt, Chủ tịch Hội Cựu chiến binh huyện An Lão, đề nghị thành phố quan tâm kinh phí khám sức khỏe cho hội viên là nạn nhân chất độc da cam. Đồng chí Trịnh Xuân Khải, Chánh Văn phòng Hội Cựu chiến binh thành phố, thông báo kế hoạch tổ chức Hội thi "Cựu chiến binh Hải Phòng với văn hóa giao thông".
Kết luận giao ban, đồng chí Phạm Văn Hòa yêu cầu quý IV các cấp Hội tập trung thực hiện Nghị quyết số 06-NQ/TU của Ban Thường vụ Thành ủy về nâng cao chất lượng hoạt động của Hội Cựu chiến binh, Kế hoạch 112-KH/CCB của Hội Cựu chiến binh thành phố về tổng kết phong trào "Cựu chiến binh gương mẫu"; phấn đấu đến cuối năm không còn hội viên ở nhà tạm và giảm tỷ lệ hộ nghèo trong hội viên xuống dưới 1%.
Đức Anh
Tin liên quan
- Trao nhà nghĩa tình đồng đội tại xã Tân Liên (02/10/2017)
- Hội CCB quận Lê Chân giao lưu doanh nghiệp cựu chiến binh (18/09/2017)
- Kỷ niệm 56 năm thảm họa da cam (10/08/2017)
- Giao ban quý II năm 2017 (11/07/2017)
""", "2017-10-12", "Giao ban công tác Hội quý III: tập trung chăm lo hội viên khó khăn",
E("giao_ban", "2017-Q3", "2017-10-11"),
[P("Phạm Văn Hòa", "Thành ủy viên", "Chủ tịch Hội Cựu chiến binh thành phố"),
 P("Nguyễn Đức Lượng", "Phó Chủ tịch Thường trực Hội Cựu chiến binh thành phố"),
 P("Vũ Văn Chiến", "Chủ tịch Hội Cựu chiến binh huyện Tiên Lãng"),
 P("Đinh Thị Nguyệt", "Chủ tịch Hội Cựu chiến binh huyện An Lão"),
 P("Trịnh Xuân Khải", "Chánh Văn phòng Hội Cựu chiến binh thành phố")],
[Q("15 quận, huyện", 15, "quận, huyện"), Q("11 cơ sở Hội trực thuộc", 11, "cơ sở Hội trực thuộc"), Q("2.860 suất quà", 2860, "suất quà"),
 Q("trên 1,14 tỷ đồng", 1140000000, "đồng", "over"), Q('8 nhà "Nghĩa tình đồng đội"', 8, "nhà"),
 Q("từ 30 đến 50 triệu đồng", 30000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("31,7 tỷ đồng", 31700000000, "đồng"), Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("246 hội viên", 246, "hội viên"),
 Q("205 tổ tiết kiệm và vay vốn", 205, "tổ tiết kiệm và vay vốn"), Q("gần 198 tỷ đồng", 198000000000, "đồng", "approx"),
 Q("37 hộ hội viên", 37, "hộ hội viên"), Q("120 lao động", 120, "lao động"), Q("312 đảng viên", 312, "đảng viên"),
 Q("23 đơn thư, kiến nghị", 23, "đơn thư, kiến nghị"), Q("61%", 61, "%"), Q("dưới 1%", 1, "%")],
[D("Nghị quyết", "06", "NQ/TU", None, "Ban Thường vụ Thành ủy", "Nghị quyết số 06-NQ/TU"),
 D("Kế hoạch", "112", "KH/CCB", None, "Hội Cựu chiến binh thành phố", "Kế hoạch 112-KH/CCB")],
[prov("Hải Phòng")],
["Cổng thông tin Hội Cựu chiến binh thành phố Hải Phòng", "Trang chủ >> Tin tức - Sự kiện >> Tin trong Hội", "Toàn cảnh hội nghị giao ban.",
 "Nghĩa tình đồng đội", "Cựu chiến binh Hải Phòng với văn hóa giao thông", "Cựu chiến binh gương mẫu"],
["12/10/2017 - 10:05", "quý III năm 2017", "70 năm", "56 năm", "quý IV"]))

PAGES.append(page("b8100-nghean-ccb-guongmat-2018", """
BÁO NGHỆ AN
Xã hội › Gương sáng › Người tốt việc tốt
Cập nhật lúc 17:20 ngày 27/07/2018
Ông Lô Văn Thắm chăm sóc vườn quế của gia đình tại bản Piếng Cu. Ảnh: Hồ Lài
Người cựu binh Thái "cõng" đồng đội vượt nghèo nơi biên giới
Gần 20 năm làm Chi hội trưởng Chi hội Cựu chiến binh bản Piếng Cu, xã Châu Kim, huyện Quế Phong, ông Lô Văn Thắm (SN 1953) đã giúp nhiều đồng đội, trong đó có những người mang di chứng chất độc da cam, thoát cảnh đói nghèo.
Năm 1972, chàng trai người Thái Lô Văn Thắm lên đường nhập ngũ, chiến đấu ở chiến trường Quảng Trị. Trở về quê với thương tật 41% và mang trong mình di chứng chất độc da cam, ông vẫn cùng vợ khai hoang 2 ha đất đồi trồng quế, keo. Đến nay, vườn nhà ông có hơn 3.000 gốc quế, mỗi năm cho thu nhập khoảng 150 triệu đồng.
Không chỉ làm giàu cho gia đình, ông còn vận động 23 hội viên trong chi hội góp vốn lập "Tổ cựu chiến binh giúp nhau", mỗi người góp 500.000 đồng, xoay vòng cho hội viên khó khăn vay không lãi. Từ tổ vay vốn này, 11 hộ hội viên đã thoát nghèo, 4 hộ có con là nạn nhân chất độc da cam được hỗ trợ giống lợn đen, gà thả đồi. Ông Vi Văn Khằm, hội viên chi hội, có 2 con bị ảnh hưởng chất độc da cam, kể: "Không có anh Thắm, nhà tôi chắc vẫn còn ở nhà tranh".
Ông Lô Văn Thắm còn đứng ra vận động bà con hiến gần 1.200 m2 đất làm đường vào bản, cùng đồng đội góp 180 ngày công sửa nhà văn hóa. Năm 2017, ông tự bỏ tiền mua 6 con bê giống tặng 3 gia đình nạn nhân chất độc da cam nghèo nhất bản.
Ông Lương Văn Thảnh, Chủ tịch Hội Cựu chiến binh xã Châu Kim, cho biết: Chi hội bản Piếng Cu nhiều năm liền đạt vững mạnh, xuất sắc; tỷ lệ hộ nghèo trong hội viên giảm từ 38% năm 2013 xuống còn 9%. Bà Lang Thị Hương, Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện Quế Phong, đánh giá cách làm của ông Thắm là điển hình để nhân rộng ra 13 xã, thị trấn trong huyện.
Với những đóng góp đó, ông Lô Văn Thắm được Trung ương Hội Cựu chiến binh Việt Nam tặng Bằng khen, được UBND tỉnh tặng danh hiệu "Cựu chiến binh sản xuất kinh doanh giỏi". Ông vừa được mời dự Hội nghị biểu dương "Người tốt, việc tốt" tỉnh Nghệ An, là 1 trong 45 gương điển hình được tuyên dương.
Hỏi về dự định, ông cười hiền: "Còn sức thì còn giúp đồng đội. Đồng đội tôi ngày xưa đã ngã xuống để mình được trở về". Hiện chi hội của ông đang vận động thêm 7 hội viên trẻ tham gia tổ giúp nhau.
Hồ Lài
Xem thêm
- Quế Phong: Trao 10 con bò cho nạn nhân chất độc da cam (20/07/2018)
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2018 (12/07/2018)
- Người mẹ 30 năm chăm 2 con nạn nhân da cam (08/07/2018)
""", "2018-07-27", 'Người cựu binh Thái "cõng" đồng đội vượt nghèo nơi biên giới',
E("khac", None, None),
[P("Lô Văn Thắm", "Chi hội trưởng Chi hội Cựu chiến binh bản Piếng Cu"),
 P("Vi Văn Khằm", "hội viên chi hội"),
 P("Lương Văn Thảnh", "Chủ tịch Hội Cựu chiến binh xã Châu Kim"),
 P("Lang Thị Hương", "Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện Quế Phong")],
[Q("41%", 41, "%"), Q("2 ha", 2, "ha"), Q("hơn 3.000 gốc quế", 3000, "gốc quế", "over"), Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"),
 Q("23 hội viên", 23, "hội viên"), Q("500.000 đồng", 500000, "đồng"), Q("11 hộ hội viên", 11, "hộ hội viên"), Q("4 hộ", 4, "hộ"),
 Q("2 con", 2, "con"), Q("gần 1.200 m2", 1200, "m2", "approx"), Q("180 ngày công", 180, "ngày công"), Q("6 con bê giống", 6, "con bê giống"),
 Q("3 gia đình nạn nhân chất độc da cam", 3, "gia đình nạn nhân chất độc da cam"), Q("38%", 38, "%"), Q("9%", 9, "%"),
 Q("13 xã, thị trấn", 13, "xã, thị trấn"), Q("45 gương điển hình", 45, "gương điển hình"), Q("7 hội viên trẻ", 7, "hội viên trẻ")],
[],
[prov("Nghệ An"), com("Châu Kim")],
["BÁO NGHỆ AN", "Xã hội › Gương sáng › Người tốt việc tốt", "Ông Lô Văn Thắm chăm sóc vườn quế của gia đình tại bản Piếng Cu. Ảnh: Hồ Lài",
 "Tổ cựu chiến binh giúp nhau", "Cựu chiến binh sản xuất kinh doanh giỏi", "Người tốt, việc tốt"],
["Cập nhật lúc 17:20 ngày 27/07/2018", "Gần 20 năm", "SN 1953", "Năm 1972", "năm 2013", "Năm 2017", "1 trong 45"]))

PAGES.append(page("b8101-cantho-ccb-taphuan-2018", """
HỘI CỰU CHIẾN BINH THÀNH PHỐ CẦN THƠ
Trang chủ / Tin hoạt động / Tuyên truyền - Huấn luyện
16.05.2018 | 14:00
Tập huấn nghiệp vụ cho cán bộ Hội Cựu chiến binh cơ sở năm 2018
Từ ngày 14 đến 15/5, Hội Cựu chiến binh thành phố Cần Thơ tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2018 cho 186 học viên là chủ tịch, phó chủ tịch Hội Cựu chiến binh xã, phường, thị trấn và tổ trưởng tổ tiết kiệm và vay vốn.
Học viên trao đổi tại lớp tập huấn. Ảnh: Kim Ngân
Phát biểu khai mạc, Đại tá Huỳnh Văn Út, Chủ tịch Hội Cựu chiến binh thành phố, nhấn mạnh: lớp tập huấn nhằm nâng cao kỹ năng vận động hội viên giúp nhau phát triển kinh tế, quản lý vốn vay ủy thác và chăm lo hội viên là nạn nhân chất độc da cam. Thượng tá Lê Hoàng Phong, Phó Chủ tịch Hội Cựu chiến binh thành phố, và bà Trương Thị Ngọc Hạnh, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội thành phố, trực tiếp truyền đạt các chuyên đề.
Trong 2 ngày, học viên được nghiên cứu Điều lệ Hội Cựu chiến binh Việt Nam; Hướng dẫn số 92-HD/CCB ngày 10/01/2018 của Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam về thực hiện phong trào "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi"; Nghị định 78/2002/NĐ-CP của Chính phủ về tín dụng đối với người nghèo và các đối tượng chính sách; Chỉ thị 40-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội.
Theo báo cáo tại lớp, hiện các cấp Hội Cựu chiến binh thành phố đang quản lý 94 tổ tiết kiệm và vay vốn với dư nợ trên 213 tỷ đồng, 5.317 hộ còn dư nợ; tỷ lệ nợ quá hạn 0,09%. Năm 2017, hội viên đã giúp nhau khoảng 3,8 tỷ đồng, 12.600 ngày công, hỗ trợ 27 hộ hội viên nghèo, trong đó 9 hộ có người là nạn nhân chất độc da cam, sửa chữa nhà ở. Phong trào đã hình thành 64 câu lạc bộ cựu chiến binh sản xuất kinh doanh giỏi với hơn 1.500 thành viên.
Các học viên được trao đổi kinh nghiệm từ mô hình "Tổ tiết kiệm vay vốn 5 không" của Hội Cựu chiến binh phường An Khánh, quận Ninh Kiều và mô hình "Vườn cây đồng đội" ở xã Trường Long, huyện Phong Điền. Ông Nguyễn Văn Bảy, tổ trưởng tổ tiết kiệm và vay vốn ấp Nhơn Lộc 1, chia sẻ: tổ có 48 thành viên, 6 năm liền không có nợ quá hạn.
Kết thúc lớp, 100% học viên được kiểm tra nhận thức, trong đó 82% đạt loại khá, giỏi. Đại tá Huỳnh Văn Út đề nghị học viên vận dụng kiến thức vào thực tiễn, triển khai Kế hoạch 27-KH/CCB của Hội Cựu chiến binh thành phố về củng cố các tổ tiết kiệm và vay vốn yếu kém trước ngày 30/9/2018.
Kim Ngân
Tin khác
- Hội CCB quận Cái Răng trao 2 nhà đồng đội (07/05/2018)
- Cựu chiến binh Thốt Nốt làm giàu từ vườn cây ăn trái (20/04/2018)
- Giao ban Hội CCB quý I/2018 (05/04/2018)
""", "2018-05-16", "Tập huấn nghiệp vụ cho cán bộ Hội Cựu chiến binh cơ sở năm 2018",
E("tap_huan", "2018", "2018-05-14"),
[P("Huỳnh Văn Út", "Đại tá", "Chủ tịch Hội Cựu chiến binh thành phố"),
 P("Lê Hoàng Phong", "Thượng tá", "Phó Chủ tịch Hội Cựu chiến binh thành phố"),
 P("Trương Thị Ngọc Hạnh", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội thành phố"),
 P("Nguyễn Văn Bảy", "tổ trưởng tổ tiết kiệm và vay vốn ấp Nhơn Lộc 1")],
[Q("186 học viên", 186, "học viên"), Q("94 tổ tiết kiệm và vay vốn", 94, "tổ tiết kiệm và vay vốn"), Q("trên 213 tỷ đồng", 213000000000, "đồng", "over"),
 Q("5.317 hộ", 5317, "hộ"), Q("0,09%", 0.09, "%"), Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("12.600 ngày công", 12600, "ngày công"),
 Q("27 hộ hội viên nghèo", 27, "hộ hội viên nghèo"), Q("9 hộ", 9, "hộ"),
 Q("64 câu lạc bộ cựu chiến binh sản xuất kinh doanh giỏi", 64, "câu lạc bộ cựu chiến binh sản xuất kinh doanh giỏi"),
 Q("hơn 1.500 thành viên", 1500, "thành viên", "over"), Q("48 thành viên", 48, "thành viên"), Q("100%", 100, "%"), Q("82%", 82, "%")],
[D("Hướng dẫn", "92", "HD/CCB", "2018-01-10", "Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam", "Hướng dẫn số 92-HD/CCB ngày 10/01/2018"),
 D("Nghị định", "78", "2002/NĐ-CP", None, "Chính phủ", "Nghị định 78/2002/NĐ-CP"),
 D("Chỉ thị", "40", "CT/TW", None, "Ban Bí thư", "Chỉ thị 40-CT/TW"),
 D("Kế hoạch", "27", "KH/CCB", None, "Hội Cựu chiến binh thành phố", "Kế hoạch 27-KH/CCB")],
[prov("Cần Thơ"), com("An Khánh"), com("Trường Long")],
["HỘI CỰU CHIẾN BINH THÀNH PHỐ CẦN THƠ", "Trang chủ / Tin hoạt động / Tuyên truyền - Huấn luyện", "Học viên trao đổi tại lớp tập huấn. Ảnh: Kim Ngân",
 "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi", "Tổ tiết kiệm vay vốn 5 không", "Vườn cây đồng đội", "Điều lệ Hội Cựu chiến binh Việt Nam"],
["16.05.2018 | 14:00", "năm 2018", "2 ngày", "Năm 2017", "5 không", "6 năm liền", "30/9/2018"]))

PAGES.append(page("b8102-daklak-dacam-traoqua-2019", """
Báo Đắk Lắk điện tử
Hôm nay: Thứ Hai, 12/08/2019
Xã hội - Chính sách
Thứ Năm, 08/08/2019, 07:30
Trao nhà tình nghĩa và quà cho nạn nhân chất độc da cam ở Krông Búk
Ngày 7/8, nhân dịp kỷ niệm 58 năm thảm họa da cam ở Việt Nam (10/8/1961 - 10/8/2019), Hội Nạn nhân chất độc da cam/dioxin (NNCĐDC) tỉnh phối hợp với Hội Cựu chiến binh tỉnh và UBND huyện Krông Búk tổ chức bàn giao nhà tình nghĩa và trao quà cho nạn nhân chất độc da cam trên địa bàn huyện.
Tham dự có các đồng chí: Y Kông Mlô, Phó Chủ tịch Hội Cựu chiến binh tỉnh; Nguyễn Thị Thu Sương, Chủ tịch Hội NNCĐDC tỉnh; H'Blin Êban, HUV, Phó Chủ tịch UBND huyện Krông Búk.
Các đại biểu trao quà cho nạn nhân chất độc da cam. Ảnh: H'Xíu
Ngôi nhà được trao cho gia đình ông Y Thuôn Niê ở buôn Ea Kung, xã Cư Né, cựu chiến binh có 2 con bị nhiễm chất độc da cam. Nhà có diện tích 60 m2, tổng kinh phí 85 triệu đồng, trong đó Hội NNCĐDC tỉnh hỗ trợ 50 triệu đồng, Hội Cựu chiến binh huyện vận động hội viên góp 20 triệu đồng cùng 150 ngày công, số còn lại do gia đình đối ứng. Đây là ngôi nhà thứ 3 Hội xây tặng nạn nhân người đồng bào Êđê trong năm.
Cũng trong dịp này, đoàn đã trao 100 suất quà cho nạn nhân chất độc da cam ở các xã Cư Né, Ea Sin, Pơng Drang; mỗi suất gồm 400.000 đồng và các nhu yếu phẩm. Quỹ Bảo trợ nạn nhân chất độc da cam của tỉnh trao thêm 12 xe lăn và 5 xuất học bổng mỗi xuất 1 triệu đồng cho con, cháu nạn nhân học giỏi.
Theo đồng chí Nguyễn Thị Thu Sương, toàn tỉnh hiện có hơn 9.100 nạn nhân chất độc da cam, khoảng 70% trong số đó là hộ nghèo, cận nghèo. Năm 2019, Hội NNCĐDC các cấp đã vận động được gần 2,6 tỷ đồng, thực hiện Chỉ thị số 43-CT/TW ngày 14/5/2010 của Ban Bí thư và Kế hoạch số 4125/KH-UBND ngày 22/5/2019 của UBND tỉnh về khắc phục hậu quả chất độc hóa học.
Tại buổi lễ, đồng chí H'Blin Êban cho biết huyện Krông Búk hiện có 412 nạn nhân chất độc da cam, trong đó 148 người đang hưởng trợ cấp hằng tháng. Những năm qua, huyện dành khoảng 300 triệu đồng mỗi năm từ ngân sách để hỗ trợ khám, chữa bệnh, phục hồi chức năng cho nạn nhân; các đoàn thể nhận giúp đỡ 35 gia đình có hoàn cảnh đặc biệt khó khăn.
Đồng chí Y Kông Mlô cho biết Hội Cựu chiến binh tỉnh đang triển khai chương trình "Mỗi cơ sở Hội nhận giúp đỡ 1 hội viên là nạn nhân chất độc da cam", đến nay đã có 186 cơ sở Hội đăng ký. Xúc động nhận nhà mới, ông Y Thuôn Niê bày tỏ: "Cảm ơn Đảng, cảm ơn đồng đội đã không bỏ quên gia đình tôi".
Trần Nguyên
Tin liên quan
- Ea H'leo: Trao 200 suất quà cho nạn nhân chất độc da cam (06/08/2019)
- Hội Cựu chiến binh tỉnh giúp hội viên đồng bào dân tộc thiểu số vươn lên (25/07/2019)
- Tọa đàm kỷ niệm 58 năm thảm họa da cam (30/07/2019)
""", "2019-08-08", "Trao nhà tình nghĩa và quà cho nạn nhân chất độc da cam ở Krông Búk",
E("trao_qua", None, "2019-08-07"),
[P("Y Kông Mlô", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Nguyễn Thị Thu Sương", "Chủ tịch Hội NNCĐDC tỉnh"),
 P("H'Blin Êban", "HUV", "Phó Chủ tịch UBND huyện Krông Búk"),
 P("Y Thuôn Niê")],
[Q("2 con", 2, "con"), Q("60 m2", 60, "m2"), Q("85 triệu đồng", 85000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("150 ngày công", 150, "ngày công"), Q("100 suất quà", 100, "suất quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("12 xe lăn", 12, "xe lăn"), Q("5 xuất học bổng", 5, "xuất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 9.100 nạn nhân chất độc da cam", 9100, "nạn nhân chất độc da cam", "over"), Q("khoảng 70%", 70, "%", "approx"),
 Q("gần 2,6 tỷ đồng", 2600000000, "đồng", "approx"), Q("186 cơ sở Hội", 186, "cơ sở Hội"),
 Q("412 nạn nhân chất độc da cam", 412, "nạn nhân chất độc da cam"), Q("148 người", 148, "người"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("35 gia đình", 35, "gia đình")],
[D("Chỉ thị", "43", "CT/TW", "2010-05-14", "Ban Bí thư", "Chỉ thị số 43-CT/TW ngày 14/5/2010"),
 D("Kế hoạch", "4125", "KH-UBND", "2019-05-22", "UBND tỉnh", "Kế hoạch số 4125/KH-UBND ngày 22/5/2019")],
[prov("Đắk Lắk"), com("Cư Né"), com("Ea Sin"), com("Pơng Drang")],
["Báo Đắk Lắk điện tử", "Hôm nay: Thứ Hai, 12/08/2019", "Xã hội - Chính sách", "Các đại biểu trao quà cho nạn nhân chất độc da cam. Ảnh: H'Xíu",
 "Quỹ Bảo trợ nạn nhân chất độc da cam", "Mỗi cơ sở Hội nhận giúp đỡ 1 hội viên là nạn nhân chất độc da cam"],
["Thứ Năm, 08/08/2019, 07:30", "Hôm nay: Thứ Hai, 12/08/2019", "58 năm", "10/8/1961 - 10/8/2019", "ngôi nhà thứ 3", "Năm 2019", "1 hội viên"]))

PAGES.append(page("b8103-tayninh-ccb-hoinghi-2019", """
TRANG THÔNG TIN ĐIỆN TỬ HỘI CỰU CHIẾN BINH TỈNH TÂY NINH
You are here: Trang chủ › Tin tức › Phong trào thi đua
2019-12-19 16:40
Biểu dương 86 cựu chiến binh sản xuất, kinh doanh giỏi
Sáng 18/12, Hội Cựu chiến binh tỉnh Tây Ninh tổ chức Hội nghị biểu dương cựu chiến binh sản xuất, kinh doanh giỏi năm 2019. Tham dự có đồng chí Nguyễn Thành Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Văn Bé Năm, Chủ tịch Hội Cựu chiến binh tỉnh cùng 86 điển hình được biểu dương.
Đồng chí Trần Văn Bé Năm trao Giấy khen cho các cựu chiến binh. Ảnh: Lê Vũ
Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 1.438 hộ cựu chiến binh sản xuất, kinh doanh giỏi, trong đó 327 hộ có thu nhập từ 500 triệu đồng/năm trở lên; 41 doanh nghiệp, 23 hợp tác xã và 96 trang trại do cựu chiến binh làm chủ, giải quyết việc làm cho trên 6.300 lao động với mức lương bình quân 5,5 - 6 triệu đồng/người/tháng.
Các hộ giỏi đã giúp đỡ 512 hội viên khó khăn bằng cách cho vay không lãi hơn 2,1 tỷ đồng, tặng 640 con giống và 9 tấn phân bón; nhiều doanh nghiệp cựu chiến binh nhận đỡ đầu nạn nhân chất độc da cam. Nhờ đó, tỷ lệ hộ nghèo trong hội viên giảm còn 0,52%, không còn hội viên ở nhà tạm.
Tiêu biểu như ông Lê Văn Chín, Giám đốc Công ty TNHH Chín Thành ở xã Long Thành Bắc, huyện Hòa Thành, mỗi năm trích 60 triệu đồng hỗ trợ 15 gia đình hội viên là nạn nhân chất độc da cam. Ông Nguyễn Văn Mười Hai, Chủ nhiệm Hợp tác xã Nông nghiệp Tân Đông, xã Tân Đông, huyện Tân Châu, hướng dẫn 30 hội viên trồng mãng cầu theo tiêu chuẩn VietGAP. Bà Thạch Thị Sa Phia, hội viên người Khmer ở xã Tân Phú, chăn nuôi bò sinh sản, giúp 4 hộ đồng bào Khmer thoát nghèo.
Hội nghị đã nghe 5 tham luận về kinh nghiệm làm kinh tế và giúp đỡ đồng đội. Ông Chau Sóc Pheng, Chủ tịch Hội Cựu chiến binh xã Tân Phú, cho biết các chi hội trong xã đã lập quỹ giúp nhau với số vốn 140 triệu đồng, luân chuyển cho 28 lượt hội viên vay, chưa có trường hợp nào chậm trả.
Phát biểu tại hội nghị, đồng chí Nguyễn Thành Tâm đề nghị các cấp Hội tiếp tục thực hiện Kết luận 14, 15-KL/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò cựu chiến binh trong xây dựng nông thôn mới và Quyết định số 22/QĐ-CCB của Thường trực Hội Cựu chiến binh tỉnh về tiêu chí cựu chiến binh sản xuất, kinh doanh giỏi giai đoạn 2019 - 2022.
Dịp này, Hội Cựu chiến binh tỉnh tặng Giấy khen cho 86 cựu chiến binh tiêu biểu; Hội Nông dân tỉnh tặng Bằng khen cho 9 cá nhân.
Lê Vũ
Lượt xem: 512
Bài viết liên quan
- Hội Cựu chiến binh tỉnh tổng kết công tác năm 2019 (13/12/2019)
- Cựu chiến binh Gò Dầu giúp nhau làm kinh tế (02/12/2019)
- Trao 5 nhà đồng đội cho hội viên nghèo (21/11/2019)
""", "2019-12-19", "Biểu dương 86 cựu chiến binh sản xuất, kinh doanh giỏi",
E("hoi_nghi", "2019", "2019-12-18"),
[P("Nguyễn Thành Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Bé Năm", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Lê Văn Chín", "Giám đốc Công ty TNHH Chín Thành"),
 P("Nguyễn Văn Mười Hai", "Chủ nhiệm Hợp tác xã Nông nghiệp Tân Đông"),
 P("Thạch Thị Sa Phia", "hội viên người Khmer"),
 P("Chau Sóc Pheng", "Chủ tịch Hội Cựu chiến binh xã Tân Phú")],
[Q("86 cựu chiến binh sản xuất, kinh doanh giỏi", 86, "cựu chiến binh sản xuất, kinh doanh giỏi"),
 Q("1.438 hộ cựu chiến binh sản xuất, kinh doanh giỏi", 1438, "hộ cựu chiến binh sản xuất, kinh doanh giỏi"), Q("327 hộ", 327, "hộ"),
 Q("từ 500 triệu đồng/năm trở lên", 500000000, "đồng", "over"), Q("41 doanh nghiệp", 41, "doanh nghiệp"), Q("23 hợp tác xã", 23, "hợp tác xã"),
 Q("96 trang trại", 96, "trang trại"), Q("trên 6.300 lao động", 6300, "lao động", "over"), Q("5,5 - 6 triệu đồng", 5500000, "đồng"),
 Q("6 triệu đồng", 6000000, "đồng"), Q("512 hội viên khó khăn", 512, "hội viên khó khăn"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("640 con giống", 640, "con giống"), Q("9 tấn", 9, "tấn"), Q("0,52%", 0.52, "%"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("15 gia đình hội viên", 15, "gia đình hội viên"), Q("30 hội viên", 30, "hội viên"), Q("4 hộ đồng bào Khmer", 4, "hộ đồng bào Khmer"),
 Q("9 cá nhân", 9, "cá nhân"),
 Q("5 tham luận", 5, "tham luận"), Q("140 triệu đồng", 140000000, "đồng"), Q("28 lượt hội viên", 28, "lượt hội viên")],
[D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Quyết định", "22", "QĐ-CCB", None, "Thường trực Hội Cựu chiến binh tỉnh", "Quyết định số 22/QĐ-CCB")],
[prov("Tây Ninh"), com("Long Thành Bắc"), com("Tân Đông"), com("Tân Phú")],
["TRANG THÔNG TIN ĐIỆN TỬ HỘI CỰU CHIẾN BINH TỈNH TÂY NINH", "You are here: Trang chủ › Tin tức › Phong trào thi đua",
 "Đồng chí Trần Văn Bé Năm trao Giấy khen cho các cựu chiến binh. Ảnh: Lê Vũ", "Công ty TNHH Chín Thành", "VietGAP", "Lượt xem: 512"],
["2019-12-19 16:40", "năm 2019", "giai đoạn 2019 - 2022", "Lượt xem: 512"]))

PAGES.append(page("b8104-hatinh-dacam-soket-2020", """
BÁO HÀ TĨNH
Chính trị › Mặt trận - Đoàn thể
10 tháng 7, 2020 | 09:15
Hội Nạn nhân chất độc da cam/dioxin Hà Tĩnh vận động trên 3 tỷ đồng trong 6 tháng
(Baohatinh.vn) - Chiều 9/7, Hội Nạn nhân chất độc da cam/dioxin (NNCĐDC) tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Đồng chí Phan Đình Lãm, Chủ tịch Hội NNCĐDC tỉnh chủ trì hội nghị; dự có đồng chí Võ Thị Hải Yến, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Phan Đình Lãm phát biểu kết luận hội nghị. Ảnh: Thu Phương
Sáu tháng đầu năm, dù chịu tác động của dịch Covid-19, các cấp Hội đã vận động được trên 3 tỷ đồng, đạt 62% kế hoạch năm. Hội đã thăm, tặng 3.460 suất quà Tết cho nạn nhân; trong đợt giãn cách xã hội, Hội phối hợp với Hội Cựu chiến binh tỉnh trao 1.200 suất quà gồm gạo, khẩu trang, nước sát khuẩn, trị giá 420 triệu đồng cho các gia đình nạn nhân khó khăn.
Công tác chăm sóc nạn nhân tiếp tục được quan tâm: khởi công 14 nhà tình nghĩa, trong đó có 6 nhà do hội viên cựu chiến binh góp công, góp tiền; hỗ trợ 52 con bò, 1.800 con gà giống cho 97 hộ nạn nhân phát triển sinh kế; tổ chức khám bệnh, cấp thuốc miễn phí cho khoảng 650 lượt nạn nhân. Hội đã đề nghị cơ quan chức năng xem xét hồ sơ hưởng chế độ cho 23 trường hợp theo Thông tư liên tịch số 20/2016/TTLT-BYT-BLĐTBXH và Quyết định số 06, 07/QĐ-HNNCĐDC của Ban Thường vụ Hội tỉnh về tiêu chí nạn nhân đặc biệt khó khăn.
Hiện toàn tỉnh có 17.420 người bị nhiễm chất độc da cam, trong đó 9.876 người đang hưởng trợ cấp; 13/13 huyện, thành phố, thị xã và 196 xã, phường, thị trấn đã thành lập Hội, với trên 21.000 hội viên.
Tại hội nghị, đại biểu các huyện Can Lộc, Hương Khê, Kỳ Anh chia sẻ kinh nghiệm vận động nguồn lực. Ông Trần Xuân Bình, Chủ tịch Hội NNCĐDC huyện Hương Khê, cho biết huyện đã hình thành 4 tổ hợp tác nuôi ong, trồng cam do nạn nhân và con em nạn nhân làm chủ, mỗi hộ có thu nhập 40 - 60 triệu đồng/năm. Bà Nguyễn Thị Mai Hoa, Phó Chủ tịch Thường trực Hội NNCĐDC thị xã Kỳ Anh, đề nghị tỉnh hỗ trợ kinh phí xây Trung tâm phục hồi chức năng cho khoảng 300 nạn nhân ở vùng ven biển.
Phát biểu kết luận, đồng chí Phan Đình Lãm yêu cầu 6 tháng cuối năm các cấp Hội tổ chức tốt các hoạt động kỷ niệm 59 năm thảm họa da cam, chuẩn bị đại hội các cấp nhiệm kỳ 2021 - 2026; thực hiện Kế hoạch số 195/KH-UBND của UBND tỉnh về khắc phục hậu quả chất độc hóa học và phấn đấu vận động thêm ít nhất 2 tỷ đồng.
Thu Phương
Tin cùng chuyên mục
- Cựu chiến binh Đức Thọ giúp nhau phát triển kinh tế (05/07/2020)
- Trao 30 suất quà cho nạn nhân da cam Thạch Hà (25/06/2020)
- Hội Cựu chiến binh tỉnh hỗ trợ người dân vùng cách ly (10/04/2020)
""", "2020-07-10", "Hội Nạn nhân chất độc da cam/dioxin Hà Tĩnh vận động trên 3 tỷ đồng trong 6 tháng",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Phan Đình Lãm", "Chủ tịch Hội NNCĐDC tỉnh"),
 P("Võ Thị Hải Yến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Xuân Bình", "Chủ tịch Hội NNCĐDC huyện Hương Khê"),
 P("Nguyễn Thị Mai Hoa", "Phó Chủ tịch Thường trực Hội NNCĐDC thị xã Kỳ Anh")],
[Q("trên 3 tỷ đồng", 3000000000, "đồng", "over"), Q("62%", 62, "%"), Q("3.460 suất quà", 3460, "suất quà"), Q("1.200 suất quà", 1200, "suất quà"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("14 nhà tình nghĩa", 14, "nhà tình nghĩa"), Q("6 nhà", 6, "nhà"), Q("52 con bò", 52, "con bò"),
 Q("1.800 con gà giống", 1800, "con gà giống"), Q("97 hộ nạn nhân", 97, "hộ nạn nhân"), Q("khoảng 650 lượt nạn nhân", 650, "lượt nạn nhân", "approx"),
 Q("23 trường hợp", 23, "trường hợp"), Q("17.420 người", 17420, "người"), Q("9.876 người", 9876, "người"),
 Q("13/13 huyện, thành phố, thị xã", 13, "huyện, thành phố, thị xã"), Q("196 xã, phường, thị trấn", 196, "xã, phường, thị trấn"),
 Q("trên 21.000 hội viên", 21000, "hội viên", "over"), Q("4 tổ hợp tác", 4, "tổ hợp tác"), Q("40 - 60 triệu đồng", 40000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("khoảng 300 nạn nhân", 300, "nạn nhân", "approx"), Q("ít nhất 2 tỷ đồng", 2000000000, "đồng", "over")],
[D("Thông tư liên tịch", "20", "2016/TTLT-BYT-BLĐTBXH", None, None, "Thông tư liên tịch số 20/2016/TTLT-BYT-BLĐTBXH"),
 D("Quyết định", "06", "QĐ-HNNCĐDC", None, "Ban Thường vụ Hội tỉnh", "Quyết định số 06, 07/QĐ-HNNCĐDC"),
 D("Quyết định", "07", "QĐ-HNNCĐDC", None, "Ban Thường vụ Hội tỉnh", "Quyết định số 06, 07/QĐ-HNNCĐDC"),
 D("Kế hoạch", "195", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 195/KH-UBND")],
[prov("Hà Tĩnh")],
["BÁO HÀ TĨNH", "Chính trị › Mặt trận - Đoàn thể", "(Baohatinh.vn)", "Đồng chí Phan Đình Lãm phát biểu kết luận hội nghị. Ảnh: Thu Phương",
 "Covid-19", "Trung tâm phục hồi chức năng"],
["10 tháng 7, 2020 | 09:15", "6 tháng đầu năm", "6 tháng cuối năm 2020", "Sáu tháng đầu năm", "59 năm", "nhiệm kỳ 2021 - 2026", "trong 6 tháng"]))
