from lib import *
PAGES = []

PAGES.append(page("b4085-thaibinh-sapnhapthon-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VŨ HÒA - HUYỆN KIẾN XƯƠNG - TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận và các đoàn thể
Ngày đăng 12/10/2018 | 15:40
Xã Vũ Hòa lấy ý kiến cử tri về việc sáp nhập 14 thôn thành 6 thôn
Trong 2 ngày 9 và 10/10/2018, Ban Thường trực Ủy ban MTTQ xã Vũ Hòa phối hợp với UBND xã tổ chức hội nghị cử tri tại các thôn để lấy ý kiến về Đề án sáp nhập, đổi tên thôn trên địa bàn xã năm 2018. Đồng chí Phạm Văn Thịnh, Bí thư Đảng ủy, Chủ tịch HĐND xã dự và chỉ đạo hội nghị tại thôn Đông Trung.
Ảnh: Cử tri thôn Đông Trung biểu quyết tại hội nghị.
Thực hiện Thông tư số 04/2012/TT-BNV ngày 31/8/2012 của Bộ Nội vụ và Kế hoạch số 62-KH/HU của Ban Thường vụ Huyện ủy Kiến Xương, Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 07-NQ/ĐU và kế hoạch số 19-KH/ĐU về sắp xếp thôn, xóm. Theo đề án, xã sẽ sáp nhập 14 thôn hiện có thành 6 thôn mới; sau sắp xếp giảm 8 trưởng thôn, 8 bí thư chi bộ và khoảng 40 chức danh không chuyên trách ở thôn, tiết kiệm ngân sách gần 380 triệu đồng mỗi năm.
Tổng số cử tri đại diện hộ gia đình của xã là 2.416 người; đã có 2.307 cử tri tham gia ý kiến, đạt 95,49%. Trong đó 2.251 cử tri đồng ý, chiếm 97,57% số cử tri tham gia; 56 cử tri không đồng ý, chủ yếu ở thôn Nam Hưng và thôn Tân Lập, do lo ngại thay đổi tên thôn gắn với truyền thống dòng họ.
Phát biểu tại hội nghị thôn Đông Trung, ông Phạm Văn Thịnh giải thích: tên thôn mới được ghép từ tên các thôn cũ, nhà văn hóa, nghĩa trang, quỹ đất công ích của từng thôn vẫn giữ nguyên; việc sáp nhập để bộ máy gọn nhẹ, có điều kiện đầu tư hạ tầng tập trung. Bà Nguyễn Thị Huệ, Chủ tịch Ủy ban MTTQ xã, đề nghị các Ban công tác Mặt trận thôn tiếp tục gặp gỡ những hộ còn băn khoăn, nhất là các cụ cao tuổi, chức sắc trong họ tộc.
Các ông Bùi Văn Chiến, Trần Văn Lợi - Phó Chủ tịch Ủy ban MTTQ xã và ông Vũ Đình Cát, Bí thư Chi bộ thôn Đông Trung cùng 11 đồng chí trưởng Ban công tác Mặt trận đã ký cam kết vận động nhân dân đồng thuận. Ủy ban MTTQ xã đã tổng hợp 37 ý kiến góp ý về tên gọi thôn mới để báo cáo UBND huyện.
Theo kế hoạch, sau khi HĐND xã Vũ Hòa thông qua, hồ sơ đề án sẽ trình HĐND tỉnh Thái Bình xem xét tại kỳ họp cuối năm 2018. Cùng đợt, các xã Vũ Quý, Quang Bình cũng hoàn thành lấy ý kiến với tỷ lệ đồng thuận trên 96%.
Bài, ảnh: Minh Hằng
Số lượt xem: 1.204
Tin liên quan
- Kiến Xương: hội nghị triển khai sắp xếp thôn, tổ dân phố (28/09/2018)
- Hội Nông dân xã Vũ Hòa ra quân làm đường giao thông nội đồng (20/09/2018)
- Ủy ban MTTQ xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại thôn Tân Lập (14/09/2018)
- Xã Vũ Hòa trao 45 suất quà cho học sinh nghèo vượt khó (05/09/2018)
""", "2018-10-12", "Xã Vũ Hòa lấy ý kiến cử tri về việc sáp nhập 14 thôn thành 6 thôn",
E("hoi_nghi", None, "2018-10-09"),
[P("Phạm Văn Thịnh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Thị Huệ", "Chủ tịch Ủy ban MTTQ xã"),
 P("Bùi Văn Chiến", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Trần Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Vũ Đình Cát", "Bí thư Chi bộ thôn Đông Trung")],
[Q("14 thôn", 14, "thôn"), Q("6 thôn", 6, "thôn"), Q("8 trưởng thôn", 8, "trưởng thôn"), Q("8 bí thư chi bộ", 8, "bí thư chi bộ"),
 Q("khoảng 40 chức danh", 40, "chức danh không chuyên trách", "approx"), Q("gần 380 triệu đồng", 380000000, "đồng", "approx"),
 Q("2.416 người", 2416, "người"), Q("2.307 cử tri", 2307, "cử tri"), Q("95,49%", 95.49, "%"), Q("2.251 cử tri", 2251, "cử tri"),
 Q("97,57%", 97.57, "%"), Q("56 cử tri", 56, "cử tri"), Q("11 đồng chí", 11, "đồng chí"), Q("37 ý kiến", 37, "ý kiến"),
 Q("trên 96%", 96, "%", "over")],
[D("Thông tư", "04", "2012/TT-BNV", "2012-08-31", "Bộ Nội vụ", "Thông tư số 04/2012/TT-BNV ngày 31/8/2012"),
 D("Kế hoạch", "62", "KH/HU", None, "Ban Thường vụ Huyện ủy Kiến Xương", "Kế hoạch số 62-KH/HU"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Kế hoạch", "19", "KH/ĐU", None, "Đảng ủy xã", "kế hoạch số 19-KH/ĐU")],
[prov("Thái Bình"), com("Vũ Hòa"), com("Vũ Quý"), com("Quang Bình")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VŨ HÒA - HUYỆN KIẾN XƯƠNG - TỈNH THÁI BÌNH", "Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận và các đoàn thể",
 "Ảnh: Cử tri thôn Đông Trung biểu quyết tại hội nghị.", "Đề án sáp nhập, đổi tên thôn", "Số lượt xem: 1.204"],
["Ngày đăng 12/10/2018 | 15:40", "Trong 2 ngày", "11 đồng chí", "năm 2018", "Số lượt xem: 1.204"]))

PAGES.append(page("b4086-hatinh-sapnhapxa-2019", """
BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH
Chính trị » Xây dựng Đảng » Mặt trận - Đoàn thể
27/12/2019 - 16:20
Toàn cảnh hội nghị công bố nghị quyết tại xã Tân Dân.
Hà Tĩnh công bố nghị quyết sáp nhập, thành lập 27 xã, thị trấn mới
(Baohatinh.vn) - Chiều 26/12, UBND tỉnh Hà Tĩnh tổ chức hội nghị công bố Nghị quyết số 819/NQ-UBTVQH14 ngày 21/11/2019 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã thuộc tỉnh; trao quyết định chỉ định Ban Chấp hành Đảng bộ, quyết định công nhận Ban Thường trực Ủy ban MTTQ các xã, thị trấn mới.
Theo nghị quyết, Hà Tĩnh sắp xếp 56 đơn vị hành chính cấp xã để thành lập 27 xã, thị trấn mới; sau sắp xếp, toàn tỉnh còn 229 đơn vị hành chính cấp xã, giảm 33 đơn vị. Có 1.134 cán bộ, công chức cấp xã dôi dư phải bố trí lại trong lộ trình 5 năm, trong đó 312 người đã được giải quyết chế độ nghỉ hưu trước tuổi, nghỉ thôi việc theo Nghị định số 108/2014/NĐ-CP và Nghị định 113/2018/NĐ-CP của Chính phủ.
Đồng chí Hoàng Văn Thiện, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, biểu dương sự đồng thuận cao của nhân dân: tại đợt lấy ý kiến cử tri tháng 7/2019, có trên 98% cử tri đại diện hộ gia đình ở các xã thuộc diện sắp xếp đồng ý với đề án. Đồng chí đề nghị Mặt trận và các đoàn thể "đi từng ngõ, gõ từng nhà", không để phát sinh điểm nóng về đất đai, tài sản công sau hợp nhất.
Ông Nguyễn Văn Thắng, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ xã Tân Dân (hợp nhất từ 2 xã Đức Dũng và Tân Dân cũ) cho biết: Ban Thường trực mới có 3 đồng chí, Ủy ban MTTQ xã có 41 ủy viên; 16 Ban công tác Mặt trận thôn được sắp xếp lại còn 9 ban. Bà Lê Thị Hoa, Chủ tịch Hội LHPN xã Tân Dân, cho biết hội đã hợp nhất 2.106 hội viên, thành lập 9 chi hội.
Phát biểu chỉ đạo, đồng chí Trần Văn Hòe, Phó Chủ tịch UBND tỉnh yêu cầu chính quyền các xã mới phải ổn định bộ máy trước ngày 01/01/2020, niêm phong, bàn giao hồ sơ, con dấu, tài sản đúng quy định; công khai việc sử dụng trụ sở dôi dư, ưu tiên chuyển thành nhà văn hóa, trường học.
Trước đó, Ban Thường vụ Tỉnh ủy đã ban hành Đề án 04-ĐA/TU và Kế hoạch 114, 115-KH/TU về sắp xếp tổ chức bộ máy, đơn vị hành chính giai đoạn 2019 - 2021. Cùng ngày, các thị trấn Thiên Cầm, Vũ Quang và xã Kỳ Đồng tổ chức lễ ra mắt.
Thu Hà - Phan Trâm
Tin khác
- Lộc Hà: 100% cử tri xã Thạch Châu đồng ý sáp nhập (18/12/2019)
- Mặt trận huyện Can Lộc tổng kết công tác năm 2019 (16/12/2019)
- Đức Thọ trao 300 suất quà cho hộ nghèo (10/12/2019)
- Hội Nông dân tỉnh giao ban quý IV (05/12/2019)
""", "2019-12-27", "Hà Tĩnh công bố nghị quyết sáp nhập, thành lập 27 xã, thị trấn mới",
E("hoi_nghi", None, "2019-12-26"),
[P("Hoàng Văn Thiện", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Văn Thắng", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ xã Tân Dân"),
 P("Lê Thị Hoa", "Chủ tịch Hội LHPN xã Tân Dân"),
 P("Trần Văn Hòe", "Phó Chủ tịch UBND tỉnh")],
[Q("27 xã, thị trấn mới", 27, "xã, thị trấn mới"), Q("56 đơn vị hành chính cấp xã", 56, "đơn vị hành chính cấp xã"),
 Q("229 đơn vị hành chính cấp xã", 229, "đơn vị hành chính cấp xã"), Q("33 đơn vị", 33, "đơn vị"),
 Q("1.134 cán bộ, công chức cấp xã dôi dư", 1134, "cán bộ, công chức cấp xã dôi dư"), Q("312 người", 312, "người"),
 Q("trên 98%", 98, "%", "over"), Q("2 xã", 2, "xã"), Q("3 đồng chí", 3, "đồng chí"), Q("41 ủy viên", 41, "ủy viên"),
 Q("16 Ban công tác Mặt trận thôn", 16, "Ban công tác Mặt trận thôn"), Q("9 ban", 9, "ban"), Q("2.106 hội viên", 2106, "hội viên"),
 Q("9 chi hội", 9, "chi hội")],
[D("Nghị quyết", "819", "NQ-UBTVQH14", "2019-11-21", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 819/NQ-UBTVQH14 ngày 21/11/2019"),
 D("Nghị định", "108", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 108/2014/NĐ-CP"),
 D("Nghị định", "113", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 113/2018/NĐ-CP"),
 D("Đề án", "04", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án 04-ĐA/TU"),
 D("Kế hoạch", "114", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 114, 115-KH/TU"),
 D("Kế hoạch", "115", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 114, 115-KH/TU")],
[prov("Hà Tĩnh"), com("Tân Dân"), com("Đức Dũng"), com("Thiên Cầm"), com("Vũ Quang"), com("Kỳ Đồng")],
["BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH", "Chính trị » Xây dựng Đảng » Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị công bố nghị quyết tại xã Tân Dân.", "(Baohatinh.vn)", "đi từng ngõ, gõ từng nhà"],
["27/12/2019 - 16:20", "5 năm", "tháng 7/2019", "3 đồng chí", "01/01/2020", "2019 - 2021"]))

PAGES.append(page("b4087-hoabinh-mttq-xamoi-2020", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÒA BÌNH
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Mặt trận cơ sở
Thứ Tư, 04/03/2020
Ra mắt Ủy ban MTTQ Việt Nam xã Mường Động sau hợp nhất
Ngày 2/3/2020, Ủy ban MTTQ huyện Kim Bôi tổ chức hội nghị hiệp thương cử Ủy ban MTTQ Việt Nam xã Mường Động khóa I, nhiệm kỳ 2019 - 2024, trên cơ sở hợp nhất Ủy ban MTTQ 2 xã Kim Bình và Kim Sơn theo Nghị quyết số 830/NQ-UBTVQH14 ngày 17/12/2019 của Ủy ban Thường vụ Quốc hội.
Đồng chí Bùi Thị Nhài, Huyện ủy viên, Chủ tịch Ủy ban MTTQ huyện Kim Bôi dự và trao quyết định.
Ảnh: Các đồng chí trong Ban Thường trực ra mắt hội nghị.
Hội nghị đã hiệp thương cử 38 vị vào Ủy ban MTTQ xã, trong đó 9 vị là người dân tộc Mường tiêu biểu, 5 vị là người có uy tín, 4 vị là cán bộ hưu trí. Ủy ban đã hiệp thương cử Ban Thường trực gồm 3 vị: bà Bùi Thị Thu Hằng, Đảng ủy viên, giữ chức Chủ tịch Ủy ban MTTQ xã; các ông Quách Văn Dưỡng, Bạch Công Tuyến - Phó Chủ tịch Ủy ban MTTQ xã.
Theo báo cáo, xã Mường Động có diện tích tự nhiên hơn 3.700 ha, 21 xóm với 2.650 hộ, trên 10.200 nhân khẩu, trong đó đồng bào Mường chiếm 92%. Sau sáp nhập, 28 xóm cũ được sắp xếp còn 21 xóm; các chi hội đoàn thể được kiện toàn đồng bộ. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai ngay từ quý I; Quỹ "Vì người nghèo" của 2 xã cũ hợp nhất với số dư 126,5 triệu đồng.
Phát biểu nhận nhiệm vụ, bà Bùi Thị Thu Hằng cam kết Ủy ban MTTQ xã sẽ tập trung nắm bắt tâm tư của nhân dân các xóm sáp nhập, nhất là việc bố trí trụ sở, hội trường, nhà văn hóa; phối hợp chính quyền giải quyết dứt điểm 7 đơn thư tồn đọng của 2 xã cũ. Ông Bạch Công Thành, Bí thư Chi bộ, Trưởng xóm Bãi Chạo, phát biểu thay mặt nhân dân, mong muốn xã mới giữ gìn Lễ hội Khai hạ của người Mường.
Bà Bùi Thị Nhài đề nghị Ủy ban MTTQ xã sớm xây dựng Chương trình phối hợp và thống nhất hành động năm 2020, ban hành Quy chế hoạt động của Ủy ban theo Hướng dẫn số 12/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Cùng thời gian, huyện Kim Bôi (tỉnh Hòa Bình) hoàn thành kiện toàn Ủy ban MTTQ 4 xã mới hình thành sau sắp xếp là Mường Động, Đú Sáng, Hợp Tiến và Kim Lập.
Bài và ảnh: Đinh Thắng
Lượt truy cập: 3.518
Các tin đã đưa
- Lạc Sơn: hiệp thương cử Ủy ban MTTQ thị trấn Vụ Bản (28/02/2020)
- MTTQ tỉnh tặng 1.200 khẩu trang cho hộ nghèo (24/02/2020)
- Đà Bắc ra mắt 5 mô hình khu dân cư tự quản (17/02/2020)
- Sơ kết công tác Mặt trận quý I (10/02/2020)
- Kim Bôi: lấy ý kiến nhân dân về đề án sáp nhập xã, xóm (15/10/2019)
""", "2020-03-04", "Ra mắt Ủy ban MTTQ Việt Nam xã Mường Động sau hợp nhất",
E("hoi_nghi", None, "2020-03-02"),
[P("Bùi Thị Nhài", "Huyện ủy viên", "Chủ tịch Ủy ban MTTQ huyện Kim Bôi"),
 P("Bùi Thị Thu Hằng", "Đảng ủy viên", "Chủ tịch Ủy ban MTTQ xã"),
 P("Quách Văn Dưỡng", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Bạch Công Tuyến", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Bạch Công Thành", "Bí thư Chi bộ", "Trưởng xóm Bãi Chạo")],
[Q("2 xã", 2, "xã"), Q("38 vị", 38, "vị"), Q("9 vị", 9, "vị"), Q("5 vị", 5, "vị"), Q("4 vị", 4, "vị"), Q("3 vị", 3, "vị"),
 Q("hơn 3.700 ha", 3700, "ha", "over"), Q("21 xóm", 21, "xóm"), Q("2.650 hộ", 2650, "hộ"), Q("trên 10.200 nhân khẩu", 10200, "nhân khẩu", "over"),
 Q("92%", 92, "%"), Q("28 xóm", 28, "xóm"), Q("126,5 triệu đồng", 126500000, "đồng"), Q("7 đơn thư", 7, "đơn thư"),
 Q("100% khu dân cư", 100, "%"), Q("4 xã", 4, "xã")],
[D("Nghị quyết", "830", "NQ-UBTVQH14", "2019-12-17", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 830/NQ-UBTVQH14 ngày 17/12/2019"),
 D("Hướng dẫn", "12", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12/HD-MTTW-BTT")],
[prov("Hòa Bình"), com("Mường Động"), com("Kim Bình"), com("Kim Sơn"), com("Đú Sáng"), com("Hợp Tiến"), com("Kim Lập")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÒA BÌNH", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Mặt trận cơ sở",
 "Ảnh: Các đồng chí trong Ban Thường trực ra mắt hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo",
 "Lễ hội Khai hạ", "Lượt truy cập: 3.518"],
["Thứ Tư, 04/03/2020", "khóa I", "2019 - 2024", "quý I", "năm 2020", "Lượt truy cập: 3.518"]))

PAGES.append(page("b4088-caobang-bdv-soket-2020", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Trang chủ >> Tin tức >> Dân vận chính quyền
08:15 | 10/07/2020
Đồng chí Nông Thị Kim, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị. Ảnh: Thu Thảo
Nắm chắc tâm tư nhân dân ở các xã vừa sáp nhập
Sáng 8/7, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm, tập trung đánh giá công tác vận động nhân dân sau khi tỉnh sắp xếp đơn vị hành chính cấp huyện, cấp xã. Đồng chí Đàm Văn Pháo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Thực hiện Nghị quyết số 864/NQ-UBTVQH14 ngày 10/01/2020 của Ủy ban Thường vụ Quốc hội, từ ngày 01/3/2020 Cao Bằng giảm từ 199 xuống còn 161 đơn vị hành chính cấp xã, sáp nhập huyện Trà Lĩnh vào huyện Trùng Khánh, huyện Thông Nông vào huyện Hà Quảng, huyện Phục Hòa vào huyện Quảng Uyên thành huyện Quảng Hòa. Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 118-KH/TU và Hướng dẫn số 09-HD/BDVTU về công tác dân vận trong sắp xếp; 621 tổ dân vận xóm, tổ dân phố được kiện toàn.
Ảnh: Quang cảnh hội nghị sơ kết.
6 tháng qua, Ban Dân vận các cấp tiếp nhận 49 đơn thư, đã phối hợp giải quyết 43 đơn; tổ chức 112 cuộc đối thoại giữa người đứng đầu cấp ủy với nhân dân. Có 17 xóm, tổ dân phố phát sinh ý kiến về đặt tên, 2 vụ việc tranh chấp trụ sở xóm cũ, đều được hòa giải tại cơ sở. Nhân dân hiến gần 46.000 m2 đất làm đường, góp trên 3,2 tỷ đồng và 24.500 ngày công.
Tại hội nghị, đồng chí Hoàng Văn Sửu, HUV, Trưởng Ban Dân vận Huyện ủy Quảng Hòa; đồng chí Lục Thị Mai, Bí thư Đảng ủy thị trấn Tà Lùng, nêu khó khăn khi cán bộ dôi dư chờ bố trí, nhiều trụ sở bỏ trống. Ông Mã Văn Tằng, người có uy tín xóm Nà Giàng, xã Đức Long, đề nghị giữ tên xóm cũ gắn với lịch sử cách mạng.
Kết luận hội nghị, đồng chí Đàm Văn Pháo yêu cầu 6 tháng cuối năm tập trung chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025; tiếp tục thực hiện Kết luận 41, 42-KL/TU của Ban Thường vụ Tỉnh ủy; theo dõi, xử lý dứt điểm các kiến nghị của nhân dân ở 8 xã biên giới mới sáp nhập; nhân rộng ít nhất 30 mô hình "Dân vận khéo" cấp tỉnh.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho các đồng chí Nông Văn Pẻn, Đinh Thị Thoa, Chu Văn Kiểm, Trưởng khối dân vận xã.
Thu Thảo
Lượt xem: 642
Bài viết liên quan
- Hà Quảng: ra mắt Ban Thường trực Ủy ban MTTQ các xã mới (12/03/2020)
- Hòa An công bố nghị quyết sắp xếp 6 xã (02/03/2020)
- Giao ban khối dân vận quý I năm 2020 (20/02/2020)
- Trùng Khánh: vận động nhân dân hiến đất mở đường vào xóm Pác Ngà (11/02/2020)
- Bảo Lạc tổ chức đối thoại với người dân xã Cô Ba (04/02/2020)
""", "2020-07-10", "Nắm chắc tâm tư nhân dân ở các xã vừa sáp nhập",
E("so_ket", "2020-H1", "2020-07-08"),
[P("Nông Thị Kim", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàm Văn Pháo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Sửu", "HUV", "Trưởng Ban Dân vận Huyện ủy Quảng Hòa"),
 P("Lục Thị Mai", "Bí thư Đảng ủy thị trấn Tà Lùng"),
 P("Mã Văn Tằng", "người có uy tín xóm Nà Giàng"),
 P("Nông Văn Pẻn", "Trưởng khối dân vận xã"), P("Đinh Thị Thoa", "Trưởng khối dân vận xã"), P("Chu Văn Kiểm", "Trưởng khối dân vận xã")],
[Q("199", 199, "đơn vị hành chính cấp xã"), Q("161 đơn vị hành chính cấp xã", 161, "đơn vị hành chính cấp xã"),
 Q("621 tổ dân vận xóm, tổ dân phố", 621, "tổ dân vận xóm, tổ dân phố"), Q("49 đơn thư", 49, "đơn thư"), Q("43 đơn", 43, "đơn"),
 Q("112 cuộc đối thoại", 112, "cuộc đối thoại"), Q("17 xóm, tổ dân phố", 17, "xóm, tổ dân phố"), Q("2 vụ việc tranh chấp trụ sở xóm cũ", 2, "vụ việc tranh chấp trụ sở xóm cũ"),
 Q("gần 46.000 m2", 46000, "m2", "approx"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("24.500 ngày công", 24500, "ngày công"),
 Q("8 xã biên giới", 8, "xã biên giới"), Q("ít nhất 30 mô hình", 30, "mô hình \"Dân vận khéo\" cấp tỉnh", "over")],
[D("Nghị quyết", "864", "NQ-UBTVQH14", "2020-01-10", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 864/NQ-UBTVQH14 ngày 10/01/2020"),
 D("Kế hoạch", "118", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 118-KH/TU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, None, "Hướng dẫn số 09-HD/BDVTU"),
 D("Kết luận", "41", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 41, 42-KL/TU"),
 D("Kết luận", "42", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 41, 42-KL/TU")],
[prov("Cao Bằng"), com("Tà Lùng"), com("Đức Long")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Trang chủ >> Tin tức >> Dân vận chính quyền",
 "Đồng chí Nông Thị Kim, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị. Ảnh: Thu Thảo", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "Dân vận khéo", "Lượt xem: 642"],
["08:15 | 10/07/2020", "6 tháng đầu năm 2020", "6 tháng cuối năm", "01/3/2020", "2020 - 2025", "Lượt xem: 642"]))

PAGES.append(page("b4089-phutho-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY PHÚ THỌ - Cổng thông tin điện tử
Trang chủ › Hoạt động › Tin trong tỉnh
Cập nhật lúc 09:30 ngày 15/01/2021
Ảnh: Đồng chí Đỗ Minh Thái trao Bằng khen cho các tập thể.
Phú Thọ: 100% khu dân cư mới sau sáp nhập ổn định, đoàn kết
Ngày 13/01/2021, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Đỗ Minh Thái, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo. Đồng chí Hà Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2020, khối dân vận toàn tỉnh đã vận động nhân dân đồng thuận thực hiện Nghị quyết số 828/NQ-UBTVQH14 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã, theo đó tỉnh giảm 48 xã, từ 277 xuống còn 225 đơn vị hành chính cấp xã; trước đó đã sáp nhập 1.142 khu dân cư thành 524 khu dân cư mới. Tỷ lệ cử tri đồng ý với đề án đạt 97,3%.
Qua sắp xếp, toàn tỉnh có 1.216 cán bộ, công chức cấp xã dôi dư, đến nay đã bố trí, giải quyết chế độ cho 732 người, đạt 60,2%. Khối dân vận tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 29-CT/TU, 30-CT/TU và Quy định 1212-QĐ/TU về trách nhiệm người đứng đầu trong tiếp dân, đối thoại. Ban Dân vận các cấp đã tiếp nhận 236 đơn thư, kiến nghị, chuyển cơ quan chức năng giải quyết 221 đơn.
Phong trào thi đua "Dân vận khéo" có 3.650 mô hình, điển hình, trong đó 215 mô hình tiêu biểu cấp tỉnh. Nhân dân hiến trên 310.000 m2 đất, đóng góp khoảng 186 tỷ đồng xây dựng nông thôn mới.
Ảnh: Toàn cảnh hội nghị.
Tại hội nghị, đồng chí Đinh Công Sứ, Trưởng Ban Dân vận Huyện ủy Tân Sơn; đồng chí Hà Văn Ngọc, Bí thư Đảng ủy xã Lai Đồng và bà Đinh Thị Thanh, Trưởng khu 5, xã Thu Cúc chia sẻ kinh nghiệm vận động đồng bào Mường, Dao đồng thuận với tên gọi khu dân cư mới.
Phát biểu chỉ đạo, đồng chí Đỗ Minh Thái đề nghị năm 2021 tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; tiếp tục giải quyết chế độ cho số cán bộ dôi dư trong năm 2021; quan tâm cơ sở vật chất cho các nhà văn hóa khu dân cư sau sáp nhập.
Dịp này, 18 tập thể, 27 cá nhân được tặng Bằng khen của Ban Thường vụ Tỉnh ủy; đồng chí Đỗ Minh Thái trao Bằng khen cho các đồng chí Trần Thị Lan, Cao Văn Hùng, Trưởng Ban Dân vận Huyện ủy.
Thanh Nga
Số lần xem: 1.987
Tin khác
- Tam Nông: ra mắt 12 khu dân cư mới (05/01/2021)
- Khối dân vận tỉnh giao ban quý IV (25/12/2020)
- Thanh Sơn đối thoại với nhân dân xã Thắng Sơn (18/12/2020)
- Yên Lập: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (20/11/2020)
""", "2021-01-15", "Phú Thọ: 100% khu dân cư mới sau sáp nhập ổn định, đoàn kết",
E("tong_ket", "2020", "2021-01-13"),
[P("Đỗ Minh Thái", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Hà Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Sứ", "Trưởng Ban Dân vận Huyện ủy Tân Sơn"),
 P("Hà Văn Ngọc", "Bí thư Đảng ủy xã Lai Đồng"),
 P("Đinh Thị Thanh", "Trưởng khu 5"),
 P("Trần Thị Lan", "Trưởng Ban Dân vận Huyện ủy"), P("Cao Văn Hùng", "Trưởng Ban Dân vận Huyện ủy")],
[Q("100% khu dân cư", 100, "%"), Q("48 xã", 48, "xã"), Q("277", 277, "đơn vị hành chính cấp xã"), Q("225 đơn vị hành chính cấp xã", 225, "đơn vị hành chính cấp xã"),
 Q("1.142 khu dân cư", 1142, "khu dân cư"), Q("524 khu dân cư mới", 524, "khu dân cư mới"), Q("97,3%", 97.3, "%"),
 Q("1.216 cán bộ, công chức cấp xã dôi dư", 1216, "cán bộ, công chức cấp xã dôi dư"), Q("732 người", 732, "người"), Q("60,2%", 60.2, "%"),
 Q("236 đơn thư, kiến nghị", 236, "đơn thư, kiến nghị"), Q("221 đơn", 221, "đơn"), Q("3.650 mô hình, điển hình", 3650, "mô hình, điển hình"),
 Q("215 mô hình tiêu biểu cấp tỉnh", 215, "mô hình tiêu biểu cấp tỉnh"), Q("trên 310.000 m2", 310000, "m2", "over"),
 Q("khoảng 186 tỷ đồng", 186000000000, "đồng", "approx"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Nghị quyết", "828", "NQ-UBTVQH14", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 828/NQ-UBTVQH14"),
 D("Chỉ thị", "29", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 29-CT/TU"),
 D("Chỉ thị", "30", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "30-CT/TU"),
 D("Quy định", "1212", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 1212-QĐ/TU")],
[prov("Phú Thọ"), com("Lai Đồng"), com("Thu Cúc")],
["BAN DÂN VẬN TỈNH ỦY PHÚ THỌ - Cổng thông tin điện tử", "Trang chủ › Hoạt động › Tin trong tỉnh",
 "Ảnh: Đồng chí Đỗ Minh Thái trao Bằng khen cho các tập thể.", "Ảnh: Toàn cảnh hội nghị.", "Dân vận khéo", "Số lần xem: 1.987"],
["Cập nhật lúc 09:30 ngày 15/01/2021", "năm 2020", "năm 2021", "khu 5", "khóa XV", "2021 - 2026", "Số lần xem: 1.987"]))

PAGES.append(page("b4090-ninhbinh-giamsat-laykien-2025", """
Báo Ninh Bình điện tử
Thời sự | Chính trị | Mặt trận - Đoàn thể
Thứ Sáu, 25/04/2025 - 07:45
MTTQ tỉnh giám sát việc lấy ý kiến nhân dân về sắp xếp đơn vị hành chính
Ngày 23/4, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Bình do đồng chí Phạm Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc tổ chức lấy ý kiến cử tri về Đề án sắp xếp đơn vị hành chính cấp tỉnh, cấp xã tại xã Gia Sinh, Gia Tân và thị trấn Me.
Ảnh: Đoàn giám sát làm việc tại thôn Tập Ninh, xã Gia Sinh.
Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng, Nghị quyết số 76/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội và Kế hoạch 47-KH/TU của Ban Thường vụ Tỉnh ủy, tỉnh Ninh Bình dự kiến hợp nhất với tỉnh Hà Nam và tỉnh Nam Định, lấy tên là tỉnh Ninh Bình; toàn tỉnh sắp xếp 119 xã, phường, thị trấn thành 42 xã, phường. Việc lấy ý kiến được tổ chức từ ngày 17 đến 24/4 bằng hình thức phát phiếu tới hộ gia đình.
Tại xã Gia Sinh, đến ngày 22/4 đã phát 3.842 phiếu, thu về 3.806 phiếu, đạt 99,06%; số phiếu đồng ý với việc sắp xếp tỉnh là 3.771 phiếu, đồng ý với phương án sáp nhập xã là 3.690 phiếu, đạt 96,9%. Xã Gia Tân mới thu về hơn 85% số phiếu do nhiều người đi làm ăn xa; thị trấn Me còn 14 hộ chưa nhận phiếu.
Theo ông Đinh Văn Quỳnh, Chủ tịch Ủy ban MTTQ xã Gia Sinh, xã đã thành lập 11 tổ lấy ý kiến do trưởng ban công tác Mặt trận các thôn làm tổ trưởng, huy động 62 đoàn viên thanh niên hỗ trợ ghi phiếu cho người cao tuổi. Bà Phạm Thị Thêm, Bí thư Chi bộ, Trưởng thôn Tập Ninh, cho biết có cử tri băn khoăn về tên gọi xã mới, nơi làm thủ tục hành chính và việc đổi giấy tờ.
Kết luận buổi giám sát, bà Phạm Thị Thu Hà đề nghị các địa phương tuyệt đối không ghi phiếu thay, không "làm đẹp" số liệu; tổng hợp đầy đủ ý kiến khác nhau để báo cáo cấp trên; phát huy vai trò 1.465 người có uy tín, chức sắc tôn giáo trong tuyên truyền. Đoàn sẽ tổ chức giám sát tại 6 xã, phường khác trước ngày 28/4.
Tham gia đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Trần Văn Lưu, Đinh Thị Thu Hằng và đồng chí Hoàng Văn Khang, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh.
Minh Đường
Lượt đọc: 2.230
Tin liên quan
- Hà Nam, Nam Định, Ninh Bình thống nhất phương án hợp nhất tỉnh (16/04/2025)
- Nho Quan: cử tri đồng thuận cao với đề án sắp xếp xã (24/04/2025)
- Công bố dự thảo đề án sắp xếp đơn vị hành chính cấp xã (18/04/2025)
- Kim Sơn: Mặt trận các xã ven biển ra quân tuyên truyền về sắp xếp (15/04/2025)
- Ủy ban MTTQ tỉnh hội nghị lấy ý kiến góp ý dự thảo sửa đổi Hiến pháp (10/04/2025)
""", "2025-04-25", "MTTQ tỉnh giám sát việc lấy ý kiến nhân dân về sắp xếp đơn vị hành chính",
E("giam_sat", None, "2025-04-23"),
[P("Phạm Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Văn Quỳnh", "Chủ tịch Ủy ban MTTQ xã Gia Sinh"),
 P("Phạm Thị Thêm", "Bí thư Chi bộ", "Trưởng thôn Tập Ninh"),
 P("Trần Văn Lưu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Đinh Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Khang", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("119 xã, phường, thị trấn", 119, "xã, phường, thị trấn"), Q("42 xã, phường", 42, "xã, phường"), Q("3.842 phiếu", 3842, "phiếu"),
 Q("3.806 phiếu", 3806, "phiếu"), Q("99,06%", 99.06, "%"), Q("3.771 phiếu", 3771, "phiếu"), Q("3.690 phiếu", 3690, "phiếu"),
 Q("96,9%", 96.9, "%"), Q("hơn 85%", 85, "%", "over"), Q("14 hộ", 14, "hộ"), Q("11 tổ lấy ý kiến", 11, "tổ lấy ý kiến"),
 Q("62 đoàn viên thanh niên", 62, "đoàn viên thanh niên"), Q("1.465 người có uy tín, chức sắc tôn giáo", 1465, "người có uy tín, chức sắc tôn giáo"),
 Q("6 xã, phường", 6, "xã, phường")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Nghị quyết", "76", "2025/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 76/2025/UBTVQH15"),
 D("Kế hoạch", "47", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 47-KH/TU")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Gia Sinh"), com("Gia Tân"), com("Me")],
["Báo Ninh Bình điện tử", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát làm việc tại thôn Tập Ninh, xã Gia Sinh.",
 "làm đẹp", "Lượt đọc: 2.230"],
["Thứ Sáu, 25/04/2025 - 07:45", "từ ngày 17 đến 24/4", "ngày 22/4", "ngày 28/4", "Lượt đọc: 2.230"]))
