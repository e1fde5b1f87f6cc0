from lib import *
PAGES = []

PAGES.append(page("b4319-hatinh-giaoban-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH
Trang chủ » Tin tức » Hoạt động Hội
06/06/2025 09:42 GMT+7
Ảnh: Toàn cảnh buổi giao ban.
Hà Tĩnh: 1.036 trẻ em được các "mẹ đỡ đầu" chăm lo
Sáng 5/6/2025, Thường trực Hội LHPN tỉnh Hà Tĩnh tổ chức giao ban công tác tháng 5/2025 với chủ tịch hội phụ nữ 13 huyện, thị xã, thành phố, tập trung đánh giá kết quả Tháng hành động vì trẻ em và chuẩn bị sắp xếp tổ chức Hội khi thực hiện chính quyền địa phương hai cấp. Bà Nguyễn Thị Nữ Ý, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự; bà Nguyễn Thị Hoài Thu, Chủ tịch Hội LHPN tỉnh chủ trì.
Theo báo cáo, trong tháng 5, các cấp hội đã vận động 118 hội viên nhận đỡ đầu thêm 124 trẻ em mồ côi, nâng tổng số trẻ em được đỡ đầu lên 1.036 em; trao 2.480 suất quà nhân ngày Quốc tế thiếu nhi 1/6, trị giá gần 1,1 tỷ đồng. Phối hợp Tỉnh đoàn, Hội mở 73 lớp dạy bơi cho 2.190 trẻ em ở các xã ven sông La, sông Ngàn Phố và vùng bãi ngang; 11 câu lạc bộ "Phòng, chống xâm hại trẻ em" được thành lập tại trường học.
Về phòng, chống bạo lực gia đình, trong tháng các cấp hội phát hiện 6 vụ, hòa giải thành 5 vụ; 1 vụ xâm hại trẻ em ở huyện Hương Khê đã được chuyển Công an tỉnh điều tra. Thực hiện Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư và Kế hoạch số 302-KH/TU ngày 14/4/2025 của Ban Thường vụ Tỉnh ủy về sắp xếp tổ chức bộ máy, Hội đã hoàn thành phương án sáp nhập 209 cơ sở hội cấp xã thành 69 cơ sở hội xã, phường mới; bảo đảm không để gián đoạn các mô hình chăm lo trẻ em.
Tại buổi giao ban, bà Trần Thị Thanh Hương, Chủ tịch Hội LHPN huyện Vũ Quang, đề xuất bàn giao danh sách trẻ em được đỡ đầu cho hội phụ nữ xã mới trước ngày 30/6. Bà Phan Thị Lệ, Chủ tịch Hội LHPN xã Thạch Kim, huyện Lộc Hà, chia sẻ mô hình "Nồi cháo yêu thương" phục vụ 40 trẻ em nghèo mỗi sáng Chủ nhật.
Phát biểu, bà Nguyễn Thị Nữ Ý ghi nhận Hội đã chủ động, không để công tác chuyên môn chững lại trong thời gian sắp xếp; đề nghị mỗi cơ sở hội mới duy trì ít nhất 1 mô hình chăm sóc, bảo vệ trẻ em; rà soát 100% trẻ em có hoàn cảnh đặc biệt sau sáp nhập.
Bà Nguyễn Thị Hoài Thu yêu cầu tháng 6 tập trung tổ chức các lớp bơi, tuyên truyền phòng, chống đuối nước dịp hè; hoàn thành trao 150 suất học bổng "Nâng bước em đến trường", mỗi suất 2 triệu đồng, trước ngày 25/6.
Cũng tại buổi giao ban, Hội LHPN tỉnh trao 20 triệu đồng hỗ trợ gia đình 2 cháu nhỏ bị đuối nước tại huyện Nghi Xuân, nhắc nhở các chi hội tăng cường "mắt thần" giám sát khu vực ao hồ, bến sông.
Thu Hà
Lượt xem: 1.326
Tin liên quan
- Cẩm Xuyên: trao 50 suất quà cho trẻ em mồ côi (30/05/2025)
- Hội LHPN tỉnh sơ kết quý I năm 2025 (08/04/2025)
- Phát động Tháng hành động vì trẻ em năm 2025 (28/05/2025)
""", "2025-06-06", 'Hà Tĩnh: 1.036 trẻ em được các "mẹ đỡ đầu" chăm lo',
E("giao_ban", "2025-05", "2025-06-05"),
[P("Nguyễn Thị Nữ Ý", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hoài Thu", "Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Thanh Hương", "Chủ tịch Hội LHPN huyện Vũ Quang"),
 P("Phan Thị Lệ", "Chủ tịch Hội LHPN xã Thạch Kim")],
[Q("1.036 trẻ em", 1036, "trẻ em"), Q("13 huyện, thị xã, thành phố", 13, "huyện, thị xã, thành phố"),
 Q("118 hội viên", 118, "hội viên"), Q("124 trẻ em mồ côi", 124, "trẻ em mồ côi"), Q("2.480 suất quà", 2480, "suất quà"),
 Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("73 lớp dạy bơi", 73, "lớp dạy bơi"), Q("2.190 trẻ em", 2190, "trẻ em"),
 Q("11 câu lạc bộ", 11, "câu lạc bộ"), Q("6 vụ", 6, "vụ"), Q("5 vụ", 5, "vụ"), Q("1 vụ xâm hại trẻ em", 1, "vụ xâm hại trẻ em"),
 Q("209 cơ sở hội cấp xã", 209, "cơ sở hội cấp xã"), Q("69 cơ sở hội xã, phường mới", 69, "cơ sở hội xã, phường mới"),
 Q("40 trẻ em nghèo", 40, "trẻ em nghèo"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("100%", 100, "%"),
 Q("150 suất học bổng", 150, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"), Q("2 cháu nhỏ", 2, "cháu nhỏ")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kế hoạch", "302", "KH/TU", "2025-04-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 302-KH/TU ngày 14/4/2025")],
[prov("Hà Tĩnh"), com("Thạch Kim")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH", "Trang chủ » Tin tức » Hoạt động Hội", "Ảnh: Toàn cảnh buổi giao ban.",
 "Tháng hành động vì trẻ em", "Phòng, chống xâm hại trẻ em", "Nồi cháo yêu thương", "Nâng bước em đến trường", "Lượt xem: 1.326", "Hương Khê", "Lộc Hà"],
["06/06/2025 09:42 GMT+7", "tháng 5/2025", "tháng 5", "ngày Quốc tế thiếu nhi 1/6", "hai cấp", "ngày 30/6", "tháng 6", "ngày 25/6"]))

PAGES.append(page("b4320-tuyenquang-trungthu-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Xã hội | Đoàn thể
Thứ Ba, 30/09/2025 - 18:10
Mang "Trung thu cho em" đến 2.000 trẻ em vùng cao Lũng Cú, Đồng Văn
Ngày 29/9, Tỉnh đoàn Tuyên Quang phối hợp Hội LHPN tỉnh và Báo Tuổi Trẻ tổ chức chương trình "Trung thu cho em" năm 2025, trao tặng 2.000 suất quà Trung thu cho trẻ em tại xã Lũng Cú và xã Đồng Văn. Dự có đồng chí Hầu Văn Páo, Phó Chủ tịch UBND tỉnh; đồng chí Vàng Thị Mai, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Ma Thế Anh, Bí thư Tỉnh đoàn.
Ảnh: Các em nhỏ người Lô Lô rước đèn tại sân trường.
Mỗi suất quà gồm bánh, sữa, đèn ông sao, áo ấm và đồ dùng học tập, trị giá 350.000 đồng; tổng trị giá chương trình khoảng 900 triệu đồng, trong đó có 150 chiếc xe đạp và 300 bộ chăn, đệm tặng học sinh bán trú. Đoàn còn trao 2 công trình "Bếp ăn bán trú" cho Trường PTDTBT Tiểu học Lũng Cú và Trường PTDTBT THCS Đồng Văn, mỗi công trình 120 triệu đồng.
Đồng chí Ma Thế Anh cho biết, thực hiện Kế hoạch số 215-KH/TĐTN-TNNT ngày 20/8/2025 của Ban Thường vụ Tỉnh đoàn, dịp Tết Trung thu năm nay các cơ sở đoàn toàn tỉnh trao trên 26.000 suất quà cho thiếu nhi, tổ chức 124 đêm hội trăng rằm tại các xã mới sau sắp xếp. Riêng tại 2 xã Lũng Cú, Đồng Văn, đoàn viên đã vận động 86 "anh nuôi, chị nuôi" nhận đỡ đầu 92 học sinh người Mông, Lô Lô có hoàn cảnh đặc biệt.
Bà Vàng Thị Mai thông tin: sau sáp nhập, tỉnh Tuyên Quang có 124 xã, phường với trên 3.800 chi hội phụ nữ; các cấp hội đang duy trì 1.540 "mẹ đỡ đầu" và 312 bếp ăn bán trú có hội viên tham gia nấu ăn. Hội đang triển khai Quyết định số 06/QĐ-ĐCT của Đoàn Chủ tịch Trung ương Hội về mô hình "Mẹ đỡ đầu" giai đoạn mới.
Đồng chí Sùng Mí Chá, Chủ tịch UBND xã Lũng Cú, và đồng chí Lò Thị Dín, Bí thư Đoàn xã Đồng Văn, thay mặt trẻ em hai xã cảm ơn các nhà hảo tâm. Em Sình Thị Mỷ, lớp 4, nói: "Năm nay em được chiếc đèn ông sao đầu tiên".
Phát biểu, đồng chí Hầu Văn Páo đề nghị các tổ chức tiếp tục thực hiện Nghị quyết số 57/NQ-CP của Chính phủ và Chỉ thị 09/CT-UBND của UBND tỉnh về chăm lo trẻ em vùng đồng bào dân tộc thiểu số; bảo đảm 100% học sinh bán trú có bữa ăn đủ chất trong năm học 2025 - 2026.
Dịp này, Tỉnh đoàn phát động ủng hộ "Áo ấm vùng cao", tiếp nhận 1.200 áo ấm, 700 triệu đồng từ các nhà tài trợ. Ngay trong đêm, các đoàn viên đã cùng thầy cô tổ chức rước đèn, phá cỗ cho hơn 600 học sinh ở lại trường bán trú.
Minh Thư
Lượt xem: 2.205
Tin khác
- Xã Mèo Vạc ra mắt câu lạc bộ bơi cho trẻ em (25/09/2025)
- Trao 500 suất học bổng cho học sinh vùng cao (20/09/2025)
- Hội LHPN tỉnh tập huấn kỹ năng cho chủ tịch hội xã mới (15/09/2025)
""", "2025-09-30", 'Mang "Trung thu cho em" đến 2.000 trẻ em vùng cao Lũng Cú, Đồng Văn',
E("trao_qua", None, "2025-09-29"),
[P("Hầu Văn Páo", "Phó Chủ tịch UBND tỉnh"),
 P("Vàng Thị Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Ma Thế Anh", "Bí thư Tỉnh đoàn"),
 P("Sùng Mí Chá", "Chủ tịch UBND xã Lũng Cú"),
 P("Lò Thị Dín", "Bí thư Đoàn xã Đồng Văn"),
 P("Sình Thị Mỷ")],
[Q("2.000 trẻ em", 2000, "trẻ em"), Q("2.000 suất quà", 2000, "suất quà"), Q("350.000 đồng", 350000, "đồng"),
 Q("khoảng 900 triệu đồng", 900000000, "đồng", "approx"), Q("150 chiếc xe đạp", 150, "chiếc xe đạp"), Q("300 bộ chăn, đệm", 300, "bộ chăn, đệm"),
 Q('2 công trình "Bếp ăn bán trú"', 2, "công trình"), Q("120 triệu đồng", 120000000, "đồng"), Q("trên 26.000 suất quà", 26000, "suất quà", "over"),
 Q("124 đêm hội trăng rằm", 124, "đêm hội trăng rằm"), Q('86 "anh nuôi, chị nuôi"', 86, "anh nuôi, chị nuôi"),
 Q("92 học sinh người Mông, Lô Lô", 92, "học sinh người Mông, Lô Lô"), Q("124 xã, phường", 124, "xã, phường"),
 Q("trên 3.800 chi hội phụ nữ", 3800, "chi hội phụ nữ", "over"), Q('1.540 "mẹ đỡ đầu"', 1540, "mẹ đỡ đầu"),
 Q("312 bếp ăn bán trú", 312, "bếp ăn bán trú"), Q("100%", 100, "%"), Q("1.200 áo ấm", 1200, "áo ấm"), Q("700 triệu đồng", 700000000, "đồng"), Q("hơn 600 học sinh", 600, "học sinh", "over"), Q("2 xã", 2, "xã")],
[D("Kế hoạch", "215", "KH/TĐTN-TNNT", "2025-08-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 215-KH/TĐTN-TNNT ngày 20/8/2025"),
 D("Quyết định", "06", "QĐ-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội", "Quyết định số 06/QĐ-ĐCT"),
 D("Nghị quyết", "57", "NQ-CP", None, "Chính phủ", "Nghị quyết số 57/NQ-CP"),
 D("Chỉ thị", "09", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 09/CT-UBND")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Đồng Văn")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Xã hội | Đoàn thể", "Ảnh: Các em nhỏ người Lô Lô rước đèn tại sân trường.",
 "Trung thu cho em", "Báo Tuổi Trẻ", "Bếp ăn bán trú", "Mẹ đỡ đầu", "Áo ấm vùng cao", "Lượt xem: 2.205"],
["Thứ Ba, 30/09/2025 - 18:10", "năm 2025", "lớp 4", "năm học 2025 - 2026", "hai xã", "Tết Trung thu"]))

