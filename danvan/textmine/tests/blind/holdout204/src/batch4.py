from lib import *
PAGES = []

PAGES.append(page("b4871-quangtri-huonghoa-taphuan-2024", """
TỈNH ĐOÀN QUẢNG TRỊ
Trang chủ › Tin tức - Sự kiện › Hoạt động cơ sở
Ngày đăng: 24/05/2024 06:00
Hướng Hóa: Bồi dưỡng kỹ năng cho 120 cán bộ Đoàn xã, chi đoàn thôn vùng biên
Trong 3 ngày từ 21 đến 23/5, Tỉnh đoàn Quảng Trị phối hợp với Huyện đoàn Hướng Hóa và Đoàn Thanh niên Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức lớp tập huấn nghiệp vụ công tác Đoàn và kỹ năng vận động thanh niên năm 2024 cho 120 cán bộ Đoàn xã, bí thư chi đoàn thôn, bản người Vân Kiều, Pa Kô tại các xã biên giới.
Học viên thực hành kỹ năng sinh hoạt chi đoàn tại bản Cu Dong. Ảnh: Minh Đức
Khai giảng lớp tập huấn có đồng chí Hồ Thị Mai Ly, Ủy viên Ban Thường vụ Trung ương Đoàn, Bí thư Tỉnh đoàn; Thượng tá Hồ Văn Dũng, Phó Chính ủy Bộ đội Biên phòng tỉnh; đồng chí Pả Xi Liêm, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Hướng Hóa.
Trong thời gian tập huấn, các học viên được TS. Lê Thị Thanh Hà, Phó Giám đốc Trường Chính trị Lê Duẩn và ThS. Trần Văn Thông, Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn truyền đạt các chuyên đề: kỹ năng tổ chức sinh hoạt chi đoàn theo chủ điểm; thực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức trong giai đoạn mới; kỹ năng nắm bắt dư luận, phòng chống tin giả trên mạng xã hội; hướng dẫn thanh niên tiếp cận vốn vay theo Nghị định số 28/2022/NĐ-CP của Chính phủ và Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Thượng tá Hồ Văn Dũng cho biết, thời gian qua các đồn biên phòng Thanh, Ba Tầng, A Dơi đã phối hợp với đoàn xã xây dựng 17 "Tổ thanh niên tự quản đường biên, mốc quốc giới", thu hút 214 đoàn viên người Vân Kiều, Pa Kô tham gia; vận động 36 thanh niên từ bỏ ma túy. Tuy nhiên, cán bộ đoàn xã vùng biên thường xuyên biến động, khoảng 40% bí thư chi đoàn thôn mới được bầu trong 2 năm gần đây, kinh nghiệm vận động quần chúng còn hạn chế.
Anh Hồ Văn Cường, Bí thư Đoàn xã Xy, chia sẻ: "Mỗi lần sinh hoạt chi đoàn phải nói bằng tiếng Vân Kiều, lồng vào giao lưu văn nghệ, bóng chuyền thì thanh niên mới đến đông". Chị Kăn Thị Pết, Bí thư Chi đoàn bản Cu Dong, xã Thanh, đề xuất mở thêm lớp học nghề đan lát, dệt thổ cẩm cho thanh niên nữ.
Kết thúc lớp học, Ban Tổ chức cấp giấy chứng nhận cho 118 học viên đạt yêu cầu, trong đó 23 học viên xếp loại giỏi. Tỉnh đoàn trao tặng 30 bộ tài liệu song ngữ Việt - Vân Kiều và 10 chiếc loa kéo cho các chi đoàn bản; mỗi học viên được hỗ trợ 150.000 đồng/ngày theo Kế hoạch số 278-KH/TĐTN-XDĐ của Ban Thường vụ Tỉnh đoàn.
Minh Đức
Lượt xem: 857
Tin liên quan
- Đakrông: thanh niên biên phòng giúp dân thu hoạch cà phê (10/05/2024)
- Ra mắt mô hình "Bản biên giới không có ma túy" (26/04/2024)
- Trao 50 suất học bổng cho học sinh Vân Kiều (15/04/2024)
""", "2024-05-24", "Hướng Hóa: Bồi dưỡng kỹ năng cho 120 cán bộ Đoàn xã, chi đoàn thôn vùng biên",
E("tap_huan", "2024", "2024-05-21"),
[P("Hồ Thị Mai Ly", "Ủy viên Ban Thường vụ Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Hồ Văn Dũng", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Pả Xi Liêm", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Lê Thị Thanh Hà", "TS.", "Phó Giám đốc Trường Chính trị Lê Duẩn"),
 P("Trần Văn Thông", "ThS.", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"),
 P("Hồ Văn Cường", "Bí thư Đoàn xã Xy"),
 P("Kăn Thị Pết", "Bí thư Chi đoàn bản Cu Dong")],
[Q("120 cán bộ Đoàn xã, chi đoàn thôn", 120, "cán bộ Đoàn xã, chi đoàn thôn"),
 Q('17 "Tổ thanh niên tự quản đường biên, mốc quốc giới"', 17, "Tổ thanh niên tự quản đường biên, mốc quốc giới"),
 Q("214 đoàn viên", 214, "đoàn viên"), Q("36 thanh niên", 36, "thanh niên"), Q("khoảng 40%", 40, "%", "approx"),
 Q("118 học viên", 118, "học viên"), Q("23 học viên", 23, "học viên"), Q("30 bộ tài liệu song ngữ Việt - Vân Kiều", 30, "bộ tài liệu song ngữ Việt - Vân Kiều"),
 Q("10 chiếc loa kéo", 10, "chiếc loa kéo"), Q("150.000 đồng", 150000, "đồng")],
[D("Nghị quyết", "45", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương Đảng khóa XIII", "Nghị quyết số 45-NQ/TW ngày 24/11/2023"),
 D("Nghị định", "28", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 28/2022/NĐ-CP"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "278", "KH/TĐTN-XDĐ", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 278-KH/TĐTN-XDĐ")],
[prov("Quảng Trị"), com("Xy"), com("Thanh")],
["TỈNH ĐOÀN QUẢNG TRỊ", "Trang chủ › Tin tức - Sự kiện › Hoạt động cơ sở", "Học viên thực hành kỹ năng sinh hoạt chi đoàn tại bản Cu Dong. Ảnh: Minh Đức",
 "Trường Chính trị Lê Duẩn", "Tổ thanh niên tự quản đường biên, mốc quốc giới", "Lượt xem: 857"],
["Ngày đăng: 24/05/2024 06:00", "3 ngày", "năm 2024", "khóa XIII", "2 năm", "Lượt xem: 857"]))

PAGES.append(page("b4872-yenbai-mucangchai-soket-2024", """
BÁO YÊN BÁI ĐIỆN TỬ
Xã hội > Thanh niên > Vùng cao
19/07/2024 | 15:40
Mù Cang Chải: Thanh niên người Mông "xung kích" trên những cung đường lên bản
YBĐT - Ngày 17/7, Huyện đoàn Mù Cang Chải (tỉnh Yên Bái) tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Dự hội nghị có đồng chí Hoàng Thị Thu Trang, Phó Bí thư Tỉnh đoàn; đồng chí Giàng A Dua, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện và 58 đồng chí bí thư, phó bí thư đoàn các xã, thị trấn, chi đoàn trực thuộc.
Đường bê tông lên bản Háng Cuổi do đoàn viên xã Chế Cu Nha làm trong Tháng Thanh niên.
6 tháng đầu năm 2024, tuổi trẻ huyện vùng cao Mù Cang Chải đã tham gia làm mới 9,7 km đường bê tông nông thôn, trong đó có 3,2 km "Đường thanh niên" lên bản Háng Cuổi, xã Chế Cu Nha; xây 2 cầu bê tông nhỏ và 1 cầu treo qua suối Nậm Kim ở xã Nậm Khắt với kinh phí gần 870 triệu đồng. Các cơ sở Đoàn hỗ trợ xóa 6 nhà tạm cho đoàn viên nghèo, mỗi nhà 40 triệu đồng theo Chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Thực hiện Nghị quyết số 12-NQ/HU ngày 15/3/2024 của Ban Chấp hành Đảng bộ huyện về phát triển du lịch cộng đồng và Kế hoạch 34, 35-KH/HĐ của Ban Thường vụ Huyện đoàn, đến nay trên địa bàn có 14 mô hình homestay do thanh niên người Mông làm chủ, thu hút khoảng 12.500 lượt khách; 5 tổ hợp tác dù lượn, trải nghiệm ruộng bậc thang với 46 thành viên. Hội đồng Đội huyện trao 350 suất học bổng "Thắp sáng ước mơ" cho học sinh các xã Lao Chải, Dế Xu Phình, Púng Luông, mỗi suất 500.000 đồng.
Chi đoàn Ban Chỉ huy Quân sự huyện phối hợp với đoàn các xã tổ chức 8 đợt "Hành quân xanh" giúp dân trồng 15 ha quế, sơn nhà văn hóa bản; vận động 27 thanh niên hoàn thành hồ sơ đăng ký nghĩa vụ quân sự.
Tại hội nghị, anh Sùng A Lử, Bí thư Đoàn xã Dế Xu Phình, chia sẻ kinh nghiệm đưa thanh niên đi học nghề, làm việc tại các khu công nghiệp ở tỉnh Bắc Ninh; chị Hờ Thị Chu, vừa được tín nhiệm giữ chức Bí thư Đoàn xã Lao Chải, đề nghị tập huấn kỹ năng quảng bá du lịch qua mạng xã hội. Đồng chí Lù Thị Mỷ, UVBCH Tỉnh đoàn, Bí thư Huyện đoàn Mù Cang Chải nêu hạn chế: còn 19% chi đoàn bản sinh hoạt không thường xuyên, tỷ lệ thanh niên tảo hôn ở một số bản còn cao.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Thu Trang đề nghị 6 tháng cuối năm Huyện đoàn tập trung thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy, tổ chức ít nhất 2 phiên tư vấn việc làm, phấn đấu kết nạp 420 đoàn viên mới.
Thu Hà
Lượt đọc: 1.288
Tin liên quan
- Trạm Tấu: ra quân chiến dịch Thanh niên tình nguyện hè (25/06/2024)
- Trao 200 suất quà cho thiếu nhi Mù Cang Chải (01/06/2024)
- Văn Chấn: thanh niên khởi nghiệp với cây chè Shan tuyết (20/05/2024)
""", "2024-07-19", 'Mù Cang Chải: Thanh niên người Mông "xung kích" trên những cung đường lên bản',
E("so_ket", "2024-H1", "2024-07-17"),
[P("Hoàng Thị Thu Trang", "Phó Bí thư Tỉnh đoàn"),
 P("Giàng A Dua", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Sùng A Lử", "Bí thư Đoàn xã Dế Xu Phình"),
 P("Hờ Thị Chu", "Bí thư Đoàn xã Lao Chải"),
 P("Lù Thị Mỷ", "UVBCH Tỉnh đoàn", "Bí thư Huyện đoàn Mù Cang Chải")],
[Q("58 đồng chí", 58, "đồng chí"), Q("9,7 km", 9.7, "km"), Q("3,2 km", 3.2, "km"), Q("2 cầu bê tông nhỏ", 2, "cầu bê tông nhỏ"),
 Q("1 cầu treo", 1, "cầu treo"), Q("gần 870 triệu đồng", 870000000, "đồng", "approx"), Q("6 nhà tạm", 6, "nhà tạm"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("14 mô hình homestay", 14, "mô hình homestay"), Q("khoảng 12.500 lượt khách", 12500, "lượt khách", "approx"),
 Q("5 tổ hợp tác dù lượn, trải nghiệm ruộng bậc thang", 5, "tổ hợp tác dù lượn, trải nghiệm ruộng bậc thang"), Q("46 thành viên", 46, "thành viên"),
 Q("350 suất học bổng", 350, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"), Q("8 đợt", 8, "đợt"), Q("15 ha", 15, "ha"),
 Q("27 thanh niên", 27, "thanh niên"), Q("19%", 19, "%"), Q("ít nhất 2 phiên tư vấn việc làm", 2, "phiên tư vấn việc làm", "over"),
 Q("420 đoàn viên mới", 420, "đoàn viên mới")],
[D("Nghị quyết", "12", "NQ/HU", "2024-03-15", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 12-NQ/HU ngày 15/3/2024"),
 D("Kế hoạch", "34", "KH/HĐ", None, "Ban Thường vụ Huyện đoàn", "Kế hoạch 34, 35-KH/HĐ"),
 D("Kế hoạch", "35", "KH/HĐ", None, "Ban Thường vụ Huyện đoàn", "Kế hoạch 34, 35-KH/HĐ"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU")],
[prov("Yên Bái"), com("Chế Cu Nha"), com("Nậm Khắt"), com("Lao Chải"), com("Dế Xu Phình"), com("Púng Luông"), prov("Bắc Ninh")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Xã hội > Thanh niên > Vùng cao", "YBĐT", "Đường bê tông lên bản Háng Cuổi do đoàn viên xã Chế Cu Nha làm trong Tháng Thanh niên.",
 "Đường thanh niên", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Thắp sáng ước mơ", "Hành quân xanh", "Lượt đọc: 1.288"],
["19/07/2024 | 15:40", "58 đồng chí", "6 tháng đầu năm", "6 tháng cuối năm 2024", "6 tháng đầu năm 2024", "6 tháng cuối năm", "Lượt đọc: 1.288"]))

PAGES.append(page("b4873-tuyenquang-tinhdoan-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 19/12/2025, 16:30
Ảnh: Đồng chí Vàng Thị Mai phát biểu chỉ đạo hội nghị.
Tuổi trẻ Tuyên Quang hoàn thành 27/27 chỉ tiêu trong năm đầu hợp nhất
Ngày 17/12, Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025, triển khai nhiệm vụ năm 2026 - năm đầu tiên tổng kết sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang, vận hành chính quyền địa phương hai cấp.
Dự hội nghị có đồng chí Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Minh Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn chủ trì. Cùng dự có các đồng chí Phó Bí thư Tỉnh đoàn: Lò Thị Hằng, Hoàng Văn Pháo, Sùng Mí Dế.
Năm 2025, dù phải vừa kiện toàn tổ chức, vừa triển khai nhiệm vụ, các cấp bộ Đoàn trong tỉnh đã hoàn thành 27/27 chỉ tiêu, trong đó 8 chỉ tiêu vượt kế hoạch. Sau sắp xếp, toàn tỉnh có 124 đoàn xã, phường và 36 đoàn cơ sở trực thuộc với hơn 112.000 đoàn viên. Chiến dịch Thanh niên tình nguyện hè thu hút trên 45.000 lượt đoàn viên tham gia, làm mới 63 km đường giao thông, 11 cầu dân sinh ở các xã vùng cao núi đá như Lũng Cú, Sơn Vĩ, Mậu Duệ; trao 2.600 suất học bổng và xây dựng 21 "Nhà khăn quàng đỏ" với tổng trị giá gần 4,7 tỷ đồng.
Thực hiện Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư và Hướng dẫn 51, 52-HD/TĐTN của Ban Thường vụ Tỉnh đoàn, công tác hỗ trợ thanh niên khởi nghiệp được đẩy mạnh: 47 dự án khởi nghiệp được hỗ trợ, 14 sản phẩm OCOP của thanh niên; quản lý nguồn vốn ủy thác 1.260 tỷ đồng với 33.400 hộ vay. Đồn Biên phòng Lũng Cú cùng Đoàn xã Lũng Cú duy trì mô hình "Cột cờ Tổ quốc nơi địa đầu" với 42 đoàn viên người Lô Lô, Mông tham gia bảo vệ cột mốc, tuyên truyền chống xuất cảnh trái phép.
Tại hội nghị, anh Thào Mí Sính, Bí thư Đoàn xã Sơn Vĩ, chia sẻ cách tổ chức sinh hoạt chi đoàn liên thôn khi địa bàn xã sau sáp nhập rộng gấp 3 lần; chị Ma Thị Huyền, Bí thư Đoàn phường Minh Xuân, giới thiệu ứng dụng "Sổ tay đoàn viên điện tử" đã được 92% đoàn viên sử dụng.
Phát biểu chỉ đạo, đồng chí Vàng Thị Mai đề nghị năm 2026 tuổi trẻ toàn tỉnh quán triệt Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị, thực hiện Chương trình hành động số 05-CTr/TU của Tỉnh ủy về chuyển đổi số; phấn đấu thành lập mới ít nhất 20 hợp tác xã thanh niên, kết nạp 6.500 đoàn viên mới.
Dịp này, Tỉnh đoàn trao Bằng khen cho 32 tập thể, 75 cá nhân xuất sắc; trao 50 triệu đồng hỗ trợ Đoàn xã Mậu Duệ làm sân chơi cho thiếu nhi.
Thu Phương - Sùng Páo
Lượt xem: 2.109
Tin liên quan
- Tỉnh đoàn Tuyên Quang ra mắt Ban Chấp hành sau hợp nhất (15/07/2025)
- 200 đoàn viên ra quân "Tháng Thanh niên biên giới" (03/2025)
- Trao 100 suất quà cho học sinh xã Mèo Vạc (10/11/2025)
""", "2025-12-19", "Tuổi trẻ Tuyên Quang hoàn thành 27/27 chỉ tiêu trong năm đầu hợp nhất",
E("tong_ket", "2025", "2025-12-17"),
[P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Minh Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Lò Thị Hằng", "Phó Bí thư Tỉnh đoàn"), P("Hoàng Văn Pháo", "Phó Bí thư Tỉnh đoàn"), P("Sùng Mí Dế", "Phó Bí thư Tỉnh đoàn"),
 P("Thào Mí Sính", "Bí thư Đoàn xã Sơn Vĩ"),
 P("Ma Thị Huyền", "Bí thư Đoàn phường Minh Xuân")],
[Q("27/27 chỉ tiêu", 27, "chỉ tiêu"), Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("124 đoàn xã, phường", 124, "đoàn xã, phường"),
 Q("36 đoàn cơ sở trực thuộc", 36, "đoàn cơ sở trực thuộc"), Q("hơn 112.000 đoàn viên", 112000, "đoàn viên", "over"),
 Q("trên 45.000 lượt đoàn viên", 45000, "lượt đoàn viên", "over"), Q("63 km", 63, "km"), Q("11 cầu dân sinh", 11, "cầu dân sinh"),
 Q("2.600 suất học bổng", 2600, "suất học bổng"), Q('21 "Nhà khăn quàng đỏ"', 21, "Nhà khăn quàng đỏ"), Q("gần 4,7 tỷ đồng", 4700000000, "đồng", "approx"),
 Q("47 dự án khởi nghiệp", 47, "dự án khởi nghiệp"), Q("14 sản phẩm OCOP", 14, "sản phẩm OCOP"), Q("1.260 tỷ đồng", 1260000000000, "đồng"),
 Q("33.400 hộ", 33400, "hộ"), Q("42 đoàn viên", 42, "đoàn viên"), Q("92%", 92, "%"),
 Q("ít nhất 20 hợp tác xã thanh niên", 20, "hợp tác xã thanh niên", "over"), Q("6.500 đoàn viên mới", 6500, "đoàn viên mới"),
 Q("32 tập thể", 32, "tập thể"), Q("75 cá nhân xuất sắc", 75, "cá nhân xuất sắc"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW"),
 D("Hướng dẫn", "51", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 51, 52-HD/TĐTN"),
 D("Hướng dẫn", "52", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 51, 52-HD/TĐTN"),
 D("Nghị quyết", "66", "NQ/TW", "2025-04-30", "Bộ Chính trị", "Nghị quyết số 66-NQ/TW ngày 30/4/2025"),
 D("Chương trình hành động", "05", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 05-CTr/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Sơn Vĩ"), com("Mậu Duệ"), com("Minh Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Chính trị > Mặt trận - Đoàn thể", "Ảnh: Đồng chí Vàng Thị Mai phát biểu chỉ đạo hội nghị.",
 "Cột cờ Tổ quốc nơi địa đầu", "Sổ tay đoàn viên điện tử", "Nhà khăn quàng đỏ", "OCOP", "Lượt xem: 2.109"],
["Thứ Sáu, 19/12/2025, 16:30", "năm 2025", "năm 2026", "Năm 2025", "3 lần", "Lượt xem: 2.109"]))

PAGES.append(page("b4874-angiang-phuquoc-traoqua-2025", """
ĐẶC KHU PHÚ QUỐC - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức - Sự kiện | Mặt trận và các đoàn thể
Đăng lúc: 10:15 AM, 22/08/2025
Tuổi trẻ Hải quân và thanh niên đặc khu Phú Quốc trao 2 "Nhà đồng đội", 150 suất học bổng cho con ngư dân
Ngày 20/8, Đoàn Thanh niên đặc khu Phú Quốc phối hợp với Đoàn Thanh niên Vùng 5 Hải quân, Đoàn Thanh niên Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang tổ chức chương trình "Tuổi trẻ vì biển, đảo quê hương" năm 2025, trao 2 "Nhà đồng đội" và 150 suất học bổng cho học sinh là con ngư dân, con quân nhân có hoàn cảnh khó khăn trên địa bàn.
Đại diện các đơn vị trao học bổng cho học sinh. Ảnh: Trúc Linh
Dự chương trình có đồng chí Trần Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn An Giang; Đại tá Danh Thanh Bình, Phó Chính ủy Vùng 5 Hải quân; đồng chí Lê Quốc Huy, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND đặc khu Phú Quốc; đồng chí Châu Thị Kim Tuyến, Bí thư Đoàn Thanh niên đặc khu Phú Quốc.
Hai căn "Nhà đồng đội" được xây dựng cho gia đình Thượng sĩ Nguyễn Văn Lực ở khu phố Hàm Ninh và gia đình Trung sĩ Lâm Minh Hậu ở khu phố Rạch Vẹm, mỗi căn trị giá 100 triệu đồng, do đoàn viên thanh niên Vùng 5 Hải quân đóng góp và góp 240 ngày công xây dựng. 150 suất học bổng, mỗi suất gồm 1,5 triệu đồng và 1 bộ sách giáo khoa, được trao cho học sinh các trường trên địa bàn đặc khu Phú Quốc và đặc khu Thổ Châu; tổng trị giá chương trình khoảng 470 triệu đồng.
Theo đồng chí Châu Thị Kim Tuyến, từ ngày 1/7/2025, sau khi sắp xếp đơn vị hành chính theo Nghị quyết số 1667/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, Đoàn Thanh niên đặc khu Phú Quốc có 38 chi đoàn với 2.140 đoàn viên. Thực hiện Kế hoạch số 12-KH/ĐTN của Ban Thường vụ Đoàn đặc khu và Quyết định số 759/QĐ-TTg của Thủ tướng Chính phủ, từ đầu năm Đoàn Thanh niên đã thực hiện 16 công trình, phần việc thanh niên trị giá trên 1,2 tỷ đồng; tổ chức 9 đợt "Ngày Chủ nhật xanh" thu gom khoảng 18 tấn rác trên các bãi biển.
Đại tá Danh Thanh Bình cho biết, chương trình kết nghĩa "Chi đoàn tàu - chi đoàn khu phố" giữa 12 chi đoàn tàu Hải quân và chi đoàn các khu phố ven biển đang được duy trì; mỗi năm cán bộ, chiến sĩ trẻ Vùng 5 nhận đỡ đầu ít nhất 20 học sinh theo chương trình "Nâng bước em đến trường".
Nhận nhà mới, Thượng sĩ Nguyễn Văn Lực xúc động: "Gia đình tôi ở nhà tạm hơn 10 năm, nay có nhà kiên cố, tôi yên tâm bám biển, làm nhiệm vụ".
Dịp này, Đoàn Thanh niên Bộ Chỉ huy Bộ đội Biên phòng tỉnh tặng 30 áo phao, 20 túi thuốc cho ngư dân trẻ; Ban Tổ chức trao 10 xe đạp cho học sinh đặc khu Thổ Châu.
Trúc Linh
Lượt xem: 968
Tin liên quan
- Đặc khu Phú Quốc ra mắt Ban Chấp hành Đoàn Thanh niên lâm thời (10/07/2025)
- Tuổi trẻ Thổ Châu với biển đảo quê hương (28/06/2025)
- 300 đoàn viên ra quân chiến dịch hè (15/06/2025)
""", "2025-08-22", 'Tuổi trẻ Hải quân và thanh niên đặc khu Phú Quốc trao 2 "Nhà đồng đội", 150 suất học bổng cho con ngư dân',
E("trao_qua", None, "2025-08-20"),
[P("Trần Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn An Giang"),
 P("Danh Thanh Bình", "Đại tá", "Phó Chính ủy Vùng 5 Hải quân"),
 P("Lê Quốc Huy", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch UBND đặc khu Phú Quốc"),
 P("Châu Thị Kim Tuyến", "Bí thư Đoàn Thanh niên đặc khu Phú Quốc"),
 P("Nguyễn Văn Lực", "Thượng sĩ"),
 P("Lâm Minh Hậu", "Trung sĩ")],
[Q('2 "Nhà đồng đội"', 2, "Nhà đồng đội"), Q("150 suất học bổng", 150, "suất học bổng"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("240 ngày công", 240, "ngày công"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("khoảng 470 triệu đồng", 470000000, "đồng", "approx"),
 Q("38 chi đoàn", 38, "chi đoàn"), Q("2.140 đoàn viên", 2140, "đoàn viên"), Q("16 công trình, phần việc thanh niên", 16, "công trình, phần việc thanh niên"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("9 đợt", 9, "đợt"), Q("khoảng 18 tấn", 18, "tấn", "approx"),
 Q("12 chi đoàn tàu Hải quân", 12, "chi đoàn tàu Hải quân"), Q("ít nhất 20 học sinh", 20, "học sinh", "over"),
 Q("30 áo phao", 30, "áo phao"), Q("20 túi thuốc", 20, "túi thuốc"), Q("10 xe đạp", 10, "xe đạp")],
[D("Nghị quyết", "1667", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1667/NQ-UBTVQH15"),
 D("Kế hoạch", "12", "KH/ĐTN", None, "Ban Thường vụ Đoàn đặc khu", "Kế hoạch số 12-KH/ĐTN"),
 D("Quyết định", "759", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 759/QĐ-TTg")],
[prov("An Giang"), com("Phú Quốc"), com("Thổ Châu")],
["ĐẶC KHU PHÚ QUỐC - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ | Tin tức - Sự kiện | Mặt trận và các đoàn thể", "Đại diện các đơn vị trao học bổng cho học sinh. Ảnh: Trúc Linh",
 "Tuổi trẻ vì biển, đảo quê hương", "Nhà đồng đội", "Ngày Chủ nhật xanh", "Chi đoàn tàu - chi đoàn khu phố", "Nâng bước em đến trường", "Vùng 5 Hải quân", "Lượt xem: 968"],
["Đăng lúc: 10:15 AM, 22/08/2025", "năm 2025", "1/7/2025", "1 bộ sách giáo khoa", "hơn 10 năm", "Vùng 5", "Lượt xem: 968"]))

PAGES.append(page("b4875-lamdong-doithoai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Hôm nay: Thứ Bảy, 28/03/2026
Tin tức > Hoạt động lãnh đạo tỉnh
Cập nhật 27/03/2026 08:05
Chủ tịch UBND tỉnh đối thoại với 500 đoàn viên, thanh niên
Chiều 26/3, nhân kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, UBND tỉnh Lâm Đồng phối hợp với Ban Thường vụ Tỉnh đoàn tổ chức chương trình đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2026, chủ đề "Thanh niên Lâm Đồng - khát vọng cao nguyên và biển đảo". Chương trình được kết nối trực tuyến đến 124 điểm cầu xã, phường, đặc khu với gần 500 đoàn viên, thanh niên tại điểm cầu chính.
Quang cảnh buổi đối thoại tại điểm cầu tỉnh. Ảnh: Duy Khánh
Tham gia đối thoại có đồng chí Trương Quang Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí Phó Chủ tịch UBND tỉnh: Lê Thị Thu Thảo, Y Kiêm Bkrông; đồng chí K'Nhân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn; Thượng tá Điểu Phương, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh cùng lãnh đạo các sở, ngành.
Trong hơn 3 giờ, 31 ý kiến đã được thanh niên nêu trực tiếp, 67 câu hỏi gửi qua nền tảng số. Anh Điểu Thanh Sơn, Bí thư Đoàn xã Quảng Trực, hỏi về cơ chế giao đất, giao rừng cho 25 hộ thanh niên người M'nông ở vùng biên giới; chị Ka Thị Diệp, Giám đốc Hợp tác xã Thanh niên cà phê Lạc Dương, kiến nghị hỗ trợ chứng nhận sản phẩm cà phê đặc sản; anh Trần Văn Nhân, Bí thư Đoàn đặc khu Phú Quý, đề xuất vốn vay đóng tàu composite cho ngư dân trẻ; Thiếu úy Y Thuận Byă, Bí thư Chi đoàn Đồn Biên phòng Bu Prăng, chia sẻ mô hình "Mỗi chiến sĩ biên phòng một đoàn viên bon làng".
Trả lời các ý kiến, đồng chí Trương Quang Vinh cho biết tỉnh đang triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân; trong năm 2026 sẽ dành khoảng 30 tỷ đồng cho Quỹ hỗ trợ thanh niên khởi nghiệp, ưu tiên tối thiểu 40% cho thanh niên dân tộc thiểu số và vùng biển đảo. UBND tỉnh giao Sở Nông nghiệp và Môi trường rà soát đất sản xuất tại xã Quảng Trực, báo cáo trước ngày 30/6/2026; giao Ngân hàng Chính sách xã hội tỉnh nâng mức cho vay tối đa lên 100 triệu đồng/dự án theo Quyết định số 12/2026/QĐ-UBND.
Đồng chí Y Kiêm Bkrông thông tin, tỉnh hiện có 1.286 tổ hợp tác, 214 hợp tác xã do thanh niên làm chủ hoặc tham gia; 86% xã vùng đồng bào đã có mô hình thanh niên phát triển kinh tế. Đồng chí K'Nhân cam kết Tỉnh đoàn sẽ tổng hợp, trả lời bằng văn bản 100% ý kiến chưa được giải đáp.
Kết thúc đối thoại, Chủ tịch UBND tỉnh trao 20 suất hỗ trợ khởi nghiệp, mỗi suất 30 triệu đồng, cho các dự án của thanh niên tiêu biểu.
Duy Khánh
Lượt xem: 3.572
Tin liên quan
- Lâm Đồng: tuyên dương 95 "Thanh niên tiên tiến làm theo lời Bác" (25/03/2026)
- Tuổi trẻ Phú Quý ra quân Tháng Thanh niên 2026 (02/03/2026)
- Trao 200 suất quà Tết cho đoàn viên biên giới (05/02/2026)
""", "2026-03-27", "Chủ tịch UBND tỉnh đối thoại với 500 đoàn viên, thanh niên",
E("doi_thoai", "2026", "2026-03-26"),
[P("Trương Quang Vinh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Thị Thu Thảo", "Phó Chủ tịch UBND tỉnh"), P("Y Kiêm Bkrông", "Phó Chủ tịch UBND tỉnh"),
 P("K'Nhân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Điểu Phương", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Điểu Thanh Sơn", "Bí thư Đoàn xã Quảng Trực"),
 P("Ka Thị Diệp", "Giám đốc Hợp tác xã Thanh niên cà phê Lạc Dương"),
 P("Trần Văn Nhân", "Bí thư Đoàn đặc khu Phú Quý"),
 P("Y Thuận Byă", "Thiếu úy", "Bí thư Chi đoàn Đồn Biên phòng Bu Prăng")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("gần 500 đoàn viên, thanh niên", 500, "đoàn viên, thanh niên", "approx"),
 Q("31 ý kiến", 31, "ý kiến"), Q("67 câu hỏi", 67, "câu hỏi"), Q("25 hộ thanh niên", 25, "hộ thanh niên"),
 Q("khoảng 30 tỷ đồng", 30000000000, "đồng", "approx"), Q("tối thiểu 40%", 40, "%"), Q("tối đa lên 100 triệu đồng", 100000000, "đồng"),
 Q("1.286 tổ hợp tác", 1286, "tổ hợp tác"), Q("214 hợp tác xã", 214, "hợp tác xã"), Q("86%", 86, "%"), Q("100%", 100, "%"),
 Q("20 suất hỗ trợ khởi nghiệp", 20, "suất hỗ trợ khởi nghiệp"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Nghị quyết", "68", "NQ/TW", None, None, "Nghị quyết số 68-NQ/TW"),
 D("Quyết định", "12", "2026/QĐ-UBND", None, None, "Quyết định số 12/2026/QĐ-UBND")],
[prov("Lâm Đồng"), com("Quảng Trực"), com("Phú Quý")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG", "Hôm nay: Thứ Bảy, 28/03/2026", "Tin tức > Hoạt động lãnh đạo tỉnh", "Quang cảnh buổi đối thoại tại điểm cầu tỉnh. Ảnh: Duy Khánh",
 "Thanh niên Lâm Đồng - khát vọng cao nguyên và biển đảo", "Mỗi chiến sĩ biên phòng một đoàn viên bon làng", "Quỹ hỗ trợ thanh niên khởi nghiệp", "Lượt xem: 3.572"],
["Hôm nay: Thứ Bảy, 28/03/2026", "Cập nhật 27/03/2026 08:05", "95 năm", "năm 2026", "hơn 3 giờ", "30/6/2026", "Lượt xem: 3.572"]))

PAGES.append(page("b4876-quangngai-tinhdoan-giaoban-2026", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể
T6, 10/04/2026 - 17:45
Toàn cảnh buổi giao ban. Ảnh: PV
Đưa sinh hoạt Đoàn về tận làng xa, đảo nhỏ
(Báo Quảng Ngãi) - Ngày 8/4, Ban Thường vụ Tỉnh đoàn Quảng Ngãi tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi quý I năm 2026, trực tuyến đến 96 điểm cầu xã, phường, đặc khu. Đồng chí Nguyễn Thị Thanh Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn và đồng chí A Khuê, Phó Bí thư Thường trực Tỉnh đoàn chủ trì.
Báo cáo tại buổi giao ban cho biết, quý I, các cơ sở Đoàn đã tổ chức Tháng Thanh niên với 318 công trình, phần việc thanh niên, tổng trị giá hơn 5,2 tỷ đồng. Tại khu vực phía tây tỉnh (địa bàn tỉnh Kon Tum trước đây), tuổi trẻ các xã Bờ Y, Đăk Long, Mô Rai phối hợp với các đồn biên phòng sửa 14 km đường vào làng, làm 4 cầu tạm bằng gỗ, vận động 41 thanh niên người Xơ Đăng, Giẻ Triêng, Brâu tham gia tổ tự quản đường biên, cột mốc. Đặc khu Lý Sơn ra mắt 2 "Tổ thanh niên bám biển" với 26 đoàn viên ngư dân trẻ.
Công tác thiếu nhi có nhiều hoạt động: Hội đồng Đội tỉnh trao 1.500 suất học bổng, trong đó 600 suất cho học sinh bán trú các xã vùng cao; 35 "Nhà khăn quàng đỏ" đang được xây dựng, mỗi căn 60 triệu đồng. Tỉnh đoàn đã kết nạp 2.870 đoàn viên mới, đạt 41% chỉ tiêu năm; giới thiệu 512 đoàn viên ưu tú cho Đảng xem xét kết nạp.
Tại buổi giao ban, chị Y Thị Hồng Nhung, Bí thư Đoàn xã Mô Rai, cho biết xã sau hợp nhất rộng hơn 580 km2, có làng cách trung tâm xã trên 40 km nên phải tổ chức sinh hoạt theo cụm; Đại úy A Rưn, Bí thư Chi đoàn Đồn Biên phòng Mô Rai, đề xuất duy trì "Lớp học tình thương" cho 22 em học sinh người Rơ Măm. Anh Võ Hoàng Phúc, Bí thư Đoàn đặc khu Lý Sơn, kiến nghị tăng số suất học bổng cho con ngư dân.
Kết luận buổi giao ban, đồng chí Nguyễn Thị Thanh Tâm đề nghị quý II các cơ sở Đoàn tiếp tục thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ; Kế hoạch số 09-KH/TĐTN và Kế hoạch số 10-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về Chiến dịch Thanh niên tình nguyện hè năm 2026; chuẩn bị tốt đợt trao 300 suất quà cho thiếu nhi vùng biên dịp 1/6. Đồng chí A Khuê lưu ý mỗi đoàn xã vùng cao phải có ít nhất 1 mô hình hỗ trợ thanh niên phát triển kinh tế gắn với Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg.
Kim Thoa
Lượt xem: 1.015
Tin liên quan
- Tỉnh đoàn tuyên dương 50 "Gương mặt trẻ tiêu biểu" năm 2025 (26/03/2026)
- Lý Sơn: ra quân "Ngày Chủ nhật xanh" (15/03/2026)
- Đăk Tô: khởi công "Nhà khăn quàng đỏ" (03/03/2026)
""", "2026-04-10", "Đưa sinh hoạt Đoàn về tận làng xa, đảo nhỏ",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Nguyễn Thị Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("A Khuê", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Y Thị Hồng Nhung", "Bí thư Đoàn xã Mô Rai"),
 P("A Rưn", "Đại úy", "Bí thư Chi đoàn Đồn Biên phòng Mô Rai"),
 P("Võ Hoàng Phúc", "Bí thư Đoàn đặc khu Lý Sơn")],
[Q("96 điểm cầu xã, phường, đặc khu", 96, "điểm cầu xã, phường, đặc khu"), Q("318 công trình, phần việc thanh niên", 318, "công trình, phần việc thanh niên"),
 Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("14 km", 14, "km"), Q("4 cầu tạm", 4, "cầu tạm"), Q("41 thanh niên", 41, "thanh niên"),
 Q('2 "Tổ thanh niên bám biển"', 2, "Tổ thanh niên bám biển"), Q("26 đoàn viên ngư dân trẻ", 26, "đoàn viên ngư dân trẻ"),
 Q("1.500 suất học bổng", 1500, "suất học bổng"), Q("600 suất", 600, "suất"), Q('35 "Nhà khăn quàng đỏ"', 35, "Nhà khăn quàng đỏ"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("2.870 đoàn viên mới", 2870, "đoàn viên mới"), Q("41%", 41, "%"), Q("512 đoàn viên ưu tú", 512, "đoàn viên ưu tú"),
 Q("hơn 580 km2", 580, "km2", "over"), Q("trên 40 km", 40, "km", "over"), Q("22 em học sinh", 22, "em học sinh"), Q("300 suất quà", 300, "suất quà")],
[D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015"),
 D("Kế hoạch", "09", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 09-KH/TĐTN"),
 D("Kế hoạch", "10", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 10-KH/TĐTN"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Bờ Y"), com("Đăk Long"), com("Mô Rai"), com("Lý Sơn")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "Toàn cảnh buổi giao ban. Ảnh: PV", "(Báo Quảng Ngãi)",
 "Tổ thanh niên bám biển", "Nhà khăn quàng đỏ", "Lớp học tình thương", "Tháng Thanh niên", "Lượt xem: 1.015"],
["T6, 10/04/2026 - 17:45", "quý I năm 2026", "quý I", "quý II", "năm 2026", "1/6", "1 mô hình", "Lượt xem: 1.015"]))
