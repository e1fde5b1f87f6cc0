from lib import *
PAGES = []

PAGES.append(page("b4067-gialai-giaoban-kbang-2017", """
Báo Gia Lai điện tử
Thời sự > Chính trị > Dân vận
06/10/2017, 16:05
Kbang: Khối dân vận chung sức giữ rừng
(GLO)- Chiều 5/10, Ban Dân vận Huyện ủy Kbang tổ chức giao ban công tác dân vận quý III/2017 với sự tham gia của Ban quản lý rừng phòng hộ Bắc An Khê, Hạt Kiểm lâm và các công ty lâm nghiệp trên địa bàn. Đồng chí Đinh Thị Hlin, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Kbang chủ trì. Dự giao ban có 26 đồng chí là lãnh đạo các cơ quan khối dân vận huyện và chủ tịch Ủy ban MTTQ các xã, thị trấn.
Đồng chí Đinh Thị Hlin phát biểu kết luận buổi giao ban. Ảnh: Hồng Thi
Báo cáo tại buổi giao ban cho thấy, thực hiện Chỉ thị số 13-CT/TW ngày 12/1/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng và Kế hoạch 62, 63-KH/HU của Ban Thường vụ Huyện ủy, trong quý khối dân vận đã tổ chức 48 buổi tuyên truyền tại các làng với trên 3.200 lượt người nghe. Các chủ rừng đã ký hợp đồng giao khoán bảo vệ 21.540 ha rừng với 1.032 hộ và 14 cộng đồng làng đồng bào Bahnar; tiền khoán 9 tháng đạt khoảng 4,1 tỷ đồng.
Tuy nhiên, trong quý vẫn xảy ra 15 vụ phá rừng trái phép với diện tích 32,6 ha, tập trung ở các xã Sơn Lang, Đak Rong, Kon Pne; có 3 vụ người dân địa phương bị đối tượng bên ngoài thuê phát rừng trồng mì.
Ông Đinh Hmưn, Chủ tịch UBND xã Kon Pne, cho biết xã đã cùng Vườn quốc gia Kon Ka Kinh thành lập 4 tổ tuần tra chung, mỗi tổ 8 người, trong đó có 2 già làng. Bà Đinh Thị Blơh, Chủ tịch Hội Liên hiệp Phụ nữ huyện, thông tin Hội đã vận động 210 hội viên ký cam kết "3 không": không phá rừng, không mua bán gỗ lậu, không tiếp tay cho lâm tặc. Ông Trần Văn Cường, Phó Giám đốc Ban quản lý rừng phòng hộ Bắc An Khê, đề nghị chính quyền xã xử lý nghiêm việc lấn chiếm đất rừng đã giao khoán.
Các đồng chí Đinh Văn Nhớ, Đinh Thị Xuân - Phó Bí thư Đảng ủy xã Đak Rong cũng nêu khó khăn khi vận động người dân trả lại đất rừng đã lấn chiếm từ nhiều năm trước.
Kết luận buổi giao ban, đồng chí Đinh Thị Hlin đề nghị quý IV các cơ quan khối dân vận phối hợp chặt chẽ với chủ rừng, phát huy vai trò già làng, người có uy tín; vận động người dân không phát rừng làm rẫy, kịp thời phản ánh các vụ phá rừng cho cơ quan chức năng. Huyện phấn đấu đến cuối năm trồng mới khoảng 350 ha rừng tập trung trên diện tích rừng bị phá, trong đó trên 60% do người dân nhận khoán thực hiện.
Hồng Thi
Lượt xem: 1.876
Tin liên quan
- Gia Lai: giao khoán 25.000 ha rừng cho cộng đồng làng (20/09/2017)
- Kông Chro phát huy vai trò già làng trong giữ rừng (12/09/2017)
- Mang Yang: khởi tố 2 vụ phá rừng phòng hộ (30/08/2017)
- Ia Grai tổng kết 5 năm phong trào Dân vận khéo (15/08/2017)
""", "2017-10-06", "Kbang: Khối dân vận chung sức giữ rừng",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Đinh Thị Hlin", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Kbang"),
 P("Đinh Hmưn", "Chủ tịch UBND xã Kon Pne"),
 P("Đinh Thị Blơh", "Chủ tịch Hội Liên hiệp Phụ nữ huyện"),
 P("Trần Văn Cường", "Phó Giám đốc Ban quản lý rừng phòng hộ Bắc An Khê"),
 P("Đinh Văn Nhớ", "Phó Bí thư Đảng ủy xã Đak Rong"),
 P("Đinh Thị Xuân", "Phó Bí thư Đảng ủy xã Đak Rong")],
