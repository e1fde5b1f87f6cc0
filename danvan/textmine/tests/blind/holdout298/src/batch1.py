from lib import *
PAGES = []

PAGES.append(page("b7109-laocai-bdv-kyket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ › Hoạt động của Ban › Dân vận chính quyền
Thứ Tư, 14/09/2011 - 09:20
Ký kết chương trình phối hợp công tác dân vận chính quyền giai đoạn 2011 - 2015
Sáng 13/9, tại Hội trường Tỉnh ủy, Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh Lào Cai tổ chức hội nghị ký kết chương trình phối hợp thực hiện công tác dân vận chính quyền giai đoạn 2011 - 2015. Đồng chí Giàng Seo Phử, Phó Bí thư Tỉnh ủy, dự và chỉ đạo hội nghị.
Các đại biểu thực hiện nghi thức ký kết chương trình phối hợp.
Cùng dự có đồng chí Hoàng Thị Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Văn Hạnh, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành và Ban Dân vận, UBND 9 huyện, thành phố. Hội nghị được tổ chức trực tuyến tới 9 điểm cầu với hơn 350 đại biểu tham dự.
Chương trình phối hợp số 07-CTr/BDVTU-BCSĐUBND được xây dựng trên cơ sở Quy chế công tác dân vận của hệ thống chính trị ban hành theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị và Chỉ thị số 05-CT/TU ngày 10/5/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận chính quyền. Văn bản gồm 4 chương, 15 điều, quy định rõ nội dung, hình thức phối hợp, trách nhiệm của mỗi bên và chế độ thông tin, báo cáo.
Theo đó, hai bên phối hợp tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước, trọng tâm là Chương trình 30a về giảm nghèo nhanh và bền vững tại 4 huyện nghèo; phối hợp nắm tình hình nhân dân vùng đồng bào Mông, Dao, vùng có đạo; giải quyết đơn thư, khiếu nại ngay từ cơ sở; xây dựng đội ngũ cán bộ, công chức "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân". Định kỳ 6 tháng, hai bên tổ chức giao ban; hằng năm sơ kết và sau 5 năm tổng kết.
Phát biểu tại hội nghị, đồng chí Giàng Seo Phử đề nghị các sở, ngành, UBND các huyện coi chương trình phối hợp là nhiệm vụ thường xuyên, gắn với cải cách hành chính. Năm 2010, các cơ quan hành chính toàn tỉnh đã tiếp 2.163 lượt công dân, nhận 846 đơn thư; song còn 37 vụ việc tồn đọng kéo dài, có vụ liên quan đến đất đai ở xã Bản Vược, xã Cốc San.
Ông Sùng A Lử, Chủ tịch UBND xã Tả Phìn, cho biết xã có 98% hộ là đồng bào Mông; nhờ cán bộ xã "cùng ăn, cùng ở, cùng làm" với dân, năm qua nhân dân đã tự nguyện hiến hơn 3 ha đất mở đường liên thôn. Bà Hoàng Thị Vân đề nghị sau hội nghị, Ban Dân vận các huyện ủy phối hợp với UBND cùng cấp cụ thể hóa chương trình trước ngày 30/10/2011.
Dịp này, UBND tỉnh trích 200 triệu đồng hỗ trợ các xã xây dựng điểm về dân vận chính quyền.
Vũ Hà
Số lượt xem: 1.204
Tin liên quan
- Bảo Thắng sơ kết Quy chế dân chủ ở cơ sở (05/09/2011)
- Bát Xát: 12 xã ký cam kết không để dân di cư tự do (29/08/2011)
- Hội nghị giao ban khối dân vận quý II/2011 (22/07/2011)
- Tập huấn nghiệp vụ cho 120 cán bộ dân vận cơ sở (14/07/2011)
""", "2011-09-14", "Ký kết chương trình phối hợp công tác dân vận chính quyền giai đoạn 2011 - 2015",
E("hoi_nghi", None, "2011-09-13"),
[P("Giàng Seo Phử", "Phó Bí thư Tỉnh ủy"),
 P("Hoàng Thị Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hạnh", "Phó Chủ tịch UBND tỉnh"),
 P("Sùng A Lử", "Chủ tịch UBND xã Tả Phìn")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("9 điểm cầu", 9, "điểm cầu"), Q("hơn 350 đại biểu", 350, "đại biểu", "over"),
 Q("4 chương", 4, "chương"), Q("15 điều", 15, "điều"), Q("4 huyện nghèo", 4, "huyện nghèo"),
 Q("2.163 lượt công dân", 2163, "lượt công dân"), Q("846 đơn thư", 846, "đơn thư"), Q("37 vụ việc tồn đọng kéo dài", 37, "vụ việc tồn đọng kéo dài"),
 Q("98%", 98, "%"), Q("hơn 3 ha", 3, "ha", "over"), Q("200 triệu đồng", 200000000, "đồng")],
[D("Chương trình phối hợp", "07", "CTr/BDVTU-BCSĐUBND", None, None, "Chương trình phối hợp số 07-CTr/BDVTU-BCSĐUBND"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Chỉ thị", "05", "CT/TU", "2011-05-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 10/5/2011")],
[prov("Lào Cai"), com("Bản Vược"), com("Cốc San"), com("Tả Phìn")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ › Hoạt động của Ban › Dân vận chính quyền",
 "Các đại biểu thực hiện nghi thức ký kết chương trình phối hợp.", "Chương trình 30a",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "cùng ăn, cùng ở, cùng làm", "Số lượt xem: 1.204"],
["Thứ Tư, 14/09/2011 - 09:20", "giai đoạn 2011 - 2015", "Chương trình 30a", "Định kỳ 6 tháng", "sau 5 năm", "Năm 2010", "Số lượt xem: 1.204"]))

PAGES.append(page("b7110-nghean-mttq-hnd-quyche-2012", """
Báo Nghệ An điện tử
Thời sự > Chính trị
20/03/2012 - 16:35
MTTQ và Hội Nông dân tỉnh ký quy chế phối hợp
(Baonghean) - Chiều 19/3, Ủy ban MTTQ tỉnh và Hội Nông dân tỉnh tổ chức ký kết Quy chế phối hợp công tác giai đoạn 2012 - 2017.
Ảnh: Lãnh đạo hai đơn vị ký kết quy chế. Ảnh: Ngọc Thanh
Tới dự có đồng chí Nguyễn Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Về phía Ủy ban MTTQ tỉnh có đồng chí Võ Trọng Lâm, Phó Bí thư Đảng đoàn, Chủ tịch Ủy ban MTTQ tỉnh và các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Hoàng Văn Chất, Phan Thị Lê. Hội Nông dân tỉnh có đồng chí Trần Đình Thọ, Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh.
Quy chế phối hợp số 02/QCPH-MTTQ-HND gồm 5 chương, 18 điều, thay thế quy chế ký năm 2007. Hai bên thống nhất phối hợp tuyên truyền, vận động hội viên nông dân thực hiện Nghị quyết số 26-NQ/TW ngày 5/8/2008 của BCH Trung ương về nông nghiệp, nông dân, nông thôn và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; cùng giám sát việc thực hiện chính sách hỗ trợ giống, vật tư cho nông dân; tham gia hòa giải tranh chấp đất đai ở cơ sở.
Đánh giá 5 năm thực hiện quy chế cũ, đồng chí Trần Đình Thọ cho biết: hai bên đã phối hợp tổ chức 214 buổi đối thoại, tọa đàm với nông dân; vận động xây dựng, sửa chữa 2.450 căn nhà cho hộ nghèo; phối hợp Ngân hàng Chính sách xã hội giải ngân khoảng 1.200 tỷ đồng cho hơn 48.000 hộ vay vốn phát triển sản xuất. Tỷ lệ hộ nghèo toàn tỉnh giảm từ 24,8% xuống còn 15,6%.
Tuy vậy, việc phối hợp ở một số huyện miền núi như Kỳ Sơn, Tương Dương còn hình thức; năm 2011 có 3 xã chưa triển khai được hoạt động chung nào. Nhiều chi hội nông dân ở xã Mường Lống, xã Nga My hoạt động chưa đều.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Hường đề nghị hai đơn vị sớm hướng dẫn cấp huyện, xã ký kết quy chế tương tự trước ngày 30/6/2012, đưa nội dung phối hợp vào chương trình công tác hằng quý; phát huy vai trò của gần 490.000 hội viên nông dân trong xây dựng nông thôn mới.
Ông Lô Văn Thái, Chủ tịch Hội Nông dân xã Mường Lống, cho biết hội đã phối hợp Ban Công tác Mặt trận các bản vận động 27 hộ đồng bào Mông bỏ trồng cây thuốc phiện, chuyển sang trồng gừng. Ông đề nghị tỉnh hỗ trợ 50 triệu đồng cho mỗi mô hình điểm.
Theo quy chế mới, Ban Thường trực Ủy ban MTTQ tỉnh và Thường trực Hội Nông dân tỉnh họp định kỳ mỗi quý một lần, luân phiên chủ trì; kết quả phối hợp được đưa vào tiêu chí thi đua hằng năm của hai cơ quan.
Thanh Hà
Bài viết liên quan
- Hội Nông dân Nghệ An sơ kết 6 tháng đầu năm (12/07/2011)
- Ra mắt 45 câu lạc bộ nông dân với pháp luật (02/03/2012)
- MTTQ tỉnh giám sát chính sách hỗ trợ giống lúa (17/02/2012)
""", "2012-03-20", "MTTQ và Hội Nông dân tỉnh ký quy chế phối hợp",
E("khac", None, "2012-03-19"),
[P("Nguyễn Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Trọng Lâm", "Phó Bí thư Đảng đoàn", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Chất", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Thị Lê", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Đình Thọ", "Bí thư Đảng đoàn", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lô Văn Thái", "Chủ tịch Hội Nông dân xã Mường Lống")],
[Q("5 chương", 5, "chương"), Q("18 điều", 18, "điều"), Q("214 buổi đối thoại, tọa đàm", 214, "buổi đối thoại, tọa đàm"),
 Q("2.450 căn nhà", 2450, "căn nhà"), Q("khoảng 1.200 tỷ đồng", 1200000000000, "đồng", "approx"),
 Q("hơn 48.000 hộ", 48000, "hộ", "over"), Q("24,8%", 24.8, "%"), Q("15,6%", 15.6, "%"), Q("3 xã", 3, "xã"),
 Q("gần 490.000 hội viên nông dân", 490000, "hội viên nông dân", "approx"), Q("27 hộ đồng bào Mông", 27, "hộ đồng bào Mông"),
 Q("50 triệu đồng", 50000000, "đồng")],
[D("Quy chế phối hợp", "02", "QCPH-MTTQ-HND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-HND"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008")],
[prov("Nghệ An"), com("Mường Lống"), com("Nga My")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị", "(Baonghean)", "Ảnh: Lãnh đạo hai đơn vị ký kết quy chế. Ảnh: Ngọc Thanh",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngân hàng Chính sách xã hội"],
["20/03/2012 - 16:35", "giai đoạn 2012 - 2017", "năm 2007", "5 năm", "năm 2011"]))

PAGES.append(page("b7111-thanhhoa-mttq-congan-tongket-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Bạn đang xem: Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh
Cập nhật lúc 15:40 ngày 27/12/2013
Thanh Hóa: Phối hợp giữa Mặt trận và Công an góp phần giữ vững an ninh cơ sở
Ngày 26/12, Ủy ban MTTQ tỉnh phối hợp với Công an tỉnh tổ chức hội nghị tổng kết năm 2013 thực hiện Chương trình phối hợp số 09/CTPH-MT-CA về phong trào "Toàn dân bảo vệ an ninh Tổ quốc" và triển khai nhiệm vụ năm 2014.
Đồng chí Lê Thị Mai Hoa, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, và Đại tá Cầm Bá Tiến, Phó Giám đốc Công an tỉnh, đồng chủ trì hội nghị. Dự hội nghị có đại diện Ban Dân vận Tỉnh ủy, Ban Nội chính Tỉnh ủy cùng lãnh đạo MTTQ, công an 27 huyện, thị xã, thành phố.
Theo báo cáo tổng kết, thực hiện Nghị quyết liên tịch số 01/2012/NQLT-BCA-BTTUBTWMTTQVN của Bộ Công an và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, trong năm hai lực lượng đã phối hợp tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại 637 xã, phường, thị trấn; xây dựng mới 96 mô hình tự quản về an ninh trật tự, nâng tổng số lên 1.185 mô hình. Nhân dân cung cấp cho cơ quan công an trên 4.700 nguồn tin có giá trị, giúp triệt phá 312 vụ án hình sự.
Công tác hòa giải ở cơ sở được chú trọng, 3.800 tổ hòa giải đã hòa giải thành 2.916 vụ việc, đạt tỷ lệ 81,5%. Ban Công tác Mặt trận các khu dân cư tham gia cảm hóa, giúp đỡ 254 người lầm lỗi tái hòa nhập cộng đồng. Đặc biệt, tại xã Quảng Nham và xã Hoằng Trường, tình trạng khai thác hải sản trái phép đã giảm rõ rệt nhờ cam kết giữa ngư dân với chính quyền.
Tuy nhiên, ở một số địa bàn giáp ranh với tỉnh Nghệ An, tình trạng mua bán trái phép chất ma túy còn diễn biến phức tạp; việc sơ kết, tổng kết chương trình phối hợp ở cấp xã còn chậm, có nơi chưa phân công rõ trách nhiệm.
Tại hội nghị, Thượng tá Phạm Văn Hùng, Trưởng Công an huyện Quan Hóa, nêu kinh nghiệm phối hợp với Ủy ban MTTQ huyện vận động đồng bào Thái, Mường giao nộp 148 khẩu súng tự chế. Bà Hà Thị Nguyệt, Chủ tịch Ủy ban MTTQ xã Trung Thành, kiến nghị tăng mức phụ cấp cho lực lượng bảo vệ dân phố và công an viên.
Phát biểu kết luận, đồng chí Lê Thị Mai Hoa đề nghị năm 2014 hai ngành tiếp tục thực hiện Chỉ thị số 09-CT/TW ngày 1/12/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc; phấn đấu 100% khu dân cư tổ chức Ngày hội.
Dịp này, Ủy ban MTTQ tỉnh và Công an tỉnh tặng giấy khen cho 35 tập thể, 52 cá nhân điển hình; mỗi tập thể được thưởng 1,5 triệu đồng.
Minh Đức
Tin khác
- MTTQ huyện Thọ Xuân ra mắt 12 tổ tự quản (18/12/2013)
- Giám sát thực hiện chính sách đối với người có công (10/12/2013)
- Đại hội MTTQ xã Hoằng Hóa nhiệm kỳ 2014 - 2019 (02/12/2013)
""", "2013-12-27", "Thanh Hóa: Phối hợp giữa Mặt trận và Công an góp phần giữ vững an ninh cơ sở",
E("tong_ket", "2013", "2013-12-26"),
[P("Lê Thị Mai Hoa", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Cầm Bá Tiến", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Phạm Văn Hùng", "Thượng tá", "Trưởng Công an huyện Quan Hóa"),
 P("Hà Thị Nguyệt", "Chủ tịch Ủy ban MTTQ xã Trung Thành")],
[Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"), Q("637 xã, phường, thị trấn", 637, "xã, phường, thị trấn"),
 Q("96 mô hình tự quản về an ninh trật tự", 96, "mô hình tự quản về an ninh trật tự"), Q("1.185 mô hình", 1185, "mô hình"),
 Q("trên 4.700 nguồn tin", 4700, "nguồn tin", "over"), Q("312 vụ án hình sự", 312, "vụ án hình sự"),
 Q("3.800 tổ hòa giải", 3800, "tổ hòa giải"), Q("2.916 vụ việc", 2916, "vụ việc"), Q("81,5%", 81.5, "%"),
 Q("254 người lầm lỗi", 254, "người lầm lỗi"), Q("148 khẩu súng tự chế", 148, "khẩu súng tự chế"), Q("100%", 100, "%"),
 Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân điển hình", 52, "cá nhân điển hình"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chương trình phối hợp", "09", "CTPH-MT-CA", None, None, "Chương trình phối hợp số 09/CTPH-MT-CA"),
 D("Nghị quyết liên tịch", "01", "2012/NQLT-BCA-BTTUBTWMTTQVN", None, "Bộ Công an và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 01/2012/NQLT-BCA-BTTUBTWMTTQVN"),
 D("Chỉ thị", "09", "CT/TW", "2011-12-01", "Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 1/12/2011")],
[prov("Thanh Hóa"), prov("Nghệ An"), com("Quảng Nham"), com("Hoằng Trường"), com("Trung Thành")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Bạn đang xem: Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh",
 "Toàn dân bảo vệ an ninh Tổ quốc", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc"],
["Cập nhật lúc 15:40 ngày 27/12/2013", "năm 2013", "năm 2014"]))

