from lib import *
PAGES = []

PAGES.append(page("b6755-caobang-mttq-traoqua-2017", """
BÁO CAO BẰNG ĐIỆN TỬ
Trang chủ › Xã hội › Giảm nghèo
Thứ Sáu, 20/01/2017 - 14:05
Đồng chí Hoàng Văn Thạch trao quà cho hộ nghèo xã Đình Phong.
Mặt trận tỉnh mang "Mùa xuân biên giới" đến Trùng Khánh
Ngày 19/1, Ủy ban MTTQ tỉnh phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức chương trình "Mùa xuân biên giới" năm 2017, trao 650 suất quà Tết cho hộ nghèo, hộ chính sách tại các xã biên giới Đình Phong, Ngọc Côn, Đàm Thủy của huyện Trùng Khánh, tỉnh Cao Bằng.
Tham dự có các đồng chí Hoàng Văn Thạch, Bế Thị Hồng, Lý Văn Tình - Phó Chủ tịch Ủy ban MTTQ tỉnh; đại diện lãnh đạo Huyện ủy, UBND huyện Trùng Khánh và các đồn biên phòng đóng quân trên địa bàn.
Mỗi suất quà trị giá 400.000 đồng gồm tiền mặt, gạo, dầu ăn và bánh kẹo, tổng trị giá 260 triệu đồng, do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh ủng hộ. Đồn Biên phòng Đàm Thủy còn tặng 100 lá cờ Tổ quốc và 45 chiếc chăn ấm cho các hộ ven biên.
Theo đồng chí Nông Thị Hà, HUV, Chủ tịch Ủy ban MTTQ huyện Trùng Khánh, năm 2016 huyện có 5.914 hộ nghèo, chiếm 34,2%. Thực hiện Kế hoạch số 1856-KH/TU ngày 12/12/2016 của Tỉnh ủy về lãnh đạo tổ chức Tết Đinh Dậu, các cấp Mặt trận huyện đã vận động được trên 530 triệu đồng; phấn đấu đến ngày 25/1 tất cả hộ nghèo trong huyện đều nhận được quà.
Ông Lục Văn Hùng, Trưởng xóm Pò Peo, xã Ngọc Côn, cho biết cả xóm có 52 hộ người Nùng, Tày thì 30 hộ nghèo; những năm gần đây bà con trồng thêm hạt dẻ, nuôi bò nên đời sống dần khá lên. "Được bộ đội và Mặt trận về tận xóm chúc Tết, bà con rất phấn khởi, càng quyết tâm giữ vững đường biên, cột mốc", ông Hùng nói.
Phát biểu tại buổi trao quà, đồng chí Hoàng Văn Thạch đề nghị các xã tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", vận động nhân dân đón Tết vui tươi, lành mạnh, không vượt biên trái phép, không tham gia buôn lậu, vận chuyển hàng cấm qua biên giới.
Cùng ngày, đoàn đã thăm, tặng 20 suất quà cho cán bộ, chiến sĩ Đồn Biên phòng Ngọc Côn đang làm nhiệm vụ trong những ngày giáp Tết và tặng 15 xe đạp cho học sinh nghèo Trường Tiểu học Đình Phong.
Chương trình "Mùa xuân biên giới" được Mặt trận tỉnh và Bộ đội Biên phòng tổ chức hằng năm từ năm 2012, đến nay đã đến với tất cả các huyện biên giới của tỉnh. Ngoài quà Tết, chương trình còn tổ chức khám bệnh, cấp thuốc miễn phí và biểu diễn văn nghệ phục vụ bà con vùng biên.
Vân Thảo
TIN CÙNG CHUYÊN MỤC
- Hà Quảng: Trao 300 suất quà cho hộ nghèo (18/01/2017)
- Hội Chữ thập đỏ tỉnh tổ chức "Tết nhân ái" (16/01/2017)
- Bảo Lạc: Vận động hơn 1.000 ngày công làm nhà cho hộ nghèo (10/01/2017)
""", "2017-01-20", "Mặt trận tỉnh mang \"Mùa xuân biên giới\" đến Trùng Khánh",
E("trao_qua", None, "2017-01-19"),
[P("Hoàng Văn Thạch", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bế Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lý Văn Tình", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nông Thị Hà", "HUV", "Chủ tịch Ủy ban MTTQ huyện Trùng Khánh"),
 P("Lục Văn Hùng", "Trưởng xóm Pò Peo")],
[Q("650 suất quà", 650, "suất quà"), Q("400.000 đồng", 400000, "đồng"), Q("260 triệu đồng", 260000000, "đồng"),
 Q("100 lá cờ Tổ quốc", 100, "lá cờ Tổ quốc"), Q("45 chiếc chăn ấm", 45, "chiếc chăn ấm"),
 Q("5.914 hộ nghèo", 5914, "hộ nghèo"), Q("34,2%", 34.2, "%"), Q("trên 530 triệu đồng", 530000000, "đồng", "over"),
 Q("52 hộ người Nùng, Tày", 52, "hộ người Nùng, Tày"), Q("30 hộ nghèo", 30, "hộ nghèo"), Q("20 suất quà", 20, "suất quà"),
 Q("15 xe đạp", 15, "xe đạp")],
[D("Kế hoạch", "1856", "KH/TU", "2016-12-12", "Tỉnh ủy", "Kế hoạch số 1856-KH/TU ngày 12/12/2016")],
[prov("Cao Bằng"), com("Đình Phong"), com("Ngọc Côn"), com("Đàm Thủy")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Trang chủ › Xã hội › Giảm nghèo", "Đồng chí Hoàng Văn Thạch trao quà cho hộ nghèo xã Đình Phong.",
 "Mùa xuân biên giới", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Đồn Biên phòng Đàm Thủy",
 "Đồn Biên phòng Ngọc Côn", "Trường Tiểu học Đình Phong"],
["Thứ Sáu, 20/01/2017 - 14:05", "năm 2017", "năm 2016", "Tết Đinh Dậu", "ngày 25/1", "năm 2012"]))

