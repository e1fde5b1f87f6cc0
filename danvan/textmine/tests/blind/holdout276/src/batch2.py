from lib import *
PAGES = []

PAGES.append(page("b6587-hanam-chandung-bithu-thonmoi-2017", """
Báo Hà Nam điện tử
Xã hội » Gương sáng
Thứ Ba, 14/11/2017 | 07:30
Ông Trần Văn Hòe (thứ hai từ trái) trò chuyện với người dân thôn Nhân Hòa.
Người "giữ lửa" đoàn kết ở thôn mới
BHN - Hai thôn Đông và Đoài của xã Nhân Mỹ vốn có nhiều "ân oán" từ chuyện tranh chấp bờ vùng, bờ thửa. Vậy mà chỉ hơn một năm sau khi sáp nhập thành thôn Nhân Hòa, bà con đã cùng nhau làm đường, dựng nhà văn hóa. Người có công lớn trong sự đổi thay ấy là ông Trần Văn Hòe, Bí thư Chi bộ, Trưởng thôn Nhân Hòa.
Năm 2016, thực hiện Đề án số 08-ĐA/TU của Tỉnh ủy về sắp xếp thôn, xóm, tổ dân phố, huyện Lý Nhân giảm 63 thôn. Ở Nhân Mỹ, phương án nhập thôn Đông với thôn Đoài gặp nhiều ý kiến phản đối. Ông Hòe, khi đó là Phó Bí thư Chi bộ thôn Đoài, xin với Đảng ủy xã được đi vận động trước. "Tôi đến từng nhà, ngồi uống nước chè, nghe các cụ kể chuyện cũ. Có nhà tôi đến bảy, tám lần mới được mời vào", ông kể.
Ông đề xuất để hai thôn cũ cùng bàn tên thôn mới; mỗi họ cử một người vào ban vận động. Kết quả, 97% số hộ đồng ý sáp nhập. Tháng 3/2016, thôn Nhân Hòa ra đời với 412 hộ, hơn 1.600 nhân khẩu; ông được bà con tín nhiệm bầu làm Trưởng thôn, sau đó được Đảng ủy xã chỉ định giữ chức Bí thư Chi bộ.
Việc đầu tiên ông làm là họp dân bàn xây nhà văn hóa chung. Nhân dân đóng góp 860 triệu đồng, cùng 300 triệu đồng của xã, thôn đã có nhà văn hóa khang trang ở giữa hai xóm cũ. Con đường bê tông dài 1,2 km nối hai xóm được làm xong trong 45 ngày, 28 hộ tự nguyện hiến đất.
Bà Nguyễn Thị Vân, Chủ tịch Ủy ban MTTQ xã Nhân Mỹ nhận xét: "Ông Hòe không nói nhiều, nhưng việc gì hứa với dân là làm đến nơi. Từ ngày nhập thôn, Nhân Hòa không có đơn thư vượt cấp". Năm 2017, thôn Nhân Hòa được công nhận "Khu dân cư văn hóa", ông Hòe được UBND tỉnh tặng Bằng khen vì có thành tích trong phong trào thi đua "Dân vận khéo".
Ông Đỗ Văn Thụ, Phó Bí thư Thường trực Huyện ủy Lý Nhân, cho biết: qua Chỉ thị 03-CT/HU của Ban Thường vụ Huyện ủy, huyện chọn thôn Nhân Hòa làm điểm để các xã đến học cách vận động sau sáp nhập. Theo ông, mô hình của Nhân Hòa cho thấy khi cán bộ đặt mình vào vị trí người dân thì việc khó mấy cũng thành.
Những ngày này, ông vẫn giữ thói quen tối tối đi bộ một vòng quanh thôn, ghé nhà này, nhà kia hỏi chuyện; có việc gì vướng là mang ra chi bộ bàn ngay.
Nói về dự định, ông Hòe chỉ mong thôn có thêm sân thể thao cho lớp trẻ và giữ được tình làng nghĩa xóm như hôm nay.
Bài, ảnh: Phạm Hiền
Tin khác
- Lý Nhân: 45 thôn mới ra mắt sau sáp nhập (28/10/2017)
- Kim Bảng: Người có uy tín góp sức xây dựng nông thôn mới (17/10/2017)
- Duy Tiên tổ chức ngày hội đại đoàn kết ở khu dân cư (11/10/2017)
""", "2017-11-14", "Người \"giữ lửa\" đoàn kết ở thôn mới",
E("khac", None, None),
[P("Trần Văn Hòe", "Bí thư Chi bộ", "Trưởng thôn Nhân Hòa", "Phó Bí thư Chi bộ thôn Đoài"),
 P("Nguyễn Thị Vân", "Chủ tịch Ủy ban MTTQ xã Nhân Mỹ"),
 P("Đỗ Văn Thụ", "Phó Bí thư Thường trực Huyện ủy Lý Nhân")],
[Q("63 thôn", 63, "thôn"), Q("97%", 97, "%"), Q("412 hộ", 412, "hộ"), Q("hơn 1.600 nhân khẩu", 1600, "nhân khẩu", "over"),
 Q("860 triệu đồng", 860000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"), Q("1,2 km", 1.2, "km"), Q("28 hộ", 28, "hộ")],
[D("Đề án", "08", "ĐA/TU", None, "Tỉnh ủy", "Đề án số 08-ĐA/TU"),
 D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03-CT/HU")],
[prov("Hà Nam"), com("Nhân Mỹ")],
["Báo Hà Nam điện tử", "Xã hội » Gương sáng", "Ông Trần Văn Hòe (thứ hai từ trái) trò chuyện với người dân thôn Nhân Hòa.",
 "BHN", "Khu dân cư văn hóa", "Dân vận khéo"],
["Thứ Ba, 14/11/2017 | 07:30", "45 ngày", "bảy, tám lần", "Tháng 3/2016", "Năm 2016", "Năm 2017"]))

PAGES.append(page("b6588-hoabinh-hoinghi-uytin-sapnhap-2018", """
BÁO HÒA BÌNH ĐIỆN TỬ
Vị trí: Trang chủ >> Chính trị >> Dân tộc - Tôn giáo
20/04/2018 06:00
Người có uy tín đồng hành cùng chủ trương sáp nhập xóm
Ngày 18/4, Ban Dân vận Tỉnh ủy Hòa Bình phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị phổ biến chủ trương sắp xếp, sáp nhập xóm, tiểu khu và thông tin thời sự cho 215 người có uy tín trong đồng bào dân tộc Mường, Dao, Tày, Thái trên địa bàn tỉnh.
Đồng chí Bùi Văn Tỉnh phát biểu tại hội nghị.
Đồng chí Bùi Văn Tỉnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh, thực hiện Nghị quyết 18, 19-NQ/TW của BCH Trung ương khóa XII về tinh gọn bộ máy và đổi mới đơn vị sự nghiệp công lập, tỉnh đang xây dựng phương án sáp nhập các xóm có quy mô nhỏ. Dự kiến toàn tỉnh giảm khoảng 560 xóm, tiểu khu, tương đương 25% tổng số. Người có uy tín là cầu nối quan trọng để chủ trương đến được với từng gia đình.
Tại hội nghị, bà Quách Thị Thoa, Phó Trưởng Ban Dân tộc tỉnh thông tin về Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số; mỗi người được cấp 1 tờ báo, được thăm hỏi khi ốm đau với mức 500.000 đồng.
Các đại biểu thẳng thắn nêu băn khoăn. Ông Đinh Công Sứ, người có uy tín xóm Mỗ, xã Phú Lương, lo ngại xóm lớn thì khó giữ lễ hội, tục lệ riêng của từng xóm nhỏ; ông đề nghị cho mỗi xóm sau sáp nhập được giữ tên gọi cũ trong sinh hoạt văn hóa. Ông Xa Văn Chiến, Trưởng xóm Bưa, xã Tân Pheo, cho biết xóm có 68 hộ người Thái, nếu nhập với xóm người Mường bên cạnh thì phải có cán bộ biết cả hai thứ tiếng. Bà Triệu Thị Mùi, người có uy tín xóm Bương, xã Đồng Ruộng, đề nghị hỗ trợ kinh phí cho nhà văn hóa xóm mới.
Trả lời ý kiến, ông Hà Minh Khiêm, Phó Giám đốc Sở Nội vụ cho biết tỉnh sẽ hướng dẫn theo Thông tư số 14/2018/TT-BNV của Bộ Nội vụ khi thông tư có hiệu lực; việc sáp nhập phải được trên 50% số hộ gia đình đồng ý, lấy ý kiến công khai tại từng xóm. Những xóm ở vùng sâu, vùng xa, biên giới không bắt buộc đủ tiêu chuẩn quy mô.
Đồng chí Bùi Văn Tỉnh đề nghị các vị người có uy tín tiếp tục là "cánh tay nối dài" của cấp ủy, chính quyền: phát hiện sớm những ý kiến trái chiều, tâm tư của bà con để phản ánh kịp thời; cùng ban công tác mặt trận vận động con cháu, dòng họ đồng thuận. Ban Dân vận Tỉnh ủy sẽ phối hợp với Ban Dân tộc tổ chức 6 hội nghị tương tự ở các huyện trong quý II và quý III.
Dịp này, Ban Dân tộc tỉnh tặng 215 phần quà, mỗi phần trị giá 400.000 đồng cho các đại biểu.
Xuân Lâm
Tin liên quan
- Đà Bắc: phát huy vai trò người có uy tín vùng lòng hồ (10/04/2018)
- Mai Châu sáp nhập 26 xóm thành 12 xóm (02/04/2018)
- Lạc Sơn: hội nghị quán triệt Nghị quyết Trung ương 6 khóa XII (22/03/2018)
""", "2018-04-20", "Người có uy tín đồng hành cùng chủ trương sáp nhập xóm",
E("hoi_nghi", None, "2018-04-18"),
[P("Bùi Văn Tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quách Thị Thoa", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Đinh Công Sứ", "người có uy tín xóm Mỗ"),
 P("Xa Văn Chiến", "Trưởng xóm Bưa"),
 P("Triệu Thị Mùi", "người có uy tín xóm Bương"),
 P("Hà Minh Khiêm", "Phó Giám đốc Sở Nội vụ")],
[Q("215 người có uy tín", 215, "người có uy tín"), Q("khoảng 560 xóm, tiểu khu", 560, "xóm, tiểu khu", "approx"), Q("25%", 25, "%"),
 Q("500.000 đồng", 500000, "đồng"), Q("68 hộ người Thái", 68, "hộ người Thái"), Q("trên 50%", 50, "%", "over"),
 Q("6 hội nghị", 6, "hội nghị"), Q("215 phần quà", 215, "phần quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 18, 19-NQ/TW"),
 D("Nghị quyết", "19", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 18, 19-NQ/TW"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Thông tư", "14", "2018/TT-BNV", None, "Bộ Nội vụ", "Thông tư số 14/2018/TT-BNV")],
[prov("Hòa Bình"), com("Phú Lương"), com("Tân Pheo"), com("Đồng Ruộng")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Vị trí: Trang chủ >> Chính trị >> Dân tộc - Tôn giáo", "Đồng chí Bùi Văn Tỉnh phát biểu tại hội nghị.",
 "cánh tay nối dài"],
["20/04/2018 06:00", "khóa XII", "1 tờ báo", "quý II và quý III"]))

PAGES.append(page("b6589-haiduong-tongket-sapxepxa-2019", """
HẢI DƯƠNG ONLINE | Thứ Sáu, 27/12/2019
Chính trị › Dân vận
Cập nhật lúc 16:05 ngày 27/12/2019
Ảnh: Toàn cảnh hội nghị.
Hải Dương giảm 27 xã sau sắp xếp, lòng dân đồng thuận
Chiều 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Nguyễn Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2019, nhiệm vụ nổi bật của khối dân vận là tham gia thực hiện Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị và Nghị quyết số 653/2019/UBTVQH14 ngày 12/3/2019 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp huyện và cấp xã. Ngày 16/10/2019, Ủy ban Thường vụ Quốc hội ban hành Nghị quyết số 788/NQ-UBTVQH14 về việc sắp xếp đơn vị hành chính cấp xã của tỉnh; theo đó, tỉnh giảm 27 xã, từ 262 xuống còn 235 đơn vị hành chính cấp xã.
Trước đó, khối dân vận đã phối hợp tổ chức lấy ý kiến cử tri tại 56 xã thuộc diện sắp xếp, với trên 98% cử tri đồng ý. Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 15-HD/BDVTU về công tác dân vận trong sắp xếp đơn vị hành chính, đồng thời phối hợp nắm tình hình tư tưởng ở những nơi có ý kiến khác nhau về tên gọi, vị trí đặt trụ sở xã mới.
Ảnh: Đồng chí Nguyễn Thị Ngọc Bích phát biểu kết luận.
Tại hội nghị, bà Lê Thị Hằng, Bí thư Đảng ủy xã Hồng Phúc, chia sẻ: xã được thành lập trên cơ sở nhập hai xã Hồng Quang và Phúc Thành, việc lấy tên ghép giúp người dân cả hai nơi thấy mình được tôn trọng. Ông Vũ Đức Mạnh, Trưởng Ban Dân vận Huyện ủy Thanh Miện, cho biết huyện đã vận động 14 cán bộ cấp xã nghỉ hưu trước tuổi, tự nguyện thôi việc; số cán bộ dôi dư còn 37 người, dự kiến bố trí xong trong 5 năm.
Cũng trong năm, các cơ quan dân vận tiếp nhận 142 lượt công dân, 58 đơn thư; đã phối hợp giải quyết 51 đơn. Phong trào "Dân vận khéo" có 1.126 mô hình, trong đó 87 mô hình cấp tỉnh.
Phát biểu kết luận, đồng chí Nguyễn Thị Ngọc Bích yêu cầu năm 2020, khối dân vận tập trung nắm tình hình ở các xã mới thành lập, kịp thời tham mưu giải quyết những vấn đề phát sinh về trụ sở, con dấu, giấy tờ của người dân; chuẩn bị tốt công tác dân vận phục vụ đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025.
Hội nghị cũng chỉ ra hạn chế: ở một vài nơi, việc tuyên truyền chưa kịp thời nên người dân còn lo lắng về thủ tục hành chính sau sáp nhập; việc giải quyết chế độ cho cán bộ không chuyên trách dôi dư còn chậm.
Dịp này, 15 tập thể, 22 cá nhân được tặng giấy khen của Ban Dân vận Tỉnh ủy.
Thanh Huyền
Lượt xem: 1532
Các tin đã đưa
- Kinh Môn ra mắt các phường mới (20/12/2019)
- Tứ Kỳ tổng kết 5 năm phong trào "Dân vận khéo" (12/12/2019)
- Lấy ý kiến cử tri về sắp xếp đơn vị hành chính cấp xã (08/08/2019)
""", "2019-12-27", "Hải Dương giảm 27 xã sau sắp xếp, lòng dân đồng thuận",
E("tong_ket", "2019", "2019-12-26"),
[P("Nguyễn Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hằng", "Bí thư Đảng ủy xã Hồng Phúc"),
 P("Vũ Đức Mạnh", "Trưởng Ban Dân vận Huyện ủy Thanh Miện")],
[Q("27 xã", 27, "xã"), Q("262", 262, "đơn vị hành chính cấp xã"), Q("235 đơn vị hành chính cấp xã", 235, "đơn vị hành chính cấp xã"),
 Q("56 xã", 56, "xã"), Q("trên 98%", 98, "%", "over"), Q("14 cán bộ cấp xã", 14, "cán bộ cấp xã"),
 Q("37 người", 37, "người"), Q("142 lượt công dân", 142, "lượt công dân"), Q("58 đơn thư", 58, "đơn thư"), Q("51 đơn", 51, "đơn"),
 Q("1.126 mô hình", 1126, "mô hình"), Q("87 mô hình cấp tỉnh", 87, "mô hình cấp tỉnh"), Q("15 tập thể", 15, "tập thể"),
 Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị quyết", "37", "NQ/TW", "2018-12-24", "Bộ Chính trị", "Nghị quyết số 37-NQ/TW ngày 24/12/2018"),
 D("Nghị quyết", "653", "2019/UBTVQH14", "2019-03-12", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 653/2019/UBTVQH14 ngày 12/3/2019"),
 D("Nghị quyết", "788", "NQ-UBTVQH14", "2019-10-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 788/NQ-UBTVQH14"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU")],
[prov("Hải Dương"), com("Hồng Phúc"), com("Hồng Quang"), com("Phúc Thành")],
["HẢI DƯƠNG ONLINE", "Chính trị › Dân vận", "Ảnh: Toàn cảnh hội nghị.", "Ảnh: Đồng chí Nguyễn Thị Ngọc Bích phát biểu kết luận.",
 "Dân vận khéo", "Lượt xem: 1532"],
["HẢI DƯƠNG ONLINE | Thứ Sáu, 27/12/2019", "Cập nhật lúc 16:05 ngày 27/12/2019", "năm 2019", "năm 2020", "5 năm",
 "nhiệm kỳ 2020 - 2025", "Lượt xem: 1532"]))

PAGES.append(page("b6590-caobang-giaoban-q1-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY CAO BẰNG
You are here: Trang chủ - Tin tức - Hoạt động của Ban
Thứ Năm, 09/04/2020 - 15:20
Giao ban trực tuyến khối dân vận: ổn định tư tưởng nhân dân ở các xã mới sáp nhập
Ngày 8/4, Ban Dân vận Tỉnh ủy tổ chức giao ban trực tuyến công tác dân vận quý I/2020 với 12 điểm cầu huyện, thành phố, bảo đảm yêu cầu phòng, chống dịch Covid-19. Đồng chí Nông Thị Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; tham dự có các đồng chí Lục Văn Tùng, Mã Thị Nhung - Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Nông Thị Hạnh phát biểu tại điểm cầu tỉnh.
Theo Nghị quyết số 864/NQ-UBTVQH14 ngày 10/01/2020 của Ủy ban Thường vụ Quốc hội, từ ngày 01/02/2020 tỉnh Cao Bằng giảm 38 xã, 2 thị trấn; sáp nhập huyện Trà Lĩnh và Quảng Uyên thành huyện Quảng Hòa, huyện Thông Nông và Hà Quảng thành huyện Hà Quảng. Đây là địa phương có số đơn vị hành chính cấp xã giảm nhiều nhất cả nước trong đợt sắp xếp này.
Báo cáo giao ban nêu rõ, trong quý I, khối dân vận các cấp đã triển khai Kế hoạch số 48-KH/TU ngày 15/01/2020 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 03-HD/BDVTU về công tác dân vận sau sáp nhập; 100% xã mới đã kiện toàn Khối dân vận. Cán bộ dân vận đã đến 6.250 hộ để tuyên truyền, giải đáp thắc mắc về giấy tờ hộ tịch, đất đai. Tình hình tư tưởng nhân dân nhìn chung ổn định; một số ý kiến băn khoăn về khoảng cách đến trụ sở xã mới, có nơi xa tới 18 km.
Đồng chí Hoàng Văn Pẻn, HUV, Trưởng Ban Dân vận Huyện ủy Quảng Hòa, cho biết huyện đã bố trí bộ phận tiếp nhận hồ sơ tại trụ sở các xã cũ, hai ngày mỗi tuần, để người dân ở xa không phải đi lại nhiều. Ông Đàm Văn Khoa, Bí thư Đảng ủy xã Cách Linh, đề nghị tỉnh sớm có hướng dẫn sử dụng trụ sở dôi dư làm nhà văn hóa, điểm trường. Theo báo cáo của Sở Nội vụ, toàn tỉnh có 491 cán bộ, công chức cấp xã dôi dư, trong đó 163 người đã nghỉ hưởng chế độ.
Về công tác phòng dịch, các tổ dân vận, tổ Covid cộng đồng ở xóm đã vận động nhân dân thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ; hơn 1.700 đoàn viên, hội viên tham gia chốt kiểm soát ở các đường mòn, lối mở biên giới.
Kết luận giao ban, đồng chí Nông Thị Hạnh yêu cầu quý II tập trung nắm tình hình ở các xã mới, nhất là xã biên giới; vận động nhân dân đồng thuận với việc sử dụng trụ sở dôi dư; chuẩn bị công tác dân vận phục vụ đại hội đảng bộ cơ sở. Các huyện cần có báo cáo nhanh mỗi tháng về những vụ việc phát sinh, không để hình thành điểm nóng.
Nông Hằng
Tin cùng chuyên mục
- Hà Quảng: ra mắt Khối dân vận các xã sau sáp nhập (02/04/2020)
- Ban Dân vận Tỉnh ủy hỗ trợ 200 khẩu trang cho xã biên giới (25/03/2020)
- Quảng Hòa: người có uy tín tham gia phòng, chống dịch (18/03/2020)
""", "2020-04-09", "Giao ban trực tuyến khối dân vận: ổn định tư tưởng nhân dân ở các xã mới sáp nhập",
E("giao_ban", "2020-Q1", "2020-04-08"),
[P("Nông Thị Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Tùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mã Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Pẻn", "HUV", "Trưởng Ban Dân vận Huyện ủy Quảng Hòa"),
 P("Đàm Văn Khoa", "Bí thư Đảng ủy xã Cách Linh")],
[Q("12 điểm cầu huyện, thành phố", 12, "điểm cầu huyện, thành phố"), Q("38 xã", 38, "xã"), Q("2 thị trấn", 2, "thị trấn"),
 Q("100% xã mới", 100, "%"), Q("6.250 hộ", 6250, "hộ"), Q("18 km", 18, "km"),
 Q("491 cán bộ, công chức cấp xã", 491, "cán bộ, công chức cấp xã"), Q("163 người", 163, "người"),
 Q("hơn 1.700 đoàn viên, hội viên", 1700, "đoàn viên, hội viên", "over")],
[D("Nghị quyết", "864", "NQ-UBTVQH14", "2020-01-10", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 864/NQ-UBTVQH14 ngày 10/01/2020"),
 D("Kế hoạch", "48", "KH/TU", "2020-01-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 48-KH/TU ngày 15/01/2020"),
 D("Hướng dẫn", "03", "HD/BDVTU", None, None, "Hướng dẫn số 03-HD/BDVTU"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg")],
[prov("Cao Bằng"), com("Cách Linh")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "You are here: Trang chủ - Tin tức - Hoạt động của Ban",
 "Đồng chí Nông Thị Hạnh phát biểu tại điểm cầu tỉnh.", "Covid-19"],
["Thứ Năm, 09/04/2020 - 15:20", "quý I/2020", "Covid-19", "từ ngày 01/02/2020", "hai ngày mỗi tuần", "quý II"]))

PAGES.append(page("b6591-quangnam-tangqua-canbo-doidu-2020", """
Báo Quảng Nam Online
Chính trị - Xã hội / Miền núi
25.09.2020 | 16:05
Thăm, tặng quà cán bộ thôi việc sau sáp nhập xã ở Đông Giang
(QNO) - Ngày 24/9, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Alăng Thị Mai, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, tặng quà cán bộ không chuyên trách thôi việc do sắp xếp đơn vị hành chính và các hộ nghèo tại huyện Đông Giang.
Đồng chí Alăng Thị Mai tặng quà cho cán bộ thôi việc ở xã Sông Kôn. Ảnh: Đ.N
Thực hiện Nghị quyết số 897/NQ-UBTVQH14 ngày 11/02/2020 của Ủy ban Thường vụ Quốc hội, huyện Đông Giang nhập xã Tư với xã Ba thành xã Ba mới, nhập thị trấn Prao với xã Tà Lu. Sau sắp xếp, huyện có 42 người hoạt động không chuyên trách cấp xã và thôn phải thôi việc; nhiều người là đồng bào Cơ Tu đã gắn bó với công việc hơn 10 năm.
Tại xã Ba, đoàn đã trao 30 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt và nhu yếu phẩm, cho cán bộ thôi việc có hoàn cảnh khó khăn. Tại thị trấn Prao và xã Sông Kôn, đoàn tặng 70 phần quà cho hộ nghèo, hộ bị ảnh hưởng bởi dịch Covid-19, mỗi phần trị giá 500.000 đồng. Tổng giá trị quà tặng trong đợt này khoảng 65 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp tài trợ.
Ông Bríu Quân, nguyên Phó Chủ tịch Hội Nông dân xã Tư, nay thôi việc sau sáp nhập, xúc động: "Thôi làm cán bộ nhưng Đảng, chính quyền vẫn nhớ đến mình. Tôi về làm rẫy, nuôi heo, vẫn tham gia sinh hoạt chi hội, có việc gì của làng thì vẫn góp sức". Bà Zơ Râm Thị Đông, Trưởng thôn Pà Dấu 1, xã Ba, cho biết từ ngày nhập xã, cán bộ xã mới thường xuyên xuống thôn, người dân chưa thấy có gì xáo trộn lớn.
Làm việc với đoàn, ông A Lăng Ngân, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Đông Giang cho biết, huyện đã chi trả chế độ theo Nghị quyết số 09/2020/NQ-HĐND của HĐND tỉnh cho 42 người, với tổng kinh phí hơn 1,6 tỷ đồng; đồng thời giới thiệu 17 người vào làm việc ở các hợp tác xã, tổ hợp tác của địa phương.
Đồng chí Alăng Thị Mai ghi nhận sự cố gắng của huyện và đề nghị cấp ủy, chính quyền tiếp tục quan tâm đến những người đã thôi việc, phát huy kinh nghiệm, uy tín của họ trong các phong trào ở khu dân cư, nhất là trong công tác hòa giải, vận động đồng bào giữ gìn bản sắc văn hóa Cơ Tu. Ban Dân vận Tỉnh ủy sẽ kiến nghị Tỉnh ủy có giải pháp hỗ trợ những trường hợp đặc biệt khó khăn.
Đoàn Nguyên
Tin liên quan
- Tây Giang: kiện toàn tổ chức bộ máy các xã sau sáp nhập (15/09/2020)
- Nam Giang ra mắt thôn mới (08/09/2020)
- Hội nghị người có uy tín các huyện miền núi năm 2020 (26/08/2020)
""", "2020-09-25", "Thăm, tặng quà cán bộ thôi việc sau sáp nhập xã ở Đông Giang",
E("trao_qua", None, "2020-09-24"),
[P("Alăng Thị Mai", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Bríu Quân", "nguyên Phó Chủ tịch Hội Nông dân xã Tư"),
 P("Zơ Râm Thị Đông", "Trưởng thôn Pà Dấu 1"),
 P("A Lăng Ngân", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Đông Giang")],
[Q("42 người hoạt động không chuyên trách", 42, "người hoạt động không chuyên trách"), Q("30 suất quà", 30, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("70 phần quà", 70, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 65 triệu đồng", 65000000, "đồng", "approx"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("17 người", 17, "người")],
[D("Nghị quyết", "897", "NQ-UBTVQH14", "2020-02-11", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 897/NQ-UBTVQH14 ngày 11/02/2020"),
 D("Nghị quyết", "09", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 09/2020/NQ-HĐND")],
[prov("Quảng Nam"), com("Tư"), com("Ba"), com("Prao"), com("Tà Lu"), com("Sông Kôn")],
["Báo Quảng Nam Online", "Chính trị - Xã hội / Miền núi", "(QNO)",
 "Đồng chí Alăng Thị Mai tặng quà cho cán bộ thôi việc ở xã Sông Kôn. Ảnh: Đ.N", "Covid-19"],
["25.09.2020 | 16:05", "hơn 10 năm", "Covid-19", "Pà Dấu 1"]))

PAGES.append(page("b6592-thanhhoa-soket-h1-2021", """
BÁO THANH HÓA
Thời sự | Chính trị
16/07/2021 - 09:42
Sơ kết công tác dân vận 6 tháng đầu năm: dân vận chính quyền ở các xã sau sáp nhập chuyển biến rõ
Ngày 15/7, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Phạm Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị tại điểm cầu tỉnh.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Theo báo cáo, sau hơn một năm thực hiện Nghị quyết số 786/NQ-UBTVQH14 ngày 16/10/2019 của Ủy ban Thường vụ Quốc hội, tỉnh giảm 76 đơn vị hành chính cấp xã. Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 12, 13-CT/TU về tăng cường công tác dân vận ở các xã, thị trấn sau sáp nhập và về vận động nhân dân thực hiện dồn điền, đổi thửa; tham mưu thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp.
6 tháng qua, người đứng đầu cấp ủy, chính quyền cấp xã đã tổ chức 1.284 cuộc đối thoại với nhân dân, giải quyết 612 kiến nghị. Tỷ lệ hồ sơ thủ tục hành chính tại các xã mới được giải quyết đúng hạn đạt 98,5%. Phong trào thi đua "Dân vận khéo" có thêm 342 mô hình, tổng giá trị nhân dân đóng góp xây dựng nông thôn mới khoảng 215 tỷ đồng.
Tại hội nghị, bà Hà Thị Hiên, HUV, Trưởng Ban Dân vận Huyện ủy Bá Thước, cho biết xã Điền Quang sau sáp nhập có địa bàn rộng, nhiều bản người Mường, người Thái ở xa; Ban Dân vận Huyện ủy đã phân công cán bộ phụ trách từng bản, mỗi tháng ít nhất 2 lần về bản nắm tình hình. Ông Lê Hữu Phước, Chủ tịch UBND thị trấn Hậu Lộc, chia sẻ kinh nghiệm tổ chức "Ngày thứ Bảy lắng nghe dân".
Hội nghị cũng thông tin về công tác cán bộ: đồng chí Hoàng Văn Dũng được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy từ tháng 5; đồng chí Cầm Bá Thùy, Phó Trưởng Ban Dân vận Tỉnh ủy, trình bày dự thảo kế hoạch kiểm tra 6 tháng cuối năm theo Quy chế dân chủ ở cơ sở.
Kết luận hội nghị, đồng chí Phạm Thị Thu Hường yêu cầu khối dân vận các cấp tiếp tục vận động nhân dân phòng, chống dịch Covid-19; làm tốt công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm; kiểm tra, đôn đốc giải quyết chế độ cho cán bộ dôi dư sau sắp xếp. Mỗi huyện phấn đấu có mô hình "Dân vận khéo" cấp tỉnh trong lĩnh vực dân vận chính quyền.
Minh Hiếu
Tin liên quan
- Hội nghị giao ban công tác dân vận quý II/2021 (05/07/2021)
- Quan Hóa: phát huy vai trò người có uy tín trong phòng, chống dịch (28/06/2021)
- Nông Cống: đối thoại với nông dân về dồn điền, đổi thửa (17/06/2021)
""", "2021-07-16", "Sơ kết công tác dân vận 6 tháng đầu năm: dân vận chính quyền ở các xã sau sáp nhập chuyển biến rõ",
E("so_ket", "2021-H1", "2021-07-15"),
[P("Phạm Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Hiên", "HUV", "Trưởng Ban Dân vận Huyện ủy Bá Thước"),
 P("Lê Hữu Phước", "Chủ tịch UBND thị trấn Hậu Lộc"),
 P("Hoàng Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Bá Thùy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("76 đơn vị hành chính cấp xã", 76, "đơn vị hành chính cấp xã"), Q("1.284 cuộc đối thoại", 1284, "cuộc đối thoại"),
 Q("612 kiến nghị", 612, "kiến nghị"), Q("98,5%", 98.5, "%"), Q("342 mô hình", 342, "mô hình"),
 Q("khoảng 215 tỷ đồng", 215000000000, "đồng", "approx"), Q("ít nhất 2 lần", 2, "lần", "over")],
[D("Nghị quyết", "786", "NQ-UBTVQH14", "2019-10-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 786/NQ-UBTVQH14 ngày 16/10/2019"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Thanh Hóa"), com("Điền Quang"), com("Hậu Lộc")],
["BÁO THANH HÓA", "Thời sự | Chính trị", "Quang cảnh hội nghị tại điểm cầu tỉnh.", "Dân vận khéo", "Ngày thứ Bảy lắng nghe dân",
 "Covid-19"],
["16/07/2021 - 09:42", "6 tháng đầu năm 2021", "6 tháng cuối năm", "6 tháng qua", "hơn một năm", "từ tháng 5",
 "Covid-19"]))
