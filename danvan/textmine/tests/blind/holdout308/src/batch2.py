from lib import *
PAGES = []

PAGES.append(page("b7355-hue-doanhnhantre-daihoi-2017", """
Báo Thừa Thiên Huế Online
Chính trị :: Đoàn thể :: Thanh niên
Cập nhật: 16:45, 18/09/2017 (GMT+7)
Đại hội Hội Doanh nhân trẻ tỉnh lần thứ III: Đồng hành cùng thanh niên khởi nghiệp
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Ngày 17/9, tại TP Huế, Hội Doanh nhân trẻ tỉnh Thừa Thiên Huế tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2017 - 2022. Dự đại hội có ông Phan Ngọc Thuận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà Nguyễn Thị Mỹ Linh, Phó Chủ tịch Trung ương Hội Doanh nhân trẻ Việt Nam cùng 150 đại biểu đại diện cho 312 hội viên.
Nhiệm kỳ 2012 - 2017, Hội đã phát triển thêm 120 hội viên mới, nâng tổng số doanh nghiệp hội viên có doanh thu trên 1.000 tỷ đồng mỗi năm; hội viên đóng góp ngân sách gần 250 tỷ đồng và tạo việc làm cho khoảng 9.000 lao động. Hội đã phối hợp với Tỉnh đoàn tổ chức 4 cuộc thi ý tưởng khởi nghiệp, tư vấn cho hơn 60 dự án khởi nghiệp của thanh niên nông thôn về chế biến nông sản, dược liệu, sản phẩm từ sen Huế và nước mắm Phú Thuận.
Đáng chú ý, Hội đã thành lập Quỹ đồng hành khởi nghiệp với số vốn ban đầu 2,5 tỷ đồng, hỗ trợ không lãi suất cho 18 dự án của thanh niên ở các xã Phong Mỹ, Hương Vân, Lộc Bình. Một số dự án đã có sản phẩm bán trên các sàn thương mại điện tử như mè xửng, trà cung đình, tinh dầu tràm.
Phát biểu tại đại hội, ông Phan Ngọc Thuận ghi nhận sự đóng góp của doanh nhân trẻ; đề nghị Hội tiếp tục thực hiện Nghị quyết số 09-NQ/TW ngày 9/12/2011 của Bộ Chính trị về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước, làm "bà đỡ" cho thanh niên nông thôn khởi nghiệp, đưa nông sản địa phương đến với thị trường lớn.
Đại hội đã bầu Ban Chấp hành khóa III gồm 35 ủy viên. Ông Trần Hữu Minh, Giám đốc Công ty TNHH Nông sản sạch Hương Giang, được tín nhiệm bầu giữ chức Chủ tịch Hội Doanh nhân trẻ tỉnh khóa III; các ông Lê Quý Sang, Hồ Đắc Duy - Phó Chủ tịch Hội. Đại hội cũng thông qua chương trình hành động với 5 nhóm giải pháp, trong đó phấn đấu hỗ trợ ít nhất 100 dự án khởi nghiệp của thanh niên trong nhiệm kỳ.
Dịp này, Trung ương Hội Doanh nhân trẻ Việt Nam tặng bằng khen cho 3 tập thể và 11 hội viên có thành tích xuất sắc nhiệm kỳ 2012 - 2017.
Trong phần tham luận, bà Hoàng Thị Hà, Chủ nhiệm Hợp tác xã sen Hương Hồ, chia sẻ kinh nghiệm đưa hạt sen sấy lên các trang bán hàng trực tuyến; ông Nguyễn Văn Cường, Phó Bí thư Tỉnh đoàn, đề nghị các doanh nhân nhận đỡ đầu các câu lạc bộ thanh niên khởi nghiệp ở huyện miền núi A Lưới.
Bài, ảnh: Hữu Phúc
Tin liên quan
- Tuyên dương 10 doanh nhân trẻ tiêu biểu năm 2017 (12/08/2017)
- Tỉnh đoàn ra mắt Câu lạc bộ Khởi nghiệp (20/07/2017)
- Đối thoại giữa lãnh đạo tỉnh với doanh nhân trẻ (05/05/2017)
""", "2017-09-18", "Đại hội Hội Doanh nhân trẻ tỉnh lần thứ III: Đồng hành cùng thanh niên khởi nghiệp",
E("dai_hoi", None, "2017-09-17"),
[P("Phan Ngọc Thuận", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Mỹ Linh", "Phó Chủ tịch Trung ương Hội Doanh nhân trẻ Việt Nam"),
 P("Trần Hữu Minh", "Giám đốc Công ty TNHH Nông sản sạch Hương Giang", "Chủ tịch Hội Doanh nhân trẻ tỉnh khóa III"),
 P("Lê Quý Sang", "Phó Chủ tịch Hội"), P("Hồ Đắc Duy", "Phó Chủ tịch Hội"),
 P("Hoàng Thị Hà", "Chủ nhiệm Hợp tác xã sen Hương Hồ"),
 P("Nguyễn Văn Cường", "Phó Bí thư Tỉnh đoàn")],
[Q("150 đại biểu", 150, "đại biểu"), Q("312 hội viên", 312, "hội viên"), Q("120 hội viên mới", 120, "hội viên mới"),
 Q("trên 1.000 tỷ đồng", 1000000000000, "đồng", "over"), Q("gần 250 tỷ đồng", 250000000000, "đồng", "approx"),
 Q("khoảng 9.000 lao động", 9000, "lao động", "approx"), Q("4 cuộc thi ý tưởng khởi nghiệp", 4, "cuộc thi ý tưởng khởi nghiệp"),
 Q("hơn 60 dự án khởi nghiệp", 60, "dự án khởi nghiệp", "over"), Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("18 dự án", 18, "dự án"), Q("35 ủy viên", 35, "ủy viên"), Q("5 nhóm giải pháp", 5, "nhóm giải pháp"),
 Q("ít nhất 100 dự án khởi nghiệp", 100, "dự án khởi nghiệp", "over"), Q("3 tập thể", 3, "tập thể"), Q("11 hội viên", 11, "hội viên")],
[D("Nghị quyết", "09", "NQ/TW", "2011-12-09", "Bộ Chính trị", "Nghị quyết số 09-NQ/TW ngày 9/12/2011")],
[prov("Thừa Thiên Huế"), com("Phong Mỹ"), com("Hương Vân"), com("Lộc Bình")],
["Báo Thừa Thiên Huế Online", "Chính trị :: Đoàn thể :: Thanh niên", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Quỹ đồng hành khởi nghiệp", "Công ty TNHH Nông sản sạch Hương Giang", "Hợp tác xã sen Hương Hồ", "nước mắm Phú Thuận"],
["Cập nhật: 16:45, 18/09/2017 (GMT+7)", "lần thứ III", "nhiệm kỳ 2017 - 2022", "2012 - 2017", "khóa III"]))

PAGES.append(page("b7356-quangnam-hoithi-khac-2018", """
Báo Quảng Nam
Trang chủ | Thời sự | Thanh niên - Khởi nghiệp
21.09.2018 | 09:35
Hơn 70 ý tưởng tranh tài tại Hội thi khởi nghiệp thanh niên nông thôn
Đại diện nhóm tác giả dự án sâm Ngọc Linh trình bày trước ban giám khảo.
(QNO) - Ngày 20/9, tại thành phố Tam Kỳ, Tỉnh đoàn Quảng Nam phối hợp với Sở Khoa học và Công nghệ tổ chức vòng chung kết Hội thi "Ý tưởng khởi nghiệp thanh niên nông thôn" lần thứ hai. Hội thi nằm trong chương trình thực hiện Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025".
Năm nay, Ban tổ chức nhận được 73 ý tưởng, dự án từ 18 huyện, thị xã, thành phố; qua vòng sơ khảo chọn 12 dự án vào chung kết. Các dự án tập trung vào chế biến sâm Ngọc Linh, quế Trà My, trà thảo mộc, gạo hữu cơ và du lịch sinh thái cộng đồng. Nhiều nhóm đã đưa ra kế hoạch bán hàng qua website, Facebook và các sàn thương mại điện tử.
Giải nhất thuộc về dự án "Trà dây rừng Tây Giang" của nhóm anh Bríu Liếc, đoàn viên xã A Tiêng, với mức thưởng 30 triệu đồng. Anh Liếc cho biết nhóm có 5 thành viên người Cơ Tu, mỗi năm thu mua khoảng 8 tấn trà dây khô của đồng bào, đóng gói và bán qua mạng. "Giải thưởng sẽ giúp nhóm mua máy sấy, làm bao bì đẹp hơn", anh nói.
Giải nhì được trao cho dự án nuôi dê thảo dược của chị Hồ Thị Thu Trang ở xã Tam Thạnh; hai giải ba thuộc về dự án bánh tráng Đại Lộc và dự án gạo lứt hữu cơ Duy Xuyên. Ban tổ chức cũng trao 8 giải khuyến khích, mỗi giải 3 triệu đồng.
Phát biểu tại lễ trao giải, ông Trần Văn Tâm, Phó Chủ tịch UBND tỉnh, đánh giá chất lượng ý tưởng năm nay tăng rõ, nhiều dự án có sản phẩm thật, có khách hàng. Ông đề nghị Tỉnh đoàn, Sở Khoa học và Công nghệ tiếp tục ươm tạo các dự án đạt giải, kết nối với Quỹ phát triển khoa học và công nghệ tỉnh để hỗ trợ vốn.
Theo anh Phan Xuân Quang, Bí thư Tỉnh đoàn, sau hội thi lần thứ nhất năm 2017, đã có 7 dự án đi vào sản xuất, tạo việc làm cho hơn 90 lao động nông thôn. Tỉnh đoàn sẽ phối hợp với Ngân hàng Chính sách xã hội giới thiệu các dự án vay vốn từ Quỹ quốc gia về việc làm, mức vay tối đa 100 triệu đồng/dự án.
Ban giám khảo gồm các chuyên gia của Trung tâm Hỗ trợ khởi nghiệp sáng tạo tỉnh và doanh nhân trẻ. Ông Đinh Văn Thu, Giám đốc Trung tâm, trưởng ban giám khảo, nhận xét điểm yếu chung của các dự án là chưa tính kỹ chi phí vận chuyển, đóng gói khi bán hàng trực tuyến.
Văn Sự
Các tin khác
- Hội An: ra mắt Câu lạc bộ thanh niên khởi nghiệp (15/09/2018)
- Tuổi trẻ Nam Trà My giúp dân trồng sâm (04/09/2018)
- Trao 20 triệu đồng hỗ trợ thanh niên lập nghiệp (28/08/2018)
""", "2018-09-21", "Hơn 70 ý tưởng tranh tài tại Hội thi khởi nghiệp thanh niên nông thôn",
E("khac", None, "2018-09-20"),
[P("Bríu Liếc", "đoàn viên xã A Tiêng"),
 P("Hồ Thị Thu Trang"),
 P("Trần Văn Tâm", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Xuân Quang", "Bí thư Tỉnh đoàn"),
 P("Đinh Văn Thu", "Giám đốc Trung tâm", "trưởng ban giám khảo")],
[Q("Hơn 70 ý tưởng", 70, "ý tưởng", "over"), Q("73 ý tưởng, dự án", 73, "ý tưởng, dự án"),
 Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("12 dự án", 12, "dự án"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("5 thành viên người Cơ Tu", 5, "thành viên người Cơ Tu"),
 Q("khoảng 8 tấn", 8, "tấn", "approx"), Q("8 giải khuyến khích", 8, "giải khuyến khích"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("7 dự án", 7, "dự án"), Q("hơn 90 lao động nông thôn", 90, "lao động nông thôn", "over"),
 Q("tối đa 100 triệu đồng", 100000000, "đồng")],
[D("Quyết định", "844", "QĐ-TTg", "2016-05-18", "Thủ tướng Chính phủ", "Quyết định số 844/QĐ-TTg ngày 18/5/2016")],
[prov("Quảng Nam"), com("A Tiêng"), com("Tam Thạnh")],
["Báo Quảng Nam", "Trang chủ | Thời sự | Thanh niên - Khởi nghiệp", "(QNO)",
 "Đại diện nhóm tác giả dự án sâm Ngọc Linh trình bày trước ban giám khảo.", "Ý tưởng khởi nghiệp thanh niên nông thôn",
 "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025", "Trà dây rừng Tây Giang", "Quỹ quốc gia về việc làm",
 "Trung tâm Hỗ trợ khởi nghiệp sáng tạo tỉnh"],
["21.09.2018 | 09:35", "lần thứ hai", "Giải nhất", "Giải nhì", "hai giải ba", "lần thứ nhất", "năm 2017"]))

PAGES.append(page("b7357-binhdinh-hdnd-giamsat-2019", """
BÁO BÌNH ĐỊNH
Thời sự » Chính trị
Thứ Tư, 14/08/2019 - 17:02
Giám sát chính sách hỗ trợ thanh niên nông thôn khởi nghiệp
Ngày 13/8, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh do ông Nguyễn Văn Dũng, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh, làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ thanh niên khởi nghiệp, tạo việc làm tại Tỉnh đoàn và Sở Lao động - Thương binh và Xã hội.
Đoàn giám sát làm việc tại Tỉnh đoàn.
Theo báo cáo của Tỉnh đoàn, giai đoạn 2016 - 2019, thực hiện Nghị quyết số 14/2016/NQ-HĐND ngày 20/7/2016 của HĐND tỉnh và Kế hoạch số 40/KH-UBND của UBND tỉnh, các cấp bộ Đoàn đã tư vấn khởi nghiệp cho 3.450 lượt thanh niên, hỗ trợ 184 thanh niên tiếp cận vốn vay với tổng số tiền gần 7,9 tỷ đồng. Thông qua Ngân hàng Chính sách xã hội, Tỉnh đoàn đang quản lý dư nợ 512 tỷ đồng với 14.600 hộ vay.
Các dự án khởi nghiệp tập trung vào trồng rau thủy canh, nuôi bò thịt, sản xuất nấm, chế biến nước mắm Tam Quan và bánh tráng nước dừa. Hiện có 41 dự án đã có sản phẩm đưa lên sàn thương mại điện tử và trang bán hàng của Tỉnh đoàn, doanh thu bình quân 15 - 25 triệu đồng/tháng.
Bà Đặng Thị Thu Hà, Phó Bí thư Thường trực Tỉnh đoàn, cho biết vướng mắc lớn nhất là mức vay từ Quỹ quốc gia về việc làm còn thấp, thủ tục xác nhận dự án phức tạp; nhiều thanh niên không có tài sản đảm bảo nên không vay được ngân hàng thương mại. Tỉnh đoàn kiến nghị tỉnh sớm thành lập Quỹ hỗ trợ khởi nghiệp của tỉnh với vốn ban đầu 20 tỷ đồng.
Ông Lê Văn Thuận, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, thông tin: 3 năm qua Sở đã phối hợp đào tạo nghề cho 2.100 lao động nông thôn là thanh niên, tỷ lệ có việc làm sau học nghề đạt 82%.
Thành viên đoàn giám sát, bà Trương Thị Mỹ Hạnh, Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh, đề nghị làm rõ vì sao chỉ có 26% số dự án được hỗ trợ duy trì được hoạt động quá 2 năm; đồng thời lưu ý việc theo dõi, đánh giá hiệu quả sau hỗ trợ.
Kết luận buổi giám sát, ông Nguyễn Văn Dũng ghi nhận nỗ lực của Tỉnh đoàn trong hỗ trợ thanh niên, đề nghị rà soát lại danh mục dự án, ưu tiên hỗ trợ các dự án gắn với chuỗi giá trị nông sản chủ lực của Bình Định; hướng dẫn thanh niên kỹ năng bán hàng trực tuyến, xây dựng thương hiệu. Các kiến nghị của đơn vị sẽ được Đoàn giám sát tổng hợp, báo cáo Thường trực HĐND tỉnh trước kỳ họp cuối năm.
Trước đó, đoàn đã khảo sát thực tế tại xã Cát Hanh và phường Tam Quan Bắc, thăm mô hình nuôi dê của anh Trần Minh Nhật và cơ sở chế biến nước mắm của chị Lê Thị Bích Vân - hai thanh niên khởi nghiệp được vay vốn năm 2018.
Ngọc Nhuận
Tin liên quan
- HĐND tỉnh giám sát công tác giảm nghèo (06/08/2019)
- Tuyên dương 15 thanh niên khởi nghiệp tiêu biểu (26/07/2019)
- Ra mắt Trung tâm hỗ trợ khởi nghiệp tỉnh (10/07/2019)
""", "2019-08-14", "Giám sát chính sách hỗ trợ thanh niên nông thôn khởi nghiệp",
E("giam_sat", None, "2019-08-13"),
[P("Nguyễn Văn Dũng", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh", "trưởng đoàn"),
 P("Đặng Thị Thu Hà", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Lê Văn Thuận", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Trương Thị Mỹ Hạnh", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Trần Minh Nhật"), P("Lê Thị Bích Vân")],
[Q("3.450 lượt thanh niên", 3450, "lượt thanh niên"), Q("184 thanh niên", 184, "thanh niên"),
 Q("gần 7,9 tỷ đồng", 7900000000, "đồng", "approx"), Q("512 tỷ đồng", 512000000000, "đồng"), Q("14.600 hộ", 14600, "hộ"),
 Q("41 dự án", 41, "dự án"), Q("15 - 25 triệu đồng", 15000000, "đồng", "approx"), Q("20 tỷ đồng", 20000000000, "đồng"),
 Q("2.100 lao động nông thôn", 2100, "lao động nông thôn"), Q("82%", 82, "%"), Q("26%", 26, "%")],
[D("Nghị quyết", "14", "2016/NQ-HĐND", "2016-07-20", "HĐND tỉnh", "Nghị quyết số 14/2016/NQ-HĐND ngày 20/7/2016"),
 D("Kế hoạch", "40", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 40/KH-UBND")],
[prov("Bình Định"), com("Cát Hanh"), com("Tam Quan Bắc")],
["BÁO BÌNH ĐỊNH", "Thời sự » Chính trị", "Đoàn giám sát làm việc tại Tỉnh đoàn.", "Quỹ quốc gia về việc làm",
 "Quỹ hỗ trợ khởi nghiệp của tỉnh", "nước mắm Tam Quan"],
["Thứ Tư, 14/08/2019 - 17:02", "2016 - 2019", "3 năm", "2 năm", "năm 2018"]))

PAGES.append(page("b7358-daklak-livestream-taphuan-2020", """
Báo Đắk Lắk điện tử
Xã hội › Giáo dục - Đào tạo
Ngày 12/06/2020 | 15:40
Ảnh: Học viên thực hành livestream giới thiệu cà phê.
Thanh niên dân tộc thiểu số học cách bán cà phê qua livestream
Trong 3 ngày (từ 9 - 11/6), Tỉnh đoàn Đắk Lắk phối hợp với Sở Công Thương tổ chức lớp tập huấn "Kỹ năng bán hàng trực tuyến và livestream cho thanh niên khởi nghiệp" năm 2020 tại TP Buôn Ma Thuột.
Lớp học có 60 học viên là chủ hợp tác xã, tổ hợp tác, hộ kinh doanh do thanh niên làm chủ, trong đó hơn một nửa là người Êđê, M'nông, Gia Rai. Giảng viên hướng dẫn cách dựng một phiên livestream, chụp ảnh sản phẩm bằng điện thoại, mở gian hàng trên sàn thương mại điện tử, xử lý đơn hàng và chăm sóc khách hàng.
Do ảnh hưởng của dịch Covid-19, nhiều nông sản của thanh niên như cà phê, bơ, sầu riêng, mắc ca không xuất đi được. Anh Y Thinh Niê, Giám đốc Hợp tác xã cà phê Ea Tu ở xã Ea Tu, cho biết kho của hợp tác xã còn tồn khoảng 12 tấn cà phê nhân. "Buổi thực hành đầu tiên, tôi livestream 45 phút đã bán được 30 kg cà phê bột, vui lắm", anh nói.
Chị H'Nguyên Ayun, Bí thư Đoàn xã Cư Né, cho biết chi đoàn buôn Kmrơng Prông đang thử mô hình mỗi đoàn viên là một "đại sứ nông sản", dùng Facebook, Zalo giới thiệu sản phẩm của bà con trong buôn.
Theo ông Trần Văn Hưng, Phó Giám đốc Sở Công Thương, lớp tập huấn nằm trong Kế hoạch số 4567/KH-UBND ngày 20/5/2020 của UBND tỉnh về tiêu thụ nông sản trong bối cảnh dịch Covid-19 và thực hiện Quyết định số 1563/QĐ-TTg ngày 8/10/2014 của Thủ tướng Chính phủ phê duyệt Đề án "Phát triển thương mại điện tử". Sở sẽ hỗ trợ 20 học viên xuất sắc đưa sản phẩm lên sàn Postmart, Voso miễn phí trong 6 tháng.
Nhiều học viên thừa nhận trước đây chỉ quen bán cho thương lái, chưa từng nghĩ có thể tự bán cà phê cho khách ở Hà Nội hay TP Hồ Chí Minh. Khó khăn lớn nhất là sóng điện thoại yếu ở các buôn xa, việc đóng gói, in nhãn mác còn thủ công và chi phí vận chuyển cao so với giá trị đơn hàng nhỏ.
Phát biểu bế giảng, anh Y Kuôr Mlô, Phó Bí thư Tỉnh đoàn, đề nghị học viên trở về chia sẻ kỹ năng cho đoàn viên ở cơ sở. Tỉnh đoàn phấn đấu đến cuối năm 2020 có ít nhất 100 gian hàng của thanh niên trên các sàn thương mại điện tử, tổ chức 15 phiên livestream bán nông sản có sự tham gia của các bí thư huyện đoàn.
Kết thúc khóa học, Ban tổ chức cấp giấy chứng nhận cho 58 học viên, trao thưởng 3 nhóm có phiên livestream đạt doanh số cao nhất, nhóm nhất bán được 2,6 triệu đồng sau một giờ. Trong số đó, nhóm của chị H'Yơn Mlô ở xã Ea Kao bán được gần 40 kg bơ sáp.
H. Gia
Xem thêm
- Tuổi trẻ Đắk Lắk chung tay phòng, chống dịch Covid-19 (25/05/2020)
- Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè (22/05/2020)
- 10 dự án vào chung kết Cuộc thi khởi nghiệp (09/05/2020)
""", "2020-06-12", "Thanh niên dân tộc thiểu số học cách bán cà phê qua livestream",
E("tap_huan", "2020", "2020-06-09"),
[P("Y Thinh Niê", "Giám đốc Hợp tác xã cà phê Ea Tu"),
 P("H'Nguyên Ayun", "Bí thư Đoàn xã Cư Né"),
 P("Trần Văn Hưng", "Phó Giám đốc Sở Công Thương"),
 P("Y Kuôr Mlô", "Phó Bí thư Tỉnh đoàn"),
 P("H'Yơn Mlô")],
[Q("60 học viên", 60, "học viên"), Q("khoảng 12 tấn", 12, "tấn", "approx"), Q("30 kg", 30, "kg"),
 Q("20 học viên xuất sắc", 20, "học viên xuất sắc"), Q("ít nhất 100 gian hàng", 100, "gian hàng", "over"),
 Q("15 phiên livestream", 15, "phiên livestream"), Q("58 học viên", 58, "học viên"), Q("3 nhóm", 3, "nhóm"),
 Q("2,6 triệu đồng", 2600000, "đồng"), Q("gần 40 kg", 40, "kg", "approx")],
[D("Kế hoạch", "4567", "KH-UBND", "2020-05-20", "UBND tỉnh", "Kế hoạch số 4567/KH-UBND ngày 20/5/2020"),
 D("Quyết định", "1563", "QĐ-TTg", "2014-10-08", "Thủ tướng Chính phủ", "Quyết định số 1563/QĐ-TTg ngày 8/10/2014")],
[prov("Đắk Lắk"), prov("Hà Nội"), prov("Hồ Chí Minh"), com("Ea Tu"), com("Cư Né"), com("Ea Kao")],
["Báo Đắk Lắk điện tử", "Xã hội › Giáo dục - Đào tạo", "Ảnh: Học viên thực hành livestream giới thiệu cà phê.",
 "Kỹ năng bán hàng trực tuyến và livestream cho thanh niên khởi nghiệp", "Hợp tác xã cà phê Ea Tu", "đại sứ nông sản",
 "Phát triển thương mại điện tử", "Postmart", "Voso", "Covid-19"],
["Ngày 12/06/2020 | 15:40", "3 ngày", "45 phút", "6 tháng", "một giờ", "năm 2020", "Covid-19"]))

PAGES.append(page("b7359-lamdong-tinhdoan-baocao-2021", """
LÂM ĐỒNG ONLINE
Chính trị > Hoạt động lãnh đạo
27/12/2021 - 10:15
Thường trực Tỉnh ủy nghe báo cáo kết quả hỗ trợ thanh niên khởi nghiệp năm 2021
Chiều 24/12, đồng chí Trần Đức Quang, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, làm việc với Ban Thường vụ Tỉnh đoàn để nghe báo cáo kết quả thực hiện Đề án "Hỗ trợ thanh niên khởi nghiệp, phát triển nông nghiệp công nghệ cao" năm 2021.
Đồng chí Trần Đức Quang phát biểu tại buổi làm việc.
Báo cáo số 218-BC/TĐTN của Tỉnh đoàn do đồng chí Ka Bảo, Phó Bí thư Tỉnh đoàn, trình bày cho biết: năm 2021, dù chịu ảnh hưởng nặng của dịch Covid-19, Tỉnh đoàn đã hỗ trợ 126 dự án khởi nghiệp của thanh niên, trong đó 71 dự án trong lĩnh vực nông nghiệp công nghệ cao, trồng rau, hoa, dâu tây trong nhà kính. Tổng vốn hỗ trợ, kết nối vay gần 21 tỷ đồng.
Điểm mới trong năm là Tỉnh đoàn phối hợp với Sở Công Thương mở 9 lớp hướng dẫn bán hàng trực tuyến cho 480 thanh niên; tổ chức chuỗi 24 phiên livestream "Nông sản Lâm Đồng - Chạm là mua" với khoảng 210 tấn rau, hoa, cà phê, bơ được tiêu thụ, doanh thu hơn 5,3 tỷ đồng. Nhiều bạn trẻ như anh K'Lâm, Bí thư Chi đoàn thôn Đạ Nghịt, xã Lát, đã bán được hàng tấn cà phê Arabica cho khách hàng ở các tỉnh phía Bắc qua kênh TikTok.
Báo cáo cũng chỉ rõ hạn chế: một số dự án được hỗ trợ còn nhỏ, chưa có nhãn hiệu; hạ tầng logistics ở vùng sâu còn yếu; đội ngũ cán bộ Đoàn làm công tác hỗ trợ khởi nghiệp chưa được đào tạo bài bản. Chỉ 38% dự án được cấp mã QR truy xuất nguồn gốc.
Tại buổi làm việc, đồng chí Nguyễn Văn Yên, Phó Chủ tịch UBND tỉnh, cho biết UBND tỉnh đang xây dựng dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo giai đoạn 2022 - 2025, dự kiến dành 15 tỷ đồng cho thanh niên nông thôn. Đồng chí Nguyễn Thị Quỳnh Anh, Trưởng Ban Dân vận Tỉnh ủy, đề nghị Tỉnh đoàn chú ý hỗ trợ thanh niên người K'Ho, Mạ, Chu Ru.
Kết luận buổi làm việc, đồng chí Trần Đức Quang biểu dương những kết quả mà Tỉnh đoàn đạt được, nhất là việc chuyển hướng nhanh sang bán hàng trực tuyến trong thời gian giãn cách xã hội. Đồng chí yêu cầu Tỉnh đoàn bám sát Nghị quyết số 05-NQ/TU ngày 11/7/2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp toàn diện, bền vững và hiện đại; phấn đấu năm 2022 hỗ trợ tối thiểu 150 dự án, xây dựng kênh livestream chung của tuổi trẻ Lâm Đồng.
Cùng ngày, đoàn công tác đã thăm mô hình trồng dâu tây thủy canh của anh Phạm Hữu Khang ở phường 8, thành phố Đà Lạt, doanh thu khoảng 1,2 tỷ đồng/năm, 40% đơn hàng đến từ livestream.
Văn Báu
Tin liên quan
- Lâm Đồng: 40 dự án tham gia Cuộc thi "Ý tưởng khởi nghiệp" (16/12/2021)
- Tuổi trẻ Đà Lạt livestream bán hoa (03/12/2021)
- Hội Nông dân tỉnh tập huấn chuyển đổi số (18/11/2021)
""", "2021-12-27", "Thường trực Tỉnh ủy nghe báo cáo kết quả hỗ trợ thanh niên khởi nghiệp năm 2021",
E("bao_cao", "2021", "2021-12-24"),
[P("Trần Đức Quang", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Ka Bảo", "Phó Bí thư Tỉnh đoàn"),
 P("K'Lâm", "Bí thư Chi đoàn thôn Đạ Nghịt"),
 P("Nguyễn Văn Yên", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Quỳnh Anh", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Hữu Khang")],
[Q("126 dự án khởi nghiệp", 126, "dự án khởi nghiệp"), Q("71 dự án", 71, "dự án"), Q("gần 21 tỷ đồng", 21000000000, "đồng", "approx"),
 Q("9 lớp", 9, "lớp"), Q("480 thanh niên", 480, "thanh niên"), Q("24 phiên livestream", 24, "phiên livestream"),
 Q("khoảng 210 tấn", 210, "tấn", "approx"), Q("hơn 5,3 tỷ đồng", 5300000000, "đồng", "over"), Q("38%", 38, "%"),
 Q("15 tỷ đồng", 15000000000, "đồng"), Q("tối thiểu 150 dự án", 150, "dự án"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("40%", 40, "%")],
[D("Báo cáo", "218", "BC/TĐTN", None, "Tỉnh đoàn", "Báo cáo số 218-BC/TĐTN"),
 D("Nghị quyết", "05", "NQ/TU", "2016-07-11", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU ngày 11/7/2016")],
[prov("Lâm Đồng"), com("Lát"), com("phường 8")],
["LÂM ĐỒNG ONLINE", "Chính trị > Hoạt động lãnh đạo", "Đồng chí Trần Đức Quang phát biểu tại buổi làm việc.",
 "Hỗ trợ thanh niên khởi nghiệp, phát triển nông nghiệp công nghệ cao", "Nông sản Lâm Đồng - Chạm là mua", "TikTok", "Covid-19"],
["27/12/2021 - 10:15", "năm 2021", "năm 2022", "2022 - 2025", "Covid-19", "hàng tấn"]))

PAGES.append(page("b7360-dongthap-ketnoi-hoinghi-2021", """
Báo Đồng Tháp Online
Kinh tế » Nông nghiệp - Nông thôn
Cập nhật ngày: 15/04/2021 - 16:50
Hội nghị kết nối tiêu thụ nông sản qua thương mại điện tử cho thanh niên
(BĐT) - Ngày 14/4, tại thành phố Cao Lãnh, Hội Liên hiệp Thanh niên Việt Nam tỉnh phối hợp với Sở Công Thương tổ chức Hội nghị kết nối cung cầu, tiêu thụ nông sản qua thương mại điện tử cho thanh niên khởi nghiệp năm 2021.
Đại biểu tham quan gian hàng nông sản của thanh niên tại hội nghị.
Dự hội nghị có bà Đoàn Thị Thu Hương, Phó Chủ tịch UBND tỉnh; ông Phạm Minh Trí, Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh; đại diện 5 sàn thương mại điện tử, 12 doanh nghiệp phân phối cùng khoảng 200 thanh niên là chủ hợp tác xã, cơ sở sản xuất.
Theo báo cáo, toàn tỉnh hiện có 318 mô hình kinh tế do thanh niên làm chủ, trong đó 64 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên như xoài Cao Lãnh, sen Tháp Mười, bột sen, khô cá lóc, nem Lai Vung. Năm 2020, Hội đã hỗ trợ 92 cơ sở đưa sản phẩm lên sàn Postmart, Voso, Sendo, doanh số qua kênh trực tuyến chiếm khoảng 15% tổng doanh thu.
Tại hội nghị, các doanh nghiệp và sàn thương mại điện tử đã ký 27 biên bản ghi nhớ hợp tác với các cơ sở của thanh niên. Anh Nguyễn Văn Thiện, Giám đốc Hợp tác xã xoài Mỹ Xương, xã Mỹ Xương, chia sẻ nhờ bán xoài qua livestream trong mùa dịch, hợp tác xã đã tiêu thụ hơn 60 tấn xoài cát Hòa Lộc, giá cao hơn bán cho thương lái từ 3.000 - 5.000 đồng/kg.
Chị Huỳnh Thị Mỹ Duyên, chủ cơ sở sản xuất bột sen ở xã Tân Kiều, đề xuất các sàn giảm phí cho hộ sản xuất nhỏ; anh Lê Hoàng Phúc, Phó Bí thư Huyện đoàn Lai Vung, kiến nghị hỗ trợ đóng gói, bảo quản nem để gửi đi xa.
Theo đại diện Sở Công Thương, khó khăn chung của các cơ sở thanh niên là sản lượng nhỏ, chất lượng chưa đồng đều, bao bì chưa hấp dẫn và thiếu kỹ năng chăm sóc khách hàng sau bán. Nhiều bạn trẻ mới chỉ đăng bài trên trang cá nhân, chưa biết cách quản lý đơn hàng, đối soát tiền với đơn vị vận chuyển.
Phát biểu chỉ đạo, bà Đoàn Thị Thu Hương đề nghị các ngành thực hiện tốt Kế hoạch số 151/KH-UBND ngày 2/6/2020 của UBND tỉnh về phát triển thương mại điện tử giai đoạn 2021 - 2025 và Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu năm 2021 mỗi huyện có ít nhất 10 cơ sở của thanh niên bán hàng trên sàn. Phó Chủ tịch UBND tỉnh cũng đề nghị Hội Liên hiệp Thanh niên xây dựng đội ngũ "thanh niên livestream" hỗ trợ nông dân.
Dịp này, Tỉnh đoàn trao 20 bộ thiết bị livestream cho các câu lạc bộ thanh niên khởi nghiệp, mỗi bộ trị giá 4,5 triệu đồng.
Hồng Nhung
Tin khác
- Thanh niên Tháp Mười khởi nghiệp từ hoa sen (08/04/2021)
- Ra mắt Câu lạc bộ doanh nhân trẻ huyện Châu Thành (30/03/2021)
- Tuổi trẻ Đồng Tháp ra quân Tháng Thanh niên 2021 (02/03/2021)
""", "2021-04-15", "Hội nghị kết nối tiêu thụ nông sản qua thương mại điện tử cho thanh niên",
E("hoi_nghi", "2021", "2021-04-14"),
[P("Đoàn Thị Thu Hương", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Minh Trí", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Nguyễn Văn Thiện", "Giám đốc Hợp tác xã xoài Mỹ Xương"),
 P("Huỳnh Thị Mỹ Duyên", "chủ cơ sở sản xuất bột sen"),
 P("Lê Hoàng Phúc", "Phó Bí thư Huyện đoàn Lai Vung")],
[Q("5 sàn thương mại điện tử", 5, "sàn thương mại điện tử"), Q("12 doanh nghiệp phân phối", 12, "doanh nghiệp phân phối"),
 Q("khoảng 200 thanh niên", 200, "thanh niên", "approx"), Q("318 mô hình kinh tế", 318, "mô hình kinh tế"),
 Q("64 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên", 64, "sản phẩm"), Q("92 cơ sở", 92, "cơ sở"), Q("khoảng 15%", 15, "%", "approx"),
 Q("27 biên bản ghi nhớ hợp tác", 27, "biên bản ghi nhớ hợp tác"), Q("hơn 60 tấn", 60, "tấn", "over"),
 Q("3.000 - 5.000 đồng/kg", 3000, "đồng", "approx"), Q("ít nhất 10 cơ sở", 10, "cơ sở", "over"),
 Q("20 bộ thiết bị livestream", 20, "bộ thiết bị livestream"), Q("4,5 triệu đồng", 4500000, "đồng")],
[D("Kế hoạch", "151", "KH-UBND", "2020-06-02", "UBND tỉnh", "Kế hoạch số 151/KH-UBND ngày 2/6/2020"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU")],
[prov("Đồng Tháp"), com("Mỹ Xương"), com("Tân Kiều")],
["Báo Đồng Tháp Online", "Kinh tế » Nông nghiệp - Nông thôn", "(BĐT)", "Đại biểu tham quan gian hàng nông sản của thanh niên tại hội nghị.",
 "Hợp tác xã xoài Mỹ Xương", "thanh niên livestream", "OCOP", "Postmart", "Sendo"],
["Cập nhật ngày: 15/04/2021 - 16:50", "năm 2021", "Năm 2020", "3 sao", "2021 - 2025"]))
