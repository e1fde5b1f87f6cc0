from lib import *
PAGES = []

PAGES.append(page("b8801-ninhthuan-bdv-txct-2021", """
BAN DÂN VẬN TỈNH ỦY NINH THUẬN
Vị trí: Trang chủ - Tin hoạt động - Dân vận chính quyền
30 tháng 7, 2021 | 17:45
Đại biểu HĐND tỉnh khóa XI tiếp xúc cử tri huyện Ninh Phước sau kỳ họp thứ nhất
Ngày 28/7, Tổ đại biểu HĐND tỉnh khóa XI, nhiệm kỳ 2021 - 2026 đơn vị bầu cử số 6 đã tiếp xúc cử tri xã Phước Hậu và thị trấn Phước Dân sau Kỳ họp thứ nhất. Do tình hình dịch Covid-19, buổi tiếp xúc được tổ chức tại 2 điểm, mỗi điểm không quá 30 người.
Tổ đại biểu gồm các đồng chí: Đàng Thị Mỹ Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Thông Văn Lộc, Phó Trưởng Ban Dân tộc HĐND tỉnh; Quảng Thị Tú Anh - Phó Bí thư Tỉnh đoàn.
Đồng chí Đàng Thị Mỹ Hương thông báo kết quả Kỳ họp thứ nhất, HĐND tỉnh khóa XI: HĐND tỉnh đã bầu các chức danh của HĐND, UBND tỉnh, thông qua 14 nghị quyết, trong đó có Nghị quyết số 16/NQ-HĐND về kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 với tổng vốn hơn 9.100 tỷ đồng.
Cử tri đã nêu 12 ý kiến, kiến nghị. Ông Lưu Văn Thành, Trưởng thôn Hiếu Thiện, xã Phước Hậu, đề nghị hỗ trợ người dân làng gốm Bàu Trúc và các hộ kinh doanh bị ảnh hưởng bởi dịch; cử tri Thập Thị Ni ở thị trấn Phước Dân phản ánh hệ thống kênh N6 bị bồi lấp, khoảng 80 ha lúa có nguy cơ thiếu nước. Chức sắc Cả sư Hán Đa Nhân, Phó Chủ tịch Hội đồng Chức sắc Bàlamôn giáo tỉnh, kiến nghị sửa chữa đường vào đền thờ Po Rômê.
Trả lời cử tri, đồng chí Thông Văn Lộc cho biết thực hiện Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ, tỉnh đang rà soát để hỗ trợ người lao động tự do, hộ kinh doanh gặp khó khăn; đến nay huyện Ninh Phước đã lập danh sách 1.520 người đủ điều kiện, mỗi người được hỗ trợ 1,5 triệu đồng. Các kiến nghị về kênh N6 và đường vào đền Po Rômê sẽ được tổng hợp, chuyển UBND tỉnh xem xét.
Đồng chí Đàng Thị Mỹ Hương cảm ơn cử tri đã tin tưởng bầu chọn các đại biểu và đề nghị bà con đồng bào Chăm tiếp tục chấp hành nghiêm các biện pháp phòng, chống dịch, không tụ tập đông người trong các dịp lễ; các chức sắc, người có uy tín tiếp tục vận động bà con tiêm vắc-xin khi đến lượt.
Theo Ban Dân vận Tỉnh ủy, đến ngày 29/7 các tổ đại biểu HĐND tỉnh đã tiếp xúc cử tri tại 7 huyện, thành phố với tổng số 58 ý kiến, kiến nghị; những ý kiến thuộc thẩm quyền được các đại biểu trả lời trực tiếp tại buổi tiếp xúc.
Đánh giá về đợt tiếp xúc, Ban Dân vận Tỉnh ủy Ninh Thuận cho rằng các tổ đại biểu đã chủ động phối hợp với Ủy ban MTTQ cấp huyện, cấp xã lựa chọn hình thức phù hợp với tình hình dịch bệnh; nhiều ý kiến của cử tri được ghi nhận qua điện thoại, qua nhóm Zalo của thôn, khu phố.
Thành Trung
Tin liên quan
- Ban Dân vận Tỉnh ủy thăm, chúc mừng lễ Ramưwan (15/04/2021)
- Hội nghị tổng kết công tác bầu cử tại Ninh Hải (10/06/2021)
- Tặng 200 phần quà cho đồng bào Chăm Bàni (08/04/2021)
""", "2021-07-30", "Đại biểu HĐND tỉnh khóa XI tiếp xúc cử tri huyện Ninh Phước sau kỳ họp thứ nhất",
E("hoi_nghi", None, "2021-07-28"),
[P("Đàng Thị Mỹ Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thông Văn Lộc", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Quảng Thị Tú Anh", "Phó Bí thư Tỉnh đoàn"),
 P("Lưu Văn Thành", "Trưởng thôn Hiếu Thiện"),
 P("Thập Thị Ni"),
 P("Hán Đa Nhân", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bàlamôn giáo tỉnh")],
[Q("2 điểm", 2, "điểm"), Q("không quá 30 người", 30, "người"), Q("14 nghị quyết", 14, "nghị quyết"),
 Q("hơn 9.100 tỷ đồng", 9100000000000, "đồng", "over"), Q("12 ý kiến, kiến nghị", 12, "ý kiến, kiến nghị"),
 Q("khoảng 80 ha", 80, "ha", "approx"), Q("1.520 người", 1520, "người"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("7 huyện, thành phố", 7, "huyện, thành phố"), Q("58 ý kiến, kiến nghị", 58, "ý kiến, kiến nghị")],
[D("Nghị quyết", "16", "NQ-HĐND", None, None, "Nghị quyết số 16/NQ-HĐND"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021")],
[prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Dân")],
["BAN DÂN VẬN TỈNH ỦY NINH THUẬN", "Zalo", "Vị trí: Trang chủ - Tin hoạt động - Dân vận chính quyền", "Covid-19", "làng gốm Bàu Trúc",
 "đền thờ Po Rômê"],
["30 tháng 7, 2021 | 17:45", "khóa XI", "2021 - 2026", "đơn vị bầu cử số 6", "Kỳ họp thứ nhất", "kênh N6", "Covid-19"]))

PAGES.append(page("b8802-hanam-bao-phongsu-2021", """
BÁO HÀ NAM ĐIỆN TỬ
Chính trị | Xã hội | Kinh tế | Văn hóa
22.09.2021 | 16:05
Khi đại biểu "đeo bám" đến cùng kiến nghị của cử tri
Đại biểu Trần Thị Lụa (thứ hai từ trái sang) kiểm tra tuyến kênh cử tri kiến nghị.
Nhiều năm qua, cử tri Hà Nam đã quen với hình ảnh những đại biểu HĐND tỉnh không chỉ ghi chép kiến nghị tại hội trường mà còn trở lại tận nơi để xem kiến nghị ấy đã được giải quyết đến đâu.
Bà Trần Thị Lụa, đại biểu HĐND tỉnh khóa XIX, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh là một trong số đó. Ở xã Nhân Mỹ, huyện Lý Nhân, người dân vẫn nhắc chuyện tuyến kênh T4 dài 2,7 km bị bồi lắng suốt 5 năm. Sau 3 lần cử tri kiến nghị mà chưa có kết quả, bà đã cùng cán bộ xã đi dọc tuyến kênh, chụp ảnh, đo đạc rồi gửi văn bản đến Sở Nông nghiệp và Phát triển nông thôn kèm hồ sơ đầy đủ. Cuối năm 2020, tuyến kênh được nạo vét với kinh phí 1,2 tỷ đồng, tưới tiêu cho khoảng 150 ha lúa.
"Có kiến nghị, đại biểu chuyển đi rồi coi như xong việc thì cử tri mất niềm tin. Mình phải theo đến khi có câu trả lời rõ ràng", bà Lụa chia sẻ.
Ông Đinh Văn Hiền, Bí thư Chi bộ thôn Văn Xá, xã Nhân Mỹ cho biết, trước đây mỗi buổi tiếp xúc cử tri chỉ có khoảng 40 người dự, nay con số đã lên hơn 100 người vì "bà con thấy nói là được trả lời".
Theo số liệu của Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh, nhiệm kỳ 2016 - 2021, cử tri Hà Nam đã gửi tới các kỳ họp HĐND tỉnh tổng cộng 1.846 kiến nghị; trên 92% đã được giải quyết hoặc trả lời. Riêng năm 2020, HĐND tỉnh tổ chức 6 cuộc giám sát chuyên đề về việc giải quyết kiến nghị, tái giám sát 21 kiến nghị tồn đọng kéo dài.
Ông Lê Văn Tiến, Trưởng Ban Pháp chế HĐND tỉnh cho rằng để đại biểu "đeo bám" được kiến nghị, cần có công cụ theo dõi. Từ năm 2021, Thường trực HĐND tỉnh đưa vào sử dụng phần mềm quản lý kiến nghị cử tri; mỗi kiến nghị được gắn mã, ghi rõ cơ quan chủ trì và thời hạn trả lời theo Quy chế phối hợp số 03/QCPH-TTHĐND-UBND-UBMTTQ. Cử tri có thể tra cứu kết quả trên Cổng thông tin điện tử của HĐND tỉnh.
Tuy vậy, vẫn còn những kiến nghị "đi vòng" nhiều năm. Cử tri Phạm Văn Đức ở phường Lam Hạ, thành phố Phủ Lý đã 4 lần kiến nghị về việc ngập úng khu dân cư mỗi khi mưa lớn. Đại biểu HĐND tỉnh Nguyễn Thị Thu Trang, Phó Chủ tịch Hội LHPN tỉnh cho biết sẽ đề xuất đưa nội dung này vào chương trình giám sát năm 2022.
Với nhiệm kỳ 2021 - 2026, nhiều đại biểu mong muốn mỗi kiến nghị của cử tri đều có "điểm kết thúc", để cử tri thấy tiếng nói của mình được lắng nghe.
Bài và ảnh: Thu Hằng
Tin cùng chuyên mục
- Ban Kinh tế - Ngân sách HĐND tỉnh giám sát tại Kim Bảng (15/09/2021)
- Thường trực HĐND tỉnh họp phiên thường kỳ tháng 9 (10/09/2021)
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Thanh Liêm (29/07/2021)
""", "2021-09-22", "Khi đại biểu \"đeo bám\" đến cùng kiến nghị của cử tri",
E("khac", None, None),
[P("Trần Thị Lụa", "đại biểu HĐND tỉnh khóa XIX", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Đinh Văn Hiền", "Bí thư Chi bộ thôn Văn Xá"),
 P("Lê Văn Tiến", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Phạm Văn Đức"),
 P("Nguyễn Thị Thu Trang", "Đại biểu HĐND tỉnh", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("2,7 km", 2.7, "km"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("khoảng 150 ha", 150, "ha", "approx"),
 Q("khoảng 40 người", 40, "người", "approx"), Q("hơn 100 người", 100, "người", "over"),
 Q("1.846 kiến nghị", 1846, "kiến nghị"), Q("trên 92%", 92, "%", "over"),
 Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"), Q("21 kiến nghị tồn đọng kéo dài", 21, "kiến nghị tồn đọng kéo dài")],
[D("Quy chế phối hợp", "03", "QCPH-TTHĐND-UBND-UBMTTQ", None, None, "Quy chế phối hợp số 03/QCPH-TTHĐND-UBND-UBMTTQ")],
[prov("Hà Nam"), com("Nhân Mỹ"), com("Lam Hạ")],
["BÁO HÀ NAM ĐIỆN TỬ", "Chính trị | Xã hội | Kinh tế | Văn hóa",
 "Đại biểu Trần Thị Lụa (thứ hai từ trái sang) kiểm tra tuyến kênh cử tri kiến nghị.", "Cổng thông tin điện tử của HĐND tỉnh",
 "Bài và ảnh: Thu Hằng"],
["22.09.2021 | 16:05", "kênh T4", "5 năm", "3 lần", "2016 - 2021", "4 lần", "2021 - 2026", "khóa XIX", "năm 2020", "năm 2022"]))

PAGES.append(page("b8803-camau-lhpn-txct-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU
Trang chủ › Tin tức › Hoạt động Hội
2022-12-02 16:40
Chủ tịch Hội LHPN tỉnh tiếp xúc cử tri huyện Năm Căn trước kỳ họp cuối năm
Toàn cảnh hội nghị tiếp xúc cử tri tại xã Hàm Rồng.
Ngày 30/11/2022, Tổ đại biểu HĐND tỉnh Cà Mau đơn vị bầu cử số 9 gồm: bà Lâm Thị Hồng Phượng, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; ông Nguyễn Minh Triều, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh; ông Huỳnh Chí Nguyện, HUV, Phó Chủ tịch UBND huyện Năm Căn tiếp xúc cử tri xã Hàm Rồng và thị trấn Năm Căn trước Kỳ họp thứ 10, HĐND tỉnh khóa X - kỳ họp thường lệ cuối năm 2022.
Tham dự có 185 cử tri, trong đó có 64 cử tri nữ là hội viên phụ nữ. Tổ đại biểu đã thông tin về tình hình kinh tế - xã hội năm 2022: tốc độ tăng trưởng kinh tế ước đạt 7,2%, tổng sản lượng tôm ước hơn 230.000 tấn; dự kiến nội dung kỳ họp với 32 nghị quyết trình HĐND tỉnh xem xét.
Cử tri đã nêu 17 ý kiến, kiến nghị. Bà Trần Thị Ngọc Diễm, Chi hội trưởng Chi hội Phụ nữ khóm 2, thị trấn Năm Căn, đề nghị tăng nguồn vốn vay ưu đãi cho phụ nữ nghèo nuôi tôm - rừng; ông Lý Văn Hên ở ấp Trại Lưới A, xã Hàm Rồng, phản ánh 26 hộ nằm trong khu vực sạt lở bờ sông Cửa Lớn cần được di dời khẩn cấp. Cử tri Danh Thị Phượng kiến nghị sớm sửa chữa cầu kênh Xáng Lộ 1.
Giải trình tại buổi tiếp xúc, ông Huỳnh Chí Nguyện cho biết huyện đã bố trí 3,6 tỷ đồng để xây dựng khu tái định cư cho các hộ vùng sạt lở; cầu kênh Xáng sẽ khởi công trong quý I/2023. Bà Lâm Thị Hồng Phượng thông tin, năm 2022 các cấp Hội phụ nữ tỉnh đã phối hợp với Ngân hàng Chính sách xã hội giải ngân hơn 1.050 tỷ đồng dư nợ ủy thác cho 28.600 hộ vay; Hội sẽ kiến nghị tỉnh bổ sung nguồn vốn ủy thác theo Nghị quyết số 09/2021/NQ-HĐND của HĐND tỉnh.
Cũng tại buổi tiếp xúc, tổ đại biểu báo cáo kết quả giải quyết kiến nghị của cử tri sau Kỳ họp thứ 7: trong 24 kiến nghị của cử tri huyện Năm Căn, đã có 19 kiến nghị được trả lời, giải quyết; 5 kiến nghị đang được các ngành xem xét.
Kết thúc buổi tiếp xúc, bà Lâm Thị Hồng Phượng cảm ơn các ý kiến tâm huyết của cử tri; các ý kiến sẽ được tổng hợp, báo cáo Thường trực HĐND tỉnh và đề nghị UBND tỉnh xem xét, trả lời tại kỳ họp. Bà cũng đề nghị các cấp Hội phụ nữ tiếp tục phát huy vai trò giám sát việc giải quyết kiến nghị của hội viên, phụ nữ.
Theo Hội LHPN tỉnh Cà Mau, trong đợt tiếp xúc cử tri này, cán bộ Hội các cấp đã vận động hội viên tham dự đông đủ, chuẩn bị trước các ý kiến thiết thực, tập trung vào sinh kế, việc làm và an toàn cho phụ nữ, trẻ em ở vùng ven biển.
Kim Cương
Tin liên quan
- Hội LHPN tỉnh trao 50 mái ấm tình thương cho phụ nữ nghèo (25/11/2022)
- Phụ nữ Ngọc Hiển ra quân trồng rừng ngập mặn (16/11/2022)
- Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 7 (08/11/2022)
""", "2022-12-02", "Chủ tịch Hội LHPN tỉnh tiếp xúc cử tri huyện Năm Căn trước kỳ họp cuối năm",
E("hoi_nghi", "2022", "2022-11-30"),
[P("Lâm Thị Hồng Phượng", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Minh Triều", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Huỳnh Chí Nguyện", "HUV", "Phó Chủ tịch UBND huyện Năm Căn"),
 P("Trần Thị Ngọc Diễm", "Chi hội trưởng Chi hội Phụ nữ khóm 2"),
 P("Lý Văn Hên"),
 P("Danh Thị Phượng")],
[Q("185 cử tri", 185, "cử tri"), Q("64 cử tri nữ", 64, "cử tri nữ"), Q("7,2%", 7.2, "%"),
 Q("hơn 230.000 tấn", 230000, "tấn", "over"), Q("32 nghị quyết", 32, "nghị quyết"), Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"),
 Q("26 hộ", 26, "hộ"), Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("hơn 1.050 tỷ đồng", 1050000000000, "đồng", "over"),
 Q("28.600 hộ", 28600, "hộ"), Q("24 kiến nghị", 24, "kiến nghị"), Q("19 kiến nghị", 19, "kiến nghị"), Q("5 kiến nghị", 5, "kiến nghị")],
[D("Nghị quyết", "09", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 09/2021/NQ-HĐND")],
[prov("Cà Mau"), com("Hàm Rồng"), com("Năm Căn")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU", "Trang chủ › Tin tức › Hoạt động Hội", "Toàn cảnh hội nghị tiếp xúc cử tri tại xã Hàm Rồng.",
 "Ngân hàng Chính sách xã hội"],
["2022-12-02 16:40", "đơn vị bầu cử số 9", "Kỳ họp thứ 10", "khóa X", "năm 2022", "quý I/2023", "Kỳ họp thứ 7", "khóm 2", "Xáng Lộ 1"]))

PAGES.append(page("b8804-sonla-xa-txct-2022", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ CHIỀNG KHOI - HUYỆN YÊN CHÂU
Trang chủ / Tin tức - Sự kiện / Chính trị
Ngày 20/06/2022
Đại biểu HĐND tỉnh tiếp xúc cử tri xã Chiềng Khoi và xã Phiêng Khoài
Sáng 18/6/2022, Tổ đại biểu HĐND tỉnh Sơn La khóa XV ứng cử tại huyện Yên Châu đã tiếp xúc cử tri xã Chiềng Khoi và xã Phiêng Khoài trước Kỳ họp thứ năm (kỳ họp thường lệ giữa năm 2022), HĐND tỉnh khóa XV.
Đồng chí Cầm Văn Chung phát biểu tại buổi tiếp xúc. Ảnh: Quàng Hương
Tổ đại biểu gồm: đồng chí Cầm Văn Chung, Tỉnh ủy viên, Bí thư Huyện ủy Yên Châu; đồng chí Sùng A Hồ, Phó Trưởng Ban Dân tộc HĐND tỉnh; đồng chí Lò Thị Mai, Phó Giám đốc Sở Lao động - Thương binh và Xã hội. Dự buổi tiếp xúc có các đồng chí Bí thư Đảng ủy xã: Hoàng Văn Pọm (xã Chiềng Khoi), Vì Văn Tiến (xã Phiêng Khoài) cùng 150 cử tri đại diện cho 24 bản.
Đồng chí Sùng A Hồ thông báo tình hình kinh tế - xã hội 6 tháng đầu năm và kết quả giải quyết 39 ý kiến của cử tri huyện Yên Châu gửi đến Kỳ họp thứ tư; đến nay đã có 33 ý kiến được trả lời bằng văn bản.
Tại buổi tiếp xúc, 11 cử tri đã phát biểu với 18 ý kiến, kiến nghị. Cử tri Lò Văn Piếng, bản Nà Dạ, xã Chiềng Khoi đề nghị hỗ trợ bà con tiêu thụ 1.200 tấn mận hậu đang vào vụ; cử tri Mùa A Sáng, bản Phiêng Khoài, đề nghị sớm kéo điện lưới quốc gia cho 46 hộ người Mông chưa có điện. Ông Hà Văn Thiệu, Trưởng bản Nà Cài, phản ánh tình trạng hộ nghèo tái nghèo sau đợt rét đậm làm chết 87 con trâu, bò.
Đồng chí Lò Thị Mai trả lời về chính sách hỗ trợ hộ nghèo theo Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025; năm 2022 huyện Yên Châu được phân bổ khoảng 21 tỷ đồng vốn chương trình. Đồng chí Cầm Văn Chung cho biết huyện đã phối hợp với các doanh nghiệp ký hợp đồng bao tiêu hơn 500 tấn mận, đồng thời đưa 5 tấn mận lên sàn thương mại điện tử.
Kết thúc buổi tiếp xúc, đồng chí Cầm Văn Chung đề nghị Đảng ủy, UBND các xã giải quyết ngay các ý kiến thuộc thẩm quyền; các ý kiến khác sẽ được tổ đại biểu tổng hợp gửi Thường trực HĐND tỉnh.
Theo đánh giá của Đảng ủy xã Chiềng Khoi, buổi tiếp xúc diễn ra dân chủ, thẳng thắn; nhiều cử tri là người cao tuổi, người có uy tín trong bản đã mạnh dạn nêu ý kiến bằng tiếng Thái, tiếng Mông và được cán bộ xã phiên dịch lại. Sau buổi tiếp xúc, UBND xã đã giao cán bộ nông nghiệp phối hợp với các trưởng bản thống kê sản lượng mận của từng hộ để kết nối với doanh nghiệp thu mua, đồng thời rà soát lại danh sách hộ nghèo, hộ cận nghèo bị thiệt hại do rét đậm, rét hại đầu năm để đề nghị huyện hỗ trợ con giống.
Quàng Hương
Tin khác
- Xã Chiềng Khoi tổ chức Ngày hội mận hậu năm 2022 (05/06/2022)
- Hội nghị sơ kết 6 tháng Đảng bộ xã (02/06/2022)
- Bản Nà Dạ đón nhận danh hiệu bản văn hóa (20/05/2022)
""", "2022-06-20", "Đại biểu HĐND tỉnh tiếp xúc cử tri xã Chiềng Khoi và xã Phiêng Khoài",
E("hoi_nghi", "2022", "2022-06-18"),
[P("Cầm Văn Chung", "Tỉnh ủy viên", "Bí thư Huyện ủy Yên Châu"),
 P("Sùng A Hồ", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lò Thị Mai", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Hoàng Văn Pọm", "Bí thư Đảng ủy xã"),
 P("Vì Văn Tiến", "Bí thư Đảng ủy xã"),
 P("Lò Văn Piếng"),
 P("Mùa A Sáng"),
 P("Hà Văn Thiệu", "Trưởng bản Nà Cài")],
[Q("150 cử tri", 150, "cử tri"), Q("24 bản", 24, "bản"), Q("39 ý kiến", 39, "ý kiến"), Q("33 ý kiến", 33, "ý kiến"),
 Q("11 cử tri", 11, "cử tri"), Q("18 ý kiến, kiến nghị", 18, "ý kiến, kiến nghị"), Q("1.200 tấn mận hậu", 1200, "tấn"),
 Q("46 hộ người Mông", 46, "hộ người Mông"), Q("87 con trâu, bò", 87, "con trâu, bò"),
 Q("khoảng 21 tỷ đồng", 21000000000, "đồng", "approx"), Q("hơn 500 tấn", 500, "tấn", "over"), Q("5 tấn", 5, "tấn")],
[D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022")],
[prov("Sơn La"), com("Chiềng Khoi"), com("Phiêng Khoài")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ CHIỀNG KHOI - HUYỆN YÊN CHÂU", "Trang chủ / Tin tức - Sự kiện / Chính trị",
 "Đồng chí Cầm Văn Chung phát biểu tại buổi tiếp xúc. Ảnh: Quàng Hương",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"],
["Ngày 20/06/2022", "khóa XV", "Kỳ họp thứ năm", "năm 2022", "6 tháng đầu năm", "Kỳ họp thứ tư", "2021 - 2025"]))

PAGES.append(page("b8805-binhduong-hdnd-giamsat-2023", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị > Hoạt động HĐND
Thứ Tư, 17/05/2023, 15:30
Ban Pháp chế HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri tại TP.Thuận An
Đoàn giám sát làm việc với UBND TP.Thuận An. Ảnh: Thanh Tuấn
(BDO) Ngày 16/5, Ban Pháp chế HĐND tỉnh Bình Dương tổ chức giám sát kết quả giải quyết các kiến nghị của cử tri gửi đến các kỳ họp năm 2022 trên địa bàn TP.Thuận An. Bà Nguyễn Thị Kim Oanh, Trưởng Ban Pháp chế HĐND tỉnh làm trưởng đoàn.
Tham gia đoàn có các đồng chí Phó Trưởng Ban Pháp chế HĐND tỉnh: Lê Văn Tám, Trần Thanh Liêm; đại diện Văn phòng Đoàn ĐBQH và HĐND tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của UBND TP.Thuận An, năm 2022 cử tri thành phố đã gửi 73 kiến nghị đến HĐND tỉnh, trong đó 29 kiến nghị thuộc thẩm quyền thành phố, 44 kiến nghị thuộc thẩm quyền các sở, ngành. Đến nay, thành phố đã giải quyết xong 25/29 kiến nghị; các sở, ngành đã trả lời 39 kiến nghị. Những kiến nghị còn tồn đọng tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất cho 312 hộ ở phường Bình Chuẩn, tình trạng ngập nước tại phường An Phú và trật tự xây dựng trong khu dân cư tự phát.
Ông Phạm Văn Lộc, Phó Chủ tịch UBND TP.Thuận An cho biết, thành phố đã đầu tư khoảng 86 tỷ đồng cho hệ thống thoát nước trên đường ĐT743, dự kiến hoàn thành trong quý IV/2023; đã xử lý 47 trường hợp xây dựng trái phép. Bà Đặng Thị Thu, Chủ tịch UBND phường Bình Chuẩn, giải trình việc cấp giấy chậm do 185 hồ sơ có nguồn gốc đất chuyển nhượng bằng giấy tay qua nhiều chủ.
Tại buổi giám sát, bà Nguyễn Thị Kim Oanh nhấn mạnh theo Nghị quyết số 594/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, việc theo dõi, đôn đốc giải quyết kiến nghị cử tri là một nội dung giám sát thường xuyên của HĐND. Bà đề nghị thành phố lập lộ trình cụ thể cho từng kiến nghị, phấn đấu giải quyết trên 90% trong năm 2023; công khai kết quả tại các buổi tiếp xúc cử tri và trên trang thông tin điện tử của thành phố.
Đồng chí Lê Văn Tám đề nghị Sở Tài nguyên và Môi trường phối hợp tháo gỡ vướng mắc cho 312 hộ chờ cấp giấy, "không để cử tri phải kiến nghị lần thứ ba". Đoàn giám sát sẽ tổng hợp kết quả, báo cáo tại Kỳ họp thứ 11, HĐND tỉnh khóa X theo Kế hoạch số 12/KH-BPC ngày 20/3/2023 của Ban Pháp chế HĐND tỉnh.
Trước đó, đoàn đã khảo sát thực tế tại khu phố Bình Phước B, phường Bình Chuẩn - nơi nhiều hộ dân sinh sống ổn định hơn 20 năm nhưng chưa được cấp giấy chứng nhận. Người dân bày tỏ mong muốn các cơ quan chức năng sớm có hướng dẫn cụ thể để hoàn thiện hồ sơ, bảo đảm quyền lợi hợp pháp của mình.
Thanh Tuấn
Tin cùng chuyên mục
- Ban Văn hóa - Xã hội HĐND tỉnh giám sát tại Bến Cát (10/05/2023)
- Thường trực HĐND tỉnh tiếp công dân định kỳ tháng 4 (20/04/2023)
- Đại biểu HĐND tỉnh tiếp xúc cử tri TP.Dĩ An (08/12/2022)
""", "2023-05-17", "Ban Pháp chế HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri tại TP.Thuận An",
E("giam_sat", "2022", "2023-05-16"),
[P("Nguyễn Thị Kim Oanh", "Trưởng Ban Pháp chế HĐND tỉnh", "trưởng đoàn"),
 P("Lê Văn Tám", "Phó Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Trần Thanh Liêm", "Phó Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Phạm Văn Lộc", "Phó Chủ tịch UBND TP.Thuận An"),
 P("Đặng Thị Thu", "Chủ tịch UBND phường Bình Chuẩn")],
[Q("73 kiến nghị", 73, "kiến nghị"), Q("29 kiến nghị", 29, "kiến nghị"), Q("44 kiến nghị", 44, "kiến nghị"),
 Q("25/29 kiến nghị", 25, "kiến nghị"), Q("39 kiến nghị", 39, "kiến nghị"), Q("312 hộ", 312, "hộ"),
 Q("khoảng 86 tỷ đồng", 86000000000, "đồng", "approx"), Q("47 trường hợp", 47, "trường hợp"), Q("185 hồ sơ", 185, "hồ sơ"),
 Q("trên 90%", 90, "%", "over")],
[D("Nghị quyết", "594", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 594/NQ-UBTVQH15"),
 D("Kế hoạch", "12", "KH-BPC", "2023-03-20", "Ban Pháp chế HĐND tỉnh", "Kế hoạch số 12/KH-BPC ngày 20/3/2023")],
[prov("Bình Dương"), com("Bình Chuẩn"), com("An Phú")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị > Hoạt động HĐND", "Đoàn giám sát làm việc với UBND TP.Thuận An. Ảnh: Thanh Tuấn", "(BDO)"],
["Thứ Tư, 17/05/2023, 15:30", "năm 2022", "ĐT743", "quý IV/2023", "năm 2023", "lần thứ ba", "Kỳ họp thứ 11", "khóa X", "hơn 20 năm"]))

PAGES.append(page("b8806-kontum-bao-txct-2023", """
Hôm nay: Thứ Năm, 30/11/2023
BÁO KON TUM ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Dân tộc - Tôn giáo
Ngày đăng 28/11/2023 | 09:10
Cử tri Tu Mơ Rông kiến nghị về đường giao thông và đất sản xuất
Ngày 25/11, Tổ đại biểu HĐND tỉnh Kon Tum khóa XII ứng cử tại huyện Tu Mơ Rông đã tiếp xúc cử tri các xã Đăk Na, Măng Ri trước Kỳ họp thứ 6, HĐND tỉnh khóa XII.
Tổ đại biểu gồm các đồng chí: Y Mai, Phó Chủ tịch HĐND tỉnh; A Pớt, Phó Trưởng Ban Dân tộc HĐND tỉnh; Nguyễn Văn Hòa, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn. Tham dự có đồng chí A Thương, HUV, Chủ tịch UBND huyện Tu Mơ Rông và khoảng 170 cử tri là đồng bào Xơ Đăng.
Cử tri xã Măng Ri phát biểu tại buổi tiếp xúc. Ảnh: Y Hương
Đồng chí A Pớt thông tin về tình hình kinh tế - xã hội năm 2023 và những nội dung sẽ trình tại kỳ họp. Theo đó, kỳ họp dự kiến xem xét 41 nội dung, trong đó có các nghị quyết về phân bổ vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và chính sách hỗ trợ phát triển cây sâm Ngọc Linh.
Tại buổi tiếp xúc, cử tri đã nêu 15 ý kiến, kiến nghị. Ông A Hùng, Bí thư Chi bộ thôn Đăk Dế, xã Đăk Na, đề nghị tỉnh sớm sửa chữa tuyến đường từ trung tâm xã vào thôn bị sạt lở sau mưa bão, có đoạn dài khoảng 300 m. Bà Y Nhung, người có uy tín thôn Long Láy 1, xã Măng Ri, kiến nghị giao đất cho 38 hộ trồng sâm dưới tán rừng. Cử tri A Dũng phản ánh nhiều hộ được hỗ trợ bò giống nhưng bò chết do không quen khí hậu.
Trả lời cử tri, đồng chí Nguyễn Văn Hòa cho biết tỉnh đã có Nghị quyết số 33/2022/NQ-HĐND ngày 14/7/2022 của HĐND tỉnh về chính sách hỗ trợ phát triển sâm Ngọc Linh, mỗi hộ được hỗ trợ đến 50 triệu đồng tiền giống. Đồng chí A Thương thông tin huyện đã bố trí 2,5 tỷ đồng khắc phục các tuyến đường sạt lở, trong đó có tuyến vào thôn Đăk Dế.
Đồng chí Y Mai cho biết thêm, trong 42 kiến nghị của cử tri toàn tỉnh gửi đến Kỳ họp thứ 5, đã có 38 kiến nghị được giải quyết hoặc trả lời, đạt 90,5%. Phó Chủ tịch HĐND tỉnh đề nghị cử tri tiếp tục phản ánh kịp thời những vấn đề bức xúc ở cơ sở; các kiến nghị hôm nay sẽ được tổng hợp để chuyển đến UBND tỉnh xem xét, trả lời tại kỳ họp.
Dịp này, Tổ đại biểu đã trao 60 suất quà cho hộ nghèo của hai xã, mỗi suất trị giá 500.000 đồng.
Theo kế hoạch, đợt tiếp xúc cử tri trước Kỳ họp thứ 6 được các tổ đại biểu HĐND tỉnh tổ chức tại tất cả các huyện, thành phố, kết thúc trước ngày 30/11. Ủy ban MTTQ Việt Nam tỉnh sẽ tổng hợp ý kiến, kiến nghị của cử tri để báo cáo tại phiên khai mạc kỳ họp.
Y Hương
Tin liên quan
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Kon Plông (24/11/2023)
- Tu Mơ Rông: 1.200 hộ trồng sâm Ngọc Linh (15/11/2023)
- Thường trực HĐND tỉnh giám sát tại Đăk Glei (03/11/2023)
""", "2023-11-28", "Cử tri Tu Mơ Rông kiến nghị về đường giao thông và đất sản xuất",
E("hoi_nghi", None, "2023-11-25"),
[P("Y Mai", "Phó Chủ tịch HĐND tỉnh"),
 P("A Pớt", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Văn Hòa", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("A Thương", "HUV", "Chủ tịch UBND huyện Tu Mơ Rông"),
 P("A Hùng", "Bí thư Chi bộ thôn Đăk Dế"),
 P("Y Nhung", "người có uy tín thôn Long Láy 1"),
 P("A Dũng")],
[Q("khoảng 170 cử tri", 170, "cử tri", "approx"), Q("41 nội dung", 41, "nội dung"), Q("15 ý kiến, kiến nghị", 15, "ý kiến, kiến nghị"),
 Q("khoảng 300 m", 300, "m", "approx"), Q("38 hộ", 38, "hộ"), Q("đến 50 triệu đồng", 50000000, "đồng"),
 Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("42 kiến nghị", 42, "kiến nghị"), Q("38 kiến nghị", 38, "kiến nghị"),
 Q("90,5%", 90.5, "%"), Q("60 suất quà", 60, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "33", "2022/NQ-HĐND", "2022-07-14", "HĐND tỉnh", "Nghị quyết số 33/2022/NQ-HĐND ngày 14/7/2022")],
[prov("Kon Tum"), com("Đăk Na"), com("Măng Ri")],
["Hôm nay: Thứ Năm, 30/11/2023", "BÁO KON TUM ĐIỆN TỬ", "Chính trị | Kinh tế | Xã hội | Dân tộc - Tôn giáo",
 "Cử tri xã Măng Ri phát biểu tại buổi tiếp xúc. Ảnh: Y Hương",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "sâm Ngọc Linh"],
["Hôm nay: Thứ Năm, 30/11/2023", "Ngày đăng 28/11/2023 | 09:10", "khóa XII", "Kỳ họp thứ 6", "năm 2023", "Kỳ họp thứ 5"]))
