from lib import *
PAGES = []

PAGES.append(page("b6695-quangbinh-quangphuc-traoqua-2024", """
ĐÀI TRUYỀN THANH XÃ QUẢNG PHÚC
Thị xã Ba Đồn - Tỉnh Quảng Bình
Trang chủ › Tin tức › Bản tin phát thanh
Thứ Sáu, 13/09/2024, 08:05
Trao 250 suất quà Trung thu cho trẻ em có hoàn cảnh khó khăn
Kính thưa bà con! Mời bà con cùng nghe bản tin phát thanh sáng thứ Sáu.
Chiều 12/9, Ủy ban MTTQ Việt Nam xã Quảng Phúc phối hợp Đoàn Thanh niên và Hội Liên hiệp Phụ nữ xã tổ chức chương trình "Trung thu cho em" và trao 250 suất quà Trung thu cho trẻ em thuộc hộ nghèo, hộ cận nghèo, trẻ em mồ côi ở 7 thôn. Mỗi suất quà gồm bánh trung thu, sữa, đèn ông sao và 100.000 đồng tiền mặt, tổng trị giá gần 75 triệu đồng, do các doanh nghiệp, con em xa quê và ngư dân các tàu cá đóng góp.
Tham dự và trao quà có các đồng chí: Đoàn Thị Thu Hiền, Ủy viên Ban Thường vụ Thị ủy, Trưởng Ban Dân vận Thị ủy Ba Đồn; Trương Văn Khánh, Bí thư Đảng ủy xã; Mai Xuân Hòa, Chủ tịch UBND xã.
Phát biểu tại chương trình, đồng chí Đoàn Thị Thu Hiền mong các em chăm ngoan, học giỏi; đề nghị cấp ủy, chính quyền và các đoàn thể quan tâm hơn nữa đến trẻ em vùng bãi ngang, nhất là con em các gia đình ngư dân đi biển dài ngày.
Cũng trong chương trình, 3 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh được tặng mỗi em 1 xe đạp trị giá 2,5 triệu đồng. Chi đoàn thôn Thọ Đơn tổ chức rước đèn, phá cỗ cho khoảng 400 em thiếu nhi.
ỦNG HỘ ĐỒNG BÀO MIỀN BẮC
Hưởng ứng lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam ủng hộ đồng bào các tỉnh phía Bắc bị thiệt hại do bão số 3 (bão Yagi), đến sáng 13/9, Ủy ban MTTQ Việt Nam xã đã tiếp nhận hơn 86 triệu đồng của cán bộ, đảng viên, các tổ chức và nhân dân; trong đó các nghiệp đoàn nghề cá ủng hộ 32 triệu đồng. Toàn bộ số tiền được chuyển về Ủy ban MTTQ tỉnh theo Công văn số 1528/MTTQ-BTT ngày 10/9/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình.
Ông Nguyễn Hữu Đức, Chủ tịch Ủy ban MTTQ Việt Nam xã, cảm ơn tấm lòng của bà con và cho biết Mặt trận tiếp tục nhận ủng hộ đến hết ngày 20/9.
THÔNG BÁO
UBND xã đề nghị các chủ tàu cá khai thác xa bờ lắp đặt, duy trì thiết bị giám sát hành trình 24/24 giờ, không vi phạm vùng biển nước ngoài, chung tay gỡ "thẻ vàng" IUU. Trong tháng 8, xã có 2 tàu cá bị nhắc nhở do mất kết nối quá 6 giờ.
Đài Truyền thanh xã Quảng Phúc xin kết thúc bản tin. Chúc bà con một ngày làm việc hiệu quả!
Hồng Nhung
Tin liên quan
- Quảng Phúc: ra quân tổng vệ sinh môi trường bờ biển (06/09/2024)
- Xã Quảng Phúc tuyên dương 52 học sinh giỏi năm học 2023 - 2024 (25/08/2024)
- Hội nghị giao ban khối dân vận quý III năm 2024 (15/08/2024)
- Hội Nông dân xã Quảng Phúc hướng dẫn nuôi tôm thẻ chân trắng (02/08/2024)
""", "2024-09-13", "Trao 250 suất quà Trung thu cho trẻ em có hoàn cảnh khó khăn",
E("trao_qua", None, "2024-09-12"),
[P("Đoàn Thị Thu Hiền", "Ủy viên Ban Thường vụ Thị ủy", "Trưởng Ban Dân vận Thị ủy Ba Đồn"),
 P("Trương Văn Khánh", "Bí thư Đảng ủy xã"),
 P("Mai Xuân Hòa", "Chủ tịch UBND xã"),
 P("Nguyễn Hữu Đức", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("250 suất quà Trung thu", 250, "suất quà"), Q("7 thôn", 7, "thôn"), Q("100.000 đồng", 100000, "đồng"),
 Q("gần 75 triệu đồng", 75000000, "đồng", "approx"), Q("3 học sinh", 3, "học sinh"), Q("2,5 triệu đồng", 2500000, "đồng"),
 Q("khoảng 400 em thiếu nhi", 400, "em thiếu nhi", "approx"), Q("hơn 86 triệu đồng", 86000000, "đồng", "over"),
 Q("32 triệu đồng", 32000000, "đồng"), Q("2 tàu cá", 2, "tàu cá")],
[D("Công văn", "1528", "MTTQ-BTT", "2024-09-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình", "Công văn số 1528/MTTQ-BTT ngày 10/9/2024")],
[prov("Quảng Bình"), com("Quảng Phúc")],
["ĐÀI TRUYỀN THANH XÃ QUẢNG PHÚC", "Thị xã Ba Đồn - Tỉnh Quảng Bình", "Trang chủ › Tin tức › Bản tin phát thanh", "Trung thu cho em",
 "ỦNG HỘ ĐỒNG BÀO MIỀN BẮC", "THÔNG BÁO", "thẻ vàng"],
["Thứ Sáu, 13/09/2024, 08:05", "1 xe đạp", "bão số 3", "ngày 20/9", "24/24 giờ", "tháng 8", "quá 6 giờ"]))

PAGES.append(page("b6696-ninhbinh-giasinh-daihoi-2024", """
Cổng thông tin điện tử huyện Gia Viễn - Ninh Bình
Tin tức > Hoạt động cơ sở > Xã Gia Sinh
15:20 | 17/05/2024
Đại hội đại biểu MTTQ Việt Nam xã Gia Sinh lần thứ XXV, nhiệm kỳ 2024 - 2029
Tin do Đài truyền thanh xã Gia Sinh thực hiện, phát trên loa các thôn vào sáng và chiều ngày 17 và 18/5.
Ngày 16/5/2024, Ủy ban MTTQ Việt Nam xã Gia Sinh long trọng tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2024 - 2029. Về dự có đồng chí Đinh Thị Thu Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Gia Viễn; đồng chí Bùi Văn Khải, Bí thư Đảng ủy xã, cùng 110 đại biểu đại diện cho hơn 12.000 người dân trong xã.
Báo cáo tại đại hội cho thấy, nhiệm kỳ 2019 - 2024, Mặt trận xã đã vận động nhân dân đóng góp hơn 18 tỷ đồng xây dựng nông thôn mới kiểu mẫu; quỹ "Vì người nghèo" tiếp nhận 1,26 tỷ đồng, hỗ trợ xây mới, sửa chữa 19 nhà đại đoàn kết. Tỷ lệ hộ nghèo giảm từ 2,9% xuống còn 0,8%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai sâu rộng; 10/10 thôn được công nhận khu dân cư kiểu mẫu. Mặt trận đã tổ chức 23 cuộc giám sát và 6 hội nghị phản biện xã hội theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị.
Thay mặt Ban Thường vụ Đảng ủy, đồng chí Bùi Văn Khải biểu dương kết quả của nhiệm kỳ và đề nghị Mặt trận nhiệm kỳ mới thực hiện tốt Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận, đồng thời chú trọng vận động đồng bào Công giáo ở các thôn Tiến Yên, Thượng Hòa tham gia phong trào thi đua của xã.
Đại hội hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XXV. Tại hội nghị lần thứ nhất, ông Đinh Văn Tuấn được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XXV; bà Phạm Thị Thanh Hương, ông Vũ Văn Bình được hiệp thương làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đại hội cử 5 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện Gia Viễn lần thứ XXII.
Ông Đinh Văn Tuấn cho biết trong nhiệm kỳ mới, Mặt trận xã đặt mục tiêu mỗi năm vận động xây dựng ít nhất 2 nhà đại đoàn kết và có 95% hộ trở lên đạt danh hiệu gia đình văn hóa.
TIN NGẮN
- Hội Nông dân xã tổ chức cho khoảng 150 hội viên thăm mô hình lúa hữu cơ ở xã Gia Tân.
- Linh mục Phêrô Nguyễn Văn Lượng, Quản xứ giáo xứ Tiến Yên, cùng giáo dân tham gia làm sạch 1,5 km kênh mương nội đồng.
Thùy Dương
Các tin khác
- Gia Sinh: Hội nghị hiệp thương giới thiệu nhân sự Ủy ban MTTQ khóa XXV (26/04/2024)
- Xã Gia Sinh tổ chức Ngày hội Đại đoàn kết điểm (12/04/2024)
- Gia Viễn: tập huấn công tác Mặt trận cơ sở (02/04/2024)
""", "2024-05-17", "Đại hội đại biểu MTTQ Việt Nam xã Gia Sinh lần thứ XXV, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-05-16"),
[P("Đinh Thị Thu Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Gia Viễn"),
 P("Bùi Văn Khải", "Bí thư Đảng ủy xã"),
 P("Đinh Văn Tuấn", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XXV"),
 P("Phạm Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Vũ Văn Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phêrô Nguyễn Văn Lượng", "Linh mục", "Quản xứ giáo xứ Tiến Yên")],
[Q("110 đại biểu", 110, "đại biểu"), Q("hơn 12.000 người dân", 12000, "người dân", "over"), Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"),
 Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("19 nhà đại đoàn kết", 19, "nhà đại đoàn kết"), Q("2,9%", 2.9, "%"), Q("0,8%", 0.8, "%"),
 Q("10/10 thôn", 10, "thôn"), Q("23 cuộc giám sát", 23, "cuộc giám sát"), Q("6 hội nghị phản biện xã hội", 6, "hội nghị phản biện xã hội"),
 Q("35 vị", 35, "vị"), Q("5 đại biểu", 5, "đại biểu"), Q("ít nhất 2 nhà đại đoàn kết", 2, "nhà đại đoàn kết", "over"),
 Q("95% hộ trở lên", 95, "%", "over"), Q("khoảng 150 hội viên", 150, "hội viên", "approx"), Q("1,5 km", 1.5, "km")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009")],
[prov("Ninh Bình"), com("Gia Sinh"), com("Gia Tân")],
["Cổng thông tin điện tử huyện Gia Viễn - Ninh Bình", "Tin tức > Hoạt động cơ sở > Xã Gia Sinh",
 "Tin do Đài truyền thanh xã Gia Sinh thực hiện, phát trên loa các thôn vào sáng và chiều ngày 17 và 18/5.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "TIN NGẮN"],
["15:20 | 17/05/2024", "lần thứ XXV", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XXV", "lần thứ nhất", "lần thứ XXII",
 "ngày 17 và 18/5"]))

PAGES.append(page("b6697-tuyenquang-maudue-giamsat-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MẬU DUỆ - TỈNH TUYÊN QUANG
Trang chủ / Tin tức / Truyền thanh cơ sở
Cập nhật: 24/09/2025 10:11
Giám sát hoạt động của Trung tâm Phục vụ hành chính công xã sau gần 3 tháng vận hành
Bản tin phát trên hệ thống loa truyền thanh của xã bằng tiếng Kinh, tiếng Mông và tiếng Dao.
Trong 2 ngày 22 và 23/9, Ban Thường trực Ủy ban MTTQ Việt Nam xã Mậu Duệ tổ chức giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã. Đoàn giám sát do bà Vàng Thị Dung, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn.
Xã Mậu Duệ mới được thành lập trên cơ sở sắp xếp 3 xã của huyện Yên Minh, tỉnh Hà Giang trước đây, và từ ngày 1/7/2025 thuộc tỉnh Tuyên Quang theo Nghị quyết số 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh. Hiện xã có 48 thôn với khoảng 24.000 nhân khẩu, trên 90% là đồng bào dân tộc Mông, Dao, Giáy.
Qua giám sát, từ ngày 1/7 đến ngày 20/9, Trung tâm đã tiếp nhận 1.386 hồ sơ, giải quyết đúng hạn 1.352 hồ sơ, đạt 97,5%; còn 34 hồ sơ trễ hạn, chủ yếu là hồ sơ đất đai chuyển từ huyện cũ về. Nhiều người dân ở các thôn xa trung tâm như Sà Phìn A, Bản Muồng phải đi hơn 20 km để làm thủ tục; trong khi đó, tỷ lệ hồ sơ nộp trực tuyến mới đạt khoảng 18%.
Đoàn giám sát kiến nghị UBND xã bố trí điểm tiếp nhận lưu động tại các thôn vùng cao theo tinh thần Nghị định số 118/2025/NĐ-CP của Chính phủ; đồng thời phân công đoàn viên thanh niên hỗ trợ người dân cài đặt ứng dụng định danh điện tử, dịch vụ công trực tuyến. Ông Ly Mí Sính, Phó Chủ tịch UBND xã, tiếp thu và cho biết trong tháng 10, xã sẽ có 2 tổ công tác lưu động đến các thôn.
Ông Sùng Mí Chứ, Bí thư Đảng ủy, Chủ tịch HĐND xã, đề nghị cán bộ Trung tâm phải "nói tiếng đồng bào", hướng dẫn tận tình, không để người dân phải đi lại nhiều lần.
Tin vắn trong tuần
- Thực hiện Kế hoạch số 07-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam xã, Mặt trận đã hoàn thành rà soát, đề nghị hỗ trợ xóa 57 nhà tạm, nhà dột nát; mỗi căn được hỗ trợ 60 triệu đồng xây mới hoặc 30 triệu đồng sửa chữa.
- Bà Lầu Thị Mỷ, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết Hội vừa ra mắt câu lạc bộ "Phụ nữ Mông nói không với tảo hôn" với 30 thành viên ở thôn Bản Muồng.
- Ông Triệu Văn Pham, người có uy tín thôn Sà Phìn A, vận động 11 hộ hiến đất mở rộng đường vào thôn.
Phát thanh viên: Giàng Thị Xuân
Tin khác
- Mậu Duệ: lễ ra mắt Đảng bộ xã, HĐND, UBND, Ủy ban MTTQ xã mới (01/07/2025)
- Hội nghị người có uy tín xã Mậu Duệ năm 2025 (15/08/2025)
- Chung tay xóa nhà tạm ở vùng cao Tuyên Quang (05/09/2025)
""", "2025-09-24", "Giám sát hoạt động của Trung tâm Phục vụ hành chính công xã sau gần 3 tháng vận hành",
E("giam_sat", None, "2025-09-22"),
[P("Vàng Thị Dung", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ly Mí Sính", "Phó Chủ tịch UBND xã"),
 P("Sùng Mí Chứ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lầu Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Triệu Văn Pham", "người có uy tín thôn Sà Phìn A")],
[Q("3 xã", 3, "xã"), Q("48 thôn", 48, "thôn"), Q("khoảng 24.000 nhân khẩu", 24000, "nhân khẩu", "approx"), Q("trên 90%", 90, "%", "over"),
 Q("1.386 hồ sơ", 1386, "hồ sơ"), Q("1.352 hồ sơ", 1352, "hồ sơ"), Q("97,5%", 97.5, "%"), Q("34 hồ sơ", 34, "hồ sơ"),
 Q("hơn 20 km", 20, "km", "over"), Q("khoảng 18%", 18, "%", "approx"), Q("2 tổ công tác lưu động", 2, "tổ công tác lưu động"),
 Q("57 nhà tạm, nhà dột nát", 57, "nhà tạm, nhà dột nát"), Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("30 thành viên", 30, "thành viên"), Q("11 hộ", 11, "hộ")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Nghị định", "118", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 118/2025/NĐ-CP"),
 D("Kế hoạch", "07", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 07-KH/MTTQ-BTT")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mậu Duệ")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MẬU DUỆ - TỈNH TUYÊN QUANG", "Trang chủ / Tin tức / Truyền thanh cơ sở",
 "Bản tin phát trên hệ thống loa truyền thanh của xã bằng tiếng Kinh, tiếng Mông và tiếng Dao.", "Trung tâm Phục vụ hành chính công xã",
 "nói tiếng đồng bào", "Phụ nữ Mông nói không với tảo hôn", "Tin vắn trong tuần"],
["Cập nhật: 24/09/2025 10:11", "gần 3 tháng", "Trong 2 ngày 22 và 23/9", "từ ngày 1/7/2025", "từ ngày 1/7 đến ngày 20/9", "tháng 10",
 "Sà Phìn A"]))

PAGES.append(page("b6698-vinhlong-longhoa-tongket-2025", """
Đài Truyền thanh xã Long Hòa - tỉnh Vĩnh Long
Trang chủ | Thời sự | Mặt trận - Đoàn thể | Bản tin phát thanh
23 tháng 12, 2025 | 17:45
Mặt trận xã Long Hòa tổng kết năm đầu tiên vận hành theo mô hình mới
Thưa bà con cô bác! Mời bà con nghe bản tin chiều nay.
Ngày 22/12, Ủy ban MTTQ Việt Nam xã Long Hòa tổ chức hội nghị tổng kết công tác Mặt trận và các tổ chức chính trị - xã hội năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Ông Thạch Văn Ni, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì; bà Nguyễn Thị Mộng Tuyền, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã dự và phát biểu chỉ đạo.
Xã Long Hòa được thành lập từ ngày 1/7/2025 trên cơ sở nhập 2 xã cồn của huyện Châu Thành, tỉnh Trà Vinh trước đây, nay thuộc tỉnh Vĩnh Long. Từ tháng 7, các hội đoàn thể của xã được sắp xếp trực thuộc Ủy ban MTTQ Việt Nam xã theo Kết luận số 137-KL/TW của Bộ Chính trị, Ban Bí thư.
Năm 2025, Mặt trận và các đoàn thể đã vận động hơn 3,4 tỷ đồng an sinh xã hội; phối hợp xóa 64 căn nhà tạm, nhà dột nát trong phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", trong đó có 29 căn của đồng bào Khmer. Xã có 3 chùa Phật giáo Nam tông Khmer; các vị sư sãi, người có uy tín tham gia vận động 120 hộ chuyển đổi từ trồng lúa sang nuôi tôm - lúa. Tỷ lệ hộ nghèo theo chuẩn mới còn 2,6%, giảm 1,9% so với đầu năm.
Thực hiện Kế hoạch số 15-KH/ĐU, 16-KH/ĐU của Đảng ủy xã về tuyên truyền đại hội Đảng các cấp và về xây dựng khối đại đoàn kết toàn dân tộc, Mặt trận đã tổ chức lấy ý kiến nhân dân góp ý dự thảo các văn kiện trình Đại hội XIV của Đảng, tổng hợp 46 ý kiến.
Tại hội nghị, Đại đức Thạch Sô Phết, trụ trì chùa Kompông Chrây, đề nghị tiếp tục hỗ trợ lớp dạy chữ Khmer hè cho con em đồng bào; bà Sơn Thị Chanh Đa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã, báo cáo 18 tổ tiết kiệm và vay vốn với dư nợ 7,2 tỷ đồng.
Phát biểu chỉ đạo, bà Nguyễn Thị Mộng Tuyền đề nghị năm 2026 Mặt trận tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, phát huy vai trò giám sát ở cơ sở.
Hội nghị khen thưởng 6 tập thể và 14 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2025.
TIN NGẮN: Công an xã Long Hòa khuyến cáo bà con cảnh giác trước thủ đoạn giả danh cán bộ gọi điện yêu cầu cập nhật thông tin định danh; trong tháng 12 đã có 2 người dân bị lừa với tổng số tiền 85 triệu đồng.
Minh Khang
Tin liên quan
- Long Hòa: trao 200 phần quà cho hộ khó khăn dịp lễ Sene Dolta (20/09/2025)
- Hội nghị đại biểu Mặt trận xã Long Hòa nhiệm kỳ 2025 - 2030 (18/07/2025)
- Ra mắt xã Long Hòa (01/07/2025)
""", "2025-12-23", "Mặt trận xã Long Hòa tổng kết năm đầu tiên vận hành theo mô hình mới",
E("tong_ket", "2025", "2025-12-22"),
[P("Thạch Văn Ni", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Mộng Tuyền", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thạch Sô Phết", "Đại đức", "trụ trì chùa Kompông Chrây"),
 P("Sơn Thị Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("2 xã cồn", 2, "xã cồn"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("64 căn nhà tạm, nhà dột nát", 64, "căn nhà tạm, nhà dột nát"),
 Q("29 căn", 29, "căn"), Q("3 chùa Phật giáo Nam tông Khmer", 3, "chùa Phật giáo Nam tông Khmer"), Q("120 hộ", 120, "hộ"),
 Q("2,6%", 2.6, "%"), Q("1,9%", 1.9, "%"), Q("46 ý kiến", 46, "ý kiến"), Q("18 tổ tiết kiệm và vay vốn", 18, "tổ tiết kiệm và vay vốn"),
 Q("7,2 tỷ đồng", 7200000000, "đồng"), Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("2 người dân", 2, "người dân"),
 Q("85 triệu đồng", 85000000, "đồng")],
[D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU"),
 D("Kế hoạch", "16", "KH/ĐU", None, "Đảng ủy xã", "16-KH/ĐU"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Long Hòa")],
["Đài Truyền thanh xã Long Hòa - tỉnh Vĩnh Long", "Trang chủ | Thời sự | Mặt trận - Đoàn thể | Bản tin phát thanh",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "TIN NGẮN"],
["23 tháng 12, 2025 | 17:45", "năm 2025", "năm 2026", "từ ngày 1/7/2025", "Từ tháng 7", "Đại hội XIV", "khóa XVI", "trong tháng 12"]))

PAGES.append(page("b6699-lamdong-quangtin-baucu-2026", """
Hôm nay: Thứ Bảy, 28/02/2026
CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG TÍN
Tỉnh Lâm Đồng
Trang chủ » Tuyên truyền bầu cử » Bản tin truyền thanh
Thứ Sáu, 27/2/2026 - 16:40
Còn 16 ngày nữa là đến ngày bầu cử: xã Quảng Tín niêm yết danh sách 10.482 cử tri
Bản tin số 08, phát trên loa truyền thanh và nhóm Zalo của các thôn, bon.
Kính thưa bà con cử tri! Chủ nhật, 15/3/2026 là ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Thực hiện Kế hoạch số 21-KH/ĐU của Đảng ủy xã và hướng dẫn của Ủy ban bầu cử tỉnh Lâm Đồng, đến nay UBND xã Quảng Tín đã niêm yết danh sách cử tri tại 19 khu vực bỏ phiếu với tổng số 10.482 cử tri, trong đó có khoảng 2.300 cử tri là đồng bào Mnông, Mạ, Tày, Nùng.
Xã Quảng Tín thuộc tỉnh Đắk Nông trước đây, từ ngày 1/7/2025 là một trong các xã của tỉnh Lâm Đồng. Đây là lần đầu cử tri của xã bầu đại biểu HĐND xã theo mô hình chính quyền địa phương hai cấp. Ở đơn vị bầu cử số 2, cử tri sẽ bầu 3 đại biểu HĐND xã từ danh sách 5 người ứng cử.
Ông Điểu Ớt, Phó Chủ tịch UBND xã, Phó Chủ tịch Ủy ban bầu cử xã, đề nghị cử tri kiểm tra kỹ họ tên, ngày sinh trong danh sách; trường hợp sai sót hoặc bị bỏ sót phải khiếu nại với UBND xã trước ngày 5/3. Cử tri đi làm ăn xa, thay đổi nơi cư trú có thể xin giấy chứng nhận để bỏ phiếu ở nơi khác.
Bà Thị Hòa, Trưởng bon Bu Prăng 2, cho biết bon đã cử 6 đoàn viên thanh niên biết tiếng Mnông đến từng hộ giải thích cách đi bầu, mang theo căn cước. Ông Y Thuận, người có uy tín bon Bu Prăng 2, cũng tham gia vận động bà con không nghe theo lời xuyên tạc trên mạng xã hội.
Theo Hướng dẫn số 36-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, các thôn, bon treo băng rôn, khẩu hiệu; ít nhất 80% hộ dân phải được tổ tuyên truyền đến tận nhà trước ngày 10/3. Đến nay đã có 2.945 hộ được tuyên truyền, đạt khoảng 71%.
CÁC TIN KHÁC
- Sau Tết Bính Ngọ, xã có 312 lao động trở lại các khu công nghiệp; Đoàn Thanh niên xã tổ chức xe đưa đón 45 công nhân về Bình Dương, TP Hồ Chí Minh.
- Hạt Kiểm lâm khu vực khuyến cáo: mùa khô đang ở cao điểm, nguy cơ cháy rừng cấp V; đề nghị bà con không đốt thực bì, nương rẫy khi chưa báo chính quyền.
- Ông Nguyễn Văn Lực, Chủ tịch Ủy ban MTTQ Việt Nam xã, kêu gọi các hộ tham gia "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" được tổ chức tại 4 thôn điểm.
Biên tập: Thanh Hằng
Bài viết liên quan
- Quảng Tín: Hội nghị hiệp thương lần thứ ba (06/02/2026)
- Tập huấn nghiệp vụ cho tổ bầu cử (30/01/2026)
- Công bố danh sách người ứng cử đại biểu HĐND xã (12/02/2026)
- Trao 300 suất quà Tết cho hộ nghèo, đồng bào dân tộc thiểu số (10/02/2026)
""", "2026-02-27", "Còn 16 ngày nữa là đến ngày bầu cử: xã Quảng Tín niêm yết danh sách 10.482 cử tri",
E("khac", None, None),
[P("Điểu Ớt", "Phó Chủ tịch UBND xã", "Phó Chủ tịch Ủy ban bầu cử xã"),
 P("Thị Hòa", "Trưởng bon Bu Prăng 2"),
 P("Y Thuận", "người có uy tín bon Bu Prăng 2"),
 P("Nguyễn Văn Lực", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("10.482 cử tri", 10482, "cử tri"), Q("19 khu vực bỏ phiếu", 19, "khu vực bỏ phiếu"), Q("khoảng 2.300 cử tri", 2300, "cử tri", "approx"),
 Q("3 đại biểu", 3, "đại biểu"), Q("5 người ứng cử", 5, "người ứng cử"), Q("6 đoàn viên thanh niên", 6, "đoàn viên thanh niên"),
 Q("ít nhất 80%", 80, "%", "over"), Q("2.945 hộ", 2945, "hộ"), Q("khoảng 71%", 71, "%", "approx"), Q("312 lao động", 312, "lao động"),
 Q("45 công nhân", 45, "công nhân"), Q("4 thôn điểm", 4, "thôn điểm")],
[D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 21-KH/ĐU"),
 D("Hướng dẫn", "36", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 36-HD/BTGDVTU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Tín")],
["Hôm nay: Thứ Bảy, 28/02/2026", "CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG TÍN", "Trang chủ » Tuyên truyền bầu cử » Bản tin truyền thanh",
 "Bản tin số 08, phát trên loa truyền thanh và nhóm Zalo của các thôn, bon.", "CÁC TIN KHÁC", "Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
 "Bình Dương", "TP Hồ Chí Minh"],
["Hôm nay: Thứ Bảy, 28/02/2026", "Thứ Sáu, 27/2/2026 - 16:40", "16 ngày", "Bản tin số 08", "Chủ nhật, 15/3/2026", "khóa XVI",
 "nhiệm kỳ 2026 - 2031", "từ ngày 1/7/2025", "đơn vị bầu cử số 2", "hai cấp", "ngày 5/3", "ngày 10/3", "cấp V", "Bu Prăng 2"]))

PAGES.append(page("b6700-dongnai-dongxoai-doithoai-2026", """
ĐÀI TRUYỀN THANH PHƯỜNG ĐỒNG XOÀI
Tỉnh Đồng Nai
Tin tức | Chính quyền | Bản tin phát thanh | Lịch phát sóng
16/04/2026 - 15:10 | Lượt xem: 342
Bí thư, Chủ tịch phường Đồng Xoài đối thoại với Nhân dân: 21 ý kiến về đất đai, hạ tầng và thủ tục hành chính
Kính thưa bà con! Đài Truyền thanh phường xin gửi đến bà con bản tin thời sự chiều nay.
Chiều 14/4/2026, Đảng ủy, UBND phường Đồng Xoài tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2026. Chủ trì hội nghị có các đồng chí: Tỉnh ủy viên, Bí thư Đảng ủy phường Nguyễn Minh Quang; Phó Bí thư Đảng ủy, Chủ tịch UBND phường Điểu Thanh Hải. Dự hội nghị có khoảng 230 người dân đại diện 27 khu phố.
Phường Đồng Xoài được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường, xã của thành phố Đồng Xoài, tỉnh Bình Phước trước đây. Đây là lần đầu phường tổ chức đối thoại theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Nghị định số 59/2023/NĐ-CP của Chính phủ sau khi vận hành chính quyền địa phương hai cấp.
Tại hội nghị, 21 ý kiến đã được nêu. Bà Thị Thu, khu phố Suối Đá, phản ánh đường đất vào khu sản xuất của đồng bào Stiêng bị sạt lở trong mùa mưa; ông Trần Văn Phúc, khu phố Tân Trà, đề nghị đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất cho 46 hộ đã đủ điều kiện nhưng hồ sơ còn tồn từ thành phố cũ. Nhiều người dân kiến nghị lắp đèn chiếu sáng, nạo vét cống thoát nước trước mùa mưa.
Trả lời các ý kiến, đồng chí Điểu Thanh Hải cho biết phường đã dành 4,5 tỷ đồng để nâng cấp 3 tuyến đường khu phố, khởi công trong tháng 5; riêng hồ sơ đất đai, Trung tâm Phục vụ hành chính công phường đã tiếp nhận 1.120 hồ sơ, giải quyết xong 1.064 hồ sơ, số còn lại sẽ hoàn thành trước ngày 30/6.
Kết luận hội nghị, đồng chí Nguyễn Minh Quang yêu cầu các phòng chuyên môn thực hiện theo Kế hoạch số 42-KH/ĐU của Đảng ủy phường về tiếp thu, giải quyết kiến nghị sau đối thoại; ý kiến nào chưa trả lời tại hội nghị phải có văn bản trả lời trong 15 ngày.
THÔNG TIN CẦN BIẾT
- Ủy ban MTTQ Việt Nam phường tiếp nhận 120 triệu đồng ủng hộ quỹ "Vì người nghèo" từ các doanh nghiệp. Bà Lê Thị Ngọc Mai, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết quỹ sẽ dùng để xây 2 căn nhà đại đoàn kết cho hộ nghèo người Stiêng.
- Hội Cựu chiến binh phường ra mắt mô hình "Khu phố không ma túy" ở khu phố Suối Đá với 35 hội viên nòng cốt.
Nguồn: Đài Truyền thanh phường Đồng Xoài
Tin cùng chuyên mục
- Phường Đồng Xoài tổ chức tiếp xúc cử tri sau kỳ họp HĐND (08/04/2026)
- Kiểm tra công tác phòng cháy chữa cháy tại các khu trọ (01/04/2026)
- Ra quân làm sạch môi trường hưởng ứng ngày Chủ nhật xanh (29/03/2026)
""", "2026-04-16", "Bí thư, Chủ tịch phường Đồng Xoài đối thoại với Nhân dân: 21 ý kiến về đất đai, hạ tầng và thủ tục hành chính",
E("doi_thoai", "2026", "2026-04-14"),
[P("Nguyễn Minh Quang", "Tỉnh ủy viên", "Bí thư Đảng ủy phường"),
 P("Điểu Thanh Hải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Thị Thu"),
 P("Trần Văn Phúc"),
 P("Lê Thị Ngọc Mai", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("khoảng 230 người dân", 230, "người dân", "approx"), Q("27 khu phố", 27, "khu phố"), Q("21 ý kiến", 21, "ý kiến"), Q("46 hộ", 46, "hộ"),
 Q("4,5 tỷ đồng", 4500000000, "đồng"), Q("3 tuyến đường khu phố", 3, "tuyến đường khu phố"), Q("1.120 hồ sơ", 1120, "hồ sơ"),
 Q("1.064 hồ sơ", 1064, "hồ sơ"), Q("120 triệu đồng", 120000000, "đồng"), Q("2 căn nhà đại đoàn kết", 2, "căn nhà đại đoàn kết"),
 Q("35 hội viên nòng cốt", 35, "hội viên nòng cốt")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP"),
 D("Kế hoạch", "42", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 42-KH/ĐU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đồng Xoài")],
["ĐÀI TRUYỀN THANH PHƯỜNG ĐỒNG XOÀI", "Tin tức | Chính quyền | Bản tin phát thanh | Lịch phát sóng", "Lượt xem: 342",
 "THÔNG TIN CẦN BIẾT", "Vì người nghèo", "Khu phố không ma túy", "Nguồn: Đài Truyền thanh phường Đồng Xoài",
 "Trung tâm Phục vụ hành chính công phường"],
["16/04/2026 - 15:10 | Lượt xem: 342", "năm 2026", "từ ngày 1/7/2025", "hai cấp", "tháng 5", "ngày 30/6", "trong 15 ngày"]))
