from lib import *
PAGES = []

PAGES.append(page("b6227-baclieu-ubnd-mttq-doithoai-2017", """
BÁO BẠC LIÊU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bạc Liêu
Thời sự | Chính trị | Dân tộc - Tôn giáo
15/11/2017 - 10:05
Lãnh đạo tỉnh đối thoại với đồng bào Hoa năm 2017
Sáng 14/11, UBND tỉnh phối hợp Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu tổ chức hội nghị đối thoại với người có uy tín, ban quản trị các hội quán, chùa người Hoa năm 2017. Đồng chí Trần Quốc Nghĩa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và bà Lâm Thị Thanh Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Các đại biểu dự hội nghị đối thoại.
Bạc Liêu hiện có hơn 20.000 người Hoa, tập trung ở thành phố Bạc Liêu, thị xã Giá Rai và huyện Vĩnh Lợi, với 52 cơ sở tín ngưỡng do người Hoa quản lý. Tại hội nghị, 146 đại biểu đã nêu 23 ý kiến, kiến nghị, tập trung vào thủ tục cấp giấy chứng nhận quyền sử dụng đất cho hội quán, việc dạy chữ Hoa và hỗ trợ vốn cho hộ kinh doanh nhỏ.
Ông Tô Quang Diệu, Trưởng ban quản trị Hội quán Triều Châu, phường 3, đề nghị sớm cấp giấy chứng nhận cho phần đất 1.200 m2 mà hội quán sử dụng ổn định hơn 80 năm. Ông Lâm Chánh Hỷ, người có uy tín ấp Xóm Lớn, thị trấn Châu Hưng, phản ánh nhiều gia đình muốn cho con học thêm chữ Hoa nhưng chỉ có 12 lớp dạy chữ Hoa trong toàn tỉnh. Ông Thạch Sô Phênh, người có uy tín ấp Giồng Me, xã Vĩnh Trạch, đề nghị nâng cấp tuyến đường dẫn vào chùa.
Ông Huỳnh Văn Đực, Giám đốc Sở Tài nguyên và Môi trường và ông Trương Bửu Lâm, Giám đốc Sở Giáo dục và Đào tạo đã trả lời trực tiếp 16 ý kiến. Sở Tài nguyên và Môi trường cho biết sẽ rà soát theo Quyết định số 1108/QĐ-UBND ngày 2/6/2017 của UBND tỉnh về cấp giấy chứng nhận cho cơ sở tôn giáo, tín ngưỡng; ngành giáo dục sẽ mở thêm 5 lớp từ năm học tới.
Phát biểu kết luận, đồng chí Trần Quốc Nghĩa ghi nhận trong 5 năm qua đồng bào Hoa đã đóng góp trên 8,5 tỷ đồng cho các công trình phúc lợi, an sinh xã hội; yêu cầu các sở, ngành thực hiện nghiêm Chỉ thị 62-CT/TW của Bộ Chính trị, Nghị định số 92/2012/NĐ-CP của Chính phủ và Kế hoạch 86, 87-KH/TU của Tỉnh ủy về công tác dân tộc, tôn giáo; các ý kiến chưa trả lời phải có văn bản gửi người dân trước ngày 15/12/2017.
Bà Lâm Thị Thanh Huyền đề nghị Mặt trận các cấp tiếp tục phát huy vai trò ban quản trị hội quán trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; giám sát việc giải quyết kiến nghị sau đối thoại.
Dịp này, UBND tỉnh tặng bằng khen cho 9 tập thể và 14 cá nhân người Hoa có nhiều đóng góp cho địa phương; mỗi tập thể được thưởng 2 triệu đồng.
Hữu Thọ
Tin liên quan
- Giá Rai: gặp mặt ban quản trị hội quán nhân dịp Tết Trùng cửu (20/10/2017)
- Ủy ban MTTQ tỉnh trao 200 căn nhà đại đoàn kết (05/10/2017)
- Lễ hội Nghinh Ông Gành Hào thu hút hàng nghìn lượt khách (12/04/2017)
- Hội nghị người có uy tín trong đồng bào Khmer năm 2017 (25/08/2017)
""", "2017-11-15", "Lãnh đạo tỉnh đối thoại với đồng bào Hoa năm 2017",
E("doi_thoai", "2017", "2017-11-14"),
[P("Trần Quốc Nghĩa", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lâm Thị Thanh Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tô Quang Diệu", "Trưởng ban quản trị Hội quán Triều Châu"),
 P("Lâm Chánh Hỷ", "người có uy tín ấp Xóm Lớn"),
 P("Thạch Sô Phênh", "người có uy tín ấp Giồng Me"),
 P("Huỳnh Văn Đực", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Trương Bửu Lâm", "Giám đốc Sở Giáo dục và Đào tạo")],
[Q("hơn 20.000 người Hoa", 20000, "người Hoa", "over"), Q("52 cơ sở tín ngưỡng", 52, "cơ sở tín ngưỡng"),
 Q("146 đại biểu", 146, "đại biểu"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("1.200 m2", 1200, "m2"),
 Q("12 lớp dạy chữ Hoa", 12, "lớp dạy chữ Hoa"), Q("16 ý kiến", 16, "ý kiến"), Q("5 lớp", 5, "lớp"),
 Q("trên 8,5 tỷ đồng", 8500000000, "đồng", "over"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "1108", "QĐ-UBND", "2017-06-02", "UBND tỉnh", "Quyết định số 1108/QĐ-UBND ngày 2/6/2017"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP"),
 D("Kế hoạch", "86", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 86, 87-KH/TU"),
 D("Kế hoạch", "87", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 86, 87-KH/TU")],
[prov("Bạc Liêu"), com("phường 3"), com("Châu Hưng"), com("Vĩnh Trạch")],
["BÁO BẠC LIÊU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bạc Liêu", "Thời sự | Chính trị | Dân tộc - Tôn giáo",
 "Các đại biểu dự hội nghị đối thoại.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Hội quán Triều Châu"],
["15/11/2017 - 10:05", "hơn 80 năm", "5 năm", "năm 2017"]))

PAGES.append(page("b6228-dongnai-mttq-hoiquan-taphuan-2018", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ >> Hoạt động Mặt trận >> Dân tộc - Tôn giáo
Thứ Hai, 16/04/2018 - 15:30
Ông Voòng Sau Sáng phát biểu tại lớp tập huấn.
Tập huấn nghiệp vụ cho ban quản trị các hội quán, miếu người Hoa
Trong 2 ngày 12 và 13/4/2018, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp Ban Dân tộc tỉnh tổ chức lớp tập huấn năm 2018 cho 160 học viên là thành viên ban quản trị các hội quán, miếu, chùa của người Hoa và cán bộ Mặt trận các xã, phường có đông đồng bào Hoa. Bà Phạm Thị Kim Hoàng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu khai mạc.
Đồng Nai hiện có khoảng 100.000 người Hoa, trong đó có nhóm Hoa Nùng ở huyện Định Quán, Xuân Lộc; toàn tỉnh có hơn 130 hội quán, miếu, chùa do người Hoa quản lý, nhiều nơi là di tích cấp quốc gia như Thất Phủ cổ miếu ở phường Hòa Bình, thành phố Biên Hòa.
Tại lớp tập huấn, các học viên được nghe 3 chuyên đề: Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều của Luật; quản lý, sử dụng tiền công đức tại cơ sở tín ngưỡng; vai trò của ban quản trị trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa". Báo cáo viên là TS. Hà Minh Tuấn, Phó Trưởng khoa Dân vận Trường Chính trị tỉnh và ông Diệp Quốc Cường, Trưởng phòng Tôn giáo Ban Dân tộc - Tôn giáo tỉnh.
Chia sẻ tại lớp, ông Voòng Sau Sáng, Trưởng ban quản trị miếu Quan Đế xã Túc Trưng, cho biết năm 2017 miếu đã thu gần 420 triệu đồng tiền công đức, công khai thu chi hằng quý và dành 35% cho hoạt động từ thiện. Bà Dìu Cắm Lìn, Chủ tịch Ủy ban MTTQ Việt Nam xã Xuân Lập, đề nghị tăng thời lượng hướng dẫn thủ tục đăng ký lễ hội.
Theo Kế hoạch số 05/KH-MTTQ-BTT ngày 10/1/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm 2018 sẽ mở 4 lớp cho khoảng 600 lượt học viên. Trước đó, UBND tỉnh đã ban hành Quyết định số 1050, 1051/QĐ-UBND về công nhận ban quản trị và quy chế hoạt động của các cơ sở tín ngưỡng người Hoa.
Bế mạc lớp tập huấn, bà Phạm Thị Kim Hoàng đề nghị các học viên vận dụng kiến thức vào thực tiễn, thực hiện tốt Chỉ thị 62-CT/TW của Bộ Chính trị về công tác người Hoa; phấn đấu đến cuối năm 2018 có 86% cơ sở tín ngưỡng người Hoa thực hiện công khai tài chính. Cuối lớp, 100% học viên làm bài thu hoạch đạt yêu cầu.
Tùng Lâm
Tin liên quan
- Xuân Lộc: gặp mặt người có uy tín đồng bào Hoa Nùng (30/03/2018)
- Biên Hòa tổ chức lễ hội chùa Ông rằm tháng Giêng (05/03/2018)
- Trao 500 suất quà Tết cho hộ nghèo dân tộc thiểu số (08/02/2018)
- Tổng kết công tác Mặt trận năm 2017 (22/12/2017)
""", "2018-04-16", "Tập huấn nghiệp vụ cho ban quản trị các hội quán, miếu người Hoa",
E("tap_huan", "2018", "2018-04-12"),
[P("Phạm Thị Kim Hoàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Minh Tuấn", "TS.", "Phó Trưởng khoa Dân vận Trường Chính trị tỉnh"),
 P("Diệp Quốc Cường", "Trưởng phòng Tôn giáo Ban Dân tộc - Tôn giáo tỉnh"),
 P("Voòng Sau Sáng", "Trưởng ban quản trị miếu Quan Đế xã Túc Trưng"),
 P("Dìu Cắm Lìn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Xuân Lập")],
[Q("160 học viên", 160, "học viên"), Q("khoảng 100.000 người Hoa", 100000, "người Hoa", "approx"),
 Q("hơn 130 hội quán, miếu, chùa", 130, "hội quán, miếu, chùa", "over"), Q("3 chuyên đề", 3, "chuyên đề"),
 Q("gần 420 triệu đồng", 420000000, "đồng", "approx"), Q("35%", 35, "%"), Q("4 lớp", 4, "lớp"),
 Q("khoảng 600 lượt học viên", 600, "lượt học viên", "approx"), Q("86%", 86, "%"), Q("100%", 100, "%")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Kế hoạch", "05", "KH-MTTQ-BTT", "2018-01-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 05/KH-MTTQ-BTT ngày 10/1/2018"),
 D("Quyết định", "1050", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1050, 1051/QĐ-UBND"),
 D("Quyết định", "1051", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1050, 1051/QĐ-UBND"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW")],
[prov("Đồng Nai"), com("Hòa Bình"), com("Túc Trưng"), com("Xuân Lập")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ >> Hoạt động Mặt trận >> Dân tộc - Tôn giáo",
 "Ông Voòng Sau Sáng phát biểu tại lớp tập huấn.", "Luật Tín ngưỡng, tôn giáo", "Thất Phủ cổ miếu",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa"],
["Thứ Hai, 16/04/2018 - 15:30", "2 ngày", "năm 2018", "năm 2017"]))

PAGES.append(page("b6229-cantho-mttq-hoiquan-giamsat-2019", """
Báo Cần Thơ Online
Chính trị » Mặt trận - Đoàn thể
Thứ Năm, 20/06/2019 - 08:50
Đoàn giám sát làm việc tại Quảng Triệu hội quán.
Giám sát việc quản lý, trùng tu các hội quán người Hoa
Ngày 18/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ do ông Trần Thanh Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã giám sát việc quản lý, sử dụng nguồn công đức và trùng tu các hội quán, chùa của người Hoa tại quận Ninh Kiều, theo chương trình giám sát năm 2019.
Cùng đi có các thành viên đoàn: Nguyễn Thị Mỹ Dung, Trịnh Quốc Vĩ - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố. Tiếp đoàn có ông Hầu Văn Phúc, Phó Chủ tịch UBND quận Ninh Kiều và ông Lý Minh Quang, Trưởng ban quản trị Quảng Triệu hội quán.
Theo báo cáo, thành phố có khoảng 22.000 người Hoa và 18 hội quán, chùa do người Hoa quản lý, trong đó 6 cơ sở ở phường Tân An. Từ năm 2017 đến nay, Quảng Triệu hội quán đã huy động hơn 2,3 tỷ đồng từ bà con trong và ngoài nước để trùng tu chánh điện, lát mới 1.200 m2 sân; các khoản thu chi được niêm yết công khai hằng tháng. Năm 2018, các hội quán trên địa bàn quận đã trích 640 triệu đồng giúp 320 hộ nghèo và 45 học sinh có hoàn cảnh khó khăn.
Qua giám sát, đoàn nhận thấy các ban quản trị đã thực hiện cơ bản đúng Nghị định số 162/2017/NĐ-CP của Chính phủ; tuy nhiên việc đăng ký hoạt động tín ngưỡng hằng năm ở 4 cơ sở còn chậm, hồ sơ trùng tu di tích chưa được thẩm định đầy đủ. Đoàn đã nêu 5 kiến nghị với UBND quận và các ban quản trị.
Ông Trần Thanh Bình cho biết, cuộc giám sát được thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN và Kế hoạch số 12/KH-MTTQ-BTT ngày 25/2/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố. Sau Ninh Kiều, đoàn sẽ giám sát tại quận Ô Môn, phường Thới Long.
Phát biểu tại buổi làm việc, ông Hầu Văn Phúc cho biết quận đã cử 2 cán bộ theo dõi công tác tín ngưỡng ở mỗi phường, năm 2019 tổ chức 3 hội nghị tuyên truyền cho ban quản trị các hội quán; quận sẽ tiếp thu đầy đủ các kiến nghị của đoàn và báo cáo kết quả khắc phục trước ngày 30/9/2019.
Ông Lý Minh Quang đề nghị thành phố hỗ trợ kinh phí tu bổ mái ngói đã xuống cấp, ước tính khoảng 800 triệu đồng, và hướng dẫn thủ tục tổ chức lễ vía Quan Thánh Đế Quân năm 2020 với quy mô trên 3.000 người.
Thanh Ngân
Tin liên quan
- Ủy ban MTTQ thành phố giám sát thực hiện chính sách người có uy tín (30/05/2019)
- Ninh Kiều: trao 150 phần quà cho người Hoa khó khăn (08/02/2019)
- Hội nghị phản biện dự thảo quy hoạch khu đô thị (16/04/2019)
- Lễ hội Nguyên tiêu tại chùa Ông (19/02/2019)
""", "2019-06-20", "Giám sát việc quản lý, trùng tu các hội quán người Hoa",
E("giam_sat", "2019", "2019-06-18"),
[P("Trần Thanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Thị Mỹ Dung", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Trịnh Quốc Vĩ", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Hầu Văn Phúc", "Phó Chủ tịch UBND quận Ninh Kiều"),
 P("Lý Minh Quang", "Trưởng ban quản trị Quảng Triệu hội quán")],
[Q("khoảng 22.000 người Hoa", 22000, "người Hoa", "approx"), Q("18 hội quán, chùa", 18, "hội quán, chùa"), Q("6 cơ sở", 6, "cơ sở"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("1.200 m2", 1200, "m2"), Q("640 triệu đồng", 640000000, "đồng"),
 Q("320 hộ nghèo", 320, "hộ nghèo"), Q("45 học sinh", 45, "học sinh"), Q("4 cơ sở", 4, "cơ sở"), Q("5 kiến nghị", 5, "kiến nghị"), Q("2 cán bộ", 2, "cán bộ"), Q("3 hội nghị tuyên truyền", 3, "hội nghị tuyên truyền"),
 Q("khoảng 800 triệu đồng", 800000000, "đồng", "approx"), Q("trên 3.000 người", 3000, "người", "over")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2019-02-25", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 12/KH-MTTQ-BTT ngày 25/2/2019")],
[prov("Cần Thơ"), com("Tân An"), com("Thới Long")],
["Báo Cần Thơ Online", "Chính trị » Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại Quảng Triệu hội quán.",
 "Quảng Triệu hội quán", "Quan Thánh Đế Quân"],
["Thứ Năm, 20/06/2019 - 08:50", "năm 2019", "Năm 2018", "năm 2020", "năm 2017"]))

PAGES.append(page("b6230-lamdong-bdv-nguoihoa-baocao-2020", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ › Tin tức › Dân tộc - Tôn giáo
Thứ Sáu, 18/12/2020 - 14:10
Đồng bào Hoa ở Lâm Đồng chung tay phòng, chống dịch Covid-19
Ban Dân vận Tỉnh ủy Lâm Đồng vừa ban hành Báo cáo số 86-BC/BDVTU ngày 15/12/2020 đánh giá kết quả công tác vận động đồng bào Hoa năm 2020. Báo cáo do đồng chí Lương Thị Tuyết Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy ký.
Theo báo cáo, Lâm Đồng có khoảng 6.000 người Hoa với 1.460 hộ, sống chủ yếu ở thành phố Đà Lạt, thành phố Bảo Lộc và huyện Di Linh; có 11 hội quán, miếu do ban quản trị người Hoa quản lý. Năm 2020, thực hiện Chỉ thị số 15/CT-TTg và Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, các hội quán đã tạm dừng lễ vía, Tết Nguyên tiêu; vận động bà con ủng hộ 2,4 tỷ đồng, 12.000 khẩu trang y tế và 35 tấn gạo cho công tác phòng, chống dịch. Có 96,8% hộ người Hoa được công nhận gia đình văn hóa.
Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch 124, 125-KH/BDVTU về khảo sát đời sống đồng bào Hoa và về tổng kết 25 năm thực hiện Chỉ thị 62-CT/TW của Bộ Chính trị về công tác người Hoa; phối hợp với Ban Dân tộc tỉnh tổ chức gặp mặt 64 người tiêu biểu là người Hoa, người K'Ho, Mạ.
Báo cáo nêu một số điển hình: ông Thái Văn Xương, Trưởng ban quản trị Hội quán Quảng Đông phường 1, thành phố Đà Lạt, vận động xây 3 căn nhà tình thương; bà Ka Sê, Phó Trưởng Ban Dân tộc tỉnh, chỉ đạo hỗ trợ 210 hộ đồng bào dân tộc thiểu số bị ảnh hưởng dịch; ông K'Brôi, Chủ tịch Ủy ban MTTQ Việt Nam xã Đinh Trang Thượng, cùng ông Giang Hỷ Phúc, người có uy tín thôn 4, phối hợp phát 800 suất quà, mỗi suất trị giá 250.000 đồng.
Bên cạnh kết quả, báo cáo chỉ rõ việc nắm tình hình người Hoa có thân nhân ở nước ngoài còn hạn chế; một số nơi chưa có cán bộ biết tiếng Hoa. Năm 2021, Ban đề ra mục tiêu tổ chức ít nhất 2 hội nghị gặp mặt người có uy tín, bồi dưỡng cho 120 cán bộ dân vận cơ sở theo Quy chế công tác dân vận ban hành kèm Quyết định số 290-QĐ/TW của Bộ Chính trị; phấn đấu 97% hộ người Hoa đạt gia đình văn hóa.
Cũng theo báo cáo, trong năm các cấp đã tiếp nhận 7 đơn thư của người Hoa, chủ yếu về đất đai, đã giải quyết xong 6 đơn.
Đồng chí Lương Thị Tuyết Nhung đề nghị Ban Dân vận các huyện ủy, thành ủy bám sát báo cáo để xây dựng chương trình công tác năm 2021; các hội quán tổ chức Tết Nguyên đán Tân Sửu gọn nhẹ, an toàn.
Phòng Dân tộc - Tôn giáo
Lượt truy cập: 45.612
Tin liên quan
- Giao ban khối dân vận quý IV năm 2020 (10/12/2020)
- Di Linh: tặng quà người có uy tín (25/11/2020)
- Bảo Lộc: hội quán người Hoa trao học bổng cho học sinh (12/09/2020)
- Hội nghị biểu dương điển hình "Dân vận khéo" (28/08/2020)
""", "2020-12-18", "Đồng bào Hoa ở Lâm Đồng chung tay phòng, chống dịch Covid-19",
E("bao_cao", "2020", "2020-12-15"),
[P("Lương Thị Tuyết Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thái Văn Xương", "Trưởng ban quản trị Hội quán Quảng Đông phường 1"),
 P("Ka Sê", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("K'Brôi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đinh Trang Thượng"),
 P("Giang Hỷ Phúc", "người có uy tín thôn 4")],
[Q("khoảng 6.000 người Hoa", 6000, "người Hoa", "approx"), Q("1.460 hộ", 1460, "hộ"), Q("11 hội quán, miếu", 11, "hội quán, miếu"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("12.000 khẩu trang y tế", 12000, "khẩu trang y tế"), Q("35 tấn", 35, "tấn"),
 Q("96,8%", 96.8, "%"), Q("64 người tiêu biểu", 64, "người tiêu biểu"), Q("3 căn nhà tình thương", 3, "căn nhà tình thương"),
 Q("210 hộ đồng bào dân tộc thiểu số", 210, "hộ đồng bào dân tộc thiểu số"), Q("800 suất quà", 800, "suất quà"),
 Q("250.000 đồng", 250000, "đồng"), Q("ít nhất 2 hội nghị", 2, "hội nghị", "over"), Q("120 cán bộ dân vận cơ sở", 120, "cán bộ dân vận cơ sở"),
 Q("97%", 97, "%"), Q("7 đơn thư", 7, "đơn thư"), Q("6 đơn", 6, "đơn")],
[D("Báo cáo", "86", "BC/BDVTU", "2020-12-15", "Ban Dân vận Tỉnh ủy Lâm Đồng", "Báo cáo số 86-BC/BDVTU ngày 15/12/2020"),
 D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 15/CT-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Kế hoạch", "124", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 124, 125-KH/BDVTU"),
 D("Kế hoạch", "125", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 124, 125-KH/BDVTU"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Lâm Đồng"), com("phường 1"), com("Đinh Trang Thượng")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ › Tin tức › Dân tộc - Tôn giáo", "Lượt truy cập: 45.612", "Phòng Dân tộc - Tôn giáo",
 "Hội quán Quảng Đông", "Covid-19"],
["Thứ Sáu, 18/12/2020 - 14:10", "năm 2020", "25 năm", "Năm 2021", "Lượt truy cập: 45.612", "thôn 4", "Tân Sửu"]))

PAGES.append(page("b6231-langson-nguoihoa-guongsang-2021", """
BÁO LẠNG SƠN ĐIỆN TỬ
Xã hội / Gương sáng / Người tốt việc tốt
Thứ Ba, 12/10/2021
Ông Hoàng Sám Phu (bên phải) trao đổi với cán bộ Mặt trận thị trấn.
Người Hoa ở Đồng Đăng "giữ lửa" tình làng nghĩa xóm
Trong cộng đồng gần 500 người Hoa ở thị trấn Đồng Đăng, huyện Cao Lộc, ông Hoàng Sám Phu, 74 tuổi, Bí thư Chi bộ kiêm Trưởng khối 5, là người được bà con tin cậy. Hơn 30 năm làm công tác cơ sở, ông luôn là cầu nối giữa cấp ủy, chính quyền với đồng bào Hoa, Nùng, Tày nơi biên giới xứ Lạng. Theo Ban Dân tộc tỉnh Lạng Sơn, toàn tỉnh hiện có khoảng 2.100 người Hoa, sống rải rác ở 9 huyện, thành phố, đông nhất ở Cao Lộc, Lộc Bình và Văn Lãng.
Ông Phu kể, khi thị trấn mở rộng đường Lê Lợi năm 2019, nhiều hộ còn băn khoăn về đền bù. Ông cùng Ban công tác Mặt trận khối đến từng nhà vận động, tự nguyện hiến 350 m2 đất của gia đình. Nhờ đó, 12 hộ người Hoa và 27 hộ dân khác đồng thuận bàn giao mặt bằng, giúp công trình hoàn thành sớm 3 tháng.
Bà Lành Thị Nhì, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Đồng Đăng, cho biết năm 2020 - 2021, khi dịch Covid-19 bùng phát, ông Phu vận động con cháu và các hộ người Hoa trong khối ủng hộ 15 triệu đồng, 2 tấn gạo cho chốt kiểm soát dịch ở cửa khẩu; tham gia tuyên truyền Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ đến 186 hộ trong khối.
Theo đồng chí Hoàng Văn Pảo, Phó Trưởng Ban Dân vận Huyện ủy Cao Lộc, ông Hoàng Sám Phu là một trong 38 người có uy tín của huyện được hưởng chính sách theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ. Ông cũng là 1 trong 5 cá nhân được UBND tỉnh tặng bằng khen năm 2020 vì có thành tích trong thực hiện Chỉ thị 62-CT/TW của Bộ Chính trị về công tác người Hoa.
Không chỉ vận động bà con, ông Phu còn gìn giữ nếp sinh hoạt của người Hoa: mỗi dịp Tết Thanh minh, ông cùng các cụ trong dòng họ Hoàng, họ Lục tổ chức dọn vệ sinh nghĩa trang, dạy con cháu hát sơn ca. Khối 5 nhiều năm liền có 100% hộ đạt gia đình văn hóa, không có người vi phạm pháp luật.
Đồng chí Vy Thị Thoa, Phó Bí thư Thường trực Đảng ủy thị trấn Đồng Đăng, cho biết Đảng ủy đang triển khai Kế hoạch số 31-KH/ĐU ngày 20/3/2021 về nhân rộng cách làm hay trong phong trào "Dân vận khéo", trong đó có cách làm của khối 5; đồng thời đề xuất Huyện ủy biểu dương ông Phu tại hội nghị tổng kết cuối năm.
Bài, ảnh: Minh Hằng
Tin liên quan
- Cao Lộc: 25 mô hình "Dân vận khéo" được công nhận (05/10/2021)
- Người có uy tín góp sức giữ bình yên biên giới (22/09/2021)
- Lộc Bình: hỗ trợ hộ nghèo người Hoa phát triển kinh tế (10/09/2021)
- Văn Lãng tăng cường công tác phòng chống dịch tại cửa khẩu (01/09/2021)
""", "2021-10-12", "Người Hoa ở Đồng Đăng \"giữ lửa\" tình làng nghĩa xóm",
E("khac", None, None),
[P("Hoàng Sám Phu", "Bí thư Chi bộ kiêm Trưởng khối 5"),
 P("Lành Thị Nhì", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Đồng Đăng"),
 P("Hoàng Văn Pảo", "Phó Trưởng Ban Dân vận Huyện ủy Cao Lộc"),
 P("Vy Thị Thoa", "Phó Bí thư Thường trực Đảng ủy thị trấn Đồng Đăng")],
[Q("gần 500 người Hoa", 500, "người Hoa", "approx"), Q("khoảng 2.100 người Hoa", 2100, "người Hoa", "approx"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("350 m2", 350, "m2"), Q("12 hộ người Hoa", 12, "hộ người Hoa"),
 Q("27 hộ dân", 27, "hộ dân"), Q("15 triệu đồng", 15000000, "đồng"), Q("2 tấn", 2, "tấn"), Q("186 hộ", 186, "hộ"),
 Q("38 người có uy tín", 38, "người có uy tín"), Q("5 cá nhân", 5, "cá nhân"), Q("100%", 100, "%")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Kế hoạch", "31", "KH/ĐU", "2021-03-20", "Đảng ủy", "Kế hoạch số 31-KH/ĐU ngày 20/3/2021")],
[prov("Lạng Sơn"), com("Đồng Đăng")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Xã hội / Gương sáng / Người tốt việc tốt", "Ông Hoàng Sám Phu (bên phải) trao đổi với cán bộ Mặt trận thị trấn.",
 "Dân vận khéo", "Covid-19", "Tết Thanh minh"],
["Thứ Ba, 12/10/2021", "74 tuổi", "Hơn 30 năm", "3 tháng", "1 trong 5 cá nhân", "khối 5"]))

PAGES.append(page("b6232-hochiminh-q5-phuong11-giaoban-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN 5
Tin tức - Sự kiện | Phường 11
30 tháng 10, 2022 | 17:45
Đồng chí Tiêu Minh Hào chủ trì buổi giao ban.
Phường 11: giao ban khối dân vận với ban quản trị các hội quán
Chiều 28/10/2022, Đảng ủy Phường 11, Quận 5, Thành phố Hồ Chí Minh tổ chức giao ban khối dân vận tháng 10/2022 với ban quản trị các hội quán, miếu trên địa bàn. Đồng chí Tiêu Minh Hào, Bí thư Đảng ủy phường chủ trì; dự có đồng chí Mã Thị Kim Liên, Phó Bí thư Đảng ủy, Trưởng khối dân vận phường và 32 đại biểu.
Phường 11 có trên 70% dân số là người Hoa với 17 hội quán, miếu, trong đó Hội quán Tuệ Thành là di tích kiến trúc nghệ thuật cấp quốc gia. Trong tháng, các hội quán đã phối hợp với Ủy ban MTTQ Việt Nam phường đóng góp 320 triệu đồng vào Quỹ "Vì người nghèo", trao 87 phần quà cho hộ nghèo, hộ cận nghèo; đón khoảng 15.000 lượt khách tham quan an toàn.
Đồng chí Ông Thiệu Cường, Chủ tịch Ủy ban MTTQ Việt Nam Phường 11, báo cáo kết quả thực hiện Kế hoạch số 45-KH/ĐU ngày 5/10/2022 của Đảng ủy phường về vận động người Hoa tham gia chỉnh trang đô thị: đã có 146 hộ kinh doanh cam kết không lấn chiếm vỉa hè, 9 khu phố ra mắt mô hình "Khu phố văn minh". Ông Âu Vĩnh Phát, Trưởng khu phố 2 và ông Hứa Gia Tài, Trưởng khu phố 4 phản ánh một số hộ còn đốt vàng mã sai nơi quy định.
Ông Lạc Kiến Minh, Trưởng ban quản trị Hội quán Tuệ Thành, đề nghị phường hỗ trợ phương án phòng cháy, chữa cháy cho hội quán trong dịp lễ vía Thiên Hậu năm 2023 với dự kiến trên 20.000 lượt người dự. Bà Dương Mỹ Hoa, Phó Chủ tịch UBND phường, cho biết sẽ phối hợp Đội Cảnh sát PCCC và CNCH quận kiểm tra trước ngày 15/11.
Cũng tại buổi giao ban, bà Quan Ngọc Trân, Trưởng Ban Công tác Mặt trận khu phố 6, chia sẻ cách vận động các gia đình người Hoa tham gia tổ an ninh tự quản: đến nay khu phố có 3 tổ với 42 thành viên, trong tháng đã hòa giải thành 2 vụ việc tranh chấp lối đi chung và giúp 5 hộ khó khăn vay vốn từ quỹ tương trợ của hội quán, mỗi hộ 10 triệu đồng.
Kết luận, đồng chí Tiêu Minh Hào đề nghị khối dân vận tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị, Chỉ thị 62-CT/TW của Bộ Chính trị và Kết luận 01, 02-KL/ĐU của Ban Thường vụ Đảng ủy phường; tháng 11 tập trung vận động 100% hội quán đăng ký hoạt động tín ngưỡng năm 2023.
Ban Tuyên giáo Đảng ủy Phường 11
Tin liên quan
- Quận 5: trao 300 suất học bổng cho học sinh người Hoa (20/10/2022)
- Phường 11 ra mắt tổ dân vận khu phố (07/10/2022)
- Giao ban khối dân vận tháng 9/2022 (29/09/2022)
- Tết Trung thu tại các hội quán (10/09/2022)
""", "2022-10-30", "Phường 11: giao ban khối dân vận với ban quản trị các hội quán",
E("giao_ban", "2022-10", "2022-10-28"),
[P("Tiêu Minh Hào", "Bí thư Đảng ủy phường"),
 P("Mã Thị Kim Liên", "Phó Bí thư Đảng ủy", "Trưởng khối dân vận phường"),
 P("Ông Thiệu Cường", "Chủ tịch Ủy ban MTTQ Việt Nam Phường 11"),
 P("Âu Vĩnh Phát", "Trưởng khu phố 2"),
 P("Hứa Gia Tài", "Trưởng khu phố 4"),
 P("Lạc Kiến Minh", "Trưởng ban quản trị Hội quán Tuệ Thành"),
 P("Dương Mỹ Hoa", "Phó Chủ tịch UBND phường"),
 P("Quan Ngọc Trân", "Trưởng Ban Công tác Mặt trận khu phố 6")],
[Q("32 đại biểu", 32, "đại biểu"), Q("trên 70%", 70, "%", "over"), Q("17 hội quán, miếu", 17, "hội quán, miếu"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("87 phần quà", 87, "phần quà"), Q("khoảng 15.000 lượt khách", 15000, "lượt khách", "approx"),
 Q("146 hộ kinh doanh", 146, "hộ kinh doanh"), Q("9 khu phố", 9, "khu phố"), Q("trên 20.000 lượt người", 20000, "lượt người", "over"),
 Q("100% hội quán", 100, "%"), Q("3 tổ", 3, "tổ"), Q("42 thành viên", 42, "thành viên"),
 Q("2 vụ việc tranh chấp lối đi chung", 2, "vụ việc tranh chấp lối đi chung"), Q("5 hộ khó khăn", 5, "hộ khó khăn"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Kế hoạch", "45", "KH/ĐU", "2022-10-05", "Đảng ủy phường", "Kế hoạch số 45-KH/ĐU ngày 5/10/2022"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Kết luận", "01", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 01, 02-KL/ĐU"),
 D("Kết luận", "02", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 01, 02-KL/ĐU")],
[prov("Hồ Chí Minh"), com("Phường 11")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN 5", "Tin tức - Sự kiện | Phường 11", "Đồng chí Tiêu Minh Hào chủ trì buổi giao ban.",
 "Vì người nghèo", "Khu phố văn minh", "Hội quán Tuệ Thành", "Ban Tuyên giáo Đảng ủy Phường 11"],
["30 tháng 10, 2022 | 17:45", "tháng 10/2022", "năm 2023", "tháng 11", "Quận 5"]))
