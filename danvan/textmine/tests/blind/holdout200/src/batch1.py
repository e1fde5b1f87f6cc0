from lib import *
PAGES = []

PAGES.append(page("b4757-nghean-doithoai-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲ CHÂU - TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Chính trị - Xã hội
Thứ Hai, 18/04/2011 - 08:30
Chủ tịch UBND huyện Quỳ Châu đối thoại với hơn 200 hội viên nông dân
Sáng 16/4/2011, tại Hội trường UBND huyện, Hội Nông dân huyện phối hợp với UBND huyện Quỳ Châu tổ chức hội nghị Chủ tịch UBND huyện đối thoại với nông dân năm 2011. Đồng chí Lô Văn Thành, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị; cùng dự có các đồng chí Phó Chủ tịch UBND huyện: Sầm Văn Hợi, Vi Thị Hương và lãnh đạo các phòng, ban, ngành cấp huyện.
Toàn cảnh hội nghị đối thoại. Ảnh: Lang Hùng
Tham dự hội nghị có hơn 200 hội viên nông dân đại diện cho 12 xã, thị trấn trong huyện, phần đông là đồng bào Thái, Khơ Mú. Trước hội nghị, Hội Nông dân huyện đã tổng hợp 47 ý kiến, kiến nghị của hội viên, tập trung vào giá vật tư nông nghiệp tăng cao, giống lúa lai kém chất lượng, thủ tục vay vốn, cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp và việc thu mua keo, luồng.
Mở đầu phần đối thoại, ông Lương Văn Pín ở bản Na Lạt, xã Châu Tiến, phản ánh vụ xuân vừa qua 35 hộ trong bản gieo cấy giống lúa mua trôi nổi bị lép hạt, mỗi hộ thiệt hại khoảng 4 triệu đồng, đề nghị huyện xử lý đại lý bán giống. Bà Vi Thị Lan, bản Hồng Tiến, xã Châu Hạnh, hỏi vì sao hộ nuôi bò sinh sản vẫn phải thế chấp sổ đỏ khi vay vốn, trong khi Nghị định 41/2010/NĐ-CP của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn cho phép vay không có tài sản bảo đảm.
Trả lời bà Lan, ông Hồ Sỹ Hùng, Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Quỳ Châu, cho biết hộ nông dân được vay tối đa 50 triệu đồng/hộ không phải thế chấp; đến nay dư nợ cho vay nông nghiệp, nông thôn trên địa bàn đạt 186,5 tỷ đồng với 3.412 hộ còn dư nợ. Về giống lúa, đồng chí Chủ tịch UBND huyện giao Phòng Nông nghiệp và PTNT phối hợp với Đội Quản lý thị trường kiểm tra, buộc đại lý bồi thường cho các hộ trước ngày 30/5/2011.
Bà Lữ Thị Nga, Chủ tịch Hội Nông dân huyện, đề nghị UBND huyện tiếp tục ủy thác cho Hội quản lý nguồn vốn vay hộ nghèo, nhân rộng 9 tổ hợp tác chăn nuôi do Hội xây dựng.
Kết luận hội nghị, đồng chí Lô Văn Thành trả lời trực tiếp 32 ý kiến; các ý kiến còn lại giao các phòng chuyên môn trả lời bằng văn bản và đăng trên Đài truyền thanh huyện. Đồng chí nhấn mạnh việc đối thoại với nông dân là để thực hiện Nghị quyết 26-NQ/TW của BCH Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn và Kết luận 61-KL/TW ngày 3/12/2009 của Ban Bí thư về nâng cao vai trò của Hội Nông dân; đồng thời giao Văn phòng HĐND - UBND huyện, một trong những huyện miền núi cao của tỉnh Nghệ An, theo dõi, đôn đốc thực hiện Kế hoạch số 18/KH-UBND của UBND huyện về giải quyết kiến nghị của cử tri và nông dân.
Lang Hùng - Đài TT-TH Quỳ Châu
Lượt xem: 1.204
Tin liên quan
- Quỳ Châu: 5 xã ra mắt tổ hợp tác chăn nuôi bò sinh sản (08/04/2011)
- Hội Nông dân huyện tổng kết phong trào sản xuất kinh doanh giỏi năm 2010 (29/12/2010)
- Châu Hạnh: người dân hiến 3.000 m2 đất làm đường (15/12/2010)
- Huyện ủy Quỳ Châu triển khai nhiệm vụ năm 2011 (06/01/2011)
""", "2011-04-18", "Chủ tịch UBND huyện Quỳ Châu đối thoại với hơn 200 hội viên nông dân",
E("doi_thoai", "2011", "2011-04-16"),
[P("Lô Văn Thành", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Sầm Văn Hợi", "Phó Chủ tịch UBND huyện"),
 P("Vi Thị Hương", "Phó Chủ tịch UBND huyện"),
 P("Lương Văn Pín"),
 P("Vi Thị Lan"),
 P("Hồ Sỹ Hùng", "Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Quỳ Châu"),
 P("Lữ Thị Nga", "Chủ tịch Hội Nông dân huyện")],
[Q("hơn 200 hội viên nông dân", 200, "hội viên nông dân", "over"), Q("12 xã, thị trấn", 12, "xã, thị trấn"),
 Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"), Q("35 hộ", 35, "hộ"),
 Q("khoảng 4 triệu đồng", 4000000, "đồng", "approx"), Q("tối đa 50 triệu đồng/hộ", 50000000, "đồng"),
 Q("186,5 tỷ đồng", 186500000000, "đồng"), Q("3.412 hộ", 3412, "hộ"), Q("9 tổ hợp tác chăn nuôi", 9, "tổ hợp tác chăn nuôi"),
 Q("32 ý kiến", 32, "ý kiến")],
[D("Nghị định", "41", "2010/NĐ-CP", None, "Chính phủ", "Nghị định 41/2010/NĐ-CP"),
 D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW"),
 D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận 61-KL/TW ngày 3/12/2009"),
 D("Kế hoạch", "18", "KH-UBND", None, "UBND huyện", "Kế hoạch số 18/KH-UBND")],
[prov("Nghệ An"), com("Châu Tiến"), com("Châu Hạnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲ CHÂU - TỈNH NGHỆ AN", "Trang chủ > Tin tức - Sự kiện > Chính trị - Xã hội",
 "Toàn cảnh hội nghị đối thoại. Ảnh: Lang Hùng", "Lượt xem: 1.204", "Đài truyền thanh huyện", "Đội Quản lý thị trường"],
["Thứ Hai, 18/04/2011 - 08:30", "năm 2011", "30/5/2011", "khóa X", "Lượt xem: 1.204"]))

PAGES.append(page("b4758-thaibinh-doithoai-2012", """
BÁO THÁI BÌNH ĐIỆN TỬ
Thời sự | Chính trị | Nông nghiệp - Nông thôn
21/09/2012 - 09:15
Ảnh: Quang cảnh hội nghị.
Nông dân chất vấn về dồn điền đổi thửa, giá lúa và máy gặt
Ngày 19/9, Hội Nông dân tỉnh phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2012. Đồng chí Trần Đức Khang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Bùi Thị Loan, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh đồng chủ trì. Dự hội nghị tại Hội trường Tỉnh ủy Thái Bình có gần 250 đại biểu là cán bộ Hội và hội viên nông dân tiêu biểu của 8 huyện, thành phố.
Đồng chí Trần Đức Khang trả lời kiến nghị của nông dân.
Trước hội nghị, Hội Nông dân các cấp đã tổng hợp 63 ý kiến gửi UBND tỉnh. Tại hội nghị, 17 lượt nông dân trực tiếp nêu câu hỏi. Ông Đỗ Văn Lịch, thôn Đông Thượng, xã Vũ Hội (Vũ Thư), phản ánh sau dồn điền đổi thửa nhiều tuyến kênh nội đồng chưa được cứng hóa, đề nghị tỉnh tăng mức hỗ trợ. Bà Phạm Thị Nụ, xã Thụy Hải (Thái Thụy), hỏi về chính sách hỗ trợ mua máy gặt đập liên hợp và lò sấy lúa; ông Nguyễn Văn Thiều, Chi hội trưởng Chi hội Nông dân thôn Tân Lập, xã Quỳnh Hoa (Quỳnh Phụ), lo ngại giá lúa vụ mùa giảm khoảng 15% so với cùng kỳ trong khi giá phân bón tăng.
Các đồng chí: Ngô Văn Tuấn, Giám đốc Sở Nông nghiệp và PTNT; Lại Văn Hòa, Giám đốc Sở Tài nguyên và Môi trường đã trực tiếp giải đáp. Theo đó, toàn tỉnh đã hoàn thành dồn điền đổi thửa trên 1.700 ha theo đề án số 07-ĐA/TU của Tỉnh ủy; tỉnh hỗ trợ 200.000 đồng/sào cho các xã hoàn thành sớm và đã cấp đổi 41.560 giấy chứng nhận quyền sử dụng đất nông nghiệp. Hiện toàn tỉnh có 380 máy gặt đập liên hợp, mỗi máy được hỗ trợ lãi suất theo Quyết định số 63/2010/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ nhằm giảm tổn thất sau thu hoạch.
Phát biểu kết luận, đồng chí Chủ tịch UBND tỉnh ghi nhận 63 ý kiến của nông dân là tâm huyết, sát thực tế; khẳng định tỉnh tiếp tục thực hiện Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương Đảng và Quyết định số 2418/QĐ-UBND ngày 12/11/2011 của UBND tỉnh về xây dựng nông thôn mới. Đồng chí giao các sở, ngành trả lời bằng văn bản những ý kiến chưa giải đáp xong trước ngày 15/10 và đề nghị Hội Nông dân tỉnh giám sát việc thực hiện.
Dịp này, UBND tỉnh tặng bằng khen cho 15 hộ nông dân sản xuất, kinh doanh giỏi cấp tỉnh.
Minh Thu
Các tin khác
- Vũ Thư: 24 xã hoàn thành dồn điền đổi thửa (14/09/2012)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2012 (11/07/2012)
- Nông dân Tiền Hải thu lãi từ cánh đồng mẫu lớn (02/07/2012)
- Thái Thụy: trao 120 suất quà cho hội viên nghèo (20/06/2012)
""", "2012-09-21", "Nông dân chất vấn về dồn điền đổi thửa, giá lúa và máy gặt",
E("doi_thoai", "2012", "2012-09-19"),
[P("Trần Đức Khang", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Bùi Thị Loan", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đỗ Văn Lịch"), P("Phạm Thị Nụ"),
 P("Nguyễn Văn Thiều", "Chi hội trưởng Chi hội Nông dân thôn Tân Lập"),
 P("Ngô Văn Tuấn", "Giám đốc Sở Nông nghiệp và PTNT"),
 P("Lại Văn Hòa", "Giám đốc Sở Tài nguyên và Môi trường")],
[Q("gần 250 đại biểu", 250, "đại biểu", "approx"), Q("8 huyện, thành phố", 8, "huyện, thành phố"),
 Q("63 ý kiến", 63, "ý kiến"), Q("17 lượt nông dân", 17, "lượt nông dân"), Q("khoảng 15%", 15, "%", "approx"),
 Q("trên 1.700 ha", 1700, "ha", "over"), Q("200.000 đồng/sào", 200000, "đồng"),
 Q("41.560 giấy chứng nhận quyền sử dụng đất nông nghiệp", 41560, "giấy chứng nhận quyền sử dụng đất nông nghiệp"),
 Q("380 máy gặt đập liên hợp", 380, "máy gặt đập liên hợp"),
 Q("15 hộ nông dân sản xuất, kinh doanh giỏi cấp tỉnh", 15, "hộ nông dân sản xuất, kinh doanh giỏi cấp tỉnh")],
[D("Đề án", "07", "ĐA/TU", None, "Tỉnh ủy", "đề án số 07-ĐA/TU của Tỉnh ủy"),
 D("Quyết định", "63", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 63/2010/QĐ-TTg"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Quyết định", "2418", "QĐ-UBND", "2011-11-12", "UBND tỉnh", "Quyết định số 2418/QĐ-UBND ngày 12/11/2011")],
[prov("Thái Bình"), com("Vũ Hội"), com("Thụy Hải"), com("Quỳnh Hoa")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Thời sự | Chính trị | Nông nghiệp - Nông thôn", "Ảnh: Quang cảnh hội nghị.",
 "Đồng chí Trần Đức Khang trả lời kiến nghị của nông dân."],
["21/09/2012 - 09:15", "năm 2012", "cùng kỳ", "15/10"]))

PAGES.append(page("b4759-angiang-doithoai-2013", """
BÁO AN GIANG ONLINE
Trang chủ / Chính trị / Xây dựng Đảng
08:15 | 14/06/2013
Bí thư Tỉnh ủy đối thoại với nông dân vùng Tứ giác Long Xuyên
(AG) - Chiều 12-6, tại Hội trường UBND huyện Thoại Sơn, đồng chí Huỳnh Văn Tâm, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã có buổi tiếp xúc, đối thoại trực tiếp với gần 300 nông dân 2 huyện Thoại Sơn, Tri Tôn về liên kết sản xuất, tiêu thụ lúa. Cùng dự có đồng chí Lê Hoàng Phước, Phó Chủ tịch UBND tỉnh và đồng chí Chau Thi, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Huỳnh Văn Tâm lắng nghe ý kiến nông dân. Ảnh: Hữu Huynh
Báo cáo của Sở Nông nghiệp và PTNT cho biết, vụ đông xuân 2012-2013 toàn tỉnh có 18 cánh đồng mẫu lớn với diện tích 5.400 ha, năng suất bình quân trên 7 tấn/ha. Tuy vậy, chỉ khoảng 20% sản lượng được doanh nghiệp bao tiêu theo hợp đồng; nhiều hộ vẫn bán lúa tươi cho thương lái.
Ông Trần Văn Bé Tư, ấp Tây Bình, xã Vọng Thê (Thoại Sơn), thẳng thắn: "Doanh nghiệp ký hợp đồng giá 5.200 đồng/kg, đến lúc thu hoạch giá thị trường lên thì không mua, giá xuống lại ép cấp hạt. Nông dân thiệt đủ đường". Ông Chau Sóc Kha, ấp Tô Thuận, xã Lương Phi (Tri Tôn), đề nghị nạo vét kênh Mười Châu vì mùa khô năm trước 126 hộ đồng bào Khmer trong ấp thiếu nước tưới. Bà Néang Sà Phia, xã Lương An Trà, hỏi về vốn vay làm nhà theo chương trình hỗ trợ hộ nghèo.
Trả lời, đồng chí Lê Hoàng Phước, Phó Chủ tịch UBND tỉnh, cho biết tỉnh đang rà soát các doanh nghiệp vi phạm hợp đồng theo Quyết định 80/2002/QĐ-TTg của Thủ tướng Chính phủ về khuyến khích tiêu thụ nông sản hàng hóa thông qua hợp đồng; năm 2013 tỉnh bố trí 42 tỷ đồng nạo vét kênh cấp 2, cấp 3, trong đó có kênh Mười Châu.
Phát biểu kết thúc buổi đối thoại, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, chính quyền thực hiện nghiêm Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về đối thoại với nhân dân và về phát triển cánh đồng mẫu lớn; mỗi tháng Chủ tịch UBND cấp huyện phải dành ít nhất 2 buổi tiếp dân. Đồng chí giao Ban Dân vận Tỉnh ủy theo dõi việc trả lời 21 kiến nghị nông dân đã nêu, báo cáo Thường trực Tỉnh ủy trong tháng 7.
Theo Ban Dân vận Tỉnh ủy, đây là buổi đối thoại thứ hai trong năm của người đứng đầu cấp ủy tỉnh An Giang với nông dân; các kiến nghị sẽ được đăng trên Báo An Giang và Đài Phát thanh - Truyền hình tỉnh cùng kết quả trả lời để bà con theo dõi.
Nhân dịp này, Tỉnh ủy trao 50 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh nghèo vượt khó hai huyện.
Hạnh Châu
Lượt xem: 2.311
Tin liên quan
- Tri Tôn: 300 hộ Khmer được hỗ trợ chuyển đổi cây trồng (05/06/2013)
- Thoại Sơn sơ kết vụ đông xuân 2012-2013 (28/05/2013)
- Nông dân Châu Phú bán lúa qua hợp đồng (21/05/2013)
- Ban Dân vận Tỉnh ủy sơ kết công tác dân vận chính quyền (15/05/2013)
""", "2013-06-14", "Bí thư Tỉnh ủy đối thoại với nông dân vùng Tứ giác Long Xuyên",
E("doi_thoai", None, "2013-06-12"),
[P("Huỳnh Văn Tâm", "Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Hoàng Phước", "Phó Chủ tịch UBND tỉnh"),
 P("Chau Thi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Bé Tư"), P("Chau Sóc Kha"), P("Néang Sà Phia")],
[Q("gần 300 nông dân", 300, "nông dân", "approx"), Q("2 huyện", 2, "huyện"), Q("18 cánh đồng mẫu lớn", 18, "cánh đồng mẫu lớn"),
 Q("5.400 ha", 5400, "ha"), Q("trên 7 tấn/ha", 7, "tấn/ha", "over"), Q("khoảng 20%", 20, "%", "approx"),
 Q("5.200 đồng/kg", 5200, "đồng"), Q("126 hộ đồng bào Khmer", 126, "hộ đồng bào Khmer"), Q("42 tỷ đồng", 42000000000, "đồng"),
 Q("ít nhất 2 buổi tiếp dân", 2, "buổi tiếp dân", "over"), Q("21 kiến nghị", 21, "kiến nghị"),
 Q("50 suất học bổng", 50, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "80", "2002/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 80/2002/QĐ-TTg"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU")],
[prov("An Giang"), com("Vọng Thê"), com("Lương Phi"), com("Lương An Trà")],
["BÁO AN GIANG ONLINE", "Trang chủ / Chính trị / Xây dựng Đảng", "(AG)",
 "Đồng chí Huỳnh Văn Tâm lắng nghe ý kiến nông dân. Ảnh: Hữu Huynh", "Tứ giác Long Xuyên", "kênh Mười Châu", "Lượt xem: 2.311"],
["08:15 | 14/06/2013", "Chiều 12-6", "2012-2013", "năm 2013", "tháng 7", "Lượt xem: 2.311"]))

PAGES.append(page("b4760-daklak-doithoai-2014", """
Báo Đắk Lắk điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk
Chính trị > Dân tộc - Tôn giáo
Thứ Tư, 08/10/2014 - 15:42
Krông Pắc: Bí thư Huyện ủy đối thoại với đồng bào các buôn
Ngày 6/10, tại Nhà văn hóa xã Ea Yông, Huyện ủy Krông Pắc tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân năm 2014. Đồng chí Y Wang Mlô, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì; cùng chủ trì có đồng chí Nguyễn Hồng Sơn, Phó Bí thư Thường trực Huyện ủy và đồng chí Hoàng Văn Lực, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Các già làng, người có uy tín tham dự đối thoại. Ảnh: H.Gia
Hơn 150 đại biểu là già làng, người có uy tín, chức sắc tôn giáo và nhân dân 4 xã Ea Yông, Ea Phê, Vụ Bổn, Ea Kênh đã dự. Qua 3 giờ đối thoại, 23 ý kiến được nêu, chủ yếu về đất sản xuất, tranh chấp đất với nông trường, cấp giấy chứng nhận quyền sử dụng đất và nước tưới cà phê mùa khô.
Già làng Y Bhiên Ayŭn, người có uy tín buôn Kniết, xã Vụ Bổn, phản ánh 37 hộ trong buôn còn thiếu đất sản xuất dù đã có đơn từ năm 2012. Ông Y Thuôl Niê, buôn Ea Kmar, xã Ea Yông, hỏi khi nào 412 ha đất nông trường giao lại địa phương được chia cho dân. Bà H'Lim Êban, buôn Drai, xã Ea Phê, đề nghị kéo điện về rẫy để bà con bơm nước, giảm chi phí khoảng 30%.
Ông Lê Văn Hiếu, Trưởng phòng Tài nguyên và Môi trường huyện, cho biết huyện đã lập phương án giao 412 ha cho 1.240 hộ đồng bào dân tộc thiểu số thiếu đất theo Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ; đến nay đã cấp được 85% số giấy chứng nhận lần đầu. Đồng chí Hoàng Văn Lực cam kết trong quý I/2015 hoàn thành đo đạc, giao đất cho 37 hộ buôn Kniết; huyện đầu tư 3,2 tỷ đồng kéo đường điện hạ thế phục vụ tưới cà phê ở xã Ea Phê.
Kết luận, đồng chí Y Wang Mlô biểu dương tinh thần thẳng thắn của bà con; yêu cầu các cơ quan thực hiện Chỉ thị số 07-CT/HU ngày 14/3/2014 của Ban Thường vụ Huyện ủy về tăng cường đối thoại, giải quyết kiến nghị của Nhân dân, trả lời bằng văn bản các ý kiến chưa giải quyết tại chỗ trong 30 ngày. Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện có trách nhiệm giám sát.
Bà Nay Thị Hoa, Trưởng Ban Dân vận Huyện ủy, cho biết sau hội nghị sẽ công khai kết quả giải quyết tại 68 buôn, thôn. Đây là mô hình đối thoại định kỳ mà Ban Thường vụ Tỉnh ủy Đắk Lắk đang chỉ đạo nhân rộng ở các huyện có đông đồng bào Êđê, Mnông; nội dung trả lời được dịch ra tiếng Êđê và phát trên loa truyền thanh của các buôn.
H.Gia - Thu Trang
Số lượt xem: 978
Tin khác
- Ea Kar: đối thoại với người có uy tín trong đồng bào (30/09/2014)
- Tỉnh ủy gặp mặt 600 già làng, người có uy tín (12/09/2014)
- Krông Pắc: trao 200 suất quà cho hộ nghèo (05/09/2014)
- Buôn Ma Thuột: hội nghị dân vận chính quyền (28/08/2014)
""", "2014-10-08", "Krông Pắc: Bí thư Huyện ủy đối thoại với đồng bào các buôn",
E("doi_thoai", "2014", "2014-10-06"),
[P("Y Wang Mlô", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Nguyễn Hồng Sơn", "Phó Bí thư Thường trực Huyện ủy"),
 P("Hoàng Văn Lực", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Y Bhiên Ayŭn", "Già làng", "người có uy tín buôn Kniết"),
 P("Y Thuôl Niê"), P("H'Lim Êban"),
 P("Lê Văn Hiếu", "Trưởng phòng Tài nguyên và Môi trường huyện"),
 P("Nay Thị Hoa", "Trưởng Ban Dân vận Huyện ủy")],
[Q("Hơn 150 đại biểu", 150, "đại biểu", "over"), Q("4 xã", 4, "xã"), Q("23 ý kiến", 23, "ý kiến"),
 Q("37 hộ", 37, "hộ"), Q("412 ha", 412, "ha"), Q("khoảng 30%", 30, "%", "approx"),
 Q("1.240 hộ đồng bào dân tộc thiểu số", 1240, "hộ đồng bào dân tộc thiểu số"), Q("85%", 85, "%"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("68 buôn, thôn", 68, "buôn, thôn")],
[D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 755/QĐ-TTg"),
 D("Chỉ thị", "07", "CT/HU", "2014-03-14", "Ban Thường vụ Huyện ủy", "Chỉ thị số 07-CT/HU ngày 14/3/2014")],
[prov("Đắk Lắk"), com("Ea Yông"), com("Ea Phê"), com("Vụ Bổn"), com("Ea Kênh")],
["Báo Đắk Lắk điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk", "Chính trị > Dân tộc - Tôn giáo",
 "Các già làng, người có uy tín tham dự đối thoại. Ảnh: H.Gia", "Số lượt xem: 978"],
["Thứ Tư, 08/10/2014 - 15:42", "năm 2014", "3 giờ", "năm 2012", "quý I/2015", "30 ngày", "Số lượt xem: 978"]))

PAGES.append(page("b4761-quangnam-doithoai-2015", """
QUẢNG NAM ONLINE - BÁO QUẢNG NAM
Thời sự » Địa phương
27-08-2015 10:20
Chủ tịch UBND thị xã Điện Bàn đối thoại với 87 hộ dân vùng dự án
(QNO) - Sáng 26.8, ông Trần Minh Cả, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã Điện Bàn đã đối thoại với 87 hộ dân phường Điện Nam Bắc và xã Điện Minh có đất bị thu hồi để xây dựng khu đô thị mới. Tham gia có ông Phan Văn Dũng, Phó Chủ tịch UBND thị xã, Chủ tịch Hội đồng bồi thường, hỗ trợ và tái định cư; bà Lê Thị Thu Sương, Chủ tịch Ủy ban MTTQ Việt Nam thị xã cùng đại diện các phòng chuyên môn và chủ đầu tư.
Người dân phát biểu tại buổi đối thoại. Ảnh: V.L
Đây là lần đối thoại thứ 3 với các hộ vùng dự án. Đến nay dự án đã chi trả khoảng 12,6 tỷ đồng tiền bồi thường, hỗ trợ cho 46 hộ; 41 hộ còn lại chưa nhận tiền vì chưa đồng ý đơn giá đất ở và vị trí tái định cư.
Ông Huỳnh Tấn Lộc, khối phố Viêm Trung, phường Điện Nam Bắc, hỏi: "Cùng một thửa đất mà năm 2013 tính 1,8 triệu đồng/m2, nay chỉ còn 1,5 triệu đồng/m2, căn cứ vào đâu?". Bà Nguyễn Thị Tám, thôn Thanh Quýt 2, xã Điện Minh, đề nghị được bố trí lô tái định cư gần chợ để tiếp tục buôn bán; ông Võ Văn Lựu, cùng thôn, kiến nghị bồi thường 120 cây dừa trồng trên đất lúa.
Trả lời các hộ dân, ông Phan Văn Dũng giải thích đơn giá được áp theo Quyết định số 43/2014/QĐ-UBND của UBND tỉnh và Nghị định 47/2014/NĐ-CP của Chính phủ về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất; khu tái định cư có 214 lô, mỗi lô từ 120 m2 trở lên, các hộ được bốc thăm công khai.
Ông Trần Minh Cả tiếp thu, thống nhất đề nghị UBND tỉnh điều chỉnh hệ số giá đất cho 2 tuyến đường, trình trong tháng 9; giao Trung tâm Phát triển quỹ đất kiểm đếm lại tài sản trên đất của 12 hộ có ý kiến và công khai kết quả tại nhà văn hóa khối phố. "Quyền lợi chính đáng của người dân phải được bảo đảm, nhưng cũng mong bà con đồng thuận để dự án sớm triển khai", ông Cả nói.
Theo Kế hoạch số 95/KH-UBND của UBND thị xã, sau buổi đối thoại, Ủy ban MTTQ Việt Nam thị xã sẽ giám sát việc thực hiện các cam kết; năm nay thị xã phấn đấu bàn giao mặt bằng 100% các dự án trọng điểm. Trước đó, tại hội nghị của UBND tỉnh Quảng Nam về công tác bồi thường, giải phóng mặt bằng, Điện Bàn được yêu cầu tăng cường đối thoại, công khai phương án đến từng hộ, không để phát sinh khiếu kiện đông người, vượt cấp.
Vĩnh Lộc
Lượt đọc: 3.450
Tin liên quan
- Điện Bàn: 300 hộ nhận đất tái định cư (18/08/2015)
- Quảng Nam công bố thành lập thị xã Điện Bàn (10/04/2015)
- Vận động nhân dân bàn giao mặt bằng dự án cao tốc (02/04/2015)
- Điện Minh tổ chức hội nghị dân vận chính quyền (25/03/2015)
""", "2015-08-27", "Chủ tịch UBND thị xã Điện Bàn đối thoại với 87 hộ dân vùng dự án",
E("doi_thoai", None, "2015-08-26"),
[P("Trần Minh Cả", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã Điện Bàn"),
 P("Phan Văn Dũng", "Phó Chủ tịch UBND thị xã", "Chủ tịch Hội đồng bồi thường, hỗ trợ và tái định cư"),
 P("Lê Thị Thu Sương", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Huỳnh Tấn Lộc"), P("Nguyễn Thị Tám"), P("Võ Văn Lựu")],
[Q("87 hộ dân", 87, "hộ dân"), Q("khoảng 12,6 tỷ đồng", 12600000000, "đồng", "approx"), Q("46 hộ", 46, "hộ"),
 Q("41 hộ", 41, "hộ"), Q("1,8 triệu đồng/m2", 1800000, "đồng"), Q("1,5 triệu đồng/m2", 1500000, "đồng"),
 Q("120 cây dừa", 120, "cây dừa"), Q("214 lô", 214, "lô"), Q("từ 120 m2 trở lên", 120, "m2", "over"),
 Q("2 tuyến đường", 2, "tuyến đường"), Q("12 hộ", 12, "hộ"), Q("100%", 100, "%")],
[D("Quyết định", "43", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 43/2014/QĐ-UBND"),
 D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 47/2014/NĐ-CP"),
 D("Kế hoạch", "95", "KH-UBND", None, "UBND thị xã", "Kế hoạch số 95/KH-UBND")],
[prov("Quảng Nam"), com("Điện Nam Bắc"), com("Điện Minh")],
["QUẢNG NAM ONLINE - BÁO QUẢNG NAM", "Thời sự » Địa phương", "(QNO)", "Người dân phát biểu tại buổi đối thoại. Ảnh: V.L",
 "Trung tâm Phát triển quỹ đất", "Lượt đọc: 3.450"],
["27-08-2015 10:20", "Sáng 26.8", "lần đối thoại thứ 3", "năm 2013", "tháng 9", "Lượt đọc: 3.450"]))

PAGES.append(page("b4762-hatinh-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Trang chủ | Hoạt động Mặt trận | Giám sát - Phản biện
Ngày đăng 02/11/2016 | 16:20
MTTQ tỉnh giám sát việc thực hiện cam kết sau đối thoại ở Hương Khê
Thực hiện chương trình giám sát năm 2016, ngày 31/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Trần Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc giải quyết kiến nghị của Nhân dân sau các hội nghị đối thoại tại huyện Hương Khê. Tham gia đoàn có ông Đặng Quốc Vinh, Phó Chủ tịch Hội Nông dân tỉnh, và ông Lê Anh Tuấn, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh.
Đoàn giám sát làm việc với UBND huyện Hương Khê.
Báo cáo của UBND huyện cho thấy, trong năm 2015 và 9 tháng năm 2016, Chủ tịch UBND huyện đã chủ trì 6 hội nghị đối thoại với Nhân dân, tiếp nhận 52 kiến nghị; đến nay đã giải quyết 38 kiến nghị, đạt 73%, đang giải quyết 11 kiến nghị, 3 kiến nghị vượt thẩm quyền đã chuyển cấp trên. Huyện đã đầu tư 7,5 tỷ đồng sửa chữa 14 tuyến kênh mương và 2 đập thủy lợi theo đề nghị của người dân xã Hương Thủy, Phúc Đồng.
Đoàn đã về làm việc tại xã Hương Trạch và trực tiếp gặp người dân. Ông Nguyễn Văn Đào, thôn 4, xã Hương Trạch, cho biết huyện hứa cấp giấy chứng nhận quyền sử dụng đất cho 26 hộ trong thôn từ đối thoại tháng 5/2015 nhưng đến nay mới có 9 hộ được cấp. Bà Phan Thị Liên, thôn 7, xã Hương Trạch, phản ánh đường vào vùng cam bị sạt lở chưa được khắc phục.
Ông Võ Tá Đinh, Phó Chủ tịch UBND huyện Hương Khê, tiếp thu và cam kết hoàn thành cấp giấy cho các hộ còn lại trước ngày 31/12/2016.
Kết luận giám sát, bà Trần Thị Mai đề nghị UBND huyện lập danh mục theo dõi từng cam kết, công khai tiến độ trên hệ thống truyền thanh cơ sở; thực hiện nghiêm Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận và góp ý xây dựng Đảng, xây dựng chính quyền; Kế hoạch số 27/KH-MTTQ-BTT ngày 10/3/2016 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát năm 2016. Đoàn sẽ tái giám sát vào quý I/2017.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh, năm 2016 Mặt trận các cấp đã chọn nội dung giám sát việc thực hiện cam kết của người đứng đầu sau đối thoại làm trọng tâm, bởi đây là điều người dân quan tâm nhất; kết quả sẽ được báo cáo tại kỳ họp cuối năm của HĐND tỉnh.
Phan Trâm - Ban Tuyên giáo
Lượt truy cập: 15.202
Tin khác
- Cẩm Xuyên: MTTQ giám sát việc hỗ trợ ngư dân (24/10/2016)
- Hội nghị phản biện dự thảo quy định về chính sách nông thôn mới (11/10/2016)
- 12 khu dân cư đón nhận danh hiệu khu dân cư kiểu mẫu (30/09/2016)
- Vũ Quang: đối thoại với người dân về dồn điền đổi thửa (22/09/2016)
""", "2016-11-02", "MTTQ tỉnh giám sát việc thực hiện cam kết sau đối thoại ở Hương Khê",
E("giam_sat", "2016", "2016-10-31"),
[P("Trần Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Quốc Vinh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Anh Tuấn", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Đào"), P("Phan Thị Liên"),
 P("Võ Tá Đinh", "Phó Chủ tịch UBND huyện Hương Khê")],
[Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"), Q("52 kiến nghị", 52, "kiến nghị"), Q("38 kiến nghị", 38, "kiến nghị"),
 Q("73%", 73, "%"), Q("11 kiến nghị", 11, "kiến nghị"), Q("3 kiến nghị vượt thẩm quyền", 3, "kiến nghị vượt thẩm quyền"),
 Q("7,5 tỷ đồng", 7500000000, "đồng"), Q("14 tuyến kênh mương", 14, "tuyến kênh mương"), Q("2 đập thủy lợi", 2, "đập thủy lợi"),
 Q("26 hộ", 26, "hộ"), Q("9 hộ", 9, "hộ")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", "2016-03-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 10/3/2016")],
[prov("Hà Tĩnh"), com("Hương Thủy"), com("Phúc Đồng"), com("Hương Trạch")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ | Hoạt động Mặt trận | Giám sát - Phản biện",
 "Đoàn giám sát làm việc với UBND huyện Hương Khê.", "Lượt truy cập: 15.202"],
["Ngày đăng 02/11/2016 | 16:20", "năm 2016", "năm 2015", "9 tháng năm 2016", "tháng 5/2015", "31/12/2016", "quý I/2017", "Lượt truy cập: 15.202"]))
