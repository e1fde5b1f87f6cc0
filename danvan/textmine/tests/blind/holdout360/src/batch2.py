from lib import *
PAGES = []

PAGES.append(page("b8603-hatinh-mttq-giaoban-2017", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh
Trang chủ | Mặt trận cơ sở | Tin hoạt động
Thứ Hai, 25/09/2017
Thạch Trị: Mặt trận góp ý tại giao ban kinh tế - xã hội tháng 9
Ngày 22/9/2017, UBND xã Thạch Trị (Thạch Hà) tổ chức giao ban đánh giá tình hình kinh tế - xã hội tháng 9, triển khai nhiệm vụ tháng 10. Tham dự có đồng chí Phan Văn Thành, Bí thư Đảng ủy, Chủ tịch HĐND xã; ông Nguyễn Hữu Đức - Chủ tịch UBND xã chủ trì; Chủ tịch Ủy ban MTTQ xã Trần Thị Mai Hoa cùng các Phó Chủ tịch Ủy ban MTTQ xã Võ Văn Tâm, Đặng Thị Lan và 11 trưởng thôn.
Theo báo cáo, cơn bão số 10 vừa qua đã làm tốc mái 312 ngôi nhà, gãy đổ hơn 2.500 cây xanh, ngập 46 ha lúa hè thu chưa thu hoạch; tổng thiệt hại ước khoảng 3,8 tỷ đồng. Ngay sau bão, xã huy động 650 lượt đoàn viên, dân quân giúp dân khắc phục. Đến nay toàn xã đã thu hoạch 395 ha lúa hè thu, năng suất bình quân 48 tạ/ha; dự kiến gieo trồng 120 ha rau màu vụ đông.
Thu ngân sách 9 tháng đạt 1,12 tỷ đồng, bằng 74% kế hoạch. Về xây dựng nông thôn mới, Thạch Trị đã đạt 15/19 tiêu chí theo bộ tiêu chí ban hành kèm Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ; từ đầu năm nhân dân đóng góp 1,65 tỷ đồng, hiến 4.800 m2 đất, tự tháo dỡ 1.250 m tường rào để mở rộng đường; xây dựng được 12 vườn mẫu và 2 khu dân cư nông thôn mới kiểu mẫu.
Bà Trần Thị Mai Hoa cho biết, thực hiện Kế hoạch số 68/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ xã, các thôn đã vận động Quỹ "Vì người nghèo" được 45,6 triệu đồng, hỗ trợ sửa chữa 3 nhà ở cho hộ nghèo; tổng hợp 58 ý kiến, kiến nghị của cử tri gửi kỳ họp HĐND xã. Qua giám sát, Mặt trận đề nghị UBND xã sớm công khai danh sách 27 hộ được hỗ trợ khắc phục bão. "Cán bộ phải nói thật, làm thật thì dân mới tin, dân mới góp", bà Hoa nói.
Ông Lê Văn Bình, Trưởng ban Công tác Mặt trận thôn Bắc Sơn, phản ánh một số hộ chưa đồng thuận trong việc dồn điền đổi thửa. Công an xã đã hòa giải thành 4 vụ việc mâu thuẫn trong nhân dân, tiếp nhận 5 đơn kiến nghị.
Kết luận, ông Nguyễn Hữu Đức yêu cầu tháng 10 hoàn thành khắc phục hậu quả bão, sửa chữa xong 3,5 km kênh mương bị sạt lở, gieo trồng trên 80 ha cây vụ đông; đồng thời đề nghị Mặt trận tiếp tục giám sát việc phân bổ hàng cứu trợ. Đồng chí Phan Văn Thành lưu ý thực hiện Nghị quyết số 03-NQ/ĐU của Đảng ủy xã về xây dựng xã nông thôn mới kiểu mẫu, phấn đấu về đích năm 2018.
Hoàng Anh
Tin liên quan
- Thạch Hà: Mặt trận các cấp trao 1.200 suất quà hỗ trợ người dân vùng bão (20/09/2017)
- Thạch Tân ra mắt khu dân cư kiểu mẫu (12/09/2017)
- Giám sát việc thực hiện quy chế dân chủ ở cơ sở tại xã Thạch Long (30/08/2017)
""", "2017-09-25", "Thạch Trị: Mặt trận góp ý tại giao ban kinh tế - xã hội tháng 9",
E("giao_ban", "2017-09", "2017-09-22"),
[P("Phan Văn Thành", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Hữu Đức", "Chủ tịch UBND xã"),
 P("Trần Thị Mai Hoa", "Chủ tịch Ủy ban MTTQ xã"),
 P("Võ Văn Tâm", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Đặng Thị Lan", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Lê Văn Bình", "Trưởng ban Công tác Mặt trận thôn Bắc Sơn")],
[Q("11 trưởng thôn", 11, "trưởng thôn"), Q("312 ngôi nhà", 312, "ngôi nhà"), Q("hơn 2.500 cây xanh", 2500, "cây xanh", "over"),
 Q("46 ha", 46, "ha"), Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"),
 Q("650 lượt đoàn viên, dân quân", 650, "lượt đoàn viên, dân quân"), Q("395 ha", 395, "ha"), Q("48 tạ/ha", 48, "tạ/ha"),
 Q("120 ha", 120, "ha"), Q("1,12 tỷ đồng", 1120000000, "đồng"), Q("74%", 74, "%"), Q("15/19 tiêu chí", 15, "tiêu chí"),
 Q("1,65 tỷ đồng", 1650000000, "đồng"), Q("4.800 m2", 4800, "m2"), Q("1.250 m", 1250, "m"),
 Q("12 vườn mẫu", 12, "vườn mẫu"), Q("2 khu dân cư nông thôn mới kiểu mẫu", 2, "khu dân cư nông thôn mới kiểu mẫu"),
 Q("45,6 triệu đồng", 45600000, "đồng"), Q("3 nhà ở", 3, "nhà ở"), Q("58 ý kiến, kiến nghị", 58, "ý kiến, kiến nghị"),
 Q("27 hộ", 27, "hộ"), Q("4 vụ việc mâu thuẫn", 4, "vụ việc mâu thuẫn"), Q("5 đơn kiến nghị", 5, "đơn kiến nghị"),
 Q("3,5 km", 3.5, "km"), Q("trên 80 ha", 80, "ha", "over")],
[D("Quyết định", "1980", "QĐ-TTg", "2016-10-17", "Thủ tướng Chính phủ", "Quyết định số 1980/QĐ-TTg ngày 17/10/2016"),
 D("Kế hoạch", "68", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 68/KH-MTTQ-BTT"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU")],
[prov("Hà Tĩnh"), com("Thạch Trị")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Trang chủ | Mặt trận cơ sở | Tin hoạt động", "Vì người nghèo",
 "Cán bộ phải nói thật, làm thật thì dân mới tin, dân mới góp", "Bắc Sơn"],
["Thứ Hai, 25/09/2017", "bão số 10", "tháng 9", "tháng 10", "9 tháng", "năm 2018"]))

PAGES.append(page("b8604-binhduong-ubndphuong-giaoban-2018", """
BÁO BÌNH DƯƠNG ONLINE
Thời sự - Chính trị / Địa phương
30-05-2018 09:40
Phường Mỹ Phước quản lý hơn 42.000 lao động nhập cư
(BDO) Ngày 28-5, UBND phường Mỹ Phước, thị xã Bến Cát tổ chức họp giao ban đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh tháng 5/2018 và triển khai công tác tháng 6.
Ông Nguyễn Thanh Tâm, Chủ tịch UBND phường Mỹ Phước phát biểu tại cuộc họp. Ảnh: Q.Thắng
Theo báo cáo, hiện trên địa bàn phường có 1.860 nhà trọ với khoảng 14.200 phòng, là nơi ở của hơn 42.000 lao động nhập cư từ nhiều tỉnh đến Bình Dương làm việc tại các khu công nghiệp Mỹ Phước 1, 2, 3. Trong tháng, phường đã cấp 58 giấy chứng nhận đăng ký hộ kinh doanh; tổng thu ngân sách 5 tháng đạt 38,6 tỷ đồng, bằng 47,3% dự toán năm, trong đó thu thuế ngoài quốc doanh 21,4 tỷ đồng.
Công tác quản lý trật tự xây dựng được tăng cường với 41 lượt kiểm tra, phát hiện và xử lý 21 trường hợp xây dựng không phép, buộc tháo dỡ 6 công trình trên đất nông nghiệp theo Chỉ thị số 08/CT-UBND ngày 4/4/2018 của UBND thị xã Bến Cát. Đội trật tự đô thị ra quân lập lại trật tự lòng lề đường tại 9 tuyến đường, thu gom khoảng 36 tấn rác thải.
Bà Trần Thị Kim Loan, Phó Bí thư Thường trực Đảng ủy phường cho biết, trong tháng các đoàn thể đã tổ chức 12 buổi tuyên truyền pháp luật cho 1.500 lượt công nhân tại nhà trọ; Hội LHPN phường giải ngân 480 triệu đồng từ nguồn vốn ủy thác cho 16 hội viên khởi nghiệp. Phường có 24 hộ nghèo theo chuẩn của tỉnh, thu nhập dưới 32 triệu đồng/người/năm.
Thiếu tá Lê Hoàng Phúc, Trưởng Công an phường thông tin, tháng 5 xảy ra 14 vụ phạm pháp hình sự, chủ yếu trộm cắp tài sản tại các dãy trọ; Công an phường đã bắt giữ 11 đối tượng, triệt xóa 2 ổ nhóm tội phạm, xử phạt vi phạm hành chính 29 trường hợp theo Nghị định số 167/2013/NĐ-CP của Chính phủ với số tiền 52,5 triệu đồng. Hiện 100% chủ nhà trọ đã ký cam kết thực hiện đăng ký tạm trú cho người thuê.
Các Phó Chủ tịch UBND phường: Võ Minh Trí, Huỳnh Thị Ngọc Bích đề nghị các khu phố tiếp tục rà soát 3 dự án chậm triển khai và vận động nhân dân đóng góp xây dựng đường hẻm.
Chỉ đạo cuộc họp, ông Nguyễn Thanh Tâm yêu cầu tháng 6 tập trung phòng, chống dịch sốt xuất huyết, tay chân miệng ở các khu nhà trọ; chuẩn bị tốt kỳ thi tuyển sinh lớp 10; tổ chức đối thoại với công nhân và chủ nhà trọ tại khu phố 3 và khu phố 5; phấn đấu thu ngân sách 6 tháng đạt trên 55% dự toán. "Người lao động nhập cư cũng là cư dân của phường, phải được phục vụ như người dân tại chỗ", ông Tâm nhấn mạnh.
Quang Thắng
Tin cùng chuyên mục
- Phường Tân Định tổ chức đối thoại với 300 công nhân (25-05-2018)
- Bến Cát giao ban công tác dân vận tháng 5 (22-05-2018)
- Phường Chánh Phú Hòa ra mắt tổ tự quản nhà trọ (15-05-2018)
""", "2018-05-30", "Phường Mỹ Phước quản lý hơn 42.000 lao động nhập cư",
E("giao_ban", "2018-05", "2018-05-28"),
[P("Nguyễn Thanh Tâm", "Chủ tịch UBND phường Mỹ Phước"),
 P("Trần Thị Kim Loan", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Lê Hoàng Phúc", "Thiếu tá", "Trưởng Công an phường"),
 P("Võ Minh Trí", "Phó Chủ tịch UBND phường"),
 P("Huỳnh Thị Ngọc Bích", "Phó Chủ tịch UBND phường")],
[Q("hơn 42.000 lao động nhập cư", 42000, "lao động nhập cư", "over"), Q("1.860 nhà trọ", 1860, "nhà trọ"),
 Q("khoảng 14.200 phòng", 14200, "phòng", "approx"), Q("58 giấy chứng nhận đăng ký hộ kinh doanh", 58, "giấy chứng nhận đăng ký hộ kinh doanh"),
 Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("47,3%", 47.3, "%"), Q("21,4 tỷ đồng", 21400000000, "đồng"),
 Q("41 lượt kiểm tra", 41, "lượt kiểm tra"), Q("21 trường hợp", 21, "trường hợp"), Q("6 công trình", 6, "công trình"),
 Q("9 tuyến đường", 9, "tuyến đường"), Q("khoảng 36 tấn", 36, "tấn", "approx"), Q("12 buổi tuyên truyền pháp luật", 12, "buổi tuyên truyền pháp luật"),
 Q("1.500 lượt công nhân", 1500, "lượt công nhân"), Q("480 triệu đồng", 480000000, "đồng"), Q("16 hội viên", 16, "hội viên"),
 Q("24 hộ nghèo", 24, "hộ nghèo"), Q("32 triệu đồng", 32000000, "đồng"),
 Q("14 vụ phạm pháp hình sự", 14, "vụ phạm pháp hình sự"), Q("11 đối tượng", 11, "đối tượng"), Q("2 ổ nhóm tội phạm", 2, "ổ nhóm tội phạm"),
 Q("29 trường hợp", 29, "trường hợp"), Q("52,5 triệu đồng", 52500000, "đồng"), Q("100%", 100, "%"),
 Q("3 dự án", 3, "dự án"), Q("trên 55%", 55, "%", "over")],
[D("Chỉ thị", "08", "CT-UBND", "2018-04-04", "UBND thị xã Bến Cát", "Chỉ thị số 08/CT-UBND ngày 4/4/2018"),
 D("Nghị định", "167", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 167/2013/NĐ-CP")],
[prov("Bình Dương"), com("Mỹ Phước")],
["BÁO BÌNH DƯƠNG ONLINE", "Thời sự - Chính trị / Địa phương", "(BDO)",
 "Ông Nguyễn Thanh Tâm, Chủ tịch UBND phường Mỹ Phước phát biểu tại cuộc họp. Ảnh: Q.Thắng", "Mỹ Phước 1, 2, 3",
 "Người lao động nhập cư cũng là cư dân của phường, phải được phục vụ như người dân tại chỗ"],
["30-05-2018 09:40", "Ngày 28-5", "tháng 5/2018", "tháng 6", "5 tháng", "6 tháng", "lớp 10", "khu phố 3", "khu phố 5"]))

PAGES.append(page("b8605-caobang-ubndxa-soket-2019", """
BÁO CAO BẰNG ĐIỆN TỬ
Kinh tế › Nông thôn mới
21.06.2019 | 16:05
Xã Quang Hán: 6 tháng đầu năm 2019 hoàn thành 7 chỉ tiêu
Ngày 20/6, UBND xã Quang Hán (huyện Trà Lĩnh, tỉnh Cao Bằng) tổ chức phiên họp thường kỳ tháng 6 kết hợp sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2019. Đồng chí Lục Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; dự có đồng chí Nông Văn Hiếu, Bí thư Đảng ủy xã, đại diện Đồn Biên phòng Đàm Thủy và 16 trưởng xóm.
Cán bộ xã Quang Hán kiểm tra mô hình trồng thuốc lá. Ảnh: Ngọc Yến
Theo báo cáo, 6 tháng qua xã có 7/12 chỉ tiêu đạt và vượt kế hoạch. Toàn xã gieo trồng 412 ha ngô, 185 ha lúa xuân và mùa sớm, 96 ha thuốc lá; sản lượng thuốc lá ước 211 tấn, thu về khoảng 7,4 tỷ đồng. Tổng đàn trâu, bò 2.960 con, tăng 4,2% so với cùng kỳ. Thực hiện Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ, xã đã cấp 28 con bò sinh sản cho 28 hộ nghèo, trị giá 392 triệu đồng.
Thu ngân sách 6 tháng đạt 356 triệu đồng, bằng 52% dự toán. Nguồn vốn Chương trình 135 đầu tư 2 công trình với tổng kinh phí 1,9 tỷ đồng, gồm đường bê tông xóm Nà Đoỏng dài 1,1 km và kênh mương Khuổi Khoang. Tỷ lệ hộ nghèo hiện là 38,6%, hộ cận nghèo 12,1%. Trong 6 tháng, xã phối hợp tổ chức 3 lớp tập huấn kỹ thuật trồng thuốc lá cho 210 lượt nông dân; tiếp nhận và giải quyết 6 đơn thư, kiến nghị của công dân, không có đơn tồn đọng.
Đồng chí Đàm Văn Tuấn, Phó Chủ tịch UBND xã cho biết, các trường học đã hoàn thành năm học với 100% học sinh tiểu học hoàn thành chương trình; xã vận động được 245 hộ tham gia bảo hiểm xã hội tự nguyện và bảo hiểm y tế hộ gia đình. Đại úy Lương Văn Sơn, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Đàm Thủy, thông tin tình hình biên giới ổn định; trong 6 tháng đã phối hợp tuần tra 24 lượt trên 9,5 km đường biên giới, tuyên truyền cho 860 lượt người dân không vượt biên trái phép.
Ông Hoàng Văn Pắng, Bí thư Chi bộ kiêm Trưởng xóm Nà Đoỏng, kiến nghị hỗ trợ thêm xi măng để làm 700 m đường nội xóm. Bà Mã Thị Thơm, Chủ tịch Hội Nông dân xã, đề nghị nhân rộng mô hình nuôi lợn đen đang có 35 hộ tham gia.
Kết luận, đồng chí Nông Văn Hiếu đề nghị tiếp tục thực hiện Nghị quyết số 07-NQ/ĐU của Đảng ủy xã về phát triển chăn nuôi đại gia súc; 6 tháng cuối năm phấn đấu giảm 5% hộ nghèo, đạt thêm 2 tiêu chí nông thôn mới và hoàn thành thu ngân sách trên 700 triệu đồng.
Ngọc Yến
Tin liên quan
- Trà Lĩnh: Khối dân vận giao ban quý II (14/06/2019)
- Quang Hán vận động nhân dân hiến đất làm đường (30/05/2019)
- Đồn Biên phòng Đàm Thủy giúp dân thu hoạch thuốc lá (22/05/2019)
""", "2019-06-21", "Xã Quang Hán: 6 tháng đầu năm 2019 hoàn thành 7 chỉ tiêu",
E("so_ket", "2019-H1", "2019-06-20"),
[P("Lục Thị Mai", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nông Văn Hiếu", "Bí thư Đảng ủy xã"),
 P("Đàm Văn Tuấn", "Phó Chủ tịch UBND xã"),
 P("Lương Văn Sơn", "Đại úy", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Đàm Thủy"),
 P("Hoàng Văn Pắng", "Bí thư Chi bộ kiêm Trưởng xóm Nà Đoỏng"),
 P("Mã Thị Thơm", "Chủ tịch Hội Nông dân xã")],
[Q("7 chỉ tiêu", 7, "chỉ tiêu"), Q("16 trưởng xóm", 16, "trưởng xóm"), Q("412 ha", 412, "ha"), Q("185 ha", 185, "ha"),
 Q("96 ha", 96, "ha"), Q("211 tấn", 211, "tấn"), Q("khoảng 7,4 tỷ đồng", 7400000000, "đồng", "approx"),
 Q("2.960 con", 2960, "con"), Q("4,2%", 4.2, "%"), Q("28 con bò sinh sản", 28, "con bò sinh sản"), Q("28 hộ nghèo", 28, "hộ nghèo"),
 Q("392 triệu đồng", 392000000, "đồng"), Q("356 triệu đồng", 356000000, "đồng"), Q("52%", 52, "%"),
 Q("2 công trình", 2, "công trình"), Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("1,1 km", 1.1, "km"),
 Q("38,6%", 38.6, "%"), Q("12,1%", 12.1, "%"), Q("3 lớp tập huấn kỹ thuật trồng thuốc lá", 3, "lớp tập huấn kỹ thuật trồng thuốc lá"),
 Q("210 lượt nông dân", 210, "lượt nông dân"), Q("6 đơn thư, kiến nghị", 6, "đơn thư, kiến nghị"), Q("100%", 100, "%"), Q("245 hộ", 245, "hộ"), Q("24 lượt", 24, "lượt"),
 Q("9,5 km", 9.5, "km"), Q("860 lượt người dân", 860, "lượt người dân"), Q("700 m", 700, "m"), Q("35 hộ", 35, "hộ"),
 Q("5%", 5, "%"), Q("2 tiêu chí nông thôn mới", 2, "tiêu chí nông thôn mới"), Q("trên 700 triệu đồng", 700000000, "đồng", "over")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU")],
[prov("Cao Bằng"), com("Quang Hán")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Kinh tế › Nông thôn mới", "Cán bộ xã Quang Hán kiểm tra mô hình trồng thuốc lá. Ảnh: Ngọc Yến",
 "Chương trình 135", "Nà Đoỏng", "Khuổi Khoang", "Đồn Biên phòng Đàm Thủy"],
["21.06.2019 | 16:05", "6 tháng đầu năm 2019", "tháng 6", "6 tháng", "6 tháng cuối năm"]))

PAGES.append(page("b8606-kiengiang-ubndxa-baocao-2019", """
Trang thông tin điện tử xã Bình An - huyện Châu Thành - tỉnh Kiên Giang
Trang chủ > Chỉ đạo điều hành > Báo cáo
25/10/2019 | 14:30
Báo cáo tình hình kinh tế - xã hội tháng 10 và phương hướng, nhiệm vụ tháng 11 năm 2019
Ngày 24/10/2019, UBND xã Bình An ban hành Báo cáo số 152/BC-UBND về tình hình kinh tế - xã hội, quốc phòng - an ninh tháng 10 và phương hướng, nhiệm vụ tháng 11 năm 2019. Trang thông tin điện tử xã trích đăng những nội dung chính:
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10
1. Sản xuất nông nghiệp: Vụ lúa Thu Đông 2019 xuống giống được 1.850 ha/2.000 ha, đạt 92,5% kế hoạch; diện tích bị rầy nâu gây hại khoảng 60 ha, đã hướng dẫn nông dân phun xịt. Diện tích nuôi tôm càng xanh xen lúa 75 ha; tổng đàn heo 4.120 con, đàn gia cầm trên 38.000 con. Trong tháng, xã tiêu hủy 86 con heo mắc bệnh dịch tả heo châu Phi tại 3 hộ, hỗ trợ 19,3 triệu đồng theo Quyết định số 793/QĐ-TTg ngày 27/6/2019 của Thủ tướng Chính phủ.
2. Tài chính - ngân sách: Thu ngân sách tháng 10 được 236 triệu đồng, lũy kế 10 tháng đạt 2,45 tỷ đồng, bằng 81,6% dự toán; chi ngân sách 10 tháng 2,12 tỷ đồng.
3. Xây dựng nông thôn mới: Xã đạt 16/19 tiêu chí; đã hoàn thành 2 cây cầu bê tông ở ấp Xẻo Đước và ấp Bình Lợi với tổng kinh phí 1,35 tỷ đồng, trong đó nhân dân đóng góp 270 triệu đồng. Ban Nhân dân các ấp vận động 42 hộ hiến đất mở rộng lộ nông thôn.
4. Văn hóa - xã hội: Chi trả trợ cấp cho 1.142 đối tượng bảo trợ xã hội và người có công với tổng số tiền 468 triệu đồng; xét duyệt 15 hồ sơ mai táng phí. Năm học 2019 - 2020 toàn xã có 2.018 học sinh, huy động trẻ 5 tuổi ra lớp đạt 98,7%. Tỷ lệ bao phủ bảo hiểm y tế đạt 86,2%. Xã còn 136 hộ nghèo (3,9%), trong đó 58 hộ đồng bào Khmer.
5. Quốc phòng - an ninh: Tình hình an ninh chính trị ổn định; xảy ra 3 vụ trộm cắp tài sản, thiệt hại khoảng 25 triệu đồng. Hòa giải thành 7/9 vụ việc tranh chấp đất đai. Xã đã sơ tuyển 64 thanh niên trong độ tuổi nhập ngũ, chuẩn bị giao quân năm 2020.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11 NĂM 2019
- Chỉ đạo thu hoạch lúa Thu Đông sớm khoảng 300 ha; phòng, chống dịch tả heo châu Phi; phấn đấu thu ngân sách đạt trên 95% dự toán.
- Triển khai Kế hoạch số 78/KH-UBND ngày 9/10/2019 của UBND huyện Châu Thành về tổ chức Ngày hội Đại đoàn kết toàn dân tộc; phối hợp Ủy ban MTTQ xã tổ chức ngày hội ở 8/8 ấp.
- Chuẩn bị nội dung kỳ họp thứ 9 HĐND xã khóa X, nhiệm kỳ 2016 - 2021; tiếp tục thực hiện Nghị quyết số 04-NQ/ĐU của Đảng ủy xã về xây dựng xã nông thôn mới nâng cao.
Nơi nhận: Thường trực Đảng ủy, HĐND xã; các ngành, đoàn thể; lưu VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Danh Thị Mỹ Linh
Các tin khác
- Báo cáo tình hình kinh tế - xã hội tháng 9 năm 2019 (26/09/2019)
- Thông báo lịch tiếp công dân tháng 11/2019 (20/10/2019)
- Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2019 (15/10/2019)
""", "2019-10-25", "Báo cáo tình hình kinh tế - xã hội tháng 10 và phương hướng, nhiệm vụ tháng 11 năm 2019",
E("bao_cao", "2019-10", "2019-10-24"),
[P("Danh Thị Mỹ Linh", "PHÓ CHỦ TỊCH")],
[Q("1.850 ha/2.000 ha", 1850, "ha"), Q("92,5%", 92.5, "%"), Q("khoảng 60 ha", 60, "ha", "approx"), Q("75 ha", 75, "ha"),
 Q("4.120 con", 4120, "con"), Q("trên 38.000 con", 38000, "con", "over"), Q("86 con heo", 86, "con heo"), Q("3 hộ", 3, "hộ"),
 Q("19,3 triệu đồng", 19300000, "đồng"), Q("236 triệu đồng", 236000000, "đồng"), Q("2,45 tỷ đồng", 2450000000, "đồng"),
 Q("81,6%", 81.6, "%"), Q("2,12 tỷ đồng", 2120000000, "đồng"), Q("16/19 tiêu chí", 16, "tiêu chí"),
 Q("2 cây cầu bê tông", 2, "cây cầu bê tông"), Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("270 triệu đồng", 270000000, "đồng"),
 Q("42 hộ", 42, "hộ"), Q("1.142 đối tượng bảo trợ xã hội và người có công", 1142, "đối tượng bảo trợ xã hội và người có công"),
 Q("468 triệu đồng", 468000000, "đồng"), Q("15 hồ sơ mai táng phí", 15, "hồ sơ mai táng phí"), Q("2.018 học sinh", 2018, "học sinh"),
 Q("98,7%", 98.7, "%"), Q("86,2%", 86.2, "%"), Q("136 hộ nghèo", 136, "hộ nghèo"), Q("3,9%", 3.9, "%"),
 Q("58 hộ đồng bào Khmer", 58, "hộ đồng bào Khmer"), Q("3 vụ trộm cắp tài sản", 3, "vụ trộm cắp tài sản"),
 Q("khoảng 25 triệu đồng", 25000000, "đồng", "approx"), Q("7/9 vụ việc tranh chấp đất đai", 7, "vụ việc tranh chấp đất đai"),
 Q("64 thanh niên", 64, "thanh niên"), Q("khoảng 300 ha", 300, "ha", "approx"), Q("trên 95%", 95, "%", "over"), Q("8/8 ấp", 8, "ấp")],
[D("Báo cáo", "152", "BC-UBND", "2019-10-24", "UBND xã Bình An", "Báo cáo số 152/BC-UBND"),
 D("Quyết định", "793", "QĐ-TTg", "2019-06-27", "Thủ tướng Chính phủ", "Quyết định số 793/QĐ-TTg ngày 27/6/2019"),
 D("Kế hoạch", "78", "KH-UBND", "2019-10-09", "UBND huyện Châu Thành", "Kế hoạch số 78/KH-UBND ngày 9/10/2019"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 04-NQ/ĐU")],
[prov("Kiên Giang"), com("Bình An")],
["Trang thông tin điện tử xã Bình An - huyện Châu Thành - tỉnh Kiên Giang", "Trang chủ > Chỉ đạo điều hành > Báo cáo",
 "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11 NĂM 2019", "KT. CHỦ TỊCH",
 "Nơi nhận: Thường trực Đảng ủy, HĐND xã; các ngành, đoàn thể; lưu VT.", "Ngày hội Đại đoàn kết toàn dân tộc", "Xẻo Đước", "Bình Lợi"],
["25/10/2019 | 14:30", "tháng 10", "tháng 11 năm 2019", "10 tháng", "Năm học 2019 - 2020", "trẻ 5 tuổi", "kỳ họp thứ 9",
 "khóa X", "nhiệm kỳ 2016 - 2021", "năm 2020"]))

PAGES.append(page("b8607-hoabinh-ubndxa-giaoban-2020", """
BÁO HÒA BÌNH ĐIỆN TỬ
Trang chủ / Xã hội / Phòng, chống dịch COVID-19
Cập nhật lúc 17:20 ngày 31/03/2020
Xã Phong Phú giao ban tháng 3: Tập trung phòng, chống dịch, hỗ trợ tiêu thụ 145 ha cam
(BHB) - Ngày 30/3, UBND xã Phong Phú (Tân Lạc) tổ chức giao ban đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 3 năm 2020, triển khai nhiệm vụ tháng 4. Do yêu cầu phòng dịch, cuộc họp chỉ có 25 đại biểu, giãn cách theo quy định. Đồng chí Bùi Văn Hùng, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Đinh Thị Nhung, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì.
Theo báo cáo, thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ và Công văn số 246/UBND-VX của UBND huyện Tân Lạc, xã đã thành lập 12 tổ COVID cộng đồng ở 12 xóm; theo dõi, cách ly tại nhà 37 trường hợp trở về từ vùng có dịch, đến nay 29 trường hợp đã hết thời gian cách ly; phun khử khuẩn tại 4 trường học, trạm y tế và chợ xã. Các đoàn thể đã phát 2.400 tờ rơi, tặng 1.500 khẩu trang cho người dân.
Sản xuất vụ xuân cơ bản đúng khung thời vụ với 238 ha lúa, 310 ha mía; diện tích cam 145 ha, trong đó khoảng 40 ha chưa tiêu thụ được, giá bán giảm khoảng 30% so với năm trước, chỉ còn 8.000 - 10.000 đồng/kg. Hội Nông dân và Đoàn Thanh niên xã đã giúp bà con tiêu thụ được 62 tấn cam qua các bếp ăn tập thể trong tỉnh Hòa Bình, tại Hà Nội và qua mạng xã hội.
Thu ngân sách 3 tháng đạt 420 triệu đồng, bằng 35% dự toán. Xã đã giải ngân 1,6 tỷ đồng vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới cho 2 tuyến đường nội đồng; các xóm tổ chức 18 buổi ra quân vệ sinh môi trường với trên 1.100 lượt người tham gia. Tỷ lệ hộ nghèo đầu năm là 9,8%, cận nghèo 7,2%.
Đồng chí Quách Văn Sơn, ĐUV, Phó Chủ tịch UBND xã, Trưởng ban Chỉ đạo phòng, chống dịch xã đề nghị các trưởng xóm tiếp tục rà soát người từ nơi khác về địa phương. Ông Bùi Văn Tuấn, Bí thư Chi bộ xóm Bái, kiến nghị có phương án hỗ trợ 11 hộ nghèo mất việc làm do dịch. Bà Bùi Thị Xuân, Chủ tịch Hội LHPN xã cho biết các chi hội đã may 600 khẩu trang vải tặng học sinh.
Chỉ đạo tại cuộc họp, đồng chí Đinh Thị Nhung yêu cầu: "Không để ai bị bỏ lại phía sau trong mùa dịch"; tháng 4 tập trung chăm sóc lúa xuân, phòng trừ sâu bệnh, tiếp tục kết nối tiêu thụ 40 ha cam còn lại, xây dựng Kế hoạch thực hiện Nghị quyết số 09-NQ/ĐU ngày 5/3/2020 của Đảng ủy xã về phát triển cây ăn quả có múi. Đồng chí Bùi Văn Hùng nhấn mạnh việc giữ vững ổn định, chuẩn bị tốt Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025.
Bùi Minh
Tin liên quan
- Tân Lạc: Khối dân vận ra quân hỗ trợ người dân phòng dịch (27/03/2020)
- Hội Nông dân tỉnh kết nối tiêu thụ cam cho nông dân (20/03/2020)
- Xã Phong Phú tổ chức Đại hội chi bộ điểm (10/03/2020)
""", "2020-03-31", "Xã Phong Phú giao ban tháng 3: Tập trung phòng, chống dịch, hỗ trợ tiêu thụ 145 ha cam",
E("giao_ban", "2020-03", "2020-03-30"),
[P("Bùi Văn Hùng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Đinh Thị Nhung", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Quách Văn Sơn", "ĐUV", "Phó Chủ tịch UBND xã", "Trưởng ban Chỉ đạo phòng, chống dịch xã"),
 P("Bùi Văn Tuấn", "Bí thư Chi bộ xóm Bái"),
 P("Bùi Thị Xuân", "Chủ tịch Hội LHPN xã")],
[Q("145 ha", 145, "ha"), Q("25 đại biểu", 25, "đại biểu"), Q("12 tổ COVID cộng đồng", 12, "tổ COVID cộng đồng"), Q("12 xóm", 12, "xóm"),
 Q("37 trường hợp", 37, "trường hợp"), Q("29 trường hợp", 29, "trường hợp"), Q("4 trường học", 4, "trường học"),
 Q("2.400 tờ rơi", 2400, "tờ rơi"), Q("1.500 khẩu trang", 1500, "khẩu trang"), Q("238 ha", 238, "ha"), Q("310 ha", 310, "ha"),
 Q("khoảng 40 ha", 40, "ha", "approx"), Q("khoảng 30%", 30, "%", "approx"), Q("8.000 - 10.000 đồng/kg", 8000, "đồng"),
 Q("10.000 đồng/kg", 10000, "đồng"), Q("62 tấn", 62, "tấn"), Q("420 triệu đồng", 420000000, "đồng"), Q("35%", 35, "%"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("2 tuyến đường nội đồng", 2, "tuyến đường nội đồng"),
 Q("18 buổi ra quân vệ sinh môi trường", 18, "buổi ra quân vệ sinh môi trường"), Q("trên 1.100 lượt người", 1100, "lượt người", "over"),
 Q("9,8%", 9.8, "%"), Q("7,2%", 7.2, "%"), Q("11 hộ nghèo", 11, "hộ nghèo"), Q("600 khẩu trang vải", 600, "khẩu trang vải")],
[D("Chỉ thị", "15", "CT-TTg", "2020-03-27", "Thủ tướng Chính phủ", "Chỉ thị số 15/CT-TTg ngày 27/3/2020"),
 D("Công văn", "246", "UBND-VX", None, "UBND huyện Tân Lạc", "Công văn số 246/UBND-VX"),
 D("Nghị quyết", "09", "NQ/ĐU", "2020-03-05", "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU ngày 5/3/2020")],
[prov("Hòa Bình"), com("Phong Phú"), prov("Hà Nội")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Trang chủ / Xã hội / Phòng, chống dịch COVID-19", "(BHB)", "Không để ai bị bỏ lại phía sau trong mùa dịch",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "xóm Bái"],
["Cập nhật lúc 17:20 ngày 31/03/2020", "tháng 3 năm 2020", "tháng 4", "3 tháng", "nhiệm kỳ 2020 - 2025", "COVID-19"]))

PAGES.append(page("b8608-gialai-ubndxa-giaoban-2020", """
BÁO GIA LAI ĐIỆN TỬ
Hôm nay: Thứ Ba, 13/10/2020
Trang chủ » Chính trị » Cơ sở
Ngày 08/10/2020 | 09:15
Ia Pết: Bàn giải pháp tiêu thụ 620 tấn bí đỏ cho nông dân
(GLO)- Ngày 7/10, UBND xã Ia Pết (huyện Đak Đoa, tỉnh Gia Lai) tổ chức hội nghị giao ban đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội tháng 9 năm 2020 và triển khai nhiệm vụ trọng tâm tháng 10. Ông Rơ Mah Thuyên - Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì hội nghị.
Ông Rơ Mah Thuyên phát biểu tại hội nghị giao ban. Ảnh: Phương Vi
Ia Pết có 9 làng với 2.265 hộ, trong đó đồng bào Jrai chiếm 71%. Theo báo cáo, tháng 9 nông dân đã thu hoạch 180 ha lúa nước, năng suất ước 50 tạ/ha; diện tích bí đỏ 95 ha cho sản lượng 620 tấn nhưng giá chỉ còn 1.500 - 2.000 đồng/kg, nhiều hộ chưa bán được. Cà phê có 1.360 ha, sắp vào vụ thu hoạch; hồ tiêu còn 280 ha sau khi 64 ha bị chết.
Thu ngân sách 9 tháng đạt 518 triệu đồng, bằng 76,2% kế hoạch huyện giao. Xã đã nghiệm thu 2 công trình thuộc Chương trình 135 với tổng vốn 1,43 tỷ đồng; triển khai lấy ý kiến nhân dân về Quyết định 1011, 1012/QĐ-UBND của UBND huyện Đak Đoa về danh mục đầu tư công năm 2021. Tỷ lệ hộ nghèo hiện còn 13,4%, tương đương 304 hộ.
Về văn hóa - xã hội, năm học mới các trường đã huy động 1.912 học sinh ra lớp, đạt 99,1%; xã vận động được 27 học sinh bỏ học trở lại trường. Trạm Y tế xã tiêm vắc xin phòng bệnh bạch hầu cho 1.038 trẻ em và người dân từ 7 tuổi trở lên; 6 ca bạch hầu nghi ngờ đều âm tính.
Bà Siu H'Nhiên, Phó Chủ tịch UBND xã, cho biết đang triển khai kế hoạch số 45/KH-UBND của UBND huyện về thực hiện Nghị quyết số 88/2019/QH14 của Quốc hội về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Ông Ksor Blới, Bí thư Chi bộ, Trưởng làng Bông Pim, người có uy tín, đề nghị xã hỗ trợ kết nối thương lái thu mua bí đỏ và cấp thêm giống lúa lai. Các ông Rơ Lan Hiếu, Nay Thuyết - Trưởng làng, cùng phản ánh đường vào khu sản xuất bị xói lở sau mưa lớn.
Trưởng Công an xã Trần Đình Khoa báo cáo, tháng 9 trên địa bàn không có vụ việc phức tạp; đã hòa giải thành 3 vụ tranh chấp đất rẫy giữa các hộ, giáo dục 5 thanh niên uống rượu gây rối tại làng.
Kết luận, ông Rơ Mah Thuyên yêu cầu các thôn làng thống kê số hộ chưa bán bí đỏ, phối hợp Hội Nông dân liên hệ doanh nghiệp thu mua; tháng 10 chuẩn bị nhân lực thu hoạch cà phê, phòng, chống trộm cắp nông sản; phấn đấu thu ngân sách cả năm trên 680 triệu đồng. "Mỗi cán bộ phụ trách một làng, phải biết từng hộ đang khó khăn gì", ông Thuyên nói.
Phương Vi
Tin liên quan
- Đak Đoa: Giao ban công tác dân vận quý III (02/10/2020)
- Gia Lai: 210 người có uy tín được tập huấn kỹ năng tuyên truyền (28/09/2020)
- Hà Bầu tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/09/2020)
""", "2020-10-08", "Ia Pết: Bàn giải pháp tiêu thụ 620 tấn bí đỏ cho nông dân",
E("giao_ban", "2020-09", "2020-10-07"),
[P("Rơ Mah Thuyên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Siu H'Nhiên", "Phó Chủ tịch UBND xã"),
 P("Ksor Blới", "Bí thư Chi bộ", "Trưởng làng Bông Pim", "người có uy tín"),
 P("Rơ Lan Hiếu", "Trưởng làng"),
 P("Nay Thuyết", "Trưởng làng"),
 P("Trần Đình Khoa", "Trưởng Công an xã")],
[Q("620 tấn", 620, "tấn"), Q("9 làng", 9, "làng"), Q("2.265 hộ", 2265, "hộ"), Q("71%", 71, "%"),
 Q("180 ha", 180, "ha"), Q("50 tạ/ha", 50, "tạ/ha"), Q("95 ha", 95, "ha"), Q("1.500 - 2.000 đồng/kg", 1500, "đồng"),
 Q("2.000 đồng/kg", 2000, "đồng"), Q("1.360 ha", 1360, "ha"), Q("280 ha", 280, "ha"), Q("64 ha", 64, "ha"),
 Q("518 triệu đồng", 518000000, "đồng"), Q("76,2%", 76.2, "%"), Q("2 công trình", 2, "công trình"),
 Q("1,43 tỷ đồng", 1430000000, "đồng"), Q("13,4%", 13.4, "%"), Q("304 hộ", 304, "hộ"), Q("1.912 học sinh", 1912, "học sinh"),
 Q("99,1%", 99.1, "%"), Q("27 học sinh", 27, "học sinh"), Q("1.038 trẻ em và người dân", 1038, "trẻ em và người dân"),
 Q("6 ca bạch hầu", 6, "ca bạch hầu"), Q("3 vụ tranh chấp đất rẫy", 3, "vụ tranh chấp đất rẫy"), Q("5 thanh niên", 5, "thanh niên"),
 Q("trên 680 triệu đồng", 680000000, "đồng", "over")],
[D("Quyết định", "1011", "QĐ-UBND", None, "UBND huyện Đak Đoa", "Quyết định 1011, 1012/QĐ-UBND"),
 D("Quyết định", "1012", "QĐ-UBND", None, "UBND huyện Đak Đoa", "Quyết định 1011, 1012/QĐ-UBND"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND huyện", "kế hoạch số 45/KH-UBND"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14")],
[prov("Gia Lai"), com("Ia Pết")],
["BÁO GIA LAI ĐIỆN TỬ", "Hôm nay: Thứ Ba, 13/10/2020", "Trang chủ » Chính trị » Cơ sở", "(GLO)",
 "Ông Rơ Mah Thuyên phát biểu tại hội nghị giao ban. Ảnh: Phương Vi", "Chương trình 135", "Bông Pim",
 "Mỗi cán bộ phụ trách một làng, phải biết từng hộ đang khó khăn gì"],
["Hôm nay: Thứ Ba, 13/10/2020", "Ngày 08/10/2020 | 09:15", "tháng 9 năm 2020", "tháng 10", "9 tháng", "năm 2021", "7 tuổi"]))
