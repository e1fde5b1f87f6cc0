from lib import *
PAGES = []

PAGES.append(page("b8495-hagiang-bdv-tongket-2024", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ - Chính trị - Dân vận
Thứ Sáu, 20/12/2024 - 09:30
Dân vận khéo góp sức đưa cao tốc Tuyên Quang - Hà Giang về đích mặt bằng
Ngày 19/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024 và triển khai nhiệm vụ năm 2025. Đồng chí Nông Thị Thu Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có đồng chí Triệu Thị Hồng, TUV, Chủ tịch Ủy ban MTTQ tỉnh và đồng chí Hoàng Văn Sơn, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Nông Thị Thu Hiền phát biểu kết luận hội nghị.
Điểm nhấn của năm 2024 là công tác vận động nhân dân bàn giao mặt bằng dự án đường cao tốc Tuyên Quang - Hà Giang (giai đoạn 1) đoạn qua tỉnh dài 27,5 km, đi qua huyện Bắc Quang với 7 xã, thị trấn. Tổng số hộ bị ảnh hưởng là 1.392 hộ, trong đó 241 hộ phải tái định cư. Đến nay tỉnh đã bàn giao 100% mặt bằng, chi trả hơn 430 tỷ đồng, xây dựng 6 khu tái định cư; 312 hộ tự nguyện hiến hơn 8.600 m2 đất làm đường gom, đường dân sinh.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 112, 113-KL/TU về công tác dân vận phục vụ các dự án trọng điểm và về ổn định đời sống đồng bào vùng tái định cư. Từ ngày 1/8/2024, việc bồi thường được thực hiện theo Luật Đất đai số 31/2024/QH15 của Quốc hội và Nghị định 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ; UBND tỉnh ban hành Quyết định số 2210/QĐ-UBND ngày 15/11/2023 về hỗ trợ đặc thù cho hộ mất đất sản xuất.
Năm 2024, toàn tỉnh có 4.126 mô hình "Dân vận khéo", trong đó 58 mô hình gắn với giải phóng mặt bằng; khối dân vận tiếp nhận 96 đơn thư, kiến nghị, phối hợp giải quyết 91 đơn.
Tại hội nghị, ông Ma Văn Lực, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Quang cho biết: nhiều hộ người Tày, người Dao ở xã Vĩnh Hảo, xã Hùng An đã chủ động chặt cây, tháo dỡ nhà trước thời hạn. Ông Bàn Văn Thịnh, Bí thư Chi bộ thôn Khuổi Hốc, xã Đông Thành, kể chi bộ họp liền mấy buổi tối để bàn cách vận động 23 hộ trong thôn. Bà Lục Thị Mai, Chủ tịch Ủy ban MTTQ thị trấn Việt Quang đề nghị sớm làm đường điện, nước sạch ở khu tái định cư Tân Thành.
Kết luận hội nghị, đồng chí Nông Thị Thu Hiền yêu cầu năm 2025 khối dân vận tiếp tục vận động nhân dân ủng hộ giai đoạn 2 của dự án, theo dõi sát đời sống các hộ sau tái định cư; chuẩn bị tốt cho việc sắp xếp tổ chức bộ máy, hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy theo chủ trương của Trung ương.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 35 cá nhân có thành tích xuất sắc trong công tác vận động giải phóng mặt bằng.
Lục Văn Hoàn
Tin liên quan
- Bắc Quang: bàn giao đất tái định cư cho 86 hộ dân (10/12/2024)
- Hội nghị giao ban khối dân vận quý III (08/10/2024)
- Vị Xuyên vận động nhân dân hiến đất làm đường (20/09/2024)
""", "2024-12-20", "Dân vận khéo góp sức đưa cao tốc Tuyên Quang - Hà Giang về đích mặt bằng",
E("tong_ket", "2024", "2024-12-19"),
[P("Nông Thị Thu Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Thị Hồng", "TUV", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Văn Lực", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Quang"),
 P("Bàn Văn Thịnh", "Bí thư Chi bộ thôn Khuổi Hốc"),
 P("Lục Thị Mai", "Chủ tịch Ủy ban MTTQ thị trấn Việt Quang")],
[Q("27,5 km", 27.5, "km"), Q("7 xã, thị trấn", 7, "xã, thị trấn"), Q("1.392 hộ", 1392, "hộ"), Q("241 hộ", 241, "hộ"),
 Q("100% mặt bằng", 100, "%"), Q("hơn 430 tỷ đồng", 430000000000, "đồng", "over"), Q("6 khu tái định cư", 6, "khu tái định cư"),
 Q("312 hộ", 312, "hộ"), Q("hơn 8.600 m2", 8600, "m2", "over"), Q("4.126 mô hình", 4126, "mô hình"), Q("58 mô hình", 58, "mô hình"),
 Q("96 đơn thư, kiến nghị", 96, "đơn thư, kiến nghị"), Q("91 đơn", 91, "đơn"), Q("23 hộ", 23, "hộ"),
 Q("18 tập thể", 18, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Kết luận", "112", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 112, 113-KL/TU"),
 D("Kết luận", "113", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 112, 113-KL/TU"),
 D("Luật", "31", "2024/QH15", None, "Quốc hội", "Luật Đất đai số 31/2024/QH15 của Quốc hội"),
 D("Nghị định", "88", "2024/NĐ-CP", "2024-07-15", "Chính phủ", "Nghị định 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ"),
 D("Quyết định", "2210", "QĐ-UBND", "2023-11-15", "UBND tỉnh", "Quyết định số 2210/QĐ-UBND ngày 15/11/2023")],
[prov("Hà Giang"), com("Vĩnh Hảo"), com("Hùng An"), com("Đông Thành"), com("Việt Quang")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ - Chính trị - Dân vận", "Đồng chí Nông Thị Thu Hiền phát biểu kết luận hội nghị.",
 "Dân vận khéo", "Tuyên Quang - Hà Giang", "khu tái định cư Tân Thành"],
["Thứ Sáu, 20/12/2024 - 09:30", "năm 2024", "năm 2025", "giai đoạn 1", "giai đoạn 2", "ngày 1/8/2024"]))

PAGES.append(page("b8496-angiang-bdv-soket-2024", """
Báo An Giang Online
Chính trị > Dân vận - Mặt trận
12/07/2024 | 15:45
An Giang: Hơn 96% hộ dân đã nhận tiền bồi thường cao tốc Châu Đốc - Cần Thơ - Sóc Trăng
(AGO) - Ngày 11/7, Ban Dân vận Tỉnh ủy phối hợp Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức sơ kết 6 tháng đầu năm 2024 công tác dân vận phục vụ giải phóng mặt bằng dự án đường cao tốc Châu Đốc - Cần Thơ - Sóc Trăng đoạn qua tỉnh. Đồng chí Lê Văn Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Các đại biểu tham quan khu tái định cư xã Cần Đăng.
Đoạn tuyến qua tỉnh dài khoảng 57 km, đi qua thành phố Châu Đốc, huyện Châu Phú và huyện Châu Thành, ảnh hưởng 3.102 hộ. Đến ngày 30/6, đã có hơn 96% hộ dân nhận tiền bồi thường với tổng số tiền hơn 2.300 tỷ đồng; bàn giao 98,5% mặt bằng; 4 khu tái định cư đã hoàn thành hạ tầng, bố trí 640 nền cho các hộ phải di dời.
Thực hiện Chỉ thị 24, 25-CT/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 274-KH/BDVTU của Ban Dân vận Tỉnh ủy, 6 tháng qua khối dân vận các cấp tổ chức 92 cuộc tuyên truyền, 37 cuộc đối thoại với hơn 4.100 lượt người dự. Mặt trận các cấp tiếp nhận 16 ý kiến, kiến nghị, đã chuyển cơ quan chức năng giải quyết xong 13 ý kiến. UBND tỉnh ban hành Quyết định số 1160/QĐ-UBND ngày 3/6/2024 điều chỉnh đơn giá bồi thường, theo đó đất trồng lúa ven kênh được bồi thường khoảng 320.000 đồng/m2.
Tại hội nghị, ông Trần Văn Tỷ, ĐUV, Chủ tịch Ủy ban MTTQ xã Vĩnh Châu (thành phố Châu Đốc) cho biết xã có 45 hộ đồng bào Chăm và Khmer bị ảnh hưởng; Mặt trận xã phối hợp với chức sắc tôn giáo vận động bà con đồng thuận. Bà Néang Sa Phol, Chủ tịch Hội LHPN xã Cần Đăng, chia sẻ hội viên phụ nữ đã tham gia 15 tổ tự quản, giúp các hộ di dời nhà cửa. Ông Mohamad Ali, người có uy tín ấp Khánh Hòa, thị trấn Cái Dầu, được biểu dương vì vận động 12 hộ người Chăm bàn giao mặt bằng sớm.
Bà Nguyễn Thị Mỹ Dung, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, nêu hạn chế: một số hộ ở xã Thạnh Mỹ Tây, xã Bình Phú chưa đồng thuận do giá đất ở mặt tiền đường tỉnh thấp hơn giá chuyển nhượng; việc hỗ trợ chuyển đổi nghề còn chậm.
Kết luận, đồng chí Lê Văn Phước đề nghị 6 tháng cuối năm tập trung vận động 112 hộ còn lại, giải quyết dứt điểm kiến nghị chính đáng của người dân; thực hiện đúng Luật Đất đai năm 2024 từ ngày 1/8/2024; quan tâm đời sống hộ tái định cư, nhất là hộ nghèo, hộ cận nghèo.
Thanh Tiến
Tin khác
- Châu Thành: bốc thăm nền tái định cư cao tốc (05/07/2024)
- Châu Phú đối thoại với hộ dân vùng dự án (28/06/2024)
- Mặt trận tỉnh giám sát chi trả bồi thường tại Châu Đốc (20/06/2024)
""", "2024-07-12", "An Giang: Hơn 96% hộ dân đã nhận tiền bồi thường cao tốc Châu Đốc - Cần Thơ - Sóc Trăng",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Lê Văn Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Tỷ", "ĐUV", "Chủ tịch Ủy ban MTTQ xã Vĩnh Châu"),
 P("Néang Sa Phol", "Chủ tịch Hội LHPN xã Cần Đăng"),
 P("Mohamad Ali", "người có uy tín ấp Khánh Hòa"),
 P("Nguyễn Thị Mỹ Dung", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("khoảng 57 km", 57, "km", "approx"), Q("3.102 hộ", 3102, "hộ"), Q("hơn 96% hộ dân", 96, "%", "over"),
 Q("hơn 2.300 tỷ đồng", 2300000000000, "đồng", "over"), Q("98,5% mặt bằng", 98.5, "%"), Q("4 khu tái định cư", 4, "khu tái định cư"),
 Q("640 nền", 640, "nền"), Q("92 cuộc tuyên truyền", 92, "cuộc tuyên truyền"), Q("37 cuộc đối thoại", 37, "cuộc đối thoại"),
 Q("hơn 4.100 lượt người", 4100, "lượt người", "over"), Q("16 ý kiến, kiến nghị", 16, "ý kiến, kiến nghị"), Q("13 ý kiến", 13, "ý kiến"),
 Q("khoảng 320.000 đồng/m2", 320000, "đồng", "approx"), Q("45 hộ đồng bào Chăm và Khmer", 45, "hộ đồng bào Chăm và Khmer"),
 Q("15 tổ tự quản", 15, "tổ tự quản"), Q("12 hộ người Chăm", 12, "hộ người Chăm"), Q("112 hộ", 112, "hộ")],
[D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "274", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 274-KH/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Quyết định", "1160", "QĐ-UBND", "2024-06-03", "UBND tỉnh", "Quyết định số 1160/QĐ-UBND ngày 3/6/2024")],
[prov("An Giang"), com("Cần Đăng"), com("Vĩnh Châu"), com("Cái Dầu"), com("Thạnh Mỹ Tây"), com("Bình Phú")],
["Báo An Giang Online", "Chính trị > Dân vận - Mặt trận", "(AGO)", "Các đại biểu tham quan khu tái định cư xã Cần Đăng.",
 "Châu Đốc - Cần Thơ - Sóc Trăng", "Luật Đất đai năm 2024"],
["12/07/2024 | 15:45", "6 tháng đầu năm 2024", "6 tháng qua", "6 tháng cuối năm", "ngày 30/6", "ngày 1/8/2024"]))

PAGES.append(page("b8497-lamdong-btgdv-giaoban-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Thời sự › Chính trị
Cập nhật lúc 10:10 ngày 03/04/2025
Bảo Lâm, Bảo Lộc tăng tốc giải phóng mặt bằng cao tốc Tân Phú - Bảo Lộc
(LĐ online) - Ngày 2/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức giao ban công tác dân vận quý I/2025, tập trung bàn giải pháp vận động nhân dân bàn giao mặt bằng dự án đường cao tốc Tân Phú - Bảo Lộc và Bảo Lộc - Liên Khương. Đồng chí Đặng Trí Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Bích Ngọc, K'Sơn.
Toàn cảnh buổi giao ban. Ảnh: N.Ngọc
Theo báo cáo, dự án cao tốc Tân Phú - Bảo Lộc đoạn qua tỉnh dài khoảng 51 km, đi qua huyện Đạ Huoai, huyện Bảo Lâm và thành phố Bảo Lộc, ảnh hưởng 2.150 hộ. Đến hết quý I, đã có 1.694 hộ nhận tiền, đạt hơn 78%, tổng số tiền chi trả khoảng 820 tỷ đồng. Nhiều diện tích là vườn sầu riêng, cà phê, chè đang cho thu hoạch nên người dân còn băn khoăn; mỗi cây sầu riêng kinh doanh được bồi thường khoảng 1,8 triệu đồng.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 31-CT/TU ngày 20/2/2025 về tăng cường lãnh đạo công tác giải phóng mặt bằng các dự án cao tốc. Việc bồi thường, hỗ trợ thực hiện theo Nghị định 88/2024/NĐ-CP của Chính phủ và Quyết định số 245/QĐ-UBND ngày 6/2/2025 của UBND tỉnh về giá đất cụ thể. Trong quý, khối dân vận các cấp tổ chức 95 cuộc họp dân, đối thoại; tiếp nhận 41 đơn, kiến nghị.
Ông K'Brêl, Bí thư Chi bộ thôn 5, xã Lộc Thành (huyện Bảo Lâm), cho biết thôn có 36 hộ người K'Ho bị ảnh hưởng. "Đảng viên đi trước, có đất thì giao trước. Tôi giao 2 sào chè trước rồi mới đi nói bà con", ông kể. Bà Ka Huyền, Chủ tịch Hội LHPN xã Lộc Châu, đề nghị hỗ trợ học nghề cho phụ nữ mất đất sản xuất. Đại diện xã Đại Lào và xã Phước Lộc phản ánh khó khăn trong xác định nguồn gốc đất của hộ di cư tự do.
Ông Trần Văn Hiếu, Phó Chủ tịch UBND thành phố Bảo Lộc, thông tin thành phố đang xây dựng 2 khu tái định cư với 310 lô đất, dự kiến hoàn thành trong quý III/2025.
Kết luận, đồng chí Đặng Trí Dũng yêu cầu quý II phải bàn giao cơ bản mặt bằng; kiên trì vận động, không để phát sinh điểm nóng; chuẩn bị tốt công tác dân vận trong quá trình sắp xếp đơn vị hành chính cấp tỉnh và cấp xã theo chủ trương của Trung ương.
Ngọc Ngân
Tin liên quan
- Đạ Huoai: vận động hơn 400 hộ bàn giao mặt bằng cao tốc (25/03/2025)
- Bảo Lâm đối thoại với nhân dân vùng dự án (18/03/2025)
- Hội nghị công bố thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy (20/02/2025)
""", "2025-04-03", "Bảo Lâm, Bảo Lộc tăng tốc giải phóng mặt bằng cao tốc Tân Phú - Bảo Lộc",
E("giao_ban", "2025-Q1", "2025-04-02"),
[P("Đặng Trí Dũng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bích Ngọc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Brêl", "Bí thư Chi bộ thôn 5"),
 P("Ka Huyền", "Chủ tịch Hội LHPN xã Lộc Châu"),
 P("Trần Văn Hiếu", "Phó Chủ tịch UBND thành phố Bảo Lộc")],
[Q("khoảng 51 km", 51, "km", "approx"), Q("2.150 hộ", 2150, "hộ"), Q("1.694 hộ", 1694, "hộ"), Q("hơn 78%", 78, "%", "over"),
 Q("khoảng 820 tỷ đồng", 820000000000, "đồng", "approx"), Q("khoảng 1,8 triệu đồng", 1800000, "đồng", "approx"),
 Q("95 cuộc họp dân, đối thoại", 95, "cuộc họp dân, đối thoại"), Q("41 đơn, kiến nghị", 41, "đơn, kiến nghị"),
 Q("36 hộ người K'Ho", 36, "hộ người K'Ho"), Q("2 sào chè", 2, "sào"), Q("2 khu tái định cư", 2, "khu tái định cư"),
 Q("310 lô đất", 310, "lô đất")],
[D("Chỉ thị", "31", "CT/TU", "2025-02-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31-CT/TU ngày 20/2/2025"),
 D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", "Nghị định 88/2024/NĐ-CP của Chính phủ"),
 D("Quyết định", "245", "QĐ-UBND", "2025-02-06", "UBND tỉnh", "Quyết định số 245/QĐ-UBND ngày 6/2/2025 của UBND tỉnh")],
[prov("Lâm Đồng"), com("Lộc Thành"), com("Lộc Châu"), com("Đại Lào"), com("Phước Lộc")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Thời sự › Chính trị", "(LĐ online)", "Toàn cảnh buổi giao ban. Ảnh: N.Ngọc",
 "Tân Phú - Bảo Lộc", "Bảo Lộc - Liên Khương"],
["Cập nhật lúc 10:10 ngày 03/04/2025", "quý I/2025", "quý III/2025", "quý II", "thôn 5"]))

