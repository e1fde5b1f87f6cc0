from lib import *
PAGES = []

PAGES.append(page("b2435-haugiang-bdv-taphuan-2016", """
BAN DÂN VẬN TỈNH ỦY HẬU GIANG
Trang chủ >> Tin hoạt động >> Đào tạo - bồi dưỡng
17/05/2016 - 10:05
Ảnh: Các học viên tham dự lớp tập huấn.
Tập huấn nghiệp vụ dân vận cho cán bộ ấp, khu vực
Trong 2 ngày 16 và 17/5, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2016 cho 180 học viên là trưởng ấp, trưởng khu vực, bí thư chi bộ ấp và cán bộ Mặt trận cơ sở của thị xã Ngã Bảy, huyện Phụng Hiệp và huyện Châu Thành A.
Đồng chí Hồ Thị Cẩm Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy Hậu Giang phát biểu khai giảng lớp học. Đồng chí nhấn mạnh, đội ngũ cán bộ ấp, khu vực là "cánh tay nối dài" của cấp ủy, chính quyền, gần dân nhất nên phải nắm chắc Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
Lớp học được nghe 4 chuyên đề: kỹ năng vận động quần chúng; nắm tình hình và giải quyết đơn thư ngay từ cơ sở; công tác dân vận trong đồng bào Khmer, Hoa; thực hiện Chỉ thị 03-CT/TU, 04-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng ấp, khu vực văn hóa và về phát triển kinh tế hộ. Báo cáo viên là các đồng chí Lê Minh Trí, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy; Kim Thị Sóc Phia, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
Theo Hướng dẫn số 18-HD/BDVTU ngày 10/3/2016 của Ban Dân vận Tỉnh ủy, năm nay tỉnh tổ chức 5 lớp tập huấn cho khoảng 900 cán bộ cơ sở với tổng kinh phí 54 triệu đồng; mỗi học viên được hỗ trợ 150.000 đồng/ngày. Hiện toàn tỉnh có 76 ấp, khu vực có đông đồng bào dân tộc thiểu số sinh sống.
Tại lớp học, ông Lưu Kiến Phước, Trưởng khu vực 3, phường Ngã Bảy, chia sẻ kinh nghiệm vận động các hộ người Hoa đóng góp 85 triệu đồng làm đường và lắp 40 bóng đèn chiếu sáng. Ông Danh Thươl, Bí thư Chi bộ ấp Long Trị, xã Long Thạnh, cho biết nhờ vận động khéo mà chi bộ đã hòa giải thành 9 vụ tranh chấp ranh đất trong năm 2015. Chị Thị Bích Hằng, Chi hội trưởng Phụ nữ ấp 7, nói về phong trào "5 không, 3 sạch" ở ấp.
Kết thúc lớp học, các học viên làm bài thu hoạch; 100% học viên đạt yêu cầu, trong đó 62 học viên đạt loại giỏi.
Ngọc Hân
Lượt xem: 743
Tin liên quan
- Vị Thanh: tổng kết 10 năm Ngày hội Đại đoàn kết toàn dân tộc (30/11/2015)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Long Mỹ (20/04/2016)
- Giao ban khối dân vận quý I/2016 (06/04/2016)
- Hội thi tìm hiểu Quy chế dân chủ ở cơ sở (24/03/2016)
- Phụng Hiệp: ra mắt tổ dân vận ấp Mỹ Phước (10/03/2016)
BAN DÂN VẬN TỈNH ỦY HẬU GIANG - Địa chỉ: đường Trần Hưng Đạo, phường 5, TP Vị Thanh
""", "2016-05-17", "Tập huấn nghiệp vụ dân vận cho cán bộ ấp, khu vực",
E("tap_huan", "2016", "2016-05-16"),
[P("Hồ Thị Cẩm Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy Hậu Giang"),
 P("Lê Minh Trí", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Kim Thị Sóc Phia", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lưu Kiến Phước", "Trưởng khu vực 3"),
 P("Danh Thươl", "Bí thư Chi bộ ấp Long Trị"),
 P("Thị Bích Hằng", "Chi hội trưởng Phụ nữ ấp 7")],
[Q("180 học viên", 180, "học viên"), Q("4 chuyên đề", 4, "chuyên đề"), Q("5 lớp tập huấn", 5, "lớp tập huấn"),
 Q("khoảng 900 cán bộ cơ sở", 900, "cán bộ cơ sở", "approx"), Q("54 triệu đồng", 54000000, "đồng"),
 Q("150.000 đồng", 150000, "đồng"), Q("76 ấp, khu vực", 76, "ấp, khu vực"), Q("85 triệu đồng", 85000000, "đồng"),
 Q("40 bóng đèn chiếu sáng", 40, "bóng đèn chiếu sáng"), Q("9 vụ tranh chấp ranh đất", 9, "vụ tranh chấp ranh đất"),
 Q("100% học viên", 100, "%"), Q("62 học viên", 62, "học viên")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "04-CT/TU"),
 D("Hướng dẫn", "18", "HD/BDVTU", "2016-03-10", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 18-HD/BDVTU ngày 10/3/2016")],
[prov("Hậu Giang"), com("Ngã Bảy"), com("Long Thạnh")],
["BAN DÂN VẬN TỈNH ỦY HẬU GIANG", "Trang chủ >> Tin hoạt động >> Đào tạo - bồi dưỡng", "Ảnh: Các học viên tham dự lớp tập huấn.",
 "cánh tay nối dài", "5 không, 3 sạch", "Lượt xem: 743"],
["17/05/2016 - 10:05", "2 ngày", "5 không, 3 sạch", "năm 2016", "năm 2015", "Lượt xem: 743"]))

PAGES.append(page("b2436-cantho-mttq-giamsat-2017", """
Ủy ban MTTQ Việt Nam thành phố Cần Thơ
Trang chủ - Hoạt động Mặt trận - Giám sát, phản biện
Ngày 22/08/2017 | 14:30
Giám sát thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo
Ngày 21/8, Đoàn giám sát của Ủy ban MTTQ Việt Nam quận Ninh Kiều do bà Quan Thị Mỹ Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận, Trưởng đoàn giám sát làm trưởng đoàn, đã giám sát việc thực hiện chính sách hỗ trợ mua thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo tại phường An Khánh và phường Xuân Khánh.
Đoàn giám sát làm việc tại UBND phường An Khánh.
Cuộc giám sát thực hiện theo Kế hoạch số 34/KH-MTTQ-BTT ngày 05/7/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam quận, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Báo cáo với đoàn, ông Tạ Quốc Hưng, Chủ tịch UBND phường An Khánh cho biết, thực hiện Nghị định 105/2014/NĐ-CP của Chính phủ, năm 2017 phường đã lập danh sách, cấp thẻ cho 1.248 người thuộc hộ cận nghèo với mức hỗ trợ 70% mệnh giá thẻ, tổng kinh phí hơn 580 triệu đồng. Tuy nhiên còn 96 người chưa nhận thẻ do đi làm ăn xa, chủ yếu ở khu vực 4 và khu vực 6.
Tại phường Xuân Khánh, ông Bảy Lâm, Tổ trưởng tổ nhân dân tự quản số 12, phản ánh một số hộ người Hoa buôn bán nhỏ ở khu vực chợ chưa hiểu rõ quyền lợi khi khám chữa bệnh đúng tuyến. Bà Trịnh Thị Kim Lan, Trưởng trạm y tế phường, cho biết trạm đã tiếp nhận khám cho khoảng 3.600 lượt người có thẻ bảo hiểm y tế trong 7 tháng.
Qua giám sát, đoàn đánh giá các phường thực hiện đúng quy trình bình xét, công khai danh sách tại 14 khu vực; đồng thời đưa ra 3 kiến nghị: tăng cường tuyên truyền bằng tiếng Hoa tại các hội quán, cập nhật kịp thời biến động hộ cận nghèo và sớm chuyển thẻ còn tồn đến người dân.
Phát biểu kết luận, bà Quan Thị Mỹ Liên đề nghị UBND hai phường báo cáo kết quả khắc phục về Ban Thường trực Ủy ban MTTQ Việt Nam quận trước ngày 30/9/2017.
Thúy Hằng
Tin khác
- Ninh Kiều: hội nghị phản biện dự thảo đề án chỉnh trang đô thị (10/08/2017)
- Mặt trận phường Cái Khế ra mắt tổ tự quản về môi trường (02/08/2017)
- Trao 25 căn nhà Đại đoàn kết cho hộ nghèo quận Ô Môn (26/07/2017)
- Ủy ban MTTQ thành phố giám sát công tác giảm nghèo tại huyện Phong Điền (18/07/2017)
- Hội nghị Ban Thường trực mở rộng quý II (06/07/2017)
- Phường An Hòa vận động hội viên tham gia bảo hiểm y tế hộ gia đình (28/06/2017)
Cơ quan chủ quản: Ủy ban MTTQ Việt Nam thành phố Cần Thơ
Địa chỉ: số 2 đường Hòa Bình, quận Ninh Kiều. Điện thoại: 0292.3820.xxx
""", "2017-08-22", "Giám sát thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo",
E("giam_sat", None, "2017-08-21"),
[P("Quan Thị Mỹ Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận", "Trưởng đoàn giám sát"),
 P("Tạ Quốc Hưng", "Chủ tịch UBND phường An Khánh"),
 P("Bảy Lâm", "Tổ trưởng tổ nhân dân tự quản số 12"),
 P("Trịnh Thị Kim Lan", "Trưởng trạm y tế phường")],
[Q("1.248 người", 1248, "người"), Q("70%", 70, "%"), Q("hơn 580 triệu đồng", 580000000, "đồng", "over"),
 Q("96 người", 96, "người"), Q("khoảng 3.600 lượt người", 3600, "lượt người", "approx"), Q("14 khu vực", 14, "khu vực"),
 Q("3 kiến nghị", 3, "kiến nghị")],
[D("Kế hoạch", "34", "KH-MTTQ-BTT", "2017-07-05", "Ban Thường trực Ủy ban MTTQ Việt Nam quận", "Kế hoạch số 34/KH-MTTQ-BTT ngày 05/7/2017"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "105", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 105/2014/NĐ-CP")],
[prov("Cần Thơ"), com("An Khánh"), com("Xuân Khánh")],
["Ủy ban MTTQ Việt Nam thành phố Cần Thơ", "Trang chủ - Hoạt động Mặt trận - Giám sát, phản biện",
 "Đoàn giám sát làm việc tại UBND phường An Khánh.", "Quy chế giám sát và phản biện xã hội"],
["Ngày 22/08/2017 | 14:30", "năm 2017", "7 tháng", "khu vực 4", "khu vực 6", "số 12"]))

PAGES.append(page("b2437-vinhlong-bdv-baocao-2018", """
Ban Dân vận Tỉnh ủy Vĩnh Long
Trang chủ / Tin tức / Tin hoạt động
Cập nhật lúc 07:50 ngày 04/01/2019
Năm 2018: hơn 1.100 mô hình "Dân vận khéo" được công nhận
Theo Báo cáo số 215-BC/BDVTU ngày 28/12/2018 của Ban Dân vận Tỉnh ủy Vĩnh Long về kết quả công tác dân vận năm 2018, phong trào thi đua "Dân vận khéo" tiếp tục được các cấp, các ngành hưởng ứng, toàn tỉnh có 1.126 mô hình được công nhận, trong đó 58 mô hình cấp tỉnh.
Mô hình "Ấp không rác" ở xã Tân Mỹ. Ảnh: Bá Thi
Báo cáo nêu rõ, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 31, 32-KL/TU về công tác dân vận chính quyền và về vận động đồng bào Khmer; hướng dẫn thực hiện Quy định số 11-QĐ/TU ngày 20/4/2018 của Tỉnh ủy về trách nhiệm người đứng đầu trong tiếp dân. Các cấp đã tổ chức 214 cuộc đối thoại với hơn 9.800 lượt người tham dự.
Năm qua, nhân dân đóng góp hơn 86,4 tỷ đồng, hiến 142.000 m2 đất, tham gia 56.000 ngày công xây dựng nông thôn mới; Mặt trận các cấp trao 735 căn nhà Đại đoàn kết cho hộ nghèo, hộ khó khăn về nhà ở, tổng giá trị 29,4 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 2,68%.
Trong đồng bào Khmer ở các huyện Trà Ôn, Tam Bình, Vũng Liêm, các ban dân vận đã phối hợp thăm hỏi 16 chùa Khmer, tặng 1.300 phần quà Tết Chôl Chnăm Thmây. Bà Thạch Thị Thanh Thúy, Phó Trưởng Ban Dân vận Huyện ủy Trà Ôn, đánh giá: "Đồng bào tin tưởng vì cán bộ đến tận phum, sóc lắng nghe". Ông Sơn Hiếu, Trưởng ấp Mù U, xã Loan Mỹ, được tặng bằng khen vì vận động 27 hộ hiến đất làm lộ.
Báo cáo cũng chỉ ra hạn chế: một số nơi tổ chức đối thoại còn hình thức; 17 vụ khiếu kiện đông người chưa được giải quyết dứt điểm. Đồng chí Huỳnh Thị Kim Phụng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, yêu cầu năm 2019 tập trung thực hiện tốt Quy chế dân chủ ở cơ sở, nhân rộng mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới nâng cao.
Bá Thi
Lượt truy cập: 2.118.405
Tin liên quan
- Long Hồ: trao 30 căn nhà Đại đoàn kết (22/12/2018)
- Hội thi "Dân vận khéo" tỉnh Vĩnh Long lần thứ II (05/12/2018)
- Tam Bình: hội nghị người có uy tín trong đồng bào Khmer (20/11/2018)
- Giao ban khối dân vận quý III/2018 (04/10/2018)
- Bình Tân: đối thoại giữa Bí thư Huyện ủy với nông dân (18/09/2018)
- Vũng Liêm: họp mặt sư sãi, achar nhân lễ Sene Đôlta (06/09/2018)
- Mang Thít: ra mắt tổ dân vận ấp Thanh Hưng (27/08/2018)
- Ban Dân vận Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị 18 của Ban Thường vụ (10/08/2018)
- Trà Ôn vận động đồng bào Khmer chuyển đổi cây trồng trên đất lúa (25/07/2018)
BAN DÂN VẬN TỈNH ỦY VĨNH LONG - Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp
Địa chỉ: số 1 Hoàng Thái Hiếu, phường 1, TP Vĩnh Long
""", "2019-01-04", 'Năm 2018: hơn 1.100 mô hình "Dân vận khéo" được công nhận',
E("bao_cao", "2018", "2018-12-28"),
[P("Thạch Thị Thanh Thúy", "Phó Trưởng Ban Dân vận Huyện ủy Trà Ôn"),
 P("Sơn Hiếu", "Trưởng ấp Mù U"),
 P("Huỳnh Thị Kim Phụng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.126 mô hình", 1126, "mô hình"), Q("58 mô hình cấp tỉnh", 58, "mô hình cấp tỉnh"), Q("214 cuộc đối thoại", 214, "cuộc đối thoại"),
 Q("hơn 9.800 lượt người", 9800, "lượt người", "over"), Q("hơn 86,4 tỷ đồng", 86400000000, "đồng", "over"),
 Q("142.000 m2", 142000, "m2"), Q("56.000 ngày công", 56000, "ngày công"), Q("735 căn nhà Đại đoàn kết", 735, "căn nhà Đại đoàn kết"),
 Q("29,4 tỷ đồng", 29400000000, "đồng"), Q("2,68%", 2.68, "%"), Q("16 chùa Khmer", 16, "chùa Khmer"),
 Q("1.300 phần quà", 1300, "phần quà"), Q("27 hộ", 27, "hộ"), Q("17 vụ khiếu kiện đông người", 17, "vụ khiếu kiện đông người")],
[D("Báo cáo", "215", "BC/BDVTU", "2018-12-28", "Ban Dân vận Tỉnh ủy Vĩnh Long", "Báo cáo số 215-BC/BDVTU ngày 28/12/2018"),
 D("Kết luận", "31", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Kết luận", "32", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Quy định", "11", "QĐ/TU", "2018-04-20", "Tỉnh ủy", "Quy định số 11-QĐ/TU ngày 20/4/2018 của Tỉnh ủy")],
[prov("Vĩnh Long"), com("Tân Mỹ"), com("Loan Mỹ")],
["Ban Dân vận Tỉnh ủy Vĩnh Long", "Trang chủ / Tin tức / Tin hoạt động", "Mô hình \"Ấp không rác\" ở xã Tân Mỹ. Ảnh: Bá Thi",
 "Dân vận khéo", "Ấp không rác", "Chôl Chnăm Thmây", "Lượt truy cập: 2.118.405"],
["Cập nhật lúc 07:50 ngày 04/01/2019", "năm 2018", "năm 2019", "Lượt truy cập: 2.118.405"]))

PAGES.append(page("b2438-bentre-bdv-hoinghi-2018", """
BÁO ĐỒNG KHỞI ONLINE
Thời sự › Chính trị
Thứ Tư, 12/09/2018 - 08:40
Gặp mặt chức sắc, chức việc các tôn giáo năm 2018
Chiều 11/9, Ban Dân vận Tỉnh ủy Bến Tre phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc các tôn giáo năm 2018. Đồng chí Lê Thị Kiều Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự hội nghị có 135 vị chức sắc, chức việc của Phật giáo, Công giáo, Cao Đài, Tin lành và Tịnh độ cư sĩ Phật hội Việt Nam.
Đồng chí Lê Thị Kiều Oanh phát biểu tại hội nghị.
Báo cáo tại hội nghị cho biết, toàn tỉnh có 318 cơ sở thờ tự với khoảng 412.000 tín đồ. Các tổ chức tôn giáo đã tích cực tham gia công tác an sinh xã hội, 8 tháng năm 2018 đóng góp gần 14,7 tỷ đồng cho quỹ học bổng, xây 62 căn nhà tình thương và hơn 1.900 suất quà cho hộ nghèo. Tỉnh đã triển khai Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ đến các cơ sở tôn giáo; thực hiện Kế hoạch số 96-KH/TU của Tỉnh ủy về công tác tôn giáo.
Tại hội nghị, Linh mục Giuse Trần Văn Hiền, Quản hạt Ba Tri, cho biết giáo dân các giáo xứ tham gia phong trào "Sống tốt đời, đẹp đạo", đóng góp 450 triệu đồng làm 3 cây cầu giao thông nông thôn. Thượng tọa Thích Huệ Lực, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị quan tâm cấp giấy chứng nhận quyền sử dụng đất cho 11 chùa. Chánh trị sự Phạm Văn Út, Trưởng Ban Cai quản Họ đạo Cao Đài An Hội, kiến nghị hỗ trợ tu sửa đường vào thánh thất.
Ông Võ Văn Tám (thường gọi Tám Chợ), Trưởng Ban nhân dân ấp Phú Thạnh, xã Phú Ngãi, là chức việc Tịnh độ cư sĩ, chia sẻ cách vận động bà con trong ấp không nghe theo tuyên truyền trái pháp luật.
Phát biểu kết luận, đồng chí Lê Thị Kiều Oanh ghi nhận sự đồng hành của các tôn giáo, đề nghị chức sắc tiếp tục vận động tín đồ thực hiện đúng pháp luật, tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng giấy khen cho 24 tập thể, 37 cá nhân tiêu biểu trong các tôn giáo.
Thanh Đồng
Bản in | Gửi bài | Lượt xem: 1.506
Tin cùng chuyên mục
- Giồng Trôm: đối thoại với nông dân về chuyển đổi cây trồng (08/09/2018)
- Ba Tri: ra mắt mô hình "Họ đạo Cao Đài không có tội phạm" (30/08/2018)
- Hội nghị giao ban khối dân vận 6 tháng đầu năm (25/07/2018)
- Mỏ Cày Nam: tặng 40 suất học bổng cho học sinh Công giáo nghèo (17/07/2018)
- Châu Thành: họp mặt chức việc Tin lành nhân dịp Lễ Phục sinh (03/04/2018)
- Thạnh Phú vận động giáo dân hiến đất làm đường (20/03/2018)
Báo Đồng Khởi - Cơ quan của Đảng bộ tỉnh Bến Tre
""", "2018-09-12", "Gặp mặt chức sắc, chức việc các tôn giáo năm 2018",
E("hoi_nghi", "2018", "2018-09-11"),
[P("Lê Thị Kiều Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Trần Văn Hiền", "Linh mục", "Quản hạt Ba Tri"),
 P("Thích Huệ Lực", "Thượng tọa", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phạm Văn Út", "Chánh trị sự", "Trưởng Ban Cai quản Họ đạo Cao Đài An Hội"),
 P("Võ Văn Tám", "Trưởng Ban nhân dân ấp Phú Thạnh")],
[Q("135 vị chức sắc, chức việc", 135, "vị chức sắc, chức việc"), Q("318 cơ sở thờ tự", 318, "cơ sở thờ tự"),
 Q("khoảng 412.000 tín đồ", 412000, "tín đồ", "approx"), Q("gần 14,7 tỷ đồng", 14700000000, "đồng", "approx"),
 Q("62 căn nhà tình thương", 62, "căn nhà tình thương"), Q("hơn 1.900 suất quà", 1900, "suất quà", "over"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("3 cây cầu giao thông nông thôn", 3, "cây cầu giao thông nông thôn"),
 Q("11 chùa", 11, "chùa"), Q("24 tập thể", 24, "tập thể"), Q("37 cá nhân", 37, "cá nhân")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Kế hoạch", "96", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 96-KH/TU của Tỉnh ủy")],
[prov("Bến Tre"), com("Phú Ngãi")],
["BÁO ĐỒNG KHỞI ONLINE", "Thời sự › Chính trị", "Đồng chí Lê Thị Kiều Oanh phát biểu tại hội nghị.", "Luật Tín ngưỡng, tôn giáo",
 "Sống tốt đời, đẹp đạo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tịnh độ cư sĩ Phật hội Việt Nam",
 "Bản in | Gửi bài | Lượt xem: 1.506"],
["Thứ Tư, 12/09/2018 - 08:40", "năm 2018", "8 tháng năm 2018", "Lượt xem: 1.506"]))

PAGES.append(page("b2439-tiengiang-mttq-giaoban-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TIỀN GIANG
Trang chủ / Tin hoạt động / Mặt trận các cấp
2019-04-02 15:20
Ban Thường trực Ủy ban MTTQ tỉnh giao ban tháng 3
Ngày 01/4/2019, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tiền Giang tổ chức giao ban tháng 3/2019 với Thường trực Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố. Bà Nguyễn Thị Hồng Loan, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các ông Lê Văn Sáu, Đoàn Minh Trí - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Quang cảnh buổi giao ban tháng 3.
Trong tháng, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được 3,85 tỷ đồng, nâng tổng số quý I lên 9,2 tỷ đồng; hỗ trợ xây 48 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng. Thực hiện Chỉ thị số 05-CT/TU ngày 18/02/2019 của Ban Thường vụ Tỉnh ủy, Mặt trận phối hợp ngành nông nghiệp vận động 2.370 hộ trồng lúa ở vùng ngọt hóa Gò Công chuyển đổi cây trồng do hạn mặn.
Ủy ban MTTQ huyện Cái Bè báo cáo đã tổ chức 6 cuộc giám sát theo Quyết định 217-QĐ/TW và 2 hội nghị phản biện dự thảo nghị quyết của HĐND huyện. Ông Trần Văn Chín (Chín Hải), Trưởng Ban Công tác Mặt trận ấp Mỹ Hưng, xã Hậu Mỹ Bắc A, được biểu dương vì vận động 19 hộ hiến đất mở rộng lộ liên ấp.
Ủy ban MTTQ thị xã Gò Công cho biết khu dân cư người Hoa ở phường 1 vận động được 126 triệu đồng giúp hộ khó khăn. Bà Lâm Ngọc Trân, Trưởng Ban Công tác Mặt trận khu phố 2, đề nghị tỉnh hướng dẫn cụ thể việc bình chọn khu dân cư văn hóa theo Hướng dẫn số 12/HD-MTTQ-BTT ngày 05/3/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Kết luận giao ban, bà Nguyễn Thị Hồng Loan yêu cầu tháng 4 các địa phương tập trung chuẩn bị Đại hội MTTQ cấp xã nhiệm kỳ 2019 - 2024, chọn 3 xã làm điểm; tiếp tục phát động phong trào "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" và tăng cường nắm tình hình nhân dân vùng hạn mặn.
Minh Thư
Lượt xem: 388
Tin khác
- Chợ Gạo: Ủy ban MTTQ huyện giao ban quý I/2019 (29/03/2019)
- Trao 15 căn nhà Đại đoàn kết cho hộ nghèo huyện Tân Phú Đông (20/03/2019)
- Hội nghị hiệp thương giới thiệu người ứng cử đại biểu (11/03/2019)
- Mặt trận xã Bình Đức vận động trữ nước ngọt mùa khô (04/03/2019)
- Cai Lậy: ra mắt 5 khu dân cư kiểu mẫu (26/02/2019)
- Gò Công Tây: họp mặt người Hoa nhân dịp Tết Nguyên tiêu (19/02/2019)
- Ban Thường trực giao ban tháng 2/2019 (04/03/2019)
- Tân Phước: Mặt trận vận động hỗ trợ nông dân vùng khô hạn (14/02/2019)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 12, khóa IX (25/01/2019)
Ủy ban MTTQ Việt Nam tỉnh Tiền Giang - Địa chỉ: số 37 Hùng Vương, phường 1, TP Mỹ Tho
""", "2019-04-02", "Ban Thường trực Ủy ban MTTQ tỉnh giao ban tháng 3",
E("giao_ban", "2019-03", "2019-04-01"),
[P("Nguyễn Thị Hồng Loan", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Sáu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đoàn Minh Trí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Chín", "Trưởng Ban Công tác Mặt trận ấp Mỹ Hưng"),
 P("Lâm Ngọc Trân", "Trưởng Ban Công tác Mặt trận khu phố 2")],
[Q("3,85 tỷ đồng", 3850000000, "đồng"), Q("9,2 tỷ đồng", 9200000000, "đồng"), Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("2.370 hộ", 2370, "hộ"), Q("6 cuộc giám sát", 6, "cuộc giám sát"),
 Q("2 hội nghị phản biện", 2, "hội nghị phản biện"), Q("19 hộ", 19, "hộ"), Q("126 triệu đồng", 126000000, "đồng"), Q("3 xã", 3, "xã")],
[D("Chỉ thị", "05", "CT/TU", "2019-02-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 18/02/2019 của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2019-03-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT ngày 05/3/2019")],
[prov("Tiền Giang"), com("Hậu Mỹ Bắc A")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TIỀN GIANG", "Trang chủ / Tin hoạt động / Mặt trận các cấp", "Quang cảnh buổi giao ban tháng 3.",
 "Vì người nghèo", "Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Lượt xem: 388"],
["2019-04-02 15:20", "tháng 3/2019", "quý I", "tháng 4", "nhiệm kỳ 2019 - 2024", "Lượt xem: 388"]))

PAGES.append(page("b2440-tayninh-bdv-soket-2019", """
Ban Dân vận Tỉnh ủy Tây Ninh
Trang chủ - Tin tức - Hoạt động Ban Dân vận
08:15 | 16/07/2019
Tân Biên: Nhiều mô hình hay trong vận động đồng bào dân tộc
Ngày 15/7, Ban Dân vận Huyện ủy Tân Biên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2019. Đồng chí Nguyễn Thanh Sơn, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Biên chủ trì hội nghị.
Ảnh: Đồng chí Nguyễn Thanh Sơn phát biểu tại hội nghị.
Theo báo cáo, 6 tháng qua Ban đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 112-KH/HU về thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25 của Trung ương; phối hợp khảo sát tình hình đời sống đồng bào Khmer, Chăm tại 4 xã biên giới. Toàn huyện hiện có 312 hộ đồng bào Khmer với 1.346 khẩu, sống tập trung ở ấp Tầm Phô, xã Thạnh Bắc, và ấp Tân Đông, xã Tân Lập.
Các cơ quan dân vận đã phối hợp trao 420 phần quà Tết cho hộ nghèo, tổng trị giá 168 triệu đồng; vận động xây 12 căn nhà Đại đoàn kết. Mô hình "Dân vận khéo" được nhân rộng với 23 mô hình cấp xã, trong đó mô hình "Tổ liên kết trồng mì" ở ấp Tầm Phô giúp 35 hộ có thu nhập ổn định.
Tại hội nghị, ông Thạch Sà Ly, Trưởng ấp Tầm Phô, cho biết nhờ được vay vốn 50 triệu đồng mỗi hộ, nhiều gia đình Khmer đã thoát nghèo. Bà Thị Ngọc Hà, Phó Bí thư Đoàn xã Tân Lập, đề nghị mở lớp dạy chữ Khmer cho thiếu nhi. Ông Quách Vĩnh Phát, Phó Chủ tịch UBND xã Thạnh Bắc, báo cáo xã đã tiếp nhận 14 đơn thư, giải quyết 12 đơn.
Kết luận hội nghị, đồng chí Nguyễn Thanh Sơn yêu cầu 6 tháng cuối năm tiếp tục thực hiện tốt phương châm "4 cùng" với đồng bào dân tộc; nắm chắc tình hình tư tưởng nhân dân khu vực biên giới, không để kẻ xấu lợi dụng kích động.
Thanh Tùng
Lượt xem: 612
Tin liên quan
- Châu Thành: giao ban khối dân vận quý II/2019 (05/07/2019)
- Hòa Thành: gặp mặt chức sắc Cao Đài nhân lễ Hội Yến Diêu Trì Cung (28/06/2019)
- Tân Châu: ra mắt 6 mô hình Dân vận khéo (20/06/2019)
- Trao nhà Đại đoàn kết cho hộ nghèo xã Tân Bình (11/06/2019)
- Ban Dân vận Tỉnh ủy khảo sát tình hình đồng bào Chăm ở Ninh Điền (30/05/2019)
- Gò Dầu: sơ kết 5 năm phong trào Dân vận khéo (22/05/2019)
- Bến Cầu: đối thoại với nhân dân về giải phóng mặt bằng (14/05/2019)
- Dương Minh Châu: ra mắt tổ dân vận ấp Phước Bình (06/05/2019)
- Tân Biên: trao 20 suất học bổng cho học sinh dân tộc Khmer (24/04/2019)
Điện thoại: 0276.3822.xxx | Email: bandanvan@tayninh.gov.vn
Ghi rõ nguồn khi phát hành lại thông tin từ website này.
Ban Dân vận Tỉnh ủy Tây Ninh - số 100 đường 30/4, phường 2, TP Tây Ninh
""", "2019-07-16", "Tân Biên: Nhiều mô hình hay trong vận động đồng bào dân tộc",
E("so_ket", "2019-H1", "2019-07-15"),
[P("Nguyễn Thanh Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Biên"),
 P("Thạch Sà Ly", "Trưởng ấp Tầm Phô"),
 P("Thị Ngọc Hà", "Phó Bí thư Đoàn xã Tân Lập"),
 P("Quách Vĩnh Phát", "Phó Chủ tịch UBND xã Thạnh Bắc")],
[Q("4 xã biên giới", 4, "xã biên giới"), Q("312 hộ đồng bào Khmer", 312, "hộ đồng bào Khmer"), Q("1.346 khẩu", 1346, "khẩu"),
 Q("420 phần quà", 420, "phần quà"), Q("168 triệu đồng", 168000000, "đồng"), Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
 Q("23 mô hình cấp xã", 23, "mô hình cấp xã"), Q("35 hộ", 35, "hộ"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("14 đơn thư", 14, "đơn thư"), Q("12 đơn", 12, "đơn")],
[D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư"),
 D("Nghị quyết", "25", None, None, "Trung ương", "Nghị quyết 25 của Trung ương")],
[prov("Tây Ninh"), com("Thạnh Bắc"), com("Tân Lập")],
["Ban Dân vận Tỉnh ủy Tây Ninh", "Trang chủ - Tin tức - Hoạt động Ban Dân vận", "Ảnh: Đồng chí Nguyễn Thanh Sơn phát biểu tại hội nghị.",
 "Dân vận khéo", "Tổ liên kết trồng mì", "4 cùng", "Lượt xem: 612"],
["08:15 | 16/07/2019", "6 tháng đầu năm 2019", "6 tháng cuối năm", "4 cùng", "Lượt xem: 612"]))
