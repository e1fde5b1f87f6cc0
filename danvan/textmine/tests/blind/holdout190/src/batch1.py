from lib import *
PAGES = []

PAGES.append(page("b4517-thuathienhue-phatgiao-daihoi-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ > Tin tức > Dân tộc - Tôn giáo
Thứ Ba, 20/11/2012 - 08:45
Ảnh: Quang cảnh Đại hội.
Đại hội đại biểu Phật giáo tỉnh Thừa Thiên Huế lần thứ VII, nhiệm kỳ 2012 - 2017
Ngày 18/11, tại chùa Từ Đàm (phường Trường An, thành phố Huế), Ban Trị sự Giáo hội Phật giáo Việt Nam (GHPGVN) tỉnh long trọng tổ chức Đại hội đại biểu Phật giáo tỉnh lần thứ VII, nhiệm kỳ 2012 - 2017. Về dự có Hòa thượng Thích Huệ Minh Tịnh, Phó Chủ tịch Hội đồng Trị sự GHPGVN; ông Lê Văn Cẩm, Phó Trưởng ban Ban Tôn giáo Chính phủ; đồng chí Nguyễn Thị Hạnh Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Quang Vinh, Phó Chủ tịch UBND tỉnh cùng 320 đại biểu là chư tôn đức Tăng Ni, cư sĩ tiêu biểu của 9 huyện, thị xã, thành phố.
Báo cáo tổng kết Phật sự nhiệm kỳ 2007 - 2012 do Thượng tọa Thích Nguyên Chơn Tịnh, Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự trình bày cho biết: toàn tỉnh hiện có 286 tự viện, 172 niệm Phật đường với 1.124 Tăng Ni; 48 đơn vị Gia đình Phật tử với trên 6.000 đoàn sinh. Trong nhiệm kỳ, Ban Trị sự đã tổ chức An cư kiết hạ tập trung hằng năm cho trên 1.000 hành giả; Trường Trung cấp Phật học tỉnh đào tạo 186 Tăng Ni sinh tốt nghiệp. Công tác từ thiện xã hội đạt tổng trị giá hơn 42,5 tỷ đồng, trong đó xây dựng 135 căn nhà tình thương, tặng gần 12.000 suất quà cho người nghèo, hộ chính sách.
Các cấp Giáo hội đã quán triệt và thực hiện nghiêm Thông bạch số 098/TB-HĐTS ngày 12/3/2012 của Ban Thường trực Hội đồng Trị sự về việc tổ chức đại hội Phật giáo các cấp; Chỉ thị 07, 08/CT-HĐTS của Hội đồng Trị sự về hoạt động hoằng pháp và quản lý tự viện; đồng thời phối hợp với chính quyền triển khai Nghị định số 92/2012/NĐ-CP của Chính phủ đến 100% cơ sở thờ tự.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hạnh Dung ghi nhận đóng góp của Phật giáo tỉnh nhà trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", đề nghị chư Tăng Ni tiếp tục hướng dẫn Phật tử sống "tốt đời, đẹp đạo". Đồng chí cũng đề nghị Ban Trị sự phối hợp với Ủy ban MTTQ tỉnh chăm lo hộ nghèo ở xã Phú Mậu và các xã vùng trũng thường bị lũ lụt.
Đại hội đã suy cử 55 vị vào Ban Trị sự nhiệm kỳ mới. Hòa thượng Thích Tâm Nguyên Hải tiếp tục được suy cử làm Trưởng ban Trị sự GHPGVN tỉnh; các Phó Trưởng ban gồm: Thượng tọa Thích Đức Huệ Minh, Thượng tọa Thích Quảng Tín Đạo, Ni sư Thích Nữ Diệu Hòa. Thượng tọa Thích Nguyên Chơn Tịnh tiếp tục giữ chức Chánh Thư ký.
Dịp này, UBND tỉnh tặng Bằng khen cho 14 tập thể và 27 cá nhân có thành tích trong công tác Phật sự, đồng hành cùng dân tộc nhiệm kỳ qua.
Minh Thư
Lượt xem: 1.204
Tin liên quan
- Phật giáo huyện Phú Vang tổ chức đại hội nhiệm kỳ 2012 - 2017 (05/10/2012)
- Ủy ban MTTQ tỉnh thăm, chúc mừng Đại lễ Vu Lan (30/08/2012)
- Khánh thành 12 nhà tình thương do chùa Thiên Ân trao tặng (15/08/2012)
""", "2012-11-20", "Đại hội đại biểu Phật giáo tỉnh Thừa Thiên Huế lần thứ VII, nhiệm kỳ 2012 - 2017",
E("dai_hoi", None, "2012-11-18"),
[P("Thích Huệ Minh Tịnh", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự GHPGVN"),
 P("Lê Văn Cẩm", "Phó Trưởng ban Ban Tôn giáo Chính phủ"),
 P("Nguyễn Thị Hạnh Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quang Vinh", "Phó Chủ tịch UBND tỉnh"),
 P("Thích Nguyên Chơn Tịnh", "Thượng tọa", "Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự", "Chánh Thư ký"),
 P("Thích Tâm Nguyên Hải", "Hòa thượng", "Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Thích Đức Huệ Minh", "Thượng tọa", "Phó Trưởng ban"),
 P("Thích Quảng Tín Đạo", "Thượng tọa", "Phó Trưởng ban"),
 P("Thích Nữ Diệu Hòa", "Ni sư", "Phó Trưởng ban")],
[Q("320 đại biểu", 320, "đại biểu"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("286 tự viện", 286, "tự viện"), Q("172 niệm Phật đường", 172, "niệm Phật đường"), Q("1.124 Tăng Ni", 1124, "Tăng Ni"),
 Q("48 đơn vị Gia đình Phật tử", 48, "đơn vị Gia đình Phật tử"), Q("trên 6.000 đoàn sinh", 6000, "đoàn sinh", "over"),
 Q("trên 1.000 hành giả", 1000, "hành giả", "over"), Q("186 Tăng Ni sinh", 186, "Tăng Ni sinh"),
 Q("hơn 42,5 tỷ đồng", 42500000000, "đồng", "over"), Q("135 căn nhà tình thương", 135, "căn nhà tình thương"),
 Q("gần 12.000 suất quà", 12000, "suất quà", "approx"), Q("100% cơ sở thờ tự", 100, "%"),
 Q("55 vị", 55, "vị"), Q("14 tập thể", 14, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Thông bạch", "098", "TB-HĐTS", "2012-03-12", "Ban Thường trực Hội đồng Trị sự", "Thông bạch số 098/TB-HĐTS ngày 12/3/2012"),
 D("Chỉ thị", "07", "CT-HĐTS", None, "Hội đồng Trị sự", "Chỉ thị 07, 08/CT-HĐTS"),
 D("Chỉ thị", "08", "CT-HĐTS", None, "Hội đồng Trị sự", "Chỉ thị 07, 08/CT-HĐTS"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP")],
[prov("Thừa Thiên Huế"), com("Trường An"), com("Phú Mậu")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ > Tin tức > Dân tộc - Tôn giáo",
 "Ảnh: Quang cảnh Đại hội.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "tốt đời, đẹp đạo",
 "Lượt xem: 1.204", "chùa Từ Đàm"],
["Thứ Ba, 20/11/2012 - 08:45", "lần thứ VII", "nhiệm kỳ 2012 - 2017", "nhiệm kỳ 2007 - 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b4518-soctrang-phatdan-2013", """
BÁO SÓC TRĂNG ONLINE
Thời sự | Dân tộc - Tôn giáo | Văn hóa
08:15 | 27/05/2013
Hòa thượng Lâm Văn Kim Sơn trao quà cho hộ nghèo tại lễ Phật đản.
Trang nghiêm Đại lễ Phật đản Phật lịch 2557
(STO) - Sáng 25/5, tại chùa Dơi (phường 3, thành phố Sóc Trăng), Ban Trị sự GHPGVN tỉnh Sóc Trăng phối hợp Hội Đoàn kết sư sãi yêu nước tỉnh long trọng tổ chức Đại lễ Phật đản Phật lịch 2557 - Dương lịch 2013. Đến dự có đồng chí Trương Hoàng Vũ, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Kim Thị Chanh Đa, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Bích Vân, Thạch Sô Phanh cùng trên 2.500 chư tôn đức, Tăng Ni, Phật tử hệ phái Bắc tông, Nam tông Khmer và Khất sĩ.
Chư tôn đức, Phật tử dâng hoa cúng dường Đức Phật. Ảnh: Hữu Lộc
Thượng tọa Thích Huệ Tâm Đạt, Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh, tuyên đọc Thông điệp Phật đản của Đức Pháp chủ GHPGVN. Thông điệp kêu gọi Tăng Ni, Phật tử tích cực tham gia cuộc vận động "Ngày vì người nghèo", bảo vệ môi trường và giữ gìn an ninh trật tự ở khu dân cư.
Theo báo cáo, toàn tỉnh hiện có 92 chùa Phật giáo Nam tông Khmer, 48 chùa Bắc tông và 7 tịnh xá với gần 4.300 sư sãi, Tăng Ni. Từ đầu năm đến nay, các chùa đã vận động Phật tử đóng góp hơn 3,2 tỷ đồng làm từ thiện, trong đó hỗ trợ sửa chữa 26 căn nhà cho hộ nghèo, cất mới 11 cây cầu nông thôn ở các xã Lịch Hội Thượng, Đại Ân 2. Các chùa Khmer mở 64 lớp dạy chữ Khmer hè cho hơn 3.100 học sinh.
Phát biểu chúc mừng, đồng chí Trương Hoàng Vũ biểu dương sư sãi, Phật tử đã thực hiện tốt Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ và Kế hoạch 112-KH/TU của Tỉnh ủy về công tác vận động đồng bào Khmer; đề nghị các vị chức sắc tiếp tục phát huy vai trò người có uy tín trong phum, sóc.
Hòa thượng Lâm Văn Kim Sơn, Chứng minh Ban Trị sự GHPGVN tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cảm ơn sự quan tâm của các cấp ủy, chính quyền. Dịp này, Ban Trị sự trao 400 phần quà, mỗi phần trị giá 300.000 đồng, cho hộ nghèo người Khmer; Đại đức Danh Sa Rết, trụ trì chùa Phước Hưng, trao thêm 50 suất học bổng cho học sinh nghèo vượt khó.
Sau phần lễ, Tăng Ni, Phật tử diễu hành xe hoa mừng Phật đản qua các tuyến đường chính của thành phố.
Hữu Lộc
Lượt đọc: 2.315
Tin khác
- Sóc Trăng: Họp mặt chức sắc tôn giáo nhân dịp Lễ Phật đản (20/05/2013)
- Hội Đoàn kết sư sãi yêu nước tỉnh sơ kết 6 tháng (15/05/2013)
- Chùa Kh'Leang tổ chức lễ dâng bông (03/05/2013)
- Mỹ Xuyên: Sư sãi chùa Khmer tham gia hiến máu tình nguyện (25/04/2013)
- Lãnh đạo tỉnh thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer (12/04/2013)
""", "2013-05-27", "Trang nghiêm Đại lễ Phật đản Phật lịch 2557",
E("khac", None, "2013-05-25"),
[P("Lâm Văn Kim Sơn", "Hòa thượng", "Chứng minh Ban Trị sự GHPGVN tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Trương Hoàng Vũ", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Kim Thị Chanh Đa", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Lê Thị Bích Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Huệ Tâm Đạt", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh"),
 P("Danh Sa Rết", "Đại đức", "trụ trì chùa Phước Hưng")],
[Q("trên 2.500 chư tôn đức, Tăng Ni, Phật tử", 2500, "chư tôn đức, Tăng Ni, Phật tử", "over"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("48 chùa Bắc tông", 48, "chùa Bắc tông"),
 Q("7 tịnh xá", 7, "tịnh xá"), Q("gần 4.300 sư sãi, Tăng Ni", 4300, "sư sãi, Tăng Ni", "approx"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("26 căn nhà", 26, "căn nhà"), Q("11 cây cầu nông thôn", 11, "cây cầu nông thôn"),
 Q("64 lớp dạy chữ Khmer hè", 64, "lớp dạy chữ Khmer hè"), Q("hơn 3.100 học sinh", 3100, "học sinh", "over"),
 Q("400 phần quà", 400, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("50 suất học bổng", 50, "suất học bổng")],
[D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg"),
 D("Kế hoạch", "112", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 112-KH/TU")],
[prov("Sóc Trăng"), com("phường 3"), com("Lịch Hội Thượng"), com("Đại Ân 2")],
["BÁO SÓC TRĂNG ONLINE", "Thời sự | Dân tộc - Tôn giáo | Văn hóa", "Hòa thượng Lâm Văn Kim Sơn trao quà cho hộ nghèo tại lễ Phật đản.",
 "Chư tôn đức, Phật tử dâng hoa cúng dường Đức Phật. Ảnh: Hữu Lộc", "Ngày vì người nghèo", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Lượt đọc: 2.315", "(STO)"],
["08:15 | 27/05/2013", "Phật lịch 2557", "Dương lịch 2013", "Lượt đọc: 2.315"]))

PAGES.append(page("b4519-bacninh-mttq-thamphatdan-2014", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Ninh
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Công tác tôn giáo
Ngày đăng 12/05/2014 | 15:30
Ủy ban MTTQ tỉnh thăm, tặng quà các cơ sở Phật giáo nhân dịp Đại lễ Phật đản 2014
Nhân dịp Đại lễ Phật đản Phật lịch 2558, ngày 10/5, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Nguyễn Hữu Thắng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc mừng và tặng quà Ban Trị sự GHPGVN tỉnh và một số cơ sở thờ tự tiêu biểu trên địa bàn. Cùng đi có đồng chí Đỗ Thị Mai Hương, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Tôn giáo Sở Nội vụ.
Đồng chí Nguyễn Hữu Thắng (thứ hai từ trái) tặng quà chúc mừng Ban Trị sự. Ảnh: Văn Thành
Tại trụ sở Ban Trị sự (chùa Phật Tích, xã Phật Tích), Thượng tọa Thích Minh Quang Đức, Ủy viên Hội đồng Trị sự GHPGVN, Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh, báo cáo: hiện toàn tỉnh có 573 ngôi chùa, trong đó 305 chùa có Tăng Ni trụ trì; 412 Tăng Ni, trên 45.000 Phật tử quy y. Năm 2013, các chùa đã đóng góp trên 5,6 tỷ đồng ủng hộ Quỹ "Vì người nghèo", xây dựng 18 nhà đại đoàn kết và trao 1.250 suất quà Tết cho các gia đình chính sách; 3 chùa tham gia mô hình "Chùa sạch - xanh - đẹp" của Ban Dân vận Tỉnh ủy.
Thay mặt đoàn, đồng chí Nguyễn Hữu Thắng chúc mừng chư tôn đức, Tăng Ni, Phật tử; ghi nhận Phật giáo Bắc Ninh đã tích cực tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và thực hiện tốt Kết luận 57, 58-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo. Đồng chí đề nghị Ban Trị sự tiếp tục hướng dẫn các chùa thực hiện đúng Pháp lệnh số 21/2004/PL-UBTVQH11 về tín ngưỡng, tôn giáo và Quy chế phối hợp số 03/QCPH-MTTQ-BTS giữa Ủy ban MTTQ tỉnh với Ban Trị sự.
Đoàn cũng đến thăm, tặng quà Hòa thượng Thích Thanh Tuệ Nhã, Chứng minh Ban Trị sự, trụ trì chùa Bút Tháp (xã Đình Tổ); Ni sư Thích Đàm Hạnh, Phó Trưởng ban Trị sự kiêm Trưởng Phân ban Ni giới tỉnh, trụ trì chùa Tiêu (xã Tương Giang) và Đại đức Thích Chân Quang Phúc, Chánh Văn phòng Ban Trị sự. Tổng cộng đoàn đã trao 12 suất quà, mỗi suất trị giá 2 triệu đồng.
Hòa thượng Thích Thanh Tuệ Nhã bày tỏ cảm ơn và khẳng định Phật giáo tỉnh luôn đồng hành cùng dân tộc theo phương châm "Đạo pháp - Dân tộc - Chủ nghĩa xã hội".
Văn Thành (Ban Dân tộc - Tôn giáo)
Số lượt xem: 532
Các tin khác
- Lễ Phật đản tại chùa Dâu thu hút hàng nghìn Phật tử (08/05/2014)
- Hội nghị tổng kết công tác tôn giáo năm 2013 (25/12/2013)
- Ban Trị sự GHPGVN huyện Gia Bình ra mắt nhiệm kỳ mới (17/11/2013)
""", "2014-05-12", "Ủy ban MTTQ tỉnh thăm, tặng quà các cơ sở Phật giáo nhân dịp Đại lễ Phật đản 2014",
E("trao_qua", None, "2014-05-10"),
[P("Nguyễn Hữu Thắng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Thị Mai Hương", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Minh Quang Đức", "Thượng tọa", "Ủy viên Hội đồng Trị sự GHPGVN", "Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh"),
 P("Thích Thanh Tuệ Nhã", "Hòa thượng", "Chứng minh Ban Trị sự", "trụ trì chùa Bút Tháp"),
 P("Thích Đàm Hạnh", "Ni sư", "Phó Trưởng ban Trị sự kiêm Trưởng Phân ban Ni giới tỉnh", "trụ trì chùa Tiêu"),
 P("Thích Chân Quang Phúc", "Đại đức", "Chánh Văn phòng Ban Trị sự")],
[Q("573 ngôi chùa", 573, "ngôi chùa"), Q("305 chùa", 305, "chùa"), Q("412 Tăng Ni", 412, "Tăng Ni"),
 Q("trên 45.000 Phật tử", 45000, "Phật tử", "over"), Q("trên 5,6 tỷ đồng", 5600000000, "đồng", "over"),
 Q("18 nhà đại đoàn kết", 18, "nhà đại đoàn kết"), Q("1.250 suất quà", 1250, "suất quà"), Q("3 chùa", 3, "chùa"),
 Q("12 suất quà", 12, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kết luận", "57", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 57, 58-KL/TU"),
 D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 57, 58-KL/TU"),
 D("Pháp lệnh", "21", "2004/PL-UBTVQH11", None, None, "Pháp lệnh số 21/2004/PL-UBTVQH11"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-BTS", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-BTS")],
[prov("Bắc Ninh"), com("Phật Tích"), com("Đình Tổ"), com("Tương Giang")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Ninh", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Công tác tôn giáo",
 "Đồng chí Nguyễn Hữu Thắng (thứ hai từ trái) tặng quà chúc mừng Ban Trị sự. Ảnh: Văn Thành", "Vì người nghèo",
 "Chùa sạch - xanh - đẹp", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Đạo pháp - Dân tộc - Chủ nghĩa xã hội",
 "Số lượt xem: 532"],
["Ngày đăng 12/05/2014 | 15:30", "Phật lịch 2558", "Năm 2013", "Số lượt xem: 532"]))

PAGES.append(page("b4520-quangnam-btsphatgiao-tongket-2015", """
BÁO QUẢNG NAM
Xã hội › Tôn giáo
Thứ Năm, 24/12/2015 - 09:20
Phật giáo Quảng Nam: Đóng góp hơn 19 tỷ đồng cho công tác từ thiện xã hội
(QNO) - Ngày 22/12, Ban Trị sự GHPGVN tỉnh tổ chức hội nghị tổng kết Phật sự năm 2015 và triển khai chương trình hoạt động năm 2016. Hòa thượng Thích Trí Hữu Bảo, Ủy viên Hội đồng Trị sự GHPGVN, Trưởng ban Trị sự GHPGVN tỉnh chủ trì. Dự hội nghị có bà Phan Thị Ngọc Lan, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Hồ Văn Blúp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Hòa thượng Thích Trí Hữu Bảo phát biểu khai mạc hội nghị.
Năm 2015, Phật giáo tỉnh có bước phát triển vững chắc: thành lập mới Ban Trị sự GHPGVN huyện Đại Lộc, nâng tổng số Ban Trị sự cấp huyện lên 13; hướng dẫn 1.036 hành giả an cư kiết hạ tại 21 điểm. Ban Hoằng pháp tổ chức 96 buổi thuyết giảng cho gần 15.000 lượt Phật tử; Ban Giáo dục Tăng Ni khai giảng lớp Sơ cấp Phật học với 78 Tăng Ni sinh. Công tác từ thiện xã hội đạt hơn 19 tỷ đồng, tăng 12% so với năm 2014; riêng các chùa ở huyện Núi Thành, thị xã Điện Bàn trao 2.600 phần quà Tết, 38 căn nhà tình thương và 4 giếng nước cho đồng bào vùng cao.
Ban Trị sự đã thực hiện nghiêm Thông bạch số 215/TB-HĐTS, Công văn 96/CV-BTS về việc đăng ký sinh hoạt tôn giáo, đồng thời phối hợp Sở Nội vụ triển khai Quyết định 1480/QĐ-UBND ngày 28/4/2015 của UBND tỉnh về quy hoạch đất cơ sở tôn giáo. Tuy nhiên, việc hoàn thiện hồ sơ đất đai của một số tự viện ở xã Tam Thăng, xã Bình Minh còn chậm.
Đại đức Thích Nguyên Tuệ Sỹ, Ủy viên Thư ký Ban Trị sự, trình bày phương hướng năm 2016, với trọng tâm tổ chức thành công Đại hội Phật giáo huyện, tiến tới Đại hội đại biểu Phật giáo tỉnh nhiệm kỳ 2017 - 2022.
Phát biểu tại hội nghị, bà Phan Thị Ngọc Lan đánh giá cao các hoạt động từ thiện của chư Tăng Ni, đặc biệt việc nhận đỡ đầu 45 em học sinh mồ côi; đề nghị Ban Trị sự phối hợp chặt chẽ với Mặt trận các cấp trong cuộc vận động "Ngày vì người nghèo" và hưởng ứng Chương trình "Mái ấm tình thương" của tỉnh.
Hội nghị đã trao Bằng khen của Trung ương GHPGVN cho 6 tập thể và Giấy khen của Ban Trị sự cho 32 chư Tăng Ni, cư sĩ, trong đó có Thượng tọa Thích Đồng Huệ Lạc, Trưởng ban Trị sự GHPGVN huyện Núi Thành và Ni sư Thích Nữ Như Tịnh Hòa, trụ trì chùa Bửu Minh.
Đình Thảo
Lượt xem: 987
Tin cùng chuyên mục
- Hội An: Khai mạc khóa tu mùa hè cho thanh thiếu niên (10/07/2015)
- Tam Kỳ: Phật tử ủng hộ đồng bào lũ lụt (20/11/2015)
- Ban Dân vận Tỉnh ủy gặp mặt chức sắc tôn giáo (05/10/2015)
- Duy Xuyên: Đại lễ Vu Lan báo hiếu tại chùa Long Tuyền (28/08/2015)
- Thăng Bình: Phật tử trao nhà tình thương cho hộ nghèo (14/08/2015)
""", "2015-12-24", "Phật giáo Quảng Nam: Đóng góp hơn 19 tỷ đồng cho công tác từ thiện xã hội",
E("tong_ket", "2015", "2015-12-22"),
[P("Thích Trí Hữu Bảo", "Hòa thượng", "Ủy viên Hội đồng Trị sự GHPGVN", "Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Phan Thị Ngọc Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Blúp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Nguyên Tuệ Sỹ", "Đại đức", "Ủy viên Thư ký Ban Trị sự"),
 P("Thích Đồng Huệ Lạc", "Thượng tọa", "Trưởng ban Trị sự GHPGVN huyện Núi Thành"),
 P("Thích Nữ Như Tịnh Hòa", "Ni sư", "trụ trì chùa Bửu Minh")],
[Q("hơn 19 tỷ đồng", 19000000000, "đồng", "over"), Q("13", 13, "Ban Trị sự cấp huyện"),
 Q("1.036 hành giả", 1036, "hành giả"), Q("21 điểm", 21, "điểm"), Q("96 buổi thuyết giảng", 96, "buổi thuyết giảng"),
 Q("gần 15.000 lượt Phật tử", 15000, "lượt Phật tử", "approx"), Q("78 Tăng Ni sinh", 78, "Tăng Ni sinh"),
 Q("12%", 12, "%"), Q("2.600 phần quà", 2600, "phần quà"), Q("38 căn nhà tình thương", 38, "căn nhà tình thương"),
 Q("4 giếng nước", 4, "giếng nước"), Q("45 em học sinh mồ côi", 45, "em học sinh mồ côi"),
 Q("6 tập thể", 6, "tập thể"), Q("32 chư Tăng Ni, cư sĩ", 32, "chư Tăng Ni, cư sĩ")],
[D("Thông bạch", "215", "TB-HĐTS", None, None, "Thông bạch số 215/TB-HĐTS"),
 D("Công văn", "96", "CV-BTS", None, None, "Công văn 96/CV-BTS"),
 D("Quyết định", "1480", "QĐ-UBND", "2015-04-28", "UBND tỉnh", "Quyết định 1480/QĐ-UBND ngày 28/4/2015")],
[prov("Quảng Nam"), com("Tam Thăng"), com("Bình Minh")],
["BÁO QUẢNG NAM", "Xã hội › Tôn giáo", "Hòa thượng Thích Trí Hữu Bảo phát biểu khai mạc hội nghị.", "Ngày vì người nghèo",
 "Mái ấm tình thương", "Lượt xem: 987", "(QNO)"],
["Thứ Năm, 24/12/2015 - 09:20", "năm 2015", "năm 2016", "năm 2014", "nhiệm kỳ 2017 - 2022", "Lượt xem: 987"]))

PAGES.append(page("b4521-dongthap-btsphatgiao-soket-2016", """
BAN DÂN VẬN TỈNH ỦY ĐỒNG THÁP
Trang chủ >> Dân vận các cấp >> Công tác tôn giáo
15/07/2016 - 10:05
Ảnh: Quang cảnh hội nghị sơ kết.
Phật giáo tỉnh vận động hơn 8,7 tỷ đồng làm công tác xã hội
Sáng 14/7, tại chùa Phước Hưng (phường 1, thành phố Sa Đéc), Ban Trị sự GHPGVN tỉnh Đồng Tháp tổ chức hội nghị sơ kết Phật sự 6 tháng đầu năm 2016, triển khai phương hướng 6 tháng cuối năm. Dự có đồng chí Nguyễn Thị Bé Mười, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Võ Hoàng Khải, Phó Trưởng Ban Tôn giáo Sở Nội vụ; Hòa thượng Thích Huệ Phước Lâm, Trưởng ban Trị sự GHPGVN tỉnh chủ trì hội nghị.
Theo báo cáo do Thượng tọa Thích Minh Thiện Tánh, Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự trình bày, 6 tháng qua Phật giáo tỉnh đã tổ chức trang nghiêm Đại lễ Phật đản Phật lịch 2560 tại 12 điểm với hơn 20.000 lượt Tăng Ni, Phật tử tham dự; tổ chức An cư kiết hạ tập trung cho 684 hành giả tại 9 trường hạ. Các tự viện vận động hơn 8,7 tỷ đồng làm công tác xã hội, trong đó trao 3.450 phần quà cho hộ nghèo, 210 chiếc xe đạp cho học sinh, cất 17 căn nhà tình thương, tài trợ 2 cây cầu bê tông tại các xã Tân Khánh Trung, Long Thắng. Riêng bếp ăn từ thiện của các chùa tại Bệnh viện Đa khoa tỉnh phục vụ khoảng 96.000 suất cơm miễn phí.
Ban Trị sự đã triển khai Thông bạch số 125/TB-HĐTS về Đại lễ Phật đản, Hướng dẫn số 07, 08/HD-BTS về công tác an cư và về sinh hoạt của các Ban Đại diện Phật giáo cấp huyện; phối hợp Ủy ban MTTQ tỉnh thực hiện Chương trình phối hợp số 02/CTr-MTTQ-BTS về vận động Phật tử tham gia bảo vệ môi trường.
Tại hội nghị, Đại đức Thích Phước Nghiêm Tịnh, Trưởng Ban Đại diện Phật giáo huyện Lấp Vò, cho biết các chùa trong huyện đã hỗ trợ nông dân 1.200 bao lúa giống sau đợt hạn mặn; Ni sư Thích Nữ Huệ Đức, Trưởng Phân ban Ni giới tỉnh, đề nghị tăng cường bồi dưỡng kiến thức pháp luật cho Tăng Ni trẻ.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Bé Mười ghi nhận Phật giáo tỉnh đã thực hiện tốt Kế hoạch số 46-KH/TU của Ban Thường vụ Tỉnh ủy về triển khai Chỉ thị 18-CT/TW của Ban Bí thư về phát huy vai trò người có uy tín; đề nghị chư Tăng Ni tiếp tục vận động Phật tử tham gia bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp đạt tỷ lệ trên 99%, đồng thời nhân rộng mô hình "Ngôi chùa với an sinh xã hội".
Hồng Nhung
Lượt xem: 615
Tin liên quan
- Khai mạc khóa An cư kiết hạ Phật lịch 2560 (21/06/2016)
- Cao Lãnh: Các chùa trao 500 phần quà cho người nghèo (02/06/2016)
- Ban Dân vận Tỉnh ủy làm việc với Ban Trị sự GHPGVN tỉnh (15/04/2016)
- Hồng Ngự: Tăng Ni tham gia cứu trợ vùng hạn mặn (30/03/2016)
- Châu Thành: Bếp ăn từ thiện chùa Kiến An tròn 5 năm hoạt động (18/03/2016)
""", "2016-07-15", "Phật giáo tỉnh vận động hơn 8,7 tỷ đồng làm công tác xã hội",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Nguyễn Thị Bé Mười", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Hoàng Khải", "Phó Trưởng Ban Tôn giáo Sở Nội vụ"),
 P("Thích Huệ Phước Lâm", "Hòa thượng", "Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Thích Minh Thiện Tánh", "Thượng tọa", "Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự"),
 P("Thích Phước Nghiêm Tịnh", "Đại đức", "Trưởng Ban Đại diện Phật giáo huyện Lấp Vò"),
 P("Thích Nữ Huệ Đức", "Ni sư", "Trưởng Phân ban Ni giới tỉnh")],
[Q("hơn 8,7 tỷ đồng", 8700000000, "đồng", "over"), Q("12 điểm", 12, "điểm"),
 Q("hơn 20.000 lượt Tăng Ni, Phật tử", 20000, "lượt Tăng Ni, Phật tử", "over"), Q("684 hành giả", 684, "hành giả"),
 Q("9 trường hạ", 9, "trường hạ"), Q("3.450 phần quà", 3450, "phần quà"), Q("210 chiếc xe đạp", 210, "chiếc xe đạp"),
 Q("17 căn nhà tình thương", 17, "căn nhà tình thương"), Q("2 cây cầu bê tông", 2, "cây cầu bê tông"),
 Q("khoảng 96.000 suất cơm miễn phí", 96000, "suất cơm miễn phí", "approx"), Q("1.200 bao lúa giống", 1200, "bao lúa giống"),
 Q("trên 99%", 99, "%", "over")],
[D("Thông bạch", "125", "TB-HĐTS", None, None, "Thông bạch số 125/TB-HĐTS"),
 D("Hướng dẫn", "07", "HD-BTS", None, None, "Hướng dẫn số 07, 08/HD-BTS"),
 D("Hướng dẫn", "08", "HD-BTS", None, None, "Hướng dẫn số 07, 08/HD-BTS"),
 D("Chương trình phối hợp", "02", "CTr-MTTQ-BTS", None, None, "Chương trình phối hợp số 02/CTr-MTTQ-BTS"),
 D("Kế hoạch", "46", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 46-KH/TU"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW")],
[prov("Đồng Tháp"), com("phường 1"), com("Tân Khánh Trung"), com("Long Thắng")],
["BAN DÂN VẬN TỈNH ỦY ĐỒNG THÁP", "Trang chủ >> Dân vận các cấp >> Công tác tôn giáo", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "Ngôi chùa với an sinh xã hội", "Lượt xem: 615"],
["15/07/2016 - 10:05", "6 tháng đầu năm 2016", "6 tháng cuối năm", "Phật lịch 2560", "khóa XIV", "Lượt xem: 615"]))

