from lib import *
PAGES = []

PAGES.append(page("b4013-quangngai-nghiepdoan-daihoi-2011", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI
Trang chủ > Hoạt động công đoàn > Nghiệp đoàn
Ngày đăng 19/08/2011 | 15:40
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Bình Châu: Đại hội Nghiệp đoàn nghề cá xã lần thứ nhất
Sáng 18/8, tại Trung tâm văn hóa xã Bình Châu, huyện Bình Sơn, Liên đoàn Lao động tỉnh phối hợp Đảng ủy xã tổ chức Đại hội Nghiệp đoàn nghề cá xã Bình Châu lần thứ nhất, nhiệm kỳ 2011 - 2016. Dự đại hội có đồng chí Trương Quang Thọ, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh; đồng chí Võ Thị Kim Loan, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng 112 đoàn viên là chủ tàu, thuyền trưởng và thuyền viên.
Xã Bình Châu hiện có 368 tàu cá với 2.950 lao động đi biển, trong đó 146 tàu có công suất từ 90 CV trở lên thường xuyên bám biển Hoàng Sa, Trường Sa. Thời gian qua, thực hiện Chỉ thị 01, 02-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế biển gắn với bảo vệ chủ quyền, xã đã thành lập 24 tổ đoàn kết sản xuất trên biển với 197 tàu tham gia. Các tổ đã hỗ trợ nhau cứu 11 tàu bị nạn, lai dắt 5 tàu hỏng máy về bờ an toàn.
Quang cảnh đại hội. Ảnh: Minh Hoàng
Theo Quyết định số 1690/QĐ-TTg ngày 16/9/2010 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thủy sản, việc tổ chức lại sản xuất trên biển theo hình thức tổ, đội, nghiệp đoàn là hướng đi bắt buộc. Ông Lê Tấn Sỹ, chủ tàu QNg 90579 TS, bày tỏ: "Có nghiệp đoàn, anh em ngư dân như có thêm chỗ dựa, ra khơi không còn đơn độc".
Phát biểu chỉ đạo, đồng chí Trương Quang Thọ đề nghị nghiệp đoàn phối hợp Đồn Biên phòng Bình Châu tuyên truyền để ngư dân không vi phạm vùng biển nước ngoài, giữ liên lạc thường xuyên qua máy thông tin tầm xa; đồng thời vận động đoàn viên mua bảo hiểm cho tàu và thuyền viên trước mỗi chuyến biển.
Đại hội đã bầu Ban Chấp hành nghiệp đoàn gồm 9 đồng chí. Ông Phạm Văn Cường, thuyền trưởng tàu QNg 95112 TS, được bầu giữ chức Chủ tịch Nghiệp đoàn nghề cá xã Bình Châu; các ông Nguyễn Văn Tám, Đặng Hữu Lộc được bầu làm Phó Chủ tịch nghiệp đoàn. Dịp này, Liên đoàn Lao động tỉnh trao 20 phao cứu sinh và 30 triệu đồng hỗ trợ quỹ nghiệp đoàn.
Theo Liên đoàn Lao động tỉnh Quảng Ngãi, đây là nghiệp đoàn nghề cá thứ ba của tỉnh sau Phổ Quang và Bình Chánh; mục tiêu đến cuối năm 2012 mỗi xã ven biển có một nghiệp đoàn, kết nạp thêm ít nhất 300 đoàn viên là ngư dân. Tại đại hội, nhiều ngư dân cũng đề nghị sớm hoàn thiện cảng cá, khu neo đậu tránh trú bão Sa Kỳ để tàu thuyền có nơi trú an toàn.
Minh Hoàng
Lượt xem: 1.204
Tin liên quan
- Thành lập Nghiệp đoàn nghề cá xã Phổ Quang (02/08/2011)
- Hỗ trợ 50 ngư dân bị nạn ở Hoàng Sa (15/07/2011)
- Tập huấn kỹ năng cứu hộ trên biển cho 120 ngư dân Lý Sơn (29/06/2011)
""", "2011-08-19", "Bình Châu: Đại hội Nghiệp đoàn nghề cá xã lần thứ nhất",
E("dai_hoi", None, "2011-08-18"),
[P("Trương Quang Thọ", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Võ Thị Kim Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Tấn Sỹ", "chủ tàu QNg 90579 TS"),
 P("Phạm Văn Cường", "thuyền trưởng tàu QNg 95112 TS", "Chủ tịch Nghiệp đoàn nghề cá xã Bình Châu"),
 P("Nguyễn Văn Tám", "Phó Chủ tịch nghiệp đoàn"),
 P("Đặng Hữu Lộc", "Phó Chủ tịch nghiệp đoàn")],
[Q("112 đoàn viên", 112, "đoàn viên"), Q("368 tàu cá", 368, "tàu cá"), Q("2.950 lao động", 2950, "lao động"),
 Q("146 tàu", 146, "tàu"), Q("24 tổ đoàn kết sản xuất trên biển", 24, "tổ đoàn kết sản xuất trên biển"),
 Q("197 tàu", 197, "tàu"), Q("11 tàu", 11, "tàu"), Q("5 tàu", 5, "tàu"), Q("9 đồng chí", 9, "đồng chí"),
 Q("20 phao cứu sinh", 20, "phao cứu sinh"), Q("30 triệu đồng", 30000000, "đồng"), Q("ít nhất 300 đoàn viên", 300, "đoàn viên", "over")],
[D("Chỉ thị", "01", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 01, 02-CT/TU"),
 D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 01, 02-CT/TU"),
 D("Quyết định", "1690", "QĐ-TTg", "2010-09-16", "Thủ tướng Chính phủ", "Quyết định số 1690/QĐ-TTg ngày 16/9/2010")],
[prov("Quảng Ngãi"), com("Bình Châu")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI", "Trang chủ > Hoạt động công đoàn > Nghiệp đoàn",
 "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Quang cảnh đại hội. Ảnh: Minh Hoàng", "Lượt xem: 1.204",
 "Đồn Biên phòng Bình Châu", "QNg 90579 TS", "Hoàng Sa", "Trường Sa", "Sa Kỳ"],
["Ngày đăng 19/08/2011 | 15:40", "năm 2012", "lần thứ nhất", "nhiệm kỳ 2011 - 2016", "90 CV", "9 đồng chí", "Lượt xem: 1.204"]))

PAGES.append(page("b4014-thanhhoa-todoanket-soket-2012", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ » Dân vận các cấp » Vùng biển
Cập nhật: 16:05, 10/07/2012 (GMT+7)
Hoằng Hóa: Hội nghị sơ kết 6 tháng đầu năm về mô hình tổ đoàn kết trên biển
Ngày 9/7/2012, Ban Dân vận Huyện ủy Hoằng Hóa phối hợp Phòng Nông nghiệp và Phát triển nông thôn huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 về xây dựng tổ đoàn kết khai thác hải sản trên biển. Đồng chí Lê Huy Toàn, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có đồng chí Mai Thị Thu, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Lê Huy Toàn phát biểu tại hội nghị.
Báo cáo cho biết, thực hiện kế hoạch số 27-KH/HU của Ban Thường vụ Huyện ủy và hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy, 6 tháng qua 4 xã ven biển Hoằng Trường, Hoằng Hải, Hoằng Thanh, Hoằng Phụ đã củng cố 37 tổ đoàn kết với 412 tàu thuyền và 1.860 ngư dân. Sản lượng khai thác đạt khoảng 7.400 tấn, tăng 12% so với cùng kỳ. Các tổ đã chủ động ứng cứu 6 vụ tai nạn, cứu sống 21 ngư dân.
Bên cạnh kết quả đạt được, một số tổ còn hoạt động hình thức, chưa có quy chế; khoảng 30% tàu công suất nhỏ chưa trang bị máy thông tin liên lạc; vẫn còn 3 trường hợp tàu cá đánh bắt sai tuyến bị xử phạt.
Tại hội nghị, ông Ngô Văn Hiền, tổ trưởng tổ đoàn kết số 5 xã Hoằng Trường, kiến nghị hỗ trợ vay vốn đóng tàu vỏ thép; bà Lê Thị Nhung, Chủ tịch Hội Liên hiệp Phụ nữ xã Hoằng Phụ, đề nghị mở lớp dạy nghề chế biến hải sản cho vợ ngư dân. Các đồng chí Phó Chủ tịch UBND huyện: Nguyễn Đình Hải, Lê Văn Xuân trực tiếp giải đáp ý kiến.
Phát biểu chỉ đạo, đồng chí Mai Thị Thu ghi nhận huyện có cách làm sáng tạo, đề nghị 6 tháng cuối năm phấn đấu có ít nhất 45 tổ đoàn kết, 100% tàu trên 20 CV tham gia tổ; gắn tuyên truyền Luật Biển Việt Nam với phong trào "Ngư dân bám biển". Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 8 tổ đoàn kết tiêu biểu, mỗi tổ 1 triệu đồng.
Được biết, toàn tỉnh Thanh Hóa hiện có 7.230 tàu thuyền đánh bắt hải sản, trong đó khoảng 1.100 tàu khai thác xa bờ. Ban Dân vận Tỉnh ủy đang chỉ đạo các huyện ven biển nhân rộng mô hình, phấn đấu đến năm 2015 có 60% tàu thuyền tham gia tổ đoàn kết. Nhiều ngư dân cho biết, đi biển theo tổ vừa tiết kiệm dầu, vừa chia sẻ thông tin ngư trường, kịp thời cứu giúp nhau khi gặp gió mùa, áp thấp.
Văn Tuấn
Tin khác
- Nga Sơn ra mắt tổ đoàn kết trên biển (20/06/2012)
- Tĩnh Gia: 500 ngư dân học Luật Biển (08/06/2012)
- Sầm Sơn vận động ngư dân không khai thác bằng chất nổ (25/05/2012)
- Hậu Lộc: hỗ trợ ngư dân bị nạn trên biển (11/05/2012)
- Quảng Xương: 200 ngư dân được tập huấn kỹ năng sơ cứu trên biển (26/04/2012)
- Ban Dân vận Tỉnh ủy làm việc với huyện Tĩnh Gia về vận động giải phóng mặt bằng (12/04/2012)
""", "2012-07-10", "Hoằng Hóa: Hội nghị sơ kết 6 tháng đầu năm về mô hình tổ đoàn kết trên biển",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Lê Huy Toàn", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Mai Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Văn Hiền", "tổ trưởng tổ đoàn kết số 5 xã Hoằng Trường"),
 P("Lê Thị Nhung", "Chủ tịch Hội Liên hiệp Phụ nữ xã Hoằng Phụ"),
 P("Nguyễn Đình Hải", "Phó Chủ tịch UBND huyện"),
 P("Lê Văn Xuân", "Phó Chủ tịch UBND huyện")],
