from lib import *
PAGES = []

PAGES.append(page("b3239-tuyenquang-xa-ngayhoi-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Hoạt động của xã, phường
Thứ Ba, 19/08/2025 - 17:45
Đồng chí Ma Thị Nguyệt phát biểu tại Ngày hội.
Xã Đồng Văn: Ngày hội toàn dân bảo vệ an ninh Tổ quốc đầu tiên sau hợp nhất
Sáng 18/8/2025, tại thôn Phố Cáo, Đảng ủy, UBND xã Đồng Văn tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2025. Đây là ngày hội đầu tiên của xã sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất, thực hiện mô hình chính quyền địa phương 2 cấp. Tham dự có đồng chí Ma Thị Nguyệt, Phó Chủ tịch UBND tỉnh; Đại tá Hầu A Lềnh, Phó Giám đốc Công an tỉnh cùng hơn 700 người dân các dân tộc Mông, Lô Lô, Dao, Tày.
Báo cáo tại ngày hội, Thiếu tá Thào Mí Sính, Trưởng Công an xã cho biết, xã Đồng Văn mới có 42 thôn, hơn 5.300 hộ. Từ ngày 1/7/2025, Công an xã đã tiếp nhận, giải quyết 216 hồ sơ thủ tục hành chính; phối hợp các thôn duy trì 42 tổ bảo vệ an ninh, trật tự ở cơ sở với 126 thành viên. 8 tháng năm 2025, nhân dân đã cung cấp 39 nguồn tin, giúp bắt 5 vụ, 7 đối tượng mua bán trái phép chất ma túy; vận động giao nộp 11 khẩu súng tự chế.
Thực hiện Kế hoạch số 15-KH/ĐU ngày 10/7/2025 của Đảng ủy xã, xã đã ra mắt 6 mô hình "Thôn biên giới bình yên". Bà Lò Thị Mai, người Lô Lô, Trưởng thôn Lũng Cẩm, chia sẻ kinh nghiệm vận động bà con không nghe kẻ xấu xúi giục vượt biên trái phép. Ông Vàng Chẩn Dũng, người có uy tín thôn Sủng Là, kể việc cùng bộ đội biên phòng tuần tra đường mòn.
Đồng chí Ma Thị Nguyệt biểu dương kết quả của xã, đề nghị tiếp tục thực hiện Chỉ thị 01-CT/TU của Ban Thường vụ Tỉnh ủy Tuyên Quang về lãnh đạo bảo đảm an ninh trật tự sau sắp xếp đơn vị hành chính và Quyết định 2001/QĐ-UBND ngày 5/8/2025 của UBND tỉnh về tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2025.
Nhân dịp này, UBND tỉnh tặng bằng khen cho 2 tập thể, 3 cá nhân; UBND xã tặng 50 suất quà, mỗi suất 500.000 đồng cho các hộ nghèo, tổng trị giá 25 triệu đồng. Ngày hội còn có các hoạt động thi kéo co, đánh cầu lông gà, hát giao duyên Mông.
Theo UBND xã, dù mới vận hành bộ máy mới, các tổ bảo vệ an ninh, trật tự ở cơ sở đã chủ động nắm tình hình, kịp thời hòa giải các mâu thuẫn nhỏ trong bà con, không để phát sinh thành vụ việc phức tạp; việc phối hợp giữa công an xã với đồn biên phòng được duy trì thường xuyên.
Mai Thông
Tin liên quan
- Xã Mèo Vạc ra mắt tổ bảo vệ an ninh, trật tự ở cơ sở (30/07/2025)
- Tuyên Quang hoàn thành sắp xếp lực lượng công an cấp xã (15/07/2025)
- Hội nghị công bố thành lập xã Đồng Văn (30/06/2025)
- Mèo Vạc: bắt đối tượng vận chuyển ma túy qua biên giới (20/06/2025)
""", "2025-08-19", "Xã Đồng Văn: Ngày hội toàn dân bảo vệ an ninh Tổ quốc đầu tiên sau hợp nhất",
E("khac", "2025", "2025-08-18"),
[P("Ma Thị Nguyệt", "Phó Chủ tịch UBND tỉnh"),
 P("Hầu A Lềnh", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Thào Mí Sính", "Thiếu tá", "Trưởng Công an xã"),
 P("Lò Thị Mai", "Trưởng thôn Lũng Cẩm"),
 P("Vàng Chẩn Dũng", "người có uy tín thôn Sủng Là")],
[Q("hơn 700 người dân", 700, "người dân", "over"), Q("42 thôn", 42, "thôn"), Q("hơn 5.300 hộ", 5300, "hộ", "over"),
 Q("216 hồ sơ thủ tục hành chính", 216, "hồ sơ thủ tục hành chính"),
 Q("42 tổ bảo vệ an ninh, trật tự ở cơ sở", 42, "tổ bảo vệ an ninh, trật tự ở cơ sở"), Q("126 thành viên", 126, "thành viên"),
 Q("39 nguồn tin", 39, "nguồn tin"), Q("5 vụ", 5, "vụ"), Q("7 đối tượng", 7, "đối tượng"), Q("11 khẩu súng tự chế", 11, "khẩu súng tự chế"),
 Q("6 mô hình", 6, "mô hình"), Q("2 tập thể", 2, "tập thể"), Q("3 cá nhân", 3, "cá nhân"), Q("50 suất quà", 50, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("25 triệu đồng", 25000000, "đồng")],
[D("Kế hoạch", "15", "KH/ĐU", "2025-07-10", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 10/7/2025"),
 D("Chỉ thị", "01", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Chỉ thị 01-CT/TU"),
 D("Quyết định", "2001", "QĐ-UBND", "2025-08-05", "UBND tỉnh", "Quyết định 2001/QĐ-UBND ngày 5/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG", "Trang chủ > Tin tức - Sự kiện > Hoạt động của xã, phường",
 "Đồng chí Ma Thị Nguyệt phát biểu tại Ngày hội.", "Thôn biên giới bình yên", "Phố Cáo"],
["Thứ Ba, 19/08/2025 - 17:45", "năm 2025", "2 cấp", "8 tháng năm 2025", "1/7/2025"]))

PAGES.append(page("b3240-lamdong-mttq-giamsat-2025", """
Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng - Trang tin điện tử
Trang chủ › Giám sát, phản biện xã hội
Cập nhật: 15:20, 26/09/2025 (GMT+7)
Đoàn giám sát làm việc tại xã Quảng Trực.
Giám sát hoạt động của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở tại các xã biên giới
Từ ngày 23 đến 25/9/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức đoàn giám sát việc thực hiện Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở tại các xã Quảng Trực, Thuận An, Đắk Wil (khu vực tỉnh Đắk Nông trước đây). Đoàn do bà H'Kim Hoa Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn; tham gia có đại diện Công an tỉnh, Hội Cựu chiến binh tỉnh.
Qua giám sát, 3 xã hiện có 128 tổ bảo vệ an ninh, trật tự với 402 thành viên; 100% thành viên đã được tập huấn, cấp trang phục. Mức hỗ trợ hằng tháng cho tổ trưởng là 1,2 triệu đồng, tổ viên 900.000 đồng theo Nghị quyết 37/2024/NQ-HĐND của HĐND tỉnh Đắk Nông (cũ). Từ đầu năm, lực lượng này đã tham gia tuần tra 1.860 lượt, hòa giải thành 47 vụ việc, phát hiện 6 vụ vi phạm về ma túy.
Tại xã Quảng Trực, ông Điểu Bảo, Trưởng bon Bu Prăng 2, phản ánh địa bàn rộng, giáp biên giới Campuchia nhưng tổ chỉ có 3 người, phương tiện đi lại còn thiếu. Bà Thị Hoa, tổ viên tổ tuần tra bon Bu Dăr, đề nghị trả phụ cấp đúng kỳ vì có tháng chậm đến 2 tháng. Ông Y Lâm Niê, Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Wil, kiến nghị sớm hướng dẫn chế độ sau khi sắp xếp đơn vị hành chính.
Đoàn giám sát ghi nhận các xã đã thực hiện Hướng dẫn 05/HD-CAT của Công an tỉnh về kiện toàn lực lượng sau hợp nhất và Kế hoạch 210-KH/ĐU của Đảng ủy xã Quảng Trực. Tuy nhiên, còn 14 tổ chưa đủ số thành viên theo quy định; một số thành viên lớn tuổi, hạn chế về sức khỏe.
Kết luận, bà H'Kim Hoa Byă đề nghị UBND các xã rà soát, bố trí đủ 3 thành viên mỗi tổ, bảo đảm chi trả hỗ trợ kịp thời; Ủy ban MTTQ các xã tăng cường giám sát, phản ánh kịp thời kiến nghị của nhân dân. Đoàn sẽ tổng hợp báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, kiến nghị UBND tỉnh ban hành mức hỗ trợ thống nhất trên toàn tỉnh mới.
Lãnh đạo các xã tiếp thu đầy đủ ý kiến của đoàn, cam kết khắc phục những tồn tại trong quý IV năm 2025, đồng thời đề nghị tỉnh sớm hướng dẫn thống nhất chế độ, chính sách cho lực lượng này sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.
Hồng Thắm
Tin khác
- Hội nghị hiệp thương cử Ủy ban MTTQ Việt Nam xã Nhân Cơ (18/09/2025)
- Mặt trận tỉnh trao 120 căn nhà Đại đoàn kết (10/09/2025)
- Phản biện dự thảo nghị quyết về chính sách hỗ trợ người có uy tín (02/09/2025)
- Xã Đắk Wil tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/08/2025)
""", "2025-09-26", "Giám sát hoạt động của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở tại các xã biên giới",
E("giam_sat", "2025", "2025-09-23"),
[P("H'Kim Hoa Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Điểu Bảo", "Trưởng bon Bu Prăng 2"),
 P("Thị Hoa", "tổ viên tổ tuần tra bon Bu Dăr"),
 P("Y Lâm Niê", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Wil")],
[Q("3 xã", 3, "xã"), Q("128 tổ bảo vệ an ninh, trật tự", 128, "tổ bảo vệ an ninh, trật tự"), Q("402 thành viên", 402, "thành viên"),
 Q("100%", 100, "%"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("900.000 đồng", 900000, "đồng"), Q("1.860 lượt", 1860, "lượt"),
 Q("47 vụ việc", 47, "vụ việc"), Q("6 vụ vi phạm về ma túy", 6, "vụ vi phạm về ma túy"), Q("3 người", 3, "người"),
 Q("14 tổ", 14, "tổ"), Q("3 thành viên", 3, "thành viên"), Q("3 tỉnh", 3, "tỉnh")],
[D("Nghị quyết", "37", "2024/NQ-HĐND", None, "HĐND tỉnh Đắk Nông", "Nghị quyết 37/2024/NQ-HĐND"),
 D("Hướng dẫn", "05", "HD-CAT", None, "Công an tỉnh", "Hướng dẫn 05/HD-CAT"),
 D("Kế hoạch", "210", "KH/ĐU", None, "Đảng ủy xã Quảng Trực", "Kế hoạch 210-KH/ĐU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Thuận An"), com("Đắk Wil")],
["Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng - Trang tin điện tử", "Trang chủ › Giám sát, phản biện xã hội", "Đoàn giám sát làm việc tại xã Quảng Trực.",
 "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Bu Prăng 2"],
["Cập nhật: 15:20, 26/09/2025 (GMT+7)", "2 tháng", "quý IV năm 2025", "Bu Prăng 2"]))

PAGES.append(page("b3241-vinhlong-ca-traoqua-2025", """
CÔNG AN TỈNH VĨNH LONG
Trang chủ - Tin tức - Công an với nhân dân
19-09-2025 10:30
Đại tá Thạch Phước Bình trao quà tại chùa Âng.
Thăm, chúc mừng Lễ Sene Dolta và trao quà cho các chùa Khmer
Nhân dịp Lễ Sene Dolta năm 2025 của đồng bào Khmer, ngày 18/9/2025, đoàn công tác Công an tỉnh Vĩnh Long do Đại tá Thạch Phước Bình, Phó Giám đốc Công an tỉnh làm trưởng đoàn đã đến thăm, chúc mừng và trao quà tại các chùa Phật giáo Nam tông Khmer trên địa bàn phường Nguyệt Hóa, xã Long Hiệp và xã Tập Sơn (khu vực tỉnh Trà Vinh trước đây).
Tại chùa Âng, phường Nguyệt Hóa, đoàn đã thăm hỏi Hòa thượng Thạch Sô Phanh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Âng. Đại tá Thạch Phước Bình gửi lời chúc mừng đến chư tăng, phật tử; cảm ơn các nhà chùa đã tham gia 34 tổ an ninh chùa, vận động 126 thanh niên Khmer tránh xa ma túy, cờ bạc trong năm qua.
Dịp này, đoàn trao 18 phần quà cho các chùa, mỗi phần trị giá 5 triệu đồng, và 200 phần quà cho hộ đồng bào Khmer có hoàn cảnh khó khăn, mỗi phần gồm 10 kg gạo và 300.000 đồng; tổng trị giá quà hơn 210 triệu đồng do Quỹ Vì an ninh Tổ quốc tỉnh và các doanh nghiệp tài trợ.
Theo báo cáo của Phòng Tham mưu, sau hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, toàn tỉnh có 139 chùa Phật giáo Nam tông Khmer; 9 tháng năm 2025, các sư sãi, achar đã cung cấp 58 nguồn tin về an ninh trật tự, giúp lực lượng công an làm rõ 12 vụ trộm cắp tài sản ở vùng đồng bào.
Phát biểu cảm ơn, Đại đức Kim Sóc Pheng, trụ trì chùa Ô Mịch, xã Long Hiệp, khẳng định nhà chùa sẽ tiếp tục tuyên truyền giáo lý gắn với pháp luật, vận động bà con tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc, thực hiện Nghị quyết 43-NQ/TW của BCH Trung ương về phát huy sức mạnh khối đại đoàn kết toàn dân tộc.
Bà Sơn Thị Sà Phiên, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn, đi cùng đoàn, cho biết xã đã thực hiện Kế hoạch số 09/KH-UBND của UBND xã về bảo đảm an ninh trật tự dịp lễ, với 16 tổ tuần tra phối hợp giữa công an và dân quân.
Cũng trong chuyến thăm, đoàn đến thăm gia đình ông Thạch Chanh Đa, người có uy tín ấp Đôn Chụm, xã Long Hiệp, người nhiều năm tích cực tham gia hòa giải mâu thuẫn trong bà con.
Chung vui với đoàn, các vị sư cả và bà con phật tử bày tỏ phấn khởi trước sự quan tâm của lực lượng công an, mong muốn tiếp tục được hỗ trợ sửa chữa cổng, hàng rào, lắp đặt camera tại khuôn viên chùa để bảo vệ tài sản trong những ngày lễ lớn.
Hoàng Minh
Tin liên quan
- Công an tỉnh trao học bổng cho học sinh Khmer nghèo vượt khó (05/09/2025)
- Phường Trà Vinh ra mắt tổ bảo vệ an ninh, trật tự (28/08/2025)
""", "2025-09-19", "Thăm, chúc mừng Lễ Sene Dolta và trao quà cho các chùa Khmer",
E("trao_qua", None, "2025-09-18"),
[P("Thạch Phước Bình", "Đại tá", "Phó Giám đốc Công an tỉnh", "trưởng đoàn"),
 P("Thạch Sô Phanh", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Âng"),
 P("Kim Sóc Pheng", "Đại đức", "trụ trì chùa Ô Mịch"),
 P("Sơn Thị Sà Phiên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Thạch Chanh Đa", "người có uy tín ấp Đôn Chụm")],
[Q("34 tổ an ninh chùa", 34, "tổ an ninh chùa"), Q("126 thanh niên Khmer", 126, "thanh niên Khmer"), Q("18 phần quà", 18, "phần quà"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("200 phần quà", 200, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 210 triệu đồng", 210000000, "đồng", "over"), Q("3 tỉnh", 3, "tỉnh"),
 Q("139 chùa Phật giáo Nam tông Khmer", 139, "chùa Phật giáo Nam tông Khmer"), Q("58 nguồn tin", 58, "nguồn tin"),
 Q("12 vụ trộm cắp tài sản", 12, "vụ trộm cắp tài sản"), Q("16 tổ tuần tra", 16, "tổ tuần tra")],
[D("Nghị quyết", "43", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 43-NQ/TW"),
 D("Kế hoạch", "09", "KH-UBND", None, "UBND xã", "Kế hoạch số 09/KH-UBND")],
[prov("Vĩnh Long"), prov("Trà Vinh"), prov("Bến Tre"), com("Nguyệt Hóa"), com("Long Hiệp"), com("Tập Sơn")],
["CÔNG AN TỈNH VĨNH LONG", "Trang chủ - Tin tức - Công an với nhân dân", "Đại tá Thạch Phước Bình trao quà tại chùa Âng.",
 "Quỹ Vì an ninh Tổ quốc", "Sene Dolta"],
["19-09-2025 10:30", "Lễ Sene Dolta năm 2025", "9 tháng năm 2025"]))

PAGES.append(page("b3242-dongnai-bcd-tongket-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Hôm nay: Thứ Hai, 22/12/2025
Thời sự » An ninh - Trật tự
Ngày 19/12/2025 | 16:10
You are here: Trang chủ / An ninh - Trật tự
Toàn cảnh hội nghị tổng kết.
Đồng Nai: 95% khu dân cư đạt chuẩn an toàn về an ninh, trật tự
Ngày 18/12, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác năm 2025 - năm đầu tiên sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước. Đồng chí Điểu Minh Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo chủ trì.
Theo báo cáo, năm 2025 toàn tỉnh có 95% khu dân cư; 92 xã, phường đạt tiêu chuẩn "An toàn về an ninh, trật tự". Nhân dân đã cung cấp hơn 8.700 nguồn tin; lực lượng công an khám phá 2.156 vụ phạm pháp hình sự, đạt tỷ lệ 89,4%; bắt giữ 1.038 vụ, 1.612 đối tượng phạm tội về ma túy, thu giữ hơn 62 kg ma túy các loại. Toàn tỉnh duy trì 4.215 tổ bảo vệ an ninh, trật tự ở cơ sở với 12.640 thành viên.
Các đồng chí Phó Giám đốc Công an tỉnh: Đại tá Nguyễn Hồng Phong, Đại tá Trần Tiến Đức cùng Thượng tá Thị Xuân Mai, Trưởng phòng Tham mưu trình bày các tham luận chuyên đề. Đáng chú ý, mô hình "Sóc không ma túy" ở các sóc đồng bào S'tiêng tại xã Bù Gia Mập, Đăk Ơ được đánh giá cao.
Đồng chí Điểu Minh Hòa yêu cầu năm 2026 tiếp tục thực hiện Chỉ thị 36-CT/TW của Bộ Chính trị, Kết luận 02, 03-KL/TU của Ban Thường vụ Tỉnh ủy; triển khai Luật Phòng, chống ma túy sửa đổi; kiện toàn Ban Chỉ đạo các xã, phường theo Quyết định 3125/QĐ-UBND ngày 1/12/2025 của UBND tỉnh.
Tại hội nghị, ông Điểu Lên, người có uy tín sóc Bù Ka, xã Bù Gia Mập, chia sẻ việc vận động 12 thanh niên trong sóc đi cai nghiện. Bà Lâm Thị Kim Liên, Chủ tịch Ủy ban MTTQ Việt Nam phường Trảng Dài, kiến nghị hỗ trợ camera cho các khu nhà trọ công nhân.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 45 tập thể, 72 cá nhân; Bộ trưởng Bộ Công an tặng bằng khen cho 5 tập thể, 8 cá nhân. Tổng số tiền thưởng gần 400 triệu đồng.
Hội nghị cũng chỉ rõ những tồn tại: tội phạm lừa đảo qua mạng diễn biến phức tạp; tình trạng tụ tập đua xe trái phép ở các khu công nghiệp chưa được ngăn chặn triệt để; một số tổ bảo vệ an ninh, trật tự ở cơ sở mới thành lập còn lúng túng.
Phương Liễu
Tin liên quan
- Bù Đăng ra mắt mô hình "Sóc không ma túy" (10/12/2025)
- Triệt phá đường dây lừa đảo qua mạng tại phường Biên Hòa (02/12/2025)
- Đối thoại với công nhân về an ninh khu nhà trọ (25/11/2025)
- Phường Trảng Dài ra mắt tổ bảo vệ an ninh, trật tự khu nhà trọ (18/11/2025)
- Xã Đăk Ơ tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/08/2025)
""", "2025-12-19", "Đồng Nai: 95% khu dân cư đạt chuẩn an toàn về an ninh, trật tự",
E("tong_ket", "2025", "2025-12-18"),
[P("Điểu Minh Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Trưởng ban Chỉ đạo"),
 P("Nguyễn Hồng Phong", "Phó Giám đốc Công an tỉnh", "Đại tá"),
 P("Trần Tiến Đức", "Phó Giám đốc Công an tỉnh", "Đại tá"),
 P("Thị Xuân Mai", "Thượng tá", "Trưởng phòng Tham mưu"),
 P("Điểu Lên", "người có uy tín sóc Bù Ka"),
 P("Lâm Thị Kim Liên", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trảng Dài")],
[Q("95%", 95, "%"), Q("92 xã, phường", 92, "xã, phường"), Q("hơn 8.700 nguồn tin", 8700, "nguồn tin", "over"),
 Q("2.156 vụ phạm pháp hình sự", 2156, "vụ phạm pháp hình sự"), Q("89,4%", 89.4, "%"), Q("1.038 vụ", 1038, "vụ"),
 Q("1.612 đối tượng", 1612, "đối tượng"), Q("hơn 62 kg", 62, "kg", "over"),
 Q("4.215 tổ bảo vệ an ninh, trật tự ở cơ sở", 4215, "tổ bảo vệ an ninh, trật tự ở cơ sở"), Q("12.640 thành viên", 12640, "thành viên"),
 Q("12 thanh niên", 12, "thanh niên"), Q("45 tập thể", 45, "tập thể"), Q("72 cá nhân", 72, "cá nhân"), Q("5 tập thể", 5, "tập thể"),
 Q("8 cá nhân", 8, "cá nhân"), Q("gần 400 triệu đồng", 400000000, "đồng", "approx")],
[D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 36-CT/TW"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 02, 03-KL/TU"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 02, 03-KL/TU"),
 D("Quyết định", "3125", "QĐ-UBND", "2025-12-01", "UBND tỉnh", "Quyết định 3125/QĐ-UBND ngày 1/12/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đăk Ơ"), com("Trảng Dài")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Hôm nay: Thứ Hai, 22/12/2025", "Thời sự » An ninh - Trật tự", "You are here: Trang chủ / An ninh - Trật tự",
 "Toàn cảnh hội nghị tổng kết.", "An toàn về an ninh, trật tự", "Sóc không ma túy", "Luật Phòng, chống ma túy"],
["Ngày 19/12/2025 | 16:10", "năm 2025", "năm 2026"]))

PAGES.append(page("b3243-gialai-ca-giaoban-2026", """
Công an tỉnh Gia Lai - Cổng thông tin điện tử
Trang chủ | Tin tức | Phong trào toàn dân bảo vệ an ninh Tổ quốc
2026-04-10 08:30
Ảnh: Quang cảnh hội nghị tại điểm cầu Công an tỉnh.
Phát huy vai trò người có uy tín trong bảo vệ an ninh vùng Tây Nguyên
Ngày 9/4, Công an tỉnh tổ chức giao ban trực tuyến công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc quý I năm 2026 với 135 điểm cầu công an xã, phường. Đại tá Rah Lan Lâm, Phó Giám đốc Công an tỉnh Gia Lai chủ trì. Dự có các đồng chí Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh: Đinh Thị Hơ, Nguyễn Văn Quý.
Theo báo cáo, quý I, lực lượng công an đã phối hợp tổ chức 512 buổi tuyên truyền tại các làng, thôn với khoảng 38.000 lượt người dự; vận động 4 đối tượng liên quan tổ chức "Nhà nước Đê Ga" từ bỏ hoạt động, ra trình diện. Nhân dân cung cấp 264 nguồn tin, giúp làm rõ 73 vụ phạm pháp hình sự. Về ma túy, phát hiện 41 vụ, 58 đối tượng, thu giữ hơn 3.200 viên ma túy tổng hợp.
Toàn tỉnh hiện có 1.236 người có uy tín trong đồng bào dân tộc thiểu số, được hỗ trợ theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết 18/2025/NQ-HĐND của HĐND tỉnh. Đã có 97% làng, thôn vùng đồng bào duy trì tổ bảo vệ an ninh, trật tự ở cơ sở. Ở khu vực phía Đông (địa bàn tỉnh Bình Định trước đây), mô hình "Tổ liên gia an toàn" ở các phường ven biển tiếp tục phát huy hiệu quả.
Tại giao ban, ông Đinh Văn Ba, Trưởng Công an xã An Lão, báo cáo việc phối hợp già làng người Bahnar vận động 23 hộ tháo dỡ lều trại trái phép trong rừng phòng hộ. Ông Siu Thuân, Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Pnôn, đề nghị bổ sung kinh phí tập huấn cho người có uy tín mới được công nhận sau sắp xếp.
Kết luận giao ban, Đại tá Rah Lan Lâm đề nghị các đơn vị tiếp tục thực hiện Kế hoạch 58, 59-KH/CAT của Công an tỉnh về tăng cường nắm tình hình vùng đồng bào dân tộc thiểu số và về phòng, chống ma túy trong quý II; chuẩn bị tổ chức hội nghị biểu dương người có uy tín tiêu biểu năm 2026.
Các ý kiến cũng nêu: sau sắp xếp đơn vị hành chính, địa bàn một số xã rất rộng, lực lượng công an xã mỏng; việc nắm tình hình ở các làng giáp biên còn gặp khó khăn; một số người có uy tín tuổi cao, sức yếu.
Đại tá Rah Lan Lâm biểu dương công an các xã Ia Pnôn, An Lão, Kbang đã chủ động phối hợp với già làng, trưởng thôn, người có uy tín ngay từ khi mới sắp xếp, nắm chắc tình hình từng làng, không để bị động, bất ngờ; đồng thời nhắc nhở một số đơn vị chưa cập nhật kịp thời số liệu lên hệ thống.
Kim Phượng
Lượt xem: 3.402
Tin liên quan
- Ia Grai tổ chức hội nghị gặp mặt người có uy tín (02/04/2026)
- Công an tỉnh giao ban tháng 3 (28/03/2026)
- Phường Quy Nhơn ra mắt tổ liên gia an toàn (20/03/2026)
""", "2026-04-10", "Phát huy vai trò người có uy tín trong bảo vệ an ninh vùng Tây Nguyên",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Rah Lan Lâm", "Đại tá", "Phó Giám đốc Công an tỉnh Gia Lai"),
 P("Đinh Thị Hơ", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Nguyễn Văn Quý", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Đinh Văn Ba", "Trưởng Công an xã An Lão"),
 P("Siu Thuân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Pnôn")],
[Q("135 điểm cầu công an xã, phường", 135, "điểm cầu công an xã, phường"), Q("512 buổi tuyên truyền", 512, "buổi tuyên truyền"),
 Q("khoảng 38.000 lượt người", 38000, "lượt người", "approx"), Q("4 đối tượng", 4, "đối tượng"), Q("264 nguồn tin", 264, "nguồn tin"),
 Q("73 vụ phạm pháp hình sự", 73, "vụ phạm pháp hình sự"), Q("41 vụ", 41, "vụ"), Q("58 đối tượng", 58, "đối tượng"),
 Q("hơn 3.200 viên ma túy tổng hợp", 3200, "viên ma túy tổng hợp", "over"), Q("1.236 người có uy tín", 1236, "người có uy tín"),
 Q("97%", 97, "%"), Q("23 hộ", 23, "hộ")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Nghị quyết", "18", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 18/2025/NQ-HĐND"),
 D("Kế hoạch", "58", "KH/CAT", None, "Công an tỉnh", "Kế hoạch 58, 59-KH/CAT"),
 D("Kế hoạch", "59", "KH/CAT", None, "Công an tỉnh", "Kế hoạch 58, 59-KH/CAT")],
[prov("Gia Lai"), prov("Bình Định"), com("An Lão"), com("Ia Pnôn"), com("Kbang")],
["Công an tỉnh Gia Lai - Cổng thông tin điện tử", "Trang chủ | Tin tức | Phong trào toàn dân bảo vệ an ninh Tổ quốc",
 "Ảnh: Quang cảnh hội nghị tại điểm cầu Công an tỉnh.", "Nhà nước Đê Ga", "Tổ liên gia an toàn", "Lượt xem: 3.402"],
["2026-04-10 08:30", "quý I năm 2026", "quý II", "năm 2026", "Lượt xem: 3.402"]))

