from lib import *
PAGES = []

PAGES.append(page("b8081-camau-guongsang-nhavanhoa-ap-2023", """
BÁO CÀ MAU ĐIỆN TỬ
Xã hội › Gương sáng › Người tốt việc tốt
15 tháng 3, 2023 | 07:30
Ông Trần Văn Mười (bìa phải) cùng bà con ấp Kinh Hòn dọn dẹp nhà văn hóa ấp.
"Ông Mười nhà văn hóa" ở ấp Kinh Hòn
Ở ấp Kinh Hòn, xã Khánh Hưng, huyện Trần Văn Thời, tỉnh Cà Mau, hỏi "ông Mười nhà văn hóa" thì từ người già tới đứa nhỏ ai cũng chỉ đường. Đó là ông Trần Văn Mười, 68 tuổi, cựu chiến binh, người đã hiến 500 m2 đất và hơn 10 năm nay tự nguyện giữ chìa khóa, quét dọn, mở cửa nhà văn hóa ấp.
Năm 2012, khi ấp được chọn xây nhà văn hóa mà không có đất, ông Mười bàn với vợ con hiến phần đất mặt tiền sát lộ. "Đất đó trồng dừa, mỗi năm cũng được vài chục triệu, nhưng ấp có chỗ họp, con cháu có chỗ chơi thì quý hơn", ông nói. Phần đất ông hiến khi ấy trị giá khoảng 250 triệu đồng. Nhà văn hóa ấp Kinh Hòn được xây năm 2013 với kinh phí 420 triệu đồng, trong đó bà con 286 hộ trong ấp góp 130 triệu đồng.
Từ đó đến nay, nhà văn hóa ấp trở thành "ngôi nhà chung" của bà con. Mỗi năm, nơi đây tổ chức khoảng 40 cuộc họp ấp, sinh hoạt chi bộ, chi hội; là nơi tập luyện của đội đờn ca tài tử 12 thành viên và câu lạc bộ dưỡng sinh hơn 30 người. Năm 2022, ông Mười cùng Ban nhân dân ấp vận động các mạnh thường quân góp 85 triệu đồng lát gạch sân, làm mái che và lắp 2 bộ bóng đèn năng lượng mặt trời.
Ông Nguyễn Hoàng Phong, Bí thư Chi bộ, Trưởng ấp Kinh Hòn, cho biết: "Ông Mười không nhận thù lao. Ấp đề xuất hỗ trợ 500.000 đồng mỗi tháng ông cũng từ chối, bảo để dành tiền đó mua sách cho tủ sách". Nhờ vậy, tủ sách nhà văn hóa ấp nay có hơn 1.200 cuốn sách, báo.
Bà Lâm Thị Hồng, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Hưng, cho biết ông Mười là 1 trong 15 gương điển hình của xã được biểu dương trong đợt sơ kết cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" cuối năm 2022. Năm 2020, ông được Chủ tịch UBND tỉnh tặng bằng khen theo Quyết định số 1985/QĐ-UBND ngày 10/11/2020.
Những lúc rảnh, ông còn cùng tổ hòa giải ấp đến từng nhà vận động bà con giữ vệ sinh, không thả rông gia súc. Theo ông Phan Văn Tâm, HUV, Phó Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, toàn huyện hiện có 94 ấp, khóm có nhà văn hóa, trong đó 27 nhà được xây trên đất do người dân hiến, tổng diện tích gần 1,6 ha. "Những người như ông Mười chính là hạt nhân để các thiết chế văn hóa ở cơ sở sống được", ông Tâm nói.
Hỏi ông Mười mong gì, ông cười: "Chỉ mong tối tối nghe tiếng đờn ca, tiếng con nít đọc sách trong nhà văn hóa là vui rồi".
Đăng Khoa
Tin liên quan
- U Minh: người dân hiến đất làm lộ giao thông nông thôn (10/03/2023)
- Năm Căn: khánh thành nhà văn hóa ấp Xóm Lớn (01/03/2023)
- Trần Văn Thời biểu dương 120 gương người tốt, việc tốt (20/02/2023)
""", "2023-03-15", "\"Ông Mười nhà văn hóa\" ở ấp Kinh Hòn",
E("khac", None, None),
[P("Trần Văn Mười", "cựu chiến binh"),
 P("Nguyễn Hoàng Phong", "Bí thư Chi bộ", "Trưởng ấp Kinh Hòn"),
 P("Lâm Thị Hồng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Hưng"),
 P("Phan Văn Tâm", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Trần Văn Thời")],
[Q("500 m2", 500, "m2"), Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("286 hộ", 286, "hộ"), Q("130 triệu đồng", 130000000, "đồng"), Q("khoảng 40 cuộc họp ấp", 40, "cuộc họp ấp", "approx"),
 Q("12 thành viên", 12, "thành viên"), Q("hơn 30 người", 30, "người", "over"), Q("85 triệu đồng", 85000000, "đồng"),
 Q("2 bộ bóng đèn năng lượng mặt trời", 2, "bộ bóng đèn năng lượng mặt trời"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 1.200 cuốn sách, báo", 1200, "cuốn sách, báo", "over"), Q("15 gương điển hình", 15, "gương điển hình"),
 Q("94 ấp, khóm", 94, "ấp, khóm"), Q("27 nhà", 27, "nhà"), Q("gần 1,6 ha", 1.6, "ha", "approx")],
[D("Quyết định", "1985", "QĐ-UBND", "2020-11-10", "Chủ tịch UBND tỉnh", "Quyết định số 1985/QĐ-UBND ngày 10/11/2020")],
[prov("Cà Mau"), com("Khánh Hưng")],
["BÁO CÀ MAU ĐIỆN TỬ", "Xã hội › Gương sáng › Người tốt việc tốt",
 "Ông Trần Văn Mười (bìa phải) cùng bà con ấp Kinh Hòn dọn dẹp nhà văn hóa ấp.", "ông Mười nhà văn hóa",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["15 tháng 3, 2023 | 07:30", "68 tuổi", "hơn 10 năm", "Năm 2012", "năm 2013", "Năm 2022", "Năm 2020", "1 trong 15"]))

PAGES.append(page("b8082-thanhhoa-bathuoc-bdvhu-hoinghi-nhavanhoa-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁ THƯỚC
Trang chủ / Tin tức / Dân tộc - Tôn giáo
Ngày cập nhật: 26/10/2023 16:05
Toàn cảnh hội nghị.
Bá Thước: Phát huy vai trò nhà văn hóa thôn vùng đồng bào Mường, Thái
Chiều 25/10, Ban Dân vận Huyện ủy Bá Thước (Thanh Hóa) phối hợp với Phòng Văn hóa và Thông tin huyện tổ chức hội nghị chuyên đề "Phát huy vai trò nhà văn hóa thôn trong xây dựng khu dân cư văn hóa" năm 2023 với sự tham dự của 142 đại biểu là bí thư chi bộ, trưởng thôn, người có uy tín của 21 xã, thị trấn.
Đồng chí Lê Xuân Thu, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Bá Thước dự và phát biểu chỉ đạo. Chủ trì hội nghị là đồng chí Trương Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy.
Theo báo cáo, huyện Bá Thước có 152 thôn, trong đó 146 thôn đã có nhà văn hóa, nhiều nhà xây theo kiểu nhà sàn truyền thống của người Mường, người Thái. Giai đoạn 2021 - 2023, nhân dân đóng góp gần 9,4 tỷ đồng, 16.000 ngày công và hiến hơn 7.300 m2 đất để xây mới 19 nhà, sửa chữa 37 nhà văn hóa. Hiện có 128 đội văn nghệ, 64 câu lạc bộ cồng chiêng, khua luống, hát xường sinh hoạt thường xuyên; 39 nhà văn hóa thôn gắn với phục vụ du lịch cộng đồng ở Pù Luông, đón hơn 18.000 lượt khách mỗi năm.
Tại hội nghị, 9 ý kiến tham luận được trình bày. Các ông Hà Văn Thảo, Phạm Bá Lương, Trương Văn Hiệp - Trưởng ban quản lý nhà văn hóa thôn - chia sẻ cách làm: thôn tự đặt lịch trực, tự thu quỹ 5.000 - 10.000 đồng/hộ/tháng, khách du lịch thuê nhà văn hóa biểu diễn thì 30% tiền thu được đưa vào quỹ thôn. Bà Hà Thị Mừng, Bí thư Chi bộ thôn Đôn, xã Lũng Niêm, cho biết thôn xây dựng quy ước cấm sử dụng nhà văn hóa vào việc đánh bạc, uống rượu; đám cưới, đám tang tổ chức tại nhà văn hóa phải gọn nhẹ, không quá 2 ngày.
Ông Lò Văn Chiến, người có uy tín thôn Kho Mường, xã Thành Sơn, đề nghị huyện hỗ trợ thêm bộ chiêng cho các thôn mới sáp nhập; ông Phạm Văn Hùng, Phó Chủ tịch UBND xã Lương Ngoại, kiến nghị tỉnh sớm sửa đổi Quyết định số 22/2019/QĐ-UBND về mức hỗ trợ xây dựng nhà văn hóa thôn.
Phát biểu chỉ đạo, đồng chí Lê Xuân Thu đề nghị các xã tiếp tục thực hiện Nghị quyết số 07-NQ/HU của Ban Chấp hành Đảng bộ huyện, Chương trình hành động số 12-CTr/HU và Kế hoạch số 145-KH/HU của Ban Thường vụ Huyện ủy; phấn đấu đến năm 2025 có 100% thôn có nhà văn hóa đạt chuẩn, ít nhất 50 thôn có đội văn nghệ phục vụ du lịch. Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 8 tập thể, 14 cá nhân có thành tích tiêu biểu.
Hà Phương
Tin khác
- Lũng Cao: khánh thành nhà văn hóa thôn Son (18/10/2023)
- Bá Thước tổ chức Lễ hội Mường Khô năm 2023 (05/10/2023)
- Hội nghị đối thoại giữa Bí thư Huyện ủy với nhân dân năm 2023 (22/09/2023)
- Thiết Ống: ra mắt mô hình "Thôn không có người nghiện ma túy" (14/09/2023)
""", "2023-10-26", "Bá Thước: Phát huy vai trò nhà văn hóa thôn vùng đồng bào Mường, Thái",
E("hoi_nghi", "2023", "2023-10-25"),
[P("Lê Xuân Thu", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Bá Thước"),
 P("Trương Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Văn Thảo", "Trưởng ban quản lý nhà văn hóa thôn"),
 P("Phạm Bá Lương", "Trưởng ban quản lý nhà văn hóa thôn"),
 P("Trương Văn Hiệp", "Trưởng ban quản lý nhà văn hóa thôn"),
 P("Hà Thị Mừng", "Bí thư Chi bộ thôn Đôn"),
 P("Lò Văn Chiến", "người có uy tín thôn Kho Mường"),
 P("Phạm Văn Hùng", "Phó Chủ tịch UBND xã Lương Ngoại")],
[Q("142 đại biểu", 142, "đại biểu"), Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("152 thôn", 152, "thôn"),
 Q("146 thôn", 146, "thôn"), Q("gần 9,4 tỷ đồng", 9400000000, "đồng", "approx"), Q("16.000 ngày công", 16000, "ngày công"),
 Q("hơn 7.300 m2", 7300, "m2", "over"), Q("19 nhà", 19, "nhà"), Q("37 nhà văn hóa", 37, "nhà văn hóa"),
 Q("128 đội văn nghệ", 128, "đội văn nghệ"),
 Q("64 câu lạc bộ cồng chiêng, khua luống, hát xường", 64, "câu lạc bộ cồng chiêng, khua luống, hát xường"),
 Q("39 nhà văn hóa thôn", 39, "nhà văn hóa thôn"), Q("hơn 18.000 lượt khách", 18000, "lượt khách", "over"),
 Q("9 ý kiến tham luận", 9, "ý kiến tham luận"), Q("5.000 - 10.000 đồng", 5000, "đồng"),
 Q("5.000 - 10.000 đồng", 10000, "đồng"), Q("30%", 30, "%"), Q("100%", 100, "%"),
 Q("ít nhất 50 thôn", 50, "thôn", "over"), Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "22", "2019/QĐ-UBND", None, None, "Quyết định số 22/2019/QĐ-UBND"),
 D("Nghị quyết", "07", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 07-NQ/HU"),
 D("Chương trình hành động", "12", "CTr/HU", None, "Ban Thường vụ Huyện ủy", "Chương trình hành động số 12-CTr/HU"),
 D("Kế hoạch", "145", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 145-KH/HU")],
[prov("Thanh Hóa"), com("Lũng Niêm"), com("Thành Sơn"), com("Lương Ngoại")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁ THƯỚC", "Trang chủ / Tin tức / Dân tộc - Tôn giáo", "Toàn cảnh hội nghị.",
 "Phát huy vai trò nhà văn hóa thôn trong xây dựng khu dân cư văn hóa", "Pù Luông"],
["Ngày cập nhật: 26/10/2023 16:05", "Giai đoạn 2021 - 2023", "không quá 2 ngày", "năm 2025", "năm 2023"]))

PAGES.append(page("b8083-haiduong-thanhha-mttq-soket-2024-h1", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Thời sự > Mặt trận - Đoàn thể
10/07/2024 - 14:30 (GMT+7)
Thanh Hà: Mô hình "nhà văn hóa mở" thu hút người dân
Sáng 9/7, Ủy ban MTTQ Việt Nam huyện Thanh Hà (Hải Dương) tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2024, trong đó đánh giá riêng kết quả mô hình "Nhà văn hóa mở" do nhân dân tự quản. Ông Vũ Văn Thịnh, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì.
Hội nghị đã hiệp thương cử bà Nguyễn Thị Thanh Huyền, Chủ tịch Hội LHPN huyện, giữ chức Phó Chủ tịch Ủy ban MTTQ huyện nhiệm kỳ 2024 - 2029.
Theo báo cáo, mô hình "Nhà văn hóa mở" được triển khai từ tháng 3/2023 theo Kế hoạch số 18/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ huyện. Nhà văn hóa các thôn, khu dân cư mở cửa cả ngày, có tủ sách, wifi miễn phí, góc đọc cho thiếu nhi, sân chơi và dụng cụ thể thao; việc trông coi, vệ sinh do các chi hội, đoàn thể luân phiên đảm nhận. Đến hết tháng 6/2024, mô hình đã nhân rộng ra 64/72 thôn, khu dân cư của 19 xã, thị trấn, tăng 23 thôn so với cuối năm 2023.
6 tháng đầu năm, các nhà văn hóa mở đã đón khoảng 46.000 lượt người đến sinh hoạt, đọc sách, tập thể dục; tổ chức 312 buổi sinh hoạt chuyên đề về pháp luật, chăm sóc sức khỏe, phòng chống lừa đảo qua mạng. Nhân dân đóng góp trên 1,2 tỷ đồng, cùng 2.800 cuốn sách và 146 bộ bàn ghế để trang bị cho nhà văn hóa; 18 doanh nghiệp ủng hộ máy tính, ti vi trị giá khoảng 370 triệu đồng.
Thôn Hà Hiệp, xã Liên Mạc là nơi làm đầu tiên. Bà Nguyễn Thị Nhài, Trưởng ban công tác Mặt trận thôn, cho biết thôn lập "tổ tự quản nhà văn hóa" gồm 9 người, phần lớn là hội viên cựu giáo chức và cựu chiến binh. Mỗi tối có từ 60 đến 80 người đến sinh hoạt, đông nhất là các cháu học sinh trong dịp hè.
Bên cạnh kết quả về mô hình, Mặt trận các cấp đã tiếp nhận 27 ý kiến, kiến nghị của cử tri, vận động quỹ "Vì người nghèo" được 2,16 tỷ đồng, đạt 108% kế hoạch; hỗ trợ xây mới, sửa chữa 14 nhà Đại đoàn kết. Ủy ban MTTQ các xã, thị trấn đã tổ chức giám sát 38 cuộc theo Quy chế số 05-QC/HU của Huyện ủy.
Kết luận hội nghị, ông Vũ Văn Thịnh đề nghị 6 tháng cuối năm nhân rộng mô hình ra toàn bộ 72 thôn, khu dân cư; gắn với thực hiện Chỉ thị 14, 15-CT/HU của Ban Thường vụ Huyện ủy và Đề án số 03-ĐA/HU về xây dựng thiết chế văn hóa cơ sở; lựa chọn 5 nhà văn hóa mở tiêu biểu để biểu dương vào dịp Ngày hội Đại đoàn kết toàn dân tộc 18/11.
Thành Chung
Tin liên quan
- Tứ Kỳ: Mặt trận giám sát việc sử dụng nhà văn hóa thôn (03/07/2024)
- Thanh Hà trao 30 nhà Đại đoàn kết cho hộ nghèo (25/06/2024)
- Gia Lộc ra mắt 12 tủ sách cộng đồng (14/06/2024)
""", "2024-07-10", "Thanh Hà: Mô hình \"nhà văn hóa mở\" thu hút người dân",
E("so_ket", "2024-H1", "2024-07-09"),
[P("Vũ Văn Thịnh", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nguyễn Thị Thanh Huyền", "Chủ tịch Hội LHPN huyện", "Phó Chủ tịch Ủy ban MTTQ huyện nhiệm kỳ 2024 - 2029"),
 P("Nguyễn Thị Nhài", "Trưởng ban công tác Mặt trận thôn")],
[Q("64/72 thôn, khu dân cư", 64, "thôn, khu dân cư"), Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("23 thôn", 23, "thôn"),
 Q("khoảng 46.000 lượt người", 46000, "lượt người", "approx"), Q("312 buổi sinh hoạt chuyên đề", 312, "buổi sinh hoạt chuyên đề"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("2.800 cuốn sách", 2800, "cuốn sách"),
 Q("146 bộ bàn ghế", 146, "bộ bàn ghế"), Q("18 doanh nghiệp", 18, "doanh nghiệp"),
 Q("khoảng 370 triệu đồng", 370000000, "đồng", "approx"), Q("9 người", 9, "người"),
 Q("từ 60 đến 80 người", 60, "người"), Q("từ 60 đến 80 người", 80, "người"),
 Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"), Q("2,16 tỷ đồng", 2160000000, "đồng"), Q("108%", 108, "%"),
 Q("14 nhà Đại đoàn kết", 14, "nhà Đại đoàn kết"), Q("38 cuộc", 38, "cuộc"),
 Q("72 thôn, khu dân cư", 72, "thôn, khu dân cư"), Q("5 nhà văn hóa mở tiêu biểu", 5, "nhà văn hóa mở tiêu biểu")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 18/KH-MTTQ-BTT"),
 D("Quy chế", "05", "QC/HU", None, "Huyện ủy", "Quy chế số 05-QC/HU"),
 D("Chỉ thị", "14", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 14, 15-CT/HU"),
 D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 14, 15-CT/HU"),
 D("Đề án", "03", "ĐA/HU", None, None, "Đề án số 03-ĐA/HU")],
[prov("Hải Dương"), com("Liên Mạc")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Thời sự > Mặt trận - Đoàn thể", "Nhà văn hóa mở", "Vì người nghèo", "tổ tự quản nhà văn hóa",
 "Ngày hội Đại đoàn kết toàn dân tộc"],
["10/07/2024 - 14:30 (GMT+7)", "6 tháng đầu năm 2024", "6 tháng cuối năm", "tháng 3/2023", "tháng 6/2024",
 "nhiệm kỳ 2024 - 2029", "18/11"]))

PAGES.append(page("b8084-kontum-hdnd-giamsat-nharong-2024", """
BÁO KON TUM ĐIỆN TỬ
Thời sự » Chính trị » HĐND
Cập nhật: 17:10 Thứ Sáu, 13/09/2024
Đoàn giám sát làm việc tại làng Đăk Ung.
Giám sát việc quản lý, sử dụng nhà rông văn hóa tại Đăk Glei
Từ ngày 10 - 12/9, Đoàn giám sát của Ban Dân tộc HĐND tỉnh Kon Tum do bà Y Ngọc, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát chuyên đề việc đầu tư, quản lý, sử dụng nhà rông văn hóa và nhà sinh hoạt cộng đồng năm 2024 trên địa bàn huyện Đăk Glei.
Tham gia đoàn có các đồng chí Phó Trưởng Ban Dân tộc HĐND tỉnh: A Pớt, Nguyễn Thị Hồng Nhung; đại diện Ban Dân vận Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch. Tiếp và làm việc với đoàn có ông A Đoan, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Đăk Glei.
Theo báo cáo của UBND huyện, toàn huyện có 104 thôn, làng, trong đó 98 làng có nhà rông hoặc nhà sinh hoạt cộng đồng. Giai đoạn 2021 - 2024, từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, huyện đã đầu tư xây mới 21 nhà rông, sửa chữa 33 nhà với tổng kinh phí khoảng 17,8 tỷ đồng; bình quân mỗi nhà rông xây mới từ 600 - 750 triệu đồng. Người dân góp trên 6.200 ngày công, vận chuyển gỗ, tranh, tre nứa.
Làm việc tại xã Đăk Pék và xã Xốp, đoàn khảo sát thực tế 5 nhà rông. Ông A Hrin, Trưởng thôn Đăk Ung, cho biết nhà rông là nơi dân làng họp, tổ chức lễ mừng lúa mới, lễ cúng máng nước; đội cồng chiêng 24 người tập vào tối thứ Năm hằng tuần. Bà Y Bích, Chủ tịch Hội LHPN xã Xốp, nêu thực tế nhiều nhà rông xây bằng bê tông, mái tôn, không đúng kiến trúc truyền thống nên người dân ít lui tới.
Đoàn ghi nhận một số tồn tại: 7 nhà rông xây xong chưa bàn giao cho cộng đồng quản lý; 12 nhà chưa có nội quy, quy ước sử dụng; khoảng 20% nhà rông bị dột, mối mọt; có nơi dùng nhà rông làm kho chứa lúa, cà phê. Việc thực hiện Quyết định số 12/2018/QĐ-UBND và Quyết định số 31/2021/QĐ-UBND của UBND tỉnh về quản lý, phát huy giá trị nhà rông văn hóa chưa đồng bộ.
Kết thúc đợt giám sát, bà Y Ngọc đề nghị UBND huyện khẩn trương bàn giao 7 nhà rông trong quý IV/2024; xây dựng quy chế quản lý có sự tham gia của già làng, người có uy tín; ưu tiên vật liệu truyền thống khi sửa chữa. Ban Dân tộc HĐND tỉnh sẽ tổng hợp kết quả, báo cáo Thường trực HĐND tỉnh theo Nghị quyết số 45/NQ-HĐND ngày 14/12/2023 của HĐND tỉnh về chương trình giám sát năm 2024.
Y Thu
Các tin khác
- Kon Plông: khánh thành nhà rông làng Măng Búk (05/09/2024)
- HĐND tỉnh giám sát việc thực hiện chính sách đối với người có uy tín (28/08/2024)
- Tu Mơ Rông: phục dựng lễ cúng máng nước (20/08/2024)
- Ngọc Hồi tập huấn quản lý nhà rông văn hóa cho 60 học viên (12/08/2024)
""", "2024-09-13", "Giám sát việc quản lý, sử dụng nhà rông văn hóa tại Đăk Glei",
E("giam_sat", "2024", "2024-09-10"),
[P("Y Ngọc", "Trưởng Ban Dân tộc HĐND tỉnh", "trưởng đoàn"),
 P("A Pớt", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Thị Hồng Nhung", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("A Đoan", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Đăk Glei"),
 P("A Hrin", "Trưởng thôn Đăk Ung"),
 P("Y Bích", "Chủ tịch Hội LHPN xã Xốp")],
[Q("104 thôn, làng", 104, "thôn, làng"), Q("98 làng", 98, "làng"), Q("21 nhà rông", 21, "nhà rông"), Q("33 nhà", 33, "nhà"),
 Q("khoảng 17,8 tỷ đồng", 17800000000, "đồng", "approx"), Q("từ 600 - 750 triệu đồng", 600000000, "đồng"),
 Q("từ 600 - 750 triệu đồng", 750000000, "đồng"), Q("trên 6.200 ngày công", 6200, "ngày công", "over"),
 Q("5 nhà rông", 5, "nhà rông"), Q("24 người", 24, "người"), Q("7 nhà rông", 7, "nhà rông"), Q("12 nhà", 12, "nhà"),
 Q("khoảng 20%", 20, "%", "approx")],
[D("Quyết định", "12", "2018/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 12/2018/QĐ-UBND"),
 D("Quyết định", "31", "2021/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 31/2021/QĐ-UBND"),
 D("Nghị quyết", "45", "NQ-HĐND", "2023-12-14", "HĐND tỉnh", "Nghị quyết số 45/NQ-HĐND ngày 14/12/2023")],
[prov("Kon Tum"), com("Đăk Pék"), com("Xốp")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự » Chính trị » HĐND", "Đoàn giám sát làm việc tại làng Đăk Ung.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật: 17:10 Thứ Sáu, 13/09/2024", "Giai đoạn 2021 - 2024", "quý IV/2024", "năm 2024"]))

PAGES.append(page("b8085-vinhphuc-tamdao-btgdv-giaoban-2025-q1", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TAM ĐẢO
Giới thiệu | Tin tức | Văn bản | Liên hệ
T3, 08/04/2025 - 08:00
Tam Đảo: Người dân góp hơn 3 tỷ đồng nâng cấp 11 nhà văn hóa thôn
Ngày 7/4, Ban Tuyên giáo và Dân vận Huyện ủy Tam Đảo, tỉnh Vĩnh Phúc tổ chức hội nghị giao ban khối dân vận quý I năm 2025. Đồng chí Lục Văn Sình, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy chủ trì. Dự hội nghị có các đồng chí: Diệp Thị Thu, Chủ tịch Ủy ban MTTQ huyện; Trương Văn Thắng, Phó Chủ tịch UBND huyện.
Tại hội nghị, đồng chí Diệp Văn Hải được công bố quyết định điều động, bổ nhiệm làm Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy.
Báo cáo cho thấy, quý I, khối dân vận các cấp tập trung vận động nhân dân nâng cấp, sửa chữa nhà văn hóa thôn trước mùa lễ hội và chuẩn bị sắp xếp đơn vị hành chính cấp xã. Để nâng cấp 11 nhà văn hóa thôn, nhân dân đã góp hơn 3 tỷ đồng, trên 2.500 ngày công; 17 hộ hiến 1.240 m2 đất mở rộng sân nhà văn hóa. Thôn Đồng Bùa, xã Tam Quan có 213 hộ đồng bào Sán Dìu, mỗi hộ góp 3 triệu đồng; riêng ông Lâm Văn Cầu, Trưởng thôn Đồng Bùa, và gia đình hiến 200 m2 đất.
Hiện toàn huyện có 62/62 thôn, tổ dân phố có nhà văn hóa; 57 nhà đạt chuẩn, chiếm 91,9%. Nhiều nhà văn hóa đã lắp camera an ninh, loa truyền thanh thông minh, tủ sách pháp luật; 34 nhà văn hóa có câu lạc bộ hát Soọng cô của đồng bào Sán Dìu với hơn 700 thành viên.
Quý I, các cơ quan dân vận tiếp nhận 21 đơn thư, kiến nghị, đã phối hợp giải quyết 19 trường hợp, đạt 90,5%; vận động 96 hộ bàn giao mặt bằng cho các dự án giao thông. Ban Tuyên giáo và Dân vận Huyện ủy đã tham mưu ban hành Kế hoạch số 102-KH/HU, 103-KH/HU của Ban Thường vụ Huyện ủy về công tác dân vận phục vụ sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp.
Ý kiến tại hội nghị đề nghị cần có phương án sử dụng hợp lý nhà văn hóa, trụ sở dôi dư sau sáp nhập xã, tránh lãng phí; tiếp tục phát huy vai trò của 65 người có uy tín trong đồng bào Sán Dìu. Đồng chí Trương Văn Thắng cho biết UBND huyện sẽ rà soát theo Công văn số 456/UBND-VP ngày 20/3/2025 và Công văn số 512/UBND-VP ngày 28/3/2025 của UBND tỉnh Vĩnh Phúc.
Kết luận, đồng chí Lục Văn Sình đề nghị quý II làm tốt công tác tư tưởng cho cán bộ, nhân dân trước sáp nhập; quản lý chặt tài sản công, nhà văn hóa; tiếp tục nhân rộng mô hình "Dân vận khéo", xây dựng thêm ít nhất 10 mô hình.
Ban TGDV
Tin liên quan
- Tam Đảo: hội nghị đối thoại với nhân dân về sắp xếp đơn vị hành chính (01/04/2025)
- Đại Đình khánh thành nhà văn hóa thôn Sơn Đình (24/03/2025)
- Lễ hội Tây Thiên năm 2025 thu hút đông du khách (15/02/2025)
- Giao ban công tác dân vận quý IV năm 2024 (08/01/2025)
""", "2025-04-08", "Tam Đảo: Người dân góp hơn 3 tỷ đồng nâng cấp 11 nhà văn hóa thôn",
E("giao_ban", "2025-Q1", "2025-04-07"),
[P("Lục Văn Sình", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Diệp Thị Thu", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Trương Văn Thắng", "Phó Chủ tịch UBND huyện"),
 P("Diệp Văn Hải", "Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Lâm Văn Cầu", "Trưởng thôn Đồng Bùa")],
[Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over"), Q("11 nhà văn hóa thôn", 11, "nhà văn hóa thôn"),
 Q("trên 2.500 ngày công", 2500, "ngày công", "over"), Q("17 hộ", 17, "hộ"), Q("1.240 m2", 1240, "m2"),
 Q("213 hộ đồng bào Sán Dìu", 213, "hộ đồng bào Sán Dìu"), Q("3 triệu đồng", 3000000, "đồng"), Q("200 m2", 200, "m2"),
 Q("62/62 thôn, tổ dân phố", 62, "thôn, tổ dân phố"), Q("57 nhà", 57, "nhà"), Q("91,9%", 91.9, "%"),
 Q("34 nhà văn hóa", 34, "nhà văn hóa"), Q("hơn 700 thành viên", 700, "thành viên", "over"),
 Q("21 đơn thư, kiến nghị", 21, "đơn thư, kiến nghị"), Q("19 trường hợp", 19, "trường hợp"), Q("90,5%", 90.5, "%"),
 Q("96 hộ", 96, "hộ"), Q("65 người có uy tín", 65, "người có uy tín"), Q("ít nhất 10 mô hình", 10, "mô hình", "over")],
[D("Kế hoạch", "102", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 102-KH/HU"),
 D("Kế hoạch", "103", "KH/HU", None, "Ban Thường vụ Huyện ủy", "103-KH/HU"),
 D("Công văn", "456", "UBND-VP", "2025-03-20", "UBND tỉnh Vĩnh Phúc", "Công văn số 456/UBND-VP ngày 20/3/2025"),
 D("Công văn", "512", "UBND-VP", "2025-03-28", "UBND tỉnh Vĩnh Phúc", "Công văn số 512/UBND-VP ngày 28/3/2025")],
[prov("Vĩnh Phúc"), com("Tam Quan")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TAM ĐẢO", "Giới thiệu | Tin tức | Văn bản | Liên hệ", "Dân vận khéo", "Soọng cô"],
["T3, 08/04/2025 - 08:00", "quý I năm 2025", "2 cấp", "quý II"]))

PAGES.append(page("b8086-lamdong-lacduong-daukuy-giaoban-2025-q3", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Hai, 06/10/2025 09:40
Lạc Dương: Nhà sinh hoạt cộng đồng giữ nhịp cồng chiêng ở các bon
Ngày 3/10, Đảng ủy xã Lạc Dương, tỉnh Lâm Đồng tổ chức hội nghị giao ban công tác dân vận quý III năm 2025 – quý đầu tiên xã vận hành theo mô hình chính quyền địa phương 2 cấp.
Chủ trì hội nghị có đồng chí Nguyễn Văn Tùng, Bí thư Đảng ủy xã; đồng chí Liêng Jrang Ha Thuận, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Cil Mup, Phó Trưởng Ban Xây dựng Đảng - phụ trách công tác dân vận Đảng ủy xã.
Báo cáo tại hội nghị cho biết, xã Lạc Dương mới được thành lập trên cơ sở sắp xếp thị trấn Lạc Dương và 2 xã Đạ Sar, Lát (cũ), có 31 thôn, trong đó 19 thôn chủ yếu là đồng bào K'Ho, Chil. Toàn xã có 27 nhà sinh hoạt cộng đồng, nhà văn hóa thôn; quý III, nhân dân đã góp 418 triệu đồng và 1.350 ngày công sửa chữa 6 nhà, làm mới mái tranh cho nhà sinh hoạt cộng đồng bon Đưng K'Si.
Nhà sinh hoạt cộng đồng là nơi sinh hoạt của 14 đội cồng chiêng với 380 nghệ nhân, diễn viên, trong đó có 9 nghệ nhân ưu tú; nơi mở 8 lớp học cồng chiêng, dệt thổ cẩm cho 226 học viên. Già làng Ha Jun, bon Đưng K'Si, cho biết mỗi tối thứ Bảy, nhà sinh hoạt cộng đồng phục vụ khoảng 150 - 200 du khách thưởng thức cồng chiêng, rượu cần; 20% tiền thu được bổ sung quỹ bon để sửa nhà, mua chiêng.
Bà Cil Ha Phương, Trưởng bon Đưng K'Si, phản ánh sau sắp xếp, khoảng cách từ bon tới trụ sở xã xa hơn; việc giải quyết thủ tục cho người dân qua Trung tâm phục vụ hành chính công xã bước đầu thuận lợi nhưng người cao tuổi còn lúng túng. Đoàn viên thanh niên đã lập 12 tổ công nghệ số cộng đồng, đặt tại nhà sinh hoạt cộng đồng các thôn để hướng dẫn người dân.
Hội nghị đánh giá, quý III, khối dân vận xã đã tiếp nhận 15 ý kiến, kiến nghị, giải quyết 13 trường hợp; vận động 42 hộ bàn giao 3,6 ha đất cho dự án đường nội thị. Ủy ban MTTQ Việt Nam xã đã triển khai Kế hoạch số 05-KH/ĐU và Quy chế số 03-QC/ĐU ngày 15/7/2025 của Đảng ủy xã về công tác dân vận của hệ thống chính trị xã.
Kết luận hội nghị, đồng chí Nguyễn Văn Tùng đề nghị quý IV tiếp tục thực hiện Kết luận 150, 151-KL/TU của Ban Thường vụ Tỉnh ủy; rà soát toàn bộ nhà sinh hoạt cộng đồng, nhà văn hóa thôn, bàn giao cho cộng đồng quản lý; nhân rộng mô hình "Bon văn hóa - du lịch cộng đồng"; phát huy vai trò già làng, người có uy tín trong giữ gìn bản sắc và giữ gìn an ninh trật tự ở khu dân cư.
K'Linh
Tin cùng chuyên mục
- Xã Đam Rông 2: ra mắt Ban Xây dựng Đảng Đảng ủy xã (29/09/2025)
- Lâm Đồng tập huấn nghiệp vụ công tác dân vận cho cán bộ cấp xã (22/09/2025)
- Bảo Lộc: khánh thành nhà văn hóa tổ dân phố 7 (15/09/2025)
- Đại hội đại biểu Đảng bộ xã Lạc Dương lần thứ I (28/07/2025)
""", "2025-10-06", "Lạc Dương: Nhà sinh hoạt cộng đồng giữ nhịp cồng chiêng ở các bon",
E("giao_ban", "2025-Q3", "2025-10-03"),
[P("Nguyễn Văn Tùng", "Bí thư Đảng ủy xã"),
 P("Liêng Jrang Ha Thuận", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Cil Mup", "Phó Trưởng Ban Xây dựng Đảng - phụ trách công tác dân vận Đảng ủy xã"),
 P("Ha Jun", "Già làng"),
 P("Cil Ha Phương", "Trưởng bon Đưng K'Si")],
[Q("2 xã", 2, "xã"), Q("31 thôn", 31, "thôn"), Q("19 thôn", 19, "thôn"),
 Q("27 nhà sinh hoạt cộng đồng, nhà văn hóa thôn", 27, "nhà sinh hoạt cộng đồng, nhà văn hóa thôn"),
 Q("418 triệu đồng", 418000000, "đồng"), Q("1.350 ngày công", 1350, "ngày công"), Q("6 nhà", 6, "nhà"),
 Q("14 đội cồng chiêng", 14, "đội cồng chiêng"), Q("380 nghệ nhân, diễn viên", 380, "nghệ nhân, diễn viên"),
 Q("9 nghệ nhân ưu tú", 9, "nghệ nhân ưu tú"), Q("8 lớp học cồng chiêng, dệt thổ cẩm", 8, "lớp học cồng chiêng, dệt thổ cẩm"),
 Q("226 học viên", 226, "học viên"), Q("khoảng 150 - 200 du khách", 150, "du khách", "approx"),
 Q("khoảng 150 - 200 du khách", 200, "du khách", "approx"), Q("20%", 20, "%"),
 Q("12 tổ công nghệ số cộng đồng", 12, "tổ công nghệ số cộng đồng"), Q("15 ý kiến, kiến nghị", 15, "ý kiến, kiến nghị"),
 Q("13 trường hợp", 13, "trường hợp"), Q("42 hộ", 42, "hộ"), Q("3,6 ha", 3.6, "ha")],
[D("Kế hoạch", "05", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 05-KH/ĐU"),
 D("Quy chế", "03", "QC/ĐU", "2025-07-15", "Đảng ủy xã", "Quy chế số 03-QC/ĐU ngày 15/7/2025"),
 D("Kết luận", "150", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 150, 151-KL/TU"),
 D("Kết luận", "151", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 150, 151-KL/TU")],
[prov("Lâm Đồng"), com("Lạc Dương"), com("Đạ Sar"), com("Lát")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ › Chính trị › Xây dựng Đảng",
 "Trung tâm phục vụ hành chính công xã", "Bon văn hóa - du lịch cộng đồng"],
["Thứ Hai, 06/10/2025 09:40", "quý III năm 2025", "2 cấp", "quý IV"]))
