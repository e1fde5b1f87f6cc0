from lib import *
PAGES = []

PAGES.append(page("b303-soctrang-mttq-doithoai-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ > Tin hoạt động > Dân chủ - Pháp luật
Thứ Sáu, 24/09/2021 | 10:40
Người dân Trần Đề nêu 18 kiến nghị về đê bao, nước sạch
Ngày 22/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND huyện Trần Đề tổ chức hội nghị đối thoại với nhân dân năm 2021, theo hình thức trực tuyến tại 5 điểm cầu.
Ông Lâm Sa Phon, người dân ấp Khoan Tang, xã Đại Ân 2, phát biểu tại điểm cầu xã.
Chủ trì hội nghị có ông Thạch Hoàng Sơn, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và ông Trương Văn Nhơn, HUV, Chủ tịch UBND huyện Trần Đề. Tham dự có các ông Sơn Thanh Bình, Kim Văn Pho - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Người dân đã nêu 18 kiến nghị, tập trung vào việc gia cố 4,6 km đê bao chống xâm nhập mặn và kéo nước sạch về 320 hộ người Khmer. Ông Lâm Sa Phon cho biết giá nước mua từ xe bồn lên tới 90.000 đồng/m3.
Ông Trương Văn Nhơn đã trả lời 15 kiến nghị tại chỗ, cam kết bố trí 2,35 tỷ đồng từ ngân sách huyện để kéo đường ống trong năm 2022. Thực hiện Nghị quyết 25/2020/NQ-HĐND của HĐND tỉnh, mỗi hộ nghèo lắp đồng hồ nước được hỗ trợ 1tr8.
Bà Thạch Thị Sa Ly, Chủ tịch Hội LHPN xã Đại Ân 2, kiến nghị hỗ trợ 45 phụ nữ Khmer học nghề may.
Ông Thạch Hoàng Sơn đề nghị Ban Thanh tra nhân dân và Ban Giám sát đầu tư cộng đồng các xã giám sát việc thực hiện các cam kết tại hội nghị, báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng trước cuối năm.
Kim Ngân
Lượt xem: 987
Tin liên quan
- Mặt trận huyện Mỹ Xuyên giám sát hỗ trợ Covid-19
""", "2021-09-24", "Người dân Trần Đề nêu 18 kiến nghị về đê bao, nước sạch",
E("doi_thoai", "2021", "2021-09-22"),
[P("Lâm Sa Phon", "người dân ấp Khoan Tang"), P("Thạch Hoàng Sơn", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Nhơn", "HUV", "Chủ tịch UBND huyện Trần Đề"), P("Sơn Thanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Văn Pho", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Thạch Thị Sa Ly", "Chủ tịch Hội LHPN xã Đại Ân 2")],
[Q("18 kiến nghị", 18, "kiến nghị"), Q("5 điểm cầu", 5, "điểm cầu"), Q("4,6 km", 4.6, "km"), Q("320 hộ", 320, "hộ"),
 Q("90.000 đồng/m3", 90000, "đồng"), Q("15 kiến nghị", 15, "kiến nghị"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("1tr8", 1800000, "đồng"), Q("45 phụ nữ", 45, "phụ nữ")],
[D("Nghị quyết", "25", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 25/2020/NQ-HĐND")],
[prov("Sóc Trăng"), com("Đại Ân 2")],
["ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ > Tin hoạt động > Dân chủ - Pháp luật",
 "Ông Lâm Sa Phon, người dân ấp Khoan Tang, xã Đại Ân 2, phát biểu tại điểm cầu xã.", "huyện Trần Đề", "Lượt xem: 987"],
["Đại Ân 2", "năm 2021", "năm 2022", "Ngày 22/9", "Lượt xem: 987"]))

PAGES.append(page("b304-gialai-hlhpn-taphuan-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH GIA LAI
Trang tin điện tử
Bạn đang ở: Trang chủ › Hoạt động Hội
Ngày đăng 15/07/2022 | 16:45
Tập huấn kỹ năng khởi nghiệp cho 87 phụ nữ Jrai, Bahnar
Từ ngày 13 đến 14/7, Hội LHPN tỉnh tổ chức lớp tập huấn hỗ trợ phụ nữ khởi nghiệp năm 2022 cho 87 hội viên là người đồng bào Jrai, Bahnar tại xã Ia Pếch.
Bà Rơ Châm H'Yuôn, Phó Chủ tịch Hội LHPN tỉnh, phát biểu khai mạc.
Dự khai mạc có bà Ksor H'Bơ Khăp, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các bà Rơ Châm H'Yuôn, Đinh Thị Hlinh, Phó Chủ tịch Hội LHPN tỉnh. Bà Siu H'Nhí, Phó Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh, trực tiếp hướng dẫn.
Theo Đề án 1416 của Thủ tướng Chính phủ và Kế hoạch 18/KH-HPN của Ban Thường vụ Hội LHPN tỉnh, năm 2022 các cấp Hội hỗ trợ 24 ý tưởng khởi nghiệp, mỗi ý tưởng tối đa 30.000.000 đồng.
Chị Puih H'Lan, hội viên làng Ia Lang, chia sẻ mô hình dệt thổ cẩm bán online, mỗi tháng thu khoảng 6 - 8 triệu đồng. Kết thúc lớp học, 85/87 học viên hoàn thành bài kiểm tra.
Bà Ksor H'Bơ Khăp đề nghị học viên mạnh dạn vay vốn, tham gia 9 tổ hợp tác đã thành lập ở các làng.
Hội LHPN tỉnh Gia Lai cho biết sẽ tiếp tục phối hợp với Ngân hàng Chính sách xã hội để chị em có vốn ban đầu, đồng thời kết nối sản phẩm thổ cẩm, cà phê, rau sạch của hội viên với các siêu thị, cửa hàng tiện lợi trong tỉnh. Các cấp Hội cũng sẽ theo dõi, đồng hành với từng ý tưởng sau tập huấn.
Nhiều học viên mong muốn được tập huấn thêm về bán hàng qua mạng và quản lý tài chính gia đình.
H'Mai
Lượt xem: 1.402
Xem thêm
- Phụ nữ Chư Sê làm theo lời Bác
""", "2022-07-15", "Tập huấn kỹ năng khởi nghiệp cho 87 phụ nữ Jrai, Bahnar",
E("tap_huan", "2022", "2022-07-13"),
[P("Rơ Châm H'Yuôn", "Phó Chủ tịch Hội LHPN tỉnh"), P("Ksor H'Bơ Khăp", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Hlinh", "Phó Chủ tịch Hội LHPN tỉnh"), P("Siu H'Nhí", "Phó Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Puih H'Lan", "hội viên làng Ia Lang")],
[Q("87 phụ nữ", 87, "phụ nữ"), Q("24 ý tưởng", 24, "ý tưởng"), Q("30.000.000 đồng", 30000000, "đồng"),
 Q("6 - 8 triệu đồng", 6000000, "đồng", "approx"), Q("6 - 8 triệu đồng", 8000000, "đồng", "approx"),
 Q("85/87 học viên", 85, "học viên"), Q("9 tổ hợp tác", 9, "tổ hợp tác")],
[D("Đề án", "1416", None, None, "Thủ tướng Chính phủ", "Đề án 1416"),
 D("Kế hoạch", "18", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 18/KH-HPN")],
[prov("Gia Lai"), com("Ia Pếch")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH GIA LAI", "Trang tin điện tử", "Bạn đang ở: Trang chủ › Hoạt động Hội",
 "Bà Rơ Châm H'Yuôn, Phó Chủ tịch Hội LHPN tỉnh, phát biểu khai mạc.", "làng Ia Lang", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.402"],
["Từ ngày 13 đến 14/7", "năm 2022", "Lượt xem: 1.402"]))

PAGES.append(page("b305-quangninh-doan-soket-2023", """
TỈNH ĐOÀN QUẢNG NINH
Tuổi trẻ Vùng mỏ
Trang chủ >> Tin tức >> Phong trào
21/07/2023 - 09:30
Tuổi trẻ Quảng Ninh làm mới 27 công trình thanh niên
Chiều 19/7, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2023.
Các đại biểu dự hội nghị sơ kết 6 tháng đầu năm 2023.
Dự hội nghị có đồng chí Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo Tỉnh ủy Vi Thị Thu Thủy; đồng chí Bàn Văn Chấn, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Đặng Quốc Bảo, Lý Thị Hồng Nhung.
Sáu tháng qua, các cơ sở Đoàn đã làm mới 27 công trình thanh niên trị giá 4,82 tỷ đồng; tổ chức 136 lượt hoạt động tình nguyện với 11.400 lượt đoàn viên tham gia; kết nạp 2.075 đoàn viên mới. Thực hiện Chỉ thị 42-CT/TW của Ban Bí thư, Tỉnh đoàn đã trao 126 suất học bổng cho học sinh người Dao, Sán Dìu, mỗi suất 1 triệu.
Đồng chí Tằng A Sáng vừa được Ban Thường vụ Tỉnh đoàn điều động giữ chức Bí thư Huyện đoàn Bình Liêu, báo cáo mô hình "Thanh niên giữ rừng đầu nguồn".
Đồng chí Bàn Văn Chấn đề nghị 6 tháng cuối năm tập trung vào phong trào "3 trách nhiệm", chuẩn bị tốt đại hội Đoàn các cấp.
Phát biểu chỉ đạo, đồng chí Vi Thị Thu Thủy ghi nhận những kết quả tuổi trẻ Quảng Ninh đạt được, đề nghị Tỉnh đoàn quan tâm nắm bắt tư tưởng đoàn viên công nhân trong các khu công nghiệp và vùng mỏ, phát huy vai trò thanh niên trong chuyển đổi số ở cơ sở.
Hội nghị cũng thống nhất các chỉ tiêu trọng tâm cho thời gian tới.
Thanh Hằng
Lượt xem: 1.311
Tin cùng chuyên mục
- Tuổi trẻ Hải Hà ra quân tình nguyện hè
""", "2023-07-21", "Tuổi trẻ Quảng Ninh làm mới 27 công trình thanh niên",
E("so_ket", "2023-H1", "2023-07-19"),
[P("Vi Thị Thu Thủy", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"), P("Bàn Văn Chấn", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Đặng Quốc Bảo", "Phó Bí thư Tỉnh đoàn"), P("Lý Thị Hồng Nhung", "Phó Bí thư Tỉnh đoàn"),
 P("Tằng A Sáng", "Bí thư Huyện đoàn Bình Liêu")],
[Q("27 công trình thanh niên", 27, "công trình thanh niên"), Q("4,82 tỷ đồng", 4820000000, "đồng"),
 Q("136 lượt hoạt động tình nguyện", 136, "lượt hoạt động tình nguyện"), Q("11.400 lượt đoàn viên", 11400, "lượt đoàn viên"),
 Q("2.075 đoàn viên mới", 2075, "đoàn viên mới"), Q("126 suất học bổng", 126, "suất học bổng"), Q("1 triệu", 1000000, "đồng")],
[D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị 42-CT/TW")],
[prov("Quảng Ninh")],
["TỈNH ĐOÀN QUẢNG NINH", "Tuổi trẻ Vùng mỏ", "Trang chủ >> Tin tức >> Phong trào",
 "Các đại biểu dự hội nghị sơ kết 6 tháng đầu năm 2023.", "Thanh niên giữ rừng đầu nguồn", "Lượt xem: 1.311"],
["3 trách nhiệm", "6 tháng đầu năm 2023", "Sáu tháng qua", "6 tháng cuối năm", "Chiều 19/7", "Lượt xem: 1.311"]))

PAGES.append(page("b306-haiduong-hccb-hoinghi-2024", """
HỘI CỰU CHIẾN BINH TỈNH HẢI DƯƠNG
Trang chủ / Tin tức / Hoạt động Hội
Thứ Hai, 18/11/2024
Biểu dương 74 cựu chiến binh làm kinh tế giỏi
Ngày 15/11, Hội CCB tỉnh tổ chức hội nghị biểu dương cựu chiến binh sản xuất kinh doanh giỏi năm 2024 với 74 cựu chiến binh tiêu biểu được tuyên dương.
Đại tá Phạm Văn Lực (thứ ba từ trái) trao Bằng khen cho các cựu chiến binh.
Dự hội nghị có Đại tá Phạm Văn Lực, Ủy viên BCH Trung ương Hội CCB Việt Nam, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội CCB tỉnh; các ông Vũ Đình Hiệp, Đỗ Văn Tuân - Phó Chủ tịch Hội CCB tỉnh; bà Nguyễn Thị Thoa, Phó Trưởng ban Kinh tế Tỉnh ủy.
74 cựu chiến binh đã tạo việc làm cho 2.930 lao động, doanh thu bình quân 4,5 tỷ đồng/năm; nhiều người hỗ trợ đồng đội nghèo làm 58 căn nhà "Mái ấm đồng đội", mỗi căn 60 - 70 triệu đồng. Cựu chiến binh Trần Văn Khải, Giám đốc Hợp tác xã vải thiều Thanh Hà, trả lương 7tr5 mỗi tháng cho 46 lao động.
Thực hiện Nghị quyết 142/2024/QH15 của Quốc hội và Chỉ thị 11-CT/CCB của Ban Thường vụ Hội CCB tỉnh, Hội đã giúp 210 hội viên thoát nghèo trong 5 năm. Hội nghị tặng Bằng khen cho 74 cựu chiến binh, kèm 2.000.000 đồng/người.
Đại tá Phạm Văn Lực đề nghị các cấp Hội tiếp tục thực hiện phong trào "CCB gương mẫu, giúp nhau làm kinh tế".
Hội nghị cũng là dịp để các cựu chiến binh chia sẻ kinh nghiệm sản xuất, tìm thị trường tiêu thụ nông sản.
Hội CCB tỉnh Hải Dương cho biết sẽ tiếp tục phối hợp với ngân hàng để hội viên có thêm vốn mở rộng sản xuất, chăn nuôi, trồng cây ăn quả.
Minh Đức
Lượt xem: 845
Tin liên quan
- Hội CCB thành phố Chí Linh giao ban quý III
""", "2024-11-18", "Biểu dương 74 cựu chiến binh làm kinh tế giỏi",
E("hoi_nghi", "2024", "2024-11-15"),
[P("Phạm Văn Lực", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội CCB tỉnh"),
 P("Vũ Đình Hiệp", "Phó Chủ tịch Hội CCB tỉnh"), P("Đỗ Văn Tuân", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Thị Thoa", "Phó Trưởng ban Kinh tế Tỉnh ủy"), P("Trần Văn Khải", "Giám đốc Hợp tác xã vải thiều Thanh Hà")],
[Q("74 cựu chiến binh", 74, "cựu chiến binh"), Q("2.930 lao động", 2930, "lao động"), Q("4,5 tỷ đồng/năm", 4500000000, "đồng"),
 Q("58 căn nhà", 58, "căn nhà"), Q("60 - 70 triệu đồng", 60000000, "đồng"), Q("60 - 70 triệu đồng", 70000000, "đồng"),
 Q("7tr5", 7500000, "đồng"), Q("46 lao động", 46, "lao động"), Q("210 hội viên", 210, "hội viên"), Q("2.000.000 đồng/người", 2000000, "đồng")],
[D("Nghị quyết", "142", "2024/QH15", None, "Quốc hội", "Nghị quyết 142/2024/QH15"),
 D("Chỉ thị", "11", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 11-CT/CCB")],
[prov("Hải Dương")],
["HỘI CỰU CHIẾN BINH TỈNH HẢI DƯƠNG", "Trang chủ / Tin tức / Hoạt động Hội",
 "Đại tá Phạm Văn Lực (thứ ba từ trái) trao Bằng khen cho các cựu chiến binh.", "Mái ấm đồng đội",
 "CCB gương mẫu, giúp nhau làm kinh tế", "Lượt xem: 845"],
["năm 2024", "trong 5 năm", "Ngày 15/11", "Lượt xem: 845"]))
