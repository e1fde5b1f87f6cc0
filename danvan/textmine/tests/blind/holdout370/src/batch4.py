from lib import *
PAGES = []

PAGES.append(page("b8855-bacgiang-hlhpn-hoinghi-2024", """
BÁO BẮC GIANG ĐIỆN TỬ
Chính trị - Xã hội | Đoàn thể
Thứ Sáu, 10/05/2024 - 08:40
Biểu dương 30 mô hình tiêu biểu trong phòng, chống bạo lực gia đình
Ngày 9/5, Hội LHPN tỉnh Bắc Giang tổ chức hội nghị biểu dương mô hình, câu lạc bộ tiêu biểu trong phòng, chống bạo lực gia đình, thực hiện bình đẳng giới năm 2024. Dự hội nghị có đồng chí Đào Thị Thanh Xuân, Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; bà Giáp Thị Ngọc Lan, Chủ tịch Hội LHPN tỉnh; đại diện Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh cùng hơn 200 đại biểu.
Các mô hình tiêu biểu nhận bằng khen. Ảnh: Hà Phương
Theo báo cáo, thực hiện Chỉ thị 06-CT/TW của Ban Bí thư về công tác xây dựng gia đình và Kế hoạch số 104/KH-UBND ngày 02/3/2024 của UBND tỉnh, các cấp Hội đã duy trì 412 câu lạc bộ "Gia đình phát triển bền vững", 239 "địa chỉ tin cậy" và 37 nhóm "Nam giới tiên phong". Năm 2023, toàn tỉnh xảy ra 118 vụ bạo lực gia đình, giảm 27 vụ so với năm 2022; 96% nạn nhân được tư vấn, hỗ trợ. Hội cũng phối hợp tổ chức 1.460 buổi truyền thông, thu hút khoảng 87.000 lượt người.
Tại hội nghị, các đại biểu nghe 5 tham luận. Bà Thân Thị Hằng, Chủ tịch Hội LHPN xã Tân Sỏi, giới thiệu mô hình "Dòng họ không có bạo lực gia đình" với 14 dòng họ cam kết. Ông Ngô Văn Thịnh, Chủ nhiệm câu lạc bộ "Nam giới tiên phong" thôn Chợ, xã Lục Sơn, chia sẻ: "Khi anh em nam giới cùng nói với nhau, người hay đánh vợ mới thấy xấu hổ". Bà Nguyễn Thị Xuyến, tổ trưởng tổ phụ nữ tổ dân phố Mai Sưu, phường Đa Mai, kể về cách giữ bí mật cho chị em tìm đến "địa chỉ tin cậy".
Phát biểu tại hội nghị, đồng chí Đào Thị Thanh Xuân đánh giá cao cách làm sáng tạo của cơ sở; đề nghị Hội tiếp tục tham mưu cấp ủy thực hiện Nghị quyết số 12-NQ/TU ngày 15/6/2021 của Ban Thường vụ Tỉnh ủy về xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh; lồng ghép nội dung phòng, chống bạo lực gia đình vào phong trào thi đua "Dân vận khéo".
Dịp này, UBND tỉnh tặng Bằng khen cho 30 mô hình tiêu biểu; Hội LHPN tỉnh tặng Giấy khen cho 45 cá nhân xuất sắc, mỗi cá nhân kèm tiền thưởng 500.000 đồng. Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Thân Thị Hoa, Nguyễn Thị Minh Thu trao khen thưởng cho các tập thể, cá nhân.
Bà Giáp Thị Ngọc Lan cho biết, năm 2024 Hội phấn đấu 100% xã, phường, thị trấn có ít nhất 1 "địa chỉ tin cậy" hoạt động hiệu quả; thành lập thêm 20 nhóm "Nam giới tiên phong"; mỗi cơ sở Hội có ít nhất 2 buổi truyền thông về bình đẳng giới trong năm.
Hà Phương
Tin liên quan
- Hội LHPN tỉnh ra mắt mô hình "Dòng họ không có bạo lực gia đình" (20/04/2024)
- Yên Thế: tập huấn kỹ năng hòa giải ở cơ sở (11/04/2024)
- Lục Ngạn hưởng ứng Ngày Quốc tế Hạnh phúc (20/03/2024)
""", "2024-05-10", "Biểu dương 30 mô hình tiêu biểu trong phòng, chống bạo lực gia đình",
E("hoi_nghi", "2024", "2024-05-09"),
[P("Đào Thị Thanh Xuân", "Ủy viên BTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giáp Thị Ngọc Lan", "Chủ tịch Hội LHPN tỉnh"),
 P("Thân Thị Hằng", "Chủ tịch Hội LHPN xã Tân Sỏi"),
 P("Ngô Văn Thịnh", 'Chủ nhiệm câu lạc bộ "Nam giới tiên phong" thôn Chợ'),
 P("Nguyễn Thị Xuyến", "tổ trưởng tổ phụ nữ tổ dân phố Mai Sưu"),
 P("Thân Thị Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Minh Thu", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("30 mô hình tiêu biểu", 30, "mô hình tiêu biểu"), Q("hơn 200 đại biểu", 200, "đại biểu", "over"),
 Q('412 câu lạc bộ "Gia đình phát triển bền vững"', 412, "câu lạc bộ"), Q('239 "địa chỉ tin cậy"', 239, "địa chỉ tin cậy"),
 Q('37 nhóm "Nam giới tiên phong"', 37, "nhóm"), Q("118 vụ bạo lực gia đình", 118, "vụ bạo lực gia đình"), Q("27 vụ", 27, "vụ"),
 Q("96%", 96, "%"), Q("1.460 buổi truyền thông", 1460, "buổi truyền thông"), Q("khoảng 87.000 lượt người", 87000, "lượt người", "approx"),
 Q("5 tham luận", 5, "tham luận"), Q("14 dòng họ", 14, "dòng họ"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc"),
 Q("500.000 đồng", 500000, "đồng"), Q("100% xã, phường, thị trấn", 100, "%"), Q('ít nhất 1 "địa chỉ tin cậy"', 1, "địa chỉ tin cậy", "over"),
 Q('20 nhóm "Nam giới tiên phong"', 20, "nhóm"), Q("ít nhất 2 buổi truyền thông", 2, "buổi truyền thông", "over")],
[D("Chỉ thị", "06", "CT/TW", None, "Ban Bí thư", "Chỉ thị 06-CT/TW"),
 D("Kế hoạch", "104", "KH-UBND", "2024-03-02", "UBND tỉnh", "Kế hoạch số 104/KH-UBND ngày 02/3/2024"),
 D("Nghị quyết", "12", "NQ/TU", "2021-06-15", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 12-NQ/TU ngày 15/6/2021")],
[prov("Bắc Giang"), com("Tân Sỏi"), com("Lục Sơn"), com("Đa Mai")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Chính trị - Xã hội | Đoàn thể", "Các mô hình tiêu biểu nhận bằng khen. Ảnh: Hà Phương",
 "Gia đình phát triển bền vững", "Nam giới tiên phong", "Dòng họ không có bạo lực gia đình", "Dân vận khéo"],
["Thứ Sáu, 10/05/2024 - 08:40", "năm 2024", "Năm 2023", "năm 2022", "trong năm"]))

PAGES.append(page("b8856-travinh-chandung-clb-2024", """
Báo Trà Vinh Online
Trang chủ › Phóng sự - Ghi chép
Thứ Sáu, 18/10/2024 - 07:30
Bà Thạch Thị Sô Phi (giữa) trong buổi sinh hoạt câu lạc bộ.
"Người giữ lửa" câu lạc bộ phòng, chống bạo lực gia đình ở ấp Giồng Lớn B
Hơn 8 năm làm chủ nhiệm câu lạc bộ phòng, chống bạo lực gia đình ấp Giồng Lớn B, xã Long Hiệp, huyện Trà Cú, bà Thạch Thị Sô Phi đã trở thành "địa chỉ tin cậy" của nhiều chị em Khmer mỗi khi gia đình có chuyện.
Câu lạc bộ được thành lập theo Quyết định số 215/QĐ-HPN ngày 05/3/2016 của Ban Thường vụ Hội LHPN huyện Trà Cú, lúc đầu chỉ có 12 thành viên, nay đã có 43 thành viên, trong đó có 9 nam giới. Mỗi tháng câu lạc bộ sinh hoạt một lần tại sala chùa Giồng Lớn, nói chuyện bằng cả tiếng Khmer và tiếng Việt.
"Hồi trước, chồng say rượu đánh vợ, hàng xóm nghe mà không ai dám can. Giờ chị em biết gọi nhau, gọi cán bộ ấp, gọi công an xã", bà Sô Phi kể. Theo thống kê của câu lạc bộ, từ năm 2016 đến nay, các thành viên đã phát hiện, phối hợp hòa giải 17 vụ mâu thuẫn vợ chồng; chỉ 2 vụ phải chuyển công an xã xử lý. Cả ấp có 386 hộ, hiện 379 hộ đạt danh hiệu gia đình văn hóa.
Sư cả Thạch Sóc Xên, trụ trì chùa Giồng Lớn, nói: "Nhà chùa sẵn lòng cho chị em mượn sala. Trong các buổi lễ, tôi cũng nhắc Phật tử phải thương yêu vợ con, không uống rượu say". Ông Kim Văn Dũng, Trưởng ấp Giồng Lớn B, cho biết ban nhân dân ấp đã đưa nội dung không bạo lực gia đình vào hương ước.
Không chỉ hòa giải, bà Sô Phi còn vận động thành viên góp vốn xoay vòng, mỗi tháng 200.000 đồng/người, giúp 15 chị em có vốn nuôi bò, bán tạp hóa. Nhiều chị em từng bị chồng đánh nay đã có thu nhập riêng, tự tin hơn khi nói chuyện với chồng về chuyện làm ăn, chi tiêu trong nhà. Năm 2023, câu lạc bộ được UBND tỉnh tặng Bằng khen; bà Sô Phi được Trung ương Hội LHPN Việt Nam tặng Kỷ niệm chương "Vì sự phát triển của phụ nữ Việt Nam".
Bà Kim Thị Hồng Nhung, Chủ tịch Hội LHPN huyện Trà Cú, đánh giá câu lạc bộ ấp Giồng Lớn B là một trong 26 câu lạc bộ hoạt động hiệu quả nhất của huyện. "Cái quý nhất ở chị Sô Phi là sự kiên trì. Có vụ chị phải đến nhà 5, 6 lần mới vận động được người chồng", bà Hồng Nhung nói.
Nhân dịp kỷ niệm 94 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2024), câu lạc bộ ấp Giồng Lớn B là một trong 3 mô hình được Hội LHPN tỉnh chọn giới thiệu tại buổi giao lưu ở thành phố Trà Vinh. Bà Sô Phi chỉ mong: "Ấp mình không còn ai bị đánh nữa là vui rồi".
Bài, ảnh: Sơn Lâm
Tin cùng chuyên mục
- Cầu Ngang: phụ nữ Khmer làm kinh tế giỏi (10/10/2024)
- Châu Thành ra mắt "địa chỉ tin cậy" ở xã Đa Lộc (02/10/2024)
- Chuyện những người hòa giải ở ấp (25/09/2024)
""", "2024-10-18", '"Người giữ lửa" câu lạc bộ phòng, chống bạo lực gia đình ở ấp Giồng Lớn B',
E("khac", None, None),
[P("Thạch Thị Sô Phi", "chủ nhiệm câu lạc bộ phòng, chống bạo lực gia đình ấp Giồng Lớn B"),
 P("Thạch Sóc Xên", "Sư cả", "trụ trì chùa Giồng Lớn"),
 P("Kim Văn Dũng", "Trưởng ấp Giồng Lớn B"),
 P("Kim Thị Hồng Nhung", "Chủ tịch Hội LHPN huyện Trà Cú")],
[Q("12 thành viên", 12, "thành viên"), Q("43 thành viên", 43, "thành viên"), Q("9 nam giới", 9, "nam giới"),
 Q("17 vụ mâu thuẫn vợ chồng", 17, "vụ mâu thuẫn vợ chồng"), Q("2 vụ", 2, "vụ"), Q("386 hộ", 386, "hộ"), Q("379 hộ", 379, "hộ"),
 Q("200.000 đồng", 200000, "đồng"), Q("15 chị em", 15, "chị em"), Q("26 câu lạc bộ", 26, "câu lạc bộ"), Q("3 mô hình", 3, "mô hình")],
[D("Quyết định", "215", "QĐ-HPN", "2016-03-05", "Ban Thường vụ Hội LHPN huyện Trà Cú", "Quyết định số 215/QĐ-HPN ngày 05/3/2016")],
[prov("Trà Vinh"), com("Long Hiệp")],
["Báo Trà Vinh Online", "Trang chủ › Phóng sự - Ghi chép", "Bà Thạch Thị Sô Phi (giữa) trong buổi sinh hoạt câu lạc bộ.",
 "Người giữ lửa", "Vì sự phát triển của phụ nữ Việt Nam", "Ngày thành lập Hội LHPN Việt Nam"],
["Thứ Sáu, 18/10/2024 - 07:30", "Hơn 8 năm", "năm 2016", "Năm 2023", "94 năm", "20/10/1930 - 20/10/2024", "5, 6 lần"]))

PAGES.append(page("b8857-gialai-hlhpn-tongket-2024", """
Báo Gia Lai điện tử
You are here: Trang chủ > Xã hội > Phụ nữ
Ngày 10/01/2025, 16:00
Toàn cảnh hội nghị.
Hội LHPN tỉnh Gia Lai triển khai nhiệm vụ năm 2025
Sáng 8/1, Hội LHPN tỉnh Gia Lai tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Huỳnh Thị Bạch Tuyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Rah Lan H'Lim, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì.
Năm 2024, các cấp Hội đã bám sát Chỉ thị số 06-CT/TW ngày 24/6/2021 của Ban Bí thư, Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy về công tác gia đình và công tác phụ nữ vùng đồng bào dân tộc thiểu số. Hội triển khai Dự án 8 với tổng kinh phí hơn 21,6 tỷ đồng, giải ngân đạt 86,4%; thành lập mới 64 tổ truyền thông cộng đồng, nâng tổng số lên 578 tổ; duy trì 215 "địa chỉ tin cậy" và 143 câu lạc bộ "Thủ lĩnh của sự thay đổi".
Công tác phòng, chống bạo lực gia đình được triển khai theo Luật Phòng, chống bạo lực gia đình năm 2022 và Nghị định số 76/2023/NĐ-CP của Chính phủ. Trong năm, toàn tỉnh xảy ra 73 vụ bạo lực gia đình, giảm 15 vụ so với năm 2023; các "địa chỉ tin cậy" đã tiếp nhận, hỗ trợ 42 phụ nữ, trẻ em. Hội cũng vận động xây dựng 36 căn nhà "Mái ấm tình thương" trị giá 2,16 tỷ đồng, phát triển 2.150 hội viên mới.
Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Ksor H'Lúi, Trần Thị Mỹ Dung, Đinh Thị Ngãi lần lượt trình bày các báo cáo chuyên đề. Tham luận tại hội nghị, bà Siu H'Nga, Chủ tịch Hội LHPN xã Ia Pếch, cho biết tổ truyền thông cộng đồng làng Bông Phun đã dùng loa kẹo kéo, chiếu phim ngắn tiếng Jrai để tuyên truyền; bà Đinh Thị Byơn, người có uy tín làng Kông Hoa, xã Kông Yang, chia sẻ vai trò của già làng, người có uy tín trong hòa giải mâu thuẫn vợ chồng.
Phát biểu chỉ đạo, đồng chí Huỳnh Thị Bạch Tuyết biểu dương kết quả các cấp Hội đạt được; đề nghị năm 2025 Hội chuẩn bị tốt đại hội đảng bộ các cấp, tiếp tục đổi mới nội dung, phương thức hoạt động, phát huy các "địa chỉ tin cậy", phấn đấu không để xảy ra tảo hôn ở các xã vùng III.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 4 tập thể và 6 cá nhân; Hội LHPN tỉnh tặng Giấy khen cho 38 tập thể, 57 cá nhân có thành tích xuất sắc trong công tác Hội và phong trào phụ nữ năm 2024.
Theo kế hoạch, năm 2025 Hội LHPN tỉnh phấn đấu thành lập thêm ít nhất 30 tổ truyền thông cộng đồng, nâng tỷ lệ giải ngân vốn Dự án 8 lên trên 95%, đồng thời kiện toàn đội ngũ chi hội trưởng ở các làng đồng bào Jrai, Bahnar.
Hồng Thi
Tin liên quan
- Hội LHPN tỉnh thăm, tặng quà phụ nữ nghèo dịp Tết (06/01/2025)
- Chư Păh: ra mắt câu lạc bộ "Thủ lĩnh của sự thay đổi" (26/12/2024)
- Kbang tập huấn kỹ năng cho tổ truyền thông cộng đồng (18/12/2024)
""", "2025-01-10", "Hội LHPN tỉnh Gia Lai triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-01-08"),
[P("Huỳnh Thị Bạch Tuyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rah Lan H'Lim", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Ksor H'Lúi", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Mỹ Dung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Ngãi", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Siu H'Nga", "Chủ tịch Hội LHPN xã Ia Pếch"),
 P("Đinh Thị Byơn", "người có uy tín làng Kông Hoa")],
[Q("hơn 21,6 tỷ đồng", 21600000000, "đồng", "over"), Q("86,4%", 86.4, "%"), Q("64 tổ truyền thông cộng đồng", 64, "tổ truyền thông cộng đồng"),
 Q("578 tổ", 578, "tổ"), Q('215 "địa chỉ tin cậy"', 215, "địa chỉ tin cậy"), Q('143 câu lạc bộ "Thủ lĩnh của sự thay đổi"', 143, "câu lạc bộ"),
 Q("73 vụ bạo lực gia đình", 73, "vụ bạo lực gia đình"), Q("15 vụ", 15, "vụ"), Q("42 phụ nữ, trẻ em", 42, "phụ nữ, trẻ em"),
 Q('36 căn nhà "Mái ấm tình thương"', 36, "căn nhà"), Q("2,16 tỷ đồng", 2160000000, "đồng"), Q("2.150 hội viên mới", 2150, "hội viên mới"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("38 tập thể", 38, "tập thể"), Q("57 cá nhân", 57, "cá nhân"),
 Q("ít nhất 30 tổ truyền thông cộng đồng", 30, "tổ truyền thông cộng đồng", "over"), Q("trên 95%", 95, "%", "over")],
[D("Chỉ thị", "06", "CT/TW", "2021-06-24", "Ban Bí thư", "Chỉ thị số 06-CT/TW ngày 24/6/2021"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Nghị định", "76", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 76/2023/NĐ-CP")],
[prov("Gia Lai"), com("Ia Pếch"), com("Kông Yang")],
["Báo Gia Lai điện tử", "You are here: Trang chủ > Xã hội > Phụ nữ", "Toàn cảnh hội nghị.", "Dự án 8", "Thủ lĩnh của sự thay đổi",
 "Mái ấm tình thương", "Luật Phòng, chống bạo lực gia đình năm 2022"],
["Ngày 10/01/2025, 16:00", "năm 2024", "năm 2025", "Năm 2024", "năm 2023", "vùng III", "Dự án 8"]))

PAGES.append(page("b8858-lamdong-btgdv-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ / Tin tức / Dân vận
Thứ Năm, 09/10/2025 - 15:05
Giao ban quý III/2025: Hội LHPN tỉnh báo cáo mô hình "địa chỉ tin cậy" sau hợp nhất
Ngày 7/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức giao ban công tác dân vận quý III/2025 với Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội. Đây là lần giao ban đầu tiên sau khi tỉnh Lâm Đồng mới (hợp nhất Lâm Đồng, Đắk Nông, Bình Thuận) và chính quyền địa phương 2 cấp đi vào hoạt động. Đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Trần Thị Hồng Vân chủ trì.
Đồng chí Trần Thị Hồng Vân kết luận giao ban. Ảnh: Quốc Tuấn
Theo báo cáo, quý III, các cơ quan trong khối tập trung quán triệt Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương và Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về sắp xếp tổ chức bộ máy, công tác dân vận ở các xã, phường mới. Ban đã ban hành Hướng dẫn số 05-HD/BTGDVTU về kiện toàn tổ dân vận thôn, tổ dân phố.
Bà Ka Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh cho biết, sau hợp nhất, Hội LHPN tỉnh có hơn 512.000 hội viên ở 124 xã, phường, đặc khu. Hội đang rà soát 389 "địa chỉ tin cậy" và 226 câu lạc bộ phòng, chống bạo lực gia đình của 3 tỉnh cũ để thống nhất quy chế hoạt động. 9 tháng năm 2025, các "địa chỉ tin cậy" tiếp nhận 58 trường hợp; toàn tỉnh xảy ra 131 vụ bạo lực gia đình, giảm 11,2% so với cùng kỳ.
Tham luận, bà Thông Thị Thanh, Chủ tịch Hội LHPN xã Tuy Phong, cho biết xã mới có diện tích lớn, nhiều thôn đồng bào Chăm nên Hội duy trì nhóm Zalo "Phụ nữ Tuy Phong an toàn" với hơn 1.800 thành viên để chị em báo tin. Bà Thị Hằng, Chủ tịch Hội LHPN phường Bắc Gia Nghĩa, đề nghị bố trí kinh phí cho các "địa chỉ tin cậy" vì sau sắp xếp nhiều chi hội trưởng đã thay đổi. Bà Nguyễn Thị Lệ, Phó Chủ tịch Thường trực Hội LHPN phường Lâm Viên - Đà Lạt, thông tin phường đã ra mắt thêm 2 câu lạc bộ "Gia đình hạnh phúc" trong quý.
Đại diện Liên đoàn Lao động tỉnh, ông K'Brơi, Phó Chủ tịch LĐLĐ tỉnh, đề nghị khối dân vận quan tâm nữ công nhân ở các khu công nghiệp và vùng nuôi trồng thủy sản ven biển.
Kết luận giao ban, đồng chí Trần Thị Hồng Vân đề nghị quý IV các cơ quan tập trung tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; Hội LHPN tỉnh hoàn thành quy chế hoạt động thống nhất của các "địa chỉ tin cậy" trước ngày 15/11/2025, chủ động hưởng ứng Tháng hành động vì bình đẳng giới; các xã, phường bảo đảm mỗi xã, phường có ít nhất 1 "địa chỉ tin cậy".
Quốc Tuấn
Tin liên quan
- Ủy ban MTTQ Việt Nam tỉnh hiệp thương kiện toàn ủy viên (30/09/2025)
- Phường Xuân Hương - Đà Lạt ra mắt mô hình dân vận khéo (22/09/2025)
- Hội LHPN tỉnh Lâm Đồng tổ chức đại hội đại biểu (10/09/2025)
""", "2025-10-09", 'Giao ban quý III/2025: Hội LHPN tỉnh báo cáo mô hình "địa chỉ tin cậy" sau hợp nhất',
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Trần Thị Hồng Vân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Thông Thị Thanh", "Chủ tịch Hội LHPN xã Tuy Phong"),
 P("Thị Hằng", "Chủ tịch Hội LHPN phường Bắc Gia Nghĩa"),
 P("Nguyễn Thị Lệ", "Phó Chủ tịch Thường trực Hội LHPN phường Lâm Viên - Đà Lạt"),
 P("K'Brơi", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("hơn 512.000 hội viên", 512000, "hội viên", "over"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q('389 "địa chỉ tin cậy"', 389, "địa chỉ tin cậy"),
 Q("226 câu lạc bộ phòng, chống bạo lực gia đình", 226, "câu lạc bộ phòng, chống bạo lực gia đình"), Q("3 tỉnh cũ", 3, "tỉnh cũ"),
 Q("58 trường hợp", 58, "trường hợp"), Q("131 vụ bạo lực gia đình", 131, "vụ bạo lực gia đình"), Q("11,2%", 11.2, "%"),
 Q("hơn 1.800 thành viên", 1800, "thành viên", "over"), Q('2 câu lạc bộ "Gia đình hạnh phúc"', 2, "câu lạc bộ"),
 Q('ít nhất 1 "địa chỉ tin cậy"', 1, "địa chỉ tin cậy", "over")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Tuy Phong"), com("Bắc Gia Nghĩa"), com("Lâm Viên - Đà Lạt")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ / Tin tức / Dân vận", "Đồng chí Trần Thị Hồng Vân kết luận giao ban. Ảnh: Quốc Tuấn",
 "Phụ nữ Tuy Phong an toàn", "Gia đình hạnh phúc", "Tháng hành động vì bình đẳng giới"],
["Thứ Năm, 09/10/2025 - 15:05", "quý III/2025", "2 cấp", "9 tháng năm 2025", "quý IV", "lần thứ I", "nhiệm kỳ 2025 - 2030", "15/11/2025"]))

PAGES.append(page("b8859-tuyenquang-xadongvan-daihoi-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐỒNG VĂN - TỈNH TUYÊN QUANG
Trang chủ » Tin tức - Sự kiện » Mặt trận và các đoàn thể
Thứ Năm, 19/03/2026 - 10:15
Đại hội đại biểu Phụ nữ xã Đồng Văn lần thứ I, nhiệm kỳ 2026 - 2031
Ngày 18/3/2026, Hội LHPN xã Đồng Văn, tỉnh Tuyên Quang tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội đầu tiên của Hội LHPN xã sau khi xã Đồng Văn mới được thành lập trên cơ sở sắp xếp thị trấn Đồng Văn và các xã Tả Lủng, Tả Phìn, Thài Phìn Tủng (trước đây thuộc huyện Đồng Văn, tỉnh Hà Giang). Về dự có 99 đại biểu chính thức đại diện cho gần 3.250 hội viên của 27 chi hội.
Đại biểu biểu quyết thông qua chương trình đại hội.
Dự và chỉ đạo đại hội có bà Hoàng Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Vừ Mí Sử, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; ông Sùng Mí Chơ, Phó Chủ tịch UBND xã.
Báo cáo nhiệm kỳ qua (được tổng hợp từ kết quả của 4 đơn vị cũ) cho biết, Hội đã hỗ trợ hội viên vay hơn 14,7 tỷ đồng vốn ưu đãi; xây dựng 9 "địa chỉ tin cậy", 12 tổ truyền thông cộng đồng và 5 câu lạc bộ "Thủ lĩnh của sự thay đổi" theo Dự án 8; số vụ bạo lực gia đình giảm từ 11 vụ năm 2021 xuống còn 3 vụ năm 2025; tình trạng tảo hôn giảm rõ rệt. Tỷ lệ hội viên tham gia sinh hoạt đạt trên 85%.
Tham luận tại đại hội, chị Lầu Thị Dính, Chi hội trưởng phụ nữ thôn Sà Phìn B, chia sẻ kinh nghiệm dùng tiếng Mông kể chuyện bằng hình ảnh để chị em hiểu quyền của mình; chị Thào Thị Mỷ, thành viên tổ truyền thông cộng đồng thôn Lũng Cẩm Trên, kể về lần cùng công an xã đưa một phụ nữ bị chồng đánh đến trạm y tế lúc nửa đêm.
Nhiệm kỳ 2026 - 2031, đại hội đề ra 8 chỉ tiêu, trong đó phấn đấu 100% thôn có tổ truyền thông cộng đồng hoạt động hiệu quả; mỗi năm giảm ít nhất 10% số vụ tảo hôn; không để xảy ra vụ bạo lực gia đình nghiêm trọng. Đại hội được tổ chức theo Kế hoạch số 15-KH/ĐU ngày 12/01/2026 của Ban Thường vụ Đảng ủy xã và Hướng dẫn 12/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã khóa I gồm 21 ủy viên, Ban Thường vụ gồm 5 đồng chí. Tại phiên họp thứ nhất, chị Sùng Thị Dín, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, được bầu giữ chức Chủ tịch Hội LHPN xã; các chị Giàng Thị Súa, Ly Thị Mai được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 6 đại biểu đi dự Đại hội đại biểu Phụ nữ tỉnh Tuyên Quang lần thứ I.
Ban Biên tập
Tin liên quan
- Hội nghị tổng kết công tác Mặt trận năm 2025 (08/01/2026)
- Xã Đồng Văn ra mắt "địa chỉ tin cậy" thôn Má Lé (20/11/2025)
- Phụ nữ xã Đồng Văn hưởng ứng Tháng hành động vì bình đẳng giới (15/11/2025)
""", "2026-03-19", "Đại hội đại biểu Phụ nữ xã Đồng Văn lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-03-18"),
[P("Hoàng Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Vừ Mí Sử", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Sùng Mí Chơ", "Phó Chủ tịch UBND xã"),
 P("Lầu Thị Dính", "Chi hội trưởng phụ nữ thôn Sà Phìn B"),
 P("Thào Thị Mỷ", "thành viên tổ truyền thông cộng đồng thôn Lũng Cẩm Trên"),
 P("Sùng Thị Dín", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Giàng Thị Súa", "Phó Chủ tịch Hội LHPN xã"),
 P("Ly Thị Mai", "Phó Chủ tịch Hội LHPN xã")],
[Q("99 đại biểu chính thức", 99, "đại biểu chính thức"), Q("gần 3.250 hội viên", 3250, "hội viên", "approx"),
 Q("27 chi hội", 27, "chi hội"), Q("4 đơn vị cũ", 4, "đơn vị cũ"), Q("hơn 14,7 tỷ đồng", 14700000000, "đồng", "over"),
 Q('9 "địa chỉ tin cậy"', 9, "địa chỉ tin cậy"), Q("12 tổ truyền thông cộng đồng", 12, "tổ truyền thông cộng đồng"),
 Q('5 câu lạc bộ "Thủ lĩnh của sự thay đổi"', 5, "câu lạc bộ"), Q("11 vụ", 11, "vụ"), Q("3 vụ", 3, "vụ"),
 Q("trên 85%", 85, "%", "over"), Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("100% thôn", 100, "%"), Q("ít nhất 10%", 10, "%", "over"),
 Q("21 ủy viên", 21, "ủy viên"), Q("5 đồng chí", 5, "đồng chí"), Q("6 đại biểu", 6, "đại biểu")],
[D("Kế hoạch", "15", "KH/ĐU", "2026-01-12", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 12/01/2026"),
 D("Hướng dẫn", "12", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn 12/HD-ĐCT")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Tả Lủng"), com("Tả Phìn"), com("Thài Phìn Tủng")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐỒNG VĂN - TỈNH TUYÊN QUANG", "Trang chủ » Tin tức - Sự kiện » Mặt trận và các đoàn thể",
 "Đại biểu biểu quyết thông qua chương trình đại hội.", "Dự án 8", "Thủ lĩnh của sự thay đổi"],
["Thứ Năm, 19/03/2026 - 10:15", "lần thứ I", "nhiệm kỳ 2026 - 2031", "năm 2021", "năm 2025", "khóa I", "5 đồng chí", "phiên họp thứ nhất", "Dự án 8"]))

PAGES.append(page("b8860-dongnai-hlhpn-tongket-2025", """
Hôm nay: Thứ Hai, 19/01/2026
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể
16/01/2026 - 15:45
Năm đầu hợp nhất, phụ nữ Đồng Nai giữ vững mạng lưới "địa chỉ tin cậy"
Chiều 14/1, Hội LHPN tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025 - năm đầu tiên sau khi hợp nhất Hội LHPN hai tỉnh Đồng Nai và Bình Phước theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh.
Dự hội nghị có bà Điểu Thị Bé Ba, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Lê Thị Ngọc Loan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì.
Theo báo cáo, năm 2025 các cấp Hội đã kiện toàn tổ chức ở 95 xã, phường sau sắp xếp; thực hiện Kết luận số 06, 07-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận và công tác gia đình trong tình hình mới. Toàn tỉnh hiện có 612 "địa chỉ tin cậy", 438 câu lạc bộ "Gia đình hạnh phúc, bền vững" với hơn 13.000 thành viên. Trong năm, các tổ hòa giải có cán bộ Hội tham gia đã hòa giải thành 412/455 vụ mâu thuẫn gia đình, đạt 90,5%; số vụ bạo lực gia đình là 96 vụ, giảm 14 vụ.
Hội cũng vận động hơn 32 tỷ đồng hỗ trợ hội viên phát triển kinh tế; xây dựng 64 căn "Mái ấm tình thương" trị giá 3,84 tỷ đồng, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Tham luận tại hội nghị, bà Thị Mai, Chủ tịch Hội LHPN xã Bù Gia Mập, cho biết xã duy trì 3 "địa chỉ tin cậy" ở các thôn đồng bào S'tiêng, Mnông, nhiều lần tiếp nhận chị em tạm lánh. Bà Phạm Thị Kim Yến, Chủ tịch Hội LHPN phường Trấn Biên, giới thiệu mô hình "Khu phố không bạo lực gia đình" được nhân rộng ra 18 khu phố. Bà Điểu Thị Hồng, người có uy tín sóc Bom Bo, xã Bom Bo, kể về việc cùng già làng Điểu Lứt hòa giải một vụ mâu thuẫn kéo dài giữa hai vợ chồng trẻ.
Phát biểu chỉ đạo, bà Điểu Thị Bé Ba đề nghị năm 2026 Hội tập trung tuyên truyền kết quả Đại hội XIV của Đảng, bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031; tổ chức thành công đại hội phụ nữ các cấp; nâng chất các "địa chỉ tin cậy" ở những xã, phường có đông công nhân lao động nữ.
Dịp này, UBND tỉnh tặng Bằng khen cho 8 tập thể, 12 cá nhân; Hội LHPN tỉnh tặng Giấy khen cho 46 tập thể và 73 cá nhân. Các đồng chí Nguyễn Thị Thu Trang, Lò Thị Hà - Phó Chủ tịch Hội LHPN tỉnh công bố các quyết định khen thưởng.
Ngọc Liên
Các tin khác
- Hội LHPN tỉnh thăm, tặng quà Tết hội viên khó khăn (12/01/2026)
- Phường Đồng Xoài ra mắt "địa chỉ tin cậy" (30/12/2025)
- Tổng kết Tháng hành động vì bình đẳng giới năm 2025 (18/12/2025)
""", "2026-01-16", 'Năm đầu hợp nhất, phụ nữ Đồng Nai giữ vững mạng lưới "địa chỉ tin cậy"',
E("tong_ket", "2025", "2026-01-14"),
[P("Điểu Thị Bé Ba", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Ngọc Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Thị Mai", "Chủ tịch Hội LHPN xã Bù Gia Mập"),
 P("Phạm Thị Kim Yến", "Chủ tịch Hội LHPN phường Trấn Biên"),
 P("Điểu Thị Hồng", "người có uy tín sóc Bom Bo"),
 P("Điểu Lứt", "già làng"),
 P("Nguyễn Thị Thu Trang", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lò Thị Hà", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("95 xã, phường", 95, "xã, phường"), Q('612 "địa chỉ tin cậy"', 612, "địa chỉ tin cậy"),
 Q('438 câu lạc bộ "Gia đình hạnh phúc, bền vững"', 438, "câu lạc bộ"), Q("hơn 13.000 thành viên", 13000, "thành viên", "over"),
 Q("412/455 vụ mâu thuẫn gia đình", 412, "vụ mâu thuẫn gia đình"), Q("90,5%", 90.5, "%"), Q("96 vụ", 96, "vụ"), Q("14 vụ", 14, "vụ"),
 Q("hơn 32 tỷ đồng", 32000000000, "đồng", "over"), Q('64 căn "Mái ấm tình thương"', 64, "căn"), Q("3,84 tỷ đồng", 3840000000, "đồng"),
 Q('3 "địa chỉ tin cậy"', 3, "địa chỉ tin cậy"), Q("18 khu phố", 18, "khu phố"),
 Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"), Q("46 tập thể", 46, "tập thể"), Q("73 cá nhân", 73, "cá nhân")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 06, 07-KL/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trấn Biên"), com("Bom Bo")],
["Hôm nay: Thứ Hai, 19/01/2026", "BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "Gia đình hạnh phúc, bền vững",
 "Mái ấm tình thương", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Khu phố không bạo lực gia đình"],
["Hôm nay: Thứ Hai, 19/01/2026", "16/01/2026 - 15:45", "năm 2025", "năm 2026", "Đại hội XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))
