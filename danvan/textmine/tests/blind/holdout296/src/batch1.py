from lib import *
PAGES = []

PAGES.append(page("b7061-nghean-giaibaochi-dv-2011", """
BÁO NGHỆ AN ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
28/12/2011 16:35 GMT+7
Ban tổ chức trao giải A cho các tác giả. Ảnh: Đức Anh
Tổng kết, trao Giải báo chí viết về công tác dân vận năm 2011
(Baonghean) - Chiều 27/12, Ban Dân vận Tỉnh ủy phối hợp với Hội Nhà báo tỉnh tổ chức tổng kết và trao Giải báo chí viết về công tác dân vận năm 2011. Dự buổi lễ có đồng chí Trần Văn Hạnh, Phó Bí thư Tỉnh ủy; đồng chí Lê Thị Mai Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban tổ chức giải.
Giải được phát động từ tháng 3, sau hơn 8 tháng Ban tổ chức đã nhận 214 tác phẩm của 97 tác giả, nhóm tác giả thuộc các cơ quan báo chí Trung ương thường trú và địa phương; so với năm trước, số tác phẩm tăng gần 40%. Các tác phẩm phản ánh sinh động việc thực hiện Quy chế công tác dân vận của hệ thống chính trị ban hành theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị và Chỉ thị 17-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào dân tộc miền Tây Nghệ An.
Theo đồng chí Nguyễn Đình Lục, Phó Chủ tịch Thường trực Hội Nhà báo tỉnh, Phó Trưởng ban tổ chức giải, chất lượng tác phẩm năm nay đồng đều hơn, nhiều bài có tính phát hiện, nêu được những cách làm hay của cơ sở như vận động nhân dân hiến đất mở đường ở xã Diễn Thịnh, hay chuyện người có uy tín giữ bản ở xã Châu Hạnh. Tuy nhiên, thể loại phóng sự truyền hình, ảnh báo chí còn ít, một số tác phẩm còn nặng về tường thuật hội nghị.
Từ 58 tác phẩm vào vòng chung khảo, Hội đồng giám khảo đã chọn 22 tác phẩm xuất sắc để trao giải, gồm 2 giải A, 4 giải B, 6 giải C và 10 giải khuyến khích. Mỗi giải A trị giá 5 triệu đồng, giải B 3 triệu đồng; tổng giá trị giải thưởng gần 60 triệu đồng, do các doanh nghiệp trên địa bàn tài trợ.
Giải A thuộc về loạt bài "Dân vận ở bản xa" của hai tác giả Phan Văn Hùng, Vi Thị Luyến - phóng viên Báo Nghệ An, và phóng sự "Đường về Châu Tiến" của tác giả Nguyễn Thị Thanh Hương, phóng viên Đài Phát thanh - Truyền hình Nghệ An. Chia sẻ tại buổi lễ, tác giả Vi Thị Luyến cho biết chị đã nhiều lần về xã Châu Tiến, ở lại nhà dân để ghi chép, có chuyến phải lội suối cả buổi mới tới bản.
Cũng tại buổi lễ, Ban tổ chức tặng giấy khen cho 4 cơ quan báo chí có nhiều tác phẩm tham dự, trong đó Báo Nghệ An có 46 tác phẩm, Đài Phát thanh - Truyền hình Nghệ An có 38 tác phẩm.
Phát biểu tại buổi lễ, đồng chí Trần Văn Hạnh đề nghị các cơ quan báo chí tiếp tục dành thời lượng, dung lượng thỏa đáng cho công tác dân vận, nhân rộng điển hình "Dân vận khéo"; Ban Dân vận Tỉnh ủy nghiên cứu tổ chức giải thường niên, mở rộng đối tượng tham gia là cộng tác viên ở cơ sở.
Hải Yến
Tin liên quan
- Phát động Giải báo chí viết về công tác dân vận năm 2011 (15/03/2011)
- Nghệ An: 120 mô hình "Dân vận khéo" được biểu dương (02/12/2011)
- Hội Nhà báo tỉnh tổng kết hoạt động năm 2011 (20/12/2011)
""", "2011-12-28", "Tổng kết, trao Giải báo chí viết về công tác dân vận năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Văn Hạnh", "Phó Bí thư Tỉnh ủy"),
 P("Lê Thị Mai Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban tổ chức giải"),
 P("Nguyễn Đình Lục", "Phó Chủ tịch Thường trực Hội Nhà báo tỉnh", "Phó Trưởng ban tổ chức giải"),
 P("Phan Văn Hùng", "phóng viên Báo Nghệ An"),
 P("Vi Thị Luyến", "phóng viên Báo Nghệ An"),
 P("Nguyễn Thị Thanh Hương", "phóng viên Đài Phát thanh - Truyền hình Nghệ An")],
