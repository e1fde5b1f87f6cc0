from lib import *
PAGES = []

PAGES.append(page("b3707-khanhhoa-ponagar-2017", """
Báo Khánh Hòa điện tử
Trang chủ >> Văn hóa >> Lễ hội
07/04/2017 - 10:05
Khai mạc Lễ hội Tháp Bà Ponagar năm 2017
Sáng 6/4 (tức ngày 10/3 âm lịch), tại Khu di tích Tháp Bà Ponagar (TP. Nha Trang), UBND tỉnh Khánh Hòa tổ chức khai mạc Lễ hội Tháp Bà Ponagar năm 2017. Đây là năm thứ 5 lễ hội được tổ chức sau khi được công nhận là Di sản văn hóa phi vật thể quốc gia theo Quyết định số 4079/QĐ-BVHTTDL ngày 18/10/2012 của Bộ Văn hóa, Thể thao và Du lịch.
Các chức sắc Chăm thực hiện nghi lễ tắm tượng Mẹ Xứ sở. Ảnh: Đ.L.
Dự lễ khai mạc có các đồng chí: Lê Hữu Thắng, Phó Bí thư Tỉnh ủy; Đào Công Thịnh, Phó Chủ tịch UBND tỉnh; Hà Quốc Trung, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, cùng đông đảo người dân, du khách.
Lễ hội năm nay có sự tham gia của 42 vị chức sắc, nghệ nhân người Chăm đến từ các làng Chăm ở Ninh Thuận và Bình Thuận. Nghi lễ thay y và tắm tượng Mẹ Xứ sở Yang Pô Inư Nưgar do Cả sư Lưu Văn Thuận và bà Bà Bóng Pajau Đổng Thị Nhanh, người làng Hữu Đức, thực hiện. Song song là múa dâng y, múa bóng, hát thờ của 8 đội múa đến từ các phường, xã trong thành phố.
Ông Nguyễn Văn Ngọc, Giám đốc Trung tâm Bảo tồn di tích Khánh Hòa, cho biết lễ hội năm nay đón khoảng 50.000 lượt khách, tăng hơn 15% so với năm 2016; trong đó có trên 7.000 lượt khách quốc tế. Trung tâm đã trích 350 triệu đồng tu bổ khuôn viên, lắp đặt 12 bảng chỉ dẫn song ngữ và bố trí 60 cán bộ, nhân viên trực phục vụ.
Theo Kế hoạch số 1832/KH-UBND ngày 2/3/2017 của UBND tỉnh, lễ hội diễn ra trong 4 ngày với phần lễ và phần hội, gồm các hoạt động: trình diễn gốm Bàu Trúc, dệt thổ cẩm Mỹ Nghiệp, thi múa bóng dâng y, trò chơi dân gian. Đồng chí Đào Công Thịnh đề nghị các ngành bảo đảm an ninh, an toàn giao thông, không để xảy ra tình trạng chèo kéo, tăng giá dịch vụ.
Chị Chamaléa Thị Hương, người Raglai ở xã Khánh Phú, huyện Khánh Vĩnh, lần đầu xuống dự lễ, chia sẻ: "Tôi thấy bà con người Chăm, người Kinh, người Raglai cùng dâng lễ Mẹ xứ sở, rất vui".
Theo Ban Quản lý di tích, trong 3 năm gần đây, lễ hội đã được tổ chức theo hướng tôn trọng nghi thức truyền thống của đồng bào Chăm; Ban tổ chức đã mời các vị chức sắc Chăm tham gia từ khâu chuẩn bị đến khi kết thúc lễ hội, được bà con đánh giá cao. Nhiều hộ kinh doanh quanh khu di tích cam kết niêm yết giá, không đeo bám khách.
Trước đó, chiều 5/4, các vị chức sắc người Chăm đã tổ chức lễ mộc dục tượng nữ thần theo nghi thức truyền thống.
Đình Lâm
Lượt xem: 3.451
Tin liên quan
- Hướng dẫn thủ tục đón đoàn khách dự lễ hội (30/03/2017)
- Ninh Thuận: công bố chương trình lễ hội Katê năm 2017 (25/03/2017)
- Du lịch Nha Trang hút khách dịp lễ (20/03/2017)
""", "2017-04-07", "Khai mạc Lễ hội Tháp Bà Ponagar năm 2017",
E("khac", None, "2017-04-06"),
[P("Lê Hữu Thắng", "Phó Bí thư Tỉnh ủy"),
 P("Đào Công Thịnh", "Phó Chủ tịch UBND tỉnh"),
 P("Hà Quốc Trung", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lưu Văn Thuận", "Cả sư"),
 P("Đổng Thị Nhanh", "Bà Bóng Pajau"),
 P("Nguyễn Văn Ngọc", "Giám đốc Trung tâm Bảo tồn di tích Khánh Hòa"),
 P("Chamaléa Thị Hương")],
[Q("42 vị chức sắc, nghệ nhân", 42, "vị chức sắc, nghệ nhân"), Q("8 đội múa", 8, "đội múa"),
 Q("khoảng 50.000 lượt khách", 50000, "lượt khách", "approx"), Q("hơn 15%", 15, "%", "over"),
 Q("trên 7.000 lượt khách quốc tế", 7000, "lượt khách quốc tế", "over"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("12 bảng chỉ dẫn song ngữ", 12, "bảng chỉ dẫn song ngữ"), Q("60 cán bộ, nhân viên", 60, "cán bộ, nhân viên")],
[D("Quyết định", "4079", "QĐ-BVHTTDL", "2012-10-18", "Bộ Văn hóa, Thể thao và Du lịch", "Quyết định số 4079/QĐ-BVHTTDL ngày 18/10/2012"),
 D("Kế hoạch", "1832", "KH-UBND", "2017-03-02", "UBND tỉnh", "Kế hoạch số 1832/KH-UBND ngày 2/3/2017")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), prov("Bình Thuận"), com("Khánh Phú")],
["Báo Khánh Hòa điện tử", "Trang chủ >> Văn hóa >> Lễ hội", "Các chức sắc Chăm thực hiện nghi lễ tắm tượng Mẹ Xứ sở. Ảnh: Đ.L.",
 "Lượt xem: 3.451", "Lễ hội Tháp Bà Ponagar", "Yang Pô Inư Nưgar", "Bàu Trúc", "Mỹ Nghiệp"],
["07/04/2017 - 10:05", "ngày 10/3 âm lịch", "năm thứ 5", "năm 2016", "4 ngày", "3 năm", "Lượt xem: 3.451"]))

PAGES.append(page("b3708-ninhthuan-bdv-soket-2017", """
TỈNH ỦY NINH THUẬN - BAN DÂN VẬN
Vị trí: Trang chủ > Hoạt động Ban Dân vận
Thứ Sáu, 21/07/2017
Sơ kết công tác vận động đồng bào dân tộc, tôn giáo
Ngày 19/7/2017, Ban Dân vận Tỉnh ủy Ninh Thuận tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đàng Thị Mỹ Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Thọ, Pinăng Thị Hòa.
Đồng chí Đàng Thị Mỹ Hương phát biểu chỉ đạo hội nghị.
Báo cáo cho biết, 6 tháng đầu năm, tình hình tư tưởng đồng bào Chăm, Raglai cơ bản ổn định. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 72-KH/TU về tổ chức lễ hội Katê năm 2017 và Chỉ thị 15, 16-CT/TU về tăng cường công tác vận động chức sắc tôn giáo và đồng bào Raglai vùng cao Bác Ái. Lễ Ramưwan của đồng bào Chăm Bàni diễn ra an toàn với 380 vị Acar nhập chùa tại 21 thánh đường.
Khối dân vận đã phối hợp tiếp 96 lượt công dân, tiếp nhận 41 đơn thư, chủ yếu về đất đai ở vùng dự án hồ chứa nước; đã giải quyết 33 đơn, đạt 80,5%. Toàn tỉnh có 327 mô hình "Dân vận khéo", trong đó 52 mô hình ở vùng đồng bào dân tộc thiểu số.
Tại hội nghị, đồng chí Chamaléa Điệp, HUV, Trưởng Ban Dân vận Huyện ủy Bác Ái, cho biết huyện đang vận động 250 hộ Raglai di dời khỏi vùng sạt lở; đồng chí Lộ Thị Thanh Vân, Trưởng Ban Dân vận Huyện ủy Ninh Phước, đề nghị hỗ trợ kinh phí cho các làng Chăm tổ chức Katê. Ông Phú Hữu Lợi, Bí thư Đảng ủy xã Phước Hà, nêu việc vận động đồng bào Raglai cho con đi học, giảm còn 4 em bỏ học.
Phát biểu kết luận, đồng chí Đàng Thị Mỹ Hương đề nghị 6 tháng cuối năm tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị ban hành Quy chế dân vận trong hệ thống chính trị; chuẩn bị tốt cho lễ hội Katê năm 2017, bảo đảm vui tươi, an toàn, tiết kiệm; tổ chức gặp mặt chức sắc Bà-la-môn và Hồi giáo Bàni. Ban cũng giao Phòng Dân tộc - Tôn giáo phối hợp Ban Dân tộc tỉnh khảo sát đời sống 12 làng Chăm.
Hội nghị đã nghe đồng chí Nguyễn Văn Thọ quán triệt Hướng dẫn số 18-HD/BDVTW của Ban Dân vận Trung ương về thi đua "Dân vận khéo" giai đoạn 2016 - 2020.
Ngoài ra, các đại biểu thảo luận về việc phát huy vai trò người có uy tín ở các thôn Raglai vùng cao; đề nghị tăng cường lồng ghép các chương trình hỗ trợ sản xuất, nước sinh hoạt cho đồng bào vùng đặc biệt khó khăn.
Quang Vinh
Tin liên quan
- Bác Ái: gặp mặt người có uy tín vùng Raglai (05/07/2017)
- Ninh Sơn sơ kết công tác dân vận (14/07/2017)
- Hướng dẫn tổ chức lễ Ramưwan năm 2017 (20/05/2017)
""", "2017-07-21", "Sơ kết công tác vận động đồng bào dân tộc, tôn giáo",
E("so_ket", "2017-H1", "2017-07-19"),
[P("Đàng Thị Mỹ Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thọ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Pinăng Thị Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chamaléa Điệp", "HUV", "Trưởng Ban Dân vận Huyện ủy Bác Ái"),
 P("Lộ Thị Thanh Vân", "Trưởng Ban Dân vận Huyện ủy Ninh Phước"),
 P("Phú Hữu Lợi", "Bí thư Đảng ủy xã Phước Hà")],
[Q("380 vị Acar", 380, "vị Acar"), Q("21 thánh đường", 21, "thánh đường"), Q("96 lượt công dân", 96, "lượt công dân"),
 Q("41 đơn thư", 41, "đơn thư"), Q("33 đơn", 33, "đơn"), Q("80,5%", 80.5, "%"), Q("327 mô hình", 327, "mô hình"),
 Q("52 mô hình", 52, "mô hình"), Q("250 hộ Raglai", 250, "hộ Raglai"), Q("4 em", 4, "em"), Q("12 làng Chăm", 12, "làng Chăm")],
[D("Kế hoạch", "72", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 72-KH/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2016"),
 D("Hướng dẫn", "18", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 18-HD/BDVTW")],
[prov("Ninh Thuận"), com("Phước Hà")],
["TỈNH ỦY NINH THUẬN - BAN DÂN VẬN", "Vị trí: Trang chủ > Hoạt động Ban Dân vận",
 "Đồng chí Đàng Thị Mỹ Hương phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Quy chế dân vận trong hệ thống chính trị"],
["Thứ Sáu, 21/07/2017", "6 tháng đầu năm 2017", "6 tháng cuối năm", "lễ hội Katê năm 2017", "giai đoạn 2016 - 2020"]))

PAGES.append(page("b3709-binhthuan-hdnd-giamsat-2018", """
HĐND TỈNH BÌNH THUẬN - Cổng thông tin điện tử
Trang chủ / Hoạt động giám sát
Cập nhật lúc 17:20 ngày 06/09/2018
Giám sát chính sách đối với người có uy tín tại Bắc Bình, Hàm Thuận Bắc
Ban Dân tộc HĐND tỉnh Bình Thuận vừa giám sát việc thực hiện chính sách đối với người có uy tín và chính sách hỗ trợ đồng bào dân tộc thiểu số tại huyện Bắc Bình và huyện Hàm Thuận Bắc, trong chương trình giám sát năm 2018.
Đoàn giám sát làm việc tại UBND xã Phan Hiệp.
Đoàn do ông Hàm Văn Tám (tức Châu Nguyên), Trưởng Ban Dân tộc HĐND tỉnh, làm trưởng đoàn; tham gia có bà K'Thị Hằng, Phó Trưởng Ban Dân tộc HĐND tỉnh và đại diện Ban Dân tộc tỉnh, Ủy ban MTTQ Việt Nam tỉnh. Ngày 4/9/2018, đoàn làm việc với UBND huyện Bắc Bình và khảo sát thực tế tại xã Phan Hiệp, xã Phan Hòa; ngày 5/9, làm việc tại huyện Hàm Thuận Bắc và xã Đông Giang.
Theo báo cáo của UBND huyện Bắc Bình, thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, huyện đã rà soát, công nhận 58 người có uy tín, trong đó 41 người là đồng bào Chăm, 9 người là Acar, Imưm đang sinh hoạt tôn giáo. Mỗi người được cấp 1 tờ báo Dân tộc và Phát triển, hỗ trợ thăm hỏi khi ốm đau mức 500.000 đồng/lần. Năm 2018, tổng kinh phí thực hiện chính sách khoảng 210 triệu đồng.
Tại Hàm Thuận Bắc, huyện có 37 người có uy tín là đồng bào Raglai, K'Ho, Chăm; năm qua, người có uy tín đã vận động 112 hộ Raglai ở xã Đông Giang chuyển đổi cây trồng, hòa giải thành 15 vụ việc mâu thuẫn trong cộng đồng.
Ông Ma Pha Hùng, người có uy tín thôn 1, xã Đông Giang, kiến nghị nâng mức bồi dưỡng cho người có uy tín khi tham gia hòa giải. Bà Thiên Sanh Thị Nhung, Chủ tịch UBND xã Phan Hiệp, đề nghị bố trí vốn sửa chữa đường vào khu sản xuất của đồng bào Chăm.
Qua giám sát, đoàn đánh giá các địa phương cơ bản thực hiện đúng, kịp thời chính sách; tuy nhiên việc bình chọn người có uy tín ở một số thôn còn chậm, việc cấp phát báo chí có lúc chưa đến tay người nhận. Ông Hàm Văn Tám đề nghị UBND các huyện thực hiện nghiêm Công văn số 2560/UBND-VX ngày 15/6/2018 của UBND tỉnh, rà soát lại danh sách, thay thế kịp thời người có uy tín không còn đủ tiêu chuẩn, đồng thời tăng cường tập huấn kỹ năng vận động quần chúng cho đội ngũ này.
Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 6 HĐND tỉnh khóa X.
Đoàn giám sát cũng ghi nhận các kiến nghị về hỗ trợ nhà ở, đất sản xuất cho hộ đồng bào Raglai khó khăn, giao Ban Dân tộc tỉnh tổng hợp, trình UBND tỉnh xem xét.
THANH HẢI (Văn phòng HĐND tỉnh)
Các tin khác
- Thường trực HĐND tỉnh tiếp xúc cử tri huyện Tuy Phong (30/08/2018)
- Giám sát công tác giảm nghèo tại Tánh Linh (20/08/2018)
- Chuẩn bị kỳ họp thứ 6 HĐND tỉnh khóa X (15/08/2018)
""", "2018-09-06", "Giám sát chính sách đối với người có uy tín tại Bắc Bình, Hàm Thuận Bắc",
E("giam_sat", "2018", "2018-09-04"),
[P("Hàm Văn Tám", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("K'Thị Hằng", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Ma Pha Hùng", "người có uy tín thôn 1"),
 P("Thiên Sanh Thị Nhung", "Chủ tịch UBND xã Phan Hiệp")],
[Q("58 người có uy tín", 58, "người có uy tín"), Q("41 người", 41, "người"), Q("9 người", 9, "người"),
 Q("500.000 đồng", 500000, "đồng"), Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx"),
 Q("37 người có uy tín", 37, "người có uy tín"), Q("112 hộ Raglai", 112, "hộ Raglai"),
 Q("15 vụ việc mâu thuẫn", 15, "vụ việc mâu thuẫn")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Công văn", "2560", "UBND-VX", "2018-06-15", "UBND tỉnh", "Công văn số 2560/UBND-VX ngày 15/6/2018")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Hòa"), com("Đông Giang")],
["HĐND TỈNH BÌNH THUẬN - Cổng thông tin điện tử", "Trang chủ / Hoạt động giám sát", "Đoàn giám sát làm việc tại UBND xã Phan Hiệp.",
 "Châu Nguyên", "Dân tộc và Phát triển"],
["Cập nhật lúc 17:20 ngày 06/09/2018", "chương trình giám sát năm 2018", "1 tờ báo", "kỳ họp thứ 6", "khóa X", "thôn 1"]))

PAGES.append(page("b3710-ninhthuan-mttq-doithoai-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH THUẬN
Trang chủ | Tin tức | Dân chủ - Pháp luật
17.05.2019 | 09:15
Ảnh: Quang cảnh buổi đối thoại.
Người đứng đầu cấp ủy đối thoại với chức sắc, người có uy tín vùng đồng bào Chăm
Ngày 15/5/2019, Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận phối hợp Ban Dân vận Tỉnh ủy tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với chức sắc, người có uy tín vùng đồng bào Chăm năm 2019 tại xã Phước Nam, huyện Thuận Nam. Tham dự có 160 đại biểu là chức sắc Bà-la-môn, Hồi giáo Bàni, Hồi giáo (Islam) và người có uy tín trong các làng Chăm.
Chủ trì đối thoại có các đồng chí: Nguyễn Đức Thuận, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Lưu Xuân Hòa, Chủ tịch UBND tỉnh; Phú Thị Mỹ Linh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tại buổi đối thoại, 14 ý kiến đã được nêu, tập trung vào đất sản xuất, nước tưới, hỗ trợ sửa chữa thánh đường, tháp cổ và giữ gìn chữ viết Chăm. Ông Châu Văn Tài, Imưm thánh đường Văn Lâm, kiến nghị sớm sửa chữa kênh tiêu thoát lũ ở khu vực cánh đồng Văn Lâm; Po Adhia Lộ Văn Hòa, Phó Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh Ninh Thuận, đề nghị hỗ trợ in sách nghi lễ bằng chữ Chăm Akhar Thrah. Ông Mohamad Ali (Qua Thanh Tùng), Trưởng Ban đại diện cộng đồng Hồi giáo (Islam) tỉnh Ninh Thuận, đề nghị tạo điều kiện cho bà con đi hành hương.
Các sở, ngành đã trả lời trực tiếp 11 ý kiến; 3 ý kiến cần khảo sát được giao Sở Nông nghiệp và Phát triển nông thôn, Ban Dân tộc tỉnh trả lời bằng văn bản trước ngày 30/6. Đồng chí Lưu Xuân Hòa cho biết năm 2019 tỉnh bố trí gần 18 tỷ đồng từ nguồn Chương trình 135 để đầu tư hạ tầng cho các xã vùng đồng bào Chăm, trong đó có 4,2 tỷ đồng nạo vét kênh mương.
Kết luận buổi đối thoại, đồng chí Nguyễn Đức Thuận đề nghị các cấp tiếp tục thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân; Kế hoạch số 118-KH/TU ngày 12/4/2019 của Ban Thường vụ Tỉnh ủy về tổ chức đối thoại năm 2019. Đồng chí mong các vị chức sắc tiếp tục vận động tín đồ sống "tốt đời, đẹp đạo".
Theo Ủy ban MTTQ tỉnh, từ đầu năm 2019 đến nay, Mặt trận các cấp đã phối hợp tổ chức 27 cuộc đối thoại ở cấp xã, tiếp nhận 213 ý kiến, kiến nghị của nhân dân; đã giải quyết, trả lời 190 ý kiến.
Trước khi đối thoại, đoàn đã đến thăm thánh đường Hồi giáo Văn Lâm và làng gốm Bàu Trúc, phường Đô Vinh.
Phương Thảo
Bài viết liên quan
- Đối thoại với nông dân vùng dự án điện gió (25/04/2019)
- Hội nghị hiệp thương lần thứ nhất bầu cử Ủy ban MTTQ (10/04/2019)
- Thăm, chúc Tết cổ truyền Raglai (05/04/2019)
""", "2019-05-17", "Người đứng đầu cấp ủy đối thoại với chức sắc, người có uy tín vùng đồng bào Chăm",
E("doi_thoai", "2019", "2019-05-15"),
[P("Nguyễn Đức Thuận", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lưu Xuân Hòa", "Chủ tịch UBND tỉnh"),
 P("Phú Thị Mỹ Linh", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Châu Văn Tài", "Imưm thánh đường Văn Lâm"),
 P("Lộ Văn Hòa", "Po Adhia", "Phó Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh Ninh Thuận"),
 P("Mohamad Ali", "Trưởng Ban đại diện cộng đồng Hồi giáo (Islam) tỉnh Ninh Thuận")],
[Q("160 đại biểu", 160, "đại biểu"), Q("14 ý kiến", 14, "ý kiến"), Q("11 ý kiến", 11, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"),
 Q("gần 18 tỷ đồng", 18000000000, "đồng", "approx"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("27 cuộc đối thoại", 27, "cuộc đối thoại"), Q("213 ý kiến, kiến nghị", 213, "ý kiến, kiến nghị"), Q("190 ý kiến", 190, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "118", "KH/TU", "2019-04-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 118-KH/TU ngày 12/4/2019")],
[prov("Ninh Thuận"), com("Phước Nam"), com("Đô Vinh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH THUẬN", "Trang chủ | Tin tức | Dân chủ - Pháp luật", "Ảnh: Quang cảnh buổi đối thoại.",
 "Chương trình 135", "tốt đời, đẹp đạo", "Akhar Thrah", "Bàu Trúc", "Qua Thanh Tùng"],
["17.05.2019 | 09:15", "năm 2019", "Chương trình 135", "ngày 30/6"]))

PAGES.append(page("b3711-khanhvinh-taphuan-uytin-2019", """
Huyện ủy Khánh Vĩnh - Đảng bộ huyện Khánh Vĩnh
Trang chủ › Tin tức › Dân vận
23/08/2019 08:00
Ông Bo Bo Văn Lâm (đứng) trao đổi tại lớp tập huấn.
Tập huấn kỹ năng vận động quần chúng cho người có uy tín
Trong 2 ngày 21 và 22/8/2019, Ban Dân vận Huyện ủy Khánh Vĩnh (tỉnh Khánh Hòa) phối hợp Phòng Dân tộc huyện mở lớp tập huấn kỹ năng vận động quần chúng năm 2019 cho 94 người có uy tín, già làng, trưởng thôn người Raglai, T'rin và Ê Đê của 13 xã, thị trấn.
Khai mạc lớp tập huấn, bà Cao Thị Thủy, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Khánh Vĩnh nhấn mạnh: người có uy tín là "cầu nối" giữa Đảng, chính quyền với đồng bào; mỗi lời nói, việc làm của già làng có sức lan tỏa lớn trong buôn làng.
Các học viên được nghe ông Nguyễn Xuân Quang, Phó Trưởng phòng Dân tộc huyện, giới thiệu Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ; ThS. Trần Minh Thái, giảng viên Trường Chính trị tỉnh Khánh Hòa, truyền đạt kỹ năng nắm tình hình, tuyên truyền pháp luật về tín ngưỡng, tôn giáo và phòng chống truyền đạo trái pháp luật. Đại úy Pi Năng Thị Bích, cán bộ Công an huyện, thông tin về phương thức lôi kéo của các đối tượng "Tin lành Đêga" và cách nhận diện.
Theo báo cáo, năm 2019 người có uy tín trong huyện đã phối hợp vận động 215 hộ đồng bào Raglai tham gia trồng rừng, nhận khoán bảo vệ hơn 3.600 ha rừng; phát hiện, báo tin 5 trường hợp lạ mặt vào thôn tuyên truyền đạo trái phép. Huyện hiện có 67 người có uy tín được công nhận, mỗi người được hỗ trợ 1 bình nước và đồ dùng sinh hoạt trị giá khoảng 400.000 đồng.
Già làng Pi Năng Tiến, người có uy tín thôn Giang Mương, xã Khánh Thượng, chia sẻ: "Mình phải học thêm để nói cho bà con hiểu, đừng nghe người lạ". Ông Cà Mau Đạt, Trưởng thôn Suối Cá, xã Liên Sang, đề nghị mở thêm lớp tập huấn ngay tại thôn bằng tiếng Raglai.
Kinh phí tổ chức lớp học là 46 triệu đồng từ nguồn kinh phí thực hiện Kế hoạch số 27-KH/HU ngày 10/4/2019 của Huyện ủy Khánh Vĩnh về công tác dân vận năm 2019. Kết thúc lớp học, 100% học viên đạt yêu cầu, được cấp giấy chứng nhận.
Ông Bo Bo Văn Lâm, Phó Chủ tịch UBND huyện, đề nghị học viên phổ biến nội dung tập huấn đến từng hộ.
Cũng trong dịp này, Ban Dân vận Huyện ủy phát hành 500 tờ rơi song ngữ Việt - Raglai về phòng chống truyền đạo trái pháp luật để người có uy tín mang về thôn phát cho bà con.
Cao Nhân
Lượt xem: 421
Tin cùng chuyên mục
- Khánh Vĩnh: ra mắt mô hình "Dân vận khéo" ở xã Sơn Thái (10/08/2019)
- Gặp mặt người có uy tín nhân Tết Độc lập (30/07/2019)
- Sơ kết 6 tháng công tác dân vận (12/07/2019)
""", "2019-08-23", "Tập huấn kỹ năng vận động quần chúng cho người có uy tín",
E("tap_huan", "2019", "2019-08-21"),
[P("Cao Thị Thủy", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Khánh Vĩnh"),
 P("Nguyễn Xuân Quang", "Phó Trưởng phòng Dân tộc huyện"),
 P("Trần Minh Thái", "ThS.", "giảng viên Trường Chính trị tỉnh Khánh Hòa"),
 P("Pi Năng Thị Bích", "Đại úy", "cán bộ Công an huyện"),
 P("Pi Năng Tiến", "Già làng", "người có uy tín thôn Giang Mương"),
 P("Cà Mau Đạt", "Trưởng thôn Suối Cá"),
 P("Bo Bo Văn Lâm", "Phó Chủ tịch UBND huyện")],
[Q("94 người có uy tín, già làng, trưởng thôn", 94, "người có uy tín, già làng, trưởng thôn"), Q("13 xã, thị trấn", 13, "xã, thị trấn"),
 Q("215 hộ đồng bào Raglai", 215, "hộ đồng bào Raglai"), Q("hơn 3.600 ha", 3600, "ha", "over"),
 Q("5 trường hợp", 5, "trường hợp"), Q("67 người có uy tín", 67, "người có uy tín"),
 Q("khoảng 400.000 đồng", 400000, "đồng", "approx"), Q("46 triệu đồng", 46000000, "đồng"), Q("100%", 100, "%"),
 Q("500 tờ rơi song ngữ", 500, "tờ rơi song ngữ")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "27", "KH/HU", "2019-04-10", "Huyện ủy Khánh Vĩnh", "Kế hoạch số 27-KH/HU ngày 10/4/2019")],
[prov("Khánh Hòa"), com("Khánh Thượng"), com("Liên Sang")],
["Huyện ủy Khánh Vĩnh - Đảng bộ huyện Khánh Vĩnh", "Trang chủ › Tin tức › Dân vận",
 "Ông Bo Bo Văn Lâm (đứng) trao đổi tại lớp tập huấn.", "Tin lành Đêga", "Lượt xem: 421"],
["23/08/2019 08:00", "2 ngày", "năm 2019", "1 bình nước", "Lượt xem: 421"]))

PAGES.append(page("b3712-ninhthuan-daihoi-bani-2020", """
Báo Ninh Thuận điện tử
Xã hội » Dân tộc - Tôn giáo
Thứ Ba, 16/06/2020
Đại hội Hội đồng chức sắc Hồi giáo Bàni tỉnh lần thứ IV
Ngày 15/6/2020, tại thành phố Phan Rang - Tháp Chàm, Hội đồng chức sắc Hồi giáo Bàni tỉnh Ninh Thuận long trọng tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2020 - 2025. Do ảnh hưởng của dịch Covid-19, đại hội được rút gọn còn 1 ngày với 150 đại biểu chính thức đại diện cho hơn 30.000 tín đồ.
Các vị chức sắc bỏ phiếu bầu Hội đồng khóa mới.
Dự đại hội có đồng chí Trần Quốc Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Phạm Văn Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đại diện Ban Tôn giáo Chính phủ.
Báo cáo nhiệm kỳ 2015 - 2020 cho biết, Hội đồng đã chỉ đạo 22 thánh đường tổ chức chu đáo các lễ Ramưwan, Waha, Katip; hướng dẫn 412 vị Acar hành lễ theo đúng Hiến chương. Tín đồ đóng góp trên 4,5 tỷ đồng xây dựng, tu bổ 9 thánh đường; tham gia hiến hơn 8.000 m2 đất làm đường nông thôn. Nhiều vị chức sắc là người có uy tín, hòa giải thành công hàng chục vụ mâu thuẫn trong làng.
Phát biểu tại đại hội, đồng chí Trần Quốc Khánh ghi nhận đóng góp của Hội đồng; đề nghị nhiệm kỳ tới tiếp tục hướng dẫn tín đồ thực hiện Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ; vận động bà con bảo vệ rừng phòng hộ, không tụ tập đông người trong mùa dịch theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.
Đại hội đã thông qua Hiến chương sửa đổi và bầu Hội đồng chức sắc khóa IV gồm 31 vị. Po Acar Thông Thanh Khánh, thánh đường Văn Lâm, được tín nhiệm bầu làm Chủ tịch Hội đồng chức sắc Hồi giáo Bàni tỉnh Ninh Thuận khóa IV; các vị Lư Văn Mến, Đàng Năng Cáo được bầu làm Phó Chủ tịch. Ông Sa Văn Dũng, Imưm thánh đường An Nhơn, xã Xuân Hải, được bầu làm Tổng Thư ký.
Dịp này, UBND tỉnh tặng bằng khen cho 6 tập thể và 14 cá nhân có thành tích trong phong trào thi đua yêu nước; Ban Tôn giáo Chính phủ tặng bằng khen cho Hội đồng.
Phát biểu nhận nhiệm vụ, Po Acar Thông Thanh Khánh cảm ơn sự quan tâm của cấp ủy, chính quyền các cấp; khẳng định Hội đồng khóa mới sẽ tiếp tục đoàn kết, hướng dẫn tín đồ giữ gìn giáo luật, phong tục tốt đẹp của đồng bào Chăm Bàni, gắn bó với dân tộc, đồng hành cùng chính quyền trong phòng chống dịch bệnh và xây dựng nông thôn mới.
Hội đồng chức sắc Hồi giáo Bàni tỉnh Ninh Thuận được thành lập năm 2007, hiện là tổ chức tôn giáo duy nhất của đồng bào Chăm Bàni trong cả nước được Nhà nước công nhận.
Thái Hùng
Bình luận | Chia sẻ
Tin liên quan
- Hội đồng chức sắc Bà-la-môn chuẩn bị đại hội nhiệm kỳ mới (05/06/2020)
- Lễ Ramưwan 2020: các thánh đường thực hiện nghiêm giãn cách (28/04/2020)
- Tặng quà người có uy tín bị ảnh hưởng dịch Covid-19 (14/04/2020)
""", "2020-06-16", "Đại hội Hội đồng chức sắc Hồi giáo Bàni tỉnh lần thứ IV",
E("dai_hoi", None, "2020-06-15"),
[P("Trần Quốc Khánh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Phạm Văn Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thông Thanh Khánh", "Po Acar", "Chủ tịch Hội đồng chức sắc Hồi giáo Bàni tỉnh Ninh Thuận khóa IV"),
 P("Lư Văn Mến", "Phó Chủ tịch"),
 P("Đàng Năng Cáo", "Phó Chủ tịch"),
 P("Sa Văn Dũng", "Imưm thánh đường An Nhơn", "Tổng Thư ký")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 30.000 tín đồ", 30000, "tín đồ", "over"),
 Q("22 thánh đường", 22, "thánh đường"), Q("412 vị Acar", 412, "vị Acar"), Q("trên 4,5 tỷ đồng", 4500000000, "đồng", "over"),
 Q("9 thánh đường", 9, "thánh đường"), Q("hơn 8.000 m2", 8000, "m2", "over"), Q("31 vị", 31, "vị"),
 Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020")],
[prov("Ninh Thuận"), com("Xuân Hải")],
["Báo Ninh Thuận điện tử", "Xã hội » Dân tộc - Tôn giáo", "Các vị chức sắc bỏ phiếu bầu Hội đồng khóa mới.",
 "Luật Tín ngưỡng, tôn giáo", "Hiến chương", "Bình luận | Chia sẻ"],
["Thứ Ba, 16/06/2020", "lần thứ IV", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2015 - 2020", "1 ngày", "Covid-19", "khóa IV", "năm 2007"]))
