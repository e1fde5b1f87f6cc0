from lib import *
PAGES = []

PAGES.append(page("b8057-hoabinh-hctd-traoqua-2021", """
HỘI CHỮ THẬP ĐỎ TỈNH HÒA BÌNH
Trang chủ / Hoạt động nhân đạo / Cứu trợ khẩn cấp
Ngày đăng 06/05/2021 | 10:30
Trao giống ngô, phân bón cho 420 hộ bị thiệt hại do mưa đá
Ngày 4/5/2021, Hội Chữ thập đỏ tỉnh Hòa Bình phối hợp với Hội Nông dân tỉnh tổ chức trao hỗ trợ giống ngô, phân bón cho 420 hộ bị thiệt hại do trận mưa đá kèm dông lốc ngày 19/4 tại huyện Mai Châu và huyện Đà Bắc. Tham dự có đồng chí Quách Thị Huệ, Phó Chủ tịch - Tổng Thư ký Hội Chữ thập đỏ tỉnh; đồng chí Bùi Văn Khướng, Phó Chủ tịch Hội Nông dân tỉnh.
Các hộ dân xã Pà Cò nhận ngô giống. Ảnh: Hà Linh
Trận mưa đá ngày 19/4 đã làm hơn 530 ha ngô, lúa, rau màu của người dân 6 xã vùng cao bị dập nát, nhiều diện tích mất trắng; 147 nhà bị tốc mái. Các xã Pà Cò, Hang Kia, Vạn Mai (huyện Mai Châu) và Tân Pheo (huyện Đà Bắc) bị thiệt hại nặng nhất.
Tổng trị giá hỗ trợ lần này là 378 triệu đồng, gồm 8,4 tấn ngô giống lai và 21 tấn phân NPK; mỗi hộ được nhận 20 kg ngô giống và 50 kg phân bón, tương đương khoảng 900.000 đồng. Nguồn kinh phí do Trung ương Hội Chữ thập đỏ Việt Nam, các nhà hảo tâm và Quỹ Hỗ trợ nông dân tỉnh đóng góp.
Ông Xa Văn Hoan, Chủ tịch UBND xã Vạn Mai cho biết, xã có 112 hộ bị thiệt hại, trong đó 37 hộ nghèo, hộ cận nghèo. Ngoài nguồn hỗ trợ của tỉnh, UBND huyện đã hỗ trợ theo Quyết định số 786/QĐ-UBND ngày 26/4/2021 với mức 1,5 triệu đồng/ha ngô bị thiệt hại trên 70%. Người dân tranh thủ trời nắng làm đất, phấn đấu gieo trồng lại xong trước ngày 15/5.
Bà Giàng Thị Mua (dân tộc Mông) ở bản Hang Kia nói: "Ngô nhà tôi mới được hơn một gang tay thì bị đá rơi nát hết. Có giống, có phân là gieo lại được ngay, năm nay không lo thiếu ăn".
Phát biểu tại buổi trao, đồng chí Quách Thị Huệ đề nghị các cấp Hội phối hợp với chính quyền rà soát, hỗ trợ đúng đối tượng; tiếp tục kêu gọi các tổ chức, cá nhân hỗ trợ người dân sửa chữa nhà cửa. Đồng chí Bùi Văn Khướng cho biết Hội Nông dân tỉnh sẽ cử cán bộ kỹ thuật hướng dẫn bà con chăm sóc ngô, phòng trừ sâu keo mùa thu.
Trước đó, Hội Chữ thập đỏ huyện Mai Châu đã trao 95 suất quà, mỗi suất gồm 10 kg gạo và 200.000 đồng tiền mặt cho các hộ có nhà bị tốc mái hoàn toàn. Ông Đinh Công Sứ, Chủ tịch Hội Chữ thập đỏ huyện Mai Châu cho biết, đợt này Hội còn tiếp nhận 2.000 tấm lợp do một doanh nghiệp ủng hộ, sẽ chuyển đến người dân trong tuần tới để kịp lợp lại nhà trước mùa mưa bão.
Hà Linh
Tin liên quan
- Mai Châu: mưa đá gây thiệt hại hơn 500 ha hoa màu (20/04/2021)
- Hội Chữ thập đỏ tỉnh phát động Tháng Nhân đạo năm 2021 (28/04/2021)
- Đà Bắc khắc phục hậu quả dông lốc (22/04/2021)
""", "2021-05-06", "Trao giống ngô, phân bón cho 420 hộ bị thiệt hại do mưa đá",
E("trao_qua", None, "2021-05-04"),
[P("Quách Thị Huệ", "Phó Chủ tịch - Tổng Thư ký Hội Chữ thập đỏ tỉnh"),
 P("Bùi Văn Khướng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Xa Văn Hoan", "Chủ tịch UBND xã Vạn Mai"),
 P("Giàng Thị Mua"),
 P("Đinh Công Sứ", "Chủ tịch Hội Chữ thập đỏ huyện Mai Châu")],
[Q("420 hộ", 420, "hộ"), Q("hơn 530 ha", 530, "ha", "over"), Q("6 xã vùng cao", 6, "xã vùng cao"), Q("147 nhà", 147, "nhà"),
 Q("378 triệu đồng", 378000000, "đồng"), Q("8,4 tấn", 8.4, "tấn"), Q("21 tấn", 21, "tấn"), Q("20 kg", 20, "kg"),
 Q("50 kg", 50, "kg"), Q("khoảng 900.000 đồng", 900000, "đồng", "approx"), Q("112 hộ", 112, "hộ"),
 Q("37 hộ nghèo, hộ cận nghèo", 37, "hộ nghèo, hộ cận nghèo"), Q("1,5 triệu đồng/ha", 1500000, "đồng"),
 Q("trên 70%", 70, "%", "over"), Q("95 suất quà", 95, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("2.000 tấm lợp", 2000, "tấm lợp")],
[D("Quyết định", "786", "QĐ-UBND", "2021-04-26", "UBND huyện", "Quyết định số 786/QĐ-UBND ngày 26/4/2021")],
[prov("Hòa Bình"), com("Pà Cò"), com("Hang Kia"), com("Vạn Mai"), com("Tân Pheo")],
["HỘI CHỮ THẬP ĐỎ TỈNH HÒA BÌNH", "Trang chủ / Hoạt động nhân đạo / Cứu trợ khẩn cấp",
 "Các hộ dân xã Pà Cò nhận ngô giống. Ảnh: Hà Linh", "Quỹ Hỗ trợ nông dân tỉnh", "Trung ương Hội Chữ thập đỏ Việt Nam"],
["Ngày đăng 06/05/2021 | 10:30", "19/4", "một gang tay", "15/5"]))

PAGES.append(page("b8058-langson-snn-baocao-2022", """
BÁO LẠNG SƠN
Trang chủ › Kinh tế › Nông - Lâm nghiệp
Thứ Sáu, 14/01/2022 - 09:42
Băng giá trên đỉnh Mẫu Sơn sáng 11/1. Ảnh: Hoàng Việt
Rét hại, băng giá gây thiệt hại hơn 2,3 tỷ đồng; đề xuất hỗ trợ người dân vùng cao
Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn vừa có Báo cáo số 18/BC-SNN ngày 12/1/2022 gửi UBND tỉnh về tình hình thiệt hại do đợt rét đậm, rét hại, băng giá từ ngày 8 đến 11/1/2022 và đề xuất các giải pháp hỗ trợ người dân khôi phục sản xuất.
Theo báo cáo, đợt rét làm 143 con trâu, bò, ngựa bị chết, tập trung ở các huyện Lộc Bình, Cao Lộc, Đình Lập; khoảng 265 ha rau, đào, hồng và thạch đen bị băng giá làm cháy lá, trong đó trên 60 ha rau của đồng bào Dao ở xã Mẫu Sơn mất trắng. Ước tổng thiệt hại hơn 2,3 tỷ đồng.
Giám đốc Sở Nông nghiệp và PTNT Lương Văn Khe cho biết, đây là đợt rét có nhiệt độ thấp nhất trong 5 năm gần đây. Ngay từ đầu mùa đông, thực hiện Chỉ thị số 01/CT-UBND của Chủ tịch UBND tỉnh và Kế hoạch số 245/KH-UBND ngày 25/11/2021 của UBND tỉnh, ngành đã hướng dẫn người dân gia cố 18.600 chuồng trại, dự trữ khoảng 42.000 tấn thức ăn thô xanh; nhờ vậy số gia súc chết thấp hơn nhiều so với năm 2016.
Báo cáo đề xuất UBND tỉnh trích ngân sách dự phòng khoảng 650 triệu đồng hỗ trợ hộ có gia súc chết với mức 2 triệu đồng/con trâu, bò, ngựa trên 6 tháng tuổi; hỗ trợ 1,5 tấn hạt giống rau và 300 kg hạt giống cải cho các hộ ở xã Mẫu Sơn, Công Sơn, Xuân Tình để gieo lại ngay sau khi hết rét. Sở cũng đề nghị các huyện thành lập tổ kiểm tra, xác minh thiệt hại, bảo đảm hỗ trợ theo đúng Nghị định số 31/2017/NĐ-CP của Chính phủ.
Ông Triệu Phúc Sinh, Trưởng thôn Khuổi Cáp, xã Mẫu Sơn cho biết, thôn có 47 hộ trồng rau thì gần như hộ nào cũng bị băng giá làm hỏng. "Rau cải, su su đang chuẩn bị bán Tết thì hỏng hết, bà con mong sớm được hỗ trợ giống để trồng lứa mới", ông Sinh nói. Bà Lành Thị Tuyến, Phó Chủ tịch UBND xã Công Sơn, cho biết xã đã thống kê được 29 hộ có gia súc chết, gửi hồ sơ lên huyện.
Để chủ động ứng phó với các đợt rét tiếp theo, Chi cục Chăn nuôi và Thú y khuyến cáo người dân không chăn thả gia súc khi nhiệt độ xuống dưới 12 độ C; ông Vi Văn Đoàn, Chi cục trưởng Chi cục Chăn nuôi và Thú y đề nghị các xã vùng cao bố trí cán bộ trực thường xuyên, báo cáo thiệt hại hằng ngày.
Theo Trung tâm Khí tượng Thủy văn tỉnh, từ nay đến Tết Nguyên đán Nhâm Dần, Lạng Sơn còn có thể chịu ảnh hưởng của 2 đến 3 đợt không khí lạnh mạnh.
Hoàng Việt
Tin liên quan
- Mẫu Sơn xuất hiện băng giá, du khách đổ về ngắm (11/01/2022)
- Đình Lập: chủ động chống rét cho đàn gia súc (05/01/2022)
- Lạng Sơn hỗ trợ hơn 1 tỷ đồng khắc phục thiên tai năm 2021 (28/12/2021)
""", "2022-01-14", "Rét hại, băng giá gây thiệt hại hơn 2,3 tỷ đồng; đề xuất hỗ trợ người dân vùng cao",
E("bao_cao", None, "2022-01-12"),
[P("Lương Văn Khe", "Giám đốc Sở Nông nghiệp và PTNT"),
 P("Triệu Phúc Sinh", "Trưởng thôn Khuổi Cáp"),
 P("Lành Thị Tuyến", "Phó Chủ tịch UBND xã Công Sơn"),
 P("Vi Văn Đoàn", "Chi cục trưởng Chi cục Chăn nuôi và Thú y")],
[Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("143 con trâu, bò, ngựa", 143, "con trâu, bò, ngựa"),
 Q("khoảng 265 ha", 265, "ha", "approx"), Q("trên 60 ha", 60, "ha", "over"), Q("18.600 chuồng trại", 18600, "chuồng trại"),
 Q("khoảng 42.000 tấn", 42000, "tấn", "approx"), Q("khoảng 650 triệu đồng", 650000000, "đồng", "approx"),
 Q("2 triệu đồng/con", 2000000, "đồng"), Q("1,5 tấn", 1.5, "tấn"), Q("300 kg", 300, "kg"), Q("47 hộ", 47, "hộ"),
 Q("29 hộ", 29, "hộ"), Q("2 đến", 2, "đợt không khí lạnh mạnh"), Q("3 đợt không khí lạnh mạnh", 3, "đợt không khí lạnh mạnh")],
[D("Báo cáo", "18", "BC-SNN", "2022-01-12", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn", "Báo cáo số 18/BC-SNN ngày 12/1/2022"),
 D("Chỉ thị", "01", "CT-UBND", None, "Chủ tịch UBND tỉnh", "Chỉ thị số 01/CT-UBND"),
 D("Kế hoạch", "245", "KH-UBND", "2021-11-25", "UBND tỉnh", "Kế hoạch số 245/KH-UBND ngày 25/11/2021"),
 D("Nghị định", "31", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 31/2017/NĐ-CP")],
[prov("Lạng Sơn"), com("Mẫu Sơn"), com("Công Sơn"), com("Xuân Tình")],
["BÁO LẠNG SƠN", "Trang chủ › Kinh tế › Nông - Lâm nghiệp", "Băng giá trên đỉnh Mẫu Sơn sáng 11/1. Ảnh: Hoàng Việt",
 "Tết Nguyên đán Nhâm Dần", "Trung tâm Khí tượng Thủy văn tỉnh"],
["Thứ Sáu, 14/01/2022 - 09:42", "5 năm", "6 tháng tuổi", "12 độ C", "năm 2016", "11/1/2022"]))

PAGES.append(page("b8059-phutho-hnd-daihoi-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN SƠN - TỈNH PHÚ THỌ
Tin tức » Hoạt động các đoàn thể
24.03.2023 | 15:10
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Nông dân Tân Sơn vượt khó sau thiên tai, đoàn kết xây dựng nông thôn mới
Ngày 22/3/2023, Hội Nông dân huyện Tân Sơn (tỉnh Phú Thọ) tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2023 - 2028. Về dự có đồng chí Đinh Thị Mến, Phó Chủ tịch Hội Nông dân tỉnh; đồng chí Hà Văn Thắng, Phó Bí thư Thường trực Huyện ủy cùng 150 đại biểu đại diện cho hơn 12.600 hội viên trong toàn huyện.
Nhiệm kỳ 2018 - 2023, dù chịu ảnh hưởng nặng nề của dịch Covid-19 và thiên tai, các cấp Hội đã vận động hội viên đoàn kết vượt khó. Đặc biệt, sau trận mưa đá kèm lốc xoáy ngày 16/4/2022 làm hơn 740 ha chè, ngô, lúa và 318 nhà ở của người dân 9 xã bị thiệt hại, các cấp Hội đã phối hợp với chính quyền rà soát, đề xuất hỗ trợ; vận động được gần 1,2 tỷ đồng, 35 tấn phân bón và 12.000 bầu chè giống giúp hội viên khôi phục sản xuất. Thiệt hại nặng nhất là các xã Xuân Sơn, Kim Thượng, Đồng Sơn và Thu Cúc.
Ông Bàn Văn Quý, người Dao ở xóm Lạng, xã Xuân Sơn, chia sẻ tại Đại hội: 1,5 ha chè của gia đình bị mưa đá làm trụi búp, nhờ được hỗ trợ phân bón và hướng dẫn đốn chè kịp thời nên sau 2 tháng đã cho thu hái trở lại.
Nhiệm kỳ qua, thực hiện Chỉ thị số 08-CT/HU của Ban Thường vụ Huyện ủy về nâng cao vai trò của Hội Nông dân trong phát triển kinh tế, các cấp Hội đã kết nạp 1.245 hội viên mới; có 4.380 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; Quỹ Hỗ trợ nông dân huyện đạt trên 4,6 tỷ đồng, giúp 210 hộ vay vốn. Tỷ lệ hộ nghèo toàn huyện giảm từ 28,4% xuống còn 14,9%.
Phát biểu chỉ đạo, đồng chí Hà Văn Thắng đề nghị các cấp Hội nhiệm kỳ mới tiếp tục làm tốt vai trò cầu nối, nắm bắt kịp thời tâm tư của nông dân; chủ động tham gia phòng, chống thiên tai, hướng dẫn hội viên mua bảo hiểm nông nghiệp, chuyển đổi cây trồng phù hợp với điều kiện thời tiết cực đoan.
Đại hội đã bầu 31 đồng chí vào Ban Chấp hành Hội Nông dân huyện khóa VIII. Tại hội nghị lần thứ nhất, đồng chí Xa Thị Hoa được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân huyện Tân Sơn khóa VIII; đồng chí Đinh Văn Tài được bầu làm Phó Chủ tịch Hội Nông dân huyện. Đại hội cũng bầu 9 đại biểu đi dự Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX.
Đại hội đề ra mục tiêu đến năm 2028, mỗi năm kết nạp ít nhất 250 hội viên mới; 100% cơ sở Hội được xếp loại hoàn thành tốt nhiệm vụ trở lên.
Phương Thảo
Các tin khác
- Thanh Sơn: Đại hội Hội Nông dân xã điểm nhiệm kỳ 2023 - 2028 (10/03/2023)
- Hỗ trợ phân bón cho hộ trồng chè bị thiệt hại do mưa đá (25/04/2022)
- Tân Sơn: mưa đá làm hư hại hàng trăm ha chè (17/04/2022)
""", "2023-03-24", "Nông dân Tân Sơn vượt khó sau thiên tai, đoàn kết xây dựng nông thôn mới",
E("dai_hoi", None, "2023-03-22"),
[P("Đinh Thị Mến", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hà Văn Thắng", "Phó Bí thư Thường trực Huyện ủy"),
 P("Bàn Văn Quý"),
 P("Xa Thị Hoa", "Chủ tịch Hội Nông dân huyện Tân Sơn khóa VIII"),
 P("Đinh Văn Tài", "Phó Chủ tịch Hội Nông dân huyện")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 12.600 hội viên", 12600, "hội viên", "over"), Q("hơn 740 ha", 740, "ha", "over"),
 Q("318 nhà ở", 318, "nhà ở"), Q("9 xã", 9, "xã"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("35 tấn", 35, "tấn"),
 Q("12.000 bầu chè giống", 12000, "bầu chè giống"), Q("1,5 ha", 1.5, "ha"), Q("1.245 hội viên mới", 1245, "hội viên mới"),
 Q("4.380 hộ", 4380, "hộ"), Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("210 hộ", 210, "hộ"),
 Q("28,4%", 28.4, "%"), Q("14,9%", 14.9, "%"), Q("31 đồng chí", 31, "đồng chí"), Q("9 đại biểu", 9, "đại biểu"),
 Q("ít nhất 250 hội viên mới", 250, "hội viên mới", "over"), Q("100% cơ sở Hội", 100, "%")],
[D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 08-CT/HU")],
[prov("Phú Thọ"), com("Xuân Sơn"), com("Kim Thượng"), com("Đồng Sơn"), com("Thu Cúc")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN SƠN - TỈNH PHÚ THỌ", "Tin tức » Hoạt động các đoàn thể",
 "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Quỹ Hỗ trợ nông dân huyện", "Covid-19"],
["24.03.2023 | 15:10", "lần thứ VIII", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "2 tháng", "31 đồng chí",
 "lần thứ nhất", "lần thứ IX", "năm 2028", "khóa VIII"]))

PAGES.append(page("b8060-backan-tiepxuccutri-2023", """
BÁO BẮC KẠN ĐIỆN TỬ
Chính trị › Hoạt động HĐND
30 Tháng 11, 2023 | 08:20
Cử tri Ba Bể kiến nghị sớm hỗ trợ thiệt hại do mưa đá và chuẩn bị chống rét
Ngày 28/11, Tổ đại biểu HĐND tỉnh Bắc Kạn ứng cử tại huyện Ba Bể gồm các đồng chí Nông Văn Thượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy và Hoàng Thị Thoa, Phó Trưởng ban Dân tộc HĐND tỉnh đã tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thường lệ cuối năm của HĐND tỉnh tại xã Cao Thượng và xã Nam Mẫu.
Quang cảnh buổi tiếp xúc cử tri tại xã Nam Mẫu.
Tại hội nghị, đại biểu đã thông tin đến cử tri dự kiến nội dung kỳ họp, kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023 và các nghị quyết sẽ được xem xét, thông qua.
Cử tri hai xã đã nêu 14 ý kiến, kiến nghị, trong đó nhiều ý kiến liên quan đến việc hỗ trợ khôi phục sản xuất sau trận mưa đá ngày 2/5/2023. Ông Ma Văn Hiếu, cử tri thôn Nà Phai, xã Cao Thượng phản ánh: trận mưa đá làm hơn 80 ha lúa xuân và 35 ha ngô của xã bị dập nát, nhưng đến nay mới có 60% số hộ được nhận tiền hỗ trợ. Bà Lý Thị Lai, người dân tộc Dao ở thôn Cốc Tộc, xã Nam Mẫu đề nghị nâng mức hỗ trợ vì mức 1 triệu đồng/ha quá thấp so với chi phí đầu tư.
Nhiều cử tri cũng đề nghị tỉnh sớm có phương án hỗ trợ người dân chống rét cho gia súc trong mùa đông năm nay; hỗ trợ xi măng, tấm lợp làm chuồng trại cho hộ nghèo; đưa cây trồng vụ đông có khả năng chịu rét vào cơ cấu sản xuất.
Thay mặt UBND huyện, ông Đàm Văn Khởi, Phó Chủ tịch UBND huyện Ba Bể giải trình: trận mưa đá đã làm 1.126 hộ của 7 xã bị thiệt hại, tổng kinh phí hỗ trợ theo Nghị định số 31/2017/NĐ-CP và Nghị quyết số 07/2022/NQ-HĐND của HĐND tỉnh là gần 1,9 tỷ đồng; đến nay huyện đã chi trả được khoảng 1,1 tỷ đồng, phần còn lại sẽ chi trả xong trước ngày 20/12/2023. Đối với việc chống rét, huyện đã ban hành kế hoạch, dự kiến hỗ trợ 500 bạt che chuồng cho các hộ nghèo ở xã Cao Thượng, Khang Ninh, Quảng Khê.
Phát biểu tiếp thu, đồng chí Nông Văn Thượng đề nghị UBND huyện chỉ đạo đẩy nhanh tiến độ chi trả, công khai danh sách tại thôn; những kiến nghị vượt thẩm quyền sẽ được Tổ đại biểu tổng hợp, gửi đến các cơ quan chức năng của tỉnh xem xét, trả lời cử tri theo quy định. Về mức hỗ trợ, đồng chí cho biết HĐND tỉnh sẽ giao cơ quan chuyên môn rà soát, đề xuất điều chỉnh phù hợp với thực tế.
Trong năm 2023, toàn huyện Ba Bể có 3 đợt mưa đá, dông lốc, làm thiệt hại trên 4 tỷ đồng.
Ngọc Hà
Tin liên quan
- Ba Bể: mưa đá làm thiệt hại hàng trăm ha lúa xuân (03/05/2023)
- Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Chợ Đồn (29/11/2023)
- Bắc Kạn chủ động phòng chống đói rét cho gia súc mùa đông 2023 - 2024 (24/11/2023)
""", "2023-11-30", "Cử tri Ba Bể kiến nghị sớm hỗ trợ thiệt hại do mưa đá và chuẩn bị chống rét",
E("hoi_nghi", None, "2023-11-28"),
[P("Nông Văn Thượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Hoàng Thị Thoa", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Ma Văn Hiếu", "cử tri thôn Nà Phai"),
 P("Lý Thị Lai"),
 P("Đàm Văn Khởi", "Phó Chủ tịch UBND huyện Ba Bể")],
[Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"), Q("hơn 80 ha", 80, "ha", "over"), Q("35 ha", 35, "ha"), Q("60%", 60, "%"),
 Q("1 triệu đồng/ha", 1000000, "đồng"), Q("1.126 hộ", 1126, "hộ"), Q("7 xã", 7, "xã"),
 Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"),
 Q("500 bạt che chuồng", 500, "bạt che chuồng"), Q("3 đợt mưa đá, dông lốc", 3, "đợt mưa đá, dông lốc"),
 Q("trên 4 tỷ đồng", 4000000000, "đồng", "over")],
[D("Nghị định", "31", "2017/NĐ-CP", None, None, "Nghị định số 31/2017/NĐ-CP"),
 D("Nghị quyết", "07", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 07/2022/NQ-HĐND")],
[prov("Bắc Kạn"), com("Cao Thượng"), com("Nam Mẫu"), com("Khang Ninh"), com("Quảng Khê")],
["BÁO BẮC KẠN ĐIỆN TỬ", "Chính trị › Hoạt động HĐND", "Quang cảnh buổi tiếp xúc cử tri tại xã Nam Mẫu."],
["30 Tháng 11, 2023 | 08:20", "năm 2023", "2/5/2023", "20/12/2023", "mùa đông năm nay"]))

PAGES.append(page("b8061-tayninh-hdnd-soket-2024", """
TÂY NINH ONLINE
Trang chủ | Kinh tế | Nông nghiệp
20/12/2024 - 14:35
Sơ kết 3 năm thực hiện chính sách hỗ trợ nông dân bị thiệt hại do thiên tai
Chiều 18/12, UBND tỉnh Tây Ninh tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 05/2021/NQ-HĐND của HĐND tỉnh quy định mức hỗ trợ khôi phục sản xuất nông nghiệp vùng bị thiệt hại do thiên tai, dịch bệnh trên địa bàn tỉnh. Ông Võ Đức Trọng, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Ông Võ Đức Trọng phát biểu kết luận hội nghị.
Theo báo cáo, từ năm 2022 đến nay, trên địa bàn tỉnh xảy ra 46 đợt mưa lớn kèm dông lốc, mưa đá, chủ yếu ở các huyện Tân Châu, Tân Biên và Dương Minh Châu, làm 3.412 ha mì, mía, lúa và 628 ha cây cao su, cây ăn trái bị thiệt hại. Toàn tỉnh đã chi hỗ trợ hơn 21,5 tỷ đồng cho 5.860 lượt hộ, đạt khoảng 94% tổng số hộ đề nghị; mức hỗ trợ từ 1 triệu đến 2 triệu đồng/ha tùy loại cây trồng và mức độ thiệt hại.
Riêng trận mưa đá ngày 14/5/2024 tại các xã Tân Hòa, Suối Ngô, Tân Đông (huyện Tân Châu) là trận mưa đá lớn nhất trong nhiều năm, làm gần 900 ha mì và 215 căn nhà bị ảnh hưởng. Ông Lâm Văn Sa Ro, người dân tộc Khmer ở ấp Tân Định, xã Suối Ngô cho biết, 2 ha mì của gia đình bị gãy đổ, sau 1 tháng đã nhận được 4 triệu đồng hỗ trợ giống.
Đại diện Sở Tài chính cho biết, căn cứ Nghị định số 31/2017/NĐ-CP và Thông tư số 42/2018/TT-BTC, tỉnh đã cân đối ngân sách kịp thời; tuy nhiên việc lập hồ sơ ở cấp xã còn chậm, có hồ sơ phải điều chỉnh nhiều lần. Bà Nguyễn Thị Thu Vân, Phó Giám đốc Sở Nông nghiệp và PTNT kiến nghị sửa đổi Nghị quyết theo hướng nâng mức hỗ trợ cây lâu năm, bổ sung hỗ trợ cây ăn trái mới trồng và đơn giản hóa thủ tục cho hộ có diện tích dưới 0,5 ha.
Ông Danh Sóc Phol, Chủ tịch UBND xã Hòa Hiệp (huyện Tân Biên) đề nghị tỉnh cho phép cấp xã được tạm ứng kinh phí ngay sau thiên tai, bởi thời điểm xuống giống lại rất ngắn, nếu chờ đủ hồ sơ thì người dân bỏ lỡ mùa vụ.
Kết luận hội nghị, ông Võ Đức Trọng ghi nhận các địa phương đã hỗ trợ người dân kịp thời, đúng đối tượng, không để xảy ra khiếu nại kéo dài. Ông giao Sở Nông nghiệp và PTNT chủ trì tham mưu trình HĐND tỉnh sửa đổi Nghị quyết tại kỳ họp giữa năm 2025; các huyện rà soát, chi trả dứt điểm 347 hộ còn tồn đọng trước Tết Nguyên đán Ất Tỵ.
Dịp này, UBND tỉnh tặng bằng khen cho 6 tập thể, 11 cá nhân có thành tích trong thực hiện chính sách.
Hoàng Yến
Tin liên quan
- Tân Châu: mưa đá làm hư hại gần 900 ha mì (15/05/2024)
- Tây Ninh hỗ trợ nông dân khôi phục sản xuất sau dông lốc (30/07/2024)
- Phòng, chống bệnh khảm lá mì (12/03/2024)
""", "2024-12-20", "Sơ kết 3 năm thực hiện chính sách hỗ trợ nông dân bị thiệt hại do thiên tai",
E("so_ket", None, "2024-12-18"),
[P("Võ Đức Trọng", "Phó Chủ tịch UBND tỉnh"),
 P("Lâm Văn Sa Ro"),
 P("Nguyễn Thị Thu Vân", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Danh Sóc Phol", "Chủ tịch UBND xã Hòa Hiệp")],
[Q("46 đợt mưa lớn", 46, "đợt mưa lớn"), Q("3.412 ha", 3412, "ha"), Q("628 ha", 628, "ha"),
 Q("hơn 21,5 tỷ đồng", 21500000000, "đồng", "over"), Q("5.860 lượt hộ", 5860, "lượt hộ"), Q("khoảng 94%", 94, "%", "approx"),
 Q("từ 1 triệu", 1000000, "đồng"), Q("2 triệu đồng/ha", 2000000, "đồng"), Q("gần 900 ha", 900, "ha", "approx"),
 Q("215 căn nhà", 215, "căn nhà"), Q("2 ha", 2, "ha"), Q("4 triệu đồng", 4000000, "đồng"), Q("0,5 ha", 0.5, "ha"),
 Q("347 hộ", 347, "hộ"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị quyết", "05", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 05/2021/NQ-HĐND"),
 D("Nghị định", "31", "2017/NĐ-CP", None, None, "Nghị định số 31/2017/NĐ-CP"),
 D("Thông tư", "42", "2018/TT-BTC", None, None, "Thông tư số 42/2018/TT-BTC")],
[prov("Tây Ninh"), com("Tân Hòa"), com("Suối Ngô"), com("Tân Đông"), com("Hòa Hiệp")],
["TÂY NINH ONLINE", "Trang chủ | Kinh tế | Nông nghiệp", "Ông Võ Đức Trọng phát biểu kết luận hội nghị.",
 "Tết Nguyên đán Ất Tỵ"],
["20/12/2024 - 14:35", "3 năm", "năm 2022", "1 tháng", "năm 2025", "14/5/2024"]))

PAGES.append(page("b8062-lamdong-muada-nhakinh-2024", """
BÁO LÂM ĐỒNG
Bạn đang ở: Trang chủ > Kinh tế > Nông nghiệp công nghệ cao
Cập nhật: 17:05, 16/05/2024 (GMT+7)
Hôm nay: Thứ Năm, 16/05/2024
Nhà kính của nông dân Đơn Dương bị mưa đá làm thủng, rách.
Mưa đá làm hư hại hơn 60 ha nhà kính, nông dân mong được hỗ trợ
Chiều 14/5, mưa lớn kèm mưa đá kéo dài khoảng 30 phút đã làm nhiều diện tích nhà kính, nhà lưới trồng rau, hoa tại huyện Đơn Dương và huyện Lạc Dương, tỉnh Lâm Đồng bị thủng, rách; cây trồng bên trong bị dập nát.
Theo thống kê sơ bộ của phòng Nông nghiệp và PTNT hai huyện, mưa đá làm hơn 60 ha nhà kính, nhà lưới bị hư hỏng, khoảng 95 ha rau, hoa ngoài trời bị thiệt hại; 430 hộ bị ảnh hưởng. Ước tính thiệt hại hơn 18 tỷ đồng, trong đó riêng chi phí thay màng nhà kính khoảng 150 - 180 triệu đồng/ha.
Tại thị trấn Thạnh Mỹ và xã Lạc Xuân (huyện Đơn Dương), nhiều nhà kính trồng cà chua, ớt ngọt chỉ còn trơ khung sắt. Ông Phạm Văn Tính ở thôn Lạc Thạnh, xã Lạc Xuân cho biết, 4.000 m2 nhà kính trồng ớt ngọt của gia đình vừa vào vụ thu hoạch thì bị mưa đá làm rách toàn bộ màng phủ, thiệt hại khoảng 700 triệu đồng.
Ở xã Đạ Sar (huyện Lạc Dương), bà Kơ Să Ha Jen, người dân tộc K'Ho, có 3 sào cà phê và rau bị đá rơi làm rụng lá, gãy cành. "Cà phê đang nuôi trái non thì gặp mưa đá, không biết năm nay còn thu được bao nhiêu", bà Ha Jen lo lắng.
Ông Cil Mup, Chủ tịch UBND xã Đạ Sar cho biết, xã đã cử cán bộ xuống từng thôn thống kê thiệt hại, hướng dẫn người dân cắt tỉa, phun thuốc phòng bệnh cho cây. Ông Nguyễn Đăng Khoa, Phó Chủ tịch UBND huyện Đơn Dương cho biết, huyện sẽ hỗ trợ theo Nghị định số 31/2017/NĐ-CP và Quyết định số 14/2022/QĐ-UBND của UBND tỉnh; đối với nhà kính bị hư hỏng, do chưa có cơ chế hỗ trợ riêng, huyện sẽ kiến nghị tỉnh xem xét.
Theo ông Trần Minh Hoàng, Giám đốc Trung tâm Khí tượng Thủy văn tỉnh, từ tháng 5 đến tháng 7 là thời kỳ dông, mưa đá thường xảy ra ở Lâm Đồng. Ngành nông nghiệp khuyến cáo người dân gia cố khung nhà kính, tham gia bảo hiểm nông nghiệp; các tổ chức tín dụng xem xét khoanh, giãn nợ cho 430 hộ bị thiệt hại.
Liên quan đến việc hỗ trợ, ông Nguyễn Đăng Khoa nhấn mạnh: "Huyện sẽ cố gắng hỗ trợ sớm nhất, công khai, minh bạch, ưu tiên các hộ nghèo, hộ đồng bào dân tộc thiểu số".
Ngay trong ngày 15/5, Đoàn Thanh niên huyện Đơn Dương đã huy động hơn 100 đoàn viên giúp các hộ dọn dẹp, thu gom màng nhà kính bị rách.
Khánh Phúc
Tin cùng chuyên mục
- Đà Lạt: Dông lốc làm sập nhiều nhà kính (10/05/2024)
- Lâm Đồng đẩy mạnh bảo hiểm nông nghiệp (02/04/2024)
- Giá ớt ngọt tăng mạnh (25/04/2024)
""", "2024-05-16", "Mưa đá làm hư hại hơn 60 ha nhà kính, nông dân mong được hỗ trợ",
E("khac", None, None),
[P("Phạm Văn Tính"), P("Kơ Să Ha Jen"),
 P("Cil Mup", "Chủ tịch UBND xã Đạ Sar"),
 P("Nguyễn Đăng Khoa", "Phó Chủ tịch UBND huyện Đơn Dương"),
 P("Trần Minh Hoàng", "Giám đốc Trung tâm Khí tượng Thủy văn tỉnh")],
[Q("hơn 60 ha", 60, "ha", "over"), Q("khoảng 95 ha", 95, "ha", "approx"), Q("430 hộ", 430, "hộ"),
 Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"), Q("khoảng 150", 150000000, "đồng", "approx"),
 Q("180 triệu đồng/ha", 180000000, "đồng", "approx"), Q("4.000 m2", 4000, "m2"),
 Q("khoảng 700 triệu đồng", 700000000, "đồng", "approx"), Q("3 sào", 3, "sào"), Q("hơn 100 đoàn viên", 100, "đoàn viên", "over")],
[D("Nghị định", "31", "2017/NĐ-CP", None, None, "Nghị định số 31/2017/NĐ-CP"),
 D("Quyết định", "14", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 14/2022/QĐ-UBND")],
[prov("Lâm Đồng"), com("Thạnh Mỹ"), com("Lạc Xuân"), com("Đạ Sar")],
["BÁO LÂM ĐỒNG", "Bạn đang ở: Trang chủ > Kinh tế > Nông nghiệp công nghệ cao", "Hôm nay: Thứ Năm, 16/05/2024",
 "Nhà kính của nông dân Đơn Dương bị mưa đá làm thủng, rách.", "Trung tâm Khí tượng Thủy văn tỉnh", "Đoàn Thanh niên huyện Đơn Dương"],
["Cập nhật: 17:05, 16/05/2024 (GMT+7)", "30 phút", "tháng 5", "tháng 7", "14/5", "15/5"]))
