from lib import *
PAGES = []

PAGES.append(page("b3617-kontum-bdv-tongket-2022", """
BÁO KON TUM ĐIỆN TỬ
Thời sự › Chính trị › Dân vận
Thứ Năm, 22/12/2022 - 07:50
Đồng chí A Pớt phát biểu tại hội nghị. Ảnh: N.Y
Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023
Ngày 21/12, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác dân vận năm 2022. Đồng chí Y Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có đồng chí A Pớt, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh và 46 đồng chí là trưởng ban dân vận các huyện ủy, thành ủy, đảng ủy trực thuộc.
Theo báo cáo, năm 2022 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 87-KH/TU ngày 10/3/2022 thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về 5 năm thực hiện Nghị quyết 25; Quy định 1067, 1068-QĐ/TU về trách nhiệm người đứng đầu cấp ủy trong tiếp dân và về Quy chế công tác dân vận. Ban ban hành Hướng dẫn số 24-HD/BDVTU về phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025.
Khối dân vận vận động nhân dân hiến hơn 42 ha đất sản xuất để làm đường, thủy lợi; đóng góp khoảng 17,5 tỷ đồng và hơn 120.000 ngày công. Toàn tỉnh có 716 mô hình "Dân vận khéo"; 22 xã, 9 làng được công nhận đạt chuẩn nông thôn mới, nông thôn mới kiểu mẫu. Ban phối hợp vận động 189 hộ người Xơ Đăng, Giẻ Triêng bỏ theo "Hà Mòn"; tổ chức 23 hội nghị đối thoại ở cơ sở. Các cấp nhận 302 đơn thư, trong đó 278/302 đơn thư đã được giải quyết.
Tại hội nghị, ông A Đức, Trưởng Ban Dân vận Huyện ủy Đắk Glei, chia sẻ kinh nghiệm vận động đồng bào Giẻ Triêng trồng sâm Ngọc Linh; bà Y Ngọc, Bí thư Đảng ủy xã Pờ Y, nêu mô hình "Làng biên giới bình yên". Già làng A Hiu, làng Đăk Wơk, xã Bờ Y, phát biểu đồng tình với chủ trương giao đất, giao rừng. Ông Nguyễn Văn Hòa, Phó Trưởng Ban Dân vận Tỉnh ủy, báo cáo kết quả giám sát.
Phát biểu chỉ đạo, đồng chí A Pớt yêu cầu năm 2023 thực hiện tốt Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; tiếp tục thực hiện Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa hỗ trợ phục hồi kinh tế ở những nội dung liên quan; tăng cường dân vận chính quyền, phấn đấu không dưới 95% kiến nghị được trả lời đúng hạn.
Hội nghị cũng nêu hạn chế: nắm tình hình ở một số làng vùng sâu còn chậm; việc mua bán đất rẫy, di cư tự do vẫn xảy ra; một số mô hình "Dân vận khéo" chưa bền vững.
Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 8 tập thể, 12 cá nhân.
Ngọc Yến
Tin liên quan
- Sa Thầy: tổng kết phong trào "Dân vận khéo" (15/12/2022)
- Hội nghị biểu dương người có uy tín năm 2022 (02/12/2022)
- Ngọc Hồi ra mắt mô hình dân vận khéo (25/11/2022)
""", "2022-12-22", "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023",
E("tong_ket", "2022", "2022-12-21"),
[P("Y Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Pớt", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("A Đức", "Trưởng Ban Dân vận Huyện ủy Đắk Glei"),
 P("Y Ngọc", "Bí thư Đảng ủy xã Pờ Y"),
 P("A Hiu", "Già làng"),
 P("Nguyễn Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("46 đồng chí", 46, "đồng chí"), Q("hơn 42 ha", 42, "ha", "over"), Q("khoảng 17,5 tỷ đồng", 17500000000, "đồng", "approx"),
 Q("hơn 120.000 ngày công", 120000, "ngày công", "over"), Q("716 mô hình", 716, "mô hình"), Q("22 xã", 22, "xã"), Q("9 làng", 9, "làng"),
 Q("189 hộ người Xơ Đăng, Giẻ Triêng", 189, "hộ người Xơ Đăng, Giẻ Triêng"), Q("23 hội nghị đối thoại", 23, "hội nghị đối thoại"),
 Q("302 đơn thư", 302, "đơn thư"), Q("278/302 đơn thư", 278, "đơn thư"), Q("không dưới 95%", 95, "%", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Kế hoạch", "87", "KH/TU", "2022-03-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 87-KH/TU ngày 10/3/2022"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Quy định", "1067", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 1067, 1068-QĐ/TU"),
 D("Quy định", "1068", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 1067, 1068-QĐ/TU"),
 D("Hướng dẫn", "24", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 24-HD/BDVTU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "43", "2022/QH15", None, "Quốc hội", "Nghị quyết số 43/2022/QH15")],
[prov("Kon Tum"), com("Pờ Y"), com("Bờ Y")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự › Chính trị › Dân vận", "Đồng chí A Pớt phát biểu tại hội nghị. Ảnh: N.Y", "Dân vận khéo", "Hà Mòn",
 "Làng biên giới bình yên", "Nghị quyết 25", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"],
["Thứ Năm, 22/12/2022 - 07:50", "46 đồng chí", "năm 2022", "năm 2023", "5 năm", "giai đoạn 2021 - 2025", "Nghị quyết 25"]))

PAGES.append(page("b3618-laocai-bdvhu-batxat-tongket-2022", """
Đảng bộ huyện Bát Xát
Trang chủ > Tin tức > Công tác dân vận
2022-12-29 09:10
Bát Xát tổng kết công tác dân vận, tôn vinh 18 "điển hình dân vận khéo"
Ngày 28/12/2022, Ban Dân vận Huyện ủy Bát Xát (Lào Cai) tổ chức hội nghị tổng kết công tác dân vận năm 2022, phương hướng nhiệm vụ năm 2023 và tôn vinh 18 điển hình "Dân vận khéo". Dự có đồng chí Vương Trinh Quân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Tráng A Dình, Bí thư Huyện ủy. Đồng chí Chu Thị Khoa, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Các điển hình "Dân vận khéo" được tôn vinh.
Năm 2022, khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Nghị quyết chuyên đề số 15-NQ/HU ngày 22/2/2022 về xây dựng "Bản văn hóa không có ma túy, tảo hôn"; Kế hoạch số 210-KH/HU thực hiện Quy định số 12-QĐ/TU của Ban Thường vụ Tỉnh ủy về tiếp công dân. Ban Dân vận Huyện ủy phối hợp với UBND huyện ký Quy chế phối hợp số 02-QCPH/BDVHU-UBND về dân vận chính quyền.
Kết quả, nhân dân đã hiến gần 8,7 ha đất, góp khoảng 4,2 tỷ đồng và 38.500 ngày công làm 46 km đường bê tông liên thôn; 1.920 hộ đồng bào Hà Nhì, Dao, Mông cam kết không tảo hôn, không kết hôn cận huyết thống. Toàn huyện có 109 mô hình "Dân vận khéo", trong đó 14 mô hình cấp tỉnh. Huyện xóa 137 căn nhà tạm cho hộ nghèo; tổ chức 31 buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Khối dân vận tiếp nhận 59 đơn, kiến nghị, đã giải quyết 54 đơn, đạt 91,5%.
Tham luận tại hội nghị, các ông Ly Chà Lừ, Chu Khừ Chơ - người có uy tín xã Y Tý chia sẻ kinh nghiệm vận động đồng bào Hà Nhì giữ rừng đầu nguồn; bà Tẩn Thị Sói, Chủ tịch Hội LHPN xã Phìn Ngan, nêu mô hình "Phụ nữ Dao đỏ thêu thổ cẩm". Ông Lù Văn Thắng, Bí thư Đảng ủy xã Mường Vi (dân tộc Giáy), đề nghị hỗ trợ bảo tồn lễ hội Roóng Poọc.
Phát biểu tại hội nghị, đồng chí Vương Trinh Quân yêu cầu năm 2023 tiếp tục thực hiện Chỉ thị số 07-CT/TU của Tỉnh ủy về tăng cường dân vận trong xây dựng nông thôn mới, vận động nhân dân tham gia các dự án hạ tầng đường biên giới. Các cấp ủy cần quan tâm kiện toàn 100% tổ dân vận thôn.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: tình trạng tảo hôn, kết hôn cận huyết thống ở một số thôn vùng cao chưa được đẩy lùi hẳn; việc vận động nhân dân hiến đất ở một số công trình còn chậm; cán bộ dân vận xã thường xuyên thay đổi, nhiều đồng chí chưa qua đào tạo nghiệp vụ.
Dịp này, 18 điển hình "Dân vận khéo" được Huyện ủy tặng giấy khen, mỗi điển hình được thưởng 1 triệu đồng.
Hoàng Thu
Xem thêm
- Y Tý: lễ hội "Gạ Ma Thú" của đồng bào Hà Nhì (16/12/2022)
- Bát Xát ra quân xóa nhà tạm năm 2022 (10/12/2022)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (30/11/2022)
""", "2022-12-29", "Bát Xát tổng kết công tác dân vận, tôn vinh 18 \"điển hình dân vận khéo\"",
E("tong_ket", "2022", "2022-12-28"),
[P("Vương Trinh Quân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tráng A Dình", "Bí thư Huyện ủy"),
 P("Chu Thị Khoa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Ly Chà Lừ", "người có uy tín xã Y Tý"),
 P("Chu Khừ Chơ", "người có uy tín xã Y Tý"),
 P("Tẩn Thị Sói", "Chủ tịch Hội LHPN xã Phìn Ngan"),
 P("Lù Văn Thắng", "Bí thư Đảng ủy xã Mường Vi")],
[Q("18 điển hình", 18, "điển hình"), Q("gần 8,7 ha", 8.7, "ha", "approx"), Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"),
 Q("38.500 ngày công", 38500, "ngày công"), Q("46 km", 46, "km"), Q("1.920 hộ đồng bào Hà Nhì, Dao, Mông", 1920, "hộ đồng bào Hà Nhì, Dao, Mông"),
 Q("109 mô hình", 109, "mô hình"), Q("14 mô hình cấp tỉnh", 14, "mô hình cấp tỉnh"), Q("137 căn nhà tạm", 137, "căn nhà tạm"),
 Q("31 buổi đối thoại", 31, "buổi đối thoại"), Q("59 đơn, kiến nghị", 59, "đơn, kiến nghị"), Q("54 đơn", 54, "đơn"), Q("91,5%", 91.5, "%"),
 Q("100% tổ dân vận thôn", 100, "%"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "15", "NQ/HU", "2022-02-22", "Ban Thường vụ Huyện ủy", "Nghị quyết chuyên đề số 15-NQ/HU ngày 22/2/2022"),
 D("Kế hoạch", "210", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 210-KH/HU"),
 D("Quy định", "12", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 12-QĐ/TU"),
 D("Quy chế phối hợp", "02", "QCPH/BDVHU-UBND", None, None, "Quy chế phối hợp số 02-QCPH/BDVHU-UBND"),
 D("Chỉ thị", "07", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 07-CT/TU")],
[prov("Lào Cai"), com("Y Tý"), com("Phìn Ngan"), com("Mường Vi")],
["Đảng bộ huyện Bát Xát", "Trang chủ > Tin tức > Công tác dân vận", "Các điển hình \"Dân vận khéo\" được tôn vinh.", "Dân vận khéo",
 "Bản văn hóa không có ma túy, tảo hôn", "Phụ nữ Dao đỏ thêu thổ cẩm", "Roóng Poọc"],
["2022-12-29 09:10", "năm 2022", "năm 2023"]))

PAGES.append(page("b3619-travinh-bdv-tongket-2023", """
BÁO TRÀ VINH ONLINE
Chính trị - Xã hội | Dân vận
Ngày đăng 21/12/2023 | 14:10
Khối dân vận Trà Vinh: vận động xây dựng 1.365 căn nhà cho hộ nghèo trong năm 2023
Sáng 20/12, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Kim Ngọc Thành, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo. Đồng chí Thạch Thị Ngọc Hân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Thạch Thị Ngọc Hân phát biểu khai mạc hội nghị.
Năm 2023, Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 156-KH/TU ngày 3/4/2023 thực hiện Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận và các tổ chức chính trị - xã hội; Kết luận 421, 422-KL/TU về công tác vận động đồng bào Khmer và về công tác dân vận chính quyền. Ban ban hành Hướng dẫn số 41-HD/BDVTU hướng dẫn đăng ký mô hình "Dân vận khéo" năm 2024.
Khối dân vận vận động xây dựng 1.365 căn nhà cho hộ nghèo, hộ cận nghèo, tổng kinh phí hơn 68 tỷ đồng; nhân dân hiến khoảng 96.000 m2 đất mở rộng đường, làm 54 cây cầu nông thôn. Tỉnh có 1.112 mô hình "Dân vận khéo", trong đó 65 mô hình cấp tỉnh. Công tác vận động đồng bào Khmer được chú trọng: 141 chùa Phật giáo Nam tông Khmer tổ chức lễ hội an toàn; 96 lớp dạy chữ Khmer hè với 5.230 học sinh. Các cấp tiếp 1.046 lượt công dân, tiếp nhận 472 đơn thư, đã giải quyết 441 đơn thư, đạt 93,4%.
Tại hội nghị, Hòa thượng Thạch Sok Xane, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Ông Mẹt, đề nghị hỗ trợ trùng tu các sala xuống cấp; bà Kim Thị Thu Ba, Trưởng Ban Dân vận Huyện ủy Trà Cú, giới thiệu mô hình "Sóc Khmer không có đơn thư vượt cấp"; ông Sơn Chanh Đa, Bí thư Đảng ủy xã Long Hiệp, chia sẻ cách vận động bà con chuyển đổi cây trồng. Các đồng chí Dương Hoàng Nghĩa, Lâm Thị Thùy Trang - Phó Trưởng Ban Dân vận Tỉnh ủy giải trình các ý kiến.
Phát biểu chỉ đạo, đồng chí Kim Ngọc Thành yêu cầu năm 2024 khối dân vận tiếp tục thực hiện Quy định số 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư về giám sát của Mặt trận và các đoàn thể đối với cán bộ, đảng viên; chuẩn bị chu đáo cho đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; phấn đấu từ 90% trở lên đơn thư được giải quyết ngay tại cơ sở.
Hội nghị cũng chỉ ra một số tồn tại: nắm tình hình nhân dân có lúc chưa kịp thời; một số nơi chưa quan tâm dân vận chính quyền; việc nhân rộng mô hình còn chậm.
Nhân dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 14 tập thể, 20 cá nhân.
Hữu Thọ - Ảnh: Thanh Hòa
Tin khác
- Cầu Kè: đối thoại giữa người đứng đầu với nhân dân (12/12/2023)
- Gặp mặt chức sắc Phật giáo Nam tông Khmer (30/11/2023)
- Tiểu Cần tổng kết phong trào "Dân vận khéo" (24/11/2023)
""", "2023-12-21", "Khối dân vận Trà Vinh: vận động xây dựng 1.365 căn nhà cho hộ nghèo trong năm 2023",
E("tong_ket", "2023", "2023-12-20"),
[P("Kim Ngọc Thành", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Thạch Thị Ngọc Hân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Ông Mẹt"),
 P("Kim Thị Thu Ba", "Trưởng Ban Dân vận Huyện ủy Trà Cú"),
 P("Sơn Chanh Đa", "Bí thư Đảng ủy xã Long Hiệp"),
 P("Dương Hoàng Nghĩa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Thùy Trang", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.365 căn nhà", 1365, "căn nhà"), Q("hơn 68 tỷ đồng", 68000000000, "đồng", "over"), Q("khoảng 96.000 m2", 96000, "m2", "approx"),
 Q("54 cây cầu nông thôn", 54, "cây cầu nông thôn"), Q("1.112 mô hình", 1112, "mô hình"), Q("65 mô hình cấp tỉnh", 65, "mô hình cấp tỉnh"),
 Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"), Q("96 lớp dạy chữ Khmer hè", 96, "lớp dạy chữ Khmer hè"),
 Q("5.230 học sinh", 5230, "học sinh"), Q("1.046 lượt công dân", 1046, "lượt công dân"), Q("472 đơn thư", 472, "đơn thư"),
 Q("441 đơn thư", 441, "đơn thư"), Q("93,4%", 93.4, "%"), Q("từ 90% trở lên", 90, "%", "over"),
 Q("14 tập thể", 14, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Kế hoạch", "156", "KH/TU", "2023-04-03", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 156-KH/TU ngày 3/4/2023"),
 D("Chỉ thị", "18", "CT/TW", "2022-10-26", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 26/10/2022"),
 D("Kết luận", "421", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 421, 422-KL/TU"),
 D("Kết luận", "422", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 421, 422-KL/TU"),
 D("Hướng dẫn", "41", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 41-HD/BDVTU"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 4/10/2023")],
[prov("Trà Vinh"), com("Long Hiệp")],
["BÁO TRÀ VINH ONLINE", "Chính trị - Xã hội | Dân vận", "Đồng chí Thạch Thị Ngọc Hân phát biểu khai mạc hội nghị.", "Dân vận khéo",
 "Sóc Khmer không có đơn thư vượt cấp", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Ngày đăng 21/12/2023 | 14:10", "năm 2023", "năm 2024", "nhiệm kỳ 2025 - 2030"]))

PAGES.append(page("b3620-hoabinh-bdvhu-dabac-tongket-2023", """
HUYỆN ỦY ĐÀ BẮC - ĐẢNG BỘ TỈNH HÒA BÌNH
You are here: Trang chủ / Hoạt động dân vận
27 tháng 12, 2023 | 16:20
Toàn cảnh hội nghị.
Đà Bắc: Năm 2023, nhân dân hiến trên 3 ha đất làm đường giao thông
Chiều 26/12, Ban Dân vận Huyện ủy Đà Bắc, tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Dự có đồng chí Bùi Văn Cường, Tỉnh ủy viên, Bí thư Huyện ủy; các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Xa Văn Tuyên, Lò Thị Hương. Đồng chí Đinh Công Sơn, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Năm 2023, Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 118-KH/HU ngày 14/3/2023 thực hiện Kết luận số 43-KL/TW của Ban Bí thư; Chỉ thị 08, 09-CT/HU về tăng cường công tác dân vận trong giải phóng mặt bằng dự án hồ Hòa Bình và về phòng, chống tảo hôn ở vùng đồng bào Dao. Ban ban hành Công văn số 52-CV/BDVHU đôn đốc các xã đăng ký mô hình "Dân vận khéo".
Nhân dân toàn huyện hiến trên 3 ha đất, góp khoảng 2,9 tỷ đồng và 27.000 ngày công làm 35 km đường giao thông nông thôn. Huyện có 62 mô hình "Dân vận khéo", trong đó 8 mô hình cấp tỉnh. Từ nguồn xã hội hóa, khối dân vận vận động xây dựng 84 căn nhà Đại đoàn kết cho hộ nghèo, mỗi căn hỗ trợ 60 triệu đồng; trao 2.400 suất quà cho học sinh bán trú. Tỷ lệ hộ nghèo giảm còn 19,6%. Khối dân vận tiếp 97 lượt công dân, nhận 38 đơn, giải quyết 35 đơn.
Tham luận tại hội nghị, bà Bàn Thị Dảo, Bí thư Đảng ủy xã Đồng Chum, nêu kinh nghiệm vận động đồng bào Dao ở lại sản xuất trên đất dốc; ông Đinh Văn Khiêm, Chủ tịch UBND xã Tân Minh, báo cáo việc vận động 43 hộ tái định cư bàn giao đất; ông Xa Văn Nhừng, người có uy tín xóm Sơn Phú, xã Tiền Phong (dân tộc Tày), đề nghị hỗ trợ khôi phục múa chuông của người Tày.
Kết luận hội nghị, đồng chí Bùi Văn Cường đề nghị năm 2024 tập trung thực hiện Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030; làm tốt công tác vận động nhân dân đồng thuận khi sáp nhập xóm, xã; tiếp tục thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Hội nghị cũng chỉ rõ: một số xã chưa thực sự quan tâm dân vận chính quyền, còn để đơn thư vượt cấp; sinh hoạt tổ dân vận xóm nhiều nơi chưa đều. Tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước vẫn còn ở một bộ phận người dân vùng lòng hồ; việc tuyên truyền, phổ biến pháp luật cho đồng bào ở các xóm xa trung tâm có lúc chưa thường xuyên.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 7 tập thể và 10 cá nhân.
Bùi Minh
Lượt xem: 689
Tin liên quan
- Đà Bắc: gặp mặt người có uy tín năm 2023 (15/12/2023)
- Tân Minh ra mắt tổ dân vận khéo (28/11/2023)
""", "2023-12-27", "Đà Bắc: Năm 2023, nhân dân hiến trên 3 ha đất làm đường giao thông",
E("tong_ket", "2023", "2023-12-26"),
[P("Bùi Văn Cường", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Xa Văn Tuyên", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Lò Thị Hương", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Đinh Công Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Bàn Thị Dảo", "Bí thư Đảng ủy xã Đồng Chum"),
 P("Đinh Văn Khiêm", "Chủ tịch UBND xã Tân Minh"),
 P("Xa Văn Nhừng", "người có uy tín xóm Sơn Phú")],
[Q("trên 3 ha", 3, "ha", "over"), Q("khoảng 2,9 tỷ đồng", 2900000000, "đồng", "approx"), Q("27.000 ngày công", 27000, "ngày công"),
 Q("35 km", 35, "km"), Q("62 mô hình", 62, "mô hình"), Q("8 mô hình cấp tỉnh", 8, "mô hình cấp tỉnh"),
 Q("84 căn nhà Đại đoàn kết", 84, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("2.400 suất quà", 2400, "suất quà"),
 Q("19,6%", 19.6, "%"), Q("97 lượt công dân", 97, "lượt công dân"), Q("38 đơn", 38, "đơn"), Q("35 đơn", 35, "đơn"),
 Q("43 hộ tái định cư", 43, "hộ tái định cư"), Q("7 tập thể", 7, "tập thể"), Q("10 cá nhân", 10, "cá nhân")],
[D("Kế hoạch", "118", "KH/HU", "2023-03-14", "Ban Thường vụ Huyện ủy", "Kế hoạch số 118-KH/HU ngày 14/3/2023"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW của Ban Bí thư"),
 D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 08, 09-CT/HU"),
 D("Chỉ thị", "09", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 08, 09-CT/HU"),
 D("Công văn", "52", "CV/BDVHU", None, "Ban Dân vận Huyện ủy", "Công văn số 52-CV/BDVHU"),
 D("Nghị quyết", "35", "2023/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 35/2023/UBTVQH15"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Hòa Bình"), com("Đồng Chum"), com("Tân Minh"), com("Tiền Phong")],
["HUYỆN ỦY ĐÀ BẮC - ĐẢNG BỘ TỈNH HÒA BÌNH", "You are here: Trang chủ / Hoạt động dân vận", "Toàn cảnh hội nghị.", "Dân vận khéo", "Lượt xem: 689"],
["27 tháng 12, 2023 | 16:20", "năm 2023", "năm 2024", "giai đoạn 2023 - 2030", "Lượt xem: 689"]))

PAGES.append(page("b3621-binhthuan-bdv-tongket-2024", """
Báo Bình Thuận
Chính trị › Xây dựng Đảng
Thứ Năm, 19/12/2024, 06:30
Nâng cao hiệu quả công tác dân vận trong tình hình mới
Sáng 18/12, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai phương hướng, nhiệm vụ năm 2025. Đồng chí Dương Văn Thành, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự và chỉ đạo. Đồng chí TS. Bố Thị Xuân Linh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh hội nghị. Ảnh: Ngọc Lân
Năm 2024, Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy tổng kết 10 năm thực hiện Nghị quyết 25; ban hành Kế hoạch số 312-KH/TU ngày 2/5/2024 thực hiện Kết luận số 120-KL/TW của Bộ Chính trị về tiếp tục đẩy mạnh thực hiện Nghị quyết số 25-NQ/TW; Quy định số 29-QĐ/TU về trách nhiệm của người đứng đầu trong tiếp xúc, đối thoại với nhân dân. Ban ban hành Kế hoạch số 67-KH/BDVTU tổ chức gặp mặt 486 người có uy tín trong đồng bào dân tộc thiểu số.
Khối dân vận phối hợp vận động 2.150 hộ dân bàn giao mặt bằng cho dự án đường bộ cao tốc Bắc - Nam, đạt 100%; nhân dân hiến hơn 52.000 m2 đất, đóng góp khoảng 14,6 tỷ đồng xây dựng nông thôn mới. Toàn tỉnh xóa 1.028 căn nhà tạm, nhà dột nát. Có 927 mô hình "Dân vận khéo", trong đó 118 mô hình cấp tỉnh. Qua giám sát, Mặt trận và các đoàn thể đã kiến nghị 342 nội dung. Các cấp tiếp 1.412 lượt công dân, tiếp nhận 596 đơn thư, đã giải quyết 548 đơn thư, đạt 91,9%.
Tại hội nghị, ông Lâm Quang Trung, Trưởng Ban Dân vận Huyện ủy Tuy Phong, chia sẻ kinh nghiệm vận động đồng bào Chăm hiến đất làm đường; bà K'Thị Bình, Bí thư Đảng ủy xã Đông Giang (dân tộc K'Ho), nêu mô hình "Bon không có người di cư tự do"; ông Bo Bo Thượng, người có uy tín thôn Ma Lâm, xã La Dạ (dân tộc Raglai), kiến nghị cấp giấy chứng nhận đất sản xuất cho bà con. Cả sư Thông Minh Thường, Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, khẳng định chức sắc Chăm luôn đồng hành với chính quyền.
Phát biểu chỉ đạo, đồng chí Dương Văn Thành đề nghị năm 2025 khối dân vận chủ động tham mưu triển khai Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về sắp xếp tinh gọn tổ chức bộ máy; làm tốt công tác tư tưởng cho cán bộ, đảng viên khi hợp nhất Ban Tuyên giáo và Ban Dân vận; chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.
Hội nghị cũng nêu hạn chế: nắm tình hình ở vùng dự án có lúc chưa kịp thời; một số địa phương chưa chú trọng dân vận chính quyền; việc nhân rộng mô hình còn chậm.
Dịp này, UBND tỉnh tặng bằng khen cho 10 tập thể, 15 cá nhân.
Ngọc Lân
Tin cùng chuyên mục
- Bắc Bình: tổng kết công tác dân vận năm 2024 (17/12/2024)
- Gặp mặt người có uy tín năm 2024 (28/11/2024)
- Hàm Thuận Bắc đối thoại với nông dân (20/11/2024)
""", "2024-12-19", "Nâng cao hiệu quả công tác dân vận trong tình hình mới",
E("tong_ket", "2024", "2024-12-18"),
[P("Dương Văn Thành", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Bố Thị Xuân Linh", "TS.", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Quang Trung", "Trưởng Ban Dân vận Huyện ủy Tuy Phong"),
 P("K'Thị Bình", "Bí thư Đảng ủy xã Đông Giang"),
 P("Bo Bo Thượng", "người có uy tín thôn Ma Lâm"),
 P("Thông Minh Thường", "Cả sư", "Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh")],
[Q("486 người có uy tín", 486, "người có uy tín"), Q("2.150 hộ dân", 2150, "hộ dân"), Q("100%", 100, "%"),
 Q("hơn 52.000 m2", 52000, "m2", "over"), Q("khoảng 14,6 tỷ đồng", 14600000000, "đồng", "approx"),
 Q("1.028 căn nhà tạm, nhà dột nát", 1028, "căn nhà tạm, nhà dột nát"), Q("927 mô hình", 927, "mô hình"),
 Q("118 mô hình cấp tỉnh", 118, "mô hình cấp tỉnh"), Q("342 nội dung", 342, "nội dung"), Q("1.412 lượt công dân", 1412, "lượt công dân"),
 Q("596 đơn thư", 596, "đơn thư"), Q("548 đơn thư", 548, "đơn thư"), Q("91,9%", 91.9, "%"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kế hoạch", "312", "KH/TU", "2024-05-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 312-KH/TU ngày 2/5/2024"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW của Bộ Chính trị"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
 D("Quy định", "29", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 29-QĐ/TU"),
 D("Kế hoạch", "67", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 67-KH/BDVTU"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017")],
[prov("Bình Thuận"), com("Đông Giang"), com("La Dạ")],
["Báo Bình Thuận", "Chính trị › Xây dựng Đảng", "Quang cảnh hội nghị. Ảnh: Ngọc Lân", "Dân vận khéo", "Bon không có người di cư tự do", "Nghị quyết 25"],
["Thứ Năm, 19/12/2024, 06:30", "năm 2024", "năm 2025", "10 năm", "nhiệm kỳ 2025 - 2030", "Nghị quyết 25"]))

PAGES.append(page("b3622-caobang-bdvhu-haquang-tongket-2024", """
ĐẢNG BỘ HUYỆN HÀ QUẢNG
Trang chủ | Tin tức | Dân vận
Cập nhật: 08:45, 26/12/2024 (GMT+7)
Ảnh: Đồng chí Nông Thị Hạnh trao giấy khen cho các cá nhân.
Hà Quảng: Ban Dân vận Huyện ủy tổng kết công tác năm 2024
Ngày 25/12/2024, Ban Dân vận Huyện ủy Hà Quảng, tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác dân vận năm 2024 và triển khai nhiệm vụ năm 2025. Dự có đồng chí Nông Thị Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lương Văn Chiến, Phó Bí thư Thường trực Huyện ủy. Đồng chí Hoàng Thị Vịnh, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Theo báo cáo, năm 2024 Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành Nghị quyết số 21-NQ/HU ngày 6/3/2024 về vận động nhân dân phát triển du lịch cộng đồng gắn với Công viên địa chất non nước Cao Bằng; Kế hoạch 145, 146-KH/HU về thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư và về xóa nhà tạm, nhà dột nát năm 2024. Ban chủ động hướng dẫn 18 xã, thị trấn kiện toàn khối dân vận sau sắp xếp đơn vị hành chính.
Khối dân vận vận động nhân dân hiến hơn 16.000 m2 đất, đóng góp khoảng 1,9 tỷ đồng và 21.500 ngày công làm đường, nhà văn hóa xóm. Huyện đã xóa 215 căn nhà tạm, nhà dột nát, mỗi căn được hỗ trợ từ 40 đến 60 triệu đồng. Sau cơn bão số 3, khối dân vận vận động ủng hộ 312 triệu đồng cho các hộ bị thiệt hại. Toàn huyện có 57 mô hình "Dân vận khéo", trong đó 6 mô hình cấp tỉnh. Các cơ quan tiếp nhận 44 đơn thư, giải quyết 40 đơn.
Tham luận tại hội nghị, ông Hà Văn Pẩu, Bí thư Đảng ủy xã Trường Hà, chia sẻ mô hình "Xóm du lịch cộng đồng Khuổi Ky"; bà Chu Thị Sèn, Chủ tịch Hội Nông dân huyện khóa X, nêu cách vận động hội viên người Nùng trồng rau an toàn; ông Lù Văn Thào, ông Vừ Mí Chá - người có uy tín xóm Lũng Rì, xã Cần Yên (dân tộc Mông), kiến nghị hỗ trợ nước sinh hoạt. Ông Đàm Văn Thọ, mới được bổ nhiệm làm Phó Trưởng Ban Dân vận Huyện ủy, báo cáo kết quả giám sát.
Phát biểu kết luận, đồng chí Nông Thị Hạnh đề nghị năm 2025 Hà Quảng tiếp tục thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về khung hướng dẫn phát huy vai trò của nhân dân; chuẩn bị tốt công tác dân vận phục vụ đại hội đảng bộ các cấp; phấn đấu 100% xóm có tổ dân vận hoạt động hiệu quả.
Hội nghị cũng chỉ ra hạn chế: một số tổ dân vận xóm sinh hoạt chưa đều; việc nắm tình hình ở các xóm biên giới có lúc chưa sát; tình trạng xuất cảnh trái phép đi lao động ở một số xã vẫn còn.
Dịp này, Huyện ủy tặng giấy khen cho 9 tập thể và 13 cá nhân.
Bế Hường
Tin liên quan
- Trường Hà: ra mắt tổ dân vận khéo xóm Nà Mạ (12/12/2024)
- Hà Quảng gặp mặt người có uy tín năm 2024 (29/11/2024)
""", "2024-12-26", "Hà Quảng: Ban Dân vận Huyện ủy tổng kết công tác năm 2024",
E("tong_ket", "2024", "2024-12-25"),
[P("Nông Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Chiến", "Phó Bí thư Thường trực Huyện ủy"),
 P("Hoàng Thị Vịnh", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Văn Pẩu", "Bí thư Đảng ủy xã Trường Hà"),
 P("Chu Thị Sèn", "Chủ tịch Hội Nông dân huyện khóa X"),
 P("Lù Văn Thào", "người có uy tín xóm Lũng Rì"),
 P("Vừ Mí Chá", "người có uy tín xóm Lũng Rì"),
 P("Đàm Văn Thọ", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("18 xã, thị trấn", 18, "xã, thị trấn"), Q("hơn 16.000 m2", 16000, "m2", "over"), Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("21.500 ngày công", 21500, "ngày công"), Q("215 căn nhà tạm, nhà dột nát", 215, "căn nhà tạm, nhà dột nát"),
 Q("40 đến 60 triệu đồng", 40000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("312 triệu đồng", 312000000, "đồng"),
 Q("57 mô hình", 57, "mô hình"), Q("6 mô hình cấp tỉnh", 6, "mô hình cấp tỉnh"), Q("44 đơn thư", 44, "đơn thư"), Q("40 đơn", 40, "đơn"),
 Q("100% xóm", 100, "%"), Q("9 tập thể", 9, "tập thể"), Q("13 cá nhân", 13, "cá nhân")],
[D("Nghị quyết", "21", "NQ/HU", "2024-03-06", "Ban Thường vụ Huyện ủy", "Nghị quyết số 21-NQ/HU ngày 6/3/2024"),
 D("Kế hoạch", "145", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 145, 146-KH/HU"),
 D("Kế hoạch", "146", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 145, 146-KH/HU"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW của Ban Bí thư"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Cao Bằng"), com("Trường Hà"), com("Cần Yên")],
["ĐẢNG BỘ HUYỆN HÀ QUẢNG", "Trang chủ | Tin tức | Dân vận", "Ảnh: Đồng chí Nông Thị Hạnh trao giấy khen cho các cá nhân.", "Dân vận khéo",
 "Xóm du lịch cộng đồng Khuổi Ky", "Công viên địa chất non nước Cao Bằng"],
["Cập nhật: 08:45, 26/12/2024 (GMT+7)", "năm 2024", "năm 2025", "bão số 3", "khóa X"]))
