from lib import *
PAGES = []

PAGES.append(page("b3215-lamdong-mttq-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Chính trị › Mặt trận - Đoàn thể
Ngày 19/12/2025 | 16:20
Giám sát, phản biện xã hội sau sắp xếp: đi vào thực chất hơn
Ngày 18/12, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Ka H'Nhung, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Ka H'Nhung phát biểu kết luận hội nghị.
Năm 2025 là năm đặc biệt khi tỉnh Lâm Đồng mới được hình thành trên cơ sở hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận; Mặt trận và các tổ chức chính trị - xã hội được sắp xếp theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương. Dù vậy, Mặt trận các cấp vẫn chủ trì 1.215 cuộc giám sát, tổ chức 86 hội nghị phản biện xã hội. Trong đợt lấy ý kiến dự thảo sửa đổi, bổ sung Hiến pháp, Mặt trận ba tỉnh cũ đã tổng hợp hơn 1,1 triệu ý kiến của nhân dân. Toàn tỉnh có 124 xã, phường, đặc khu đã kiện toàn Ban Thường trực Ủy ban MTTQ.
Ban Thường trực đã ban hành Kế hoạch số 05-KH/MTTQ-BTT ngày 20/7/2025 về giám sát việc vận hành chính quyền địa phương hai cấp. Qua giám sát, Mặt trận đưa ra 4.730 kiến nghị, khoảng 93% đã được tiếp thu, giải quyết.
Tại hội nghị, ông Điểu K'Rê, Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Wil, cho biết xã phản biện dự thảo phương án sắp xếp thôn, bon, qua đó giữ lại 2 bon có đông đồng bào Mnông sinh sống lâu đời. Bà Nguyễn Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam phường Xuân Hương - Đà Lạt, chia sẻ cách lấy ý kiến người dân về dự thảo quy định quản lý kiến trúc khu trung tâm. Ông Thông Văn Bảy, người có uy tín thôn Bình Minh, xã Phan Hòa, đề nghị Mặt trận tổ chức đối thoại định kỳ về giá đất bồi thường.
Ông Bon Jốc Ha Thành, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kiêm Chủ tịch Hội Nông dân tỉnh, báo cáo các hội đoàn thể đã góp ý 42 dự thảo văn bản của tỉnh mới. Đồng chí Trần Minh Quang, vừa được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trình bày phương hướng năm 2026.
Phát biểu kết luận, đồng chí Ka H'Nhung yêu cầu năm 2026 Mặt trận các cấp tập trung giám sát việc giải quyết thủ tục hành chính ở cấp xã, phản biện các dự thảo chính sách về đất đai, tái định cư; tham gia tốt công tác bầu cử đại biểu Quốc hội và HĐND các cấp.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 25 tập thể, 40 cá nhân có thành tích xuất sắc.
Hữu Phước
Lượt xem: 1.390
Tin liên quan
- Lâm Đồng: hơn 300 hội nghị tiếp xúc cử tri sau sắp xếp (10/12/2025)
- Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I (28/09/2025)
- Phản biện dự thảo bảng giá đất tỉnh Lâm Đồng (15/09/2025)
""", "2025-12-19", "Giám sát, phản biện xã hội sau sắp xếp: đi vào thực chất hơn",
E("tong_ket", "2025", "2025-12-18"),
[P("Ka H'Nhung", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Rê", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Wil"),
 P("Nguyễn Thị Thu Hà", "Chủ tịch Ủy ban MTTQ Việt Nam phường Xuân Hương - Đà Lạt"),
 P("Thông Văn Bảy", "người có uy tín thôn Bình Minh"),
 P("Bon Jốc Ha Thành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kiêm Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Minh Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("1.215 cuộc giám sát", 1215, "cuộc giám sát"), Q("86 hội nghị phản biện xã hội", 86, "hội nghị phản biện xã hội"),
 Q("hơn 1,1 triệu ý kiến", 1100000, "ý kiến", "over"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("4.730 kiến nghị", 4730, "kiến nghị"), Q("khoảng 93%", 93, "%", "approx"), Q("2 bon", 2, "bon"),
 Q("42 dự thảo văn bản", 42, "dự thảo văn bản"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "05", "KH/MTTQ-BTT", "2025-07-20", "Ban Thường trực", "Kế hoạch số 05-KH/MTTQ-BTT ngày 20/7/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đắk Wil"), com("Xuân Hương - Đà Lạt"), com("Phan Hòa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Chính trị › Mặt trận - Đoàn thể", "Đồng chí Ka H'Nhung phát biểu kết luận hội nghị.",
 "Lượt xem: 1.390"],
["Ngày 19/12/2025 | 16:20", "năm 2025", "năm 2026", "hai cấp", "Lượt xem: 1.390"]))

PAGES.append(page("b3216-tuyenquang-mttq-gopy-luatdatdai-2026", """
Báo Tuyên Quang điện tử
Thời sự | Chính trị | Mặt trận
Thứ Sáu, 16/01/2026 - 15:45
Cử tri vùng cao biên giới góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Đất đai
(BTQ) - Ngày 15/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị lấy ý kiến góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Đất đai tại xã Mèo Vạc. Chủ trì hội nghị có các đồng chí Sùng Mí Dìn, Vàng Thị Chở - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dự hội nghị có hơn 90 đại biểu là người có uy tín, trưởng thôn, cán bộ Mặt trận các xã vùng cao thuộc tỉnh Hà Giang cũ.
Ảnh: Đại biểu xã Lũng Cú phát biểu góp ý.
Thực hiện Hướng dẫn số 12/HD-MTTW-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận tỉnh đã gửi dự thảo đến 124 xã, phường và tổ chức 5 hội nghị theo cụm. Dự thảo sửa đổi, bổ sung 27 điều, tập trung vào giá đất, thu hồi đất và cấp giấy chứng nhận.
Ông Lò Văn Sử, người có uy tín thôn Lô Lô Chải, xã Lũng Cú, đề nghị đơn giản hóa thủ tục cấp giấy chứng nhận cho đất nương, đất rừng người dân sử dụng ổn định từ trước năm 2004 mà không có giấy tờ. Hiện thôn còn khoảng 40% hộ chưa được cấp giấy chứng nhận. Bà Triệu Thị Mây, Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc, phản ánh nhiều hộ người Mông tách hộ nhưng diện tích đất ở tối thiểu theo quy định là 60 m2, khó đáp ứng ở vùng núi đá. Ông Đặng Văn Thành, người Dao, người có uy tín thôn Khâu Vai, kiến nghị ưu tiên giao đất, giao rừng cho cộng đồng thôn bản.
Luật gia Phạm Văn Long, Phó Chủ tịch Hội Luật gia tỉnh, cho rằng dự thảo nên quy định rõ thời hạn tối đa 30 ngày để cơ quan có thẩm quyền trả lời kiến nghị của người có đất bị thu hồi.
Qua các hội nghị, Mặt trận tỉnh đã tổng hợp 214 ý kiến, trong đó hội nghị tại xã Mèo Vạc có 37 ý kiến. Kết luận hội nghị, đồng chí Sùng Mí Dìn đề nghị Ban Dân chủ, Pháp luật và Phản biện xã hội hoàn thiện báo cáo, gửi Ủy ban Trung ương MTTQ Việt Nam trước ngày 25/1/2026; đồng thời đề nghị Mặt trận các xã tiếp tục giám sát việc thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về cấp giấy chứng nhận quyền sử dụng đất và về giải quyết tranh chấp đất đai ở cơ sở.
Các đại biểu cho rằng đây là lần đầu tiên sau khi hợp nhất tỉnh, Mặt trận tỉnh đưa hội nghị lấy ý kiến về tận vùng cao biên giới, tạo điều kiện để đồng bào các dân tộc trực tiếp nói lên nguyện vọng về đất đai, vấn đề gắn liền với sinh kế của họ.
Mai Thông
Lượt xem: 1.126
Tin cùng chuyên mục
- Mặt trận tỉnh trao 2.000 suất quà Tết cho hộ nghèo vùng cao (12/01/2026)
- Hội nghị triển khai công tác bầu cử năm 2026 (08/01/2026)
- Lâm Bình: đối thoại với người dân về chính sách giao rừng (30/12/2025)
""", "2026-01-16", "Cử tri vùng cao biên giới góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Đất đai",
E("hoi_nghi", None, "2026-01-15"),
[P("Sùng Mí Dìn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Thị Chở", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Sử", "người có uy tín thôn Lô Lô Chải"),
 P("Triệu Thị Mây", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc"),
 P("Đặng Văn Thành", "người có uy tín thôn Khâu Vai"),
 P("Phạm Văn Long", "Luật gia", "Phó Chủ tịch Hội Luật gia tỉnh")],
[Q("hơn 90 đại biểu", 90, "đại biểu", "over"), Q("124 xã, phường", 124, "xã, phường"), Q("5 hội nghị", 5, "hội nghị"),
 Q("27 điều", 27, "điều"), Q("khoảng 40%", 40, "%", "approx"), Q("60 m2", 60, "m2"),
 Q("214 ý kiến", 214, "ý kiến"), Q("37 ý kiến", 37, "ý kiến")],
[D("Hướng dẫn", "12", "HD-MTTW-BTT", "2026-01-05", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12/HD-MTTW-BTT ngày 5/1/2026"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Lũng Cú")],
["Báo Tuyên Quang điện tử", "Thời sự | Chính trị | Mặt trận", "(BTQ)", "Ảnh: Đại biểu xã Lũng Cú phát biểu góp ý.", "Lượt xem: 1.126",
 "Ban Dân chủ, Pháp luật và Phản biện xã hội", "Luật Đất đai"],
["Thứ Sáu, 16/01/2026 - 15:45", "năm 2004", "tối đa 30 ngày", "lần đầu tiên", "Lượt xem: 1.126"]))

PAGES.append(page("b3217-dongnai-xabugiamap-daihoi-mttq-2026", """
Chủ Nhật, 22/03/2026
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÙ GIA MẬP - TỈNH ĐỒNG NAI
Trang chủ - Tin tức - Mặt trận và các đoàn thể
20-03-2026 09:40
Đại hội đại biểu MTTQ Việt Nam xã Bù Gia Mập lần thứ I, nhiệm kỳ 2026 - 2031
Ngày 19/3/2026, Ủy ban MTTQ Việt Nam xã Bù Gia Mập tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ I, nhiệm kỳ 2026 - 2031. Dự đại hội có đồng chí Điểu Thị Ngọc Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai; đồng chí Lê Văn Tùng, Bí thư Đảng ủy xã cùng 150 đại biểu đại diện cho hơn 18.000 người dân các dân tộc trong xã.
Các đại biểu biểu quyết thông qua báo cáo. Ảnh: Thị Bích
Báo cáo tại đại hội cho biết, xã Bù Gia Mập được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 3 xã cũ thuộc tỉnh Bình Phước. Từ khi thành lập, Mặt trận xã đã chủ trì 14 cuộc giám sát, tổ chức 3 hội nghị phản biện xã hội đối với dự thảo đề án sắp xếp thôn, bon và dự thảo phương án hỗ trợ đất sản xuất cho đồng bào S'tiêng, M'nông. Trong đợt lấy ý kiến dự thảo sửa đổi, bổ sung Hiến pháp, Mặt trận các xã cũ đã tiếp nhận hơn 6.200 phiếu góp ý.
Mặt trận xã đã vận động 36 hộ hiến hơn 12.000 m2 đất làm đường, xây dựng 8 căn nhà đại đoàn kết, mỗi căn trị giá 60 triệu đồng; 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Việc thực hiện Quyết định số 99-QĐ/TW và Kế hoạch số 02-KH/ĐU ngày 15/8/2025 của Đảng ủy xã về phát huy vai trò giám sát, phản biện của Mặt trận có nhiều chuyển biến.
Tham luận tại đại hội, bà Thị Rê, người có uy tín bon Bù Lư, cho biết nhờ phản biện của Mặt trận, phương án sắp xếp đã giữ nguyên tên bon, giữ được nhà dài truyền thống. Ông Điểu Lên, Trưởng ban Công tác Mặt trận bon Đắk Á, đề nghị nhiệm kỳ tới Mặt trận xã tổ chức đối thoại định kỳ về đất sản xuất.
Đại hội đã hiệp thương cử 35 ủy viên Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2026 - 2031. Tại hội nghị lần thứ nhất, bà Điểu Thị Hằng được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Nguyễn Văn Hòa, ông Lâm Quang Đức được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Phát biểu chỉ đạo, đồng chí Điểu Thị Ngọc Mai đề nghị Mặt trận xã nâng chất lượng giám sát, phản biện xã hội, chú trọng những dự thảo chính sách liên quan trực tiếp đến đất đai, sinh kế của đồng bào; kịp thời nắm bắt, phản ánh tâm tư, nguyện vọng của nhân dân đến cấp ủy, chính quyền.
Đại hội cũng thông qua chương trình hành động nhiệm kỳ với các chỉ tiêu cụ thể về giám sát, phản biện và xây dựng khối đại đoàn kết.
Văn phòng Đảng ủy xã
Lượt truy cập: 4.511
Tin liên quan
- Xã Bù Gia Mập tiếp xúc cử tri trước bầu cử (14/03/2026)
- Hội nghị phản biện dự thảo đề án sắp xếp thôn, bon (27/02/2026)
- Trao 8 căn nhà đại đoàn kết cho hộ nghèo (30/01/2026)
""", "2026-03-20", "Đại hội đại biểu MTTQ Việt Nam xã Bù Gia Mập lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-03-19"),
[P("Điểu Thị Ngọc Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai"),
 P("Lê Văn Tùng", "Bí thư Đảng ủy xã"),
 P("Thị Rê", "người có uy tín bon Bù Lư"),
 P("Điểu Lên", "Trưởng ban Công tác Mặt trận bon Đắk Á"),
 P("Điểu Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lâm Quang Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 18.000 người dân", 18000, "người dân", "over"), Q("3 xã cũ", 3, "xã cũ"),
 Q("14 cuộc giám sát", 14, "cuộc giám sát"), Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội"),
 Q("hơn 6.200 phiếu", 6200, "phiếu", "over"), Q("36 hộ", 36, "hộ"), Q("hơn 12.000 m2", 12000, "m2", "over"),
 Q("8 căn nhà đại đoàn kết", 8, "căn nhà đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("100% khu dân cư", 100, "%"),
 Q("35 ủy viên", 35, "ủy viên")],
[D("Quyết định", "99", "QĐ/TW", None, None, "Quyết định số 99-QĐ/TW"),
 D("Kế hoạch", "02", "KH/ĐU", "2025-08-15", "Đảng ủy xã", "Kế hoạch số 02-KH/ĐU ngày 15/8/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÙ GIA MẬP - TỈNH ĐỒNG NAI", "Trang chủ - Tin tức - Mặt trận và các đoàn thể",
 "Các đại biểu biểu quyết thông qua báo cáo. Ảnh: Thị Bích", "Ngày hội Đại đoàn kết toàn dân tộc", "Văn phòng Đảng ủy xã", "Lượt truy cập: 4.511"],
["Chủ Nhật, 22/03/2026", "nhiệm kỳ 2026 - 2031", "lần thứ I", "lần thứ nhất", "Lượt truy cập: 4.511"]))

PAGES.append(page("b3218-hoabinh-mttq-taphuan-phanbien-2016", """
BÁO HÒA BÌNH ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận
T6, 19/08/2016 - 15:50
Nâng cao kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở
(HBĐT) - Trong 2 ngày 18 và 19/8, Ban Thường trực Ủy ban MTTQ tỉnh Hòa Bình tổ chức lớp tập huấn nghiệp vụ giám sát, phản biện xã hội năm 2016 cho 210 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ các xã, phường, thị trấn thuộc 11 huyện, thành phố. Bà Bùi Thị Nhung, Phó Chủ tịch Ủy ban MTTQ tỉnh dự và phát biểu khai mạc.
Học viên trao đổi tại lớp tập huấn.
Các học viên được nghe giới thiệu 6 chuyên đề, trong đó có Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; Hướng dẫn số 27/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về quy trình phản biện xã hội; kỹ năng tổ chức hội nghị phản biện, viết văn bản kiến nghị sau giám sát. Giảng viên là ông Đinh Công Sứ, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, và ThS. Quách Văn Hoàng, giảng viên Trường Chính trị tỉnh.
Theo báo cáo, sau hơn 2 năm thực hiện, Mặt trận cấp xã trong tỉnh đã chủ trì 412 cuộc giám sát, nhưng chỉ có 19 xã tổ chức được hội nghị phản biện. Nhiều cán bộ còn lúng túng khi lựa chọn nội dung, e ngại khi phản biện dự thảo của chính quyền cùng cấp. Việc theo dõi kết quả tiếp thu sau phản biện cũng chưa được quan tâm đúng mức.
Tại lớp học, ông Xa Văn Lượng, Chủ tịch Ủy ban MTTQ xã Mai Hạ, chia sẻ kinh nghiệm phản biện dự thảo phương án dồn điền đổi thửa: Mặt trận xã lấy ý kiến 276 hộ dân, đề nghị điều chỉnh để 18 hộ người Thái giữ lại ruộng gần nhà. Bà Bùi Thị Xuân, Phó Chủ tịch Ủy ban MTTQ xã Tú Sơn, đề nghị tỉnh hỗ trợ kinh phí tổ chức hội nghị phản biện, tối thiểu 2 triệu đồng mỗi cuộc.
Bế mạc lớp tập huấn, bà Bùi Thị Nhung yêu cầu mỗi xã năm 2016 tổ chức ít nhất 1 hội nghị phản biện, bám sát Kế hoạch số 30-KH/TU của Tỉnh ủy về nâng cao chất lượng giám sát, phản biện; Mặt trận huyện theo dõi, hướng dẫn cơ sở.
Dịp này, Ban Thường trực tặng 210 bộ tài liệu cho học viên. Kinh phí tổ chức lớp tập huấn khoảng 85 triệu đồng từ nguồn ngân sách tỉnh.
Kết thúc lớp học, các học viên làm bài thu hoạch, tự xây dựng một kế hoạch giám sát và một dự thảo văn bản phản biện gắn với thực tế địa phương mình; nhiều bài được giảng viên đánh giá cao vì chọn đúng những vấn đề người dân quan tâm như thu chi các khoản đóng góp, bình xét hộ nghèo, sử dụng đất công ích.
Minh Hải
Tin khác
- Lạc Sơn: giám sát việc thực hiện chính sách đối với hộ nghèo (12/08/2016)
- Hội nghị phản biện dự thảo Nghị quyết về phí tham quan danh lam thắng cảnh (04/08/2016)
- Mai Châu: ra mắt Ban Giám sát đầu tư của cộng đồng (26/07/2016)
""", "2016-08-19", "Nâng cao kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2016", "2016-08-18"),
[P("Bùi Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đinh Công Sứ", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Quách Văn Hoàng", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Xa Văn Lượng", "Chủ tịch Ủy ban MTTQ xã Mai Hạ"),
 P("Bùi Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ xã Tú Sơn")],
[Q("210 học viên", 210, "học viên"), Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("6 chuyên đề", 6, "chuyên đề"),
 Q("412 cuộc giám sát", 412, "cuộc giám sát"), Q("19 xã", 19, "xã"), Q("276 hộ dân", 276, "hộ dân"), Q("18 hộ", 18, "hộ"),
 Q("tối thiểu 2 triệu đồng", 2000000, "đồng"), Q("ít nhất 1 hội nghị phản biện", 1, "hội nghị phản biện", "over"),
 Q("210 bộ tài liệu", 210, "bộ tài liệu"), Q("khoảng 85 triệu đồng", 85000000, "đồng", "approx")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Hướng dẫn", "27", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 27/HD-MTTW-BTT"),
 D("Kế hoạch", "30", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 30-KH/TU")],
[prov("Hòa Bình"), com("Mai Hạ"), com("Tú Sơn")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận", "(HBĐT)", "Học viên trao đổi tại lớp tập huấn."],
["T6, 19/08/2016 - 15:50", "2 ngày", "hơn 2 năm", "năm 2016", "một kế hoạch giám sát", "một dự thảo văn bản phản biện"]))

PAGES.append(page("b3219-binhdinh-mttq-giaoban-quy3-2012", """
ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH ĐỊNH
Trang chủ | Hoạt động Mặt trận | Tin trong tỉnh
Cập nhật ngày: 05/10/2012
Mặt trận Bình Định góp ý 3 dự thảo luật trong quý III
Sáng 4/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2012 với Mặt trận các huyện, thị xã, thành phố. Đồng chí Đinh Văn Thiểm, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, trong quý III, Mặt trận tỉnh đã tổ chức lấy ý kiến góp ý 3 dự thảo luật gồm dự thảo Luật Hòa giải ở cơ sở, dự thảo Luật Tiếp công dân và dự thảo Luật Đất đai (sửa đổi), với 9 hội nghị ở tỉnh và huyện, thu hút khoảng 700 lượt người tham gia, tổng hợp 186 ý kiến gửi Ủy ban Trung ương MTTQ Việt Nam. Ban Thường trực cũng triển khai Thông tri số 05/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức hội nghị lấy ý kiến nhân dân.
Mặt trận các cấp phối hợp giám sát 27 cuộc, tập trung vào việc bồi thường, giải phóng mặt bằng dự án đường ven biển và việc thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác hòa giải ở cơ sở và về vận động đồng bào Bana, H're, Chăm H'roi. Quỹ "Vì người nghèo" các cấp vận động được hơn 1,3 tỷ đồng, hỗ trợ xây dựng 42 căn nhà.
Tại hội nghị, bà Đinh Thị Bé, Chủ tịch Ủy ban MTTQ xã An Toàn, huyện An Lão, phản ánh người dân rất muốn góp ý luật nhưng dự thảo quá dài, nhiều từ ngữ khó hiểu, đề nghị có bản tóm tắt bằng tiếng Bana. Ông Y Điệp, Chủ tịch Ủy ban MTTQ huyện Vân Canh, đề nghị tăng thời gian lấy ý kiến ở cơ sở. Ông Trần Văn Hùng, Chủ tịch Ủy ban MTTQ xã Cát Tân, cho biết xã có 11 tổ hòa giải, trong 9 tháng hòa giải thành 23 vụ việc.
Kết luận hội nghị, đồng chí Đinh Văn Thiểm yêu cầu quý IV tập trung chuẩn bị lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 1992 theo hướng dẫn của Trung ương; tiếp tục giám sát việc giải quyết khiếu nại của người dân vùng dự án; tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Hội nghị cũng thống nhất cách phối hợp giữa Mặt trận với Hội Luật gia, Đoàn Luật sư tỉnh trong việc tổ chức lấy ý kiến chuyên gia, bảo đảm các ý kiến góp ý vào dự án luật có chất lượng, không chỉ dừng lại ở mức tán thành chung. Các đại biểu cũng đề nghị Trung ương gửi dự thảo sớm hơn để cơ sở có đủ thời gian tổ chức, đồng thời có kinh phí hỗ trợ cho các hội nghị lấy ý kiến ở thôn, làng vùng núi, nơi đi lại khó khăn, đồng bào phải đi bộ nhiều giờ mới đến được điểm họp.
Hoàng Nam
Các tin khác
- Hoài Nhơn: hội nghị góp ý dự thảo Luật Tiếp công dân (25/09/2012)
- Mặt trận tỉnh giám sát việc bồi thường dự án đường ven biển (12/09/2012)
- Trao 15 căn nhà "Đại đoàn kết" tại Vĩnh Thạnh (30/08/2012)
""", "2012-10-05", "Mặt trận Bình Định góp ý 3 dự thảo luật trong quý III",
E("giao_ban", "2012-Q3", "2012-10-04"),
[P("Đinh Văn Thiểm", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Bé", "Chủ tịch Ủy ban MTTQ xã An Toàn"),
 P("Y Điệp", "Chủ tịch Ủy ban MTTQ huyện Vân Canh"),
 P("Trần Văn Hùng", "Chủ tịch Ủy ban MTTQ xã Cát Tân")],
[Q("3 dự thảo luật", 3, "dự thảo luật"), Q("9 hội nghị", 9, "hội nghị"), Q("khoảng 700 lượt người", 700, "lượt người", "approx"),
 Q("186 ý kiến", 186, "ý kiến"), Q("27 cuộc", 27, "cuộc"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("42 căn nhà", 42, "căn nhà"), Q("11 tổ hòa giải", 11, "tổ hòa giải"), Q("23 vụ việc", 23, "vụ việc"),
 Q("100% khu dân cư", 100, "%")],
[D("Thông tri", "05", "TT-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 05/TT-MTTW-BTT"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU")],
[prov("Bình Định"), com("An Toàn"), com("Cát Tân")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ | Hoạt động Mặt trận | Tin trong tỉnh", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Hiến pháp năm 1992", "Luật Hòa giải ở cơ sở"],
["Cập nhật ngày: 05/10/2012", "quý III năm 2012", "quý III", "quý IV", "9 tháng", "Hiến pháp năm 1992"]))

PAGES.append(page("b3220-gialai-chandung-phanbien-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thứ Sáu, 06/02/2026
Xã hội » Người tốt việc tốt
Ảnh: Bà Nay H'Blin (bên trái) trò chuyện với người dân.
"Người nói thay" của bà con phường Quy Nhơn Nam
Hơn 10 năm làm công tác Mặt trận ở cơ sở, bà Nay H'Blin, Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam, được người dân gọi vui là "người nói thay", bởi mỗi dự thảo chính sách liên quan đến khu dân cư, bà đều đến tận nhà lắng nghe, ghi chép rồi mang ý kiến của dân lên hội nghị phản biện.
Sinh ra ở làng Kon Mơ Nay, người Bana, bà Nay H'Blin về làm dâu ở Quy Nhơn từ năm 2008. Năm 2025, khi phường mới được thành lập và tỉnh Bình Định hợp nhất vào tỉnh Gia Lai, bà được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường. Chỉ trong nửa năm, Mặt trận phường đã chủ trì phản biện 4 dự thảo, trong đó có phương án chỉnh trang khu dân cư ven đầm với 312 hộ bị ảnh hưởng.
"Có lần dự thảo yêu cầu mỗi hộ đóng góp 5 triệu đồng làm hệ thống thoát nước. Tôi đi hỏi từng nhà, thấy khoảng 60 hộ nghèo, cận nghèo không kham nổi, nên đề nghị miễn cho các hộ này. Phường tiếp thu, ai cũng vui", bà kể. Nhờ vậy, người dân tự nguyện hiến hơn 1.200 m2 đất, đóng góp gần 900 triệu đồng.
Ông Trương Quang Lộc, Bí thư Đảng ủy phường, nhận xét: bà H'Blin làm đúng tinh thần Quyết định số 99-QĐ/TW của Ban Chấp hành Trung ương, phản biện không phải để "cãi" chính quyền mà để chính sách hợp lòng dân. Ông Lê Văn Chín, Trưởng ban Công tác Mặt trận khu phố 6, cho biết nhờ Mặt trận phường, 17 kiến nghị của bà con về chiếu sáng, rác thải đã được giải quyết dứt điểm.
Bà Nay H'Blin cũng là một trong 12 cá nhân được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen vì thành tích xuất sắc trong đợt lấy ý kiến dự thảo sửa đổi Hiến pháp năm 2025, khi Mặt trận phường cũ thu về hơn 4.000 phiếu góp ý. Tiếp nối phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", bà đang vận động người dân góp ý dự thảo quy chế văn minh đô thị của phường.
Chia sẻ về dự định năm 2026, bà mong có thêm nhiều người trẻ tham gia Ban công tác Mặt trận, biết dùng mạng xã hội để lấy ý kiến người dân nhanh hơn, nhưng vẫn giữ cách làm "đến tận nhà, hỏi từng người". Với bà, mỗi ý kiến của dân dù nhỏ cũng cần được lắng nghe và trả lời đến nơi đến chốn.
Ngọc Minh
Lượt xem: 2.084
Bài viết liên quan
- Phường Quy Nhơn Nam phản biện dự thảo phương án chỉnh trang khu dân cư ven đầm (15/01/2026)
- Gia Lai: 50 cá nhân tiêu biểu trong công tác Mặt trận năm 2025 (05/01/2026)
- Mặt trận tỉnh tổng kết đợt lấy ý kiến dự thảo sửa đổi Hiến pháp (10/06/2025)
""", "2026-02-06", '"Người nói thay" của bà con phường Quy Nhơn Nam',
E("khac", None, None),
[P("Nay H'Blin", "Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam"),
 P("Trương Quang Lộc", "Bí thư Đảng ủy phường"),
 P("Lê Văn Chín", "Trưởng ban Công tác Mặt trận khu phố 6")],
[Q("4 dự thảo", 4, "dự thảo"), Q("312 hộ", 312, "hộ"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("khoảng 60 hộ nghèo, cận nghèo", 60, "hộ nghèo, cận nghèo", "approx"), Q("hơn 1.200 m2", 1200, "m2", "over"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("17 kiến nghị", 17, "kiến nghị"), Q("12 cá nhân", 12, "cá nhân"),
 Q("hơn 4.000 phiếu", 4000, "phiếu", "over")],
[D("Quyết định", "99", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 99-QĐ/TW")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn Nam")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Xã hội » Người tốt việc tốt", "Ảnh: Bà Nay H'Blin (bên trái) trò chuyện với người dân.",
 "người nói thay", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "đến tận nhà, hỏi từng người", "Lượt xem: 2.084"],
["Thứ Sáu, 06/02/2026", "Hơn 10 năm", "năm 2008", "nửa năm", "năm 2025", "năm 2026", "khu phố 6", "Lượt xem: 2.084"]))