[Q("4 xã ven biển", 4, "xã ven biển"), Q("37 tổ đoàn kết", 37, "tổ đoàn kết"), Q("412 tàu thuyền", 412, "tàu thuyền"),
 Q("1.860 ngư dân", 1860, "ngư dân"), Q("khoảng 7.400 tấn", 7400, "tấn", "approx"), Q("12%", 12, "%"),
 Q("6 vụ tai nạn", 6, "vụ tai nạn"), Q("21 ngư dân", 21, "ngư dân"), Q("khoảng 30%", 30, "%", "approx"),
 Q("3 trường hợp", 3, "trường hợp"), Q("ít nhất 45 tổ đoàn kết", 45, "tổ đoàn kết", "over"), Q("100%", 100, "%"),
 Q("8 tổ đoàn kết tiêu biểu", 8, "tổ đoàn kết tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng"), Q("7.230 tàu thuyền", 7230, "tàu thuyền"), Q("khoảng 1.100 tàu", 1100, "tàu", "approx"), Q("60%", 60, "%")],
[D("Kế hoạch", "27", "KH/HU", None, "Ban Thường vụ Huyện ủy", "kế hoạch số 27-KH/HU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 09-HD/BDVTU")],
[prov("Thanh Hóa"), com("Hoằng Trường"), com("Hoằng Hải"), com("Hoằng Thanh"), com("Hoằng Phụ")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ » Dân vận các cấp » Vùng biển", "Đồng chí Lê Huy Toàn phát biểu tại hội nghị.",
 "Ngư dân bám biển", "Luật Biển Việt Nam"],
