from lib import *
PAGES = []

PAGES.append(page("b1805-thanhhoa-mttq-quatet-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ > Tin tức > Hoạt động Mặt trận
Thứ Hai, 24/01/2011 - 16:30
Lượt đọc: 1.204
Đồng chí Lê Thị Hòa trao quà cho hộ nghèo xã Trung Lý. Ảnh: Ngọc Sơn
Trao 2.500 suất quà Tết cho hộ nghèo các huyện miền núi
Từ ngày 20 đến 22/1/2011, đoàn công tác của Ủy ban MTTQ tỉnh do đồng chí Lê Thị Hòa, Phó Chủ tịch Ủy ban MTTQ tỉnh dẫn đầu đã đến thăm, trao 2.500 suất quà Tết Tân Mão cho hộ nghèo, gia đình chính sách tại các huyện Mường Lát, Quan Sơn, Bá Thước. Mỗi suất quà gồm 10 kg gạo, 1 hộp bánh và 300.000 đồng tiền mặt; tổng trị giá trên 1,1 tỷ đồng, trích từ Quỹ "Vì người nghèo" tỉnh.
Hoạt động được tổ chức theo Kế hoạch số 03/KH-MTTQ-BTT ngày 5/1/2011 của Ban Thường trực Ủy ban MTTQ tỉnh về tổ chức "Tết vì người nghèo" năm 2011 và Chỉ thị số 19/CT-UBND ngày 15/12/2010 của Chủ tịch UBND tỉnh về tổ chức Tết Nguyên đán Tân Mão.
Tại xã Trung Lý, đoàn đã trao 400 suất quà cho đồng bào Mông, Thái; thăm hỏi gia đình ông Giàng A Lử, người có uy tín bản Pù Quăn, và bà Lò Thị Xoan, một phụ nữ đơn thân nuôi ba con nhỏ. Ông Hà Văn Phiêng, Chủ tịch Ủy ban MTTQ xã Trung Lý, cho biết toàn xã còn 612 hộ nghèo, chiếm 58,4% số hộ; năm 2010 xã được hỗ trợ xây 36 nhà Đại đoàn kết, mỗi căn 20 triệu đồng.
Cùng dịp, đồng chí Phạm Văn Tuấn, Ủy viên Ban Thường vụ, Trưởng ban Phong trào Ủy ban MTTQ tỉnh dẫn đoàn thứ hai thăm, tặng 35 suất quà cho gia đình chính sách ở xã Tam Thanh, mỗi suất trị giá 500.000 đồng. Bà Cầm Thị Ỏn, Phó Chủ tịch UBND xã Tam Thanh, cảm ơn sự quan tâm của tỉnh và cam kết trao quà đúng người, đúng đối tượng.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, dịp Tết Tân Mão, MTTQ các cấp đã vận động được hơn 14,6 tỷ đồng, trao 41.300 suất quà cho hộ nghèo, người cao tuổi cô đơn và trẻ em mồ côi. Nhiều doanh nghiệp đồng hành như Công ty Xi măng Bỉm Sơn ủng hộ 300 triệu đồng, Ngân hàng Chính sách xã hội tỉnh tặng 200 suất quà.
Phát biểu với bà con, đồng chí Lê Thị Hòa mong muốn các hộ nghèo vượt khó, đón Tết vui tươi, đầm ấm; đề nghị cấp ủy, chính quyền địa phương tiếp tục thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", không để hộ nào thiếu đói trong dịp Tết.
Trước đó, các đoàn cũng đã kiểm tra việc sử dụng Quỹ tại 4 huyện; đánh giá việc trao quà năm nay được chuẩn bị chu đáo, danh sách hộ nhận quà được niêm yết công khai tại nhà văn hóa các thôn, bản.
Đợt trao quà Tết năm nay là hoạt động thường niên của MTTQ tỉnh Thanh Hóa nhằm chia sẻ khó khăn với đồng bào vùng cao, vùng bãi ngang ven biển. Nhiều hộ nghèo cho biết nhờ có món quà của Mặt trận mà gia đình có thêm điều kiện sắm sửa, đón Tết đủ đầy hơn.
Ngọc Sơn
Tin liên quan
- Quỹ "Vì người nghèo" tỉnh tiếp nhận 3 tỷ đồng ủng hộ (18/01/2011)
- Hội nghị tổng kết công tác Mặt trận năm 2010 (30/12/2010)
- Mường Lát bàn giao 20 nhà Đại đoàn kết (22/12/2010)
- Vận động hơn 5.000 chiếc áo ấm cho học sinh vùng cao (10/12/2010)
""", "2011-01-24", "Trao 2.500 suất quà Tết cho hộ nghèo các huyện miền núi",
E("trao_qua", None, "2011-01-20"),
[P("Lê Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giàng A Lử", "người có uy tín bản Pù Quăn"),
 P("Lò Thị Xoan"),
 P("Hà Văn Phiêng", "Chủ tịch Ủy ban MTTQ xã Trung Lý"),
 P("Phạm Văn Tuấn", "Ủy viên Ban Thường vụ", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Cầm Thị Ỏn", "Phó Chủ tịch UBND xã Tam Thanh")],
[Q("2.500 suất quà", 2500, "suất quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("400 suất quà", 400, "suất quà"),
 Q("612 hộ nghèo", 612, "hộ nghèo"), Q("58,4%", 58.4, "%"), Q("36 nhà Đại đoàn kết", 36, "nhà Đại đoàn kết"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("35 suất quà", 35, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("41.300 suất quà", 41300, "suất quà"),
 Q("300 triệu đồng", 300000000, "đồng"), Q("200 suất quà", 200, "suất quà"), Q("4 huyện", 4, "huyện")],
[D("Kế hoạch", "03", "KH-MTTQ-BTT", "2011-01-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 03/KH-MTTQ-BTT ngày 5/1/2011"),
 D("Chỉ thị", "19", "CT-UBND", "2010-12-15", "Chủ tịch UBND tỉnh", "Chỉ thị số 19/CT-UBND ngày 15/12/2010")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Tam Thanh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ > Tin tức > Hoạt động Mặt trận", "Lượt đọc: 1.204",
 "Đồng chí Lê Thị Hòa trao quà cho hộ nghèo xã Trung Lý. Ảnh: Ngọc Sơn", "Vì người nghèo", "Tết vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Công ty Xi măng Bỉm Sơn", "Ngân hàng Chính sách xã hội tỉnh"],
["Thứ Hai, 24/01/2011 - 16:30", "Lượt đọc: 1.204", "1 hộp bánh", "đoàn thứ hai", "năm 2011", "năm 2010"]))

PAGES.append(page("b1806-hatinh-mttq-tongket-quyvnn-2012", """
Cổng thông tin điện tử Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh
Bạn đang ở: Trang chủ » Quỹ Vì người nghèo » Tin hoạt động
Cập nhật: 15:20, 20/12/2012 (GMT+7)
Toàn cảnh hội nghị.
Hà Tĩnh: Quỹ "Vì người nghèo" góp sức xóa nhà tạm cho hộ nghèo
Ngày 19/12, Ban Vận động Quỹ "Vì người nghèo" tỉnh tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ năm 2012. Đồng chí Trần Đình Khiêm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh, Trưởng Ban Vận động Quỹ tỉnh chủ trì hội nghị.
Năm 2012, Quỹ các cấp vận động được 27.318 triệu đồng, tăng 12% so với năm 2011; trong đó cấp tỉnh 9,4 tỷ đồng, cấp huyện và xã hơn 17,9 tỷ đồng. Từ nguồn Quỹ, toàn tỉnh đã hỗ trợ xây mới 1.026 nhà Đại đoàn kết, sửa chữa 318 nhà; mức hỗ trợ xây mới 25 triệu đồng/nhà, sửa chữa 10 triệu đồng/nhà. Quỹ còn hỗ trợ 2.150 học sinh nghèo, 640 lượt người bệnh hiểm nghèo và tặng 12.600 suất quà Tết cho hộ nghèo. Tỷ lệ hộ nghèo của tỉnh giảm còn 16,81%.
Công tác vận động được thực hiện theo Quyết định số 15/2011/QĐ-UBND ngày 10/6/2011 của UBND tỉnh ban hành quy chế quản lý Quỹ "Vì người nghèo" và Hướng dẫn số 07/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Ban Thường trực Ủy ban MTTQ tỉnh cũng ban hành Kế hoạch 21, 22-KH/MT về giám sát việc sử dụng Quỹ tại cơ sở.
Tại hội nghị, bà Nguyễn Thị Lan Hương, Chủ tịch Ủy ban MTTQ huyện Hương Khê, chia sẻ cách vận động con em quê hương thành đạt ở xa ủng hộ; riêng xã Phúc Trạch nhận 1 tỷ 250 triệu đồng từ các câu lạc bộ đồng hương. Ông Phan Văn Cẩm, Trưởng ban Công tác Mặt trận thôn Trung Hòa, xã Hương Trà, nêu cách làm "nhà nước hỗ trợ một, con cháu góp hai" để dựng nhà cho hộ nghèo.
Hội nghị cũng chỉ ra hạn chế: một số nơi chậm giải ngân, hồ sơ thanh quyết toán chưa đầy đủ; còn 47 nhà chưa hoàn thành đúng hạn.
Phát biểu kết luận, đồng chí Trần Đình Khiêm yêu cầu năm 2013 tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", phấn đấu xóa cơ bản nhà tạm cho hộ nghèo; mỗi cán bộ, công chức đóng góp ít nhất 1 ngày lương. Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 18 tập thể, 25 cá nhân tiêu biểu.
Nhiều đại biểu đề nghị Ủy ban MTTQ tỉnh Hà Tĩnh sớm tham mưu cơ chế lồng ghép nguồn Quỹ với các chương trình giảm nghèo của Nhà nước, tránh chồng chéo đối tượng; đồng thời biểu dương kịp thời những tấm gương nhà hảo tâm, doanh nhân có nhiều đóng góp cho quê hương.
Thu Hà - Văn Bình
Các tin khác
- Tháng cao điểm "Vì người nghèo" năm 2012 vận động 4,5 tỷ đồng (18/11/2012)
- Lộc Hà bàn giao 30 nhà Đại đoàn kết (05/11/2012)
- Hỗ trợ đồng bào bị thiệt hại do bão số 5 (20/09/2012)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6 (15/07/2012)
""", "2012-12-20", 'Hà Tĩnh: Quỹ "Vì người nghèo" góp sức xóa nhà tạm cho hộ nghèo',
E("tong_ket", "2012", "2012-12-19"),
[P("Trần Đình Khiêm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng Ban Vận động Quỹ tỉnh"),
 P("Nguyễn Thị Lan Hương", "Chủ tịch Ủy ban MTTQ huyện Hương Khê"),
 P("Phan Văn Cẩm", "Trưởng ban Công tác Mặt trận thôn Trung Hòa")],
[Q("27.318 triệu đồng", 27318000000, "đồng"), Q("12%", 12, "%"),
 Q("9,4 tỷ đồng", 9400000000, "đồng"), Q("hơn 17,9 tỷ đồng", 17900000000, "đồng", "over"),
 Q("1.026 nhà Đại đoàn kết", 1026, "nhà Đại đoàn kết"), Q("318 nhà", 318, "nhà"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"),
 Q("2.150 học sinh nghèo", 2150, "học sinh nghèo"), Q("640 lượt người bệnh hiểm nghèo", 640, "lượt người bệnh hiểm nghèo"),
 Q("12.600 suất quà", 12600, "suất quà"), Q("16,81%", 16.81, "%"), Q("1 tỷ 250 triệu đồng", 1250000000, "đồng"),
 Q("47 nhà", 47, "nhà"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "15", "2011/QĐ-UBND", "2011-06-10", "UBND tỉnh", "Quyết định số 15/2011/QĐ-UBND ngày 10/6/2011"),
 D("Hướng dẫn", "07", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 07/HD-MTTW-BTT"),
 D("Kế hoạch", "21", "KH/MT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 21, 22-KH/MT"),
 D("Kế hoạch", "22", "KH/MT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 21, 22-KH/MT")],
[prov("Hà Tĩnh"), com("Phúc Trạch"), com("Hương Trà")],
["Cổng thông tin điện tử Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", "Bạn đang ở: Trang chủ » Quỹ Vì người nghèo » Tin hoạt động",
 "Toàn cảnh hội nghị.", "Vì người nghèo", "nhà nước hỗ trợ một, con cháu góp hai",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Cập nhật: 15:20, 20/12/2012 (GMT+7)", "năm 2012", "năm 2011", "năm 2013", "1 ngày lương", "nhà nước hỗ trợ một, con cháu góp hai"]))

PAGES.append(page("b1807-quangbinh-cuutro-bao-2013", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Xã hội | Mặt trận - Đoàn thể
08:45 | 18/10/2013
Ban Dân vận Tỉnh ủy trao quà cho người dân vùng bão
Lãnh đạo Ban Dân vận Tỉnh ủy thăm hỏi người dân xã Quảng Phú.
(QBĐT) - Ngày 17/10, đoàn công tác của Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh đã đến thăm, trao 650 suất quà cho các hộ dân bị thiệt hại nặng do bão số 10 tại huyện Quảng Trạch và thị xã Ba Đồn. Đoàn do đồng chí Hoàng Văn Lượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và bà Đinh Thị Thu Thủy, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh dẫn đầu.
Mỗi suất quà gồm 1 thùng mì, 20 kg gạo và 400.000 đồng. Riêng 15 hộ có nhà bị sập hoàn toàn được hỗ trợ mỗi hộ 5 triệu đồng để dựng lại nơi ở. Tổng giá trị số quà trao đợt này gần 700 triệu đồng, trích từ nguồn cứu trợ do Ủy ban MTTQ tỉnh tiếp nhận.
Theo báo cáo nhanh của Ban Chỉ huy phòng, chống lụt bão tỉnh, bão số 10 đã làm 4 người chết, 126 người bị thương; hơn 47.800 ngôi nhà bị tốc mái, hư hỏng; 212 tàu thuyền bị chìm, hư hỏng. Xã Quảng Phú và xã Quảng Thuận là hai địa phương thiệt hại nặng nhất.
Tại xã Quảng Phú, ông Trần Xuân Hợi, Bí thư Đảng ủy xã, cho biết toàn xã có 1.134 nhà bị tốc mái, 96 ha lúa và hoa màu bị ngập úng; đoàn viên thanh niên, dân quân đã giúp dân dọn dẹp, lợp lại mái nhà. Bà Hồ Thị Phượng, một hộ nghèo ở thôn Tân Phú, xúc động khi nhận quà.
Cũng trong ngày, Ủy ban MTTQ tỉnh đã tiếp nhận thêm 1,35 tỷ đồng và 30 tấn gạo ủng hộ của các doanh nghiệp, nhà hảo tâm. Thực hiện Công văn số 215/MTTQ-BTT ngày 15/10/2013 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động ủng hộ đồng bào bị thiệt hại do bão, đến nay MTTQ các cấp đã tiếp nhận trên 3,8 tỷ đồng.
Đồng chí Hoàng Văn Lượng đề nghị cấp ủy, chính quyền và các đoàn thể phát huy tinh thần "lá lành đùm lá rách", phân bổ hàng cứu trợ công khai, đúng đối tượng, không để người dân nào thiếu đói, không có chỗ ở; sớm khôi phục sản xuất theo tinh thần Nghị quyết số 12/NQ-HĐND của HĐND tỉnh.
Sau bão, các tổ chức chính trị - xã hội tỉnh Quảng Bình đã huy động đoàn viên, hội viên về các thôn bị thiệt hại giúp dân sửa nhà, dọn vệ sinh trường học, trạm y tế; ngành y tế cử các đội lưu động phun thuốc khử trùng, phòng dịch bệnh sau lũ. Ban Dân vận Tỉnh ủy đề nghị các huyện báo cáo tình hình tư tưởng nhân dân hằng ngày để kịp thời tham mưu cấp ủy.
Thanh Hải
Tin cùng chuyên mục
- Trung ương Hội LHPN Việt Nam hỗ trợ phụ nữ vùng bão (16/10/2013)
- Bố Trạch: 500 thanh niên giúp dân khắc phục hậu quả bão (15/10/2013)
- Tiếp nhận 2 tỷ đồng ủng hộ đồng bào bị bão lụt (14/10/2013)
- Lệ Thủy chủ động ứng phó mưa lũ (05/10/2013)
- Minh Hóa: vận động nhân dân chằng chống nhà cửa trước mùa bão (28/09/2013)
""", "2013-10-18", "Ban Dân vận Tỉnh ủy trao quà cho người dân vùng bão",
E("trao_qua", None, "2013-10-17"),
[P("Hoàng Văn Lượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Thu Thủy", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Trần Xuân Hợi", "Bí thư Đảng ủy xã"),
 P("Hồ Thị Phượng")],
[Q("650 suất quà", 650, "suất quà"), Q("20 kg", 20, "kg"), Q("400.000 đồng", 400000, "đồng"), Q("15 hộ", 15, "hộ"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("gần 700 triệu đồng", 700000000, "đồng", "approx"),
 Q("4 người", 4, "người"), Q("126 người", 126, "người"), Q("hơn 47.800 ngôi nhà", 47800, "ngôi nhà", "over"),
 Q("212 tàu thuyền", 212, "tàu thuyền"), Q("1.134 nhà", 1134, "nhà"), Q("96 ha", 96, "ha"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("30 tấn", 30, "tấn"), Q("trên 3,8 tỷ đồng", 3800000000, "đồng", "over")],
[D("Công văn", "215", "MTTQ-BTT", "2013-10-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 215/MTTQ-BTT ngày 15/10/2013"),
 D("Nghị quyết", "12", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/NQ-HĐND")],
[prov("Quảng Bình"), com("Quảng Phú"), com("Quảng Thuận")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Xã hội | Mặt trận - Đoàn thể", "Lãnh đạo Ban Dân vận Tỉnh ủy thăm hỏi người dân xã Quảng Phú.",
 "(QBĐT)", "lá lành đùm lá rách", "Ban Chỉ huy phòng, chống lụt bão tỉnh"],
["08:45 | 18/10/2013", "bão số 10", "1 thùng mì", "lá lành đùm lá rách"]))

PAGES.append(page("b1808-laocai-bdv-trungthu-2014", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ / Hoạt động / Dân vận với an sinh xã hội
05-09-2014 10:15
Mang Trung thu đến với trẻ em vùng cao Si Ma Cai
Các em học sinh người Mông vui Tết Trung thu.
Ngày 4/9/2014, Ban Dân vận Tỉnh ủy phối hợp với Hội Liên hiệp Phụ nữ tỉnh và Tỉnh đoàn tổ chức chương trình "Trung thu cho em" tại xã Nàn Sán và xã Sán Chải, huyện Si Ma Cai. Tham dự có đồng chí Vàng Thị Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lý Thị Mai, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Sùng A Chư, Bí thư Huyện ủy Si Ma Cai.
Chương trình đã trao 800 suất quà Trung thu cho trẻ em nghèo, mỗi suất gồm bánh trung thu, đồ chơi, sách vở trị giá 150.000đ; tặng 120 bộ quần áo ấm, 60 chiếc xe đạp cho học sinh ở xa trường và 2 tủ sách cho điểm trường Sín Chải. Tổng giá trị quà tặng khoảng 230 triệu đồng, do các doanh nghiệp và cán bộ, công chức khối dân vận đóng góp.
Dịp này, đoàn đến thăm điểm trường mầm non thôn Lử Chồ, nơi có 74 cháu học bán trú; trao 5 triệu đồng hỗ trợ bếp ăn. Bà Thào Thị Pà, Hiệu trưởng Trường Mầm non xã Nàn Sán, cho biết trường có 11 điểm lẻ, 93% trẻ là con em hộ nghèo.
Theo ông Giàng Seo Pao, Chủ tịch Ủy ban MTTQ xã Sán Chải, năm học này xã có hơn 900 học sinh các cấp; nhờ các nhà hảo tâm, 100% học sinh bán trú đã có chăn ấm. Đồng chí Vàng Thị Dung đề nghị các cấp ủy, đoàn thể tiếp tục thực hiện Kế hoạch số 52-KH/TU ngày 20/5/2013 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương (khóa XI) về tăng cường công tác dân vận trong tình hình mới, quan tâm hơn nữa đến trẻ em vùng đặc biệt khó khăn.
Buổi vui Trung thu có múa khèn, múa lân, phá cỗ; bà con và các em rất phấn khởi. Đây là năm thứ tư liên tiếp Ban Dân vận Tỉnh ủy tổ chức chương trình này tại các huyện nghèo theo Nghị quyết 30a của Chính phủ.
Theo Ban Dân vận Tỉnh ủy Lào Cai, thời gian tới khối dân vận sẽ tiếp tục phối hợp với các doanh nghiệp, nhà hảo tâm xây dựng thêm các điểm trường, nhà bán trú và bếp ăn cho học sinh vùng cao, vận động các gia đình cho con em đến trường đúng độ tuổi, không để học sinh bỏ học giữa chừng vì hoàn cảnh khó khăn.
Thu Thủy
Lượt xem: 562
Bài viết liên quan
- Bắc Hà: trao 40 nhà Đại đoàn kết cho hộ nghèo (28/08/2014)
- Mường Khương ra mắt mô hình "Dân vận khéo" (15/08/2014)
- Hội nghị giao ban khối dân vận quý II năm 2014 (10/07/2014)
- Vận động nhân dân hiến đất làm đường nông thôn mới (25/06/2014)
- Bát Xát: tặng 300 suất quà cho học sinh nghèo (01/06/2014)
- Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2014 (20/05/2014)
""", "2014-09-05", "Mang Trung thu đến với trẻ em vùng cao Si Ma Cai",
E("trao_qua", None, "2014-09-04"),
[P("Vàng Thị Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Sùng A Chư", "Bí thư Huyện ủy Si Ma Cai"),
 P("Thào Thị Pà", "Hiệu trưởng Trường Mầm non xã Nàn Sán"),
 P("Giàng Seo Pao", "Chủ tịch Ủy ban MTTQ xã Sán Chải")],
[Q("800 suất quà", 800, "suất quà"), Q("150.000đ", 150000, "đồng"), Q("120 bộ quần áo ấm", 120, "bộ quần áo ấm"),
 Q("60 chiếc xe đạp", 60, "chiếc xe đạp"), Q("2 tủ sách", 2, "tủ sách"), Q("khoảng 230 triệu đồng", 230000000, "đồng", "approx"),
 Q("74 cháu", 74, "cháu"), Q("5 triệu đồng", 5000000, "đồng"), Q("11 điểm lẻ", 11, "điểm lẻ"), Q("93%", 93, "%"),
 Q("hơn 900 học sinh", 900, "học sinh", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "52", "KH/TU", "2013-05-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 52-KH/TU ngày 20/5/2013"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Nghị quyết", "30a", None, None, "Chính phủ", "Nghị quyết 30a")],
[prov("Lào Cai"), com("Nàn Sán"), com("Sán Chải")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ / Hoạt động / Dân vận với an sinh xã hội",
 "Các em học sinh người Mông vui Tết Trung thu.", "Trung thu cho em", "Lượt xem: 562"],
["05-09-2014 10:15", "năm thứ tư", "khóa XI", "Lượt xem: 562"]))

PAGES.append(page("b1809-soctrang-mttq-soket-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ :: Tin tức - Sự kiện :: An sinh xã hội
Ngày đăng 10/07/2015 | 14:05
Đại biểu dự hội nghị sơ kết.
Sơ kết 6 tháng đầu năm: bàn giao 512 căn nhà Đại đoàn kết cho hộ nghèo
Ngày 8/7/2015, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Chủ trì hội nghị có đồng chí Lâm Văn Thuận, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh và các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Trần Thị Ngọc Hân, Sơn Thị Sa Kha.
Báo cáo cho biết, 6 tháng đầu năm, Quỹ "Vì người nghèo" các cấp đã tiếp nhận 8,72 tỷ đồng; phối hợp xây dựng và bàn giao 512 căn nhà Đại đoàn kết, trong đó 187 căn cho hộ đồng bào Khmer, với mức hỗ trợ 30 triệu đồng/căn; sửa chữa 64 căn nhà. Dịp Tết Ất Mùi và Tết Chôl Chnăm Thmây, MTTQ các cấp vận động trao 32.150 phần quà cho hộ nghèo, hộ cận nghèo, tổng trị giá gần 9,6 tỷ đồng; thăm, chúc Tết 92 chùa Phật giáo Nam tông Khmer.
Thực hiện Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy về công tác giảm nghèo bền vững và vận động xây dựng nông thôn mới, Ủy ban MTTQ tỉnh đã phối hợp giám sát việc bình xét hộ nghèo tại 21 xã, phường. Ban Thường trực cũng ban hành Hướng dẫn số 05/HD-MTTQ ngày 12/3/2015 về xét chọn hộ được hỗ trợ nhà ở.
Tại hội nghị, Đại đức Thạch Sóc Khên, Phó Chủ tịch Ủy ban MTTQ huyện Trần Đề, cho biết các chùa trên địa bàn đã vận động phật tử đóng góp 420 ngày công và 95 triệu đồng xây nhà cho hộ nghèo. Ông Lý Văn Hòa, Chủ tịch Ủy ban MTTQ xã Lịch Hội Thượng, nêu kinh nghiệm vận động các hộ khá giá giúp hộ nghèo làm nhà theo hình thức "hội 3 người giúp 1".
Phát biểu kết luận, đồng chí Lâm Văn Thuận yêu cầu 6 tháng cuối năm tập trung chuẩn bị Đại hội đại biểu MTTQ tỉnh lần thứ IX, đẩy mạnh cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"; phấn đấu cả năm bàn giao trên 1.000 căn nhà Đại đoàn kết, phát động "Tháng cao điểm vì người nghèo" từ 17/10 đến 18/11.
Các đại biểu cũng đề nghị Ủy ban MTTQ tỉnh Sóc Trăng tiếp tục phát huy vai trò của các vị sư sãi, chức sắc tôn giáo và người có uy tín trong đồng bào Khmer trong việc vận động xây nhà Đại đoàn kết; tăng cường giám sát việc bình xét đối tượng, bảo đảm công khai, dân chủ ở khóm, ấp.
Kim Ngân
Tin khác
- Trao 200 phần quà cho hộ nghèo dịp Chôl Chnăm Thmây (14/04/2015)
- Mỹ Xuyên: bàn giao 45 căn nhà Đại đoàn kết (20/03/2015)
- Hội nghị tổng kết công tác Mặt trận năm 2014 (26/12/2014)
- Châu Thành: ra mắt mô hình khu dân cư tự quản (05/12/2014)
- Vĩnh Châu: vận động xây cầu nông thôn (18/11/2014)
""", "2015-07-10", "Sơ kết 6 tháng đầu năm: bàn giao 512 căn nhà Đại đoàn kết cho hộ nghèo",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Lâm Văn Thuận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Sơn Thị Sa Kha", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thạch Sóc Khên", "Đại đức", "Phó Chủ tịch Ủy ban MTTQ huyện Trần Đề"),
 P("Lý Văn Hòa", "Chủ tịch Ủy ban MTTQ xã Lịch Hội Thượng")],
[Q("8,72 tỷ đồng", 8720000000, "đồng"), Q("512 căn nhà Đại đoàn kết", 512, "căn nhà Đại đoàn kết"), Q("187 căn", 187, "căn"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("64 căn nhà", 64, "căn nhà"), Q("32.150 phần quà", 32150, "phần quà"),
 Q("gần 9,6 tỷ đồng", 9600000000, "đồng", "approx"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("21 xã, phường", 21, "xã, phường"), Q("420 ngày công", 420, "ngày công"), Q("95 triệu đồng", 95000000, "đồng"),
 Q("trên 1.000 căn nhà Đại đoàn kết", 1000, "căn nhà Đại đoàn kết", "over")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Hướng dẫn", "05", "HD-MTTQ", "2015-03-12", "Ban Thường trực", "Hướng dẫn số 05/HD-MTTQ ngày 12/3/2015")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ :: Tin tức - Sự kiện :: An sinh xã hội", "Đại biểu dự hội nghị sơ kết.",
 "Vì người nghèo", "hội 3 người giúp 1", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Tháng cao điểm vì người nghèo"],
["Ngày đăng 10/07/2015 | 14:05", "6 tháng đầu năm", "6 tháng đầu năm 2015", "6 tháng cuối năm", "hội 3 người giúp 1", "lần thứ IX"]))

PAGES.append(page("b1810-gialai-bdv-giaoban-2016", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Vị trí: Trang chủ > Tin tức > Tin trong tỉnh
Thứ Sáu, 15/04/2016, 09:30
Giao ban khối dân vận: dồn sức hỗ trợ hộ nghèo vượt hạn
Ngày 14/4, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý I năm 2016. Đồng chí Ksor Y Thơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Quế, Rơ Mah H'Lim.
Đồng chí Ksor Y Thơn chủ trì hội nghị.
Quý I, hạn hán kéo dài làm hơn 21.400 ha cây trồng bị thiệt hại, 6.350 hộ thiếu nước sinh hoạt. Khối dân vận đã phối hợp vận động 2,46 tỷ đồng, 85 tấn gạo hỗ trợ người dân; khoan 38 giếng nước cho các làng thiếu nước. Dịp Tết Bính Thân, các cấp trao 27.900 suất quà cho hộ nghèo, hộ đồng bào dân tộc thiểu số với tổng trị giá 7,2 tỷ đồng; Ủy ban MTTQ tỉnh bàn giao 146 nhà Đại đoàn kết, mỗi nhà được hỗ trợ 40 triệu đồng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 08-CT/TU ngày 22/2/2016 về tăng cường lãnh đạo công tác phòng, chống hạn và Kế hoạch số 17-KH/BDVTU hướng dẫn các huyện thực hiện Quyết định số 755/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo.
Tại hội nghị, bà Siu H'Nhung, Trưởng Ban Dân vận Huyện ủy Ia Pa, cho biết huyện đã vận động 1.260 lượt người dân nhường nước tưới, giúp nhau chống hạn. Ông Đinh Văn Blưk, Chủ tịch Ủy ban MTTQ xã Ayun, kiến nghị tiếp tục hỗ trợ bò giống cho hộ nghèo; xã hiện có 437 hộ nghèo, chiếm 41,5%. Già làng Rơ Lan Pheo, người có uy tín làng Plei Pông, chia sẻ việc vận động bà con không bán đất, không nghe kẻ xấu kích động.
Kết luận hội nghị, đồng chí Ksor Y Thơn đề nghị quý II các cấp chủ động nắm tình hình, vận động nhân dân tiết kiệm nước, tham gia phong trào thi đua "Dân vận khéo"; không để hộ nào bị đói do hạn hán.
Các đại biểu thống nhất đánh giá, trong khó khăn do hạn hán, đồng bào các dân tộc tỉnh Gia Lai vẫn giữ vững tinh thần đoàn kết, tương thân tương ái; nhiều làng đã tự nguyện góp công đào mương, nạo vét giếng cũ, chia sẻ nguồn nước với các hộ khó khăn. Ban Dân vận Tỉnh ủy sẽ tổng hợp kiến nghị của cơ sở để báo cáo Thường trực Tỉnh ủy.
H'Yen
Các tin đã đưa
- Chư Sê: giao ban dân vận tháng 3 (31/03/2016)
- Trao 100 con bò giống cho hộ nghèo Krông Pa (18/03/2016)
- Hội nghị tổng kết công tác dân vận năm 2015 (28/12/2015)
- Đak Pơ: người có uy tín góp sức giữ bình yên buôn làng (10/12/2015)
- Mang Yang trao quà Tết cho hộ nghèo (05/02/2016)
- Phú Thiện vận động nhân dân hiến đất làm đường (20/01/2016)
""", "2016-04-15", "Giao ban khối dân vận: dồn sức hỗ trợ hộ nghèo vượt hạn",
E("giao_ban", "2016-Q1", "2016-04-14"),
[P("Ksor Y Thơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Quế", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Mah H'Lim", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu H'Nhung", "Trưởng Ban Dân vận Huyện ủy Ia Pa"),
 P("Đinh Văn Blưk", "Chủ tịch Ủy ban MTTQ xã Ayun"),
 P("Rơ Lan Pheo", "Già làng", "người có uy tín làng Plei Pông")],
[Q("hơn 21.400 ha", 21400, "ha", "over"), Q("6.350 hộ", 6350, "hộ"), Q("2,46 tỷ đồng", 2460000000, "đồng"),
 Q("85 tấn", 85, "tấn"), Q("38 giếng nước", 38, "giếng nước"), Q("27.900 suất quà", 27900, "suất quà"),
 Q("7,2 tỷ đồng", 7200000000, "đồng"), Q("146 nhà Đại đoàn kết", 146, "nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("1.260 lượt người dân", 1260, "lượt người dân"), Q("437 hộ nghèo", 437, "hộ nghèo"), Q("41,5%", 41.5, "%")],
[D("Chỉ thị", "08", "CT/TU", "2016-02-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU ngày 22/2/2016"),
 D("Kế hoạch", "17", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 17-KH/BDVTU"),
 D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg")],
[prov("Gia Lai"), com("Ayun")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Vị trí: Trang chủ > Tin tức > Tin trong tỉnh", "Đồng chí Ksor Y Thơn chủ trì hội nghị.",
 "Dân vận khéo"],
["Thứ Sáu, 15/04/2016, 09:30", "quý I năm 2016", "quý II"]))
