from lib import *
PAGES = []

PAGES.append(page("b1499-daklak-easup-doithoai-2017", """
ĐẮK LẮK ONLINE - Báo Đắk Lắk điện tử
Thời sự › Dân tộc - Tôn giáo
Thứ Tư, 14/06/2017, 17:05
Huyện ủy Ea Súp đối thoại với đồng bào di cư tự do
Ngày 13/6, tại hội trường UBND xã Ia Lốp, Ban Thường vụ Huyện ủy Ea Súp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017, tập trung vào những vấn đề của đồng bào dân tộc thiểu số di cư tự do từ các tỉnh phía Bắc.
Quang cảnh buổi đối thoại tại xã Ia Lốp.
Chủ trì buổi đối thoại có đồng chí Y Thuyên Êban, Bí thư Huyện ủy Ea Súp; đồng chí Trần Quốc Khánh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Tham dự có đồng chí H'Liên Niê, Phó Trưởng Ban Dân vận Tỉnh ủy cùng hơn 200 người dân các xã Ia Lốp, Ia Rvê, Cư M'Lan.
Theo báo cáo của UBND huyện, từ năm 2005 đến nay trên địa bàn huyện có 3.760 hộ với 17.920 khẩu di cư tự do đến, chủ yếu là đồng bào Mông, Dao, Tày, Nùng. Huyện đã bố trí ổn định cho 2.140 hộ vào 6 điểm dân cư tập trung; số còn lại sống rải rác trong các tiểu khu rừng của công ty lâm nghiệp, chưa có hộ khẩu, thiếu đất sản xuất.
Tại buổi đối thoại, 14 ý kiến của người dân tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất, điện lưới, trường học và nhập hộ khẩu. Ông Vàng Seo Pao, người có uy tín thôn 9, xã Ia Lốp, cho biết: "Bà con đến đây đã hơn 10 năm nhưng con cháu đi học vẫn phải đi 12 km, mùa mưa đường không đi được". Bà Lý Thị Mây, người dân thôn 11, đề nghị huyện sớm kéo điện lưới quốc gia vào thôn.
Trả lời các ý kiến, đồng chí Trần Quốc Khánh cho biết, thực hiện Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ phê duyệt chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi, năm 2017 huyện được phân bổ 8,5 tỷ đồng để hỗ trợ đất ở, đất sản xuất và nước sinh hoạt. Huyện sẽ phối hợp với Công ty TNHH MTV Lâm nghiệp Ea Súp rà soát, bàn giao khoảng 1.200 ha đất về địa phương quản lý; đồng thời lập hồ sơ để đăng ký thường trú cho 560 hộ trong năm.
Kết luận buổi đối thoại, đồng chí Y Thuyên Êban yêu cầu các cơ quan chuyên môn tiếp thu đầy đủ ý kiến của người dân, công khai kết quả giải quyết; thực hiện nghiêm Kế hoạch số 27-KH/HU ngày 06/3/2017 của Ban Thường vụ Huyện ủy về tổ chức đối thoại trực tiếp giữa người đứng đầu với nhân dân. Bí thư Huyện ủy cũng đề nghị bà con không nghe lời kẻ xấu, không phá rừng làm rẫy, tiếp tục đoàn kết với đồng bào Êđê, Gia Rai tại chỗ.
Đồng chí H'Liên Niê đánh giá cao cách làm của Huyện ủy Ea Súp và đề nghị duy trì việc đối thoại định kỳ ở các xã có đông đồng bào di cư tự do, coi đây là việc làm cụ thể thực hiện Quy chế dân chủ ở cơ sở.
Sau đối thoại, Ban Dân vận Huyện ủy sẽ tổng hợp, theo dõi việc giải quyết từng kiến nghị và thông báo kết quả đến các thôn.
Hoàng Thu
Tin khác
- Buôn Đôn: gặp mặt người có uy tín trong đồng bào DTTS (08/06/2017)
- Ea H'leo tập huấn công tác dân vận cho cán bộ cơ sở (01/06/2017)
- Krông Bông: vận động 40 hộ bỏ đạo lạ (25/05/2017)
- Cư M'gar: ra mắt mô hình "Buôn văn hóa kiểu mẫu" (18/05/2017)
""", "2017-06-14", "Huyện ủy Ea Súp đối thoại với đồng bào di cư tự do",
E("doi_thoai", "2017", "2017-06-13"),
[P("Y Thuyên Êban", "Bí thư Huyện ủy Ea Súp", "Bí thư Huyện ủy"),
 P("Trần Quốc Khánh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("H'Liên Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Seo Pao", "người có uy tín thôn 9"),
 P("Lý Thị Mây")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("3.760 hộ", 3760, "hộ"), Q("17.920 khẩu", 17920, "khẩu"),
 Q("2.140 hộ", 2140, "hộ"), Q("6 điểm dân cư tập trung", 6, "điểm dân cư tập trung"), Q("14 ý kiến", 14, "ý kiến"),
 Q("12 km", 12, "km"), Q("8,5 tỷ đồng", 8500000000, "đồng"), Q("khoảng 1.200 ha", 1200, "ha", "approx"), Q("560 hộ", 560, "hộ")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Kế hoạch", "27", "KH/HU", "2017-03-06", "Ban Thường vụ Huyện ủy", "Kế hoạch số 27-KH/HU ngày 06/3/2017")],
[prov("Đắk Lắk"), com("Ia Lốp"), com("Ia Rvê"), com("Cư M'Lan")],
["ĐẮK LẮK ONLINE - Báo Đắk Lắk điện tử", "Thời sự › Dân tộc - Tôn giáo", "Quang cảnh buổi đối thoại tại xã Ia Lốp.",
 "Công ty TNHH MTV Lâm nghiệp Ea Súp", "Quy chế dân chủ ở cơ sở"],
["Thứ Tư, 14/06/2017, 17:05", "năm 2017", "hơn 10 năm", "từ năm 2005"]))

PAGES.append(page("b1500-sonla-nguoiuytin-taphuan-2018", """
Báo Sơn La điện tử
Xã hội / Dân tộc - Miền núi
25-05-2018 10:12
Bồi dưỡng kiến thức cho người có uy tín các xã biên giới
Từ ngày 22 đến 24/5, tại thị trấn Sông Mã, Ban Dân tộc tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn, bồi dưỡng kiến thức cho người có uy tín trong đồng bào dân tộc thiểu số năm 2018. Tham gia lớp có 150 học viên là người có uy tín ở các xã biên giới thuộc huyện Sông Mã, Sốp Cộp.
Các học viên tham gia thảo luận tại lớp tập huấn.
Phát biểu khai mạc, ông Lò Văn Thương, Phó Trưởng Ban Dân tộc tỉnh, nhấn mạnh: Sơn La hiện có 1.482 người có uy tín thuộc 12 dân tộc, trong đó nhiều người là trưởng bản, trưởng dòng họ, thầy cúng. Đây là lực lượng nòng cốt trong vận động đồng bào chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, giữ gìn an ninh vùng biên.
Trong 3 ngày, các học viên được nghe giới thiệu 5 chuyên đề: những nội dung cơ bản của Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số; kỹ năng hòa giải ở cơ sở; phòng, chống mua bán người, ma túy qua biên giới; nhận diện hoạt động truyền đạo trái pháp luật; công tác quản lý, bảo vệ đường biên, mốc quốc giới tuyến Việt Nam - Lào.
Bà Cầm Thị Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy, trực tiếp giới thiệu chuyên đề về vai trò của người có uy tín trong công tác dân vận. Bà cho biết năm 2017, người có uy tín toàn tỉnh đã tham gia hòa giải thành 326 vụ việc, vận động 87 cặp tảo hôn hủy việc kết hôn, cung cấp cho lực lượng chức năng 49 nguồn tin có giá trị về tội phạm ma túy.
Tại lớp tập huấn, nhiều học viên đã trao đổi kinh nghiệm thực tế. Ông Sồng A Lử, người có uy tín bản Huổi Một, xã Mường Lạn, chia sẻ cách vận động bà con người Mông không nghe theo số đối tượng tuyên truyền "Vương quốc Mông". Ông Lò Văn Inh, người dân tộc Xinh Mun ở xã Chiềng Khương, kể việc bản đã xây dựng hương ước bỏ tục thách cưới nặng nề.
Ông Quàng Văn Piên, Chủ tịch UBND huyện Sốp Cộp, cho biết huyện đang triển khai Kế hoạch số 112/KH-UBND ngày 10/4/2018 của UBND tỉnh về thực hiện chính sách đối với người có uy tín giai đoạn 2018-2022; mỗi người có uy tín được cấp Báo Sơn La, tạp chí Dân tộc và được thăm hỏi khi ốm đau.
Kết thúc lớp tập huấn, Ban tổ chức trao giấy chứng nhận cho các học viên; mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn và tiền đi lại theo quy định. Năm 2018, tỉnh dự kiến mở 6 lớp tương tự tại các huyện Mường La, Quỳnh Nhai, Thuận Châu, Mai Sơn, Yên Châu, Bắc Yên.
Lò Thanh
Lượt xem: 2.018
Tin liên quan
- Sốp Cộp: 100% bản có tổ hòa giải (18/05/2018)
- Gặp mặt người có uy tín huyện Mường La (11/05/2018)
- Ban Dân vận Tỉnh ủy sơ kết quý I (06/04/2018)
""", "2018-05-25", "Bồi dưỡng kiến thức cho người có uy tín các xã biên giới",
E("tap_huan", "2018", "2018-05-22"),
[P("Lò Văn Thương", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Cầm Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sồng A Lử", "người có uy tín bản Huổi Một"),
 P("Lò Văn Inh"),
 P("Quàng Văn Piên", "Chủ tịch UBND huyện Sốp Cộp")],
[Q("150 học viên", 150, "học viên"), Q("1.482 người có uy tín", 1482, "người có uy tín"), Q("12 dân tộc", 12, "dân tộc"),
 Q("5 chuyên đề", 5, "chuyên đề"), Q("326 vụ việc", 326, "vụ việc"), Q("87 cặp tảo hôn", 87, "cặp tảo hôn"),
 Q("49 nguồn tin", 49, "nguồn tin"), Q("150.000 đồng/ngày", 150000, "đồng"), Q("6 lớp", 6, "lớp")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Kế hoạch", "112", "KH-UBND", "2018-04-10", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 10/4/2018")],
[prov("Sơn La"), com("Sông Mã"), com("Mường Lạn"), com("Chiềng Khương")],
["Báo Sơn La điện tử", "Xã hội / Dân tộc - Miền núi", "Các học viên tham gia thảo luận tại lớp tập huấn.",
 "Vương quốc Mông", "Lượt xem: 2.018", "Báo Sơn La", "tạp chí Dân tộc"],
["25-05-2018 10:12", "Trong 3 ngày", "năm 2018", "năm 2017", "giai đoạn 2018-2022", "Lượt xem: 2.018"]))

PAGES.append(page("b1501-laocai-daihoi-dtts-2019", """
BÁO LÀO CAI
Trang chủ | Chính trị | Sự kiện
Thứ Sáu, 18/10/2019
Ảnh: Toàn cảnh phiên khai mạc Đại hội.
Đại hội đại biểu các dân tộc thiểu số tỉnh Lào Cai lần thứ III thành công tốt đẹp
Trong 2 ngày 16 và 17/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu các dân tộc thiểu số tỉnh Lào Cai lần thứ III năm 2019 đã diễn ra với chủ đề "Các dân tộc tỉnh Lào Cai đoàn kết, sáng tạo, hội nhập và phát triển". Dự Đại hội có 350 đại biểu chính thức đại diện cho 25 dân tộc trong tỉnh.
Về dự và chỉ đạo Đại hội có đồng chí Hoàng Văn Lộc, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc; đồng chí Vũ Xuân Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh. Đồng chí Sần Thị Mai, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Đại hội phát biểu khai mạc.
Báo cáo tại Đại hội cho biết, giai đoạn 2014-2019, đồng bào các dân tộc thiểu số chiếm 64,1% dân số toàn tỉnh; tỷ lệ hộ nghèo vùng đồng bào giảm bình quân 5,2%/năm. Tỉnh đã đầu tư xây dựng 93 khu tái định cư, bố trí ổn định cho 4.215 hộ vùng thiên tai, sạt lở; 100% xã có đường ô tô đến trung tâm. Toàn tỉnh có 1.732 người có uy tín, trong đó 214 người là cán bộ hưu trí.
Thực hiện Chỉ thị số 28/CT-TTg ngày 10/9/2018 của Thủ tướng Chính phủ về tổ chức Đại hội đại biểu các dân tộc thiểu số các cấp và Kế hoạch số 38/KH-UBND ngày 25/01/2019 của UBND tỉnh, trước đó Lào Cai đã tổ chức thành công đại hội cấp huyện tại 9 huyện, thành phố và điểm cấp xã tại xã Bản Vược, huyện Bát Xát.
Tại Đại hội, các đại biểu đã nghe 12 tham luận. Ông Vàng Seo Cổ, người có uy tín thôn Lùng Phình, xã Pha Long, chia sẻ kinh nghiệm giữ rừng đầu nguồn giáp biên; bà Tẩn Láo Lở, dân tộc Dao, xã Tả Phìn, kể về mô hình homestay giúp đồng bào thoát nghèo; ông Lù Văn Sinh, Bí thư Chi bộ kiêm Trưởng thôn Na Lốc 3, xã Bản Xen, nói về việc vận động người dân hiến đất làm đường.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Lộc đánh giá cao những kết quả đạt được, đề nghị tỉnh tiếp tục thực hiện tốt các chính sách dân tộc, chăm lo đội ngũ người có uy tín, cán bộ người dân tộc thiểu số. Bí thư Tỉnh ủy Vũ Xuân Thắng nhấn mạnh khối đại đoàn kết các dân tộc là nguồn lực quan trọng để Lào Cai phát triển nhanh, bền vững.
Đại hội đã bầu đoàn đại biểu gồm 15 đại biểu đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ II. Dịp này, Ủy ban Dân tộc tặng bằng khen cho 12 tập thể, 30 cá nhân; UBND tỉnh tặng bằng khen cho các đồng chí: Chảo Mẩy Phin, Lồ Thị Vân, Hầu A Dế - người có uy tín tiêu biểu huyện Bắc Hà.
Bế mạc Đại hội có các đồng chí Phó Chủ tịch UBND tỉnh: Hoàng Quốc Khánh, Giàng A Tông.
Thanh Bình
Tin liên quan
- Đại hội đại biểu các DTTS huyện Mường Khương (20/06/2019)
- Bát Xát tổ chức điểm đại hội cấp xã (12/04/2019)
- Gặp mặt già làng, trưởng bản tiêu biểu (05/02/2019)
""", "2019-10-18", "Đại hội đại biểu các dân tộc thiểu số tỉnh Lào Cai lần thứ III thành công tốt đẹp",
E("dai_hoi", "2019", "2019-10-16"),
[P("Hoàng Văn Lộc", "Thứ trưởng", "Phó Chủ nhiệm Ủy ban Dân tộc"),
 P("Vũ Xuân Thắng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Sần Thị Mai", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo Đại hội"),
 P("Vàng Seo Cổ", "người có uy tín thôn Lùng Phình"),
 P("Tẩn Láo Lở"),
 P("Lù Văn Sinh", "Bí thư Chi bộ kiêm Trưởng thôn Na Lốc 3"),
 P("Chảo Mẩy Phin", "người có uy tín tiêu biểu huyện Bắc Hà"),
 P("Lồ Thị Vân", "người có uy tín tiêu biểu huyện Bắc Hà"),
 P("Hầu A Dế", "người có uy tín tiêu biểu huyện Bắc Hà"),
 P("Hoàng Quốc Khánh", "Phó Chủ tịch UBND tỉnh"),
 P("Giàng A Tông", "Phó Chủ tịch UBND tỉnh")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("25 dân tộc", 25, "dân tộc"), Q("64,1%", 64.1, "%"),
 Q("5,2%/năm", 5.2, "%"), Q("93 khu tái định cư", 93, "khu tái định cư"), Q("4.215 hộ", 4215, "hộ"), Q("100% xã", 100, "%"),
 Q("1.732 người có uy tín", 1732, "người có uy tín"), Q("214 người", 214, "người"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("12 tham luận", 12, "tham luận"), Q("15 đại biểu", 15, "đại biểu"), Q("12 tập thể", 12, "tập thể"), Q("30 cá nhân", 30, "cá nhân")],
[D("Chỉ thị", "28", "CT-TTg", "2018-09-10", "Thủ tướng Chính phủ", "Chỉ thị số 28/CT-TTg ngày 10/9/2018"),
 D("Kế hoạch", "38", "KH-UBND", "2019-01-25", "UBND tỉnh", "Kế hoạch số 38/KH-UBND ngày 25/01/2019")],
[prov("Lào Cai"), com("Bản Vược"), com("Pha Long"), com("Tả Phìn"), com("Bản Xen")],
["BÁO LÀO CAI", "Trang chủ | Chính trị | Sự kiện", "Ảnh: Toàn cảnh phiên khai mạc Đại hội.",
 "Các dân tộc tỉnh Lào Cai đoàn kết, sáng tạo, hội nhập và phát triển", "Trung tâm Hội nghị tỉnh"],
["Thứ Sáu, 18/10/2019", "Trong 2 ngày", "lần thứ III", "lần thứ II", "giai đoạn 2014-2019", "năm 2019"]))

PAGES.append(page("b1502-daknong-gialang-chandung-2019", """
BÁO ĐẮK NÔNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Nông
Xã hội > Gương sáng
Ngày đăng 09/08/2019 | 07:30
Già làng Y Bhin ở bon Bu Prăng 2 giờ đã ngoài 70 tuổi.
Già làng Y Bhin - "cột mốc sống" nơi biên giới Quảng Trực
Ở bon Bu Prăng 2, xã Quảng Trực, huyện Tuy Đức, nhắc đến già làng Y Bhin, từ cán bộ biên phòng đến bà con người Mnông ai cũng quý mến. Hơn 30 năm làm trưởng bon, rồi già làng, ông luôn đi đầu trong mọi phong trào, được dân bon tin tưởng bầu làm người có uy tín.
Nhà già Y Bhin nằm cách cột mốc biên giới khoảng 3 km. Năm 2017, khi tỉnh triển khai dự án bố trí dân cư biên giới, già làng là người đầu tiên hiến 2.000 m2 đất rẫy để làm đường nội bon và xây nhà sinh hoạt cộng đồng. Thấy già làm trước, 21 hộ trong bon cũng góp đất, góp công, chỉ sau 4 tháng con đường dài 1,8 km đã hoàn thành.
Không chỉ vận động bà con làm đường, già Y Bhin còn tham gia tổ tự quản đường biên, mốc quốc giới do Đồn Biên phòng Cửa khẩu Bu Prăng thành lập. Mỗi tháng, già cùng các thành viên trong tổ đi tuần tra 2 lần, phát hiện người lạ qua lại là báo ngay cho bộ đội. Trung tá Điểu Công Minh, Đồn trưởng Đồn Biên phòng Cửa khẩu Bu Prăng, nói: "Bon nào có già làng như Y Bhin thì bộ đội rất yên tâm. Nhiều vụ xuất nhập cảnh trái phép được phát hiện từ tin báo của già".
Trong gia đình, già làng cũng là tấm gương làm kinh tế. Cùng vợ là bà Thị Srây, già chăm sóc 5 ha cà phê, hồ tiêu, mỗi năm thu nhập khoảng 300 triệu đồng. Con cháu của già đều được học hành tử tế, có người đã trở thành giáo viên, cán bộ xã. Già còn hướng dẫn cho 14 hộ nghèo trong bon cách ủ phân, chăm sóc cây trồng, nhờ đó nhiều hộ đã thoát nghèo.
Ông Lê Văn Hùng, Chủ tịch UBND xã Quảng Trực, cho biết: xã có 7 bon, 45% dân số là người dân tộc thiểu số, chủ yếu là đồng bào Mnông, M'Nông Prâng. Những năm qua, nhờ vai trò của các già làng, người có uy tín như Y Bhin mà tình hình an ninh trật tự ở khu vực biên giới luôn ổn định, không có điểm nóng, không có người vượt biên trái phép.
Ghi nhận những đóng góp của già làng, năm 2018, Y Bhin được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc", được mời dự Hội nghị biểu dương người có uy tín toàn quốc.
Khi được hỏi về mong muốn, già làng chỉ cười hiền: "Già muốn con cháu trong bon không ai còn đói, không ai nghe kẻ xấu. Đất của cha ông để lại, mình phải giữ cho bằng được".
Chia tay chúng tôi, già lại khoác gùi lên rẫy. Trên con đường đất đỏ mới mở, tiếng nói cười của trẻ nhỏ đi học về vang cả một góc bon.
Bài, ảnh: Thanh Hoa
Tin liên quan
- Tuy Đức: biểu dương 50 người có uy tín tiêu biểu (02/08/2019)
- Đắk Song vận động đồng bào bỏ tục phát rẫy (26/07/2019)
- Bộ đội biên phòng giúp dân thu hoạch cà phê (19/07/2019)
""", "2019-08-09", "Già làng Y Bhin - \"cột mốc sống\" nơi biên giới Quảng Trực",
E("khac", None, None),
[P("Y Bhin", "Già làng", "người có uy tín"),
 P("Điểu Công Minh", "Trung tá", "Đồn trưởng Đồn Biên phòng Cửa khẩu Bu Prăng"),
 P("Thị Srây"),
 P("Lê Văn Hùng", "Chủ tịch UBND xã Quảng Trực")],
[Q("khoảng 3 km", 3, "km", "approx"), Q("2.000 m2", 2000, "m2"), Q("21 hộ", 21, "hộ"), Q("1,8 km", 1.8, "km"),
 Q("5 ha", 5, "ha"), Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("14 hộ nghèo", 14, "hộ nghèo"),
 Q("7 bon", 7, "bon"), Q("45%", 45, "%")],
[],
[prov("Đắk Nông"), com("Quảng Trực")],
["BÁO ĐẮK NÔNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Nông", "Xã hội > Gương sáng",
 "Già làng Y Bhin ở bon Bu Prăng 2 giờ đã ngoài 70 tuổi.", "cột mốc sống", "Toàn dân bảo vệ an ninh Tổ quốc",
 "Hội nghị biểu dương người có uy tín toàn quốc"],
["Ngày đăng 09/08/2019 | 07:30", "ngoài 70 tuổi", "Hơn 30 năm", "sau 4 tháng", "2 lần", "Năm 2017", "năm 2018"]))

PAGES.append(page("b1503-langson-bdv-giaoban-2020", """
Ban Dân vận Tỉnh ủy Lạng Sơn
Trang chủ - Tin hoạt động - Hoạt động của Ban
10/04/2020 - 16:45
Khối dân vận chung tay cùng đồng bào vùng biên phòng, chống dịch
Chiều 9/4, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban trực tuyến khối dân vận quý I năm 2020 với 11 điểm cầu huyện, thành phố. Đồng chí Hoàng Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì tại điểm cầu tỉnh.
Đồng chí Hoàng Thị Lan phát biểu chỉ đạo tại điểm cầu tỉnh.
Quý I, tình hình dịch Covid-19 diễn biến phức tạp, nhiều xe hàng nông sản ùn ứ tại các cửa khẩu. Khối dân vận các cấp đã tham mưu cấp ủy tuyên truyền, vận động nhân dân thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19; vận động đồng bào các xã biên giới không qua lại đường mòn, lối mở. Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 05-HD/BDVTU về phát huy vai trò của tổ dân vận thôn trong phòng, chống dịch.
Toàn tỉnh có 2.364 lượt người có uy tín, trưởng thôn tham gia các tổ chốt chặn cùng bộ đội biên phòng; Mặt trận và các đoàn thể đã vận động được hơn 3,6 tỷ đồng, 45 tấn gạo và nhiều nhu yếu phẩm ủng hộ công tác phòng, chống dịch. Đoàn Thanh niên tổ chức 126 đội hình tình nguyện tiêu thụ nông sản giúp nông dân.
Tại điểm cầu huyện Văn Lãng, đồng chí Nông Văn Thuận, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết huyện đã vận động 100% hộ dân ở 3 xã Tân Thanh, Thanh Long, Thụy Hùng ký cam kết không xuất, nhập cảnh trái phép. Đại diện huyện Cao Lộc, bà Lộc Thị Hà, Phó Trưởng Ban Dân vận Huyện ủy Cao Lộc, kiến nghị có chế độ hỗ trợ cho lực lượng tham gia tổ chốt ở các thôn giáp biên.
Trung tá Vi Văn Toản, Phó Chính ủy Bộ đội Biên phòng tỉnh, thông tin: từ đầu năm, các đồn biên phòng đã phối hợp với cấp ủy xã thành lập 294 tổ, chốt với 1.470 người tham gia, trong đó có 612 người dân địa phương.
Kết luận hội nghị, đồng chí Hoàng Thị Lan đánh giá cao sự chủ động của khối dân vận; yêu cầu quý II tiếp tục bám sát cơ sở, nắm chắc tâm tư của đồng bào vùng biên; triển khai thực hiện Kết luận số 67-KL/TU ngày 18/3/2020 của Ban Thường vụ Tỉnh ủy về công tác dân vận ở khu vực biên giới; chuẩn bị tốt các điều kiện cho đại hội đảng bộ các cấp, nhiệm kỳ 2020-2025.
Hội nghị cũng đã thông qua Chương trình phối hợp công tác quý II giữa Ban Dân vận Tỉnh ủy với Đảng ủy Bộ đội Biên phòng tỉnh.
Minh Châu
Lượt xem: 519
Tin khác
- Đình Lập: gặp mặt người có uy tín trước thềm năm mới (15/01/2020)
- Hội nghị tổng kết công tác dân vận năm 2019 (27/12/2019)
- Bình Gia ra mắt 4 mô hình "Dân vận khéo" (10/12/2019)
""", "2020-04-10", "Khối dân vận chung tay cùng đồng bào vùng biên phòng, chống dịch",
E("giao_ban", "2020-Q1", "2020-04-09"),
[P("Hoàng Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Văn Thuận", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lộc Thị Hà", "Phó Trưởng Ban Dân vận Huyện ủy Cao Lộc"),
 P("Vi Văn Toản", "Trung tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"),
 Q("2.364 lượt người có uy tín, trưởng thôn", 2364, "lượt người có uy tín, trưởng thôn"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("45 tấn", 45, "tấn"), Q("126 đội hình tình nguyện", 126, "đội hình tình nguyện"),
 Q("100% hộ dân", 100, "%"), Q("3 xã", 3, "xã"), Q("294 tổ, chốt", 294, "tổ, chốt"), Q("1.470 người", 1470, "người"),
 Q("612 người dân địa phương", 612, "người dân địa phương")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU"),
 D("Kết luận", "67", "KL/TU", "2020-03-18", "Ban Thường vụ Tỉnh ủy", "Kết luận số 67-KL/TU ngày 18/3/2020")],
[prov("Lạng Sơn"), com("Tân Thanh"), com("Thanh Long"), com("Thụy Hùng")],
["Ban Dân vận Tỉnh ủy Lạng Sơn", "Trang chủ - Tin hoạt động - Hoạt động của Ban", "Đồng chí Hoàng Thị Lan phát biểu chỉ đạo tại điểm cầu tỉnh.",
 "Lượt xem: 519", "Đoàn Thanh niên"],
["10/04/2020 - 16:45", "quý I năm 2020", "quý II", "nhiệm kỳ 2020-2025", "Covid-19", "Lượt xem: 519"]))

PAGES.append(page("b1504-lamdong-nguoiuytin-baocao-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ :: Tin tức - Sự kiện :: Dân tộc - Tôn giáo
Thứ Sáu, 04/12/2020 09:10
Lâm Đồng: Báo cáo kết quả thực hiện chính sách đối với người có uy tín năm 2020
UBND tỉnh vừa ban hành Báo cáo số 215/BC-UBND ngày 30/11/2020 về kết quả thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số năm 2020 gửi Ủy ban Dân tộc.
Người có uy tín huyện Lạc Dương dự hội nghị phổ biến chính sách. Ảnh: PV
Theo báo cáo, năm 2020 toàn tỉnh có 345 người có uy tín được công nhận theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ, trong đó 291 người là người đồng bào K'Ho, Mạ, Chu Ru, Mnông và 54 người là người dân tộc thiểu số từ các tỉnh phía Bắc di cư vào như Tày, Nùng, Dao. Danh sách người có uy tín được UBND tỉnh phê duyệt tại Quyết định số 2318/QĐ-UBND ngày 25/10/2019.
Kinh phí thực hiện chính sách trong năm là 1,64 tỷ đồng, đạt 98,5% dự toán. Các địa phương đã tổ chức thăm hỏi, tặng quà cho 345 người có uy tín nhân dịp Tết Nguyên đán và Tết cổ truyền các dân tộc với mức 500.000 đồng/người; thăm hỏi 27 người ốm đau và 9 gia đình có người có uy tín qua đời; cấp 6 loại báo, tạp chí cho người có uy tín.
Do ảnh hưởng của dịch Covid-19, hội nghị biểu dương người có uy tín cấp tỉnh được lùi sang năm 2021; các huyện Đam Rông, Lạc Dương, Di Linh đã tổ chức 5 lớp bồi dưỡng với 312 lượt người tham dự.
Báo cáo đánh giá, người có uy tín đã tích cực tham gia tuyên truyền, vận động đồng bào chấp hành chủ trương, chính sách; tham gia hòa giải thành 142 vụ việc; vận động 96 hộ trả lại 58,3 ha đất rừng lấn chiếm; cung cấp 37 nguồn tin giúp lực lượng chức năng xử lý vụ việc phá rừng. Ông K'Brừm, người có uy tín thôn Đưng K'Si, xã Đạ Tông, đã vận động được 11 hộ chuyển đổi từ trồng bắp sang trồng cà phê, tăng thu nhập.
Tuy nhiên, báo cáo cũng chỉ ra một số khó khăn: mức hỗ trợ còn thấp; một số người có uy tín trình độ hạn chế, khó tiếp cận thông tin; việc phối hợp giữa Ban Dân tộc với các ngành trong cung cấp thông tin cho người có uy tín ở một số huyện chưa chặt chẽ.
Trên cơ sở đó, UBND tỉnh kiến nghị Ủy ban Dân tộc xem xét nâng mức chi thăm hỏi, tặng quà; tăng cường tập huấn cho người có uy tín ở vùng giáp ranh. Bà Ka Thị Lâm, Trưởng Ban Dân tộc tỉnh, cho biết năm 2021 Ban sẽ tham mưu UBND tỉnh rà soát, bổ sung người có uy tín theo Kế hoạch số 7850/KH-UBND ngày 16/11/2020 của UBND tỉnh.
PV
Tin liên quan
- Di Linh: gặp mặt người có uy tín năm 2020 (20/11/2020)
- Đam Rông tập huấn kiến thức cho người có uy tín (13/11/2020)
- Lạc Dương tổ chức đối thoại với đồng bào K'Ho (06/11/2020)
""", "2020-12-04", "Lâm Đồng: Báo cáo kết quả thực hiện chính sách đối với người có uy tín năm 2020",
E("bao_cao", "2020", "2020-11-30"),
[P("K'Brừm", "người có uy tín thôn Đưng K'Si"),
 P("Ka Thị Lâm", "Trưởng Ban Dân tộc tỉnh")],
[Q("345 người có uy tín", 345, "người có uy tín"), Q("291 người", 291, "người"), Q("54 người", 54, "người"),
 Q("1,64 tỷ đồng", 1640000000, "đồng"), Q("98,5%", 98.5, "%"), Q("500.000 đồng/người", 500000, "đồng"),
 Q("27 người", 27, "người"), Q("9 gia đình", 9, "gia đình"), Q("6 loại báo, tạp chí", 6, "loại báo, tạp chí"),
 Q("5 lớp bồi dưỡng", 5, "lớp bồi dưỡng"), Q("312 lượt người", 312, "lượt người"), Q("142 vụ việc", 142, "vụ việc"),
 Q("96 hộ", 96, "hộ"), Q("58,3 ha", 58.3, "ha"), Q("37 nguồn tin", 37, "nguồn tin"), Q("11 hộ", 11, "hộ")],
[D("Báo cáo", "215", "BC-UBND", "2020-11-30", "UBND tỉnh", "Báo cáo số 215/BC-UBND ngày 30/11/2020"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Quyết định", "2318", "QĐ-UBND", "2019-10-25", "UBND tỉnh", "Quyết định số 2318/QĐ-UBND ngày 25/10/2019"),
 D("Kế hoạch", "7850", "KH-UBND", "2020-11-16", "UBND tỉnh", "Kế hoạch số 7850/KH-UBND ngày 16/11/2020")],
[prov("Lâm Đồng"), com("Đạ Tông")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG", "Trang chủ :: Tin tức - Sự kiện :: Dân tộc - Tôn giáo",
 "Người có uy tín huyện Lạc Dương dự hội nghị phổ biến chính sách. Ảnh: PV", "Ủy ban Dân tộc", "Ban Dân tộc"],
["Thứ Sáu, 04/12/2020 09:10", "năm 2020", "năm 2021", "Covid-19"]))
