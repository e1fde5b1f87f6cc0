from lib import *
PAGES = []

PAGES.append(page("b3599-laichau-tinhdoan-taphuan-2019", """
Báo Lai Châu điện tử
Trang chủ | Xã hội | Thanh niên - Đội
21/06/2019 06:00
Ảnh: Đồng chí Tẩn Láo Xoang trao giấy chứng nhận cho học viên.
Nâng cao kỹ năng cho cán bộ Đoàn cơ sở vùng biên
Trong 3 ngày (18 - 20/6), Tỉnh đoàn Lai Châu tổ chức lớp tập huấn nghiệp vụ công tác Đoàn, Hội, Đội năm 2019 cho 135 học viên là bí thư, phó bí thư đoàn xã, chủ tịch hội liên hiệp thanh niên xã và giáo viên Tổng phụ trách Đội của 8 huyện, thành phố.
Khai mạc lớp tập huấn, đồng chí Tẩn Láo Xoang, Ủy viên Ban Thường vụ Tỉnh đoàn, Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn cho biết, năm 2019 có gần 40% cán bộ Đoàn cấp xã mới được bầu sau đại hội nhiệm kỳ 2017 - 2022, nhiều đồng chí chưa qua đào tạo nghiệp vụ. Lớp học được tổ chức theo Kế hoạch số 146-KH/TĐTN ngày 22/5/2019 của Ban Thường vụ Tỉnh đoàn.
Các học viên được hướng dẫn kỹ năng tổ chức sinh hoạt chi đoàn, viết báo cáo, quản lý đoàn viên bằng phần mềm; kỹ năng tuyên truyền trên mạng xã hội; nghiệp vụ quản lý nguồn vốn ủy thác theo Nghị định số 78/2002/NĐ-CP của Chính phủ. Học viên còn thực hành tổ chức trò chơi tập thể và hát dân ca các dân tộc.
Chị Pờ Thị Chò, Bí thư Đoàn xã Ka Lăng, huyện Mường Tè, người Hà Nhì, cho biết xã có 6 chi đoàn ở các bản cách trung tâm hơn 20 km, nhiều bạn trẻ không biết chữ phổ thông. Anh Giàng A Chu, Bí thư Đoàn xã Pa Vệ Sủ, người Mông, vừa được bổ nhiệm làm Phó Trưởng ban Tuyên giáo Huyện đoàn Mường Tè, chia sẻ cách dùng loa kéo để tuyên truyền phòng chống ma túy. Chị Lò Thị Hoa, Chủ tịch Hội Liên hiệp Thanh niên xã Bản Giang, người Lự, mong có thêm tài liệu bằng hình ảnh.
Theo số liệu Tỉnh đoàn, năm 2018 toàn tỉnh có 108 xã, phường, thị trấn với 1.124 chi đoàn, khoảng 36.000 đoàn viên; 68% cán bộ Đoàn cơ sở là người dân tộc thiểu số. Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn và tài liệu.
Bế giảng lớp học, đồng chí Chảo Thị Phương, Phó Bí thư Tỉnh đoàn, đề nghị học viên về cơ sở tổ chức ngay ít nhất 1 buổi sinh hoạt chi đoàn mẫu; 100% học viên được cấp giấy chứng nhận.
Ban tổ chức đánh giá học viên tham gia nghiêm túc, nhiều ý kiến trao đổi thẳng thắn về khó khăn khi hoạt động ở vùng biên giới; một số học viên còn hạn chế về kỹ năng sử dụng máy tính nên Tỉnh đoàn sẽ mở lớp bồi dưỡng tin học cơ bản vào cuối năm.
Ngọc Ánh
Lượt xem: 583
Tin liên quan
- Tân Uyên: ra quân chiến dịch thanh niên tình nguyện hè (15/06/2019)
- Trao 60 suất quà cho thiếu nhi Sìn Hồ nhân ngày 1/6 (01/06/2019)
- Phong Thổ: thanh niên giúp dân làm đường (20/05/2019)
- Hội thi "Thủ lĩnh Đoàn giỏi" cụm Tam Đường (10/05/2019)
""", "2019-06-21", "Nâng cao kỹ năng cho cán bộ Đoàn cơ sở vùng biên",
E("tap_huan", "2019", "2019-06-18"),
[P("Tẩn Láo Xoang", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"),
 P("Pờ Thị Chò", "Bí thư Đoàn xã Ka Lăng"),
 P("Giàng A Chu", "Bí thư Đoàn xã Pa Vệ Sủ", "Phó Trưởng ban Tuyên giáo Huyện đoàn Mường Tè"),
 P("Lò Thị Hoa", "Chủ tịch Hội Liên hiệp Thanh niên xã Bản Giang"), P("Chảo Thị Phương", "Phó Bí thư Tỉnh đoàn")],
[Q("135 học viên", 135, "học viên"), Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("gần 40%", 40, "%", "approx"),
 Q("6 chi đoàn", 6, "chi đoàn"), Q("hơn 20 km", 20, "km", "over"), Q("108 xã, phường, thị trấn", 108, "xã, phường, thị trấn"),
 Q("1.124 chi đoàn", 1124, "chi đoàn"), Q("khoảng 36.000 đoàn viên", 36000, "đoàn viên", "approx"), Q("68%", 68, "%"),
 Q("150.000 đồng", 150000, "đồng"), Q("ít nhất 1 buổi sinh hoạt chi đoàn mẫu", 1, "buổi sinh hoạt chi đoàn mẫu", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "146", "KH/TĐTN", "2019-05-22", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 146-KH/TĐTN ngày 22/5/2019"),
 D("Nghị định", "78", "2002/NĐ-CP", None, "Chính phủ", "Nghị định số 78/2002/NĐ-CP")],
[prov("Lai Châu"), com("Ka Lăng"), com("Pa Vệ Sủ"), com("Bản Giang")],
["Báo Lai Châu điện tử", "Trang chủ | Xã hội | Thanh niên - Đội", "Ảnh: Đồng chí Tẩn Láo Xoang trao giấy chứng nhận cho học viên.",
 "Lượt xem: 583"],
["21/06/2019 06:00", "3 ngày", "nhiệm kỳ 2017 - 2022", "năm 2018", "Lượt xem: 583"]))

PAGES.append(page("b3600-angiang-tinhdoan-doithoai-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN AN GIANG
Trang chủ > Tin tức > Phong trào thanh niên
26-03-2021 17:30
Thanh niên hỏi, Bí thư Tỉnh ủy trả lời
Sáng 25/3, nhân kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, Tỉnh ủy An Giang tổ chức chương trình đối thoại giữa Bí thư Tỉnh ủy với đoàn viên, thanh niên năm 2021. Đồng chí Đinh Văn Thông, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì. Chương trình được tổ chức trực tiếp tại Hội trường Tỉnh ủy và trực tuyến tới 11 điểm cầu với khoảng 1.200 đoàn viên, thanh niên tham dự.
Bí thư Tỉnh ủy trao đổi với đoàn viên, thanh niên tại buổi đối thoại.
Dẫn chương trình, đồng chí Huỳnh Thị Ngọc Sương, Bí thư Tỉnh đoàn, cho biết Ban tổ chức đã nhận được 152 câu hỏi gửi qua fanpage Tuổi trẻ An Giang, tập trung vào việc làm, khởi nghiệp, chuyển đổi số và phòng chống dịch Covid-19.
Anh Mohamad Ly, Bí thư Chi đoàn ấp Phũm Soài, xã Châu Phong, thị xã Tân Châu, người Chăm, hỏi về cơ chế hỗ trợ thanh niên làm nghề dệt thổ cẩm tiếp cận thị trường. Chị Néang Sa Ly, Phó Bí thư Đoàn xã Văn Giáo, huyện Tịnh Biên, người Khmer, đề nghị tỉnh có chính sách giữ chân thanh niên có trình độ đại học về công tác ở xã. Anh Trương Gia Bảo, sinh viên Trường Đại học An Giang, hỏi về quỹ hỗ trợ sinh viên khởi nghiệp.
Trả lời các câu hỏi, đồng chí Đinh Văn Thông cho biết, thực hiện Nghị quyết số 45-NQ/TU ngày 10/12/2020 của Tỉnh ủy về phát triển nguồn nhân lực trẻ, tỉnh sẽ dành khoảng 30 tỷ đồng trong giai đoạn 2021 - 2025 để hỗ trợ thanh niên khởi nghiệp, mức vay tối đa 100 triệu đồng/dự án; ưu tiên thanh niên dân tộc Chăm, Khmer. Tỉnh đặt mục tiêu đến năm 2025 đào tạo nghề cho ít nhất 50.000 thanh niên.
Đồng chí Chau Sóc Phol, Phó Chủ tịch Thường trực Hội Liên hiệp Thanh niên Việt Nam tỉnh, thông tin thêm: năm 2020 Hội đã phối hợp giới thiệu việc làm cho 3.420 thanh niên, hỗ trợ 36 dự án khởi nghiệp với tổng vốn 2,9 tỷ đồng.
Kết thúc chương trình, Bí thư Tỉnh ủy giao Tỉnh đoàn phối hợp các sở, ngành tổng hợp 47 câu hỏi chưa được trả lời trực tiếp để trả lời bằng văn bản trong tháng 4/2021. Dịp này, Bí thư Tỉnh ủy trao 20 suất học bổng, mỗi suất 5 triệu đồng, cho sinh viên dân tộc thiểu số vượt khó.
Buổi đối thoại diễn ra sôi nổi, cởi mở; nhiều câu hỏi được các bạn trẻ đặt ra thẳng thắn, bám sát thực tế cuộc sống. Đây là lần đầu tiên chương trình đối thoại được tổ chức kết hợp trực tiếp và trực tuyến, giúp thanh niên ở vùng biên giới, vùng sâu cũng có thể gửi câu hỏi tới lãnh đạo tỉnh.
Hữu Huynh
Lượt xem: 3.318
Các tin khác
- Tỉnh đoàn tổng kết Tháng Thanh niên năm 2021 (30/03/2021)
- Tri Tôn: 300 đoàn viên ra quân làm đường (20/03/2021)
- Chợ Mới: tuyên dương 90 cán bộ Đoàn tiêu biểu (18/03/2021)
- Ra mắt Câu lạc bộ thanh niên khởi nghiệp huyện An Phú (10/03/2021)
""", "2021-03-26", "Thanh niên hỏi, Bí thư Tỉnh ủy trả lời",
E("doi_thoai", "2021", "2021-03-25"),
[P("Đinh Văn Thông", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"), P("Huỳnh Thị Ngọc Sương", "Bí thư Tỉnh đoàn"),
 P("Mohamad Ly", "Bí thư Chi đoàn ấp Phũm Soài"), P("Néang Sa Ly", "Phó Bí thư Đoàn xã Văn Giáo"),
 P("Trương Gia Bảo", "sinh viên Trường Đại học An Giang"),
 P("Chau Sóc Phol", "Phó Chủ tịch Thường trực Hội Liên hiệp Thanh niên Việt Nam tỉnh")],
[Q("11 điểm cầu", 11, "điểm cầu"), Q("khoảng 1.200 đoàn viên, thanh niên", 1200, "đoàn viên, thanh niên", "approx"),
 Q("152 câu hỏi", 152, "câu hỏi"), Q("khoảng 30 tỷ đồng", 30000000000, "đồng", "approx"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("ít nhất 50.000 thanh niên", 50000, "thanh niên", "over"), Q("3.420 thanh niên", 3420, "thanh niên"),
 Q("36 dự án khởi nghiệp", 36, "dự án khởi nghiệp"), Q("2,9 tỷ đồng", 2900000000, "đồng"), Q("47 câu hỏi", 47, "câu hỏi"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Nghị quyết", "45", "NQ/TU", "2020-12-10", "Tỉnh ủy", "Nghị quyết số 45-NQ/TU ngày 10/12/2020")],
[prov("An Giang"), com("Châu Phong"), com("Văn Giáo")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN AN GIANG", "Trang chủ > Tin tức > Phong trào thanh niên",
 "Bí thư Tỉnh ủy trao đổi với đoàn viên, thanh niên tại buổi đối thoại.", "Tuổi trẻ An Giang", "Lượt xem: 3.318"],
["26-03-2021 17:30", "90 năm", "giai đoạn 2021 - 2025", "năm 2025", "năm 2020", "tháng 4/2021", "Lượt xem: 3.318"]))

PAGES.append(page("b3601-hatinh-hoidongdoi-trungthu-2024", """
Báo Hà Tĩnh điện tử
Xã hội » Đoàn - Đội
Thứ Sáu, 13/09/2024 - 19:25
Mang Trung thu sớm đến với trẻ em người Chứt ở Rào Tre
(Baohatinh.vn) - Chiều 12/9, Hội đồng Đội tỉnh Hà Tĩnh phối hợp Công ty Cổ phần Sữa Hồng Lam tổ chức chương trình "Trung thu cho em" tại bản Rào Tre, xã Hương Liên, huyện Hương Khê. Tham dự có đồng chí Phan Thị Thanh Tâm, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh và đồng chí Hồ Văn Nhật, Phó Chủ tịch UBND xã Hương Liên.
Các em thiếu nhi bản Rào Tre rước đèn ông sao.
Tại chương trình, ban tổ chức đã trao 95 suất quà Trung thu cho toàn bộ trẻ em dưới 16 tuổi của bản, mỗi suất gồm bánh, sữa, đèn lồng và 200.000 đồng tiền mặt; tặng 2 bộ máy vi tính cho điểm trường mầm non Rào Tre và 30 bộ sách, vở cho học sinh tiểu học. Tổng giá trị chương trình khoảng 85 triệu đồng. Trước đó, đoàn viên Chi đoàn Công ty đã sơn sửa lại sân chơi, lắp đặt 5 bộ xích đu, cầu trượt cho các em.
Bản Rào Tre hiện có 42 hộ với 161 nhân khẩu người Chứt, là một trong những cộng đồng dân tộc thiểu số rất ít người của tỉnh. Cô Hồ Thị Liên, giáo viên điểm trường Rào Tre, người Chứt đầu tiên của bản tốt nghiệp cao đẳng sư phạm, cho biết nhờ các chương trình hỗ trợ, 100% trẻ em trong độ tuổi của bản đã đến trường.
Em Hồ Thị Na thay mặt các bạn gửi lời cảm ơn và hứa chăm ngoan, học giỏi. Ông Hồ Văn Nhật cho biết xã đang phối hợp Huyện đoàn Hương Khê duy trì lớp học kỹ năng sống hằng tuần cho thiếu nhi của bản.
Đồng chí Phan Thị Thanh Tâm cho biết, thực hiện Kế hoạch số 301-KH/HĐĐ ngày 20/8/2024 của Hội đồng Đội tỉnh, Trung thu năm nay các cấp Đội dự kiến trao khoảng 12.000 suất quà cho thiếu nhi có hoàn cảnh khó khăn, thiếu nhi vùng bị ảnh hưởng bởi thiên tai; riêng ngày 12/9 đã có 17 chương trình được tổ chức đồng loạt ở các huyện miền núi.
Buổi tối, các em được cùng tình nguyện viên phá cỗ, rước đèn ông sao quanh bản, xem biểu diễn văn nghệ của đội văn nghệ thanh niên xã. Đối với nhiều em nhỏ ở Rào Tre, đây là lần đầu tiên các em được đón một cái Tết Trung thu đầy đủ mâm cỗ, đèn lồng và tiếng trống lân rộn ràng đến vậy.
Theo Hội đồng Đội tỉnh, chương trình là hoạt động thiết thực nhằm chăm lo cho thiếu nhi vùng khó, góp phần giữ gìn, phát huy bản sắc văn hóa của cộng đồng người Chứt, đồng thời khơi dậy tinh thần sẻ chia trong đoàn viên, thanh niên và các doanh nghiệp trên địa bàn.
Thu Hà
Lượt xem: 1.560
Tin liên quan
- Vũ Quang: "Trung thu cho em" tại xã Hương Quang (11/09/2024)
- Tỉnh đoàn trao 50 chiếc xe đạp cho học sinh nghèo (05/09/2024)
- Kỳ Anh: thanh niên giúp dân khắc phục hậu quả mưa lớn (28/08/2024)
- Hương Sơn: tuyên dương 100 "Cháu ngoan Bác Hồ" (10/08/2024)
""", "2024-09-13", "Mang Trung thu sớm đến với trẻ em người Chứt ở Rào Tre",
E("trao_qua", None, "2024-09-12"),
[P("Phan Thị Thanh Tâm", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Hồ Văn Nhật", "Phó Chủ tịch UBND xã Hương Liên"), P("Hồ Thị Liên", "giáo viên điểm trường Rào Tre"), P("Hồ Thị Na")],
[Q("95 suất quà", 95, "suất quà"), Q("200.000 đồng", 200000, "đồng"), Q("2 bộ máy vi tính", 2, "bộ máy vi tính"),
 Q("30 bộ sách, vở", 30, "bộ sách, vở"), Q("khoảng 85 triệu đồng", 85000000, "đồng", "approx"), Q("5 bộ xích đu, cầu trượt", 5, "bộ xích đu, cầu trượt"),
 Q("42 hộ", 42, "hộ"), Q("161 nhân khẩu", 161, "nhân khẩu"), Q("100%", 100, "%"),
 Q("khoảng 12.000 suất quà", 12000, "suất quà", "approx"), Q("17 chương trình", 17, "chương trình")],
[D("Kế hoạch", "301", "KH/HĐĐ", "2024-08-20", "Hội đồng Đội tỉnh", "Kế hoạch số 301-KH/HĐĐ ngày 20/8/2024")],
[prov("Hà Tĩnh"), com("Hương Liên")],
["Báo Hà Tĩnh điện tử", "Xã hội » Đoàn - Đội", "(Baohatinh.vn)", "Các em thiếu nhi bản Rào Tre rước đèn ông sao.", "Trung thu cho em",
 "Công ty Cổ phần Sữa Hồng Lam", "Lượt xem: 1.560"],
["Thứ Sáu, 13/09/2024 - 19:25", "dưới 16 tuổi", "ngày 12/9", "Lượt xem: 1.560"]))

PAGES.append(page("b3602-lamdong-tinhdoan-giaoban-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
You are here: Trang chủ › Chính trị › Mặt trận - Đoàn thể
Cập nhật lúc 15:50 ngày 10/10/2025
Đồng chí K' Thị Hương chủ trì giao ban.
Lâm Đồng: 412 đội hình thanh niên đồng hành chuyển đổi số ở cơ sở
Ngày 8/10, Ban Thường vụ Tỉnh đoàn Lâm Đồng tổ chức hội nghị giao ban công tác Đoàn quý III/2025, triển khai nhiệm vụ quý IV với các đồng chí bí thư đoàn 124 xã, phường, đặc khu. Đây là kỳ giao ban quý đầu tiên sau khi tỉnh Lâm Đồng, Đắk Nông, Bình Thuận hợp nhất.
Đồng chí K' Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn chủ trì; cùng dự có các đồng chí Phó Bí thư Tỉnh đoàn: Y Kim Niê, Đàng Thị Mỹ Linh.
Báo cáo cho biết, quý III, toàn tỉnh có 412 đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số với 3.870 đoàn viên, hướng dẫn khoảng 118.000 lượt người dân sử dụng dịch vụ công trực tuyến; chiến dịch thanh niên tình nguyện hè thực hiện 640 công trình, phần việc thanh niên, trị giá hơn 38 tỷ đồng. Tỉnh đoàn hỗ trợ 74 dự án thanh niên khởi nghiệp vay vốn với tổng số tiền 6,2 tỷ đồng. Đã kiện toàn xong tổ chức Đoàn ở 100% xã, phường, đặc khu theo Hướng dẫn số 15-HD/TĐTN của Ban Thường vụ Tỉnh đoàn.
Tại giao ban, anh Điểu K'Rô, Bí thư Đoàn xã Quảng Sơn, người Mnông, cho biết Đoàn xã mới có 33 chi đoàn nhưng chỉ 2 cán bộ chuyên trách. Chị Ka Thuyên, Bí thư Đoàn xã Lạc Dương, người K'Ho, đề nghị hỗ trợ thiết bị cho đội hình chuyển đổi số ở vùng sâu. Anh Thuận Văn Hòa, Phó Bí thư Đoàn phường Phan Rí Cửa, người Chăm, báo cáo kết quả tổ chức lớp học tiếng Chăm hè cho 85 thiếu nhi.
Kết luận giao ban, đồng chí K' Thị Hương đề nghị quý IV tập trung tổ chức Đại hội Đoàn cấp xã nhiệm kỳ 2025 - 2030 theo Hướng dẫn số 22-HD/TWĐTN ngày 14/4/2025 của Ban Bí thư Trung ương Đoàn và Kế hoạch 08, 09-KH/TĐTN của Ban Thường vụ Tỉnh đoàn; mỗi xã, phường hoàn thành ít nhất 2 công trình thanh niên trước ngày 31/12/2025.
Hội nghị cũng nêu khó khăn: địa bàn rộng, nhiều xã mới cách trung tâm tỉnh hàng trăm cây số; một số cán bộ Đoàn mới chưa quen địa bàn, chế độ phụ cấp chưa thống nhất giữa các khu vực trước hợp nhất.
Các đại biểu đề nghị Tỉnh đoàn sớm ban hành quy chế làm việc, hướng dẫn thống nhất về sổ sách, chế độ báo cáo; tăng cường giao ban trực tuyến và tổ chức các lớp bồi dưỡng nghiệp vụ cho cán bộ Đoàn mới ở xã, phường.
Ngọc Minh
Lượt xem: 2.294
Tin cùng chuyên mục
- Tỉnh đoàn Lâm Đồng ra mắt Ban Chấp hành sau hợp nhất (03/07/2025)
- Tuy Phong: thanh niên ra quân làm sạch bờ biển (20/09/2025)
- Gia Nghĩa: khánh thành công trình thanh niên "Thắp sáng đường quê" (15/09/2025)
- Đà Lạt: 500 sinh viên tham gia Ngày hội việc làm (10/09/2025)
""", "2025-10-10", "Lâm Đồng: 412 đội hình thanh niên đồng hành chuyển đổi số ở cơ sở",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("K' Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Y Kim Niê", "Phó Bí thư Tỉnh đoàn"), P("Đàng Thị Mỹ Linh", "Phó Bí thư Tỉnh đoàn"),
 P("Điểu K'Rô", "Bí thư Đoàn xã Quảng Sơn"), P("Ka Thuyên", "Bí thư Đoàn xã Lạc Dương"),
 P("Thuận Văn Hòa", "Phó Bí thư Đoàn phường Phan Rí Cửa")],
[Q("412 đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số", 412, "đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("3.870 đoàn viên", 3870, "đoàn viên"),
 Q("khoảng 118.000 lượt người dân", 118000, "lượt người dân", "approx"), Q("640 công trình, phần việc thanh niên", 640, "công trình, phần việc thanh niên"),
 Q("hơn 38 tỷ đồng", 38000000000, "đồng", "over"), Q("74 dự án thanh niên khởi nghiệp", 74, "dự án thanh niên khởi nghiệp"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("100%", 100, "%"), Q("33 chi đoàn", 33, "chi đoàn"), Q("2 cán bộ chuyên trách", 2, "cán bộ chuyên trách"),
 Q("85 thiếu nhi", 85, "thiếu nhi"), Q("ít nhất 2 công trình thanh niên", 2, "công trình thanh niên", "over")],
[D("Hướng dẫn", "15", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn số 15-HD/TĐTN"),
 D("Hướng dẫn", "22", "HD/TWĐTN", "2025-04-14", "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 22-HD/TWĐTN ngày 14/4/2025"),
 D("Kế hoạch", "08", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 08, 09-KH/TĐTN"),
 D("Kế hoạch", "09", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 08, 09-KH/TĐTN")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Sơn"), com("Lạc Dương"), com("Phan Rí Cửa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "You are here: Trang chủ › Chính trị › Mặt trận - Đoàn thể",
 "Đồng chí K' Thị Hương chủ trì giao ban.", "Thắp sáng đường quê", "Lượt xem: 2.294"],
["Cập nhật lúc 15:50 ngày 10/10/2025", "quý III/2025", "quý IV", "nhiệm kỳ 2025 - 2030", "ngày 31/12/2025", "hàng trăm cây số"]))

PAGES.append(page("b3603-dongnai-doanxa-raquan-2026", """
Báo Đồng Nai điện tử
Trang chủ / Xã hội / Thanh niên
Thứ Sáu, 06/03/2026, 10:20
Ảnh: Đoàn viên xã Bù Gia Mập ra quân làm đường.
Bù Gia Mập: khởi công "Con đường thanh niên" trong Tháng Thanh niên 2026
Sáng 5/3, Đoàn xã Bù Gia Mập tổ chức Lễ ra quân Tháng Thanh niên năm 2026 gắn với khởi công công trình "Con đường thanh niên" tại thôn Bù Lư. Đây là một trong 12 điểm ra quân đồng loạt của tuổi trẻ tỉnh Đồng Nai ở khu vực biên giới phía Bắc tỉnh (trước đây thuộc tỉnh Bình Phước).
Tham dự có đồng chí Lê Thị Kim Oanh, Phó Bí thư Tỉnh đoàn Đồng Nai; đồng chí Điểu Brông, Phó Bí thư Thường trực Đảng ủy xã Bù Gia Mập và khoảng 250 đoàn viên, thanh niên, cán bộ, chiến sĩ Đồn Biên phòng Bù Gia Mập.
Công trình "Con đường thanh niên" dài 1,6 km, rộng 3,5 m, tổng kinh phí gần 1,3 tỷ đồng, trong đó người dân hiến 4.200 m2 đất và góp khoảng 600 ngày công; dự kiến hoàn thành trước ngày 26/3. Cùng ngày, các đội hình tình nguyện trao 50 suất quà cho đoàn viên, thanh niên có hoàn cảnh khó khăn, mỗi suất trị giá 400.000 đồng; hướng dẫn 120 người dân cài đặt ứng dụng VNeID.
Chị Thị Bích, Bí thư Chi đoàn thôn Bù Lư, người S'tiêng, cho biết chi đoàn có 38 đoàn viên thì hơn một nửa đi làm thuê theo mùa điều; chi đoàn vận động các bạn về góp công vào cuối tuần. Anh Điểu Xuân Hùng, được tín nhiệm giữ chức Bí thư Đoàn xã Bù Gia Mập từ tháng 7/2025, cho biết Đoàn xã sau sắp xếp có 21 chi đoàn, 864 đoàn viên, trong đó 58% là người dân tộc thiểu số.
Phát động Tháng Thanh niên, đồng chí Lê Thị Kim Oanh cho biết, theo Kế hoạch số 03-KH/TĐTN ngày 12/2/2026 của Ban Thường vụ Tỉnh đoàn, năm nay tuổi trẻ Đồng Nai phấn đấu thực hiện ít nhất 1.000 công trình, phần việc thanh niên; hỗ trợ 300 thanh niên khởi nghiệp tiếp cận vốn vay; thành lập mới 50 câu lạc bộ thanh niên khởi nghiệp cấp xã.
Đồng chí Điểu Brông đề nghị Đoàn xã phối hợp Đồn Biên phòng duy trì các hoạt động "Tuổi trẻ chung tay vì biên giới xanh", tuyên truyền cho bà con không xuất cảnh trái phép, không nghe theo kẻ xấu.
Trong không khí phấn khởi, các đoàn viên cùng cán bộ, chiến sĩ biên phòng đã phát quang, san ủi đoạn đầu tuyến đường ngay sau lễ ra quân. Nhiều hộ dân trong thôn mang nước, trái cây ra tiếp sức cho các bạn trẻ.
Thanh Tùng
Lượt xem: 864
Tin liên quan
- Tỉnh đoàn Đồng Nai phát động Tháng Thanh niên năm 2026 (02/03/2026)
- Phú Nghĩa: 100 đoàn viên hiến máu tình nguyện (25/02/2026)
- Ra mắt mô hình "Chi đoàn số" tại xã Lộc Ninh (12/02/2026)
- Biên Hòa: tuyên dương 26 gương thanh niên tiêu biểu (26/01/2026)
- Tỉnh đoàn tổng kết công tác Đoàn năm 2025 (20/12/2025)
Báo Đồng Nai - Cơ quan của Đảng bộ tỉnh Đồng Nai. Ghi rõ nguồn khi phát hành lại.
""", "2026-03-06", "Bù Gia Mập: khởi công \"Con đường thanh niên\" trong Tháng Thanh niên 2026",
E("khac", None, "2026-03-05"),
[P("Lê Thị Kim Oanh", "Phó Bí thư Tỉnh đoàn Đồng Nai"), P("Điểu Brông", "Phó Bí thư Thường trực Đảng ủy xã Bù Gia Mập"),
 P("Thị Bích", "Bí thư Chi đoàn thôn Bù Lư"), P("Điểu Xuân Hùng", "Bí thư Đoàn xã Bù Gia Mập")],
[Q("12 điểm ra quân", 12, "điểm ra quân"), Q("khoảng 250 đoàn viên, thanh niên, cán bộ, chiến sĩ", 250, "đoàn viên, thanh niên, cán bộ, chiến sĩ", "approx"),
 Q("1,6 km", 1.6, "km"), Q("3,5 m", 3.5, "m"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("4.200 m2", 4200, "m2"),
 Q("khoảng 600 ngày công", 600, "ngày công", "approx"), Q("50 suất quà", 50, "suất quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("120 người dân", 120, "người dân"), Q("38 đoàn viên", 38, "đoàn viên"), Q("21 chi đoàn", 21, "chi đoàn"), Q("864 đoàn viên", 864, "đoàn viên"),
 Q("58%", 58, "%"), Q("ít nhất 1.000 công trình, phần việc thanh niên", 1000, "công trình, phần việc thanh niên", "over"),
 Q("300 thanh niên", 300, "thanh niên"), Q("50 câu lạc bộ thanh niên khởi nghiệp cấp xã", 50, "câu lạc bộ thanh niên khởi nghiệp cấp xã")],
[D("Kế hoạch", "03", "KH/TĐTN", "2026-02-12", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 03-KH/TĐTN ngày 12/2/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập")],
["Báo Đồng Nai điện tử", "Trang chủ / Xã hội / Thanh niên", "Ảnh: Đoàn viên xã Bù Gia Mập ra quân làm đường.", "Con đường thanh niên",
 "Đồn Biên phòng Bù Gia Mập", "Tuổi trẻ chung tay vì biên giới xanh", "VNeID", "Lượt xem: 864"],
["Thứ Sáu, 06/03/2026, 10:20", "ngày 26/3", "tháng 7/2025", "hơn một nửa", "năm 2026", "Lượt xem: 864"]))

PAGES.append(page("b3604-quangngai-doanxa-doithoai-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK TÔ - TỈNH QUẢNG NGÃI
Bạn đang ở: Trang chủ >> Tin tức - Sự kiện >> Tin trong xã
Ngày 27/03/2026 | 14:35
Hôm nay: Thứ Bảy, 28/03/2026
Chủ tịch UBND xã Đăk Tô đối thoại với thanh niên năm 2026
Hưởng ứng Tháng Thanh niên và kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, chiều 26/3, UBND xã Đăk Tô (tỉnh Quảng Ngãi) phối hợp Đoàn xã tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với thanh niên năm 2026. Đồng chí A Khoa, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; cùng dự có đồng chí Y Thu Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Bí thư Đoàn xã và 110 đoàn viên, thanh niên đến từ 18 thôn, tổ dân phố.
Toàn cảnh buổi đối thoại.
Tại hội nghị, có 14 ý kiến phát biểu trực tiếp. Anh A Dũng, Bí thư Chi đoàn thôn Kon Đào, người Xơ Đăng, đề nghị xã hỗ trợ giống cây sâm dây và kết nối tiêu thụ cho tổ hợp tác thanh niên. Chị Y Nương ở thôn Đăk Rao Lớn, người Giẻ Triêng, hỏi về các lớp đào tạo nghề may, nấu ăn cho lao động nữ. Anh Đinh Văn Hiếu, người Hrê, vừa xuất ngũ về địa phương, mong muốn được vay vốn làm trang trại nuôi heo rừng lai.
Trả lời các ý kiến, đồng chí A Khoa cho biết, thực hiện Nghị quyết số 12-NQ/ĐU ngày 10/1/2026 của Đảng ủy xã về hỗ trợ thanh niên lập nghiệp, năm 2026 xã ưu tiên bố trí khoảng 500 triệu đồng từ ngân sách để hỗ trợ giống, vật tư cho các mô hình kinh tế thanh niên; phối hợp Phòng giao dịch Ngân hàng Chính sách xã hội giải ngân cho vay giải quyết việc làm với mức tối đa 100 triệu đồng/người. Xã cũng sẽ mở 3 lớp đào tạo nghề ngắn hạn cho khoảng 90 lao động trẻ.
Đồng chí Y Thu Hiền cho biết, năm 2025 Đoàn xã đã hỗ trợ 8 mô hình kinh tế thanh niên, trong đó có 2 mô hình trồng sâm dây đạt doanh thu trên 400 triệu đồng; Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số đã hướng dẫn hơn 2.600 lượt người dân sử dụng dịch vụ công trực tuyến. Trong Tháng Thanh niên năm 2026, Đoàn xã thực hiện 5 công trình thanh niên, trong đó có công trình thắp sáng đường thôn với 40 bóng đèn năng lượng mặt trời.
Kết thúc hội nghị, Chủ tịch UBND xã giao các bộ phận chuyên môn tiếp thu, trả lời bằng văn bản 4 ý kiến chưa giải đáp xong tại hội nghị; giao Đoàn xã tổ chức đối thoại định kỳ mỗi năm một lần.
Buổi đối thoại diễn ra dân chủ, cởi mở. Nhiều bạn trẻ cho biết lần đầu được trực tiếp nêu ý kiến với lãnh đạo xã mới sau sắp xếp, qua đó thêm tin tưởng, gắn bó với quê hương.
Văn phòng HĐND và UBND xã
Tin khác
- Đoàn xã Đăk Tô ra quân Tháng Thanh niên năm 2026 (03/03/2026)
- Xã Đăk Tô tổ chức Ngày hội Văn hóa các dân tộc (15/02/2026)
- UBND xã trao 150 phần quà Tết cho hộ nghèo (10/02/2026)
- Thông báo lịch tiếp công dân tháng 3/2026 (02/03/2026)
""", "2026-03-27", "Chủ tịch UBND xã Đăk Tô đối thoại với thanh niên năm 2026",
E("doi_thoai", "2026", "2026-03-26"),
[P("A Khoa", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Y Thu Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã"),
 P("A Dũng", "Bí thư Chi đoàn thôn Kon Đào"), P("Y Nương"), P("Đinh Văn Hiếu")],
[Q("110 đoàn viên, thanh niên", 110, "đoàn viên, thanh niên"), Q("18 thôn, tổ dân phố", 18, "thôn, tổ dân phố"), Q("14 ý kiến", 14, "ý kiến"),
 Q("khoảng 500 triệu đồng", 500000000, "đồng", "approx"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("3 lớp đào tạo nghề ngắn hạn", 3, "lớp đào tạo nghề ngắn hạn"), Q("khoảng 90 lao động trẻ", 90, "lao động trẻ", "approx"),
 Q("8 mô hình kinh tế thanh niên", 8, "mô hình kinh tế thanh niên"), Q("2 mô hình", 2, "mô hình"), Q("trên 400 triệu đồng", 400000000, "đồng", "over"),
 Q("hơn 2.600 lượt người dân", 2600, "lượt người dân", "over"), Q("5 công trình thanh niên", 5, "công trình thanh niên"),
 Q("40 bóng đèn năng lượng mặt trời", 40, "bóng đèn năng lượng mặt trời"), Q("4 ý kiến", 4, "ý kiến")],
[D("Nghị quyết", "12", "NQ/ĐU", "2026-01-10", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 10/1/2026")],
[prov("Quảng Ngãi"), com("Đăk Tô")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK TÔ - TỈNH QUẢNG NGÃI", "Bạn đang ở: Trang chủ >> Tin tức - Sự kiện >> Tin trong xã",
 "Hôm nay: Thứ Bảy, 28/03/2026", "Toàn cảnh buổi đối thoại.", "Tháng Thanh niên", "Văn phòng HĐND và UBND xã"],
["Ngày 27/03/2026 | 14:35", "Hôm nay: Thứ Bảy, 28/03/2026", "95 năm", "năm 2025", "mỗi năm một lần"]))
