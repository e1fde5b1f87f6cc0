from lib import *
PAGES = []

PAGES.append(page("b7961-cantho-bdvtu-hemantoan-soket-2023", """
BAN DÂN VẬN THÀNH ỦY CẦN THƠ
Trang chủ | Hoạt động | Dân vận chính quyền
08:15 | 14/07/2023
Sơ kết mô hình "Tuyến hẻm an toàn giao thông, sáng - xanh - sạch"
Ngày 13/7/2023, Ban Dân vận Thành ủy Cần Thơ phối hợp Ủy ban MTTQ Việt Nam thành phố và Ban An toàn giao thông thành phố tổ chức hội nghị sơ kết công tác vận động nhân dân tham gia bảo đảm trật tự an toàn giao thông 6 tháng đầu năm 2023, đánh giá mô hình "Tuyến hẻm an toàn giao thông, sáng - xanh - sạch".
Các đại biểu dự hội nghị sơ kết. Ảnh: Mỹ Linh
Chủ trì hội nghị có đồng chí Nguyễn Thị Thanh Tâm, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy, Chủ tịch Hội Nông dân thành phố và đồng chí Lâm Văn Lực, Ủy viên Ban Thường vụ, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố.
Theo báo cáo, thực hiện Kế hoạch số 118-KH/BDVTU của Ban Dân vận Thành ủy và Chỉ thị 06, 07-CT/TU của Ban Thường vụ Thành ủy, 6 tháng qua, các phường, xã đã xây dựng mới 57 tuyến hẻm an toàn giao thông, nâng tổng số lên 429 tuyến. Nhân dân đóng góp trên 12,5 tỷ đồng, hiến 1.840 m2 đất, tự tháo dỡ 315 mái che, bục bệ lấn chiếm để nâng cấp, chỉnh trang hẻm; lắp 2.260 bóng đèn và 148 camera an ninh. Có 86% số hộ dọc các tuyến hẻm ký cam kết không lấn chiếm lòng lề đường.
6 tháng đầu năm, tai nạn giao thông trên địa bàn thành phố giảm cả 3 tiêu chí; số vụ giảm 12,4%, số người chết giảm 9 người so với cùng kỳ.
Tại hội nghị, đồng chí Trương Thị Kim Phượng, Bí thư Chi bộ khu vực 4, phường An Khánh, chia sẻ cách huy động người dân cùng góp tiền làm hẻm: "Chi bộ bàn, nhân dân quyết, mỗi hộ góp ít nhiều tùy điều kiện, hộ khó khăn góp ngày công". Đồng chí Danh Thị Sa Quyên, Trưởng ban công tác Mặt trận khu vực Thới Thạnh, phường Thới An, cho biết khu vực có 63 hộ đồng bào Khmer, bà con đã cùng nhau làm 2 tuyến hẻm dài 860 m.
Các đồng chí Phó Chủ tịch UBND quận: Huỳnh Văn Hậu (quận Ninh Kiều), Lê Thanh Bình (quận Ô Môn) nêu khó khăn về quỹ đất, đề nghị thành phố hỗ trợ vật tư theo cơ chế "Nhà nước và nhân dân cùng làm".
Phát biểu kết luận, đồng chí Nguyễn Thị Thanh Tâm đề nghị các cấp tiếp tục thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị, phấn đấu đến cuối năm 2023 mỗi phường có từ 5 tuyến hẻm an toàn giao thông trở lên; biểu dương 31 tập thể, 45 cá nhân tiêu biểu.
Mỹ Linh
Tin liên quan
- Phong Điền ra mắt tuyến đường hoa tự quản (30/06/2023)
- Hội nghị giao ban công tác dân vận quý II/2023 (26/06/2023)
- Ninh Kiều: vận động người dân hiến đất mở hẻm 12 (05/06/2023)
""", "2023-07-14", 'Sơ kết mô hình "Tuyến hẻm an toàn giao thông, sáng - xanh - sạch"',
E("so_ket", "2023-H1", "2023-07-13"),
[P("Nguyễn Thị Thanh Tâm", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy", "Chủ tịch Hội Nông dân thành phố"),
 P("Lâm Văn Lực", "Ủy viên Ban Thường vụ", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Thị Kim Phượng", "Bí thư Chi bộ khu vực 4"),
 P("Danh Thị Sa Quyên", "Trưởng ban công tác Mặt trận khu vực Thới Thạnh"),
 P("Huỳnh Văn Hậu", "Phó Chủ tịch UBND quận"), P("Lê Thanh Bình", "Phó Chủ tịch UBND quận")],
[Q("57 tuyến hẻm an toàn giao thông", 57, "tuyến hẻm an toàn giao thông"), Q("429 tuyến", 429, "tuyến"),
 Q("trên 12,5 tỷ đồng", 12500000000, "đồng", "over"), Q("1.840 m2", 1840, "m2"), Q("315 mái che, bục bệ", 315, "mái che, bục bệ"),
 Q("2.260 bóng đèn", 2260, "bóng đèn"), Q("148 camera an ninh", 148, "camera an ninh"), Q("86%", 86, "%"),
 Q("12,4%", 12.4, "%"), Q("9 người", 9, "người"), Q("63 hộ đồng bào Khmer", 63, "hộ đồng bào Khmer"),
 Q("2 tuyến hẻm", 2, "tuyến hẻm"), Q("860 m", 860, "m"),
 Q("từ 5 tuyến hẻm an toàn giao thông trở lên", 5, "tuyến hẻm an toàn giao thông", "over"),
 Q("31 tập thể", 31, "tập thể"), Q("45 cá nhân tiêu biểu", 45, "cá nhân tiêu biểu")],
[D("Kế hoạch", "118", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "Kế hoạch số 118-KH/BDVTU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW")],
[prov("Cần Thơ"), com("An Khánh"), com("Thới An")],
["BAN DÂN VẬN THÀNH ỦY CẦN THƠ", "Trang chủ | Hoạt động | Dân vận chính quyền", "Các đại biểu dự hội nghị sơ kết. Ảnh: Mỹ Linh",
 "Tuyến hẻm an toàn giao thông, sáng - xanh - sạch", "Chi bộ bàn, nhân dân quyết", "Nhà nước và nhân dân cùng làm",
 "Quy chế công tác dân vận của hệ thống chính trị"],
["08:15 | 14/07/2023", "6 tháng đầu năm 2023", "6 tháng qua", "6 tháng đầu năm", "3 tiêu chí", "khu vực 4", "cuối năm 2023"]))

PAGES.append(page("b7962-quangninh-tinhdoan-taphuan-tnxk-2023", """
TỈNH ĐOÀN QUẢNG NINH
Trang chủ › Tin tức › Phong trào thanh niên
Ngày 16/08/2023 | 09:15
Tập huấn kỹ năng cho 180 đội viên thanh niên tình nguyện tham gia giữ gìn trật tự an toàn giao thông
Trong 2 ngày 14 - 15/8, Tỉnh đoàn Quảng Ninh phối hợp Phòng Cảnh sát giao thông Công an tỉnh tổ chức lớp tập huấn nghiệp vụ năm 2023 cho 180 đội viên của 42 đội thanh niên tình nguyện tham gia giữ gìn trật tự an toàn giao thông đến từ 13 huyện, thị xã, thành phố.
Đội viên thực hành hướng dẫn phân luồng giao thông tại nút giao Cột 3.
Dự lớp tập huấn có các đồng chí: Vi Ngọc Hải, Phó Bí thư Thường trực Tỉnh đoàn; Trung tá Nịnh Văn Thắng, Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh; Chìu Thị Mai, Phó Chánh Văn phòng Ban An toàn giao thông tỉnh.
Các học viên được truyền đạt những điểm mới của Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông trong tình hình mới; Nghị định số 100/2019/NĐ-CP, Nghị định số 123/2021/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực giao thông. Ngày thứ hai, học viên thực hành kỹ năng ra tín hiệu điều khiển giao thông, sơ cấp cứu người bị nạn, phối hợp lực lượng chức năng tại các điểm ùn tắc vào giờ cao điểm và dịp nghỉ lễ ở các khu du lịch Bãi Cháy, Tuần Châu, Vân Đồn.
Theo Tỉnh đoàn, 7 tháng đầu năm 2023, các đội thanh niên tình nguyện đã tham gia 1.650 ca trực, hỗ trợ phân luồng trên 240 lượt tại các điểm nóng, giúp đỡ khoảng 3.000 người đi đường; các cơ sở Đoàn ra quân xóa 520 biển quảng cáo rao vặt, phát quang 37 km hành lang đường giao thông nông thôn. Mô hình "Tuyến đường thanh niên tự quản" được duy trì với 164 tuyến.
Đồng chí Vi Ngọc Hải đề nghị sau tập huấn, các đội viên trở thành tuyên truyền viên tích cực, vận động thanh niên không sử dụng rượu bia khi lái xe, không đua xe trái phép. Anh Triệu Văn Sinh, Đội trưởng Đội thanh niên tình nguyện xã Đồng Văn, huyện Bình Liêu, cho biết đội có 12 thành viên người Dao, Sán Chỉ, thường xuyên hỗ trợ bà con qua đèo vào mùa mưa bão.
Kết thúc lớp tập huấn, Tỉnh đoàn trao 42 bộ áo phản quang, gậy chỉ huy giao thông và còi cho các đội; mỗi bộ trị giá khoảng 1,5 triệu đồng, do Quỹ bảo hiểm xe cơ giới tài trợ.
Việc tập huấn nằm trong Kế hoạch số 145-KH/TĐTN-TNXH của Ban Thường vụ Tỉnh đoàn thực hiện Năm an toàn giao thông 2023 với chủ đề "Văn hóa giao thông vì an toàn của mỗi người".
Thu Hằng
Xem thêm
- Tuổi trẻ Hạ Long ra quân "Ngày Chủ nhật xanh" (10/08/2023)
- Ra mắt 15 tuyến đường thanh niên tự quản tại Tiên Yên (28/07/2023)
- Hội thi tìm hiểu Luật Giao thông đường bộ cho đoàn viên (12/07/2023)
""", "2023-08-16", "Tập huấn kỹ năng cho 180 đội viên thanh niên tình nguyện tham gia giữ gìn trật tự an toàn giao thông",
E("tap_huan", "2023", "2023-08-14"),
[P("Vi Ngọc Hải", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Nịnh Văn Thắng", "Trung tá", "Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh"),
 P("Chìu Thị Mai", "Phó Chánh Văn phòng Ban An toàn giao thông tỉnh"),
 P("Triệu Văn Sinh", "Đội trưởng Đội thanh niên tình nguyện xã Đồng Văn")],
[Q("180 đội viên", 180, "đội viên"), Q("42 đội thanh niên tình nguyện", 42, "đội thanh niên tình nguyện"),
 Q("13 huyện, thị xã, thành phố", 13, "huyện, thị xã, thành phố"), Q("1.650 ca trực", 1650, "ca trực"),
 Q("trên 240 lượt", 240, "lượt", "over"), Q("khoảng 3.000 người đi đường", 3000, "người đi đường", "approx"),
 Q("520 biển quảng cáo rao vặt", 520, "biển quảng cáo rao vặt"), Q("37 km", 37, "km"), Q("164 tuyến", 164, "tuyến"),
 Q("12 thành viên người Dao, Sán Chỉ", 12, "thành viên người Dao, Sán Chỉ"), Q("42 bộ áo phản quang, gậy chỉ huy giao thông và còi", 42, "bộ áo phản quang, gậy chỉ huy giao thông và còi"),
 Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx")],
[D("Chỉ thị", "23", "CT/TW", "2023-05-25", "Ban Bí thư", "Chỉ thị số 23-CT/TW ngày 25/5/2023"),
 D("Nghị định", "100", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 100/2019/NĐ-CP"),
 D("Nghị định", "123", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 123/2021/NĐ-CP"),
 D("Kế hoạch", "145", "KH/TĐTN-TNXH", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 145-KH/TĐTN-TNXH")],
[prov("Quảng Ninh"), com("Đồng Văn")],
["TỈNH ĐOÀN QUẢNG NINH", "Trang chủ › Tin tức › Phong trào thanh niên", "Đội viên thực hành hướng dẫn phân luồng giao thông tại nút giao Cột 3.",
 "Tuyến đường thanh niên tự quản", "Văn hóa giao thông vì an toàn của mỗi người", "Năm an toàn giao thông 2023"],
["Ngày 16/08/2023 | 09:15", "2 ngày", "năm 2023", "7 tháng đầu năm 2023", "Ngày thứ hai", "Cột 3"]))

PAGES.append(page("b7963-kontum-mttq-mubaohiem-traoqua-2024", """
BÁO KON TUM ĐIỆN TỬ
Thời sự > Xã hội
Thứ Ba, 12/03/2024 - 06:00
Đồng chí A Pớt trao mũ bảo hiểm cho học sinh xã Đăk Nên.
Trao 1.200 mũ bảo hiểm và 350 xe đạp cho học sinh huyện Kon Plông
Ngày 11/3, Ủy ban MTTQ Việt Nam tỉnh Kon Tum phối hợp Ban An toàn giao thông tỉnh và Chi nhánh Ngân hàng Nông nghiệp và Phát triển Nông thôn tỉnh tổ chức trao 1.200 mũ bảo hiểm và 350 xe đạp cho học sinh các xã Đăk Nên, Đăk Ring, Măng Cành (huyện Kon Plông). Tổng trị giá quà tặng hơn 730 triệu đồng.
Dự lễ trao tặng có các đồng chí: A Pớt, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Y Nhiên, Phó Chủ tịch Hội LHPN tỉnh; lãnh đạo UBND huyện Kon Plông, Ban Dân vận Huyện ủy và già làng, người có uy tín trong các thôn.
Phát biểu tại buổi lễ, đồng chí A Pớt cho biết: Kon Plông là huyện miền núi đặc biệt khó khăn với trên 90% dân số là đồng bào Xơ Đăng, Mơ Nâm, Hrê. Nhiều em học sinh nhà cách trường 7 - 10 km, đường đèo dốc, quanh co; trong năm 2023 trên địa bàn huyện xảy ra 9 vụ tai nạn giao thông, làm chết 6 người, trong đó có 2 học sinh. Món quà hôm nay không chỉ giúp các em đến trường thuận lợi hơn mà còn nhắc nhở các gia đình luôn đội mũ bảo hiểm cho con em khi tham gia giao thông.
Mỗi chiếc xe đạp trị giá 1,6 triệu đồng; mũ bảo hiểm đạt chuẩn trị giá 140.000 đồng/chiếc. Trước khi nhận quà, các em được cán bộ Công an huyện hướng dẫn đội mũ đúng cách, đi xe đạp an toàn trên đường đèo, nhận biết 20 biển báo giao thông thường gặp.
Thay mặt phụ huynh, già làng A Hưng, thôn Kon Chênh, xã Măng Cành, cảm ơn Mặt trận và các nhà hảo tâm, hứa vận động bà con trong thôn không để trẻ em dưới 16 tuổi đi xe máy, không uống rượu rồi lái xe. Em Y Thảo Vi, học sinh lớp 8 Trường PTDT bán trú THCS Đăk Ring, xúc động: "Có xe đạp, em không phải đi bộ gần 2 giờ mỗi sáng nữa".
Theo Ủy ban MTTQ Việt Nam tỉnh, từ năm 2021 đến nay, Mặt trận các cấp đã vận động trao tặng trên 9.000 mũ bảo hiểm và 1.450 xe đạp cho học sinh vùng đồng bào dân tộc thiểu số. Thực hiện Kế hoạch số 47/KH-MTTQ-BTT và Chương trình phối hợp số 05/CTrPH giữa Ủy ban MTTQ Việt Nam tỉnh với Ban An toàn giao thông tỉnh, năm 2024 Mặt trận sẽ vận động thêm khoảng 2.000 mũ bảo hiểm, tập trung cho các huyện Tu Mơ Rông, Đăk Glei, Ia H'Drai.
Cũng trong chiều 11/3, đoàn đã đến thăm, tặng 30 suất quà cho các hộ nghèo ở thôn Kon Chênh, mỗi suất gồm gạo, dầu ăn, mì chính trị giá 500.000 đồng.
Thanh Như
Tin khác
- Kon Tum ra quân Năm an toàn giao thông 2024 (26/02/2024)
- Trao 500 suất quà Tết cho hộ nghèo Tu Mơ Rông (02/02/2024)
- Ra mắt "Cổng trường an toàn giao thông" tại Đăk Hà (15/01/2024)
""", "2024-03-12", "Trao 1.200 mũ bảo hiểm và 350 xe đạp cho học sinh huyện Kon Plông",
E("trao_qua", None, "2024-03-11"),
[P("A Pớt", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Nhiên", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("A Hưng", "già làng"),
 P("Y Thảo Vi", "học sinh lớp 8 Trường PTDT bán trú THCS Đăk Ring")],
[Q("1.200 mũ bảo hiểm", 1200, "mũ bảo hiểm"), Q("350 xe đạp", 350, "xe đạp"),
 Q("hơn 730 triệu đồng", 730000000, "đồng", "over"), Q("trên 90%", 90, "%", "over"), Q("7 - 10 km", 7, "km", "approx"),
 Q("9 vụ tai nạn giao thông", 9, "vụ tai nạn giao thông"), Q("6 người", 6, "người"), Q("2 học sinh", 2, "học sinh"),
 Q("1,6 triệu đồng", 1600000, "đồng"), Q("140.000 đồng/chiếc", 140000, "đồng"), Q("20 biển báo giao thông", 20, "biển báo giao thông"),
 Q("trên 9.000 mũ bảo hiểm", 9000, "mũ bảo hiểm", "over"), Q("1.450 xe đạp", 1450, "xe đạp"),
 Q("khoảng 2.000 mũ bảo hiểm", 2000, "mũ bảo hiểm", "approx"), Q("30 suất quà", 30, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "47", "KH-MTTQ-BTT", None, None, "Kế hoạch số 47/KH-MTTQ-BTT"),
 D("Chương trình phối hợp", "05", "CTrPH", None, "Ủy ban MTTQ Việt Nam tỉnh với Ban An toàn giao thông tỉnh", "Chương trình phối hợp số 05/CTrPH")],
[prov("Kon Tum"), com("Đăk Nên"), com("Đăk Ring"), com("Măng Cành")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự > Xã hội", "Đồng chí A Pớt trao mũ bảo hiểm cho học sinh xã Đăk Nên.",
 "Chi nhánh Ngân hàng Nông nghiệp và Phát triển Nông thôn tỉnh", "Trường PTDT bán trú THCS Đăk Ring"],
["Thứ Ba, 12/03/2024 - 06:00", "năm 2023", "dưới 16 tuổi", "gần 2 giờ", "lớp 8", "năm 2021", "năm 2024"]))

PAGES.append(page("b7964-dongthap-bdv-atgt-tongket-2024", """
ĐẢNG BỘ TỈNH ĐỒNG THÁP - TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY
Trang chủ / Tin tức - Sự kiện / Hoạt động Ban Dân vận
Thứ Sáu, 27/12/2024 - 17:05
Toàn cảnh hội nghị.
Đồng Tháp: Khối dân vận tổng kết 5 năm phong trào "Dân vận khéo" trong xây dựng văn hóa giao thông và công tác năm 2024
Chiều 26/12/2024, Ban Dân vận Tỉnh ủy Đồng Tháp tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025; đồng thời đánh giá phong trào "Dân vận khéo" trong xây dựng văn hóa giao thông. Đồng chí Lê Thị Thu Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận 08, 09-KL/TU về công tác dân vận chính quyền và về vận động nhân dân tham gia bảo đảm trật tự an toàn giao thông; ban hành Hướng dẫn số 21-HD/BDVTU về xây dựng mô hình "Tuyến đường tự quản không rác, không lấn chiếm". Toàn tỉnh hiện có 1.264 mô hình "Dân vận khéo", trong đó 218 mô hình về an toàn giao thông, trật tự đô thị; 612 tuyến đường hoa, đường tự quản với tổng chiều dài gần 940 km.
Nhân dân đã hiến trên 52.000 m2 đất, đóng góp hơn 96 tỷ đồng và 48.000 ngày công xây dựng 116 cây cầu bê tông nông thôn, nâng cấp 347 km đường giao thông. Tai nạn giao thông năm 2024 giảm 14 vụ, giảm 11 người chết so với năm 2023.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Hòa, Trần Thị Bé Tư, Đoàn Minh Tâm lần lượt báo cáo các chuyên đề: dân vận chính quyền; công tác tôn giáo; công tác dân tộc và người có uy tín.
Tại hội nghị, đồng chí Phan Văn Thắng, HUV, Phó Chủ tịch UBND huyện Tháp Mười, cho biết huyện đã vận động 1.046 hộ tháo dỡ nhà, công trình lấn chiếm kênh rạch, hành lang đường bộ để mở rộng đường tỉnh ĐT.845. Ông Võ Văn Chín, Bí thư Chi bộ kiêm Trưởng ấp Mỹ Đông, xã Mỹ Hòa, chia sẻ cách vận động bà con ấp góp tiền làm cây cầu bê tông dài 42 m chỉ trong 3 tháng.
Phát biểu kết luận, đồng chí Lê Thị Thu Hồng đề nghị năm 2025 khối dân vận tập trung thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư về công tác bảo đảm trật tự, an toàn giao thông trong tình hình mới; tuyên truyền Luật Trật tự, an toàn giao thông đường bộ có hiệu lực từ ngày 01/01/2025; chuẩn bị tốt cho đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 24 tập thể, 36 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2024.
Hữu Phúc
Tin liên quan
- Tuyên dương 100 mô hình "Dân vận khéo" tiêu biểu giai đoạn 2020 - 2024 (10/12/2024)
- Hội nghị giao ban khối dân vận quý III/2024 (01/10/2024)
- Lai Vung ra mắt tuyến đường "Phụ nữ tự quản" (18/09/2024)
""", "2024-12-27", 'Đồng Tháp: Khối dân vận tổng kết 5 năm phong trào "Dân vận khéo" trong xây dựng văn hóa giao thông và công tác năm 2024',
E("tong_ket", "2024", "2024-12-26"),
[P("Lê Thị Thu Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trần Thị Bé Tư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Minh Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Thắng", "HUV", "Phó Chủ tịch UBND huyện Tháp Mười"),
 P("Võ Văn Chín", "Bí thư Chi bộ kiêm Trưởng ấp Mỹ Đông")],
[Q("1.264 mô hình", 1264, "mô hình"), Q("218 mô hình", 218, "mô hình"), Q("612 tuyến đường hoa, đường tự quản", 612, "tuyến đường hoa, đường tự quản"),
 Q("gần 940 km", 940, "km", "approx"), Q("trên 52.000 m2", 52000, "m2", "over"), Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("48.000 ngày công", 48000, "ngày công"), Q("116 cây cầu bê tông nông thôn", 116, "cây cầu bê tông nông thôn"),
 Q("347 km", 347, "km"), Q("14 vụ", 14, "vụ"), Q("11 người chết", 11, "người"), Q("1.046 hộ", 1046, "hộ"),
 Q("42 m", 42, "m"), Q("24 tập thể", 24, "tập thể"), Q("36 cá nhân", 36, "cá nhân")],
[D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU"),
 D("Chỉ thị", "23", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 23-CT/TW")],
[prov("Đồng Tháp"), com("Mỹ Hòa")],
["ĐẢNG BỘ TỈNH ĐỒNG THÁP - TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY", "Trang chủ / Tin tức - Sự kiện / Hoạt động Ban Dân vận",
 "Toàn cảnh hội nghị.", "Dân vận khéo", "Tuyến đường tự quản không rác, không lấn chiếm", "Luật Trật tự, an toàn giao thông đường bộ"],
["Thứ Sáu, 27/12/2024 - 17:05", "5 năm", "năm 2024", "năm 2025", "Năm 2024", "năm 2023", "3 tháng", "ngày 01/01/2025",
 "nhiệm kỳ 2025 - 2030", "ĐT.845"]))

PAGES.append(page("b7965-phutho-bdv-giaoban-q1-2025", """
BAN DÂN VẬN TỈNH ỦY PHÚ THỌ
Trang chủ > Tin tức > Hoạt động khối dân vận
11/04/2025 - 10:05
Khối dân vận giao ban quý I: vận động nhân dân chấp hành quy định mới về trật tự, an toàn giao thông
Sáng 10/4, Ban Dân vận Tỉnh ủy Phú Thọ tổ chức hội nghị giao ban công tác dân vận quý I/2025. Đồng chí Đinh Công Sứ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì. Dự có lãnh đạo Ban Dân vận các huyện, thành, thị ủy, đảng ủy trực thuộc và các đồng chí trong khối dân vận tỉnh.
Đồng chí Đinh Công Sứ phát biểu kết luận hội nghị.
Theo báo cáo, quý I, khối dân vận các cấp đã tập trung tuyên truyền Luật Trật tự, an toàn giao thông đường bộ và Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông trong lĩnh vực giao thông đường bộ; tổ chức 1.870 hội nghị, buổi sinh hoạt tại khu dân cư với trên 96.000 lượt người tham dự. Ban Dân vận Tỉnh ủy ban hành Công văn số 412-CV/BDVTU và Hướng dẫn 15, 16-HD/BDVTU về vận động đoàn viên, hội viên gương mẫu chấp hành pháp luật giao thông, "đã uống rượu bia thì không lái xe".
Nhờ sự vào cuộc đồng bộ, trong quý I toàn tỉnh xảy ra 38 vụ tai nạn giao thông, làm chết 27 người, bị thương 19 người; so với cùng kỳ năm 2024 giảm 17 vụ (giảm 30,9%), giảm 12 người chết. Số trường hợp vi phạm nồng độ cồn bị phát hiện giảm khoảng 40%. Đặc biệt, dịp Tết Nguyên đán Ất Tỵ và mùa lễ hội Đền Hùng, nhiều khu dân cư ở vùng đồng bào Mường đã đưa nội dung "không lái xe sau khi uống rượu" vào hương ước, quy ước.
Các đồng chí Hà Văn Thàng, Bùi Thị Loan - Phó Trưởng Ban Dân vận Tỉnh ủy báo cáo kết quả khảo sát tại 12 xã vùng đồng bào dân tộc thiểu số. Tại hội nghị, đồng chí Đinh Thị Xuyến, HUV, Trưởng Ban Dân vận Huyện ủy Tân Sơn, cho biết huyện đã vận động 64 khu dân cư ký giao ước thi đua; đồng chí Nguyễn Văn Quang, Bí thư Đảng ủy xã Thạch Kiệt, phản ánh một số hộ kinh doanh ăn uống lo ngại giảm khách nên chưa đồng tình.
Hội nghị cũng thông tin về chủ trương sắp xếp đơn vị hành chính theo Kết luận 127, 130-KL/TW của Bộ Chính trị, Ban Bí thư; đề nghị khối dân vận nắm chắc tâm tư, nguyện vọng của cán bộ, nhân dân.
Kết luận hội nghị, đồng chí Đinh Công Sứ đề nghị quý II tiếp tục duy trì 2.146 tuyến đường tự quản, "Khu dân cư an toàn giao thông"; làm tốt công tác vận động nhân dân trong sắp xếp bộ máy, đơn vị hành chính; chuẩn bị tổng kết 10 năm thực hiện Quy chế dân vận. Mỗi huyện, thành, thị phấn đấu có ít nhất 3 mô hình "Dân vận khéo" mới về an toàn giao thông.
Minh Hằng
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban công tác tháng 2/2025 (04/03/2025)
- Tổng kết công tác dân vận năm 2024 (20/12/2024)
- Thanh Sơn: 1.200 hộ ký cam kết "Đã uống rượu bia thì không lái xe" (10/12/2024)
""", "2025-04-11", "Khối dân vận giao ban quý I: vận động nhân dân chấp hành quy định mới về trật tự, an toàn giao thông",
E("giao_ban", "2025-Q1", "2025-04-10"),
[P("Đinh Công Sứ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Thàng", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Bùi Thị Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Xuyến", "HUV", "Trưởng Ban Dân vận Huyện ủy Tân Sơn"),
 P("Nguyễn Văn Quang", "Bí thư Đảng ủy xã Thạch Kiệt")],
[Q("1.870 hội nghị, buổi sinh hoạt", 1870, "hội nghị, buổi sinh hoạt"), Q("trên 96.000 lượt người", 96000, "lượt người", "over"),
 Q("38 vụ tai nạn giao thông", 38, "vụ tai nạn giao thông"), Q("27 người", 27, "người"), Q("19 người", 19, "người"),
 Q("17 vụ", 17, "vụ"), Q("30,9%", 30.9, "%"), Q("12 người chết", 12, "người"), Q("khoảng 40%", 40, "%", "approx"),
 Q("12 xã vùng đồng bào dân tộc thiểu số", 12, "xã vùng đồng bào dân tộc thiểu số"), Q("64 khu dân cư", 64, "khu dân cư"),
 Q("2.146 tuyến đường tự quản", 2146, "tuyến đường tự quản"), Q("ít nhất 3 mô hình", 3, "mô hình", "over")],
[D("Nghị định", "168", "2024/NĐ-CP", "2024-12-26", "Chính phủ", "Nghị định số 168/2024/NĐ-CP ngày 26/12/2024"),
 D("Công văn", "412", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 412-CV/BDVTU"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 15, 16-HD/BDVTU"),
 D("Hướng dẫn", "16", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 15, 16-HD/BDVTU"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 130-KL/TW"),
 D("Kết luận", "130", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 130-KL/TW")],
[prov("Phú Thọ"), com("Thạch Kiệt")],
["BAN DÂN VẬN TỈNH ỦY PHÚ THỌ", "Trang chủ > Tin tức > Hoạt động khối dân vận", "Đồng chí Đinh Công Sứ phát biểu kết luận hội nghị.",
 "Luật Trật tự, an toàn giao thông đường bộ", "đã uống rượu bia thì không lái xe", "không lái xe sau khi uống rượu",
 "Khu dân cư an toàn giao thông", "Dân vận khéo", "Quy chế dân vận"],
["11/04/2025 - 10:05", "quý I/2025", "quý I", "năm 2024", "Tết Nguyên đán Ất Tỵ", "quý II", "10 năm"]))

PAGES.append(page("b7966-tuyenquang-mttq-giamsat-nd168-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ » Giám sát, phản biện xã hội
Thứ Sáu, 22/08/2025 | 16:30
Giám sát việc bảo đảm trật tự, an toàn giao thông trên các tuyến đèo, dốc vùng cao
Từ ngày 18 đến 21/8/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do đồng chí Vàng Seo Chá, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc thực hiện pháp luật về trật tự, an toàn giao thông đường bộ năm 2025 tại UBND các xã Quản Bạ, Tùng Vài, Lũng Cú và phường Hà Giang 1.
Đoàn giám sát kiểm tra hệ thống biển báo trên đèo Bắc Sum, xã Tùng Vài.
Đây là cuộc giám sát chuyên đề đầu tiên sau khi tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, chính quyền địa phương vận hành theo mô hình hai cấp từ ngày 01/7/2025. Cuộc giám sát được tiến hành theo Kế hoạch số 08/KH-MTTQ-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhằm đánh giá việc thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư và Nghị định số 168/2024/NĐ-CP của Chính phủ ở cơ sở.
Tham gia đoàn có các đồng chí: Lù Thị Dín, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; Ma Văn Khuyến, Phó Chánh Văn phòng Ủy ban MTTQ Việt Nam tỉnh; đại diện Công an tỉnh, Sở Xây dựng.
Qua giám sát cho thấy, 4 xã, phường đã thành lập Ban An toàn giao thông cấp xã sau sắp xếp, kiện toàn 27 tổ tự quản với 216 thành viên; duy trì 35 tuyến đường tự quản, trong đó 11 tuyến trên quốc lộ 4C thường xuyên có khách du lịch đi xe máy. 7 tháng đầu năm 2025, trên địa bàn 4 xã, phường xảy ra 13 vụ tai nạn giao thông, làm chết 8 người, chủ yếu là xe máy mất lái khi xuống đèo; trong đó 5 vụ liên quan người nước ngoài thuê xe máy tự lái.
Đoàn cũng chỉ ra hạn chế: còn 18 điểm cua gắt thiếu gương cầu lồi; cán bộ xã mới sắp xếp chưa quen nhiệm vụ; kinh phí cho tổ tự quản còn khó khăn. Ông Sùng Mí Páo, Tổ trưởng tổ tự quản thôn Lùng Tám Cao, xã Quản Bạ, đề nghị trang bị đèn pin, áo phản quang và hỗ trợ khoảng 300.000 đồng mỗi tháng cho tổ viên trực đêm.
Bà Hoàng Thị Quyên, Chủ tịch UBND xã Tùng Vài, tiếp thu ý kiến và cho biết xã sẽ phối hợp các cơ sở cho thuê xe máy ký cam kết, yêu cầu khách có giấy phép lái xe hợp lệ.
Kết luận, đồng chí Vàng Seo Chá đề nghị UBND các xã, phường rà soát, lắp đặt bổ sung biển báo, gương cầu lồi tại các điểm nguy hiểm trước mùa du lịch cuối năm; phát huy vai trò người có uy tín, trưởng thôn trong tuyên truyền bằng tiếng Mông, tiếng Dao. Kết quả giám sát sẽ được báo cáo Ban Thường trực và kiến nghị UBND tỉnh trong tháng 9/2025.
Mai Thông
Tin liên quan
- Ra mắt Ủy ban MTTQ Việt Nam các xã, phường sau sắp xếp (05/07/2025)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ nhất (02/07/2025)
- Phản biện dự thảo quy định về hỗ trợ tổ tự quản an ninh trật tự (20/06/2025)
""", "2025-08-22", "Giám sát việc bảo đảm trật tự, an toàn giao thông trên các tuyến đèo, dốc vùng cao",
E("giam_sat", "2025", "2025-08-18"),
[P("Vàng Seo Chá", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lù Thị Dín", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Văn Khuyến", "Phó Chánh Văn phòng Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Páo", "Tổ trưởng tổ tự quản thôn Lùng Tám Cao"),
 P("Hoàng Thị Quyên", "Chủ tịch UBND xã Tùng Vài")],
[Q("4 xã, phường", 4, "xã, phường"), Q("27 tổ tự quản", 27, "tổ tự quản"), Q("216 thành viên", 216, "thành viên"),
 Q("35 tuyến đường tự quản", 35, "tuyến đường tự quản"), Q("11 tuyến", 11, "tuyến"),
 Q("13 vụ tai nạn giao thông", 13, "vụ tai nạn giao thông"), Q("8 người", 8, "người"), Q("5 vụ", 5, "vụ"),
 Q("18 điểm cua gắt", 18, "điểm cua gắt"), Q("khoảng 300.000 đồng", 300000, "đồng", "approx")],
[D("Kế hoạch", "08", "KH-MTTQ-BTT", "2025-07-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 08/KH-MTTQ-BTT ngày 15/7/2025"),
 D("Chỉ thị", "23", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 23-CT/TW"),
 D("Nghị định", "168", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 168/2024/NĐ-CP")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Quản Bạ"), com("Tùng Vài"), com("Lũng Cú"), com("Hà Giang 1")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ » Giám sát, phản biện xã hội",
 "Đoàn giám sát kiểm tra hệ thống biển báo trên đèo Bắc Sum, xã Tùng Vài."],
["Thứ Sáu, 22/08/2025 | 16:30", "năm 2025", "ngày 01/7/2025", "quốc lộ 4C", "7 tháng đầu năm 2025", "tháng 9/2025", "hai cấp", "Hà Giang 1"]))