[Q("26 đồng chí", 26, "đồng chí"), Q("48 buổi tuyên truyền", 48, "buổi tuyên truyền"), Q("trên 3.200 lượt người nghe", 3200, "lượt người nghe", "over"),
 Q("21.540 ha", 21540, "ha"), Q("1.032 hộ", 1032, "hộ"), Q("14 cộng đồng làng đồng bào Bahnar", 14, "cộng đồng làng đồng bào Bahnar"),
 Q("khoảng 4,1 tỷ đồng", 4100000000, "đồng", "approx"), Q("15 vụ phá rừng trái phép", 15, "vụ phá rừng trái phép"),
 Q("32,6 ha", 32.6, "ha"), Q("3 vụ", 3, "vụ"), Q("4 tổ tuần tra chung", 4, "tổ tuần tra chung"), Q("8 người", 8, "người"),
 Q("2 già làng", 2, "già làng"), Q("210 hội viên", 210, "hội viên"), Q("khoảng 350 ha", 350, "ha", "approx"),
 Q("trên 60%", 60, "%", "over")],
[D("Chỉ thị", "13", "CT/TW", "2017-01-12", "Ban Bí thư", "Chỉ thị số 13-CT/TW ngày 12/1/2017"),
 D("Kế hoạch", "62", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 62, 63-KH/HU"),
 D("Kế hoạch", "63", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 62, 63-KH/HU")],
[prov("Gia Lai"), com("Sơn Lang"), com("Đak Rong"), com("Kon Pne")],
["Báo Gia Lai điện tử", "Thời sự > Chính trị > Dân vận", "(GLO)", "Đồng chí Đinh Thị Hlin phát biểu kết luận buổi giao ban. Ảnh: Hồng Thi",
 "3 không", "Vườn quốc gia Kon Ka Kinh", "Ban quản lý rừng phòng hộ Bắc An Khê", "Lượt xem: 1.876"],
["06/10/2017, 16:05", "26 đồng chí", "quý III/2017", "9 tháng", "3 không", "quý IV", "Lượt xem: 1.876"]))

PAGES.append(page("b4068-yenbai-chayrung-2018", """
BÁO YÊN BÁI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH YÊN BÁI
Xã hội | Môi trường | Phòng chống thiên tai
Thứ Ba, 24/04/2018 - 07:50
Ảnh: Lực lượng chức năng và người dân dập lửa tại xã Nậm Búng.
Văn Chấn: Hơn 500 người trắng đêm dập lửa cứu rừng
YBĐT - Chiều 22/4, một đám cháy bùng phát tại khu rừng thông và keo của thôn Ngã Hai, xã Nậm Búng (huyện Văn Chấn). Do thời tiết nắng nóng, gió Lào thổi mạnh, lửa nhanh chóng lan rộng sang rừng phòng hộ đầu nguồn. Ngay khi nhận tin báo, Ban chỉ huy các vấn đề cấp bách trong bảo vệ rừng và phòng cháy, chữa cháy rừng của huyện đã huy động hơn 500 người gồm kiểm lâm, công an, quân sự, dân quân, đoàn viên thanh niên và nhân dân các thôn có mặt tại hiện trường.
Ông Giàng A Tủa, Bí thư Chi bộ thôn Ngã Hai cho biết: "Nghe kẻng báo cháy, bà con người Mông trong thôn mang theo dao, cành cây, cuốc xẻng lên núi ngay, có 42 hộ đi cả bố, cả con". Đến 4 giờ sáng 23/4, đám cháy cơ bản được khống chế. Theo đánh giá ban đầu, diện tích rừng bị thiệt hại khoảng 12 ha, chủ yếu là rừng trồng 3 năm tuổi của các hộ nhận khoán.
Ông Hoàng Văn Páo, Phó Chủ tịch UBND huyện Văn Chấn, Trưởng Ban chỉ huy các vấn đề cấp bách trong bảo vệ rừng huyện trực tiếp có mặt chỉ đạo. Ông cho biết huyện đã ban hành Công điện số 02/CĐ-UBND yêu cầu các xã tăng cường trực cháy 24/24 giờ; đồng thời thực hiện Chỉ thị số 06/CT-UBND ngày 1/3/2018 của UBND tỉnh Yên Bái về phòng cháy, chữa cháy rừng mùa khô.
Cũng theo Hạt Kiểm lâm Văn Chấn, từ đầu năm đến nay toàn huyện xảy ra 5 vụ cháy rừng, làm thiệt hại gần 27 ha. Huyện có 180 tổ đội bảo vệ rừng thôn, bản với 2.160 người, trong đó nhiều tổ vẫn thiếu bàn dập, máy thổi gió.
Sau vụ cháy, Ủy ban MTTQ huyện và các đoàn thể đã đến thăm hỏi 2 người bị bỏng nhẹ khi tham gia dập lửa, mỗi người được hỗ trợ 1 triệu đồng. Bà Sùng Thị Dua, Chủ tịch Ủy ban MTTQ xã Nậm Búng cho biết, Mặt trận xã sẽ vận động các hộ có rừng bị cháy trồng lại ngay trong vụ xuân hè, đồng thời đưa tiêu chí "không để xảy ra cháy rừng" vào bình xét khu dân cư văn hóa.
Trước đó, ngày 18/4, xã Tú Lệ cũng xảy ra một vụ cháy thảm cỏ, cây bụi gần rừng phòng hộ, được người dân phát hiện và dập tắt kịp thời. Ông Lò Văn Thoản, Phó Hạt trưởng Hạt Kiểm lâm huyện, khuyến cáo người dân tuyệt đối không đốt dọn thực bì, đốt ong, đốt rác gần rừng trong những ngày nắng nóng cao điểm.
Hiện cơ quan công an đang điều tra làm rõ nguyên nhân vụ cháy; bước đầu xác định do một người dân đốt thực bì nương ngô để lửa lan vào rừng.
Thanh Tân
Lượt đọc: 2.407
Tin khác
- Lục Yên: 1.200 hộ ký cam kết không đốt nương gần rừng (20/04/2018)
- Yên Bái chi trả gần 40 tỷ đồng dịch vụ môi trường rừng (12/04/2018)
- Mù Cang Chải: ra quân trồng rừng đầu xuân (26/02/2018)
""", "2018-04-24", "Văn Chấn: Hơn 500 người trắng đêm dập lửa cứu rừng",
E("khac", None, None),
[P("Giàng A Tủa", "Bí thư Chi bộ thôn Ngã Hai"),
 P("Hoàng Văn Páo", "Phó Chủ tịch UBND huyện Văn Chấn", "Trưởng Ban chỉ huy các vấn đề cấp bách trong bảo vệ rừng huyện"),
 P("Sùng Thị Dua", "Chủ tịch Ủy ban MTTQ xã Nậm Búng"),
 P("Lò Văn Thoản", "Phó Hạt trưởng Hạt Kiểm lâm huyện")],
[Q("hơn 500 người", 500, "người", "over"), Q("42 hộ", 42, "hộ"), Q("khoảng 12 ha", 12, "ha", "approx"),
 Q("5 vụ cháy rừng", 5, "vụ cháy rừng"), Q("gần 27 ha", 27, "ha", "approx"), Q("180 tổ đội bảo vệ rừng thôn, bản", 180, "tổ đội bảo vệ rừng thôn, bản"),
 Q("2.160 người", 2160, "người"), Q("2 người", 2, "người"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "06", "CT-UBND", "2018-03-01", "UBND tỉnh Yên Bái", "Chỉ thị số 06/CT-UBND ngày 1/3/2018")],
[prov("Yên Bái"), com("Nậm Búng"), com("Tú Lệ")],
["BÁO YÊN BÁI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH YÊN BÁI", "Xã hội | Môi trường | Phòng chống thiên tai",
 "Ảnh: Lực lượng chức năng và người dân dập lửa tại xã Nậm Búng.", "YBĐT", "không để xảy ra cháy rừng", "Công điện số 02/CĐ-UBND", "Lượt đọc: 2.407"],
["Thứ Ba, 24/04/2018 - 07:50", "4 giờ sáng 23/4", "3 năm tuổi", "24/24 giờ", "Công điện số 02/CĐ-UBND", "ngày 18/4", "Lượt đọc: 2.407"]))

PAGES.append(page("b4069-daklak-daihoi-mttq-2019", """
Cổng thông tin điện tử huyện Buôn Đôn
Trang chủ | Tin tức - Sự kiện | Mặt trận và các đoàn thể
Ngày 14/06/2019 | 09:20
Ảnh: Ủy ban MTTQ Việt Nam xã Krông Na khóa X ra mắt Đại hội.
Đại hội đại biểu MTTQ Việt Nam xã Krông Na lần thứ X, nhiệm kỳ 2019 - 2024
Ngày 12/6/2019, Ủy ban MTTQ Việt Nam xã Krông Na tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2019 - 2024, đây là xã được chọn tổ chức đại hội điểm cấp xã của huyện. Về dự có đồng chí Y Wang Mlô, Phó Bí thư Thường trực Huyện ủy; đồng chí H'Bla Niê, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện cùng 120 đại biểu đại diện cho hơn 6.800 nhân khẩu của 11 buôn đồng bào Ê Đê, M'nông, Lào, Gia Rai.
Krông Na là xã biên giới có diện tích rừng lớn nhất huyện, giáp Vườn quốc gia Yók Đôn. Nhiệm kỳ qua, Mặt trận xã đã phối hợp với Ban quản lý rừng phòng hộ và Hạt Kiểm lâm vận động 2.150 hộ ký cam kết bảo vệ rừng; 9 cộng đồng buôn nhận khoán quản lý, bảo vệ khoảng 7.500 ha rừng khộp theo Quyết định số 2406/QĐ-UBND ngày 25/9/2015 của UBND tỉnh Đắk Lắk. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được thực hiện sâu rộng, 98% hộ gia đình đạt danh hiệu gia đình văn hóa.
Phát biểu chỉ đạo, đồng chí Y Wang Mlô đề nghị Ủy ban MTTQ xã nhiệm kỳ mới thực hiện tốt Chỉ thị số 30-CT/TW ngày 25/1/2019 của Ban Bí thư, tiếp tục phát huy vai trò già làng, trưởng buôn trong giữ rừng, không để người dân di cư tự do vào rừng phá rẫy; đưa nội dung bảo vệ rừng vào luật tục của từng buôn.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa X. Tại hội nghị lần thứ nhất, bà H'Ni Ênuôl được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Krông Na khóa X; các ông Y Khu Niê, Điểu Thanh Vinh được cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 8 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện lần thứ IX.
Thực hiện Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh và Kế hoạch số 15-KH/ĐU của Đảng ủy xã, Đại hội thông qua chương trình hành động nhiệm kỳ 2019 - 2024 với 6 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm vận động trồng mới ít nhất 20 ha rừng, 100% buôn có tổ tự quản bảo vệ rừng.
Dịp này, Ủy ban MTTQ huyện trao tặng giấy khen cho 5 tập thể và 12 cá nhân; Ban quản lý rừng phòng hộ tặng 11 bộ loa truyền thanh cho các buôn.
Ông Ma Văn Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã khóa IX, đã nghỉ hưu, được Đại hội tặng hoa tri ân.
H'Linh
Lượt truy cập: 615
Tin liên quan
- Ea Wer tổ chức đại hội điểm MTTQ cấp xã (06/06/2019)
- Buôn Đôn: 300 người có uy tín ký cam kết bảo vệ rừng (20/05/2019)
- Hội nghị giao ban công tác Mặt trận quý I/2019 (10/04/2019)
""", "2019-06-14", "Đại hội đại biểu MTTQ Việt Nam xã Krông Na lần thứ X, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-06-12"),
[P("Y Wang Mlô", "Phó Bí thư Thường trực Huyện ủy"),
 P("H'Bla Niê", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("H'Ni Ênuôl", "Chủ tịch Ủy ban MTTQ Việt Nam xã Krông Na khóa X"),
 P("Y Khu Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Thanh Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ma Văn Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa IX")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 6.800 nhân khẩu", 6800, "nhân khẩu", "over"), Q("11 buôn đồng bào Ê Đê, M'nông, Lào, Gia Rai", 11, "buôn đồng bào Ê Đê, M'nông, Lào, Gia Rai"),
 Q("2.150 hộ", 2150, "hộ"), Q("9 cộng đồng buôn", 9, "cộng đồng buôn"), Q("khoảng 7.500 ha", 7500, "ha", "approx"),
 Q("98%", 98, "%"), Q("35 vị", 35, "vị"), Q("8 đại biểu", 8, "đại biểu"), Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"),
 Q("ít nhất 20 ha", 20, "ha", "over"), Q("100%", 100, "%"), Q("5 tập thể", 5, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("11 bộ loa truyền thanh", 11, "bộ loa truyền thanh")],
[D("Quyết định", "2406", "QĐ-UBND", "2015-09-25", "UBND tỉnh Đắk Lắk", "Quyết định số 2406/QĐ-UBND ngày 25/9/2015"),
 D("Chỉ thị", "30", "CT/TW", "2019-01-25", "Ban Bí thư", "Chỉ thị số 30-CT/TW ngày 25/1/2019"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU")],
[prov("Đắk Lắk"), com("Krông Na")],
["Cổng thông tin điện tử huyện Buôn Đôn", "Trang chủ | Tin tức - Sự kiện | Mặt trận và các đoàn thể",
 "Ảnh: Ủy ban MTTQ Việt Nam xã Krông Na khóa X ra mắt Đại hội.", "Vườn quốc gia Yók Đôn",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt truy cập: 615"],
["Ngày 14/06/2019 | 09:20", "lần thứ X", "nhiệm kỳ 2019 - 2024", "lần thứ nhất", "lần thứ IX", "khóa X", "khóa IX", "Lượt truy cập: 615"]))

PAGES.append(page("b4070-hue-traoqua-aluoi-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ >> Tin hoạt động >> An sinh xã hội
08.05.2020 | 10:30
Trao 540 suất quà cho thành viên tổ bảo vệ rừng cộng đồng A Lưới
Ngày 7/5, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Quỹ Bảo vệ và Phát triển rừng tỉnh và Ban quản lý rừng phòng hộ A Lưới trao 540 suất quà hỗ trợ các thành viên tổ bảo vệ rừng cộng đồng gặp khó khăn do ảnh hưởng của dịch Covid-19 tại các xã Hồng Hạ, Hương Nguyên, A Roàng.
Ảnh: Đại diện Ủy ban MTTQ tỉnh trao quà cho thành viên tổ bảo vệ rừng xã Hồng Hạ.
Đến dự và trao quà có ông Hồ Văn Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Kăn Sương, Phó Chủ tịch UBND huyện A Lưới; bà Lê Thị Hoa, Giám đốc Quỹ Bảo vệ và Phát triển rừng tỉnh.
Mỗi suất quà gồm 20 kg gạo, thực phẩm thiết yếu và 300.000 đồng tiền mặt, tổng trị giá gần 380 triệu đồng, từ nguồn vận động của Quỹ "Vì người nghèo" tỉnh và đóng góp của các doanh nghiệp thủy điện. Trước đó, thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ và Quyết định số 1173/QĐ-UBND ngày 20/4/2020 của UBND tỉnh, các tổ vẫn duy trì tuần tra theo nhóm nhỏ, không tụ tập đông người.
Theo Ban quản lý rừng phòng hộ A Lưới, đơn vị hiện giao khoán bảo vệ trên 14.600 ha rừng cho 36 tổ bảo vệ rừng cộng đồng với 540 thành viên người Tà Ôi, Pa Cô, Cơ Tu. Mức chi trả năm 2019 bình quân 6,5 triệu đồng/thành viên. Trong 4 tháng đầu năm 2020, các tổ đã thực hiện 1.152 lượt tuần tra, phát hiện và báo cáo 7 vụ khai thác lâm sản trái phép, tháo dỡ 94 bẫy thú.
Ông Hồ Văn Niêm, Tổ trưởng tổ bảo vệ rừng thôn Pa Ring, xã Hồng Hạ, xúc động: "Mùa dịch bà con không đi làm thuê được, có gạo, có tiền là yên tâm đi rừng". Bà Hồ Thị Pố, thành viên tổ bảo vệ rừng cộng đồng thôn A Ka, xã Hương Nguyên cho biết tổ có 12 người, trong đó có 3 chị em phụ nữ.
Dịp này, ông Hồ Văn Dung đã thăm, tặng quà 15 hộ nghèo đang nuôi người già neo đơn tại xã A Roàng, mỗi suất trị giá 500.000 đồng. Ông đề nghị Mặt trận các xã tiếp tục vận động nhân dân thực hiện "5 không" trong bảo vệ rừng và phòng, chống dịch bệnh.
Theo Quỹ Bảo vệ và Phát triển rừng tỉnh, năm 2019 toàn tỉnh Thừa Thiên Huế có 182 cộng đồng dân cư thôn nhận khoán, trong đó A Lưới chiếm gần một nửa. Ông Kăn Sương cho biết, huyện A Lưới đang đề nghị tỉnh nâng mức hỗ trợ khoán bảo vệ rừng cho các cộng đồng lên 400.000 đồng/ha/năm, đồng thời hỗ trợ tiền mua bảo hiểm cho thành viên tổ tuần tra.
Minh Châu
Số lượt xem: 1.093
Tin liên quan
- Phú Lộc: hỗ trợ 200 hộ nhận khoán rừng bị ảnh hưởng dịch (28/04/2020)
- Mặt trận tỉnh vận động ủng hộ phòng, chống dịch Covid-19 (15/04/2020)
- Nam Đông: giao rừng cho 6 cộng đồng thôn (20/03/2020)
""", "2020-05-08", "Trao 540 suất quà cho thành viên tổ bảo vệ rừng cộng đồng A Lưới",
E("trao_qua", None, "2020-05-07"),
[P("Hồ Văn Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kăn Sương", "Phó Chủ tịch UBND huyện A Lưới"),
 P("Lê Thị Hoa", "Giám đốc Quỹ Bảo vệ và Phát triển rừng tỉnh"),
 P("Hồ Văn Niêm", "Tổ trưởng tổ bảo vệ rừng thôn Pa Ring"),
 P("Hồ Thị Pố", "thành viên tổ bảo vệ rừng cộng đồng thôn A Ka")],
[Q("540 suất quà", 540, "suất quà"), Q("20 kg", 20, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 380 triệu đồng", 380000000, "đồng", "approx"), Q("trên 14.600 ha", 14600, "ha", "over"),
 Q("36 tổ bảo vệ rừng cộng đồng", 36, "tổ bảo vệ rừng cộng đồng"), Q("540 thành viên người Tà Ôi, Pa Cô, Cơ Tu", 540, "thành viên người Tà Ôi, Pa Cô, Cơ Tu"),
 Q("6,5 triệu đồng", 6500000, "đồng"), Q("1.152 lượt tuần tra", 1152, "lượt tuần tra"),
 Q("7 vụ khai thác lâm sản trái phép", 7, "vụ khai thác lâm sản trái phép"), Q("94 bẫy thú", 94, "bẫy thú"),
 Q("12 người", 12, "người"), Q("3 chị em phụ nữ", 3, "chị em phụ nữ"), Q("15 hộ nghèo", 15, "hộ nghèo"),
 Q("500.000 đồng", 500000, "đồng"), Q("182 cộng đồng dân cư thôn", 182, "cộng đồng dân cư thôn"), Q("400.000 đồng", 400000, "đồng")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Quyết định", "1173", "QĐ-UBND", "2020-04-20", "UBND tỉnh", "Quyết định số 1173/QĐ-UBND ngày 20/4/2020")],
[prov("Thừa Thiên Huế"), com("Hồng Hạ"), com("Hương Nguyên"), com("A Roàng")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ >> Tin hoạt động >> An sinh xã hội",
 "Ảnh: Đại diện Ủy ban MTTQ tỉnh trao quà cho thành viên tổ bảo vệ rừng xã Hồng Hạ.", "Vì người nghèo", "5 không",
 "Quỹ Bảo vệ và Phát triển rừng tỉnh", "Covid-19", "Số lượt xem: 1.093"],
["08.05.2020 | 10:30", "năm 2019", "4 tháng đầu năm 2020", "5 không", "Covid-19", "Số lượt xem: 1.093"]))

PAGES.append(page("b4071-quangbinh-minhhoa-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH
Bạn đang xem: Trang chủ / Dân vận các cấp / Huyện, thành, thị
Cập nhật lúc 17:20 ngày 24/12/2021
Minh Hóa: Hơn 1.300 hộ đồng bào Chứt nhận khoán bảo vệ rừng
Ngày 22/12/2021, Ban Dân vận Huyện ủy Minh Hóa phối hợp với Ban quản lý rừng phòng hộ Minh Hóa tổ chức hội nghị tổng kết công tác dân vận trong giao khoán, bảo vệ và phát triển rừng năm 2021. Đồng chí Đinh Xuân Lợi, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy và đồng chí Trương Công Hậu, Giám đốc Ban quản lý rừng phòng hộ Minh Hóa đồng chủ trì.
Toàn cảnh hội nghị. Ảnh: Ngọc Mai
Minh Hóa là huyện vùng cao biên giới của tỉnh Quảng Bình, có độ che phủ rừng trên 80%. Năm 2021, thực hiện Nghị định 156/2018/NĐ-CP của Chính phủ và Nghị quyết số 09-NQ/HU ngày 15/3/2021 của Ban Chấp hành Đảng bộ huyện, toàn huyện đã giao khoán bảo vệ 27.830 ha rừng cho hơn 1.300 hộ đồng bào Chứt (các nhóm Mày, Rục, Sách, Mã Liềng, A Rem) và 21 cộng đồng bản; tổng kinh phí chi trả trên 8,3 tỷ đồng, tăng 12% so với năm 2020. Các tổ bảo vệ rừng bản đã phối hợp Đồn Biên phòng Cà Xèng, Đồn Biên phòng Cha Lo tổ chức 236 đợt tuần tra, phát hiện 18 vụ vi phạm, tịch thu 26,5 m3 gỗ.
Đồng chí Đinh Xuân Lợi phát biểu tại hội nghị.
Đặc biệt, mô hình "Mỗi tổ bảo vệ rừng một mô hình sinh kế" của Hội Nông dân huyện đã giúp 86 hộ nhận khoán nuôi bò, trồng cây ba kích tím dưới tán rừng, thu nhập bình quân mỗi hộ khoảng 35 triệu đồng/năm. Khối dân vận vận động người dân bản Ón, bản Yên Hợp trồng mới 145 ha rừng gỗ lớn.
Tại hội nghị, ông Cao Văn Thia, người có uy tín bản Ón, xã Dân Hóa chia sẻ: "Giữ rừng là giữ nguồn nước, giữ nhà cho con cháu người Chứt". Bà Đinh Thị Ơn, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Trọng Hóa đề nghị tăng thêm kinh phí cho tổ tuần tra vì nhiều tuyến đường ra biên giới phải đi bộ 2 ngày. Ông Hồ Văn Hoàn, Chủ tịch UBND xã Thượng Hóa, kiến nghị sớm giải quyết 9 trường hợp tranh chấp đất rừng giáp ranh.
Phát biểu kết luận, đồng chí Đinh Xuân Lợi đề nghị năm 2022 các cơ quan khối dân vận bám sát Kế hoạch số 55-KH/BDVHU của Ban Dân vận Huyện ủy, vận động các hộ nhận khoán không để xảy ra cháy rừng, phá rừng; tiếp tục nhân rộng phong trào thi đua "Dân vận khéo" trong bảo vệ rừng. Hội nghị tặng giấy khen cho 7 tập thể, 15 cá nhân tiêu biểu, trong đó có 4 tổ bảo vệ rừng bản xuất sắc.
Sau hội nghị, ông Lê Văn Dứt, Hạt trưởng Hạt Kiểm lâm Minh Hóa cho biết từ nay đến Tết Nguyên đán, lực lượng kiểm lâm sẽ cùng tổ bảo vệ rừng bản trực 24/24 giờ tại các chốt trọng điểm để ngăn chặn tình trạng khai thác gỗ trái phép dịp cuối năm.
Hoàng Thắm
Lượt xem: 987
Tin khác
- Tuyên Hóa: vận động nhân dân trồng 500 ha rừng gỗ lớn (15/12/2021)
- Quảng Ninh sơ kết 3 năm thực hiện Chỉ thị 13 (02/12/2021)
- Bố Trạch: ra mắt mô hình "Bản không có người phá rừng" (18/11/2021)
""", "2021-12-24", "Minh Hóa: Hơn 1.300 hộ đồng bào Chứt nhận khoán bảo vệ rừng",
E("tong_ket", "2021", "2021-12-22"),
[P("Đinh Xuân Lợi", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trương Công Hậu", "Giám đốc Ban quản lý rừng phòng hộ Minh Hóa"),
 P("Cao Văn Thia", "người có uy tín bản Ón"),
 P("Đinh Thị Ơn", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Trọng Hóa"),
 P("Hồ Văn Hoàn", "Chủ tịch UBND xã Thượng Hóa"),
 P("Lê Văn Dứt", "Hạt trưởng Hạt Kiểm lâm Minh Hóa")],
[Q("trên 80%", 80, "%", "over"), Q("Hơn 1.300 hộ đồng bào Chứt", 1300, "hộ đồng bào Chứt", "over"), Q("27.830 ha", 27830, "ha"),
 Q("21 cộng đồng bản", 21, "cộng đồng bản"), Q("trên 8,3 tỷ đồng", 8300000000, "đồng", "over"), Q("12%", 12, "%"),
 Q("236 đợt tuần tra", 236, "đợt tuần tra"), Q("18 vụ vi phạm", 18, "vụ vi phạm"), Q("26,5 m3", 26.5, "m3"),
 Q("86 hộ", 86, "hộ"), Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"), Q("145 ha", 145, "ha"),
 Q("9 trường hợp", 9, "trường hợp"), Q("7 tập thể", 7, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu"),
 Q("4 tổ bảo vệ rừng bản xuất sắc", 4, "tổ bảo vệ rừng bản xuất sắc")],
[D("Nghị định", "156", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 156/2018/NĐ-CP"),
 D("Nghị quyết", "09", "NQ/HU", "2021-03-15", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 09-NQ/HU ngày 15/3/2021"),
 D("Kế hoạch", "55", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch số 55-KH/BDVHU")],
[prov("Quảng Bình"), com("Dân Hóa"), com("Trọng Hóa"), com("Thượng Hóa")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH", "Bạn đang xem: Trang chủ / Dân vận các cấp / Huyện, thành, thị", "Toàn cảnh hội nghị. Ảnh: Ngọc Mai",
 "Đồng chí Đinh Xuân Lợi phát biểu tại hội nghị.", "Mỗi tổ bảo vệ rừng một mô hình sinh kế", "Dân vận khéo",
 "Đồn Biên phòng Cà Xèng", "Lượt xem: 987"],
["Cập nhật lúc 17:20 ngày 24/12/2021", "năm 2021", "năm 2020", "năm 2022", "2 ngày", "24/24 giờ", "Lượt xem: 987"]))

PAGES.append(page("b4072-laocai-sapa-soket-2022", """
BÁO LÀO CAI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai
Chính trị » Xây dựng Đảng » Công tác dân vận
Thứ Sáu, 15/07/2022, 08:05
Người Mông, người Dao ở Sa Pa giữ rừng bằng hương ước
LCĐT - Ngày 13/7, Ban Dân vận Thị ủy Sa Pa phối hợp với Ban quản lý rừng phòng hộ thị xã và Hạt Kiểm lâm tổ chức hội nghị sơ kết 6 tháng đầu năm 2022 công tác vận động nhân dân tham gia quản lý, bảo vệ rừng, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Tẩn Thị Chiêu, Thị ủy viên, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị xã chủ trì hội nghị.
Đại biểu các xã tham quan rừng cộng đồng thôn Sín Chải. Ảnh: Lê Nam
Theo báo cáo, thực hiện Nghị quyết số 10-NQ/TU ngày 18/2/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển lâm nghiệp bền vững và hướng dẫn số 05-HD/BDVTU của Ban Dân vận Tỉnh ủy, 6 tháng qua khối dân vận thị xã đã vận động 100% thôn có rừng đưa nội dung bảo vệ rừng vào hương ước, quy ước. Ban quản lý rừng phòng hộ đã ký hợp đồng khoán bảo vệ 9.460 ha rừng phòng hộ với 42 cộng đồng thôn và 1.875 hộ gia đình người Mông, Dao, Giáy, Xá Phó, mức khoán 400.000 đồng/ha/năm; đã chi trả đợt 1 trên 2,1 tỷ đồng.
Hưởng ứng Đề án trồng một tỷ cây xanh theo Quyết định số 524/QĐ-TTg ngày 1/4/2021 của Thủ tướng Chính phủ, nhân dân các xã đã trồng mới 312 ha rừng, trong đó khoảng 60 ha cây gỗ lớn bản địa như pơ mu, sa mộc, vối thuốc. Nhờ làm tốt công tác vận động, 6 tháng đầu năm không xảy ra cháy rừng; số vụ vi phạm lâm luật giảm còn 6 vụ, chủ yếu là chặt cây làm nhà.
Hội nghị đã nghe ông Lý Láo San, Bí thư Chi bộ kiêm Trưởng thôn Sín Chải, xã Tả Van chia sẻ cách làm: thôn lập 4 nhóm hộ giữ rừng, mỗi nhóm 10 hộ luân phiên đi rừng, hộ nào phát nương vào rừng phòng hộ phải trồng lại và nộp phạt theo hương ước. Các ông Sùng A Chá, Vàng A Dình, Tẩn Láo Lở - người có uy tín xã Bản Hồ cho biết đã vận động 17 hộ trả lại 8,4 ha đất rừng lấn chiếm trước đây.
Ông Giàng A Chư, Phó Giám đốc Ban quản lý rừng phòng hộ thị xã Sa Pa đề nghị các xã phối hợp rà soát ranh giới khoán, nhất là ở khu vực giáp Vườn quốc gia Hoàng Liên, nơi vẫn còn tình trạng khai thác thảo quả dưới tán rừng làm suy giảm rừng.
Kết luận hội nghị, đồng chí Tẩn Thị Chiêu yêu cầu 6 tháng cuối năm nhân rộng mô hình "Thôn Sín Chải giữ rừng bằng hương ước" ra ít nhất 10 thôn; đẩy mạnh phong trào thi đua "Dân vận khéo" gắn với phát triển du lịch cộng đồng, giúp người dân có thu nhập từ rừng mà không phá rừng.
Hội nghị đã biểu dương 3 tập thể, 9 cá nhân tiêu biểu trong công tác vận động nhân dân bảo vệ rừng.
Lê Nam
Lượt đọc: 1.532
Tin liên quan
- Bát Xát: 15.000 cây giống hỗ trợ người dân trồng rừng (08/07/2022)
- Văn Bàn: ra mắt tổ bảo vệ rừng cộng đồng thôn Nà Bó (29/06/2022)
- Lào Cai chi trả trên 100 tỷ đồng dịch vụ môi trường rừng (17/06/2022)
""", "2022-07-15", "Người Mông, người Dao ở Sa Pa giữ rừng bằng hương ước",
E("so_ket", "2022-H1", "2022-07-13"),
[P("Tẩn Thị Chiêu", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Lý Láo San", "Bí thư Chi bộ kiêm Trưởng thôn Sín Chải"),
 P("Sùng A Chá", "người có uy tín xã Bản Hồ"),
 P("Vàng A Dình", "người có uy tín xã Bản Hồ"),
 P("Tẩn Láo Lở", "người có uy tín xã Bản Hồ"),
 P("Giàng A Chư", "Phó Giám đốc Ban quản lý rừng phòng hộ thị xã Sa Pa")],
[Q("100%", 100, "%"), Q("9.460 ha", 9460, "ha"), Q("42 cộng đồng thôn", 42, "cộng đồng thôn"),
 Q("1.875 hộ gia đình người Mông, Dao, Giáy, Xá Phó", 1875, "hộ gia đình người Mông, Dao, Giáy, Xá Phó"), Q("400.000 đồng", 400000, "đồng"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("312 ha", 312, "ha"), Q("khoảng 60 ha", 60, "ha", "approx"),
 Q("6 vụ", 6, "vụ"), Q("4 nhóm hộ giữ rừng", 4, "nhóm hộ giữ rừng"), Q("10 hộ", 10, "hộ"), Q("17 hộ", 17, "hộ"),
 Q("8,4 ha", 8.4, "ha"), Q("ít nhất 10 thôn", 10, "thôn", "over"), Q("3 tập thể", 3, "tập thể"), Q("9 cá nhân tiêu biểu", 9, "cá nhân tiêu biểu")],
[D("Nghị quyết", "10", "NQ/TU", "2021-02-18", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 18/2/2021"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 05-HD/BDVTU"),
 D("Quyết định", "524", "QĐ-TTg", "2021-04-01", "Thủ tướng Chính phủ", "Quyết định số 524/QĐ-TTg ngày 1/4/2021")],
[prov("Lào Cai"), com("Tả Van"), com("Bản Hồ")],
["BÁO LÀO CAI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai", "Chính trị » Xây dựng Đảng » Công tác dân vận", "LCĐT",
 "Đại biểu các xã tham quan rừng cộng đồng thôn Sín Chải. Ảnh: Lê Nam", "Đề án trồng một tỷ cây xanh", "Vườn quốc gia Hoàng Liên",
 "Thôn Sín Chải giữ rừng bằng hương ước", "Dân vận khéo", "Lượt đọc: 1.532"],
["Thứ Sáu, 15/07/2022, 08:05", "6 tháng đầu năm 2022", "6 tháng cuối năm", "đợt 1", "một tỷ cây xanh", "Lượt đọc: 1.532"]))
