from lib import *
PAGES = []

PAGES.append(page("b7733-bacninh-khanhthanh-dinh-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN DU - TỈNH BẮC NINH
Trang chủ » Văn hóa - Xã hội » Di sản
Thứ Tư, 14/12/2011 - 09:30
Lễ cắt băng khánh thành đình làng Đông Sơn sau tu bổ.
Khánh thành tu bổ đình Đông Sơn từ nguồn xã hội hóa
Sáng 12/12/2011, UBND xã Việt Đoàn tổ chức lễ khánh thành công trình tu bổ, tôn tạo đình làng Đông Sơn, di tích lịch sử - văn hóa cấp tỉnh. Công trình ở huyện Tiên Du, tỉnh Bắc Ninh được khởi công từ tháng 3/2011 với tổng kinh phí hơn 3,2 tỷ đồng, trong đó nhân dân và con em xa quê đóng góp trên 2,1 tỷ đồng, chiếm khoảng 66%.
Dự lễ có đồng chí Nguyễn Văn Hưởng, Phó Chủ tịch UBND huyện Tiên Du; đồng chí Đỗ Thị Lan, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã cùng đông đảo nhân dân trong làng.
Theo Ban quản lý di tích, đình Đông Sơn được xây dựng từ thời Lê Trung Hưng, thờ Thành hoàng làng. Trải qua nhiều năm, tòa đại đình bị xuống cấp nghiêm trọng, mái dột, nhiều cột gỗ mục. Thực hiện Quyết định số 47/2010/QĐ-UBND ngày 8/4/2010 của UBND tỉnh về quản lý, bảo vệ và phát huy giá trị di tích, xã đã lập hồ sơ đề nghị tu bổ và được Sở thẩm định thiết kế.
Ông Nguyễn Đình Thảo, Trưởng ban quản lý di tích đình Đông Sơn, cho biết làng đã vận động được 412 hộ gia đình đóng góp, bình quân mỗi hộ 1,5 triệu đồng; 38 người con xa quê gửi tiền công đức, nhiều gia đình góp hàng trăm ngày công. Toàn bộ 24 cột cái và 16 cột quân được thay mới bằng gỗ lim, 5 gian đại đình được lợp lại bằng ngói mũi hài.
"Tu bổ nhưng phải giữ nguyên kiến trúc gốc, không được làm mới, làm sai lệch di tích", ông Thảo nói. Trong quá trình thi công, các nghệ nhân phường mộc Thọ Đức đã phục dựng lại 12 bức cốn chạm rồng, giữ nguyên các mảng chạm khắc cổ còn tốt.
Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Hưởng biểu dương tinh thần đóng góp của nhân dân Đông Sơn và đề nghị xã xây dựng quy chế quản lý, sử dụng nguồn công đức công khai, minh bạch. Năm 2011, toàn huyện có 9 di tích được tu bổ bằng nguồn xã hội hóa với tổng số tiền khoảng 14 tỷ đồng.
Dịp này, UBND xã Việt Đoàn tặng giấy khen cho 15 tập thể và 27 cá nhân có nhiều đóng góp trong tu bổ đình làng.
Quang Vinh
Lượt xem: 1.204
Tin liên quan
- Lim: hội làng Đông Sơn năm 2011 (10/02/2011)
- Tiên Du khởi công tu bổ 3 ngôi đình cổ (22/03/2011)
- Xã Phật Tích vận động nhân dân giữ gìn chùa cổ (05/09/2011)
- Hoàn Sơn: đón nhận bằng xếp hạng di tích đình Đông Phù (19/08/2011)
- Nội Duệ tu bổ nhà thờ họ Nguyễn từ nguồn công đức (27/07/2011)
- Tiên Du tổng kết 10 năm thực hiện phong trào xây dựng làng văn hóa (14/06/2011)
- Hội thảo khoa học về giá trị kiến trúc đình làng Kinh Bắc (03/05/2011)
""", "2011-12-14", "Khánh thành tu bổ đình Đông Sơn từ nguồn xã hội hóa",
E("khac", None, "2011-12-12"),
[P("Nguyễn Văn Hưởng", "Phó Chủ tịch UBND huyện Tiên Du"),
 P("Đỗ Thị Lan", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Nguyễn Đình Thảo", "Trưởng ban quản lý di tích đình Đông Sơn")],
[Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("khoảng 66%", 66, "%", "approx"), Q("412 hộ gia đình", 412, "hộ gia đình"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("38 người con xa quê", 38, "người con xa quê"), Q("24 cột cái", 24, "cột cái"), Q("16 cột quân", 16, "cột quân"),
 Q("5 gian đại đình", 5, "gian đại đình"), Q("12 bức cốn chạm rồng", 12, "bức cốn chạm rồng"), Q("9 di tích", 9, "di tích"),
 Q("khoảng 14 tỷ đồng", 14000000000, "đồng", "approx"), Q("15 tập thể", 15, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Quyết định", "47", "2010/QĐ-UBND", "2010-04-08", "UBND tỉnh", "Quyết định số 47/2010/QĐ-UBND ngày 8/4/2010")],
[prov("Bắc Ninh"), com("Việt Đoàn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN DU - TỈNH BẮC NINH", "Trang chủ » Văn hóa - Xã hội » Di sản",
 "Lễ cắt băng khánh thành đình làng Đông Sơn sau tu bổ.", "Lượt xem: 1.204", "đình Đông Sơn", "Ban quản lý di tích"],
["Thứ Tư, 14/12/2011 - 09:30", "tháng 3/2011", "Năm 2011", "Lượt xem: 1.204", "hàng trăm ngày công"]))

PAGES.append(page("b7734-namdinh-soket-xahoihoa-2012", """
Báo Nam Định điện tử
Văn hóa | Di sản | Lễ hội
Cập nhật: 15:40, 20/07/2012 (GMT+7)
Xã hội hóa tu bổ di tích: huy động hơn 41 tỷ đồng trong 6 tháng
Ngày 18/7, Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị sơ kết công tác quản lý di tích và xã hội hóa tu bổ di tích 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Minh Tuấn, Giám đốc Sở chủ trì hội nghị.
Quang cảnh hội nghị sơ kết. Ảnh: Thanh Hà
Theo báo cáo, toàn tỉnh hiện có 1.654 di tích đã được kiểm kê, trong đó 78 di tích cấp quốc gia và 239 di tích cấp tỉnh. 6 tháng đầu năm, các địa phương đã huy động hơn 41 tỷ đồng từ nguồn xã hội hóa để tu bổ 63 di tích, trong đó có 28 đình làng, 19 chùa, 11 đền, phủ và 5 nhà thờ họ. Ngân sách tỉnh hỗ trợ chống xuống cấp cho 17 di tích với mức từ 100 đến 300 triệu đồng mỗi di tích.
Các huyện Hải Hậu, Ý Yên, Nam Trực dẫn đầu về huy động nguồn lực. Riêng xã Yên Cường (Ý Yên), nhân dân đã góp gần 4 tỷ đồng tu bổ đình Đại Đê; xã Hải Anh (Hải Hậu) vận động con em quê hương góp trên 1,8 tỷ đồng làm lại tam quan chùa Phúc Hải.
Tuy nhiên, báo cáo cũng chỉ ra tình trạng một số nơi tự ý tu sửa, làm mới di tích khi chưa có ý kiến thẩm định; 7 di tích bị phát hiện thay đổi kiến trúc gốc, phải dừng thi công. Việc quản lý tiền công đức ở nhiều nơi chưa công khai, chưa mở sổ sách theo dõi.
Tại hội nghị, ông Vũ Đức Thịnh, Trưởng phòng Văn hóa - Thông tin huyện Ý Yên, đề nghị Sở tăng cường hướng dẫn thủ tục lập dự án tu bổ cho cấp xã. Bà Phạm Thị Nhung, Phó Chủ tịch UBND xã Nam Thanh, chia sẻ kinh nghiệm thành lập ban vận động gồm các cụ cao tuổi, người có uy tín trong dòng họ.
Kết luận hội nghị, đồng chí Trần Minh Tuấn yêu cầu 6 tháng cuối năm các địa phương thực hiện nghiêm Chỉ thị số 05/2012/CT-UBND của UBND tỉnh về tăng cường quản lý, tu bổ di tích và Thông tư 18/2012/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết về bảo quản, tu bổ, phục hồi di tích; kiên quyết không để xảy ra làm sai lệch di tích.
Hội nghị đã nghe ông Đặng Văn Khoa, Phó Giám đốc Sở, quán triệt kế hoạch kiểm tra di tích 6 tháng cuối năm.
Thanh Hà
Các tin khác
- Hải Hậu: khánh thành đình Quần Phương Thượng (02/07/2012)
- Ý Yên vận động nhân dân tu bổ 12 di tích (20/06/2012)
- Lễ hội Phủ Giầy thu hút đông du khách (15/04/2012)
- Tập huấn nghiệp vụ quản lý di tích cho cán bộ văn hóa xã (28/03/2012)
- Trực Ninh: khởi công tu bổ đền Trần Quang Khải (14/03/2012)
- Xuân Trường công bố quyết định xếp hạng 4 di tích cấp tỉnh (25/02/2012)
- Giao Thủy vận động con em xa quê góp sức xây dựng quê hương (10/02/2012)
- Nam Định kiểm tra công tác quản lý tiền công đức tại các di tích (19/01/2012)
""", "2012-07-20", "Xã hội hóa tu bổ di tích: huy động hơn 41 tỷ đồng trong 6 tháng",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Trần Minh Tuấn", "Giám đốc Sở"),
 P("Vũ Đức Thịnh", "Trưởng phòng Văn hóa - Thông tin huyện Ý Yên"),
 P("Phạm Thị Nhung", "Phó Chủ tịch UBND xã Nam Thanh"),
 P("Đặng Văn Khoa", "Phó Giám đốc Sở")],
[Q("hơn 41 tỷ đồng", 41000000000, "đồng", "over"), Q("1.654 di tích", 1654, "di tích"),
 Q("78 di tích cấp quốc gia", 78, "di tích cấp quốc gia"), Q("239 di tích cấp tỉnh", 239, "di tích cấp tỉnh"),
 Q("63 di tích", 63, "di tích"), Q("28 đình làng", 28, "đình làng"), Q("19 chùa", 19, "chùa"),
 Q("11 đền, phủ", 11, "đền, phủ"), Q("5 nhà thờ họ", 5, "nhà thờ họ"), Q("17 di tích", 17, "di tích"),
 Q("100", 100000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("gần 4 tỷ đồng", 4000000000, "đồng", "approx"), Q("trên 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("7 di tích", 7, "di tích")],
[D("Chỉ thị", "05", "2012/CT-UBND", None, "UBND tỉnh", "Chỉ thị số 05/2012/CT-UBND"),
 D("Thông tư", "18", "2012/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư 18/2012/TT-BVHTTDL")],
[prov("Nam Định"), com("Yên Cường"), com("Hải Anh"), com("Nam Thanh")],
["Báo Nam Định điện tử", "Văn hóa | Di sản | Lễ hội", "Quang cảnh hội nghị sơ kết. Ảnh: Thanh Hà", "đình Đại Đê", "chùa Phúc Hải"],
["Cập nhật: 15:40, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng"]))

PAGES.append(page("b7735-hue-tongket-ditich-2013", """
Cổng thông tin điện tử Thừa Thiên Huế
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Văn hóa
27-12-2013 10:15
Toàn cảnh hội nghị tổng kết.
Nhiều làng quê Huế chung tay giữ đình, miếu
Chiều 26/12, Ban chỉ đạo bảo tồn di tích làng xã tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết công tác bảo tồn, tu bổ di tích năm 2013. Đồng chí Phan Ngọc Thọ, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo dự và chỉ đạo hội nghị.
Năm 2013, từ nguồn vốn của Chương trình mục tiêu quốc gia về văn hóa và đóng góp của nhân dân, toàn tỉnh đã tu bổ 46 đình, miếu, nhà thờ họ; trong đó nguồn xã hội hóa đạt trên 19 tỷ đồng, chiếm 58% tổng vốn. Nhiều làng có truyền thống như Phước Tích, Thanh Thủy Chánh, Lại Thế đã huy động con cháu trong và ngoài nước đóng góp xây dựng lại đình làng theo đúng kiến trúc cổ.
Đại diện các địa phương, ông Hồ Xuân Mãn, Chủ tịch UBND xã Thủy Thanh, cho biết làng Thanh Thủy Chánh đã góp 2,4 tỷ đồng, hơn 3.000 ngày công để trùng tu đình làng; bà con Việt kiều ở Mỹ, Pháp, Úc gửi về khoảng 35.000 USD. Ông Lê Văn Bình, Trưởng thôn Phước Tích, xã Phong Hòa, nêu kinh nghiệm gắn tu bổ đình làng với phát triển du lịch cộng đồng, năm 2013 làng đón trên 12.000 lượt khách.
Đồng chí Nguyễn Thị Ánh, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, Phó Trưởng ban Thường trực Ban chỉ đạo, cho biết Sở đã thẩm định 31 hồ sơ tu bổ, từ chối 4 hồ sơ vì đề xuất thay đổi kết cấu di tích. Theo bà Ánh, vẫn còn khoảng 120 đình, miếu xuống cấp, cần 80 - 100 tỷ đồng để tu bổ trong 5 năm tới.
Kết luận hội nghị, đồng chí Phan Ngọc Thọ đề nghị các địa phương thực hiện tốt Quyết định 1706/QĐ-TTg ngày 24/7/2001 của Thủ tướng Chính phủ phê duyệt Quy hoạch tổng thể bảo tồn và phát huy giá trị di tích và Kế hoạch 98/KH-UBND của UBND tỉnh về bảo tồn di tích làng xã; tôn vinh những người có công đóng góp.
Theo kế hoạch năm 2014, tỉnh phấn đấu tu bổ ít nhất 30 di tích làng xã, trong đó ưu tiên các đình làng có nguy cơ sập đổ; mỗi huyện, thị xã chọn một làng làm điểm về quản lý tiền công đức gắn với du lịch cộng đồng.
Dịp này, UBND tỉnh tặng bằng khen cho 8 tập thể, 14 cá nhân tiêu biểu trong phong trào xã hội hóa tu bổ di tích.
Minh Hiền
TIN CÙNG CHUYÊN MỤC
- Hương Trà khánh thành đình làng Hương Cần (15/12/2013)
- Phú Vang: trùng tu miếu Âm Linh (02/12/2013)
- Công bố di tích cấp tỉnh cho 9 di tích (18/11/2013)
- Quảng Điền tu bổ đình làng Thủy Lập (05/11/2013)
- Phong Điền: hội nghị bàn phương án trùng tu nhà thờ họ Đặng (24/10/2013)
- Làng cổ Phước Tích đón nhận bằng di tích quốc gia (10/10/2013)
- Kiểm kê di tích làng xã trên địa bàn thị xã Hương Thủy (26/09/2013)
- Hương Thủy: vận động con cháu xa quê góp sức tu bổ đình làng Thần Phù (12/09/2013)
""", "2013-12-27", "Nhiều làng quê Huế chung tay giữ đình, miếu",
E("tong_ket", "2013", "2013-12-26"),
[P("Phan Ngọc Thọ", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban chỉ đạo"),
 P("Hồ Xuân Mãn", "Chủ tịch UBND xã Thủy Thanh"),
 P("Lê Văn Bình", "Trưởng thôn Phước Tích"),
 P("Nguyễn Thị Ánh", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Phó Trưởng ban Thường trực Ban chỉ đạo")],
[Q("46 đình, miếu, nhà thờ họ", 46, "đình, miếu, nhà thờ họ"), Q("trên 19 tỷ đồng", 19000000000, "đồng", "over"),
 Q("58%", 58, "%"), Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("hơn 3.000 ngày công", 3000, "ngày công", "over"),
 Q("khoảng 35.000 USD", 35000, "USD", "approx"), Q("trên 12.000 lượt khách", 12000, "lượt khách", "over"),
 Q("31 hồ sơ tu bổ", 31, "hồ sơ tu bổ"), Q("4 hồ sơ", 4, "hồ sơ"), Q("khoảng 120 đình, miếu", 120, "đình, miếu", "approx"),
 Q("80", 80000000000, "đồng"), Q("100 tỷ đồng", 100000000000, "đồng"),
 Q("ít nhất 30 di tích làng xã", 30, "di tích làng xã", "over"), Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân tiêu biểu", 14, "cá nhân tiêu biểu")],
[D("Quyết định", "1706", "QĐ-TTg", "2001-07-24", "Thủ tướng Chính phủ", "Quyết định 1706/QĐ-TTg ngày 24/7/2001"),
 D("Kế hoạch", "98", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 98/KH-UBND")],
[prov("Thừa Thiên Huế"), com("Thủy Thanh"), com("Phong Hòa")],
["Cổng thông tin điện tử Thừa Thiên Huế", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Văn hóa", "Toàn cảnh hội nghị tổng kết.",
 "Chương trình mục tiêu quốc gia về văn hóa", "Quy hoạch tổng thể bảo tồn và phát huy giá trị di tích", "Phước Tích", "Thanh Thủy Chánh"],
["27-12-2013 10:15", "năm 2013", "5 năm", "năm 2014", "một làng"]))

PAGES.append(page("b7736-hungyen-giamsat-ditich-2014", """
HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN
Trang chủ / Hoạt động giám sát / Tin hoạt động
08:20 | 16/10/2014
Đoàn giám sát làm việc tại đền Mẫu.
Giám sát việc quản lý, sử dụng nguồn xã hội hóa tu bổ di tích
Ngày 14/10/2014, Ban Văn hóa - Xã hội HĐND tỉnh tiến hành giám sát việc thực hiện công tác quản lý, tu bổ di tích và sử dụng nguồn xã hội hóa tại thành phố Hưng Yên và huyện Khoái Châu. Đoàn do bà Lê Thị Thu Hương, Ủy viên Thường trực HĐND tỉnh, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn.
Cuộc giám sát thực hiện theo Nghị quyết số 12/NQ-HĐND ngày 10/7/2014 của Thường trực HĐND tỉnh về chương trình giám sát năm 2014. Các thành viên đoàn gồm các ông, bà: Đào Văn Sơn, Trần Quang Huy, Lưu Thị Mến - đại biểu HĐND tỉnh.
Báo cáo của UBND huyện Khoái Châu cho thấy, từ năm 2011 đến nay, huyện đã tu bổ 37 di tích với tổng kinh phí 48,6 tỷ đồng, trong đó ngân sách nhà nước chỉ chiếm khoảng 12%, còn lại là công đức của nhân dân và các doanh nghiệp. Đình Đa Hòa, đền Dạ Trạch được tu bổ bằng nguồn công đức trên 20 tỷ đồng. Tiền công đức thu tại các di tích trong năm 2013 đạt trên 6,5 tỷ đồng.
Tuy nhiên, đoàn giám sát chỉ ra tại 5 di tích, ban quản lý chưa mở sổ theo dõi thu chi; 3 công trình tu bổ chưa có ý kiến thẩm định của Sở Văn hóa, Thể thao và Du lịch. Một số nơi xây mới nhà bia, tượng đài lấn vào khuôn viên gốc của di tích.
Làm việc với đoàn, ông Phạm Xuân Trường, Phó Chủ tịch UBND huyện Khoái Châu, thừa nhận việc quản lý tiền công đức có nơi chưa chặt chẽ, do thành viên ban quản lý chủ yếu là người cao tuổi, chưa được tập huấn. Ông Nguyễn Hữu Lộc, Trưởng ban quản lý di tích đình Đa Hòa, kiến nghị tỉnh sớm ban hành hướng dẫn mẫu sổ kế toán tiền công đức.
Kết luận buổi giám sát, bà Lê Thị Thu Hương đề nghị UBND huyện chỉ đạo 100% ban quản lý di tích công khai thu chi hằng quý; thực hiện đúng Nghị định 98/2010/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Di sản văn hóa; xử lý dứt điểm các công trình vi phạm trước ngày 31/12/2014. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 11 HĐND tỉnh khóa XV.
Ngọc Anh
Tin khác
- Giám sát công tác giảm nghèo tại huyện Phù Cừ (09/10/2014)
- Thường trực HĐND tỉnh tiếp xúc cử tri thành phố Hưng Yên (25/09/2014)
- Ban Kinh tế - Ngân sách khảo sát tiến độ xây dựng nông thôn mới (17/09/2014)
- Ban Pháp chế giám sát công tác tiếp công dân tại huyện Văn Lâm (05/09/2014)
- Thường trực HĐND tỉnh họp phiên thường kỳ tháng 8 (28/08/2014)
- Giám sát việc thực hiện chính sách đối với người có công tại Ân Thi (14/08/2014)
- HĐND tỉnh chất vấn về quản lý đất đai tại kỳ họp thứ 10 (18/07/2014)
""", "2014-10-16", "Giám sát việc quản lý, sử dụng nguồn xã hội hóa tu bổ di tích",
E("giam_sat", "2014", "2014-10-14"),
[P("Lê Thị Thu Hương", "Ủy viên Thường trực HĐND tỉnh", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Đào Văn Sơn", "đại biểu HĐND tỉnh"), P("Trần Quang Huy", "đại biểu HĐND tỉnh"), P("Lưu Thị Mến", "đại biểu HĐND tỉnh"),
 P("Phạm Xuân Trường", "Phó Chủ tịch UBND huyện Khoái Châu"),
 P("Nguyễn Hữu Lộc", "Trưởng ban quản lý di tích đình Đa Hòa")],
[Q("37 di tích", 37, "di tích"), Q("48,6 tỷ đồng", 48600000000, "đồng"), Q("khoảng 12%", 12, "%", "approx"),
 Q("trên 20 tỷ đồng", 20000000000, "đồng", "over"), Q("trên 6,5 tỷ đồng", 6500000000, "đồng", "over"),
 Q("5 di tích", 5, "di tích"), Q("3 công trình tu bổ", 3, "công trình tu bổ"), Q("100%", 100, "%")],
[D("Nghị quyết", "12", "NQ-HĐND", "2014-07-10", "Thường trực HĐND tỉnh", "Nghị quyết số 12/NQ-HĐND ngày 10/7/2014"),
 D("Nghị định", "98", "2010/NĐ-CP", None, "Chính phủ", "Nghị định 98/2010/NĐ-CP")],
[prov("Hưng Yên")],
["HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN", "Trang chủ / Hoạt động giám sát / Tin hoạt động", "Đoàn giám sát làm việc tại đền Mẫu.",
 "Luật Di sản văn hóa", "Đình Đa Hòa", "đền Dạ Trạch"],
["08:20 | 16/10/2014", "năm 2014", "năm 2011", "năm 2013", "kỳ họp thứ 11", "khóa XV"]))

PAGES.append(page("b7737-phutho-taphuan-ditich-2015", """
BÁO PHÚ THỌ ĐIỆN TỬ
Văn hóa › Di sản
Ngày đăng 22/05/2015 | 14:20
Tập huấn nghiệp vụ bảo quản, tu bổ di tích cho 180 cán bộ cơ sở
Các học viên tham quan thực tế tại đình Hùng Lô.
Trong hai ngày 20 và 21/5, Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ tổ chức lớp tập huấn nghiệp vụ quản lý, bảo quản, tu bổ và phục hồi di tích năm 2015 cho 180 học viên là cán bộ văn hóa xã, phường, thị trấn và thành viên ban quản lý các di tích trên địa bàn tỉnh.
Phát biểu khai mạc, đồng chí Nguyễn Đắc Thủy, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch nhấn mạnh: Phú Thọ có trên 1.300 di tích, trong đó 65 di tích được xếp hạng cấp quốc gia, 248 di tích cấp tỉnh, phần lớn là đình, đền, miếu gắn với tín ngưỡng thờ cúng Hùng Vương. Những năm qua, nhân dân đã đóng góp hàng chục tỷ đồng tu bổ di tích, song nhiều nơi do thiếu hiểu biết đã làm "mới hóa" di tích, thay ngói cổ bằng ngói men, đổ bê tông sân đình.
Các học viên được TS. Trần Thị Hằng, giảng viên Trường Đại học Văn hóa Hà Nội và ThS. Đinh Quang Trung, Trưởng phòng Quản lý di sản văn hóa, truyền đạt các chuyên đề: quy trình lập hồ sơ tu bổ di tích theo Thông tư số 18/2012/TT-BVHTTDL; quản lý tiền công đức, tài trợ; vận động xã hội hóa đúng quy định; kỹ thuật bảo quản cấu kiện gỗ, chống mối mọt.
Lớp học dành một buổi tham quan thực tế tại đình Hùng Lô, xã Hùng Lô - di tích cấp quốc gia vừa được tu bổ với kinh phí 7,8 tỷ đồng, trong đó nhân dân đóng góp 3,5 tỷ đồng. Ông Phan Văn Thông, Trưởng ban quản lý đình Hùng Lô, giới thiệu cách làng tổ chức góp công, góp của: mỗi suất đinh góp 500.000 đồng, 72 hộ kinh doanh góp thêm từ 5 đến 20 triệu đồng.
Bà Hà Thị Nguyệt, cán bộ văn hóa xã Tân Sơn, dân tộc Mường, chia sẻ: "Xã tôi có 2 đình thờ Thần Nông của người Mường đang xuống cấp. Lớp tập huấn giúp tôi biết phải làm hồ sơ thế nào để vừa xin hỗ trợ, vừa vận động bà con mà không làm hỏng di tích".
Kết thúc lớp học, 176 học viên đạt yêu cầu được cấp giấy chứng nhận. Sở cũng phát cho các địa phương 300 cuốn tài liệu hướng dẫn nghiệp vụ.
Thu Hà
Bài viết liên quan
- Khánh thành đền Lăng Sương sau tu bổ (12/04/2015)
- Giỗ Tổ Hùng Vương năm 2015: đón hơn 7 triệu lượt khách (30/04/2015)
- Cẩm Khê vận động xã hội hóa tu bổ đình Đông Lỗ (18/03/2015)
- Thanh Sơn: khôi phục lễ hội đình làng của đồng bào Mường (05/03/2015)
- Việt Trì công bố di tích cấp tỉnh đình Thanh Đình (20/02/2015)
- Lâm Thao bảo tồn hát Xoan tại các đình gốc (26/01/2015)
- Phú Thọ kiểm kê, lập hồ sơ 120 di tích chưa xếp hạng (09/01/2015)
- Đoan Hùng tu bổ đền thờ Đội trưởng Đội du kích Sông Lô (18/12/2014)
""", "2015-05-22", "Tập huấn nghiệp vụ bảo quản, tu bổ di tích cho 180 cán bộ cơ sở",
E("tap_huan", "2015", "2015-05-20"),
[P("Nguyễn Đắc Thủy", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Trần Thị Hằng", "TS.", "giảng viên Trường Đại học Văn hóa Hà Nội"),
 P("Đinh Quang Trung", "ThS.", "Trưởng phòng Quản lý di sản văn hóa"),
 P("Phan Văn Thông", "Trưởng ban quản lý đình Hùng Lô"),
 P("Hà Thị Nguyệt", "cán bộ văn hóa xã Tân Sơn")],
[Q("180 cán bộ cơ sở", 180, "cán bộ cơ sở"), Q("trên 1.300 di tích", 1300, "di tích", "over"),
 Q("65 di tích", 65, "di tích"), Q("248 di tích cấp tỉnh", 248, "di tích cấp tỉnh"),
 Q("7,8 tỷ đồng", 7800000000, "đồng"), Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("72 hộ kinh doanh", 72, "hộ kinh doanh"), Q("5", 5000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("2 đình", 2, "đình"), Q("176 học viên", 176, "học viên"), Q("300 cuốn tài liệu hướng dẫn nghiệp vụ", 300, "cuốn tài liệu hướng dẫn nghiệp vụ")],
[D("Thông tư", "18", "2012/TT-BVHTTDL", None, None, "Thông tư số 18/2012/TT-BVHTTDL")],
[prov("Phú Thọ"), com("Hùng Lô"), com("Tân Sơn")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Văn hóa › Di sản", "Các học viên tham quan thực tế tại đình Hùng Lô.", "mới hóa", "Hùng Vương", "Thần Nông"],
["Ngày đăng 22/05/2015 | 14:20", "năm 2015", "hai ngày", "hàng chục tỷ đồng", "mỗi suất đinh"]))

PAGES.append(page("b7738-quangnam-doithoai-dinh-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Vị trí: Trang chủ >> Tin hoạt động >> Mặt trận cơ sở
11/08/2016 - 16:45
Đối thoại với nhân dân về việc tu bổ đình làng Phong Lệ
Chiều 9/8/2016, Ủy ban MTTQ Việt Nam xã Điện Thắng phối hợp với UBND xã tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân năm 2016, tập trung vào phương án tu bổ đình làng Phong Lệ và việc sử dụng nguồn tiền nhân dân đóng góp. Hơn 150 cử tri của 4 thôn đã tham dự.
Chủ trì đối thoại có ông Trần Văn Cường, Chủ tịch UBND xã và bà Huỳnh Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã. Tham dự có ông Lê Trí Thanh, HUV, Trưởng Ban Dân vận Huyện ủy Điện Bàn.
Ảnh: Ông Trần Văn Cường trả lời ý kiến cử tri.
Đình Phong Lệ được xây dựng từ năm 1880, là nơi ghi dấu nhiều sự kiện cách mạng của địa phương. Đầu năm 2016, Ban vận động tu bổ đình đã nhận được gần 1,7 tỷ đồng tiền đóng góp của 630 hộ dân và bà con quê hương ở TP. Hồ Chí Minh, Đà Nẵng. Tuy nhiên, một bộ phận người dân chưa đồng tình với phương án nâng nền đình lên 0,8 m và thay toàn bộ mái ngói âm dương bằng ngói mới.
Tại hội nghị, có 14 ý kiến của cử tri được nêu. Ông Nguyễn Thành, thôn Thắng Đông, đề nghị công khai từng khoản chi, dán danh sách người đóng góp tại nhà văn hóa. Bà Võ Thị Lệ, Chi hội trưởng Chi hội Phụ nữ thôn Thắng Tây, kiến nghị giữ lại bức bình phong và các cột gỗ mít còn tốt.
Trả lời cử tri, ông Trần Văn Cường cho biết xã sẽ phối hợp với Phòng Văn hóa - Thông tin thị xã mời chuyên gia khảo sát lại trước khi lập hồ sơ theo Quyết định số 22/2015/QĐ-UBND của UBND tỉnh Quảng Nam về phân cấp quản lý di tích. Toàn bộ tiền đóng góp được gửi tại Ngân hàng Nông nghiệp và Phát triển nông thôn, công khai định kỳ 3 tháng một lần.
Phát biểu tại đối thoại, ông Lê Trí Thanh đánh giá cao tinh thần thẳng thắn của cử tri; đề nghị Ủy ban MTTQ xã thành lập Ban giám sát đầu tư của cộng đồng gồm 7 thành viên để giám sát thi công. Kết thúc hội nghị, 92% cử tri dự họp đồng ý với phương án giữ nguyên kiến trúc cũ, chỉ thay thế cấu kiện hư hỏng.
Văn Trung
Tin liên quan
- Điện Bàn: ra mắt 12 mô hình "Dân vận khéo" (28/07/2016)
- MTTQ xã Điện Phương giám sát xây dựng đường giao thông nông thôn (15/07/2016)
- Hội An: tu bổ 5 nhà cổ từ nguồn xã hội hóa (30/06/2016)
- Duy Xuyên: người dân hiến đất mở rộng khuôn viên di tích Chiêm Sơn (21/06/2016)
- Ủy ban MTTQ tỉnh tổ chức hội nghị phản biện xã hội về quy hoạch bảo tồn (08/06/2016)
- Đại Lộc: MTTQ các xã giám sát việc sử dụng quỹ công đức (24/05/2016)
- Điện Bàn công bố kết quả bầu cử đại biểu HĐND thị xã (27/05/2016)
""", "2016-08-11", "Đối thoại với nhân dân về việc tu bổ đình làng Phong Lệ",
E("doi_thoai", "2016", "2016-08-09"),
[P("Trần Văn Cường", "Chủ tịch UBND xã"),
 P("Huỳnh Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Trí Thanh", "HUV", "Trưởng Ban Dân vận Huyện ủy Điện Bàn"),
 P("Nguyễn Thành"),
 P("Võ Thị Lệ", "Chi hội trưởng Chi hội Phụ nữ thôn Thắng Tây")],
[Q("Hơn 150 cử tri", 150, "cử tri", "over"), Q("4 thôn", 4, "thôn"), Q("gần 1,7 tỷ đồng", 1700000000, "đồng", "approx"),
 Q("630 hộ dân", 630, "hộ dân"), Q("0,8 m", 0.8, "m"), Q("14 ý kiến", 14, "ý kiến"),
 Q("7 thành viên", 7, "thành viên"), Q("92%", 92, "%")],
[D("Quyết định", "22", "2015/QĐ-UBND", None, "UBND tỉnh Quảng Nam", "Quyết định số 22/2015/QĐ-UBND")],
[prov("Quảng Nam"), com("Điện Thắng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Vị trí: Trang chủ >> Tin hoạt động >> Mặt trận cơ sở",
 "Ảnh: Ông Trần Văn Cường trả lời ý kiến cử tri.", "Đình Phong Lệ", "Ban giám sát đầu tư của cộng đồng",
 "Ngân hàng Nông nghiệp và Phát triển nông thôn"],
["11/08/2016 - 16:45", "năm 2016", "năm 1880", "3 tháng một lần"]))