PAGES.append(page("b3244-angiang-xa-doithoai-2026", """
Trang thông tin điện tử xã Châu Phong - tỉnh An Giang
Chủ Nhật, 17/05/2026
Trang chủ > Tin tức > Hoạt động chính quyền
Ngày đăng 15/05/2026 | 16:20
Đối thoại với bà con Chăm về an ninh trật tự, phòng chống ma túy
Chiều 14/5/2026, tại nhà văn hóa ấp Phũm Soài, Đảng ủy, UBND xã Châu Phong tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2026, chủ đề an ninh trật tự và phòng, chống ma túy ở vùng đồng bào Chăm. Đồng chí Nguyễn Thị Bé Năm, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Trần Minh Hiếu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì.
Các đại biểu tham dự hội nghị đối thoại.
Tham dự có khoảng 220 người dân, chức sắc Hồi giáo các thánh đường Mubarak, Jamiul Azhar và đại diện 8 ấp trong xã. Trung tá Lê Văn Tùng, Trưởng Công an xã thông tin: từ đầu năm, xã phát hiện 7 vụ, 11 đối tượng liên quan ma túy; quản lý 34 người sử dụng trái phép chất ma túy. Các tổ bảo vệ an ninh, trật tự ở cơ sở đã tuần tra 410 lượt, hòa giải thành 15 vụ mâu thuẫn.
Tại hội nghị có 18 ý kiến góp ý, kiến nghị. Ông Haji Mohamad Ly, Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh, Trưởng ban Quản trị thánh đường Mubarak, đề nghị xã phối hợp mở lớp dạy nghề cho thanh niên Chăm sau cai. Bà Mar Y Sa, ấp Phũm Soài, phản ánh tình trạng thanh thiếu niên tụ tập chạy xe lạng lách trên tuyến đê bao ban đêm. Ông Sa Ri Mah, Trưởng ấp Phũm Soài, kiến nghị lắp thêm đèn chiếu sáng và camera ở bến đò.
Trả lời các ý kiến, đồng chí Trần Minh Hiếu cho biết xã đã bố trí 150 triệu đồng lắp 20 camera an ninh và hệ thống đèn dọc đê bao; giao Công an xã lập tổ tuần tra cao điểm từ 21 giờ đến 1 giờ sáng. Về dạy nghề, xã sẽ phối hợp Trung tâm Dịch vụ việc làm mở 2 lớp may, sửa xe máy cho khoảng 40 học viên.
Kết luận, đồng chí Nguyễn Thị Bé Năm đề nghị các chi bộ ấp thực hiện tốt Kế hoạch số 27-KH/ĐU ngày 2/3/2026 của Đảng ủy xã, Quyết định 115/QĐ-UBND của UBND xã về kiện toàn tổ bảo vệ an ninh, trật tự; phát huy vai trò chức sắc tôn giáo trong vận động bà con thực hiện "sống tốt đời, đẹp đạo".
Sau hội nghị, nhiều bà con cho biết lần đầu được đối thoại trực tiếp với lãnh đạo xã mới sau sắp xếp nên rất phấn khởi; những ý kiến chưa được trả lời ngay được xã ghi nhận, hẹn trả lời bằng văn bản.
Ngọc Hân
Tin khác
- Xã Châu Phong ra mắt tổ bảo vệ an ninh, trật tự ấp Phũm Soài (20/04/2026)
- Hội nghị triển khai nhiệm vụ năm 2026 (10/01/2026)
- Thăm, chúc mừng bà con Chăm nhân tháng Ramadan (20/02/2026)
- Xã tổ chức tuyên truyền pháp luật về phòng, chống ma túy cho học sinh (15/01/2026)
- Ra mắt mô hình "Ấp không ma túy" tại ấp Khánh Hòa (05/01/2026)
""", "2026-05-15", "Đối thoại với bà con Chăm về an ninh trật tự, phòng chống ma túy",
E("doi_thoai", "2026", "2026-05-14"),
[P("Nguyễn Thị Bé Năm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Minh Hiếu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lê Văn Tùng", "Trung tá", "Trưởng Công an xã"),
 P("Haji Mohamad Ly", "Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh", "Trưởng ban Quản trị thánh đường Mubarak"),
 P("Mar Y Sa"),
 P("Sa Ri Mah", "Trưởng ấp Phũm Soài")],
[Q("khoảng 220 người dân", 220, "người dân", "approx"), Q("8 ấp", 8, "ấp"), Q("7 vụ", 7, "vụ"), Q("11 đối tượng", 11, "đối tượng"),
 Q("34 người sử dụng trái phép chất ma túy", 34, "người"), Q("410 lượt", 410, "lượt"), Q("15 vụ mâu thuẫn", 15, "vụ mâu thuẫn"),
 Q("18 ý kiến", 18, "ý kiến"), Q("150 triệu đồng", 150000000, "đồng"), Q("20 camera an ninh", 20, "camera an ninh"),
 Q("2 lớp may, sửa xe máy", 2, "lớp may, sửa xe máy"), Q("khoảng 40 học viên", 40, "học viên", "approx")],
[D("Kế hoạch", "27", "KH/ĐU", "2026-03-02", "Đảng ủy xã", "Kế hoạch số 27-KH/ĐU ngày 2/3/2026"),
 D("Quyết định", "115", "QĐ-UBND", None, "UBND xã", "Quyết định 115/QĐ-UBND")],
[prov("An Giang"), com("Châu Phong")],
["Trang thông tin điện tử xã Châu Phong - tỉnh An Giang", "Chủ Nhật, 17/05/2026", "Trang chủ > Tin tức > Hoạt động chính quyền",
 "Các đại biểu tham dự hội nghị đối thoại.", "Mubarak", "Jamiul Azhar", "sống tốt đời, đẹp đạo"],
["Ngày đăng 15/05/2026 | 16:20", "năm 2026", "21 giờ", "1 giờ sáng"]))
