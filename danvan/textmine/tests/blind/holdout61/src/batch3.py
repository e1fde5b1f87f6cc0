from lib import *
PAGES = []

PAGES.append(page("b1433-hatinh-mttq-traoqua-lulut-2020", """
Báo Hà Tĩnh điện tử
Thời sự › Chính trị › Mặt trận - Đoàn thể
Thứ Tư, 21/10/2020 - 18:10
Trao hơn 1.200 suất quà cho người dân vùng lũ Hương Khê, Vũ Quang
Ông Trần Nhật Tiến (bên phải) trao quà cho người dân thôn Phú Hòa.
Ngày 20/10, đoàn công tác của Ủy ban MTTQ tỉnh Hà Tĩnh do ông Trần Nhật Tiến, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã đến thăm hỏi, trao quà hỗ trợ người dân bị thiệt hại do mưa lũ tại 2 huyện Hương Khê và Vũ Quang.
Cùng đi có các ông, bà: Phan Thị Hồng Nhung, Nguyễn Văn Đạt - Phó Chủ tịch Ủy ban MTTQ tỉnh; Đặng Quốc Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy; Võ Thị Hà, Phó Chủ tịch Hội LHPN tỉnh và đại diện Công ty Cổ phần Thép Sao Mai.
Tại xã Hương Trạch và xã Phúc Trạch (huyện Hương Khê), đoàn trao 650 suất quà, mỗi suất gồm 500.000 đồng tiền mặt, 20 kg gạo và mì tôm, nước uống. Tại thị trấn Vũ Quang và xã Ân Phú, đoàn trao 580 suất quà, trị giá mỗi suất 700.000 đồng. Đoàn cũng hỗ trợ 10 triệu đồng cho mỗi gia đình có người bị thiệt mạng và 30 triệu đồng cho mỗi hộ bị sập, trôi nhà hoàn toàn.
Theo báo cáo nhanh của UBND huyện Hương Khê, đợt mưa lũ từ ngày 14 đến 19/10 làm hơn 8.900 ngôi nhà bị ngập sâu, 2 người chết, hơn 1.450 ha hoa màu bị hư hại; ước thiệt hại khoảng 210 tỷ đồng. Nhiều tuyến đường liên xã bị chia cắt, người dân phải dùng thuyền để đi lại.
Ông Hồ Sỹ Lam, Bí thư Đảng ủy, Chủ tịch HĐND xã Hương Trạch, cho biết ngay khi nước rút, xã đã huy động 250 đoàn viên thanh niên, dân quân giúp dân dọn dẹp bùn đất, vệ sinh môi trường, không để dịch bệnh phát sinh. Bà Nguyễn Thị Thanh, người dân thôn Phú Hòa, xúc động khi nhận quà: "Nhà tôi mất hết lúa giống, có quà của Mặt trận gia đình đỡ được phần nào".
Thực hiện Hướng dẫn số 56-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về vận động, tiếp nhận, phân phối nguồn hỗ trợ khắc phục hậu quả thiên tai, đến ngày 20/10, Ủy ban MTTQ tỉnh đã tiếp nhận hơn 37 tỷ đồng và nhiều hàng hóa từ các tổ chức, cá nhân trong và ngoài tỉnh. Việc phân bổ được thực hiện công khai, minh bạch, đúng đối tượng, ưu tiên các hộ nghèo, gia đình chính sách, người già neo đơn.
Ông Trần Nhật Tiến đề nghị cấp ủy, chính quyền và Mặt trận các địa phương rà soát kỹ danh sách, bảo đảm quà đến tận tay người dân; tiếp tục vận động nhân dân giúp đỡ nhau theo tinh thần "lá lành đùm lá rách", sớm ổn định cuộc sống, khôi phục sản xuất vụ đông.
Thiên Vỹ
Tin liên quan
- Thạch Hà: 300 suất quà đến với vùng rốn lũ (19/10/2020)
- Ủy ban MTTQ tỉnh phát động ủng hộ đồng bào bị thiệt hại do mưa lũ (16/10/2020)
- Cẩm Xuyên: vận động trên 2 tỷ đồng giúp dân khắc phục bão số 9 (12/10/2020)
""", "2020-10-21", "Trao hơn 1.200 suất quà cho người dân vùng lũ Hương Khê, Vũ Quang",
E("trao_qua", None, "2020-10-20"),
[P("Trần Nhật Tiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Đạt", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đặng Quốc Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hồ Sỹ Lam", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hương Trạch"),
 P("Nguyễn Thị Thanh")],
[Q("hơn 1.200 suất quà", 1200, "suất quà", "over"), Q("650 suất quà", 650, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("20 kg", 20, "kg"), Q("580 suất quà", 580, "suất quà"), Q("700.000 đồng", 700000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("hơn 8.900 ngôi nhà", 8900, "ngôi nhà", "over"), Q("2 người", 2, "người"),
 Q("hơn 1.450 ha", 1450, "ha", "over"), Q("khoảng 210 tỷ đồng", 210000000000, "đồng", "approx"),
 Q("250 đoàn viên thanh niên, dân quân", 250, "đoàn viên thanh niên, dân quân"), Q("hơn 37 tỷ đồng", 37000000000, "đồng", "over")],
[D("Hướng dẫn", "56", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
   "Hướng dẫn số 56-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")],
[prov("Hà Tĩnh"), com("Hương Trạch"), com("Phúc Trạch"), com("Vũ Quang"), com("Ân Phú")],
["Báo Hà Tĩnh điện tử", "Thời sự › Chính trị › Mặt trận - Đoàn thể", "Ông Trần Nhật Tiến (bên phải) trao quà cho người dân thôn Phú Hòa.",
 "Công ty Cổ phần Thép Sao Mai", "lá lành đùm lá rách"],
["Thứ Tư, 21/10/2020 - 18:10", "2 huyện"]))

PAGES.append(page("b1434-bacgiang-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Hôm nay: Thứ Hai, 23/12/2024
Trang chủ / Tin hoạt động / Tin Ban Dân vận
Thứ Sáu, 20/12/2024, 08:05
Toàn cảnh hội nghị.
Khối dân vận tỉnh triển khai nhiệm vụ năm 2025
Ngày 19/12, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Lê Văn Ánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Ngô Thị Kim Thoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thân Văn Hải, Hà Thị Thúy, Dương Văn Khánh.
Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành 05 văn bản lãnh đạo, chỉ đạo, trong đó có Chỉ thị số 29-CT/TU ngày 22/3/2024 về tăng cường công tác dân vận trong thực hiện các dự án trọng điểm; Kế hoạch số 316-KH/TU thực hiện Chỉ thị 25, 26-CT/TW của Ban Bí thư. Ban cũng phối hợp tổ chức 612 cuộc đối thoại ở cấp xã và 14 cuộc ở cấp huyện.
Công tác vận động nhân dân giải phóng mặt bằng đạt nhiều kết quả: các địa phương đã vận động 4.860 hộ bàn giao trên 790 ha đất cho 126 dự án. Nhân dân hiến 219.000 m2 đất, góp 456 tỷ đồng xây dựng nông thôn mới. Hưởng ứng phong trào "Chung tay xóa nhà tạm, nhà dột nát", tỉnh đã hỗ trợ xây mới, sửa chữa 1.138 căn nhà cho hộ nghèo, hộ cận nghèo.
Tham luận tại hội nghị, đồng chí Nguyễn Văn Phương, HUV, Trưởng Ban Dân vận Huyện ủy Lục Ngạn nêu cách làm trong vận động 213 hộ di dời mồ mả phục vụ dự án đường vành đai; đồng chí La Văn Quân, Bí thư Đảng ủy xã Sơn Hải chia sẻ kinh nghiệm phát huy vai trò người có uy tín trong đồng bào Sán Chí, Nùng; bà Hoàng Thị Nhung, Phó Chủ tịch Hội Nông dân tỉnh, giới thiệu mô hình tổ hợp tác trồng vải an toàn.
Hội nghị cũng nêu rõ hạn chế: một số cấp ủy chưa thường xuyên kiểm tra việc thực hiện quy chế dân chủ ở cơ sở; tiếp công dân ở một vài nơi còn hình thức; việc xử lý một số kiến nghị của nhân dân về đất đai, môi trường còn chậm.
Phát biểu chỉ đạo, Chủ tịch UBND tỉnh Lê Văn Ánh đề nghị khối dân vận tiếp tục tập trung thực hiện Luật Thực hiện dân chủ ở cơ sở; làm tốt công tác tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính và tinh gọn tổ chức bộ máy theo Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 (khóa XII).
Dịp này, đồng chí Ngô Thị Kim Thoa trao Giấy khen của Ban Dân vận Tỉnh ủy cho 16 tập thể, 24 cá nhân có thành tích xuất sắc.
Thu Phương
Lượt xem: 1.388
Tin liên quan
- Yên Thế: biểu dương 30 điển hình dân vận khéo (13/12/2024)
- Giao ban khối dân vận quý III năm 2024 (04/10/2024)
- Lục Nam: đối thoại về dự án khu công nghiệp (20/09/2024)
""", "2024-12-20", "Khối dân vận tỉnh triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2024-12-19"),
[P("Lê Văn Ánh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Ngô Thị Kim Thoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thân Văn Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Thúy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Dương Văn Khánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phương", "HUV", "Trưởng Ban Dân vận Huyện ủy Lục Ngạn"),
 P("La Văn Quân", "Bí thư Đảng ủy xã Sơn Hải"),
 P("Hoàng Thị Nhung", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("05 văn bản lãnh đạo, chỉ đạo", 5, "văn bản lãnh đạo, chỉ đạo"), Q("612 cuộc đối thoại", 612, "cuộc đối thoại"),
 Q("14 cuộc", 14, "cuộc"), Q("4.860 hộ", 4860, "hộ"), Q("trên 790 ha", 790, "ha", "over"),
 Q("126 dự án", 126, "dự án"), Q("219.000 m2", 219000, "m2"), Q("456 tỷ đồng", 456000000000, "đồng"),
 Q("1.138 căn nhà", 1138, "căn nhà"), Q("213 hộ", 213, "hộ"), Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "29", "CT/TU", "2024-03-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 29-CT/TU ngày 22/3/2024"),
 D("Kế hoạch", "316", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 316-KH/TU"),
 D("Chỉ thị", "25", "CT/TW", None, "Ban Bí thư", "Chỉ thị 25, 26-CT/TW của Ban Bí thư"),
 D("Chỉ thị", "26", "CT/TW", None, "Ban Bí thư", "Chỉ thị 25, 26-CT/TW của Ban Bí thư"),
 D("Nghị quyết", "18", "NQ/TW", None, "Hội nghị Trung ương 6 (khóa XII)", "Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 (khóa XII)")],
[prov("Bắc Giang"), com("Sơn Hải")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Hôm nay: Thứ Hai, 23/12/2024", "Trang chủ / Tin hoạt động / Tin Ban Dân vận", "Toàn cảnh hội nghị.",
 "Chung tay xóa nhà tạm, nhà dột nát", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 1.388"],
["Hôm nay: Thứ Hai, 23/12/2024", "Thứ Sáu, 20/12/2024, 08:05", "năm 2024", "năm 2025", "Năm 2024", "Hội nghị Trung ương 6", "khóa XII", "Lượt xem: 1.388"]))

PAGES.append(page("b1435-tuyenquang-xa-daihoi-mttq-2025", """
Cổng thông tin điện tử xã Lũng Cú - tỉnh Tuyên Quang
Trang chủ > Tin tức - Sự kiện > Mặt trận và các đoàn thể
Cập nhật: 09:42, 18/09/2025 (GMT+7)
Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Lũng Cú lần thứ I, nhiệm kỳ 2025 - 2030
Các đại biểu dự đại hội.
Ngày 16/9/2025, Ủy ban MTTQ Việt Nam xã Lũng Cú tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên sau khi sắp xếp đơn vị hành chính cấp xã và hợp nhất các tổ chức chính trị - xã hội vào Mặt trận theo Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư.
Về dự đại hội có đồng chí Ma Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Vàng Mí Sử, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Giàng Thị Dua, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng 150 đại biểu chính thức đại diện cho hơn 9.700 đoàn viên, hội viên của các tổ chức thành viên.
Nhiệm kỳ qua, Mặt trận và các đoàn thể ở 3 xã cũ Lũng Cú, Ma Lé và Lũng Táo đã vận động nhân dân hiến trên 12.500 m2 đất, đóng góp 6.800 ngày công làm đường bê tông nông thôn; phối hợp xóa 318 căn nhà tạm, nhà dột nát theo Chương trình phát động của Thủ tướng Chính phủ với tổng kinh phí hơn 19 tỷ đồng. Tỷ lệ hộ nghèo giảm bình quân 6,2% mỗi năm. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai ở 100% thôn.
Đại hội hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam xã khóa I. Tại hội nghị lần thứ nhất, Ủy ban đã hiệp thương cử Ban Thường trực gồm 5 vị: bà Lò Thị Mai, Ủy viên Ban Thường vụ Đảng ủy xã, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các ông, bà: Sùng Mí Chớ, Sình Thị Say, Thào Mí Lử - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, đồng thời lần lượt là Chủ tịch Hội Nông dân, Chủ tịch Hội LHPN và Bí thư Đoàn xã; ông Lý Chúng Tài, Ủy viên Thường trực Ủy ban MTTQ Việt Nam xã.
Phát biểu chỉ đạo, bà Ma Thị Hằng đề nghị Mặt trận xã tập trung thực hiện Kế hoạch số 09-KH/MTTQ-BTT ngày 25/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về kiện toàn tổ chức bộ máy sau hợp nhất; phát huy vai trò của 42 Ban Công tác Mặt trận thôn trong giám sát và phản biện xã hội, nhất là giám sát các chính sách hỗ trợ đồng bào dân tộc thiểu số vùng biên giới.
Đồng chí Bí thư Đảng ủy xã Vàng Mí Sử ghi nhận đại hội đã diễn ra đúng tiến độ, dân chủ, đề nghị Ủy ban MTTQ xã khóa mới làm tốt công tác tập hợp, đoàn kết các dân tộc Mông, Lô Lô, Dao, giữ vững chủ quyền an ninh biên giới.
Đại hội đã thông qua Nghị quyết với 5 chỉ tiêu chủ yếu và 3 khâu đột phá, trong đó phấn đấu mỗi năm giảm 5% hộ nghèo.
Thanh Thảo
Lượt truy cập: 486
Tin khác
- Xã Lũng Cú tổ chức Lễ chào cờ tại Cột cờ Quốc gia (02/09/2025)
- Hội nghị triển khai Luật Thực hiện dân chủ ở cơ sở (26/08/2025)
- Xã Lũng Cú ra mắt bộ máy chính quyền địa phương hai cấp (01/07/2025)
""", "2025-09-18", "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã Lũng Cú lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-09-16"),
[P("Ma Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Mí Sử", "Bí thư Đảng ủy", "Chủ tịch HĐND xã", "Bí thư Đảng ủy xã"),
 P("Giàng Thị Dua", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lò Thị Mai", "Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sùng Mí Chớ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân"),
 P("Sình Thị Say", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN"),
 P("Thào Mí Lử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã"),
 P("Lý Chúng Tài", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam xã")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 9.700 đoàn viên, hội viên", 9700, "đoàn viên, hội viên", "over"),
 Q("3 xã cũ", 3, "xã cũ"), Q("trên 12.500 m2", 12500, "m2", "over"), Q("6.800 ngày công", 6800, "ngày công"),
 Q("318 căn nhà tạm, nhà dột nát", 318, "căn nhà tạm, nhà dột nát"), Q("hơn 19 tỷ đồng", 19000000000, "đồng", "over"),
 Q("6,2%", 6.2, "%"), Q("100%", 100, "%"), Q("45 vị", 45, "vị"), Q("5 vị", 5, "vị"),
 Q("42 Ban Công tác Mặt trận thôn", 42, "Ban Công tác Mặt trận thôn"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"),
 Q("3 khâu đột phá", 3, "khâu đột phá"), Q("5%", 5, "%")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Kế hoạch", "09", "KH/MTTQ-BTT", "2025-07-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
   "Kế hoạch số 09-KH/MTTQ-BTT ngày 25/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Ma Lé"), com("Lũng Táo")],
["Cổng thông tin điện tử xã Lũng Cú - tỉnh Tuyên Quang", "Trang chủ > Tin tức - Sự kiện > Mặt trận và các đoàn thể",
 "Các đại biểu dự đại hội.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt truy cập: 486"],
["Cập nhật: 09:42, 18/09/2025 (GMT+7)", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa I", "Lượt truy cập: 486"]))

PAGES.append(page("b1436-vinhlong-mttq-giamsat-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể
Ngày đăng 12/11/2025 | 14:20
Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo đồng bào Khmer
Quang cảnh buổi giám sát tại xã Tập Sơn.
(VL) - Trong 2 ngày 10 và 11/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do ông Thạch Phước Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, nội dung hỗ trợ nhà ở năm 2025, tại xã Tập Sơn, xã Long Hiệp và phường Nguyệt Hóa.
Thành viên đoàn có bà Nguyễn Thị Ngọc Bích, Trưởng ban Dân chủ, Pháp luật và Giám sát Ủy ban MTTQ Việt Nam tỉnh; ông Kim Ngọc Thái, Phó Giám đốc Sở Dân tộc và Tôn giáo; Đại đức Thạch Sóc Xane, Ủy viên Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Theo báo cáo của UBND xã Tập Sơn, năm 2025 xã có 86 hộ đồng bào Khmer được hỗ trợ xây mới nhà ở, mỗi hộ 44 triệu đồng từ ngân sách Trung ương, cộng thêm 10 triệu đồng vận động từ Quỹ "Vì người nghèo". Đến thời điểm giám sát, 79 căn đã hoàn thành, 7 căn đang thi công. Tại xã Long Hiệp, 52 hộ được hỗ trợ, đạt 100% kế hoạch; phường Nguyệt Hóa hỗ trợ 21 hộ với tổng kinh phí gần 1,2 tỷ đồng.
Bà Thạch Thị Sô Phal, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn, cho biết Ban Giám sát đầu tư của cộng đồng đã phân công 14 thành viên theo dõi từng công trình, phát hiện và kiến nghị khắc phục 3 trường hợp chưa bảo đảm diện tích. Ông Sơn Phol, người có uy tín ấp Ô Rồm, xã Long Hiệp, đề nghị tăng mức hỗ trợ do giá vật liệu tăng cao.
Đoàn cũng ghi nhận vướng mắc: một số hộ không có đất ở hợp pháp nên chưa thể xây nhà; việc thanh toán cho hộ làm xong còn chậm; sau sắp xếp đơn vị hành chính, hồ sơ của các xã cũ chưa được bàn giao đầy đủ.
Tại các hộ được thăm, đoàn ghi nhận nhà ở được xây dựng kiên cố, đúng thiết kế mẫu, có khu vệ sinh riêng; nhiều gia đình được anh em, dòng họ và các chùa Khmer trong ấp góp thêm vật liệu, ngày công. Người dân phấn khởi vì lần đầu có căn nhà vững chắc trước mùa mưa bão, yên tâm làm ăn.
Kết luận giám sát, ông Thạch Phước Bình đề nghị UBND các xã, phường khẩn trương giải ngân, hoàn thành các căn nhà trước ngày 31/12/2025; phối hợp với Ủy ban MTTQ Việt Nam cấp xã thực hiện Quy chế phối hợp số 02/QCPH-MTTQ-UBND trong giám sát. Kết quả giám sát sẽ báo cáo Ban Thường vụ Tỉnh ủy theo Quy định số 124-QĐ/TW của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận.
Thạch Hoàng
Lượt xem: 734
Tin liên quan
- Ủy ban MTTQ tỉnh thăm, chúc mừng Lễ Sen Dolta (22/09/2025)
- Phường Trà Vinh ra mắt Ban Công tác Mặt trận khóm (15/08/2025)
- Hội nghị triển khai công tác giám sát năm 2025 (28/07/2025)
""", "2025-11-12", "Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo đồng bào Khmer",
E("giam_sat", "2025", "2025-11-10"),
[P("Thạch Phước Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Ngọc Bích", "Trưởng ban Dân chủ, Pháp luật và Giám sát Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Thái", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thạch Sóc Xane", "Đại đức", "Ủy viên Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thạch Thị Sô Phal", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Sơn Phol", "người có uy tín ấp Ô Rồm")],
[Q("86 hộ đồng bào Khmer", 86, "hộ đồng bào Khmer"), Q("44 triệu đồng", 44000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("79 căn", 79, "căn"), Q("7 căn", 7, "căn"), Q("52 hộ", 52, "hộ"), Q("100%", 100, "%"), Q("21 hộ", 21, "hộ"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("14 thành viên", 14, "thành viên"), Q("3 trường hợp", 3, "trường hợp")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW của Ban Bí thư")],
[prov("Vĩnh Long"), com("Tập Sơn"), com("Long Hiệp"), com("Nguyệt Hóa")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "Quang cảnh buổi giám sát tại xã Tập Sơn.", "(VL)",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Vì người nghèo",
 "Ban Giám sát đầu tư của cộng đồng", "Lượt xem: 734"],
["Ngày đăng 12/11/2025 | 14:20", "2 ngày", "năm 2025", "Lượt xem: 734"]))

PAGES.append(page("b1437-lamdong-btgdv-nguoicouytin-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Chính trị › Dân tộc - Tôn giáo
17/12/2025 - 10:05
Gặp mặt 320 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số
Đồng chí K'Nhàn trao Giấy khen cho người có uy tín tiêu biểu. Ảnh: Hồng Thắm
Ngày 16/12/2025, tại phường Bắc Gia Nghĩa, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng phối hợp với Sở Dân tộc và Tôn giáo tổ chức hội nghị gặp mặt người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2025. Đây là hội nghị đầu tiên sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.
Dự hội nghị có các đồng chí: K'Nhàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Điểu Thị Bích, Phó Chủ tịch UBND tỉnh; Bon Niêng Ha Duy, Giám đốc Sở Dân tộc và Tôn giáo cùng 320 người có uy tín đến từ 71 xã, phường có đông đồng bào K'Ho, Mạ, M'nông, Chu Ru, Raglai, Chăm.
Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 1.468 người có uy tín. Năm 2025, người có uy tín đã tham gia hòa giải thành 211 vụ việc mâu thuẫn, tranh chấp đất đai; cung cấp cho cơ quan chức năng 96 nguồn tin có giá trị; vận động 1.025 hộ thoát nghèo bền vững và 47 hộ từ bỏ sinh hoạt đạo trái pháp luật. Thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ, mỗi người có uy tín được cấp 1 tờ báo, được thăm hỏi khi ốm đau với mức 800.000 đồng/lượt.
Tại hội nghị, nhiều người có uy tín đã phát biểu ý kiến. Già làng K'Brơi, người có uy tín thôn B'Sar, xã Đinh Trang Thượng, đề nghị tỉnh sớm cấp giấy chứng nhận quyền sử dụng đất cho đồng bào. Ông Điểu Sơn, người có uy tín bon Bu Prăng 1, xã Quảng Trực, phản ánh tình trạng người dân bị dụ dỗ đi làm ăn ở nước ngoài. Bà Đàng Thị Mỹ Hạnh, người có uy tín thôn Bình Minh, xã Phan Hòa, chia sẻ kinh nghiệm vận động con em người Chăm đến trường.
Thay mặt lãnh đạo tỉnh, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy K'Nhàn ghi nhận những đóng góp của đội ngũ người có uy tín, đề nghị các cấp tiếp tục thực hiện tốt Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín; Kế hoạch số 18-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về tổ chức gặp mặt, tặng quà người có uy tín dịp Tết Nguyên đán Bính Ngọ 2026. Phó Chủ tịch UBND tỉnh Điểu Thị Bích yêu cầu Sở Dân tộc và Tôn giáo rà soát, chuẩn hóa danh sách người có uy tín sau sắp xếp đơn vị hành chính, không để chế độ, chính sách bị gián đoạn.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng Giấy khen cho 45 người có uy tín tiêu biểu; mỗi đại biểu dự hội nghị được tặng 1 phần quà trị giá 1 triệu đồng.
Hồng Thắm
Lượt xem: 1.092
Tin liên quan
- Lâm Đồng: 1.200 suất quà Tết cho đồng bào dân tộc thiểu số (10/12/2025)
- Xã Đắk R'Măng tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2025)
- Tập huấn kỹ năng cho người có uy tín năm 2025 (30/10/2025)
""", "2025-12-17", "Gặp mặt 320 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2025", "2025-12-16"),
[P("K'Nhàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Bích", "Phó Chủ tịch UBND tỉnh"),
 P("Bon Niêng Ha Duy", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("K'Brơi", "Già làng", "người có uy tín thôn B'Sar"),
 P("Điểu Sơn", "người có uy tín bon Bu Prăng 1"),
 P("Đàng Thị Mỹ Hạnh", "người có uy tín thôn Bình Minh")],
[Q("320 người có uy tín", 320, "người có uy tín"), Q("3 tỉnh", 3, "tỉnh"), Q("71 xã, phường", 71, "xã, phường"),
 Q("1.468 người có uy tín", 1468, "người có uy tín"), Q("211 vụ việc mâu thuẫn, tranh chấp đất đai", 211, "vụ việc mâu thuẫn, tranh chấp đất đai"),
 Q("96 nguồn tin", 96, "nguồn tin"), Q("1.025 hộ", 1025, "hộ"), Q("47 hộ", 47, "hộ"), Q("800.000 đồng", 800000, "đồng"),
 Q("45 người có uy tín", 45, "người có uy tín"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "18", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Đinh Trang Thượng"), com("Quảng Trực"), com("Phan Hòa")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Chính trị › Dân tộc - Tôn giáo",
 "Đồng chí K'Nhàn trao Giấy khen cho người có uy tín tiêu biểu. Ảnh: Hồng Thắm", "Sở Dân tộc và Tôn giáo", "Lượt xem: 1.092"],
["17/12/2025 - 10:05", "năm 2025", "Năm 2025", "1 tờ báo", "1 phần quà", "Tết Nguyên đán Bính Ngọ 2026", "Lượt xem: 1.092"]))

PAGES.append(page("b1438-dongnai-btgdv-huongdan-dvkheo-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ » Dân vận » Văn bản - Chỉ đạo
Ngày 10/03/2026 | 15:30
Tiêu chí mới đánh giá mô hình "Dân vận khéo" giai đoạn 2026 - 2030
Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai vừa ban hành Hướng dẫn số 07-HD/BTGDVTU ngày 5/3/2026 về tiêu chí đánh giá, công nhận mô hình, điển hình "Dân vận khéo" giai đoạn 2026 - 2030, áp dụng thống nhất đối với 95 xã, phường trên địa bàn tỉnh sau hợp nhất với tỉnh Bình Phước.
Theo hướng dẫn, mô hình được công nhận phải có thời gian thực hiện ít nhất 12 tháng, mang lại hiệu quả rõ rệt, được nhân dân nơi cư trú đồng tình; ưu tiên các mô hình trong chuyển đổi số, bảo vệ môi trường, vận động người dân tham gia các dự án trọng điểm như Cảng hàng không quốc tế Long Thành, đường cao tốc Gia Nghĩa - Chơn Thành. Điểm đánh giá gồm 4 nhóm tiêu chí; chỉ những mô hình đạt mức xuất sắc mới được đề nghị công nhận cấp tỉnh.
Hướng dẫn được xây dựng trên cơ sở Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị, Kết luận 121, 122-KL/TW của Bộ Chính trị và Quy chế phối hợp số 03-QC/BTGDVTU-ĐUUBND giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Đảng ủy UBND tỉnh.
Trao đổi với phóng viên, đồng chí Điểu Thị Hồng Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết giai đoạn 2021 - 2025, hai tỉnh Đồng Nai và Bình Phước (cũ) có 5.386 mô hình "Dân vận khéo" được công nhận, trong đó 412 mô hình cấp tỉnh; các mô hình đã vận động nhân dân đóng góp hơn 1.100 tỷ đồng và hiến trên 1,6 triệu m2 đất. Tuy nhiên, tiêu chí giữa hai tỉnh còn khác nhau, có mô hình trùng lặp, thiếu bền vững nên cần chuẩn hóa.
Theo đồng chí Lê Văn Thạnh, Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, hồ sơ đề nghị công nhận sẽ được các xã, phường gửi qua hệ thống văn bản điện tử trước ngày 30/10 hằng năm. Mỗi năm tỉnh sẽ lựa chọn khoảng 60 điển hình tiêu biểu để biểu dương, mỗi điển hình được thưởng 3 triệu đồng theo Quyết định số 35/2024/QĐ-UBND của UBND tỉnh Đồng Nai quy định về công tác thi đua, khen thưởng.
Ông Thị Văn Rết, Bí thư Đảng ủy xã Bù Gia Mập, cho rằng tiêu chí mới phù hợp với vùng đồng bào S'tiêng, giúp cơ sở lựa chọn mô hình thực chất, tránh chạy theo số lượng. Xã dự kiến đăng ký 6 mô hình trong năm 2026.
Minh Trang
Lượt xem: 655
Tin khác
- Giao ban công tác tuyên giáo và dân vận tháng 2/2026 (27/02/2026)
- Phường Trấn Biên ra mắt tổ tự quản chung cư (12/02/2026)
- Thăm, chúc Tết chức sắc tôn giáo nhân dịp Tết Bính Ngọ (06/02/2026)
""", "2026-03-10", "Tiêu chí mới đánh giá mô hình \"Dân vận khéo\" giai đoạn 2026 - 2030",
E("khac", None, None),
[P("Điểu Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Văn Thạnh", "Trưởng phòng Dân vận - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Văn Rết", "Bí thư Đảng ủy xã Bù Gia Mập")],
[Q("95 xã, phường", 95, "xã, phường"), Q("4 nhóm tiêu chí", 4, "nhóm tiêu chí"), Q("5.386 mô hình", 5386, "mô hình"),
 Q("412 mô hình", 412, "mô hình"), Q("hơn 1.100 tỷ đồng", 1100000000000, "đồng", "over"),
 Q("trên 1,6 triệu m2", 1600000, "m2", "over"), Q("khoảng 60 điển hình tiêu biểu", 60, "điển hình tiêu biểu", "approx"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("6 mô hình", 6, "mô hình")],
[D("Hướng dẫn", "07", "HD/BTGDVTU", "2026-03-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai", "Hướng dẫn số 07-HD/BTGDVTU ngày 5/3/2026"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương"),
 D("Kết luận", "121", "KL/TW", None, "Bộ Chính trị", "Kết luận 121, 122-KL/TW của Bộ Chính trị"),
 D("Kết luận", "122", "KL/TW", None, "Bộ Chính trị", "Kết luận 121, 122-KL/TW của Bộ Chính trị"),
 D("Quy chế phối hợp", "03", "QC/BTGDVTU-ĐUUBND", None, None, "Quy chế phối hợp số 03-QC/BTGDVTU-ĐUUBND"),
 D("Quyết định", "35", "2024/QĐ-UBND", None, "UBND tỉnh Đồng Nai", "Quyết định số 35/2024/QĐ-UBND của UBND tỉnh Đồng Nai")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ » Dân vận » Văn bản - Chỉ đạo", "Dân vận khéo",
 "Quy chế công tác dân vận của hệ thống chính trị", "Cảng hàng không quốc tế Long Thành", "Lượt xem: 655"],
["Ngày 10/03/2026 | 15:30", "giai đoạn 2026 - 2030", "12 tháng", "2021 - 2025", "năm 2026", "Lượt xem: 655"]))
