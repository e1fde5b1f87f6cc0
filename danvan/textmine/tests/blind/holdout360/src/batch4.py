from lib import *
PAGES = []

PAGES.append(page("b8615-travinh-ubndxa-giaoban-2024", """
BÁO TRÀ VINH ĐIỆN TỬ
Chính trị - Xã hội | Cơ sở
Ngày 26/04/2024 | 09:15
Xã Long Hiệp: Giao ban tháng 4, ứng phó hạn mặn cho 1.320 hộ
Ngày 25/4, UBND xã Long Hiệp, huyện Trà Cú, tỉnh Trà Vinh tổ chức hội nghị giao ban đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh tháng 4/2024. Đồng chí Kim Ngọc Thái, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì. Dự hội nghị có đồng chí Thạch Thị Sa Rây, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Trà Cú.
Long Hiệp có 11 ấp với 3.640 hộ, đồng bào Khmer chiếm 78,5% dân số. Theo báo cáo, đợt hạn mặn đầu mùa khô năm nay đã ảnh hưởng sinh hoạt của 1.320 hộ; xã phối hợp các ngành trao 450 bồn chứa nước, chở 860 m3 nước ngọt miễn phí đến các ấp. Diện tích lúa Đông Xuân thu hoạch 1.125 ha, năng suất 5,8 tấn/ha, thiệt hại do mặn khoảng 40 ha; đàn bò còn 4.260 con.
Trong dịp Tết Chôl Chnăm Thmây năm 2024, các cấp đã thăm, tặng 1.580 phần quà cho hộ nghèo, hộ cận nghèo đồng bào Khmer và 16 chùa Phật giáo Nam tông Khmer, tổng trị giá hơn 790 triệu đồng. Hòa thượng Thạch Sok Xane, trụ trì chùa Long Hiệp, cho biết nhà chùa đã mở 3 lớp dạy chữ Khmer hè cho 126 em và vận động Phật tử đóng góp 45 triệu đồng sửa chữa 2 đoạn đường ấp Giồng Lớn.
Thu ngân sách 4 tháng đạt 1,38 tỷ đồng, bằng 41,6% dự toán. Xã đã giải ngân 2,7 tỷ đồng vốn vay theo Nghị định số 28/2022/NĐ-CP của Chính phủ cho 54 hộ đồng bào dân tộc thiểu số phát triển sản xuất; hỗ trợ xây dựng 12 căn nhà Đại đoàn kết với mức 50 triệu đồng/căn. Xã còn 294 hộ nghèo (8,1%) và 352 hộ cận nghèo.
Các đồng chí Phó Chủ tịch UBND xã: Sơn Văn Dũng, Lâm Thị Bích Tuyền báo cáo tiến độ triển khai Kế hoạch số 32/KH-UBND ngày 2/4/2024 của UBND huyện Trà Cú về phòng, chống hạn mặn và kết quả chuyển đổi 65 ha đất lúa kém hiệu quả sang trồng màu. Ông Thạch Rươne, Trưởng ấp Giồng Lớn, người có uy tín, đề nghị khoan thêm 2 giếng nước ngầm.
Phát biểu tại hội nghị, đồng chí Thạch Thị Sa Rây đề nghị xã tiếp tục thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư về tăng cường công tác ở vùng đồng bào Khmer; phát huy vai trò 34 người có uy tín trong vận động nhân dân tiết kiệm nước, không để ai thiếu nước sinh hoạt.
Kết luận, đồng chí Kim Ngọc Thái yêu cầu tháng 5 chuẩn bị xuống giống 980 ha lúa Hè Thu khi đủ nước ngọt, hoàn thành bàn giao 12 căn nhà trước ngày 30/6, phấn đấu thu ngân sách 6 tháng trên 55% dự toán.
Sa Rây
Tin liên quan
- Trà Cú: Hơn 5.000 hộ bị ảnh hưởng do hạn mặn (18/04/2024)
- Ban Dân vận Tỉnh ủy thăm, chúc Tết Chôl Chnăm Thmây tại Trà Cú (10/04/2024)
- Xã Ngãi Xuyên giao ban quý I (05/04/2024)
""", "2024-04-26", "Xã Long Hiệp: Giao ban tháng 4, ứng phó hạn mặn cho 1.320 hộ",
E("giao_ban", "2024-04", "2024-04-25"),
[P("Kim Ngọc Thái", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thạch Thị Sa Rây", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Trà Cú"),
 P("Thạch Sok Xane", "Hòa thượng", "trụ trì chùa Long Hiệp"),
 P("Sơn Văn Dũng", "Phó Chủ tịch UBND xã"),
 P("Lâm Thị Bích Tuyền", "Phó Chủ tịch UBND xã"),
 P("Thạch Rươne", "Trưởng ấp Giồng Lớn", "người có uy tín")],
[Q("1.320 hộ", 1320, "hộ"), Q("11 ấp", 11, "ấp"), Q("3.640 hộ", 3640, "hộ"), Q("78,5%", 78.5, "%"), Q("450 bồn chứa nước", 450, "bồn chứa nước"),
 Q("860 m3", 860, "m3"), Q("1.125 ha", 1125, "ha"), Q("5,8 tấn/ha", 5.8, "tấn/ha"), Q("khoảng 40 ha", 40, "ha", "approx"),
 Q("4.260 con", 4260, "con"), Q("1.580 phần quà", 1580, "phần quà"), Q("16 chùa Phật giáo Nam tông Khmer", 16, "chùa Phật giáo Nam tông Khmer"),
 Q("hơn 790 triệu đồng", 790000000, "đồng", "over"), Q("3 lớp dạy chữ Khmer hè", 3, "lớp dạy chữ Khmer hè"), Q("126 em", 126, "em"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("2 đoạn đường", 2, "đoạn đường"), Q("1,38 tỷ đồng", 1380000000, "đồng"), Q("41,6%", 41.6, "%"),
 Q("2,7 tỷ đồng", 2700000000, "đồng"), Q("54 hộ đồng bào dân tộc thiểu số", 54, "hộ đồng bào dân tộc thiểu số"),
 Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"), Q("50 triệu đồng/căn", 50000000, "đồng"), Q("294 hộ nghèo", 294, "hộ nghèo"),
 Q("8,1%", 8.1, "%"), Q("352 hộ cận nghèo", 352, "hộ cận nghèo"), Q("65 ha", 65, "ha"), Q("2 giếng nước ngầm", 2, "giếng nước ngầm"),
 Q("34 người có uy tín", 34, "người có uy tín"), Q("980 ha", 980, "ha"), Q("trên 55%", 55, "%", "over")],
[D("Nghị định", "28", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 28/2022/NĐ-CP"),
 D("Kế hoạch", "32", "KH-UBND", "2024-04-02", "UBND huyện Trà Cú", "Kế hoạch số 32/KH-UBND ngày 2/4/2024"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW")],
[prov("Trà Vinh"), com("Long Hiệp")],
["BÁO TRÀ VINH ĐIỆN TỬ", "Chính trị - Xã hội | Cơ sở", "Tết Chôl Chnăm Thmây năm 2024", "Giồng Lớn"],
["Ngày 26/04/2024 | 09:15", "tháng 4/2024", "4 tháng", "6 tháng", "tháng 5", "ngày 30/6", "năm 2024"]))

PAGES.append(page("b8616-laichau-ubndxa-giaoban-2024", """
Báo Lai Châu điện tử
Trang chủ > Kinh tế > Nông nghiệp - Nông thôn
Cập nhật ngày: 29/07/2024
Bản Lang: Khắc phục hậu quả mưa lũ, bảo đảm an toàn cho 86 hộ vùng nguy cơ sạt lở
Chiều 26/7, UBND xã Bản Lang (Phong Thổ) tổ chức giao ban đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 7 năm 2024. Đồng chí Lò Văn Pọm - HUV, Bí thư Đảng ủy xã; đồng chí Tẩn A Sài - Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì.
Cán bộ xã Bản Lang kiểm tra điểm sạt lở tại bản Nậm Cáy.
Theo báo cáo, các đợt mưa lớn trong tháng 7 đã làm 12 ngôi nhà bị sạt lở, hư hỏng, 3 hộ phải di dời khẩn cấp; vùi lấp 14,5 ha lúa, ngô và 4 công trình thủy lợi; tổng thiệt hại ước trên 2,6 tỷ đồng. Xã đã huy động 320 lượt cán bộ, dân quân, đoàn viên giúp dân dọn bùn đất; rà soát 86 hộ sống ở vùng có nguy cơ sạt lở cao để di chuyển khi có mưa lớn. Ủy ban MTTQ xã tiếp nhận và trao 64 triệu đồng hỗ trợ các hộ bị thiệt hại, mỗi hộ có nhà sập đổ được 8 triệu đồng.
Sản xuất vụ mùa đã gieo cấy 465 ha lúa, đạt 97% kế hoạch; diện tích cao su 318 ha, trong đó 160 ha đã cho khai thác mủ; chuối xuất khẩu 72 ha. Tổng đàn gia súc 3.140 con. Thu ngân sách 7 tháng đạt 215 triệu đồng, bằng 64,2% dự toán.
Thực hiện Kế hoạch 120, 121/KH-UBND của UBND huyện Phong Thổ, xã đang triển khai hỗ trợ làm nhà cho 27 hộ nghèo và hỗ trợ chuyển đổi nghề cho 40 lao động. Bà Chảo Mùi Mẩy, Phó Chủ tịch UBND xã cho biết, 3 trường trên địa bàn đã tổng kết năm học 2023 - 2024 với 98,6% học sinh lên lớp; xã có 1.264 người được cấp thẻ bảo hiểm y tế đồng bào dân tộc thiểu số. Sau lũ, Trạm Y tế xã khám bệnh cho 286 lượt người, phun hóa chất khử khuẩn tại 5 bản; Công an xã giải quyết 3 đơn thư, tuyên truyền phòng, chống ma túy cho 540 lượt người nghe.
Các ông Giàng A Dế, Lò Văn Hặc, Vàng A Chảo - Trưởng bản, đề nghị xã sớm khắc phục đường vào bản bị sạt lở, hỗ trợ giống lúa cho các hộ bị vùi lấp ruộng. Bà Lò Thị Ín, Chủ tịch Hội LHPN xã báo cáo, Hội vận động 21 phụ nữ tham gia tổ hợp tác may thổ cẩm.
Phát biểu chỉ đạo, đồng chí Lò Văn Pọm yêu cầu tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị gắn với Nghị quyết số 07-NQ/ĐU ngày 10/1/2024 của Đảng ủy xã về phát triển cây cao su; không chủ quan trước mưa lũ, thực hiện phương châm "4 tại chỗ". Kết luận, đồng chí Tẩn A Sài giao các bản hoàn thành khắc phục hậu quả trong tháng 8, trồng bổ sung 25 ha ngô thu đông.
Hà Linh
Tin liên quan
- Phong Thổ: Mưa lũ gây thiệt hại hơn 8 tỷ đồng (20/07/2024)
- Xã Mường So giao ban 6 tháng đầu năm (28/06/2024)
- Lai Châu: Hỗ trợ xóa nhà tạm cho hộ nghèo (15/07/2024)
""", "2024-07-29", "Bản Lang: Khắc phục hậu quả mưa lũ, bảo đảm an toàn cho 86 hộ vùng nguy cơ sạt lở",
E("giao_ban", "2024-07", "2024-07-26"),
[P("Lò Văn Pọm", "HUV", "Bí thư Đảng ủy xã"),
 P("Tẩn A Sài", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Chảo Mùi Mẩy", "Phó Chủ tịch UBND xã"),
 P("Giàng A Dế", "Trưởng bản"), P("Lò Văn Hặc", "Trưởng bản"), P("Vàng A Chảo", "Trưởng bản"),
 P("Lò Thị Ín", "Chủ tịch Hội LHPN xã")],
[Q("86 hộ", 86, "hộ"), Q("12 ngôi nhà", 12, "ngôi nhà"), Q("3 hộ", 3, "hộ"), Q("14,5 ha", 14.5, "ha"),
 Q("4 công trình thủy lợi", 4, "công trình thủy lợi"), Q("trên 2,6 tỷ đồng", 2600000000, "đồng", "over"),
 Q("320 lượt cán bộ, dân quân, đoàn viên", 320, "lượt cán bộ, dân quân, đoàn viên"), Q("64 triệu đồng", 64000000, "đồng"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("465 ha", 465, "ha"), Q("97%", 97, "%"), Q("318 ha", 318, "ha"), Q("160 ha", 160, "ha"),
 Q("72 ha", 72, "ha"), Q("3.140 con", 3140, "con"), Q("215 triệu đồng", 215000000, "đồng"), Q("64,2%", 64.2, "%"),
 Q("27 hộ nghèo", 27, "hộ nghèo"), Q("40 lao động", 40, "lao động"), Q("3 trường", 3, "trường"), Q("98,6%", 98.6, "%"),
 Q("1.264 người", 1264, "người"), Q("286 lượt người", 286, "lượt người"), Q("5 bản", 5, "bản"),
 Q("3 đơn thư", 3, "đơn thư"), Q("540 lượt người nghe", 540, "lượt người nghe"), Q("21 phụ nữ", 21, "phụ nữ"), Q("25 ha", 25, "ha")],
[D("Kế hoạch", "120", "KH-UBND", None, "UBND huyện Phong Thổ", "Kế hoạch 120, 121/KH-UBND"),
 D("Kế hoạch", "121", "KH-UBND", None, "UBND huyện Phong Thổ", "Kế hoạch 120, 121/KH-UBND"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Nghị quyết", "07", "NQ/ĐU", "2024-01-10", "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU ngày 10/1/2024")],
[prov("Lai Châu"), com("Bản Lang")],
["Báo Lai Châu điện tử", "Trang chủ > Kinh tế > Nông nghiệp - Nông thôn", "Cán bộ xã Bản Lang kiểm tra điểm sạt lở tại bản Nậm Cáy.",
 "4 tại chỗ", "Nậm Cáy"],
["Cập nhật ngày: 29/07/2024", "tháng 7 năm 2024", "tháng 7", "7 tháng", "năm học 2023 - 2024", "tháng 8", "4 tại chỗ"]))

PAGES.append(page("b8617-binhthuan-ubndxa-giaoban-2025", """
BÁO BÌNH THUẬN ONLINE
Thời sự / Chính trị / Cơ sở
Thứ Sáu, 28/03/2025 - 15:10
Phan Hiệp: Giao ban tháng 3, vừa lo sản xuất vừa chuẩn bị sắp xếp bộ máy
Ngày 26/3, UBND xã Phan Hiệp (Bắc Bình, Bình Thuận) tổ chức giao ban đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh tháng 3/2025, triển khai nhiệm vụ tháng 4. Ông Đàng Văn Sỹ - Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; dự có bà Lưu Thị Quỳnh Như - HUV, Bí thư Đảng ủy, Chủ tịch HĐND xã.
Phan Hiệp có 4 thôn, 2.012 hộ với 8.950 khẩu, trong đó đồng bào Chăm chiếm trên 55%. Theo báo cáo, vụ Đông Xuân 2024 - 2025 xã gieo sạ 1.040 ha lúa, đã thu hoạch 610 ha, năng suất bình quân 6,2 tấn/ha; giá lúa tươi dao động 6.800 - 7.200 đồng/kg. Diện tích thanh long còn 135 ha, giảm 40 ha so với cùng kỳ do giá thấp kéo dài. Đàn dê, cừu có 5.600 con.
Thu ngân sách quý I đạt 342 triệu đồng, bằng 27,4% dự toán. Thực hiện phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát", xã đã khởi công 31 căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách, mỗi căn được hỗ trợ 60 triệu đồng; đến nay đã bàn giao 9 căn. Xã còn 87 hộ nghèo, chiếm 4,3%.
Về công tác sắp xếp tổ chức bộ máy, bà Lưu Thị Quỳnh Như cho biết Đảng ủy xã đã quán triệt Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị và Nghị quyết số 18-NQ/TW của BCH Trung ương; tổ chức lấy ý kiến 100% cán bộ, công chức, người hoạt động không chuyên trách. Toàn xã có 21 cán bộ, công chức và 14 người hoạt động không chuyên trách cấp xã; tư tưởng cán bộ cơ bản ổn định.
Ông Thông Văn Ngọc, Phó Chủ tịch UBND xã, cho biết Trạm Y tế xã đã khám bệnh cho 415 lượt người, tiêm vắc xin sởi cho 96 trẻ em; các trường học có 1.688 học sinh, không có học sinh bỏ học. Cả sư Bá Văn Tín, Ủy viên Ban Đại diện Hội đồng sư cả tỉnh, người có uy tín thôn Hiệp Hòa, đề nghị xã quan tâm sửa chữa đường vào khu nghĩa trang của đồng bào Chăm.
Công an xã báo cáo tình hình an ninh nông thôn ổn định; trong tháng xử lý 4 vụ đánh bạc với 13 đối tượng; hòa giải thành 5/6 vụ việc tranh chấp đất đai. Ban Chỉ huy Quân sự xã hoàn thành giao 9 thanh niên nhập ngũ năm 2025.
Kết luận, ông Đàng Văn Sỹ yêu cầu tháng 4 hoàn thành thu hoạch lúa Đông Xuân, chuẩn bị nước tưới cho 700 ha lúa Hè Thu; đẩy nhanh 22 căn nhà còn lại theo Kế hoạch số 41/KH-UBND ngày 12/3/2025 của UBND xã, bảo đảm hoàn thành trước ngày 30/6/2025.
Bảo Thư
Tin liên quan
- Bắc Bình: Quán triệt Kết luận 127 về sắp xếp bộ máy (20/03/2025)
- Phan Thanh bàn giao 10 căn nhà cho hộ nghèo (14/03/2025)
- Lễ hội Ramưwan của đồng bào Chăm Bà Ni (01/03/2025)
""", "2025-03-28", "Phan Hiệp: Giao ban tháng 3, vừa lo sản xuất vừa chuẩn bị sắp xếp bộ máy",
E("giao_ban", "2025-03", "2025-03-26"),
[P("Đàng Văn Sỹ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lưu Thị Quỳnh Như", "HUV", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thông Văn Ngọc", "Phó Chủ tịch UBND xã"),
 P("Bá Văn Tín", "Cả sư", "Ủy viên Ban Đại diện Hội đồng sư cả tỉnh", "người có uy tín thôn Hiệp Hòa")],
[Q("4 thôn", 4, "thôn"), Q("2.012 hộ", 2012, "hộ"), Q("8.950 khẩu", 8950, "khẩu"), Q("trên 55%", 55, "%", "over"),
 Q("1.040 ha", 1040, "ha"), Q("610 ha", 610, "ha"), Q("6,2 tấn/ha", 6.2, "tấn/ha"), Q("6.800 - 7.200 đồng/kg", 6800, "đồng"),
 Q("7.200 đồng/kg", 7200, "đồng"), Q("135 ha", 135, "ha"), Q("40 ha", 40, "ha"), Q("5.600 con", 5600, "con"),
 Q("342 triệu đồng", 342000000, "đồng"), Q("27,4%", 27.4, "%"), Q("31 căn nhà", 31, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("9 căn", 9, "căn"), Q("87 hộ nghèo", 87, "hộ nghèo"), Q("4,3%", 4.3, "%"), Q("100%", 100, "%"),
 Q("21 cán bộ, công chức", 21, "cán bộ, công chức"), Q("14 người hoạt động không chuyên trách cấp xã", 14, "người hoạt động không chuyên trách cấp xã"),
 Q("415 lượt người", 415, "lượt người"), Q("96 trẻ em", 96, "trẻ em"), Q("1.688 học sinh", 1688, "học sinh"),
 Q("4 vụ đánh bạc", 4, "vụ đánh bạc"), Q("13 đối tượng", 13, "đối tượng"), Q("5/6 vụ việc tranh chấp đất đai", 5, "vụ việc tranh chấp đất đai"),
 Q("9 thanh niên", 9, "thanh niên"), Q("700 ha", 700, "ha"), Q("22 căn nhà", 22, "căn nhà")],
[D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/2/2025"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 18-NQ/TW"),
 D("Kế hoạch", "41", "KH-UBND", "2025-03-12", "UBND xã", "Kế hoạch số 41/KH-UBND ngày 12/3/2025")],
[prov("Bình Thuận"), com("Phan Hiệp")],
["BÁO BÌNH THUẬN ONLINE", "Thời sự / Chính trị / Cơ sở", "Chung tay xóa nhà tạm, nhà dột nát", "Hiệp Hòa"],
["Thứ Sáu, 28/03/2025 - 15:10", "tháng 3/2025", "tháng 4", "quý I", "năm 2025", "ngày 30/6/2025", "Đông Xuân 2024 - 2025"]))

PAGES.append(page("b8618-lamdong-ubndxa-giaoban-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Chính trị > Chính quyền hai cấp
Thứ Sáu, 03/10/2025 07:45
Xã Quảng Sơn giải quyết 1.426 hồ sơ hành chính trong tháng 9
Ngày 1/10, UBND xã Quảng Sơn, tỉnh Lâm Đồng tổ chức hội nghị giao ban đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh tháng 9/2025 và triển khai nhiệm vụ tháng 10. Đồng chí Trần Văn Thịnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì. Dự có đồng chí Điểu Khanh, Bí thư Đảng ủy, Chủ tịch HĐND xã.
Đồng chí Trần Văn Thịnh phát biểu kết luận giao ban.
Xã Quảng Sơn được thành lập theo Nghị quyết số 1671/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội trên cơ sở sáp nhập 2 xã Quảng Sơn và Quảng Hòa cũ, có diện tích tự nhiên hơn 420 km2, dân số khoảng 27.800 người, trong đó đồng bào dân tộc thiểu số chiếm 42%. Sau 3 tháng vận hành chính quyền địa phương hai cấp theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, bộ máy hoạt động ổn định.
Theo báo cáo, trong tháng 9 Trung tâm Phục vụ hành chính công xã tiếp nhận 1.426 hồ sơ, đã giải quyết đúng hạn 1.406 hồ sơ, đạt 98,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 72%. Thu ngân sách tháng 9 được 1,74 tỷ đồng, lũy kế từ ngày 1/7 đạt 4,95 tỷ đồng. Nông dân đang thu hoạch 2.300 ha cà phê sớm, giá cà phê nhân khoảng 112.000 đồng/kg; diện tích sầu riêng 860 ha, sản lượng ước 9.400 tấn.
Bà Thị Nhung, Phó Chủ tịch UBND xã cho biết, xã đã bàn giao 46 căn nhà cho hộ nghèo và gia đình chính sách, hoàn thành xóa nhà tạm, nhà dột nát; tổ chức khai giảng năm học 2025 - 2026 cho 6.120 học sinh tại 11 trường. Xã còn 312 hộ nghèo, tỷ lệ 4,6%, chủ yếu là đồng bào Mnông và đồng bào di cư tự do.
Các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã: Nguyễn Đức Thắng, Y Nhiêu, Phạm Thị Hương báo cáo tình hình triển khai Kế hoạch số 18-KH/ĐU của Ban Thường vụ Đảng ủy xã về thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030. Theo Trưởng Công an xã, Thiếu tá Lê Minh Tuấn, tháng 9 xảy ra 6 vụ trộm cắp nông sản, đã bắt 9 đối tượng; tiếp nhận 14 đơn thư, kiến nghị liên quan tranh chấp đất rẫy, đã giải quyết 10 đơn.
Ông Điểu Sơn, già làng bon Bu Nung, kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho 37 hộ đồng bào; bà Trần Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị công khai danh sách hộ được hỗ trợ vốn theo Nghị định số 150/2025/NĐ-CP của Chính phủ.
Kết luận, đồng chí Trần Văn Thịnh yêu cầu tháng 10 nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 80%, phòng, chống trộm cắp mùa thu hoạch, chuẩn bị các điều kiện tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 24 thôn, bon.
Thanh Phong
Tin liên quan
- Lâm Đồng: 124 xã, phường giao ban trực tuyến với tỉnh (30/09/2025)
- Xã Nâm Nung ra mắt mô hình "Dân vận khéo" trong chuyển đổi số (25/09/2025)
- Đại hội Đảng bộ xã Quảng Sơn lần thứ I thành công tốt đẹp (10/08/2025)
""", "2025-10-03", "Xã Quảng Sơn giải quyết 1.426 hồ sơ hành chính trong tháng 9",
E("giao_ban", "2025-09", "2025-10-01"),
[P("Trần Văn Thịnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Điểu Khanh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thị Nhung", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Đức Thắng", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Y Nhiêu", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Phạm Thị Hương", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Lê Minh Tuấn", "Trưởng Công an xã", "Thiếu tá"),
 P("Điểu Sơn", "già làng bon Bu Nung"),
 P("Trần Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("1.426 hồ sơ", 1426, "hồ sơ"), Q("2 xã", 2, "xã"), Q("hơn 420 km2", 420, "km2", "over"),
 Q("khoảng 27.800 người", 27800, "người", "approx"), Q("42%", 42, "%"), Q("1.406 hồ sơ", 1406, "hồ sơ"), Q("98,6%", 98.6, "%"),
 Q("72%", 72, "%"), Q("1,74 tỷ đồng", 1740000000, "đồng"), Q("4,95 tỷ đồng", 4950000000, "đồng"), Q("2.300 ha", 2300, "ha"),
 Q("khoảng 112.000 đồng/kg", 112000, "đồng", "approx"), Q("860 ha", 860, "ha"), Q("9.400 tấn", 9400, "tấn"),
 Q("46 căn nhà", 46, "căn nhà"), Q("6.120 học sinh", 6120, "học sinh"), Q("11 trường", 11, "trường"), Q("312 hộ nghèo", 312, "hộ nghèo"),
 Q("4,6%", 4.6, "%"), Q("6 vụ trộm cắp nông sản", 6, "vụ trộm cắp nông sản"), Q("9 đối tượng", 9, "đối tượng"),
 Q("14 đơn thư, kiến nghị", 14, "đơn thư, kiến nghị"), Q("10 đơn", 10, "đơn"), Q("37 hộ đồng bào", 37, "hộ đồng bào"),
 Q("trên 80%", 80, "%", "over"), Q("24 thôn, bon", 24, "thôn, bon")],
[D("Nghị quyết", "1671", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1671/NQ-UBTVQH15"),
 D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "18", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 18-KH/ĐU"),
 D("Nghị định", "150", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 150/2025/NĐ-CP")],
[prov("Lâm Đồng"), com("Quảng Sơn"), com("Quảng Hòa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Chính trị > Chính quyền hai cấp", "Đồng chí Trần Văn Thịnh phát biểu kết luận giao ban.",
 "Trung tâm Phục vụ hành chính công xã", "Ngày hội Đại đoàn kết toàn dân tộc", "Bu Nung"],
["Thứ Sáu, 03/10/2025 07:45", "tháng 9/2025", "tháng 10", "3 tháng", "ngày 1/7", "năm học 2025 - 2026", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "tháng 9"]))

PAGES.append(page("b8619-vinhlong-ubndxa-giaoban-2026", """
Trang thông tin điện tử xã Giồng Trôm - tỉnh Vĩnh Long
Trang chủ › Tin tức › Hoạt động chính quyền
Thứ Năm, 05/02/2026 | 07:30
Giồng Trôm triển khai nhiệm vụ tháng 2, chăm lo Tết Bính Ngọ cho 2.460 hộ
Sáng 3/2/2026, UBND xã Giồng Trôm tổ chức hội nghị giao ban đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh tháng 1 năm 2026 và triển khai nhiệm vụ tháng 2. Đồng chí Nguyễn Văn Út, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì hội nghị. Dự có các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã: Trần Thị Kim Phượng, Lê Hoàng Khải, Võ Thị Bích Tuyền, Huỳnh Văn Nghĩa.
Theo báo cáo, xã có diện tích dừa 2.850 ha, trong đó 1.120 ha dừa hữu cơ được chứng nhận xuất khẩu; giá dừa khô hiện khoảng 95.000 đồng/chục, giảm nhẹ so với tháng 12/2025. Nông dân xuống giống 410 ha lúa Đông Xuân; các hộ nuôi bò có tổng đàn 6.340 con. Xã có 58 doanh nghiệp, 3 hợp tác xã và 1.215 hộ kinh doanh đang hoạt động.
Thu ngân sách tháng 1 đạt 3,26 tỷ đồng, bằng 9,8% dự toán năm 2026. Trung tâm Phục vụ hành chính công xã tiếp nhận 1.082 hồ sơ, giải quyết trước và đúng hạn 99,2%. Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, xã đã hỗ trợ 640 hộ cài đặt ứng dụng VNeID mức độ 2 và thanh toán không dùng tiền mặt.
Về chăm lo Tết, xã triển khai Kế hoạch 05, 06/KH-UBND của UBND xã về tổ chức Tết Nguyên đán Bính Ngọ 2026 và chăm lo cho hộ nghèo, gia đình chính sách. Dự kiến trao 2.460 phần quà Tết cho 2.460 hộ, tổng trị giá khoảng 1,23 tỷ đồng, trong đó nguồn vận động xã hội hóa 560 triệu đồng; tổ chức phiên chợ "0 đồng" với 800 suất quà cho người lao động khó khăn. Bà Trần Thị Kim Phượng, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết Quỹ "Vì người nghèo" xã đã tiếp nhận 318 triệu đồng.
Ông Lê Hoàng Khải, Trưởng Công an xã báo cáo, tháng 1 xảy ra 3 vụ trộm cắp tài sản, đã khám phá 2 vụ; xử lý 15 trường hợp vi phạm nồng độ cồn; tổ chức cho 100% hộ kinh doanh pháo hoa hợp pháp ký cam kết. Ban Chỉ huy Quân sự xã hoàn tất chuẩn bị giao 42 thanh niên nhập ngũ năm 2026.
Ông Phạm Văn Hiền, Trưởng ấp Lương Hòa, kiến nghị sửa 1,2 km đường giao thông nông thôn xuống cấp trước Tết. Bà Đỗ Thị Thu Sương, Chủ tịch Hội LHPN xã, thông tin Hội đã giúp 26 hội viên khởi nghiệp vay 1,04 tỷ đồng.
Kết luận, đồng chí Nguyễn Văn Út yêu cầu các ấp hoàn thành trao quà trước ngày 12/2/2026, bảo đảm "không để hộ nào không có Tết"; tháng 2 phấn đấu thu ngân sách đạt trên 18% dự toán, chuẩn bị tốt công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Minh Tâm
Tin liên quan
- Xã Châu Hòa tổ chức Hội chợ Tết Bính Ngọ 2026 (02/02/2026)
- Vĩnh Long: 124 xã, phường ra quân chăm lo Tết cho người nghèo (28/01/2026)
- Giồng Trôm tổng kết công tác năm 2025 (30/12/2025)
""", "2026-02-05", "Giồng Trôm triển khai nhiệm vụ tháng 2, chăm lo Tết Bính Ngọ cho 2.460 hộ",
E("giao_ban", "2026-01", "2026-02-03"),
[P("Nguyễn Văn Út", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Thị Kim Phượng", "Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Hoàng Khải", "Ủy viên Ban Thường vụ Đảng ủy xã", "Trưởng Công an xã"),
 P("Võ Thị Bích Tuyền", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Huỳnh Văn Nghĩa", "Ủy viên Ban Thường vụ Đảng ủy xã"),
 P("Phạm Văn Hiền", "Trưởng ấp Lương Hòa"),
 P("Đỗ Thị Thu Sương", "Chủ tịch Hội LHPN xã")],
[Q("2.460 hộ", 2460, "hộ"), Q("2.850 ha", 2850, "ha"), Q("1.120 ha", 1120, "ha"), Q("khoảng 95.000 đồng/chục", 95000, "đồng", "approx"),
 Q("410 ha", 410, "ha"), Q("6.340 con", 6340, "con"), Q("58 doanh nghiệp", 58, "doanh nghiệp"), Q("3 hợp tác xã", 3, "hợp tác xã"),
 Q("1.215 hộ kinh doanh", 1215, "hộ kinh doanh"), Q("3,26 tỷ đồng", 3260000000, "đồng"), Q("9,8%", 9.8, "%"),
 Q("1.082 hồ sơ", 1082, "hồ sơ"), Q("99,2%", 99.2, "%"), Q("640 hộ", 640, "hộ"), Q("2.460 phần quà Tết", 2460, "phần quà"),
 Q("khoảng 1,23 tỷ đồng", 1230000000, "đồng", "approx"), Q("560 triệu đồng", 560000000, "đồng"), Q("800 suất quà", 800, "suất quà"),
 Q("318 triệu đồng", 318000000, "đồng"), Q("3 vụ trộm cắp tài sản", 3, "vụ trộm cắp tài sản"), Q("2 vụ", 2, "vụ"),
 Q("15 trường hợp", 15, "trường hợp"), Q("100%", 100, "%"), Q("42 thanh niên", 42, "thanh niên"), Q("1,2 km", 1.2, "km"),
 Q("26 hội viên", 26, "hội viên"), Q("1,04 tỷ đồng", 1040000000, "đồng"), Q("trên 18%", 18, "%", "over")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Kế hoạch", "05", "KH-UBND", None, "UBND xã", "Kế hoạch 05, 06/KH-UBND"),
 D("Kế hoạch", "06", "KH-UBND", None, "UBND xã", "Kế hoạch 05, 06/KH-UBND")],
[prov("Vĩnh Long"), com("Giồng Trôm")],
["Trang thông tin điện tử xã Giồng Trôm - tỉnh Vĩnh Long", "Trang chủ › Tin tức › Hoạt động chính quyền", "Vì người nghèo",
 "không để hộ nào không có Tết", "Tết Nguyên đán Bính Ngọ 2026", "VNeID", "Lương Hòa", "Trung tâm Phục vụ hành chính công xã"],
["Thứ Năm, 05/02/2026 | 07:30", "tháng 1 năm 2026", "tháng 2", "tháng 12/2025", "năm 2026", "mức độ 2", "0 đồng", "ngày 12/2/2026",
 "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b8620-dongnai-ubndphuong-giaoban-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Tin tức › Thời sự › Chính quyền cơ sở
T4, 29/04/2026 - 11:05
Phường Bình Long: Thu ngân sách 4 tháng đạt 38,2% dự toán
Ngày 27/4, UBND phường Bình Long (tỉnh Đồng Nai) tổ chức hội nghị giao ban đánh giá tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2026, triển khai nhiệm vụ tháng 5. Bà Điểu Thị Hương, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì.
Quang cảnh hội nghị giao ban tháng 4 của UBND phường Bình Long.
Phường Bình Long được sắp xếp từ các phường An Lộc, Phú Thịnh, Phú Đức và xã Thanh Phú cũ, có 32 khu phố, ấp với khoảng 14.600 hộ; đồng bào S'tiêng, Khmer chiếm khoảng 6%. Theo báo cáo, 4 tháng đầu năm thu ngân sách đạt 28,5 tỷ đồng, bằng 38,2% dự toán tỉnh giao; riêng tháng 4 thu 6,9 tỷ đồng. Mùa điều năm nay nông dân thu hoạch 1.150 ha, năng suất ước 1,4 tấn/ha, giá hạt điều tươi 32.000 - 34.000 đồng/kg; diện tích cao su 2.640 ha đang trong thời kỳ nghỉ cạo.
Trung tâm Phục vụ hành chính công phường tiếp nhận 2.318 hồ sơ trong tháng, 100% giải quyết đúng hạn. Phường đã thu hút 4 dự án đầu tư mới với tổng vốn đăng ký 356 tỷ đồng; 21 doanh nghiệp thành lập mới. Thực hiện Nghị quyết số 01/NQ-CP ngày 8/1/2026 của Chính phủ, phường đã giải ngân 18,4 tỷ đồng vốn đầu tư công, đạt 31%.
Về văn hóa - xã hội, phường tổ chức các hoạt động kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4) và 140 năm Ngày Quốc tế Lao động; trao 120 suất quà cho công nhân khó khăn, mỗi suất 500.000 đồng. Ông Điểu Lên, người có uy tín sóc Bưng Mít, cho biết bà con đã hiến 850 m2 đất làm đường vào sóc. Bà Thị Bích, Chủ tịch Hội LHPN phường, đề nghị hỗ trợ 15 phụ nữ S'tiêng học nghề may.
Các đồng chí Phó Chủ tịch UBND phường Trần Quốc Bảo, Nguyễn Thị Lan Anh báo cáo tiến độ triển khai Chỉ thị 01, 02-CT/ĐU của Ban Thường vụ Đảng ủy phường về chỉnh trang đô thị và về phòng, chống cháy rừng, cháy vườn cao su. Theo Trưởng Công an phường Nguyễn Hữu Phước, tháng 4 xảy ra 4 vụ phạm pháp hình sự, giảm 2 vụ so với tháng trước; đã vận động người dân giao nộp 3 khẩu súng tự chế.
Ông Lê Văn Thuận, Bí thư Đảng ủy phường nhấn mạnh, phường phải "sát dân, hiểu dân, gần dân" trong giai đoạn đầu vận hành chính quyền đô thị. Kết luận, bà Điểu Thị Hương yêu cầu tháng 5 đẩy nhanh giải ngân vốn đầu tư công đạt trên 45%, chuẩn bị phương án phòng, chống thiên tai mùa mưa, hoàn thành chỉnh trang 12 tuyến đường nội ô.
Hoàng Lộc
Tin liên quan
- Đồng Nai: Giao ban trực tuyến kinh tế - xã hội với 95 xã, phường (24/04/2026)
- Phường An Lộc cũ - những dấu ấn lịch sử (20/04/2026)
- Xã Tân Hưng vào mùa thu hoạch điều (15/04/2026)
""", "2026-04-29", "Phường Bình Long: Thu ngân sách 4 tháng đạt 38,2% dự toán",
E("giao_ban", "2026-04", "2026-04-27"),
[P("Điểu Thị Hương", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Điểu Lên", "người có uy tín sóc Bưng Mít"),
 P("Thị Bích", "Chủ tịch Hội LHPN phường"),
 P("Trần Quốc Bảo", "Phó Chủ tịch UBND phường"),
 P("Nguyễn Thị Lan Anh", "Phó Chủ tịch UBND phường"),
 P("Nguyễn Hữu Phước", "Trưởng Công an phường"),
 P("Lê Văn Thuận", "Bí thư Đảng ủy phường")],
[Q("38,2%", 38.2, "%"), Q("32 khu phố, ấp", 32, "khu phố, ấp"), Q("khoảng 14.600 hộ", 14600, "hộ", "approx"),
 Q("khoảng 6%", 6, "%", "approx"), Q("28,5 tỷ đồng", 28500000000, "đồng"), Q("6,9 tỷ đồng", 6900000000, "đồng"),
 Q("1.150 ha", 1150, "ha"), Q("1,4 tấn/ha", 1.4, "tấn/ha"), Q("32.000 - 34.000 đồng/kg", 32000, "đồng"),
 Q("34.000 đồng/kg", 34000, "đồng"), Q("2.640 ha", 2640, "ha"), Q("2.318 hồ sơ", 2318, "hồ sơ"), Q("100%", 100, "%"),
 Q("4 dự án đầu tư mới", 4, "dự án đầu tư mới"), Q("356 tỷ đồng", 356000000000, "đồng"), Q("21 doanh nghiệp", 21, "doanh nghiệp"),
 Q("18,4 tỷ đồng", 18400000000, "đồng"), Q("31%", 31, "%"), Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("850 m2", 850, "m2"), Q("15 phụ nữ S'tiêng", 15, "phụ nữ S'tiêng"), Q("4 vụ phạm pháp hình sự", 4, "vụ phạm pháp hình sự"),
 Q("2 vụ", 2, "vụ"), Q("3 khẩu súng tự chế", 3, "khẩu súng tự chế"), Q("trên 45%", 45, "%", "over"),
 Q("12 tuyến đường nội ô", 12, "tuyến đường nội ô")],
[D("Nghị quyết", "01", "NQ-CP", "2026-01-08", "Chính phủ", "Nghị quyết số 01/NQ-CP ngày 8/1/2026"),
 D("Chỉ thị", "01", "CT/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Chỉ thị 01, 02-CT/ĐU"),
 D("Chỉ thị", "02", "CT/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Chỉ thị 01, 02-CT/ĐU")],
[prov("Đồng Nai"), com("Bình Long"), com("An Lộc"), com("Phú Thịnh"), com("Phú Đức"), com("Thanh Phú")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Tin tức › Thời sự › Chính quyền cơ sở", "Quang cảnh hội nghị giao ban tháng 4 của UBND phường Bình Long.",
 "Trung tâm Phục vụ hành chính công phường", "sát dân, hiểu dân, gần dân", "Bưng Mít",
 "Ngày Giải phóng miền Nam, thống nhất đất nước", "Ngày Quốc tế Lao động"],
["T4, 29/04/2026 - 11:05", "tháng 4", "4 tháng đầu năm 2026", "tháng 5", "51 năm", "140 năm", "30/4", "4 tháng"]))
