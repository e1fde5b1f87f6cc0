from lib import *
PAGES = []

PAGES.append(page("b2531-thanhhoa-mttq-ngayhoi-bansai-2016", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Thời sự / Chính trị / Mặt trận - Đoàn thể
Thứ 5, 17/11/2016 - 08:30
Đồng chí Bùi Thị Hoa trao quà cho các hộ nghèo bản Sại.
Ấm tình đoàn kết ở bản Sại
(Baothanhhoa.vn) - Ngày 16/11, đồng chí Bùi Thị Hoa, Phó Chủ tịch Ủy ban MTTQ tỉnh, đã dự Ngày hội Đại đoàn kết toàn dân tộc tại bản Sại, xã Thành Sơn, huyện Bá Thước, nhân kỷ niệm 86 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2016). Cùng dự có đồng chí Hà Văn Ún, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Bá Thước.
Bản Sại có 152 hộ với 680 nhân khẩu, đồng bào Mường chiếm 96%. Ông Quách Văn Cầm, Trưởng Ban công tác Mặt trận bản, cho biết năm 2016 bản có thêm 11 hộ thoát nghèo, nay còn 34 hộ nghèo; 128 hộ đạt danh hiệu gia đình văn hóa. Bà con đã hiến 850 m2 đất, góp 420 ngày công và trên 60 triệu đồng để làm mới 1,2 km đường bê tông nội bản và sửa nhà văn hóa. Đặc biệt, bản đã vận động 15 hộ cùng dòng họ góp vật liệu, ngày công giúp hộ bà Bùi Thị Lơn dựng lại ngôi nhà sàn bị lũ cuốn trôi.
Thực hiện Chỉ thị số 17-CT/TW ngày 18/3/2003 của Ban Bí thư về tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư và Kế hoạch số 46/KH-MTTQ-BTT ngày 5/10/2016 của Ban Thường trực Ủy ban MTTQ tỉnh, năm nay 100% khu dân cư của huyện Bá Thước tổ chức Ngày hội, gắn với phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Phát biểu tại Ngày hội, đồng chí Bùi Thị Hoa chúc mừng những thành tích bản Sại đạt được; đề nghị bà con tiếp tục giữ gìn bản sắc văn hóa Mường, phát huy tinh thần "lá lành đùm lá rách", giúp nhau phát triển kinh tế, không để hộ nào phải ở nhà tạm.
Dịp này, Ủy ban MTTQ tỉnh trao 20 suất quà cho hộ nghèo của bản, mỗi suất trị giá 500.000 đồng; Ủy ban MTTQ huyện Bá Thước trao 1 căn nhà Đại đoàn kết cho hộ bà Bùi Thị Lơn. Ông Trương Văn Tùng, Bí thư Chi bộ bản Sại, phát động bà con ủng hộ Quỹ "Vì người nghèo", ngay tại Ngày hội đã quyên góp được 7,5 triệu đồng.
Phần hội có các tiết mục cồng chiêng, hát xéc bùa, thi nấu ăn và thi đấu bóng chuyền giữa 4 đội của các xóm.
Theo Ủy ban MTTQ tỉnh Thanh Hóa, tính đến ngày 16/11/2016, toàn tỉnh có 5.938 khu dân cư tổ chức Ngày hội; các khu dân cư đã vận động xây dựng 712 nhà Đại đoàn kết trong năm.
Lê Hà
Tin liên quan
- Mường Lát: vận động 300 hộ không di cư tự do (10/11/2016)
- Thanh Hóa trao 1.000 suất quà cho hộ nghèo vùng lũ (20/10/2016)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6, khóa XVII (28/9/2016)
- Quan Sơn khánh thành 25 nhà Đại đoàn kết cho đồng bào Thái (08/11/2016)
- Bá Thước: tổng kết 5 năm cuộc vận động xây dựng nông thôn mới (27/10/2016)
""", "2016-11-17", "Ấm tình đoàn kết ở bản Sại",
E("khac", None, "2016-11-16"),
[P("Bùi Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Ún", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Bá Thước"),
 P("Quách Văn Cầm", "Trưởng Ban công tác Mặt trận bản"),
 P("Bùi Thị Lơn"),
 P("Trương Văn Tùng", "Bí thư Chi bộ bản Sại")],
[Q("152 hộ", 152, "hộ"), Q("680 nhân khẩu", 680, "nhân khẩu"), Q("96%", 96, "%"), Q("11 hộ", 11, "hộ"),
 Q("34 hộ nghèo", 34, "hộ nghèo"), Q("128 hộ", 128, "hộ"), Q("850 m2", 850, "m2"), Q("420 ngày công", 420, "ngày công"),
 Q("trên 60 triệu đồng", 60000000, "đồng", "over"), Q("1,2 km", 1.2, "km"), Q("15 hộ", 15, "hộ"), Q("100%", 100, "%"),
 Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("7,5 triệu đồng", 7500000, "đồng"),
 Q("4 đội", 4, "đội"), Q("5.938 khu dân cư", 5938, "khu dân cư"), Q("712 nhà Đại đoàn kết", 712, "nhà Đại đoàn kết")],
[D("Chỉ thị", "17", "CT/TW", "2003-03-18", "Ban Bí thư", "Chỉ thị số 17-CT/TW ngày 18/3/2003"),
 D("Kế hoạch", "46", "KH-MTTQ-BTT", "2016-10-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 46/KH-MTTQ-BTT ngày 5/10/2016")],
[prov("Thanh Hóa"), com("Thành Sơn")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Thời sự / Chính trị / Mặt trận - Đoàn thể",
 "Đồng chí Bùi Thị Hoa trao quà cho các hộ nghèo bản Sại.", "(Baothanhhoa.vn)", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "lá lành đùm lá rách", "Vì người nghèo"],
["Thứ 5, 17/11/2016 - 08:30", "86 năm", "18/11/1930 - 18/11/2016", "năm 2016", "1 căn nhà Đại đoàn kết"]))

PAGES.append(page("b2532-daklak-bdv-gapmat-nguoicouytin-2017", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Vị trí: Trang chủ › Hoạt động › Dân tộc - Tôn giáo
Ngày đăng 10/08/2017 | 16:20
Gặp mặt, tôn vinh 210 người có uy tín năm 2017
Ngày 9/8/2017, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh Đắk Lắk tổ chức hội nghị gặp mặt, tôn vinh 210 người có uy tín trong đồng bào dân tộc thiểu số năm 2017. Đồng chí H'Bơ Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Y Thuê Mlô, Phó Trưởng Ban Dân tộc tỉnh chủ trì. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Hạnh, Y Jôn Ksơr.
Các đại biểu dự hội nghị chụp ảnh lưu niệm. Ảnh: Hoàng Gia
Toàn tỉnh hiện có 2.148 người có uy tín, là già làng, trưởng buôn, trưởng dòng họ, chức sắc tôn giáo của 47 dân tộc cùng sinh sống. Thực hiện Quyết định số 56/2013/QĐ-TTg ngày 7/10/2013 của Thủ tướng Chính phủ và Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy, 6 tháng đầu năm người có uy tín đã tham gia hòa giải thành 312 vụ việc mâu thuẫn trong cộng đồng, vận động 54 hộ không nghe theo đối tượng xấu, đi lại, tụ tập trái phép; vận động nhân dân hiến gần 18 ha đất để làm đường, xây trường học.
Tại hội nghị, ông Y Kra Kbuôr, người có uy tín buôn Kô Êmông, xã Cuôr Đăng, chia sẻ: "Buôn mình có 214 hộ, trước đây nhiều nhà ở tạm, dột nát. Già làng cùng chi bộ vận động bà con góp công, Mặt trận hỗ trợ, 3 năm qua làm được 19 nhà Đại đoàn kết". Ông Hoàng Văn Páo, người có uy tín thôn 7, xã Cư San, người Mông di cư từ Cao Bằng vào, kể chuyện vận động 23 hộ đồng bào Mông định canh, định cư, không phá rừng làm rẫy.
Phát biểu, đồng chí H'Bơ Niê ghi nhận những đóng góp của người có uy tín trong giữ gìn an ninh chính trị, trật tự an toàn xã hội vùng đồng bào; đề nghị cấp ủy, chính quyền các cấp thực hiện tốt Kết luận 01-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số, thường xuyên gặp gỡ, lắng nghe ý kiến người có uy tín; Mặt trận các cấp tiếp tục ưu tiên nguồn Quỹ "Vì người nghèo" để xóa nhà tạm cho hộ đồng bào tại chỗ.
Dịp này, Ban tổ chức tặng 210 phần quà, mỗi phần trị giá 800.000 đồng; Ủy ban nhân dân tỉnh tặng Bằng khen cho 35 người có uy tín có thành tích xuất sắc.
Ban Dân vận Tỉnh ủy cho biết, năm 2017 toàn tỉnh dành khoảng 1,7 tỷ đồng để thực hiện chế độ, chính sách đối với người có uy tín, tổ chức 15 lớp bồi dưỡng kiến thức cho 1.050 lượt người có uy tín.
H.G
Tin cùng chuyên mục
- Krông Bông gặp mặt già làng, người có uy tín (02/8/2017)
- Ea Súp vận động đồng bào không di cư tự do (25/7/2017)
- Hội nghị công tác dân vận vùng đồng bào dân tộc thiểu số (12/7/2017)
""", "2017-08-10", "Gặp mặt, tôn vinh 210 người có uy tín năm 2017",
E("hoi_nghi", "2017", "2017-08-09"),
[P("H'Bơ Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thuê Mlô", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Y Jôn Ksơr", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Kra Kbuôr", "người có uy tín buôn Kô Êmông"),
 P("Hoàng Văn Páo", "người có uy tín thôn 7")],
[Q("210 người có uy tín", 210, "người có uy tín"), Q("2.148 người có uy tín", 2148, "người có uy tín"),
 Q("47 dân tộc", 47, "dân tộc"), Q("312 vụ việc mâu thuẫn", 312, "vụ việc mâu thuẫn"), Q("54 hộ", 54, "hộ"),
 Q("gần 18 ha", 18, "ha", "approx"), Q("214 hộ", 214, "hộ"), Q("19 nhà Đại đoàn kết", 19, "nhà Đại đoàn kết"),
 Q("23 hộ đồng bào Mông", 23, "hộ đồng bào Mông"), Q("210 phần quà", 210, "phần quà"), Q("800.000 đồng", 800000, "đồng"),
 Q("35 người có uy tín", 35, "người có uy tín"), Q("khoảng 1,7 tỷ đồng", 1700000000, "đồng", "approx"),
 Q("15 lớp bồi dưỡng", 15, "lớp bồi dưỡng"), Q("1.050 lượt người có uy tín", 1050, "lượt người có uy tín")],
[D("Quyết định", "56", "2013/QĐ-TTg", "2013-10-07", "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg ngày 7/10/2013"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01-KL/TU")],
[prov("Đắk Lắk"), prov("Cao Bằng"), com("Cuôr Đăng"), com("Cư San")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Vị trí: Trang chủ › Hoạt động › Dân tộc - Tôn giáo",
 "Các đại biểu dự hội nghị chụp ảnh lưu niệm. Ảnh: Hoàng Gia", "Vì người nghèo"],
["Ngày đăng 10/08/2017 | 16:20", "năm 2017", "6 tháng đầu năm", "3 năm qua", "thôn 7"]))

PAGES.append(page("b2533-binhthuan-mttq-soket-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH THUẬN
Trang chủ >> Tin hoạt động >> Mặt trận tỉnh
14.07.2017 | 15:05
Mặt trận các cấp chung tay chăm lo người nghèo
Sáng 13/7, Ủy ban MTTQ Việt Nam tỉnh Bình Thuận tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Quang Vinh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Tham dự có 31 đồng chí là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố và đại diện các tổ chức thành viên.
Ảnh: Quang cảnh hội nghị sơ kết.
Báo cáo do bà Đàng Thị Mỹ Dung, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, 6 tháng qua Quỹ "Vì người nghèo" các cấp vận động được 6,3 tỷ đồng; đã hỗ trợ xây mới 42 căn nhà Đại đoàn kết và sửa chữa 17 căn, mỗi căn xây mới trị giá 40 triệu đồng. Dịp Tết Đinh Dậu, Mặt trận các cấp đã tặng quà cho 18.700 lượt hộ nghèo, hộ cận nghèo với tổng trị giá trên 7,4 tỷ đồng. Qua rà soát giữa năm, có 215 hộ thoát nghèo nhờ được hỗ trợ sinh kế, tỷ lệ hộ nghèo toàn tỉnh còn 2,96%.
Thực hiện Nghị quyết 14, 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững và phát triển vùng đồng bào dân tộc thiểu số, cùng Chương trình phối hợp số 05/CTPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND tỉnh, Mặt trận đã tổ chức 26 cuộc giám sát việc thực hiện chính sách giảm nghèo, kiến nghị điều chỉnh 9 trường hợp bình xét hộ nghèo chưa chính xác.
Tại hội nghị, ông Thuận Văn Lợi, Chủ tịch Ủy ban MTTQ huyện Bắc Bình, cho biết huyện đã vận động chức sắc Chăm Bàni, Bà-la-môn tham gia vận động Quỹ, làm được 11 căn nhà cho đồng bào Chăm ở xã Phan Thanh và xã Phan Hòa. Bà Mang Thị Xuân, Phó Chủ tịch Ủy ban MTTQ huyện Hàm Thuận Bắc, đề nghị tỉnh quan tâm hỗ trợ đất sản xuất cho đồng bào Raglai.
Kết luận hội nghị, đồng chí Lê Quang Vinh đề nghị 6 tháng cuối năm Mặt trận các cấp tập trung chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở 690 khu dân cư, phấn đấu trước ngày 18/11 bàn giao thêm 60 căn nhà Đại đoàn kết; đẩy mạnh phong trào "Ngày thứ Bảy vì người nghèo" và cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"; nâng cao chất lượng giám sát, phản biện xã hội theo Quyết định 217-QĐ/TW của Bộ Chính trị.
Nhân dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 8 tập thể, 12 cá nhân có thành tích trong vận động Quỹ "Vì người nghèo" 6 tháng đầu năm.
Kim Ngân
Tin khác
- Tuy Phong bàn giao 8 nhà Đại đoàn kết cho hộ nghèo (05/7/2017)
- Đức Linh: hội nghị phản biện dự thảo quy hoạch sử dụng đất (22/6/2017)
- Tập huấn nghiệp vụ công tác Mặt trận cơ sở năm 2017 (08/6/2017)
""", "2017-07-14", "Mặt trận các cấp chung tay chăm lo người nghèo",
E("so_ket", "2017-H1", "2017-07-13"),
[P("Lê Quang Vinh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Mỹ Dung", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thuận Văn Lợi", "Chủ tịch Ủy ban MTTQ huyện Bắc Bình"),
 P("Mang Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ huyện Hàm Thuận Bắc")],
[Q("31 đồng chí", 31, "đồng chí"), Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("42 căn nhà Đại đoàn kết", 42, "căn nhà Đại đoàn kết"),
 Q("17 căn", 17, "căn"), Q("40 triệu đồng", 40000000, "đồng"), Q("18.700 lượt hộ nghèo, hộ cận nghèo", 18700, "lượt hộ nghèo, hộ cận nghèo"),
 Q("trên 7,4 tỷ đồng", 7400000000, "đồng", "over"), Q("215 hộ", 215, "hộ"), Q("2,96%", 2.96, "%"),
 Q("26 cuộc giám sát", 26, "cuộc giám sát"), Q("9 trường hợp", 9, "trường hợp"), Q("11 căn nhà", 11, "căn nhà"),
 Q("690 khu dân cư", 690, "khu dân cư"), Q("60 căn nhà Đại đoàn kết", 60, "căn nhà Đại đoàn kết"),
 Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Nghị quyết", "14", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 14, 15-NQ/TU"),
 D("Nghị quyết", "15", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 14, 15-NQ/TU"),
 D("Chương trình phối hợp", "05", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 05/CTPH-MTTQ-UBND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Bình Thuận"), com("Phan Thanh"), com("Phan Hòa")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH THUẬN", "Trang chủ >> Tin hoạt động >> Mặt trận tỉnh", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "Vì người nghèo", "Ngày thứ Bảy vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Ngày hội Đại đoàn kết toàn dân tộc"],
["14.07.2017 | 15:05", "31 đồng chí", "6 tháng qua", "6 tháng đầu năm 2017", "6 tháng cuối năm", "Tết Đinh Dậu", "18/11"]))

PAGES.append(page("b2534-caobang-mttq-giaoban-quy3-2018", """
Hôm nay: Thứ Sáu, 05/10/2018
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CAO BẰNG
Trang chủ - Tin tức - Hoạt động Mặt trận
Giao ban công tác Mặt trận quý III/2018
Cập nhật lúc 16:40 ngày 04/10/2018
Ngày 3/10, Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng tổ chức giao ban công tác Mặt trận quý III năm 2018 với Ủy ban MTTQ 13 huyện, thành phố. Đồng chí Hoàng Thị Khuê, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Đồng chí Hoàng Thị Khuê phát biểu kết luận giao ban.
Trong quý III, Mặt trận các cấp tiếp tục triển khai Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và về xóa nhà tạm cho hộ nghèo vùng biên giới. Quỹ "Vì người nghèo" các cấp tiếp nhận 3,2 tỷ đồng; Mặt trận đã khởi công 135 nhà Đại đoàn kết, trong đó 98 nhà đã hoàn thành, mỗi nhà được hỗ trợ từ 30 đến 40 triệu đồng. Mặt trận các cấp tổ chức 47 cuộc giám sát, tham gia hòa giải thành 89 vụ việc mâu thuẫn trong nhân dân. Theo báo cáo, 9 tháng năm 2018 toàn tỉnh có 1.126 hộ thoát nghèo; các khu dân cư đã đăng ký xây dựng 312 mô hình tự quản về an ninh trật tự và vệ sinh môi trường.
Về chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc năm 2018, Ban Thường trực đã ban hành Công văn số 215/MTTQ-BTT hướng dẫn 2.540 khu dân cư tổ chức Ngày hội; mỗi huyện chọn 1 khu dân cư để lãnh đạo tỉnh về dự. Đồng chí Lý Văn Mìn, Phó Chủ tịch Ủy ban MTTQ tỉnh cho biết, năm nay Ngày hội gắn với trao nhà Đại đoàn kết, khen thưởng 250 gia đình tiêu biểu và biểu dương người có uy tín.
Tại giao ban, các đồng chí Chủ tịch Ủy ban MTTQ huyện: Nông Văn Thượng (Trùng Khánh), Đàm Thị Nhung (Hà Quảng), Lương Văn Chấn (Bảo Lạc) phản ánh khó khăn do mưa lũ tháng 8 làm 64 nhà bị sập, hư hỏng; nhiều tuyến đường đến các xã vùng cao bị sạt lở, việc vận chuyển vật liệu xây nhà Đại đoàn kết chậm. Thị trấn Trùng Khánh và xã Đức Long được nêu là đơn vị vận động nhân dân góp công, góp vật liệu tốt nhất.
Kết luận giao ban, đồng chí Hoàng Thị Khuê yêu cầu quý IV các huyện hoàn thành 37 nhà còn lại trước Ngày hội; thực hiện tốt Kế hoạch số 45-KH/MTTQ-BTT về giám sát chính sách hỗ trợ người bị thiệt hại do thiên tai; chủ động nắm tình hình, kịp thời phản ánh tâm tư, nguyện vọng của nhân dân lên cấp ủy. Mặt trận tỉnh sẽ tiếp tục đề nghị các doanh nghiệp ủng hộ 500 bao xi măng cho các hộ bị sập nhà.
Nông Tuyết
Lượt xem: 412
Tin cùng chuyên mục
- Hà Quảng: trao 10 nhà Đại đoàn kết cho hộ nghèo (28/9/2018)
- Mặt trận tỉnh thăm hỏi, hỗ trợ người dân vùng lũ (22/8/2018)
- Giao ban công tác Mặt trận quý II/2018 (06/7/2018)
""", "2018-10-04", "Giao ban công tác Mặt trận quý III/2018",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Hoàng Thị Khuê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lý Văn Mìn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nông Văn Thượng", "Chủ tịch Ủy ban MTTQ huyện"), P("Đàm Thị Nhung", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lương Văn Chấn", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("13 huyện, thành phố", 13, "huyện, thành phố"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("135 nhà Đại đoàn kết", 135, "nhà Đại đoàn kết"),
 Q("98 nhà", 98, "nhà"), Q("30", 30000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("47 cuộc giám sát", 47, "cuộc giám sát"),
 Q("89 vụ việc mâu thuẫn", 89, "vụ việc mâu thuẫn"), Q("2.540 khu dân cư", 2540, "khu dân cư"),
 Q("250 gia đình tiêu biểu", 250, "gia đình tiêu biểu"), Q("64 nhà", 64, "nhà"), Q("37 nhà", 37, "nhà"),
 Q("500 bao xi măng", 500, "bao xi măng"),
 Q("1.126 hộ", 1126, "hộ"), Q("312 mô hình tự quản", 312, "mô hình tự quản")],
[D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Công văn", "215", "MTTQ-BTT", None, "Ban Thường trực", "Công văn số 215/MTTQ-BTT"),
 D("Kế hoạch", "45", "KH/MTTQ-BTT", None, None, "Kế hoạch số 45-KH/MTTQ-BTT")],
[prov("Cao Bằng"), com("Trùng Khánh"), com("Đức Long")],
["Hôm nay: Thứ Sáu, 05/10/2018", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CAO BẰNG", "Trang chủ - Tin tức - Hoạt động Mặt trận",
 "Đồng chí Hoàng Thị Khuê phát biểu kết luận giao ban.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Vì người nghèo", "Lượt xem: 412"],
["Hôm nay: Thứ Sáu, 05/10/2018", "Cập nhật lúc 16:40 ngày 04/10/2018", "quý III/2018", "quý III năm 2018", "quý IV", "tháng 8", "1 khu dân cư", "9 tháng năm 2018", "Lượt xem: 412"]))

PAGES.append(page("b2535-angiang-mttq-tongket-2018", """
Ủy ban MTTQ Việt Nam tỉnh An Giang
Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh
Thứ Sáu, 21/12/2018
Toàn cảnh hội nghị. Ảnh: Thanh Tiến
An Giang: 881 khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc
Chiều 20/12, Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị tổng kết công tác Mặt trận năm 2018, triển khai chương trình phối hợp thống nhất hành động năm 2019. Đồng chí Trần Thanh Hiệp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2018, 881 khu dân cư trong tỉnh tổ chức Ngày hội Đại đoàn kết toàn dân tộc, đạt 100%; qua Ngày hội, Mặt trận các cấp và nhân dân đã đóng góp 18,6 tỷ đồng cho các công trình phúc lợi ở khu dân cư. Quỹ "Vì người nghèo" ba cấp vận động được 52,4 tỷ đồng; Mặt trận đã xây dựng, sửa chữa 1.020 căn nhà Đại đoàn kết, trong đó có 146 căn cho hộ đồng bào Chăm, Khmer; tỷ lệ hộ nghèo của tỉnh còn 4,2%. Nhân dân đã hiến trên 25.000 m2 đất, đóng góp 36.500 ngày công làm 214 cây cầu nông thôn và 87 km đường.
Thực hiện Kế hoạch 120, 121-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về tổ chức Ngày hội và về xóa nhà tạm cho hộ nghèo, Mặt trận đã phối hợp với các chức sắc tôn giáo vận động tín đồ ủng hộ trên 9 tỷ đồng. Hòa thượng Chau Ty, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết các chùa Khmer ở Tri Tôn, Tịnh Biên đã đứng ra vận động làm 62 căn nhà cho hộ nghèo trong phum, sóc.
Tại hội nghị, ông Haji Mu Sa, Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh, cho biết cộng đồng Chăm ở xã Châu Phong và xã Khánh Hòa đã có 35 hộ được nhận nhà mới; ông Néang Sa Vươl, Chủ tịch Ủy ban MTTQ xã Ô Lâm, giới thiệu mô hình "Sóc không có nhà tạm" với sự góp sức của 12 vị sư sãi và 4 Ban quản trị chùa.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 5 tập thể, 7 cá nhân; Ủy ban MTTQ tỉnh tặng Bằng khen cho 40 tập thể và 52 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2018.
Phát biểu chỉ đạo, đồng chí Trần Thanh Hiệp đề nghị năm 2019 Mặt trận các cấp tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; phấn đấu xây dựng 1.000 căn nhà Đại đoàn kết, ưu tiên hộ nghèo đồng bào dân tộc thiểu số và hộ có người thuộc diện bảo trợ xã hội; phát huy vai trò của 1.420 người có uy tín trong cộng đồng.
Thanh Tiến
Tin liên quan
- Tri Tôn bàn giao 30 căn nhà Đại đoàn kết (10/12/2018)
- Ngày hội Đại đoàn kết ở khóm Châu Long 8 (17/11/2018)
- Mặt trận tỉnh giám sát việc xây nhà cho hộ nghèo (25/10/2018)
""", "2018-12-21", "An Giang: 881 khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
E("tong_ket", "2018", "2018-12-20"),
[P("Trần Thanh Hiệp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Ty", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Haji Mu Sa", "Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Néang Sa Vươl", "Chủ tịch Ủy ban MTTQ xã Ô Lâm")],
[Q("881 khu dân cư", 881, "khu dân cư"), Q("100%", 100, "%"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("52,4 tỷ đồng", 52400000000, "đồng"), Q("1.020 căn nhà Đại đoàn kết", 1020, "căn nhà Đại đoàn kết"), Q("146 căn", 146, "căn"),
 Q("4,2%", 4.2, "%"), Q("trên 25.000 m2", 25000, "m2", "over"), Q("36.500 ngày công", 36500, "ngày công"),
 Q("214 cây cầu nông thôn", 214, "cây cầu nông thôn"), Q("87 km", 87, "km"), Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"),
 Q("62 căn nhà", 62, "căn nhà"), Q("35 hộ", 35, "hộ"), Q("12 vị sư sãi", 12, "vị sư sãi"), Q("4 Ban quản trị chùa", 4, "Ban quản trị chùa"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("40 tập thể", 40, "tập thể"), Q("52 cá nhân", 52, "cá nhân"),
 Q("1.000 căn nhà Đại đoàn kết", 1000, "căn nhà Đại đoàn kết"), Q("1.420 người có uy tín", 1420, "người có uy tín")],
[D("Kế hoạch", "120", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 120, 121-KH/MTTQ-BTT"),
 D("Kế hoạch", "121", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 120, 121-KH/MTTQ-BTT"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("An Giang"), com("Châu Phong"), com("Khánh Hòa"), com("Ô Lâm")],
["Ủy ban MTTQ Việt Nam tỉnh An Giang", "Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh", "Toàn cảnh hội nghị. Ảnh: Thanh Tiến",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Vì người nghèo", "Sóc không có nhà tạm",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ủy ban Trung ương MTTQ Việt Nam"],
["Thứ Sáu, 21/12/2018", "năm 2018", "năm 2019", "ba cấp"]))

PAGES.append(page("b2536-hoabinh-cuoiha-doithoai-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BÔI
Bạn đang ở: Trang chủ > Tin tức > Xã, thị trấn
2019-06-14 16:40
Ảnh: Quang cảnh buổi đối thoại.
Cuối Hạ: Đối thoại với nhân dân về hỗ trợ nhà ở cho hộ nghèo
Ngày 12/6/2019, Đảng ủy xã Cuối Hạ tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2019. Đồng chí Bùi Văn Thắng, Bí thư Đảng ủy xã và đồng chí Quách Thị Nhung, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì. Dự có đồng chí Đinh Công Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy Kim Bôi cùng 150 đại biểu là người có uy tín, trưởng xóm, hội viên các đoàn thể và nhân dân 14 xóm.
Buổi đối thoại tập trung vào việc hỗ trợ nhà ở cho hộ nghèo theo Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ và việc xây nhà Đại đoàn kết từ Quỹ "Vì người nghèo". Theo báo cáo của UBND xã, giai đoạn 2016 - 2019 xã có 42 hộ được hỗ trợ làm nhà, trong đó 18 căn nhà Đại đoàn kết do Ủy ban MTTQ tỉnh, huyện hỗ trợ mỗi căn 40 triệu đồng; 24 hộ vay vốn ưu đãi 25 triệu đồng/hộ.
Có 23 ý kiến góp ý của nhân dân được nêu trực tiếp tại hội nghị. Ông Bùi Văn Lựng, xóm Mớ Đá, phản ánh việc bình xét hộ được hỗ trợ ở xóm chưa công khai; bà Xa Thị Hiền, xóm Rổng, đề nghị được hỗ trợ thêm để sửa nhà sàn bị mối mọt. Ông Nguyễn Văn Khải, Bí thư Chi bộ kiêm Trưởng xóm Bãi Chạo, kiến nghị xã cho phép dùng gỗ rừng trồng của dòng họ để làm nhà cho 3 hộ khó khăn.
Trả lời các ý kiến, đồng chí Quách Thị Nhung cho biết danh sách hộ được hỗ trợ đã niêm yết tại 14 nhà văn hóa xóm trong 15 ngày, nhưng xã tiếp thu sẽ tổ chức họp dân bình xét lại ở xóm Mớ Đá; trường hợp hộ bà Xa Thị Hiền sẽ được đề xuất vào danh sách hỗ trợ năm 2020. Đồng chí Bùi Văn Thắng giao Ủy ban MTTQ xã phối hợp Ban Giám sát đầu tư của cộng đồng giám sát việc làm nhà, bảo đảm đúng đối tượng, đúng thiết kế.
Kết thúc đối thoại, 19/23 ý kiến được giải đáp ngay tại hội nghị; 4 ý kiến thuộc thẩm quyền cấp huyện được xã tổng hợp, báo cáo. Đồng chí Đinh Công Tuấn đánh giá cao cách làm dân chủ, cởi mở của xã, đề nghị duy trì đối thoại định kỳ theo Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 36-KH/HU của Ban Thường vụ Huyện ủy.
Tỉnh Hòa Bình hiện có 5.146 căn nhà Đại đoàn kết được xây dựng từ năm 2016, tổng kinh phí trên 200 tỷ đồng.
Thu Hà
Tin khác
- Kim Bôi: 100% xã tổ chức đối thoại với nhân dân năm 2019 (05/6/2019)
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15 (28/5/2019)
- Trao 5 căn nhà Đại đoàn kết tại xã Nật Sơn (20/5/2019)
- Ủy ban MTTQ huyện Kim Bôi sơ kết công tác Mặt trận 6 tháng đầu năm (12/5/2019)
""", "2019-06-14", "Cuối Hạ: Đối thoại với nhân dân về hỗ trợ nhà ở cho hộ nghèo",
E("doi_thoai", "2019", "2019-06-12"),
[P("Bùi Văn Thắng", "Bí thư Đảng ủy xã"),
 P("Quách Thị Nhung", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đinh Công Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy Kim Bôi"),
 P("Bùi Văn Lựng"), P("Xa Thị Hiền"),
 P("Nguyễn Văn Khải", "Bí thư Chi bộ kiêm Trưởng xóm Bãi Chạo")],
[Q("150 đại biểu", 150, "đại biểu"), Q("14 xóm", 14, "xóm"), Q("42 hộ", 42, "hộ"), Q("18 căn nhà Đại đoàn kết", 18, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("24 hộ", 24, "hộ"), Q("25 triệu đồng", 25000000, "đồng"), Q("23 ý kiến góp ý", 23, "ý kiến"),
 Q("3 hộ khó khăn", 3, "hộ khó khăn"), Q("14 nhà văn hóa xóm", 14, "nhà văn hóa xóm"), Q("19/23 ý kiến", 19, "ý kiến"),
 Q("4 ý kiến", 4, "ý kiến"), Q("5.146 căn nhà Đại đoàn kết", 5146, "căn nhà Đại đoàn kết"), Q("trên 200 tỷ đồng", 200000000000, "đồng", "over")],
[D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "36", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 36-KH/HU")],
[prov("Hòa Bình"), com("Cuối Hạ")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BÔI", "Bạn đang ở: Trang chủ > Tin tức > Xã, thị trấn", "Ảnh: Quang cảnh buổi đối thoại.",
 "Vì người nghèo", "Ban Giám sát đầu tư của cộng đồng"],
["2019-06-14 16:40", "năm 2019", "giai đoạn 2016 - 2019", "15 ngày", "năm 2020"]))