[Q("214 tác phẩm", 214, "tác phẩm"), Q("97 tác giả", 97, "tác giả"), Q("gần 40%", 40, "%", "approx"),
 Q("58 tác phẩm", 58, "tác phẩm"), Q("22 tác phẩm xuất sắc", 22, "tác phẩm xuất sắc"), Q("2 giải A", 2, "giải A"),
 Q("4 giải B", 4, "giải B"), Q("6 giải C", 6, "giải C"), Q("10 giải khuyến khích", 10, "giải khuyến khích"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"), Q("gần 60 triệu đồng", 60000000, "đồng", "approx"),
 Q("4 cơ quan báo chí", 4, "cơ quan báo chí"), Q("46 tác phẩm", 46, "tác phẩm"), Q("38 tác phẩm", 38, "tác phẩm")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17-CT/TU")],
[prov("Nghệ An"), com("Diễn Thịnh"), com("Châu Hạnh"), com("Châu Tiến")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Ban tổ chức trao giải A cho các tác giả. Ảnh: Đức Anh",
 "(Baonghean)", "Dân vận ở bản xa", "Đường về Châu Tiến", "Dân vận khéo", "Giải báo chí viết về công tác dân vận"],
["28/12/2011 16:35 GMT+7", "năm 2011", "hơn 8 tháng", "giải A"]))

