from lib import *
PAGES = []

PAGES.append(page("b581-caobang-mttq-tongket-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CAO BẰNG
Trang chủ >> Hoạt động Mặt trận >> Tin tức - Sự kiện
Thứ Sáu, 20/12/2013 - 15:40
Mặt trận tỉnh triển khai nhiệm vụ năm 2014
Ngày 18/12, Ủy ban MTTQ Việt Nam tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác Mặt trận năm 2013, triển khai nhiệm vụ năm 2014. Dự hội nghị có đồng chí Hoàng Văn Thạch, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; 126 đại biểu là thành viên Ủy ban MTTQ tỉnh và các huyện, thành phố.
Toàn cảnh hội nghị tổng kết.
Năm 2013, các cấp Mặt trận trong tỉnh tiếp tục thực hiện Chỉ thị 17-CT/TW của Ban Bí thư và Kế hoạch 52-KH/MTTQ-BTT ngày 10/3/2013 của Ban Thường trực Ủy ban MTTQ tỉnh về cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Toàn tỉnh có 2.410 khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc; Quỹ "Vì người nghèo" các cấp vận động được hơn 4,2 tỷ đồng, hỗ trợ xây mới 318 căn nhà đại đoàn kết cho hộ nghèo người Mông, Dao ở các xã vùng cao như Thượng Thôn, Cô Ba. Tỷ lệ hộ nghèo giảm còn 32,6%.
Phát biểu tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nông Thị Bế, Lục Văn Ngân, Đàm Quang Tuấn đề nghị các cấp tăng cường giám sát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số. Ông Triệu Tiến Lình, người có uy tín xóm Nà Pồng, xã Thượng Thôn chia sẻ kinh nghiệm vận động bà con bỏ tục lệ lạc hậu trong cưới xin, ma chay.
Đồng chí Hoàng Văn Thạch phát biểu chỉ đạo hội nghị. Ảnh: Minh Thu
Đồng chí Hoàng Văn Thạch ghi nhận kết quả đạt được và đề nghị năm 2014 Mặt trận các cấp tập trung thực hiện Nghị quyết 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn, phối hợp tốt với Bộ đội Biên phòng tỉnh giữ vững an ninh khu vực biên giới. Đại tá Lương Xuân Hiển, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông tin về việc phối hợp ký kết quy chế giữa 19 đồn biên phòng với các xã biên giới.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 24 tập thể và 37 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2013; bà Đinh Thị Mỷ, Ủy viên Ủy ban MTTQ tỉnh, Chủ tịch Hội Người cao tuổi tỉnh nhận Bằng khen của Ủy ban Trung ương MTTQ Việt Nam.
Ngọc Lan
Lượt xem: 1.126
Tin liên quan
- Mặt trận huyện Bảo Lạc ra mắt 12 khu dân cư tự quản (12/12/2013)
- Cao Bằng: Vận động Quỹ Vì người nghèo năm 2013 (02/12/2013)
- Hội nghị hiệp thương cử bổ sung Phó Chủ tịch Ủy ban MTTQ tỉnh (28/11/2013)
- Trao 50 căn nhà đại đoàn kết cho hộ nghèo huyện Hà Quảng (20/11/2013)
- Ngày hội Đại đoàn kết ở xóm Nà Pồng (15/11/2013)
- Tập huấn nghiệp vụ công tác Mặt trận cơ sở năm 2013 (01/11/2013)
""" + footer("Ủy ban MTTQ Việt Nam tỉnh Cao Bằng","Số 12 đường Hoàng Đình Giong, thành phố Cao Bằng","0206.3852.114","mttq@caobang.gov.vn","Mặt trận Cao Bằng"),
 "2013-12-20", "Mặt trận tỉnh triển khai nhiệm vụ năm 2014", E("tong_ket", "2013", "2013-12-18"),
 [P("Hoàng Văn Thạch", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Nông Thị Bế", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Lục Văn Ngân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Đàm Quang Tuấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Triệu Tiến Lình", "người có uy tín xóm Nà Pồng, xã Thượng Thôn"),
  P("Lương Xuân Hiển", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
  P("Đinh Thị Mỷ", "Ủy viên Ủy ban MTTQ tỉnh", "Chủ tịch Hội Người cao tuổi tỉnh")],
 [Q("126 đại biểu", 126, "đại biểu"), Q("2.410 khu dân cư", 2410, "khu dân cư"), Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"),
  Q("318 căn nhà đại đoàn kết", 318, "căn nhà đại đoàn kết"), Q("32,6%", 32.6, "%"), Q("19 đồn biên phòng", 19, "đồn biên phòng"),
  Q("24 tập thể", 24, "tập thể"), Q("37 cá nhân", 37, "cá nhân")],
 [D("Chỉ thị", "17", "CT/TW", None, "Ban Bí thư", "Chỉ thị 17-CT/TW"),
  D("Kế hoạch", "52", "KH/MTTQ-BTT", "2013-03-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 52-KH/MTTQ-BTT"),
  D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW")],
 [prov("Cao Bằng"), com("Thượng Thôn"), com("Cô Ba")],
 ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CAO BẰNG", "Trang chủ >> Hoạt động Mặt trận >> Tin tức - Sự kiện", "Toàn cảnh hội nghị tổng kết.",
  "Đồng chí Hoàng Văn Thạch phát biểu chỉ đạo hội nghị. Ảnh: Minh Thu", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
  "Vì người nghèo", "Bộ đội Biên phòng tỉnh", "Lượt xem: 1.126"],
 ["Thứ Sáu, 20/12/2013 - 15:40", "năm 2014", "Lượt xem: 1.126"]))

PAGES.append(page("b582-dienbien-bdv-soket-2014", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Bạn đang ở: Trang chủ › Tin hoạt động › Công tác dân vận
Cập nhật: 10:15, 15/07/2014 (GMT+7)
Ban Dân vận Tỉnh ủy đánh giá kết quả thực hiện nhiệm vụ
Sáng 14/7, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lò Văn Muôn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị.
Đồng chí Lò Văn Muôn phát biểu tại hội nghị.
Theo báo cáo, 6 tháng qua Ban Dân vận các cấp đã tham mưu triển khai Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của chính quyền; tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường vận động đồng bào không di cư tự do và không nghe theo kẻ xấu tuyên truyền đạo trái pháp luật. Các cấp đã vận động được 146 hộ di cư tự do trở về nơi cũ ổn định cuộc sống; tổ chức 212 buổi tuyên truyền với 18.600 lượt người nghe; phong trào thi đua "Dân vận khéo" có 93 mô hình được công nhận.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Quàng Thị Hiền, Sùng A Lồng báo cáo tình hình vùng đồng bào Mông ở huyện Mường Nhé; ông Giàng A Chu, người có uy tín bản Huổi Lếch, xã Chung Chải cho biết bản đã có 31 hộ đăng ký thoát nghèo.
Ông Lò Văn Cương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy kết luận hội nghị. Ảnh: Thu Hằng
Kết luận hội nghị, đồng chí Lò Văn Cương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy đề nghị 6 tháng cuối năm 2014 tiếp tục thực hiện Quyết định 290-QĐ/TW của Ban Bí thư về Quy chế công tác dân vận của hệ thống chính trị; phấn đấu 100% xã có mô hình "Dân vận khéo". Thượng tá Vì Văn Phấn, Chính trị viên Đồn Biên phòng Chung Chải cho biết đồn đã cử 12 đảng viên về sinh hoạt tại các chi bộ bản.
Hồng Nhung
Số lượt đọc: 846
Tin cùng chuyên mục
- Mường Nhé: Vận động đồng bào ổn định cuộc sống (10/7/2014)
- Hội nghị giao ban Khối dân vận quý II (30/6/2014)
- Tập huấn công tác dân vận cho cán bộ cơ sở (18/6/2014)
- Trao 60 suất quà cho học sinh nghèo vùng biên (02/6/2014)
- Điện Biên: 20 năm thực hiện Nghị quyết 8B (25/5/2014)
- Hướng dẫn sơ kết 6 tháng công tác dân vận (12/5/2014)
- Tuyên dương điển hình Dân vận khéo năm 2014 (05/5/2014)
""" + footer("Ban Dân vận Tỉnh ủy Điện Biên","Tổ dân phố 5, phường Mường Thanh, thành phố Điện Biên Phủ","0215.3825.307","bdv.tu@dienbien.org.vn","Dân vận Điện Biên"),
 "2014-07-15", "Ban Dân vận Tỉnh ủy đánh giá kết quả thực hiện nhiệm vụ", E("so_ket", "2014-H1", "2014-07-14"),
 [P("Lò Văn Muôn", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
  P("Quàng Thị Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Sùng A Lồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Giàng A Chu", "người có uy tín bản Huổi Lếch, xã Chung Chải"),
  P("Lò Văn Cương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Vì Văn Phấn", "Thượng tá", "Chính trị viên Đồn Biên phòng Chung Chải")],
 [Q("146 hộ di cư tự do", 146, "hộ di cư tự do"), Q("212 buổi", 212, "buổi"), Q("18.600 lượt người", 18600, "lượt người"),
  Q("93 mô hình", 93, "mô hình"), Q("31 hộ", 31, "hộ"), Q("100% xã", 100, "%"), Q("12 đảng viên", 12, "đảng viên")],
 [D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
  D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
  D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
  D("Quyết định", "290", "QĐ/TW", None, "Ban Bí thư", "Quyết định 290-QĐ/TW")],
 [prov("Điện Biên"), com("Chung Chải")],
 ["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Bạn đang ở: Trang chủ › Tin hoạt động › Công tác dân vận", "Đồng chí Lò Văn Muôn phát biểu tại hội nghị.",
  "Ông Lò Văn Cương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy kết luận hội nghị. Ảnh: Thu Hằng", "Dân vận khéo", "Đồn Biên phòng Chung Chải", "bản Huổi Lếch", "Số lượt đọc: 846"],
 ["Cập nhật: 10:15, 15/07/2014 (GMT+7)", "6 tháng cuối năm", "Số lượt đọc: 846"]))

PAGES.append(page("b583-hatinh-bienphong-giaoban-2015", """
BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH HÀ TĨNH
Trang chủ | Tin tức | Công tác dân vận
08:15 | 08/10/2015
Giao ban công tác dân vận khu vực biên giới, biển
Chiều 6/10, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận khu vực biên giới, biển quý III năm 2015. Chủ trì hội nghị có Đại tá Nguyễn Văn Sinh, Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh và đồng chí Trần Thị Nhật Tân, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Các đại biểu dự hội nghị giao ban.
Quý III, các đồn biên phòng đã phối hợp với cấp ủy, chính quyền 13 xã biên giới và 32 xã ven biển triển khai Kế hoạch liên tịch 03/KHLT-BDVTU-BCHBP về thực hiện cuộc vận động "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia"; tổ chức 74 buổi tuyên truyền cho 6.120 lượt ngư dân; giúp dân 1.850 ngày công thu hoạch lúa hè thu; vận động thành lập thêm 9 tổ đoàn kết trên biển với 126 tàu cá.
Trung tá Phan Đình Hùng, Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo; Thiếu tá Hồ Văn Lài, Đội trưởng Đội vận động quần chúng đồn Biên phòng Sơn Hồng báo cáo kinh nghiệm "3 bám, 4 cùng" tại các bản người Chứt. Ông Hồ Văn Thoại, già làng bản Rào Tre, xã Hương Liên đề nghị tiếp tục hỗ trợ giống lúa, con giống cho đồng bào.
Đại tá Nguyễn Văn Sinh phát biểu kết luận. Ảnh: Xuân Hoa
Đồng chí Trần Thị Nhật Tân đề nghị các đơn vị thực hiện tốt Chương trình phối hợp 12/CTrPH-BĐBP-MTTQ giữa Bộ đội Biên phòng và Ủy ban MTTQ tỉnh; Thượng tá Lê Quang Đạo, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông báo kế hoạch trao tặng 40 con bò giống, trị giá 480 triệu đồng cho hộ nghèo xã Hương Liên trong quý IV.
Văn Hải
Lượt truy cập: 2.304
Tin khác
- Biên phòng Hà Tĩnh tặng quà ngư dân xã Kỳ Nam (30/9/2015)
- Đồn Biên phòng Sơn Hồng giúp dân thu hoạch lúa (22/9/2015)
- Nâng bước em tới trường ở bản Rào Tre (10/9/2015)
- Giao ban dân vận quý II năm 2015 (08/7/2015)
- Tổ đoàn kết trên biển phát huy hiệu quả (25/6/2015)
- Ký kết quy chế phối hợp với các xã biên giới (15/6/2015)
""" + footer("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh","Số 55 đường Phan Đình Phùng, thành phố Hà Tĩnh","069.2598.510","bdbp@hatinh.gov.vn","Biên phòng Hà Tĩnh"),
 "2015-10-08", "Giao ban công tác dân vận khu vực biên giới, biển", E("giao_ban", "2015-Q3", "2015-10-06"),
 [P("Nguyễn Văn Sinh", "Đại tá", "Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
  P("Trần Thị Nhật Tân", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
  P("Phan Đình Hùng", "Trung tá", "Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo"),
  P("Hồ Văn Lài", "Thiếu tá", "Đội trưởng Đội vận động quần chúng đồn Biên phòng Sơn Hồng"),
  P("Hồ Văn Thoại", "già làng bản Rào Tre, xã Hương Liên"),
  P("Lê Quang Đạo", "Thượng tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh")],
 [Q("13 xã biên giới", 13, "xã biên giới"), Q("32 xã ven biển", 32, "xã ven biển"), Q("74 buổi", 74, "buổi"),
  Q("6.120 lượt ngư dân", 6120, "lượt ngư dân"), Q("1.850 ngày công", 1850, "ngày công"), Q("9 tổ đoàn kết", 9, "tổ đoàn kết"),
  Q("126 tàu cá", 126, "tàu cá"), Q("40 con bò giống", 40, "con bò giống"), Q("480 triệu đồng", 480000000, "đồng")],
 [D("Kế hoạch liên tịch", "03", "KHLT-BDVTU-BCHBP", None, None, "Kế hoạch liên tịch 03/KHLT-BDVTU-BCHBP"),
  D("Chương trình phối hợp", "12", "CTrPH-BĐBP-MTTQ", None, None, "Chương trình phối hợp 12/CTrPH-BĐBP-MTTQ")],
 [prov("Hà Tĩnh"), com("Hương Liên")],
 ["BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH HÀ TĨNH", "Trang chủ | Tin tức | Công tác dân vận", "Các đại biểu dự hội nghị giao ban.",
  "Đại tá Nguyễn Văn Sinh phát biểu kết luận. Ảnh: Xuân Hoa", "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia",
  "Cửa khẩu quốc tế Cầu Treo", "bản Rào Tre", "Lượt truy cập: 2.304"],
 ["08:15 | 08/10/2015", "quý III năm 2015", "3 bám, 4 cùng", "quý IV", "Lượt truy cập: 2.304"]))

PAGES.append(page("b584-namdinh-lhpn-traoqua-2016", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH
Trang chủ » Hoạt động Hội » Chăm lo hội viên
17/05/2016 - 10:05
Trao 200 suất quà cho phụ nữ nghèo vùng giáo
Sáng 16/5, Hội LHPN tỉnh Nam Định phối hợp với Ban Tôn giáo tỉnh trao 200 suất quà cho phụ nữ nghèo, phụ nữ đơn thân là giáo dân tại các xã Hải Lý, Giao Thịnh và Xuân Ngọc.
Đại diện Hội LHPN tỉnh trao quà cho hội viên xã Hải Lý.
Tham dự buổi trao quà có bà Vũ Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Phạm Thị Duyên, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các bà Trần Thị Nga, Đỗ Thị Hường, Nguyễn Thị Loan - Phó Chủ tịch Hội LHPN tỉnh; Linh mục Phêrô Nguyễn Văn Khảm, Chánh xứ giáo xứ Hải Lý và Nữ tu Maria Vũ Thị Tươi, Bề trên Cộng đoàn Mến Thánh Giá Xuân Ngọc.
Theo bà Phạm Thị Duyên, thực hiện Kế hoạch 34/KH-HPN ngày 02/3/2016 của Ban Thường vụ Hội LHPN tỉnh và Hướng dẫn 08-HD/BDVTU của Ban Dân vận Tỉnh ủy về công tác vận động phụ nữ có đạo, từ đầu năm đến nay các cấp Hội đã giúp 415 hội viên là giáo dân vay vốn với tổng dư nợ hơn 6,3 tỷ đồng; thành lập 27 câu lạc bộ "Gia đình hạnh phúc" ở các giáo họ.
Bà Vũ Thị Thu Hà phát biểu tại buổi trao quà. Ảnh: Thanh Huyền
Dịp này, Hội LHPN tỉnh cũng trao 5 suất học bổng, mỗi suất 2 triệu đồng cho học sinh nghèo vượt khó và bàn giao 1 căn nhà "Mái ấm tình thương" trị giá 60 triệu đồng cho chị Trần Thị Mến, hội viên chi hội xóm Đông, xã Giao Thịnh. Các suất quà lần này nằm trong chương trình "Chung tay vì phụ nữ nghèo" năm 2016.
Minh Phượng
Lượt xem: 612
Bài viết liên quan
- Phụ nữ vùng giáo làm kinh tế giỏi (05/5/2016)
- Hội LHPN huyện Hải Hậu ra mắt mô hình "5 không, 3 sạch" (20/4/2016)
- Trao 200 suất quà cho phụ nữ nghèo dịp Tết (28/1/2016)
- Nam Định: Phụ nữ Công giáo chung tay xây dựng nông thôn mới (12/1/2016)
- Tập huấn kỹ năng cho cán bộ Hội cơ sở (04/1/2016)
- Giao Thủy: Chi hội phụ nữ giáo họ làm theo lời Bác (28/12/2015)
- Hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2015 (18/12/2015)
- Trao học bổng cho con hội viên nghèo học giỏi (05/12/2015)
- Xuân Ngọc: Nữ tu đồng hành cùng phụ nữ nghèo (20/11/2015)
""" + footer("Hội Liên hiệp Phụ nữ tỉnh Nam Định","Số 8 đường Trần Tế Xương, thành phố Nam Định","0228.3849.216","hoilhpn@namdinh.gov.vn","Phụ nữ Nam Định"),
 "2016-05-17", "Trao 200 suất quà cho phụ nữ nghèo vùng giáo", E("trao_qua", None, "2016-05-16"),
 [P("Vũ Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Phạm Thị Duyên", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
  P("Trần Thị Nga", "Phó Chủ tịch Hội LHPN tỉnh"), P("Đỗ Thị Hường", "Phó Chủ tịch Hội LHPN tỉnh"), P("Nguyễn Thị Loan", "Phó Chủ tịch Hội LHPN tỉnh"),
  P("Phêrô Nguyễn Văn Khảm", "Linh mục", "Chánh xứ giáo xứ Hải Lý"),
  P("Maria Vũ Thị Tươi", "Nữ tu", "Bề trên Cộng đoàn Mến Thánh Giá Xuân Ngọc"),
  P("Trần Thị Mến", "hội viên chi hội xóm Đông, xã Giao Thịnh")],
 [Q("200 suất quà", 200, "suất quà"), Q("415 hội viên", 415, "hội viên"),
  Q("hơn 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("27 câu lạc bộ", 27, "câu lạc bộ"),
  Q("5 suất học bổng", 5, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("1 căn nhà", 1, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng")],
 [D("Kế hoạch", "34", "KH-HPN", "2016-03-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 34/KH-HPN"),
  D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 08-HD/BDVTU")],
 [prov("Nam Định"), com("Hải Lý"), com("Giao Thịnh"), com("Xuân Ngọc")],
 ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH", "Trang chủ » Hoạt động Hội » Chăm lo hội viên", "Đại diện Hội LHPN tỉnh trao quà cho hội viên xã Hải Lý.",
  "Bà Vũ Thị Thu Hà phát biểu tại buổi trao quà. Ảnh: Thanh Huyền", "Gia đình hạnh phúc", "Mái ấm tình thương", "Chung tay vì phụ nữ nghèo",
  "Ban Tôn giáo tỉnh", "Lượt xem: 612"],
 ["17/05/2016 - 10:05", "năm 2016", "Lượt xem: 612"]))

PAGES.append(page("b585-thanhhoa-congan-doithoai-2017", """
CÔNG AN TỈNH THANH HÓA - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Phong trào toàn dân bảo vệ an ninh Tổ quốc
Ngày đăng 24/08/2017 | 16:20
Lắng nghe ý kiến của nhân dân về an ninh trật tự ở cơ sở
Ngày 22/8, tại xã Trung Lý, huyện Mường Lát, Công an tỉnh Thanh Hóa phối hợp với Ủy ban MTTQ tỉnh tổ chức hội nghị đối thoại giữa lực lượng Công an với nhân dân năm 2017. Gần 300 người là già làng, trưởng bản, người có uy tín và bà con dân tộc Mông, Thái đã tham dự.
Quang cảnh buổi đối thoại tại xã Trung Lý.
Chủ trì đối thoại có Đại tá Lê Văn Châu, Phó Giám đốc Công an tỉnh; ông Hà Văn Nhạn, Phó Chủ tịch Ủy ban MTTQ tỉnh và Thượng tá Lương Văn Biên, Trưởng phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Công an tỉnh. Tham dự còn có ông Giàng A Sử, HUV, Bí thư Đảng ủy xã Trung Lý và ông Sùng A Của, người có uy tín bản Pù Quăn.
Tại buổi đối thoại, 23 ý kiến của bà con tập trung vào tình trạng mua bán người qua biên giới, tệ nạn ma túy, tranh chấp đất rừng. Trả lời ý kiến, Đại tá Lê Văn Châu cho biết, thực hiện Chỉ thị 09-CT/TW của Ban Bí thư và Kế hoạch 178/KH-CAT-PV05 của Công an tỉnh, 6 tháng đầu năm lực lượng Công an đã triệt phá 41 vụ ma túy, bắt giữ 57 đối tượng; giải cứu 8 phụ nữ bị lừa bán sang nước ngoài.
Ông Thao Văn Lử, trưởng bản Ón, phát biểu ý kiến. Ảnh: Hải Nam
Dịp này, Công an tỉnh trao 100 suất quà, mỗi suất trị giá 500.000 đồng, cho các hộ nghèo; tặng Giấy khen cho 15 tổ an ninh nhân dân tiêu biểu trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc". Ông Thao Văn Lử, trưởng bản Ón, cam kết vận động 100% hộ trong bản không trồng cây thuốc phiện.
Ngọc Huấn
Lượt xem: 3.418
Tin liên quan
- Công an Thanh Hóa ra quân tấn công tội phạm ma túy (15/8/2017)
- Mường Lát: Hội nghị biểu dương người có uy tín (02/8/2017)
- Tọa đàm về phòng chống mua bán người vùng biên (20/7/2017)
- Ký kết quy chế phối hợp giữa Công an và MTTQ tỉnh (05/7/2017)
- Trao 50 xe đạp cho học sinh nghèo vùng cao (15/6/2017)
- Công an xã chính quy về với bản làng (01/6/2017)
- Xây dựng bản an toàn về an ninh trật tự ở Mường Lát (20/5/2017)
""" + footer("Công an tỉnh Thanh Hóa","Số 19 đường Trường Thi, thành phố Thanh Hóa","069.2840.111","congan@thanhhoa.gov.vn","Công an Thanh Hóa"),
 "2017-08-24", "Lắng nghe ý kiến của nhân dân về an ninh trật tự ở cơ sở", E("doi_thoai", "2017", "2017-08-22"),
 [P("Lê Văn Châu", "Đại tá", "Phó Giám đốc Công an tỉnh"), P("Hà Văn Nhạn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Lương Văn Biên", "Thượng tá", "Trưởng phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Công an tỉnh"),
  P("Giàng A Sử", "HUV", "Bí thư Đảng ủy xã Trung Lý"), P("Sùng A Của", "người có uy tín bản Pù Quăn"),
  P("Thao Văn Lử", "trưởng bản Ón")],
 [Q("Gần 300 người", 300, "người", "approx"), Q("23 ý kiến", 23, "ý kiến"), Q("41 vụ ma túy", 41, "vụ ma túy"), Q("57 đối tượng", 57, "đối tượng"),
  Q("8 phụ nữ", 8, "phụ nữ"), Q("100 suất quà", 100, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("15 tổ an ninh nhân dân", 15, "tổ an ninh nhân dân"),
  Q("100% hộ", 100, "%")],
 [D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị 09-CT/TW"),
  D("Kế hoạch", "178", "KH-CAT-PV05", None, "Công an tỉnh", "Kế hoạch 178/KH-CAT-PV05")],
 [prov("Thanh Hóa"), com("Trung Lý")],
 ["CÔNG AN TỈNH THANH HÓA - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức > Phong trào toàn dân bảo vệ an ninh Tổ quốc", "Quang cảnh buổi đối thoại tại xã Trung Lý.",
  "Ông Thao Văn Lử, trưởng bản Ón, phát biểu ý kiến. Ảnh: Hải Nam", "Toàn dân bảo vệ an ninh Tổ quốc", "bản Pù Quăn", "Lượt xem: 3.418"],
 ["Ngày đăng 24/08/2017 | 16:20", "6 tháng đầu năm", "Lượt xem: 3.418"]))

PAGES.append(page("b586-sonla-nguoicouytin-hoinghi-2018", """
BÁO ĐIỆN TỬ TỈNH SƠN LA
Thời sự / Chính trị / Dân tộc - Tôn giáo
Thứ Sáu, 16/11/2018 06:00 (GMT+7)
Biểu dương 150 người có uy tín tiêu biểu
Ngày 15/11, Ban Dân tộc tỉnh Sơn La tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2018. 150 người có uy tín tiêu biểu đến từ 12 huyện, thành phố đã được biểu dương tại hội nghị.
150 người có uy tín tiêu biểu tham dự hội nghị.
Dự hội nghị có các đồng chí: Lò Minh Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; Cầm Thị Phong, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Quàng Văn Bình, Phó Trưởng Ban Dân tộc tỉnh; Đại tá Phạm Văn Dần, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh.
Năm 2018, toàn tỉnh có 3.157 người có uy tín được hưởng chính sách theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín; tổng kinh phí thực hiện chính sách hơn 2,8 tỷ đồng. Người có uy tín đã vận động 960 hộ hiến đất làm đường giao thông nông thôn với tổng diện tích 48,5 ha; hòa giải thành 412 vụ việc mâu thuẫn ở cơ sở.
Ông Mùa A Vảng, bản Phiêng Cại, xã Chiềng On chia sẻ tại hội nghị. Ảnh: Quỳnh Anh
Tại hội nghị, ông Mùa A Vảng, người có uy tín bản Phiêng Cại, xã Chiềng On và bà Lò Thị Xanh, người có uy tín bản Hua Păng, xã Mường Chanh chia sẻ kinh nghiệm vận động đồng bào xóa bỏ cây thuốc phiện, phát triển cây ăn quả. Đồng chí Lò Minh Hùng đề nghị các ngành tiếp tục thực hiện Kế hoạch 96/KH-UBND của UBND tỉnh về tổ chức biểu dương và giữ vững phong trào "Bản không có ma túy".
Dịp này, UBND tỉnh tặng Bằng khen cho 45 người có uy tín có thành tích xuất sắc.
Hoàng Thiện
Lượt đọc: 1.072
Tin khác
- Sơn La: Trao quà Tết cho người có uy tín (02/11/2018)
- Bồi dưỡng kiến thức cho người có uy tín huyện Sốp Cộp (25/10/2018)
- Phiêng Cại đổi thay nhờ cây ăn quả (12/10/2018)
- Hội nghị tổng kết Ngày hội Đại đoàn kết các dân tộc (05/10/2018)
- Người có uy tín tham gia giữ gìn an ninh biên giới (28/9/2018)
- Mường Chanh: Vận động đồng bào hiến đất làm đường (20/9/2018)
- Những già bản gương mẫu ở vùng cao Bắc Yên (11/9/2018)
""" + footer("Báo Sơn La","Số 84 đường Tô Hiệu, thành phố Sơn La","0212.3852.209","baosonla@gmail.com","Báo Sơn La"),
 "2018-11-16", "Biểu dương 150 người có uy tín tiêu biểu", E("hoi_nghi", "2018", "2018-11-15"),
 [P("Lò Minh Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
  P("Cầm Thị Phong", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"), P("Quàng Văn Bình", "Phó Trưởng Ban Dân tộc tỉnh"),
  P("Phạm Văn Dần", "Đại tá", "Phó Chỉ huy trưởng", "Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh"),
  P("Mùa A Vảng", "người có uy tín bản Phiêng Cại, xã Chiềng On"), P("Lò Thị Xanh", "người có uy tín bản Hua Păng, xã Mường Chanh")],
 [Q("150 người có uy tín", 150, "người có uy tín"), Q("12 huyện", 12, "huyện"), Q("3.157 người có uy tín", 3157, "người có uy tín"),
  Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"), Q("960 hộ", 960, "hộ"), Q("48,5 ha", 48.5, "ha"), Q("412 vụ việc", 412, "vụ việc"),
  Q("45 người có uy tín", 45, "người có uy tín")],
 [D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
  D("Kế hoạch", "96", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 96/KH-UBND")],
 [prov("Sơn La"), com("Chiềng On"), com("Mường Chanh")],
 ["BÁO ĐIỆN TỬ TỈNH SƠN LA", "Thời sự / Chính trị / Dân tộc - Tôn giáo", "150 người có uy tín tiêu biểu tham dự hội nghị.",
  "Ông Mùa A Vảng, bản Phiêng Cại, xã Chiềng On chia sẻ tại hội nghị. Ảnh: Quỳnh Anh", "Bản không có ma túy", "Ban Dân tộc tỉnh Sơn La", "Lượt đọc: 1.072"],
 ["Thứ Sáu, 16/11/2018 06:00 (GMT+7)", "năm 2018", "Lượt đọc: 1.072"]))
