from lib import *
PAGES = []

PAGES.append(page("b6233-thuathienhue-bdv-hoiquan-hoinghi-2023", """
BÁO THỪA THIÊN HUẾ ONLINE
Chính trị | Dân vận | Tôn giáo
Thứ Năm, 09/03/2023 - 16:40
Ảnh: Quang cảnh hội nghị gặp mặt.
Gìn giữ giá trị văn hóa các hội quán người Hoa ở Huế
Chiều 8/3, Ban Dân vận Tỉnh ủy Thừa Thiên Huế phối hợp Ban Tôn giáo Sở Nội vụ tổ chức hội nghị gặp mặt ban trị sự các hội quán, chùa của người Hoa năm 2023. Đồng chí Hồ Thị Ngọc Sương, TUV, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì; dự có bà Hồ Thị Thu Hà, Trưởng Ban Tôn giáo Sở Nội vụ cùng 86 đại biểu.
Theo báo cáo, tỉnh hiện có khoảng 1.100 người Hoa, sống tập trung ở phường Gia Hội, phường Đông Ba; có 7 hội quán, chùa của người Hoa gồm các hội quán Quảng Đông, Triều Châu, Phúc Kiến, Hải Nam và chùa Bà. Năm 2022, ban trị sự các hội quán đã vận động 1,5 tỷ đồng để tu bổ 6 di tích, trao trên 200 suất học bổng và 450 phần quà cho hộ khó khăn, người cao tuổi; 95% hộ người Hoa đạt danh hiệu gia đình văn hóa.
Thực hiện Chỉ thị 62-CT/TW của Bộ Chính trị và Kế hoạch số 152-KH/BDVTU ngày 20/2/2023 của Ban Dân vận Tỉnh ủy, các hội quán đã tổ chức lễ vía Thiên Hậu, Tết Nguyên tiêu trang trọng, an toàn với hơn 5.000 lượt người tham dự. Ban Tôn giáo Sở Nội vụ đã hướng dẫn 7/7 cơ sở đăng ký hoạt động tín ngưỡng năm 2023 theo Nghị định số 162/2017/NĐ-CP của Chính phủ.
Tại hội nghị, các ông Trần Hữu Ân, Vương Khải Đức, Lê Chí Thiện - Phó Trưởng ban Liên lạc người Hoa tỉnh đề nghị tỉnh hỗ trợ lập hồ sơ xếp hạng di tích cho Hội quán Hải Nam, đồng thời mở lớp dạy tiếng Quảng Đông cho thanh thiếu niên. Ông Châu Vĩnh Khang, Trưởng ban trị sự Hội quán Triều Châu, phản ánh mái ngói chính điện bị dột sau mùa mưa bão, cần kinh phí sửa chữa khoảng 600 triệu đồng. Bà Hoàng Thị Mỹ Lan, Chủ tịch Ủy ban MTTQ Việt Nam phường Gia Hội, cho biết phường đã đưa 2 hội quán vào tuyến du lịch đêm của phố cổ.
Phát biểu kết luận, đồng chí Hồ Thị Ngọc Sương ghi nhận những đóng góp của cộng đồng người Hoa; đề nghị các ban trị sự tiếp tục thực hiện Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận và Nghị quyết 31, 32-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển văn hóa, du lịch di sản; tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí giao Phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy tổng hợp 9 kiến nghị gửi các sở, ngành.
Dịp này, Ban Dân vận Tỉnh ủy tặng 7 lẵng hoa và 7 phần quà chúc mừng các hội quán, mỗi phần trị giá 2 triệu đồng.
Minh Thảo
Tin liên quan
- Lễ vía Thiên Hậu tại Hội quán Quảng Đông (15/02/2023)
- Ban Dân vận Tỉnh ủy giao ban quý I năm 2023 (03/03/2023)
- Gặp mặt chức sắc các tôn giáo dịp Tết Quý Mão (10/01/2023)
- Phố cổ Gia Hội đón khách dịp Tết (25/01/2023)
""", "2023-03-09", "Gìn giữ giá trị văn hóa các hội quán người Hoa ở Huế",
E("hoi_nghi", "2023", "2023-03-08"),
[P("Hồ Thị Ngọc Sương", "TUV", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Thu Hà", "Trưởng Ban Tôn giáo Sở Nội vụ"),
 P("Trần Hữu Ân", "Phó Trưởng ban Liên lạc người Hoa tỉnh"),
 P("Vương Khải Đức", "Phó Trưởng ban Liên lạc người Hoa tỉnh"),
 P("Lê Chí Thiện", "Phó Trưởng ban Liên lạc người Hoa tỉnh"),
 P("Châu Vĩnh Khang", "Trưởng ban trị sự Hội quán Triều Châu"),
 P("Hoàng Thị Mỹ Lan", "Chủ tịch Ủy ban MTTQ Việt Nam phường Gia Hội")],
[Q("86 đại biểu", 86, "đại biểu"), Q("khoảng 1.100 người Hoa", 1100, "người Hoa", "approx"), Q("7 hội quán, chùa", 7, "hội quán, chùa"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("6 di tích", 6, "di tích"), Q("trên 200 suất học bổng", 200, "suất học bổng", "over"),
 Q("450 phần quà", 450, "phần quà"), Q("95%", 95, "%"), Q("hơn 5.000 lượt người", 5000, "lượt người", "over"),
 Q("7/7 cơ sở", 7, "cơ sở"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"), Q("2 hội quán", 2, "hội quán"),
 Q("9 kiến nghị", 9, "kiến nghị"), Q("7 lẵng hoa", 7, "lẵng hoa"), Q("7 phần quà", 7, "phần quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Kế hoạch", "152", "KH/BDVTU", "2023-02-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 152-KH/BDVTU ngày 20/2/2023"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW"),
 D("Nghị quyết", "31", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 31, 32-NQ/TU"),
 D("Nghị quyết", "32", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 31, 32-NQ/TU")],
[prov("Thừa Thiên Huế"), com("Gia Hội"), com("Đông Ba")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Chính trị | Dân vận | Tôn giáo", "Ảnh: Quang cảnh hội nghị gặp mặt.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Hội quán Hải Nam", "Phòng Dân tộc - Tôn giáo"],
["Thứ Năm, 09/03/2023 - 16:40", "năm 2023", "Năm 2022"]))

PAGES.append(page("b6234-angiang-mttq-tuongte-traoqua-2023", """
Báo An Giang Online
Trang chủ / Xã hội / Nhân ái
2023-12-20 16:40
Trao 300 phần quà cho hộ khó khăn ở Long Xuyên
Sáng 19/12, Ủy ban MTTQ Việt Nam tỉnh An Giang phối hợp Hội Tương tế người Hoa thành phố Long Xuyên tổ chức thăm, trao 300 phần quà cho hộ nghèo, hộ có hoàn cảnh khó khăn trên địa bàn các phường Mỹ Long, Mỹ Bình. Mỗi phần quà gồm gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá 150 triệu đồng.
Bà Châu Ngọc Diễm trao quà cho người dân phường Mỹ Long.
Đến dự có bà Châu Ngọc Diễm, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; ông Quan Thiện Nhân, Chủ tịch Hội Tương tế người Hoa thành phố Long Xuyên; ông Lý Tấn Phong, Phó Chủ tịch UBND thành phố.
Theo ông Quan Thiện Nhân, thành phố có khoảng 12.000 người Hoa, phần lớn buôn bán, kinh doanh dịch vụ. Hội Tương tế hiện có 1.650 hội viên, sinh hoạt tại Hội quán Triều Châu và miếu Quan Thánh. Giai đoạn 2018 - 2023, Hội đã vận động hơn 9 tỷ đồng làm từ thiện, xây 48 căn nhà đại đoàn kết, hỗ trợ khám chữa bệnh miễn phí cho khoảng 7.500 lượt người.
Năm nay, thực hiện Kế hoạch 97, 98/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động, chăm lo Tết cho người nghèo và đồng bào dân tộc thiểu số, Hội đã phối hợp với Mặt trận các phường rà soát danh sách, ưu tiên 62 hộ đồng bào Khmer, Chăm và 40 người cao tuổi neo đơn.
Phát biểu tại buổi trao quà, bà Châu Ngọc Diễm ghi nhận sự đồng hành của cộng đồng người Hoa với Quỹ "Vì người nghèo" các cấp; đề nghị Hội tiếp tục thực hiện Chỉ thị 62-CT/TW của Bộ Chính trị về công tác người Hoa, tham gia thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Cùng ngày, đoàn đến thăm xã Hòa Bình Thạnh, trao 50 phần quà, mỗi phần 500.000 đồng, cho hộ nghèo người Chăm. Ông Haji Sa Lây, người có uy tín ấp Hòa Long, cảm ơn sự quan tâm của Mặt trận và Hội Tương tế. Bà Néang Sa Ly, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Bình Thạnh, cho biết toàn xã còn 76 hộ nghèo, trong đó 31 hộ là đồng bào dân tộc thiểu số.
Ông Lý Tấn Phong cho biết, thành phố đặt mục tiêu đến Tết Nguyên đán Giáp Thìn không dưới 2.000 hộ khó khăn được nhận quà; các tổ chức thiện nguyện người Hoa cam kết đóng góp ít nhất 1 tỷ đồng.
Hạnh Châu
Tin liên quan
- Châu Đốc: hội quán người Hoa trao 150 suất học bổng (10/11/2023)
- Ra mắt mô hình "Tổ tự quản người Hoa" ở Mỹ Bình (22/10/2023)
- Ủy ban MTTQ tỉnh bàn giao nhà đại đoàn kết (05/10/2023)
- Lễ vía Quan Thánh Đế Quân tại Long Xuyên (08/08/2023)
""", "2023-12-20", "Trao 300 phần quà cho hộ khó khăn ở Long Xuyên",
E("trao_qua", None, "2023-12-19"),
[P("Châu Ngọc Diễm", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quan Thiện Nhân", "Chủ tịch Hội Tương tế người Hoa thành phố Long Xuyên"),
 P("Lý Tấn Phong", "Phó Chủ tịch UBND thành phố"),
 P("Haji Sa Lây", "người có uy tín ấp Hòa Long"),
 P("Néang Sa Ly", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Bình Thạnh")],
[Q("300 phần quà", 300, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("khoảng 12.000 người Hoa", 12000, "người Hoa", "approx"), Q("1.650 hội viên", 1650, "hội viên"),
 Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"), Q("48 căn nhà đại đoàn kết", 48, "căn nhà đại đoàn kết"),
 Q("khoảng 7.500 lượt người", 7500, "lượt người", "approx"), Q("62 hộ đồng bào Khmer, Chăm", 62, "hộ đồng bào Khmer, Chăm"),
 Q("40 người cao tuổi", 40, "người cao tuổi"), Q("50 phần quà", 50, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("76 hộ nghèo", 76, "hộ nghèo"), Q("31 hộ", 31, "hộ"), Q("không dưới 2.000 hộ khó khăn", 2000, "hộ khó khăn", "over"),
 Q("ít nhất 1 tỷ đồng", 1000000000, "đồng", "over")],
[D("Kế hoạch", "97", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 97, 98/KH-MTTQ-BTT"),
 D("Kế hoạch", "98", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 97, 98/KH-MTTQ-BTT"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("An Giang"), com("Mỹ Long"), com("Mỹ Bình"), com("Hòa Bình Thạnh")],
["Báo An Giang Online", "Trang chủ / Xã hội / Nhân ái", "Bà Châu Ngọc Diễm trao quà cho người dân phường Mỹ Long.",
 "Vì người nghèo", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Hội quán Triều Châu"],
["2023-12-20 16:40", "Giai đoạn 2018 - 2023", "Giáp Thìn"]))

PAGES.append(page("b6235-gialai-bllnguoihoa-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
You are here: Trang chủ > Tin tức > Công tác dân tộc
27/12/2024 06:00
Đồng chí Rơ Châm H'Nhung tặng giấy khen cho các tập thể.
Cộng đồng người Hoa Gia Lai đóng góp hơn 2 tỷ đồng cho an sinh xã hội
Ngày 25/12/2024, Ban Liên lạc người Hoa tỉnh Gia Lai tổ chức hội nghị tổng kết hoạt động năm 2024, triển khai phương hướng năm 2025. Dự hội nghị có đồng chí Rơ Châm H'Nhung, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Siu Ly, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 74 đại biểu.
Năm 2024, cộng đồng khoảng 3.200 người Hoa trên địa bàn tỉnh, chủ yếu ở thành phố Pleiku và thị xã An Khê, đã đóng góp hơn 2 tỷ đồng cho các hoạt động an sinh xã hội: trao 520 suất quà cho hộ nghèo người Jrai, Bahnar; hỗ trợ xây 4 căn nhà đại đoàn kết, mỗi căn 60 triệu đồng; tặng 180 xe đạp cho học sinh. Ban Liên lạc có 9 chi hội với 612 hội viên, kết nạp 35 hội viên mới.
Ông Khưu Thành Đạt, Trưởng Ban Liên lạc người Hoa tỉnh, cho biết năm qua Ban thực hiện Quy chế phối hợp số 04-QC/BDVTU ngày 10/3/2023 của Ban Dân vận Tỉnh ủy về phối hợp nắm tình hình, vận động đồng bào Hoa; tuyên truyền Chương trình hành động số 27-CTr/TU ngày 5/4/2022 của Tỉnh ủy về công tác dân tộc. Miếu Quan Âm và Hội quán người Hoa ở phường Hội Thương được tu bổ với kinh phí khoảng 850 triệu đồng.
Các đồng chí Phó Chủ tịch Ban Liên lạc: Tiêu Gia Hào, Trịnh Mỹ Phụng báo cáo tham luận về mô hình "Gia đình người Hoa văn hóa, hiếu học" ở phường Diên Hồng, với 126 hộ tham gia. Ông Rơ Mah Blứt, người có uy tín làng Ia Lang, xã Ia Kênh, chia sẻ về tình đoàn kết giữa bà con Jrai với các hộ người Hoa kinh doanh cà phê trong vùng.
Phát biểu tại hội nghị, đồng chí Rơ Châm H'Nhung đề nghị năm 2025 Ban Liên lạc tiếp tục thực hiện Chỉ thị 62-CT/TW của Bộ Chính trị, Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc; tham gia góp ý dự thảo văn kiện đại hội đảng bộ các cấp; không để kẻ xấu lợi dụng vấn đề dân tộc gây mất ổn định.
Năm 2025, Ban Liên lạc đặt mục tiêu phát triển thêm 2 chi hội ở các huyện Chư Sê, Đak Đoa, vận động khoảng 2,5 tỷ đồng cho quỹ an sinh và duy trì 100% hội viên tham gia sinh hoạt định kỳ.
Dịp này, Ban Liên lạc tặng giấy khen cho 6 tập thể và 15 cá nhân tiêu biểu; trao 30 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh người Hoa, người Jrai đạt thành tích cao.
Bài, ảnh: Hồng Thi
Lượt xem: 632
Tin liên quan
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2024 (20/12/2024)
- Pleiku: tổ chức Tết Trung thu cho thiếu nhi người Hoa (16/09/2024)
- An Khê ra mắt chi hội người Hoa (08/08/2024)
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm (12/07/2024)
""", "2024-12-27", "Cộng đồng người Hoa Gia Lai đóng góp hơn 2 tỷ đồng cho an sinh xã hội",
E("tong_ket", "2024", "2024-12-25"),
[P("Rơ Châm H'Nhung", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Siu Ly", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Khưu Thành Đạt", "Trưởng Ban Liên lạc người Hoa tỉnh"),
 P("Tiêu Gia Hào", "Phó Chủ tịch Ban Liên lạc"),
 P("Trịnh Mỹ Phụng", "Phó Chủ tịch Ban Liên lạc"),
 P("Rơ Mah Blứt", "người có uy tín làng Ia Lang")],
[Q("74 đại biểu", 74, "đại biểu"), Q("khoảng 3.200 người Hoa", 3200, "người Hoa", "approx"),
 Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over"), Q("520 suất quà", 520, "suất quà"),
 Q("4 căn nhà đại đoàn kết", 4, "căn nhà đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("180 xe đạp", 180, "xe đạp"),
 Q("9 chi hội", 9, "chi hội"), Q("612 hội viên", 612, "hội viên"), Q("35 hội viên mới", 35, "hội viên mới"),
 Q("khoảng 850 triệu đồng", 850000000, "đồng", "approx"), Q("126 hộ", 126, "hộ"), Q("6 tập thể", 6, "tập thể"), Q("2 chi hội", 2, "chi hội"), Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu"), Q("30 suất học bổng", 30, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quy chế phối hợp", "04", "QC/BDVTU", "2023-03-10", "Ban Dân vận Tỉnh ủy", "Quy chế phối hợp số 04-QC/BDVTU ngày 10/3/2023"),
 D("Chương trình hành động", "27", "CTr/TU", "2022-04-05", "Tỉnh ủy", "Chương trình hành động số 27-CTr/TU ngày 5/4/2022"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019")],
[prov("Gia Lai"), com("Hội Thương"), com("Diên Hồng"), com("Ia Kênh")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "You are here: Trang chủ > Tin tức > Công tác dân tộc", "Đồng chí Rơ Châm H'Nhung tặng giấy khen cho các tập thể.",
 "Gia đình người Hoa văn hóa, hiếu học", "Miếu Quan Âm", "Lượt xem: 632"],
["27/12/2024 06:00", "năm 2024", "năm 2025", "Năm 2024", "Lượt xem: 632"]))

PAGES.append(page("b6236-camau-tranvanthoi-bdvhu-soket-2024", """
BAN DÂN VẬN HUYỆN ỦY TRẦN VĂN THỜI
Trang chủ - Tin hoạt động - Dân vận các cấp
Cập nhật lúc 17:20 ngày 12/07/2024
Quang cảnh hội nghị sơ kết.
Trần Văn Thời: vận động ngư dân người Hoa chung tay gỡ "thẻ vàng"
Sáng 11/7, Ban Dân vận Huyện ủy Trần Văn Thời, tỉnh Cà Mau tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Tăng Thị Bích Vân, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Theo báo cáo, 6 tháng qua khối dân vận tập trung tuyên truyền Chỉ thị số 32-CT/TW ngày 10/4/2024 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định; Kế hoạch 78, 79-KH/HU của Ban Thường vụ Huyện ủy. Thị trấn Sông Đốc có khoảng 4.300 người Hoa, nhiều hộ làm nghề biển, sở hữu 412 tàu cá; đến nay 100% tàu cá đã lắp thiết bị giám sát hành trình, 1.215 ngư dân ký cam kết không vi phạm vùng biển nước ngoài.
Các ban quản trị miếu Thiên Hậu, miếu Ông Bổn ở Sông Đốc phối hợp tổ chức 14 buổi tuyên truyền tại các lễ vía với trên 2.600 lượt người nghe. Ông Diệp Văn Thạnh, Trưởng ban quản trị miếu Thiên Hậu khóm 9, vận động 23 hộ chủ tàu người Hoa đóng góp 186 triệu đồng lập quỹ hỗ trợ ngư dân gặp rủi ro trên biển.
Tại hội nghị, đồng chí Lư Quốc Tuấn, Phó Bí thư Thường trực Đảng ủy thị trấn Sông Đốc, đề nghị huyện hỗ trợ kinh phí lắp camera giám sát ở cảng cá; ông Danh Hoàng Thái, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Hải, nêu khó khăn trong vận động các hộ Khmer chuyển đổi nghề; bà Thạch Thị Sa Huôl, Phó Chủ tịch Hội LHPN huyện, giới thiệu mô hình "Vợ ngư dân nói không với IUU" với 47 thành viên.
Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Huỳnh Thanh Liêm, Quách Ngọc Bảo đã giải trình các kiến nghị. 6 tháng qua, khối dân vận đã tiếp 38 lượt công dân, nhận 11 đơn thư, giải quyết 9 đơn, đạt 81,8%.
Cũng trong 6 tháng, Ủy ban MTTQ Việt Nam huyện phối hợp các hội quán trao 260 phần quà cho gia đình ngư dân khó khăn, mỗi phần trị giá 400.000 đồng; hỗ trợ 3 hộ có tàu bị chìm sửa chữa phương tiện.
Kết luận hội nghị, đồng chí Tăng Thị Bích Vân yêu cầu 6 tháng cuối năm tiếp tục thực hiện Nghị định số 37/2024/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực thủy sản; phát huy vai trò ban quản trị các miếu, hội quán người Hoa; phấn đấu không có tàu cá của huyện bị nước ngoài bắt giữ.
Ngọc Hân
Tin liên quan
- Sông Đốc: ra mắt tổ tự quản ngư dân người Hoa (20/06/2024)
- Hội nghị giao ban khối dân vận quý II (28/06/2024)
- Khánh Hải vận động 40 hộ hiến đất làm đường (14/05/2024)
- Lễ vía Bà Thiên Hậu ở Sông Đốc (02/05/2024)
""", "2024-07-12", "Trần Văn Thời: vận động ngư dân người Hoa chung tay gỡ \"thẻ vàng\"",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Tăng Thị Bích Vân", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Diệp Văn Thạnh", "Trưởng ban quản trị miếu Thiên Hậu khóm 9"),
 P("Lư Quốc Tuấn", "Phó Bí thư Thường trực Đảng ủy thị trấn Sông Đốc"),
 P("Danh Hoàng Thái", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Hải"),
 P("Thạch Thị Sa Huôl", "Phó Chủ tịch Hội LHPN huyện"),
 P("Huỳnh Thanh Liêm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Quách Ngọc Bảo", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("khoảng 4.300 người Hoa", 4300, "người Hoa", "approx"), Q("412 tàu cá", 412, "tàu cá"), Q("100%", 100, "%"),
 Q("1.215 ngư dân", 1215, "ngư dân"), Q("14 buổi tuyên truyền", 14, "buổi tuyên truyền"),
 Q("trên 2.600 lượt người", 2600, "lượt người", "over"), Q("23 hộ chủ tàu", 23, "hộ chủ tàu"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("47 thành viên", 47, "thành viên"), Q("38 lượt công dân", 38, "lượt công dân"),
 Q("11 đơn thư", 11, "đơn thư"), Q("9 đơn", 9, "đơn"), Q("81,8%", 81.8, "%"), Q("260 phần quà", 260, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("3 hộ", 3, "hộ")],
[D("Chỉ thị", "32", "CT/TW", "2024-04-10", "Ban Bí thư", "Chỉ thị số 32-CT/TW ngày 10/4/2024"),
 D("Kế hoạch", "78", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 78, 79-KH/HU"),
 D("Kế hoạch", "79", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 78, 79-KH/HU"),
 D("Nghị định", "37", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 37/2024/NĐ-CP")],
[prov("Cà Mau"), com("Sông Đốc"), com("Khánh Hải")],
["BAN DÂN VẬN HUYỆN ỦY TRẦN VĂN THỜI", "Trang chủ - Tin hoạt động - Dân vận các cấp", "Quang cảnh hội nghị sơ kết.",
 "Vợ ngư dân nói không với IUU", "thẻ vàng"],
["Cập nhật lúc 17:20 ngày 12/07/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm", "6 tháng qua", "khóm 9"]))

PAGES.append(page("b6237-tayninh-btgdv-nguoihoa-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TÂY NINH
Trang chủ > Dân vận > Dân tộc - Tôn giáo
Hôm nay: Thứ Sáu, 10/10/2025
Thứ Tư, 08/10/2025 - 09:15
Các đại biểu dự buổi giao ban.
Tây Ninh: giao ban công tác dân tộc, tôn giáo quý III năm 2025
Ngày 7/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tây Ninh tổ chức giao ban công tác dân tộc, tôn giáo quý III năm 2025 với Ban Dân tộc và Tôn giáo tỉnh, Ban Liên lạc người Hoa và ban quản trị các hội quán. Đồng chí Phan Thị Ngọc Trinh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đây là cuộc giao ban đầu tiên sau khi tỉnh Tây Ninh mới được thành lập trên cơ sở hợp nhất tỉnh Tây Ninh và tỉnh Long An. Theo báo cáo, toàn tỉnh có khoảng 15.000 người Hoa, sống tập trung ở các phường Long An, Tân An, Tân Ninh và xã Cần Giuộc; có 24 hội quán, miếu do người Hoa quản lý. Quý III, các hội quán đã tổ chức Tết Trung thu cho khoảng 3.000 thiếu nhi, trao 640 phần quà, tổng trị giá gần 400 triệu đồng.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã ban hành Kế hoạch số 15-KH/BTGDVTU ngày 2/7/2025 về nắm tình hình dân tộc, tôn giáo sau sắp xếp đơn vị hành chính; tuyên truyền Nghị quyết số 60-NQ/TW ngày 12/4/2025 của BCH Trung ương và Chỉ thị 62-CT/TW của Bộ Chính trị. Qua nắm tình hình, 96% ý kiến người Hoa được khảo sát đồng tình với việc sắp xếp bộ máy.
Tại buổi giao ban, đồng chí Lâm Hữu Trí, Trưởng phòng Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, báo cáo việc rà soát 52 người có uy tín; các ông Quách Chí Bảo, Diệp Bá Long, Từ Thiện Đức - Ủy viên Ban Liên lạc người Hoa tỉnh đề nghị sớm cập nhật địa chỉ mới của các hội quán trên giấy chứng nhận quyền sử dụng đất. Bà Trần Thị Hồng Nga, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Long An, cho biết phường đã vận động 18 hộ người Hoa tham gia mô hình "Tuyến phố văn minh".
Ông Mạch Gia Vinh, Trưởng ban quản trị Hội quán Phước Kiến, phản ánh việc tổ chức lễ vía năm 2026 cần được hướng dẫn sớm vì chính quyền cấp xã mới thay đổi đầu mối. Đồng chí Phan Thị Ngọc Trinh đề nghị Ban Dân tộc và Tôn giáo tỉnh ban hành văn bản hướng dẫn trước ngày 30/11/2025.
Kết luận, đồng chí Phan Thị Ngọc Trinh yêu cầu quý IV tập trung nắm tình hình dư luận xã hội, chuẩn bị gặp mặt ít nhất 100 người có uy tín dịp cuối năm; hướng dẫn ban quản trị hội quán thực hiện Nghị định số 95/2023/NĐ-CP của Chính phủ.
Thu Hà
Tin liên quan
- Tây Ninh: ra mắt Ủy ban MTTQ Việt Nam tỉnh nhiệm kỳ mới (25/09/2025)
- Phường Long An tổ chức Tết Trung thu cho thiếu nhi (06/10/2025)
- Tập huấn nghiệp vụ công tác dân vận cấp xã (15/08/2025)
- Gặp mặt chức sắc tôn giáo sau sáp nhập (30/07/2025)
""", "2025-10-08", "Tây Ninh: giao ban công tác dân tộc, tôn giáo quý III năm 2025",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Phan Thị Ngọc Trinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Hữu Trí", "Trưởng phòng Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Quách Chí Bảo", "Ủy viên Ban Liên lạc người Hoa tỉnh"),
 P("Diệp Bá Long", "Ủy viên Ban Liên lạc người Hoa tỉnh"),
 P("Từ Thiện Đức", "Ủy viên Ban Liên lạc người Hoa tỉnh"),
 P("Trần Thị Hồng Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Long An"),
 P("Mạch Gia Vinh", "Trưởng ban quản trị Hội quán Phước Kiến")],
[Q("khoảng 15.000 người Hoa", 15000, "người Hoa", "approx"), Q("24 hội quán, miếu", 24, "hội quán, miếu"),
 Q("khoảng 3.000 thiếu nhi", 3000, "thiếu nhi", "approx"), Q("640 phần quà", 640, "phần quà"),
 Q("gần 400 triệu đồng", 400000000, "đồng", "approx"), Q("96%", 96, "%"), Q("52 người có uy tín", 52, "người có uy tín"),
 Q("18 hộ người Hoa", 18, "hộ người Hoa"), Q("ít nhất 100 người có uy tín", 100, "người có uy tín", "over")],
[D("Kế hoạch", "15", "KH/BTGDVTU", "2025-07-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 15-KH/BTGDVTU ngày 2/7/2025"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP")],
[prov("Tây Ninh"), prov("Long An"), com("Long An"), com("Tân An"), com("Tân Ninh"), com("Cần Giuộc")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TÂY NINH", "Trang chủ > Dân vận > Dân tộc - Tôn giáo", "Các đại biểu dự buổi giao ban.",
 "Tuyến phố văn minh", "Hội quán Phước Kiến", "Hôm nay: Thứ Sáu, 10/10/2025"],
["Hôm nay: Thứ Sáu, 10/10/2025", "Thứ Tư, 08/10/2025 - 09:15", "quý III năm 2025", "quý IV", "năm 2026"]))

PAGES.append(page("b6238-cantho-bllnguoihoa-daihoi-2025", """
Báo Cần Thơ điện tử
Chính trị | Mặt trận | Dân tộc
Thứ Sáu, 21/11/2025 - 15:05
Ông Hà Quốc Thắng (thứ hai từ trái) nhận nhiệm vụ Trưởng Ban Liên lạc.
Đại hội Ban Liên lạc người Hoa thành phố Cần Thơ lần thứ I
Ngày 20/11/2025, Ban Liên lạc người Hoa thành phố Cần Thơ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030, sau khi hợp nhất các Ban Liên lạc người Hoa của thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang. Dự đại hội có đồng chí Thạch Sô Kha, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đồng chí Huỳnh Kim Phượng, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy cùng 168 đại biểu đại diện cho hơn 96.000 người Hoa trên địa bàn.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua các Ban Liên lạc đã vận động trên 42 tỷ đồng cho an sinh xã hội, xây 215 căn nhà đại đoàn kết, trao hơn 6.800 suất học bổng; 67 hội quán, chùa Ông Bổn được trùng tu. Tỷ lệ hộ người Hoa thoát nghèo tăng, đến nay còn 0,8% hộ nghèo.
Thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và Quyết định số 86-QĐ/TW của Bộ Chính trị, Ban Liên lạc đã kiện toàn tổ chức, thành lập 14 chi hội ở các phường Phú Lợi, Vĩnh Phước, Tân An và xã Lai Hòa. Hoạt động theo Quyết định số 2105/QĐ-UBND ngày 3/10/2025 của UBND thành phố công nhận điều lệ.
Phát biểu chỉ đạo, đồng chí Thạch Sô Kha đề nghị Ban Liên lạc tiếp tục quán triệt Chỉ thị 62-CT/TW của Bộ Chính trị về công tác người Hoa, vận động bà con tham gia phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"; phát huy vai trò các hội quán trong giữ gìn văn hóa, phát triển du lịch.
Đại hội đã hiệp thương cử Ban Chấp hành gồm 31 thành viên. Ông Hà Quốc Thắng được tín nhiệm giữ chức Trưởng Ban Liên lạc người Hoa thành phố Cần Thơ khóa I; các ông, bà Lưu Kim Thoa, Trương Hữu Lộc, Tạ Quang Minh được cử làm Phó Trưởng Ban Liên lạc. Ông Sơn Chanh Ri, Chủ tịch Ủy ban MTTQ Việt Nam phường Vĩnh Phước, tham gia Ban Chấp hành với tư cách đại diện Mặt trận cơ sở.
Tham luận tại đại hội, bà Lưu Kim Thoa giới thiệu mô hình lớp dạy tiếng Hoa miễn phí tại chùa Ông Bổn phường Phú Lợi với 240 học viên; ông Trương Hữu Lộc chia sẻ kinh nghiệm vận động 85 hộ kinh doanh người Hoa đóng góp xây dựng nông thôn mới ở xã Lai Hòa.
Nhiệm kỳ 2025 - 2030, Ban Liên lạc phấn đấu mỗi năm vận động ít nhất 5 tỷ đồng, trao 1.000 suất học bổng và 95% hộ người Hoa đạt gia đình văn hóa.
Bảo Trân
Tin liên quan
- Hội quán Quảng Triệu đón nhận bằng di tích (10/11/2025)
- Phường Phú Lợi tổ chức lễ hội Trung thu (05/10/2025)
- Gặp mặt người có uy tín sau sắp xếp (18/09/2025)
- Vĩnh Phước trao 200 phần quà cho người Hoa (02/09/2025)
""", "2025-11-21", "Đại hội Ban Liên lạc người Hoa thành phố Cần Thơ lần thứ I",
E("dai_hoi", None, "2025-11-20"),
[P("Thạch Sô Kha", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Kim Phượng", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Hà Quốc Thắng", "Trưởng Ban Liên lạc người Hoa thành phố Cần Thơ khóa I"),
 P("Lưu Kim Thoa", "Phó Trưởng Ban Liên lạc"),
 P("Trương Hữu Lộc", "Phó Trưởng Ban Liên lạc"),
 P("Tạ Quang Minh", "Phó Trưởng Ban Liên lạc"),
 P("Sơn Chanh Ri", "Chủ tịch Ủy ban MTTQ Việt Nam phường Vĩnh Phước")],
[Q("168 đại biểu", 168, "đại biểu"), Q("hơn 96.000 người Hoa", 96000, "người Hoa", "over"),
 Q("trên 42 tỷ đồng", 42000000000, "đồng", "over"), Q("215 căn nhà đại đoàn kết", 215, "căn nhà đại đoàn kết"),
 Q("hơn 6.800 suất học bổng", 6800, "suất học bổng", "over"), Q("67 hội quán, chùa Ông Bổn", 67, "hội quán, chùa Ông Bổn"),
 Q("0,8%", 0.8, "%"), Q("14 chi hội", 14, "chi hội"), Q("240 học viên", 240, "học viên"), Q("85 hộ kinh doanh", 85, "hộ kinh doanh"), Q("31 thành viên", 31, "thành viên"),
 Q("ít nhất 5 tỷ đồng", 5000000000, "đồng", "over"), Q("1.000 suất học bổng", 1000, "suất học bổng"), Q("95%", 95, "%")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Quyết định", "86", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 86-QĐ/TW"),
 D("Quyết định", "2105", "QĐ-UBND", "2025-10-03", "UBND thành phố", "Quyết định số 2105/QĐ-UBND ngày 3/10/2025"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Phú Lợi"), com("Vĩnh Phước"), com("Tân An"), com("Lai Hòa")],
["Báo Cần Thơ điện tử", "Chính trị | Mặt trận | Dân tộc", "Ông Hà Quốc Thắng (thứ hai từ trái) nhận nhiệm vụ Trưởng Ban Liên lạc.",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "chùa Ông Bổn"],
["Thứ Sáu, 21/11/2025 - 15:05", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2025 - 2030", "khóa I"]))
