from lib import *
PAGES = []

PAGES.append(page("b9473-haiduong-bdvtw-dvk-baocao-2022", """
BAN DÂN VẬN TỈNH ỦY HẢI DƯƠNG
Trang chủ / Tin tức - Sự kiện / Tin hoạt động
Thứ Sáu, 16/9/2022 | 14:30
Đồng chí Đỗ Văn Phớn phát biểu tại buổi làm việc.
Đoàn công tác Ban Dân vận Trung ương nghe báo cáo về phong trào "Dân vận khéo" tại Hải Dương
Ngày 15/9/2022, đoàn công tác Ban Dân vận Trung ương do đồng chí Đỗ Văn Phớn, Phó Trưởng Ban Dân vận Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Hải Dương, nghe báo cáo kết quả thực hiện phong trào thi đua "Dân vận khéo" năm 2022. Tiếp và làm việc với đoàn có đồng chí Vũ Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Nguyễn Văn Tùng, Lương Thị Hồng - Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo do đồng chí Vũ Thị Thanh Hương trình bày cho biết, thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Kế hoạch số 64-KH/BDVTW của Ban Dân vận Trung ương, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 11-CT/TU ngày 9/3/2022 về đẩy mạnh phong trào thi đua "Dân vận khéo" giai đoạn 2022 - 2025. Từ đầu năm đến nay, toàn tỉnh xây dựng mới 347 mô hình, nâng tổng số mô hình đang duy trì lên 3.125; trong đó 486 mô hình trong khối cơ quan nhà nước, 274 mô hình trong doanh nghiệp.
Nhiều mô hình gắn với xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu như "Khu dân cư 5 không, 3 sạch", "Đường hoa nông thôn mới", "Dòng họ khuyến học". Nhân dân trong tỉnh đã hiến 32.600 m2 đất, đóng góp 126,4 tỷ đồng, 48.000 ngày công cho các công trình hạ tầng; 12 xã được công nhận đạt chuẩn nông thôn mới kiểu mẫu. Ở xã Thanh Cường, huyện Thanh Hà, mô hình "Tổ hợp tác vải thiều VietGAP" giúp 128 hộ xuất khẩu 1.450 tấn vải, giá bán cao hơn khoảng 15% so với vải thường.
Đồng chí Hoàng Văn Quân, Bí thư Đảng ủy xã Thanh Cường, cho biết điều quan trọng nhất là chi bộ bàn bạc công khai với dân từ đầu, "dân biết, dân bàn" rồi mới "dân làm". Đồng chí Phạm Thị Thu Trang, Chủ tịch Liên đoàn Lao động tỉnh, nêu mô hình "Doanh nghiệp đối thoại định kỳ với người lao động" được 95 doanh nghiệp duy trì, góp phần giảm các vụ ngừng việc tập thể.
Phát biểu tại buổi làm việc, đồng chí Đỗ Văn Phớn ghi nhận Hải Dương là một trong những địa phương có cách làm bài bản, chú trọng chất lượng hơn số lượng. Đồng chí đề nghị tỉnh tiếp tục quan tâm dân vận chính quyền, gắn phong trào với cải cách hành chính, chuyển đổi số; chuẩn bị tốt việc sơ kết giữa nhiệm kỳ và phát hiện các điển hình tiêu biểu để Ban Dân vận Trung ương lựa chọn giới thiệu tại diễn đàn toàn quốc.
Dịp này, đoàn công tác đã đến thăm mô hình "Dòng họ khuyến học" ở thôn Hà Xá, xã Thanh Xá.
Thu Hà
Lượt xem: 610
Tin khác
- Hội nghị giao ban công tác dân vận quý III/2022 (09/09/2022)
- Ninh Giang: ra mắt 15 mô hình "Dân vận khéo" (26/08/2022)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (12/08/2022)
- Kinh Môn: vận động nhân dân hiến đất mở rộng đường (29/07/2022)
""", "2022-09-16", "Đoàn công tác Ban Dân vận Trung ương nghe báo cáo về phong trào \"Dân vận khéo\" tại Hải Dương",
E("bao_cao", "2022", "2022-09-15"),
[P("Đỗ Văn Phớn", "Phó Trưởng Ban Dân vận Trung ương"),
 P("Vũ Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Thị Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Quân", "Bí thư Đảng ủy xã Thanh Cường"),
 P("Phạm Thị Thu Trang", "Chủ tịch Liên đoàn Lao động tỉnh")],
[Q("347 mô hình", 347, "mô hình"), Q("3.125", 3125, "mô hình"), Q("486 mô hình", 486, "mô hình"),
 Q("274 mô hình", 274, "mô hình"), Q("32.600 m2", 32600, "m2"), Q("126,4 tỷ đồng", 126400000000, "đồng"),
 Q("48.000 ngày công", 48000, "ngày công"), Q("12 xã", 12, "xã"), Q("128 hộ", 128, "hộ"), Q("1.450 tấn", 1450, "tấn"),
 Q("khoảng 15%", 15, "%", "approx"), Q("95 doanh nghiệp", 95, "doanh nghiệp")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "64", "KH/BDVTW", None, "Ban Dân vận Trung ương", "Kế hoạch số 64-KH/BDVTW"),
 D("Chỉ thị", "11", "CT/TU", "2022-03-09", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 9/3/2022")],
[prov("Hải Dương"), com("Thanh Cường"), com("Thanh Xá")],
["BAN DÂN VẬN TỈNH ỦY HẢI DƯƠNG", "Trang chủ / Tin tức - Sự kiện / Tin hoạt động",
 "Đồng chí Đỗ Văn Phớn phát biểu tại buổi làm việc.", "Dân vận khéo", "Khu dân cư 5 không, 3 sạch",
 "Đường hoa nông thôn mới", "Dòng họ khuyến học", "Tổ hợp tác vải thiều VietGAP",
 "Doanh nghiệp đối thoại định kỳ với người lao động", "Lượt xem: 610"],
["Thứ Sáu, 16/9/2022 | 14:30", "năm 2022", "2022 - 2025", "5 không, 3 sạch", "Lượt xem: 610"]))

PAGES.append(page("b9474-kontum-bdv-dvk-soket-2022", """
Báo Kon Tum điện tử
Chính trị | Dân vận - Mặt trận
22/07/2022 06:00
Dân vận khéo giúp đồng bào vùng sâu thoát nghèo
BKT- Ngày 21/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận và phong trào thi đua "Dân vận khéo" 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Y Kim Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: H.H
Theo báo cáo, 6 tháng đầu năm 2022, các cấp đã công nhận 112 mô hình "Dân vận khéo", trong đó có 47 mô hình cấp tỉnh, nâng tổng số mô hình trên địa bàn lên 1.038. Phần lớn mô hình gắn với thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Nhờ cách làm "cầm tay chỉ việc" của cán bộ dân vận, 215 hộ đồng bào Xơ Đăng, Ba Na, Giẻ Triêng thoát nghèo; 1.260 hộ được hỗ trợ cây giống sâm Ngọc Linh, cà phê, mắc ca. Tại xã Măng Ri, huyện Tu Mơ Rông, mô hình "Nhà sạch, vườn đẹp, làng văn minh" giúp 96% hộ dân có nhà vệ sinh hợp vệ sinh; tại xã Đăk Năng, thành phố Kon Tum, 38 hộ được vận động dời chuồng trại ra xa nhà ở.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 18, 19-CT/TU về công tác vận động quần chúng ở vùng có đạo và về phát huy vai trò người có uy tín; ban hành Kế hoạch số 41-KH/BDVTU ngày 10/3/2022 về khảo sát mô hình "Dân vận khéo" tại 25 xã đặc biệt khó khăn.
Thảo luận tại hội nghị, đồng chí A Sang, HUV, Trưởng Ban Dân vận Huyện ủy Đăk Glei chia sẻ kinh nghiệm vận động đồng bào Giẻ Triêng bảo vệ 2.300 ha rừng cộng đồng. Đồng chí Y Lan Hương, Bí thư Đoàn xã Ngọk Réo, huyện Đăk Hà kể về đội thanh niên tình nguyện giúp 17 hộ neo đơn dựng lại nhà sau mưa bão. Già làng A Hùng, người có uy tín làng Kon Jơ Ri, xã Đăk Rơ Wa đề nghị tỉnh quan tâm hơn nữa chế độ cho người có uy tín.
Kết luận hội nghị, đồng chí Y Kim Nhung đề nghị các cấp tiếp tục quán triệt Quyết định số 23-QĐ/TW của Bộ Chính trị; lựa chọn, xây dựng mô hình phải từ nhu cầu của dân, tránh "đăng ký cho có". Đồng chí lưu ý thời gian tới cần chú trọng vận động đồng bào không nghe theo kẻ xấu, chống di cư tự do, tảo hôn và hôn nhân cận huyết thống. Đồng chí Trần Văn Lực, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, được giao chuẩn bị sơ kết 3 năm thực hiện chỉ thị vào quý IV.
Hồng Hạnh
Lượt xem: 385
Tin liên quan
- Sa Thầy ra mắt 4 mô hình "Dân vận khéo" (15/07/2022)
- Người có uy tín góp sức giữ bình yên làng (06/07/2022)
- Đăk Tô: tổng kết 10 năm thực hiện Quy chế dân vận (24/06/2022)
- Ban Dân vận Tỉnh ủy khảo sát tại xã Măng Bút (10/06/2022)
""", "2022-07-22", "Dân vận khéo giúp đồng bào vùng sâu thoát nghèo",
E("so_ket", "2022-H1", "2022-07-21"),
[P("Y Kim Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Sang", "HUV", "Trưởng Ban Dân vận Huyện ủy Đăk Glei"),
 P("Y Lan Hương", "Bí thư Đoàn xã Ngọk Réo"),
 P("A Hùng", "Già làng", "người có uy tín làng Kon Jơ Ri"),
 P("Trần Văn Lực", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("112 mô hình", 112, "mô hình"), Q("47 mô hình cấp tỉnh", 47, "mô hình cấp tỉnh"), Q("1.038", 1038, "mô hình"),
 Q("215 hộ", 215, "hộ"), Q("1.260 hộ", 1260, "hộ"), Q("96%", 96, "%"), Q("38 hộ", 38, "hộ"),
 Q("25 xã đặc biệt khó khăn", 25, "xã đặc biệt khó khăn"), Q("2.300 ha", 2300, "ha"), Q("17 hộ neo đơn", 17, "hộ neo đơn")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Kế hoạch", "41", "KH/BDVTU", "2022-03-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 41-KH/BDVTU ngày 10/3/2022"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW")],
[prov("Kon Tum"), com("Măng Ri"), com("Đăk Năng"), com("Ngọk Réo"), com("Đăk Rơ Wa")],
["Báo Kon Tum điện tử", "Chính trị | Dân vận - Mặt trận", "BKT", "Quang cảnh hội nghị. Ảnh: H.H", "Dân vận khéo",
 "Nhà sạch, vườn đẹp, làng văn minh", "cầm tay chỉ việc", "đăng ký cho có",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["22/07/2022 06:00", "6 tháng đầu năm 2022", "6 tháng cuối năm 2022", "3 năm", "quý IV", "Lượt xem: 385"]))

PAGES.append(page("b9475-quangninh-bdv-dvk-tongket-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NINH - CỔNG THÔNG TIN ĐIỆN TỬ
You are here: Trang chủ > Tin tức > Dân vận khéo
2023-12-26 16:40
Toàn cảnh hội nghị tổng kết năm 2023.
Quảng Ninh: 3.412 mô hình "Dân vận khéo" lan tỏa trong đời sống
Ngày 25/12/2023, Ban Dân vận Tỉnh ủy Quảng Ninh tổ chức hội nghị tổng kết công tác dân vận, phong trào thi đua "Dân vận khéo" năm 2023 và triển khai nhiệm vụ năm 2024. Dự hội nghị có đồng chí Lý Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Chìu Văn Vấn, Đặng Thị Hoa, Nguyễn Mạnh Cường.
Năm 2023, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 16, 17-KL/TU về công tác dân vận trong đồng bào dân tộc thiểu số vùng biên giới, hải đảo và về nâng cao hiệu quả phong trào "Dân vận khéo" trong các cơ quan nhà nước; ban hành Hướng dẫn số 02-HD/BDVTU ngày 6/2/2023 về tiêu chí lựa chọn mô hình. Toàn tỉnh hiện có 3.412 mô hình, trong đó 735 mô hình được công nhận trong năm, 189 mô hình cấp tỉnh.
Từ các mô hình, nhân dân đã tự nguyện hiến 61.500 m2 đất, góp trên 42 tỷ đồng làm đường, nhà văn hóa; 100% thôn, bản vùng đồng bào dân tộc thiểu số có đường bê tông đến trung tâm. Các cấp chính quyền đã tiếp 1.320 lượt người, tổ chức 86 cuộc đối thoại trực tiếp với nhân dân, giải quyết dứt điểm 214/231 đơn thư, kiến nghị.
Tại hội nghị, nhiều điển hình chia sẻ cách làm. Ông Triệu Tài Phú, Bí thư Chi bộ kiêm Trưởng thôn Khe Tiền, xã Đồng Văn, huyện Bình Liêu, nói về mô hình "Thôn biên giới không có người vượt biên trái phép" được duy trì nhiều năm. Bà La Thị Mai (dân tộc Sán Dìu), người có uy tín thôn Đồng Mương, xã Đồng Sơn, chia sẻ kinh nghiệm vận động bà con trồng 120 ha quế, hồi, giữ rừng. Thượng tọa Thích Đạo Nhã, trụ trì chùa Long Tiên, nêu hoạt động của Phật giáo tỉnh hỗ trợ 320 học sinh nghèo vượt khó.
Phát biểu kết luận, đồng chí Lý Thị Lan yêu cầu năm 2024 các cấp tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị; tổng kết 15 năm phong trào thi đua "Dân vận khéo" gắn với kỷ niệm 95 năm Ngày truyền thống công tác dân vận của Đảng; mỗi cơ quan, đơn vị cần chọn "việc khó" để đăng ký mô hình, tránh dàn trải.
Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 18 tập thể, 24 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 40 tập thể, 62 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2023.
Minh Đức
Lượt truy cập: 3.250.418
Bài viết liên quan
- Móng Cái: 30 mô hình "Dân vận khéo" được công nhận (19/12/2023)
- Vân Đồn tổng kết công tác dân vận năm 2023 (15/12/2023)
- Tập huấn nghiệp vụ công tác dân vận năm 2023 (22/11/2023)
- Tiên Yên: già làng, trưởng bản giữ bình yên vùng biên (08/11/2023)
""", "2023-12-26", "Quảng Ninh: 3.412 mô hình \"Dân vận khéo\" lan tỏa trong đời sống",
E("tong_ket", "2023", "2023-12-25"),
[P("Lý Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Chìu Văn Vấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Mạnh Cường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Tài Phú", "Bí thư Chi bộ kiêm Trưởng thôn Khe Tiền"),
 P("La Thị Mai", "người có uy tín thôn Đồng Mương"),
 P("Thích Đạo Nhã", "Thượng tọa", "trụ trì chùa Long Tiên")],
[Q("3.412 mô hình", 3412, "mô hình"), Q("735 mô hình", 735, "mô hình"), Q("189 mô hình cấp tỉnh", 189, "mô hình cấp tỉnh"),
 Q("61.500 m2", 61500, "m2"), Q("trên 42 tỷ đồng", 42000000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("1.320 lượt người", 1320, "lượt người"), Q("86 cuộc đối thoại", 86, "cuộc đối thoại"),
 Q("214/231 đơn thư, kiến nghị", 214, "đơn thư, kiến nghị"), Q("120 ha", 120, "ha"),
 Q("320 học sinh nghèo", 320, "học sinh nghèo"), Q("18 tập thể", 18, "tập thể"), Q("24 cá nhân", 24, "cá nhân"),
 Q("40 tập thể", 40, "tập thể"), Q("62 cá nhân", 62, "cá nhân")],
[D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 16, 17-KL/TU"),
 D("Kết luận", "17", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 16, 17-KL/TU"),
 D("Hướng dẫn", "02", "HD/BDVTU", "2023-02-06", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 02-HD/BDVTU ngày 6/2/2023"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Đồng Sơn")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NINH - CỔNG THÔNG TIN ĐIỆN TỬ", "You are here: Trang chủ > Tin tức > Dân vận khéo",
 "Toàn cảnh hội nghị tổng kết năm 2023.", "Dân vận khéo", "Thôn biên giới không có người vượt biên trái phép",
 "Ngày truyền thống công tác dân vận của Đảng", "Lượt truy cập: 3.250.418"],
["2023-12-26 16:40", "năm 2023", "năm 2024", "15 năm", "95 năm", "Lượt truy cập: 3.250.418"]))

PAGES.append(page("b9476-ninhthuan-bdv-dvk-bieuduong-2023", """
Báo Ninh Thuận điện tử
Trang chủ » Chính trị » Dân vận
Ngày 13/10/2023 | 09:15
Gặp mặt, biểu dương 60 điển hình "Dân vận khéo" trong đồng bào Chăm, Raglai
Ngày 12/10, Ban Dân vận Tỉnh ủy tổ chức Hội nghị gặp mặt, biểu dương điển hình "Dân vận khéo" trong vùng đồng bào dân tộc thiểu số và tôn giáo năm 2023. Đồng chí Chamaléa Thị Thủy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có đồng chí Đàng Văn Hiếu, Phó Chủ tịch UBND tỉnh và 180 đại biểu là chức sắc, người có uy tín, cán bộ dân vận cơ sở.
Đồng chí Chamaléa Thị Thủy trao giấy khen cho các điển hình. Ảnh: Văn Miên
Báo cáo do đồng chí Thập Văn Tuấn, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy trình bày cho biết, thực hiện Nghị quyết số 24-NQ/TW và 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương (khóa IX) về công tác dân tộc, công tác tôn giáo, cùng Chương trình phối hợp số 05-CTr/BDVTU-BDT giữa Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh, phong trào thi đua "Dân vận khéo" trong vùng đồng bào Chăm, Raglai đã có trên 1.100 mô hình. Các mô hình giúp 2.460 hộ đồng bào phát triển nghề dệt thổ cẩm, gốm Bàu Trúc, chăn nuôi dê, cừu; 85 chức sắc, chức việc tham gia vận động tín đồ giữ gìn an ninh trật tự, thực hiện nếp sống văn minh trong việc cưới, việc tang.
Hội nghị đã biểu dương 60 điển hình, gồm 24 tập thể và 36 cá nhân. Cả sư Lưu Văn Nhận, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, chia sẻ việc vận động bà con rút ngắn thời gian tổ chức lễ tang, giảm chi phí cúng tế. Bà Đàng Thị Mỹ Hương, Chi hội trưởng Chi hội Phụ nữ thôn Mỹ Nghiệp, thị trấn Phước Dân, kể về tổ hợp tác dệt thổ cẩm có 42 thành viên, thu nhập bình quân 5,5 triệu đồng/người/tháng. Ông Pinăng Văn Đề, người có uy tín thôn Ma Lâm, xã Phước Hà, đã vận động 31 hộ Raglai chuyển đất rẫy kém hiệu quả sang trồng xoài, mít.
Phát biểu tại hội nghị, đồng chí Đàng Văn Hiếu ghi nhận những đóng góp của các chức sắc, người có uy tín trong việc giữ gìn khối đại đoàn kết. Đồng chí đề nghị các sở, ngành tiếp tục thực hiện hiệu quả Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, ưu tiên nguồn lực cho các mô hình có khả năng nhân rộng.
Kết luận hội nghị, đồng chí Chamaléa Thị Thủy đề nghị các cấp ủy quan tâm phát hiện, bồi dưỡng, nhân rộng điển hình; đưa nội dung "Dân vận khéo" vào sinh hoạt của các tổ chức tôn giáo và hội đoàn thể ở thôn. Mỗi điển hình được tặng giấy khen của Ban Dân vận Tỉnh ủy kèm tiền thưởng 1,5 triệu đồng.
Văn Miên
Lượt xem: 577
Tin liên quan
- Ninh Phước: người có uy tín góp sức xây dựng nông thôn mới (05/10/2023)
- Thăm, chúc mừng Lễ hội Katê năm 2023 (11/10/2023)
- Bác Ái ra mắt 5 mô hình "Dân vận khéo" (21/09/2023)
- Hội nghị giao ban khối dân vận quý III/2023 (14/09/2023)
""", "2023-10-13", "Gặp mặt, biểu dương 60 điển hình \"Dân vận khéo\" trong đồng bào Chăm, Raglai",
E("hoi_nghi", "2023", "2023-10-12"),
[P("Chamaléa Thị Thủy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàng Văn Hiếu", "Phó Chủ tịch UBND tỉnh"),
 P("Thập Văn Tuấn", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Lưu Văn Nhận", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Đàng Thị Mỹ Hương", "Chi hội trưởng Chi hội Phụ nữ thôn Mỹ Nghiệp"),
 P("Pinăng Văn Đề", "người có uy tín thôn Ma Lâm")],
[Q("60 điển hình", 60, "điển hình"), Q("180 đại biểu", 180, "đại biểu"), Q("trên 1.100 mô hình", 1100, "mô hình", "over"),
 Q("2.460 hộ đồng bào", 2460, "hộ đồng bào"), Q("85 chức sắc, chức việc", 85, "chức sắc, chức việc"),
 Q("24 tập thể", 24, "tập thể"), Q("36 cá nhân", 36, "cá nhân"), Q("42 thành viên", 42, "thành viên"),
 Q("5,5 triệu đồng", 5500000, "đồng"), Q("31 hộ Raglai", 31, "hộ Raglai"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Nghị quyết", "24", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 24-NQ/TW"),
 D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "25-NQ/TW ngày 12/3/2003"),
 D("Chương trình phối hợp", "05", "CTr/BDVTU-BDT", None, None, "Chương trình phối hợp số 05-CTr/BDVTU-BDT")],
[prov("Ninh Thuận"), com("Phước Dân"), com("Phước Hà")],
["Báo Ninh Thuận điện tử", "Trang chủ » Chính trị » Dân vận",
 "Đồng chí Chamaléa Thị Thủy trao giấy khen cho các điển hình. Ảnh: Văn Miên", "Dân vận khéo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Hội đồng Chức sắc Bà-la-môn tỉnh", "Lượt xem: 577"],
["Ngày 13/10/2023 | 09:15", "năm 2023", "khóa IX", "Lượt xem: 577"]))

PAGES.append(page("b9477-binhdinh-bdv-dvk-tongket-2024", """
BÁO BÌNH ĐỊNH ONLINE
Trang chủ > Thời sự > Chính trị
Cập nhật: 20/12/2024 | 06:00
Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2025
(BĐ) - Ngày 19/12, Ban Dân vận Tỉnh ủy Bình Định tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Nguyễn Thị Phương Thảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Các đại biểu dự hội nghị. Ảnh: N.Hân
Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 27, 28-CT/TU về công tác dân vận trong thực hiện các dự án trọng điểm và trong vùng đồng bào dân tộc thiểu số; phối hợp triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Hướng dẫn số 58-HD/BDVTW ngày 20/8/2024 của Ban Dân vận Trung ương về tiêu chí công nhận mô hình "Dân vận khéo".
Trong năm, toàn tỉnh công nhận thêm 468 mô hình, nâng tổng số mô hình đang phát huy hiệu quả lên 2.865. Nhân dân hiến 74.800 m2 đất, đóng góp gần 58,3 tỷ đồng làm đường giao thông, kênh mương nội đồng. Thực hiện phong trào "Chung tay xóa nhà tạm, nhà dột nát", các cấp đã vận động hỗ trợ xây mới, sửa chữa 1.126 căn nhà cho hộ nghèo, hộ cận nghèo; 57 hộ dân tái định cư dự án đường ven biển được vận động bàn giao mặt bằng đúng tiến độ.
Ở các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh, phong trào gắn với vận động đồng bào Bana, Hrê, Chăm H'roi bảo vệ rừng, phát triển cây dược liệu. Đồng chí Đinh Văn Trung, Bí thư Đảng ủy xã An Toàn, cho biết xã đã vận động 146 hộ trồng 92 ha sâm bố chính, thu nhập tăng gấp đôi so với trồng mì. Bà Đinh Thị Đời, người có uy tín làng O2, xã An Trung, chia sẻ cách vận động thanh niên trong làng không tham gia cờ bạc, rượu chè.
Tại hội nghị, đồng chí Lê Quang Huy, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy, thông qua kế hoạch tổng kết 15 năm phong trào thi đua "Dân vận khéo". Ban Thường vụ Tỉnh ủy tặng bằng khen cho 24 tập thể, 30 cá nhân có thành tích tiêu biểu trong năm.
Phát biểu kết luận, đồng chí Nguyễn Thị Phương Thảo đề nghị năm 2025 khối dân vận tập trung thực hiện tốt công tác tuyên truyền, vận động trong quá trình sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW; giữ vững ổn định tư tưởng cán bộ, đảng viên; tiếp tục tuyên dương người tốt, việc tốt, nhất là các mô hình "Dân vận khéo" trong lĩnh vực chuyển đổi số, cải cách hành chính.
N.Hân
Lượt xem: 1.046
Tin liên quan
- Tây Sơn: biểu dương 20 điển hình "Dân vận khéo" (13/12/2024)
- Trao 80 căn nhà đại đoàn kết cho hộ nghèo ở Hoài Ân (05/12/2024)
- Hoài Nhơn: vận động người dân giao mặt bằng dự án (27/11/2024)
- Hội nghị công tác dân vận chính quyền năm 2024 (15/11/2024)
""", "2024-12-20", "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2024-12-19"),
[P("Nguyễn Thị Phương Thảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Trung", "Bí thư Đảng ủy xã An Toàn"),
 P("Đinh Thị Đời", "người có uy tín làng O2"),
 P("Lê Quang Huy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("468 mô hình", 468, "mô hình"), Q("2.865", 2865, "mô hình"), Q("74.800 m2", 74800, "m2"),
 Q("gần 58,3 tỷ đồng", 58300000000, "đồng", "approx"), Q("1.126 căn nhà", 1126, "căn nhà"),
 Q("57 hộ dân tái định cư", 57, "hộ dân tái định cư"), Q("146 hộ", 146, "hộ"), Q("92 ha", 92, "ha"),
 Q("24 tập thể", 24, "tập thể"), Q("30 cá nhân", 30, "cá nhân")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Hướng dẫn", "58", "HD/BDVTW", "2024-08-20", "Ban Dân vận Trung ương", "Hướng dẫn số 58-HD/BDVTW ngày 20/8/2024"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Bình Định"), com("An Toàn"), com("An Trung")],
["BÁO BÌNH ĐỊNH ONLINE", "Trang chủ > Thời sự > Chính trị", "(BĐ)", "Các đại biểu dự hội nghị. Ảnh: N.Hân",
 "Dân vận khéo", "Chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 1.046"],
["Cập nhật: 20/12/2024 | 06:00", "năm 2024", "năm 2025", "15 năm", "Năm 2024", "làng O2", "Lượt xem: 1.046"]))

PAGES.append(page("b9478-yenbai-btgdv-giaoban-q1-2025", """
Báo Yên Bái điện tử
Hôm nay: Thứ Hai, 07/04/2025
Chính trị › Xây dựng Đảng
Giao ban công tác tuyên giáo và dân vận quý I: giữ vững "Dân vận khéo" trong sắp xếp bộ máy
Thứ Sáu, 04/04/2025, 08:05
YBĐT - Chiều 3/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Yên Bái tổ chức hội nghị giao ban công tác tuyên giáo, dân vận quý I năm 2025. Đồng chí Giàng A Tông, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Giàng A Tông phát biểu kết luận hội nghị.
Đây là hội nghị giao ban đầu tiên sau khi Ban Thường vụ Tỉnh ủy ban hành Quyết định số 15-QĐ/TU ngày 5/2/2025 về thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy trên cơ sở hợp nhất Ban Tuyên giáo và Ban Dân vận, thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về tiếp tục đổi mới, sắp xếp tổ chức bộ máy.
Quý I, dù tập trung kiện toàn tổ chức, các cấp vẫn duy trì phong trào thi đua "Dân vận khéo". Toàn tỉnh công nhận 46 mô hình, trong đó 11 mô hình cấp tỉnh; tổ chức 214 buổi tuyên truyền với 18.600 lượt người tham dự; phối hợp hỗ trợ xây mới, sửa chữa 327 căn nhà tạm, nhà dột nát với tổng kinh phí 9,8 tỷ đồng. Các cấp chính quyền tổ chức 12 cuộc đối thoại, tiếp nhận 95 ý kiến của nhân dân về sắp xếp đơn vị hành chính cấp xã.
Hội nghị nghe các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hà Thị Thu, Lò Văn Piên báo cáo về công tác nắm tình hình dư luận xã hội và triển khai Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư. Đồng chí Sùng Thị Chở, Bí thư Đảng ủy xã Mồ Dề, cho biết xã đã vận động 135 hộ người Mông tham gia mô hình "Homestay bản Mông gắn với giữ gìn văn hóa", thu hút hơn 6.000 lượt khách trong quý.
Đồng chí Hoàng Văn Nhẫn, Trưởng phòng Dân vận chính quyền và Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, thông qua dự thảo Kế hoạch số 03-KH/BTGDVTU về khảo sát, đánh giá lại các mô hình "Dân vận khéo" trước khi sắp xếp đơn vị hành chính, bảo đảm mô hình tốt không bị gián đoạn.
Kết luận hội nghị, đồng chí Giàng A Tông yêu cầu quý II chủ động nắm bắt tâm tư cán bộ, đảng viên chịu tác động của sắp xếp; tuyên truyền sâu rộng chủ trương sáp nhập tỉnh, không tổ chức cấp huyện; nhân rộng các mô hình phù hợp với chính quyền địa phương hai cấp. Đồng chí lưu ý cán bộ làm công tác dân vận dù ở vị trí nào cũng phải gần dân, sát dân, kịp thời phản ánh những băn khoăn của nhân dân để cấp ủy xử lý.
Thanh Tâm
Lượt xem: 841
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (06/02/2025)
- Mù Cang Chải: mô hình "Dân vận khéo" trong phát triển du lịch (21/03/2025)
- Tổng kết công tác dân vận năm 2024 (26/12/2024)
- Trạm Tấu vận động đồng bào xóa nhà tạm (14/03/2025)
""", "2025-04-04", "Giao ban công tác tuyên giáo và dân vận quý I: giữ vững \"Dân vận khéo\" trong sắp xếp bộ máy",
E("giao_ban", "2025-Q1", "2025-04-03"),
[P("Giàng A Tông", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hà Thị Thu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Văn Piên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Thị Chở", "Bí thư Đảng ủy xã Mồ Dề"),
 P("Hoàng Văn Nhẫn", "Trưởng phòng Dân vận chính quyền và Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("46 mô hình", 46, "mô hình"), Q("11 mô hình cấp tỉnh", 11, "mô hình cấp tỉnh"), Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"),
 Q("18.600 lượt người", 18600, "lượt người"), Q("327 căn nhà tạm, nhà dột nát", 327, "căn nhà tạm, nhà dột nát"),
 Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("12 cuộc đối thoại", 12, "cuộc đối thoại"), Q("95 ý kiến", 95, "ý kiến"),
 Q("135 hộ", 135, "hộ"), Q("hơn 6.000 lượt khách", 6000, "lượt khách", "over")],
[D("Quyết định", "15", "QĐ/TU", "2025-02-05", "Ban Thường vụ Tỉnh ủy", "Quyết định số 15-QĐ/TU ngày 5/2/2025"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/2/2025"),
 D("Kế hoạch", "03", "KH/BTGDVTU", None, None, "Kế hoạch số 03-KH/BTGDVTU")],
[prov("Yên Bái"), com("Mồ Dề")],
["Báo Yên Bái điện tử", "Chính trị › Xây dựng Đảng", "YBĐT", "Đồng chí Giàng A Tông phát biểu kết luận hội nghị.",
 "Dân vận khéo", "Homestay bản Mông gắn với giữ gìn văn hóa", "Lượt xem: 841"],
["Hôm nay: Thứ Hai, 07/04/2025", "Thứ Sáu, 04/04/2025, 08:05", "quý I năm 2025", "Quý I", "quý II", "Lượt xem: 841"]))
