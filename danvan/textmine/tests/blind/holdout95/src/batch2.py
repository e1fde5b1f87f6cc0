from lib import *
PAGES = []

PAGES.append(page("b2243-kiengiang-tongket-daihoi-2011", """
BAN TỔ CHỨC TỈNH ỦY KIÊN GIANG
Trang chủ | Tin tức | Công tác tổ chức xây dựng Đảng
29-04-2011 10:20
Kiên Giang tổng kết công tác đại hội đảng bộ các cấp nhiệm kỳ 2010 - 2015
Quang cảnh hội nghị tổng kết. Ảnh: Minh Tài
Ngày 27/4/2011, Tỉnh ủy Kiên Giang tổ chức hội nghị tổng kết công tác đại hội đảng bộ các cấp nhiệm kỳ 2010 - 2015, tiến tới Đại hội đại biểu toàn quốc lần thứ XI của Đảng. Đồng chí Huỳnh Thanh Liêm, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.
Báo cáo tổng kết do đồng chí Sơn Thị Kim Rinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy trình bày cho biết, thực hiện Chỉ thị số 37-CT/TW ngày 6/7/2009 của Bộ Chính trị và Hướng dẫn 16-HD/TU của Ban Thường vụ Tỉnh ủy, toàn tỉnh đã hoàn thành đại hội ở 1.864 chi bộ trực thuộc, 312 tổ chức cơ sở đảng và 15 đảng bộ cấp huyện, đúng thời gian quy định. Đại hội đại biểu Đảng bộ tỉnh lần thứ IX đã bầu Ban Chấp hành gồm 53 đồng chí, trong đó 8 đồng chí là người dân tộc Khmer.
Ban Chấp hành các đảng bộ cấp huyện nhiệm kỳ mới có 585 đồng chí; tỷ lệ nữ 12,4%, cấp ủy viên trẻ 9,8%, tỷ lệ đổi mới 31%. Có 42 đảng bộ cơ sở thực hiện thí điểm bầu trực tiếp bí thư tại đại hội, số phiếu trúng cử bình quân đạt 88,6%. Tổng kinh phí phục vụ đại hội ba cấp khoảng 16,8 tỷ đồng.
Báo cáo cũng chỉ ra một số hạn chế: 3 đảng bộ cơ sở phải tổ chức bầu lại do số dư không đủ; công tác tuyên truyền về đại hội trong vùng đồng bào Khmer có nơi chưa sâu. Các đồng chí Lâm Văn Chol, Danh Hồng Quân - Bí thư Huyện ủy, chia sẻ kinh nghiệm chuẩn bị nhân sự và vận động sư sãi, Ban Quản trị chùa tham gia góp ý dự thảo văn kiện. Đại đức Chau Văn Thol, trụ trì chùa Láng Cát, cho biết nhà chùa đã phổ biến văn kiện bằng tiếng Khmer cho hơn 600 phật tử.
Phát biểu kết luận, đồng chí Huỳnh Thanh Liêm yêu cầu các cấp ủy khẩn trương xây dựng chương trình hành động thực hiện nghị quyết đại hội, chuẩn bị tốt cho cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016 vào ngày 22/5/2011.
Dịp này, Tỉnh ủy tặng bằng khen cho 27 tập thể và 45 cá nhân có thành tích xuất sắc trong công tác đại hội. Các đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy: Trần Văn Mến, Nguyễn Thị Mộng Thu công bố quyết định khen thưởng.
P.V
Tin liên quan
- Hòn Đất tổng kết công tác đại hội cấp cơ sở (20/04/2011)
- Hội nghị triển khai công tác bầu cử tại các xã biên giới (15/04/2011)
- Kiên Giang: 1.120 đảng viên mới được kết nạp trong quý I (05/04/2011)
- Tập huấn nghiệp vụ công tác tổ chức cho cán bộ cơ sở (25/03/2011)
- Gò Quao: ra mắt Ban Chấp hành Đảng bộ huyện khóa mới (10/03/2011)
""", "2011-04-29", "Kiên Giang tổng kết công tác đại hội đảng bộ các cấp nhiệm kỳ 2010 - 2015",
E("tong_ket", None, "2011-04-27"),
[P("Huỳnh Thanh Liêm", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Sơn Thị Kim Rinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lâm Văn Chol", "Bí thư Huyện ủy"),
 P("Danh Hồng Quân", "Bí thư Huyện ủy"),
 P("Chau Văn Thol", "Đại đức", "trụ trì chùa Láng Cát"),
 P("Trần Văn Mến", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Nguyễn Thị Mộng Thu", "Phó Trưởng Ban Tổ chức Tỉnh ủy")],
[Q("1.864 chi bộ trực thuộc", 1864, "chi bộ trực thuộc"), Q("312 tổ chức cơ sở đảng", 312, "tổ chức cơ sở đảng"),
 Q("15 đảng bộ cấp huyện", 15, "đảng bộ cấp huyện"), Q("53 đồng chí", 53, "đồng chí"),
 Q("8 đồng chí là người dân tộc Khmer", 8, "đồng chí"), Q("585 đồng chí", 585, "đồng chí"), Q("12,4%", 12.4, "%"),
 Q("9,8%", 9.8, "%"), Q("31%", 31, "%"), Q("42 đảng bộ cơ sở", 42, "đảng bộ cơ sở"), Q("88,6%", 88.6, "%"),
 Q("khoảng 16,8 tỷ đồng", 16800000000, "đồng", "approx"), Q("3 đảng bộ cơ sở", 3, "đảng bộ cơ sở"),
 Q("hơn 600 phật tử", 600, "phật tử", "over"), Q("27 tập thể", 27, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Chỉ thị", "37", "CT/TW", "2009-07-06", "Bộ Chính trị", "Chỉ thị số 37-CT/TW ngày 6/7/2009"),
 D("Hướng dẫn", "16", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn 16-HD/TU")],
[prov("Kiên Giang")],
["BAN TỔ CHỨC TỈNH ỦY KIÊN GIANG", "Trang chủ | Tin tức | Công tác tổ chức xây dựng Đảng",
 "Quang cảnh hội nghị tổng kết. Ảnh: Minh Tài", "Ban Quản trị chùa", "chùa Láng Cát"],
["29-04-2011 10:20", "nhiệm kỳ 2010 - 2015", "lần thứ XI", "lần thứ IX", "53 đồng chí", "8 đồng chí", "585 đồng chí",
 "khóa XIII", "nhiệm kỳ 2011 - 2016", "ba cấp"]))

PAGES.append(page("b2244-thanhhoa-hoinghi-bch-huyen-2013", """
HUYỆN ỦY BÁ THƯỚC - TỈNH THANH HÓA
Vị trí: Trang chủ / Hoạt động của Huyện ủy
Ngày 14/08/2013 | 16:00
Bá Thước: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 bầu bổ sung nhân sự
Ngày 13/8/2013, Ban Chấp hành Đảng bộ huyện Bá Thước khóa XIX tổ chức Hội nghị lần thứ 12 để kiện toàn công tác cán bộ và cho ý kiến về kết quả thực hiện nhiệm vụ 7 tháng. Đồng chí Phạm Bá Điện, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị; dự có đồng chí Lê Thị Thoa, Phó Trưởng Ban Tổ chức Tỉnh ủy Thanh Hóa.
Đồng chí Lê Thị Thoa công bố Quyết định số 1256-QĐ/TU ngày 5/8/2013 của Ban Thường vụ Tỉnh ủy về việc điều động, chỉ định đồng chí Hà Văn Ca, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy nhiệm kỳ 2010 - 2015.
Với 37/39 phiếu tán thành, đạt 94,9%, hội nghị đã bầu đồng chí Hà Văn Ca giữ chức Phó Bí thư Huyện ủy. Hội nghị cũng bầu bổ sung đồng chí Bùi Thị Nhung, Trưởng Ban Dân vận Huyện ủy, vào Ủy ban Kiểm tra Huyện ủy với 36/39 phiếu. Sau hội nghị, HĐND huyện sẽ tiến hành quy trình bầu Chủ tịch UBND huyện thay đồng chí Trương Văn Phiên nghỉ hưu theo chế độ. Hội nghị cũng thống nhất giới thiệu 2 đồng chí để bầu bổ sung Ủy viên Ủy ban nhân dân huyện.
Tiếp đó, hội nghị nghe báo cáo kết quả 7 tháng đầu năm 2013: tổng giá trị sản xuất tăng 11,6%; trồng mới 1.640 ha rừng; giải ngân 42,5 tỷ đồng vốn Chương trình 135; kết nạp 128 đảng viên mới, trong đó có 71 đảng viên là người Mường, Thái. Huyện đã tổ chức 3 hội nghị đối thoại giữa Bí thư Huyện ủy với nhân dân tại các xã Lũng Niêm, Thành Lâm, Ban Công, tiếp nhận 54 ý kiến.
Về triển khai Nghị quyết Trung ương 4 (khóa XI), Ban Thường vụ Huyện ủy đã ban hành Kế hoạch 46-KH/HU, 47-KH/HU ngày 2/7/2013 về kiểm điểm tự phê bình và phê bình ở chi bộ và về khắc phục những hạn chế sau kiểm điểm; 100% tổ chức cơ sở đảng hoàn thành kiểm điểm.
Phát biểu kết luận, đồng chí Phạm Bá Điện đề nghị Ban Chấp hành tập trung chỉ đạo phòng chống lũ quét, không để xảy ra thiệt hại về người; chuẩn bị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XIX. Các đồng chí Huyện ủy viên: Lò Văn Chiến, Hà Thị Mai, Phạm Văn Lục được giao theo dõi các xã vùng cao Lũng Cao, Cổ Lũng, Thành Sơn.
Ngọc Ánh
Lượt xem: 532
Các tin đã đưa
- Bá Thước sơ kết 6 tháng thực hiện Chỉ thị 03-CT/TW (20/07/2013)
- Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Điền Quang (08/07/2013)
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 11 (05/07/2013)
- Khai giảng lớp bồi dưỡng nhận thức về Đảng (25/06/2013)
- Xã Lâm Xa ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới (18/06/2013)
""", "2013-08-14", "Bá Thước: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 bầu bổ sung nhân sự",
E("hoi_nghi", None, "2013-08-13"),
[P("Phạm Bá Điện", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Lê Thị Thoa", "Phó Trưởng Ban Tổ chức Tỉnh ủy Thanh Hóa"),
 P("Hà Văn Ca", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Phó Bí thư Huyện ủy"),
 P("Bùi Thị Nhung", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trương Văn Phiên"),
 P("Lò Văn Chiến", "Huyện ủy viên"), P("Hà Thị Mai", "Huyện ủy viên"), P("Phạm Văn Lục", "Huyện ủy viên")],
[Q("37/39 phiếu", 37, "phiếu"), Q("94,9%", 94.9, "%"), Q("36/39 phiếu", 36, "phiếu"), Q("2 đồng chí", 2, "đồng chí"), Q("11,6%", 11.6, "%"),
 Q("1.640 ha", 1640, "ha"), Q("42,5 tỷ đồng", 42500000000, "đồng"), Q("128 đảng viên mới", 128, "đảng viên mới"),
 Q("71 đảng viên là người Mường, Thái", 71, "đảng viên"), Q("3 hội nghị đối thoại", 3, "hội nghị đối thoại"),
 Q("54 ý kiến", 54, "ý kiến"), Q("100%", 100, "%")],
[D("Quyết định", "1256", "QĐ/TU", "2013-08-05", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1256-QĐ/TU ngày 5/8/2013"),
 D("Kế hoạch", "46", "KH/HU", "2013-07-02", "Ban Thường vụ Huyện ủy", "Kế hoạch 46-KH/HU, 47-KH/HU ngày 2/7/2013"),
 D("Kế hoạch", "47", "KH/HU", "2013-07-02", "Ban Thường vụ Huyện ủy", "Kế hoạch 46-KH/HU, 47-KH/HU ngày 2/7/2013")],
[prov("Thanh Hóa"), com("Lũng Niêm"), com("Thành Lâm"), com("Ban Công"), com("Lũng Cao"), com("Cổ Lũng"), com("Thành Sơn")],
["HUYỆN ỦY BÁ THƯỚC - TỈNH THANH HÓA", "Vị trí: Trang chủ / Hoạt động của Huyện ủy", "Chương trình 135",
 "Nghị quyết Trung ương 4 (khóa XI)", "Lượt xem: 532"],
["Ngày 14/08/2013 | 16:00", "lần thứ 12", "Hội nghị lần thứ 12", "khóa XIX", "7 tháng", "nhiệm kỳ 2010 - 2015",
 "7 tháng đầu năm 2013", "Chương trình 135", "Nghị quyết Trung ương 4", "lần thứ XIX", "Lượt xem: 532", "2 đồng chí"]))

PAGES.append(page("b2245-binhphuoc-taphuan-daihoi-2014", """
Huyện ủy Bù Đăng - Tỉnh Bình Phước
Trang chủ - Tin hoạt động - Công tác tổ chức
Ngày 24/10/2014 | 09:15
Ảnh: Đồng chí Điểu Bình truyền đạt chuyên đề tại lớp tập huấn.
Hơn 300 cán bộ được tập huấn nghiệp vụ công tác đại hội đảng bộ cơ sở
Trong 2 ngày 22 - 23/10/2014, Ban Tổ chức Huyện ủy Bù Đăng phối hợp Trung tâm Bồi dưỡng chính trị huyện mở lớp tập huấn nghiệp vụ công tác đại hội đảng bộ cơ sở nhiệm kỳ 2015 - 2020 năm 2014 cho 312 học viên là bí thư, phó bí thư, ủy viên ủy ban kiểm tra và cán bộ văn phòng các đảng ủy, chi bộ cơ sở.
Đến dự khai giảng có đồng chí Điểu Bình, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy. Báo cáo viên là các đồng chí Phó Trưởng Ban Tổ chức Huyện ủy: Thị Ngọc Hạnh, Nguyễn Văn Thuận và đồng chí Điểu Lê Khoa, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy.
Học viên được truyền đạt các nội dung: Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng; Hướng dẫn số 12-HD/TU ngày 8/9/2014 của Ban Thường vụ Tỉnh ủy; Kế hoạch 98-KH/HU của Huyện ủy; Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định 244-QĐ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương; cách chuẩn bị báo cáo chính trị, đề án nhân sự, thủ tục bầu cử và kiểm phiếu.
Theo kế hoạch, Đảng bộ huyện có 27 tổ chức cơ sở đảng, trong đó 16 đảng bộ xã, thị trấn; đại hội điểm cấp cơ sở sẽ được tổ chức tại Đảng bộ xã Đăk Nhau vào tháng 3/2015. Ban Tổ chức Huyện ủy yêu cầu tỷ lệ cấp ủy viên nữ đạt từ 15% trở lên, cán bộ trẻ dưới 35 tuổi khoảng 10%, cấp ủy viên là người dân tộc thiểu số tương ứng tỷ lệ đảng viên người dân tộc thiểu số trong đảng bộ.
Đồng chí Điểu Bình lưu ý: vùng có đông đồng bào S'tiêng, M'nông cần phát huy vai trò của già làng, người có uy tín trong tuyên truyền đại hội; không để phần tử xấu lợi dụng "Tin lành Đêga" kích động. Các chi bộ thôn, sóc phải hoàn thành đại hội trước ngày 30/4/2015.
Tại lớp học, ông Điểu Xiêng, già làng sóc Bom Bo, xã Bình Minh, chia sẻ cách vận động bà con đóng góp 120 ngày công và 35 triệu đồng xây nhà văn hóa sóc. Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài thu hoạch, trong đó 47 học viên đạt loại giỏi. Kinh phí mở lớp 68 triệu đồng do ngân sách huyện bảo đảm.
Thu Hiền - Ban Tổ chức Huyện ủy
Bài viết liên quan
- Bù Đăng kết nạp 215 đảng viên mới năm 2014 (15/10/2014)
- Đảng ủy xã Thống Nhất tổ chức học tập chuyên đề năm 2014 (02/10/2014)
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17 (25/09/2014)
- Đoàn công tác Ban Tổ chức Tỉnh ủy kiểm tra công tác phát triển đảng viên tại Bù Đăng (18/09/2014)
""", "2014-10-24", "Hơn 300 cán bộ được tập huấn nghiệp vụ công tác đại hội đảng bộ cơ sở",
E("tap_huan", "2014", "2014-10-22"),
[P("Điểu Bình", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Thị Ngọc Hạnh", "Phó Trưởng Ban Tổ chức Huyện ủy"),
 P("Nguyễn Văn Thuận", "Phó Trưởng Ban Tổ chức Huyện ủy"),
 P("Điểu Lê Khoa", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
 P("Điểu Xiêng", "già làng sóc Bom Bo")],
[Q("Hơn 300 cán bộ", 300, "cán bộ", "over"), Q("312 học viên", 312, "học viên"),
 Q("27 tổ chức cơ sở đảng", 27, "tổ chức cơ sở đảng"), Q("16 đảng bộ xã, thị trấn", 16, "đảng bộ xã, thị trấn"),
 Q("từ 15% trở lên", 15, "%", "over"), Q("khoảng 10%", 10, "%", "approx"), Q("120 ngày công", 120, "ngày công"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("100%", 100, "%"), Q("47 học viên", 47, "học viên"), Q("68 triệu đồng", 68000000, "đồng")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Hướng dẫn", "12", "HD/TU", "2014-09-08", "Ban Thường vụ Tỉnh ủy", "Hướng dẫn số 12-HD/TU ngày 8/9/2014"),
 D("Kế hoạch", "98", "KH/HU", None, "Huyện ủy", "Kế hoạch 98-KH/HU"),
 D("Quyết định", "244", "QĐ/TW", "2014-06-09", "Ban Chấp hành Trung ương", "Quyết định 244-QĐ/TW ngày 9/6/2014")],
[prov("Bình Phước"), com("Đăk Nhau"), com("Bình Minh")],
["Huyện ủy Bù Đăng - Tỉnh Bình Phước", "Trang chủ - Tin hoạt động - Công tác tổ chức",
 "Ảnh: Đồng chí Điểu Bình truyền đạt chuyên đề tại lớp tập huấn.", "Tin lành Đêga", "Trung tâm Bồi dưỡng chính trị huyện",
 "Quy chế bầu cử trong Đảng"],
["Ngày 24/10/2014 | 09:15", "2 ngày", "nhiệm kỳ 2015 - 2020", "năm 2014", "lần thứ XII", "dưới 35 tuổi", "tháng 3/2015"]))

PAGES.append(page("b2246-nghean-daihoi-tinh-2015", """
Báo Nghệ An điện tử
Thời sự » Chính trị » Đại hội Đảng bộ tỉnh lần thứ XVIII
16.10.2015 | 15:45
Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XVIII thành công tốt đẹp
Các đồng chí trong Ban Thường vụ Tỉnh ủy khóa XVIII ra mắt Đại hội. Ảnh: Thành Duy
(Baonghean) - Sau 4 ngày làm việc (từ 13 - 16/10/2015), chiều nay Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XVIII, nhiệm kỳ 2015 - 2020 đã bế mạc. Đại hội có 450 đại biểu chính thức, đại diện cho gần 193.000 đảng viên của 34 đảng bộ trực thuộc.
Dự và chỉ đạo đại hội có đồng chí Đinh Thế Quang, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương.
Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XVIII gồm 67 đồng chí, trong đó 15 đồng chí là người dân tộc thiểu số, 10 đồng chí nữ; 24 đồng chí lần đầu tham gia Ban Chấp hành. Hội nghị lần thứ nhất Ban Chấp hành bầu Ban Thường vụ gồm 17 đồng chí.
Đồng chí Hồ Đức Thịnh, Ủy viên Trung ương Đảng, tái đắc cử Bí thư Tỉnh ủy khóa XVIII với 66/67 phiếu, đạt 98,5%. Các đồng chí được bầu giữ chức Phó Bí thư Tỉnh ủy gồm: Phan Thị Kim Oanh, Phó Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; Trần Xuân Đường, Chủ tịch UBND tỉnh. Đồng chí Lữ Văn Pâng, Ủy viên Ban Thường vụ Tỉnh ủy, được bầu làm Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; Ủy ban Kiểm tra gồm 11 đồng chí.
Đại hội cũng bầu 25 đại biểu chính thức và 2 đại biểu dự khuyết đi dự Đại hội đại biểu toàn quốc lần thứ XII của Đảng.
Nghị quyết Đại hội đề ra 25 chỉ tiêu chủ yếu cho nhiệm kỳ 2015 - 2020: tốc độ tăng trưởng GRDP bình quân 10%/năm; GRDP bình quân đầu người đạt 58 triệu đồng; có 50% số xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm bình quân 2,5%/năm. Tổng vốn đầu tư toàn xã hội 5 năm dự kiến khoảng 380.000 tỷ đồng. Đại hội xác định tiếp tục thực hiện Nghị quyết 26-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An đến năm 2020.
Phát biểu bế mạc, đồng chí Hồ Đức Thịnh nhấn mạnh quyết tâm xây dựng Nghệ An sớm trở thành tỉnh khá trong khu vực phía Bắc. Đồng chí Vi Thị Lan, Tỉnh ủy viên, Bí thư Huyện ủy Quế Phong, một trong những cán bộ nữ người Thái được bầu lại, cho biết huyện sẽ tập trung giảm nghèo ở 14 bản biên giới.
Nhóm phóng viên
Xem thêm
- Khai mạc trọng thể Đại hội Đảng bộ tỉnh Nghệ An lần thứ XVIII (14/10/2015)
- Phiên trù bị Đại hội: bầu Đoàn Chủ tịch, Đoàn Thư ký (13/10/2015)
- Các huyện miền Tây hoàn thành đại hội nhiệm kỳ 2015 - 2020 (20/08/2015)
- Tuyên truyền trực quan chào mừng Đại hội trên khắp địa bàn (10/10/2015)
- Kỳ Sơn: đồng bào Mông, Khơ Mú gửi gắm kỳ vọng vào Đại hội (09/10/2015)
""", "2015-10-16", "Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XVIII thành công tốt đẹp",
E("dai_hoi", None, "2015-10-13"),
[P("Đinh Thế Quang", "Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"),
 P("Hồ Đức Thịnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy khóa XVIII"),
 P("Phan Thị Kim Oanh", "Phó Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh", "Phó Bí thư Tỉnh ủy"),
 P("Trần Xuân Đường", "Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"),
 P("Lữ Văn Pâng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Vi Thị Lan", "Tỉnh ủy viên", "Bí thư Huyện ủy Quế Phong")],
[Q("450 đại biểu chính thức", 450, "đại biểu chính thức"), Q("gần 193.000 đảng viên", 193000, "đảng viên", "approx"),
 Q("34 đảng bộ trực thuộc", 34, "đảng bộ trực thuộc"), Q("67 đồng chí", 67, "đồng chí"),
 Q("15 đồng chí là người dân tộc thiểu số", 15, "đồng chí"), Q("10 đồng chí nữ", 10, "đồng chí nữ"),
 Q("24 đồng chí", 24, "đồng chí"), Q("17 đồng chí", 17, "đồng chí"), Q("66/67 phiếu", 66, "phiếu"),
 Q("98,5%", 98.5, "%"), Q("11 đồng chí", 11, "đồng chí"), Q("25 đại biểu chính thức", 25, "đại biểu chính thức"),
 Q("2 đại biểu dự khuyết", 2, "đại biểu dự khuyết"), Q("25 chỉ tiêu", 25, "chỉ tiêu"),
 Q("10%", 10, "%"), Q("58 triệu đồng", 58000000, "đồng"), Q("50%", 50, "%"), Q("2,5%", 2.5, "%"),
 Q("khoảng 380.000 tỷ đồng", 380000000000000, "đồng", "approx"), Q("14 bản", 14, "bản")],
[D("Nghị quyết", "26", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 26-NQ/TW")],
[prov("Nghệ An")],
["Báo Nghệ An điện tử", "Thời sự » Chính trị » Đại hội Đảng bộ tỉnh lần thứ XVIII",
 "Các đồng chí trong Ban Thường vụ Tỉnh ủy khóa XVIII ra mắt Đại hội. Ảnh: Thành Duy", "(Baonghean)"],
["16.10.2015 | 15:45", "lần thứ XVIII", "4 ngày", "nhiệm kỳ 2015 - 2020", "khóa XVIII", "67 đồng chí", "15 đồng chí",
 "10 đồng chí", "24 đồng chí", "17 đồng chí", "11 đồng chí", "Hội nghị lần thứ nhất", "lần thứ XII", "5 năm"]))

PAGES.append(page("b2247-gialai-daihoi-chibo-lang-2022", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Xây dựng Đảng
30 tháng 5, 2022 | 10:15
Chi bộ làng Tơ Nung tổ chức đại hội điểm nhiệm kỳ 2022 - 2025
Bí thư Chi bộ Rơ Lan Hmip (thứ 2 từ trái sang) nhận hoa chúc mừng.
(GLO)- Ngày 27/5, Chi bộ làng Tơ Nung thuộc Đảng bộ xã Ia Pết (huyện Đak Đoa) tổ chức đại hội điểm nhiệm kỳ 2022 - 2025. Dự đại hội có đồng chí Nguyễn Thị Thanh Lịch, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy; đồng chí Đinh Văn Blưh, Bí thư Đảng ủy xã Ia Pết cùng 26 đảng viên của chi bộ.
Làng Tơ Nung có 312 hộ với 1.420 khẩu, 98% là người Jrai. Nhiệm kỳ 2020 - 2022, chi bộ lãnh đạo bà con chuyển đổi 45 ha cây trồng kém hiệu quả sang trồng cà phê xen sầu riêng; thu nhập bình quân đạt 31 triệu đồng/người/năm, số hộ nghèo giảm từ 58 hộ xuống còn 21 hộ. Bà con tự nguyện góp 86 triệu đồng và 340 ngày công sửa nhà rông, bê tông 1,2 km đường nội làng. Chi bộ kết nạp 3 đảng viên mới, đều là đoàn viên thanh niên người Jrai.
Đại hội được tổ chức theo Hướng dẫn 05-HD/ĐU của Đảng ủy xã và Kế hoạch số 86-KH/HU, 87-KH/HU của Ban Thường vụ Huyện ủy Đak Đoa về đại hội chi bộ trực thuộc đảng bộ cơ sở. Đây cũng là dịp chi bộ kiểm điểm việc thực hiện Chỉ thị 12-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số.
Đại hội đã bầu Chi ủy gồm 3 đồng chí. Đồng chí Rơ Lan Hmip tái cử Bí thư Chi bộ với 25/26 phiếu; đồng chí Siu Thị Hnuen, Chi hội trưởng Chi hội Phụ nữ làng, được tín nhiệm bầu làm Phó Bí thư Chi bộ. Già làng Puih Thiêng, người có uy tín làng Tơ Nung, phát biểu mong chi bộ tiếp tục vận động bà con không nghe theo kẻ xấu, không bỏ làng đi nơi khác.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thanh Lịch đề nghị chi bộ giữ vững mô hình "Dân vận khéo" trong sản xuất, duy trì sinh hoạt "3 cùng" với dân; phấn đấu đến năm 2025 giảm còn 10 hộ nghèo và 100% hộ dân dùng nước sạch. Qua đại hội điểm, toàn huyện sẽ hoàn thành đại hội 268 chi bộ trực thuộc trước ngày 15/6/2022.
Trong phần thảo luận, đồng chí Ksor H'Bơn, Chi hội trưởng Chi hội Nông dân làng, đề xuất mở thêm lớp hướng dẫn kỹ thuật chăm sóc sầu riêng cho 40 hộ vừa chuyển đổi; anh Rơ Châm Ngưl, Bí thư Chi đoàn làng, cam kết đoàn viên sẽ nhận giúp đỡ 5 hộ nghèo trong năm 2022.
Huyện Đak Đoa (tỉnh Gia Lai) hiện có 21 đảng bộ, chi bộ cơ sở với 3.450 đảng viên; riêng xã Ia Pết có 14 chi bộ làng.
Minh Nguyệt
Tin cùng chuyên mục
- Chư Sê: hoàn thành đại hội chi bộ điểm nhiệm kỳ 2022 - 2025 (26/05/2022)
- Gia Lai tập huấn nghiệp vụ đại hội chi bộ (12/05/2022)
- Già làng Jrai giúp dân thoát nghèo (09/05/2022)
- Mang Yang tôn vinh 52 người có uy tín (05/05/2022)
- Ia Grai: vận động đồng bào hiến đất làm đường liên làng (28/04/2022)
""", "2022-05-30", "Chi bộ làng Tơ Nung tổ chức đại hội điểm nhiệm kỳ 2022 - 2025",
E("dai_hoi", None, "2022-05-27"),
[P("Rơ Lan Hmip", "Bí thư Chi bộ"),
 P("Nguyễn Thị Thanh Lịch", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Văn Blưh", "Bí thư Đảng ủy xã Ia Pết"),
 P("Siu Thị Hnuen", "Chi hội trưởng Chi hội Phụ nữ làng", "Phó Bí thư Chi bộ"),
 P("Puih Thiêng", "Già làng", "người có uy tín làng Tơ Nung"),
 P("Ksor H'Bơn", "Chi hội trưởng Chi hội Nông dân làng"),
 P("Rơ Châm Ngưl", "Bí thư Chi đoàn làng")],
[Q("26 đảng viên", 26, "đảng viên"), Q("312 hộ", 312, "hộ"), Q("1.420 khẩu", 1420, "khẩu"), Q("98%", 98, "%"),
 Q("45 ha", 45, "ha"), Q("31 triệu đồng", 31000000, "đồng"), Q("58 hộ", 58, "hộ"), Q("21 hộ", 21, "hộ"),
 Q("86 triệu đồng", 86000000, "đồng"), Q("340 ngày công", 340, "ngày công"), Q("1,2 km", 1.2, "km"),
 Q("3 đảng viên mới", 3, "đảng viên mới"), Q("3 đồng chí", 3, "đồng chí"), Q("25/26 phiếu", 25, "phiếu"),
 Q("10 hộ nghèo", 10, "hộ nghèo"), Q("100%", 100, "%"), Q("268 chi bộ trực thuộc", 268, "chi bộ trực thuộc"),
 Q("21 đảng bộ, chi bộ cơ sở", 21, "đảng bộ, chi bộ cơ sở"), Q("3.450 đảng viên", 3450, "đảng viên"),
 Q("14 chi bộ làng", 14, "chi bộ làng"), Q("40 hộ vừa chuyển đổi", 40, "hộ"), Q("5 hộ nghèo", 5, "hộ nghèo")],
[D("Hướng dẫn", "05", "HD/ĐU", None, "Đảng ủy xã", "Hướng dẫn 05-HD/ĐU"),
 D("Kế hoạch", "86", "KH/HU", None, "Ban Thường vụ Huyện ủy Đak Đoa", "Kế hoạch số 86-KH/HU, 87-KH/HU"),
 D("Kế hoạch", "87", "KH/HU", None, "Ban Thường vụ Huyện ủy Đak Đoa", "Kế hoạch số 86-KH/HU, 87-KH/HU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12-CT/TU")],
[prov("Gia Lai"), com("Ia Pết")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "(GLO)",
 "Bí thư Chi bộ Rơ Lan Hmip (thứ 2 từ trái sang) nhận hoa chúc mừng.", "Dân vận khéo", "3 cùng"],
["30 tháng 5, 2022 | 10:15", "nhiệm kỳ 2022 - 2025", "Nhiệm kỳ 2020 - 2022", "3 đồng chí", "3 cùng", "thứ 2"]))

PAGES.append(page("b2248-haiphong-daihoi-phuong-2025", """
Cổng thông tin điện tử phường Việt Hòa - Thành phố Hải Phòng
Trang chủ :: Tin tức - Sự kiện :: Tin Đảng ủy
2025-08-02 16:40
Đại hội đại biểu Đảng bộ phường Việt Hòa lần thứ I, nhiệm kỳ 2025 - 2030
Toàn cảnh phiên khai mạc Đại hội.
Trong 2 ngày 31/7 và 1/8/2025, Đảng bộ phường Việt Hòa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Phường Việt Hòa được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường Việt Hòa, Cẩm Thượng, Tứ Minh (thuộc thành phố Hải Dương, tỉnh Hải Dương cũ). Đến dự có đồng chí Phạm Văn Tuyên, Thành ủy viên, Phó Trưởng Ban Tổ chức Thành ủy Hải Phòng; 180 đại biểu chính thức đại diện cho 3.215 đảng viên của 47 tổ chức đảng trực thuộc.
Báo cáo chính trị nêu rõ, giai đoạn 2020 - 2025, tổng thu ngân sách trên địa bàn đạt 1.286 tỷ đồng; thu nhập bình quân đầu người năm 2025 ước đạt 112 triệu đồng; 100% khu dân cư đạt chuẩn văn hóa; kết nạp 214 đảng viên mới. Nhiệm kỳ 2025 - 2030, phường đặt 19 chỉ tiêu, trong đó phấn đấu 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.
Đại hội đã nghe công bố Quyết định số 412-QĐ/TU ngày 28/6/2025 của Ban Thường vụ Thành ủy Hải Phòng chỉ định Ban Chấp hành Đảng bộ phường gồm 29 đồng chí và Quyết định số 413-QĐ/TU chỉ định Ban Thường vụ gồm 9 đồng chí. Đồng chí Nguyễn Thị Thu Trang được chỉ định giữ chức Bí thư Đảng ủy phường; các đồng chí Vũ Đức Hạnh, Chủ tịch UBND phường, và Đoàn Văn Khởi, Chủ tịch HĐND phường, giữ chức Phó Bí thư Đảng ủy phường.
Đại hội đã bầu 14 đại biểu chính thức, 1 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần thứ XVII với tỷ lệ tín nhiệm từ 91,2% đến 99,4%.
Phát biểu chỉ đạo, đồng chí Phạm Văn Tuyên đề nghị Đảng ủy phường tiếp tục quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về tinh gọn bộ máy, Kết luận 137-KL/TW và Chỉ thị 45-CT/TW ngày 14/4/2025 của Bộ Chính trị; chú trọng vận hành hiệu quả mô hình chính quyền địa phương 2 cấp, gần dân, sát dân.
Tại đại hội, các đồng chí Bí thư chi bộ khu dân cư: Lê Văn Tú, Phạm Thị Huệ, Cao Minh Sơn được biểu dương vì vận động nhân dân hiến 1.350 m2 đất mở rộng ngõ xóm.
Thảo luận tại đại hội, đồng chí Trần Quang Huy, Chủ tịch Ủy ban MTTQ Việt Nam phường, báo cáo trong 6 tháng đầu năm 2025 Mặt trận đã vận động ủng hộ Quỹ "Vì người nghèo" 1,8 tỷ đồng, hỗ trợ sửa chữa 12 căn nhà cho hộ khó khăn; đồng chí Bùi Thị Lan Hương, Bí thư Đoàn phường, đề xuất thành lập 8 tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến.
Đại hội đã thông qua Nghị quyết với 100% đại biểu tán thành.
Ban Biên tập
Tin khác
- Phường Việt Hòa ra mắt Trung tâm phục vụ hành chính công (01/07/2025)
- Hội nghị Ban Chấp hành Đảng bộ phường lần thứ nhất (05/07/2025)
- Hải Phòng: 114 xã, phường, đặc khu hoàn thành đại hội điểm (30/07/2025)
""", "2025-08-02", "Đại hội đại biểu Đảng bộ phường Việt Hòa lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-07-31"),
[P("Phạm Văn Tuyên", "Thành ủy viên", "Phó Trưởng Ban Tổ chức Thành ủy Hải Phòng"),
 P("Nguyễn Thị Thu Trang", "Bí thư Đảng ủy phường"),
 P("Vũ Đức Hạnh", "Chủ tịch UBND phường", "Phó Bí thư Đảng ủy phường"),
 P("Đoàn Văn Khởi", "Chủ tịch HĐND phường", "Phó Bí thư Đảng ủy phường"),
 P("Lê Văn Tú", "Bí thư chi bộ khu dân cư"), P("Phạm Thị Huệ", "Bí thư chi bộ khu dân cư"),
 P("Cao Minh Sơn", "Bí thư chi bộ khu dân cư"),
 P("Trần Quang Huy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"), P("Bùi Thị Lan Hương", "Bí thư Đoàn phường")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("3.215 đảng viên", 3215, "đảng viên"),
 Q("47 tổ chức đảng trực thuộc", 47, "tổ chức đảng trực thuộc"), Q("1.286 tỷ đồng", 1286000000000, "đồng"),
 Q("112 triệu đồng", 112000000, "đồng", "approx"), Q("100%", 100, "%"), Q("214 đảng viên mới", 214, "đảng viên mới"),
 Q("19 chỉ tiêu", 19, "chỉ tiêu"), Q("80%", 80, "%"), Q("29 đồng chí", 29, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("14 đại biểu chính thức", 14, "đại biểu chính thức"), Q("1 đại biểu dự khuyết", 1, "đại biểu dự khuyết"),
 Q("91,2%", 91.2, "%"), Q("99,4%", 99.4, "%"), Q("1.350 m2", 1350, "m2"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("12 căn nhà", 12, "căn nhà"), Q("8 tổ công nghệ số cộng đồng", 8, "tổ công nghệ số cộng đồng")],
[D("Quyết định", "412", "QĐ/TU", "2025-06-28", "Ban Thường vụ Thành ủy Hải Phòng", "Quyết định số 412-QĐ/TU ngày 28/6/2025"),
 D("Quyết định", "413", "QĐ/TU", None, "Ban Thường vụ Thành ủy Hải Phòng", "Quyết định số 413-QĐ/TU"),
 D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị", "Kết luận 137-KL/TW"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị 45-CT/TW ngày 14/4/2025")],
[prov("Hải Phòng"), prov("Hải Dương"), com("Việt Hòa"), com("Cẩm Thượng"), com("Tứ Minh")],
["Cổng thông tin điện tử phường Việt Hòa - Thành phố Hải Phòng", "Trang chủ :: Tin tức - Sự kiện :: Tin Đảng ủy",
 "Toàn cảnh phiên khai mạc Đại hội.", "Vì người nghèo"],
["2025-08-02 16:40", "lần thứ I", "nhiệm kỳ 2025 - 2030", "2 ngày", "giai đoạn 2020 - 2025", "năm 2025", "29 đồng chí",
 "9 đồng chí", "lần thứ XVII", "2 cấp", "6 tháng đầu năm 2025"]))
