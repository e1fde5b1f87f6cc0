from lib import *
PAGES = []

PAGES.append(page("b1361-dienbien-bdv-soket-tongiao-2021", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Bạn đang ở: Trang chủ > Tin hoạt động > Công tác dân tộc, tôn giáo
Thứ Hai, 12/07/2021 - 09:20
Ảnh: Quang cảnh hội nghị sơ kết.
Điện Biên: Giữ vững ổn định tình hình tôn giáo vùng đồng bào Mông
Ngày 9/7/2021, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị sơ kết công tác dân vận, công tác tôn giáo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021. Hội nghị được tổ chức trực tuyến tới 10 điểm cầu huyện, thị xã, thành phố.
Chủ trì hội nghị có các đồng chí: Lò Thị Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Giàng Thị Dinh, Phó Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
Theo báo cáo, hiện toàn tỉnh có trên 54.000 tín đồ theo đạo Tin lành, chủ yếu là đồng bào Mông, sinh hoạt tại 168 điểm nhóm được đăng ký và 21 chi hội đã được công nhận. 6 tháng qua, các cấp đã tham mưu ban hành và triển khai Kế hoạch số 05-KH/TU ngày 2/3/2021 của Ban Thường vụ Tỉnh ủy về công tác tôn giáo giai đoạn 2021 - 2025; sơ kết Chỉ thị 11, 12-CT/TU về công tác vận động đồng bào Mông theo đạo Tin lành và về ngăn chặn hoạt động truyền đạo trái pháp luật. Lực lượng chức năng đã vận động 37 hộ bỏ theo "Giê Sùa", tà đạo "Bà Cô Dợ" trở về sinh hoạt bình thường; không để xảy ra di cư tự do, tụ tập đông người.
Thảo luận tại hội nghị, đồng chí Sùng A Chứ, HUV, Trưởng Ban Dân vận Huyện ủy Mường Nhé, cho biết huyện đã vận động 12 điểm nhóm Tin lành ký cam kết thực hiện đúng quy định phòng, chống dịch Covid-19, tạm dừng sinh hoạt đông người. Đồng chí Lầu A Dơ, Bí thư Đảng ủy xã Nậm Kè, đề nghị tỉnh tăng cường bồi dưỡng tiếng Mông cho cán bộ dân vận cơ sở. Ông Vàng A Sử, Trưởng điểm nhóm Tin lành bản Huổi Lụ, được mời dự hội nghị, chia sẻ việc điểm nhóm vận động 100% tín đồ tiêm phòng khi có vắc xin.
Phát biểu kết luận, đồng chí Lò Thị Loan yêu cầu 6 tháng cuối năm các cấp tiếp tục quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV; thực hiện hiệu quả Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi khi được triển khai; xây dựng, nhân rộng mô hình "Dân vận khéo" trong vùng đồng bào có đạo. Trưởng Ban Dân vận Tỉnh ủy cũng đề nghị các huyện rà soát, kiện toàn 130 tổ công tác dân vận ở bản, hoàn thành trước tháng 10/2021.
Dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 6 tập thể và 10 cá nhân có thành tích trong công tác dân vận 6 tháng đầu năm.
Lê Lan
Lượt xem: 742
Tin liên quan
- Tủa Chùa: Hội nghị giao ban công tác dân vận quý II (02/07/2021)
- Gặp mặt người có uy tín tiêu biểu năm 2021 (22/06/2021)
- Mường Chà ra mắt 5 mô hình "Dân vận khéo" (10/06/2021)
""", "2021-07-12", "Điện Biên: Giữ vững ổn định tình hình tôn giáo vùng đồng bào Mông",
E("so_ket", "2021-H1", "2021-07-09"),
[P("Lò Thị Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Thị Dinh", "Phó Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Sùng A Chứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Nhé"),
 P("Lầu A Dơ", "Bí thư Đảng ủy xã Nậm Kè"),
 P("Vàng A Sử", "Trưởng điểm nhóm Tin lành bản Huổi Lụ")],
[Q("10 điểm cầu huyện, thị xã, thành phố", 10, "điểm cầu huyện, thị xã, thành phố"),
 Q("trên 54.000 tín đồ", 54000, "tín đồ", "over"), Q("168 điểm nhóm", 168, "điểm nhóm"), Q("21 chi hội", 21, "chi hội"),
 Q("37 hộ", 37, "hộ"), Q("12 điểm nhóm Tin lành", 12, "điểm nhóm Tin lành"), Q("100%", 100, "%"),
 Q("130 tổ công tác dân vận", 130, "tổ công tác dân vận"), Q("6 tập thể", 6, "tập thể"), Q("10 cá nhân", 10, "cá nhân")],
[D("Kế hoạch", "05", "KH/TU", "2021-03-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 05-KH/TU ngày 2/3/2021 của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "11", "CT/TU", None, None, "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, None, "Chỉ thị 11, 12-CT/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Điện Biên"), com("Nậm Kè")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Bạn đang ở: Trang chủ > Tin hoạt động > Công tác dân tộc, tôn giáo",
 "Ảnh: Quang cảnh hội nghị sơ kết.", "Giê Sùa", "Bà Cô Dợ", "Dân vận khéo", "Nghị quyết Đại hội XIII",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 742"],
["Thứ Hai, 12/07/2021 - 09:20", "6 tháng đầu năm", "6 tháng cuối năm 2021", "giai đoạn 2021 - 2025", "lần thứ XIV",
 "Covid-19", "6 tháng qua", "tháng 10/2021", "Lượt xem: 742"]))

PAGES.append(page("b1362-hatinh-doithoai-giaoxu-2022", """
Báo Hà Tĩnh điện tử
Chính trị » Mặt trận - Đoàn thể
17/06/2022 - 10:45
Lãnh đạo huyện Thạch Hà đối thoại với bà con giáo dân
Quang cảnh buổi đối thoại tại nhà văn hóa thôn Hòa Bình.
(Baohatinh.vn) - Chiều 16/6, Ban Thường vụ Huyện ủy, UBND, Ủy ban MTTQ huyện Thạch Hà tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với đồng bào Công giáo năm 2022 tại xã Thạch Bàn. Tham dự có hơn 260 giáo dân của 4 giáo xứ Thạch Bàn, Thạch Ngọc, Văn Hạnh, Tri Lễ.
Chủ trì buổi đối thoại có các đồng chí: Nguyễn Văn Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Thạch Hà; Trần Đình Hoàng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; Võ Thị Hồng, Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện. Dự còn có đồng chí Phan Thị Thu Giang, Phó Trưởng Ban Dân vận Tỉnh ủy và Linh mục Antôn Trần Đình Thanh, Chánh xứ giáo xứ Thạch Bàn.
Đây là hoạt động cụ thể hóa Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 112-KH/HU của Huyện ủy. Báo cáo tại buổi đối thoại cho biết, những năm qua bà con giáo dân trong huyện đã hiến gần 18.000 m2 đất, góp trên 5,6 tỷ đồng xây dựng nông thôn mới; 100% giáo họ đăng ký xây dựng "Giáo họ văn hóa". Toàn huyện có 9 giáo xứ với khoảng 17.800 giáo dân.
Tại buổi đối thoại, 19 lượt ý kiến đã được nêu, chủ yếu về cấp giấy chứng nhận quyền sử dụng đất, bồi thường giải phóng mặt bằng dự án đường tránh, việc sửa chữa hội trường giáo họ. Ông Phan Văn Lợi, Trưởng ban Hành giáo giáo họ Trung Tiến, đề nghị huyện sớm làm rõ ranh giới đất nghĩa trang của giáo họ; bà Nguyễn Thị Mến, giáo dân thôn Hòa Bình, phản ánh tình trạng khai thác cát gây sạt lở bờ sông.
Các ý kiến đều được lãnh đạo huyện và các phòng chuyên môn trả lời thẳng thắn. Đồng chí Trần Đình Hoàng cho biết UBND huyện sẽ thành lập tổ công tác liên ngành kiểm tra việc khai thác cát trong tháng 6/2022, xử lý nghiêm các vi phạm; với 7 hồ sơ đất đai còn vướng mắc, huyện giao UBND xã Thạch Bàn phối hợp các phòng liên quan giải quyết trước ngày 30/9/2022.
Kết luận buổi đối thoại, Bí thư Huyện ủy Nguyễn Văn Tuấn đề nghị Linh mục Chánh xứ và các Ban Hành giáo tiếp tục vận động bà con "sống tốt đời, đẹp đạo", chấp hành chủ trương, chính sách; những kiến nghị chưa trả lời được tại hội nghị sẽ được Ủy ban MTTQ huyện tổng hợp, giám sát việc giải quyết.
Thiên Vỹ
Lượt xem: 1.096
Tin liên quan
- Hương Khê gặp mặt chức sắc tôn giáo nhân Lễ Phật đản (12/05/2022)
- Giáo xứ Kẻ Mui chung sức xây dựng khu dân cư kiểu mẫu (28/04/2022)
- Kỳ Anh đối thoại với người dân vùng dự án (15/04/2022)
""", "2022-06-17", "Lãnh đạo huyện Thạch Hà đối thoại với bà con giáo dân",
E("doi_thoai", "2022", "2022-06-16"),
[P("Nguyễn Văn Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Thạch Hà", "Bí thư Huyện ủy"),
 P("Trần Đình Hoàng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Võ Thị Hồng", "Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện"),
 P("Phan Thị Thu Giang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Antôn Trần Đình Thanh", "Linh mục", "Chánh xứ giáo xứ Thạch Bàn"),
 P("Phan Văn Lợi", "Trưởng ban Hành giáo giáo họ Trung Tiến"),
 P("Nguyễn Thị Mến")],
[Q("hơn 260 giáo dân", 260, "giáo dân", "over"), Q("4 giáo xứ", 4, "giáo xứ"),
 Q("gần 18.000 m2", 18000, "m2", "approx"), Q("trên 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("9 giáo xứ", 9, "giáo xứ"), Q("khoảng 17.800 giáo dân", 17800, "giáo dân", "approx"),
 Q("19 lượt ý kiến", 19, "lượt ý kiến"), Q("7 hồ sơ đất đai", 7, "hồ sơ đất đai")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Kế hoạch", "112", "KH/HU", None, "Huyện ủy", "Kế hoạch số 112-KH/HU của Huyện ủy")],
[prov("Hà Tĩnh"), com("Thạch Bàn")],
["Báo Hà Tĩnh điện tử", "Chính trị » Mặt trận - Đoàn thể", "Quang cảnh buổi đối thoại tại nhà văn hóa thôn Hòa Bình.",
 "(Baohatinh.vn)", "Giáo họ văn hóa", "sống tốt đời, đẹp đạo", "Lượt xem: 1.096"],
["17/06/2022 - 10:45", "năm 2022", "tháng 6/2022", "30/9/2022", "Lượt xem: 1.096"]))

PAGES.append(page("b1363-binhthuan-bdv-giaoban-cham-thang9-2022", """
BÁO BÌNH THUẬN ONLINE
Trang chủ | Chính trị | Dân tộc - Tôn giáo
Thứ Hai, 03/10/2022 | 08:10
Chuẩn bị chu đáo Lễ hội Katê cho đồng bào Chăm
Đồng chí Bố Thị Xuân Lan phát biểu tại buổi giao ban.
Ngày 30/9, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức giao ban công tác dân vận tháng 9/2022 với trọng tâm là công tác vận động đồng bào Chăm Bà-la-môn và Chăm Bà Ni chuẩn bị Lễ hội Katê năm 2022. Dự có đại diện lãnh đạo Ban Dân tộc, Ban Tôn giáo - Sở Nội vụ, Ủy ban MTTQ Việt Nam tỉnh và ban dân vận các huyện Bắc Bình, Tuy Phong, Hàm Thuận Bắc.
Theo báo cáo, toàn tỉnh hiện có trên 39.000 đồng bào Chăm, trong đó khoảng 60% theo đạo Bà-la-môn, số còn lại theo Hồi giáo Bà Ni và Hồi giáo; có 6 đền tháp, 17 thánh đường. Trong tháng, Ban Dân vận Tỉnh ủy đã phối hợp với Hội đồng Chức sắc Bà-la-môn tỉnh hướng dẫn tổ chức lễ mở cửa tháp Pô Sah Inư; phối hợp thăm, tặng 350 phần quà cho chức sắc, hộ nghèo người Chăm, mỗi phần trị giá 500 nghìn đồng.
Tại buổi giao ban, đồng chí Lâm Thị Hồng, Phó Trưởng Ban Dân vận Huyện ủy Bắc Bình, cho biết huyện đã thành lập 3 tổ công tác xuống các xã Phan Hiệp, Phan Hòa, Phan Thanh nắm tình hình; vận động chức sắc không tổ chức nghi lễ quá quy mô, bảo đảm an toàn. Ông Thông Minh Lý, Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, được mời dự, đề nghị tỉnh hỗ trợ kinh phí tu bổ nhà trưng bày và đường dẫn vào khu tháp. Đại diện Ban Tôn giáo - Sở Nội vụ thông tin, tháng 9/2022 đã giải quyết 2 hồ sơ đăng ký hoạt động tôn giáo của chức sắc Chăm theo Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ.
Cũng tại buổi giao ban, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Hùng, Đàng Thị Thu Thảo đã thông tin tình hình triển khai Kế hoạch số 88-KH/TU ngày 15/7/2022 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 65-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác dân tộc và Hướng dẫn số 14-HD/BDVTU về tổ chức hoạt động dân vận trong dịp lễ hội.
Phát biểu kết luận, đồng chí Bố Thị Xuân Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, đề nghị các huyện phối hợp với Hội đồng Chức sắc chuẩn bị chu đáo Lễ hội Katê từ ngày 25 đến 27/10; đồng thời chuẩn bị nội dung giao ban tháng 10, sơ kết 9 tháng thực hiện Quy chế phối hợp số 03-QCPH/BDVTU-BDT giữa Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh.
Ngọc Lân
Lượt xem: 827
Tin khác
- Tuy Phong: Họp mặt chức sắc, chức việc Chăm Bà Ni (26/09/2022)
- Mặt trận tỉnh giám sát việc thực hiện chính sách ở vùng đồng bào dân tộc (15/09/2022)
- Bắc Bình: 10 năm mô hình "Làng Chăm văn hóa" (05/09/2022)
""", "2022-10-03", "Chuẩn bị chu đáo Lễ hội Katê cho đồng bào Chăm",
E("giao_ban", "2022-09", "2022-09-30"),
[P("Bố Thị Xuân Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Hồng", "Phó Trưởng Ban Dân vận Huyện ủy Bắc Bình"),
 P("Thông Minh Lý", "Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Nguyễn Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàng Thị Thu Thảo", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("trên 39.000 đồng bào Chăm", 39000, "đồng bào Chăm", "over"), Q("khoảng 60%", 60, "%", "approx"),
 Q("6 đền tháp", 6, "đền tháp"), Q("17 thánh đường", 17, "thánh đường"), Q("350 phần quà", 350, "phần quà"),
 Q("500 nghìn đồng", 500000, "đồng"), Q("3 tổ công tác", 3, "tổ công tác"), Q("2 hồ sơ", 2, "hồ sơ")],
[D("Kế hoạch", "88", "KH/TU", "2022-07-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 88-KH/TU ngày 15/7/2022 của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận số 65-KL/TW của Bộ Chính trị"),
 D("Nghị quyết", "24", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương"),
 D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, None, "Hướng dẫn số 14-HD/BDVTU"),
 D("Quy chế phối hợp", "03", "QCPH/BDVTU-BDT", None, None, "Quy chế phối hợp số 03-QCPH/BDVTU-BDT")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Hòa"), com("Phan Thanh")],
["BÁO BÌNH THUẬN ONLINE", "Trang chủ | Chính trị | Dân tộc - Tôn giáo", "Đồng chí Bố Thị Xuân Lan phát biểu tại buổi giao ban.",
 "Lễ hội Katê", "Pô Sah Inư", "Làng Chăm văn hóa", "Lượt xem: 827"],
["Thứ Hai, 03/10/2022 | 08:10", "tháng 9/2022", "năm 2022", "25 đến 27/10", "tháng 10", "9 tháng", "khóa IX", "Lượt xem: 827"]))

PAGES.append(page("b1364-bacgiang-daihoi-phatgiao-yendung-2023", """
Báo Bắc Giang điện tử
Xã hội › Tín ngưỡng - Tôn giáo
28-03-2023 15:20
Đại hội đại biểu Phật giáo huyện Yên Dũng lần thứ III, nhiệm kỳ 2023 - 2028
BGĐT - Ngày 27/3, tại chùa Vĩnh Nghiêm, xã Trí Yên, Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Yên Dũng tổ chức Đại hội đại biểu Phật giáo huyện lần thứ III, nhiệm kỳ 2023 - 2028 với sự tham dự của 150 đại biểu là chư tôn đức tăng ni và cư sĩ, phật tử tiêu biểu.
Chư tôn đức Ban Trị sự nhiệm kỳ mới ra mắt đại hội.
Dự đại hội có Thượng tọa Thích Thanh Trí, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; về phía tỉnh và huyện có các đồng chí: Nguyễn Thị Hương, Phó Chủ tịch Ủy ban MTTQ tỉnh; Dương Văn Thái, HUV, Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện Yên Dũng; Hoàng Văn Sang, Phó Chủ tịch UBND huyện.
Nhiệm kỳ 2018 - 2023, Phật giáo huyện Yên Dũng có nhiều đóng góp vào sự phát triển của địa phương. Toàn huyện hiện có 126 ngôi chùa, 58 tăng ni; các chùa đã tổ chức 214 khóa tu, thu hút trên 19 nghìn lượt phật tử. Tăng ni, phật tử đóng góp hơn 8,5 tỷ đồng làm từ thiện xã hội, xây 11 nhà tình nghĩa; trong đại dịch Covid-19 đã ủng hộ Quỹ vắc xin phòng Covid-19 hơn 620 triệu đồng. Ban Trị sự đã phối hợp với chính quyền thực hiện tốt Chỉ thị số 25-CT/TU ngày 9/6/2021 của Ban Thường vụ Tỉnh ủy về tăng cường công tác tôn giáo và Quyết định số 15/2022/QĐ-UBND của UBND tỉnh về quản lý di tích.
Phát biểu tại đại hội, đồng chí Dương Văn Thái đề nghị Ban Trị sự nhiệm kỳ mới tiếp tục hoạt động theo phương châm "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", đẩy mạnh các phong trào thi đua của Mặt trận, phát huy vai trò của các chùa trong bảo tồn di sản Thiền phái Trúc Lâm.
Đại hội đã suy cử 23 vị vào Ban Trị sự nhiệm kỳ 2023 - 2028. Đại đức Thích Minh Đạo, trụ trì chùa Vĩnh Nghiêm, được suy cử giữ chức Trưởng ban Trị sự Phật giáo huyện; các vị Đại đức Thích Quảng Tâm, Ni sư Thích Đàm Hạnh được suy cử làm Phó Trưởng ban; Đại đức Thích Minh Tuệ làm Chánh Thư ký. Đại hội cũng thông qua chương trình hoạt động với 7 chỉ tiêu, trong đó phấn đấu 100% chùa tổ chức sinh hoạt đạo tràng định kỳ.
Nhiệm kỳ tới, Ban Trị sự đặt mục tiêu mở thêm lớp giáo lý cho phật tử trẻ, tiếp tục vận động các chùa tham gia bảo vệ môi trường, giữ gìn cảnh quan di tích.
Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 5 tập thể, 8 cá nhân có thành tích tiêu biểu trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
Thu Hà
Lượt xem: 1.388
Tin liên quan
- Lạng Giang: Hội nghị gặp mặt chức sắc các tôn giáo (20/03/2023)
- Lễ hội chùa Vĩnh Nghiêm năm 2023 (10/03/2023)
- Tân Yên: Đại hội Phật giáo huyện lần thứ IV (02/03/2023)
""", "2023-03-28", "Đại hội đại biểu Phật giáo huyện Yên Dũng lần thứ III, nhiệm kỳ 2023 - 2028",
E("dai_hoi", None, "2023-03-27"),
[P("Thích Thanh Trí", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Nguyễn Thị Hương", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Dương Văn Thái", "HUV", "Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ huyện Yên Dũng"),
 P("Hoàng Văn Sang", "Phó Chủ tịch UBND huyện"),
 P("Thích Minh Đạo", "Đại đức", "trụ trì chùa Vĩnh Nghiêm", "Trưởng ban Trị sự Phật giáo huyện"),
 P("Thích Quảng Tâm", "Đại đức", "Phó Trưởng ban"),
 P("Thích Đàm Hạnh", "Ni sư", "Phó Trưởng ban"),
 P("Thích Minh Tuệ", "Đại đức", "Chánh Thư ký")],
[Q("150 đại biểu", 150, "đại biểu"), Q("126 ngôi chùa", 126, "ngôi chùa"), Q("58 tăng ni", 58, "tăng ni"),
 Q("214 khóa tu", 214, "khóa tu"), Q("trên 19 nghìn lượt phật tử", 19000, "lượt phật tử", "over"),
 Q("hơn 8,5 tỷ đồng", 8500000000, "đồng", "over"), Q("11 nhà tình nghĩa", 11, "nhà tình nghĩa"),
 Q("hơn 620 triệu đồng", 620000000, "đồng", "over"), Q("23 vị", 23, "vị"), Q("7 chỉ tiêu", 7, "chỉ tiêu"),
 Q("100%", 100, "%"), Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân")],
[D("Chỉ thị", "25", "CT/TU", "2021-06-09", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 25-CT/TU ngày 9/6/2021 của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "15", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 15/2022/QĐ-UBND của UBND tỉnh")],
[prov("Bắc Giang"), com("Trí Yên")],
["Báo Bắc Giang điện tử", "Xã hội › Tín ngưỡng - Tôn giáo", "BGĐT", "Chư tôn đức Ban Trị sự nhiệm kỳ mới ra mắt đại hội.",
 "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", "Thiền phái Trúc Lâm", "Quỹ vắc xin phòng Covid-19",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Lượt xem: 1.388"],
["28-03-2023 15:20", "lần thứ III", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "Covid-19", "Lượt xem: 1.388"]))

PAGES.append(page("b1365-kontum-bdv-taphuan-conggiao-2023", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ / Tin tức - Sự kiện / Tin hoạt động
Thứ Sáu, 15/09/2023, 16:00
Bồi dưỡng nghiệp vụ công tác vận động đồng bào Công giáo vùng dân tộc thiểu số
Các học viên trao đổi tại lớp bồi dưỡng.
Từ ngày 13 đến 14/9/2023, Ban Dân vận Tỉnh ủy Kon Tum tổ chức lớp tập huấn nghiệp vụ công tác vận động đồng bào Công giáo vùng dân tộc thiểu số năm 2023 cho 98 học viên là trưởng ban dân vận, chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng thôn, làng có đông giáo dân.
Phát biểu khai mạc, đồng chí Y Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: Kon Tum có trên 268.000 giáo dân, chiếm hơn 45% dân số, trong đó phần lớn là đồng bào Ba Na, Xơ Đăng, Gia Rai, Giẻ Triêng; Giáo phận Kon Tum có 107 giáo xứ, giáo họ biệt lập với 146 linh mục. Vì vậy, công tác vận động đồng bào Công giáo có ý nghĩa đặc biệt quan trọng đối với sự ổn định của tỉnh.
Tại lớp tập huấn, các học viên được các đồng chí: A Tuấn, Phó Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Thị Thu Hà, Trưởng phòng Dân tộc - Tôn giáo - Dân vận chính quyền Ban Dân vận Tỉnh ủy truyền đạt các chuyên đề: quan điểm, chính sách của Đảng về tôn giáo theo Kết luận số 49-KL/TW của Ban Bí thư; nội dung Luật Tín ngưỡng, tôn giáo và Nghị định số 95/2023/NĐ-CP của Chính phủ; kỹ năng vận động, đối thoại với chức sắc, chức việc. Ông Rơ Mah Lâm, Phó Trưởng Ban Tôn giáo - Sở Nội vụ, giới thiệu tình hình hoạt động của các nhóm "Hà Mòn" còn sót lại ở một số làng thuộc huyện Sa Thầy, Đăk Hà.
Học viên cũng được nghe kinh nghiệm của đồng chí A Khiên, Bí thư Đảng ủy xã Đăk Tờ Re, về mô hình "Làng Công giáo không có tội phạm và tệ nạn xã hội" được xây dựng ở 9 làng trong xã; và của Linh mục Phaolô Trần Quang Huy, Chánh xứ giáo xứ Kon Rơbang, về phối hợp giữa giáo xứ với chính quyền vận động giáo dân giảm nghèo.
Theo Ban Dân vận Tỉnh ủy, năm 2023, thực hiện Kế hoạch số 27-KH/BDVTU, Ban tổ chức 4 lớp tập huấn tương tự tại các huyện Kon Rẫy, Đăk Tô, Ngọc Hồi và thành phố Kon Tum, tổng kinh phí khoảng 210 triệu đồng. Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch.
Trong phần thảo luận, nhiều học viên nêu khó khăn khi vận động bà con ở các làng xa trung tâm, nơi giáo dân chủ yếu nghe theo hướng dẫn của thầy giảng, trùm họ; đề nghị tỉnh sớm biên soạn tài liệu song ngữ Việt - Ba Na, Việt - Xơ Đăng để cán bộ cơ sở sử dụng khi tuyên truyền chính sách, pháp luật.
Ngọc Thúy
Lượt xem: 564
Tin liên quan
- Gặp mặt chức sắc, chức việc các tôn giáo năm 2023 (30/08/2023)
- Kon Plông: Sơ kết 6 tháng công tác dân vận (18/07/2023)
- Đăk Glei ra mắt 3 mô hình "Dân vận khéo" (05/07/2023)
""", "2023-09-15", "Bồi dưỡng nghiệp vụ công tác vận động đồng bào Công giáo vùng dân tộc thiểu số",
E("tap_huan", "2023", "2023-09-13"),
[P("Y Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Trưởng phòng Dân tộc - Tôn giáo - Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Rơ Mah Lâm", "Phó Trưởng Ban Tôn giáo - Sở Nội vụ"),
 P("A Khiên", "Bí thư Đảng ủy xã Đăk Tờ Re"),
 P("Phaolô Trần Quang Huy", "Linh mục", "Chánh xứ giáo xứ Kon Rơbang")],
[Q("98 học viên", 98, "học viên"), Q("trên 268.000 giáo dân", 268000, "giáo dân", "over"), Q("hơn 45%", 45, "%", "over"),
 Q("107 giáo xứ, giáo họ biệt lập", 107, "giáo xứ, giáo họ biệt lập"), Q("146 linh mục", 146, "linh mục"),
 Q("9 làng", 9, "làng"), Q("4 lớp tập huấn", 4, "lớp tập huấn"), Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx"),
 Q("100% học viên", 100, "%")],
[D("Kết luận", "49", "KL/TW", None, "Ban Bí thư", "Kết luận số 49-KL/TW của Ban Bí thư"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "27", "KH/BDVTU", None, None, "Kế hoạch số 27-KH/BDVTU")],
[prov("Kon Tum"), com("Đăk Tờ Re")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ / Tin tức - Sự kiện / Tin hoạt động", "Các học viên trao đổi tại lớp bồi dưỡng.",
 "Luật Tín ngưỡng, tôn giáo", "Hà Mòn", "Làng Công giáo không có tội phạm và tệ nạn xã hội", "Giáo phận Kon Tum", "Lượt xem: 564"],
["Thứ Sáu, 15/09/2023, 16:00", "năm 2023", "Lượt xem: 564"]))

