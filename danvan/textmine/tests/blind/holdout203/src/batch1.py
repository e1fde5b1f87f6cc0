from lib import *
PAGES = []

PAGES.append(page("b4829-hagiang-thontrang-2011", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Tư, 28/12/2011 - 09:12
Ảnh: Toàn cảnh hội nghị tổng kết.
Hà Giang: Năm 2011 xóa được 41 thôn chưa có đảng viên
(BHG) - Ngày 26/12, Ban Tổ chức Tỉnh ủy phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng ở vùng đồng bào dân tộc thiểu số năm 2011. Đồng chí Vàng Seo Dìn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy và đồng chí Lù Thị Sen, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì hội nghị.
Thực hiện Nghị quyết số 22-NQ/TW ngày 2/2/2008 của BCH Trung ương về nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và kế hoạch số 38-KH/TU của Ban Thường vụ Tỉnh ủy về xóa "thôn trắng" đảng viên, năm 2011 các cấp ủy trong tỉnh đã kết nạp 1.126 đảng viên mới, trong đó 904 đảng viên là người dân tộc thiểu số, chiếm 80,3%. Toàn tỉnh xóa được 41 thôn chưa có đảng viên, thành lập mới 27 chi bộ thôn; đến nay còn 63 thôn chưa có đảng viên, tập trung ở các huyện vùng cao núi đá.
Đồng chí Vàng Seo Dìn phát biểu tại hội nghị.
Báo cáo do đồng chí Hoàng Văn Thạch, Phó Trưởng Ban Tổ chức Tỉnh ủy trình bày nêu rõ, việc thực hiện Quy định số 76-QĐ/TW ngày 15/6/2004 của Bộ Chính trị về đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú có chuyển biến rõ; 8.540 đảng viên đã giới thiệu về sinh hoạt nơi cư trú. Các huyện đã cử 215 đảng viên là cán bộ, giáo viên, bộ đội biên phòng về sinh hoạt ghép tại các thôn để bồi dưỡng quần chúng ưu tú. Ở nhiều thôn, bí thư chi bộ đồng thời là trưởng thôn, tạo sự thống nhất giữa lãnh đạo và điều hành; toàn tỉnh có 312 thôn có bí thư chi bộ kiêm trưởng thôn.
Tại hội nghị, các đại biểu thảo luận nguyên nhân còn thôn "trắng" đảng viên: trình độ học vấn của thanh niên hạn chế, nhiều người đi làm ăn xa, một số nơi còn bị kẻ xấu lôi kéo theo đạo lạ. Ông Sùng Mí Páo, HUV, Bí thư Đảng ủy xã Sủng Là, cho biết xã đã xóa xong 3 thôn trắng nhờ cử cán bộ "3 bám" về thôn, kèm cặp từng thanh niên. Bà Lý Thị Mai, Bí thư Chi bộ kiêm Trưởng thôn Khai Hoang, xã Lũng Pù, kể lại cách chi bộ vận động 14 hộ người Mông bỏ tục cúng ma tốn kém và nhận đỡ đầu 5 quần chúng.
Phát biểu kết luận, đồng chí Vàng Seo Dìn yêu cầu năm 2012 mỗi huyện phấn đấu xóa ít nhất 5 thôn chưa có đảng viên, toàn tỉnh kết nạp trên 1.200 đảng viên; quan tâm tạo nguồn từ đoàn viên thanh niên, người có uy tín và bộ đội xuất ngũ.
Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 15 tập thể và 22 cá nhân; Ban Tổ chức Tỉnh ủy trao 30 suất quà, mỗi suất 500.000 đồng cho bí thư chi bộ thôn tiêu biểu.
Minh Thu
Lượt xem: 1.204
Tin liên quan
- Mèo Vạc kết nạp 48 đảng viên mới (12/12/2011)
- Quản Bạ: xóa 6 thôn trắng đảng viên (30/11/2011)
- Hội nghị công tác dân vận năm 2011 (22/11/2011)
""", "2011-12-28", "Hà Giang: Năm 2011 xóa được 41 thôn chưa có đảng viên",
E("tong_ket", "2011", "2011-12-26"),
[P("Vàng Seo Dìn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lù Thị Sen", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thạch", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Sùng Mí Páo", "HUV", "Bí thư Đảng ủy xã Sủng Là"),
 P("Lý Thị Mai", "Bí thư Chi bộ kiêm Trưởng thôn Khai Hoang")],
[Q("1.126 đảng viên mới", 1126, "đảng viên mới"), Q("904 đảng viên", 904, "đảng viên"), Q("80,3%", 80.3, "%"),
 Q("41 thôn", 41, "thôn"), Q("27 chi bộ thôn", 27, "chi bộ thôn"), Q("63 thôn", 63, "thôn"),
 Q("8.540 đảng viên", 8540, "đảng viên"), Q("215 đảng viên", 215, "đảng viên"), Q("312 thôn", 312, "thôn"),
 Q("3 thôn trắng", 3, "thôn trắng"), Q("14 hộ người Mông", 14, "hộ người Mông"), Q("5 quần chúng", 5, "quần chúng"),
 Q("ít nhất 5 thôn", 5, "thôn", "over"), Q("trên 1.200 đảng viên", 1200, "đảng viên", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân"), Q("30 suất quà", 30, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "22", "NQ/TW", "2008-02-02", "BCH Trung ương", "Nghị quyết số 22-NQ/TW ngày 2/2/2008"),
 D("Kế hoạch", "38", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 38-KH/TU"),
 D("Quy định", "76", "QĐ/TW", "2004-06-15", "Bộ Chính trị", "Quy định số 76-QĐ/TW ngày 15/6/2004")],
[prov("Hà Giang"), com("Sủng Là"), com("Lũng Pù")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Đồng chí Vàng Seo Dìn phát biểu tại hội nghị.", "(BHG)", "Lượt xem: 1.204", "3 bám"],
["Thứ Tư, 28/12/2011 - 09:12", "năm 2011", "năm 2012", "3 bám", "Lượt xem: 1.204"]))

PAGES.append(page("b4830-kontum-chibothon-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Hoạt động các huyện, thành phố
Cập nhật: 16:40, 10/07/2012 (GMT+7)
Đắk Glei: Nỗ lực xóa thôn chưa có chi bộ ở vùng đồng bào Xơ Đăng
Ngày 9/7, Ban Thường vụ Huyện ủy Đắk Glei tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Y Blay, Phó Bí thư Thường trực Huyện ủy chủ trì; dự có đồng chí A Ring, HUV, Trưởng Ban Tổ chức Huyện ủy cùng 64 đồng chí là bí thư, phó bí thư các đảng bộ, chi bộ cơ sở.
Quang cảnh hội nghị. Ảnh: Hồng Nhung
Theo báo cáo, 6 tháng qua, thực hiện Đề án số 05-ĐA/HU về phát triển đảng viên, xây dựng chi bộ thôn giai đoạn 2011 - 2015 và Nghị quyết 04, 05-NQ/HU của Ban Chấp hành Đảng bộ huyện, các cấp ủy đã kết nạp 96 đảng viên mới, đạt 64% chỉ tiêu năm; trong đó 81 đảng viên là người Xơ Đăng, Giẻ Triêng. Huyện thành lập thêm 4 chi bộ thôn, nâng tổng số lên 71 chi bộ; hiện còn 7 thôn chưa có chi bộ, phải sinh hoạt ghép với chi bộ trường học hoặc đồn biên phòng.
Thực hiện Hướng dẫn số 12-HD/BTCTU ngày 3/4/2012 của Ban Tổ chức Tỉnh ủy, huyện mở 2 lớp bồi dưỡng nhận thức về Đảng với 138 học viên là quần chúng ưu tú, chủ yếu là đoàn viên, dân quân và người có uy tín. Huyện dành 120 triệu đồng hỗ trợ sinh hoạt phí cho cán bộ về thôn làm nhiệm vụ tạo nguồn; khoảng 30% số thôn đã bố trí bí thư chi bộ kiêm trưởng thôn.
Tham luận tại hội nghị, các đồng chí Bí thư Đảng ủy xã: A Thiêng (xã Mường Hoong), A Dứa (xã Xốp) cho biết khó khăn lớn nhất là nhiều thanh niên chưa học hết tiểu học, chưa đủ điều kiện về trình độ để xem xét kết nạp. Bà Y Liên, Chủ tịch Hội Liên hiệp Phụ nữ xã Đắk Choong, đề nghị mỗi đảng viên nhận giúp đỡ một hộ nghèo để gây dựng uy tín của chi bộ trong dân.
Đồng chí A Ring thông tin thêm, huyện Đắk Glei của tỉnh Kon Tum hiện có 2.486 đảng viên, sinh hoạt tại 32 tổ chức cơ sở đảng; 6 tháng qua có 213 đảng viên đang công tác ở cơ quan, trường học đã giới thiệu về sinh hoạt nơi cư trú, tham gia họp thôn, vận động bà con không di cư tự do, không nghe theo kẻ xấu.
Phát biểu kết luận, đồng chí Y Blay yêu cầu 6 tháng cuối năm mỗi đảng ủy xã phải có kế hoạch cụ thể cho từng thôn chưa có chi bộ, phân công đảng viên phụ trách từng nhóm hộ, kết nạp không dưới 50 đảng viên để hoàn thành chỉ tiêu năm 2012; đồng thời thực hiện nghiêm việc đảng viên sinh hoạt nơi cư trú theo Quy định 76.
Hồng Nhung - Huyện ủy Đắk Glei
Số lượt xem: 655
Tin khác
- Kon Plông: trao Huy hiệu Đảng cho 12 đảng viên (02/07/2012)
- Ngọc Hồi tập huấn nghiệp vụ công tác Đảng (25/06/2012)
- Đăk Tô sơ kết 1 năm thực hiện Chỉ thị 03 (18/06/2012)
""", "2012-07-10", "Đắk Glei: Nỗ lực xóa thôn chưa có chi bộ ở vùng đồng bào Xơ Đăng",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Y Blay", "Phó Bí thư Thường trực Huyện ủy"),
 P("A Ring", "HUV", "Trưởng Ban Tổ chức Huyện ủy"),
 P("A Thiêng", "Bí thư Đảng ủy xã"),
 P("A Dứa", "Bí thư Đảng ủy xã"),
 P("Y Liên", "Chủ tịch Hội Liên hiệp Phụ nữ xã Đắk Choong")],
[Q("64 đồng chí", 64, "đồng chí"), Q("96 đảng viên mới", 96, "đảng viên mới"), Q("64%", 64, "%"),
 Q("81 đảng viên", 81, "đảng viên"), Q("4 chi bộ thôn", 4, "chi bộ thôn"), Q("71 chi bộ", 71, "chi bộ"),
 Q("7 thôn", 7, "thôn"), Q("2 lớp bồi dưỡng nhận thức về Đảng", 2, "lớp bồi dưỡng nhận thức về Đảng"),
 Q("138 học viên", 138, "học viên"), Q("120 triệu đồng", 120000000, "đồng"), Q("khoảng 30%", 30, "%", "approx"), Q("2.486 đảng viên", 2486, "đảng viên"),
 Q("32 tổ chức cơ sở đảng", 32, "tổ chức cơ sở đảng"), Q("213 đảng viên", 213, "đảng viên"),
 Q("không dưới 50 đảng viên", 50, "đảng viên", "over")],
[D("Đề án", "05", "ĐA/HU", None, None, "Đề án số 05-ĐA/HU"),
 D("Nghị quyết", "04", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 04, 05-NQ/HU"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 04, 05-NQ/HU"),
 D("Hướng dẫn", "12", "HD/BTCTU", "2012-04-03", "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 12-HD/BTCTU ngày 3/4/2012"),
 D("Quy định", "76", None, None, None, "Quy định 76")],
[prov("Kon Tum"), com("Mường Hoong"), com("Xốp"), com("Đắk Choong")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Hoạt động các huyện, thành phố",
 "Quang cảnh hội nghị. Ảnh: Hồng Nhung", "Số lượt xem: 655", "Huyện ủy Đắk Glei"],
["Cập nhật: 16:40, 10/07/2012 (GMT+7)", "64 đồng chí", "6 tháng đầu năm 2012", "6 tháng cuối năm", "2011 - 2015",
 "Số lượt xem: 655"]))

