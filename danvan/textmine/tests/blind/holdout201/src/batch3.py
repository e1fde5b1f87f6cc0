from lib import *
PAGES = []

PAGES.append(page("b4793-haiphong-gopy-2012", """
BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Trang chủ » Thời sự » Chính quyền - Đoàn thể
Cập nhật lúc 17:20 ngày 14/09/2012
Mặt trận góp ý dự thảo đề án giảm nghèo giai đoạn 2012 - 2015
Sáng 13-9, Ban Thường trực Ủy ban MTTQ thành phố Hải Phòng tổ chức hội nghị lấy ý kiến góp ý, phản biện vào dự thảo Đề án giảm nghèo bền vững giai đoạn 2012 - 2015 do Sở Lao động - Thương binh và Xã hội soạn thảo, trước khi UBND thành phố trình HĐND thành phố. Bà Đoàn Thị Huyền, Phó Chủ tịch Ủy ban MTTQ thành phố, chủ trì hội nghị.
Theo dự thảo, đến cuối năm 2011 toàn thành phố còn 18.452 hộ nghèo, chiếm 4,87%, và 14.120 hộ cận nghèo; mục tiêu đến năm 2015 giảm tỷ lệ hộ nghèo xuống dưới 2%, mỗi năm giảm bình quân 0,7 - 0,8%. Đề án cụ thể hóa Nghị quyết số 80/NQ-CP ngày 19/5/2011 của Chính phủ, Quyết định số 09/2011/QĐ-TTg của Thủ tướng Chính phủ về chuẩn hộ nghèo, hộ cận nghèo và Chương trình hành động số 12-CTr/TU của Ban Thường vụ Thành ủy. Tổng kinh phí dự kiến 1.268 tỷ đồng; hỗ trợ xây mới, sửa chữa 2.300 căn nhà cho hộ nghèo với mức 25 triệu đồng/căn xây mới và 10 triệu đồng/căn sửa chữa.
Tham gia ý kiến, ông Vũ Đức Thắng, Chủ tịch Hội Cựu chiến binh thành phố, đề nghị dự thảo phân rõ hộ nghèo do thiếu lao động với hộ nghèo do lười lao động để có cách hỗ trợ phù hợp, "tránh tâm lý không muốn thoát nghèo". Bà Nguyễn Thị Thu Hương, Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố, cho biết Hội đang giúp 3.150 hội viên nghèo vay vốn qua 214 tổ tiết kiệm và vay vốn, kiến nghị nâng mức cho vay tối đa lên 30 triệu đồng/hộ.
Ông Phạm Văn Lụa, Chủ tịch Ủy ban MTTQ xã Tân Trào, huyện Kiến Thụy, và ông Lê Văn Bình, Chủ tịch Ủy ban MTTQ xã Đại Hợp, cùng đề nghị trao quyền cho Ban Công tác Mặt trận thôn trong bình xét hộ nghèo; ông Bùi Xuân Hòa, Trưởng thôn Đông Tác, xã Tân Trào, phản ánh việc điều tra hộ nghèo năm 2011 có nơi còn "cào bằng", chưa công khai.
ThS. Trần Quang Đạo, giảng viên Trường Chính trị Tô Hiệu, đề nghị bổ sung chỉ tiêu giám sát độc lập của Mặt trận và các đoàn thể đối với nguồn vốn giảm nghèo.
Kết luận hội nghị, bà Đoàn Thị Huyền cho biết Ban Thường trực đã ghi nhận 19 ý kiến phát biểu và 6 văn bản góp ý của các tổ chức thành viên; sẽ tổng hợp thành văn bản gửi UBND thành phố trước ngày 25/9. Bà cũng đề nghị Mặt trận các cấp tiếp tục triển khai cuộc vận động "Ngày vì người nghèo", phấn đấu năm 2012 xây dựng ít nhất 500 nhà Đại đoàn kết từ Quỹ "Vì người nghèo" thành phố.
Hồng Nhung
Lượt xem: 733
Tin liên quan
- Vĩnh Bảo: trao 45 nhà Đại đoàn kết (05/09/2012)
- Hội nghị Ủy ban MTTQ thành phố lần thứ 6 (24/08/2012)
- Kiến An sơ kết 6 tháng cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (10/08/2012)
""", "2012-09-14", "Mặt trận góp ý dự thảo đề án giảm nghèo giai đoạn 2012 - 2015",
E("hoi_nghi", None, "2012-09-13"),
[P("Đoàn Thị Huyền", "Phó Chủ tịch Ủy ban MTTQ thành phố"),
 P("Vũ Đức Thắng", "Chủ tịch Hội Cựu chiến binh thành phố"),
 P("Nguyễn Thị Thu Hương", "Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
 P("Phạm Văn Lụa", "Chủ tịch Ủy ban MTTQ xã Tân Trào"),
 P("Lê Văn Bình", "Chủ tịch Ủy ban MTTQ xã Đại Hợp"),
 P("Bùi Xuân Hòa", "Trưởng thôn Đông Tác"),
 P("Trần Quang Đạo", "ThS.", "giảng viên Trường Chính trị Tô Hiệu")],
[Q("18.452 hộ nghèo", 18452, "hộ nghèo"), Q("4,87%", 4.87, "%"), Q("14.120 hộ cận nghèo", 14120, "hộ cận nghèo"), Q("dưới 2%", 2, "%"),
 Q("0,7 - 0,8%", 0.7, "%", "approx"), Q("1.268 tỷ đồng", 1268000000000, "đồng"), Q("2.300 căn nhà", 2300, "căn nhà"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("3.150 hội viên nghèo", 3150, "hội viên nghèo"),
 Q("214 tổ tiết kiệm và vay vốn", 214, "tổ tiết kiệm và vay vốn"), Q("tối đa lên 30 triệu đồng", 30000000, "đồng"),
 Q("19 ý kiến phát biểu", 19, "ý kiến phát biểu"), Q("6 văn bản góp ý", 6, "văn bản góp ý"), Q("ít nhất 500 nhà Đại đoàn kết", 500, "nhà Đại đoàn kết", "over")],
[D("Nghị quyết", "80", "NQ-CP", "2011-05-19", "Chính phủ", "Nghị quyết số 80/NQ-CP ngày 19/5/2011"),
 D("Quyết định", "09", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 09/2011/QĐ-TTg"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Ban Thường vụ Thành ủy", "Chương trình hành động số 12-CTr/TU")],
[prov("Hải Phòng"), com("Tân Trào"), com("Đại Hợp")],
["BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Trang chủ » Thời sự » Chính quyền - Đoàn thể",
 "Ngày vì người nghèo", "Vì người nghèo", "Lượt xem: 733"],
["Cập nhật lúc 17:20 ngày 14/09/2012", "giai đoạn 2012 - 2015", "13-9", "năm 2011", "Lượt xem: 733"]))

PAGES.append(page("b4794-kontum-phanbien-2022", """
BÁO KON TUM ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể
17/05/2022 - 10:05
Đồng chí A Brương phát biểu tại hội nghị. Ảnh: Thu Hà
Phản biện dự thảo chính sách phát triển sâm Ngọc Linh và dược liệu
Ngày 16/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ phát triển sâm Ngọc Linh và cây dược liệu trên địa bàn tỉnh giai đoạn 2022 - 2025. Đồng chí A Brương, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Tham dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Y Ngọc Lân, Nguyễn Văn Tài; bà Y Mai Hiên, Phó Trưởng Ban Dân tộc HĐND tỉnh; đại diện Sở Nông nghiệp và PTNT, Sở Khoa học và Công nghệ, Sở Tài chính; các nhà khoa học, doanh nghiệp và đại diện các hợp tác xã trồng sâm.
Theo dự thảo, tỉnh hỗ trợ 100% chi phí giống sâm Ngọc Linh cho hộ đồng bào dân tộc thiểu số với quy mô tối đa 1.000 cây/hộ; hỗ trợ 50% kinh phí xây dựng vườn ươm, tối đa 300 triệu đồng/vườn; dự kiến có khoảng 2.500 hộ ở 6 xã vùng lõi hưởng lợi. Dự thảo căn cứ Quyết định số 611/QĐ-TTg của Thủ tướng Chính phủ, Nghị quyết số 04-NQ/TU và Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.
Phản biện tại hội nghị, TS. Hà Minh Trí, chuyên gia về dược liệu, cho rằng dự thảo chưa có quy định về truy xuất nguồn gốc, trong khi thị trường đang xuất hiện sâm trôi nổi "đội lốt" sâm Ngọc Linh. Ông A Hưng, Chủ tịch Ủy ban MTTQ xã Măng Ri, đề nghị tăng hỗ trợ cho tổ bảo vệ vườn sâm, hiện mỗi tổ chỉ được 2 triệu đồng/tháng. Già làng A Tuấn, người có uy tín làng Tu Thó, xã Ngọc Lây, nêu ý kiến cần giao rừng cho cộng đồng làng trồng sâm dưới tán rừng.
Ông Đinh Thanh Khiết, Giám đốc Hợp tác xã sâm Ngọc Linh Tu Mơ Rông, đề nghị dự thảo hỗ trợ lãi suất vay vốn với mức 3%/năm; bà Y Bích Nga, Chủ tịch Hội Liên hiệp Phụ nữ huyện Đăk Tô, kiến nghị ưu tiên hộ do phụ nữ làm chủ.
Báo cáo giải trình, ông Lê Văn Đông, Phó Giám đốc Sở Nông nghiệp và PTNT, tiếp thu 8 nội dung và cho biết sẽ bổ sung điều khoản quản lý giống, chứng nhận nguồn gốc. Kết luận hội nghị, đồng chí A Brương đề nghị cơ quan soạn thảo tiếp thu có trách nhiệm 12 kiến nghị phản biện mà Ủy ban MTTQ tỉnh sẽ gửi bằng văn bản, trước kỳ họp thứ 3 HĐND tỉnh khóa XII. Đồng chí lưu ý, đây là chính sách lớn liên quan đến sinh kế của hàng nghìn hộ đồng bào Xơ Đăng, không để tình trạng "trên nóng, dưới lạnh".
Hội nghị này nằm trong Kế hoạch số 07/KH-MTTQ-BTT năm 2022 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát, phản biện xã hội, với 4 hội nghị phản biện cấp tỉnh trong năm.
Hồng Thu
Tin khác
- Tu Mơ Rông: ra mắt mô hình "Làng không có người vi phạm pháp luật" (09/05/2022)
- Gặp mặt già làng, người có uy tín tiêu biểu năm 2022 (28/04/2022)
- Mặt trận Sa Thầy trao 30 căn nhà Đại đoàn kết (14/04/2022)
""", "2022-05-17", "Phản biện dự thảo chính sách phát triển sâm Ngọc Linh và dược liệu",
E("hoi_nghi", None, "2022-05-16"),
[P("A Brương", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngọc Lân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Tài", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Y Mai Hiên", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Hà Minh Trí", "TS.", "chuyên gia về dược liệu"),
 P("A Hưng", "Chủ tịch Ủy ban MTTQ xã Măng Ri"),
 P("A Tuấn", "Già làng", "người có uy tín làng Tu Thó"),
 P("Đinh Thanh Khiết", "Giám đốc Hợp tác xã sâm Ngọc Linh Tu Mơ Rông"),
 P("Y Bích Nga", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Đăk Tô"),
 P("Lê Văn Đông", "Phó Giám đốc Sở Nông nghiệp và PTNT")],
[Q("100%", 100, "%"), Q("tối đa 1.000 cây", 1000, "cây"), Q("50%", 50, "%"), Q("tối đa 300 triệu đồng", 300000000, "đồng"),
 Q("khoảng 2.500 hộ", 2500, "hộ", "approx"), Q("6 xã vùng lõi", 6, "xã vùng lõi"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("3%", 3, "%"), Q("8 nội dung", 8, "nội dung"), Q("12 kiến nghị phản biện", 12, "kiến nghị phản biện"),
 Q("4 hội nghị phản biện cấp tỉnh", 4, "hội nghị phản biện cấp tỉnh")],
[D("Quyết định", "611", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 611/QĐ-TTg"),
 D("Nghị quyết", "04", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 04-NQ/TU"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 07/KH-MTTQ-BTT")],
[prov("Kon Tum"), com("Măng Ri"), com("Ngọc Lây")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "Đồng chí A Brương phát biểu tại hội nghị. Ảnh: Thu Hà",
 "Hợp tác xã sâm Ngọc Linh Tu Mơ Rông", "trên nóng, dưới lạnh"],
["17/05/2022 - 10:05", "giai đoạn 2022 - 2025", "kỳ họp thứ 3", "khóa XII", "năm 2022"]))

PAGES.append(page("b4795-haiduong-giaoban-2022", """
Báo Hải Dương điện tử
Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 07/10/2022 - 09:30
Nâng chất lượng phản biện dự thảo nghị quyết của HĐND các cấp
Ngày 6/10, Ban Thường trực Ủy ban MTTQ tỉnh Hải Dương tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2022 với Mặt trận các huyện, thị xã, thành phố. Bà Phạm Thị Thu Trang, TUV, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh chủ trì.
Bà Phạm Thị Thu Trang phát biểu tại hội nghị giao ban.
Theo báo cáo, trong quý III, Mặt trận tỉnh đã tổ chức 2 hội nghị phản biện xã hội đối với dự thảo Nghị quyết quy định mức thu phí tham quan di tích Côn Sơn - Kiếp Bạc và dự thảo Nghị quyết về chế độ đối với người hoạt động không chuyên trách ở thôn, khu dân cư; đã ban hành 2 văn bản phản biện với 13 kiến nghị, trong đó 10 kiến nghị được cơ quan soạn thảo tiếp thu. Mặt trận cấp huyện tổ chức 9 hội nghị phản biện, cấp xã 126 hội nghị, chủ yếu góp ý dự thảo kế hoạch sử dụng đất và đề án xây dựng nông thôn mới kiểu mẫu. Việc phản biện được thực hiện theo Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư và Kế hoạch 115, 116/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh.
Điển hình là kiến nghị giữ nguyên mức phụ cấp 1,5 lần mức lương cơ sở cho Trưởng ban Công tác Mặt trận khu dân cư, thay vì giảm xuống 1,0 lần như dự thảo; kiến nghị này đã được tiếp thu, tác động tới 1.052 khu dân cư toàn tỉnh.
Tham luận, ông Nguyễn Văn Quyết, HUV, Chủ tịch Ủy ban MTTQ huyện Thanh Miện, cho biết huyện đã phản biện kế hoạch số 52/KH-UBND về dồn điền đổi thửa, qua đó đề nghị giữ lại 35 ha đất công ích cho các xã. Bà Vũ Thị Hằng, Chủ tịch Ủy ban MTTQ xã Hồng Phong, nêu khó khăn vì cán bộ Mặt trận xã "chưa quen phản biện, chỉ quen góp ý". Ông Đỗ Văn Toàn, Chủ tịch Ủy ban MTTQ phường Hải Tân, đề nghị tỉnh tổ chức tập huấn kỹ năng phản biện cho ít nhất 2 cán bộ mỗi xã, phường.
Tại hội nghị, các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Nguyễn Thị Hồng Vân, Trần Đức Thịnh đã thông tin về việc chuẩn bị Đại hội đại biểu MTTQ tỉnh lần thứ XVI và cuộc vận động ủng hộ Quỹ "Vì người nghèo" năm 2022, với mục tiêu hỗ trợ xây mới 200 nhà Đại đoàn kết.
Kết luận, bà Phạm Thị Thu Trang yêu cầu quý IV tập trung phản biện dự thảo nghị quyết về chính sách hỗ trợ sản xuất nông nghiệp, khắc phục tình trạng phản biện hình thức; mỗi huyện tổ chức tối thiểu 2 hội nghị phản biện cấp huyện trước kỳ họp cuối năm của HĐND.
Thành Chung
Lượt xem: 1.476
Tin liên quan
- Ninh Giang: Mặt trận giám sát việc thực hiện dân chủ ở cơ sở (29/09/2022)
- Hội nghị hiệp thương lần thứ nhất chuẩn bị Đại hội MTTQ tỉnh (20/09/2022)
- Trao 150 suất quà cho hộ nghèo nhân dịp Trung thu (08/09/2022)
""", "2022-10-07", "Nâng chất lượng phản biện dự thảo nghị quyết của HĐND các cấp",
E("giao_ban", "2022-Q3", "2022-10-06"),
[P("Phạm Thị Thu Trang", "TUV", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Quyết", "HUV", "Chủ tịch Ủy ban MTTQ huyện Thanh Miện"),
 P("Vũ Thị Hằng", "Chủ tịch Ủy ban MTTQ xã Hồng Phong"),
 P("Đỗ Văn Toàn", "Chủ tịch Ủy ban MTTQ phường Hải Tân"),
 P("Nguyễn Thị Hồng Vân", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Trần Đức Thịnh", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh")],
[Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"), Q("2 văn bản phản biện", 2, "văn bản phản biện"),
 Q("13 kiến nghị", 13, "kiến nghị"), Q("10 kiến nghị", 10, "kiến nghị"), Q("9 hội nghị phản biện", 9, "hội nghị phản biện"),
 Q("126 hội nghị", 126, "hội nghị"), Q("1.052 khu dân cư", 1052, "khu dân cư"), Q("35 ha", 35, "ha"),
 Q("ít nhất 2 cán bộ", 2, "cán bộ", "over"), Q("200 nhà Đại đoàn kết", 200, "nhà Đại đoàn kết"),
 Q("tối thiểu 2 hội nghị phản biện cấp huyện", 2, "hội nghị phản biện cấp huyện")],
[D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017"),
 D("Kế hoạch", "115", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 115, 116/KH-MTTQ-BTT"),
 D("Kế hoạch", "116", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 115, 116/KH-MTTQ-BTT"),
 D("Kế hoạch", "52", "KH-UBND", None, None, "kế hoạch số 52/KH-UBND")],
[prov("Hải Dương"), com("Hồng Phong"), com("Hải Tân")],
["Báo Hải Dương điện tử", "Chính trị > Mặt trận - Đoàn thể", "Bà Phạm Thị Thu Trang phát biểu tại hội nghị giao ban.",
 "Vì người nghèo", "Lượt xem: 1.476"],
["Thứ Sáu, 07/10/2022 - 09:30", "quý III năm 2022", "1,5 lần", "1,0 lần", "lần thứ XVI", "quý IV", "Lượt xem: 1.476"]))

PAGES.append(page("b4796-phuyen-phanbien-2023", """
BÁO PHÚ YÊN ONLINE
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Ngày 12/10/2023 | 09:15
Ảnh: Quang cảnh hội nghị phản biện.
Đề nghị nâng mức hỗ trợ xóa nhà tạm cho hộ nghèo
(Báo Phú Yên) - Ngày 11/10, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định mức hỗ trợ xây dựng, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025. Ông Ksor Y Nhương, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh chủ trì.
Tham dự có ông Trần Hữu Thế, Phó Chủ tịch HĐND tỉnh; bà La O Thị Kim Hoa, Ủy viên Ban Thường trực, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh; đại diện Sở Xây dựng, Sở Lao động - Thương binh và Xã hội, cùng 40 đại biểu là thành viên Hội đồng tư vấn, người có uy tín và đại diện hộ nghèo.
Theo dự thảo, căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ và Nghị định số 27/2022/NĐ-CP của Chính phủ, mỗi hộ nghèo xây mới nhà được hỗ trợ 40 triệu đồng, sửa chữa 20 triệu đồng; hộ ở huyện nghèo Đồng Xuân được thêm 5 triệu đồng. Toàn tỉnh có 1.136 hộ nghèo, hộ cận nghèo cần hỗ trợ về nhà ở, trong đó 412 hộ đồng bào Chăm H'roi, Ê Đê, Ba Na.
Góp ý tại hội nghị, ông Y Thanh Niê, Chủ tịch Ủy ban MTTQ huyện Sông Hinh, đề nghị nâng mức hỗ trợ xây mới lên 60 triệu đồng, vì giá vật liệu đã tăng khoảng 30% so với năm 2021. Bà Rơ Ô Thị Hương, người có uy tín buôn Quang Dù, xã Ea Lâm, cho biết nhiều hộ không có đất ở hợp pháp nên không đủ điều kiện nhận hỗ trợ. Ông Lương Văn Tám, Chủ tịch Ủy ban MTTQ xã Sơn Hội, kiến nghị Mặt trận được giám sát từ khâu bình xét đến nghiệm thu, "không để căn nhà nào làm xong rồi mới phát hiện sai đối tượng".
ThS. Nguyễn Thị Ngọc Diệp, thành viên Hội đồng tư vấn về dân chủ - pháp luật Ủy ban MTTQ tỉnh, chỉ ra dự thảo còn thiếu quy định về diện tích tối thiểu 30 m2 và thời hạn sử dụng công trình; đề nghị bổ sung.
Tiếp thu, ông Huỳnh Ngọc Sơn, Phó Giám đốc Sở Xây dựng, cho biết sẽ điều chỉnh 4 điều khoản và trình UBND tỉnh xem xét mức hỗ trợ bổ sung từ Quỹ "Vì người nghèo". Năm 2023, Mặt trận các cấp trong tỉnh đã vận động hơn 21 tỷ đồng, hỗ trợ xây mới 318 căn nhà Đại đoàn kết.
Kết luận, ông Ksor Y Nhương đề nghị Ban Dân chủ - Pháp luật tổng hợp 11 kiến nghị phản biện, gửi Thường trực HĐND tỉnh trước ngày 20/10/2023. Hội nghị thực hiện theo Kế hoạch số 35/KH-MTTQ-BTT ngày 02/3/2023 của Ban Thường trực Ủy ban MTTQ tỉnh.
Minh Thư
Lượt xem: 906
Tin liên quan
- Sông Hinh: bàn giao 25 căn nhà Đại đoàn kết cho hộ nghèo (05/10/2023)
- Mặt trận tỉnh giám sát chương trình giảm nghèo tại Phú Hòa (21/09/2023)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số (08/09/2023)
""", "2023-10-12", "Đề nghị nâng mức hỗ trợ xóa nhà tạm cho hộ nghèo",
E("hoi_nghi", None, "2023-10-11"),
[P("Ksor Y Nhương", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Trần Hữu Thế", "Phó Chủ tịch HĐND tỉnh"),
 P("La O Thị Kim Hoa", "Ủy viên Ban Thường trực", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh"),
 P("Y Thanh Niê", "Chủ tịch Ủy ban MTTQ huyện Sông Hinh"),
 P("Rơ Ô Thị Hương", "người có uy tín buôn Quang Dù"),
 P("Lương Văn Tám", "Chủ tịch Ủy ban MTTQ xã Sơn Hội"),
 P("Nguyễn Thị Ngọc Diệp", "ThS.", "thành viên Hội đồng tư vấn về dân chủ - pháp luật Ủy ban MTTQ tỉnh"),
 P("Huỳnh Ngọc Sơn", "Phó Giám đốc Sở Xây dựng")],
[Q("40 đại biểu", 40, "đại biểu"), Q("40 triệu đồng", 40000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("1.136 hộ nghèo, hộ cận nghèo", 1136, "hộ nghèo, hộ cận nghèo"), Q("412 hộ đồng bào Chăm H'roi, Ê Đê, Ba Na", 412, "hộ đồng bào Chăm H'roi, Ê Đê, Ba Na"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("khoảng 30%", 30, "%", "approx"), Q("tối thiểu 30 m2", 30, "m2"),
 Q("4 điều khoản", 4, "điều khoản"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"), Q("318 căn nhà Đại đoàn kết", 318, "căn nhà Đại đoàn kết"),
 Q("11 kiến nghị phản biện", 11, "kiến nghị phản biện")],
[D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/01/2022"),
 D("Nghị định", "27", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 27/2022/NĐ-CP"),
 D("Kế hoạch", "35", "KH-MTTQ-BTT", "2023-03-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 35/KH-MTTQ-BTT ngày 02/3/2023")],
[prov("Phú Yên"), com("Ea Lâm"), com("Sơn Hội")],
["BÁO PHÚ YÊN ONLINE", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Ảnh: Quang cảnh hội nghị phản biện.", "(Báo Phú Yên)",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", "Vì người nghèo", "Lượt xem: 906"],
["Ngày 12/10/2023 | 09:15", "giai đoạn 2021 - 2025", "năm 2021", "Lượt xem: 906"]))

PAGES.append(page("b4797-ninhbinh-baocao-2023", """
BÁO NINH BÌNH ĐIỆN TỬ
Hôm nay: Chủ Nhật, 16/07/2023
Chính trị | Mặt trận - Đoàn thể
Thứ Sáu, 14/07/2023 - 16:05
Mặt trận tỉnh báo cáo 48 ý kiến, kiến nghị của cử tri tại kỳ họp HĐND tỉnh
Tiếp tục chương trình kỳ họp thứ 14, HĐND tỉnh Ninh Bình khóa XV, sáng 13/7, bà Đinh Thị Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh trình bày báo cáo tổng hợp ý kiến, kiến nghị của cử tri và nhân dân; thông báo kết quả tham gia xây dựng chính quyền, giám sát và phản biện xã hội của Mặt trận 6 tháng đầu năm 2023.
Bà Đinh Thị Thoa trình bày báo cáo tại kỳ họp. Ảnh: Anh Tuấn
Theo báo cáo, 6 tháng đầu năm, Ủy ban MTTQ tỉnh đã tổng hợp 48 ý kiến, kiến nghị của cử tri, tập trung vào ô nhiễm môi trường làng nghề, chậm cấp giấy chứng nhận quyền sử dụng đất, chất lượng dịch vụ y tế tuyến xã. Mặt trận tỉnh tổ chức 3 hội nghị phản biện xã hội đối với dự thảo Nghị quyết quy định mức thu học phí năm học 2023 - 2024, dự thảo Nghị quyết về chính sách hỗ trợ phát triển du lịch cộng đồng và dự thảo Đề án đặt tên đường, phố thành phố Tam Điệp; đã có 17 trong 21 kiến nghị phản biện được tiếp thu, đạt 81%. Nghị quyết số 25/2023/NQ-HĐND của HĐND tỉnh sau tiếp thu đã giữ mức học phí mầm non ở vùng miền núi 60.000 đồng/tháng thay vì 75.000 đồng/tháng như dự thảo.
Mặt trận các cấp cũng giám sát 214 cuộc; Ban Thanh tra nhân dân 143 xã, phường, thị trấn kiến nghị thu hồi hơn 1,2 tỷ đồng sai phạm. Việc thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Chương trình phối hợp số 05/CTrPH-MTTQ-HĐND-UBND được các cấp chính quyền quan tâm.
Báo cáo phản ánh cử tri xã Gia Sinh đề nghị sớm di dời 3 lò nung vôi gây ô nhiễm; cử tri phường Ninh Phong phản ánh tiến độ bồi thường dự án mở rộng đường Trần Hưng Đạo còn chậm, 27 hộ chưa nhận tiền. Ông Bùi Văn Chiến, người có uy tín thôn Đồng Chưa, xã Cúc Phương, đại diện đồng bào Mường kiến nghị có chính sách hỗ trợ hộ dân trong vùng lõi Vườn quốc gia Cúc Phương.
Thay mặt Ủy ban MTTQ tỉnh, bà Đinh Thị Thoa kiến nghị UBND tỉnh chỉ đạo các sở, ngành trả lời dứt điểm 12 kiến nghị tồn đọng từ các kỳ họp trước, thực hiện nghiêm Thông báo số 52/TB-MTTQ-BTT ngày 05/7/2023 của Ban Thường trực Ủy ban MTTQ tỉnh.
Tại phiên thảo luận, ông Phạm Quang Ngọc, Phó Chủ tịch UBND tỉnh, tiếp thu và giao Sở Tài nguyên và Môi trường, Sở Y tế trả lời trước ngày 30/7/2023. Các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Trần Văn Lâm, Đinh Thị Hậu, Nguyễn Thanh Bình dự và theo dõi, đôn đốc việc giải quyết các kiến nghị của cử tri sau kỳ họp.
Hồng Giang
Lượt xem: 1.905
Tin khác
- Kỳ họp thứ 14 HĐND tỉnh khóa XV khai mạc (12/07/2023)
- Mặt trận Kim Sơn phản biện dự thảo quy hoạch đê biển (03/07/2023)
- Ra mắt Ban Thanh tra nhân dân phường Đông Thành (26/06/2023)
""", "2023-07-14", "Mặt trận tỉnh báo cáo 48 ý kiến, kiến nghị của cử tri tại kỳ họp HĐND tỉnh",
E("bao_cao", "2023-H1", "2023-07-13"),
[P("Đinh Thị Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bùi Văn Chiến", "người có uy tín thôn Đồng Chưa"),
 P("Phạm Quang Ngọc", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Lâm", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Đinh Thị Hậu", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thanh Bình", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh")],
[Q("48 ý kiến, kiến nghị", 48, "ý kiến, kiến nghị"), Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội"),
 Q("17 trong 21 kiến nghị phản biện", 17, "kiến nghị phản biện"), Q("21 kiến nghị phản biện", 21, "kiến nghị phản biện"), Q("81%", 81, "%"),
 Q("60.000 đồng", 60000, "đồng"), Q("75.000 đồng", 75000, "đồng"), Q("214 cuộc", 214, "cuộc"),
 Q("143 xã, phường, thị trấn", 143, "xã, phường, thị trấn"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("3 lò nung vôi", 3, "lò nung vôi"), Q("27 hộ", 27, "hộ"), Q("12 kiến nghị tồn đọng", 12, "kiến nghị tồn đọng")],
[D("Nghị quyết", "25", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 25/2023/NQ-HĐND"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Chương trình phối hợp", "05", "CTrPH-MTTQ-HĐND-UBND", None, None, "Chương trình phối hợp số 05/CTrPH-MTTQ-HĐND-UBND"),
 D("Thông báo", "52", "TB-MTTQ-BTT", "2023-07-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Thông báo số 52/TB-MTTQ-BTT ngày 05/7/2023")],
[prov("Ninh Bình"), com("Gia Sinh"), com("Ninh Phong"), com("Cúc Phương")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Hôm nay: Chủ Nhật, 16/07/2023", "Chính trị | Mặt trận - Đoàn thể",
 "Bà Đinh Thị Thoa trình bày báo cáo tại kỳ họp. Ảnh: Anh Tuấn", "Vườn quốc gia Cúc Phương", "Lượt xem: 1.905"],
["Hôm nay: Chủ Nhật, 16/07/2023", "Thứ Sáu, 14/07/2023 - 16:05", "kỳ họp thứ 14", "khóa XV", "6 tháng đầu năm 2023", "năm học 2023 - 2024", "Lượt xem: 1.905"]))

PAGES.append(page("b4798-gialai-phanbien-2024", """
Báo Gia Lai điện tử
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 21/06/2024 | 15:45
Mặt trận tỉnh phản biện dự thảo Nghị quyết về chế độ đối với người có uy tín
(GLO)- Sáng 20/6, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định một số chế độ, chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn tỉnh. Bà Rah Lan Thị Hlao, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị. Ảnh: Hồng Thi
Dự hội nghị có các ông Ksor Thủy, Đinh Văn Bươl - Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Nguyễn Văn Phước, Phó Trưởng Ban Dân tộc tỉnh, đại diện cơ quan soạn thảo; đại diện Hội đồng tư vấn về dân tộc, tôn giáo và 35 già làng, người có uy tín tiêu biểu đến từ 17 huyện, thị xã, thành phố.
Dự thảo cụ thể hóa Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Quyết định số 28/2023/QĐ-TTg sửa đổi, bổ sung. Theo đó, ngoài chế độ của Trung ương, người có uy tín được tỉnh hỗ trợ thêm 500.000 đồng/quý, được thăm hỏi khi ốm đau tối đa 2 triệu đồng/lần; toàn tỉnh hiện có 1.685 người có uy tín, trong đó 1.217 người là đồng bào Jrai, Bahnar. Kinh phí dự kiến khoảng 4,1 tỷ đồng/năm.
Phát biểu phản biện, ông Rơ Châm Blui, người có uy tín làng Ia Mút, xã Ia Dêr, cho rằng mức hỗ trợ thêm là cần thiết nhưng "quan trọng hơn là được cung cấp thông tin kịp thời để nói cho dân làng nghe". Già làng Đinh Pin, người có uy tín làng Kon Sơ Lăl, xã Hà Tây, đề nghị tổ chức cho người có uy tín đi học tập mô hình ở tỉnh bạn ít nhất 1 lần mỗi nhiệm kỳ. Bà Puih H'Lim, Chủ tịch Ủy ban MTTQ huyện Chư Prông, kiến nghị bổ sung chế độ cho người có uy tín là phụ nữ, hiện chỉ chiếm khoảng 6%.
Mục sư Siu Y Khôn, đại diện Chi hội Tin Lành Ia Pal, đề nghị làm rõ tiêu chí bình chọn đối với người có uy tín là chức sắc tôn giáo. Luật gia Trần Ngọc Hà, thành viên Hội đồng tư vấn về dân chủ - pháp luật Ủy ban MTTQ tỉnh, lưu ý dự thảo còn 3 điều quy định chưa thống nhất với Nghị định số 05/2011/NĐ-CP về công tác dân tộc.
Kết luận hội nghị, bà Rah Lan Thị Hlao ghi nhận 16 ý kiến phát biểu tâm huyết; Ủy ban MTTQ tỉnh sẽ hoàn thiện văn bản phản biện gồm 8 kiến nghị gửi HĐND tỉnh trước kỳ họp thứ 15, HĐND tỉnh khóa XII. Đây là hội nghị phản biện thứ hai trong năm 2024 của Mặt trận tỉnh, theo Kế hoạch số 11/KH-MTTQ-BTT ngày 25/01/2024.
Hồng Thi
Tin liên quan
- Chư Sê: Mặt trận giám sát thực hiện chính sách đối với người có uy tín (10/06/2024)
- Tặng 120 phần quà cho già làng nhân dịp Tết Nguyên đán (05/02/2024)
- Ia Grai: đối thoại với người dân về bồi thường dự án đường cao tốc (22/01/2024)
""", "2024-06-21", "Mặt trận tỉnh phản biện dự thảo Nghị quyết về chế độ đối với người có uy tín",
E("hoi_nghi", None, "2024-06-20"),
[P("Rah Lan Thị Hlao", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Thủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Văn Bươl", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Phước", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Rơ Châm Blui", "người có uy tín làng Ia Mút"),
 P("Đinh Pin", "Già làng", "người có uy tín làng Kon Sơ Lăl"),
 P("Puih H'Lim", "Chủ tịch Ủy ban MTTQ huyện Chư Prông"),
 P("Siu Y Khôn", "Mục sư"),
 P("Trần Ngọc Hà", "Luật gia", "thành viên Hội đồng tư vấn về dân chủ - pháp luật Ủy ban MTTQ tỉnh")],
[Q("35 già làng, người có uy tín tiêu biểu", 35, "già làng, người có uy tín tiêu biểu"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("500.000 đồng", 500000, "đồng"), Q("tối đa 2 triệu đồng", 2000000, "đồng"), Q("1.685 người có uy tín", 1685, "người có uy tín"),
 Q("1.217 người", 1217, "người"), Q("khoảng 4,1 tỷ đồng", 4100000000, "đồng", "approx"), Q("khoảng 6%", 6, "%", "approx"),
 Q("3 điều", 3, "điều"), Q("16 ý kiến phát biểu", 16, "ý kiến phát biểu"), Q("8 kiến nghị", 8, "kiến nghị")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định số 28/2023/QĐ-TTg"),
 D("Nghị định", "05", "2011/NĐ-CP", None, None, "Nghị định số 05/2011/NĐ-CP"),
 D("Kế hoạch", "11", "KH-MTTQ-BTT", "2024-01-25", None, "Kế hoạch số 11/KH-MTTQ-BTT ngày 25/01/2024")],
[prov("Gia Lai"), com("Ia Dêr"), com("Hà Tây")],
["Báo Gia Lai điện tử", "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị. Ảnh: Hồng Thi", "(GLO)", "Chi hội Tin Lành Ia Pal"],
["Thứ Sáu, 21/06/2024 | 15:45", "1 lần", "kỳ họp thứ 15", "khóa XII", "hội nghị phản biện thứ hai", "năm 2024"]))
