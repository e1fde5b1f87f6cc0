from lib import *
PAGES = []

PAGES.append(page("b2249-tuyenquang-daihoi-tinh-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Chính trị > Đại hội Đảng các cấp
Thứ Năm, 02/10/2025 - 18:30
Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang nhiệm kỳ 2025 - 2030 thành công tốt đẹp
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Thanh Phúc
Sau 3 ngày làm việc (từ ngày 30/9 đến 2/10/2025), Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang - đã bế mạc. Đại hội có 400 đại biểu chính thức thay mặt cho hơn 160.000 đảng viên của 141 đảng bộ trực thuộc, trong đó có 124 đảng bộ xã, phường.
Dự và chỉ đạo đại hội có đồng chí Trần Đình Lãm, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ.
Đại hội đã nghe công bố Quyết định số 2680-QĐNS/TW của Bộ Chính trị chỉ định Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 gồm 69 đồng chí, Ban Thường vụ Tỉnh ủy gồm 19 đồng chí. Đồng chí Ma Thế Hùng, Ủy viên Trung ương Đảng, được chỉ định giữ chức Bí thư Tỉnh ủy. Các đồng chí Phó Bí thư Tỉnh ủy gồm: Vàng Seo Chơ, Nguyễn Thị Bích Hạnh, Lý Thị Lan. Đồng chí Vàng Seo Chơ đồng thời là Chủ tịch UBND tỉnh; đồng chí Lý Thị Lan giữ chức Trưởng Đoàn đại biểu Quốc hội tỉnh.
Trong 69 đồng chí Ban Chấp hành, có 13 đồng chí nữ (18,8%) và 31 đồng chí là người dân tộc thiểu số (44,9%), thuộc các dân tộc Tày, Mông, Dao, Nùng, Lô Lô, Pà Thẻn.
Đại hội đã bầu đoàn đại biểu đi dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng gồm 19 đại biểu chính thức và 2 đại biểu dự khuyết, với số phiếu tín nhiệm từ 93,6% đến 99,8%.
Nghị quyết Đại hội xác định 3 đột phá chiến lược và 28 chỉ tiêu chủ yếu; phấn đấu tốc độ tăng trưởng GRDP bình quân 10,5%/năm, thu ngân sách nhà nước năm 2030 đạt 9.000 tỷ đồng; mỗi năm giảm tỷ lệ hộ nghèo đa chiều 4%. Đến năm 2030 đón 10 triệu lượt khách du lịch, nhất là đến Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn.
Trong nhiệm kỳ 2020 - 2025, toàn Đảng bộ hai tỉnh đã kết nạp 21.350 đảng viên mới; hoàn thành xóa 18.620 nhà tạm, nhà dột nát với tổng kinh phí gần 1.100 tỷ đồng, trong đó đồng bào đóng góp 245.000 ngày công.
Phát biểu chỉ đạo, đồng chí Trần Đình Lãm đề nghị Tỉnh ủy khóa mới thực hiện nghiêm Nghị quyết số 57-NQ/TW và Nghị quyết số 66-NQ/TW của Bộ Chính trị, chuẩn bị tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp. Tham luận tại đại hội, đồng chí Giàng Thị Dua, Bí thư Đảng ủy xã Lũng Cú, cho biết xã biên giới đã có 100% thôn có đường bê tông đến trung tâm.
Nhóm phóng viên
Tin liên quan
- Khai mạc trọng thể Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 (30/09/2025)
- Tuyên Quang hoàn thành đại hội 124 đảng bộ xã, phường (20/08/2025)
- Phiên trù bị Đại hội: thông qua Quy chế làm việc (30/09/2025)
- Những gương mặt trẻ trong Ban Chấp hành Đảng bộ tỉnh khóa mới (01/10/2025)
""", "2025-10-02", "Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
E("dai_hoi", None, "2025-09-30"),
[P("Trần Đình Lãm", "Ủy viên Bộ Chính trị", "Phó Thủ tướng Chính phủ"),
 P("Ma Thế Hùng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Vàng Seo Chơ", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Bích Hạnh", "Phó Bí thư Tỉnh ủy"),
 P("Lý Thị Lan", "Phó Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
 P("Giàng Thị Dua", "Bí thư Đảng ủy xã Lũng Cú")],
[Q("400 đại biểu chính thức", 400, "đại biểu chính thức"), Q("hơn 160.000 đảng viên", 160000, "đảng viên", "over"),
 Q("141 đảng bộ trực thuộc", 141, "đảng bộ trực thuộc"), Q("124 đảng bộ xã, phường", 124, "đảng bộ xã, phường"),
 Q("69 đồng chí", 69, "đồng chí"), Q("19 đồng chí", 19, "đồng chí"), Q("13 đồng chí nữ", 13, "đồng chí nữ"),
 Q("18,8%", 18.8, "%"), Q("31 đồng chí là người dân tộc thiểu số", 31, "đồng chí"), Q("44,9%", 44.9, "%"),
 Q("19 đại biểu chính thức", 19, "đại biểu chính thức"), Q("2 đại biểu dự khuyết", 2, "đại biểu dự khuyết"),
 Q("93,6%", 93.6, "%"), Q("99,8%", 99.8, "%"), Q("28 chỉ tiêu", 28, "chỉ tiêu"), Q("10,5%", 10.5, "%"),
 Q("9.000 tỷ đồng", 9000000000000, "đồng"), Q("4%", 4, "%"), Q("10 triệu lượt khách du lịch", 10000000, "lượt khách du lịch"),
 Q("21.350 đảng viên mới", 21350, "đảng viên mới"), Q("18.620 nhà tạm, nhà dột nát", 18620, "nhà tạm, nhà dột nát"),
 Q("gần 1.100 tỷ đồng", 1100000000000, "đồng", "approx"), Q("245.000 ngày công", 245000, "ngày công"), Q("100%", 100, "%")],
[D("Quyết định", "2680", "QĐNS/TW", None, "Bộ Chính trị", "Quyết định số 2680-QĐNS/TW"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Chính trị > Đại hội Đảng các cấp",
 "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Thanh Phúc",
 "Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn"],
["Thứ Năm, 02/10/2025 - 18:30", "nhiệm kỳ 2025 - 2030", "3 ngày", "69 đồng chí", "19 đồng chí", "13 đồng chí",
 "31 đồng chí", "lần thứ XIV", "3 đột phá chiến lược", "năm 2030", "nhiệm kỳ 2020 - 2025", "khóa XVI", "mỗi năm"]))

PAGES.append(page("b2250-baclieu-baocao-daihoi-coso-2020", """
BAN TỔ CHỨC TỈNH ỦY BẠC LIÊU
Trang chủ » Tin tức » Tổ chức cơ sở đảng
Thứ Sáu, 10/07/2020 - 08:05
Bạc Liêu: 100% tổ chức cơ sở đảng hoàn thành đại hội nhiệm kỳ 2020 - 2025
Ban Thường vụ Tỉnh ủy vừa ban hành Báo cáo số 412-BC/TU ngày 6/7/2020 về kết quả đại hội đảng bộ, chi bộ cơ sở 6 tháng đầu năm 2020. Theo báo cáo, đến ngày 30/6, toàn tỉnh có 335/335 tổ chức cơ sở đảng (gồm 202 đảng bộ cơ sở và 133 chi bộ cơ sở) tổ chức đại hội xong, đúng tiến độ Kế hoạch 98-KH/TU ngày 20/8/2019 của Tỉnh ủy, trong đó 4 đại hội điểm tổ chức trong tháng 3.
Đại hội cơ sở đã bầu 3.012 cấp ủy viên, trong đó cấp ủy viên nữ 612 đồng chí, chiếm 20,3%; cấp ủy viên là người dân tộc Khmer, Hoa 268 đồng chí, chiếm 8,9%; cấp ủy viên lần đầu tham gia 972 đồng chí. Có 63 đảng bộ xã, phường, thị trấn thực hiện bầu trực tiếp bí thư tại đại hội, số phiếu trúng cử bình quân đạt 92,7%; 48 đảng bộ thực hiện chủ trương bí thư cấp ủy đồng thời là chủ tịch UBND.
Trước đó, 2.641/2.641 chi bộ trực thuộc đảng ủy cơ sở đã hoàn thành đại hội; tổng số ý kiến góp ý vào dự thảo văn kiện đại hội cấp trên là 18.405 ý kiến.
Báo cáo đánh giá đại hội cơ sở được chuẩn bị chu đáo theo Chỉ thị 35-CT/TW của Bộ Chính trị, Kết luận 142-KL/TW của Bộ Chính trị và Hướng dẫn 26-HD/BTCTW ngày 18/10/2019 của Ban Tổ chức Trung ương. Trong quá trình đại hội có 5 đơn thư liên quan đến nhân sự, đã được xem xét, trả lời dứt điểm; 2 đảng bộ phải xin chủ trương bầu bổ sung do số dư không đủ.
Tại đại hội Đảng bộ xã Vĩnh Trạch Đông, đồng chí Lý Thị Ngọc Hà được bầu trực tiếp giữ chức Bí thư Đảng ủy xã với 98,1% số phiếu. Ở Đảng bộ phường Nhà Mát, đồng chí Trần Văn Sang tái cử Bí thư Đảng ủy phường, đồng thời giữ chức Chủ tịch UBND phường. Đồng chí Thạch Kim Xuân, Bí thư Đảng ủy xã Hưng Hội, là một trong 11 bí thư người dân tộc Khmer được bầu trực tiếp.
Theo đồng chí Dương Thành Trung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, từ nay đến tháng 8, Tỉnh ủy chỉ đạo 7 đảng bộ cấp huyện và 6 đảng bộ trực thuộc còn lại tổ chức đại hội; đại hội điểm cấp huyện là Đảng bộ huyện Hòa Bình, dự kiến khai mạc ngày 15/7. Kinh phí hỗ trợ đại hội cấp cơ sở bình quân 30 triệu đồng mỗi đảng bộ.
Thu Thảo
Bài viết liên quan
- Đại hội điểm Đảng bộ xã Vĩnh Trạch Đông nhiệm kỳ 2020 - 2025 (13/03/2020)
- Ban Thường vụ Tỉnh ủy cho ý kiến phương án nhân sự cấp huyện (25/06/2020)
- Hướng dẫn tổ chức đại hội trong điều kiện phòng, chống dịch Covid-19 (20/04/2020)
- Giá Rai: đảng bộ cơ sở đầu tiên bầu trực tiếp bí thư (02/04/2020)
- Tập huấn nghiệp vụ công tác đại hội cho cán bộ tổ chức cơ sở (15/01/2020)
""", "2020-07-10", "Bạc Liêu: 100% tổ chức cơ sở đảng hoàn thành đại hội nhiệm kỳ 2020 - 2025",
E("bao_cao", "2020-H1", "2020-07-06"),
[P("Lý Thị Ngọc Hà", "Bí thư Đảng ủy xã"),
 P("Trần Văn Sang", "Bí thư Đảng ủy phường", "Chủ tịch UBND phường"),
 P("Thạch Kim Xuân", "Bí thư Đảng ủy xã Hưng Hội"),
 P("Dương Thành Trung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy")],
[Q("100%", 100, "%"), Q("335/335 tổ chức cơ sở đảng", 335, "tổ chức cơ sở đảng"), Q("202 đảng bộ cơ sở", 202, "đảng bộ cơ sở"),
 Q("133 chi bộ cơ sở", 133, "chi bộ cơ sở"), Q("4 đại hội điểm", 4, "đại hội điểm"), Q("3.012 cấp ủy viên", 3012, "cấp ủy viên"),
 Q("612 đồng chí", 612, "đồng chí"), Q("20,3%", 20.3, "%"), Q("268 đồng chí", 268, "đồng chí"), Q("8,9%", 8.9, "%"),
 Q("972 đồng chí", 972, "đồng chí"), Q("63 đảng bộ xã, phường, thị trấn", 63, "đảng bộ xã, phường, thị trấn"),
 Q("92,7%", 92.7, "%"), Q("48 đảng bộ", 48, "đảng bộ"), Q("2.641/2.641 chi bộ trực thuộc", 2641, "chi bộ trực thuộc"),
 Q("18.405 ý kiến", 18405, "ý kiến"), Q("5 đơn thư", 5, "đơn thư"), Q("2 đảng bộ", 2, "đảng bộ"), Q("98,1%", 98.1, "%"),
 Q("11 bí thư người dân tộc Khmer", 11, "bí thư người dân tộc Khmer"), Q("7 đảng bộ cấp huyện", 7, "đảng bộ cấp huyện"),
 Q("6 đảng bộ trực thuộc", 6, "đảng bộ trực thuộc"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Báo cáo", "412", "BC/TU", "2020-07-06", "Ban Thường vụ Tỉnh ủy", "Báo cáo số 412-BC/TU ngày 6/7/2020"),
 D("Kế hoạch", "98", "KH/TU", "2019-08-20", "Tỉnh ủy", "Kế hoạch 98-KH/TU ngày 20/8/2019"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35-CT/TW"),
 D("Kết luận", "142", "KL/TW", None, "Bộ Chính trị", "Kết luận 142-KL/TW"),
 D("Hướng dẫn", "26", "HD/BTCTW", "2019-10-18", "Ban Tổ chức Trung ương", "Hướng dẫn 26-HD/BTCTW ngày 18/10/2019")],
[prov("Bạc Liêu"), com("Vĩnh Trạch Đông"), com("Nhà Mát"), com("Hưng Hội")],
["BAN TỔ CHỨC TỈNH ỦY BẠC LIÊU", "Trang chủ » Tin tức » Tổ chức cơ sở đảng"],
["Thứ Sáu, 10/07/2020 - 08:05", "nhiệm kỳ 2020 - 2025", "6 tháng đầu năm 2020", "612 đồng chí", "268 đồng chí",
 "972 đồng chí", "tháng 3", "tháng 8"]))

PAGES.append(page("b2251-kontum-doithoai-2019", """
BAN DÂN VẬN TỈNH ỦY KON TUM
You are here: Trang chủ / Dân vận các cấp / Dân vận chính quyền
17/05/2019 - 10:05
Bí thư Huyện ủy Đăk Glei đối thoại với nhân dân năm 2019
Ảnh: Quang cảnh buổi đối thoại.
Ngày 15/5, tại Hội trường UBND xã Đăk Pék, Ban Thường vụ Huyện ủy Đăk Glei (tỉnh Kon Tum) tổ chức đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2019 theo Quyết định số 64-QĐ/HU ngày 2/3/2019 của Ban Thường vụ Huyện ủy và Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Chủ trì đối thoại có đồng chí A Pớt, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện; đồng chí Y Thị Phương, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Đây là lần đầu đồng chí Y Thị Phương đối thoại với nhân dân kể từ khi được HĐND huyện bầu giữ chức Chủ tịch UBND huyện tại kỳ họp bất thường tháng 3/2019. Cùng dự có đồng chí Nguyễn Văn Hòa, Phó Trưởng Ban Dân vận Tỉnh ủy, và 186 đại biểu là bí thư chi bộ, trưởng thôn, già làng, người có uy tín của 6 xã vùng Đông Trường Sơn.
Tại buổi đối thoại, 27 ý kiến của người dân được nêu lên. Ông A Khiêm, già làng thôn Đăk Ven, đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho 48 hộ đồng bào Giẻ Triêng. Bà Y Liên, Chi hội trưởng Chi hội Phụ nữ thôn Đăk Túc, phản ánh 3 điểm trường chưa có nhà vệ sinh. Ông Đinh Văn Bình, người dân xã Đăk Man, kiến nghị làm lại cầu treo bị lũ cuốn trôi năm 2018.
Trả lời các ý kiến, đồng chí Y Thị Phương cho biết năm 2019 huyện bố trí 3,5 tỷ đồng làm lại cầu treo Đăk Man, hoàn thành trước mùa mưa; đồng thời giao phòng Tài nguyên và Môi trường hoàn thành cấp 1.240 giấy chứng nhận cho đồng bào trong quý III. Đồng chí A Pớt khẳng định 21/27 ý kiến đã được giải đáp ngay tại buổi đối thoại, 6 ý kiến còn lại được ghi nhận, giao cơ quan chuyên môn trả lời bằng văn bản trong 15 ngày.
Đồng chí A Pớt cũng thông tin về việc kiện toàn nhân sự: đồng chí A Thanh Hải, HUV, được điều động giữ chức Bí thư Đảng ủy xã Đăk Pék thay đồng chí Y Ngọc, người vừa được bổ nhiệm làm Trưởng Ban Dân vận Huyện ủy; đồng chí Hồ Thị Mai được bầu làm Chủ tịch UBND xã Đăk Pék với 24/25 phiếu.
Kết thúc đối thoại, đồng chí Nguyễn Văn Hòa đánh giá Đăk Glei đã thực hiện tốt phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; toàn huyện hiện có 9 mô hình cấp tỉnh về "Dân vận khéo".
Y Nhung
Tin khác
- Kon Plông tổ chức đối thoại với người có uy tín (10/05/2019)
- Ban Dân vận Tỉnh ủy giao ban quý I năm 2019 (05/04/2019)
- Đăk Tô: 120 hộ hiến đất làm đường (28/03/2019)
- Sa Thầy tổng kết công tác dân vận năm 2018 (20/12/2018)
""", "2019-05-17", "Bí thư Huyện ủy Đăk Glei đối thoại với nhân dân năm 2019",
E("doi_thoai", "2019", "2019-05-15"),
[P("A Pớt", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Y Thị Phương", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Nguyễn Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Khiêm", "già làng thôn Đăk Ven"),
 P("Y Liên", "Chi hội trưởng Chi hội Phụ nữ thôn Đăk Túc"),
 P("Đinh Văn Bình"),
 P("A Thanh Hải", "HUV", "Bí thư Đảng ủy xã Đăk Pék"),
 P("Y Ngọc", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Thị Mai", "Chủ tịch UBND xã Đăk Pék")],
[Q("186 đại biểu", 186, "đại biểu"), Q("6 xã", 6, "xã"), Q("27 ý kiến", 27, "ý kiến"), Q("48 hộ đồng bào Giẻ Triêng", 48, "hộ đồng bào Giẻ Triêng"),
 Q("3 điểm trường", 3, "điểm trường"), Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("1.240 giấy chứng nhận", 1240, "giấy chứng nhận"),
 Q("21/27 ý kiến", 21, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"), Q("24/25 phiếu", 24, "phiếu"),
 Q("9 mô hình cấp tỉnh", 9, "mô hình cấp tỉnh")],
[D("Quyết định", "64", "QĐ/HU", "2019-03-02", "Ban Thường vụ Huyện ủy", "Quyết định số 64-QĐ/HU ngày 2/3/2019"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định 11-QĐi/TW ngày 18/2/2019")],
[prov("Kon Tum"), com("Đăk Pék"), com("Đăk Man")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "You are here: Trang chủ / Dân vận các cấp / Dân vận chính quyền",
 "Ảnh: Quang cảnh buổi đối thoại.", "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Dân vận khéo"],
["17/05/2019 - 10:05", "năm 2019", "lần đầu", "tháng 3/2019", "năm 2018", "quý III", "15 ngày"]))

PAGES.append(page("b2252-vinhlong-daihoi-xa-2025", """
Đảng bộ tỉnh Vĩnh Long - Trang thông tin điện tử
Tin tức sự kiện | Đại hội Đảng các cấp | Cơ sở
Thứ Sáu, 15/08/2025, 07:30
Ảnh: Ban Chấp hành Đảng bộ xã Hòa Minh nhiệm kỳ 2025 - 2030 ra mắt đại hội.
Xã Hòa Minh: 32 đồng chí được chỉ định vào Ban Chấp hành Đảng bộ xã
Ngày 13 và 14/8/2025, Đảng bộ xã Hòa Minh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã Hòa Minh được thành lập từ các xã Hòa Minh, Long Hòa và Đông Hải (thuộc tỉnh Trà Vinh trước đây); hơn 41% dân số là đồng bào Khmer. Dự đại hội có đồng chí Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Vĩnh Long; 135 đại biểu đại diện cho 1.126 đảng viên của 38 chi bộ trực thuộc.
Nhiệm kỳ 2020 - 2025, ba xã cũ đạt 17/19 chỉ tiêu; kinh tế biển tăng trưởng khá với 1.850 ha nuôi tôm, 620 ha rừng phòng hộ được bảo vệ; tỷ lệ hộ nghèo Khmer giảm từ 9,4% còn 2,1%. Hệ thống chính trị đã vận động xây dựng 236 căn nhà Đại đoàn kết với tổng trị giá 14,2 tỷ đồng. Các chi bộ kết nạp 97 đảng viên mới, trong đó 28 đảng viên là người Khmer.
Đại hội nghe công bố Quyết định số 1095-QĐ/TU ngày 10/7/2025 của Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã gồm 32 đồng chí; Ban Thường vụ 10 đồng chí. Đồng chí Thạch Sô Phol giữ chức Bí thư Đảng ủy xã, Chủ tịch HĐND xã; các đồng chí Phó Bí thư Đảng ủy xã: Nguyễn Văn Út, Sơn Thị Chanh Đa. Đồng chí Nguyễn Văn Út đồng thời là Chủ tịch UBND xã. Đồng chí Kiên Thị Sa Quên được chỉ định giữ chức Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.
Đại hội đã bầu 11 đại biểu chính thức dự Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I; tất cả đều đạt trên 95% số phiếu.
Phát biểu tại đại hội, Hòa thượng Thạch Sa Rây, trụ trì chùa Kompong Chrây, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, bày tỏ tin tưởng đồng bào Khmer sẽ tiếp tục đóng góp xây dựng xã. Đồng chí Kim Ngọc Thái đề nghị Đảng bộ xã thực hiện tốt Chỉ thị 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào Khmer và Kết luận 65-KL/TW của Bộ Chính trị; chăm lo đời sống cho 312 hộ đánh bắt ven bờ.
Tham luận tại đại hội, đồng chí Lâm Thị Sóc Khanh, Bí thư Chi bộ ấp Cồn Trứng, cho biết chi bộ đã vận động 54 hộ Khmer chuyển từ đánh bắt sang nuôi sò huyết; ông Trầm Văn Ni, người có uy tín ấp Phước Trị, đề nghị xã sớm nạo vét kênh thủy lợi dài 4,5 km phục vụ sản xuất cho 210 hộ.
Trong nhiệm kỳ mới, xã phấn đấu mỗi năm xây dựng 30 căn nhà Đại đoàn kết, giữ vững 100% ấp văn hóa.
Hoàng Nam
Tin cùng chuyên mục
- Đại hội Đảng bộ phường Trà Vinh nhiệm kỳ 2025 - 2030 (12/08/2025)
- Vĩnh Long: hoàn thành đại hội điểm cấp xã (05/08/2025)
- Đảng bộ xã Long Hữu ra mắt Ban Chấp hành khóa mới (09/08/2025)
""", "2025-08-15", "Xã Hòa Minh: 32 đồng chí được chỉ định vào Ban Chấp hành Đảng bộ xã",
E("dai_hoi", None, "2025-08-13"),
[P("Kim Ngọc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh Vĩnh Long"),
 P("Thạch Sô Phol", "Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"),
 P("Nguyễn Văn Út", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
 P("Sơn Thị Chanh Đa", "Phó Bí thư Đảng ủy xã"),
 P("Kiên Thị Sa Quên", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"),
 P("Lâm Thị Sóc Khanh", "Bí thư Chi bộ ấp Cồn Trứng"), P("Trầm Văn Ni", "người có uy tín ấp Phước Trị"),
 P("Thạch Sa Rây", "Hòa thượng", "trụ trì chùa Kompong Chrây", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
[Q("32 đồng chí", 32, "đồng chí"), Q("hơn 41%", 41, "%", "over"), Q("135 đại biểu", 135, "đại biểu"),
 Q("1.126 đảng viên", 1126, "đảng viên"), Q("38 chi bộ trực thuộc", 38, "chi bộ trực thuộc"), Q("17/19 chỉ tiêu", 17, "chỉ tiêu"),
 Q("1.850 ha", 1850, "ha"), Q("620 ha", 620, "ha"), Q("9,4%", 9.4, "%"), Q("2,1%", 2.1, "%"),
 Q("236 căn nhà Đại đoàn kết", 236, "căn nhà Đại đoàn kết"), Q("14,2 tỷ đồng", 14200000000, "đồng"),
 Q("97 đảng viên mới", 97, "đảng viên mới"), Q("28 đảng viên là người Khmer", 28, "đảng viên"),
 Q("10 đồng chí", 10, "đồng chí"), Q("11 đại biểu chính thức", 11, "đại biểu chính thức"), Q("trên 95%", 95, "%", "over"),
 Q("312 hộ", 312, "hộ"), Q("54 hộ Khmer", 54, "hộ Khmer"), Q("4,5 km", 4.5, "km"), Q("210 hộ", 210, "hộ"),
 Q("30 căn nhà Đại đoàn kết", 30, "căn nhà Đại đoàn kết"), Q("100%", 100, "%")],
[D("Quyết định", "1095", "QĐ/TU", "2025-07-10", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1095-QĐ/TU ngày 10/7/2025"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Hòa Minh"), com("Long Hòa"), com("Đông Hải")],
["Đảng bộ tỉnh Vĩnh Long - Trang thông tin điện tử", "Tin tức sự kiện | Đại hội Đảng các cấp | Cơ sở",
 "Ảnh: Ban Chấp hành Đảng bộ xã Hòa Minh nhiệm kỳ 2025 - 2030 ra mắt đại hội.", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "chùa Kompong Chrây"],
["Thứ Sáu, 15/08/2025, 07:30", "32 đồng chí", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2020 - 2025", "10 đồng chí",
 "mỗi năm"]))

PAGES.append(page("b2253-hanoi-chandung-bithu-xa-2021", """
BÁO HÀ NỘI MỚI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HÀ NỘI
Xây dựng Đảng › Gương sáng
T3, 09/03/2021 | 06:00
Nữ bí thư trẻ ở vùng bán sơn địa Ba Vì
Chị Đinh Thị Thu Hằng (thứ 2 từ phải sang) trò chuyện với người dân thôn Yên Sơn.
(HNM) - Trúng cử Bí thư Đảng ủy xã Ba Trại, huyện Ba Vì, thành phố Hà Nội tại đại hội nhiệm kỳ 2020 - 2025 với 97,4% số phiếu khi mới 36 tuổi, chị Đinh Thị Thu Hằng là một trong 8 nữ bí thư đảng ủy cấp xã của huyện. Người Mường sinh ra ở thôn Yên Sơn, chị có 12 năm làm công tác Đoàn và chính quyền ở xã trước khi được bầu vào cương vị mới.
Ba Trại có 31 thôn, hơn 22.000 nhân khẩu, trong đó đồng bào Mường, Dao chiếm 35%. Nhận nhiệm vụ giữa lúc dịch Covid-19 diễn biến phức tạp, chị Hằng cùng Ban Thường vụ Đảng ủy xã gồm 5 đồng chí chia nhau về 31 chi bộ thôn, vận động nhân dân hiến 6.800 m2 đất làm đường, xây 2 nhà văn hóa. Chỉ sau 6 tháng, xã đã nhận 1,2 tỷ đồng xã hội hóa cho công trình đường trục thôn Đồng Chay.
Theo đồng chí Phùng Văn Lực, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy Ba Vì, sau đại hội nhiệm kỳ 2020 - 2025, huyện có 31 đảng bộ xã, thị trấn; tỷ lệ bí thư đảng ủy dưới 40 tuổi đạt 22,6%, trong đó có 4 đồng chí là người Mường, Dao. Huyện ủy đang thực hiện Đề án 02-ĐA/HU về nâng cao chất lượng đội ngũ cán bộ cấp xã và Nghị quyết chuyên đề số 07-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế vùng đồng bào dân tộc.
Ông Đinh Công Thạo, Bí thư Chi bộ thôn Yên Sơn, nhận xét: "Cô bí thư làm việc đến nơi đến chốn, hứa gì với dân là làm bằng được". Bà Lý Thị Sinh, người Dao ở thôn Hợp Nhất, kể chị Hằng đã xuống tận nhà vận động 16 hộ Dao mở homestay, nay mỗi hộ thu trên 80 triệu đồng/năm.
Chị Hằng cho biết, năm 2021 xã đặt mục tiêu kết nạp 25 đảng viên mới, xóa hết 12 hộ nghèo còn lại, hoàn thành tiêu chí xã nông thôn mới nâng cao. "Việc gì có lợi cho dân thì hết sức làm" - chị nhắc lại lời Bác như một phương châm. Xã cũng đang thực hiện Kế hoạch số 15-KH/ĐU ngày 20/1/2021 của Đảng ủy xã về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Đồng chí Phùng Văn Lực cho biết thêm, Ban Thường vụ Huyện ủy đã tổ chức 2 lớp bồi dưỡng cho 186 cấp ủy viên cấp xã lần đầu tham gia cấp ủy, trong đó có 43 đồng chí nữ.
Trên địa bàn xã có Vườn quốc gia Ba Vì và 3 khu du lịch sinh thái, tạo việc làm cho hơn 700 lao động địa phương.
Bài, ảnh: Hải Yến
Tin cùng chuyên mục
- Người bí thư chi bộ 30 năm gắn bó với thôn (05/03/2021)
- Quốc Oai: nâng chất lượng sinh hoạt chi bộ (02/03/2021)
- Ba Vì bồi dưỡng cấp ủy viên mới nhiệm kỳ 2020 - 2025 (26/02/2021)
- Tấm gương đảng viên trẻ ở Phú Xuyên (20/02/2021)
""", "2021-03-09", "Nữ bí thư trẻ ở vùng bán sơn địa Ba Vì",
E("khac", None, None),
[P("Đinh Thị Thu Hằng", "Bí thư Đảng ủy xã Ba Trại"),
 P("Phùng Văn Lực", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy Ba Vì"),
 P("Đinh Công Thạo", "Bí thư Chi bộ thôn Yên Sơn"),
 P("Lý Thị Sinh")],
[Q("97,4%", 97.4, "%"), Q("8 nữ bí thư đảng ủy cấp xã", 8, "nữ bí thư đảng ủy cấp xã"), Q("31 thôn", 31, "thôn"),
 Q("hơn 22.000 nhân khẩu", 22000, "nhân khẩu", "over"), Q("35%", 35, "%"), Q("5 đồng chí", 5, "đồng chí"),
 Q("31 chi bộ thôn", 31, "chi bộ thôn"), Q("6.800 m2", 6800, "m2"), Q("2 nhà văn hóa", 2, "nhà văn hóa"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("31 đảng bộ xã, thị trấn", 31, "đảng bộ xã, thị trấn"), Q("22,6%", 22.6, "%"),
 Q("4 đồng chí là người Mường, Dao", 4, "đồng chí"), Q("16 hộ Dao", 16, "hộ Dao"), Q("trên 80 triệu đồng", 80000000, "đồng", "over"),
 Q("25 đảng viên mới", 25, "đảng viên mới"), Q("12 hộ nghèo", 12, "hộ nghèo"), Q("3 khu du lịch sinh thái", 3, "khu du lịch sinh thái"),
 Q("hơn 700 lao động", 700, "lao động", "over"), Q("2 lớp bồi dưỡng", 2, "lớp bồi dưỡng"),
 Q("186 cấp ủy viên cấp xã", 186, "cấp ủy viên cấp xã"), Q("43 đồng chí nữ", 43, "đồng chí nữ")],
[D("Đề án", "02", "ĐA/HU", None, None, "Đề án 02-ĐA/HU"),
 D("Nghị quyết", "07", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết chuyên đề số 07-NQ/HU"),
 D("Kế hoạch", "15", "KH/ĐU", "2021-01-20", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 20/1/2021")],
[prov("Hà Nội"), com("Ba Trại")],
["BÁO HÀ NỘI MỚI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HÀ NỘI", "Xây dựng Đảng › Gương sáng", "(HNM)",
 "Chị Đinh Thị Thu Hằng (thứ 2 từ phải sang) trò chuyện với người dân thôn Yên Sơn.",
 "Việc gì có lợi cho dân thì hết sức làm", "Vườn quốc gia Ba Vì"],
["T3, 09/03/2021 | 06:00", "nhiệm kỳ 2020 - 2025", "36 tuổi", "5 đồng chí", "6 tháng", "dưới 40 tuổi", "4 đồng chí",
 "năm 2021", "12 năm", "43 đồng chí", "lần đầu"]))

PAGES.append(page("b2254-ninhthuan-bdv-giaoban-quy1-2020", """
Ban Dân vận Tỉnh ủy Ninh Thuận
Trang chủ » Hoạt động Ban Dân vận » Tin hoạt động
Cập nhật: 09:42, 02/04/2020 (GMT+7)
Ảnh: Đồng chí Chamaléa Thị Thủy kết luận hội nghị.
Dân vận phục vụ đại hội đảng bộ các cấp là nhiệm vụ trọng tâm
Chiều 31/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý I năm 2020 bằng hình thức trực tuyến với 7 điểm cầu huyện, thành phố do yêu cầu phòng, chống dịch Covid-19. Đồng chí Chamaléa Thị Thủy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Quý I, khối dân vận các cấp tập trung tuyên truyền về đại hội đảng bộ các cấp theo Chỉ thị 35-CT/TW của Bộ Chính trị và Kế hoạch số 152-KH/TU, 153-KH/TU của Ban Thường vụ Tỉnh ủy; phối hợp tổ chức lấy ý kiến nhân dân vào dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XIV tại 65 xã, phường, thị trấn với 4.320 lượt người tham gia, tổng hợp được 1.158 ý kiến góp ý. Đến ngày 25/3, toàn tỉnh đã có 512/536 chi bộ trực thuộc đảng ủy cơ sở hoàn thành đại hội, đạt 95,5%.
Ban Dân vận các cấp đã nắm tình hình tư tưởng của đồng bào Chăm, Raglai trong dịp lễ Ramưwan; phối hợp vận động 1.260 hộ đồng bào ở các xã vùng cao cam kết không phá rừng. Các cấp đã tiếp nhận 42 đơn thư, chuyển cơ quan chức năng giải quyết 39 đơn.
Tại hội nghị, đồng chí Đàng Hải Lam, HUV, Trưởng Ban Dân vận Huyện ủy Ninh Phước, cho biết huyện đã hoàn thành đại hội điểm tại Đảng bộ xã Phước Hải; đồng chí Lộ Văn Bền, Trưởng Ban Dân vận Huyện ủy Bác Ái, đề nghị hỗ trợ kinh phí cho 18 người có uy tín làm công tác tuyên truyền đại hội ở thôn.
Phát biểu kết luận, đồng chí Chamaléa Thị Thủy yêu cầu quý II tập trung phục vụ đại hội đảng bộ cấp huyện và Đại hội Đảng bộ tỉnh; vận động nhân dân thực hiện nghiêm Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về phòng, chống dịch; phấn đấu 100% các điểm cầu tổ chức sinh hoạt khu phố đúng quy định. Đồng chí cũng giao các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Hồng Mai, Quảng Đại Phúc theo dõi địa bàn vùng đồng bào Chăm.
Cũng tại hội nghị, bà Nguyễn Thị Kim Loan, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thông tin Hội đã may 15.000 khẩu trang vải phát miễn phí cho người dân; ông Thập Văn Châu, Chủ tịch Hội Nông dân huyện Ninh Hải, đề xuất khối dân vận vận động thương lái bao tiêu 300 tấn nho, táo cho nông dân.
Dịp này, Ban Dân vận Tỉnh ủy trao 7 phần quà, mỗi phần trị giá 2 triệu đồng cho cán bộ dân vận thôn có hoàn cảnh khó khăn.
Phương Thảo
Tin liên quan
- Ninh Phước tổ chức đại hội điểm Đảng bộ xã Phước Hải (20/03/2020)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2019 (27/12/2019)
- Thuận Bắc: ra mắt 3 mô hình "Dân vận khéo" (15/12/2019)
""", "2020-04-02", "Dân vận phục vụ đại hội đảng bộ các cấp là nhiệm vụ trọng tâm",
E("giao_ban", "2020-Q1", "2020-03-31"),
[P("Chamaléa Thị Thủy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Hải Lam", "HUV", "Trưởng Ban Dân vận Huyện ủy Ninh Phước"),
 P("Lộ Văn Bền", "Trưởng Ban Dân vận Huyện ủy Bác Ái"),
 P("Nguyễn Thị Hồng Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quảng Đại Phúc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Kim Loan", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"), P("Thập Văn Châu", "Chủ tịch Hội Nông dân huyện Ninh Hải")],
[Q("7 điểm cầu huyện, thành phố", 7, "điểm cầu huyện, thành phố"), Q("65 xã, phường, thị trấn", 65, "xã, phường, thị trấn"),
 Q("4.320 lượt người", 4320, "lượt người"), Q("1.158 ý kiến góp ý", 1158, "ý kiến"),
 Q("512/536 chi bộ trực thuộc", 512, "chi bộ trực thuộc"), Q("95,5%", 95.5, "%"), Q("1.260 hộ đồng bào", 1260, "hộ đồng bào"),
 Q("42 đơn thư", 42, "đơn thư"), Q("39 đơn", 39, "đơn"), Q("18 người có uy tín", 18, "người có uy tín"),
 Q("100%", 100, "%"), Q("7 phần quà", 7, "phần quà"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("15.000 khẩu trang vải", 15000, "khẩu trang vải"), Q("300 tấn", 300, "tấn")],
[D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35-CT/TW"),
 D("Kế hoạch", "152", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 152-KH/TU, 153-KH/TU"),
 D("Kế hoạch", "153", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 152-KH/TU, 153-KH/TU"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg ngày 31/3/2020")],
[prov("Ninh Thuận"), com("Phước Hải")],
["Ban Dân vận Tỉnh ủy Ninh Thuận", "Trang chủ » Hoạt động Ban Dân vận » Tin hoạt động",
 "Ảnh: Đồng chí Chamaléa Thị Thủy kết luận hội nghị.", "Ramưwan"],
["Cập nhật: 09:42, 02/04/2020 (GMT+7)", "quý I năm 2020", "lần thứ XIV", "quý II"]))