PAGES.append(page("b4522-namdinh-haihau-daihoiphatgiao-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Tin tức - Sự kiện :: Văn hóa - Xã hội
Cập nhật lúc 16:40 ngày 14/03/2017
Ban Trị sự GHPGVN huyện Hải Hậu khóa mới ra mắt đại hội.
Hải Hậu: Đại hội Phật giáo huyện lần thứ III thành công tốt đẹp
Ngày 12/3/2017, tại chùa Keo Hành Cung (xã Hải Trung), Ban Trị sự GHPGVN huyện Hải Hậu tổ chức Đại hội đại biểu Phật giáo huyện lần thứ III, nhiệm kỳ 2017 - 2022. Về dự có Thượng tọa Thích Quảng Hạnh Tâm, Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh Nam Định; đồng chí Trần Văn Định, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện; đồng chí Vũ Thị Thu Hà, Phó Chủ tịch UBND huyện cùng 150 đại biểu chính thức đại diện cho trên 8.000 Tăng Ni, Phật tử toàn huyện.
Nhiệm kỳ 2012 - 2017, Phật giáo huyện đã thành lập 35 Ban Hộ tự; trùng tu, tôn tạo 41 ngôi chùa với tổng kinh phí khoảng 27 tỷ đồng do Phật tử công đức; 100% các chùa có Tăng Ni trụ trì đã đăng ký sinh hoạt theo quy định. Công tác từ thiện xã hội được duy trì thường xuyên với tổng trị giá trên 6,4 tỷ đồng, tặng 5.300 suất quà cho người nghèo, người cao tuổi cô đơn và hỗ trợ xây dựng 29 nhà Đại đoàn kết. Các chùa đã vận động Phật tử hiến trên 3.200 m2 đất mở rộng đường giao thông nông thôn ở các xã Hải Bắc, Hải Phú, thị trấn Yên Định.
Đại hội thống nhất suy cử 27 vị vào Ban Trị sự nhiệm kỳ 2017 - 2022. Đại đức Thích Thanh Nhuận Phát được suy cử làm Trưởng ban Trị sự GHPGVN huyện Hải Hậu; Đại đức Thích Đàm Thuận Nghi (Ni giới) được suy cử giữ chức Phó Trưởng ban kiêm Trưởng Phân ban Ni giới huyện; Đại đức Thích Minh Tĩnh Khang, Đại đức Thích Chân Bảo Nguyên - Phó Trưởng ban Trị sự.
Phát biểu tại Đại hội, đồng chí Trần Văn Định đề nghị Ban Trị sự nhiệm kỳ mới quán triệt Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương về công tác tôn giáo và Kế hoạch số 68-KH/HU ngày 05/01/2017 của Huyện ủy Hải Hậu về tăng cường công tác vận động quần chúng trong vùng có đông đồng bào có đạo; tích cực tham gia phong trào "Toàn dân chung sức xây dựng nông thôn mới".
Đại hội thông qua Nghị quyết Đại hội và Chương trình hoạt động nhiệm kỳ 2017 - 2022 với 12 chỉ tiêu chủ yếu, trong đó phấn đấu 100% Ban Hộ tự được kiện toàn.
Phạm Cường - Trung tâm VH-TT huyện
Lượt truy cập: 12.480
Tin khác
- Xã Hải Anh tổ chức đại hội Ban Hộ tự chùa Phúc Lâm (20/02/2017)
- Huyện ủy Hải Hậu gặp mặt chức sắc, chức việc các tôn giáo (10/01/2017)
- Hội Liên hiệp phụ nữ huyện tổng kết năm 2016 (28/12/2016)
- Phật giáo Hải Hậu trao quà Tết cho người nghèo (20/01/2017)
- Thị trấn Thịnh Long tổng kết công tác Mặt trận năm 2016 (22/12/2016)
""", "2017-03-14", "Hải Hậu: Đại hội Phật giáo huyện lần thứ III thành công tốt đẹp",
E("dai_hoi", None, "2017-03-12"),
[P("Thích Quảng Hạnh Tâm", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh Nam Định"),
 P("Trần Văn Định", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Vũ Thị Thu Hà", "Phó Chủ tịch UBND huyện"),
 P("Thích Thanh Nhuận Phát", "Đại đức", "Trưởng ban Trị sự GHPGVN huyện Hải Hậu"),
 P("Thích Đàm Thuận Nghi", "Đại đức", "Phó Trưởng ban kiêm Trưởng Phân ban Ni giới huyện"),
 P("Thích Minh Tĩnh Khang", "Đại đức", "Phó Trưởng ban Trị sự"),
 P("Thích Chân Bảo Nguyên", "Đại đức", "Phó Trưởng ban Trị sự")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("trên 8.000 Tăng Ni, Phật tử", 8000, "Tăng Ni, Phật tử", "over"),
 Q("35 Ban Hộ tự", 35, "Ban Hộ tự"), Q("41 ngôi chùa", 41, "ngôi chùa"), Q("khoảng 27 tỷ đồng", 27000000000, "đồng", "approx"),
 Q("100% các chùa", 100, "%"), Q("trên 6,4 tỷ đồng", 6400000000, "đồng", "over"), Q("5.300 suất quà", 5300, "suất quà"),
 Q("29 nhà Đại đoàn kết", 29, "nhà Đại đoàn kết"), Q("trên 3.200 m2", 3200, "m2", "over"), Q("27 vị", 27, "vị"),
 Q("12 chỉ tiêu chủ yếu", 12, "chỉ tiêu chủ yếu"), Q("100% Ban Hộ tự", 100, "%")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Kế hoạch", "68", "KH/HU", "2017-01-05", "Huyện ủy Hải Hậu", "Kế hoạch số 68-KH/HU ngày 05/01/2017")],
[prov("Nam Định"), com("Hải Trung"), com("Hải Bắc"), com("Hải Phú"), com("Yên Định")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH", "Tin tức - Sự kiện :: Văn hóa - Xã hội",
 "Ban Trị sự GHPGVN huyện Hải Hậu khóa mới ra mắt đại hội.", "Toàn dân chung sức xây dựng nông thôn mới",
 "Lượt truy cập: 12.480", "Nghị quyết Đại hội"],
["Cập nhật lúc 16:40 ngày 14/03/2017", "lần thứ III", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "Lượt truy cập: 12.480"]))
