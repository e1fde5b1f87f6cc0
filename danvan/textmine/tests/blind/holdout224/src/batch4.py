from lib import *
PAGES = []

PAGES.append(page("b5351-bacgiang-ldld-doithoai-2022", """
BÁO BẮC GIANG ĐIỆN TỬ
Thứ Sáu, 20/05/2022 - 09:10
Công đoàn > Việc làm - Đời sống
Công nhân khu công nghiệp kiến nghị về tiền thuê nhà và nhà ở sau dịch
Toàn cảnh buổi đối thoại tại huyện Việt Yên. Ảnh: Hà Thu
(BGĐT) - Ngày 19/5, UBND tỉnh Bắc Giang phối hợp với Liên đoàn Lao động tỉnh tổ chức đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động các khu công nghiệp năm 2022. Đồng chí Nguyễn Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; dự có đồng chí Ngô Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và bà Lương Thị Thu, Chủ tịch Liên đoàn Lao động tỉnh cùng 350 công nhân, đoàn viên công đoàn.
Báo cáo tại buổi đối thoại cho biết, sau đợt dịch COVID-19 năm 2021, các khu công nghiệp trên địa bàn tỉnh đã phục hồi, thu hút khoảng 168.000 lao động, trong đó hơn 52% là lao động từ các tỉnh khác đến thuê trọ. Thực hiện Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022 của Thủ tướng Chính phủ về hỗ trợ tiền thuê nhà, đến ngày 15/5 toàn tỉnh đã duyệt hồ sơ cho 96.400 người lao động, với số tiền hơn 57,8 tỷ đồng; mỗi người đang làm việc được hỗ trợ 500.000 đồng/tháng, tối đa 3 tháng.
Chị Hoàng Thị Páo, công nhân Công ty TNHH Điện tử Quang Minh, người Nùng quê Cao Bằng, hỏi: "Chúng tôi ở trọ nhưng chủ trọ không chịu ký xác nhận thì có được hỗ trợ không?". Anh Lò Văn Nhất, Chủ tịch Công đoàn cơ sở Công ty TNHH May Hưng Phát, phản ánh nhiều công nhân chưa có chỗ gửi con khi đi làm ca. Chị Nguyễn Thị Duyên, tổ trưởng sản xuất, đề nghị tỉnh sớm xây thêm nhà ở xã hội gần khu công nghiệp Quang Châu.
Trả lời, đồng chí Nguyễn Văn Hòa khẳng định người lao động không cần xác nhận của chủ trọ mà chỉ cần danh sách do doanh nghiệp lập; giao Sở Lao động - Thương binh và Xã hội rà soát, giải quyết dứt điểm 1.320 hồ sơ còn vướng trước ngày 31/5. Tỉnh sẽ khởi công 2 dự án nhà ở xã hội với khoảng 2.500 căn hộ tại xã Vân Trung và xã Quang Châu, ưu tiên công nhân có hoàn cảnh khó khăn.
Đồng chí Ngô Thị Hằng đề nghị các cấp công đoàn triển khai Nghị quyết số 02-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển nhà ở công nhân và Kế hoạch số 214/KH-UBND của UBND tỉnh; phối hợp với Ủy ban MTTQ các cấp thực hiện "Tháng Công nhân" năm 2022 thiết thực.
Sau buổi đối thoại, Liên đoàn Lao động tỉnh trao 100 suất quà cho công nhân, mỗi suất trị giá 1 triệu đồng. Các kiến nghị của 17 doanh nghiệp được tổng hợp gửi các sở, ngành trả lời bằng văn bản.
Hà Thu
Xem thêm
- Liên đoàn Lao động tỉnh trao 1.000 vé xe cho công nhân về quê (15/05/2022)
- Việt Yên: khai trương "Siêu thị 0 đồng" cho công nhân (08/05/2022)
- Ra mắt mô hình nhà trọ văn hóa tại xã Nội Hoàng (29/04/2022)
""", "2022-05-20", "Công nhân khu công nghiệp kiến nghị về tiền thuê nhà và nhà ở sau dịch",
E("doi_thoai", "2022", "2022-05-19"),
[P("Nguyễn Văn Hòa", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Ngô Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Thị Thu", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Hoàng Thị Páo"),
 P("Lò Văn Nhất", "Chủ tịch Công đoàn cơ sở Công ty TNHH May Hưng Phát"),
 P("Nguyễn Thị Duyên", "tổ trưởng sản xuất")],
[Q("350 công nhân, đoàn viên công đoàn", 350, "công nhân, đoàn viên công đoàn"), Q("khoảng 168.000 lao động", 168000, "lao động", "approx"),
 Q("hơn 52%", 52, "%", "over"), Q("96.400 người lao động", 96400, "người lao động"), Q("hơn 57,8 tỷ đồng", 57800000000, "đồng", "over"),
 Q("500.000 đồng", 500000, "đồng"), Q("1.320 hồ sơ", 1320, "hồ sơ"), Q("2 dự án nhà ở xã hội", 2, "dự án nhà ở xã hội"),
 Q("khoảng 2.500 căn hộ", 2500, "căn hộ", "approx"), Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("17 doanh nghiệp", 17, "doanh nghiệp")],
[D("Quyết định", "08", "2022/QĐ-TTg", "2022-03-28", "Thủ tướng Chính phủ", "Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022"),
 D("Nghị quyết", "02", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 02-NQ/TU"),
 D("Kế hoạch", "214", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 214/KH-UBND")],
[prov("Bắc Giang"), prov("Cao Bằng"), com("Vân Trung"), com("Quang Châu")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Công đoàn > Việc làm - Đời sống", "Toàn cảnh buổi đối thoại tại huyện Việt Yên. Ảnh: Hà Thu", "(BGĐT)",
 "Công ty TNHH Điện tử Quang Minh", "Tháng Công nhân", "khu công nghiệp Quang Châu"],
["Thứ Sáu, 20/05/2022 - 09:10", "tối đa 3 tháng", "ngày 15/5", "ngày 31/5", "năm 2022"]))

PAGES.append(page("b5352-dongnai-mttqxa-tongket-2025", """
ỦY BAN MTTQ VIỆT NAM XÃ PHÚ NGHĨA - TỈNH ĐỒNG NAI
Trang chủ » Hoạt động Mặt trận » Tin tức
Thứ Sáu, 19/12/2025 | 15:30
Mặt trận xã Phú Nghĩa: năm đầu vận hành mô hình chính quyền hai cấp
Chiều 18/12, Ủy ban MTTQ Việt Nam xã Phú Nghĩa tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Dự hội nghị có bà Điểu Thị Bích, Bí thư Đảng ủy xã; ông Trần Quốc Hưng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã và 84 đại biểu là thành viên Ủy ban MTTQ xã, trưởng ban công tác Mặt trận 27 ấp.
Đại biểu trao đổi tại hội nghị.
Xã Phú Nghĩa được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 3 xã thuộc tỉnh Bình Phước (cũ), theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, nay thuộc tỉnh Đồng Nai. Ông Điểu Lên, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết, dù mới vận hành, Mặt trận xã đã bám sát Nghị quyết số 03-NQ/ĐU của Đảng ủy xã và Kế hoạch số 18/KH-MTTQ-BTT của Ban Thường trực, hoàn thành 14/15 chỉ tiêu.
Năm 2025, Quỹ "Vì người nghèo" xã tiếp nhận hơn 1,26 tỷ đồng; cùng chương trình xóa nhà tạm, nhà dột nát đã hoàn thành 46 căn nhà cho hộ đồng bào S'tiêng, mỗi căn được hỗ trợ 60 triệu đồng. Mặt trận xã tổ chức 8 cuộc giám sát, 3 hội nghị phản biện; tiếp nhận 31 ý kiến góp ý vào dự thảo văn kiện Đại hội Đảng bộ xã.
Nhìn lại chặng đường 5 năm kể từ đại dịch COVID-19, ông Điểu Lên nhắc lại những bài học vẫn đang được áp dụng: tổ COVID cộng đồng năm 2021 nay trở thành 27 tổ tự quản an sinh ở ấp; "ATM gạo" ngày ấy nay là 6 "Tủ đồ nhân ái" đặt tại các điểm sinh hoạt cộng đồng. Tỷ lệ hộ nghèo của xã cuối năm còn 1,8%, giảm 0,9% so với đầu năm.
Tại hội nghị, bà Thị Xuân, Trưởng ban Công tác Mặt trận ấp Bù Ka, chia sẻ việc vận động 19 hộ hiến hơn 2.000 m2 đất mở rộng đường. Ông Điểu Brông, người có uy tín ấp Bù Ka, và ông Lê Văn Tấn, Chủ tịch Hội Cựu chiến binh xã, cùng đề nghị duy trì quỹ phòng, chống thiên tai, dịch bệnh ở ấp.
Các đồng chí Phạm Thị Thanh, Điểu Thị Nương - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã trao giấy khen cho 12 tập thể, 20 cá nhân tiêu biểu. Năm 2026, Mặt trận xã phấn đấu vận động Quỹ "Vì người nghèo" đạt ít nhất 1,5 tỷ đồng và không còn hộ ở nhà tạm.
Phát biểu tại hội nghị, bà Điểu Thị Bích ghi nhận những cố gắng của Mặt trận xã trong năm đầu tiên sau sắp xếp, khi bộ máy còn mới, địa bàn rộng, giao thông đi lại khó khăn; đề nghị Mặt trận tiếp tục đổi mới phương thức hoạt động, hướng mạnh về ấp, lắng nghe ý kiến của nhân dân.
Ban Biên tập
Lượt truy cập: 48.216
Tin khác
- Ủy ban MTTQ xã trao 300 phần quà cho hộ nghèo (05/12/2025)
- Hội nghị đại biểu nhân dân ấp Bù Ka (28/11/2025)
- Ra mắt tổ tự quản an sinh ấp 4 (14/11/2025)
""", "2025-12-19", "Mặt trận xã Phú Nghĩa: năm đầu vận hành mô hình chính quyền hai cấp",
E("tong_ket", "2025", "2025-12-18"),
[P("Điểu Thị Bích", "Bí thư Đảng ủy xã"),
 P("Trần Quốc Hưng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Điểu Lên", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Xuân", "Trưởng ban Công tác Mặt trận ấp Bù Ka"),
 P("Điểu Brông", "người có uy tín ấp Bù Ka"),
 P("Lê Văn Tấn", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Phạm Thị Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"), P("Điểu Thị Nương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("84 đại biểu", 84, "đại biểu"), Q("27 ấp", 27, "ấp"), Q("3 xã", 3, "xã"), Q("14/15 chỉ tiêu", 14, "chỉ tiêu"),
 Q("hơn 1,26 tỷ đồng", 1260000000, "đồng", "over"), Q("46 căn nhà", 46, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("8 cuộc giám sát", 8, "cuộc giám sát"), Q("3 hội nghị phản biện", 3, "hội nghị phản biện"), Q("31 ý kiến góp ý", 31, "ý kiến"),
 Q("27 tổ tự quản an sinh", 27, "tổ tự quản an sinh"), Q("6 \"Tủ đồ nhân ái\"", 6, "Tủ đồ nhân ái"), Q("1,8%", 1.8, "%"), Q("0,9%", 0.9, "%"),
 Q("19 hộ", 19, "hộ"), Q("hơn 2.000 m2", 2000, "m2", "over"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân tiêu biểu", 20, "cá nhân tiêu biểu"),
 Q("ít nhất 1,5 tỷ đồng", 1500000000, "đồng", "over")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 18/KH-MTTQ-BTT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Phú Nghĩa")],
["ỦY BAN MTTQ VIỆT NAM XÃ PHÚ NGHĨA - TỈNH ĐỒNG NAI", "Trang chủ » Hoạt động Mặt trận » Tin tức", "Đại biểu trao đổi tại hội nghị.",
 "Vì người nghèo", "ATM gạo", "Tủ đồ nhân ái", "ấp Bù Ka", "Lượt truy cập: 48.216"],
["Thứ Sáu, 19/12/2025 | 15:30", "năm 2025", "năm 2026", "5 năm", "Lượt truy cập: 48.216"]))

PAGES.append(page("b5353-tuyenquang-btgdv-giaoban-2026", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Thứ Sáu, 10/04/2026, 16:40
Chính trị › Tuyên giáo - Dân vận
Chủ động vận động nhân dân phòng bệnh sởi, cúm mùa, không để dịch chồng dịch
Chiều 9/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban công tác tuyên giáo, dân vận quý I năm 2026 với các đảng ủy xã, phường. Đồng chí Ma Văn Tòng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Bàn Thị Kim, Lý Mí Dính, Nguyễn Thu Hằng.
Đồng chí Ma Văn Tòng phát biểu chỉ đạo. Ảnh: Thanh Phúc
Báo cáo cho biết, quý I, trên địa bàn tỉnh ghi nhận 214 ca sởi và 2 ổ dịch cúm A, tập trung ở các xã vùng cao phía Bắc tỉnh. Phát huy kinh nghiệm vận động trong những năm phòng, chống dịch COVID-19, khối dân vận đã phối hợp ngành y tế tổ chức 1.480 buổi tuyên truyền tại thôn, bản; vận động 38.600 trẻ em từ 1 đến 10 tuổi tiêm vắc xin sởi, đạt 97,3%. Thực hiện Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong phòng, chống dịch bệnh và về phát huy vai trò người có uy tín, 1.156 người có uy tín đã đến từng nhà vận động.
Ban đã ban hành Kế hoạch số 37-KH/BTGDVTU ngày 20/01/2026 về thực hiện Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị trong tình hình mới; hướng dẫn 124 xã, phường xây dựng mô hình "Dân vận khéo" gắn với chăm sóc sức khỏe ban đầu.
Tại hội nghị, đồng chí Chẩu Văn Pằng, Bí thư Đảng ủy xã Mèo Vạc, cho biết xã đã vận động 96% hộ người Mông đưa trẻ đi tiêm, không còn tình trạng giấu bệnh; đồng chí Sìn Thị Vân, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Lâm Bình, đề nghị hỗ trợ thêm kinh phí cho y tế thôn bản. Đồng chí Triệu Văn Quý, Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Giang 1, chia sẻ việc vận động hơn 3.000 người cao tuổi tiêm vắc xin cúm mùa.
Phát biểu kết luận, đồng chí Ma Văn Tòng đề nghị quý II tiếp tục thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trong tuyên truyền, vận động; tuyệt đối không để xảy ra dịch chồng dịch; chuẩn bị tổng kết 5 năm thực hiện các chính sách hỗ trợ sau đại dịch COVID-19.
Trong quý, các cấp cũng đã tiếp nhận khoảng 2,3 tỷ đồng hỗ trợ các hộ có người mắc bệnh và 420 suất quà cho trẻ em nghèo vùng dịch sởi.
Thanh Phúc
Lượt xem: 1.906
Tin liên quan
- Giao ban công tác tuyên giáo, dân vận tháng 2/2026 (06/03/2026)
- Lâm Bình: người có uy tín vận động đồng bào tiêm chủng (25/03/2026)
- Hội nghị người có uy tín tỉnh năm 2026 (18/03/2026)
""", "2026-04-10", "Chủ động vận động nhân dân phòng bệnh sởi, cúm mùa, không để dịch chồng dịch",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Ma Văn Tòng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bàn Thị Kim", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Lý Mí Dính", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thu Hằng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chẩu Văn Pằng", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Sìn Thị Vân", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Lâm Bình"),
 P("Triệu Văn Quý", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Giang 1")],
[Q("214 ca sởi", 214, "ca sởi"), Q("2 ổ dịch cúm A", 2, "ổ dịch cúm A"), Q("1.480 buổi tuyên truyền", 1480, "buổi tuyên truyền"),
 Q("38.600 trẻ em", 38600, "trẻ em"), Q("97,3%", 97.3, "%"), Q("1.156 người có uy tín", 1156, "người có uy tín"),
 Q("124 xã, phường", 124, "xã, phường"), Q("96%", 96, "%"), Q("hơn 3.000 người cao tuổi", 3000, "người cao tuổi", "over"),
 Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("420 suất quà", 420, "suất quà")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kế hoạch", "37", "KH/BTGDVTU", "2026-01-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BTGDVTU ngày 20/01/2026"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024")],
[prov("Tuyên Quang"), com("Mèo Vạc"), com("Lâm Bình"), com("Hà Giang 1")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị › Tuyên giáo - Dân vận", "Đồng chí Ma Văn Tòng phát biểu chỉ đạo. Ảnh: Thanh Phúc",
 "Dân vận khéo", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 1.906"],
["Thứ Sáu, 10/04/2026, 16:40", "quý I năm 2026", "từ 1 đến 10 tuổi", "quý II", "5 năm", "Lượt xem: 1.906"]))

PAGES.append(page("b5354-vinhlong-achar-khac-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Thứ Sáu, 12/09/2025 - 07:15
Dân tộc - Tôn giáo | Gương sáng
Achar Thạch Sóc Khum trò chuyện với người dân trong phum sóc. Ảnh: Sơn Thanh
Người "giữ lửa" đoàn kết ở phum sóc Tập Sơn
Ở xã Tập Sơn, tỉnh Vĩnh Long (trước đây thuộc tỉnh Trà Vinh), hiếm ai không biết Achar Thạch Sóc Khum, 67 tuổi, Phó Ban Quản trị chùa Sóc Tro. Hơn 20 năm là người có uy tín trong đồng bào Khmer, ông là cầu nối giữa chính quyền với bà con, nhất là trong những tháng ngày gian khó của đại dịch COVID-19.
Năm 2021, khi dịch bùng phát, ông cùng sư cả chùa vận động bà con tạm dừng tổ chức lễ Sene Đolta đông người, chuyển sang cúng tại gia. Ông nhớ lại: "Lúc đầu nhiều người buồn lắm, nhưng mình giải thích đây là để giữ sức khỏe cho ông bà, cha mẹ, rồi ai cũng nghe". Cũng trong năm đó, ông đứng ra vận động các gia đình khá giả trong phum góp được 12 tấn gạo và hơn 180 triệu đồng giúp 430 hộ khó khăn, trong đó có 65 hộ có người lao động từ Bình Dương trở về.
Bà Kim Thị Sa Phiên, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn, cho biết: "Nhờ ông Khum và 14 người có uy tín khác vận động, tỷ lệ tiêm vắc xin mũi 2 ở các ấp người Khmer đạt trên 95%, không thua gì các ấp khác". Theo bà, ông Khum được công nhận người có uy tín theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ, và năm 2023 được Ủy ban Dân tộc tặng bằng khen.
Nay dịch bệnh đã qua, ông lại cùng Ban Công tác Mặt trận ấp vận động bà con hiến đất làm đường. Trong 2 năm, 37 hộ trong ấp đã hiến khoảng 4.600 m2 đất để mở rộng 3 tuyến đường nông thôn. Ông Sơn Văn Thái, Bí thư Chi bộ ấp Sóc Tro, nhận xét: "Ông Khum nói ít nhưng làm nhiều, bà con tin ông như tin người nhà".
Ông Thạch Ngọc Hiền, Phó Trưởng Ban Dân tộc - Tôn giáo thuộc Sở Dân tộc và Tôn giáo tỉnh, cho biết toàn tỉnh hiện có 1.048 người có uy tín trong đồng bào dân tộc thiểu số; sau sắp xếp tỉnh theo Nghị quyết số 202/2025/QH15 của Quốc hội, danh sách đang được rà soát, bổ sung để bảo đảm chế độ hỗ trợ theo quy định.
Chia tay chúng tôi, Achar Thạch Sóc Khum cười hiền: "Còn sức thì còn làm, miễn phum sóc mình bình yên, bà con đủ ăn là vui rồi".
Mỗi buổi chiều, ngôi nhà sàn nhỏ của ông bên con kênh đầu ấp vẫn rộn tiếng người. Người đến hỏi chuyện làm giấy tờ, người nhờ viết đơn, có khi chỉ là các cụ đến uống trà, nghe ông kể chuyện chùa, chuyện phum sóc ngày trước. Với bà con, ông vẫn là chỗ dựa tinh thần, là người đầu tiên họ tìm đến mỗi khi có việc khó.
Sơn Thanh
Tin cùng chuyên mục
- Trà Cú: sư sãi chung tay xây nhà cho hộ nghèo (05/09/2025)
- Tôn vinh 50 người có uy tín tiêu biểu năm 2025 (26/08/2025)
- Lớp dạy chữ Khmer hè thu hút hơn 1.000 học sinh (20/08/2025)
""", "2025-09-12", "Người \"giữ lửa\" đoàn kết ở phum sóc Tập Sơn",
E("khac", None, None),
[P("Thạch Sóc Khum", "Achar", "Phó Ban Quản trị chùa Sóc Tro"),
 P("Kim Thị Sa Phiên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Sơn Văn Thái", "Bí thư Chi bộ ấp Sóc Tro"),
 P("Thạch Ngọc Hiền", "Phó Trưởng Ban Dân tộc - Tôn giáo thuộc Sở Dân tộc và Tôn giáo tỉnh")],
[Q("12 tấn", 12, "tấn"), Q("hơn 180 triệu đồng", 180000000, "đồng", "over"), Q("430 hộ khó khăn", 430, "hộ khó khăn"),
 Q("65 hộ", 65, "hộ"), Q("14 người có uy tín", 14, "người có uy tín"), Q("trên 95%", 95, "%", "over"), Q("37 hộ", 37, "hộ"),
 Q("khoảng 4.600 m2", 4600, "m2", "approx"), Q("3 tuyến đường nông thôn", 3, "tuyến đường nông thôn"),
 Q("1.048 người có uy tín", 1048, "người có uy tín")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Tập Sơn"), prov("Bình Dương")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Dân tộc - Tôn giáo | Gương sáng", "Achar Thạch Sóc Khum trò chuyện với người dân trong phum sóc. Ảnh: Sơn Thanh",
 "Sene Đolta", "chùa Sóc Tro", "Ủy ban Dân tộc", "ấp Sóc Tro"],
["Thứ Sáu, 12/09/2025 - 07:15", "67 tuổi", "Hơn 20 năm", "Năm 2021", "mũi 2", "2 năm", "năm 2023"]))

PAGES.append(page("b5355-lamdong-mttq-giamsat-2022", """
LÂM ĐỒNG ONLINE
Thứ Sáu, 18/11/2022 | 10:25
Chính trị - Xã hội > Mặt trận
Giám sát hỗ trợ tiền thuê nhà cho người lao động tại Bảo Lộc
Ngày 17/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do đồng chí K'Bròng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ tiền thuê nhà cho người lao động tại thành phố Bảo Lộc.
Đoàn giám sát làm việc với Công ty CP Dệt lụa Tơ Vàng. Ảnh: K.Phương
Tham gia đoàn có các đồng chí Ka Huyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Nguyễn Thị Kim Liên và đại diện Sở Lao động - Thương binh và Xã hội, Liên đoàn Lao động tỉnh.
Cuộc giám sát thực hiện theo Kế hoạch số 87/KH-MTTQ-BTT ngày 20/10/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhằm đánh giá việc thực hiện Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022 của Thủ tướng Chính phủ và Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội.
Báo cáo của UBND thành phố Bảo Lộc cho thấy, đến cuối tháng 10, thành phố đã phê duyệt hỗ trợ cho 42 doanh nghiệp với 6.815 lượt người lao động, tổng kinh phí hơn 9,4 tỷ đồng; người lao động quay trở lại thị trường lao động được hỗ trợ một lần 1 triệu đồng/người. Tại phường Lộc Phát và xã Lộc Châu, đoàn kiểm tra ngẫu nhiên 120 hồ sơ, phát hiện 7 trường hợp thiếu xác nhận nơi ở, đã yêu cầu bổ sung.
Chị Ka Điệp, công nhân người K'Ho ở thôn Đạ Nghịch, xã Lộc Châu, cho biết đã nhận đủ 1,5 triệu đồng tiền hỗ trợ 3 tháng thuê nhà. Ông Bon Jốc Ha Ngọc, Chủ tịch Ủy ban MTTQ Việt Nam phường Lộc Phát, kiến nghị rút ngắn thủ tục vì nhiều lao động làm thời vụ tại các vườn chè, cà phê.
Kết luận buổi giám sát, đồng chí K'Bròng đánh giá cao sự phối hợp của thành phố; đề nghị các doanh nghiệp công khai danh sách tại nơi làm việc, Liên đoàn Lao động giám sát để không sót người lao động. Đoàn sẽ tổng hợp, kiến nghị UBND tỉnh giải quyết 3 vướng mắc về thủ tục trong tháng 12.
Theo Ủy ban MTTQ tỉnh, năm 2022, Mặt trận các cấp trong tỉnh đã chủ trì 186 cuộc giám sát, trong đó khoảng 40% liên quan đến các chính sách hỗ trợ người dân, người lao động bị ảnh hưởng bởi đại dịch COVID-19.
K.Phương
Tin khác
- Đạ Huoai: giám sát việc chi trả chính sách cho người có công (10/11/2022)
- Mặt trận tỉnh trao 500 suất quà cho công nhân khó khăn (03/11/2022)
- Di Linh: đối thoại với người có uy tín về giải quyết tranh chấp đất đai (27/10/2022)
""", "2022-11-18", "Giám sát hỗ trợ tiền thuê nhà cho người lao động tại Bảo Lộc",
E("giam_sat", None, "2022-11-17"),
[P("K'Bròng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Huyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Kim Liên", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Điệp"),
 P("Bon Jốc Ha Ngọc", "Chủ tịch Ủy ban MTTQ Việt Nam phường Lộc Phát")],
[Q("42 doanh nghiệp", 42, "doanh nghiệp"), Q("6.815 lượt người lao động", 6815, "lượt người lao động"),
 Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("1 triệu đồng", 1000000, "đồng"), Q("120 hồ sơ", 120, "hồ sơ"),
 Q("7 trường hợp", 7, "trường hợp"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("3 vướng mắc", 3, "vướng mắc"),
 Q("186 cuộc giám sát", 186, "cuộc giám sát"), Q("khoảng 40%", 40, "%", "approx")],
[D("Kế hoạch", "87", "KH-MTTQ-BTT", "2022-10-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 87/KH-MTTQ-BTT ngày 20/10/2022"),
 D("Quyết định", "08", "2022/QĐ-TTg", "2022-03-28", "Thủ tướng Chính phủ", "Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022"),
 D("Nghị quyết", "11", "NQ-CP", "2022-01-30", "Chính phủ", "Nghị quyết số 11/NQ-CP ngày 30/01/2022")],
[prov("Lâm Đồng"), com("Lộc Phát"), com("Lộc Châu")],
["LÂM ĐỒNG ONLINE", "Chính trị - Xã hội > Mặt trận", "Đoàn giám sát làm việc với Công ty CP Dệt lụa Tơ Vàng. Ảnh: K.Phương",
 "Công ty CP Dệt lụa Tơ Vàng", "thôn Đạ Nghịch", "Chương trình phục hồi và phát triển kinh tế - xã hội"],
["Thứ Sáu, 18/11/2022 | 10:25", "3 tháng", "tháng 10", "tháng 12", "một lần", "năm 2022"]))

PAGES.append(page("b5356-nghean-mttqxa-daihoi-2019", """
BÁO NGHỆ AN
Thứ Sáu, 17/05/2019 - 10:05
Thời sự › Mặt trận - Đoàn thể
Đại biểu bỏ phiếu bầu Ủy ban MTTQ xã khóa mới. Ảnh: Lô Thanh
Châu Kim: Mặt trận đồng hành cùng người chăn nuôi vượt dịch tả lợn châu Phi
Ngày 16/5, Ủy ban MTTQ Việt Nam xã Châu Kim (huyện Quế Phong) tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ XIX, nhiệm kỳ 2019 - 2024. Đây là đơn vị được Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An chọn tổ chức đại hội điểm cấp xã. Dự đại hội có 110 đại biểu chính thức, đại diện cho hơn 4.200 nhân dân các dân tộc Thái, Khơ Mú trong xã.
Báo cáo do ông Lô Văn Bình, Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XVIII trình bày cho biết, nhiệm kỳ qua Mặt trận xã đã vận động Quỹ "Vì người nghèo" được 812 triệu đồng, hỗ trợ xây 24 căn nhà Đại đoàn kết; 98% khu dân cư đạt danh hiệu khu dân cư văn hóa. Từ tháng 3/2019, khi dịch tả lợn châu Phi xuất hiện tại 5 bản, Mặt trận đã phối hợp thú y vận động 86 hộ chăn nuôi tiêu hủy 1.240 con lợn bệnh, không vứt xác lợn xuống suối.
Thực hiện Chỉ thị số 04/CT-TTg ngày 20/2/2019 của Thủ tướng Chính phủ về triển khai quyết liệt các biện pháp phòng, chống bệnh dịch tả lợn châu Phi, xã đã lập 4 chốt kiểm soát vận chuyển lợn; các hộ có lợn bị tiêu hủy được hỗ trợ 38.000 đồng/kg lợn hơi theo Quyết định số 1520/QĐ-UBND của UBND tỉnh. Mặt trận xã cũng tiếp nhận gần 70 triệu đồng và 3 tấn vôi bột từ các nhà hảo tâm để hỗ trợ các hộ bị thiệt hại.
Tham luận tại đại hội, bà Lương Thị Hoa, Trưởng ban Công tác Mặt trận bản Piếng Cắm, kể việc vận động 23 hộ chuyển sang nuôi dê, gà thả vườn. Ông Vi Văn Thành, người có uy tín bản Na Ca, xã Châu Kim, đề nghị cấp trên hỗ trợ con giống để bà con tái đàn sau dịch.
Phát biểu chỉ đạo, ông Lang Văn Chương, Phó Bí thư Thường trực Huyện ủy Quế Phong, đề nghị Mặt trận xã thực hiện tốt Hướng dẫn số 29/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về đại hội Mặt trận các cấp và Nghị quyết số 09-NQ/ĐU của Đảng ủy xã về giảm nghèo bền vững.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa XIX. Tại hội nghị lần thứ nhất, bà Kha Thị Nguyệt được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XIX; các ông Lô Văn Xuân, Vi Văn Đức được cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đại hội đã thông qua chương trình hành động nhiệm kỳ mới với trọng tâm là củng cố khối đại đoàn kết toàn dân tộc, vận động nhân dân phát triển chăn nuôi an toàn sinh học, giữ gìn bản sắc văn hóa dân tộc Thái và chung tay giúp đỡ các hộ bị thiệt hại do dịch bệnh sớm ổn định cuộc sống.
Lô Thanh
Tin cùng chuyên mục
- Quỳ Châu: 100% xã hoàn thành đại hội điểm Mặt trận (14/05/2019)
- Tương Dương: hỗ trợ 200 hộ chăn nuôi bị thiệt hại do dịch (08/05/2019)
- Mặt trận tỉnh hướng dẫn tổ chức đại hội cấp xã (25/04/2019)
""", "2019-05-17", "Châu Kim: Mặt trận đồng hành cùng người chăn nuôi vượt dịch tả lợn châu Phi",
E("dai_hoi", None, "2019-05-16"),
[P("Lô Văn Bình", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XVIII"),
 P("Lương Thị Hoa", "Trưởng ban Công tác Mặt trận bản Piếng Cắm"),
 P("Vi Văn Thành", "người có uy tín bản Na Ca"),
 P("Lang Văn Chương", "Phó Bí thư Thường trực Huyện ủy Quế Phong"),
 P("Kha Thị Nguyệt", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XIX"),
 P("Lô Văn Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"), P("Vi Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("110 đại biểu chính thức", 110, "đại biểu chính thức"), Q("hơn 4.200 nhân dân", 4200, "nhân dân", "over"),
 Q("812 triệu đồng", 812000000, "đồng"), Q("24 căn nhà Đại đoàn kết", 24, "căn nhà Đại đoàn kết"), Q("98%", 98, "%"),
 Q("5 bản", 5, "bản"), Q("86 hộ chăn nuôi", 86, "hộ chăn nuôi"), Q("1.240 con lợn bệnh", 1240, "con lợn bệnh"),
 Q("4 chốt kiểm soát vận chuyển lợn", 4, "chốt kiểm soát vận chuyển lợn"), Q("38.000 đồng", 38000, "đồng"),
 Q("gần 70 triệu đồng", 70000000, "đồng", "approx"), Q("3 tấn", 3, "tấn"), Q("23 hộ", 23, "hộ"), Q("31 vị", 31, "vị")],
[D("Chỉ thị", "04", "CT-TTg", "2019-02-20", "Thủ tướng Chính phủ", "Chỉ thị số 04/CT-TTg ngày 20/2/2019"),
 D("Quyết định", "1520", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1520/QĐ-UBND"),
 D("Hướng dẫn", "29", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 29/HD-MTTW-BTT"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU")],
[prov("Nghệ An"), com("Châu Kim")],
["BÁO NGHỆ AN", "Thời sự › Mặt trận - Đoàn thể", "Đại biểu bỏ phiếu bầu Ủy ban MTTQ xã khóa mới. Ảnh: Lô Thanh",
 "Vì người nghèo", "bản Piếng Cắm", "bản Na Ca"],
["Thứ Sáu, 17/05/2019 - 10:05", "lần thứ XIX", "nhiệm kỳ 2019 - 2024", "khóa XVIII", "tháng 3/2019", "hội nghị lần thứ nhất"]))
