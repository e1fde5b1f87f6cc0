from lib import *
PAGES = []

PAGES.append(page("b9659-daklak-btg-hoithi-bcv-2017", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ › Chính trị › Xây dựng Đảng
27/10/2017 - 17:40
Ảnh: Ban Tổ chức trao giải Nhất cho thí sinh.
Người kể chuyện thời sự bằng tiếng Êđê đoạt giải Nhất Hội thi báo cáo viên giỏi
(Baodaklak) - Tối 26/10, Ban Tuyên giáo Tỉnh ủy Đắk Lắk tổ chức chung kết và trao giải Hội thi báo cáo viên, tuyên truyền viên giỏi năm 2017. Sau 2 vòng thi, 18 thí sinh xuất sắc nhất từ 15 huyện, thị xã, thành phố và các đảng ủy trực thuộc đã tranh tài ở vòng chung kết.
Giải Nhất thuộc về thí sinh H'Yơn Niê, tuyên truyền viên buôn Ako Dhông, phường Tân Lợi, với phần thi thuyết trình về Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị Trung ương 4 (khóa XII) bằng cả tiếng Việt và tiếng Êđê. Giải Nhì được trao cho thí sinh Lê Thị Mỹ Hạnh, báo cáo viên Huyện ủy Krông Pắc; 2 giải Ba thuộc về thí sinh Y Ngoan Mlô, Phó Bí thư Đoàn xã Ea Tu, và thí sinh Nguyễn Văn Toàn, Phó Trưởng Ban Tuyên giáo Huyện ủy Cư M'gar.
Phát biểu bế mạc, đồng chí Tô Thị Hồng Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng Ban Tổ chức hội thi cho biết, hội thi được tổ chức theo Kế hoạch số 118-KH/BTGTU ngày 15/6/2017 của Ban Tuyên giáo Tỉnh ủy, thu hút 246 thí sinh dự vòng sơ khảo ở cơ sở. Qua hội thi, nhiều báo cáo viên trẻ, người đồng bào dân tộc thiểu số đã trưởng thành, có khả năng nói chuyện thời sự sinh động, gần gũi với bà con buôn làng.
Theo Ban Tổ chức, tổng giá trị giải thưởng là 52 triệu đồng; giải Nhất được nhận 8 triệu đồng, giải Nhì 6 triệu đồng. Ban Tổ chức cũng trao 6 giải khuyến khích và giải phụ "Thí sinh trả lời ứng xử hay nhất".
Ông Y Bhim Êban, Trưởng Ban Tuyên giáo Huyện ủy Buôn Đôn, thành viên Ban Giám khảo, nhận xét phần thi năm nay có nhiều tình huống sát thực tế: giải thích cho người dân về giá cà phê, về tranh chấp đất đai, về việc một số người nghe theo tổ chức phản động "Nhà nước Đêga" ở nước ngoài.
Đồng chí Tô Thị Hồng Hạnh đề nghị các cấp ủy quan tâm hơn đến đội ngũ báo cáo viên cơ sở, bố trí kinh phí cho hoạt động tuyên truyền miệng, đưa các thí sinh đoạt giải tham gia các đợt nói chuyện chuyên đề ở buôn làng.
Hội thi là dịp để các báo cáo viên, tuyên truyền viên giao lưu, học hỏi kinh nghiệm, đổi mới phương pháp tuyên truyền miệng; đồng thời tìm kiếm những nhân tố tích cực để bổ sung vào đội ngũ báo cáo viên các cấp. Nhiều thí sinh sử dụng hình ảnh, video minh họa, lồng ghép câu chuyện của chính buôn làng mình.
Hoài Thu
Lượt đọc: 2.140
Tin khác
- Ban Tuyên giáo Tỉnh ủy giao ban quý III năm 2017 (12/10/2017)
- Krông Pắc: học tập chuyên đề năm 2017 (29/09/2017)
- Hội nghị báo cáo viên Tỉnh ủy tháng 9/2017 (21/09/2017)
""", "2017-10-27", "Người kể chuyện thời sự bằng tiếng Êđê đoạt giải Nhất Hội thi báo cáo viên giỏi",
E("khac", None, "2017-10-26"),
[P("H'Yơn Niê", "tuyên truyền viên buôn Ako Dhông"),
 P("Lê Thị Mỹ Hạnh", "báo cáo viên Huyện ủy Krông Pắc"),
 P("Y Ngoan Mlô", "Phó Bí thư Đoàn xã Ea Tu"),
 P("Nguyễn Văn Toàn", "Phó Trưởng Ban Tuyên giáo Huyện ủy Cư M'gar"),
 P("Tô Thị Hồng Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng Ban Tổ chức hội thi"),
 P("Y Bhim Êban", "Trưởng Ban Tuyên giáo Huyện ủy Buôn Đôn", "thành viên Ban Giám khảo")],
[Q("18 thí sinh", 18, "thí sinh"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("2 giải Ba", 2, "giải Ba"), Q("246 thí sinh", 246, "thí sinh"), Q("52 triệu đồng", 52000000, "đồng"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("6 triệu đồng", 6000000, "đồng"), Q("6 giải khuyến khích", 6, "giải khuyến khích")],
[D("Nghị quyết", "04", "NQ/TW", "2016-10-30", "Hội nghị Trung ương 4 (khóa XII)", "Nghị quyết số 04-NQ/TW ngày 30/10/2016"),
 D("Kế hoạch", "118", "KH/BTGTU", "2017-06-15", "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 118-KH/BTGTU ngày 15/6/2017")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tu")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ › Chính trị › Xây dựng Đảng", "Ảnh: Ban Tổ chức trao giải Nhất cho thí sinh.", "(Baodaklak)",
 "Thí sinh trả lời ứng xử hay nhất", "Nhà nước Đêga", "Lượt đọc: 2.140"],
["27/10/2017 - 17:40", "2 vòng thi", "năm 2017", "khóa XII", "Lượt đọc: 2.140"]))

PAGES.append(page("b9660-hatinh-btg-baocao-dlxh-2018", """
Cổng thông tin điện tử Đảng bộ tỉnh Hà Tĩnh
Tin tức >> Công tác tuyên giáo >> Dư luận xã hội
Thứ Sáu, 23/11/2018 - 08:30
Dư luận xã hội năm 2018: người dân quan tâm nhất đến ô nhiễm môi trường và giá cả
Ban Tuyên giáo Tỉnh ủy Hà Tĩnh vừa ban hành Báo cáo số 215-BC/BTGTU ngày 20/11/2018 tổng hợp kết quả điều tra dư luận xã hội năm 2018 về tình hình kinh tế - xã hội và công tác xây dựng Đảng trên địa bàn tỉnh.
Cuộc điều tra được thực hiện theo Kế hoạch số 64-KH/BTGTU ngày 12/3/2018, với 1.500 phiếu hỏi phát ra tại 30 xã, phường, thị trấn đại diện cho các vùng miền núi, đồng bằng, ven biển; thu về 1.462 phiếu hợp lệ. Mạng lưới 142 cộng tác viên dư luận xã hội của tỉnh tham gia thu thập thông tin.
Kết quả cho thấy, 78,5% người được hỏi hài lòng với kết quả xây dựng nông thôn mới; 64,2% đánh giá công tác phòng, chống tham nhũng có chuyển biến. Vấn đề người dân quan tâm nhiều nhất là ô nhiễm môi trường (71,3%), tiếp đến là giá cả hàng hóa, vật tư nông nghiệp (58,6%) và việc làm cho lao động trẻ (47%).
Về việc thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 (khóa XII) về sắp xếp tổ chức bộ máy, 82% ý kiến đồng tình với chủ trương sáp nhập thôn, tổ dân phố. Trong năm, toàn tỉnh đã sáp nhập 1.004 thôn, tổ dân phố thành 547 thôn, tổ dân phố mới. Một bộ phận người dân ở các thôn sáp nhập còn băn khoăn về vị trí nhà văn hóa và chế độ cán bộ thôn dôi dư.
Báo cáo cũng phản ánh, dư luận bức xúc với tình trạng "tín dụng đen" ở một số địa phương; đã có 26 vụ việc được cơ quan chức năng thụ lý.
Trao đổi về kết quả điều tra, đồng chí Phạm Đình Luân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, cho biết Ban sẽ tham mưu Thường trực Tỉnh ủy chỉ đạo các ngành tập trung giải quyết những vấn đề người dân quan tâm. Đồng chí Lê Văn Sơn, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy cũng đề nghị đẩy mạnh tuyên truyền về các dự án thu hút đầu tư để người dân hiểu, đồng thuận.
Theo bà Phan Thị Hòa, cộng tác viên dư luận xã hội xã Cẩm Lĩnh, ở vùng ven biển, bà con vẫn còn lo lắng về việc đánh bắt gần bờ và thu nhập của các hộ làm muối.
Kết quả điều tra được gửi đến các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, các sở, ban, ngành và cấp ủy các huyện, thị xã, thành phố làm căn cứ trong lãnh đạo, chỉ đạo năm 2019.
Thu Hà
Số lượt truy cập: 3.580
Tin liên quan
- Hội nghị báo cáo viên Tỉnh ủy tháng 11/2018 (15/11/2018)
- Tập huấn nghiệp vụ cho cộng tác viên dư luận xã hội (26/10/2018)
- Hương Khê: giao ban công tác tuyên giáo quý III (05/10/2018)
""", "2018-11-23", "Dư luận xã hội năm 2018: người dân quan tâm nhất đến ô nhiễm môi trường và giá cả",
E("bao_cao", "2018", "2018-11-20"),
[P("Phạm Đình Luân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lê Văn Sơn", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
 P("Phan Thị Hòa", "cộng tác viên dư luận xã hội xã Cẩm Lĩnh")],
[Q("1.500 phiếu hỏi", 1500, "phiếu hỏi"), Q("30 xã, phường, thị trấn", 30, "xã, phường, thị trấn"),
 Q("1.462 phiếu hợp lệ", 1462, "phiếu hợp lệ"), Q("142 cộng tác viên dư luận xã hội", 142, "cộng tác viên dư luận xã hội"),
 Q("78,5%", 78.5, "%"), Q("64,2%", 64.2, "%"), Q("71,3%", 71.3, "%"), Q("58,6%", 58.6, "%"), Q("47%", 47, "%"),
 Q("82%", 82, "%"), Q("1.004 thôn, tổ dân phố", 1004, "thôn, tổ dân phố"), Q("547 thôn, tổ dân phố mới", 547, "thôn, tổ dân phố"),
 Q("26 vụ việc", 26, "vụ việc")],
[D("Báo cáo", "215", "BC/BTGTU", "2018-11-20", "Ban Tuyên giáo Tỉnh ủy", "Báo cáo số 215-BC/BTGTU ngày 20/11/2018"),
 D("Kế hoạch", "64", "KH/BTGTU", "2018-03-12", None, "Kế hoạch số 64-KH/BTGTU ngày 12/3/2018"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Hội nghị Trung ương 6 (khóa XII)", "Nghị quyết số 18-NQ/TW"),
 D("Nghị quyết", "19", "NQ/TW", "2017-10-25", "Hội nghị Trung ương 6 (khóa XII)", "Nghị quyết số 19-NQ/TW ngày 25/10/2017")],
[prov("Hà Tĩnh"), com("Cẩm Lĩnh")],
["Cổng thông tin điện tử Đảng bộ tỉnh Hà Tĩnh", "Tin tức >> Công tác tuyên giáo >> Dư luận xã hội", "tín dụng đen",
 "Số lượt truy cập: 3.580"],
["Thứ Sáu, 23/11/2018 - 08:30", "năm 2018", "năm 2019", "khóa XII", "Số lượt truy cập: 3.580"]))

PAGES.append(page("b9661-binhduong-btg-giaoban-t9-2019", """
BÁO BÌNH DƯƠNG ONLINE
Thời sự - Chính trị / Xây dựng Đảng
Ngày 04/10/2019 | 09:15
Giao ban công tác tuyên giáo tháng 9: tập trung định hướng dư luận về đại hội đảng bộ cơ sở
(BDO) Chiều 3/10, Ban Tuyên giáo Tỉnh ủy Bình Dương tổ chức giao ban công tác tuyên giáo tháng 9/2019 với ban tuyên giáo 9 huyện, thị, thành ủy và 4 đảng ủy trực thuộc. Đồng chí Mai Văn Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 9, ngành Tuyên giáo đã hướng dẫn tuyên truyền đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ 2020 - 2025 theo Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị; tổ chức 2 hội nghị báo cáo viên với 720 đại biểu dự; phát hành 15.000 cuốn tài liệu sinh hoạt chi bộ.
Qua 118 cộng tác viên dư luận xã hội, dư luận quan tâm đến tình hình thu nhập của công nhân khi một số doanh nghiệp giảm đơn hàng; tình trạng ngập nước cục bộ sau mưa lớn ở thành phố Thủ Dầu Một; vụ cháy nhà xưởng tại một khu công nghiệp. Nhiều ý kiến đồng tình với việc tỉnh đầu tư đường Vành đai 4.
Đồng chí Nguyễn Thị Kim Oanh, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, thông tin thêm: thực hiện Kế hoạch 21, 22-KH/BTGTU về đấu tranh phản bác quan điểm sai trái trên không gian mạng, các đơn vị đã phát hiện 312 tài khoản đăng tải thông tin xấu, độc; đề nghị gỡ bỏ 87 bài viết, video.
Các ý kiến tại giao ban phản ánh khó khăn trong việc tuyên truyền ở khu nhà trọ đông công nhân. Đồng chí Phạm Văn Chánh, Trưởng Ban Tuyên giáo Thị ủy Dĩ An, đề xuất thành lập tổ tuyên truyền tại các khu nhà trọ; đồng chí Lý Thị Hồng Nhung, Phó Bí thư Đảng ủy phường Tân Đông Hiệp, cho biết phường đã lập 14 nhóm Zalo để cung cấp thông tin cho công nhân thuê trọ.
Kết luận giao ban, đồng chí Mai Văn Hưng yêu cầu tháng 10 tập trung tuyên truyền kỷ niệm 90 năm Ngày thành lập Hội Nông dân Việt Nam; chủ động nắm tình hình tư tưởng trước đại hội; xử lý nghiêm việc đưa tin sai sự thật. Đồng chí cũng lưu ý các huyện biên chế đủ cán bộ tuyên giáo, phấn đấu mỗi xã, phường có ít nhất 2 cộng tác viên dư luận xã hội.
Bên cạnh đó, các đơn vị cần đổi mới hình thức tuyên truyền, tăng cường sử dụng mạng xã hội, bản tin nội bộ doanh nghiệp; phối hợp với công đoàn các khu công nghiệp cung cấp thông tin cho người lao động, nhất là lao động từ các tỉnh khác đến làm việc.
Phan Hằng
Lượt xem: 998
Tin cùng chuyên mục
- Bàu Bàng: hội nghị báo cáo viên quý III (26/09/2019)
- Tọa đàm về công tác dư luận xã hội trong doanh nghiệp (18/09/2019)
- Ban Tuyên giáo Tỉnh ủy giao ban tháng 8 (05/09/2019)
- Thuận An triển khai học tập chuyên đề năm 2019 (28/08/2019)
""", "2019-10-04", "Giao ban công tác tuyên giáo tháng 9: tập trung định hướng dư luận về đại hội đảng bộ cơ sở",
E("giao_ban", "2019-09", "2019-10-03"),
[P("Mai Văn Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Thị Kim Oanh", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Phạm Văn Chánh", "Trưởng Ban Tuyên giáo Thị ủy Dĩ An"),
 P("Lý Thị Hồng Nhung", "Phó Bí thư Đảng ủy phường Tân Đông Hiệp")],
[Q("9 huyện, thị, thành ủy", 9, "huyện, thị, thành ủy"), Q("4 đảng ủy trực thuộc", 4, "đảng ủy trực thuộc"),
 Q("2 hội nghị báo cáo viên", 2, "hội nghị báo cáo viên"), Q("720 đại biểu", 720, "đại biểu"),
 Q("15.000 cuốn tài liệu sinh hoạt chi bộ", 15000, "cuốn tài liệu sinh hoạt chi bộ"),
 Q("118 cộng tác viên dư luận xã hội", 118, "cộng tác viên dư luận xã hội"), Q("312 tài khoản", 312, "tài khoản"),
 Q("87 bài viết, video", 87, "bài viết, video"), Q("14 nhóm Zalo", 14, "nhóm Zalo"),
 Q("ít nhất 2 cộng tác viên dư luận xã hội", 2, "cộng tác viên dư luận xã hội", "over")],
[D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Kế hoạch", "21", "KH/BTGTU", None, None, "Kế hoạch 21, 22-KH/BTGTU"),
 D("Kế hoạch", "22", "KH/BTGTU", None, None, "Kế hoạch 21, 22-KH/BTGTU")],
[prov("Bình Dương"), com("Tân Đông Hiệp")],
["BÁO BÌNH DƯƠNG ONLINE", "Thời sự - Chính trị / Xây dựng Đảng", "(BDO)", "Lượt xem: 998", "Vành đai 4"],
["Ngày 04/10/2019 | 09:15", "tháng 9/2019", "nhiệm kỳ 2020 - 2025", "90 năm", "tháng 10", "Vành đai 4"]))

PAGES.append(page("b9662-camau-btg-traoqua-covid-2020", """
BAN TUYÊN GIÁO TỈNH ỦY CÀ MAU
Trang chủ - Tin hoạt động - An sinh xã hội
Thứ Sáu, 17/04/2020, 15:30
Chung tay cùng người dân vượt qua dịch COVID-19
Đồng chí Trần Hoàng Phúc trao quà cho hộ nghèo xã Tân Hưng Đông.
Ban Tuyên giáo Tỉnh ủy trao 300 phần quà cho hộ khó khăn do ảnh hưởng dịch bệnh
Ngày 16/4/2020, Ban Tuyên giáo Tỉnh ủy Cà Mau phối hợp với Ủy ban MTTQ Việt Nam huyện Cái Nước trao 300 phần quà cho hộ nghèo, hộ cận nghèo, lao động mất việc do ảnh hưởng của dịch COVID-19 tại xã Tân Hưng Đông và xã Hưng Mỹ.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá 180 triệu đồng, do cán bộ, công chức Ban Tuyên giáo Tỉnh ủy đóng góp cùng sự hỗ trợ của các nhà hảo tâm. Việc trao quà được tổ chức theo từng nhóm nhỏ, giữ khoảng cách theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.
Đồng chí Trần Hoàng Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, ân cần thăm hỏi, động viên bà con yên tâm thực hiện các biện pháp phòng, chống dịch; không tin, không chia sẻ thông tin sai sự thật trên mạng xã hội. Đồng chí cho biết, từ đầu mùa dịch, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Hướng dẫn 09-HD/TU về tuyên truyền phòng, chống dịch; chỉ đạo 1.320 báo cáo viên, tuyên truyền viên đến từng ấp, khóm thông tin cho người dân.
Cùng dự có đồng chí Huỳnh Thị Diễm, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, và đồng chí Tô Minh Kha, Phó Chủ tịch UBND huyện Cái Nước.
Theo đồng chí Đỗ Văn Thảo, Bí thư Đảng ủy xã Tân Hưng Đông, toàn xã có 412 hộ nghèo và cận nghèo; từ ngày 1/4 đến nay đã có trên 250 lao động từ Thành phố Hồ Chí Minh và Bình Dương trở về địa phương. Xã đã tiếp nhận 5 tấn gạo từ "ATM gạo" của các mạnh thường quân.
Bà Lâm Thị Út, ấp Tân Hòa, xã Hưng Mỹ, có chồng mất việc ở công ty thủy sản, xúc động nói: "Có gạo, có tiền, gia đình tôi yên tâm ở nhà chống dịch".
Cũng trong tháng 4, ngành Tuyên giáo tỉnh tổ chức khảo sát nhanh dư luận trong nhân dân về gói hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ; kết quả cho thấy phần lớn người được hỏi đồng tình, mong sớm nhận hỗ trợ.
Đồng chí Trần Hoàng Phúc đề nghị cấp ủy, chính quyền xã rà soát kỹ, không để sót đối tượng khó khăn; kịp thời phản ánh những băn khoăn của nhân dân để tỉnh có hướng giải quyết.
Hoàng Vũ
Lượt xem: 1.475
Tin liên quan
- Hội nghị báo cáo viên trực tuyến tháng 4/2020 (10/04/2020)
- Ngọc Hiển: tuyên truyền phòng chống dịch bằng xe loa lưu động (03/04/2020)
- Phát hiện, xử lý 7 trường hợp đưa tin sai sự thật về dịch bệnh (27/03/2020)
""", "2020-04-17", "Ban Tuyên giáo Tỉnh ủy trao 300 phần quà cho hộ khó khăn do ảnh hưởng dịch bệnh",
E("trao_qua", None, "2020-04-16"),
[P("Trần Hoàng Phúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Huỳnh Thị Diễm", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Tô Minh Kha", "Phó Chủ tịch UBND huyện Cái Nước"),
 P("Đỗ Văn Thảo", "Bí thư Đảng ủy xã Tân Hưng Đông"),
 P("Lâm Thị Út")],
[Q("300 phần quà", 300, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("1.320 báo cáo viên, tuyên truyền viên", 1320, "báo cáo viên, tuyên truyền viên"),
 Q("412 hộ nghèo và cận nghèo", 412, "hộ nghèo và cận nghèo"), Q("trên 250 lao động", 250, "lao động", "over"),
 Q("5 tấn gạo", 5, "tấn")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Hướng dẫn", "09", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn 09-HD/TU"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020")],
[prov("Cà Mau"), com("Tân Hưng Đông"), com("Hưng Mỹ")],
["BAN TUYÊN GIÁO TỈNH ỦY CÀ MAU", "Trang chủ - Tin hoạt động - An sinh xã hội", "Chung tay cùng người dân vượt qua dịch COVID-19",
 "Đồng chí Trần Hoàng Phúc trao quà cho hộ nghèo xã Tân Hưng Đông.", "ATM gạo", "Lượt xem: 1.475"],
["Thứ Sáu, 17/04/2020, 15:30", "COVID-19", "tháng 4", "Lượt xem: 1.475"]))

PAGES.append(page("b9663-ninhthuan-btg-soket-2021", """
Báo Ninh Thuận Online
Chính trị > Xây dựng Đảng > Tuyên giáo
2021-07-16 10:20
Toàn cảnh hội nghị. Ảnh: Văn Miên
Ban Tuyên giáo Tỉnh ủy triển khai nhiệm vụ những tháng cuối năm
(NTO) Ngày 15-7, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị trực tuyến sơ kết công tác tuyên giáo 6 tháng đầu năm 2021 tại 7 điểm cầu huyện, thành phố. Đồng chí Đàng Thị Kim Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì.
6 tháng qua, ngành Tuyên giáo đã tham mưu tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng cho 100% cán bộ, đảng viên, trong đó hội nghị cấp tỉnh có 1.150 đại biểu dự tại 42 điểm cầu. Công tác tuyên truyền bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 được thực hiện đồng bộ; tỷ lệ cử tri đi bầu đạt 99,6%.
Về công tác nắm dư luận, Ban đã tổng hợp 24 báo cáo nhanh, nhiều nhất là về dịch COVID-19 và đời sống người lao động. Thực hiện Kế hoạch số 115-KH/TU ngày 18/2/2021 của Tỉnh ủy về bảo vệ nền tảng tư tưởng của Đảng theo Nghị quyết 35-NQ/TW, Ban Chỉ đạo 35 của tỉnh đã đăng 2.450 bài viết, tin tức đấu tranh phản bác quan điểm sai trái.
Tại hội nghị, đồng chí Thập Xuân Sang, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, thông tin: công tác tuyên truyền trong đồng bào Chăm, Raglai được chú trọng; đã phối hợp với Hội đồng Sư cả Bà-la-môn giáo tỉnh và Hội đồng Chức sắc Hồi giáo Bani tỉnh vận động chức sắc, tín đồ thực hiện tốt phòng, chống dịch.
Đồng chí Pinăng Thị Hà, Trưởng Ban Tuyên giáo Huyện ủy Bác Ái, cho biết huyện đã biên soạn tài liệu tuyên truyền bằng tiếng Raglai, in 1.800 bản phát cho các thôn. Cả sư Thuận Văn Khiêm, Chủ tịch Hội đồng Sư cả Bà-la-môn giáo tỉnh Ninh Thuận, khẳng định chức sắc sẽ tiếp tục hướng dẫn tín đồ không tụ tập đông người trong các lễ tục.
Các đại biểu cũng thảo luận về cách đưa nghị quyết vào cuộc sống ở vùng đồng bào dân tộc thiểu số: lồng ghép nội dung nghị quyết vào các buổi sinh hoạt cộng đồng, lễ hội truyền thống; phát huy vai trò già làng, người có uy tín.
Chỉ đạo hội nghị, đồng chí Đàng Thị Kim Liên yêu cầu 6 tháng cuối năm tập trung tuyên truyền phòng, chống dịch; triển khai Chỉ thị số 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy; nâng cao chất lượng hội nghị báo cáo viên trực tuyến.
Hạn chế được chỉ ra là việc cung cấp thông tin định hướng có lúc chưa kịp thời, nhất là trên mạng xã hội; lực lượng cộng tác viên dư luận xã hội ở một số xã miền núi còn mỏng, chưa được bồi dưỡng thường xuyên; kinh phí cho công tác tuyên truyền miệng ở cơ sở còn hạn hẹp.
Mỹ Hạnh
Tin cùng chuyên mục
- Hội nghị báo cáo viên trực tuyến tháng 6/2021 (22/06/2021)
- Ninh Phước: học tập chuyên đề năm 2021 (10/06/2021)
- Tuyên truyền bầu cử trong vùng đồng bào Chăm (15/05/2021)
""", "2021-07-16", "Ban Tuyên giáo Tỉnh ủy triển khai nhiệm vụ những tháng cuối năm",
E("so_ket", "2021-H1", "2021-07-15"),
[P("Đàng Thị Kim Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Thập Xuân Sang", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Pinăng Thị Hà", "Trưởng Ban Tuyên giáo Huyện ủy Bác Ái"),
 P("Thuận Văn Khiêm", "Cả sư", "Chủ tịch Hội đồng Sư cả Bà-la-môn giáo tỉnh Ninh Thuận")],
[Q("7 điểm cầu huyện, thành phố", 7, "điểm cầu huyện, thành phố"), Q("100% cán bộ, đảng viên", 100, "%"),
 Q("1.150 đại biểu", 1150, "đại biểu"), Q("42 điểm cầu", 42, "điểm cầu"), Q("99,6%", 99.6, "%"),
 Q("24 báo cáo nhanh", 24, "báo cáo nhanh"), Q("2.450 bài viết, tin tức", 2450, "bài viết, tin tức"),
 Q("1.800 bản", 1800, "bản")],
[D("Kế hoạch", "115", "KH/TU", "2021-02-18", "Tỉnh ủy", "Kế hoạch số 115-KH/TU ngày 18/2/2021"),
 D("Nghị quyết", "35", "NQ/TW", None, None, "Nghị quyết 35-NQ/TW"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05, 06-CT/TU")],
[prov("Ninh Thuận")],
["Báo Ninh Thuận Online", "Chính trị > Xây dựng Đảng > Tuyên giáo", "Toàn cảnh hội nghị. Ảnh: Văn Miên", "(NTO)",
 "Ban Chỉ đạo 35", "Hội đồng Sư cả Bà-la-môn giáo tỉnh", "Hội đồng Chức sắc Hồi giáo Bani tỉnh", "Nghị quyết Đại hội XIII"],
["2021-07-16 10:20", "6 tháng đầu năm 2021", "khóa XV", "nhiệm kỳ 2021 - 2026", "Ban Chỉ đạo 35", "6 tháng cuối năm", "COVID-19", "Đại hội XIII"]))

PAGES.append(page("b9664-langson-btg-giamsat-2022", """
Trang thông tin điện tử Tỉnh ủy Lạng Sơn
Tin tức / Hoạt động của cấp ủy / Kiểm tra - Giám sát
30.09.2022 | 16:05
Giám sát việc thực hiện Nghị quyết 35 về bảo vệ nền tảng tư tưởng của Đảng tại Huyện ủy Văn Lãng
Ngày 29/9/2022, Đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Hoàng Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Văn Lãng về việc thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị và công tác nắm bắt dư luận xã hội năm 2022.
Cuộc giám sát được thực hiện theo Quyết định số 412-QĐ/TU ngày 5/8/2022 và Kế hoạch số 96-KH/TU của Ban Thường vụ Tỉnh ủy. Cùng dự có đồng chí Nông Văn Chiến, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, thành viên đoàn; về phía huyện có đồng chí Lộc Thị Huyền, Bí thư Huyện ủy Văn Lãng.
Báo cáo của Huyện ủy cho thấy, từ năm 2019 đến nay, huyện đã thành lập Ban Chỉ đạo 35 cấp huyện và 17 tổ cơ sở ở các xã, thị trấn; xây dựng lực lượng nòng cốt 165 người tham gia đấu tranh trên mạng xã hội; duy trì 34 trang, nhóm trên mạng xã hội với trên 28.000 thành viên. Mạng lưới cộng tác viên dư luận xã hội có 21 người, năm 2022 gửi 38 báo cáo phản ánh.
Đồng chí Hoàng Văn Đoàn, Trưởng Ban Tuyên giáo Huyện ủy, cho biết dư luận tập trung vào tình hình thông quan hàng hóa qua cửa khẩu Tân Thanh, giá nông sản, và việc thực hiện dự án cao tốc Đồng Đăng - Trà Lĩnh. Ông Lương Văn Hùng, Bí thư Đảng ủy xã Tân Mỹ, phản ánh nhiều người dân làm dịch vụ bốc xếp ở cửa khẩu bị giảm thu nhập.
Đoàn giám sát đánh giá Huyện ủy Văn Lãng đã quan tâm lãnh đạo công tác bảo vệ nền tảng tư tưởng; tuy nhiên việc nắm dư luận ở các xã vùng sâu còn chậm, một số tổ cơ sở hoạt động chưa đều, chất lượng tin bài đấu tranh còn hạn chế, nhất là tin bài bằng tiếng Tày, tiếng Nùng.
Phát biểu kết luận, đồng chí Hoàng Thị Minh Nguyệt đề nghị Huyện ủy tiếp tục quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương, nâng cao chất lượng lực lượng nòng cốt; phấn đấu đến hết năm 2022 có 100% xã, thị trấn có cộng tác viên dư luận xã hội; phát huy vai trò người có uy tín trong đồng bào Tày, Nùng, Dao.
Đoàn giám sát cũng đề nghị huyện kịp thời nắm bắt tâm tư của người dân vùng biên giới; chủ động cung cấp thông tin chính thống, không để kẻ xấu lợi dụng những khó khăn về đời sống để kích động, lôi kéo.
Ngọc Mai
Lượt truy cập: 1.209
Tin khác
- Ban Tuyên giáo Tỉnh ủy giao ban quý III/2022 (23/09/2022)
- Hội nghị báo cáo viên cấp tỉnh tháng 9 (15/09/2022)
- Tràng Định: tập huấn cho lực lượng nòng cốt đấu tranh trên mạng (08/09/2022)
""", "2022-09-30", "Giám sát việc thực hiện Nghị quyết 35 về bảo vệ nền tảng tư tưởng của Đảng tại Huyện ủy Văn Lãng",
E("giam_sat", "2022", "2022-09-29"),
[P("Hoàng Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nông Văn Chiến", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "thành viên đoàn"),
 P("Lộc Thị Huyền", "Bí thư Huyện ủy Văn Lãng"),
 P("Hoàng Văn Đoàn", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Lương Văn Hùng", "Bí thư Đảng ủy xã Tân Mỹ")],
[Q("17 tổ cơ sở", 17, "tổ cơ sở"), Q("165 người", 165, "người"), Q("34 trang, nhóm", 34, "trang, nhóm"),
 Q("trên 28.000 thành viên", 28000, "thành viên", "over"), Q("21 người", 21, "người"), Q("38 báo cáo", 38, "báo cáo"),
 Q("100% xã, thị trấn", 100, "%")],
[D("Nghị quyết", "35", "NQ/TW", "2018-10-22", "Bộ Chính trị", "Nghị quyết số 35-NQ/TW ngày 22/10/2018"),
 D("Quyết định", "412", "QĐ/TU", "2022-08-05", "Ban Thường vụ Tỉnh ủy", "Quyết định số 412-QĐ/TU ngày 5/8/2022"),
 D("Kế hoạch", "96", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU"),
 D("Kết luận", "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương", "Kết luận số 21-KL/TW ngày 25/10/2021")],
[prov("Lạng Sơn"), com("Tân Mỹ")],
["Trang thông tin điện tử Tỉnh ủy Lạng Sơn", "Tin tức / Hoạt động của cấp ủy / Kiểm tra - Giám sát", "Ban Chỉ đạo 35",
 "Lượt truy cập: 1.209", "Đồng Đăng - Trà Lĩnh"],
["30.09.2022 | 16:05", "năm 2022", "từ năm 2019", "Ban Chỉ đạo 35", "Nghị quyết 35", "Lượt truy cập: 1.209"]))
