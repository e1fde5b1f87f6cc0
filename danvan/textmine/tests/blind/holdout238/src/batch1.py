from lib import *
PAGES = []

PAGES.append(page("b5669-laocai-bdv-bantin-giaoban-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ » Bản tin » Bản tin dân vận
Thứ Sáu, 04/11/2011 - 09:30
Bản tin dân vận tháng 10/2011
(DVLC) - Tổng hợp một số hoạt động nổi bật của khối dân vận các cấp trong tỉnh Lào Cai tháng 10/2011.
* Giao ban khối dân vận tháng 10
Ngày 31/10/2011, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận tháng 10/2011. Đồng chí Vàng Seo Páo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có 27 đồng chí là lãnh đạo Mặt trận, các đoàn thể tỉnh và trưởng ban dân vận các huyện ủy, thành ủy. Trong tháng, các cơ quan khối dân vận đã tiếp nhận 19 đơn thư, phối hợp giải quyết 14 đơn; tổ chức 36 buổi tuyên truyền cho trên 2.800 lượt người. Đồng chí Vàng Seo Páo yêu cầu các huyện tập trung triển khai Kế hoạch số 38-KH/BDVTU ngày 12/10/2011 của Ban Dân vận Tỉnh ủy về kiểm tra công tác dân vận chính quyền.
Đồng chí Vàng Seo Páo phát biểu tại giao ban. Ảnh: Hồng Nhung
* Bắc Hà: vận động đồng bào Mông hiến đất làm đường
Ban Dân vận Huyện ủy Bắc Hà phối hợp UBND xã Bản Phố vận động 64 hộ đồng bào Mông hiến trên 7.200 m2 đất mở đường liên thôn. Ông Lù Văn Chỉn, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà cho biết, tổng kinh phí làm đường khoảng 1,35 tỷ đồng, trong đó nhân dân đóng góp 420 triệu đồng và 1.150 ngày công.
* Sa Pa: bồi dưỡng cho người có uy tín
Ngày 20/10, Huyện ủy Sa Pa mở lớp bồi dưỡng cho 85 người có uy tín trong đồng bào dân tộc thiểu số theo Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ. Già làng Giàng A Lử, người có uy tín thôn Lao Chải và ông Tẩn Láo Sử, Trưởng thôn Tả Van Giáy, chia sẻ kinh nghiệm vận động bà con bỏ tục lệ lạc hậu trong việc cưới, việc tang.
* Mặt trận các cấp hưởng ứng tháng cao điểm "Vì người nghèo"
Ủy ban MTTQ tỉnh phát động tháng cao điểm "Vì người nghèo" từ 17/10 đến 18/11/2011. Bà Hoàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ tỉnh cho biết, đến cuối tháng 10 Quỹ "Vì người nghèo" các cấp đã tiếp nhận gần 2,1 tỷ đồng, hỗ trợ xây 46 căn nhà Đại đoàn kết, mỗi căn 25 triệu đồng.
* Hội Nông dân sơ kết Chỉ thị 07, 08
Ban Thường vụ Hội Nông dân tỉnh sơ kết Chỉ thị 07, 08-CT/HND của Ban Thường vụ Hội về xây dựng chi hội nông dân nghề nghiệp. Toàn tỉnh có 112 chi hội, tổ hội nghề nghiệp với 3.460 hội viên; 78% số chi hội được xếp loại khá, tốt.
* Mường Khương: khối dân vận xã Pha Long ra mắt mô hình
Khối dân vận xã Pha Long ra mắt mô hình "Dòng họ không có người vi phạm pháp luật" tại 9 thôn. Ông Thào Seo Chú, Bí thư Đảng ủy, Trưởng khối dân vận xã, cho biết xã vận động 215 hộ cam kết không tái trồng cây thuốc phiện.
Minh Phương (tổng hợp)
Lượt xem: 1.204
Tin liên quan
- Bản tin dân vận tháng 9/2011 (05/10/2011)
- Văn Bàn tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở (28/9/2011)
- Bát Xát: 12 tập thể được khen về công tác dân vận (15/9/2011)
""", "2011-11-04", "Bản tin dân vận tháng 10/2011",
E("giao_ban", "2011-10", "2011-10-31"),
[P("Vàng Seo Páo", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Chỉn", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Giàng A Lử", "Già làng", "người có uy tín thôn Lao Chải"),
 P("Tẩn Láo Sử", "Trưởng thôn Tả Van Giáy"),
 P("Hoàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thào Seo Chú", "Bí thư Đảng ủy", "Trưởng khối dân vận xã")],
[Q("27 đồng chí", 27, "đồng chí"), Q("19 đơn thư", 19, "đơn thư"), Q("14 đơn", 14, "đơn"),
 Q("36 buổi tuyên truyền", 36, "buổi tuyên truyền"), Q("trên 2.800 lượt người", 2800, "lượt người", "over"),
 Q("64 hộ đồng bào Mông", 64, "hộ đồng bào Mông"), Q("trên 7.200 m2", 7200, "m2", "over"),
 Q("khoảng 1,35 tỷ đồng", 1350000000, "đồng", "approx"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("1.150 ngày công", 1150, "ngày công"), Q("85 người có uy tín", 85, "người có uy tín"),
 Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("46 căn nhà Đại đoàn kết", 46, "căn nhà Đại đoàn kết"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("112 chi hội, tổ hội nghề nghiệp", 112, "chi hội, tổ hội nghề nghiệp"),
 Q("3.460 hội viên", 3460, "hội viên"), Q("78%", 78, "%"), Q("9 thôn", 9, "thôn"), Q("215 hộ", 215, "hộ")],
[D("Kế hoạch", "38", "KH/BDVTU", "2011-10-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 38-KH/BDVTU ngày 12/10/2011"),
 D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Chỉ thị", "07", "CT/HND", None, "Ban Thường vụ Hội", "Chỉ thị 07, 08-CT/HND"),
 D("Chỉ thị", "08", "CT/HND", None, "Ban Thường vụ Hội", "Chỉ thị 07, 08-CT/HND")],
[prov("Lào Cai"), com("Bản Phố"), com("Pha Long")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Bản tin » Bản tin dân vận", "(DVLC)",
 "Đồng chí Vàng Seo Páo phát biểu tại giao ban. Ảnh: Hồng Nhung", "Vì người nghèo",
 "Dòng họ không có người vi phạm pháp luật", "Lượt xem: 1.204"],
["Thứ Sáu, 04/11/2011 - 09:30", "tháng 10/2011", "27 đồng chí", "Lượt xem: 1.204"]))

PAGES.append(page("b5670-nghean-quychau-bdvhu-soket-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲ CHÂU - TỈNH NGHỆ AN
Trang chủ > Tin tức > Dân vận - Mặt trận
Cập nhật: 08:10, 18/07/2012 (GMT+7)
Ảnh: Quang cảnh hội nghị sơ kết.
Điểm tin dân vận tuần từ 9/7 đến 15/7/2012
Trong tuần, Ban Dân vận Huyện ủy Quỳ Châu tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012; Mặt trận và các đoàn thể huyện triển khai nhiều hoạt động hướng về cơ sở.
- Sơ kết công tác dân vận 6 tháng đầu năm
Ngày 13/7/2012, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết. Đồng chí Lô Văn Thịnh, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có đồng chí Vi Thị Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An. 6 tháng qua, 12/12 xã, thị trấn xây dựng kế hoạch thực hiện Quy chế dân vận; nhân dân đóng góp trên 3,2 tỷ đồng, hiến 4.600 m2 đất làm 14,5 km đường giao thông nông thôn. Hội nghị quán triệt Kế hoạch số 21-KH/HU ngày 5/6/2012 của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết Trung ương 4 (khóa XI) và Chỉ thị số 03-CT/TU ngày 14/5/2012 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số.
- Châu Hạnh: phụ nữ ra mắt tổ tiết kiệm
Hội LHPN xã Châu Hạnh ra mắt 3 tổ phụ nữ tiết kiệm với 45 thành viên, vốn ban đầu 27 triệu đồng. Bà Lang Thị Nhung, Chủ tịch Hội LHPN xã Châu Hạnh cho biết, hội đang vận động thêm khoảng 30 hội viên nghèo tham gia.
- Thanh niên tình nguyện hè
Huyện đoàn Quỳ Châu huy động 320 đoàn viên, thanh niên làm 2 km đường bê tông, tu sửa 5 phòng học tại các bản vùng cao. Anh Sầm Văn Tuấn, Ủy viên BCH Tỉnh đoàn, Bí thư Huyện đoàn, cho biết chiến dịch năm nay có 18 đội hình tình nguyện.
- Cựu chiến binh giúp nhau phát triển kinh tế
Hội CCB huyện tổ chức sơ kết Chỉ thị 02, 03-CT/CCB của Ban Thường vụ Hội CCB tỉnh. Toàn huyện có 96 hộ hội viên CCB nghèo, giảm 21 hộ so với đầu năm; 1.320 hội viên được vay vốn với dư nợ 9,8 tỷ đồng.
- Mặt trận trao nhà Đại đoàn kết
Ủy ban MTTQ huyện trao 10 nhà Đại đoàn kết cho hộ nghèo ở xã Châu Bình, Châu Tiến, mỗi nhà hỗ trợ 20 triệu đồng. Ông Quang Văn Bình, Chủ tịch Ủy ban MTTQ huyện đề nghị các xã rà soát, vận động con em xa quê ủng hộ thêm.
- Nhân sự
Ông Lữ Văn Sơn được bổ nhiệm làm Phó Trưởng Ban Dân vận Huyện ủy Quỳ Châu từ ngày 1/7/2012.
- Châu Phong: vận động hiến đất
Khối dân vận xã Châu Phong vận động 23 hộ hiến 1.900 m2 đất làm nhà văn hóa bản Hạt. Ông Vi Văn Khăm, Bí thư Đảng ủy, Trưởng khối dân vận xã Châu Phong cho biết, nhà văn hóa có tổng dự toán 640 triệu đồng.
Hà Linh
Các tin khác
- Quỳ Châu: gặp mặt người có uy tín nhân dịp Tết Nguyên đán (20/01/2012)
- Hội nghị tổng kết công tác dân vận năm 2011 (28/12/2011)
- Châu Phong vận động nhân dân hiến đất làm nhà văn hóa bản (10/12/2011)
""", "2012-07-18", "Điểm tin dân vận tuần từ 9/7 đến 15/7/2012",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Lô Văn Thịnh", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vi Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An"),
 P("Lang Thị Nhung", "Chủ tịch Hội LHPN xã Châu Hạnh"),
 P("Sầm Văn Tuấn", "Ủy viên BCH Tỉnh đoàn", "Bí thư Huyện đoàn"),
 P("Quang Văn Bình", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lữ Văn Sơn", "Phó Trưởng Ban Dân vận Huyện ủy Quỳ Châu"),
 P("Vi Văn Khăm", "Bí thư Đảng ủy", "Trưởng khối dân vận xã Châu Phong")],
[Q("12/12 xã, thị trấn", 12, "xã, thị trấn"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("4.600 m2", 4600, "m2"), Q("14,5 km", 14.5, "km"), Q("3 tổ phụ nữ tiết kiệm", 3, "tổ phụ nữ tiết kiệm"),
 Q("45 thành viên", 45, "thành viên"), Q("27 triệu đồng", 27000000, "đồng"),
 Q("khoảng 30 hội viên nghèo", 30, "hội viên nghèo", "approx"), Q("320 đoàn viên, thanh niên", 320, "đoàn viên, thanh niên"),
 Q("2 km", 2, "km"), Q("5 phòng học", 5, "phòng học"), Q("18 đội hình tình nguyện", 18, "đội hình tình nguyện"),
 Q("96 hộ hội viên CCB nghèo", 96, "hộ hội viên CCB nghèo"), Q("21 hộ", 21, "hộ"), Q("1.320 hội viên", 1320, "hội viên"),
 Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("10 nhà Đại đoàn kết", 10, "nhà Đại đoàn kết"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("23 hộ", 23, "hộ"), Q("1.900 m2", 1900, "m2"), Q("640 triệu đồng", 640000000, "đồng")],
[D("Kế hoạch", "21", "KH/HU", "2012-06-05", "Ban Thường vụ Huyện ủy", "Kế hoạch số 21-KH/HU ngày 5/6/2012"),
 D("Chỉ thị", "03", "CT/TU", "2012-05-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 14/5/2012"),
 D("Chỉ thị", "02", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 02, 03-CT/CCB"),
 D("Chỉ thị", "03", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 02, 03-CT/CCB")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Châu Bình"), com("Châu Tiến"), com("Châu Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲ CHÂU - TỈNH NGHỆ AN", "Trang chủ > Tin tức > Dân vận - Mặt trận",
 "Ảnh: Quang cảnh hội nghị sơ kết.", "Nghị quyết Trung ương 4 (khóa XI)", "Quy chế dân vận"],
["Cập nhật: 08:10, 18/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng qua", "Nghị quyết Trung ương 4", "khóa XI",
 "từ 9/7 đến 15/7/2012"]))

PAGES.append(page("b5671-gialai-mttq-bantin-traoqua-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang chủ | Tin tức - Sự kiện | Bản tin Mặt trận
08:15 | 28/01/2013
Bản tin Mặt trận tuần thứ tư tháng 1/2013
Trong tuần, Thường trực Ủy ban MTTQ Việt Nam tỉnh đi thăm, tặng quà Tết cho hộ nghèo đồng bào dân tộc thiểu số; các huyện, thị xã triển khai Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
+ Tặng 400 suất quà Tết tại Đức Cơ
Ngày 25/1/2013, đoàn công tác do đồng chí Ksor Y Bluk, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã thăm, tặng 400 suất quà Tết cho hộ nghèo tại xã Ia Dom và xã Ia Nan, mỗi suất trị giá 300.000 đồng, tổng trị giá 120 triệu đồng. Cùng đi có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Rơ Châm H'Mlen, Nguyễn Đình Thuận. Đợt thăm thực hiện Chỉ thị số 17-CT/TU ngày 20/12/2012 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Quý Tỵ và Kế hoạch số 12/KH-MTTQ-BTT ngày 3/1/2013 của Ban Thường trực Ủy ban MTTQ tỉnh.
Đồng chí Ksor Y Bluk trao quà cho hộ nghèo xã Ia Dom.
+ Chư Prông: người có uy tín góp sức giữ bình yên buôn làng
Huyện Chư Prông có 142 người có uy tín; trong năm 2012 họ đã tham gia hòa giải thành 37 vụ việc mâu thuẫn trong nội bộ nhân dân. Già làng Siu Bơ, người có uy tín làng Klăh, xã Ia Vê được Ủy ban MTTQ tỉnh tặng bằng khen.
+ Kbang: hơn 1.000 hộ đăng ký gia đình văn hóa
Ủy ban MTTQ huyện Kbang cho biết năm 2013 có hơn 1.000 hộ ở xã Sơ Pai, Đông đăng ký xây dựng gia đình văn hóa. Bà Đinh Thị Blin, Trưởng Ban Công tác Mặt trận làng Lơ Ku, kiến nghị hỗ trợ kinh phí sửa nhà rông.
+ Triển khai Cuộc vận động ở khu dân cư
Toàn tỉnh có 1.850 khu dân cư, trong đó 1.517 khu dân cư, chiếm 82%, đạt danh hiệu khu dân cư văn hóa. Ông Nay Phi, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh đề nghị các địa phương bình xét đúng thực chất theo Hướng dẫn số 05/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
+ Quỹ "Vì người nghèo"
Năm 2012, Quỹ "Vì người nghèo" các cấp trong tỉnh tiếp nhận 6,45 tỷ đồng; xây mới và sửa chữa 215 căn nhà Đại đoàn kết.
+ Ia Pa: hòa giải ở cơ sở
Ban Thường trực Ủy ban MTTQ huyện Ia Pa phối hợp Phòng Tư pháp tập huấn cho 78 tổ viên tổ hòa giải của 9 xã. Ông Rơ Lan Chướch, Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Ia Pa, cho biết năm 2012 các tổ hòa giải thành 64/71 vụ việc, đạt 90,1%. Trong tháng 2, huyện sẽ triển khai Kế hoạch số 03-KH/HU ngày 9/1/2013 của Ban Thường vụ Huyện ủy về củng cố tổ hòa giải, tổ an ninh nhân dân.
+ Pleiku: ra mắt tổ tự quản
Phường Thắng Lợi, thành phố Pleiku ra mắt 4 tổ tự quản về an ninh trật tự với 52 thành viên. Mặt trận Gia Lai đánh giá đây là cách làm cần nhân rộng.
Lê Hòa
Tin khác
- Gặp mặt chức sắc các tôn giáo nhân dịp Xuân Quý Tỵ (24/01/2013)
- Ia Grai: 50 suất quà cho gia đình chính sách (22/01/2013)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8 (15/01/2013)
""", "2013-01-28", "Bản tin Mặt trận tuần thứ tư tháng 1/2013",
E("trao_qua", None, "2013-01-25"),
[P("Ksor Y Bluk", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Châm H'Mlen", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đình Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Bơ", "Già làng", "người có uy tín làng Klăh"),
 P("Đinh Thị Blin", "Trưởng Ban Công tác Mặt trận làng Lơ Ku"),
 P("Nay Phi", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Lan Chướch", "Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Ia Pa")],
[Q("400 suất quà Tết", 400, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("142 người có uy tín", 142, "người có uy tín"), Q("37 vụ việc mâu thuẫn", 37, "vụ việc mâu thuẫn"),
 Q("hơn 1.000 hộ", 1000, "hộ", "over"), Q("1.850 khu dân cư", 1850, "khu dân cư"), Q("1.517 khu dân cư", 1517, "khu dân cư"),
 Q("82%", 82, "%"), Q("6,45 tỷ đồng", 6450000000, "đồng"), Q("215 căn nhà Đại đoàn kết", 215, "căn nhà Đại đoàn kết"),
 Q("78 tổ viên tổ hòa giải", 78, "tổ viên tổ hòa giải"), Q("9 xã", 9, "xã"), Q("64/71 vụ việc", 64, "vụ việc"), Q("90,1%", 90.1, "%"),
 Q("4 tổ tự quản về an ninh trật tự", 4, "tổ tự quản về an ninh trật tự"), Q("52 thành viên", 52, "thành viên")],
[D("Chỉ thị", "17", "CT/TU", "2012-12-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 20/12/2012"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2013-01-03", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 3/1/2013"),
 D("Hướng dẫn", "05", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 05/HD-MTTW-BTT"),
 D("Kế hoạch", "03", "KH/HU", "2013-01-09", "Ban Thường vụ Huyện ủy", "Kế hoạch số 03-KH/HU ngày 9/1/2013")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Nan"), com("Ia Vê"), com("Sơ Pai"), com("Đông"), com("Thắng Lợi")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang chủ | Tin tức - Sự kiện | Bản tin Mặt trận",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Đồng chí Ksor Y Bluk trao quà cho hộ nghèo xã Ia Dom.",
 "Vì người nghèo"],
["08:15 | 28/01/2013", "tuần thứ tư tháng 1/2013", "năm 2012", "năm 2013", "Tết Quý Tỵ", "tháng 2"]))

PAGES.append(page("b5672-soctrang-xa-lichhoithuong-doithoai-2014", """
Cổng thông tin điện tử xã Lịch Hội Thượng - huyện Trần Đề
Trang chủ / Tin tức / Mặt trận - Đoàn thể
17/05/2014 - 10:05
Tin hoạt động Mặt trận, đoàn thể xã trong tháng 5
Sáng 12/5/2014, Đảng ủy xã Lịch Hội Thượng tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân năm 2014. Bên cạnh đó, Mặt trận và các đoàn thể xã có nhiều hoạt động thiết thực chào mừng Tết Chôl Chnăm Thmây.
1. Đối thoại với nhân dân
Chủ trì buổi đối thoại là ông Thạch Sô Phane, Bí thư Đảng ủy xã, và ông Trần Văn Út, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Tham dự có trên 120 đại biểu là người có uy tín, chức sắc, chức việc chùa Phật giáo Nam tông Khmer và bà con các ấp. Người dân nêu 15 ý kiến, chủ yếu về nạo vét kênh thủy lợi, cấp giấy chứng nhận quyền sử dụng đất; 12 ý kiến được giải đáp ngay tại buổi đối thoại. Buổi đối thoại thực hiện Kế hoạch số 07-KH/ĐU ngày 10/4/2014 của Đảng ủy xã và Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Ông Thạch Sô Phane trả lời ý kiến của người dân. Ảnh: Sơn Hải
2. Hội Nông dân hỗ trợ vốn
Hội Nông dân xã giải ngân 300 triệu đồng từ Quỹ hỗ trợ nông dân cho 15 hộ vay nuôi tôm, mỗi hộ 20 triệu đồng. Bà Lâm Thị Sà Rết, Chủ tịch Hội Nông dân xã cho biết tỷ lệ nợ quá hạn dưới 1%.
3. Đoàn xã có Bí thư mới
Tại Đại hội Đoàn xã, anh Thạch Minh Tâm được tín nhiệm giữ chức Bí thư Đoàn xã nhiệm kỳ 2014 - 2017. Đoàn xã hiện có 14 chi đoàn với 386 đoàn viên.
4. Phụ nữ chăm lo hội viên khó khăn
Nhân dịp Tết Chôl Chnăm Thmây, Hội LHPN xã trao 60 phần quà cho hội viên nghèo, mỗi phần 200.000 đồng. Chị Sơn Thị Chanh Đa, Phó Chủ tịch Hội LHPN xã, vận động 35 chị em tham gia tổ hợp tác đan đát.
Hội LHPN xã cũng phối hợp Trạm Y tế tư vấn sức khỏe sinh sản cho khoảng 140 phụ nữ người Khmer tại các ấp Cây Có, Tắc Bướm. Bà Thạch Thị Sô Phi, Chủ tịch Hội LHPN xã đề nghị các chi hội duy trì sinh hoạt định kỳ, vận động hội viên đưa con đến trường đúng độ tuổi.
5. Mặt trận vận động quỹ
Ông Kim Văn Sà Rinh, Chủ tịch Ủy ban MTTQ xã, cho biết từ đầu năm Mặt trận xã vận động được 48,5 triệu đồng ủng hộ Quỹ "Vì người nghèo", giúp 3 hộ sửa nhà. Năm 2014, xã phấn đấu giảm 2,5% hộ nghèo, còn dưới 18%.
6. Cựu chiến binh tham gia giữ gìn an ninh
Hội CCB xã có 112 hội viên, duy trì 7 tổ CCB tự quản an ninh trật tự. Ông Lý Văn Phol, Chủ tịch Hội CCB xã, cho biết hội đang phối hợp Công an xã thực hiện Chỉ thị số 02-CT/HU ngày 20/2/2014 của Ban Thường vụ Huyện ủy Trần Đề về phong trào toàn dân bảo vệ an ninh Tổ quốc. Theo Ban Dân vận Tỉnh ủy Sóc Trăng, đây là một trong 10 xã điểm của tỉnh về dân vận chính quyền.
Ban biên tập
Tin liên quan
- Hội nghị tổng kết công tác Mặt trận xã năm 2013 (27/12/2013)
- Xã Lịch Hội Thượng ra mắt tổ hòa giải ấp Cây Có (15/11/2013)
- Trao 5 căn nhà Đại đoàn kết cho hộ nghèo người Khmer (02/10/2013)
""", "2014-05-17", "Tin hoạt động Mặt trận, đoàn thể xã trong tháng 5",
E("doi_thoai", "2014", "2014-05-12"),
[P("Thạch Sô Phane", "Bí thư Đảng ủy xã"),
 P("Trần Văn Út", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lâm Thị Sà Rết", "Chủ tịch Hội Nông dân xã"),
 P("Thạch Minh Tâm", "Bí thư Đoàn xã nhiệm kỳ 2014 - 2017"),
 P("Sơn Thị Chanh Đa", "Phó Chủ tịch Hội LHPN xã"),
 P("Kim Văn Sà Rinh", "Chủ tịch Ủy ban MTTQ xã"),
 P("Thạch Thị Sô Phi", "Chủ tịch Hội LHPN xã"),
 P("Lý Văn Phol", "Chủ tịch Hội CCB xã")],
[Q("trên 120 đại biểu", 120, "đại biểu", "over"), Q("15 ý kiến", 15, "ý kiến"), Q("12 ý kiến", 12, "ý kiến"),
 Q("300 triệu đồng", 300000000, "đồng"), Q("15 hộ", 15, "hộ"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("dưới 1%", 1, "%", "approx"), Q("14 chi đoàn", 14, "chi đoàn"), Q("386 đoàn viên", 386, "đoàn viên"),
 Q("60 phần quà", 60, "phần quà"), Q("200.000 đồng", 200000, "đồng"), Q("35 chị em", 35, "chị em"),
 Q("48,5 triệu đồng", 48500000, "đồng"), Q("3 hộ", 3, "hộ"), Q("2,5%", 2.5, "%"), Q("dưới 18%", 18, "%", "approx"),
 Q("khoảng 140 phụ nữ người Khmer", 140, "phụ nữ người Khmer", "approx"), Q("112 hội viên", 112, "hội viên"),
 Q("7 tổ CCB tự quản an ninh trật tự", 7, "tổ CCB tự quản an ninh trật tự"), Q("10 xã điểm", 10, "xã điểm")],
[D("Kế hoạch", "07", "KH/ĐU", "2014-04-10", "Đảng ủy xã", "Kế hoạch số 07-KH/ĐU ngày 10/4/2014"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "02", "CT/HU", "2014-02-20", "Ban Thường vụ Huyện ủy Trần Đề", "Chỉ thị số 02-CT/HU ngày 20/2/2014")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["Cổng thông tin điện tử xã Lịch Hội Thượng - huyện Trần Đề", "Trang chủ / Tin tức / Mặt trận - Đoàn thể",
 "Ông Thạch Sô Phane trả lời ý kiến của người dân. Ảnh: Sơn Hải", "Vì người nghèo", "Quỹ hỗ trợ nông dân",
 "Tết Chôl Chnăm Thmây", "Ban biên tập"],
["17/05/2014 - 10:05", "năm 2014", "nhiệm kỳ 2014 - 2017"]))

PAGES.append(page("b5673-thainguyen-mttq-bantin-giamsat-2015", """
Báo Thái Nguyên điện tử
Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 10/07/2015 - 16:40
Điểm tin Mặt trận và các đoàn thể chính trị - xã hội
(TN) - Ủy ban MTTQ tỉnh giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Phú Lương; các đoàn thể đẩy mạnh góp ý xây dựng Đảng, chính quyền.
• Giám sát thực hiện dân chủ ở cơ sở
Ngày 8/7/2015, đoàn giám sát của Ủy ban MTTQ tỉnh do bà Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát tại huyện Phú Lương và các xã Yên Ninh, Phấn Mễ. Cùng đi có các ông, bà: Dương Văn Lượng, Hoàng Thị Thu Hà - Phó Chủ tịch Ủy ban MTTQ tỉnh. Cuộc giám sát thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 19/KH-MTTQ-BTT ngày 2/3/2015 của Ban Thường trực Ủy ban MTTQ tỉnh. Qua giám sát, 2 xã đã công khai 18 nội dung theo Pháp lệnh số 34/2007/PL-UBTVQH11; tuy vậy còn 6 kiến nghị của cử tri chưa được trả lời.
Bà Ma Thị Nguyệt làm việc với UBND xã Yên Ninh. Ảnh: Thu Hằng
• Võ Nhai: đối thoại về bồi thường đường cao tốc
UBND huyện Võ Nhai đối thoại với 47 hộ dân xã La Hiên bị ảnh hưởng bởi dự án mở rộng đường; tổng số tiền bồi thường khoảng 11,3 tỷ đồng. Ông Đặng Xuân Trường, Phó Chủ tịch UBND huyện, cam kết chi trả trước ngày 30/7.
• Hội Cựu chiến binh: 200 hội viên làm kinh tế giỏi
Hội CCB tỉnh biểu dương 200 hội viên làm kinh tế giỏi, trong đó 35 hội viên có thu nhập trên 500 triệu đồng/năm. Ông Lục Văn Thiều, Phó Chủ tịch Hội CCB tỉnh, trao 25 suất học bổng cho con hội viên, mỗi suất 1 triệu đồng.
• Tỉnh đoàn tập huấn kỹ năng
Tỉnh đoàn tập huấn kỹ năng tuyên truyền cho 150 cán bộ đoàn cơ sở. Chị Nông Thị Hảo, Phó Bí thư Tỉnh đoàn, giới thiệu Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về giáo dục lý tưởng cách mạng cho thanh niên.
• Liên đoàn Lao động: góp ý Đại hội Đảng bộ
Liên đoàn Lao động tỉnh tổ chức 14 hội nghị cho trên 1.600 lượt công nhân góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XIX, thu được 430 ý kiến.
• Hội Nông dân: vốn vay cho nông dân vùng cao
Hội Nông dân tỉnh Thái Nguyên giải ngân 2,4 tỷ đồng từ Quỹ hỗ trợ nông dân cho 96 hộ ở các xã vùng cao huyện Định Hóa trồng chè, chăn nuôi trâu, bò. Ông Ma Văn Thành, Phó Chủ tịch Hội Nông dân tỉnh, lưu ý các chi hội giám sát để vốn được sử dụng đúng mục đích, hạn chế thấp nhất nợ quá hạn.
Hoàng Anh
Tin cùng chuyên mục
- Đồng Hỷ: 500 đoàn viên ra quân tình nguyện hè (06/07/2015)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2015 (02/07/2015)
- Định Hóa hiệp thương giới thiệu người ứng cử (29/06/2015)
""", "2015-07-10", "Điểm tin Mặt trận và các đoàn thể chính trị - xã hội",
E("giam_sat", None, "2015-07-08"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Dương Văn Lượng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đặng Xuân Trường", "Phó Chủ tịch UBND huyện"),
 P("Lục Văn Thiều", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Nông Thị Hảo", "Phó Bí thư Tỉnh đoàn"),
 P("Ma Văn Thành", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("2 xã", 2, "xã"), Q("18 nội dung", 18, "nội dung"), Q("6 kiến nghị", 6, "kiến nghị"), Q("47 hộ dân", 47, "hộ dân"),
 Q("khoảng 11,3 tỷ đồng", 11300000000, "đồng", "approx"), Q("200 hội viên làm kinh tế giỏi", 200, "hội viên"),
 Q("35 hội viên", 35, "hội viên"), Q("trên 500 triệu đồng/năm", 500000000, "đồng", "over"), Q("25 suất học bổng", 25, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("150 cán bộ đoàn cơ sở", 150, "cán bộ đoàn cơ sở"), Q("14 hội nghị", 14, "hội nghị"),
 Q("trên 1.600 lượt công nhân", 1600, "lượt công nhân", "over"), Q("430 ý kiến", 430, "ý kiến"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("96 hộ", 96, "hộ")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "19", "KH-MTTQ-BTT", "2015-03-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 19/KH-MTTQ-BTT ngày 2/3/2015"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015")],
[prov("Thái Nguyên"), com("Yên Ninh"), com("Phấn Mễ"), com("La Hiên")],
["Báo Thái Nguyên điện tử", "Chính trị > Mặt trận - Đoàn thể", "(TN)",
 "Bà Ma Thị Nguyệt làm việc với UBND xã Yên Ninh. Ảnh: Thu Hằng", "Quy chế dân chủ ở cơ sở", "Quỹ hỗ trợ nông dân"],
["Thứ Sáu, 10/07/2015 - 16:40", "lần thứ XIX", "500 triệu đồng/năm"]))

PAGES.append(page("b5674-thuathienhue-hoilhpn-daihoi-2016", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THỪA THIÊN HUẾ
Bạn đang ở: Trang chủ :: Hoạt động Hội :: Bản tin
Đăng ngày: 24-06-2016 16:20
Ảnh: Các đại biểu dự Đại hội.
Bản tin hoạt động Hội tuần cuối tháng 6
Điểm nổi bật trong tuần là Đại hội đại biểu Phụ nữ tỉnh lần thứ XV, nhiệm kỳ 2016 - 2021 diễn ra thành công tốt đẹp.
► Đại hội đại biểu Phụ nữ tỉnh lần thứ XV
Trong 2 ngày 22 và 23/6/2016, Hội LHPN tỉnh tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XV, nhiệm kỳ 2016 - 2021 với 250 đại biểu chính thức dự. Đại hội bầu 39 đồng chí vào BCH khóa XV. Bà Tôn Nữ Diệu Hạnh được bầu giữ chức Chủ tịch Hội LHPN tỉnh khóa XV; các bà Hồ Thị Kim Lài, Lê Thị Bích Thủy được bầu làm Phó Chủ tịch Hội LHPN tỉnh. Nhiệm kỳ qua, các cấp hội giúp 4.280 hộ phụ nữ nghèo vay 126 tỷ đồng; 3.150 hộ thoát nghèo. Đại hội đề ra 6 chỉ tiêu, trong đó phấn đấu 90% trở lên chi hội có mô hình "5 không, 3 sạch". Dự đại hội có đồng chí Trần Đức Vỹ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Đại hội thực hiện Chỉ thị số 05-CT/TU ngày 14/10/2015 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 58/KH-ĐCT ngày 3/11/2015 của Đoàn Chủ tịch Hội LHPN tỉnh.
► A Lưới: phụ nữ Pa Cô giữ nghề dệt Zèng
Hội LHPN huyện A Lưới duy trì 4 tổ hợp tác dệt Zèng với 62 thành viên. Bà Hồ Thị Cúc, Chủ tịch Hội LHPN xã A Roằng, cho biết mỗi tháng chị em có thu nhập khoảng 2,5 triệu đồng.
► Phú Vang: "Mẹ đỡ đầu" nâng bước trẻ mồ côi
Hội LHPN huyện Phú Vang kết nối 38 "Mẹ đỡ đầu" nhận giúp đỡ 41 trẻ em mồ côi, mỗi em được hỗ trợ 500.000 đồng/tháng. Chị Phan Thị Lệ, Phó Chủ tịch Hội LHPN huyện, đã nhận đỡ đầu 2 em.
► Hương Trà: tập huấn Nghị quyết 11
Hội LHPN thị xã Hương Trà tập huấn Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ cho 95 cán bộ chi hội.
► Quảng Điền: xây nhà "Mái ấm tình thương"
Hội LHPN huyện Quảng Điền khởi công 3 căn nhà Mái ấm tình thương cho hội viên nghèo ở xã Quảng Thái, Quảng Lợi, mỗi căn hỗ trợ 40 triệu đồng. Bà Nguyễn Thị Mỹ Loan, Chủ tịch Hội LHPN huyện, cho biết từ năm 2011 đến nay hội đã vận động xây 27 căn nhà cho phụ nữ nghèo.
► Hội LHPN tỉnh Thừa Thiên Huế ký kết phối hợp
Ngày 20/6, Hội LHPN tỉnh và Ban Dân tộc tỉnh ký Chương trình phối hợp số 03/CTrPH ngày 20/6/2016 về tuyên truyền phòng chống tảo hôn, hôn nhân cận huyết thống tại 2 huyện miền núi A Lưới, Nam Đông giai đoạn 2016 - 2020.
Phòng Tuyên giáo
Lượt truy cập: 56.112
Tin khác
- Hội LHPN huyện Nam Đông đại hội nhiệm kỳ 2016 - 2021 (10/05/2016)
- 150 suất quà tặng phụ nữ nghèo dịp 8/3 (07/03/2016)
- Sơ kết 5 năm cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" (24/02/2016)
""", "2016-06-24", "Bản tin hoạt động Hội tuần cuối tháng 6",
E("dai_hoi", None, "2016-06-22"),
[P("Tôn Nữ Diệu Hạnh", "Chủ tịch Hội LHPN tỉnh khóa XV"),
 P("Hồ Thị Kim Lài", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Bích Thủy", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Đức Vỹ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Cúc", "Chủ tịch Hội LHPN xã A Roằng"),
 P("Phan Thị Lệ", "Phó Chủ tịch Hội LHPN huyện"),
 P("Nguyễn Thị Mỹ Loan", "Chủ tịch Hội LHPN huyện")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("39 đồng chí", 39, "đồng chí"),
 Q("4.280 hộ phụ nữ nghèo", 4280, "hộ phụ nữ nghèo"), Q("126 tỷ đồng", 126000000000, "đồng"), Q("3.150 hộ", 3150, "hộ"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("90% trở lên", 90, "%", "over"), Q("4 tổ hợp tác dệt Zèng", 4, "tổ hợp tác dệt Zèng"),
 Q("62 thành viên", 62, "thành viên"), Q("khoảng 2,5 triệu đồng", 2500000, "đồng", "approx"),
 Q('38 "Mẹ đỡ đầu"', 38, "Mẹ đỡ đầu"), Q("41 trẻ em mồ côi", 41, "trẻ em mồ côi"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("2 em", 2, "em"), Q("95 cán bộ chi hội", 95, "cán bộ chi hội"),
 Q("3 căn nhà Mái ấm tình thương", 3, "căn nhà Mái ấm tình thương"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("27 căn nhà", 27, "căn nhà"), Q("2 huyện miền núi", 2, "huyện miền núi")],
[D("Chỉ thị", "05", "CT/TU", "2015-10-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 14/10/2015"),
 D("Kế hoạch", "58", "KH-ĐCT", "2015-11-03", "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch số 58/KH-ĐCT ngày 3/11/2015"),
 D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Chương trình phối hợp", "03", "CTrPH", "2016-06-20", None, "Chương trình phối hợp số 03/CTrPH ngày 20/6/2016")],
[prov("Thừa Thiên Huế"), com("A Roằng"), com("Quảng Thái"), com("Quảng Lợi")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THỪA THIÊN HUẾ", "Bạn đang ở: Trang chủ :: Hoạt động Hội :: Bản tin",
 "Ảnh: Các đại biểu dự Đại hội.", "Mẹ đỡ đầu", "Phòng Tuyên giáo", "Lượt truy cập: 56.112"],
["Đăng ngày: 24-06-2016 16:20", "lần thứ XV", "nhiệm kỳ 2016 - 2021", "2 ngày", "5 không, 3 sạch", "39 đồng chí",
 "Lượt truy cập: 56.112", "khóa XV", "giai đoạn 2016 - 2020", "từ năm 2011"]))
