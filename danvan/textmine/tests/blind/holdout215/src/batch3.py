from lib import *
PAGES = []

PAGES.append(page("b5129-thanhhoa-bdv-soket-2022", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Thời sự » Xây dựng Đảng
30 tháng 6, 2022 | 17:45
Đảng viên cư trú góp sức xây dựng khu dân cư kiểu mẫu
Chiều 29/6, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Lê Thị Hải Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Lê Thị Hải Yến phát biểu kết luận hội nghị. Ảnh: Minh Hiếu
Báo cáo cho biết, 6 tháng đầu năm 2022, khối dân vận các cấp đã hướng dẫn thực hiện Quy định 213-QĐ/TW của Bộ Chính trị gắn với Nghị quyết số 11-NQ/TU ngày 5/1/2022 của Ban Chấp hành Đảng bộ tỉnh về xây dựng khu dân cư kiểu mẫu. Toàn tỉnh có 31.482 đảng viên thường xuyên giữ mối liên hệ với nơi cư trú; đảng viên cư trú đã tham gia vận động nhân dân hiến trên 86.000 m2 đất, đóng góp gần 48 tỷ đồng xây dựng hạ tầng nông thôn, có 214 khu dân cư được công nhận kiểu mẫu.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 612, 613-KL/TU về công tác dân vận ở vùng đồng bào dân tộc thiểu số miền núi và về giám sát đảng viên nơi cư trú; phối hợp Ủy ban MTTQ tỉnh tổ chức 28 cuộc giám sát chuyên đề. Các cơ quan dân vận tiếp nhận 163 lượt công dân, 58 đơn thư, đã giải quyết 51 đơn.
Tham luận tại hội nghị, đồng chí Hà Văn Phiên, HUV, Trưởng Ban Dân vận Huyện ủy Quan Sơn, cho biết 100% chi bộ bản đã có sổ theo dõi đảng viên cư trú; những đảng viên người Thái, người Mường làm giáo viên, bộ đội biên phòng đã giúp bà con 37 bản chuyển đổi hơn 120 ha đất trồng cây gỗ lớn. Đồng chí Vi Thị Thoan, Bí thư Đảng ủy xã Trung Hạ, đề nghị tăng phụ cấp cho bí thư chi bộ bản kiêm trưởng bản.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trịnh Văn Hùng, Lê Quang Hải báo cáo kết quả kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 12 xã, phường; chỉ ra tình trạng có 9 chi bộ nhận xét đảng viên cư trú chung chung.
Kết luận hội nghị, đồng chí Lê Thị Hải Yến yêu cầu 6 tháng cuối năm triển khai Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về công tác dân vận; thực hiện Luật Thực hiện dân chủ ở cơ sở khi có hiệu lực; mỗi huyện xây dựng không dưới 3 mô hình "Dân vận khéo" về đảng viên nơi cư trú; nâng tỷ lệ đảng viên được nhận xét lên 99% trở lên.
Dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 14 tập thể và 22 cá nhân; tổng giá trị khen thưởng 41 triệu đồng.
Theo Hướng dẫn số 19-HD/BDVTU, việc chấm điểm thi đua khối dân vận năm 2022 sẽ có tiêu chí riêng về đảng viên cư trú, chiếm 10 điểm trên thang 100 điểm.
Hải Yến - Minh Hiếu
Tin liên quan
- Như Xuân: đảng viên cư trú giúp dân làm đường (20/06/2022)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 (14/06/2022)
- Thọ Xuân có 50 khu dân cư kiểu mẫu (05/06/2022)
""", "2022-06-30", "Đảng viên cư trú góp sức xây dựng khu dân cư kiểu mẫu",
E("so_ket", "2022-H1", "2022-06-29"),
[P("Lê Thị Hải Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Phiên", "HUV", "Trưởng Ban Dân vận Huyện ủy Quan Sơn"),
 P("Vi Thị Thoan", "Bí thư Đảng ủy xã Trung Hạ"),
 P("Trịnh Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("31.482 đảng viên", 31482, "đảng viên"), Q("trên 86.000 m2", 86000, "m2", "over"), Q("gần 48 tỷ đồng", 48000000000, "đồng", "approx"),
 Q("214 khu dân cư", 214, "khu dân cư"), Q("28 cuộc giám sát chuyên đề", 28, "cuộc giám sát chuyên đề"), Q("163 lượt công dân", 163, "lượt công dân"),
 Q("58 đơn thư", 58, "đơn thư"), Q("51 đơn", 51, "đơn"), Q("100%", 100, "%"), Q("37 bản", 37, "bản"), Q("hơn 120 ha", 120, "ha", "over"),
 Q("12 xã, phường", 12, "xã, phường"), Q("9 chi bộ", 9, "chi bộ"), Q("không dưới 3 mô hình", 3, "mô hình", "over"),
 Q("99% trở lên", 99, "%", "over"), Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân"), Q("41 triệu đồng", 41000000, "đồng")],
[D("Quy định", "213", "QĐ/TW", None, "Bộ Chính trị", "Quy định 213-QĐ/TW"),
 D("Nghị quyết", "11", "NQ/TU", "2022-01-05", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 11-NQ/TU ngày 5/1/2022"),
 D("Kết luận", "612", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 612, 613-KL/TU"),
 D("Kết luận", "613", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 612, 613-KL/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Hướng dẫn", "19", "HD/BDVTU", None, None, "Hướng dẫn số 19-HD/BDVTU")],
[prov("Thanh Hóa"), com("Trung Hạ")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Thời sự » Xây dựng Đảng",
 "Đồng chí Lê Thị Hải Yến phát biểu kết luận hội nghị. Ảnh: Minh Hiếu", "Dân vận khéo", "Luật Thực hiện dân chủ ở cơ sở"],
["30 tháng 6, 2022 | 17:45", "6 tháng đầu năm 2022", "6 tháng cuối năm 2022", "10 điểm", "100 điểm", "năm 2022"]))

PAGES.append(page("b5130-longan-mttq-traoqua-2022", """
Báo Long An Online
Trang chủ / Xã hội / Mặt trận
Chủ Nhật, 23/01/2022 - 08:30
Đảng viên cư trú cùng Mặt trận xã Mỹ Yên trao quà Tết cho hộ nghèo
Ảnh: Lãnh đạo huyện trao quà cho người dân.
Ngày 21/1/2022, Ủy ban MTTQ Việt Nam xã Mỹ Yên, huyện Bến Lức phối hợp với các chi bộ ấp và đảng viên đang cư trú trên địa bàn trao 350 phần quà Tết cho hộ nghèo, hộ cận nghèo và gia đình chính sách. Mỗi phần quà trị giá 600.000 đồng, gồm tiền mặt và nhu yếu phẩm; tổng trị giá 210 triệu đồng.
Dự và trao quà có đồng chí Nguyễn Thanh Phong, HUV, Phó Chủ tịch UBND huyện Bến Lức; đồng chí Trần Văn Bé Năm, Bí thư Đảng ủy xã Mỹ Yên; bà Võ Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Theo bà Võ Thị Kim Loan, trong số quà trao dịp này có 120 phần quà do 86 đảng viên đang công tác ở huyện, tỉnh và TP Hồ Chí Minh nhưng cư trú tại xã vận động. Đây là một trong những việc làm cụ thể thực hiện Quy định 213-QĐ/TW của Bộ Chính trị và Kế hoạch số 64-KH/ĐU ngày 10/3/2021 của Đảng ủy xã về phát huy vai trò đảng viên nơi cư trú.
Năm 2021, dù chịu ảnh hưởng của dịch Covid-19, các đảng viên cư trú tại Mỹ Yên đã tham gia 7 tổ Covid cộng đồng, vận động trên 1.800 phần quà hỗ trợ người lao động tạm trú tại 4 ấp; góp 15 tấn gạo cho các hộ cách ly. Qua lấy ý kiến, Ban công tác Mặt trận 7 ấp ghi nhận 95% đảng viên cư trú được nhân dân đánh giá gương mẫu.
Ông Lê Văn Út, Bí thư Chi bộ ấp 4, chia sẻ: chi bộ ấp có 28 đảng viên, 11 người là cán bộ, công chức ở nơi khác; ai cũng nhận đỡ đầu ít nhất 1 hộ khó khăn. Ông Đỗ Văn Tám, người dân ấp 4, bày tỏ vui mừng khi nhận quà: "Năm nay nhà tôi được anh em đảng viên trong ấp giúp sửa lại căn nhà, giờ thêm phần quà Tết, thấy ấm lòng lắm".
Dịp này, Ủy ban MTTQ xã cũng trao 2 căn nhà Đại đoàn kết, mỗi căn trị giá 50 triệu đồng, từ nguồn quỹ "Vì người nghèo" và Chương trình "Tết vì người nghèo và nạn nhân chất độc da cam".
Phát biểu tại buổi trao quà, đồng chí Nguyễn Thanh Phong ghi nhận cách làm của xã Mỹ Yên, đề nghị Đảng ủy xã tiếp tục thực hiện Chỉ thị số 17-CT/HU của Ban Thường vụ Huyện ủy về vận động xã hội hóa chăm lo Tết; đảm bảo mọi người dân đều có Tết.
Không khí buổi trao quà ấm áp, nghĩa tình. Nhiều người dân cho biết, ngoài phần quà, điều họ trân trọng là sự gần gũi của các đảng viên sống cùng ấp, thường xuyên hỏi han, giúp đỡ lúc khó khăn, nhất là trong những tháng dịch bệnh vừa qua.
Cũng dịp này, đoàn đã đến thăm, tặng quà 5 gia đình có công với cách mạng ở ấp 1 và ấp 3.
Thanh Nhàn
Tin khác
- Bến Lức: trao 1.500 phần quà Tết cho công nhân (20/01/2022)
- Đức Hòa: đảng viên cư trú góp quỹ khuyến học (15/01/2022)
- Tân An phát động ủng hộ quỹ "Vì người nghèo" (10/01/2022)
""", "2022-01-23", "Đảng viên cư trú cùng Mặt trận xã Mỹ Yên trao quà Tết cho hộ nghèo",
E("trao_qua", None, "2022-01-21"),
[P("Nguyễn Thanh Phong", "HUV", "Phó Chủ tịch UBND huyện Bến Lức"),
 P("Trần Văn Bé Năm", "Bí thư Đảng ủy xã Mỹ Yên"),
 P("Võ Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Văn Út", "Bí thư Chi bộ ấp 4"),
 P("Đỗ Văn Tám")],
[Q("350 phần quà", 350, "phần quà"), Q("600.000 đồng", 600000, "đồng"), Q("210 triệu đồng", 210000000, "đồng"),
 Q("120 phần quà", 120, "phần quà"), Q("86 đảng viên", 86, "đảng viên"), Q("7 tổ Covid cộng đồng", 7, "tổ Covid cộng đồng"),
 Q("trên 1.800 phần quà", 1800, "phần quà", "over"), Q("4 ấp", 4, "ấp"), Q("15 tấn gạo", 15, "tấn gạo"), Q("7 ấp", 7, "ấp"),
 Q("95%", 95, "%"), Q("28 đảng viên", 28, "đảng viên"), Q("11 người", 11, "người"), Q("ít nhất 1 hộ khó khăn", 1, "hộ khó khăn", "over"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("5 gia đình có công với cách mạng", 5, "gia đình có công với cách mạng")],
[D("Quy định", "213", "QĐ/TW", None, "Bộ Chính trị", "Quy định 213-QĐ/TW"),
 D("Kế hoạch", "64", "KH/ĐU", "2021-03-10", "Đảng ủy xã", "Kế hoạch số 64-KH/ĐU ngày 10/3/2021"),
 D("Chỉ thị", "17", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 17-CT/HU")],
[prov("Long An"), com("Mỹ Yên")],
["Báo Long An Online", "Trang chủ / Xã hội / Mặt trận", "Ảnh: Lãnh đạo huyện trao quà cho người dân.", "Vì người nghèo",
 "Tết vì người nghèo và nạn nhân chất độc da cam"],
["Chủ Nhật, 23/01/2022 - 08:30", "Năm 2021", "Covid-19", "Năm nay"]))

PAGES.append(page("b5131-quangtri-bdv-giaoban-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
You are here: Trang chủ › Tin hoạt động › Giao ban
Ngày đăng 11/10/2023 | 10:20
Ảnh: Toàn cảnh buổi giao ban.
Ban Dân vận Tỉnh ủy giao ban khối dân vận
Sáng 10/10/2023, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban công tác dân vận quý III năm 2023 với Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và Ban Dân vận các huyện ủy, thị ủy, thành ủy. Đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Trong quý III, Ban Dân vận Tỉnh ủy phối hợp Ban Tổ chức Tỉnh ủy kiểm tra việc thực hiện Quy định 213-QĐ/TW tại 16 xã, phường, thị trấn; kết quả cho thấy 97,6% đảng viên cư trú đã được chi bộ thôn, khu phố nhận xét năm 2022, nhưng còn 3 cơ quan cấp tỉnh chưa gửi phiếu xin nhận xét đúng thời hạn. Ủy ban MTTQ các cấp tổ chức 72 cuộc giám sát, kiến nghị xem xét 5 đảng viên có biểu hiện vi phạm trong sử dụng đất ở nơi cư trú.
Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 24, 25-CT/TU về tăng cường công tác dân vận ở vùng đồng bào Vân Kiều, Pa Kô và về nâng cao vai trò đảng viên nơi cư trú; Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 132-KH/BDVTU ngày 3/8/2023 về kiểm tra, giám sát năm 2023. Hội LHPN tỉnh vận động 1.236 hội viên mới; Tỉnh đoàn tổ chức 18 đợt tình nguyện hè tại các xã miền núi.
Tại giao ban, đồng chí Hồ Văn Nhiên, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, cho biết huyện có 412 đảng viên là bộ đội biên phòng, giáo viên cư trú tại các bản; nhiều đảng viên đã tham gia vận động nhân dân không vượt biên trái phép, không nghe theo đối tượng xấu. Đồng chí Lê Minh Tân, Phó Chủ tịch Hội Nông dân tỉnh khóa IX, đề nghị có cơ chế để Chi hội nông dân thôn tham gia góp ý đảng viên.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Hoài, Trần Quốc Vinh, Hồ A Sinh lần lượt thông tin về tình hình tôn giáo, dư luận xã hội và công tác dân vận chính quyền.
Kết luận, đồng chí Hồ Thị Thu Hằng yêu cầu quý IV tập trung tổng kết 10 năm thực hiện Quyết định 217, 218-QĐ/TW; chuẩn bị sơ kết 3 năm thực hiện Quy định 213; mỗi huyện có ít nhất 1 mô hình "Đảng viên cư trú gương mẫu". Ban Dân vận Tỉnh ủy sẽ dành 80 triệu đồng khen thưởng các mô hình tiêu biểu cuối năm.
Một số ý kiến đề nghị tăng cường phối hợp giữa Ban Dân vận với Ban Tổ chức các cấp trong việc tổng hợp kết quả nhận xét đảng viên cư trú, tránh chồng chéo, đồng thời chú ý nắm tình hình tư tưởng của đảng viên ở vùng biên giới.
Ban cũng phân công 6 đoàn công tác đi cơ sở trong tháng 11.
Hoài Nam
Lượt truy cập: 1.845.302
Các tin khác
- Gio Linh: đối thoại với 200 hội viên nông dân (02/10/2023)
- Ban Dân vận Tỉnh ủy thăm Cụm dân cư xã Húc (25/09/2023)
- Hải Lăng ra mắt 5 mô hình "Dân vận khéo" (15/09/2023)
""", "2023-10-11", "Ban Dân vận Tỉnh ủy giao ban khối dân vận",
E("giao_ban", "2023-Q3", "2023-10-10"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Nhiên", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Lê Minh Tân", "Phó Chủ tịch Hội Nông dân tỉnh khóa IX"),
 P("Nguyễn Thị Hoài", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ A Sinh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("16 xã, phường, thị trấn", 16, "xã, phường, thị trấn"), Q("97,6%", 97.6, "%"), Q("3 cơ quan cấp tỉnh", 3, "cơ quan cấp tỉnh"),
 Q("72 cuộc giám sát", 72, "cuộc giám sát"), Q("5 đảng viên", 5, "đảng viên"), Q("1.236 hội viên mới", 1236, "hội viên mới"),
 Q("18 đợt tình nguyện hè", 18, "đợt tình nguyện hè"), Q("412 đảng viên", 412, "đảng viên"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("80 triệu đồng", 80000000, "đồng"), Q("6 đoàn công tác", 6, "đoàn công tác")],
[D("Quy định", "213", "QĐ/TW", None, None, "Quy định 213-QĐ/TW"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Kế hoạch", "132", "KH/BDVTU", "2023-08-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 132-KH/BDVTU ngày 3/8/2023"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, None, "Quyết định 217, 218-QĐ/TW")],
[prov("Quảng Trị")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "You are here: Trang chủ › Tin hoạt động › Giao ban", "Ảnh: Toàn cảnh buổi giao ban.",
 "Đảng viên cư trú gương mẫu", "Lượt truy cập: 1.845.302", "Dân vận khéo"],
["Ngày đăng 11/10/2023 | 10:20", "quý III năm 2023", "năm 2022", "quý IV", "10 năm", "3 năm", "tháng 11", "khóa IX"]))

PAGES.append(page("b5132-haiphong-thanhuy-taphuan-2023", """
Báo Hải Phòng điện tử
Chính trị | Xây dựng Đảng
Cập nhật: 14:10, 16/05/2023 (GMT+7)
Bồi dưỡng kỹ năng nhận xét đảng viên nơi cư trú cho bí thư chi bộ tổ dân phố
Đồng chí Phạm Văn Lập giới thiệu chuyên đề tại lớp bồi dưỡng.
Ngày 15/5/2023, Ban Tổ chức Thành ủy Hải Phòng phối hợp với Trường Chính trị Tô Hiệu khai giảng lớp tập huấn nghiệp vụ công tác đảng năm 2023 cho 214 bí thư chi bộ tổ dân phố, thôn của quận Lê Chân, quận Hải An và huyện An Dương. Lớp học kéo dài 3 ngày.
Các học viên được nghe đồng chí Phạm Văn Lập, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Tổ chức Thành ủy, giới thiệu các nội dung của Quy định 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị; Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương về sinh hoạt chi bộ; Kế hoạch 95, 96-KH/TU của Ban Thường vụ Thành ủy. TS. Đỗ Thị Thanh Bình, Phó Hiệu trưởng Trường Chính trị Tô Hiệu, trình bày chuyên đề về kỹ năng lắng nghe và tổng hợp ý kiến nhân dân.
Theo Ban Tổ chức Thành ủy, năm 2022 toàn thành phố có 38.725 đảng viên thường xuyên giữ mối liên hệ với nơi cư trú; chi bộ nơi cư trú đã gửi nhận xét 37.980 đảng viên; 112 đảng viên được nhân dân góp ý, trong đó 14 trường hợp liên quan xây dựng trái phép. Có khoảng 20% chi bộ tổ dân phố còn lúng túng khi ghi phiếu nhận xét.
Trong buổi trao đổi, bà Vũ Thị Nga, Bí thư Chi bộ tổ dân phố 12, phường Dư Hàng Kênh, đề xuất gửi phiếu nhận xét qua phần mềm để rút ngắn thời gian; ông Nguyễn Văn Thuấn, Bí thư Chi bộ thôn Nhu Kiều, xã Quốc Tuấn, cho biết thôn có 43 đảng viên cư trú, nhiều người đi làm ca ở khu công nghiệp nên khó dự sinh hoạt.
Đồng chí Lương Văn Hòa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy dự và phát biểu bế giảng ngày 17/5. Đồng chí yêu cầu mỗi chi bộ tổ dân phố lập sổ theo dõi, phân công cấp ủy viên phụ trách từ 10 đảng viên cư trú trở xuống; phấn đấu đến cuối năm 2023 có 100% cơ quan phản hồi kết quả tiếp thu ý kiến nhận xét.
Kinh phí mở lớp gần 180 triệu đồng từ ngân sách thành phố; mỗi học viên được hỗ trợ 150.000 đồng/ngày.
Theo kế hoạch, từ nay đến tháng 9, thành phố mở thêm 6 lớp cho các quận, huyện còn lại với khoảng 1.300 học viên. Ban Tổ chức Thành ủy sẽ biên soạn sổ tay nghiệp vụ phát cho các chi bộ.
Nhiều học viên đánh giá chuyên đề kỹ năng do Trường Chính trị Tô Hiệu giảng dạy rất thiết thực, giúp bí thư chi bộ tự tin hơn khi chủ trì hội nghị góp ý đảng viên ở khu dân cư.
Minh Thu
Tin liên quan
- Kiến An: 100% đảng viên cư trú được nhận xét (08/05/2023)
- Hội nghị Ban Chấp hành Đảng bộ thành phố (28/04/2023)
- Thủy Nguyên tập huấn cho 500 cán bộ Mặt trận (20/04/2023)
""", "2023-05-16", "Bồi dưỡng kỹ năng nhận xét đảng viên nơi cư trú cho bí thư chi bộ tổ dân phố",
E("tap_huan", "2023", "2023-05-15"),
[P("Phạm Văn Lập", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Tổ chức Thành ủy"),
 P("Đỗ Thị Thanh Bình", "TS.", "Phó Hiệu trưởng Trường Chính trị Tô Hiệu"),
 P("Vũ Thị Nga", "Bí thư Chi bộ tổ dân phố 12"),
 P("Nguyễn Văn Thuấn", "Bí thư Chi bộ thôn Nhu Kiều"),
 P("Lương Văn Hòa", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tổ chức Thành ủy")],
[Q("214 bí thư chi bộ tổ dân phố, thôn", 214, "bí thư chi bộ tổ dân phố, thôn"), Q("38.725 đảng viên", 38725, "đảng viên"),
 Q("37.980 đảng viên", 37980, "đảng viên"), Q("112 đảng viên", 112, "đảng viên"), Q("14 trường hợp", 14, "trường hợp"),
 Q("khoảng 20%", 20, "%", "approx"), Q("43 đảng viên cư trú", 43, "đảng viên cư trú"),
 Q("từ 10 đảng viên cư trú trở xuống", 10, "đảng viên cư trú"), Q("100%", 100, "%"),
 Q("gần 180 triệu đồng", 180000000, "đồng", "approx"), Q("150.000 đồng", 150000, "đồng"), Q("6 lớp", 6, "lớp"),
 Q("khoảng 1.300 học viên", 1300, "học viên", "approx")],
[D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định 213-QĐ/TW ngày 2/1/2020"),
 D("Hướng dẫn", "12", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW"),
 D("Kế hoạch", "95", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch 95, 96-KH/TU"),
 D("Kế hoạch", "96", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch 95, 96-KH/TU")],
[prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Quốc Tuấn")],
["Báo Hải Phòng điện tử", "Chính trị | Xây dựng Đảng", "Đồng chí Phạm Văn Lập giới thiệu chuyên đề tại lớp bồi dưỡng.", "Trường Chính trị Tô Hiệu"],
["Cập nhật: 14:10, 16/05/2023 (GMT+7)", "3 ngày", "năm 2023", "năm 2022", "tháng 9", "150.000 đồng/ngày"]))

PAGES.append(page("b5133-dongthap-mttq-giamsat-2024", """
ĐỒNG THÁP ONLINE
Chính trị :: Mặt trận - Đoàn thể
Thứ Năm, 18/07/2024 - 09:50
Ủy ban MTTQ huyện Tháp Mười giám sát đảng viên cư trú tại xã Mỹ Hòa
Ảnh: Ông Nguyễn Văn Được phát biểu tại buổi giám sát.
Ngày 16/7/2024, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tháp Mười do ông Nguyễn Văn Được, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn, đã giám sát việc thực hiện Quy định 213-QĐ/TW tại Đảng ủy xã Mỹ Hòa theo Kế hoạch số 21/KH-MTTQ-BTT ngày 2/7/2024.
Theo báo cáo của Đảng ủy xã, Mỹ Hòa có 6 ấp với 5 chi bộ ấp và 229 đảng viên, trong đó 58 đảng viên đang công tác ở các cơ quan, đơn vị thường xuyên giữ mối liên hệ với nơi cư trú. Năm 2023, 58/58 đảng viên được chi bộ ấp nhận xét; nhân dân góp ý 4 trường hợp, chủ yếu về việc chưa tham gia sinh hoạt tổ nhân dân tự quản và chưa đóng góp quỹ an ninh trật tự. Các đảng viên cư trú đã vận động trên 200 triệu đồng làm 3 cây cầu bê tông, 1,8 km đường đal.
Đồng chí Lê Thị Mỹ Dung, Bí thư Đảng ủy xã, cho biết Đảng ủy đã cụ thể hóa bằng Nghị quyết số 08-NQ/ĐU và Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy xã với 14 cơ quan có đảng viên cư trú. Ông Phan Văn Rớt, Trưởng ban công tác Mặt trận ấp Hòa Lạc, đề nghị cơ quan quản lý đảng viên trả lời bằng văn bản khi nhận được ý kiến của nhân dân.
Qua giám sát, đoàn ghi nhận còn 2 đảng viên chưa đăng ký sinh hoạt nơi cư trú, một số phiếu nhận xét chưa có chữ ký của trưởng ban công tác Mặt trận ấp. Đoàn đề nghị Đảng ủy xã thực hiện nghiêm Hướng dẫn số 06-HD/BTCTU ngày 20/2/2020 của Ban Tổ chức Tỉnh ủy; định kỳ 6 tháng thông tin cho Ủy ban MTTQ xã về tình hình đảng viên cư trú.
Tiếp thu kết luận giám sát, đồng chí Lê Thị Mỹ Dung cam kết trong tháng 8 sẽ hoàn thành rà soát, đưa 100% đảng viên thuộc diện về đăng ký. Đồng chí Trần Minh Khoa, HUV, Phó Trưởng Ban Dân vận Huyện ủy, thành viên đoàn, đánh giá xã Mỹ Hòa làm khá tốt việc gắn đảng viên cư trú với xây dựng nông thôn mới nâng cao.
Dự kiến năm 2024, Ủy ban MTTQ huyện sẽ giám sát tại 5 xã, thị trấn, trong đó có thị trấn Mỹ An và xã Thạnh Lợi; kết quả sẽ được báo cáo Ban Thường vụ Huyện ủy theo Quyết định 217-QĐ/TW.
Theo đánh giá chung, việc giám sát đảng viên cư trú ở Đồng Tháp đã góp phần nâng cao ý thức tự giác của đảng viên.
Các thành viên đoàn cũng kiến nghị UBND huyện quan tâm hỗ trợ kinh phí hoạt động cho Ban công tác Mặt trận ấp, hiện mỗi ấp chỉ được khoảng 6 triệu đồng/năm, chưa đủ để tổ chức hội nghị nhân dân.
Thanh Liêm
Tin liên quan
- Lai Vung: 300 đảng viên cư trú tham gia giữ gìn an ninh trật tự (10/07/2024)
- Cao Lãnh giám sát công trình đầu tư công (01/07/2024)
- Tam Nông: hội nghị đại biểu nhân dân (25/06/2024)
""", "2024-07-18", "Ủy ban MTTQ huyện Tháp Mười giám sát đảng viên cư trú tại xã Mỹ Hòa",
E("giam_sat", "2024", "2024-07-16"),
[P("Nguyễn Văn Được", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Thị Mỹ Dung", "Bí thư Đảng ủy xã"),
 P("Phan Văn Rớt", "Trưởng ban công tác Mặt trận ấp Hòa Lạc"),
 P("Trần Minh Khoa", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("6 ấp", 6, "ấp"), Q("5 chi bộ ấp", 5, "chi bộ ấp"), Q("229 đảng viên", 229, "đảng viên"), Q("58 đảng viên", 58, "đảng viên"),
 Q("58/58 đảng viên", 58, "đảng viên"), Q("4 trường hợp", 4, "trường hợp"), Q("trên 200 triệu đồng", 200000000, "đồng", "over"),
 Q("3 cây cầu bê tông", 3, "cây cầu bê tông"), Q("1,8 km", 1.8, "km"), Q("14 cơ quan", 14, "cơ quan"), Q("2 đảng viên", 2, "đảng viên"),
 Q("100%", 100, "%"), Q("5 xã, thị trấn", 5, "xã, thị trấn"), Q("khoảng 6 triệu đồng", 6000000, "đồng", "approx")],
[D("Quy định", "213", "QĐ/TW", None, None, "Quy định 213-QĐ/TW"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", "2024-07-02", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tháp Mười", "Kế hoạch số 21/KH-MTTQ-BTT ngày 2/7/2024"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết số 08-NQ/ĐU"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, "Đảng ủy", "Quy chế phối hợp số 02-QC/ĐU"),
 D("Hướng dẫn", "06", "HD/BTCTU", "2020-02-20", "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 06-HD/BTCTU ngày 20/2/2020"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW")],
[prov("Đồng Tháp"), com("Mỹ Hòa"), com("Mỹ An"), com("Thạnh Lợi")],
["ĐỒNG THÁP ONLINE", "Chính trị :: Mặt trận - Đoàn thể", "Ảnh: Ông Nguyễn Văn Được phát biểu tại buổi giám sát.", "Hòa Lạc"],
["Thứ Năm, 18/07/2024 - 09:50", "Năm 2023", "năm 2024", "6 tháng", "tháng 8", "6 triệu đồng/năm"]))

PAGES.append(page("b5134-lamdong-btctu-tongket-2024", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ - Chính trị - Xây dựng Đảng
24/12/2024 06:00
Tổng kết năm 2024: nhận xét đảng viên nơi cư trú đi vào thực chất
Toàn cảnh hội nghị.
Chiều 23/12/2024, Ban Tổ chức Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2024 và triển khai nhiệm vụ năm 2025. Đồng chí Đặng Trí Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì; dự có đồng chí K' Mák, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2024, toàn tỉnh có 24.318 đảng viên thuộc diện giữ mối liên hệ với nơi cư trú; 23.907 đảng viên được nhận xét, đạt 98,3%. Qua lấy ý kiến nhân dân tại 1.463 thôn, tổ dân phố, có 76 đảng viên được góp ý, 9 trường hợp phải kiểm điểm làm rõ. Tỉnh ủy đã đưa kết quả nhận xét nơi cư trú vào tiêu chí đánh giá cán bộ theo Quy định số 1254-QĐ/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy.
Ban Tổ chức Tỉnh ủy đã tham mưu thực hiện Kết luận 21-KL/TW của BCH Trung ương khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng; Quy định 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên; đồng thời ban hành Hướng dẫn 58, 59-HD/BTCTU về nhận xét đảng viên vùng đồng bào dân tộc thiểu số và đảng viên làm việc theo mùa vụ.
Phát biểu tham luận, đồng chí Ka Hiền, HUV, Trưởng Ban Tổ chức Huyện ủy Lạc Dương, cho biết nhiều đảng viên người Cơ Ho cư trú ở các bon đã vận động 137 hộ không phá rừng làm rẫy, trả lại 52 ha đất rừng. Đồng chí Nguyễn Thị Hương, Bí thư Đảng ủy phường 4, thành phố Đà Lạt, nêu cách làm "mỗi đảng viên cư trú một việc làm vì cộng đồng" với trên 600 việc làm cụ thể.
Đồng chí Đặng Trí Hùng đề nghị năm 2025 các cấp ủy tập trung thực hiện Kết luận 118-KL/TW của Bộ Chính trị về sắp xếp tổ chức bộ máy, chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; quản lý chặt chẽ đảng viên khi sắp xếp thôn, tổ dân phố, không để "sót" đảng viên nơi cư trú.
Dịp này, Ban Tổ chức Tỉnh ủy tặng giấy khen cho 11 tập thể, 17 cá nhân xuất sắc, mỗi tập thể được thưởng 2 triệu đồng.
Cũng theo Ban Tổ chức Tỉnh ủy, đến hết năm 2024 Đảng bộ tỉnh đã kết nạp 2.146 đảng viên mới, có 712 đảng viên là người dân tộc thiểu số.
Nhiều ý kiến tại hội nghị cho rằng cần số hóa sổ theo dõi đảng viên cư trú, kết nối với phần mềm quản lý cơ sở dữ liệu đảng viên để các chi bộ tiện cập nhật và cơ quan quản lý dễ tra cứu.
Trong năm, Ban Tổ chức Tỉnh ủy phối hợp với Ủy ban MTTQ tỉnh khảo sát tại 8 huyện, thành phố về việc đảng viên cư trú tham gia các tổ hòa giải; kết quả cho thấy phần lớn tổ hòa giải ở thôn, tổ dân phố có ít nhất một đảng viên tham gia.
Khánh Phúc
Tin liên quan
- Di Linh: đảng viên cư trú giúp dân phát triển cà phê (16/12/2024)
- Bảo Lộc sơ kết thực hiện Quy định 213 (09/12/2024)
- Đam Rông: 100% thôn có chi bộ (02/12/2024)
""", "2024-12-24", "Tổng kết năm 2024: nhận xét đảng viên nơi cư trú đi vào thực chất",
E("tong_ket", "2024", "2024-12-23"),
[P("Đặng Trí Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("K' Mák", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ka Hiền", "HUV", "Trưởng Ban Tổ chức Huyện ủy Lạc Dương"),
 P("Nguyễn Thị Hương", "Bí thư Đảng ủy phường 4")],
[Q("24.318 đảng viên", 24318, "đảng viên"), Q("23.907 đảng viên", 23907, "đảng viên"), Q("98,3%", 98.3, "%"),
 Q("1.463 thôn, tổ dân phố", 1463, "thôn, tổ dân phố"), Q("76 đảng viên", 76, "đảng viên"), Q("9 trường hợp", 9, "trường hợp"),
 Q("137 hộ", 137, "hộ"), Q("52 ha", 52, "ha"), Q("trên 600 việc làm", 600, "việc làm", "over"), Q("11 tập thể", 11, "tập thể"),
 Q("17 cá nhân xuất sắc", 17, "cá nhân xuất sắc"), Q("2 triệu đồng", 2000000, "đồng"), Q("2.146 đảng viên mới", 2146, "đảng viên mới"),
 Q("712 đảng viên", 712, "đảng viên"), Q("8 huyện, thành phố", 8, "huyện, thành phố")],
[D("Quy định", "1254", "QĐ/TU", "2024-03-15", "Ban Thường vụ Tỉnh ủy", "Quy định số 1254-QĐ/TU ngày 15/3/2024"),
 D("Kết luận", "21", "KL/TW", None, "BCH Trung ương", "Kết luận 21-KL/TW"),
 D("Quy định", "144", "QĐ/TW", None, "Bộ Chính trị", "Quy định 144-QĐ/TW"),
 D("Hướng dẫn", "58", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn 58, 59-HD/BTCTU"),
 D("Hướng dẫn", "59", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn 58, 59-HD/BTCTU"),
 D("Kết luận", "118", "KL/TW", None, "Bộ Chính trị", "Kết luận 118-KL/TW")],
[prov("Lâm Đồng"), com("phường 4")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ - Chính trị - Xây dựng Đảng", "Toàn cảnh hội nghị.", "mỗi đảng viên cư trú một việc làm vì cộng đồng"],
["24/12/2024 06:00", "năm 2024", "năm 2025", "nhiệm kỳ 2025 - 2030", "khóa XIII"]))