PAGES.append(page("b4831-dienbien-bithukiemtruongban-2013", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ | Hoạt động | Dân vận các cấp
Thứ Ba, 08/10/2013 - 14:30
Bí thư chi bộ kiêm trưởng bản: gần dân, sát dân hơn
Ngày 4/10/2013, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III năm 2013 với Ban Dân vận các huyện, thị, thành ủy. Đồng chí Lò Văn Puốn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Đồng chí Lò Văn Puốn phát biểu kết luận giao ban.
Tại giao ban, các đại biểu dành nhiều thời gian đánh giá việc thực hiện chủ trương bí thư chi bộ đồng thời là trưởng bản theo Kết luận số 21-KL/TU ngày 12/3/2013 của Ban Thường vụ Tỉnh ủy. Đến hết quý III, toàn tỉnh có 486/1.534 bản thực hiện mô hình bí thư chi bộ kiêm trưởng bản, tăng 58 bản so với đầu năm; riêng huyện Tủa Chùa và Mường Nhé đạt trên 40%. Còn 117 bản chưa có đảng viên và 205 bản chưa có chi bộ, chủ yếu là bản người Mông, Hà Nhì, Cống.
Đồng chí Quàng Thị Dung, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy cho biết, quý III khối dân vận các cấp đã phối hợp vận động 1.350 hộ người Mông ở các bản biên giới không nghe theo kẻ xấu tuyên truyền "lập vương quốc Mông"; 9 bản đăng ký xây dựng bản văn hóa; nhân dân hiến hơn 2.000 m2 đất, góp khoảng 3.600 ngày công làm đường liên bản.
Ông Giàng A Chá, Bí thư Chi bộ kiêm Trưởng bản Huổi Lụ 2, xã Pa Ham, chia sẻ: "Trước đây việc gì trưởng bản cũng phải chờ chi bộ họp, nay một người vừa lãnh đạo vừa điều hành nên nói được, làm được ngay; bản đã vận động 23 hộ làm chuồng trại cách xa nhà ở". Bà Lù Thị Phương, HUV, Trưởng Ban Dân vận Huyện ủy Mường Chà, lưu ý phải chọn người đủ uy tín, tránh để một người ôm việc mà chi bộ không sinh hoạt đều.
Theo đánh giá, nơi thực hiện tốt mô hình, tỷ lệ hộ thực hiện hương ước, quy ước đạt trên 90%, các cuộc họp bản được tổ chức đều đặn hằng tháng. Tuy nhiên, toàn tỉnh Điện Biên vẫn còn 36 bí thư chi bộ kiêm trưởng bản chưa qua lớp bồi dưỡng nghiệp vụ; 14 trường hợp phải thay thế do vi phạm hoặc không còn đủ uy tín với dân bản.
Giao ban cũng triển khai Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy về việc đảng viên đang công tác giữ mối liên hệ với chi bộ nơi cư trú và kế hoạch số 52-KH/BDVTU về tiếp xúc, đối thoại với người có uy tín trong đồng bào dân tộc thiểu số quý IV.
Kết luận giao ban, đồng chí Lò Văn Puốn đề nghị Ban Dân vận các huyện ủy tham mưu cấp ủy sơ kết mô hình, phấn đấu đến cuối năm 2013 có thêm ít nhất 40 bản có bí thư chi bộ kiêm trưởng bản; mỗi cán bộ khối dân vận nhận theo dõi 2 hộ ở bản khó khăn.
Quàng Hương
Tin cùng chuyên mục
- Mường Ảng: hội nghị người có uy tín năm 2013 (25/09/2013)
- Điện Biên Đông ra mắt 4 tổ dân vận bản (16/09/2013)
- Giao ban công tác dân vận quý II năm 2013 (09/07/2013)
""", "2013-10-08", "Bí thư chi bộ kiêm trưởng bản: gần dân, sát dân hơn",
E("giao_ban", "2013-Q3", "2013-10-04"),
[P("Lò Văn Puốn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Thị Dung", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Giàng A Chá", "Bí thư Chi bộ kiêm Trưởng bản Huổi Lụ 2"),
 P("Lù Thị Phương", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Chà")],
[Q("486/1.534 bản", 486, "bản"), Q("58 bản", 58, "bản"), Q("trên 40%", 40, "%", "over"),
 Q("117 bản", 117, "bản"), Q("205 bản", 205, "bản"), Q("1.350 hộ người Mông", 1350, "hộ người Mông"),
 Q("9 bản", 9, "bản"), Q("hơn 2.000 m2", 2000, "m2", "over"), Q("khoảng 3.600 ngày công", 3600, "ngày công", "approx"),
 Q("23 hộ", 23, "hộ"), Q("trên 90%", 90, "%", "over"),
 Q("36 bí thư chi bộ kiêm trưởng bản", 36, "bí thư chi bộ kiêm trưởng bản"), Q("14 trường hợp", 14, "trường hợp"), Q("ít nhất 40 bản", 40, "bản", "over"), Q("2 hộ", 2, "hộ")],
[D("Kết luận", "21", "KL/TU", "2013-03-12", "Ban Thường vụ Tỉnh ủy", "Kết luận số 21-KL/TU ngày 12/3/2013"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU"),
 D("Kế hoạch", "52", "KH/BDVTU", None, None, "kế hoạch số 52-KH/BDVTU")],
[prov("Điện Biên"), com("Pa Ham")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ | Hoạt động | Dân vận các cấp",
 "Đồng chí Lò Văn Puốn phát biểu kết luận giao ban.", "lập vương quốc Mông"],
["Thứ Ba, 08/10/2013 - 14:30", "quý III năm 2013", "quý IV", "Huổi Lụ 2", "năm 2013"]))

PAGES.append(page("b4832-soctrang-dangviennoicutru-2014", """
Báo Sóc Trăng Online
Thời sự > Xây dựng Đảng
20/11/2014 - 08:45
Phát huy vai trò đảng viên nơi cư trú trong vùng đồng bào Khmer
(BST) - Ngày 18/11, Ban Dân vận Tỉnh ủy phối hợp Ban Tổ chức Tỉnh ủy tổ chức hội nghị chuyên đề "Đảng viên nơi cư trú với công tác dân vận ở ấp, khóm có đông đồng bào Khmer" năm 2014. Đồng chí Lâm Văn Mẫn, Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.
Toàn cảnh hội nghị chuyên đề.
Báo cáo tại hội nghị cho thấy, sau 5 năm thực hiện Quy định 76-QĐ/TW của Bộ Chính trị và Hướng dẫn liên tịch số 03-HDLT/BTCTU-BDVTU ngày 10/8/2010 của Ban Tổ chức Tỉnh ủy và Ban Dân vận Tỉnh ủy, toàn tỉnh có 11.862 đảng viên đang công tác giữ mối liên hệ với chi bộ nơi cư trú, đạt 98,6%. Các đảng viên đã tham gia vận động 2.317 hộ Khmer hiến đất, cây trồng, ngày công làm 146 km đường giao thông nông thôn; đóng góp khoảng 4,2 tỷ đồng xây dựng cầu, nhà văn hóa ấp. Toàn tỉnh còn 18 ấp chưa có chi bộ riêng, hiện sinh hoạt ghép.
Nhiều đảng viên nơi cư trú là sư sãi hoàn tục, giáo viên người Khmer đã trở thành cầu nối giữa chi bộ với nhà chùa. Theo Ban Tổ chức Tỉnh ủy, trong năm 2014 toàn Đảng bộ tỉnh kết nạp 1.870 đảng viên mới, trong đó 612 đảng viên là người Khmer; 96 chi bộ ấp, khóm được xếp loại trong sạch vững mạnh. Ấp nào có đảng viên nơi cư trú tích cực thì tình hình ổn định, không có đơn thư vượt cấp.
Ông Thạch Sô Phol, Bí thư Chi bộ kiêm Trưởng ấp Tâm Lộc, xã Thuận Hòa, cho biết ấp có 27 đảng viên, trong đó 19 đảng viên đang công tác ở huyện, tỉnh về sinh hoạt nơi cư trú; mỗi đồng chí nhận giúp 1 - 2 hộ nghèo, nhờ đó số hộ nghèo của ấp giảm từ 84 hộ xuống còn 51 hộ.
Các đồng chí Trưởng Ban Dân vận Huyện ủy: Sơn Ngọc Thanh (Trần Đề), Lý Thị Sa Phiên (Châu Thành), Kim Hoàng Vũ (Mỹ Xuyên) đề nghị có cơ chế nhận xét đảng viên nơi cư trú thực chất hơn, tránh hình thức "ký cho có". Đại đức Thạch Sóc Khonl, trụ trì chùa Bưng Chông, phó hội trưởng Hội Đoàn kết sư sãi yêu nước huyện, đánh giá cao việc đảng viên thường xuyên đến chùa thăm hỏi, tuyên truyền chính sách.
Phát biểu chỉ đạo, đồng chí Lâm Văn Mẫn yêu cầu cấp ủy các cấp tiếp tục thực hiện Chỉ thị số 19-CT/TU ngày 6/5/2014 của Ban Thường vụ Tỉnh ủy về xây dựng chi bộ ấp, khóm vùng đồng bào Khmer; phấn đấu đến năm 2015 không còn ấp sinh hoạt ghép; mỗi đảng viên nơi cư trú phải là một "tuyên truyền viên" của chi bộ.
Dịp này, Ban Dân vận Tỉnh ủy khen thưởng 24 đảng viên tiêu biểu, mỗi suất 1 triệu đồng.
Thạch Nhựt
Tin liên quan
- Trần Đề: 100% ấp có tổ dân vận (05/11/2014)
- Sóc Trăng tổ chức lễ hội Oóc Om Bóc năm 2014 (06/11/2014)
- Châu Thành kết nạp 15 đảng viên là người Khmer (28/10/2014)
""", "2014-11-20", "Phát huy vai trò đảng viên nơi cư trú trong vùng đồng bào Khmer",
E("hoi_nghi", "2014", "2014-11-18"),
[P("Lâm Văn Mẫn", "Phó Bí thư Tỉnh ủy"),
 P("Thạch Sô Phol", "Bí thư Chi bộ kiêm Trưởng ấp Tâm Lộc"),
 P("Sơn Ngọc Thanh", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Thị Sa Phiên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Kim Hoàng Vũ", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thạch Sóc Khonl", "Đại đức", "trụ trì chùa Bưng Chông", "phó hội trưởng Hội Đoàn kết sư sãi yêu nước huyện")],
[Q("11.862 đảng viên", 11862, "đảng viên"), Q("98,6%", 98.6, "%"), Q("2.317 hộ Khmer", 2317, "hộ Khmer"),
 Q("146 km", 146, "km"), Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("18 ấp", 18, "ấp"),
 Q("1.870 đảng viên mới", 1870, "đảng viên mới"), Q("612 đảng viên", 612, "đảng viên"),
 Q("96 chi bộ ấp, khóm", 96, "chi bộ ấp, khóm"), Q("27 đảng viên", 27, "đảng viên"), Q("19 đảng viên", 19, "đảng viên"), Q("84 hộ", 84, "hộ"), Q("51 hộ", 51, "hộ"),
 Q("24 đảng viên tiêu biểu", 24, "đảng viên tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quy định", "76", "QĐ/TW", None, "Bộ Chính trị", "Quy định 76-QĐ/TW"),
 D("Hướng dẫn liên tịch", "03", "HDLT/BTCTU-BDVTU", "2010-08-10", "Ban Tổ chức Tỉnh ủy và Ban Dân vận Tỉnh ủy",
   "Hướng dẫn liên tịch số 03-HDLT/BTCTU-BDVTU ngày 10/8/2010"),
 D("Chỉ thị", "19", "CT/TU", "2014-05-06", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 6/5/2014")],
[prov("Sóc Trăng"), com("Thuận Hòa")],
["Báo Sóc Trăng Online", "Thời sự > Xây dựng Đảng", "Toàn cảnh hội nghị chuyên đề.", "(BST)",
 "Đảng viên nơi cư trú với công tác dân vận ở ấp, khóm có đông đồng bào Khmer", "ký cho có", "tuyên truyền viên",
 "Hội Đoàn kết sư sãi yêu nước huyện"],
["20/11/2014 - 08:45", "5 năm", "năm 2014", "năm 2015", "1 - 2 hộ nghèo"]))

PAGES.append(page("b4833-laichau-ketnap-2015", """
BÁO LAI CHÂU
Trang chủ / Chính trị / Xây dựng Đảng
Ngày đăng 19/05/2015 | 10:20
Lễ kết nạp đảng viên đầu tiên ở bản Sì Choang
Ảnh: Đồng chí Chẻo Văn Sơn trao Quyết định kết nạp cho đảng viên mới.
Đúng dịp kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh, chiều 17/5, Đảng ủy xã Pa Vệ Sử tổ chức lễ kết nạp 3 đảng viên mới là người Hà Nhì, Mông cho bản Sì Choang - bản cuối cùng của xã chưa có đảng viên.
Tới dự có đồng chí Chẻo Văn Sơn, HUV, Phó Chủ tịch UBND huyện Mường Tè; đồng chí Lò Thị Bình, Phó Trưởng ban Tổ chức Huyện ủy; đồng chí Pờ Hừ Chừ, Bí thư Đảng ủy, Chủ tịch HĐND xã Pa Vệ Sử.
Sì Choang có 67 hộ, 382 khẩu, đời sống còn nhiều khó khăn, tỷ lệ hộ nghèo trên 70%. Nhiều năm liền bản không có đảng viên, mọi công việc chủ yếu dựa vào trưởng bản và cán bộ xã cắm bản. Thực hiện Nghị quyết số 11-NQ/ĐU của Đảng ủy xã về xóa bản "trắng" đảng viên và Kế hoạch 27-KH/HU của Ban Thường vụ Huyện ủy, Đảng ủy xã phân công 2 đảng viên là cán bộ đồn Biên phòng Pa Vệ Sử và giáo viên điểm trường trực tiếp kèm cặp 6 quần chúng, đưa đi học lớp nhận thức về Đảng.
Ba đảng viên mới là anh Lỳ Gò Xá, 24 tuổi, dân quân; chị Vàng Thị Dinh, 22 tuổi, Bí thư Chi đoàn bản và anh Phìn Phì Hờ, 27 tuổi, Trưởng bản Sì Choang. Anh Phìn Phì Hờ xúc động: "Vào Đảng rồi tôi phải gương mẫu trước, vận động bà con không phá rừng, cho con đi học đủ".
Đồng chí Pờ Hừ Chừ cho biết, từ năm 2013 đến nay xã đã kết nạp 19 đảng viên, xóa được 4 bản chưa có đảng viên; chi bộ ghép sẽ sớm tách để thành lập chi bộ bản Sì Choang khi đủ 3 đảng viên chính thức. Toàn huyện Mường Tè hiện còn 9 bản chưa có đảng viên; năm 2015 huyện phấn đấu xóa thêm 5 bản.
Theo Ban Tổ chức Tỉnh ủy Lai Châu, đến tháng 4/2015 toàn tỉnh còn 63 bản chưa có đảng viên và 128 bản chưa có chi bộ; từ đầu năm các đảng bộ đã kết nạp 486 đảng viên mới, trong đó khoảng 85% là người dân tộc thiểu số. Để tạo nguồn, huyện Mường Tè đã cử 42 cán bộ, đảng viên về cắm bản, mỗi người phụ trách từ 10 hộ trở lên; đồn Biên phòng Pa Vệ Sử nhận đỡ đầu 12 học sinh người Hà Nhì.
Phát biểu tại buổi lễ, đồng chí Chẻo Văn Sơn chúc mừng các đảng viên mới, đề nghị chi bộ giao nhiệm vụ cụ thể, giúp đỡ để các đồng chí sớm trở thành đảng viên chính thức; đồng thời trao tặng 3 bộ tài liệu, mỗi bộ trị giá 300.000 đồng.
Đồng bào Hà Nhì bản Sì Choang phấn khởi vì bản đã có đảng viên.
Lò Diêm
Lượt truy cập: 2.018
Tin khác
- Tam Đường: 100% bản có chi bộ (12/05/2015)
- Phong Thổ kết nạp 37 đảng viên mới (05/05/2015)
- Lai Châu sơ kết công tác tạo nguồn phát triển đảng viên (28/04/2015)
""", "2015-05-19", "Lễ kết nạp đảng viên đầu tiên ở bản Sì Choang",
E("khac", None, "2015-05-17"),
[P("Chẻo Văn Sơn", "HUV", "Phó Chủ tịch UBND huyện Mường Tè"),
 P("Lò Thị Bình", "Phó Trưởng ban Tổ chức Huyện ủy"),
 P("Pờ Hừ Chừ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Pa Vệ Sử"),
 P("Lỳ Gò Xá", "dân quân"),
 P("Vàng Thị Dinh", "Bí thư Chi đoàn bản"),
 P("Phìn Phì Hờ", "Trưởng bản Sì Choang")],
[Q("3 đảng viên mới", 3, "đảng viên mới"), Q("67 hộ", 67, "hộ"), Q("382 khẩu", 382, "khẩu"),
 Q("trên 70%", 70, "%", "over"), Q("2 đảng viên", 2, "đảng viên"), Q("6 quần chúng", 6, "quần chúng"),
 Q("19 đảng viên", 19, "đảng viên"), Q("4 bản", 4, "bản"), Q("3 đảng viên chính thức", 3, "đảng viên chính thức"),
 Q("9 bản", 9, "bản"), Q("5 bản", 5, "bản"), Q("63 bản", 63, "bản"), Q("128 bản", 128, "bản"),
 Q("486 đảng viên mới", 486, "đảng viên mới"), Q("khoảng 85%", 85, "%", "approx"), Q("42 cán bộ, đảng viên", 42, "cán bộ, đảng viên"),
 Q("từ 10 hộ trở lên", 10, "hộ", "over"), Q("12 học sinh người Hà Nhì", 12, "học sinh người Hà Nhì"), Q("3 bộ tài liệu", 3, "bộ tài liệu"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "11", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 11-NQ/ĐU"),
 D("Kế hoạch", "27", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 27-KH/HU")],
[prov("Lai Châu"), com("Pa Vệ Sử")],
["BÁO LAI CHÂU", "Trang chủ / Chính trị / Xây dựng Đảng",
 "Ảnh: Đồng chí Chẻo Văn Sơn trao Quyết định kết nạp cho đảng viên mới.",
 "Đồng bào Hà Nhì bản Sì Choang phấn khởi vì bản đã có đảng viên.", "Lượt truy cập: 2.018"],
["Ngày đăng 19/05/2015 | 10:20", "125 năm", "24 tuổi", "22 tuổi", "27 tuổi", "Lượt truy cập: 2.018", "năm 2015", "tháng 4/2015"]))

PAGES.append(page("b4834-gialai-giamsat-2016", """
Báo Gia Lai điện tử
Chính trị » Dân vận
Thứ Năm, 15/09/2016 - 16:05
Ảnh: Đoàn giám sát làm việc tại xã Ia Pnôn.
Giám sát việc đảng viên sinh hoạt nơi cư trú ở các làng đồng bào Jrai
(GLO) - Từ ngày 12 đến 14/9, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Rơ Mah Tuấn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Quy định số 213-QĐ/TW ngày 2/1/2016 của Bộ Chính trị về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú năm 2016 tại huyện Đức Cơ và Chư Prông.
Theo báo cáo của Huyện ủy Đức Cơ, huyện có 1.743 đảng viên đang công tác thuộc diện sinh hoạt nơi cư trú, 100% đã giới thiệu về chi bộ thôn, làng. Các đảng viên đã tham gia vận động 315 hộ đồng bào Jrai tách khỏi tổ chức "Tin lành Đê Ga", giúp khoảng 420 hộ chuyển đổi cây trồng. Đến nay 56/56 làng của huyện đã có chi bộ, trong đó 21 làng có bí thư chi bộ kiêm trưởng làng.
Tại xã Ia Pnôn, các đồng chí trong đoàn giám sát gồm Phó Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thị Hạnh, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy Ksor H'Bơ Khăp đã đối chiếu sổ theo dõi, phiếu nhận xét của 38 đảng viên. Ông Siu Đoan, Bí thư Chi bộ kiêm Trưởng làng Grôn, xã Ia Pnôn, cho biết: "Có đảng viên ở cơ quan về làng tham gia họp dân nên các chủ trương của chi bộ được bà con hiểu và làm theo".
Tại Chư Prông, bà Rah Lan H'Nhiên, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết còn 3 làng chưa có chi bộ ở xã Ia Púch; trong năm huyện kết nạp 112 đảng viên mới là người Jrai. Một số đảng viên công tác xa nơi cư trú, chưa dự đủ 2 kỳ sinh hoạt mỗi năm theo quy định; có chi bộ chưa gửi phiếu nhận xét về cơ quan.
Theo đồng chí Rơ Mah Tuấn, toàn tỉnh Gia Lai hiện có 2.178 thôn, làng, tổ dân phố; còn 27 làng chưa có chi bộ, 4 làng chưa có đảng viên. Từ khi thực hiện Quy định 213, các cấp ủy đã nhận gần 9.600 phiếu nhận xét đảng viên nơi cư trú, trong đó 97% đảng viên được đánh giá gương mẫu. Đoàn cũng làm việc với Đảng ủy xã Ia Dơk; đồng chí Puih Thị Blin, Bí thư Đảng ủy xã, cho biết xã đã tặng 40 suất quà, trị giá 20 triệu đồng cho hộ nghèo ở 2 làng đặc biệt khó khăn.
Kết luận đợt giám sát, đồng chí Rơ Mah Tuấn đề nghị các huyện ủy chỉ đạo chi bộ thôn, làng mở sổ theo dõi thống nhất, đánh giá đảng viên nơi cư trú thực chất; thực hiện Hướng dẫn số 05-HD/BTCTW ngày 16/3/2016 của Ban Tổ chức Trung ương; đồng thời chủ động nắm tình hình, không để các đối tượng lôi kéo đồng bào.
Đức Thụy
Tin liên quan
- Chư Sê: 100% làng có tổ dân vận (08/09/2016)
- Ia Grai tổ chức hội nghị người có uy tín (31/08/2016)
""", "2016-09-15", "Giám sát việc đảng viên sinh hoạt nơi cư trú ở các làng đồng bào Jrai",
E("giam_sat", "2016", "2016-09-12"),
[P("Rơ Mah Tuấn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Siu Đoan", "Bí thư Chi bộ kiêm Trưởng làng Grôn"),
 P("Rah Lan H'Nhiên", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Puih Thị Blin", "Bí thư Đảng ủy xã")],
[Q("1.743 đảng viên", 1743, "đảng viên"), Q("100%", 100, "%"), Q("315 hộ đồng bào Jrai", 315, "hộ đồng bào Jrai"),
 Q("khoảng 420 hộ", 420, "hộ", "approx"), Q("56/56 làng", 56, "làng"), Q("21 làng", 21, "làng"),
 Q("38 đảng viên", 38, "đảng viên"), Q("3 làng", 3, "làng"), Q("112 đảng viên mới", 112, "đảng viên mới"),
 Q("2 kỳ sinh hoạt", 2, "kỳ sinh hoạt"),
 Q("2.178 thôn, làng, tổ dân phố", 2178, "thôn, làng, tổ dân phố"), Q("27 làng", 27, "làng"), Q("4 làng", 4, "làng"),
 Q("gần 9.600 phiếu nhận xét", 9600, "phiếu nhận xét", "approx"), Q("97%", 97, "%"), Q("40 suất quà", 40, "suất quà"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("2 làng đặc biệt khó khăn", 2, "làng đặc biệt khó khăn")],
[D("Quy định", "213", "QĐ/TW", "2016-01-02", "Bộ Chính trị", "Quy định số 213-QĐ/TW ngày 2/1/2016"),
 D("Hướng dẫn", "05", "HD/BTCTW", "2016-03-16", "Ban Tổ chức Trung ương", "Hướng dẫn số 05-HD/BTCTW ngày 16/3/2016")],
[prov("Gia Lai"), com("Ia Pnôn"), com("Ia Púch"), com("Ia Dơk")],
["Báo Gia Lai điện tử", "Chính trị » Dân vận", "Ảnh: Đoàn giám sát làm việc tại xã Ia Pnôn.", "(GLO)",
 "Tin lành Đê Ga", "Huyện ủy Đức Cơ"],
["Thứ Năm, 15/09/2016 - 16:05", "năm 2016"]))
