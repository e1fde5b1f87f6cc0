from lib import *
PAGES = []

PAGES.append(page("b9149-quangngai-ldld-daihoi-nghiepdoan-2011", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Trang chủ » Kinh tế » Biển đảo
Thứ Sáu, 18/11/2011 - 09:20
Ảnh: Ra mắt Ban Chấp hành Nghiệp đoàn nghề cá xã An Vĩnh.
Lý Sơn: Thành lập Nghiệp đoàn nghề cá đầu tiên của tỉnh
(Báo Quảng Ngãi) - Ngày 17/11, tại xã An Vĩnh (huyện đảo Lý Sơn), Liên đoàn Lao động tỉnh phối hợp với Huyện ủy Lý Sơn tổ chức Đại hội thành lập Nghiệp đoàn nghề cá xã An Vĩnh lần thứ nhất, nhiệm kỳ 2011 - 2016. Đây là nghiệp đoàn nghề cá đầu tiên của tỉnh Quảng Ngãi, tập hợp 215 đoàn viên là chủ tàu, thuyền trưởng và thuyền viên của 43 tàu cá thường xuyên đánh bắt ở ngư trường Hoàng Sa, Trường Sa.
Ông Nguyễn Văn Hòa, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết việc thành lập nghiệp đoàn thực hiện Kế hoạch số 27-KH/TU ngày 12/8/2011 của Ban Thường vụ Tỉnh ủy về xây dựng tổ chức công đoàn trong ngư dân và Quyết định số 312/QĐ-LĐLĐ ngày 20/10/2011 của Liên đoàn Lao động tỉnh. Trước đó, cán bộ công đoàn đã xuống từng thôn, gặp từng chủ tàu để vận động, giải thích quyền lợi khi vào nghiệp đoàn. Nhiều chủ tàu ban đầu còn e ngại vì nghĩ rằng vào nghiệp đoàn chỉ thêm khoản đóng góp, nhưng sau khi được nghe phân tích về quyền được bảo vệ, được hỗ trợ khi gặp rủi ro trên biển, bà con đã tự nguyện làm đơn.
Theo báo cáo tại đại hội, chỉ riêng năm 2011 đã có hơn 20 lượt tàu cá của ngư dân Lý Sơn bị tàu nước ngoài xua đuổi, cướp tài sản khi đang khai thác trên vùng biển của Việt Nam. Từ 43 tàu cá, nghiệp đoàn tổ chức thành 8 tổ đoàn kết trên biển để hỗ trợ nhau về ngư trường, thông tin và cứu nạn.
Đại hội đã bầu Ban Chấp hành gồm 7 người. Ông Võ Văn Chín, thuyền trưởng tàu QNg 96176 TS, được bầu làm Chủ tịch Nghiệp đoàn; ông Phạm Quang Đức và bà Lê Thị Thu Hà được bầu làm Phó Chủ tịch Nghiệp đoàn.
"Có nghiệp đoàn rồi, anh em ra khơi yên tâm hơn. Tàu nào gặp nạn thì cả tổ quay lại kéo về, không ai bỏ ai giữa biển", ông Võ Văn Chín nói.
Phát biểu chỉ đạo, đồng chí Trần Đình Kha, Tỉnh ủy viên, Bí thư Huyện ủy Lý Sơn đề nghị nghiệp đoàn làm tốt vai trò cầu nối giữa ngư dân với cấp ủy, chính quyền; vận động bà con chấp hành quy định khi khai thác, giữ liên lạc thường xuyên với Bộ đội Biên phòng và kiên trì bám biển.
Dịp này, Liên đoàn Lao động tỉnh trao tặng nghiệp đoàn 20 máy bộ đàm và 50 triệu đồng hỗ trợ quỹ hoạt động ban đầu.
Thanh Nhị
Lượt xem: 1.024
Tin liên quan
- Bình Sơn: vận động ngư dân tham gia tổ đoàn kết trên biển (09/11/2011)
- Hỗ trợ ngư dân có tàu bị nạn tại Hoàng Sa (28/10/2011)
- Lý Sơn: khánh thành bến neo đậu tránh trú bão (15/10/2011)
- Công đoàn tỉnh đẩy mạnh phát triển đoàn viên khu vực ngoài nhà nước (30/09/2011)
- Đức Phổ: ngư dân xã Phổ Quang cứu 9 thuyền viên gặp nạn (22/09/2011)
""", "2011-11-18", "Lý Sơn: Thành lập Nghiệp đoàn nghề cá đầu tiên của tỉnh",
E("dai_hoi", None, "2011-11-17"),
[P("Nguyễn Văn Hòa", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Võ Văn Chín", "thuyền trưởng tàu QNg 96176 TS", "Chủ tịch Nghiệp đoàn"),
 P("Phạm Quang Đức", "Phó Chủ tịch Nghiệp đoàn"),
 P("Lê Thị Thu Hà", "Phó Chủ tịch Nghiệp đoàn"),
 P("Trần Đình Kha", "Tỉnh ủy viên", "Bí thư Huyện ủy Lý Sơn")],
[Q("215 đoàn viên", 215, "đoàn viên"), Q("43 tàu cá", 43, "tàu cá"),
 Q("hơn 20 lượt tàu cá", 20, "lượt tàu cá", "over"), Q("8 tổ đoàn kết trên biển", 8, "tổ đoàn kết trên biển"),
 Q("7 người", 7, "người"), Q("20 máy bộ đàm", 20, "máy bộ đàm"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Kế hoạch", "27", "KH/TU", "2011-08-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU ngày 12/8/2011"),
 D("Quyết định", "312", "QĐ-LĐLĐ", "2011-10-20", "Liên đoàn Lao động tỉnh", "Quyết định số 312/QĐ-LĐLĐ ngày 20/10/2011")],
[prov("Quảng Ngãi"), com("An Vĩnh")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Trang chủ » Kinh tế » Biển đảo", "Ảnh: Ra mắt Ban Chấp hành Nghiệp đoàn nghề cá xã An Vĩnh.",
 "(Báo Quảng Ngãi)", "Nghiệp đoàn nghề cá xã An Vĩnh", "Bộ đội Biên phòng", "Lượt xem: 1.024"],
["Thứ Sáu, 18/11/2011 - 09:20", "lần thứ nhất", "nhiệm kỳ 2011 - 2016", "năm 2011", "QNg 96176 TS", "Lượt xem: 1.024"]))

PAGES.append(page("b9150-nghean-bdv-soket-todoanket-2012", """
Báo Nghệ An điện tử
Thời sự | Chính trị | Dân vận
Cập nhật: 08:45, 06/07/2012 (GMT+7)
Nhân rộng mô hình tổ đoàn kết trên biển ở các xã bãi ngang
Ngày 5/7, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hoàng Thị Mai Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Lợi, Nguyễn Đình Hưng.
Toàn cảnh hội nghị. Ảnh: Hữu Vinh
Báo cáo cho thấy, 6 tháng qua khối dân vận các cấp tập trung vận động ngư dân vùng ven biển tham gia tổ đoàn kết sản xuất trên biển theo tinh thần Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy. Đến nay toàn tỉnh có 312 tổ đoàn kết với 1.870 tàu thuyền và 9.450 lao động; riêng 6 tháng đầu năm thành lập mới 41 tổ. Các tổ đã ứng cứu 14 tàu cá và 96 ngư dân gặp nạn, giúp nhau hơn 1,2 tỷ đồng để sửa chữa tàu, ngư lưới cụ.
Nhiều địa phương thực hiện tốt chính sách theo Quyết định số 48/2010/QĐ-TTg ngày 13/7/2010 của Thủ tướng Chính phủ về hỗ trợ khai thác, nuôi trồng hải sản và dịch vụ khai thác hải sản trên các vùng biển xa; khoảng 65% chủ tàu đánh bắt xa bờ đã được hỗ trợ nhiên liệu.
Tại hội nghị, ông Hồ Sỹ Tùng, Chủ tịch UBND xã Quỳnh Lập, cho biết xã có 23 tổ đoàn kết, mỗi tổ đều có quy ước về thông tin liên lạc và cứu giúp nhau khi gặp sự cố. Bí thư Đảng ủy xã Diễn Kim Phan Văn Thắng kiến nghị tỉnh sớm đầu tư khu neo đậu tránh trú bão cho tàu công suất lớn. Đại diện xã Nghi Thiết nêu khó khăn khi nhiều lao động trẻ bỏ nghề biển đi làm ăn xa.
Phát biểu kết luận, đồng chí Hoàng Thị Mai Lan đề nghị 6 tháng cuối năm các huyện ven biển phối hợp với Bộ đội Biên phòng, Hội Nghề cá tiếp tục củng cố các tổ đoàn kết, gắn với phong trào "Dân vận khéo"; tuyên truyền để ngư dân không vi phạm vùng biển nước ngoài, kịp thời nắm tư tưởng của bà con trước mùa mưa bão. Ban Dân vận Tỉnh ủy sẽ tổ chức đoàn khảo sát tại các xã bãi ngang để đánh giá hiệu quả hoạt động của các tổ đoàn kết, kịp thời biểu dương những tổ làm tốt và nhân rộng cách làm hay.
Hội nghị cũng dành thời gian thảo luận về công tác vận động đồng bào giáo dân vùng ven biển, việc thực hiện Quy chế dân chủ ở cơ sở và giải quyết đơn thư liên quan đến đất đai, bồi thường khi xây dựng cảng cá, khu neo đậu.
Kiều Anh
Tin khác
- Quỳnh Lưu: ra mắt nghiệp đoàn nghề cá xã Quỳnh Long (28/06/2012)
- Hội Nông dân tỉnh tập huấn cho hội viên vùng biển (20/06/2012)
- Hưng Nguyên sơ kết công tác dân vận chính quyền (14/06/2012)
- Cửa Lò: trao 50 áo phao cho ngư dân nghèo (05/06/2012)
- Vận động đồng bào giáo dân tham gia xây dựng nông thôn mới (29/05/2012)
""", "2012-07-06", "Nhân rộng mô hình tổ đoàn kết trên biển ở các xã bãi ngang",
E("so_ket", "2012-H1", "2012-07-05"),
[P("Hoàng Thị Mai Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đình Hưng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Sỹ Tùng", "Chủ tịch UBND xã Quỳnh Lập"),
 P("Phan Văn Thắng", "Bí thư Đảng ủy xã Diễn Kim")],
[Q("312 tổ đoàn kết", 312, "tổ đoàn kết"), Q("1.870 tàu thuyền", 1870, "tàu thuyền"), Q("9.450 lao động", 9450, "lao động"),
 Q("41 tổ", 41, "tổ"), Q("14 tàu cá", 14, "tàu cá"), Q("96 ngư dân", 96, "ngư dân"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("khoảng 65%", 65, "%", "approx"), Q("23 tổ đoàn kết", 23, "tổ đoàn kết")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Quyết định", "48", "2010/QĐ-TTg", "2010-07-13", "Thủ tướng Chính phủ", "Quyết định số 48/2010/QĐ-TTg ngày 13/7/2010")],
[prov("Nghệ An"), com("Quỳnh Lập"), com("Diễn Kim"), com("Nghi Thiết")],
["Báo Nghệ An điện tử", "Thời sự | Chính trị | Dân vận", "Toàn cảnh hội nghị. Ảnh: Hữu Vinh", "Dân vận khéo", "Hội Nghề cá"],
["Cập nhật: 08:45, 06/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b9151-quangninh-ldld-taphuan-cuunan-2013", """
BÁO QUẢNG NINH
Xã hội > Lao động - Việc làm
08:15 | 24/05/2013
Ngư dân Vân Đồn được tập huấn kỹ năng cứu nạn trên biển
Trong 2 ngày 22 và 23/5, Liên đoàn Lao động tỉnh phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức lớp tập huấn kỹ năng sơ cấp cứu, tìm kiếm cứu nạn trên biển cho 120 ngư dân là đoàn viên các nghiệp đoàn nghề cá và tổ đoàn kết trên biển của huyện Vân Đồn. Đây là lớp tập huấn đầu tiên trong năm 2013 theo Chương trình phối hợp số 08/CTr-BĐBP-LĐLĐ giữa hai đơn vị.
Học viên thực hành cứu người đuối nước tại cảng Cái Rồng.
Lớp học do Thượng tá Vũ Đức Thắng, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh và bà Đỗ Thị Hoa, Chủ tịch Công đoàn ngành Nông nghiệp và PTNT tỉnh đồng chủ trì. Theo Kế hoạch số 36/KH-LĐLĐ ngày 10/4/2013 của Liên đoàn Lao động tỉnh, trong năm sẽ mở 4 lớp như vậy tại các huyện, thị xã ven biển, với kinh phí hơn 85 triệu đồng.
Các học viên đến từ thị trấn Cái Rồng, xã Quan Lạn, xã Minh Châu và xã Bản Sen, trong đó có 35 chủ tàu. Họ được bác sĩ Lương Văn Quý, Phó Giám đốc Trung tâm Y tế huyện Vân Đồn hướng dẫn cách sơ cứu người bị đuối nước, bị thương, bị say nắng; được cán bộ Đồn Biên phòng Quan Lạn giới thiệu cách phát tín hiệu cấp cứu, sử dụng máy thông tin liên lạc, phao cứu sinh và những quy định khi tàu thuyền ra vào cửa biển. Buổi chiều ngày thứ hai, học viên thực hành trực tiếp trên tàu cá neo tại cảng, từ cách quăng phao, kéo người rơi xuống nước đến cách cố định người bị gãy xương trong khoang tàu chật hẹp.
Anh Nguyễn Văn Tuấn, ngư dân xã Minh Châu, chia sẻ: "Đi biển hơn 15 năm nhưng đây là lần đầu tôi được học bài bản cách hô hấp nhân tạo. Có kiến thức này, gặp nạn trên biển anh em sẽ bình tĩnh hơn".
Theo Thiếu tá Phạm Minh Đông, Đồn trưởng Đồn Biên phòng Quan Lạn, từ đầu năm đến nay trên địa bàn xảy ra 3 vụ tai nạn tàu cá, làm 2 người chết; nguyên nhân chủ yếu do ngư dân chủ quan, không mang áo phao khi ra khơi.
Lãnh đạo Liên đoàn Lao động tỉnh Quảng Ninh cho biết sau lớp học ở Vân Đồn, các lớp tiếp theo sẽ mở tại Cô Tô, Tiên Yên và Hải Hà trước mùa mưa bão, ưu tiên những ngư dân trẻ, mới vào nghề và các thuyền trưởng chưa qua lớp huấn luyện nào.
Kết thúc lớp tập huấn, Ban tổ chức trao tặng 150 áo phao cứu sinh và 12 phao tròn cho các tổ đoàn kết trên biển.
Hoàng Quý
Tin khác
- Hạ Long: thành lập nghiệp đoàn nghề cá phường Hà Phong (16/05/2013)
- Công đoàn tỉnh thăm hỏi đoàn viên bị tai nạn lao động (08/05/2013)
- Cô Tô: tuyên truyền chủ quyền biển đảo cho ngư dân (25/04/2013)
- Móng Cái ra quân tìm kiếm cứu nạn mùa mưa bão (18/04/2013)
""", "2013-05-24", "Ngư dân Vân Đồn được tập huấn kỹ năng cứu nạn trên biển",
E("tap_huan", "2013", "2013-05-22"),
[P("Vũ Đức Thắng", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Đỗ Thị Hoa", "Chủ tịch Công đoàn ngành Nông nghiệp và PTNT tỉnh"),
 P("Lương Văn Quý", "bác sĩ", "Phó Giám đốc Trung tâm Y tế huyện Vân Đồn"),
 P("Nguyễn Văn Tuấn", "ngư dân xã Minh Châu"),
 P("Phạm Minh Đông", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Quan Lạn")],
[Q("120 ngư dân", 120, "ngư dân"), Q("4 lớp", 4, "lớp"), Q("hơn 85 triệu đồng", 85000000, "đồng", "over"),
 Q("35 chủ tàu", 35, "chủ tàu"), Q("3 vụ tai nạn tàu cá", 3, "vụ tai nạn tàu cá"), Q("2 người", 2, "người"),
 Q("150 áo phao cứu sinh", 150, "áo phao cứu sinh"), Q("12 phao tròn", 12, "phao tròn")],
[D("Chương trình phối hợp", "08", "CTr-BĐBP-LĐLĐ", None, None, "Chương trình phối hợp số 08/CTr-BĐBP-LĐLĐ"),
 D("Kế hoạch", "36", "KH-LĐLĐ", "2013-04-10", "Liên đoàn Lao động tỉnh", "Kế hoạch số 36/KH-LĐLĐ ngày 10/4/2013")],
[prov("Quảng Ninh"), com("Cái Rồng"), com("Quan Lạn"), com("Minh Châu"), com("Bản Sen")],
["BÁO QUẢNG NINH", "Xã hội > Lao động - Việc làm", "Học viên thực hành cứu người đuối nước tại cảng Cái Rồng.",
 "Đồn Biên phòng Quan Lạn"],
["08:15 | 24/05/2013", "2 ngày", "năm 2013", "hơn 15 năm", "lần đầu"]))

PAGES.append(page("b9152-binhdinh-mttq-traoqua-ngudan-2014", """
BÁO BÌNH ĐỊNH ONLINE
Trang chủ / Xã hội / Biển đảo
Thứ Ba, 03/06/2014 - 16:40
Trao hơn 1,2 tỷ đồng hỗ trợ ngư dân có tàu bị đâm chìm
(BĐ) - Chiều 2/6, tại xã Nhơn Lý (TP Quy Nhơn), Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với Hội Nghề cá tỉnh tổ chức trao tiền hỗ trợ cho chủ tàu và ngư dân có tàu cá bị đâm chìm, hư hỏng khi đang khai thác hải sản tại ngư trường truyền thống. Đây là đợt hỗ trợ thứ hai của tỉnh Bình Định kể từ khi phát động ủng hộ ngư dân bám biển.
Ông Hồ Ngọc Hoàng (bìa trái) trao tiền hỗ trợ cho ngư dân. Ảnh: Ngọc Nhuận
Ông Hồ Ngọc Hoàng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, thực hiện Kế hoạch số 15/KH-MTTQ-BTT ngày 20/5/2014 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, chỉ trong nửa tháng, Quỹ "Vì Hoàng Sa, Trường Sa thân yêu" của tỉnh đã nhận được hơn 1,2 tỷ đồng từ hơn 2.300 lượt cơ quan, doanh nghiệp, cá nhân trong và ngoài tỉnh.
Đợt này có 6 tàu cá với 62 ngư dân được hỗ trợ. Mỗi chủ tàu bị chìm tàu nhận 150 triệu đồng, mỗi ngư dân nhận 3 triệu đồng. Các ông Trương Văn Sáu, Lê Văn Xê, Đặng Thanh Hùng - thuyền trưởng các tàu bị nạn, xúc động cho biết sẽ sớm sửa lại tàu để tiếp tục ra khơi.
"Tàu mình bị đâm chìm, may nhờ tàu bạn trong tổ đoàn kết quay lại cứu kịp 11 anh em. Mất tàu chứ không mất biển, có tiền hỗ trợ là tụi tôi lo đóng tàu mới liền", ông Trương Văn Sáu nói.
Thượng tá Nguyễn Văn Phi, Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh, cho biết toàn tỉnh hiện có 45 tổ đoàn kết với hơn 300 tàu cá thường xuyên đánh bắt xa bờ; Bộ đội Biên phòng sẽ tiếp tục duy trì liên lạc 24/24 giờ với các tàu.
Ông Bùi Văn Hiền, Chủ tịch Nghiệp đoàn nghề cá xã Nhơn Lý, đề nghị các cấp tiếp tục hỗ trợ ngư dân lắp đặt máy thông tin liên lạc tầm xa; hiện nghiệp đoàn có 12 tàu chưa có máy. Ngay tại buổi trao tiền, Hội Nghề cá tỉnh trao thêm 5 máy thông tin liên lạc cho các tàu của xã Nhơn Hải.
Cùng ngày, đoàn công tác đến thăm hỏi, động viên gia đình các thuyền viên bị thương, chia sẻ với những khó khăn của bà con khi con tàu, tài sản lớn nhất của cả gia đình, bị mất giữa biển. Nhiều gia đình cho biết sẽ tiếp tục cho con em theo nghề biển.
Hoàng Quân
Tin liên quan
- Ngư dân Bình Định quyết bám biển (30/05/2014)
- Tàu cá Bình Định bị tàu lạ đâm chìm gần Hoàng Sa (27/05/2014)
- Phát động ủng hộ Quỹ "Vì Hoàng Sa, Trường Sa thân yêu" (20/05/2014)
- Hoài Nhơn: 200 ngư dân được tập huấn cứu nạn (12/05/2014)
- Phù Mỹ: ra mắt nghiệp đoàn nghề cá xã Mỹ Thành (05/05/2014)
- Bộ đội Biên phòng tỉnh cứu 7 ngư dân gặp nạn trên biển (28/04/2014)
- Ủy ban MTTQ tỉnh giám sát chính sách hỗ trợ ngư dân (17/04/2014)
""", "2014-06-03", "Trao hơn 1,2 tỷ đồng hỗ trợ ngư dân có tàu bị đâm chìm",
E("trao_qua", None, "2014-06-02"),
[P("Hồ Ngọc Hoàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Sáu", "thuyền trưởng các tàu bị nạn"),
 P("Lê Văn Xê", "thuyền trưởng các tàu bị nạn"),
 P("Đặng Thanh Hùng", "thuyền trưởng các tàu bị nạn"),
 P("Nguyễn Văn Phi", "Thượng tá", "Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Bùi Văn Hiền", "Chủ tịch Nghiệp đoàn nghề cá xã Nhơn Lý")],
[Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("hơn 2.300 lượt cơ quan, doanh nghiệp, cá nhân", 2300, "lượt cơ quan, doanh nghiệp, cá nhân", "over"),
 Q("6 tàu cá", 6, "tàu cá"), Q("62 ngư dân", 62, "ngư dân"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("11 anh em", 11, "anh em"), Q("45 tổ đoàn kết", 45, "tổ đoàn kết"),
 Q("hơn 300 tàu cá", 300, "tàu cá", "over"), Q("12 tàu", 12, "tàu"), Q("5 máy thông tin liên lạc", 5, "máy thông tin liên lạc")],
[D("Kế hoạch", "15", "KH-MTTQ-BTT", "2014-05-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 15/KH-MTTQ-BTT ngày 20/5/2014")],
[prov("Bình Định"), com("Nhơn Lý"), com("Nhơn Hải")],
["BÁO BÌNH ĐỊNH ONLINE", "Trang chủ / Xã hội / Biển đảo", "Ông Hồ Ngọc Hoàng (bìa trái) trao tiền hỗ trợ cho ngư dân. Ảnh: Ngọc Nhuận",
 "Vì Hoàng Sa, Trường Sa thân yêu", "Hội Nghề cá tỉnh"],
["Thứ Ba, 03/06/2014 - 16:40", "nửa tháng", "24/24 giờ", "đợt hỗ trợ thứ hai"]))

PAGES.append(page("b9153-quangnam-bdv-hoinghi-nd67-2014", """
Báo Quảng Nam
Chính trị - Xã hội | Dân vận
25/09/2014 - 10:05
Vận động ngư dân đóng tàu vỏ thép theo Nghị định 67
Sáng 24/9, tại huyện Núi Thành, Ban Dân vận Tỉnh ủy phối hợp với Sở Nông nghiệp và PTNT tổ chức hội nghị tuyên truyền, triển khai Nghị định số 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ về một số chính sách phát triển thủy sản cho gần 300 chủ tàu, ngư dân. Đây là hội nghị đầu tiên trong chuỗi hội nghị tuyên truyền năm 2014 về chính sách đối với ngư dân của tỉnh.
Đồng chí Lê Văn Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị.
Quang cảnh hội nghị. Ảnh: VĂN SỰ
Ông Phan Văn Tám, Phó Giám đốc Sở Nông nghiệp và PTNT, thông tin: toàn tỉnh có 1.650 tàu cá, trong đó chỉ có 218 tàu có công suất từ 90 CV trở lên. Theo Nghị định 67, chủ tàu đóng mới tàu vỏ thép được vay tối đa 95% tổng giá trị đầu tư với lãi suất 1%/năm; tàu vỏ gỗ được vay tối đa 70%. Chủ tàu tham gia tổ đội sản xuất trên biển còn được hỗ trợ bảo hiểm thân tàu và bảo hiểm tai nạn thuyền viên.
Bà Trần Thị Kim Hoa, Phó Giám đốc Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh cho biết, đến nay chi nhánh đã tiếp nhận 32 hồ sơ đề nghị vay vốn, tổng số tiền đề nghị vay khoảng 410 tỷ đồng.
Nhiều ngư dân băn khoăn về thủ tục vay. Ông Huỳnh Văn Cúc, chủ tàu QNa 90459 TS ở xã Tam Quang hỏi: "Tàu đóng xong phải thế chấp chính con tàu, nếu chẳng may gặp rủi ro thì ngân hàng xử lý ra sao?". Đại diện xã Tam Hải đề nghị tỉnh sớm quy hoạch cơ sở đóng tàu vỏ thép tại địa phương.
Phát biểu kết luận, đồng chí Lê Văn Thanh đề nghị cấp ủy, chính quyền các xã ven biển thực hiện tốt Kế hoạch số 86-KH/TU ngày 15/8/2014 của Tỉnh ủy; tổ chức lại các tổ đoàn kết sản xuất trên biển, gắn với nghiệp đoàn nghề cá; Mặt trận và các đoàn thể kịp thời nắm tâm tư của ngư dân, giải đáp vướng mắc ngay tại cơ sở. Các xã cần rà soát, lập danh sách chủ tàu có nhu cầu đóng mới, nâng cấp tàu để hướng dẫn hoàn thiện hồ sơ, tránh để ngư dân phải đi lại nhiều lần.
Sau hội nghị, đoàn công tác của Ban Dân vận Tỉnh ủy đã đến thăm một số gia đình ngư dân đang chuẩn bị hồ sơ vay vốn, lắng nghe những băn khoăn của bà con về tài sản thế chấp và khả năng trả nợ khi ngư trường gặp khó khăn.
Văn Sự
Tin khác
- Thăng Bình: ra mắt nghiệp đoàn nghề cá xã Bình Minh (18/09/2014)
- Hỗ trợ ngư dân mua máy thông tin liên lạc (10/09/2014)
- Duy Xuyên: đối thoại với người dân về giải phóng mặt bằng (04/09/2014)
- Công an tỉnh ra mắt tổ tự quản an ninh trật tự vùng biển (27/08/2014)
- Hội An: ngư dân Cù Lao Chàm cứu 5 người bị nạn (20/08/2014)
""", "2014-09-25", "Vận động ngư dân đóng tàu vỏ thép theo Nghị định 67",
E("hoi_nghi", "2014", "2014-09-24"),
[P("Lê Văn Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Tám", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Trần Thị Kim Hoa", "Phó Giám đốc Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh"),
 P("Huỳnh Văn Cúc", "chủ tàu QNa 90459 TS")],
[Q("gần 300 chủ tàu, ngư dân", 300, "chủ tàu, ngư dân", "approx"), Q("1.650 tàu cá", 1650, "tàu cá"), Q("218 tàu", 218, "tàu"),
 Q("90 CV", 90, "CV", "over"), Q("95%", 95, "%"), Q("1%", 1, "%"), Q("70%", 70, "%"),
 Q("32 hồ sơ", 32, "hồ sơ"), Q("khoảng 410 tỷ đồng", 410000000000, "đồng", "approx")],
[D("Nghị định", "67", "2014/NĐ-CP", "2014-07-07", "Chính phủ", "Nghị định số 67/2014/NĐ-CP ngày 7/7/2014"),
 D("Kế hoạch", "86", "KH/TU", "2014-08-15", "Tỉnh ủy", "Kế hoạch số 86-KH/TU ngày 15/8/2014")],
[prov("Quảng Nam"), com("Tam Quang"), com("Tam Hải")],
["Báo Quảng Nam", "Chính trị - Xã hội | Dân vận", "Quang cảnh hội nghị. Ảnh: VĂN SỰ"],
["25/09/2014 - 10:05", "Nghị định 67", "QNa 90459 TS", "năm 2014"]))

PAGES.append(page("b9154-khanhhoa-ldld-tongket-nghiepdoan-2015", """
BÁO KHÁNH HÒA
Trang chủ » Chính trị » Lao động - Công đoàn
29-12-2015 14:20
Nghiệp đoàn nghề cá: Điểm tựa của ngư dân khi bám biển
Ngày 28/12, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức hội nghị tổng kết hoạt động của các nghiệp đoàn nghề cá năm 2015. Dự hội nghị có bà Nguyễn Thị Thanh Xuân, Chủ tịch LĐLĐ tỉnh; các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Võ Thị Ngọc, Đinh Công Bằng.
Theo báo cáo, năm 2015 toàn tỉnh có 5 nghiệp đoàn nghề cá với 642 đoàn viên, tăng 85 đoàn viên mới so với năm trước. Các nghiệp đoàn đã tổ chức được 28 tổ đoàn kết trên biển; trong năm các tổ đã cứu hộ thành công 11 tàu và 47 ngư dân gặp nạn, lai dắt nhiều tàu bị hỏng máy về bờ an toàn. LĐLĐ tỉnh và các nghiệp đoàn đã thăm hỏi, hỗ trợ 230 triệu đồng cho các gia đình đoàn viên gặp rủi ro trên biển.
Thực hiện Hướng dẫn số 05/HD-LĐLĐ ngày 16/3/2015 của LĐLĐ tỉnh, các nghiệp đoàn đã phối hợp với Bộ đội Biên phòng tuyên truyền cho khoảng 1.500 lượt ngư dân về chủ quyền biển đảo và quy định khai thác hải sản.
Ông Lê Văn Dũng, Chủ tịch Nghiệp đoàn nghề cá phường Vĩnh Trường kể: tháng 9 vừa qua, tàu KH 96071 TS của đoàn viên Trần Văn Cường bị chết máy cách bờ khoảng 200 hải lý. Nhận tin báo, 2 tàu cùng tổ lập tức đến lai dắt tàu về cảng Hòn Rớ. "Nếu không có tổ đoàn kết, 9 thuyền viên trên tàu khó mà về được trước khi áp thấp nhiệt đới đến", ông Dũng nói.
Chủ tịch Nghiệp đoàn nghề cá xã Ninh Hải Trần Văn Ba đề nghị LĐLĐ tỉnh kiến nghị với ngân hàng tạo điều kiện cho đoàn viên vay vốn đóng tàu theo Nghị định số 67/2014/NĐ-CP của Chính phủ. Đại diện nghiệp đoàn xã Vĩnh Lương cho biết nhiều ngư dân đi bạn không có hợp đồng lao động nên khó vận động vào nghiệp đoàn.
Tuy nhiên, hội nghị cũng chỉ ra hoạt động của một số nghiệp đoàn còn hình thức, việc sinh hoạt định kỳ chưa đều do đoàn viên đi biển dài ngày; việc thu đoàn phí gặp khó khăn, kinh phí hoạt động chủ yếu dựa vào hỗ trợ của công đoàn cấp trên. Tỉnh Khánh Hòa cũng chưa có cơ chế riêng để hỗ trợ thuyền viên đi bạn.
Phát biểu kết luận, bà Nguyễn Thị Thanh Xuân đề nghị năm 2016 các nghiệp đoàn tập trung phát triển đoàn viên, phấn đấu 100% tàu cá của đoàn viên tham gia tổ đoàn kết. Dịp này, LĐLĐ tỉnh tặng giấy khen cho 3 tập thể và 8 cá nhân.
Ảnh: Bà Nguyễn Thị Thanh Xuân trao giấy khen cho các tập thể.
Hoàng Dung
Tin liên quan
- Ninh Hòa: thành lập nghiệp đoàn nghề cá thứ 5 của tỉnh (20/11/2015)
- Ngư dân Khánh Hòa ra khơi sau bão (06/11/2015)
- LĐLĐ tỉnh trao 20 máy bộ đàm cho ngư dân (15/10/2015)
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 6 (30/09/2015)
""", "2015-12-29", "Nghiệp đoàn nghề cá: Điểm tựa của ngư dân khi bám biển",
E("tong_ket", "2015", "2015-12-28"),
[P("Nguyễn Thị Thanh Xuân", "Chủ tịch LĐLĐ tỉnh"),
 P("Võ Thị Ngọc", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đinh Công Bằng", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lê Văn Dũng", "Chủ tịch Nghiệp đoàn nghề cá phường Vĩnh Trường"),
 P("Trần Văn Cường", "đoàn viên"),
 P("Trần Văn Ba", "Chủ tịch Nghiệp đoàn nghề cá xã Ninh Hải")],
[Q("5 nghiệp đoàn nghề cá", 5, "nghiệp đoàn nghề cá"), Q("642 đoàn viên", 642, "đoàn viên"), Q("85 đoàn viên mới", 85, "đoàn viên mới"),
 Q("28 tổ đoàn kết trên biển", 28, "tổ đoàn kết trên biển"), Q("11 tàu", 11, "tàu"), Q("47 ngư dân", 47, "ngư dân"),
 Q("230 triệu đồng", 230000000, "đồng"), Q("khoảng 1.500 lượt ngư dân", 1500, "lượt ngư dân", "approx"),
 Q("khoảng 200 hải lý", 200, "hải lý", "approx"), Q("2 tàu", 2, "tàu"), Q("9 thuyền viên", 9, "thuyền viên"),
 Q("100%", 100, "%"), Q("3 tập thể", 3, "tập thể"), Q("8 cá nhân", 8, "cá nhân")],
[D("Hướng dẫn", "05", "HD-LĐLĐ", "2015-03-16", "LĐLĐ tỉnh", "Hướng dẫn số 05/HD-LĐLĐ ngày 16/3/2015"),
 D("Nghị định", "67", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 67/2014/NĐ-CP")],
[prov("Khánh Hòa"), com("Vĩnh Trường"), com("Ninh Hải"), com("Vĩnh Lương")],
["BÁO KHÁNH HÒA", "Trang chủ » Chính trị » Lao động - Công đoàn", "Ảnh: Bà Nguyễn Thị Thanh Xuân trao giấy khen cho các tập thể.",
 "Nghiệp đoàn nghề cá: Điểm tựa của ngư dân khi bám biển"],
["29-12-2015 14:20", "năm 2015", "năm 2016", "tháng 9", "KH 96071 TS"]))
