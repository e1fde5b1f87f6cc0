from lib import *
PAGES = []

PAGES.append(page("b2909-quangbinh-mttq-traoqua-lu-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH
Trang chủ > Hoạt động Mặt trận > Cứu trợ xã hội
Thứ Năm, 20/10/2011 - 09:30
Ảnh: Trao quà cho bà con vùng lũ xã Tân Hóa.
Trao 1.200 suất quà cho đồng bào vùng lũ Minh Hóa
Sáng 18/10/2011, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh Quảng Bình do đồng chí Hoàng Đăng Khoa, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, trao 1.200 suất quà cho các hộ dân bị thiệt hại nặng do lũ lụt tại xã Tân Hóa và xã Trọng Hóa (huyện Minh Hóa). Mỗi suất quà gồm 20 kg gạo, 1 thùng mì tôm và 200.000 đồng tiền mặt.
Theo báo cáo của UBND huyện Minh Hóa, đợt lũ từ ngày 14 đến 16/10 đã làm 3 người chết, 412 ngôi nhà bị ngập sâu, hơn 600 ha lúa và hoa màu bị hư hại; nhiều tuyến đường liên xã bị sạt lở, chia cắt. Ước tổng thiệt hại khoảng 45 tỷ đồng.
Đồng chí Hoàng Đăng Khoa phát biểu động viên bà con xã Tân Hóa.
Phát biểu tại buổi trao quà, đồng chí Hoàng Đăng Khoa chia sẻ những mất mát mà bà con phải gánh chịu và cho biết ngay khi lũ rút, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã trích Quỹ Cứu trợ tỉnh 500 triệu đồng hỗ trợ ban đầu cho huyện theo Quyết định số 37/QĐ-MTTQ ngày 17/10/2011 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Đồng chí đề nghị cấp ủy, chính quyền địa phương rà soát, cấp phát đúng đối tượng, công khai danh sách tại nhà văn hóa thôn, bản, không để xảy ra thắc mắc trong nhân dân.
Cùng đi với đoàn có ông Cao Văn Thông, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Đinh Thị Lài, Phó Chủ tịch Hội LHPN tỉnh và đại diện Báo Quảng Bình. Dịp này, Công ty Xi măng Sông Gianh trao thêm 150 thùng nước uống và 50 chăn ấm cho bà con bản Rục.
Ông Hồ Văn Lâm, người dân bản Ra Mai, xã Trọng Hóa xúc động: "Nước lên nhanh quá, nhà tôi trôi mất hết lúa giống. Có gạo của Mặt trận, gia đình yên tâm qua những ngày khó khăn này". Chủ tịch UBND xã Trọng Hóa Đinh Xuân Thơ cho biết toàn xã có 186 hộ người Chứt, Khùa cần hỗ trợ lương thực trong 3 tháng tới.
Được biết, đến ngày 19/10, Ban Vận động cứu trợ tỉnh đã tiếp nhận gần 2,1 tỷ đồng và nhiều hàng hóa của các tổ chức, cá nhân trong và ngoài tỉnh ủng hộ đồng bào vùng lũ.
Trước đó, Ủy ban MTTQ Việt Nam tỉnh đã phát đi lời kêu gọi các cơ quan, doanh nghiệp, lực lượng vũ trang và mỗi người dân trong tỉnh chung tay giúp đỡ đồng bào vùng lũ; các khoản ủng hộ được tiếp nhận tại trụ sở Ủy ban MTTQ tỉnh và Mặt trận các huyện, thành phố, thị xã. Danh sách tập thể, cá nhân ủng hộ được đăng tải trên Báo Quảng Bình và Đài Phát thanh - Truyền hình tỉnh.
Minh Phong
Lượt xem: 1.024
Tin liên quan
- Mặt trận huyện Tuyên Hóa tiếp nhận 300 triệu đồng ủng hộ vùng lũ (12/10/2011)
- Kêu gọi ủng hộ đồng bào bị thiệt hại do lũ lụt (08/10/2011)
- Hội nghị tổng kết cuộc vận động "Ngày vì người nghèo" (30/09/2011)
""", "2011-10-20", "Trao 1.200 suất quà cho đồng bào vùng lũ Minh Hóa",
E("trao_qua", None, "2011-10-18"),
[P("Hoàng Đăng Khoa", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cao Văn Thông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Lài", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hồ Văn Lâm"),
 P("Đinh Xuân Thơ", "Chủ tịch UBND xã Trọng Hóa")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("20 kg", 20, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("3 người", 3, "người"), Q("412 ngôi nhà", 412, "ngôi nhà"), Q("hơn 600 ha", 600, "ha", "over"),
 Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("150 thùng nước uống", 150, "thùng nước uống"), Q("50 chăn ấm", 50, "chăn ấm"),
 Q("186 hộ người Chứt, Khùa", 186, "hộ người Chứt, Khùa"), Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx")],
[D("Quyết định", "37", "QĐ-MTTQ", "2011-10-17", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 37/QĐ-MTTQ ngày 17/10/2011")],
[prov("Quảng Bình"), com("Tân Hóa"), com("Trọng Hóa")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH", "Trang chủ > Hoạt động Mặt trận > Cứu trợ xã hội",
 "Ảnh: Trao quà cho bà con vùng lũ xã Tân Hóa.", "Đồng chí Hoàng Đăng Khoa phát biểu động viên bà con xã Tân Hóa.",
 "Quỹ Cứu trợ tỉnh", "Công ty Xi măng Sông Gianh", "Lượt xem: 1.024"],
["Thứ Năm, 20/10/2011 - 09:30", "1 thùng mì tôm", "từ ngày 14 đến 16/10", "3 tháng tới", "Lượt xem: 1.024"]))

PAGES.append(page("b2910-yenbai-xa-satlo-lamnha-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ NẬM KHẮT - HUYỆN MÙ CANG CHẢI - TỈNH YÊN BÁI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Tin tức - Sự kiện / Mặt trận và các đoàn thể
Ngày đăng: 28/09/2012
Bàn giao 15 nhà đoàn kết cho hộ bị sạt lở đất
Ngày 26/9/2012, Ủy ban MTTQ xã Nậm Khắt phối hợp với Ủy ban MTTQ huyện Mù Cang Chải tổ chức bàn giao 15 nhà đoàn kết cho các hộ gia đình người Mông có nhà bị sập, trôi do sạt lở đất trong đợt mưa lũ đầu tháng 8 vừa qua. Mỗi căn nhà được hỗ trợ 25 triệu đồng từ Quỹ "Vì người nghèo" huyện, cùng với ngày công của bà con, đoàn viên thanh niên và bộ đội Đồn Biên phòng.
Về dự có ông Giàng A Chu, HUV, Chủ tịch Ủy ban MTTQ huyện Mù Cang Chải; bà Lò Thị Dung, Phó Chủ tịch Ủy ban MTTQ huyện; các đồng chí trong Thường trực Đảng ủy, HĐND, UBND xã Nậm Khắt.
Các hộ nhận nhà chụp ảnh lưu niệm cùng đại biểu
Đợt mưa lũ ngày 4 và 5/8/2012 đã làm sạt lở nghiêm trọng tại các bản Páo Khắt, Sáng Pao. Toàn xã có 27 hộ có nhà bị sập hoàn toàn, 64 hộ phải di dời khẩn cấp đến nơi an toàn; khoảng 35 ha ruộng bậc thang bị vùi lấp. Ngay sau lũ, Ban Thường trực Ủy ban MTTQ xã đã vận động nhân dân trong xã giúp đỡ 1.150 ngày công, 320 tấm lợp fibro xi măng và gỗ để dựng lại nhà.
Theo ông Thào A Sình, Chủ tịch Ủy ban MTTQ xã, việc xét chọn hộ được hỗ trợ thực hiện theo Hướng dẫn số 08/HD-MTTQ ngày 15/8/2012 của Ban Thường trực Ủy ban MTTQ huyện, có họp bình xét công khai tại các bản. 12 hộ còn lại đang được hỗ trợ làm nhà từ nguồn kinh phí của tỉnh theo Quyết định 1256/QĐ-UBND của UBND tỉnh Yên Bái, dự kiến hoàn thành trước 30/10/2012.
Phát biểu tại buổi lễ, ông Giàng A Chu đánh giá cao tinh thần "lá lành đùm lá rách" của bà con Nậm Khắt và đề nghị các hộ được nhận nhà sớm ổn định cuộc sống, không phá rừng làm nương ở nơi có nguy cơ sạt lở. Ông Sùng A Páo, Trưởng bản Páo Khắt, thay mặt các hộ cảm ơn Mặt trận các cấp và các nhà hảo tâm.
Dịp này Hội Chữ thập đỏ huyện tặng 40 bộ chăn màn và 2 tấn gạo cho các hộ khó khăn nhất.
Những ngôi nhà mới được dựng trên nền đất cao, xa chân taluy, có khung gỗ chắc chắn và mái lợp chống dột. Nhiều hộ còn được bà con trong dòng họ góp thêm cột, kèo, ván thưng. Cán bộ Mặt trận xã cho biết sẽ tiếp tục theo dõi, vận động các hộ sớm khai hoang lại ruộng nương, tham gia các lớp hướng dẫn chăn nuôi để ổn định cuộc sống lâu dài, không để ai thiếu đói trong mùa giáp hạt tới.
Thanh Hà (Ban Văn hóa xã)
Số lượt truy cập: 35.612
Các tin khác
- Xã Nậm Khắt ra quân giúp dân khắc phục hậu quả mưa lũ (08/08/2012)
- Hội nghị Ủy ban MTTQ xã lần thứ 3 khóa IX (12/07/2012)
- Ra mắt mô hình khu dân cư tự quản (20/06/2012)
""", "2012-09-28", "Bàn giao 15 nhà đoàn kết cho hộ bị sạt lở đất",
E("trao_qua", None, "2012-09-26"),
[P("Giàng A Chu", "HUV", "Chủ tịch Ủy ban MTTQ huyện Mù Cang Chải"),
 P("Lò Thị Dung", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Thào A Sình", "Chủ tịch Ủy ban MTTQ xã"),
 P("Sùng A Páo", "Trưởng bản Páo Khắt")],
[Q("15 nhà đoàn kết", 15, "nhà đoàn kết"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("27 hộ", 27, "hộ"), Q("64 hộ", 64, "hộ"), Q("khoảng 35 ha", 35, "ha", "approx"),
 Q("1.150 ngày công", 1150, "ngày công"), Q("320 tấm lợp fibro xi măng", 320, "tấm lợp fibro xi măng"),
 Q("12 hộ", 12, "hộ"), Q("40 bộ chăn màn", 40, "bộ chăn màn"), Q("2 tấn", 2, "tấn")],
[D("Hướng dẫn", "08", "HD-MTTQ", "2012-08-15", "Ban Thường trực Ủy ban MTTQ huyện", "Hướng dẫn số 08/HD-MTTQ ngày 15/8/2012"),
 D("Quyết định", "1256", "QĐ-UBND", None, "UBND tỉnh Yên Bái", "Quyết định 1256/QĐ-UBND")],
[prov("Yên Bái"), com("Nậm Khắt")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ NẬM KHẮT - HUYỆN MÙ CANG CHẢI - TỈNH YÊN BÁI", "Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
 "Tin tức - Sự kiện / Mặt trận và các đoàn thể", "Các hộ nhận nhà chụp ảnh lưu niệm cùng đại biểu", "Vì người nghèo",
 "lá lành đùm lá rách", "Đồn Biên phòng", "Số lượt truy cập: 35.612"],
["Ngày đăng: 28/09/2012", "ngày 4 và 5/8/2012", "trước 30/10/2012", "Số lượt truy cập: 35.612"]))

PAGES.append(page("b2911-nghean-mttq-phanbo-quy-2013", """
Báo Nghệ An điện tử
Thời sự > Xã hội
15/11/2013 - 14:20
Phân bổ hơn 9,6 tỷ đồng Quỹ cứu trợ giúp đồng bào vùng bão lũ
(Baonghean) - Chiều 14/11, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị phân bổ nguồn Quỹ cứu trợ tiếp nhận từ đầu đợt vận động ủng hộ đồng bào bị thiệt hại do bão số 10 và lũ lụt. Đồng chí Trần Văn Hùng, Phó Bí thư Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị phân bổ quỹ. Ảnh: Thu Huyền
Theo báo cáo của Ban Vận động cứu trợ tỉnh, tính đến ngày 12/11/2013, Quỹ cứu trợ tỉnh đã tiếp nhận 9.684 triệu đồng của 312 tập thể và hơn 1.500 cá nhân, trong đó Ủy ban Trung ương MTTQ Việt Nam hỗ trợ 3 tỷ đồng, các tỉnh Bình Dương, Hà Nam hỗ trợ 1,5 tỷ đồng. Ngoài ra, các huyện, thành, thị tiếp nhận trực tiếp khoảng 4,3 tỷ đồng tiền mặt và hàng hóa trị giá khoảng 1,2 tỷ đồng.
Thực hiện Quyết định số 102/QĐ-MTTQ-BTT ngày 13/11/2013 của Ban Thường trực Ủy ban MTTQ tỉnh, nguồn quỹ được phân bổ cho 11 huyện, thị bị thiệt hại nặng; trong đó huyện Thanh Chương 1,8 tỷ đồng, huyện Anh Sơn 1,2 tỷ đồng, huyện Con Cuông 950 triệu đồng. Mức hỗ trợ hộ có nhà bị sập đổ hoàn toàn là 10 triệu đồng/hộ, nhà hư hỏng nặng 5 triệu đồng/hộ, gia đình có người chết 3 triệu đồng/người.
Bão số 10 và mưa lũ sau bão đã làm 6 người chết, 2.870 ngôi nhà bị ngập, tốc mái; hơn 12.000 ha hoa màu bị mất trắng. Ông Lương Văn Khánh, HUV, Chủ tịch Ủy ban MTTQ huyện Tương Dương đề nghị ưu tiên nguồn vốn cho các bản người Thái, Khơ Mú phải di dời khỏi vùng sạt lở. Bà Vi Thị Hồng, Chủ tịch Ủy ban MTTQ xã Châu Khê (Con Cuông) phản ánh còn 14 hộ đang phải ở nhờ nhà người thân.
Kết luận hội nghị, đồng chí Trần Văn Hùng yêu cầu việc phân bổ phải đúng quy định tại Thông tư liên tịch số 72/2008/TTLT-BTC-UBTWMTTQVN, công khai, minh bạch; cấp xã phải lập danh sách, niêm yết công khai và báo cáo kết quả về Ban Thường trực trước ngày 30/12. Đồng chí giao ông Nguyễn Văn Lệ, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, chỉ đạo kiểm tra, giám sát việc sử dụng nguồn quỹ.
Cũng tại hội nghị, đại diện Sở Tài chính và Kho bạc Nhà nước tỉnh đã thống nhất quy trình chuyển kinh phí trong 5 ngày làm việc.
Trước đó, nhiều đoàn công tác của tỉnh đã trực tiếp xuống các địa bàn bị chia cắt để thăm hỏi, động viên gia đình có người bị nạn, đồng thời chỉ đạo lực lượng tại chỗ giúp dân dọn dẹp nhà cửa, vệ sinh môi trường, khôi phục sản xuất. Ban Thường trực Ủy ban MTTQ tỉnh tiếp tục kêu gọi các tập thể, cá nhân, doanh nghiệp trong và ngoài tỉnh chung tay giúp đỡ đồng bào vùng bão lũ.
Thanh Lê
Bài viết liên quan
- Nghệ An: Thiệt hại do bão số 10 ước hơn 500 tỷ đồng (02/11/2013)
- Kêu gọi ủng hộ đồng bào vùng bão lũ (01/11/2013)
- Tiếp nhận 1 tỷ đồng từ Tập đoàn Dầu khí Việt Nam (07/11/2013)
""", "2013-11-15", "Phân bổ hơn 9,6 tỷ đồng Quỹ cứu trợ giúp đồng bào vùng bão lũ",
E("hoi_nghi", None, "2013-11-14"),
[P("Trần Văn Hùng", "Phó Bí thư Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lương Văn Khánh", "HUV", "Chủ tịch Ủy ban MTTQ huyện Tương Dương"),
 P("Vi Thị Hồng", "Chủ tịch Ủy ban MTTQ xã Châu Khê"),
 P("Nguyễn Văn Lệ", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh")],
[Q("9.684 triệu đồng", 9684000000, "đồng"), Q("312 tập thể", 312, "tập thể"), Q("hơn 1.500 cá nhân", 1500, "cá nhân", "over"),
 Q("3 tỷ đồng", 3000000000, "đồng"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("khoảng 4,3 tỷ đồng", 4300000000, "đồng", "approx"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("11 huyện, thị", 11, "huyện, thị"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("huyện Anh Sơn 1,2 tỷ đồng", 1200000000, "đồng"),
 Q("950 triệu đồng", 950000000, "đồng"), Q("10 triệu đồng/hộ", 10000000, "đồng"), Q("5 triệu đồng/hộ", 5000000, "đồng"),
 Q("3 triệu đồng/người", 3000000, "đồng"), Q("6 người", 6, "người"), Q("2.870 ngôi nhà", 2870, "ngôi nhà"),
 Q("hơn 12.000 ha", 12000, "ha", "over"), Q("14 hộ", 14, "hộ")],
[D("Quyết định", "102", "QĐ-MTTQ-BTT", "2013-11-13", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 102/QĐ-MTTQ-BTT ngày 13/11/2013"),
 D("Thông tư liên tịch", "72", "2008/TTLT-BTC-UBTWMTTQVN", None, None, "Thông tư liên tịch số 72/2008/TTLT-BTC-UBTWMTTQVN")],
[prov("Nghệ An"), prov("Bình Dương"), prov("Hà Nam"), com("Châu Khê")],
["Báo Nghệ An điện tử", "Thời sự > Xã hội", "(Baonghean)", "Toàn cảnh hội nghị phân bổ quỹ. Ảnh: Thu Huyền",
 "Quỹ cứu trợ tỉnh", "Ban Vận động cứu trợ tỉnh", "Kho bạc Nhà nước tỉnh"],
["15/11/2013 - 14:20", "bão số 10", "5 ngày làm việc", "trước ngày 30/12"]))

PAGES.append(page("b2912-quangngai-mttq-giamsat-cuutro-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NGÃI
Trang chủ › Giám sát và phản biện xã hội
Thứ Hai, 04/11/2013
Giám sát việc phân phối hàng cứu trợ sau bão số 11 tại Ba Tơ
Từ ngày 31/10 đến 2/11/2013, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Đinh Thị Kim Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, phân phối tiền, hàng cứu trợ khắc phục hậu quả bão số 11 tại huyện Ba Tơ và 4 xã Ba Vinh, Ba Điền, Ba Thành, Ba Nam.
Đoàn giám sát làm việc tại UBND xã Ba Vinh.
Báo cáo của Ban Thường trực Ủy ban MTTQ huyện Ba Tơ cho thấy, sau bão, huyện đã tiếp nhận 1.846 triệu đồng tiền mặt, 38 tấn gạo, 2.500 thùng mì tôm và 1.200 tấm tôn lợp từ Quỹ cứu trợ tỉnh, các doanh nghiệp và nhà hảo tâm. Huyện đã phân phối cho 3.412 hộ, trong đó có 2.960 hộ đồng bào Hrê; 47 hộ có nhà bị sập hoàn toàn được hỗ trợ 8 triệu đồng mỗi hộ để dựng lại nhà.
Qua kiểm tra sổ sách và gặp gỡ trực tiếp 60 hộ dân tại các thôn, đoàn ghi nhận việc bình xét đối tượng cơ bản dân chủ, có biên bản họp dân; danh sách được niêm yết tại nhà văn hóa thôn đúng theo Hướng dẫn số 15/HD-MTTQ-BTT ngày 21/10/2013 của Ban Thường trực Ủy ban MTTQ tỉnh. Tuy nhiên, tại xã Ba Điền vẫn còn 2 hộ nhận trùng hỗ trợ tấm lợp; một số thôn chưa lưu đủ chữ ký người nhận; việc báo cáo kết quả về huyện còn chậm so với yêu cầu.
Ông Phạm Văn Thọ (dân tộc Hrê), người dân thôn Làng Mâm, xã Ba Vinh cho biết: "Nhà tôi tốc hết mái, được Mặt trận cho 20 tấm tôn và 15 kg gạo, cả xóm giúp nhau lợp lại trong 2 ngày". Ông Đinh Văn Lếch, Chủ tịch Ủy ban MTTQ xã Ba Vinh, giải trình các xã vùng cao đi lại khó khăn, nhiều thôn cách trung tâm xã hơn 20 km nên việc tập hợp chứng từ còn chậm.
Kết luận buổi giám sát, bà Đinh Thị Kim Ngân đề nghị UBND huyện Ba Tơ chỉ đạo thu hồi phần hỗ trợ trùng lặp để cấp cho hộ khác còn khó khăn; hoàn thiện hồ sơ, chứng từ trước ngày 15/11/2013; tiếp tục rà soát những hộ có nguy cơ thiếu đói trong dịp Tết để đề xuất tỉnh hỗ trợ. Đoàn sẽ tổng hợp kết quả báo cáo Ban Thường trực Ủy ban MTTQ tỉnh và kiến nghị Ủy ban nhân dân tỉnh.
Tham gia đoàn có ông Nguyễn Minh Trí, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và đại diện Sở Lao động - Thương binh và Xã hội, Hội Chữ thập đỏ tỉnh.
Được biết, bão số 11 đổ bộ vào Quảng Ngãi đêm 14/10/2013 đã làm tốc mái hơn 17.000 ngôi nhà trên toàn tỉnh; Ba Tơ là một trong những huyện bị ảnh hưởng nặng nhất.
Hồng Ánh
Tin khác
- Tiếp nhận 500 triệu đồng ủng hộ đồng bào vùng bão (25/10/2013)
- Mặt trận huyện Sơn Tây trao quà cho hộ bị thiệt hại (22/10/2013)
- Kêu gọi ủng hộ khắc phục hậu quả bão số 11 (16/10/2013)
""", "2013-11-04", "Giám sát việc phân phối hàng cứu trợ sau bão số 11 tại Ba Tơ",
E("giam_sat", None, "2013-10-31"),
[P("Đinh Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Thọ"),
 P("Đinh Văn Lếch", "Chủ tịch Ủy ban MTTQ xã Ba Vinh"),
 P("Nguyễn Minh Trí", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("4 xã", 4, "xã"), Q("1.846 triệu đồng", 1846000000, "đồng"), Q("38 tấn", 38, "tấn"),
 Q("2.500 thùng mì tôm", 2500, "thùng mì tôm"), Q("1.200 tấm tôn lợp", 1200, "tấm tôn lợp"),
 Q("3.412 hộ", 3412, "hộ"), Q("2.960 hộ đồng bào Hrê", 2960, "hộ đồng bào Hrê"), Q("47 hộ", 47, "hộ"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("60 hộ dân", 60, "hộ dân"), Q("2 hộ", 2, "hộ"),
 Q("20 tấm tôn", 20, "tấm tôn"), Q("15 kg", 15, "kg"), Q("hơn 20 km", 20, "km", "over"),
 Q("hơn 17.000 ngôi nhà", 17000, "ngôi nhà", "over")],
[D("Hướng dẫn", "15", "HD-MTTQ-BTT", "2013-10-21", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 15/HD-MTTQ-BTT ngày 21/10/2013")],
[prov("Quảng Ngãi"), com("Ba Vinh"), com("Ba Điền"), com("Ba Thành"), com("Ba Nam")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NGÃI", "Trang chủ › Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã Ba Vinh.", "Quỹ cứu trợ tỉnh", "Hội Chữ thập đỏ tỉnh"],
["Thứ Hai, 04/11/2013", "bão số 11", "2 ngày", "đêm 14/10/2013", "trước ngày 15/11/2013"]))

PAGES.append(page("b2913-thuathienhue-bvdct-tongket-2013", """
Báo Thừa Thiên Huế Online
Chính trị - Xã hội | Mặt trận - Đoàn thể
Cập nhật: 08:40, 17/01/2014 (GMT+7)
Ảnh: Trao bằng khen cho các tập thể tiêu biểu.
Huy động hơn 42 tỷ đồng giúp dân vùng bão lũ
(TTH.VN) - Chiều 16/1, Ban Vận động cứu trợ tỉnh tổ chức hội nghị tổng kết công tác vận động, tiếp nhận và phân phối nguồn cứu trợ năm 2013. Ông Lê Văn Bảy, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Vận động cứu trợ tỉnh chủ trì.
Năm 2013, Thừa Thiên Huế chịu ảnh hưởng trực tiếp của 3 cơn bão và 2 đợt lũ lớn, làm 9 người chết, hơn 21.000 ngôi nhà bị tốc mái, hư hỏng. Ngay sau mỗi đợt thiên tai, Ban Thường trực Ủy ban MTTQ tỉnh đã phát động ủng hộ theo Kế hoạch số 19/KH-MTTQ của Ban Thường trực và Chỉ thị số 12/CT-UBND của UBND tỉnh về huy động nguồn lực khắc phục hậu quả thiên tai.
Kết quả, các cấp Mặt trận trong tỉnh đã tiếp nhận hơn 42 tỷ đồng (tăng 38% so với năm 2012), trong đó Quỹ cứu trợ cấp tỉnh tiếp nhận 15,7 tỷ đồng, cấp huyện khoảng 18 tỷ đồng, phần còn lại do các tổ chức, cá nhân trực tiếp trao tận tay người dân. Nguồn quỹ đã hỗ trợ sửa chữa 1.326 nhà bị hư hỏng, dựng mới 118 nhà bị sập, trao 24.500 suất quà và cấp 420 tấn gạo cho các hộ thiếu đói.
Hội nghị nghe nhiều ý kiến tham luận. Ông Hồ Văn Ngoan, Chủ tịch Ủy ban MTTQ huyện A Lưới, cho biết đồng bào Tà Ôi, Pa Cô, Cơ Tu ở 21 xã, thị trấn đã được hỗ trợ kịp thời; riêng xã Hồng Thượng có 35 hộ được làm lại nhà trên khu đất tái định cư. Linh mục Phêrô Nguyễn Văn Hiển, quản xứ Phủ Cam, và Thượng tọa Thích Tâm Thành, Trưởng ban Từ thiện xã hội Ban Trị sự GHPGVN tỉnh, chia sẻ kinh nghiệm phối hợp vận động tín đồ tham gia cứu trợ.
Phát biểu kết luận, ông Lê Văn Bảy đề nghị Mặt trận các cấp tiếp tục thực hiện đúng Quyết định số 14/2014/QĐ-TTg của Thủ tướng Chính phủ, Nghị định 64/2008/NĐ-CP của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ nhân dân khắc phục khó khăn do thiên tai; đẩy mạnh công khai tài chính, không để thất thoát.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 5 tập thể; UBND tỉnh tặng bằng khen cho 22 tập thể và 31 cá nhân có thành tích xuất sắc. Ông Nguyễn Văn Phương, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, công bố các quyết định khen thưởng.
Trong năm 2014, Ban Vận động cứu trợ tỉnh dự kiến kiện toàn tổ cứu trợ ở 152 xã, phường, thị trấn.
Hà Nguyên
Lượt đọc: 2.318
Tin cùng chuyên mục
- Hơn 1.000 suất quà Tết cho hộ nghèo vùng cao (15/01/2014)
- Mặt trận phường Phú Hiệp giúp dân khắc phục hậu quả lũ (10/12/2013)
- Tiếp nhận 200 triệu đồng ủng hộ đồng bào miền Trung (27/11/2013)
""", "2014-01-17", "Huy động hơn 42 tỷ đồng giúp dân vùng bão lũ",
E("tong_ket", "2013", "2014-01-16"),
[P("Lê Văn Bảy", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Vận động cứu trợ tỉnh"),
 P("Hồ Văn Ngoan", "Chủ tịch Ủy ban MTTQ huyện A Lưới"),
 P("Phêrô Nguyễn Văn Hiển", "Linh mục", "quản xứ Phủ Cam"),
 P("Thích Tâm Thành", "Thượng tọa", "Trưởng ban Từ thiện xã hội Ban Trị sự GHPGVN tỉnh"),
 P("Nguyễn Văn Phương", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3 cơn bão", 3, "cơn bão"), Q("2 đợt lũ lớn", 2, "đợt lũ lớn"), Q("9 người", 9, "người"),
 Q("hơn 21.000 ngôi nhà", 21000, "ngôi nhà", "over"), Q("hơn 42 tỷ đồng", 42000000000, "đồng", "over"),
 Q("38%", 38, "%"), Q("15,7 tỷ đồng", 15700000000, "đồng"), Q("khoảng 18 tỷ đồng", 18000000000, "đồng", "approx"),
 Q("1.326 nhà", 1326, "nhà"), Q("118 nhà", 118, "nhà"), Q("24.500 suất quà", 24500, "suất quà"),
 Q("420 tấn", 420, "tấn"), Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("35 hộ", 35, "hộ"),
 Q("5 tập thể", 5, "tập thể"), Q("22 tập thể", 22, "tập thể"), Q("31 cá nhân", 31, "cá nhân"),
 Q("152 xã, phường, thị trấn", 152, "xã, phường, thị trấn")],
[D("Kế hoạch", "19", "KH-MTTQ", None, "Ban Thường trực", "Kế hoạch số 19/KH-MTTQ"),
 D("Chỉ thị", "12", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 12/CT-UBND"),
 D("Quyết định", "14", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 14/2014/QĐ-TTg"),
 D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định 64/2008/NĐ-CP")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng")],
["Báo Thừa Thiên Huế Online", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "Ảnh: Trao bằng khen cho các tập thể tiêu biểu.",
 "(TTH.VN)", "Ban Vận động cứu trợ tỉnh", "Quỹ cứu trợ cấp tỉnh", "Lượt đọc: 2.318"],
["Cập nhật: 08:40, 17/01/2014 (GMT+7)", "năm 2013", "năm 2012", "năm 2014", "Lượt đọc: 2.318"]))

PAGES.append(page("b2914-laocai-doan-tinhnguyen-lu-2014", """
BÁO LÀO CAI ĐIỆN TỬ
Xã hội » Đoàn thể
08:15 | 08/08/2014
Thanh niên tình nguyện giúp bà con Sa Pa khắc phục lũ quét
Đoàn viên thanh niên giúp dân dọn bùn đất tại thôn Lao Chải.
Ngày 6/8, Tỉnh đoàn Lào Cai phối hợp với Ủy ban MTTQ huyện Sa Pa huy động 350 đoàn viên, thanh niên và 120 cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh giúp nhân dân xã Lao Chải, xã Tả Van khắc phục hậu quả trận lũ quét đêm 2/8. Anh Hoàng Quốc Tuấn, Phó Bí thư Tỉnh đoàn, trực tiếp chỉ huy lực lượng.
Trận lũ quét đã cuốn trôi 9 ngôi nhà, làm hư hỏng 46 ngôi nhà khác, vùi lấp khoảng 18 ha ruộng lúa và làm 2 người mất tích. Trong 3 ngày, các đoàn viên đã dọn hơn 1.500 m3 bùn đất, dựng tạm 9 lán trại cho các hộ mất nhà, sửa 2 km đường dân sinh và phát 300 bình nước sạch.
Cùng thời gian, Ủy ban MTTQ huyện Sa Pa đã trao 92 suất quà trị giá 1 triệu đồng/suất cho các hộ bị thiệt hại; Hội Chữ thập đỏ huyện hỗ trợ 5 triệu đồng cho mỗi hộ có nhà bị cuốn trôi. Ông Giàng Seo Phử, Chủ tịch Ủy ban MTTQ huyện Sa Pa, cho biết toàn bộ tiền, hàng ủng hộ đều được lập sổ theo dõi, công khai tại thôn theo Công văn số 215/MTTQ-BTT ngày 4/8/2014 của Ban Thường trực Ủy ban MTTQ tỉnh.
Chị Sùng Thị Mai, người Mông ở thôn Lao Chải 1, xúc động: "Lũ về lúc nửa đêm, cả nhà chỉ kịp chạy ra. Có các anh, các chị thanh niên, bộ đội dựng lại lán, nhà tôi mới có chỗ ngủ". Bà Tẩn Mý Mẩy, Chủ tịch Hội Phụ nữ xã Tả Van (dân tộc Dao), cùng chị em hội viên nấu 400 suất cơm mỗi ngày phục vụ lực lượng tình nguyện.
Đồng chí Vàng Văn Páo, Phó Chủ tịch UBND huyện Sa Pa, đánh giá cao sự vào cuộc nhanh chóng của tuổi trẻ và đề nghị Tỉnh đoàn tiếp tục duy trì đội hình tình nguyện đến khi bà con ổn định nơi ở. Huyện đang khẩn trương khảo sát địa điểm để di dời 23 hộ ra khỏi vùng nguy cơ sạt lở cao.
Ngoài ra, Câu lạc bộ thiện nguyện "Vì Sa Pa thân yêu" đã gửi tặng 200 bộ quần áo ấm và 150 bộ sách vở cho học sinh chuẩn bị năm học mới.
Theo Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn huyện, mưa lớn kéo dài nhiều ngày khiến đất đá trên các sườn đồi ngấm nước, nguy cơ sạt lở vẫn còn rất cao. Các lực lượng được yêu cầu không chủ quan, bảo đảm an toàn tuyệt đối cho người tham gia khắc phục; chính quyền các thôn bố trí người canh gác tại các ngầm tràn, khe suối, kiên quyết không cho người dân đi qua khi nước lên.
Trong những ngày tới, các cơ sở đoàn trong tỉnh tiếp tục quyên góp sách vở, quần áo, đồ dùng học tập gửi tặng học sinh vùng lũ; các đội hình tình nguyện sẽ luân phiên lên Sa Pa hỗ trợ bà con dựng lại nhà, tu sửa đường dân sinh, mương nội đồng và hướng dẫn bà con vệ sinh nguồn nước, phòng dịch bệnh sau lũ.
Hà Linh - Mai Chi
Xem thêm
- Sa Pa: Lũ quét làm 2 người mất tích (03/08/2014)
- Tỉnh đoàn ra quân chiến dịch Thanh niên tình nguyện hè 2014 (15/06/2014)
- Bát Xát khắc phục hậu quả mưa đá (22/04/2014)
""", "2014-08-08", "Thanh niên tình nguyện giúp bà con Sa Pa khắc phục lũ quét",
E("khac", None, None),
[P("Hoàng Quốc Tuấn", "Phó Bí thư Tỉnh đoàn"),
 P("Giàng Seo Phử", "Chủ tịch Ủy ban MTTQ huyện Sa Pa"),
 P("Sùng Thị Mai"),
 P("Tẩn Mý Mẩy", "Chủ tịch Hội Phụ nữ xã Tả Van"),
 P("Vàng Văn Páo", "Phó Chủ tịch UBND huyện Sa Pa")],
[Q("350 đoàn viên, thanh niên", 350, "đoàn viên, thanh niên"), Q("120 cán bộ, chiến sĩ", 120, "cán bộ, chiến sĩ"),
 Q("9 ngôi nhà", 9, "ngôi nhà"), Q("46 ngôi nhà", 46, "ngôi nhà"), Q("khoảng 18 ha", 18, "ha", "approx"),
 Q("2 người", 2, "người"), Q("hơn 1.500 m3", 1500, "m3", "over"), Q("9 lán trại", 9, "lán trại"),
 Q("2 km", 2, "km"), Q("300 bình nước sạch", 300, "bình nước sạch"), Q("92 suất quà", 92, "suất quà"),
 Q("1 triệu đồng/suất", 1000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("400 suất cơm", 400, "suất cơm"),
 Q("23 hộ", 23, "hộ"), Q("200 bộ quần áo ấm", 200, "bộ quần áo ấm"), Q("150 bộ sách vở", 150, "bộ sách vở")],
[D("Công văn", "215", "MTTQ-BTT", "2014-08-04", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 215/MTTQ-BTT ngày 4/8/2014")],
[prov("Lào Cai"), com("Lao Chải"), com("Tả Van")],
["BÁO LÀO CAI ĐIỆN TỬ", "Xã hội » Đoàn thể", "Đoàn viên thanh niên giúp dân dọn bùn đất tại thôn Lao Chải.",
 "Vì Sa Pa thân yêu", "Bộ Chỉ huy Quân sự tỉnh", "Tỉnh đoàn Lào Cai"],
["08:15 | 08/08/2014", "đêm 2/8", "Trong 3 ngày", "Thanh niên tình nguyện hè 2014"]))