PAGES.append(page("b1366-dongthap-mttq-tongket-hoidongtuvan-2024", """
Báo Đồng Tháp Online
Trang chủ >> Chính trị >> Mặt trận
Cập nhật: 09:15, 26/12/2024 (GMT+7)
Ảnh: Các đại biểu dự hội nghị.
Hội đồng tư vấn về dân tộc, tôn giáo: Cầu nối giữa Mặt trận với chức sắc các tôn giáo
(ĐTO) - Sáng 25/12, Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp tổ chức hội nghị tổng kết hoạt động của Hội đồng tư vấn về dân tộc, tôn giáo năm 2024 và triển khai chương trình năm 2025. Bà Nguyễn Thị Ngọc Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Chủ tịch Hội đồng tư vấn chủ trì hội nghị.
Năm 2024, các thành viên Hội đồng tư vấn đã tham gia 5 cuộc giám sát, 12 cuộc khảo sát của Mặt trận tỉnh; đóng góp ý kiến vào dự thảo Luật Đất đai (sửa đổi), các văn kiện Đại hội Đảng bộ tỉnh lần thứ XII. Qua đó, Hội đồng đã tổng hợp 47 ý kiến, kiến nghị của chức sắc, tín đồ gửi đến cấp ủy, chính quyền; đến nay đã có 39 kiến nghị được trả lời.
Các tổ chức tôn giáo trong tỉnh, nhất là Phật giáo Hòa Hảo với hơn 220 nghìn tín đồ, đã đóng góp trên 86 tỷ đồng cho các hoạt động từ thiện, xây 23 cây cầu bê tông, 41 căn nhà Đại đoàn kết; 152 điểm phát thuốc nam, nấu cơm miễn phí hoạt động thường xuyên tại các bệnh viện.
Tại hội nghị, ông Võ Văn Đực, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Trị sự Phật giáo Hòa Hảo tỉnh, thành viên Hội đồng tư vấn, cho biết thực hiện Quy chế phối hợp số 08/QCPH-MTTQ-BTS giữa Ban Thường trực Ủy ban MTTQ tỉnh và Ban Trị sự, các ban trị sự cơ sở đã vận động tín đồ hiến hơn 9.200 m2 đất làm đường. Hòa thượng Thích Thiện Tánh, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Linh mục Giuse Nguyễn Văn Toàn, Quản hạt Cao Lãnh cùng kiến nghị cần sớm hướng dẫn cụ thể việc tổ chức các lễ hội tôn giáo thu hút đông người.
Ông Lê Tấn Phát, Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, thông tin thêm: năm 2025, Mặt trận sẽ phối hợp tổ chức hội nghị đối thoại với chức sắc Phật giáo Hòa Hảo theo Chương trình phối hợp số 14/CTr-MTTQ-BDVTU; tham mưu tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước.
Phát biểu kết luận, bà Nguyễn Thị Ngọc Linh đề nghị các thành viên tiếp tục phát huy vai trò cầu nối, tham gia các cuộc vận động "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; chuẩn bị tham gia ý kiến vào Đại hội đại biểu MTTQ Việt Nam tỉnh nhiệm kỳ tới.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 7 tập thể và 13 cá nhân.
Hữu Nghĩa
Lượt xem: 705
Tin liên quan
- Họp mặt chức sắc, chức việc nhân Lễ Giáng sinh năm 2024 (20/12/2024)
- Lấp Vò: Đối thoại với tín đồ Phật giáo Hòa Hảo (05/12/2024)
- Ra mắt mô hình "Khu dân cư tôn giáo đoàn kết" (22/11/2024)
""", "2024-12-26", "Hội đồng tư vấn về dân tộc, tôn giáo: Cầu nối giữa Mặt trận với chức sắc các tôn giáo",
E("tong_ket", "2024", "2024-12-25"),
[P("Nguyễn Thị Ngọc Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - Chủ tịch Hội đồng tư vấn"),
 P("Võ Văn Đực", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Trị sự Phật giáo Hòa Hảo tỉnh", "thành viên Hội đồng tư vấn"),
 P("Thích Thiện Tánh", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Giuse Nguyễn Văn Toàn", "Linh mục", "Quản hạt Cao Lãnh"),
 P("Lê Tấn Phát", "Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("5 cuộc giám sát", 5, "cuộc giám sát"), Q("12 cuộc khảo sát", 12, "cuộc khảo sát"),
 Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"), Q("39 kiến nghị", 39, "kiến nghị"),
 Q("hơn 220 nghìn tín đồ", 220000, "tín đồ", "over"), Q("trên 86 tỷ đồng", 86000000000, "đồng", "over"),
 Q("23 cây cầu bê tông", 23, "cây cầu bê tông"), Q("41 căn nhà Đại đoàn kết", 41, "căn nhà Đại đoàn kết"),
 Q("152 điểm phát thuốc nam, nấu cơm miễn phí", 152, "điểm phát thuốc nam, nấu cơm miễn phí"),
 Q("hơn 9.200 m2", 9200, "m2", "over"), Q("7 tập thể", 7, "tập thể"), Q("13 cá nhân", 13, "cá nhân")],
[D("Quy chế phối hợp", "08", "QCPH-MTTQ-BTS", None, None, "Quy chế phối hợp số 08/QCPH-MTTQ-BTS"),
 D("Chương trình phối hợp", "14", "CTr-MTTQ-BDVTU", None, None, "Chương trình phối hợp số 14/CTr-MTTQ-BDVTU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW của Ban Bí thư")],
[prov("Đồng Tháp")],
["Báo Đồng Tháp Online", "Trang chủ >> Chính trị >> Mặt trận", "Ảnh: Các đại biểu dự hội nghị.", "(ĐTO)",
 "Luật Đất đai", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Hội đồng tư vấn về dân tộc, tôn giáo", "Lượt xem: 705"],
["Cập nhật: 09:15, 26/12/2024 (GMT+7)", "năm 2024", "năm 2025", "Năm 2024", "lần thứ XII", "10 năm", "Lượt xem: 705"]))
