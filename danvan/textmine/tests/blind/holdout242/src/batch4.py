from lib import *
PAGES = []

PAGES.append(page("b5783-hanoi-khuongdinh-mttq-daihoi-2024", """
QUẬN THANH XUÂN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Mặt trận - Đoàn thể
10/05/2024 - 14:35
Đại hội đại biểu MTTQ Việt Nam phường Khương Đình lần thứ XVIII, nhiệm kỳ 2024 - 2029
Ngày 9/5/2024, Ủy ban MTTQ Việt Nam phường Khương Đình, quận Thanh Xuân, thành phố Hà Nội tổ chức Đại hội đại biểu MTTQ Việt Nam phường lần thứ XVIII, nhiệm kỳ 2024 - 2029. Đây là đại hội điểm cấp cơ sở của quận. Dự đại hội có đồng chí La Thị Hồng Nhung, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận Thanh Xuân; đồng chí Trần Quốc Dũng, Bí thư Đảng ủy phường Khương Đình cùng 150 đại biểu chính thức đại diện cho hơn 31.000 người dân của 15 tổ dân phố.
Các đại biểu biểu quyết thông qua danh sách Ủy ban MTTQ phường khóa mới.
Báo cáo nhiệm kỳ 2019 - 2024 cho thấy, Mặt trận phường đã chủ trì phối hợp tổ chức thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; 96,8% hộ gia đình đạt danh hiệu gia đình văn hóa, 15/15 tổ dân phố đạt danh hiệu tổ dân phố văn hóa. Quỹ "Vì người nghèo" phường vận động được trên 2,1 tỷ đồng, hỗ trợ xây, sửa 11 căn nhà và thăm hỏi 1.850 lượt hộ nghèo, hộ cận nghèo. Mặt trận phường tổ chức 26 cuộc giám sát, 5 hội nghị phản biện xã hội, đưa ra 41 kiến nghị được tiếp thu.
Đại hội đã thảo luận về thực hiện Luật Thực hiện dân chủ ở cơ sở, Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của BCH Trung ương khóa IX về công tác dân tộc, Hướng dẫn số 43/HD-MTTW-BTT ngày 22/9/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức đại hội Mặt trận các cấp nhiệm kỳ 2024 - 2029 và Kế hoạch số 218-KH/ĐU ngày 10/10/2023 của Đảng ủy phường Khương Đình.
Đại hội hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam phường khóa XVIII. Tại hội nghị lần thứ nhất, ông Triệu Văn Hải, người dân tộc Dao, được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường Khương Đình khóa XVIII; các ông, bà Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Vũ Thị Thanh Hà, Kiều Văn Nghĩa. Ban Thường trực gồm 5 vị. Đại hội cũng hiệp thương cử 6 đại biểu dự Đại hội đại biểu MTTQ Việt Nam quận Thanh Xuân lần thứ XXI.
Phát biểu chỉ đạo, đồng chí Trần Quốc Dũng đề nghị Mặt trận phường nhiệm kỳ mới phát huy vai trò 15 Ban công tác Mặt trận, phấn đấu mỗi năm có ít nhất 2 mô hình tự quản mới; vận động nhân dân tham gia chỉnh trang 8 tuyến ngõ, giữ gìn vệ sinh môi trường sông Tô Lịch; tiếp tục triển khai Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận.
Đồng chí La Thị Hồng Nhung ghi nhận Khương Đình là phường có nhiều khu tập thể cũ, dân cư đông, có khoảng 3.500 người thuê trọ; đề nghị Mặt trận phường quan tâm công tác nắm tình hình, tập hợp người lao động tự do, người ngoại tỉnh vào các hoạt động của khu dân cư. Quận Thanh Xuân có 11 phường tổ chức đại hội Mặt trận trong tháng 5/2024, hoàn thành trước ngày 31/5.
Đại hội đã thông qua Nghị quyết và Chương trình hành động nhiệm kỳ 2024 - 2029 với 5 chỉ tiêu chủ yếu.
Ngọc Lan
Tin liên quan
- Phường Hạ Đình tổ chức Đại hội Mặt trận điểm (06/05/2024)
- Thanh Xuân: 500 suất quà trao hộ nghèo dịp 30/4 (26/04/2024)
""", "2024-05-10", "Đại hội đại biểu MTTQ Việt Nam phường Khương Đình lần thứ XVIII, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-05-09"),
[P("La Thị Hồng Nhung", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận Thanh Xuân"),
 P("Trần Quốc Dũng", "Bí thư Đảng ủy phường Khương Đình"),
 P("Triệu Văn Hải", "Chủ tịch Ủy ban MTTQ Việt Nam phường Khương Đình khóa XVIII"),
 P("Vũ Thị Thanh Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Kiều Văn Nghĩa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 31.000 người dân", 31000, "người dân", "over"),
 Q("15 tổ dân phố", 15, "tổ dân phố"), Q("96,8%", 96.8, "%"), Q("15/15 tổ dân phố", 15, "tổ dân phố"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("11 căn nhà", 11, "căn nhà"), Q("1.850 lượt hộ nghèo, hộ cận nghèo", 1850, "lượt hộ nghèo, hộ cận nghèo"),
 Q("26 cuộc giám sát", 26, "cuộc giám sát"), Q("5 hội nghị phản biện xã hội", 5, "hội nghị phản biện xã hội"),
 Q("41 kiến nghị", 41, "kiến nghị"), Q("45 vị", 45, "vị"), Q("5 vị", 5, "vị"), Q("6 đại biểu", 6, "đại biểu"),
 Q("15 Ban công tác Mặt trận", 15, "Ban công tác Mặt trận"), Q("ít nhất 2 mô hình tự quản mới", 2, "mô hình tự quản mới", "over"),
 Q("8 tuyến ngõ", 8, "tuyến ngõ"), Q("khoảng 3.500 người thuê trọ", 3500, "người thuê trọ", "approx"), Q("11 phường", 11, "phường"),
 Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu")],
[D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị"),
 D("Nghị quyết", "24", "NQ/TW", None, "BCH Trung ương khóa IX", "Nghị quyết số 24-NQ/TW của BCH Trung ương khóa IX"),
 D("Hướng dẫn", "43", "HD-MTTW-BTT", "2023-09-22", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 43/HD-MTTW-BTT ngày 22/9/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
 D("Kế hoạch", "218", "KH/ĐU", "2023-10-10", "Đảng ủy phường Khương Đình", "Kế hoạch số 218-KH/ĐU ngày 10/10/2023 của Đảng ủy phường Khương Đình"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW của Ban Bí thư")],
[prov("Hà Nội"), com("Khương Đình")],
["QUẬN THANH XUÂN - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Các đại biểu biểu quyết thông qua danh sách Ủy ban MTTQ phường khóa mới.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Vì người nghèo", "Luật Thực hiện dân chủ ở cơ sở", "sông Tô Lịch"],
["10/05/2024 - 14:35", "lần thứ XVIII", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XVIII", "lần thứ nhất", "lần thứ XXI",
 "khóa IX", "mỗi năm", "tháng 5/2024"]))

PAGES.append(page("b5784-hcm-govap-giaoban-2024q3", """
Hôm nay: Thứ Bảy, 12/10/2024
Trang thông tin điện tử Quận ủy Gò Vấp
You are here: Trang chủ » Hoạt động » Dân vận
Thứ Sáu, 11/10/2024
Gò Vấp: vận động 98% hộ dân đồng thuận chỉnh trang hẻm, giao ban dân vận quý III
Chiều 10/10, Ban Dân vận Quận ủy Gò Vấp tổ chức giao ban công tác dân vận, Mặt trận và các đoàn thể chính trị - xã hội quý III/2024. Chủ trì có đồng chí Đoàn Thị Ngọc Dung, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy; đồng chí Kha Văn Tín, Quận ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Quận ủy.
Quang cảnh giao ban. Ảnh: BDV
Báo cáo quý III/2024 cho biết, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành Kế hoạch 276, 277-KH/QU về thực hiện Kết luận số 59-KL/TW ngày 31/7/2023 và về vận động nhân dân tham gia chỉnh trang đô thị; hướng dẫn 16 phường triển khai Chỉ thị số 01-CT/TU ngày 05/01/2024 của Ban Thường vụ Thành ủy TP Hồ Chí Minh về tăng cường công tác dân vận của chính quyền các cấp. Các phường đã vận động 1.472 hộ dân, đạt 98% số hộ, hiến đất, tháo dỡ vật kiến trúc để mở rộng 23 tuyến hẻm; nhân dân góp 14,6 tỷ đồng.
Trong quý, khối dân vận tổ chức 48 cuộc đối thoại với người dân, tiếp nhận 132 ý kiến; Mặt trận các phường giám sát 19 cuộc. Hội LHPN quận giải ngân 5,8 tỷ đồng cho 312 hội viên vay vốn; Quận Đoàn tổ chức 6 ngày hội việc làm thu hút hơn 2.000 lượt thanh niên.
Tại giao ban, đồng chí Thạch Sô Phal, Bí thư Đảng ủy phường 10, cho biết phường đã vận động 86 hộ ở hẻm 18 Quang Trung hiến 412 m2 đất; đồng chí Vương Ngọc Mai, Chủ tịch Ủy ban MTTQ Việt Nam phường 16, kiến nghị quận công khai quy trình hỗ trợ cho 14 hộ có hoàn cảnh khó khăn. Các đồng chí Phó Chủ tịch UBND quận Gò Vấp: Lê Hữu Phước, Nguyễn Thị Thùy Trang tiếp thu và giải đáp ý kiến.
Kết luận giao ban, đồng chí Đoàn Thị Ngọc Dung đề nghị quý IV/2024 tập trung tổ chức lấy ý kiến nhân dân vào dự thảo văn kiện Đại hội XIV của Đảng; thực hiện Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư ban hành Hướng dẫn khung để các cấp ủy tiếp tục đẩy mạnh việc phát huy vai trò của nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái; tổng kết phong trào "Dân vận khéo" năm 2024; vận động 2% hộ còn lại đồng thuận trước ngày 30/11.
Ban Dân vận Quận ủy cũng thông tin, trong quý III, quận tiếp nhận 3 vụ tụ tập đông người liên quan tranh chấp đất đai tại phường 12, phường 6; đã phối hợp giải quyết, ổn định tình hình. Gò Vấp hiện có khoảng 700.000 dân, là một trong những quận đông dân nhất TP Hồ Chí Minh nên công tác dân vận chính quyền, nắm tình hình nhân dân được xác định là nhiệm vụ thường xuyên.
Minh Thư
Lượt xem: 214
TIN CÙNG CHUYÊN MỤC
- Gò Vấp: đối thoại giữa Bí thư Quận ủy với nhân dân năm 2024 (26/09/2024)
- Phường 5 ra mắt mô hình "Hẻm xanh, sạch, an toàn" (12/09/2024)
""", "2024-10-11", "Gò Vấp: vận động 98% hộ dân đồng thuận chỉnh trang hẻm, giao ban dân vận quý III",
E("giao_ban", "2024-Q3", "2024-10-10"),
[P("Đoàn Thị Ngọc Dung", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy"),
 P("Kha Văn Tín", "Quận ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Quận ủy"),
 P("Thạch Sô Phal", "Bí thư Đảng ủy phường 10"),
 P("Vương Ngọc Mai", "Chủ tịch Ủy ban MTTQ Việt Nam phường 16"),
 P("Lê Hữu Phước", "Phó Chủ tịch UBND quận Gò Vấp"),
 P("Nguyễn Thị Thùy Trang", "Phó Chủ tịch UBND quận Gò Vấp")],
[Q("98%", 98, "%"), Q("16 phường", 16, "phường"), Q("1.472 hộ dân", 1472, "hộ dân"), Q("23 tuyến hẻm", 23, "tuyến hẻm"),
 Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("48 cuộc đối thoại", 48, "cuộc đối thoại"), Q("132 ý kiến", 132, "ý kiến"),
 Q("19 cuộc", 19, "cuộc"), Q("5,8 tỷ đồng", 5800000000, "đồng"), Q("312 hội viên", 312, "hội viên"),
 Q("6 ngày hội việc làm", 6, "ngày hội việc làm"), Q("hơn 2.000 lượt thanh niên", 2000, "lượt thanh niên", "over"),
 Q("86 hộ", 86, "hộ"), Q("412 m2", 412, "m2"), Q("14 hộ có hoàn cảnh khó khăn", 14, "hộ"), Q("2% hộ", 2, "%"),
 Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"), Q("khoảng 700.000 dân", 700000, "dân", "approx")],
[D("Kế hoạch", "276", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 276, 277-KH/QU"),
 D("Kế hoạch", "277", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 276, 277-KH/QU"),
 D("Kết luận", "59", "KL/TW", "2023-07-31", None, "Kết luận số 59-KL/TW ngày 31/7/2023"),
 D("Chỉ thị", "01", "CT/TU", "2024-01-05", "Ban Thường vụ Thành ủy TP Hồ Chí Minh", "Chỉ thị số 01-CT/TU ngày 05/01/2024 của Ban Thường vụ Thành ủy TP Hồ Chí Minh"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư")],
[prov("Hồ Chí Minh"), com("phường 10"), com("phường 16"), com("phường 12"), com("phường 6")],
["Hôm nay: Thứ Bảy, 12/10/2024", "Trang thông tin điện tử Quận ủy Gò Vấp", "You are here: Trang chủ » Hoạt động » Dân vận",
 "Quang cảnh giao ban. Ảnh: BDV", "Dân vận khéo", "Quang Trung", "Lượt xem: 214"],
["Hôm nay: Thứ Bảy, 12/10/2024", "Thứ Sáu, 11/10/2024", "quý III/2024", "quý IV/2024", "Đại hội XIV", "năm 2024", "hẻm 18", "Lượt xem: 214"]))

PAGES.append(page("b5785-hanoi-phuonghoankiem-tongket-2025", """
ĐẢNG BỘ PHƯỜNG HOÀN KIẾM - THÀNH PHỐ HÀ NỘI
Trang chủ | Xây dựng Đảng | Dân vận
Ngày 19/12/2025 | 10:20
Toàn cảnh hội nghị tổng kết tại trụ sở Đảng ủy phường.
Phường Hoàn Kiếm: hệ thống chính trị hai cấp "gần dân, sát dân" sau 6 tháng vận hành
Sáng 18/12, Đảng ủy phường Hoàn Kiếm tổ chức hội nghị tổng kết công tác dân vận, Mặt trận và các tổ chức chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên phường Hoàn Kiếm mới được thành lập trên cơ sở sắp xếp 11 phường cũ, vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025.
Chủ trì hội nghị có đồng chí Phan Thị Kim Oanh, Thành ủy viên, Bí thư Đảng ủy phường Hoàn Kiếm; đồng chí Lã Đức Thịnh, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Hoàn Kiếm; đồng chí Âu Văn Bình, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường. Dự có đồng chí Hầu A Lềnh, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hà Nội.
Báo cáo cho biết, thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư và Nghị quyết số 202/2025/QH15 của Quốc hội, phường đã kiện toàn Ủy ban MTTQ Việt Nam phường gồm 68 ủy viên; các tổ chức chính trị - xã hội trực thuộc Mặt trận. Đảng ủy ban hành Nghị quyết chuyên đề số 05-NQ/ĐU ngày 20/8/2025 về công tác dân vận trong tình hình mới và Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy với Ủy ban MTTQ phường.
Năm 2025, Mặt trận phường vận động trên 3,4 tỷ đồng ủng hộ Quỹ "Vì người nghèo" và đồng bào bị thiệt hại do bão số 3, bão số 10; tham gia chương trình xóa nhà tạm, nhà dột nát của tỉnh Tuyên Quang với 20 căn nhà, mỗi căn 60 triệu đồng. 74 tổ dân phố tổ chức hội nghị nhân dân, 98,6% hộ gia đình tham gia. Trung tâm phục vụ hành chính công phường tiếp nhận 41.250 hồ sơ, đạt tỷ lệ hài lòng 99,1%.
Tại hội nghị, bà Hoàng Thị Mỷ, Tổ trưởng tổ dân phố số 9, chia sẻ kinh nghiệm vận động 126 hộ kinh doanh phố cổ không lấn chiếm vỉa hè; ông Giàng A Pao, sinh viên người Mông quê xã Mèo Vạc, tỉnh Tuyên Quang, thuê trọ trên địa bàn, cảm ơn phường đã hỗ trợ sinh viên dân tộc thiểu số.
Phát biểu kết luận, đồng chí Phan Thị Kim Oanh đề nghị năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, phục vụ tốt bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; thực hiện Quy định số 01-QĐi/ĐU của Đảng ủy phường về trách nhiệm tiếp dân của người đứng đầu; phấn đấu 100% tổ dân phố có mô hình "Dân vận khéo".
Dịp này, Đảng ủy phường tặng giấy khen cho 18 tập thể và 36 cá nhân tiêu biểu.
Hà My
Lượt xem: 1.962
Tin liên quan
- Phường Hoàn Kiếm tổ chức Ngày hội Đại đoàn kết ở 74 tổ dân phố (15/11/2025)
- 200 suất quà tặng đồng bào Tuyên Quang (02/10/2025)
""", "2025-12-19", 'Phường Hoàn Kiếm: hệ thống chính trị hai cấp "gần dân, sát dân" sau 6 tháng vận hành',
E("tong_ket", "2025", "2025-12-18"),
[P("Phan Thị Kim Oanh", "Thành ủy viên", "Bí thư Đảng ủy phường Hoàn Kiếm"),
 P("Lã Đức Thịnh", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hoàn Kiếm"),
 P("Âu Văn Bình", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Hầu A Lềnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hà Nội"),
 P("Hoàng Thị Mỷ", "Tổ trưởng tổ dân phố số 9"),
 P("Giàng A Pao")],
[Q("11 phường cũ", 11, "phường cũ"), Q("68 ủy viên", 68, "ủy viên"), Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("20 căn nhà", 20, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"), Q("74 tổ dân phố", 74, "tổ dân phố"), Q("98,6%", 98.6, "%"),
 Q("41.250 hồ sơ", 41250, "hồ sơ"), Q("99,1%", 99.1, "%"), Q("126 hộ kinh doanh", 126, "hộ kinh doanh"),
 Q("100% tổ dân phố", 100, "%"), Q("18 tập thể", 18, "tập thể"), Q("36 cá nhân tiêu biểu", 36, "cá nhân tiêu biểu")],
[D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15 của Quốc hội"),
 D("Nghị quyết", "05", "NQ/ĐU", "2025-08-20", "Đảng ủy", "Nghị quyết chuyên đề số 05-NQ/ĐU ngày 20/8/2025"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, None, "Quy chế phối hợp số 02-QC/ĐU"),
 D("Quy định", "01", "QĐi/ĐU", None, "Đảng ủy phường", "Quy định số 01-QĐi/ĐU của Đảng ủy phường")],
[prov("Hà Nội"), prov("Tuyên Quang"), com("Hoàn Kiếm"), com("Mèo Vạc")],
["ĐẢNG BỘ PHƯỜNG HOÀN KIẾM - THÀNH PHỐ HÀ NỘI", "Trang chủ | Xây dựng Đảng | Dân vận",
 "Toàn cảnh hội nghị tổng kết tại trụ sở Đảng ủy phường.", "gần dân, sát dân", "Vì người nghèo", "Dân vận khéo",
 "Nghị quyết Đại hội XIV của Đảng", "Trung tâm phục vụ hành chính công phường", "Lượt xem: 1.962"],
["Ngày 19/12/2025 | 10:20", "6 tháng", "năm 2025", "năm 2026", "năm đầu tiên", "bão số 3, bão số 10", "bão số 3", "khóa XVI", "số 9", "Lượt xem: 1.962"]))

PAGES.append(page("b5786-hcm-thudaumot-mttq-giamsat-2025", """
BÁO ĐIỆN TỬ ĐẠI ĐOÀN KẾT - CƠ QUAN CỦA UỶ BAN TRUNG ƯƠNG MTTQ VIỆT NAM
Mặt trận / Giám sát phản biện
21/11/2025 15:10 GMT+7
TP Hồ Chí Minh: Mặt trận phường Thủ Dầu Một giám sát việc giải quyết thủ tục hành chính sau sắp xếp
(Đại Đoàn Kết) - Ngày 20/11, Ban Thường trực Ủy ban MTTQ Việt Nam phường Thủ Dầu Một, TP Hồ Chí Minh tổ chức hội nghị thông báo kết quả giám sát chuyên đề năm 2025 về việc giải quyết thủ tục hành chính, cấp giấy chứng nhận quyền sử dụng đất cho người dân sau khi thực hiện chính quyền địa phương hai cấp.
Thành viên đoàn giám sát làm việc tại Trung tâm phục vụ hành chính công phường.
Phường Thủ Dầu Một mới được thành lập trên cơ sở sáp nhập các phường Phú Cường, Phú Thọ, Chánh Nghĩa, Hiệp Thành và một phần phường Phú Hòa của thành phố Thủ Dầu Một (tỉnh Bình Dương cũ), có hơn 178.000 người. Thực hiện Quyết định số 99/QĐ-MTTW-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 07/KH-MTTQ-BTT ngày 28/8/2025 của Ban Thường trực Ủy ban MTTQ phường, đoàn giám sát do bà Ksor H'Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Thủ Dầu Một làm trưởng đoàn đã giám sát trực tiếp tại Trung tâm phục vụ hành chính công phường và khảo sát 300 người dân.
Kết quả cho thấy, từ ngày 01/7 đến 31/10/2025, Trung tâm tiếp nhận 18.640 hồ sơ, giải quyết đúng và trước hạn 17.902 hồ sơ, đạt 96%; 738 hồ sơ trễ hạn, chủ yếu là hồ sơ đất đai phải chuyển từ cấp huyện cũ. Có 87,3% người được khảo sát hài lòng; 42 ý kiến phản ánh việc phải đi lại nhiều lần.
Phát biểu tại hội nghị, bà Đỗ Thị Hồng Vân, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Thủ Dầu Một, đề nghị UBND phường rà soát quy trình theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; công khai tiến độ xử lý từng hồ sơ trên Cổng dịch vụ công. Ông Lâm Quang Vinh, Phó Chủ tịch UBND phường tiếp thu, cam kết xử lý dứt điểm hồ sơ trễ hạn trước ngày 31/12/2025.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường kiêm Chủ tịch các tổ chức chính trị - xã hội: Trịnh Văn Đức (Hội Cựu chiến binh), Nguyễn Thị Kiều Diễm (Hội LHPN) cũng đóng góp ý kiến. Đoàn giám sát đưa ra 7 kiến nghị, trong đó đề nghị bố trí thêm 4 công chức tại bộ phận một cửa.
Theo Ủy ban MTTQ Việt Nam TP Hồ Chí Minh, sau sắp xếp Thành phố có 168 đơn vị hành chính cấp xã; năm 2025 Mặt trận các phường, xã, đặc khu đã tổ chức trên 500 cuộc giám sát chuyên đề, thực hiện theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Quang Vinh
Tin liên quan
- Phường Dĩ An đối thoại với công nhân khu công nghiệp (14/11/2025)
- Mặt trận phường Vũng Tàu trao 300 phần quà cho ngư dân (05/11/2025)
""", "2025-11-21", "TP Hồ Chí Minh: Mặt trận phường Thủ Dầu Một giám sát việc giải quyết thủ tục hành chính sau sắp xếp",
E("giam_sat", "2025", "2025-11-20"),
[P("Ksor H'Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Thủ Dầu Một"),
 P("Đỗ Thị Hồng Vân", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thủ Dầu Một"),
 P("Lâm Quang Vinh", "Phó Chủ tịch UBND phường"),
 P("Trịnh Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường kiêm Chủ tịch các tổ chức chính trị - xã hội"),
 P("Nguyễn Thị Kiều Diễm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường kiêm Chủ tịch các tổ chức chính trị - xã hội")],
[Q("hơn 178.000 người", 178000, "người", "over"), Q("300 người dân", 300, "người dân"), Q("18.640 hồ sơ", 18640, "hồ sơ"),
 Q("17.902 hồ sơ", 17902, "hồ sơ"), Q("96%", 96, "%"), Q("738 hồ sơ trễ hạn", 738, "hồ sơ trễ hạn"), Q("87,3%", 87.3, "%"),
 Q("42 ý kiến", 42, "ý kiến"), Q("7 kiến nghị", 7, "kiến nghị"), Q("4 công chức", 4, "công chức"),
 Q("168 đơn vị hành chính cấp xã", 168, "đơn vị hành chính cấp xã"), Q("trên 500 cuộc giám sát chuyên đề", 500, "cuộc giám sát chuyên đề", "over")],
[D("Quyết định", "99", "QĐ-MTTW-BTT", "2025-08-15", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 99/QĐ-MTTW-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", "2025-08-28", "Ban Thường trực Ủy ban MTTQ phường", "Kế hoạch số 07/KH-MTTQ-BTT ngày 28/8/2025 của Ban Thường trực Ủy ban MTTQ phường"),
 D("Nghị định", "118", "2025/NĐ-CP", "2025-06-09", "Chính phủ", "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), com("Thủ Dầu Một"), com("Phú Cường"), com("Phú Thọ"), com("Chánh Nghĩa"), com("Hiệp Thành"), com("Phú Hòa")],
["BÁO ĐIỆN TỬ ĐẠI ĐOÀN KẾT - CƠ QUAN CỦA UỶ BAN TRUNG ƯƠNG MTTQ VIỆT NAM", "Mặt trận / Giám sát phản biện", "(Đại Đoàn Kết)",
 "Thành viên đoàn giám sát làm việc tại Trung tâm phục vụ hành chính công phường.", "Cổng dịch vụ công", "Hội Cựu chiến binh", "Hội LHPN"],
["21/11/2025 15:10 GMT+7", "năm 2025", "từ ngày 01/7 đến 31/10/2025"]))

PAGES.append(page("b5787-hanoi-cuanam-hoinghi-dvk-2026", """
BÁO HÀ NỘI MỚI
Thời sự | Hà Nội | Phường - xã
16/1/2026 | 08:05
Ảnh: Lãnh đạo phường Cửa Nam trao giấy khen cho các điển hình.
Phường Cửa Nam biểu dương 40 điển hình "Dân vận khéo" năm 2025
(HNM) - Chiều 15/1, Đảng ủy phường Cửa Nam (thành phố Hà Nội) tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2025. Đồng chí Mai Quốc Toàn, Thành ủy viên, Bí thư Đảng ủy phường Cửa Nam chủ trì hội nghị; dự có đồng chí Sùng A Chớ, Phó Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Thành ủy Hà Nội.
Báo cáo do đồng chí Tăng Thị Bích Thủy, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường trình bày cho biết, năm 2025, thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của BCH Trung ương và Kế hoạch số 14-KH/ĐU ngày 08/8/2025 của Ban Thường vụ Đảng ủy phường, 100% chi bộ, 52 tổ dân phố đã đăng ký mô hình; đã có 40 điển hình tiêu biểu gồm 16 tập thể, 24 cá nhân. Nhiều mô hình gắn với chuyển đổi số như "Tổ dân phố số", "Chợ văn minh thương mại", thu hút trên 9.000 người dân tham gia.
Trong năm, nhân dân phường đóng góp gần 2,6 tỷ đồng chỉnh trang 17 ngõ, lắp 340 camera giám sát an ninh; vận động 215 hộ kinh doanh ký cam kết không lấn chiếm vỉa hè khu vực ga Hà Nội. Hội Cựu chiến binh phường vận động 96 hội viên đóng góp ngày công; Đoàn Thanh niên phường tổ chức 12 đợt tình nguyện "Ngày thứ Bảy tình nguyện".
Tại hội nghị, nhiều điển hình chia sẻ kinh nghiệm. Ông Đặng Hữu Nghĩa, Tổ trưởng tổ dân phố số 6, kể việc đi từng nhà vận động 38 hộ trong ngõ Cấm Chỉ hiến đất mở ngõ; bà Nùng Thị Dịu, người dân tộc Tày, Chi hội trưởng Chi hội Phụ nữ tổ dân phố số 12, giới thiệu mô hình "Bữa cơm 0 đồng" với hơn 3.600 suất cơm mỗi năm. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Cửa Nam: Phí Văn Hưng, Ông Thị Ngọc Lan đề nghị nhân rộng các mô hình tiêu biểu.
Phát biểu, đồng chí Sùng A Chớ đánh giá cao sự chủ động của phường trong năm đầu vận hành chính quyền địa phương hai cấp; đề nghị phường tiếp tục thực hiện Chỉ thị số 46-CT/TW ngày 22/01/2025 của Ban Bí thư về tăng cường công tác dân vận trong tình hình mới và Quyết định 130, 131-QĐ/TU của Thành ủy Hà Nội.
Kết luận, đồng chí Mai Quốc Toàn yêu cầu năm 2026 mỗi tổ dân phố có ít nhất một mô hình mới, chú trọng vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Phường trao giấy khen và tiền thưởng 1 triệu đồng cho mỗi tập thể, 500.000 đồng cho mỗi cá nhân.
Phương Linh
Tin liên quan
- Phường Cửa Nam tổng kết công tác Mặt trận năm 2025 (26/12/2025)
- 200 suất quà Tết cho hộ cận nghèo phường Cửa Nam (10/01/2026)
- Phường Ba Đình đối thoại với người dân (08/01/2026)
""", "2026-01-16", 'Phường Cửa Nam biểu dương 40 điển hình "Dân vận khéo" năm 2025',
E("hoi_nghi", "2025", "2026-01-15"),
[P("Mai Quốc Toàn", "Thành ủy viên", "Bí thư Đảng ủy phường Cửa Nam"),
 P("Sùng A Chớ", "Phó Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Thành ủy Hà Nội"),
 P("Tăng Thị Bích Thủy", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Đặng Hữu Nghĩa", "Tổ trưởng tổ dân phố số 6"),
 P("Nùng Thị Dịu", "Chi hội trưởng Chi hội Phụ nữ tổ dân phố số 12"),
 P("Phí Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Cửa Nam"),
 P("Ông Thị Ngọc Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Cửa Nam")],
[Q("100%", 100, "%"), Q("52 tổ dân phố", 52, "tổ dân phố"),
 Q("40 điển hình tiêu biểu", 40, "điển hình tiêu biểu"), Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân"),
 Q("trên 9.000 người dân", 9000, "người dân", "over"), Q("gần 2,6 tỷ đồng", 2600000000, "đồng", "approx"), Q("17 ngõ", 17, "ngõ"),
 Q("340 camera giám sát an ninh", 340, "camera giám sát an ninh"), Q("215 hộ kinh doanh", 215, "hộ kinh doanh"),
 Q("96 hội viên", 96, "hội viên"), Q("12 đợt tình nguyện", 12, "đợt tình nguyện"), Q("38 hộ", 38, "hộ"),
 Q("hơn 3.600 suất cơm", 3600, "suất cơm", "over"), Q("1 triệu đồng", 1000000, "đồng"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của BCH Trung ương"),
 D("Kế hoạch", "14", "KH/ĐU", "2025-08-08", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 14-KH/ĐU ngày 08/8/2025 của Ban Thường vụ Đảng ủy phường"),
 D("Chỉ thị", "46", "CT/TW", "2025-01-22", "Ban Bí thư", "Chỉ thị số 46-CT/TW ngày 22/01/2025 của Ban Bí thư"),
 D("Quyết định", "130", "QĐ/TU", None, "Thành ủy Hà Nội", "Quyết định 130, 131-QĐ/TU của Thành ủy Hà Nội"),
 D("Quyết định", "131", "QĐ/TU", None, "Thành ủy Hà Nội", "Quyết định 130, 131-QĐ/TU của Thành ủy Hà Nội")],
[prov("Hà Nội"), com("Cửa Nam")],
["BÁO HÀ NỘI MỚI", "Thời sự | Hà Nội | Phường - xã", "Ảnh: Lãnh đạo phường Cửa Nam trao giấy khen cho các điển hình.", "(HNM)",
 "Dân vận khéo", "Tổ dân phố số", "Chợ văn minh thương mại", "Ngày thứ Bảy tình nguyện", "Bữa cơm 0 đồng", "Cấm Chỉ", "ga Hà Nội"],
["16/1/2026 | 08:05", "năm 2025", "năm 2026", "Bữa cơm 0 đồng", "mỗi năm", "khóa XVI", "nhiệm kỳ 2026 - 2031", "một mô hình mới", "số 6", "số 12"]))

PAGES.append(page("b5788-hcm-phuongsaigon-khac-2026", """
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG SÀI GÒN - TP HỒ CHÍ MINH
Trang chủ › Tin tức › Dân vận - Mặt trận
Ngày 20/03/2026 | 09:15
"Tổ dân vận số" - cầu nối giữa phường Sài Gòn với gần 50.000 cư dân
Sau hơn 8 tháng vận hành chính quyền hai cấp, phường Sài Gòn (TP Hồ Chí Minh) - được thành lập từ các phường Bến Nghé, Đa Kao và một phần phường Nguyễn Thái Bình của Quận 1 cũ - đang dần hình thành cách làm dân vận mới ở khu trung tâm, nơi có nhiều cao ốc văn phòng, khách sạn và người nước ngoài sinh sống.
Một buổi sinh hoạt của Tổ dân vận khu phố 5. Ảnh: Kim Ngân
Theo đồng chí Trương Minh Khoa, Phó Bí thư Thường trực Đảng ủy phường Sài Gòn, phường có gần 50.000 cư dân với 74 khu phố; thực hiện Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị và Kế hoạch số 22-KH/ĐU của Đảng ủy phường, mỗi khu phố đã lập một "Tổ dân vận số" gồm bí thư chi bộ, trưởng khu phố, trưởng ban công tác Mặt trận và 2 - 3 thanh niên tình nguyện. Các tổ lập 74 nhóm Zalo với hơn 21.000 thành viên, tiếp nhận trung bình 120 phản ánh mỗi tuần.
Bà Đinh Thị Hoa Ban, người dân tộc Mường, Trưởng khu phố 5, cho biết trước đây người dân phải lên phường phản ánh, nay chỉ cần nhắn tin; 90% phản ánh được trả lời trong 48 giờ. Ông Rơ Châm Y Sim, người Jrai, công tác tại một doanh nghiệp lữ hành, ở trọ tại khu phố 9, nhận xét cách làm này giúp người ngoại tỉnh nhanh chóng hòa nhập.
Đồng chí Lục Văn Thịnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Sài Gòn, Chủ tịch Hội Cựu chiến binh phường, cho biết Mặt trận dựa vào các tổ để giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP; năm 2025 đã chuyển 1.286 kiến nghị đến UBND phường, giải quyết xong 1.214 kiến nghị. Quỹ "Vì người nghèo" phường nhận trên 4,5 tỷ đồng từ 312 doanh nghiệp.
Ban Tuyên giáo và Dân vận Thành ủy TP Hồ Chí Minh đánh giá cao cách làm này; theo Hướng dẫn số 05-HD/BTGDVTU ngày 02/3/2026, mô hình sẽ được giới thiệu tới 168 phường, xã, đặc khu. Tuy vậy, ông Khoa cho rằng "số" không thay được "người": cán bộ vẫn phải đến từng nhà, nhất là với khoảng 1.100 người cao tuổi sống một mình không dùng điện thoại thông minh.
Theo kế hoạch, đến cuối năm 2026, phường phấn đấu 100% khu phố có "Tổ dân vận số" hoạt động hiệu quả và ít nhất 80% cư dân biết cách phản ánh qua ứng dụng của phường.
Phường cũng sẽ phối hợp với các doanh nghiệp, khách sạn trên địa bàn mở lớp hướng dẫn sử dụng điện thoại thông minh cho người cao tuổi, do đoàn viên thanh niên làm "trợ giảng" vào sáng Chủ nhật hằng tuần tại nhà văn hóa các khu phố.
Kim Ngân
Lượt xem: 3.145
Xem thêm
- Phường Sài Gòn ra mắt Ủy ban MTTQ phường khóa mới (10/07/2025)
- Phường Bến Thành đối thoại với tiểu thương chợ Bến Thành (15/03/2026)
""", "2026-03-20", '"Tổ dân vận số" - cầu nối giữa phường Sài Gòn với gần 50.000 cư dân',
E("khac", None, None),
[P("Trương Minh Khoa", "Phó Bí thư Thường trực Đảng ủy phường Sài Gòn"),
 P("Đinh Thị Hoa Ban", "Trưởng khu phố 5"),
 P("Rơ Châm Y Sim"),
 P("Lục Văn Thịnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Sài Gòn", "Chủ tịch Hội Cựu chiến binh phường")],
[Q("gần 50.000 cư dân", 50000, "cư dân", "approx"), Q("74 khu phố", 74, "khu phố"), Q("74 nhóm Zalo", 74, "nhóm Zalo"),
 Q("hơn 21.000 thành viên", 21000, "thành viên", "over"), Q("120 phản ánh", 120, "phản ánh"), Q("90%", 90, "%"),
 Q("1.286 kiến nghị", 1286, "kiến nghị"), Q("1.214 kiến nghị", 1214, "kiến nghị"), Q("trên 4,5 tỷ đồng", 4500000000, "đồng", "over"),
 Q("312 doanh nghiệp", 312, "doanh nghiệp"), Q("168 phường, xã, đặc khu", 168, "phường, xã, đặc khu"),
 Q("khoảng 1.100 người cao tuổi", 1100, "người cao tuổi", "approx"), Q("100% khu phố", 100, "%"), Q("ít nhất 80%", 80, "%", "over")],
[D("Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị", "Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị"),
 D("Kế hoạch", "22", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 22-KH/ĐU của Đảng ủy phường"),
 D("Nghị định", "59", "2023/NĐ-CP", None, None, "Nghị định số 59/2023/NĐ-CP"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", "2026-03-02", "Ban Tuyên giáo và Dân vận Thành ủy TP Hồ Chí Minh", "Hướng dẫn số 05-HD/BTGDVTU ngày 02/3/2026")],
[prov("Hồ Chí Minh"), com("Sài Gòn"), com("Bến Nghé"), com("Đa Kao"), com("Nguyễn Thái Bình")],
["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG SÀI GÒN - TP HỒ CHÍ MINH", "Trang chủ › Tin tức › Dân vận - Mặt trận",
 "Một buổi sinh hoạt của Tổ dân vận khu phố 5. Ảnh: Kim Ngân", "Tổ dân vận số", "Vì người nghèo", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 3.145"],
["Ngày 20/03/2026 | 09:15", "hơn 8 tháng", "mỗi tuần", "48 giờ", "2 - 3 thanh niên tình nguyện", "năm 2025", "năm 2026", "Quận 1", "Lượt xem: 3.145"]))