["Cập nhật: 16:05, 10/07/2012 (GMT+7)", "năm 2015", "6 tháng đầu năm", "6 tháng qua", "6 tháng đầu năm 2012", "6 tháng cuối năm", "20 CV", "tổ đoàn kết số 5"]))

PAGES.append(page("b4015-quangnam-chimtau-traoqua-2013", """
Báo Quảng Nam điện tử
Xã hội | Biển đảo
08:20 | 05/11/2013
Trao hỗ trợ 420 triệu đồng cho ngư dân Tam Hải có tàu bị chìm
(QNO) - Chiều 4/11, Ủy ban MTTQ Việt Nam tỉnh phối hợp Hội Nghề cá tỉnh và Ban Dân vận Huyện ủy Núi Thành đến thăm, trao hỗ trợ cho 14 ngư dân xã Tam Hải có 2 tàu cá bị chìm khi tránh bão số 14 tại vùng biển Hoàng Sa.
Đoàn do đồng chí Huỳnh Thị Ánh Sương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu. Cùng đi có đồng chí Trần Văn Mẫn, Chủ tịch Hội Nghề cá tỉnh và ông Nguyễn Hữu Sinh, HUV, Trưởng Ban Dân vận Huyện ủy Núi Thành.
Đồng chí Huỳnh Thị Ánh Sương trao tiền hỗ trợ cho gia đình ngư dân. Ảnh: Ngọc Hân
Theo báo cáo của UBND xã Tam Hải, rạng sáng 28/10, 2 tàu cá QNa 90275 TS do ông Lê Văn Ba làm chủ tàu và QNa 90418 TS do ông Huỳnh Tấn Lực làm thuyền trưởng bị sóng đánh chìm; 14 thuyền viên được tàu bạn trong tổ đoàn kết cứu vớt, đưa về bờ an toàn. Thiệt hại ước tính hơn 3,2 tỷ đồng.
Tại buổi trao quà, Ủy ban MTTQ Việt Nam tỉnh trích Quỹ "Vì Trường Sa, Hoàng Sa thân yêu" trao 2 chủ tàu mỗi người 150 triệu đồng; Hội Nghề cá tỉnh trao 12 thuyền viên mỗi người 5 triệu đồng. Tổng số tiền hỗ trợ 420 triệu đồng. Ngoài ra, Liên đoàn Lao động tỉnh trao 14 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt và 20 kg gạo.
Đồng chí Huỳnh Thị Ánh Sương động viên ngư dân sớm ổn định cuộc sống, tiếp tục vươn khơi bám biển; đề nghị chính quyền xã hướng dẫn các chủ tàu lập hồ sơ vay vốn đóng mới theo Nghị quyết 48/NQ-CP của Chính phủ và Quyết định 48/2010/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ ngư dân khai thác ở vùng biển xa.
Thay mặt các ngư dân, ông Lê Văn Ba xúc động cảm ơn sự quan tâm của các cấp. Ông cho biết tổ đoàn kết của ông có 6 tàu, thường đi chung để hỗ trợ nhau khi gặp sự cố.
Theo thống kê của Hội Nghề cá tỉnh, từ đầu năm đến nay toàn tỉnh có 9 tàu cá bị chìm, 27 ngư dân gặp nạn; Quỹ đã hỗ trợ trên 1,5 tỷ đồng.
Cũng trong chiều 4/11, đoàn đã đến thăm hỏi gia đình ông Phan Văn Thiện, thuyền viên bị thương nặng đang điều trị tại Bệnh viện Đa khoa Trung ương Quảng Nam, trao 2 triệu đồng. Đồng chí Trần Văn Mẫn đề nghị các chủ tàu tiếp tục tham gia tổ đoàn kết, lắp đặt máy thông tin tầm xa và mua bảo hiểm cho thuyền viên trước khi ra khơi.
NGỌC HÂN
Lượt truy cập: 3.511
Tin liên quan
- Núi Thành: ra mắt Nghiệp đoàn nghề cá Tam Quang (22/10/2013)
- Hội An: 300 lá cờ Tổ quốc cho ngư dân Cù Lao Chàm (09/10/2013)
- Quỹ Vì Trường Sa, Hoàng Sa thân yêu nhận thêm 2 tỷ đồng (30/09/2013)
- Thăng Bình: vận động ngư dân tham gia tổ đoàn kết khai thác hải sản xa bờ (18/09/2013)
""", "2013-11-05", "Trao hỗ trợ 420 triệu đồng cho ngư dân Tam Hải có tàu bị chìm",
E("trao_qua", None, "2013-11-04"),
[P("Huỳnh Thị Ánh Sương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Mẫn", "Chủ tịch Hội Nghề cá tỉnh"),
 P("Nguyễn Hữu Sinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Núi Thành"),
 P("Lê Văn Ba", "chủ tàu"),
 P("Huỳnh Tấn Lực", "thuyền trưởng"),
 P("Phan Văn Thiện", "thuyền viên")],
[Q("420 triệu đồng", 420000000, "đồng"), Q("14 ngư dân", 14, "ngư dân"), Q("2 tàu cá", 2, "tàu cá"),
 Q("14 thuyền viên", 14, "thuyền viên"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("2 chủ tàu", 2, "chủ tàu"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("12 thuyền viên", 12, "thuyền viên"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("14 suất quà", 14, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 kg", 20, "kg"), Q("6 tàu", 6, "tàu"),
 Q("9 tàu cá", 9, "tàu cá"), Q("27 ngư dân", 27, "ngư dân"), Q("trên 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết", "48", "NQ-CP", None, "Chính phủ", "Nghị quyết 48/NQ-CP"),
 D("Quyết định", "48", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 48/2010/QĐ-TTg")],
[prov("Quảng Nam"), com("Tam Hải")],
["Báo Quảng Nam điện tử", "Xã hội | Biển đảo", "Đồng chí Huỳnh Thị Ánh Sương trao tiền hỗ trợ cho gia đình ngư dân. Ảnh: Ngọc Hân",
 "Vì Trường Sa, Hoàng Sa thân yêu", "Lượt truy cập: 3.511", "(QNO)", "QNa 90275 TS", "QNa 90418 TS"],
["08:20 | 05/11/2013", "bão số 14", "Lượt truy cập: 3.511"]))

PAGES.append(page("b4016-binhdinh-chuquyen-hoinghi-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Tuyên truyền biển đảo
Thứ Ba, 03/06/2014 - 10:15
Hội nghị tuyên truyền về chủ quyền biển, đảo cho 350 ngư dân Hoài Nhơn
Ngày 2/6, Ủy ban MTTQ Việt Nam tỉnh phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tuyên truyền về chủ quyền biển, đảo năm 2014 cho khoảng 350 ngư dân, chủ tàu các xã Tam Quan Bắc, Hoài Hương, Hoài Hải.
Quang cảnh hội nghị tại Hoài Hương.
Hội nghị diễn ra trong bối cảnh Trung Quốc hạ đặt trái phép giàn khoan Hải Dương - 981 trong vùng đặc quyền kinh tế của Việt Nam. Đồng chí Hồ Quốc Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, khẳng định: chính quyền và Nhân dân tỉnh Bình Định luôn ở bên ngư dân, sẽ sớm triển khai các chính sách hỗ trợ đóng tàu vỏ thép, tàu dịch vụ hậu cần nghề cá khi Chính phủ ban hành nghị định mới; đề nghị bà con tiếp tục vươn khơi, bám biển, không để bị khiêu khích.
Đại tá Nguyễn Văn Hòa, Phó Chỉ huy trưởng - Tham mưu trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh, thông tin tình hình biển Đông và hướng dẫn ngư dân ghi nhận, quay phim, chụp ảnh các hành vi vi phạm. Đồng chí Lê Kim Toàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, quán triệt Chỉ thị số 03-CT/TU ngày 20/5/2014 của Ban Thường vụ Tỉnh ủy về tăng cường công tác tuyên truyền bảo vệ chủ quyền biển, đảo.
Toàn tỉnh hiện có 6.720 tàu cá với trên 40.000 lao động; 1.120 tàu đánh bắt xa bờ ở Hoàng Sa, Trường Sa. Đến nay đã có 482 tổ đoàn kết trên biển với 3.015 tàu, chiếm 45%. Riêng 5 tháng đầu năm, các tổ đã cứu hộ 19 tàu bị nạn, 138 ngư dân.
Tại hội nghị, các thuyền trưởng Trương Văn Đông, Nguyễn Văn Ngọc chia sẻ việc bị tàu nước ngoài xua đuổi, đâm va. Ông Võ Văn Thành, Chủ tịch Nghiệp đoàn nghề cá Tam Quan Bắc, đề nghị sớm có cơ chế bảo hiểm cho tàu và thuyền viên.
Dịp này, Ủy ban MTTQ tỉnh trao 500 lá cờ Tổ quốc, 200 áo phao và 35 suất hỗ trợ, mỗi suất 3 triệu đồng cho các ngư dân có tàu bị hư hỏng; tổng trị giá khoảng 190 triệu đồng. Bà Phan Thị Tuyết, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Quỹ "Vì biển, đảo Việt Nam" của tỉnh đã tiếp nhận hơn 4,6 tỷ đồng.
Kết thúc hội nghị, các ngư dân đã ký cam kết không khai thác hải sản ở vùng biển nước ngoài, không sử dụng chất nổ, xung điện; đồng thời thống nhất mỗi tổ đoàn kết cử 1 tàu làm nhiệm vụ liên lạc với Đồn Biên phòng Tam Quan. Theo kế hoạch, từ nay đến cuối năm 2014, hội nghị tương tự sẽ được tổ chức tại các xã ven biển của Phù Mỹ, Phù Cát, Tuy Phước.
Hoàng Phúc
Số lượt xem: 2.087
Tin liên quan
- Trao 1.000 lá cờ cho ngư dân Phù Mỹ (28/05/2014)
- Ngư dân Hoài Nhơn vẫn bám biển Hoàng Sa (20/05/2014)
- MTTQ các cấp phát động ủng hộ ngư dân (15/05/2014)
""", "2014-06-03", "Hội nghị tuyên truyền về chủ quyền biển, đảo cho 350 ngư dân Hoài Nhơn",
E("hoi_nghi", "2014", "2014-06-02"),
[P("Hồ Quốc Dũng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Hòa", "Đại tá", "Phó Chỉ huy trưởng - Tham mưu trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Lê Kim Toàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Văn Đông", "thuyền trưởng"),
 P("Nguyễn Văn Ngọc", "thuyền trưởng"),
 P("Võ Văn Thành", "Chủ tịch Nghiệp đoàn nghề cá Tam Quan Bắc"),
 P("Phan Thị Tuyết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("khoảng 350 ngư dân", 350, "ngư dân", "approx"), Q("6.720 tàu cá", 6720, "tàu cá"), Q("trên 40.000 lao động", 40000, "lao động", "over"),
 Q("1.120 tàu", 1120, "tàu"), Q("482 tổ đoàn kết trên biển", 482, "tổ đoàn kết trên biển"), Q("3.015 tàu", 3015, "tàu"),
 Q("45%", 45, "%"), Q("19 tàu", 19, "tàu"), Q("138 ngư dân", 138, "ngư dân"), Q("500 lá cờ Tổ quốc", 500, "lá cờ Tổ quốc"),
 Q("200 áo phao", 200, "áo phao"), Q("35 suất hỗ trợ", 35, "suất hỗ trợ"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("khoảng 190 triệu đồng", 190000000, "đồng", "approx"), Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over")],
[D("Chỉ thị", "03", "CT/TU", "2014-05-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 20/5/2014")],
[prov("Bình Định"), com("Tam Quan Bắc"), com("Hoài Hương"), com("Hoài Hải")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Tuyên truyền biển đảo",
 "Quang cảnh hội nghị tại Hoài Hương.", "Hải Dương - 981", "Vì biển, đảo Việt Nam", "Số lượt xem: 2.087"],
["Thứ Ba, 03/06/2014 - 10:15", "năm 2014", "5 tháng đầu năm", "Số lượt xem: 2.087", "1 tàu"]))

PAGES.append(page("b4017-khanhhoa-hoinghe-tongket-2015", """
HỘI NGHỀ CÁ TỈNH KHÁNH HÒA
Trang chủ :: Tin tức - Sự kiện :: Hoạt động hội
Hôm nay: Thứ Hai, 04/01/2016
29-12-2015 09:40
Toàn cảnh hội nghị.
Hội Nghề cá Khánh Hòa: 280 tổ đoàn kết giữ vững ngư trường truyền thống
Ngày 28/12/2015, Hội Nghề cá tỉnh tổ chức hội nghị tổng kết công tác hội và phong trào nghề cá năm 2015, triển khai nhiệm vụ năm 2016. Dự hội nghị có đồng chí Lê Xuân Thân, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Thị Kim Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đại diện Sở Nông nghiệp và Phát triển nông thôn, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và 95 đại biểu là chi hội trưởng, tổ trưởng tổ đoàn kết.
Năm 2015, Hội có thêm 4 chi hội nghề cá cơ sở, nâng tổng số lên 41 chi hội với 5.370 hội viên; toàn tỉnh duy trì 280 tổ đoàn kết sản xuất trên biển với 1.640 tàu. Thực hiện Nghị định 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ về một số chính sách phát triển thủy sản, Hội đã phối hợp các ngân hàng thẩm định, đề nghị cho vay đóng mới 23 tàu vỏ thép, vỏ gỗ bọc composite, với tổng vốn gần 310 tỷ đồng. Có 2.915 thuyền viên được hỗ trợ mua bảo hiểm tai nạn, đạt 87%.
Ông Lê Văn Tư, Chủ tịch Hội Nghề cá tỉnh Khánh Hòa trình bày báo cáo cho biết: công tác tuyên truyền Luật Thủy sản, Luật Biển Việt Nam được đẩy mạnh với 126 buổi tuyên truyền cho hơn 8.000 lượt ngư dân. Hội cũng tham gia góp ý dự thảo Nghị định sửa đổi Nghị định 33/2010/NĐ-CP và hướng dẫn hội viên thực hiện Quyết định số 2188/QĐ-UBND ngày 14/8/2015 của UBND tỉnh về hỗ trợ chi phí nhiên liệu cho tàu khai thác vùng biển xa.
Đồng chí Lê Văn Tư, Chủ tịch Hội Nghề cá tỉnh phát biểu tại hội nghị. Ảnh: Hải Lăng
Tuy nhiên, vẫn còn 4 tàu với 37 ngư dân bị nước ngoài bắt giữ, xử lý; một số chi hội ở Vạn Ninh, Cam Ranh sinh hoạt chưa đều. Tại hội nghị, ông Đỗ Văn Nam, Chi hội trưởng Chi hội nghề cá phường Vĩnh Trường, và ông Nguyễn Văn Lập, tổ trưởng tổ đoàn kết xã Ninh Vân, đề nghị tăng cường tàu kiểm ngư tại ngư trường Trường Sa.
Phát biểu chỉ đạo, đồng chí Lê Xuân Thân biểu dương những kết quả Hội đạt được; yêu cầu năm 2016 tiếp tục quán triệt Nghị quyết 09-NQ/TW của Ban Chấp hành Trung ương về Chiến lược biển Việt Nam và Chỉ thị 13, 14-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu không để tàu cá vi phạm vùng biển nước ngoài.
Dịp này, Trung ương Hội Nghề cá Việt Nam tặng bằng khen cho 3 tập thể, 5 cá nhân; Hội Nghề cá tỉnh tặng giấy khen cho 15 tổ đoàn kết tiêu biểu và 22 ngư dân tiêu biểu.
Hải Lăng
Lượt đọc: 645
Tin khác
- Chi hội nghề cá phường Vĩnh Phước ra mắt tổ đoàn kết thứ 12 (10/12/2015)
- Khánh Hòa: hỗ trợ 4 ngư dân bị nạn trên biển (25/11/2015)
- Tập huấn sử dụng máy thông tin tầm xa cho thuyền trưởng (05/11/2015)
""", "2015-12-29", "Hội Nghề cá Khánh Hòa: 280 tổ đoàn kết giữ vững ngư trường truyền thống",
E("tong_ket", "2015", "2015-12-28"),
[P("Lê Xuân Thân", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Kim Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Tư", "Chủ tịch Hội Nghề cá tỉnh Khánh Hòa", "Chủ tịch Hội Nghề cá tỉnh"),
 P("Đỗ Văn Nam", "Chi hội trưởng Chi hội nghề cá phường Vĩnh Trường"),
 P("Nguyễn Văn Lập", "tổ trưởng tổ đoàn kết xã Ninh Vân")],
[Q("280 tổ đoàn kết", 280, "tổ đoàn kết"), Q("95 đại biểu", 95, "đại biểu"), Q("4 chi hội nghề cá cơ sở", 4, "chi hội nghề cá cơ sở"),
 Q("41 chi hội", 41, "chi hội"), Q("5.370 hội viên", 5370, "hội viên"), Q("1.640 tàu", 1640, "tàu"),
 Q("23 tàu vỏ thép, vỏ gỗ bọc composite", 23, "tàu vỏ thép, vỏ gỗ bọc composite"), Q("gần 310 tỷ đồng", 310000000000, "đồng", "approx"),
 Q("2.915 thuyền viên", 2915, "thuyền viên"), Q("87%", 87, "%"), Q("126 buổi tuyên truyền", 126, "buổi tuyên truyền"),
 Q("hơn 8.000 lượt ngư dân", 8000, "lượt ngư dân", "over"), Q("4 tàu", 4, "tàu"), Q("37 ngư dân", 37, "ngư dân"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("15 tổ đoàn kết tiêu biểu", 15, "tổ đoàn kết tiêu biểu"),
 Q("22 ngư dân tiêu biểu", 22, "ngư dân tiêu biểu")],
[D("Nghị định", "67", "2014/NĐ-CP", "2014-07-07", "Chính phủ", "Nghị định 67/2014/NĐ-CP ngày 7/7/2014"),
 D("Nghị định", "33", "2010/NĐ-CP", None, None, "Nghị định 33/2010/NĐ-CP"),
 D("Quyết định", "2188", "QĐ-UBND", "2015-08-14", "UBND tỉnh", "Quyết định số 2188/QĐ-UBND ngày 14/8/2015"),
 D("Nghị quyết", "09", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 09-NQ/TW"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 13, 14-CT/TU"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 13, 14-CT/TU")],
[prov("Khánh Hòa"), com("Vĩnh Trường"), com("Ninh Vân")],
["HỘI NGHỀ CÁ TỈNH KHÁNH HÒA", "Trang chủ :: Tin tức - Sự kiện :: Hoạt động hội", "Toàn cảnh hội nghị.",
 "Đồng chí Lê Văn Tư, Chủ tịch Hội Nghề cá tỉnh phát biểu tại hội nghị. Ảnh: Hải Lăng", "Luật Thủy sản", "Luật Biển Việt Nam",
 "Chiến lược biển Việt Nam", "Lượt đọc: 645"],
["Hôm nay: Thứ Hai, 04/01/2016", "29-12-2015 09:40", "Năm 2015", "năm 2015", "năm 2016", "Lượt đọc: 645"]))

PAGES.append(page("b4018-bentre-ngudan-doithoai-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE
Trang chủ › Tin tức - Sự kiện › Chính trị - Xã hội
21.04.2016 | 16:05
Ngư dân Bình Đại kiến nghị nhiều vấn đề về cảng cá, vốn vay đóng tàu
Ngày 20/4/2016, tại xã Thới Thuận, huyện Bình Đại, UBND tỉnh phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với ngư dân năm 2016. Chủ trì đối thoại có đồng chí Cao Văn Trọng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Võ Văn Út, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh. Gần 200 ngư dân, chủ tàu, thuyền trưởng các xã Thới Thuận, Thừa Đức, Bình Thắng (huyện Bình Đại) và Thạnh Phong (huyện Thạnh Phú) tham dự.
Ảnh: Chủ tịch UBND tỉnh Cao Văn Trọng trả lời kiến nghị của ngư dân.
Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh Bến Tre có 4.119 tàu cá, trong đó 1.520 tàu có công suất từ 90 CV trở lên; đã hình thành 512 tổ hợp tác khai thác hải sản với 2.786 tàu. Sau 2 năm thực hiện Nghị định 67/2014/NĐ-CP, các ngân hàng đã ký hợp đồng tín dụng đóng mới 15 tàu, giải ngân hơn 152 tỷ đồng; cấp bảo hiểm cho 3.405 thuyền viên.
Tại buổi đối thoại, có 17 ý kiến phát biểu trực tiếp và 24 ý kiến gửi bằng văn bản. Ông Nguyễn Văn Thuận, chủ tàu BTr 97888 TS, cho biết cửa biển Bình Đại bị bồi lắng, tàu lớn ra vào phải chờ nước lớn; ông Huỳnh Văn Hải, tổ trưởng tổ hợp tác khai thác hải sản số 3 xã Thừa Đức, phản ánh thủ tục vay vốn còn phiền hà, nhiều hồ sơ kéo dài trên 6 tháng. Bà Trần Thị Mỹ, vợ ngư dân xã Bình Thắng, đề nghị hỗ trợ các gia đình có chồng, con gặp nạn trên biển.
Trả lời kiến nghị, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Phạm Văn Đông cho biết tỉnh đã đề nghị Bộ Giao thông vận tải nạo vét luồng cửa Đại trong năm 2016, tổng kinh phí khoảng 45 tỷ đồng. Đồng chí Cao Văn Trọng giao các ngành giải quyết dứt điểm 9 hồ sơ vay vốn tồn đọng trước ngày 30/6/2016; yêu cầu thực hiện nghiêm Quyết định số 1055/QĐ-UBND ngày 12/5/2015 của UBND tỉnh về phân cấp quản lý tàu cá.
Phát biểu kết thúc, đồng chí Võ Văn Út cho biết Ủy ban MTTQ tỉnh sẽ tổng hợp, giám sát việc giải quyết các kiến nghị theo Quyết định 217-QĐ/TW của Bộ Chính trị; đồng thời vận động các tổ hợp tác tích cực tham gia phong trào "Ngư dân bám biển, giữ gìn chủ quyền".
Dịp này, Ủy ban MTTQ tỉnh trao 30 suất quà cho ngư dân có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng.
Thu Nhàn
Lượt xem: 1.532
Tin liên quan
- Bến Tre: 60 ngư dân được tập huấn sơ cấp cứu trên biển (12/04/2016)
- Thạnh Phú: ra mắt tổ hợp tác khai thác hải sản xa bờ (30/03/2016)
- Trao 2.000 lá cờ Tổ quốc cho ngư dân (18/03/2016)
""", "2016-04-21", "Ngư dân Bình Đại kiến nghị nhiều vấn đề về cảng cá, vốn vay đóng tàu",
E("doi_thoai", "2016", "2016-04-20"),
[P("Cao Văn Trọng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Võ Văn Út", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thuận", "chủ tàu BTr 97888 TS"),
 P("Huỳnh Văn Hải", "tổ trưởng tổ hợp tác khai thác hải sản số 3 xã Thừa Đức"),
 P("Trần Thị Mỹ"),
 P("Phạm Văn Đông", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("Gần 200 ngư dân, chủ tàu, thuyền trưởng", 200, "ngư dân, chủ tàu, thuyền trưởng", "approx"), Q("4.119 tàu cá", 4119, "tàu cá"),
 Q("1.520 tàu", 1520, "tàu"), Q("512 tổ hợp tác khai thác hải sản", 512, "tổ hợp tác khai thác hải sản"), Q("2.786 tàu", 2786, "tàu"),
 Q("15 tàu", 15, "tàu"), Q("hơn 152 tỷ đồng", 152000000000, "đồng", "over"), Q("3.405 thuyền viên", 3405, "thuyền viên"),
 Q("17 ý kiến", 17, "ý kiến"), Q("24 ý kiến", 24, "ý kiến"), Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx"),
 Q("9 hồ sơ vay vốn", 9, "hồ sơ vay vốn"), Q("30 suất quà", 30, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị định", "67", "2014/NĐ-CP", None, None, "Nghị định 67/2014/NĐ-CP"),
 D("Quyết định", "1055", "QĐ-UBND", "2015-05-12", "UBND tỉnh", "Quyết định số 1055/QĐ-UBND ngày 12/5/2015"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Bến Tre"), com("Thới Thuận"), com("Thừa Đức"), com("Bình Thắng"), com("Thạnh Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE", "Trang chủ › Tin tức - Sự kiện › Chính trị - Xã hội",
 "Ảnh: Chủ tịch UBND tỉnh Cao Văn Trọng trả lời kiến nghị của ngư dân.", "Ngư dân bám biển, giữ gìn chủ quyền", "Lượt xem: 1.532",
 "BTr 97888 TS", "Bộ Giao thông vận tải"],
["21.04.2016 | 16:05", "năm 2016", "90 CV", "2 năm", "trên 6 tháng", "tổ hợp tác khai thác hải sản số 3", "Lượt xem: 1.532"]))