PAGES.append(page("b8498-gialai-mttq-traoqua-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Xã hội / Mặt trận - Đoàn thể
Thứ Năm, 16/10/2025 - 07:45
Ảnh: Trao quà cho hộ dân tái định cư tại xã Đak Pơ.
Trao 200 suất quà, hỗ trợ làm nhà cho hộ dân nhường đất làm cao tốc Quy Nhơn - Pleiku
Ngày 15/10, Ủy ban MTTQ Việt Nam tỉnh Gia Lai phối hợp với Ban Quản lý dự án và các nhà tài trợ trao 200 suất quà và hỗ trợ xây dựng 12 căn nhà cho các hộ dân có hoàn cảnh khó khăn nhường đất thực hiện dự án đường cao tốc Quy Nhơn - Pleiku tại xã Đak Pơ và xã Mang Yang.
Tham dự có bà Rơ Châm H'Phin, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Nguyễn Hữu Thắng, Phó Chủ tịch UBND tỉnh và đại diện lãnh đạo Đảng ủy, UBND, Ủy ban MTTQ các xã Đak Pơ, Mang Yang, Tây Sơn, phường An Khê.
Mỗi suất quà trị giá 1,5 triệu đồng gồm tiền mặt, gạo và nhu yếu phẩm; mỗi căn nhà được hỗ trợ 60 triệu đồng. Tổng kinh phí trao tặng đợt này 1.020 triệu đồng, do các doanh nghiệp đóng góp qua Quỹ "Vì người nghèo" tỉnh.
Dự án cao tốc Quy Nhơn - Pleiku dài khoảng 125 km, là tuyến kết nối quan trọng giữa vùng biển và vùng Tây Nguyên sau khi hai tỉnh Gia Lai và Bình Định hợp nhất theo Nghị quyết số 202/2025/QH15 của Quốc hội. Đoạn qua địa bàn phía Tây tỉnh ảnh hưởng 2.860 hộ, trong đó có 1.140 hộ đồng bào Bahnar, Jrai. Đến ngày 10/10, đã có 2.415 hộ nhận tiền, bàn giao 87% mặt bằng; Ủy ban MTTQ các xã đã tổ chức 64 hội nghị đối thoại, vận động.
Ông Nguyễn Hữu Thắng cho biết, UBND tỉnh đã ban hành Quyết định số 425/QĐ-UBND ngày 22/9/2025 về chính sách hỗ trợ bổ sung, trong đó hộ phải di chuyển chỗ ở được hỗ trợ thuê nhà 4 triệu đồng/tháng và hỗ trợ ổn định đời sống trong 12 tháng. Đồng bào dân tộc thiểu số còn được lồng ghép hỗ trợ từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ.
Nhận quà, ông Đinh Văn Lưk, người có uy tín làng Bờ Ngoong, xã Mang Yang, bày tỏ: "Làng mình có 18 hộ giao đất làm đường. Nhà nước, Mặt trận lo cho chỗ ở mới, bà con rất tin tưởng". Bà Đinh Thị Yôm, Bí thư Đảng ủy xã Đak Pơ, đề nghị doanh nghiệp ưu tiên tuyển lao động địa phương vào làm việc tại công trường.
Phát biểu tại buổi trao quà, bà Rơ Châm H'Phin ghi nhận tinh thần "nhường đất cho đường" của đồng bào các dân tộc, đề nghị Ủy ban MTTQ các xã, phường tiếp tục giám sát việc chi trả, kịp thời phản ánh những vướng mắc của người dân.
Như Nguyện
Tin cùng chuyên mục
- Mặt trận tỉnh giám sát bồi thường tại phường An Khê (08/10/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ hai (30/09/2025)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo (22/09/2025)
""", "2025-10-16", "Trao 200 suất quà, hỗ trợ làm nhà cho hộ dân nhường đất làm cao tốc Quy Nhơn - Pleiku",
E("trao_qua", None, "2025-10-15"),
[P("Rơ Châm H'Phin", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Nguyễn Hữu Thắng", "Phó Chủ tịch UBND tỉnh"),
 P("Đinh Văn Lưk", "người có uy tín làng Bờ Ngoong"),
 P("Đinh Thị Yôm", "Bí thư Đảng ủy xã Đak Pơ")],
[Q("200 suất quà", 200, "suất quà"), Q("12 căn nhà", 12, "căn nhà"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("1.020 triệu đồng", 1020000000, "đồng"), Q("khoảng 125 km", 125, "km", "approx"),
 Q("2.860 hộ", 2860, "hộ"), Q("1.140 hộ đồng bào Bahnar, Jrai", 1140, "hộ đồng bào Bahnar, Jrai"), Q("2.415 hộ", 2415, "hộ"),
 Q("87% mặt bằng", 87, "%"), Q("64 hội nghị đối thoại, vận động", 64, "hội nghị đối thoại, vận động"),
 Q("4 triệu đồng/tháng", 4000000, "đồng"), Q("18 hộ", 18, "hộ")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15 của Quốc hội"),
 D("Quyết định", "425", "QĐ-UBND", "2025-09-22", "UBND tỉnh", "Quyết định số 425/QĐ-UBND ngày 22/9/2025"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Gia Lai"), prov("Bình Định"), com("Đak Pơ"), com("Mang Yang"), com("Tây Sơn"), com("An Khê")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Xã hội / Mặt trận - Đoàn thể", "Ảnh: Trao quà cho hộ dân tái định cư tại xã Đak Pơ.",
 "Quy Nhơn - Pleiku", "Vì người nghèo", "nhường đất cho đường",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Năm, 16/10/2025 - 07:45", "12 tháng", "ngày 10/10"]))

PAGES.append(page("b8499-ninhbinh-btgdv-tongket-2026", """
BÁO NINH BÌNH
Trang chủ > Chính trị > Xây dựng Đảng
09/01/2026 14:20
Hôm nay: Thứ Hai, 12/01/2026
Ninh Bình: Khối dân vận triển khai nhiệm vụ năm 2026
Ngày 8/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Trần Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự có đồng chí Phạm Văn Tiến, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025 là năm đặc biệt khi tỉnh Ninh Bình mới được thành lập trên cơ sở hợp nhất 3 tỉnh Ninh Bình, Hà Nam, Nam Định và chính quyền địa phương 2 cấp đi vào vận hành. Cùng với việc ổn định tổ chức bộ máy, khối dân vận tập trung vận động nhân dân bàn giao mặt bằng dự án đường bộ cao tốc Ninh Bình - Hải Phòng đoạn qua tỉnh dài khoảng 61 km. Đến cuối năm 2025, toàn tỉnh đã bàn giao 99,6% mặt bằng, chi trả hơn 3.100 tỷ đồng cho 4.870 hộ; xây dựng 28 khu tái định cư, di dời hơn 6.200 ngôi mộ.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 12-CTr/TU về thực hiện các dự án hạ tầng giao thông trọng điểm và Nghị quyết số 05-NQ/TU về công tác dân vận trong giai đoạn mới. UBND tỉnh ban hành Quyết định số 2190/QĐ-UBND ngày 18/9/2025 thống nhất đơn giá bồi thường trên toàn tỉnh mới. Các xã có dự án đi qua đều ban hành nghị quyết chuyên đề, như Nghị quyết chuyên đề số 09-NQ/ĐU của Đảng ủy xã Nam Trực.
Tại hội nghị, bà Vũ Thị Hạnh, Bí thư Đảng ủy xã Nam Trực cho biết, sau sắp xếp, xã có 412 hộ bị ảnh hưởng, là địa bàn nhiều hộ nhất; xã lập 9 tổ vận động do các đồng chí trong Ban Thường vụ Đảng ủy làm tổ trưởng. Ông Đỗ Văn Chiến, Chủ tịch Ủy ban MTTQ Việt Nam xã Trực Ninh, chia sẻ cách làm "3 cùng" với dân. Các đồng chí Nguyễn Văn Hòa, Trần Thị Lan - Phó Chủ tịch UBND xã Nghĩa Hưng được biểu dương vì đã giải quyết dứt điểm 27 trường hợp tranh chấp đất.
Theo báo cáo, năm 2025 khối dân vận toàn tỉnh tổ chức 1.236 cuộc họp dân, đối thoại; tiếp nhận 184 đơn thư, kiến nghị, đã giải quyết 176 đơn, đạt 95,7%. Phong trào thi đua "Dân vận khéo" có 2.410 mô hình, trong đó 132 mô hình tiêu biểu được khen thưởng.
Phát biểu chỉ đạo, đồng chí Trần Thị Thanh Hương yêu cầu năm 2026 khối dân vận tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, phục vụ tốt bầu cử đại biểu Quốc hội và HĐND các cấp; tiếp tục chăm lo đời sống 1.150 hộ tái định cư, hỗ trợ học nghề cho khoảng 2.000 lao động mất đất sản xuất.
Hải Yến
Tin liên quan
- Xã Xuân Hưng bàn giao đất tái định cư cao tốc (30/12/2025)
- Hội nghị giao ban khối dân vận quý IV năm 2025 (15/12/2025)
- Tỉnh Ninh Bình sau 6 tháng vận hành chính quyền 2 cấp (01/12/2025)
""", "2026-01-09", "Ninh Bình: Khối dân vận triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Trần Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Tiến", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vũ Thị Hạnh", "Bí thư Đảng ủy xã Nam Trực"),
 P("Đỗ Văn Chiến", "Chủ tịch Ủy ban MTTQ Việt Nam xã Trực Ninh"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch UBND xã Nghĩa Hưng"),
 P("Trần Thị Lan", "Phó Chủ tịch UBND xã Nghĩa Hưng")],
[Q("3 tỉnh", 3, "tỉnh"), Q("khoảng 61 km", 61, "km", "approx"), Q("99,6% mặt bằng", 99.6, "%"),
 Q("hơn 3.100 tỷ đồng", 3100000000000, "đồng", "over"), Q("4.870 hộ", 4870, "hộ"), Q("28 khu tái định cư", 28, "khu tái định cư"),
 Q("hơn 6.200 ngôi mộ", 6200, "ngôi mộ", "over"), Q("412 hộ", 412, "hộ"), Q("9 tổ vận động", 9, "tổ vận động"),
 Q("27 trường hợp", 27, "trường hợp"), Q("1.236 cuộc họp dân, đối thoại", 1236, "cuộc họp dân, đối thoại"),
 Q("184 đơn thư, kiến nghị", 184, "đơn thư, kiến nghị"), Q("176 đơn", 176, "đơn"), Q("95,7%", 95.7, "%"),
 Q("2.410 mô hình", 2410, "mô hình"), Q("132 mô hình tiêu biểu", 132, "mô hình tiêu biểu"),
 Q("1.150 hộ tái định cư", 1150, "hộ tái định cư"), Q("khoảng 2.000 lao động", 2000, "lao động", "approx")],
[D("Chương trình hành động", "12", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 05-NQ/TU"),
 D("Quyết định", "2190", "QĐ-UBND", "2025-09-18", "UBND tỉnh", "Quyết định số 2190/QĐ-UBND ngày 18/9/2025"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã Nam Trực", "Nghị quyết chuyên đề số 09-NQ/ĐU của Đảng ủy xã Nam Trực")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Nam Trực"), com("Trực Ninh"), com("Nghĩa Hưng")],
["BÁO NINH BÌNH", "Trang chủ > Chính trị > Xây dựng Đảng", "Hôm nay: Thứ Hai, 12/01/2026", "Dân vận khéo", "3 cùng",
 "Ninh Bình - Hải Phòng", "Nghị quyết Đại hội XIV"],
["09/01/2026 14:20", "Hôm nay: Thứ Hai, 12/01/2026", "năm 2025", "năm 2026", "3 cùng", "2 cấp", "Đại hội XIV"]))

PAGES.append(page("b8500-quangtri-daguyxa-doithoai-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ
Chính trị | Xã hội | Kinh tế | Quốc phòng - An ninh
19 tháng 3, 2026 | 08:00
Hướng Phùng: Bí thư, Chủ tịch xã đối thoại với nhân dân vùng dự án cao tốc Cam Lộ - Lao Bảo
Ngày 18/3, Đảng ủy, UBND xã Hướng Phùng tổ chức hội nghị đối thoại năm 2026 giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân các thôn có dự án đường cao tốc Cam Lộ - Lao Bảo đi qua.
Người dân thôn Cheng nêu ý kiến tại hội nghị đối thoại.
Chủ trì hội nghị có đồng chí Hồ Văn Nhân, Bí thư Đảng ủy xã và đồng chí Lê Quang Vinh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có bà Hồ Thị Pai, Chủ tịch Ủy ban MTTQ Việt Nam xã; đại diện Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh và hơn 180 người dân.
Hội nghị được tổ chức theo Kế hoạch số 18-KH/ĐU của Đảng ủy xã. Theo báo cáo, đoạn tuyến qua xã Hướng Phùng dài khoảng 11 km, thu hồi hơn 62 ha đất của 356 hộ, phần lớn là đồng bào Vân Kiều, Pa Kô; có 48 hộ phải di dời nhà ở. Đến nay xã đã chi trả hơn 94 tỷ đồng cho 301 hộ, đạt 84,5%; đã bàn giao 78% mặt bằng.
Tại hội nghị, 21 ý kiến được nêu. Ông Kăn Sương, người có uy tín thôn A Xóc, xã Hướng Phùng, đề nghị bố trí khu tái định cư gần rẫy để bà con thuận tiện sản xuất. Bà Hồ Thị Nguyệt (thôn Cheng) hỏi về mức hỗ trợ cây cà phê, chuối đang cho thu hoạch; ông Hồ Văn Liên (thôn Hướng Choa) phản ánh đường đi vào rẫy bị đường công vụ cắt ngang.
Trả lời ý kiến, Chủ tịch UBND xã Lê Quang Vinh cho biết đơn giá bồi thường thực hiện theo Nghị định số 88/2024/NĐ-CP của Chính phủ và Quyết định số 512/QĐ-UBND ngày 2/3/2026 của UBND tỉnh, mỗi khóm chuối đang cho quả được bồi thường 180.000 đồng; hộ phải di dời được hỗ trợ thuê nhà 3 triệu đồng/tháng. Khu tái định cư thôn Cheng rộng 8,5 ha với 60 lô đất, dự kiến hoàn thành trong quý III. Xã đã kiến nghị nhà thầu làm 4 đường ngang dân sinh.
Phát biểu kết luận, đồng chí Hồ Văn Nhân khẳng định mọi ý kiến của nhân dân đều được ghi nhận, giải quyết công khai; giao Ủy ban MTTQ xã giám sát việc kiểm đếm, chi trả. Đồng chí mong bà con tiếp tục đồng thuận để dự án cao tốc Cam Lộ - Lao Bảo sớm hoàn thành, mở ra cơ hội phát triển cho vùng miền Tây của tỉnh Quảng Trị.
Bà Hồ Thị Pai cho biết, Mặt trận xã đã phân công mỗi thành viên Ban công tác Mặt trận thôn theo dõi khoảng 7 hộ, kịp thời nắm tâm tư, hướng dẫn bà con làm hồ sơ nhận tiền, gửi tiết kiệm an toàn, tránh tiêu xài lãng phí.
Cùng ngày, Ủy ban MTTQ xã Lao Bảo và xã Khe Sanh cũng tổ chức họp dân, tuyên truyền chính sách bồi thường cho người dân vùng dự án.
Hồ Nguyên
Tin liên quan
- Xã Cam Lộ bàn giao 100% mặt bằng cao tốc (10/03/2026)
- Đakrông: vận động đồng bào Pa Kô di dời nhà ở (02/03/2026)
- Hội nghị tiếp xúc cử tri trước bầu cử (25/02/2026)
""", "2026-03-19", "Hướng Phùng: Bí thư, Chủ tịch xã đối thoại với nhân dân vùng dự án cao tốc Cam Lộ - Lao Bảo",
E("doi_thoai", "2026", "2026-03-18"),
[P("Hồ Văn Nhân", "Bí thư Đảng ủy xã"),
 P("Lê Quang Vinh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Hồ Thị Pai", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kăn Sương", "người có uy tín thôn A Xóc"),
 P("Hồ Thị Nguyệt"), P("Hồ Văn Liên")],
[Q("hơn 180 người dân", 180, "người dân", "over"), Q("khoảng 11 km", 11, "km", "approx"), Q("hơn 62 ha", 62, "ha", "over"),
 Q("356 hộ", 356, "hộ"), Q("48 hộ", 48, "hộ"), Q("hơn 94 tỷ đồng", 94000000000, "đồng", "over"), Q("301 hộ", 301, "hộ"),
 Q("84,5%", 84.5, "%"), Q("78% mặt bằng", 78, "%"), Q("21 ý kiến", 21, "ý kiến"), Q("180.000 đồng", 180000, "đồng"),
 Q("3 triệu đồng/tháng", 3000000, "đồng"), Q("8,5 ha", 8.5, "ha"), Q("60 lô đất", 60, "lô đất"),
 Q("4 đường ngang dân sinh", 4, "đường ngang dân sinh"), Q("khoảng 7 hộ", 7, "hộ", "approx")],
[D("Kế hoạch", "18", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU của Đảng ủy xã"),
 D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2024/NĐ-CP của Chính phủ"),
 D("Quyết định", "512", "QĐ-UBND", "2026-03-02", "UBND tỉnh", "Quyết định số 512/QĐ-UBND ngày 2/3/2026 của UBND tỉnh")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Lao Bảo"), com("Khe Sanh")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ", "Chính trị | Xã hội | Kinh tế | Quốc phòng - An ninh",
 "Người dân thôn Cheng nêu ý kiến tại hội nghị đối thoại.", "Cam Lộ - Lao Bảo"],
["19 tháng 3, 2026 | 08:00", "năm 2026", "quý III"]))
