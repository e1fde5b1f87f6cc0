from lib import *
PAGES = []

PAGES.append(page("b6983-laocai-taphuan-nd86-2024", """
BÁO LÀO CAI
Xã hội › Văn hóa
17/05/2024 - 14:05
Hướng dẫn xét tặng danh hiệu "Gia đình văn hóa" theo quy định mới
Trong 2 ngày 15 - 16/5, Sở Văn hóa và Thể thao tỉnh Lào Cai mở lớp tập huấn năm 2024 triển khai Nghị định số 86/2023/NĐ-CP của Chính phủ cho 180 học viên là công chức văn hóa - xã hội, trưởng thôn, tổ trưởng tổ dân phố của các huyện Bát Xát, Mường Khương, Si Ma Cai và thị xã Sa Pa.
Ông Lý Seo Chải, Phó Giám đốc Sở Văn hóa và Thể thao, cho biết Nghị định 86/2023/NĐ-CP thay thế Nghị định 122/2018/NĐ-CP, có hiệu lực từ ngày 25/01/2024. Theo đó, danh hiệu "Gia đình văn hóa" được xét tặng 2 năm một lần; danh hiệu "Thôn, tổ dân phố văn hóa" được xét tặng 5 năm một lần; bổ sung danh hiệu "Xã, phường, thị trấn tiêu biểu". Các tiêu chuẩn được rút gọn, cụ thể, dễ thực hiện hơn, đồng thời giao UBND tỉnh quy định chi tiết theo điều kiện thực tế.
Học viên được nghe bà Tẩn Thị Mẩy, Trưởng phòng Quản lý văn hóa và Gia đình, hướng dẫn quy trình bình xét từ tổ, thôn đến xã; cách lập biên bản, hồ sơ; việc công khai danh sách hộ được đề nghị tại nhà văn hóa trong 5 ngày làm việc. Thực hiện Quyết định số 14/2024/QĐ-UBND ngày 2/4/2024 của UBND tỉnh ban hành quy định chi tiết tiêu chuẩn xét tặng các danh hiệu văn hóa, mỗi thôn vùng cao được thêm tiêu chí về không tảo hôn, không kết hôn cận huyết thống.
Năm 2023, Lào Cai có 157.210 hộ đạt gia đình văn hóa, chiếm 85,1%; 1.286 thôn, tổ dân phố văn hóa. Ở vùng cao Bát Xát, tỷ lệ này mới đạt khoảng 76%.
Nhiều ý kiến của học viên xoay quanh thực tiễn vùng cao. Ông Sùng A Páo, Trưởng thôn Lao Chải, xã Y Tý, băn khoăn việc xét tặng đối với hộ có người đi làm thuê ở Trung Quốc không có giấy tờ. Ông Giàng A Dế, công chức văn hóa - xã hội xã Tả Gia Khâu, đề nghị tỉnh biên soạn tài liệu hướng dẫn bằng tiếng Mông để trưởng thôn dễ tuyên truyền.
Kết thúc lớp học, 176 học viên đạt yêu cầu qua bài kiểm tra trắc nghiệm. Sở sẽ tiếp tục mở 3 lớp tập huấn cho các địa phương còn lại trong tháng 6.
Theo kế hoạch, việc bình xét danh hiệu năm 2024 sẽ được tổ chức từ tháng 10 đến tháng 11; các thôn phải hoàn thành sửa đổi hương ước, quy ước cho phù hợp với quy định mới trước khi tiến hành bình xét.
Ngoài phần lý thuyết, học viên còn được đi thực tế tại thôn Lao Chải để dự một buổi bình xét mẫu do Ban công tác Mặt trận thôn chủ trì, với sự tham gia của đại diện các hộ gia đình.
Tiến Long
Tin liên quan
- Si Ma Cai: 90% thôn có hương ước mới (08/05/2024)
- Ngày hội văn hóa các dân tộc huyện Mường Khương (27/04/2024)
- Sa Pa giữ gìn bản sắc trong du lịch cộng đồng (19/04/2024)
""", "2024-05-17", "Hướng dẫn xét tặng danh hiệu \"Gia đình văn hóa\" theo quy định mới",
E("tap_huan", "2024", "2024-05-15"),
[P("Lý Seo Chải", "Phó Giám đốc Sở Văn hóa và Thể thao"),
 P("Tẩn Thị Mẩy", "Trưởng phòng Quản lý văn hóa và Gia đình"),
 P("Sùng A Páo", "Trưởng thôn Lao Chải"),
 P("Giàng A Dế", "công chức văn hóa - xã hội xã Tả Gia Khâu")],
[Q("180 học viên", 180, "học viên"), Q("157.210 hộ", 157210, "hộ"), Q("85,1%", 85.1, "%"),
 Q("1.286 thôn, tổ dân phố văn hóa", 1286, "thôn, tổ dân phố văn hóa"), Q("khoảng 76%", 76, "%", "approx"),
 Q("176 học viên", 176, "học viên"), Q("3 lớp tập huấn", 3, "lớp tập huấn")],
[D("Nghị định", "86", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 86/2023/NĐ-CP"),
 D("Nghị định", "122", "2018/NĐ-CP", None, None, "Nghị định 122/2018/NĐ-CP"),
 D("Quyết định", "14", "2024/QĐ-UBND", "2024-04-02", "UBND tỉnh", "Quyết định số 14/2024/QĐ-UBND ngày 2/4/2024")],
[prov("Lào Cai"), com("Y Tý"), com("Tả Gia Khâu")],
["BÁO LÀO CAI", "Xã hội › Văn hóa"],
["17/05/2024 - 14:05", "2 ngày", "năm 2024", "2 năm một lần", "5 năm một lần", "5 ngày làm việc", "ngày 25/01/2024", "Năm 2023", "tháng 6"]))

PAGES.append(page("b6984-binhduong-bcd-soket-2024", """
Báo Bình Dương Online
Xã hội | Văn hóa | Tin tức
Cập nhật: 09:40, 19/07/2024
TP. Tân Uyên: Sơ kết phong trào xây dựng đời sống văn hóa 6 tháng đầu năm
(BDO) Ngày 17/7, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" TP.Tân Uyên tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 và triển khai nhiệm vụ 6 tháng cuối năm.
Theo báo cáo, 6 tháng đầu năm, thành phố có 47.316 hộ đăng ký danh hiệu gia đình văn hóa, đạt 93,8%; 58/58 khu phố, ấp đăng ký giữ vững danh hiệu khu phố, ấp văn hóa. Các phường, xã đã tổ chức 126 buổi tuyên truyền về Nghị định 86/2023/NĐ-CP với hơn 8.000 lượt người tham dự. Thực hiện Kế hoạch số 2145/KH-UBND ngày 26/3/2024 của UBND thành phố, 12 nhà văn hóa khu phố đã được sửa chữa, nâng cấp với tổng kinh phí khoảng 2,8 tỷ đồng.
Tuy nhiên, do tốc độ đô thị hóa nhanh, nhiều khu phố có số người lao động ngoại tỉnh tạm trú đông gấp 2 - 3 lần người dân địa phương, gây khó khăn cho việc quản lý, vận động. Việc bình xét danh hiệu đối với các hộ có nhà trọ còn lúng túng.
Tại hội nghị, các đại biểu Ngô Văn Hùng, Trần Thị Thúy Nga, Lâm Văn Tài - Chủ tịch Ủy ban MTTQ phường, lần lượt của các phường Uyên Hưng, Khánh Bình, Tân Phước Khánh, đã chia sẻ cách vận động chủ nhà trọ cùng ký cam kết "Khu nhà trọ văn hóa". Phường Khánh Bình đã có 37 khu nhà trọ được công nhận, với hơn 1.500 phòng trọ.
Bà Nguyễn Thị Thu Sương, Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo đề nghị 6 tháng cuối năm tập trung chuẩn bị bình xét danh hiệu theo quy định mới; nghiên cứu bộ tiêu chí "Khu nhà trọ văn hóa" để áp dụng thống nhất toàn thành phố; vận động doanh nghiệp tham gia xây dựng thiết chế văn hóa cho người lao động.
Hội nghị cũng triển khai Hướng dẫn số 07/HD-BCĐ ngày 5/7/2024 của Ban Chỉ đạo tỉnh về bình xét danh hiệu văn hóa năm 2024.
Dịp này, Ban Chỉ đạo thành phố tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích tiêu biểu trong phong trào.
Đại diện các doanh nghiệp tham dự hội nghị cũng cam kết phối hợp với chính quyền địa phương tổ chức các hoạt động văn hóa, thể thao cho công nhân vào cuối tuần, góp phần xây dựng môi trường sống văn minh tại các khu nhà trọ.
Theo Phòng Văn hóa và Thông tin thành phố, từ nay đến cuối năm sẽ tổ chức kiểm tra chéo việc bình xét tại các khu phố, ấp; khu phố nào để xảy ra tình trạng bình xét hình thức sẽ không được đề nghị công nhận lại danh hiệu.
Nguyên Vũ
Tin liên quan
- Dĩ An ra mắt mô hình "Khu phố không rác thải nhựa" (12/07/2024)
- Bàu Bàng: Tôn vinh gia đình văn hóa tiêu biểu (05/07/2024)
- Thủ Dầu Một xây dựng tuyến phố văn minh đô thị (28/06/2024)
""", "2024-07-19", "TP. Tân Uyên: Sơ kết phong trào xây dựng đời sống văn hóa 6 tháng đầu năm",
E("so_ket", "2024-H1", "2024-07-17"),
[P("Ngô Văn Hùng", "Chủ tịch Ủy ban MTTQ phường"),
 P("Trần Thị Thúy Nga", "Chủ tịch Ủy ban MTTQ phường"),
 P("Lâm Văn Tài", "Chủ tịch Ủy ban MTTQ phường"),
 P("Nguyễn Thị Thu Sương", "Phó Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo")],
[Q("47.316 hộ", 47316, "hộ"), Q("93,8%", 93.8, "%"), Q("58/58 khu phố, ấp", 58, "khu phố, ấp"),
 Q("126 buổi tuyên truyền", 126, "buổi tuyên truyền"), Q("hơn 8.000 lượt người", 8000, "lượt người", "over"),
 Q("12 nhà văn hóa khu phố", 12, "nhà văn hóa khu phố"), Q("khoảng 2,8 tỷ đồng", 2800000000, "đồng", "approx"),
 Q("37 khu nhà trọ", 37, "khu nhà trọ"), Q("hơn 1.500 phòng trọ", 1500, "phòng trọ", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị định", "86", "2023/NĐ-CP", None, None, "Nghị định 86/2023/NĐ-CP"),
 D("Kế hoạch", "2145", "KH-UBND", "2024-03-26", "UBND thành phố", "Kế hoạch số 2145/KH-UBND ngày 26/3/2024"),
 D("Hướng dẫn", "07", "HD-BCĐ", "2024-07-05", "Ban Chỉ đạo tỉnh", "Hướng dẫn số 07/HD-BCĐ ngày 5/7/2024")],
[prov("Bình Dương"), com("Uyên Hưng"), com("Khánh Bình"), com("Tân Phước Khánh")],
["Báo Bình Dương Online", "Xã hội | Văn hóa | Tin tức", "(BDO)", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Khu nhà trọ văn hóa"],
["Cập nhật: 09:40, 19/07/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm", "2 - 3 lần", "năm 2024"]))

PAGES.append(page("b6985-ninhbinh-hoalu-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NINH BÌNH
Thời sự - Chính trị › Cơ sở
19/12/2025 16:30
Phường Hoa Lư: 96% hộ đạt danh hiệu "Gia đình văn hóa"
Chiều 18/12, Ủy ban MTTQ Việt Nam phường Hoa Lư (tỉnh Ninh Bình) tổ chức hội nghị tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào xây dựng gia đình văn hóa, tổ dân phố văn hóa năm 2025. Đây là lần tổng kết đầu tiên của phường sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp.
Dự hội nghị có đồng chí Đinh Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy phường; bà Phạm Thị Thanh Nhàn, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường.
Phường Hoa Lư hiện có 64 tổ dân phố với 21.480 hộ. Năm 2025, có 20.621 hộ được bình xét gia đình văn hóa, đạt 96%; 61 tổ dân phố được công nhận danh hiệu tổ dân phố văn hóa theo Nghị định 86/2023/NĐ-CP. Nhân dân đã đóng góp hơn 5,1 tỷ đồng cùng 4.300 ngày công để chỉnh trang 27 nhà văn hóa, lát vỉa hè, trồng cây xanh tại các tuyến phố.
Thực hiện Kết luận số 126-KL/TW và Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy, Ban Thường vụ Đảng ủy phường ban hành Kế hoạch số 18-KH/ĐU ngày 15/8/2025 về củng cố Ban công tác Mặt trận ở 64 tổ dân phố. Đến nay, 100% tổ dân phố đã kiện toàn xong.
Tại hội nghị, ông Nguyễn Văn Sinh, Trưởng ban công tác Mặt trận tổ dân phố Đông Hồ, chia sẻ cách giữ danh hiệu ở một tổ dân phố vừa được sáp nhập từ hai thôn cũ: mọi quy ước đều được đưa ra lấy ý kiến từng hộ. Bà Trịnh Thị Lan, Tổ trưởng tổ dân phố Tràng An, cho biết tổ đã duy trì mô hình "Tuyến phố văn minh, không rác thải" được 3 năm.
Phát biểu chỉ đạo, đồng chí Đinh Văn Hùng đề nghị năm 2026 các tổ dân phố gắn phong trào với xây dựng đô thị di sản, giữ gìn cảnh quan Quần thể danh thắng Tràng An; đặt mục tiêu ít nhất 97% hộ đạt danh hiệu gia đình văn hóa.
Dịp này, Ủy ban MTTQ Việt Nam phường tặng giấy khen cho 10 tổ dân phố văn hóa tiêu biểu và 50 gia đình văn hóa tiêu biểu, mỗi gia đình được thưởng 500 nghìn đồng.
Các đại biểu cũng đề nghị phường sớm có hướng dẫn thống nhất về nội dung hương ước, quy ước của các tổ dân phố mới sau sáp nhập, bảo đảm phù hợp với đặc thù từng khu vực.
Theo báo cáo, bên cạnh kết quả đạt được, một số tổ dân phố có đông hộ kinh doanh dịch vụ du lịch vẫn còn tình trạng lấn chiếm vỉa hè, xả rác chưa đúng nơi quy định; việc tổ chức sinh hoạt văn hóa cộng đồng ở các khu dân cư mới chưa thường xuyên. Phường sẽ tiếp tục rà soát, không công nhận danh hiệu với những hộ vi phạm.
Hương Giang
Tin liên quan
- Xã Gia Viễn ra mắt tổ dân phố kiểu mẫu (10/12/2025)
- Ngày hội Đại đoàn kết ở tổ dân phố Đông Hồ (17/11/2025)
- Ninh Bình tôn vinh 120 gia đình văn hóa tiêu biểu (05/11/2025)
""", "2025-12-19", "Phường Hoa Lư: 96% hộ đạt danh hiệu \"Gia đình văn hóa\"",
E("tong_ket", "2025", "2025-12-18"),
[P("Đinh Văn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy phường"),
 P("Phạm Thị Thanh Nhàn", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Văn Sinh", "Trưởng ban công tác Mặt trận tổ dân phố Đông Hồ"),
 P("Trịnh Thị Lan", "Tổ trưởng tổ dân phố Tràng An")],
[Q("96%", 96, "%"), Q("64 tổ dân phố", 64, "tổ dân phố"), Q("21.480 hộ", 21480, "hộ"), Q("20.621 hộ", 20621, "hộ"),
 Q("61 tổ dân phố", 61, "tổ dân phố"), Q("hơn 5,1 tỷ đồng", 5100000000, "đồng", "over"), Q("4.300 ngày công", 4300, "ngày công"),
 Q("27 nhà văn hóa", 27, "nhà văn hóa"), Q("100%", 100, "%"),
 Q("ít nhất 97%", 97, "%", "over"), Q("10 tổ dân phố văn hóa tiêu biểu", 10, "tổ dân phố văn hóa tiêu biểu"),
 Q("50 gia đình văn hóa tiêu biểu", 50, "gia đình văn hóa tiêu biểu"), Q("500 nghìn đồng", 500000, "đồng")],
[D("Nghị định", "86", "2023/NĐ-CP", None, None, "Nghị định 86/2023/NĐ-CP"),
 D("Kết luận", "126", "KL/TW", None, None, "Kết luận số 126-KL/TW"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "18", "KH/ĐU", "2025-08-15", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 18-KH/ĐU ngày 15/8/2025")],
[prov("Ninh Bình"), com("Hoa Lư")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH NINH BÌNH", "Thời sự - Chính trị › Cơ sở", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Tuyến phố văn minh, không rác thải", "Quần thể danh thắng Tràng An"],
["19/12/2025 16:30", "năm 2025", "năm 2026", "2 cấp", "3 năm", "hai thôn"]))

PAGES.append(page("b6986-dongnai-ngayhoi-binhphuoc-2025", """
Báo Đồng Nai điện tử
Chính trị › Mặt trận - Đoàn thể
Thứ Bảy, 15/11/2025 - 06:45
Ảnh: Lãnh đạo phường trao danh hiệu khu phố văn hóa. Ảnh: N.Hà
Khu phố Phú Thanh vui Ngày hội Đại đoàn kết
Ngày 14/11, tại nhà văn hóa khu phố Phú Thanh, phường Bình Phước (tỉnh Đồng Nai), Ban công tác Mặt trận khu phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, kỷ niệm 95 năm Ngày truyền thống MTTQ Việt Nam. Dự ngày hội có ông Hoàng Quốc Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Điểu Thị Lý, Phó Chủ tịch UBND phường Bình Phước.
Khu phố Phú Thanh có 684 hộ với 2.513 nhân khẩu, trong đó 96 hộ đồng bào S'tiêng, Khmer. Năm 2025, 651 hộ đạt danh hiệu gia đình văn hóa, chiếm 95,2%; khu phố giữ vững danh hiệu khu phố văn hóa năm thứ 12. Trong năm, bà con đã góp gần 300 triệu đồng lắp 1,2 km đèn chiếu sáng, camera an ninh; khu phố không có người nghiện ma túy mới, không có trọng án.
Ông Trần Văn Minh, Trưởng ban công tác Mặt trận khu phố Phú Thanh, cho biết sau khi sắp xếp lại đơn vị hành chính, khu phố được mở rộng từ hai khu phố cũ, nhiều phong tục, thói quen khác nhau. "Chúng tôi họp dân ba lần mới thống nhất được quy ước chung; đến nay bà con đã gắn bó như một nhà", ông Minh nói.
Phát biểu tại ngày hội, ông Hoàng Quốc Tuấn biểu dương những kết quả khu phố đạt được trong thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và đề nghị tiếp tục thực hiện tốt Chỉ thị số 46-CT/TW ngày 28/7/2025 của Ban Bí thư về tiếp tục nâng cao hiệu quả hoạt động của MTTQ Việt Nam ở khu dân cư.
Dịp này, UBND phường trao danh hiệu khu phố văn hóa theo Quyết định số 312/QĐ-UBND ngày 10/11/2025 của UBND phường; Ủy ban MTTQ phường tặng giấy khen cho 12 gia đình văn hóa tiêu biểu; các mạnh thường quân trao 40 phần quà cho hộ khó khăn, mỗi phần trị giá 600.000 đồng.
Sau phần lễ là các hoạt động văn nghệ, thi nấu ăn, kéo co giữa các tổ nhân dân tự quản và tiết mục múa cồng chiêng của đồng bào S'tiêng. Bà Thị Bé, một cao niên người S'tiêng trong khu phố, chia sẻ: "Năm nào cũng có ngày hội, ai cũng chờ".
Trước đó, Ban công tác Mặt trận khu phố đã tổ chức thăm hỏi các gia đình chính sách, người cao tuổi neo đơn trên địa bàn và vận động các hộ kinh doanh trong khu phố ủng hộ quỹ "Vì người nghèo".
Ngày hội năm nay được tổ chức gọn nhẹ, tiết kiệm nhưng ấm cúng. Nhiều gia đình trẻ mới chuyển đến khu phố cũng tham gia các trò chơi, giao lưu, làm quen với bà con lối xóm, góp phần gắn kết cộng đồng dân cư.
Ngọc Hà
Tin khác
- Ngày hội Đại đoàn kết ở ấp Sóc Bom Bo (13/11/2025)
- Phường Đồng Xoài ra mắt khu phố an toàn, văn minh (06/11/2025)
- Tôn vinh 150 người có uy tín tiêu biểu (30/10/2025)
""", "2025-11-15", "Khu phố Phú Thanh vui Ngày hội Đại đoàn kết",
E("khac", None, "2025-11-14"),
[P("Hoàng Quốc Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Lý", "Phó Chủ tịch UBND phường Bình Phước"),
 P("Trần Văn Minh", "Trưởng ban công tác Mặt trận khu phố Phú Thanh"),
 P("Thị Bé")],
[Q("684 hộ", 684, "hộ"), Q("2.513 nhân khẩu", 2513, "nhân khẩu"), Q("96 hộ đồng bào S'tiêng, Khmer", 96, "hộ đồng bào S'tiêng, Khmer"),
 Q("651 hộ", 651, "hộ"), Q("95,2%", 95.2, "%"), Q("gần 300 triệu đồng", 300000000, "đồng", "approx"), Q("1,2 km", 1.2, "km"),
 Q("12 gia đình văn hóa tiêu biểu", 12, "gia đình văn hóa tiêu biểu"), Q("40 phần quà", 40, "phần quà"),
 Q("600.000 đồng", 600000, "đồng")],
[D("Chỉ thị", "46", "CT/TW", "2025-07-28", "Ban Bí thư", "Chỉ thị số 46-CT/TW ngày 28/7/2025"),
 D("Quyết định", "312", "QĐ-UBND", "2025-11-10", "UBND phường", "Quyết định số 312/QĐ-UBND ngày 10/11/2025")],
[prov("Đồng Nai"), com("Bình Phước")],
["Báo Đồng Nai điện tử", "Chính trị › Mặt trận - Đoàn thể", "Ảnh: Lãnh đạo phường trao danh hiệu khu phố văn hóa. Ảnh: N.Hà",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo"],
["Thứ Bảy, 15/11/2025 - 06:45", "năm 2025", "95 năm", "năm thứ 12", "ba lần", "hai khu phố"]))

PAGES.append(page("b6987-tuyenquang-mttq-tongket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Hôm nay: Chủ Nhật, 18/01/2026
Chính trị > Mặt trận - Đoàn thể
Ngày đăng: 16/01/2026 | 11:10
You are here: Trang chủ / Tin tức / Văn hóa cơ sở
Ủy ban MTTQ tỉnh triển khai nhiệm vụ xây dựng khu dân cư văn hóa năm 2026
Ngày 14/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với phong trào xây dựng gia đình văn hóa, thôn, tổ dân phố văn hóa năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang.
Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hầu Thị Chúa, Ma Thế Hưng, Nguyễn Thị Thu Hương.
Theo báo cáo, năm 2025 toàn tỉnh có 357.400 hộ đạt danh hiệu gia đình văn hóa, đạt 87,4%; 3.126 thôn, tổ dân phố được công nhận danh hiệu văn hóa. Các khu dân cư đã vận động nhân dân hiến trên 126.000 m2 đất, đóng góp hơn 48 tỷ đồng và hàng chục nghìn ngày công làm đường, xây nhà văn hóa. Toàn tỉnh xóa được 8.412 căn nhà tạm, nhà dột nát trong năm, vượt chỉ tiêu đề ra.
Thực hiện Hướng dẫn số 55/HD-MTTW-BTT ngày 9/9/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 09-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, 124 xã, phường đã kiện toàn Ban công tác Mặt trận ở thôn, tổ dân phố sau sắp xếp.
Tại hội nghị, bà Vàng Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú, chia sẻ việc vận động đồng bào Mông bỏ tục lệ cúng ma kéo dài, giữ gìn nhà trình tường, đưa thôn Lô Lô Chải thành thôn văn hóa gắn với du lịch cộng đồng. Ông Hoàng Văn Thoan, Trưởng ban công tác Mặt trận tổ dân phố Tân Hà, phường Minh Xuân, chia sẻ cách huy động hộ kinh doanh ủng hộ xây nhà văn hóa tổ.
Phát biểu kết luận, đồng chí Hầu Thị Chúa đề nghị năm 2026 các cấp Mặt trận tập trung chỉ đạo bình xét danh hiệu theo Nghị định số 86/2023/NĐ-CP, phấn đấu có ít nhất 88% hộ đạt gia đình văn hóa; tăng cường giám sát việc bình xét ở cơ sở, không để chạy theo thành tích.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 22 tập thể, 35 cá nhân có thành tích xuất sắc trong cuộc vận động năm 2025.
Trước đó, các đại biểu đã nghe báo cáo tham luận của đại diện một số xã vùng cao về kinh nghiệm xây dựng thôn văn hóa gắn với giảm nghèo bền vững, giữ gìn bản sắc văn hóa các dân tộc.
Hà Thu - Đức Anh
Tin liên quan
- Xã Lũng Cú: Ngày hội văn hóa dân tộc Mông (10/01/2026)
- Phường Minh Xuân ra mắt tổ dân phố văn minh (03/01/2026)
- Tuyên Quang tôn vinh 100 người có uy tín (26/12/2025)
""", "2026-01-16", "Ủy ban MTTQ tỉnh triển khai nhiệm vụ xây dựng khu dân cư văn hóa năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Hầu Thị Chúa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Thế Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú"),
 P("Hoàng Văn Thoan", "Trưởng ban công tác Mặt trận tổ dân phố Tân Hà")],
[Q("357.400 hộ", 357400, "hộ"), Q("87,4%", 87.4, "%"), Q("3.126 thôn, tổ dân phố", 3126, "thôn, tổ dân phố"),
 Q("trên 126.000 m2", 126000, "m2", "over"), Q("hơn 48 tỷ đồng", 48000000000, "đồng", "over"),
 Q("8.412 căn nhà tạm, nhà dột nát", 8412, "căn nhà tạm, nhà dột nát"), Q("124 xã, phường", 124, "xã, phường"),
 Q("ít nhất 88%", 88, "%", "over"), Q("22 tập thể", 22, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Hướng dẫn", "55", "HD-MTTW-BTT", "2025-09-09", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 55/HD-MTTW-BTT ngày 9/9/2025"),
 D("Kế hoạch", "09", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 09-KH/MTTQ-BTT"),
 D("Nghị định", "86", "2023/NĐ-CP", None, None, "Nghị định số 86/2023/NĐ-CP")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Minh Xuân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Hôm nay: Chủ Nhật, 18/01/2026", "Chính trị > Mặt trận - Đoàn thể",
 "You are here: Trang chủ / Tin tức / Văn hóa cơ sở", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Hôm nay: Chủ Nhật, 18/01/2026", "Ngày đăng: 16/01/2026 | 11:10", "năm 2025", "năm 2026", "hàng chục nghìn ngày công", "hai tỉnh"]))

PAGES.append(page("b6988-vinhlong-bcd-giaoban-q1-2026", """
Báo Vĩnh Long
Văn hóa - Xã hội / Đời sống
10/04/2026 - 15:25
Giao ban quý I: Nâng chất ấp, khóm văn hóa vùng đồng bào Khmer
Sáng 8/4, Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh Long (cơ quan thường trực Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh) tổ chức giao ban quý I/2026 với các xã, phường có đông đồng bào Khmer. Ông Thạch Dư, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch chủ trì.
Theo báo cáo, quý I, các xã, phường đã hoàn thành rà soát hương ước, quy ước của 418 ấp, khóm theo địa giới mới; 326 ấp, khóm đăng ký danh hiệu "Thôn, tổ dân phố văn hóa" giai đoạn 2026 - 2030. Trong dịp Tết Chôl Chnăm Thmây sắp tới, 100% chùa Khmer đã ký cam kết tổ chức lễ hội an toàn, tiết kiệm. Tỉnh cũng phân bổ 6,4 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi để sửa chữa 32 nhà văn hóa ấp, khóm.
Bà Kim Thị Sà Rinh, Phó Chủ tịch UBND phường Trà Vinh, cho biết phường có 5.820 hộ đồng bào Khmer, năm 2025 có 5.402 hộ đạt gia đình văn hóa. Ông Sơn Văn Phol, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn, kiến nghị có chính sách hỗ trợ các ấp đạt danh hiệu 5 năm liên tục theo Nghị định 86/2023/NĐ-CP.
Đại đức Thạch Sa Rinh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Âng, chia sẻ nhà chùa đã mở 14 lớp dạy chữ Khmer hè, phối hợp ấp vận động thanh niên không tham gia đua xe, nhậu say trong lễ hội.
Giao ban cũng đã quán triệt Kế hoạch số 27/KH-UBND ngày 12/02/2026 của UBND tỉnh về thực hiện phong trào năm 2026 và Quyết định số 168/QĐ-UBND ngày 20/01/2026 ban hành Bộ tiêu chí xã, phường tiêu biểu.
Kết luận, ông Thạch Dư đề nghị quý II, các địa phương hoàn thành việc đăng ký danh hiệu đến từng hộ; mỗi xã, phường xây dựng ít nhất 1 ấp, khóm văn hóa kiểu mẫu trong vùng đồng bào Khmer; tăng cường phối hợp với chùa, người có uy tín để vận động bà con.
Sau giao ban, đoàn công tác đã đến thăm, làm việc tại ấp Ô Chích, xã Tập Sơn, tìm hiểu cách bà con đưa quy ước ấp vào sinh hoạt của chùa và các tổ nhân dân tự quản.
Theo Sở Văn hóa, Thể thao và Du lịch, sau khi hợp nhất, tỉnh có số ấp, khóm đồng bào Khmer lớn, phong tục, tập quán đa dạng; nhiều ấp ở vùng ven biển còn khó khăn về thiết chế văn hóa, đội ngũ cán bộ văn hóa cơ sở vừa được sắp xếp lại, kinh nghiệm chưa nhiều. Sở sẽ mở các lớp bồi dưỡng nghiệp vụ cho công chức văn hóa - xã hội các xã, phường trong quý II, đồng thời biên soạn tài liệu tuyên truyền song ngữ Việt - Khmer để phát tại các chùa, ấp.
Sa Rây
Tin cùng chuyên mục
- Xã Tập Sơn ra mắt mô hình "Phum sóc văn hóa" (02/04/2026)
- Vĩnh Long chuẩn bị Tết Chôl Chnăm Thmây 2026 (28/03/2026)
- Bến Tre: Tôn vinh gia đình văn hóa tiêu biểu vùng dừa (20/03/2026)
""", "2026-04-10", "Giao ban quý I: Nâng chất ấp, khóm văn hóa vùng đồng bào Khmer",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Thạch Dư", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Kim Thị Sà Rinh", "Phó Chủ tịch UBND phường Trà Vinh"),
 P("Sơn Văn Phol", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Thạch Sa Rinh", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Âng")],
[Q("418 ấp, khóm", 418, "ấp, khóm"), Q("326 ấp, khóm", 326, "ấp, khóm"), Q("100% chùa Khmer", 100, "%"),
 Q("6,4 tỷ đồng", 6400000000, "đồng"), Q("32 nhà văn hóa ấp, khóm", 32, "nhà văn hóa ấp, khóm"),
 Q("5.820 hộ đồng bào Khmer", 5820, "hộ đồng bào Khmer"), Q("5.402 hộ", 5402, "hộ"),
 Q("14 lớp dạy chữ Khmer hè", 14, "lớp dạy chữ Khmer hè"), Q("ít nhất 1 ấp, khóm văn hóa kiểu mẫu", 1, "ấp, khóm văn hóa kiểu mẫu", "over")],
[D("Nghị định", "86", "2023/NĐ-CP", None, None, "Nghị định 86/2023/NĐ-CP"),
 D("Kế hoạch", "27", "KH-UBND", "2026-02-12", "UBND tỉnh", "Kế hoạch số 27/KH-UBND ngày 12/02/2026"),
 D("Quyết định", "168", "QĐ-UBND", "2026-01-20", None, "Quyết định số 168/QĐ-UBND ngày 20/01/2026")],
[prov("Vĩnh Long"), com("Trà Vinh"), com("Tập Sơn")],
["Báo Vĩnh Long", "Văn hóa - Xã hội / Đời sống", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Chôl Chnăm Thmây",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["10/04/2026 - 15:25", "quý I/2026", "quý I", "quý II", "giai đoạn 2026 - 2030", "năm 2025", "5 năm liên tục", "năm 2026"]))
