from lib import *
PAGES = []

PAGES.append(page("b281-tuyenquang-doan-soket-2023", """
TỈNH ĐOÀN TUYÊN QUANG
Tuổi trẻ Tân Trào
Bạn đang ở: Trang chủ » Phong trào » Thanh niên tình nguyện
Thứ Hai, 17/07/2023 - 08:45
Tuổi trẻ Tuyên Quang làm mới 19 tuyến đường thanh niên tự quản
Sáng 14/7, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2023. Trong 6 tháng, các cơ sở Đoàn đã làm mới 19 tuyến đường thanh niên tự quản dài 23,5 km.
Các đại biểu dự hội nghị sơ kết 6 tháng đầu năm 2023.
Hội nghị do đồng chí Ma Thế Hưng, UVBCH Trung ương Đoàn, Tỉnh ủy viên, Bí thư Tỉnh đoàn, chủ trì. Tham dự có đồng chí Lâm Thị Hoa (người Cao Lan) và đồng chí Sùng A Tủa, cùng là Phó Bí thư Tỉnh đoàn; đồng chí Hoàng Thị Nga, Phó Trưởng Ban Dân vận Tỉnh ủy.
Sáu tháng qua, toàn tỉnh có 18.400 lượt đoàn viên tham gia tình nguyện; thực hiện 56 công trình thanh niên trị giá gần 4,9 tỷ đồng; trao 310 suất học bổng, mỗi suất 1.200.000đ. Tỉnh đoàn triển khai Chương trình 36, 37-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn về chuyển đổi số và khởi nghiệp, hỗ trợ 7 dự án thanh niên vay 2,1 tỷ đồng.
Đồng chí Chẩu Văn Lượng, vừa được Ban Thường vụ Tỉnh đoàn điều động giữ chức Bí thư Huyện đoàn Lâm Bình, báo cáo mô hình "Cột cờ Tổ quốc nơi biên cương" ở xã Thượng Lâm. Phong trào "5 xây, 3 chống" được 100% chi đoàn thôn bản đăng ký.
6 tháng cuối năm, Tỉnh đoàn phấn đấu làm thêm 11 tuyến đường, nâng tổng số lên 30 tuyến. Đồng chí Ma Thế Hưng đề nghị các huyện đoàn vùng cao chú trọng vận động thanh niên người Dao, Mông, Pà Thẻn tham gia sinh hoạt Đoàn, bảo đảm mỗi thôn bản có ít nhất một đội thanh niên tình nguyện.
Đức Anh
Lượt xem: 1.302
Tin khác
- Ra quân Chiến dịch Thanh niên tình nguyện hè 2023
- Trao 50 suất học bổng cho học sinh Na Hang
""", "2023-07-17", "Tuổi trẻ Tuyên Quang làm mới 19 tuyến đường thanh niên tự quản",
E("so_ket", "2023-H1", "2023-07-14"),
[P("Ma Thế Hưng", "UVBCH Trung ương Đoàn", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Lâm Thị Hoa", "Phó Bí thư Tỉnh đoàn"),
 P("Sùng A Tủa", "Phó Bí thư Tỉnh đoàn"),
 P("Hoàng Thị Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chẩu Văn Lượng", "Bí thư Huyện đoàn Lâm Bình")],
[Q("19 tuyến đường thanh niên tự quản", 19, "tuyến đường thanh niên tự quản"), Q("23,5 km", 23.5, "km"),
 Q("18.400 lượt đoàn viên", 18400, "lượt đoàn viên"), Q("56 công trình thanh niên", 56, "công trình thanh niên"),
 Q("gần 4,9 tỷ đồng", 4900000000, "đồng", "approx"), Q("310 suất học bổng", 310, "suất học bổng"),
 Q("1.200.000đ", 1200000, "đồng"), Q("7 dự án", 7, "dự án"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("100% chi đoàn", 100, "%"), Q("11 tuyến đường", 11, "tuyến đường"), Q("30 tuyến", 30, "tuyến")],
[D("Chương trình", "36", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình 36, 37-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn"),
 D("Chương trình", "37", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "37-CTr/TĐTN")],
[prov("Tuyên Quang"), com("Thượng Lâm")],
["TỈNH ĐOÀN TUYÊN QUANG", "Tuổi trẻ Tân Trào", "Bạn đang ở: Trang chủ » Phong trào » Thanh niên tình nguyện",
 "Các đại biểu dự hội nghị sơ kết 6 tháng đầu năm 2023.", "Cột cờ Tổ quốc nơi biên cương", "Huyện đoàn Lâm Bình", "Lượt xem: 1.302"],
["6 tháng đầu năm 2023", "Trong 6 tháng", "Sáu tháng qua", "5 xây, 3 chống", "6 tháng cuối năm", "Lượt xem: 1.302"]))

PAGES.append(page("b282-hue-ccb-hoinghi-2024", """
HỘI CỰU CHIẾN BINH TỈNH THỪA THIÊN HUẾ
Trang chủ | Tin tức | Hoạt động Hội
14:05 | 12/11/2024
Biểu dương 86 cựu chiến binh làm kinh tế giỏi vùng A Lưới
Ngày 11/11, Hội CCB tỉnh tổ chức hội nghị biểu dương cựu chiến binh sản xuất kinh doanh giỏi năm 2024. 86 cựu chiến binh tiêu biểu, trong đó 29 người Tà Ôi, Pa Cô, Cơ Tu, được tuyên dương.
Thượng tá A Viết Pơi (thứ ba từ phải) chia sẻ kinh nghiệm trồng cây dược liệu.
Dự hội nghị có Đại tá Trương Công Thịnh, Ủy viên BCH Trung ương Hội CCB Việt Nam, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội CCB tỉnh; Đại tá Lê Quang Diệu, Thượng tá Phan Văn Hòa - Phó Chủ tịch Hội CCB tỉnh; bà Kăn Thị Mịch, Phó Trưởng Ban Dân tộc tỉnh.
86 cựu chiến binh được biểu dương đang quản lý 296 cơ sở, trang trại, tạo việc làm cho 1.742 lao động; nhiều người có thu nhập 1 - 1,5 tỷ đồng/năm. Thượng tá A Viết Pơi, hội viên CCB xã A Roàng, trồng 7 ha cây ba kích, cho thu nhập khoảng 640 triệu đồng mỗi năm và hướng dẫn 21 hộ đồng bào Tà Ôi làm theo.
Báo cáo cho biết, thực hiện Nghị quyết 88/2024/QH15 của Quốc hội về chương trình mục tiêu quốc gia và Chỉ thị 26-CT/CCB ngày 3/4/2024 của Ban Thường vụ Hội CCB tỉnh, các cấp Hội đã giúp 304 hội viên thoát nghèo, cho vay 18,65 tỷ đồng từ Quỹ hỗ trợ CCB. Phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi" có 9/9 huyện, thị xã, thành phố tham gia.
Dịp này, Hội CCB tỉnh tặng giấy khen cho 86 cựu chiến binh, mỗi người được thưởng 1,2 triệu. Đại tá Trương Công Thịnh đề nghị các cơ sở Hội tiếp tục nhân rộng mô hình, giúp hội viên vùng cao tiếp cận vốn và thị trường, góp phần xây dựng Thừa Thiên Huế giàu đẹp.
Minh Hiếu
Lượt xem: 915
Tin liên quan
- Hội CCB Phong Điền trao 6 nhà tình nghĩa
- Giao ban Hội CCB quý III
""", "2024-11-12", "Biểu dương 86 cựu chiến binh làm kinh tế giỏi vùng A Lưới",
E("hoi_nghi", "2024", "2024-11-11"),
[P("A Viết Pơi", "Thượng tá", "hội viên CCB xã A Roàng"),
 P("Trương Công Thịnh", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội CCB tỉnh"),
 P("Lê Quang Diệu", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Phan Văn Hòa", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Kăn Thị Mịch", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("86 cựu chiến binh", 86, "cựu chiến binh"), Q("29 người", 29, "người"), Q("296 cơ sở, trang trại", 296, "cơ sở, trang trại"),
 Q("1.742 lao động", 1742, "lao động"), Q("1 - 1,5 tỷ đồng/năm", 1000000000, "đồng"), Q("1 - 1,5 tỷ đồng/năm", 1500000000, "đồng"),
 Q("7 ha", 7, "ha"), Q("khoảng 640 triệu đồng", 640000000, "đồng", "approx"), Q("21 hộ", 21, "hộ"),
 Q("304 hội viên", 304, "hội viên"), Q("18,65 tỷ đồng", 18650000000, "đồng"),
 Q("9/9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("1,2 triệu", 1200000, "đồng")],
[D("Nghị quyết", "88", "2024/QH15", None, "Quốc hội", "Nghị quyết 88/2024/QH15 của Quốc hội"),
 D("Chỉ thị", "26", "CT/CCB", "2024-04-03", "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 26-CT/CCB ngày 3/4/2024 của Ban Thường vụ Hội CCB tỉnh")],
[prov("Thừa Thiên Huế"), com("A Roàng")],
["HỘI CỰU CHIẾN BINH TỈNH THỪA THIÊN HUẾ", "Trang chủ | Tin tức | Hoạt động Hội",
 "Thượng tá A Viết Pơi (thứ ba từ phải) chia sẻ kinh nghiệm trồng cây dược liệu.", "Quỹ hỗ trợ CCB",
 "CCB giúp nhau giảm nghèo, làm kinh tế giỏi", "Lượt xem: 915"],
["năm 2024", "mỗi năm", "Lượt xem: 915"]))

PAGES.append(page("b283-bacgiang-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Hôm nay: Thứ Hai, 13/01/2025
Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban
Đăng ngày: 09/01/2025 | 15:50
Năm 2024: khối dân vận vận động 1.912 hộ hiến đất, giải phóng mặt bằng
Sáng 8/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025 với 164 đại biểu.
Quang cảnh hội nghị tổng kết.
Dự và chỉ đạo hội nghị có đồng chí Lâm Thị Thu Thảo, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Đức Toản, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hoàng Văn Tèo, Tỉnh ủy viên, Trưởng Ban Nội chính Tỉnh ủy. Các Phó Trưởng Ban Dân vận Tỉnh ủy: Đàm Thị Thúy, Ninh Văn Khải, Ngô Thị Hằng cùng dự.
Năm 2024, khối dân vận các cấp vận động 1.912 hộ hiến đất, bàn giao mặt bằng cho 14 dự án giao thông; tham gia giải quyết 89 vụ việc, trong đó 83 vụ thành. Toàn tỉnh có 1.136 mô hình "Dân vận khéo", nhân dân đóng góp hơn 216 tỷ đồng xây dựng nông thôn mới. Thực hiện đề án 24 "Nâng cao chất lượng dân vận chính quyền" và Chỉ thị 33, 34-CT/TU của Ban Thường vụ Tỉnh ủy, 100% xã tổ chức đối thoại định kỳ.
Đồng chí Lâm Thị Thu Thảo đề nghị khối dân vận quán triệt Nghị quyết 18-NQ/TW của BCH Trung ương về sắp xếp tổ chức bộ máy, làm tốt công tác tư tưởng cho 51 đồng chí thuộc diện nghỉ chính sách.
Dịp này, Ban Dân vận Tỉnh ủy trao Bằng khen cho 13 tập thể và 22 cá nhân. Ông Nịnh Văn Sáng, người Sán Chay ở xã Phúc Sơn, vừa được bà con tín nhiệm bầu làm Trưởng ban công tác Mặt trận thôn Bản Pền, được biểu dương vì vận động 37 hộ hiến 4.100 m2 đất.
Năm 2025, khối dân vận tỉnh Bắc Giang tập trung vận động nhân dân đồng thuận với việc sắp xếp đơn vị hành chính.
Khánh Linh
Lượt xem: 2.049
Tin cùng chuyên mục
- Giao ban khối dân vận quý IV năm 2024
- Lục Nam: 100% thôn có tổ hòa giải
""", "2025-01-09", "Năm 2024: khối dân vận vận động 1.912 hộ hiến đất, giải phóng mặt bằng",
E("tong_ket", "2024", "2025-01-08"),
[P("Lâm Thị Thu Thảo", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Đức Toản", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Tèo", "Tỉnh ủy viên", "Trưởng Ban Nội chính Tỉnh ủy"),
 P("Đàm Thị Thúy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ninh Văn Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nịnh Văn Sáng", "người Sán Chay ở xã Phúc Sơn", "Trưởng ban công tác Mặt trận thôn Bản Pền")],
[Q("1.912 hộ", 1912, "hộ"), Q("164 đại biểu", 164, "đại biểu"), Q("14 dự án giao thông", 14, "dự án giao thông"),
 Q("89 vụ việc", 89, "vụ việc"), Q("83 vụ", 83, "vụ"), Q("1.136 mô hình", 1136, "mô hình"),
 Q("hơn 216 tỷ đồng", 216000000000, "đồng", "over"), Q("100% xã", 100, "%"), Q("51 đồng chí", 51, "đồng chí"),
 Q("13 tập thể", 13, "tập thể"), Q("22 cá nhân", 22, "cá nhân"), Q("37 hộ", 37, "hộ"), Q("4.100 m2", 4100, "m2")],
[D("Đề án", "24", None, None, "Ban Thường vụ Tỉnh ủy", "đề án 24"),
 D("Chỉ thị", "33", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 33, 34-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "34", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "34-CT/TU"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 18-NQ/TW của BCH Trung ương")],
[prov("Bắc Giang"), com("Phúc Sơn")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban", "Quang cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Nâng cao chất lượng dân vận chính quyền", "thôn Bản Pền", "Lượt xem: 2.049"],
["Hôm nay: Thứ Hai, 13/01/2025", "năm 2025", "51 đồng chí", "Lượt xem: 2.049"]))

PAGES.append(page("b284-quangtri-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ › Tin hoạt động › Công tác dân vận
Thứ Hai, 15/09/2025 | 10:10
Bồi dưỡng nghiệp vụ dân vận cho cán bộ 78 xã, phường, đặc khu
Từ ngày 11 đến 12/9, Ban Tuyên giáo và Dân vận Tỉnh ủy mở lớp tập huấn nghiệp vụ công tác dân vận năm 2025 cho 234 học viên là cán bộ phụ trách dân vận của 78 xã, phường, đặc khu sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị.
Đồng chí Hồ Thị Ngọc Lài truyền đạt chuyên đề.
Khai giảng lớp học có đồng chí Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Đinh Xuân Hải; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hồ Thị Ngọc Lài, Trần Quốc Khánh.
Trong 2 ngày, học viên được quán triệt Hướng dẫn 18-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương về công tác dân vận ở cơ sở khi vận hành chính quyền địa phương 2 cấp, Nghị quyết 214/2025/QH15 của Quốc hội và Quy chế 06-QC/TU ngày 22/8/2025 của Ban Thường vụ Tỉnh ủy. Lớp học có 27 học viên là người Bru - Vân Kiều, Pa Kô, Chứt.
Ông Hồ Văn Chăn, vừa được bổ nhiệm làm Phó Trưởng phòng Văn hóa - Xã hội xã Lìa, cho biết xã có 11 thôn, 2.640 hộ, nhiều thủ tục trước ở huyện nay được giải quyết tại xã. Bà Kray Thị Nhơn, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam xã Dân Hóa, chia sẻ cách xã tiếp nhận 46 phản ánh của người dân qua nhóm Zalo chỉ trong tháng đầu.
Kết thúc lớp học, 229/234 học viên có bài thu hoạch đạt yêu cầu. Mỗi học viên được hỗ trợ 200.000 đồng/ngày.
Phương Thảo
Lượt xem: 1.187
Tin liên quan
- Quảng Trị: 100% xã, phường có tổ dân vận
- Giao ban công tác tuyên giáo và dân vận tháng 8
""", "2025-09-15", "Bồi dưỡng nghiệp vụ dân vận cho cán bộ 78 xã, phường, đặc khu",
E("tap_huan", "2025", "2025-09-11"),
[P("Hồ Thị Ngọc Lài", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Xuân Hải", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Quốc Khánh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Chăn", "Phó Trưởng phòng Văn hóa - Xã hội xã Lìa"),
 P("Kray Thị Nhơn", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã Dân Hóa")],
[Q("78 xã, phường, đặc khu", 78, "xã, phường, đặc khu"), Q("234 học viên", 234, "học viên"),
 Q("27 học viên", 27, "học viên"), Q("11 thôn", 11, "thôn"), Q("2.640 hộ", 2640, "hộ"), Q("46 phản ánh", 46, "phản ánh"),
 Q("229/234 học viên", 229, "học viên"), Q("200.000 đồng/ngày", 200000, "đồng")],
[D("Hướng dẫn", "18", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn 18-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương"),
 D("Nghị quyết", "214", "2025/QH15", None, "Quốc hội", "Nghị quyết 214/2025/QH15 của Quốc hội"),
 D("Quy chế", "06", "QC/TU", "2025-08-22", "Ban Thường vụ Tỉnh ủy", "Quy chế 06-QC/TU ngày 22/8/2025 của Ban Thường vụ Tỉnh ủy")],
[prov("Quảng Bình"), prov("Quảng Trị"), com("Lìa"), com("Dân Hóa")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ › Tin hoạt động › Công tác dân vận",
 "Đồng chí Hồ Thị Ngọc Lài truyền đạt chuyên đề.", "Lượt xem: 1.187"],
["Trong 2 ngày", "chính quyền địa phương 2 cấp", "năm 2025", "tháng đầu", "Lượt xem: 1.187"]))

PAGES.append(page("b285-lamdong-mttq-traoqua-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Cổng thông tin điện tử Mặt trận tỉnh
Trang chủ / Tin tức / An sinh xã hội
Cập nhật: 16:45, 10/11/2025 (GMT+7)
Bàn giao 73 căn nhà Đại đoàn kết cho hộ đồng bào M'Nông, K'Ho
Ngày 8/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh bàn giao 73 căn nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc thiểu số ở các xã Quảng Trực, Đắk Wil và Đinh Văn Lâm Hà, mỗi căn được hỗ trợ 58 triệu đồng.
73 căn nhà Đại đoàn kết được bàn giao cho đồng bào M'Nông, K'Ho.
Tham dự có ông Điểu K'Lưm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; bà Ka Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; ông Trần Văn Hiệp, Phó Giám đốc Công ty CP Thủy điện Đồng Nai 5; ông Y Thông Bkrông, Bí thư Đảng ủy, Chủ tịch HĐND xã Quảng Trực và bà H'Nguyệt Niê, Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Wil.
Tổng kinh phí xây dựng 73 căn nhà là 4,234 tỷ đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 3,504 tỷ đồng, phần còn lại do người dân, dòng họ góp 730 ngày công và 0,73 tỷ đồng. Ông Điểu Sơ Rên, hộ nghèo ở bon Bu Prăng, xã Quảng Trực, xúc động nói đây là lần đầu gia đình có căn nhà kiên cố 48 m2.
Theo Kế hoạch 29/KH-MTTQ-BTT ngày 4/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm 2025 Mặt trận tỉnh Lâm Đồng sau hợp nhất với tỉnh Đắk Nông và tỉnh Bình Thuận phấn đấu xóa 1.530 căn nhà tạm, nhà dột nát. Đến nay đã hoàn thành 1.215 căn.
Ông Điểu K'Lưm đề nghị chính quyền các xã hướng dẫn bà con sử dụng nhà đúng mục đích, kết hợp chương trình "Mái nhà cho đồng bào" với phát triển sinh kế.
Ngọc Lan
Lượt xem: 1.633
Các tin khác
- Trao 500 suất quà cho đồng bào vùng lũ
- Mặt trận xã Đinh Trang Thượng ra mắt tổ tự quản
""", "2025-11-10", "Bàn giao 73 căn nhà Đại đoàn kết cho hộ đồng bào M'Nông, K'Ho",
E("trao_qua", None, "2025-11-08"),
[P("Điểu K'Lưm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ka Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Trần Văn Hiệp", "Phó Giám đốc Công ty CP Thủy điện Đồng Nai 5"),
 P("Y Thông Bkrông", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Quảng Trực"),
 P("H'Nguyệt Niê", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Wil"),
 P("Điểu Sơ Rên", "hộ nghèo ở bon Bu Prăng")],
[Q("73 căn nhà Đại đoàn kết", 73, "căn nhà Đại đoàn kết"), Q("58 triệu đồng", 58000000, "đồng"),
 Q("4,234 tỷ đồng", 4234000000, "đồng"), Q("3,504 tỷ đồng", 3504000000, "đồng"), Q("730 ngày công", 730, "ngày công"),
 Q("0,73 tỷ đồng", 730000000, "đồng"), Q("48 m2", 48, "m2"), Q("1.530 căn nhà tạm, nhà dột nát", 1530, "căn nhà tạm, nhà dột nát"),
 Q("1.215 căn", 1215, "căn")],
[D("Kế hoạch", "29", "KH-MTTQ-BTT", "2025-08-04", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 29/KH-MTTQ-BTT ngày 4/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Đắk Wil"), com("Đinh Văn Lâm Hà")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Cổng thông tin điện tử Mặt trận tỉnh", "Trang chủ / Tin tức / An sinh xã hội",
 "73 căn nhà Đại đoàn kết được bàn giao cho đồng bào M'Nông, K'Ho.", "Công ty CP Thủy điện Đồng Nai 5",
 "Vì người nghèo", "bon Bu Prăng", "Mái nhà cho đồng bào", "Lượt xem: 1.633"],
["(GMT+7)", "Đồng Nai 5", "năm 2025", "Lượt xem: 1.633"]))

PAGES.append(page("b286-hungyen-xa-giaoban-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ THÁI THỤY
Tỉnh Hưng Yên
Trang chủ > Tin tức > Hoạt động của Đảng ủy
Thứ Năm, 04/12/2025
Giao ban công tác dân vận, Mặt trận và đoàn thể
Chiều 3/12, Thường trực Đảng ủy xã Thái Thụy chủ trì giao ban công tác dân vận, Mặt trận và các đoàn thể chính trị - xã hội tháng 11 năm 2025.
Đồng chí Phạm Thị Thu Hường phát biểu kết luận.
Dự giao ban có đồng chí Phạm Thị Thu Hường, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Vũ Đình Khang, ĐUV, Trưởng Ban Xây dựng Đảng Đảng ủy xã; đồng chí Đặng Văn Lợi, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã, cùng trưởng các đoàn thể và bí thư chi bộ 24 thôn.
Trong tháng 11, Mặt trận và các đoàn thể vận động 63 hộ tháo dỡ lều quán lấn chiếm hành lang đê, hòa giải thành 7/9 vụ việc; quyên góp 148,5 triệu đồng ủng hộ đồng bào miền Trung bị lũ. Hội Nông dân xã phối hợp Hợp tác xã Thụy Việt dồn điền, đổi thửa được 37 ha; Đoàn xã ra quân 3 đợt dọn vệ sinh với 420 lượt đoàn viên.
Đồng chí Phạm Thị Thu Hường đề nghị tháng 12 triển khai Kế hoạch 15-KH/ĐU và Kế hoạch 16-KH/ĐU của Đảng ủy xã về chăm lo Tết và vận động "Ngày thứ Bảy văn minh"; mỗi hộ nghèo được tặng quà trị giá 600.000đ. Xã Thái Thụy được thành lập trên cơ sở sáp nhập ba xã ven biển của huyện Thái Thụy, tỉnh Thái Bình cũ, nay thuộc tỉnh Hưng Yên; các đoàn thể cần nắm chắc tâm tư của 12.860 hội viên sau sắp xếp.
Văn phòng Đảng ủy
Lượt truy cập: 8.417
Tin cùng chuyên mục
- Giao ban công tác dân vận tháng 10
- Hội LHPN xã trao 20 suất quà
""", "2025-12-04", "Giao ban công tác dân vận, Mặt trận và đoàn thể",
E("giao_ban", "2025-11", "2025-12-03"),
[P("Phạm Thị Thu Hường", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vũ Đình Khang", "ĐUV", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Đặng Văn Lợi", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("24 thôn", 24, "thôn"), Q("63 hộ", 63, "hộ"), Q("7/9 vụ việc", 7, "vụ việc"), Q("7/9 vụ việc", 9, "vụ việc"),
 Q("148,5 triệu đồng", 148500000, "đồng"), Q("37 ha", 37, "ha"), Q("3 đợt", 3, "đợt"),
 Q("420 lượt đoàn viên", 420, "lượt đoàn viên"), Q("600.000đ", 600000, "đồng"), Q("12.860 hội viên", 12860, "hội viên")],
[D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 15-KH/ĐU"),
 D("Kế hoạch", "16", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 16-KH/ĐU của Đảng ủy xã")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thái Thụy")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ THÁI THỤY", "Tỉnh Hưng Yên", "Trang chủ > Tin tức > Hoạt động của Đảng ủy",
 "Đồng chí Phạm Thị Thu Hường phát biểu kết luận.", "Hợp tác xã Thụy Việt", "Ngày thứ Bảy văn minh", "huyện Thái Thụy",
 "Văn phòng Đảng ủy", "Lượt truy cập: 8.417"],
["tháng 11 năm 2025", "Trong tháng 11", "tháng 12", "ba xã", "Lượt truy cập: 8.417"]))
