from lib import *
PAGES = []

PAGES.append(page("b3845-thaibinh-hnd-uythac-tongket-2011", """
HỘI NÔNG DÂN TỈNH THÁI BÌNH
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Thứ Năm, 29/12/2011 - 09:20
Ảnh: Quang cảnh hội nghị.
Hội Nông dân tỉnh tổng kết hoạt động nhận ủy thác cho vay vốn năm 2011
Ngày 27/12/2011, Hội Nông dân tỉnh phối hợp với Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh Thái Bình tổ chức hội nghị tổng kết công tác nhận ủy thác cho vay vốn năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Phạm Văn Xuyến, Ủy viên Ban Thường vụ, Trưởng ban Kinh tế - Xã hội Trung ương Hội Nông dân Việt Nam; đồng chí Nguyễn Thị Thu Hường, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; ông Trần Đức Mạnh, Giám đốc Chi nhánh NHCSXH tỉnh cùng 96 đại biểu là chủ tịch hội nông dân các huyện, thành phố và tổ trưởng tổ tiết kiệm và vay vốn tiêu biểu.
Theo báo cáo, thực hiện Nghị định số 78/2002/NĐ-CP ngày 04/10/2002 của Chính phủ về tín dụng đối với người nghèo và các đối tượng chính sách khác và Văn bản liên tịch số 1423/VBLT-HND-NHCS, đến ngày 30/11/2011 Hội Nông dân các cấp đang quản lý 1.846 tổ tiết kiệm và vay vốn với 63.517 hộ còn dư nợ; tổng dư nợ ủy thác đạt 1.024,6 tỷ đồng, tăng 138,2 tỷ đồng so với đầu năm, chiếm 41,5% tổng dư nợ của NHCSXH trên địa bàn. Tỷ lệ nợ quá hạn giảm còn 0,28%, có 7/8 huyện, thành phố giữ nợ quá hạn dưới 0,5%.
Nguồn vốn ủy thác đã giúp 4.210 hộ thoát nghèo, tạo việc làm cho gần 2.900 lao động; 1.135 học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn đi học; xây dựng trên 6.400 công trình nước sạch và vệ sinh môi trường nông thôn. Các tổ đã huy động tiền gửi tiết kiệm của tổ viên được 21,3 tỷ đồng.
Cùng với nguồn vốn ủy thác, Quỹ Hỗ trợ nông dân các cấp có tổng nguồn 18,7 tỷ đồng, cho 1.520 hộ vay phát triển chăn nuôi, nuôi trồng thủy sản. Hội đã thực hiện Kế hoạch số 46-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh về củng cố tổ yếu kém, kiện toàn 112 tổ, thay mới 37 tổ trưởng.
Tại hội nghị, bà Vũ Thị Lan, Tổ trưởng tổ tiết kiệm và vay vốn thôn Đông Hải, xã Thụy Hải, chia sẻ: tổ có 58 tổ viên, dư nợ hơn 1,2 tỷ đồng, nhiều năm liền không có nợ quá hạn nhờ sinh hoạt tổ đều đặn, bình xét công khai. Ông Bùi Văn Tiến, Chủ tịch Hội Nông dân xã Vũ Lễ, đề nghị tăng mức cho vay hộ sản xuất kinh doanh vùng khó khăn.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Hường yêu cầu năm 2012 các cấp Hội tiếp tục quán triệt Kết luận 61-KL/TW của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam"; phấn đấu tăng dư nợ ủy thác thêm khoảng 120 tỷ đồng, không để phát sinh nợ quá hạn mới.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 3 tập thể và 5 cá nhân; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Lê Văn Hùng, Đỗ Thị Mai trao Giấy khen của Ban Thường vụ Hội Nông dân tỉnh cho 14 tổ tiết kiệm và vay vốn tiêu biểu.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Hội Nông dân huyện Kiến Xương giao ban công tác quý IV (20/12/2011)
- Tập huấn nghiệp vụ cho 120 tổ trưởng tổ tiết kiệm và vay vốn (02/12/2011)
- Quỹ Hỗ trợ nông dân giúp hội viên thoát nghèo (18/11/2011)
""", "2011-12-29", "Hội Nông dân tỉnh tổng kết hoạt động nhận ủy thác cho vay vốn năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Phạm Văn Xuyến", "Ủy viên Ban Thường vụ", "Trưởng ban Kinh tế - Xã hội Trung ương Hội Nông dân Việt Nam"),
 P("Nguyễn Thị Thu Hường", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Đức Mạnh", "Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Vũ Thị Lan", "Tổ trưởng tổ tiết kiệm và vay vốn thôn Đông Hải"),
 P("Bùi Văn Tiến", "Chủ tịch Hội Nông dân xã Vũ Lễ"),
 P("Lê Văn Hùng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đỗ Thị Mai", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("96 đại biểu", 96, "đại biểu"), Q("1.846 tổ tiết kiệm và vay vốn", 1846, "tổ tiết kiệm và vay vốn"),
 Q("63.517 hộ", 63517, "hộ"), Q("1.024,6 tỷ đồng", 1024600000000, "đồng"), Q("138,2 tỷ đồng", 138200000000, "đồng"),
 Q("41,5%", 41.5, "%"), Q("0,28%", 0.28, "%"), Q("7/8 huyện, thành phố", 7, "huyện, thành phố"), Q("0,5%", 0.5, "%"),
 Q("4.210 hộ", 4210, "hộ"), Q("gần 2.900 lao động", 2900, "lao động", "approx"),
 Q("1.135 học sinh, sinh viên", 1135, "học sinh, sinh viên"),
 Q("trên 6.400 công trình nước sạch và vệ sinh môi trường nông thôn", 6400, "công trình nước sạch và vệ sinh môi trường nông thôn", "over"),
 Q("21,3 tỷ đồng", 21300000000, "đồng"), Q("18,7 tỷ đồng", 18700000000, "đồng"), Q("1.520 hộ", 1520, "hộ"),
 Q("112 tổ", 112, "tổ"), Q("37 tổ trưởng", 37, "tổ trưởng"), Q("58 tổ viên", 58, "tổ viên"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("khoảng 120 tỷ đồng", 120000000000, "đồng", "approx"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"),
 Q("14 tổ tiết kiệm và vay vốn tiêu biểu", 14, "tổ tiết kiệm và vay vốn tiêu biểu")],
[D("Nghị định", "78", "2002/NĐ-CP", "2002-10-04", "Chính phủ", "Nghị định số 78/2002/NĐ-CP ngày 04/10/2002"),
 D("Văn bản liên tịch", "1423", "VBLT-HND-NHCS", None, None, "Văn bản liên tịch số 1423/VBLT-HND-NHCS"),
 D("Kế hoạch", "46", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 46-KH/HNDT"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW")],
[prov("Thái Bình"), com("Thụy Hải"), com("Vũ Lễ")],
["HỘI NÔNG DÂN TỈNH THÁI BÌNH", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội", "Ảnh: Quang cảnh hội nghị.",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam",
 "Quỹ Hỗ trợ nông dân", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 09:20", "năm 2011", "năm 2012", "Lượt xem: 1.204", "30/11/2011"]))

PAGES.append(page("b3846-nghean-phunu-tktvv-soket-2012", """
Hội Liên hiệp Phụ nữ tỉnh Nghệ An - Cổng thông tin điện tử
Trang chủ | Hoạt động Hội | Phụ nữ với kinh tế
Cập nhật: 15:40, 16/07/2012 (GMT+7)
Vốn chính sách qua kênh Hội Phụ nữ: dư nợ vượt 2.100 tỷ đồng
(HLHPN) - Sáng 13/7, tại thành phố Vinh, Hội Liên hiệp Phụ nữ (LHPN) tỉnh và Chi nhánh Ngân hàng Chính sách xã hội tỉnh sơ kết hoạt động ủy thác 6 tháng đầu năm 2012. Bà Hoàng Thị Quỳnh Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội LHPN tỉnh và ông Lô Văn Thắng, Phó Giám đốc Chi nhánh NHCSXH tỉnh đồng chủ trì.
Toàn cảnh hội nghị sơ kết. Ảnh: Hải Yến
Báo cáo cho biết, đến 30/6/2012, dư nợ ủy thác qua Hội LHPN đạt 2.136,4 tỷ đồng, tăng 97,8 tỷ đồng so với cuối năm 2011, với 2.874 tổ tiết kiệm và vay vốn, 96.305 thành viên còn dư nợ. Con số dư nợ vượt 2.100 tỷ đồng đưa Hội Phụ nữ trở thành đơn vị nhận ủy thác có dư nợ lớn nhất trong 4 tổ chức hội. Nợ quá hạn chiếm 0,47%, giảm 0,09% so với đầu năm; lãi tồn đọng giảm còn 1,86 tỷ đồng.
Hội đã chỉ đạo 21 huyện, thành, thị hội rà soát, phân loại tổ; 2.516 tổ xếp loại tốt, đạt 87,5%; còn 46 tổ yếu kém tập trung ở các huyện miền núi Tương Dương, Kỳ Sơn, Quế Phong. Hội phụ nữ các cấp phối hợp với tổ vay vốn đôn đốc thu hồi 312 món nợ đến hạn, xử lý rủi ro cho 89 hộ bị thiệt hại do thiên tai với số tiền 1,07 tỷ đồng theo Quyết định số 50/2010/QĐ-TTg ngày 28/7/2010 của Thủ tướng Chính phủ.
Tham luận tại hội nghị, chị Lương Thị Pheng, Chủ tịch Hội LHPN xã Nga My, huyện Tương Dương, cho biết nhờ có cán bộ hội người Thái trực tiếp đến từng bản vận động, 3 tổ vay vốn của xã đã khắc phục hoàn toàn nợ quá hạn. Chị Vi Thị Hoa, Tổ trưởng tổ tiết kiệm và vay vốn bản Xiềng, xã Hữu Kiệm, kể chuyện vận động 11 hộ chây ì trả nợ.
Cũng trong 6 tháng, các cấp hội giới thiệu 4.620 hội viên được vay mới với số tiền 71,5 tỷ đồng; 1.250 hộ phụ nữ nghèo được vay vốn đã thoát nghèo. Hội LHPN huyện Diễn Châu được đánh giá dẫn đầu với 100% tổ xếp loại tốt, không có nợ quá hạn.
Kết luận hội nghị, bà Hoàng Thị Quỳnh Anh đề nghị 6 tháng cuối năm các cấp hội thực hiện nghiêm Quy chế phối hợp số 07/QCPH-NHCS-HLHPN, gắn công tác ủy thác với cuộc vận động "Xây dựng gia đình 5 không 3 sạch"; phấn đấu đến cuối năm không còn tổ yếu kém, dư nợ tăng trưởng thêm ít nhất 150 tỷ đồng, mỗi huyện xây dựng ít nhất 1 mô hình "Phụ nữ giúp nhau phát triển kinh tế".
Dịp này, Hội LHPN tỉnh tặng giấy khen cho 18 tổ tiết kiệm và vay vốn xuất sắc và 12 cán bộ hội cơ sở làm tốt công tác ủy thác; ông Lô Văn Thắng trao 40 suất quà, mỗi suất 500.000 đồng cho tổ viên nghèo.
Lê Hải Yến
Số lượt xem: 652
Các tin khác
- Tập huấn kỹ năng cho 250 cán bộ hội cơ sở (03/07/2012)
- Hội LHPN Quỳ Châu ra mắt 5 tổ vay vốn mới (21/06/2012)
- Giao ban công tác Hội quý II (12/06/2012)
""", "2012-07-16", "Vốn chính sách qua kênh Hội Phụ nữ: dư nợ vượt 2.100 tỷ đồng",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Hoàng Thị Quỳnh Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Hội LHPN tỉnh"),
 P("Lô Văn Thắng", "Phó Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Lương Thị Pheng", "Chủ tịch Hội LHPN xã Nga My"),
 P("Vi Thị Hoa", "Tổ trưởng tổ tiết kiệm và vay vốn bản Xiềng")],
[Q("vượt 2.100 tỷ đồng", 2100000000000, "đồng", "over"), Q("2.136,4 tỷ đồng", 2136400000000, "đồng"),
 Q("97,8 tỷ đồng", 97800000000, "đồng"), Q("2.874 tổ tiết kiệm và vay vốn", 2874, "tổ tiết kiệm và vay vốn"),
 Q("96.305 thành viên", 96305, "thành viên"), Q("4 tổ chức hội", 4, "tổ chức hội"), Q("0,47%", 0.47, "%"), Q("0,09%", 0.09, "%"),
 Q("1,86 tỷ đồng", 1860000000, "đồng"), Q("21 huyện, thành, thị hội", 21, "huyện, thành, thị hội"), Q("2.516 tổ", 2516, "tổ"),
 Q("87,5%", 87.5, "%"), Q("46 tổ yếu kém", 46, "tổ yếu kém"), Q("312 món nợ", 312, "món nợ"), Q("89 hộ", 89, "hộ"),
 Q("1,07 tỷ đồng", 1070000000, "đồng"), Q("3 tổ vay vốn", 3, "tổ vay vốn"), Q("11 hộ chây ì", 11, "hộ chây ì"),
 Q("ít nhất 150 tỷ đồng", 150000000000, "đồng", "over"),
 Q("18 tổ tiết kiệm và vay vốn xuất sắc", 18, "tổ tiết kiệm và vay vốn xuất sắc"), Q("12 cán bộ hội cơ sở", 12, "cán bộ hội cơ sở"),
 Q("40 suất quà", 40, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("4.620 hội viên", 4620, "hội viên"), Q("71,5 tỷ đồng", 71500000000, "đồng"), Q("1.250 hộ phụ nữ nghèo", 1250, "hộ phụ nữ nghèo"), Q("100%", 100, "%")],
[D("Quyết định", "50", "2010/QĐ-TTg", "2010-07-28", "Thủ tướng Chính phủ", "Quyết định số 50/2010/QĐ-TTg ngày 28/7/2010"),
 D("Quy chế phối hợp", "07", "QCPH-NHCS-HLHPN", None, None, "Quy chế phối hợp số 07/QCPH-NHCS-HLHPN")],
[prov("Nghệ An"), com("Nga My"), com("Hữu Kiệm")],
["Hội Liên hiệp Phụ nữ tỉnh Nghệ An - Cổng thông tin điện tử", "Trang chủ | Hoạt động Hội | Phụ nữ với kinh tế",
 "Toàn cảnh hội nghị sơ kết. Ảnh: Hải Yến", "(HLHPN)", "Xây dựng gia đình 5 không 3 sạch",
 "Phụ nữ giúp nhau phát triển kinh tế", "Số lượt xem: 652"],
["Cập nhật: 15:40, 16/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "5 không 3 sạch", "1 mô hình", "Số lượt xem: 652"]))

PAGES.append(page("b3847-laocai-hnd-quyhotro-giaoban-2013", """
HỘI NÔNG DÂN TỈNH LÀO CAI
Bạn đang ở: Trang chủ > Tin hoạt động > Quỹ Hỗ trợ nông dân
08:15 | 08/10/2013
Ông Vàng A Dình, Chủ tịch Hội Nông dân tỉnh phát biểu tại buổi giao ban.
Giao ban quý III: Quỹ Hỗ trợ nông dân tăng trưởng 14,6%
Chiều 7/10, Thường trực Hội Nông dân tỉnh Lào Cai tổ chức giao ban công tác Hội và phong trào nông dân quý III năm 2013, trọng tâm là hoạt động Quỹ Hỗ trợ nông dân (HTND) và vốn vay ủy thác Ngân hàng Chính sách xã hội. Chủ trì giao ban có ông Vàng A Dình, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; các ông Phó Chủ tịch Hội Nông dân tỉnh: Hoàng Văn Thống, Lù Seo Páo.
Theo báo cáo, 9 tháng năm 2013, nguồn Quỹ HTND toàn tỉnh đạt 12,35 tỷ đồng, tăng 14,6% so với cuối năm 2012, trong đó quỹ cấp tỉnh 5,2 tỷ đồng, cấp huyện 4,6 tỷ đồng, cấp xã 2,55 tỷ đồng. Quỹ đã giải ngân 41 dự án tổ, nhóm hộ cho 623 hộ vay, mức vay bình quân 18 triệu đồng/hộ, chủ yếu chăn nuôi lợn đen, trồng cây ăn quả ôn đới và thảo quả. Hội đã vận động được 286 hội viên tham gia đóng góp xây dựng quỹ với số tiền 412 triệu đồng.
Về vốn ủy thác, Hội Nông dân các cấp quản lý 512 tổ tiết kiệm và vay vốn, dư nợ 603,8 tỷ đồng với 27.940 hộ vay; nợ quá hạn 0,91%, giảm 0,2% so với quý II. Huyện Si Ma Cai còn 5 tổ có nợ quá hạn trên 5%, Bắc Hà còn 3 tổ.
Cũng trong quý, Hội Nông dân các cấp đã tổ chức 48 buổi họp tổ, bình xét cho 1.215 hộ vay mới với số tiền 36,2 tỷ đồng; phối hợp xử lý rủi ro cho 27 hộ bị ảnh hưởng bởi trận lũ quét tháng 8 với số tiền 540 triệu đồng. Ông Lù Seo Páo cho biết tổ trưởng các tổ vay vốn ở vùng cao đã được hỗ trợ thêm 30% phí hoa hồng từ nguồn kinh phí của tỉnh.
Tại buổi giao ban, ông Giàng Seo Chư, Chủ tịch Hội Nông dân xã Lùng Phình, phản ánh nhiều hộ người Mông vay vốn nhưng thiếu kỹ thuật nên hiệu quả thấp; bà Phàn Thị Mẩy, Chủ tịch Hội Nông dân xã Tả Phìn, đề nghị gắn cho vay với tập huấn khuyến nông. Ông Hoàng Văn Thống cho biết quý III đã phối hợp mở 17 lớp tập huấn chuyển giao khoa học kỹ thuật cho 1.030 lượt hội viên.
Kết luận giao ban, ông Vàng A Dình yêu cầu quý IV tập trung thu hồi nợ Quỹ HTND đến hạn, rà soát theo Hướng dẫn số 12-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh; tiếp tục thực hiện Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án; phấn đấu đến cuối năm nguồn quỹ đạt khoảng 13 tỷ đồng, thành lập mới ít nhất 20 tổ hợp tác.
Hồng Nhung
Lượt truy cập: 3.418
Tin khác
- Hội Nông dân Bảo Thắng sơ kết 3 năm thực hiện Quỹ HTND (25/09/2013)
- Trao 50 con bò giống cho hộ nghèo xã Y Tý (12/09/2013)
- Hội thi "Nhà nông đua tài" cấp tỉnh năm 2013 (30/08/2013)
""", "2013-10-08", "Giao ban quý III: Quỹ Hỗ trợ nông dân tăng trưởng 14,6%",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Vàng A Dình", "Chủ tịch Hội Nông dân tỉnh", "Tỉnh ủy viên"),
 P("Hoàng Văn Thống", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lù Seo Páo", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Giàng Seo Chư", "Chủ tịch Hội Nông dân xã Lùng Phình"),
 P("Phàn Thị Mẩy", "Chủ tịch Hội Nông dân xã Tả Phìn")],
[Q("14,6%", 14.6, "%"), Q("12,35 tỷ đồng", 12350000000, "đồng"), Q("5,2 tỷ đồng", 5200000000, "đồng"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("2,55 tỷ đồng", 2550000000, "đồng"), Q("41 dự án tổ, nhóm hộ", 41, "dự án tổ, nhóm hộ"),
 Q("623 hộ", 623, "hộ"), Q("18 triệu đồng", 18000000, "đồng"), Q("286 hội viên", 286, "hội viên"),
 Q("412 triệu đồng", 412000000, "đồng"), Q("512 tổ tiết kiệm và vay vốn", 512, "tổ tiết kiệm và vay vốn"),
 Q("603,8 tỷ đồng", 603800000000, "đồng"), Q("27.940 hộ", 27940, "hộ"), Q("0,91%", 0.91, "%"), Q("0,2%", 0.2, "%"),
 Q("5 tổ", 5, "tổ"), Q("trên 5%", 5, "%", "over"), Q("3 tổ", 3, "tổ"), Q("17 lớp tập huấn chuyển giao khoa học kỹ thuật", 17, "lớp tập huấn chuyển giao khoa học kỹ thuật"),
 Q("1.030 lượt hội viên", 1030, "lượt hội viên"), Q("khoảng 13 tỷ đồng", 13000000000, "đồng", "approx"),
 Q("ít nhất 20 tổ hợp tác", 20, "tổ hợp tác", "over"),
 Q("48 buổi họp tổ", 48, "buổi họp tổ"), Q("1.215 hộ", 1215, "hộ"), Q("36,2 tỷ đồng", 36200000000, "đồng"), Q("27 hộ", 27, "hộ"),
 Q("540 triệu đồng", 540000000, "đồng"), Q("30%", 30, "%")],
[D("Hướng dẫn", "12", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn số 12-HD/HNDT"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011")],
[prov("Lào Cai"), com("Lùng Phình"), com("Tả Phìn")],
["HỘI NÔNG DÂN TỈNH LÀO CAI", "Bạn đang ở: Trang chủ > Tin hoạt động > Quỹ Hỗ trợ nông dân",
 "Ông Vàng A Dình, Chủ tịch Hội Nông dân tỉnh phát biểu tại buổi giao ban.", "Quỹ Hỗ trợ nông dân", "Lượt truy cập: 3.418"],
["08:15 | 08/10/2013", "quý III năm 2013", "9 tháng năm 2013", "quý II", "quý IV", "tháng 8", "Lượt truy cập: 3.418"]))

PAGES.append(page("b3848-quangtri-phunu-giamsat-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ
Tin tức > Hoạt động giám sát, phản biện
Thứ Sáu, 26/09/2014 - 10:05
Giám sát hoạt động 38 tổ tiết kiệm và vay vốn do Hội Phụ nữ quản lý
Từ ngày 15 đến 24/9/2014, Đoàn giám sát của Ban Thường vụ Hội LHPN tỉnh Quảng Trị do bà Hồ Thị Thu Hằng, Phó Chủ tịch Thường trực Hội LHPN tỉnh làm trưởng đoàn đã tiến hành giám sát chuyên đề năm 2014 về việc thực hiện nhiệm vụ ủy thác cho vay vốn Ngân hàng Chính sách xã hội tại 38 tổ tiết kiệm và vay vốn thuộc 12 xã, thị trấn của các huyện Hướng Hóa, Đakrông, Gio Linh và Hải Lăng.
Bà Hồ Thị Thu Hằng làm việc với tổ vay vốn thôn Vây 2. Ảnh: Thùy Dương
Cuộc giám sát thực hiện theo Kế hoạch số 27/KH-BTV ngày 02/9/2014 của Ban Thường vụ Hội LHPN tỉnh và Quyết định 22-QĐ/TW, 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội. Tham gia đoàn có bà Trần Thị Kim Oanh, Trưởng ban Kinh tế Hội LHPN tỉnh; ông Lê Quang Tuấn, Trưởng phòng Kế hoạch - Nghiệp vụ tín dụng Chi nhánh NHCSXH tỉnh.
Qua giám sát, đoàn đánh giá các tổ cơ bản sinh hoạt đúng quy định; 1.426 hộ vay được bình xét công khai tại thôn; đối chiếu 100% sổ vay vốn của hộ với sổ theo dõi của tổ. Tổng dư nợ của 38 tổ là 21,6 tỷ đồng, bình quân 15,1 triệu đồng/hộ; nợ quá hạn 126 triệu đồng, chiếm 0,58%. Tuy nhiên, đoàn phát hiện 4 trường hợp sử dụng vốn sai mục đích, 2 tổ trưởng thu lãi nhưng chậm nộp với số tiền 17,4 triệu đồng; có 6 tổ họp chưa đủ 2/3 tổ viên.
Tại xã Hướng Phùng, bà Hồ Thị Pơi, Tổ trưởng tổ tiết kiệm và vay vốn thôn Hướng Choa, người Vân Kiều, cho biết tổ có 41 hộ thì 29 hộ là đồng bào dân tộc thiểu số; nhờ vốn vay hộ nghèo, 9 hộ đã có nhà ở ổn định. Ở xã Trung Sơn, chị Nguyễn Thị Diệu, Chủ tịch Hội Phụ nữ xã, đề xuất nâng phí ủy thác cho cán bộ hội cơ sở.
Kết thúc đợt giám sát, đoàn kiến nghị Chi nhánh NHCSXH tỉnh và UBND các huyện chỉ đạo thu hồi 4 khoản vay sai mục đích, thay thế 2 tổ trưởng vi phạm; đề nghị Hội phụ nữ các cấp thực hiện nghiêm 6 công đoạn ủy thác, tăng cường kiểm tra đột xuất ít nhất 2 lần mỗi năm đối với tổ có nợ quá hạn trên 2%.
Phát biểu tại buổi làm việc với Phòng giao dịch NHCSXH huyện Hướng Hóa, bà Hồ Thị Thu Hằng nhấn mạnh giám sát là để giúp tổ hoạt động hiệu quả hơn chứ không phải "bắt lỗi", đồng thời đề nghị giới thiệu thêm 60 hộ cận nghèo đủ điều kiện được vay theo Quyết định số 15/2013/QĐ-TTg.
Thùy Dương
Lượt xem: 415
Tin liên quan
- Hội LHPN tỉnh giao ban 9 tháng năm 2014 (19/09/2014)
- Phụ nữ Đakrông tiết kiệm giúp nhau thoát nghèo (28/08/2014)
- Kiện toàn 15 tổ tiết kiệm và vay vốn tại Vĩnh Linh (11/08/2014)
""", "2014-09-26", "Giám sát hoạt động 38 tổ tiết kiệm và vay vốn do Hội Phụ nữ quản lý",
E("giam_sat", "2014", "2014-09-15"),
[P("Hồ Thị Thu Hằng", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Trần Thị Kim Oanh", "Trưởng ban Kinh tế Hội LHPN tỉnh"),
 P("Lê Quang Tuấn", "Trưởng phòng Kế hoạch - Nghiệp vụ tín dụng Chi nhánh NHCSXH tỉnh"),
 P("Hồ Thị Pơi", "Tổ trưởng tổ tiết kiệm và vay vốn thôn Hướng Choa"),
 P("Nguyễn Thị Diệu", "Chủ tịch Hội Phụ nữ xã")],
[Q("38 tổ tiết kiệm và vay vốn", 38, "tổ tiết kiệm và vay vốn"), Q("12 xã, thị trấn", 12, "xã, thị trấn"),
 Q("1.426 hộ", 1426, "hộ"), Q("100%", 100, "%"), Q("21,6 tỷ đồng", 21600000000, "đồng"), Q("15,1 triệu đồng", 15100000, "đồng"),
 Q("126 triệu đồng", 126000000, "đồng"), Q("0,58%", 0.58, "%"), Q("4 trường hợp", 4, "trường hợp"),
 Q("2 tổ trưởng", 2, "tổ trưởng"), Q("17,4 triệu đồng", 17400000, "đồng"), Q("6 tổ", 6, "tổ"),
 Q("41 hộ", 41, "hộ"), Q("29 hộ", 29, "hộ"), Q("9 hộ", 9, "hộ"), Q("4 khoản vay", 4, "khoản vay"),
 Q("trên 2%", 2, "%", "over"), Q("60 hộ cận nghèo", 60, "hộ cận nghèo")],
[D("Kế hoạch", "27", "KH-BTV", "2014-09-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 27/KH-BTV ngày 02/9/2014"),
 D("Quyết định", "22", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 22-QĐ/TW, 217-QĐ/TW"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 22-QĐ/TW, 217-QĐ/TW"),
 D("Quyết định", "15", "2013/QĐ-TTg", None, None, "Quyết định số 15/2013/QĐ-TTg")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Trung Sơn")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ", "Tin tức > Hoạt động giám sát, phản biện",
 "Bà Hồ Thị Thu Hằng làm việc với tổ vay vốn thôn Vây 2. Ảnh: Thùy Dương", "Lượt xem: 415"],
["Thứ Sáu, 26/09/2014 - 10:05", "2/3 tổ viên", "6 công đoạn", "2 lần mỗi năm", "Lượt xem: 415"]))

PAGES.append(page("b3849-soctrang-hnd-doithoai-2015", """
Báo Sóc Trăng Online
Kinh tế › Nông nghiệp - Nông thôn
Ngày đăng 18/11/2015 | 16:20
Nông dân đối thoại với ngân hàng về vốn vay hộ nghèo
Ngày 17/11, tại hội trường UBND xã Lịch Hội Thượng, Hội Nông dân tỉnh Sóc Trăng phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức hội nghị đối thoại giữa người đứng đầu cấp Hội, ngân hàng với hội viên nông dân năm 2015 về chính sách tín dụng ưu đãi. Tham dự có hơn 150 hội viên, tổ viên tổ tiết kiệm và vay vốn, trong đó khoảng 60% là đồng bào Khmer.
Chủ trì đối thoại có ông Kim Văn Phến, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; ông Thạch Sô Phanh, Phó Giám đốc Chi nhánh NHCSXH tỉnh; bà Trần Thị Ngọc Hân, HUV, Chủ tịch Hội Nông dân huyện Trần Đề.
Quang cảnh buổi đối thoại tại xã Lịch Hội Thượng.
Mở đầu, ông Thạch Sô Phanh thông tin: đến ngày 31/10/2015, Hội Nông dân các cấp trong tỉnh nhận ủy thác 1.094 tỷ đồng, chiếm 38,2% dư nợ toàn chi nhánh, với 1.312 tổ tiết kiệm và vay vốn, 52.760 hộ vay. Riêng huyện Trần Đề, dư nợ qua Hội đạt 97,3 tỷ đồng, 4.318 hộ vay; nợ quá hạn 0,36%.
Tại buổi đối thoại, có 23 ý kiến được nêu trực tiếp, 9 ý kiến gửi bằng văn bản. Ông Sơn Văn Thươl, ấp Bưng Sa, đề nghị nâng mức vay nước sạch và vệ sinh môi trường từ 10 triệu đồng lên 12 triệu đồng/công trình; bà Thạch Thị Sa Phia, Tổ trưởng tổ tiết kiệm và vay vốn ấp Tắc Bướm, kiến nghị kéo dài thời hạn cho vay hộ mới thoát nghèo. Một số hội viên phản ánh thủ tục vay xuất khẩu lao động còn rườm rà, có hộ phải chờ gần 2 tháng.
Trả lời các ý kiến, lãnh đạo ngân hàng cho biết mức vay được thực hiện theo Quyết định số 18/2014/QĐ-TTg và Quyết định 28/2015/QĐ-TTg của Thủ tướng Chính phủ; hộ mới thoát nghèo được vay tối đa 50 triệu đồng/hộ, thời hạn đến 5 năm. Ông Kim Văn Phến đề nghị NHCSXH giải quyết ngay 7 hồ sơ vay vốn tồn đọng tại xã, đồng thời giao Hội Nông dân huyện Trần Đề trong tháng 12 rà soát lại 18 tổ có tổ viên phản ánh.
Ông Kim Văn Phến cũng thông tin thêm: thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội, năm 2015 Ủy ban nhân dân tỉnh đã chuyển sang NHCSXH 15 tỷ đồng ngân sách địa phương để cho vay. Hội vận động nông dân gửi tiết kiệm qua tổ, đến nay số dư tiền gửi đạt 26,8 tỷ đồng.
Dịp này, Hội Nông dân tỉnh trao 30 phần quà cho hộ hội viên nghèo người Khmer xã Lịch Hội Thượng và xã Trung Bình, mỗi phần trị giá 400.000 đồng.
Sa Ngọc
Lượt xem: 990
Các tin đã đưa
- Sóc Trăng: 2.300 hộ thoát nghèo nhờ vốn chính sách (05/11/2015)
- Hội Nông dân Mỹ Xuyên ra mắt tổ hợp tác nuôi tôm (28/10/2015)
- Tổng kết 10 năm Quỹ Hỗ trợ nông dân (20/10/2015)
""", "2015-11-18", "Nông dân đối thoại với ngân hàng về vốn vay hộ nghèo",
E("doi_thoai", "2015", "2015-11-17"),
[P("Kim Văn Phến", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sô Phanh", "Phó Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Trần Thị Ngọc Hân", "HUV", "Chủ tịch Hội Nông dân huyện Trần Đề"),
 P("Sơn Văn Thươl"),
 P("Thạch Thị Sa Phia", "Tổ trưởng tổ tiết kiệm và vay vốn ấp Tắc Bướm")],
[Q("hơn 150 hội viên, tổ viên", 150, "hội viên, tổ viên", "over"), Q("khoảng 60%", 60, "%", "approx"),
 Q("1.094 tỷ đồng", 1094000000000, "đồng"), Q("38,2%", 38.2, "%"), Q("1.312 tổ tiết kiệm và vay vốn", 1312, "tổ tiết kiệm và vay vốn"),
 Q("52.760 hộ", 52760, "hộ"), Q("97,3 tỷ đồng", 97300000000, "đồng"), Q("4.318 hộ", 4318, "hộ"), Q("0,36%", 0.36, "%"),
 Q("23 ý kiến", 23, "ý kiến"), Q("9 ý kiến", 9, "ý kiến"), Q("10 triệu đồng", 10000000, "đồng"), Q("12 triệu đồng", 12000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("7 hồ sơ vay vốn", 7, "hồ sơ vay vốn"), Q("18 tổ", 18, "tổ"),
 Q("15 tỷ đồng", 15000000000, "đồng"), Q("26,8 tỷ đồng", 26800000000, "đồng"), Q("30 phần quà", 30, "phần quà"),
 Q("400.000 đồng", 400000, "đồng")],
[D("Quyết định", "18", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2014/QĐ-TTg"),
 D("Quyết định", "28", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2015/QĐ-TTg"),
 D("Chỉ thị", "40", "CT/TW", "2014-11-22", "Ban Bí thư", "Chỉ thị số 40-CT/TW ngày 22/11/2014")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Trung Bình")],
["Báo Sóc Trăng Online", "Kinh tế › Nông nghiệp - Nông thôn", "Quang cảnh buổi đối thoại tại xã Lịch Hội Thượng.", "Lượt xem: 990"],
["Ngày đăng 18/11/2015 | 16:20", "năm 2015", "gần 2 tháng", "5 năm", "tháng 12", "Lượt xem: 990", "31/10/2015"]))

PAGES.append(page("b3850-daklak-phunu-taphuan-2016", """
Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk
Trang chủ / Tin tức / Hoạt động các cấp Hội
Thứ Năm, 12/05/2016
Ảnh: Các học viên trao đổi tại lớp tập huấn.
Buôn Đôn: Tập huấn nghiệp vụ cho 85 tổ trưởng tổ tiết kiệm và vay vốn
Trong 2 ngày 10 và 11/5/2016, Hội LHPN tỉnh phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội huyện Buôn Đôn mở lớp tập huấn nghiệp vụ ủy thác năm 2016 cho 85 tổ trưởng tổ tiết kiệm và vay vốn và 14 chủ tịch, phó chủ tịch hội phụ nữ cơ sở trên địa bàn huyện. Đến dự khai mạc có bà H'Nga Byă, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; bà Nguyễn Thị Thanh Hương, Phó Chủ tịch Hội LHPN tỉnh; ông Y Sơn Niê, Giám đốc Phòng giao dịch NHCSXH huyện Buôn Đôn.
Tại lớp tập huấn, các học viên được truyền đạt nội dung Văn bản thỏa thuận số 2052/VBTT và Hợp đồng ủy thác số 64/HĐUT giữa NHCSXH với Hội LHPN, quy trình bình xét cho vay, cách ghi chép sổ sách, thu lãi, thu tiết kiệm; cách phòng tránh nợ quá hạn, nợ bị chiếm dụng. Giảng viên là cán bộ Ban Kinh tế Hội LHPN tỉnh và Phòng giao dịch NHCSXH huyện.
Theo báo cáo, đến tháng 4/2016 Hội LHPN huyện Buôn Đôn đang quản lý 76 tổ tiết kiệm và vay vốn với tổng dư nợ 92,4 tỷ đồng, 3.215 hộ vay, trong đó 1.468 hộ là đồng bào dân tộc thiểu số Êđê, M'nông, Lào. Tỷ lệ nợ quá hạn còn 0,74%, cao hơn bình quân toàn tỉnh 0,31%. Toàn huyện còn 9 tổ xếp loại trung bình, 2 tổ yếu.
Cũng dịp này, Phòng giao dịch NHCSXH huyện thông tin 4 tháng đầu năm 2016 đã giải ngân 18,6 tỷ đồng cho 812 lượt hộ vay, trong đó chương trình cho vay hộ nghèo chiếm khoảng 45%. Đã có 230 hộ trả nợ trước hạn sau khi thoát nghèo, 17 hộ xin ra khỏi danh sách hộ nghèo.
Chia sẻ tại lớp học, bà H'Bia Mlô, Tổ trưởng tổ tiết kiệm và vay vốn buôn Trí A, xã Ea Wer, cho biết tổ của chị có 47 tổ viên, mỗi tháng tiết kiệm từ 50.000 đồng trở lên, sau 3 năm đã tích lũy được hơn 70 triệu đồng. Bà Y Khuê Ayun, Chủ tịch Hội LHPN xã Krông Na, đề nghị in tài liệu hướng dẫn song ngữ Việt - Êđê cho tổ trưởng.
Phát biểu bế mạc, bà H'Nga Byă đề nghị học viên vận dụng kiến thức vào thực tế, thực hiện tốt Chỉ thị số 40-CT/TW của Ban Bí thư và Kế hoạch 112-KH/TU, 113-KH/TU của Tỉnh ủy; năm 2016 phấn đấu giảm nợ quá hạn xuống dưới 0,5%, mỗi tổ vận động thêm ít nhất 3 hộ gửi tiết kiệm. Dịp này, Hội LHPN tỉnh tặng 20 bộ sổ sách, văn phòng phẩm cho các tổ mới thành lập.
H'Nhi
Lượt xem: 533
Tin liên quan
- Hội LHPN tỉnh sơ kết quý I năm 2016 (15/04/2016)
- Phụ nữ Êđê vay vốn nuôi bò sinh sản (02/04/2016)
- Ra mắt 12 tổ tiết kiệm và vay vốn tại Krông Bông (18/03/2016)
- Hội LHPN xã Ea Nuôl trao vốn cho 15 hội viên nghèo (09/03/2016)
""", "2016-05-12", "Buôn Đôn: Tập huấn nghiệp vụ cho 85 tổ trưởng tổ tiết kiệm và vay vốn",
E("tap_huan", "2016", "2016-05-10"),
[P("H'Nga Byă", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Thanh Hương", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Y Sơn Niê", "Giám đốc Phòng giao dịch NHCSXH huyện Buôn Đôn"),
 P("H'Bia Mlô", "Tổ trưởng tổ tiết kiệm và vay vốn buôn Trí A"),
 P("Y Khuê Ayun", "Chủ tịch Hội LHPN xã Krông Na")],
[Q("85 tổ trưởng tổ tiết kiệm và vay vốn", 85, "tổ trưởng tổ tiết kiệm và vay vốn"),
 Q("14 chủ tịch, phó chủ tịch hội phụ nữ cơ sở", 14, "chủ tịch, phó chủ tịch hội phụ nữ cơ sở"),
 Q("76 tổ tiết kiệm và vay vốn", 76, "tổ tiết kiệm và vay vốn"), Q("92,4 tỷ đồng", 92400000000, "đồng"), Q("3.215 hộ", 3215, "hộ"),
 Q("1.468 hộ", 1468, "hộ"), Q("0,74%", 0.74, "%"), Q("0,31%", 0.31, "%"), Q("9 tổ", 9, "tổ"), Q("2 tổ yếu", 2, "tổ yếu"),
 Q("47 tổ viên", 47, "tổ viên"), Q("từ 50.000 đồng trở lên", 50000, "đồng", "over"), Q("hơn 70 triệu đồng", 70000000, "đồng", "over"),
 Q("dưới 0,5%", 0.5, "%"), Q("ít nhất 3 hộ", 3, "hộ", "over"), Q("20 bộ sổ sách, văn phòng phẩm", 20, "bộ sổ sách, văn phòng phẩm"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("812 lượt hộ", 812, "lượt hộ"), Q("khoảng 45%", 45, "%", "approx"), Q("230 hộ", 230, "hộ"), Q("17 hộ", 17, "hộ")],
[D("Văn bản thỏa thuận", "2052", "VBTT", None, None, "Văn bản thỏa thuận số 2052/VBTT"),
 D("Hợp đồng ủy thác", "64", "HĐUT", None, None, "Hợp đồng ủy thác số 64/HĐUT"),
 D("Chỉ thị", "40", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 40-CT/TW"),
 D("Kế hoạch", "112", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 112-KH/TU, 113-KH/TU"),
 D("Kế hoạch", "113", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 112-KH/TU, 113-KH/TU")],
[prov("Đắk Lắk"), com("Ea Wer"), com("Krông Na")],
["Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk", "Trang chủ / Tin tức / Hoạt động các cấp Hội", "Ảnh: Các học viên trao đổi tại lớp tập huấn.", "Lượt xem: 533"],
["Thứ Năm, 12/05/2016", "2 ngày", "năm 2016", "3 năm", "tháng 4/2016", "4 tháng đầu năm 2016", "Lượt xem: 533"]))
