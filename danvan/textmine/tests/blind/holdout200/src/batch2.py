from lib import *
PAGES = []

PAGES.append(page("b4763-soctrang-doithoai-2017", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Bạn đang ở: Trang chủ › Tin tức › Dân vận chính quyền
Thứ Sáu, 12/05/2017 - 14:05
Chủ tịch UBND tỉnh đối thoại với nông dân: 58 ý kiến được trả lời tại chỗ
Ngày 10/5/2017, tại huyện Trần Đề, UBND tỉnh phối hợp với Hội Nông dân tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2017. Đồng chí Trần Văn Lượm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì. Cùng dự có đồng chí Lâm Thị Sa Phon, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Thạch Ngọc Sang, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh và lãnh đạo các sở, ngành.
Đồng chí Trần Văn Lượm phát biểu tại hội nghị.
Tham dự hội nghị có 320 đại biểu đến từ khắp các vùng lúa, tôm của tỉnh Sóc Trăng là hội viên nông dân tiêu biểu, trong đó hơn 40% là đồng bào Khmer. Trước hội nghị, Hội Nông dân tỉnh tổng hợp được 74 ý kiến, kiến nghị của nông dân 11 huyện, thị xã, thành phố; tại hội nghị có 58 ý kiến được lãnh đạo UBND tỉnh và các sở, ngành trả lời trực tiếp.
Ông Lý Sà Rươl, ấp Prey Chóp, xã Thạnh Thới An (Trần Đề), phản ánh vụ đông xuân vừa qua nước mặn xâm nhập sớm làm 65 ha lúa của ấp thất thu, đề nghị tỉnh sớm hỗ trợ giống. Ông Kim Sóc Kha, xã Lịch Hội Thượng, đề nghị xây dựng cống ngăn mặn trên kênh Tiếp Nhựt. Bà Trần Thị Bé Năm, ấp Hòa Đông, xã Hòa Tú 1 (Mỹ Xuyên), hỏi về đầu ra cho tôm càng xanh nuôi trong ruộng lúa và chính sách vay vốn không lãi cho hộ cận nghèo.
Trả lời, đồng chí Trần Văn Lượm cho biết tỉnh đã chi 18,4 tỷ đồng hỗ trợ thiệt hại do hạn, mặn theo Quyết định số 142/2009/QĐ-TTg của Thủ tướng Chính phủ, với mức 1 triệu đồng/ha lúa bị thiệt hại trên 70%; giao Sở Nông nghiệp và PTNT khảo sát xây dựng cống Tiếp Nhựt trong kế hoạch năm 2018. Ông Huỳnh Thanh Nhàn, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, cho biết hộ cận nghèo được vay tối đa 50 triệu đồng với lãi suất ưu đãi; đến nay có 9.850 hộ cận nghèo đang vay vốn.
Về đầu ra sản phẩm, các đồng chí Phó Giám đốc Sở Công Thương: Trần Thị Tú, Thạch Pho thông tin tỉnh đã kết nối 6 doanh nghiệp ký hợp đồng bao tiêu lúa đặc sản ST24, tôm càng xanh với các hợp tác xã. 
Kết luận hội nghị, đồng chí Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương thực hiện nghiêm Quy định số 19-QĐ/TU của Tỉnh ủy về trách nhiệm người đứng đầu trong tiếp dân, đối thoại; trả lời bằng văn bản 16 ý kiến còn lại trước ngày 30/6/2017 và gửi Hội Nông dân tỉnh theo dõi. Ban Dân vận Tỉnh ủy sẽ đưa kết quả vào nội dung giao ban khối dân vận quý II.
Hữu Trí
Lượt xem: 1.532
Tin liên quan
- Trần Đề: ra mắt 4 tổ hợp tác trồng lúa - nuôi tôm (05/05/2017)
- Hội nghị tiếp xúc với người có uy tín trong đồng bào Khmer (21/04/2017)
- Ban Dân vận Tỉnh ủy sơ kết quý I/2017 (10/04/2017)
- Hơn 1.000 phần quà tặng đồng bào Khmer dịp Tết Chôl Chnăm Thmây (07/04/2017)
""", "2017-05-12", "Chủ tịch UBND tỉnh đối thoại với nông dân: 58 ý kiến được trả lời tại chỗ",
E("doi_thoai", "2017", "2017-05-10"),
[P("Trần Văn Lượm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lâm Thị Sa Phon", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Ngọc Sang", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lý Sà Rươl"), P("Kim Sóc Kha"), P("Trần Thị Bé Năm"),
 P("Huỳnh Thanh Nhàn", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Trần Thị Tú", "Phó Giám đốc Sở Công Thương"),
 P("Thạch Pho", "Phó Giám đốc Sở Công Thương")],
[Q("58 ý kiến", 58, "ý kiến"), Q("320 đại biểu", 320, "đại biểu"), Q("hơn 40%", 40, "%", "over"),
 Q("74 ý kiến, kiến nghị", 74, "ý kiến, kiến nghị"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("65 ha", 65, "ha"), Q("18,4 tỷ đồng", 18400000000, "đồng"), Q("1 triệu đồng/ha", 1000000, "đồng"),
 Q("trên 70%", 70, "%", "over"), Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("9.850 hộ cận nghèo", 9850, "hộ cận nghèo"),
 Q("6 doanh nghiệp", 6, "doanh nghiệp"), Q("16 ý kiến", 16, "ý kiến")],
[D("Quyết định", "142", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 142/2009/QĐ-TTg"),
 D("Quy định", "19", "QĐ/TU", None, "Tỉnh ủy", "Quy định số 19-QĐ/TU của Tỉnh ủy")],
[prov("Sóc Trăng"), com("Thạnh Thới An"), com("Lịch Hội Thượng"), com("Hòa Tú 1")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Bạn đang ở: Trang chủ › Tin tức › Dân vận chính quyền",
 "Đồng chí Trần Văn Lượm phát biểu tại hội nghị.", "Lượt xem: 1.532", "ST24", "kênh Tiếp Nhựt"],
["Thứ Sáu, 12/05/2017 - 14:05", "năm 2017", "năm 2018", "30/6/2017", "quý II", "ST24", "Lượt xem: 1.532"]))

PAGES.append(page("b4764-laocai-doithoai-2018", """
Báo Lào Cai điện tử
Chính trị » Xây dựng Đảng
Thứ Ba, 24/07/2018 - 07:40
Bát Xát: Người đứng đầu cấp ủy đối thoại với đồng bào vùng cao Y Tý
Ngày 22/7, tại Trung tâm xã Y Tý, Ban Thường vụ Huyện ủy Bát Xát tổ chức hội nghị Bí thư Huyện ủy đối thoại trực tiếp với Nhân dân năm 2018. Đồng chí Giàng Seo Vần, Tỉnh ủy viên, Bí thư Huyện ủy Bát Xát chủ trì; dự có các đồng chí Phó Bí thư Huyện ủy: Lý Văn Thành, Đặng Thị Ngân; đồng chí Phạm Đức Toàn, HUV, Phó Chủ tịch UBND huyện.
Bà con người Hà Nhì, Mông, Dao đến dự đối thoại. Ảnh: Minh Hải
Gần 400 người dân của 4 xã vùng cao Y Tý, A Lù, Ngải Thầu, A Mú Sung đã đến dự. Mở đầu, đồng chí Tẩn Láo Lở, Chủ tịch UBND xã Y Tý, báo cáo tình hình sản xuất: toàn xã có 1.126 hộ, trong đó 612 hộ nghèo, chiếm 54,3%; sau 2 năm thực hiện Nghị quyết số 10-NQ/HU ngày 5/9/2016 của Huyện ủy về phát triển du lịch cộng đồng, đã có 18 hộ làm homestay.
Ông Chù Dì Mé, thôn Choản Thèn, xã Y Tý, hỏi vì sao đường từ thôn vào khu trồng thảo quả mới làm được một nửa đã dừng. Bà Lý Lở Mẩy, thôn Sín Chải, xã Ngải Thầu, đề nghị hỗ trợ giống lúa Séng Cù và trâu sinh sản cho hộ nghèo; ông Ma A Dơ, người có uy tín thôn Phìn Hồ, xã A Lù, nêu 5 hộ trong thôn bị sạt lở đất ở sau trận mưa lũ tháng 6, cần được di dời khẩn cấp.
Trả lời ý kiến, đồng chí Phạm Đức Toàn cho biết đường vào vùng thảo quả dài 6,5 km, tổng mức đầu tư 9 tỷ đồng, đã giải ngân 4,2 tỷ đồng; huyện cam kết hoàn thành trước mùa mưa năm 2019. Đối với các hộ bị sạt lở, huyện đã hỗ trợ mỗi hộ 20 triệu đồng làm nhà tạm và bố trí đất tái định cư; giống lúa, trâu sinh sản được hỗ trợ theo Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết số 84/2016/NQ-HĐND của HĐND tỉnh.
Kết luận, đồng chí Giàng Seo Vần ghi nhận 27 ý kiến tâm huyết của bà con, trong đó 21 ý kiến đã được trả lời tại hội nghị. Đồng chí yêu cầu các cơ quan thực hiện Chỉ thị số 12-CT/HU của Ban Thường vụ Huyện ủy về đối thoại với Nhân dân, trả lời bằng văn bản 6 ý kiến còn lại trong tháng 8; Ủy ban MTTQ huyện và Ban Dân vận Huyện ủy giám sát việc thực hiện các cam kết, báo cáo Thường trực Huyện ủy. Đồng chí cũng đề nghị bà con giữ gìn rừng đầu nguồn, không nghe kẻ xấu xúi giục di cư tự do.
Đồng chí Sần Thị Mai, Trưởng Ban Dân vận Huyện ủy, cho biết năm 2018 Huyện ủy tổ chức 3 hội nghị đối thoại như vậy ở các cụm xã, mỗi hội nghị đều được dịch sang tiếng Mông, tiếng Hà Nhì.
Minh Hải - Thanh Hà
Lượt xem: 642
Tin khác
- Lào Cai: 1.200 người có uy tín được tập huấn (18/07/2018)
- Bát Xát ra mắt mô hình "Dân vận khéo" ở Trịnh Tường (10/07/2018)
- Y Tý: mùa lúa trên ruộng bậc thang (02/07/2018)
""", "2018-07-24", "Bát Xát: Người đứng đầu cấp ủy đối thoại với đồng bào vùng cao Y Tý",
E("doi_thoai", "2018", "2018-07-22"),
[P("Giàng Seo Vần", "Tỉnh ủy viên", "Bí thư Huyện ủy Bát Xát"),
 P("Lý Văn Thành", "Phó Bí thư Huyện ủy"), P("Đặng Thị Ngân", "Phó Bí thư Huyện ủy"),
 P("Phạm Đức Toàn", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Tẩn Láo Lở", "Chủ tịch UBND xã Y Tý"),
 P("Chù Dì Mé"), P("Lý Lở Mẩy"), P("Ma A Dơ", "người có uy tín thôn Phìn Hồ"),
 P("Sần Thị Mai", "Trưởng Ban Dân vận Huyện ủy")],
[Q("Gần 400 người dân", 400, "người dân", "approx"), Q("4 xã vùng cao", 4, "xã vùng cao"), Q("1.126 hộ", 1126, "hộ"),
 Q("612 hộ nghèo", 612, "hộ nghèo"), Q("54,3%", 54.3, "%"), Q("18 hộ", 18, "hộ"), Q("5 hộ", 5, "hộ"),
 Q("6,5 km", 6.5, "km"), Q("9 tỷ đồng", 9000000000, "đồng"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("27 ý kiến", 27, "ý kiến"), Q("21 ý kiến", 21, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"),
 Q("3 hội nghị đối thoại", 3, "hội nghị đối thoại")],
[D("Nghị quyết", "10", "NQ/HU", "2016-09-05", "Huyện ủy", "Nghị quyết số 10-NQ/HU ngày 5/9/2016"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Nghị quyết", "84", "2016/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 84/2016/NQ-HĐND"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 12-CT/HU")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù"), com("Ngải Thầu"), com("A Mú Sung")],
["Báo Lào Cai điện tử", "Chính trị » Xây dựng Đảng", "Bà con người Hà Nhì, Mông, Dao đến dự đối thoại. Ảnh: Minh Hải",
 "Séng Cù", "Lượt xem: 642"],
["Thứ Ba, 24/07/2018 - 07:40", "năm 2018", "2 năm", "tháng 6", "năm 2019", "tháng 8", "Lượt xem: 642"]))

PAGES.append(page("b4765-binhdinh-taphuan-2019", """
HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH
Trang chủ >> Hoạt động Hội >> Tin tức
29.03.2019 | 16:05
Ảnh: Các học viên thảo luận nhóm.
Nâng kỹ năng đối thoại, hòa giải cho cán bộ Hội cơ sở
Trong 2 ngày 27 - 28/3, Hội Nông dân tỉnh Bình Định tổ chức lớp tập huấn kỹ năng tiếp công dân, đối thoại và hòa giải ở cơ sở năm 2019 cho 120 học viên là Chủ tịch, Phó Chủ tịch Hội Nông dân các xã, phường, thị trấn và chi hội trưởng của 4 huyện Tây Sơn, Vĩnh Thạnh, Vân Canh, An Lão.
Dự khai mạc có ông Đinh Văn Hữu, Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh; bà Đinh Thị Bia, Phó Trưởng Ban Dân vận Tỉnh ủy.
Các báo cáo viên: Trần Quang Tuấn, Nguyễn Thị Kim Loan - Phó Chánh Thanh tra tỉnh đã truyền đạt các chuyên đề: Luật Tiếp công dân; trình tự tổ chức hội nghị người đứng đầu đối thoại với nông dân; kỹ năng lắng nghe, ghi nhận và theo dõi kiến nghị sau đối thoại; vai trò của Hội trong giám sát, phản biện xã hội theo Quyết định 217-QĐ/TW của Bộ Chính trị và Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ về phối hợp giữa các cơ quan nhà nước với Hội Nông dân Việt Nam các cấp.
Theo báo cáo, năm 2018 Hội Nông dân các cấp trong tỉnh đã phối hợp tổ chức 86 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nông dân, tiếp nhận 1.015 ý kiến, kiến nghị; đã có 892 kiến nghị được giải quyết, đạt 87,9%. Hội tham gia hòa giải thành 164 vụ việc mâu thuẫn, tranh chấp đất đai trong nông dân.
Chia sẻ tại lớp, ông Đinh Văn Tỏi, Chủ tịch Hội Nông dân xã Vĩnh Sơn (Vĩnh Thạnh), cho biết sau mỗi hội nghị đối thoại, Hội xã lập sổ theo dõi từng kiến nghị của bà con Ba Na; nhờ vậy năm 2018, 31 kiến nghị về nước sinh hoạt, đường sản xuất của xã đều được trả lời. Bà Lê Thị Hồng, Chi hội trưởng Chi hội Nông dân thôn Thượng Giang, xã Tây Giang (Tây Sơn), đề nghị được tập huấn thêm về pháp luật đất đai.
Phát biểu bế giảng, ông Đinh Văn Hữu yêu cầu các học viên vận dụng kiến thức vào thực tiễn; mỗi cơ sở Hội năm 2019 tham mưu ít nhất 1 hội nghị đối thoại, thực hiện tốt Kế hoạch số 46-KH/HNDT ngày 15/1/2019 của Ban Thường vụ Hội Nông dân tỉnh về tham gia giải quyết khiếu nại, tố cáo, hòa giải ở cơ sở. Kết thúc lớp học, 118 học viên đạt yêu cầu được cấp giấy chứng nhận.
Theo Thường trực Hội Nông dân tỉnh, đây là lớp đầu tiên trong chuỗi lớp tập huấn về dân chủ ở cơ sở năm nay; các lớp tiếp theo sẽ mở cho cán bộ Hội ở các huyện đồng bằng và thị xã ven biển.
Hồng Phúc
Lượt truy cập: 9.811
Tin liên quan
- Tây Sơn: Hội Nông dân đối thoại với 300 hội viên (22/03/2019)
- Hội Nông dân tỉnh tổng kết năm 2018 (10/01/2019)
- Vĩnh Thạnh: trao 50 con bò giống cho hộ nghèo Ba Na (28/12/2018)
""", "2019-03-29", "Nâng kỹ năng đối thoại, hòa giải cho cán bộ Hội cơ sở",
E("tap_huan", "2019", "2019-03-27"),
[P("Đinh Văn Hữu", "Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đinh Thị Bia", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quang Tuấn", "Phó Chánh Thanh tra tỉnh"), P("Nguyễn Thị Kim Loan", "Phó Chánh Thanh tra tỉnh"),
 P("Đinh Văn Tỏi", "Chủ tịch Hội Nông dân xã Vĩnh Sơn"),
 P("Lê Thị Hồng", "Chi hội trưởng Chi hội Nông dân thôn Thượng Giang")],
[Q("120 học viên", 120, "học viên"), Q("4 huyện", 4, "huyện"), Q("86 hội nghị đối thoại", 86, "hội nghị đối thoại"),
 Q("1.015 ý kiến, kiến nghị", 1015, "ý kiến, kiến nghị"), Q("892 kiến nghị", 892, "kiến nghị"), Q("87,9%", 87.9, "%"),
 Q("164 vụ việc mâu thuẫn, tranh chấp đất đai", 164, "vụ việc mâu thuẫn, tranh chấp đất đai"), Q("31 kiến nghị", 31, "kiến nghị"),
 Q("ít nhất 1 hội nghị đối thoại", 1, "hội nghị đối thoại", "over"), Q("118 học viên", 118, "học viên")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg"),
 D("Kế hoạch", "46", "KH/HNDT", "2019-01-15", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 46-KH/HNDT ngày 15/1/2019")],
[prov("Bình Định"), com("Vĩnh Sơn"), com("Tây Giang")],
["HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH", "Trang chủ >> Hoạt động Hội >> Tin tức", "Ảnh: Các học viên thảo luận nhóm.",
 "Luật Tiếp công dân", "Lượt truy cập: 9.811"],
["29.03.2019 | 16:05", "2 ngày", "năm 2019", "năm 2018", "Lượt truy cập: 9.811"]))

PAGES.append(page("b4766-thanhhoa-doithoai-2019", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Chính trị - Xã hội / Tin tức
Cập nhật lúc 17:20 ngày 16/10/2019
Lãnh đạo tỉnh trả lời 46 câu hỏi của nông dân
Sáng 15/10, Hội Nông dân tỉnh phối hợp với UBND tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2019. Đồng chí Lê Văn Chiến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Hà Văn Ca, Tỉnh ủy viên, Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh đồng chủ trì hội nghị. Dự có đồng chí Lê Thị Quyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị đối thoại.
Hội nghị có 350 đại biểu là cán bộ Hội và hội viên nông dân tiêu biểu của 27 huyện, thị xã, thành phố. Trước hội nghị, Hội Nông dân tỉnh đã tổng hợp 112 ý kiến, kiến nghị gửi UBND tỉnh; tại hội nghị, 46 câu hỏi được nông dân nêu trực tiếp và được lãnh đạo tỉnh, các sở, ngành trả lời ngay.
Ông Phạm Văn Chiêng, bản Chiềng, xã Thành Sơn (Bá Thước), hỏi về cơ chế hỗ trợ trồng luồng thâm canh và cấp giấy chứng nhận quyền sử dụng đất rừng. Bà Lò Thị Ún, bản Poọng, xã Trung Lý (Mường Lát), phản ánh 47 hộ đồng bào Thái, Mông trong bản chưa có điện lưới quốc gia. Ông Lê Văn Tám, chủ trang trại ở xã Hoằng Đông (Hoằng Hóa), kiến nghị tháo gỡ thủ tục thuê đất công ích để tích tụ ruộng đất.
Trả lời các ý kiến, đồng chí Lê Đình Hải, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết tỉnh đã ban hành quyết định số 5637/QĐ-UBND của UBND tỉnh về chính sách khuyến khích tích tụ, tập trung đất đai; đến nay toàn tỉnh tích tụ được trên 14.000 ha, hình thành 712 trang trại. Năm 2019 ngân sách tỉnh bố trí 412 tỷ đồng thực hiện các chính sách nông nghiệp, trong đó hỗ trợ tới 30% giá trị máy móc cho hợp tác xã. Đại diện Công ty Điện lực Thanh Hóa cam kết đóng điện cho bản Poọng trước ngày 30/12/2019.
Kết luận hội nghị, đồng chí Lê Văn Chiến đề nghị các doanh nghiệp tận dụng chính sách tại Nghị định 57/2018/NĐ-CP của Chính phủ về khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn; yêu cầu người đứng đầu các cấp thực hiện nghiêm Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân. 66 ý kiến chưa trả lời tại hội nghị sẽ được các sở, ngành trả lời bằng văn bản trong 15 ngày và đăng trên Báo Thanh Hóa.
Ông Hà Văn Ca cho biết, Hội Nông dân tỉnh sẽ lập sổ theo dõi, giám sát việc thực hiện các cam kết; năm nay Hội đã phối hợp tổ chức 584 hội nghị đối thoại ở cấp xã và 21 hội nghị ở cấp huyện.
Thu Hằng
Lượt đọc: 4.508
Tin liên quan
- Nông dân Hoằng Hóa làm giàu từ trang trại tổng hợp (10/10/2019)
- Hội Nông dân tỉnh sơ kết 9 tháng năm 2019 (03/10/2019)
- Mường Lát: 47 hộ sắp có điện lưới (25/09/2019)
""", "2019-10-16", "Lãnh đạo tỉnh trả lời 46 câu hỏi của nông dân",
E("doi_thoai", "2019", "2019-10-15"),
[P("Lê Văn Chiến", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hà Văn Ca", "Tỉnh ủy viên", "Bí thư Đảng đoàn", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Quyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Chiêng"), P("Lò Thị Ún"), P("Lê Văn Tám", "chủ trang trại"),
 P("Lê Đình Hải", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("46 câu hỏi", 46, "câu hỏi"), Q("350 đại biểu", 350, "đại biểu"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("112 ý kiến, kiến nghị", 112, "ý kiến, kiến nghị"), Q("47 hộ đồng bào Thái, Mông", 47, "hộ đồng bào Thái, Mông"),
 Q("trên 14.000 ha", 14000, "ha", "over"), Q("712 trang trại", 712, "trang trại"), Q("412 tỷ đồng", 412000000000, "đồng"),
 Q("tới 30%", 30, "%"), Q("66 ý kiến", 66, "ý kiến"), Q("584 hội nghị đối thoại", 584, "hội nghị đối thoại"),
 Q("21 hội nghị", 21, "hội nghị")],
[D("Quyết định", "5637", "QĐ-UBND", None, "UBND tỉnh", "quyết định số 5637/QĐ-UBND"),
 D("Nghị định", "57", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 57/2018/NĐ-CP"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Thanh Hóa"), com("Thành Sơn"), com("Trung Lý"), com("Hoằng Đông")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Chính trị - Xã hội / Tin tức",
 "Quang cảnh hội nghị đối thoại.", "Công ty Điện lực Thanh Hóa", "Lượt đọc: 4.508"],
["Cập nhật lúc 17:20 ngày 16/10/2019", "năm 2019", "30/12/2019", "15 ngày", "Lượt đọc: 4.508"]))

PAGES.append(page("b4767-gialai-doithoai-2020", """
BÁO GIA LAI ĐIỆN TỬ
Vị trí: Trang chủ / Chính trị / Dân tộc - Miền núi
Thứ Sáu, 19/06/2020, 06:00
Ảnh: Già làng phát biểu tại buổi đối thoại.
Bí thư Tỉnh ủy gặp gỡ, đối thoại với 120 người có uy tín vùng biên giới
(GLO) - Chiều 17/6, tại huyện Đức Cơ, đồng chí Trương Văn Nghĩa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã gặp gỡ, đối thoại với 120 già làng, người có uy tín, chức sắc tôn giáo của 3 huyện biên giới Đức Cơ, Chư Prông, Ia Grai. Cùng dự có đồng chí Siu Hồng Minh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Rơ Lan Thị Yên, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Dân tộc HĐND tỉnh.
Mở đầu buổi đối thoại, đồng chí Nguyễn Thị Hải, Trưởng Ban Dân vận Tỉnh ủy, thông tin: toàn tỉnh Gia Lai hiện có 1.643 người có uy tín được công nhận theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ; trong 5 tháng đầu năm, người có uy tín đã vận động 216 hộ trở về sinh hoạt tôn giáo hợp pháp, tham gia hòa giải thành 58 vụ việc tranh chấp.
Già làng Rơ Mah Thương, làng Ia Krêl, xã Ia Dom (Đức Cơ), phản ánh giá hồ tiêu giảm sâu, nhiều hộ vay vốn trồng tiêu nay không trả được nợ. Ông Siu Đen, người có uy tín làng Plei Kly, xã Ia Pnôn, đề nghị làm cầu tràn qua suối Ia Krêl để học sinh đi học mùa mưa an toàn. Bà Ksor H'Thảo, làng Bi, xã Ia Tôr (Chư Prông), đề nghị tăng mức hỗ trợ người có uy tín vì nhiều người đi lại vận động bà con xa.
Trả lời ý kiến, đồng chí Võ Ngọc Thành, Phó Chủ tịch UBND tỉnh cho biết, tỉnh đã chỉ đạo Ngân hàng Chính sách xã hội cơ cấu lại nợ cho 3.218 hộ trồng tiêu; năm 2020 bố trí 2,8 tỷ đồng xây cầu tràn tại xã Ia Pnôn, khởi công trong quý III. Về chế độ, mỗi người có uy tín được hỗ trợ 500.000 đồng/quý và được thăm hỏi khi ốm đau theo quy định.
Phát biểu kết luận, đồng chí Trương Văn Nghĩa cảm ơn các già làng đã giữ vững đoàn kết trong làng, không để kẻ xấu lôi kéo vượt biên. Đồng chí yêu cầu các cấp ủy quán triệt Kết luận 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 24-NQ/TW của BCH Trung ương khóa IX về công tác dân tộc, cùng Chỉ thị 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy về củng cố hệ thống chính trị cơ sở vùng đồng bào; giao Ban Dân vận Tỉnh ủy tổng hợp 19 ý kiến, báo cáo kết quả giải quyết trước ngày 30/7/2020.
Dịp này, đồng chí Bí thư Tỉnh ủy tặng 120 suất quà cho các già làng, người có uy tín, mỗi suất trị giá 1 triệu đồng.
Hoàng Ngọc - Minh Châu
Lượt xem: 3.046
Tin liên quan
- Ia Grai: tập huấn cho 85 người có uy tín (12/06/2020)
- Đức Cơ: Bộ đội biên phòng kết nghĩa với làng đồng bào (05/06/2020)
- Gia Lai: hỗ trợ đồng bào vượt qua dịch Covid-19 (28/05/2020)
""", "2020-06-19", "Bí thư Tỉnh ủy gặp gỡ, đối thoại với 120 người có uy tín vùng biên giới",
E("doi_thoai", None, "2020-06-17"),
[P("Trương Văn Nghĩa", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Siu Hồng Minh", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Lan Thị Yên", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Thị Hải", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Mah Thương", "Già làng"), P("Siu Đen", "người có uy tín làng Plei Kly"), P("Ksor H'Thảo"),
 P("Võ Ngọc Thành", "Phó Chủ tịch UBND tỉnh")],
[Q("120 người có uy tín", 120, "người có uy tín"), Q("3 huyện biên giới", 3, "huyện biên giới"),
 Q("1.643 người có uy tín", 1643, "người có uy tín"), Q("216 hộ", 216, "hộ"),
 Q("58 vụ việc tranh chấp", 58, "vụ việc tranh chấp"), Q("3.218 hộ", 3218, "hộ"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("500.000 đồng/quý", 500000, "đồng"), Q("19 ý kiến", 19, "ý kiến"), Q("120 suất quà", 120, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận 65-KL/TW ngày 30/10/2019"),
 D("Nghị quyết", "24", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 24-NQ/TW"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Pnôn"), com("Ia Tôr")],
["BÁO GIA LAI ĐIỆN TỬ", "Vị trí: Trang chủ / Chính trị / Dân tộc - Miền núi", "Ảnh: Già làng phát biểu tại buổi đối thoại.",
 "(GLO)", "suối Ia Krêl", "Lượt xem: 3.046"],
["Thứ Sáu, 19/06/2020, 06:00", "5 tháng đầu năm", "năm 2020", "quý III", "khóa IX", "30/7/2020", "Lượt xem: 3.046"]))

PAGES.append(page("b4768-haiduong-doithoai-2021", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Thời sự > Chính trị
09/04/2021 | 10:30
Nông dân Chí Linh kiến nghị nhiều vấn đề về tiêu thụ vải thiều sau dịch
Sáng 8/4, UBND thành phố Chí Linh phối hợp với Hội Nông dân thành phố tổ chức hội nghị đối thoại giữa Chủ tịch UBND thành phố với nông dân năm 2021. Ông Nguyễn Văn Quang, Thành ủy viên, Chủ tịch UBND thành phố chủ trì; cùng dự có các ông Phó Chủ tịch UBND thành phố: Vũ Đức Chính, Trần Xuân Hạnh và bà Phạm Thị Thúy, Chủ tịch Hội Nông dân thành phố.
Ông Nguyễn Văn Quang trả lời kiến nghị của nông dân. Ảnh: Kim Huệ
Dự hội nghị có khoảng 150 hội viên nông dân tiêu biểu của 19 phường, xã. Sau đợt dịch Covid-19 đầu năm, nhiều ý kiến lo ngại về đầu ra của vụ vải sắp tới. Ông Nguyễn Văn Hưng, khu dân cư Đông Xá, phường Văn Đức, cho biết gia đình có 2 ha vải, năm ngoái giá vải thiều chỉ còn 12.000 đồng/kg, thấp hơn giá thành. Bà Vũ Thị Mận, thôn Chi Ngãi, phường Cộng Hòa, đề nghị thành phố hỗ trợ chứng nhận VietGAP và tem truy xuất nguồn gốc. Ông Phạm Văn Khoa, Giám đốc Hợp tác xã Nông nghiệp Hoàng Hoa Thám, kiến nghị làm lại tuyến đường nội đồng dài 1,2 km đã xuống cấp.
Trả lời, ông Vũ Đức Chính cho biết năm 2021 thành phố có 2.500 ha vải, sản lượng dự kiến khoảng 18.000 tấn; đã có 310 ha được cấp chứng nhận VietGAP và 5 mã số vùng trồng xuất khẩu. Thành phố đã ban hành kế hoạch số 1204/KH-UBND về tiêu thụ vải thiều, hỗ trợ 50% kinh phí cấp chứng nhận VietGAP theo Nghị quyết số 10/2020/NQ-HĐND của HĐND tỉnh. Tuyến đường nội đồng sẽ được đầu tư 1,6 tỷ đồng ngay trong quý II.
Kết luận hội nghị, ông Nguyễn Văn Quang nhấn mạnh thành phố sẽ thực hiện tốt Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch 25-KH/TU, 26-KH/TU của Ban Thường vụ Tỉnh ủy về đối thoại và tiêu thụ nông sản; giao các phòng chuyên môn trả lời bằng văn bản 14 kiến nghị còn lại trước ngày 30/4. Hội Nông dân thành phố sẽ đồng hành cùng 64 tổ hội nghề nghiệp trồng vải để kết nối bán hàng qua sàn thương mại điện tử.
Theo bà Phạm Thị Thúy, năm 2020 Hội đã giúp nông dân tiêu thụ trên 1.000 tấn vải qua các kênh online, tăng khoảng 15% so với năm 2019.
Đây là năm thứ ba Chí Linh tổ chức đối thoại với nông dân ngay trước vụ thu hoạch. Theo Ban Dân vận Tỉnh ủy Hải Dương, cách làm này giúp chính quyền nắm sát tâm tư của bà con, chuẩn bị sớm phương án tiêu thụ, nhất là khi dịch bệnh còn diễn biến phức tạp và thị trường xuất khẩu chưa ổn định; các kiến nghị đã trả lời được niêm yết công khai tại trụ sở các phường, xã.
Kim Huệ
Lượt xem: 2.116
Tin khác
- Chí Linh: vải thiều được mùa, được giá (20/06/2020)
- Hội Nông dân tỉnh tập huấn bán hàng trực tuyến (25/03/2021)
- Thanh Hà: đối thoại với nông dân trồng vải (18/03/2021)
""", "2021-04-09", "Nông dân Chí Linh kiến nghị nhiều vấn đề về tiêu thụ vải thiều sau dịch",
E("doi_thoai", "2021", "2021-04-08"),
[P("Nguyễn Văn Quang", "Thành ủy viên", "Chủ tịch UBND thành phố"),
 P("Vũ Đức Chính", "Phó Chủ tịch UBND thành phố"), P("Trần Xuân Hạnh", "Phó Chủ tịch UBND thành phố"),
 P("Phạm Thị Thúy", "Chủ tịch Hội Nông dân thành phố"),
 P("Nguyễn Văn Hưng"), P("Vũ Thị Mận"),
 P("Phạm Văn Khoa", "Giám đốc Hợp tác xã Nông nghiệp Hoàng Hoa Thám")],
[Q("khoảng 150 hội viên nông dân tiêu biểu", 150, "hội viên nông dân tiêu biểu", "approx"), Q("19 phường, xã", 19, "phường, xã"),
 Q("2 ha", 2, "ha"), Q("12.000 đồng/kg", 12000, "đồng"), Q("1,2 km", 1.2, "km"), Q("2.500 ha", 2500, "ha"),
 Q("khoảng 18.000 tấn", 18000, "tấn", "approx"), Q("310 ha", 310, "ha"), Q("5 mã số vùng trồng", 5, "mã số vùng trồng"),
 Q("50%", 50, "%"), Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("14 kiến nghị", 14, "kiến nghị"),
 Q("64 tổ hội nghề nghiệp", 64, "tổ hội nghề nghiệp"), Q("trên 1.000 tấn", 1000, "tấn", "over"), Q("khoảng 15%", 15, "%", "approx")],
[D("Kế hoạch", "1204", "KH-UBND", None, None, "kế hoạch số 1204/KH-UBND"),
 D("Nghị quyết", "10", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 10/2020/NQ-HĐND"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "25", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 25-KH/TU, 26-KH/TU"),
 D("Kế hoạch", "26", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 25-KH/TU, 26-KH/TU")],
[prov("Hải Dương"), com("Văn Đức"), com("Cộng Hòa")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Thời sự > Chính trị", "Ông Nguyễn Văn Quang trả lời kiến nghị của nông dân. Ảnh: Kim Huệ",
 "VietGAP", "Hoàng Hoa Thám", "Lượt xem: 2.116"],
["09/04/2021 | 10:30", "năm 2021", "năm 2020", "năm 2019", "quý II", "30/4", "Lượt xem: 2.116"]))
