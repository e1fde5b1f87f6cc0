from lib import *
PAGES = []

PAGES.append(page("b3143-lamdong-mttq-tinh-daihoi-2024", """
Báo Lâm Đồng điện tử
Chính trị | Mặt trận - Đoàn thể
Cập nhật: 08:10, 20/09/2024 (GMT+7)
Toàn cảnh phiên trọng thể Đại hội. Ảnh: N.Ngân
Khai mạc trọng thể Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng lần thứ XI
Sáng 19/9, tại Hội trường Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng khai mạc trọng thể Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ 2024 - 2029. Đại hội diễn ra trong 2 ngày (19 - 20/9). Dự đại hội có ông Nguyễn Hữu Thành, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; ông Trần Đức Quang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; cùng 320 đại biểu chính thức là đại diện các giai cấp, tầng lớp xã hội, dân tộc K'Ho, Mạ, Chu Ru, Churu, Kinh, các tôn giáo và người Việt Nam ở nước ngoài.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2019 - 2024, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" và an sinh xã hội được hơn 312 tỷ đồng; hỗ trợ xây mới, sửa chữa 2.786 căn nhà Đại đoàn kết. Tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm từ 9,46% xuống còn 2,73%. Mặt trận chủ trì tổ chức 1.412 cuộc giám sát và 186 hội nghị phản biện xã hội; tổ chức 68 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị. Thực hiện Chỉ thị 01/CT-TTg ngày 14/01/2020 của Thủ tướng Chính phủ, toàn tỉnh trồng được khoảng 11,5 triệu cây xanh.
Đại hội đề ra 6 chỉ tiêu cho nhiệm kỳ 2024 - 2029, trong đó: mỗi năm vận động Quỹ "Vì người nghèo" tăng ít nhất 5%; 100% khu dân cư tổ chức "Ngày hội Đại đoàn kết toàn dân tộc"; hỗ trợ xây dựng 2.500 căn nhà Đại đoàn kết; phấn đấu 95% gia đình đạt danh hiệu gia đình văn hóa.
Ngày 20/9, Đại hội đã hiệp thương cử 87 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XI. Tại hội nghị lần thứ nhất, Ủy ban đã hiệp thương cử Ban Thường trực gồm 5 vị. Bà Phạm Thị Thu, Tỉnh ủy viên, tiếp tục giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Các vị: Ka Dương Hoa, Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh; Nguyễn Văn Hưng, K'Bình - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Ủy ban cũng hiệp thương cử Đoàn Chủ tịch gồm 21 vị, trong đó có Linh mục Giuse Phạm Văn Thịnh, Đại đức Thích Minh Quang và ông Ya Tiến, người có uy tín buôn Krăng Gọ.
Đồng chí Trần Đức Quang phát biểu chỉ đạo Đại hội.
Phát biểu chỉ đạo, ông Nguyễn Hữu Thành đề nghị Mặt trận tỉnh phát huy vai trò của người có uy tín, già làng trong vùng đồng bào K'Ho, Mạ; đổi mới hoạt động theo Luật Thực hiện dân chủ ở cơ sở; thực hiện tốt Kế hoạch 356-KH/TU, 357-KH/TU của Ban Thường vụ Tỉnh ủy về xóa nhà tạm, nhà dột nát trên địa bàn tỉnh trong năm 2025. Đại hội cũng cử 10 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X.
N.Ngân - C.Thành
Tin liên quan
- Đại hội điểm MTTQ huyện Lạc Dương (20/07/2024)
- Đức Trọng: 15/15 xã, thị trấn hoàn thành đại hội Mặt trận (28/06/2024)
- Lâm Đồng trao 200 căn nhà Đại đoàn kết (15/05/2024)
""", "2024-09-20", "Khai mạc trọng thể Đại hội đại biểu MTTQ Việt Nam tỉnh Lâm Đồng lần thứ XI",
E("dai_hoi", None, "2024-09-19"),
[P("Nguyễn Hữu Thành", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Trần Đức Quang", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Phạm Thị Thu", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Dương Hoa", "Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Phạm Văn Thịnh", "Linh mục"),
 P("Thích Minh Quang", "Đại đức"),
 P("Ya Tiến", "người có uy tín buôn Krăng Gọ")],
[Q("320 đại biểu chính thức", 320, "đại biểu chính thức"), Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"),
 Q("2.786 căn nhà Đại đoàn kết", 2786, "căn nhà Đại đoàn kết"), Q("9,46%", 9.46, "%"), Q("2,73%", 2.73, "%"),
 Q("1.412 cuộc giám sát", 1412, "cuộc giám sát"), Q("186 hội nghị phản biện xã hội", 186, "hội nghị phản biện xã hội"),
 Q("68 hội nghị đối thoại", 68, "hội nghị đối thoại"), Q("khoảng 11,5 triệu cây xanh", 11500000, "cây xanh", "approx"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("ít nhất 5%", 5, "%", "over"), Q("100%", 100, "%"),
 Q("2.500 căn nhà Đại đoàn kết", 2500, "căn nhà Đại đoàn kết"), Q("95%", 95, "%"), Q("87 vị", 87, "vị"), Q("5 vị", 5, "vị"),
 Q("21 vị", 21, "vị"), Q("10 đại biểu", 10, "đại biểu")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "01", "CT-TTg", "2020-01-14", "Thủ tướng Chính phủ", "Chỉ thị 01/CT-TTg ngày 14/01/2020"),
 D("Kế hoạch", "356", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 356-KH/TU, 357-KH/TU"),
 D("Kế hoạch", "357", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 356-KH/TU, 357-KH/TU")],
[prov("Lâm Đồng")],
["Báo Lâm Đồng điện tử", "Chính trị | Mặt trận - Đoàn thể", "Toàn cảnh phiên trọng thể Đại hội. Ảnh: N.Ngân", "Hội trường Tỉnh ủy",
 "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Đồng chí Trần Đức Quang phát biểu chỉ đạo Đại hội.",
 "Luật Thực hiện dân chủ ở cơ sở", "buôn Krăng Gọ"],
["Cập nhật: 08:10, 20/09/2024 (GMT+7)", "2 ngày", "lần thứ XI", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XI",
 "lần thứ nhất", "năm 2025", "lần thứ X"]))

PAGES.append(page("b3144-haugiang-mttq-xa-daihoi-2024", """
Trang thông tin điện tử xã Hỏa Lựu - thành phố Vị Thanh
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
T6, 24/05/2024 - 14:02
Xã Hỏa Lựu tổ chức thành công Đại hội đại biểu MTTQ Việt Nam xã lần thứ XIII
Toàn cảnh đại hội. (Ảnh: Văn phòng UBND xã)
Được sự thống nhất của Ủy ban MTTQ Việt Nam thành phố Vị Thanh, tỉnh Hậu Giang, ngày 22/5/2024, Ủy ban MTTQ Việt Nam xã Hỏa Lựu long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XIII, nhiệm kỳ 2024 - 2029.
Dự đại hội có ông Lê Văn Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; ông Trần Minh Hùng, Thành ủy viên, Bí thư Đảng ủy xã Hỏa Lựu; ông Danh Sơn, Phó Bí thư, Chủ tịch UBND xã và 80 đại biểu đại diện các tầng lớp nhân dân, các dân tộc, tôn giáo trên địa bàn xã.
Nhiệm kỳ 2019 - 2024, Ủy ban MTTQ xã đã chủ trì, phối hợp vận động Quỹ "Vì người nghèo" được hơn 486 triệu đồng; xây dựng 17 căn nhà Đại đoàn kết, mỗi căn trị giá 60 triệu đồng; trao 1.320 phần quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách. Trong thời gian dịch Covid-19, Mặt trận xã vận động hơn 18 tấn gạo, rau củ và 215 triệu đồng hỗ trợ người dân khó khăn. Xã có 5/5 ấp giữ vững danh hiệu "Ấp văn hóa", tỷ lệ hộ nghèo giảm còn 1,08%, hộ người Khmer nghèo giảm còn 3 hộ. Ban Thanh tra nhân dân đã giám sát 12 cuộc, không phát hiện sai phạm.
Các đại biểu đã thảo luận và thống nhất 5 chương trình hành động của Ủy ban MTTQ xã nhiệm kỳ 2024 - 2029, với mục tiêu: mỗi năm vận động Quỹ "Vì người nghèo" từ 100 triệu đồng trở lên; hằng năm có trên 95% hộ gia đình đạt danh hiệu gia đình văn hóa; không để hộ nghèo nào ở nhà tạm, nhà dột nát. Đại hội quán triệt Chỉ thị 33-CT/TW của Ban Bí thư và Kế hoạch số 141-KH/TU, Hướng dẫn số 08-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ chức đại hội MTTQ cấp xã.
Đại hội đã hiệp thương cử 27 vị vào Ủy ban MTTQ Việt Nam xã khóa XIII. Tại hội nghị lần thứ nhất, Ủy ban đã hiệp thương cử ông Nguyễn Văn Tài giữ chức Chủ tịch; bà Thị Sa Ly, Phó Chủ tịch; ông Lâm Văn Ràng, Ủy viên Thường trực. Đại hội hiệp thương cử 4 đại biểu dự Đại hội MTTQ Việt Nam thành phố Vị Thanh lần thứ XIII.
Phát biểu chỉ đạo, ông Lê Văn Tâm đề nghị Ủy ban khóa mới phát huy vai trò của các vị sư sãi ở chùa Khmer, người có uy tín trong vận động đồng bào; tiếp tục thực hiện có hiệu quả Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Hậu Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
Ban biên tập
Lượt truy cập: 45.307
Tin khác
- Xã Hỏa Tiến tổ chức Đại hội MTTQ lần thứ XIII (20/05/2024)
- Vị Thanh: hoàn thành đại hội điểm MTTQ cấp xã (10/05/2024)
- Hỏa Lựu trao 40 phần quà cho hộ nghèo (02/04/2024)
""", "2024-05-24", "Xã Hỏa Lựu tổ chức thành công Đại hội đại biểu MTTQ Việt Nam xã lần thứ XIII",
E("dai_hoi", None, "2024-05-22"),
[P("Lê Văn Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Minh Hùng", "Thành ủy viên", "Bí thư Đảng ủy xã Hỏa Lựu"),
 P("Danh Sơn", "Phó Bí thư", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Tài", "Chủ tịch"),
 P("Thị Sa Ly", "Phó Chủ tịch"),
 P("Lâm Văn Ràng", "Ủy viên Thường trực")],
[Q("80 đại biểu", 80, "đại biểu"), Q("hơn 486 triệu đồng", 486000000, "đồng", "over"), Q("17 căn nhà Đại đoàn kết", 17, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("1.320 phần quà", 1320, "phần quà"), Q("hơn 18 tấn", 18, "tấn", "over"),
 Q("215 triệu đồng", 215000000, "đồng"), Q("5/5 ấp", 5, "ấp"), Q("1,08%", 1.08, "%"), Q("3 hộ", 3, "hộ"), Q("12 cuộc", 12, "cuộc"),
 Q("5 chương trình hành động", 5, "chương trình hành động"), Q("từ 100 triệu đồng trở lên", 100000000, "đồng", "over"),
 Q("trên 95%", 95, "%", "over"), Q("27 vị", 27, "vị"), Q("4 đại biểu", 4, "đại biểu")],
[D("Chỉ thị", "33", "CT/TW", None, "Ban Bí thư", "Chỉ thị 33-CT/TW"),
 D("Kế hoạch", "141", "KH/TU", None, None, "Kế hoạch số 141-KH/TU"),
 D("Hướng dẫn", "08", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 08-HD/MTTQ-BTT")],
[prov("Hậu Giang"), com("Hỏa Lựu")],
["Trang thông tin điện tử xã Hỏa Lựu - thành phố Vị Thanh", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
 "Toàn cảnh đại hội. (Ảnh: Văn phòng UBND xã)", "Vì người nghèo", "Ấp văn hóa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Hậu Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Lượt truy cập: 45.307", "Ban Thanh tra nhân dân"],
["T6, 24/05/2024 - 14:02", "lần thứ XIII", "nhiệm kỳ 2024 - 2029", "Nhiệm kỳ 2019 - 2024", "Covid-19", "khóa XIII", "lần thứ nhất",
 "Lượt truy cập: 45.307"]))

PAGES.append(page("b3145-tuyenquang-mttq-xa-daihoi-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH TÂN - TỈNH TUYÊN QUANG
Trang chủ >> Tin tức - Sự kiện >> Mặt trận và các đoàn thể chính trị - xã hội
Thứ Sáu, 12/09/2025, 10:40
Đồng chí Hoàng Văn Chúng, Bí thư Đảng ủy xã tặng hoa chúc mừng Ban Thường trực Ủy ban MTTQ Việt Nam xã khóa I.
Đại hội đại biểu MTTQ Việt Nam xã Minh Tân lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 10/9/2025, Ủy ban MTTQ Việt Nam xã Minh Tân tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên sau khi xã Minh Tân (mới) được thành lập trên cơ sở sáp nhập các xã Minh Tân, Thuận Hòa, Tùng Bá và vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025. Dự đại hội có ông Nguyễn Quang Hiếu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang; ông Hoàng Văn Chúng, Bí thư Đảng ủy xã; ông Lý Văn Páo, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng 150 đại biểu đại diện cho hơn 16.000 nhân khẩu của 34 thôn thuộc các dân tộc Tày, Dao, Mông, Pà Thẻn, Kinh.
Báo cáo tại đại hội đánh giá, giai đoạn 2024 - 2025, Mặt trận và các tổ chức chính trị - xã hội ở 3 xã cũ đã vận động nhân dân hiến 21.400 m2 đất, đóng góp hơn 3,6 tỷ đồng làm đường, nhà văn hóa; hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", đã xóa 214 căn nhà tạm, nhà dột nát, mỗi căn được hỗ trợ 60 triệu đồng. Tỷ lệ hộ nghèo giảm còn 18,6%.
Thực hiện Kết luận số 127-KL/TW, 128-KL/TW của Bộ Chính trị, Ban Bí thư và Quy định số 301-QĐ/TW ngày 25/6/2025 của Ban Bí thư về chức năng, nhiệm vụ, tổ chức bộ máy của cơ quan chuyên trách tham mưu, giúp việc MTTQ và các đoàn thể, các tổ chức chính trị - xã hội cấp xã đã được sắp xếp trực thuộc Ủy ban MTTQ Việt Nam xã. Hội LHPN, Hội Nông dân, Hội CCB và Đoàn Thanh niên xã hoạt động theo điều lệ, do Phó Chủ tịch Ủy ban MTTQ xã kiêm nhiệm người đứng đầu.
Đại hội đề ra mục tiêu nhiệm kỳ 2025 - 2030: hằng năm giảm từ 3% hộ nghèo trở lên; 100% thôn có mô hình "Thôn tự quản"; phấn đấu 85% hộ gia đình đạt danh hiệu gia đình văn hóa; không quá 5% hộ tái nghèo.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam xã khóa I. Hội nghị lần thứ nhất đã hiệp thương cử Ban Thường trực gồm 5 vị: bà Ma Thị Thúy, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; các ông, bà: Triệu Thị Hiền - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã; Lò Văn Sính - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã; Vàng Mí Chứ - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Bí thư Đoàn xã; ông Nông Văn Quyết, Ủy viên Thường trực.
Phát biểu chỉ đạo, ông Nguyễn Quang Hiếu đề nghị Ủy ban khóa I nhanh chóng kiện toàn các ban công tác Mặt trận ở 34 thôn; phát huy vai trò già làng, trưởng bản, người có uy tín như ông Bàn Văn Sinh, thôn Nặm Ngặt.
Bích Ngọc
Tin liên quan
- Xã Thuận Hòa (cũ) tổng kết hoạt động Mặt trận trước khi sáp nhập (20/06/2025)
- Tuyên Quang: Ra mắt Ủy ban MTTQ Việt Nam tỉnh (mới) (02/07/2025)
""", "2025-09-12", "Đại hội đại biểu MTTQ Việt Nam xã Minh Tân lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-09-10"),
[P("Hoàng Văn Chúng", "Bí thư Đảng ủy xã"),
 P("Nguyễn Quang Hiếu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang"),
 P("Lý Văn Páo", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Ma Thị Thúy", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Triệu Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Lò Văn Sính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
 P("Vàng Mí Chứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã"),
 P("Nông Văn Quyết", "Ủy viên Thường trực"),
 P("Bàn Văn Sinh", "người có uy tín")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 16.000 nhân khẩu", 16000, "nhân khẩu", "over"), Q("34 thôn", 34, "thôn"),
 Q("3 xã", 3, "xã"), Q("21.400 m2", 21400, "m2"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("214 căn nhà tạm, nhà dột nát", 214, "căn nhà tạm, nhà dột nát"), Q("60 triệu đồng", 60000000, "đồng"), Q("18,6%", 18.6, "%"),
 Q("từ 3% hộ nghèo trở lên", 3, "%", "over"), Q("100%", 100, "%"), Q("85%", 85, "%"), Q("không quá 5%", 5, "%"),
 Q("45 vị", 45, "vị"), Q("5 vị", 5, "vị")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW, 128-KL/TW"),
 D("Quy định", "301", "QĐ/TW", "2025-06-25", "Ban Bí thư", "Quy định số 301-QĐ/TW ngày 25/6/2025")],
[prov("Tuyên Quang"), com("Minh Tân"), com("Thuận Hòa"), com("Tùng Bá")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MINH TÂN - TỈNH TUYÊN QUANG",
 "Trang chủ >> Tin tức - Sự kiện >> Mặt trận và các đoàn thể chính trị - xã hội",
 "Đồng chí Hoàng Văn Chúng, Bí thư Đảng ủy xã tặng hoa chúc mừng Ban Thường trực Ủy ban MTTQ Việt Nam xã khóa I.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Thôn tự quản", "thôn Nặm Ngặt"],
["Thứ Sáu, 12/09/2025, 10:40", "lần thứ I", "nhiệm kỳ 2025 - 2030", "hai cấp", "01/7/2025", "giai đoạn 2024 - 2025", "khóa I",
 "lần thứ nhất"]))

PAGES.append(page("b3146-angiang-mttq-tinh-daihoi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
You are here: Thời sự › Chính trị › Mặt trận
03/10/2025 - 06:30
Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh An Giang lần thứ I: Đoàn kết - Dân chủ - Đổi mới - Phát triển
Ngày 2/10, Đại hội đại biểu MTTQ Việt Nam tỉnh An Giang lần thứ I, nhiệm kỳ 2025 - 2030 bế mạc sau 2 ngày làm việc khẩn trương (1 - 2/10). Đây là đại hội đầu tiên của Mặt trận tỉnh An Giang sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang. Dự đại hội có bà Nguyễn Thị Thu Vân, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; ông Lê Văn Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy và 350 đại biểu chính thức đại diện cho các dân tộc Kinh, Khmer, Chăm, Hoa, các tôn giáo Phật giáo, Phật giáo Hòa Hảo, Công giáo, Cao Đài, Hồi giáo.
Ảnh: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa I ra mắt Đại hội.
Theo báo cáo, thời gian qua Mặt trận và các đoàn thể hai tỉnh đã vận động hơn 1.240 tỷ đồng cho công tác an sinh xã hội; hoàn thành xóa 11.386 căn nhà tạm, nhà dột nát trước thời hạn. Toàn tỉnh có 712 điểm chùa Phật giáo Nam tông Khmer, 196 chức sắc, chức việc là người có uy tín tham gia công tác Mặt trận ở ấp, khóm. Thực hiện Kết luận số 155-KL/TW, Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11 khóa XIII, Mặt trận đã tiếp nhận và bố trí 245 cán bộ từ các tổ chức chính trị - xã hội, hội quần chúng do Đảng, Nhà nước giao nhiệm vụ.
Đại hội thông qua 6 chương trình hành động nhiệm kỳ 2025 - 2030, phấn đấu: 100% khu dân cư đạt chuẩn "Khu dân cư kiểu mẫu" hoặc khu dân cư văn hóa vào năm 2030; mỗi năm vận động Quỹ "Vì người nghèo" khoảng 150 tỷ đồng; tối thiểu 90% ý kiến, kiến nghị của cử tri được giải quyết, trả lời.
Đại hội đã hiệp thương cử 101 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa I. Hội nghị lần thứ nhất Ủy ban đã hiệp thương cử Ban Thường trực gồm 7 vị. Ông Nguyễn Thanh Sơn, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh gồm: bà Danh Thị Hoa, kiêm Chủ tịch Hội LHPN tỉnh; ông Chau Sóc Khen, kiêm Chủ tịch Hội Nông dân tỉnh; ông Lê Quốc Phong, kiêm Bí thư Tỉnh đoàn; ông Trần Văn Bé Tư, kiêm Chủ tịch Hội CCB tỉnh; ông Trịnh Văn Long. Ủy viên Thường trực là ông Haji Mohamad Ali.
Phát biểu chỉ đạo, bà Nguyễn Thị Thu Vân đề nghị MTTQ tỉnh tiếp tục thực hiện tốt Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội; đồng hành với đồng bào Khmer ở vùng biên giới các xã Tịnh Biên, Tri Tôn và đồng bào vùng đảo ở đặc khu Phú Quốc. Đại hội cũng hiệp thương cử 12 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ XI.
Tại đại hội, ông Huỳnh Văn Nhơn, Phó Trị sự trưởng Ban Trị sự Trung ương Phật giáo Hòa Hảo; Hòa thượng Chau Kim Sang, Trưởng Ban Trị sự Phật giáo tỉnh đã phát biểu tham luận.
Thanh Tiến - Hữu Huynh
Lượt xem: 3.412
TIN CÙNG CHUYÊN MỤC
- Đại hội điểm MTTQ Việt Nam phường Rạch Giá lần thứ I (20/08/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh An Giang (mới) (01/07/2025)
- Mặt trận xã Vĩnh Gia hoàn thành đại hội (28/08/2025)
""", "2025-10-03", "Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh An Giang lần thứ I: Đoàn kết - Dân chủ - Đổi mới - Phát triển",
E("dai_hoi", None, "2025-10-01"),
[P("Nguyễn Thị Thu Vân", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Lê Văn Hưng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Nguyễn Thanh Sơn", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Chau Sóc Khen", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Quốc Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Trần Văn Bé Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội CCB tỉnh"),
 P("Trịnh Văn Long", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Haji Mohamad Ali", "Ủy viên Thường trực"),
 P("Huỳnh Văn Nhơn", "Phó Trị sự trưởng Ban Trị sự Trung ương Phật giáo Hòa Hảo"),
 P("Chau Kim Sang", "Hòa thượng", "Trưởng Ban Trị sự Phật giáo tỉnh")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("hơn 1.240 tỷ đồng", 1240000000000, "đồng", "over"),
 Q("11.386 căn nhà tạm, nhà dột nát", 11386, "căn nhà tạm, nhà dột nát"),
 Q("712 điểm chùa Phật giáo Nam tông Khmer", 712, "điểm chùa Phật giáo Nam tông Khmer"),
 Q("196 chức sắc, chức việc", 196, "chức sắc, chức việc"), Q("245 cán bộ", 245, "cán bộ"),
 Q("6 chương trình hành động", 6, "chương trình hành động"), Q("100%", 100, "%"), Q("khoảng 150 tỷ đồng", 150000000000, "đồng", "approx"),
 Q("tối thiểu 90%", 90, "%"), Q("101 vị", 101, "vị"), Q("7 vị", 7, "vị"), Q("12 đại biểu", 12, "đại biểu")],
[D("Kết luận", "155", "KL/TW", None, None, "Kết luận số 155-KL/TW"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Hội nghị Trung ương 11", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023")],
[prov("An Giang"), prov("Kiên Giang"), com("Tịnh Biên"), com("Tri Tôn"), com("Phú Quốc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "You are here: Thời sự › Chính trị › Mặt trận",
 "Ảnh: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa I ra mắt Đại hội.", "Khu dân cư kiểu mẫu", "Vì người nghèo",
 "Đoàn kết - Dân chủ - Đổi mới - Phát triển", "Phật giáo Hòa Hảo", "Lượt xem: 3.412"],
["03/10/2025 - 06:30", "lần thứ I", "nhiệm kỳ 2025 - 2030", "2 ngày", "năm 2030", "Trung ương 11", "khóa XIII", "khóa I",
 "lần thứ nhất", "lần thứ XI", "Lượt xem: 3.412"]))

PAGES.append(page("b3147-lamdong-lhpn-xa-daihoi-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ QUẢNG KHÊ
Trang chủ / Hoạt động / Hội Liên hiệp Phụ nữ
Ngày đăng: 17/04/2026 | 15:45
Phụ nữ xã Quảng Khê đại hội lần thứ I, nhiệm kỳ 2026 - 2031
Các đại biểu biểu quyết thông qua danh sách bầu cử. Ảnh: H'Tâm
Sáng ngày 15/4/2026, Hội Liên hiệp Phụ nữ xã Quảng Khê, tỉnh Lâm Đồng tổ chức Đại hội đại biểu phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội đầu tiên của Hội LHPN xã sau khi hợp nhất các xã Quảng Khê, Đắk Plao và thực hiện chính quyền địa phương hai cấp. Về dự có bà H'Khuyên Niê, Phó Chủ tịch Hội LHPN tỉnh Lâm Đồng; ông Điểu Đăng, Phó Bí thư Thường trực Đảng ủy xã; bà Thị Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã cùng 130 đại biểu đại diện cho khoảng 2.900 hội viên của 24 chi hội thôn, bon.
Báo cáo chính trị do bà Thị Hòa trình bày cho thấy: giai đoạn 2021 - 2026, các cấp hội ở hai xã cũ đã vận động hội viên góp vốn xoay vòng được 1,35 tỷ đồng, giúp 118 lượt chị em nghèo vay không lãi; phối hợp với Ngân hàng Chính sách xã hội quản lý 26 tổ tiết kiệm và vay vốn với tổng dư nợ hơn 38 tỷ đồng. Thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, Hội đã thành lập 9 Tổ truyền thông cộng đồng, 4 "Địa chỉ tin cậy ở cộng đồng", tổ chức 37 buổi truyền thông cho hơn 1.800 lượt người dân về phòng, chống tảo hôn, hôn nhân cận huyết thống. Hội vận động 312 chị em tham gia trồng và chăm sóc cà phê, mắc ca theo hướng hữu cơ, phần lớn là đồng bào Mnông, Mạ, Mông, Dao.
Đại hội đề ra 5 chỉ tiêu nhiệm kỳ 2026 - 2031: phát triển ít nhất 200 hội viên mới; hỗ trợ 50 hộ phụ nữ nghèo thoát nghèo; 100% chi hội có mô hình tiết kiệm; phấn đấu không còn trường hợp tảo hôn trong hội viên; mỗi năm giới thiệu 5 hội viên ưu tú cho Đảng.
Đại hội bầu Ban Chấp hành Hội LHPN xã khóa I gồm 15 chị, Ban Thường vụ 3 chị. Bà Thị Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, được bầu giữ chức Chủ tịch Hội LHPN xã; bà Điểu Thị Mai và bà Giàng Thị Sú được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội bầu 6 đại biểu dự Đại hội đại biểu phụ nữ tỉnh Lâm Đồng lần thứ I.
Phát biểu chỉ đạo, bà H'Khuyên Niê đề nghị Hội LHPN xã triển khai Kế hoạch số 18-KH/ĐU ngày 02/02/2026 của Ban Thường vụ Đảng ủy xã về thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy Lâm Đồng về lãnh đạo đại hội phụ nữ các cấp; tiếp tục phát huy vai trò của phụ nữ người dân tộc thiểu số trong giữ gìn văn hóa cồng chiêng, nghề dệt thổ cẩm ở các bon Bu Đắk, Păng Sim.
H'Tâm
Tin khác
- Hội LHPN phường Bắc Gia Nghĩa đại hội điểm (02/04/2026)
- Quảng Khê tổng kết công tác Mặt trận năm 2025 (20/01/2026)
- Trao 10 con bò cho phụ nữ nghèo xã Quảng Khê (08/03/2026)
""", "2026-04-17", "Phụ nữ xã Quảng Khê đại hội lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-04-15"),
[P("H'Khuyên Niê", "Phó Chủ tịch Hội LHPN tỉnh Lâm Đồng"),
 P("Điểu Đăng", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Điểu Thị Mai", "Phó Chủ tịch Hội LHPN xã"),
 P("Giàng Thị Sú", "Phó Chủ tịch Hội LHPN xã")],
[Q("130 đại biểu", 130, "đại biểu"), Q("khoảng 2.900 hội viên", 2900, "hội viên", "approx"), Q("24 chi hội thôn, bon", 24, "chi hội thôn, bon"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("118 lượt chị em nghèo", 118, "lượt chị em nghèo"),
 Q("26 tổ tiết kiệm và vay vốn", 26, "tổ tiết kiệm và vay vốn"), Q("hơn 38 tỷ đồng", 38000000000, "đồng", "over"),
 Q("9 Tổ truyền thông cộng đồng", 9, "Tổ truyền thông cộng đồng"), Q('4 "Địa chỉ tin cậy ở cộng đồng"', 4, "Địa chỉ tin cậy ở cộng đồng"),
 Q("37 buổi truyền thông", 37, "buổi truyền thông"), Q("hơn 1.800 lượt người dân", 1800, "lượt người dân", "over"),
 Q("312 chị em", 312, "chị em"), Q("5 chỉ tiêu", 5, "chỉ tiêu"), Q("ít nhất 200 hội viên mới", 200, "hội viên mới", "over"),
 Q("50 hộ phụ nữ nghèo", 50, "hộ phụ nữ nghèo"), Q("100%", 100, "%"), Q("5 hội viên ưu tú", 5, "hội viên ưu tú"),
 Q("15 chị", 15, "chị"), Q("3 chị", 3, "chị"), Q("6 đại biểu", 6, "đại biểu")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "18", "KH/ĐU", "2026-02-02", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 02/02/2026"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Lâm Đồng", "Chỉ thị số 05-CT/TU")],
[prov("Lâm Đồng"), com("Quảng Khê"), com("Đắk Plao")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ QUẢNG KHÊ", "Trang chủ / Hoạt động / Hội Liên hiệp Phụ nữ",
 "Các đại biểu biểu quyết thông qua danh sách bầu cử. Ảnh: H'Tâm", "Dự án 8",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Ngân hàng Chính sách xã hội",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "bon Bu Đắk"],
["Ngày đăng: 17/04/2026 | 15:45", "lần thứ I", "nhiệm kỳ 2026 - 2031", "hai cấp", "giai đoạn 2021 - 2026", "Dự án 8", "khóa I"]))

PAGES.append(page("b3148-quangngai-chan-dung-chutich-hoiphunu-2026", """
Báo Quảng Ngãi điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ngãi
Xã hội | Gương sáng
12 tháng 6, 2026 | 08:30
Y Hrên (thứ hai từ phải) hướng dẫn chị em làng Kon Pao trồng sâm dây.
Nữ Chủ tịch Hội Phụ nữ "ba cùng" với chị em vùng cao
(Báo Quảng Ngãi) - Gần 10 năm làm công tác Hội ở xã vùng cao Đăk Pxi, chị Y Hrên, người Xơ Đăng, được chị em trong xã gọi thân mật là "cô giáo của làng". Tháng 4 vừa qua, chị tiếp tục được tín nhiệm giữ chức Chủ tịch Hội LHPN xã Đăk Pxi, nhiệm kỳ 2026 - 2031.
Xã Đăk Pxi (mới) được thành lập từ ngày 01/7/2025 trên cơ sở sáp nhập các xã Đăk Pxi, Đăk Long, Đăk Ui của huyện Đăk Hà cũ, nay thuộc tỉnh Quảng Ngãi. Toàn xã có hơn 2.100 hội viên phụ nữ, trong đó khoảng 70% là đồng bào Xơ Đăng, Ba Na. Khi mới nhận nhiệm vụ Phó Chủ tịch Hội LHPN xã năm 2016, Y Hrên đi từng làng vận động chị em bỏ tục đẻ ngoài rừng, đưa con đến trạm y tế tiêm chủng. "Mình là người dân tộc, nói tiếng mẹ đẻ thì chị em hiểu, chị em tin", chị chia sẻ.
Bằng cách "ăn cùng, ở cùng, làm cùng", chị đã cùng Ban Chấp hành hội thành lập 12 tổ tiết kiệm và vay vốn, giúp 246 hộ hội viên vay vốn Ngân hàng Chính sách xã hội với dư nợ gần 9,6 tỷ đồng. Riêng mô hình trồng sâm dây dưới tán rừng ở làng Kon Pao có 35 chị em tham gia, thu nhập bình quân khoảng 40 triệu đồng/hộ/năm. Nhờ đó, nhiều gia đình đã thoát nghèo; số hộ nghèo do phụ nữ làm chủ hộ ở các làng Kon Pao, Đăk Rơ Wang giảm 58 hộ sau 5 năm.
Chị Y Hrên còn là người đứng lớp "xóa mù chữ" buổi tối cho 43 phụ nữ lớn tuổi. Năm 2024, chị được Trung ương Hội LHPN Việt Nam tặng Bằng khen vì thành tích xuất sắc trong thực hiện Dự án 8 của Chương trình mục tiêu quốc gia 1719 và phong trào thi đua "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Bà A Thị Nghĩa, Chủ tịch Hội LHPN tỉnh Quảng Ngãi, nhận xét: "Y Hrên là điển hình của cán bộ hội cơ sở sâu sát, gần dân. Tỉnh Hội sẽ nhân rộng cách làm của chị ở các xã vùng đồng bào dân tộc thiểu số phía Bắc tỉnh". Ông A Đen, Bí thư Đảng ủy xã Đăk Pxi, cho biết Đảng ủy đã đưa chị vào quy hoạch nguồn cán bộ chủ chốt của xã.
Nói về dự định, Y Hrên cho biết nhiệm kỳ này chị sẽ cùng chị em thực hiện Nghị quyết Đại hội phụ nữ xã với chỉ tiêu thành lập thêm 5 tổ hợp tác sản xuất, phát triển ít nhất 150 hội viên mới. "Ở làng còn nhiều chị khó khăn lắm, mình phải làm sao cho các chị có cái ăn, cái mặc, con cái được đi học", chị nói.
HOÀNG LIÊN
Lượt xem: 2.041
Tin liên quan
- Đại hội phụ nữ xã Măng Đen lần thứ I (16/04/2026)
- Quảng Ngãi: 96/96 xã, phường, đặc khu hoàn thành đại hội phụ nữ (30/05/2026)
- Phụ nữ vùng cao Kon Plông phát triển du lịch cộng đồng (11/05/2026)
""", "2026-06-12", 'Nữ Chủ tịch Hội Phụ nữ "ba cùng" với chị em vùng cao',
E("khac", None, None),
[P("Y Hrên", "Chủ tịch Hội LHPN xã Đăk Pxi", "Phó Chủ tịch Hội LHPN xã"),
 P("A Thị Nghĩa", "Chủ tịch Hội LHPN tỉnh Quảng Ngãi"),
 P("A Đen", "Bí thư Đảng ủy xã Đăk Pxi")],
[Q("hơn 2.100 hội viên phụ nữ", 2100, "hội viên phụ nữ", "over"), Q("khoảng 70%", 70, "%", "approx"),
 Q("12 tổ tiết kiệm và vay vốn", 12, "tổ tiết kiệm và vay vốn"), Q("246 hộ hội viên", 246, "hộ hội viên"),
 Q("gần 9,6 tỷ đồng", 9600000000, "đồng", "approx"), Q("35 chị em", 35, "chị em"),
 Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"), Q("58 hộ", 58, "hộ"), Q("43 phụ nữ lớn tuổi", 43, "phụ nữ lớn tuổi"),
 Q("5 tổ hợp tác sản xuất", 5, "tổ hợp tác sản xuất"), Q("ít nhất 150 hội viên mới", 150, "hội viên mới", "over")],
[],
[prov("Quảng Ngãi"), com("Đăk Pxi"), com("Đăk Long"), com("Đăk Ui")],
["Báo Quảng Ngãi điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ngãi", "Xã hội | Gương sáng",
 "Y Hrên (thứ hai từ phải) hướng dẫn chị em làng Kon Pao trồng sâm dây.", "(Báo Quảng Ngãi)", "cô giáo của làng",
 "ăn cùng, ở cùng, làm cùng", "Dự án 8", "Chương trình mục tiêu quốc gia 1719",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Ngân hàng Chính sách xã hội", "Lượt xem: 2.041"],
["12 tháng 6, 2026 | 08:30", "Gần 10 năm", "nhiệm kỳ 2026 - 2031", "01/7/2025", "năm 2016", "5 năm",
 "Năm 2024", "1719", "thứ hai", "Lượt xem: 2.041"]))
