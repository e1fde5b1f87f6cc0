from lib import *
PAGES = []

PAGES.append(page("b4031-quangngai-chimtau-traoqua-2025", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Thời sự | Xã hội | Biển đảo
Cập nhật: 09:42, 07/10/2025 (GMT+7)
Trao hơn 1,2 tỷ đồng hỗ trợ ngư dân có tàu bị chìm do bão số 10
(Baoquangngai.vn) - Ngày 6/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức thăm hỏi, trao hỗ trợ cho ngư dân tại xã Bình Sơn, xã Vạn Tường và đặc khu Lý Sơn có tàu cá bị chìm, hư hỏng do bão số 10.
Đồng chí Đinh Thị Hồng Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao hỗ trợ cho ngư dân xã Vạn Tường. Ảnh: Phạm Linh
Tham gia đoàn có đồng chí A Pớt, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Võ Thanh Hùng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đại diện Hội Nghề cá tỉnh, Liên đoàn Lao động tỉnh.
Theo thống kê, bão số 10 đã làm 21 tàu cá của ngư dân tỉnh Quảng Ngãi bị chìm, 64 tàu bị hư hỏng, trong đó đặc khu Lý Sơn có 9 tàu bị chìm; thiệt hại ước tính khoảng 38 tỷ đồng. Rất may không có thiệt hại về người nhờ các tổ đoàn kết trên biển đã thông tin, dẫn đường cho nhau vào bờ tránh trú kịp thời.
Từ nguồn Quỹ Cứu trợ của tỉnh, Ủy ban MTTQ Việt Nam tỉnh trao 21 chủ tàu có tàu bị chìm mỗi người 40 triệu đồng; 64 chủ tàu có tàu bị hư hỏng mỗi người 5 triệu đồng. Hội Nghề cá tỉnh trao 30 suất quà, mỗi suất 2 triệu đồng cho thuyền viên có hoàn cảnh khó khăn. Tổng số tiền hỗ trợ đợt này hơn 1,2 tỷ đồng.
Ông Trần Văn Quý, chủ tàu QNg 96417 TS ở xã Bình Sơn, có tàu chìm ngay tại khu neo đậu, nghẹn ngào: "Tàu là cả gia tài của gia đình, giờ mất trắng. Được Mặt trận hỗ trợ, tôi sẽ vay thêm để đóng lại tàu". Ông Nguyễn Văn Lượm, Chủ tịch Nghiệp đoàn nghề cá đặc khu Lý Sơn, cho biết nghiệp đoàn có 6 đoàn viên bị mất tàu.
Thực hiện Kế hoạch số 12-KH/BTGDVTU ngày 29/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy và Công văn số 45-CV/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, các cấp Mặt trận đã tiếp nhận hơn 7,5 tỷ đồng ủng hộ khắc phục hậu quả bão. Đồng chí Đinh Thị Hồng Minh đề nghị Ủy ban MTTQ các xã, phường, đặc khu rà soát, phân bổ kịp thời, công khai, không để sót đối tượng; phối hợp ngân hàng hướng dẫn ngư dân vay vốn theo Nghị định 67/2014/NĐ-CP của Chính phủ.
Cũng trong ngày, đoàn đến thăm, tặng quà 4 gia đình ngư dân đang khó khăn ở thôn An Hải, đặc khu Lý Sơn; Liên đoàn Lao động tỉnh trao 15 suất quà cho đoàn viên nghiệp đoàn nghề cá.
Phạm Linh
Lượt xem: 2.641
Tin liên quan
- Ngư dân Sa Huỳnh khẩn trương sửa chữa tàu thuyền sau bão (04/10/2025)
- Quảng Ngãi: hơn 5.000 tàu cá vào nơi tránh trú bão an toàn (28/09/2025)
- MTTQ tỉnh phát động ủng hộ đồng bào bị thiệt hại do bão số 10 (30/09/2025)
""", "2025-10-07", "Trao hơn 1,2 tỷ đồng hỗ trợ ngư dân có tàu bị chìm do bão số 10",
E("trao_qua", None, "2025-10-06"),
[P("Đinh Thị Hồng Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Pớt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thanh Hùng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Quý", "chủ tàu QNg 96417 TS"),
 P("Nguyễn Văn Lượm", "Chủ tịch Nghiệp đoàn nghề cá đặc khu Lý Sơn")],
[Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("21 tàu cá", 21, "tàu cá"), Q("64 tàu", 64, "tàu"), Q("9 tàu", 9, "tàu"),
 Q("khoảng 38 tỷ đồng", 38000000000, "đồng", "approx"), Q("21 chủ tàu", 21, "chủ tàu"), Q("40 triệu đồng", 40000000, "đồng"), Q("64 chủ tàu", 64, "chủ tàu"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("30 suất quà", 30, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("6 đoàn viên", 6, "đoàn viên"),
 Q("hơn 7,5 tỷ đồng", 7500000000, "đồng", "over"), Q("4 gia đình", 4, "gia đình"), Q("15 suất quà", 15, "suất quà")],
[D("Kế hoạch", "12", "KH/BTGDVTU", "2025-09-29", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BTGDVTU ngày 29/9/2025"),
 D("Công văn", "45", "CV/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 45-CV/MTTQ-BTT"),
 D("Nghị định", "67", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 67/2014/NĐ-CP")],
[prov("Quảng Ngãi"), com("Bình Sơn"), com("Vạn Tường"), com("Lý Sơn")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Thời sự | Xã hội | Biển đảo", "(Baoquangngai.vn)",
 "Đồng chí Đinh Thị Hồng Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao hỗ trợ cho ngư dân xã Vạn Tường. Ảnh: Phạm Linh",
 "Quỹ Cứu trợ", "QNg 96417 TS", "Lượt xem: 2.641"],
["Cập nhật: 09:42, 07/10/2025 (GMT+7)", "bão số 10", "Lượt xem: 2.641"]))

PAGES.append(page("b4032-khanhhoa-iuu-giamsat-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KHÁNH HÒA
Trang chủ / Giám sát và phản biện xã hội / Tin hoạt động
17/11/2025 - 10:05
Giám sát việc thực hiện chính sách hỗ trợ ngư dân và chống khai thác IUU tại xã Cà Ná
Ngày 14/11/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Đàng Thị Mỹ Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ ngư dân và các quy định chống khai thác hải sản bất hợp pháp tại UBND xã Cà Ná. Đây là cuộc giám sát thứ hai trong chương trình giám sát năm 2025 của Ủy ban MTTQ tỉnh sau khi hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận.
Đoàn giám sát làm việc với UBND xã Cà Ná.
Cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Khắc Toàn, Phan Thị Xuân Mai; đồng chí Thập Văn Hảo, Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; đồng chí Bá Thị Kim Liên, Chủ tịch Ủy ban MTTQ Việt Nam xã Cà Ná.
Theo báo cáo của UBND xã, Cà Ná hiện có 684 tàu cá, trong đó 172 tàu dài từ 15 m trở lên; 100% tàu thuộc diện đã lắp thiết bị giám sát hành trình. Từ ngày 1/7/2025, xã đã tổ chức 18 đợt tuyên truyền cho hơn 2.400 lượt ngư dân; vận động 520 chủ tàu ký cam kết; hỗ trợ 46 hộ ngư dân nghèo, hộ cận nghèo chuyển đổi sinh kế với tổng kinh phí 690 triệu đồng theo Nghị quyết số 08/2025/NQ-HĐND của HĐND tỉnh. Xã cũng duy trì 31 tổ đoàn kết sản xuất trên biển với 248 tàu và 1 nghiệp đoàn nghề cá với 137 đoàn viên.
Qua giám sát, đoàn ghi nhận vẫn còn 11 tàu cá "3 không" chưa được xử lý dứt điểm; 3 tàu mất kết nối quá 10 ngày chưa xác định vị trí; việc chi trả hỗ trợ phí bảo hiểm cho thuyền viên theo Nghị định 67/2014/NĐ-CP, Nghị định 17/2018/NĐ-CP còn chậm, khoảng 35% hồ sơ tồn đọng từ trước khi sắp xếp.
Ông Thông Minh Dũng, người có uy tín thôn Lạc Tiến, xã Cà Ná, cho biết bà con người Chăm làm nghề biển đồng thuận cao với chủ trương chống khai thác IUU; ông Châu Văn Nhiều, Chủ tịch Nghiệp đoàn nghề cá xã Cà Ná, đề nghị sớm nạo vét khu neo đậu tránh trú bão.
Kết luận giám sát, đồng chí Đàng Thị Mỹ Hương đề nghị UBND xã thực hiện nghiêm Chỉ thị số 32-CT/TW của Ban Bí thư, Kế hoạch số 15-KH/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy; hoàn thành chi trả hỗ trợ trước ngày 31/12/2025. Ủy ban MTTQ tỉnh sẽ tổng hợp 7 kiến nghị gửi UBND tỉnh.
Thu Hằng
Lượt xem: 429
Tin khác
- Giám sát việc thực hiện Quy chế dân chủ ở phường Ninh Chử (05/11/2025)
- Ủy ban MTTQ tỉnh trao 300 lá cờ cho ngư dân Nam Nha Trang (24/10/2025)
- Hội nghị hiệp thương cử Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh (10/10/2025)
""", "2025-11-17", "Giám sát việc thực hiện chính sách hỗ trợ ngư dân và chống khai thác IUU tại xã Cà Ná",
E("giam_sat", "2025", "2025-11-14"),
[P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Khắc Toàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Thị Xuân Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thập Văn Hảo", "Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bá Thị Kim Liên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Cà Ná"),
 P("Thông Minh Dũng", "người có uy tín thôn Lạc Tiến"),
 P("Châu Văn Nhiều", "Chủ tịch Nghiệp đoàn nghề cá xã Cà Ná")],
[Q("684 tàu cá", 684, "tàu cá"), Q("172 tàu", 172, "tàu"), Q("100%", 100, "%"), Q("18 đợt tuyên truyền", 18, "đợt tuyên truyền"),
 Q("hơn 2.400 lượt ngư dân", 2400, "lượt ngư dân", "over"), Q("520 chủ tàu", 520, "chủ tàu"),
 Q("46 hộ ngư dân nghèo, hộ cận nghèo", 46, "hộ ngư dân nghèo, hộ cận nghèo"), Q("690 triệu đồng", 690000000, "đồng"),
 Q("31 tổ đoàn kết sản xuất trên biển", 31, "tổ đoàn kết sản xuất trên biển"), Q("248 tàu", 248, "tàu"),
 Q("137 đoàn viên", 137, "đoàn viên"), Q("11 tàu cá", 11, "tàu cá"), Q("3 tàu", 3, "tàu"), Q("khoảng 35%", 35, "%", "approx"),
 Q("7 kiến nghị", 7, "kiến nghị")],
[D("Nghị quyết", "08", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 08/2025/NQ-HĐND"),
 D("Nghị định", "67", "2014/NĐ-CP", None, None, "Nghị định 67/2014/NĐ-CP"),
 D("Nghị định", "17", "2018/NĐ-CP", None, None, "Nghị định 17/2018/NĐ-CP"),
 D("Chỉ thị", "32", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 32-CT/TW"),
 D("Kế hoạch", "15", "KH/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU ngày 20/8/2025")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Cà Ná")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KHÁNH HÒA", "Trang chủ / Giám sát và phản biện xã hội / Tin hoạt động",
 "Đoàn giám sát làm việc với UBND xã Cà Ná.", "Lượt xem: 429"],
["17/11/2025 - 10:05", "năm 2025", "15 m", "3 không", "10 ngày", "1 nghiệp đoàn nghề cá", "Lượt xem: 429"]))

PAGES.append(page("b4033-angiang-iuu-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ › Dân vận › Tin hoạt động
T6, 26/12/2025 - 14:00
Ảnh: Quang cảnh hội nghị tại điểm cầu phường Rạch Giá.
Khối dân vận vùng biển: 100% tàu cá ký cam kết không vi phạm vùng biển nước ngoài
Ngày 25/12/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến tổng kết công tác dân vận tham gia chống khai thác IUU năm 2025, triển khai nhiệm vụ năm 2026, với 24 điểm cầu xã, phường, đặc khu ven biển. Đồng chí Danh Thị Mỹ Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Năm 2025 là năm đầu tiên tỉnh An Giang mới (hợp nhất từ tỉnh An Giang và tỉnh Kiên Giang) vận hành chính quyền địa phương 2 cấp. Báo cáo cho biết, toàn tỉnh quản lý 7.980 tàu cá, trong đó 2.716 tàu dài từ 15 m trở lên; 100% tàu thuộc diện đã lắp thiết bị giám sát hành trình, 100% chủ tàu ký cam kết không vi phạm vùng biển nước ngoài. Năm 2025 giảm 5 tàu, 31 ngư dân bị nước ngoài bắt giữ so với năm 2024.
Thực hiện Kết luận 06, 07-KL/TU của Ban Thường vụ Tỉnh ủy và Quyết định số 19-QĐ/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, khối dân vận đã tổ chức 412 cuộc tuyên truyền cho khoảng 26.500 lượt người; xây dựng 57 mô hình "Dân vận khéo" trong lĩnh vực thủy sản, trong đó 9 mô hình cấp tỉnh; duy trì 318 tổ đoàn kết, tổ hợp tác khai thác hải sản và 12 nghiệp đoàn nghề cá.
Đồng chí Danh Thị Mỹ Ngọc phát biểu kết luận hội nghị.
Tại điểm cầu đặc khu Phú Quốc, ông Nguyễn Văn Tèo, Chủ tịch Nghiệp đoàn nghề cá đặc khu Phú Quốc, cho biết các tổ đoàn kết đã cứu hộ 14 tàu, 83 ngư dân. Ông Danh Sa Rinh, người có uy tín ấp Ba Hòn, xã Kiên Lương, chia sẻ kinh nghiệm vận động bà con người Khmer; bà Thị Sa Ri Na, Chủ tịch Hội Liên hiệp Phụ nữ xã Tây Yên, đề nghị nhân rộng mô hình "Vợ ngư dân không để chồng vi phạm IUU" với 1.200 hội viên tham gia.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Thanh Vũ, Lý Thị Kim Phượng, Chau Sóc Khene trình bày phương hướng năm 2026: ít nhất 95% hội viên nông dân làm nghề biển được tuyên truyền; mỗi xã ven biển có từ 2 mô hình dân vận khéo trở lên.
Phát biểu kết luận, đồng chí Danh Thị Mỹ Ngọc yêu cầu thực hiện nghiêm Nghị quyết số 36-NQ/TW của Ban Chấp hành Trung ương và Quyết định 1294/QĐ-TTg của Thủ tướng Chính phủ; không để tàu cá vi phạm trước đợt thanh tra của EC. Dịp này, Ban tặng giấy khen cho 20 tập thể, 25 cá nhân tiêu biểu.
Kim Hà
Lượt xem: 612
Tin liên quan
- Phú Quốc: 500 ngư dân được tập huấn chống khai thác IUU (12/12/2025)
- Rạch Giá: giao ban công tác dân vận tháng 11 (28/11/2025)
""", "2025-12-26", "Khối dân vận vùng biển: 100% tàu cá ký cam kết không vi phạm vùng biển nước ngoài",
E("tong_ket", "2025", "2025-12-25"),
[P("Danh Thị Mỹ Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tèo", "Chủ tịch Nghiệp đoàn nghề cá đặc khu Phú Quốc"),
 P("Danh Sa Rinh", "người có uy tín ấp Ba Hòn"),
 P("Thị Sa Ri Na", "Chủ tịch Hội Liên hiệp Phụ nữ xã Tây Yên"),
 P("Trần Thanh Vũ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Thị Kim Phượng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Sóc Khene", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("100%", 100, "%"), Q("100% chủ tàu", 100, "%"), Q("24 điểm cầu xã, phường, đặc khu ven biển", 24, "điểm cầu xã, phường, đặc khu ven biển"),
 Q("7.980 tàu cá", 7980, "tàu cá"), Q("2.716 tàu", 2716, "tàu"), Q("5 tàu", 5, "tàu"), Q("31 ngư dân", 31, "ngư dân"),
 Q("412 cuộc tuyên truyền", 412, "cuộc tuyên truyền"), Q("khoảng 26.500 lượt người", 26500, "lượt người", "approx"),
 Q("57 mô hình", 57, "mô hình"), Q("9 mô hình cấp tỉnh", 9, "mô hình cấp tỉnh"),
 Q("318 tổ đoàn kết, tổ hợp tác khai thác hải sản", 318, "tổ đoàn kết, tổ hợp tác khai thác hải sản"),
 Q("12 nghiệp đoàn nghề cá", 12, "nghiệp đoàn nghề cá"), Q("14 tàu", 14, "tàu"), Q("83 ngư dân", 83, "ngư dân"),
 Q("1.200 hội viên", 1200, "hội viên"), Q("ít nhất 95%", 95, "%", "over"), Q("từ 2 mô hình dân vận khéo trở lên", 2, "mô hình dân vận khéo", "over"),
 Q("20 tập thể", 20, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Quyết định", "19", "QĐ/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Quyết định số 19-QĐ/BTGDVTU"),
 D("Nghị quyết", "36", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 36-NQ/TW"),
 D("Quyết định", "1294", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1294/QĐ-TTg")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Phú Quốc"), com("Kiên Lương"), com("Tây Yên")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ › Dân vận › Tin hoạt động",
 "Ảnh: Quang cảnh hội nghị tại điểm cầu phường Rạch Giá.", "Đồng chí Danh Thị Mỹ Ngọc phát biểu kết luận hội nghị.",
 "Dân vận khéo", "Vợ ngư dân không để chồng vi phạm IUU", "Lượt xem: 612"],
["T6, 26/12/2025 - 14:00", "Năm 2025", "năm 2025", "năm 2026", "năm 2024", "2 cấp", "15 m", "Lượt xem: 612"]))

PAGES.append(page("b4034-gialai-mattran-taphuan-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI
Trang chủ >> Tin tức >> Hoạt động Mặt trận các cấp
Thứ Hai, 12/01/2026 - 16:10
Hôm nay: Thứ Năm, 15/01/2026
Bồi dưỡng nghiệp vụ vận động ngư dân cho 210 cán bộ Mặt trận vùng biển
Ngày 9 và 10/1/2026, tại phường Quy Nhơn, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn năm 2026 về nghiệp vụ tuyên truyền, vận động ngư dân chống khai thác IUU và bảo vệ chủ quyền biển, đảo cho 210 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ Việt Nam các xã, phường ven biển và trưởng Ban Công tác Mặt trận thôn, khu phố.
Đồng chí Rơ Châm H'Yen, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc lớp tập huấn. Ảnh: Minh Nhật
Phát biểu khai mạc, đồng chí Rơ Châm H'Yen, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sau hợp nhất, tỉnh Gia Lai có 16 xã, phường ven biển với 6.130 tàu cá, khoảng 42.000 lao động nghề biển; 478 tổ đoàn kết trên biển với 3.260 tàu. Năm 2025, Mặt trận các cấp đã vận động hỗ trợ 36 gia đình ngư dân có tàu bị chìm với số tiền hơn 1,8 tỷ đồng.
Các học viên được Thượng tá Nguyễn Văn Lành, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh, thông tin tình hình biển Đông; TS. Lê Thị Thu Hà, giảng viên Trường Chính trị tỉnh, giới thiệu chuyên đề về Luật Biển Việt Nam năm 2012 và Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương về Chiến lược phát triển bền vững kinh tế biển. Ông Trần Minh Hiếu, Phó Chi cục trưởng Chi cục Thủy sản và Kiểm ngư, hướng dẫn Nghị định 38/2024/NĐ-CP và các quy định về ghi, nộp nhật ký khai thác điện tử.
Lớp tập huấn cũng quán triệt Hướng dẫn số 03-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 07-KH/MTTQ-BTT, kế hoạch số 08-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát thực hiện chính sách đối với ngư dân năm 2026.
Tại lớp học, ông Nguyễn Văn Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường Hoài Nhơn Bắc, chia sẻ cách phối hợp Nghiệp đoàn nghề cá phường vận động 640 chủ tàu ký cam kết; bà Đinh Thị Thanh, trưởng Ban Công tác Mặt trận thôn Vĩnh Lợi, xã Phù Mỹ Đông, kể về việc lập nhóm Zalo gồm 125 vợ ngư dân để nắm tình hình tàu trên biển.
Bế mạc lớp tập huấn, đồng chí Hồ Văn Thuận, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, đề nghị học viên vận dụng kiến thức, phấn đấu năm 2026 mỗi xã, phường ven biển có ít nhất 1 mô hình Mặt trận tham gia chống khai thác IUU; 100% học viên đã hoàn thành bài thu hoạch.
Minh Nhật
Lượt xem: 386
Tin liên quan
- Ủy ban MTTQ tỉnh thăm, tặng quà ngư dân đảo Nhơn Châu (05/01/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (30/12/2025)
""", "2026-01-12", "Bồi dưỡng nghiệp vụ vận động ngư dân cho 210 cán bộ Mặt trận vùng biển",
E("tap_huan", "2026", "2026-01-09"),
[P("Rơ Châm H'Yen", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lành", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Lê Thị Thu Hà", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Trần Minh Hiếu", "Phó Chi cục trưởng Chi cục Thủy sản và Kiểm ngư"),
 P("Nguyễn Văn Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hoài Nhơn Bắc"),
 P("Đinh Thị Thanh", "trưởng Ban Công tác Mặt trận thôn Vĩnh Lợi"),
 P("Hồ Văn Thuận", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("210 cán bộ Mặt trận", 210, "cán bộ Mặt trận"), Q("16 xã, phường ven biển", 16, "xã, phường ven biển"), Q("6.130 tàu cá", 6130, "tàu cá"),
 Q("khoảng 42.000 lao động nghề biển", 42000, "lao động nghề biển", "approx"), Q("478 tổ đoàn kết trên biển", 478, "tổ đoàn kết trên biển"),
 Q("3.260 tàu", 3260, "tàu"), Q("36 gia đình ngư dân", 36, "gia đình ngư dân"), Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("640 chủ tàu", 640, "chủ tàu"), Q("125 vợ ngư dân", 125, "vợ ngư dân"), Q("100%", 100, "%")],
[D("Nghị quyết", "36", "NQ/TW", "2018-10-22", "Ban Chấp hành Trung ương", "Nghị quyết số 36-NQ/TW ngày 22/10/2018"),
 D("Nghị định", "38", "2024/NĐ-CP", None, None, "Nghị định 38/2024/NĐ-CP"),
 D("Hướng dẫn", "03", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 03-HD/MTTW-BTT"),
 D("Kế hoạch", "07", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 07-KH/MTTQ-BTT"),
 D("Kế hoạch", "08", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "kế hoạch số 08-KH/MTTQ-BTT")],
[prov("Gia Lai"), com("Quy Nhơn"), com("Hoài Nhơn Bắc"), com("Phù Mỹ Đông")],
["ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", "Trang chủ >> Tin tức >> Hoạt động Mặt trận các cấp",
 "Đồng chí Rơ Châm H'Yen, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc lớp tập huấn. Ảnh: Minh Nhật",
 "Luật Biển Việt Nam", "Chiến lược phát triển bền vững kinh tế biển", "Trường Chính trị tỉnh", "Lượt xem: 386"],
["Thứ Hai, 12/01/2026 - 16:10", "Hôm nay: Thứ Năm, 15/01/2026", "năm 2026", "Năm 2025", "năm 2012", "1 mô hình", "Lượt xem: 386"]))

PAGES.append(page("b4035-danang-iuu-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY ĐÀ NẴNG
You are here: Trang chủ / Tin tức / Dân vận
08:15 | 03/04/2026
Đồng chí Lê Thị Kim Ngân phát biểu kết luận giao ban.
Vận động ngư dân giữ vững kết quả chống khai thác IUU sau khi EC gỡ "thẻ vàng"
Chiều 2/4/2026, Ban Tuyên giáo và Dân vận Thành ủy tổ chức giao ban khối dân vận quý I năm 2026 với chuyên đề vận động ngư dân giữ vững kết quả chống khai thác IUU. Đồng chí Lê Thị Kim Ngân, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy chủ trì.
Theo báo cáo, thành phố Đà Nẵng (sau hợp nhất với tỉnh Quảng Nam) hiện quản lý 4.865 tàu cá, trong đó 1.412 tàu dài từ 15 m trở lên; quý I không có tàu cá vi phạm vùng biển nước ngoài, không có tàu mất kết nối quá 10 ngày. Khối dân vận các xã, phường ven biển đã tổ chức 96 buổi tuyên truyền tại bến cá, cảng cá cho khoảng 6.800 lượt ngư dân; trao 1.500 tờ gấp song ngữ Việt - Cơ Tu cho thuyền viên người đồng bào miền núi làm thuê trên tàu cá.
Ủy ban MTTQ Việt Nam thành phố và các tổ chức chính trị - xã hội đã triển khai Kế hoạch số 26-KH/TU ngày 5/1/2026 của Ban Thường vụ Thành ủy; phối hợp Bộ đội Biên phòng thành phố ra mắt 8 mô hình "Bến cá không có tàu vi phạm IUU" tại các phường Sơn Trà, Hội An Đông và các xã Tam Hải, Núi Thành, Thăng An.
Toàn cảnh giao ban khối dân vận quý I.
Tại giao ban, đồng chí Alăng Thị Bía, Trưởng Ban Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Thành ủy, báo cáo tình hình 214 lao động người Cơ Tu, Ve đi biển thuê; ông Huỳnh Văn Tám, Chủ tịch Nghiệp đoàn nghề cá xã Tam Hải, đề nghị hỗ trợ 100% phí thuê bao thiết bị giám sát hành trình năm 2026 cho tàu dưới 24 m. Các đồng chí Bí thư Đảng ủy phường: Trần Quốc Việt (Sơn Trà), Nguyễn Thị Hạnh (Hội An Đông) trao đổi cách làm của tổ dân vận khu dân cư ven biển.
Kết luận, đồng chí Lê Thị Kim Ngân yêu cầu quý II tiếp tục thực hiện Chỉ thị số 32-CT/TW của Ban Bí thư, Quyết định 208/QĐ-TTg ngày 10/3/2026 của Thủ tướng Chính phủ ban hành kế hoạch duy trì kết quả chống khai thác IUU; nhân rộng mô hình lên ít nhất 15 bến cá; không để phát sinh tàu cá "3 không". Ban giao Phòng Dân vận chính quyền xây dựng hướng dẫn số 04-HD/BTGDVTU về vận động ngư dân tham gia bảo hiểm.
Dịp này, Ban Tuyên giáo và Dân vận Thành ủy phối hợp Liên đoàn Lao động thành phố trao 40 suất quà, mỗi suất 1 triệu đồng cho thuyền viên là đồng bào dân tộc thiểu số.
Ngọc Hà
Lượt xem: 503
Tin liên quan
- Ra mắt mô hình "Bến cá không có tàu vi phạm IUU" tại Tam Hải (20/03/2026)
- Giao ban khối dân vận quý IV năm 2025 (30/12/2025)
""", "2026-04-03", "Vận động ngư dân giữ vững kết quả chống khai thác IUU sau khi EC gỡ \"thẻ vàng\"",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Lê Thị Kim Ngân", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Alăng Thị Bía", "Trưởng Ban Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Huỳnh Văn Tám", "Chủ tịch Nghiệp đoàn nghề cá xã Tam Hải"),
 P("Trần Quốc Việt", "Bí thư Đảng ủy phường"),
 P("Nguyễn Thị Hạnh", "Bí thư Đảng ủy phường")],
[Q("4.865 tàu cá", 4865, "tàu cá"), Q("1.412 tàu", 1412, "tàu"), Q("96 buổi tuyên truyền", 96, "buổi tuyên truyền"),
 Q("khoảng 6.800 lượt ngư dân", 6800, "lượt ngư dân", "approx"), Q("1.500 tờ gấp song ngữ Việt - Cơ Tu", 1500, "tờ gấp song ngữ Việt - Cơ Tu"),
 Q("8 mô hình", 8, "mô hình"), Q("214 lao động người Cơ Tu, Ve", 214, "lao động người Cơ Tu, Ve"), Q("100%", 100, "%"),
 Q("ít nhất 15 bến cá", 15, "bến cá", "over"), Q("40 suất quà", 40, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "26", "KH/TU", "2026-01-05", "Ban Thường vụ Thành ủy", "Kế hoạch số 26-KH/TU ngày 5/1/2026"),
 D("Chỉ thị", "32", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 32-CT/TW"),
 D("Quyết định", "208", "QĐ-TTg", "2026-03-10", "Thủ tướng Chính phủ", "Quyết định 208/QĐ-TTg ngày 10/3/2026"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, None, "hướng dẫn số 04-HD/BTGDVTU")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Sơn Trà"), com("Hội An Đông"), com("Tam Hải"), com("Núi Thành"), com("Thăng An")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY ĐÀ NẴNG", "You are here: Trang chủ / Tin tức / Dân vận",
 "Đồng chí Lê Thị Kim Ngân phát biểu kết luận giao ban.", "Toàn cảnh giao ban khối dân vận quý I.",
 "Bến cá không có tàu vi phạm IUU", "thẻ vàng", "Lượt xem: 503"],
["08:15 | 03/04/2026", "quý I năm 2026", "quý II", "15 m", "10 ngày", "24 m", "năm 2026", "3 không", "Lượt xem: 503"]))

PAGES.append(page("b4036-camau-tohoptac-khac-2026", """
ĐẢNG ỦY - HĐND - UBND XÃ SÔNG ĐỐC
Trang chủ | Tin tức - Sự kiện | Kinh tế biển
Ngày 20/05/2026
Tổ hợp tác khai thác hải sản Sông Đốc 1: 14 tàu, một "mái nhà" trên biển
Giữa tháng 5, khi gió chướng vừa dứt, 14 tàu của Tổ hợp tác khai thác hải sản Sông Đốc 1 lại đồng loạt xuất bến. Ít ai biết, 6 năm trước, tổ chỉ có 5 chiếc tàu cũ, thường xuyên thua lỗ. Ngày nay, mỗi chuyến biển kéo dài 20 - 25 ngày, tổ mang về bình quân 180 tấn hải sản.
Tổ trưởng Trần Văn Bảy (thứ hai từ phải) kiểm tra nhật ký khai thác điện tử trước khi xuất bến.
Ông Trần Văn Bảy, Tổ trưởng Tổ hợp tác khai thác hải sản Sông Đốc 1, kể: mọi quy định trong tổ được bàn bạc dân chủ và ghi vào quy chế, như mỗi tàu đóng góp 2 triệu đồng/chuyến vào quỹ chung, tàu nào gặp nạn thì cả tổ hỗ trợ. Năm 2025, quỹ tổ đã chi 320 triệu đồng sửa chữa 3 tàu hỏng máy, hỗ trợ 2 thuyền viên bị tai nạn lao động.
Trong tổ có 9 đảng viên và 23 đoàn viên nghiệp đoàn nghề cá. Ông Lý Hoàng Phúc, Bí thư Chi bộ ấp Cái Bát, thành viên tổ, cho biết từ khi lắp thiết bị giám sát hành trình và thực hiện nhật ký khai thác điện tử, 100% tàu của tổ không vi phạm. Tổ cũng nhận "đỡ đầu" 7 học sinh là con em ngư dân nghèo trong xã, mỗi em 500.000 đồng mỗi tháng.
Anh Thạch Sô Phên, thuyền viên người Khmer quê phường Vĩnh Trạch, đã gắn bó với tổ 5 năm: "Ở đây anh em coi nhau như ruột thịt, thu nhập mỗi tháng khoảng 12 triệu đồng, đủ lo cho vợ con".
Đánh giá về mô hình, đồng chí Nguyễn Hoàng Khởi, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Sông Đốc, cho biết: xã hiện có 1.240 tàu cá, 42 tổ đoàn kết, tổ hợp tác trên biển; trong đó Sông Đốc 1 là tổ tiêu biểu, được Ủy ban MTTQ Việt Nam tỉnh Cà Mau tặng bằng khen năm 2025. Bà Dương Thị Bé Tư, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận xã sẽ nhân rộng mô hình tổ hợp tác theo quy chế, với mục tiêu thêm ít nhất 5 tổ trong năm 2026, gắn với Kế hoạch số 14-KH/ĐU của Đảng ủy xã về phát triển kinh tế biển.
Tổ hợp tác Sông Đốc 1 hiện có 126 thuyền viên; dự kiến năm 2026 sẽ đóng mới thêm 2 tàu vỏ thép với tổng vốn khoảng 14 tỷ đồng.
Chia tay chúng tôi ở cửa biển, ông Bảy nói vui: "Trên bờ có nhà, trên biển có tổ". Theo ông, điều quý nhất không phải là số tiền trong quỹ mà là sự tin nhau: tàu đi trước báo luồng cá, tàu đi sau mang dầu, nước ngọt tiếp tế, không ai phải đơn độc giữa biển khơi. Đảng ủy xã đã chọn Sông Đốc 1 làm điểm để các tổ khác đến học tập kinh nghiệm trong quý III tới.
Hồng Nhung (Trung tâm Dịch vụ tổng hợp xã)
Lượt truy cập: 217
Tin khác
- Xã Sông Đốc ra quân chống khai thác IUU (10/05/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã tháng 4/2026 (28/04/2026)
""", "2026-05-20", "Tổ hợp tác khai thác hải sản Sông Đốc 1: 14 tàu, một \"mái nhà\" trên biển",
E("khac", None, None),
[P("Trần Văn Bảy", "Tổ trưởng", "Tổ trưởng Tổ hợp tác khai thác hải sản Sông Đốc 1"),
 P("Lý Hoàng Phúc", "Bí thư Chi bộ ấp Cái Bát"),
 P("Thạch Sô Phên", "thuyền viên"),
 P("Nguyễn Hoàng Khởi", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Sông Đốc"),
 P("Dương Thị Bé Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("14 tàu", 14, "tàu"), Q("5 chiếc tàu cũ", 5, "chiếc tàu cũ"), Q("180 tấn", 180, "tấn"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("320 triệu đồng", 320000000, "đồng"), Q("3 tàu", 3, "tàu"), Q("2 thuyền viên", 2, "thuyền viên"),
 Q("9 đảng viên", 9, "đảng viên"), Q("23 đoàn viên", 23, "đoàn viên"), Q("100%", 100, "%"), Q("7 học sinh", 7, "học sinh"),
 Q("500.000 đồng", 500000, "đồng"), Q("khoảng 12 triệu đồng", 12000000, "đồng", "approx"), Q("1.240 tàu cá", 1240, "tàu cá"),
 Q("42 tổ đoàn kết, tổ hợp tác trên biển", 42, "tổ đoàn kết, tổ hợp tác trên biển"), Q("ít nhất 5 tổ", 5, "tổ", "over"),
 Q("126 thuyền viên", 126, "thuyền viên"), Q("2 tàu vỏ thép", 2, "tàu vỏ thép"), Q("khoảng 14 tỷ đồng", 14000000000, "đồng", "approx")],
[D("Kế hoạch", "14", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 14-KH/ĐU")],
[prov("Cà Mau"), com("Sông Đốc"), com("Vĩnh Trạch")],
["ĐẢNG ỦY - HĐND - UBND XÃ SÔNG ĐỐC", "Trang chủ | Tin tức - Sự kiện | Kinh tế biển",
 "Tổ trưởng Trần Văn Bảy (thứ hai từ phải) kiểm tra nhật ký khai thác điện tử trước khi xuất bến.", "đỡ đầu", "mái nhà",
 "Tổ hợp tác khai thác hải sản Sông Đốc 1", "Lượt truy cập: 217", "Trên bờ có nhà, trên biển có tổ"],
["Ngày 20/05/2026", "Sông Đốc 1", "quý III", "20 - 25 ngày", "6 năm", "5 năm", "Năm 2025", "năm 2026", "Lượt truy cập: 217"]))
