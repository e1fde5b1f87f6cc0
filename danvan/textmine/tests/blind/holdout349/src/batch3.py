from lib import *
PAGES = []

PAGES.append(page("b8345-thanhhoa-doan-daihoi-2022", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Thời sự / Chính trị / Đoàn thể
10 tháng 9, 2022 | 11:20
Bế mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2022 - 2027
Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng Ban Chấp hành Tỉnh đoàn khóa XIX.
Sau 2 ngày làm việc (9 - 10/9), Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2022 - 2027 đã hoàn thành chương trình đề ra. Đại hội có 349 đại biểu chính thức, đại diện cho hơn 236.000 đoàn viên của 47 đoàn trực thuộc.
Dự phiên bế mạc có đồng chí Bùi Quang Hiển, Bí thư Trung ương Đoàn, Chủ tịch Hội Đồng Đội Trung ương; đồng chí Lại Văn Ngọc, Phó Bí thư Tỉnh ủy; đồng chí Phạm Thị Thanh Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Nhiệm kỳ 2017 - 2022, các cấp bộ Đoàn đã cụ thể hóa Kết luận số 80-KL/TW ngày 7/1/2014 của Ban Bí thư và Nghị quyết 05, 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh thành 12 chương trình, đề án. Toàn tỉnh đã xây dựng 1.842 công trình, phần việc thanh niên với tổng giá trị khoảng 146 tỷ đồng; hỗ trợ 2.310 dự án thanh niên khởi nghiệp; giới thiệu việc làm cho trên 38.000 đoàn viên thanh niên. Đặc biệt, trong phòng chống dịch Covid-19, các đội hình tình nguyện đã huy động khoảng 26.500 lượt đoàn viên tham gia.
Đại hội đã bầu 55 đồng chí vào Ban Chấp hành Tỉnh đoàn khóa XIX. Tại Hội nghị lần thứ nhất, Ban Chấp hành đã bầu 15 đồng chí vào Ban Thường vụ; đồng chí Lê Minh Hiển, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn khóa XVIII tái đắc cử Bí thư Tỉnh đoàn khóa XIX. Các đồng chí Hà Văn Thưởng, Lương Thị Mai, Phạm Quốc Bảo được bầu giữ chức Phó Bí thư Tỉnh đoàn khóa XIX. Ủy ban Kiểm tra Tỉnh đoàn gồm 9 đồng chí, đồng chí Lò Thị Thắm, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh đoàn.
Đoàn đại biểu dự Đại hội Đoàn toàn quốc lần thứ XII của Đoàn TNCS Hồ Chí Minh tỉnh gồm 18 đại biểu chính thức và 2 đại biểu dự khuyết.
Phát biểu tại phiên bế mạc, đồng chí Lại Văn Ngọc đề nghị Ban Chấp hành khóa mới khẩn trương xây dựng chương trình hành động; tập trung thực hiện 3 khâu đột phá, trong đó chú trọng tập hợp thanh niên vùng đồng bào Mường, Thái, Mông ở 11 huyện miền núi.
Đại hội đã thông qua Nghị quyết với 7 nhóm chỉ tiêu, trong đó: hằng năm giới thiệu trên 12.000 đoàn viên ưu tú cho Đảng; 100% cơ sở đoàn có ít nhất 1 công trình thanh niên; tỷ lệ đoàn viên được học tập nghị quyết đạt từ 90% trở lên. Đại hội phát động đợt thi đua cao điểm chào mừng Đại hội Đoàn toàn quốc, ra mắt 27 đội hình thanh niên tình nguyện.
Phong Sắc
Tin liên quan
- Tuổi trẻ Thanh Hóa hướng về Đại hội Đoàn tỉnh (05/09/2022)
- Đại hội điểm Đoàn cấp huyện tại huyện Thọ Xuân (18/06/2022)
- Ra mắt 15 công trình thanh niên chào mừng Đại hội (01/09/2022)
""", "2022-09-10", "Bế mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2022 - 2027",
E("dai_hoi", None, "2022-09-09"),
[P("Bùi Quang Hiển", "Bí thư Trung ương Đoàn", "Chủ tịch Hội Đồng Đội Trung ương"),
 P("Lại Văn Ngọc", "Phó Bí thư Tỉnh ủy"),
 P("Phạm Thị Thanh Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Hiển", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn khóa XVIII", "Bí thư Tỉnh đoàn khóa XIX"),
 P("Hà Văn Thưởng", "Phó Bí thư Tỉnh đoàn khóa XIX"), P("Lương Thị Mai", "Phó Bí thư Tỉnh đoàn khóa XIX"),
 P("Phạm Quốc Bảo", "Phó Bí thư Tỉnh đoàn khóa XIX"),
 P("Lò Thị Thắm", "Ủy viên Ban Thường vụ", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh đoàn")],
[Q("349 đại biểu chính thức", 349, "đại biểu chính thức"), Q("hơn 236.000 đoàn viên", 236000, "đoàn viên", "over"),
 Q("47 đoàn trực thuộc", 47, "đoàn trực thuộc"), Q("12 chương trình, đề án", 12, "chương trình, đề án"),
 Q("1.842 công trình, phần việc thanh niên", 1842, "công trình, phần việc thanh niên"), Q("khoảng 146 tỷ đồng", 146000000000, "đồng", "approx"),
 Q("2.310 dự án thanh niên khởi nghiệp", 2310, "dự án thanh niên khởi nghiệp"),
 Q("trên 38.000 đoàn viên thanh niên", 38000, "đoàn viên thanh niên", "over"), Q("khoảng 26.500 lượt đoàn viên", 26500, "lượt đoàn viên", "approx"),
 Q("55 đồng chí", 55, "đồng chí"), Q("15 đồng chí", 15, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("18 đại biểu chính thức", 18, "đại biểu chính thức"), Q("2 đại biểu dự khuyết", 2, "đại biểu dự khuyết"),
 Q("3 khâu đột phá", 3, "khâu đột phá"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("7 nhóm chỉ tiêu", 7, "nhóm chỉ tiêu"),
 Q("trên 12.000 đoàn viên ưu tú", 12000, "đoàn viên ưu tú", "over"), Q("100% cơ sở đoàn", 100, "%"),
 Q("từ 90% trở lên", 90, "%", "over"), Q("27 đội hình thanh niên tình nguyện", 27, "đội hình thanh niên tình nguyện")],
[D("Kết luận", "80", "KL/TW", "2014-01-07", "Ban Bí thư", "Kết luận số 80-KL/TW ngày 7/1/2014"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 05, 06-NQ/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 05, 06-NQ/TU")],
[prov("Thanh Hóa")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Thời sự / Chính trị / Đoàn thể",
 "Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng Ban Chấp hành Tỉnh đoàn khóa XIX."],
["10 tháng 9, 2022 | 11:20", "lần thứ XIX", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "2 ngày", "Covid-19", "lần thứ XII",
 "1 công trình thanh niên"]))

PAGES.append(page("b8346-baclieu-ccb-daihoi-2022", """
Cổng Thông tin điện tử tỉnh Bạc Liêu
Trang chủ » Tin tức » Chính trị - Xã hội
2022-06-16 16:40
Ông Trần Văn Út Nhỏ tái đắc cử Chủ tịch Hội Cựu chiến binh tỉnh Bạc Liêu khóa VII
Ngày 15/6/2022, Hội Cựu chiến binh tỉnh Bạc Liêu tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Về dự có Trung tướng Bế Văn Tường, Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam; ông Lữ Văn Hòa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh; cùng 200 đại biểu thay mặt cho 15.847 hội viên cựu chiến binh toàn tỉnh.
Ông Trần Văn Út Nhỏ (thứ hai từ trái sang) cùng Ban Thường vụ khóa VII ra mắt Đại hội.
Trong nhiệm kỳ 2017 - 2022, thực hiện Chỉ thị 46-CT/TW ngày 20/7/2015 của Ban Bí thư và Nghị định 157/2016/NĐ-CP, Nghị định 65/2016/NĐ-CP của Chính phủ, các cấp Hội đã vận động hội viên góp vốn hơn 24 tỷ đồng để giúp nhau phát triển kinh tế; xây dựng, sửa chữa 214 căn nhà "Nghĩa tình đồng đội" trị giá khoảng 9,8 tỷ đồng. Toàn tỉnh có 1.268 mô hình sản xuất, kinh doanh của cựu chiến binh có thu nhập từ 200 triệu đồng/năm trở lên, trong đó có 46 doanh nghiệp, 18 hợp tác xã. Số hộ nghèo trong hội viên giảm còn 0,86%.
Các cấp Hội đã phối hợp hòa giải 312 vụ việc mâu thuẫn, tranh chấp đất đai; tham gia giải tỏa 1.160 điểm lấn chiếm hành lang giao thông. Hội viên người Khmer, người Hoa đóng góp tích cực, tiêu biểu như ông Thạch Sên, Chi hội trưởng Chi hội cựu chiến binh ấp Cù Lao, xã Hưng Hội và ông Lâm Kim Thành, hội viên phường 8, thành phố Bạc Liêu.
Đại hội đã hiệp thương bầu 23 ủy viên Ban Chấp hành khóa VII. Ban Chấp hành đã bầu Ban Thường vụ gồm 7 đồng chí. Ông Trần Văn Út Nhỏ, Đại tá, Tỉnh ủy viên, Chủ tịch Hội Cựu chiến binh tỉnh khóa VI được tín nhiệm bầu giữ chức Chủ tịch Hội Cựu chiến binh tỉnh khóa VII; các ông Nguyễn Hoàng Sang, Danh Khỏe - Phó Chủ tịch. Ủy ban Kiểm tra gồm 5 đồng chí do ông Huỳnh Văn Mười làm Chủ nhiệm. Đại hội bầu 6 đại biểu đi dự Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VII.
Nhiệm kỳ 2022 - 2027, Đại hội đề ra 6 chỉ tiêu, trong đó kết nạp từ 1.500 hội viên trở lên; không để phát sinh hộ nghèo mới trong hội viên; 80% cơ sở Hội trở lên đạt trong sạch, vững mạnh.
Phát biểu chỉ đạo, Trung tướng Bế Văn Tường biểu dương Hội Cựu chiến binh Bạc Liêu đã hoàn thành xuất sắc 8/8 chỉ tiêu nhiệm kỳ trước; đề nghị Hội tiếp tục thực hiện cuộc vận động "Cựu chiến binh gương mẫu", phát huy truyền thống "Bộ đội Cụ Hồ", tham gia giữ vững an ninh nông thôn và chống "diễn biến hòa bình" trên không gian mạng.
Thay mặt Ban Chấp hành khóa mới, ông Trần Văn Út Nhỏ cảm ơn đại biểu đã tín nhiệm, hứa cùng tập thể tiếp tục đoàn kết, xây dựng Hội ngày càng vững mạnh, xứng đáng là chỗ dựa tin cậy của cấp ủy, chính quyền.
Minh Thông
Tin khác
- Cựu chiến binh Hồng Dân giúp nhau làm kinh tế (10/06/2022)
- Hội CCB huyện Phước Long đại hội nhiệm kỳ 2022 - 2027 (19/05/2022)
- Trao 10 căn nhà "Nghĩa tình đồng đội" (28/04/2022)
""", "2022-06-16", "Ông Trần Văn Út Nhỏ tái đắc cử Chủ tịch Hội Cựu chiến binh tỉnh Bạc Liêu khóa VII",
E("dai_hoi", None, "2022-06-15"),
[P("Trần Văn Út Nhỏ", "Đại tá", "Tỉnh ủy viên", "Chủ tịch Hội Cựu chiến binh tỉnh khóa VI", "Chủ tịch Hội Cựu chiến binh tỉnh khóa VII",
   "Chủ tịch Hội Cựu chiến binh tỉnh Bạc Liêu khóa VII"),
 P("Bế Văn Tường", "Trung tướng", "Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam"),
 P("Lữ Văn Hòa", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"),
 P("Thạch Sên", "Chi hội trưởng Chi hội cựu chiến binh ấp Cù Lao"),
 P("Lâm Kim Thành", "hội viên phường 8"),
 P("Nguyễn Hoàng Sang", "Phó Chủ tịch"), P("Danh Khỏe", "Phó Chủ tịch"),
 P("Huỳnh Văn Mười", "Chủ nhiệm")],
[Q("200 đại biểu", 200, "đại biểu"), Q("15.847 hội viên cựu chiến binh", 15847, "hội viên cựu chiến binh"),
 Q("hơn 24 tỷ đồng", 24000000000, "đồng", "over"), Q("214 căn nhà", 214, 'căn nhà "Nghĩa tình đồng đội"'),
 Q("khoảng 9,8 tỷ đồng", 9800000000, "đồng", "approx"), Q("1.268 mô hình sản xuất, kinh doanh", 1268, "mô hình sản xuất, kinh doanh"),
 Q("từ 200 triệu đồng/năm trở lên", 200000000, "đồng", "over"), Q("46 doanh nghiệp", 46, "doanh nghiệp"), Q("18 hợp tác xã", 18, "hợp tác xã"),
 Q("0,86%", 0.86, "%"), Q("312 vụ việc mâu thuẫn, tranh chấp đất đai", 312, "vụ việc mâu thuẫn, tranh chấp đất đai"),
 Q("1.160 điểm lấn chiếm hành lang giao thông", 1160, "điểm lấn chiếm hành lang giao thông"),
 Q("23 ủy viên", 23, "ủy viên"), Q("7 đồng chí", 7, "đồng chí"), Q("5 đồng chí", 5, "đồng chí"), Q("6 đại biểu", 6, "đại biểu"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("từ 1.500 hội viên trở lên", 1500, "hội viên", "over"), Q("80% cơ sở Hội trở lên", 80, "%", "over"),
 Q("8/8 chỉ tiêu", 8, "chỉ tiêu")],
[D("Chỉ thị", "46", "CT/TW", "2015-07-20", "Ban Bí thư", "Chỉ thị 46-CT/TW ngày 20/7/2015"),
 D("Nghị định", "157", "2016/NĐ-CP", None, "Chính phủ", "Nghị định 157/2016/NĐ-CP"),
 D("Nghị định", "65", "2016/NĐ-CP", None, "Chính phủ", "Nghị định 65/2016/NĐ-CP")],
[prov("Bạc Liêu"), com("Hưng Hội"), com("phường 8")],
["Cổng Thông tin điện tử tỉnh Bạc Liêu", "Trang chủ » Tin tức » Chính trị - Xã hội",
 "Ông Trần Văn Út Nhỏ (thứ hai từ trái sang) cùng Ban Thường vụ khóa VII ra mắt Đại hội.", "Nghĩa tình đồng đội",
 "Cựu chiến binh gương mẫu", "Bộ đội Cụ Hồ", "diễn biến hòa bình"],
["2022-06-16 16:40", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "nhiệm kỳ 2017 - 2022", "khóa VII", "khóa VI", "7 đồng chí", "5 đồng chí"]))

PAGES.append(page("b8347-langson-chuthapdo-daihoi-2022", """
BÁO LẠNG SƠN ĐIỆN TỬ
Xã hội > Nhân đạo
Thứ Sáu, 26/08/2022 - 20:15
Đại hội đại biểu Hội Chữ thập đỏ tỉnh lần thứ VIII, nhiệm kỳ 2022 - 2027
LSO - Ngày 25/8/2022, Hội Chữ thập đỏ tỉnh Lạng Sơn tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2022 - 2027 với sự tham dự của 170 đại biểu chính thức, đại diện cho trên 38.400 hội viên, tình nguyện viên trong toàn tỉnh.
Ảnh: Ban Chấp hành khóa VIII ra mắt Đại hội
Dự Đại hội có các đồng chí: Bùi Thị Hảo, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam; Hoàng Văn Nghĩa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Lương Trọng Quý, Phó Chủ tịch UBND tỉnh.
Nhiệm kỳ 2016 - 2022, các cấp Hội đã thực hiện tốt Chỉ thị số 43-CT/TW của Ban Bí thư, Nghị định 03/2011/NĐ-CP của Chính phủ và Quyết định 163/QĐ-UBND, 164/QĐ-UBND của UBND tỉnh về kiện toàn tổ chức Hội. Hội đã vận động được tiền, hàng trị giá khoảng 182 tỷ đồng, trợ giúp trên 356.000 lượt người. Phong trào "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" kết nối 9.600 địa chỉ với số tiền hơn 36 tỷ đồng. Hội đã tổ chức 164 buổi hiến máu, tiếp nhận 41.280 đơn vị máu. Trong đợt dịch Covid-19, Hội đã vận động "ATM gạo" với hơn 120 tấn gạo trao cho người lao động khó khăn.
Tại Đại hội, bà Hoàng Thị Phương, Chủ tịch Hội Chữ thập đỏ xã Tân Đoàn, người dân tộc Nùng, chia sẻ kinh nghiệm vận động chị em xây dựng "Tủ thuốc chữ thập đỏ" tại 12 thôn. Ông Vi Văn Toàn, Chủ tịch Hội Chữ thập đỏ thị trấn Thất Khê, đề nghị tăng cường tập huấn sơ cấp cứu ban đầu cho lực lượng tình nguyện viên ở cơ sở.
Đại hội đã hiệp thương cử 29 đồng chí vào Ban Chấp hành Hội Chữ thập đỏ tỉnh khóa VIII; Ban Thường vụ gồm 7 đồng chí. Đồng chí Nông Thị Thu Trang, Chủ tịch Hội Chữ thập đỏ tỉnh khóa VII, được hiệp thương giữ chức Chủ tịch Hội Chữ thập đỏ tỉnh khóa VIII; các đồng chí Hoàng Văn Khánh, Lăng Thị Hằng được hiệp thương giữ chức Phó Chủ tịch Hội Chữ thập đỏ tỉnh. Ban Kiểm tra gồm 5 đồng chí. Đoàn đại biểu đi dự Đại hội đại biểu toàn quốc Hội Chữ thập đỏ Việt Nam lần thứ XI gồm 5 đồng chí.
Nhiệm kỳ 2022 - 2027, Hội phấn đấu mỗi năm vận động tối thiểu 20 tỷ đồng; tiếp nhận trên 8.000 đơn vị máu/năm; 100% xã, phường, thị trấn có tổ chức Hội; kết nạp mới 5.000 hội viên.
Phát biểu tại Đại hội, đồng chí Bùi Thị Hảo đề nghị Hội Chữ thập đỏ Lạng Sơn chủ động ứng phó thiên tai, chăm lo người dân vùng biên giới, nâng cao chất lượng hoạt động của các chi hội ở thôn, bản.
Vy Thảo
Tin liên quan
- Hội Chữ thập đỏ huyện Cao Lộc đại hội nhiệm kỳ 2022 - 2027 (15/06/2022)
- Trao 300 suất quà cho người nghèo biên giới (20/05/2022)
- Ngày hội hiến máu "Giọt hồng xứ Lạng" tiếp nhận 600 đơn vị máu (09/04/2022)
""", "2022-08-26", "Đại hội đại biểu Hội Chữ thập đỏ tỉnh lần thứ VIII, nhiệm kỳ 2022 - 2027",
E("dai_hoi", None, "2022-08-25"),
[P("Bùi Thị Hảo", "Ủy viên Ban Chấp hành Trung ương Đảng", "Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam"),
 P("Hoàng Văn Nghĩa", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lương Trọng Quý", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Thị Phương", "Chủ tịch Hội Chữ thập đỏ xã Tân Đoàn"),
 P("Vi Văn Toàn", "Chủ tịch Hội Chữ thập đỏ thị trấn Thất Khê"),
 P("Nông Thị Thu Trang", "Chủ tịch Hội Chữ thập đỏ tỉnh khóa VII", "Chủ tịch Hội Chữ thập đỏ tỉnh khóa VIII"),
 P("Hoàng Văn Khánh", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"), P("Lăng Thị Hằng", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh")],
[Q("170 đại biểu chính thức", 170, "đại biểu chính thức"), Q("trên 38.400 hội viên, tình nguyện viên", 38400, "hội viên, tình nguyện viên", "over"),
 Q("khoảng 182 tỷ đồng", 182000000000, "đồng", "approx"), Q("trên 356.000 lượt người", 356000, "lượt người", "over"),
 Q("9.600 địa chỉ", 9600, "địa chỉ"), Q("hơn 36 tỷ đồng", 36000000000, "đồng", "over"), Q("164 buổi hiến máu", 164, "buổi hiến máu"),
 Q("41.280 đơn vị máu", 41280, "đơn vị máu"), Q("hơn 120 tấn gạo", 120, "tấn gạo", "over"), Q("12 thôn", 12, "thôn"),
 Q("29 đồng chí", 29, "đồng chí"), Q("7 đồng chí", 7, "đồng chí"), Q("5 đồng chí", 5, "đồng chí"), Q("5 đồng chí", 5, "đồng chí"),
 Q("tối thiểu 20 tỷ đồng", 20000000000, "đồng"), Q("trên 8.000 đơn vị máu/năm", 8000, "đơn vị máu", "over"),
 Q("100% xã, phường, thị trấn", 100, "%"), Q("5.000 hội viên", 5000, "hội viên")],
[D("Chỉ thị", "43", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 43-CT/TW"),
 D("Nghị định", "03", "2011/NĐ-CP", None, "Chính phủ", "Nghị định 03/2011/NĐ-CP"),
 D("Quyết định", "163", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 163/QĐ-UBND"),
 D("Quyết định", "164", "QĐ-UBND", None, "UBND tỉnh", "164/QĐ-UBND")],
[prov("Lạng Sơn"), com("Tân Đoàn"), com("Thất Khê")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Xã hội > Nhân đạo", "LSO", "Ảnh: Ban Chấp hành khóa VIII ra mắt Đại hội",
 "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", "ATM gạo", "Tủ thuốc chữ thập đỏ"],
["Thứ Sáu, 26/08/2022 - 20:15", "lần thứ VIII", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2016 - 2022", "Covid-19", "lần thứ XI",
 "29 đồng chí", "7 đồng chí", "5 đồng chí", "khóa VIII"]))

PAGES.append(page("b8348-quangnam-cuutnxp-daihoi-2022", """
BÁO QUẢNG NAM ONLINE
Chính trị | Đoàn thể
14/10/2022 06:00
Hội Cựu TNXP tỉnh Quảng Nam đại hội nhiệm kỳ 2022 - 2027
(QNO) - Ngày 13/10, Hội Cựu thanh niên xung phong tỉnh Quảng Nam tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2022 - 2027. Đây là đại hội đầu tiên Hội tổ chức sau 2 năm dịch bệnh, với 120 đại biểu chính thức đại diện cho hơn 9.200 hội viên cựu TNXP thuộc 18 huyện, thị xã, thành phố.
Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: N.Đ
Dự Đại hội có các đồng chí: Phó Chủ tịch Trung ương Hội Cựu TNXP Việt Nam Đỗ Văn Hữu; Phó Bí thư Tỉnh ủy Lê Văn Dũng Em; Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Võ Thị Kim Oanh.
Nhiệm kỳ 2017 - 2022, thực hiện Kết luận 104-KL/TW ngày 4/6/2015 của Ban Bí thư về công tác Hội Cựu TNXP và Quyết định 1548, 1549/QĐ-UBND của UBND tỉnh, Hội đã vận động xây dựng 86 nhà tình nghĩa, nhà đồng đội cho hội viên nghèo với tổng kinh phí gần 4,3 tỷ đồng; tặng 3.150 suất quà, mỗi suất từ 300.000 đến 500.000 đồng. Hội phối hợp đề nghị giải quyết chế độ theo Quyết định số 40/2011/QĐ-TTg của Thủ tướng Chính phủ cho 412 trường hợp; quy tập, xác định danh tính 27 hài cốt TNXP hy sinh.
Các cấp Hội còn xây dựng 64 mô hình kinh tế hiệu quả, thu nhập từ 150 triệu đồng/năm trở lên; tiêu biểu như mô hình trồng quế của bà Alăng Thị Dơng, hội viên xã Tà Bhinh, người Cơ Tu.
Tham luận tại Đại hội, ông Bríu Pó, Chủ tịch Hội Cựu TNXP huyện Đông Giang, cho biết Hội đã vận động đồng bào Cơ Tu trồng 12 ha rừng thay thế. Bà Nguyễn Thị Sáu, nguyên Đại đội trưởng Đại đội TNXP 759, xúc động kể lại những ngày mở đường Trường Sơn.
Đại hội đã bầu 25 ủy viên Ban Chấp hành khóa IV; Ban Chấp hành bầu 7 ủy viên Ban Thường vụ. Ông Phan Văn Mót, Chủ tịch Hội Cựu TNXP tỉnh khóa III, tái cử chức Chủ tịch; các ông, bà: Trần Thị Bông, A Lăng Thoa được bầu giữ chức Phó Chủ tịch Hội Cựu TNXP tỉnh.
Đại hội thông qua 5 chỉ tiêu nhiệm kỳ 2022 - 2027: phát triển mới ít nhất 800 hội viên; 100% hội viên có hoàn cảnh đặc biệt khó khăn được thăm hỏi, hỗ trợ; trên 70% cơ sở Hội đạt vững mạnh.
Phát biểu chỉ đạo, đồng chí Lê Văn Dũng Em ghi nhận những đóng góp thầm lặng của các cựu TNXP; yêu cầu các địa phương quan tâm giải quyết dứt điểm hồ sơ chế độ còn tồn đọng, tạo điều kiện để Hội hoạt động.
Ngay sau Đại hội, Ban Chấp hành khóa IV đã ban hành Chương trình công tác toàn khóa, phân công các ủy viên phụ trách từng cụm huyện vùng đồng bằng, vùng núi phía Tây.
Ngọc Đông
Tin liên quan
- Núi Thành: Trao 5 căn nhà tình nghĩa cho cựu TNXP (29/09/2022)
- Họp mặt kỷ niệm 72 năm ngày truyền thống lực lượng TNXP (15/07/2022)
- Hội Cựu TNXP Tam Kỳ đại hội nhiệm kỳ mới (20/06/2022)
""", "2022-10-14", "Hội Cựu TNXP tỉnh Quảng Nam đại hội nhiệm kỳ 2022 - 2027",
E("dai_hoi", None, "2022-10-13"),
[P("Đỗ Văn Hữu", "Phó Chủ tịch Trung ương Hội Cựu TNXP Việt Nam"),
 P("Lê Văn Dũng Em", "Phó Bí thư Tỉnh ủy"),
 P("Võ Thị Kim Oanh", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Alăng Thị Dơng", "hội viên xã Tà Bhinh"),
 P("Bríu Pó", "Chủ tịch Hội Cựu TNXP huyện Đông Giang"),
 P("Nguyễn Thị Sáu", "nguyên Đại đội trưởng Đại đội TNXP 759"),
 P("Phan Văn Mót", "Chủ tịch Hội Cựu TNXP tỉnh khóa III", "Chủ tịch"),
 P("Trần Thị Bông", "Phó Chủ tịch Hội Cựu TNXP tỉnh"), P("A Lăng Thoa", "Phó Chủ tịch Hội Cựu TNXP tỉnh")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 9.200 hội viên cựu TNXP", 9200, "hội viên cựu TNXP", "over"),
 Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("86 nhà tình nghĩa, nhà đồng đội", 86, "nhà tình nghĩa, nhà đồng đội"),
 Q("gần 4,3 tỷ đồng", 4300000000, "đồng", "approx"), Q("3.150 suất quà", 3150, "suất quà"),
 Q("từ 300.000", 300000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("412 trường hợp", 412, "trường hợp"),
 Q("27 hài cốt TNXP", 27, "hài cốt TNXP"), Q("64 mô hình kinh tế hiệu quả", 64, "mô hình kinh tế hiệu quả"),
 Q("từ 150 triệu đồng/năm trở lên", 150000000, "đồng", "over"), Q("12 ha", 12, "ha"),
 Q("25 ủy viên", 25, "ủy viên"), Q("7 ủy viên", 7, "ủy viên"), Q("5 chỉ tiêu", 5, "chỉ tiêu"),
 Q("ít nhất 800 hội viên", 800, "hội viên", "over"), Q("100% hội viên", 100, "%"), Q("trên 70%", 70, "%", "over")],
[D("Kết luận", "104", "KL/TW", "2015-06-04", "Ban Bí thư", "Kết luận 104-KL/TW ngày 4/6/2015"),
 D("Quyết định", "1548", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1548, 1549/QĐ-UBND"),
 D("Quyết định", "1549", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1548, 1549/QĐ-UBND"),
 D("Quyết định", "40", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 40/2011/QĐ-TTg")],
[prov("Quảng Nam"), com("Tà Bhinh")],
["BÁO QUẢNG NAM ONLINE", "Chính trị | Đoàn thể", "(QNO)", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: N.Đ",
 "Chương trình công tác toàn khóa", "Trường Sơn"],
["14/10/2022 06:00", "lần thứ IV", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "2 năm", "khóa IV", "khóa III", "Đại đội TNXP 759", "72 năm"]))

PAGES.append(page("b8349-yenbai-tinhdoan-tongket-2023", """
TỈNH ĐOÀN YÊN BÁI
Trang chủ > Tin tức > Hoạt động Tỉnh đoàn
Cập nhật: 22/12/2023 lúc 17:30
Toàn cảnh Hội nghị.
Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 8, khóa XIX
Ngày 21/12/2023, Ban Chấp hành Tỉnh đoàn Yên Bái khóa XIX, nhiệm kỳ 2022 - 2027 tổ chức Hội nghị lần thứ 8 tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Giàng A Tủa, Bí thư Tỉnh đoàn chủ trì hội nghị.
Dự hội nghị có đồng chí Hoàng Thị Vĩnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2023, các cấp bộ Đoàn đã triển khai Chương trình hành động số 148-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII; Kế hoạch 210, 211-KH/TĐTN về chuyển đổi số và khởi nghiệp thanh niên. Toàn tỉnh đã thực hiện 426 công trình, phần việc thanh niên trị giá trên 18,7 tỷ đồng; tổ chức Chiến dịch Thanh niên tình nguyện hè thu hút khoảng 21.000 lượt đoàn viên; xây dựng 9 "Nhà nhân ái" cho đoàn viên nghèo, mỗi nhà hỗ trợ 50 triệu đồng. Kết nạp 3.862 đoàn viên mới, giới thiệu 1.240 đoàn viên ưu tú cho Đảng, đạt 103,3% chỉ tiêu.
Hội nghị đã tiến hành công tác cán bộ: bầu bổ sung 3 đồng chí vào Ban Chấp hành Tỉnh đoàn khóa XIX, gồm các đồng chí Sùng A Páo, Bí thư Huyện đoàn Mù Cang Chải; Lò Thị Hương, Phó Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn và Triệu Tiến Lâm, Bí thư Đoàn xã Nậm Búng. Đồng chí Sùng A Páo được bầu bổ sung vào Ban Thường vụ Tỉnh đoàn. Với 100% số phiếu tán thành, đồng chí Vàng Thị Dua, Ủy viên Ban Thường vụ Tỉnh đoàn, được bầu giữ chức Phó Bí thư Tỉnh đoàn khóa XIX, nhiệm kỳ 2022 - 2027.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Vĩnh đề nghị năm 2024, Tỉnh đoàn tập trung thực hiện Kết luận số 01-KL/TW, 02-KL/TW của Bộ Chính trị; đẩy mạnh hỗ trợ thanh niên người Mông, Dao, Thái lập nghiệp, phấn đấu có ít nhất 20 mô hình kinh tế thanh niên mới; tiếp tục tham gia xóa nhà tạm.
Dịp này, Ban Chấp hành Tỉnh đoàn tặng Bằng khen cho 26 tập thể, 41 cá nhân; Trung ương Đoàn tặng Cờ thi đua cho Huyện đoàn Trạm Tấu và Đoàn xã Túc Đán.
Năm 2024, Tỉnh đoàn đề ra 14 chỉ tiêu trọng tâm, phấn đấu 100% cơ sở đoàn được đánh giá, xếp loại chất lượng; vận động trên 15 tỷ đồng cho các công trình thanh niên.
Phát biểu tiếp thu, đồng chí Giàng A Tủa khẳng định Ban Thường vụ Tỉnh đoàn sẽ cụ thể hóa ý kiến chỉ đạo thành chương trình công tác năm 2024, chú trọng đổi mới nội dung sinh hoạt chi đoàn, nâng cao chất lượng đội ngũ cán bộ Đoàn cơ sở vùng cao.
Hà Linh
Xem thêm
- Tuổi trẻ Văn Chấn ra quân Tháng Thanh niên (28/03/2023)
- Trao 50 xe đạp cho học sinh vùng cao (15/11/2023)
- Hội nghị giao ban công tác Đoàn khối đảng (10/10/2023)
""", "2023-12-22", "Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 8, khóa XIX",
E("tong_ket", "2023", "2023-12-21"),
[P("Giàng A Tủa", "Bí thư Tỉnh đoàn"),
 P("Hoàng Thị Vĩnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "Bí thư Huyện đoàn Mù Cang Chải"),
 P("Lò Thị Hương", "Phó Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"),
 P("Triệu Tiến Lâm", "Bí thư Đoàn xã Nậm Búng"),
 P("Vàng Thị Dua", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Phó Bí thư Tỉnh đoàn khóa XIX")],
[Q("426 công trình, phần việc thanh niên", 426, "công trình, phần việc thanh niên"), Q("trên 18,7 tỷ đồng", 18700000000, "đồng", "over"),
 Q("khoảng 21.000 lượt đoàn viên", 21000, "lượt đoàn viên", "approx"), Q("9 \"Nhà nhân ái\"", 9, "Nhà nhân ái"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("3.862 đoàn viên mới", 3862, "đoàn viên mới"), Q("1.240 đoàn viên ưu tú", 1240, "đoàn viên ưu tú"),
 Q("103,3%", 103.3, "%"), Q("3 đồng chí", 3, "đồng chí"), Q("100% số phiếu", 100, "%"),
 Q("ít nhất 20 mô hình kinh tế thanh niên", 20, "mô hình kinh tế thanh niên", "over"),
 Q("26 tập thể", 26, "tập thể"), Q("41 cá nhân", 41, "cá nhân"), Q("14 chỉ tiêu trọng tâm", 14, "chỉ tiêu trọng tâm"),
 Q("100% cơ sở đoàn", 100, "%"), Q("trên 15 tỷ đồng", 15000000000, "đồng", "over")],
[D("Chương trình hành động", "148", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 148-CTr/TU"),
 D("Kế hoạch", "210", "KH/TĐTN", None, None, "Kế hoạch 210, 211-KH/TĐTN"),
 D("Kế hoạch", "211", "KH/TĐTN", None, None, "Kế hoạch 210, 211-KH/TĐTN"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Kết luận", "02", "KL/TW", None, "Bộ Chính trị", "02-KL/TW")],
[prov("Yên Bái"), com("Nậm Búng"), com("Túc Đán")],
["TỈNH ĐOÀN YÊN BÁI", "Trang chủ > Tin tức > Hoạt động Tỉnh đoàn", "Toàn cảnh Hội nghị.", "Chiến dịch Thanh niên tình nguyện hè", "Nhà nhân ái"],
["Cập nhật: 22/12/2023 lúc 17:30", "lần thứ 8", "khóa XIX", "nhiệm kỳ 2022 - 2027", "năm 2023", "năm 2024", "lần thứ XII", "3 đồng chí"]))

PAGES.append(page("b8350-angiang-hnd-daihoi-2023", """
Báo An Giang Online
Tin tức › Chính trị › Mặt trận - Đoàn thể
T6, 18/08/2023 - 09:00
Ông Trần Văn Sang Em tái đắc cử Chủ tịch Hội Nông dân tỉnh An Giang
Sau 1,5 ngày làm việc khẩn trương (16 - 17/8), Đại hội đại biểu Hội Nông dân tỉnh An Giang lần thứ X, nhiệm kỳ 2023 - 2028 đã bế mạc. Đại hội có 265 đại biểu chính thức, thay mặt cho gần 214.000 hội viên nông dân; trong đó có 18 đại biểu là đồng bào Khmer, 6 đại biểu đồng bào Chăm.
Quang cảnh Đại hội. Ảnh: Hữu Huy
Dự phiên bế mạc có ông Đinh Khắc Đạt, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; ông Lê Văn Nhựt, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Đại hội đánh giá, nhiệm kỳ 2018 - 2023 các cấp Hội đã thực hiện Kết luận số 61-KL/TW của Ban Bí thư; Quyết định 1355/QĐ-UBND ngày 12/6/2020 của UBND tỉnh về nâng cao hiệu quả Quỹ Hỗ trợ nông dân. Quỹ Hỗ trợ nông dân toàn tỉnh đạt 62,8 tỷ đồng, giải ngân cho 6.490 lượt hộ vay. Có 137.520 hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp, chiếm 64%. Nông dân đã đóng góp hơn 320 tỷ đồng, hiến trên 85.000 m2 đất xây dựng nông thôn mới; toàn tỉnh có 86/116 xã đạt chuẩn nông thôn mới.
Ông Chau Ri Na, nông dân xã Ô Lâm, chia sẻ mô hình trồng thốt nốt kết hợp du lịch cộng đồng. Ông Haji Ka Sim, Phó Chủ tịch Hội Nông dân xã Châu Phong, kiến nghị hỗ trợ vốn nuôi cá bè cho đồng bào Chăm.
Đại hội đã hiệp thương bầu 37 đồng chí vào Ban Chấp hành Hội Nông dân tỉnh khóa X. Hội nghị Ban Chấp hành lần thứ nhất đã bầu 11 đồng chí vào Ban Thường vụ. Ông Trần Văn Sang Em, Tỉnh ủy viên, tái đắc cử Chủ tịch Hội Nông dân tỉnh khóa X; các ông, bà Nguyễn Thanh Nhàn, Đỗ Thị Cẩm Tú và Néang Sa Phon tiếp tục được bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh. Ban Kiểm tra gồm 7 đồng chí. Đại hội bầu 11 đại biểu đi dự Đại hội VIII Hội Nông dân Việt Nam.
Đại hội thống nhất 9 chỉ tiêu, trong đó: kết nạp mới trên 10.000 hội viên; Quỹ Hỗ trợ nông dân tăng bình quân 5 - 7%/năm; mỗi năm có khoảng 60% hộ hội viên đăng ký thi đua sản xuất, kinh doanh giỏi; thành lập mới 60 tổ hợp tác và 15 hợp tác xã.
Phát biểu chỉ đạo, ông Lê Văn Nhựt đề nghị Hội tiếp tục thực hiện Chỉ thị 44, 45-CT/TU của Ban Thường vụ Tỉnh ủy, hỗ trợ nông dân chuyển đổi số, liên kết tiêu thụ lúa gạo, nông sản sạch. Ông cũng lưu ý Ban Chấp hành khóa mới quan tâm bồi dưỡng cán bộ Hội cơ sở, nhất là ở các xã biên giới, vùng đồng bào dân tộc; đổi mới phương thức tập hợp nông dân trẻ, nông dân làm việc trong các hợp tác xã kiểu mới.
Thanh Tiến
Tin cùng chuyên mục
- Hội Nông dân huyện Tịnh Biên đại hội nhiệm kỳ 2023 - 2028 (20/06/2023)
- Nông dân Châu Thành thi đua sản xuất lúa an toàn (02/06/2023)
- Giải ngân 3 tỷ đồng Quỹ Hỗ trợ nông dân (18/05/2023)
""", "2023-08-18", "Ông Trần Văn Sang Em tái đắc cử Chủ tịch Hội Nông dân tỉnh An Giang",
E("dai_hoi", None, "2023-08-16"),
[P("Trần Văn Sang Em", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh khóa X", "Chủ tịch Hội Nông dân tỉnh An Giang"),
 P("Đinh Khắc Đạt", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Lê Văn Nhựt", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Chau Ri Na"),
 P("Haji Ka Sim", "Phó Chủ tịch Hội Nông dân xã Châu Phong"),
 P("Nguyễn Thanh Nhàn", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Đỗ Thị Cẩm Tú", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Néang Sa Phon", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("265 đại biểu chính thức", 265, "đại biểu chính thức"), Q("gần 214.000 hội viên nông dân", 214000, "hội viên nông dân", "approx"),
 Q("18 đại biểu", 18, "đại biểu"), Q("6 đại biểu", 6, "đại biểu"), Q("62,8 tỷ đồng", 62800000000, "đồng"),
 Q("6.490 lượt hộ", 6490, "lượt hộ"), Q("137.520 hộ", 137520, "hộ"), Q("64%", 64, "%"),
 Q("hơn 320 tỷ đồng", 320000000000, "đồng", "over"), Q("trên 85.000 m2", 85000, "m2", "over"), Q("86/116 xã", 86, "xã"),
 Q("37 đồng chí", 37, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"), Q("7 đồng chí", 7, "đồng chí"), Q("11 đại biểu", 11, "đại biểu"),
 Q("9 chỉ tiêu", 9, "chỉ tiêu"), Q("trên 10.000 hội viên", 10000, "hội viên", "over"), Q("5", 5, "%"), Q("7%/năm", 7, "%"),
 Q("khoảng 60%", 60, "%", "approx"), Q("60 tổ hợp tác", 60, "tổ hợp tác"), Q("15 hợp tác xã", 15, "hợp tác xã")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Quyết định", "1355", "QĐ-UBND", "2020-06-12", "UBND tỉnh", "Quyết định 1355/QĐ-UBND ngày 12/6/2020"),
 D("Chỉ thị", "44", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 44, 45-CT/TU"),
 D("Chỉ thị", "45", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 44, 45-CT/TU")],
[prov("An Giang"), com("Ô Lâm"), com("Châu Phong")],
["Báo An Giang Online", "Tin tức › Chính trị › Mặt trận - Đoàn thể", "Quang cảnh Đại hội. Ảnh: Hữu Huy", "Quỹ Hỗ trợ nông dân"],
["T6, 18/08/2023 - 09:00", "1,5 ngày", "lần thứ X", "nhiệm kỳ 2023 - 2028", "nhiệm kỳ 2018 - 2023", "khóa X", "Đại hội VIII",
 "37 đồng chí", "11 đồng chí", "7 đồng chí"]))

# a count of "đồng chí" is people, not money: list every such surface in not_money too (conventions)
for _pg in PAGES:
    for _q in _pg["quantities"]:
        if _q["unit"] == "đồng chí" and _q["surface"].endswith("đồng chí") and _q["surface"] not in _pg["not_money"]:
            _pg["not_money"].append(_q["surface"])
