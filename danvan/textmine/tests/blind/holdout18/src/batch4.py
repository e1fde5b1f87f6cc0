from lib import *
PAGES = []

PAGES.append(page("b407-dongthap-mttq-soket-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG THÁP
Mặt trận Đồng Tháp - Cổng thông tin điện tử
Hôm nay: Thứ Bảy, 18/07/2026
Trang chủ / Hoạt động / Tin Mặt trận tỉnh
Đăng ngày: Thứ Hai, 13/07/2026

Mặt trận các cấp giúp 1.460 hộ khó khăn có nhà ở ổn định

(MTĐT) - Ngày 9/7, Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đây là lần sơ kết đầu tiên sau khi hợp nhất Mặt trận hai tỉnh Đồng Tháp và Tiền Giang.

Các đại biểu dự hội nghị sơ kết tại điểm cầu tỉnh.

Hội nghị được kết nối trực tuyến tới 102 điểm cầu xã, phường. Chủ trì hội nghị có đồng chí Trần Thị Thu Vân, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, và các đồng chí Nguyễn Hữu Phước, Lê Thị Bé Năm - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.

Sáu tháng qua, Mặt trận các cấp thực hiện Chương trình phối hợp 07/CTPH-MTTQ-UBND và Kế hoạch 11, 12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát". Kết quả, 1.460 hộ khó khăn được hỗ trợ nhà ở với tổng kinh phí 87,6 tỷ đồng, trong đó Quỹ "Vì người nghèo" các cấp hỗ trợ 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa.

Tại phường Mỹ Tho, bà Nguyễn Thị Tư, Trưởng Ban công tác Mặt trận khu phố 5, vận động 26 tiểu thương góp 390 triệu đồng xây 6 căn nhà. Xã Tháp Mười có 1 tổ tự quản đường hoa dài 4,2 km.

Kết luận hội nghị, đồng chí Trần Thị Thu Vân đề nghị hoàn thành 100% chỉ tiêu xóa nhà tạm trước ngày 30/9.

Văn phòng Ủy ban MTTQ tỉnh
Lượt xem: 815

Tin khác
- Cái Bè: trao 60 căn nhà Đại đoàn kết (30/06/2026)
- Cao Lãnh: Ngày hội Đại đoàn kết sớm (25/06/2026)
""", "2026-07-13",
"Mặt trận các cấp giúp 1.460 hộ khó khăn có nhà ở ổn định",
E("so_ket", "2026-H1", "2026-07-09"),
[P("Trần Thị Thu Vân", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Bé Năm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Tư", "Trưởng Ban công tác Mặt trận khu phố 5")],
[Q("1.460 hộ khó khăn", 1460, "hộ khó khăn"), Q("102 điểm cầu", 102, "điểm cầu"), Q("87,6 tỷ đồng", 87600000000, "đồng"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"), Q("26 tiểu thương", 26, "tiểu thương"),
 Q("390 triệu đồng", 390000000, "đồng"), Q("6 căn nhà", 6, "căn nhà"), Q("1 tổ tự quản", 1, "tổ tự quản"), Q("4,2 km", 4.2, "km"),
 Q("100% chỉ tiêu", 100, "%")],
[D("Chương trình phối hợp", "07", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp 07/CTPH-MTTQ-UBND"),
 D("Kế hoạch", "11", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 11, 12/KH-MTTQ-BTT"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 11, 12/KH-MTTQ-BTT")],
[prov("Đồng Tháp"), prov("Tiền Giang"), com("Mỹ Tho"), com("Tháp Mười")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG THÁP", "Mặt trận Đồng Tháp - Cổng thông tin điện tử", "Trang chủ / Hoạt động / Tin Mặt trận tỉnh",
 "Các đại biểu dự hội nghị sơ kết tại điểm cầu tỉnh.", "Chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "khu phố 5", "Văn phòng Ủy ban MTTQ tỉnh"],
["Hôm nay: Thứ Bảy, 18/07/2026", "6 tháng đầu năm 2026", "6 tháng cuối năm", "Sáu tháng qua", "ngày 30/9", "Lượt xem: 815"]))

PAGES.append(page("b408-haiphong-thanhdoan-doithoai-2026", """
THÀNH ĐOÀN HẢI PHÒNG
Tuổi trẻ Hải Phòng - Trang tin điện tử Đoàn TNCS Hồ Chí Minh thành phố
Vị trí: Trang chủ >> Tin tức >> Hoạt động Thành đoàn
20/05/2026 | 08:30

Thanh niên thành phố gửi 54 ý kiến tới Chủ tịch UBND thành phố

(TTHP) - Sáng 18/5, Ban Thường vụ Thành đoàn Hải Phòng phối hợp với UBND thành phố tổ chức hội nghị đối thoại giữa Chủ tịch UBND thành phố với thanh niên năm 2026, kết nối tới 114 điểm cầu xã, phường, đặc khu, có hơn 5.200 đoàn viên, thanh niên tham dự.

Toàn cảnh hội nghị đối thoại tại điểm cầu thành phố.

Chủ trì hội nghị có đồng chí Đỗ Mạnh Cường, Phó Chủ tịch UBND thành phố; đồng chí Vũ Thị Thanh Tâm, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Thành đoàn, Chủ tịch Hội LHTN Việt Nam thành phố. Cùng dự có đồng chí Phạm Quang Huy, người vừa được Ban Chấp hành Thành đoàn bầu giữ chức Phó Bí thư Thành đoàn.

Thanh niên đã nêu 54 ý kiến, nhiều nhất về việc làm, nhà ở xã hội và khởi nghiệp sau khi hợp nhất Hải Phòng với Hải Dương. Anh Nguyễn Đức Thọ, Bí thư Đoàn xã Thanh Hà, đề nghị hỗ trợ vốn cho 12 mô hình trồng vải. Chị Lê Thu Hằng, đoàn viên phường Thủy Nguyên, hỏi về chính sách thuê nhà ở xã hội giá dưới 4 triệu đồng/tháng.

Trả lời, đồng chí Đỗ Mạnh Cường cho biết thành phố đang triển khai kế hoạch số 118/KH-UBND và nghị quyết số 09/2026/NQ-HĐND của HĐND thành phố, dành 150 tỷ đồng cho vay khởi nghiệp, tối đa 2 tỷ đồng/dự án. 48 ý kiến được trả lời tại chỗ, 6 ý kiến được giao các sở trả lời bằng văn bản.

Đồng chí Vũ Thị Thanh Tâm đề nghị các cơ sở Đoàn tiếp tục phong trào "3 trách nhiệm" và chương trình "Thanh niên khởi nghiệp".

Thanh Hương
Lượt xem: 1.540

Tin liên quan
- Kiến An: ra mắt Câu lạc bộ khởi nghiệp (15/05/2026)
- Tiên Lãng: trao 40 suất học bổng (10/05/2026)
""", "2026-05-20",
"Thanh niên thành phố gửi 54 ý kiến tới Chủ tịch UBND thành phố",
E("doi_thoai", "2026", "2026-05-18"),
[P("Đỗ Mạnh Cường", "Phó Chủ tịch UBND thành phố"),
 P("Vũ Thị Thanh Tâm", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Thành đoàn", "Chủ tịch Hội LHTN Việt Nam thành phố"),
 P("Phạm Quang Huy", "Phó Bí thư Thành đoàn"),
 P("Nguyễn Đức Thọ", "Bí thư Đoàn xã Thanh Hà"),
 P("Lê Thu Hằng", "đoàn viên phường Thủy Nguyên")],
[Q("54 ý kiến", 54, "ý kiến"), Q("114 điểm cầu", 114, "điểm cầu"), Q("hơn 5.200 đoàn viên, thanh niên", 5200, "đoàn viên, thanh niên", "over"),
 Q("12 mô hình", 12, "mô hình"), Q("4 triệu đồng/tháng", 4000000, "đồng"), Q("150 tỷ đồng", 150000000000, "đồng"),
 Q("2 tỷ đồng/dự án", 2000000000, "đồng"), Q("48 ý kiến", 48, "ý kiến"), Q("6 ý kiến", 6, "ý kiến")],
[D("Kế hoạch", "118", "KH-UBND", None, None, "kế hoạch số 118/KH-UBND"),
 D("Nghị quyết", "09", "2026/NQ-HĐND", None, "HĐND thành phố", "nghị quyết số 09/2026/NQ-HĐND")],
[prov("Hải Phòng"), prov("Hải Dương"), com("Thanh Hà"), com("Thủy Nguyên")],
["THÀNH ĐOÀN HẢI PHÒNG", "Tuổi trẻ Hải Phòng - Trang tin điện tử Đoàn TNCS Hồ Chí Minh thành phố", "Vị trí: Trang chủ >> Tin tức >> Hoạt động Thành đoàn",
 "Toàn cảnh hội nghị đối thoại tại điểm cầu thành phố.", "Thanh niên khởi nghiệp", "Thanh Hương"],
["3 trách nhiệm", "năm 2026", "Lượt xem: 1.540", "08:30"]))

PAGES.append(page("b409-hungyen-btgdv-giaoban-t5-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY HƯNG YÊN
Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy
Trang chủ | Công tác dân vận | Tin hoạt động
Thứ Sáu, 05/06/2026 - 16:10

Giao ban khối dân vận: 17 vụ việc được giải quyết dứt điểm ở cơ sở

Ngày 3/6, Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên tổ chức giao ban khối dân vận tháng 5/2026, đánh giá tình hình nhân dân và kết quả giải quyết đơn thư ở 104 xã, phường sau hợp nhất với tỉnh Thái Bình.

Đồng chí Trịnh Văn Điệp phát biểu chỉ đạo giao ban.

Chủ trì giao ban có đồng chí Trịnh Văn Điệp, TUV, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; cùng các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đào Thị Hạnh, Vũ Đức Lâm, Bùi Xuân Trường. Dự có đồng chí Phạm Văn Khuê, Phó Giám đốc Sở Dân tộc và Tôn giáo, và đồng chí Ngô Thị Lụa, Phó Chánh Văn phòng Tỉnh ủy.

Trong tháng, khối dân vận đã tuyên truyền Kết luận 188-KL/TW của Bộ Chính trị và Nghị quyết 27, 28-NQ/TW của BCH Trung ương tới 100% chi bộ; theo dõi 23 vụ việc phức tạp, trong đó 17 vụ việc được giải quyết dứt điểm. Xã Thái Thụy vận động 2.300 hộ ký cam kết không đốt rơm rạ; xã Tiên Lữ giải phóng mặt bằng 42 ha cho khu công nghiệp, chi trả 186,5 tỷ đồng cho 612 hộ.

Linh mục Giuse Trần Văn Khải, Chánh xứ giáo xứ Bác Trạch, cho biết giáo dân đã đóng góp 350 triệu đồng làm đường.

Kết luận, đồng chí Trịnh Văn Điệp yêu cầu thực hiện tốt "2 không" (không để khiếu kiện đông người, không để điểm nóng) trong tháng 6.

Ban Tuyên giáo và Dân vận Tỉnh ủy
Lượt xem: 397

Tin liên quan
- Thái Bình (cũ): giao ban khối dân vận tháng 4 (06/05/2026)
- Văn Giang: dân vận khéo trong giải phóng mặt bằng (28/04/2026)
""", "2026-06-05",
"Giao ban khối dân vận: 17 vụ việc được giải quyết dứt điểm ở cơ sở",
E("giao_ban", "2026-05", "2026-06-03"),
[P("Trịnh Văn Điệp", "TUV", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đào Thị Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vũ Đức Lâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bùi Xuân Trường", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Khuê", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Ngô Thị Lụa", "Phó Chánh Văn phòng Tỉnh ủy"),
 P("Giuse Trần Văn Khải", "Linh mục", "Chánh xứ giáo xứ Bác Trạch")],
[Q("17 vụ việc", 17, "vụ việc"), Q("104 xã, phường", 104, "xã, phường"), Q("100% chi bộ", 100, "%"),
 Q("23 vụ việc phức tạp", 23, "vụ việc phức tạp"), Q("2.300 hộ", 2300, "hộ"), Q("42 ha", 42, "ha"),
 Q("186,5 tỷ đồng", 186500000000, "đồng"), Q("612 hộ", 612, "hộ"), Q("350 triệu đồng", 350000000, "đồng")],
[D("Kết luận", "188", "KL/TW", None, "Bộ Chính trị", "Kết luận 188-KL/TW"),
 D("Nghị quyết", "27", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 27, 28-NQ/TW"),
 D("Nghị quyết", "28", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 27, 28-NQ/TW")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thái Thụy"), com("Tiên Lữ")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY HƯNG YÊN", "Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trang chủ | Công tác dân vận | Tin hoạt động",
 "Đồng chí Trịnh Văn Điệp phát biểu chỉ đạo giao ban.", "giáo xứ Bác Trạch", "Sở Dân tộc và Tôn giáo"],
["2 không", "tháng 5/2026", "Trong tháng", "tháng 6", "Lượt xem: 397", "16:10"]))

PAGES.append(page("b410-tphcm-bao-chandung-2026", """
BÁO ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
Chính trị | Xây dựng Đảng | Dân vận
Thứ Sáu, 14/08/2026 06:00

Ông tổ trưởng người Hoa và 9 năm "giữ lửa" tổ dân phố

HCM - Gần 9 năm làm tổ trưởng tổ dân phố 12, phường Chợ Lớn, ông Mạch Chí Hùng (người Hoa) được bà con gọi là "người giữ lửa" của khu phố. Ông vừa được Ủy ban MTTQ Việt Nam phường tín nhiệm giao làm Trưởng Ban công tác Mặt trận khu phố 3.

Ông Mạch Chí Hùng (thứ hai, từ trái sang) cùng bà con dọn vệ sinh hẻm.

Tổ 12 có 146 hộ, hơn 90% là người Hoa. Ông Hùng cùng tổ vận động 146 hộ góp 210 triệu đồng lắp 38 camera an ninh và sửa 600 m hẻm. Năm 2025, tổ không có người nghiện ma túy, không có hộ nghèo. Mỗi tối thứ Bảy, ông cùng các thành viên Ban công tác Mặt trận đi một vòng khu phố, ghi lại những kiến nghị của bà con về điện, nước, rác thải để phản ánh với phường. Nhiều việc nhỏ được giải quyết ngay tại tổ, không phải lên phường.

Bà Lý Quế Phấn, tổ phó tổ dân phố 12, kể: "Ông nói ít, làm nhiều. Việc gì khó, ông đến từng nhà, nói bằng tiếng Quảng Đông".

Ông Trương Chấn Quang, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Chợ Lớn, cho biết mô hình của tổ 12 đã được nhân rộng ra 40 tổ dân phố. Sau khi Thành phố Hồ Chí Minh hợp nhất với Bình Dương và Bà Rịa - Vũng Tàu, mô hình còn được giới thiệu tại phường Vũng Tàu.

Với những đóng góp đó, ông Mạch Chí Hùng được tặng Bằng khen theo Quyết định số 3456/QĐ-UBND ngày 28/7/2026 của Chủ tịch UBND Thành phố.

Bài, ảnh: Khánh Linh
Lượt xem: 2.480

Tin khác
- Phường Bình Tây: 20 năm tổ tự quản (10/08/2026)
- Chợ Lớn: Ngày hội Đại đoàn kết các dân tộc (02/08/2026)
""", "2026-08-14",
"Ông tổ trưởng người Hoa và 9 năm \"giữ lửa\" tổ dân phố",
E(None, None, None),
[P("Mạch Chí Hùng", "tổ trưởng tổ dân phố 12", "Trưởng Ban công tác Mặt trận khu phố 3"),
 P("Lý Quế Phấn", "tổ phó tổ dân phố 12"),
 P("Trương Chấn Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Chợ Lớn")],
[Q("146 hộ", 146, "hộ"), Q("hơn 90%", 90, "%", "over"), Q("210 triệu đồng", 210000000, "đồng"),
 Q("38 camera", 38, "camera"), Q("600 m", 600, "m"), Q("40 tổ dân phố", 40, "tổ dân phố")],
[D("Quyết định", "3456", "QĐ-UBND", "2026-07-28", "Chủ tịch UBND Thành phố", "Quyết định số 3456/QĐ-UBND ngày 28/7/2026")],
[prov("Thành phố Hồ Chí Minh"), prov("Bình Dương"), prov("Bà Rịa - Vũng Tàu"), com("Chợ Lớn"), com("Vũng Tàu")],
["BÁO ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "Chính trị | Xây dựng Đảng | Dân vận",
 "Ông Mạch Chí Hùng (thứ hai, từ trái sang) cùng bà con dọn vệ sinh hẻm.", "người giữ lửa", "tổ dân phố 12", "khu phố 3", "Khánh Linh"],
["9 năm", "Gần 9 năm", "Tổ 12", "tổ 12", "Năm 2025", "Lượt xem: 2.480", "06:00"]))

PAGES.append(page("b411-quangninh-hlhpn-traobo-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NINH
Phụ nữ Quảng Ninh - Trang thông tin điện tử
Trang chủ » Tin tức » Hoạt động các cấp Hội
Cập nhật 06/10/2026, 15:40

Trao 64 con bò giống cho phụ nữ nghèo vùng cao

Ngày 3/10, Hội LHPN tỉnh Quảng Ninh tổ chức trao 64 con bò giống cho hội viên phụ nữ nghèo, cận nghèo người Dao, Tày, Sán Chỉ tại xã Hoành Mô và xã Lục Hồn trong chương trình "Sinh kế cho phụ nữ vùng cao" năm 2026.

Trao 64 con bò giống cho hội viên xã Hoành Mô. Ảnh: Thu Trang

Dự lễ trao có đồng chí Hoàng Thị Vẽ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Lâm Thị Hồng, Chủ tịch Hội LHPN tỉnh.

Mỗi con bò trị giá 16 triệu đồng, tổng trị giá 1,024 tỷ đồng, do doanh nghiệp và Quỹ "Mẹ đỡ đầu" tỉnh tài trợ. Theo kế hoạch số 62-KH/HPN của Ban Thường vụ Hội LHPN tỉnh, các hộ nhận bò cam kết sau 3 năm trả lại 1 con bê cho hộ khác, để đến năm 2030 có thêm khoảng 120 hộ được hưởng lợi.

Các bà Lỷ Thị Dung, Tằng Thị Hai và Chìu Thị Nhì, hội viên thôn Nà Sa, xã Hoành Mô, chia sẻ gia đình đã chuẩn bị chuồng trại, trồng 2 sào cỏ voi và được cán bộ thú y hướng dẫn cách tiêm phòng, chăm sóc bò sinh sản. Chị Voòng Thị Mai (dân tộc Sán Chỉ), Chi hội trưởng phụ nữ thôn Khe Lạc, xã Lục Hồn, cho biết chi hội có 12 hộ được nhận bò.

Năm 2026, các cấp Hội đã hỗ trợ 1.350 phụ nữ với tổng số tiền hơn 6,5 tỷ đồng, giúp 286 hộ thoát nghèo.

Thu Trang
Lượt xem: 659

Tin liên quan
- Tiên Yên: phụ nữ Dao học tiếng phổ thông (28/09/2026)
- Hạ Long: 30 hội viên được tặng sinh kế (20/09/2026)
""", "2026-10-06",
"Trao 64 con bò giống cho phụ nữ nghèo vùng cao",
E("trao_qua", None, "2026-10-03"),
[P("Hoàng Thị Vẽ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Thị Hồng", "Chủ tịch Hội LHPN tỉnh"),
 P("Lỷ Thị Dung", "hội viên thôn Nà Sa"),
 P("Tằng Thị Hai", "hội viên thôn Nà Sa"),
 P("Chìu Thị Nhì", "hội viên thôn Nà Sa"),
 P("Voòng Thị Mai", "Chi hội trưởng phụ nữ thôn Khe Lạc")],
[Q("64 con bò giống", 64, "con bò giống"), Q("16 triệu đồng", 16000000, "đồng"), Q("1,024 tỷ đồng", 1024000000, "đồng"),
 Q("1 con bê", 1, "con bê"), Q("khoảng 120 hộ", 120, "hộ", "approx"), Q("2 sào", 2, "sào"), Q("12 hộ", 12, "hộ"),
 Q("1.350 phụ nữ", 1350, "phụ nữ"), Q("hơn 6,5 tỷ đồng", 6500000000, "đồng", "over"), Q("286 hộ", 286, "hộ")],
[D("Kế hoạch", "62", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "kế hoạch số 62-KH/HPN")],
[prov("Quảng Ninh"), com("Hoành Mô"), com("Lục Hồn")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NINH", "Phụ nữ Quảng Ninh - Trang thông tin điện tử", "Trang chủ » Tin tức » Hoạt động các cấp Hội",
 "Trao 64 con bò giống cho hội viên xã Hoành Mô. Ảnh: Thu Trang", "Sinh kế cho phụ nữ vùng cao", "Mẹ đỡ đầu", "thôn Nà Sa", "thôn Khe Lạc"],
["sau 3 năm", "năm 2030", "năm 2026", "Năm 2026", "Lượt xem: 659", "15:40"]))

PAGES.append(page("b412-caobang-ccb-bieuduong-2026", """
HỘI CỰU CHIẾN BINH TỈNH CAO BẰNG
Trang tin điện tử Hội CCB tỉnh Cao Bằng
Hôm nay: Thứ Sáu, 27/11/2026
Trang chủ > Hoạt động Hội > Phong trào thi đua
Thứ Tư, 25/11/2026

Biểu dương 85 CCB sản xuất, kinh doanh giỏi

Ngày 23/11, Hội CCB tỉnh Cao Bằng tổ chức hội nghị biểu dương CCB sản xuất, kinh doanh giỏi năm 2026, tôn vinh 85 hội viên tiêu biểu với tổng doanh thu hơn 74 tỷ đồng, tạo việc làm cho 1.120 lao động.

Các CCB tiêu biểu nhận Giấy khen tại hội nghị.

Chủ trì hội nghị có Đại tá Nông Văn Pác, Chủ tịch Hội CCB tỉnh; Thượng tá Hoàng Văn Sểnh, Phó Chủ tịch Thường trực - Chánh Văn phòng Hội CCB tỉnh. Dự có đồng chí Thào Seo Sử, ĐUV, Chủ tịch Hội CCB xã Cần Yên, và đồng chí Hà Thị Loan, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.

Thực hiện Chỉ thị 14, 15-CT/CCB của Ban Thường vụ Hội CCB tỉnh và kế hoạch số 71/KH-UBND của UBND tỉnh, các cấp Hội đã giúp 214 hộ hội viên vay 11,2 tỷ đồng; 85 CCB được biểu dương có 31 chủ doanh nghiệp, 54 chủ trang trại, gia trại.

Trung tá Lương Văn Pảng, hội viên xã Quảng Uyên, chủ trang trại nuôi 120 con lợn đen và 30 con bò, doanh thu 1,6 tỷ đồng/năm. Ông Vi Văn Thịnh (dân tộc Nùng), hội viên xã Hạ Lang, chia sẻ kinh nghiệm trồng 8 ha dẻ.

Đại tá Nông Văn Pác đề nghị các cấp Hội tiếp tục phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi", phấn đấu mỗi năm có thêm 20 doanh nghiệp của CCB.

Văn phòng Hội CCB tỉnh
Lượt xem: 522

Tin cùng chuyên mục
- Bảo Lâm: CCB tham gia xóa nhà tạm (15/11/2026)
- Cao Bằng: 12 CCB được tặng Kỷ niệm chương (05/11/2026)
""", "2026-11-25",
"Biểu dương 85 CCB sản xuất, kinh doanh giỏi",
E("hoi_nghi", "2026", "2026-11-23"),
[P("Nông Văn Pác", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Hoàng Văn Sểnh", "Thượng tá", "Phó Chủ tịch Thường trực - Chánh Văn phòng Hội CCB tỉnh"),
 P("Thào Seo Sử", "ĐUV", "Chủ tịch Hội CCB xã Cần Yên"),
 P("Hà Thị Loan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lương Văn Pảng", "Trung tá", "hội viên xã Quảng Uyên"),
 P("Vi Văn Thịnh", "hội viên xã Hạ Lang")],
[Q("85 CCB", 85, "CCB"), Q("hơn 74 tỷ đồng", 74000000000, "đồng", "over"), Q("1.120 lao động", 1120, "lao động"),
 Q("214 hộ hội viên", 214, "hộ hội viên"), Q("11,2 tỷ đồng", 11200000000, "đồng"), Q("31 chủ doanh nghiệp", 31, "chủ doanh nghiệp"),
 Q("54 chủ trang trại, gia trại", 54, "chủ trang trại, gia trại"), Q("120 con lợn đen", 120, "con lợn đen"), Q("30 con bò", 30, "con bò"),
 Q("1,6 tỷ đồng/năm", 1600000000, "đồng"), Q("8 ha", 8, "ha"), Q("20 doanh nghiệp", 20, "doanh nghiệp")],
[D("Chỉ thị", "14", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 14, 15-CT/CCB"),
 D("Chỉ thị", "15", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 14, 15-CT/CCB"),
 D("Kế hoạch", "71", "KH-UBND", None, "UBND tỉnh", "kế hoạch số 71/KH-UBND")],
[prov("Cao Bằng"), com("Cần Yên"), com("Quảng Uyên"), com("Hạ Lang")],
["HỘI CỰU CHIẾN BINH TỈNH CAO BẰNG", "Trang tin điện tử Hội CCB tỉnh Cao Bằng", "Trang chủ > Hoạt động Hội > Phong trào thi đua",
 "Các CCB tiêu biểu nhận Giấy khen tại hội nghị.", "CCB giúp nhau giảm nghèo, làm kinh tế giỏi", "Văn phòng Hội CCB tỉnh"],
["Hôm nay: Thứ Sáu, 27/11/2026", "năm 2026", "mỗi năm", "Lượt xem: 522"]))
