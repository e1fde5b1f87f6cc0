from lib import *
PAGES = []

PAGES.append(page("b9173-thainguyen-ldld-doithoai-2011", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN
Trang chủ > Tin tức > Hoạt động công đoàn
Thứ Ba, 17/05/2011 - 09:30
Ảnh: Toàn cảnh buổi đối thoại.
Bí thư Tỉnh ủy đối thoại với công nhân lao động năm 2011
Ngày 15/5/2011, tại Cung Văn hóa Thái Nguyên, Liên đoàn Lao động (LĐLĐ) tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức chương trình Bí thư Tỉnh ủy đối thoại với công nhân lao động năm 2011. Đồng chí Nguyễn Văn Thịnh, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy chủ trì buổi đối thoại. Cùng dự có các đồng chí: Lê Thị Hạnh, Phó Bí thư Thường trực Tỉnh ủy; Dương Văn Khoa, Phó Chủ tịch UBND tỉnh; Hoàng Minh Tuấn, Trưởng Ban Dân vận Tỉnh ủy cùng lãnh đạo các sở, ngành và hơn 600 công nhân, đoàn viên công đoàn đang làm việc tại các khu công nghiệp Sông Công, Yên Bình.
Báo cáo của LĐLĐ tỉnh do đồng chí Đào Thị Lương, Chủ tịch LĐLĐ tỉnh trình bày cho biết, toàn tỉnh hiện có 1.250 doanh nghiệp với khoảng 86.000 công nhân lao động, trong đó 62% là lao động nữ; thu nhập bình quân đạt 2,8 triệu đồng/người/tháng. Năm 2010, trên địa bàn tỉnh xảy ra 7 cuộc ngừng việc tập thể với gần 3.400 người tham gia, chủ yếu do tiền lương, tiền ăn ca và điều kiện nhà trọ.
Trong hơn 2 giờ đối thoại, đã có 23 ý kiến của công nhân gửi tới Bí thư Tỉnh ủy. Chị Trần Thị Mai, công nhân Công ty TNHH may Việt Thái, phản ánh nhiều công nhân nữ ở trọ tại phường Tích Lương chưa có nơi gửi con. Anh Vi Văn Toản, Tổ trưởng Công đoàn bộ phận Công ty cổ phần Giấy Hoàng Văn Thụ, đề nghị tỉnh sớm có quy hoạch nhà ở xã hội cho công nhân và kiểm tra việc đóng bảo hiểm xã hội ở các doanh nghiệp ngoài nhà nước.
Trả lời các ý kiến, đồng chí Nguyễn Văn Thịnh khẳng định tỉnh tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 28/01/2008 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa X) về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chương trình hành động số 18-CTr/TU ngày 10/6/2008 của Tỉnh ủy. Năm 2011, tỉnh sẽ dành 15 tỷ đồng hỗ trợ xây dựng nhà ở cho công nhân tại xã Thuận Thành; đồng thời giao UBND tỉnh chỉ đạo các ngành giải quyết 5 kiến nghị thuộc thẩm quyền trong quý III/2011.
Đồng chí Bí thư Tỉnh ủy đề nghị các cấp công đoàn nắm chắc tâm tư, nguyện vọng của công nhân, không để xảy ra ngừng việc tập thể; người đứng đầu doanh nghiệp cần thường xuyên đối thoại với người lao động tại nơi làm việc.
Ngọc Hà
Tin liên quan
- Công đoàn Khu công nghiệp Sông Công trao 50 suất quà cho công nhân (10/05/2011)
- Đại hội Công đoàn tỉnh lần thứ XI thành công tốt đẹp (22/04/2011)
- Ra mắt mô hình "Mái ấm công đoàn" tại Phú Bình (15/04/2011)
- Tập huấn pháp luật lao động cho cán bộ công đoàn cơ sở (02/04/2011)
""", "2011-05-17", "Bí thư Tỉnh ủy đối thoại với công nhân lao động năm 2011",
E("doi_thoai", "2011", "2011-05-15"),
[P("Nguyễn Văn Thịnh", "Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Lê Thị Hạnh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Dương Văn Khoa", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Minh Tuấn", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đào Thị Lương", "Chủ tịch LĐLĐ tỉnh"),
 P("Trần Thị Mai", "công nhân Công ty TNHH may Việt Thái"),
 P("Vi Văn Toản", "Tổ trưởng Công đoàn bộ phận Công ty cổ phần Giấy Hoàng Văn Thụ")],
[Q("hơn 600 công nhân, đoàn viên công đoàn", 600, "công nhân, đoàn viên công đoàn", "over"),
 Q("1.250 doanh nghiệp", 1250, "doanh nghiệp"),
 Q("khoảng 86.000 công nhân lao động", 86000, "công nhân lao động", "approx"),
 Q("62%", 62, "%"),
 Q("2,8 triệu đồng", 2800000, "đồng"),
 Q("7 cuộc ngừng việc tập thể", 7, "cuộc ngừng việc tập thể"),
 Q("gần 3.400 người", 3400, "người", "approx"),
 Q("23 ý kiến", 23, "ý kiến"),
 Q("15 tỷ đồng", 15000000000, "đồng"),
 Q("5 kiến nghị", 5, "kiến nghị")],
[D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 20-NQ/TW ngày 28/01/2008"),
 D("Chương trình hành động", "18", "CTr/TU", "2008-06-10", "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU ngày 10/6/2008")],
[prov("Thái Nguyên"), com("Tích Lương"), com("Thuận Thành")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN", "Trang chủ > Tin tức > Hoạt động công đoàn", "Ảnh: Toàn cảnh buổi đối thoại.",
 "Cung Văn hóa Thái Nguyên", "Công ty cổ phần Giấy Hoàng Văn Thụ", "Công ty TNHH may Việt Thái"],
["Thứ Ba, 17/05/2011 - 09:30", "năm 2011", "Năm 2010", "2 giờ", "lần thứ sáu", "khóa X", "quý III/2011"]))

PAGES.append(page("b9174-binhduong-tinhdoan-doithoai-2012", """
TỈNH ĐOÀN BÌNH DƯƠNG - Cổng thông tin điện tử
Bạn đang ở: Trang chủ / Hoạt động Đoàn / Thanh niên công nhân
Cập nhật: 08:40, 26/03/2012 (GMT+7)
Bí thư Tỉnh ủy Bình Dương lắng nghe thanh niên công nhân
Ảnh: Quang cảnh buổi đối thoại.
Tối 24/3, tại Nhà Văn hóa Thanh niên tỉnh, Tỉnh đoàn Bình Dương phối hợp với Ban Dân vận Tỉnh ủy, Liên đoàn Lao động tỉnh tổ chức chương trình đối thoại năm 2012 giữa Bí thư Tỉnh ủy với thanh niên công nhân, chào mừng kỷ niệm 81 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh. Tham dự có đồng chí Lê Quang Thịnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Võ Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và hơn 1.000 đoàn viên, thanh niên công nhân đến từ 28 khu công nghiệp.
Mở đầu chương trình, Bí thư Tỉnh đoàn Nguyễn Thanh Trúc cho biết Bình Dương hiện có khoảng 700.000 công nhân, trong đó hơn 60% là thanh niên từ các tỉnh khác đến làm việc. Trước buổi đối thoại, Ban tổ chức đã nhận được 350 ý kiến, câu hỏi gửi qua các cơ sở đoàn và hộp thư của Tỉnh đoàn.
Tại chương trình, 15 ý kiến được nêu trực tiếp. Chị Lò Thị Hương, công nhân Công ty TNHH Giày da Việt Vinh, bày tỏ mong muốn có thêm nhà trẻ gần khu nhà trọ ở phường Bình Hòa. Anh Phạm Trọng Nhân - Phó Bí thư Đoàn cơ sở Công ty cổ phần Thép Thủ Đức Bình Dương, đề nghị tăng suất ăn ca và tổ chức các lớp học nghề buổi tối cho thanh niên công nhân.
Trả lời, đồng chí Lê Quang Thịnh cho biết tỉnh đang triển khai xây dựng 1.500 căn nhà ở xã hội cho công nhân, trong đó khu nhà ở tại xã An Tây dự kiến bàn giao cuối năm; năm 2012 tỉnh bố trí 120 tỷ đồng đầu tư 3 thiết chế văn hóa tại các khu công nghiệp lớn. Đồng chí đề nghị các cấp bộ Đoàn tiếp tục thực hiện Nghị quyết 25-NQ/TW ngày 25/7/2008 của BCH Trung ương Đảng (khóa X) về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa và Quyết định 2474/QĐ-TTg ngày 30/12/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thanh niên Việt Nam giai đoạn 2011 - 2020.
"Thanh niên công nhân là lực lượng đông đảo, làm ra của cải cho tỉnh; các cấp ủy, chính quyền phải lắng nghe, giải quyết cho được những việc chính đáng của các em", đồng chí Bí thư Tỉnh ủy nhấn mạnh.
Dịp này, Tỉnh đoàn trao 50 suất học bổng, mỗi suất 1 triệu đồng cho con công nhân vượt khó.
Minh Duy
Tin cùng chuyên mục
- Khai mạc Tháng Thanh niên năm 2012 (03/03/2012)
- 120 đoàn viên được kết nạp Đảng trong quý I (20/03/2012)
- Chương trình "Tiếp sức người lao động" tại Khu công nghiệp Mỹ Phước (15/03/2012)
""", "2012-03-26", "Bí thư Tỉnh ủy Bình Dương lắng nghe thanh niên công nhân",
E("doi_thoai", "2012", "2012-03-24"),
[P("Lê Quang Thịnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Võ Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thanh Trúc", "Bí thư Tỉnh đoàn"),
 P("Lò Thị Hương", "công nhân Công ty TNHH Giày da Việt Vinh"),
 P("Phạm Trọng Nhân", "Phó Bí thư Đoàn cơ sở Công ty cổ phần Thép Thủ Đức Bình Dương")],
[Q("hơn 1.000 đoàn viên, thanh niên công nhân", 1000, "đoàn viên, thanh niên công nhân", "over"),
 Q("28 khu công nghiệp", 28, "khu công nghiệp"),
 Q("khoảng 700.000 công nhân", 700000, "công nhân", "approx"),
 Q("hơn 60%", 60, "%", "over"),
 Q("350 ý kiến, câu hỏi", 350, "ý kiến, câu hỏi"),
 Q("15 ý kiến", 15, "ý kiến"),
 Q("1.500 căn nhà ở xã hội", 1500, "căn nhà ở xã hội"),
 Q("120 tỷ đồng", 120000000000, "đồng"),
 Q("3 thiết chế văn hóa", 3, "thiết chế văn hóa"),
 Q("50 suất học bổng", 50, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "BCH Trung ương Đảng", "Nghị quyết 25-NQ/TW ngày 25/7/2008"),
 D("Quyết định", "2474", "QĐ-TTg", "2011-12-30", "Thủ tướng Chính phủ", "Quyết định 2474/QĐ-TTg ngày 30/12/2011")],
[prov("Bình Dương"), com("Bình Hòa"), com("An Tây")],
["TỈNH ĐOÀN BÌNH DƯƠNG - Cổng thông tin điện tử", "Bạn đang ở: Trang chủ / Hoạt động Đoàn / Thanh niên công nhân",
 "Ảnh: Quang cảnh buổi đối thoại.", "Nhà Văn hóa Thanh niên tỉnh", "Công ty cổ phần Thép Thủ Đức Bình Dương", "Đoàn TNCS Hồ Chí Minh"],
["Cập nhật: 08:40, 26/03/2012 (GMT+7)", "81 năm", "năm 2012", "khóa X", "2011 - 2020"]))

PAGES.append(page("b9175-nghean-baona-doithoai-2013", """
Báo Nghệ An điện tử
Thời sự > Chính trị
28/04/2013 - 16:20
Bí thư Tỉnh ủy đối thoại với thanh niên về khởi nghiệp, lập nghiệp
(Baonghean) - Sáng 27/4, tại Trung tâm Hội nghị tỉnh, Tỉnh đoàn Nghệ An phối hợp Ban Dân vận Tỉnh ủy tổ chức Diễn đàn "Bí thư Tỉnh ủy đối thoại với thanh niên" năm 2013 với chủ đề "Thanh niên Nghệ An khởi nghiệp, lập nghiệp". Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phan Đình Khiêm chủ trì diễn đàn.
Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Lê Văn Toàn, Nguyễn Thị Hải Yến; đồng chí Hồ Sỹ Tài, Trưởng Ban Dân vận Tỉnh ủy; đại diện lãnh đạo các sở, ngành và gần 500 đoàn viên, thanh niên tiêu biểu đến từ 21 huyện, thành, thị.
Đồng chí Trần Quốc Khánh, Bí thư Tỉnh đoàn cho biết, những năm qua Quỹ hỗ trợ thanh niên lập nghiệp của tỉnh đã giải ngân hơn 45 tỷ đồng, giúp 1.320 thanh niên vay vốn phát triển kinh tế; tỷ lệ thanh niên nông thôn qua đào tạo nghề mới đạt khoảng 35%.
Tại diễn đàn, 12 ý kiến của thanh niên đã được Bí thư Tỉnh ủy trực tiếp trả lời. Em Vi Thị Thảo, sinh viên Trường Đại học Vinh, hỏi về cơ hội việc làm cho sinh viên tốt nghiệp ở lại quê hương. Anh Lữ Văn Pằn, Bí thư Đoàn xã Châu Kim, người dân tộc Khơ Mú, mong muốn tỉnh hỗ trợ giống, vốn cho thanh niên vùng cao trồng rừng. Anh Vừ Bá Chu, thanh niên xã Mường Lống, đề nghị mở thêm lớp dạy nghề ngay tại bản. Chị Lô Thị Thu, chủ trang trại nuôi gà ở xã Nghi Phong, chia sẻ kinh nghiệm vay 50 triệu đồng để bắt đầu với 300 con gà.
Trả lời các ý kiến, đồng chí Phan Đình Khiêm cho biết tỉnh đang triển khai Chỉ thị số 17-CT/TU ngày 12/3/2012 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy Đảng đối với công tác thanh niên; Tỉnh đoàn cần cụ thể hóa bằng Kế hoạch số 86-KH/TĐTN của Ban Thường vụ Tỉnh đoàn, mỗi năm hỗ trợ ít nhất 20 dự án khởi nghiệp của thanh niên. "Thanh niên đừng ngại khó, đừng chờ việc đến với mình; Tỉnh ủy, UBND tỉnh sẽ đồng hành với các em", đồng chí Bí thư nói.
Cũng tại diễn đàn, đồng chí Nguyễn Thị Hải Yến thông tin, năm 2013 tỉnh phấn đấu giải quyết việc làm cho 37.000 lao động, trong đó có 9.500 người đi làm việc ở nước ngoài theo hợp đồng; các trường nghề của tỉnh sẽ miễn học phí cho con em đồng bào dân tộc thiểu số ở 6 huyện miền núi cao. Đồng chí Hồ Sỹ Tài đề nghị các cấp bộ Đoàn phối hợp với khối dân vận nắm chắc tư tưởng thanh niên vùng giáp biên, kịp thời phát hiện các trường hợp bị lôi kéo đi lao động trái phép.
Kết thúc diễn đàn, Bí thư Tỉnh ủy giao các sở, ngành liên quan trả lời bằng văn bản 27 câu hỏi còn lại trước ngày 30/5.
Thành Chung
Tin liên quan
- Nghệ An: Ra quân Tháng Thanh niên 2013 (03/03/2013)
- Tuổi trẻ Quỳnh Lưu làm đường giao thông nông thôn (15/04/2013)
- Trao 30 suất học bổng cho học sinh miền Tây (10/04/2013)
""", "2013-04-28", "Bí thư Tỉnh ủy đối thoại với thanh niên về khởi nghiệp, lập nghiệp",
E("doi_thoai", "2013", "2013-04-27"),
[P("Phan Đình Khiêm", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Văn Toàn", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Hải Yến", "Phó Chủ tịch UBND tỉnh"),
 P("Hồ Sỹ Tài", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Khánh", "Bí thư Tỉnh đoàn"),
 P("Vi Thị Thảo", "sinh viên Trường Đại học Vinh"),
 P("Lữ Văn Pằn", "Bí thư Đoàn xã Châu Kim"),
 P("Vừ Bá Chu", "thanh niên xã Mường Lống"),
 P("Lô Thị Thu", "chủ trang trại nuôi gà")],
[Q("gần 500 đoàn viên, thanh niên tiêu biểu", 500, "đoàn viên, thanh niên tiêu biểu", "approx"),
 Q("21 huyện, thành, thị", 21, "huyện, thành, thị"),
 Q("hơn 45 tỷ đồng", 45000000000, "đồng", "over"),
 Q("1.320 thanh niên", 1320, "thanh niên"),
 Q("khoảng 35%", 35, "%", "approx"),
 Q("12 ý kiến", 12, "ý kiến"),
 Q("50 triệu đồng", 50000000, "đồng"),
 Q("300 con gà", 300, "con gà"),
 Q("ít nhất 20 dự án khởi nghiệp", 20, "dự án khởi nghiệp", "over"),
 Q("27 câu hỏi", 27, "câu hỏi"),
 Q("37.000 lao động", 37000, "lao động"),
 Q("9.500 người", 9500, "người"),
 Q("6 huyện miền núi cao", 6, "huyện miền núi cao")],
[D("Chỉ thị", "17", "CT/TU", "2012-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 12/3/2012"),
 D("Kế hoạch", "86", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 86-KH/TĐTN")],
[prov("Nghệ An"), com("Châu Kim"), com("Mường Lống"), com("Nghi Phong")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị", "(Baonghean)", "Bí thư Tỉnh ủy đối thoại với thanh niên",
 "Thanh niên Nghệ An khởi nghiệp, lập nghiệp", "Quỹ hỗ trợ thanh niên lập nghiệp", "Trung tâm Hội nghị tỉnh"],
["28/04/2013 - 16:20", "năm 2013", "ngày 30/5"]))

PAGES.append(page("b9176-dongnai-ldld-doithoai-2014", """
CÔNG ĐOÀN ĐỒNG NAI
Trang chủ › Tin tức › Công nhân - Công đoàn
Chủ nhật, 27/07/2014 08:10
Đồng Nai: 800 công nhân đối thoại với Bí thư Tỉnh ủy
Sáng 26/7, Liên đoàn Lao động tỉnh Đồng Nai phối hợp với Ban Dân vận Tỉnh ủy tổ chức Hội nghị đối thoại giữa Bí thư Tỉnh ủy với công nhân lao động năm 2014. Đồng chí Nguyễn Hữu Trí, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đồng Nai chủ trì; 800 công nhân đại diện cho hơn 520.000 công nhân lao động đang làm việc tại 32 khu công nghiệp của tỉnh tham dự. Cùng dự có đồng chí Đinh Văn Hải, Phó Chủ tịch UBND tỉnh; đồng chí Phạm Thị Xuân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy cùng lãnh đạo các sở Lao động - Thương binh và Xã hội, Xây dựng, Công an tỉnh và Ban Quản lý các khu công nghiệp.
Toàn cảnh hội nghị đối thoại.
Theo báo cáo của LĐLĐ tỉnh, sau sự việc tụ tập đông người, gây rối hồi tháng 5/2014, tình hình công nhân đã ổn định, các doanh nghiệp bị ảnh hưởng đã khôi phục sản xuất. Trước hội nghị, các cấp công đoàn đã tổng hợp 148 ý kiến của công nhân, tập trung vào tiền lương, nhà ở, bảo hiểm xã hội và nơi gửi trẻ. Hiện có 12 doanh nghiệp nợ bảo hiểm xã hội với số tiền trên 36 tỷ đồng.
Tại hội nghị, anh Lương Văn Kha, công nhân Công ty TNHH Changshin Việt Nam, cho rằng mức lương tối thiểu vùng 2.700.000 đồng chưa đủ chi tiêu cho gia đình có con nhỏ. Chị Y Thị Lan, Chủ tịch Công đoàn cơ sở Công ty TNHH Hwaseung Vina, đề nghị xử lý nghiêm doanh nghiệp trốn đóng bảo hiểm. Anh Nguyễn Văn Sáu, công nhân khu nhà trọ phường Long Bình, phản ánh tình trạng mất an ninh trật tự ở khu vực Hố Nai.
Trả lời công nhân, Bí thư Tỉnh ủy Nguyễn Hữu Trí yêu cầu các ngành thực hiện nghiêm Chỉ thị số 22-CT/TW ngày 05/6/2008 của Ban Bí thư về tăng cường công tác lãnh đạo, chỉ đạo việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp. Tỉnh đang xây dựng 1.800 căn hộ cho công nhân tại xã An Phước và sẽ có thêm 6 nhà trẻ ở các khu công nghiệp Biên Hòa, Nhơn Trạch. Đồng chí giao Sở Lao động - Thương binh và Xã hội phối hợp LĐLĐ tỉnh khởi kiện các doanh nghiệp nợ bảo hiểm kéo dài theo Kế hoạch số 127/KH-UBND của UBND tỉnh.
Chủ tịch LĐLĐ tỉnh Huỳnh Thị Kim Loan cho biết, năm 2014 công đoàn sẽ ký kết thỏa ước lao động tập thể tại ít nhất 70% doanh nghiệp có tổ chức công đoàn, tổ chức 25 buổi đối thoại tại nơi làm việc.
Kết thúc hội nghị, Bí thư Tỉnh ủy và lãnh đạo LĐLĐ tỉnh trao 100 phần quà, mỗi phần trị giá 500.000 đồng cho công nhân khó khăn.
Hồng Đào
Tin khác
- Hơn 2.000 công nhân được khám sức khỏe miễn phí (20/07/2014)
- Công đoàn Khu công nghiệp Nhơn Trạch ra mắt tổ tư vấn pháp luật (12/07/2014)
- Hỗ trợ công nhân các doanh nghiệp bị thiệt hại sau sự cố tháng 5 (05/06/2014)
""", "2014-07-27", "Đồng Nai: 800 công nhân đối thoại với Bí thư Tỉnh ủy",
E("doi_thoai", "2014", "2014-07-26"),
[P("Nguyễn Hữu Trí", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Đồng Nai", "Bí thư Tỉnh ủy"),
 P("Lương Văn Kha", "công nhân Công ty TNHH Changshin Việt Nam"),
 P("Y Thị Lan", "Chủ tịch Công đoàn cơ sở Công ty TNHH Hwaseung Vina"),
 P("Nguyễn Văn Sáu", "công nhân khu nhà trọ phường Long Bình"),
 P("Huỳnh Thị Kim Loan", "Chủ tịch LĐLĐ tỉnh"),
 P("Đinh Văn Hải", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Thị Xuân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("800 công nhân", 800, "công nhân"),
 Q("hơn 520.000 công nhân lao động", 520000, "công nhân lao động", "over"),
 Q("32 khu công nghiệp", 32, "khu công nghiệp"),
 Q("148 ý kiến", 148, "ý kiến"),
 Q("12 doanh nghiệp", 12, "doanh nghiệp"),
 Q("trên 36 tỷ đồng", 36000000000, "đồng", "over"),
 Q("2.700.000 đồng", 2700000, "đồng"),
 Q("1.800 căn hộ", 1800, "căn hộ"),
 Q("6 nhà trẻ", 6, "nhà trẻ"),
 Q("ít nhất 70%", 70, "%", "over"),
 Q("25 buổi đối thoại", 25, "buổi đối thoại"),
 Q("100 phần quà", 100, "phần quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 05/6/2008"),
 D("Kế hoạch", "127", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 127/KH-UBND")],
[prov("Đồng Nai"), com("Long Bình"), com("An Phước")],
["CÔNG ĐOÀN ĐỒNG NAI", "Trang chủ › Tin tức › Công nhân - Công đoàn", "Toàn cảnh hội nghị đối thoại.",
 "Công ty TNHH Changshin Việt Nam", "Hố Nai"],
["Chủ nhật, 27/07/2014 08:10", "năm 2014", "tháng 5/2014"]))

PAGES.append(page("b9177-hatinh-baoht-doithoai-2015", """
BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Chính trị >> Xây dựng Đảng
Thứ Tư, 25/03/2015 - 14:45
Kỳ Anh: Bí thư Huyện ủy đối thoại với 200 đoàn viên, thanh niên
(Baohatinh.vn) - Chiều 24/3, Huyện đoàn Kỳ Anh phối hợp với Ban Dân vận Huyện ủy tổ chức hội nghị Bí thư Huyện ủy đối thoại với thanh niên năm 2015, hướng tới kỷ niệm 84 năm Ngày thành lập Đoàn. Đồng chí Hoàng Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Kỳ Anh chủ trì hội nghị.
Đồng chí Hoàng Văn Hùng trả lời ý kiến của đoàn viên, thanh niên. Ảnh: Thu Hà
Tham dự có các đồng chí: Nguyễn Văn Lam, Phó Bí thư Thường trực Huyện ủy; Trần Hữu Tâm, Phó Chủ tịch UBND huyện; Phan Thị Hòa, HUV, Trưởng Ban Dân vận Huyện ủy cùng 200 đoàn viên, thanh niên là công nhân trong Khu kinh tế Vũng Áng, thanh niên nông thôn và cán bộ đoàn cơ sở.
HUV, Bí thư Huyện đoàn Lê Thị Thu Hà báo cáo: hiện có hơn 3.000 lao động địa phương làm việc tại các nhà thầu trong Khu kinh tế Vũng Áng, nhưng khoảng 40% thanh niên chưa qua đào tạo nghề. Năm 2014, Quỹ hỗ trợ thanh niên lập nghiệp của huyện giải ngân 700 triệu đồng cho 45 thanh niên vay phát triển sản xuất, dịch vụ.
Tại hội nghị, 18 ý kiến được đưa ra. Anh Nguyễn Đình Trung, Bí thư Chi đoàn thôn Hải Phong, xã Kỳ Lợi, phản ánh việc chậm chi trả tiền bồi thường khiến nhiều thanh niên vùng tái định cư chưa có vốn làm ăn. Chị Võ Thị Nga, công nhân nhà thầu xây dựng ở xã Kỳ Long, đề nghị các doanh nghiệp ưu tiên tuyển lao động địa phương và ký hợp đồng đúng luật. Anh Đặng Quang Vinh, Phó Bí thư Đoàn xã Kỳ Phương, kiến nghị mở lớp tiếng Trung, tiếng Hàn cho thanh niên.
Trả lời, đồng chí Bí thư Huyện ủy cho biết Ban Thường vụ Huyện ủy đã ban hành Kết luận 06, 07-KL/HU về giải quyết việc làm cho lao động vùng tái định cư và về công tác thanh niên trong tình hình mới; UBND tỉnh có Quyết định 1187/QĐ-UBND ngày 12/5/2014 về hỗ trợ đào tạo nghề cho lao động bị thu hồi đất. Năm 2015, huyện phấn đấu đào tạo nghề cho 1.200 lao động và đưa 150 thanh niên đi làm việc có thời hạn ở nước ngoài.
"Cái gì thuộc trách nhiệm của huyện thì trong tháng 4 phải trả lời dứt điểm; việc gì vượt thẩm quyền thì huyện sẽ kiến nghị tỉnh", đồng chí Hoàng Văn Hùng khẳng định. Ban Dân vận Huyện ủy được giao theo dõi, đôn đốc việc giải quyết 9 kiến nghị sau hội nghị.
Thu Hà
Tin liên quan
- Tuổi trẻ Kỳ Anh ra quân Tháng Thanh niên (05/03/2015)
- Hà Tĩnh: 1.500 thanh niên dự ngày hội việc làm (14/03/2015)
- Huyện đoàn Kỳ Anh ra mắt câu lạc bộ thanh niên khởi nghiệp (20/02/2015)
""", "2015-03-25", "Kỳ Anh: Bí thư Huyện ủy đối thoại với 200 đoàn viên, thanh niên",
E("doi_thoai", "2015", "2015-03-24"),
[P("Hoàng Văn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Kỳ Anh"),
 P("Nguyễn Văn Lam", "Phó Bí thư Thường trực Huyện ủy"),
 P("Trần Hữu Tâm", "Phó Chủ tịch UBND huyện"),
 P("Phan Thị Hòa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Thị Thu Hà", "HUV", "Bí thư Huyện đoàn"),
 P("Nguyễn Đình Trung", "Bí thư Chi đoàn thôn Hải Phong"),
 P("Võ Thị Nga", "công nhân nhà thầu xây dựng"),
 P("Đặng Quang Vinh", "Phó Bí thư Đoàn xã Kỳ Phương")],
[Q("200 đoàn viên, thanh niên", 200, "đoàn viên, thanh niên"),
 Q("hơn 3.000 lao động địa phương", 3000, "lao động địa phương", "over"),
 Q("khoảng 40%", 40, "%", "approx"),
 Q("700 triệu đồng", 700000000, "đồng"),
 Q("45 thanh niên", 45, "thanh niên"),
 Q("18 ý kiến", 18, "ý kiến"),
 Q("1.200 lao động", 1200, "lao động"),
 Q("150 thanh niên", 150, "thanh niên"),
 Q("9 kiến nghị", 9, "kiến nghị")],
[D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 06, 07-KL/HU"),
 D("Kết luận", "07", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 06, 07-KL/HU"),
 D("Quyết định", "1187", "QĐ-UBND", "2014-05-12", "UBND tỉnh", "Quyết định 1187/QĐ-UBND ngày 12/5/2014")],
[prov("Hà Tĩnh"), com("Kỳ Lợi"), com("Kỳ Long"), com("Kỳ Phương")],
["BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Chính trị >> Xây dựng Đảng", "(Baohatinh.vn)",
 "Đồng chí Hoàng Văn Hùng trả lời ý kiến của đoàn viên, thanh niên. Ảnh: Thu Hà", "Khu kinh tế Vũng Áng", "Quỹ hỗ trợ thanh niên lập nghiệp"],
["Thứ Tư, 25/03/2015 - 14:45", "năm 2015", "84 năm", "Năm 2014", "tháng 4"]))

PAGES.append(page("b9178-cantho-thanhdoan-doithoai-2016", """
THÀNH ĐOÀN CẦN THƠ
Trang chủ | Tin tức - Sự kiện | Hoạt động Thành đoàn
Thứ Năm, 24/03/2016 | 10:20
Bí thư Thành ủy Cần Thơ đối thoại với thanh niên
Quang cảnh buổi đối thoại tại Hội trường Thành ủy.
Sáng 23/3, Ban Thường vụ Thành đoàn Cần Thơ phối hợp Ban Dân vận Thành ủy tổ chức chương trình "Bí thư Thành ủy đối thoại với thanh niên" năm 2016. Ủy viên Trung ương Đảng, Bí thư Thành ủy Cần Thơ Võ Thanh Hải chủ trì; cùng dự có đồng chí Lê Thị Ngọc Hân, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố và 300 đại biểu là đoàn viên, thanh niên, sinh viên, công nhân đến từ 9 quận, huyện.
Đồng chí Nguyễn Phước Thiện, Bí thư Thành đoàn cho biết, thực hiện Chỉ thị 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ giai đoạn 2015 - 2030 và Kế hoạch số 35-KH/TU của Thành ủy, năm 2015 các cấp bộ Đoàn đã giới thiệu việc làm cho 2.850 thanh niên; giúp thanh niên tiếp cận nguồn vốn vay 4,2 tỷ đồng; 80% cơ sở đoàn tổ chức sinh hoạt chính trị định kỳ.
Trong buổi đối thoại, 26 ý kiến được gửi tới Bí thư Thành ủy. Em Thạch Thị Sa Ry, sinh viên Trường Đại học Cần Thơ, người dân tộc Khmer, hỏi về chính sách thu hút sinh viên giỏi ở lại làm việc tại thành phố. Anh Trần Văn Út, Bí thư Đoàn xã Thới Hưng, phản ánh nhiều thanh niên nông thôn bỏ quê lên Bình Dương làm công nhân vì thu nhập từ ruộng lúa thấp. Chị Huỳnh Ngọc Bích, công nhân Khu công nghiệp Trà Nóc, đề nghị có thêm điểm sinh hoạt văn hóa cho công nhân ở trọ tại phường Thới Bình và phường An Khánh.
Trả lời, đồng chí Võ Thanh Hải cho biết thành phố đang xây dựng đề án thu hút nguồn nhân lực chất lượng cao, dự kiến mỗi năm tuyển chọn khoảng 50 sinh viên tốt nghiệp loại giỏi vào làm việc tại các cơ quan. Đồng chí đề nghị các ngành phối hợp Thành đoàn mở 12 lớp dạy nghề ngắn hạn cho thanh niên nông thôn trong năm 2016; UBND thành phố bố trí 1,5 tỷ đồng bổ sung Quỹ hỗ trợ thanh niên khởi nghiệp.
"Thanh niên hỏi thẳng thì lãnh đạo phải trả lời thẳng; những gì hứa hôm nay, Thành ủy sẽ kiểm tra việc thực hiện", đồng chí Bí thư Thành ủy nói.
Dịp này, Thành đoàn trao 20 suất học bổng "Tiếp sức đến trường" cho sinh viên dân tộc Khmer có hoàn cảnh khó khăn.
Bảo Trân
Tin cùng chuyên mục
- Cần Thơ: Ngày hội Thanh niên với văn hóa giao thông (19/03/2016)
- Tuyên dương 26 gương thanh niên tiêu biểu (10/03/2016)
- Thành đoàn ra quân chiến dịch "Ngày Chủ nhật xanh" (06/03/2016)
""", "2016-03-24", "Bí thư Thành ủy Cần Thơ đối thoại với thanh niên",
E("doi_thoai", "2016", "2016-03-23"),
[P("Võ Thanh Hải", "Ủy viên Trung ương Đảng", "Bí thư Thành ủy Cần Thơ", "Bí thư Thành ủy"),
 P("Lê Thị Ngọc Hân", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Phước Thiện", "Bí thư Thành đoàn"),
 P("Thạch Thị Sa Ry", "sinh viên Trường Đại học Cần Thơ"),
 P("Trần Văn Út", "Bí thư Đoàn xã Thới Hưng"),
 P("Huỳnh Ngọc Bích", "công nhân Khu công nghiệp Trà Nóc")],
[Q("300 đại biểu", 300, "đại biểu"),
 Q("9 quận, huyện", 9, "quận, huyện"),
 Q("2.850 thanh niên", 2850, "thanh niên"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("80%", 80, "%"),
 Q("26 ý kiến", 26, "ý kiến"),
 Q("khoảng 50 sinh viên tốt nghiệp loại giỏi", 50, "sinh viên tốt nghiệp loại giỏi", "approx"),
 Q("12 lớp dạy nghề ngắn hạn", 12, "lớp dạy nghề ngắn hạn"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("20 suất học bổng", 20, "suất học bổng")],
[D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị 42-CT/TW ngày 24/3/2015"),
 D("Kế hoạch", "35", "KH/TU", None, "Thành ủy", "Kế hoạch số 35-KH/TU")],
[prov("Cần Thơ"), prov("Bình Dương"), com("Thới Hưng"), com("Thới Bình"), com("An Khánh")],
["THÀNH ĐOÀN CẦN THƠ", "Trang chủ | Tin tức - Sự kiện | Hoạt động Thành đoàn", "Quang cảnh buổi đối thoại tại Hội trường Thành ủy.",
 "Bí thư Thành ủy đối thoại với thanh niên", "Tiếp sức đến trường", "Quỹ hỗ trợ thanh niên khởi nghiệp", "Khu công nghiệp Trà Nóc"],
["Thứ Năm, 24/03/2016 | 10:20", "năm 2016", "2015 - 2030", "năm 2015"]))
