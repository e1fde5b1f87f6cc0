from lib import *
PAGES = []

PAGES.append(page("b2477-sonla-taxua-traoqua-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÀ XÙA - HUYỆN BẮC YÊN - TỈNH SƠN LA
Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận và đoàn thể
Lượt truy cập: 215.408
08:15 | 01/02/2024
Ảnh: Lãnh đạo xã trao quà cho hộ nghèo bản Háng Đồng.
Xã Tà Xùa trao 320 suất quà Tết cho hộ nghèo, gia đình chính sách
Ngày 31/1, Ủy ban MTTQ Việt Nam xã Tà Xùa phối hợp với UBND xã tổ chức trao 320 suất quà Tết Giáp Thìn cho hộ nghèo, hộ cận nghèo, gia đình chính sách và người có uy tín trên địa bàn 7 bản. Tham dự có đồng chí Sùng A Páo, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Mùa A Chu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Lầu Thị Dở, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Thực hiện Kế hoạch số 12-KH/MTTQ-BTT ngày 05/01/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bắc Yên và Công văn số 35/UBND ngày 10/01/2024 của UBND xã, Ban Thường trực Ủy ban MTTQ xã đã rà soát, lập danh sách đối tượng nhận quà bảo đảm công khai, đúng đối tượng. Mỗi suất quà gồm 10 kg gạo, 1 thùng mì tôm, dầu ăn và 300.000 đồng tiền mặt; tổng trị giá gần 256 triệu đồng. Nguồn quà do doanh nghiệp, nhà hảo tâm và Quỹ "Vì người nghèo" xã vận động.
Riêng Công ty TNHH Thủy điện Háng Đồng hỗ trợ 80 suất quà, mỗi suất trị giá 700.000 đồng; Hội Liên hiệp Phụ nữ xã trao 25 chăn ấm cho trẻ em mồ côi, trẻ em có hoàn cảnh khó khăn. Đoàn viên thanh niên xã tổ chức "Phiên chợ 0 đồng" với hơn 400 bộ quần áo ấm.
Theo báo cáo của Ủy ban MTTQ xã, đến cuối năm 2023 toàn xã còn 214 hộ nghèo, chiếm 26,8%; năm qua Quỹ "Vì người nghèo" xã vận động được 48,5 triệu đồng, cùng với nguồn hỗ trợ của huyện xây mới 6 căn nhà Đại đoàn kết cho hộ nghèo người Mông.
Phát biểu tại buổi trao quà, Bí thư Đảng ủy xã Sùng A Páo ghi nhận sự chung tay của các tổ chức, cá nhân; đề nghị bà con giữ gìn an ninh trật tự, không đốt pháo, không uống rượu say khi tham gia giao thông, đón Tết vui tươi, an toàn, tiết kiệm. Đồng chí cũng đề nghị các bản tiếp tục thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Thay mặt các hộ nhận quà, ông Giàng A Dế, Trưởng bản Háng Đồng A, bày tỏ xúc động và hứa sẽ vận động bà con phát triển chăn nuôi, trồng chè Shan tuyết, sớm thoát nghèo. Bà Thào Thị Mỷ ở bản Trò A chia sẻ, đây là năm thứ ba gia đình bà được nhận quà của Mặt trận xã.
Cũng dịp này, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Sơn La đã đến thăm, tặng 40 suất quà cho các gia đình chính sách tại bản Trò A và bản Tà Xùa.
Mùa Thị Sinh (Văn phòng Đảng ủy xã)
Tin liên quan
- Tà Xùa ra quân tổng vệ sinh môi trường đón Tết (26/01/2024)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 27 (20/01/2024)
- Trao 5 con bò giống cho hộ nghèo bản Bẹ (10/01/2024)
- Tà Xùa tổng kết công tác Mặt trận năm 2023 (28/12/2023)
""", "2024-02-01", "Xã Tà Xùa trao 320 suất quà Tết cho hộ nghèo, gia đình chính sách",
E("trao_qua", None, "2024-01-31"),
[P("Sùng A Páo", "Bí thư Đảng ủy", "Chủ tịch HĐND xã", "Bí thư Đảng ủy xã"),
 P("Mùa A Chu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lầu Thị Dở", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Giàng A Dế", "Trưởng bản Háng Đồng A"),
 P("Thào Thị Mỷ")],
[Q("320 suất quà", 320, "suất quà"), Q("7 bản", 7, "bản"), Q("40 suất quà", 40, "suất quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 256 triệu đồng", 256000000, "đồng", "approx"), Q("80 suất quà", 80, "suất quà"), Q("700.000 đồng", 700000, "đồng"),
 Q("25 chăn ấm", 25, "chăn ấm"), Q("hơn 400 bộ quần áo ấm", 400, "bộ quần áo ấm", "over"), Q("214 hộ nghèo", 214, "hộ nghèo"),
 Q("26,8%", 26.8, "%"), Q("48,5 triệu đồng", 48500000, "đồng"), Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết")],
[D("Kế hoạch", "12", "KH/MTTQ-BTT", "2024-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bắc Yên", "Kế hoạch số 12-KH/MTTQ-BTT ngày 05/01/2024"),
 D("Công văn", "35", "UBND", "2024-01-10", "UBND xã", "Công văn số 35/UBND ngày 10/01/2024")],
[prov("Sơn La"), com("Tà Xùa")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÀ XÙA - HUYỆN BẮC YÊN - TỈNH SƠN LA", "Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận và đoàn thể",
 "Lượt truy cập: 215.408", "Ảnh: Lãnh đạo xã trao quà cho hộ nghèo bản Háng Đồng.", "Vì người nghèo", "Phiên chợ 0 đồng",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Công ty TNHH Thủy điện Háng Đồng"],
["08:15 | 01/02/2024", "Lượt truy cập: 215.408", "1 thùng mì tôm", "Phiên chợ 0 đồng", "năm 2023", "năm thứ ba"]))

PAGES.append(page("b2478-daklak-eatoh-doithoai-2024", """
Cổng thông tin điện tử xã Ea Tóh - huyện Krông Năng
Bạn đang ở: Trang chủ > Tin tức > Dân vận chính quyền
Cập nhật: 16:40, 15/03/2024 (GMT+7)
Toàn cảnh buổi làm việc tại nhà văn hóa buôn Ea Blang.
Giải đáp 17 ý kiến của người dân buôn Ea Blang
Sáng 14/3, tại nhà văn hóa buôn Ea Blang, Đảng ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam xã Ea Tóh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2024. Đồng chí Y Thuận Niê, Bí thư Đảng ủy xã chủ trì; cùng dự có đồng chí Trần Văn Hưng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và hơn 150 hộ dân của 3 buôn Ea Blang, Ea Tóh, Ea Dăh.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 46-KH/ĐU ngày 10/01/2024 của Đảng ủy xã. Trước hội nghị, Ủy ban MTTQ xã đã phối hợp với Ban công tác Mặt trận các buôn tổng hợp 17 ý kiến, kiến nghị của cử tri.
Các ý kiến tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất, nâng cấp 2,3 km đường liên buôn bị xuống cấp, giá phân bón tăng cao, tình trạng trộm cắp cà phê vào mùa thu hoạch và chế độ cho người có uy tín. Già làng Y Kim Ayun, người có uy tín buôn Ea Blang, đề nghị xã sớm lắp đèn đường và hỗ trợ bà con giữ gìn bộ chiêng của buôn. Ông Y Blô Kbuôr, buôn Ea Dăh, phản ánh 42 hộ chưa được cấp nước sạch.
Các đồng chí Phó Chủ tịch UBND xã: Nguyễn Thị Mai, Y Suôn Byă đã trực tiếp trả lời từng nhóm ý kiến thuộc lĩnh vực được phân công. Bà H'Linh Mlô, Chủ tịch Ủy ban MTTQ Việt Nam xã, thông tin về Quỹ "Vì người nghèo" năm 2023 vận động được 62 triệu đồng, hỗ trợ 9 hộ sửa chữa nhà ở.
Kết thúc hội nghị, 12 ý kiến đã được giải đáp trực tiếp, 5 ý kiến vượt thẩm quyền được tổng hợp gửi UBND huyện Krông Năng. Đồng chí Y Thuận Niê cho biết, dự án nâng cấp đường liên buôn với tổng mức đầu tư 1,8 tỷ đồng sẽ khởi công trong quý III/2024; đồng thời yêu cầu công an xã tăng cường tuần tra, bảo vệ vườn cà phê của nhân dân.
Bí thư Đảng ủy xã đề nghị bà con tiếp tục giữ vững phong trào "Toàn dân bảo vệ an ninh Tổ quốc", không nghe theo kẻ xấu lôi kéo tham gia tổ chức "Nhà nước Đềga"; phấn đấu năm 2024 có 85% hộ gia đình trong 3 buôn đạt danh hiệu gia đình văn hóa.
Hội nghị đối thoại là hoạt động thường niên của xã, được Ban Dân vận Huyện ủy Krông Năng đánh giá là một trong những cách làm hiệu quả của tỉnh Đắk Lắk trong thực hiện dân chủ ở cơ sở.
H'Vy Niê
Lượt xem: 1.204
Tin khác
- Ea Tóh ra quân Tháng Thanh niên năm 2024 (05/03/2024)
- Hội LHPN xã kỷ niệm Ngày Quốc tế Phụ nữ 8/3 (08/03/2024)
- Xã Ea Tóh giao quân năm 2024 đạt 100% chỉ tiêu (26/02/2024)
- Ra mắt mô hình "Buôn không có tội phạm" tại buôn Ea Dăh (19/02/2024)
""", "2024-03-15", "Giải đáp 17 ý kiến của người dân buôn Ea Blang",
E("doi_thoai", "2024", "2024-03-14"),
[P("Y Thuận Niê", "Bí thư Đảng ủy xã"),
 P("Trần Văn Hưng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Y Kim Ayun", "Già làng", "người có uy tín buôn Ea Blang"),
 P("Y Blô Kbuôr"),
 P("Nguyễn Thị Mai", "Phó Chủ tịch UBND xã"),
 P("Y Suôn Byă", "Phó Chủ tịch UBND xã"),
 P("H'Linh Mlô", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("17 ý kiến", 17, "ý kiến"), Q("hơn 150 hộ dân", 150, "hộ dân", "over"), Q("3 buôn", 3, "buôn"), Q("2,3 km", 2.3, "km"),
 Q("42 hộ", 42, "hộ"), Q("62 triệu đồng", 62000000, "đồng"), Q("9 hộ", 9, "hộ"), Q("12 ý kiến", 12, "ý kiến"),
 Q("5 ý kiến", 5, "ý kiến"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("85%", 85, "%")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "46", "KH/ĐU", "2024-01-10", "Đảng ủy xã", "Kế hoạch số 46-KH/ĐU ngày 10/01/2024")],
[prov("Đắk Lắk"), com("Ea Tóh")],
["Cổng thông tin điện tử xã Ea Tóh - huyện Krông Năng", "Bạn đang ở: Trang chủ > Tin tức > Dân vận chính quyền",
 "Toàn cảnh buổi làm việc tại nhà văn hóa buôn Ea Blang.", "Vì người nghèo", "Toàn dân bảo vệ an ninh Tổ quốc", "Nhà nước Đềga", "Lượt xem: 1.204"],
["Cập nhật: 16:40, 15/03/2024 (GMT+7)", "năm 2024", "năm 2023", "quý III/2024", "Lượt xem: 1.204"]))

PAGES.append(page("b2479-hanoi-tamhiep-giaoban-2024", """
ỦY BAN NHÂN DÂN XÃ TAM HIỆP - HUYỆN PHÚC THỌ - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức sự kiện | Hoạt động của Mặt trận và các đoàn thể
Ngày đăng 05/04/2024 | 15:30
Khối dân vận xã Tam Hiệp giao ban quý I/2024
Chiều 3/4, Khối dân vận xã Tam Hiệp tổ chức hội nghị giao ban đánh giá kết quả công tác dân vận quý I/2024, triển khai nhiệm vụ quý II. Đồng chí Kiều Văn Đạt, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì hội nghị.
Đồng chí Kiều Văn Đạt phát biểu chỉ đạo hội nghị.
Theo báo cáo, trong quý, khối dân vận đã phối hợp tổ chức 25 buổi tuyên truyền tại 11 thôn với 1.320 lượt người tham dự; triển khai Kế hoạch số 152-KH/HU ngày 12/1/2024 của Huyện ủy Phúc Thọ về thực hiện chủ đề năm "Dân vận chính quyền". Đảng ủy xã đã ban hành Kết luận 01, 02-KL/ĐU về nâng cao chất lượng hoạt động của Ban công tác Mặt trận thôn và về phát huy vai trò giám sát của nhân dân.
Công tác tiếp dân được duy trì; xã tiếp nhận 9 đơn thư, đã giải quyết 7 đơn; các tổ hòa giải ở cơ sở hòa giải thành 4 vụ việc mâu thuẫn về đất đai, lối đi chung. Nhân dân thôn Phú Vinh tự nguyện hiến 1.250 m2 đất để mở rộng đường trục thôn. Các đoàn thể kết nạp được 95 hội viên mới; xã có thêm 3 mô hình cấp huyện được công nhận.
Tại hội nghị, Chủ tịch Ủy ban MTTQ Việt Nam xã Đỗ Thị Hằng đề nghị các thôn chuẩn bị chu đáo cho Đại hội đại biểu MTTQ Việt Nam xã lần thứ XIV. Lãnh đạo các đoàn thể: Nguyễn Thị Thu Hà, Chủ tịch Hội LHPN xã; Phùng Văn Hải, Chủ tịch Hội Cựu chiến binh xã; Lê Anh Tuấn, Bí thư Đoàn xã đã báo cáo tiến độ các phần việc do tổ chức mình đảm nhận. Ông Phan Văn Khiêm, Trưởng thôn Phú Vinh, kiến nghị xã hỗ trợ kinh phí làm rãnh thoát nước sau khi dân hiến đất.
Kết luận hội nghị, đồng chí Kiều Văn Đạt yêu cầu quý II tập trung thực hiện Chỉ thị số 30-CT/TU ngày 08/3/2024 của Thành ủy Hà Nội về tăng cường công tác dân vận trong giải phóng mặt bằng; nắm chắc tư tưởng nhân dân ở các thôn có dự án đường vành đai; nhân rộng mô hình "Dân vận khéo" gắn với phong trào "3 sạch" và cuộc vận động "5 không, 3 sạch".
Dịp này, Ủy ban MTTQ xã phát động đợt thi đua cao điểm chào mừng kỷ niệm 94 năm Ngày truyền thống Mặt trận, vận động mỗi hộ gia đình trong xã đóng góp ít nhất 20.000 đồng xây dựng Quỹ "Vì người nghèo". Đoàn Thanh niên xã nhận ra quân làm sạch 2 km kênh tưới tiêu nội đồng trước mùa mưa.
Phòng Văn hóa - Thông tin xã
Các tin khác
- Hội Nông dân xã Tam Hiệp tập huấn kỹ thuật trồng bưởi (28/03/2024)
- Tam Hiệp kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/03/2024)
- Hội nghị Ban Chấp hành Đảng bộ xã quý I năm 2024 (22/03/2024)
- Xã Tam Hiệp ra quân Tết trồng cây đời đời nhớ ơn Bác Hồ (16/02/2024)
""", "2024-04-05", "Khối dân vận xã Tam Hiệp giao ban quý I/2024",
E("giao_ban", "2024-Q1", "2024-04-03"),
[P("Kiều Văn Đạt", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Đỗ Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Thu Hà", "Chủ tịch Hội LHPN xã"),
 P("Phùng Văn Hải", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Lê Anh Tuấn", "Bí thư Đoàn xã"),
 P("Phan Văn Khiêm", "Trưởng thôn Phú Vinh")],
[Q("25 buổi", 25, "buổi"), Q("11 thôn", 11, "thôn"), Q("1.320 lượt người", 1320, "lượt người"), Q("9 đơn thư", 9, "đơn thư"),
 Q("7 đơn", 7, "đơn"), Q("4 vụ việc mâu thuẫn", 4, "vụ việc mâu thuẫn"), Q("1.250 m2", 1250, "m2"),
 Q("95 hội viên mới", 95, "hội viên mới"), Q("3 mô hình cấp huyện", 3, "mô hình cấp huyện"),
 Q("20.000 đồng", 20000, "đồng"), Q("2 km", 2, "km")],
[D("Kế hoạch", "152", "KH/HU", "2024-01-12", "Huyện ủy Phúc Thọ", "Kế hoạch số 152-KH/HU ngày 12/1/2024"),
 D("Kết luận", "01", "KL/ĐU", None, "Đảng ủy xã", "Kết luận 01, 02-KL/ĐU"),
 D("Kết luận", "02", "KL/ĐU", None, "Đảng ủy xã", "Kết luận 01, 02-KL/ĐU"),
 D("Chỉ thị", "30", "CT/TU", "2024-03-08", "Thành ủy Hà Nội", "Chỉ thị số 30-CT/TU ngày 08/3/2024")],
[prov("Hà Nội"), com("Tam Hiệp")],
["ỦY BAN NHÂN DÂN XÃ TAM HIỆP - HUYỆN PHÚC THỌ - THÀNH PHỐ HÀ NỘI", "Trang chủ | Tin tức sự kiện | Hoạt động của Mặt trận và các đoàn thể",
 "Đồng chí Kiều Văn Đạt phát biểu chỉ đạo hội nghị.", "Dân vận chính quyền", "Dân vận khéo", "3 sạch", "5 không, 3 sạch", "Vì người nghèo"],
["Ngày đăng 05/04/2024 | 15:30", "quý I/2024", "quý II", "lần thứ XIV", "3 sạch", "5 không, 3 sạch", "94 năm"]))

PAGES.append(page("b2480-soctrang-vinhhai-soket-2024", """
ỦY BAN MTTQ VIỆT NAM XÃ VĨNH HẢI - THỊ XÃ VĨNH CHÂU
Trang chủ » Mặt trận » Tin hoạt động
T5, 11/07/2024 - 09:20
Mặt trận xã Vĩnh Hải vận động xây 9 căn nhà Đại đoàn kết cho hộ nghèo
Ngày 10/7, Ủy ban MTTQ Việt Nam xã Vĩnh Hải tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2024, triển khai phương hướng nhiệm vụ 6 tháng cuối năm. Dự và chỉ đạo có đồng chí Thạch Sô Phanh, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Lâm Thị Sô Phi, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.
Quang cảnh hội nghị. Ảnh: Sơn Đa Ra
Báo cáo cho biết, 6 tháng qua Mặt trận và các tổ chức thành viên đã thực hiện tốt Chương trình phối hợp số 03/CTPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND xã; ban hành Kế hoạch số 28/KH-MTTQ-BTT ngày 15/01/2024 về giám sát, phản biện xã hội. Toàn xã có 1.050 hộ đăng ký gia đình văn hóa, 12 ấp đăng ký xây dựng khu dân cư kiểu mẫu. Quỹ "Vì người nghèo" vận động được 612 triệu đồng, xây mới 9 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng; trao hơn 1.600 phần quà cho hộ nghèo, hộ cận nghèo người Khmer dịp Tết Chôl Chnăm Thmây.
Ban Thường trực Ủy ban MTTQ xã đã tổ chức 2 cuộc giám sát về chi trả chính sách cho người có công và việc bình xét hộ nghèo; phối hợp hòa giải thành 6 vụ tranh chấp ranh đất. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 98,2%.
Tại hội nghị, Đại đức Lý Phước, Trụ trì chùa Prếk Tôn, đề nghị Mặt trận quan tâm hơn đến lớp dạy chữ Khmer hè cho con em đồng bào. Ông Kim Sa Khuôl, Trưởng Ban công tác Mặt trận ấp Âu Thọ B, kiến nghị nạo vét kênh nội đồng trước mùa mưa. Bà Trần Thị Sa Rên, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, trình bày dự thảo kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024.
Phát biểu chỉ đạo, đồng chí Thạch Sô Phanh đề nghị 6 tháng cuối năm Mặt trận xã tiếp tục thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", vận động xây thêm nhà Đại đoàn kết cho hộ khó khăn về nhà ở; quan tâm chăm lo đồng bào dịp lễ Sen Dolta.
Dịp này, Ủy ban MTTQ xã tặng giấy khen cho 7 tập thể và 11 cá nhân có thành tích trong công tác Mặt trận 6 tháng đầu năm.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng, Vĩnh Hải là một trong những xã có đông đồng bào Khmer làm tốt công tác vận động nhân dân tham gia xây dựng nông thôn mới; đến nay xã đã có 8 ấp đạt chuẩn khu dân cư kiểu mẫu, 100% tuyến đường ấp được bê tông hóa.
Trần Minh Thuận
Tin cùng chuyên mục
- Vĩnh Hải trao 150 phần quà Tết Chôl Chnăm Thmây (10/04/2024)
- Mặt trận xã giám sát bình xét hộ nghèo năm 2024 (22/03/2024)
- Hội nghị Ủy ban MTTQ xã lần thứ 5 khóa XI (05/01/2024)
- Vĩnh Hải ra mắt Tổ hòa giải ấp Prey Chóp (12/12/2023)
""", "2024-07-11", "Mặt trận xã Vĩnh Hải vận động xây 9 căn nhà Đại đoàn kết cho hộ nghèo",
E("so_ket", "2024-H1", "2024-07-10"),
[P("Thạch Sô Phanh", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Lâm Thị Sô Phi", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lý Phước", "Đại đức", "Trụ trì chùa Prếk Tôn"),
 P("Kim Sa Khuôl", "Trưởng Ban công tác Mặt trận ấp Âu Thọ B"),
 P("Trần Thị Sa Rên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("1.050 hộ", 1050, "hộ"), Q("12 ấp", 12, "ấp"),
 Q("612 triệu đồng", 612000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("hơn 1.600 phần quà", 1600, "phần quà", "over"),
 Q("2 cuộc giám sát", 2, "cuộc giám sát"), Q("6 vụ tranh chấp ranh đất", 6, "vụ tranh chấp ranh đất"), Q("98,2%", 98.2, "%"),
 Q("7 tập thể", 7, "tập thể"), Q("11 cá nhân", 11, "cá nhân"),
 Q("8 ấp", 8, "ấp"), Q("100%", 100, "%")],
[D("Chương trình phối hợp", "03", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 03/CTPH-MTTQ-UBND"),
 D("Kế hoạch", "28", "KH-MTTQ-BTT", "2024-01-15", None, "Kế hoạch số 28/KH-MTTQ-BTT ngày 15/01/2024")],
[prov("Sóc Trăng"), com("Vĩnh Hải")],
["ỦY BAN MTTQ VIỆT NAM XÃ VĨNH HẢI - THỊ XÃ VĨNH CHÂU", "Trang chủ » Mặt trận » Tin hoạt động", "Quang cảnh hội nghị. Ảnh: Sơn Đa Ra",
 "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Ngày hội Đại đoàn kết toàn dân tộc"],
["T5, 11/07/2024 - 09:20", "6 tháng đầu năm 2024", "6 tháng cuối năm", "năm 2024", "6 tháng đầu năm"]))

PAGES.append(page("b2481-hatinh-cambinh-giamsat-2024", """
Trang thông tin điện tử xã Cẩm Bình - huyện Cẩm Xuyên - tỉnh Hà Tĩnh
Trang chủ > Mặt trận - Đoàn thể > Giám sát, phản biện xã hội
Thứ Sáu, 20/09/2024
Đoàn giám sát làm việc tại thôn Quyết Tiến.
Ủy ban MTTQ xã Cẩm Bình giám sát việc chi trả chế độ bảo trợ xã hội
Ngày 18/9, Ban Thường trực Ủy ban MTTQ Việt Nam xã Cẩm Bình tổ chức giám sát việc thực hiện chính sách trợ giúp xã hội đối với người cao tuổi, người khuyết tật trên địa bàn xã, theo chương trình giám sát năm 2024 của Mặt trận xã. Đồng chí Trần Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng đoàn giám sát chủ trì buổi làm việc.
Thành viên đoàn gồm đại diện Hội Người cao tuổi, Hội Cựu chiến binh và Ban Thanh tra nhân dân xã. Cuộc giám sát được thực hiện theo Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền; Kế hoạch số 19/KH-MTTQ ngày 15/3/2024 của Ban Thường trực Ủy ban MTTQ xã.
Báo cáo của UBND xã do ông Võ Văn Lâm, công chức Văn hóa - Xã hội xã trình bày cho thấy, toàn xã hiện có 412 đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng theo Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ, trong đó 287 người cao tuổi từ đủ 80 tuổi trở lên và 96 người khuyết tật. Tổng kinh phí chi trả hơn 205 triệu đồng mỗi tháng, được thực hiện qua bưu điện và tài khoản ngân hàng.
Qua kiểm tra hồ sơ và tiếp xúc trực tiếp với 30 hộ tại 3 thôn Quyết Tiến, Đông Văn, Bình Sơn, đoàn đánh giá việc xét duyệt, chi trả cơ bản đúng quy định, công khai tại nhà văn hóa thôn. Tuy nhiên, còn 3 trường hợp đã chuyển nơi cư trú nhưng chưa được điều chỉnh kịp thời; việc cập nhật phần mềm quản lý đối tượng có lúc còn chậm.
Phát biểu tại buổi giám sát, đồng chí Nguyễn Đình Thắng, Phó Chủ tịch UBND xã, tiếp thu các ý kiến của đoàn và cho biết UBND xã sẽ rà soát lại toàn bộ danh sách trong tháng 10. Bà Phan Thị Loan, Chi hội trưởng Chi hội Người cao tuổi thôn Đông Văn, đề nghị tiếp tục chi trả tại nhà cho người già yếu, không tự đi lại được.
Kết luận buổi làm việc, đồng chí Trần Thị Hương đề nghị UBND xã khắc phục 2 kiến nghị của đoàn trước ngày 30/10/2024 và gửi báo cáo kết quả về Ban Thường trực Ủy ban MTTQ xã. Đây là cuộc giám sát thứ 3 trong năm 2024 của Mặt trận xã Cẩm Bình, sau các cuộc giám sát về bình xét hộ nghèo và về xây dựng nông thôn mới kiểu mẫu.
Nguyễn Thúy Nga
Tin khác
- Cẩm Bình: 100% thôn tổ chức Ngày hội Đại đoàn kết năm 2024 (15/09/2024)
- Mặt trận xã phản biện dự thảo Đề án xây dựng xã nông thôn mới kiểu mẫu (28/08/2024)
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 12 HĐND huyện (10/07/2024)
""", "2024-09-20", "Ủy ban MTTQ xã Cẩm Bình giám sát việc chi trả chế độ bảo trợ xã hội",
E("giam_sat", "2024", "2024-09-18"),
[P("Trần Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng đoàn giám sát"),
 P("Võ Văn Lâm", "công chức Văn hóa - Xã hội xã"),
 P("Nguyễn Đình Thắng", "Phó Chủ tịch UBND xã"),
 P("Phan Thị Loan", "Chi hội trưởng Chi hội Người cao tuổi thôn Đông Văn")],
[Q("412 đối tượng bảo trợ xã hội", 412, "đối tượng bảo trợ xã hội"), Q("287 người cao tuổi", 287, "người cao tuổi"),
 Q("96 người khuyết tật", 96, "người khuyết tật"), Q("hơn 205 triệu đồng", 205000000, "đồng", "over"), Q("30 hộ", 30, "hộ"),
 Q("3 thôn", 3, "thôn"), Q("3 trường hợp", 3, "trường hợp"), Q("2 kiến nghị", 2, "kiến nghị")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Kế hoạch", "19", "KH-MTTQ", "2024-03-15", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 19/KH-MTTQ ngày 15/3/2024"),
 D("Nghị định", "20", "2021/NĐ-CP", "2021-03-15", "Chính phủ", "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021")],
[prov("Hà Tĩnh"), com("Cẩm Bình")],
["Trang thông tin điện tử xã Cẩm Bình - huyện Cẩm Xuyên - tỉnh Hà Tĩnh", "Trang chủ > Mặt trận - Đoàn thể > Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại thôn Quyết Tiến."],
["Thứ Sáu, 20/09/2024", "năm 2024", "80 tuổi", "tháng 10", "30/10/2024", "cuộc giám sát thứ 3"]))

PAGES.append(page("b2482-quangnam-phuocthanh-hoinghi-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC THÀNH
Huyện Phước Sơn - Tỉnh Quảng Nam
Vị trí: Trang chủ :: Tin tức :: Dân tộc - Tôn giáo
Cập nhật lúc 17:05 ngày 22/11/2024
Ảnh: Lãnh đạo xã tặng giấy khen cho người có uy tín tiêu biểu.
Phát huy vai trò 19 người có uy tín trong đồng bào Bh'noong
Chiều 21/11, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Phước Thành tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2024. Dự hội nghị có 19 người có uy tín của 4 thôn cùng đại diện Ban Dân vận Huyện ủy Phước Sơn. Đồng chí Hồ Văn Dũng, Bí thư Đảng ủy xã; đồng chí Hồ Thị Bé, Chủ tịch Ủy ban MTTQ Việt Nam xã đồng chủ trì.
Theo báo cáo, năm qua xã thực hiện đầy đủ chính sách đối với người có uy tín theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ và Kế hoạch số 85/KH-UBND ngày 10/10/2024 của UBND xã. Người có uy tín đã cung cấp 32 tin báo có giá trị cho lực lượng công an, tham gia hòa giải 5 vụ việc tranh chấp đất rẫy, vận động 15 hộ hiến trên 3.200 m2 đất làm đường vào khu sản xuất.
Nhiều người có uy tín là tấm gương trong phát triển kinh tế. Già làng Hồ Văn Chiêu, người có uy tín thôn 2, trồng 4 ha quế và sâm Ngọc Linh, mỗi năm thu nhập khoảng 350 triệu đồng, tạo việc làm cho 12 lao động trong thôn. Bà A Lăng Thị Hiền, người có uy tín thôn 4, vận động chị em bỏ tục tảo hôn, không để xảy ra trường hợp kết hôn cận huyết thống.
Phát biểu tại hội nghị, ông Bríu Văn Lâm, người có uy tín thôn 1, kiến nghị hỗ trợ giống cây dược liệu và mở lớp dạy cồng chiêng cho thanh niên. Đồng chí Hồ Văn Dũng ghi nhận, đề nghị người có uy tín tiếp tục là "cầu nối" giữa Đảng, chính quyền với đồng bào, tuyên truyền bà con không nghe theo lời dụ dỗ đi lao động "chui" ra nước ngoài.
Dịp này, UBND xã tặng giấy khen cho 6 người có uy tín tiêu biểu; Ủy ban MTTQ xã trao 19 suất quà, mỗi suất quà trị giá 1 triệu đồng.
Theo đồng chí Hồ Thị Bé, năm 2025 Mặt trận xã sẽ phối hợp tổ chức cho người có uy tín đi tham quan, học tập mô hình phát triển dược liệu tại các xã vùng cao của tỉnh Quảng Nam và duy trì sinh hoạt định kỳ hằng quý tại nhà văn hóa các thôn.
Cũng tại hội nghị, đồng chí Hồ Văn Dũng thông tin về chủ trương sắp xếp đơn vị hành chính cấp xã thời gian tới, đề nghị người có uy tín nắm bắt tâm tư của bà con, kịp thời phản ánh với cấp ủy những vấn đề phát sinh; đồng thời vận động đồng bào giữ rừng, không phát rẫy trái phép, không săn bắt động vật hoang dã.
Zơ Râm Thị Thu
Bài viết liên quan
- Phước Thành triển khai Tháng hành động vì bình đẳng giới (15/11/2024)
- Trao 3 căn nhà tình thương cho hộ nghèo thôn 3 (30/10/2024)
- Tập huấn kỹ thuật trồng sâm Ngọc Linh dưới tán rừng (12/10/2024)
""", "2024-11-22", "Phát huy vai trò 19 người có uy tín trong đồng bào Bh'noong",
E("hoi_nghi", "2024", "2024-11-21"),
[P("Hồ Văn Dũng", "Bí thư Đảng ủy xã"),
 P("Hồ Thị Bé", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hồ Văn Chiêu", "Già làng", "người có uy tín thôn 2"),
 P("A Lăng Thị Hiền", "người có uy tín thôn 4"),
 P("Bríu Văn Lâm", "người có uy tín thôn 1")],
[Q("19 người có uy tín", 19, "người có uy tín"), Q("4 thôn", 4, "thôn"), Q("32 tin báo", 32, "tin báo"),
 Q("5 vụ việc tranh chấp đất rẫy", 5, "vụ việc tranh chấp đất rẫy"), Q("15 hộ", 15, "hộ"), Q("trên 3.200 m2", 3200, "m2", "over"),
 Q("4 ha", 4, "ha"), Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx"), Q("12 lao động", 12, "lao động"),
 Q("6 người có uy tín tiêu biểu", 6, "người có uy tín tiêu biểu"), Q("19 suất quà", 19, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Kế hoạch", "85", "KH-UBND", "2024-10-10", "UBND xã", "Kế hoạch số 85/KH-UBND ngày 10/10/2024")],
[prov("Quảng Nam"), com("Phước Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC THÀNH", "Huyện Phước Sơn - Tỉnh Quảng Nam", "Vị trí: Trang chủ :: Tin tức :: Dân tộc - Tôn giáo",
 "Ảnh: Lãnh đạo xã tặng giấy khen cho người có uy tín tiêu biểu.", "sâm Ngọc Linh"],
["Cập nhật lúc 17:05 ngày 22/11/2024", "năm 2024", "năm 2025"]))