PAGES.append(page("b7112-soctrang-bdv-ubnd-soket-2014", """
Báo Sóc Trăng Online
TRANG CHỦ | CHÍNH TRỊ | XÃ HỘI | KINH TẾ | VĂN HÓA
Thứ Tư, 16/07/2014, 07:45
Toàn cảnh hội nghị. Ảnh: Kim Hồng
Đưa quy chế phối hợp dân vận chính quyền đi vào chiều sâu
(BSTO) - Sáng 15/7, Ban Dân vận Tỉnh ủy phối hợp Ban cán sự đảng UBND tỉnh tổ chức sơ kết 6 tháng đầu năm 2014 thực hiện Quy chế phối hợp số 03-QC/BDVTU-BCSĐ giữa hai cơ quan về công tác dân vận chính quyền, triển khai nhiệm vụ 6 tháng cuối năm.
Chủ trì có ông Kim Văn Sang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trần Hữu Phước, Phó Chủ tịch UBND tỉnh.
Sáu tháng qua, các sở, ngành và UBND 11 huyện, thị xã, thành phố đã cụ thể hóa quy chế bằng kế hoạch hằng năm, gắn với thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 21-CTr/TU và Kế hoạch số 34-KH/TU triển khai nghị quyết.
Các cơ quan hành chính đã tổ chức 146 cuộc đối thoại trực tiếp với nhân dân, tiếp nhận khoảng 1.900 ý kiến, kiến nghị; đến nay đã giải quyết 1.627 ý kiến. Có 23 đơn vị sự nghiệp công lập niêm yết công khai thủ tục, phí, lệ phí; thời gian giải quyết hồ sơ đất đai giảm bình quân 5 ngày. Ở vùng đồng bào Khmer, chính quyền phối hợp Ban Quản trị 92 chùa Phật giáo Nam tông Khmer vận động bà con cho con em đến trường, giảm 40% số học sinh bỏ học so với cùng kỳ.
Điển hình là xã Lâm Kiết và xã Vĩnh Hải: trụ sở UBND xã bố trí bộ phận "một cửa" có cán bộ biết tiếng Khmer, đặt hộp thư góp ý; năm tháng qua không có đơn thư vượt cấp. Ông Thạch Chanh Ra, Chủ tịch UBND xã Lâm Kiết, cho biết nhờ vận động, 64 hộ dân đã tự nguyện hiến đất, cây trái, tổng trị giá hơn 1,3 tỷ đồng để làm đường giao thông nông thôn.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra hạn chế: việc phối hợp ở cấp huyện chưa đồng bộ; một bộ phận cán bộ, công chức còn gây phiền hà, sách nhiễu; còn 17 vụ khiếu nại đông người chưa giải quyết dứt điểm, chủ yếu ở các dự án khu công nghiệp, cảng biển.
Kết luận hội nghị, ông Kim Văn Sang đề nghị 6 tháng cuối năm, hai bên tập trung thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; mỗi huyện chọn ít nhất 2 xã làm điểm về dân vận chính quyền. Ông Trần Hữu Phước thống nhất giao Sở Nội vụ đưa tiêu chí "dân vận khéo" vào đánh giá, xếp loại công chức cuối năm.
Kim Hồng
Tin cùng chuyên mục
- Trao 50 căn nhà đại đoàn kết cho hộ nghèo Khmer (10/07/2014)
- Hội nghị giao ban công tác Mặt trận quý II (04/07/2014)
- Sóc Trăng tổ chức Lễ hội Dâng y Kathina (28/06/2014)
""", "2014-07-16", "Đưa quy chế phối hợp dân vận chính quyền đi vào chiều sâu",
E("so_ket", "2014-H1", "2014-07-15"),
[P("Kim Văn Sang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hữu Phước", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Chanh Ra", "Chủ tịch UBND xã Lâm Kiết")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("146 cuộc đối thoại", 146, "cuộc đối thoại"),
 Q("khoảng 1.900 ý kiến, kiến nghị", 1900, "ý kiến, kiến nghị", "approx"), Q("1.627 ý kiến", 1627, "ý kiến"),
 Q("23 đơn vị sự nghiệp công lập", 23, "đơn vị sự nghiệp công lập"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("40%", 40, "%"), Q("64 hộ dân", 64, "hộ dân"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("17 vụ khiếu nại đông người", 17, "vụ khiếu nại đông người"), Q("ít nhất 2 xã", 2, "xã", "over")],
[D("Quy chế phối hợp", "03", "QC/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 03-QC/BDVTU-BCSĐ"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Kế hoạch", "34", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 34-KH/TU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013")],
[prov("Sóc Trăng"), com("Lâm Kiết"), com("Vĩnh Hải")],
["Báo Sóc Trăng Online", "TRANG CHỦ | CHÍNH TRỊ | XÃ HỘI | KINH TẾ | VĂN HÓA", "Toàn cảnh hội nghị. Ảnh: Kim Hồng", "(BSTO)",
 "một cửa", "dân vận khéo"],
["Thứ Tư, 16/07/2014, 07:45", "6 tháng đầu năm 2014", "6 tháng cuối năm", "5 ngày", "năm tháng qua", "khóa XI"]))

PAGES.append(page("b7113-hanam-hlhpn-tuphap-kyket-2015", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ NAM
Bạn đang ở: Trang chủ >> Tin tức - Sự kiện >> Hoạt động Hội
Ngày 09/04/2015 | 10:12
Hội LHPN tỉnh và Sở Tư pháp ký kết chương trình phối hợp năm 2015
Chiều ngày 7/4/2015, Hội Liên hiệp Phụ nữ tỉnh Hà Nam và Sở Tư pháp tổ chức hội nghị ký kết chương trình phối hợp năm 2015 về tuyên truyền, phổ biến, giáo dục pháp luật và trợ giúp pháp lý cho phụ nữ. Bà Đinh Thị Lan Phương, Phó Chủ tịch Hội LHPN Việt Nam dự và phát biểu chỉ đạo.
Bà Trịnh Thị Thủy, Chủ tịch Hội LHPN tỉnh (bên phải) và ông Vũ Đức Thắng, Giám đốc Sở Tư pháp ký kết chương trình.
Chương trình phối hợp số 15/CTPH-HLHPN-STP được xây dựng trên cơ sở Đề án "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2010 - 2015" ban hành kèm theo Quyết định số 343/QĐ-TTg của Thủ tướng Chính phủ và Chỉ thị số 11-CT/TU ngày 2/10/2014 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phổ biến, giáo dục pháp luật.
Nội dung phối hợp tập trung vào 5 nhóm nhiệm vụ: biên soạn tài liệu hỏi đáp pháp luật về hôn nhân và gia đình, phòng, chống bạo lực gia đình, mua bán người; xây dựng câu lạc bộ "Phụ nữ với pháp luật" ở cơ sở; trợ giúp pháp lý lưu động tại các xã vùng chiêm trũng; bồi dưỡng kỹ năng hòa giải cho chi hội trưởng phụ nữ. Mục tiêu đến cuối năm, có ít nhất 80% cơ sở Hội được tiếp cận tài liệu; thành lập mới 30 câu lạc bộ; mỗi huyện, thành phố tổ chức 2 đợt trợ giúp pháp lý lưu động.
Báo cáo tại hội nghị cho biết, năm 2014 hai ngành đã phối hợp tổ chức 1.260 buổi sinh hoạt pháp luật với khoảng 68.500 lượt hội viên tham gia; phát hành 12.000 tờ gấp; Trung tâm Trợ giúp pháp lý nhà nước tỉnh đã trợ giúp miễn phí cho 437 lượt phụ nữ thuộc hộ nghèo, hộ cận nghèo. Tại xã Nhân Nghĩa và xã Thanh Hương, các tổ hòa giải do chi hội phụ nữ làm nòng cốt đã hòa giải thành 26/29 vụ mâu thuẫn gia đình.
Phát biểu tại hội nghị, bà Đinh Thị Lan Phương ghi nhận Hà Nam là một trong những tỉnh sớm ký kết chương trình phối hợp liên ngành; đề nghị tỉnh Hội phát huy vai trò của đội ngũ hơn 1.100 tuyên truyền viên pháp luật cơ sở, chú trọng lồng ghép nội dung phòng, chống mua bán người trong sinh hoạt chi hội.
Bà Nguyễn Thị Hằng, Chủ tịch Hội LHPN xã Nhân Nghĩa, chia sẻ: năm qua hội đã vận động hội viên đóng góp quỹ được 45 triệu đồng để hỗ trợ 9 chị em đơn thân vay vốn chăn nuôi.
Hồng Nhung - Ban Tuyên giáo
Lượt truy cập: 215.644
Tin khác
- Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 8 (khóa XIV) (25/03/2015)
- Kỷ niệm 105 năm Ngày Quốc tế Phụ nữ 8/3 (06/03/2015)
- Ra mắt mô hình "Phụ nữ với pháp luật" xã Đinh Xá (27/02/2015)
""", "2015-04-09", "Hội LHPN tỉnh và Sở Tư pháp ký kết chương trình phối hợp năm 2015",
E("hoi_nghi", "2015", "2015-04-07"),
[P("Đinh Thị Lan Phương", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Trịnh Thị Thủy", "Chủ tịch Hội LHPN tỉnh"),
 P("Vũ Đức Thắng", "Giám đốc Sở Tư pháp"),
 P("Nguyễn Thị Hằng", "Chủ tịch Hội LHPN xã Nhân Nghĩa")],
[Q("5 nhóm nhiệm vụ", 5, "nhóm nhiệm vụ"), Q("ít nhất 80%", 80, "%", "over"), Q("30 câu lạc bộ", 30, "câu lạc bộ"),
 Q("2 đợt trợ giúp pháp lý lưu động", 2, "đợt trợ giúp pháp lý lưu động"), Q("1.260 buổi sinh hoạt pháp luật", 1260, "buổi sinh hoạt pháp luật"),
 Q("khoảng 68.500 lượt hội viên", 68500, "lượt hội viên", "approx"), Q("12.000 tờ gấp", 12000, "tờ gấp"),
 Q("437 lượt phụ nữ", 437, "lượt phụ nữ"), Q("26/29 vụ mâu thuẫn gia đình", 26, "vụ mâu thuẫn gia đình"),
 Q("hơn 1.100 tuyên truyền viên pháp luật cơ sở", 1100, "tuyên truyền viên pháp luật cơ sở", "over"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("9 chị em đơn thân", 9, "chị em đơn thân")],
[D("Chương trình phối hợp", "15", "CTPH-HLHPN-STP", None, None, "Chương trình phối hợp số 15/CTPH-HLHPN-STP"),
 D("Quyết định", "343", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 343/QĐ-TTg"),
 D("Chỉ thị", "11", "CT/TU", "2014-10-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 2/10/2014")],
[prov("Hà Nam"), com("Nhân Nghĩa"), com("Thanh Hương")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ NAM", "Bạn đang ở: Trang chủ >> Tin tức - Sự kiện >> Hoạt động Hội",
 "Bà Trịnh Thị Thủy, Chủ tịch Hội LHPN tỉnh (bên phải) và ông Vũ Đức Thắng, Giám đốc Sở Tư pháp ký kết chương trình.",
 "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2010 - 2015",
 "Phụ nữ với pháp luật", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Lượt truy cập: 215.644"],
["Ngày 09/04/2015 | 10:12", "năm 2015", "năm 2014", "giai đoạn 2010 - 2015", "Lượt truy cập: 215.644"]))

PAGES.append(page("b7114-quangtri-khoidanvan-giaoban-2016", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Hôm nay: Thứ Hai, 10/10/2016
Chính trị - Xã hội › Dân vận
07/10/2016 - 08:50
Ảnh: Các đại biểu dự hội nghị giao ban.
Nâng cao hiệu quả phối hợp giữa Ban Dân vận với Mặt trận, các đoàn thể
QTO - Ngày 6/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý III/2016 nhằm đánh giá việc thực hiện Quy chế phối hợp giữa Ban Dân vận Tỉnh ủy với Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh. Đồng chí Lê Thị Phương Thảo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo đánh giá, quý III, khối dân vận đã phối hợp nắm tình hình tư tưởng nhân dân, nhất là ngư dân các xã ven biển chịu ảnh hưởng từ sự cố môi trường biển. Các đoàn thể đã vận động, hỗ trợ gần 6.800 hộ ngư dân chuyển đổi nghề, nhận hơn 3.200 tấn gạo hỗ trợ; Hội Nông dân tỉnh giải ngân 14,5 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 610 hộ. Đoàn Thanh niên phối hợp tổ chức 18 đợt ra quân làm sạch bờ biển tại xã Triệu Vân, xã Gio Hải.
Ủy ban MTTQ tỉnh đã phối hợp với Ban Dân vận Tỉnh ủy triển khai Kế hoạch số 72-KH/BDVTU về giám sát việc chi trả bồi thường thiệt hại; qua giám sát, phát hiện 3 trường hợp kê khai không đúng đối tượng, kiến nghị xử lý. Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, đã có 47 xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Cũng trong quý, Hội Cựu chiến binh và Liên đoàn Lao động tỉnh đã phối hợp thăm hỏi, tặng 350 suất quà cho công nhân mất việc làm; Hội LHPN tỉnh duy trì 126 tổ phụ nữ tiết kiệm ở vùng biển với tổng số vốn khoảng 2 tỷ đồng.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Bình, Trần Thị Mỹ Lệ thông tin dự thảo kế hoạch tổ chức Ngày "Dân vận" 15/10 và hướng dẫn đăng ký mô hình "Dân vận khéo" năm 2017. Đồng chí Hồ Xuân Tiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các đoàn thể tiếp tục phối hợp vận động ngư dân bám biển, không nghe theo kẻ xấu kích động.
Kết luận giao ban, đồng chí Lê Thị Phương Thảo yêu cầu quý IV tập trung tuyên truyền Nghị quyết Đại hội XII của Đảng; chuẩn bị tổng kết 3 năm thực hiện Nghị quyết số 25-NQ/TW; mỗi đoàn thể rà soát, bổ sung quy chế phối hợp cho phù hợp với nhiệm kỳ mới. Ban Dân vận Tỉnh ủy sẽ phối hợp Ủy ban MTTQ tỉnh tổ chức khảo sát tại 4 xã có đông đồng bào Công giáo và đồng bào Vân Kiều, Pa Kô.
Đức Việt
Các tin đã đưa
- Trao 200 suất quà cho ngư dân xã Triệu An (28/09/2016)
- Hướng Hóa: vận động đồng bào Vân Kiều xóa bỏ tập tục lạc hậu (19/09/2016)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 4 (09/09/2016)
""", "2016-10-07", "Nâng cao hiệu quả phối hợp giữa Ban Dân vận với Mặt trận, các đoàn thể",
E("giao_ban", "2016-Q3", "2016-10-06"),
[P("Lê Thị Phương Thảo", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Mỹ Lệ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Xuân Tiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("gần 6.800 hộ ngư dân", 6800, "hộ ngư dân", "approx"), Q("hơn 3.200 tấn", 3200, "tấn", "over"),
 Q("14,5 tỷ đồng", 14500000000, "đồng"), Q("610 hộ", 610, "hộ"), Q("18 đợt ra quân", 18, "đợt ra quân"),
 Q("3 trường hợp", 3, "trường hợp"), Q("350 suất quà", 350, "suất quà"),
 Q("126 tổ phụ nữ tiết kiệm", 126, "tổ phụ nữ tiết kiệm"), Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"), Q("47 xã", 47, "xã"), Q("4 xã", 4, "xã")],
[D("Kế hoạch", "72", "KH/BDVTU", None, None, "Kế hoạch số 72-KH/BDVTU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW")],
[prov("Quảng Trị"), com("Triệu Vân"), com("Gio Hải")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Chính trị - Xã hội › Dân vận",
 "Ảnh: Các đại biểu dự hội nghị giao ban.", "QTO", "Quỹ hỗ trợ nông dân", "Dân vận khéo", "Nghị quyết Đại hội XII", "Hôm nay: Thứ Hai, 10/10/2016"],
["Hôm nay: Thứ Hai, 10/10/2016", "07/10/2016 - 08:50", "quý III/2016", "quý III", "quý IV", "15/10", "năm 2017", "3 năm", "Đại hội XII"]))
