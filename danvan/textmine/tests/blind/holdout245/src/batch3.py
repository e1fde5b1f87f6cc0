from lib import *
PAGES = []

PAGES.append(page("b5849-kontum-bdv-soket-2022", """
Báo Kon Tum điện tử
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Năm, 14/07/2022 - 15:45
Toàn cảnh hội nghị sơ kết. Ảnh: N.H
Phó Bí thư Tỉnh ủy: Công tác dân vận phải "đi trước, mở đường"
Sáng 13/7, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022 đến 10 điểm cầu huyện, thành phố. Đồng chí A Pớt, Phó Bí thư Thường trực Tỉnh ủy, dự và phát biểu chỉ đạo. Báo Kon Tum lược ghi bài phát biểu.
"Thưa các đồng chí! 6 tháng đầu năm, khối dân vận đã bám sát Nghị quyết số 01-NQ/TU ngày 12/11/2020 của Ban Chấp hành Đảng bộ tỉnh khóa XVI, Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư. Các đồng chí đã vận động 2.318 hộ đồng bào Xơ Đăng, Ba Na tham gia trồng 1.460 ha sâm dây, cà phê; vận động nhân dân hiến 21.700 m2 đất, đóng góp 6.900 ngày công. Tỷ lệ hộ nghèo giảm 2,8%, còn 16,4%.
Tôi biểu dương Ban Dân vận Huyện ủy Tu Mơ Rông và Đắk Glei, nhất là mô hình 'Nhóm hộ cùng tiến' của đồng chí Y Nhung, HUV, Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông. Ở xã Đắk Hà và xã Măng Ri, 46 hộ đã thoát nghèo nhờ mô hình này.
Tuy vậy, vẫn còn 7 vụ việc truyền đạo trái pháp luật, 3 nhóm người di cư tự do với khoảng 40 nhân khẩu. 6 tháng cuối năm, tôi đề nghị: thứ nhất, thực hiện tốt Kết luận 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc; thứ hai, tổ chức ít nhất 2 cuộc đối thoại ở mỗi xã vùng sâu; thứ ba, chuẩn bị tốt Hội nghị biểu dương người có uy tín năm 2022 với khoảng 300 đại biểu."
Tại hội nghị, đồng chí Y Ngọc Hrê, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, báo cáo sơ kết và tiếp thu ý kiến chỉ đạo. Các đồng chí A Thuận, A Dũng - Phó Trưởng Ban Dân vận Tỉnh ủy, điều hành thảo luận. Đồng chí A Hồ, Bí thư Đảng ủy xã Măng Ri, chia sẻ kinh nghiệm vận động bà con bỏ tục chôn chung.
Theo báo cáo, 6 tháng qua Mặt trận và các đoàn thể đã vận động Quỹ "Vì người nghèo" hơn 2,1 tỷ đồng, hỗ trợ xây 35 căn nhà; Ban Dân vận Tỉnh ủy đã tham mưu ban hành Kế hoạch 91, 92-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận năm 2022 và về vận động đồng bào vùng biên giới.
Kết luận hội nghị, đồng chí Y Ngọc Hrê đề nghị Ban Dân vận các huyện báo cáo định kỳ, nắm chắc tình hình ở 40 xã đặc biệt khó khăn, nhất là dọc tuyến biên giới Việt Nam - Lào - Campuchia; phấn đấu cuối năm có thêm 15 mô hình "Dân vận khéo" cấp tỉnh được công nhận.
Ngọc Hà
Lượt xem: 689
Tin liên quan
- Ngọc Hồi: giao ban công tác dân vận quý II (05/07/2022)
- Ban Dân vận Tỉnh ủy khảo sát mô hình "Dân vận khéo" tại Kon Rẫy (24/06/2022)
- Đắk Tô tập huấn cho 120 cán bộ dân vận cơ sở (10/06/2022)
""", "2022-07-14", "Phó Bí thư Tỉnh ủy: Công tác dân vận phải \"đi trước, mở đường\"",
E("so_ket", "2022-H1", "2022-07-13"),
[P("A Pớt", "Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Tỉnh ủy"),
 P("Y Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông"),
 P("Y Ngọc Hrê", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Thuận", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("A Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Hồ", "Bí thư Đảng ủy xã Măng Ri")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("2.318 hộ đồng bào Xơ Đăng, Ba Na", 2318, "hộ đồng bào Xơ Đăng, Ba Na"),
 Q("1.460 ha", 1460, "ha"), Q("21.700 m2", 21700, "m2"), Q("6.900 ngày công", 6900, "ngày công"), Q("2,8%", 2.8, "%"),
 Q("16,4%", 16.4, "%"), Q("46 hộ", 46, "hộ"), Q("7 vụ việc truyền đạo trái pháp luật", 7, "vụ việc truyền đạo trái pháp luật"),
 Q("3 nhóm người di cư tự do", 3, "nhóm người di cư tự do"), Q("khoảng 40 nhân khẩu", 40, "nhân khẩu", "approx"),
 Q("ít nhất 2 cuộc đối thoại", 2, "cuộc đối thoại", "over"), Q("khoảng 300 đại biểu", 300, "đại biểu", "approx"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("35 căn nhà", 35, "căn nhà"), Q("40 xã đặc biệt khó khăn", 40, "xã đặc biệt khó khăn"),
 Q("15 mô hình", 15, "mô hình")],
[D("Nghị quyết", "01", "NQ/TU", "2020-11-12", "Ban Chấp hành Đảng bộ tỉnh khóa XVI", "Nghị quyết số 01-NQ/TU ngày 12/11/2020"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận 65-KL/TW ngày 30/10/2019 của Bộ Chính trị"),
 D("Kế hoạch", "91", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 91, 92-KH/TU"),
 D("Kế hoạch", "92", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 91, 92-KH/TU")],
[prov("Kon Tum"), com("Đắk Hà"), com("Măng Ri")],
["Báo Kon Tum điện tử", "Trang chủ › Chính trị › Xây dựng Đảng", "Toàn cảnh hội nghị sơ kết. Ảnh: N.H", "Nhóm hộ cùng tiến",
 "Vì người nghèo", "Dân vận khéo", "Lượt xem: 689", "đi trước, mở đường"],
["Thứ Năm, 14/07/2022 - 15:45", "6 tháng đầu năm", "6 tháng cuối năm 2022", "khóa XVI",
 "năm 2022", "Lượt xem: 689"]))

PAGES.append(page("b5850-longan-xa-tongket-2023", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MỸ YÊN - HUYỆN BẾN LỨC - TỈNH LONG AN
Trang chủ / Tin tức / Hoạt động Đảng ủy
27-12-2023 16:40
Phát biểu của đồng chí Bí thư Đảng ủy xã tại hội nghị tổng kết công tác dân vận, Mặt trận và đoàn thể năm 2023
Chiều 26/12/2023, Đảng ủy xã Mỹ Yên (huyện Bến Lức, tỉnh Long An) tổ chức hội nghị tổng kết công tác dân vận, Mặt trận và các đoàn thể chính trị - xã hội năm 2023, triển khai phương hướng năm 2024. Đồng chí Nguyễn Thành Đô, Bí thư Đảng ủy, Chủ tịch HĐND xã, chủ trì và phát biểu chỉ đạo. Dự hội nghị có 64 đồng chí là cán bộ khối dân vận, bí thư chi bộ, trưởng ấp.
Đồng chí Nguyễn Thành Đô phát biểu chỉ đạo hội nghị.
"Thưa các đồng chí! Năm 2023, khối dân vận xã đã bám sát Nghị quyết số 12-NQ/ĐU ngày 10/1/2023 của Đảng ủy xã về nhiệm vụ năm 2023 và Kế hoạch số 41-KH/HU của Huyện ủy Bến Lức về thực hiện Quy chế dân chủ ở cơ sở. Xã đã vận động 83 hộ dân bàn giao mặt bằng dự án đường Vành đai 3, không có trường hợp cưỡng chế; nhân dân đóng góp hơn 1,35 tỷ đồng làm 6 tuyến đường nông thôn, dài 4,2 km. Quỹ "Vì người nghèo" xã vận động được 186 triệu đồng, xây dựng 4 căn nhà đại đoàn kết, mỗi căn 60 triệu đồng.
Tôi đánh giá cao ấp 3 và ấp Voi Lá, nơi đã có 100% hộ đăng ký gia đình văn hóa. Đồng chí Lê Văn Út, Bí thư Chi bộ ấp 3, xã Mỹ Yên, đã vận động 12 hộ hiến đất không nhận bồi thường. Tuy nhiên, còn 5 vụ tranh chấp đất đai giữa các hộ chưa hòa giải thành, 2 hộ chưa đồng thuận giá bồi thường.
Năm 2024, thực hiện Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ, tôi đề nghị các đồng chí: mỗi đoàn thể xây dựng ít nhất 2 mô hình 'Dân vận khéo'; Hội Nông dân phấn đấu có 85% hội viên đạt danh hiệu nông dân sản xuất, kinh doanh giỏi; Đoàn Thanh niên giúp đỡ 20 thanh niên khởi nghiệp. Ủy ban MTTQ xã phải giám sát chặt việc thực hiện 2 công trình có vốn nhân dân đóng góp."
Trước đó, đồng chí Trần Thị Thanh Thảo, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã, báo cáo tổng kết. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Huỳnh Văn Lành, Võ Thị Kim Loan, đọc quyết định khen thưởng 8 tập thể và 15 cá nhân tiêu biểu. Đồng chí Phạm Văn Dũng, Chủ tịch Hội Cựu chiến binh xã, được tín nhiệm giữ chức Chủ tịch Hội Cựu chiến binh xã nhiệm kỳ 2022 - 2027, tham luận về giúp 7 hội viên nghèo vay 350 triệu đồng vốn ưu đãi.
Theo báo cáo, năm 2023 xã kết nạp 36 hội viên mới; tỷ lệ hộ nghèo giảm còn 0,6%. Hội Liên hiệp Phụ nữ xã duy trì 14 tổ tiết kiệm với 320 thành viên, tổng số tiền tiết kiệm khoảng 900 triệu đồng.
Kết luận hội nghị, đồng chí Nguyễn Thành Đô giao Văn phòng Đảng ủy hoàn chỉnh kế hoạch công tác dân vận năm 2024, trình Ban Thường vụ Đảng ủy xã thông qua trong tháng 1/2024.
Ban Biên tập
Tin khác
- Mỹ Yên ra mắt tuyến đường "Sáng - xanh - sạch - đẹp" (15/12/2023)
- Đảng ủy xã đối thoại với nhân dân năm 2023 (30/11/2023)
- Hội Nông dân xã trao 50 phần quà cho hội viên nghèo (20/11/2023)
""", "2023-12-27", "Phát biểu của đồng chí Bí thư Đảng ủy xã tại hội nghị tổng kết công tác dân vận, Mặt trận và đoàn thể năm 2023",
E("tong_ket", "2023", "2023-12-26"),
[P("Nguyễn Thành Đô", "Bí thư Đảng ủy", "Chủ tịch HĐND xã", "Bí thư Đảng ủy xã"),
 P("Lê Văn Út", "Bí thư Chi bộ ấp 3"),
 P("Trần Thị Thanh Thảo", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Huỳnh Văn Lành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"), P("Võ Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phạm Văn Dũng", "Chủ tịch Hội Cựu chiến binh xã", "Chủ tịch Hội Cựu chiến binh xã nhiệm kỳ 2022 - 2027")],
[Q("64 đồng chí", 64, "đồng chí"), Q("83 hộ dân", 83, "hộ dân"), Q("hơn 1,35 tỷ đồng", 1350000000, "đồng", "over"),
 Q("6 tuyến đường nông thôn", 6, "tuyến đường nông thôn"), Q("4,2 km", 4.2, "km"), Q("186 triệu đồng", 186000000, "đồng"),
 Q("4 căn nhà đại đoàn kết", 4, "căn nhà đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("100% hộ", 100, "%"),
 Q("12 hộ", 12, "hộ"), Q("5 vụ tranh chấp đất đai", 5, "vụ tranh chấp đất đai"), Q("2 hộ", 2, "hộ"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("85% hội viên", 85, "%"), Q("20 thanh niên", 20, "thanh niên"),
 Q("2 công trình", 2, "công trình"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu"),
 Q("7 hội viên nghèo", 7, "hội viên nghèo"), Q("350 triệu đồng", 350000000, "đồng"), Q("36 hội viên mới", 36, "hội viên mới"),
 Q("0,6%", 0.6, "%"), Q("14 tổ tiết kiệm", 14, "tổ tiết kiệm"), Q("320 thành viên", 320, "thành viên"),
 Q("khoảng 900 triệu đồng", 900000000, "đồng", "approx")],
[D("Nghị quyết", "12", "NQ/ĐU", "2023-01-10", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 10/1/2023 của Đảng ủy xã"),
 D("Kế hoạch", "41", "KH/HU", None, "Huyện ủy Bến Lức", "Kế hoạch số 41-KH/HU của Huyện ủy Bến Lức"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ")],
[prov("Long An"), com("Mỹ Yên")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MỸ YÊN - HUYỆN BẾN LỨC - TỈNH LONG AN", "Trang chủ / Tin tức / Hoạt động Đảng ủy",
 "Đồng chí Nguyễn Thành Đô phát biểu chỉ đạo hội nghị.", "Vì người nghèo", "Dân vận khéo", "Luật Thực hiện dân chủ ở cơ sở",
 "Vành đai 3"],
["27-12-2023 16:40", "64 đồng chí", "năm 2023", "năm 2024", "Năm 2024", "nhiệm kỳ 2022 - 2027", "tháng 1/2024", "Vành đai 3", "ấp 3"]))

PAGES.append(page("b5851-dienbien-hnd-daihoi-2023", """
Báo Điện Biên Phủ điện tử
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 02/06/2023 - 10:30
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết Đại hội.
Phát biểu chỉ đạo của đồng chí Phó Bí thư Tỉnh ủy tại Đại hội đại biểu Hội Nông dân tỉnh lần thứ X
Ngày 1/6, Hội Nông dân tỉnh Điện Biên tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028, với 250 đại biểu đại diện cho hơn 104.000 hội viên. Đồng chí Thào A Sình, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, dự và phát biểu chỉ đạo. Báo Điện Biên Phủ trân trọng giới thiệu nội dung bài phát biểu.
"Kính thưa Đoàn Chủ tịch Đại hội, thưa các vị đại biểu!
Nhiệm kỳ 2018 - 2023, các cấp Hội đã vận động 2.460 hộ nông dân đăng ký đạt danh hiệu hộ sản xuất, kinh doanh giỏi; Quỹ Hỗ trợ nông dân tăng lên 27,6 tỷ đồng, giúp 1.380 hộ vay vốn. Tỷ lệ hộ nghèo giảm bình quân 4,5%/năm. Hội đã thực hiện tốt Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về đề án nâng cao vai trò của Hội Nông dân, Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ.
Nhiệm kỳ mới, tôi đề nghị Hội tập trung thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn và Chương trình hành động số 24-CTr/TU của Tỉnh ủy; vận động nông dân người Mông, Thái không tái trồng cây thuốc phiện, không di cư tự do; phấn đấu thành lập mới ít nhất 30 tổ hợp tác, 12 hợp tác xã. Hội cần làm tốt vai trò 'cầu nối' giữa Đảng với nông dân.
Chúc Đại hội thành công tốt đẹp!"
Đại hội đã bầu 41 đồng chí vào Ban Chấp hành Hội Nông dân tỉnh khóa X. Đồng chí Lò Thị Phương, Tỉnh ủy viên, được bầu giữ chức Chủ tịch Hội Nông dân tỉnh khóa X; các đồng chí Giàng A Chu, Quàng Văn Tươi được bầu làm Phó Chủ tịch Hội Nông dân tỉnh khóa X. Đại hội bầu 9 đại biểu chính thức dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII.
Tham dự còn có đồng chí Lường Văn Hoan, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Sùng A Dế, Phó Trưởng ban Kinh tế - Xã hội Trung ương Hội Nông dân Việt Nam. Ông Vàng A Chứ, Chi hội trưởng Chi hội Nông dân bản Huổi Lếch, xã Mường Nhé, tham luận về 17 hộ chuyển đổi sang trồng mắc ca trên 35 ha.
Đại hội khen thưởng 20 tập thể, 35 cá nhân xuất sắc; tặng 50 suất quà cho hội viên nông dân nghèo ở xã Mường Nhé và xã Sín Thầu, mỗi suất 1 triệu đồng.
Thu Hằng
Lượt xem: 1.122
Bài viết liên quan
- Đại hội Hội Nông dân huyện Mường Ảng (18/05/2023)
- Nông dân Tuần Giáo thi đua sản xuất giỏi (05/05/2023)
- Hội Nông dân tỉnh tập huấn trồng cây mắc ca (20/04/2023)
""", "2023-06-02", "Phát biểu chỉ đạo của đồng chí Phó Bí thư Tỉnh ủy tại Đại hội đại biểu Hội Nông dân tỉnh lần thứ X",
E("dai_hoi", None, "2023-06-01"),
[P("Thào A Sình", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lò Thị Phương", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh khóa X"),
 P("Giàng A Chu", "Phó Chủ tịch Hội Nông dân tỉnh khóa X"), P("Quàng Văn Tươi", "Phó Chủ tịch Hội Nông dân tỉnh khóa X"),
 P("Lường Văn Hoan", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Dế", "Phó Trưởng ban Kinh tế - Xã hội Trung ương Hội Nông dân Việt Nam"),
 P("Vàng A Chứ", "Chi hội trưởng Chi hội Nông dân bản Huổi Lếch")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 104.000 hội viên", 104000, "hội viên", "over"),
 Q("2.460 hộ nông dân", 2460, "hộ nông dân"), Q("27,6 tỷ đồng", 27600000000, "đồng"), Q("1.380 hộ", 1380, "hộ"),
 Q("4,5%/năm", 4.5, "%"), Q("ít nhất 30 tổ hợp tác", 30, "tổ hợp tác", "over"), Q("12 hợp tác xã", 12, "hợp tác xã"),
 Q("41 đồng chí", 41, "đồng chí"), Q("9 đại biểu chính thức", 9, "đại biểu chính thức"), Q("17 hộ", 17, "hộ"),
 Q("35 ha", 35, "ha"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân xuất sắc", 35, "cá nhân xuất sắc"),
 Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Hội nghị Trung ương 5 khóa XIII", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Chương trình hành động", "24", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 24-CTr/TU của Tỉnh ủy")],
[prov("Điện Biên"), com("Mường Nhé"), com("Sín Thầu")],
["Báo Điện Biên Phủ điện tử", "Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết Đại hội.", "Lượt xem: 1.122", "Quỹ Hỗ trợ nông dân", "Đoàn Chủ tịch Đại hội", "cầu nối"],
["Thứ Sáu, 02/06/2023 - 10:30", "lần thứ X", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "khóa XIII", "khóa X",
 "lần thứ VIII", "41 đồng chí", "Lượt xem: 1.122"]))

PAGES.append(page("b5852-bentre-mttq-ngayhoi-2023", """
Báo Đồng Khởi Online
Trang chủ » Thời sự » Mặt trận
Ngày đăng 17/11/2023 | 08:20
Lãnh đạo tỉnh vui Ngày hội Đại đoàn kết với bà con ấp Phú Khương
Toàn cảnh Ngày hội. Ảnh: Thanh Đồng
Ngày 16/11/2023, tại ấp Phú Khương, xã Phú Hưng, thành phố Bến Tre, tỉnh Bến Tre, Ban Công tác Mặt trận ấp long trọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc nhân kỷ niệm 93 năm Ngày truyền thống MTTQ Việt Nam. Đồng chí Hồ Thanh Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, về dự và phát biểu.
Đồng chí Hồ Thanh Phong phát biểu tại Ngày hội.
Phát biểu tại Ngày hội, đồng chí Hồ Thanh Phong nói: "Thưa bà con ấp Phú Khương! Tôi rất vui khi biết năm qua ấp có 412/420 hộ, đạt 98,1%, được công nhận gia đình văn hóa; bà con đã góp hơn 380 triệu đồng và 1.200 ngày công làm 3 tuyến đường, 2 cây cầu bê tông. Ấp không có hộ nghèo, chỉ còn 6 hộ cận nghèo. Đó là kết quả của việc thực hiện Chỉ thị số 17-CT/TU ngày 5/4/2022 của Ban Thường vụ Tỉnh ủy về phát huy vai trò Mặt trận ở khu dân cư và Kế hoạch 68, 69-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" phải đi vào từng hộ. Tôi mong bà con tiếp tục giữ gìn tình làng nghĩa xóm, giúp nhau làm kinh tế, chuyển đổi sang trồng dừa hữu cơ; mỗi hộ cận nghèo phải có đoàn viên, hội viên kèm cặp, phấn đấu đến cuối năm 2024 ấp không còn hộ cận nghèo."
Thay mặt Ủy ban MTTQ Việt Nam tỉnh, đồng chí Hồ Thanh Phong tặng ấp 1 ti vi và 20 triệu đồng để sửa chữa nhà văn hóa; tặng 15 phần quà cho hộ cận nghèo và hộ có hoàn cảnh khó khăn, mỗi phần trị giá 500.000 đồng.
Bà Nguyễn Thị Bé Năm, Trưởng ban Công tác Mặt trận ấp Phú Khương, cho biết ấp hiện có 1.536 nhân khẩu; năm 2023 ấp đã hòa giải thành 4 vụ mâu thuẫn, vận động 26 thanh niên lên đường nhập ngũ.
Cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Thị Diễm, Lê Hữu Nghĩa; đồng chí Võ Văn Nhân, Bí thư Đảng ủy xã Phú Hưng; đồng chí Nguyễn Văn Tài, Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Hưng. Linh mục Phêrô Trần Văn Lợi, Chánh xứ giáo xứ Phú Khương, cùng đông đảo giáo dân tham gia Ngày hội.
Dịp này, Ủy ban MTTQ Việt Nam thành phố Bến Tre trao 1 căn nhà đại đoàn kết trị giá 60 triệu đồng cho gia đình ông Trần Văn Hai. Các đội văn nghệ đã biểu diễn 12 tiết mục đờn ca tài tử.
Thanh Đồng
Lượt xem: 512
Tin liên quan
- 164 khu dân cư tổ chức Ngày hội Đại đoàn kết (14/11/2023)
- Mặt trận tỉnh trao 50 căn nhà đại đoàn kết (08/11/2023)
- Chợ Lách: tổng kết phong trào "Ngày vì người nghèo" (30/10/2023)
""", "2023-11-17", "Lãnh đạo tỉnh vui Ngày hội Đại đoàn kết với bà con ấp Phú Khương",
E("khac", None, "2023-11-16"),
[P("Hồ Thanh Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bé Năm", "Trưởng ban Công tác Mặt trận ấp Phú Khương"),
 P("Trần Thị Diễm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Lê Hữu Nghĩa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Nhân", "Bí thư Đảng ủy xã Phú Hưng"),
 P("Nguyễn Văn Tài", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Hưng"),
 P("Phêrô Trần Văn Lợi", "Linh mục", "Chánh xứ giáo xứ Phú Khương"),
 P("Trần Văn Hai")],
[Q("412/420 hộ", 412, "hộ"), Q("98,1%", 98.1, "%"), Q("hơn 380 triệu đồng", 380000000, "đồng", "over"),
 Q("1.200 ngày công", 1200, "ngày công"), Q("3 tuyến đường", 3, "tuyến đường"), Q("2 cây cầu bê tông", 2, "cây cầu bê tông"),
 Q("6 hộ cận nghèo", 6, "hộ cận nghèo"), Q("20 triệu đồng", 20000000, "đồng"), Q("15 phần quà", 15, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("1.536 nhân khẩu", 1536, "nhân khẩu"), Q("4 vụ mâu thuẫn", 4, "vụ mâu thuẫn"),
 Q("26 thanh niên", 26, "thanh niên"), Q("60 triệu đồng", 60000000, "đồng"), Q("12 tiết mục đờn ca tài tử", 12, "tiết mục đờn ca tài tử")],
[D("Chỉ thị", "17", "CT/TU", "2022-04-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 5/4/2022"),
 D("Kế hoạch", "68", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 68, 69-KH/MTTQ-BTT"),
 D("Kế hoạch", "69", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 68, 69-KH/MTTQ-BTT")],
[prov("Bến Tre"), com("Phú Hưng")],
["Báo Đồng Khởi Online", "Trang chủ » Thời sự » Mặt trận", "Toàn cảnh Ngày hội. Ảnh: Thanh Đồng",
 "Đồng chí Hồ Thanh Phong phát biểu tại Ngày hội.", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 512", "Ngày truyền thống MTTQ Việt Nam"],
["Ngày đăng 17/11/2023 | 08:20", "93 năm", "năm 2024", "1 ti vi", "1 căn nhà đại đoàn kết", "năm 2023", "Lượt xem: 512"]))

PAGES.append(page("b5853-quangtri-tinhuy-doithoai-2024", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ | Chính trị | Xây dựng Đảng
Thứ Tư, 21/08/2024 - 06:30
Bí thư Tỉnh ủy đối thoại với nông dân năm 2024: "Dân có kiến nghị, cấp ủy phải trả lời đến nơi đến chốn"
Sáng 20/8, Tỉnh ủy Quảng Trị tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với nông dân năm 2024 theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị. Đồng chí Lê Minh Quang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, chủ trì và phát biểu tiếp thu, giải trình. Tham dự có 215 hội viên nông dân tiêu biểu của 9 huyện, thị xã, thành phố.
Đồng chí Lê Minh Quang phát biểu tại buổi đối thoại. Ảnh: Đ.T
Tại buổi đối thoại, có 19 ý kiến được nêu trực tiếp, tập trung vào giá vật tư nông nghiệp, đất sản xuất cho đồng bào Vân Kiều, Pa Kô và tín dụng ưu đãi. Ông Hồ Văn Lai, người có uy tín bản Ka Tăng, xã A Dơi, đề nghị hỗ trợ 64 hộ thiếu đất sản xuất; bà Hồ Thị Pết, Chi hội trưởng Chi hội Nông dân thôn Cu Vơ, kiến nghị nâng mức cho vay hộ nghèo.
Phát biểu giải trình, đồng chí Lê Minh Quang nói: "Tôi cảm ơn bà con đã nói thẳng, nói thật. Về đất sản xuất, tỉnh đang rà soát khoảng 1.300 ha đất do các công ty lâm nghiệp trả về để giao cho 520 hộ đồng bào dân tộc thiểu số theo Nghị quyết số 22-NQ/TU của Ban Chấp hành Đảng bộ tỉnh. Về vốn vay, thực hiện Nghị định số 28/2022/NĐ-CP của Chính phủ, mức cho vay tối đa 100 triệu đồng/hộ, Ngân hàng Chính sách xã hội tỉnh đã giải ngân hơn 210 tỷ đồng trong 7 tháng.
Tôi giao Ban Dân vận Tỉnh ủy chủ trì theo dõi việc trả lời từng ý kiến hôm nay; trong 30 ngày phải có văn bản trả lời bà con. Những việc của huyện, xã thì Bí thư Huyện ủy, Bí thư Đảng ủy xã trực tiếp giải quyết. Dân có kiến nghị, cấp ủy phải trả lời đến nơi đến chốn."
Tham dự đối thoại có các đồng chí: Phan Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Văn Chánh, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; Hồ Sỹ Trung, Phó Trưởng ban Dân tộc HĐND tỉnh. Đồng chí Nguyễn Văn Chánh cho biết năm 2024 Hội Nông dân tỉnh đã ủy thác quản lý 1.620 tỷ đồng vốn vay với 38.400 hộ dư nợ; Quỹ Hỗ trợ nông dân đạt 42,5 tỷ đồng.
Về kiến nghị của ông Hồ Văn Lai, đồng chí Bí thư Tỉnh ủy giao UBND huyện Hướng Hóa và Đảng ủy các xã A Dơi, Ba Tầng báo cáo phương án trước ngày 15/9. Buổi đối thoại kết thúc với 100% ý kiến được tiếp thu, giải trình.
Trước buổi đối thoại, Ban Dân vận Tỉnh ủy đã tổng hợp 47 ý kiến, kiến nghị gửi bằng văn bản từ cơ sở; các sở, ngành đã trả lời 41 ý kiến ngay tại hội nghị.
Đức Thành
Lượt xem: 2.381
Tin khác
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2024 (18/07/2024)
- Hướng Hóa: 1.200 hộ vay vốn trồng chuối (05/07/2024)
- Gặp mặt người có uy tín năm 2024 (20/06/2024)
""", "2024-08-21", "Bí thư Tỉnh ủy đối thoại với nông dân năm 2024: \"Dân có kiến nghị, cấp ủy phải trả lời đến nơi đến chốn\"",
E("doi_thoai", "2024", "2024-08-20"),
[P("Lê Minh Quang", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Hồ Văn Lai", "người có uy tín bản Ka Tăng"),
 P("Hồ Thị Pết", "Chi hội trưởng Chi hội Nông dân thôn Cu Vơ"),
 P("Phan Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Chánh", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hồ Sỹ Trung", "Phó Trưởng ban Dân tộc HĐND tỉnh")],
[Q("215 hội viên nông dân tiêu biểu", 215, "hội viên nông dân tiêu biểu"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("19 ý kiến", 19, "ý kiến"), Q("64 hộ", 64, "hộ"), Q("khoảng 1.300 ha", 1300, "ha", "approx"),
 Q("520 hộ đồng bào dân tộc thiểu số", 520, "hộ đồng bào dân tộc thiểu số"), Q("tối đa 100 triệu đồng/hộ", 100000000, "đồng"),
 Q("hơn 210 tỷ đồng", 210000000000, "đồng", "over"), Q("1.620 tỷ đồng", 1620000000000, "đồng"), Q("38.400 hộ", 38400, "hộ"),
 Q("42,5 tỷ đồng", 42500000000, "đồng"), Q("100% ý kiến", 100, "%"), Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"), Q("41 ý kiến", 41, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Nghị quyết", "22", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 22-NQ/TU của Ban Chấp hành Đảng bộ tỉnh"),
 D("Nghị định", "28", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 28/2022/NĐ-CP của Chính phủ")],
[prov("Quảng Trị"), com("A Dơi"), com("Ba Tầng")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Trang chủ | Chính trị | Xây dựng Đảng", "Đồng chí Lê Minh Quang phát biểu tại buổi đối thoại. Ảnh: Đ.T",
 "Lượt xem: 2.381", "Ngân hàng Chính sách xã hội tỉnh", "Quỹ Hỗ trợ nông dân"],
["Thứ Tư, 21/08/2024 - 06:30", "năm 2024", "7 tháng", "30 ngày", "15/9", "Lượt xem: 2.381"]))

PAGES.append(page("b5854-lamdong-huyenuy-taphuan-2024", """
Báo Lâm Đồng điện tử
Trang chủ > Chính trị > Dân vận
11/04/2024 - 09:40
Ảnh: Đồng chí Bí thư Huyện ủy Lạc Dương phát biểu khai mạc lớp tập huấn.
Lạc Dương: tập huấn kỹ năng dân vận cho cán bộ thôn, người có uy tín năm 2024
Ngày 10/4, Ban Dân vận Huyện ủy Lạc Dương (tỉnh Lâm Đồng) khai giảng lớp tập huấn nghiệp vụ công tác dân vận năm 2024 cho 126 học viên là bí thư chi bộ, trưởng thôn, người có uy tín và cán bộ dân vận 6 xã, thị trấn. Đồng chí Trần Quang Vinh, HUV, Bí thư Huyện ủy Lạc Dương, dự và phát biểu khai mạc.
"Thưa các đồng chí, thưa các già làng! Lạc Dương có trên 70% dân số là đồng bào K'Ho, Chil; trong đó có khoảng 14.500 người theo đạo Tin lành, Công giáo. Năm 2023, huyện đã vận động đồng bào hiến 5,6 ha đất, giao khoán bảo vệ 96.000 ha rừng cho 2.187 hộ. Không còn tình trạng tranh chấp, lấn chiếm đất rừng như trước.
Lớp tập huấn này thực hiện Kế hoạch số 118-KH/HU ngày 15/2/2024 của Ban Thường vụ Huyện ủy, cụ thể hóa Nghị quyết 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc. Tôi đề nghị mỗi học viên học để làm: về thôn phải họp dân, tuyên truyền được ít nhất 50 hộ; nắm chắc tình hình 12 điểm nhóm tôn giáo chưa đăng ký."
Lớp học diễn ra trong 2 ngày với 5 chuyên đề. Các báo cáo viên gồm: đồng chí K'Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Bon Niêng Ha Thảo, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện; ThS. Nguyễn Thị Mỹ Linh, Phó Hiệu trưởng Trường Chính trị tỉnh Lâm Đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện: Liêng Jrang Ha Dư, Cil K'Brơi hướng dẫn kỹ năng hòa giải ở cơ sở.
Già làng Cil Ha Jim, người có uy tín thôn Đạ Nghịt, xã Lát, chia sẻ: thôn có 340 hộ, nhờ vận động nên 95% hộ đã làm nhà vệ sinh hợp vệ sinh, 28 hộ bỏ được tục "bắt chồng" đòi sính lễ cao.
Kinh phí lớp học gần 90 triệu đồng, mỗi học viên được hỗ trợ 150.000 đồng/ngày. Ban Dân vận Huyện ủy cho biết năm 2024 sẽ mở thêm 3 lớp cho 240 đoàn viên, hội viên ở xã Đạ Sar và xã Đưng K'Nớ.
Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận; 10 học viên có bài thu hoạch xuất sắc được khen thưởng.
Phát biểu bế mạc, đồng chí Bon Niêng Ha Thảo đề nghị các học viên sau khi về cơ sở phối hợp tổ chức ít nhất 6 buổi sinh hoạt chi bộ chuyên đề về công tác dân vận; Ban Dân vận Huyện ủy sẽ kiểm tra việc vận dụng kiến thức tại các thôn Đạ Nghịt, Bon Đưng trong quý III năm 2024. Đồng chí cũng đề nghị Đảng ủy các xã quan tâm bố trí 1 cán bộ chuyên trách theo dõi tôn giáo.
K'Linh
Lượt xem: 418
Tin liên quan
- Lạc Dương sơ kết công tác dân vận quý I (02/04/2024)
- Đam Rông: đối thoại với 200 người có uy tín (25/03/2024)
- Ra mắt mô hình "Thôn không có người vi phạm pháp luật" (15/03/2024)
""", "2024-04-11", "Lạc Dương: tập huấn kỹ năng dân vận cho cán bộ thôn, người có uy tín năm 2024",
E("tap_huan", "2024", "2024-04-10"),
[P("Trần Quang Vinh", "HUV", "Bí thư Huyện ủy Lạc Dương"),
 P("K'Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bon Niêng Ha Thảo", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Mỹ Linh", "ThS.", "Phó Hiệu trưởng Trường Chính trị tỉnh Lâm Đồng"),
 P("Liêng Jrang Ha Dư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"), P("Cil K'Brơi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Cil Ha Jim", "Già làng", "người có uy tín thôn Đạ Nghịt")],
[Q("126 học viên", 126, "học viên"), Q("6 xã, thị trấn", 6, "xã, thị trấn"), Q("trên 70%", 70, "%", "over"),
 Q("khoảng 14.500 người", 14500, "người", "approx"), Q("5,6 ha", 5.6, "ha"), Q("96.000 ha", 96000, "ha"), Q("2.187 hộ", 2187, "hộ"),
 Q("ít nhất 50 hộ", 50, "hộ", "over"), Q("12 điểm nhóm tôn giáo", 12, "điểm nhóm tôn giáo"), Q("5 chuyên đề", 5, "chuyên đề"),
 Q("340 hộ", 340, "hộ"), Q("95% hộ", 95, "%"), Q("28 hộ", 28, "hộ"), Q("gần 90 triệu đồng", 90000000, "đồng", "approx"),
 Q("150.000 đồng/ngày", 150000, "đồng"), Q("3 lớp", 3, "lớp"), Q("240 đoàn viên, hội viên", 240, "đoàn viên, hội viên"),
 Q("100% học viên", 100, "%"), Q("10 học viên", 10, "học viên"), Q("ít nhất 6 buổi sinh hoạt chi bộ chuyên đề", 6, "buổi sinh hoạt chi bộ chuyên đề", "over")],
[D("Kế hoạch", "118", "KH/HU", "2024-02-15", "Ban Thường vụ Huyện ủy", "Kế hoạch số 118-KH/HU ngày 15/2/2024"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết 43-NQ/TW ngày 24/11/2023")],
[prov("Lâm Đồng"), com("Lát"), com("Đạ Sar"), com("Đưng K'Nớ")],
["Báo Lâm Đồng điện tử", "Trang chủ > Chính trị > Dân vận", "Ảnh: Đồng chí Bí thư Huyện ủy Lạc Dương phát biểu khai mạc lớp tập huấn.",
 "Lượt xem: 418", "bắt chồng"],
["11/04/2024 - 09:40", "năm 2024", "Năm 2023", "2 ngày", "quý III năm 2024", "1 cán bộ chuyên trách", "Lượt xem: 418"]))
