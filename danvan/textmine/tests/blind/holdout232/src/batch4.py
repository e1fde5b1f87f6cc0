from lib import *
PAGES = []

PAGES.append(page("b5543-baclieu-chibo-ap-daihoi-2025", """
BÁO BẠC LIÊU
Trang chủ » Chính trị » Đại hội đảng các cấp
Thứ Sáu, 14/03/2025 - 16:05
Chi bộ ấp Xiêm Cán tổ chức đại hội điểm nhiệm kỳ 2025 - 2027
Đại biểu bỏ phiếu bầu Chi ủy khóa mới. Ảnh: Hữu Thọ
(BL) - Ngày 13/3, Chi bộ ấp Xiêm Cán, phường 8 (thành phố Bạc Liêu, tỉnh Bạc Liêu) tổ chức Đại hội Chi bộ nhiệm kỳ 2025 - 2027. Đây là đại hội điểm cấp chi bộ trực thuộc của thành phố, thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kết luận 118-KL/TW của Bộ Chính trị.
Dự và chỉ đạo đại hội có đồng chí Lý Thị Sa Quênh, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy; đồng chí Trương Minh Chiến, Thành ủy viên, Bí thư Đảng ủy phường 8. Chi bộ có 57 đảng viên, 52 đồng chí dự đại hội.
Nhiệm kỳ 2022 - 2025, chi bộ lãnh đạo 614 hộ trong ấp, trong đó 382 hộ đồng bào Khmer, thực hiện tốt các phong trào; vận động nhân dân hiến 2.150 m2 đất, đóng góp gần 1,6 tỷ đồng nâng cấp 3,2 km đường và 2 cây cầu. Chi bộ kết nạp 8 đảng viên mới, đạt 160% chỉ tiêu nghị quyết; trong đó 5 đảng viên là người Khmer, 3 đảng viên là đoàn viên được Chi đoàn giới thiệu. Tỷ lệ hộ nghèo giảm còn 1,2%; 97,5% hộ đạt gia đình văn hóa. Chi bộ thực hiện sinh hoạt chuyên đề theo Hướng dẫn số 12-HD/BTCTW và Kế hoạch số 76-KH/ĐU của Đảng ủy phường.
Đại hội thảo luận, góp ý vào dự thảo văn kiện Đại hội Đảng bộ phường 8 và Đại hội Đảng bộ thành phố; nhiều ý kiến đề nghị chú trọng tạo nguồn đảng viên trong thanh niên Khmer, giữ gìn chữ viết, lễ hội truyền thống. Đại đức Thạch Sa Rây, trụ trì chùa Xiêm Cán, được mời dự đại hội, bày tỏ vui mừng khi nhiều thanh niên từng tu học ở chùa nay trở thành đảng viên. Đại đức mong chi bộ tiếp tục phối hợp với Ban Quản trị chùa tổ chức lớp dạy chữ Khmer hè và vận động con em đồng bào học tập, lập nghiệp tại quê nhà.
Phát biểu chỉ đạo, đồng chí Lý Thị Sa Quênh đề nghị chi bộ khóa mới thực hiện nghiêm Quy định số 24-QĐ/TW, chuẩn bị tốt cho việc sắp xếp tổ chức bộ máy, phấn đấu nhiệm kỳ tới kết nạp ít nhất 6 đảng viên.
Đại hội bầu Chi ủy gồm 3 đồng chí. Đồng chí Sơn Văn Khanh được bầu giữ chức Bí thư Chi bộ ấp Xiêm Cán nhiệm kỳ 2025 - 2027; các đồng chí Lâm Thị Thanh Thúy, Danh Hoàng Em - Phó Bí thư Chi bộ. Đại hội cũng bầu 2 đại biểu dự Đại hội Đảng bộ phường 8 và thông qua nghị quyết với 100% đảng viên tán thành.
Hữu Thọ
Tin liên quan
- Bạc Liêu: hoàn thành đại hội điểm chi bộ trực thuộc (10/03/2025)
- Phường 8 trao Huy hiệu Đảng đợt 3/2 (04/02/2025)
- Hướng dẫn tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027 (20/01/2025)
""", "2025-03-14", "Chi bộ ấp Xiêm Cán tổ chức đại hội điểm nhiệm kỳ 2025 - 2027",
E("dai_hoi", None, "2025-03-13"),
[P("Lý Thị Sa Quênh", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tổ chức Thành ủy"),
 P("Trương Minh Chiến", "Thành ủy viên", "Bí thư Đảng ủy phường 8"),
 P("Thạch Sa Rây", "Đại đức", "trụ trì chùa Xiêm Cán"),
 P("Sơn Văn Khanh", "Bí thư Chi bộ ấp Xiêm Cán nhiệm kỳ 2025 - 2027"),
 P("Lâm Thị Thanh Thúy", "Phó Bí thư Chi bộ"),
 P("Danh Hoàng Em", "Phó Bí thư Chi bộ")],
[Q("57 đảng viên", 57, "đảng viên"), Q("52 đồng chí", 52, "đồng chí"), Q("614 hộ", 614, "hộ"), Q("382 hộ đồng bào Khmer", 382, "hộ đồng bào Khmer"),
 Q("2.150 m2", 2150, "m2"), Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("3,2 km", 3.2, "km"), Q("2 cây cầu", 2, "cây cầu"),
 Q("8 đảng viên mới", 8, "đảng viên mới"), Q("160%", 160, "%"), Q("5 đảng viên", 5, "đảng viên"), Q("3 đảng viên", 3, "đảng viên"),
 Q("1,2%", 1.2, "%"), Q("97,5%", 97.5, "%"), Q("ít nhất 6 đảng viên", 6, "đảng viên", "over"), Q("3 đồng chí", 3, "đồng chí"),
 Q("2 đại biểu", 2, "đại biểu"), Q("100%", 100, "%")],
[D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 14/6/2024"),
 D("Kết luận", "118", "KL/TW", None, "Bộ Chính trị", "Kết luận 118-KL/TW"),
 D("Hướng dẫn", "12", "HD/BTCTW", None, None, "Hướng dẫn số 12-HD/BTCTW"),
 D("Kế hoạch", "76", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 76-KH/ĐU"),
 D("Quy định", "24", "QĐ/TW", None, None, "Quy định số 24-QĐ/TW")],
[prov("Bạc Liêu"), com("phường 8")],
["BÁO BẠC LIÊU", "Trang chủ » Chính trị » Đại hội đảng các cấp", "Đại biểu bỏ phiếu bầu Chi ủy khóa mới. Ảnh: Hữu Thọ", "(BL)"],
["Thứ Sáu, 14/03/2025 - 16:05", "nhiệm kỳ 2025 - 2027", "Nhiệm kỳ 2022 - 2025", "lần thứ XIV", "52 đồng chí", "3 đồng chí",
 "phường 8"]))

PAGES.append(page("b5544-tuyenquang-btctu-giaoban-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Trang chủ > Chính trị > Xây dựng Đảng
Cập nhật: 09:42, 08/10/2025 (GMT+7)
Toàn cảnh hội nghị giao ban trực tuyến.
Sinh hoạt chi bộ sau sắp xếp: đưa việc của thôn vào nghị quyết
Ngày 7/10, Ban Tổ chức Tỉnh ủy Tuyên Quang tổ chức giao ban công tác tổ chức xây dựng Đảng quý III/2025 trực tuyến với 124 điểm cầu đảng ủy xã, phường. Đây là lần giao ban đầu tiên kể từ khi tỉnh Tuyên Quang mới (hợp nhất hai tỉnh Hà Giang và Tuyên Quang) và chính quyền địa phương hai cấp đi vào hoạt động.
Chủ trì hội nghị là đồng chí Hoàng Thị Kim Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; cùng dự có các đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy: Vương Văn Sính, Nguyễn Quang Hiếu, Triệu Thị Lành.
Báo cáo cho biết, sau sắp xếp, toàn tỉnh có 4.312 chi bộ trực thuộc đảng ủy cơ sở; các đảng ủy xã đã kiện toàn 100% chi bộ thôn, tổ dân phố. Quý III, các cấp ủy kết nạp 892 đảng viên mới, lũy kế 9 tháng kết nạp 2.705 đảng viên, đạt 77,3% kế hoạch năm, trong đó 2.148 đảng viên là người dân tộc thiểu số. Các chi bộ thực hiện Quy định số 294-QĐ/TW ngày 26/5/2025 của BCH Trung ương về thi hành Điều lệ Đảng và Hướng dẫn số 06, 07-HD/BTCTU của Ban Tổ chức Tỉnh ủy về sinh hoạt chi bộ thôn sau sáp nhập và về chuyển sinh hoạt đảng.
Ở nhiều xã vùng cao, chi bộ thôn sau sáp nhập có trên 80 đảng viên, địa bàn rộng, đi lại khó. Đồng chí Sùng Mí Vàng, Bí thư Đảng ủy xã Lũng Cú, cho biết xã đã chia 11 chi bộ thành các tổ đảng theo cụm dân cư, duy trì sinh hoạt vào ngày 10 hằng tháng; quý III kết nạp 14 đảng viên người Mông, Lô Lô. Đồng chí Lý Thị Dín, Phó Bí thư Thường trực Đảng ủy xã Sơn Vĩ, đề nghị tỉnh bố trí kinh phí in sổ sách, tài liệu cho 32 chi bộ mới sáp nhập, ước khoảng 45 triệu đồng.
Đồng chí Ma Văn Lực, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị các chi bộ phối hợp Ban công tác Mặt trận thôn nắm tâm tư của nhân dân sau sắp xếp; phát huy 2.096 người có uy tín trong vận động bà con chấp hành chủ trương. Ông Đặng Văn Lìu, Bí thư Chi bộ thôn Nặm Ngặt, xã Sơn Vĩ, chia sẻ chi bộ vận động 46 hộ người Dao hiến đất mở rộng đường vào thôn.
Kết luận giao ban, đồng chí Hoàng Thị Kim Dung yêu cầu quý IV các đảng ủy xã, phường thực hiện Kế hoạch số 18-KH/TU ngày 19/8/2025 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng sinh hoạt chi bộ; phấn đấu cả năm kết nạp trên 3.500 đảng viên; rà soát, xóa tên đảng viên bỏ sinh hoạt quá 3 tháng không lý do; hoàn thành việc chuyển sinh hoạt đảng cho đảng viên các cơ quan cấp huyện trước đây.
Hà Linh
Tin liên quan
- Tuyên Quang: 100% thôn có chi bộ sau sáp nhập (28/09/2025)
- Đảng ủy xã Lũng Cú ra mắt 11 chi bộ thôn (02/09/2025)
- Tập huấn nghiệp vụ cho cấp ủy xã, phường mới (15/08/2025)
""", "2025-10-08", "Sinh hoạt chi bộ sau sắp xếp: đưa việc của thôn vào nghị quyết",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Hoàng Thị Kim Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Vương Văn Sính", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Nguyễn Quang Hiếu", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Triệu Thị Lành", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Sùng Mí Vàng", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lý Thị Dín", "Phó Bí thư Thường trực Đảng ủy xã Sơn Vĩ"),
 P("Ma Văn Lực", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đặng Văn Lìu", "Bí thư Chi bộ thôn Nặm Ngặt")],
[Q("124 điểm cầu đảng ủy xã, phường", 124, "điểm cầu đảng ủy xã, phường"), Q("4.312 chi bộ trực thuộc", 4312, "chi bộ trực thuộc"),
 Q("100%", 100, "%"), Q("892 đảng viên mới", 892, "đảng viên mới"), Q("2.705 đảng viên", 2705, "đảng viên"), Q("77,3%", 77.3, "%"),
 Q("2.148 đảng viên", 2148, "đảng viên"), Q("trên 80 đảng viên", 80, "đảng viên", "over"), Q("11 chi bộ", 11, "chi bộ"),
 Q("14 đảng viên người Mông, Lô Lô", 14, "đảng viên người Mông, Lô Lô"), Q("32 chi bộ mới sáp nhập", 32, "chi bộ"),
 Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"), Q("2.096 người có uy tín", 2096, "người có uy tín"),
 Q("46 hộ người Dao", 46, "hộ người Dao"), Q("trên 3.500 đảng viên", 3500, "đảng viên", "over")],
[D("Quy định", "294", "QĐ/TW", "2025-05-26", "BCH Trung ương", "Quy định số 294-QĐ/TW ngày 26/5/2025"),
 D("Hướng dẫn", "06", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 06, 07-HD/BTCTU"),
 D("Hướng dẫn", "07", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 06, 07-HD/BTCTU"),
 D("Kế hoạch", "18", "KH/TU", "2025-08-19", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 18-KH/TU ngày 19/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Sơn Vĩ")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Trang chủ > Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị giao ban trực tuyến."],
["Cập nhật: 09:42, 08/10/2025 (GMT+7)", "quý III/2025", "Quý III", "quý III", "9 tháng", "ngày 10 hằng tháng", "quý IV",
 "quá 3 tháng", "hai cấp", "hai tỉnh"]))

PAGES.append(page("b5545-vinhlong-dangbo-xa-doithoai-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Hôm nay: Thứ Bảy, 22/11/2025
Chính trị » Xây dựng Đảng
Thứ Năm, 20/11/2025
Bí thư Đảng ủy xã đối thoại với đảng viên trẻ và đoàn viên Khmer
Ngày 19/11, Đảng ủy xã Long Hiệp (tỉnh Vĩnh Long) tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy xã với đảng viên trẻ, đoàn viên thanh niên năm 2025. Tham dự có 168 đại biểu, trong đó 74 đoàn viên là người Khmer và 39 đảng viên dưới 30 tuổi.
Các đoàn viên nêu câu hỏi tại buổi đối thoại. Ảnh: Thạch Thảo
Chủ trì đối thoại là đồng chí Kim Ngọc Thái, Bí thư Đảng ủy, Chủ tịch HĐND xã Long Hiệp. Cùng dự có đồng chí Thạch Thị Kim Sa Rươn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Nguyễn Văn Út Mười, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã và đồng chí Sơn Minh Triều, Bí thư Đoàn xã.
Mở đầu, đồng chí Sơn Minh Triều thông tin: xã Long Hiệp được thành lập từ 3 xã cũ của huyện Trà Cú (tỉnh Trà Vinh trước đây), hiện có 28 chi bộ với 1.146 đảng viên. Từ ngày 1/7/2025 đến nay, Đảng bộ xã kết nạp 23 đảng viên mới, trong đó 15 đảng viên là đoàn viên thanh niên. Đoàn xã đang quản lý 1.870 đoàn viên, đã giới thiệu 56 đoàn viên ưu tú cho các chi bộ.
Anh Thạch Sô Pha, Bí thư Chi đoàn ấp Ba Cụm, hỏi: đoàn viên đi làm công nhân ở Thành phố Hồ Chí Minh có được xét kết nạp tại nơi làm việc không? Đồng chí Kim Ngọc Thái trả lời theo Hướng dẫn số 06-HD/TW ngày 9/6/2025 của Ban Bí thư, đoàn viên có thể được tổ chức đảng nơi làm việc xem xét nếu đủ thời gian công tác; Đảng ủy xã sẽ phối hợp xác minh lý lịch để không bị kéo dài.
Chị Kim Thị Sóc Nê, đảng viên trẻ Chi bộ ấp Chông Bát, đề nghị có hình thức sinh hoạt chi bộ phù hợp với đảng viên đi làm xa. Đồng chí Thạch Thị Kim Sa Rươn cho biết xã sẽ thí điểm cho 4 chi bộ ấp sinh hoạt trực tuyến kết hợp trực tiếp theo Hướng dẫn số 12-HD/BTCTW; đồng thời hỗ trợ thanh niên khởi nghiệp vay vốn tối đa 100 triệu đồng/người từ Ngân hàng Chính sách xã hội.
Sư cả Thạch Chanh Đa, trụ trì chùa Ba Cụm, người được mời dự, mong chi bộ ấp tiếp tục phối hợp với chùa dạy chữ Khmer cho 320 học sinh vào dịp hè.
Kết thúc đối thoại, đồng chí Kim Ngọc Thái ghi nhận 21 ý kiến, trả lời trực tiếp 17 ý kiến; giao Văn phòng Đảng ủy tổng hợp 4 ý kiến còn lại để trả lời bằng văn bản. Đồng chí yêu cầu thực hiện Nghị quyết số 03-NQ/ĐU của Đảng ủy xã về phát triển đảng viên trong đồng bào Khmer giai đoạn 2025 - 2030, phấn đấu năm 2026 kết nạp ít nhất 40 đảng viên; mỗi chi bộ ấp kèm cặp từ 2 quần chúng ưu tú trở lên.
Thạch Thảo
Tin cùng chuyên mục
- Vĩnh Long: tập huấn cho bí thư chi bộ ấp, khóm sau sắp xếp (12/11/2025)
- Long Hiệp ra mắt 28 chi bộ ấp (18/08/2025)
- Trao quà cho 200 hộ nghèo Khmer dịp lễ Sene Đôlta (20/09/2025)
""", "2025-11-20", "Bí thư Đảng ủy xã đối thoại với đảng viên trẻ và đoàn viên Khmer",
E("doi_thoai", "2025", "2025-11-19"),
[P("Kim Ngọc Thái", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Long Hiệp"),
 P("Thạch Thị Kim Sa Rươn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Út Mười", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"),
 P("Sơn Minh Triều", "Bí thư Đoàn xã"),
 P("Thạch Sô Pha", "Bí thư Chi đoàn ấp Ba Cụm"),
 P("Kim Thị Sóc Nê"),
 P("Thạch Chanh Đa", "Sư cả", "trụ trì chùa Ba Cụm")],
[Q("168 đại biểu", 168, "đại biểu"), Q("74 đoàn viên", 74, "đoàn viên"), Q("39 đảng viên", 39, "đảng viên"),
 Q("3 xã cũ", 3, "xã cũ"), Q("28 chi bộ", 28, "chi bộ"), Q("1.146 đảng viên", 1146, "đảng viên"),
 Q("23 đảng viên mới", 23, "đảng viên mới"), Q("15 đảng viên", 15, "đảng viên"), Q("1.870 đoàn viên", 1870, "đoàn viên"),
 Q("56 đoàn viên ưu tú", 56, "đoàn viên ưu tú"), Q("4 chi bộ ấp", 4, "chi bộ ấp"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("320 học sinh", 320, "học sinh"), Q("21 ý kiến", 21, "ý kiến"), Q("17 ý kiến", 17, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"),
 Q("ít nhất 40 đảng viên", 40, "đảng viên", "over"), Q("từ 2 quần chúng ưu tú trở lên", 2, "quần chúng ưu tú", "over")],
[D("Hướng dẫn", "06", "HD/TW", "2025-06-09", "Ban Bí thư", "Hướng dẫn số 06-HD/TW ngày 9/6/2025"),
 D("Hướng dẫn", "12", "HD/BTCTW", None, None, "Hướng dẫn số 12-HD/BTCTW"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU")],
[prov("Vĩnh Long"), prov("Trà Vinh"), prov("Hồ Chí Minh"), com("Long Hiệp")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị » Xây dựng Đảng", "Các đoàn viên nêu câu hỏi tại buổi đối thoại. Ảnh: Thạch Thảo"],
["Hôm nay: Thứ Bảy, 22/11/2025", "Thứ Năm, 20/11/2025", "năm 2025", "dưới 30 tuổi", "1/7/2025", "giai đoạn 2025 - 2030", "năm 2026"]))

PAGES.append(page("b5546-lamdong-dangbo-xa-tongket-2025", """
BÁO LÂM ĐỒNG
Hôm nay: Thứ Năm, 15/01/2026
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Tư, 14/01/2026, 08:05
Ảnh: Toàn cảnh hội nghị tổng kết.
Quảng Tín: Kết nạp 31 đảng viên, vượt chỉ tiêu năm đầu sau sắp xếp
Ngày 13/1, Đảng ủy xã Quảng Tín (tỉnh Lâm Đồng) tổ chức hội nghị tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025, triển khai nhiệm vụ năm 2026. Xã Quảng Tín mới được thành lập trên cơ sở 3 xã thuộc huyện Đắk R'lấp, tỉnh Đắk Nông trước đây.
Chủ trì hội nghị có đồng chí Phạm Xuân Trường, Bí thư Đảng ủy, Chủ tịch HĐND xã; dự có đồng chí Điểu Thị Hoài Lam, Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã và các đồng chí Phó Bí thư Đảng ủy xã: Y Kriu Bkrông, Lê Thị Thu Trang. Tham dự có 112 đồng chí là đảng ủy viên, bí thư các chi bộ trực thuộc và người có uy tín trong đồng bào Mnông.
Báo cáo cho biết, Đảng bộ xã có 39 chi bộ với 1.284 đảng viên. Năm 2025, Đảng bộ kết nạp 31 đảng viên mới, đạt 124% chỉ tiêu; trong đó 11 đảng viên là người Mnông, Ê Đê, 19 đảng viên là đoàn viên thanh niên. 100% chi bộ duy trì sinh hoạt định kỳ; 36 chi bộ sinh hoạt chuyên đề theo Hướng dẫn số 12-HD/BTCTW. Qua đánh giá, xếp loại, 92,3% chi bộ hoàn thành tốt nhiệm vụ trở lên, không có chi bộ yếu kém.
Sau khi vận hành chính quyền địa phương hai cấp, Đảng ủy xã đã ban hành Quy chế làm việc số 01-QC/ĐU và Nghị quyết số 05-NQ/ĐU về nâng cao chất lượng sinh hoạt chi bộ bon, thôn; tiếp nhận sinh hoạt đảng cho 146 đảng viên từ các cơ quan cấp huyện cũ. Các chi bộ lãnh đạo nhân dân góp 2,35 tỷ đồng cùng trên 3.800 ngày công làm 6,7 km đường giao thông nông thôn; xây 14 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Mnông.
Tại hội nghị, đồng chí Điểu K'Rơi, Bí thư Chi bộ bon Bu Prăng, cho biết chi bộ đã kết nạp 3 đảng viên là người Mnông, có 1 đảng viên từng là học sinh trường dân tộc nội trú. Ông Điểu Đăm, già làng bon Bu Prăng, đề nghị chi bộ mời già làng dự sinh hoạt mỗi khi bàn việc của bon. Bà Thị Lin, Chủ tịch Hội LHPN xã, cho biết hội đã giới thiệu 12 hội viên cho Đảng.
Phát biểu chỉ đạo, đồng chí Trần Đình Hậu, Phó Trưởng Ban Tổ chức Tỉnh ủy Lâm Đồng, đánh giá cao kết quả của Đảng bộ xã trong năm đầu sau sắp xếp; đề nghị năm 2026 tập trung triển khai Nghị quyết Đại hội XIV của Đảng, thực hiện Quy định số 294-QĐ/TW của BCH Trung ương, phấn đấu kết nạp từ 30 đảng viên trở lên, xóa 2 bon chưa có chi bộ riêng.
Dịp này, Đảng ủy xã khen thưởng 5 chi bộ, 12 đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025.
Khánh Phúc - Hồng Thắm
Tin liên quan
- Lâm Đồng: trao Huy hiệu Đảng đợt 7/1 cho 2.310 đảng viên (08/01/2026)
- Xã Quảng Tín tổng kết công tác Mặt trận năm 2025 (30/12/2025)
- Giao ban công tác xây dựng Đảng quý IV (19/12/2025)
""", "2026-01-14", "Quảng Tín: Kết nạp 31 đảng viên, vượt chỉ tiêu năm đầu sau sắp xếp",
E("tong_ket", "2025", "2026-01-13"),
[P("Phạm Xuân Trường", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Điểu Thị Hoài Lam", "Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Y Kriu Bkrông", "Phó Bí thư Đảng ủy xã"),
 P("Lê Thị Thu Trang", "Phó Bí thư Đảng ủy xã"),
 P("Điểu K'Rơi", "Bí thư Chi bộ bon Bu Prăng"),
 P("Điểu Đăm", "già làng bon Bu Prăng"),
 P("Thị Lin", "Chủ tịch Hội LHPN xã"),
 P("Trần Đình Hậu", "Phó Trưởng Ban Tổ chức Tỉnh ủy Lâm Đồng")],
[Q("31 đảng viên", 31, "đảng viên mới"), Q("3 xã", 3, "xã"), Q("112 đồng chí", 112, "đồng chí"), Q("39 chi bộ", 39, "chi bộ"),
 Q("1.284 đảng viên", 1284, "đảng viên"), Q("124%", 124, "%"), Q("11 đảng viên", 11, "đảng viên"), Q("19 đảng viên", 19, "đảng viên"),
 Q("100%", 100, "%"), Q("36 chi bộ", 36, "chi bộ"), Q("92,3%", 92.3, "%"), Q("146 đảng viên", 146, "đảng viên"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("trên 3.800 ngày công", 3800, "ngày công", "over"), Q("6,7 km", 6.7, "km"),
 Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"), Q("3 đảng viên", 3, "đảng viên"), Q("12 hội viên", 12, "hội viên"),
 Q("từ 30 đảng viên trở lên", 30, "đảng viên", "over"), Q("2 bon", 2, "bon"), Q("5 chi bộ", 5, "chi bộ"),
 Q("12 đảng viên", 12, "đảng viên")],
[D("Hướng dẫn", "12", "HD/BTCTW", None, None, "Hướng dẫn số 12-HD/BTCTW"),
 D("Quy chế làm việc", "01", "QC/ĐU", None, "Đảng ủy xã", "Quy chế làm việc số 01-QC/ĐU"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Quy định", "294", "QĐ/TW", None, "BCH Trung ương", "Quy định số 294-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Tín")],
["BÁO LÂM ĐỒNG", "Trang chủ › Chính trị › Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị tổng kết.", "Nghị quyết Đại hội XIV"],
["Hôm nay: Thứ Năm, 15/01/2026", "Thứ Tư, 14/01/2026, 08:05", "năm 2025", "năm 2026", "112 đồng chí", "hai cấp",
 "1 đảng viên", "năm đầu"]))

PAGES.append(page("b5547-dongnai-dangbo-xa-baocao-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Tin tức › Chính trị › Xây dựng Đảng
Ngày 09/04/2026 | 14:30
Lượt xem: 1.022
Bù Gia Mập: Quý I kết nạp 9 đảng viên là người S'tiêng, M'nông
Ban Thường vụ Đảng ủy xã Bù Gia Mập (tỉnh Đồng Nai) vừa ban hành Báo cáo số 48-BC/ĐU ngày 3/4/2026 về kết quả công tác xây dựng Đảng quý I/2026, trong đó công tác phát triển đảng viên trong đồng bào dân tộc thiểu số có nhiều chuyển biến.
Lễ kết nạp đảng viên tại Chi bộ thôn Bù Lư. Ảnh: Điểu Hùng
Theo báo cáo, quý I/2026, Đảng bộ xã kết nạp 14 đảng viên mới, trong đó 9 đảng viên là người S'tiêng, M'nông, 6 đảng viên nữ. Hiện Đảng bộ có 27 chi bộ với 862 đảng viên; 100% thôn có chi bộ, 24 chi bộ thôn đã sinh hoạt chuyên đề về giữ rừng và phòng, chống cháy rừng mùa khô. Các chi bộ thực hiện Quy định số 294-QĐ/TW ngày 26/5/2025 của BCH Trung ương, Hướng dẫn số 06-HD/TW của Ban Bí thư và Kế hoạch số 12, 13-KH/ĐU của Đảng ủy xã về sinh hoạt chi bộ thôn và về tạo nguồn phát triển đảng viên.
Báo cáo nêu, Đảng ủy xã đã tổ chức 1 lớp bồi dưỡng nhận thức về Đảng cho 47 quần chúng ưu tú, trong đó 32 người là người dân tộc thiểu số. Khối Mặt trận và các đoàn thể giới thiệu 38 đoàn viên, hội viên ưu tú; Đoàn xã có 21 đoàn viên được giới thiệu, Hội LHPN xã có 11 hội viên.
Đồng chí Điểu Lành, Phó Bí thư Thường trực Đảng ủy xã, cho biết ở các thôn Bù Lư, Đắk Á, việc tạo nguồn gặp khó do nhiều thanh niên đi làm công nhân ở các khu công nghiệp; có 4 quần chúng phải tạm dừng hồ sơ vì chưa đủ thời gian thẩm tra. Đồng chí Thị Hạnh, Bí thư Chi bộ thôn Bù Lư, kiến nghị hỗ trợ kinh phí cho chi bộ khoảng 2 triệu đồng mỗi quý để tổ chức sinh hoạt chuyên đề có mời người dân.
Báo cáo cũng chỉ ra hạn chế: 3 chi bộ chưa có nghị quyết tháng đúng quy định; tỷ lệ đảng viên dự sinh hoạt ở một số chi bộ thôn chỉ đạt khoảng 75%; còn 5 đảng viên chưa chuyển sinh hoạt đảng về nơi cư trú theo Quy định số 213-QĐ/TW.
Quý II/2026, Đảng ủy xã đặt mục tiêu kết nạp ít nhất 10 đảng viên; hoàn thành đánh giá chất lượng sinh hoạt của 27 chi bộ. Đồng chí Nguyễn Thị Phương Thảo, Bí thư Đảng ủy, Chủ tịch HĐND xã yêu cầu các chi bộ phối hợp với 62 người có uy tín vận động quần chúng ưu tú phấn đấu vào Đảng; triển khai Chỉ thị 21-CT/TU của Ban Thường vụ Tỉnh ủy Đồng Nai về công tác phòng cháy rừng năm 2026.
Đồng chí Điểu Thị Bích, Trưởng Ban Xây dựng Đảng Đảng ủy xã, được giao theo dõi tiến độ hồ sơ của từng quần chúng, báo cáo Thường trực Đảng ủy hằng tháng.
Điểu Hùng
Tin liên quan
- Đồng Nai: Quý I kết nạp 1.208 đảng viên (06/04/2026)
- Bù Gia Mập tổ chức Ngày hội Đại đoàn kết bon Bù Lư (25/03/2026)
- Trao Huy hiệu Đảng cho đảng viên người S'tiêng (03/02/2026)
""", "2026-04-09", "Bù Gia Mập: Quý I kết nạp 9 đảng viên là người S'tiêng, M'nông",
E("bao_cao", "2026-Q1", "2026-04-03"),
[P("Điểu Lành", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Thị Hạnh", "Bí thư Chi bộ thôn Bù Lư"),
 P("Nguyễn Thị Phương Thảo", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Điểu Thị Bích", "Trưởng Ban Xây dựng Đảng Đảng ủy xã")],
[Q("9 đảng viên", 9, "đảng viên"), Q("14 đảng viên mới", 14, "đảng viên mới"), Q("6 đảng viên nữ", 6, "đảng viên nữ"),
 Q("27 chi bộ", 27, "chi bộ"), Q("862 đảng viên", 862, "đảng viên"), Q("100%", 100, "%"), Q("24 chi bộ thôn", 24, "chi bộ thôn"),
 Q("47 quần chúng ưu tú", 47, "quần chúng ưu tú"), Q("32 người", 32, "người"), Q("38 đoàn viên, hội viên ưu tú", 38, "đoàn viên, hội viên ưu tú"),
 Q("21 đoàn viên", 21, "đoàn viên"), Q("11 hội viên", 11, "hội viên"), Q("4 quần chúng", 4, "quần chúng"),
 Q("khoảng 2 triệu đồng", 2000000, "đồng", "approx"), Q("3 chi bộ", 3, "chi bộ"), Q("khoảng 75%", 75, "%", "approx"),
 Q("5 đảng viên", 5, "đảng viên"), Q("ít nhất 10 đảng viên", 10, "đảng viên", "over"), Q("62 người có uy tín", 62, "người có uy tín")],
[D("Báo cáo", "48", "BC/ĐU", "2026-04-03", "Ban Thường vụ Đảng ủy xã Bù Gia Mập", "Báo cáo số 48-BC/ĐU ngày 3/4/2026"),
 D("Quy định", "294", "QĐ/TW", "2025-05-26", "BCH Trung ương", "Quy định số 294-QĐ/TW ngày 26/5/2025"),
 D("Hướng dẫn", "06", "HD/TW", None, "Ban Bí thư", "Hướng dẫn số 06-HD/TW"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 12, 13-KH/ĐU"),
 D("Kế hoạch", "13", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 12, 13-KH/ĐU"),
 D("Quy định", "213", "QĐ/TW", None, None, "Quy định số 213-QĐ/TW"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Đồng Nai", "Chỉ thị 21-CT/TU")],
[prov("Đồng Nai"), com("Bù Gia Mập")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Tin tức › Chính trị › Xây dựng Đảng", "Lượt xem: 1.022", "Lễ kết nạp đảng viên tại Chi bộ thôn Bù Lư. Ảnh: Điểu Hùng"],
["Ngày 09/04/2026 | 14:30", "Lượt xem: 1.022", "quý I/2026", "Quý I", "Quý II/2026", "1 lớp", "mỗi quý", "năm 2026", "mùa khô"]))

PAGES.append(page("b5548-gialai-dangbo-xa-traoqua-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ | Chính trị | Xây dựng Đảng
Thứ Năm, 05/02/2026 - 15:30
Kông Chro: Trao 120 suất quà Tết cho đảng viên khó khăn, đảng viên lão thành
Đồng chí Đinh Thị Hren trao quà cho đảng viên làng Tơ Pang. Ảnh: Minh Phương
Ngày 4/2, Đảng ủy xã Kông Chro (tỉnh Gia Lai) phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức thăm, tặng 120 suất quà Tết Bính Ngọ 2026 cho đảng viên lão thành, đảng viên có hoàn cảnh khó khăn và gia đình đảng viên là người Ba Na ở 14 làng. Mỗi suất quà gồm 600.000 đồng tiền mặt và nhu yếu phẩm, tổng trị giá hơn 96 triệu đồng, do cán bộ, đảng viên trong Đảng bộ đóng góp và Công ty cổ phần Mía đường An Khê hỗ trợ.
Đoàn do đồng chí Đinh Thị Hren, Bí thư Đảng ủy, Chủ tịch HĐND xã làm trưởng đoàn; cùng đi có các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã: Trần Văn Khôi, Đinh Văn Byưl và đồng chí Siu H'Nhí, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Trong số đảng viên được thăm, có 9 đảng viên được trao Huy hiệu 40 năm, 45 năm tuổi Đảng dịp 3/2 vừa qua và 26 đảng viên thuộc hộ nghèo, hộ cận nghèo. Ông Đinh Blôi, 78 tuổi, đảng viên Chi bộ làng Tơ Pang, xúc động chia sẻ ông vẫn đi sinh hoạt chi bộ đều đặn, vận động con cháu không nghe theo kẻ xấu, không bỏ làng đi nơi khác.
Theo đồng chí Trần Văn Khôi, Đảng bộ xã hiện có 32 chi bộ với 1.019 đảng viên, trong đó 468 đảng viên là người Ba Na, Jrai. Năm 2025, Đảng ủy kết nạp 38 đảng viên mới, trong đó 25 đảng viên là người dân tộc thiểu số. Thực hiện Nghị quyết số 21-NQ/TW của BCH Trung ương và Kế hoạch số 09-KH/ĐU của Đảng ủy xã, các chi bộ làng đã phân công 412 đảng viên phụ trách hộ, kịp thời nắm tình hình đời sống của đảng viên khó khăn để đề xuất hỗ trợ.
Dịp này, Đảng ủy xã cũng trao 3 căn nhà Đại đoàn kết trị giá 60 triệu đồng/căn cho 3 hộ đảng viên nghèo tại các làng Tơ Pang, Kơ Năng theo Chương trình "Tết sum vầy" và Quyết định số 115-QĐ/ĐU của Ban Thường vụ Đảng ủy xã.
Đồng chí Đinh Thị Hren đề nghị các chi bộ làng tiếp tục quan tâm đến đảng viên cao tuổi, bệnh tật; tổ chức sinh hoạt chi bộ tháng 2 gắn với bàn việc đón Tết vui tươi, an toàn; mỗi chi bộ vận động ít nhất 1 hộ hiến đất, góp công làm đường vào làng trong năm 2026. Đồng chí Siu H'Nhí đề nghị Ban công tác Mặt trận các làng phối hợp chi bộ rà soát, không để hộ nào không có Tết. Trước đó, Đảng ủy xã đã giao các chi bộ làng rà soát danh sách đảng viên khó khăn để đề xuất thăm hỏi, bảo đảm đúng đối tượng, công khai.
Minh Phương
Tin liên quan
- Gia Lai: trao Huy hiệu Đảng đợt 3/2 cho 3.150 đảng viên (03/02/2026)
- Kông Chro tổng kết công tác xây dựng Đảng năm 2025 (15/01/2026)
- Xã Kông Chro kết nạp 8 đảng viên là người Ba Na (20/12/2025)
""", "2026-02-05", "Kông Chro: Trao 120 suất quà Tết cho đảng viên khó khăn, đảng viên lão thành",
E("trao_qua", None, "2026-02-04"),
[P("Đinh Thị Hren", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Văn Khôi", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Đinh Văn Byưl", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Siu H'Nhí", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đinh Blôi")],
[Q("120 suất quà", 120, "suất quà"), Q("14 làng", 14, "làng"), Q("600.000 đồng", 600000, "đồng"),
 Q("hơn 96 triệu đồng", 96000000, "đồng", "over"), Q("9 đảng viên", 9, "đảng viên"), Q("26 đảng viên", 26, "đảng viên"),
 Q("32 chi bộ", 32, "chi bộ"), Q("1.019 đảng viên", 1019, "đảng viên"), Q("468 đảng viên", 468, "đảng viên"),
 Q("38 đảng viên mới", 38, "đảng viên mới"), Q("25 đảng viên", 25, "đảng viên"), Q("412 đảng viên", 412, "đảng viên"),
 Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("3 hộ đảng viên nghèo", 3, "hộ đảng viên nghèo")],
[D("Nghị quyết", "21", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 21-NQ/TW"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 09-KH/ĐU"),
 D("Quyết định", "115", "QĐ/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Quyết định số 115-QĐ/ĐU")],
[prov("Gia Lai"), com("Kông Chro")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ | Chính trị | Xây dựng Đảng",
 "Đồng chí Đinh Thị Hren trao quà cho đảng viên làng Tơ Pang. Ảnh: Minh Phương", "Tết sum vầy", "Công ty cổ phần Mía đường An Khê"],
["Thứ Năm, 05/02/2026 - 15:30", "Tết Bính Ngọ 2026", "40 năm, 45 năm tuổi Đảng", "3/2", "78 tuổi", "Năm 2025", "tháng 2",
 "1 hộ", "năm 2026"]))
