from lib import *
PAGES = []

PAGES.append(page("b4277-quangbinh-mttq-cuutro-2011", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG BÌNH
Trang chủ » Hoạt động Mặt trận » Cứu trợ - An sinh xã hội
Thứ Năm, 20/10/2011 - 16:40
Ảnh: Đoàn công tác trao quà tại xã Sen Thủy.
Trao hơn 1,2 tỷ đồng hỗ trợ nhân dân vùng lũ Lệ Thủy, Quảng Ninh
Ngày 18/10, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Hội Chữ thập đỏ tỉnh tổ chức trao quà cứu trợ cho nhân dân hai huyện Lệ Thủy và Quảng Ninh bị thiệt hại nặng do đợt lũ lớn từ ngày 10 đến 14/10/2011. Đồng chí Trần Thị Kim Oanh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đoàn.
Theo báo cáo của Ban Chỉ huy phòng chống lụt bão tỉnh, đợt lũ đã làm 6 người chết, 2 người mất tích; 41.260 ngôi nhà bị ngập, trong đó 27 nhà bị sập, trôi hoàn toàn; hơn 3.400 ha lúa và hoa màu bị hư hại, tổng thiệt hại ước khoảng 320 tỷ đồng.
Thực hiện Nghị định số 64/2008/NĐ-CP của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ nhân dân khắc phục khó khăn do thiên tai, Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Thư kêu gọi và Hướng dẫn số 17/HD-MT ngày 14/10/2011 gửi các tổ chức, cá nhân. Đến ngày 17/10, Ban Cứu trợ tỉnh đã tiếp nhận hơn 1,2 tỷ đồng cùng 16 tấn gạo, 2.500 thùng mì tôm của các đơn vị, doanh nghiệp và nhà hảo tâm.
Tại xã Sen Thủy, đoàn đã trao 300 suất quà, mỗi suất gồm 20 kg gạo và 300.000 đồng tiền mặt; tại xã Hàm Ninh, đoàn trao 250 suất quà cho các hộ bị ngập sâu và 27 hộ có nhà bị sập, mỗi hộ 5 triệu đồng để dựng lại nhà tạm. Cùng đi với đoàn có bà Lê Thị Hạnh, Phó Chủ tịch Hội Chữ thập đỏ tỉnh và ông Hồ Văn Tuấn, HUV, Chủ tịch Ủy ban MTTQ huyện Quảng Ninh.
Ông Đinh Xuân Nguyên, Bí thư Đảng ủy, Chủ tịch HĐND xã Hàm Ninh, cho biết nước lũ rút chậm, 1.120 hộ trong xã vẫn còn bị cô lập; xã đã huy động 85 đoàn viên thanh niên, dân quân dùng thuyền đưa lương thực, nước uống đến từng thôn. Các hội đoàn thể xã cũng tổ chức nấu 1.500 suất cơm nắm phát cho bà con.
Phát biểu tại buổi trao quà, đồng chí Trần Thị Kim Oanh thay mặt Ủy ban MTTQ Việt Nam tỉnh Quảng Bình đề nghị cấp ủy, chính quyền và Mặt trận các xã rà soát chính xác danh sách hộ thiệt hại, phân bổ tiền hàng cứu trợ công khai, đúng đối tượng, không để hộ nào bị đói, rét; đồng thời vận động nhân dân tổng vệ sinh môi trường, phòng dịch bệnh sau lũ.
Dịp này, Ủy ban MTTQ tỉnh cũng chuyển 200 triệu đồng hỗ trợ huyện Tuyên Hóa và 150 triệu đồng hỗ trợ huyện Minh Hóa, nơi có nhiều điểm sạt lở trên tuyến đường 12A.
Hoài Nam
Lượt xem: 1.204
Tin liên quan
- Quảng Bình: khẩn cấp hỗ trợ 5.000 hộ dân vùng lũ (16/10/2011)
- Nhiều doanh nghiệp chung tay ủng hộ đồng bào lũ lụt (12/10/2011)
- Hội nghị triển khai công tác phòng, chống lụt bão năm 2011 (05/08/2011)
""", "2011-10-20", "Trao hơn 1,2 tỷ đồng hỗ trợ nhân dân vùng lũ Lệ Thủy, Quảng Ninh",
E("trao_qua", None, "2011-10-18"),
[P("Trần Thị Kim Oanh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hạnh", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Hồ Văn Tuấn", "HUV", "Chủ tịch Ủy ban MTTQ huyện Quảng Ninh"),
 P("Đinh Xuân Nguyên", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hàm Ninh")],
[Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("6 người chết", 6, "người"), Q("2 người mất tích", 2, "người"), Q("41.260 ngôi nhà", 41260, "ngôi nhà"),
 Q("27 nhà", 27, "nhà"), Q("hơn 3.400 ha", 3400, "ha", "over"), Q("khoảng 320 tỷ đồng", 320000000000, "đồng", "approx"),
 Q("16 tấn gạo", 16, "tấn"), Q("2.500 thùng mì tôm", 2500, "thùng mì tôm"),
 Q("300 suất quà", 300, "suất quà"), Q("20 kg gạo", 20, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("250 suất quà", 250, "suất quà"), Q("27 hộ", 27, "hộ"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("1.120 hộ", 1120, "hộ"), Q("85 đoàn viên thanh niên, dân quân", 85, "đoàn viên thanh niên, dân quân"),
 Q("1.500 suất cơm nắm", 1500, "suất cơm nắm"), Q("200 triệu đồng", 200000000, "đồng"), Q("150 triệu đồng", 150000000, "đồng")],
[D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2008/NĐ-CP"),
 D("Hướng dẫn", "17", "HD-MT", "2011-10-14", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 17/HD-MT ngày 14/10/2011")],
[prov("Quảng Bình"), com("Sen Thủy"), com("Hàm Ninh")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG BÌNH", "Trang chủ » Hoạt động Mặt trận » Cứu trợ - An sinh xã hội",
 "Ảnh: Đoàn công tác trao quà tại xã Sen Thủy.", "Lượt xem: 1.204", "Ban Chỉ huy phòng chống lụt bão tỉnh", "Thư kêu gọi"],
["Thứ Năm, 20/10/2011 - 16:40", "từ ngày 10 đến 14/10/2011", "Lượt xem: 1.204", "đường 12A"]))

PAGES.append(page("b4278-hatinh-mttq-tongket-2013", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Chính trị » Mặt trận - Đoàn thể
Cập nhật: 09:42, 28/12/2013 (GMT+7)
Mặt trận Hà Tĩnh: Năm 2013 vận động hơn 18 tỷ đồng giúp dân vùng bão lũ
(Baohatinh.vn) - Sáng 27/12, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2013, triển khai chương trình phối hợp và thống nhất hành động năm 2014. Các đồng chí: Phan Văn Hùng, Phó Chủ tịch UBND tỉnh; Nguyễn Thị Lan Anh, Phó Trưởng Ban Dân vận Tỉnh ủy dự.
Năm 2013, Hà Tĩnh chịu ảnh hưởng trực tiếp của bão số 10 và hoàn lưu bão số 11 gây mưa lớn, ngập sâu ở các huyện Hương Khê, Vũ Quang, Can Lộc. Thực hiện Thông báo số 214-TB/TU của Ban Thường vụ Tỉnh ủy và kế hoạch 38/KH-MTTQ-BTT, Ban Cứu trợ các cấp đã tiếp nhận 18,6 tỷ đồng và hàng hóa quy đổi gần 4 tỷ đồng; phân bổ kịp thời cho 11.850 hộ bị thiệt hại, hỗ trợ làm lại 146 căn nhà bị sập, tốc mái hoàn toàn, mức hỗ trợ từ 10 đến 20 triệu đồng/căn.
Quỹ "Vì người nghèo" các cấp vận động được 9,2 tỷ đồng, đạt 115% kế hoạch; xây mới 312 nhà Đại đoàn kết, sửa chữa 87 nhà. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 94% khu dân cư đạt danh hiệu khu dân cư văn hóa.
Tại hội nghị, ông Trần Đình Thắng, Chủ tịch Ủy ban MTTQ huyện Hương Khê, chia sẻ: trong trận lũ tháng 10, huyện huy động 640 đoàn viên, hội viên cùng lực lượng vũ trang giúp dân di dời tài sản; xã Phúc Trạch và xã Hương Đô bị chia cắt 5 ngày, Mặt trận xã phải tổ chức bếp ăn tập thể cho gần 900 người. Bà Võ Thị Minh Tâm, Chủ tịch Hội LHPN huyện Vũ Quang, đề nghị tăng mức hỗ trợ cho hộ nghèo, hộ gia đình chính sách bị mất nhà.
Phát biểu chỉ đạo, đồng chí Phan Văn Hùng ghi nhận sự vào cuộc của Mặt trận và các đoàn thể, đề nghị năm 2014 làm tốt hơn công tác giám sát việc phân phối tiền, hàng cứu trợ theo Quyết định số 14/2013/QĐ-UBND của UBND tỉnh, công khai danh sách tại 100% thôn, tổ dân phố.
Đồng chí Nguyễn Thị Lan Anh đề nghị Mặt trận chủ động xây dựng phương án vận động ngay từ đầu mùa mưa bão, phát huy mô hình "Tổ liên gia an toàn phòng cháy, chống lụt" ở khu dân cư.
Hội nghị cũng chỉ ra những hạn chế: việc tiếp nhận hàng cứu trợ ở một số xã còn chậm, hàng hóa có lúc dồn vào vùng dễ đi lại, trong khi các thôn bị chia cắt sâu chưa được tiếp cận; việc tổng hợp, báo cáo số liệu giữa Mặt trận và ngành Lao động - Thương binh và Xã hội chưa thống nhất, có nơi để trùng đối tượng.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 23 tập thể và 31 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2013.
Thu Hà
Ảnh: Toàn cảnh hội nghị tổng kết.
Số lượt đọc: 2.310
Tin khác
- Can Lộc: trao 40 nhà Đại đoàn kết cho hộ nghèo (20/12/2013)
- Vũ Quang khắc phục hậu quả lũ lụt (30/10/2013)
- Mặt trận tỉnh tiếp nhận ủng hộ đồng bào vùng lũ (22/10/2013)
""", "2013-12-28", "Mặt trận Hà Tĩnh: Năm 2013 vận động hơn 18 tỷ đồng giúp dân vùng bão lũ",
E("tong_ket", "2013", "2013-12-27"),
[P("Phan Văn Hùng", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Lan Anh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Đình Thắng", "Chủ tịch Ủy ban MTTQ huyện Hương Khê"),
 P("Võ Thị Minh Tâm", "Chủ tịch Hội LHPN huyện Vũ Quang")],
[Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("gần 4 tỷ đồng", 4000000000, "đồng", "approx"), Q("11.850 hộ", 11850, "hộ"),
 Q("146 căn nhà", 146, "căn nhà"), Q("10 đến 20 triệu đồng/căn", 10000000, "đồng"), Q("20 triệu đồng/căn", 20000000, "đồng"),
 Q("9,2 tỷ đồng", 9200000000, "đồng"), Q("115%", 115, "%"), Q("312 nhà Đại đoàn kết", 312, "nhà Đại đoàn kết"),
 Q("87 nhà", 87, "nhà"), Q("94%", 94, "%"), Q("640 đoàn viên, hội viên", 640, "đoàn viên, hội viên"),
 Q("gần 900 người", 900, "người", "approx"), Q("100%", 100, "%"), Q("23 tập thể", 23, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Thông báo", "214", "TB/TU", None, "Ban Thường vụ Tỉnh ủy", "Thông báo số 214-TB/TU"),
 D("Kế hoạch", "38", "KH-MTTQ-BTT", None, None, "kế hoạch 38/KH-MTTQ-BTT"),
 D("Quyết định", "14", "2013/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 14/2013/QĐ-UBND")],
[prov("Hà Tĩnh"), com("Phúc Trạch"), com("Hương Đô")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Chính trị » Mặt trận - Đoàn thể", "(Baohatinh.vn)",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tổ liên gia an toàn phòng cháy, chống lụt",
 "Ảnh: Toàn cảnh hội nghị tổng kết.", "Số lượt đọc: 2.310"],
["Cập nhật: 09:42, 28/12/2013 (GMT+7)", "bão số 10", "bão số 11", "5 ngày", "năm 2014", "tháng 10", "Số lượt đọc: 2.310"]))

PAGES.append(page("b4279-quangtri-hoilhpn-2016", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
08:15 | 24/10/2016
Hội LHPN tỉnh trao 520 suất quà cho phụ nữ vùng lũ Hải Lăng, Triệu Phong
Trong 2 ngày 22 và 23/10/2016, đoàn công tác Hội LHPN tỉnh do bà Hồ Thị Thu Hằng, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã đến thăm hỏi, trao quà cho hội viên, phụ nữ bị thiệt hại do đợt mưa lũ giữa tháng 10 tại hai huyện Hải Lăng và Triệu Phong.
Bà Hồ Thị Thu Hằng (thứ 2 từ trái sang) trao quà cho phụ nữ xã Hải Chánh. Ảnh: Minh Thu
Đợt lũ lịch sử năm 2016 làm toàn tỉnh Quảng Trị có 4 người chết, trên 25.000 ngôi nhà bị ngập, nhiều nơi nước lên 2 - 3 m. Ngay sau khi nước rút, Ban Thường vụ Hội LHPN tỉnh đã ban hành Công văn số 245/CV-HPN ngày 19/10/2016 kêu gọi cán bộ, hội viên toàn tỉnh quyên góp ủng hộ; sau 4 ngày đã nhận được 286 triệu đồng, 3,5 tấn gạo và trên 1.200 bộ quần áo.
Tại xã Hải Chánh, đoàn trao 200 suất quà, mỗi suất trị giá 500.000 đồng gồm tiền mặt, gạo và nhu yếu phẩm; tại xã Triệu Độ trao 170 suất và thị trấn Ái Tử 150 suất. Riêng 12 phụ nữ đơn thân có nhà bị hư hỏng nặng được hỗ trợ thêm mỗi người 2 triệu đồng. Đi cùng đoàn có các bà: Lê Thị Thanh Mai, Nguyễn Thị Bích Ngọc - Phó Chủ tịch Hội LHPN tỉnh.
Bà Trương Thị Hoa, Chủ tịch Hội LHPN xã Hải Chánh cho biết, toàn xã có 1.347 hộ bị ngập, 36 con trâu bò và hơn 4.000 con gia cầm bị lũ cuốn trôi; 9 chi hội phụ nữ đã huy động 210 hội viên ra quân dọn bùn, vệ sinh 3 trường học và trạm y tế xã. "Chị em còn tự góp được 15 triệu đồng để mua giống gà cho 30 hội viên nghèo tái đàn", bà Hoa nói.
Thay mặt đoàn, bà Hồ Thị Thu Hằng động viên hội viên, phụ nữ sớm ổn định cuộc sống, đề nghị các cơ sở Hội rà soát hội viên thuộc hộ nghèo, hộ cận nghèo bị thiệt hại để đề xuất hỗ trợ vốn từ nguồn ủy thác Ngân hàng Chính sách xã hội, đồng thời thực hiện tốt cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" trong vệ sinh môi trường sau lũ.
Cũng trong dịp này, Hội LHPN huyện Triệu Phong phối hợp với Huyện đoàn tổ chức 4 điểm phát nước sạch, hỗ trợ 80 bình lọc nước cho các hộ ở vùng trũng ven sông Thạch Hãn. Bà Phan Thị Lý, Phó Chủ tịch Thường trực Hội LHPN huyện Triệu Phong cho biết các chi hội đang lập danh sách hội viên cần vay vốn khôi phục sản xuất vụ Đông Xuân.
Trước đó, Trung ương Hội LHPN Việt Nam đã chuyển về tỉnh 300 triệu đồng theo Quyết định số 1158/QĐ-ĐCT ngày 20/10/2016 của Đoàn Chủ tịch Trung ương Hội để hỗ trợ phụ nữ vùng lũ.
Thanh Hương
Lượt truy cập: 3.156
Tin liên quan
- Cam Lộ: ra mắt mô hình "Phụ nữ giúp nhau phát triển kinh tế" (10/10/2016)
- Hội thi "Phụ nữ với phòng, chống thiên tai" (28/09/2016)
- Tập huấn kỹ năng ứng phó biến đổi khí hậu cho cán bộ Hội (15/09/2016)
- Gio Linh: Hội viên phụ nữ chung tay xây dựng nông thôn mới (08/09/2016)
""", "2016-10-24", "Hội LHPN tỉnh trao 520 suất quà cho phụ nữ vùng lũ Hải Lăng, Triệu Phong",
E("trao_qua", None, "2016-10-22"),
[P("Hồ Thị Thu Hằng", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Thanh Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Bích Ngọc", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trương Thị Hoa", "Chủ tịch Hội LHPN xã Hải Chánh"),
 P("Phan Thị Lý", "Phó Chủ tịch Thường trực Hội LHPN huyện Triệu Phong")],
[Q("520 suất quà", 520, "suất quà"), Q("4 người chết", 4, "người"), Q("trên 25.000 ngôi nhà", 25000, "ngôi nhà", "over"),
 Q("286 triệu đồng", 286000000, "đồng"), Q("3,5 tấn gạo", 3.5, "tấn"), Q("trên 1.200 bộ quần áo", 1200, "bộ quần áo", "over"),
 Q("200 suất quà", 200, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("170 suất", 170, "suất"), Q("150 suất", 150, "suất"),
 Q("12 phụ nữ đơn thân", 12, "phụ nữ đơn thân"), Q("2 triệu đồng", 2000000, "đồng"), Q("1.347 hộ", 1347, "hộ"),
 Q("36 con trâu bò", 36, "con trâu bò"), Q("hơn 4.000 con gia cầm", 4000, "con gia cầm", "over"), Q("9 chi hội phụ nữ", 9, "chi hội phụ nữ"),
 Q("210 hội viên", 210, "hội viên"), Q("3 trường học", 3, "trường học"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("30 hội viên nghèo", 30, "hội viên nghèo"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("4 điểm phát nước sạch", 4, "điểm phát nước sạch"), Q("80 bình lọc nước", 80, "bình lọc nước")],
[D("Công văn", "245", "CV-HPN", "2016-10-19", "Ban Thường vụ Hội LHPN tỉnh", "Công văn số 245/CV-HPN ngày 19/10/2016"),
 D("Quyết định", "1158", "QĐ-ĐCT", "2016-10-20", "Đoàn Chủ tịch Trung ương Hội", "Quyết định số 1158/QĐ-ĐCT ngày 20/10/2016")],
[prov("Quảng Trị"), com("Hải Chánh"), com("Triệu Độ"), com("Ái Tử")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Hội",
 "Bà Hồ Thị Thu Hằng (thứ 2 từ trái sang) trao quà cho phụ nữ xã Hải Chánh. Ảnh: Minh Thu", "Xây dựng gia đình 5 không, 3 sạch",
 "Lượt truy cập: 3.156", "Ngân hàng Chính sách xã hội"],
["08:15 | 24/10/2016", "2 ngày", "2 - 3 m", "4 ngày", "5 không, 3 sạch", "thứ 2", "Lượt truy cập: 3.156"]))

PAGES.append(page("b4280-nghean-mttq-phanbo-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ > Tin tức > Cứu trợ
Ngày đăng 02/11/2016 | 14:20
Nghệ An phân bổ 6,45 tỷ đồng tiền ủng hộ đồng bào bị thiệt hại do mưa lũ
Chiều 1/11, Ban Thường trực Ủy ban MTTQ tỉnh chủ trì hội nghị phân bổ nguồn ủng hộ khắc phục hậu quả mưa lũ tháng 10/2016. Dự có đồng chí Võ Thị Minh Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Văn Huy, Vương Thị Hồng Loan; đại diện Sở Tài chính, Sở Lao động - Thương binh và Xã hội.
Theo báo cáo, sau lời kêu gọi của Ủy ban MTTQ tỉnh, từ ngày 16/10 đến hết ngày 31/10/2016, Ban Vận động cứu trợ tỉnh đã tiếp nhận 6,45 tỷ đồng của 172 tập thể, cá nhân trong và ngoài tỉnh. Đợt mưa lũ làm 8 người chết, 1.820 ngôi nhà bị ngập, 47 ngôi nhà bị sập đổ và trôi hoàn toàn, tập trung ở các huyện Quỳnh Lưu, Hoàng Mai, Yên Thành.
Căn cứ Nghị định 64/2008/NĐ-CP và Quyết định số 4812/QĐ-UBND ngày 12/10/2016 của UBND tỉnh, hội nghị thống nhất phân bổ: hỗ trợ 47 hộ có nhà bị sập, trôi hoàn toàn mỗi hộ 30 triệu đồng; 214 hộ có nhà bị hư hỏng nặng mỗi hộ 5 triệu đồng; gia đình 8 người bị chết mỗi gia đình 10 triệu đồng. Số còn lại chuyển về Ủy ban MTTQ các huyện, thị xã theo mức độ thiệt hại: thị xã Hoàng Mai 1,2 tỷ đồng, huyện Quỳnh Lưu 1,5 tỷ đồng, huyện Yên Thành 800 triệu đồng.
Đồng chí Lô Thanh Hải, Chủ tịch Ủy ban MTTQ huyện Quỳnh Lưu, cho biết trong lũ, xã Quỳnh Thạch có 612 hộ bị ngập sâu, phường Quỳnh Thiện bị ngập 3 ngày liền. Mặt trận và các đoàn thể huyện đã vận động hơn 300 đoàn viên thanh niên, cựu chiến binh giúp dân dọn dẹp nhà cửa, trường lớp. Đồng chí đề nghị tỉnh ưu tiên hỗ trợ làm lại nhà cho đồng bào dân tộc Thái ở các xã vùng cao.
Bà Lương Thị Khuyên, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ xã Tam Hợp (huyện Quỳ Hợp), phản ánh nhiều hộ đồng bào Thái ở bản Minh Châu có nhà nằm sát taluy âm, cần được hỗ trợ di dời đến nơi an toàn; xã đã vận động được 26 ngày công và 40 triệu đồng từ con em xa quê để dựng tạm 5 căn nhà.
Kết luận hội nghị, đồng chí Võ Thị Minh Hiền yêu cầu Mặt trận các cấp thực hiện phân bổ đúng đối tượng, công khai tại khu dân cư trong 10 ngày; phối hợp với Ban Thanh tra nhân dân giám sát, không để xảy ra sai sót, tiêu cực. Chậm nhất ngày 15/11/2016, các huyện báo cáo kết quả về Ban Thường trực Ủy ban MTTQ tỉnh.
Ảnh: Quang cảnh hội nghị phân bổ nguồn ủng hộ.
Phương Thúy
Lượt xem: 958
Tin khác
- Quỳnh Lưu: hơn 1.000 đoàn viên giúp dân khắc phục lũ (25/10/2016)
- Ủy ban MTTQ tỉnh phát động ủng hộ đồng bào vùng lũ (16/10/2016)
- Tiếp nhận 2 tỷ đồng ủng hộ khắc phục mưa lũ (20/10/2016)
""", "2016-11-02", "Nghệ An phân bổ 6,45 tỷ đồng tiền ủng hộ đồng bào bị thiệt hại do mưa lũ",
E("hoi_nghi", None, "2016-11-01"),
[P("Võ Thị Minh Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Huy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vương Thị Hồng Loan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Thanh Hải", "Chủ tịch Ủy ban MTTQ huyện Quỳnh Lưu"),
 P("Lương Thị Khuyên", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ xã Tam Hợp")],
[Q("6,45 tỷ đồng", 6450000000, "đồng"), Q("172 tập thể, cá nhân", 172, "tập thể, cá nhân"), Q("8 người chết", 8, "người"),
 Q("1.820 ngôi nhà", 1820, "ngôi nhà"), Q("47 ngôi nhà", 47, "ngôi nhà"), Q("47 hộ", 47, "hộ"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("214 hộ", 214, "hộ"), Q("5 triệu đồng", 5000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("800 triệu đồng", 800000000, "đồng"), Q("612 hộ", 612, "hộ"),
 Q("hơn 300 đoàn viên thanh niên, cựu chiến binh", 300, "đoàn viên thanh niên, cựu chiến binh", "over"),
 Q("26 ngày công", 26, "ngày công"), Q("40 triệu đồng", 40000000, "đồng"), Q("5 căn nhà", 5, "căn nhà")],
[D("Nghị định", "64", "2008/NĐ-CP", None, None, "Nghị định 64/2008/NĐ-CP"),
 D("Quyết định", "4812", "QĐ-UBND", "2016-10-12", "UBND tỉnh", "Quyết định số 4812/QĐ-UBND ngày 12/10/2016")],
[prov("Nghệ An"), com("Quỳnh Thạch"), com("Quỳnh Thiện"), com("Tam Hợp")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ > Tin tức > Cứu trợ", "Ảnh: Quang cảnh hội nghị phân bổ nguồn ủng hộ.",
 "Lượt xem: 958", "Ban Vận động cứu trợ tỉnh", "Ban Thanh tra nhân dân"],
["Ngày đăng 02/11/2016 | 14:20", "tháng 10/2016", "3 ngày", "10 ngày", "Lượt xem: 958"]))

PAGES.append(page("b4281-thuathienhue-mttq-tongket-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ
Hôm nay: Thứ Tư, 30/12/2020
Trang chủ :: Hoạt động :: Tin Mặt trận tỉnh
Thứ Ba, 29/12/2020 - 10:35
Ảnh: Đồng chí Lê Văn Thuận phát biểu tại hội nghị.
Hơn 104 tỷ đồng đến với đồng bào vùng lũ trong năm 2020
Sáng 28/12, Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết công tác Mặt trận năm 2020, đánh giá riêng công tác vận động, tiếp nhận và phân bổ nguồn cứu trợ sau chuỗi mưa lũ lịch sử tháng 10 và tháng 11. Đồng chí Phan Đăng Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; đồng chí Lê Văn Thuận, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo.
Báo cáo do đồng chí Nguyễn Thị Hoài, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày nêu rõ: từ ngày 10/10 đến 25/12/2020, Ban Vận động cứu trợ các cấp đã tiếp nhận hơn 104 tỷ đồng, trong đó cấp tỉnh 71,8 tỷ đồng, cấp huyện và cấp xã trên 32 tỷ đồng; hàng hóa quy đổi khoảng 45 tỷ đồng. Thực hiện Kế hoạch 120, 121-KH/MTTQ-BTT, tỉnh đã phân bổ đợt 1 cho 9 huyện, thị xã, thành phố 38 tỷ đồng, đợt 2 là 25,5 tỷ đồng; hỗ trợ 1.086 hộ nghèo, hộ cận nghèo có nhà bị hư hỏng, mỗi hộ từ 5 đến 10 triệu đồng, và 24 hộ có nhà bị sập hoàn toàn mỗi hộ 40 triệu đồng.
Các đoàn thể chính trị - xã hội ra quân với gần 12.000 lượt đoàn viên, hội viên giúp dân dọn bùn đất, vệ sinh 216 trường học, trạm y tế; Hội LHPN tỉnh trao 3.500 túi thuốc gia đình; Tỉnh đoàn huy động 45 đội hình thanh niên tình nguyện.
Tại hội nghị, đồng chí Hồ Văn Ngoan, Chủ tịch Ủy ban MTTQ xã Hồng Thủy và đồng chí Kăn Thị Hưng, Chủ tịch Ủy ban MTTQ xã A Roàng (huyện A Lưới) phản ánh nhiều đoạn đường vào thôn bị sạt lở, hàng cứu trợ phải gùi bộ; đề nghị hỗ trợ xây nhà chống lũ cho đồng bào Tà Ôi, Pa Kô. Ông Trần Quang Vinh, Phó Chủ tịch UBND phường Hương Văn, cho biết phường đã công khai 3 lần danh sách hộ nhận hỗ trợ, không có đơn thư khiếu nại.
Phát biểu chỉ đạo, đồng chí Lê Văn Thuận biểu dương Mặt trận các cấp đã vận động, phân bổ công khai, minh bạch, theo đúng Nghị định 64/2008/NĐ-CP và Quy chế phối hợp số 05/QCPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND tỉnh; yêu cầu năm 2021 tập trung hỗ trợ làm nhà an toàn trước bão lũ cho 300 hộ ở vùng thấp trũng.
Dịp này, các đồng chí Nguyễn Thị Hoài, Đặng Văn Bảo, Tôn Nữ Minh Thư - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao bằng khen cho 42 tập thể, 65 cá nhân có thành tích trong công tác vận động cứu trợ.
Bảo Anh
Số lượt xem: 1.872
Tin liên quan
- Tiếp nhận 5 tỷ đồng ủng hộ đồng bào miền Trung (20/11/2020)
- Mặt trận các cấp giám sát phân bổ tiền cứu trợ (02/12/2020)
- A Lưới: gùi hàng cứu trợ vào thôn bị cô lập (30/10/2020)
""", "2020-12-29", "Hơn 104 tỷ đồng đến với đồng bào vùng lũ trong năm 2020",
E("tong_ket", "2020", "2020-12-28"),
[P("Phan Đăng Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Thuận", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Hoài", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Ngoan", "Chủ tịch Ủy ban MTTQ xã Hồng Thủy"),
 P("Kăn Thị Hưng", "Chủ tịch Ủy ban MTTQ xã A Roàng"),
 P("Trần Quang Vinh", "Phó Chủ tịch UBND phường Hương Văn"),
 P("Đặng Văn Bảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tôn Nữ Minh Thư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 104 tỷ đồng", 104000000000, "đồng", "over"), Q("71,8 tỷ đồng", 71800000000, "đồng"), Q("trên 32 tỷ đồng", 32000000000, "đồng", "over"),
 Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx"), Q("38 tỷ đồng", 38000000000, "đồng"), Q("25,5 tỷ đồng", 25500000000, "đồng"),
 Q("1.086 hộ nghèo, hộ cận nghèo", 1086, "hộ nghèo, hộ cận nghèo"), Q("5 đến 10 triệu đồng", 5000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("24 hộ", 24, "hộ"), Q("40 triệu đồng", 40000000, "đồng"), Q("gần 12.000 lượt đoàn viên, hội viên", 12000, "lượt đoàn viên, hội viên", "approx"),
 Q("216 trường học, trạm y tế", 216, "trường học, trạm y tế"), Q("3.500 túi thuốc gia đình", 3500, "túi thuốc gia đình"),
 Q("45 đội hình thanh niên tình nguyện", 45, "đội hình thanh niên tình nguyện"), Q("300 hộ", 300, "hộ"),
 Q("42 tập thể", 42, "tập thể"), Q("65 cá nhân", 65, "cá nhân")],
[D("Kế hoạch", "120", "KH/MTTQ-BTT", None, None, "Kế hoạch 120, 121-KH/MTTQ-BTT"),
 D("Kế hoạch", "121", "KH/MTTQ-BTT", None, None, "Kế hoạch 120, 121-KH/MTTQ-BTT"),
 D("Nghị định", "64", "2008/NĐ-CP", None, None, "Nghị định 64/2008/NĐ-CP"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 05/QCPH-MTTQ-UBND")],
[prov("Thừa Thiên Huế"), com("Hồng Thủy"), com("A Roàng"), com("Hương Văn")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ :: Hoạt động :: Tin Mặt trận tỉnh",
 "Ảnh: Đồng chí Lê Văn Thuận phát biểu tại hội nghị.", "Số lượt xem: 1.872", "Ban Vận động cứu trợ"],
["Hôm nay: Thứ Tư, 30/12/2020", "Thứ Ba, 29/12/2020 - 10:35", "tháng 10 và tháng 11", "3 lần", "năm 2021", "đợt 1", "đợt 2", "Số lượt xem: 1.872"]))

PAGES.append(page("b4282-quangnam-tinhdoan-tinhnguyen-2020", """
TỈNH ĐOÀN QUẢNG NAM - CỔNG THÔNG TIN TUỔI TRẺ XỨ QUẢNG
Vị trí: Trang chủ › Phong trào › Thanh niên tình nguyện
31.10.2020 | 16:05
Gần 1.500 đoàn viên, thanh niên về vùng sạt lở Nam Trà My, Phước Sơn
Sau trận sạt lở đất kinh hoàng ở thôn 1, xã Trà Leng (huyện Nam Trà My) và xã Phước Lộc (huyện Phước Sơn), Ban Thường vụ Tỉnh đoàn đã ban hành Kế hoạch số 215-KH/TĐTN-PT ngày 29/10/2020 huy động đoàn viên, thanh niên tham gia khắc phục hậu quả bão số 9. Chỉ trong 3 ngày, gần 1.500 đoàn viên, thanh niên đã có mặt tại các điểm xung yếu.
Đoàn viên thanh niên gùi hàng vào thôn 1, xã Trà Leng. Ảnh: Tỉnh đoàn
Đồng chí Nguyễn Ngọc Tường, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn Quảng Nam trực tiếp cùng lực lượng tình nguyện mở đường tạm vào xã Trà Leng. Theo đồng chí, 32 đội hình "Thanh niên tình nguyện khắc phục hậu quả thiên tai" gồm đoàn viên các huyện đoàn, Đoàn Khối các cơ quan, sinh viên Trường Đại học Quảng Nam đã gùi bộ trên 12 tấn hàng cứu trợ vượt các điểm sạt lở vào các thôn bị cô lập.
Tại xã Phước Lộc, các đồng chí Phó Bí thư Tỉnh đoàn: Trần Thị Kim Thu, Hồ Văn Lênh cùng 120 đoàn viên thanh niên Huyện đoàn Phước Sơn dựng 14 lán trại tạm, phát 600 suất cơm và 2.000 chai nước cho bà con người Giẻ Triêng, Ca Dong. Anh Hồ Văn Bảy, Bí thư Đoàn xã Trà Leng kể: "Đêm 28/10, cả thôn bị vùi lấp, chúng em chỉ kịp đưa được 33 người đến nơi an toàn. Giờ mỗi ngày đoàn viên thay nhau nấu ăn, dọn bùn cho 57 hộ ở khu tạm cư".
Cùng ngày, Quỹ Hỗ trợ tài năng trẻ của Tỉnh đoàn trao 200 triệu đồng cho Ủy ban MTTQ huyện Nam Trà My; Hội Liên hiệp Thanh niên Việt Nam tỉnh trao 150 thùng sữa, 300 bộ sách vở cho 300 học sinh bị mất đồ dùng học tập. Mỗi hộ có người chết, mất tích được Tỉnh đoàn thăm hỏi 3 triệu đồng.
Thực hiện Công văn số 1045-CV/TWĐTN-PT ngày 27/10/2020 của Ban Bí thư Trung ương Đoàn về việc tuổi trẻ cả nước hướng về miền Trung, các cơ sở Đoàn trong tỉnh đã tiếp nhận trên 1,3 tỷ đồng và 45 tấn nhu yếu phẩm do đoàn viên các tỉnh, thành gửi về. Riêng Đoàn Thanh niên Công an tỉnh và Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh cử 260 cán bộ, chiến sĩ trẻ cùng xe cơ giới tham gia tìm kiếm người mất tích.
Chị Tăng Thị Hoa, Chủ tịch Hội LHTN Việt Nam huyện Nam Trà My, cho biết đến nay 80% tuyến đường nội thôn đã được thông tạm. Đồng chí Nguyễn Ngọc Tường yêu cầu các cơ sở Đoàn tuyệt đối bảo đảm an toàn cho lực lượng tình nguyện, không để đoàn viên đi vào vùng nguy cơ sạt lở cao, đồng thời phối hợp với Ủy ban MTTQ các xã tổng hợp nhu cầu của nhân dân để tiếp tục vận động.
Hoàng Liên
Lượt xem: 4.517
Tin khác
- Tuổi trẻ Quảng Nam hướng về vùng lũ Đại Lộc (20/10/2020)
- Phát động quyên góp ủng hộ đồng bào miền Trung (14/10/2020)
- Tuyên dương 50 thanh niên tiêu biểu trong phòng, chống COVID-19 (01/10/2020)
""", "2020-10-31", "Gần 1.500 đoàn viên, thanh niên về vùng sạt lở Nam Trà My, Phước Sơn",
E("khac", None, None),
[P("Nguyễn Ngọc Tường", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn Quảng Nam"),
 P("Trần Thị Kim Thu", "Phó Bí thư Tỉnh đoàn"),
 P("Hồ Văn Lênh", "Phó Bí thư Tỉnh đoàn"),
 P("Hồ Văn Bảy", "Bí thư Đoàn xã Trà Leng"),
 P("Tăng Thị Hoa", "Chủ tịch Hội LHTN Việt Nam huyện Nam Trà My")],
[Q("Gần 1.500 đoàn viên, thanh niên", 1500, "đoàn viên, thanh niên", "approx"),
 Q("32 đội hình", 32, "đội hình"), Q("trên 12 tấn", 12, "tấn", "over"), Q("120 đoàn viên thanh niên", 120, "đoàn viên thanh niên"),
 Q("14 lán trại tạm", 14, "lán trại tạm"), Q("600 suất cơm", 600, "suất cơm"), Q("2.000 chai nước", 2000, "chai nước"),
 Q("33 người", 33, "người"), Q("57 hộ", 57, "hộ"), Q("200 triệu đồng", 200000000, "đồng"), Q("150 thùng sữa", 150, "thùng sữa"),
 Q("300 bộ sách vở", 300, "bộ sách vở"), Q("300 học sinh", 300, "học sinh"), Q("3 triệu đồng", 3000000, "đồng"), Q("80%", 80, "%"),
 Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("45 tấn", 45, "tấn"), Q("260 cán bộ, chiến sĩ trẻ", 260, "cán bộ, chiến sĩ trẻ")],
[D("Kế hoạch", "215", "KH/TĐTN-PT", "2020-10-29", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 215-KH/TĐTN-PT ngày 29/10/2020"),
 D("Công văn", "1045", "CV/TWĐTN-PT", "2020-10-27", "Ban Bí thư Trung ương Đoàn", "Công văn số 1045-CV/TWĐTN-PT ngày 27/10/2020")],
[prov("Quảng Nam"), com("Trà Leng"), com("Phước Lộc")],
["TỈNH ĐOÀN QUẢNG NAM - CỔNG THÔNG TIN TUỔI TRẺ XỨ QUẢNG", "Vị trí: Trang chủ › Phong trào › Thanh niên tình nguyện",
 "Đoàn viên thanh niên gùi hàng vào thôn 1, xã Trà Leng. Ảnh: Tỉnh đoàn", "Thanh niên tình nguyện khắc phục hậu quả thiên tai",
 "Quỹ Hỗ trợ tài năng trẻ", "Lượt xem: 4.517"],
["31.10.2020 | 16:05", "thôn 1", "bão số 9", "3 ngày", "Đêm 28/10", "Lượt xem: 4.517"]))
