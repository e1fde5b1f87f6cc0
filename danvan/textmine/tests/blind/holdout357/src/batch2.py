from lib import *
PAGES = []

PAGES.append(page("b8531-daklak-bdv-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Vị trí: Trang chủ >> Tin tức - Sự kiện >> Hoạt động của Ban
21.10.2017 | 16:05
Đồng chí Y Wai Byă phát biểu tại hội nghị giao ban.
Phát huy vai trò buôn làng trong giúp đỡ người lầm lỗi hoàn lương
Ngày 20/10, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức giao ban công tác dân vận quý III năm 2017 với Ban Dân vận các huyện ủy, thị ủy, thành ủy và Đảng ủy khối. Chuyên đề của kỳ giao ban là công tác vận động đồng bào các dân tộc giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng.
Đồng chí Y Wai Byă, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Nguyễn Văn Thịnh, H'Yim Kđoh - Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, quý III/2017 toàn tỉnh tiếp nhận 176 người chấp hành xong án phạt tù trở về, trong đó 58 người là đồng bào dân tộc thiểu số tại chỗ. Ban Dân vận các cấp đã phối hợp Mặt trận vận động 65 người có uy tín, già làng ở 12 buôn trọng điểm nhận giúp đỡ, cảm hóa; đã hòa giải thành 3 vụ việc mâu thuẫn giữa gia đình người mới trở về với hàng xóm.
Nhiều buôn vận dụng luật tục để giáo dục người lầm lỗi. Già làng Y Ngông Mlô ở buôn Kô Siêr, phường Tân Lợi (TP Buôn Ma Thuột) kể: "Người trong buôn đi tù về, buôn làm lễ cúng Yang, cả buôn cùng uống rượu cần nhận nó trở lại. Ai chê bai, già làng phải nói". Ông Y Khuê Bkrông, Bí thư Chi bộ buôn Ea Kmar, xã Ea Tul (Cư M'gar), cho biết chi bộ phân công mỗi đảng viên giúp 1 hộ có người trở về; nhờ đó 4 thanh niên trong buôn đã có việc làm tại nông trường cà phê.
Tại kỳ giao ban, bà Phạm Thị Liên, HUV, Trưởng Ban Dân vận Huyện ủy Krông Pắc, đề nghị có cơ chế hỗ trợ vốn cho người trở về vì nhiều người không đủ điều kiện vay. Đại diện Công an tỉnh cho biết trong 9 tháng có 29 người tái phạm tội, phần lớn liên quan trộm cắp cà phê, hồ tiêu.
Kết luận giao ban, đồng chí Y Wai Byă đề nghị các địa phương tiếp tục thực hiện Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và về phòng, chống tội phạm trong tình hình mới; thực hiện tốt Nghị định số 80/2011/NĐ-CP ngày 20/9/2011 của Chính phủ; trong quý IV tổ chức đối thoại với người có uy tín ở ít nhất 15 xã vùng sâu. Ban Dân vận Tỉnh ủy sẽ ban hành Hướng dẫn số 21-HD/BDVTU về xây dựng mô hình "Buôn không có người tái phạm" trong tháng 11.
Theo kế hoạch, quý IV Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ tỉnh tổ chức hội nghị biểu dương hơn 100 già làng, người có uy tín tiêu biểu trong phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2012 - 2017.
H'Linh
Tin cùng chuyên mục
- Krông Bông: đối thoại với người có uy tín vùng đồng bào Mông di cư tự do (12/10/2017)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Công an tỉnh (03/10/2017)
- Ea H'leo ra mắt 7 mô hình "Dân vận khéo" (25/09/2017)
""", "2017-10-21", "Phát huy vai trò buôn làng trong giúp đỡ người lầm lỗi hoàn lương",
E("giao_ban", "2017-Q3", "2017-10-20"),
[P("Y Wai Byă", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Yim Kđoh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngông Mlô", "Già làng"),
 P("Y Khuê Bkrông", "Bí thư Chi bộ buôn Ea Kmar"),
 P("Phạm Thị Liên", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Pắc")],
[Q("176 người", 176, "người"), Q("58 người", 58, "người"), Q("65 người có uy tín, già làng", 65, "người có uy tín, già làng"),
 Q("12 buôn trọng điểm", 12, "buôn trọng điểm"), Q("3 vụ việc mâu thuẫn", 3, "vụ việc mâu thuẫn"),
 Q("4 thanh niên", 4, "thanh niên"), Q("29 người", 29, "người"), Q("ít nhất 15 xã vùng sâu", 15, "xã vùng sâu", "over"),
 Q("hơn 100 già làng, người có uy tín tiêu biểu", 100, "già làng, người có uy tín tiêu biểu", "over")],
[D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Nghị định", "80", "2011/NĐ-CP", "2011-09-20", "Chính phủ", "Nghị định số 80/2011/NĐ-CP ngày 20/9/2011 của Chính phủ"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tul")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Vị trí: Trang chủ >> Tin tức - Sự kiện >> Hoạt động của Ban",
 "Đồng chí Y Wai Byă phát biểu tại hội nghị giao ban.", "Buôn không có người tái phạm", "toàn dân bảo vệ an ninh Tổ quốc",
 "Buôn Ma Thuột", "Cư M'gar", "buôn Kô Siêr", "buôn Ea Kmar"],
["21.10.2017 | 16:05", "quý III năm 2017", "quý III/2017", "quý IV", "9 tháng", "1 hộ", "tháng 11", "giai đoạn 2012 - 2017"]))

PAGES.append(page("b8532-haiduong-bao-chandung-2018", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Trang chủ | Xã hội | Gương sáng
Cập nhật lúc 17:20 ngày 12/11/2018
Anh Phạm Văn Hưng (bên phải) hướng dẫn thợ trẻ tại xưởng. Ảnh: Thành Chung
Người từng lầm lỡ thành ông chủ xưởng mộc ở Cẩm Vũ
Từng mang án 7 năm tù vì tội cướp tài sản, sau khi ra trại anh Phạm Văn Hưng (SN 1982, thôn Hoàng Xá, xã Cẩm Vũ, huyện Cẩm Giàng) đã làm lại cuộc đời, mở xưởng mộc tạo việc làm cho nhiều lao động, trong đó có cả những người từng lầm lỗi như mình.
Ngày anh Hưng trở về năm 2012, gia đình chỉ còn căn nhà cấp bốn dột nát, mẹ già đau ốm. "Tôi đi xin việc ở mấy xưởng trong huyện, chủ nào nghe nói mới ra tù cũng lắc đầu. Có lúc tôi nghĩ quay lại con đường cũ cho nhanh", anh Hưng nhớ lại.
Biết chuyện, ông Vũ Đình Tuấn, Chủ tịch UBND xã Cẩm Vũ và bà Nguyễn Thị Hiền, Chủ tịch Hội LHPN xã, đã đến tận nhà động viên. Xã đứng ra tín chấp để anh vay 50 triệu đồng từ Ngân hàng Chính sách xã hội theo Nghị định 80/2011/NĐ-CP, còn ông Nguyễn Văn Dũng, một thợ mộc lâu năm trong thôn, nhận anh về học nghề.
Sau 3 năm làm thuê, năm 2015 anh Hưng mở xưởng riêng với 2 máy bào, máy cưa mua lại. Đến nay, xưởng mộc của anh có 14 lao động, trong đó 5 người từng chấp hành án phạt tù do Công an xã giới thiệu. Mỗi năm xưởng cho doanh thu hơn 3 tỷ đồng, trả lương cho thợ bình quân 7 triệu đồng/tháng, lợi nhuận khoảng 400 triệu đồng.
Anh Đỗ Văn Khánh, một thợ trong xưởng, cho biết: "Anh Hưng hiểu mình nên không bao giờ nhắc chuyện cũ. Cứ làm chăm là anh tin".
Ông Vũ Đình Tuấn cho biết, hiện xã Cẩm Vũ có 19 người đã chấp hành xong án phạt tù, trong đó 17 người có việc làm ổn định. Từ trường hợp anh Hưng, xã đã xây dựng mô hình "Doanh nghiệp, hộ kinh doanh đồng hành cùng người hoàn lương" với 6 cơ sở tham gia. Thượng tá Trần Quang Vinh, Phó Trưởng Công an huyện Cẩm Giàng, đánh giá đây là cách làm hiệu quả, góp phần kéo giảm tái phạm trên địa bàn.
Với những đóng góp đó, anh Phạm Văn Hưng vừa được Chủ tịch UBND tỉnh Hải Dương tặng Bằng khen tại Quyết định số 3125/QĐ-UBND ngày 05/11/2018 vì có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc. Anh cũng là một trong 12 gương điển hình được biểu dương tại Ngày hội toàn dân bảo vệ an ninh Tổ quốc của huyện Cẩm Giàng.
Anh Hưng bảo, điều anh muốn nhất bây giờ là mở thêm một xưởng nữa để nhận thêm những người như anh ngày trước.
Thành Chung
Lượt đọc: 2.318
Tin liên quan
- Thanh Hà: 96% người chấp hành xong án phạt tù có việc làm (05/11/2018)
- Nữ chủ tịch hội phụ nữ "đỡ đầu" người lầm lỗi (28/10/2018)
- Hải Dương tổng kết 10 năm thực hiện Nghị định 80 (15/10/2018)
""", "2018-11-12", "Người từng lầm lỡ thành ông chủ xưởng mộc ở Cẩm Vũ",
E("khac", None, None),
[P("Phạm Văn Hưng"),
 P("Vũ Đình Tuấn", "Chủ tịch UBND xã Cẩm Vũ"),
 P("Nguyễn Thị Hiền", "Chủ tịch Hội LHPN xã"),
 P("Nguyễn Văn Dũng"),
 P("Đỗ Văn Khánh"),
 P("Trần Quang Vinh", "Thượng tá", "Phó Trưởng Công an huyện Cẩm Giàng")],
[Q("50 triệu đồng", 50000000, "đồng"), Q("2 máy bào, máy cưa", 2, "máy bào, máy cưa"), Q("14 lao động", 14, "lao động"),
 Q("5 người", 5, "người"), Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over"), Q("7 triệu đồng", 7000000, "đồng"),
 Q("khoảng 400 triệu đồng", 400000000, "đồng", "approx"), Q("19 người", 19, "người"), Q("17 người", 17, "người"),
 Q("6 cơ sở", 6, "cơ sở"), Q("12 gương điển hình", 12, "gương điển hình")],
[D("Nghị định", "80", "2011/NĐ-CP", None, None, "Nghị định 80/2011/NĐ-CP"),
 D("Quyết định", "3125", "QĐ-UBND", "2018-11-05", "Chủ tịch UBND tỉnh", "Quyết định số 3125/QĐ-UBND ngày 05/11/2018")],
[prov("Hải Dương"), com("Cẩm Vũ")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Trang chủ | Xã hội | Gương sáng", "Anh Phạm Văn Hưng (bên phải) hướng dẫn thợ trẻ tại xưởng. Ảnh: Thành Chung",
 "Doanh nghiệp, hộ kinh doanh đồng hành cùng người hoàn lương", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
 "Ngân hàng Chính sách xã hội", "Lượt đọc: 2.318", "Cẩm Giàng", "thôn Hoàng Xá"],
["Cập nhật lúc 17:20 ngày 12/11/2018", "7 năm tù", "SN 1982", "năm 2012", "3 năm", "năm 2015", "Lượt đọc: 2.318"]))

PAGES.append(page("b8533-soctrang-bdv-tongket-2019", """
Hôm nay: Thứ Hai, 30/12/2019
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ :: Tin tức :: Dân vận các cấp
Thứ Năm, 26/12/2019 - 14:15
Sóc Trăng: 9 năm liền giảm tỷ lệ tái phạm nhờ phát huy sức mạnh khối đoàn kết
Ngày 25/12/2019, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết công tác dân vận năm 2019 và kết quả thực hiện Đề án "Vận động, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng" trong vùng đồng bào Khmer.
Đồng chí Lâm Thị Sa Phia, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự có đồng chí Thạch Sô Phanh, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; Thượng tá Trương Minh Hiếu, Phó Trưởng phòng PC10 Công an tỉnh cùng 120 đại biểu.
Báo cáo cho thấy, năm 2019 toàn tỉnh tiếp nhận 428 người chấp hành xong án phạt tù, trong đó 163 người là đồng bào Khmer. Các cấp đã tổ chức 109 buổi gặp mặt, tọa đàm; giúp 215 người vay vốn với tổng số tiền 6,2 tỷ đồng; giới thiệu 187 người vào làm việc tại các doanh nghiệp trong và ngoài tỉnh. Tỷ lệ tái phạm còn 2,8%, giảm 0,6% so với năm 2018.
Kết quả theo từng nhóm được trình bày như sau: Mặt trận và các đoàn thể nhận giúp đỡ 312 người; 92 chùa Khmer tham gia cảm hóa 146 người; các doanh nghiệp nhận 187 người; gia đình, dòng họ tự bảo lãnh 64 người. Ngoài ra, 36 tổ hòa giải ở các ấp có đông đồng bào Khmer được giao thêm nhiệm vụ theo dõi, nhắc nhở người trở về.
Tại hội nghị, Achar Thạch Sang, Ban Quản trị chùa Som Rong, phường 5 (TP Sóc Trăng) chia sẻ, mỗi tháng chùa mời người mới trở về đến nghe thuyết giảng, học chữ Khmer và tham gia công quả. Bà Sơn Thị Mỹ Linh, Phó Chủ tịch Hội LHPN huyện Trần Đề, cho biết Hội đã vận động thành lập 8 tổ hợp tác làm bánh pía, đan đát, thu hút 43 lao động, có 11 chị từng chấp hành án.
Đồng chí Kim Thị Sa Ly, Bí thư Đảng ủy xã Lịch Hội Thượng, nêu kinh nghiệm: "Phải giao cho từng đảng viên theo dõi từng người cụ thể, tháng nào cũng báo cáo ở chi bộ".
Phát biểu kết luận, đồng chí Lâm Thị Sa Phia đề nghị năm 2020 các cấp tiếp tục thực hiện Kế hoạch 112, 113/KH-UBND của UBND tỉnh về tái hòa nhập cộng đồng và về đưa người lao động đi làm việc có thời hạn; bám sát Chỉ thị số 21-CT/TU ngày 10/6/2019 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác phòng, chống tội phạm ma túy. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể, 26 cá nhân tiêu biểu.
Kim Ngân
Tin khác
- Mỹ Xuyên: họp mặt chức sắc, chức việc Phật giáo Nam tông Khmer (20/12/2019)
- Ban Dân vận Tỉnh ủy giao ban quý IV/2019 (12/12/2019)
- Vĩnh Châu: 50 căn nhà Đại đoàn kết được bàn giao (02/12/2019)
""", "2019-12-26", "Sóc Trăng: 9 năm liền giảm tỷ lệ tái phạm nhờ phát huy sức mạnh khối đoàn kết",
E("tong_ket", "2019", "2019-12-25"),
[P("Lâm Thị Sa Phia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phanh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trương Minh Hiếu", "Thượng tá", "Phó Trưởng phòng PC10 Công an tỉnh"),
 P("Thạch Sang", "Achar", "Ban Quản trị chùa Som Rong"),
 P("Sơn Thị Mỹ Linh", "Phó Chủ tịch Hội LHPN huyện Trần Đề"),
 P("Kim Thị Sa Ly", "Bí thư Đảng ủy xã Lịch Hội Thượng")],
[Q("120 đại biểu", 120, "đại biểu"), Q("428 người", 428, "người"), Q("163 người", 163, "người"),
 Q("109 buổi gặp mặt, tọa đàm", 109, "buổi gặp mặt, tọa đàm"), Q("215 người", 215, "người"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("187 người", 187, "người"), Q("2,8%", 2.8, "%"), Q("0,6%", 0.6, "%"),
 Q("312 người", 312, "người"), Q("92 chùa Khmer", 92, "chùa Khmer"), Q("146 người", 146, "người"), Q("64 người", 64, "người"), Q("36 tổ hòa giải", 36, "tổ hòa giải"),
 Q("8 tổ hợp tác", 8, "tổ hợp tác"), Q("43 lao động", 43, "lao động"), Q("11 chị", 11, "chị"),
 Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân tiêu biểu", 26, "cá nhân tiêu biểu")],
[D("Kế hoạch", "112", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 112, 113/KH-UBND của UBND tỉnh"),
 D("Kế hoạch", "113", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 112, 113/KH-UBND của UBND tỉnh"),
 D("Chỉ thị", "21", "CT/TU", "2019-06-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 10/6/2019 của Ban Thường vụ Tỉnh ủy")],
[prov("Sóc Trăng"), com("phường 5"), com("Lịch Hội Thượng")],
["Hôm nay: Thứ Hai, 30/12/2019", "BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ :: Tin tức :: Dân vận các cấp",
 "Vận động, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng", "TP Sóc Trăng", "Trần Đề"],
["Hôm nay: Thứ Hai, 30/12/2019", "Thứ Năm, 26/12/2019 - 14:15", "9 năm liền", "năm 2019", "năm 2018", "năm 2020", "phường 5", "mỗi tháng"]))

PAGES.append(page("b8534-phuyen-mttq-giamsat-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ YÊN
Trang chủ - Hoạt động giám sát, phản biện xã hội
2019-08-15 16:40
Giám sát việc tái hòa nhập cộng đồng cho người chấp hành xong án phạt tù tại Đồng Xuân
Ngày 14/8/2019, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Phú Yên do bà Nguyễn Thị Ngọc Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện các biện pháp bảo đảm tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù tại UBND huyện Đồng Xuân.
Đây là nội dung giám sát chuyên đề theo Kế hoạch số 14/KH-MTTQ-BTT ngày 20/3/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về chương trình giám sát năm 2019. Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Công an tỉnh, Hội Cựu chiến binh, Hội Nông dân tỉnh và Sở Lao động - Thương binh và Xã hội.
Làm việc với đoàn, ông Lê Văn Thuận, Huyện ủy viên, Phó Chủ tịch UBND huyện Đồng Xuân báo cáo: từ năm 2012 đến tháng 6/2019, huyện tiếp nhận 214 người chấp hành xong án phạt tù, trong đó 47 người là đồng bào Chăm H'roi, Ba Na. Thực hiện Nghị định số 80/2011/NĐ-CP của Chính phủ, UBND huyện ban hành 6 kế hoạch; các xã, thị trấn đã lập hồ sơ theo dõi 196 người, đạt 91,6%. Có 38 người được vay vốn với tổng số tiền hơn 950 triệu đồng; 22 người được học nghề miễn phí.
Trước đó, đoàn đã giám sát trực tiếp tại xã Xuân Phước và thị trấn La Hai, gặp gỡ 9 người đã trở về địa phương. Ông Ma Văn Bảy, người có uy tín thôn Phú Xuân, xã Xuân Phước, cho biết: "Trong thôn có 5 người đi tù về, nay 4 người đã có rẫy, có nhà. Còn 1 người chưa có giấy tờ nên chưa vay được vốn".
Qua giám sát, đoàn chỉ ra một số hạn chế: một số xã chưa bố trí kinh phí cho công tác này; việc phân công người giúp đỡ còn hình thức; 11 trường hợp chưa được cấp lại giấy chứng minh nhân dân; chưa có cơ chế khuyến khích doanh nghiệp nhận người chấp hành xong án phạt tù vào làm việc.
Bà Nguyễn Thị Ngọc Hoa đề nghị UBND huyện chỉ đạo Công an huyện phối hợp các xã giải quyết dứt điểm việc cấp giấy tờ trước ngày 30/9/2019; đề nghị UBND tỉnh sớm ban hành quy chế phối hợp giữa các sở, ngành và Mặt trận trong công tác tái hòa nhập cộng đồng. Kết quả giám sát sẽ được tổng hợp, gửi kiến nghị đến các cơ quan có thẩm quyền.
Ông Lê Văn Thuận tiếp thu ý kiến của đoàn và cho biết huyện sẽ bổ sung 120 triệu đồng từ nguồn ngân sách dự phòng để hỗ trợ các xã trong năm 2019.
Hồng Nhung
Tin liên quan
- Phản biện dự thảo Nghị quyết về chính sách hỗ trợ người có uy tín (08/08/2019)
- Sông Hinh: đối thoại giữa người đứng đầu cấp ủy với nhân dân (30/07/2019)
- MTTQ tỉnh giám sát việc thực hiện chính sách đối với hộ nghèo (19/07/2019)
""", "2019-08-15", "Giám sát việc tái hòa nhập cộng đồng cho người chấp hành xong án phạt tù tại Đồng Xuân",
E("giam_sat", "2019", "2019-08-14"),
[P("Nguyễn Thị Ngọc Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Thuận", "Huyện ủy viên", "Phó Chủ tịch UBND huyện Đồng Xuân"),
 P("Ma Văn Bảy", "người có uy tín thôn Phú Xuân")],
[Q("214 người", 214, "người"), Q("47 người", 47, "người"), Q("6 kế hoạch", 6, "kế hoạch"), Q("196 người", 196, "người"),
 Q("91,6%", 91.6, "%"), Q("38 người", 38, "người"), Q("hơn 950 triệu đồng", 950000000, "đồng", "over"),
 Q("22 người", 22, "người"), Q("9 người", 9, "người"), Q("5 người", 5, "người"), Q("4 người", 4, "người"),
 Q("11 trường hợp", 11, "trường hợp"), Q("120 triệu đồng", 120000000, "đồng")],
[D("Kế hoạch", "14", "KH-MTTQ-BTT", "2019-03-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 14/KH-MTTQ-BTT ngày 20/3/2019"),
 D("Nghị định", "80", "2011/NĐ-CP", None, "Chính phủ", "Nghị định số 80/2011/NĐ-CP của Chính phủ")],
[prov("Phú Yên"), com("Xuân Phước"), com("La Hai")],
["ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ YÊN", "Trang chủ - Hoạt động giám sát, phản biện xã hội", "Đồng Xuân",
 "Sở Lao động - Thương binh và Xã hội", "Hội Cựu chiến binh"],
["2019-08-15 16:40", "năm 2019", "từ năm 2012", "tháng 6/2019", "1 người", "30/9/2019"]))

PAGES.append(page("b8535-binhduong-phuong-baocao-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂN ĐỊNH - THỊ XÃ BẾN CÁT
Tin tức | Văn bản | Lịch công tác | Hỏi đáp
30 tháng 12, 2020 | 17:45
Kết quả công tác giúp đỡ người chấp hành xong án phạt tù năm 2020
Ngày 28/12/2020, UBND phường Tân Định ban hành Báo cáo số 412/BC-UBND về kết quả thực hiện công tác tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù năm 2020 trên địa bàn phường, tỉnh Bình Dương. Báo cáo do ông Nguyễn Văn Tấn, Phó Chủ tịch UBND phường, Trưởng Ban chỉ đạo công tác tái hòa nhập cộng đồng phường ký. Cổng thông tin trích đăng nội dung chính.
1. Tình hình chung
Năm 2020, do ảnh hưởng của dịch Covid-19, nhiều doanh nghiệp trên địa bàn cắt giảm lao động, gây khó khăn cho việc bố trí việc làm. Phường hiện quản lý 58 người đã chấp hành xong án phạt tù, trong đó 9 người trở về trong năm (có 3 người được đặc xá), 21 người là người từ tỉnh khác đến tạm trú.
Phân theo khu phố: khu phố 1 có 12 người, khu phố 2 có 9 người, khu phố 3 có 15 người, khu phố 4 có 14 người, khu phố 5 có 8 người.
2. Kết quả thực hiện
Thực hiện Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 của Chính phủ quy định chi tiết thi hành Luật Thi hành án hình sự về tái hòa nhập cộng đồng và Kế hoạch số 2156/KH-UBND ngày 26/6/2020 của UBND tỉnh, UBND phường đã kiện toàn Ban chỉ đạo gồm 13 thành viên; phân công 58 cán bộ, đoàn viên, hội viên theo dõi, giúp đỡ từng người.
Trong năm, phường tổ chức 4 buổi tuyên truyền pháp luật với 236 lượt người tham dự; giới thiệu 17 người vào làm việc tại các công ty trong Khu công nghiệp Mỹ Phước; phối hợp Phòng Giao dịch Ngân hàng Chính sách xã hội thị xã giải ngân cho 6 người vay với tổng số tiền 300 triệu đồng. Mặt trận và các đoàn thể trao 45 phần quà Tết, mỗi phần 400.000 đồng, cho người có hoàn cảnh khó khăn.
Tỷ lệ người chấp hành xong án phạt tù có việc làm đạt 84,5%; không có trường hợp tái phạm tội. Có 2 trường hợp vi phạm hành chính (đánh bạc) đã được nhắc nhở, giáo dục tại khu phố.
3. Hạn chế và phương hướng năm 2021
Một số người tạm trú thường xuyên thay đổi chỗ ở nên việc nắm tình hình còn chậm. Năm 2021, phường phấn đấu trên 90% người chấp hành xong án phạt tù có việc làm, tiếp tục duy trì mô hình "Khu phố không có người tái phạm" ở 5/5 khu phố; phối hợp Công an phường rà soát, cập nhật danh sách hằng quý.
Ông Huỳnh Thanh Phong, Bí thư Đảng ủy phường Tân Định, đề nghị các chi bộ khu phố đưa nội dung này vào sinh hoạt định kỳ.
Ban biên tập
Lượt truy cập: 38.407
Các tin đã đưa
- Phường Tân Định tổng kết công tác Mặt trận năm 2020 (25/12/2020)
- Hội nghị đối thoại giữa Chủ tịch UBND phường với nhân dân (15/12/2020)
- Ra mắt Tổ an ninh trật tự tự quản khu phố 4 (30/11/2020)
""", "2020-12-30", "Kết quả công tác giúp đỡ người chấp hành xong án phạt tù năm 2020",
E("bao_cao", "2020", "2020-12-28"),
[P("Nguyễn Văn Tấn", "Phó Chủ tịch UBND phường", "Trưởng Ban chỉ đạo công tác tái hòa nhập cộng đồng phường"),
 P("Huỳnh Thanh Phong", "Bí thư Đảng ủy phường Tân Định")],
[Q("58 người", 58, "người"), Q("9 người", 9, "người"), Q("3 người", 3, "người"), Q("21 người", 21, "người"),
 Q("12 người", 12, "người"), Q("15 người", 15, "người"), Q("14 người", 14, "người"), Q("8 người", 8, "người"),
 Q("13 thành viên", 13, "thành viên"), Q("58 cán bộ, đoàn viên, hội viên", 58, "cán bộ, đoàn viên, hội viên"),
 Q("4 buổi tuyên truyền pháp luật", 4, "buổi tuyên truyền pháp luật"), Q("236 lượt người", 236, "lượt người"),
 Q("17 người", 17, "người"), Q("6 người", 6, "người"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("45 phần quà", 45, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("84,5%", 84.5, "%"),
 Q("2 trường hợp", 2, "trường hợp"), Q("trên 90%", 90, "%", "over"), Q("5/5 khu phố", 5, "khu phố")],
[D("Báo cáo", "412", "BC-UBND", "2020-12-28", "UBND phường Tân Định", "Báo cáo số 412/BC-UBND"),
 D("Nghị định", "49", "2020/NĐ-CP", "2020-04-17", "Chính phủ", "Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 của Chính phủ"),
 D("Kế hoạch", "2156", "KH-UBND", "2020-06-26", "UBND tỉnh", "Kế hoạch số 2156/KH-UBND ngày 26/6/2020 của UBND tỉnh")],
[prov("Bình Dương"), com("Tân Định")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂN ĐỊNH - THỊ XÃ BẾN CÁT", "Tin tức | Văn bản | Lịch công tác | Hỏi đáp",
 "Luật Thi hành án hình sự", "Khu công nghiệp Mỹ Phước", "Khu phố không có người tái phạm", "Lượt truy cập: 38.407"],
["30 tháng 12, 2020 | 17:45", "năm 2020", "năm 2021", "Covid-19", "1. Tình hình chung", "2. Kết quả thực hiện", "3. Hạn chế",
 "khu phố 1", "khu phố 2", "khu phố 3", "khu phố 4", "khu phố 5", "Lượt truy cập: 38.407"]))

PAGES.append(page("b8536-yenbai-bdv-taphuan-2020", """
BÁO YÊN BÁI ĐIỆN TỬ
Chính trị › Xây dựng Đảng › Dân vận
Cập nhật: 09:42, 21/10/2020 (GMT+7)
Toàn cảnh lớp tập huấn tại Mù Cang Chải.
Tập huấn công tác tái hòa nhập cộng đồng cho cán bộ cơ sở vùng cao
YBĐT - Ngày 20/10, Ban Dân vận Tỉnh ủy phối hợp với Công an tỉnh Yên Bái tổ chức lớp tập huấn năm 2020 về công tác tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù cho 142 học viên là cán bộ dân vận, công an, Mặt trận, trưởng thôn của 14 xã vùng cao huyện Mù Cang Chải và Trạm Tấu.
Dự khai mạc có đồng chí Hà Văn Pệ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Giàng A Tông, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Mù Cang Chải.
Tại lớp tập huấn, Thượng tá Đỗ Thanh Hải, Phó Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp (PC10) Công an tỉnh giới thiệu những điểm mới của Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 của Chính phủ, thay thế Nghị định 80/2011/NĐ-CP. Theo đó, người chấp hành xong án phạt tù được hỗ trợ học nghề, vay vốn, được tư vấn tâm lý, pháp lý; UBND cấp xã phải phân công người giúp đỡ ngay khi tiếp nhận.
TS. Triệu Tiến Thành, giảng viên Trường Chính trị tỉnh, trao đổi kỹ năng vận động đồng bào Mông, Dao trong giúp đỡ người lầm lỗi, nhất là những người từng liên quan đến ma túy, mua bán người. Học viên được nghe chia sẻ kinh nghiệm từ ông Sùng A Chứ, Bí thư Chi bộ kiêm Trưởng bản Tà Ghênh, xã Chế Cu Nha, nơi 3 năm qua 7 người trở về đều có việc làm, không ai tái phạm.
Theo số liệu của Công an tỉnh, từ năm 2015 đến tháng 9/2020, Yên Bái tiếp nhận 1.036 người chấp hành xong án phạt tù, trong đó 391 người là đồng bào dân tộc thiểu số; tỷ lệ tái phạm khoảng 4,2%. Riêng hai huyện Mù Cang Chải, Trạm Tấu có 186 người, phần lớn liên quan ma túy.
Bà Lý Thị Lan, Chủ tịch Ủy ban MTTQ xã Nậm Búng (Văn Chấn), đề nghị tăng phụ cấp cho cán bộ trực tiếp giúp đỡ và dịch tài liệu sang tiếng Mông để dễ tuyên truyền.
Phát biểu bế mạc, đồng chí Hà Văn Pệ yêu cầu các xã thực hiện tốt Kế hoạch số 178/KH-UBND ngày 25/8/2020 của UBND tỉnh về thi hành Nghị định 49; gắn với Nghị quyết số 10-NQ/TU ngày 15/5/2020 của Ban Chấp hành Đảng bộ tỉnh về phòng, chống ma túy. Mỗi học viên được cấp 1 bộ tài liệu và giấy chứng nhận; kinh phí lớp học 85 triệu đồng do ngân sách tỉnh bảo đảm.
Cuối lớp học, học viên thảo luận nhóm và xây dựng 14 bản kế hoạch giúp đỡ người chấp hành xong án phạt tù sát với thực tế từng xã.
Thanh Tân
Tin cùng chuyên mục
- Văn Yên: 35 mô hình "Dân vận khéo" giai đoạn 2016 - 2020 (14/10/2020)
- Ban Dân vận Tỉnh ủy giao ban quý III (06/10/2020)
- Trạm Tấu vận động đồng bào bỏ hủ tục (28/09/2020)
""", "2020-10-21", "Tập huấn công tác tái hòa nhập cộng đồng cho cán bộ cơ sở vùng cao",
E("tap_huan", "2020", "2020-10-20"),
[P("Hà Văn Pệ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Tông", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy Mù Cang Chải"),
 P("Đỗ Thanh Hải", "Thượng tá", "Phó Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp (PC10) Công an tỉnh"),
 P("Triệu Tiến Thành", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Sùng A Chứ", "Bí thư Chi bộ kiêm Trưởng bản Tà Ghênh"),
 P("Lý Thị Lan", "Chủ tịch Ủy ban MTTQ xã Nậm Búng")],
[Q("142 học viên", 142, "học viên"), Q("14 xã vùng cao", 14, "xã vùng cao"), Q("7 người", 7, "người"),
 Q("1.036 người", 1036, "người"), Q("391 người", 391, "người"), Q("khoảng 4,2%", 4.2, "%", "approx"),
 Q("186 người", 186, "người"), Q("85 triệu đồng", 85000000, "đồng"), Q("14 bản kế hoạch", 14, "bản kế hoạch")],
[D("Nghị định", "49", "2020/NĐ-CP", "2020-04-17", "Chính phủ", "Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 của Chính phủ"),
 D("Nghị định", "80", "2011/NĐ-CP", None, None, "Nghị định 80/2011/NĐ-CP"),
 D("Kế hoạch", "178", "KH-UBND", "2020-08-25", "UBND tỉnh", "Kế hoạch số 178/KH-UBND ngày 25/8/2020 của UBND tỉnh"),
 D("Nghị quyết", "10", "NQ/TU", "2020-05-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 15/5/2020")],
[prov("Yên Bái"), com("Chế Cu Nha"), com("Nậm Búng")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Chính trị › Xây dựng Đảng › Dân vận", "Toàn cảnh lớp tập huấn tại Mù Cang Chải.", "YBĐT",
 "Trường Chính trị tỉnh", "Mù Cang Chải", "Trạm Tấu", "Văn Chấn", "bản Tà Ghênh"],
["Cập nhật: 09:42, 21/10/2020 (GMT+7)", "năm 2020", "3 năm qua", "từ năm 2015", "tháng 9/2020", "Nghị định 49", "1 bộ tài liệu"]))
