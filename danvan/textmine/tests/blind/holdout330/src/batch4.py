from lib import *
PAGES = []

PAGES.append(page("b7895-soctrang-bdv-tongket-datchua-2024", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ › Tin tức › Công tác dân tộc - tôn giáo
Cập nhật ngày 27 tháng 12 năm 2024, 15:30
Cấp giấy chứng nhận cho 92 chùa Phật giáo Nam tông Khmer: “trái ngọt” từ sự đồng thuận
Hòa thượng Thạch Sa Phol nhận giấy chứng nhận quyền sử dụng đất của chùa.
Ngày 26/12/2024, Ban Dân vận Tỉnh ủy phối hợp với Sở Tài nguyên và Môi trường tỉnh Sóc Trăng tổ chức hội nghị tổng kết năm 2024 công tác vận động đăng ký, cấp giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo và đất sản xuất của đồng bào Khmer. Chủ trì hội nghị có đồng chí Lâm Thị Sóc Kha, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Trần Văn Lâu, Phó Giám đốc Sở Tài nguyên và Môi trường.
Theo báo cáo, thực hiện Kết luận 86, 87-KL/TU của Ban Thường vụ Tỉnh ủy và Quyết định số 1300/QĐ-UBND ngày 22/5/2023 của UBND tỉnh, đến nay toàn tỉnh đã cấp giấy chứng nhận cho 92 chùa Phật giáo Nam tông Khmer với tổng diện tích 187,3 ha, đạt 98,9% số chùa; trong năm 2024 cấp mới cho 17 chùa, giải quyết dứt điểm 6 vụ tranh chấp đất chùa kéo dài nhiều năm. Về đất sản xuất, đã cấp 2.645 giấy chứng nhận cho hộ đồng bào Khmer, trong đó có 418 hộ nghèo.
Khối dân vận các cấp đã phối hợp với Hội Đoàn kết sư sãi yêu nước tổ chức 64 buổi tuyên truyền tại chùa, salatel bằng song ngữ Việt - Khmer cho hơn 5.200 lượt người; chi gần 900 triệu đồng hỗ trợ đo đạc, trích lục bản đồ cho các chùa.
Phát biểu tại hội nghị, Hòa thượng Thạch Sa Phol, Trụ trì chùa Som Rông, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh bày tỏ phấn khởi khi đất chùa có giấy chứng nhận, giúp nhà chùa yên tâm tôn tạo, xây dựng trường dạy chữ Khmer. Đại đức Lý Sà Rết, Trụ trì chùa Pô Thi Kes, xã Lai Hòa, đề nghị tiếp tục hỗ trợ đo đạc đất nghĩa địa, phần đất cúng dường của các chùa vùng nông thôn.
Ông Sơn Văn Thết, người có uy tín ấp Prey Chóp, xã Vĩnh Hải, và bà Kim Thị Sa Ráth, Chủ tịch Hội LHPN xã Vĩnh Hải, chia sẻ cách vận động các hộ giáp ranh ký xác nhận cho chùa; nhờ đó ấp chỉ mất 3 tuần để hoàn thiện hồ sơ. Ông Đào Văn Nam, Phó Chủ tịch UBND thị xã Vĩnh Châu cho biết còn 12 hộ lấn chiếm đất chùa chưa trả lại.
Kết luận hội nghị, đồng chí Lâm Thị Sóc Kha đề nghị năm 2025 hoàn thành cấp giấy cho 100% chùa, điểm nhóm tôn giáo đủ điều kiện; tiếp tục thực hiện Chỉ thị 23-CT/TU về công tác vận động đồng bào Khmer; phát huy vai trò sư sãi, Ban Quản trị chùa, người có uy tín. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể và 21 cá nhân tiêu biểu.
Ngọc Trinh
Tin liên quan
- Thăm, chúc mừng Lễ Sene Đolta tại chùa Kh'Leang (30/09/2024)
- Mỹ Xuyên: trao 35 căn nhà Đại đoàn kết (12/09/2024)
- Giao ban công tác dân vận quý III/2024 (02/10/2024)
""", "2024-12-27", "Cấp giấy chứng nhận cho 92 chùa Phật giáo Nam tông Khmer: “trái ngọt” từ sự đồng thuận",
E("tong_ket", "2024", "2024-12-26"),
[P("Thạch Sa Phol", "Hòa thượng", "Trụ trì chùa Som Rông", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Lâm Thị Sóc Kha", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lâu", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Lý Sà Rết", "Đại đức", "Trụ trì chùa Pô Thi Kes"),
 P("Sơn Văn Thết", "người có uy tín ấp Prey Chóp"),
 P("Kim Thị Sa Ráth", "Chủ tịch Hội LHPN xã Vĩnh Hải"),
 P("Đào Văn Nam", "Phó Chủ tịch UBND thị xã Vĩnh Châu")],
[Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("187,3 ha", 187.3, "ha"), Q("98,9%", 98.9, "%"),
 Q("17 chùa", 17, "chùa"), Q("6 vụ tranh chấp đất chùa", 6, "vụ tranh chấp đất chùa"),
 Q("2.645 giấy chứng nhận", 2645, "giấy chứng nhận"), Q("418 hộ nghèo", 418, "hộ nghèo"),
 Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"), Q("hơn 5.200 lượt người", 5200, "lượt người", "over"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("12 hộ", 12, "hộ"), Q("100%", 100, "%"),
 Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân tiêu biểu", 21, "cá nhân tiêu biểu")],
[D("Kết luận", "86", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 86, 87-KL/TU"),
 D("Kết luận", "87", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 86, 87-KL/TU"),
 D("Quyết định", "1300", "QĐ-UBND", "2023-05-22", "UBND tỉnh", "Quyết định số 1300/QĐ-UBND ngày 22/5/2023"),
 D("Chỉ thị", "23", "CT/TU", None, None, "Chỉ thị 23-CT/TU")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Vĩnh Hải")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ › Tin tức › Công tác dân tộc - tôn giáo",
 "Hòa thượng Thạch Sa Phol nhận giấy chứng nhận quyền sử dụng đất của chùa.", "trái ngọt", "Hội Đoàn kết sư sãi yêu nước"],
["Cập nhật ngày 27 tháng 12 năm 2024, 15:30", "năm 2024", "3 tuần", "năm 2025"]))

PAGES.append(page("b7896-haiduong-btgdv-giaoban-q1-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY HẢI DƯƠNG
You are here: Trang chủ > Dân vận > Tin hoạt động
10:15 - 11/04/2025
Toàn cảnh giao ban.
Hơn 96% thửa đất nông nghiệp ở Hải Dương đã có giấy chứng nhận
Ngày 10/4/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I năm 2025, trong đó dành thời lượng đánh giá công tác vận động nhân dân đăng ký đất đai, cấp đổi giấy chứng nhận và làm sạch dữ liệu đất đai trước khi sắp xếp đơn vị hành chính. Đồng chí Nguyễn Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có 28 đồng chí là trưởng, phó ban tuyên giáo và dân vận các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc.
Theo báo cáo, quý I, toàn tỉnh cấp đổi, cấp mới 11.820 giấy chứng nhận; tỷ lệ thửa đất nông nghiệp có giấy chứng nhận đạt hơn 96%, đất ở đô thị đạt 93,5%. Cơ sở dữ liệu địa chính đã được xây dựng cho 204/207 xã, phường, thị trấn; đã cập nhật, chỉnh lý khoảng 1,2 triệu thửa đất. Qua rà soát còn 2.370 giấy chứng nhận có sai sót thông tin về chủ sử dụng đất, phải đính chính.
Thực hiện Hướng dẫn số 21-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, các địa phương đã tổ chức 415 hội nghị tuyên truyền tại khu dân cư, đăng 320 tin, bài trên hệ thống truyền thanh cơ sở. Đồng chí Vũ Văn Thịnh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn số 1702-CV/TU ngày 14/2/2025 chỉ đạo giải quyết dứt điểm các hồ sơ tồn đọng trước khi chấm dứt hoạt động cấp huyện.
Tại giao ban, đồng chí Phạm Thị Huê, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Cẩm Giàng cho biết xã Cẩm Vũ đã huy động đoàn viên thanh niên giúp 640 hộ cài đặt ứng dụng, xác thực thông tin thửa đất; đồng chí Trần Đức Mạnh, Bí thư Đảng ủy phường Ái Quốc đề nghị Sở Tài nguyên và Môi trường sớm ban hành hướng dẫn lưu trữ hồ sơ địa chính khi sáp nhập xã. Nhiều ý kiến cho rằng cần bảo đảm quyền lợi của người dân, tránh để người dân phải đi lại nhiều lần khi thay đổi địa giới.
Phát biểu kết luận, đồng chí Nguyễn Thị Ngọc Bích đề nghị quý II tập trung thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; tuyên truyền để nhân dân đồng thuận với việc sáp nhập xã, không tổ chức cấp huyện; chỉ đạo Văn phòng Đăng ký đất đai tỉnh hoàn thành đính chính ít nhất 80% số giấy chứng nhận sai sót trước ngày 30/6/2025. Các ban tuyên giáo và dân vận cấp huyện cần nắm chắc dư luận, kịp thời tham mưu xử lý những vấn đề phát sinh liên quan đến đất đai.
Bá Hưng
Tin khác
- Hội nghị tổng kết công tác dân vận năm 2024 (25/12/2024)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (18/02/2025)
- Kinh Môn đối thoại với nhân dân về bồi thường giải phóng mặt bằng (12/03/2025)
""", "2025-04-11", "Hơn 96% thửa đất nông nghiệp ở Hải Dương đã có giấy chứng nhận",
E("giao_ban", "2025-Q1", "2025-04-10"),
[P("Nguyễn Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vũ Văn Thịnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Thị Huê", "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Cẩm Giàng"),
 P("Trần Đức Mạnh", "Bí thư Đảng ủy phường Ái Quốc")],
[Q("Hơn 96%", 96, "%", "over"), Q("28 đồng chí", 28, "đồng chí"), Q("11.820 giấy chứng nhận", 11820, "giấy chứng nhận"),
 Q("93,5%", 93.5, "%"), Q("204/207 xã, phường, thị trấn", 204, "xã, phường, thị trấn"),
 Q("khoảng 1,2 triệu thửa đất", 1200000, "thửa đất", "approx"), Q("2.370 giấy chứng nhận", 2370, "giấy chứng nhận"),
 Q("415 hội nghị tuyên truyền", 415, "hội nghị tuyên truyền"), Q("320 tin, bài", 320, "tin, bài"), Q("640 hộ", 640, "hộ"),
 Q("ít nhất 80%", 80, "%", "over")],
[D("Hướng dẫn", "21", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BTGDVTU"),
 D("Công văn", "1702", "CV/TU", "2025-02-14", "Ban Thường vụ Tỉnh ủy", "Công văn số 1702-CV/TU ngày 14/2/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW")],
[prov("Hải Dương"), com("Cẩm Vũ"), com("Ái Quốc")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY HẢI DƯƠNG", "You are here: Trang chủ > Dân vận > Tin hoạt động", "Toàn cảnh giao ban."],
["10:15 - 11/04/2025", "28 đồng chí", "quý I năm 2025", "quý II", "30/6/2025"]))

PAGES.append(page("b7897-tuyenquang-meovac-dulieudatdai-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ / Tin tức - Sự kiện / Chính quyền
Thứ Hai, 15/09/2025 | 16:00
Xã Mèo Vạc ra quân làm sạch dữ liệu đất đai
Chiều 13/9, Đảng ủy, UBND xã Mèo Vạc tổ chức hội nghị triển khai Chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai trên địa bàn xã. Đồng chí Vàng Mí Lùng, Bí thư Đảng ủy xã chủ trì; dự có cán bộ, công chức xã, bí thư chi bộ, trưởng thôn và tổ công nghệ số cộng đồng của 27 thôn.
Xã Mèo Vạc được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập thị trấn Mèo Vạc và các xã Tả Lủng, Giàng Chu Phìn của tỉnh Hà Giang (cũ), nay thuộc tỉnh Tuyên Quang. Theo rà soát ban đầu, xã có khoảng 9.400 giấy chứng nhận quyền sử dụng đất đã cấp, trong đó hơn 3.100 giấy được cấp trước năm 2010 bằng bản đồ giải thửa, thông tin người sử dụng đất chưa được số hóa; khoảng 1.250 hộ đồng bào Mông, Dao chưa có giấy chứng nhận đất sản xuất.
Thực hiện Công văn 1258, 1259/UBND-NNMT của UBND tỉnh Tuyên Quang và Kế hoạch số 48/KH-UBND ngày 5/9/2025 của UBND xã, chiến dịch được triển khai trong 90 ngày, phấn đấu đến hết tháng 11/2025 thu thập, xác thực thông tin của 100% giấy chứng nhận đã cấp với dữ liệu dân cư; đồng thời rà soát, lập hồ sơ cấp giấy lần đầu cho ít nhất 500 hộ.
Phát biểu tại hội nghị, đồng chí Sùng Thị Dế, Phó Chủ tịch UBND xã cho biết khó khăn lớn là nhiều hộ ở thôn vùng cao đi làm ăn xa, giấy chứng nhận bị thất lạc, rách nát; nhiều người cao tuổi không biết chữ phổ thông. Đồng chí Lý Mí Sính, Trưởng Công an xã đề nghị phối hợp với lực lượng công an đối chiếu số định danh cá nhân, đến tận nhà hướng dẫn người dân.
Ông Hoàng Văn Pháo, Bí thư Chi bộ thôn Pả Vi Hạ bày tỏ đồng tình, đề nghị các tổ công tác nói bằng tiếng Mông, làm vào buổi tối khi bà con đi nương về. Các ông Giàng Mí Chơ, Thào Mí Sử - Trưởng thôn Sủng Pờ A cho biết thôn đã lập danh sách 46 hộ cần cấp đổi giấy.
Kết luận hội nghị, đồng chí Vàng Mí Lùng yêu cầu thành lập 27 tổ công tác thôn, mỗi tổ có ít nhất 3 thành viên; mỗi đảng viên phụ trách từ 10 đến 15 hộ; Ủy ban MTTQ Việt Nam xã và các đoàn thể tuyên truyền sâu rộng để nhân dân hiểu việc làm sạch dữ liệu đất đai là bảo vệ quyền lợi của chính mình; xã bố trí 150 triệu đồng kinh phí cho chiến dịch. Các trường hợp phát sinh vướng mắc vượt thẩm quyền phải báo cáo ngay Thường trực Đảng ủy xã.
Sau hội nghị, các tổ công tác đã xuống thôn Pả Vi Hạ, thôn Sủng Pờ A hướng dẫn 82 hộ kê khai, chụp ảnh giấy chứng nhận để cập nhật dữ liệu.
Văn phòng HĐND - UBND xã
Tin liên quan
- Xã Mèo Vạc tổ chức Đại hội Đảng bộ lần thứ I (05/08/2025)
- Ra mắt tổ công nghệ số cộng đồng 27 thôn (20/07/2025)
- Trao 40 suất quà cho học sinh nghèo (10/07/2025)
""", "2025-09-15", "Xã Mèo Vạc ra quân làm sạch dữ liệu đất đai",
E("hoi_nghi", None, "2025-09-13"),
[P("Vàng Mí Lùng", "Bí thư Đảng ủy xã"),
 P("Sùng Thị Dế", "Phó Chủ tịch UBND xã"),
 P("Lý Mí Sính", "Trưởng Công an xã"),
 P("Hoàng Văn Pháo", "Bí thư Chi bộ thôn Pả Vi Hạ"),
 P("Giàng Mí Chơ", "Trưởng thôn Sủng Pờ A"),
 P("Thào Mí Sử", "Trưởng thôn Sủng Pờ A")],
[Q("27 thôn", 27, "thôn"), Q("khoảng 9.400 giấy chứng nhận", 9400, "giấy chứng nhận", "approx"),
 Q("hơn 3.100 giấy", 3100, "giấy", "over"), Q("khoảng 1.250 hộ đồng bào Mông, Dao", 1250, "hộ đồng bào Mông, Dao", "approx"),
 Q("100%", 100, "%"), Q("ít nhất 500 hộ", 500, "hộ", "over"), Q("46 hộ", 46, "hộ"),
 Q("27 tổ công tác thôn", 27, "tổ công tác thôn"), Q("ít nhất 3 thành viên", 3, "thành viên", "over"),
 Q("từ 10", 10, "hộ", "approx"), Q("15 hộ", 15, "hộ", "approx"), Q("150 triệu đồng", 150000000, "đồng"), Q("82 hộ", 82, "hộ")],
[D("Công văn", "1258", "UBND-NNMT", None, "UBND tỉnh Tuyên Quang", "Công văn 1258, 1259/UBND-NNMT"),
 D("Công văn", "1259", "UBND-NNMT", None, "UBND tỉnh Tuyên Quang", "Công văn 1258, 1259/UBND-NNMT"),
 D("Kế hoạch", "48", "KH-UBND", "2025-09-05", "UBND xã", "Kế hoạch số 48/KH-UBND ngày 5/9/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Tả Lủng"), com("Giàng Chu Phìn")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ / Tin tức - Sự kiện / Chính quyền",
 "Chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai", "Văn phòng HĐND - UBND xã"],
["Thứ Hai, 15/09/2025 | 16:00", "1/7/2025", "năm 2010", "90 ngày", "tháng 11/2025"]))

PAGES.append(page("b7898-dongnai-bugiamap-traoqua-gcn-2025", """
Báo và Phát thanh, Truyền hình Đồng Nai
Thời sự › Dân tộc - Tôn giáo
Thứ Năm, 20/11/2025
Trao giấy chứng nhận quyền sử dụng đất và quà cho đồng bào S'tiêng xã Bù Gia Mập
Ngày 18/11, Ban Dân tộc và Tôn giáo tỉnh Đồng Nai phối hợp với UBND xã Bù Gia Mập tổ chức trao 137 giấy chứng nhận quyền sử dụng đất và 150 phần quà cho hộ đồng bào S'tiêng, M'nông có hoàn cảnh khó khăn tại các thôn Bù Lư, Đăk Á, Bình Tiến.
Đồng chí Điểu Thị Hồng Nhung trao giấy chứng nhận cho người dân thôn Bù Lư.
Tham dự có đồng chí Điểu Thị Hồng Nhung, Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh; đồng chí Nguyễn Văn Hòa, Bí thư Đảng ủy, Chủ tịch HĐND xã Bù Gia Mập; đồng chí Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Xã Bù Gia Mập (mới) được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các xã Bù Gia Mập, Đăk Ơ của tỉnh Bình Phước (cũ). Đồng bào dân tộc thiểu số chiếm hơn 70% dân số của xã. Trước đây, phần lớn diện tích đất đồng bào canh tác có nguồn gốc từ các công ty lâm nghiệp bàn giao nhưng chưa được cấp giấy. Sau khi chính quyền địa phương hai cấp đi vào hoạt động, thực hiện Nghị định số 151/2025/NĐ-CP của Chính phủ về phân định thẩm quyền của chính quyền địa phương hai cấp trong lĩnh vực đất đai, UBND xã đã trực tiếp ký cấp giấy chứng nhận cho người dân, rút ngắn thời gian giải quyết hồ sơ.
Ông Phạm Minh Sang, Phó Chủ tịch UBND xã, cho biết từ tháng 7/2025 đến nay xã đã cấp 412 giấy chứng nhận lần đầu với tổng diện tích khoảng 690 ha; riêng đợt này, 137 giấy được cấp cho hộ đồng bào với diện tích 214,5 ha. Xã đã đo đạc bổ sung 1.050 thửa đất và dự kiến trong tháng 12 sẽ trao thêm khoảng 200 giấy.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá 120 triệu đồng, do Ban Dân tộc và Tôn giáo tỉnh vận động các doanh nghiệp tài trợ.
Nhận giấy chứng nhận mang tên hai vợ chồng, ông Điểu Brăng ở thôn Bù Lư xúc động: “Gia đình tôi làm rẫy điều trên mảnh đất này hơn 20 năm, nay mới có giấy. Có giấy, tôi sẽ vay vốn để trồng xen cà phê”. Bà Thị Nghét ở thôn Đăk Á cũng cho biết sẽ giữ đất cho con cháu, không bán cho người ngoài.
Phát biểu tại buổi trao, đồng chí Điểu Thị Hồng Nhung đề nghị cấp ủy, chính quyền xã tiếp tục thực hiện Kế hoạch số 205/KH-UBND ngày 28/8/2025 của UBND tỉnh về giải quyết đất ở, đất sản xuất cho đồng bào dân tộc thiểu số; các già làng, người có uy tín vận động bà con sử dụng đất hiệu quả, không mua bán, sang nhượng trái phép. Đồng chí Nguyễn Văn Hòa cho biết Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về quản lý đất đai trong vùng đồng bào dân tộc thiểu số giai đoạn 2025 - 2030.
Minh Luận
Tin liên quan
- Đồng Nai: hơn 1.200 hộ đồng bào được giao đất sản xuất (10/11/2025)
- Xã Bù Gia Mập ra mắt tổ hòa giải thôn (28/10/2025)
- Lễ hội Lồng Ta của đồng bào S'tiêng (15/04/2025)
""", "2025-11-20", "Trao giấy chứng nhận quyền sử dụng đất và quà cho đồng bào S'tiêng xã Bù Gia Mập",
E("trao_qua", None, "2025-11-18"),
[P("Điểu Thị Hồng Nhung", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Nguyễn Văn Hòa", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Bù Gia Mập"),
 P("Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phạm Minh Sang", "Phó Chủ tịch UBND xã"),
 P("Điểu Brăng"), P("Thị Nghét")],
[Q("137 giấy chứng nhận quyền sử dụng đất", 137, "giấy chứng nhận quyền sử dụng đất"), Q("150 phần quà", 150, "phần quà"),
 Q("hơn 70%", 70, "%", "over"), Q("412 giấy chứng nhận lần đầu", 412, "giấy chứng nhận lần đầu"),
 Q("khoảng 690 ha", 690, "ha", "approx"), Q("214,5 ha", 214.5, "ha"), Q("1.050 thửa đất", 1050, "thửa đất"),
 Q("khoảng 200 giấy", 200, "giấy", "approx"), Q("10 kg gạo", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("120 triệu đồng", 120000000, "đồng")],
[D("Nghị định", "151", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 151/2025/NĐ-CP"),
 D("Kế hoạch", "205", "KH-UBND", "2025-08-28", "UBND tỉnh", "Kế hoạch số 205/KH-UBND ngày 28/8/2025"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 07-NQ/ĐU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đăk Ơ")],
["Báo và Phát thanh, Truyền hình Đồng Nai", "Thời sự › Dân tộc - Tôn giáo",
 "Đồng chí Điểu Thị Hồng Nhung trao giấy chứng nhận cho người dân thôn Bù Lư."],
["Thứ Năm, 20/11/2025", "1/7/2025", "tháng 7/2025", "tháng 12", "hơn 20 năm", "giai đoạn 2025 - 2030"]))

PAGES.append(page("b7899-vinhlong-snnmt-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Kinh tế | Nông nghiệp - Môi trường
Thứ Sáu, 16/01/2026, 08:05
Ngành nông nghiệp và môi trường triển khai nhiệm vụ năm 2026
Toàn cảnh hội nghị.
Ngày 15/1, Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên ngành tổng kết sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh và vận hành chính quyền địa phương hai cấp.
Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Lê Quang Trung, Thạch Phước Bình; đồng chí Nguyễn Thị Bé Mười, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Trong lĩnh vực đất đai, năm 2025 toàn tỉnh đã cấp mới, cấp đổi 68.430 giấy chứng nhận quyền sử dụng đất; đo đạc, chỉnh lý bản đồ địa chính cho 42 xã, phường với hơn 215.000 thửa đất. Thực hiện Chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai, đến ngày 30/11/2025 đã xác thực thông tin 1,86 triệu giấy chứng nhận, đạt 97,4%. Thu ngân sách từ đất đạt 2.146 tỷ đồng, vượt 12% dự toán.
Sở đã tham mưu UBND tỉnh ban hành Quyết định số 58/2025/QĐ-UBND về hạn mức công nhận đất ở và Quyết định số 61/2025/QĐ-UBND về đơn giá đo đạc địa chính; phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức 96 hội nghị tuyên truyền cho hơn 7.800 lượt người, trong đó có 23 hội nghị bằng tiếng Khmer tại các xã vùng đồng bào.
Báo cáo tham luận, ông Kim Sóc Ry, Phó Chủ tịch UBND xã Tập Sơn cho biết xã đã cấp giấy cho 312 hộ đồng bào Khmer trên đất sản xuất nhận chuyển nhượng từ nhiều năm trước. Bà Trương Thị Kim Hoa, Chủ tịch UBND phường Trà Vinh đề nghị tăng biên chế công chức địa chính vì mỗi phường hiện chỉ có 2 - 3 người phải xử lý hơn 400 hồ sơ mỗi tháng. Ông Huỳnh Văn Lợi, Giám đốc Văn phòng Đăng ký đất đai tỉnh cho biết còn 5.620 hồ sơ tồn đọng chuyển giao từ cấp huyện trước đây.
Phát biểu chỉ đạo, đồng chí Lê Quang Trung yêu cầu năm 2026 ngành hoàn thành cơ sở dữ liệu đất đai thống nhất toàn tỉnh; giải quyết dứt điểm hồ sơ tồn đọng trong quý I/2026; thực hiện Nghị quyết số 12/NQ-TU ngày 19/12/2025 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số. Đồng chí Thạch Phước Bình đề nghị tăng cường phối hợp với Mặt trận, các đoàn thể để người dân đồng thuận trong thu hồi đất thực hiện các dự án trọng điểm.
Dịp này, Bộ trưởng Bộ Nông nghiệp và Môi trường tặng bằng khen cho 4 tập thể; Chủ tịch UBND tỉnh tặng bằng khen cho 11 tập thể, 26 cá nhân.
Khánh Duy
Bài viết liên quan
- Vĩnh Long: hoàn thành Chiến dịch làm sạch dữ liệu đất đai (05/12/2025)
- Xã Tập Sơn trao 120 giấy chứng nhận cho đồng bào Khmer (20/11/2025)
- Hội nghị giao ban ngành nông nghiệp và môi trường tháng 10 (06/11/2025)
""", "2026-01-16", "Ngành nông nghiệp và môi trường triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Lê Quang Trung", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Phước Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Bé Mười", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sóc Ry", "Phó Chủ tịch UBND xã Tập Sơn"),
 P("Trương Thị Kim Hoa", "Chủ tịch UBND phường Trà Vinh"),
 P("Huỳnh Văn Lợi", "Giám đốc Văn phòng Đăng ký đất đai tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("68.430 giấy chứng nhận", 68430, "giấy chứng nhận"), Q("42 xã, phường", 42, "xã, phường"),
 Q("hơn 215.000 thửa đất", 215000, "thửa đất", "over"), Q("1,86 triệu giấy chứng nhận", 1860000, "giấy chứng nhận"),
 Q("97,4%", 97.4, "%"), Q("2.146 tỷ đồng", 2146000000000, "đồng"), Q("12%", 12, "%"),
 Q("96 hội nghị tuyên truyền", 96, "hội nghị tuyên truyền"), Q("hơn 7.800 lượt người", 7800, "lượt người", "over"),
 Q("23 hội nghị", 23, "hội nghị"), Q("312 hộ đồng bào Khmer", 312, "hộ đồng bào Khmer"),
 Q("2 - 3 người", 2, "người", "approx"), Q("3 người", 3, "người", "approx"), Q("hơn 400 hồ sơ", 400, "hồ sơ", "over"),
 Q("5.620 hồ sơ", 5620, "hồ sơ"), Q("4 tập thể", 4, "tập thể"), Q("11 tập thể", 11, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Quyết định", "58", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 58/2025/QĐ-UBND"),
 D("Quyết định", "61", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 61/2025/QĐ-UBND"),
 D("Nghị quyết", "12", "NQ-TU", "2025-12-19", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12/NQ-TU ngày 19/12/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Sơn"), com("Trà Vinh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Kinh tế | Nông nghiệp - Môi trường", "Toàn cảnh hội nghị.",
 "Chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai"],
["Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "30/11/2025", "quý I/2026"]))

PAGES.append(page("b7900-lamdong-quangson-doithoai-2026", """
Hôm nay: Thứ Bảy, 28/03/2026
ĐẢNG ỦY XÃ QUẢNG SƠN - TỈNH LÂM ĐỒNG
Trang chủ :: Tin tức :: Dân vận
Ngày đăng 27/03/2026 | 14:20
Đối thoại tháo gỡ vướng mắc cấp giấy chứng nhận đất có nguồn gốc lâm trường
Chiều 26/3, tại hội trường thôn Đắk Snao, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Quảng Sơn tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với nhân dân về đo đạc, cấp giấy chứng nhận quyền sử dụng đất có nguồn gốc từ các công ty lâm nghiệp bàn giao. Hơn 250 người dân, chủ yếu là đồng bào M'nông, Mạ và đồng bào các dân tộc phía Bắc di cư đến, tham dự.
Quang cảnh buổi đối thoại tại thôn Đắk Snao.
Chủ trì đối thoại có đồng chí Điểu Đăm, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Nguyễn Văn Thành, ĐUV, Chủ tịch UBND xã; đồng chí Thị Ngọc Bích, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Theo báo cáo của UBND xã, diện tích các công ty lâm nghiệp bàn giao về địa phương theo Quyết định số 815/QĐ-UBND ngày 10/2/2026 của UBND tỉnh Lâm Đồng là 3.416 ha, với khoảng 1.980 hộ đang sử dụng. Đến nay xã mới đo đạc xong 1.270 ha, cấp 346 giấy chứng nhận; còn hơn 1.600 hộ chưa được cấp, trong đó 412 hộ di cư tự do chưa có hộ khẩu thường trú tại địa phương.
Tại buổi đối thoại, ông Y Bliêng, người có uy tín bon Bu Prăng, hỏi: đất rẫy của bà con M'nông bị người khác lấn chiếm từ những năm trước, nay đo đạc thì giải quyết thế nào. Bà Hoàng Thị Lả, người Tày ở thôn 5, phản ánh gia đình đã nộp hồ sơ hơn 6 tháng chưa có kết quả. Ông Lò Văn Sáng, Bí thư Chi bộ thôn Đắk Snao, đề nghị xã công khai tiến độ đo đạc theo từng thôn, bon.
Trả lời các ý kiến, đồng chí Nguyễn Văn Thành cho biết những trường hợp lấn chiếm sẽ được hòa giải tại thôn, bon trước, sau đó xã tổ chức đối thoại riêng; hồ sơ của bà Lả chậm do thửa đất nằm chồng lấn ranh giới rừng phòng hộ, xã đã đề nghị Sở Nông nghiệp và Môi trường xác định lại. Theo Nghị quyết 68, 69/NQ-HĐND của HĐND tỉnh, hộ đồng bào dân tộc thiểu số và hộ nghèo được hỗ trợ 100% chi phí đo đạc; các hộ khác nộp bình quân khoảng 3,5 triệu đồng/hồ sơ.
Kết luận, đồng chí Điểu Đăm yêu cầu các ngành tiếp tục thực hiện Chỉ thị số 02-CT/ĐU ngày 15/1/2026 của Ban Thường vụ Đảng ủy xã về tăng cường công tác dân vận trong quản lý đất đai; phấn đấu năm 2026 cấp ít nhất 800 giấy chứng nhận; mỗi đảng viên, cán bộ xã phụ trách vận động từ 15 đến 20 hộ. Xã sẽ trả lời bằng văn bản 14 ý kiến chưa giải quyết tại chỗ trước ngày 30/4/2026; 21 ý kiến đã được giải đáp ngay tại hội nghị.
Sau đối thoại, Ủy ban MTTQ Việt Nam xã được giao giám sát việc thực hiện các nội dung đã hứa với dân, báo cáo Đảng ủy xã mỗi tháng một lần.
Hà Phương
Tin liên quan
- Quảng Sơn trao 60 suất quà cho hộ nghèo dịp Tết (10/02/2026)
- Đại hội đại biểu Đảng bộ xã Quảng Sơn lần thứ I (12/08/2025)
- Lâm Đồng: hơn 3.000 hộ đồng bào được cấp giấy chứng nhận (20/12/2025)
""", "2026-03-27", "Đối thoại tháo gỡ vướng mắc cấp giấy chứng nhận đất có nguồn gốc lâm trường",
E("doi_thoai", "2026", "2026-03-26"),
[P("Điểu Đăm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Văn Thành", "ĐUV", "Chủ tịch UBND xã"),
 P("Thị Ngọc Bích", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Bliêng", "người có uy tín bon Bu Prăng"),
 P("Hoàng Thị Lả"),
 P("Lò Văn Sáng", "Bí thư Chi bộ thôn Đắk Snao")],
[Q("Hơn 250 người dân", 250, "người dân", "over"), Q("3.416 ha", 3416, "ha"), Q("khoảng 1.980 hộ", 1980, "hộ", "approx"),
 Q("1.270 ha", 1270, "ha"), Q("346 giấy chứng nhận", 346, "giấy chứng nhận"), Q("hơn 1.600 hộ", 1600, "hộ", "over"),
 Q("412 hộ di cư tự do", 412, "hộ di cư tự do"), Q("100%", 100, "%"),
 Q("khoảng 3,5 triệu đồng/hồ sơ", 3500000, "đồng", "approx"), Q("ít nhất 800 giấy chứng nhận", 800, "giấy chứng nhận", "over"),
 Q("từ 15", 15, "hộ", "approx"), Q("20 hộ", 20, "hộ", "approx"), Q("14 ý kiến", 14, "ý kiến"), Q("21 ý kiến", 21, "ý kiến")],
[D("Quyết định", "815", "QĐ-UBND", "2026-02-10", "UBND tỉnh Lâm Đồng", "Quyết định số 815/QĐ-UBND ngày 10/2/2026"),
 D("Nghị quyết", "68", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 68, 69/NQ-HĐND"),
 D("Nghị quyết", "69", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 68, 69/NQ-HĐND"),
 D("Chỉ thị", "02", "CT/ĐU", "2026-01-15", "Ban Thường vụ Đảng ủy xã", "Chỉ thị số 02-CT/ĐU ngày 15/1/2026")],
[prov("Lâm Đồng"), com("Quảng Sơn")],
["Hôm nay: Thứ Bảy, 28/03/2026", "ĐẢNG ỦY XÃ QUẢNG SƠN - TỈNH LÂM ĐỒNG", "Trang chủ :: Tin tức :: Dân vận",
 "Quang cảnh buổi đối thoại tại thôn Đắk Snao."],
["Hôm nay: Thứ Bảy, 28/03/2026", "Ngày đăng 27/03/2026 | 14:20", "năm 2026", "hơn 6 tháng", "30/4/2026", "mỗi tháng một lần"]))
