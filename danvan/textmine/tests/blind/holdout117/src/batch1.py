from lib import *
PAGES = []

PAGES.append(page("b2765-thaibinh-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH THÁI BÌNH
Trang chủ » Tin tức » Hoạt động Hội
Thứ Tư, 28/12/2011 - 16:20
Toàn cảnh hội nghị tổng kết.
Hội Nông dân tỉnh tổng kết công tác Hội và phong trào nông dân năm 2011
Ngày 27/12/2011, Hội Nông dân tỉnh Thái Bình tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Nguyễn Văn Thiều, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Phạm Thị Hằng, Phó Chủ tịch Hội Nông dân Việt Nam.
Năm 2011, các cấp Hội đã tập trung triển khai Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về nâng cao vai trò của Hội Nông dân trong phát triển nông nghiệp, xây dựng nông thôn mới và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ. Toàn tỉnh có 214.360 hộ đăng ký danh hiệu nông dân sản xuất kinh doanh giỏi các cấp, trong đó 98.512 hộ đạt danh hiệu, tăng 6,4% so với năm 2010.
Quỹ hỗ trợ nông dân các cấp đã huy động thêm 3,6 tỷ đồng, nâng tổng nguồn vốn quỹ lên hơn 21 tỷ đồng; giải ngân cho 1.150 hộ vay phát triển chăn nuôi, trồng cây vụ đông. Hội phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ khoảng 640 tỷ đồng qua 1.862 tổ tiết kiệm và vay vốn. Cả năm kết nạp 5.218 hội viên mới; thành lập thêm 47 tổ hợp tác và 6 hợp tác xã dịch vụ nông nghiệp.
Báo cáo do đồng chí Đỗ Văn Mạnh, Phó Chủ tịch Hội Nông dân tỉnh trình bày cũng chỉ rõ: việc tuyên truyền Nghị quyết số 26-NQ/TW ngày 5/8/2008 của BCH Trung ương về nông nghiệp, nông dân, nông thôn ở một số cơ sở còn chung chung; nguồn vốn Quỹ hỗ trợ nông dân còn nhỏ so với nhu cầu vay của hội viên.
Tại hội nghị, bà Trần Thị Nhung, Chủ tịch Hội Nông dân xã Vũ Thắng, chia sẻ cách vận động hội viên dồn điền đổi thửa, đưa cơ giới hóa vào khâu làm đất. Ông Bùi Đức Khoa, Chủ tịch Hội Nông dân huyện Hưng Hà, đề nghị tăng mức cho vay mỗi dự án.
Phát biểu chỉ đạo, đồng chí Phạm Thị Hằng ghi nhận Thái Bình là một trong những tỉnh dẫn đầu phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững. Năm 2012, Hội cần tiếp tục thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế trang trại và xây dựng nông thôn mới.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 8 tập thể, 15 cá nhân; Hội Nông dân tỉnh tặng giấy khen cho 34 hộ nông dân sản xuất kinh doanh giỏi tiêu biểu.
Minh Hương
Lượt xem: 1.204
Tin liên quan
- Hưng Hà: nông dân thu hoạch vụ đông (20/12/2011)
- Hội Nông dân tỉnh giám sát việc cho vay vốn Quỹ hỗ trợ nông dân (08/12/2011)
- Tập huấn kỹ thuật chăn nuôi an toàn sinh học (25/11/2011)
""", "2011-12-28", "Hội Nông dân tỉnh tổng kết công tác Hội và phong trào nông dân năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Nguyễn Văn Thiều", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Phạm Thị Hằng", "Phó Chủ tịch Hội Nông dân Việt Nam"),
 P("Đỗ Văn Mạnh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Thị Nhung", "Chủ tịch Hội Nông dân xã Vũ Thắng"),
 P("Bùi Đức Khoa", "Chủ tịch Hội Nông dân huyện Hưng Hà")],
[Q("214.360 hộ", 214360, "hộ"), Q("98.512 hộ", 98512, "hộ"), Q("6,4%", 6.4, "%"),
 Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("1.150 hộ", 1150, "hộ"), Q("khoảng 640 tỷ đồng", 640000000000, "đồng", "approx"),
 Q("1.862 tổ tiết kiệm và vay vốn", 1862, "tổ tiết kiệm và vay vốn"), Q("5.218 hội viên mới", 5218, "hội viên mới"),
 Q("47 tổ hợp tác", 47, "tổ hợp tác"), Q("6 hợp tác xã dịch vụ nông nghiệp", 6, "hợp tác xã dịch vụ nông nghiệp"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("34 hộ nông dân sản xuất kinh doanh giỏi tiêu biểu", 34, "hộ nông dân sản xuất kinh doanh giỏi tiêu biểu")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("Thái Bình"), com("Vũ Thắng")],
["HỘI NÔNG DÂN TỈNH THÁI BÌNH", "Trang chủ » Tin tức » Hoạt động Hội", "Toàn cảnh hội nghị tổng kết.",
 "nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 16:20", "năm 2011", "năm 2012", "năm 2010", "Lượt xem: 1.204"]))

PAGES.append(page("b2766-nghean-hnd-daihoi-2012", """
Cổng thông tin điện tử huyện Quỳ Hợp - Nghệ An
Tin tức - Sự kiện / Mặt trận - Đoàn thể
Ngày đăng: 18/05/2012 | 09:40
Đại hội đại biểu Hội Nông dân huyện Quỳ Hợp lần thứ VIII, nhiệm kỳ 2012 - 2017
Trong 2 ngày 16 và 17/5/2012, Hội Nông dân huyện Quỳ Hợp tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2012 - 2017. Về dự có đồng chí Hoàng Văn Nhị, Phó Chủ tịch Hội Nông dân tỉnh Nghệ An; đồng chí Lô Thanh Hải, Phó Bí thư Thường trực Huyện ủy cùng 186 đại biểu đại diện cho hơn 19.400 hội viên nông dân người Kinh, Thái, Thổ trong huyện.
Đại biểu dâng hoa tại tượng đài Bác Hồ trước giờ khai mạc.
Nhiệm kỳ 2007 - 2012, phong trào nông dân thi đua sản xuất kinh doanh giỏi phát triển sâu rộng; bình quân mỗi năm có 3.200 hộ đạt danh hiệu các cấp. Hội đã tín chấp cho 4.860 hộ vay vốn với tổng dư nợ 96,5 tỷ đồng; Quỹ hỗ trợ nông dân huyện từ 150 triệu đồng đầu nhiệm kỳ nay đạt 1,2 tỷ đồng. Nông dân đã hiến trên 28.000 m2 đất, đóng góp khoảng 4.000 ngày công làm đường giao thông nông thôn. Hội cũng vận động thành lập 12 chi hội nghề nghiệp trồng cam, chè và nuôi bò.
Đại biểu cũng thẳng thắn chỉ ra hạn chế: một số chi hội sinh hoạt chưa đều, nội dung nghèo nàn; việc phát triển hội viên ở các bản vùng cao còn chậm; nguồn Quỹ hỗ trợ nông dân chưa tương xứng với nhu cầu vay của hội viên.
Đại hội đã thảo luận, góp ý vào báo cáo chính trị, dự thảo văn kiện Đại hội Hội Nông dân tỉnh; nhiều ý kiến đề nghị mở rộng mô hình trồng cam Vinh trên đất đồi ở các xã Châu Quang, Minh Hợp.
Đồng chí Lô Thanh Hải ghi nhận kết quả nhiệm kỳ và yêu cầu Hội bám sát Nghị quyết số 08-NQ/HU của Huyện ủy về phát triển cây ăn quả, đồng thời nâng cao chất lượng hoạt động của các tổ tiết kiệm và vay vốn, không để phát sinh nợ quá hạn.
Đại hội đã bầu Ban Chấp hành Hội Nông dân huyện khóa VIII gồm 27 đồng chí. Đồng chí Vi Văn Khăm được bầu giữ chức Chủ tịch Hội Nông dân huyện; các đồng chí Lang Thị Ơn, Nguyễn Đình Tứ được bầu làm Phó Chủ tịch. Đại hội bầu 9 đại biểu đi dự Đại hội đại biểu Hội Nông dân tỉnh lần thứ VIII.
Ông Vi Văn Khăm, 47 tuổi, người dân tộc Thái, nguyên Chủ tịch Hội Nông dân xã Châu Lộc, là nông dân sản xuất kinh doanh giỏi cấp tỉnh nhiều năm liền.
Lang Hòa - Trung tâm VH-TT huyện
Số lượt truy cập: 58.932
Các tin khác
- Quỳ Hợp: khai mạc Đại hội Hội Nông dân xã Châu Thành (20/04/2012)
- Hội Nông dân huyện tập huấn kỹ thuật trồng cam (11/04/2012)
- Ra quân làm đường giao thông nông thôn (02/04/2012)
- Nông dân Châu Hồng phát triển chăn nuôi bò sinh sản (25/03/2012)
- Quỳ Hợp: ra mắt chi hội nông dân nghề nghiệp trồng chè (15/03/2012)
- Hội Nông dân huyện sơ kết mô hình nuôi cá lồng trên sông Dinh (06/03/2012)
- Hội nghị tổng kết phong trào nông dân thi đua sản xuất kinh doanh giỏi năm 2011 (28/02/2012)
""", "2012-05-18", "Đại hội đại biểu Hội Nông dân huyện Quỳ Hợp lần thứ VIII, nhiệm kỳ 2012 - 2017",
E("dai_hoi", None, "2012-05-16"),
[P("Hoàng Văn Nhị", "Phó Chủ tịch Hội Nông dân tỉnh Nghệ An"),
 P("Lô Thanh Hải", "Phó Bí thư Thường trực Huyện ủy"),
 P("Vi Văn Khăm", "Chủ tịch Hội Nông dân huyện", "nguyên Chủ tịch Hội Nông dân xã Châu Lộc"),
 P("Lang Thị Ơn", "Phó Chủ tịch"), P("Nguyễn Đình Tứ", "Phó Chủ tịch")],
[Q("186 đại biểu", 186, "đại biểu"), Q("hơn 19.400 hội viên nông dân", 19400, "hội viên nông dân", "over"),
 Q("3.200 hộ", 3200, "hộ"), Q("4.860 hộ", 4860, "hộ"), Q("96,5 tỷ đồng", 96500000000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("trên 28.000 m2", 28000, "m2", "over"), Q("khoảng 4.000 ngày công", 4000, "ngày công", "approx"),
 Q("12 chi hội nghề nghiệp", 12, "chi hội nghề nghiệp"), Q("27 đồng chí", 27, "đồng chí"), Q("9 đại biểu", 9, "đại biểu")],
[D("Nghị quyết", "08", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 08-NQ/HU")],
[prov("Nghệ An"), com("Châu Quang"), com("Minh Hợp"), com("Châu Lộc")],
["Cổng thông tin điện tử huyện Quỳ Hợp - Nghệ An", "Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Đại biểu dâng hoa tại tượng đài Bác Hồ trước giờ khai mạc.", "Số lượt truy cập: 58.932"],
["nhiệm kỳ 2012 - 2017", "2 ngày", "lần thứ VIII", "47 tuổi", "Nhiệm kỳ 2007 - 2012", "Số lượt truy cập: 58.932", "27 đồng chí"]))

PAGES.append(page("b2767-daklak-doithoai-nongdan-2013", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị > Thời sự
Cập nhật: 17:05, 09/10/2013 (GMT+7)
Ảnh: Quang cảnh buổi đối thoại.
Chủ tịch UBND tỉnh đối thoại với nông dân năm 2013
(BĐL) - Sáng 8/10, UBND tỉnh phối hợp với Hội Nông dân tỉnh tổ chức Hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2013 theo Quyết định số 1136/QĐ-UBND ngày 24/5/2013 của UBND tỉnh về tổ chức đối thoại định kỳ giữa người đứng đầu chính quyền với nông dân. Chủ trì buổi đối thoại có đồng chí Hoàng Minh Tường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Y Bhiêr Niê Kdăm, Chủ tịch Hội Nông dân tỉnh.
Tham dự có 250 hội viên nông dân tiêu biểu đến từ 15 huyện, thị xã, thành phố, trong đó khoảng 40% là đồng bào dân tộc thiểu số Êđê, M'nông, Jrai.
Tại buổi đối thoại, nông dân đã nêu 36 ý kiến, tập trung vào giá cà phê giảm, vật tư đầu vào tăng, vốn tái canh cà phê và tình trạng phân bón giả. Ông Y Thuôl Byă, hội viên buôn Ea Bông, xã Ea Bông, huyện Krông Ana, phản ánh nhiều hộ không tiếp cận được vốn vay tái canh vì không có giấy chứng nhận quyền sử dụng đất. Bà H'Lim Mlô, chi hội trưởng chi hội nông dân buôn Kô Siêr, đề nghị tỉnh có chính sách hỗ trợ giống cà phê ghép cho hộ nghèo.
Trả lời các ý kiến, đồng chí Hoàng Minh Tường cho biết tỉnh đã chỉ đạo ngành nông nghiệp rà soát hơn 130.000 ha cà phê, trong đó khoảng 25.000 ha cần tái canh đến năm 2020; đồng thời yêu cầu các ngân hàng thực hiện nghiêm Nghị định số 41/2010/NĐ-CP của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn. Ông Nguyễn Văn Lương, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết năm 2013 đã phát hiện, xử lý 27 vụ kinh doanh phân bón giả, kém chất lượng.
Về Quỹ hỗ trợ nông dân, đồng chí Y Bhiêr Niê Kdăm cho biết tổng nguồn vốn đạt 14,7 tỷ đồng, đã cho 620 hộ vay; Hội đề nghị UBND tỉnh bổ sung 2 tỷ đồng từ ngân sách. Chủ tịch UBND tỉnh đồng ý về chủ trương và giao Sở Tài chính tham mưu.
Ông Lê Quang Vĩnh, hội viên xã Ea Ô, kiến nghị kiểm soát chặt giá thu mua cà phê tươi của các đại lý. Đại diện Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Đắk Lắk cho biết đến nay đã giải ngân cho vay tái canh với tổng số tiền 310 tỷ đồng.
Kết thúc buổi đối thoại, Chủ tịch UBND tỉnh giao các sở, ngành trả lời bằng văn bản những ý kiến chưa được giải đáp trước ngày 30/10.
Hoài Nam
Tin cùng chuyên mục
- Hội Nông dân tỉnh kỷ niệm 83 năm Ngày thành lập Hội (14/10/2013)
- Krông Ana: Nông dân thu hoạch cà phê sớm (05/10/2013)
- Giám sát thực hiện chính sách hỗ trợ giống cà phê (27/09/2013)
- Hội Nông dân tỉnh Đắk Lắk tập huấn kỹ thuật tái canh cà phê (20/09/2013)
- Cư M'gar: nông dân liên kết sản xuất cà phê bền vững (12/09/2013)
- Ra mắt câu lạc bộ nông dân sản xuất giỏi xã Ea Tu (04/09/2013)
""", "2013-10-09", "Chủ tịch UBND tỉnh đối thoại với nông dân năm 2013",
E("doi_thoai", "2013", "2013-10-08"),
[P("Hoàng Minh Tường", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Y Bhiêr Niê Kdăm", "Chủ tịch Hội Nông dân tỉnh"),
 P("Y Thuôl Byă", "hội viên buôn Ea Bông"),
 P("H'Lim Mlô", "chi hội trưởng chi hội nông dân buôn Kô Siêr"),
 P("Nguyễn Văn Lương", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Lê Quang Vĩnh", "hội viên xã Ea Ô")],
[Q("250 hội viên nông dân tiêu biểu", 250, "hội viên nông dân tiêu biểu"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("khoảng 40%", 40, "%", "approx"), Q("36 ý kiến", 36, "ý kiến"), Q("hơn 130.000 ha", 130000, "ha", "over"),
 Q("khoảng 25.000 ha", 25000, "ha", "approx"), Q("27 vụ kinh doanh phân bón giả, kém chất lượng", 27, "vụ kinh doanh phân bón giả, kém chất lượng"),
 Q("310 tỷ đồng", 310000000000, "đồng"), Q("14,7 tỷ đồng", 14700000000, "đồng"), Q("620 hộ", 620, "hộ"), Q("2 tỷ đồng", 2000000000, "đồng")],
[D("Quyết định", "1136", "QĐ-UBND", "2013-05-24", "UBND tỉnh", "Quyết định số 1136/QĐ-UBND ngày 24/5/2013"),
 D("Nghị định", "41", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 41/2010/NĐ-CP")],
[prov("Đắk Lắk"), com("Ea Bông"), com("Ea Ô")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị > Thời sự", "Ảnh: Quang cảnh buổi đối thoại.", "(BĐL)"],
["Cập nhật: 17:05, 09/10/2013 (GMT+7)", "năm 2013", "đến năm 2020", "ngày 30/10", "83 năm"]))

PAGES.append(page("b2768-soctrang-nongdan-gioi-2014", """
Báo Sóc Trăng Online
Kinh tế » Nông nghiệp - Nông thôn
15-08-2014 07:30
Ông Lâm Sà Quol (bìa phải) giới thiệu giống lúa thơm với cán bộ Hội Nông dân xã.
Người nông dân Khmer làm giàu trên đất giồng
Từ 4 công đất giồng cát cha mẹ để lại, ông Lâm Sà Quol, 52 tuổi, ở ấp Bưng Tróp, xã Lịch Hội Thượng, huyện Trần Đề, nay đã có 3,5 ha đất trồng hành tím, lúa thơm và một trại nuôi bò vỗ béo. Nhiều năm liền ông là nông dân sản xuất kinh doanh giỏi cấp tỉnh, năm 2014 được Trung ương Hội Nông dân Việt Nam tặng Bằng khen.
Ông kể năm 2006 gia đình còn thuộc diện hộ nghèo. Được Hội Nông dân xã tín chấp vay 10 triệu đồng từ Ngân hàng Chính sách xã hội, ông mua 2 con bò giống. "Hồi đó tôi tính từng đồng, bò đẻ thì bán bê mua thêm đất", ông Quol nói bằng giọng lơ lớ pha tiếng Khmer. Năm 2010, ông được vay thêm 20 triệu đồng từ Quỹ hỗ trợ nông dân của Hội để chuyển 1 ha lúa kém hiệu quả sang trồng hành tím.
Hiện mỗi năm gia đình ông thu lãi khoảng 350 triệu đồng, tạo việc làm thường xuyên cho 8 lao động là bà con trong ấp. Ông còn đứng ra thành lập tổ hợp tác trồng hành tím với 24 thành viên, liên kết với một doanh nghiệp ở thị xã Vĩnh Châu bao tiêu sản phẩm. Năm rồi, ông đóng góp 30 triệu đồng và hơn 200 ngày công làm lộ nông thôn của ấp.
Bà Thạch Thị Sa Phiên, Chủ tịch Hội Nông dân xã Lịch Hội Thượng, cho biết: "Ông Quol là tấm gương để hội viên người Khmer noi theo. Nhờ mô hình của ông mà hơn 60 hộ trong xã đã chuyển sang trồng hành tím". Theo bà, toàn xã hiện có 412 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp, chiếm 31,5% số hộ nông dân.
Ông Trần Văn Chuẩn, Phó Chủ tịch Hội Nông dân huyện Trần Đề, nói huyện đang nhân rộng cách làm của ông Quol qua 14 câu lạc bộ nông dân ở các xã.
Ngoài làm kinh tế, ông Quol còn là người hòa giải giỏi của ấp; nhiều năm liền gia đình ông đạt danh hiệu gia đình văn hóa. Mỗi dịp lễ Sene Dolta, ông lại góp gạo, góp tiền giúp những hộ khó khăn trong ấp đón lễ đầy đủ.
Khi được hỏi về dự định, ông Quol cười: "Tôi muốn góp sức cùng chùa làm lớp dạy chữ Khmer cho tụi nhỏ trong ấp, rồi đưa hành tím của ấp thành sản phẩm có thương hiệu".
Bài, ảnh: Sơn Ca
Tin khác
- Vĩnh Châu: giá hành tím tăng mạnh (10/08/2014)
- Hội Nông dân tỉnh trao 50 con bò giống cho hội viên nghèo (02/08/2014)
- Mỹ Xuyên ra mắt tổ hợp tác nuôi tôm (28/07/2014)
- Trần Đề: nông dân xuống giống lúa hè thu (20/07/2014)
- Hội Nông dân tỉnh giải ngân vốn Quỹ hỗ trợ nông dân (11/07/2014)
- Gương sáng nông dân Khmer ở Mỹ Tú (03/07/2014)
- Hội Nông dân xã Lịch Hội Thượng ra mắt chi hội nông dân nghề nghiệp (25/06/2014)
""", "2014-08-15", "Người nông dân Khmer làm giàu trên đất giồng",
E("khac", None, None),
[P("Lâm Sà Quol"), P("Thạch Thị Sa Phiên", "Chủ tịch Hội Nông dân xã Lịch Hội Thượng"),
 P("Trần Văn Chuẩn", "Phó Chủ tịch Hội Nông dân huyện Trần Đề")],
[Q("4 công", 4, "công"), Q("3,5 ha", 3.5, "ha"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("2 con bò giống", 2, "con bò giống"), Q("20 triệu đồng", 20000000, "đồng"), Q("1 ha", 1, "ha"),
 Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx"), Q("8 lao động", 8, "lao động"), Q("24 thành viên", 24, "thành viên"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("hơn 200 ngày công", 200, "ngày công", "over"),
 Q("hơn 60 hộ", 60, "hộ", "over"), Q("412 hộ", 412, "hộ"), Q("31,5%", 31.5, "%"),
 Q("14 câu lạc bộ nông dân", 14, "câu lạc bộ nông dân")],
[],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["Báo Sóc Trăng Online", "Kinh tế » Nông nghiệp - Nông thôn",
 "Ông Lâm Sà Quol (bìa phải) giới thiệu giống lúa thơm với cán bộ Hội Nông dân xã."],
["15-08-2014 07:30", "52 tuổi", "năm 2014", "năm 2006", "Năm 2010"]))

PAGES.append(page("b2769-laocai-taphuan-quyhtnd-2015", """
HỘI NÔNG DÂN TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Tin hoạt động :: Hỗ trợ nông dân
22.04.2015 | 10:15
Tập huấn nghiệp vụ quản lý Quỹ hỗ trợ nông dân năm 2015
Trong 2 ngày 20 - 21/4/2015, Hội Nông dân tỉnh Lào Cai tổ chức lớp tập huấn nghiệp vụ quản lý, sử dụng Quỹ hỗ trợ nông dân năm 2015 cho 85 học viên là Chủ tịch, Phó Chủ tịch, kế toán Quỹ của Hội Nông dân các huyện, thành phố và 40 xã vùng cao.
Học viên thực hành lập hồ sơ dự án vay vốn.
Phát biểu khai mạc, đồng chí Sần Chá Chứ, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh nhấn mạnh: sau 5 năm thực hiện Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ, nhiều hộ người Mông, Dao, Giáy đã thoát nghèo nhờ vốn Quỹ. Tính đến hết quý I/2015, tổng nguồn vốn Quỹ hỗ trợ nông dân các cấp trong tỉnh đạt 18,2 tỷ đồng, trong đó vốn Trung ương Hội ủy thác 6 tỷ đồng; đang triển khai 92 dự án với 1.310 hộ vay, tỷ lệ nợ quá hạn dưới 0,5%.
Các học viên được truyền đạt Thông tư số 69/2013/TT-BTC ngày 21/5/2013 của Bộ Tài chính hướng dẫn chế độ quản lý tài chính đối với Quỹ hỗ trợ nông dân; Điều lệ tổ chức và hoạt động của Quỹ ban hành kèm theo Quyết định số 1034-QĐ/HNDTW ngày 10/6/2013 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam. Giảng viên là bà Lê Thị Thu Hà, Phó Giám đốc Quỹ hỗ trợ nông dân Trung ương, và ông Lò Văn Pao, Giám đốc Quỹ hỗ trợ nông dân tỉnh.
Lớp học dành nhiều thời gian cho thực hành: xây dựng dự án vay vốn theo nhóm hộ, thẩm định phương án trồng chè Shan tuyết, nuôi lợn đen bản địa, trồng quế; cách theo dõi, đôn đốc thu hồi nợ. Anh Vàng A Sử, Phó Chủ tịch Hội Nông dân xã Bản Mế, huyện Si Ma Cai chia sẻ: "Trước đây làm hồ sơ mất cả tháng, nay nắm được quy trình thì chỉ khoảng 10 ngày là xong".
Theo đánh giá của Hội Nông dân tỉnh, khó khăn lớn nhất hiện nay là trình độ của cán bộ Hội cơ sở ở vùng cao không đồng đều, nhiều người chưa thạo tiếng phổ thông, việc ghi chép sổ sách kế toán còn sai sót; một số dự án chưa gắn với thị trường nên hiệu quả thấp, hộ vay gặp rủi ro khi giá nông sản xuống. Vì vậy, lớp tập huấn năm nay được thiết kế ngắn gọn, nhiều hình ảnh minh họa, có phiên dịch tiếng Mông cho học viên.
Năm 2015, Hội phấn đấu tăng trưởng nguồn vốn Quỹ thêm 3 tỷ đồng, mỗi huyện xây dựng ít nhất 2 dự án theo chuỗi giá trị. Đồng chí Sần Chá Chứ đề nghị cấp ủy các huyện tiếp tục thực hiện Chỉ thị số 17-CT/TU ngày 6/3/2014 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác Hội Nông dân.
Kết thúc lớp học, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa.
Thu Hằng
Số lượt xem: 642
Tin liên quan
- Bắc Hà: giải ngân 500 triệu đồng vốn Quỹ hỗ trợ nông dân (14/04/2015)
- Hội nghị giao ban công tác Hội quý I/2015 (03/04/2015)
- Mường Khương: nông dân trồng chè theo hướng hữu cơ (25/03/2015)
- Tập huấn kỹ thuật nuôi lợn đen bản địa (16/03/2015)
- Ra mắt tổ hợp tác trồng quế xã Nậm Xé (06/03/2015)
""", "2015-04-22", "Tập huấn nghiệp vụ quản lý Quỹ hỗ trợ nông dân năm 2015",
E("tap_huan", "2015", "2015-04-20"),
[P("Sần Chá Chứ", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Thu Hà", "Phó Giám đốc Quỹ hỗ trợ nông dân Trung ương"),
 P("Lò Văn Pao", "Giám đốc Quỹ hỗ trợ nông dân tỉnh"),
 P("Vàng A Sử", "Phó Chủ tịch Hội Nông dân xã Bản Mế")],
[Q("85 học viên", 85, "học viên"), Q("40 xã vùng cao", 40, "xã vùng cao"), Q("18,2 tỷ đồng", 18200000000, "đồng"),
 Q("6 tỷ đồng", 6000000000, "đồng"), Q("92 dự án", 92, "dự án"), Q("1.310 hộ", 1310, "hộ"),
 Q("0,5%", 0.5, "%"), Q("3 tỷ đồng", 3000000000, "đồng"), Q("2 dự án theo chuỗi giá trị", 2, "dự án theo chuỗi giá trị"),
 Q("100%", 100, "%")],
[D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg"),
 D("Thông tư", "69", "2013/TT-BTC", "2013-05-21", "Bộ Tài chính", "Thông tư số 69/2013/TT-BTC ngày 21/5/2013"),
 D("Quyết định", "1034", "QĐ/HNDTW", "2013-06-10", "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Quyết định số 1034-QĐ/HNDTW ngày 10/6/2013"),
 D("Chỉ thị", "17", "CT/TU", "2014-03-06", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 6/3/2014")],
[prov("Lào Cai"), com("Bản Mế")],
["HỘI NÔNG DÂN TỈNH LÀO CAI", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ", "Tin hoạt động :: Hỗ trợ nông dân",
 "Học viên thực hành lập hồ sơ dự án vay vốn.", "Điều lệ tổ chức và hoạt động của Quỹ", "Số lượt xem: 642"],
["22.04.2015 | 10:15", "2 ngày", "năm 2015", "5 năm", "quý I/2015", "khoảng 10 ngày", "cả tháng", "Số lượt xem: 642"]))

PAGES.append(page("b2770-angiang-hnd-soket-2016", """
Báo An Giang Online - Tin tức cập nhật
Thời sự >> Chính trị - Xã hội
Thứ Năm, 14/07/2016, 14:50
Nông dân An Giang vay hơn 2.200 tỷ đồng qua kênh Hội
Ngày 13/7, Hội Nông dân tỉnh An Giang tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016. Ông Nguyễn Văn Lên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.
Ông Nguyễn Văn Lên (đứng) phát biểu tại hội nghị. Ảnh: Hữu Huynh
Theo báo cáo, 6 tháng đầu năm các cấp Hội kết nạp 3.412 hội viên; củng cố 25 chi hội yếu kém. Toàn tỉnh có 31.960 hộ đăng ký thi đua sản xuất kinh doanh giỏi. Thông qua kênh Hội, nông dân đang vay hơn 2.200 tỷ đồng từ Ngân hàng Nông nghiệp và Phát triển nông thôn và Ngân hàng Chính sách xã hội; riêng Quỹ hỗ trợ nông dân các cấp có tổng nguồn vốn 23,9 tỷ đồng, cho 1.027 hộ vay.
Hội đã phối hợp tổ chức 214 lớp tập huấn chuyển giao khoa học kỹ thuật cho gần 9.800 lượt hội viên; vận động thành lập 18 tổ hợp tác "cánh đồng lớn" với diện tích khoảng 4.600 ha. Thực hiện Nghị quyết số 02-NQ/HNDT ngày 20/1/2016 của Ban Chấp hành Hội Nông dân tỉnh về nâng cao chất lượng hoạt động chi hội, các huyện Tri Tôn, Tịnh Biên đã ra mắt 9 chi hội nông dân nghề nghiệp. Đồng bào Khmer ở xã Châu Lăng, Lê Trì được Hội hỗ trợ 120 con bò giống theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ.
Ông Châu Sóc Kha, Phó Chủ tịch Hội Nông dân huyện Tri Tôn, cho biết nhờ vốn Quỹ, nhiều hộ Khmer đã có thêm sinh kế từ nuôi bò và trồng rau an toàn. Bà Néang Sa Vân, hội viên phum Ô Tà Sóc, xã Lương Phi, mạnh dạn vay 30 triệu đồng làm vườn rau và nay mỗi tháng lãi hơn 4 triệu đồng.
Hội nghị cũng chỉ ra tình trạng giá lúa thấp, hạn mặn đầu năm ảnh hưởng thu nhập của nông dân; có 6 chi hội để nợ quá hạn kéo dài.
Nhiều ý kiến tại hội nghị cho rằng việc tổ chức sản xuất theo tổ hợp tác, hợp tác xã kiểu mới vẫn còn lúng túng; nông dân chủ yếu bán lúa tươi cho thương lái tại ruộng nên bị ép giá. Một số đại biểu đề nghị Hội Nông dân tỉnh làm cầu nối để doanh nghiệp ký hợp đồng bao tiêu ngay từ đầu vụ, đồng thời hướng dẫn nông dân ghi chép nhật ký đồng ruộng theo tiêu chuẩn VietGAP.
Phát biểu chỉ đạo, bà Trần Thị Ánh Nguyệt, Phó Chủ tịch UBND tỉnh, đề nghị 6 tháng cuối năm Hội tập trung vận động nông dân thực hiện Đề án tái cơ cấu ngành nông nghiệp, tham gia liên kết tiêu thụ lúa gạo, giám sát chặt việc cung ứng vật tư nông nghiệp.
Hữu Huynh
Tin cùng chuyên mục
- Phú Tân: Nông dân thu hoạch lúa hè thu (10/07/2016)
- Hội Nông dân tỉnh trao nhà "Mái ấm nông dân" (05/07/2016)
- Thoại Sơn: ra mắt hợp tác xã nông nghiệp Tây Phú (30/06/2016)
- Tri Tôn: nông dân Khmer với mô hình nuôi bò vỗ béo (22/06/2016)
""", "2016-07-14", "Nông dân An Giang vay hơn 2.200 tỷ đồng qua kênh Hội",
E("so_ket", "2016-H1", "2016-07-13"),
[P("Nguyễn Văn Lên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Châu Sóc Kha", "Phó Chủ tịch Hội Nông dân huyện Tri Tôn"),
 P("Néang Sa Vân", "hội viên phum Ô Tà Sóc"),
 P("Trần Thị Ánh Nguyệt", "Phó Chủ tịch UBND tỉnh")],
[Q("3.412 hội viên", 3412, "hội viên"), Q("25 chi hội yếu kém", 25, "chi hội yếu kém"), Q("31.960 hộ", 31960, "hộ"),
 Q("hơn 2.200 tỷ đồng", 2200000000000, "đồng", "over"), Q("23,9 tỷ đồng", 23900000000, "đồng"), Q("1.027 hộ", 1027, "hộ"),
 Q("214 lớp tập huấn", 214, "lớp tập huấn"), Q("gần 9.800 lượt hội viên", 9800, "lượt hội viên", "approx"),
 Q("18 tổ hợp tác", 18, "tổ hợp tác"), Q("khoảng 4.600 ha", 4600, "ha", "approx"),
 Q("9 chi hội nông dân nghề nghiệp", 9, "chi hội nông dân nghề nghiệp"), Q("120 con bò giống", 120, "con bò giống"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("hơn 4 triệu đồng", 4000000, "đồng", "over"), Q("6 chi hội", 6, "chi hội")],
[D("Nghị quyết", "02", "NQ/HNDT", "2016-01-20", "Ban Chấp hành Hội Nông dân tỉnh", "Nghị quyết số 02-NQ/HNDT ngày 20/1/2016"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013")],
[prov("An Giang"), com("Châu Lăng"), com("Lê Trì"), com("Lương Phi")],
["Báo An Giang Online - Tin tức cập nhật", "Thời sự >> Chính trị - Xã hội",
 "Ông Nguyễn Văn Lên (đứng) phát biểu tại hội nghị. Ảnh: Hữu Huynh", "cánh đồng lớn", "Đề án tái cơ cấu ngành nông nghiệp"],
["Thứ Năm, 14/07/2016, 14:50", "6 tháng đầu năm", "6 tháng cuối năm 2016", "mỗi tháng"]))
