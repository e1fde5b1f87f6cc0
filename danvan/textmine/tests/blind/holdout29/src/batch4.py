"""holdout29 batch4: b671-b676 (2023-2026). Page text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b671
PAGES.append(page(
"b671-travinh-bdv-tongket-2023",
"""
BÁO TRÀ VINH ĐIỆN TỬ                         Hôm nay: Thứ Tư, 27/12/2023
Trang chủ > Chính trị > Công tác dân vận
22/12/2023 - 10:05
Toàn cảnh hội nghị.
Khối đại đoàn kết ở phum, sóc ngày càng vững chắc
TVO - Ngày 21/12, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Kiên Sóc Phal, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Huỳnh Văn Tài, Thạch Thị Ngọc Hân, Lê Minh Quang.
Năm 2023, các cấp ủy tiếp tục thực hiện Quyết định 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị; phong trào thi đua "Dân vận khéo" có 412 mô hình được công nhận. Nhân dân đóng góp trên 260 tỷ đồng xây dựng nông thôn mới, hiến 38.600 m2 đất làm đường; toàn tỉnh xây mới, sửa chữa 1.058 căn nhà Đại đoàn kết. Tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 2,41%.
Toàn tỉnh có 143 chùa Khmer; các vị sư sãi, Achar tích cực tham gia vận động đồng bào giữ gìn an ninh, trật tự, bảo tồn chữ viết, văn hóa truyền thống, đón Tết Chôl Chnăm Thmây, lễ Sene Đôlta vui tươi, tiết kiệm.
Hòa thượng Thạch Sa Ry phát biểu tại hội nghị. Ảnh: Hữu Thuận
Phát biểu tại hội nghị, Hòa thượng Thạch Sa Ry, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị quan tâm hơn nữa công tác đào tạo sư sãi trẻ về kiến thức pháp luật. Ông Kim Sóc Khươl, Achar cả chùa Sóc Cục (xã Kim Hòa), kể việc cùng Ban Quản trị chùa vận động 27 hộ hiến đất làm đường liên ấp. Bà Thạch Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy Cầu Ngang, chia sẻ cách giải quyết dứt điểm vụ khiếu nại đông người về bồi thường đất ở xã Hiệp Mỹ Tây bằng đối thoại trực tiếp.
Kết luận hội nghị, đồng chí Kiên Sóc Phal đề nghị năm 2024 tổ chức quán triệt Nghị quyết 43-NQ/TW ngày 24/11/2023 của BCH Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 tập thể, 40 cá nhân.
Cũng tại hội nghị, Ban Dân vận Tỉnh ủy ký kết chương trình phối hợp với Hội Đoàn kết sư sãi yêu nước tỉnh giai đoạn 2024 - 2028, tập trung vận động 1.240 vị sư sãi và trên 3.100 thành viên Ban Quản trị chùa tham gia giữ gìn an ninh trật tự ở phum, sóc.
Hữu Thuận
Tin liên quan
- Cầu Kè: vận động đồng bào Khmer hiến đất làm đường (08/12/2023)
- Hội nghị giao ban công tác dân vận quý III/2023 (10/10/2023)
- Thăm, chúc mừng lễ Ok Om Bok năm 2023 (27/11/2023)
Báo Trà Vinh điện tử - Cơ quan của Đảng bộ tỉnh Trà Vinh. ĐT: 0294.3862 571
""",
"2023-12-22", "Khối đại đoàn kết ở phum, sóc ngày càng vững chắc",
E("tong_ket", "2023", "2023-12-21"),
[P("Kiên Sóc Phal", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Tài", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Ngọc Hân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Quang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sa Ry", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Sóc Khươl", "Achar cả chùa Sóc Cục"),
 P("Thạch Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy Cầu Ngang")],
[Q("412 mô hình", 412, "mô hình"),
 Q("trên 260 tỷ đồng", 260000000000, "đồng", "over"),
 Q("38.600 m2", 38600, "m2"),
 Q("1.058 căn nhà Đại đoàn kết", 1058, "căn nhà Đại đoàn kết"),
 Q("2,41%", 2.41, "%"),
 Q("143 chùa Khmer", 143, "chùa Khmer"),
 Q("27 hộ", 27, "hộ"),
 Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân", 40, "cá nhân"),
 Q("1.240 vị sư sãi", 1240, "vị sư sãi"),
 Q("trên 3.100 thành viên Ban Quản trị chùa", 3100, "thành viên Ban Quản trị chùa", "over")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "BCH Trung ương Đảng", "Nghị quyết 43-NQ/TW")],
[prov("Trà Vinh"), com("Kim Hòa"), com("Hiệp Mỹ Tây")],
["BÁO TRÀ VINH ĐIỆN TỬ", "Trang chủ > Chính trị > Công tác dân vận", "Toàn cảnh hội nghị.", "TVO",
 "Hòa thượng Thạch Sa Ry phát biểu tại hội nghị. Ảnh: Hữu Thuận", "Dân vận khéo", "Chôl Chnăm Thmây", "Sene Đôlta",
 "Ban Quản trị chùa", "Hội Đoàn kết sư sãi yêu nước", "Hữu Thuận"],
["Hôm nay: Thứ Tư, 27/12/2023", "22/12/2023 - 10:05", "Năm 2023", "năm 2023", "năm 2024", "khóa XIII", "giai đoạn 2024 - 2028", "30/7/2021", "24/11/2023", "0294.3862 571"]))

# ---------------------------------------------------------------- b672
PAGES.append(page(
"b672-hcm-bdvtu-soket-h1-2024",
"""
BAN DÂN VẬN THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH
Trang chủ / Tin tức / Hoạt động Ban
Ngày đăng 05/07/2024 | 15:10
Triển khai nhiệm vụ công tác dân vận 6 tháng cuối năm 2024
Ngày 4/7, Ban Dân vận Thành ủy Thành phố Hồ Chí Minh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024. Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy Phan Thị Thanh Xuân chủ trì hội nghị.
Đồng chí Phan Thị Thanh Xuân phát biểu chỉ đạo. Ảnh: Việt Dũng
Sáu tháng đầu năm, các cấp ủy, chính quyền đã tổ chức 1.280 cuộc tiếp xúc, đối thoại với nhân dân, tiếp nhận hơn 4.600 ý kiến; thực hiện Nghị quyết 31-NQ/TW ngày 30/12/2022 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thành phố đến năm 2030 và Nghị quyết 98/2023/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù. Người dân đã hiến hơn 82.000 m2 đất để mở rộng hẻm, đường, ước trị giá hơn 1.930 tỷ đồng; phong trào "Dân vận khéo" có thêm 236 mô hình.
Công tác vận động đồng bào dân tộc, tôn giáo được chú trọng. Ông Lý Quốc Hưng, Phó Trưởng Ban Dân tộc Thành phố, cho biết cộng đồng người Hoa ở quận 5, quận 6, quận 11 đã đóng góp hơn 18 tỷ đồng cho các quỹ an sinh. Imam Ysa Kasim, Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo Thành phố, thông tin bà con Chăm ở 17 tiểu thánh đường, thánh đường đã vận động người dân đến tuổi đi khám nghĩa vụ quân sự đầy đủ.
Tại phường Bến Nghé, vụ việc tiểu thương chợ phản đối phương án sắp xếp lại sạp được giải quyết sau 3 buổi đối thoại. Bà Đỗ Thị Thu Hà, Bí thư Đảng ủy phường Bến Nghé, cho biết phường đã mời 62 tiểu thương góp ý trực tiếp vào phương án. Ở xã Tân Nhựt, ông Nguyễn Văn Ba, Trưởng ban công tác Mặt trận ấp 3, vận động 14 hộ hiến đất làm đường.
Kết luận hội nghị, đồng chí Phan Thị Thanh Xuân yêu cầu 6 tháng cuối năm thực hiện tốt Kết luận 14, 15-KL/TU của Ban Thường vụ Thành ủy về công tác dân vận chính quyền và vận động đồng bào các tôn giáo; theo dõi, nắm chắc tình hình dư luận về việc sắp xếp đơn vị hành chính.
Báo cáo cũng cho biết, Thành phố hiện có hơn 1.500 cơ sở tôn giáo; trong 6 tháng, các tôn giáo đã đóng góp trên 350 tỷ đồng cho hoạt động từ thiện, an sinh xã hội. Linh mục Phạm Quốc Tuấn, Ủy viên Ủy ban MTTQ Việt Nam Thành phố, đề nghị tiếp tục đối thoại với giáo dân về quy hoạch chỉnh trang đô thị.
Việt Dũng
Lượt xem: 1.574
Các tin khác
- Quận 8: gặp mặt chức sắc, chức việc các tôn giáo (20/06/2024)
- Đối thoại với công nhân khu chế xuất Tân Thuận (05/06/2024)
- Hội nghị giao ban công tác dân vận quý I/2024 (10/04/2024)
Ban Dân vận Thành ủy TP.HCM - 127 Trương Định, quận 3. ĐT: 028.3930 5118
""",
"2024-07-05", "Triển khai nhiệm vụ công tác dân vận 6 tháng cuối năm 2024",
E("so_ket", "2024-H1", "2024-07-04"),
[P("Phan Thị Thanh Xuân", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Lý Quốc Hưng", "Phó Trưởng Ban Dân tộc Thành phố"),
 P("Ysa Kasim", "Imam", "Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo Thành phố"),
 P("Đỗ Thị Thu Hà", "Bí thư Đảng ủy phường Bến Nghé"),
 P("Nguyễn Văn Ba", "Trưởng ban công tác Mặt trận ấp 3"),
 P("Phạm Quốc Tuấn", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam Thành phố")],
[Q("1.280 cuộc tiếp xúc, đối thoại", 1280, "cuộc tiếp xúc, đối thoại"),
 Q("hơn 4.600 ý kiến", 4600, "ý kiến", "over"),
 Q("hơn 82.000 m2", 82000, "m2", "over"),
 Q("hơn 1.930 tỷ đồng", 1930000000000, "đồng", "over"),
 Q("236 mô hình", 236, "mô hình"),
 Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"),
 Q("17 tiểu thánh đường, thánh đường", 17, "tiểu thánh đường, thánh đường"),
 Q("3 buổi đối thoại", 3, "buổi đối thoại"),
 Q("62 tiểu thương", 62, "tiểu thương"),
 Q("14 hộ", 14, "hộ"),
 Q("hơn 1.500 cơ sở tôn giáo", 1500, "cơ sở tôn giáo", "over"),
 Q("trên 350 tỷ đồng", 350000000000, "đồng", "over")],
[D("Nghị quyết", "31", "NQ/TW", "2022-12-30", "Bộ Chính trị", "Nghị quyết 31-NQ/TW"),
 D("Nghị quyết", "98", "2023/QH15", None, "Quốc hội", "Nghị quyết 98/2023/QH15"),
 D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 14, 15-KL/TU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 14, 15-KL/TU")],
[prov("Thành phố Hồ Chí Minh"), com("Bến Nghé"), com("Tân Nhựt")],
["BAN DÂN VẬN THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ / Tin tức / Hoạt động Ban",
 "Đồng chí Phan Thị Thanh Xuân phát biểu chỉ đạo. Ảnh: Việt Dũng", "Dân vận khéo", "Việt Dũng", "Lượt xem: 1.574", "Trương Định"],
["Ngày đăng 05/07/2024 | 15:10", "6 tháng cuối năm 2024", "6 tháng cuối năm", "6 tháng đầu năm 2024", "Sáu tháng đầu năm", "trong 6 tháng", "năm 2030", "quận 5",
 "quận 6", "quận 11", "ấp 3", "30/12/2022", "98/2023/QH15", "Lượt xem: 1.574", "127 Trương Định, quận 3", "028.3930 5118"]))

# ---------------------------------------------------------------- b673
PAGES.append(page(
"b673-camau-tinhdoan-traoqua-khmer-2024",
"""
TỈNH ĐOÀN CÀ MAU
Trang chủ » Hoạt động Đoàn » Tình nguyện
30/1/2024 | 20:10
Trao 1.500 phần quà Tết cho đồng bào Khmer và hộ nghèo
Anh Tô Minh Khang trao 1.500 phần quà Tết, mỗi phần gồm gạo, dầu ăn và tiền mặt. Ảnh: Thanh Nhàn
Ngày 29/1, Tỉnh đoàn Cà Mau phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức chương trình "Xuân tình nguyện - Tết yêu thương" năm 2024 tại xã Khánh Hưng (huyện Trần Văn Thời), trao 1.500 phần quà cho đồng bào Khmer, hộ nghèo, gia đình chính sách, tổng trị giá trên 750 triệu đồng.
Tham dự có anh Tô Minh Khang, Bí thư Tỉnh đoàn; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Thanh Tùng, Lê Thị Bé Ba; Đại đức Lý Sa Vát, Trụ trì chùa Cao Dân.
Đại đức Lý Sa Vát cảm ơn đoàn viên, thanh niên đã về tận phum, sóc. Chùa Cao Dân hiện có 18 vị sư đang tu học; nhà chùa phối hợp Đoàn xã mở lớp dạy chữ Khmer miễn phí cho 65 em học sinh. Anh Thạch Minh Tú, vừa được bầu giữ chức Bí thư Đoàn xã Khánh Hưng, cho biết Đoàn xã đã vận động thanh niên sửa 2,5 km đường đal vào ấp Cơi Năm.
Trong chương trình, Ban tổ chức trao 20 suất học bổng, mỗi suất 2 triệu đồng cho học sinh Khmer vượt khó; tặng 50 xe đạp; bàn giao căn nhà Đại đoàn kết trị giá 60 triệu đồng cho gia đình bà Danh Thị Sà Rí ở ấp Cơi Năm. Các bác sĩ tình nguyện khám bệnh, cấp thuốc miễn phí cho 400 lượt người. Bà Danh Thị Sà Rí xúc động: "Năm nay nhà tôi có nơi ở đàng hoàng để đón Tết".
Hoạt động thực hiện theo Kế hoạch 126-KH/TĐTN-TNNT của Ban Thường vụ Tỉnh đoàn và công văn số 2345/UBND-VX của UBND tỉnh về tổ chức Tết Nguyên đán Giáp Thìn năm 2024.
Theo anh Tô Minh Khang, trong đợt cao điểm "Xuân tình nguyện" năm 2024, các cơ sở Đoàn toàn tỉnh ra quân 520 công trình, phần việc thanh niên, vận động trên 2,1 tỷ đồng chăm lo Tết cho 8.600 lượt thiếu nhi, hộ nghèo. Tỉnh đoàn cũng phối hợp Hội Đoàn kết sư sãi yêu nước tỉnh tổ chức chương trình "Tết sum vầy" cho 300 thanh niên công nhân người Khmer không có điều kiện về quê đón Tết.
Tại buổi lễ, Ban Thường vụ Đoàn xã Khánh Hưng ra mắt mô hình "Chi đoàn ấp Khmer tự quản" gồm 32 đoàn viên, tham gia giữ gìn an ninh trật tự, vệ sinh môi trường ở ấp. Đại đức Lý Sa Vát nhận lời làm cố vấn cho mô hình, nhà chùa sẵn sàng cho mượn sala làm nơi sinh hoạt chi đoàn.
Thanh Nhàn
Lượt xem: 845
Tin khác
- Tuổi trẻ Cà Mau ra quân "Xuân tình nguyện" năm 2024 (15/01/2024)
- Trao 100 phần quà cho công nhân khó khăn (20/01/2024)
- Thới Bình: thanh niên Khmer ra quân làm đường giao thông (12/01/2024)
- Đại hội Đoàn xã Khánh Hưng nhiệm kỳ 2024 - 2027 (05/01/2024)
Tỉnh Đoàn Cà Mau - 89 Phan Ngọc Hiển, phường 5, TP. Cà Mau. ĐT: 0290.3831 360
""",
"2024-01-30", "Trao 1.500 phần quà Tết cho đồng bào Khmer và hộ nghèo",
E("trao_qua", None, "2024-01-29"),
[P("Tô Minh Khang", "Bí thư Tỉnh đoàn"),
 P("Trần Thanh Tùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Bé Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Sa Vát", "Đại đức", "Trụ trì chùa Cao Dân"),
 P("Thạch Minh Tú", "Bí thư Đoàn xã Khánh Hưng"),
 P("Danh Thị Sà Rí")],
[Q("1.500 phần quà Tết", 1500, "phần quà Tết"),
 Q("trên 750 triệu đồng", 750000000, "đồng", "over"),
 Q("18 vị sư", 18, "vị sư"),
 Q("65 em học sinh", 65, "em học sinh"),
 Q("2,5 km", 2.5, "km"),
 Q("20 suất học bổng", 20, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng"),
 Q("50 xe đạp", 50, "xe đạp"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("400 lượt người", 400, "lượt người"),
 Q("520 công trình, phần việc thanh niên", 520, "công trình, phần việc thanh niên"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("8.600 lượt thiếu nhi, hộ nghèo", 8600, "lượt thiếu nhi, hộ nghèo"),
 Q("300 thanh niên công nhân", 300, "thanh niên công nhân"),
 Q("32 đoàn viên", 32, "đoàn viên")],
[D("Kế hoạch", "126", "KH/TĐTN-TNNT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 126-KH/TĐTN-TNNT"),
 D("Công văn", "2345", "UBND-VX", None, "UBND tỉnh", "công văn số 2345/UBND-VX")],
[prov("Cà Mau"), com("Khánh Hưng")],
["TỈNH ĐOÀN CÀ MAU", "Trang chủ » Hoạt động Đoàn » Tình nguyện",
 "Anh Tô Minh Khang trao 1.500 phần quà Tết, mỗi phần gồm gạo, dầu ăn và tiền mặt. Ảnh: Thanh Nhàn",
 "Xuân tình nguyện - Tết yêu thương", "Xuân tình nguyện", "Tết sum vầy", "Chi đoàn ấp Khmer tự quản", "huyện Trần Văn Thời", "Cao Dân", "Cơi Năm", "Thanh Nhàn", "Lượt xem: 845", "Phan Ngọc Hiển"],
["30/1/2024 | 20:10", "năm 2024", "Giáp Thìn", "126-KH/TĐTN-TNNT", "2345/UBND-VX", "Lượt xem: 845", "89 Phan Ngọc Hiển, phường 5", "0290.3831 360"]))

# ---------------------------------------------------------------- b674
PAGES.append(page(
"b674-vinhlong-btgdv-giaoban-q3-2025",
"""
TỈNH ỦY VĨNH LONG - BAN TUYÊN GIÁO VÀ DÂN VẬN
Trang chủ | Tin hoạt động | Dân vận
Thứ Tư, 08/10/2025 - 16:20
Ảnh: Hội nghị giao ban tại điểm cầu tỉnh.
Sát dân, gần dân sau sắp xếp đơn vị hành chính
Chiều 7/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III/2025, kết nối trực tuyến đến 124 điểm cầu xã, phường. Đây là lần giao ban đầu tiên sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Đồng chí Lê Văn Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Thạch Thị Sà Rinh, Nguyễn Văn Tâm, Trương Thị Kim Hoa.
Báo cáo cho biết, trong quý III, ban tuyên giáo và dân vận các đảng ủy xã, phường đã tham mưu tổ chức hơn 1.100 cuộc tiếp xúc, đối thoại với nhân dân, tiếp nhận 3.260 ý kiến, kiến nghị. Tỉnh hoàn thành xóa 4.312 căn nhà tạm, nhà dột nát với kinh phí hơn 258 tỷ đồng. Việc học tập, quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia được triển khai đến 98,7% chi bộ.
Đồng chí Sơn Thị Chanh Đa, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Ngãi, cho biết xã mới có 38% dân số là đồng bào Khmer; xã phối hợp các chùa Phật giáo Nam tông Khmer thông tin để bà con hiểu rõ địa chỉ giao dịch hành chính mới. Đồng chí Huỳnh Văn Be, Trưởng Ban Xây dựng Đảng Đảng ủy xã Châu Hòa, báo cáo vụ việc người dân phản đối vị trí xây trạm xử lý nước thải: sau 2 cuộc đối thoại, xã đã điều chỉnh vị trí, bà con đồng thuận.
Kết luận, đồng chí Lê Văn Thắm đề nghị quý IV thực hiện tốt Hướng dẫn 05, 06-HD/BTGDVTU về công tác dân vận ở xã, phường mới và nắm tình hình tư tưởng trong đồng bào các dân tộc, tôn giáo; không để hình thành "điểm nóng".
Hội nghị cũng thông tin, sau sắp xếp, tỉnh có 124 xã, phường; ban tuyên giáo và dân vận cấp xã được kiện toàn với 496 cán bộ. Đồng chí Trương Thị Kim Hoa cho biết trong quý IV, Ban sẽ mở 6 lớp bồi dưỡng nghiệp vụ cho cán bộ cấp xã, ưu tiên cán bộ biết tiếng Khmer, và đưa vào vận hành trang thông tin điện tử "Dân vận Vĩnh Long".
Minh Khoa
Tin cùng chuyên mục
- Vĩnh Long: 124 xã, phường ra mắt Ban Tuyên giáo và Dân vận (15/07/2025)
- Tập huấn nghiệp vụ cho cán bộ tuyên giáo, dân vận cơ sở (26/08/2025)
- Hoàn thành xóa nhà tạm, nhà dột nát trên địa bàn tỉnh (25/08/2025)
- Hội nghị giao ban công tác tuyên giáo và dân vận quý II/2025 (08/07/2025)
Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long - Số 1 Hoàng Thái Hiếu, phường Thanh Đức. ĐT: 0270.3822 162
""",
"2025-10-08", "Sát dân, gần dân sau sắp xếp đơn vị hành chính",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Lê Văn Thắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Sà Rinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trương Thị Kim Hoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sơn Thị Chanh Đa", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Ngãi"),
 P("Huỳnh Văn Be", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Châu Hòa")],
[Q("124 điểm cầu", 124, "điểm cầu"),
 Q("3 tỉnh", 3, "tỉnh"),
 Q("hơn 1.100 cuộc tiếp xúc, đối thoại", 1100, "cuộc tiếp xúc, đối thoại", "over"),
 Q("3.260 ý kiến, kiến nghị", 3260, "ý kiến, kiến nghị"),
 Q("4.312 căn nhà tạm, nhà dột nát", 4312, "căn nhà tạm, nhà dột nát"),
 Q("hơn 258 tỷ đồng", 258000000000, "đồng", "over"),
 Q("98,7%", 98.7, "%"),
 Q("38%", 38, "%"),
 Q("2 cuộc đối thoại", 2, "cuộc đối thoại"),
 Q("124 xã, phường", 124, "xã, phường"),
 Q("496 cán bộ", 496, "cán bộ"),
 Q("6 lớp bồi dưỡng nghiệp vụ", 6, "lớp bồi dưỡng nghiệp vụ")],
[D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, None, "Hướng dẫn 05, 06-HD/BTGDVTU"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", None, None, "Hướng dẫn 05, 06-HD/BTGDVTU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Ngãi"), com("Châu Hòa")],
["TỈNH ỦY VĨNH LONG - BAN TUYÊN GIÁO VÀ DÂN VẬN", "Trang chủ | Tin hoạt động | Dân vận", "Ảnh: Hội nghị giao ban tại điểm cầu tỉnh.",
 "Phật giáo Nam tông Khmer", "điểm nóng", "Dân vận Vĩnh Long", "Minh Khoa", "Hoàng Thái Hiếu"],
["Thứ Tư, 08/10/2025 - 16:20", "quý III/2025", "quý III", "quý IV", "57-NQ/TW", "lần giao ban đầu tiên", "Số 1 Hoàng Thái Hiếu", "0270.3822 162"]))

# ---------------------------------------------------------------- b675
PAGES.append(page(
"b675-daklak-mttq-tongket-2025",
"""
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ › Tin tức › Hoạt động Mặt trận
14 tháng 1, 2026 | 09:00
Mặt trận tỉnh Đắk Lắk triển khai nhiệm vụ năm 2026
Toàn cảnh hội nghị tại điểm cầu tỉnh. Ảnh: H'Xíu
Ngày 13/1, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, trực tuyến đến 102 điểm cầu. Đây là năm đầu tiên hoạt động theo mô hình mới sau khi hợp nhất tỉnh Đắk Lắk và tỉnh Phú Yên, các tổ chức chính trị - xã hội trực thuộc Mặt trận. Bà H'Bla Êban, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2025, Mặt trận các cấp phối hợp vận động xóa 6.870 căn nhà tạm, nhà dột nát trên địa bàn 102 xã, phường, với tổng kinh phí trên 1.120 tỷ đồng; Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 96 tỷ đồng. Mặt trận chủ trì 1.430 cuộc giám sát, tổ chức 86 hội nghị phản biện xã hội, trong đó có phản biện dự thảo nghị quyết của HĐND tỉnh về chính sách hỗ trợ đồng bào dân tộc thiểu số sau sáp nhập.
Ông Y Đhăm Ayŭn phát biểu nhận nhiệm vụ. Ảnh: H'Xíu
Tại hội nghị, ông Y Đhăm Ayŭn, vừa được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sẽ phụ trách công tác dân tộc, tôn giáo. Các ông, bà Trần Văn Hải, Lê Thị Thu Trang - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh báo cáo kết quả sắp xếp Hội Nông dân, Hội LHPN vào Mặt trận; ông Trần Văn Hải đồng thời là Chủ tịch Hội Nông dân tỉnh. Mục sư Y Kim Niê, Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh, cho biết các chi hội đã đóng góp 2,4 tỷ đồng làm nhà cho tín hữu nghèo. Linh mục Giuse Nguyễn Văn Hòa, Chánh xứ giáo xứ Châu Sơn, đề nghị Mặt trận tiếp tục đồng hành với các tôn giáo trong công tác từ thiện.
Phát biểu kết luận, bà H'Bla Êban đề nghị năm 2026 thực hiện Kế hoạch 12-KH/TU của Ban Thường vụ Tỉnh ủy về củng cố khối đại đoàn kết ở buôn, làng và Hướng dẫn 02/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 35 tập thể, 48 cá nhân.
Trong phần thảo luận, ông Ksor Y Phun, người có uy tín buôn Chư Ma (xã Ea Wy), kiến nghị sớm hoàn thành công trình cấp nước sinh hoạt cho 140 hộ đồng bào Jrai; đại diện Sở Nông nghiệp và Môi trường tiếp thu, hẹn hoàn thành trong quý II/2026.
H'Xíu - Quốc Đạt
Lượt xem: 2.210
Tin liên quan
- Hiệp thương cử bổ sung Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh (06/01/2026)
- Tết Sum vầy ở buôn Ea Bar năm 2026 (10/01/2026)
- Mặt trận các xã biên giới thăm, tặng quà người có uy tín (05/01/2026)
Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk - 16 Lê Duẩn, phường Buôn Ma Thuột. ĐT: 0262.3852 237
""",
"2026-01-14", "Mặt trận tỉnh Đắk Lắk triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-13"),
[P("H'Bla Êban", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Đhăm Ayŭn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Thu Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Kim Niê", "Mục sư", "Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh"),
 P("Nguyễn Văn Hòa", "Linh mục", "Chánh xứ giáo xứ Châu Sơn"),
 P("Ksor Y Phun", "người có uy tín buôn Chư Ma")],
[Q("102 điểm cầu", 102, "điểm cầu"),
 Q("6.870 căn nhà tạm, nhà dột nát", 6870, "căn nhà tạm, nhà dột nát"),
 Q("102 xã, phường", 102, "xã, phường"),
 Q("trên 1.120 tỷ đồng", 1120000000000, "đồng", "over"),
 Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("1.430 cuộc giám sát", 1430, "cuộc giám sát"),
 Q("86 hội nghị phản biện xã hội", 86, "hội nghị phản biện xã hội"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("35 tập thể", 35, "tập thể"),
 Q("48 cá nhân", 48, "cá nhân"),
 Q("140 hộ đồng bào Jrai", 140, "hộ đồng bào Jrai")],
[D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12-KH/TU"),
 D("Hướng dẫn", "02", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 02/HD-MTTW-BTT")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Wy")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ › Tin tức › Hoạt động Mặt trận", "Toàn cảnh hội nghị tại điểm cầu tỉnh. Ảnh: H'Xíu",
 "Ông Y Đhăm Ayŭn phát biểu nhận nhiệm vụ. Ảnh: H'Xíu", "Vì người nghèo", "Giuse", "Chư Ma", "H'Xíu - Quốc Đạt", "Lượt xem: 2.210", "Lê Duẩn"],
["14 tháng 1, 2026 | 09:00", "năm 2026", "Năm 2025", "năm 2025", "năm đầu tiên", "quý II/2026", "02/HD-MTTW-BTT", "Lượt xem: 2.210", "16 Lê Duẩn", "0262.3852 237"]))

# ---------------------------------------------------------------- b676
PAGES.append(page(
"b676-cantho-xa-doithoai-lodotrac-2026",
"""
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LỊCH HỘI THƯỢNG - THÀNH PHỐ CẦN THƠ
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy
Cập nhật lúc 07:45, Thứ Hai 20/4/2026
Lãnh đạo xã trả lời dứt điểm kiến nghị về khói, mùi từ lò đốt rác
Đồng chí Thạch Sà Phon phát biểu tại buổi đối thoại.
Chiều 17/4, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng (thành phố Cần Thơ) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026. Đồng chí Thạch Sà Phon, Bí thư Đảng ủy xã chủ trì; hơn 200 người dân 3 ấp Nopol, Trà Sết, Tắc Gồng dự.
Nội dung được bà con quan tâm nhất là khói, mùi từ lò đốt rác tập trung của xã, ảnh hưởng khoảng 320 hộ, phần lớn là đồng bào Khmer và người Hoa. Ông Tăng Văn Kiệt, người dân ấp Trà Sết, phản ánh: "Chiều nào khói cũng bay vào nhà, trẻ con ho suốt". Đại đức Lâm Sa Vong, Phó Trụ trì chùa Prếk Tà Kol, cho biết khói ảnh hưởng đến sinh hoạt của 12 vị sư và các lớp học chữ Khmer của chùa.
Trả lời, bà Lâm Thị Bích Tuyền, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, thừa nhận lò đốt công suất 10 tấn/ngày đã xuống cấp, quá tải từ khi xã mới được thành lập trên cơ sở sáp nhập 3 xã. Xã đã đề nghị thành phố bố trí trên 4,5 tỷ đồng để lắp hệ thống xử lý khí thải; trong thời gian chờ, rác được chuyển bớt về khu xử lý của thành phố, giảm lượng đốt tại chỗ còn 6 tấn/ngày. Các đồng chí Phó Chủ tịch UBND xã: Trần Văn Lộc, Sơn Thị Ngọc Hân giải đáp thêm về việc trồng 1,2 km hàng cây xanh cách ly và kế hoạch quan trắc môi trường định kỳ.
Tại hội nghị, 34 ý kiến được trả lời trực tiếp. Đồng chí Thạch Sà Phon giao Ủy ban MTTQ Việt Nam xã giám sát việc thực hiện các cam kết, báo cáo Ban Thường vụ Đảng ủy trong 90 ngày; việc đối thoại thực hiện theo Quy chế 03-QC/ĐU và Kế hoạch 09-KH/ĐU của Ban Thường vụ Đảng ủy xã.
Được biết, năm 2025, xã Lịch Hội Thượng đã tổ chức 4 cuộc đối thoại chuyên đề, tiếp nhận 96 ý kiến, kiến nghị; đến nay đã giải quyết 91 ý kiến. Ông Lý Hoàng Sơn, Trưởng ban công tác Mặt trận ấp Nopol, cho biết ấp sẽ lập nhóm Zalo để bà con phản ánh ngay khi lò đốt có sự cố.
Ngọc Trâm (Văn phòng Đảng ủy xã)
Số lượt truy cập: 25.816
Tin khác
- Xã Lịch Hội Thượng ra quân làm sạch kênh rạch (10/04/2026)
- Lễ Chôl Chnăm Thmây năm 2026 tại chùa Prếk Tà Kol (14/04/2026)
- Ra mắt Tổ an ninh trật tự cơ sở ấp Tắc Gồng (02/04/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã quý I/2026 (31/03/2026)
Cơ quan quản lý: UBND xã Lịch Hội Thượng. Chịu trách nhiệm: Văn phòng HĐND - UBND xã. Địa chỉ: ấp Nopol, xã Lịch Hội Thượng, thành phố Cần Thơ. Điện thoại: 0299.3851 246
""",
"2026-04-20", "Lãnh đạo xã trả lời dứt điểm kiến nghị về khói, mùi từ lò đốt rác",
E("doi_thoai", "2026", "2026-04-17"),
[P("Thạch Sà Phon", "Bí thư Đảng ủy xã"),
 P("Tăng Văn Kiệt"),
 P("Lâm Sa Vong", "Đại đức", "Phó Trụ trì chùa Prếk Tà Kol"),
 P("Lâm Thị Bích Tuyền", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Văn Lộc", "Phó Chủ tịch UBND xã"),
 P("Sơn Thị Ngọc Hân", "Phó Chủ tịch UBND xã"),
 P("Lý Hoàng Sơn", "Trưởng ban công tác Mặt trận ấp Nopol")],
[Q("hơn 200 người dân", 200, "người dân", "over"),
 Q("3 ấp", 3, "ấp"),
 Q("khoảng 320 hộ", 320, "hộ", "approx"),
 Q("12 vị sư", 12, "vị sư"),
 Q("10 tấn/ngày", 10, "tấn"),
 Q("3 xã", 3, "xã"),
 Q("trên 4,5 tỷ đồng", 4500000000, "đồng", "over"),
 Q("6 tấn/ngày", 6, "tấn"),
 Q("1,2 km", 1.2, "km"),
 Q("34 ý kiến", 34, "ý kiến"),
 Q("4 cuộc đối thoại chuyên đề", 4, "cuộc đối thoại chuyên đề"),
 Q("96 ý kiến, kiến nghị", 96, "ý kiến, kiến nghị"),
 Q("91 ý kiến", 91, "ý kiến")],
[D("Quy chế", "03", "QC/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Quy chế 03-QC/ĐU"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 09-KH/ĐU")],
[prov("Cần Thơ"), com("Lịch Hội Thượng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LỊCH HỘI THƯỢNG - THÀNH PHỐ CẦN THƠ", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy",
 "Đồng chí Thạch Sà Phon phát biểu tại buổi đối thoại.", "Nopol", "Trà Sết", "Tắc Gồng", "Ngọc Trâm (Văn phòng Đảng ủy xã)",
 "Số lượt truy cập: 25.816"],
["Cập nhật lúc 07:45, Thứ Hai 20/4/2026", "năm 2026", "năm 2025", "90 ngày", "Số lượt truy cập: 25.816", "03-QC/ĐU", "09-KH/ĐU", "0299.3851 246"]))
