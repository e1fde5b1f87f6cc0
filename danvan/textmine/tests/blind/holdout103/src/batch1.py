from lib import *
PAGES = []

PAGES.append(page("b2429-soctrang-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ » Hoạt động » Tin trong tỉnh
Thứ Năm, 29/12/2011 - 16:20
Toàn cảnh hội nghị tổng kết. Ảnh: Huỳnh Như
Sóc Trăng: Tổng kết công tác dân vận năm 2011
Chiều 27/12, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Sơn Thị Chanh Đa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 65 đồng chí là lãnh đạo ban dân vận các huyện, thành ủy và Đảng ủy Khối.
Báo cáo do đồng chí Trần Quốc Khởi, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ, năm qua Ban đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 06, 07-CT/TU về công tác vận động đồng bào Khmer và về xây dựng ấp, khóm văn hóa; tiếp tục quán triệt Chỉ thị số 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer. Ban cũng ban hành Kế hoạch số 38-KH/BDVTU ngày 12/4/2011 về kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở.
Khối dân vận các cấp đã phối hợp thăm, tặng quà 92 chùa Phật giáo Nam tông Khmer và 1.245 lượt sư sãi, achar nhân dịp Tết Chôl Chnăm Thmây, lễ Sene Đôlta. Mặt trận và các đoàn thể vận động xây dựng 312 căn nhà Đại đoàn kết với tổng kinh phí hơn 9,3 tỷ đồng; nhân dân hiến 27.400 m2 đất làm đường giao thông nông thôn. Toàn tỉnh có 85 mô hình "Dân vận khéo" được công nhận; tỷ lệ đơn thư được giải quyết đạt 96,5%.
Tại hội nghị, bà Lâm Thị Sô Phi, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, chia sẻ cách vận động đồng bào Khmer cho con em đi học đúng độ tuổi. Ông Tăng Chí Hùng, Bí thư Đảng ủy xã Lai Hòa, cho biết xã có đông đồng bào Hoa, Khmer sinh sống, đã phát huy vai trò các Ban nhân dân ấp trong hòa giải mâu thuẫn, năm qua hòa giải thành 23 vụ việc tranh chấp đất đai. Đại đức Thạch Sa Muth, Trụ trì chùa Prếk Chóp, đề nghị tiếp tục hỗ trợ các lớp dạy chữ Khmer trong dịp hè.
Phát biểu kết luận, đồng chí Sơn Thị Chanh Đa ghi nhận kết quả đạt được, đồng thời yêu cầu năm 2012 các cấp ủy quan tâm củng cố tổ chức, nâng cao năng lực đội ngũ cán bộ dân vận ở ấp, khóm, sóc; thực hiện phương châm "Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể và 21 cá nhân có thành tích xuất sắc.
Huỳnh Như
Lượt xem: 1.032
Tin liên quan
- Mỹ Xuyên ra mắt mô hình "Dân vận khéo" trong đồng bào Khmer (15/12/2011)
- Gặp mặt sư sãi, achar nhân lễ Sene Đôlta (26/09/2011)
- Ngã Năm: sơ kết 3 năm thực hiện Quy chế dân vận (18/08/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Thạnh Trị (02/08/2011)
- Hội nghị báo cáo viên khối dân vận quý IV/2011 (28/07/2011)
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Địa chỉ: số 2 Trần Hưng Đạo, Phường 3, TP Sóc Trăng | Điện thoại: 079.3821.xxx
Ghi rõ nguồn khi phát hành lại thông tin từ trang này.
""", "2011-12-29", "Sóc Trăng: Tổng kết công tác dân vận năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Sơn Thị Chanh Đa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Khởi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Sô Phi", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Tăng Chí Hùng", "Bí thư Đảng ủy xã Lai Hòa"),
 P("Thạch Sa Muth", "Đại đức", "Trụ trì chùa Prếk Chóp")],
[Q("65 đồng chí", 65, "đồng chí"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("1.245 lượt sư sãi, achar", 1245, "lượt sư sãi, achar"), Q("312 căn nhà Đại đoàn kết", 312, "căn nhà Đại đoàn kết"),
 Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"), Q("27.400 m2", 27400, "m2"),
 Q("85 mô hình", 85, "mô hình"), Q("96,5%", 96.5, "%"), Q("23 vụ việc tranh chấp đất đai", 23, "vụ việc tranh chấp đất đai"),
 Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "38", "KH/BDVTU", "2011-04-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 38-KH/BDVTU ngày 12/4/2011")],
[prov("Sóc Trăng"), com("Lai Hòa")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ » Hoạt động » Tin trong tỉnh", "Toàn cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Chôl Chnăm Thmây", "Sene Đôlta", "Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân",
 "Lượt xem: 1.032", "Quy chế dân chủ ở cơ sở"],
["Thứ Năm, 29/12/2011 - 16:20", "65 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.032"]))

PAGES.append(page("b2430-travinh-mttq-traoqua-2012", """
Cổng thông tin điện tử huyện Trà Cú - tỉnh Trà Vinh
Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể
Cập nhật: 08:30, 14/01/2012 (GMT+7)
Trao 850 phần quà Tết cho hộ nghèo đồng bào Khmer
Ngày 12/01/2012, Ủy ban MTTQ Việt Nam huyện Trà Cú phối hợp Hội Chữ thập đỏ huyện và các nhà hảo tâm tổ chức trao 850 phần quà Tết cho hộ nghèo, hộ cận nghèo là đồng bào dân tộc Khmer tại các xã Đại An, Ngọc Biên, Tân Hiệp. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 200.000 đồng tiền mặt, tổng trị giá hơn 297 triệu đồng.
Ông Kim Ngọc Thái, Phó Chủ tịch UBND huyện Trà Cú tặng quà cho bà con xã Ngọc Biên.
Đến dự và trao quà có ông Kim Ngọc Thái, Phó Chủ tịch UBND huyện; bà Thạch Thị Hoàng Oanh, Chủ tịch Ủy ban MTTQ Việt Nam huyện; các ông Lê Văn Đẹt, Sơn Tha Ra - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện. Nhà tài trợ có ông Trương Khánh Lâm, Giám đốc Doanh nghiệp tư nhân Khánh Lâm ở thị trấn Trà Cú, đóng góp 120 triệu đồng.
Theo bà Thạch Thị Hoàng Oanh, các phần quà được trao tận tay người nhận, danh sách do Ban nhân dân ấp bình xét công khai tại các cuộc họp dân. Năm 2011, Quỹ "Vì người nghèo" của huyện vận động được 1,48 tỷ đồng, hỗ trợ xây mới 46 căn nhà và sửa chữa 18 căn nhà cho hộ nghèo; trao 310 suất học bổng cho học sinh nghèo hiếu học.
Thực hiện Quyết định số 74/2008/QĐ-TTg của Thủ tướng Chính phủ, huyện đã hỗ trợ đất ở, đất sản xuất cho 127 hộ đồng bào Khmer nghèo. Đến cuối năm 2011, toàn huyện còn 7.912 hộ nghèo, chiếm 22,6% tổng số hộ.
Nhận quà, ông Thạch Sóc, ngụ ấp Xoài Xiêm, xã Ngọc Biên, xúc động: "Có phần quà, gia đình tôi có cái Tết ấm hơn". Đại đức Kim Sa Rươn, Phó Trụ trì chùa Sóc Cụt, cùng các achar chùa đã hỗ trợ Ban nhân dân ấp đưa bà con đến nhận quà đúng giờ.
Dịp này, Ban Thường trực Ủy ban MTTQ Việt Nam huyện cũng thăm, tặng quà 15 gia đình chính sách và 3 chùa Khmer trên địa bàn.
Thanh Hòa
Tin khác
- Trà Cú: hội nghị Ban Chấp hành Ủy ban MTTQ huyện lần thứ 9 (06/01/2012)
- Ra mắt tổ hòa giải ấp Ô Đùng (28/12/2011)
- Tuyên dương 42 gương người tốt việc tốt năm 2011 (20/12/2011)
- Hội Nông dân huyện trao 30 con bò giống cho hộ nghèo (15/12/2011)
- Xã Long Hiệp: vận động hiến đất làm đường liên ấp (08/12/2011)
- Trà Cú sơ kết 5 năm thực hiện Chỉ thị 06 về củng cố tổ chức cơ sở Đảng (30/11/2011)
- Hội thi Tuyên truyền viên giỏi khối Mặt trận năm 2011 (22/11/2011)
- Tặng 200 áo phao cho ngư dân nghèo xã Định An (10/11/2011)
Cơ quan chủ quản: Ủy ban nhân dân huyện Trà Cú
Địa chỉ: khóm 1, thị trấn Trà Cú, huyện Trà Cú, tỉnh Trà Vinh
Giấy phép số 12/GP-STTTT. Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện.
""", "2012-01-14", "Trao 850 phần quà Tết cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2012-01-12"),
[P("Kim Ngọc Thái", "Phó Chủ tịch UBND huyện"),
 P("Thạch Thị Hoàng Oanh", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Văn Đẹt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Sơn Tha Ra", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trương Khánh Lâm", "Giám đốc Doanh nghiệp tư nhân Khánh Lâm"),
 P("Thạch Sóc"),
 P("Kim Sa Rươn", "Đại đức", "Phó Trụ trì chùa Sóc Cụt")],
[Q("850 phần quà", 850, "phần quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 297 triệu đồng", 297000000, "đồng", "over"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("1,48 tỷ đồng", 1480000000, "đồng"), Q("46 căn nhà", 46, "căn nhà"), Q("18 căn nhà", 18, "căn nhà"),
 Q("310 suất học bổng", 310, "suất học bổng"), Q("127 hộ đồng bào Khmer nghèo", 127, "hộ đồng bào Khmer nghèo"),
 Q("7.912 hộ nghèo", 7912, "hộ nghèo"), Q("22,6%", 22.6, "%"), Q("15 gia đình chính sách", 15, "gia đình chính sách"),
 Q("3 chùa Khmer", 3, "chùa Khmer")],
[D("Quyết định", "74", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 74/2008/QĐ-TTg")],
[prov("Trà Vinh"), com("Đại An"), com("Ngọc Biên"), com("Tân Hiệp"), com("Trà Cú")],
["Cổng thông tin điện tử huyện Trà Cú - tỉnh Trà Vinh", "Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể",
 "Ông Kim Ngọc Thái, Phó Chủ tịch UBND huyện Trà Cú tặng quà cho bà con xã Ngọc Biên.", "Vì người nghèo",
 "Doanh nghiệp tư nhân Khánh Lâm", "Ban nhân dân ấp"],
["Cập nhật: 08:30, 14/01/2012 (GMT+7)", "năm 2011"]))

PAGES.append(page("b2431-baclieu-bdv-soket-2013", """
BÁO BẠC LIÊU ĐIỆN TỬ
Chính trị :: Xây dựng Đảng
15:40 | 11/07/2013
Công tác dân vận góp phần giữ vững ổn định ở cơ sở
(BL) - Ngày 10/7, Ban Dân vận Tỉnh ủy Bạc Liêu tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2013. Đồng chí Quách Thị Mỹ Lệ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Quách Thị Mỹ Lệ phát biểu chỉ đạo hội nghị. Ảnh: K.Ngân
Theo báo cáo, 6 tháng đầu năm 2013, khối dân vận các cấp đã tham mưu cấp ủy triển khai Kết luận 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể; hướng dẫn thực hiện Kế hoạch 15, 16-KH/TU của Tỉnh ủy về công tác dân vận trong đồng bào Hoa và đồng bào Khmer. Các ban dân vận huyện, thành ủy đã nắm tình hình tại 64 ấp, khóm có đông đồng bào dân tộc; phối hợp giải quyết 38 vụ việc khiếu nại kéo dài, trong đó có 31 vụ việc đã được hòa giải thành.
Phong trào "Dân vận khéo" tiếp tục lan tỏa với 47 mô hình cấp xã và 9 mô hình cấp huyện. Nhân dân đóng góp hơn 4,6 tỷ đồng, hiến 12.300 m2 đất, 1.850 ngày công để xây dựng 37 cây cầu bê tông nông thôn.
Phát biểu tại hội nghị, ông Lý Văn Kiệt (thường gọi Tư Kiệt), Trưởng Ban nhân dân ấp Cái Giá, thị trấn Hòa Bình, cho biết ấp đã vận động 100% hộ dân ký cam kết không vi phạm pháp luật. Bà Thạch Thị Kim Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Vĩnh Hậu A, đề nghị tỉnh tiếp tục cho vay vốn giải quyết việc làm để chị em người Khmer phát triển nghề đan đát. Ông Huỳnh Chấn Phát, Trưởng Ban Quản trị chùa Quan Đế, phát biểu về đóng góp của bà con người Hoa qua Hội Tương tế người Hoa trong công tác từ thiện.
Kết luận hội nghị, đồng chí Quách Thị Mỹ Lệ yêu cầu 6 tháng cuối năm các cấp tập trung thực hiện tốt Chỉ thị số 49-CT/TU ngày 05/3/2013 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng ven biển; chú trọng nắm tình hình ở vùng ven biển, vùng đồng bào Khmer, kịp thời tham mưu xử lý các vụ việc mới phát sinh.
Ông Trần Văn Thắm, Phó Trưởng Ban Dân vận Tỉnh ủy, thông qua kế hoạch kiểm tra chuyên đề 6 tháng cuối năm.
Kim Ngân
Tin cùng chuyên mục
- Đông Hải: ra mắt 3 tổ dân vận ấp (03/07/2013)
- Hội thi "Dân vận khéo" khối huyện Phước Long (25/06/2013)
- Giá Rai vận động hiến đất làm đường (10/06/2013)
- Vĩnh Lợi: giao ban công tác dân vận quý II (28/05/2013)
- Họp mặt chức sắc các tôn giáo nhân lễ Phật đản (20/05/2013)
- Ban Dân vận Tỉnh ủy khảo sát tình hình đồng bào Khmer ở Hồng Dân (09/05/2013)
- Thành phố Bạc Liêu: ra mắt mô hình khóm dân vận khéo (25/04/2013)
Báo Bạc Liêu - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bạc Liêu
Tổng Biên tập: ... | Tòa soạn: số 8 đường Hai Bà Trưng, TP Bạc Liêu
Bản quyền thuộc Báo Bạc Liêu.
""", "2013-07-11", "Công tác dân vận góp phần giữ vững ổn định ở cơ sở",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Quách Thị Mỹ Lệ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Văn Kiệt", "Trưởng Ban nhân dân ấp Cái Giá"),
 P("Thạch Thị Kim Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Vĩnh Hậu A"),
 P("Huỳnh Chấn Phát", "Trưởng Ban Quản trị chùa Quan Đế"),
 P("Trần Văn Thắm", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("64 ấp, khóm", 64, "ấp, khóm"), Q("38 vụ việc khiếu nại kéo dài", 38, "vụ việc khiếu nại kéo dài"),
 Q("31 vụ việc", 31, "vụ việc"), Q("47 mô hình cấp xã", 47, "mô hình cấp xã"), Q("9 mô hình cấp huyện", 9, "mô hình cấp huyện"),
 Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("12.300 m2", 12300, "m2"), Q("1.850 ngày công", 1850, "ngày công"),
 Q("37 cây cầu bê tông nông thôn", 37, "cây cầu bê tông nông thôn"), Q("100% hộ dân", 100, "%")],
[D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận 62-KL/TW của Bộ Chính trị"),
 D("Kế hoạch", "15", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 15, 16-KH/TU của Tỉnh ủy"),
 D("Kế hoạch", "16", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 15, 16-KH/TU của Tỉnh ủy"),
 D("Chỉ thị", "49", "CT/TU", "2013-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU ngày 05/3/2013 của Ban Thường vụ Tỉnh ủy")],
[prov("Bạc Liêu"), com("Hòa Bình"), com("Vĩnh Hậu A")],
["BÁO BẠC LIÊU ĐIỆN TỬ", "Chính trị :: Xây dựng Đảng", "Đồng chí Quách Thị Mỹ Lệ phát biểu chỉ đạo hội nghị.", "(BL)",
 "Dân vận khéo", "Hội Tương tế người Hoa"],
["15:40 | 11/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm 2013"]))

PAGES.append(page("b2432-kiengiang-huyen-doithoai-2014", """
Ban Dân vận Huyện ủy Giồng Riềng - tỉnh Kiên Giang
Trang chủ / Tin tức / Dân vận chính quyền
05-06-2014 10:15
Bí thư Huyện ủy đối thoại với nông dân
Sáng 04/6, tại hội trường UBND xã Bàn Tân Định, Ban Thường vụ Huyện ủy Giồng Riềng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với nông dân năm 2014. Đồng chí Nguyễn Hoàng Sơn, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy Giồng Riềng chủ trì buổi đối thoại. Cùng dự có các đồng chí Phó Chủ tịch UBND huyện: Lâm Minh Tâm, Danh Sô Phol và hơn 260 nông dân đến từ 7 xã có đông đồng bào Khmer.
Quang cảnh buổi đối thoại tại xã Bàn Tân Định.
Buổi đối thoại được tổ chức theo Chỉ thị số 29-CT/HU ngày 14/02/2014 của Ban Thường vụ Huyện ủy về việc người đứng đầu cấp ủy, chính quyền đối thoại trực tiếp với nhân dân. Trước đó, Ban Dân vận Huyện ủy đã tổng hợp 31 ý kiến, kiến nghị của bà con gửi qua Ban nhân dân các ấp.
Tại buổi đối thoại, ông Danh Hên, ngụ ấp Xẻo Mây, phản ánh giá lúa vụ hè thu chỉ còn khoảng 4.800 đồng/kg, nông dân lỗ vốn. Bà Thị Sa Ni, Tổ trưởng Tổ hợp tác đan lục bình ấp Thạnh Bình, đề nghị hỗ trợ đào tạo nghề cho lao động nữ người Khmer. Ông Ba Lụa, nông dân lâu năm ở xã Hòa An, kiến nghị sớm nạo vét kênh thủy lợi Xẻo Gia đã bồi lắng nhiều năm.
Trả lời các ý kiến, đồng chí Lâm Minh Tâm cho biết, thực hiện Quyết định 1956/QĐ-TTg của Thủ tướng Chính phủ, năm nay huyện mở 18 lớp dạy nghề nông thôn cho khoảng 540 lao động; Ngân hàng Chính sách xã hội huyện đã giải ngân cho 1.500 hộ vay vốn với tổng dư nợ 36,5 tỷ đồng. Đồng chí Danh Sô Phol thông tin huyện sẽ nạo vét 12 tuyến kênh nội đồng trước mùa mưa với kinh phí gần 3,2 tỷ đồng.
Kết luận buổi đối thoại, đồng chí Nguyễn Hoàng Sơn đánh giá cao tinh thần thẳng thắn của bà con; 27/31 ý kiến đã được trả lời trực tiếp, 4 ý kiến còn lại được giao cho các phòng, ban chuyên môn trả lời bằng văn bản trong 15 ngày. Đồng chí đề nghị nông dân tham gia mô hình "Cánh đồng lớn", liên kết với doanh nghiệp bao tiêu để giữ giá lúa.
Mỹ Linh (Ban Dân vận Huyện ủy)
Số lượt truy cập: 154.287
Các tin khác
- Giồng Riềng: ra mắt 4 tổ nhân dân tự quản kiểu mẫu (22/05/2014)
- Hội nghị tập huấn công tác dân vận năm 2014 (08/05/2014)
- Trao 120 căn nhà Đại đoàn kết cho hộ nghèo (17/04/2014)
- Hội nghị giao ban khối dân vận huyện quý I (07/04/2014)
- Vận động đồng bào Khmer hiến đất mở rộng lộ ấp Xẻo Mây (28/03/2014)
- Đối thoại với đoàn viên thanh niên năm 2013 (20/12/2013)
- Triển khai Quy chế dân chủ ở cơ sở tại các xã (11/12/2013)
BAN DÂN VẬN HUYỆN ỦY GIỒNG RIỀNG
Địa chỉ: khu phố Nội Ô, thị trấn Giồng Riềng
Điện thoại: (077) 3631.xxx - Email: bdvhugiongrieng@...
""", "2014-06-05", "Bí thư Huyện ủy đối thoại với nông dân",
E("doi_thoai", "2014", "2014-06-04"),
[P("Nguyễn Hoàng Sơn", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Huyện ủy Giồng Riềng"),
 P("Lâm Minh Tâm", "Phó Chủ tịch UBND huyện"),
 P("Danh Sô Phol", "Phó Chủ tịch UBND huyện"),
 P("Danh Hên"),
 P("Thị Sa Ni", "Tổ trưởng Tổ hợp tác đan lục bình ấp Thạnh Bình"),
 P("Ba Lụa")],
[Q("hơn 260 nông dân", 260, "nông dân", "over"), Q("7 xã", 7, "xã"), Q("31 ý kiến, kiến nghị", 31, "ý kiến, kiến nghị"),
 Q("khoảng 4.800 đồng", 4800, "đồng", "approx"), Q("18 lớp dạy nghề nông thôn", 18, "lớp dạy nghề nông thôn"),
 Q("khoảng 540 lao động", 540, "lao động", "approx"), Q("1.500 hộ", 1500, "hộ"), Q("36,5 tỷ đồng", 36500000000, "đồng"),
 Q("12 tuyến kênh nội đồng", 12, "tuyến kênh nội đồng"), Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("27/31 ý kiến", 27, "ý kiến"), Q("4 ý kiến", 4, "ý kiến")],
[D("Chỉ thị", "29", "CT/HU", "2014-02-14", "Ban Thường vụ Huyện ủy", "Chỉ thị số 29-CT/HU ngày 14/02/2014 của Ban Thường vụ Huyện ủy"),
 D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1956/QĐ-TTg")],
[prov("Kiên Giang"), com("Bàn Tân Định"), com("Hòa An")],
["Ban Dân vận Huyện ủy Giồng Riềng - tỉnh Kiên Giang", "Trang chủ / Tin tức / Dân vận chính quyền", "Quang cảnh buổi đối thoại tại xã Bàn Tân Định.",
 "Cánh đồng lớn", "Số lượt truy cập: 154.287", "Ngân hàng Chính sách xã hội"],
["05-06-2014 10:15", "năm 2014", "15 ngày", "Số lượt truy cập: 154.287", "nhiều năm"]))

PAGES.append(page("b2433-camau-mttq-daihoi-2014", """
Cổng thông tin điện tử huyện Cái Nước, tỉnh Cà Mau
Trang chủ › Hoạt động các xã, thị trấn
Ngày đăng 18/04/2014 | 09:05
Đại hội MTTQ xã Tân Hưng Đông nhiệm kỳ 2014 - 2019
Ngày 16/4, Ủy ban MTTQ Việt Nam xã Tân Hưng Đông tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ IX, nhiệm kỳ 2014 - 2019. Dự đại hội có đồng chí Phan Thị Thu Ba, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cái Nước; đồng chí Trịnh Văn Nghĩa, Bí thư Đảng ủy xã cùng 120 đại biểu chính thức đại diện cho hơn 3.400 hộ dân trong xã.
Các đại biểu biểu quyết thông qua báo cáo chính trị.
Nhiệm kỳ 2009 - 2014, Mặt trận xã đã phối hợp các đoàn thể vận động nhân dân thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Toàn xã có 96% hộ đạt chuẩn gia đình văn hóa; 11/14 ấp được công nhận ấp văn hóa. Quỹ "Vì người nghèo" vận động được 1,12 tỷ đồng, cất mới 58 căn nhà Đại đoàn kết, mỗi căn trị giá 30 triệu đồng; nhân dân góp hơn 2 tỷ đồng và hiến 6.800 m2 đất làm 9 tuyến lộ bê tông.
Mặt trận xã đã tham gia giám sát 24 công trình do dân đóng góp, phối hợp các Ban nhân dân ấp hòa giải thành 42 vụ việc mâu thuẫn trong nhân dân. Thực hiện Nghị quyết số 45-NQ/ĐU của Đảng ủy xã về xây dựng nông thôn mới, Mặt trận đã vận động 215 hộ chuyển đổi từ độc canh tôm sang mô hình tôm - lúa.
Phát biểu chỉ đạo, đồng chí Phan Thị Thu Ba đề nghị Mặt trận xã nhiệm kỳ tới làm tốt vai trò giám sát, phản biện xã hội, chú trọng quan tâm các hộ người Hoa, người Khmer nghèo ở ấp Kinh Đào, ấp Bà Điều.
Đại hội đã hiệp thương cử 43 vị vào Ủy ban MTTQ Việt Nam xã khóa IX. Tại hội nghị lần thứ nhất, bà Lý Thị Xuân được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hưng Đông; các ông Lê Văn Lụa, Đỗ Hoàng Em giữ chức Phó Chủ tịch. Đại hội cũng bầu 7 đại biểu đi dự Đại hội MTTQ huyện Cái Nước lần thứ X.
Hồng Nhung
Số người đang xem: 27
Tin khác
- Xã Trần Thới: đại hội Mặt trận thành công tốt đẹp (11/04/2014)
- Phú Hưng trao 10 căn nhà Đại đoàn kết (02/04/2014)
- Hội nghị hiệp thương lần thứ ba (25/03/2014)
- Hội Cựu chiến binh xã tổng kết năm 2013 (30/12/2013)
- Ra mắt tổ hòa giải ở cơ sở ấp Kinh Đào (15/12/2013)
- Vận động nhân dân tham gia bảo vệ rừng phòng hộ ven biển (02/12/2013)
- Cái Nước: tuyên dương 35 gương người tốt, việc tốt (20/11/2013)
- Hội thi Dân vận khéo khối xã, thị trấn (12/11/2013)
- Tân Hưng Đông ra quân làm thủy lợi nội đồng mùa khô (05/11/2013)
Cơ quan chủ quản: Ủy ban nhân dân huyện Cái Nước
Địa chỉ: khóm 2, thị trấn Cái Nước | Điện thoại: 0780.3883.xxx
Bản quyền thuộc UBND huyện Cái Nước. Ghi rõ nguồn khi trích dẫn.
""", "2014-04-18", "Đại hội MTTQ xã Tân Hưng Đông nhiệm kỳ 2014 - 2019",
E("dai_hoi", None, "2014-04-16"),
[P("Phan Thị Thu Ba", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cái Nước"),
 P("Trịnh Văn Nghĩa", "Bí thư Đảng ủy xã"),
 P("Lý Thị Xuân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hưng Đông"),
 P("Lê Văn Lụa", "Phó Chủ tịch"),
 P("Đỗ Hoàng Em", "Phó Chủ tịch")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 3.400 hộ dân", 3400, "hộ dân", "over"),
 Q("96%", 96, "%"), Q("11/14 ấp", 11, "ấp"), Q("1,12 tỷ đồng", 1120000000, "đồng"), Q("58 căn nhà Đại đoàn kết", 58, "căn nhà Đại đoàn kết"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over"), Q("6.800 m2", 6800, "m2"),
 Q("9 tuyến lộ bê tông", 9, "tuyến lộ bê tông"), Q("24 công trình", 24, "công trình"),
 Q("42 vụ việc mâu thuẫn trong nhân dân", 42, "vụ việc mâu thuẫn trong nhân dân"), Q("215 hộ", 215, "hộ"),
 Q("43 vị", 43, "vị"), Q("7 đại biểu", 7, "đại biểu")],
[D("Nghị quyết", "45", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 45-NQ/ĐU của Đảng ủy xã")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["Cổng thông tin điện tử huyện Cái Nước, tỉnh Cà Mau", "Trang chủ › Hoạt động các xã, thị trấn", "Các đại biểu biểu quyết thông qua báo cáo chính trị.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Số người đang xem: 27"],
["Ngày đăng 18/04/2014 | 09:05", "lần thứ IX", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "khóa IX", "lần thứ nhất", "lần thứ X",
 "Số người đang xem: 27"]))

PAGES.append(page("b2434-angiang-bdv-giaoban-2015", """
Ban Dân vận Tỉnh ủy An Giang
Trang chủ | Tin tức | Hoạt động của Ban
Thứ Năm, ngày 08 tháng 10 năm 2015
Vị trí: Tin tức - Sự kiện
Quang cảnh buổi giao ban.
Giao ban khối dân vận quý III/2015
Ngày 07/10, Ban Dân vận Tỉnh ủy An Giang tổ chức giao ban khối dân vận quý III năm 2015 với Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội và ban dân vận 11 huyện, thị, thành ủy. Đồng chí Võ Thị Ánh Tuyết, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Trong quý, khối dân vận đã tập trung tuyên truyền, vận động nhân dân tham gia góp ý vào dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ X; phối hợp tổ chức 36 cuộc tiếp xúc với chức sắc, chức việc các tôn giáo; thăm, tặng 2.150 phần quà cho hộ nghèo đồng bào Khmer, Chăm nhân dịp lễ Sene Đôlta và tháng Ramadan, tổng trị giá 645 triệu đồng.
Ban Dân vận các huyện Tri Tôn, Tịnh Biên, An Phú báo cáo tình hình tại các phum, sóc và các tiểu thánh đường Hồi giáo ổn định. Ông Mu Sa Ly, Hakim thánh đường Mubarak, xã Khánh Hòa, đã vận động bà con Chăm không vượt biên trái phép sang nước bạn làm thuê. Ban nhân dân ấp Phước Khánh phối hợp Hội Nông dân giúp 26 hộ người Chăm vay vốn nuôi bò, mỗi hộ được vay 30 triệu đồng.
Trong 9 tháng, các cơ quan dân vận tiếp nhận 112 đơn thư, đã phối hợp giải quyết 97 đơn, đạt 86,6%. Thực hiện Kế hoạch số 52-KH/TU ngày 20/5/2015 của Tỉnh ủy và Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy, toàn tỉnh có 268 mô hình "Dân vận khéo" được nhân rộng.
Tại buổi giao ban, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Chau Sóc Khăn, Ngô Kiến Huy báo cáo kết quả khảo sát tình hình nhân dân ở 5 xã biên giới. Bà Néang Sa Vy, HUV, Trưởng Ban Dân vận Huyện ủy Tri Tôn, kiến nghị tỉnh hỗ trợ kinh phí duy trì 42 lớp dạy chữ Khmer hè tại các chùa.
Kết luận, đồng chí Võ Thị Ánh Tuyết đề nghị quý IV các đơn vị chuẩn bị tốt tổng kết công tác dân vận năm 2015; tiếp tục nắm tình hình dư luận, nhất là ở vùng biên giới và vùng đồng bào dân tộc.
Minh Trí
Tin liên quan
- Gặp mặt chức sắc Hồi giáo nhân tháng Ramadan (22/06/2015)
- Tịnh Biên: hội thi tuyên truyền viên dân vận giỏi (12/06/2015)
- Giao ban khối dân vận quý II/2015 (08/07/2015)
- Trao 50 căn nhà Đại đoàn kết cho đồng bào Khmer (28/05/2015)
- Chợ Mới: ra mắt 5 tổ dân vận khéo (15/05/2015)
- Hội nghị báo cáo viên khối dân vận 6 tháng đầu năm (29/04/2015)
- An Phú: đối thoại với bà con Chăm ấp Đa Phước (20/04/2015)
- Châu Đốc: họp mặt người có uy tín trong đồng bào dân tộc (10/04/2015)
BAN DÂN VẬN TỈNH ỦY AN GIANG
Địa chỉ: 6 Lê Triệu Kiết, TP Long Xuyên | Điện thoại: 076.3852.xxx
""", "2015-10-08", "Giao ban khối dân vận quý III/2015",
E("giao_ban", "2015-Q3", "2015-10-07"),
[P("Võ Thị Ánh Tuyết", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Mu Sa Ly", "Hakim thánh đường Mubarak"),
 P("Chau Sóc Khăn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Kiến Huy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Néang Sa Vy", "HUV", "Trưởng Ban Dân vận Huyện ủy Tri Tôn")],
[Q("11 huyện, thị, thành ủy", 11, "huyện, thị, thành ủy"), Q("36 cuộc tiếp xúc", 36, "cuộc tiếp xúc"),
 Q("2.150 phần quà", 2150, "phần quà"), Q("645 triệu đồng", 645000000, "đồng"), Q("26 hộ", 26, "hộ"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("112 đơn thư", 112, "đơn thư"), Q("97 đơn", 97, "đơn"), Q("86,6%", 86.6, "%"),
 Q("268 mô hình", 268, "mô hình"), Q("5 xã biên giới", 5, "xã biên giới"), Q("42 lớp dạy chữ Khmer hè", 42, "lớp dạy chữ Khmer hè")],
[D("Kế hoạch", "52", "KH/TU", "2015-05-20", "Tỉnh ủy", "Kế hoạch số 52-KH/TU ngày 20/5/2015 của Tỉnh ủy"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("An Giang"), com("Khánh Hòa")],
["Ban Dân vận Tỉnh ủy An Giang", "Trang chủ | Tin tức | Hoạt động của Ban", "Vị trí: Tin tức - Sự kiện", "Quang cảnh buổi giao ban.",
 "Dân vận khéo", "Sene Đôlta", "Ramadan", "thánh đường Mubarak"],
["Thứ Năm, ngày 08 tháng 10 năm 2015", "quý III năm 2015", "quý III/2015", "lần thứ X", "9 tháng", "quý IV", "năm 2015"]))
