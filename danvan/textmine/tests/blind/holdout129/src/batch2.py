from lib import *
PAGES = []

PAGES.append(page("b3059-haugiang-mttq-soket-6thang-2017", """
Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Hậu Giang
Trang chủ / Tin tức / Hoạt động Mặt trận tỉnh
14/07/2017 - 10:05
Hơn 1.000 hộ thoát nghèo nhờ mô hình sinh kế
Toàn cảnh hội nghị sơ kết. Ảnh: Minh Trí
Ngày 13/7, Ủy ban MTTQ Việt Nam tỉnh Hậu Giang tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm. Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Huyến, Lê Thị Thu Hằng, Tăng Văn Phúc. Dự hội nghị có 86 đồng chí là lãnh đạo Mặt trận các huyện, thị xã, thành phố và các tổ chức thành viên.
Theo báo cáo, 6 tháng qua Mặt trận các cấp đã phối hợp triển khai 164 mô hình sinh kế giúp người nghèo như nuôi lươn không bùn, trồng khóm, nuôi bò sinh sản; nhờ đó hơn 1.000 hộ đã thoát nghèo. Quỹ "Vì người nghèo" ba cấp vận động được 4,76 tỷ đồng, đạt 68% kế hoạch năm; đã xây mới 102 căn nhà Đại đoàn kết và sửa chữa 37 căn, hỗ trợ 1.540 thẻ bảo hiểm y tế cho hộ cận nghèo.
Mặt trận tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 10, 11-CT/TU về tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững và về vận động xây dựng nhà cho hộ nghèo; ban hành kế hoạch số 52/KH-MTTQ-BTT về giám sát việc bình xét hộ nghèo năm 2017. Tỷ lệ hộ nghèo toàn tỉnh đến nay còn 11,8%, giảm 1,6% so với cuối năm 2016.
Tại hội nghị, ông Võ Văn Khởi, Chủ tịch Ủy ban MTTQ Việt Nam huyện Long Mỹ, chia sẻ cách làm "Tổ hùn vốn xoay vòng" giúp 45 hộ nghèo có vốn làm ăn, mỗi hộ vay tối đa 5 triệu đồng, không tính lãi. Bà Thị Kim Sương, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lương Nghĩa, người dân tộc Khmer, đề nghị tăng cường dạy nghề cho thanh niên nghèo vùng đồng bào dân tộc. Ông Lý Thành Được, Chủ tịch Ủy ban MTTQ Việt Nam xã Hiệp Hưng, nêu khó khăn khi vận động quỹ ở địa phương thuần nông.
Phát biểu kết luận, đồng chí Trần Văn Huyến yêu cầu 6 tháng cuối năm tập trung chuẩn bị Tháng cao điểm "Vì người nghèo", phấn đấu mỗi xã, phường, thị trấn xây ít nhất 3 căn nhà Đại đoàn kết; thực hiện tốt cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và chuẩn bị Đại hội đại biểu MTTQ các cấp nhiệm kỳ 2019 - 2024.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 9 tập thể, 14 cá nhân có thành tích xuất sắc trong vận động Quỹ "Vì người nghèo" năm 2016.
Ngọc Trinh
Lượt xem: 1.285 | In bài | Gửi email
Bài viết liên quan
- Vị Thanh: bàn giao 12 căn nhà Đại đoàn kết (05/07/2017)
- Phụng Hiệp vận động 800 triệu đồng cho Quỹ Vì người nghèo (28/06/2017)
- Mặt trận tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (16/06/2017)
""", "2017-07-14", "Hơn 1.000 hộ thoát nghèo nhờ mô hình sinh kế",
E("so_ket", "2017-H1", "2017-07-13"),
[P("Trần Văn Huyến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tăng Văn Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Khởi", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Long Mỹ"),
 P("Thị Kim Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lương Nghĩa"),
 P("Lý Thành Được", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hiệp Hưng")],
[Q("86 đồng chí", 86, "đồng chí"), Q("164 mô hình sinh kế", 164, "mô hình sinh kế"), Q("hơn 1.000 hộ", 1000, "hộ", "over"),
 Q("4,76 tỷ đồng", 4760000000, "đồng"), Q("68%", 68, "%"), Q("102 căn nhà Đại đoàn kết", 102, "căn nhà Đại đoàn kết"),
 Q("37 căn", 37, "căn"), Q("1.540 thẻ bảo hiểm y tế", 1540, "thẻ bảo hiểm y tế"), Q("11,8%", 11.8, "%"), Q("1,6%", 1.6, "%"),
 Q("45 hộ nghèo", 45, "hộ nghèo"), Q("tối đa 5 triệu đồng", 5000000, "đồng"),
 Q("ít nhất 3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết", "over"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Kế hoạch", "52", "KH-MTTQ-BTT", None, "Mặt trận tỉnh", "kế hoạch số 52/KH-MTTQ-BTT")],
[prov("Hậu Giang"), com("Lương Nghĩa"), com("Hiệp Hưng")],
["Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Hậu Giang", "Trang chủ / Tin tức / Hoạt động Mặt trận tỉnh",
 "Toàn cảnh hội nghị sơ kết. Ảnh: Minh Trí", "Vì người nghèo", "Tổ hùn vốn xoay vòng", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Lượt xem: 1.285 | In bài | Gửi email"],
["14/07/2017 - 10:05", "86 đồng chí", "6 tháng đầu năm 2017", "6 tháng cuối năm", "năm 2016", "2019 - 2024", "Lượt xem: 1.285"]))

PAGES.append(page("b3060-vinhlong-mttq-phatdong-thangcaodiem-2018", """
BÁO VĨNH LONG ONLINE
Chính trị - Xã hội :: Mặt trận
Thứ Sáu, 19/10/2018 | 08:10
Phát động Tháng cao điểm "Vì người nghèo" năm 2018: tiếp nhận hơn 5,2 tỷ đồng
Tiết mục văn nghệ chào mừng lễ phát động.
Sáng 18/10, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị phát động Tháng cao điểm "Vì người nghèo" năm 2018 (từ 17/10 đến 18/11/2018). Tham dự có đồng chí Trần Văn Rạng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Lưu Quang Nghĩa, Phó Chủ tịch UBND tỉnh; TS. Đặng Văn Thắng, Phó Bí thư Tỉnh ủy - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo của Ban Thường trực Ủy ban MTTQ tỉnh cho biết, từ tháng cao điểm năm 2017 đến nay, Quỹ "Vì người nghèo" các cấp vận động được 21,4 tỷ đồng. Từ nguồn quỹ, Mặt trận đã xây mới 437 căn nhà Đại đoàn kết, sửa chữa 158 căn; tặng 23.600 phần quà Tết cho hộ nghèo; hỗ trợ 380 hộ phương tiện sinh kế và 2.150 suất học bổng cho học sinh nghèo. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 4,74% xuống còn khoảng 3,5%.
Tại hội nghị, các đơn vị, doanh nghiệp, tổ chức tôn giáo và cá nhân đã đăng ký ủng hộ hơn 5,2 tỷ đồng, trong đó Công ty Cổ phần Xuất nhập khẩu Thủy sản Cửu Long ủng hộ 500 triệu đồng, Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh ủng hộ 300 triệu đồng. Linh mục Giuse Trần Văn Đức, Quản xứ giáo xứ Cái Nhum, và Hòa thượng Thích Minh Thiện, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cùng trao tiền ủng hộ của các tín đồ.
Phát biểu tại hội nghị, đồng chí Trần Văn Rạng đề nghị các cấp, các ngành tiếp tục thực hiện Kế hoạch 93, 94/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về tổ chức Tháng cao điểm và về vận động xây dựng nhà Đại đoàn kết giai đoạn 2018 - 2020; phấn đấu đến năm 2020 không còn hộ nghèo ở nhà tạm, mỗi năm giảm không dưới 1% hộ nghèo. Đồng chí nhấn mạnh việc quản lý, sử dụng quỹ phải thực hiện đúng Thông tư số 04/2016/TT-BTC ngày 05/01/2016 của Bộ Tài chính, công khai hằng quý.
Thay mặt Ban Thường trực, đồng chí Đặng Văn Thắng cảm ơn các tấm lòng hảo tâm; đề nghị Mặt trận 107 xã, phường, thị trấn đồng loạt ra quân vận động, đưa phong trào "Ngày vì người nghèo" về tận ấp, khóm. Ngay sau hội nghị, Ủy ban MTTQ tỉnh trao 20 căn nhà Đại đoàn kết cho hộ nghèo huyện Trà Ôn và Tam Bình, mỗi căn trị giá 40 triệu đồng.
Ông Nguyễn Văn Mười, 71 tuổi, ở xã Thiện Mỹ, một trong những hộ nhận nhà, xúc động cho biết gia đình ở nhà lá hơn 20 năm nay.
Thảo Ly
Chia sẻ bài viết
Tin cùng chuyên mục
- Long Hồ: hơn 600 triệu đồng ủng hộ Quỹ Vì người nghèo (15/10/2018)
- Mặt trận tỉnh giám sát việc bình xét hộ nghèo (09/10/2018)
- Bình Tân ra mắt 5 tổ nhân dân tự quản kiểu mẫu (02/10/2018)
""", "2018-10-19", 'Phát động Tháng cao điểm "Vì người nghèo" năm 2018: tiếp nhận hơn 5,2 tỷ đồng',
E("hoi_nghi", "2018", "2018-10-18"),
[P("Trần Văn Rạng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Lưu Quang Nghĩa", "Phó Chủ tịch UBND tỉnh"),
 P("Đặng Văn Thắng", "TS.", "Phó Bí thư Tỉnh ủy - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Trần Văn Đức", "Linh mục", "Quản xứ giáo xứ Cái Nhum"),
 P("Thích Minh Thiện", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Nguyễn Văn Mười")],
[Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("21,4 tỷ đồng", 21400000000, "đồng"),
 Q("437 căn nhà Đại đoàn kết", 437, "căn nhà Đại đoàn kết"), Q("158 căn", 158, "căn"), Q("23.600 phần quà", 23600, "phần quà"),
 Q("380 hộ", 380, "hộ"), Q("2.150 suất học bổng", 2150, "suất học bổng"), Q("4,74%", 4.74, "%"), Q("khoảng 3,5%", 3.5, "%", "approx"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"), Q("không dưới 1%", 1, "%", "over"),
 Q("107 xã, phường, thị trấn", 107, "xã, phường, thị trấn"), Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng")],
[D("Kế hoạch", "93", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 93, 94/KH-MTTQ-BTT"),
 D("Kế hoạch", "94", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 93, 94/KH-MTTQ-BTT"),
 D("Thông tư", "04", "2016/TT-BTC", "2016-01-05", "Bộ Tài chính", "Thông tư số 04/2016/TT-BTC ngày 05/01/2016")],
[prov("Vĩnh Long"), com("Thiện Mỹ")],
["BÁO VĨNH LONG ONLINE", "Chính trị - Xã hội :: Mặt trận", "Tiết mục văn nghệ chào mừng lễ phát động.", "Vì người nghèo",
 "Ngày vì người nghèo", "Chia sẻ bài viết", "Công ty Cổ phần Xuất nhập khẩu Thủy sản Cửu Long", "Cái Nhum"],
["Thứ Sáu, 19/10/2018 | 08:10", "từ 17/10 đến 18/11/2018", "2018 - 2020", "71 tuổi", "hơn 20 năm", "năm 2017"]))

PAGES.append(page("b3061-dongthap-mttq-daihoi-xa-2019", """
ỦY BAN NHÂN DÂN XÃ TÂN THUẬN ĐÔNG - THÀNH PHỐ CAO LÃNH - TỈNH ĐỒNG THÁP
Trang chủ >> Tin tức - Sự kiện >> Tin địa phương
Ngày đăng 24/05/2019 | 16:20
Hôm nay: Thứ Hai, 16/12/2019
Đại hội đại biểu MTTQ Việt Nam xã Tân Thuận Đông lần thứ XI, nhiệm kỳ 2019 - 2024
Ngày 23/5/2019, Ủy ban MTTQ Việt Nam xã Tân Thuận Đông long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XI, nhiệm kỳ 2019 - 2024. Dự đại hội có bà Phan Thị Thu Cúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp; các đồng chí trong Ban Thường vụ Đảng ủy xã và 120 đại biểu chính thức đại diện cho hơn 8.600 người dân trong xã.
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2014 - 2019 Mặt trận xã đã vận động Quỹ "Vì người nghèo" được 1,36 tỷ đồng, xây mới 38 căn nhà Đại đoàn kết, sửa chữa 11 căn; phối hợp giúp 214 hộ thoát nghèo. Tỷ lệ hộ nghèo của xã từ 7,2% đầu nhiệm kỳ giảm còn 1,94%, hộ cận nghèo còn 3,1%. Xã về đích nông thôn mới năm 2017, 100% ấp đạt danh hiệu "Ấp văn hóa".
Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra hạn chế: việc vận động quỹ chủ yếu dựa vào cán bộ, công chức và một số hộ kinh doanh; hoạt động của một số Ban Công tác Mặt trận ấp chưa đều, chưa nắm kịp thời tâm tư của người dân, nhất là các hộ làm thuê theo mùa vụ, hộ nghèo không có đất sản xuất.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XI. Tại hội nghị lần thứ nhất, bà Trần Thị Ngọc Hà được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Huỳnh Văn Tám và bà Nguyễn Thị Lệ Hằng được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 7 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam thành phố Cao Lãnh.
Phát biểu chỉ đạo, ông Lê Minh Hoàng, Phó Bí thư Thường trực Đảng ủy xã, đề nghị Ủy ban MTTQ xã khóa mới thực hiện tốt Nghị quyết số 15-NQ/ĐU của Đảng ủy xã về giảm nghèo bền vững giai đoạn 2019 - 2024, phấn đấu đến cuối nhiệm kỳ hộ nghèo dưới 1%; tiếp tục thực hiện Chương trình phối hợp số 03/CTrPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND xã về xây dựng nông thôn mới nâng cao.
Bà Phan Thị Thu Cúc ghi nhận kết quả Mặt trận xã đạt được, đề nghị nhiệm kỳ tới vận động mỗi năm không dưới 300 triệu đồng cho Quỹ "Vì người nghèo" xã, đồng thời phát huy vai trò Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.
Ông Võ Văn Năm, Trưởng ban Công tác Mặt trận ấp Tân Dân, được đại hội biểu dương là điển hình trong vận động bà con góp đất, góp công làm 3 cây cầu bê tông.
Văn phòng UBND xã
Tin khác
- Xã Tân Thuận Đông tổ chức lễ ra quân hè 2019 (20/05/2019)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND xã (10/05/2019)
- Trao 5 căn nhà tình nghĩa cho gia đình chính sách (02/05/2019)
- Thông báo lịch tiếp công dân tháng 5/2019 (29/04/2019)
""", "2019-05-24", "Đại hội đại biểu MTTQ Việt Nam xã Tân Thuận Đông lần thứ XI, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-05-23"),
[P("Phan Thị Thu Cúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp"),
 P("Trần Thị Ngọc Hà", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Huỳnh Văn Tám", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Lệ Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Minh Hoàng", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Võ Văn Năm", "Trưởng ban Công tác Mặt trận ấp Tân Dân")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 8.600 người dân", 8600, "người dân", "over"),
 Q("1,36 tỷ đồng", 1360000000, "đồng"), Q("38 căn nhà Đại đoàn kết", 38, "căn nhà Đại đoàn kết"), Q("11 căn", 11, "căn"),
 Q("214 hộ", 214, "hộ"), Q("7,2%", 7.2, "%"), Q("1,94%", 1.94, "%"), Q("3,1%", 3.1, "%"), Q("100% ấp", 100, "%"),
 Q("35 vị", 35, "vị"), Q("7 đại biểu", 7, "đại biểu"), Q("dưới 1%", 1, "%"),
 Q("không dưới 300 triệu đồng", 300000000, "đồng", "over"), Q("3 cây cầu bê tông", 3, "cây cầu bê tông")],
[D("Nghị quyết", "15", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 15-NQ/ĐU"),
 D("Chương trình phối hợp", "03", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 03/CTrPH-MTTQ-UBND")],
[prov("Đồng Tháp"), com("Tân Thuận Đông")],
["ỦY BAN NHÂN DÂN XÃ TÂN THUẬN ĐÔNG - THÀNH PHỐ CAO LÃNH - TỈNH ĐỒNG THÁP", "Trang chủ >> Tin tức - Sự kiện >> Tin địa phương",
 "Hôm nay: Thứ Hai, 16/12/2019", "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Vì người nghèo", "Ấp văn hóa",
 "Văn phòng UBND xã", "Ban Thanh tra nhân dân"],
["Ngày đăng 24/05/2019 | 16:20", "lần thứ XI", "2019 - 2024", "2014 - 2019", "năm 2017", "khóa XI", "lần thứ nhất"]))

PAGES.append(page("b3062-baclieu-mttq-traoqua-tet-canhty-2020", """
Báo Bạc Liêu
Trang chủ › Xã hội › Vì người nghèo
Thứ Sáu, 17/01/2020, 11:45
Xuân ấm cho người nghèo vùng ven biển
Ông Ngô Văn Cà, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hậu A trao quà cho hộ nghèo. Ảnh: Hoàng Lâm
(BL) - Ngày 16/1, Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu phối hợp Công ty Điện gió Bạc Liêu và Hội Doanh nhân trẻ tỉnh đến thăm, chúc Tết và tặng 1.200 phần quà Tết Canh Tý 2020 cho hộ nghèo, hộ cận nghèo ở huyện Hòa Bình và thị xã Giá Rai. Mỗi phần quà trị giá 600.000 đồng, gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt.
Đoàn do bà Huỳnh Thị Hồng Thắm, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn. Cùng đi có các ông Dương Thành Trung, Trần Hữu Phước - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và ông Kim Thanh Lâm, Phó Trưởng ban Ban Dân tộc tỉnh.
Tại xã Vĩnh Hậu A, đoàn trao 350 phần quà cho hộ nghèo, trong đó 120 phần dành cho hộ đồng bào Khmer. Ông Ngô Văn Cà, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hậu A cho biết, xã còn 186 hộ nghèo, chiếm 4,9% số hộ; phần lớn là hộ làm thuê, không có đất sản xuất. Bà Danh Thị Mỹ, 64 tuổi, ở ấp Vĩnh Mới, sống một mình trong căn nhà lá, nói năm nay có thêm phần quà, Tết đỡ lo hơn.
Tại phường Láng Tròn (thị xã Giá Rai), đoàn trao 400 phần quà và 2 căn nhà Đại đoàn kết, mỗi căn trị giá 50 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh. Sư cả Lý Văn Sươl, trụ trì chùa Sóc Đồn, Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Giá Rai, đã vận động phật tử đóng góp thêm 150 phần quà cho đồng bào Khmer nghèo.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, thực hiện Kế hoạch số 71/KH-MTTQ-BTT ngày 20/11/2019 về vận động chăm lo Tết cho người nghèo và đối tượng chính sách, đến nay Mặt trận các cấp đã vận động được hơn 28 tỷ đồng, trao trên 51.000 phần quà Tết. Toàn tỉnh hiện có 6.847 hộ nghèo, tỷ lệ 3,52%, giảm 1,3% so với năm 2018.
Bà Huỳnh Thị Hồng Thắm mong các hộ nghèo đón Tết vui tươi, tiết kiệm, tránh xa tệ nạn, tích cực lao động sản xuất để vươn lên thoát nghèo; đề nghị chính quyền địa phương quan tâm người neo đơn, người khuyết tật trong dịp Tết.
Các doanh nghiệp đồng hành cho biết sẽ duy trì chương trình "Tết sum vầy" ở các xã ven biển trong những năm tới, mỗi năm dành khoảng 700 triệu đồng cho hoạt động an sinh xã hội. Trước đó, công ty cũng đã tài trợ kinh phí làm đường giao thông nông thôn và thắp sáng đường quê tại các ấp ven đê biển Đông.
Hoàng Lâm
Bình luận | Gửi bài | In trang
Các tin đã đưa
- Ngư dân Gành Hào ra khơi đầu năm (15/01/2020)
- Hội Chữ thập đỏ tỉnh tổ chức "Tết nhân ái" (13/01/2020)
- Phước Long trao 300 phần quà cho nạn nhân chất độc da cam (10/01/2020)
""", "2020-01-17", "Xuân ấm cho người nghèo vùng ven biển",
E("trao_qua", None, "2020-01-16"),
[P("Ngô Văn Cà", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hậu A"),
 P("Huỳnh Thị Hồng Thắm", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Dương Thành Trung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Thanh Lâm", "Phó Trưởng ban Ban Dân tộc tỉnh"),
 P("Danh Thị Mỹ"),
 P("Lý Văn Sươl", "Sư cả", "trụ trì chùa Sóc Đồn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Giá Rai")],
[Q("1.200 phần quà", 1200, "phần quà"), Q("600.000 đồng", 600000, "đồng"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("350 phần quà", 350, "phần quà"), Q("120 phần", 120, "phần"), Q("186 hộ nghèo", 186, "hộ nghèo"), Q("4,9%", 4.9, "%"),
 Q("400 phần quà", 400, "phần quà"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("150 phần quà", 150, "phần quà"), Q("hơn 28 tỷ đồng", 28000000000, "đồng", "over"), Q("trên 51.000 phần quà", 51000, "phần quà", "over"),
 Q("6.847 hộ nghèo", 6847, "hộ nghèo"), Q("3,52%", 3.52, "%"), Q("1,3%", 1.3, "%"), Q("khoảng 700 triệu đồng", 700000000, "đồng", "approx")],
[D("Kế hoạch", "71", "KH-MTTQ-BTT", "2019-11-20", None, "Kế hoạch số 71/KH-MTTQ-BTT ngày 20/11/2019")],
[prov("Bạc Liêu"), com("Vĩnh Hậu A"), com("Láng Tròn")],
["Báo Bạc Liêu", "Trang chủ › Xã hội › Vì người nghèo",
 "Ông Ngô Văn Cà, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hậu A trao quà cho hộ nghèo. Ảnh: Hoàng Lâm", "(BL)",
 "Công ty Điện gió Bạc Liêu", "Tết sum vầy", "Bình luận | Gửi bài | In trang", "Vì người nghèo"],
["Thứ Sáu, 17/01/2020, 11:45", "Tết Canh Tý 2020", "64 tuổi", "năm 2018", "Ngày 16/1"]))

PAGES.append(page("b3063-longan-mttq-giaoban-quy1-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH LONG AN
Bạn đang ở: Trang chủ / Tin hoạt động / Mặt trận tỉnh
Ngày 09/04/2021 | 09:15
Quỹ "Vì người nghèo" quý I vận động được hơn 7 tỷ đồng
Theo thông tin tại cuộc họp giao ban công tác Mặt trận quý I/2021 do Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An tổ chức chiều 08/4, trong quý Quỹ "Vì người nghèo" các cấp vận động được hơn 7 tỷ đồng, chủ yếu trong đợt chăm lo Tết Tân Sửu.
Đồng chí Võ Văn Sáu chủ trì cuộc họp giao ban.
Chủ trì cuộc họp có đồng chí Võ Văn Sáu, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Nguyễn Thị Ngọc Hạnh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh. Dự có Chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố và 17 tổ chức thành viên.
Báo cáo cho biết, dịp Tết Nguyên đán, Mặt trận các cấp đã tặng 68.400 phần quà cho hộ nghèo, hộ cận nghèo, người lao động mất việc do dịch Covid-19, tổng trị giá hơn 34 tỷ đồng. Trong quý, các cấp khởi công 85 căn nhà Đại đoàn kết, bàn giao 52 căn; mức hỗ trợ mỗi căn từ 40 đến 50 triệu đồng. Toàn tỉnh còn 4.215 hộ nghèo, chiếm 0,87% số hộ, và 6.092 hộ cận nghèo.
Ủy ban MTTQ tỉnh đã tổ chức 4 cuộc giám sát theo Chương trình giám sát năm 2021, trong đó giám sát việc bình xét hộ nghèo tại thị xã Kiến Tường và huyện Tân Hưng; tham gia góp ý 6 dự thảo văn bản của UBND tỉnh. Ban Thường trực cũng hướng dẫn Mặt trận cơ sở thực hiện Công văn số 1843/MTTQ-BTT về hiệp thương lần thứ hai, chuẩn bị bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026.
Ý kiến tại giao ban, ông Đoàn Văn Lộc, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cần Giuộc, đề nghị tỉnh sớm phân bổ kinh phí hỗ trợ xây nhà cho 14 hộ nghèo ở xã Long Phụng; bà Lâm Thị Mộng Tuyền, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Tân Thạnh, phản ánh một số hộ nghèo lớn tuổi chưa được cấp thẻ bảo hiểm y tế kịp thời.
Kết luận, đồng chí Võ Văn Sáu yêu cầu quý II tập trung công tác bầu cử, tổ chức tốt các hội nghị tiếp xúc cử tri; tiếp tục triển khai Kế hoạch 116, 117/KH-MTTQ-BTT của Ban Thường trực về vận động xây nhà Đại đoàn kết năm 2021 và về hỗ trợ sinh kế cho hộ nghèo; theo dõi sát tình hình dịch bệnh để kịp thời vận động hỗ trợ người dân.
Cuộc họp cũng thống nhất kiến nghị UBND tỉnh xem xét bố trí thêm vốn đối ứng cho chương trình nhà ở hộ nghèo, bởi nhiều hộ không đủ khả năng góp phần còn lại để hoàn thiện căn nhà.
Văn Sơn
Lượt xem: 358
Tin liên quan
- Đức Hòa: trao 20 căn nhà Đại đoàn kết (02/04/2021)
- Hiệp thương lần thứ hai tại các huyện (26/03/2021)
- Mặt trận tỉnh chúc Tết các chức sắc tôn giáo (05/02/2021)
""", "2021-04-09", 'Quỹ "Vì người nghèo" quý I vận động được hơn 7 tỷ đồng',
E("giao_ban", "2021-Q1", "2021-04-08"),
[P("Võ Văn Sáu", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Ngọc Hạnh", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đoàn Văn Lộc", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cần Giuộc"),
 P("Lâm Thị Mộng Tuyền", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Tân Thạnh")],
[Q("hơn 7 tỷ đồng", 7000000000, "đồng", "over"), Q("17 tổ chức thành viên", 17, "tổ chức thành viên"),
 Q("68.400 phần quà", 68400, "phần quà"), Q("hơn 34 tỷ đồng", 34000000000, "đồng", "over"),
 Q("85 căn nhà Đại đoàn kết", 85, "căn nhà Đại đoàn kết"), Q("52 căn", 52, "căn"), Q("40", 40000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("4.215 hộ nghèo", 4215, "hộ nghèo"), Q("0,87%", 0.87, "%"),
 Q("6.092 hộ cận nghèo", 6092, "hộ cận nghèo"), Q("4 cuộc giám sát", 4, "cuộc giám sát"), Q("6 dự thảo văn bản", 6, "dự thảo văn bản"),
 Q("14 hộ nghèo", 14, "hộ nghèo")],
[D("Công văn", "1843", "MTTQ-BTT", None, None, "Công văn số 1843/MTTQ-BTT"),
 D("Kế hoạch", "116", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch 116, 117/KH-MTTQ-BTT"),
 D("Kế hoạch", "117", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch 116, 117/KH-MTTQ-BTT")],
[prov("Long An"), com("Long Phụng"), com("Tân Thạnh")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LONG AN", "Bạn đang ở: Trang chủ / Tin hoạt động / Mặt trận tỉnh",
 "Đồng chí Võ Văn Sáu chủ trì cuộc họp giao ban.", "Vì người nghèo", "Chương trình giám sát năm 2021", "Lượt xem: 358"],
["Ngày 09/04/2021 | 09:15", "quý I/2021", "Tết Tân Sửu", "Covid-19", "lần thứ hai", "khóa XV", "2021 - 2026", "Lượt xem: 358"]))

PAGES.append(page("b3064-tiengiang-mttq-guongsang-2021", """
BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Xã hội | Người tốt việc tốt
26/08/2021 - 07:30
Bà Tư "Mặt trận" của hộ nghèo ấp Hòa Lạc
Bà Phạm Thị Tư (bìa phải) thăm hỏi một hộ nghèo trong ấp. Ảnh: Kim Thoa
Ở ấp Hòa Lạc, xã Hòa Tịnh, huyện Chợ Gạo, ai cũng gọi bà Phạm Thị Tư, Trưởng ban Công tác Mặt trận ấp, là bà Tư "Mặt trận". Gần 15 năm làm công tác Mặt trận, bà đã vận động được hơn 1,1 tỷ đồng để xây nhà, hỗ trợ sinh kế cho hộ nghèo trong ấp.
Ấp Hòa Lạc có 612 hộ, phần lớn sống bằng nghề trồng thanh long và làm thuê. Năm 2016, ấp còn 41 hộ nghèo; đến nay chỉ còn 5 hộ nghèo và 9 hộ cận nghèo. Để có kết quả đó, bà Tư cùng Ban Công tác Mặt trận đã đến từng nhà tìm hiểu nguyên nhân nghèo, rồi "may áo theo dáng người": hộ thiếu vốn thì giới thiệu vay Ngân hàng Chính sách xã hội, hộ thiếu việc làm thì kết nối với các vựa thanh long.
Bà Tư kể, năm 2018 bà vận động con em xa quê và các mạnh thường quân góp 280 triệu đồng, cùng với Quỹ "Vì người nghèo" của xã xây 7 căn nhà Đại đoàn kết. Gia đình ông Lê Văn Chín, một trong những hộ nhận nhà, nay đã thoát nghèo nhờ nuôi 12 con bò. Nhiều hộ khác được bà giới thiệu học nghề may, nghề sửa xe, nay đã có thu nhập ổn định. Ông Chín nói: "Không có bà Tư đi năn nỉ từng người thì nhà tôi vẫn còn ở chòi lá".
Mùa dịch Covid-19 năm nay, khi xã Hòa Tịnh thực hiện giãn cách theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ, bà Tư lập "Tổ đi chợ giùm" và vận động được khoảng 3 tấn gạo, 800 kg rau củ chia cho 230 hộ khó khăn. Bà còn vận động 6 "Mái ấm nghĩa tình" cho người già neo đơn ở ấp.
Ông Nguyễn Văn Lượng, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Tịnh, đánh giá bà Tư là "cánh tay nối dài" của Mặt trận xã, đóng góp lớn để xã giữ vững danh hiệu xã nông thôn mới nâng cao. Năm 2020, bà được Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen vì có thành tích xuất sắc trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Theo Ủy ban MTTQ Việt Nam tỉnh Tiền Giang, toàn tỉnh hiện có 1.027 Ban Công tác Mặt trận ở ấp, khu phố. Bà Trần Kim Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết những cán bộ như bà Tư là lực lượng nòng cốt để Mặt trận đạt mục tiêu giảm tỷ lệ hộ nghèo toàn tỉnh xuống còn 1,5% vào cuối năm 2021.
Năm nay đã 67 tuổi, bà Tư vẫn đạp xe đi khắp ấp, vì theo bà, "người nghèo không tự tìm đến mình, mình phải tìm đến họ".
Kim Thoa
Tin liên quan
- Mặt trận tỉnh tiếp nhận 5 tỷ đồng ủng hộ phòng, chống dịch (20/08/2021)
- Cái Bè: "ATM gạo" giúp người khó khăn (15/08/2021)
- Gò Công Đông trao 1.500 phần quà cho hộ nghèo (10/08/2021)
- Tân Phước: Mặt trận xã vận động xây cầu nông thôn (02/08/2021)
""", "2021-08-26", 'Bà Tư "Mặt trận" của hộ nghèo ấp Hòa Lạc',
E("khac", None, None),
[P("Phạm Thị Tư", "Trưởng ban Công tác Mặt trận ấp"),
 P("Lê Văn Chín"),
 P("Nguyễn Văn Lượng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Tịnh"),
 P("Trần Kim Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("612 hộ", 612, "hộ"), Q("41 hộ nghèo", 41, "hộ nghèo"),
 Q("5 hộ nghèo", 5, "hộ nghèo"), Q("9 hộ cận nghèo", 9, "hộ cận nghèo"), Q("280 triệu đồng", 280000000, "đồng"),
 Q("7 căn nhà Đại đoàn kết", 7, "căn nhà Đại đoàn kết"), Q("12 con bò", 12, "con bò"), Q("khoảng 3 tấn", 3, "tấn", "approx"),
 Q("800 kg", 800, "kg"), Q("230 hộ", 230, "hộ"), Q('6 "Mái ấm nghĩa tình"', 6, "Mái ấm nghĩa tình"),
 Q("1.027 Ban Công tác Mặt trận", 1027, "Ban Công tác Mặt trận"), Q("1,5%", 1.5, "%")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg")],
[prov("Tiền Giang"), com("Hòa Tịnh")],
["BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG", "Xã hội | Người tốt việc tốt",
 "Bà Phạm Thị Tư (bìa phải) thăm hỏi một hộ nghèo trong ấp. Ảnh: Kim Thoa", "Tổ đi chợ giùm", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngân hàng Chính sách xã hội"],
["26/08/2021 - 07:30", "Gần 15 năm", "Năm 2016", "năm 2018", "Covid-19", "Năm 2020", "67 tuổi", "Chỉ thị 16"]))
