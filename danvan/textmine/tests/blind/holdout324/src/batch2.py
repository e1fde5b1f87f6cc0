from lib import *
PAGES = []

PAGES.append(page("b7739-hatinh-traoqua-den-2017", """
BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Trang chủ › Văn hóa › Di sản
Thứ Năm, 09/03/2017 - 07:55
Ông Lê Đình Sơn trao biển tượng trưng hỗ trợ kinh phí tu bổ đền cho đại diện làng Trung Lễ.
Trao 1,35 tỷ đồng hỗ trợ tu bổ 6 di tích đình, đền xuống cấp
(Baohatinh.vn) - Sáng 8/3, Sở Văn hóa, Thể thao và Du lịch phối hợp với Ủy ban MTTQ tỉnh và Công ty CP Xây lắp Hồng Lĩnh trao kinh phí hỗ trợ chống xuống cấp, tu bổ 6 di tích đình, đền tại các huyện Đức Thọ, Can Lộc, Thạch Hà.
Tổng số tiền trao lần này là 1,35 tỷ đồng, trong đó ngân sách tỉnh 600 triệu đồng, doanh nghiệp và các nhà hảo tâm tài trợ 750 triệu đồng. Mỗi di tích nhận từ 150 đến 300 triệu đồng tùy mức độ xuống cấp. Đây là nguồn "vốn mồi" để các địa phương tiếp tục vận động nhân dân, con em xa quê đóng góp.
Dự buổi trao có các ông, bà: Lê Đình Sơn, Phó Chủ tịch UBND tỉnh; Trần Thị Thanh Huyền, Phó Chủ tịch Ủy ban MTTQ tỉnh; Nguyễn Văn Thanh, Giám đốc Sở Văn hóa, Thể thao và Du lịch.
Đền Trung Lễ (xã Trung Lễ, huyện Đức Thọ), nơi thờ danh nhân Nguyễn Biểu, được nhận 300 triệu đồng. Ông Phan Đình Tuệ, Trưởng ban quản lý di tích đền Trung Lễ, cho biết làng đã vận động được 218 hộ góp tiền, 45 hộ góp gỗ, ước tính hơn 900 triệu đồng; còn thiếu khoảng 400 triệu đồng để hoàn thành hạng mục nhà bái đường.
Tại xã Thiên Lộc (Can Lộc), đình Hội Thống cũng đã xuống cấp nặng, 3 gian tiền tế bị sập một phần sau đợt bão số 10 năm 2016. Bà Nguyễn Thị Loan, Chủ tịch Ủy ban MTTQ xã Thiên Lộc, cho biết Mặt trận xã đã ra thư kêu gọi, hơn 1.200 lượt người đã ủng hộ với tổng số tiền trên 520 triệu đồng.
Phát biểu tại buổi lễ, ông Lê Đình Sơn đề nghị các địa phương sử dụng đúng mục đích nguồn hỗ trợ, thực hiện nghiêm Quyết định 29/2016/QĐ-UBND của UBND tỉnh về quản lý di tích và Công văn 4015/BVHTTDL-DSVH của Bộ Văn hóa, Thể thao và Du lịch về chấn chỉnh công tác tu bổ di tích; công khai danh sách người đóng góp tại di tích.
Theo thống kê của Sở, giai đoạn 2011 - 2016, toàn tỉnh có 214 di tích được tu bổ với tổng kinh phí trên 156 tỷ đồng, trong đó nguồn xã hội hóa chiếm gần 70%.
Thiên Vỹ
Tin khác
- Can Lộc: khánh thành nhà thờ họ Nguyễn Huy (25/02/2017)
- Nghi Xuân tu bổ đền Cả sau bão (16/02/2017)
- Lễ hội đền Chiêu Trưng thu hút hàng nghìn du khách (06/02/2017)
- Công bố xếp hạng di tích cấp tỉnh cho 7 di tích (20/01/2017)
- Hương Sơn khôi phục đình làng cổ Kim Cương (12/01/2017)
- Thạch Hà: người dân góp 2 tỷ đồng tu bổ đình làng Đông Lộ (28/12/2016)
- Hồng Lĩnh tổng kết phong trào toàn dân đoàn kết xây dựng đời sống văn hóa (20/12/2016)
""", "2017-03-09", "Trao 1,35 tỷ đồng hỗ trợ tu bổ 6 di tích đình, đền xuống cấp",
E("trao_qua", None, "2017-03-08"),
[P("Lê Đình Sơn", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Thị Thanh Huyền", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Thanh", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Phan Đình Tuệ", "Trưởng ban quản lý di tích đền Trung Lễ"),
 P("Nguyễn Thị Loan", "Chủ tịch Ủy ban MTTQ xã Thiên Lộc")],
[Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("6 di tích đình, đền", 6, "di tích đình, đền"),
 Q("600 triệu đồng", 600000000, "đồng"), Q("750 triệu đồng", 750000000, "đồng"),
 Q("150", 150000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("218 hộ", 218, "hộ"), Q("45 hộ", 45, "hộ"), Q("hơn 900 triệu đồng", 900000000, "đồng", "over"),
 Q("khoảng 400 triệu đồng", 400000000, "đồng", "approx"), Q("3 gian tiền tế", 3, "gian tiền tế"),
 Q("hơn 1.200 lượt người", 1200, "lượt người", "over"), Q("trên 520 triệu đồng", 520000000, "đồng", "over"),
 Q("214 di tích", 214, "di tích"), Q("trên 156 tỷ đồng", 156000000000, "đồng", "over"), Q("gần 70%", 70, "%", "approx")],
[D("Quyết định", "29", "2016/QĐ-UBND", None, "UBND tỉnh", "Quyết định 29/2016/QĐ-UBND"),
 D("Công văn", "4015", "BVHTTDL-DSVH", None, "Bộ Văn hóa, Thể thao và Du lịch", "Công văn 4015/BVHTTDL-DSVH")],
[prov("Hà Tĩnh"), com("Trung Lễ"), com("Thiên Lộc")],
["BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Trang chủ › Văn hóa › Di sản",
 "Ông Lê Đình Sơn trao biển tượng trưng hỗ trợ kinh phí tu bổ đền cho đại diện làng Trung Lễ.", "(Baohatinh.vn)",
 "Công ty CP Xây lắp Hồng Lĩnh", "Nguyễn Biểu", "vốn mồi", "đình Hội Thống"],
["Thứ Năm, 09/03/2017 - 07:55", "bão số 10", "năm 2016", "giai đoạn 2011 - 2016"]))

PAGES.append(page("b7740-binhdinh-hoinghi-quyche-2018", """
SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Trang chủ | Tin tức - Sự kiện | Di sản văn hóa
Cập nhật lúc 10:05 ngày 15/06/2018
Ảnh: Quang cảnh hội nghị.
Bình Định bàn giải pháp huy động nguồn lực xã hội tu bổ đình, miếu
Ngày 13/6/2018, tại TP. Quy Nhơn, Sở Văn hóa và Thể thao tổ chức hội nghị triển khai Quy chế quản lý, bảo vệ và phát huy giá trị di tích trên địa bàn tỉnh năm 2018, đồng thời bàn giải pháp huy động nguồn lực xã hội hóa trong tu bổ đình, miếu, nhà thờ tiền hiền. Tham dự có hơn 200 đại biểu là lãnh đạo UBND, cán bộ văn hóa các xã, phường và đại diện ban quý tế các đình làng.
Chủ trì hội nghị có đồng chí Đặng Thị Vinh, Giám đốc Sở Văn hóa và Thể thao và đồng chí Huỳnh Văn Long, Phó Giám đốc Sở.
Theo đồng chí Huỳnh Văn Long, Bình Định có 229 di tích đã xếp hạng, trong đó khoảng 40% là đình, miếu làng. Ba năm gần đây, nhân dân đóng góp trên 34 tỷ đồng để tu bổ 52 đình, miếu; nhiều nơi như đình Hưng Thạnh (phường Hải Cảng), đình Chánh Thành (xã Cát Tài) huy động hoàn toàn bằng nguồn công đức.
Quy chế được ban hành theo Quyết định số 35/2018/QĐ-UBND ngày 18/5/2018 của UBND tỉnh, quy định rõ trách nhiệm của UBND cấp xã trong việc cấp phép tu bổ; ban quản lý di tích phải công khai thu, chi tiền công đức ít nhất 6 tháng một lần; mọi khoản tài trợ từ 50 triệu đồng trở lên phải được ghi nhận bằng văn bản.
Tại hội nghị, ông Trương Văn Ba, Trưởng ban quý tế đình Hưng Thạnh, chia sẻ: tu bổ đình năm 2017 hết 2,6 tỷ đồng, riêng bà con ngư dân vạn chài góp 1,9 tỷ đồng. Ban quý tế lập sổ vàng ghi tên 1.136 người đóng góp và niêm yết tại đình. Ông Đinh Văn Hùng, Chủ tịch UBND xã Vĩnh Sơn, huyện Vĩnh Thạnh, đề nghị tỉnh quan tâm hỗ trợ tu bổ các nhà rông văn hóa của đồng bào Ba Na vì người dân khó khăn, khó vận động đóng góp.
Ông Lê Quang Minh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết Mặt trận các cấp sẽ tham gia giám sát việc sử dụng tiền công đức theo Quy chế phối hợp số 08/QCPH-MTTQ-SVHTT giữa Ủy ban MTTQ tỉnh và Sở.
Kết luận hội nghị, bà Đặng Thị Vinh giao các phòng chuyên môn hướng dẫn cụ thể 11 huyện, thị xã, thành phố triển khai quy chế trước ngày 30/9/2018.
Hoài Thu
TIN CÙNG CHUYÊN MỤC
- Phù Cát: khánh thành tu bổ đình Chánh Thành (02/06/2018)
- Tây Sơn tổ chức lễ hội kỷ niệm chiến thắng Ngọc Hồi - Đống Đa (20/02/2018)
- Hoài Nhơn kiểm kê 45 đình, miếu, nhà thờ tiền hiền (10/01/2018)
- An Nhơn: vận động xã hội hóa tu bổ tháp Cánh Tiên và đình Nhơn Hậu (28/12/2017)
- Quy Nhơn tổ chức lễ cầu ngư tại đình Hưng Thạnh (05/12/2017)
- Tuy Phước: tu bổ nhà thờ tiền hiền làng Kỳ Sơn (15/11/2017)
- Hội thảo giá trị kiến trúc đình làng Bình Định (02/11/2017)
""", "2018-06-15", "Bình Định bàn giải pháp huy động nguồn lực xã hội tu bổ đình, miếu",
E("hoi_nghi", "2018", "2018-06-13"),
[P("Đặng Thị Vinh", "Giám đốc Sở Văn hóa và Thể thao"),
 P("Huỳnh Văn Long", "Phó Giám đốc Sở"),
 P("Trương Văn Ba", "Trưởng ban quý tế đình Hưng Thạnh"),
 P("Đinh Văn Hùng", "Chủ tịch UBND xã Vĩnh Sơn"),
 P("Lê Quang Minh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 200 đại biểu", 200, "đại biểu", "over"), Q("229 di tích", 229, "di tích"), Q("khoảng 40%", 40, "%", "approx"),
 Q("trên 34 tỷ đồng", 34000000000, "đồng", "over"), Q("52 đình, miếu", 52, "đình, miếu"),
 Q("từ 50 triệu đồng trở lên", 50000000, "đồng", "over"), Q("2,6 tỷ đồng", 2600000000, "đồng"),
 Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("1.136 người", 1136, "người"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố")],
[D("Quyết định", "35", "2018/QĐ-UBND", "2018-05-18", "UBND tỉnh", "Quyết định số 35/2018/QĐ-UBND ngày 18/5/2018"),
 D("Quy chế phối hợp", "08", "QCPH-MTTQ-SVHTT", None, None, "Quy chế phối hợp số 08/QCPH-MTTQ-SVHTT")],
[prov("Bình Định"), com("Hải Cảng"), com("Cát Tài"), com("Vĩnh Sơn")],
["SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH", "Trang chủ | Tin tức - Sự kiện | Di sản văn hóa", "Ảnh: Quang cảnh hội nghị.",
 "Quy chế quản lý, bảo vệ và phát huy giá trị di tích", "đình Hưng Thạnh", "đình Chánh Thành", "sổ vàng"],
["Cập nhật lúc 10:05 ngày 15/06/2018", "năm 2018", "Ba năm", "năm 2017", "6 tháng một lần"]))

PAGES.append(page("b7741-langson-khanhthanh-dinh-2018", """
Báo Lạng Sơn điện tử
Trang chủ - Văn hóa - Thể thao - Đời sống văn hóa
23 tháng 11, 2018 | 16:30
Người dân Nà Pàn góp công, góp của tu bổ đình
Đồng bào Tày, Nùng thôn Nà Pàn mừng ngày khánh thành đình làng.
Ngày 21/11/2018, thôn Nà Pàn, xã Hoàng Văn Thụ, huyện Văn Lãng tổ chức lễ khánh thành đình làng Nà Pàn sau gần 8 tháng tu bổ. Công trình có tổng kinh phí khoảng 1,1 tỷ đồng, trong đó Nhà nước hỗ trợ 300 triệu đồng từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới, còn lại do 97 hộ dân trong thôn và các nhà hảo tâm đóng góp.
Đình Nà Pàn thờ Thành hoàng và các vị có công khai phá vùng đất, là nơi sinh hoạt văn hóa tín ngưỡng của người Tày, Nùng trong thôn. Ngôi đình được dựng từ cuối thế kỷ XIX, đã qua 3 lần sửa chữa nhỏ nhưng đến năm 2017 thì mái ngói âm dương bị vỡ, hệ khung gỗ nghiến bị mối mọt.
Ông Hoàng Văn Pấu, Bí thư Chi bộ, Trưởng thôn Nà Pàn kể: "Khi họp thôn bàn việc tu bổ, bà con nhất trí mỗi hộ góp 2 triệu đồng, hộ nghèo góp ngày công. Có 12 hộ khá giả tự nguyện góp 10 triệu đồng trở lên". Ngoài tiền, người dân góp trên 1.500 ngày công, 40 m3 gỗ, 18.000 viên ngói. Ông Lương Văn Slằn, già làng 84 tuổi, người có uy tín trong thôn, đứng ra vận động con cháu làm ăn xa gửi tiền về.
Đến dự lễ khánh thành có đồng chí Nông Thị Hà, UVBCH Đảng bộ tỉnh, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Vi Văn Chiến, Bí thư Đảng ủy xã Hoàng Văn Thụ; đại diện Phòng Văn hóa và Thông tin huyện Văn Lãng.
Phát biểu tại buổi lễ, đồng chí Nông Thị Hà ghi nhận Nà Pàn là một trong những điển hình của phong trào thi đua "Dân vận khéo" năm 2018; đề nghị thôn gắn việc giữ gìn đình làng với phục dựng lễ hội Lồng tồng, hát then, hát sli và xây dựng hương ước theo Quyết định số 22/2018/QĐ-TTg của Thủ tướng Chính phủ về xây dựng, thực hiện hương ước, quy ước.
Sau lễ khánh thành, bà con tổ chức múa sư tử, hát then mừng đình mới; nhiều gia đình người Nùng, Tày ở xã Tân Mỹ lân cận cũng sang chung vui.
Toàn huyện Văn Lãng hiện có 14 đình, đền, miếu được tu bổ bằng nguồn xã hội hóa từ năm 2015 đến nay.
Hoàng Thùy
Tin liên quan
- Văn Lãng: hơn 200 hộ hiến đất làm đường nông thôn (10/11/2018)
- Tràng Định phục dựng lễ hội Nàng Hai (26/10/2018)
- Cao Lộc tu bổ đền Kỳ Cùng (12/10/2018)
- Đình Bắc Lệ khánh thành sau tu bổ (30/09/2018)
- Lộc Bình: hội nghị tôn vinh người có uy tín tiêu biểu năm 2018 (18/09/2018)
- Bắc Sơn vận động đồng bào Tày, Nùng giữ gìn nhà sàn truyền thống (05/09/2018)
- Chi Lăng: khánh thành đền Chi Lăng sau tu bổ (22/08/2018)
- Bình Gia tu bổ di tích đình Quỳnh Sơn (10/08/2018)
""", "2018-11-23", "Người dân Nà Pàn góp công, góp của tu bổ đình",
E("khac", None, "2018-11-21"),
[P("Hoàng Văn Pấu", "Bí thư Chi bộ", "Trưởng thôn Nà Pàn"),
 P("Lương Văn Slằn", "già làng", "người có uy tín trong thôn"),
 P("Nông Thị Hà", "UVBCH Đảng bộ tỉnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Chiến", "Bí thư Đảng ủy xã Hoàng Văn Thụ")],
[Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("97 hộ dân", 97, "hộ dân"), Q("2 triệu đồng", 2000000, "đồng"), Q("12 hộ khá giả", 12, "hộ khá giả"),
 Q("10 triệu đồng trở lên", 10000000, "đồng", "over"), Q("trên 1.500 ngày công", 1500, "ngày công", "over"),
 Q("40 m3 gỗ", 40, "m3"), Q("18.000 viên ngói", 18000, "viên ngói"), Q("14 đình, đền, miếu", 14, "đình, đền, miếu")],
[D("Quyết định", "22", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg")],
[prov("Lạng Sơn"), com("Hoàng Văn Thụ"), com("Tân Mỹ")],
["Báo Lạng Sơn điện tử", "Trang chủ - Văn hóa - Thể thao - Đời sống văn hóa",
 "Đồng bào Tày, Nùng thôn Nà Pàn mừng ngày khánh thành đình làng.", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
 "Dân vận khéo", "Lồng tồng", "Đình Nà Pàn"],
["23 tháng 11, 2018 | 16:30", "gần 8 tháng", "thế kỷ XIX", "3 lần", "năm 2017", "84 tuổi", "năm 2018", "năm 2015"]))

PAGES.append(page("b7742-soctrang-giaoban-chua-2019", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Bạn đang ở: Trang chủ :: Tin hoạt động :: Dân vận các cấp
08/10/2019 07:30
Đồng chí Lâm Thị Sa Phia phát biểu tại buổi giao ban.
Giao ban khối dân vận quý III: vận động đồng bào Khmer tu bổ chùa, giữ gìn văn hóa
Ngày 4/10/2019, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức giao ban khối dân vận quý III năm 2019. Đồng chí Lâm Thị Sa Phia, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có lãnh đạo Ủy ban MTTQ, các đoàn thể tỉnh, Ban Dân tộc tỉnh và Ban Dân vận 11 huyện, thị xã, thành phố.
Báo cáo cho biết trong quý, các ngành phối hợp vận động đồng bào Khmer và các nhà hảo tâm đóng góp trên 8,7 tỷ đồng để tu bổ, sửa chữa 21 chùa Phật giáo Nam tông Khmer, 4 salatel và 6 sala; trong đó chùa Som Rông (thành phố Sóc Trăng) và chùa Kh'Leang được trùng tu chánh điện theo đúng kiến trúc truyền thống. Tỉnh đã hỗ trợ 1,2 tỷ đồng tu bổ 3 chùa là di tích cấp quốc gia theo Quyết định 1562/QĐ-UBND của UBND tỉnh.
Đồng chí Thạch Sô Phanh, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, cho biết tại xã Lịch Hội Thượng, Ban quản trị chùa Tà Sóc đã vận động 362 hộ Khmer góp 1,4 tỷ đồng, hơn 2.000 ngày công xây lại hàng rào, cổng chùa; Hòa thượng Lý Hên, trụ trì chùa Tà Sóc trực tiếp đi vận động phật tử. Đồng chí Sơn Thị Ngọc Mai, Phó Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên, đề nghị tỉnh sớm hướng dẫn việc quản lý tài sản chùa sau khi tu bổ để tránh khiếu nại trong nội bộ sư sãi.
Các đại biểu cũng thống nhất đánh giá tình hình tư tưởng đồng bào Khmer ổn định, 92 vị sư sãi, achar tiêu biểu được mời tham dự lớp bồi dưỡng kiến thức về Luật Tín ngưỡng, tôn giáo. Tuy nhiên vẫn còn 2 vụ việc tranh chấp đất chùa chưa giải quyết dứt điểm.
Kết luận giao ban, đồng chí Lâm Thị Sa Phia đề nghị khối dân vận tiếp tục thực hiện Chỉ thị 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào Khmer và Kế hoạch số 156-KH/BDVTU của Ban Dân vận Tỉnh ủy; chuẩn bị chu đáo lễ Sene Dolta, Ok Om Bok; vận động đồng bào đóng góp tu bổ chùa trong khả năng, không để xảy ra tình trạng quyên góp bắt buộc.
Đồng chí Kim Thị Sa Rum, Phó Trưởng Ban Dân vận Tỉnh ủy, triển khai nhiệm vụ quý IV năm 2019.
Trúc Ly
Các tin khác
- Ban Dân vận Tỉnh ủy thăm, chúc mừng lễ Sene Dolta (25/09/2019)
- Vĩnh Châu ra mắt mô hình "Chùa xanh - sạch - đẹp" (12/09/2019)
- Mỹ Tú: vận động nhân dân hiến đất làm đường (30/08/2019)
- Châu Thành: đối thoại với sư sãi, achar về tu bổ chùa (20/08/2019)
- Long Phú tặng quà người có uy tín trong đồng bào Khmer (09/08/2019)
- Ngã Năm: ra mắt tổ dân vận ấp (25/07/2019)
- Giao ban khối dân vận quý II năm 2019 (05/07/2019)
""", "2019-10-08", "Giao ban khối dân vận quý III: vận động đồng bào Khmer tu bổ chùa, giữ gìn văn hóa",
E("giao_ban", "2019-Q3", "2019-10-04"),
[P("Lâm Thị Sa Phia", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phanh", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Lý Hên", "Hòa thượng", "trụ trì chùa Tà Sóc"),
 P("Sơn Thị Ngọc Mai", "Phó Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên"),
 P("Kim Thị Sa Rum", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("trên 8,7 tỷ đồng", 8700000000, "đồng", "over"),
 Q("21 chùa Phật giáo Nam tông Khmer", 21, "chùa Phật giáo Nam tông Khmer"), Q("4 salatel", 4, "salatel"), Q("6 sala", 6, "sala"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("3 chùa", 3, "chùa"), Q("362 hộ Khmer", 362, "hộ Khmer"),
 Q("1,4 tỷ đồng", 1400000000, "đồng"), Q("hơn 2.000 ngày công", 2000, "ngày công", "over"),
 Q("92 vị sư sãi, achar tiêu biểu", 92, "vị sư sãi, achar tiêu biểu"), Q("2 vụ việc tranh chấp đất chùa", 2, "vụ việc tranh chấp đất chùa")],
[D("Quyết định", "1562", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1562/QĐ-UBND"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Kế hoạch", "156", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 156-KH/BDVTU")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Bạn đang ở: Trang chủ :: Tin hoạt động :: Dân vận các cấp",
 "Đồng chí Lâm Thị Sa Phia phát biểu tại buổi giao ban.", "Luật Tín ngưỡng, tôn giáo", "Sene Dolta", "Ok Om Bok",
 "chùa Som Rông", "chùa Kh'Leang", "Ban quản trị chùa Tà Sóc"],
["08/10/2019 07:30", "quý III năm 2019", "quý IV năm 2019"]))

PAGES.append(page("b7743-thaibinh-daihoi-disan-2020", """
Báo Thái Bình điện tử
Chính trị - Xã hội › Văn hóa
Thứ Sáu, 25/09/2020
Quang cảnh đại hội.
Đại hội đại biểu Hội Di sản văn hóa tỉnh lần thứ III: phát huy vai trò nhân dân trong bảo tồn di tích
Ngày 24/9, Hội Di sản văn hóa tỉnh Thái Bình tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2020 - 2025. 135 đại biểu đại diện cho hơn 2.400 hội viên của 8 chi hội huyện, thành phố về dự.
Dự đại hội có đồng chí Nguyễn Tiến Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh; đại diện Trung ương Hội Di sản văn hóa Việt Nam.
Nhiệm kỳ 2015 - 2020, Hội đã tham gia vận động nhân dân, con em quê hương, doanh nghiệp đóng góp trên 280 tỷ đồng tu bổ, tôn tạo 415 di tích, trong đó có 183 đình, 121 chùa, 64 đền, miếu và 47 nhà thờ họ, từ đường. Hội viên đã tham gia thẩm định, góp ý 96 hồ sơ tu bổ, kịp thời phát hiện và kiến nghị dừng 6 công trình làm sai lệch di tích. Đình An Cố (xã Thụy An), đình Quang Lang (xã Thụy Hải) được tu bổ hoàn toàn bằng nguồn xã hội hóa, mỗi công trình trên 5 tỷ đồng.
Phát biểu chỉ đạo, đồng chí Nguyễn Tiến Thành đề nghị Hội tiếp tục làm tốt vai trò cầu nối giữa nhân dân với chính quyền; tuyên truyền sâu rộng Luật Di sản văn hóa, Nghị định 166/2018/NĐ-CP của Chính phủ quy định thẩm quyền, trình tự, thủ tục lập, thẩm định, phê duyệt quy hoạch, dự án, báo cáo kinh tế - kỹ thuật bảo quản, tu bổ, phục hồi di tích; vận động xã hội hóa phải đi đôi với giữ gìn yếu tố gốc.
Đại hội đã bầu Ban Chấp hành khóa III gồm 21 ủy viên. Tại phiên họp thứ nhất, ông Phạm Minh Đức, nguyên Giám đốc Sở Văn hóa, Thể thao và Du lịch, được tín nhiệm bầu giữ chức Chủ tịch Hội Di sản văn hóa tỉnh khóa III; các ông, bà Đỗ Văn Bình, Trần Thị Mai Hương được bầu làm Phó Chủ tịch Hội.
Đại hội đề ra mục tiêu nhiệm kỳ mới: phát triển thêm ít nhất 500 hội viên, thành lập chi hội ở 100% huyện, thành phố, phối hợp vận động tu bổ từ 300 di tích trở lên; thực hiện Nghị quyết số 07-NQ/TU ngày 15/8/2020 của Ban Thường vụ Tỉnh ủy về bảo tồn di sản văn hóa gắn với phát triển du lịch.
Ngọc Lan
Tin liên quan
- Đông Hưng: khánh thành tu bổ đình Tứ Xuyên (10/09/2020)
- Thái Bình công nhận thêm 12 di tích cấp tỉnh (25/08/2020)
- Kiến Xương vận động con em xa quê tu bổ đền Đồng Xâm (14/08/2020)
- Quỳnh Phụ: ra mắt câu lạc bộ di sản làng Đồng Trực (30/07/2020)
- Hội Di sản văn hóa huyện Vũ Thư đại hội nhiệm kỳ 2020 - 2025 (16/07/2020)
- Thái Thụy kiểm tra công tác quản lý tiền công đức tại di tích (02/07/2020)
- Tiền Hải vận động con em xa quê tu bổ đình Nam Cao (18/06/2020)
""", "2020-09-25", "Đại hội đại biểu Hội Di sản văn hóa tỉnh lần thứ III: phát huy vai trò nhân dân trong bảo tồn di tích",
E("dai_hoi", None, "2020-09-24"),
[P("Nguyễn Tiến Thành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lại Văn Hoàn", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Minh Đức", "nguyên Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Chủ tịch Hội Di sản văn hóa tỉnh khóa III"),
 P("Đỗ Văn Bình", "Phó Chủ tịch Hội"), P("Trần Thị Mai Hương", "Phó Chủ tịch Hội")],
[Q("135 đại biểu", 135, "đại biểu"), Q("hơn 2.400 hội viên", 2400, "hội viên", "over"), Q("8 chi hội huyện, thành phố", 8, "chi hội huyện, thành phố"),
 Q("trên 280 tỷ đồng", 280000000000, "đồng", "over"), Q("415 di tích", 415, "di tích"), Q("183 đình", 183, "đình"),
 Q("121 chùa", 121, "chùa"), Q("64 đền, miếu", 64, "đền, miếu"), Q("47 nhà thờ họ, từ đường", 47, "nhà thờ họ, từ đường"),
 Q("96 hồ sơ tu bổ", 96, "hồ sơ tu bổ"), Q("6 công trình", 6, "công trình"), Q("trên 5 tỷ đồng", 5000000000, "đồng", "over"),
 Q("21 ủy viên", 21, "ủy viên"), Q("ít nhất 500 hội viên", 500, "hội viên", "over"), Q("100%", 100, "%"),
 Q("từ 300 di tích trở lên", 300, "di tích", "over")],
[D("Nghị định", "166", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 166/2018/NĐ-CP"),
 D("Nghị quyết", "07", "NQ/TU", "2020-08-15", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 07-NQ/TU ngày 15/8/2020")],
[prov("Thái Bình"), com("Thụy An"), com("Thụy Hải")],
["Báo Thái Bình điện tử", "Chính trị - Xã hội › Văn hóa", "Quang cảnh đại hội.", "Luật Di sản văn hóa",
 "Hội Di sản văn hóa tỉnh Thái Bình", "Trung ương Hội Di sản văn hóa Việt Nam", "Đình An Cố", "đình Quang Lang"],
["Thứ Sáu, 25/09/2020", "lần thứ III", "nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2015 - 2020", "khóa III", "phiên họp thứ nhất"]))

PAGES.append(page("b7744-vinhphuc-baocao-xahoihoa-2021", """
CỔNG THÔNG TIN GIAO TIẾP ĐIỆN TỬ TỈNH VĨNH PHÚC
Trang chủ > Tin tức > Văn hóa - Xã hội
30/12/2021 - 14:00
Năm 2021: nguồn xã hội hóa chiếm 3/4 kinh phí tu bổ di tích
UBND tỉnh vừa có Báo cáo số 412/BC-UBND ngày 27/12/2021 về kết quả công tác quản lý, tu bổ, tôn tạo di tích và huy động nguồn lực xã hội hóa năm 2021 gửi Bộ Văn hóa, Thể thao và Du lịch và Thường trực Tỉnh ủy.
Theo báo cáo, dù tỉnh Vĩnh Phúc chịu ảnh hưởng của dịch Covid-19, năm 2021 toàn tỉnh vẫn triển khai tu bổ 58 di tích với tổng kinh phí 96,4 tỷ đồng. Trong đó, ngân sách Trung ương và tỉnh khoảng 24 tỷ đồng, còn lại hơn 72 tỷ đồng do nhân dân, doanh nghiệp, các nhà hảo tâm đóng góp, tương đương 75%. Riêng các đình làng chiếm 31 di tích, tập trung ở các huyện Vĩnh Tường, Yên Lạc, Lập Thạch.
Đáng chú ý, đình Thổ Tang (thị trấn Thổ Tang) được tu bổ với kinh phí 11,5 tỷ đồng, toàn bộ do 2.860 hộ dân và các doanh nghiệp trên địa bàn đóng góp. Tại xã Tam Hồng, nhân dân góp 3,8 tỷ đồng phục hồi nghi môn và tả, hữu mạc đình Yên Lạc. Ở vùng đồng bào Sán Dìu huyện Tam Đảo, đền thờ Mẫu tại xã Đạo Trù được tu bổ với 650 triệu đồng, người dân góp thêm 900 ngày công.
Báo cáo cũng nêu các tồn tại: 9 di tích tu bổ chưa có thỏa thuận của Sở Văn hóa, Thể thao và Du lịch; 4 trường hợp tự ý đúc tượng, làm thêm hạng mục ngoài phê duyệt; việc tiếp nhận, quản lý tiền công đức tại khoảng 30% di tích chưa thực hiện đúng Thông tư số 15/2019/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch, còn thu chi bằng tiền mặt, không mở tài khoản riêng.
Sở đã tổ chức 2 đoàn kiểm tra tại 26 di tích, yêu cầu khắc phục 11 sai phạm. UBND tỉnh giao ông Vũ Việt Văn, Phó Chủ tịch UBND tỉnh chỉ đạo các sở, ngành thực hiện Kế hoạch số 215/KH-UBND về bảo tồn di tích giai đoạn 2021 - 2025, với mục tiêu đến năm 2025 có 100% di tích xếp hạng có ban quản lý và quy chế quản lý tiền công đức.
Báo cáo đề xuất năm 2022 tiếp tục thực hiện Chỉ thị số 06/CT-UBND ngày 12/3/2021 của Chủ tịch UBND tỉnh, khen thưởng 17 tập thể, 35 cá nhân có đóng góp lớn. Bà Nguyễn Thị Hòa, Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết Sở sẽ phối hợp Ủy ban MTTQ các cấp vận động nhân dân "giữ hồn đình làng".
P.V
Tin khác
- Vĩnh Tường: công nhận 5 di tích cấp tỉnh (20/12/2021)
- Hội thảo bảo tồn đình làng vùng Vĩnh Phúc (15/12/2021)
- Bình Xuyên khánh thành đình Hương Canh sau tu bổ (03/12/2021)
- Lập Thạch: người dân góp 5 tỷ đồng tu bổ đình Thanh Vân (25/11/2021)
- Sông Lô tu bổ đền thờ Trần Nguyên Hãn (10/11/2021)
- Tam Dương vận động nhân dân bảo vệ cây đa, giếng làng (28/10/2021)
""", "2021-12-30", "Năm 2021: nguồn xã hội hóa chiếm 3/4 kinh phí tu bổ di tích",
E("bao_cao", "2021", "2021-12-27"),
[P("Vũ Việt Văn", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Hòa", "Giám đốc Sở Văn hóa, Thể thao và Du lịch")],
[Q("58 di tích", 58, "di tích"), Q("96,4 tỷ đồng", 96400000000, "đồng"), Q("khoảng 24 tỷ đồng", 24000000000, "đồng", "approx"),
 Q("hơn 72 tỷ đồng", 72000000000, "đồng", "over"), Q("75%", 75, "%"), Q("31 di tích", 31, "di tích"),
 Q("11,5 tỷ đồng", 11500000000, "đồng"), Q("2.860 hộ dân", 2860, "hộ dân"), Q("3,8 tỷ đồng", 3800000000, "đồng"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("900 ngày công", 900, "ngày công"), Q("9 di tích", 9, "di tích"),
 Q("4 trường hợp", 4, "trường hợp"), Q("khoảng 30%", 30, "%", "approx"), Q("2 đoàn kiểm tra", 2, "đoàn kiểm tra"),
 Q("26 di tích", 26, "di tích"), Q("11 sai phạm", 11, "sai phạm"), Q("100%", 100, "%"),
 Q("17 tập thể", 17, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Thông tư", "15", "2019/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 15/2019/TT-BVHTTDL"),
 D("Báo cáo", "412", "BC-UBND", "2021-12-27", "UBND tỉnh", "Báo cáo số 412/BC-UBND ngày 27/12/2021"),
 D("Kế hoạch", "215", "KH-UBND", None, None, "Kế hoạch số 215/KH-UBND"),
 D("Chỉ thị", "06", "CT-UBND", "2021-03-12", "Chủ tịch UBND tỉnh", "Chỉ thị số 06/CT-UBND ngày 12/3/2021")],
[prov("Vĩnh Phúc"), com("Thổ Tang"), com("Tam Hồng"), com("Đạo Trù")],
["CỔNG THÔNG TIN GIAO TIẾP ĐIỆN TỬ TỈNH VĨNH PHÚC", "Trang chủ > Tin tức > Văn hóa - Xã hội", "đình Thổ Tang", "đình Yên Lạc", "giữ hồn đình làng"],
["30/12/2021 - 14:00", "Năm 2021", "3/4", "giai đoạn 2021 - 2025", "năm 2025", "năm 2022"]))
