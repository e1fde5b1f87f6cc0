from lib import *
PAGES = []

PAGES.append(page("b3359-tuyenquang-xedap-nangbuoc-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Xã hội » Giáo dục » Nâng bước em đến trường
Thứ Năm, 28/08/2025, 09:05
Trao 300 xe đạp cho học sinh vùng cao trước thềm năm học mới
Ngày 27/8, tại xã Lũng Cú, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang phối hợp Hội Khuyến học tỉnh và Báo Tuyên Quang tổ chức trao 300 chiếc xe đạp trong chương trình "Nâng bước em đến trường" cho học sinh có hoàn cảnh khó khăn ở các xã vùng cao phía Bắc của tỉnh (khu vực tỉnh Hà Giang trước đây).
Các em học sinh xã Lũng Cú nhận xe đạp. Ảnh: Hoàng Anh
Mỗi chiếc xe đạp trị giá 2,5 triệu đồng, kèm theo 1 mũ bảo hiểm và ba lô đựng sách. Tổng trị giá chương trình 780 triệu đồng, do 14 doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh tài trợ. Các em nhận xe là học sinh người Mông, Dao, Lô Lô ở các xã Lũng Cú, Mèo Vạc, Sủng Máng, nhà cách trường từ 4 km trở lên.
Dự buổi trao tặng có ông Sùng Mí Páo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Lầu Thị Dua, Phó Chủ tịch Hội Khuyến học tỉnh; ông Bàn Văn Tiến, Bí thư Đảng ủy xã Lũng Cú.
Phát biểu tại buổi lễ, ông Sùng Mí Páo cho biết, sau khi hợp nhất tỉnh từ ngày 1/7/2025, Mặt trận các cấp tiếp tục duy trì chương trình "Nâng bước em đến trường" theo Kế hoạch số 12/KH-MTTQ-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, phấn đấu năm học 2025 - 2026 trao ít nhất 1.000 chiếc xe đạp và 500 suất học bổng cho học sinh vùng cao. Từ năm 2018 đến nay, chương trình đã trao hơn 4.500 xe đạp với tổng trị giá khoảng 9 tỷ đồng.
Bà Lầu Thị Dua cho biết thêm, thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, Hội Khuyến học tỉnh sẽ vận động xây dựng thêm 20 phòng ở bán trú cho học sinh THCS tại các xã biên giới. Hiện toàn khu vực vẫn còn khoảng 1.800 học sinh phải ở nhờ nhà dân hoặc lán tạm gần trường.
Em Lò Thị Sen, học sinh lớp 8 Trường PTDTBT THCS Lũng Cú, người Lô Lô, chia sẻ: "Trước đây em phải đi bộ hơn 1 tiếng mới đến trường. Có xe đạp, em sẽ đi học đúng giờ hơn". Ông Ly Mí Sính, người có uy tín thôn Lô Lô Chải, cảm ơn các nhà tài trợ và hứa sẽ nhắc nhở các gia đình cho con em đi học đều.
Cũng trong dịp này, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Sùng Mí Páo, Hoàng Thị Nhung trao 100 suất quà gồm sách vở, áo ấm cho học sinh Trường Phổ thông dân tộc bán trú Tiểu học Sủng Máng, mỗi suất trị giá 500.000 đồng.
Hoàng Anh
Tin liên quan
- Hội Khuyến học tỉnh Tuyên Quang ra mắt sau hợp nhất (20/07/2025)
- Mặt trận tỉnh vận động xây dựng nhà bán trú cho học sinh vùng cao (10/07/2025)
- Trao học bổng cho học sinh nghèo xã Minh Xuân (02/07/2025)
""", "2025-08-28", "Trao 300 xe đạp cho học sinh vùng cao trước thềm năm học mới",
E("trao_qua", None, "2025-08-27"),
[P("Sùng Mí Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lầu Thị Dua", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Bàn Văn Tiến", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lò Thị Sen", "học sinh lớp 8 Trường PTDTBT THCS Lũng Cú"),
 P("Ly Mí Sính", "người có uy tín thôn Lô Lô Chải"),
 P("Hoàng Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("300 chiếc xe đạp", 300, "chiếc xe đạp"), Q("2,5 triệu đồng", 2500000, "đồng"), Q("780 triệu đồng", 780000000, "đồng"),
 Q("14 doanh nghiệp, nhà hảo tâm", 14, "doanh nghiệp, nhà hảo tâm"), Q("từ 4 km trở lên", 4, "km", "over"),
 Q("ít nhất 1.000 chiếc xe đạp", 1000, "chiếc xe đạp", "over"), Q("500 suất học bổng", 500, "suất học bổng"),
 Q("hơn 4.500 xe đạp", 4500, "xe đạp", "over"), Q("khoảng 9 tỷ đồng", 9000000000, "đồng", "approx"),
 Q("20 phòng ở bán trú", 20, "phòng ở bán trú"), Q("khoảng 1.800 học sinh", 1800, "học sinh", "approx"),
 Q("100 suất quà", 100, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2025-07-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 15/7/2025"),
 D("Nghị quyết", "71", "NQ/TW", "2025-08-22", "Bộ Chính trị", "Nghị quyết số 71-NQ/TW ngày 22/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc"), com("Sủng Máng")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Xã hội » Giáo dục » Nâng bước em đến trường", "Các em học sinh xã Lũng Cú nhận xe đạp. Ảnh: Hoàng Anh",
 "Nâng bước em đến trường", "Trường Phổ thông dân tộc bán trú Tiểu học Sủng Máng"],
["Thứ Năm, 28/08/2025, 09:05", "1 mũ bảo hiểm", "ngày 1/7/2025", "2025 - 2026", "Từ năm 2018", "hơn 1 tiếng", "lớp 8"]))

PAGES.append(page("b3360-vinhlong-khuyenhoc-tongket-2025", """
Hôm nay: Thứ Tư, 24/12/2025
HỘI KHUYẾN HỌC TỈNH VĨNH LONG
Trang chủ | Tin tức | Hoạt động Hội
Cập nhật: 16:45, 23/12/2025 (GMT+7)
Toàn cảnh hội nghị. Ảnh: Ngọc Hân
Khuyến học Vĩnh Long triển khai nhiệm vụ năm 2026
Ngày 22/12/2025, Hội Khuyến học tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2025 và triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất Hội Khuyến học 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Ông Nguyễn Văn Đức, Chủ tịch Hội Khuyến học tỉnh chủ trì hội nghị.
Báo cáo cho biết, năm 2025 các cấp hội trong tỉnh đã vận động quỹ khuyến học được hơn 68 tỷ đồng; trao 42.300 suất học bổng, phần thưởng và 3.150 chiếc xe đạp cho học sinh; hỗ trợ 1.860 sinh viên nghèo vay vốn học tập qua Ngân hàng Chính sách xã hội. Toàn tỉnh hiện có 124/124 xã, phường có hội khuyến học với khoảng 1,05 triệu hội viên, chiếm 25,7% dân số. Chương trình "Nâng bước em đến trường" của Báo Vĩnh Long đã trao 600 suất học bổng, mỗi suất 2 triệu đồng.
Hội đã phối hợp Ban Đại diện Hội Khuyến học các phường, xã rà soát, sắp xếp lại tổ chức hội sau khi bỏ cấp huyện, bảo đảm hoạt động thông suốt. Thực hiện Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư và Hướng dẫn số 02-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, các chi hội ở ấp, khóm được kiện toàn với 2.140 chi hội.
Tại hội nghị, các đồng chí Thạch Sô Phanh, Kim Thị Sóc Khanh, Trần Văn Hậu - Phó Chủ tịch Hội Khuyến học tỉnh - trình bày tham luận về phát triển quỹ khuyến học trong đồng bào Khmer, xây dựng "Cộng đồng học tập" ở phường và vận động Việt kiều hỗ trợ học bổng. Đại đức Thạch Chanh Đa Ra, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết các chùa Khmer đã duy trì 86 lớp dạy chữ Pali, Khmer hè cho hơn 3.400 học sinh. Bà Lê Thị Ngọc Bích, Chủ tịch Hội Khuyến học phường Phú Khương, chia sẻ mô hình "Tủ sách khuyến học khu phố".
Phát biểu chỉ đạo, bà Nguyễn Thị Thanh Hà, Phó Chủ tịch UBND tỉnh, ghi nhận năm 2025 là năm đặc biệt khi bộ máy các cấp được sắp xếp lại. Bà đề nghị năm 2026 Hội tiếp tục thực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị và Quyết định số 1373/QĐ-TTg của Thủ tướng Chính phủ; phấn đấu 100% xã, phường đạt chuẩn "Cộng đồng học tập" mức độ 1 trở lên.
Dịp này, Trung ương Hội Khuyến học Việt Nam tặng Bằng khen cho 6 tập thể, 8 cá nhân; UBND tỉnh tặng bằng khen cho 20 tập thể, 25 cá nhân có thành tích xuất sắc năm 2025.
Ngọc Hân
Lượt xem: 958
Tin khác
- Trao học bổng cho học sinh Khmer phường Trà Vinh (15/12/2025)
- Hội Khuyến học xã Hàm Giang ra mắt quỹ khuyến học (05/12/2025)
- Tập huấn nghiệp vụ cho cán bộ khuyến học cấp xã (25/11/2025)
""", "2025-12-23", "Khuyến học Vĩnh Long triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2025-12-22"),
[P("Nguyễn Văn Đức", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Thạch Sô Phanh", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Kim Thị Sóc Khanh", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Trần Văn Hậu", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Thạch Chanh Đa Ra", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Lê Thị Ngọc Bích", "Chủ tịch Hội Khuyến học phường Phú Khương"),
 P("Nguyễn Thị Thanh Hà", "Phó Chủ tịch UBND tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("hơn 68 tỷ đồng", 68000000000, "đồng", "over"),
 Q("42.300 suất học bổng, phần thưởng", 42300, "suất học bổng, phần thưởng"), Q("3.150 chiếc xe đạp", 3150, "chiếc xe đạp"),
 Q("1.860 sinh viên nghèo", 1860, "sinh viên nghèo"), Q("124/124 xã, phường", 124, "xã, phường"),
 Q("khoảng 1,05 triệu hội viên", 1050000, "hội viên", "approx"), Q("25,7%", 25.7, "%"),
 Q("600 suất học bổng", 600, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("2.140 chi hội", 2140, "chi hội"),
 Q("86 lớp dạy chữ Pali, Khmer hè", 86, "lớp dạy chữ Pali, Khmer hè"), Q("hơn 3.400 học sinh", 3400, "học sinh", "over"),
 Q("100%", 100, "%"), Q("6 tập thể", 6, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("20 tập thể", 20, "tập thể"),
 Q("25 cá nhân", 25, "cá nhân")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 02-HD/BTGDVTU"),
 D("Nghị quyết", "71", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 71-NQ/TW"),
 D("Quyết định", "1373", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1373/QĐ-TTg")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Phú Khương")],
["Hôm nay: Thứ Tư, 24/12/2025", "HỘI KHUYẾN HỌC TỈNH VĨNH LONG", "Trang chủ | Tin tức | Hoạt động Hội", "Toàn cảnh hội nghị. Ảnh: Ngọc Hân",
 "Nâng bước em đến trường", "Cộng đồng học tập", "Tủ sách khuyến học khu phố", "Ngân hàng Chính sách xã hội", "Lượt xem: 958"],
["Hôm nay: Thứ Tư, 24/12/2025", "Cập nhật: 16:45, 23/12/2025 (GMT+7)", "năm 2025", "năm 2026", "mức độ 1", "Lượt xem: 958"]))

PAGES.append(page("b3361-lamdong-nguoiuytin-giaoduc-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng
You are here: Trang chủ / Dân tộc - Tôn giáo / Tin hoạt động
05/09/2025 - 10:30
Phát huy vai trò người có uy tín trong vận động học sinh đến trường
Sáng 4/9, tại xã Đắk Song, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng phối hợp Sở Giáo dục và Đào tạo tổ chức hội nghị người có uy tín trong đồng bào dân tộc thiểu số với sự nghiệp giáo dục năm 2025, nhân dịp khai giảng năm học 2025 - 2026. Tham dự có 215 già làng, người có uy tín là người M'nông, Mạ, K'Ho, Chăm, Raglai ở các xã khu vực Đắk Nông và Bình Thuận cũ.
Đại biểu người có uy tín phát biểu tại hội nghị.
Đồng chí Ka Thị Huyền, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có đồng chí Điểu Đăm, Phó Giám đốc Sở Giáo dục và Đào tạo; đồng chí Y Thịnh, Bí thư Đảng ủy xã Đắk Song.
Báo cáo tại hội nghị cho biết, năm học 2024 - 2025, tỷ lệ học sinh dân tộc thiểu số bỏ học ở khu vực này là 1,4%, giảm 0,6% so với năm trước; có khoảng 2.700 em thuộc diện có nguy cơ bỏ học cao. Thực hiện Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín và về chống tảo hôn, hôn nhân cận huyết thống, các xã đã thành lập 96 tổ vận động học sinh ra lớp có người có uy tín tham gia.
Tại hội nghị, 17 ý kiến đã được trao đổi. Già làng K'Brơi ở bon Bu Prăng, xã Quảng Trực, cho biết ông thường tổ chức sinh hoạt ở nhà văn hóa bon vào đầu tuần để nhắc phụ huynh. Ông Điểu Xiêng, người có uy tín bon N'Jriêng, xã Đắk Song, đề nghị hỗ trợ xe đưa đón học sinh vào mùa mưa. Ông Ka Sô Liễng, người có uy tín thôn Đạ Nhar, xã Quảng Sơn, kiến nghị mở thêm điểm trường mầm non ở thôn.
Nhiều ý kiến cũng phản ánh sau khi sắp xếp lại đơn vị hành chính, một số điểm trường lẻ được sáp nhập về trường chính nên đường đến lớp của học sinh xa hơn; có nơi phụ huynh đi làm rẫy dài ngày, để trẻ ở nhà với ông bà. Các đại biểu đề nghị ngành giáo dục bố trí thêm giáo viên biết tiếng dân tộc ở lớp đầu cấp.
Kết luận hội nghị, đồng chí Ka Thị Huyền đề nghị các già làng, người có uy tín tiếp tục là "cánh tay nối dài" của cấp ủy, chính quyền; phối hợp với nhà trường vận động 100% trẻ trong độ tuổi đến lớp. Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ tổng hợp, chuyển các kiến nghị đến UBND tỉnh theo Quy chế phối hợp số 05-QC/BTGDVTU-SGDĐT ngày 20/8/2025.
Dịp này, Ban tổ chức trao 215 phần quà cho người có uy tín, mỗi phần trị giá 800.000 đồng, và trao 50 suất học bổng "Nâng bước em đến trường" cho học sinh nghèo với tổng trị giá 75 triệu đồng.
Thanh Thủy
Lượt truy cập: 12.875
Tin cùng chuyên mục
- Hội nghị người có uy tín khu vực Lâm Đồng cũ (28/08/2025)
- Bảo Lâm: thăm, tặng quà già làng nhân Quốc khánh 2/9 (30/08/2025)
- Tập huấn công tác dân tộc cho cán bộ cấp xã sau sắp xếp (15/08/2025)
""", "2025-09-05", "Phát huy vai trò người có uy tín trong vận động học sinh đến trường",
E("hoi_nghi", "2025", "2025-09-04"),
[P("Ka Thị Huyền", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Đăm", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Y Thịnh", "Bí thư Đảng ủy xã Đắk Song"),
 P("K'Brơi", "Già làng"),
 P("Điểu Xiêng", "người có uy tín bon N'Jriêng"),
 P("Ka Sô Liễng", "người có uy tín thôn Đạ Nhar")],
[Q("215 già làng, người có uy tín", 215, "già làng, người có uy tín"), Q("1,4%", 1.4, "%"), Q("0,6%", 0.6, "%"),
 Q("khoảng 2.700 em", 2700, "em", "approx"), Q("96 tổ vận động học sinh ra lớp", 96, "tổ vận động học sinh ra lớp"),
 Q("17 ý kiến", 17, "ý kiến"), Q("100%", 100, "%"), Q("215 phần quà", 215, "phần quà"), Q("800.000 đồng", 800000, "đồng"),
 Q("50 suất học bổng", 50, "suất học bổng"), Q("75 triệu đồng", 75000000, "đồng")],
[D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Quy chế phối hợp", "05", "QC/BTGDVTU-SGDĐT", "2025-08-20", None, "Quy chế phối hợp số 05-QC/BTGDVTU-SGDĐT ngày 20/8/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đắk Song"), com("Quảng Trực"), com("Quảng Sơn")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "You are here: Trang chủ / Dân tộc - Tôn giáo / Tin hoạt động",
 "Đại biểu người có uy tín phát biểu tại hội nghị.", "cánh tay nối dài", "Nâng bước em đến trường", "Lượt truy cập: 12.875"],
["05/09/2025 - 10:30", "năm 2025", "2025 - 2026", "2024 - 2025", "Lượt truy cập: 12.875"]))

