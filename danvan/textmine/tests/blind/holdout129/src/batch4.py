from lib import *
PAGES = []

PAGES.append(page("b3071-vinhlong-mttq-giaoban-quy3-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Vị trí: Trang chủ » Tin tức » Hoạt động Mặt trận
Thứ Sáu, 10/10/2025 - 14:35
Quang cảnh cuộc họp giao ban tại điểm cầu tỉnh.
Vận hành bộ máy Mặt trận sau hợp nhất: tập trung chăm lo hộ nghèo
Ngày 09/10/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức họp giao ban trực tuyến công tác Mặt trận quý III năm 2025 với 124 điểm cầu xã, phường. Đây là lần giao ban quý đầu tiên kể từ khi tỉnh Vĩnh Long mới được hợp nhất từ 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Chủ trì có bà Lê Thị Thúy Hằng, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho biết, sau hợp nhất, Ủy ban MTTQ tỉnh có 9 ban chuyên môn; các tổ chức chính trị - xã hội trực thuộc Mặt trận đã ổn định tổ chức. Trong quý III, Quỹ "Vì người nghèo" các cấp vận động được 31,2 tỷ đồng; đã bàn giao 2.347 căn nhà, hoàn thành mục tiêu xóa nhà tạm, nhà dột nát trên địa bàn tỉnh trước ngày 31/8/2025. Toàn tỉnh còn 12.418 hộ nghèo, tỷ lệ 1,21%, và 18.960 hộ cận nghèo.
Mặt trận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định 05, 06-QĐ/TU về chức năng, nhiệm vụ của Ủy ban MTTQ tỉnh và về mối quan hệ công tác giữa Mặt trận với chính quyền cấp xã; Ban Thường trực ban hành Hướng dẫn số 14/HD-MTTQ-BTT về vận động, quản lý Quỹ "Vì người nghèo" ở cấp xã sau sắp xếp.
Tại giao ban, bà Thạch Thị Sa Vanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thông tin hội đã giúp 1.250 phụ nữ nghèo vay vốn, hỗ trợ 300 phụ nữ khởi nghiệp. Ông Nguyễn Văn Đời, Chủ tịch Ủy ban MTTQ Việt Nam xã Thạnh Phú, và ông Kim Văn Phel, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn, phản ánh cán bộ Mặt trận xã mới còn kiêm nhiều việc, địa bàn rộng. Bà Trương Thị Ngọc Hiền, Chủ tịch Ủy ban MTTQ Việt Nam phường Phước Hậu, đề nghị sớm có hướng dẫn thống nhất về sổ sách quỹ sau khi nhập 3 quỹ cũ.
Kết luận, bà Lê Thị Thúy Hằng yêu cầu quý IV tổ chức Tháng cao điểm "Vì người nghèo" năm 2025 với chỉ tiêu vận động ít nhất 60 tỷ đồng; rà soát 100% hộ nghèo theo chuẩn mới, mỗi xã, phường có từ 3 mô hình giảm nghèo trở lên; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc tại các ấp, khóm sau sáp nhập.
Bà cũng lưu ý các xã, phường báo cáo số liệu giao ban hằng tháng qua phần mềm trước ngày 20, bảo đảm thống nhất một đầu mối, tránh tình trạng mỗi địa bàn cũ báo cáo một kiểu như thời gian qua.
Phương Nghi
Lượt xem: 2.014
Tin liên quan
- Trao 200 căn nhà Đại đoàn kết tại phường Trà Vinh (03/10/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ hai (25/09/2025)
- Xã Ba Tri ra mắt Ban Công tác Mặt trận ấp sau sáp nhập (18/09/2025)
""", "2025-10-10", "Vận hành bộ máy Mặt trận sau hợp nhất: tập trung chăm lo hộ nghèo",
E("giao_ban", "2025-Q3", "2025-10-09"),
[P("Lê Thị Thúy Hằng", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Vanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Nguyễn Văn Đời", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thạnh Phú"),
 P("Kim Văn Phel", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Trương Thị Ngọc Hiền", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phước Hậu")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("3 tỉnh", 3, "tỉnh"), Q("9 ban chuyên môn", 9, "ban chuyên môn"), Q("31,2 tỷ đồng", 31200000000, "đồng"),
 Q("2.347 căn nhà", 2347, "căn nhà"), Q("12.418 hộ nghèo", 12418, "hộ nghèo"), Q("1,21%", 1.21, "%"),
 Q("18.960 hộ cận nghèo", 18960, "hộ cận nghèo"), Q("1.250 phụ nữ nghèo", 1250, "phụ nữ nghèo"), Q("300 phụ nữ", 300, "phụ nữ"),
 Q("3 quỹ cũ", 3, "quỹ cũ"), Q("ít nhất 60 tỷ đồng", 60000000000, "đồng", "over"), Q("100% hộ nghèo", 100, "%"),
 Q("từ 3 mô hình giảm nghèo trở lên", 3, "mô hình giảm nghèo", "over")],
[D("Quy định", "05", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 05, 06-QĐ/TU"),
 D("Quy định", "06", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 05, 06-QĐ/TU"),
 D("Hướng dẫn", "14", "HD-MTTQ-BTT", None, "Ban Thường trực", "Hướng dẫn số 14/HD-MTTQ-BTT")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Thạnh Phú"), com("Tập Sơn"), com("Phước Hậu")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Vị trí: Trang chủ » Tin tức » Hoạt động Mặt trận",
 "Quang cảnh cuộc họp giao ban tại điểm cầu tỉnh.", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 2.014"],
["Thứ Sáu, 10/10/2025 - 14:35", "quý III năm 2025", "ngày 31/8/2025", "trước ngày 20", "Lượt xem: 2.014"]))

PAGES.append(page("b3072-cantho-mttq-daihoi-2025", """
Báo Cần Thơ Online
Chính trị › Mặt trận
Cập nhật: 08:15, 28/10/2025 (GMT+7)
Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Duy Khôi
Đại hội đại biểu MTTQ Việt Nam thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp
(CT) - Trong 2 ngày 26 và 27/10/2025, Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang. Dự đại hội có 350 đại biểu chính thức, đại diện cho hơn 4,2 triệu người dân các dân tộc Kinh, Khmer, Hoa, Chăm trong thành phố.
Báo cáo tổng kết nhiệm kỳ 2019 - 2024 (tổng hợp của 3 địa phương trước hợp nhất) cho biết, Quỹ "Vì người nghèo" các cấp đã vận động được hơn 1.060 tỷ đồng; xây mới, sửa chữa 21.540 căn nhà Đại đoàn kết; tỷ lệ hộ nghèo chung giảm từ 4,86% xuống còn 1,12%. Mặt trận các cấp đã tổ chức 2.816 cuộc giám sát, 412 hội nghị phản biện xã hội.
Đại hội đã hiệp thương cử 125 vị vào Ủy ban MTTQ Việt Nam thành phố khóa I. Tại hội nghị lần thứ nhất, đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Thành ủy, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam thành phố; các đồng chí Lâm Văn Mẫn, Trương Thị Kiều Oanh, Quách Văn Thanh, Thạch Chanh Đa được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Phát biểu chỉ đạo, đồng chí Trần Văn Lạc, Ủy viên Trung ương Đảng, Bí thư Thành ủy, đề nghị Mặt trận nhiệm kỳ mới thực hiện tốt Kết luận số 18-KL/TW của Bộ Chính trị và Quyết định số 302-QĐ/TW của Ban Bí thư về chức năng, nhiệm vụ của MTTQ Việt Nam sau sắp xếp; phấn đấu mỗi năm giảm từ 0,3% đến 0,5% tỷ lệ hộ nghèo, đến năm 2030 không còn hộ nghèo ở nhà tạm.
Đại hội thông qua Chương trình hành động với 5 chương trình trọng tâm, 12 chỉ tiêu, trong đó có chỉ tiêu mỗi năm vận động Quỹ "Vì người nghèo" không dưới 150 tỷ đồng, hỗ trợ ít nhất 2.000 căn nhà Đại đoàn kết trong nhiệm kỳ. Đại hội cũng bầu 18 đại biểu đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam.
Tại đại hội, Hòa thượng Danh Lung, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố khóa trước, phát biểu thay mặt chức sắc Phật giáo Nam tông Khmer, cam kết các chùa tiếp tục vận động phật tử chung tay giúp người nghèo. Bà Hồ Thị Cẩm Đào, Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Lợi, tham luận về mô hình "Bếp ăn nghĩa tình" phục vụ hơn 300 suất cơm mỗi ngày cho bệnh nhân nghèo.
Đại hội cũng biểu dương 30 điển hình tiêu biểu trong công tác Mặt trận nhiệm kỳ qua.
Duy Khôi - Mỹ Thanh
Lượt xem: 3.562
Xem thêm
- Hội nghị lần thứ nhất Ủy ban MTTQ Việt Nam thành phố khóa I (27/10/2025)
- Phường Ninh Kiều tổ chức Ngày hội Đại đoàn kết (20/10/2025)
- Tháng cao điểm "Vì người nghèo": hơn 40 tỷ đồng được đăng ký ủng hộ (17/10/2025)
""", "2025-10-28", "Đại hội đại biểu MTTQ Việt Nam thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
E("dai_hoi", None, "2025-10-26"),
[P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lâm Văn Mẫn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Thị Kiều Oanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Quách Văn Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Văn Lạc", "Ủy viên Trung ương Đảng", "Bí thư Thành ủy"),
 P("Danh Lung", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố khóa trước"),
 P("Hồ Thị Cẩm Đào", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Lợi")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("hơn 4,2 triệu người dân", 4200000, "người dân", "over"),
 Q("3 địa phương", 3, "địa phương"), Q("hơn 1.060 tỷ đồng", 1060000000000, "đồng", "over"),
 Q("21.540 căn nhà Đại đoàn kết", 21540, "căn nhà Đại đoàn kết"), Q("4,86%", 4.86, "%"), Q("1,12%", 1.12, "%"),
 Q("2.816 cuộc giám sát", 2816, "cuộc giám sát"), Q("412 hội nghị phản biện xã hội", 412, "hội nghị phản biện xã hội"),
 Q("125 vị", 125, "vị"), Q("0,3%", 0.3, "%"), Q("0,5%", 0.5, "%"), Q("5 chương trình trọng tâm", 5, "chương trình trọng tâm"),
 Q("12 chỉ tiêu", 12, "chỉ tiêu"), Q("không dưới 150 tỷ đồng", 150000000000, "đồng", "over"),
 Q("ít nhất 2.000 căn nhà Đại đoàn kết", 2000, "căn nhà Đại đoàn kết", "over"), Q("18 đại biểu", 18, "đại biểu"),
 Q("hơn 300 suất cơm", 300, "suất cơm", "over"), Q("30 điển hình tiêu biểu", 30, "điển hình tiêu biểu")],
[D("Kết luận", "18", "KL/TW", None, "Bộ Chính trị", "Kết luận số 18-KL/TW"),
 D("Quyết định", "302", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 302-QĐ/TW")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Phú Lợi")],
["Báo Cần Thơ Online", "Chính trị › Mặt trận", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Duy Khôi", "(CT)",
 "Vì người nghèo", "Bếp ăn nghĩa tình", "Lượt xem: 3.562"],
["Cập nhật: 08:15, 28/10/2025 (GMT+7)", "2 ngày", "lần thứ I", "2025 - 2030", "2019 - 2024", "khóa I", "lần thứ nhất", "năm 2030", "Lượt xem: 3.562"]))

PAGES.append(page("b3073-camau-mttq-thamchucmung-okombok-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU
Trang chủ > Chính trị > Dân tộc - Tôn giáo
03/11/2025 - 10:05
Lãnh đạo Mặt trận tỉnh thăm, chúc mừng Lễ Ok Om Bok tại các chùa Khmer
Bà Huỳnh Thị Hồng Thắm (thứ 3 từ phải) thăm, chúc mừng chùa Kos Thum. Ảnh: Chí Thanh
Nhân dịp Lễ Ok Om Bok năm 2025 của đồng bào Khmer, ngày 01/11, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Cà Mau do bà Huỳnh Thị Hồng Thắm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc mừng các chùa Kos Thum (phường Vĩnh Trạch), Xiêm Cán Mới (xã Hưng Hội) và Pô Thi (xã Ninh Quới).
Tại chùa Kos Thum, bà Huỳnh Thị Hồng Thắm gửi lời chúc mừng đến Đại đức Lý Sa Ri, trụ trì chùa, các vị sư sãi và bà con phật tử; ghi nhận những đóng góp của nhà chùa trong vận động bà con đồng bào Khmer đoàn kết, giúp nhau giảm nghèo. Năm 2025, các chùa Khmer trên địa bàn tỉnh đã vận động đóng góp hơn 3,4 tỷ đồng cho Quỹ "Vì người nghèo" và xây dựng 58 căn nhà cho hộ nghèo đồng bào Khmer.
Đại đức Lý Sa Ri cảm ơn Mặt trận tỉnh đã quan tâm, cho biết nhà chùa đang duy trì lớp dạy chữ Khmer cho 120 học sinh và tủ thuốc miễn phí cho bà con nghèo. Tại chùa Xiêm Cán Mới, Hòa thượng Thạch Sang, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, phấn khởi thông tin: ấp Xiêm Cán nay chỉ còn 7 hộ nghèo, giảm 19 hộ so với năm 2023.
Ông Danh Phước Lợi, Chủ tịch Ủy ban MTTQ Việt Nam xã Ninh Quới, cho biết xã có 1.860 hộ đồng bào Khmer, chiếm khoảng 22% số hộ; tỷ lệ hộ nghèo đồng bào Khmer còn 3,8%. Sau khi sáp nhập, Mặt trận xã đang xây dựng kế hoạch để mỗi chùa nhận đỡ đầu ít nhất 2 hộ nghèo.
Dịp này, bà Huỳnh Thị Hồng Thắm đề nghị các vị chức sắc tiếp tục vận động bà con tổ chức lễ hội vui tươi, an toàn, tiết kiệm; phát huy vai trò người có uy tín trong tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước, đặc biệt là Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, toàn tỉnh Cà Mau (mới) có gần 38.000 hộ đồng bào Khmer, tập trung chủ yếu ở địa bàn tỉnh Bạc Liêu trước đây, với 94 chùa Phật giáo Nam tông Khmer. Trong tuần lễ hội, các đoàn của tỉnh sẽ đến thăm, chúc mừng 21 chùa tiêu biểu. Mặt trận các xã, phường có đông đồng bào Khmer cũng được đề nghị phối hợp lực lượng công an giữ gìn an ninh, trật tự tại các điểm tổ chức lễ.
Chí Thanh
Lượt xem: 1.208
Tin liên quan
- Lễ hội đua ghe Ngo tỉnh Cà Mau năm 2025 (02/11/2025)
- Mặt trận tỉnh trao 300 phần quà cho hộ nghèo Khmer (28/10/2025)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số (15/10/2025)
""", "2025-11-03", "Lãnh đạo Mặt trận tỉnh thăm, chúc mừng Lễ Ok Om Bok tại các chùa Khmer",
E("khac", None, None),
[P("Huỳnh Thị Hồng Thắm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Sa Ri", "Đại đức", "trụ trì chùa"),
 P("Thạch Sang", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Phước Lợi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ninh Quới")],
[Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("58 căn nhà", 58, "căn nhà"), Q("120 học sinh", 120, "học sinh"),
 Q("7 hộ nghèo", 7, "hộ nghèo"), Q("19 hộ", 19, "hộ"), Q("1.860 hộ đồng bào Khmer", 1860, "hộ đồng bào Khmer"),
 Q("khoảng 22%", 22, "%", "approx"), Q("3,8%", 3.8, "%"), Q("ít nhất 2 hộ nghèo", 2, "hộ nghèo", "over"),
 Q("gần 38.000 hộ đồng bào Khmer", 38000, "hộ đồng bào Khmer", "approx"),
 Q("94 chùa Phật giáo Nam tông Khmer", 94, "chùa Phật giáo Nam tông Khmer"), Q("21 chùa tiêu biểu", 21, "chùa tiêu biểu")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Vĩnh Trạch"), com("Hưng Hội"), com("Ninh Quới")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU", "Trang chủ > Chính trị > Dân tộc - Tôn giáo",
 "Bà Huỳnh Thị Hồng Thắm (thứ 3 từ phải) thăm, chúc mừng chùa Kos Thum. Ảnh: Chí Thanh", "Ok Om Bok", "Kos Thum", "Xiêm Cán Mới",
 "Vì người nghèo", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 1.208"],
["03/11/2025 - 10:05", "năm 2025", "ngày 01/11", "năm 2023", "Lượt xem: 1.208", "thứ 3 từ phải"]))

PAGES.append(page("b3074-angiang-mttq-traoqua-tet-binhngo-2026", """
Hôm nay: Thứ Bảy, 07/02/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Xã hội » An sinh
Thứ Năm, 05/02/2026, 09:10
Ảnh: Đoàn công tác trao quà cho hộ nghèo xã Giang Thành.
Xuân Bính Ngọ: 1.000 suất quà Tết đến với hộ nghèo vùng biên giới
Ngày 04/02, đoàn công tác của Ủy ban Trung ương MTTQ Việt Nam do đồng chí Sùng A Hồ, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam làm trưởng đoàn, cùng lãnh đạo Ủy ban MTTQ Việt Nam tỉnh An Giang đã đến thăm, chúc Tết và trao 1.000 suất quà Tết cho hộ nghèo, hộ cận nghèo tại các xã Giang Thành, Vĩnh Điều và phường Tô Châu - địa bàn tỉnh Kiên Giang trước đây.
Mỗi suất quà trị giá 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm, tổng trị giá 1 tỷ đồng, do Quỹ "Vì người nghèo" Trung ương và Tập đoàn Bưu chính Viễn thông Việt Nam tài trợ. Cùng đi có ông Nguyễn Thanh Nhã, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và bà Néang Sa Vy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tại xã Giang Thành, ông Danh Văn Tuấn, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết xã còn 246 hộ nghèo, chiếm 4,1% số hộ, phần lớn là đồng bào Khmer không có đất sản xuất. Năm 2025, xã đã được hỗ trợ xây 64 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng. Bà Thị Sô Phi, 70 tuổi, ở ấp Tà Êm, nói năm nay có nhà mới, lại được quà Tết, "vui như có con cháu về".
Phát biểu tại buổi trao quà, đồng chí Sùng A Hồ ghi nhận An Giang là một trong những địa phương về đích sớm trong xóa nhà tạm, nhà dột nát với hơn 18.000 căn nhà được bàn giao trong hai năm 2024 - 2025. Đồng chí đề nghị tỉnh tiếp tục thực hiện Kế hoạch số 21/KH-MTTQ-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về vận động chăm lo Tết cho người nghèo, bảo đảm "không để ai bị bỏ lại phía sau".
Theo ông Nguyễn Thanh Nhã, thực hiện Kế hoạch số 09/KH-MTTQ-BTT ngày 10/12/2025 của Ban Thường trực Ủy ban MTTQ tỉnh, đến nay Mặt trận các cấp đã vận động được trên 96 tỷ đồng, dự kiến trao khoảng 185.000 phần quà; tỷ lệ hộ nghèo toàn tỉnh theo chuẩn giai đoạn 2022 - 2025 còn 1,38%.
Tại phường Tô Châu, đoàn đến thăm gia đình ông Trần Văn Hai, thương binh hạng 3/4, có vợ bị bệnh nặng. Ông Hai cho biết nhờ được vay vốn chính sách và Mặt trận phường giới thiệu việc làm cho con trai, gia đình đã thoát nghèo từ năm 2024 nhưng cuộc sống vẫn còn nhiều khó khăn.
Dịp này, Tập đoàn Bưu chính Viễn thông Việt Nam trao tặng thêm 10 căn nhà Đại đoàn kết cho xã Vĩnh Điều, trị giá 600 triệu đồng.
Kim Hương
Lượt xem: 876
Tin khác
- Tỉnh ủy An Giang thăm, chúc Tết chức sắc Phật giáo Hòa Hảo (03/02/2026)
- Chợ Tết công đoàn năm 2026 tại phường Rạch Giá (31/01/2026)
- Tri Tôn: Mặt trận xã tổ chức "Tết sum vầy" (28/01/2026)
""", "2026-02-05", "Xuân Bính Ngọ: 1.000 suất quà Tết đến với hộ nghèo vùng biên giới",
E("trao_qua", None, "2026-02-04"),
[P("Sùng A Hồ", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Nguyễn Thanh Nhã", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Néang Sa Vy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Văn Tuấn", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Sô Phi"), P("Trần Văn Hai")],
[Q("1.000 suất quà", 1000, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("246 hộ nghèo", 246, "hộ nghèo"), Q("4,1%", 4.1, "%"), Q("64 căn nhà Đại đoàn kết", 64, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("hơn 18.000 căn nhà", 18000, "căn nhà", "over"),
 Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("khoảng 185.000 phần quà", 185000, "phần quà", "approx"),
 Q("1,38%", 1.38, "%"), Q("10 căn nhà Đại đoàn kết", 10, "căn nhà Đại đoàn kết"), Q("600 triệu đồng", 600000000, "đồng")],
[D("Kế hoạch", "21", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Kế hoạch số 21/KH-MTTQ-BTT"),
 D("Kế hoạch", "09", "KH-MTTQ-BTT", "2025-12-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 10/12/2025")],
[prov("An Giang"), prov("Kiên Giang"), com("Giang Thành"), com("Vĩnh Điều"), com("Tô Châu")],
["Hôm nay: Thứ Bảy, 07/02/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Xã hội » An sinh",
 "Ảnh: Đoàn công tác trao quà cho hộ nghèo xã Giang Thành.", "Vì người nghèo", "Tập đoàn Bưu chính Viễn thông Việt Nam",
 "không để ai bị bỏ lại phía sau", "Lượt xem: 876"],
["Thứ Năm, 05/02/2026, 09:10", "Xuân Bính Ngọ", "70 tuổi", "Năm 2025", "2024 - 2025", "2022 - 2025", "Lượt xem: 876", "hạng 3/4", "năm 2024"]))

PAGES.append(page("b3075-dongthap-mttq-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG THÁP
You are here: Trang chủ / Tin tức / Hoạt động Mặt trận
20 tháng 1, 2026 | 15:45
Toàn cảnh hội nghị tại hội trường Ủy ban MTTQ tỉnh.
Mặt trận tỉnh Đồng Tháp triển khai nhiệm vụ năm 2026
Ngày 19/1, Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 và triển khai nhiệm vụ năm 2026 - năm đầu tiên tổng kết sau khi hợp nhất tỉnh Đồng Tháp và tỉnh Tiền Giang. Chủ trì hội nghị có các đồng chí: Lê Thành Công, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Phạm Thị Ngọc Trâm, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho biết, năm 2025 Quỹ "Vì người nghèo" các cấp vận động được 142,7 tỷ đồng, vượt 19% chỉ tiêu; toàn tỉnh hoàn thành xóa 6.512 căn nhà tạm, nhà dột nát trước ngày 31/8/2025, trong đó Mặt trận vận động xã hội hóa xây dựng 2.380 căn nhà Đại đoàn kết. Dịp Tết Ất Tỵ, các cấp trao trên 215.000 phần quà cho hộ nghèo, hộ cận nghèo với tổng trị giá khoảng 108 tỷ đồng. Tỷ lệ hộ nghèo toàn tỉnh cuối năm 2025 còn 0,86%, giảm 0,54% so với năm 2024.
Mặt trận các cấp đã thực hiện 1.137 cuộc giám sát, tổ chức 86 hội nghị phản biện xã hội; phối hợp Hội Liên hiệp Phụ nữ tỉnh thực hiện cuộc vận động xây dựng gia đình "5 không, 3 sạch". Ban Thường trực đã ban hành Kế hoạch 12, 13/KH-MTTQ-BTT về tổ chức Tháng cao điểm "Vì người nghèo" năm 2025 và về chăm lo Tết Bính Ngọ cho người nghèo.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Văn Chiến, Nguyễn Thị Kim Ngân tham luận về công tác dân tộc, tôn giáo và hoạt động của các tổ chức chính trị - xã hội sau sắp xếp. Bà Quách Thị Lệ, Chủ tịch Ủy ban MTTQ Việt Nam phường Mỹ Tho, chia sẻ mô hình "Tổ tiết kiệm tình thương" giúp 86 hộ cận nghèo có vốn buôn bán nhỏ; ông Đặng Văn Út, Chủ tịch Ủy ban MTTQ Việt Nam xã Tháp Mười, đề nghị hướng dẫn thống nhất việc bình xét hộ nghèo theo chuẩn nghèo giai đoạn mới.
Phát biểu chỉ đạo, đồng chí Võ Văn Đạt, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2026 Mặt trận tập trung tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; thực hiện Kết luận số 210-KL/TW của Bộ Chính trị; phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 0,6%, mỗi xã, phường có ít nhất 1 mô hình "Dân vận khéo" về giảm nghèo.
Dịp này, 32 tập thể và 45 cá nhân được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen.
Ngọc Thủy
Lượt xem: 642
Tin liên quan
- Mặt trận tỉnh thăm, tặng quà chức sắc tôn giáo dịp Tết Bính Ngọ (16/01/2026)
- Phường Cao Lãnh ra mắt Ban Công tác Mặt trận khóm kiểu mẫu (09/01/2026)
- Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XVI (06/01/2026)
""", "2026-01-20", "Mặt trận tỉnh Đồng Tháp triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-19"),
[P("Lê Thành Công", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Ngọc Trâm", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Chiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quách Thị Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam phường Mỹ Tho"),
 P("Đặng Văn Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tháp Mười"),
 P("Võ Văn Đạt", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("142,7 tỷ đồng", 142700000000, "đồng"), Q("19%", 19, "%"), Q("6.512 căn nhà tạm, nhà dột nát", 6512, "căn nhà tạm, nhà dột nát"),
 Q("2.380 căn nhà Đại đoàn kết", 2380, "căn nhà Đại đoàn kết"), Q("trên 215.000 phần quà", 215000, "phần quà", "over"),
 Q("khoảng 108 tỷ đồng", 108000000000, "đồng", "approx"), Q("0,86%", 0.86, "%"), Q("0,54%", 0.54, "%"),
 Q("1.137 cuộc giám sát", 1137, "cuộc giám sát"), Q("86 hội nghị phản biện xã hội", 86, "hội nghị phản biện xã hội"),
 Q("86 hộ cận nghèo", 86, "hộ cận nghèo"), Q("dưới 0,6%", 0.6, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch 12, 13/KH-MTTQ-BTT"),
 D("Kế hoạch", "13", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch 12, 13/KH-MTTQ-BTT"),
 D("Kết luận", "210", "KL/TW", None, "Bộ Chính trị", "Kết luận số 210-KL/TW")],
[prov("Đồng Tháp"), prov("Tiền Giang"), com("Mỹ Tho"), com("Tháp Mười")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG THÁP", "You are here: Trang chủ / Tin tức / Hoạt động Mặt trận",
 "Toàn cảnh hội nghị tại hội trường Ủy ban MTTQ tỉnh.", "Vì người nghèo", "5 không, 3 sạch", "Tổ tiết kiệm tình thương", "Dân vận khéo",
 "Lượt xem: 642"],
["20 tháng 1, 2026 | 15:45", "năm 2025", "năm 2026", "ngày 31/8/2025", "Tết Ất Tỵ", "năm 2024", "5 không, 3 sạch", "khóa XVI", "Tết Bính Ngọ", "Lượt xem: 642"]))

PAGES.append(page("b3076-tayninh-mttq-giaoban-thang3-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH
Thời sự › Chính trị › Mặt trận
03-04-2026 08:20
Quý I, 2.146 hộ nghèo, cận nghèo được Mặt trận hỗ trợ sinh kế
Ông Nguyễn Văn Thuận phát biểu kết luận giao ban. Ảnh: Thanh Thảo
Theo thông tin tại cuộc họp giao ban công tác Mặt trận tháng 3/2026 do Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh tổ chức sáng 02/4, trong quý I năm 2026 Mặt trận các cấp đã phối hợp hỗ trợ sinh kế cho 2.146 hộ nghèo, hộ cận nghèo ở cả địa bàn Tây Ninh và Long An trước đây, với tổng kinh phí hơn 21 tỷ đồng.
Chủ trì giao ban có ông Nguyễn Văn Thuận, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dự có các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Huỳnh Thị Thanh Trúc, Đinh Văn Hoa; đại diện 96 xã, phường dự trực tuyến.
Báo cáo cho biết, trong tháng 3, Mặt trận các cấp tập trung phục vụ cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031 ngày 15/3/2026, với tỷ lệ cử tri đi bầu đạt 99,6%. Quỹ "Vì người nghèo" tháng 3 tiếp nhận 3,2 tỷ đồng; các cấp bàn giao 48 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ tối đa 70 triệu đồng theo Hướng dẫn số 05/HD-MTTQ-BTT ngày 12/01/2026. Toàn tỉnh có 850 hộ vay vốn từ nguồn ủy thác qua các tổ chức chính trị - xã hội trực thuộc Mặt trận; Hội Liên hiệp Phụ nữ phát triển 1.200 hội viên mới và hỗ trợ 64 phụ nữ khởi nghiệp.
Mặt trận tỉnh đã tổng hợp 327 ý kiến góp ý của Nhân dân vào dự thảo Luật sửa đổi một số điều của Luật Đất đai và 11 ý kiến phản biện đối với dự thảo Nghị quyết của HĐND tỉnh về chính sách giảm nghèo. Ban Thường trực tiếp nhận 6 trường hợp đề nghị hỗ trợ khẩn cấp do hỏa hoạn, đã hỗ trợ mỗi trường hợp 20 triệu đồng.
Ý kiến tại giao ban, ông Trần Minh Tâm, Chủ tịch Ủy ban MTTQ Việt Nam xã Đức Hòa, đề nghị tỉnh nhân rộng 12 mô hình cấp tỉnh về giảm nghèo; bà Võ Thị Bích Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường Tân An, phản ánh một số hộ mới thoát nghèo dễ tái nghèo do giá nông sản giảm.
Kết luận, ông Nguyễn Văn Thuận đề nghị tháng 4 Mặt trận các cấp thực hiện Nghị quyết 08, 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững và về xây dựng nông thôn mới giai đoạn 2026 - 2030; tổng kết cuộc bầu cử, tiếp tục vận động Quỹ "Vì người nghèo", bảo đảm từ 30% số hộ nghèo trở lên được hỗ trợ sinh kế trong năm 2026.
Ông cũng yêu cầu các xã, phường rà soát, cập nhật danh sách hộ nghèo phát sinh sau Tết, nhất là ở các xã biên giới và vùng trũng Đồng Tháp Mười, để kịp thời đề xuất hỗ trợ.
Thanh Thảo
Lượt xem: 517
Tin liên quan
- Phường Long An tổ chức ra mắt Ban Công tác Mặt trận khu phố (30/03/2026)
- Hội nghị tổng kết công tác bầu cử tại xã Tân Biên (27/03/2026)
- Trao 20 căn nhà Đại đoàn kết tại xã Mộc Hóa (20/03/2026)
""", "2026-04-03", "Quý I, 2.146 hộ nghèo, cận nghèo được Mặt trận hỗ trợ sinh kế",
E("giao_ban", "2026-03", "2026-04-02"),
[P("Nguyễn Văn Thuận", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Thanh Trúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Minh Tâm", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đức Hòa"),
 P("Võ Thị Bích Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tân An")],
[Q("2.146 hộ nghèo, hộ cận nghèo", 2146, "hộ nghèo, hộ cận nghèo"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("96 xã, phường", 96, "xã, phường"), Q("99,6%", 99.6, "%"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"), Q("tối đa 70 triệu đồng", 70000000, "đồng"), Q("850 hộ", 850, "hộ"),
 Q("1.200 hội viên mới", 1200, "hội viên mới"), Q("64 phụ nữ", 64, "phụ nữ"), Q("327 ý kiến", 327, "ý kiến"),
 Q("11 ý kiến phản biện", 11, "ý kiến phản biện"), Q("6 trường hợp", 6, "trường hợp"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("12 mô hình cấp tỉnh", 12, "mô hình cấp tỉnh"), Q("từ 30% số hộ nghèo trở lên", 30, "%", "over")],
[D("Hướng dẫn", "05", "HD-MTTQ-BTT", "2026-01-12", None, "Hướng dẫn số 05/HD-MTTQ-BTT ngày 12/01/2026"),
 D("Nghị quyết", "08", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 08, 09-NQ/TU"),
 D("Nghị quyết", "09", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 08, 09-NQ/TU")],
[prov("Tây Ninh"), prov("Long An"), com("Đức Hòa"), com("Tân An")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH", "Thời sự › Chính trị › Mặt trận",
 "Ông Nguyễn Văn Thuận phát biểu kết luận giao ban. Ảnh: Thanh Thảo", "Vì người nghèo", "Luật Đất đai", "Đồng Tháp Mười", "Lượt xem: 517"],
["03-04-2026 08:20", "tháng 3/2026", "quý I năm 2026", "khóa XVI", "2026 - 2031", "ngày 15/3/2026", "2026 - 2030", "năm 2026", "Lượt xem: 517"]))
