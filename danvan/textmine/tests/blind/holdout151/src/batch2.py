from lib import *
PAGES = []

PAGES.append(page("b3587-nghean-tinhdoan-taphuan-2017", """
TUỔI TRẺ XỨ NGHỆ - Cổng thông tin Tỉnh đoàn Nghệ An
Trang chủ >> Khởi nghiệp >> Tin hoạt động
Ngày đăng 26/05/2017 | 16:20
Trang bị kỹ năng hỗ trợ thanh niên khởi nghiệp cho cán bộ Đoàn cơ sở
Trong 2 ngày 25 - 26/5, Tỉnh đoàn Nghệ An tổ chức lớp tập huấn kỹ năng hỗ trợ thanh niên khởi nghiệp năm 2017 cho 150 học viên là bí thư, phó bí thư đoàn các xã thuộc 11 huyện miền núi. Đồng chí Lô Thị Hà, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh khai mạc lớp học.
Học viên thực hành lập kế hoạch kinh doanh theo nhóm.
Lớp tập huấn được tổ chức theo Kế hoạch số 89-KH/TĐTN ngày 10/4/2017 của Ban Thường vụ Tỉnh đoàn, nhằm cụ thể hóa Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025" và Chương trình hành động số 15-CTr/TĐTN của Tỉnh đoàn.
Các học viên được ThS. Nguyễn Thị Lan Anh, giảng viên Trường Đại học Vinh, hướng dẫn cách nhận diện ý tưởng, xây dựng phương án sản xuất, tính toán dòng tiền; được cán bộ Ngân hàng Chính sách xã hội tỉnh giới thiệu các chương trình cho vay với mức tối đa 50 triệu đồng/hộ. Học viên cũng đi thực tế tại trang trại gà đồi của anh Vi Văn Sơn, Bí thư Chi đoàn bản Xiềng, xã Châu Kim, huyện Quế Phong, có thu nhập trên 300 triệu đồng mỗi năm.
Theo báo cáo của Ban Thanh niên nông thôn Tỉnh đoàn, đến nay các cơ sở Đoàn đã hỗ trợ 45 thanh niên khởi nghiệp tiếp cận vốn vay với tổng dư nợ khoảng 2,3 tỷ đồng; 17 ý tưởng khởi nghiệp được chọn vào vòng chung khảo cấp tỉnh. Anh Lương Văn Kiên, Phó Bí thư Đoàn xã Tam Hợp, huyện Tương Dương, cho biết nhiều bạn trẻ người Thái muốn trồng gừng, nuôi dê nhưng thiếu kiến thức thị trường. Anh Moong Văn Tiến, Bí thư Đoàn xã Mỹ Lý, huyện Kỳ Sơn, là người Khơ Mú, mong có thêm lớp học bằng tiếng dân tộc.
Bế mạc lớp học, đồng chí Lô Thị Hà đề nghị mỗi cơ sở Đoàn sau tập huấn phải phát hiện ít nhất 2 mô hình thanh niên làm kinh tế để hỗ trợ, báo cáo về Tỉnh đoàn trước ngày 30/6. 100% học viên được cấp giấy chứng nhận hoàn thành khóa học.
Theo đánh giá của Ban tổ chức, nội dung tập huấn năm nay gắn với thực tiễn, phương pháp giảng dạy sinh động; học viên được thảo luận nhóm, đóng vai nhà đầu tư, nhận xét phương án của nhau. Nhiều học viên cho biết lần đầu được tiếp cận kiến thức về thương hiệu, bao bì và kênh bán hàng qua mạng xã hội, sẽ chia sẻ lại với đoàn viên tại chi đoàn.
Hải Yến
Lượt xem: 734
Tin liên quan
- Chung khảo cuộc thi Ý tưởng khởi nghiệp thanh niên Nghệ An (20/05/2017)
- Quỳ Châu: hỗ trợ 10 mô hình kinh tế thanh niên (12/05/2017)
- Tỉnh đoàn ký kết phối hợp với Sở Khoa học và Công nghệ (02/05/2017)
- Anh Sơn: ra mắt Câu lạc bộ thanh niên khởi nghiệp (15/04/2017)
""", "2017-05-26", "Trang bị kỹ năng hỗ trợ thanh niên khởi nghiệp cho cán bộ Đoàn cơ sở",
E("tap_huan", "2017", "2017-05-25"),
[P("Lô Thị Hà", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Nguyễn Thị Lan Anh", "ThS.", "giảng viên Trường Đại học Vinh"),
 P("Vi Văn Sơn", "Bí thư Chi đoàn bản Xiềng"), P("Lương Văn Kiên", "Phó Bí thư Đoàn xã Tam Hợp"),
 P("Moong Văn Tiến", "Bí thư Đoàn xã Mỹ Lý")],
[Q("150 học viên", 150, "học viên"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("trên 300 triệu đồng", 300000000, "đồng", "over"), Q("45 thanh niên", 45, "thanh niên"),
 Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("17 ý tưởng khởi nghiệp", 17, "ý tưởng khởi nghiệp"),
 Q("ít nhất 2 mô hình thanh niên làm kinh tế", 2, "mô hình thanh niên làm kinh tế", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "89", "KH/TĐTN", "2017-04-10", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 89-KH/TĐTN ngày 10/4/2017"),
 D("Quyết định", "844", "QĐ-TTg", "2016-05-18", "Thủ tướng Chính phủ", "Quyết định số 844/QĐ-TTg ngày 18/5/2016"),
 D("Chương trình hành động", "15", "CTr/TĐTN", None, "Tỉnh đoàn", "Chương trình hành động số 15-CTr/TĐTN")],
[prov("Nghệ An"), com("Châu Kim"), com("Tam Hợp"), com("Mỹ Lý")],
["TUỔI TRẺ XỨ NGHỆ - Cổng thông tin Tỉnh đoàn Nghệ An", "Trang chủ >> Khởi nghiệp >> Tin hoạt động",
 "Học viên thực hành lập kế hoạch kinh doanh theo nhóm.", "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025",
 "Lượt xem: 734"],
["Ngày đăng 26/05/2017 | 16:20", "2 ngày", "ngày 30/6", "năm 2025", "Lượt xem: 734"]))

PAGES.append(page("b3588-gialai-hoidongdoi-tongket-2018", """
Báo Gia Lai điện tử
Xã hội » Giáo dục » Đội - Thiếu nhi
Thứ Sáu, 28/12/2018, 07:30
Ảnh: Các liên đội nhận cờ thi đua của Hội đồng Đội tỉnh.
Hội đồng Đội tỉnh Gia Lai tổng kết công tác Đội năm 2018
(GLO) - Ngày 27/12, Hội đồng Đội tỉnh tổ chức hội nghị tổng kết công tác Đội và phong trào thiếu nhi năm 2018, triển khai nhiệm vụ năm 2019. Dự hội nghị có các đồng chí: Rơ Mah H'Luyên, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh; Trần Minh Tú, Phó Giám đốc Sở Giáo dục và Đào tạo cùng 120 đại biểu là chủ tịch hội đồng đội các huyện, thị xã, thành phố và giáo viên Tổng phụ trách Đội tiêu biểu.
Năm 2018, toàn tỉnh có 1.026 liên đội với hơn 186.000 đội viên; 96,4% liên đội được công nhận vững mạnh. Thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư và Kế hoạch 76, 77-KH/HĐĐ của Hội đồng Đội tỉnh, các liên đội tổ chức 2.350 buổi sinh hoạt chủ điểm về truyền thống, kỹ năng phòng chống đuối nước, xâm hại trẻ em.
Phong trào "Kế hoạch nhỏ" thu gom được 86 tấn giấy vụn, trị giá hơn 340 triệu đồng, dùng để tặng 1.200 suất học bổng và 640 bộ sách giáo khoa. Chương trình "Áo ấm cho em" vận động được gần 9.000 áo ấm cho thiếu nhi các làng đồng bào Jrai, Bahnar.
Tại hội nghị, cô Ksor H'Bliêm, giáo viên Tổng phụ trách Đội Trường THCS Ia Hrú, huyện Chư Pưh, chia sẻ kinh nghiệm duy trì lớp học tiếng Việt hè cho 48 em học sinh chuẩn bị vào lớp 1. Thầy Đinh Văn Brơn, Tổng phụ trách Đội Trường PTDTBT THCS Kon Pne, huyện Kbang, đề nghị hỗ trợ thêm trống, cờ cho các liên đội vùng sâu.
Phát biểu chỉ đạo, đồng chí Siu Đoan, Ủy viên Ban Thường vụ Tỉnh đoàn, Phó Chủ tịch Thường trực Hội đồng Đội tỉnh đề nghị năm 2019 các liên đội hưởng ứng chủ đề "Thiếu nhi Việt Nam - Thi đua làm theo 5 điều Bác Hồ dạy", chú trọng giáo dục kỹ năng sống cho đội viên người dân tộc thiểu số.
Dịp này, Hội đồng Đội Trung ương tặng bằng khen cho 2 tập thể; Hội đồng Đội tỉnh tặng cờ thi đua cho 5 liên đội và giấy khen cho 32 tập thể, 45 cá nhân. Em Puih H'Lan, Chỉ huy trưởng Liên đội Trường Tiểu học Ia Le, được tuyên dương "Cháu ngoan Bác Hồ" tiêu biểu.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: hoạt động hè ở nhiều thôn, làng còn đơn điệu; một số liên đội chưa có phòng truyền thống; đội ngũ Tổng phụ trách Đội còn thiếu, nhiều người kiêm nhiệm.
Hoàng Ngọc
Các tin đã đưa
- Chư Sê: thiếu nhi làm thiệp tặng bộ đội biên phòng (20/12/2018)
- Trao học bổng "Vừ A Dính" cho học sinh dân tộc thiểu số (10/12/2018)
- Đức Cơ: tổ chức Liên hoan Chỉ huy Đội giỏi (30/11/2018)
- Ia Grai: khánh thành sân chơi cho thiếu nhi làng Yăng (22/11/2018)
- Pleiku: Ngày hội "Thiếu nhi vui khỏe" (15/11/2018)
Báo Gia Lai - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Gia Lai. Giấy phép số: 18/GP-BTTTT.
""", "2018-12-28", "Hội đồng Đội tỉnh Gia Lai tổng kết công tác Đội năm 2018",
E("tong_ket", "2018", "2018-12-27"),
[P("Rơ Mah H'Luyên", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Trần Minh Tú", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Ksor H'Bliêm", "giáo viên Tổng phụ trách Đội Trường THCS Ia Hrú"),
 P("Đinh Văn Brơn", "Tổng phụ trách Đội Trường PTDTBT THCS Kon Pne"),
 P("Siu Đoan", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Phó Chủ tịch Thường trực Hội đồng Đội tỉnh"),
 P("Puih H'Lan", "Chỉ huy trưởng Liên đội Trường Tiểu học Ia Le")],
[Q("120 đại biểu", 120, "đại biểu"), Q("1.026 liên đội", 1026, "liên đội"), Q("hơn 186.000 đội viên", 186000, "đội viên", "over"),
 Q("96,4%", 96.4, "%"), Q("2.350 buổi sinh hoạt chủ điểm", 2350, "buổi sinh hoạt chủ điểm"), Q("86 tấn", 86, "tấn"),
 Q("hơn 340 triệu đồng", 340000000, "đồng", "over"), Q("1.200 suất học bổng", 1200, "suất học bổng"),
 Q("640 bộ sách giáo khoa", 640, "bộ sách giáo khoa"), Q("gần 9.000 áo ấm", 9000, "áo ấm", "approx"),
 Q("48 em học sinh", 48, "em học sinh"), Q("2 tập thể", 2, "tập thể"), Q("5 liên đội", 5, "liên đội"),
 Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015"),
 D("Kế hoạch", "76", "KH/HĐĐ", None, "Hội đồng Đội tỉnh", "Kế hoạch 76, 77-KH/HĐĐ"),
 D("Kế hoạch", "77", "KH/HĐĐ", None, "Hội đồng Đội tỉnh", "Kế hoạch 76, 77-KH/HĐĐ")],
[prov("Gia Lai")],
["Báo Gia Lai điện tử", "Xã hội » Giáo dục » Đội - Thiếu nhi", "Ảnh: Các liên đội nhận cờ thi đua của Hội đồng Đội tỉnh.", "(GLO)",
 "Kế hoạch nhỏ", "Áo ấm cho em", "Thiếu nhi Việt Nam - Thi đua làm theo 5 điều Bác Hồ dạy", "Cháu ngoan Bác Hồ"],
["Thứ Sáu, 28/12/2018, 07:30", "năm 2018", "năm 2019", "lớp 1", "5 điều Bác Hồ dạy"]))

PAGES.append(page("b3589-binhdinh-tinhdoan-giaoban-2019", """
TỈNH ĐOÀN BÌNH ĐỊNH
Vị trí: Trang chủ / Tin tức / Tin Tỉnh đoàn
12.04.2019 | 08:30
Đẩy mạnh hỗ trợ thanh niên khởi nghiệp ở các huyện miền núi
Ngày 10/4, Ban Thường vụ Tỉnh đoàn Bình Định tổ chức hội nghị giao ban công tác Đoàn và phong trào thanh thiếu nhi quý I/2019, triển khai nhiệm vụ quý II. Đồng chí Nguyễn Thị Thanh Trúc, Tỉnh ủy viên, Bí thư Tỉnh đoàn chủ trì; cùng dự có các đồng chí Phó Bí thư Tỉnh đoàn: Phạm Quốc Khánh, Đinh Thị Mơ.
Đồng chí Nguyễn Thị Thanh Trúc phát biểu kết luận giao ban.
Quý I, các cơ sở Đoàn tổ chức Tháng Thanh niên với 210 công trình, phần việc thanh niên, trị giá khoảng 4,8 tỷ đồng; ra quân làm sạch 65 km tuyến đường, trồng hơn 20.000 cây xanh; tổ chức Ngày hội hiến máu "Giọt hồng xứ Nẫu" thu được 1.860 đơn vị máu. Các huyện đoàn An Lão, Vĩnh Thạnh, Vân Canh hỗ trợ 22 thanh niên người Bana, Hrê, Chăm vay vốn với tổng số tiền 1,1 tỷ đồng theo Quyết định số 1665/QĐ-TTg ngày 30/10/2017 của Thủ tướng Chính phủ và kế hoạch số 132-KH/TĐTN của Tỉnh đoàn.
Tại giao ban, đồng chí Đinh Văn Thiêm, Bí thư Huyện đoàn An Lão, cho biết huyện đã thành lập 3 câu lạc bộ thanh niên khởi nghiệp ở các xã An Toàn, An Hưng, An Vinh với 57 thành viên. Chị Đinh Thị Hiên, Bí thư Đoàn xã An Toàn, người Bana, kiến nghị Tỉnh đoàn hỗ trợ kết nối tiêu thụ sản phẩm mật ong rừng của thanh niên. Đồng chí Chế Văn Ba, Phó Bí thư Huyện đoàn Vân Canh, người Chăm Hroi, đề nghị mở lớp tập huấn kỹ thuật trồng keo xen cây dược liệu.
Kết luận giao ban, đồng chí Nguyễn Thị Thanh Trúc yêu cầu quý II tập trung triển khai Chiến dịch thanh niên tình nguyện hè, chuẩn bị Đại hội Hội Liên hiệp Thanh niên Việt Nam các cấp; mỗi huyện miền núi xây dựng ít nhất 1 mô hình thanh niên khởi nghiệp tiêu biểu, hoàn thành trước ngày 30/6/2019. Các đơn vị cần tăng cường tuyên truyền trên mạng xã hội, đấu tranh với thông tin sai trái; thực hiện nghiêm chế độ báo cáo định kỳ.
Cũng tại giao ban, Tỉnh đoàn thông qua dự thảo kế hoạch tổ chức Diễn đàn "Thanh niên Bình Định khởi nghiệp, lập nghiệp" và phân công nhiệm vụ cho các ban chuyên môn. Nhiều ý kiến đề nghị cần có cơ chế ưu tiên các dự án của thanh niên dân tộc thiểu số, thanh niên bộ đội xuất ngũ.
Phương Thảo
Số lượt truy cập: 254.318
Tin khác
- Vân Canh: ra mắt mô hình "Chi đoàn thanh niên với bản sắc văn hóa Chăm" (05/04/2019)
- Tây Sơn: hội trại tòng quân năm 2019 (28/03/2019)
- Tỉnh đoàn tuyên dương 10 gương mặt trẻ tiêu biểu (26/03/2019)
- An Nhơn: khánh thành công trình thanh niên "Thắp sáng đường quê" (20/03/2019)
- Hoài Nhơn: trao 30 suất học bổng cho học sinh vượt khó (15/03/2019)
Bản quyền thuộc Tỉnh đoàn Bình Định. Địa chỉ: đường Lê Lợi, TP Quy Nhơn.
""", "2019-04-12", "Đẩy mạnh hỗ trợ thanh niên khởi nghiệp ở các huyện miền núi",
E("giao_ban", "2019-Q1", "2019-04-10"),
[P("Nguyễn Thị Thanh Trúc", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Phạm Quốc Khánh", "Phó Bí thư Tỉnh đoàn"), P("Đinh Thị Mơ", "Phó Bí thư Tỉnh đoàn"),
 P("Đinh Văn Thiêm", "Bí thư Huyện đoàn An Lão"), P("Đinh Thị Hiên", "Bí thư Đoàn xã An Toàn"),
 P("Chế Văn Ba", "Phó Bí thư Huyện đoàn Vân Canh")],
[Q("210 công trình, phần việc thanh niên", 210, "công trình, phần việc thanh niên"), Q("khoảng 4,8 tỷ đồng", 4800000000, "đồng", "approx"),
 Q("65 km", 65, "km"), Q("hơn 20.000 cây xanh", 20000, "cây xanh", "over"), Q("1.860 đơn vị máu", 1860, "đơn vị máu"),
 Q("22 thanh niên", 22, "thanh niên"), Q("1,1 tỷ đồng", 1100000000, "đồng"),
 Q("3 câu lạc bộ thanh niên khởi nghiệp", 3, "câu lạc bộ thanh niên khởi nghiệp"), Q("57 thành viên", 57, "thành viên"),
 Q("ít nhất 1 mô hình thanh niên khởi nghiệp tiêu biểu", 1, "mô hình thanh niên khởi nghiệp tiêu biểu", "over")],
[D("Quyết định", "1665", "QĐ-TTg", "2017-10-30", "Thủ tướng Chính phủ", "Quyết định số 1665/QĐ-TTg ngày 30/10/2017"),
 D("Kế hoạch", "132", "KH/TĐTN", None, "Tỉnh đoàn", "kế hoạch số 132-KH/TĐTN")],
[prov("Bình Định"), com("An Toàn"), com("An Hưng"), com("An Vinh")],
["TỈNH ĐOÀN BÌNH ĐỊNH", "Vị trí: Trang chủ / Tin tức / Tin Tỉnh đoàn", "Đồng chí Nguyễn Thị Thanh Trúc phát biểu kết luận giao ban.",
 "Giọt hồng xứ Nẫu", "Thanh niên Bình Định khởi nghiệp, lập nghiệp", "Số lượt truy cập: 254.318"],
["12.04.2019 | 08:30", "quý I/2019", "quý II", "ngày 30/6/2019", "Số lượt truy cập: 254.318"]))

PAGES.append(page("b3590-hoabinh-doanxa-chandung-2020", """
Báo Hòa Bình điện tử - hoabinhtv
Chuyên mục: Gương sáng | Thanh niên
Thứ Năm, 06/08/2020 - 09:10
Chị Bùi Thị Thơm (bìa phải) hướng dẫn đoàn viên đăng bán măng khô trên mạng.
Nữ Bí thư Đoàn xã người Mường "đưa chợ lên mạng"
Ba năm trước, khi chị Bùi Thị Thơm được tín nhiệm giữ chức Bí thư Đoàn xã Tân Lập, huyện Lạc Sơn, nhiều người còn e ngại một cô gái mới 26 tuổi khó có thể kéo được thanh niên các xóm về sinh hoạt. Giờ đây, cái tên "Thơm Mường" đã quen thuộc với bà con khắp xã.
Chị Thơm kể, Đoàn xã có 14 chi đoàn với 412 đoàn viên, nhưng gần một nửa đi làm công nhân ở các khu công nghiệp. "Muốn giữ chân thanh niên thì phải giúp các bạn có thu nhập ngay tại quê", chị nói. Năm 2019, chị cùng Ban Chấp hành Đoàn xã lập nhóm "Chợ quê Mường Vang" trên mạng xã hội, hướng dẫn 36 đoàn viên chụp ảnh, đăng bán măng khô, mật ong, gạo nếp cẩm. Sau hơn một năm, nhóm có trên 15.000 thành viên, tiêu thụ khoảng 8 tấn nông sản, doanh thu hơn 700 triệu đồng.
Thực hiện Nghị quyết chuyên đề số 05-NQ/ĐU ngày 14/3/2019 của Đảng ủy xã về phát triển kinh tế đồi rừng, Đoàn xã nhận 3 công trình thanh niên: bê tông hóa 1,8 km đường nội đồng, sửa 2 nhà văn hóa xóm và làm 1 sân bóng chuyền. Chị còn vận động 9 thanh niên vay vốn tổng cộng 450 triệu đồng để nuôi gà thả đồi, trồng bưởi đỏ.
Ông Đinh Công Sửu, Bí thư Đảng ủy xã Tân Lập, nhận xét: "Thơm nói ít, làm nhiều, đi đầu trong mọi việc nên thanh niên nghe theo". Anh Quách Văn Thuận, Bí thư Chi đoàn xóm Bận, cho biết nhờ bán hàng qua mạng, chi đoàn đã có quỹ riêng để giúp 4 đoàn viên khó khăn.
Với những đóng góp đó, năm 2019 chị Thơm được Trung ương Đoàn tặng Bằng khen và được Huyện đoàn Lạc Sơn đề xuất tuyên dương "Gương mặt trẻ tiêu biểu". Tháng 7/2020, chị được bầu làm Huyện ủy viên, Phó Bí thư Huyện đoàn Lạc Sơn nhưng vẫn dành thời gian về xã hỗ trợ các chi đoàn.
Trò chuyện với chúng tôi, chị Thơm chia sẻ mong muốn sắp tới sẽ cùng các bạn trẻ xây dựng thương hiệu chung cho măng khô, gạo nếp cẩm của quê hương, đăng ký mã vạch, làm bao bì để sản phẩm có thể vào siêu thị. "Mình là người Mường, lớn lên bên nương rẫy, mình hiểu bà con cần gì", chị cười.
Câu chuyện của chị Thơm là một trong nhiều tấm gương cán bộ Đoàn cơ sở năng động ở vùng đồng bào dân tộc thiểu số tỉnh Hòa Bình, những người đang từng ngày giúp thanh niên quê mình làm quen với thương mại điện tử và chuyển đổi số.
Bài và ảnh: Lê Chung
Tin cùng chuyên mục
- Thanh niên Mai Châu giúp dân khắc phục hậu quả mưa lũ (30/07/2020)
- Kim Bôi: ra quân chiến dịch thanh niên tình nguyện hè (12/07/2020)
- Trao 50 suất quà cho thiếu nhi nghèo Đà Bắc (01/06/2020)
- Yên Thủy: thanh niên chung tay phòng, chống dịch Covid-19 (10/04/2020)
- Lương Sơn: tuyên dương thanh niên làm kinh tế giỏi (25/03/2020)
Cơ quan chủ quản: Đài Phát thanh và Truyền hình tỉnh Hòa Bình. Ghi rõ nguồn khi phát hành lại thông tin.
""", "2020-08-06", "Nữ Bí thư Đoàn xã người Mường \"đưa chợ lên mạng\"",
E("khac", None, None),
[P("Bùi Thị Thơm", "Bí thư Đoàn xã Tân Lập", "Huyện ủy viên", "Phó Bí thư Huyện đoàn Lạc Sơn"),
 P("Đinh Công Sửu", "Bí thư Đảng ủy xã Tân Lập"), P("Quách Văn Thuận", "Bí thư Chi đoàn xóm Bận")],
[Q("14 chi đoàn", 14, "chi đoàn"), Q("412 đoàn viên", 412, "đoàn viên"), Q("36 đoàn viên", 36, "đoàn viên"),
 Q("trên 15.000 thành viên", 15000, "thành viên", "over"), Q("khoảng 8 tấn", 8, "tấn", "approx"),
 Q("hơn 700 triệu đồng", 700000000, "đồng", "over"), Q("3 công trình thanh niên", 3, "công trình thanh niên"),
 Q("1,8 km", 1.8, "km"), Q("2 nhà văn hóa xóm", 2, "nhà văn hóa xóm"), Q("9 thanh niên", 9, "thanh niên"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("4 đoàn viên", 4, "đoàn viên")],
[D("Nghị quyết", "05", "NQ/ĐU", "2019-03-14", "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU ngày 14/3/2019")],
[prov("Hòa Bình"), com("Tân Lập")],
["Báo Hòa Bình điện tử - hoabinhtv", "Chuyên mục: Gương sáng | Thanh niên",
 "Chị Bùi Thị Thơm (bìa phải) hướng dẫn đoàn viên đăng bán măng khô trên mạng.", "Thơm Mường", "Chợ quê Mường Vang",
 "Gương mặt trẻ tiêu biểu", "Bằng khen"],
["Thứ Năm, 06/08/2020 - 09:10", "Ba năm trước", "26 tuổi", "1 sân bóng chuyền", "hơn một năm", "Tháng 7/2020"]))

PAGES.append(page("b3591-camau-tinhdoan-giamsat-2021", """
ĐOÀN TNCS HỒ CHÍ MINH TỈNH CÀ MAU - tuoitrecamau.vn
Trang chủ :: Tin tức :: Kiểm tra - Giám sát
Ngày 15/10/2021 | 09:15
Giám sát việc hỗ trợ thanh niên khởi nghiệp tại Trần Văn Thời
Thực hiện Chương trình giám sát năm 2021, ngày 13/10, Đoàn giám sát Ban Thường vụ Tỉnh đoàn Cà Mau do đồng chí Huỳnh Thị Diễm Kiều, Phó Bí thư Tỉnh đoàn làm trưởng đoàn đã giám sát việc thực hiện Đề án số 03-ĐA/TĐTN về hỗ trợ thanh niên khởi nghiệp, lập nghiệp giai đoạn 2019 - 2022 tại Huyện đoàn Trần Văn Thời.
Đoàn giám sát làm việc tại Huyện đoàn Trần Văn Thời.
Theo báo cáo của Huyện đoàn, từ năm 2019 đến nay, huyện đã hỗ trợ 64 thanh niên khởi nghiệp vay vốn với tổng số tiền hơn 3,2 tỷ đồng từ nguồn Quỹ Hỗ trợ thanh niên khởi nghiệp và nguồn vốn ủy thác; thành lập 2 hợp tác xã thanh niên và 6 tổ hợp tác nuôi tôm - lúa. Có 12 ý tưởng khởi nghiệp được chọn dự thi cấp tỉnh, trong đó 3 ý tưởng đạt giải. Do ảnh hưởng của dịch Covid-19, khoảng 30% dự án phải tạm ngưng, 7 hộ thanh niên chậm trả nợ.
Đoàn đã đi kiểm tra thực tế tại xã Khánh Bình Tây Bắc và thị trấn Sông Đốc. Anh Danh Hoàng Sang, Bí thư Đoàn xã Khánh Bình Tây Bắc, người Khmer, cho biết xã có 19 mô hình kinh tế do thanh niên làm chủ; nhiều bạn khởi nghiệp bằng nghề làm mắm, nuôi ba ba. Chị Lâm Thị Diễm My, chủ cơ sở sản xuất khô cá thị trấn Sông Đốc, giới thiệu sản phẩm đạt chứng nhận OCOP 3 sao, mỗi tháng tiêu thụ trên 2 tấn.
Đồng chí Trương Minh Luân, HUV, Bí thư Huyện đoàn Trần Văn Thời, kiến nghị tỉnh nâng mức cho vay từ Quỹ lên tối đa 100 triệu đồng/dự án và kéo dài thời hạn vay cho các dự án bị ảnh hưởng bởi dịch.
Kết luận buổi giám sát, đồng chí Huỳnh Thị Diễm Kiều đánh giá Huyện đoàn đã bám sát Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ và Kế hoạch số 110-KH/TĐTN ngày 3/9/2021 của Tỉnh đoàn; đề nghị rà soát lại hồ sơ vay vốn, chấm dứt tình trạng cho vay dàn trải; phối hợp Ngân hàng Chính sách xã hội huyện gia hạn nợ cho các hộ gặp khó khăn; báo cáo kết quả khắc phục về Tỉnh đoàn trước ngày 15/11/2021.
Cùng ngày, đoàn giám sát đã làm việc với Ban Thường vụ Huyện đoàn về công tác tài chính Đoàn và việc quản lý nguồn vốn ủy thác; ghi nhận Huyện đoàn đã công khai danh sách người vay tại các chi đoàn ấp, không để xảy ra sai phạm. Một số chi đoàn còn chậm cập nhật sổ sách, việc theo dõi hiệu quả dự án sau khi giải ngân chưa chặt chẽ.
Minh Khôi
Lượt xem: 386
Tin liên quan
- Tỉnh đoàn giám sát công tác cán bộ tại Huyện đoàn U Minh (29/09/2021)
- Năm Căn: 50 đoàn viên tham gia tổ Covid cộng đồng (12/09/2021)
- Trao 200 phần quà cho thanh niên công nhân mất việc (30/08/2021)
- Cà Mau: hỗ trợ 20 dự án thanh niên khởi nghiệp (10/08/2021)
""", "2021-10-15", "Giám sát việc hỗ trợ thanh niên khởi nghiệp tại Trần Văn Thời",
E("giam_sat", "2021", "2021-10-13"),
[P("Huỳnh Thị Diễm Kiều", "Phó Bí thư Tỉnh đoàn"), P("Danh Hoàng Sang", "Bí thư Đoàn xã Khánh Bình Tây Bắc"),
 P("Lâm Thị Diễm My", "chủ cơ sở sản xuất khô cá thị trấn Sông Đốc"),
 P("Trương Minh Luân", "HUV", "Bí thư Huyện đoàn Trần Văn Thời")],
[Q("64 thanh niên", 64, "thanh niên"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("2 hợp tác xã thanh niên", 2, "hợp tác xã thanh niên"), Q("6 tổ hợp tác nuôi tôm - lúa", 6, "tổ hợp tác nuôi tôm - lúa"),
 Q("12 ý tưởng khởi nghiệp", 12, "ý tưởng khởi nghiệp"), Q("3 ý tưởng", 3, "ý tưởng"), Q("khoảng 30%", 30, "%", "approx"),
 Q("7 hộ thanh niên", 7, "hộ thanh niên"), Q("19 mô hình kinh tế", 19, "mô hình kinh tế"), Q("trên 2 tấn", 2, "tấn", "over"),
 Q("tối đa 100 triệu đồng", 100000000, "đồng")],
[D("Đề án", "03", "ĐA/TĐTN", None, None, "Đề án số 03-ĐA/TĐTN"),
 D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017"),
 D("Kế hoạch", "110", "KH/TĐTN", "2021-09-03", "Tỉnh đoàn", "Kế hoạch số 110-KH/TĐTN ngày 3/9/2021")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Sông Đốc")],
["ĐOÀN TNCS HỒ CHÍ MINH TỈNH CÀ MAU - tuoitrecamau.vn", "Trang chủ :: Tin tức :: Kiểm tra - Giám sát",
 "Đoàn giám sát làm việc tại Huyện đoàn Trần Văn Thời.", "Quỹ Hỗ trợ thanh niên khởi nghiệp", "OCOP 3 sao", "Lượt xem: 386"],
["Ngày 15/10/2021 | 09:15", "giai đoạn 2019 - 2022", "từ năm 2019", "OCOP 3 sao", "ngày 15/11/2021", "Lượt xem: 386"]))

PAGES.append(page("b3592-laocai-tinhdoan-chuyendoiso-2022", """
Báo Lào Cai điện tử
Trang chủ > Xã hội > Thanh niên
23 tháng 6, 2022 | 10:10
Toàn cảnh hội nghị.
Thanh niên làm nòng cốt Tổ công nghệ số cộng đồng
Sáng 22/6, Tỉnh đoàn Lào Cai tổ chức Hội nghị triển khai mô hình "Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số" năm 2022 tới 164 xã, phường, thị trấn. Hội nghị kết nối trực tuyến tới 9 điểm cầu huyện, thị xã, thành phố với hơn 600 đại biểu tham dự. Đồng chí Triệu Thị Mẩy, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn chủ trì.
Theo Kế hoạch 52, 53-KH/TĐTN của Ban Thường vụ Tỉnh đoàn, năm 2022 mỗi xã, phường, thị trấn thành lập ít nhất 1 đội hình gồm ít nhất 5 đoàn viên, tham gia Tổ công nghệ số cộng đồng theo Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ. Đội hình có nhiệm vụ hướng dẫn người dân cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt, nộp hồ sơ trên Cổng dịch vụ công; hỗ trợ hộ sản xuất đưa nông sản lên sàn thương mại điện tử.
Đến nay toàn tỉnh đã ra mắt 186 đội hình với 1.340 đoàn viên; hướng dẫn gần 42.000 lượt người dân sử dụng dịch vụ công trực tuyến; hỗ trợ 215 hộ đăng ký gian hàng trên sàn Postmart, Voso. Tỉnh đoàn phối hợp Sở Thông tin và Truyền thông tập huấn kỹ năng số cho 320 cán bộ Đoàn cơ sở.
Tại hội nghị, anh Thào A Lử, Bí thư Đoàn xã Bản Phố, huyện Bắc Hà, người Mông, chia sẻ cách hướng dẫn bà con bằng tiếng Mông qua các video ngắn. Chị Chu Thị Sáng, Phó Bí thư Đoàn xã Y Tý, huyện Bát Xát, người Hà Nhì, cho biết sóng điện thoại ở nhiều thôn còn yếu nên đội hình phải hẹn dân ra trung tâm xã. Anh Hoàng Văn Pao, Bí thư Chi đoàn thôn Lùng Vai, xã Lùng Vai, người Giáy, đề nghị hỗ trợ thiết bị cho đội hình.
Phát biểu chỉ đạo, đồng chí Vàng Thị Dung, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các cấp bộ Đoàn coi chuyển đổi số là nhiệm vụ trọng tâm của tuổi trẻ, phấn đấu đến cuối năm 2022 có trên 80% hộ gia đình được hướng dẫn sử dụng dịch vụ công trực tuyến.
Dịp này, Tỉnh đoàn trao 20 máy tính bảng, trị giá 96 triệu đồng, cho các đội hình xã đặc biệt khó khăn.
Các đại biểu cũng thống nhất: đội hình tình nguyện phải bám sát nhu cầu của người dân, ưu tiên người cao tuổi, người khuyết tật, đồng bào vùng cao chưa thạo tiếng phổ thông; tránh chạy theo số lượng, làm thay người dân.
Thanh Thủy
Lượt xem: 1.127
Tin liên quan
- Sa Pa: thanh niên hướng dẫn du khách thanh toán qua mã QR (15/06/2022)
- Tỉnh đoàn ra mắt Câu lạc bộ thanh niên khởi nghiệp (02/06/2022)
- Mường Khương: 100 đoàn viên làm đường bê tông (20/05/2022)
- Bảo Thắng tổng kết Tháng Thanh niên năm 2022 (05/04/2022)
""", "2022-06-23", "Thanh niên làm nòng cốt Tổ công nghệ số cộng đồng",
E("hoi_nghi", "2022", "2022-06-22"),
[P("Triệu Thị Mẩy", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Thào A Lử", "Bí thư Đoàn xã Bản Phố"), P("Chu Thị Sáng", "Phó Bí thư Đoàn xã Y Tý"),
 P("Hoàng Văn Pao", "Bí thư Chi đoàn thôn Lùng Vai"), P("Vàng Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"), Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"),
 Q("hơn 600 đại biểu", 600, "đại biểu", "over"), Q("ít nhất 1 đội hình", 1, "đội hình", "over"),
 Q("ít nhất 5 đoàn viên", 5, "đoàn viên", "over"), Q("186 đội hình", 186, "đội hình"), Q("1.340 đoàn viên", 1340, "đoàn viên"),
 Q("gần 42.000 lượt người dân", 42000, "lượt người dân", "approx"), Q("215 hộ", 215, "hộ"),
 Q("320 cán bộ Đoàn cơ sở", 320, "cán bộ Đoàn cơ sở"), Q("trên 80%", 80, "%", "over"), Q("20 máy tính bảng", 20, "máy tính bảng"),
 Q("96 triệu đồng", 96000000, "đồng")],
[D("Kế hoạch", "52", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 52, 53-KH/TĐTN"),
 D("Kế hoạch", "53", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 52, 53-KH/TĐTN"),
 D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 6/1/2022")],
[prov("Lào Cai"), com("Bản Phố"), com("Y Tý"), com("Lùng Vai")],
["Báo Lào Cai điện tử", "Trang chủ > Xã hội > Thanh niên", "Toàn cảnh hội nghị.", "Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số",
 "Tổ công nghệ số cộng đồng", "VNeID", "Postmart, Voso", "Lượt xem: 1.127"],
["23 tháng 6, 2022 | 10:10", "năm 2022", "cuối năm 2022", "Lượt xem: 1.127"]))
