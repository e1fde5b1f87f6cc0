from lib import *
PAGES = []

PAGES.append(page("b6065-haiphong-tienlang-giaoban-thang11-2022", """
Cổng thông tin điện tử huyện Tiên Lãng - thành phố Hải Phòng
Trang chủ » Tin tức - Sự kiện » Công tác dân vận
Ngày 25/11/2022 | 09:15
Ảnh: Quang cảnh buổi giao ban.
Giao ban định kỳ giữa khối dân vận huyện với các linh mục quản xứ
Chiều 24/11, Ban Dân vận Huyện ủy Tiên Lãng tổ chức giao ban công tác dân vận vùng giáo tháng 11/2022 với các linh mục quản xứ, đại diện ban hành giáo 11 giáo xứ trên địa bàn huyện. Đồng chí Vũ Thị Thanh Hoa, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì. Dự có đồng chí Nguyễn Văn Quý, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện; Linh mục Antôn Vũ Đức Thắng, Quản hạt Tiên Lãng.
Theo báo cáo, huyện Tiên Lãng có 11 giáo xứ, 38 giáo họ với hơn 16.500 giáo dân thuộc Giáo phận Hải Phòng. Trong tháng 11, các giáo xứ đã phối hợp vận động 214 hộ giáo dân hiến 3.850 m2 đất mở rộng đường trục xã; trao 260 suất quà cho người nghèo; tổ chức an toàn 4 thánh lễ lớn với khoảng 9.000 lượt giáo dân tham dự. Ban hành giáo giáo xứ Kim Côn đã tự nguyện tháo dỡ 2 công trình lấn chiếm hành lang đê.
Huyện tiếp tục bám sát Kết luận 68, 69-KL/HU của Ban Thường vụ Huyện ủy về công tác vận động đồng bào Công giáo và về xây dựng nông thôn mới kiểu mẫu vùng giáo, cùng Kế hoạch số 121/KH-UBND ngày 3/3/2022 của UBND huyện về đối thoại định kỳ với chức sắc tôn giáo. Đến nay đã có 7/11 giáo xứ ký Quy chế phối hợp với UBND xã.
Ông Trần Văn Tuyến, Phó Trưởng Ban Dân vận Huyện ủy, cho biết từ đầu năm 2022 khối dân vận đã tổ chức 23 buổi tiếp xúc, đối thoại với linh mục; xây dựng 5 mô hình "Dân vận khéo" vùng giáo; vận động giáo dân góp hơn 1,2 tỷ đồng làm đường, điện chiếu sáng theo Chỉ thị số 18-CT/TW của Ban Bí thư về phát huy vai trò người có uy tín.
Tại buổi giao ban, Linh mục Phêrô Bùi Văn Chiến, Quản xứ giáo xứ Đông Xuyên, đề nghị xã Tiên Minh sớm cấp phép tu sửa nhà giáo lý; Linh mục Giuse Phạm Văn Hội, Quản xứ giáo xứ Kim Côn, phản ánh 6 hộ giáo dân bị ảnh hưởng bởi dự án đường ven biển chưa nhận tiền hỗ trợ. Ông Lê Văn Kiên, Chủ tịch UBND xã Tiên Minh, và ông Phạm Đức Dũng, Chủ tịch UBND xã Bắc Hưng, đã trả lời trực tiếp.
Kết luận, đồng chí Vũ Thị Thanh Hoa đề nghị các xã giải quyết kiến nghị trong tháng 12; các giáo xứ tổ chức Lễ Giáng sinh năm 2022 an toàn, tiết kiệm. Ban Dân vận Huyện ủy sẽ dự kiến trao 150 suất quà trị giá 400.000 đồng/suất cho gia đình giáo dân khó khăn dịp Noel.
Phòng Văn hóa - Thông tin
Lượt xem: 418
Tin liên quan
- Tiên Lãng: 11 giáo xứ đăng ký mô hình "Giáo xứ xanh - sạch - đẹp" (14/11/2022)
- Tập huấn nghiệp vụ công tác tôn giáo cho cán bộ xã (28/10/2022)
- Giao ban dân vận vùng giáo tháng 10/2022 (26/10/2022)
""", "2022-11-25", "Giao ban định kỳ giữa khối dân vận huyện với các linh mục quản xứ",
E("giao_ban", "2022-11", "2022-11-24"),
[P("Vũ Thị Thanh Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Quý", "Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch UBND huyện"),
 P("Antôn Vũ Đức Thắng", "Linh mục", "Quản hạt Tiên Lãng"),
 P("Phêrô Bùi Văn Chiến", "Linh mục", "Quản xứ giáo xứ Đông Xuyên"),
 P("Giuse Phạm Văn Hội", "Linh mục", "Quản xứ giáo xứ Kim Côn"),
 P("Lê Văn Kiên", "Chủ tịch UBND xã Tiên Minh"),
 P("Phạm Đức Dũng", "Chủ tịch UBND xã Bắc Hưng"),
 P("Trần Văn Tuyến", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("11 giáo xứ", 11, "giáo xứ"), Q("38 giáo họ", 38, "giáo họ"), Q("hơn 16.500 giáo dân", 16500, "giáo dân", "over"),
 Q("214 hộ giáo dân", 214, "hộ giáo dân"), Q("3.850 m2", 3850, "m2"), Q("260 suất quà", 260, "suất quà"),
 Q("4 thánh lễ lớn", 4, "thánh lễ lớn"), Q("khoảng 9.000 lượt giáo dân", 9000, "lượt giáo dân", "approx"),
 Q("2 công trình", 2, "công trình"), Q("7/11 giáo xứ", 7, "giáo xứ"), Q("6 hộ giáo dân", 6, "hộ giáo dân"),
 Q("150 suất quà", 150, "suất quà"), Q("23 buổi tiếp xúc, đối thoại", 23, "buổi tiếp xúc, đối thoại"),
 Q("5 mô hình", 5, "mô hình"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("400.000 đồng/suất", 400000, "đồng")],
[D("Kết luận", "68", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 68, 69-KL/HU"),
 D("Kết luận", "69", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 68, 69-KL/HU"),
 D("Kế hoạch", "121", "KH-UBND", "2022-03-03", "UBND huyện", "Kế hoạch số 121/KH-UBND ngày 3/3/2022"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Hải Phòng"), com("Tiên Minh"), com("Bắc Hưng")],
["Cổng thông tin điện tử huyện Tiên Lãng - thành phố Hải Phòng", "Trang chủ » Tin tức - Sự kiện » Công tác dân vận",
 "Ảnh: Quang cảnh buổi giao ban.", "Lượt xem: 418", "Giáo phận Hải Phòng", "Quy chế phối hợp"],
["Ngày 25/11/2022 | 09:15", "tháng 11/2022", "tháng 12", "năm 2022", "Lượt xem: 418"]))

PAGES.append(page("b6066-quangtri-ubnd-doithoai-congiao-2023", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Chính trị - Xã hội / Dân vận
2023-05-19 16:40
Chủ tịch UBND tỉnh đối thoại với chức sắc, chức việc Công giáo
Đồng chí Võ Đình Thuận phát biểu tại buổi đối thoại. Ảnh: Đ.T
Ngày 18/5, UBND tỉnh Quảng Trị tổ chức hội nghị đối thoại năm 2023 giữa Chủ tịch UBND tỉnh với chức sắc, chức việc và đại diện giáo dân các giáo xứ thuộc Tổng Giáo phận Huế trên địa bàn tỉnh. Đồng chí Võ Đình Thuận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì. Dự có đồng chí Hồ Thị Thanh Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Linh mục Phaolô Trần Văn Quốc, Quản hạt Quảng Trị, cùng 95 linh mục, tu sĩ và chức việc.
Quảng Trị có khoảng 60.000 giáo dân, sinh hoạt tại 39 giáo xứ và 52 giáo họ. Năm 2022, các cấp đã giải quyết 17/20 kiến nghị của các giáo xứ; cấp 14 giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo; chấp thuận chủ trương cho 6 công trình tôn giáo sửa chữa, cải tạo. Tỉnh đã thực hiện Luật Tín ngưỡng, tôn giáo, Nghị định số 162/2017/NĐ-CP của Chính phủ, cùng Quyết định số 1127/QĐ-UBND ngày 20/5/2022 của UBND tỉnh về quy chế phối hợp quản lý hoạt động tôn giáo.
Thực hiện Kết luận số 19-KL/TU ngày 8/3/2023 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo, 4 tháng đầu năm các huyện đã tổ chức 18 cuộc gặp mặt linh mục quản xứ. Ông Nguyễn Đăng Khoa, Phó Trưởng Ban Tôn giáo Sở Nội vụ, cho biết có 2 giáo xứ vùng đồng bào Vân Kiều, Pa Kô ở huyện Hướng Hóa đã được hỗ trợ 380 triệu đồng sửa nhà sinh hoạt cộng đồng.
Tại buổi đối thoại có 21 ý kiến được nêu. Linh mục Gioan Lê Văn Phúc, Quản xứ giáo xứ Trí Bưu, phường Đông Lễ, đề nghị tỉnh trả lại 1.200 m2 đất giáo xứ đã cho trường học mượn từ năm 1978; Linh mục Phanxicô Nguyễn Thanh Hà, Quản xứ giáo xứ Cửa Tùng, đề nghị hỗ trợ 42 hộ ngư dân Công giáo chuyển đổi nghề. Ông Hồ Văn Sinh, Chủ tịch Hội đồng mục vụ giáo xứ Hướng Hóa, là người Vân Kiều, mong tỉnh tăng học bổng cho 75 học sinh dân tộc thiểu số.
Trả lời, các ông Hoàng Văn Tâm, Lê Minh Đức - Phó Chủ tịch UBND tỉnh cho biết tỉnh sẽ đo đạc, xác định nguồn gốc đất trong quý III/2023; hỗ trợ tối đa 30 triệu đồng/hộ cho ngư dân chuyển nghề. Ông Trần Văn Nam, Giám đốc Sở Nội vụ, cam kết tham mưu xử lý 4 hồ sơ còn tồn đọng.
Kết luận, đồng chí Võ Đình Thuận đề nghị các linh mục tiếp tục đồng hành cùng tỉnh thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa", giữ gìn an ninh vùng biên giới và ven biển. UBND tỉnh sẽ ban hành văn bản trả lời toàn bộ 21 ý kiến trong 30 ngày.
Đức Thành
Bài viết liên quan
- Gặp mặt chức sắc tôn giáo nhân dịp Lễ Phục sinh 2023 (08/04/2023)
- Hải Lăng: vận động giáo dân tham gia xây dựng nông thôn mới (28/03/2023)
""", "2023-05-19", "Chủ tịch UBND tỉnh đối thoại với chức sắc, chức việc Công giáo",
E("doi_thoai", "2023", "2023-05-18"),
[P("Võ Đình Thuận", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hồ Thị Thanh Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phaolô Trần Văn Quốc", "Linh mục", "Quản hạt Quảng Trị"),
 P("Gioan Lê Văn Phúc", "Linh mục", "Quản xứ giáo xứ Trí Bưu"),
 P("Phanxicô Nguyễn Thanh Hà", "Linh mục", "Quản xứ giáo xứ Cửa Tùng"),
 P("Hồ Văn Sinh", "Chủ tịch Hội đồng mục vụ giáo xứ Hướng Hóa"),
 P("Hoàng Văn Tâm", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Minh Đức", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Nam", "Giám đốc Sở Nội vụ"),
 P("Nguyễn Đăng Khoa", "Phó Trưởng Ban Tôn giáo Sở Nội vụ")],
[Q("95 linh mục, tu sĩ và chức việc", 95, "linh mục, tu sĩ và chức việc"),
 Q("khoảng 60.000 giáo dân", 60000, "giáo dân", "approx"), Q("39 giáo xứ", 39, "giáo xứ"), Q("52 giáo họ", 52, "giáo họ"),
 Q("17/20 kiến nghị", 17, "kiến nghị"), Q("14 giấy chứng nhận quyền sử dụng đất", 14, "giấy chứng nhận quyền sử dụng đất"),
 Q("6 công trình tôn giáo", 6, "công trình tôn giáo"), Q("21 ý kiến", 21, "ý kiến"), Q("1.200 m2", 1200, "m2"),
 Q("42 hộ ngư dân Công giáo", 42, "hộ ngư dân Công giáo"), Q("75 học sinh dân tộc thiểu số", 75, "học sinh dân tộc thiểu số"),
 Q("tối đa 30 triệu đồng/hộ", 30000000, "đồng"), Q("4 hồ sơ", 4, "hồ sơ"), Q("18 cuộc gặp mặt", 18, "cuộc gặp mặt"), Q("2 giáo xứ vùng đồng bào Vân Kiều, Pa Kô", 2, "giáo xứ vùng đồng bào Vân Kiều, Pa Kô"),
 Q("380 triệu đồng", 380000000, "đồng")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP"),
 D("Kết luận", "19", "KL/TU", "2023-03-08", "Ban Thường vụ Tỉnh ủy", "Kết luận số 19-KL/TU ngày 8/3/2023"),
 D("Quyết định", "1127", "QĐ-UBND", "2022-05-20", "UBND tỉnh", "Quyết định số 1127/QĐ-UBND ngày 20/5/2022")],
[prov("Quảng Trị"), com("Đông Lễ")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Chính trị - Xã hội / Dân vận",
 "Đồng chí Võ Đình Thuận phát biểu tại buổi đối thoại. Ảnh: Đ.T", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
 "Luật Tín ngưỡng, tôn giáo", "Tổng Giáo phận Huế"],
["2023-05-19 16:40", "năm 2023", "Năm 2022", "năm 1978", "quý III/2023", "30 ngày", "4 tháng đầu năm"]))

PAGES.append(page("b6067-gialai-bdv-tongket-vunggiao-2023", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
You are here: Trang chủ > Tin tức > Tin hoạt động
Thứ Tư, 27/12/2023 - 15:10
Hôm nay: Thứ Năm, 28/12/2023
Toàn cảnh hội nghị.
Tôn vinh 45 tập thể, cá nhân tiêu biểu trong vận động đồng bào Công giáo
Ngày 26/12/2023, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác vận động đồng bào Công giáo năm 2023 và biểu dương 45 tập thể, cá nhân tiêu biểu. Đồng chí Rah Lan Blin, Phó Bí thư Thường trực Tỉnh ủy dự và phát biểu chỉ đạo; đồng chí Ksor H'Bơ Thuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Mỹ Lệ, Siu Hương.
Theo báo cáo, Gia Lai có trên 230.000 giáo dân thuộc Giáo phận Kon Tum, trong đó khoảng 65% là đồng bào Jrai, Bahnar, sinh hoạt tại 79 giáo xứ, 27 giáo họ biệt lập. Năm 2023, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 27, 28-CT/TU về tăng cường công tác vận động đồng bào Công giáo và về đấu tranh với hoạt động "Tin lành Đê Ga"; phối hợp triển khai Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ và Hướng dẫn số 12-HD/BDVTW của Ban Dân vận Trung ương. Các cấp đã tổ chức 312 cuộc tiếp xúc với linh mục, chức việc; vận động 4.800 hộ giáo dân tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"; giải quyết 29/31 đơn thư. Giáo dân đã góp hơn 7,8 tỷ đồng, hiến 18.600 m2 đất xây dựng nông thôn mới; 93,4% hộ giáo dân đạt danh hiệu gia đình văn hóa.
Tại hội nghị, Linh mục Phêrô Nay Blin, Quản xứ giáo xứ Plei Chuet, phường Thắng Lợi, chia sẻ việc giáo xứ cùng chính quyền vận động 126 hộ bỏ tục "bỏ mả" tốn kém; ông Rơ Châm Phin, HUV, Trưởng Ban Dân vận Huyện ủy Chư Păh, và bà Siu H'Nhơi, Chủ tịch Ủy ban MTTQ xã Ia Ka, nêu kinh nghiệm giao ban hằng quý với linh mục quản xứ. Ông Đinh Hrui, già làng, người có uy tín làng Đê Kôp, xã Ayun, đề nghị duy trì chế độ cho 1.254 người có uy tín trong tỉnh.
Phát biểu chỉ đạo, đồng chí Rah Lan Blin yêu cầu năm 2024 các cấp ủy chủ động đối thoại, giải quyết kịp thời kiến nghị chính đáng của giáo dân; thực hiện nghiêm Quy định số 124-QĐ/TW ngày 7/10/2023 của Ban Bí thư về công tác dân vận. Đồng chí đề nghị nhân rộng mô hình "Làng Công giáo bình yên" lên ít nhất 60 làng.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể và 27 cá nhân tiêu biểu; các Linh mục Giuse Rơ Mah Tơn, Đaminh Kpă Hyơng - Ủy viên Ủy ban Đoàn kết Công giáo tỉnh, được tặng kỷ niệm chương "Vì sự nghiệp Dân vận".
Thanh Nhật
Tin liên quan
- Chư Sê đối thoại với linh mục quản xứ (15/12/2023)
- 45 tập thể, cá nhân được biểu dương (trích danh sách) (10/12/2023)
- Giao ban dân vận quý IV/2023 (05/12/2023)
""", "2023-12-27", "Tôn vinh 45 tập thể, cá nhân tiêu biểu trong vận động đồng bào Công giáo",
E("tong_ket", "2023", "2023-12-26"),
[P("Rah Lan Blin", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Ksor H'Bơ Thuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Mỹ Lệ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phêrô Nay Blin", "Linh mục", "Quản xứ giáo xứ Plei Chuet"),
 P("Rơ Châm Phin", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Păh"),
 P("Siu H'Nhơi", "Chủ tịch Ủy ban MTTQ xã Ia Ka"),
 P("Đinh Hrui", "già làng", "người có uy tín làng Đê Kôp"),
 P("Giuse Rơ Mah Tơn", "Linh mục", "Ủy viên Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Đaminh Kpă Hyơng", "Linh mục", "Ủy viên Ủy ban Đoàn kết Công giáo tỉnh")],
[Q("45 tập thể, cá nhân tiêu biểu", 45, "tập thể, cá nhân tiêu biểu"),
 Q("trên 230.000 giáo dân", 230000, "giáo dân", "over"), Q("khoảng 65%", 65, "%", "approx"), Q("79 giáo xứ", 79, "giáo xứ"),
 Q("27 giáo họ biệt lập", 27, "giáo họ biệt lập"), Q("312 cuộc tiếp xúc", 312, "cuộc tiếp xúc"),
 Q("4.800 hộ giáo dân", 4800, "hộ giáo dân"), Q("29/31 đơn thư", 29, "đơn thư"),
 Q("hơn 7,8 tỷ đồng", 7800000000, "đồng", "over"), Q("18.600 m2", 18600, "m2"), Q("93,4%", 93.4, "%"),
 Q("126 hộ", 126, "hộ"), Q("1.254 người có uy tín", 1254, "người có uy tín"),
 Q("ít nhất 60 làng", 60, "làng", "over"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân tiêu biểu", 27, "cá nhân tiêu biểu")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Hướng dẫn", "12", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 12-HD/BDVTW"),
 D("Quy định", "124", "QĐ/TW", "2023-10-07", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 7/10/2023")],
[prov("Gia Lai"), com("Thắng Lợi"), com("Ia Ka"), com("Ayun")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "You are here: Trang chủ > Tin tức > Tin hoạt động", "Hôm nay: Thứ Năm, 28/12/2023",
 "Toàn cảnh hội nghị.", "Tin lành Đê Ga", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Làng Công giáo bình yên",
 "Vì sự nghiệp Dân vận", "Giáo phận Kon Tum"],
["Thứ Tư, 27/12/2023 - 15:10", "năm 2023", "năm 2024", "bỏ mả"]))

PAGES.append(page("b6068-binhphuoc-gapmat-phucsinh-2024", """
Báo Bình Phước điện tử
Thời sự | Chính trị | Tôn giáo
Thứ Ba, 02/04/2024 - 18:20
Ảnh: Đồng chí Huỳnh Thị Thanh Mai tặng hoa chúc mừng Giáo hạt Phước Long.
Tỉnh Bình Phước gặp mặt chức sắc Công giáo nhân Lễ Phục sinh
Chiều 1/4, Ban Dân vận Tỉnh ủy, UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị gặp mặt chức sắc Công giáo năm 2024 nhân dịp Lễ Phục sinh. Dự có đồng chí Huỳnh Thị Thanh Mai, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Điểu Thị Hồng Vân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Linh mục Vinh Sơn Trần Minh Tân, Quản hạt Bình Phước, cùng 87 linh mục, tu sĩ đại diện 56 giáo xứ, giáo họ thuộc Giáo phận Phú Cường.
Bình Phước có khoảng 190.000 giáo dân, chiếm 18,6% dân số, trong đó có hơn 7.200 giáo dân là đồng bào S'tiêng, M'nông. Ông Lê Văn Thuận, Phó Trưởng Ban Dân vận Tỉnh ủy, báo cáo: năm 2023 các giáo xứ đã cùng chính quyền trao 5.600 suất quà, xây 41 căn nhà tình thương, hỗ trợ 286 suất học bổng với tổng trị giá trên 9,2 tỷ đồng. Tỉnh thực hiện Quy định số 23-QĐ/TW ngày 30/7/2021 của Ban Bí thư về tiếp nhận kiến nghị của Nhân dân qua Mặt trận, Nghị quyết số 51/NQ-HĐND ngày 8/12/2023 của HĐND tỉnh và Kế hoạch số 301-KH/TU của Tỉnh ủy; đã giải quyết 23 trong số 27 kiến nghị của các giáo xứ trong năm 2023.
Tại hội nghị, Linh mục Giuse Điểu Ngoan, Quản xứ giáo xứ Bom Bo, xã Bình Minh, đề nghị tỉnh đầu tư 2,5 km đường vào khu dân cư giáo xứ; Linh mục Phaolô Lê Quang Thịnh, Chánh xứ giáo xứ Phước Bình, phường Phước Bình, kiến nghị hỗ trợ đất xây trường mầm non cho 150 trẻ. Bà Thị Hạnh, người S'tiêng, Trưởng ban Caritas giáo họ Bù Nho, đề nghị mở lớp dạy nghề cho 40 phụ nữ Công giáo.
Ông Nguyễn Hoàng Sơn, Trưởng Ban Tôn giáo Sở Nội vụ, thông tin thêm: từ đầu năm 2024 đến nay, Sở đã thẩm định 9 hồ sơ đề nghị sửa chữa nhà thờ, phối hợp với Sở Tài nguyên và Môi trường hoàn thiện 6 hồ sơ cấp giấy chứng nhận quyền sử dụng đất cho các giáo xứ ở các xã biên giới Lộc Ninh, Bù Đốp.
Trả lời, các ông Trần Văn Lợi, Lê Trường Giang - Phó Chủ tịch UBND tỉnh cho biết đường vào giáo xứ Bom Bo đã được bố trí 12 tỷ đồng trong kế hoạch năm 2024; giao Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội khảo sát nhu cầu học nghề.
Phát biểu, đồng chí Huỳnh Thị Thanh Mai chúc mừng Lễ Phục sinh, đề nghị các linh mục tiếp tục phát huy tinh thần "Kính Chúa, yêu nước", vận động giáo dân tham gia bầu cử, xây dựng nông thôn mới và giữ gìn an ninh biên giới với 3 huyện giáp Campuchia.
Thanh Hương
Tin khác
- Bù Đăng: đối thoại với người có uy tín năm 2024 (25/03/2024)
- 200 suất quà cho giáo dân nghèo dịp Phục sinh (28/03/2024)
- Đồng Xoài giao ban dân vận quý I (20/03/2024)
""", "2024-04-02", "Tỉnh Bình Phước gặp mặt chức sắc Công giáo nhân Lễ Phục sinh",
E("hoi_nghi", "2024", "2024-04-01"),
[P("Huỳnh Thị Thanh Mai", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Điểu Thị Hồng Vân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vinh Sơn Trần Minh Tân", "Linh mục", "Quản hạt Bình Phước"),
 P("Lê Văn Thuận", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Điểu Ngoan", "Linh mục", "Quản xứ giáo xứ Bom Bo"),
 P("Phaolô Lê Quang Thịnh", "Linh mục", "Chánh xứ giáo xứ Phước Bình"),
 P("Thị Hạnh", "Trưởng ban Caritas giáo họ Bù Nho"),
 P("Trần Văn Lợi", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Trường Giang", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Hoàng Sơn", "Trưởng Ban Tôn giáo Sở Nội vụ")],
[Q("87 linh mục, tu sĩ", 87, "linh mục, tu sĩ"), Q("56 giáo xứ, giáo họ", 56, "giáo xứ, giáo họ"),
 Q("khoảng 190.000 giáo dân", 190000, "giáo dân", "approx"), Q("18,6%", 18.6, "%"),
 Q("hơn 7.200 giáo dân", 7200, "giáo dân", "over"), Q("5.600 suất quà", 5600, "suất quà"),
 Q("41 căn nhà tình thương", 41, "căn nhà tình thương"), Q("286 suất học bổng", 286, "suất học bổng"),
 Q("trên 9,2 tỷ đồng", 9200000000, "đồng", "over"), Q("23 trong số 27 kiến nghị", 23, "kiến nghị"),
 Q("2,5 km", 2.5, "km"), Q("150 trẻ", 150, "trẻ"), Q("40 phụ nữ Công giáo", 40, "phụ nữ Công giáo"),
 Q("12 tỷ đồng", 12000000000, "đồng"), Q("3 huyện", 3, "huyện"),
 Q("9 hồ sơ", 9, "hồ sơ"), Q("6 hồ sơ", 6, "hồ sơ")],
[D("Quy định", "23", "QĐ/TW", "2021-07-30", "Ban Bí thư", "Quy định số 23-QĐ/TW ngày 30/7/2021"),
 D("Nghị quyết", "51", "NQ-HĐND", "2023-12-08", "HĐND tỉnh", "Nghị quyết số 51/NQ-HĐND ngày 8/12/2023"),
 D("Kế hoạch", "301", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 301-KH/TU")],
[prov("Bình Phước"), com("Bình Minh"), com("Phước Bình")],
["Báo Bình Phước điện tử", "Thời sự | Chính trị | Tôn giáo",
 "Ảnh: Đồng chí Huỳnh Thị Thanh Mai tặng hoa chúc mừng Giáo hạt Phước Long.", "Kính Chúa, yêu nước", "Giáo phận Phú Cường"],
["Thứ Ba, 02/04/2024 - 18:20", "năm 2024", "năm 2023", "Lễ Phục sinh"]))

PAGES.append(page("b6069-thanhhoa-ngason-soket-vunggiao-2024", """
BÁO THANH HÓA
Thời sự > Chính trị > Xây dựng Đảng
30 tháng 7, 2024 | 17:45
Nga Sơn: 6 tháng, vận động giáo dân hiến gần 9.000 m2 đất làm đường
Ngày 29/7, Ban Thường vụ Huyện ủy Nga Sơn tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 công tác dân vận vùng đồng bào Công giáo, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Mai Văn Toàn, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có Linh mục Micae Nguyễn Văn Đông, Quản hạt Nga Sơn, Giáo phận Phát Diệm, và các ông Lê Văn Cảnh, Phạm Văn Tuấn, Mai Xuân Hòa - Phó Chủ tịch UBND huyện.
Đồng chí Mai Văn Toàn chủ trì hội nghị.
Huyện Nga Sơn (tỉnh Thanh Hóa) có 8 giáo xứ, 34 giáo họ với hơn 27.000 giáo dân, sống tập trung ở 9 xã ven biển. 6 tháng đầu năm, bà con giáo dân đã hiến gần 9.000 m2 đất, góp 3,6 tỷ đồng và 12.400 ngày công làm 7,3 km đường giao thông nông thôn. Huyện tổ chức 19 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với linh mục quản xứ; tiếp nhận 34 ý kiến, kiến nghị, đã giải quyết 30 ý kiến, kiến nghị, đạt 88,2%. Không phát sinh điểm nóng liên quan đến tôn giáo.
Thực hiện Nghị quyết số 16-NQ/TU ngày 20/4/2022 của Ban Chấp hành Đảng bộ tỉnh, Chỉ thị 07, 08-CT/HU của Ban Thường vụ Huyện ủy và Kế hoạch số 86/KH-UBND ngày 15/1/2024 của UBND huyện, các xã vùng giáo đã xây dựng 14 mô hình "Dân vận khéo" cấp huyện; 100% giáo xứ ký cam kết không để giáo dân khai thác thủy sản bất hợp pháp (IUU).
Tại hội nghị, ông Trịnh Văn Sỹ, Bí thư Đảng ủy, Chủ tịch HĐND xã Nga Điền, cho biết nhờ phối hợp chặt chẽ với Linh mục Phêrô Trần Văn Ninh, Quản xứ giáo xứ Điền Hộ, xã đã giải phóng mặt bằng dự án đê biển với 47 hộ giáo dân. Bà Nguyễn Thị Lệ, Chủ tịch Ủy ban MTTQ xã Nga Thủy, đề nghị huyện bố trí kinh phí cho 12 tổ hòa giải ở khu dân cư vùng giáo; ông Vũ Đình Khá, Trùm trưởng giáo họ Thủy Thành, kiến nghị nạo vét 2 tuyến kênh tiêu úng.
Ông Lê Văn Cảnh cho biết UBND huyện đã chi 850 triệu đồng hỗ trợ 17 hộ giáo dân ngư dân sửa chữa tàu sau đợt áp thấp nhiệt đới tháng 6, đồng thời cấp 320 thẻ bảo hiểm y tế cho người cao tuổi Công giáo từ 75 tuổi trở lên.
Kết luận, đồng chí Mai Văn Toàn yêu cầu 6 tháng cuối năm tập trung vận động giáo dân tham gia xây dựng nông thôn mới nâng cao, chuẩn bị tốt đại hội chi bộ nhiệm kỳ 2025 - 2027 ở 28 chi bộ vùng giáo; duy trì giao ban quý với các linh mục quản xứ; phấn đấu đến cuối năm không dưới 95% kiến nghị được giải quyết dứt điểm.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 6 tập thể, 9 cá nhân; trong đó có 2 linh mục quản xứ.
Hoàng Đông
TIN CÙNG CHUYÊN MỤC
- Hậu Lộc đối thoại với chức sắc Công giáo (24/07/2024)
- Thanh Hóa: 120 gương điển hình "Dân vận khéo" được biểu dương (18/07/2024)
- Sơ kết 6 tháng công tác dân vận chính quyền (12/07/2024)
""", "2024-07-30", "Nga Sơn: 6 tháng, vận động giáo dân hiến gần 9.000 m2 đất làm đường",
E("so_ket", "2024-H1", "2024-07-29"),
[P("Mai Văn Toàn", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Micae Nguyễn Văn Đông", "Linh mục", "Quản hạt Nga Sơn"),
 P("Lê Văn Cảnh", "Phó Chủ tịch UBND huyện"),
 P("Phạm Văn Tuấn", "Phó Chủ tịch UBND huyện"),
 P("Mai Xuân Hòa", "Phó Chủ tịch UBND huyện"),
 P("Trịnh Văn Sỹ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Nga Điền"),
 P("Phêrô Trần Văn Ninh", "Linh mục", "Quản xứ giáo xứ Điền Hộ"),
 P("Nguyễn Thị Lệ", "Chủ tịch Ủy ban MTTQ xã Nga Thủy"),
 P("Vũ Đình Khá", "Trùm trưởng giáo họ Thủy Thành")],
[Q("gần 9.000 m2", 9000, "m2", "approx"), Q("8 giáo xứ", 8, "giáo xứ"), Q("34 giáo họ", 34, "giáo họ"),
 Q("hơn 27.000 giáo dân", 27000, "giáo dân", "over"), Q("9 xã ven biển", 9, "xã ven biển"),
 Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("12.400 ngày công", 12400, "ngày công"), Q("7,3 km", 7.3, "km"),
 Q("19 cuộc đối thoại", 19, "cuộc đối thoại"), Q("34 ý kiến, kiến nghị", 34, "ý kiến, kiến nghị"),
 Q("30 ý kiến, kiến nghị", 30, "ý kiến, kiến nghị"), Q("88,2%", 88.2, "%"),
 Q("14 mô hình", 14, "mô hình"), Q("100% giáo xứ", 100, "%"), Q("47 hộ giáo dân", 47, "hộ giáo dân"),
 Q("12 tổ hòa giải", 12, "tổ hòa giải"), Q("2 tuyến kênh tiêu úng", 2, "tuyến kênh tiêu úng"),
 Q("28 chi bộ vùng giáo", 28, "chi bộ vùng giáo"), Q("không dưới 95%", 95, "%", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("850 triệu đồng", 850000000, "đồng"), Q("17 hộ giáo dân ngư dân", 17, "hộ giáo dân ngư dân"),
 Q("320 thẻ bảo hiểm y tế", 320, "thẻ bảo hiểm y tế"), Q("9 cá nhân", 9, "cá nhân"), Q("2 linh mục quản xứ", 2, "linh mục quản xứ")],
[D("Nghị quyết", "16", "NQ/TU", "2022-04-20", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 16-NQ/TU ngày 20/4/2022"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 07, 08-CT/HU"),
 D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 07, 08-CT/HU"),
 D("Kế hoạch", "86", "KH-UBND", "2024-01-15", "UBND huyện", "Kế hoạch số 86/KH-UBND ngày 15/1/2024")],
[prov("Thanh Hóa"), com("Nga Điền"), com("Nga Thủy")],
["BÁO THANH HÓA", "Thời sự > Chính trị > Xây dựng Đảng", "Đồng chí Mai Văn Toàn chủ trì hội nghị.", "Dân vận khéo",
 "Giáo phận Phát Diệm"],
["30 tháng 7, 2024 | 17:45", "6 tháng đầu năm 2024", "6 tháng cuối năm", "nhiệm kỳ 2025 - 2027", "6 tháng", "75 tuổi", "tháng 6"]))

PAGES.append(page("b6070-vinhlong-traoqua-giangsinh-toagiammuc-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ › Chính trị › Dân vận - Tôn giáo
Thứ Ba, 23/12/2025 - 07:30
Lãnh đạo tỉnh Vĩnh Long thăm, chúc mừng Giáng sinh Tòa Giám mục Vĩnh Long
Đoàn công tác tặng quà gia đình giáo dân khó khăn tại giáo xứ Mỹ Chánh. Ảnh: Phước Hậu
Ngày 22/12/2025, đoàn công tác của Tỉnh ủy, UBND, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do đồng chí Trần Thị Mỹ Duyên, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Giám mục Phaolô Lê Văn Hiếu, Giám mục Giáo phận Vĩnh Long, cùng các linh mục, tu sĩ tại Tòa Giám mục nhân dịp Lễ Giáng sinh 2025. Cùng đi có đồng chí Thạch Sô Phanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Thông tin với Giám mục, đồng chí Trần Thị Mỹ Duyên cho biết, sau sắp xếp đơn vị hành chính từ ngày 1/7/2025, tỉnh Vĩnh Long mới (hợp nhất Vĩnh Long, Bến Tre, Trà Vinh) có 124 xã, phường với hơn 4,2 triệu dân; đồng bào Công giáo có khoảng 305.000 người, sinh hoạt tại 156 giáo xứ. Năm 2025, các giáo xứ đã tham gia chương trình xóa nhà tạm, nhà dột nát với 1.150 căn nhà, đóng góp trên 26 tỷ đồng cho an sinh xã hội. Tỉnh đang triển khai Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư và Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh.
Dịp này, đoàn trao tặng Tòa Giám mục lẵng hoa và 50 phần quà Giáng sinh, mỗi phần trị giá 1 triệu đồng, cho các gia đình giáo dân khó khăn. Theo Kế hoạch số 35-KH/BTGDVTU ngày 2/12/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, từ ngày 18 đến 24/12, 7 đoàn của tỉnh đi thăm, tặng 620 phần quà tại các giáo xứ, trong đó có 85 phần quà cho giáo dân người Khmer ở các phường, xã của tỉnh Trà Vinh cũ.
Thay mặt Giáo phận, Giám mục Phaolô Lê Văn Hiếu cảm ơn lãnh đạo tỉnh; cho biết Giáo phận luôn khuyến khích giáo dân "sống Phúc Âm giữa lòng dân tộc", tích cực tham gia bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031.
Cùng ngày, các đoàn do các đồng chí Phó Chủ tịch UBND tỉnh: Đỗ Quang Thiện, Lâm Minh Tuấn và đồng chí Kim Ngọc Sơn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã thăm, tặng quà giáo xứ Cái Mơn (xã Vĩnh Thành), giáo xứ Mỹ Chánh (xã Hòa Minh) và giáo xứ Trà Vinh (phường Trà Vinh). Linh mục Giuse Thạch Sa Rum, Quản xứ giáo xứ Mỹ Chánh, và Linh mục Antôn Nguyễn Văn Phước, Quản xứ giáo xứ Cái Mơn, đã tiếp đoàn.
Phước Hậu - Kim Ngân
Các tin khác
- Vĩnh Long: 100% xã, phường hoàn thành xóa nhà tạm (15/12/2025)
- Gặp mặt chức sắc Phật giáo Nam tông Khmer (10/12/2025)
- Hội nghị đối thoại với người có uy tín năm 2025 (05/12/2025)
""", "2025-12-23", "Lãnh đạo tỉnh Vĩnh Long thăm, chúc mừng Giáng sinh Tòa Giám mục Vĩnh Long",
E("trao_qua", None, "2025-12-22"),
[P("Trần Thị Mỹ Duyên", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phaolô Lê Văn Hiếu", "Giám mục", "Giám mục Giáo phận Vĩnh Long"),
 P("Thạch Sô Phanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đỗ Quang Thiện", "Phó Chủ tịch UBND tỉnh"),
 P("Lâm Minh Tuấn", "Phó Chủ tịch UBND tỉnh"),
 P("Kim Ngọc Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giuse Thạch Sa Rum", "Linh mục", "Quản xứ giáo xứ Mỹ Chánh"),
 P("Antôn Nguyễn Văn Phước", "Linh mục", "Quản xứ giáo xứ Cái Mơn")],
[Q("124 xã, phường", 124, "xã, phường"), Q("hơn 4,2 triệu dân", 4200000, "dân", "over"),
 Q("khoảng 305.000 người", 305000, "người", "approx"), Q("156 giáo xứ", 156, "giáo xứ"),
 Q("1.150 căn nhà", 1150, "căn nhà"), Q("trên 26 tỷ đồng", 26000000000, "đồng", "over"),
 Q("50 phần quà", 50, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("7 đoàn", 7, "đoàn"),
 Q("620 phần quà", 620, "phần quà"), Q("85 phần quà", 85, "phần quà")],
[D("Kết luận", "137", "KL/TW", "2025-03-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW ngày 28/3/2025"),
 D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "35", "KH/BTGDVTU", "2025-12-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 35-KH/BTGDVTU ngày 2/12/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Vĩnh Thành"), com("Hòa Minh"), com("Trà Vinh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ › Chính trị › Dân vận - Tôn giáo",
 "Đoàn công tác tặng quà gia đình giáo dân khó khăn tại giáo xứ Mỹ Chánh. Ảnh: Phước Hậu", "sống Phúc Âm giữa lòng dân tộc",
 "Tòa Giám mục Vĩnh Long", "xóa nhà tạm, nhà dột nát"],
["Thứ Ba, 23/12/2025 - 07:30", "Lễ Giáng sinh 2025", "Năm 2025", "khóa XVI", "nhiệm kỳ 2026 - 2031", "1/7/2025"]))