PAGES.append(page("b7062-thainguyen-hoithi-tuyentruyenvien-2012", """
Báo Thái Nguyên - Cơ quan của Đảng bộ tỉnh Thái Nguyên
Thời sự | Chính trị | Giáo dục | Văn hóa | Thể thao
Thứ Sáu, 14/09/2012, 09:20
Đội thi Đảng bộ huyện Phú Lương trong phần thi tiểu phẩm.
Sôi nổi Hội thi Tuyên truyền viên giỏi cấp tỉnh
Trong hai ngày 12 và 13-9, tại Hội trường Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy đã tổ chức Hội thi Tuyên truyền viên giỏi tỉnh Thái Nguyên năm 2012. Tham gia hội thi có 9 đội với 54 thí sinh đến từ các huyện, thành phố, thị xã trong tỉnh.
Hội thi được tổ chức theo Kế hoạch số 112-KH/BTGTU ngày 20/6/2012 của Ban Tuyên giáo Tỉnh ủy, nhằm đẩy mạnh việc học tập, quán triệt Nghị quyết số 12-NQ/TW ngày 16/1/2012 của Ban Chấp hành Trung ương "Một số vấn đề cấp bách về xây dựng Đảng hiện nay" và Chỉ thị 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh. Các đội tranh tài qua các phần chào hỏi, thuyết trình và tiểu phẩm tuyên truyền. Trước đó, vòng thi cấp huyện đã thu hút hơn 300 thí sinh là báo cáo viên, tuyên truyền viên cơ sở.
Trưởng Ban tổ chức hội thi là đồng chí Phan Mạnh Cường, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy. Hội đồng giám khảo do các đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy: Đỗ Thị Lan, Ma Văn Khoa làm đồng Chủ tịch, cùng 5 thành viên là báo cáo viên Tỉnh ủy, giảng viên Trường Chính trị tỉnh.
Nhiều phần thi để lại ấn tượng. Thí sinh Hoàng Thị Thu Hà, cán bộ Ban Tuyên giáo Huyện ủy Định Hóa, thuyết trình về việc đảng viên ở xã Phú Đình gương mẫu đi đầu trong phát triển kinh tế đồi rừng; đội Đảng bộ thành phố Thái Nguyên mang đến tiểu phẩm về cán bộ xã Tân Cương lắng nghe dân, giải quyết dứt điểm vụ tranh chấp đất chè kéo dài hai năm. Đội Đảng bộ huyện Võ Nhai có tới 4 thí sinh là người dân tộc Tày, Dao, Mông.
Kết quả, Ban tổ chức trao 1 giải Nhất cho Đảng bộ huyện Phú Lương, 2 giải Nhì, 3 giải Ba và 3 giải Khuyến khích cho các đội. Giải Nhất được nhận 6 triệu đồng kèm giấy khen. Thí sinh Hoàng Thị Thu Hà đạt giải thuyết trình xuất sắc nhất; ông Lục Văn Thượng, Bí thư Chi bộ xóm Khuôn Lân, thí sinh lớn tuổi nhất hội thi (62 tuổi), được tặng giải phong cách.
Bế mạc hội thi, đồng chí Phan Mạnh Cường đánh giá: so với lần tổ chức trước, nội dung các phần thi bám sát thực tiễn hơn, nhiều thí sinh đã vận dụng tốt phương pháp nói chuyện trước đông người. Ban Tuyên giáo Tỉnh ủy sẽ chọn 3 thí sinh xuất sắc tham dự hội thi khu vực vào tháng 11 tới. Đây cũng là dịp để bổ sung vào đội ngũ báo cáo viên của Tỉnh ủy những gương mặt trẻ, có năng lực.
Bài, ảnh: Minh Hằng
Các tin khác
- Khai mạc Hội thi Tuyên truyền viên giỏi năm 2012 (12/09/2012)
- Đại Từ: bồi dưỡng 120 báo cáo viên cơ sở (05/09/2012)
- Học tập chuyên đề năm 2012 cho cán bộ chủ chốt (28/08/2012)
- Phổ Yên sơ kết 1 năm thực hiện Chỉ thị 03-CT/TW (17/08/2012)
""", "2012-09-14", "Sôi nổi Hội thi Tuyên truyền viên giỏi cấp tỉnh",
E("khac", None, "2012-09-12"),
[P("Phan Mạnh Cường", "Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng Ban tổ chức hội thi"),
 P("Đỗ Thị Lan", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Ma Văn Khoa", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Hoàng Thị Thu Hà", "cán bộ Ban Tuyên giáo Huyện ủy Định Hóa"),
 P("Lục Văn Thượng", "Bí thư Chi bộ xóm Khuôn Lân")],
[Q("9 đội", 9, "đội"), Q("54 thí sinh", 54, "thí sinh"), Q("5 thành viên", 5, "thành viên"), Q("hơn 300 thí sinh", 300, "thí sinh", "over"),
 Q("4 thí sinh", 4, "thí sinh"), Q("1 giải Nhất", 1, "giải Nhất"), Q("2 giải Nhì", 2, "giải Nhì"), Q("3 giải Ba", 3, "giải Ba"),
 Q("3 giải Khuyến khích", 3, "giải Khuyến khích"), Q("6 triệu đồng", 6000000, "đồng"), Q("3 thí sinh xuất sắc", 3, "thí sinh xuất sắc")],
[D("Kế hoạch", "112", "KH/BTGTU", "2012-06-20", "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 112-KH/BTGTU ngày 20/6/2012"),
 D("Nghị quyết", "12", "NQ/TW", "2012-01-16", "Ban Chấp hành Trung ương", "Nghị quyết số 12-NQ/TW ngày 16/1/2012"),
 D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 03-CT/TW")],
[prov("Thái Nguyên"), com("Phú Đình"), com("Tân Cương")],
["Báo Thái Nguyên - Cơ quan của Đảng bộ tỉnh Thái Nguyên", "Thời sự | Chính trị | Giáo dục | Văn hóa | Thể thao",
 "Đội thi Đảng bộ huyện Phú Lương trong phần thi tiểu phẩm.", "Hội thi Tuyên truyền viên giỏi",
 "Một số vấn đề cấp bách về xây dựng Đảng hiện nay", "Trường Chính trị tỉnh"],
["Thứ Sáu, 14/09/2012, 09:20", "năm 2012", "hai năm", "62 tuổi", "tháng 11"]))

PAGES.append(page("b7063-camau-taphuan-ctv-baochi-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY CÀ MAU
Bạn đang xem: Trang chủ / Hoạt động / Tuyên truyền
22-08-2013 | 10:12
Tập huấn viết tin, bài về công tác dân vận năm 2013
Ngày 21/8/2013, Ban Dân vận Tỉnh ủy phối hợp với Báo Cà Mau mở lớp tập huấn nghiệp vụ viết tin, bài cho đội ngũ cộng tác viên về công tác dân vận năm 2013. Tham dự lớp có 126 học viên là cán bộ dân vận các huyện, thành phố và cán bộ phụ trách khối dân vận của 101 xã, phường, thị trấn.
Lớp tập huấn diễn ra trong 2 ngày. Phát biểu khai giảng, đồng chí Dương Hoàng Khởi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh, việc thông tin kịp thời những mô hình, cách làm hay ở cơ sở là một nhiệm vụ trọng tâm trong triển khai Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
Học viên được nhà báo Trần Văn Lệ, Phó Tổng Biên tập Báo Cà Mau, và ông Châu Minh Triết, Trưởng phòng Thời sự Đài Phát thanh - Truyền hình Cà Mau, hướng dẫn kỹ năng phát hiện đề tài, viết tin ngắn, phóng sự, chụp ảnh bằng điện thoại và gửi bài qua thư điện tử. Đồng chí Thạch Thị Sa Ni, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin về Kế hoạch 38-KH/BDVTU của Ban Dân vận Tỉnh ủy phát động Giải báo chí về công tác dân vận giai đoạn 2013 - 2015.
Theo kế hoạch, giải dành cho các tác phẩm báo in, báo điện tử, phát thanh, truyền hình và ảnh đăng, phát từ tháng 7/2013; mỗi tác giả gửi không quá 3 tác phẩm. Cơ cấu giải mỗi năm gồm 1 giải A trị giá 4 triệu đồng, 2 giải B, 3 giải C và một số giải khuyến khích.
Nhiều học viên bày tỏ phấn khởi. Anh Lâm Văn Nhỏ, cán bộ Văn phòng Đảng ủy thị trấn Sông Đốc cho biết, trước đây việc báo cáo chủ yếu bằng văn bản hành chính, nay được hướng dẫn cách viết một tin ngắn đúng 5W1H nên tự tin hơn. Chị Huỳnh Thị Bé Tư, Chủ tịch Hội Liên hiệp Phụ nữ xã Khánh Bình Tây, dự định viết về mô hình "Tổ phụ nữ tiết kiệm" đã giúp 35 hội viên thoát nghèo.
Kết thúc lớp, 118 học viên hoàn thành bài thu hoạch, đạt 93,6%; Ban tổ chức chọn 12 bài tốt nhất giới thiệu đăng trên trang "Dân vận" của Báo Cà Mau. Ban Dân vận Tỉnh ủy dự kiến mở thêm 2 lớp tại huyện Trần Văn Thời và xã Tân Hưng Đông trong quý IV.
Cuối buổi, đồng chí Dương Hoàng Khởi đề nghị mỗi xã, phường, thị trấn có ít nhất 1 cộng tác viên viết tin thường xuyên, mỗi tháng gửi về Ban ít nhất 2 tin, bài; những tin, bài được đăng sẽ được hưởng nhuận bút theo quy định và được tính điểm thi đua cuối năm.
Thúy Liễu
Tin khác
- Ra mắt chuyên trang "Dân vận" trên Báo Cà Mau (06/08/2013)
- Học tập, quán triệt Nghị quyết Trung ương 7 (khóa XI) (30/07/2013)
- Cái Nước: 15 mô hình dân vận khéo được nhân rộng (19/07/2013)
""", "2013-08-22", "Tập huấn viết tin, bài về công tác dân vận năm 2013",
E("tap_huan", "2013", "2013-08-21"),
[P("Dương Hoàng Khởi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lệ", "Phó Tổng Biên tập Báo Cà Mau"),
 P("Châu Minh Triết", "Trưởng phòng Thời sự Đài Phát thanh - Truyền hình Cà Mau"),
 P("Thạch Thị Sa Ni", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Nhỏ", "cán bộ Văn phòng Đảng ủy thị trấn Sông Đốc"),
 P("Huỳnh Thị Bé Tư", "Chủ tịch Hội Liên hiệp Phụ nữ xã Khánh Bình Tây")],
[Q("126 học viên", 126, "học viên"), Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"),
 Q("không quá 3 tác phẩm", 3, "tác phẩm"), Q("1 giải A", 1, "giải A"), Q("4 triệu đồng", 4000000, "đồng"),
 Q("2 giải B", 2, "giải B"), Q("3 giải C", 3, "giải C"), Q("35 hội viên", 35, "hội viên"),
 Q("118 học viên", 118, "học viên"), Q("93,6%", 93.6, "%"), Q("12 bài", 12, "bài"), Q("2 lớp", 2, "lớp"),
 Q("ít nhất 1 cộng tác viên", 1, "cộng tác viên", "over"), Q("ít nhất 2 tin, bài", 2, "tin, bài", "over")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Kế hoạch", "38", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 38-KH/BDVTU")],
[prov("Cà Mau"), com("Sông Đốc"), com("Khánh Bình Tây"), com("Tân Hưng Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Bạn đang xem: Trang chủ / Hoạt động / Tuyên truyền",
 "Tổ phụ nữ tiết kiệm", "Dân vận", "5W1H"],
["22-08-2013 | 10:12", "năm 2013", "2 ngày", "2013 - 2015", "tháng 7/2013", "quý IV", "khóa XI"]))

PAGES.append(page("b7064-hoabinh-hoithi-danvankheo-2014", """
hoabinh.gov.vn | Báo Hòa Bình điện tử
Chính trị - Xã hội › Dân vận
17/10/2014 - 08:40
Đội thi huyện Mai Châu giành giải Nhất Hội thi tuyên truyền viên "Dân vận khéo"
(BHB) - Sau 1 ngày tranh tài sôi nổi (16/10), Hội thi tuyên truyền viên giỏi về "Dân vận khéo" tỉnh Hòa Bình năm 2014 do Ban Dân vận Tỉnh ủy tổ chức đã khép lại. Đội thi huyện Mai Châu xuất sắc giành giải Nhất.
Hội thi thu hút 11 đội thi của 10 huyện và thành phố Hòa Bình, với 66 thí sinh là cán bộ dân vận, cán bộ Mặt trận, đoàn thể cơ sở, trong đó hơn một nửa là người dân tộc Mường, Thái, Dao. Qua các phần thi chào hỏi, kiến thức và xử lý tình huống, các thí sinh đã thể hiện hiểu biết về Quyết định số 290-QĐ/TW của Bộ Chính trị, Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương và Chỉ thị số 21-CT/TU ngày 12/5/2014 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào thi đua "Dân vận khéo".
Ở phần xử lý tình huống, thí sinh Xa Thị Liên, Trưởng Ban Dân vận Đảng ủy xã Mai Hạ đã dựng lại câu chuyện vận động 27 hộ hiến đất làm đường bê tông nội đồng, thuyết phục được ban giám khảo bởi cách nói dung dị, gần gũi. Đội Lạc Sơn có tiết mục hát đối đáp bằng tiếng Mường giới thiệu mô hình "Xóm không có người sinh con thứ 3" của xã Văn Nghĩa. Đội Kim Bôi lại chọn kể về ông Bùi Văn Quỳnh, người có uy tín xóm Mớ Đá, đã vận động con cháu trả lại đất lấn chiếm.
Chấm thi là Hội đồng giám khảo gồm 5 thành viên, do đồng chí Quách Văn Thiêm, Phó Trưởng Ban Dân vận Tỉnh ủy làm Chủ tịch. Ông cho biết: nhiều đội đã mang về hội thi những vụ việc thật ở cơ sở, chứ không dựng tình huống giả định.
Kết quả chung cuộc: giải Nhất thuộc về đội Mai Châu, giải Nhì đội Lạc Sơn và Kim Bôi, giải Ba gồm 3 đội Tân Lạc, Yên Thủy, Lương Sơn; 5 đội còn lại đạt giải Khuyến khích. Giải Nhất được thưởng 5 triệu đồng, các giải còn lại từ 1,5 đến 3 triệu đồng.
Trao giải cho các đội, đồng chí Bùi Thị Nhàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, khẳng định đây là dịp để cán bộ cơ sở học hỏi lẫn nhau; đồng thời đề nghị các huyện tiếp tục tổ chức hội thi ở cấp xã ngay trong năm 2015. Trước đó, đã có 84 xã, thị trấn tổ chức hội thi cấp cơ sở với gần 2.000 lượt người dự.
Cũng tại hội thi, Ban Dân vận Tỉnh ủy phối hợp với Công ty Cổ phần Nông sản Hòa Bình trao 20 suất học bổng, mỗi suất 1 triệu đồng, cho con em cán bộ dân vận xã vượt khó học giỏi.
Theo Ban tổ chức, đội Mai Châu sẽ đại diện tỉnh tham gia giao lưu tuyên truyền viên giỏi các tỉnh Tây Bắc dự kiến tổ chức vào quý I năm sau.
Phương Thảo
Tin cùng chuyên mục
- Tân Lạc biểu dương 32 điển hình "Dân vận khéo" (10/10/2014)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã Phong Phú (02/10/2014)
- Lương Sơn: sơ kết công tác dân vận 9 tháng (26/09/2014)
""", "2014-10-17", "Đội thi huyện Mai Châu giành giải Nhất Hội thi tuyên truyền viên \"Dân vận khéo\"",
E("khac", None, "2014-10-16"),
[P("Xa Thị Liên", "Trưởng Ban Dân vận Đảng ủy xã Mai Hạ"),
 P("Bùi Văn Quỳnh", "người có uy tín xóm Mớ Đá"),
 P("Quách Văn Thiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Thị Nhàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("11 đội thi", 11, "đội thi"), Q("10 huyện", 10, "huyện"), Q("66 thí sinh", 66, "thí sinh"),
 Q("27 hộ", 27, "hộ"), Q("5 thành viên", 5, "thành viên"), Q("3 đội", 3, "đội"), Q("5 đội", 5, "đội"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("1,5", 1500000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("84 xã, thị trấn", 84, "xã, thị trấn"), Q("gần 2.000 lượt người", 2000, "lượt người", "approx"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Chỉ thị", "21", "CT/TU", "2014-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 12/5/2014")],
[prov("Hòa Bình"), com("Mai Hạ"), com("Văn Nghĩa")],
["hoabinh.gov.vn | Báo Hòa Bình điện tử", "Chính trị - Xã hội › Dân vận", "(BHB)", "Dân vận khéo",
 "Xóm không có người sinh con thứ 3", "Công ty Cổ phần Nông sản Hòa Bình"],
["17/10/2014 - 08:40", "1 ngày", "năm 2014", "con thứ 3", "năm 2015"]))

PAGES.append(page("b7065-quangnam-phatdong-giaibaochi-2015", """
QUẢNG NAM ONLINE
Thứ Năm, 12/03/2015 | 15:47
Trang chủ » Chính trị » Tin tức
Phát động Giải báo chí về xây dựng Đảng và công tác dân vận
(QNO) - Sáng nay 12.3, Ban Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy và Hội Nhà báo tỉnh tổ chức hội nghị phát động Giải báo chí về xây dựng Đảng và công tác dân vận tỉnh Quảng Nam năm 2015, hướng tới chào mừng Đại hội Đảng bộ tỉnh lần thứ XXI.
Tham dự có ông Nguyễn Ngọc Quang, Phó Bí thư Tỉnh ủy; bà Phan Thị Mỹ Lệ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Võ Văn Thân, Trưởng ban Tuyên giáo Tỉnh ủy cùng gần 100 phóng viên, biên tập viên của các cơ quan báo chí Trung ương và địa phương.
Theo thể lệ do ông Lê Hữu Nghĩa, Chủ tịch Hội Nhà báo tỉnh công bố, giải nhận tác phẩm thuộc 5 loại hình: báo in, báo điện tử, phát thanh, truyền hình và ảnh báo chí, đăng, phát từ ngày 1.1 đến hết ngày 31.10.2015. Nội dung tập trung phản ánh kết quả thực hiện Nghị quyết Trung ương 4 (khóa XI), Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng, Chỉ thị 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp, và Chương trình hành động số 09-CTr/TU của Tỉnh ủy về công tác dân vận giai đoạn mới.
Cơ cấu giải gồm 1 giải đặc biệt trị giá 15 triệu đồng, 3 giải A mỗi giải 10 triệu đồng, 5 giải B, 7 giải C và 10 giải khuyến khích; tổng giá trị giải thưởng khoảng 200 triệu đồng. Mỗi tác giả, nhóm tác giả được gửi tối đa 5 tác phẩm; loạt bài được tính là một tác phẩm. Tác phẩm gửi về Hội Nhà báo tỉnh trước ngày 15.11.2015, lễ trao giải dự kiến tổ chức vào dịp kỷ niệm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam.
Nhiều ý kiến tại hội nghị cho rằng đề tài dân vận ở Quảng Nam rất phong phú, từ việc vận động hơn 1.300 hộ dân ở vùng dự án thủy điện sông Tranh tái định cư, đến các mô hình tự quản ở khối phố của phường Tân Thạnh hay chuyện già làng Bh'riu Liếc (xã Lăng) vận động bà con Cơ Tu giữ rừng. Nhà báo Đoàn Công Thuận, Trưởng Văn phòng đại diện Báo Nhân Dân tại miền Trung, góp ý Ban tổ chức nên có giải riêng cho tác phẩm viết về đồng bào miền núi.
Phát biểu tại hội nghị, ông Nguyễn Ngọc Quang đề nghị các nhà báo "xuống cơ sở, đi vào đời sống" để phát hiện nhân tố mới; các cấp ủy, chính quyền tạo điều kiện cung cấp thông tin cho báo chí, tránh tình trạng né tránh phóng viên.
Năm 2014, giải tương tự đã nhận được 312 tác phẩm, trao 26 giải. Ban tổ chức năm nay dành thêm 2 giải chuyên đề cho tác phẩm viết về đồng bào dân tộc thiểu số miền núi, tiếp thu ý kiến của các nhà báo.
Nguyễn Thắm
TIN CÙNG CHUYÊN MỤC
- Trao giải báo chí về xây dựng Đảng năm 2014 (05.02.2015)
- Quảng Nam: 85% chi bộ hoàn thành đại hội nhiệm kỳ 2015 - 2017 (02.03.2015)
- Ra mắt trang tin "Dân vận Quảng Nam" (16.01.2015)
""", "2015-03-12", "Phát động Giải báo chí về xây dựng Đảng và công tác dân vận",
E("hoi_nghi", "2015", "2015-03-12"),
[P("Nguyễn Ngọc Quang", "Phó Bí thư Tỉnh ủy"),
 P("Phan Thị Mỹ Lệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Thân", "Trưởng ban Tuyên giáo Tỉnh ủy"),
 P("Lê Hữu Nghĩa", "Chủ tịch Hội Nhà báo tỉnh"),
 P("Bh'riu Liếc", "già làng"),
 P("Đoàn Công Thuận", "Trưởng Văn phòng đại diện Báo Nhân Dân tại miền Trung")],
[Q("gần 100 phóng viên, biên tập viên", 100, "phóng viên, biên tập viên", "approx"), Q("5 loại hình", 5, "loại hình"),
 Q("1 giải đặc biệt", 1, "giải đặc biệt"), Q("15 triệu đồng", 15000000, "đồng"), Q("3 giải A", 3, "giải A"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("5 giải B", 5, "giải B"), Q("7 giải C", 7, "giải C"),
 Q("10 giải khuyến khích", 10, "giải khuyến khích"), Q("khoảng 200 triệu đồng", 200000000, "đồng", "approx"),
 Q("tối đa 5 tác phẩm", 5, "tác phẩm"), Q("hơn 1.300 hộ dân", 1300, "hộ dân", "over"),
 Q("312 tác phẩm", 312, "tác phẩm"), Q("26 giải", 26, "giải"), Q("2 giải chuyên đề", 2, "giải chuyên đề")],
[D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW"),
 D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị 36-CT/TW ngày 30/5/2014"),
 D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU")],
[prov("Quảng Nam"), com("Tân Thạnh"), com("Lăng")],
["QUẢNG NAM ONLINE", "Trang chủ » Chính trị » Tin tức", "(QNO)", "Nghị quyết Trung ương 4 (khóa XI)", "Báo Nhân Dân"],
["Thứ Năm, 12/03/2015 | 15:47", "năm 2015", "lần thứ XXI", "Năm 2014", "1.1", "31.10.2015", "15.11.2015"]))

PAGES.append(page("b7066-laocai-hoithi-baocaovien-2016", """
BÁO LÀO CAI
Cập nhật lúc: 24/11/2016 - 14:02
Xây dựng Đảng | Tin tức
Ban giám khảo chấm phần thi thuyết trình. (Ảnh: Hồng Duyên)
Chung khảo Hội thi báo cáo viên giỏi tỉnh Lào Cai
LCĐT - Ngày 23/11, Ban Tuyên giáo Tỉnh ủy Lào Cai tổ chức vòng chung khảo Hội thi báo cáo viên giỏi năm 2016. Vòng chung khảo có 18 thí sinh xuất sắc được chọn từ 9 huyện, thành phố và các đảng bộ trực thuộc, sau vòng sơ khảo với 146 người dự thi.
Mỗi thí sinh trình bày một bài thuyết trình trong 15 phút về một trong các chủ đề: học tập, quán triệt Nghị quyết Đại hội XII của Đảng; thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Nghị quyết 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch, và công tác dân vận ở vùng cao. Sau đó, thí sinh trả lời câu hỏi phụ của Ban giám khảo.
Nhiều bài thuyết trình gắn với chuyện thật ở cơ sở. Thí sinh Vàng Thị Mai, Phó Bí thư Đảng ủy xã Bản Lầu (Mường Khương) kể việc vận động bà con người Mông bỏ tục đón dâu, làm ma kéo dài; thí sinh Tẩn Láo San, báo cáo viên Huyện ủy Bát Xát, dẫn số liệu: sau 3 năm, tỷ lệ hộ nghèo ở xã Nậm Chạc giảm từ 61% xuống còn 38%. Thí sinh Lù Văn Pao, cán bộ Văn phòng Thị ủy Sa Pa, lựa chọn đề tài người dân thị trấn Sa Pa làm du lịch cộng đồng.
Ông Sùng Seo Chứ, Trưởng thôn Tả Gia Khâu, xã Nậm Lúc, đến cổ vũ cho con gái là thí sinh Sùng Thị Dính, cán bộ Hội Liên hiệp Phụ nữ xã Nậm Lúc, xúc động: "Con tôi nói được trước đông người, còn nói cả chữ Mông cho bà con hiểu".
Đồng chí Đỗ Thị Hồng Duyên, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng Ban giám khảo nhận xét: so với hội thi năm 2013, số thí sinh trẻ, có trình độ đại học tăng rõ rệt; khoảng 70% bài thi có minh họa bằng hình ảnh, video. Tuy vậy, một số thí sinh còn đọc thuộc lòng, chưa linh hoạt khi trả lời.
Kết quả, Ban tổ chức trao 1 giải Nhất cho thí sinh Vàng Thị Mai, 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích. Giải Nhất được thưởng 3.000.000 đồng; 2 đơn vị có thành tích cao trong tổ chức sơ khảo được tặng giấy khen. Toàn tỉnh hiện có 1.248 báo cáo viên cấp tỉnh, huyện và cơ sở.
Theo kế hoạch, 3 thí sinh đạt giải cao nhất sẽ được bổ sung vào đội ngũ báo cáo viên của Tỉnh ủy và đại diện tỉnh tham gia hội thi báo cáo viên giỏi toàn quốc do Ban Tuyên giáo Trung ương tổ chức năm 2017. Ban Tuyên giáo Tỉnh ủy cũng sẽ biên tập các bài thuyết trình hay thành tài liệu sinh hoạt chi bộ, phát tới 1.562 chi bộ trong toàn Đảng bộ tỉnh.
Trước đó, vòng sơ khảo đã được tổ chức tại 9 điểm, thu hút đông đảo cán bộ, đảng viên và nhân dân đến cổ vũ.
Hồng Duyên
Xem thêm
- Bồi dưỡng kỹ năng cho 200 tuyên truyền viên cơ sở (10/11/2016)
- Bảo Thắng: sơ khảo Hội thi báo cáo viên giỏi (28/10/2016)
- Triển khai Chỉ thị 05-CT/TW tới cán bộ chủ chốt (20/06/2016)
""", "2016-11-24", "Chung khảo Hội thi báo cáo viên giỏi tỉnh Lào Cai",
E("khac", None, "2016-11-23"),
[P("Vàng Thị Mai", "Phó Bí thư Đảng ủy xã Bản Lầu"),
 P("Tẩn Láo San", "báo cáo viên Huyện ủy Bát Xát"),
 P("Lù Văn Pao", "cán bộ Văn phòng Thị ủy Sa Pa"),
 P("Sùng Seo Chứ", "Trưởng thôn Tả Gia Khâu"),
 P("Sùng Thị Dính", "cán bộ Hội Liên hiệp Phụ nữ xã Nậm Lúc"),
 P("Đỗ Thị Hồng Duyên", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng Ban giám khảo")],
[Q("18 thí sinh xuất sắc", 18, "thí sinh xuất sắc"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("146 người", 146, "người"), Q("61%", 61, "%"), Q("38%", 38, "%"), Q("khoảng 70%", 70, "%", "approx"),
 Q("1 giải Nhất", 1, "giải Nhất"), Q("2 giải Nhì", 2, "giải Nhì"), Q("3 giải Ba", 3, "giải Ba"),
 Q("6 giải Khuyến khích", 6, "giải Khuyến khích"), Q("3.000.000 đồng", 3000000, "đồng"), Q("2 đơn vị", 2, "đơn vị"),
 Q("1.248 báo cáo viên", 1248, "báo cáo viên"), Q("3 thí sinh", 3, "thí sinh"), Q("1.562 chi bộ", 1562, "chi bộ"), Q("9 điểm", 9, "điểm")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị 05-CT/TW ngày 15/5/2016"),
 D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10-NQ/TU")],
[prov("Lào Cai"), com("Bản Lầu"), com("Nậm Chạc"), com("Sa Pa"), com("Nậm Lúc")],
["BÁO LÀO CAI", "Xây dựng Đảng | Tin tức", "Ban giám khảo chấm phần thi thuyết trình. (Ảnh: Hồng Duyên)", "LCĐT",
 "Nghị quyết Đại hội XII"],
["Cập nhật lúc: 24/11/2016 - 14:02", "năm 2016", "15 phút", "3 năm", "năm 2013", "Đại hội XII", "năm 2017"]))
