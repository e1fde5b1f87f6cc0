from lib import *
PAGES = []

PAGES.append(page("b7415-tuyenquang-conlon-daihoi-2025", """
Báo Tuyên Quang điện tử
Chính trị » Đại hội Đảng các cấp
Ngày 13/08/2025 | 09:15
Đảng bộ xã Côn Lôn quyết tâm đưa vùng tái định cư lòng hồ phát triển
Ngày 12/8, Đảng bộ xã Côn Lôn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự và chỉ đạo đại hội có đồng chí Ma Thị Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Tham dự có 145 đại biểu đại diện cho 512 đảng viên trong toàn Đảng bộ.
Đồng chí Ma Thị Thúy phát biểu chỉ đạo đại hội.
Xã Côn Lôn được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các xã Côn Lôn, Sơn Phú và một phần xã Đà Vị cũ, là địa bàn có đông hộ dân tái định cư của Dự án thủy điện Tuyên Quang. Hiện toàn xã có 1.286 hộ, trong đó 634 hộ tái định cư, chủ yếu là đồng bào Tày, Dao, Pà Thẻn.
Báo cáo chính trị trình đại hội đánh giá, nhiệm kỳ qua, Đảng bộ các xã (cũ) đã lãnh đạo thực hiện Nghị quyết số 12-NQ/HU của Huyện ủy Na Hang về ổn định đời sống, phát triển sản xuất cho hộ tái định cư. Thu nhập bình quân đầu người đạt khoảng 32 triệu đồng/năm; tỷ lệ hộ nghèo giảm từ 38,5% xuống 14,2%. Nhân dân vùng lòng hồ đã phát triển 126 lồng cá, trồng hơn 1.800 ha rừng sản xuất; 8 thôn tái định cư có đường bê tông đến trung tâm xã.
Đại hội cũng thẳng thắn chỉ ra tồn tại: sinh kế của một bộ phận hộ tái định cư chưa bền vững, còn 57 hộ thiếu đất sản xuất; du lịch lòng hồ chưa khai thác tương xứng tiềm năng.
Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra 15 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm giảm từ 3% hộ nghèo trở lên; đến năm 2030 thu nhập bình quân đạt trên 60 triệu đồng/người/năm; xây dựng 2 mô hình du lịch cộng đồng gắn với lòng hồ thủy điện. Xã xác định 3 khâu đột phá: hạ tầng giao thông, phát triển kinh tế lòng hồ và cải cách thủ tục hành chính.
Phát biểu chỉ đạo, đồng chí Ma Thị Thúy đề nghị Đảng bộ xã quán triệt Nghị quyết số 66-NQ/TW của Bộ Chính trị và Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư; làm tốt công tác dân vận, phát huy vai trò người có uy tín trong đồng bào tái định cư; chăm lo để không hộ nào thiếu đất sản xuất.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 19 đồng chí. Đồng chí Hoàng Văn Chiến được bầu giữ chức Bí thư Đảng ủy xã Côn Lôn; các đồng chí Phó Bí thư Đảng ủy xã: Bàn Thị Liên, Lý Văn Thắng. Đại hội cũng bầu 7 đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I.
Ông Triệu Tiến Hải, người có uy tín thôn Nà Tông, chia sẻ bên lề đại hội: "Bà con tái định cư tin Đảng, mong cán bộ xã mới sát dân hơn nữa".
Thanh Phúc
Tin liên quan
- Đảng bộ xã Thượng Lâm tổ chức đại hội nhiệm kỳ 2025 - 2030 (11/08/2025)
- Xã Minh Quang ổn định đời sống hộ tái định cư (06/08/2025)
- Na Hang phát triển nuôi cá lồng trên lòng hồ (30/07/2025)
""", "2025-08-13", "Đảng bộ xã Côn Lôn quyết tâm đưa vùng tái định cư lòng hồ phát triển",
E("dai_hoi", None, "2025-08-12"),
[P("Ma Thị Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Chiến", "Bí thư Đảng ủy xã Côn Lôn"),
 P("Bàn Thị Liên", "Phó Bí thư Đảng ủy xã"), P("Lý Văn Thắng", "Phó Bí thư Đảng ủy xã"),
 P("Triệu Tiến Hải", "người có uy tín thôn Nà Tông")],
[Q("145 đại biểu", 145, "đại biểu"), Q("512 đảng viên", 512, "đảng viên"), Q("1.286 hộ", 1286, "hộ"), Q("634 hộ tái định cư", 634, "hộ tái định cư"),
 Q("khoảng 32 triệu đồng", 32000000, "đồng", "approx"), Q("38,5%", 38.5, "%"), Q("14,2%", 14.2, "%"), Q("126 lồng cá", 126, "lồng cá"),
 Q("hơn 1.800 ha", 1800, "ha", "over"), Q("8 thôn tái định cư", 8, "thôn tái định cư"), Q("57 hộ", 57, "hộ"),
 Q("15 chỉ tiêu chủ yếu", 15, "chỉ tiêu chủ yếu"), Q("3% hộ nghèo trở lên", 3, "%", "over"),
 Q("trên 60 triệu đồng", 60000000, "đồng", "over"), Q("2 mô hình du lịch cộng đồng", 2, "mô hình du lịch cộng đồng"),
 Q("19 đồng chí", 19, "đồng chí"), Q("7 đại biểu", 7, "đại biểu")],
[D("Nghị quyết", "12", "NQ/HU", None, "Huyện ủy Na Hang", "Nghị quyết số 12-NQ/HU"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW")],
[prov("Tuyên Quang"), com("Côn Lôn"), com("Sơn Phú"), com("Đà Vị")],
["Báo Tuyên Quang điện tử", "Chính trị » Đại hội Đảng các cấp", "Đồng chí Ma Thị Thúy phát biểu chỉ đạo đại hội."],
["Ngày 13/08/2025 | 09:15", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2025 - 2030", "năm 2030", "3 khâu đột phá", "khóa I", "19 đồng chí"]))

PAGES.append(page("b7416-laocai-thacba-giamsat-2025", """
BÁO LÀO CAI
Thời sự > Hoạt động HĐND
16/10/2025 - 08:40
Giám sát việc giải quyết tồn tại sau tái định cư thủy điện Thác Bà
Ngày 15/10, Đoàn giám sát của Ban Dân tộc HĐND tỉnh Lào Cai do bà Giàng Thị Dung, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với hộ dân tái định cư vùng hồ thủy điện Thác Bà tại xã Thác Bà và xã Cảm Nhân.
Vùng hồ Thác Bà trước đây thuộc tỉnh Yên Bái, nay thuộc tỉnh Lào Cai sau khi hợp nhất. Từ những năm 1970, hàng nghìn hộ dân đã nhường đất xây dựng nhà máy thủy điện; đến nay còn 2.468 hộ sinh sống ven hồ trong tình trạng thiếu đất sản xuất, hạ tầng xuống cấp.
Đoàn giám sát làm việc tại xã Thác Bà.
Theo báo cáo của UBND hai xã, giai đoạn 2021 - 2025, thực hiện Quyết định số 1059/QĐ-TTg ngày 14/9/2021 của Thủ tướng Chính phủ về điều chỉnh Dự án ổn định dân cư, phát triển kinh tế - xã hội vùng tái định cư các dự án thủy điện, các địa phương đã đầu tư 23 công trình giao thông, thủy lợi, nước sinh hoạt với tổng vốn hơn 112 tỷ đồng. Tỷ lệ hộ nghèo vùng hồ giảm còn 9,7%. Tuy nhiên, còn 4 công trình chậm tiến độ, 186 hộ chưa được cấp giấy chứng nhận quyền sử dụng đất do vướng ranh giới với lâm trường.
Ông Nguyễn Văn Khoa, Chủ tịch UBND xã Thác Bà, cho biết sau sắp xếp, xã có diện tích lớn, nhiều thôn ven hồ cách trung tâm hơn 20 km; đề nghị tỉnh hỗ trợ 2 bến thuyền dân sinh. Bà Đặng Thị Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Cảm Nhân, phản ánh nhiều hộ người Dao, Cao Lan mong được giao đất rừng để trồng quế, nhận khoán bảo vệ rừng.
Phát biểu kết luận, bà Giàng Thị Dung đề nghị UBND tỉnh chỉ đạo các sở, ngành rà soát, báo cáo đầy đủ việc thực hiện Nghị quyết số 18/2025/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ phát triển sản xuất vùng đồng bào dân tộc thiểu số; giải quyết dứt điểm tranh chấp đất với lâm trường trong năm 2026; tiếp tục bố trí vốn để hoàn thành các công trình dở dang. UBND các xã cần phát huy vai trò của Ban Thanh tra nhân dân và Ban giám sát đầu tư cộng đồng trong giám sát các công trình.
Cùng dự buổi giám sát có các đồng chí Phó Trưởng Ban Dân tộc HĐND tỉnh: Lò Văn Hạnh, Hoàng Thị Mến; đại diện Sở Dân tộc và Tôn giáo, Sở Nông nghiệp và Môi trường.
Kết quả giám sát sẽ được tổng hợp, báo cáo tại kỳ họp cuối năm 2025 của HĐND tỉnh.
Người dân vùng hồ bày tỏ mong muốn sau khi sắp xếp đơn vị hành chính, các chính sách đặc thù cho vùng tái định cư vẫn được duy trì liên tục.
Hồng Duyên
Tin khác
- HĐND tỉnh giám sát công tác giảm nghèo tại xã Bảo Yên (10/10/2025)
- Xã Yên Bình ra mắt mô hình "Dân vận khéo" vùng hồ (03/10/2025)
- Hỗ trợ 300 hộ vùng hồ Thác Bà khắc phục hậu quả bão số 10 (29/09/2025)
""", "2025-10-16", "Giám sát việc giải quyết tồn tại sau tái định cư thủy điện Thác Bà",
E("giam_sat", None, "2025-10-15"),
[P("Giàng Thị Dung", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Văn Khoa", "Chủ tịch UBND xã Thác Bà"),
 P("Đặng Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Cảm Nhân"),
 P("Lò Văn Hạnh", "Phó Trưởng Ban Dân tộc HĐND tỉnh"), P("Hoàng Thị Mến", "Phó Trưởng Ban Dân tộc HĐND tỉnh")],
[Q("2.468 hộ", 2468, "hộ"), Q("23 công trình giao thông, thủy lợi, nước sinh hoạt", 23, "công trình giao thông, thủy lợi, nước sinh hoạt"),
 Q("hơn 112 tỷ đồng", 112000000000, "đồng", "over"), Q("9,7%", 9.7, "%"), Q("4 công trình", 4, "công trình"), Q("186 hộ", 186, "hộ"),
 Q("hơn 20 km", 20, "km", "over"), Q("2 bến thuyền dân sinh", 2, "bến thuyền dân sinh")],
[D("Quyết định", "1059", "QĐ-TTg", "2021-09-14", "Thủ tướng Chính phủ", "Quyết định số 1059/QĐ-TTg ngày 14/9/2021"),
 D("Nghị quyết", "18", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 18/2025/NQ-HĐND")],
[prov("Lào Cai"), prov("Yên Bái"), com("Thác Bà"), com("Cảm Nhân")],
["BÁO LÀO CAI", "Thời sự > Hoạt động HĐND", "Đoàn giám sát làm việc tại xã Thác Bà."],
["16/10/2025 - 08:40", "những năm 1970", "giai đoạn 2021 - 2025", "năm 2026", "năm 2025", "hai xã"]))

PAGES.append(page("b7417-phutho-hohoabinh-tongket-2025", """
PHÚ THỌ ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Phú Thọ
Trang chủ / Xã hội / Dân tộc - Tôn giáo
Cập nhật: 17:05, 24/12/2025 (GMT+7)
Vùng hồ Hòa Bình: hơn 4.000 hộ tái định cư có cuộc sống ổn định
Ngày 23/12, Ban Chỉ đạo thực hiện Dự án ổn định dân cư, phát triển kinh tế - xã hội vùng tái định cư thủy điện Hòa Bình của tỉnh tổ chức hội nghị tổng kết năm 2025. Đồng chí Đinh Công Sứ, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo dự và chỉ đạo hội nghị.
Đồng chí Đinh Công Sứ phát biểu chỉ đạo. Ảnh: Hoàng Hà
Sau hợp nhất, vùng hồ thủy điện Hòa Bình trên địa bàn tỉnh Phú Thọ gồm 17 xã, phường, với hơn 4.000 hộ tái định cư, chủ yếu là đồng bào Mường, Tày, Dao. Năm 2025, tỉnh đã phân bổ 186,4 tỷ đồng thực hiện 31 dự án thành phần; giải ngân đạt 92,3%. Các công trình hoàn thành giúp 12 thôn có đường giao thông đến trung tâm xã, 1.350 hộ có nước sinh hoạt hợp vệ sinh.
Theo báo cáo, công tác dân vận trong vùng hồ được chú trọng. Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ tỉnh vận động người dân hiến 3,6 ha đất làm đường và nhà văn hóa; 47 hộ tự nguyện di dời khỏi vùng có nguy cơ sạt lở. Tỷ lệ hộ nghèo vùng hồ giảm 4,1% so với năm 2024.
Tại hội nghị, ông Xa Văn Luyện, Chủ tịch UBND xã Đà Bắc, cho biết xã có 1.126 hộ tái định cư, nhiều thôn ven hồ như Mó Nẻ, Tàu Dấu đi lại chủ yếu bằng thuyền, đề nghị tỉnh đầu tư cầu cứng. Bà Bàn Thị Hoa, Bí thư Chi bộ thôn Sưng, xã Tiền Phong, chia sẻ mô hình nuôi cá lồng giúp 36 hộ người Dao có thu nhập bình quân 70 - 80 triệu đồng/năm.
Ông Quách Văn Tâm, Phó Giám đốc Sở Nông nghiệp và Môi trường, cho biết Sở đang hoàn thiện hồ sơ đề nghị Trung ương tiếp tục bố trí vốn theo Quyết định số 1060/QĐ-TTg ngày 14/9/2021 của Thủ tướng Chính phủ cho giai đoạn 2026 - 2030; dự kiến nhu cầu vốn khoảng 1.200 tỷ đồng.
Kết luận hội nghị, đồng chí Đinh Công Sứ yêu cầu năm 2026 các xã, phường trong vùng hồ thực hiện tốt Kế hoạch số 15-KH/TU ngày 10/11/2025 của Ban Thường vụ Tỉnh ủy về lãnh đạo phát triển kinh tế - xã hội vùng hồ sau hợp nhất; ưu tiên giải quyết đất sản xuất, nước sinh hoạt cho các hộ tái định cư; phối hợp chặt chẽ với phường Hòa Bình, nơi có khu tái định cư Thịnh Minh, để ổn định đời sống nhân dân.
Dịp này, UBND tỉnh tặng bằng khen cho 8 tập thể và 14 cá nhân có thành tích xuất sắc trong thực hiện dự án.
Các đại biểu thống nhất kiến nghị tiếp tục có cơ chế riêng cho vùng hồ sau năm 2025.
Lê Minh - Hoàng Hà
Tin liên quan
- Xã Đà Bắc khánh thành cầu dân sinh vùng hồ (16/12/2025)
- Phú Thọ: hơn 2.000 hộ vùng hồ được hỗ trợ giống cây (05/12/2025)
- Du lịch lòng hồ Hòa Bình hút khách dịp cuối năm (28/11/2025)
""", "2025-12-24", "Vùng hồ Hòa Bình: hơn 4.000 hộ tái định cư có cuộc sống ổn định",
E("tong_ket", "2025", "2025-12-23"),
[P("Đinh Công Sứ", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Xa Văn Luyện", "Chủ tịch UBND xã Đà Bắc"),
 P("Bàn Thị Hoa", "Bí thư Chi bộ thôn Sưng"),
 P("Quách Văn Tâm", "Phó Giám đốc Sở Nông nghiệp và Môi trường")],
[Q("hơn 4.000 hộ tái định cư", 4000, "hộ tái định cư", "over"), Q("17 xã, phường", 17, "xã, phường"),
 Q("186,4 tỷ đồng", 186400000000, "đồng"), Q("31 dự án thành phần", 31, "dự án thành phần"), Q("92,3%", 92.3, "%"),
 Q("12 thôn", 12, "thôn"), Q("1.350 hộ", 1350, "hộ"), Q("3,6 ha", 3.6, "ha"), Q("47 hộ", 47, "hộ"), Q("4,1%", 4.1, "%"),
 Q("1.126 hộ tái định cư", 1126, "hộ tái định cư"), Q("36 hộ người Dao", 36, "hộ người Dao"),
 Q("70 - 80 triệu đồng", 70000000, "đồng"), Q("khoảng 1.200 tỷ đồng", 1200000000000, "đồng", "approx"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "1060", "QĐ-TTg", "2021-09-14", "Thủ tướng Chính phủ", "Quyết định số 1060/QĐ-TTg ngày 14/9/2021"),
 D("Kế hoạch", "15", "KH/TU", "2025-11-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU ngày 10/11/2025")],
[prov("Phú Thọ"), com("Đà Bắc"), com("Tiền Phong"), com("Hòa Bình")],
["PHÚ THỌ ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Phú Thọ", "Trang chủ / Xã hội / Dân tộc - Tôn giáo",
 "Đồng chí Đinh Công Sứ phát biểu chỉ đạo. Ảnh: Hoàng Hà"],
["Cập nhật: 17:05, 24/12/2025 (GMT+7)", "Năm 2025", "năm 2025", "năm 2024", "năm 2026", "giai đoạn 2026 - 2030"]))

PAGES.append(page("b7418-lamdong-dongnai3-doithoai-2026", """
Hôm nay: Thứ Bảy, 17/01/2026
BÁO LÂM ĐỒNG
Chính trị | Dân vận
Thứ Sáu, 16/01/2026, 10:25
Đối thoại với người dân tái định cư thủy điện Đồng Nai 3, Đồng Nai 4
Ngày 15/1, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Quảng Khê tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với nhân dân vùng tái định cư các thủy điện Đồng Nai 3, Đồng Nai 4. Đồng chí Phạm Văn Hưng, Bí thư Đảng ủy, Chủ tịch HĐND xã Quảng Khê chủ trì; hơn 120 người dân là đồng bào Mạ, Mnông, Dao, Tày dự hội nghị.
Các khu tái định cư Đắk Măng, Đắk Mê trước đây thuộc huyện Đắk Glong, tỉnh Đắk Nông, nay thuộc xã Quảng Khê, tỉnh Lâm Đồng. Hai dự án thủy điện đã di dời 832 hộ đến nơi ở mới. Sau hơn 15 năm, nhiều khu tái định cư đã có đường nhựa, điện lưới, trường học, nhưng đất sản xuất vẫn là nỗi lo lớn nhất của bà con.
Quang cảnh hội nghị đối thoại.
Tại hội nghị, người dân nêu 23 ý kiến. Ông Điểu K'Lăm, người có uy tín bon Đắk Măng, đề nghị chính quyền sớm giải quyết việc 68 hộ chưa được giao đất sản xuất theo cam kết từ năm 2010. Bà Thị Hơn, bon Păng Sim, kiến nghị sửa chữa công trình nước tự chảy đã hư hỏng 2 năm nay. Ông Lý Văn Sành, thôn 7, phản ánh tình trạng người ngoài địa phương đến mua bán, sang nhượng đất tái định cư trái phép.
Trả lời các ý kiến, ông Nguyễn Đình Thái, Phó Chủ tịch UBND xã Quảng Khê, cho biết xã đã đề nghị tỉnh thu hồi khoảng 150 ha đất do công ty lâm nghiệp quản lý để giao cho các hộ thiếu đất; dự kiến bố trí 850 triệu đồng từ ngân sách xã sửa chữa công trình nước trong quý II/2026. Xã sẽ phối hợp với Công an xã kiểm tra, xử lý các trường hợp chuyển nhượng đất tái định cư sai quy định.
Đồng chí Phạm Văn Hưng khẳng định việc đối thoại được thực hiện theo Luật Thực hiện dân chủ ở cơ sở và Kế hoạch số 09-KH/ĐU ngày 5/1/2026 của Đảng ủy xã về tiếp dân, đối thoại năm 2026. Những ý kiến vượt thẩm quyền sẽ được tổng hợp, báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy và UBND tỉnh theo Quy định số 11-QĐi/TW của Bộ Chính trị.
Kết thúc hội nghị, bà Thị Hơn chia sẻ: "Đây là lần đầu bà con được nói chuyện trực tiếp với lãnh đạo xã mới. Mong những lời hứa hôm nay sớm thành hiện thực".
Theo Ban Xây dựng Đảng Đảng ủy xã, năm 2025, xã đã tổ chức 4 buổi đối thoại chuyên đề, giải quyết dứt điểm 31 đơn thư của người dân vùng tái định cư.
Hội nghị diễn ra cởi mở, thẳng thắn, tạo sự đồng thuận trong nhân dân.
K'Hiếu - Đăng Lâm
Các tin khác
- Xã Tà Đùng vận động bà con bảo vệ rừng đầu nguồn (12/01/2026)
- Lâm Đồng: trao 1.000 suất quà Tết cho hộ nghèo vùng dự án (09/01/2026)
- Quảng Khê: nghiệm thu đường vào bon Đắk Mê (30/12/2025)
""", "2026-01-16", "Đối thoại với người dân tái định cư thủy điện Đồng Nai 3, Đồng Nai 4",
E("doi_thoai", "2026", "2026-01-15"),
[P("Phạm Văn Hưng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Quảng Khê"),
 P("Điểu K'Lăm", "người có uy tín bon Đắk Măng"),
 P("Thị Hơn"), P("Lý Văn Sành"),
 P("Nguyễn Đình Thái", "Phó Chủ tịch UBND xã Quảng Khê")],
[Q("hơn 120 người dân", 120, "người dân", "over"), Q("832 hộ", 832, "hộ"), Q("23 ý kiến", 23, "ý kiến"), Q("68 hộ", 68, "hộ"),
 Q("khoảng 150 ha", 150, "ha", "approx"), Q("850 triệu đồng", 850000000, "đồng"), Q("4 buổi đối thoại chuyên đề", 4, "buổi đối thoại chuyên đề"),
 Q("31 đơn thư", 31, "đơn thư")],
[D("Kế hoạch", "09", "KH/ĐU", "2026-01-05", "Đảng ủy xã", "Kế hoạch số 09-KH/ĐU ngày 5/1/2026"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Khê")],
["Hôm nay: Thứ Bảy, 17/01/2026", "BÁO LÂM ĐỒNG", "Chính trị | Dân vận", "Quang cảnh hội nghị đối thoại.", "Luật Thực hiện dân chủ ở cơ sở"],
["Hôm nay: Thứ Bảy, 17/01/2026", "Thứ Sáu, 16/01/2026, 10:25", "năm 2026", "hơn 15 năm", "năm 2010", "2 năm", "thôn 7", "quý II/2026", "năm 2025"]))

PAGES.append(page("b7419-dongnai-thacmo-giaoban-2026", """
Báo Đồng Nai điện tử
Xã hội › Dân tộc - Miền núi
27/03/2026 - 11:40
Giao ban quý I/2026: tập trung ổn định đời sống hộ tái định cư vùng hồ Thác Mơ
ĐNO - Chiều 26/3, tại phường Phước Long, Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì giao ban công tác dân vận quý I/2026 với các xã, phường vùng hồ thủy điện Thác Mơ. Đồng chí Điểu Thị Huệ, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đại diện Công ty Thủy điện Thác Mơ và lãnh đạo các xã Đa Kia, Thọ Sơn, Phú Nghĩa.
Vùng hồ thủy điện Thác Mơ trước đây thuộc tỉnh Bình Phước, nay thuộc tỉnh Đồng Nai, có 1.742 hộ tái định cư, trong đó 608 hộ đồng bào S'tiêng, M'nông. Trong quý I, các địa phương đã trao 412 suất quà Tết, mỗi suất 600.000 đồng; hỗ trợ 25 con bò giống cho hộ nghèo; vận động sửa chữa 6 căn nhà cho hộ tái định cư khó khăn.
Các đại biểu dự giao ban tại phường Phước Long.
Bà Thị Nghẹo, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đa Kia, cho biết xã còn 94 hộ tái định cư thiếu đất sản xuất; một số thanh niên S'tiêng có biểu hiện tham gia hoạt động tôn giáo trái pháp luật, cần tăng cường vận động. Ông Điểu Lên, Bí thư Chi bộ sóc Bom Bo, xã Phú Nghĩa, đề nghị hỗ trợ kinh phí khoảng 300 triệu đồng để khôi phục nghề dệt thổ cẩm cho phụ nữ trong sóc.
Ông Nguyễn Văn Thuận, Phó Giám đốc Công ty Thủy điện Thác Mơ, thông tin năm 2026 công ty dành 2,5 tỷ đồng cho chương trình an sinh xã hội vùng hồ, ưu tiên nhà ở, học bổng và nước sạch.
Kết luận giao ban, đồng chí Điểu Thị Huệ yêu cầu các xã, phường tiếp tục thực hiện Chỉ thị số 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong vùng đồng bào dân tộc thiểu số và về phòng ngừa hoạt động tôn giáo trái pháp luật; triển khai Kế hoạch số 21-KH/BTGDVTU ngày 20/2/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về nắm tình hình nhân dân vùng dự án. Trong quý II/2026, mỗi xã xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với phát triển sinh kế cho hộ tái định cư; các chi bộ thôn, sóc phân công đảng viên theo dõi từng hộ khó khăn.
Đồng chí cũng đề nghị Ủy ban MTTQ Việt Nam các xã, phường phối hợp với Công ty Thủy điện Thác Mơ công khai danh sách hộ được hỗ trợ, bảo đảm đúng đối tượng, tránh trùng lặp.
Theo báo cáo, sau khi bộ máy chính quyền hai cấp đi vào hoạt động, việc tiếp nhận, giải quyết thủ tục cho hộ tái định cư tại các trung tâm phục vụ hành chính công xã, phường cơ bản thuận lợi; quý I, các xã đã giải quyết 143 hồ sơ về đất đai, tăng 27% so với cùng kỳ.
Minh Trí
Tin cùng chuyên mục
- Phường Phước Long ra mắt tổ tự quản vùng hồ (20/03/2026)
- Đồng Nai: hội nghị người có uy tín năm 2026 (12/03/2026)
- Xã Bù Gia Mập tặng 200 phần quà cho hộ nghèo (05/03/2026)
""", "2026-03-27", "Giao ban quý I/2026: tập trung ổn định đời sống hộ tái định cư vùng hồ Thác Mơ",
E("giao_ban", "2026-Q1", "2026-03-26"),
[P("Điểu Thị Huệ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Nghẹo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đa Kia"),
 P("Điểu Lên", "Bí thư Chi bộ sóc Bom Bo"),
 P("Nguyễn Văn Thuận", "Phó Giám đốc Công ty Thủy điện Thác Mơ")],
[Q("1.742 hộ tái định cư", 1742, "hộ tái định cư"), Q("608 hộ đồng bào S'tiêng, M'nông", 608, "hộ đồng bào S'tiêng, M'nông"),
 Q("412 suất quà Tết", 412, "suất quà"), Q("600.000 đồng", 600000, "đồng"), Q("25 con bò giống", 25, "con bò giống"),
 Q("6 căn nhà", 6, "căn nhà"), Q("94 hộ tái định cư", 94, "hộ tái định cư"), Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"),
 Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("143 hồ sơ", 143, "hồ sơ"), Q("27%", 27, "%")],
[D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04, 05-CT/TU"),
 D("Kế hoạch", "21", "KH/BTGDVTU", "2026-02-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 21-KH/BTGDVTU ngày 20/2/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Phước Long"), com("Đa Kia"), com("Thọ Sơn"), com("Phú Nghĩa")],
["Báo Đồng Nai điện tử", "Xã hội › Dân tộc - Miền núi", "ĐNO", "Các đại biểu dự giao ban tại phường Phước Long.", "Dân vận khéo"],
["27/03/2026 - 11:40", "quý I/2026", "quý I", "quý II/2026", "năm 2026", "hai cấp"]))

PAGES.append(page("b7420-khanhhoa-tanmy-hoinghi-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA
Trang chủ - Tin hoạt động - Công tác dân tộc, tôn giáo
Ngày đăng: 10/04/2026 lúc 15:50
Ảnh: Các già làng, người có uy tín dự hội nghị.
Người có uy tín góp sức ổn định vùng tái định cư hồ chứa nước Tân Mỹ
Sáng 9/4, tại xã Lâm Sơn, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Sở Dân tộc và Tôn giáo tổ chức Hội nghị người có uy tín vùng dự án hồ chứa nước Tân Mỹ năm 2026. Dự hội nghị có đồng chí Katơr Thị Hằng, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Đàng Văn Chung, Phó Giám đốc Sở Dân tộc và Tôn giáo cùng 86 già làng, trưởng thôn, người có uy tín là đồng bào Raglai, Chăm, Cơ Ho.
Hồ chứa nước Tân Mỹ trên địa bàn tỉnh Ninh Thuận cũ, nay thuộc tỉnh Khánh Hòa, là công trình thủy lợi lớn, có dung tích khoảng 200 triệu m3. Dự án đã di dời, bố trí tái định cư cho 423 hộ dân của các xã Lâm Sơn, Phước Hà, Ninh Sơn. Từ năm 2023 đến nay, các khu tái định cư đã được đầu tư đường giao thông, lưới điện, trạm y tế; 96% số hộ đã được cấp giấy chứng nhận quyền sử dụng đất ở.
Tại hội nghị, đại biểu được thông tin về Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong vùng đồng bào dân tộc thiểu số, cùng những điểm mới về chính sách hỗ trợ sản xuất cho hộ tái định cư.
Nhiều ý kiến tâm huyết được nêu. Già làng Chamaléa Bốn, thôn Tà Lọt, xã Phước Hà, cho biết bà con Raglai đã quen nơi ở mới, nhưng ruộng lúa nước được giao ở xa, đề nghị làm thêm đường nội đồng. Ông Pinăng Văn Hùng, trưởng thôn Do, xã Lâm Sơn, kiến nghị tổ chức dạy nghề đan lát, dệt cho thanh niên để giữ nghề truyền thống. Bà Thập Thị Hạnh, người có uy tín thôn Lương Giang, đề nghị hỗ trợ nước tưới cho 40 ha đất màu ven kênh.
Phát biểu kết luận, đồng chí Katơr Thị Hằng ghi nhận vai trò của người có uy tín trong vận động bà con di dời đúng tiến độ, giữ gìn an ninh trật tự ở khu dân cư. Đồng chí đề nghị các xã tiếp thu, giải quyết kiến nghị trong tháng 5/2026; thực hiện đầy đủ chế độ cho người có uy tín, mỗi người được hỗ trợ thăm hỏi, tặng quà theo quy định.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 15 người có uy tín tiêu biểu và trao 86 phần quà, mỗi phần quà trị giá 1 triệu đồng cho các đại biểu dự hội nghị.
Theo kế hoạch, trong năm 2026, tỉnh sẽ tổ chức 3 hội nghị tương tự ở các vùng dự án thủy điện, hồ chứa khác.
Phương Linh
Xem thêm
- Khánh Hòa: đối thoại với người dân vùng dự án hồ Sông Cái (02/04/2026)
- Xã Bác Ái Tây ra mắt mô hình dân vận khéo (26/03/2026)
- Bồi dưỡng kiến thức cho người có uy tín năm 2026 (18/03/2026)
""", "2026-04-10", "Người có uy tín góp sức ổn định vùng tái định cư hồ chứa nước Tân Mỹ",
E("hoi_nghi", "2026", "2026-04-09"),
[P("Katơr Thị Hằng", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đàng Văn Chung", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Chamaléa Bốn", "Già làng"),
 P("Pinăng Văn Hùng", "trưởng thôn Do"),
 P("Thập Thị Hạnh", "người có uy tín thôn Lương Giang")],
[Q("86 già làng, trưởng thôn, người có uy tín", 86, "già làng, trưởng thôn, người có uy tín"),
 Q("khoảng 200 triệu m3", 200000000, "m3", "approx"), Q("423 hộ dân", 423, "hộ dân"), Q("96%", 96, "%"), Q("40 ha", 40, "ha"),
 Q("15 người có uy tín tiêu biểu", 15, "người có uy tín tiêu biểu"), Q("86 phần quà", 86, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("3 hội nghị", 3, "hội nghị")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Lâm Sơn"), com("Phước Hà"), com("Ninh Sơn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Trang chủ - Tin hoạt động - Công tác dân tộc, tôn giáo",
 "Ảnh: Các già làng, người có uy tín dự hội nghị."],
["Ngày đăng: 10/04/2026 lúc 15:50", "năm 2026", "năm 2023", "tháng 5/2026"]))
