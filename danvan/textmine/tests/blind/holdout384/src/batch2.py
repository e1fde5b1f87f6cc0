from lib import *
PAGES = []

PAGES.append(page("b9179-bacninh-bdv-doithoai-2017", """
BAN DÂN VẬN TỈNH ỦY BẮC NINH
Trang chủ » Tin tức » Dân vận các cấp
Thứ Bảy, 20/05/2017 - 07:30
Bí thư Tỉnh ủy Bắc Ninh đối thoại với gần 700 công nhân
Sáng 19/5, tại Khu công nghiệp Yên Phong, Ban Dân vận Tỉnh ủy phối hợp với Liên đoàn Lao động tỉnh tổ chức Hội nghị Bí thư Tỉnh ủy đối thoại với công nhân lao động năm 2017. Đồng chí Nguyễn Văn Hòa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì; gần 700 công nhân lao động tham dự.
Ảnh: Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị.
Dự hội nghị có các đồng chí: Ngô Thị Bích, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Đỗ Văn Lượng, Phó Chủ tịch UBND tỉnh; Lê Thị Hằng, Chủ tịch LĐLĐ tỉnh; lãnh đạo các sở, ngành và 35 doanh nghiệp có đông công nhân.
Báo cáo tại hội nghị cho biết, Bắc Ninh có 15 khu công nghiệp tập trung với trên 260.000 công nhân, trong đó khoảng 70% là lao động ngoại tỉnh, 65% là nữ, độ tuổi bình quân 24. Năm 2016, thu nhập bình quân của công nhân đạt 5,6 triệu đồng/tháng; toàn tỉnh xảy ra 9 cuộc ngừng việc tập thể, giảm 6 cuộc so với năm trước.
Tại hội nghị, 21 ý kiến được nêu trực tiếp. Chị Hà Thị Duyên, công nhân Công ty TNHH Samsung Electronics Việt Nam, quê Tuyên Quang, cho biết nhiều công nhân nữ đã lập gia đình không tìm được trường mầm non cho con. Anh Lý Văn Quân, người dân tộc Nùng, Tổ trưởng tổ sản xuất Công ty TNHH Canon Việt Nam, phản ánh giá phòng trọ ở xã Đông Phong tăng khoảng 30% nhưng chất lượng không bảo đảm. Chị Nguyễn Thị Hiền, Chủ tịch Công đoàn cơ sở Công ty TNHH Khoa học kỹ thuật Goertek Vina, đề nghị doanh nghiệp công khai quy chế thưởng.
Trả lời các ý kiến, đồng chí Nguyễn Văn Hòa cho biết tỉnh đang triển khai 13 dự án nhà ở xã hội với khoảng 11.000 căn hộ; tỉnh hỗ trợ 3 tỷ đồng để các xã có khu công nghiệp mở thêm nhóm trẻ độc lập. Đồng chí yêu cầu các doanh nghiệp thực hiện nghiêm Nghị định số 60/2013/NĐ-CP của Chính phủ quy định chi tiết thực hiện Quy chế dân chủ ở cơ sở tại nơi làm việc và Kế hoạch số 121-KH/TU ngày 06/3/2017 của Ban Thường vụ Tỉnh ủy về đối thoại với công nhân; giao LĐLĐ tỉnh giám sát việc trả lời 21 ý kiến trong tháng 6.
Phát biểu bế mạc, đồng chí Ngô Thị Bích đề nghị tổ dân vận ở các thôn có nhiều nhà trọ phối hợp với chủ nhà trọ nắm tình hình công nhân, kịp thời giải quyết những bức xúc ngay từ cơ sở, không để xảy ra điểm nóng.
Thanh Phương
Tin liên quan
- Hội nghị giao ban công tác dân vận quý I/2017 (10/04/2017)
- Bắc Ninh: 500 công nhân được tặng quà Tháng Công nhân (05/05/2017)
- Tập huấn kỹ năng dân vận cho cán bộ cơ sở (25/03/2017)
""", "2017-05-20", "Bí thư Tỉnh ủy Bắc Ninh đối thoại với gần 700 công nhân",
E("doi_thoai", "2017", "2017-05-19"),
[P("Nguyễn Văn Hòa", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Ngô Thị Bích", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Văn Lượng", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Hằng", "Chủ tịch LĐLĐ tỉnh"),
 P("Hà Thị Duyên", "công nhân Công ty TNHH Samsung Electronics Việt Nam"),
 P("Lý Văn Quân", "Tổ trưởng tổ sản xuất Công ty TNHH Canon Việt Nam"),
 P("Nguyễn Thị Hiền", "Chủ tịch Công đoàn cơ sở Công ty TNHH Khoa học kỹ thuật Goertek Vina")],
[Q("gần 700 công nhân", 700, "công nhân", "approx"),
 Q("35 doanh nghiệp", 35, "doanh nghiệp"),
 Q("15 khu công nghiệp tập trung", 15, "khu công nghiệp tập trung"),
 Q("trên 260.000 công nhân", 260000, "công nhân", "over"),
 Q("khoảng 70%", 70, "%", "approx"),
 Q("65%", 65, "%"),
 Q("khoảng 30%", 30, "%", "approx"),
 Q("5,6 triệu đồng", 5600000, "đồng"),
 Q("9 cuộc ngừng việc tập thể", 9, "cuộc ngừng việc tập thể"),
 Q("6 cuộc", 6, "cuộc"),
 Q("21 ý kiến", 21, "ý kiến"),
 Q("13 dự án nhà ở xã hội", 13, "dự án nhà ở xã hội"),
 Q("khoảng 11.000 căn hộ", 11000, "căn hộ", "approx"),
 Q("3 tỷ đồng", 3000000000, "đồng")],
[D("Nghị định", "60", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 60/2013/NĐ-CP"),
 D("Kế hoạch", "121", "KH/TU", "2017-03-06", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 121-KH/TU ngày 06/3/2017")],
[prov("Bắc Ninh"), prov("Tuyên Quang"), com("Đông Phong")],
["BAN DÂN VẬN TỈNH ỦY BẮC NINH", "Trang chủ » Tin tức » Dân vận các cấp", "Ảnh: Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị.",
 "Khu công nghiệp Yên Phong", "Quy chế dân chủ ở cơ sở"],
["Thứ Bảy, 20/05/2017 - 07:30", "năm 2017", "Năm 2016", "độ tuổi bình quân 24", "tháng 6"]))

PAGES.append(page("b9180-gialai-tinhdoan-doithoai-2018", """
TỈNH ĐOÀN GIA LAI
Vị trí: Trang chủ > Tin hoạt động > Tin tỉnh đoàn
Thứ Hai, 13/08/2018
Bí thư Tỉnh ủy Gia Lai đối thoại với thanh niên dân tộc thiểu số
Ngày 11/8/2018, tại huyện Chư Sê, Tỉnh đoàn phối hợp với Ban Dân vận Tỉnh ủy tổ chức chương trình "Bí thư Tỉnh ủy đối thoại với thanh niên dân tộc thiểu số" năm 2018. Đồng chí Đinh Văn Quang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì. Tham dự có các đồng chí: Rơ Châm H'Lin, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Kpă Hlinh, Phó Chủ tịch UBND tỉnh; Nguyễn Thị Thu Hằng, Bí thư Tỉnh đoàn và 350 đoàn viên, thanh niên người Jrai, Bahnar đến từ 17 huyện, thị xã, thành phố.
Các đại biểu tham dự chương trình đối thoại.
Theo Tỉnh đoàn, thanh niên dân tộc thiểu số chiếm khoảng 46% thanh niên toàn tỉnh. Thời gian qua, các cấp bộ Đoàn đã hỗ trợ 286 thanh niên dân tộc thiểu số vay vốn với tổng số tiền 9,7 tỷ đồng, xây dựng 64 mô hình thanh niên phát triển kinh tế; tuy nhiên vẫn còn 28 trường hợp thanh niên bị lôi kéo theo tổ chức "Tin lành Đê Ga".
Tại chương trình, 19 ý kiến được gửi tới đồng chí Bí thư Tỉnh ủy. Anh Siu Hyuh, Bí thư Đoàn xã Ia Blang, đề nghị hỗ trợ giống cà phê tái canh cho thanh niên. Chị H'Ngơi, giáo viên Trường Phổ thông dân tộc nội trú huyện Chư Sê, phản ánh nhiều học sinh bỏ học sớm để đi làm thuê. Anh Rah Lan Dũng, thanh niên làng Ia Ring, xã Ia Hlốp, hỏi về chính sách đưa thanh niên đi làm việc ở các khu công nghiệp phía Nam.
Trả lời, đồng chí Đinh Văn Quang nêu rõ, thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương Đảng (khóa X), Tỉnh ủy đã ban hành Chỉ thị 15, 16-CT/TU về công tác thanh niên vùng đồng bào dân tộc thiểu số và về xây dựng đội ngũ cán bộ đoàn người dân tộc thiểu số. Năm 2018, tỉnh dành 2 tỷ đồng hỗ trợ giống cà phê, hồ tiêu cho thanh niên nghèo; giao Sở Lao động - Thương binh và Xã hội tổ chức 10 phiên giao dịch việc làm lưu động tại các huyện; các ý kiến chưa trả lời tại chỗ sẽ được Ban Dân vận Tỉnh ủy tổng hợp, chuyển các cơ quan có thẩm quyền trả lời bằng văn bản.
Bà con thanh niên phải tin Đảng, tin chính quyền, không nghe kẻ xấu xúi giục, đồng chí Bí thư Tỉnh ủy nhắn nhủ. Kết thúc chương trình, già làng Ksor Hneo, người có uy tín làng Ia Ring, thay mặt bà con cảm ơn lãnh đạo tỉnh đã lắng nghe thanh niên.
Dịp này, Tỉnh đoàn trao 30 chiếc xe đạp cho học sinh người dân tộc thiểu số.
Hà Duy
Tin liên quan
- Gia Lai: 1.200 đoàn viên ra quân tình nguyện hè (20/07/2018)
- Khai giảng lớp bồi dưỡng cán bộ đoàn người dân tộc thiểu số (02/07/2018)
- Tuổi trẻ Chư Sê xây nhà nhân ái cho hộ nghèo (25/06/2018)
""", "2018-08-13", "Bí thư Tỉnh ủy Gia Lai đối thoại với thanh niên dân tộc thiểu số",
E("doi_thoai", "2018", "2018-08-11"),
[P("Đinh Văn Quang", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Rơ Châm H'Lin", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kpă Hlinh", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Thu Hằng", "Bí thư Tỉnh đoàn"),
 P("Siu Hyuh", "Bí thư Đoàn xã Ia Blang"),
 P("H'Ngơi", "giáo viên Trường Phổ thông dân tộc nội trú huyện Chư Sê"),
 P("Rah Lan Dũng", "thanh niên làng Ia Ring"),
 P("Ksor Hneo", "già làng", "người có uy tín làng Ia Ring")],
[Q("350 đoàn viên, thanh niên", 350, "đoàn viên, thanh niên"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("khoảng 46%", 46, "%", "approx"),
 Q("286 thanh niên dân tộc thiểu số", 286, "thanh niên dân tộc thiểu số"),
 Q("9,7 tỷ đồng", 9700000000, "đồng"),
 Q("64 mô hình thanh niên phát triển kinh tế", 64, "mô hình thanh niên phát triển kinh tế"),
 Q("28 trường hợp", 28, "trường hợp"),
 Q("19 ý kiến", 19, "ý kiến"),
 Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("10 phiên giao dịch việc làm lưu động", 10, "phiên giao dịch việc làm lưu động"),
 Q("30 chiếc xe đạp", 30, "chiếc xe đạp")],
[D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương Đảng", "Nghị quyết số 25-NQ/TW"),
 D("Chỉ thị", "15", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 15, 16-CT/TU")],
[prov("Gia Lai"), com("Ia Blang"), com("Ia Hlốp")],
["TỈNH ĐOÀN GIA LAI", "Vị trí: Trang chủ > Tin hoạt động > Tin tỉnh đoàn", "Các đại biểu tham dự chương trình đối thoại.",
 "Bí thư Tỉnh ủy đối thoại với thanh niên dân tộc thiểu số", "Tin lành Đê Ga"],
["Thứ Hai, 13/08/2018", "năm 2018", "Năm 2018", "khóa X"]))

PAGES.append(page("b9181-quangnam-bdv-doithoai-2019", """
Ban Dân vận Tỉnh ủy Quảng Nam
Trang chủ - Tin tức - Hoạt động dân vận
16/04/2019 - 15:05
Người đứng đầu cấp ủy đối thoại với thanh niên công nhân Khu kinh tế mở Chu Lai
Sáng 15/4, Ban Dân vận Tỉnh ủy phối hợp Tỉnh đoàn, Liên đoàn Lao động tỉnh tổ chức hội nghị Bí thư Tỉnh ủy đối thoại với đoàn viên, thanh niên công nhân năm 2019. Đây là lần đầu tiên tỉnh tổ chức đối thoại theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân.
Chủ trì hội nghị có đồng chí Phan Việt Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Trần Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Cùng dự có các đồng chí Nguyễn Văn Mỹ - Phó Chủ tịch UBND tỉnh, Lê Văn Thanh - Trưởng Ban Quản lý Khu kinh tế mở Chu Lai và 400 đoàn viên, thanh niên công nhân đang làm việc tại 3 khu công nghiệp.
Quang cảnh hội nghị đối thoại. Ảnh: V.A
Theo báo cáo, toàn tỉnh có hơn 75.000 công nhân lao động, riêng Khu kinh tế mở Chu Lai có khoảng 28.000 người, 78% dưới 35 tuổi. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 146-KH/TU ngày 28/3/2019 thực hiện Quy định 11; trước hội nghị, các cơ sở đoàn đã thu thập 64 ý kiến, kiến nghị của thanh niên công nhân.
Tại hội nghị, anh Hồ Văn Bốn, người Cơ Tu, công nhân Công ty cổ phần ô tô Trường Hải, hỏi về chính sách hỗ trợ công nhân quê miền núi học nâng cao tay nghề. Chị Alăng Thị Bướp, công nhân may ở xã Tam Hiệp, phản ánh nhiều công nhân phải thuê trọ với giá 800.000 đồng/tháng. Anh Phạm Minh Tâm, Bí thư Đoàn cơ sở Công ty TNHH Panko Tam Thăng, kiến nghị bố trí tuyến xe buýt đưa đón công nhân từ xã Tam Thăng.
Trả lời, đồng chí Phan Việt Hùng cho biết, năm 2019 tỉnh sẽ khởi công khu nhà ở công nhân quy mô 500 căn hộ tại xã Tam Hiệp, đồng thời chỉ đạo các doanh nghiệp mở 8 lớp đào tạo nghề miễn phí. Bí thư Tỉnh ủy giao đồng chí Trưởng Ban Dân vận Tỉnh ủy theo dõi, đôn đốc các ngành trả lời 64 ý kiến trước ngày 30/6/2019 và công khai trên Báo Quảng Nam.
Kết luận hội nghị, đồng chí Trần Thị Kim Hoa đề nghị các cấp công đoàn, đoàn thanh niên duy trì tổ chức đối thoại định kỳ giữa người đứng đầu doanh nghiệp với người lao động ít nhất 2 lần/năm, kịp thời nắm bắt tâm tư, nguyện vọng của công nhân, không để phát sinh điểm nóng.
Văn Anh
Tin liên quan
- Hội nghị giao ban công tác dân vận quý I năm 2019 (05/04/2019)
- Triển khai Quy định 11-QĐi/TW đến cán bộ chủ chốt (22/03/2019)
- Tôn vinh 45 mô hình "Dân vận khéo" giai đoạn 2016 - 2018 (10/01/2019)
""", "2019-04-16", "Người đứng đầu cấp ủy đối thoại với thanh niên công nhân Khu kinh tế mở Chu Lai",
E("doi_thoai", "2019", "2019-04-15"),
[P("Phan Việt Hùng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Trần Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Mỹ", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Văn Thanh", "Trưởng Ban Quản lý Khu kinh tế mở Chu Lai"),
 P("Hồ Văn Bốn", "công nhân Công ty cổ phần ô tô Trường Hải"),
 P("Alăng Thị Bướp", "công nhân may"),
 P("Phạm Minh Tâm", "Bí thư Đoàn cơ sở Công ty TNHH Panko Tam Thăng")],
[Q("400 đoàn viên, thanh niên công nhân", 400, "đoàn viên, thanh niên công nhân"),
 Q("3 khu công nghiệp", 3, "khu công nghiệp"),
 Q("hơn 75.000 công nhân lao động", 75000, "công nhân lao động", "over"),
 Q("khoảng 28.000 người", 28000, "người", "approx"),
 Q("78%", 78, "%"),
 Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"),
 Q("800.000 đồng", 800000, "đồng"),
 Q("500 căn hộ", 500, "căn hộ"),
 Q("8 lớp đào tạo nghề miễn phí", 8, "lớp đào tạo nghề miễn phí")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "146", "KH/TU", "2019-03-28", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 146-KH/TU ngày 28/3/2019")],
[prov("Quảng Nam"), com("Tam Hiệp"), com("Tam Thăng")],
["Ban Dân vận Tỉnh ủy Quảng Nam", "Trang chủ - Tin tức - Hoạt động dân vận", "Quang cảnh hội nghị đối thoại. Ảnh: V.A",
 "Khu kinh tế mở Chu Lai", "Báo Quảng Nam", "Công ty cổ phần ô tô Trường Hải"],
["16/04/2019 - 15:05", "năm 2019", "35 tuổi", "ngày 30/6/2019", "2 lần/năm", "Quy định 11", "lần đầu tiên"]))

PAGES.append(page("b9182-longan-ldld-doithoai-2019", """
Báo Long An Online
Thời sự » Lao động - Việc làm
08:30 | 08/10/2019
Công nhân "gửi gắm" gì tới Bí thư Tỉnh ủy?
Ảnh: Đồng chí Bí thư Tỉnh ủy lắng nghe ý kiến công nhân.
(LA) - Chiều 07/10, tại Hội trường Khu công nghiệp Đức Hòa 1, Ban Thường vụ Tỉnh ủy Long An tổ chức buổi đối thoại trực tiếp giữa Bí thư Tỉnh ủy với công nhân lao động các khu, cụm công nghiệp. Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Long An Phạm Văn Thạnh chủ trì buổi đối thoại.
Cùng dự có Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn Được; Trưởng Ban Dân vận Tỉnh ủy Huỳnh Văn Sơn; Chủ tịch Liên đoàn Lao động tỉnh Trương Văn Nam cùng đại diện 52 doanh nghiệp và khoảng 450 công nhân.
Long An hiện có 35 khu, cụm công nghiệp đang hoạt động, thu hút hơn 180.000 lao động, trong đó gần 50% đến từ các tỉnh miền Tây và miền Trung. Qua khảo sát của Liên đoàn Lao động tỉnh tại 120 doanh nghiệp, 92% công nhân có việc làm ổn định, nhưng chỉ khoảng 15% được ở trong nhà lưu trú có chất lượng.
Buổi đối thoại diễn ra thẳng thắn. Chị Danh Thị Mỹ Hạnh, công nhân Công ty TNHH Giày Tỷ Hồng, quê Kiên Giang, cho biết vợ chồng chị đã làm việc 7 năm mà vẫn chưa mua được nhà; chị đề nghị tỉnh có chính sách cho công nhân vay vốn mua nhà ở xã hội trả góp. Anh Trần Văn Lực, Chủ tịch Công đoàn cơ sở Công ty cổ phần Nhựa Đồng Nai Long An, phản ánh tình trạng kẹt xe trên Tỉnh lộ 830 mỗi giờ tan ca. Chị Lê Thị Bé Năm, công nhân ở trọ tại xã Đức Hòa Hạ, hỏi về việc học của con em công nhân tạm trú.
Trả lời, đồng chí Phạm Văn Thạnh cho biết tỉnh đã giao UBND tỉnh xây dựng Đề án số 05-ĐA/TU về chăm lo đời sống công nhân, trong đó ưu tiên quỹ đất xây 2.000 căn nhà ở xã hội tại xã Hựu Thạnh. Tỉnh đang triển khai Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng trong xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ. Các trường học trên địa bàn huyện Đức Hòa sẽ tiếp nhận con công nhân tạm trú như học sinh thường trú.
Đồng chí đề nghị doanh nghiệp quan tâm hơn bữa ăn ca, bảo đảm mức ăn ca không dưới 15.000 đồng/suất. Ban Dân vận Tỉnh ủy được giao phối hợp Liên đoàn Lao động tỉnh tổng hợp 27 ý kiến chưa được trả lời tại buổi đối thoại, chuyển các sở, ngành trả lời bằng văn bản và báo cáo kết quả với Ban Thường vụ Tỉnh ủy trước ngày 15/11/2019.
Kết thúc đối thoại, Bí thư Tỉnh ủy tặng 200 phần quà cho công nhân có hoàn cảnh khó khăn, mỗi phần trị giá 500.000 đồng.
Châu Giang
Tin khác
- Long An: Hơn 1.000 công nhân được tư vấn pháp luật (02/10/2019)
- Tỉnh ủy giao ban công tác dân vận quý III (28/09/2019)
- Khánh thành Nhà văn hóa công nhân Đức Hòa (20/09/2019)
""", "2019-10-08", 'Công nhân "gửi gắm" gì tới Bí thư Tỉnh ủy?',
E("doi_thoai", None, "2019-10-07"),
[P("Phạm Văn Thạnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Long An", "Bí thư Tỉnh ủy"),
 P("Nguyễn Văn Được", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Huỳnh Văn Sơn", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Văn Nam", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Danh Thị Mỹ Hạnh", "công nhân Công ty TNHH Giày Tỷ Hồng"),
 P("Trần Văn Lực", "Chủ tịch Công đoàn cơ sở Công ty cổ phần Nhựa Đồng Nai Long An"),
 P("Lê Thị Bé Năm", "công nhân")],
[Q("52 doanh nghiệp", 52, "doanh nghiệp"),
 Q("khoảng 450 công nhân", 450, "công nhân", "approx"),
 Q("35 khu, cụm công nghiệp", 35, "khu, cụm công nghiệp"),
 Q("hơn 180.000 lao động", 180000, "lao động", "over"),
 Q("gần 50%", 50, "%", "approx"),
 Q("120 doanh nghiệp", 120, "doanh nghiệp"),
 Q("92%", 92, "%"),
 Q("khoảng 15%", 15, "%", "approx"),
 Q("2.000 căn nhà ở xã hội", 2000, "căn nhà ở xã hội"),
 Q("không dưới 15.000 đồng", 15000, "đồng", "over"),
 Q("27 ý kiến", 27, "ý kiến"),
 Q("200 phần quà", 200, "phần quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Đề án", "05", "ĐA/TU", None, None, "Đề án số 05-ĐA/TU"),
 D("Chỉ thị", "37", "CT/TW", "2019-09-03", "Ban Bí thư", "Chỉ thị số 37-CT/TW ngày 03/9/2019")],
[prov("Long An"), prov("Kiên Giang"), com("Đức Hòa Hạ"), com("Hựu Thạnh")],
["Báo Long An Online", "Thời sự » Lao động - Việc làm", "Ảnh: Đồng chí Bí thư Tỉnh ủy lắng nghe ý kiến công nhân.", "(LA)",
 "Khu công nghiệp Đức Hòa 1", "Công ty cổ phần Nhựa Đồng Nai Long An", "Tỉnh lộ 830"],
["08:30 | 08/10/2019", "7 năm", "Tỉnh lộ 830", "ngày 15/11/2019"]))

PAGES.append(page("b9183-laocai-tinhdoan-doithoai-2020", """
TỈNH ĐOÀN LÀO CAI
Trang chủ :: Tin tức :: Công tác Đoàn - Hội - Đội
Ngày đăng 27/03/2020 | 16:20
Ảnh: Điểm cầu Tỉnh đoàn.
Bí thư Tỉnh ủy Lào Cai đối thoại trực tuyến với thanh niên
Chiều 26/3, Tỉnh ủy Lào Cai tổ chức hội nghị trực tuyến Bí thư Tỉnh ủy đối thoại với thanh niên năm 2020, kết nối tới 10 điểm cầu huyện, thị xã, thành phố. Do diễn biến phức tạp của dịch Covid-19, số đại biểu dự tại mỗi điểm cầu được giới hạn không quá 30 người; tổng số có khoảng 280 đoàn viên, thanh niên tham gia.
Chủ trì tại điểm cầu tỉnh có đồng chí Đặng Xuân Lâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Lý Thị Vinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hoàng Thị Hạnh, Bí thư Tỉnh đoàn.
Báo cáo của Tỉnh đoàn cho thấy, thực hiện Nghị quyết số 10-NQ/TU ngày 22/12/2015 của Ban Chấp hành Đảng bộ tỉnh về phát triển nguồn nhân lực, 5 năm qua đã có 12.400 thanh niên được đào tạo nghề, 3.150 thanh niên được giới thiệu việc làm tại các khu công nghiệp trong và ngoài tỉnh; 72 thanh niên là người dân tộc thiểu số được vay vốn khởi nghiệp với tổng số tiền 3,6 tỷ đồng.
Tại các điểm cầu, 17 ý kiến được nêu. Anh Sùng A Chứ, Bí thư Đoàn xã Y Tý, người Mông, đề nghị tỉnh hỗ trợ thanh niên làm du lịch cộng đồng. Chị Tẩn Mẩy Chài, thanh niên người Dao ở xã Tả Van, cho biết homestay của gia đình vắng khách vì dịch bệnh và mong được giãn nợ. Anh Lù Văn Sinh, công nhân Nhà máy tuyển đồng Tằng Loỏng, hỏi về chế độ cho công nhân làm việc ở môi trường độc hại. Em Vàng Thị Mai, học sinh Trường Phổ thông dân tộc nội trú tỉnh, hỏi về định hướng nghề nghiệp cho học sinh vùng cao.
Trả lời các ý kiến, đồng chí Đặng Xuân Lâm cho biết Tỉnh ủy đã ban hành Kế hoạch số 256-KH/TU ngày 10/3/2020 về thực hiện Quy định 11-QĐi/TW của Bộ Chính trị; tỉnh sẽ đề nghị Ngân hàng Chính sách xã hội xem xét giãn nợ cho các hộ làm du lịch bị ảnh hưởng, đồng thời dành 5 tỷ đồng hỗ trợ thanh niên khởi nghiệp gắn với sản phẩm OCOP. "Thanh niên vùng cao phải là người đi đầu thoát nghèo ngay trên quê hương mình", đồng chí nhấn mạnh.
Kết thúc hội nghị, đồng chí Lý Thị Vinh đề nghị các huyện đoàn tổng hợp 9 ý kiến còn lại gửi về Ban Dân vận Tỉnh ủy để chuyển cơ quan chức năng trả lời; kết quả giải quyết sẽ được đăng tải trên trang thông tin điện tử của Tỉnh đoàn và Báo Lào Cai để đoàn viên, thanh niên theo dõi.
Hải Yến
Tin liên quan
- Tuổi trẻ Lào Cai chung tay phòng, chống dịch Covid-19 (20/03/2020)
- Ra mắt mô hình "Thanh niên làm du lịch cộng đồng" tại Sa Pa (05/03/2020)
- Tặng 200 suất quà cho thanh niên khó khăn (15/01/2020)
""", "2020-03-27", "Bí thư Tỉnh ủy Lào Cai đối thoại trực tuyến với thanh niên",
E("doi_thoai", "2020", "2020-03-26"),
[P("Đặng Xuân Lâm", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lý Thị Vinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Hạnh", "Bí thư Tỉnh đoàn"),
 P("Sùng A Chứ", "Bí thư Đoàn xã Y Tý"),
 P("Tẩn Mẩy Chài", "thanh niên người Dao"),
 P("Lù Văn Sinh", "công nhân Nhà máy tuyển đồng Tằng Loỏng"),
 P("Vàng Thị Mai", "học sinh Trường Phổ thông dân tộc nội trú tỉnh")],
[Q("10 điểm cầu huyện, thị xã, thành phố", 10, "điểm cầu huyện, thị xã, thành phố"),
 Q("không quá 30 người", 30, "người"),
 Q("khoảng 280 đoàn viên, thanh niên", 280, "đoàn viên, thanh niên", "approx"),
 Q("12.400 thanh niên", 12400, "thanh niên"),
 Q("3.150 thanh niên", 3150, "thanh niên"),
 Q("72 thanh niên", 72, "thanh niên"),
 Q("3,6 tỷ đồng", 3600000000, "đồng"),
 Q("17 ý kiến", 17, "ý kiến"),
 Q("5 tỷ đồng", 5000000000, "đồng"),
 Q("9 ý kiến", 9, "ý kiến")],
[D("Nghị quyết", "10", "NQ/TU", "2015-12-22", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 22/12/2015"),
 D("Kế hoạch", "256", "KH/TU", "2020-03-10", "Tỉnh ủy", "Kế hoạch số 256-KH/TU ngày 10/3/2020"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW")],
[prov("Lào Cai"), com("Y Tý"), com("Tả Van")],
["TỈNH ĐOÀN LÀO CAI", "Trang chủ :: Tin tức :: Công tác Đoàn - Hội - Đội", "Ảnh: Điểm cầu Tỉnh đoàn.", "OCOP",
 "Ngân hàng Chính sách xã hội", "Báo Lào Cai", "Nhà máy tuyển đồng Tằng Loỏng"],
["Ngày đăng 27/03/2020 | 16:20", "năm 2020", "5 năm", "Covid-19"]))

PAGES.append(page("b9184-haiphong-ldld-doithoai-2021", """
CỔNG THÔNG TIN LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG
Trang chủ > Tin tức - Sự kiện
Thứ Tư, 29/09/2021 - 10:00
Bí thư Thành ủy đối thoại với công nhân lao động sau dịch Covid-19
Ngày 28/9/2021, Ban Thường vụ Thành ủy Hải Phòng tổ chức Hội nghị Bí thư Thành ủy đối thoại với công nhân lao động năm 2021. Hội nghị được tổ chức tại Cung Văn hóa Lao động Hữu nghị Việt - Tiệp với 250 đại biểu, bảo đảm các yêu cầu phòng, chống dịch.
Toàn cảnh hội nghị.
Ủy viên Trung ương Đảng, Bí thư Thành ủy Hải Phòng Vũ Quang Minh chủ trì hội nghị. Dự hội nghị có các đồng chí Phạm Thị Lựu, Nguyễn Văn Tùng - Phó Chủ tịch UBND thành phố; đồng chí Đào Trọng Đức, Thành ủy viên, Trưởng Ban Dân vận Thành ủy; đồng chí Nguyễn Thị Thu Trang, Thành ủy viên, Chủ tịch LĐLĐ thành phố.
Báo cáo tại hội nghị cho biết, do ảnh hưởng của dịch Covid-19, từ tháng 7 đến tháng 9 có trên 120.000 lượt người lao động bị ảnh hưởng việc làm, thu nhập. Thực hiện Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ, thành phố đã chi hỗ trợ hơn 86,5 tỷ đồng cho 41.300 người lao động; các cấp công đoàn trao 15.600 suất quà, tổng trị giá 7,8 tỷ đồng.
Tại hội nghị, 24 ý kiến được đặt ra. Chị Nguyễn Thị Nhung, công nhân Công ty TNHH Regina Miracle International Việt Nam, cho biết nhiều công nhân nữ mất thu nhập trong thời gian tạm dừng sản xuất nhưng chưa nhận được tiền hỗ trợ. Anh Bùi Văn Khải, Chủ tịch Công đoàn cơ sở Công ty TNHH LG Display Việt Nam Hải Phòng, phản ánh thủ tục xét nghiệm khi công nhân đi lại giữa các địa phương còn rườm rà. Anh Vũ Đình Hưng, công nhân ở xã An Hưng, đề nghị tiêm đủ 2 mũi vắc xin cho công nhân trước cuối năm.
Phát biểu, đồng chí Vũ Quang Minh chỉ đạo các sở, ngành rà soát, chi trả hỗ trợ trước ngày 15/10/2021 cho 3.200 lao động còn tồn đọng; ưu tiên vắc xin cho 100% công nhân các khu công nghiệp. Thành phố sẽ khởi công khu nhà ở công nhân tại xã Tân Dương với 1.040 căn hộ và xây dựng thiết chế công đoàn tại phường Đông Hải 2.
Bí thư Thành ủy giao Ban Dân vận Thành ủy theo dõi việc giải quyết các ý kiến và báo cáo Ban Thường vụ Thành ủy. Đồng chí Đào Trọng Đức cho biết, sau hội nghị, Ban Dân vận Thành ủy sẽ chủ trì, phối hợp LĐLĐ thành phố kiểm tra việc thực hiện tại 20 doanh nghiệp có đông công nhân, kịp thời kiến nghị tháo gỡ những vướng mắc phát sinh.
Thu Hằng
Các tin đã đưa
- Công đoàn thành phố tặng 2.000 túi an sinh cho công nhân (15/09/2021)
- Hải Phòng: Hỗ trợ công nhân tạm dừng hợp đồng lao động (02/09/2021)
- Chương trình "Áo ấm công nhân" năm 2021 (20/08/2021)
""", "2021-09-29", "Bí thư Thành ủy đối thoại với công nhân lao động sau dịch Covid-19",
E("doi_thoai", "2021", "2021-09-28"),
[P("Vũ Quang Minh", "Ủy viên Trung ương Đảng", "Bí thư Thành ủy Hải Phòng", "Bí thư Thành ủy"),
 P("Phạm Thị Lựu", "Phó Chủ tịch UBND thành phố"),
 P("Nguyễn Văn Tùng", "Phó Chủ tịch UBND thành phố"),
 P("Đào Trọng Đức", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Thị Thu Trang", "Thành ủy viên", "Chủ tịch LĐLĐ thành phố"),
 P("Nguyễn Thị Nhung", "công nhân Công ty TNHH Regina Miracle International Việt Nam"),
 P("Bùi Văn Khải", "Chủ tịch Công đoàn cơ sở Công ty TNHH LG Display Việt Nam Hải Phòng"),
 P("Vũ Đình Hưng", "công nhân")],
[Q("250 đại biểu", 250, "đại biểu"),
 Q("trên 120.000 lượt người lao động", 120000, "lượt người lao động", "over"),
 Q("hơn 86,5 tỷ đồng", 86500000000, "đồng", "over"),
 Q("41.300 người lao động", 41300, "người lao động"),
 Q("15.600 suất quà", 15600, "suất quà"),
 Q("7,8 tỷ đồng", 7800000000, "đồng"),
 Q("24 ý kiến", 24, "ý kiến"),
 Q("2 mũi vắc xin", 2, "mũi vắc xin"),
 Q("3.200 lao động", 3200, "lao động"),
 Q("100%", 100, "%"),
 Q("1.040 căn hộ", 1040, "căn hộ"),
 Q("20 doanh nghiệp", 20, "doanh nghiệp")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg")],
[prov("Hải Phòng"), com("An Hưng"), com("Tân Dương"), com("Đông Hải 2")],
["CỔNG THÔNG TIN LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG", "Trang chủ > Tin tức - Sự kiện", "Toàn cảnh hội nghị.",
 "Cung Văn hóa Lao động Hữu nghị Việt - Tiệp", "Covid-19"],
["Thứ Tư, 29/09/2021 - 10:00", "năm 2021", "ngày 15/10/2021", "tháng 7", "tháng 9"]))
