from lib import *
PAGES = []

PAGES.append(page("b6485-laocai-ngayhoi-namtong-2011", """
BÁO LÀO CAI ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Tư, 16/11/2011 | 08:30
Ấm áp Ngày hội Đại đoàn kết ở thôn Nậm Tông
(LCĐT) - Ngày 15/11, thôn Nậm Tông, xã Bản Phiệt (huyện Bảo Thắng) tưng bừng tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư, chào mừng 81 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2011). Về dự có đồng chí Vàng Seo Chúng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh cùng lãnh đạo huyện Bảo Thắng, xã Bản Phiệt.
Thôn Nậm Tông hiện có 126 hộ với 584 nhân khẩu thuộc 3 dân tộc Tày, Dao, Kinh cùng sinh sống. Báo cáo do ông Hoàng Văn Tuyến, Trưởng ban Công tác Mặt trận thôn Nậm Tông trình bày cho thấy: thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", năm qua bà con trong thôn đã hiến hơn 1.200 m2 đất, đóng góp 85 triệu đồng và 320 ngày công để làm 1,2 km đường bê tông nội thôn. Tỷ lệ hộ nghèo giảm từ 32% xuống còn 24,5%; 112/126 hộ đạt danh hiệu "Gia đình văn hóa"; thôn không có người mắc tệ nạn xã hội, không có đơn thư vượt cấp.
Các đại biểu tham quan gian trưng bày sản phẩm nông nghiệp của thôn.
Bà Lý Thị Mẩy, người Dao, Chi hội trưởng Chi hội Phụ nữ thôn, phấn khởi cho biết: "Trước đây đường vào thôn mùa mưa lầy lội, trẻ con đi học khổ lắm. Nay đường đã đổ bê tông, chị em rủ nhau trồng rau sạch, nuôi lợn bản để bán, thu nhập khá hơn nhiều".
Phát biểu tại ngày hội, đồng chí Vàng Seo Chúng biểu dương những kết quả mà nhân dân thôn Nậm Tông đạt được; đề nghị cấp ủy, chính quyền xã tiếp tục quan tâm thực hiện Chỉ thị số 05-CT/TU ngày 20/6/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động quần chúng vùng đồng bào dân tộc; Ban công tác Mặt trận thôn cần phát huy vai trò của già làng, trưởng bản, người có uy tín, vận động bà con giữ gìn bản sắc văn hóa, phát triển kinh tế đồi rừng.
Ông Nguyễn Đức Hạnh, Chủ tịch UBND xã Bản Phiệt cho biết, năm 2011 toàn xã có 9 thôn tổ chức ngày hội theo Hướng dẫn số 112/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh. Dịp này, Ủy ban MTTQ xã tặng giấy khen cho 10 hộ gia đình tiêu biểu; các nhà hảo tâm trao 15 suất quà cho hộ nghèo, mỗi suất trị giá 300.000 đồng.
Phần văn nghệ với các tiết mục hát then, múa xòe, đàn tính và các trò chơi dân gian như kéo co, ném còn, đẩy gậy diễn ra sôi nổi, thu hút đông đảo bà con các dân tộc trong thôn và các thôn lân cận tham gia, cổ vũ.
Được biết, năm 2011 toàn tỉnh Lào Cai có 1.936 khu dân cư tổ chức ngày hội; Ủy ban MTTQ tỉnh chọn thôn Nậm Tông làm điểm để rút kinh nghiệm cho các huyện vùng cao trước khi nhân rộng.
Trần Phúc
Lượt đọc: 1.204
Tin liên quan
- Bát Xát: 100% khu dân cư tổ chức ngày hội đại đoàn kết (14/11/2011)
- Mặt trận tỉnh gặp mặt 120 người có uy tín (08/11/2011)
- Sa Pa: trao 50 nhà Đại đoàn kết cho hộ nghèo (02/11/2011)
- Bắc Hà tập huấn cho trưởng ban công tác Mặt trận (25/10/2011)
""", "2011-11-16", "Ấm áp Ngày hội Đại đoàn kết ở thôn Nậm Tông",
E("khac", None, "2011-11-15"),
[P("Vàng Seo Chúng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Tuyến", "Trưởng ban Công tác Mặt trận thôn Nậm Tông"),
 P("Lý Thị Mẩy", "Chi hội trưởng Chi hội Phụ nữ thôn"),
 P("Nguyễn Đức Hạnh", "Chủ tịch UBND xã Bản Phiệt")],
[Q("126 hộ", 126, "hộ"), Q("1.936 khu dân cư", 1936, "khu dân cư"), Q("584 nhân khẩu", 584, "nhân khẩu"), Q("3 dân tộc", 3, "dân tộc"),
 Q("hơn 1.200 m2", 1200, "m2", "over"), Q("85 triệu đồng", 85000000, "đồng"), Q("320 ngày công", 320, "ngày công"),
 Q("1,2 km", 1.2, "km"), Q("32%", 32, "%"), Q("24,5%", 24.5, "%"), Q("112/126 hộ", 112, "hộ"),
 Q("9 thôn", 9, "thôn"), Q("10 hộ gia đình tiêu biểu", 10, "hộ gia đình tiêu biểu"), Q("15 suất quà", 15, "suất quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Chỉ thị", "05", "CT/TU", "2011-06-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 20/6/2011"),
 D("Hướng dẫn", "112", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 112/HD-MTTQ-BTT")],
[prov("Lào Cai"), com("Bản Phiệt")],
["BÁO LÀO CAI ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "(LCĐT)",
 "Các đại biểu tham quan gian trưng bày sản phẩm nông nghiệp của thôn.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Gia đình văn hóa", "Lượt đọc: 1.204"],
["Thứ Tư, 16/11/2011 | 08:30", "81 năm", "18/11/1930 - 18/11/2011", "năm 2011", "Lượt đọc: 1.204"]))

PAGES.append(page("b6486-namdinh-mttq-tongket-ngayhoi-2012", """
BÁO NAM ĐỊNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nam Định
Thời sự :: Mặt trận - Đoàn thể
05-12-2012 14:20
Toàn cảnh hội nghị tổng kết.
Tổng kết Ngày hội Đại đoàn kết toàn dân tộc năm 2012
Chiều 4-12, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2012 và 10 năm thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Đồng chí Trần Văn Chung, Phó Bí thư Thường trực Tỉnh ủy dự và phát biểu chỉ đạo. Chủ trì hội nghị có đồng chí Đỗ Thị Hạnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh và các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Vũ Văn Hải, Phạm Thị Loan.
Thực hiện Hướng dẫn số 45, 46/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, năm nay 100% trong tổng số 3.712 khu dân cư trên địa bàn tỉnh đã tổ chức ngày hội với hai phần lễ và hội. Hơn 1,2 triệu lượt người đã tham gia các hoạt động văn hóa, thể thao, thăm hỏi gia đình chính sách. Tổng số tiền, hiện vật các khu dân cư huy động được khoảng 18,6 tỷ đồng, trong đó quỹ "Vì người nghèo" các cấp tiếp nhận 7,4 tỷ đồng; 2.345 hộ nghèo được tặng quà, 427 nhà Đại đoàn kết được khởi công hoặc bàn giao.
Hội nghị dành nhiều thời gian trao đổi kinh nghiệm. Ông Mai Văn Lực, Trưởng ban Công tác Mặt trận xóm 4, xã Hải Vân (Hải Hậu) kể lại cách xóm mời các dòng họ cùng đứng ra nhận đỡ đầu học sinh nghèo. Đại diện phường Lộc Hạ (thành phố Nam Định) chia sẻ mô hình "Tổ tự quản đường phố văn minh" với 16 tổ duy trì sinh hoạt đều đặn.
Phát biểu chỉ đạo, đồng chí Trần Văn Chung khẳng định ngày hội đã thực sự trở thành ngày hội của toàn dân, góp phần củng cố khối đại đoàn kết theo tinh thần Nghị quyết số 23-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX). Đồng chí đề nghị năm 2013 Mặt trận các cấp đổi mới nội dung ngày hội theo hướng thiết thực, tránh phô trương, gắn với xây dựng nông thôn mới; quan tâm hơn đến khu dân cư vùng giáo, vùng ven biển.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: còn 14 khu dân cư tổ chức ngày hội chưa đúng hướng dẫn, phần hội chưa hấp dẫn; việc vận động nguồn lực còn dựa nhiều vào doanh nghiệp; một số Ban công tác Mặt trận chưa chủ động, còn trông chờ vào cấp trên. Ở một số xã, tỷ lệ hộ tham gia các hoạt động của ngày hội mới đạt khoảng 60%.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 6 tập thể; Ủy ban MTTQ tỉnh tặng bằng khen cho 35 tập thể và 48 cá nhân có thành tích xuất sắc. Đồng chí Phạm Thị Loan công bố quyết định khen thưởng.
Phương Nhung
Bình luận (0) | In bài | Gửi email
Tin khác
- Giao Thủy: 4 xã đạt chuẩn nông thôn mới (01/12/2012)
- Ngày hội ở khu dân cư số 3 phường Trần Tế Xương (19/11/2012)
- Mặt trận tỉnh giám sát thực hiện quy chế dân chủ (12/11/2012)
- Xuân Trường trao 27 nhà Đại đoàn kết (05/11/2012)
""", "2012-12-05", "Tổng kết Ngày hội Đại đoàn kết toàn dân tộc năm 2012",
E("tong_ket", "2012", "2012-12-04"),
[P("Trần Văn Chung", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Đỗ Thị Hạnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vũ Văn Hải", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Thị Loan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Mai Văn Lực", "Trưởng ban Công tác Mặt trận xóm 4")],
[Q("100%", 100, "%"), Q("3.712 khu dân cư", 3712, "khu dân cư"), Q("Hơn 1,2 triệu lượt người", 1200000, "lượt người", "over"),
 Q("khoảng 18,6 tỷ đồng", 18600000000, "đồng", "approx"), Q("7,4 tỷ đồng", 7400000000, "đồng"),
 Q("2.345 hộ nghèo", 2345, "hộ nghèo"), Q("427 nhà Đại đoàn kết", 427, "nhà Đại đoàn kết"), Q("16 tổ", 16, "tổ"), Q("14 khu dân cư", 14, "khu dân cư"), Q("khoảng 60%", 60, "%", "approx"),
 Q("6 tập thể", 6, "tập thể"), Q("35 tập thể", 35, "tập thể"), Q("48 cá nhân", 48, "cá nhân")],
[D("Hướng dẫn", "45", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 45, 46/HD-MTTQ-BTT"),
 D("Hướng dẫn", "46", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 45, 46/HD-MTTQ-BTT"),
 D("Nghị quyết", "23", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 23-NQ/TW ngày 12/3/2003")],
[prov("Nam Định"), com("Hải Vân"), com("Lộc Hạ")],
["BÁO NAM ĐỊNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nam Định", "Thời sự :: Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị tổng kết.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo",
 "Tổ tự quản đường phố văn minh", "Bình luận (0) | In bài | Gửi email"],
["05-12-2012 14:20", "10 năm", "năm 2012", "năm 2013", "khóa IX", "hai phần"]))

PAGES.append(page("b6487-hanoi-ngayhoi-hangbac-2012", """
HÀ NỘI MỚI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Bạn đang ở: Trang chủ / Chính trị / Mặt trận
17/11/2012 - 07:45
Các đại biểu trao quà cho gia đình chính sách tại ngày hội. Ảnh: Hải Linh
Phố cổ rộn ràng ngày hội đoàn kết
(HNM) - Sáng 16-11, khu dân cư số 5, phường Hàng Bạc, quận Hoàn Kiếm long trọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2012. Tới dự có đồng chí Nguyễn Thị Minh Phương, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Lê Văn Tuấn, Thành ủy viên, Bí thư Quận ủy Hoàn Kiếm.
Khu dân cư số 5 có 412 hộ với 1.630 nhân khẩu, phần lớn sinh sống trong những ngôi nhà cổ, nhiều hộ kinh doanh dịch vụ du lịch. Theo ông Đặng Quốc Khánh, Trưởng ban Công tác Mặt trận khu dân cư số 5, năm qua 98,5% số hộ đạt danh hiệu gia đình văn hóa; bà con góp hơn 40 triệu đồng vào quỹ "Vì người nghèo" của phường, nâng tổng số quỹ phường vận động được lên 126 triệu đồng. Khu dân cư duy trì tốt mô hình "Tuyến phố văn minh đô thị", không để hàng quán lấn chiếm vỉa hè; các tổ dân phố hòa giải thành 7 vụ việc mâu thuẫn trong nội bộ nhân dân.
Để chuẩn bị ngày hội, Ban công tác Mặt trận đã tổ chức 2 buổi họp với các tổ trưởng dân phố, chi hội trưởng; vận động 25 hộ kinh doanh trên phố Hàng Bạc tự thu dọn hàng hóa, nhường vỉa hè cho người đi bộ và khách tham quan. Nhiều gia đình người Hà Nội gốc trên phố đã có bốn thế hệ cùng sinh sống, gắn bó với nghề kim hoàn truyền thống.
Bà Trịnh Thị Tuyết, 78 tuổi, hội viên Hội Người cao tuổi phường, kể rằng từ ngày có nhóm "Tương thân tương ái", những cụ già neo đơn như bà được tình nguyện viên đến thăm hằng tuần.
Phát biểu tại ngày hội, đồng chí Nguyễn Thị Minh Phương chúc mừng những thành tích của bà con khu phố; đề nghị khu dân cư tiếp tục giữ gìn nét thanh lịch của người Hà Nội, thực hiện tốt Chương trình số 04-CTr/TU của Thành ủy về nâng cao hiệu quả công tác dân vận và nếp sống văn minh đô thị.
Nhân dịp này, các đại biểu trao 30 suất quà, mỗi suất 500.000 đồng cho gia đình chính sách, hộ cận nghèo; Ủy ban MTTQ quận trao 2 sổ tiết kiệm trị giá 5 triệu đồng/sổ cho học sinh nghèo vượt khó. Đồng chí Phạm Tuấn Anh, Bí thư Đảng ủy phường Hàng Bạc, trao giấy khen của Đảng ủy phường cho 12 hộ gia đình tiêu biểu.
Chương trình văn nghệ do các câu lạc bộ ca trù, dân ca của phường biểu diễn đã mang lại không khí đầm ấm cho ngày hội. Cùng ngày, 18 phường thuộc quận Hoàn Kiếm đồng loạt tổ chức ngày hội ở khu dân cư.
Minh Châu
Tin cùng chuyên mục
- Quận Ba Đình: trao 40 suất học bổng cho học sinh nghèo (15/11/2012)
- Mặt trận Hà Nội kỷ niệm 82 năm thành lập (14/11/2012)
- Đông Anh: khánh thành nhà văn hóa thôn Đại Đồng (12/11/2012)
""", "2012-11-17", "Phố cổ rộn ràng ngày hội đoàn kết",
E("khac", None, "2012-11-16"),
[P("Nguyễn Thị Minh Phương", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Lê Văn Tuấn", "Thành ủy viên", "Bí thư Quận ủy Hoàn Kiếm"),
 P("Đặng Quốc Khánh", "Trưởng ban Công tác Mặt trận khu dân cư số 5"),
 P("Trịnh Thị Tuyết", "hội viên Hội Người cao tuổi phường"),
 P("Phạm Tuấn Anh", "Bí thư Đảng ủy phường Hàng Bạc")],
[Q("412 hộ", 412, "hộ"), Q("1.630 nhân khẩu", 1630, "nhân khẩu"), Q("98,5%", 98.5, "%"),
 Q("hơn 40 triệu đồng", 40000000, "đồng", "over"), Q("126 triệu đồng", 126000000, "đồng"),
 Q("7 vụ việc mâu thuẫn", 7, "vụ việc mâu thuẫn"), Q("2 buổi họp", 2, "buổi họp"), Q("25 hộ kinh doanh", 25, "hộ kinh doanh"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("2 sổ tiết kiệm", 2, "sổ tiết kiệm"), Q("5 triệu đồng/sổ", 5000000, "đồng"),
 Q("12 hộ gia đình tiêu biểu", 12, "hộ gia đình tiêu biểu"), Q("18 phường", 18, "phường")],
[D("Chương trình", "04", "CTr/TU", None, "Thành ủy", "Chương trình số 04-CTr/TU")],
[prov("Hà Nội"), com("Hàng Bạc")],
["HÀ NỘI MỚI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội",
 "Bạn đang ở: Trang chủ / Chính trị / Mặt trận", "Các đại biểu trao quà cho gia đình chính sách tại ngày hội. Ảnh: Hải Linh",
 "(HNM)", "Vì người nghèo", "Tuyến phố văn minh đô thị", "Tương thân tương ái"],
["17/11/2012 - 07:45", "năm 2012", "78 tuổi"]))

PAGES.append(page("b6488-thuathienhue-ngayhoi-thuanthanh-2013", """
Báo Thừa Thiên Huế Online
Thứ Ba, 19/11/2013
Xã hội › Mặt trận - Đoàn thể
Ngày hội của những người con phố cũ
Sáng 18/11, tổ dân phố 7, phường Thuận Thành (TP Huế) tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư, hướng tới kỷ niệm 83 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam. Đồng chí Hồ Thị Lài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và chung vui với bà con.
Tổ dân phố 7 nằm trong khu vực Thượng Thành, có gần hai trăm hộ, trong đó 23 hộ là đồng bào theo đạo Công giáo và nhiều gia đình Phật tử. Năm qua, tổ đã vận động bà con đóng góp 62 triệu đồng cùng Nhà nước nâng cấp 450 m kiệt bê tông, lắp 24 bóng đèn chiếu sáng; không còn hộ nghèo, 96% hộ đạt chuẩn gia đình văn hóa.
Đồng chí Hồ Thị Lài (thứ hai từ trái) trao quà cho hộ khó khăn.
Ông Lê Quang Vinh, Tổ trưởng tổ dân phố 7, cho hay, để ngày hội thực sự là của dân, từ đầu tháng 11 ban công tác Mặt trận đã họp với các chi hội, mời cả Hòa thượng Thích Minh Tuệ, trụ trì chùa Diệu Hòa và Linh mục Phêrô Trần Văn Hiền, Quản xứ giáo xứ Thuận Thành cùng bàn cách tổ chức. Mỗi hộ tự nguyện góp 50.000 đồng, không phân bổ, không ép buộc.
Theo bà Nguyễn Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ phường Thuận Thành, toàn phường có 11 tổ dân phố đã tổ chức xong ngày hội theo kế hoạch số 112-KH/TU của Thành ủy Huế và Thông tri số 01/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Ủy ban MTTQ phường còn trao 20 suất quà, mỗi suất gồm 10 kg gạo và 200.000 đồng tiền mặt cho các hộ có hoàn cảnh khó khăn.
Phát biểu tại ngày hội, đồng chí Hồ Thị Lài ghi nhận tinh thần "tốt đời, đẹp đạo" của đồng bào các tôn giáo trong tổ; mong bà con tiếp tục giữ gìn cảnh quan Kinh thành, chung tay xây dựng phường đạt chuẩn văn minh đô thị.
Tiết mục ca Huế, hò mái nhì do các cụ trong Câu lạc bộ Người cao tuổi trình diễn, cùng cuộc thi nấu chè của các chi hội phụ nữ, khiến không khí ngày hội thêm đậm đà hương vị xứ Huế.
Trước đó, ngày 15/11, Ủy ban MTTQ tỉnh đã tổ chức ngày hội điểm cấp tỉnh tại thôn Phú Mậu, xã Phú Mậu (huyện Phú Vang). Năm 2013, toàn tỉnh có hơn 1.400 khu dân cư tổ chức ngày hội; quỹ "Vì người nghèo" các cấp đã vận động được trên 9 tỷ đồng, hỗ trợ xây mới, sửa chữa hàng trăm nhà ở cho hộ nghèo vùng ven biển, đầm phá và miền núi.
MAI HƯƠNG
TIN LIÊN QUAN - XEM NHIỀU
Xem thêm
- Phong Điền: 150 khu dân cư tổ chức ngày hội (16/11/2013)
- A Lưới trao 30 nhà Đại đoàn kết (12/11/2013)
- Phú Vang hỗ trợ ngư dân sau bão (05/11/2013)
- Hương Trà: người dân hiến đất mở rộng đường liên thôn (30/10/2013)
- Gặp mặt chức sắc, chức việc các tôn giáo trên địa bàn tỉnh (24/10/2013)
""", "2013-11-19", "Ngày hội của những người con phố cũ",
E("khac", None, "2013-11-18"),
[P("Hồ Thị Lài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Vinh", "Tổ trưởng tổ dân phố 7"),
 P("Thích Minh Tuệ", "Hòa thượng", "trụ trì chùa Diệu Hòa"),
 P("Phêrô Trần Văn Hiền", "Linh mục", "Quản xứ giáo xứ Thuận Thành"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ phường Thuận Thành")],
[Q("gần hai trăm hộ", 200, "hộ", "approx"), Q("23 hộ", 23, "hộ"), Q("62 triệu đồng", 62000000, "đồng"),
 Q("450 m", 450, "m"), Q("24 bóng đèn", 24, "bóng đèn"), Q("96%", 96, "%"), Q("50.000 đồng", 50000, "đồng"),
 Q("11 tổ dân phố", 11, "tổ dân phố"), Q("20 suất quà", 20, "suất quà"), Q("10 kg", 10, "kg"),
 Q("200.000 đồng", 200000, "đồng"), Q("hơn 1.400 khu dân cư", 1400, "khu dân cư", "over"),
 Q("trên 9 tỷ đồng", 9000000000, "đồng", "over")],
[D("Kế hoạch", "112", "KH/TU", None, "Thành ủy Huế", "kế hoạch số 112-KH/TU"),
 D("Thông tri", "01", "TT-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 01/TT-MTTW-BTT")],
[prov("Thừa Thiên Huế"), com("Thuận Thành"), com("Phú Mậu")],
["Báo Thừa Thiên Huế Online", "Xã hội › Mặt trận - Đoàn thể", "Đồng chí Hồ Thị Lài (thứ hai từ trái) trao quà cho hộ khó khăn.",
 "tốt đời, đẹp đạo", "Câu lạc bộ Người cao tuổi", "Vì người nghèo", "TIN LIÊN QUAN - XEM NHIỀU"],
["Thứ Ba, 19/11/2013", "83 năm", "tháng 11"]))

PAGES.append(page("b6489-tiengiang-ngayhoi-traoqua-2014", """
BÁO ẤP BẮC - TIỀN GIANG
Tin tức > Chính trị - Xã hội
Cập nhật lúc 16:05 ngày 14/11/2014
Trao 300 phần quà, bàn giao 5 căn nhà Đại đoàn kết tại ấp Mỹ Lợi
Ngày 13-11, Ủy ban MTTQ Việt Nam tỉnh Tiền Giang phối hợp với Ủy ban MTTQ huyện Cai Lậy tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại ấp Mỹ Lợi, xã Long Tiên. Tại ngày hội, Ban tổ chức đã trao 300 phần quà cho hộ nghèo, hộ cận nghèo và bàn giao 5 căn nhà Đại đoàn kết cho các hộ khó khăn về nhà ở.
Tham dự có ông Nguyễn Văn Hòa, bà Trần Thị Nga - Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Huỳnh Tấn Lộc, Huyện ủy viên, Chủ tịch Ủy ban MTTQ huyện Cai Lậy cùng đông đảo bà con trong ấp.
Mỗi phần quà gồm 10 kg gạo, nước mắm, đường, sữa và 200.000 đồng tiền mặt, tổng trị giá 120 triệu đồng, do Công ty TNHH Minh Phát và các mạnh thường quân trong huyện tài trợ. Mỗi căn nhà Đại đoàn kết có diện tích 40 m2, trị giá 45 triệu đồng, trong đó quỹ "Vì người nghèo" tỉnh hỗ trợ 30 triệu đồng, gia đình và bà con lối xóm góp thêm công, vật liệu.
Ấp Mỹ Lợi có 415 hộ, đa số sống bằng nghề trồng cây ăn trái. Ông Lê Văn Tám, Trưởng ấp kiêm Trưởng ban Công tác Mặt trận ấp Mỹ Lợi, cho biết 3 năm qua bà con tự nguyện hiến đất, góp tiền làm 2 cây cầu bê tông và 3,5 km đường đal; số hộ nghèo của ấp giảm từ 38 hộ còn 17 hộ.
Ông Nguyễn Văn Hòa trao quyết định công nhận ấp văn hóa.
Phát biểu tại ngày hội, bà Trần Thị Nga đề nghị cấp ủy, chính quyền xã Long Tiên tiếp tục thực hiện tốt Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy về công tác giảm nghèo bền vững và xây dựng nông thôn mới; Ban công tác Mặt trận ấp quan tâm vận động con em hộ nghèo đi học nghề, đi làm ở các khu công nghiệp.
Bà Võ Thị Bé Ba, 67 tuổi, một trong 5 hộ nhận nhà mới, xúc động: "Cả đời tui ở nhà lá, mưa là dột. Giờ có căn nhà tường, tui mừng lắm". Cũng dịp này, Ủy ban MTTQ xã Long Tiên trao giấy khen cho 8 gương người tốt, việc tốt trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Theo Ủy ban MTTQ tỉnh, từ đầu năm đến nay toàn tỉnh Tiền Giang đã vận động xây mới, sửa chữa 612 căn nhà Đại đoàn kết với tổng kinh phí trên 21 tỷ đồng. Ngày hội năm nay được tổ chức ở 1.020 ấp, khu phố; nhiều nơi kết hợp phát động làm đường giao thông nông thôn, trồng cây xanh.
THANH TRÚC
Các tin khác
- Gò Công Đông: 98% ấp, khu phố tổ chức ngày hội (12/11/2014)
- Trao 100 suất học bổng "Tiếp sức đến trường" (10/11/2014)
- Ủy ban MTTQ tỉnh giám sát xây dựng nông thôn mới (03/11/2014)
- Chợ Gạo: vận động hơn 3 tỷ đồng xây dựng cầu nông thôn (28/10/2014)
- Tân Phước bàn giao nhà tình thương cho hộ nghèo (21/10/2014)
""", "2014-11-14", "Trao 300 phần quà, bàn giao 5 căn nhà Đại đoàn kết tại ấp Mỹ Lợi",
E("trao_qua", None, "2014-11-13"),
[P("Nguyễn Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Thị Nga", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Huỳnh Tấn Lộc", "Huyện ủy viên", "Chủ tịch Ủy ban MTTQ huyện Cai Lậy"),
 P("Lê Văn Tám", "Trưởng ấp kiêm Trưởng ban Công tác Mặt trận ấp Mỹ Lợi")],
[Q("300 phần quà", 300, "phần quà"), Q("5 căn nhà Đại đoàn kết", 5, "căn nhà Đại đoàn kết"), Q("10 kg", 10, "kg"),
 Q("200.000 đồng", 200000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"), Q("40 m2", 40, "m2"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("415 hộ", 415, "hộ"),
 Q("2 cây cầu bê tông", 2, "cây cầu bê tông"), Q("3,5 km", 3.5, "km"), Q("38 hộ", 38, "hộ"), Q("17 hộ", 17, "hộ"),
 Q("8 gương người tốt, việc tốt", 8, "gương người tốt, việc tốt"),
 Q("612 căn nhà Đại đoàn kết", 612, "căn nhà Đại đoàn kết"), Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("1.020 ấp, khu phố", 1020, "ấp, khu phố")],
[D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU")],
[prov("Tiền Giang"), com("Long Tiên")],
["BÁO ẤP BẮC - TIỀN GIANG", "Tin tức > Chính trị - Xã hội", "Ông Nguyễn Văn Hòa trao quyết định công nhận ấp văn hóa.",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Công ty TNHH Minh Phát"],
["Cập nhật lúc 16:05 ngày 14/11/2014", "3 năm", "67 tuổi"]))

PAGES.append(page("b6490-yenbai-mttq-hoinghi-trienkhai-2014", """
YÊN BÁI ONLINE
Vị trí: Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
08/10/2014 09:10
Triển khai Ngày hội Đại đoàn kết năm 2014: hướng mạnh về thôn, bản vùng cao
YBĐT - Ngày 7/10, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị triển khai tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2014. Dự hội nghị có 96 đại biểu là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố và cán bộ chuyên trách Mặt trận 180 xã, phường, thị trấn. Đồng chí Hà Văn Lả, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Đánh giá ngày hội năm 2013, hội nghị cho biết toàn tỉnh có 2.093 khu dân cư tổ chức ngày hội, đạt 99,2%; các khu dân cư đã vận động nhân dân đóng góp khoảng 6,7 tỷ đồng, hiến trên 35.000 m2 đất xây dựng nông thôn mới. Tuy vậy, ở một số thôn vùng cao, ngày hội còn đơn điệu, chủ yếu là phần lễ; chưa thu hút được thanh niên tham gia.
Theo Kế hoạch số 156/KH-MTTQ-BTT ngày 25/9/2014 của Ban Thường trực Ủy ban MTTQ tỉnh, năm nay ngày hội được tổ chức từ ngày 1/11 đến 18/11, chọn 15 khu dân cư làm điểm cấp tỉnh và 27 khu dân cư làm điểm cấp huyện. Nội dung ngày hội gắn với tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", kiểm điểm việc thực hiện Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận.
Tại hội nghị, đồng chí Lò Văn Thiêm, HUV, Chủ tịch Ủy ban MTTQ huyện Trạm Tấu đề nghị tỉnh hỗ trợ mỗi khu dân cư vùng cao 2 triệu đồng để tổ chức ngày hội; đồng chí Sùng A Lử, Bí thư Chi bộ bản Pá Hu, xã Pá Hu chia sẻ cách bản vận động đồng bào Mông bỏ tục cúng bái tốn kém trong ma chay, cưới hỏi. Bà Hoàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ huyện Lục Yên, cho rằng cần để chính người dân bàn, quyết định nội dung ngày hội.
Kết luận hội nghị, đồng chí Hà Văn Lả yêu cầu Mặt trận các cấp tổ chức ngày hội thiết thực, tiết kiệm, không phô trương; chú trọng tuyên dương những hộ gia đình, dòng họ tiêu biểu; phấn đấu 100% khu dân cư tổ chức ngày hội trước ngày 18/11/2014.
Cũng tại hội nghị, Ủy ban MTTQ tỉnh Yên Bái thông qua dự kiến tặng bằng khen cho 40 khu dân cư tiêu biểu và 60 hộ gia đình văn hóa tiêu biểu sau 15 năm thực hiện cuộc vận động; giao Ban Phong trào hướng dẫn các huyện chấm điểm, bình xét công khai từ khu dân cư.
Thu Thủy
Lượt xem: 532
Tin liên quan
- Văn Chấn: 20 khu dân cư ra mắt mô hình tự quản (30/09/2014)
- Mặt trận tỉnh gặp mặt già làng, trưởng bản (22/09/2014)
- Mù Cang Chải trao 45 nhà Đại đoàn kết (15/09/2014)
- Trấn Yên: giám sát thực hiện quy chế dân chủ ở cơ sở (09/09/2014)
- Nghĩa Lộ sơ kết mô hình "Khu dân cư không có tội phạm" (03/09/2014)
""", "2014-10-08", "Triển khai Ngày hội Đại đoàn kết năm 2014: hướng mạnh về thôn, bản vùng cao",
E("hoi_nghi", "2014", "2014-10-07"),
[P("Hà Văn Lả", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Thiêm", "HUV", "Chủ tịch Ủy ban MTTQ huyện Trạm Tấu"),
 P("Sùng A Lử", "Bí thư Chi bộ bản Pá Hu"),
 P("Hoàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ huyện Lục Yên")],
[Q("96 đại biểu", 96, "đại biểu"), Q("180 xã, phường, thị trấn", 180, "xã, phường, thị trấn"),
 Q("2.093 khu dân cư", 2093, "khu dân cư"), Q("99,2%", 99.2, "%"), Q("khoảng 6,7 tỷ đồng", 6700000000, "đồng", "approx"),
 Q("trên 35.000 m2", 35000, "m2", "over"), Q("15 khu dân cư làm điểm cấp tỉnh", 15, "khu dân cư"),
 Q("27 khu dân cư làm điểm cấp huyện", 27, "khu dân cư"), Q("2 triệu đồng", 2000000, "đồng"), Q("100%", 100, "%"),
 Q("40 khu dân cư tiêu biểu", 40, "khu dân cư tiêu biểu"), Q("60 hộ gia đình văn hóa tiêu biểu", 60, "hộ gia đình văn hóa tiêu biểu")],
[D("Kế hoạch", "156", "KH-MTTQ-BTT", "2014-09-25", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 156/KH-MTTQ-BTT ngày 25/9/2014"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009")],
[prov("Yên Bái"), com("Pá Hu")],
["YÊN BÁI ONLINE", "Vị trí: Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "YBĐT",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 532"],
["08/10/2014 09:10", "năm 2014", "năm 2013", "ngày 1/11 đến 18/11", "Lượt xem: 532", "15 năm"]))
