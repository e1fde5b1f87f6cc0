from lib import *
PAGES = []

PAGES.append(page("b5327-lamdong-btgdv-tongket-2025", """
Hôm nay: Thứ Bảy, 10/01/2026
BÁO LÂM ĐỒNG
Chính trị » Tuyên giáo - Dân vận
Thứ Sáu, 09/01/2026, 08:05
Ảnh: Toàn cảnh hội nghị tổng kết.
Xây dựng đội ngũ báo cáo viên, tuyên truyền viên cơ sở sau hợp nhất
Ngày 7/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026 với 124 điểm cầu xã, phường, đặc khu. Đồng chí K' Brơi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Thanh Hải, Điểu Đức Nhân, Đặng Minh Quang.
Tỉnh Lâm Đồng mới được hợp nhất từ 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận theo Nghị quyết số 202/2025/QH15 của Quốc hội. Theo báo cáo, sau sắp xếp, toàn tỉnh đã kiện toàn 3.860 báo cáo viên, tuyên truyền viên, trong đó 96 báo cáo viên cấp tỉnh; thành lập 124 tổ báo cáo viên cấp xã theo Quy định số 09-QĐ/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy. Năm 2025, đội ngũ này tổ chức trên 14.000 buổi tuyên truyền với gần 620.000 lượt người nghe, tập trung vào việc sắp xếp bộ máy, chính quyền địa phương 2 cấp và Đại hội Đảng bộ tỉnh lần thứ I.
Mạng lưới 412 cộng tác viên dư luận xã hội gửi 2.960 báo cáo; hệ thống 1.580 cụm loa của 124 đài truyền thanh cấp xã phát bản tin bằng tiếng K'Ho, M'nông, Chăm. Khối dân vận phối hợp vận động nhân dân hiến 46 ha đất, đóng góp trên 185 tỷ đồng xây dựng nông thôn mới; xóa 1.932 căn nhà tạm, nhà dột nát theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Tại hội nghị, bà Ka Thị Huyền, Bí thư Đảng ủy xã Đinh Văn Lâm Hà, cho biết xã đã đưa loa thông minh về 18/18 thôn; ông Điểu Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Khê, chia sẻ mô hình "Sóc bon nghe tin mỗi tối". Ông Thông Văn Hiệp, cộng tác viên dư luận xã hội xã Phan Rí Cửa, đề nghị tăng phụ cấp cho cộng tác viên lên 300.000 đồng/tháng.
Phát biểu kết luận, đồng chí K' Brơi yêu cầu năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện Kết luận 150, 151-KL/TW của Bộ Chính trị; phấn đấu trên 95% xã, phường có cụm loa thông minh hoạt động.
Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 14 tập thể và 26 cá nhân tiêu biểu; Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 35 báo cáo viên xuất sắc.
Hội nghị cũng chỉ ra hạn chế: một số xã mới sáp nhập chưa bố trí đủ cán bộ phụ trách truyền thanh, nhiều cụm loa ở vùng giáp ranh Đắk Nông cũ còn hỏng.
K.Thủy
Lượt xem: 2.318
Tin liên quan
- Di Linh: 15 thôn có loa song ngữ K'Ho (02/01/2026)
- Hội nghị báo cáo viên Tỉnh ủy tháng 12/2025 (26/12/2025)
""", "2026-01-09", "Xây dựng đội ngũ báo cáo viên, tuyên truyền viên cơ sở sau hợp nhất",
E("tong_ket", "2025", "2026-01-07"),
[P("K' Brơi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Hải", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Đức Nhân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đặng Minh Quang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Thị Huyền", "Bí thư Đảng ủy xã Đinh Văn Lâm Hà"),
 P("Điểu Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Khê"),
 P("Thông Văn Hiệp", "cộng tác viên dư luận xã hội xã Phan Rí Cửa")],
[Q("124 điểm cầu", 124, "điểm cầu"), Q("3 tỉnh", 3, "tỉnh"),
 Q("3.860 báo cáo viên, tuyên truyền viên", 3860, "báo cáo viên, tuyên truyền viên"),
 Q("96 báo cáo viên cấp tỉnh", 96, "báo cáo viên cấp tỉnh"), Q("124 tổ báo cáo viên cấp xã", 124, "tổ báo cáo viên cấp xã"),
 Q("trên 14.000 buổi tuyên truyền", 14000, "buổi tuyên truyền", "over"),
 Q("gần 620.000 lượt người nghe", 620000, "lượt người nghe", "approx"),
 Q("412 cộng tác viên dư luận xã hội", 412, "cộng tác viên dư luận xã hội"), Q("2.960 báo cáo", 2960, "báo cáo"),
 Q("1.580 cụm loa", 1580, "cụm loa"), Q("124 đài truyền thanh cấp xã", 124, "đài truyền thanh cấp xã"),
 Q("46 ha", 46, "ha"), Q("trên 185 tỷ đồng", 185000000000, "đồng", "over"),
 Q("1.932 căn nhà tạm, nhà dột nát", 1932, "căn nhà tạm, nhà dột nát"), Q("18/18 thôn", 18, "thôn"),
 Q("300.000 đồng/tháng", 300000, "đồng"), Q("trên 95% xã, phường", 95, "%", "over"),
 Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân tiêu biểu", 26, "cá nhân tiêu biểu"),
 Q("35 báo cáo viên xuất sắc", 35, "báo cáo viên xuất sắc")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Quy định", "09", "QĐ/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", "Quy định số 09-QĐ/TU ngày 20/8/2025"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150, 151-KL/TW"),
 D("Kết luận", "151", "KL/TW", None, "Bộ Chính trị", "Kết luận 150, 151-KL/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đinh Văn Lâm Hà"), com("Quảng Khê"), com("Phan Rí Cửa")],
["Hôm nay: Thứ Bảy, 10/01/2026", "BÁO LÂM ĐỒNG", "Chính trị » Tuyên giáo - Dân vận", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Sóc bon nghe tin mỗi tối", "Nghị quyết Đại hội XIV", "Lượt xem: 2.318"],
["Hôm nay: Thứ Bảy, 10/01/2026", "Thứ Sáu, 09/01/2026, 08:05", "năm 2025", "năm 2026", "2 cấp", "lần thứ I", "khóa XVI",
 "nhiệm kỳ 2026 - 2031", "Lượt xem: 2.318"]))

PAGES.append(page("b5328-dongnai-btgdv-giaoban-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ > Thời sự > Xây dựng Đảng
Cập nhật: 14:25, 08/04/2026 (GMT+7)
Giao ban công tác tuyên giáo và dân vận quý I/2026: Phát huy mạng lưới loa truyền thanh phục vụ bầu cử
Đồng chí Hồ Thị Bích Liên chủ trì giao ban.
Sáng 7/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức giao ban công tác tuyên giáo và dân vận quý I, triển khai nhiệm vụ quý II/2026. Đồng chí Hồ Thị Bích Liên, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Điểu Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và lãnh đạo 95 xã, phường qua hệ thống trực tuyến.
Theo báo cáo, quý I, thực hiện Kế hoạch số 28-KH/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, các địa phương đã tổ chức trên 6.500 buổi tuyên truyền về cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; hệ thống 2.740 cụm loa phát khoảng 48.000 lượt tin, bài, hướng dẫn cử tri. Tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,62%. Tại các xã vùng đồng bào S'tiêng, M'nông thuộc tỉnh Bình Phước cũ, 85 tổ tuyên truyền lưu động dùng loa gắn xe máy đến từng sóc.
Mạng lưới 380 cộng tác viên dư luận xã hội gửi 1.120 báo cáo; dư luận quan tâm đến việc bố trí trụ sở xã mới, giá cao su và khu công nghiệp. Trong quý, khối dân vận tiếp nhận 214 đơn thư, đã phối hợp giải quyết 176 đơn. Phong trào "Dân vận khéo" có 64 mô hình mới được công nhận.
Tại giao ban, ông Thị Nhân, Bí thư Đảng ủy xã Bù Gia Mập, cho biết xã đã lắp mới 40 cụm loa nhờ nguồn xã hội hóa 720 triệu đồng; bà Trần Thị Ngọc Hân, Phó Bí thư Đảng ủy phường Trảng Dài, kiến nghị sớm có hướng dẫn chế độ cho tổ tuyên truyền khu phố. Ông Điểu Lanh, người có uy tín sóc Bù Lư, xã Bù Gia Mập, đề nghị phát thêm bản tin tiếng S'tiêng vào buổi tối.
Kết luận, đồng chí Hồ Thị Bích Liên đề nghị quý II tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị; tổng kết công tác tuyên truyền bầu cử; các xã rà soát, sửa chữa khoảng 310 cụm loa hỏng trước mùa mưa.
Theo kế hoạch, tháng 5/2026 Ban sẽ tổ chức tập huấn cho 95 tổ báo cáo viên cấp xã; mỗi tổ tối đa 7 thành viên.
Nhiều ý kiến tại giao ban đề nghị sớm ban hành quy chế phối hợp giữa đài truyền thanh xã với Báo và Phát thanh, Truyền hình Đồng Nai để tiếp sóng bản tin thời sự của tỉnh.
Giao ban cũng thống nhất lịch hội nghị báo cáo viên định kỳ vào ngày 25 hằng tháng.
Hoàng Lộc
Tin liên quan
- Xã Lộc Ninh ra mắt tổ tuyên truyền lưu động (30/03/2026)
- Hội nghị báo cáo viên Tỉnh ủy tháng 3/2026 (26/03/2026)
""", "2026-04-08", "Giao ban công tác tuyên giáo và dân vận quý I/2026: Phát huy mạng lưới loa truyền thanh phục vụ bầu cử",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Hồ Thị Bích Liên", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Nhân", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Trần Thị Ngọc Hân", "Phó Bí thư Đảng ủy phường Trảng Dài"),
 P("Điểu Lanh", "người có uy tín sóc Bù Lư")],
[Q("95 xã, phường", 95, "xã, phường"), Q("trên 6.500 buổi tuyên truyền", 6500, "buổi tuyên truyền", "over"),
 Q("2.740 cụm loa", 2740, "cụm loa"), Q("khoảng 48.000 lượt tin, bài", 48000, "lượt tin, bài", "approx"),
 Q("99,62%", 99.62, "%"), Q("85 tổ tuyên truyền lưu động", 85, "tổ tuyên truyền lưu động"),
 Q("380 cộng tác viên dư luận xã hội", 380, "cộng tác viên dư luận xã hội"), Q("1.120 báo cáo", 1120, "báo cáo"),
 Q("214 đơn thư", 214, "đơn thư"), Q("176 đơn", 176, "đơn"), Q("64 mô hình mới", 64, "mô hình mới"),
 Q("40 cụm loa", 40, "cụm loa"), Q("720 triệu đồng", 720000000, "đồng"),
 Q("khoảng 310 cụm loa", 310, "cụm loa", "approx"), Q("95 tổ báo cáo viên cấp xã", 95, "tổ báo cáo viên cấp xã"),
 Q("tối đa 7 thành viên", 7, "thành viên")],
[D("Kế hoạch", "28", "KH/TU", "2026-01-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 28-KH/TU ngày 05/01/2026"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trảng Dài")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ > Thời sự > Xây dựng Đảng", "Đồng chí Hồ Thị Bích Liên chủ trì giao ban.",
 "Dân vận khéo", "Nghị quyết Đại hội XIV"],
["Cập nhật: 14:25, 08/04/2026 (GMT+7)", "quý I/2026", "quý II/2026", "quý II", "khóa XVI", "tháng 5/2026", "ngày 25"]))

PAGES.append(page("b5329-angiang-btgdv-hoinghi-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Chính trị | Dân tộc - Tôn giáo
Thứ Tư, 04/03/2026 - 11:40
Cung cấp thông tin cho 450 người có uy tín trước ngày bầu cử
Quang cảnh hội nghị tại phường Rạch Giá.
Ngày 3/3, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp Sở Dân tộc và Tôn giáo tỉnh An Giang tổ chức hội nghị cung cấp thông tin cho người có uy tín trong đồng bào dân tộc thiểu số năm 2026. Hội nghị được tổ chức tại 2 điểm: phường Rạch Giá và phường Tịnh Biên, với sự tham dự của 450 người có uy tín, trong đó có chức sắc, achar, sư cả các chùa Khmer và giáo cả cộng đồng Chăm.
Đồng chí Danh Hồng Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Chau Sóc Thiên, Giám đốc Sở Dân tộc và Tôn giáo đồng chủ trì.
Tại hội nghị, báo cáo viên của Ban đã thông tin về kết quả Đại hội XIV của Đảng, Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, trong đó tỉnh An Giang mới hợp nhất từ An Giang và Kiên Giang, có 102 xã, phường, đặc khu, dân số trên 4,9 triệu người, đồng bào Khmer chiếm khoảng 8,5%. Đại biểu cũng được phổ biến Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân, hướng dẫn quy trình bỏ phiếu ngày 15/3/2026.
Theo Sở Dân tộc và Tôn giáo, năm 2025 toàn tỉnh có 1.126 người có uy tín được hưởng chính sách theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ, với tổng kinh phí gần 3,4 tỷ đồng. Người có uy tín đã tham gia hòa giải thành 137 vụ việc mâu thuẫn, vận động 520 hộ đồng bào đóng góp xây dựng đường, cầu nông thôn; 216 người có uy tín được mời làm tuyên truyền viên cho đài truyền thanh xã.
Phát biểu tại hội nghị, Achar Néang Thị Sa Vy, người có uy tín ấp Tà Đảnh, xã Tri Tôn, cho biết bà thường phát tin bằng tiếng Khmer trên loa chùa mỗi sáng ngày rằm. Ông Ya Kốp, Giáo cả thánh đường Mubarak, xã Châu Phong, cam kết vận động bà con Chăm đi bầu cử đầy đủ. Ông Danh Ngọc Sang, Trưởng Ban quản trị chùa Sóc Xoài, xã Hòn Đất, đề nghị cấp thêm tài liệu song ngữ.
Kết luận hội nghị, đồng chí Danh Hồng Phúc đề nghị người có uy tín tiếp tục là "cầu nối" giữa cấp ủy, chính quyền với đồng bào; tích cực tuyên truyền Chỉ thị 46, 47-CT/TW của Ban Bí thư, Kế hoạch số 15-KH/BTGDVTU ngày 12/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền bầu cử; phấn đấu tỷ lệ cử tri đồng bào dân tộc thiểu số đi bầu đạt trên 99%.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng 450 phần quà cho đại biểu, mỗi phần trị giá 400.000 đồng, và trao 30 bộ loa cầm tay cho các chùa Khmer.
Hà Phương
Tin khác
- Phú Quốc: tập huấn tuyên truyền viên bầu cử (27/02/2026)
- Hội nghị báo cáo viên tháng 2/2026 (25/02/2026)
""", "2026-03-04", "Cung cấp thông tin cho 450 người có uy tín trước ngày bầu cử",
E("hoi_nghi", "2026", "2026-03-03"),
[P("Danh Hồng Phúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Sóc Thiên", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Néang Thị Sa Vy", "Achar", "người có uy tín ấp Tà Đảnh"),
 P("Ya Kốp", "Giáo cả thánh đường Mubarak"),
 P("Danh Ngọc Sang", "Trưởng Ban quản trị chùa Sóc Xoài")],
[Q("450 người có uy tín", 450, "người có uy tín"), Q("2 điểm", 2, "điểm"),
 Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("trên 4,9 triệu người", 4900000, "người", "over"),
 Q("khoảng 8,5%", 8.5, "%", "approx"), Q("1.126 người có uy tín", 1126, "người có uy tín"),
 Q("gần 3,4 tỷ đồng", 3400000000, "đồng", "approx"), Q("137 vụ việc mâu thuẫn", 137, "vụ việc mâu thuẫn"),
 Q("520 hộ đồng bào", 520, "hộ đồng bào"), Q("216 người có uy tín", 216, "người có uy tín"),
 Q("trên 99%", 99, "%", "over"), Q("450 phần quà", 450, "phần quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("30 bộ loa cầm tay", 30, "bộ loa cầm tay")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Chỉ thị", "46", "CT/TW", None, "Ban Bí thư", "Chỉ thị 46, 47-CT/TW"),
 D("Chỉ thị", "47", "CT/TW", None, "Ban Bí thư", "Chỉ thị 46, 47-CT/TW"),
 D("Kế hoạch", "15", "KH/BTGDVTU", "2026-01-12", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 15-KH/BTGDVTU ngày 12/01/2026")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Tịnh Biên"), com("Tri Tôn"), com("Châu Phong"), com("Hòn Đất")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Chính trị | Dân tộc - Tôn giáo", "Quang cảnh hội nghị tại phường Rạch Giá.",
 "Đại hội XIV", "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "cầu nối", "Mubarak"],
["Thứ Tư, 04/03/2026 - 11:40", "năm 2026", "ngày 15/3/2026", "năm 2025", "ngày rằm"]))

PAGES.append(page("b5330-dienbien-muongnhe-traoqua-2013", """
ĐIỆN BIÊN PHỦ ONLINE - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN
Trang chủ » Xã hội » Dân tộc - Miền núi
Ngày 31/01/2013 | 10:30
Ban Tuyên giáo Tỉnh ủy tặng quà Tết và radio cho đồng bào Mường Nhé
Đồng chí Lò Văn Muôn trao quà cho người có uy tín xã Chung Chải.
Ngày 29/1, đoàn công tác của Ban Tuyên giáo Tỉnh ủy Điện Biên do đồng chí Lò Văn Muôn, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà đồng bào các dân tộc huyện Mường Nhé nhân dịp Xuân Quý Tỵ 2013. Cùng đi có ông Vì Văn Sơn, Phó Giám đốc Đài Phát thanh - Truyền hình tỉnh và bà Giàng Thị Dua, Phó Trưởng ban Dân tộc tỉnh.
Tại xã Chung Chải và xã Mường Toong, đoàn đã trao 300 suất quà Tết cho hộ nghèo, mỗi suất gồm 1 chiếc radio, 10 kg gạo và 200.000 đồng tiền mặt; tặng 45 người có uy tín mỗi người 1 bộ tài liệu tuyên truyền song ngữ Việt - Mông và 500.000 đồng. Tổng giá trị quà tặng khoảng 165 triệu đồng, được huy động theo Kế hoạch số 52-KH/BTGTU của Ban Tuyên giáo Tỉnh ủy và từ nguồn hỗ trợ theo Quyết định số 975/QĐ-TTg của Thủ tướng Chính phủ về cấp một số ấn phẩm báo, tạp chí cho vùng dân tộc thiểu số và miền núi.
Mường Nhé từng là điểm nóng sau vụ tụ tập đông người trái pháp luật giữa năm 2011. Báo cáo của Huyện ủy cho biết, thực hiện Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tuyên truyền, vận động ở vùng có đạo, huyện đã lắp 27 cụm loa tại các bản, xây dựng đội 140 tuyên truyền viên là người Mông, Hà Nhì, Cống, Si La; 100% bản có tổ tuyên truyền. Năm 2012, có 1.860 hộ đồng bào ký cam kết không nghe theo kẻ xấu, không di cư tự do; 63 hộ di cư tự do đã trở về quê.
Ông Sùng A Vàng, Bí thư Đảng ủy xã Chung Chải, cho biết nhờ chiếc radio, bà con ở bản xa như Nậm Pố, Sen Thượng đã nghe được chương trình tiếng Mông của Đài tỉnh. Ông Lý Xè Mề, người có uy tín bản Tá Miếu, xã Mường Toong, xúc động: "Được Đảng nhớ đến dịp Tết, tôi sẽ về nói với con cháu nghe lời cán bộ, làm ăn cho tốt". Bà Pờ Thị Sú, Chủ tịch Hội Phụ nữ xã Mường Toong, đề nghị có thêm chương trình tiếng Hà Nhì.
Đồng chí Lò Văn Muôn chúc đồng bào đón Tết vui tươi, an toàn; đề nghị cấp ủy, chính quyền huyện tiếp tục thực hiện Nghị quyết số 16-NQ/HU của Huyện ủy về ổn định tình hình vùng đồng bào Mông, phát huy vai trò loa truyền thanh bản và đội tuyên truyền viên, kịp thời nắm bắt tư tưởng nhân dân, không để kẻ xấu lợi dụng.
Trong năm 2013, Ban Tuyên giáo Tỉnh ủy dự kiến cấp thêm khoảng 1.000 chiếc radio cho các hộ nghèo ở 4 huyện biên giới.
Thanh Hoa
Tin liên quan
- Tủa Chùa: hội nghị báo cáo viên quý IV/2012 (28/12/2012)
- Đưa tiếng Mông lên sóng truyền thanh xã (15/12/2012)
""", "2013-01-31", "Ban Tuyên giáo Tỉnh ủy tặng quà Tết và radio cho đồng bào Mường Nhé",
E("trao_qua", None, "2013-01-29"),
[P("Lò Văn Muôn", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Vì Văn Sơn", "Phó Giám đốc Đài Phát thanh - Truyền hình tỉnh"),
 P("Giàng Thị Dua", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Sùng A Vàng", "Bí thư Đảng ủy xã Chung Chải"),
 P("Lý Xè Mề", "người có uy tín bản Tá Miếu"),
 P("Pờ Thị Sú", "Chủ tịch Hội Phụ nữ xã Mường Toong")],
[Q("300 suất quà", 300, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("45 người có uy tín", 45, "người có uy tín"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 165 triệu đồng", 165000000, "đồng", "approx"), Q("27 cụm loa", 27, "cụm loa"),
 Q("140 tuyên truyền viên", 140, "tuyên truyền viên"), Q("100% bản", 100, "%"),
 Q("1.860 hộ đồng bào", 1860, "hộ đồng bào"), Q("63 hộ di cư tự do", 63, "hộ di cư tự do"),
 Q("khoảng 1.000 chiếc radio", 1000, "chiếc radio", "approx"), Q("4 huyện biên giới", 4, "huyện biên giới")],
[D("Kế hoạch", "52", "KH/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 52-KH/BTGTU"),
 D("Quyết định", "975", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 975/QĐ-TTg"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Nghị quyết", "16", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 16-NQ/HU")],
[prov("Điện Biên"), com("Chung Chải"), com("Mường Toong")],
["ĐIỆN BIÊN PHỦ ONLINE - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN", "Trang chủ » Xã hội » Dân tộc - Miền núi",
 "Đồng chí Lò Văn Muôn trao quà cho người có uy tín xã Chung Chải.", "Xuân Quý Tỵ 2013"],
["Ngày 31/01/2013 | 10:30", "1 chiếc radio", "1 bộ tài liệu", "năm 2011", "Năm 2012", "năm 2013"]))

PAGES.append(page("b5331-thuathienhue-loaphuong-khac-2019", """
Hôm nay: Thứ Bảy, 21/12/2019
BÁO THỪA THIÊN HUẾ ONLINE
Xã hội › Đô thị › Đời sống
Thứ Sáu, 20/12/2019 - 07:20
"Loa phường" đổi mới: Từ tiếng ồn đến kênh thông tin được chờ đón
Cụm loa thông minh mới lắp tại phường Thuận Thành.
Không còn phát liên tục từ sáng sớm như trước, hệ thống loa truyền thanh ở nhiều phường của thành phố Huế đã được điều chỉnh giờ phát, giảm âm lượng và rút ngắn nội dung. Theo Phòng Văn hóa và Thông tin thành phố, đến tháng 12/2019 đã có 18/27 phường lắp cụm loa thông minh điều khiển qua mạng 3G, với 146 cụm loa, tổng kinh phí khoảng 2,9 tỷ đồng từ ngân sách thành phố và nguồn xã hội hóa.
Việc đổi mới được thực hiện theo Kế hoạch số 178/KH-UBND ngày 14/8/2019 của UBND tỉnh Thừa Thiên Huế về nâng cao hiệu quả hệ thống thông tin cơ sở và Thông báo kết luận số 1120-TB/TU của Ban Thường vụ Tỉnh ủy, sau khi nhiều ý kiến cử tri phản ánh "loa phường" gây phiền hà. Mỗi ngày loa chỉ phát 2 lần, mỗi lần không quá 30 phút; bản tin được biên tập ngắn, tập trung vào thông báo của phường, lịch tiêm chủng, cắt điện, cảnh báo mưa lũ.
Bà Trần Thị Thu Hà, Phó Chủ tịch UBND phường Thuận Thành, cho biết sau khi khảo sát 1.200 hộ, phường đã bỏ 11 loa đặt gần bệnh viện, trường học; 87% hộ được hỏi hài lòng với cách làm mới. Ông Nguyễn Văn Lợi, tổ trưởng tổ dân phố 5, phường Kim Long, nói: "Giờ loa phát ngắn gọn, đúng việc của phường, bà con lại chịu nghe".
Ở các xã vùng cao huyện A Lưới, loa truyền thanh vẫn là kênh thông tin chính. Ông Hồ Văn Chăng, cán bộ phụ trách đài truyền thanh xã Hồng Thượng, kể đài phát bản tin bằng tiếng Pa Cô, Tà Ôi mỗi tối thứ Năm. Bà Kăn Thị Bơ, người có uy tín thôn Ta Lang, cho biết nhiều người già trong thôn chỉ nghe được thông tin qua loa.
Ông Lê Đình Sơn, Trưởng phòng Văn hóa và Thông tin thành phố Huế, cho biết năm 2020 thành phố dự kiến lắp thêm khoảng 60 cụm loa thông minh cho 9 phường còn lại, đồng thời thử nghiệm phát bản tin qua ứng dụng Hue-S cho trên 100.000 người dùng. Theo ông, "loa phường" sẽ không mất đi mà thay đổi để phù hợp với đô thị di sản.
Theo Sở Thông tin và Truyền thông, toàn tỉnh hiện có 145/152 xã, phường, thị trấn có đài truyền thanh; 7 xã còn lại sẽ được đầu tư trong giai đoạn 2020 - 2021 theo Quyết định số 52/2016/QĐ-TTg của Thủ tướng Chính phủ.
Ở phường Phú Hội, tổ dân phố còn lập nhóm "loa tổ" gồm 12 tình nguyện viên, đọc lại các thông báo quan trọng cho người già, người khuyết tật không nghe rõ loa.
Hải Yến
Bài viết liên quan
- Huế: Cử tri phản ánh tiếng ồn loa phường (10/10/2019)
- A Lưới: 21 xã có đài truyền thanh (02/09/2019)
""", "2019-12-20", '"Loa phường" đổi mới: Từ tiếng ồn đến kênh thông tin được chờ đón',
E("khac", None, None),
[P("Trần Thị Thu Hà", "Phó Chủ tịch UBND phường Thuận Thành"),
 P("Nguyễn Văn Lợi", "tổ trưởng tổ dân phố 5"),
 P("Hồ Văn Chăng", "cán bộ phụ trách đài truyền thanh xã Hồng Thượng"),
 P("Kăn Thị Bơ", "người có uy tín thôn Ta Lang"),
 P("Lê Đình Sơn", "Trưởng phòng Văn hóa và Thông tin thành phố Huế")],
[Q("18/27 phường", 18, "phường"), Q("146 cụm loa", 146, "cụm loa"), Q("khoảng 2,9 tỷ đồng", 2900000000, "đồng", "approx"),
 Q("1.200 hộ", 1200, "hộ"), Q("11 loa", 11, "loa"), Q("87% hộ", 87, "%"),
 Q("khoảng 60 cụm loa thông minh", 60, "cụm loa thông minh", "approx"), Q("9 phường", 9, "phường"),
 Q("trên 100.000 người dùng", 100000, "người dùng", "over"),
 Q("145/152 xã, phường, thị trấn", 145, "xã, phường, thị trấn"), Q("7 xã", 7, "xã"),
 Q("12 tình nguyện viên", 12, "tình nguyện viên")],
[D("Kế hoạch", "178", "KH-UBND", "2019-08-14", "UBND tỉnh Thừa Thiên Huế", "Kế hoạch số 178/KH-UBND ngày 14/8/2019"),
 D("Thông báo kết luận", "1120", "TB/TU", None, "Ban Thường vụ Tỉnh ủy", "Thông báo kết luận số 1120-TB/TU"),
 D("Quyết định", "52", "2016/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 52/2016/QĐ-TTg")],
[prov("Thừa Thiên Huế"), com("Thuận Thành"), com("Kim Long"), com("Hồng Thượng"), com("Phú Hội")],
["Hôm nay: Thứ Bảy, 21/12/2019", "BÁO THỪA THIÊN HUẾ ONLINE", "Xã hội › Đô thị › Đời sống",
 "Cụm loa thông minh mới lắp tại phường Thuận Thành.", "Hue-S", "loa tổ"],
["Hôm nay: Thứ Bảy, 21/12/2019", "Thứ Sáu, 20/12/2019 - 07:20", "tháng 12/2019", "3G", "2 lần", "30 phút",
 "tổ dân phố 5", "năm 2020", "giai đoạn 2020 - 2021"]))

PAGES.append(page("b5332-camau-hongdan-soket-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ HỒNG DÂN - TỈNH CÀ MAU
Trang chủ / Tin tức - Sự kiện / Tuyên giáo - Dân vận
10/07/2026 | 09:00
Sơ kết 6 tháng: 100% ấp có tổ tuyên truyền, loa phát song ngữ Việt - Khmer
Đồng chí Lâm Văn Tới phát biểu chỉ đạo. Ảnh: Thanh Tú
Ngày 8/7, Đảng ủy xã Hồng Dân tổ chức hội nghị sơ kết công tác tuyên giáo, dân vận 6 tháng đầu năm, triển khai phương hướng 6 tháng cuối năm 2026. Dự và chỉ đạo có đồng chí Lâm Văn Tới, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau. Đồng chí Trịnh Thị Bé Bảy, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã chủ trì.
Xã Hồng Dân được thành lập năm 2025 trên cơ sở sáp nhập thị trấn Ngan Dừa và 2 xã Lộc Ninh, Ninh Hòa thuộc tỉnh Bạc Liêu cũ, có 21 ấp với khoảng 9.700 hộ, trong đó 1.420 hộ đồng bào Khmer. Theo báo cáo, thực hiện Kế hoạch số 45-KH/ĐU ngày 15/01/2026 của Ban Thường vụ Đảng ủy xã và Quy chế phối hợp số 03-QCPH/ĐU-UBND giữa Đảng ủy và UBND xã, 6 tháng qua tổ báo cáo viên xã gồm 9 đồng chí cùng 21 tổ tuyên truyền ấp đã tổ chức 248 buổi tuyên truyền với trên 7.300 lượt người nghe, tập trung vào kết quả bầu cử đại biểu Quốc hội khóa XVI, Nghị quyết số 57-NQ/TW của Bộ Chính trị và phòng chống lừa đảo trên không gian mạng.
Đài truyền thanh xã được đầu tư 38 cụm loa thông minh với kinh phí 612 triệu đồng, phủ sóng 21/21 ấp, phát bản tin tiếng Khmer 3 buổi mỗi tuần. Ban Công tác Mặt trận các ấp vận động nhân dân đóng góp hơn 1,9 tỷ đồng, 1.850 ngày công làm 7 tuyến đường giao thông nông thôn; xây 12 căn nhà Đại đoàn kết. Ủy ban MTTQ Việt Nam xã tiếp nhận 23 đơn thư, kiến nghị, đã phối hợp giải quyết 21 đơn, đạt 91,3%.
Tại hội nghị, ông Thạch Xươl, Bí thư Chi bộ ấp Ninh Thạnh, cho biết ấp đã phối hợp Ban quản trị chùa Ninh Thạnh Lợi đọc tin trên loa chùa vào ngày lễ; bà Danh Thị Kim Thoa, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị mở chuyên mục "Phụ nữ với chuyển đổi số". Các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã: Nguyễn Hoàng Em, Tô Minh Luân đã trao đổi, làm rõ việc cấp kinh phí cho tổ tuyên truyền ấp, mức 500.000 đồng/tổ/tháng.
Phát biểu chỉ đạo, đồng chí Lâm Văn Tới đề nghị Đảng ủy xã tiếp tục thực hiện Kết luận 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tuyên truyền và dân vận ở vùng đồng bào Khmer; phát huy 46 người có uy tín, sư sãi trong tuyên truyền; bảo đảm mỗi ấp có ít nhất 2 tuyên truyền viên biết tiếng Khmer; phấn đấu trên 70% hộ dân cài đặt ứng dụng thông tin của tỉnh.
Hội nghị đã khen thưởng 5 tổ tuyên truyền ấp và 9 cá nhân tiêu biểu.
Hội nghị cũng chỉ ra hạn chế: một số tổ tuyên truyền ấp sinh hoạt chưa đều, tin tự sản xuất của đài xã còn ít.
Ban Biên tập
Tin liên quan
- Hội nghị báo cáo viên xã tháng 6/2026 (25/06/2026)
- Xã Hồng Dân ra mắt tổ công nghệ số cộng đồng (12/06/2026)
""", "2026-07-10", "Sơ kết 6 tháng: 100% ấp có tổ tuyên truyền, loa phát song ngữ Việt - Khmer",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Lâm Văn Tới", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau"),
 P("Trịnh Thị Bé Bảy", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thạch Xươl", "Bí thư Chi bộ ấp Ninh Thạnh"),
 P("Danh Thị Kim Thoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Nguyễn Hoàng Em", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Tô Minh Luân", "Ủy viên Ban Thường vụ Đảng ủy xã")],
[Q("100% ấp", 100, "%"), Q("2 xã", 2, "xã"), Q("21 ấp", 21, "ấp"), Q("khoảng 9.700 hộ", 9700, "hộ", "approx"),
 Q("1.420 hộ đồng bào Khmer", 1420, "hộ đồng bào Khmer"), Q("9 đồng chí", 9, "đồng chí"),
 Q("21 tổ tuyên truyền ấp", 21, "tổ tuyên truyền ấp"), Q("248 buổi tuyên truyền", 248, "buổi tuyên truyền"),
 Q("trên 7.300 lượt người nghe", 7300, "lượt người nghe", "over"), Q("38 cụm loa thông minh", 38, "cụm loa thông minh"),
 Q("612 triệu đồng", 612000000, "đồng"), Q("21/21 ấp", 21, "ấp"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"),
 Q("1.850 ngày công", 1850, "ngày công"), Q("7 tuyến đường giao thông nông thôn", 7, "tuyến đường giao thông nông thôn"),
 Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"), Q("23 đơn thư, kiến nghị", 23, "đơn thư, kiến nghị"),
 Q("21 đơn", 21, "đơn"), Q("91,3%", 91.3, "%"), Q("500.000 đồng/tổ/tháng", 500000, "đồng"),
 Q("46 người có uy tín, sư sãi", 46, "người có uy tín, sư sãi"), Q("ít nhất 2 tuyên truyền viên", 2, "tuyên truyền viên", "over"),
 Q("trên 70% hộ dân", 70, "%", "over"), Q("5 tổ tuyên truyền ấp", 5, "tổ tuyên truyền ấp"), Q("9 cá nhân tiêu biểu", 9, "cá nhân tiêu biểu")],
[D("Kế hoạch", "45", "KH/ĐU", "2026-01-15", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 45-KH/ĐU ngày 15/01/2026"),
 D("Quy chế phối hợp", "03", "QCPH/ĐU-UBND", None, None, "Quy chế phối hợp số 03-QCPH/ĐU-UBND"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Hồng Dân"), com("Ngan Dừa"), com("Lộc Ninh"), com("Ninh Hòa")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ HỒNG DÂN - TỈNH CÀ MAU", "Trang chủ / Tin tức - Sự kiện / Tuyên giáo - Dân vận",
 "Đồng chí Lâm Văn Tới phát biểu chỉ đạo. Ảnh: Thanh Tú", "Phụ nữ với chuyển đổi số", "Ban Biên tập"],
["10/07/2026 | 09:00", "6 tháng đầu năm", "6 tháng cuối năm 2026", "năm 2025", "khóa XVI", "3 buổi mỗi tuần", "9 đồng chí"]))
