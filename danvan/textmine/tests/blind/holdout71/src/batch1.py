from lib import *
PAGES = []

PAGES.append(page("b1661-soctrang-bdv-tongket-khmer-2011", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ » Hoạt động » Công tác dân tộc - tôn giáo
Cập nhật: 16:40, 28/12/2011
Ảnh: Quang cảnh hội nghị tổng kết.
Sóc Trăng: Vận động đồng bào Khmer, Hoa chung sức xây dựng nông thôn mới
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết công tác dân vận vùng đồng bào dân tộc, tôn giáo năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Thạch Thị Sô Phi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân tộc tỉnh: Lý Sà Rinh, Tăng Văn Hưng; đại diện Hội Đoàn kết sư sãi yêu nước tỉnh cùng 86 đồng chí là cán bộ dân vận các huyện, thị xã, thành phố.
Báo cáo do đồng chí Trần Quốc Đạt, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ, năm 2011 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 15, 16-CT/TU về tăng cường công tác vận động đồng bào Khmer và về công tác đối với người Hoa trong tình hình mới; phối hợp hướng dẫn các địa phương tiếp tục thực hiện Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer. Việc triển khai Quyết định số 1592/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ đất sản xuất, đất ở và nước sinh hoạt được các cấp ủy quan tâm chỉ đạo.
Toàn tỉnh hiện có 92 chùa Phật giáo Nam tông Khmer với trên 3.100 vị sư sãi. Trong năm, đồng bào Khmer đã hiến trên 12.600 m2 đất làm đường giao thông nông thôn, đóng góp gần 4,2 tỷ đồng cùng Nhà nước xây dựng cầu, đường; các chùa mở 35 lớp dạy chữ Khmer hè với 1.460 học sinh theo học. Quỹ "Vì người nghèo" các cấp hỗ trợ xây mới 1.250 căn nhà đại đoàn kết cho hộ nghèo. Các cơ quan dân vận tiếp nhận 41 đơn thư, đã phối hợp giải quyết dứt điểm 38 đơn.
Tại hội nghị, Hòa thượng Thạch Suông, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh cho biết, sư sãi các chùa luôn đồng hành cùng chính quyền tuyên truyền đồng bào không nghe theo kẻ xấu xuyên tạc. Đồng chí Lý Thị Sa Ri, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề nêu kinh nghiệm vận động bà con xã Viên An chuyển đổi cây trồng; Ban Dân vận Thị ủy Vĩnh Châu giới thiệu cách làm ở xã Lai Hòa, nơi có đông đồng bào Hoa sinh sống.
Kết luận hội nghị, đồng chí Thạch Thị Sô Phi đề nghị năm 2012 các cấp tiếp tục làm tốt công tác nắm tình hình, chăm lo người có uy tín, phát huy vai trò các chùa trong giữ gìn văn hóa và phát triển kinh tế; kịp thời tham mưu giải quyết những vấn đề bức xúc ngay từ cơ sở, không để phát sinh điểm nóng.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể và 22 cá nhân có thành tích xuất sắc.
Minh Khải
Lượt xem: 1.204
Tin liên quan
- Mỹ Xuyên: họp mặt sư sãi nhân lễ Sene Dolta (29/09/2011)
- Ngã Năm ra mắt tổ hòa giải ấp điểm (15/09/2011)
- Đoàn công tác Ban Dân vận Trung ương thăm chùa Kh'Leang (02/08/2011)
- Kế Sách: vận động nhân dân hiến đất làm đường (20/07/2011)
""", "2011-12-28", "Sóc Trăng: Vận động đồng bào Khmer, Hoa chung sức xây dựng nông thôn mới",
E("tong_ket", "2011", "2011-12-27"),
[P("Thạch Thị Sô Phi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Sà Rinh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Tăng Văn Hưng", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Trần Quốc Đạt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Suông", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Lý Thị Sa Ri", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề")],
[Q("86 đồng chí", 86, "đồng chí"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("trên 3.100 vị sư sãi", 3100, "vị sư sãi", "over"), Q("trên 12.600 m2", 12600, "m2", "over"),
 Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("35 lớp dạy chữ Khmer hè", 35, "lớp dạy chữ Khmer hè"),
 Q("1.460 học sinh", 1460, "học sinh"), Q("1.250 căn nhà đại đoàn kết", 1250, "căn nhà đại đoàn kết"),
 Q("41 đơn thư", 41, "đơn thư"), Q("38 đơn", 38, "đơn"), Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/1991"),
 D("Quyết định", "1592", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1592/QĐ-TTg")],
[prov("Sóc Trăng"), com("Viên An"), com("Lai Hòa")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ » Hoạt động » Công tác dân tộc - tôn giáo", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Vì người nghèo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 1.204"],
["Cập nhật: 16:40, 28/12/2011", "86 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b1662-angiang-bdv-giaoban-hoahao-2012", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy An Giang
Bạn đang ở: Trang chủ > Tin tức > Dân tộc - Tôn giáo
08:30 | 12/10/2012
Giữ vững ổn định trong vùng đồng bào Phật giáo Hòa Hảo
(BDV) - Chiều 10/10, tại Hội trường Tỉnh ủy, Ban Dân vận Tỉnh ủy chủ trì cuộc họp giao ban khối dân vận quý III năm 2012, đánh giá tình hình tôn giáo và triển khai nhiệm vụ quý IV. Chủ trì có đồng chí Nguyễn Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Văn Nưng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Nguyễn Thị Thanh Hương phát biểu chỉ đạo giao ban.
Theo báo cáo, tình hình các tôn giáo trên địa bàn tỉnh trong quý cơ bản ổn định. Ban Trị sự Trung ương Phật giáo Hòa Hảo tổ chức trang nghiêm Đại lễ kỷ niệm 73 năm ngày khai sáng đạo với khoảng 500.000 lượt tín đồ về dự tại thị trấn Phú Mỹ, huyện Phú Tân. Các cấp ủy, chính quyền đã vận động tín đồ đóng góp hơn 18,5 tỷ đồng làm từ thiện xã hội, xây 46 cây cầu giao thông nông thôn và 312 căn nhà tình thương.
Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị số 21-CT/TU về công tác đối với Phật giáo Hòa Hảo; Ban Dân vận Tỉnh ủy ban hành kế hoạch số 37-KH/BDVTU ngày 20/7/2012 về kiểm tra công tác dân vận ở vùng đồng bào Chăm huyện An Phú và vùng đồng bào Khmer hai huyện Tri Tôn, Tịnh Biên. Đến nay, 96,4% hộ đồng bào tôn giáo được tuyên truyền Nghị định số 92/2012/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh tín ngưỡng, tôn giáo.
Tuy nhiên, tình trạng một số người tự xưng "Phật giáo Hòa Hảo thuần túy" lôi kéo tín đồ tụ tập trái phép vẫn còn xảy ra ở xã Long Giang và xã Hòa Lạc, gây bức xúc trong nhân dân.
Phát biểu chỉ đạo, đồng chí Trưởng Ban Dân vận Tỉnh ủy yêu cầu quý IV khối dân vận nắm chắc tư tưởng tín đồ, phối hợp với Ban Trị sự các cấp vận động bà con chấp hành pháp luật; chuẩn bị tốt các điều kiện tổ chức thăm, chúc mừng chức sắc, chức việc nhân dịp cuối năm. Đồng chí Trần Văn Lực, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy được giao theo dõi, tổng hợp báo cáo định kỳ.
Các đại biểu cũng thảo luận về việc củng cố tổ dân vận ở những ấp có đông tín đồ; đề nghị tăng cường phối hợp giữa Mặt trận, đoàn thể với Ban Trị sự Phật giáo Hòa Hảo cấp xã trong vận động tín đồ tham gia xây dựng đời sống văn hóa ở khu dân cư, giữ gìn an ninh trật tự, nhất là vào các dịp lễ lớn của đạo. Nhiều ý kiến cho rằng việc thông tin, định hướng dư luận trên mạng xã hội cần được chú trọng hơn.
Phú Quốc
Lượt xem: 652
Tin khác
- Chợ Mới: họp mặt chức sắc, chức việc các tôn giáo (28/09/2012)
- Tri Tôn ra mắt 5 tổ dân vận ở phum sóc (14/09/2012)
- An Phú thăm hỏi đồng bào Chăm dịp tháng Ramadan (06/08/2012)
- Kiểm tra công tác dân vận chính quyền tại Châu Đốc (19/07/2012)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (05/07/2012)
""", "2012-10-12", "Giữ vững ổn định trong vùng đồng bào Phật giáo Hòa Hảo",
E("giao_ban", "2012-Q3", "2012-10-10"),
[P("Nguyễn Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Nưng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lực", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("khoảng 500.000 lượt tín đồ", 500000, "lượt tín đồ", "approx"), Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"),
 Q("46 cây cầu giao thông nông thôn", 46, "cây cầu giao thông nông thôn"), Q("312 căn nhà tình thương", 312, "căn nhà tình thương"),
 Q("96,4%", 96.4, "%")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU"),
 D("Kế hoạch", "37", "KH/BDVTU", "2012-07-20", "Ban Dân vận Tỉnh ủy", "kế hoạch số 37-KH/BDVTU ngày 20/7/2012"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP của Chính phủ")],
[prov("An Giang"), com("Phú Mỹ"), com("Long Giang"), com("Hòa Lạc")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy An Giang", "Bạn đang ở: Trang chủ > Tin tức > Dân tộc - Tôn giáo", "(BDV)",
 "Đồng chí Nguyễn Thị Thanh Hương phát biểu chỉ đạo giao ban.", "Phật giáo Hòa Hảo thuần túy", "Pháp lệnh tín ngưỡng, tôn giáo",
 "Ban Trị sự Trung ương Phật giáo Hòa Hảo", "Lượt xem: 652"],
["08:30 | 12/10/2012", "quý III năm 2012", "quý IV", "73 năm", "3 năm", "Lượt xem: 652"]))

PAGES.append(page("b1663-travinh-bdv-traoqua-chol-2013", """
Báo Trà Vinh Online
Thời sự » Chính trị » Dân tộc - Tôn giáo
Ngày đăng 09/04/2013 | 15:05
Ảnh: Đồng chí Kim Ngọc Thái trao quà cho chùa Kompông.
Trao 1.200 phần quà Tết Chôl Chnăm Thmây cho sư sãi, đồng bào Khmer
Ngày 8/4, đoàn công tác của Tỉnh ủy, UBND, Ủy ban MTTQ Việt Nam tỉnh Trà Vinh do đồng chí Kim Ngọc Thái, Phó Bí thư Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đến thăm, chúc Tết Chôl Chnăm Thmây và trao quà cho sư sãi, đồng bào Khmer tại các huyện Châu Thành, Trà Cú, Cầu Ngang.
Đi cùng đoàn có các đồng chí: Sơn Thị Ngọc Yến, Phó Trưởng Ban Dân tộc tỉnh; Thạch Hoàng, Phó Trưởng Ban Dân vận Tỉnh ủy; Kiên Văn Pho, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tại chùa Kompông (xã Lương Hòa, huyện Châu Thành), Hòa thượng Thạch Sok Xane, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh thay mặt sư sãi cảm ơn sự quan tâm của lãnh đạo tỉnh. Ngài cho biết, năm qua các chùa đã vận động bà con hiến 7.800 m2 đất làm đường, hỗ trợ 64 học sinh nghèo tiếp tục đến trường.
Dịp này, đoàn trao 1.200 phần quà, mỗi phần quà trị giá 400.000 đồng, cho hộ đồng bào Khmer nghèo và gia đình chính sách; tặng 141 chùa Phật giáo Nam tông Khmer trong tỉnh mỗi chùa 3 triệu đồng. Tổng kinh phí thăm, chúc Tết trên 903 triệu đồng, trích từ ngân sách tỉnh và Quỹ "Vì người nghèo" tỉnh.
Thăm, chúc Tết tại xã Kim Sơn (huyện Trà Cú), đồng chí Kim Ngọc Thái ghi nhận đóng góp của 218 người có uy tín trong đồng bào Khmer đối với phong trào xây dựng nông thôn mới. Đồng chí đề nghị chính quyền địa phương tiếp tục thực hiện tốt Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, quan tâm hơn nữa đến việc dạy và học chữ Khmer trong nhà chùa.
Cũng trong ngày, đoàn của Ban Dân vận Tỉnh ủy do đồng chí Thạch Hoàng dẫn đầu đến thăm Sóc Mới, xã Long Hiệp, trao 50 suất học bổng cho học sinh Khmer vượt khó học giỏi.
Theo kế hoạch, trước ngày 14/4, các huyện, thị xã tổ chức thăm hỏi toàn bộ các chùa và gia đình người có uy tín trên địa bàn.
Theo đồng chí Thạch Hoàng, những năm qua tình hình vùng đồng bào Khmer trong tỉnh ổn định, đời sống từng bước được nâng lên; bà con tin tưởng vào sự lãnh đạo của Đảng, tích cực tham gia phong trào thi đua yêu nước. Tuy vậy, vẫn còn một bộ phận hộ nghèo thiếu đất sản xuất, thiếu việc làm, cần được các ngành quan tâm hỗ trợ thiết thực hơn.
Hữu Thắng
Lượt xem: 1.517
Tin liên quan
- Cầu Kè: họp mặt người có uy tín đầu năm (28/03/2013)
- Tiếp tục thực hiện Chỉ thị 68 của Ban Bí thư (14/03/2013)
- Duyên Hải: hỗ trợ nhà ở cho 36 hộ Khmer nghèo (01/03/2013)
- Tiểu Cần hoàn thành dạy chữ Khmer cho cán bộ (19/02/2013)
""", "2013-04-09", "Trao 1.200 phần quà Tết Chôl Chnăm Thmây cho sư sãi, đồng bào Khmer",
E("trao_qua", None, "2013-04-08"),
[P("Kim Ngọc Thái", "Phó Bí thư Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Thị Ngọc Yến", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Hoàng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kiên Văn Pho", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
[Q("1.200 phần quà", 1200, "phần quà"), Q("7.800 m2", 7800, "m2"), Q("64 học sinh nghèo", 64, "học sinh nghèo"),
 Q("400.000 đồng", 400000, "đồng"), Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("trên 903 triệu đồng", 903000000, "đồng", "over"),
 Q("218 người có uy tín", 218, "người có uy tín"), Q("50 suất học bổng", 50, "suất học bổng")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011")],
[prov("Trà Vinh"), com("Lương Hòa"), com("Kim Sơn"), com("Long Hiệp")],
["Báo Trà Vinh Online", "Thời sự » Chính trị » Dân tộc - Tôn giáo", "Ảnh: Đồng chí Kim Ngọc Thái trao quà cho chùa Kompông.",
 "Vì người nghèo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 1.517"],
["Ngày đăng 09/04/2013 | 15:05", "Lượt xem: 1.517"]))

PAGES.append(page("b1664-tayninh-bdv-doithoai-caodai-2014", """
TÂY NINH ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tây Ninh
Trang chủ / Chính trị / Dân vận
Thứ Năm, 20/11/2014 - 09:20
Đối thoại với chức sắc, chức việc đạo Cao Đài về đất đai quanh Tòa Thánh
TTO - Ngày 18/11/2014, Ban Dân vận Tỉnh ủy phối hợp với UBND tỉnh tổ chức hội nghị đối thoại với chức sắc, chức việc và tín đồ đạo Cao Đài năm 2014, tập trung vào các kiến nghị về đất đai, xây dựng quanh khu vực Nội ô Tòa Thánh Tây Ninh.
Ông Nguyễn Văn Phẩm phát biểu tại buổi đối thoại. Ảnh: Đ.Tâm
Chủ trì đối thoại có ông Phạm Văn Tươi, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh và bà Võ Thị Ngọc Trâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Tham dự có 164 đại biểu là chức sắc Hội Thánh Cao Đài Tòa Thánh Tây Ninh, các Ban Cai quản họ đạo và đại diện 9 hệ phái Cao Đài có cơ sở trên địa bàn tỉnh.
Tại hội nghị, Chánh Trị sự Nguyễn Văn Phẩm, Đầu họ đạo Hòa Thành phản ánh một số hộ đạo hữu ở phường Long Hoa chưa được cấp giấy chứng nhận quyền sử dụng đất do vướng quy hoạch. Giáo hữu Thượng Tường Thanh, đại diện Ban Cai quản họ đạo Gò Dầu, đề nghị tỉnh sớm hoàn thành thủ tục giao đất xây dựng điện thờ. Có 27 ý kiến được nêu trực tiếp tại hội nghị, phần lớn liên quan đất đai, cấp phép sửa chữa cơ sở thờ tự và chế độ cho chức việc tham gia công tác xã hội.
Trả lời các kiến nghị, lãnh đạo Sở Tài nguyên và Môi trường cho biết, từ đầu năm đến nay tỉnh đã cấp 318 giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo và hộ tín đồ, còn khoảng 40 trường hợp đang thẩm định. Sở Nội vụ thông tin việc triển khai Nghị định số 92/2012/NĐ-CP của Chính phủ đã giúp 12 điểm nhóm sinh hoạt tôn giáo được đăng ký.
Phát biểu kết luận, ông Phạm Văn Tươi ghi nhận đạo Cao Đài luôn đồng hành cùng địa phương, đóng góp trên 6 tỷ đồng cho công tác từ thiện và xây dựng nông thôn mới trong năm. Ông giao các sở, ngành giải quyết dứt điểm các kiến nghị trước ngày 31/12/2014 theo tinh thần Quyết định số 41/2014/QĐ-UBND của UBND tỉnh về quy chế phối hợp quản lý nhà nước về tôn giáo. Bà Võ Thị Ngọc Trâm đề nghị các họ đạo tiếp tục thực hiện Kế hoạch số 102-KH/TU của Tỉnh ủy về vận động chức sắc, tín đồ "sống tốt đời, đẹp đạo".
Các chức sắc, chức việc tham dự đánh giá cao tinh thần cầu thị của lãnh đạo tỉnh, mong muốn việc đối thoại được duy trì thường xuyên để những vướng mắc của đạo hữu được lắng nghe, giải quyết kịp thời ngay từ cơ sở.
Đức Tâm
Lượt xem: 2.096
Tin khác
- Châu Thành: gặp mặt chức sắc Phật giáo dịp lễ Vu Lan (10/09/2014)
- Mặt trận tỉnh thăm Hội Thánh Cao Đài nhân lễ Hội Yến Diêu Trì Cung (20/09/2014)
- Trảng Bàng: tuyên dương 35 gương "sống tốt đời, đẹp đạo" (12/08/2014)
- Tân Biên đối thoại với nhân dân về giải phóng mặt bằng (25/07/2014)
""", "2014-11-20", "Đối thoại với chức sắc, chức việc đạo Cao Đài về đất đai quanh Tòa Thánh",
E("doi_thoai", "2014", "2014-11-18"),
[P("Nguyễn Văn Phẩm", "Chánh Trị sự", "Đầu họ đạo Hòa Thành"),
 P("Phạm Văn Tươi", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Thị Ngọc Trâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thượng Tường Thanh", "Giáo hữu", "đại diện Ban Cai quản họ đạo Gò Dầu")],
[Q("164 đại biểu", 164, "đại biểu"), Q("9 hệ phái Cao Đài", 9, "hệ phái Cao Đài"), Q("27 ý kiến", 27, "ý kiến"),
 Q("318 giấy chứng nhận quyền sử dụng đất", 318, "giấy chứng nhận quyền sử dụng đất"),
 Q("khoảng 40 trường hợp", 40, "trường hợp", "approx"), Q("12 điểm nhóm sinh hoạt tôn giáo", 12, "điểm nhóm sinh hoạt tôn giáo"),
 Q("trên 6 tỷ đồng", 6000000000, "đồng", "over")],
[D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP của Chính phủ"),
 D("Quyết định", "41", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 41/2014/QĐ-UBND của UBND tỉnh"),
 D("Kế hoạch", "102", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 102-KH/TU của Tỉnh ủy")],
[prov("Tây Ninh"), com("Long Hoa")],
["TÂY NINH ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tây Ninh", "Trang chủ / Chính trị / Dân vận", "TTO",
 "Ông Nguyễn Văn Phẩm phát biểu tại buổi đối thoại. Ảnh: Đ.Tâm", "sống tốt đời, đẹp đạo", "Hội Thánh Cao Đài Tòa Thánh Tây Ninh",
 "Lượt xem: 2.096"],
["Thứ Năm, 20/11/2014 - 09:20", "năm 2014", "31/12/2014", "Lượt xem: 2.096"]))

PAGES.append(page("b1665-dongnai-bdv-soket-congiao-2015", """
BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ :: Tin tức - Sự kiện :: Công tác tôn giáo
15/07/2015 - 14:35
Toàn cảnh hội nghị sơ kết.
Ban Dân vận Tỉnh ủy: Phát huy vai trò giáo xứ trong phong trào thi đua yêu nước
Sáng 14/7, Ban Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị sơ kết công tác vận động đồng bào Công giáo 6 tháng đầu năm 2015, triển khai phương hướng 6 tháng cuối năm. Đồng chí Huỳnh Văn Tới, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng Nai hiện có khoảng 1,1 triệu tín đồ các tôn giáo, trong đó đồng bào Công giáo chiếm gần 35% dân số với 6 giáo hạt thuộc Giáo phận Xuân Lộc. Sáu tháng qua, Ban đã phối hợp tổ chức 3 đợt thăm, chúc mừng Giám mục, linh mục nhân các ngày lễ lớn; hướng dẫn Ban Dân vận các huyện ủy thực hiện Kết luận 09, 10-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo vùng giáo dân tập trung và về xây dựng khu dân cư văn hóa vùng giáo.
Các giáo xứ đã đóng góp trên 27 tỷ đồng cho công tác an sinh xã hội, xây dựng 84 căn nhà tình thương, 21 cây cầu và sửa 16 km đường nông thôn. Mô hình "Giáo xứ bình yên" được nhân rộng lên 143 giáo xứ; 68% giáo họ đạt danh hiệu khu dân cư văn hóa.
Tại hội nghị, Linh mục Giuse Phạm Văn Hòa, Quản xứ giáo xứ Bùi Chu (xã Bắc Sơn, huyện Trảng Bom) chia sẻ kinh nghiệm phối hợp với Ban điều hành ấp giữ gìn an ninh trật tự. Ông Đinh Văn Khải, HUV, Trưởng Ban Dân vận Huyện ủy Thống Nhất kiến nghị sớm có hướng dẫn thực hiện Nghị định số 92/2012/NĐ-CP đối với các điểm sinh hoạt tập trung.
Đồng chí Lê Thị Hồng Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, Ban đang tham mưu Ban Thường vụ Tỉnh ủy xây dựng dự thảo Chỉ thị về tăng cường công tác dân vận trong vùng đồng bào có đạo; đồng thời hướng dẫn thực hiện Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về việc Mặt trận, các đoàn thể và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền.
Kết luận hội nghị, đồng chí Huỳnh Văn Tới đề nghị 6 tháng cuối năm các cấp chủ động nắm tình hình trước, trong và sau Đại hội Đảng bộ các cấp; phát huy vai trò 1.250 người có uy tín trong đồng bào Công giáo; chuẩn bị tổ chức họp mặt chức sắc nhân Lễ Giáng sinh.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình ở một số địa bàn giáo dân còn chậm, chưa dự báo sát; sự phối hợp giữa các ngành trong giải quyết kiến nghị liên quan đất đai cơ sở thờ tự có lúc chưa chặt chẽ.
Xuân Mai
Lượt xem: 988
Các tin đã đưa
- Biên Hòa: tuyên dương 42 gia đình "sống tốt đời, đẹp đạo" (26/06/2015)
- Xuân Lộc: gặp gỡ chức sắc Phật giáo nhân Đại lễ Phật đản (02/06/2015)
- Định Quán vận động đồng bào dân tộc Chơ Ro giữ rừng (20/05/2015)
- Hội nghị giao ban khối dân vận quý I/2015 (10/04/2015)
""", "2015-07-15", "Ban Dân vận Tỉnh ủy: Phát huy vai trò giáo xứ trong phong trào thi đua yêu nước",
E("so_ket", "2015-H1", "2015-07-14"),
[P("Huỳnh Văn Tới", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Phạm Văn Hòa", "Linh mục", "Quản xứ giáo xứ Bùi Chu"),
 P("Đinh Văn Khải", "HUV", "Trưởng Ban Dân vận Huyện ủy Thống Nhất"),
 P("Lê Thị Hồng Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("khoảng 1,1 triệu tín đồ", 1100000, "tín đồ", "approx"), Q("gần 35%", 35, "%", "approx"), Q("6 giáo hạt", 6, "giáo hạt"),
 Q("3 đợt", 3, "đợt"), Q("trên 27 tỷ đồng", 27000000000, "đồng", "over"), Q("84 căn nhà tình thương", 84, "căn nhà tình thương"),
 Q("21 cây cầu", 21, "cây cầu"), Q("16 km", 16, "km"), Q("143 giáo xứ", 143, "giáo xứ"), Q("68%", 68, "%"),
 Q("1.250 người có uy tín", 1250, "người có uy tín")],
[D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 09, 10-KL/TU"),
 D("Kết luận", "10", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 09, 10-KL/TU"),
 D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định số 92/2012/NĐ-CP"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
[prov("Đồng Nai"), com("Bắc Sơn")],
["BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ :: Tin tức - Sự kiện :: Công tác tôn giáo", "Toàn cảnh hội nghị sơ kết.",
 "Giáo xứ bình yên", "Giáo phận Xuân Lộc", "Lượt xem: 988"],
["15/07/2015 - 14:35", "6 tháng đầu năm 2015", "6 tháng cuối năm", "Sáu tháng qua", "Lượt xem: 988"]))

PAGES.append(page("b1666-baclieu-bdv-taphuan-khmer-hoa-2016", """
Báo Bạc Liêu điện tử
Chính trị > Dân vận
Cập nhật lúc 17:10 ngày 22/09/2016
Bồi dưỡng kỹ năng dân vận vùng đồng bào Khmer, Hoa cho cán bộ cơ sở
BL - Trong 2 ngày 21 và 22/9, Ban Dân vận Tỉnh ủy Bạc Liêu phối hợp với Ban Dân tộc tỉnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận vùng đồng bào dân tộc, tôn giáo năm 2016 cho 145 học viên là cán bộ dân vận, Mặt trận, đoàn thể cấp xã và trưởng ấp có đông đồng bào Khmer, Hoa.
Học viên tham gia lớp tập huấn. Ảnh: Hoàng Oanh
Khai mạc lớp tập huấn, đồng chí Lâm Thị Kiều Diễm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh, Bạc Liêu có trên 71.000 người Khmer và khoảng 21.000 người Hoa, chiếm gần 10,9% dân số, sinh sống đan xen tại các huyện Vĩnh Lợi, Hòa Bình, Phước Long và thị xã Giá Rai. Việc nâng cao năng lực cho đội ngũ cán bộ cơ sở là yêu cầu cấp thiết để thực hiện có hiệu quả Nghị quyết số 25-NQ/TW ngày 12/3/2003 của BCH Trung ương về công tác tôn giáo.
Các học viên được nghe đồng chí Tô Văn Hưng, Phó Trưởng Ban Dân vận Tỉnh ủy quán triệt Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước; bà Huỳnh Thị Mỹ, Trưởng phòng Chính sách Ban Dân tộc tỉnh giới thiệu các chính sách theo Quyết định số 54/2012/QĐ-TTg ngày 04/12/2012 của Thủ tướng Chính phủ; Đại đức Thạch Sol, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Xiêm Cán (phường Nhà Mát) trao đổi về nghi lễ, phong tục của Phật giáo Nam tông Khmer.
Một số nội dung được học viên quan tâm là kỹ năng nắm tình hình trong các lễ hội Ok Om Bok, Nguyên tiêu của người Hoa; cách tiếp nhận và trả lời đơn thư của đồng bào; xây dựng mô hình "Dân vận khéo" gắn với giảm nghèo. Qua khảo sát đầu khóa, 62% học viên chưa từng được tập huấn chuyên sâu về công tác tôn giáo.
Bế mạc lớp học, đồng chí Tô Văn Hưng đề nghị học viên vận dụng kiến thức vào thực tiễn, phấn đấu mỗi xã có ít nhất 1 mô hình dân vận trong vùng đồng bào dân tộc. Kinh phí tổ chức lớp tập huấn gần 86 triệu đồng từ nguồn Chương trình 135.
Theo Ban tổ chức, lớp tập huấn được thiết kế theo hướng giảm lý thuyết, tăng trao đổi tình huống thực tế tại cơ sở. Học viên được chia nhóm thảo luận về cách vận động đồng bào thay đổi tập quán sản xuất, tham gia bảo vệ an ninh trật tự và ứng xử phù hợp khi tiếp xúc với chức sắc, sư sãi trong các dịp lễ. Nhiều học viên cho biết đây là dịp để trao đổi kinh nghiệm giữa các địa phương có điều kiện tương đồng.
Kim Anh
Tin cùng chuyên mục
- Hồng Dân: họp mặt người có uy tín trong đồng bào Khmer (08/09/2016)
- Đông Hải trao 40 căn nhà đại đoàn kết (25/08/2016)
- Phước Long sơ kết mô hình "Dân vận khéo" (11/08/2016)
- Ban Dân vận Tỉnh ủy giao ban quý II (15/07/2016)
""", "2016-09-22", "Bồi dưỡng kỹ năng dân vận vùng đồng bào Khmer, Hoa cho cán bộ cơ sở",
E("tap_huan", "2016", "2016-09-21"),
[P("Lâm Thị Kiều Diễm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tô Văn Hưng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Mỹ", "Trưởng phòng Chính sách Ban Dân tộc tỉnh"),
 P("Thạch Sol", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Xiêm Cán")],
[Q("145 học viên", 145, "học viên"), Q("trên 71.000 người Khmer", 71000, "người Khmer", "over"),
 Q("khoảng 21.000 người Hoa", 21000, "người Hoa", "approx"), Q("gần 10,9%", 10.9, "%", "approx"), Q("62%", 62, "%"),
 Q("gần 86 triệu đồng", 86000000, "đồng", "approx")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW của Ban Bí thư"),
 D("Quyết định", "54", "2012/QĐ-TTg", "2012-12-04", "Thủ tướng Chính phủ", "Quyết định số 54/2012/QĐ-TTg ngày 04/12/2012")],
[prov("Bạc Liêu"), com("Nhà Mát")],
["Báo Bạc Liêu điện tử", "Chính trị > Dân vận", "Học viên tham gia lớp tập huấn. Ảnh: Hoàng Oanh", "BL", "Dân vận khéo",
 "Ok Om Bok", "Chương trình 135"],
["Cập nhật lúc 17:10 ngày 22/09/2016", "2 ngày", "năm 2016", "1 mô hình", "Chương trình 135"]))
