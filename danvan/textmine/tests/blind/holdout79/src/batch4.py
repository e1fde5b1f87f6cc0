from lib import *
PAGES = []

PAGES.append(page("b1871-hatinh-mttq-giamsat-2024", """
Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh
Trang chủ › Giám sát, phản biện xã hội
08:30 | 09/08/2024
Mặt trận tỉnh giám sát giải quyết đơn thư tại thị xã Kỳ Anh
Ngày 7/8/2024, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh do đồng chí Võ Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh của công dân tại UBND thị xã Kỳ Anh theo kế hoạch giám sát năm 2024.
Đoàn giám sát làm việc với UBND thị xã Kỳ Anh. Ảnh: Hải Đăng
Theo báo cáo, từ ngày 01/01/2023 đến ngày 30/6/2024, thị xã đã tiếp 1.218 lượt công dân với 863 vụ việc, trong đó có 11 đoàn đông người; tiếp nhận 947 đơn, số đơn đủ điều kiện xử lý là 812 đơn. Thuộc thẩm quyền, thị xã đã giải quyết 73/79 đơn khiếu nại và 9/10 đơn tố cáo. Phần lớn kiến nghị liên quan đến bồi thường, tái định cư cho khoảng 2.700 hộ dân Khu kinh tế Vũng Áng và ô nhiễm môi trường.
Thị xã thực hiện Luật Đất đai số 31/2024/QH15, Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất và Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về công tác giải phóng mặt bằng và về tiếp công dân của người đứng đầu.
Qua giám sát, đoàn chỉ ra 4 vụ việc giải quyết quá thời hạn quy định; một số xã, phường chưa niêm yết công khai lịch tiếp công dân; việc cập nhật dữ liệu lên Hệ thống cơ sở dữ liệu quốc gia về tiếp công dân chưa đầy đủ. Bà Nguyễn Thị Lan, Chủ tịch Ủy ban MTTQ phường Kỳ Trinh, cho biết phường còn 36 hộ chưa nhận đất tái định cư dù đã bàn giao mặt bằng từ năm 2021. Ông Trần Văn Khoa, Trưởng ban Thanh tra nhân dân xã Kỳ Lợi, kiến nghị công khai giá đất tái định cư 1,8 triệu đồng/m2 để người dân giám sát.
Ông Hồ Minh Đức, Phó Chủ tịch UBND thị xã, tiếp thu, cho biết thị xã đang xây dựng 3 khu tái định cư với tổng diện tích 42,5 ha, dự kiến bàn giao đất cho các hộ trước ngày 31/12/2024.
Kết luận, đồng chí Võ Thị Hồng Nhung đề nghị UBND thị xã giải quyết dứt điểm các vụ việc quá hạn trong quý III/2024; định kỳ 6 tháng một lần phối hợp với Mặt trận tổ chức đối thoại với người dân vùng dự án; thực hiện nghiêm Quy định số 11-QĐi/TW của Bộ Chính trị. Kết quả giám sát sẽ được gửi UBND tỉnh và HĐND tỉnh.
Sau buổi làm việc, đoàn đã khảo sát thực tế khu tái định cư Kỳ Trinh và nghe một số hộ dân trình bày trực tiếp những khó khăn sau khi chuyển đến nơi ở mới.
Minh Châu
Tin khác
- Hương Khê: đối thoại với 40 hộ dân về đất lâm nghiệp (30/07/2024)
- Hội nghị phản biện dự thảo quy định bảng giá đất (18/07/2024)
""", "2024-08-09", "Mặt trận tỉnh giám sát giải quyết đơn thư tại thị xã Kỳ Anh",
E("giam_sat", "2024", "2024-08-07"),
[P("Võ Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Lan", "Chủ tịch Ủy ban MTTQ phường Kỳ Trinh"),
 P("Trần Văn Khoa", "Trưởng ban Thanh tra nhân dân xã Kỳ Lợi"),
 P("Hồ Minh Đức", "Phó Chủ tịch UBND thị xã")],
[Q("1.218 lượt công dân", 1218, "lượt công dân"), Q("863 vụ việc", 863, "vụ việc"), Q("11 đoàn đông người", 11, "đoàn đông người"),
 Q("947 đơn", 947, "đơn"), Q("812 đơn", 812, "đơn"), Q("73/79 đơn khiếu nại", 73, "đơn khiếu nại"), Q("9/10 đơn tố cáo", 9, "đơn tố cáo"),
 Q("khoảng 2.700 hộ dân", 2700, "hộ dân", "approx"), Q("4 vụ việc", 4, "vụ việc"), Q("36 hộ", 36, "hộ"),
 Q("1,8 triệu đồng", 1800000, "đồng"), Q("3 khu tái định cư", 3, "khu tái định cư"), Q("42,5 ha", 42.5, "ha")],
[D("Luật", "31", "2024/QH15", None, None, "Luật Đất đai số 31/2024/QH15"),
 D("Nghị định", "88", "2024/NĐ-CP", "2024-07-15", "Chính phủ", "Nghị định số 88/2024/NĐ-CP ngày 15/7/2024"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Hà Tĩnh"), com("Kỳ Trinh"), com("Kỳ Lợi")],
["Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Trang chủ › Giám sát, phản biện xã hội", "Đoàn giám sát làm việc với UBND thị xã Kỳ Anh.",
 "Khu kinh tế Vũng Áng", "Hệ thống cơ sở dữ liệu quốc gia về tiếp công dân"],
["08:30 | 09/08/2024", "năm 2024", "01/01/2023", "30/6/2024", "từ năm 2021", "31/12/2024", "quý III/2024", "6 tháng một lần"]))

PAGES.append(page("b1872-binhdinh-mttq-daihoi-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH
Trang chủ >> Tin hoạt động >> Mặt trận cơ sở
Thứ Sáu, 18/10/2024 - 14:25
Đại hội đại biểu MTTQ Việt Nam huyện Hoài Ân lần thứ XIII
Ngày 17/10/2024, Ủy ban MTTQ Việt Nam huyện Hoài Ân, tỉnh Bình Định tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XIII, nhiệm kỳ 2024 - 2029. Dự đại hội có đồng chí Hồ Văn Hải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đinh Thị Xuân, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy và 150 đại biểu chính thức đại diện cho hơn 28.000 hội viên, đoàn viên và nhân dân các dân tộc trong huyện.
Toàn cảnh đại hội.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2019 - 2024, Mặt trận các cấp trong huyện đã tham gia 1.264 buổi tiếp công dân cùng chính quyền; tổ chức 186 hội nghị đối thoại; tiếp nhận 438 ý kiến, kiến nghị, chuyển cơ quan có thẩm quyền 412 ý kiến. Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng ở 15 xã, thị trấn đã giám sát 327 công trình; các tổ hòa giải hòa giải thành 492/534 vụ việc, đạt 92,1%, phần lớn là tranh chấp ranh giới đất, lối đi chung.
Mặt trận cũng vận động xây dựng 215 căn nhà Đại đoàn kết với tổng kinh phí hơn 10,7 tỷ đồng; vận động nhân dân hiến 38.600 m2 đất làm đường giao thông nông thôn. Việc giám sát, phản biện được thực hiện theo Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Tham luận tại đại hội, bà Đinh Thị Hoa, người dân tộc Bana, Chủ tịch Ủy ban MTTQ xã Ân Sơn, chia sẻ kinh nghiệm tổ chức đối thoại tại nhà rông, nhờ đó giải quyết xong 7 vụ tranh chấp đất rẫy kéo dài. Ông Nguyễn Văn Lành, Trưởng ban Công tác Mặt trận thôn Gia Đức, xã Ân Tín, phản ánh 12 hộ dân chưa được cấp giấy chứng nhận quyền sử dụng đất do vướng quy hoạch.
Phát biểu chỉ đạo, đồng chí Hồ Văn Hải đề nghị nhiệm kỳ mới Mặt trận huyện nâng cao chất lượng giám sát việc giải quyết đơn thư, phấn đấu 100% kiến nghị của cử tri được theo dõi đến khi có kết quả.
Đại hội đã hiệp thương cử 53 vị vào Ủy ban MTTQ Việt Nam huyện khóa XIII. Tại phiên họp thứ nhất, ông Đinh Văn Thắng được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện; bà Trương Thị Mỹ Lệ, ông Đặng Quốc Bảo giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện. Đại hội bầu 9 đại biểu dự Đại hội MTTQ Việt Nam tỉnh lần thứ XIII.
Đại hội cũng thông qua Chương trình hành động số 01-CTr/MTTQ nhiệm kỳ 2024 - 2029 với 5 chỉ tiêu chủ yếu, trong đó có chỉ tiêu mỗi năm phối hợp tổ chức đối thoại ở tất cả các xã, thị trấn.
Thanh Bình
Lượt xem: 415
Tin liên quan
- Đại hội MTTQ xã Ân Hữu nhiệm kỳ 2024 - 2029 (20/08/2024)
- Hoài Ân: trao 20 căn nhà Đại đoàn kết (15/07/2024)
""", "2024-10-18", "Đại hội đại biểu MTTQ Việt Nam huyện Hoài Ân lần thứ XIII",
E("dai_hoi", None, "2024-10-17"),
[P("Hồ Văn Hải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Xuân", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Ân Sơn"),
 P("Nguyễn Văn Lành", "Trưởng ban Công tác Mặt trận thôn Gia Đức"),
 P("Đinh Văn Thắng", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trương Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Đặng Quốc Bảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 28.000 hội viên, đoàn viên", 28000, "hội viên, đoàn viên", "over"),
 Q("1.264 buổi tiếp công dân", 1264, "buổi tiếp công dân"), Q("186 hội nghị đối thoại", 186, "hội nghị đối thoại"),
 Q("438 ý kiến, kiến nghị", 438, "ý kiến, kiến nghị"), Q("412 ý kiến", 412, "ý kiến"), Q("15 xã, thị trấn", 15, "xã, thị trấn"),
 Q("327 công trình", 327, "công trình"), Q("492/534 vụ việc", 492, "vụ việc"), Q("92,1%", 92.1, "%"),
 Q("215 căn nhà Đại đoàn kết", 215, "căn nhà Đại đoàn kết"), Q("hơn 10,7 tỷ đồng", 10700000000, "đồng", "over"),
 Q("38.600 m2", 38600, "m2"), Q("7 vụ tranh chấp đất rẫy", 7, "vụ tranh chấp đất rẫy"), Q("12 hộ dân", 12, "hộ dân"),
 Q("100%", 100, "%"), Q("53 vị", 53, "vị"), Q("9 đại biểu", 9, "đại biểu"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Chương trình hành động", "01", "CTr/MTTQ", None, None, "Chương trình hành động số 01-CTr/MTTQ")],
[prov("Bình Định"), com("Ân Sơn"), com("Ân Tín")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ >> Tin hoạt động >> Mặt trận cơ sở", "Toàn cảnh đại hội.", "Lượt xem: 415"],
["Thứ Sáu, 18/10/2024 - 14:25", "lần thứ XIII", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XIII", "phiên họp thứ nhất",
 "Lượt xem: 415"]))

PAGES.append(page("b1873-tuyenquang-xa-doithoai-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ YÊN MINH - TỈNH TUYÊN QUANG
Trang chủ | Tin tức | Hoạt động của Đảng ủy
Thứ Sáu, 24/10/2025, 16:05
Bí thư Đảng ủy xã Yên Minh đối thoại với nhân dân sau sáp nhập
Ngày 23/10/2025, Đảng ủy xã Yên Minh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Đây là cuộc đối thoại đầu tiên kể từ khi xã Yên Minh (mới) được thành lập trên cơ sở sáp nhập 3 xã với thị trấn huyện lỵ cũ, thực hiện chính quyền địa phương 2 cấp. Đồng chí Sùng Mí Chứ, Bí thư Đảng ủy xã chủ trì; cùng dự có đồng chí Vàng Thị Dế, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và đồng chí Lục Văn Thành, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang.
Đồng chí Sùng Mí Chứ trả lời ý kiến của người dân.
Sau sáp nhập, xã có 48 thôn, hơn 7.600 hộ với trên 34.000 nhân khẩu, chủ yếu là đồng bào Mông, Dao, Tày. Từ ngày 01/7/2025 đến nay, Trung tâm Phục vụ hành chính công xã đã tiếp nhận 4.126 hồ sơ; xã tiếp 93 lượt công dân, nhận 27 đơn kiến nghị, phản ánh, đã giải quyết 21 đơn, 6 đơn đang xác minh.
Tại hội nghị có 19 ý kiến. Ông Giàng Mí Pó, thôn Na Pô, phản ánh việc làm thủ tục đất đai phải đi xa hơn 30 km; bà Triệu Thị Mai, thôn Bản Lý, đề nghị giải quyết tranh chấp ranh giới đất rừng giữa thôn Bản Lý và thôn Khâu Vai, kéo dài từ năm 2019. Ông Lò Văn Sính, người có uy tín thôn Nà Chang, kiến nghị sớm hoàn thiện trụ sở thôn sau sáp nhập.
Trả lời, đồng chí Vàng Thị Dế cho biết xã đã bố trí 3 điểm tiếp nhận hồ sơ lưu động, mỗi tuần 2 ngày; việc giải quyết tranh chấp đất rừng thực hiện theo Luật Đất đai năm 2024, Nghị định số 102/2024/NĐ-CP của Chính phủ, xã sẽ thành lập tổ hòa giải liên thôn, hoàn thành trước ngày 30/11/2025. Xã dành 1,2 tỷ đồng để sửa chữa 6 nhà văn hóa thôn.
Kết luận, đồng chí Sùng Mí Chứ yêu cầu thực hiện nghiêm Quy định số 11-QĐi/TW của Bộ Chính trị, Kế hoạch số 15-KH/ĐU của Đảng ủy xã về tiếp dân và đối thoại; mọi kiến nghị phải được trả lời bằng văn bản trong 15 ngày làm việc. Đồng chí nhấn mạnh, mô hình chính quyền 2 cấp thực hiện theo Kết luận 137-KL/TW của Bộ Chính trị, Ban Bí thư và Nghị quyết số 202/2025/QH15 của Quốc hội phải thực sự gần dân, sát dân.
Nhiều ý kiến bày tỏ đồng tình với cách làm của xã; đề nghị đối thoại định kỳ mỗi quý một lần trong năm đầu vận hành chính quyền 2 cấp để kịp thời tháo gỡ vướng mắc cho người dân.
Sau hội nghị, Văn phòng Đảng ủy xã đã tổng hợp toàn bộ ý kiến, phân công từng bộ phận chuyên môn trả lời và niêm yết kết quả tại nhà văn hóa các thôn để người dân theo dõi.
Ban Xây dựng Đảng xã Yên Minh
Tin khác
- Xã Yên Minh ra mắt Trung tâm Phục vụ hành chính công (01/07/2025)
- Hội nghị triển khai Nghị quyết Đại hội Đảng bộ xã (10/09/2025)
""", "2025-10-24", "Bí thư Đảng ủy xã Yên Minh đối thoại với nhân dân sau sáp nhập",
E("doi_thoai", "2025", "2025-10-23"),
[P("Sùng Mí Chứ", "Bí thư Đảng ủy xã"),
 P("Vàng Thị Dế", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lục Văn Thành", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"),
 P("Giàng Mí Pó"), P("Triệu Thị Mai"),
 P("Lò Văn Sính", "người có uy tín thôn Nà Chang")],
[Q("3 xã", 3, "xã"), Q("48 thôn", 48, "thôn"), Q("hơn 7.600 hộ", 7600, "hộ", "over"), Q("trên 34.000 nhân khẩu", 34000, "nhân khẩu", "over"),
 Q("4.126 hồ sơ", 4126, "hồ sơ"), Q("93 lượt công dân", 93, "lượt công dân"), Q("27 đơn kiến nghị, phản ánh", 27, "đơn kiến nghị, phản ánh"),
 Q("21 đơn", 21, "đơn"), Q("6 đơn", 6, "đơn"), Q("19 ý kiến", 19, "ý kiến"), Q("hơn 30 km", 30, "km", "over"),
 Q("3 điểm tiếp nhận hồ sơ lưu động", 3, "điểm tiếp nhận hồ sơ lưu động"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("6 nhà văn hóa thôn", 6, "nhà văn hóa thôn")],
[D("Nghị định", "102", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 102/2024/NĐ-CP"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 137-KL/TW"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15")],
[prov("Tuyên Quang"), com("Yên Minh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ YÊN MINH - TỈNH TUYÊN QUANG", "Trang chủ | Tin tức | Hoạt động của Đảng ủy",
 "Đồng chí Sùng Mí Chứ trả lời ý kiến của người dân.", "Trung tâm Phục vụ hành chính công", "Luật Đất đai năm 2024",
 "Ban Xây dựng Đảng xã Yên Minh"],
["Thứ Sáu, 24/10/2025, 16:05", "năm 2025", "2 cấp", "01/7/2025", "từ năm 2019", "2 ngày", "30/11/2025", "15 ngày làm việc",
 "mỗi quý một lần", "năm đầu"]))

PAGES.append(page("b1874-vinhlong-xa-chandung-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự › Dân vận › Gương sáng
Cập nhật: 07:50, 19/12/2025 (GMT+7)
Ông Thạch Phol hòa giải mâu thuẫn trong sóc Khmer.
Người "giữ lửa" hòa giải ở ấp Sóc Chùa
Hơn 15 năm làm tổ trưởng tổ hòa giải, ông Thạch Phol ở ấp Sóc Chùa, xã Tập Sơn, tỉnh Vĩnh Long đã cùng các thành viên hòa giải thành hàng trăm vụ việc, nhiều nhất là tranh chấp đất đai, lối đi, ranh giới giữa các hộ đồng bào Khmer.
Năm nay 68 tuổi, ông Thạch Phol từng là Bí thư Chi bộ ấp, nay là người có uy tín trong đồng bào Khmer của xã. Tổ hòa giải của ông có 7 thành viên, trong đó có 1 vị sư cả và 2 cán bộ hưu trí. Theo sổ theo dõi, chỉ riêng từ năm 2020 đến nay, tổ đã tiếp nhận 64 vụ việc, hòa giải thành 59 vụ, không có vụ nào phát sinh đơn thư vượt cấp.
Ông Thạch Phol kể, vụ khó nhất là tranh chấp khoảng 800 m2 đất ruộng giữa hai anh em ruột trong ấp kéo dài 4 năm, đã có đơn gửi lên huyện. Ông đến nhà mỗi người hơn 10 lần, mời Đại đức Kim Sóc Ra, trụ trì chùa Sóc Chùa, cùng khuyên giải; cuối cùng hai bên đồng ý chia đôi diện tích, viết cam kết trước tổ hòa giải.
Bà Sơn Thị Sa Phia, Chủ tịch Ủy ban MTTQ xã Tập Sơn, cho biết: sau khi thực hiện chính quyền địa phương 2 cấp, xã Tập Sơn có 34 ấp với 31 tổ hòa giải; riêng năm 2025 các tổ đã hòa giải thành 96/108 vụ việc, đạt 88,9%. Xã thực hiện Luật Hòa giải ở cơ sở và Kế hoạch số 27-KH/ĐU của Đảng ủy xã về phát huy vai trò người có uy tín trong giải quyết mâu thuẫn ở cơ sở; mỗi vụ việc hòa giải thành, tổ được hỗ trợ 300.000 đồng theo Nghị quyết số 12/2025/NQ-HĐND của HĐND tỉnh.
Ông Kiên Sà Ranh, Phó Bí thư Thường trực Đảng ủy xã, nhận xét: "Những người như ông Phol là cánh tay nối dài của chính quyền; nhờ các tổ hòa giải mà lượng đơn thư gửi lên xã giảm rõ". Năm 2025, xã chỉ nhận 18 đơn liên quan đất đai, giảm 40% so với năm trước.
Với những đóng góp đó, ông Thạch Phol đã được Chủ tịch UBND tỉnh tặng bằng khen và được Ban Tuyên giáo và Dân vận Tỉnh ủy chọn là 1 trong 25 gương điển hình "Dân vận khéo" tiêu biểu năm 2025.
Nói về bí quyết, ông Thạch Phol cười hiền: "Phải nghe hết chuyện của người ta, nói bằng tiếng Khmer cho bà con hiểu, rồi mới khuyên". Trong căn nhà nhỏ của ông, cuốn sổ ghi chép hòa giải đã dày đến quyển thứ năm.
Tổ hòa giải của ông còn thường xuyên phối hợp với chi hội phụ nữ, chi đoàn thanh niên trong ấp tuyên truyền pháp luật đất đai bằng song ngữ Việt - Khmer trong các buổi sinh hoạt tại chùa, nhờ đó bà con hiểu rõ quyền và nghĩa vụ của mình.
Thanh Thảo
Tin liên quan
- Vĩnh Long biểu dương 120 người có uy tín tiêu biểu (10/12/2025)
- Xã Tập Sơn đối thoại với nhân dân năm 2025 (28/11/2025)
- Hội nghị tập huấn kỹ năng hòa giải ở cơ sở (14/11/2025)
""", "2025-12-19", 'Người "giữ lửa" hòa giải ở ấp Sóc Chùa',
E("khac", None, None),
[P("Thạch Phol", "tổ trưởng tổ hòa giải", "người có uy tín trong đồng bào Khmer của xã"),
 P("Kim Sóc Ra", "Đại đức", "trụ trì chùa Sóc Chùa"),
 P("Sơn Thị Sa Phia", "Chủ tịch Ủy ban MTTQ xã Tập Sơn"),
 P("Kiên Sà Ranh", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("7 thành viên", 7, "thành viên"), Q("2 cán bộ hưu trí", 2, "cán bộ hưu trí"), Q("64 vụ việc", 64, "vụ việc"), Q("59 vụ", 59, "vụ"),
 Q("khoảng 800 m2", 800, "m2", "approx"), Q("hơn 10 lần", 10, "lần", "over"), Q("34 ấp", 34, "ấp"), Q("31 tổ hòa giải", 31, "tổ hòa giải"),
 Q("96/108 vụ việc", 96, "vụ việc"), Q("88,9%", 88.9, "%"), Q("300.000 đồng", 300000, "đồng"), Q("18 đơn", 18, "đơn"),
 Q("40%", 40, "%"), Q("25 gương điển hình", 25, "gương điển hình")],
[D("Kế hoạch", "27", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 27-KH/ĐU"),
 D("Nghị quyết", "12", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2025/NQ-HĐND")],
[prov("Vĩnh Long"), com("Tập Sơn")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự › Dân vận › Gương sáng", "Ông Thạch Phol hòa giải mâu thuẫn trong sóc Khmer.", "Luật Hòa giải ở cơ sở",
 "Dân vận khéo", "ấp Sóc Chùa"],
["Cập nhật: 07:50, 19/12/2025 (GMT+7)", "Hơn 15 năm", "68 tuổi", "1 vị sư cả", "từ năm 2020", "4 năm", "2 cấp", "năm 2025",
 "1 trong 25", "quyển thứ năm"]))

PAGES.append(page("b1875-lamdong-btgdv-tongket-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng
Hôm nay: Thứ Sáu, 09/01/2026
Trang chủ » Tin tức » Dân vận chính quyền
Ngày đăng 08/01/2026 | 15:40
Tiếp dân, đối thoại gắn với vận hành chính quyền 2 cấp
Ngày 7/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác dân vận chính quyền, tiếp dân và đối thoại năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi tỉnh Lâm Đồng mới được thành lập trên cơ sở hợp nhất các tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Quang cảnh hội nghị tổng kết.
Theo báo cáo, năm 2025 toàn tỉnh tiếp 15.840 lượt công dân với 11.206 vụ việc; tiếp nhận 9.972 đơn, trong đó 1.134 đơn khiếu nại, 287 đơn tố cáo; tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt 91,6%. Người đứng đầu cấp ủy 124 xã, phường, đặc khu đã tổ chức 367 cuộc đối thoại với nhân dân. Số vụ tranh chấp đất đai giữa người dân với các công ty lâm nghiệp còn 142 vụ, giảm 58 vụ so với năm 2024.
Sáu tháng cuối năm, khi vận hành chính quyền địa phương 2 cấp, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 05-QĐ/TU về trách nhiệm của người đứng đầu cấp ủy cấp xã trong tiếp dân, đối thoại và Kế hoạch 22, 23-KH/TU thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị và về rà soát đơn thư tồn đọng chuyển từ cấp huyện. Ban cũng ban hành Hướng dẫn số 04-HD/BTGDVTU về nắm tình hình dư luận ở xã sau sáp nhập.
Tại hội nghị, bà Điểu Thị Mai, Phó Bí thư Thường trực Đảng ủy xã Đắk Mil, cho biết xã đã tiếp nhận 312 hồ sơ vụ việc từ huyện cũ chuyển về, đã giải quyết xong 276 hồ sơ. Ông Bố Xuân Hiền, Bí thư Đảng ủy xã Phan Sơn, người dân tộc Raglai, chia sẻ kinh nghiệm đối thoại tại nhà văn hóa thôn bằng tiếng dân tộc. Ông Nguyễn Đức Thịnh, Phó Chánh Thanh tra tỉnh, lưu ý thực hiện Luật Tiếp công dân và Nghị định số 55/2024/NĐ-CP về công tác tiếp công dân, xử lý đơn.
Phát biểu kết luận, đồng chí K'Mák đề nghị năm 2026 các xã, phường hoàn thành giải quyết 100% đơn thư tồn đọng chuyển từ cấp huyện trước ngày 30/6/2026; mỗi xã tổ chức ít nhất 2 cuộc đối thoại trong năm; tiếp tục thực hiện phong trào thi đua "Dân vận khéo".
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác dân vận chính quyền năm 2025.
Theo Ban Tuyên giáo và Dân vận Tỉnh ủy, năm 2026 sẽ tập trung kiểm tra việc tiếp dân của người đứng đầu ở các xã vùng sâu, vùng đồng bào dân tộc thiểu số, nơi còn nhiều vụ việc tranh chấp đất rừng phức tạp.
Ngọc Hân
Các tin khác
- Gặp mặt người có uy tín tiêu biểu năm 2025 (30/12/2025)
- Xã Đắk Mil đối thoại với 60 hộ dân (18/12/2025)
""", "2026-01-08", "Tiếp dân, đối thoại gắn với vận hành chính quyền 2 cấp",
E("tong_ket", "2025", "2026-01-07"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Mai", "Phó Bí thư Thường trực Đảng ủy xã Đắk Mil"),
 P("Bố Xuân Hiền", "Bí thư Đảng ủy xã Phan Sơn"),
 P("Nguyễn Đức Thịnh", "Phó Chánh Thanh tra tỉnh")],
[Q("15.840 lượt công dân", 15840, "lượt công dân"), Q("11.206 vụ việc", 11206, "vụ việc"), Q("9.972 đơn", 9972, "đơn"),
 Q("1.134 đơn khiếu nại", 1134, "đơn khiếu nại"), Q("287 đơn tố cáo", 287, "đơn tố cáo"), Q("91,6%", 91.6, "%"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("367 cuộc đối thoại", 367, "cuộc đối thoại"), Q("142 vụ", 142, "vụ"),
 Q("58 vụ", 58, "vụ"), Q("312 hồ sơ vụ việc", 312, "hồ sơ vụ việc"), Q("276 hồ sơ", 276, "hồ sơ"), Q("100%", 100, "%"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quy định", "05", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 05-QĐ/TU"),
 D("Kế hoạch", "22", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 22, 23-KH/TU"),
 D("Kế hoạch", "23", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 22, 23-KH/TU"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 04-HD/BTGDVTU"),
 D("Nghị định", "55", "2024/NĐ-CP", None, None, "Nghị định số 55/2024/NĐ-CP")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đắk Mil"), com("Phan Sơn")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "Trang chủ » Tin tức » Dân vận chính quyền", "Quang cảnh hội nghị tổng kết.",
 "Luật Tiếp công dân", "Dân vận khéo"],
["Hôm nay: Thứ Sáu, 09/01/2026", "Ngày đăng 08/01/2026 | 15:40", "năm 2025", "năm 2026", "năm 2024", "2 cấp", "Sáu tháng cuối năm",
 "30/6/2026", "ít nhất 2 cuộc đối thoại"]))

PAGES.append(page("b1876-dongnai-xa-giaoban-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÙ ĐĂNG - TỈNH ĐỒNG NAI
Trang chủ / Tin tức / Hoạt động khối dân vận
Thứ Sáu, 03/04/2026 - 09:10
Giao ban khối dân vận xã quý I/2026: 19 đơn thư được giải quyết đúng hạn
Ngày 2/4/2026, Ban Xây dựng Đảng Đảng ủy xã Bù Đăng tổ chức giao ban khối dân vận quý I năm 2026. Đồng chí Điểu Thị Hường, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì; dự có đồng chí Thị Bé, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai.
Toàn cảnh buổi giao ban. Ảnh: Hữu Phước
Quý I, khối dân vận xã đã phối hợp tiếp 37 lượt công dân; tiếp nhận 24 đơn thư kiến nghị, phản ánh, chủ yếu về tranh chấp đất rẫy điều, lối đi và ranh giới đất giữa các hộ đồng bào S'tiêng, M'nông. 19 đơn thư đã được giải quyết đúng hạn, 5 đơn còn trong thời hạn giải quyết. Các tổ hòa giải ở 26 ấp, sóc đã hòa giải thành 14/16 vụ việc.
Xã đã triển khai Kế hoạch số 08-KH/ĐU của Đảng ủy xã về tiếp dân, đối thoại năm 2026, thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị; phân công 11 đồng chí trong Ban Chấp hành Đảng bộ xã phụ trách các ấp, sóc có đơn thư. Ủy ban MTTQ xã tổ chức giám sát việc giải quyết đơn của 6 hộ dân vùng dự án hồ chứa nước Bù Môn.
Tại giao ban, ông Điểu Kroong, Trưởng ấp Bom Bo, người có uy tín trong đồng bào S'tiêng, cho biết ấp đã vận động 3 hộ tự tháo dỡ hàng rào lấn lối đi chung dài khoảng 120 m. Bà K'Thị Ngân, Chủ tịch Hội Liên hiệp phụ nữ xã, đề nghị hỗ trợ cho 4 hộ phụ nữ đơn thân đang tranh chấp đất thừa kế được tư vấn pháp lý miễn phí. Ông Lê Văn Đức, Bí thư Đoàn xã, báo cáo đoàn viên đã hỗ trợ người dân nộp 215 hồ sơ trực tuyến.
Kết luận giao ban, đồng chí Điểu Thị Hường yêu cầu quý II/2026 giải quyết xong 5 đơn còn lại trước ngày 15/5/2026; tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy xã với nhân dân trong tháng 6; tiếp tục nhân rộng mô hình "Ấp không có đơn thư vượt cấp". Đồng chí Thị Bé đề nghị xã cập nhật kết quả tiếp dân lên hệ thống báo cáo của tỉnh hằng tháng.
Theo đánh giá tại giao ban, sau gần một năm vận hành chính quyền 2 cấp, người dân đã quen với việc gửi đơn, hồ sơ trực tiếp tại xã; nhiều vụ việc được giải quyết ngay từ ấp, sóc mà không phải chuyển lên cấp trên.
Các đại biểu cũng thống nhất tăng cường phối hợp giữa Ủy ban MTTQ, các đoàn thể với công an xã và cán bộ địa chính trong việc xác minh nguồn gốc đất, tránh để mâu thuẫn nhỏ giữa các hộ kéo dài, phát sinh khiếu kiện.
Văn phòng Đảng ủy xã
Lượt xem: 204
Tin liên quan
- Xã Bù Đăng tổ chức Ngày hội Đại đoàn kết toàn dân tộc (15/11/2025)
- Tổng kết công tác dân vận năm 2025 (26/12/2025)
""", "2026-04-03", "Giao ban khối dân vận xã quý I/2026: 19 đơn thư được giải quyết đúng hạn",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Điểu Thị Hường", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Bé", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"),
 P("Điểu Kroong", "Trưởng ấp Bom Bo", "người có uy tín trong đồng bào S'tiêng"),
 P("K'Thị Ngân", "Chủ tịch Hội Liên hiệp phụ nữ xã"),
 P("Lê Văn Đức", "Bí thư Đoàn xã")],
[Q("37 lượt công dân", 37, "lượt công dân"), Q("24 đơn thư kiến nghị, phản ánh", 24, "đơn thư kiến nghị, phản ánh"),
 Q("19 đơn thư", 19, "đơn thư"), Q("5 đơn", 5, "đơn"), Q("26 ấp, sóc", 26, "ấp, sóc"), Q("14/16 vụ việc", 14, "vụ việc"),
 Q("11 đồng chí", 11, "đồng chí"), Q("6 hộ dân", 6, "hộ dân"), Q("3 hộ", 3, "hộ"), Q("khoảng 120 m", 120, "m", "approx"),
 Q("4 hộ phụ nữ đơn thân", 4, "hộ phụ nữ đơn thân"), Q("215 hồ sơ trực tuyến", 215, "hồ sơ trực tuyến")],
[D("Kế hoạch", "08", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Đồng Nai"), com("Bù Đăng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÙ ĐĂNG - TỈNH ĐỒNG NAI", "Trang chủ / Tin tức / Hoạt động khối dân vận", "Toàn cảnh buổi giao ban.",
 "Ấp không có đơn thư vượt cấp", "Văn phòng Đảng ủy xã", "Lượt xem: 204"],
["Thứ Sáu, 03/04/2026 - 09:10", "quý I/2026", "quý I năm 2026", "năm 2026", "11 đồng chí", "quý II/2026", "15/5/2026", "tháng 6",
 "gần một năm", "2 cấp", "Lượt xem: 204"]))
