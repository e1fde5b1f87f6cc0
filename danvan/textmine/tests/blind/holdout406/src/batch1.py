from lib import *
PAGES = []

PAGES.append(page("b9701-dongthap-mttq-traoqua-lu-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG THÁP
Trang chủ > Hoạt động Mặt trận > Cứu trợ xã hội
Thứ Bảy, 08/10/2011 - 16:40
Đoàn công tác trao quà cho bà con vùng lũ xã Phú Thọ. Ảnh: Minh Trí
Trao 2.300 phần quà cứu trợ cho đồng bào vùng lũ Tam Nông, Hồng Ngự
Ngày 7/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp phối hợp Hội Chữ thập đỏ tỉnh tổ chức trao 2.300 phần quà cho các hộ dân bị ảnh hưởng nặng bởi lũ tại huyện Tam Nông và huyện Hồng Ngự. Tham gia đoàn có đồng chí Lê Thị Kim Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Vận động cứu trợ tỉnh.
Theo báo cáo của Ban Chỉ huy Phòng chống lụt bão tỉnh, từ cuối tháng 9 đến nay nước lũ trên sông Tiền lên nhanh, đỉnh lũ tại Tân Châu vượt mức báo động III khoảng 0,4 m. Toàn tỉnh có hơn 21.000 căn nhà bị ngập, 47 điểm trường phải cho học sinh nghỉ học; lũ đã làm 12 người chết, trong đó có 9 trẻ em.
Mỗi phần quà gồm 10 kg gạo, mì gói, nước tương và 200.000 đồng tiền mặt, tổng trị giá gần 1,1 tỷ đồng, từ nguồn Quỹ cứu trợ của tỉnh và sự đóng góp của các doanh nghiệp, nhà hảo tâm. Riêng tại xã Phú Thọ, đoàn trao 650 phần quà cho hộ nghèo, hộ có nhà bị ngập sâu; tại xã An Long, 540 phần quà được trao tận tay bà con đang tạm cư trên tuyến dân cư.
Tại buổi trao quà, đồng chí Lê Thị Kim Hoa chia sẻ những khó khăn, mất mát với bà con, đề nghị cấp ủy, chính quyền và Mặt trận cơ sở thực hiện tốt phương châm "4 tại chỗ", không để người dân nào bị đói, rét, thiếu nước sạch; đặc biệt phải tổ chức điểm giữ trẻ mùa lũ để bảo đảm an toàn cho trẻ em.
Ông Nguyễn Văn Tám, Chủ tịch Ủy ban MTTQ xã Phú Thọ, cho biết toàn xã có 1.280 hộ bị ngập nhà, trong đó 215 hộ phải di dời đến nơi an toàn; xã đã mở 6 điểm giữ trẻ với 180 cháu. Bà Trần Thị Bé Năm, người dân ấp Phú Thọ B, xúc động: "Năm nay nước lớn quá, có gói mì, bao gạo là đỡ lắm rồi".
Theo đồng chí Phan Văn Thắng, Ủy viên Ban Thường trực, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, tính đến ngày 6/10/2011, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 3,6 tỷ đồng và 85 tấn gạo do các tổ chức, cá nhân trong và ngoài tỉnh ủng hộ. Việc tiếp nhận, phân phối được thực hiện theo Nghị định số 64/2008/NĐ-CP ngày 14/5/2008 của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ nhân dân khắc phục khó khăn do thiên tai, hỏa hoạn, sự cố nghiêm trọng.
Ban Thường trực cũng đã ban hành Kế hoạch số 27/KH-MTTQ về vận động ủng hộ đồng bào vùng lũ, kêu gọi mỗi cán bộ, công chức đóng góp ít nhất một ngày lương với tinh thần "lá lành đùm lá rách".
Minh Trí
Lượt xem: 1.204
Tin liên quan
- Hồng Ngự: 3 trẻ em đuối nước trong mùa lũ (04/10/2011)
- Tiếp nhận 500 triệu đồng ủng hộ đồng bào vùng lũ (30/09/2011)
- Đồng Tháp chủ động ứng phó lũ lớn (22/09/2011)
""", "2011-10-08", "Trao 2.300 phần quà cứu trợ cho đồng bào vùng lũ Tam Nông, Hồng Ngự",
E("trao_qua", None, "2011-10-07"),
[P("Lê Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Nguyễn Văn Tám", "Chủ tịch Ủy ban MTTQ xã Phú Thọ"),
 P("Trần Thị Bé Năm"),
 P("Phan Văn Thắng", "Ủy viên Ban Thường trực", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh")],
[Q("2.300 phần quà", 2300, "phần quà"), Q("khoảng 0,4 m", 0.4, "m", "approx"),
 Q("hơn 21.000 căn nhà", 21000, "căn nhà", "over"), Q("47 điểm trường", 47, "điểm trường"),
 Q("12 người", 12, "người"), Q("9 trẻ em", 9, "trẻ em"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("650 phần quà", 650, "phần quà"), Q("540 phần quà", 540, "phần quà"),
 Q("1.280 hộ", 1280, "hộ"), Q("215 hộ", 215, "hộ"), Q("6 điểm giữ trẻ", 6, "điểm giữ trẻ"), Q("180 cháu", 180, "cháu"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("85 tấn", 85, "tấn")],
[D("Nghị định", "64", "2008/NĐ-CP", "2008-05-14", "Chính phủ", "Nghị định số 64/2008/NĐ-CP ngày 14/5/2008"),
 D("Kế hoạch", "27", "KH-MTTQ", None, "Ban Thường trực", "Kế hoạch số 27/KH-MTTQ")],
[prov("Đồng Tháp"), com("Phú Thọ"), com("An Long")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG THÁP", "Trang chủ > Hoạt động Mặt trận > Cứu trợ xã hội",
 "Đoàn công tác trao quà cho bà con vùng lũ xã Phú Thọ. Ảnh: Minh Trí", "4 tại chỗ", "lá lành đùm lá rách", "Lượt xem: 1.204",
 "Ban Chỉ huy Phòng chống lụt bão tỉnh"],
["Thứ Bảy, 08/10/2011 - 16:40", "báo động III", "4 tại chỗ", "một ngày lương", "Lượt xem: 1.204"]))

PAGES.append(page("b9702-namdinh-mttq-phanbo-bao8-2012", """
Báo Nam Định điện tử
Thời sự | Xã hội | Mặt trận - Đoàn thể
02/11/2012 - 08:30
Phân bổ hơn 5,2 tỷ đồng giúp nhân dân khắc phục hậu quả bão số 8
Sáng 1/11, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị thống nhất phương án phân bổ nguồn kinh phí ủng hộ nhân dân khắc phục hậu quả cơn bão số 8 (bão Sơn Tinh). Đồng chí Trần Văn Chung, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Quang cảnh hội nghị.
Bão số 8 đổ bộ vào địa bàn tỉnh đêm 28/10 với sức gió giật cấp 11, cấp 12 đã làm 2 người bị thương, 1.146 ngôi nhà bị tốc mái, gần 37.000 ha lúa mùa chưa thu hoạch và 4.300 ha cói, màu bị ngập úng; nhiều tuyến đê biển ở Giao Thủy, Hải Hậu, Nghĩa Hưng bị sạt lở. Thiệt hại ban đầu ước tính khoảng 420 tỷ đồng.
Ngay sau bão, Ban Thường trực Ủy ban MTTQ tỉnh đã có Thư kêu gọi và ban hành Công văn số 318/CV-MT ngày 29/10/2012 đề nghị các cơ quan, đơn vị, doanh nghiệp và nhân dân trong tỉnh ủng hộ. Đến ngày 31/10, Quỹ "Vì người nghèo" và cứu trợ của tỉnh đã nhận được 5,27 tỷ đồng, trong đó Ủy ban Trung ương MTTQ Việt Nam hỗ trợ 1 tỷ đồng; các doanh nghiệp trong Khu công nghiệp Hòa Xá ủng hộ 870 triệu đồng.
Hội nghị thống nhất phân bổ 5,2 tỷ đồng cho 7 huyện bị thiệt hại, ưu tiên hộ nghèo, gia đình chính sách có nhà bị tốc mái, sập đổ. Mức hỗ trợ là 5 triệu đồng/hộ có nhà đổ sập hoàn toàn và 2 triệu đồng/hộ có nhà bị tốc mái nặng; số còn lại hỗ trợ sửa chữa 14 trường học, trạm y tế xã. Riêng xã Hải Lý và xã Giao Thiện là hai địa phương thiệt hại nặng nhất được phân bổ thêm 300 triệu đồng mỗi xã.
Bà Vũ Thị Nhung, Chủ tịch Ủy ban MTTQ xã Giao Thiện, phản ánh nhiều hộ nuôi ngao ven biển mất trắng, đề nghị tỉnh có cơ chế cho vay vốn khôi phục sản xuất. Ông Phạm Hữu Đạo, Phó Chủ tịch Ủy ban MTTQ tỉnh, lưu ý Mặt trận các huyện công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn, xóm.
Kết luận hội nghị, đồng chí Trần Văn Chung yêu cầu việc phân bổ phải đúng đối tượng, kịp thời, công khai, minh bạch theo đúng Nghị định 64/2008/NĐ-CP của Chính phủ và Thông tư liên tịch số 72/2008/TTLT-BTC-UBTWMTTQVN; hoàn thành cấp phát trước ngày 10/11. Ban Thường trực cũng giao các ban chuyên môn phối hợp Hội Chữ thập đỏ tỉnh kiểm tra việc phân phối tại cơ sở, kịp thời báo cáo những vướng mắc phát sinh; đồng thời tiếp tục tiếp nhận ủng hộ đến hết ngày 30/11/2012.
Bài, ảnh: Thu Hà
Các tin khác
- Hải Hậu khẩn trương khắc phục hậu quả bão số 8 (31/10/2012)
- Lãnh đạo tỉnh kiểm tra đê biển Giao Thủy (29/10/2012)
- Nam Định sẵn sàng ứng phó bão Sơn Tinh (27/10/2012)
- Hội Nông dân tỉnh hỗ trợ giống lúa cho hội viên (20/10/2012)
""", "2012-11-02", "Phân bổ hơn 5,2 tỷ đồng giúp nhân dân khắc phục hậu quả bão số 8",
E("hoi_nghi", None, "2012-11-01"),
[P("Trần Văn Chung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vũ Thị Nhung", "Chủ tịch Ủy ban MTTQ xã Giao Thiện"),
 P("Phạm Hữu Đạo", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("phân bổ 5,2 tỷ đồng", 5200000000, "đồng"), Q("2 người", 2, "người"), Q("1.146 ngôi nhà", 1146, "ngôi nhà"),
 Q("gần 37.000 ha", 37000, "ha", "approx"), Q("4.300 ha", 4300, "ha"), Q("khoảng 420 tỷ đồng", 420000000000, "đồng", "approx"),
 Q("5,27 tỷ đồng", 5270000000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"), Q("870 triệu đồng", 870000000, "đồng"),
 Q("7 huyện", 7, "huyện"), Q("5 triệu đồng", 5000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("14 trường học, trạm y tế xã", 14, "trường học, trạm y tế xã"), Q("300 triệu đồng", 300000000, "đồng")],
[D("Công văn", "318", "CV-MT", "2012-10-29", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 318/CV-MT ngày 29/10/2012"),
 D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định 64/2008/NĐ-CP"),
 D("Thông tư liên tịch", "72", "2008/TTLT-BTC-UBTWMTTQVN", None, None, "Thông tư liên tịch số 72/2008/TTLT-BTC-UBTWMTTQVN")],
[prov("Nam Định"), com("Hải Lý"), com("Giao Thiện")],
["Báo Nam Định điện tử", "Thời sự | Xã hội | Mặt trận - Đoàn thể", "Quang cảnh hội nghị.", "Vì người nghèo",
 "bão Sơn Tinh", "Thư kêu gọi", "Khu công nghiệp Hòa Xá"],
["02/11/2012 - 08:30", "bão số 8", "cấp 11, cấp 12", "Vì người nghèo"]))

PAGES.append(page("b9703-quangbinh-mttq-tongket-cuutro-2013", """
QUẢNG BÌNH ONLINE - Báo Quảng Bình
Bạn đang ở: Trang chủ › Chính trị › Mặt trận
Cập nhật: 15:05, 27/12/2013 (GMT+7)
Ảnh: Đồng chí Lê Văn Bảo phát biểu tại hội nghị.
Tổng kết công tác vận động cứu trợ năm 2013: Hơn 62 tỷ đồng đến với người dân vùng bão lũ
(QBĐT) - Chiều 26/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác vận động, tiếp nhận và phân phối nguồn cứu trợ năm 2013. Đồng chí Lê Văn Bảo, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Vận động cứu trợ tỉnh chủ trì.
Năm 2013, Quảng Bình liên tiếp chịu ảnh hưởng của bão số 10 (Wutip) và bão số 11 (Nari) cùng hai đợt lũ lớn cuối tháng 10 và giữa tháng 11, làm 4 người chết, hơn 15.000 ngôi nhà bị tốc mái, hư hỏng; tổng thiệt hại khoảng 2.700 tỷ đồng, nặng nhất là các huyện Quảng Trạch, Bố Trạch, Quảng Ninh.
Thực hiện Hướng dẫn số 11/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Vận động cứu trợ các cấp đã tiếp nhận hơn 62 tỷ đồng và hàng hóa trị giá 8,4 tỷ đồng, gồm 246 tấn gạo, 31.000 thùng mì tôm, 12.500 chăn màn, áo phao. Trong đó, cấp tỉnh tiếp nhận 41,3 tỷ đồng; cấp huyện và cơ sở tiếp nhận gần 21 tỷ đồng.
Từ nguồn này, tỉnh đã hỗ trợ xây mới 318 căn nhà cho hộ nghèo có nhà bị sập hoàn toàn với mức 20 triệu đồng/căn, sửa chữa 1.420 căn nhà hư hỏng nặng, hỗ trợ 27 trường học khắc phục cơ sở vật chất. Các xã Quảng Đông, Cảnh Dương, Hải Ninh là những nơi được tập trung nhiều nguồn lực nhất.
Hội nghị đánh giá việc phân phối cơ bản đúng đối tượng, công khai; 100% xã, phường, thị trấn niêm yết danh sách hộ nhận hỗ trợ. Tuy nhiên vẫn còn tình trạng các đoàn từ thiện tự phát trao quà chồng chéo tại một số thôn ven biển, trong khi nhiều hộ ở vùng sâu chưa được hỗ trợ kịp thời.
Phát biểu tại hội nghị, bà Đinh Thị Hương, Chủ tịch Ủy ban MTTQ xã Hải Ninh, đề nghị tỉnh lập cơ sở dữ liệu hộ bị thiệt hại để điều phối các đoàn cứu trợ. Ông Hồ Xuân Pa, người có uy tín bản Hà, xã Trọng Hóa, kể lại việc bà con người Chứt được các đoàn tiếp tế gạo sau 5 ngày bị chia cắt.
Kết luận, đồng chí Lê Văn Bảo đề nghị năm 2014 tiếp tục thực hiện Nghị định số 64/2008/NĐ-CP ngày 14/5/2008 của Chính phủ và Quyết định số 48/2014/QĐ-TTg khi có hướng dẫn; Mặt trận các cấp thành lập tổ giám sát việc sử dụng kinh phí xây nhà.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 23 tập thể, 31 cá nhân có thành tích xuất sắc trong vận động cứu trợ năm 2013.
Ngọc Mai
Tin khác
- Đón nhận 2.000 áo phao do Hội Chữ thập đỏ Hàn Quốc trao tặng (20/12/2013)
- Quảng Trạch: bàn giao nhà cho hộ nghèo sau bão (13/12/2013)
- MTTQ tỉnh giám sát việc cấp phát gạo cứu đói (05/12/2013)
""", "2013-12-27", "Tổng kết công tác vận động cứu trợ năm 2013: Hơn 62 tỷ đồng đến với người dân vùng bão lũ",
E("tong_ket", "2013", "2013-12-26"),
[P("Lê Văn Bảo", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Đinh Thị Hương", "Chủ tịch Ủy ban MTTQ xã Hải Ninh"),
 P("Hồ Xuân Pa", "người có uy tín bản Hà")],
[Q("Hơn 62 tỷ đồng", 62000000000, "đồng", "over"), Q("4 người", 4, "người"), Q("hơn 15.000 ngôi nhà", 15000, "ngôi nhà", "over"),
 Q("khoảng 2.700 tỷ đồng", 2700000000000, "đồng", "approx"), Q("8,4 tỷ đồng", 8400000000, "đồng"), Q("246 tấn", 246, "tấn"),
 Q("31.000 thùng mì tôm", 31000, "thùng mì tôm"), Q("12.500 chăn màn, áo phao", 12500, "chăn màn, áo phao"),
 Q("41,3 tỷ đồng", 41300000000, "đồng"), Q("gần 21 tỷ đồng", 21000000000, "đồng", "approx"),
 Q("318 căn nhà", 318, "căn nhà"), Q("20 triệu đồng", 20000000, "đồng"), Q("1.420 căn nhà", 1420, "căn nhà"),
 Q("27 trường học", 27, "trường học"), Q("100%", 100, "%"), Q("23 tập thể", 23, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Hướng dẫn", "11", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 11/HD-MTTW-BTT"),
 D("Nghị định", "64", "2008/NĐ-CP", "2008-05-14", "Chính phủ", "Nghị định số 64/2008/NĐ-CP ngày 14/5/2008"),
 D("Quyết định", "48", "2014/QĐ-TTg", None, None, "Quyết định số 48/2014/QĐ-TTg")],
[prov("Quảng Bình"), com("Quảng Đông"), com("Cảnh Dương"), com("Hải Ninh"), com("Trọng Hóa")],
["QUẢNG BÌNH ONLINE - Báo Quảng Bình", "Bạn đang ở: Trang chủ › Chính trị › Mặt trận",
 "Ảnh: Đồng chí Lê Văn Bảo phát biểu tại hội nghị.", "(QBĐT)", "Wutip", "Nari"],
["Cập nhật: 15:05, 27/12/2013 (GMT+7)", "bão số 10", "bão số 11", "năm 2013", "năm 2014", "5 ngày"]))

PAGES.append(page("b9704-laocai-bdv-taphuan-thientai-2014", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Vị trí: Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban
08:15 | 16/05/2014
Tập huấn kỹ năng vận động nhân dân phòng, tránh lũ quét, sạt lở đất năm 2014
Trong 2 ngày 14 và 15/5/2014, tại thành phố Lào Cai, Ban Dân vận Tỉnh ủy phối hợp Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh tổ chức lớp tập huấn kỹ năng vận động nhân dân phòng, tránh thiên tai dựa vào cộng đồng năm 2014 cho 135 học viên là cán bộ dân vận, trưởng thôn, người có uy tín của 9 huyện, thành phố.
Học viên thực hành vẽ bản đồ rủi ro thiên tai của thôn.
Khai mạc lớp học, đồng chí Giàng Seo Vần, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: Lào Cai có địa hình chia cắt mạnh, mỗi mùa mưa lũ đều xảy ra lũ quét, sạt lở đất; riêng năm 2013 thiên tai đã làm 11 người chết và mất tích, 236 nhà bị hư hỏng, thiệt hại gần 300 tỷ đồng. Vì vậy, cán bộ cơ sở phải nắm được kỹ năng tuyên truyền, vận động bà con không làm nhà ven suối, chủ động di dời khi có cảnh báo.
Các học viên được nghe đồng chí Nguyễn Đức Thịnh, Phó Chánh Văn phòng thường trực Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh, giới thiệu Luật Phòng, chống thiên tai năm 2013 và Quyết định số 1002/QĐ-TTg ngày 13/7/2009 của Thủ tướng Chính phủ phê duyệt Đề án nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng. Thạc sĩ Lù Thị Dung, giảng viên Trường Chính trị tỉnh, hướng dẫn phương pháp vận động đồng bào Mông, Dao bằng tiếng dân tộc, lồng ghép trong sinh hoạt thôn, bản và các buổi lễ cúng rừng.
Theo Kế hoạch số 38-KH/BDVTU của Ban Dân vận Tỉnh ủy, sau lớp tập huấn, mỗi học viên có trách nhiệm hướng dẫn lại cho ít nhất 20 hộ gia đình trong thôn; các xã có nguy cơ cao như Bản Khoang, Tả Phìn, Trịnh Tường phải lập danh sách hộ cần di dời trước ngày 30/6.
Chia sẻ tại lớp học, ông Tẩn Láo Lở, Trưởng thôn Sả Séng, xã Tả Phìn, cho biết năm 2013 thôn đã vận động 7 hộ người Dao chuyển nhà khỏi khu vực taluy có nguy cơ sạt lở; bà con tự góp 350 ngày công san nền nhà mới. Còn bà Vàng Thị Mỷ, Chủ tịch Hội Liên hiệp Phụ nữ xã Trịnh Tường, đề xuất thành lập các "tổ phụ nữ xung kích phòng chống thiên tai" ở những thôn ven suối.
Kết thúc khóa học, 100% học viên đạt yêu cầu; Ban Dân vận Tỉnh ủy trao giấy chứng nhận và tặng mỗi thôn 1 bộ loa cầm tay phục vụ cảnh báo.
Đức Thuận
Tin cùng chuyên mục
- Bát Xát: ra mắt 5 mô hình "Dân vận khéo" trong xây dựng nông thôn mới (05/05/2014)
- Hội nghị giao ban công tác dân vận quý I năm 2014 (10/04/2014)
- Vận động đồng bào hiến đất làm đường ở Si Ma Cai (28/03/2014)
""", "2014-05-16", "Tập huấn kỹ năng vận động nhân dân phòng, tránh lũ quét, sạt lở đất năm 2014",
E("tap_huan", "2014", "2014-05-14"),
[P("Giàng Seo Vần", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Thịnh", "Phó Chánh Văn phòng thường trực Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh"),
 P("Lù Thị Dung", "Thạc sĩ", "giảng viên Trường Chính trị tỉnh"),
 P("Tẩn Láo Lở", "Trưởng thôn Sả Séng"),
 P("Vàng Thị Mỷ", "Chủ tịch Hội Liên hiệp Phụ nữ xã Trịnh Tường")],
[Q("135 học viên", 135, "học viên"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("11 người", 11, "người"),
 Q("236 nhà", 236, "nhà"), Q("gần 300 tỷ đồng", 300000000000, "đồng", "approx"),
 Q("ít nhất 20 hộ gia đình", 20, "hộ gia đình", "over"), Q("7 hộ", 7, "hộ"), Q("350 ngày công", 350, "ngày công"),
 Q("100%", 100, "%")],
[D("Quyết định", "1002", "QĐ-TTg", "2009-07-13", "Thủ tướng Chính phủ", "Quyết định số 1002/QĐ-TTg ngày 13/7/2009"),
 D("Kế hoạch", "38", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 38-KH/BDVTU")],
[prov("Lào Cai"), com("Bản Khoang"), com("Tả Phìn"), com("Trịnh Tường")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Vị trí: Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban",
 "Học viên thực hành vẽ bản đồ rủi ro thiên tai của thôn.", "Luật Phòng, chống thiên tai", "tổ phụ nữ xung kích phòng chống thiên tai",
 "Đề án nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng"],
["08:15 | 16/05/2014", "2 ngày", "năm 2013", "năm 2014", "1 bộ loa"]))

PAGES.append(page("b9705-quangninh-mttq-tiepnhan-ungho-2015", """
Báo Quảng Ninh điện tử
Xã hội » Chung tay khắc phục mưa lũ
Ngày đăng 06/08/2015 | 17:20
Ảnh: Lãnh đạo Ủy ban MTTQ tỉnh tiếp nhận ủng hộ của các đơn vị.
Gần 43 tỷ đồng ủng hộ nhân dân Quảng Ninh khắc phục hậu quả mưa lũ
Đến 17 giờ ngày 5/8, Ủy ban MTTQ tỉnh Quảng Ninh đã tiếp nhận gần 43 tỷ đồng tiền mặt cùng nhiều hàng hóa thiết yếu do các tổ chức, doanh nghiệp, cá nhân trong và ngoài tỉnh ủng hộ nhân dân khắc phục hậu quả đợt mưa lũ lịch sử cuối tháng 7 vừa qua.
Đợt mưa kéo dài hơn một tuần, có nơi lượng mưa vượt 1.500 mm, đã làm 17 người chết, hơn 3.800 ngôi nhà bị ngập, sạt lở; hàng trăm tuyến đường ở Hạ Long, Cẩm Phả, Vân Đồn bị hư hỏng. Ngành than cũng bị thiệt hại nặng khi nhiều mỏ hầm lò bị ngập nước.
Chỉ trong buổi sáng 5/8, tại trụ sở Ủy ban MTTQ tỉnh, bà Đỗ Thị Hằng, Chủ tịch Ủy ban MTTQ tỉnh, đã đón nhận ủng hộ của 14 đơn vị với tổng số tiền 9,5 tỷ đồng, trong đó Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam ủng hộ 5 tỷ đồng; Ủy ban MTTQ thành phố Hải Phòng ủng hộ 1 tỷ đồng và 20 tấn gạo. Nhiều người dân cũng tự tìm đến gửi những phong bì vài trăm nghìn đồng.
Theo ông Vũ Văn Khải, Phó Chủ tịch Ủy ban MTTQ tỉnh, thực hiện Thông báo số 105-TB/TU của Ban Thường vụ Tỉnh ủy, toàn bộ số tiền ủng hộ được tập trung vào tài khoản của Ban Vận động cứu trợ tỉnh tại Kho bạc Nhà nước tỉnh, công khai trên Báo Quảng Ninh và Đài Phát thanh - Truyền hình tỉnh. Trước mắt, tỉnh đã trích 6,2 tỷ đồng hỗ trợ khẩn cấp các gia đình có người chết với mức 10 triệu đồng/người, hộ có nhà bị sập đổ hoàn toàn 30 triệu đồng/hộ.
Tại phường Mông Dương, thành phố Cẩm Phả, nơi có 412 hộ bị ngập bùn đất, Mặt trận phường đã huy động 300 đoàn viên thanh niên, cán bộ, chiến sĩ giúp dân dọn dẹp. Ông Lê Văn Hùng, Chủ tịch Ủy ban MTTQ phường Mông Dương, cho biết nhiều gia đình đến nay vẫn chưa thể trở về nhà.
Tại xã Quảng Lâm, huyện Đầm Hà, bà con người Dao được cán bộ Mặt trận vận động di chuyển tạm thời sang nhà văn hóa bản; xã đã nhận 2 tấn gạo và 150 thùng mì do Hội Chữ thập đỏ tỉnh chuyển đến. Cán bộ Mặt trận xã cùng già làng, trưởng bản đi từng nhà kiểm tra, không để hộ nào thiếu đói, nhất là các gia đình có người già, trẻ nhỏ.
Ban Thường trực Ủy ban MTTQ tỉnh đề nghị Mặt trận các địa phương rà soát, lập danh sách các hộ bị thiệt hại nặng, ưu tiên hộ nghèo, gia đình chính sách; việc phân bổ phải có sự tham gia giám sát của Ban Thanh tra nhân dân và được niêm yết công khai tại nhà văn hóa thôn, khu phố.
Ủy ban MTTQ tỉnh tiếp tục tiếp nhận ủng hộ đến hết ngày 31/8/2015 qua số tài khoản của Ban Vận động cứu trợ tỉnh.
Hoàng Nga
Lượt đọc: 3.417
Tin liên quan
- Hạ Long: khẩn trương khắc phục hậu quả mưa lũ (03/08/2015)
- Thủ tướng kiểm tra công tác khắc phục mưa lũ tại Quảng Ninh (31/07/2015)
- Cẩm Phả: sơ tán hơn 2.000 hộ dân khỏi vùng nguy hiểm (29/07/2015)
""", "2015-08-06", "Gần 43 tỷ đồng ủng hộ nhân dân Quảng Ninh khắc phục hậu quả mưa lũ",
E("khac", None, "2015-08-05"),
[P("Đỗ Thị Hằng", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vũ Văn Khải", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Hùng", "Chủ tịch Ủy ban MTTQ phường Mông Dương")],
[Q("Gần 43 tỷ đồng", 43000000000, "đồng", "approx"), Q("1.500 mm", 1500, "mm", "over"), Q("17 người", 17, "người"),
 Q("hơn 3.800 ngôi nhà", 3800, "ngôi nhà", "over"), Q("14 đơn vị", 14, "đơn vị"), Q("9,5 tỷ đồng", 9500000000, "đồng"),
 Q("5 tỷ đồng", 5000000000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"), Q("20 tấn", 20, "tấn"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("412 hộ", 412, "hộ"), Q("300 đoàn viên thanh niên, cán bộ, chiến sĩ", 300, "đoàn viên thanh niên, cán bộ, chiến sĩ"),
 Q("2 tấn", 2, "tấn"), Q("150 thùng mì", 150, "thùng mì")],
[D("Thông báo", "105", "TB/TU", None, "Ban Thường vụ Tỉnh ủy", "Thông báo số 105-TB/TU")],
[prov("Quảng Ninh"), com("Mông Dương"), com("Quảng Lâm")],
["Báo Quảng Ninh điện tử", "Xã hội » Chung tay khắc phục mưa lũ", "Ảnh: Lãnh đạo Ủy ban MTTQ tỉnh tiếp nhận ủng hộ của các đơn vị.",
 "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "Lượt đọc: 3.417", "Kho bạc Nhà nước tỉnh"],
["Ngày đăng 06/08/2015 | 17:20", "17 giờ", "một tuần", "vài trăm nghìn đồng", "Lượt đọc: 3.417"]))

PAGES.append(page("b9706-bentre-bdv-soket-hanman-2016", """
BẾN TRE ONLINE
Chính trị >> Xây dựng Đảng
15/07/2016 - 10:05
Vận động nhân dân chung sức ứng phó hạn, mặn
(BĐK) - Ngày 14-7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016. Đồng chí Huỳnh Văn Be, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Huỳnh Văn Be phát biểu kết luận hội nghị. Ảnh: Hữu Hiệp
Theo báo cáo, đợt hạn hán, xâm nhập mặn mùa khô 2015 - 2016 là nặng nhất trong gần 100 năm qua, độ mặn 4‰ lấn sâu hơn 70 km vào đất liền; toàn tỉnh có hơn 13.000 ha lúa bị thiệt hại, trên 7.000 ha cây ăn trái bị ảnh hưởng, khoảng 120.000 hộ thiếu nước sinh hoạt. Khối dân vận các cấp đã tham mưu cấp ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường lãnh đạo công tác phòng, chống hạn mặn và về vận động nhân dân tiết kiệm nước ngọt, chuyển đổi cơ cấu cây trồng.
Thực hiện Kế hoạch số 64-KH/BDVTU của Ban Dân vận Tỉnh ủy, các đoàn thể đã vận động được 1.870 bồn, lu chứa nước trao cho hộ nghèo; Hội Liên hiệp Phụ nữ tỉnh có 215 tổ phụ nữ chở nước ngọt miễn phí cho bà con. Nhân dân đóng góp trên 4,3 tỷ đồng cùng 26.000 ngày công đắp đê bao, nạo vét kênh mương trữ nước. Các chùa Phật giáo Nam tông Khmer ở xã Hưng Nhượng cũng mở cửa cho người dân đến lấy nước giếng.
Nhiều ý kiến cho rằng việc vận động nhân dân tỉnh Bến Tre chuyển đổi từ trồng lúa sang nuôi tôm, trồng dừa ở vùng mặn còn lúng túng; một số nơi người dân tự ý đắp đập ngăn sông, ảnh hưởng dòng chảy. Công tác nắm tình hình tư tưởng nhân dân vùng bị thiệt hại có lúc chưa kịp thời, thông tin về mức hỗ trợ chưa được phổ biến rộng rãi đến ấp, khu phố nên vẫn còn tâm lý trông chờ. Việc phối hợp giữa ngành nông nghiệp với Mặt trận, đoàn thể trong tuyên truyền lịch xuống giống né mặn có nơi còn chậm.
Tại hội nghị, đồng chí Trần Thị Thanh Lam, HUV, Trưởng Ban Dân vận Huyện ủy Thạnh Phú, cho biết huyện đã ra mắt 8 mô hình "Dân vận khéo" về trữ nước, nuôi tôm - lúa thích ứng mặn. Ông Nguyễn Văn Nhiều, Bí thư Chi bộ ấp Thạnh Hòa, xã An Thuận, kiến nghị sớm đầu tư cống ngăn mặn để ổn định sản xuất.
6 tháng qua, các cơ quan dân vận đã tiếp nhận 46 đơn thư, phối hợp giải quyết 41 đơn, chủ yếu liên quan đến nước sinh hoạt và hỗ trợ thiệt hại theo Quyết định số 142/2009/QĐ-TTg của Thủ tướng Chính phủ về cơ chế hỗ trợ giống cây trồng, vật nuôi để khôi phục sản xuất vùng bị thiệt hại do thiên tai.
Kết luận hội nghị, đồng chí Huỳnh Văn Be yêu cầu 6 tháng cuối năm khối dân vận tiếp tục bám sát cơ sở, giám sát việc cấp phát tiền hỗ trợ theo Nghị quyết số 10/NQ-CP của Chính phủ, bảo đảm công khai; không để phát sinh khiếu kiện đông người.
Hữu Hiệp
Tin cùng chuyên mục
- Mỏ Cày Nam: trao 300 lu chứa nước cho hộ nghèo (08/07/2016)
- Hội nghị báo cáo viên tháng 6/2016 (28/06/2016)
- Ba Tri: nhân dân hiến đất đắp đê bao ngăn mặn (17/06/2016)
""", "2016-07-15", "Vận động nhân dân chung sức ứng phó hạn, mặn",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Huỳnh Văn Be", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Thanh Lam", "HUV", "Trưởng Ban Dân vận Huyện ủy Thạnh Phú"),
 P("Nguyễn Văn Nhiều", "Bí thư Chi bộ ấp Thạnh Hòa")],
[Q("4‰", 4, "‰"), Q("hơn 70 km", 70, "km", "over"), Q("hơn 13.000 ha", 13000, "ha", "over"),
 Q("trên 7.000 ha", 7000, "ha", "over"), Q("khoảng 120.000 hộ", 120000, "hộ", "approx"),
 Q("1.870 bồn, lu chứa nước", 1870, "bồn, lu chứa nước"), Q("215 tổ phụ nữ", 215, "tổ phụ nữ"),
 Q("trên 4,3 tỷ đồng", 4300000000, "đồng", "over"), Q("26.000 ngày công", 26000, "ngày công"),
 Q("8 mô hình", 8, "mô hình"), Q("46 đơn thư", 46, "đơn thư"), Q("41 đơn", 41, "đơn")],
[D("Chỉ thị", "21", "CT/TU", None, None, "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, None, "Chỉ thị 21, 22-CT/TU"),
 D("Kế hoạch", "64", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 64-KH/BDVTU"),
 D("Quyết định", "142", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 142/2009/QĐ-TTg"),
 D("Nghị quyết", "10", "NQ-CP", None, "Chính phủ", "Nghị quyết số 10/NQ-CP")],
[prov("Bến Tre"), com("Hưng Nhượng"), com("An Thuận")],
["BẾN TRE ONLINE", "Chính trị >> Xây dựng Đảng", "(BĐK)", "Đồng chí Huỳnh Văn Be phát biểu kết luận hội nghị. Ảnh: Hữu Hiệp",
 "Dân vận khéo", "chùa Phật giáo Nam tông Khmer"],
["15/07/2016 - 10:05", "gần 100 năm", "6 tháng đầu năm", "6 tháng cuối năm 2016", "mùa khô 2015 - 2016", "6 tháng qua"]))
