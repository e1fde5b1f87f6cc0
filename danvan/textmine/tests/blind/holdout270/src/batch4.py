from lib import *
PAGES = []

PAGES.append(page("b6455-hanoi-phuong-hocbong-2024", """
Báo Hà Nội Mới
Thủ đô > Quận huyện
T3, 27/08/2024 - 09:12
Phường Long Biên trao học bổng cho 85 học sinh có hoàn cảnh khó khăn
(HNMO) - Sáng 26/8, Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường Long Biên (quận Long Biên, Hà Nội) tổ chức lễ trao học bổng "Tiếp sức em tới trường" năm học 2024 - 2025 cho 85 học sinh có hoàn cảnh khó khăn trên địa bàn.
Mỗi suất học bổng trị giá 1,5 triệu đồng kèm cặp sách, đồ dùng học tập; riêng 15 em mồ côi được tặng thêm xe đạp. Tổng giá trị quà tặng gần 170 triệu đồng, do các doanh nghiệp, nhà hảo tâm và cán bộ, đảng viên trên địa bàn phường đóng góp.
Bà Nguyễn Thu Trang, Phó Bí thư Thường trực - Chủ tịch HĐND phường Long Biên cho biết: thực hiện Kế hoạch số 135/KH-UBND của UBND phường và Chương trình số 06-CTr/TU của Thành ủy về phát triển văn hóa, xây dựng người Hà Nội thanh lịch, văn minh, những năm qua phường luôn quan tâm chăm lo cho học sinh khó khăn. Từ năm 2020 đến nay, phường đã trao hơn 400 suất học bổng với tổng trị giá khoảng 600 triệu đồng.
Lãnh đạo phường Long Biên trao học bổng cho các em.
Ông Đặng Văn Lực, Chủ tịch Ủy ban MTTQ phường Long Biên, cho biết danh sách học sinh được nhận học bổng do các tổ dân phố bình xét, có sự giám sát của Ban Công tác Mặt trận khu dân cư, bảo đảm đúng đối tượng, công khai, minh bạch. Trong số các em được nhận, có 22 em là con hộ nghèo, hộ cận nghèo, 9 em có cha hoặc mẹ mất do dịch COVID-19.
Tại buổi lễ, em Phạm Minh Khang, học sinh lớp 6 Trường THCS Long Biên, bày tỏ lời cảm ơn và hứa sẽ cố gắng học tập thật tốt. Bà Lê Thị Hồng, Tổ trưởng tổ dân phố 12, phường Long Biên, cho biết nhiều gia đình ở khu bãi giữa sông Hồng còn rất khó khăn, học bổng là sự động viên lớn đối với các em.
Dịp này, Công ty cổ phần Xây dựng Thăng Long trao tặng 20 suất quà, mỗi suất 500.000 đồng, cho học sinh của phường Phúc Đồng.
Theo kế hoạch, trong năm học 2024 - 2025, phường Long Biên sẽ tiếp tục phối hợp với các nhà trường, các đoàn thể theo dõi kết quả học tập của những em được nhận học bổng; kịp thời hỗ trợ khi các em gặp khó khăn đột xuất. Các chi hội khuyến học ở tổ dân phố cũng được giao nhiệm vụ kết nối với các gia đình để nắm bắt hoàn cảnh từng em, đồng thời vận động thêm nguồn lực từ các doanh nghiệp trên địa bàn quận.
Chương trình trao học bổng của phường được tổ chức đều đặn vào dịp đầu năm học mới và dịp Tết, trở thành hoạt động thường niên, được nhân dân đồng tình, hưởng ứng.
Mai Hương
Tin khác
- Quận Long Biên tổng kết năm học 2023 - 2024 (20/08/2024)
- Phúc Lợi ra mắt mô hình "Dân vận khéo" (15/08/2024)
- Gia Thụy: trao 50 suất quà cho trẻ em khó khăn (01/06/2024)
""", "2024-08-27", "Phường Long Biên trao học bổng cho 85 học sinh có hoàn cảnh khó khăn",
E("trao_qua", None, "2024-08-26"),
[P("Nguyễn Thu Trang", "Phó Bí thư Thường trực - Chủ tịch HĐND phường Long Biên"),
 P("Đặng Văn Lực", "Chủ tịch Ủy ban MTTQ phường Long Biên"),
 P("Phạm Minh Khang", "học sinh lớp 6 Trường THCS Long Biên"),
 P("Lê Thị Hồng", "Tổ trưởng tổ dân phố 12")],
[Q("85 học sinh", 85, "học sinh"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("15 em mồ côi", 15, "em mồ côi"),
 Q("gần 170 triệu đồng", 170000000, "đồng", "approx"), Q("hơn 400 suất học bổng", 400, "suất học bổng", "over"),
 Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"), Q("22 em", 22, "em"), Q("9 em", 9, "em"),
 Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "135", "KH-UBND", None, "UBND phường", "Kế hoạch số 135/KH-UBND"),
 D("Chương trình", "06", "CTr/TU", None, "Thành ủy", "Chương trình số 06-CTr/TU")],
[prov("Hà Nội"), com("Long Biên"), com("Phúc Đồng")],
["Báo Hà Nội Mới", "Thủ đô > Quận huyện", "(HNMO)", "Tiếp sức em tới trường", "Lãnh đạo phường Long Biên trao học bổng cho các em.",
 "Công ty cổ phần Xây dựng Thăng Long"],
["T3, 27/08/2024 - 09:12", "năm học 2024 - 2025", "Từ năm 2020", "lớp 6", "tổ dân phố 12"]))

