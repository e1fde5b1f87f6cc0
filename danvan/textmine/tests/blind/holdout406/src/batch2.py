from lib import *
PAGES = []

PAGES.append(page("b9707-hatinh-mttq-giamsat-cuutro-2017", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh
Trang chủ :: Tin tức :: Giám sát và phản biện xã hội
10-03-2017 09:40
Giám sát việc sử dụng tiền ủng hộ khắc phục lũ lụt tại Hương Khê
Ngày 9/3/2017, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do ông Trần Văn Kỳ, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc phân bổ, sử dụng nguồn ủng hộ khắc phục hậu quả đợt lũ lụt tháng 10/2016 tại huyện Hương Khê. Cùng tham gia đoàn có các ông, bà: Nguyễn Thị Thanh Hà, Trần Hữu Long - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh.
Đoàn giám sát làm việc tại xã Phúc Đồng.
Thực hiện Quyết định số 36/QĐ-MTTQ-BTT ngày 20/2/2017 của Ban Thường trực Ủy ban MTTQ tỉnh, đoàn đã làm việc với Ủy ban MTTQ huyện và kiểm tra thực tế tại xã Phúc Đồng, xã Hương Trạch. Đợt lũ giữa tháng 10/2016 đã làm 7.600 ngôi nhà ở Hương Khê bị ngập sâu, 3 người chết; nhiều thôn bị cô lập trong 4 ngày.
Theo báo cáo, Ủy ban MTTQ huyện đã tiếp nhận 23,7 tỷ đồng và hàng hóa quy đổi khoảng 6 tỷ đồng từ Ban Vận động cứu trợ tỉnh và các nhà hảo tâm. Huyện đã phân bổ cho 22 xã, thị trấn theo mức độ thiệt hại: hỗ trợ 1.214 hộ có nhà ngập trên 2 m, mỗi hộ 3 triệu đồng; 96 hộ mất trắng tài sản được hỗ trợ 10 triệu đồng/hộ; 5 công trình nhà tránh lũ cộng đồng được đầu tư từ nguồn vận động với tổng kinh phí 4,5 tỷ đồng. Còn tồn hơn 310 triệu đồng chưa phân bổ do chờ rà soát đối tượng.
Qua giám sát, đoàn ghi nhận việc tiếp nhận, phân phối cơ bản đúng quy định tại Thông tư liên tịch số 03/2013/TTLT-BTC-MTTQ của Bộ Tài chính và Ủy ban Trung ương MTTQ Việt Nam; sổ sách, chứng từ đầy đủ. Tuy nhiên, tại xã Hương Trạch, danh sách hộ được hỗ trợ chưa được niêm yết đủ thời gian 7 ngày; một số thôn chia đều tiền cho tất cả các hộ, chưa theo mức độ thiệt hại, gây thắc mắc trong nhân dân.
Ông Phan Đình Lục, Chủ tịch Ủy ban MTTQ xã Phúc Đồng, giải trình: thời điểm sau lũ, nhiều hộ thiệt hại như nhau nên thôn họp dân thống nhất chia đều; biên bản họp có chữ ký của 100% chủ hộ dự họp.
Kết luận buổi giám sát, ông Trần Văn Kỳ đề nghị Ủy ban MTTQ huyện chỉ đạo hoàn thành phân bổ số tiền còn tồn trước ngày 31/3/2017, ưu tiên hộ nghèo, hộ có người khuyết tật; rà soát lại việc chia đều tại các thôn; báo cáo kết quả bằng văn bản về Ban Thường trực Ủy ban MTTQ tỉnh. Đoàn cũng kiến nghị UBND tỉnh sớm bố trí vốn theo Quyết định số 48/2014/QĐ-TTg ngày 28/8/2014 của Thủ tướng Chính phủ để hỗ trợ hộ nghèo xây nhà phòng tránh bão, lụt.
Văn Đức
Các tin đã đưa
- Giám sát thực hiện chính sách hỗ trợ ngư dân sau sự cố môi trường biển (02/03/2017)
- Tổng kết công tác Mặt trận năm 2016 (05/01/2017)
- Trao 200 suất quà Tết cho hộ nghèo vùng lũ Vũ Quang (20/01/2017)
""", "2017-03-10", "Giám sát việc sử dụng tiền ủng hộ khắc phục lũ lụt tại Hương Khê",
E("giam_sat", None, "2017-03-09"),
[P("Trần Văn Kỳ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Thanh Hà", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Trần Hữu Long", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Phan Đình Lục", "Chủ tịch Ủy ban MTTQ xã Phúc Đồng")],
[Q("7.600 ngôi nhà", 7600, "ngôi nhà"), Q("3 người", 3, "người"), Q("23,7 tỷ đồng", 23700000000, "đồng"),
 Q("khoảng 6 tỷ đồng", 6000000000, "đồng", "approx"), Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("1.214 hộ", 1214, "hộ"),
 Q("trên 2 m", 2, "m", "over"), Q("3 triệu đồng", 3000000, "đồng"), Q("96 hộ", 96, "hộ"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("5 công trình nhà tránh lũ cộng đồng", 5, "công trình nhà tránh lũ cộng đồng"), Q("4,5 tỷ đồng", 4500000000, "đồng"),
 Q("hơn 310 triệu đồng", 310000000, "đồng", "over"), Q("100%", 100, "%")],
[D("Quyết định", "36", "QĐ-MTTQ-BTT", "2017-02-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 36/QĐ-MTTQ-BTT ngày 20/2/2017"),
 D("Thông tư liên tịch", "03", "2013/TTLT-BTC-MTTQ", None, "Bộ Tài chính và Ủy ban Trung ương MTTQ Việt Nam", "Thông tư liên tịch số 03/2013/TTLT-BTC-MTTQ"),
 D("Quyết định", "48", "2014/QĐ-TTg", "2014-08-28", "Thủ tướng Chính phủ", "Quyết định số 48/2014/QĐ-TTg ngày 28/8/2014")],
[prov("Hà Tĩnh"), com("Phúc Đồng"), com("Hương Trạch")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", "Trang chủ :: Tin tức :: Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Phúc Đồng."],
["10-03-2017 09:40", "tháng 10/2016", "4 ngày", "7 ngày"]))

PAGES.append(page("b9708-khanhhoa-bdv-traoqua-bao12-2017", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Tin tức » Chính trị » Dân vận
Chủ Nhật, 12/11/2017 - 07:50
Hơn 1.500 suất quà đến với người dân vùng bão Vạn Ninh, Ninh Hòa
Ngày 11-11, đoàn công tác của Tỉnh ủy do đồng chí Lê Đức Quang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dẫn đầu đã đến thăm, tặng quà người dân bị thiệt hại do cơn bão số 12 (Damrey) tại thị xã Ninh Hòa và huyện Vạn Ninh. Đi cùng đoàn có đồng chí Hồ Văn Mạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và lãnh đạo Ủy ban MTTQ Việt Nam tỉnh.
Bí thư Tỉnh ủy trao quà cho người dân thôn Đông Cát, xã Vạn Thạnh.
Cơn bão đổ bộ sáng 4-11 với sức gió giật trên cấp 15, là cơn bão mạnh nhất vào Khánh Hòa trong nhiều thập kỷ, làm 44 người chết và mất tích; hơn 135.000 ngôi nhà bị sập, tốc mái; trên 26.000 lồng bè nuôi trồng thủy sản bị hư hỏng, trôi dạt. Tổng thiệt hại ước tính hơn 10.000 tỷ đồng.
Tại xã Vạn Thạnh, đoàn trao 600 suất quà cho các hộ có nhà bị sập và hộ nuôi tôm hùm mất trắng; mỗi suất gồm 1 triệu đồng tiền mặt, 20 kg gạo và nhu yếu phẩm. Tại xã Ninh Phước, đoàn trao 550 suất quà; tại xã Ninh Vân, 380 suất quà được chuyển bằng tàu ra các thôn ven đầm. Tổng trị giá quà tặng trong chuyến công tác hơn 2,3 tỷ đồng, do Ủy ban MTTQ Việt Nam tỉnh vận động.
Thăm hỏi gia đình ông Mấu Văn Lội, người Raglai ở thôn Suối Mít, xã Ninh Tây, có nhà bị tốc mái hoàn toàn, đồng chí Bí thư Tỉnh ủy động viên gia đình vượt qua khó khăn, đề nghị chính quyền huy động đoàn viên thanh niên, bộ đội giúp dựng lại nhà trước mùa mưa. Bà Pi Năng Thị Rớt, Chủ tịch Hội Liên hiệp Phụ nữ xã Ninh Tây, cho biết xã có 92 hộ đồng bào Raglai bị ảnh hưởng, nhiều hộ mất sạch lúa, bắp dự trữ.
Đồng chí Hồ Văn Mạnh cho biết, thực hiện Chỉ thị số 25-CT/TU của Ban Thường vụ Tỉnh ủy về tập trung khắc phục hậu quả bão số 12, khối dân vận đã huy động 1.270 đoàn viên, hội viên giúp dân dọn dẹp, sửa chữa 2.300 căn nhà. Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận 87,6 tỷ đồng ủng hộ từ các tỉnh, thành phố và doanh nghiệp; đã phân bổ đợt 1 cho các địa phương 40 tỷ đồng.
Tại các điểm trao quà, đồng chí Lê Đức Quang yêu cầu cấp ủy, chính quyền cơ sở thực hiện công khai, minh bạch việc hỗ trợ; tuyệt đối không để người dân nào bị đói, không có chỗ ở; khẩn trương khôi phục sản xuất nông nghiệp và nuôi trồng thủy sản theo Nghị định số 02/2017/NĐ-CP ngày 9/1/2017 của Chính phủ.
Phan Sông Ngân
Tin liên quan
- Thủ tướng kiểm tra công tác khắc phục hậu quả bão tại Khánh Hòa (07/11/2017)
- Tiếp nhận 5 tỷ đồng ủng hộ người dân vùng bão (09/11/2017)
- Nha Trang: hàng nghìn người giúp dân dọn dẹp sau bão (06/11/2017)
""", "2017-11-12", "Hơn 1.500 suất quà đến với người dân vùng bão Vạn Ninh, Ninh Hòa",
E("trao_qua", None, "2017-11-11"),
[P("Lê Đức Quang", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Hồ Văn Mạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mấu Văn Lội"),
 P("Pi Năng Thị Rớt", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ninh Tây")],
[Q("Hơn 1.500 suất quà", 1500, "suất quà", "over"), Q("44 người", 44, "người"), Q("hơn 135.000 ngôi nhà", 135000, "ngôi nhà", "over"),
 Q("trên 26.000 lồng bè", 26000, "lồng bè", "over"), Q("hơn 10.000 tỷ đồng", 10000000000000, "đồng", "over"),
 Q("600 suất quà", 600, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 kg", 20, "kg"), Q("550 suất quà", 550, "suất quà"),
 Q("380 suất quà", 380, "suất quà"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("92 hộ đồng bào Raglai", 92, "hộ đồng bào Raglai"),
 Q("1.270 đoàn viên, hội viên", 1270, "đoàn viên, hội viên"), Q("2.300 căn nhà", 2300, "căn nhà"),
 Q("87,6 tỷ đồng", 87600000000, "đồng"), Q("40 tỷ đồng", 40000000000, "đồng")],
[D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 25-CT/TU"),
 D("Nghị định", "02", "2017/NĐ-CP", "2017-01-09", "Chính phủ", "Nghị định số 02/2017/NĐ-CP ngày 9/1/2017")],
[prov("Khánh Hòa"), com("Vạn Thạnh"), com("Ninh Phước"), com("Ninh Vân"), com("Ninh Tây")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Tin tức » Chính trị » Dân vận", "Bí thư Tỉnh ủy trao quà cho người dân thôn Đông Cát, xã Vạn Thạnh.", "Damrey"],
["Chủ Nhật, 12/11/2017 - 07:50", "bão số 12", "cấp 15", "đợt 1"]))

PAGES.append(page("b9709-laichau-huyenuy-doithoai-satlo-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG THỔ - TỈNH LAI CHÂU
Trang chủ | Tin tức - Sự kiện | Tin địa phương
Cập nhật lúc 16:30 ngày 20/09/2018
Đối thoại với nhân dân vùng có nguy cơ sạt lở đất ở xã Mù Sang
Chiều 19/9, tại nhà văn hóa bản Sin Chải, xã Mù Sang, Thường trực Huyện ủy Phong Thổ tổ chức buổi đối thoại với nhân dân năm 2018 về việc di dời, sắp xếp dân cư vùng có nguy cơ lũ quét, sạt lở đất. Chủ trì buổi đối thoại có đồng chí Lò Văn Piếng, Phó Bí thư Thường trực Huyện ủy và đồng chí Chu Văn Hùng, HUV, Phó Chủ tịch UBND huyện.
Đợt mưa lũ lịch sử cuối tháng 6/2018 đã làm 17 người ở Phong Thổ chết và mất tích, 74 nhà bị cuốn trôi hoàn toàn; riêng xã Mù Sang có 28 hộ phải sơ tán khẩn cấp. Qua rà soát, toàn xã còn 63 hộ người Hà Nhì, Dao đang sinh sống tại khu vực có nguy cơ sạt lở cao, cần di dời đến điểm tái định cư Sin Chải mới. Đây là một trong 12 điểm sắp xếp dân cư mà tỉnh Lai Châu ưu tiên bố trí vốn, vì mùa mưa năm nay các vết nứt trên sườn đồi phía trên bản tiếp tục mở rộng, có đoạn dài trên 200 m.
Tham dự buổi đối thoại có hơn 150 người dân, già làng, trưởng bản. Bà con đã nêu 19 ý kiến, tập trung vào mức hỗ trợ làm nhà, đất sản xuất ở nơi ở mới, nước sinh hoạt và việc giữ lại nương cũ. Ông Lý Gió Xá, người có uy tín bản Sin Chải, đề nghị đất ở nơi mới phải đủ rộng để bà con làm chuồng trại, không để gia súc thả rông. Chị Chang Mù Chừ băn khoăn con em đi học xa hơn khi chuyển nhà.
Trả lời các ý kiến, đồng chí Chu Văn Hùng cho biết mỗi hộ di dời được hỗ trợ 40 triệu đồng làm nhà theo Quyết định số 1776/QĐ-TTg ngày 21/11/2012 của Thủ tướng Chính phủ và 10 triệu đồng từ nguồn Quỹ phòng, chống thiên tai tỉnh; hộ nghèo được hỗ trợ thêm 1 tấn xi măng và vay vốn ưu đãi tối đa 25 triệu đồng. Điểm tái định cư rộng 4,6 ha, đã san gạt xong mặt bằng cho 40 lô đất, công trình nước tự chảy đang thi công.
Đồng chí Tẩn Thị Mai, Trưởng Ban Dân vận Huyện ủy, đề nghị Mặt trận, đoàn thể huy động đoàn viên, hội viên giúp các hộ tháo dỡ, vận chuyển vật liệu; phát huy vai trò người có uy tín trong vận động. Theo Kế hoạch số 52-KH/HU của Huyện ủy, việc di dời phải hoàn thành trước ngày 31/12/2018.
Kết luận buổi đối thoại, đồng chí Lò Văn Piếng ghi nhận những ý kiến thẳng thắn của bà con; giao UBND huyện trả lời bằng văn bản 4 ý kiến vượt thẩm quyền và báo cáo tỉnh các kiến nghị về đất sản xuất. Đồng chí yêu cầu các ngành chức năng công khai danh sách hộ di dời, mức hỗ trợ từng hộ tại nhà văn hóa bản; mong bà con đồng lòng "đi để an toàn, ở để phát triển".
Cao Huy
Tin khác
- Phong Thổ: khánh thành cầu treo bản Hồ Sì Pán (10/09/2018)
- Trao 180 suất quà cho học sinh vùng lũ (30/08/2018)
- Tổng kết công tác ứng phó, khắc phục hậu quả mưa lũ tháng 6 (25/07/2018)
""", "2018-09-20", "Đối thoại với nhân dân vùng có nguy cơ sạt lở đất ở xã Mù Sang",
E("doi_thoai", "2018", "2018-09-19"),
[P("Lò Văn Piếng", "Phó Bí thư Thường trực Huyện ủy"),
 P("Chu Văn Hùng", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Lý Gió Xá", "người có uy tín bản Sin Chải"),
 P("Chang Mù Chừ"),
 P("Tẩn Thị Mai", "Trưởng Ban Dân vận Huyện ủy")],
[Q("17 người", 17, "người"), Q("12 điểm sắp xếp dân cư", 12, "điểm sắp xếp dân cư"), Q("trên 200 m", 200, "m", "over"), Q("74 nhà", 74, "nhà"), Q("28 hộ", 28, "hộ"), Q("63 hộ", 63, "hộ"),
 Q("hơn 150 người dân, già làng, trưởng bản", 150, "người dân, già làng, trưởng bản", "over"), Q("19 ý kiến", 19, "ý kiến"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("1 tấn", 1, "tấn"),
 Q("tối đa 25 triệu đồng", 25000000, "đồng"), Q("4,6 ha", 4.6, "ha"), Q("40 lô đất", 40, "lô đất"), Q("4 ý kiến", 4, "ý kiến")],
[D("Quyết định", "1776", "QĐ-TTg", "2012-11-21", "Thủ tướng Chính phủ", "Quyết định số 1776/QĐ-TTg ngày 21/11/2012"),
 D("Kế hoạch", "52", "KH/HU", None, "Huyện ủy", "Kế hoạch số 52-KH/HU")],
[prov("Lai Châu"), com("Mù Sang")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG THỔ - TỈNH LAI CHÂU", "Trang chủ | Tin tức - Sự kiện | Tin địa phương",
 "đi để an toàn, ở để phát triển", "Quỹ phòng, chống thiên tai tỉnh"],
["Cập nhật lúc 16:30 ngày 20/09/2018", "năm 2018", "tháng 6/2018"]))

PAGES.append(page("b9710-thanhhoa-mttq-giaoban-q3-2019", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Chính trị - Xã hội / Mặt trận
Hôm nay: Thứ Hai, 07/10/2019
Mặt trận các cấp hướng về đồng bào vùng lũ Mường Lát, Quan Sơn
Ngày 04/10/2019 - 09:20
Sáng 3/10, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2019 với Mặt trận các huyện, thị xã, thành phố. Đồng chí Phạm Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Toàn cảnh hội nghị giao ban.
Hội nghị đã dành phần lớn thời gian đánh giá công tác vận động, cứu trợ sau trận lũ quét do hoàn lưu bão số 3 (Wipha) đầu tháng 8/2019. Lũ đã làm 14 người chết, 3 người mất tích, 185 ngôi nhà bị sập, trôi; riêng huyện Mường Lát có 2 bản bị xóa sổ. Hưởng ứng Lời kêu gọi của Ủy ban MTTQ tỉnh, đến ngày 30/9, Quỹ Cứu trợ tỉnh đã tiếp nhận 21,6 tỷ đồng và 110 tấn hàng hóa; đã phân bổ 18,2 tỷ đồng cho 9 huyện bị thiệt hại, trong đó hỗ trợ làm nhà mới cho 169 hộ với mức 40 triệu đồng/hộ.
Ông Lò Văn Thiện, Chủ tịch Ủy ban MTTQ xã Mường Lý, cho biết bản Sa Ná, bản Xía Nọi của đồng bào Thái bị lũ cuốn gần hết; 56 hộ đang ở tạm trong lán bạt. Xã mong sớm có mặt bằng tái định cư để bà con dựng nhà trước Tết. "Bà con đã quen sống ven suối, nay vận động lên vùng đồi cao phải kiên trì, nhưng người dân đã đồng thuận vì ai cũng sợ lũ", ông Thiện nói. Bà Hà Thị Nhinh, Chủ tịch Ủy ban MTTQ xã Trung Thượng, huyện Quan Sơn, đề nghị tỉnh hỗ trợ giống lúa, ngô cho vụ đông.
Quý III, Mặt trận các cấp cũng đã tổ chức 126 cuộc giám sát, trong đó có 31 cuộc giám sát việc phân phối tiền, hàng cứu trợ; qua đó phát hiện, kiến nghị khắc phục 4 trường hợp xã lập danh sách chưa đúng đối tượng. Các đoàn thể đã huy động 2.600 ngày công giúp bà con dọn bùn đất, sửa nhà, dựng lán tạm.
Kết luận hội nghị, đồng chí Phạm Thị Thanh Hương yêu cầu Mặt trận các cấp tiếp tục thực hiện Chỉ thị số 06-CT/TU ngày 19/6/2019 của Ban Thường vụ Tỉnh ủy về công tác phòng, chống thiên tai; phối hợp với chính quyền xây dựng các khu tái định cư tập trung tại Mường Lý, Trung Lý; triển khai Hướng dẫn số 29/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Quý IV, Mặt trận các cấp chuẩn bị tốt Đại hội đại biểu MTTQ cấp huyện nhiệm kỳ 2019 - 2024 và vận động "Tết vì người nghèo" Canh Tý 2020.
Tại hội nghị, đồng chí Lê Văn Bình, Phó Chủ tịch Ủy ban MTTQ tỉnh, công bố quyết định phân bổ đợt 3 kinh phí cứu trợ số tiền 3,4 tỷ đồng.
Minh Hiếu
Bài viết liên quan
- Mường Lát: khởi công khu tái định cư bản Sa Ná (28/09/2019)
- Tiếp nhận hơn 2 tỷ đồng ủng hộ nhân dân vùng lũ (15/08/2019)
- Mặt trận tỉnh kêu gọi ủng hộ đồng bào miền núi bị thiệt hại do lũ (05/08/2019)
""", "2019-10-04", "Mặt trận các cấp hướng về đồng bào vùng lũ Mường Lát, Quan Sơn",
E("giao_ban", "2019-Q3", "2019-10-03"),
[P("Phạm Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Thiện", "Chủ tịch Ủy ban MTTQ xã Mường Lý"),
 P("Hà Thị Nhinh", "Chủ tịch Ủy ban MTTQ xã Trung Thượng"),
 P("Lê Văn Bình", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("14 người", 14, "người"), Q("3 người", 3, "người"), Q("185 ngôi nhà", 185, "ngôi nhà"), Q("2 bản", 2, "bản"),
 Q("21,6 tỷ đồng", 21600000000, "đồng"), Q("110 tấn", 110, "tấn"), Q("18,2 tỷ đồng", 18200000000, "đồng"),
 Q("9 huyện", 9, "huyện"), Q("169 hộ", 169, "hộ"), Q("40 triệu đồng", 40000000, "đồng"), Q("56 hộ", 56, "hộ"),
 Q("126 cuộc giám sát", 126, "cuộc giám sát"), Q("31 cuộc giám sát", 31, "cuộc giám sát"), Q("4 trường hợp", 4, "trường hợp"), Q("2.600 ngày công", 2600, "ngày công"),
 Q("3,4 tỷ đồng", 3400000000, "đồng")],
[D("Chỉ thị", "06", "CT/TU", "2019-06-19", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 19/6/2019"),
 D("Hướng dẫn", "29", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 29/HD-MTTW-BTT")],
[prov("Thanh Hóa"), com("Mường Lý"), com("Trung Thượng"), com("Trung Lý")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Chính trị - Xã hội / Mặt trận",
 "Toàn cảnh hội nghị giao ban.", "Wipha", "Tết vì người nghèo", "Lời kêu gọi", "Quỹ Cứu trợ tỉnh"],
["Hôm nay: Thứ Hai, 07/10/2019", "Ngày 04/10/2019 - 09:20", "quý III năm 2019", "bão số 3",
 "tháng 8/2019", "Quý IV", "nhiệm kỳ 2019 - 2024", "Canh Tý 2020", "đợt 3"]))

PAGES.append(page("b9711-quangtri-mttq-baocao-cuutro-2020", """
Báo Quảng Trị điện tử
Trang chủ » Chính trị » Mặt trận - Đoàn thể
2020-11-25 16:40
Ủy ban MTTQ Việt Nam tỉnh báo cáo kết quả tiếp nhận, phân bổ nguồn hỗ trợ khắc phục hậu quả mưa lũ
(QTO) - Chiều 24/11, tại kỳ họp chuyên đề của HĐND tỉnh, bà Nguyễn Thị Lan, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng Ban Vận động cứu trợ tỉnh, đã trình bày báo cáo kết quả vận động, tiếp nhận và phân bổ nguồn hỗ trợ nhân dân khắc phục hậu quả các đợt mưa lũ lịch sử từ ngày 6/10 đến 15/11/2020.
Bà Nguyễn Thị Lan trình bày báo cáo tại kỳ họp. Ảnh: Lê Trường
Theo báo cáo, các đợt mưa lũ liên tiếp cùng các cơn bão số 6, 7, 8, 9 đã làm 26 người chết, 2 người mất tích, 64.200 ngôi nhà bị ngập, 19 nhà bị sập hoàn toàn; tổng thiệt hại ước tính 2.200 tỷ đồng. Vụ sạt lở tại Trạm quản lý bảo vệ rừng 67 ở huyện Hướng Hóa đã làm 22 cán bộ, chiến sĩ Quân khu 4 hy sinh.
Đến ngày 20/11/2020, Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận 142 tỷ 650 triệu đồng; Ủy ban MTTQ các huyện, thị xã, thành phố tiếp nhận 38,5 tỷ đồng. Ngoài ra, các đoàn từ thiện trực tiếp trao cho người dân khoảng 60.000 suất quà với giá trị ước khoảng 45 tỷ đồng.
Ban Vận động cứu trợ tỉnh đã phân bổ 3 đợt với tổng số tiền 118,3 tỷ đồng: hỗ trợ 100% hộ có nhà bị ngập, mỗi hộ 1 triệu đồng; gia đình có người chết 15 triệu đồng/người; hộ có nhà sập hoàn toàn 40 triệu đồng/hộ; 1.850 hộ nuôi trồng thủy sản, chăn nuôi bị thiệt hại nặng được hỗ trợ giống. Số tiền còn lại 24,35 tỷ đồng được để dành hỗ trợ xây dựng các công trình nhà tránh lũ đa năng tại các xã ven sông Thạch Hãn và sông Hiếu như Triệu Độ, Hải Định, Cam Thủy.
Việc phân bổ được thực hiện theo Nghị định số 64/2008/NĐ-CP, Quyết định số 45/QĐ-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về phân bổ nguồn cứu trợ và Kế hoạch số 171/KH-UBND ngày 2/11/2020 của UBND tỉnh về khắc phục hậu quả mưa lũ. Danh sách hộ được hỗ trợ đều được niêm yết công khai tại thôn, khu phố; Ban Thanh tra nhân dân 141 xã, phường, thị trấn tham gia giám sát.
Báo cáo cũng chỉ ra một số hạn chế: hàng cứu trợ ở một số nơi chưa phân phối kịp thời; một số đoàn từ thiện tự phát chưa phối hợp với Mặt trận địa phương nên có thôn nhận quà nhiều lần, có thôn chưa nhận. Ông Hồ Văn Niêng, đại biểu HĐND tỉnh, người Vân Kiều ở xã Hướng Lập, đề nghị ưu tiên hỗ trợ lúa giống cho đồng bào vùng cao.
Trần Tuyến
Tin khác
- Tiếp nhận 10 tỷ đồng ủng hộ của các doanh nghiệp (22/11/2020)
- Hải Lăng: bàn giao nhà tránh lũ cho người dân (18/11/2020)
- Hội Chữ thập đỏ tỉnh trao 3.000 suất quà cho bà con vùng lũ (15/11/2020)
""", "2020-11-25", "Ủy ban MTTQ Việt Nam tỉnh báo cáo kết quả tiếp nhận, phân bổ nguồn hỗ trợ khắc phục hậu quả mưa lũ",
E("bao_cao", None, "2020-11-24"),
[P("Nguyễn Thị Lan", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Hồ Văn Niêng", "đại biểu HĐND tỉnh")],
[Q("26 người", 26, "người"), Q("2 người", 2, "người"), Q("64.200 ngôi nhà", 64200, "ngôi nhà"), Q("19 nhà", 19, "nhà"),
 Q("2.200 tỷ đồng", 2200000000000, "đồng", "approx"), Q("22 cán bộ, chiến sĩ", 22, "cán bộ, chiến sĩ"),
 Q("142 tỷ 650 triệu đồng", 142650000000, "đồng"), Q("38,5 tỷ đồng", 38500000000, "đồng"),
 Q("khoảng 60.000 suất quà", 60000, "suất quà", "approx"), Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx"),
 Q("118,3 tỷ đồng", 118300000000, "đồng"), Q("100%", 100, "%"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("1.850 hộ", 1850, "hộ"),
 Q("24,35 tỷ đồng", 24350000000, "đồng"), Q("141 xã, phường, thị trấn", 141, "xã, phường, thị trấn")],
[D("Nghị định", "64", "2008/NĐ-CP", None, None, "Nghị định số 64/2008/NĐ-CP"),
 D("Quyết định", "45", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 45/QĐ-MTTQ-BTT"),
 D("Kế hoạch", "171", "KH-UBND", "2020-11-02", "UBND tỉnh", "Kế hoạch số 171/KH-UBND ngày 2/11/2020")],
[prov("Quảng Trị"), com("Triệu Độ"), com("Hải Định"), com("Cam Thủy"), com("Hướng Lập")],
["Báo Quảng Trị điện tử", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "(QTO)",
 "Bà Nguyễn Thị Lan trình bày báo cáo tại kỳ họp. Ảnh: Lê Trường", "Trạm quản lý bảo vệ rừng 67", "Quân khu 4"],
["2020-11-25 16:40", "bão số 6, 7, 8, 9", "Trạm quản lý bảo vệ rừng 67", "Quân khu 4", "3 đợt"]))

PAGES.append(page("b9712-quangnam-bdv-traoqua-traleng-2020", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Bạn đang ở: Trang chủ > Hoạt động dân vận > Dân vận các cấp
Thứ Ba, 03/11/2020, 15:25
Ảnh: Người dân xã Trà Leng nhận quà hỗ trợ.
Ban Dân vận Tỉnh ủy trao quà cho đồng bào Ca Dong vùng sạt lở Trà Leng
Ngày 2/11/2020, đoàn công tác Ban Dân vận Tỉnh ủy do đồng chí Hồ Thị Kim Liên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã vượt hơn 30 km đường bị sạt lở để thăm, trao quà cho người dân xã Trà Leng và xã Trà Vân, huyện Nam Trà My.
Vụ sạt lở núi ngày 28/10 tại thôn 1, xã Trà Leng do hoàn lưu bão số 9 (Molave) đã vùi lấp 8 ngôi nhà, làm 8 người chết và 13 người mất tích. Đây là vụ sạt lở nghiêm trọng thứ hai ở miền núi tỉnh Quảng Nam chỉ trong vòng một tuần. Hiện 73 hộ với 356 khẩu ở các nóc lân cận phải sơ tán về điểm trường và nhà dân an toàn.
Đoàn đã trao 250 phần quà, mỗi phần gồm 500.000 đồng tiền mặt, 1 bao gạo 10 kg, dầu ăn, mì tôm và chăn ấm, tổng trị giá 260 triệu đồng, do Ban Dân vận Tỉnh ủy vận động từ cán bộ, công chức khối dân vận và các doanh nghiệp đồng hành. Riêng 21 gia đình có người thân chết, mất tích được tặng thêm mỗi gia đình 5 triệu đồng.
Tiếp đoàn, ông Hồ Văn Kiêng, Bí thư Đảng ủy xã Trà Leng, cho biết sau sạt lở, xã bị cô lập 4 ngày; lực lượng quân đội, công an đã mở đường tạm bằng tay, gùi từng bao gạo vào thôn. Bà Hồ Thị Bích, người có uy tín thôn 1, xúc động: "Bà con mất nhà, mất người thân, nay có cán bộ vào tận nơi chia sẻ, lòng người đỡ lạnh hơn".
Tại xã Trà Vân, ông Đinh Văn Viên, Chủ tịch Ủy ban MTTQ Việt Nam xã Trà Vân, báo cáo xã có 96 hộ có nhà bị hư hỏng, 45 ha lúa nước và 120 ha quế bị vùi lấp; Mặt trận xã đã vận động 40 thanh niên giúp các hộ sửa lại nhà.
Phát biểu tại buổi trao quà, đồng chí Hồ Thị Kim Liên chia sẻ mất mát lớn lao của bà con, đề nghị cấp ủy, chính quyền địa phương thực hiện nghiêm Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai; khẩn trương rà soát các khu dân cư có nguy cơ sạt lở, vận động người dân di dời; đồng thời chăm lo ổn định đời sống, không để người dân thiếu đói. Đồng chí cũng giao khối dân vận huyện Nam Trà My phối hợp Ủy ban MTTQ tỉnh thực hiện Kế hoạch số 96-KH/BDVTU về vận động sắp xếp, ổn định dân cư vùng thiên tai.
Mỗi phần quà là tấm lòng của cán bộ, đảng viên khối dân vận toàn tỉnh gửi đến đồng bào vùng bão, lũ.
Nguyễn Minh
Xem thêm
- Trà My: người có uy tín vận động dân di dời khỏi vùng sạt lở (31/10/2020)
- Ủy ban MTTQ tỉnh tiếp nhận 30 tỷ đồng ủng hộ (30/10/2020)
- Ban Dân vận Trung ương thăm, tặng quà tại Phước Sơn (25/10/2020)
""", "2020-11-03", "Ban Dân vận Tỉnh ủy trao quà cho đồng bào Ca Dong vùng sạt lở Trà Leng",
E("trao_qua", None, "2020-11-02"),
[P("Hồ Thị Kim Liên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Kiêng", "Bí thư Đảng ủy xã Trà Leng"),
 P("Hồ Thị Bích", "người có uy tín thôn 1"),
 P("Đinh Văn Viên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Trà Vân")],
[Q("hơn 30 km", 30, "km", "over"), Q("8 ngôi nhà", 8, "ngôi nhà"), Q("8 người", 8, "người"), Q("13 người", 13, "người"),
 Q("73 hộ", 73, "hộ"), Q("356 khẩu", 356, "khẩu"), Q("250 phần quà", 250, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("10 kg", 10, "kg"), Q("260 triệu đồng", 260000000, "đồng"), Q("21 gia đình", 21, "gia đình"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("96 hộ", 96, "hộ"), Q("45 ha", 45, "ha"), Q("120 ha", 120, "ha"), Q("40 thanh niên", 40, "thanh niên")],
[D("Chỉ thị", "42", "CT/TW", "2020-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2020"),
 D("Kế hoạch", "96", "KH/BDVTU", None, None, "Kế hoạch số 96-KH/BDVTU")],
[prov("Quảng Nam"), com("Trà Leng"), com("Trà Vân")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Bạn đang ở: Trang chủ > Hoạt động dân vận > Dân vận các cấp",
 "Ảnh: Người dân xã Trà Leng nhận quà hỗ trợ.", "Molave",
 "Mỗi phần quà là tấm lòng của cán bộ, đảng viên khối dân vận toàn tỉnh gửi đến đồng bào vùng bão, lũ."],
["Thứ Ba, 03/11/2020, 15:25", "bão số 9", "thứ hai", "một tuần", "thôn 1", "4 ngày", "1 bao gạo"]))
