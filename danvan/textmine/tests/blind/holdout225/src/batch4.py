from lib import *
PAGES = []

PAGES.append(page("b5375-vinhlong-nguyethoa-tongket-2025", """
ĐẢNG BỘ PHƯỜNG NGUYỆT HÓA - TỈNH VĨNH LONG
Trang chủ | Tin tức | Mặt trận - Đoàn thể
Thứ Ba, 30/12/2025, 08:05
Quang cảnh hội nghị tổng kết tại hội trường phường.
Phường Nguyệt Hóa: không còn hộ nghèo, hộ chính sách ở nhà tạm
Ngày 29/12/2025, Ủy ban MTTQ Việt Nam phường Nguyệt Hóa tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 và triển khai chương trình phối hợp thống nhất hành động năm 2026. Đồng chí Thạch Thị Sa Rinh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường dự và phát biểu chỉ đạo; đồng chí Kim Văn Thành, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì.
Phường Nguyệt Hóa được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp hai phường và xã Nguyệt Hóa của tỉnh Trà Vinh cũ, có 7.420 hộ với gần 29.000 nhân khẩu, trong đó hơn 41% là đồng bào Khmer. Năm 2025, thực hiện Chỉ thị số 45-CT/TU ngày 12/02/2025 của Ban Thường vụ Tỉnh ủy Trà Vinh (cũ) và Kế hoạch số 09-KH/ĐU ngày 20/7/2025 của Đảng ủy phường, Mặt trận và các tổ chức chính trị - xã hội đã phối hợp hoàn thành 64 căn nhà cho hộ nghèo, hộ cận nghèo, hộ có công với cách mạng, với tổng kinh phí 3,84 tỷ đồng; trong đó ngân sách hỗ trợ 60 triệu đồng/căn xây mới, Mặt trận vận động thêm 620 triệu đồng.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Lâm Thị Chanh Tha, Nguyễn Hoàng Phúc trình bày báo cáo giám sát, cho biết 100% căn nhà đều có biển ghi nguồn hỗ trợ, các hộ đã ký cam kết không chuyển nhượng trong 10 năm. Đại đức Thạch Chanh Đa Ra, trụ trì chùa Ông Mẹt, cho biết nhà chùa vận động phật tử góp 180 triệu đồng, 560 ngày công cho 14 hộ Khmer.
Bà Sơn Thị Mỹ Tiên, Trưởng Ban Công tác Mặt trận khóm 3, đề xuất hỗ trợ sinh kế cho 22 hộ vừa nhận nhà để thoát nghèo bền vững; ông Triệu Văn Hải, người có uy tín trong đồng bào Hoa, đề nghị duy trì quỹ "Tấm lòng vàng" của khóm.
Phát biểu chỉ đạo, đồng chí Thạch Thị Sa Rinh ghi nhận kết quả xóa nhà tạm là "món quà" ý nghĩa chào mừng Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030; đề nghị năm 2026 Mặt trận thực hiện tốt Quy định 124-QĐ/TW và Kết luận 18, 19-KL/TW của Bộ Chính trị về sắp xếp tổ chức Mặt trận, đoàn thể; tiếp tục vận động Quỹ "Vì người nghèo" đạt ít nhất 500 triệu đồng.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tặng bằng khen cho 3 tập thể, 5 cá nhân; Ủy ban MTTQ phường tặng giấy khen cho 12 tập thể, 25 cá nhân tiêu biểu.
Kim Ngân - Văn phòng Đảng ủy phường
Lượt truy cập: 12.806
Tin liên quan
- Phường Nguyệt Hóa ra mắt 5 tổ dân vận khóm (20/12/2025)
- Trao 100 suất quà cho hộ Khmer dịp lễ Ok Om Bok (05/11/2025)
- Hội nghị đối thoại với nhân dân năm 2025 (22/10/2025)
""", "2025-12-30", "Phường Nguyệt Hóa: không còn hộ nghèo, hộ chính sách ở nhà tạm",
E("tong_ket", "2025", "2025-12-29"),
[P("Thạch Thị Sa Rinh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Kim Văn Thành", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lâm Thị Chanh Tha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Hoàng Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thạch Chanh Đa Ra", "Đại đức", "trụ trì chùa Ông Mẹt"),
 P("Sơn Thị Mỹ Tiên", "Trưởng Ban Công tác Mặt trận khóm 3"),
 P("Triệu Văn Hải", "người có uy tín trong đồng bào Hoa")],
[Q("7.420 hộ", 7420, "hộ"), Q("gần 29.000 nhân khẩu", 29000, "nhân khẩu", "approx"), Q("hơn 41%", 41, "%", "over"),
 Q("64 căn nhà", 64, "căn nhà"), Q("3,84 tỷ đồng", 3840000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("620 triệu đồng", 620000000, "đồng"), Q("100%", 100, "%"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("560 ngày công", 560, "ngày công"), Q("14 hộ Khmer", 14, "hộ Khmer"), Q("22 hộ", 22, "hộ"),
 Q("ít nhất 500 triệu đồng", 500000000, "đồng", "over"), Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"),
 Q("12 tập thể", 12, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Chỉ thị", "45", "CT/TU", "2025-02-12", "Ban Thường vụ Tỉnh ủy Trà Vinh", "Chỉ thị số 45-CT/TU ngày 12/02/2025"),
 D("Kế hoạch", "09", "KH/ĐU", "2025-07-20", "Đảng ủy phường", "Kế hoạch số 09-KH/ĐU ngày 20/7/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định 124-QĐ/TW"),
 D("Kết luận", "18", "KL/TW", None, "Bộ Chính trị", "Kết luận 18, 19-KL/TW"),
 D("Kết luận", "19", "KL/TW", None, "Bộ Chính trị", "Kết luận 18, 19-KL/TW")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Nguyệt Hóa")],
["ĐẢNG BỘ PHƯỜNG NGUYỆT HÓA - TỈNH VĨNH LONG", "Trang chủ | Tin tức | Mặt trận - Đoàn thể",
 "Quang cảnh hội nghị tổng kết tại hội trường phường.", "Tấm lòng vàng", "Vì người nghèo", "Lượt truy cập: 12.806"],
["Thứ Ba, 30/12/2025, 08:05", "năm 2025", "năm 2026", "1/7/2025", "hai phường", "10 năm", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "Lượt truy cập: 12.806"]))

PAGES.append(page("b5376-dongnai-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ ›› Dân vận ›› Hoạt động khối
16/01/2026 - 10:05
Đồng chí Điểu Thị Mai chủ trì giao ban quý IV.
Giao ban khối dân vận: rà soát 386 hộ phát sinh nhà dột nát sau mùa mưa
Ngày 14/1, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý IV năm 2025 với các cơ quan khối dân vận và Đảng ủy các xã, phường. Đồng chí Điểu Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Võ Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, sau khi tỉnh Đồng Nai và tỉnh Bình Phước hợp nhất, toàn tỉnh đã hoàn thành xóa nhà tạm cho 2.915 hộ trong năm 2025. Tuy nhiên, qua rà soát quý IV, mưa lớn kéo dài làm phát sinh 386 hộ có nhà dột nát, hư hỏng, trong đó 214 hộ ở các xã vùng đồng bào S'tiêng, Mnông, Chơ Ro thuộc khu vực Bình Phước cũ. Ủy ban MTTQ tỉnh đã trích Quỹ "Vì người nghèo" hỗ trợ khẩn cấp 97 hộ với mức 20 triệu đồng/hộ, tổng cộng 1,94 tỷ đồng.
Các đồng chí Trưởng phòng Dân vận và Dân tộc, tôn giáo, Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy lần lượt báo cáo. Bà Lý Thị Kim Chi, Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết trong quý IV khối dân vận đã tiếp nhận 146 lượt ý kiến, kiến nghị liên quan nhà ở, đất ở, đã chuyển các cơ quan giải quyết 139 ý kiến.
Ông Điểu Lênh, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, đề nghị tỉnh sớm ban hành cơ chế hỗ trợ hộ tách hộ, hộ mới phát sinh; bà Thị Sanh, người có uy tín sóc Bù Lư, xã Đắk Ơ, cho biết 12 hộ trong sóc đã tự góp 45 triệu đồng sửa mái tôn cho nhau.
Kết luận, đồng chí Điểu Thị Mai đề nghị các địa phương triển khai Kế hoạch số 05-KH/BTGDVTU ngày 06/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy; thực hiện Quyết định 23-QĐ/TW và Quy định 304-QĐ/TW của Bộ Chính trị trong công tác dân vận của hệ thống chính trị; phấn đấu trong quý I/2026 hỗ trợ dứt điểm số hộ phát sinh trước Tết Nguyên đán Bính Ngọ. Mỗi tổ chức thành viên của Mặt trận nhận hỗ trợ ít nhất 10 hộ.
Trước đó, ngày 8/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã có Công văn số 18/MTTQ-BTT hướng dẫn Mặt trận các xã, phường rà soát, lập danh sách hộ có nhà dột nát theo tiêu chí của Quyết định số 22/2025/QĐ-TTg.
Giao ban cũng thống nhất chỉ tiêu thi đua "Dân vận khéo" năm 2026, mỗi xã, phường xây dựng từ 2 mô hình trở lên.
Phương Hằng
Lượt xem: 802
Tin cùng chuyên mục
- Đồng Nai ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (02/07/2025)
- Xã Đắk Ơ bàn giao 7 căn nhà Đại đoàn kết (28/12/2025)
- Tổng kết công tác dân vận năm 2025 (25/12/2025)
""", "2026-01-16", "Giao ban khối dân vận: rà soát 386 hộ phát sinh nhà dột nát sau mùa mưa",
E("giao_ban", "2025-Q4", "2026-01-14"),
[P("Điểu Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Kim Chi", "Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lênh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Thị Sanh", "người có uy tín sóc Bù Lư")],
[Q("386 hộ", 386, "hộ"), Q("2.915 hộ", 2915, "hộ"), Q("214 hộ", 214, "hộ"), Q("97 hộ", 97, "hộ"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("1,94 tỷ đồng", 1940000000, "đồng"),
 Q("146 lượt ý kiến, kiến nghị", 146, "lượt ý kiến, kiến nghị"), Q("139 ý kiến", 139, "ý kiến"), Q("12 hộ", 12, "hộ"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("ít nhất 10 hộ", 10, "hộ", "over"), Q("từ 2 mô hình trở lên", 2, "mô hình", "over")],
[D("Kế hoạch", "05", "KH/BTGDVTU", "2026-01-06", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 05-KH/BTGDVTU ngày 06/01/2026"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định 304-QĐ/TW"),
 D("Công văn", "18", "MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 18/MTTQ-BTT"),
 D("Quyết định", "22", "2025/QĐ-TTg", None, None, "Quyết định số 22/2025/QĐ-TTg")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đắk Ơ")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ ›› Dân vận ›› Hoạt động khối",
 "Đồng chí Điểu Thị Mai chủ trì giao ban quý IV.", "Vì người nghèo", "Dân vận khéo", "Tết Nguyên đán Bính Ngọ", "Lượt xem: 802"],
["16/01/2026 - 10:05", "quý IV năm 2025", "năm 2025", "quý I/2026", "năm 2026", "ngày 8/1", "Lượt xem: 802"]))

PAGES.append(page("b5377-phutho-xacaoson-doithoai-2026", """
Báo Phú Thọ điện tử
Xây dựng Đảng › Dân vận › Cơ sở
Thứ Năm, 12/03/2026
Đồng chí Bùi Văn Thắng trả lời ý kiến của người dân.
Xã Cao Sơn đối thoại với nhân dân về nhà ở sau xóa nhà tạm
Ngày 10/3, Đảng ủy xã Cao Sơn tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026. Xã Cao Sơn thuộc khu vực tỉnh Hòa Bình cũ, được thành lập năm 2025 trên cơ sở sáp nhập 4 xã, nay thuộc tỉnh Phú Thọ. Đồng chí Bùi Văn Thắng, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Quách Thị Hường, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; dự có 135 đại biểu là người dân 21 xóm.
Báo cáo tại hội nghị cho biết, trong đợt cao điểm năm 2025, xã đã hỗ trợ 173 hộ người Mường, Dao xóa nhà tạm, nhà dột nát, trong đó 121 nhà xây mới, 52 nhà sửa chữa; tổng kinh phí 9,1 tỷ đồng. Đến nay, xã không còn hộ ở nhà tạm; tỷ lệ hộ nghèo còn 6,7%.
Hội nghị nhận được 19 ý kiến, trong đó 8 ý kiến liên quan nhà ở. Ông Đinh Công Sáu, xóm Bưa, phản ánh căn nhà được hỗ trợ sửa chữa năm 2024 nay mái đã dột trở lại; bà Bùi Thị Nhót, xóm Rộc, hỏi vì sao hộ con trai bà mới tách hộ nhưng chưa được xem xét hỗ trợ.
Trả lời, đồng chí Quách Thị Hường cho biết theo Quyết định số 22/2025/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 61/KH-UBND ngày 02/02/2026 của UBND tỉnh Phú Thọ, hộ mới tách từ năm 2025 thuộc diện rà soát bổ sung nếu là hộ nghèo, cận nghèo; xã sẽ lập danh sách gửi tỉnh trong tháng 4. Đối với các nhà xuống cấp sau hỗ trợ, xã giao Ủy ban MTTQ xã và các chi hội phối hợp đơn vị thi công sửa lại trong 30 ngày.
Đồng chí Bùi Văn Trọng, Chủ tịch Ủy ban MTTQ Việt Nam xã, thông tin Quỹ "Vì người nghèo" xã hiện có 248 triệu đồng, sẽ ưu tiên hỗ trợ 6 hộ có nhà hư hỏng nặng, mỗi hộ 15 triệu đồng. Các đồng chí Bí thư Chi bộ kiêm Trưởng xóm: Đinh Văn Lượng, Bùi Văn Khoa nhận nhiệm vụ kiểm tra lại 27 căn nhà đã bàn giao trong năm 2025.
Kết luận, đồng chí Bùi Văn Thắng yêu cầu thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở và Nghị quyết số 06-NQ/ĐU ngày 20/8/2025 của Ban Chấp hành Đảng bộ xã về giảm nghèo bền vững; các ý kiến chưa giải quyết tại hội nghị sẽ được trả lời bằng văn bản trước ngày 10/4/2026. Đồng chí giao Ban Xây dựng Đảng Đảng ủy xã theo dõi việc thực hiện kết luận sau đối thoại.
Sau hội nghị, Ủy ban MTTQ xã đã phối hợp Đoàn Thanh niên huy động 40 đoàn viên giúp 3 hộ lợp lại mái trong tuần đầu tháng 3.
Hương Lan - Trung tâm Dịch vụ tổng hợp xã
Tin liên quan
- Xã Cao Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2025)
- Phú Thọ: 100% xã, phường tổ chức đối thoại với nhân dân (05/03/2026)
- Hội nghị triển khai nhiệm vụ năm 2026 của khối dân vận (15/01/2026)
""", "2026-03-12", "Xã Cao Sơn đối thoại với nhân dân về nhà ở sau xóa nhà tạm",
E("doi_thoai", "2026", "2026-03-10"),
[P("Bùi Văn Thắng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Quách Thị Hường", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đinh Công Sáu"), P("Bùi Thị Nhót"),
 P("Bùi Văn Trọng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đinh Văn Lượng", "Bí thư Chi bộ kiêm Trưởng xóm"),
 P("Bùi Văn Khoa", "Bí thư Chi bộ kiêm Trưởng xóm")],
[Q("4 xã", 4, "xã"), Q("135 đại biểu", 135, "đại biểu"), Q("21 xóm", 21, "xóm"), Q("173 hộ người Mường, Dao", 173, "hộ người Mường, Dao"),
 Q("121 nhà", 121, "nhà"), Q("52 nhà", 52, "nhà"), Q("9,1 tỷ đồng", 9100000000, "đồng"), Q("6,7%", 6.7, "%"),
 Q("19 ý kiến", 19, "ý kiến"), Q("8 ý kiến", 8, "ý kiến"), Q("248 triệu đồng", 248000000, "đồng"), Q("6 hộ", 6, "hộ"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("27 căn nhà", 27, "căn nhà"), Q("40 đoàn viên", 40, "đoàn viên"), Q("3 hộ", 3, "hộ")],
[D("Quyết định", "22", "2025/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2025/QĐ-TTg"),
 D("Kế hoạch", "61", "KH-UBND", "2026-02-02", "UBND tỉnh Phú Thọ", "Kế hoạch số 61/KH-UBND ngày 02/02/2026"),
 D("Nghị quyết", "06", "NQ/ĐU", "2025-08-20", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 06-NQ/ĐU ngày 20/8/2025")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Cao Sơn")],
["Báo Phú Thọ điện tử", "Xây dựng Đảng › Dân vận › Cơ sở", "Đồng chí Bùi Văn Thắng trả lời ý kiến của người dân.",
 "Vì người nghèo", "Luật Thực hiện dân chủ ở cơ sở", "Trung tâm Dịch vụ tổng hợp xã"],
["Thứ Năm, 12/03/2026", "năm 2026", "năm 2025", "năm 2024", "tháng 4", "tháng 3", "30 ngày", "10/4/2026"]))

PAGES.append(page("b5378-quangngai-btgdv-taphuan-2026", """
BÁO QUẢNG NGÃI
Chính trị » Xây dựng Đảng » Dân vận
Ngày đăng 08/04/2026 | 14:20
Tập huấn công tác dân vận cho 210 cán bộ cơ sở vùng đồng bào dân tộc thiểu số
Đồng chí Y Thị Bích Thủy truyền đạt chuyên đề tại lớp tập huấn. Ảnh: Đinh Hương
Trong 2 ngày 6 và 7/4, tại phường Kon Tum, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2026 cho 210 học viên là cán bộ khối dân vận, Mặt trận các xã vùng đồng bào dân tộc thiểu số và người có uy tín. Đồng chí Đinh Thị Lệ Thu, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy khai mạc lớp học.
Học viên được nghe đồng chí Y Thị Bích Thủy, Trưởng phòng Dân vận và Dân tộc, tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, truyền đạt chuyên đề "Kỹ năng vận động đồng bào giữ gìn nhà ở, phát triển sinh kế sau xóa nhà tạm"; đồng chí Phạm Văn Hòa, Phó Giám đốc Sở Dân tộc và Tôn giáo, giới thiệu Quyết định 1719, 1720/QĐ-UBND của UBND tỉnh về hỗ trợ sinh kế cho hộ vừa thoát nghèo.
Theo số liệu tại lớp học, năm 2025 toàn tỉnh Quảng Ngãi (mới) đã hoàn thành 6.582 căn nhà cho hộ nghèo, hộ cận nghèo, trong đó khu vực Kon Tum cũ 3.270 căn, khu vực Quảng Ngãi cũ 3.312 căn. Qua khảo sát đầu năm 2026, khoảng 4% số nhà có dấu hiệu xuống cấp hoặc chưa có công trình phụ; 47 hộ đã bỏ nhà lên chòi rẫy ở.
Tại buổi thảo luận, ông Đinh Văn Bia, người có uy tín thôn Làng Rêu, xã Sơn Kỳ, chia sẻ kinh nghiệm vận động 26 hộ Hrê trong thôn trồng cây ăn quả quanh nhà. Bà Y Lan, Chủ tịch Hội LHPN xã Đăk Tô Kan, đề nghị tỉnh có thêm nguồn hỗ trợ làm nhà vệ sinh, mỗi hộ khoảng 8 triệu đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Hồ Văn Niên (xã Trà Bồng), Phạm Thị Liên (xã Ba Tơ) phản ánh khó khăn khi rà soát hộ tách khẩu.
Bế mạc lớp tập huấn, đồng chí Đinh Thị Lệ Thu đề nghị học viên triển khai Kế hoạch số 32-KH/BTGDVTU ngày 16/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy và Hướng dẫn số 07-HD/BTGDVTU về phát huy vai trò người có uy tín; mỗi xã xây dựng ít nhất 1 mô hình "Dân vận khéo" về giữ gìn nhà ở; phấn đấu đến cuối năm 2026 có trên 90% hộ đã nhận nhà có công trình phụ đạt chuẩn.
Kết thúc lớp học, 206 học viên được cấp giấy chứng nhận; 35 học viên có bài thu hoạch đạt loại giỏi được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng sách. Ban cũng phát 210 bộ tài liệu song ngữ Việt - Xơ Đăng, Việt - Hrê để học viên tuyên truyền ở cơ sở.
Đinh Hương
Tin liên quan
- Quảng Ngãi: ra mắt mô hình "Thôn giữ gìn nhà Đại đoàn kết" (30/03/2026)
- Hội nghị người có uy tín khu vực Kon Tum (18/03/2026)
- Ba Tơ: bàn giao 12 nhà cho hộ bị sạt lở (05/03/2026)
""", "2026-04-08", "Tập huấn công tác dân vận cho 210 cán bộ cơ sở vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2026", "2026-04-06"),
[P("Y Thị Bích Thủy", "Trưởng phòng Dân vận và Dân tộc, tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Lệ Thu", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Hòa", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Đinh Văn Bia", "người có uy tín thôn Làng Rêu"),
 P("Y Lan", "Chủ tịch Hội LHPN xã Đăk Tô Kan"),
 P("Hồ Văn Niên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phạm Thị Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("210 học viên", 210, "học viên"), Q("6.582 căn nhà", 6582, "căn nhà"), Q("3.270 căn", 3270, "căn"),
 Q("3.312 căn", 3312, "căn"), Q("khoảng 4%", 4, "%", "approx"), Q("47 hộ", 47, "hộ"), Q("26 hộ Hrê", 26, "hộ Hrê"),
 Q("khoảng 8 triệu đồng", 8000000, "đồng", "approx"), Q("trên 90%", 90, "%", "over"), Q("206 học viên", 206, "học viên"),
 Q("35 học viên", 35, "học viên"), Q("210 bộ tài liệu song ngữ", 210, "bộ tài liệu song ngữ")],
[D("Quyết định", "1719", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1719, 1720/QĐ-UBND"),
 D("Quyết định", "1720", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1719, 1720/QĐ-UBND"),
 D("Kế hoạch", "32", "KH/BTGDVTU", "2026-03-16", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 32-KH/BTGDVTU ngày 16/3/2026"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", None, None, "Hướng dẫn số 07-HD/BTGDVTU")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Kon Tum"), com("Sơn Kỳ"), com("Đăk Tô Kan"), com("Trà Bồng"), com("Ba Tơ")],
["BÁO QUẢNG NGÃI", "Chính trị » Xây dựng Đảng » Dân vận",
 "Đồng chí Y Thị Bích Thủy truyền đạt chuyên đề tại lớp tập huấn. Ảnh: Đinh Hương", "Dân vận khéo",
 "Kỹ năng vận động đồng bào giữ gìn nhà ở, phát triển sinh kế sau xóa nhà tạm"],
["Ngày đăng 08/04/2026 | 14:20", "2 ngày", "năm 2026", "năm 2025", "đầu năm 2026", "1 mô hình", "cuối năm 2026"]))

PAGES.append(page("b5379-angiang-hoilhpn-daihoi-2026", """
Báo An Giang điện tử
Trang chủ - Xã hội - Phụ nữ
20-05-2026 09:40
Đại hội Phụ nữ xã Hòa Điền: 312 "Mái ấm tình thương" sau 5 năm
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Ngày 18/5, Hội LHPN xã Hòa Điền tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội điểm cấp cơ sở của tỉnh An Giang sau khi hợp nhất với tỉnh Kiên Giang. Dự đại hội có đồng chí Danh Thị Sa Quênh, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Trần Văn Lộc, Bí thư Đảng ủy xã Hòa Điền cùng 150 đại biểu đại diện cho 6.480 hội viên.
Nhiệm kỳ qua, các cơ sở hội trên địa bàn xã đã vận động xây dựng, sửa chữa 312 căn "Mái ấm tình thương" cho hội viên nghèo, phụ nữ đơn thân, tổng trị giá hơn 14,6 tỷ đồng. Riêng trong đợt cao điểm xóa nhà tạm, nhà dột nát năm 2025, Hội phối hợp Mặt trận hỗ trợ 118 hộ do phụ nữ làm chủ hộ có nhà mới, mỗi căn 60 triệu đồng từ ngân sách và 5 triệu đồng do hội vận động. Ngoài ra, hội giúp 95 hội viên vay vốn với tổng dư nợ 4,3 tỷ đồng để phát triển sinh kế.
Chị Thị Sa Rên, hội viên ấp Kinh 8, người dân tộc Khmer, kể trước đây 4 mẹ con ở căn chòi lá ven kênh, nay có căn nhà 40 m2 kiên cố. Tham luận tại đại hội, chị Danh Thị Mộng Cầm, Chi hội trưởng Phụ nữ ấp Vàm Răng, chia sẻ mô hình "Hũ gạo tình thương" góp được 3,6 tấn gạo, hơn 70 triệu đồng mỗi năm.
Phát biểu chỉ đạo, đồng chí Trần Văn Lộc đề nghị Hội thực hiện tốt Nghị quyết số 02-NQ/ĐU ngày 10/9/2025 của Đảng ủy xã về phát triển kinh tế - xã hội nhiệm kỳ 2025 - 2030 và Chỉ thị số 05-CT/TU ngày 14/10/2025 của Ban Thường vụ Tỉnh ủy An Giang về lãnh đạo đại hội phụ nữ các cấp; phấn đấu nhiệm kỳ tới không để phát sinh hội viên ở nhà tạm.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã khóa I gồm 21 đồng chí. Tại phiên họp thứ nhất, chị Lâm Thị Kiều được bầu giữ chức Chủ tịch Hội LHPN xã khóa I; các chị Danh Thị Hồng Thắm, Nguyễn Thị Ngọc Hạnh được bầu giữ chức Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 5 đại biểu dự Đại hội đại biểu Phụ nữ tỉnh An Giang lần thứ I.
Đại hội đề ra 6 chỉ tiêu chủ yếu, trong đó mỗi năm phát triển ít nhất 120 hội viên mới, 100% chi hội có mô hình hỗ trợ hội viên nghèo, vận động xây dựng từ 50 "Mái ấm tình thương" trở lên trong nhiệm kỳ.
Dịp này, Ban Thường vụ Hội LHPN tỉnh tặng giấy khen cho 7 tập thể, 12 cá nhân. Ngay tại đại hội, các chi hội đã quyên góp được 38 triệu đồng để khởi công căn "Mái ấm tình thương" đầu tiên của nhiệm kỳ mới.
Bảo Trân
Tin khác
- Hòn Đất: bàn giao 20 căn nhà Đại đoàn kết (12/05/2026)
- Hội LHPN tỉnh tập huấn nghiệp vụ cho chủ tịch hội cơ sở (04/05/2026)
- Xã Vĩnh Điều ra mắt chi hội phụ nữ khởi nghiệp (25/04/2026)
""", "2026-05-20", "Đại hội Phụ nữ xã Hòa Điền: 312 \"Mái ấm tình thương\" sau 5 năm",
E("dai_hoi", None, "2026-05-18"),
[P("Danh Thị Sa Quênh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Văn Lộc", "Bí thư Đảng ủy xã Hòa Điền"),
 P("Thị Sa Rên"),
 P("Danh Thị Mộng Cầm", "Chi hội trưởng Phụ nữ ấp Vàm Răng"),
 P("Lâm Thị Kiều", "Chủ tịch Hội LHPN xã khóa I"),
 P("Danh Thị Hồng Thắm", "Phó Chủ tịch Hội LHPN xã"),
 P("Nguyễn Thị Ngọc Hạnh", "Phó Chủ tịch Hội LHPN xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("6.480 hội viên", 6480, "hội viên"), Q("312 căn", 312, "căn"),
 Q("hơn 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("118 hộ", 118, "hộ"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("95 hội viên", 95, "hội viên"), Q("4,3 tỷ đồng", 4300000000, "đồng"),
 Q("4 mẹ con", 4, "mẹ con"), Q("40 m2", 40, "m2"), Q("3,6 tấn", 3.6, "tấn"), Q("hơn 70 triệu đồng", 70000000, "đồng", "over"),
 Q("21 đồng chí", 21, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"), Q("6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("ít nhất 120 hội viên mới", 120, "hội viên mới", "over"), Q("100%", 100, "%"),
 Q("từ 50 \"Mái ấm tình thương\" trở lên", 50, "Mái ấm tình thương", "over"), Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân", 12, "cá nhân"), Q("38 triệu đồng", 38000000, "đồng")],
[D("Nghị quyết", "02", "NQ/ĐU", "2025-09-10", "Đảng ủy xã", "Nghị quyết số 02-NQ/ĐU ngày 10/9/2025"),
 D("Chỉ thị", "05", "CT/TU", "2025-10-14", "Ban Thường vụ Tỉnh ủy An Giang", "Chỉ thị số 05-CT/TU ngày 14/10/2025")],
[prov("An Giang"), prov("Kiên Giang"), com("Hòa Điền")],
["Báo An Giang điện tử", "Trang chủ - Xã hội - Phụ nữ", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Mái ấm tình thương", "Hũ gạo tình thương"],
["20-05-2026 09:40", "5 năm", "lần thứ I", "nhiệm kỳ 2026 - 2031", "năm 2025", "nhiệm kỳ 2025 - 2030", "khóa I", "21 đồng chí"]))

PAGES.append(page("b5380-hatinh-huongkhe-soket-2013", """
Cổng thông tin điện tử huyện Hương Khê - Hà Tĩnh
Vị trí: Trang chủ / Tin tức / Dân vận
Thứ Tư, 10/07/2013 - 09:12
Hương Khê sơ kết 6 tháng: 74 nhà tạm của hộ nghèo được xóa
Ảnh: Đồng chí Trần Hữu Tâm phát biểu tại hội nghị.
Ngày 9/7, Ban Dân vận Huyện ủy Hương Khê tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013. Đồng chí Trần Hữu Tâm, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì; đồng chí Nguyễn Thị Lài, Phó Chủ tịch UBND huyện dự.
6 tháng qua, khối dân vận tập trung vận động nhân dân tham gia chương trình hỗ trợ nhà ở cho hộ nghèo theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ và xây dựng nông thôn mới theo Nghị quyết số 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh. Toàn huyện đã xóa 74 nhà tạm cho hộ nghèo, trong đó 31 nhà thuộc vùng lũ các xã Hương Lâm, Hương Liên, Phúc Trạch; mỗi nhà được hỗ trợ 7 triệu đồng từ ngân sách, vay ưu đãi 8 triệu đồng. Mặt trận và các đoàn thể vận động thêm 1,26 tỷ đồng, 3.700 ngày công.
Đặc biệt, ở bản Rào Tre, xã Hương Liên, 28 hộ đồng bào Chứt được hỗ trợ làm nhà sàn kiên cố; Đồn Biên phòng Bản Giàng giúp 620 ngày công. Ông Hồ Văn Hoa, trưởng bản Rào Tre, cho biết bà con không còn ở lán trại trong rừng như trước.
Tại hội nghị, các đồng chí Chủ tịch Ủy ban MTTQ xã: Phan Đình Lý (Hương Lâm), Võ Thị Thủy (Phúc Trạch) nêu khó khăn về vật liệu khi mùa mưa đến sớm. Đồng chí Lê Văn Toàn, Phó Chủ tịch Hội Nông dân huyện, cho biết hội đã phối hợp Ngân hàng Chính sách xã hội cho 215 hộ vay vốn làm nhà, với dư nợ 3,4 tỷ đồng.
Kết luận hội nghị, đồng chí Trần Hữu Tâm yêu cầu 6 tháng cuối năm triển khai Kế hoạch số 17-KH/DVHU ngày 03/6/2013 của Ban Dân vận Huyện ủy; thực hiện Chỉ thị 06, 07-CT/HU của Ban Thường vụ Huyện ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và vùng giáo; phấn đấu đến hết năm 2013 xóa thêm ít nhất 60 nhà tạm, hoàn thành 100% kế hoạch Chương trình 167 giai đoạn 2.
Ban Dân vận Huyện ủy cũng phát động đợt thi đua "Dân vận khéo" gắn với "Giúp nhau làm nhà" trong các chi hội nông dân, cựu chiến binh, phụ nữ, đoàn thanh niên từ nay đến cuối năm.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc trong vận động nhân dân giúp hộ nghèo làm nhà.
Đến nay, toàn huyện còn 212 hộ nghèo đang ở nhà tạm, tập trung ở các xã miền núi giáp biên giới Lào.
Phan Trâm
Lượt xem: 645
Tin liên quan
- Hương Khê: 100% thôn có tổ hòa giải (25/06/2013)
- Hội nghị báo cáo viên tháng 6 (18/06/2013)
- Bàn giao nhà cho hộ nghèo xã Hương Vĩnh (03/06/2013)
- Hương Trạch ra mắt mô hình khu dân cư văn hóa (20/05/2013)
""", "2013-07-10", "Hương Khê sơ kết 6 tháng: 74 nhà tạm của hộ nghèo được xóa",
E("so_ket", "2013-H1", "2013-07-09"),
[P("Trần Hữu Tâm", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Lài", "Phó Chủ tịch UBND huyện"),
 P("Hồ Văn Hoa", "trưởng bản Rào Tre"),
 P("Phan Đình Lý", "Chủ tịch Ủy ban MTTQ xã"),
 P("Võ Thị Thủy", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lê Văn Toàn", "Phó Chủ tịch Hội Nông dân huyện")],
[Q("74 nhà tạm", 74, "nhà tạm"), Q("31 nhà", 31, "nhà"), Q("7 triệu đồng", 7000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"),
 Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("3.700 ngày công", 3700, "ngày công"), Q("28 hộ đồng bào Chứt", 28, "hộ đồng bào Chứt"),
 Q("620 ngày công", 620, "ngày công"), Q("215 hộ", 215, "hộ"), Q("3,4 tỷ đồng", 3400000000, "đồng"),
 Q("ít nhất 60 nhà tạm", 60, "nhà tạm", "over"), Q("100%", 100, "%"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("212 hộ nghèo", 212, "hộ nghèo")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Nghị quyết", "08", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 08-NQ/TU"),
 D("Kế hoạch", "17", "KH/DVHU", "2013-06-03", "Ban Dân vận Huyện ủy", "Kế hoạch số 17-KH/DVHU ngày 03/6/2013"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06, 07-CT/HU"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06, 07-CT/HU")],
[prov("Hà Tĩnh"), com("Hương Lâm"), com("Hương Liên"), com("Phúc Trạch")],
["Cổng thông tin điện tử huyện Hương Khê - Hà Tĩnh", "Vị trí: Trang chủ / Tin tức / Dân vận",
 "Ảnh: Đồng chí Trần Hữu Tâm phát biểu tại hội nghị.", "Dân vận khéo", "Giúp nhau làm nhà", "Chương trình 167", "Lượt xem: 645"],
["Thứ Tư, 10/07/2013 - 09:12", "6 tháng đầu năm 2013", "6 tháng cuối năm", "năm 2013", "giai đoạn 2", "Lượt xem: 645"]))