PAGES.append(page("b6456-cantho-bdv-giaoban-2024", """
BAN DÂN VẬN THÀNH ỦY CẦN THƠ
Bạn đang ở: Trang chủ » Hoạt động khối dân vận
Cập nhật ngày: 04/10/2024
Cần Thơ: hơn 5.000 suất học bổng đến với học sinh nghèo trong quý III
Quang cảnh buổi giao ban.
Ngày 3/10/2024, Ban Dân vận Thành ủy Cần Thơ tổ chức giao ban khối dân vận quý III năm 2024. Đồng chí Trần Thị Xuân Mai, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy chủ trì.
Theo báo cáo, trong quý III, trọng tâm là chăm lo cho học sinh nghèo trước năm học mới. Mặt trận và các đoàn thể thành phố đã trao 5.230 suất học bổng, 640 xe đạp, hơn 12.000 quyển vở cho học sinh có hoàn cảnh khó khăn, tổng trị giá gần 7,4 tỷ đồng. Riêng Hội Khuyến học thành phố trao 1.500 suất học bổng "Nâng bước đến trường", mỗi suất từ 1 đến 2 triệu đồng.
Khối dân vận cũng tham mưu Ban Thường vụ Thành ủy sơ kết Chỉ thị 31, 32-CT/TU về công tác vận động đồng bào Khmer và về xã hội hóa giáo dục; hướng dẫn các quận, huyện thực hiện Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư ban hành khung hướng dẫn phương pháp công tác dân vận. 96% xã, phường, thị trấn đã có ít nhất một mô hình "Dân vận khéo" về khuyến học.
Tại buổi giao ban, ông Thạch Sô Khen, Trưởng Ban Dân vận Quận ủy Ô Môn, cho biết quận đã vận động 3 chùa Khmer mở lớp học thêm miễn phí cho 210 học sinh. Bà Huỳnh Thị Lệ, Chủ tịch Hội LHPN xã Trường Long, chia sẻ mô hình "Ống heo tiết kiệm nuôi em đến trường" với 56 hội viên tham gia, mỗi tháng góp 50.000 đồng.
Đại diện Thành đoàn, anh Lê Minh Tâm, Phó Bí thư Thành đoàn, cho biết chiến dịch "Tiếp sức mùa thi" năm nay đã hỗ trợ hơn 4.000 lượt thí sinh; Thành đoàn cũng trao 100 xe đạp cho học sinh xã Thạnh An, xã Thạnh Lợi.
Phát biểu kết luận, đồng chí Trần Thị Xuân Mai yêu cầu quý IV khối dân vận tập trung nắm tình hình nhân dân, chuẩn bị tốt các điều kiện phục vụ đại hội đảng bộ các cấp; tiếp tục vận động nguồn lực hỗ trợ học sinh vùng sâu, không để học sinh nghỉ học vì khó khăn.
Các đại biểu cũng thống nhất tăng cường phối hợp giữa Mặt trận, các đoàn thể và ngành giáo dục trong rà soát học sinh có nguy cơ bỏ học, nhất là ở các xã ven sông, cù lao; kịp thời biểu dương những tập thể, cá nhân tiêu biểu trong phong trào khuyến học, khuyến tài trên địa bàn thành phố.
Theo đánh giá tại buổi giao ban, công tác vận động xã hội hóa giáo dục trong quý đã có nhiều chuyển biến, nhiều doanh nghiệp, chùa, nhà thờ và người dân cùng tham gia; các phần quà đến đúng đối tượng, được nhân dân đồng tình. Tuy nhiên, vẫn còn tình trạng trùng lặp đối tượng nhận hỗ trợ giữa các đơn vị do thiếu trao đổi thông tin.
Ngọc Thu
Các tin khác
- Giao ban khối dân vận quý II năm 2024 (05/07/2024)
- Phong Điền trao 200 suất học bổng (28/08/2024)
- Thới Lai ra mắt mô hình "Dân vận khéo" (15/08/2024)
""", "2024-10-04", "Cần Thơ: hơn 5.000 suất học bổng đến với học sinh nghèo trong quý III",
E("giao_ban", "2024-Q3", "2024-10-03"),
[P("Trần Thị Xuân Mai", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Thạch Sô Khen", "Trưởng Ban Dân vận Quận ủy Ô Môn"),
 P("Huỳnh Thị Lệ", "Chủ tịch Hội LHPN xã Trường Long"),
 P("Lê Minh Tâm", "Phó Bí thư Thành đoàn")],
[Q("hơn 5.000 suất học bổng", 5000, "suất học bổng", "over"), Q("5.230 suất học bổng", 5230, "suất học bổng"),
 Q("640 xe đạp", 640, "xe đạp"), Q("hơn 12.000 quyển vở", 12000, "quyển vở", "over"),
 Q("gần 7,4 tỷ đồng", 7400000000, "đồng", "approx"), Q("1.500 suất học bổng", 1500, "suất học bổng"),
 Q("từ 1 đến 2 triệu đồng", 1000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("96%", 96, "%"),
 Q("3 chùa Khmer", 3, "chùa Khmer"), Q("210 học sinh", 210, "học sinh"), Q("56 hội viên", 56, "hội viên"),
 Q("50.000 đồng", 50000, "đồng"), Q("hơn 4.000 lượt thí sinh", 4000, "lượt thí sinh", "over"), Q("100 xe đạp", 100, "xe đạp")],
[D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017")],
[prov("Cần Thơ"), com("Trường Long"), com("Thạnh An"), com("Thạnh Lợi")],
["BAN DÂN VẬN THÀNH ỦY CẦN THƠ", "Bạn đang ở: Trang chủ » Hoạt động khối dân vận", "Quang cảnh buổi giao ban.",
 "Nâng bước đến trường", "Dân vận khéo", "Ống heo tiết kiệm nuôi em đến trường", "Tiếp sức mùa thi"],
["Cập nhật ngày: 04/10/2024", "quý III năm 2024", "quý III", "quý IV", "một mô hình"]))

PAGES.append(page("b6457-tuyenquang-btgdv-xedap-2025", """
TỈNH ỦY TUYÊN QUANG - BAN TUYÊN GIÁO VÀ DÂN VẬN
Trang chủ / Tin tức / Dân vận
Thứ Tư, 03/09/2025 - 08:20
Ảnh: Học sinh xã Lũng Cú nhận xe đạp trước ngày khai giảng.
Tặng 300 xe đạp cho học sinh vùng cao nguyên đá trước năm học mới
Ngày 2/9/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức trao 300 xe đạp và 500 suất học bổng cho học sinh nghèo tại các xã Lũng Cú, Đồng Văn, Mèo Vạc, Sơn Vĩ - những địa bàn vùng cao thuộc tỉnh Hà Giang trước đây.
Đây là hoạt động đầu tiên của khối dân vận tỉnh chăm lo cho học sinh vùng cao nguyên đá kể từ khi tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Dự buổi lễ có đồng chí Hầu Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Giàng Seo Pó, Bí thư Đảng ủy xã Lũng Cú; bà Vàng Thị Mỷ, Chủ tịch UBND xã Sơn Vĩ.
Mỗi chiếc xe đạp trị giá 2,2 triệu đồng, mỗi suất học bổng 1 triệu đồng; tổng trị giá 1,16 tỷ đồng, do các doanh nghiệp, cán bộ, đảng viên trong tỉnh và nhà hảo tâm ở Hà Nội ủng hộ theo Kế hoạch số 08-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy.
Đồng chí Hầu Thị Dung nhấn mạnh: triển khai Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, tỉnh xác định chăm lo cho học sinh vùng đặc biệt khó khăn là nhiệm vụ thường xuyên. Năm học 2025 - 2026, toàn tỉnh phấn đấu 99% trẻ em trong độ tuổi đến trường.
Ông Giàng Seo Pó cho biết, xã Lũng Cú mới có 1.870 học sinh, trên 90% là người Mông; nhiều em ở các thôn cách trường 6 - 8 km. "Trước đây các em phải dậy từ 5 giờ sáng, đi bộ qua núi đá. Có xe đạp, các em đỡ vất vả rất nhiều", ông nói.
Em Sùng Thị Dính, học sinh lớp 7 Trường PTDT bán trú THCS Lũng Cú, rụt rè cảm ơn các cô chú và hứa sẽ chăm chỉ học tập.
Tại buổi lễ, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Ma Thị Thúy, Sùng Mí Chá đã trao thêm 200 bộ quần áo ấm cho học sinh bán trú chuẩn bị cho mùa đông.
Theo ngành giáo dục, năm học mới, các trường ở vùng cao nguyên đá tiếp tục được đầu tư phòng ở bán trú, bếp ăn, nhà vệ sinh; thầy cô giáo chủ động đến từng nhà vận động học sinh ra lớp ngay từ những ngày đầu tiên của năm học.
Nhiều phụ huynh người Mông có mặt từ sớm, dắt theo con nhỏ để nhận quà. Ông Vàng Mí Lử, một phụ huynh ở thôn Lô Lô Chải, chia sẻ gia đình có ba con đang đi học, từ nay đứa lớn có xe đạp sẽ chở em đến trường, bố mẹ yên tâm đi làm nương xa nhà.
Ngọc Ánh
Tin liên quan
- Tuyên Quang: ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (01/07/2025)
- Trao 100 suất quà cho học sinh xã Mèo Vạc (25/08/2025)
- Hội nghị người có uy tín năm 2025 (20/08/2025)
""", "2025-09-03", "Tặng 300 xe đạp cho học sinh vùng cao nguyên đá trước năm học mới",
E("trao_qua", None, "2025-09-02"),
[P("Hầu Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Seo Pó", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Vàng Thị Mỷ", "Chủ tịch UBND xã Sơn Vĩ"),
 P("Sùng Thị Dính", "học sinh lớp 7 Trường PTDT bán trú THCS Lũng Cú"),
 P("Ma Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Chá", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Mí Lử", "phụ huynh ở thôn Lô Lô Chải")],
[Q("300 xe đạp", 300, "xe đạp"), Q("500 suất học bổng", 500, "suất học bổng"), Q("2,2 triệu đồng", 2200000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("1,16 tỷ đồng", 1160000000, "đồng"), Q("99%", 99, "%"),
 Q("1.870 học sinh", 1870, "học sinh"), Q("trên 90%", 90, "%", "over"), Q("6 - 8 km", 6, "km"), Q("8 km", 8, "km"),
 Q("200 bộ quần áo ấm", 200, "bộ quần áo ấm")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "08", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 08-KH/BTGDVTU"),
 D("Nghị quyết", "71", "NQ/TW", "2025-08-22", "Bộ Chính trị", "Nghị quyết số 71-NQ/TW ngày 22/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Đồng Văn"), com("Mèo Vạc"), com("Sơn Vĩ")],
["TỈNH ỦY TUYÊN QUANG - BAN TUYÊN GIÁO VÀ DÂN VẬN", "Trang chủ / Tin tức / Dân vận",
 "Ảnh: Học sinh xã Lũng Cú nhận xe đạp trước ngày khai giảng."],
["Thứ Tư, 03/09/2025 - 08:20", "Năm học 2025 - 2026", "5 giờ sáng", "lớp 7", "ba con"]))

PAGES.append(page("b6458-vinhlong-bdv-hocbong-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Thời sự › Xã hội › Giáo dục
18.11.2025 | 15:30
Trao 400 suất học bổng cho học sinh, sinh viên dân tộc Khmer nhân Ngày Nhà giáo Việt Nam
Sáng 17/11, tại phường Trà Vinh, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long phối hợp với Hội Khuyến học tỉnh trao 400 suất học bổng và 80 xe đạp cho học sinh, sinh viên dân tộc Khmer có hoàn cảnh khó khăn, học tốt. Tổng trị giá hơn 800 triệu đồng.
Quang cảnh buổi trao học bổng.
Tham dự có đồng chí Kim Thị Sa Vane, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Thượng tọa Thạch Sô Phol, trụ trì chùa Âng, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; ông Nguyễn Văn Bé Tư, Chủ tịch Hội Khuyến học tỉnh.
Đây là đợt trao học bổng lớn nhất dành cho học sinh đồng bào Khmer kể từ khi tỉnh Vĩnh Long mới được hợp nhất từ 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Trong 400 suất, có 100 suất dành cho sinh viên Trường Đại học Trà Vinh, mỗi suất 3 triệu đồng; 300 suất dành cho học sinh phổ thông, mỗi suất 1,5 triệu đồng. Các em được nhận học bổng đến từ các xã Tập Sơn, Long Hiệp, Hòa Minh và phường Trà Vinh.
Theo đồng chí Kim Thị Sa Vane, chương trình thực hiện theo Kế hoạch số 15-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, góp phần cụ thể hóa Nghị quyết số 217/2025/QH15 của Quốc hội về miễn, hỗ trợ học phí đối với trẻ em mầm non, học sinh phổ thông. Từ năm học 2025 - 2026, học sinh phổ thông công lập được miễn học phí, nên học bổng được dùng để hỗ trợ chi phí ăn ở, đi lại.
Thượng tọa Thạch Sô Phol cho biết, các chùa Khmer trong tỉnh đã vận động đóng góp khoảng 150 triệu đồng cho chương trình; đồng thời duy trì 45 lớp dạy chữ Khmer với hơn 1.200 học sinh.
Em Thạch Thị Sô Phia, sinh viên năm thứ ba Trường Đại học Trà Vinh, xúc động: "Nhà em ở xã Tập Sơn, cha mất sớm, mẹ bán bánh ở chợ. Học bổng giúp em có thêm tiền trọ để yên tâm học tập".
Ông Nguyễn Văn Bé Tư cho biết, năm 2025 Hội Khuyến học tỉnh đã trao tổng cộng hơn 9.000 suất học bổng, trị giá gần 11 tỷ đồng; trong đó học sinh dân tộc thiểu số chiếm khoảng 18%.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy cũng tặng quà chúc mừng các thầy cô giáo người Khmer tiêu biểu nhân kỷ niệm 43 năm Ngày Nhà giáo Việt Nam.
Cũng trong tháng 11, các xã, phường trên địa bàn tỉnh đồng loạt tổ chức trao học bổng, tặng quà cho học sinh nghèo, học sinh mồ côi; các chi hội khuyến học ở ấp, khóm tiếp tục vận động các gia đình khá giả, con em xa quê thành đạt đóng góp vào quỹ khuyến học.
Hoàng Lam
Xem thêm
- Vĩnh Long: sơ kết Quy chế phối hợp với các chùa Khmer (10/11/2025)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo (03/11/2025)
- Lễ hội Ok Om Bok năm 2025 (05/11/2025)
""", "2025-11-18", "Trao 400 suất học bổng cho học sinh, sinh viên dân tộc Khmer nhân Ngày Nhà giáo Việt Nam",
E("trao_qua", None, "2025-11-17"),
[P("Kim Thị Sa Vane", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sô Phol", "Thượng tọa", "trụ trì chùa Âng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Nguyễn Văn Bé Tư", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Thạch Thị Sô Phia", "sinh viên năm thứ ba Trường Đại học Trà Vinh")],
[Q("400 suất học bổng", 400, "suất học bổng"), Q("80 xe đạp", 80, "xe đạp"), Q("hơn 800 triệu đồng", 800000000, "đồng", "over"),
 Q("3 tỉnh", 3, "tỉnh"), Q("100 suất", 100, "suất"), Q("3 triệu đồng", 3000000, "đồng"), Q("300 suất", 300, "suất"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"),
 Q("45 lớp dạy chữ Khmer", 45, "lớp dạy chữ Khmer"), Q("hơn 1.200 học sinh", 1200, "học sinh", "over"),
 Q("hơn 9.000 suất học bổng", 9000, "suất học bổng", "over"), Q("gần 11 tỷ đồng", 11000000000, "đồng", "approx"),
 Q("khoảng 18%", 18, "%", "approx")],
[D("Kế hoạch", "15", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 15-KH/BTGDVTU"),
 D("Nghị quyết", "217", "2025/QH15", None, "Quốc hội", "Nghị quyết số 217/2025/QH15")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Tập Sơn"), com("Long Hiệp"), com("Hòa Minh")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Thời sự › Xã hội › Giáo dục", "Quang cảnh buổi trao học bổng.",
 "Ngày Nhà giáo Việt Nam", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["18.11.2025 | 15:30", "năm học 2025 - 2026", "năm thứ ba", "năm 2025", "43 năm", "tháng 11"]))

PAGES.append(page("b6459-lamdong-mttq-tongket-2026", """
Báo Lâm Đồng điện tử
Chính trị › Mặt trận - Đoàn thể
14 Tháng 1, 2026
Mặt trận tỉnh Lâm Đồng triển khai nhiệm vụ năm 2026
Đồng chí K'Mák trao giấy khen cho các tập thể.
Ngày 13/1, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tổng kết chương trình "Tiếp sức em đến trường" năm 2025 và triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên chương trình được thực hiện trên địa bàn tỉnh Lâm Đồng mới, hợp nhất từ 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.
Chủ trì hội nghị có đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Điểu K'Rứ, Đàng Thị Mỹ Hương.
Báo cáo cho biết, năm 2025 Mặt trận các cấp đã vận động được gần 28 tỷ đồng, trao 18.400 suất học bổng, 2.150 xe đạp và hơn 25.000 bộ sách giáo khoa cho học sinh nghèo; xây mới 12 phòng ở bán trú tại các xã vùng sâu. Học sinh đồng bào K'Ho, Mnông, Chăm, Raglai chiếm khoảng 42% số học sinh được hỗ trợ.
Chương trình được triển khai theo Chỉ thị số 05-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy về tăng cường vận động xã hội hóa chăm lo học sinh vùng đồng bào dân tộc thiểu số và Kế hoạch 02, 03-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Nhiều địa phương có cách làm hiệu quả. Bà Ka Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương, cho biết xã đã vận động 18 hộ kinh doanh homestay nhận đỡ đầu 36 học sinh người K'Ho. Ông Thị Văn Sáu, Chủ tịch Ủy ban MTTQ Việt Nam xã Tuy Phong, chia sẻ mô hình "Tủ sách khuyến học" ở các làng Chăm. Ông Điểu Brôk, người có uy tín bon Bu Đắk, phường Bắc Gia Nghĩa, kiến nghị tiếp tục hỗ trợ xe đạp cho học sinh ở các bon xa.
Hội nghị cũng chỉ ra một số hạn chế: sau sắp xếp đơn vị hành chính, việc rà soát đối tượng ở một số xã còn chậm; nguồn lực xã hội hóa chưa đồng đều giữa các khu vực.
Phát biểu kết luận, đồng chí K'Mák đề nghị năm 2026 phấn đấu không dưới 20.000 suất học bổng, ưu tiên học sinh vùng đặc biệt khó khăn; gắn chương trình với Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng giấy khen cho 25 tập thể, 40 cá nhân tiêu biểu.
Các đại biểu dự hội nghị thống nhất cho rằng, sau hợp nhất, địa bàn rộng, đối tượng đa dạng, cần phân công rõ trách nhiệm của từng cấp Mặt trận, đẩy mạnh ứng dụng công nghệ thông tin trong quản lý danh sách học sinh được hỗ trợ, bảo đảm công khai, minh bạch.
Đình Văn
Tin liên quan
- Lâm Đồng: Đại hội Đại biểu MTTQ Việt Nam tỉnh lần thứ I (15/10/2025)
- Trao 300 suất quà Tết cho học sinh nghèo (08/01/2026)
- Mặt trận tỉnh giám sát chính sách học sinh bán trú (20/11/2025)
""", "2026-01-14", "Mặt trận tỉnh Lâm Đồng triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-13"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Rứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương"),
 P("Thị Văn Sáu", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tuy Phong"),
 P("Điểu Brôk", "người có uy tín bon Bu Đắk")],
[Q("3 tỉnh", 3, "tỉnh"), Q("gần 28 tỷ đồng", 28000000000, "đồng", "approx"), Q("18.400 suất học bổng", 18400, "suất học bổng"),
 Q("2.150 xe đạp", 2150, "xe đạp"), Q("hơn 25.000 bộ sách giáo khoa", 25000, "bộ sách giáo khoa", "over"),
 Q("12 phòng ở bán trú", 12, "phòng ở bán trú"), Q("khoảng 42%", 42, "%", "approx"),
 Q("18 hộ kinh doanh homestay", 18, "hộ kinh doanh homestay"), Q("36 học sinh người K'Ho", 36, "học sinh"),
 Q("không dưới 20.000 suất học bổng", 20000, "suất học bổng", "over"), Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân tiêu biểu", 40, "cá nhân tiêu biểu")],
[D("Chỉ thị", "05", "CT/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 20/8/2025"),
 D("Kế hoạch", "02", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 02, 03-KH/MTTQ-BTT"),
 D("Kế hoạch", "03", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 02, 03-KH/MTTQ-BTT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Tuy Phong"), com("Bắc Gia Nghĩa")],
["Báo Lâm Đồng điện tử", "Chính trị › Mặt trận - Đoàn thể", "Đồng chí K'Mák trao giấy khen cho các tập thể.",
 "Tiếp sức em đến trường", "Tủ sách khuyến học", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["14 Tháng 1, 2026", "năm 2025", "năm 2026", "năm đầu tiên"]))

PAGES.append(page("b6460-dongnai-mttq-hocbong-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chủ Nhật, 08/02/2026
Xã hội > Nhân ái
Ngày đăng: 06/02/2026 - 10:40
Xuân ấm áp cho học sinh S'tiêng vùng biên
Trước thềm Tết Nguyên đán Bính Ngọ 2026, ngày 5/2, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức chương trình "Xuân yêu thương - Tiếp bước em đến trường", trao 250 suất học bổng và 100 xe đạp cho học sinh đồng bào S'tiêng, M'nông tại xã Bù Gia Mập, xã Đak Ơ và phường Bình Long.
Học sinh xã Bù Gia Mập vui nhận xe đạp mới.
Mỗi suất học bổng trị giá 2 triệu đồng, kèm 1 phần quà Tết trị giá 500.000 đồng; mỗi xe đạp trị giá 2,5 triệu đồng. Tổng giá trị chương trình khoảng 875 triệu đồng.
Tham dự có các ông, bà Điểu Thị Lan, Phạm Văn Thắng - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Điểu Sơn, Bí thư Đảng ủy xã Bù Gia Mập; bà Thị Bình, người có uy tín sóc Bù Lư, xã Đak Ơ.
Bà Điểu Thị Lan cho biết, sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, Mặt trận tỉnh xác định các xã biên giới phía bắc là địa bàn ưu tiên. Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương và Kế hoạch số 12-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ tháng 7/2025 đến nay, Mặt trận các cấp đã trao hơn 3.600 suất học bổng, 720 xe đạp cho học sinh dân tộc thiểu số.
Ông Điểu Sơn cho biết, xã Bù Gia Mập có 2.430 học sinh, gần 70% là người S'tiêng, M'nông. Những năm trước, mỗi dịp sau Tết, tỷ lệ học sinh nghỉ học thường tăng do các em theo cha mẹ đi làm rẫy xa; năm học này, xã đã giao mỗi cán bộ, đảng viên theo dõi từ 3 đến 5 em.
Thiếu tá Lê Quang Vinh, Đồn trưởng Đồn Biên phòng Bù Gia Mập, cho biết đơn vị đang nuôi dưỡng 8 em theo chương trình "Con nuôi đồn Biên phòng" và đỡ đầu 15 em theo chương trình "Nâng bước em tới trường".
Em Điểu Thị Ngọc, học sinh lớp 9 Trường THCS Bù Gia Mập, nói: "Em vui lắm, có xe mới đi học, lại có tiền mua quần áo Tết".
Dịp này, Công ty Cao su Phú Riềng trao thêm 50 suất quà, mỗi suất 1 triệu đồng, cho học sinh nghèo phường Bình Long.
Ngay sau buổi lễ, các đoàn công tác chia thành nhiều nhóm đến tận các sóc xa để trao quà cho những em không thể về dự. Cán bộ Mặt trận và bộ đội biên phòng cũng thăm hỏi, động viên các gia đình, nhắc nhở phụ huynh cho con em trở lại trường đúng ngày sau kỳ nghỉ Tết.
Chương trình năm nay được tổ chức ấm cúng tại nhà văn hóa xã, có văn nghệ cồng chiêng của các nghệ nhân S'tiêng và gian hàng Tết miễn phí cho học sinh. Nhiều em lần đầu được nhận quà Tết của Mặt trận, bộ đội biên phòng nên rất háo hức.
Minh Châu
Tin cùng chuyên mục
- Trao 500 phần quà Tết cho hộ nghèo (03/02/2026)
- Ra quân Tết vì người nghèo năm 2026 (20/01/2026)
- Bình Long: khánh thành 10 căn nhà Đại đoàn kết (15/01/2026)
""", "2026-02-06", "Xuân ấm áp cho học sinh S'tiêng vùng biên",
E("trao_qua", None, "2026-02-05"),
[P("Điểu Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Sơn", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Thị Bình", "người có uy tín sóc Bù Lư"),
 P("Lê Quang Vinh", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Bù Gia Mập"),
 P("Điểu Thị Ngọc", "học sinh lớp 9 Trường THCS Bù Gia Mập")],
[Q("250 suất học bổng", 250, "suất học bổng"), Q("100 xe đạp", 100, "xe đạp"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("2,5 triệu đồng", 2500000, "đồng"), Q("khoảng 875 triệu đồng", 875000000, "đồng", "approx"),
 Q("hơn 3.600 suất học bổng", 3600, "suất học bổng", "over"), Q("720 xe đạp", 720, "xe đạp"),
 Q("2.430 học sinh", 2430, "học sinh"), Q("gần 70%", 70, "%", "approx"), Q("từ 3 đến 5 em", 3, "em"), Q("5 em", 5, "em"),
 Q("8 em", 8, "em"), Q("15 em", 15, "em"), Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "12", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12-KH/MTTQ-BTT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ"), com("Bình Long")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chủ Nhật, 08/02/2026", "Xã hội > Nhân ái", "Học sinh xã Bù Gia Mập vui nhận xe đạp mới.",
 "Xuân yêu thương - Tiếp bước em đến trường", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường", "Công ty Cao su Phú Riềng"],
["Chủ Nhật, 08/02/2026", "Ngày đăng: 06/02/2026 - 10:40", "Bính Ngọ 2026", "1 phần quà Tết", "tháng 7/2025", "lớp 9"]))