PAGES.append(page("b6756-binhdinh-mttq-giamsat-2017", """
Báo Bình Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định
Chính trị >> Mặt trận - Đoàn thể
12/01/2017 - 10:05
Giám sát việc trao quà Tết cho hộ nghèo tại Vân Canh
Ngày 11/1, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định do bà Trương Thị Ngọc Ánh, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc vận động, phân bổ và trao quà Tết Đinh Dậu cho hộ nghèo tại huyện Vân Canh.
Đoàn giám sát làm việc tại xã Canh Liên. Ảnh: N.Hòa
Đợt giám sát được thực hiện theo Quyết định số 05/QĐ-MTTQ-BTT ngày 3/1/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quy định về giám sát và phản biện xã hội ban hành kèm theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Theo báo cáo của Ủy ban MTTQ huyện, đến ngày 10/1, huyện đã tiếp nhận 3.450 suất quà với tổng giá trị khoảng 1,38 tỷ đồng từ tỉnh, các doanh nghiệp và các đơn vị kết nghĩa; đã trao đến 6/6 xã, thị trấn, bảo đảm 1.972 hộ nghèo, hộ cận nghèo đồng bào Bana, Chăm H'roi đều có quà Tết. Quỹ "Vì người nghèo" huyện năm 2016 huy động được 412 triệu đồng.
Qua giám sát trực tiếp tại các xã Canh Liên, Canh Hiệp, đoàn ghi nhận việc bình xét đối tượng được công khai tại các làng, danh sách có chữ ký của trưởng làng và trưởng ban công tác Mặt trận. Tuy nhiên, đoàn phát hiện 12 trường hợp nhận quà trùng từ nguồn của tỉnh và của doanh nghiệp, 7 hộ cận nghèo mới phát sinh sau bão chưa được bổ sung vào danh sách; một số suất quà của doanh nghiệp chưa ghi rõ giá trị.
Ông Đinh Văn Thoang, Chủ tịch Ủy ban MTTQ xã Canh Liên, giải trình: do đường vào làng Kon Giang bị sạt lở nên việc trao quà cho 86 hộ ở đây phải chia làm nhiều đợt. Bà Đinh Thị Hiền, trưởng ban công tác Mặt trận làng Hà Giao, xã Canh Hiệp, kiến nghị nâng mức quà cho người già neo đơn lên ít nhất 500.000 đồng/suất.
Kết luận buổi giám sát, bà Trương Thị Ngọc Ánh đề nghị Ủy ban MTTQ huyện điều chỉnh ngay những trường hợp trùng lặp, bổ sung các hộ bị bỏ sót trước ngày 20/1; công khai tất cả nguồn quà trên hệ thống loa truyền thanh và tại nhà rông các làng; báo cáo kết quả bằng văn bản về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Trong tháng 1/2017, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh còn giám sát việc chăm lo Tết tại các huyện An Lão, Vĩnh Thạnh và thị xã An Nhơn. Kết quả giám sát sẽ được tổng hợp, báo cáo Thường trực Tỉnh ủy trước Tết Nguyên đán.
Ngọc Hòa
Tin liên quan
- Ủy ban MTTQ tỉnh phát động ủng hộ Tết vì người nghèo (20/12/2016)
- Trao 200 suất quà cho hộ nghèo vùng lũ Tây Sơn (05/01/2017)
- Vĩnh Thạnh: 100% hộ nghèo có quà Tết (09/01/2017)
""", "2017-01-12", "Giám sát việc trao quà Tết cho hộ nghèo tại Vân Canh",
E("giam_sat", None, "2017-01-11"),
[P("Trương Thị Ngọc Ánh", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Thoang", "Chủ tịch Ủy ban MTTQ xã Canh Liên"),
 P("Đinh Thị Hiền", "trưởng ban công tác Mặt trận làng Hà Giao")],
[Q("3.450 suất quà", 3450, "suất quà"), Q("khoảng 1,38 tỷ đồng", 1380000000, "đồng", "approx"),
 Q("6/6 xã, thị trấn", 6, "xã, thị trấn"), Q("1.972 hộ nghèo, hộ cận nghèo", 1972, "hộ nghèo, hộ cận nghèo"),
 Q("412 triệu đồng", 412000000, "đồng"), Q("12 trường hợp", 12, "trường hợp"), Q("7 hộ cận nghèo", 7, "hộ cận nghèo"),
 Q("86 hộ", 86, "hộ"), Q("ít nhất 500.000 đồng", 500000, "đồng", "over")],
[D("Quyết định", "05", "QĐ-MTTQ-BTT", "2017-01-03", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 05/QĐ-MTTQ-BTT ngày 3/1/2017"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Bình Định"), com("Canh Liên"), com("Canh Hiệp")],
["Báo Bình Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định", "Chính trị >> Mặt trận - Đoàn thể",
 "Đoàn giám sát làm việc tại xã Canh Liên. Ảnh: N.Hòa", "Vì người nghèo", "Quy định về giám sát và phản biện xã hội"],
["12/01/2017 - 10:05", "Tết Đinh Dậu", "ngày 10/1", "năm 2016", "ngày 20/1", "tháng 1/2017"]))

PAGES.append(page("b6757-soctrang-bdv-traoqua-2018", """
Báo Sóc Trăng Online
Trang chủ | Chính trị | Dân tộc - Tôn giáo
Cập nhật lúc 16:30 ngày 06/02/2018
Trao 500 phần quà Tết cho đồng bào Khmer nghèo Trần Đề
Ngày 5/2, Ban Dân vận Tỉnh ủy Sóc Trăng phối hợp với Ban Dân tộc tỉnh và Hội Bảo trợ bệnh nhân nghèo tỉnh trao 500 phần quà Tết cho hộ nghèo đồng bào Khmer tại các xã Lịch Hội Thượng, Trung Bình và thị trấn Trần Đề. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 200.000 đồng tiền mặt.
Các đại biểu trao quà Tết cho bà con tại chùa Prếk Chrôp. Ảnh: Kim Ngân
Buổi trao quà có sự tham dự của đồng chí Lâm Thị Sa Phon, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Thạch Phol, Phó Trưởng ban Ban Dân tộc tỉnh; Đại đức Lý Sô Phal, trụ trì chùa Prếk Chrôp.
Theo đồng chí Sơn Ngọc Tha, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, cuối năm 2017 huyện còn gần 1.900 hộ nghèo đồng bào Khmer, chiếm hơn 60% tổng số hộ nghèo toàn huyện. Thực hiện Kế hoạch 212, 213-KH/BDVTU của Ban Dân vận Tỉnh ủy về công tác vận động đồng bào Khmer và về tổ chức thăm, tặng quà dịp Tết, huyện đã huy động được trên 700 triệu đồng, trao hơn 2.300 phần quà cho hộ nghèo trước Tết Mậu Tuất.
Phát biểu tại buổi trao quà, đồng chí Lâm Thị Sa Phon cảm ơn chư tăng, ban quản trị các chùa đã cùng cấp ủy, chính quyền vận động bà con giữ gìn an ninh trật tự, không nghe theo kẻ xấu xuyên tạc; mong bà con sử dụng quà Tết hợp lý, dành vốn đầu tư chăn nuôi, trồng màu.
Ông Kim Đa Ra, 67 tuổi, ở ấp Tắc Bướm, xã Lịch Hội Thượng, cho biết gia đình có 6 nhân khẩu, không đất sản xuất, sống bằng nghề làm thuê. "Có gạo, có tiền, Tết này cả nhà vui lắm", ông nói.
Trao đổi với phóng viên, Đại đức Lý Sô Phal cho biết chùa Prếk Chrôp hằng năm đều vận động phật tử góp gạo, tiền giúp đỡ khoảng 50 hộ nghèo trong ấp. Năm nay, chùa cũng phối hợp với Ủy ban MTTQ xã tổ chức lớp dạy chữ Khmer cho 120 em học sinh trong dịp hè.
Dịp này, Ban Dân vận Tỉnh ủy còn trao 2 căn nhà đại đoàn kết, mỗi căn trị giá 40 triệu đồng, cho hai hộ nghèo ở xã Trung Bình. Trước đó, đoàn đã đến thăm, chúc Tết Ban Trị sự Giáo hội Phật giáo Việt Nam huyện.
Theo Ban Dân vận Tỉnh ủy, từ nay đến Tết, các đoàn công tác của tỉnh sẽ tiếp tục đến thăm, tặng quà hộ nghèo, gia đình chính sách ở các huyện Châu Thành, Mỹ Xuyên, Vĩnh Châu; đồng thời phối hợp với Ban Dân tộc tỉnh thăm hỏi người có uy tín, chức sắc các chùa Nam tông Khmer, bảo đảm đồng bào đều được vui Xuân, đón Tết đầm ấm.
Ngọc Thúy - Kim Ngân
Tin liên quan
- Thường trực Tỉnh ủy thăm, chúc Tết chức sắc, nhà sư tiêu biểu (03/02/2018)
- Châu Thành: Trao 1.000 phần quà cho hộ nghèo (01/02/2018)
- Họp mặt người có uy tín trong đồng bào Khmer năm 2018 (26/01/2018)
""", "2018-02-06", "Trao 500 phần quà Tết cho đồng bào Khmer nghèo Trần Đề",
E("trao_qua", None, "2018-02-05"),
[P("Lâm Thị Sa Phon", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Phol", "Phó Trưởng ban Ban Dân tộc tỉnh"),
 P("Lý Sô Phal", "Đại đức", "trụ trì chùa Prếk Chrôp"),
 P("Sơn Ngọc Tha", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Kim Đa Ra")],
[Q("500 phần quà", 500, "phần quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("gần 1.900 hộ nghèo đồng bào Khmer", 1900, "hộ nghèo đồng bào Khmer", "approx"), Q("hơn 60%", 60, "%", "over"),
 Q("trên 700 triệu đồng", 700000000, "đồng", "over"), Q("hơn 2.300 phần quà", 2300, "phần quà", "over"),
 Q("6 nhân khẩu", 6, "nhân khẩu"), Q("khoảng 50 hộ nghèo", 50, "hộ nghèo", "approx"), Q("120 em học sinh", 120, "em học sinh"),
 Q("2 căn nhà đại đoàn kết", 2, "căn nhà đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"), Q("hai hộ nghèo", 2, "hộ nghèo")],
[D("Kế hoạch", "212", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 212, 213-KH/BDVTU"),
 D("Kế hoạch", "213", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 212, 213-KH/BDVTU")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Trung Bình"), com("Trần Đề")],
["Báo Sóc Trăng Online", "Trang chủ | Chính trị | Dân tộc - Tôn giáo", "Các đại biểu trao quà Tết cho bà con tại chùa Prếk Chrôp. Ảnh: Kim Ngân",
 "Hội Bảo trợ bệnh nhân nghèo tỉnh", "Ban Trị sự Giáo hội Phật giáo Việt Nam huyện"],
["Cập nhật lúc 16:30 ngày 06/02/2018", "năm 2017", "Tết Mậu Tuất", "67 tuổi"]))

PAGES.append(page("b6758-hungyen-tinhuy-kiemtra-2019", """
Báo Hưng Yên điện tử
Thời sự - Chính trị » Hoạt động lãnh đạo tỉnh
28/01/2019 - 17:20
Bí thư Tỉnh ủy kiểm tra công tác chuẩn bị Tết tại Khoái Châu
Ngày 27/1, đồng chí Trần Quốc Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hưng Yên dẫn đầu đoàn công tác của tỉnh kiểm tra công tác chuẩn bị Tết Nguyên đán Kỷ Hợi và việc chăm lo đời sống hộ nghèo, gia đình chính sách tại huyện Khoái Châu.
Cùng đi có các đồng chí: Nguyễn Văn Phóng, Phó Chủ tịch UBND tỉnh; Lê Thị Thu Hằng, Chủ tịch Ủy ban MTTQ tỉnh; lãnh đạo các sở Lao động - Thương binh và Xã hội, Công Thương.
Đồng chí Trần Quốc Hưng kiểm tra hàng hóa phục vụ Tết tại chợ Bô Thời.
Báo cáo với đoàn, đồng chí Đào Văn Khải, Bí thư Huyện ủy Khoái Châu cho biết, huyện đã chủ động triển khai Chỉ thị số 31-CT/TW ngày 14/12/2018 của Ban Bí thư về tổ chức Tết Kỷ Hợi 2019 và Kế hoạch số 206/KH-UBND ngày 20/12/2018 của UBND tỉnh. Từ nguồn ngân sách và xã hội hóa, huyện đã chi trên 8,7 tỷ đồng để thăm hỏi, tặng quà 1.436 hộ nghèo, 4.210 người có công và thân nhân liệt sĩ; 100% hộ nghèo trong huyện đã nhận được quà trước ngày 25/1. Tỷ lệ hộ nghèo của huyện hiện còn 2,86%.
Tại xã Đông Kết, đoàn kiểm tra việc quản lý, sử dụng nguồn hỗ trợ làm nhà cho hộ nghèo: năm 2018 xã đã hoàn thành 9 ngôi nhà, mỗi ngôi được hỗ trợ 50 triệu đồng từ Quỹ "Vì người nghèo" tỉnh và các nhà hảo tâm. Ông Vũ Văn Thức, Chủ tịch UBND xã Đông Kết, cho biết xã còn 38 hộ nghèo, phần lớn là người già, người khuyết tật không có khả năng lao động.
Tại xã Tân Dân, đoàn thăm hỏi hoàn cảnh gia đình ông Phạm Văn Lịch, thương binh hạng 2/4, và nghe bà Đỗ Thị Lụa, Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Dân, báo cáo mô hình "Phụ nữ giúp nhau đón Tết" với gần 300 hội viên tham gia.
Phát biểu chỉ đạo, đồng chí Trần Quốc Hưng ghi nhận sự chủ động của huyện trong công tác an sinh xã hội dịp Tết; yêu cầu các cấp ủy, chính quyền rà soát kỹ, không để sót đối tượng, "không để ai không có Tết"; bảo đảm hàng hóa đủ, giá cả ổn định; chăm lo Tết cho công nhân ở lại và những người có hoàn cảnh neo đơn. Đồng chí đề nghị Mặt trận và các đoàn thể tiếp tục vận động nhân dân thực hiện nếp sống văn minh, không đốt pháo, không tàng trữ, vận chuyển pháo nổ.
Đồng chí Lê Thị Thu Hằng đề nghị công khai danh sách các hộ được hỗ trợ, nguồn quà và mức quà tại nhà văn hóa thôn, bảo đảm đúng đối tượng, đúng chế độ, không để xảy ra thắc mắc trong nhân dân.
Cùng ngày, đoàn đã kiểm tra việc chuẩn bị lễ hội mùa Xuân tại khu di tích Đa Hòa - Dạ Trạch và công tác bảo đảm an ninh trật tự tại Công an huyện Khoái Châu.
Minh Nguyệt
Tin khác
- Lãnh đạo tỉnh thăm, tặng quà Tết tại huyện Phù Cừ (25/01/2019)
- Hưng Yên: 12.600 suất quà Tết cho hộ nghèo, người có công (22/01/2019)
- Hội nghị tổng kết công tác dân vận năm 2018 (15/01/2019)
""", "2019-01-28", "Bí thư Tỉnh ủy kiểm tra công tác chuẩn bị Tết tại Khoái Châu",
E("khac", None, "2019-01-27"),
[P("Trần Quốc Hưng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Hưng Yên"),
 P("Nguyễn Văn Phóng", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Thu Hằng", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đào Văn Khải", "Bí thư Huyện ủy Khoái Châu"),
 P("Vũ Văn Thức", "Chủ tịch UBND xã Đông Kết"),
 P("Phạm Văn Lịch", "thương binh hạng 2/4"),
 P("Đỗ Thị Lụa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Dân")],
[Q("trên 8,7 tỷ đồng", 8700000000, "đồng", "over"), Q("1.436 hộ nghèo", 1436, "hộ nghèo"),
 Q("4.210 người có công và thân nhân liệt sĩ", 4210, "người có công và thân nhân liệt sĩ"), Q("100%", 100, "%"),
 Q("2,86%", 2.86, "%"), Q("9 ngôi nhà", 9, "ngôi nhà"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("38 hộ nghèo", 38, "hộ nghèo"), Q("gần 300 hội viên", 300, "hội viên", "approx")],
[D("Chỉ thị", "31", "CT/TW", "2018-12-14", "Ban Bí thư", "Chỉ thị số 31-CT/TW ngày 14/12/2018"),
 D("Kế hoạch", "206", "KH-UBND", "2018-12-20", "UBND tỉnh", "Kế hoạch số 206/KH-UBND ngày 20/12/2018")],
[prov("Hưng Yên"), com("Đông Kết"), com("Tân Dân")],
["Báo Hưng Yên điện tử", "Thời sự - Chính trị » Hoạt động lãnh đạo tỉnh",
 "Đồng chí Trần Quốc Hưng kiểm tra hàng hóa phục vụ Tết tại chợ Bô Thời.", "Vì người nghèo", "Phụ nữ giúp nhau đón Tết",
 "không để ai không có Tết", "Đa Hòa - Dạ Trạch"],
["28/01/2019 - 17:20", "Tết Kỷ Hợi 2019", "ngày 25/1", "năm 2018", "hạng 2/4"]))

PAGES.append(page("b6759-camau-mttq-traoqua-2019", """
CÀ MAU ONLINE
Tin tức - Sự kiện / Xã hội
Thứ Ba, 22/01/2019 | 09:10
Năm Căn: Trao 1.050 phần quà Tết cho hộ nghèo, ngư dân
Sáng 21/1, Ủy ban MTTQ Việt Nam tỉnh Cà Mau phối hợp với Ủy ban MTTQ Việt Nam huyện Năm Căn tổ chức chương trình "Xuân yêu thương", trao 1.050 phần quà Tết cho hộ nghèo, hộ cận nghèo và ngư dân có hoàn cảnh khó khăn trên địa bàn xã Hàm Rồng, xã Đất Mới và thị trấn Năm Căn.
Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Lê Thị Mỹ Hạnh cùng lãnh đạo huyện Năm Căn trao quà cho người dân. Ảnh: Hoàng Vũ
Mỗi phần quà gồm 10 kg gạo, nước mắm, bột ngọt và 200.000 đồng tiền mặt; tổng kinh phí hơn 420 triệu đồng do Quỹ "Vì người nghèo" tỉnh, các doanh nghiệp thủy sản và các nhà hảo tâm đóng góp.
Phát biểu tại buổi trao quà, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Lê Thị Mỹ Hạnh cho biết, theo chuẩn nghèo đa chiều quy định tại Quyết định số 59/2015/QĐ-TTg của Thủ tướng Chính phủ, cuối năm 2018 tỉnh Cà Mau còn khoảng 9.200 hộ nghèo, chiếm 3,8%. Dịp Tết Kỷ Hợi, Mặt trận các cấp phấn đấu trao khoảng 45.000 phần quà, bảo đảm mọi người dân đều được vui Xuân, đón Tết.
Ông Trần Hoàng Khải, Chủ tịch Ủy ban MTTQ Việt Nam huyện Năm Căn thông tin, năm 2018 Quỹ "Vì người nghèo" huyện vận động được 1,12 tỷ đồng; huyện đã xây, sửa 36 căn nhà đại đoàn kết, hỗ trợ 14 phương tiện đánh bắt gần bờ cho ngư dân nghèo bị mất tàu trong mùa mưa bão.
Anh Danh Sơn, ngư dân ấp Xóm Mới, xã Đất Mới, người vừa được nhận quà, cho biết: "Tàu của tôi bị chìm hồi tháng 11, năm nay tưởng không có Tết. Được Mặt trận tặng quà, cả nhà ai cũng mừng".
Tại buổi trao quà, đại diện Công ty TNHH Thủy sản Phú Cường trao tặng 50 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh nghèo hiếu học của huyện. Ông Nguyễn Văn Quí, Bí thư Đảng ủy xã Hàm Rồng, cảm ơn sự quan tâm của các nhà tài trợ, hứa sẽ tiếp tục vận động người dân giữ rừng, nuôi tôm sinh thái, tăng thu nhập bền vững.
Theo kế hoạch, từ nay đến 28 tháng Chạp, Ủy ban MTTQ Việt Nam tỉnh sẽ tiếp tục phân bổ quà Tết về các huyện Ngọc Hiển, Đầm Dơi, Phú Tân. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị các địa phương công khai danh sách nhận quà, ưu tiên người già neo đơn, người khuyết tật và ngư dân bị thiệt hại do thiên tai. Các phần quà phải được trao tận tay, không để xảy ra tình trạng trùng lặp hoặc bỏ sót.
Hoàng Vũ
Các tin khác
- Trao 200 phần quà cho công nhân lao động nghèo (20/01/2019)
- Hội Nông dân tỉnh tặng quà Tết hội viên khó khăn (18/01/2019)
- U Minh: Ra mắt mô hình "Dân vận khéo" (16/01/2019)
""", "2019-01-22", "Năm Căn: Trao 1.050 phần quà Tết cho hộ nghèo, ngư dân",
E("trao_qua", None, "2019-01-21"),
[P("Lê Thị Mỹ Hạnh", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hoàng Khải", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Năm Căn"),
 P("Danh Sơn", "ngư dân ấp Xóm Mới"),
 P("Nguyễn Văn Quí", "Bí thư Đảng ủy xã Hàm Rồng")],
[Q("1.050 phần quà", 1050, "phần quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 420 triệu đồng", 420000000, "đồng", "over"), Q("khoảng 9.200 hộ nghèo", 9200, "hộ nghèo", "approx"),
 Q("3,8%", 3.8, "%"), Q("khoảng 45.000 phần quà", 45000, "phần quà", "approx"), Q("1,12 tỷ đồng", 1120000000, "đồng"),
 Q("36 căn nhà đại đoàn kết", 36, "căn nhà đại đoàn kết"), Q("14 phương tiện đánh bắt gần bờ", 14, "phương tiện đánh bắt gần bờ"),
 Q("50 suất học bổng", 50, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "59", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 59/2015/QĐ-TTg")],
[prov("Cà Mau"), com("Hàm Rồng"), com("Đất Mới"), com("Năm Căn")],
["CÀ MAU ONLINE", "Tin tức - Sự kiện / Xã hội",
 "Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Lê Thị Mỹ Hạnh cùng lãnh đạo huyện Năm Căn trao quà cho người dân. Ảnh: Hoàng Vũ",
 "Xuân yêu thương", "Vì người nghèo", "Công ty TNHH Thủy sản Phú Cường"],
["Thứ Ba, 22/01/2019 | 09:10", "năm 2018", "Tết Kỷ Hợi", "tháng 11", "28 tháng Chạp"]))

PAGES.append(page("b6760-bacgiang-bdv-traoqua-2020", """
BÁO BẮC GIANG
Trang chủ - Chính trị - Dân vận
Thứ Tư, 15/1/2020
Lục Ngạn: "Tết sum vầy" đến với hộ nghèo vùng đồng bào dân tộc
Ảnh: Đồng chí Lăng Văn Hòa trao quà cho các hộ nghèo xã Sơn Hải.
Ngày 14/1, đoàn công tác của Ban Dân vận Tỉnh ủy Bắc Giang gồm 15 đồng chí do đồng chí Lăng Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, trao 700 suất quà Tết cho hộ nghèo đồng bào Nùng, Sán Chay, Hoa tại các xã Sơn Hải, Phong Minh, huyện Lục Ngạn. Mỗi suất trị giá 500.000 đồng, gồm tiền mặt và hàng thiết yếu.
Chương trình "Tết sum vầy" năm nay do Ban Dân vận Tỉnh ủy phối hợp với Liên đoàn Lao động tỉnh và các doanh nghiệp tại Khu công nghiệp Quang Châu tổ chức, tổng trị giá 350 triệu đồng.
Thông tin với đoàn, đồng chí Hoàng Thị Dung, HUV, Trưởng Ban Dân vận Huyện ủy Lục Ngạn cho biết, thực hiện Kết luận số 40-KL/TU ngày 20/12/2019 của Ban Thường vụ Tỉnh ủy về lãnh đạo tổ chức Tết Canh Tý 2020, huyện đã tổ chức trao 8.340 suất quà cho hộ nghèo, hộ cận nghèo, người có công với tổng giá trị trên 3,2 tỷ đồng. Năm 2019, tỷ lệ hộ nghèo toàn huyện giảm còn 8,6%, nhiều hộ đồng bào dân tộc đã có thu nhập từ 100 - 150 triệu đồng/năm nhờ trồng vải thiều, cam, bưởi.
Đồng chí Sầm Văn Tú, Bí thư Đảng ủy xã Sơn Hải cho biết, xã có 96% dân số là đồng bào dân tộc thiểu số, tỷ lệ hộ nghèo còn 24,5%. Nhiều thôn ở xa trung tâm xã, đường sá đi lại khó khăn, nhất là vào mùa mưa.
Các đồng chí Phó Chủ tịch UBND xã Phong Minh: Lý Văn Sềnh, Vi Thị Hạnh thay mặt người dân cảm ơn đoàn và cho biết xã sẽ rà soát, bảo đảm quà đến đúng đối tượng.
Phát biểu tại buổi trao quà, đồng chí Lăng Văn Hòa đề nghị cấp ủy, chính quyền các xã tiếp tục thực hiện hiệu quả phong trào thi đua "Dân vận khéo", quan tâm vận động đồng bào phát triển kinh tế vườn đồi, không trông chờ, ỷ lại; tổ chức Tết vui tươi, an toàn, tiết kiệm, đề phòng dịch bệnh trên đàn gia súc, gia cầm.
Dịp này, Ban Dân vận Tỉnh ủy trao tặng 5 suất học bổng cho học sinh nghèo vượt khó Trường Phổ thông dân tộc nội trú huyện và tặng 1 ti vi cho nhà văn hóa thôn Khuôn Thần.
Nhiều hộ dân phấn khởi vì Tết này có thêm quà, có thêm sự động viên của cấp ủy, chính quyền. Bà Hoàng Thị Sáu, thôn Đồng Bụt, xã Phong Minh, nói đây là năm thứ ba liên tiếp gia đình bà được đón đoàn về thăm, chúc Tết. "Có quà, có tấm lòng của cán bộ, bà con vui lắm", bà nói.
Văn Thành
Tin liên quan
- Yên Thế: 1.200 suất quà Tết cho hộ nghèo (13/01/2020)
- Hội nghị tổng kết công tác dân vận năm 2019 (08/01/2020)
- Sơn Động ra mắt 15 mô hình "Dân vận khéo" (05/01/2020)
""", "2020-01-15", "Lục Ngạn: \"Tết sum vầy\" đến với hộ nghèo vùng đồng bào dân tộc",
E("trao_qua", None, "2020-01-14"),
[P("Lăng Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Dung", "HUV", "Trưởng Ban Dân vận Huyện ủy Lục Ngạn"),
 P("Sầm Văn Tú", "Bí thư Đảng ủy xã Sơn Hải"),
 P("Lý Văn Sềnh", "Phó Chủ tịch UBND xã Phong Minh"),
 P("Vi Thị Hạnh", "Phó Chủ tịch UBND xã Phong Minh"),
 P("Hoàng Thị Sáu")],
[Q("15 đồng chí", 15, "đồng chí"), Q("700 suất quà", 700, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("350 triệu đồng", 350000000, "đồng"), Q("8.340 suất quà", 8340, "suất quà"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("8,6%", 8.6, "%"), Q("100", 100000000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"), Q("96%", 96, "%"),
 Q("24,5%", 24.5, "%"), Q("5 suất học bổng", 5, "suất học bổng")],
[D("Kết luận", "40", "KL/TU", "2019-12-20", "Ban Thường vụ Tỉnh ủy", "Kết luận số 40-KL/TU ngày 20/12/2019")],
[prov("Bắc Giang"), com("Sơn Hải"), com("Phong Minh")],
["BÁO BẮC GIANG", "Trang chủ - Chính trị - Dân vận", "Ảnh: Đồng chí Lăng Văn Hòa trao quà cho các hộ nghèo xã Sơn Hải.",
 "Tết sum vầy", "Dân vận khéo", "Khu công nghiệp Quang Châu", "Trường Phổ thông dân tộc nội trú huyện"],
["Thứ Tư, 15/1/2020", "15 đồng chí", "Tết Canh Tý 2020", "Năm 2019", "1 ti vi", "năm thứ ba", "triệu đồng/năm"]))
