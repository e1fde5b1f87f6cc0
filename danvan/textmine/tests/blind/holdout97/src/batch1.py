from lib import *
PAGES = []

PAGES.append(page("b2285-laocai-bdv-giaoban-2019", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Tin tức > Hoạt động dân vận
08:15 | 05/04/2019
Toàn cảnh hội nghị giao ban.
Giao ban công tác dân vận quý I: tập trung vận động đồng bào vùng cao xóa nhà tạm
Ngày 03/4/2019, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị giao ban công tác dân vận quý I năm 2019, triển khai nhiệm vụ quý II. Đồng chí Vàng Thị Mỷ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Seo Chứ, Hoàng Thị Dung; đại diện Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh và trưởng ban dân vận 9 huyện, thị xã, thành phố.
Báo cáo tại hội nghị cho thấy, trong quý I, khối dân vận các cấp đã tham mưu cấp ủy lãnh đạo tổ chức Tết Nguyên đán Kỷ Hợi an toàn, tiết kiệm; thăm, tặng 3.450 suất quà Tết cho hộ nghèo, gia đình chính sách với tổng trị giá hơn 1,6 tỷ đồng. Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 52-KH/BDVTU ngày 15/01/2019 về công tác dân vận năm 2019 và Hướng dẫn số 07-HD/BDVTU về xây dựng mô hình "Dân vận khéo" gắn với Chương trình mục tiêu quốc gia xây dựng nông thôn mới; phối hợp Ban Tuyên giáo Tỉnh ủy tham mưu sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.
Toàn tỉnh có 1.286 hộ dân hiến trên 35.000 m2 đất làm đường giao thông nông thôn; các xã đã tổ chức 164 cuộc đối thoại với nhân dân. Tình hình an ninh nông thôn cơ bản ổn định; tuy nhiên vẫn phát sinh 4 vụ việc truyền đạo trái pháp luật tại huyện Si Ma Cai và Mường Khương, 2 vụ tụ tập đông người liên quan đến đền bù giải phóng mặt bằng.
Tại hội nghị, đồng chí Sùng A Páo, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà, chia sẻ cách vận động đồng bào Mông bỏ tục lệ lạc hậu trong đám ma; bà Lù Thị Xuân, Chủ tịch Ủy ban MTTQ Việt Nam xã Lùng Phình, đề nghị tỉnh sớm hỗ trợ vật liệu cho 57 căn nhà tạm của hộ nghèo. Đồng chí Giàng A Dình, Bí thư Đảng ủy xã Bản Lầu, kiến nghị tăng phụ cấp cho tổ dân vận thôn.
Phát biểu kết luận, đồng chí Vàng Thị Mỷ đề nghị quý II các cơ quan dân vận tập trung triển khai Kết luận 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào các dân tộc thiểu số; theo dõi chặt chẽ tình hình tôn giáo; phối hợp Hội Liên hiệp Phụ nữ tỉnh triển khai cuộc vận động "5 không, 3 sạch"; đồng thời hướng dẫn các huyện đăng ký 120 mô hình dân vận khéo cấp cơ sở trong năm.
Cũng tại hội nghị, đồng chí Lý Seo Chứ, Phó Trưởng Ban Dân vận Tỉnh ủy, thông báo kết quả khảo sát việc thực hiện Quy chế dân chủ ở cơ sở tại 12 xã vùng cao biên giới.
Ảnh: Đồng chí Vàng Thị Mỷ phát biểu kết luận giao ban.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Bát Xát: 25 mô hình "Dân vận khéo" được công nhận (28/03/2019)
- Ban Dân vận Tỉnh ủy thăm, chúc Tết đồng bào xã biên giới (30/01/2019)
- Tổng kết công tác dân vận năm 2018 (26/12/2018)
- Tập huấn nghiệp vụ cho 150 cán bộ dân vận cơ sở (12/12/2018)
""", "2019-04-05", "Giao ban công tác dân vận quý I: tập trung vận động đồng bào vùng cao xóa nhà tạm",
E("giao_ban", "2019-Q1", "2019-04-03"),
[P("Vàng Thị Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Seo Chứ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Lù Thị Xuân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lùng Phình"),
 P("Giàng A Dình", "Bí thư Đảng ủy xã Bản Lầu")],
[Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("3.450 suất quà", 3450, "suất quà"),
 Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("1.286 hộ dân", 1286, "hộ dân"),
 Q("trên 35.000 m2", 35000, "m2", "over"), Q("164 cuộc đối thoại", 164, "cuộc đối thoại"),
 Q("4 vụ việc truyền đạo trái pháp luật", 4, "vụ việc truyền đạo trái pháp luật"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("57 căn nhà tạm", 57, "căn nhà tạm"),
 Q("120 mô hình dân vận khéo cấp cơ sở", 120, "mô hình dân vận khéo cấp cơ sở"),
 Q("12 xã vùng cao biên giới", 12, "xã vùng cao biên giới")],
[D("Kế hoạch", "52", "KH/BDVTU", "2019-01-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 52-KH/BDVTU ngày 15/01/2019"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị"),
 D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Lào Cai"), com("Lùng Phình"), com("Bản Lầu")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức > Hoạt động dân vận", "Toàn cảnh hội nghị giao ban.",
 "Ảnh: Đồng chí Vàng Thị Mỷ phát biểu kết luận giao ban.", "Dân vận khéo", "5 không, 3 sạch",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Quy chế dân chủ ở cơ sở", "Lượt xem: 1.204"],
["08:15 | 05/04/2019", "quý I năm 2019", "3 năm", "5 không, 3 sạch", "Lượt xem: 1.204"]))

PAGES.append(page("b2286-kontum-bdv-doithoai-2019", """
Báo Kon Tum điện tử
Thời sự > Chính trị > Dân vận
Cập nhật: 16:40, 17/05/2019 (GMT+7)
Ảnh: Quang cảnh buổi đối thoại.
Bí thư Huyện ủy Đăk Glei đối thoại với hơn 200 đoàn viên, thanh niên
BKT - Sáng 16/5, tại hội trường UBND xã Đăk Pét, Ban Thường vụ Huyện ủy Đăk Glei phối hợp Ban Dân vận Tỉnh ủy tổ chức buổi đối thoại năm 2019 giữa người đứng đầu cấp ủy với hơn 200 đoàn viên, thanh niên các xã vùng cao. Đồng chí A Rưn, Tỉnh ủy viên, Bí thư Huyện ủy Đăk Glei chủ trì buổi đối thoại.
Cùng dự có đồng chí Y Ngọc Hà, Phó Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Nguyễn Đức Hải, A Vương, Y Thoan; đại diện Tỉnh đoàn Kon Tum.
Đồng chí A Rưn phát biểu tại buổi đối thoại.
Tại buổi đối thoại, 27 ý kiến của đoàn viên, thanh niên đã được nêu lên, tập trung vào việc làm, vay vốn khởi nghiệp, đất sản xuất và công tác quản lý, bảo vệ rừng. Anh A Thịnh, Bí thư Đoàn xã Đăk Man, phản ánh nhiều thanh niên sau khi học nghề không tìm được việc làm; chị Y Blưm, thôn Đăk Ung, xã Đăk Pét, đề nghị hỗ trợ giống cây sâm dây để phát triển kinh tế dưới tán rừng. Già làng A Đông, người có uy tín thôn Đăk Nớ, kiến nghị sửa chữa đập thủy lợi đã hư hỏng.
Trả lời các ý kiến, đồng chí A Rưn cho biết, năm 2019 huyện dành 4,5 tỷ đồng từ nguồn vốn Chương trình 135 để hỗ trợ phát triển sản xuất; Ngân hàng Chính sách xã hội huyện đã giải ngân cho 312 thanh niên vay vốn với tổng dư nợ 9,8 tỷ đồng. Huyện đang triển khai Nghị quyết số 04-NQ/HU ngày 10/3/2019 của Ban Chấp hành Đảng bộ huyện về phát triển cây dược liệu, phấn đấu đến năm 2020 trồng mới 150 ha sâm dây và 50 ha sâm Ngọc Linh.
Về đất sản xuất, đồng chí đề nghị UBND huyện rà soát 86 hộ thiếu đất, giao lại diện tích rừng nghèo kiệt cho thanh niên nhận khoán bảo vệ theo Nghị định 75/2015/NĐ-CP của Chính phủ. Đối với đập thủy lợi thôn Đăk Nớ, huyện giao Phòng Nông nghiệp và Phát triển nông thôn khảo sát, sửa chữa trước mùa mưa.
Kết thúc buổi đối thoại, đồng chí Y Ngọc Hà đánh giá cao tinh thần thẳng thắn của đoàn viên, thanh niên; đề nghị các cấp ủy duy trì đối thoại định kỳ theo Quy định số 11-QĐi/TW của Bộ Chính trị và phát huy vai trò của 42 người có uy tín trong vận động thanh niên không nghe theo kẻ xấu, không vượt biên trái phép.
Dịp này, Tỉnh đoàn Kon Tum trao 20 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo vượt khó của huyện.
Y Liên
Tin liên quan
- Kon Plông: 100% thôn có tổ dân vận hoạt động hiệu quả (10/05/2019)
- Ban Dân vận Tỉnh ủy giao ban quý I năm 2019 (05/04/2019)
- Sa Thầy vận động nhân dân hiến 12.000 m2 đất (22/03/2019)
""", "2019-05-17", "Bí thư Huyện ủy Đăk Glei đối thoại với hơn 200 đoàn viên, thanh niên",
E("doi_thoai", "2019", "2019-05-16"),
[P("A Rưn", "Tỉnh ủy viên", "Bí thư Huyện ủy Đăk Glei"),
 P("Y Ngọc Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Hải", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("A Vương", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Y Thoan", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("A Thịnh", "Bí thư Đoàn xã Đăk Man"),
 P("Y Blưm"),
 P("A Đông", "Già làng", "người có uy tín thôn Đăk Nớ")],
[Q("hơn 200 đoàn viên, thanh niên", 200, "đoàn viên, thanh niên", "over"), Q("27 ý kiến", 27, "ý kiến"),
 Q("4,5 tỷ đồng", 4500000000, "đồng"), Q("312 thanh niên", 312, "thanh niên"),
 Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("150 ha", 150, "ha"), Q("50 ha", 50, "ha"),
 Q("86 hộ", 86, "hộ"), Q("42 người có uy tín", 42, "người có uy tín"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "04", "NQ/HU", "2019-03-10", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 04-NQ/HU ngày 10/3/2019"),
 D("Nghị định", "75", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 75/2015/NĐ-CP của Chính phủ"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW của Bộ Chính trị")],
[prov("Kon Tum"), com("Đăk Pét"), com("Đăk Man")],
["Báo Kon Tum điện tử", "Thời sự > Chính trị > Dân vận", "Ảnh: Quang cảnh buổi đối thoại.",
 "Đồng chí A Rưn phát biểu tại buổi đối thoại.", "Chương trình 135", "BKT"],
["Cập nhật: 16:40, 17/05/2019 (GMT+7)", "năm 2019", "Chương trình 135", "năm 2020"]))

PAGES.append(page("b2287-soctrang-bdv-traoqua-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ / Hoạt động / Công tác dân tộc - tôn giáo
Thứ Sáu, 12/04/2019 - 10:20
Thăm, tặng quà các chùa Khmer và người có uy tín nhân dịp Tết Chôl Chnăm Thmây
Từ ngày 08 đến 10/4/2019, Đoàn công tác của Ban Dân vận Tỉnh ủy Sóc Trăng do đồng chí Lâm Thị Sô Phia, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà 18 chùa Phật giáo Nam tông Khmer, 65 người có uy tín và 120 hộ đồng bào Khmer nghèo tại thị xã Vĩnh Châu và các huyện Trần Đề, Mỹ Xuyên nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2019.
Đồng chí Lâm Thị Sô Phia tặng quà chùa Sà Lôn. Ảnh: Huỳnh Như
Tại chùa Sà Lôn (xã Vĩnh Hải), Hòa thượng Lý Sà Rết, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Sà Lôn, cảm ơn sự quan tâm của Tỉnh ủy và cho biết nhà chùa đang vận động phật tử đóng góp 350 triệu đồng xây dựng trường dạy giáo lý và chữ Khmer. Đến thăm Đại đức Thạch Sô Phươl, trụ trì chùa Prếk Chrung, đoàn ghi nhận chùa đã mở 6 lớp dạy chữ Khmer hè cho 240 học sinh.
Đồng chí Lâm Thị Sô Phia cũng đến thăm ông Thạch Sến, người có uy tín ấp Prey Chóp, xã Lai Hòa; bà Sơn Thị Ngọc Hường, Trưởng Ban Nhân dân ấp Âu Thọ B, xã Vĩnh Hiệp. Đồng chí đánh giá cao vai trò của đội ngũ sư sãi, Ban quản trị chùa và người có uy tín trong tuyên truyền, vận động đồng bào chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhất là thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới.
Mỗi phần quà gồm tiền mặt 1 triệu đồng và nhu yếu phẩm đối với các chùa; 500.000 đồng đối với người có uy tín và hộ nghèo. Tổng trị giá quà tặng trong đợt này hơn 157 triệu đồng, từ nguồn kinh phí của tỉnh và vận động các doanh nghiệp trên địa bàn.
Cùng đi với đoàn có đồng chí Kim Thị Chanh Ny, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Văn Phát, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy. Trong dịp Tết này, Ban Thường vụ các huyện ủy, thị ủy cũng tổ chức 14 đoàn đi thăm, chúc Tết tại 92 chùa và 1.450 hộ đồng bào Khmer.
Theo Ban Dân vận Tỉnh ủy, thời gian qua, phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" trong vùng đồng bào Khmer được đẩy mạnh; nhiều chùa trở thành nơi tuyên truyền pháp luật, vận động phật tử giữ gìn an ninh trật tự, bảo vệ môi trường, giúp nhau phát triển kinh tế.
Huỳnh Như
Các tin khác
- Hội nghị gặp mặt người có uy tín năm 2019 (28/03/2019)
- Ban Dân vận Tỉnh ủy giao ban quý I (03/04/2019)
- Trao 50 căn nhà đại đoàn kết cho hộ nghèo Khmer (15/03/2019)
- Mỹ Tú: 10 năm thực hiện Quy chế dân chủ ở cơ sở (05/03/2019)
""", "2019-04-12", "Thăm, tặng quà các chùa Khmer và người có uy tín nhân dịp Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2019-04-08"),
[P("Lâm Thị Sô Phia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Sà Rết", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Sà Lôn"),
 P("Thạch Sô Phươl", "Đại đức", "trụ trì chùa Prếk Chrung"),
 P("Thạch Sến", "người có uy tín ấp Prey Chóp"),
 P("Sơn Thị Ngọc Hường", "Trưởng Ban Nhân dân ấp Âu Thọ B"),
 P("Kim Thị Chanh Ny", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Phát", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("18 chùa Phật giáo Nam tông Khmer", 18, "chùa Phật giáo Nam tông Khmer"), Q("65 người có uy tín", 65, "người có uy tín"),
 Q("120 hộ đồng bào Khmer nghèo", 120, "hộ đồng bào Khmer nghèo"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("6 lớp dạy chữ Khmer hè", 6, "lớp dạy chữ Khmer hè"), Q("240 học sinh", 240, "học sinh"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 157 triệu đồng", 157000000, "đồng", "over"), Q("14 đoàn", 14, "đoàn"), Q("92 chùa", 92, "chùa"),
 Q("1.450 hộ đồng bào Khmer", 1450, "hộ đồng bào Khmer")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lai Hòa"), com("Vĩnh Hiệp")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ / Hoạt động / Công tác dân tộc - tôn giáo",
 "Đồng chí Lâm Thị Sô Phia tặng quà chùa Sà Lôn. Ảnh: Huỳnh Như", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Chôl Chnăm Thmây"],
["Thứ Sáu, 12/04/2019 - 10:20", "năm 2019"]))

PAGES.append(page("b2288-thanhhoa-bdv-soket-2019", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA - Trang thông tin điện tử
Trang chủ › Tin tức - Sự kiện › Hoạt động của Ban
11/07/2019 - 09:30
Khối dân vận vận động nhân dân hiến hơn 126.000 m2 đất làm đường
Chiều 10/7, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019. Đồng chí Lê Thị Huyền Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 96 đại biểu là lãnh đạo ban dân vận các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc và các đoàn thể tỉnh.
Đồng chí Lê Thị Huyền Trang phát biểu chỉ đạo hội nghị.
Sáu tháng đầu năm 2019, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 22/02/2019 về tăng cường công tác dân vận trong vận động nhân dân hiến đất xây dựng nông thôn mới và Kế hoạch 118-KH/TU thực hiện Kết luận số 43-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận. Các cấp đã vận động nhân dân hiến hơn 126.000 m2 đất, tháo dỡ 8.400 m tường rào, đóng góp trên 74 tỷ đồng và 41.500 ngày công làm đường giao thông nông thôn.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 1.312 mô hình cấp xã và 86 mô hình cấp huyện được công nhận; 27/27 huyện, thị xã, thành phố đã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân. Các cơ quan dân vận đã phối hợp giải quyết 214 vụ việc tranh chấp đất đai, hòa giải thành 187 vụ, đạt 87,4%.
Tham luận tại hội nghị, đồng chí Hà Văn Ngọc, HUV, Trưởng Ban Dân vận Huyện ủy Quan Hóa, giới thiệu cách làm của huyện trong vận động đồng bào Thái, Mường ở 5 bản tái định cư ổn định cuộc sống. Bà Lương Thị Liên, Chủ tịch Hội Liên hiệp Phụ nữ xã Trung Thành, chia sẻ mô hình "Phụ nữ Trung Thành không sinh con thứ ba". Ông Phạm Văn Mừng, Bí thư Chi bộ kiêm Trưởng bản Ngàm, xã Cẩm Lương, kể lại việc vận động 36 hộ hiến đất mở rộng đường vào bản.
Đồng chí Ngân Văn Thọ, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, cho biết một số hạn chế: việc nắm tình hình ở một số nơi chưa sâu, còn để xảy ra 3 vụ khiếu kiện đông người về giải phóng mặt bằng tại khu kinh tế Nghi Sơn; một số mô hình "Dân vận khéo" chưa bền vững.
Kết luận hội nghị, đồng chí Lê Thị Huyền Trang yêu cầu 6 tháng cuối năm tập trung tuyên truyền đại hội đảng bộ các cấp, nhiệm kỳ 2020 - 2025; triển khai Chỉ thị 35-CT/TW của Bộ Chính trị; phấn đấu hoàn thành mục tiêu thêm 35 xã đạt chuẩn nông thôn mới trong năm.
Hội nghị đã khen thưởng 15 tập thể, 22 cá nhân có thành tích xuất sắc trong công tác dân vận 6 tháng đầu năm.
Thu Hà
Bài viết liên quan
- Như Xuân: hội nghị đối thoại với nhân dân năm 2019 (05/07/2019)
- Tập huấn nghiệp vụ công tác dân vận cho 320 cán bộ cơ sở (21/06/2019)
- Vận động đồng bào Mông ở Mường Lát định canh, định cư (10/06/2019)
""", "2019-07-11", "Khối dân vận vận động nhân dân hiến hơn 126.000 m2 đất làm đường",
E("so_ket", "2019-H1", "2019-07-10"),
[P("Lê Thị Huyền Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Ngọc", "HUV", "Trưởng Ban Dân vận Huyện ủy Quan Hóa"),
 P("Lương Thị Liên", "Chủ tịch Hội Liên hiệp Phụ nữ xã Trung Thành"),
 P("Phạm Văn Mừng", "Bí thư Chi bộ kiêm Trưởng bản Ngàm"),
 P("Ngân Văn Thọ", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("96 đại biểu", 96, "đại biểu"), Q("hơn 126.000 m2", 126000, "m2", "over"), Q("8.400 m", 8400, "m"),
 Q("trên 74 tỷ đồng", 74000000000, "đồng", "over"), Q("41.500 ngày công", 41500, "ngày công"),
 Q("1.312 mô hình cấp xã", 1312, "mô hình cấp xã"), Q("86 mô hình cấp huyện", 86, "mô hình cấp huyện"),
 Q("27/27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("214 vụ việc tranh chấp đất đai", 214, "vụ việc tranh chấp đất đai"), Q("187 vụ", 187, "vụ"),
 Q("87,4%", 87.4, "%"), Q("5 bản tái định cư", 5, "bản tái định cư"), Q("36 hộ", 36, "hộ"),
 Q("3 vụ khiếu kiện đông người", 3, "vụ khiếu kiện đông người"), Q("35 xã", 35, "xã"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "12", "CT/TU", "2019-02-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 22/02/2019"),
 D("Kế hoạch", "118", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 118-KH/TU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW của Ban Bí thư"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35-CT/TW của Bộ Chính trị")],
[prov("Thanh Hóa"), com("Trung Thành"), com("Cẩm Lương")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA - Trang thông tin điện tử", "Trang chủ › Tin tức - Sự kiện › Hoạt động của Ban",
 "Đồng chí Lê Thị Huyền Trang phát biểu chỉ đạo hội nghị.", "Dân vận khéo",
 "Phụ nữ Trung Thành không sinh con thứ ba", "Nghị quyết Trung ương 7 khóa XI"],
["11/07/2019 - 09:30", "6 tháng đầu năm", "6 tháng cuối năm 2019", "Sáu tháng đầu năm 2019", "Nghị quyết Trung ương 7",
 "nhiệm kỳ 2020 - 2025", "con thứ ba"]))

PAGES.append(page("b2289-daklak-mttq-giamsat-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ | Hoạt động Mặt trận | Giám sát - Phản biện xã hội
Ngày đăng 22/08/2019 | 15:45
Giám sát việc thực hiện chính sách hỗ trợ đất sản xuất, nước sinh hoạt tại huyện Krông Bông
Thực hiện kế hoạch giám sát năm 2019, từ ngày 19 đến 21/8/2019, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do đồng chí Y Djhang Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ đất sản xuất, đất ở, nhà ở và nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo theo Quyết định 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ tại huyện Krông Bông.
Đoàn giám sát làm việc tại xã Cư Pui.
Tham gia đoàn có đại diện Ban Dân tộc HĐND tỉnh, Ban Dân tộc tỉnh, Hội Nông dân tỉnh và bà H'Nhi Ktla, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh. Đoàn đã làm việc với UBND huyện và khảo sát thực tế tại các xã Cư Pui, Hòa Phong, Yang Mao.
Theo báo cáo của UBND huyện Krông Bông, giai đoạn 2017 - 2019, huyện được phân bổ hơn 21,3 tỷ đồng để hỗ trợ 418 hộ đất sản xuất, 265 hộ chuyển đổi nghề và 612 hộ nước sinh hoạt phân tán. Đến nay đã giải ngân 17,9 tỷ đồng, đạt 84%. Tuy nhiên, do quỹ đất không còn, nhiều hộ được hỗ trợ đất sản xuất phải chuyển sang hỗ trợ chuyển đổi nghề; một số hộ dùng tiền hỗ trợ chưa đúng mục đích.
Tại buổi làm việc với xã Yang Mao, ông Y Thuôn Byă, Chủ tịch UBND xã, cho biết xã có 1.047 hộ đồng bào dân tộc thiểu số, trong đó 389 hộ nghèo. Già làng Y Khuê Êban, người có uy tín buôn Cư Drăm, phản ánh nhiều hộ nhận bồn chứa nước nhưng nguồn nước giếng khô hạn vào mùa nắng. Bà H'Loan Niê, Bí thư Chi bộ buôn Hang Ja, đề nghị hỗ trợ giống cà phê, ca cao thay vì tiền mặt.
Phát biểu kết luận, đồng chí Y Djhang Mlô đề nghị UBND huyện rà soát lại 73 hộ chưa nhận hỗ trợ, công khai danh sách tại thôn, buôn; lồng ghép nguồn vốn Chương trình 135 và Nghị quyết số 88/2019/QH14 của Quốc hội về phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Ủy ban MTTQ các xã cần phát huy vai trò Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng trong giám sát các công trình nước sạch.
Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh; đồng thời đề nghị sửa đổi Hướng dẫn số 16/HD-UBND của UBND tỉnh cho phù hợp thực tế. Theo Kế hoạch số 05/KH-MTTQ-BTT ngày 15/01/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, trong năm 2019 Mặt trận tỉnh chủ trì 6 cuộc giám sát chuyên đề, trong đó có 2 cuộc phối hợp với Ban Dân vận Tỉnh ủy.
Y Phôn
Lượt xem: 642
Tin khác
- Hội nghị phản biện dự thảo quy định giá đất (15/08/2019)
- Buôn Ma Thuột: đối thoại với người dân phường Tân Lợi (09/08/2019)
- Mặt trận tỉnh trao 40 căn nhà Đại đoàn kết (30/07/2019)
""", "2019-08-22", "Giám sát việc thực hiện chính sách hỗ trợ đất sản xuất, nước sinh hoạt tại huyện Krông Bông",
E("giam_sat", "2019", "2019-08-19"),
[P("Y Djhang Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Nhi Ktla", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thuôn Byă", "Chủ tịch UBND xã"),
 P("Y Khuê Êban", "Già làng", "người có uy tín buôn Cư Drăm"),
 P("H'Loan Niê", "Bí thư Chi bộ buôn Hang Ja")],
[Q("hơn 21,3 tỷ đồng", 21300000000, "đồng", "over"), Q("418 hộ", 418, "hộ"), Q("265 hộ", 265, "hộ"),
 Q("612 hộ", 612, "hộ"), Q("17,9 tỷ đồng", 17900000000, "đồng"), Q("84%", 84, "%"),
 Q("1.047 hộ đồng bào dân tộc thiểu số", 1047, "hộ đồng bào dân tộc thiểu số"), Q("389 hộ nghèo", 389, "hộ nghèo"),
 Q("73 hộ", 73, "hộ"), Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"), Q("2 cuộc", 2, "cuộc")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14 của Quốc hội"),
 D("Hướng dẫn", "16", "HD-UBND", None, "UBND tỉnh", "Hướng dẫn số 16/HD-UBND của UBND tỉnh"),
 D("Kế hoạch", "05", "KH-MTTQ-BTT", "2019-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 05/KH-MTTQ-BTT ngày 15/01/2019")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Hòa Phong"), com("Yang Mao")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ | Hoạt động Mặt trận | Giám sát - Phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Cư Pui.", "Chương trình 135", "Lượt xem: 642"],
["Ngày đăng 22/08/2019 | 15:45", "năm 2019", "giai đoạn 2017 - 2019", "Chương trình 135", "Lượt xem: 642"]))

PAGES.append(page("b2290-namdinh-bdv-hoinghi-tongiao-2019", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Nam Định
Bạn đang ở: Trang chủ >> Công tác tôn giáo
Thứ Tư, 18/12/2019
Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Lễ Giáng sinh và năm mới 2020
Chiều 17/12, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và Ban Tôn giáo (Sở Nội vụ) tổ chức hội nghị gặp mặt chức sắc, chức việc, nhà tu hành các tôn giáo năm 2019. Đồng chí Trần Thị Kim Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Vũ Đức Thắng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Tham dự hội nghị có 215 vị chức sắc, chức việc của Giáo phận Bùi Chu, Giáo hội Phật giáo Việt Nam tỉnh, Hội thánh Tin lành và đạo Cao Đài trên địa bàn tỉnh.
Quang cảnh hội nghị gặp mặt.
Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có trên 405.000 tín đồ các tôn giáo, chiếm khoảng 22% dân số; có 312 giáo xứ, họ đạo và 1.070 cơ sở thờ tự Phật giáo. Năm 2019, các tôn giáo đã đóng góp trên 38 tỷ đồng cho công tác từ thiện xã hội, xây dựng nông thôn mới; 97% giáo xứ đăng ký xây dựng "Giáo xứ bình yên". Ban Dân vận Tỉnh ủy đã phối hợp triển khai Chỉ thị số 18-CT/TW ngày 10/01/2018 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 37-CT/TW về công tác tôn giáo trong tình hình mới, và Luật Tín ngưỡng, tôn giáo.
Phát biểu tại hội nghị, Linh mục Giuse Trần Văn Khiêm, Chánh xứ giáo xứ Phú Nhai, Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, bày tỏ vui mừng trước những đổi thay ở các giáo xứ và cho biết giáo dân xã Xuân Ngọc đã hiến 2.400 m2 đất mở rộng đường liên thôn. Thượng tọa Thích Thanh Huệ, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị các cấp chính quyền tạo điều kiện cho việc trùng tu 14 ngôi chùa xuống cấp. Mục sư Phạm Văn Lộc, Quản nhiệm Chi hội Tin lành Nam Định, cảm ơn chính quyền đã tạo điều kiện cho chi hội sinh hoạt ổn định.
Đồng chí Trần Thị Kim Dung ghi nhận những đóng góp của các chức sắc; mong các vị tiếp tục vận động tín đồ "sống tốt đời, đẹp đạo", thực hiện tốt Quy chế phối hợp số 02-QCPH/BDVTU-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh về công tác tôn giáo. Đồng chí cũng đề nghị các chức sắc tham gia góp ý dự thảo văn kiện đại hội đảng bộ các cấp, nhiệm kỳ 2020 - 2025.
Dịp này, Ban tổ chức tặng 40 phần quà Giáng sinh cho các giáo xứ có nhiều giáo dân nghèo, mỗi phần quà trị giá 2 triệu đồng.
Hồng Minh
Số lượt truy cập: 2.341.508
Tin cùng chuyên mục
- Thăm, chúc mừng Tòa Giám mục Bùi Chu nhân dịp Lễ Giáng sinh (16/12/2019)
- Hải Hậu: 35 giáo xứ đạt danh hiệu "Giáo xứ bình yên" (05/12/2019)
- Tập huấn công tác tôn giáo cho 180 cán bộ cơ sở (20/11/2019)
""", "2019-12-18", "Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Lễ Giáng sinh và năm mới 2020",
E("hoi_nghi", "2019", "2019-12-17"),
[P("Trần Thị Kim Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Đức Thắng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giuse Trần Văn Khiêm", "Linh mục", "Chánh xứ giáo xứ Phú Nhai", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Thích Thanh Huệ", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phạm Văn Lộc", "Mục sư", "Quản nhiệm Chi hội Tin lành Nam Định")],
[Q("215 vị chức sắc, chức việc", 215, "vị chức sắc, chức việc"), Q("trên 405.000 tín đồ", 405000, "tín đồ", "over"),
 Q("khoảng 22%", 22, "%", "approx"), Q("312 giáo xứ, họ đạo", 312, "giáo xứ, họ đạo"),
 Q("1.070 cơ sở thờ tự Phật giáo", 1070, "cơ sở thờ tự Phật giáo"), Q("trên 38 tỷ đồng", 38000000000, "đồng", "over"),
 Q("97%", 97, "%"), Q("2.400 m2", 2400, "m2"), Q("14 ngôi chùa", 14, "ngôi chùa"),
 Q("40 phần quà", 40, "phần quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/01/2018 của Ban Bí thư"),
 D("Chỉ thị", "37", "CT/TW", None, None, "Chỉ thị 37-CT/TW"),
 D("Quy chế phối hợp", "02", "QCPH/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 02-QCPH/BDVTU-MTTQ")],
[prov("Nam Định"), com("Xuân Ngọc")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Nam Định", "Bạn đang ở: Trang chủ >> Công tác tôn giáo",
 "Quang cảnh hội nghị gặp mặt.", "Giáo xứ bình yên", "sống tốt đời, đẹp đạo", "Luật Tín ngưỡng, tôn giáo",
 "Số lượt truy cập: 2.341.508"],
["Thứ Tư, 18/12/2019", "năm mới 2020", "năm 2019", "nhiệm kỳ 2020 - 2025", "Số lượt truy cập: 2.341.508"]))