PAGES.append(page("b3362-dongnai-mttq-giamsat-hocphi-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ > Giám sát, phản biện xã hội
18/3/2026 | 15:40
Đoàn giám sát làm việc tại Trường Tiểu học và THCS Bù Gia Mập.
Giám sát thực hiện chính sách miễn học phí, hỗ trợ học sinh vùng đồng bào dân tộc thiểu số
Ngày 17/3/2026, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do ông Điểu Minh Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2026 về việc thực hiện chính sách miễn học phí và hỗ trợ học sinh dân tộc thiểu số tại xã Bù Gia Mập và xã Đăk Ơ (khu vực tỉnh Bình Phước trước đây). Đoàn gồm 9 đồng chí là đại diện các ban chuyên môn Ủy ban MTTQ tỉnh, Sở Giáo dục và Đào tạo và Sở Tài chính.
Theo báo cáo của UBND xã Bù Gia Mập, thực hiện Nghị quyết số 217/2025/QH15 của Quốc hội về miễn học phí cho trẻ em mầm non, học sinh phổ thông, học kỳ I năm học 2025 - 2026 toàn xã có 2.186 học sinh được miễn học phí; 1.342 học sinh người S'tiêng, M'nông được hưởng chính sách hỗ trợ tiền ăn, gạo theo Nghị định 66/2025/NĐ-CP của Chính phủ, với tổng kinh phí khoảng 6,4 tỷ đồng. Xã Đăk Ơ có 97% học sinh dân tộc thiểu số được nhận hỗ trợ đúng hạn.
Qua giám sát, đoàn đánh giá việc triển khai chính sách cơ bản kịp thời, đúng đối tượng. Tuy nhiên, vẫn còn 58 hồ sơ chậm phê duyệt do thay đổi địa giới hành chính, giấy tờ cư trú chưa cập nhật; một số trường chưa niêm yết công khai danh sách học sinh được hỗ trợ; 3 điểm trường lẻ thiếu nước sạch.
Làm việc với đoàn, bà Thị Bích, Phó Chủ tịch UBND xã Bù Gia Mập, cho biết xã sẽ hoàn thành phê duyệt hồ sơ còn tồn trước ngày 31/3. Ông Điểu Lé, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Ơ, kiến nghị tăng mức hỗ trợ cho học sinh ở bán trú xa nhà trên 10 km. Thầy Lâm Quang Vinh, Hiệu trưởng Trường Tiểu học và THCS Bù Gia Mập, đề nghị bổ sung 4 giáo viên tiếng Anh và tin học.
Phát biểu kết luận, ông Điểu Minh Hòa đề nghị UBND các xã khẩn trương giải quyết dứt điểm 58 hồ sơ tồn đọng; tăng cường công khai, minh bạch; phối hợp với Hội Khuyến học, Ban Công tác Mặt trận các ấp, sóc vận động xã hội hóa xây dựng công trình nước sạch cho các điểm trường. Ủy ban MTTQ tỉnh sẽ tổng hợp kết quả, kiến nghị UBND tỉnh theo Kế hoạch số 18/KH-MTTQ-BTT ngày 10/02/2026.
Trong chương trình giám sát, đoàn đã đến thăm và trao 40 suất học bổng "Nâng bước em đến trường", mỗi suất 1 triệu đồng, cho học sinh người S'tiêng có hoàn cảnh khó khăn.
Phương Hằng
Tin cùng chuyên mục
- Phản biện dự thảo nghị quyết về hỗ trợ học sinh bán trú (10/03/2026)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách người có uy tín (27/02/2026)
- Hội nghị triển khai chương trình giám sát năm 2026 (20/01/2026)
- Mặt trận tỉnh tổng kết công tác năm 2025 (08/01/2026)
""", "2026-03-18", "Giám sát thực hiện chính sách miễn học phí, hỗ trợ học sinh vùng đồng bào dân tộc thiểu số",
E("giam_sat", "2026", "2026-03-17"),
[P("Điểu Minh Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Bích", "Phó Chủ tịch UBND xã Bù Gia Mập"),
 P("Điểu Lé", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Ơ"),
 P("Lâm Quang Vinh", "Hiệu trưởng Trường Tiểu học và THCS Bù Gia Mập")],
[Q("9 đồng chí", 9, "đồng chí"), Q("2.186 học sinh", 2186, "học sinh"), Q("1.342 học sinh", 1342, "học sinh"),
 Q("khoảng 6,4 tỷ đồng", 6400000000, "đồng", "approx"), Q("97%", 97, "%"), Q("58 hồ sơ", 58, "hồ sơ"),
 Q("3 điểm trường lẻ", 3, "điểm trường lẻ"), Q("trên 10 km", 10, "km", "over"), Q("4 giáo viên tiếng Anh và tin học", 4, "giáo viên tiếng Anh và tin học"),
 Q("40 suất học bổng", 40, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "217", "2025/QH15", None, "Quốc hội", "Nghị quyết số 217/2025/QH15"),
 D("Nghị định", "66", "2025/NĐ-CP", None, "Chính phủ", "Nghị định 66/2025/NĐ-CP"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", "2026-02-10", None, "Kế hoạch số 18/KH-MTTQ-BTT ngày 10/02/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đăk Ơ")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ > Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại Trường Tiểu học và THCS Bù Gia Mập.", "Nâng bước em đến trường"],
["18/3/2026 | 15:40", "9 đồng chí", "năm 2026", "học kỳ I", "2025 - 2026", "ngày 31/3"]))

PAGES.append(page("b3363-gialai-chuctet-hocsinh-noitru-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự › Xã hội › Giáo dục
Thứ Ba, 10/02/2026 - 16:20
Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Rơ Mah H'Lương trao quà cho học sinh.
Thăm, chúc Tết thầy và trò các trường dân tộc nội trú
Ngày 9/2, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Gia Lai do bà Rơ Mah H'Lương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, chúc Tết Nguyên đán Bính Ngọ 2026 và tặng quà cho thầy và trò Trường PTDT nội trú THCS An Lão (xã An Lão) và Trường PTDT nội trú THCS Kbang (xã Kbang).
Tại Trường PTDT nội trú THCS An Lão, nơi có 280 học sinh người Bahnar, Hrê đang học tập, đoàn đã trao 280 suất quà Tết, mỗi suất gồm 300.000 đồng tiền mặt, bánh kẹo và đồ dùng học tập. Đoàn cũng tặng nhà trường 1 bộ âm thanh phục vụ sinh hoạt văn nghệ trị giá 25 triệu đồng.
Thầy Đinh Văn Tơ, Hiệu trưởng Trường PTDT nội trú THCS An Lão, cho biết năm học 2025 - 2026 trường có 98% học sinh xếp loại học tập từ khá trở lên; có 21 em đạt giải học sinh giỏi cấp tỉnh. Sau khi tỉnh Bình Định hợp nhất vào tỉnh Gia Lai, trường tiếp tục được quan tâm đầu tư 4 phòng học bộ môn và nhà ăn bán trú.
Tại Trường PTDT nội trú THCS Kbang, đoàn trao 320 suất quà cho học sinh, trị giá 500.000 đồng/suất, cùng 20 chiếc xe đạp trong chương trình "Nâng bước em đến trường" cho học sinh có nhà xa. Em Đinh Thị H'Nuông, học sinh lớp 9, người Bahnar, cho biết: "Tết này em được về nhà sum họp, còn có quà mang về cho các em nhỏ ở làng".
Thăm hỏi thầy cô, bà Rơ Mah H'Lương ghi nhận sự tận tụy của đội ngũ giáo viên, nhất là các thầy cô phải ở lại trường trông học sinh những ngày Tết. Bà đề nghị nhà trường quan tâm đưa đón học sinh về quê an toàn, nắm chắc số học sinh trở lại trường sau Tết để kịp thời vận động, không để học sinh nghỉ học kéo dài. Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng 35 suất quà cho giáo viên có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng.
Cùng đi với đoàn có ông Nay Y Blim, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; bà Đinh Thị Hà, Phó Chủ tịch Hội Khuyến học tỉnh. Tổng giá trị quà trong chuyến thăm hơn 350 triệu đồng, trích từ Quỹ "Vì người nghèo" và sự đóng góp của các nhà hảo tâm.
Trước đó, ngày 5/2, Hội Khuyến học tỉnh cũng đã trao 150 suất học bổng cho học sinh nghèo vượt khó ở phường Quy Nhơn và xã Ia Grai.
Ngọc Minh
Tin liên quan
- Tuổi trẻ Gia Lai tổ chức "Xuân tình nguyện" năm 2026 (06/02/2026)
- Trao 500 suất quà Tết cho hộ nghèo vùng biên giới (04/02/2026)
- Ủy ban MTTQ tỉnh phát động ủng hộ Quỹ "Vì người nghèo" dịp Tết (20/01/2026)
- Hội Khuyến học tỉnh tổng kết công tác năm 2025 (15/01/2026)
""", "2026-02-10", "Thăm, chúc Tết thầy và trò các trường dân tộc nội trú",
E("trao_qua", None, "2026-02-09"),
[P("Rơ Mah H'Lương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Tơ", "Hiệu trưởng Trường PTDT nội trú THCS An Lão"),
 P("Đinh Thị H'Nuông", "học sinh lớp 9"),
 P("Nay Y Blim", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hà", "Phó Chủ tịch Hội Khuyến học tỉnh")],
[Q("280 học sinh", 280, "học sinh"), Q("280 suất quà Tết", 280, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("98%", 98, "%"), Q("21 em", 21, "em"), Q("4 phòng học bộ môn", 4, "phòng học bộ môn"),
 Q("320 suất quà", 320, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp"),
 Q("35 suất quà", 35, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 350 triệu đồng", 350000000, "đồng", "over"),
 Q("150 suất học bổng", 150, "suất học bổng")],
[],
[prov("Gia Lai"), prov("Bình Định"), com("An Lão"), com("Kbang"), com("Quy Nhơn"), com("Ia Grai")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Thời sự › Xã hội › Giáo dục",
 "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Rơ Mah H'Lương trao quà cho học sinh.", "Nâng bước em đến trường", "Vì người nghèo",
 "Trường PTDT nội trú THCS Kbang", "Tết Nguyên đán Bính Ngọ 2026"],
["Thứ Ba, 10/02/2026 - 16:20", "Bính Ngọ 2026", "1 bộ âm thanh", "2025 - 2026", "lớp 9", "ngày 5/2"]))

PAGES.append(page("b3364-caobang-khuyenhoc-giaoban-q1-2026", """
HỘI KHUYẾN HỌC TỈNH CAO BẰNG - TRANG THÔNG TIN ĐIỆN TỬ
Vị trí: Trang chủ >> Hoạt động Hội >> Tin tức
08/04/2026 - 09:30 (GMT+7)
Đồng chí Nông Thị Hạnh chủ trì giao ban.
Khuyến học Cao Bằng: hỗ trợ hơn 500 học sinh trở lại trường sau Tết
Sáng 7/4, Hội Khuyến học tỉnh Cao Bằng tổ chức giao ban công tác khuyến học quý I năm 2026 với Ban Thường vụ Hội khuyến học các xã, phường. Đồng chí Nông Thị Hạnh, Chủ tịch Hội Khuyến học tỉnh chủ trì.
Báo cáo tại giao ban cho biết, trong quý I, các cấp hội tập trung phối hợp với nhà trường, thôn, xóm vận động học sinh trở lại lớp sau Tết Nguyên đán; đã hỗ trợ hơn 500 học sinh có nguy cơ bỏ học bằng gạo, quần áo ấm và đồ dùng học tập với tổng trị giá khoảng 420 triệu đồng. Nhờ đó, tỷ lệ học sinh đi học trở lại sau Tết đạt 99,2%, riêng các xã biên giới đạt 98,5%.
Các cấp hội đã vận động quỹ khuyến học được gần 1,3 tỷ đồng; phát triển 1.150 hội viên mới; trao 640 suất học bổng cho học sinh người Tày, Nùng, Mông, Dao. Chương trình "Nâng bước em đến trường" trao 45 chiếc xe đạp cho học sinh các xã Bảo Lạc, Quảng Uyên. Thực hiện Kế hoạch số 05, 06/KH-HKH của Hội Khuyến học tỉnh về xây dựng "Cộng đồng học tập" cấp xã và về phát triển hội viên năm 2026, đã có 34 xã, phường đăng ký xây dựng cộng đồng học tập.
Tại giao ban, ông Hoàng Văn Pắn, Chủ tịch Hội Khuyến học xã Bảo Lạc, cho biết xã có 12 học sinh người Mông nghỉ học theo gia đình đi làm ăn xa, hội đã phối hợp với người có uy tín vận động được 9 em quay lại. Bà Lăng Thị Thu, Chủ tịch Hội Khuyến học phường Thục Phán, đề nghị hướng dẫn việc sáp nhập quỹ khuyến học của các tổ dân phố sau khi sắp xếp. Ông Lục Văn Dũng, Phó Chủ tịch Thường trực Hội Khuyến học tỉnh, thông tin về kết quả rà soát, kiện toàn 56/56 hội khuyến học xã, phường.
Kết luận giao ban, đồng chí Nông Thị Hạnh đề nghị quý II các cấp hội tiếp tục thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị; chuẩn bị tổng kết năm học 2025 - 2026, tuyên dương học sinh giỏi; phối hợp tổ chức "Ngày hội khuyến học" ở ít nhất 10 xã, phường. Đồng chí cũng lưu ý việc quản lý, sử dụng quỹ phải công khai, đúng quy định tại Thông tư 41/2025/TT-BTC của Bộ Tài chính.
Thu Trang
Số lượt xem: 276
Các tin khác
- Hội Khuyến học tỉnh tổng kết công tác năm 2025 (06/01/2026)
- Trao 200 suất quà Tết cho học sinh nghèo xã Hà Quảng (05/02/2026)
- Phường Nùng Trí Cao ra mắt Chi hội khuyến học tổ dân phố 5 (12/03/2026)
- Giao ban công tác khuyến học quý IV năm 2025 (10/01/2026)
- Trùng Khánh: vận động con em xa quê góp quỹ khuyến học (28/12/2025)
- Tập huấn phần mềm quản lý hội viên cho cán bộ hội cấp xã (15/12/2025)
""", "2026-04-08", "Khuyến học Cao Bằng: hỗ trợ hơn 500 học sinh trở lại trường sau Tết",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Nông Thị Hạnh", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Hoàng Văn Pắn", "Chủ tịch Hội Khuyến học xã Bảo Lạc"),
 P("Lăng Thị Thu", "Chủ tịch Hội Khuyến học phường Thục Phán"),
 P("Lục Văn Dũng", "Phó Chủ tịch Thường trực Hội Khuyến học tỉnh")],
[Q("hơn 500 học sinh", 500, "học sinh", "over"), Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"),
 Q("99,2%", 99.2, "%"), Q("98,5%", 98.5, "%"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("1.150 hội viên mới", 1150, "hội viên mới"), Q("640 suất học bổng", 640, "suất học bổng"),
 Q("45 chiếc xe đạp", 45, "chiếc xe đạp"), Q("34 xã, phường", 34, "xã, phường"), Q("12 học sinh", 12, "học sinh"),
 Q("9 em", 9, "em"), Q("56/56 hội khuyến học xã, phường", 56, "hội khuyến học xã, phường"),
 Q("ít nhất 10 xã, phường", 10, "xã, phường", "over")],
[D("Kế hoạch", "05", "KH-HKH", None, "Hội Khuyến học tỉnh", "Kế hoạch số 05, 06/KH-HKH"),
 D("Kế hoạch", "06", "KH-HKH", None, "Hội Khuyến học tỉnh", "Kế hoạch số 05, 06/KH-HKH"),
 D("Nghị quyết", "71", "NQ/TW", "2025-08-22", "Bộ Chính trị", "Nghị quyết số 71-NQ/TW ngày 22/8/2025"),
 D("Thông tư", "41", "2025/TT-BTC", None, "Bộ Tài chính", "Thông tư 41/2025/TT-BTC")],
[prov("Cao Bằng"), com("Bảo Lạc"), com("Quảng Uyên"), com("Thục Phán")],
["HỘI KHUYẾN HỌC TỈNH CAO BẰNG - TRANG THÔNG TIN ĐIỆN TỬ", "Vị trí: Trang chủ >> Hoạt động Hội >> Tin tức",
 "Đồng chí Nông Thị Hạnh chủ trì giao ban.", "Nâng bước em đến trường", "Cộng đồng học tập", "Ngày hội khuyến học", "Số lượt xem: 276"],
["08/04/2026 - 09:30 (GMT+7)", "quý I năm 2026", "quý I", "quý II", "năm 2026", "2025 - 2026", "Số lượt xem: 276"]))
