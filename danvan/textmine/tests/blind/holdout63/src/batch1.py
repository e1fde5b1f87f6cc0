from lib import *
PAGES = []

PAGES.append(page("b1469-laocai-mttq-tongket-vnn-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI
Trang chủ > Hoạt động Mặt trận > Vì người nghèo
Thứ Năm, 29/12/2011 - 16:20
Lào Cai: Quỹ "Vì người nghèo" năm 2011 tiếp nhận trên 14,6 tỷ đồng
Ngày 27/12/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Vàng Seo Dín, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Lù Thị Sính, Phó Chủ tịch UBND tỉnh, cùng 64 đồng chí là chủ tịch, phó chủ tịch Ủy ban MTTQ các huyện, thành phố và đại diện các tổ chức thành viên.
Toàn cảnh hội nghị tổng kết. Ảnh: Minh Hải
Theo báo cáo do đồng chí Hoàng Văn Thắng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày, thực hiện Chỉ thị số 12-CT/TU ngày 10/5/2011 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác giảm nghèo nhanh, bền vững, Mặt trận các cấp đã phối hợp với các tổ chức thành viên đẩy mạnh cuộc vận động "Ngày vì người nghèo". Năm 2011, Quỹ "Vì người nghèo" ba cấp của tỉnh tiếp nhận trên 14,6 tỷ đồng, tăng 18% so với năm 2010; riêng quỹ cấp tỉnh là 6,2 tỷ đồng.
Từ nguồn quỹ, Mặt trận các cấp đã hỗ trợ xây mới 412 căn nhà Đại đoàn kết, sửa chữa 137 căn nhà cho hộ nghèo, mỗi căn xây mới được hỗ trợ 20 triệu đồng; trao 5.320 suất quà cho hộ nghèo dịp Tết Nguyên đán Tân Mão; hỗ trợ 1.186 học sinh nghèo vượt khó và 96 hộ nghèo phát triển sản xuất bằng giống lợn, giống ngô. Thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ, Mặt trận các huyện Bắc Hà, Si Ma Cai, Mường Khương, Bát Xát đã giám sát việc cấp gạo cứu đói, hỗ trợ làm nhà ở cho đồng bào Mông, Dao vùng cao. Tỷ lệ hộ nghèo toàn tỉnh giảm từ 32,7% xuống còn khoảng 28%.
Tại hội nghị, đồng chí Giàng A Tủa, Chủ tịch Ủy ban MTTQ huyện Si Ma Cai, chia sẻ cách huy động ngày công của các dòng họ để làm nhà cho hộ nghèo ở xã Sán Chải. Bà Tẩn Thị Mẩy, Trưởng ban Công tác Mặt trận thôn Nậm Sài, xã Thanh Phú, kể lại việc vận động 27 hộ trong thôn góp vật liệu, ngày công dựng nhà cho gia đình chị Sần Thị Sửu, một hộ nghèo đơn thân nuôi ba con nhỏ. Nhiều ý kiến cho rằng mức hỗ trợ làm nhà còn thấp so với giá vật liệu ở vùng cao, việc bình xét hộ nghèo ở một số thôn chưa sát thực tế.
Phát biểu kết luận, đồng chí Vàng Seo Dín đề nghị năm 2012 Mặt trận các cấp tiếp tục thực hiện Kế hoạch số 08/KH-MTTQ ngày 15/12/2011 của Ban Thường trực Ủy ban MTTQ tỉnh, phấn đấu vận động Quỹ đạt 15 tỷ đồng, xây dựng 450 căn nhà Đại đoàn kết; công khai, minh bạch việc sử dụng quỹ đến từng thôn, bản và gắn cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" với giảm nghèo.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong vận động Quỹ "Vì người nghèo" năm 2011.
Tuấn Anh
Lượt xem: 1.204
Tin liên quan
- Bát Xát bàn giao 30 nhà Đại đoàn kết cho hộ nghèo (20/12/2011)
- Mặt trận thành phố Lào Cai trao 500 suất quà cho học sinh nghèo (12/12/2011)
- Hội nghị giao ban công tác Mặt trận khu vực vùng cao (01/12/2011)
- Si Ma Cai: 100% hộ nghèo được hỗ trợ chăn ấm mùa đông (25/11/2011)
""", "2011-12-29", 'Lào Cai: Quỹ "Vì người nghèo" năm 2011 tiếp nhận trên 14,6 tỷ đồng',
E("tong_ket", "2011", "2011-12-27"),
[P("Vàng Seo Dín", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lù Thị Sính", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Văn Thắng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng A Tủa", "Chủ tịch Ủy ban MTTQ huyện Si Ma Cai"),
 P("Tẩn Thị Mẩy", "Trưởng ban Công tác Mặt trận thôn Nậm Sài"),
 P("Sần Thị Sửu")],
[Q("64 đồng chí", 64, "đồng chí"), Q("trên 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("18%", 18, "%"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("412 căn nhà Đại đoàn kết", 412, "căn nhà Đại đoàn kết"),
 Q("137 căn nhà", 137, "căn nhà"), Q("20 triệu đồng", 20000000, "đồng"), Q("5.320 suất quà", 5320, "suất quà"),
 Q("1.186 học sinh nghèo vượt khó", 1186, "học sinh nghèo vượt khó"), Q("96 hộ nghèo", 96, "hộ nghèo"),
 Q("32,7%", 32.7, "%"), Q("khoảng 28%", 28, "%", "approx"), Q("27 hộ", 27, "hộ"), Q("15 tỷ đồng", 15000000000, "đồng"),
 Q("450 căn nhà Đại đoàn kết", 450, "căn nhà Đại đoàn kết"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "12", "CT/TU", "2011-05-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 10/5/2011"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP"),
 D("Kế hoạch", "08", "KH-MTTQ", "2011-12-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 08/KH-MTTQ ngày 15/12/2011")],
[prov("Lào Cai"), com("Sán Chải"), com("Thanh Phú")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "Trang chủ > Hoạt động Mặt trận > Vì người nghèo",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Minh Hải", "Vì người nghèo", "Ngày vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 16:20", "64 đồng chí", "năm 2011", "năm 2012", "năm 2010", "Lượt xem: 1.204"]))

PAGES.append(page("b1470-nghean-mttq-traoqua-tet-2012", """
Báo Nghệ An điện tử
Xã hội » Chính sách » Vì người nghèo
17/01/2012 - 09:35
Ảnh: Đồng chí Nguyễn Thị Hồng Lam trao quà cho hộ nghèo xã Tam Hợp.
Mặt trận tỉnh trao 1.200 suất quà Tết cho hộ nghèo miền Tây xứ Nghệ
(Baonghean) - Trong hai ngày 14 và 15/1, đoàn công tác của Ủy ban MTTQ tỉnh do đồng chí Nguyễn Thị Hồng Lam, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và trao 1.200 suất quà cho hộ nghèo, gia đình chính sách ở các huyện Tương Dương, Kỳ Sơn, Quế Phong nhân dịp Tết Nguyên đán Nhâm Thìn 2012.
Mỗi suất quà gồm 300.000 đồng tiền mặt, 10 kg gạo và chăn ấm, tổng trị giá hơn 540 triệu đồng, trích từ Quỹ "Vì người nghèo" của tỉnh và nguồn ủng hộ của các doanh nghiệp. Tại xã Tam Hợp (Tương Dương), đoàn trao 250 suất quà cho bà con người Thái, Khơ Mú; tại xã Mường Lống (Kỳ Sơn) trao 300 suất quà cho đồng bào Mông. Đoàn cũng trao 3 căn nhà Đại đoàn kết, mỗi căn trị giá 30 triệu đồng, cho các hộ Lữ Văn Phong, Moong Thị Xuân và Vừ Bá Dìa.
Thăm hỏi bà con, đồng chí Nguyễn Thị Hồng Lam cho biết năm 2011, Quỹ "Vì người nghèo" các cấp trong tỉnh đã tiếp nhận 36,8 tỷ đồng, hỗ trợ xây mới và sửa chữa 2.150 nhà cho hộ nghèo theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ. Tỷ lệ hộ nghèo các huyện miền núi cao vẫn còn trên 40%, vì vậy việc chăm lo Tết cho người nghèo phải thực hiện đến tận bản, không để hộ nào không có Tết.
Ông Lo Văn Thọ, Phó Chủ tịch Ủy ban MTTQ huyện Tương Dương, cho biết dịp Tết năm nay, Mặt trận huyện phối hợp các đoàn thể vận động được 4.680 suất quà với tổng trị giá 1,1 tỷ đồng; đến ngày 15/1, đã có 98% hộ nghèo trên địa bàn được nhận quà Tết. Già làng Vi Văn Sơn, người có uy tín bản Xốp Cháo, xã Tam Hợp, bày tỏ xúc động khi các hộ nghèo trong bản đều được thăm hỏi, động viên trước Tết.
Cùng dịp, đồng chí Nguyễn Thị Hồng Lam và các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Võ Thị Minh Sinh, Trần Xuân Hiền đã thăm, tặng quà 12 gia đình chính sách tại huyện Quế Phong và yêu cầu Mặt trận cơ sở tiếp tục thực hiện Kế hoạch số 45/KH-MTTQ-BTT ngày 20/12/2011 của Ban Thường trực Ủy ban MTTQ tỉnh về chăm lo Tết cho người nghèo, bảo đảm "mọi nhà, mọi người đều có Tết".
Trước đó, Ban Thường trực Ủy ban MTTQ tỉnh đã phân bổ 2,5 tỷ đồng cho 20 huyện, thành, thị để trao quà Tết cho hộ nghèo.
Hoài Thu
Tin khác
- Thanh Chương: ra quân làm nhà Đại đoàn kết trước Tết (13/01/2012)
- Doanh nghiệp trao 500 chăn ấm cho học sinh vùng cao (10/01/2012)
- Hội Chữ thập đỏ tỉnh phát động Tết nhân ái (05/01/2012)
- Quế Phong: cứu đói cho 1.300 hộ dân (28/12/2011)
""", "2012-01-17", "Mặt trận tỉnh trao 1.200 suất quà Tết cho hộ nghèo miền Tây xứ Nghệ",
E("trao_qua", None, "2012-01-14"),
[P("Nguyễn Thị Hồng Lam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lữ Văn Phong"), P("Moong Thị Xuân"), P("Vừ Bá Dìa"),
 P("Lo Văn Thọ", "Phó Chủ tịch Ủy ban MTTQ huyện Tương Dương"),
 P("Vi Văn Sơn", "Già làng", "người có uy tín bản Xốp Cháo"),
 P("Võ Thị Minh Sinh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Xuân Hiền", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("10 kg", 10, "kg"),
 Q("hơn 540 triệu đồng", 540000000, "đồng", "over"), Q("250 suất quà", 250, "suất quà"), Q("300 suất quà", 300, "suất quà"),
 Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("36,8 tỷ đồng", 36800000000, "đồng"), Q("2.150 nhà", 2150, "nhà"), Q("trên 40%", 40, "%", "over"),
 Q("4.680 suất quà", 4680, "suất quà"), Q("1,1 tỷ đồng", 1100000000, "đồng"), Q("98%", 98, "%"),
 Q("12 gia đình chính sách", 12, "gia đình chính sách"), Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("20 huyện, thành, thị", 20, "huyện, thành, thị")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2011-12-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 20/12/2011")],
[prov("Nghệ An"), com("Tam Hợp"), com("Mường Lống")],
["Báo Nghệ An điện tử", "Xã hội » Chính sách » Vì người nghèo",
 "Ảnh: Đồng chí Nguyễn Thị Hồng Lam trao quà cho hộ nghèo xã Tam Hợp.", "(Baonghean)", "Vì người nghèo",
 "mọi nhà, mọi người đều có Tết"],
["17/01/2012 - 09:35", "Tết Nguyên đán Nhâm Thìn 2012", "năm 2011", "hai ngày", "ngày 15/1"]))

PAGES.append(page("b1471-soctrang-mttq-soket-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận
Ngày đăng: 12/07/2013 | 15:40
Sóc Trăng: Mặt trận các cấp cất mới 624 căn nhà Đại đoàn kết trong 6 tháng
Sáng 10/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2013, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm. Chủ trì hội nghị có đồng chí Lâm Thị Sa Phết, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Văn Lộc, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Quang cảnh hội nghị. Ảnh: Hữu Nghĩa
Báo cáo cho biết, 6 tháng đầu năm, Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được 9,35 tỷ đồng, đạt 62% kế hoạch năm. Từ nguồn quỹ và vốn xã hội hóa, Mặt trận các cấp đã cất mới 624 căn nhà Đại đoàn kết, sửa chữa 88 căn; trong đó 402 căn là của hộ đồng bào Khmer. Dịp Tết Nguyên đán Quý Tỵ và Tết cổ truyền Chôl Chnăm Thmây, Mặt trận và các tổ chức thành viên đã trao 18.460 phần quà, tổng trị giá trên 7,2 tỷ đồng cho hộ nghèo, hộ cận nghèo, gia đình chính sách và 91 chùa Phật giáo Nam tông Khmer.
Thực hiện Quyết định số 74/2008/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 27-KH/TU ngày 15/3/2013 của Tỉnh ủy Sóc Trăng, Mặt trận tỉnh đã phối hợp tổ chức giám sát việc hỗ trợ đất ở, đất sản xuất tại 12 xã, thị trấn; phát hiện 6 trường hợp bình xét chưa đúng đối tượng và kiến nghị điều chỉnh. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" được triển khai rộng khắp, có 689/762 ấp, khóm đạt danh hiệu văn hóa.
Tại hội nghị, đồng chí Thạch Sô Phol, Chủ tịch Ủy ban MTTQ huyện Trần Đề, cho biết huyện đã vận động các sư sãi, chức sắc tôn giáo cùng tham gia làm nhà cho 57 hộ nghèo. Đại đức Danh Sa Rinh, Trụ trì chùa Tà Mum, xã Viên An, đề nghị Mặt trận tiếp tục quan tâm hỗ trợ học bổng cho học sinh Khmer nghèo ở các điểm chùa dạy chữ Khmer.
Phát biểu chỉ đạo, đồng chí Lâm Thị Sa Phết yêu cầu 6 tháng cuối năm, Mặt trận các cấp tập trung thực hiện Chương trình hành động số 08-CTr/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giảm nghèo bền vững; phấn đấu cả năm cất mới ít nhất 1.000 căn nhà Đại đoàn kết; chuẩn bị tốt "Tháng cao điểm vì người nghèo" từ 17/10 đến 18/11/2013. Đồng chí cũng lưu ý phải thực hiện công khai danh sách hộ được hỗ trợ tại nhà văn hóa ấp, khóm.
Ngọc Hân
Số lượt xem: 856
Các tin khác
- Mỹ Xuyên: bàn giao 20 căn nhà Đại đoàn kết (05/07/2013)
- Ngã Năm hỗ trợ sinh kế cho hộ nghèo Khmer (28/06/2013)
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 6 (20/06/2013)
- Thạnh Trị: 300 suất học bổng cho học sinh nghèo (11/06/2013)
""", "2013-07-12", "Sóc Trăng: Mặt trận các cấp cất mới 624 căn nhà Đại đoàn kết trong 6 tháng",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Lâm Thị Sa Phết", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lộc", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phol", "Chủ tịch Ủy ban MTTQ huyện Trần Đề"),
 P("Danh Sa Rinh", "Đại đức", "Trụ trì chùa Tà Mum")],
[Q("624 căn nhà Đại đoàn kết", 624, "căn nhà Đại đoàn kết"), Q("9,35 tỷ đồng", 9350000000, "đồng"), Q("62%", 62, "%"),
 Q("88 căn", 88, "căn"), Q("402 căn", 402, "căn"), Q("18.460 phần quà", 18460, "phần quà"),
 Q("trên 7,2 tỷ đồng", 7200000000, "đồng", "over"), Q("91 chùa Phật giáo Nam tông Khmer", 91, "chùa Phật giáo Nam tông Khmer"),
 Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("6 trường hợp", 6, "trường hợp"), Q("689/762 ấp, khóm", 689, "ấp, khóm"),
 Q("57 hộ nghèo", 57, "hộ nghèo"), Q("1.000 căn nhà Đại đoàn kết", 1000, "căn nhà Đại đoàn kết", "over")],
[D("Quyết định", "74", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 74/2008/QĐ-TTg"),
 D("Kế hoạch", "27", "KH/TU", "2013-03-15", "Tỉnh ủy Sóc Trăng", "Kế hoạch số 27-KH/TU ngày 15/3/2013"),
 D("Chương trình hành động", "08", "CTr/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Chương trình hành động số 08-CTr/MTTQ-BTT")],
[prov("Sóc Trăng"), com("Viên An")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận",
 "Quang cảnh hội nghị. Ảnh: Hữu Nghĩa", "Vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Tháng cao điểm vì người nghèo", "Số lượt xem: 856"],
["Ngày đăng: 12/07/2013 | 15:40", "trong 6 tháng", "6 tháng đầu năm,", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Tết Nguyên đán Quý Tỵ", "Số lượt xem: 856"]))

PAGES.append(page("b1472-quangbinh-mttq-giamsat-nhao-2014", """
BÁO QUẢNG BÌNH ONLINE
Trang chủ :: Chính trị :: Mặt trận - Đoàn thể
Cập nhật: 16:05, 23/10/2014 (GMT+7)
Giám sát hỗ trợ nhà ở cho hộ nghèo: còn chậm giải ngân ở vùng sâu
(QBĐT) - Từ ngày 13 đến 21/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Trần Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã tiến hành giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 167/2008/QĐ-TTg và Quyết định số 67/2010/QĐ-TTg của Thủ tướng Chính phủ năm 2014 tại các huyện Minh Hóa, Tuyên Hóa và Quảng Ninh.
Đoàn giám sát làm việc tại xã Trọng Hóa, huyện Minh Hóa.
Cùng tham gia đoàn có đại diện Sở Xây dựng, Ngân hàng Chính sách xã hội tỉnh và Hội Nông dân tỉnh. Đây là hoạt động nằm trong Chương trình phối hợp giám sát năm 2014 theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Qua giám sát cho thấy, giai đoạn 2 của chương trình, 3 huyện được phê duyệt hỗ trợ 1.936 hộ nghèo làm nhà ở; đến tháng 9/2014 đã có 1.412 hộ hoàn thành, đạt 72,9%. Mỗi hộ được vay tối đa 25 triệu đồng từ Ngân hàng Chính sách xã hội, ngoài ra Mặt trận các cấp vận động hỗ trợ thêm 5 triệu đồng mỗi hộ. Tuy nhiên, ở xã Trọng Hóa và xã Dân Hóa, nhiều hộ đồng bào Chứt, Bru - Vân Kiều chưa có đất ở ổn định, việc vận chuyển vật liệu khó khăn nên còn 86 hộ chưa khởi công.
Làm việc với đoàn, ông Đinh Xuân Thành, Phó Chủ tịch UBND huyện Minh Hóa, thừa nhận công tác bình xét ở một số bản còn chậm. Ông Hồ Văn Bảy, Trưởng bản Ra Mai, xã Tân Trạch, phản ánh nhiều hộ không dám vay vốn vì sợ không có khả năng trả nợ.
Kết luận đợt giám sát, đồng chí Trần Thị Thu Hà đề nghị UBND các huyện chỉ đạo giải ngân dứt điểm trong quý IV, ưu tiên hộ nghèo là người dân tộc thiểu số; Mặt trận cơ sở phối hợp với Đoàn Thanh niên huy động ngày công giúp các hộ dựng nhà. Đoàn sẽ tổng hợp 14 kiến nghị gửi UBND tỉnh và các sở, ngành liên quan.
Được biết, từ đầu năm 2014 đến nay, Quỹ "Vì người nghèo" tỉnh Quảng Bình đã hỗ trợ xây dựng 318 nhà Đại đoàn kết với tổng kinh phí gần 9 tỷ đồng.
Thanh Hải
Tin liên quan
- Bố Trạch: vận động hơn 1 tỷ đồng ủng hộ Quỹ "Vì người nghèo" (15/10/2014)
- Mặt trận tỉnh phát động Tháng cao điểm vì người nghèo (10/10/2014)
- Hội nghị phản biện dự thảo quy định hỗ trợ hộ nghèo (26/09/2014)
- Lệ Thủy: Mặt trận xã giám sát bình xét hộ nghèo, hộ cận nghèo năm 2014 (18/09/2014)
- Quảng Trạch trao 150 suất quà cho học sinh nghèo vượt khó nhân dịp năm học mới (05/09/2014)
""", "2014-10-23", "Giám sát hỗ trợ nhà ở cho hộ nghèo: còn chậm giải ngân ở vùng sâu",
E("giam_sat", "2014", "2014-10-13"),
[P("Trần Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Xuân Thành", "Phó Chủ tịch UBND huyện Minh Hóa"),
 P("Hồ Văn Bảy", "Trưởng bản Ra Mai")],
[Q("3 huyện", 3, "huyện"), Q("1.936 hộ nghèo", 1936, "hộ nghèo"), Q("1.412 hộ", 1412, "hộ"), Q("72,9%", 72.9, "%"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("86 hộ", 86, "hộ"), Q("14 kiến nghị", 14, "kiến nghị"), Q("318 nhà Đại đoàn kết", 318, "nhà Đại đoàn kết"),
 Q("gần 9 tỷ đồng", 9000000000, "đồng", "approx")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Quyết định", "67", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 67/2010/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Quảng Bình"), com("Trọng Hóa"), com("Dân Hóa"), com("Tân Trạch")],
["BÁO QUẢNG BÌNH ONLINE", "Trang chủ :: Chính trị :: Mặt trận - Đoàn thể", "(QBĐT)",
 "Đoàn giám sát làm việc tại xã Trọng Hóa, huyện Minh Hóa.", "Vì người nghèo"],
["Cập nhật: 16:05, 23/10/2014 (GMT+7)", "giai đoạn 2", "tháng 9/2014", "quý IV", "năm 2014"]))

PAGES.append(page("b1473-thainguyen-thoatngheo-vonghe-2015", """
Báo Thái Nguyên điện tử
Kinh tế | Nông nghiệp - Nông thôn | Xóa đói giảm nghèo
Thứ Sáu, 14/08/2015, 07:50
Bản Na Ca đổi thay nhờ những đồng vốn nghĩa tình
Chị Hoàng Thị Lả (bên phải) bên đàn bò được hỗ trợ từ Quỹ "Vì người nghèo" xã. Ảnh: Hải Yến
Ở xóm Na Ca, xã Phương Giao (Võ Nhai), nhắc đến chuyện thoát nghèo, bà con người Dao, người Tày đều kể về những con bò giống, những căn nhà mới dựng bằng tiền của Quỹ "Vì người nghèo" và sức của cả xóm.
Năm 2012, xóm Na Ca có 71/118 hộ nghèo. Ông Triệu Văn Phin, Bí thư Chi bộ kiêm Trưởng ban Công tác Mặt trận xóm Na Ca, kể: "Lúc đó nhiều nhà còn ở nhà tranh, vách nứa, đến mùa giáp hạt phải vay gạo. Chi bộ bàn với Mặt trận, các đoàn thể là không thể cho không mãi, phải giúp cái cần câu".
Từ năm 2013 đến nay, Ủy ban MTTQ xã Phương Giao đã dành hơn 310 triệu đồng từ Quỹ "Vì người nghèo" và nguồn hỗ trợ của các doanh nghiệp để trao 42 con bò giống cho 42 hộ nghèo theo hình thức luân chuyển: bò đẻ lứa đầu, bê con được chuyển sang hộ khác. Hội Liên hiệp Phụ nữ xã nhận ủy thác vốn vay của Ngân hàng Chính sách xã hội với dư nợ 2,6 tỷ đồng cho 118 lượt hộ vay. Mặt trận huyện Võ Nhai cũng hỗ trợ xây 9 nhà Đại đoàn kết tại xóm, mỗi nhà 35 triệu đồng, bà con góp hơn 400 ngày công.
Gia đình chị Hoàng Thị Lả là một trong những hộ đầu tiên nhận bò. Sau ba năm, từ một con bò giống, nay chị đã có 4 con bò, thêm ruộng chè 3 sào, thu nhập mỗi năm khoảng 60 triệu đồng. "Nhà tôi thoát nghèo từ cuối năm ngoái, giờ lại đến lượt mình giúp bà con khác", chị Lả nói.
Bà Lý Thị Mai, Chủ tịch Ủy ban MTTQ xã Phương Giao, cho biết thực hiện Nghị quyết số 06-NQ/ĐU ngày 20/1/2013 của Đảng ủy xã về giảm nghèo giai đoạn 2013 - 2015, đến nay xóm Na Ca chỉ còn 19 hộ nghèo. Toàn xã giảm từ 48,6% hộ nghèo năm 2012 xuống còn 21,3% vào cuối năm 2014. Theo bà Mai, điều quan trọng nhất là cách làm công khai: danh sách hộ được nhận bò, nhận nhà đều được bình xét tại hội nghị xóm, niêm yết tại nhà văn hóa.
Ông Dương Văn Khiêm, Phó Chủ tịch Ủy ban MTTQ huyện Võ Nhai, đánh giá mô hình "bò luân chuyển" ở Na Ca đã được nhân rộng ra 7 xã trong huyện. Huyện đang triển khai Kế hoạch số 03/KH-UBND ngày 12/3/2015 của UBND huyện về hỗ trợ phát triển chăn nuôi cho hộ nghèo, ưu tiên các xóm vùng cao.
Hải Yến
Lượt đọc: 2.317
Tin cùng chuyên mục
- Đồng Hỷ: hơn 1.000 hộ thoát nghèo trong năm 2014 (10/08/2015)
- Định Hóa giải ngân vốn vay ưu đãi cho hộ cận nghèo (05/08/2015)
- Phú Lương: trao nhà tình nghĩa cho gia đình chính sách (28/07/2015)
- Mặt trận tỉnh giám sát việc thực hiện chính sách đối với hộ nghèo vùng đồng bào dân tộc (20/07/2015)
""", "2015-08-14", "Bản Na Ca đổi thay nhờ những đồng vốn nghĩa tình",
E("khac", None, None),
[P("Hoàng Thị Lả"),
 P("Triệu Văn Phin", "Bí thư Chi bộ kiêm Trưởng ban Công tác Mặt trận xóm Na Ca"),
 P("Lý Thị Mai", "Chủ tịch Ủy ban MTTQ xã Phương Giao"),
 P("Dương Văn Khiêm", "Phó Chủ tịch Ủy ban MTTQ huyện Võ Nhai")],
[Q("71/118 hộ nghèo", 71, "hộ nghèo"), Q("hơn 310 triệu đồng", 310000000, "đồng", "over"), Q("42 con bò giống", 42, "con bò giống"),
 Q("42 hộ nghèo", 42, "hộ nghèo"), Q("2,6 tỷ đồng", 2600000000, "đồng"), Q("118 lượt hộ", 118, "lượt hộ"),
 Q("9 nhà Đại đoàn kết", 9, "nhà Đại đoàn kết"), Q("35 triệu đồng", 35000000, "đồng"), Q("hơn 400 ngày công", 400, "ngày công", "over"),
 Q("4 con bò", 4, "con bò"), Q("3 sào", 3, "sào"), Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"),
 Q("19 hộ nghèo", 19, "hộ nghèo"), Q("48,6%", 48.6, "%"), Q("21,3%", 21.3, "%"), Q("7 xã", 7, "xã")],
[D("Nghị quyết", "06", "NQ/ĐU", "2013-01-20", "Đảng ủy xã", "Nghị quyết số 06-NQ/ĐU ngày 20/1/2013"),
 D("Kế hoạch", "03", "KH-UBND", "2015-03-12", "UBND huyện", "Kế hoạch số 03/KH-UBND ngày 12/3/2015")],
[prov("Thái Nguyên"), com("Phương Giao")],
["Báo Thái Nguyên điện tử", "Kinh tế | Nông nghiệp - Nông thôn | Xóa đói giảm nghèo",
 'Chị Hoàng Thị Lả (bên phải) bên đàn bò được hỗ trợ từ Quỹ "Vì người nghèo" xã. Ảnh: Hải Yến', "Vì người nghèo",
 "bò luân chuyển", "Lượt đọc: 2.317"],
["Thứ Sáu, 14/08/2015, 07:50", "Năm 2012", "Từ năm 2013", "ba năm", "một con bò giống", "giai đoạn 2013 - 2015",
 "năm 2012", "cuối năm 2014", "Lượt đọc: 2.317"]))

PAGES.append(page("b1474-hatinh-mttq-phatdong-thangcaodiem-2016", """
Cổng TTĐT Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh
Trang chủ › Tin hoạt động › Vì người nghèo - An sinh xã hội
07/10/2016 - 10:15
Toàn cảnh lễ phát động. Ảnh: Thu Trang
Hà Tĩnh phát động Tháng cao điểm "Vì người nghèo" năm 2016
Sáng 6/10, Ban Chỉ đạo vận động Quỹ "Vì người nghèo" tỉnh tổ chức hội nghị phát động Tháng cao điểm "Vì người nghèo" năm 2016 (từ 17/10 đến 18/11/2016) và tiếp nhận ủng hộ hỗ trợ nhân dân bị thiệt hại do bão số 10. Dự hội nghị có đồng chí Trần Đình Khôi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Võ Hồng Hải, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh, Trưởng Ban Chỉ đạo vận động Quỹ "Vì người nghèo" tỉnh.
Báo cáo tại hội nghị, đồng chí Trần Thị Kim Oanh, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, cho biết từ tháng 10/2015 đến nay, Quỹ "Vì người nghèo" các cấp trong tỉnh tiếp nhận hơn 38,7 tỷ đồng. Từ nguồn quỹ, đã hỗ trợ xây mới 1.026 nhà Đại đoàn kết, sửa chữa 412 nhà, hỗ trợ 2.300 hộ nghèo phát triển sản xuất, trao 6.800 suất học bổng cho học sinh nghèo. Riêng hưởng ứng phong trào "Hà Tĩnh chung sức xây dựng nông thôn mới", Mặt trận các cấp đã vận động nhân dân hiến 215.000 m2 đất, đóng góp 126 tỷ đồng và hơn 1,2 triệu ngày công.
Năm 2016, thực hiện Kế hoạch số 72/KH-MTTQ-BTT ngày 15/9/2016 của Ban Thường trực Ủy ban MTTQ tỉnh, tỉnh phấn đấu vận động Quỹ đạt 40 tỷ đồng, tập trung hỗ trợ 1.500 hộ nghèo, hộ bị thiệt hại nặng do sự cố môi trường biển ở 4 huyện, thị xã ven biển và do bão số 10.
Phát biểu tại hội nghị, đồng chí Trần Đình Khôi đề nghị các sở, ngành, doanh nghiệp, cán bộ, công chức, người lao động hưởng ứng tích cực, mỗi cán bộ, công chức ủng hộ ít nhất 1 ngày lương; việc sử dụng quỹ phải đúng mục đích, công khai theo Quyết định số 1205/QĐ-MTTW-BTT ngày 22/7/2015 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về Quy chế quản lý, sử dụng Quỹ "Vì người nghèo".
Ngay tại hội nghị, 56 tập thể, doanh nghiệp và cá nhân đã đăng ký ủng hộ 14,52 tỷ đồng; trong đó Công ty cổ phần Xây lắp điện Hà Tĩnh ủng hộ 1,5 tỷ đồng. Ông Nguyễn Văn Thắng, Giám đốc Ngân hàng Chính sách xã hội chi nhánh Hà Tĩnh, trao 300 triệu đồng hỗ trợ các hộ bị thiệt hại do bão tại các xã Kỳ Lợi, Kỳ Nam (thị xã Kỳ Anh).
Theo đồng chí Võ Hồng Hải, đến nay tỷ lệ hộ nghèo toàn tỉnh còn 8,52%; mục tiêu cuối năm 2016 giảm xuống còn 7%.
Trang Thu
Tin liên quan
- Thạch Hà: 17 nhà Đại đoàn kết được bàn giao (28/09/2016)
- Mặt trận các cấp chung tay khắc phục hậu quả bão số 10 (20/09/2016)
- Hương Khê hỗ trợ hộ nghèo dân tộc Chứt (12/09/2016)
- Can Lộc: Mặt trận xã ra mắt mô hình "Tiết kiệm vì người nghèo" (05/09/2016)
""", "2016-10-07", 'Hà Tĩnh phát động Tháng cao điểm "Vì người nghèo" năm 2016',
E("hoi_nghi", "2016", "2016-10-06"),
[P("Trần Đình Khôi", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Võ Hồng Hải", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh", 'Trưởng Ban Chỉ đạo vận động Quỹ "Vì người nghèo" tỉnh'),
 P("Trần Thị Kim Oanh", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Thắng", "Giám đốc Ngân hàng Chính sách xã hội chi nhánh Hà Tĩnh")],
[Q("hơn 38,7 tỷ đồng", 38700000000, "đồng", "over"), Q("1.026 nhà Đại đoàn kết", 1026, "nhà Đại đoàn kết"),
 Q("412 nhà", 412, "nhà"), Q("2.300 hộ nghèo", 2300, "hộ nghèo"), Q("6.800 suất học bổng", 6800, "suất học bổng"),
 Q("215.000 m2", 215000, "m2"), Q("126 tỷ đồng", 126000000000, "đồng"), Q("hơn 1,2 triệu ngày công", 1200000, "ngày công", "over"),
 Q("40 tỷ đồng", 40000000000, "đồng"), Q("1.500 hộ nghèo, hộ bị thiệt hại nặng", 1500, "hộ nghèo, hộ bị thiệt hại nặng"),
 Q("4 huyện, thị xã ven biển", 4, "huyện, thị xã ven biển"),
 Q("56 tập thể, doanh nghiệp và cá nhân", 56, "tập thể, doanh nghiệp và cá nhân"), Q("14,52 tỷ đồng", 14520000000, "đồng"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"), Q("8,52%", 8.52, "%"), Q("7%", 7, "%")],
[D("Kế hoạch", "72", "KH-MTTQ-BTT", "2016-09-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 72/KH-MTTQ-BTT ngày 15/9/2016"),
 D("Quyết định", "1205", "QĐ-MTTW-BTT", "2015-07-22", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 1205/QĐ-MTTW-BTT ngày 22/7/2015")],
[prov("Hà Tĩnh"), com("Kỳ Lợi"), com("Kỳ Nam")],
["Cổng TTĐT Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Trang chủ › Tin hoạt động › Vì người nghèo - An sinh xã hội",
 "Toàn cảnh lễ phát động. Ảnh: Thu Trang", "Tháng cao điểm", "Hà Tĩnh chung sức xây dựng nông thôn mới"],
["07/10/2016 - 10:15", "bão số 10", "tháng 10/2015", "Năm 2016", "1 ngày lương", "cuối năm 2016"]))
