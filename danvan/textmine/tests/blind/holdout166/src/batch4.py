from lib import *
PAGES = []

PAGES.append(page("b3959-thaibinh-bdv-tongket-2025", """
BÁO THÁI BÌNH ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Dân vận
Thứ Sáu, 10/01/2025 - 07:55
Ảnh: Lãnh đạo tỉnh trao Bằng khen cho các tập thể.
Biểu dương 50 tập thể, cá nhân có thành tích xuất sắc trong công tác dân vận
Ngày 8/1, Ban Dân vận Tỉnh ủy Thái Bình tổ chức hội nghị tổng kết công tác dân vận năm 2024 và phong trào thi đua "Dân vận khéo", triển khai nhiệm vụ năm 2025. Đồng chí Nguyễn Khắc Thuận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và chỉ đạo; đồng chí Phạm Thị Thùy Linh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Năm 2024, Ban Dân vận các cấp đã tham mưu cấp ủy tổ chức 864 cuộc tiếp xúc, đối thoại trực tiếp giữa người đứng đầu với nhân dân; tiếp nhận, giải quyết 412 kiến nghị, đạt 97,4%. Toàn tỉnh có 2.315 mô hình "Dân vận khéo", trong đó 186 mô hình tiêu biểu cấp huyện, 42 mô hình tiêu biểu cấp tỉnh. Nhân dân đã hiến 54.700 m2 đất, đóng góp 68.200 ngày công và trên 126 tỷ đồng xây dựng nông thôn mới kiểu mẫu; vận động hỗ trợ xóa 1.148 nhà tạm, nhà dột nát, mỗi căn 50 triệu đồng.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 291-KH/TU về thực hiện Kết luận 120-KL/TW ngày 07/01/2022 của Ban Bí thư và Chỉ thị số 21-CT/TU ngày 15/4/2024 về phát huy vai trò người dân trong xây dựng nông thôn mới; tổng kết 10 năm thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị.
Trong số điển hình được biểu dương có các đồng chí Bí thư Chi bộ thôn: Bùi Văn Thiêm (thôn Đông, xã Vũ Lạc), Đặng Thị Nhung (thôn Tân Hưng, xã Thụy Trình), Trần Văn Toại (thôn 3, xã Nam Hưng) đã vận động 218 hộ hiến 8.600 m2 đất làm đường. Linh mục Phêrô Nguyễn Văn Khanh, Chánh xứ giáo xứ Thanh Châu, xã Thanh Tân, vận động giáo dân góp 1,8 tỷ đồng và 2.400 ngày công làm đường liên thôn.
Hội nghị chỉ ra một số hạn chế: tiến độ giải phóng mặt bằng một số dự án còn chậm; việc tiếp công dân định kỳ của người đứng đầu ở một số xã chưa nghiêm; một số mô hình đăng ký còn trùng lặp, thiếu sức lan tỏa.
Phát biểu chỉ đạo, đồng chí Nguyễn Khắc Thuận đề nghị năm 2025 công tác dân vận tập trung vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính, tinh gọn tổ chức bộ máy; chuẩn bị tốt đại hội đảng bộ các cấp.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể và 30 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2024; mỗi tập thể được thưởng 3 triệu đồng, mỗi cá nhân 1,5 triệu đồng.
Nguyễn Thoa
Lượt xem: 3.412
Tin liên quan
- Kiến Xương: 20 mô hình dân vận khéo tiêu biểu (02/01/2025)
- Trao 1.000 suất quà Tết cho hộ nghèo (27/12/2024)
- Hội nghị giao ban khối dân vận quý IV/2024 (20/12/2024)
""", "2025-01-10", "Biểu dương 50 tập thể, cá nhân có thành tích xuất sắc trong công tác dân vận",
E("tong_ket", "2024", "2025-01-08"),
[P("Nguyễn Khắc Thuận", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Phạm Thị Thùy Linh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Thiêm", "Bí thư Chi bộ thôn"), P("Đặng Thị Nhung", "Bí thư Chi bộ thôn"), P("Trần Văn Toại", "Bí thư Chi bộ thôn"),
 P("Phêrô Nguyễn Văn Khanh", "Linh mục", "Chánh xứ giáo xứ Thanh Châu")],
[Q("50 tập thể, cá nhân", 50, "tập thể, cá nhân"), Q("864 cuộc tiếp xúc, đối thoại", 864, "cuộc tiếp xúc, đối thoại"),
 Q("412 kiến nghị", 412, "kiến nghị"), Q("97,4%", 97.4, "%"), Q("2.315 mô hình", 2315, "mô hình"),
 Q("186 mô hình tiêu biểu cấp huyện", 186, "mô hình tiêu biểu cấp huyện"), Q("42 mô hình tiêu biểu cấp tỉnh", 42, "mô hình tiêu biểu cấp tỉnh"),
 Q("54.700 m2", 54700, "m2"), Q("68.200 ngày công", 68200, "ngày công"), Q("trên 126 tỷ đồng", 126000000000, "đồng", "over"),
 Q("1.148 nhà tạm, nhà dột nát", 1148, "nhà tạm, nhà dột nát"), Q("50 triệu đồng", 50000000, "đồng"), Q("218 hộ", 218, "hộ"), Q("8.600 m2", 8600, "m2"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("2.400 ngày công", 2400, "ngày công"), Q("20 tập thể", 20, "tập thể"),
 Q("30 cá nhân", 30, "cá nhân"), Q("3 triệu đồng", 3000000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kế hoạch", "291", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 291-KH/TU"),
 D("Kết luận", "120", "KL/TW", "2022-01-07", "Ban Bí thư", "Kết luận 120-KL/TW ngày 07/01/2022"),
 D("Chỉ thị", "21", "CT/TU", "2024-04-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 15/4/2024"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
[prov("Thái Bình"), com("Vũ Lạc"), com("Thụy Trình"), com("Nam Hưng"), com("Thanh Tân")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Dân vận", "Ảnh: Lãnh đạo tỉnh trao Bằng khen cho các tập thể.", "Dân vận khéo",
 "Lượt xem: 3.412"],
["Thứ Sáu, 10/01/2025 - 07:55", "năm 2024", "năm 2025", "10 năm", "thôn 3", "Lượt xem: 3.412"]))

PAGES.append(page("b3960-tuyenquang-btgdv-bieuduong-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Tin tức » Công tác dân vận
30/10/2025 | 15:25
Tuyên Quang tuyên dương 80 mô hình, điển hình "Dân vận khéo" năm 2025
Sáng 29/10, tại phường Minh Xuân, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức Hội nghị biểu dương mô hình, điển hình "Dân vận khéo" năm 2025 - hội nghị đầu tiên sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang.
Quang cảnh hội nghị. Ảnh: Bích Ngọc
Dự hội nghị có đồng chí Hầu Văn Lử (bìa trái) cùng các đại biểu.
Dự hội nghị có đồng chí Hầu Văn Lử, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Đinh Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Hoàng Thị Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ma Văn Đức, Vàng Thị Mai.
Năm 2025, toàn tỉnh có 3.826 mô hình "Dân vận khéo" được đăng ký ở 124 xã, phường; 80 mô hình, điển hình tiêu biểu được lựa chọn tuyên dương cấp tỉnh, gồm 46 tập thể và 34 cá nhân. Các mô hình đã vận động nhân dân hiến trên 215.000 m2 đất, đóng góp khoảng 142.000 ngày công và hơn 96 tỷ đồng làm 380 km đường bê tông; hỗ trợ xóa 3.472 nhà tạm, nhà dột nát trong chương trình của tỉnh.
Thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị, Kế hoạch số 12-KH/TU ngày 18/7/2025 của Ban Thường vụ Tỉnh ủy về phong trào "Dân vận khéo" sau hợp nhất và Hướng dẫn số 05-HD/BTGDVTU, các xã, phường mới đã kiện toàn 124 Ban Chỉ đạo phong trào; 100% chi bộ thôn, tổ dân phố có mô hình đăng ký.
Tiêu biểu là ông Sùng Mí Chá, Bí thư Chi bộ thôn Lô Lô Chải, xã Lũng Cú, vận động 64 hộ người Lô Lô, Mông làm homestay, đón trên 12.000 lượt khách; bà Lý Thị Lìn, người có uy tín thôn Khuổi Phìn, xã Mèo Vạc, giúp 23 hộ người Dao thoát nghèo; ông Nguyễn Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân, vận động 1.860 hộ phân loại rác tại nguồn.
Phát biểu tại hội nghị, đồng chí Hầu Văn Lử nhấn mạnh, công tác dân vận phải đi trước một bước trong triển khai mô hình chính quyền địa phương hai cấp; đề nghị mỗi xã, phường có ít nhất 3 mô hình "Dân vận khéo" trong lĩnh vực cải cách hành chính, phục vụ người dân.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 46 tập thể và 34 cá nhân; Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 12 mô hình "Dân vận khéo" khu vực biên giới, mỗi mô hình 5 triệu đồng.
Bích Ngọc
Lượt xem: 1.209
Tin khác
- Xã Đồng Văn ra mắt mô hình "Chợ phiên văn minh" (20/10/2025)
- Hội nghị giao ban công tác tuyên giáo và dân vận quý III (30/09/2025)
- Trao 500 suất quà cho học sinh vùng cao (15/09/2025)
""", "2025-10-30", 'Tuyên Quang tuyên dương 80 mô hình, điển hình "Dân vận khéo" năm 2025',
E("hoi_nghi", "2025", "2025-10-29"),
[P("Hầu Văn Lử", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Đinh Thị Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Thị Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Văn Đức", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Vàng Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Chá", "Bí thư Chi bộ thôn Lô Lô Chải"),
 P("Lý Thị Lìn", "người có uy tín thôn Khuổi Phìn"),
 P("Nguyễn Văn Hải", "Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân")],
[Q("80 mô hình, điển hình", 80, "mô hình, điển hình"), Q("3.826 mô hình", 3826, "mô hình"), Q("124 xã, phường", 124, "xã, phường"),
 Q("46 tập thể", 46, "tập thể"), Q("34 cá nhân", 34, "cá nhân"), Q("trên 215.000 m2", 215000, "m2", "over"),
 Q("khoảng 142.000 ngày công", 142000, "ngày công", "approx"), Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("380 km", 380, "km"), Q("3.472 nhà tạm, nhà dột nát", 3472, "nhà tạm, nhà dột nát"), Q("124 Ban Chỉ đạo", 124, "Ban Chỉ đạo"),
 Q("100%", 100, "%"), Q("64 hộ người Lô Lô, Mông", 64, "hộ người Lô Lô, Mông"), Q("trên 12.000 lượt khách", 12000, "lượt khách", "over"),
 Q("23 hộ người Dao", 23, "hộ người Dao"), Q("1.860 hộ", 1860, "hộ"), Q("ít nhất 3 mô hình", 3, "mô hình", "over"),
 Q("12 mô hình", 12, "mô hình"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Kế hoạch", "12", "KH/TU", "2025-07-18", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 18/7/2025"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, None, "Hướng dẫn số 05-HD/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Xuân"), com("Lũng Cú"), com("Mèo Vạc")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Tin tức » Công tác dân vận", "Quang cảnh hội nghị. Ảnh: Bích Ngọc",
 "Dự hội nghị có đồng chí Hầu Văn Lử (bìa trái) cùng các đại biểu.", "Dân vận khéo", "Lượt xem: 1.209"],
["30/10/2025 | 15:25", "năm 2025", "hai cấp", "Lượt xem: 1.209"]))

PAGES.append(page("b3961-vinhlong-btgdv-tongket-2025", """
Báo Vĩnh Long điện tử - Cơ quan của Đảng bộ tỉnh Vĩnh Long
Thời sự › Chính trị › Dân vận
Cập nhật: 19/12/2025 - 10:40
Tổng kết công tác dân vận năm 2025: 1.500 mô hình "Dân vận khéo" sau hợp nhất
Chiều 18/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026 và khen thưởng tập thể, cá nhân tiêu biểu trong phong trào thi đua "Dân vận khéo".
Ảnh: Đại diện các tập thể nhận Bằng khen.
Đồng chí Lê Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự có đồng chí Huỳnh Văn Be, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Kiên Thị Sa Ly, Trần Minh Nghĩa, Nguyễn Văn Phú.
Năm 2025, dù phải sắp xếp bộ máy, hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh và vận hành chính quyền địa phương hai cấp, công tác dân vận vẫn đạt nhiều kết quả. Toàn tỉnh có 4.260 mô hình "Dân vận khéo", trong đó khoảng 1.500 mô hình được đăng ký mới sau hợp nhất; 124 xã, phường đều có Ban Chỉ đạo phong trào. Nhân dân hiến trên 312.000 m2 đất, đóng góp 96.500 ngày công và 185,6 tỷ đồng; vận động xóa 2.816 nhà tạm, nhà dột nát, hỗ trợ mỗi căn 60 triệu đồng.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy chế số 07-QC/TU về công tác dân vận của hệ thống chính trị tỉnh, Kế hoạch 25, 26-KH/TU về thực hiện Kết luận 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư; hướng dẫn thực hiện Quy định số 05-QĐi/TW về tiếp xúc, đối thoại.
Các điển hình được biểu dương gồm ông Thạch Sô Phone, Trưởng ban công tác Mặt trận ấp Ô Chích A, xã Long Hiệp, vận động 48 hộ Khmer hiến 5.200 m2 đất; bà Nguyễn Thị Bé Tư, Chi hội trưởng Chi hội phụ nữ ấp An Hòa, xã Hòa Minh, với mô hình "Tiết kiệm vì phụ nữ nghèo" cho 37 chị em vay 420 triệu đồng; Thượng tọa Thạch Chanh Đa Ra, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Phát biểu chỉ đạo, đồng chí Huỳnh Văn Be yêu cầu năm 2026 tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; mỗi xã, phường xây dựng ít nhất 5 mô hình trong lĩnh vực chuyển đổi số.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 28 tập thể, 37 cá nhân; Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 16 xã, phường dẫn đầu phong trào.
Hội nghị cũng nêu hạn chế: một số xã, phường mới còn lúng túng trong phân công cán bộ phụ trách công tác dân vận; việc tổng hợp, đánh giá mô hình sau hợp nhất chưa đồng bộ giữa ba khu vực.
Minh Thái
Lượt xem: 2.634
Tin liên quan
- Phường Long Châu ra mắt mô hình "Phường thân thiện" (10/12/2025)
- Trao 2.000 phần quà Tết cho hộ nghèo (05/12/2025)
- Hội nghị giao ban công tác Mặt trận quý IV (28/11/2025)
""", "2025-12-19", 'Tổng kết công tác dân vận năm 2025: 1.500 mô hình "Dân vận khéo" sau hợp nhất',
E("tong_ket", "2025", "2025-12-18"),
[P("Lê Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Be", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Thị Sa Ly", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Trần Minh Nghĩa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phú", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sô Phone", "Trưởng ban công tác Mặt trận ấp Ô Chích A"),
 P("Nguyễn Thị Bé Tư", "Chi hội trưởng Chi hội phụ nữ ấp An Hòa"),
 P("Thạch Chanh Đa Ra", "Thượng tọa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("1.500 mô hình", 1500, "mô hình", "approx"), Q("4.260 mô hình", 4260, "mô hình"), Q("124 xã, phường", 124, "xã, phường"),
 Q("trên 312.000 m2", 312000, "m2", "over"), Q("96.500 ngày công", 96500, "ngày công"), Q("185,6 tỷ đồng", 185600000000, "đồng"),
 Q("2.816 nhà tạm, nhà dột nát", 2816, "nhà tạm, nhà dột nát"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("48 hộ Khmer", 48, "hộ Khmer"), Q("5.200 m2", 5200, "m2"), Q("37 chị em", 37, "chị em"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("ít nhất 5 mô hình", 5, "mô hình", "over"), Q("28 tập thể", 28, "tập thể"), Q("37 cá nhân", 37, "cá nhân"),
 Q("16 xã, phường", 16, "xã, phường")],
[D("Quy chế", "07", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế số 07-QC/TU"),
 D("Kế hoạch", "25", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 25, 26-KH/TU"),
 D("Kế hoạch", "26", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 25, 26-KH/TU"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "127-KL/TW"),
 D("Quy định", "05", "QĐi/TW", None, None, "Quy định số 05-QĐi/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Hòa Minh")],
["Báo Vĩnh Long điện tử - Cơ quan của Đảng bộ tỉnh Vĩnh Long", "Thời sự › Chính trị › Dân vận", "Ảnh: Đại diện các tập thể nhận Bằng khen.",
 "Dân vận khéo", "Tiết kiệm vì phụ nữ nghèo", "Lượt xem: 2.634"],
["Cập nhật: 19/12/2025 - 10:40", "năm 2025", "năm 2026", "khóa XVI", "hai cấp", "Lượt xem: 2.634"]))

PAGES.append(page("b3962-lamdong-phuong-mattran-tongket-2026", """
ỦY BAN MTTQ VIỆT NAM PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT
Trang chủ | Hoạt động Mặt trận | Thi đua - Khen thưởng
Thứ Sáu, 16/01/2026, 09:00
Ảnh: Các khu dân cư tiêu biểu nhận Giấy khen.
Phường Xuân Hương - Đà Lạt khen thưởng 21 tập thể, 33 cá nhân trong công tác Mặt trận
Sáng 14/01/2026, Ủy ban MTTQ Việt Nam phường Xuân Hương - Đà Lạt (tỉnh Lâm Đồng) tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026.
Dự hội nghị có bà Trương Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; ông K'Brơi, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường; ông Lê Văn Quang, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường. Bà Ka Hiền, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì.
Năm 2025, sau khi sắp xếp đơn vị hành chính, phường Xuân Hương - Đà Lạt có 68 tổ dân phố với hơn 21.600 hộ. Mặt trận và các tổ chức chính trị - xã hội phường đã vận động Quỹ "Vì người nghèo" được 1,24 tỷ đồng, hỗ trợ xây 6 nhà đại đoàn kết, mỗi căn 80 triệu đồng; trao 1.350 phần quà Tết cho hộ nghèo, hộ khó khăn; vận động 4.800 ngày công chỉnh trang 26 tuyến hẻm. Có 97,2% hộ đạt danh hiệu gia đình văn hóa; 64/68 tổ dân phố đạt chuẩn văn hóa.
Thực hiện Hướng dẫn số 03-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 09-KH/ĐU ngày 01/8/2025 của Ban Thường vụ Đảng ủy phường, Mặt trận đã hướng dẫn xây dựng 24 mô hình "Dân vận khéo" ở khu dân cư, như "Tổ dân phố không rác thải nhựa", "Hẻm hoa Đà Lạt"; tổ chức 18 cuộc giám sát, tiếp nhận 142 ý kiến, kiến nghị của cử tri.
Tại hội nghị, bà Nguyễn Thị Mỹ, Trưởng ban công tác Mặt trận tổ dân phố 12, chia sẻ việc vận động 46 hộ góp 310 triệu đồng lát hẻm; ông Cil Ha Sim, người có uy tín buôn Chi Mót, đề nghị phường quan tâm nước sạch cho đồng bào K'Ho.
Hội nghị thẳng thắn nhìn nhận, một số Ban công tác Mặt trận tổ dân phố còn lúng túng sau sắp xếp; việc phân loại rác tại nguồn chưa đồng đều; kinh phí hoạt động ở khu dân cư còn hạn chế.
Phát biểu tại hội nghị, bà Trương Thị Hồng Nhung đề nghị phường phát huy vai trò Mặt trận trong giám sát hoạt động của chính quyền hai cấp; vận động nhân dân tham gia bầu cử ngày 15/3/2026.
Dịp này, UBND phường tặng Giấy khen cho 21 tập thể và 33 cá nhân, trong đó có các Trưởng ban công tác Mặt trận: Nguyễn Thị Mỹ, Phạm Đình Lộc, Ka Thủy.
Hồng Thắm
Lượt truy cập: 12.875
Tin khác
- Phường Xuân Hương - Đà Lạt ra mắt 5 mô hình dân vận khéo (05/01/2026)
- Trao 200 suất quà cho người cao tuổi (28/12/2025)
- Hội nghị đối thoại giữa Bí thư Đảng ủy với nhân dân (20/12/2025)
""", "2026-01-16", "Phường Xuân Hương - Đà Lạt khen thưởng 21 tập thể, 33 cá nhân trong công tác Mặt trận",
E("tong_ket", "2025", "2026-01-14"),
[P("Trương Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("K'Brơi", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Lê Văn Quang", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Ka Hiền", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Thị Mỹ", "Trưởng ban công tác Mặt trận tổ dân phố 12", "Trưởng ban công tác Mặt trận"),
 P("Cil Ha Sim", "người có uy tín buôn Chi Mót"),
 P("Phạm Đình Lộc", "Trưởng ban công tác Mặt trận"), P("Ka Thủy", "Trưởng ban công tác Mặt trận")],
[Q("21 tập thể", 21, "tập thể"), Q("33 cá nhân", 33, "cá nhân"), Q("68 tổ dân phố", 68, "tổ dân phố"),
 Q("hơn 21.600 hộ", 21600, "hộ", "over"), Q("1,24 tỷ đồng", 1240000000, "đồng"), Q("6 nhà đại đoàn kết", 6, "nhà đại đoàn kết"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("1.350 phần quà", 1350, "phần quà"), Q("4.800 ngày công", 4800, "ngày công"),
 Q("26 tuyến hẻm", 26, "tuyến hẻm"), Q("97,2%", 97.2, "%"), Q("64/68 tổ dân phố", 64, "tổ dân phố"), Q("24 mô hình", 24, "mô hình"),
 Q("18 cuộc giám sát", 18, "cuộc giám sát"), Q("142 ý kiến, kiến nghị", 142, "ý kiến, kiến nghị"), Q("46 hộ", 46, "hộ"),
 Q("310 triệu đồng", 310000000, "đồng")],
[D("Hướng dẫn", "03", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 03-HD/MTTW-BTT"),
 D("Kế hoạch", "09", "KH/ĐU", "2025-08-01", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 09-KH/ĐU ngày 01/8/2025")],
[prov("Lâm Đồng"), com("Xuân Hương - Đà Lạt")],
["ỦY BAN MTTQ VIỆT NAM PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT", "Trang chủ | Hoạt động Mặt trận | Thi đua - Khen thưởng",
 "Ảnh: Các khu dân cư tiêu biểu nhận Giấy khen.", "Vì người nghèo", "Dân vận khéo", "Tổ dân phố không rác thải nhựa", "Hẻm hoa Đà Lạt",
 "Lượt truy cập: 12.875"],
["Thứ Sáu, 16/01/2026, 09:00", "năm 2025", "năm 2026", "tổ dân phố 12", "hai cấp", "15/3/2026", "Lượt truy cập: 12.875"]))

PAGES.append(page("b3963-dongnai-mttq-soket-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Ba, 14/07/2026 - 18:20
Ảnh: Đồng chí Điểu Thị Hồng trao Bằng khen cho các tập thể.
Đồng Nai: 1.200 mô hình "Dân vận khéo" huy động hơn 300 tỷ đồng
Chiều 13/7, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị sơ kết công tác Mặt trận và phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm, trực tuyến đến 95 điểm cầu xã, phường.
Đồng chí Điểu Thị Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Cùng chủ trì có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Hoàng, Lâm Văn Khang, Thị Bích Hạnh; dự có đồng chí Phạm Hoàng Sơn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
6 tháng đầu năm, trên 1.200 mô hình "Dân vận khéo" của các cấp Mặt trận, Hội Nông dân, Hội LHPN, Đoàn Thanh niên, Hội Cựu chiến binh, Công đoàn đã huy động hơn 300 tỷ đồng, khoảng 45.000 ngày công và 128.000 m2 đất hiến để làm đường, chỉnh trang khu dân cư. Quỹ "Vì người nghèo" các cấp vận động được 86,4 tỷ đồng, hỗ trợ xây, sửa 438 nhà đại đoàn kết; trao 12.600 phần quà cho hộ nghèo, công nhân khó khăn. Mặt trận các cấp đã tổ chức 214 cuộc giám sát, 96 hội nghị phản biện xã hội; tham gia bầu cử với tỷ lệ cử tri đi bầu đạt 99,6%.
Thực hiện Kết luận số 18-KL/TW của Bộ Chính trị, Hướng dẫn số 21-HD/MTTW-BTT và Kế hoạch số 46-KH/TU ngày 20/1/2026 của Ban Thường vụ Tỉnh ủy về phong trào "Dân vận khéo" giai đoạn 2026 - 2030, toàn tỉnh đã đăng ký 316 mô hình mới, trong đó 58 mô hình tiêu biểu được công nhận cấp tỉnh.
Tại hội nghị, ông Điểu Lên, người có uy tín sóc Bom Bo, xã Bom Bo, kể việc vận động 38 hộ S'tiêng góp 1.600 ngày công làm đường; bà Nguyễn Thị Thanh, Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên, chia sẻ mô hình "Khu phố hài lòng" với 96% người dân được khảo sát hài lòng.
Hội nghị chỉ ra hạn chế: một số Ban công tác Mặt trận ở khu dân cư mới sáp nhập chưa ổn định, cán bộ còn kiêm nhiệm nhiều việc, chưa nắm chắc địa bàn; việc số hóa dữ liệu hộ nghèo, nhà ở còn chậm.
Nhiều ý kiến đề nghị sớm thống nhất bộ tiêu chí đánh giá mô hình "Dân vận khéo" giữa hai khu vực trước và sau hợp nhất, tránh trùng lặp khi xét khen thưởng.
Phát biểu kết luận, đồng chí Điểu Thị Hồng đề nghị 6 tháng cuối năm tiếp tục vận động hoàn thành 100% chỉ tiêu hỗ trợ nhà ở cho hộ nghèo; tổ chức tốt "Ngày hội Đại đoàn kết toàn dân tộc".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 24 tập thể và 36 cá nhân; mỗi tập thể được thưởng 2,5 triệu đồng.
Thảo Nguyên
Lượt xem: 4.018
Tin liên quan
- Xã Bom Bo ra mắt mô hình "Sóc văn minh" (08/07/2026)
- Trao 2.000 phần quà cho công nhân (30/06/2026)
- Hội nghị giao ban khối dân vận quý II (25/06/2026)
""", "2026-07-14", 'Đồng Nai: 1.200 mô hình "Dân vận khéo" huy động hơn 300 tỷ đồng',
E("so_ket", "2026-H1", "2026-07-13"),
[P("Điểu Thị Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Hoàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Lâm Văn Khang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Bích Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Hoàng Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lên", "người có uy tín sóc Bom Bo"),
 P("Nguyễn Thị Thanh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên")],
[Q("1.200 mô hình", 1200, "mô hình", "over"), Q("hơn 300 tỷ đồng", 300000000000, "đồng", "over"),
 Q("95 điểm cầu xã, phường", 95, "điểm cầu xã, phường"), Q("khoảng 45.000 ngày công", 45000, "ngày công", "approx"),
 Q("128.000 m2", 128000, "m2"), Q("86,4 tỷ đồng", 86400000000, "đồng"), Q("438 nhà đại đoàn kết", 438, "nhà đại đoàn kết"),
 Q("12.600 phần quà", 12600, "phần quà"), Q("214 cuộc giám sát", 214, "cuộc giám sát"),
 Q("96 hội nghị phản biện xã hội", 96, "hội nghị phản biện xã hội"), Q("99,6%", 99.6, "%"), Q("316 mô hình mới", 316, "mô hình mới"),
 Q("58 mô hình tiêu biểu", 58, "mô hình tiêu biểu"), Q("38 hộ S'tiêng", 38, "hộ S'tiêng"), Q("1.600 ngày công", 1600, "ngày công"),
 Q("96%", 96, "%"), Q("100%", 100, "%"), Q("24 tập thể", 24, "tập thể"), Q("36 cá nhân", 36, "cá nhân"),
 Q("2,5 triệu đồng", 2500000, "đồng")],
[D("Kết luận", "18", "KL/TW", None, "Bộ Chính trị", "Kết luận số 18-KL/TW"),
 D("Hướng dẫn", "21", "HD/MTTW-BTT", None, None, "Hướng dẫn số 21-HD/MTTW-BTT"),
 D("Kế hoạch", "46", "KH/TU", "2026-01-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 46-KH/TU ngày 20/1/2026")],
[prov("Đồng Nai"), com("Bom Bo"), com("Trấn Biên")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Ảnh: Đồng chí Điểu Thị Hồng trao Bằng khen cho các tập thể.",
 "Dân vận khéo", "Vì người nghèo", "Khu phố hài lòng", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 4.018"],
["Thứ Ba, 14/07/2026 - 18:20", "6 tháng đầu năm 2026", "6 tháng cuối năm", "giai đoạn 2026 - 2030", "Lượt xem: 4.018"]))

PAGES.append(page("b3964-gialai-chandung-danvankheo-2026", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội › Gương sáng
24/04/2026 06:30
Già làng Đinh Văn Hmiêng (giữa) trò chuyện cùng bà con trong làng. Ảnh: Văn Ngọc
Già làng "dân vận khéo" ở làng Kon Mong
Ở làng Kon Mong, xã An Toàn (tỉnh Gia Lai), nhắc đến già làng Đinh Văn Hmiêng, người Ba Na ai cũng quý mến. Ông là một trong 60 cá nhân tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen trong phong trào thi đua "Dân vận khéo" năm 2025, và vừa được Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen vì có nhiều đóng góp trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Năm 2019, khi làng còn 42/97 hộ nghèo, ông Hmiêng, lúc đó là Bí thư Chi bộ làng, đã vận động 35 hộ chuyển 48 ha rẫy mì kém hiệu quả sang trồng mắc ca, cà phê xen bời lời. Đến nay, làng chỉ còn 6 hộ nghèo; thu nhập bình quân đạt khoảng 42 triệu đồng/người/năm. Ông còn vận động bà con hiến 3.600 m2 đất, góp hơn 1.100 ngày công làm 2,8 km đường bê tông vào khu sản xuất; chính gia đình ông hiến 700 m2 đất vườn.
"Mình nói trước, mình làm trước thì bà con mới tin, mới theo", già Hmiêng chia sẻ. Nhờ uy tín của ông, làng Kon Mong 7 năm liền không có người vi phạm pháp luật, không có người theo đạo trái phép.
Bà Đinh Thị Hơn, Chủ tịch Ủy ban MTTQ Việt Nam xã An Toàn, cho biết: xã hiện có 14 mô hình "Dân vận khéo", riêng làng Kon Mong có 3 mô hình do già Hmiêng làm nòng cốt. Theo ông Nguyễn Văn Thọ, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã An Toàn, từ cách làm của làng, xã đã nhân rộng ra 11 làng khác, giúp 128 hộ thoát nghèo trong 3 năm qua.
Thực hiện Kế hoạch số 38-KH/TU ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào "Dân vận khéo" trong vùng đồng bào dân tộc thiểu số, năm 2025 toàn tỉnh Gia Lai (mới) đã công nhận 412 mô hình tiêu biểu, trong đó có 96 mô hình do người có uy tín làm nòng cốt. Theo đồng chí Rah Lan Lâm, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, tỉnh đang đề xuất tăng mức hỗ trợ người có uy tín theo Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ.
Những buổi tối, nhà già Hmiêng thường sáng đèn. Bà con trong làng đến hỏi chuyện làm ăn, chuyện con cái học hành, chuyện tranh chấp đất rẫy; ông đều lắng nghe rồi cùng chi bộ, ban nhân dân làng tìm cách giải quyết, không để việc nhỏ thành việc lớn.
Dịp Tết vừa qua, ông Hmiêng cùng Chi hội Người cao tuổi làng còn vận động được 150 phần quà, trị giá 75 triệu đồng, tặng các hộ khó khăn. Ông tâm sự, tuổi đã cao nhưng còn sức thì còn đi vận động bà con, để làng Kon Mong ngày càng ấm no.
Văn Ngọc
Lượt đọc: 2.177
Tin khác
- Xã An Lão tuyên dương 20 gương "Dân vận khéo" (18/04/2026)
- Hội nghị biểu dương người có uy tín năm 2025 (10/04/2026)
- Trao 300 suất quà cho đồng bào vùng cao (02/04/2026)
""", "2026-04-24", 'Già làng "dân vận khéo" ở làng Kon Mong',
E("khac", None, None),
[P("Đinh Văn Hmiêng", "Già làng", "Bí thư Chi bộ làng"),
 P("Đinh Thị Hơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã An Toàn"),
 P("Nguyễn Văn Thọ", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã An Toàn"),
 P("Rah Lan Lâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("60 cá nhân tiêu biểu", 60, "cá nhân tiêu biểu"), Q("42/97 hộ nghèo", 42, "hộ nghèo"), Q("35 hộ", 35, "hộ"), Q("48 ha", 48, "ha"),
 Q("6 hộ nghèo", 6, "hộ nghèo"), Q("khoảng 42 triệu đồng", 42000000, "đồng", "approx"), Q("3.600 m2", 3600, "m2"),
 Q("hơn 1.100 ngày công", 1100, "ngày công", "over"), Q("2,8 km", 2.8, "km"), Q("700 m2", 700, "m2"), Q("14 mô hình", 14, "mô hình"),
 Q("3 mô hình", 3, "mô hình"), Q("11 làng", 11, "làng"), Q("128 hộ", 128, "hộ"), Q("412 mô hình tiêu biểu", 412, "mô hình tiêu biểu"),
 Q("96 mô hình", 96, "mô hình"), Q("150 phần quà", 150, "phần quà"), Q("75 triệu đồng", 75000000, "đồng")],
[D("Kế hoạch", "38", "KH/TU", "2025-09-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 38-KH/TU ngày 12/9/2025"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg")],
[prov("Gia Lai"), com("An Toàn")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội › Gương sáng", "Già làng Đinh Văn Hmiêng (giữa) trò chuyện cùng bà con trong làng. Ảnh: Văn Ngọc",
 "Dân vận khéo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt đọc: 2.177"],
["24/04/2026 06:30", "năm 2025", "Năm 2019", "7 năm", "3 năm", "Lượt đọc: 2.177"]))
