from lib import *
PAGES = []

PAGES.append(page("b3875-daklak-khoidanvan-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ | Hoạt động dân vận | Tin trong tỉnh
Cập nhật: 14:05, 06/10/2017 (GMT+7)
Ảnh: Quang cảnh hội nghị giao ban.
Phát huy vai trò người có uy tín trong giữ gìn an ninh buôn làng
Ngày 05/10/2017, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị giao ban công tác dân vận quý III năm 2017 với khối dân vận các huyện, thị xã, thành phố và các đoàn thể chính trị - xã hội tỉnh. Đồng chí H'Yơn Kđoh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Y Ngăn Niê Kdăm, TUV, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại hội nghị nêu rõ: trong quý III, khối dân vận toàn tỉnh đã tổ chức 27 hội nghị quán triệt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư; tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 65-KH/TU về sơ kết Chỉ thị 06, 07-CT/TU. Các cấp đã phát huy vai trò của 2.104 người có uy tín trong vùng đồng bào dân tộc thiểu số; vận động 1.380 hộ dân hiến trên 42.000 m2 đất làm đường, trường học.
Ủy ban MTTQ và các đoàn thể vận động Quỹ "Vì người nghèo" được khoảng 3,9 tỷ đồng, xây mới 86 căn nhà Đại đoàn kết; Hội Cựu chiến binh tỉnh ra mắt 12 mô hình "Cựu chiến binh giúp nhau làm kinh tế". Đoàn Thanh niên tổ chức chiến dịch tình nguyện hè với 15.600 lượt đoàn viên tham gia.
Về tình hình nhân dân, tư tưởng đồng bào cơ bản ổn định. Tuy nhiên, số đối tượng FULRO lưu vong vẫn tìm cách lôi kéo; lực lượng chức năng phát hiện 11 trường hợp liên lạc với bên ngoài. Tại buôn Kô Siêr, xã Ea Tu và buôn Ea Khít, xã Ea Ral xảy ra 2 vụ tranh chấp đất đai giữa đồng bào tại chỗ và hộ di cư tự do; đã giải quyết xong.
Tại hội nghị, đồng chí Y Khuê Bkrông, HUV, Trưởng Ban Dân vận Huyện ủy Krông Búk, đề nghị tỉnh sớm có chính sách hỗ trợ 325 hộ di cư tự do trên địa bàn. Ông Y Hiệp Êban, người có uy tín buôn Tơng Jú, xã Ea Kao, chia sẻ kinh nghiệm giữ luật tục, đoàn kết buôn làng. Bà H'Luyện Niê, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thông báo 94% hội viên phụ nữ dân tộc thiểu số đã được tuyên truyền pháp luật về hôn nhân gia đình.
Phát biểu chỉ đạo, đồng chí H'Yơn Kđoh yêu cầu quý IV khối dân vận tập trung tham mưu tổng kết công tác năm 2017; chuẩn bị Hội nghị biểu dương người có uy tín; phối hợp thực hiện Quyết định số 12/2018/QĐ-TTg dự kiến ban hành về chế độ đối với người có uy tín; nắm chắc tình hình các điểm nhóm Tin lành chưa đăng ký. Đồng chí Nguyễn Thị Lai, Phó Trưởng Ban Dân vận Tỉnh ủy, được phân công chỉ đạo, theo dõi 3 huyện Ea Súp, Buôn Đôn, Cư M'gar.
Thu Hằng
Lượt xem: 1.562
Tin liên quan
- Krông Búk: 30 mô hình Dân vận khéo được biểu dương (22/09/2017)
- Hội nghị giao ban khối dân vận quý II/2017 (07/07/2017)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Lắk (16/06/2017)
""", "2017-10-06", "Phát huy vai trò người có uy tín trong giữ gìn an ninh buôn làng",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("H'Yơn Kđoh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngăn Niê Kdăm", "TUV", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Khuê Bkrông", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Búk"),
 P("Y Hiệp Êban", "người có uy tín buôn Tơng Jú"),
 P("H'Luyện Niê", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Nguyễn Thị Lai", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("27 hội nghị", 27, "hội nghị"), Q("2.104 người có uy tín", 2104, "người có uy tín"), Q("1.380 hộ dân", 1380, "hộ dân"),
 Q("trên 42.000 m2", 42000, "m2", "over"), Q("khoảng 3,9 tỷ đồng", 3900000000, "đồng", "approx"), Q("86 căn nhà Đại đoàn kết", 86, "căn nhà Đại đoàn kết"),
 Q("12 mô hình", 12, "mô hình"), Q("15.600 lượt đoàn viên", 15600, "lượt đoàn viên"), Q("11 trường hợp", 11, "trường hợp"),
 Q("2 vụ tranh chấp đất đai", 2, "vụ tranh chấp đất đai"), Q("325 hộ di cư tự do", 325, "hộ di cư tự do"), Q("94% hội viên", 94, "%"),
 Q("3 huyện", 3, "huyện")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "65", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 65-KH/TU"),
 D("Chỉ thị", "06", "CT/TU", None, None, "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, None, "Chỉ thị 06, 07-CT/TU")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Ea Ral"), com("Ea Kao")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ | Hoạt động dân vận | Tin trong tỉnh", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Vì người nghèo", "Cựu chiến binh giúp nhau làm kinh tế", "FULRO", "Lượt xem: 1.562"],
["Cập nhật: 14:05, 06/10/2017 (GMT+7)", "quý III năm 2017", "quý IV", "năm 2017", "Lượt xem: 1.562"]))

PAGES.append(page("b3876-caobang-bdvhuyen-giaoban-2017", """
HUYỆN ỦY HÀ QUẢNG
Đảng bộ tỉnh Cao Bằng
Trang chủ :: Tin tức :: Công tác dân vận
Ngày 01/12/2017 | 10:30
Hà Quảng: Giao ban khối dân vận tháng 11
Sáng ngày 30/11/2017, Ban Dân vận Huyện ủy Hà Quảng tổ chức hội nghị giao ban khối dân vận tháng 11, triển khai nhiệm vụ tháng 12 năm 2017. Dự hội nghị có đồng chí Nông Văn Thiệu, Phó Bí thư Thường trực Huyện ủy; đồng chí Hoàng Thị Nhạn, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; lãnh đạo Ủy ban MTTQ, các đoàn thể huyện và cán bộ phụ trách công tác dân vận 19 xã, thị trấn.
1. Kết quả công tác tháng 11
Ban Dân vận Huyện ủy đã phối hợp Ủy ban MTTQ huyện chỉ đạo tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 142/142 xóm, tổ dân phố; tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch 98-KH/HU và Kế hoạch 99-KH/HU về thực hiện Nghị quyết Trung ương 6 khóa XII. Ban đã kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại xã Trường Hà, Sóc Hà, phát hiện 2 xã chưa công khai các khoản đóng góp của nhân dân.
Các đoàn thể tổ chức 58 buổi tuyên truyền cho khoảng 3.700 lượt người; Hội Nông dân huyện nhận ủy thác cho vay 6,2 tỷ đồng với 176 hộ; Hội Liên hiệp Phụ nữ phối hợp tặng 350 suất quà cho học sinh bán trú người Mông, người Dao. Hội Cựu chiến binh huyện vận động hội viên hiến 1.200 m2 đất mở rộng đường vào xóm Nà Mạ.
2. Tình hình tư tưởng nhân dân
Nhân dân phấn khởi vì vụ ngô, thuốc lá đông xuân được mùa. Tuy vậy, tại xóm Lũng Pjầu, xã Cải Viên có 4 hộ người Mông theo "Hội thánh Đức Chúa Trời Mẹ"; tại xã Nội Thôn xảy ra 1 vụ việc mâu thuẫn về nguồn nước sinh hoạt, đã được hòa giải. Tình trạng lao động đi làm thuê ở nước ngoài trái phép có chiều hướng tăng, khoảng 40 người.
3. Nhiệm vụ tháng 12/2017
Phát biểu kết luận, đồng chí Hoàng Thị Nhạn yêu cầu các cơ quan khối dân vận hoàn thành báo cáo tổng kết công tác năm trước ngày 15/12; nắm tình hình ở các xóm giáp biên; tổ chức thăm hỏi, tặng quà Tết cho gia đình chính sách. Đồng chí Nông Văn Thiệu đề nghị các đoàn thể vận động nhân dân "3 không": không di cư tự do, không vượt biên trái phép, không theo tà đạo. Các chi bộ xóm cần tiếp tục thực hiện Chỉ thị số 12-CT/HU ngày 05/6/2017 của Ban Thường vụ Huyện ủy về nâng cao chất lượng hoạt động của tổ dân vận xóm, tổ dân phố.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện: Lương Văn Cường, Đàm Thị Nguyệt đã thông báo kết quả hoạt động giám sát; ông Lục Văn Phủ, Bí thư Đảng ủy xã Trường Hà, đề xuất hỗ trợ xi măng làm đường cho 12 xóm đặc biệt khó khăn.
Hoàng Dung
Số lượt đọc: 224
Tin khác
- Hà Quảng: Tổ chức Ngày hội Đại đoàn kết tại xóm Nà Mạ (18/11/2017)
- Sơ kết 5 năm thực hiện Kết luận 62 (30/10/2017)
- Giao ban khối dân vận tháng 10 (31/10/2017)
- Hội Nông dân huyện trao vốn vay cho hộ nghèo (20/10/2017)
""", "2017-12-01", "Hà Quảng: Giao ban khối dân vận tháng 11",
E("giao_ban", "2017-11", "2017-11-30"),
[P("Nông Văn Thiệu", "Phó Bí thư Thường trực Huyện ủy"),
 P("Hoàng Thị Nhạn", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lương Văn Cường", "Phó Chủ tịch Ủy ban MTTQ huyện"), P("Đàm Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Lục Văn Phủ", "Bí thư Đảng ủy xã Trường Hà")],
[Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("142/142 xóm, tổ dân phố", 142, "xóm, tổ dân phố"), Q("2 xã", 2, "xã"),
 Q("58 buổi tuyên truyền", 58, "buổi tuyên truyền"), Q("khoảng 3.700 lượt người", 3700, "lượt người", "approx"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("176 hộ", 176, "hộ"), Q("350 suất quà", 350, "suất quà"), Q("1.200 m2", 1200, "m2"),
 Q("4 hộ người Mông", 4, "hộ người Mông"), Q("1 vụ việc mâu thuẫn", 1, "vụ việc mâu thuẫn"), Q("khoảng 40 người", 40, "người", "approx"),
 Q("12 xóm đặc biệt khó khăn", 12, "xóm đặc biệt khó khăn")],
[D("Kế hoạch", "98", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 98-KH/HU"),
 D("Kế hoạch", "99", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 99-KH/HU"),
 D("Chỉ thị", "12", "CT/HU", "2017-06-05", "Ban Thường vụ Huyện ủy", "Chỉ thị số 12-CT/HU ngày 05/6/2017")],
[prov("Cao Bằng"), com("Trường Hà"), com("Sóc Hà"), com("Cải Viên"), com("Nội Thôn")],
["HUYỆN ỦY HÀ QUẢNG", "Đảng bộ tỉnh Cao Bằng", "Trang chủ :: Tin tức :: Công tác dân vận", "Hội thánh Đức Chúa Trời Mẹ",
 "Số lượt đọc: 224", "Nghị quyết Trung ương 6 khóa XII", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Ngày 01/12/2017 | 10:30", "tháng 12 năm 2017", "3 không", "ngày 15/12", "Số lượt đọc: 224", "Trung ương 6"]))

PAGES.append(page("b3877-binhdinh-bdvtinh-giaoban-2018", """
Báo Bình Định điện tử
Hôm nay: Thứ Tư, 09/05/2018
Thời sự - Chính trị » Xây dựng Đảng
Thứ Hai, 07/05/2018
Dân vận chính quyền: đối thoại trực tiếp 46 cuộc trong tháng 4
(BĐ) - Ngày 04/5, Ban Dân vận Tỉnh ủy chủ trì giao ban công tác dân vận tháng 4/2018 với Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội và Ban Dân vận các huyện, thị xã, thành phố. Đồng chí Lê Văn Toàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Theo báo cáo, trong tháng, chính quyền các cấp đã tổ chức 46 cuộc đối thoại trực tiếp với nhân dân, tập trung vào vấn đề đất đai, môi trường, giải phóng mặt bằng dự án đường ven biển. Các cơ quan khối dân vận đã tiếp 213 lượt công dân, tiếp nhận 39 đơn, thư; đã giải quyết 31 đơn, đạt 79,5%. Ban Dân vận Tỉnh ủy hướng dẫn triển khai Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư về khung hướng dẫn tiếp tục đẩy mạnh công tác dân vận của Đảng trong tình hình mới và ban hành kế hoạch số 51-KH/BDVTU về kiểm tra công tác dân vận chính quyền tại 5 sở, ngành.
Ủy ban MTTQ tỉnh và các đoàn thể tiếp tục triển khai cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"; Hội Liên hiệp Phụ nữ tỉnh ra mắt 7 câu lạc bộ "Phụ nữ với pháp luật"; Hội Nông dân tỉnh hỗ trợ 1.600 hội viên ở các xã ven biển tham gia Tổ đoàn kết khai thác hải sản trên biển. Quỹ "Vì người nghèo" các cấp tiếp nhận thêm 1,25 tỷ đồng.
Dư luận xã hội quan tâm việc triển khai các dự án du lịch ở bán đảo Phương Mai; ngư dân phấn khởi vì vụ cá Nam đạt khá. Tuy nhiên, tại xã Cát Tiến, Cát Chánh còn 17 hộ chưa đồng thuận giá bồi thường; tại phường Nhơn Bình có 2 trường hợp tuyên truyền "Hội thánh Đức Chúa Trời" trái phép.
Phát biểu tại giao ban, đồng chí Đặng Thị Thu Hà, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các huyện chú ý đối thoại với người dân ngay từ khi lập dự án. Bà Hồ Thị Ngọc Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin kết quả giám sát tại 12 xã xây dựng nông thôn mới.
Kết luận, đồng chí Lê Văn Toàn đề nghị tháng 5 các đơn vị tập trung tuyên truyền kỷ niệm 128 năm Ngày sinh Chủ tịch Hồ Chí Minh; tham mưu sơ kết 5 năm thực hiện Nghị quyết 25-NQ/TW ngày 03/6/2013 của BCH Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận; phối hợp tổ chức đối thoại tại Cát Tiến trước ngày 20/5; xây dựng thêm ít nhất 30 mô hình "Dân vận khéo" trong lĩnh vực dân vận chính quyền.
Tại giao ban, đồng chí Trần Văn Sơn được bổ nhiệm giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy đã ra mắt và nhận nhiệm vụ theo dõi khối Mặt trận.
Ngọc Nhuận
Tin liên quan
- Tuy Phước: Hội nghị dân vận chính quyền (26/04/2018)
- Bình Định biểu dương 150 điển hình "Dân vận khéo" (11/04/2018)
- Giao ban công tác dân vận quý I/2018 (05/04/2018)
""", "2018-05-07", "Dân vận chính quyền: đối thoại trực tiếp 46 cuộc trong tháng 4",
E("giao_ban", "2018-04", "2018-05-04"),
[P("Lê Văn Toàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Ngọc Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("46 cuộc đối thoại", 46, "cuộc đối thoại"), Q("213 lượt công dân", 213, "lượt công dân"), Q("39 đơn, thư", 39, "đơn, thư"),
 Q("31 đơn", 31, "đơn"), Q("79,5%", 79.5, "%"), Q("5 sở, ngành", 5, "sở, ngành"), Q("7 câu lạc bộ", 7, "câu lạc bộ"),
 Q("1.600 hội viên", 1600, "hội viên"), Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("17 hộ", 17, "hộ"), Q("2 trường hợp", 2, "trường hợp"),
 Q("12 xã", 12, "xã"), Q("ít nhất 30 mô hình", 30, "mô hình", "over")],
[D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017"),
 D("Kế hoạch", "51", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 51-KH/BDVTU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết 25-NQ/TW ngày 03/6/2013")],
[prov("Bình Định"), com("Cát Tiến"), com("Cát Chánh"), com("Nhơn Bình")],
["Báo Bình Định điện tử", "Hôm nay: Thứ Tư, 09/05/2018", "Thời sự - Chính trị » Xây dựng Đảng", "(BĐ)",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Phụ nữ với pháp luật", "Vì người nghèo", "Hội thánh Đức Chúa Trời", "Dân vận khéo"],
["Hôm nay: Thứ Tư, 09/05/2018", "Thứ Hai, 07/05/2018", "tháng 4/2018", "128 năm", "5 năm", "khóa XI", "ngày 20/5"]))

PAGES.append(page("b3878-travinh-khoidanvan-giaoban-2019", """
Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Trà Vinh
Bạn đang ở: Trang chủ > Tin hoạt động > Khối dân vận
Ngày đăng 10/04/2019 | 16:20
Giao ban khối dân vận tỉnh quý I năm 2019
Ngày 09/4, Ban Dân vận Tỉnh ủy Trà Vinh phối hợp Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban khối dân vận quý I năm 2019. Đồng chí Thạch Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Kim Ngọc Thạch, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Toàn cảnh hội nghị giao ban. (Ảnh: Trúc Ly)
I. KẾT QUẢ QUÝ I
Báo cáo cho biết, các cơ quan khối dân vận đã phối hợp tổ chức thăm, chúc Tết Chôl Chnăm Thmây tại 143 chùa Phật giáo Nam tông Khmer, tặng 1.450 phần quà cho hộ nghèo đồng bào Khmer với tổng trị giá 725 triệu đồng. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU, 22-CT/TU ngày 18/01/2019 về lãnh đạo tổ chức Tết Nguyên đán và về công tác vận động đồng bào Khmer; hướng dẫn thực hiện Quy định số 23-QĐ/TW của Ban Bí thư và Quyết định số 1716/QĐ-UBND của UBND tỉnh về chính sách đối với người có uy tín.
Toàn tỉnh hiện có 1.034 mô hình "Dân vận khéo", trong đó 218 mô hình tiêu biểu; đã có 96% chi bộ ấp, khóm xây dựng được mô hình. Hội Nông dân tỉnh phối hợp ngân hàng giải ngân 48,6 tỷ đồng cho 2.210 hộ; Tỉnh đoàn vận động 1.150 đoàn viên hiến máu trong "Lễ hội Xuân hồng".
II. TÌNH HÌNH NHÂN DÂN
Nhân dân phấn khởi trước kết quả xây dựng nông thôn mới; tuy nhiên hạn mặn đầu năm gây thiệt hại khoảng 1.200 ha lúa. Có 6 vụ việc tranh chấp đất đai tại xã Long Hữu, Hiệp Mỹ Tây; 1 vụ tụ tập đông người tại Khu kinh tế Định An đã được đối thoại ổn định.
Tại giao ban, Hòa thượng Thạch Sok Hane, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị quan tâm sửa chữa 11 trường Pali Trung cấp ở các chùa. Các đồng chí Sơn Thị Mỹ Dung, Trần Hoàng Nam - Phó Trưởng Ban Dân vận Tỉnh ủy trình bày kế hoạch kiểm tra chuyên đề.
III. NHIỆM VỤ QUÝ II
Phát biểu kết luận, đồng chí Thạch Thị Thu Hà yêu cầu quý II tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI; tổ chức chu đáo Tết Chôl Chnăm Thmây; không để hình thành điểm nóng về đất đai; khảo sát dư luận xã hội tại 20 xã; chỉ đạo Ban Dân vận các huyện, thị xã, thành phố phối hợp chính quyền giải quyết dứt điểm các vụ việc tranh chấp đất đai ngay tại cơ sở, không để phát sinh khiếu kiện vượt cấp. Kết quả giao ban sẽ được tổng hợp báo cáo Thường trực Tỉnh ủy.
Trúc Ly
Lượt xem: 498
Tin khác
- Châu Thành: Họp mặt chức sắc tôn giáo nhân lễ Phục sinh (19/04/2019)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Duyên Hải (27/03/2019)
- Trà Cú biểu dương 25 mô hình Dân vận khéo (15/03/2019)
""", "2019-04-10", "Giao ban khối dân vận tỉnh quý I năm 2019",
E("giao_ban", "2019-Q1", "2019-04-09"),
[P("Thạch Thị Thu Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Ngọc Thạch", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sok Hane", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Mỹ Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trần Hoàng Nam", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("1.450 phần quà", 1450, "phần quà"),
 Q("725 triệu đồng", 725000000, "đồng"), Q("1.034 mô hình", 1034, "mô hình"), Q("218 mô hình tiêu biểu", 218, "mô hình tiêu biểu"),
 Q("96% chi bộ", 96, "%"), Q("48,6 tỷ đồng", 48600000000, "đồng"), Q("2.210 hộ", 2210, "hộ"), Q("1.150 đoàn viên", 1150, "đoàn viên"),
 Q("khoảng 1.200 ha", 1200, "ha", "approx"), Q("6 vụ việc tranh chấp đất đai", 6, "vụ việc tranh chấp đất đai"),
 Q("1 vụ tụ tập đông người", 1, "vụ tụ tập đông người"), Q("11 trường Pali Trung cấp", 11, "trường Pali Trung cấp"), Q("20 xã", 20, "xã")],
[D("Chỉ thị", "21", "CT/TU", "2019-01-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU, 22-CT/TU ngày 18/01/2019"),
 D("Chỉ thị", "22", "CT/TU", "2019-01-18", "Ban Thường vụ Tỉnh ủy", "22-CT/TU ngày 18/01/2019"),
 D("Quy định", "23", "QĐ/TW", None, "Ban Bí thư", "Quy định số 23-QĐ/TW"),
 D("Quyết định", "1716", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1716/QĐ-UBND")],
[prov("Trà Vinh"), com("Long Hữu"), com("Hiệp Mỹ Tây")],
["Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Trà Vinh", "Bạn đang ở: Trang chủ > Tin hoạt động > Khối dân vận",
 "Toàn cảnh hội nghị giao ban. (Ảnh: Trúc Ly)", "Dân vận khéo", "Lễ hội Xuân hồng", "Chôl Chnăm Thmây", "Lượt xem: 498"],
["Ngày đăng 10/04/2019 | 16:20", "quý I năm 2019", "quý II", "lần thứ XI", "Lượt xem: 498", "I. KẾT QUẢ QUÝ I"]))

PAGES.append(page("b3879-thainguyen-bdvthanhuy-giaoban-2019", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Chính trị > Xây dựng Đảng
21.10.2019 | 16:05
Ảnh: Đồng chí Dương Thị Hoa, Trưởng Ban Dân vận Thành ủy kết luận hội nghị.
Khối dân vận thành phố Thái Nguyên giao ban tháng 9
(TN&XH) - Ngày 18/10, Ban Dân vận Thành ủy Thái Nguyên tổ chức giao ban khối dân vận, đánh giá kết quả thực hiện nhiệm vụ tháng 9/2019 và triển khai nhiệm vụ tháng 10. Đồng chí Dương Thị Hoa, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì. Tham dự có các đồng chí: Phạm Văn Hưng, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy; Hà Thị Thu, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ thành phố.
Theo báo cáo, tháng 9, Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 142-KH/TU ngày 06/9/2019 về tổ chức Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XIII và Hướng dẫn số 09-HD/BDVTU về xây dựng mô hình "Dân vận khéo" năm 2020. Các cơ quan khối dân vận phối hợp tổ chức 24 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân tại các phường Túc Duyên, Gia Sàng, Quang Vinh, xã Quyết Thắng.
Các đoàn thể đã vận động được 2,35 tỷ đồng ủng hộ Quỹ "Vì người nghèo"; trao 54 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh nghèo vượt khó; Hội Cựu chiến binh thành phố ra mắt 5 câu lạc bộ "Cựu chiến binh với pháp luật". Công đoàn thành phố vận động 870 đoàn viên, người lao động tham gia chương trình "Tháng công nhân" với tổng kinh phí khoảng 430 triệu đồng.
Tình hình nhân dân cơ bản ổn định. Dư luận quan tâm việc thu hồi đất dự án Khu đô thị Picenza, có 23 hộ ở phường Quang Vinh chưa nhận tiền bồi thường; giá thịt lợn tăng cao do dịch tả lợn châu Phi, khiến 312 hộ chăn nuôi bị thiệt hại. Trong tháng, các phường, xã tiếp nhận 18 đơn thư, đã giải quyết 15 đơn, còn 3 đơn đang xác minh.
Phát biểu tại giao ban, bà Hoàng Thị Thu Hằng, Chủ tịch Hội Liên hiệp Phụ nữ thành phố, và ông Lăng Văn Tiến, Chủ tịch Hội Nông dân thành phố, đề nghị tăng cường phối hợp để giải ngân vốn vay chăn nuôi tái đàn. Ông Đào Văn Dũng, Bí thư Đảng ủy phường Gia Sàng, chia sẻ kinh nghiệm vận động 100% hộ dân tổ 9 hiến đất mở đường.
Kết luận giao ban, đồng chí Dương Thị Hoa yêu cầu tháng 10 các cơ quan khối dân vận chủ động tuyên truyền kỷ niệm 89 năm Ngày thành lập Hội Nông dân Việt Nam; phối hợp tổ chức thành công Đại hội MTTQ thành phố; tiếp tục bám nắm 23 hộ chưa đồng thuận ở phường Quang Vinh; thực hiện Kết luận số 43-KL/TW, 44-KL/TW của Ban Bí thư.
Thu Hương
Lượt đọc: 1.209
Bài viết liên quan
- Đại hội MTTQ phường Gia Sàng nhiệm kỳ 2019 - 2024 (11/10/2019)
- Thành phố Thái Nguyên biểu dương 45 mô hình Dân vận khéo (28/09/2019)
- Giao ban khối dân vận tháng 8/2019 (20/09/2019)
""", "2019-10-21", "Khối dân vận thành phố Thái Nguyên giao ban tháng 9",
E("giao_ban", "2019-09", "2019-10-18"),
[P("Dương Thị Hoa", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Văn Hưng", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Hà Thị Thu", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ thành phố"),
 P("Hoàng Thị Thu Hằng", "Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
 P("Lăng Văn Tiến", "Chủ tịch Hội Nông dân thành phố"),
 P("Đào Văn Dũng", "Bí thư Đảng ủy phường Gia Sàng")],
[Q("24 hội nghị đối thoại", 24, "hội nghị đối thoại"), Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("54 suất học bổng", 54, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("5 câu lạc bộ", 5, "câu lạc bộ"), Q("870 đoàn viên, người lao động", 870, "đoàn viên, người lao động"),
 Q("khoảng 430 triệu đồng", 430000000, "đồng", "approx"), Q("23 hộ", 23, "hộ"), Q("312 hộ chăn nuôi", 312, "hộ chăn nuôi"),
 Q("18 đơn thư", 18, "đơn thư"), Q("15 đơn", 15, "đơn"), Q("3 đơn", 3, "đơn"), Q("100% hộ dân", 100, "%")],
[D("Kế hoạch", "142", "KH/TU", "2019-09-06", "Ban Thường vụ Thành ủy", "Kế hoạch số 142-KH/TU ngày 06/9/2019"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Thành ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Kết luận", "44", "KL/TW", None, "Ban Bí thư", "44-KL/TW")],
[prov("Thái Nguyên"), com("Túc Duyên"), com("Gia Sàng"), com("Quang Vinh"), com("Quyết Thắng")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Chính trị > Xây dựng Đảng", "Ảnh: Đồng chí Dương Thị Hoa, Trưởng Ban Dân vận Thành ủy kết luận hội nghị.",
 "(TN&XH)", "Dân vận khéo", "Vì người nghèo", "Cựu chiến binh với pháp luật", "Tháng công nhân", "Khu đô thị Picenza", "Lượt đọc: 1.209"],
["21.10.2019 | 16:05", "tháng 9/2019", "tháng 10", "lần thứ XIII", "năm 2020", "89 năm", "tổ 9", "Lượt đọc: 1.209"]))

PAGES.append(page("b3880-quangtri-khoidanvan-giaoban-2020", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Tin tức › Chính trị
Cập nhật lúc 17:20 ngày 08/07/2020
Khối dân vận: phát huy sức mạnh nhân dân trong phòng, chống dịch COVID-19
QTO - Chiều 7/7, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban khối dân vận quý II năm 2020, đánh giá kết quả công tác dân vận 3 tháng qua trong điều kiện phòng, chống dịch và bàn giải pháp cho quý III. Đồng chí Nguyễn Thị Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Quang cảnh giao ban khối dân vận - Ảnh: N.B
Theo báo cáo, trong quý II, thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ và Nghị quyết số 42/NQ-CP của Chính phủ, khối dân vận các cấp đã vận động 26.500 lượt người dân chấp hành cách ly xã hội; Ủy ban MTTQ các cấp tiếp nhận hơn 14,8 tỷ đồng và 210 tấn gạo ủng hộ phòng, chống dịch; phối hợp rà soát, chi trả hỗ trợ cho 38.400 người thuộc hộ nghèo, hộ cận nghèo. Đoàn Thanh niên lắp đặt 46 "ATM gạo" và 12 "Gian hàng 0 đồng".
Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 189-KH/TU và Kế hoạch số 190-KH/TU về tổ chức đại hội đảng bộ cơ sở gắn với lấy ý kiến nhân dân góp ý dự thảo văn kiện; các đoàn thể tiếp thu 1.240 ý kiến góp ý.
Tình hình nhân dân cơ bản ổn định, đồng thuận cao với các biện pháp chống dịch. Tuy nhiên, giá tiêu, cao su giảm; 1.150 lao động ở các khu công nghiệp mất việc làm. Tại xã Triệu Vân, Triệu An còn 9 hộ chưa nhất trí phương án giải phóng mặt bằng dự án điện gió; tại xã Hướng Phùng, huyện Hướng Hóa có 3 vụ việc người dân tộc Vân Kiều, Pa Kô tranh chấp đất nương rẫy.
Tham luận tại hội nghị, ông Hồ Văn Lai, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, đề nghị hỗ trợ 80 hộ dân tộc thiểu số bị ảnh hưởng do dịch. Ông Lê Văn Bình, Phó Chủ tịch kiêm Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, thông tin về hoạt động giám sát việc chi hỗ trợ theo Nghị quyết 42.
Kết luận, đồng chí Nguyễn Thị Hường yêu cầu quý III khối dân vận tập trung vận động nhân dân tham gia góp ý văn kiện Đại hội Đảng bộ tỉnh lần thứ XVII; tiếp tục giám sát chặt chẽ việc thực hiện chính sách hỗ trợ; tổ chức Tuần lễ "Tri ân Anh hùng liệt sĩ" dịp 27/7; phấn đấu ít nhất 95% khu dân cư không có người vi phạm quy định phòng dịch. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Trần Thị Lan, Hồ Xuân Vinh được phân công theo dõi các huyện miền núi.
Ngọc Bảo
Tin khác
- Hướng Hóa: đối thoại với đồng bào Vân Kiều về đất sản xuất (30/06/2020)
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ phòng, chống dịch đợt 3 (15/05/2020)
- Giao ban khối dân vận quý I/2020 (08/04/2020)
""", "2020-07-08", "Khối dân vận: phát huy sức mạnh nhân dân trong phòng, chống dịch COVID-19",
E("giao_ban", "2020-Q2", "2020-07-07"),
[P("Nguyễn Thị Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Lai", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Lê Văn Bình", "Phó Chủ tịch kiêm Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Trần Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Hồ Xuân Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("26.500 lượt người dân", 26500, "lượt người dân"), Q("hơn 14,8 tỷ đồng", 14800000000, "đồng", "over"), Q("210 tấn gạo", 210, "tấn"),
 Q("38.400 người", 38400, "người"), Q("46 \"ATM gạo\"", 46, "ATM gạo"), Q("12 \"Gian hàng 0 đồng\"", 12, "Gian hàng 0 đồng"),
 Q("1.240 ý kiến góp ý", 1240, "ý kiến"), Q("1.150 lao động", 1150, "lao động"), Q("9 hộ", 9, "hộ"),
 Q("3 vụ việc", 3, "vụ việc"), Q("80 hộ dân tộc thiểu số", 80, "hộ dân tộc thiểu số"), Q("ít nhất 95% khu dân cư", 95, "%", "over")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Kế hoạch", "189", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 189-KH/TU"),
 D("Kế hoạch", "190", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 190-KH/TU")],
[prov("Quảng Trị"), com("Triệu Vân"), com("Triệu An"), com("Hướng Phùng")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Tin tức › Chính trị", "QTO",
 "Quang cảnh giao ban khối dân vận - Ảnh: N.B", "Tri ân Anh hùng liệt sĩ", "Gian hàng 0 đồng", "ATM gạo"],
["Cập nhật lúc 17:20 ngày 08/07/2020", "quý II năm 2020", "3 tháng", "quý III", "0 đồng", "Nghị quyết 42", "lần thứ XVII", "27/7"]))