PAGES.append(page("b4321-vinhlong-tongket-2025", """
HỘI LHPN TỈNH VĨNH LONG
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
Cập nhật: 16:05, 26/12/2025 (GMT+7)
Ảnh: Bà Nguyễn Thị Minh Trang phát biểu chỉ đạo hội nghị.
Vĩnh Long: năm 2025 có 4.318 trẻ em được nhận đỡ đầu
Ngày 25/12/2025, Hội LHPN tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025 - năm đầu tiên sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Dự có bà Nguyễn Thị Minh Trang, Phó Bí thư Tỉnh ủy; ông Kim Ngọc Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Bà Trần Thị Thanh Lam, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì.
Theo báo cáo, năm 2025 các cấp hội trong tỉnh đã vận động 3.972 cán bộ, hội viên, mạnh thường quân nhận đỡ đầu 4.318 trẻ em mồ côi, trẻ em nghèo, với số tiền hỗ trợ hơn 13,6 tỷ đồng; trao 312 suất học bổng "Tiếp bước cho em đến trường", mỗi suất từ 1 - 3 triệu đồng. Phối hợp Tỉnh đoàn tổ chức 418 lớp dạy bơi cho 12.560 trẻ em; thành lập 96 câu lạc bộ "Gia đình hạnh phúc" và 54 "Địa chỉ tin cậy" ở các xã, phường mới.
Các cấp hội đã phát hiện, phối hợp xử lý 143 vụ bạo lực gia đình, 27 vụ xâm hại trẻ em, trong đó 19 vụ đã khởi tố. Hội triển khai Kế hoạch số 19-KH/ĐĐ ngày 22/8/2025 của Đảng đoàn Hội LHPN tỉnh và Quyết định số 2050/QĐ-UBND, 2051/QĐ-UBND của UBND tỉnh về thực hiện Chương trình phòng, chống bạo lực gia đình trong tình hình mới; ký Quy chế phối hợp số 03/QCPH-HPN-CA với Công an tỉnh về tiếp nhận, xử lý tin báo xâm hại trẻ em.
Tại hội nghị, bà Thạch Thị Sa Vy, Chủ tịch Hội LHPN phường Trà Vinh, chia sẻ mô hình "Nhóm bảo vệ trẻ em trong khóm, ấp" với 28 nhóm; bà Võ Thị Hồng Nhiên, Chủ tịch Hội LHPN xã Hương Mỹ, giới thiệu cách vận động 17 hộ khá giả nhận nuôi trẻ em có cha mẹ đi lao động xa. Bà Lê Thị Kim Loan, Chủ tịch Hội LHPN phường Long Châu, kiến nghị bố trí cán bộ chuyên trách công tác trẻ em ở cấp xã sau khi không còn cấp huyện.
Phát biểu chỉ đạo, bà Nguyễn Thị Minh Trang biểu dương 100% cơ sở hội hoàn thành sắp xếp đúng tiến độ; đề nghị năm 2026 Hội phấn đấu không dưới 90% trẻ mồ côi cả cha lẫn mẹ có "mẹ đỡ đầu", thực hiện Chỉ thị 45-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp gắn với chuẩn bị đại hội phụ nữ các cấp.
Dịp này, Hội LHPN tỉnh khen thưởng 42 tập thể, 67 cá nhân; các bà Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Bé Mười, Sơn Thị Chanh Đa, Huỳnh Thị Ngọc Hân trao kỷ niệm chương cho 15 mẹ đỡ đầu tiêu biểu.
Thanh Thảo
Lượt xem: 1.598
Tin liên quan
- Trà Cú: ra mắt 3 "Địa chỉ tin cậy" (15/12/2025)
- Trao 100 suất học bổng cho học sinh Khmer (05/12/2025)
- Hội LHPN tỉnh giao ban quý III năm 2025 (10/10/2025)
""", "2025-12-26", "Vĩnh Long: năm 2025 có 4.318 trẻ em được nhận đỡ đầu",
E("tong_ket", "2025", "2025-12-25"),
[P("Nguyễn Thị Minh Trang", "Phó Bí thư Tỉnh ủy"),
 P("Kim Ngọc Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Thanh Lam", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sa Vy", "Chủ tịch Hội LHPN phường Trà Vinh"),
 P("Võ Thị Hồng Nhiên", "Chủ tịch Hội LHPN xã Hương Mỹ"),
 P("Lê Thị Kim Loan", "Chủ tịch Hội LHPN phường Long Châu"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Sơn Thị Chanh Đa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Huỳnh Thị Ngọc Hân", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("4.318 trẻ em", 4318, "trẻ em"), Q("3.972 cán bộ, hội viên, mạnh thường quân", 3972, "cán bộ, hội viên, mạnh thường quân"),
 Q("hơn 13,6 tỷ đồng", 13600000000, "đồng", "over"), Q("312 suất học bổng", 312, "suất học bổng"),
 Q("1 - 3 triệu đồng", 1000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"), Q("418 lớp dạy bơi", 418, "lớp dạy bơi"),
 Q("12.560 trẻ em", 12560, "trẻ em"), Q("96 câu lạc bộ", 96, "câu lạc bộ"), Q('54 "Địa chỉ tin cậy"', 54, "Địa chỉ tin cậy"),
 Q("143 vụ bạo lực gia đình", 143, "vụ bạo lực gia đình"), Q("27 vụ xâm hại trẻ em", 27, "vụ xâm hại trẻ em"), Q("19 vụ", 19, "vụ"),
 Q("28 nhóm", 28, "nhóm"), Q("17 hộ khá giả", 17, "hộ khá giả"), Q("100%", 100, "%"), Q("không dưới 90%", 90, "%", "over"),
 Q("42 tập thể", 42, "tập thể"), Q("67 cá nhân", 67, "cá nhân"), Q("15 mẹ đỡ đầu tiêu biểu", 15, "mẹ đỡ đầu tiêu biểu")],
[D("Kế hoạch", "19", "KH/ĐĐ", "2025-08-22", "Đảng đoàn Hội LHPN tỉnh", "Kế hoạch số 19-KH/ĐĐ ngày 22/8/2025"),
 D("Quyết định", "2050", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2050/QĐ-UBND"),
 D("Quyết định", "2051", "QĐ-UBND", None, "UBND tỉnh", "2051/QĐ-UBND"),
 D("Quy chế phối hợp", "03", "QCPH-HPN-CA", None, None, "Quy chế phối hợp số 03/QCPH-HPN-CA"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 45-CT/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Hương Mỹ"), com("Long Châu")],
["HỘI LHPN TỈNH VĨNH LONG", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội", "Ảnh: Bà Nguyễn Thị Minh Trang phát biểu chỉ đạo hội nghị.",
 "Tiếp bước cho em đến trường", "Gia đình hạnh phúc", "Địa chỉ tin cậy", "Nhóm bảo vệ trẻ em trong khóm, ấp", "Lượt xem: 1.598"],
["Cập nhật: 16:05, 26/12/2025 (GMT+7)", "năm 2025", "năm 2026", "ba tỉnh"]))

PAGES.append(page("b4322-lamdong-diendan-2026", """
TỈNH ĐOÀN LÂM ĐỒNG
Trang chủ › Tin tức › Công tác Đội và phong trào thiếu nhi
Ngày đăng 30/05/2026 | 10:45
Chủ Nhật, 31/05/2026
Lãnh đạo tỉnh đối thoại với 200 thiếu nhi tại Diễn đàn trẻ em năm 2026
Sáng 29/5, tại phường Xuân Hương - Đà Lạt, UBND tỉnh Lâm Đồng phối hợp Tỉnh đoàn, Hội LHPN tỉnh tổ chức Diễn đàn trẻ em tỉnh năm 2026 với chủ đề "Trẻ em được bảo vệ trên môi trường mạng và trong gia đình". Các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Ngọc Phúc, Đinh Văn Tuấn trực tiếp đối thoại với 200 đại biểu thiếu nhi đến từ các xã, phường của 3 khu vực Lâm Đồng, Đắk Nông, Bình Thuận cũ.
Các em thiếu nhi đặt câu hỏi cho lãnh đạo tỉnh tại diễn đàn.
Tham dự có đồng chí Ka Thị Nhung, Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh; đồng chí H'Loan Niê, Phó Chủ tịch Hội LHPN tỉnh; đại diện Công an tỉnh, Sở Giáo dục và Đào tạo, Sở Y tế.
Tại diễn đàn, các em đã nêu 26 câu hỏi, kiến nghị về các vấn đề: bắt nạt học đường, lừa đảo qua mạng, thiếu bể bơi, trẻ em phải ở nhà một mình khi cha mẹ đi rẫy. Em K'Huyền, học sinh lớp 8 xã Lạc Dương, hỏi: "Vì sao xã em chưa có bể bơi, mùa mưa các bạn vẫn tắm suối?". Đồng chí Nguyễn Ngọc Phúc cho biết năm 2026 tỉnh bố trí 18 tỷ đồng xây dựng 12 bể bơi trường học tại các xã vùng đồng bào dân tộc thiểu số, ưu tiên 6 xã có trẻ em đuối nước năm 2025.
Trả lời em Nguyễn Minh Khang, phường Phan Thiết, về tình trạng trẻ bị bạo lực trong gia đình, Thượng tá Lê Văn Hùng, Phó Giám đốc Công an tỉnh, thông tin: 5 tháng đầu năm 2026, Công an tỉnh đã tiếp nhận 34 tin báo về xâm hại, bạo lực trẻ em, khởi tố 21 vụ với 23 bị can; đường dây nóng 111 đã chuyển 58 cuộc gọi về các cơ sở.
Đồng chí H'Loan Niê cho biết, thực hiện Kế hoạch số 12-KH/HPN ngày 08/3/2026 của Ban Thường vụ Hội LHPN tỉnh, các cấp hội đã kết nối 2.245 "mẹ đỡ đầu" cho 2.390 trẻ em mồ côi; thành lập 64 câu lạc bộ "Cha mẹ đồng hành" tại 64 xã, phường. Riêng xã Quảng Trực, 100% trẻ em người Mnông mồ côi đã có người đỡ đầu.
Kết luận diễn đàn, đồng chí Đinh Văn Tuấn tiếp thu 26 câu hỏi, giao các sở, ngành trả lời bằng văn bản các nội dung còn lại trong 30 ngày; đề nghị thực hiện Nghị quyết số 33/2026/NQ-HĐND của HĐND tỉnh về hỗ trợ bữa ăn bán trú và Quyết định 156, 157/QĐ-UBND về bảo vệ trẻ em. Dịp này, UBND tỉnh trao 100 suất quà, mỗi suất 1 triệu đồng cho các đại biểu thiếu nhi có hoàn cảnh đặc biệt.
Đồng chí Ka Thị Nhung phát động Tháng hành động vì trẻ em năm 2026, đặt chỉ tiêu mở trên 300 lớp dạy bơi miễn phí cho khoảng 9.000 trẻ em trong hè.
Phương Thảo
Lượt xem: 986
Tin liên quan
- Bảo Lộc: khai mạc lớp dạy bơi hè 2026 (25/05/2026)
- Trao 60 suất học bổng cho học sinh K'Ho (20/05/2026)
- Hội đồng Đội tỉnh tổng kết năm học 2025 - 2026 (15/05/2026)
""", "2026-05-30", "Lãnh đạo tỉnh đối thoại với 200 thiếu nhi tại Diễn đàn trẻ em năm 2026",
E("doi_thoai", "2026", "2026-05-29"),
[P("Nguyễn Ngọc Phúc", "Phó Chủ tịch UBND tỉnh"),
 P("Đinh Văn Tuấn", "Phó Chủ tịch UBND tỉnh"),
 P("Ka Thị Nhung", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("H'Loan Niê", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("K'Huyền"), P("Nguyễn Minh Khang"),
 P("Lê Văn Hùng", "Thượng tá", "Phó Giám đốc Công an tỉnh")],
[Q("200 thiếu nhi", 200, "thiếu nhi"), Q("3 khu vực", 3, "khu vực"), Q("26 câu hỏi, kiến nghị", 26, "câu hỏi, kiến nghị"),
 Q("18 tỷ đồng", 18000000000, "đồng"), Q("12 bể bơi trường học", 12, "bể bơi trường học"), Q("6 xã", 6, "xã"),
 Q("34 tin báo", 34, "tin báo"), Q("21 vụ", 21, "vụ"), Q("23 bị can", 23, "bị can"), Q("58 cuộc gọi", 58, "cuộc gọi"),
 Q('2.245 "mẹ đỡ đầu"', 2245, "mẹ đỡ đầu"), Q("2.390 trẻ em mồ côi", 2390, "trẻ em mồ côi"), Q("64 câu lạc bộ", 64, "câu lạc bộ"),
 Q("64 xã, phường", 64, "xã, phường"), Q("100%", 100, "%"), Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("trên 300 lớp dạy bơi", 300, "lớp dạy bơi", "over"), Q("khoảng 9.000 trẻ em", 9000, "trẻ em", "approx")],
[D("Kế hoạch", "12", "KH/HPN", "2026-03-08", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 12-KH/HPN ngày 08/3/2026"),
 D("Nghị quyết", "33", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 33/2026/NQ-HĐND"),
 D("Quyết định", "156", "QĐ-UBND", None, None, "Quyết định 156, 157/QĐ-UBND"),
 D("Quyết định", "157", "QĐ-UBND", None, None, "Quyết định 156, 157/QĐ-UBND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Lạc Dương"), com("Phan Thiết"), com("Quảng Trực")],
["TỈNH ĐOÀN LÂM ĐỒNG", "Trang chủ › Tin tức › Công tác Đội và phong trào thiếu nhi", "Các em thiếu nhi đặt câu hỏi cho lãnh đạo tỉnh tại diễn đàn.",
 "Trẻ em được bảo vệ trên môi trường mạng và trong gia đình", "Diễn đàn trẻ em", "Cha mẹ đồng hành", "Lượt xem: 986"],
["Ngày đăng 30/05/2026 | 10:45", "Chủ Nhật, 31/05/2026", "năm 2026", "lớp 8", "năm 2025", "5 tháng đầu năm 2026", "đường dây nóng 111", "30 ngày"]))

PAGES.append(page("b4323-dongnai-taphuan-2026", """
Báo Đồng Nai điện tử
Xã hội > Giáo dục - Đoàn thể
Thứ Sáu, 05/06/2026, 08:05
Ảnh: Học viên thực hành sơ cứu trẻ bị đuối nước.
120 đoàn viên, hội viên được tập huấn dạy bơi, phòng chống xâm hại trẻ em
Trong 2 ngày 3 và 4/6/2026, Tỉnh đoàn Đồng Nai phối hợp Hội LHPN tỉnh tổ chức lớp tập huấn nghiệp vụ hướng dẫn viên bơi an toàn và kỹ năng phòng, chống xâm hại trẻ em năm 2026 tại phường Bình Phước. Đồng chí Điểu Thị Hồng Nhung, Ủy viên Ban Chấp hành Trung ương Đoàn, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh dự khai mạc.
Tham gia lớp tập huấn có 120 học viên là bí thư đoàn, chủ tịch hội phụ nữ và giáo viên thể dục của 95 xã, phường, trong đó có 18 học viên là người S'tiêng, Mạ, Chơro. Các học viên được hướng dẫn phương pháp dạy bơi theo nhóm, kỹ năng cấp cứu ban đầu, cách nhận diện trẻ bị bạo lực, xâm hại và quy trình báo tin qua Tổng đài 111; thực hành tại 2 bể bơi di động do Trung ương Đoàn hỗ trợ.
Theo đồng chí Điểu Thị Hồng Nhung, thực hiện Kế hoạch số 41-KH/TĐTN-TTNTH ngày 15/4/2026 của Ban Thường vụ Tỉnh đoàn và Chỉ thị số 12/CT-UBND ngày 20/5/2026 của Chủ tịch UBND tỉnh, hè năm 2026 toàn tỉnh phấn đấu mở 480 lớp dạy bơi cho ít nhất 14.000 trẻ em; mỗi xã, phường có tối thiểu 1 điểm dạy bơi. Năm 2025, trên địa bàn tỉnh Đồng Nai và Bình Phước cũ có 29 trẻ em tử vong do đuối nước, tập trung ở các xã ven hồ Trị An, sông Bé.
Bà Trần Thị Mai Hoa, Phó Chủ tịch Hội LHPN tỉnh, cho biết: từ đầu năm 2026, các cấp hội đã phối hợp hỗ trợ 31 trẻ em bị xâm hại, bạo lực; duy trì 86 "Địa chỉ tin cậy", 142 câu lạc bộ "Phụ nữ với pháp luật". Hội đang vận động 1.780 "mẹ đỡ đầu" chăm lo cho 1.925 trẻ em mồ côi, trong đó 260 em ở các xã biên giới Lộc Ninh, Bù Gia Mập, Thiện Hưng.
Chị Thị Hạnh, Chủ tịch Hội LHPN xã Bù Gia Mập, chia sẻ: xã có hơn 1.400 trẻ em dưới 16 tuổi, phần lớn là con em đồng bào S'tiêng, nhưng chỉ khoảng 15% biết bơi. Sau lớp tập huấn, hội sẽ phối hợp Đoàn xã mở 4 lớp bơi tại hồ Thác Mơ. Anh Điểu Minh, Bí thư Đoàn xã Thiện Hưng, đề nghị bố trí thêm phao, áo phao cho các điểm dạy bơi ở suối.
Bế mạc, Tỉnh đoàn cấp chứng nhận cho 117 học viên, đạt 97,5%; trao 400 áo phao, 60 phao tròn và 45 triệu đồng hỗ trợ kinh phí mở lớp cho các xã khó khăn. Đồng chí Lê Thị Thu Trang, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị học viên phát huy vai trò "hạt nhân" tại cơ sở.
Bảo Ngọc
Lượt xem: 742
Tin khác
- Khai mạc trại hè thiếu nhi tỉnh Đồng Nai năm 2026 (01/06/2026)
- Ra quân chiến dịch Mùa hè xanh năm 2026 (28/05/2026)
- Trao 300 suất quà nhân ngày Quốc tế thiếu nhi (31/05/2026)
""", "2026-06-05", "120 đoàn viên, hội viên được tập huấn dạy bơi, phòng chống xâm hại trẻ em",
E("tap_huan", "2026", "2026-06-03"),
[P("Điểu Thị Hồng Nhung", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Trần Thị Mai Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thị Hạnh", "Chủ tịch Hội LHPN xã Bù Gia Mập"),
 P("Điểu Minh", "Bí thư Đoàn xã Thiện Hưng"),
 P("Lê Thị Thu Trang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("120 đoàn viên, hội viên", 120, "đoàn viên, hội viên"), Q("95 xã, phường", 95, "xã, phường"),
 Q("18 học viên", 18, "học viên"), Q("2 bể bơi di động", 2, "bể bơi di động"), Q("480 lớp dạy bơi", 480, "lớp dạy bơi"),
 Q("ít nhất 14.000 trẻ em", 14000, "trẻ em", "over"), Q("tối thiểu 1 điểm dạy bơi", 1, "điểm dạy bơi"),
 Q("29 trẻ em", 29, "trẻ em"), Q("31 trẻ em", 31, "trẻ em"), Q('86 "Địa chỉ tin cậy"', 86, "Địa chỉ tin cậy"),
 Q("142 câu lạc bộ", 142, "câu lạc bộ"), Q('1.780 "mẹ đỡ đầu"', 1780, "mẹ đỡ đầu"), Q("1.925 trẻ em mồ côi", 1925, "trẻ em mồ côi"),
 Q("260 em", 260, "em"), Q("hơn 1.400 trẻ em", 1400, "trẻ em", "over"), Q("khoảng 15%", 15, "%", "approx"), Q("4 lớp bơi", 4, "lớp bơi"),
 Q("117 học viên", 117, "học viên"), Q("97,5%", 97.5, "%"), Q("400 áo phao", 400, "áo phao"), Q("60 phao tròn", 60, "phao tròn"),
 Q("45 triệu đồng", 45000000, "đồng")],
[D("Kế hoạch", "41", "KH/TĐTN-TTNTH", "2026-04-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 41-KH/TĐTN-TTNTH ngày 15/4/2026"),
 D("Chỉ thị", "12", "CT-UBND", "2026-05-20", "Chủ tịch UBND tỉnh", "Chỉ thị số 12/CT-UBND ngày 20/5/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Lộc Ninh"), com("Bù Gia Mập"), com("Thiện Hưng")],
["Báo Đồng Nai điện tử", "Xã hội > Giáo dục - Đoàn thể", "Ảnh: Học viên thực hành sơ cứu trẻ bị đuối nước.",
 "Địa chỉ tin cậy", "Phụ nữ với pháp luật", "Tổng đài 111", "Lượt xem: 742"],
["Thứ Sáu, 05/06/2026, 08:05", "2 ngày", "năm 2026", "hè năm 2026", "Năm 2025", "dưới 16 tuổi", "từ đầu năm 2026"]))

PAGES.append(page("b4324-gialai-soket-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Dân vận / Mặt trận - Đoàn thể
Thứ Sáu, 10/07/2026 - 15:30
Ảnh: Quang cảnh hội nghị tại điểm cầu phường Quy Nhơn.
Hơn 3.100 trẻ em mồ côi có "mẹ đỡ đầu", 186 bếp ăn bán trú được duy trì
Ngày 9/7, Hội LHPN tỉnh Gia Lai tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026 theo hình thức trực tuyến đến 135 xã, phường. Đồng chí Rah Lan Chinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự; đồng chí Đinh Thị Hồng Hạnh, Chủ tịch Hội LHPN tỉnh chủ trì.
6 tháng đầu năm 2026, các cấp hội đã vận động 2.874 cán bộ, hội viên và 63 tập thể nhận đỡ đầu 3.126 trẻ em mồ côi, trẻ em nghèo, trong đó 1.415 em là người Jrai, Bahnar, Hrê; tổng kinh phí hỗ trợ hơn 5,2 tỷ đồng. Thực hiện Đề án "Bữa ăn bán trú cho em" theo Kế hoạch số 08-KH/HPN ngày 16/1/2026, hội viên ở 186 bếp ăn bán trú đã nấu khoảng 1,1 triệu suất ăn cho 9.600 học sinh vùng đồng bào dân tộc thiểu số; mỗi suất được bổ sung 8.000 đồng từ nguồn xã hội hóa.
Các cấp hội phối hợp Tỉnh đoàn mở 236 lớp dạy bơi cho 7.040 trẻ em ở các xã ven biển Nhơn Lý, Cát Tiến và ven sông Ba, sông Ia Drăng; phát hiện, can thiệp 38 vụ bạo lực gia đình, 12 vụ xâm hại trẻ em; 4 vụ xâm hại đã đưa ra xét xử. Toàn tỉnh có 214 "Địa chỉ tin cậy", 97,2% chi hội có tổ "Phụ nữ bảo vệ trẻ em".
Tại hội nghị, đồng chí Siu H'Mai, Chủ tịch Hội LHPN xã Ia Pa, chia sẻ cách 26 hội viên người Jrai góp gạo, góp rau để duy trì 2 bếp ăn cho 310 học sinh. Đồng chí Đinh Văn Thơm, Bí thư Đảng ủy, Chủ tịch HĐND xã An Lão, đề nghị Hội tỉnh kết nối thêm nhà tài trợ cho 47 trẻ em mồ côi người Bana của xã.
Đồng chí Rah Lan Chinh đánh giá cao việc Hội giữ ổn định các mô hình chăm lo trẻ em trong năm đầu vận hành chính quyền hai cấp; đề nghị 6 tháng cuối năm thực hiện tốt Nghị quyết số 02-NQ/TU, Nghị quyết số 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Quyết định số 1437/QĐ-TTg của Thủ tướng Chính phủ; phấn đấu 100% trẻ em mồ côi cả cha lẫn mẹ có người đỡ đầu, không để học sinh bán trú thiếu bữa ăn.
Hội nghị đã nghe các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Thanh Lịch, Ksor H'Bơ Khăp quán triệt nhiệm vụ trọng tâm; khen thưởng 21 tập thể, 36 cá nhân có thành tích trong chăm lo trẻ em.
Dịp này, Hội LHPN tỉnh tiếp nhận 320 triệu đồng của các nhà tài trợ để mở thêm 8 bếp ăn bán trú tại các xã miền núi trong năm học 2026 - 2027.
Ngọc Sương
Lượt xem: 1.119
Tin liên quan
- Trao 250 suất học bổng "Thắp sáng ước mơ" (30/06/2026)
- Xã Ia Grai ra mắt 3 câu lạc bộ bơi (20/06/2026)
- Giao ban công tác dân vận quý II năm 2026 (05/07/2026)
""", "2026-07-10", 'Hơn 3.100 trẻ em mồ côi có "mẹ đỡ đầu", 186 bếp ăn bán trú được duy trì',
E("so_ket", "2026-H1", "2026-07-09"),
[P("Rah Lan Chinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Hồng Hạnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Siu H'Mai", "Chủ tịch Hội LHPN xã Ia Pa"),
 P("Đinh Văn Thơm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã An Lão"),
 P("Nguyễn Thị Thanh Lịch", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("Hơn 3.100 trẻ em mồ côi", 3100, "trẻ em mồ côi", "over"), Q("186 bếp ăn bán trú", 186, "bếp ăn bán trú"),
 Q("135 xã, phường", 135, "xã, phường"), Q("2.874 cán bộ, hội viên", 2874, "cán bộ, hội viên"), Q("63 tập thể", 63, "tập thể"),
 Q("3.126 trẻ em mồ côi, trẻ em nghèo", 3126, "trẻ em mồ côi, trẻ em nghèo"), Q("1.415 em", 1415, "em"),
 Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("khoảng 1,1 triệu suất ăn", 1100000, "suất ăn", "approx"),
 Q("9.600 học sinh", 9600, "học sinh"), Q("8.000 đồng", 8000, "đồng"), Q("236 lớp dạy bơi", 236, "lớp dạy bơi"),
 Q("7.040 trẻ em", 7040, "trẻ em"), Q("38 vụ bạo lực gia đình", 38, "vụ bạo lực gia đình"), Q("12 vụ xâm hại trẻ em", 12, "vụ xâm hại trẻ em"),
 Q("4 vụ xâm hại", 4, "vụ xâm hại"), Q('214 "Địa chỉ tin cậy"', 214, "Địa chỉ tin cậy"), Q("97,2%", 97.2, "%"),
 Q("26 hội viên người Jrai", 26, "hội viên người Jrai"), Q("2 bếp ăn", 2, "bếp ăn"), Q("310 học sinh", 310, "học sinh"),
 Q("47 trẻ em mồ côi người Bana", 47, "trẻ em mồ côi người Bana"), Q("100%", 100, "%"), Q("21 tập thể", 21, "tập thể"), Q("36 cá nhân", 36, "cá nhân"), Q("320 triệu đồng", 320000000, "đồng"), Q("8 bếp ăn bán trú", 8, "bếp ăn bán trú")],
[D("Kế hoạch", "08", "KH/HPN", "2026-01-16", None, "Kế hoạch số 08-KH/HPN ngày 16/1/2026"),
 D("Nghị quyết", "02", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 02-NQ/TU"),
 D("Nghị quyết", "03", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU"),
 D("Quyết định", "1437", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1437/QĐ-TTg")],
[prov("Gia Lai"), com("Quy Nhơn"), com("Nhơn Lý"), com("Cát Tiến"), com("Ia Pa"), com("An Lão")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Dân vận / Mặt trận - Đoàn thể",
 "Ảnh: Quang cảnh hội nghị tại điểm cầu phường Quy Nhơn.", "Bữa ăn bán trú cho em", "Địa chỉ tin cậy", "Phụ nữ bảo vệ trẻ em", "Lượt xem: 1.119"],
["Thứ Sáu, 10/07/2026 - 15:30", "6 tháng đầu năm", "6 tháng cuối năm 2026", "6 tháng đầu năm 2026", "6 tháng cuối năm", "hai cấp", "năm học 2026 - 2027"]))
