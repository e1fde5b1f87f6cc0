from lib import *
PAGES = []

PAGES.append(page("b6011-daklak-hnd-taphuan-2016", """
Báo Đắk Lắk điện tử
Trang chủ › Kinh tế › Nông nghiệp
Ngày 16/04/2016 | 09:15
Ảnh: Các học viên tham gia lớp tập huấn.
Tập huấn nghiệp vụ quản lý Quỹ Hỗ trợ nông dân cho 120 cán bộ Hội
Trong hai ngày 14 và 15/4/2016, Hội Nông dân tỉnh Đắk Lắk tổ chức lớp tập huấn nghiệp vụ quản lý, sử dụng Quỹ Hỗ trợ nông dân năm 2016 cho 120 cán bộ Hội là chủ tịch, phó chủ tịch Hội Nông dân các huyện, thị xã, thành phố và cán bộ phụ trách Quỹ cấp xã.
Đồng chí Y Khăm Niê, Ủy viên Ban Thường vụ, Phó Chủ tịch kiêm Giám đốc Quỹ Hỗ trợ nông dân tỉnh, khai mạc lớp học. Các học viên được nghe ông Lê Đình Quang, Phó Giám đốc Quỹ Hỗ trợ nông dân Trung ương, quán triệt Quyết định số 15/QĐ-HNDTW ngày 25/1/2016 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam ban hành quy định về quản lý và sử dụng Quỹ, cùng Thông tư số 69/2013/TT-BTC của Bộ Tài chính hướng dẫn chế độ quản lý tài chính đối với Quỹ.
Theo báo cáo, đến hết quý I năm 2016, tổng nguồn vốn Quỹ Hỗ trợ nông dân toàn tỉnh đạt 24,7 tỷ đồng, trong đó vốn ngân sách tỉnh ủy thác 10 tỷ đồng theo Quyết định 3150, 3151/QĐ-UBND của UBND tỉnh. Quỹ đang cho vay 83 dự án với 1.460 hộ, tập trung vào chăn nuôi bò, trồng cà phê tái canh và hồ tiêu. Tỷ lệ nợ quá hạn khoảng 1,2%, chủ yếu ở các huyện Ea Súp, Buôn Đôn.
Bà H'Zơ Byă, Chủ tịch Hội Nông dân xã Ea Tul, chia sẻ: xã có 14 tổ vay vốn Quỹ, mỗi tổ có từ 5 hộ trở lên; nhờ sinh hoạt tổ hằng tháng nên chưa có hộ nào nợ quá hạn. Ông Y Kông Adrơng, hội viên buôn Ea Tul, vay 30 triệu đồng trồng 1 ha cà phê tái canh, năm 2015 thu 3,5 tấn cà phê nhân.
Các học viên cũng được hướng dẫn lập dự án vay vốn, thẩm định và giám sát sau vay; thực hành nghiệp vụ trên 6 bộ hồ sơ mẫu. Báo cáo viên lưu ý mức cho vay mỗi hộ tối đa 50 triệu đồng, thời hạn không quá 36 tháng, tổ hợp tác được vay tối đa 300 triệu đồng.
Bế mạc lớp học, đồng chí Nguyễn Văn Tuấn, Phó Chủ tịch Thường trực Hội Nông dân tỉnh, yêu cầu mỗi huyện phấn đấu tăng Quỹ thêm không dưới 500 triệu đồng trong năm 2016, bảo đảm 100% dự án được kiểm tra định kỳ; đồng thời gắn Quỹ với phong trào nông dân thi đua sản xuất kinh doanh giỏi, nhân rộng 25 mô hình tiêu biểu đã được bình chọn năm 2015.
Trước đó, các đồng chí H'Ngăm Ê Ban, Y Phăm Ênuôl - Ủy viên Ban Chấp hành Hội Nông dân tỉnh trao giấy chứng nhận cho học viên hoàn thành khóa học.
Nguyễn Xuân
Tin liên quan
- Krông Pắc: Quỹ Hỗ trợ nông dân giúp 120 hộ thoát nghèo (04/04/2016)
- Hội Nông dân tỉnh ký kết phối hợp với Sở Nông nghiệp và PTNT (22/03/2016)
- Tôn vinh 50 nông dân sản xuất kinh doanh giỏi (12/03/2016)
""", "2016-04-16", "Tập huấn nghiệp vụ quản lý Quỹ Hỗ trợ nông dân cho 120 cán bộ Hội",
E("tap_huan", "2016", "2016-04-14"),
[P("Y Khăm Niê", "Ủy viên Ban Thường vụ", "Phó Chủ tịch kiêm Giám đốc Quỹ Hỗ trợ nông dân tỉnh"),
 P("Lê Đình Quang", "Phó Giám đốc Quỹ Hỗ trợ nông dân Trung ương"),
 P("H'Zơ Byă", "Chủ tịch Hội Nông dân xã Ea Tul"),
 P("Y Kông Adrơng", "hội viên buôn Ea Tul"),
 P("Nguyễn Văn Tuấn", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("H'Ngăm Ê Ban", "Ủy viên Ban Chấp hành Hội Nông dân tỉnh"),
 P("Y Phăm Ênuôl", "Ủy viên Ban Chấp hành Hội Nông dân tỉnh")],
[Q("120 cán bộ Hội", 120, "cán bộ Hội"), Q("24,7 tỷ đồng", 24700000000, "đồng"), Q("10 tỷ đồng", 10000000000, "đồng"),
 Q("83 dự án", 83, "dự án"), Q("1.460 hộ", 1460, "hộ"), Q("khoảng 1,2%", 1.2, "%", "approx"),
 Q("14 tổ vay vốn", 14, "tổ vay vốn"), Q("từ 5 hộ trở lên", 5, "hộ", "over"), Q("30 triệu đồng", 30000000, "đồng"), Q("1 ha", 1, "ha"),
 Q("3,5 tấn", 3.5, "tấn"), Q("6 bộ hồ sơ mẫu", 6, "bộ hồ sơ mẫu"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("tối đa 300 triệu đồng", 300000000, "đồng"), Q("không dưới 500 triệu đồng", 500000000, "đồng", "over"),
 Q("100%", 100, "%"), Q("25 mô hình tiêu biểu", 25, "mô hình tiêu biểu")],
[D("Quyết định", "15", "QĐ-HNDTW", "2016-01-25", "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Quyết định số 15/QĐ-HNDTW ngày 25/1/2016"),
 D("Thông tư", "69", "2013/TT-BTC", None, "Bộ Tài chính", "Thông tư số 69/2013/TT-BTC"),
 D("Quyết định", "3150", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 3150, 3151/QĐ-UBND"),
 D("Quyết định", "3151", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 3150, 3151/QĐ-UBND")],
[prov("Đắk Lắk"), com("Ea Tul")],
["Báo Đắk Lắk điện tử", "Trang chủ › Kinh tế › Nông nghiệp", "Ảnh: Các học viên tham gia lớp tập huấn."],
["Ngày 16/04/2016 | 09:15", "năm 2016", "quý I năm 2016", "năm 2015", "36 tháng"]))

PAGES.append(page("b6012-longan-hnd-giamsat-2018", """
BÁO LONG AN ONLINE
Chính trị - Xã hội / Mặt trận - Đoàn thể
Thứ Ba, 18/09/2018 - 14:45
Giám sát việc sử dụng vốn Quỹ Hỗ trợ nông dân tại Đức Hòa
Ngày 17/9/2018, Đoàn giám sát của Ban Thường vụ Hội Nông dân tỉnh Long An do đồng chí Võ Thị Kim Loan, Phó Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn, giám sát việc quản lý, sử dụng vốn Quỹ Hỗ trợ nông dân năm 2018 tại Hội Nông dân huyện Đức Hòa và 2 xã Hựu Thạnh, Đức Lập Thượng.
Đoàn giám sát làm việc tại xã Hựu Thạnh.
Cuộc giám sát thực hiện theo Kế hoạch số 86-KH/HNDT ngày 3/8/2018 của Ban Thường vụ Hội Nông dân tỉnh và Quyết định số 217-QĐi/TW của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Cùng đi có các đồng chí Huỳnh Văn Tư, Trưởng ban Kiểm tra Hội Nông dân tỉnh và Đặng Ngọc Thủy, Phó Chánh Văn phòng Hội Nông dân tỉnh.
Báo cáo của Hội Nông dân huyện Đức Hòa cho thấy, nguồn vốn Quỹ Hỗ trợ nông dân huyện đạt 3,84 tỷ đồng, gồm 1,5 tỷ đồng vốn tỉnh ủy thác, 1,1 tỷ đồng vốn ngân sách huyện và hơn 1,2 tỷ đồng do hội viên đóng góp. Quỹ đang cho vay 22 dự án với 176 hộ, chủ yếu trồng rau an toàn, nuôi bò thịt; có 48 hộ vay vốn là hội viên đạt danh hiệu nông dân sản xuất kinh doanh giỏi cấp huyện. Qua kiểm tra thực tế, đoàn ghi nhận 95% hộ sử dụng vốn đúng mục đích, còn 3 hộ sử dụng sai mục đích với số tiền 60 triệu đồng và 2 dự án chậm trả lãi.
Ông Nguyễn Văn Thanh, Tổ trưởng tổ hợp tác trồng rau ấp Bình Tả, xã Đức Lập Thượng, cho biết tổ có 12 thành viên được vay 240 triệu đồng, mỗi năm xuất bán khoảng 400 tấn rau cho các bếp ăn tập thể; thu nhập bình quân 180 triệu đồng/hộ/năm.
Đồng chí Lê Văn Ngàn, HUV, Chủ tịch Hội Nông dân huyện Đức Hòa, kiến nghị tỉnh bổ sung thêm 1 tỷ đồng vốn ủy thác và cho phép nâng mức vay tối đa lên 70 triệu đồng/hộ. Bà Trương Thị Bé Tư, Chủ tịch Hội Nông dân xã Hựu Thạnh, đề nghị có cơ chế thưởng cho chi hội thu hồi vốn tốt.
Kết luận buổi giám sát, đồng chí Võ Thị Kim Loan đề nghị Hội Nông dân huyện thu hồi ngay số vốn sử dụng sai mục đích; rà soát 100% dự án trước khi gia hạn; thực hiện nghiêm Hướng dẫn 12, 13-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh về bình xét hộ sản xuất kinh doanh giỏi và về quy trình cho vay Quỹ. Đoàn sẽ tổng hợp báo cáo Thường trực Tỉnh ủy theo Chỉ thị số 22-CT/TU.
Các đồng chí Ủy viên Ban Chấp hành Hội Nông dân tỉnh: Phan Văn Bảy, Nguyễn Thị Mỹ Hạnh cùng tham gia đoàn.
Hoài Thanh
Lượt xem: 642
Tin khác
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2018 (12/07/2018)
- Cần Giuộc: 30 hộ được vay vốn Quỹ Hỗ trợ nông dân (02/07/2018)
- Thạnh Hóa tập huấn trồng lúa chất lượng cao (25/06/2018)
""", "2018-09-18", "Giám sát việc sử dụng vốn Quỹ Hỗ trợ nông dân tại Đức Hòa",
E("giam_sat", "2018", "2018-09-17"),
[P("Võ Thị Kim Loan", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Huỳnh Văn Tư", "Trưởng ban Kiểm tra Hội Nông dân tỉnh"),
 P("Đặng Ngọc Thủy", "Phó Chánh Văn phòng Hội Nông dân tỉnh"),
 P("Nguyễn Văn Thanh", "Tổ trưởng tổ hợp tác trồng rau ấp Bình Tả"),
 P("Lê Văn Ngàn", "HUV", "Chủ tịch Hội Nông dân huyện Đức Hòa"),
 P("Trương Thị Bé Tư", "Chủ tịch Hội Nông dân xã Hựu Thạnh"),
 P("Phan Văn Bảy", "Ủy viên Ban Chấp hành Hội Nông dân tỉnh"),
 P("Nguyễn Thị Mỹ Hạnh", "Ủy viên Ban Chấp hành Hội Nông dân tỉnh")],
[Q("2 xã", 2, "xã"), Q("3,84 tỷ đồng", 3840000000, "đồng"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("1,1 tỷ đồng", 1100000000, "đồng"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("22 dự án", 22, "dự án"),
 Q("176 hộ", 176, "hộ"), Q("48 hộ", 48, "hộ"), Q("95%", 95, "%"), Q("3 hộ", 3, "hộ"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("2 dự án", 2, "dự án"), Q("12 thành viên", 12, "thành viên"), Q("240 triệu đồng", 240000000, "đồng"),
 Q("khoảng 400 tấn", 400, "tấn", "approx"), Q("180 triệu đồng", 180000000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("tối đa lên 70 triệu đồng", 70000000, "đồng"), Q("100%", 100, "%")],
[D("Kế hoạch", "86", "KH/HNDT", "2018-08-03", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 86-KH/HNDT ngày 3/8/2018"),
 D("Quyết định", "217", "QĐi/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐi/TW"),
 D("Hướng dẫn", "12", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn 12, 13-HD/HNDT"),
 D("Hướng dẫn", "13", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn 12, 13-HD/HNDT"),
 D("Chỉ thị", "22", "CT/TU", None, None, "Chỉ thị số 22-CT/TU")],
[prov("Long An"), com("Hựu Thạnh"), com("Đức Lập Thượng")],
["BÁO LONG AN ONLINE", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại xã Hựu Thạnh.", "Lượt xem: 642"],
["Thứ Ba, 18/09/2018 - 14:45", "năm 2018", "Lượt xem: 642"]))

PAGES.append(page("b6013-haiduong-doithoai-2019", """
Cổng thông tin điện tử tỉnh Hải Dương
You are here: Trang chủ > Tin tức - Sự kiện > Tin hoạt động
Cập nhật lúc 17:20 ngày 21/06/2019
Ảnh: Quang cảnh buổi đối thoại.
Chủ tịch UBND tỉnh đối thoại với nông dân năm 2019
Sáng 20/6/2019, UBND tỉnh Hải Dương phối hợp với Hội Nông dân tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2019, theo Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ về phối hợp giữa các bộ, ngành, UBND các cấp với Hội Nông dân Việt Nam. Đồng chí Trần Minh Khiêm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; đồng chí Phạm Thị Xuân, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh đồng chủ trì. Hội nghị có 210 đại biểu là hội viên nông dân sản xuất kinh doanh giỏi, chủ trang trại, giám đốc hợp tác xã.
Trước hội nghị, Hội Nông dân tỉnh đã tổng hợp 47 ý kiến, kiến nghị của nông dân ở 12 huyện, thị xã, thành phố, tập trung vào vốn vay, tích tụ ruộng đất, tiêu thụ nông sản và ô nhiễm môi trường nông thôn.
Ông Vũ Văn Bằng, Giám đốc Hợp tác xã rau an toàn xã Cẩm Văn, kiến nghị tỉnh tăng vốn ủy thác cho Quỹ Hỗ trợ nông dân, vì hiện mức vay 50 triệu đồng/hộ không đủ để đầu tư nhà lưới. Bà Đỗ Thị Thoa, chủ trang trại nuôi gà ở xã Hoàng Tân, nêu khó khăn khi thuê 3 ha đất làm trang trại do thủ tục kéo dài. Ông Nguyễn Hữu Nghị, nông dân sản xuất kinh doanh giỏi cấp Trung ương, đề nghị hỗ trợ xây dựng thương hiệu vải thiều Thanh Hà.
Trả lời các ý kiến, đồng chí Trần Minh Khiêm cho biết tỉnh đã ban hành Nghị quyết số 06/2018/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ tích tụ ruộng đất và Kế hoạch 25, 26/KH-UBND về phát triển hợp tác xã, liên kết tiêu thụ nông sản. UBND tỉnh đồng ý bổ sung 5 tỷ đồng vốn ngân sách cho Quỹ Hỗ trợ nông dân tỉnh trong năm 2019, nâng tổng nguồn vốn lên khoảng 38 tỷ đồng, và giao Sở Tài nguyên và Môi trường giải quyết dứt điểm thủ tục thuê đất trong 30 ngày.
Các đồng chí Giám đốc Sở: Lương Văn Thông (Sở Nông nghiệp và Phát triển nông thôn), Đinh Thị Lệ (Sở Công Thương) trả lời trực tiếp 18 kiến nghị thuộc lĩnh vực quản lý.
Theo Hội Nông dân tỉnh, năm 2018 toàn tỉnh có 96.815 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp, trong đó hơn 1.500 hộ có thu nhập từ 1 tỷ đồng trở lên. Quỹ Hỗ trợ nông dân các cấp đang cho 2.350 hộ vay, dư nợ 33,2 tỷ đồng.
Kết thúc hội nghị, đồng chí Phạm Thị Xuân cảm ơn lãnh đạo tỉnh và cam kết Hội sẽ giám sát việc thực hiện các ý kiến trả lời, báo cáo kết quả trước ngày 30/9/2019.
Thu Hương
Bài viết liên quan
- Hội Nông dân tỉnh tôn vinh 100 nông dân tiêu biểu (10/05/2019)
- Ninh Giang: hiệu quả Quỹ Hỗ trợ nông dân (22/04/2019)
- Đối thoại với nông dân năm 2018 (18/06/2018)
""", "2019-06-21", "Chủ tịch UBND tỉnh đối thoại với nông dân năm 2019",
E("doi_thoai", "2019", "2019-06-20"),
[P("Trần Minh Khiêm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Phạm Thị Xuân", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Vũ Văn Bằng", "Giám đốc Hợp tác xã rau an toàn xã Cẩm Văn"),
 P("Đỗ Thị Thoa", "chủ trang trại nuôi gà"),
 P("Nguyễn Hữu Nghị", "nông dân sản xuất kinh doanh giỏi cấp Trung ương"),
 P("Lương Văn Thông", "Giám đốc Sở"),
 P("Đinh Thị Lệ", "Giám đốc Sở")],
[Q("210 đại biểu", 210, "đại biểu"), Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"),
 Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố"), Q("50 triệu đồng", 50000000, "đồng"), Q("3 ha", 3, "ha"),
 Q("5 tỷ đồng", 5000000000, "đồng"), Q("khoảng 38 tỷ đồng", 38000000000, "đồng", "approx"), Q("18 kiến nghị", 18, "kiến nghị"),
 Q("96.815 hộ", 96815, "hộ"), Q("hơn 1.500 hộ", 1500, "hộ", "over"), Q("từ 1 tỷ đồng trở lên", 1000000000, "đồng", "over"),
 Q("2.350 hộ", 2350, "hộ"), Q("33,2 tỷ đồng", 33200000000, "đồng")],
[D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg"),
 D("Nghị quyết", "06", "2018/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 06/2018/NQ-HĐND"),
 D("Kế hoạch", "25", "KH-UBND", None, None, "Kế hoạch 25, 26/KH-UBND"),
 D("Kế hoạch", "26", "KH-UBND", None, None, "Kế hoạch 25, 26/KH-UBND")],
[prov("Hải Dương"), com("Cẩm Văn"), com("Hoàng Tân")],
["Cổng thông tin điện tử tỉnh Hải Dương", "You are here: Trang chủ > Tin tức - Sự kiện > Tin hoạt động", "Ảnh: Quang cảnh buổi đối thoại.",
 "Thanh Hà", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Công Thương"],
["Cập nhật lúc 17:20 ngày 21/06/2019", "năm 2019", "năm 2018", "30 ngày"]))

PAGES.append(page("b6014-binhdinh-hnd-baocao-quy-2019", """
HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH
Trang chủ | Văn bản - Báo cáo | Quỹ Hỗ trợ nông dân
08.01.2020 | 08:30
Kết quả hoạt động Quỹ Hỗ trợ nông dân tỉnh năm 2019
Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh Bình Định vừa có Báo cáo số 12-BC/QHTND ngày 6/1/2020 gửi Ban Thường vụ Hội Nông dân tỉnh về kết quả hoạt động Quỹ năm 2019 và phương hướng năm 2020.
Theo báo cáo, năm 2019 nguồn vốn Quỹ Hỗ trợ nông dân các cấp trong tỉnh đạt 41,6 tỷ đồng, tăng 4,3 tỷ đồng so với năm 2018; trong đó vốn Trung ương ủy thác 12 tỷ đồng, ngân sách tỉnh 15 tỷ đồng theo Quyết định số 4105/QĐ-UBND ngày 20/11/2018 của UBND tỉnh, ngân sách huyện 6,8 tỷ đồng, còn lại do hội viên và các tổ chức, cá nhân đóng góp. Trong năm, Quỹ giải ngân 148 dự án cho 2.105 hộ vay; dư nợ đến 31/12/2019 là 39,9 tỷ đồng, nợ quá hạn chiếm 0,35%.
Vốn Quỹ chủ yếu đầu tư vào chăn nuôi bò lai, heo, gà thả vườn, trồng keo, dừa xiêm và nuôi tôm ở 11 huyện, thị xã, thành phố. Nhiều tổ hợp tác sau khi vay vốn đã chuyển thành hợp tác xã; có 312 hộ vay vốn đạt danh hiệu nông dân sản xuất kinh doanh giỏi cấp tỉnh.
Báo cáo nêu một số mô hình hiệu quả: tổ hợp tác nuôi bò ở xã An Toàn, huyện An Lão do ông Đinh Văn Hới, Tổ trưởng tổ hợp tác, điều hành, gồm 15 hộ người Bana vay 450 triệu đồng; tổ hợp tác trồng dừa ở xã Cát Hanh do bà Nguyễn Thị Bích Thủy, Chi hội trưởng Chi hội nông dân thôn Hòa Hội, làm tổ trưởng, doanh thu hơn 2 tỷ đồng mỗi năm.
Hạn chế được chỉ ra là một số huyện chưa bố trí đủ vốn đối ứng theo Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy; việc kiểm tra sau vay ở cơ sở còn hình thức; cán bộ quản lý Quỹ cấp huyện phần lớn kiêm nhiệm.
Cũng trong năm, Hội Nông dân các cấp phối hợp mở 86 lớp tập huấn kỹ thuật cho 4.270 hộ vay vốn; tổ chức 9 đoàn kiểm tra của tỉnh tại 27 xã, phát hiện và yêu cầu khắc phục 14 trường hợp chậm trả lãi.
Năm 2020, Quỹ phấn đấu tăng trưởng nguồn vốn ít nhất 10%, đạt khoảng 46 tỷ đồng; giải ngân cho trên 2.300 hộ; 100% huyện có tổ hợp tác vay vốn gắn với chuỗi giá trị. Báo cáo được ký bởi đồng chí Trần Văn Lĩnh, Phó Chủ tịch Hội Nông dân tỉnh, Giám đốc Quỹ Hỗ trợ nông dân tỉnh, và gửi các đồng chí Phó Chủ tịch UBND tỉnh: Lê Hữu Tài, Phan Thị Kim Oanh để chỉ đạo.
Đồng chí Ngô Xuân Trường, Chủ tịch Hội Nông dân tỉnh, đề nghị các cấp Hội căn cứ Kế hoạch số 145-KH/HNDT triển khai báo cáo tới chi hội.
Văn phòng Hội Nông dân tỉnh
Lượt xem: 3.021
Các tin đã đưa
- Hội Nông dân Bình Định tổng kết năm 2019 (27/12/2019)
- Phù Cát: trao 500 triệu đồng vốn Quỹ cho hội viên (10/12/2019)
- Tuy Phước ra mắt hợp tác xã nông nghiệp (26/11/2019)
""", "2020-01-08", "Kết quả hoạt động Quỹ Hỗ trợ nông dân tỉnh năm 2019",
E("bao_cao", "2019", "2020-01-06"),
[P("Đinh Văn Hới", "Tổ trưởng tổ hợp tác"),
 P("Nguyễn Thị Bích Thủy", "Chi hội trưởng Chi hội nông dân thôn Hòa Hội"),
 P("Trần Văn Lĩnh", "Phó Chủ tịch Hội Nông dân tỉnh", "Giám đốc Quỹ Hỗ trợ nông dân tỉnh"),
 P("Lê Hữu Tài", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Thị Kim Oanh", "Phó Chủ tịch UBND tỉnh"),
 P("Ngô Xuân Trường", "Chủ tịch Hội Nông dân tỉnh")],
[Q("41,6 tỷ đồng", 41600000000, "đồng"), Q("4,3 tỷ đồng", 4300000000, "đồng"), Q("12 tỷ đồng", 12000000000, "đồng"),
 Q("15 tỷ đồng", 15000000000, "đồng"), Q("6,8 tỷ đồng", 6800000000, "đồng"), Q("148 dự án", 148, "dự án"),
 Q("2.105 hộ", 2105, "hộ"), Q("39,9 tỷ đồng", 39900000000, "đồng"), Q("0,35%", 0.35, "%"),
 Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("312 hộ", 312, "hộ"),
 Q("15 hộ người Bana", 15, "hộ người Bana"), Q("450 triệu đồng", 450000000, "đồng"),
 Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over"), Q("ít nhất 10%", 10, "%", "over"),
 Q("khoảng 46 tỷ đồng", 46000000000, "đồng", "approx"), Q("86 lớp tập huấn kỹ thuật", 86, "lớp tập huấn kỹ thuật"),
 Q("4.270 hộ", 4270, "hộ"), Q("9 đoàn kiểm tra", 9, "đoàn kiểm tra"), Q("27 xã", 27, "xã"), Q("14 trường hợp", 14, "trường hợp"), Q("trên 2.300 hộ", 2300, "hộ", "over"), Q("100%", 100, "%")],
[D("Báo cáo", "12", "BC/QHTND", "2020-01-06", "Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh Bình Định", "Báo cáo số 12-BC/QHTND ngày 6/1/2020"),
 D("Quyết định", "4105", "QĐ-UBND", "2018-11-20", "UBND tỉnh", "Quyết định số 4105/QĐ-UBND ngày 20/11/2018"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Kế hoạch", "145", "KH/HNDT", None, None, "Kế hoạch số 145-KH/HNDT")],
[prov("Bình Định"), com("An Toàn"), com("Cát Hanh")],
["HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH", "Trang chủ | Văn bản - Báo cáo | Quỹ Hỗ trợ nông dân", "Lượt xem: 3.021"],
["08.01.2020 | 08:30", "năm 2019", "năm 2020", "năm 2018", "31/12/2019", "Lượt xem: 3.021"]))

PAGES.append(page("b6015-caobang-nongdangioi-chandung-2020", """
Báo Cao Bằng điện tử
Kinh tế › Nông nghiệp - Nông thôn
30 tháng 10, 2020 | 15:40
Anh Nông Văn Thành (bên phải) giới thiệu đàn bò với cán bộ Hội Nông dân huyện.
Người nông dân Tày làm giàu trên đất dốc
Từ một hộ nghèo của xóm Nà Mạ, xã Đức Long, huyện Thạch An, anh Nông Văn Thành đã trở thành nông dân sản xuất kinh doanh giỏi cấp Trung ương giai đoạn 2017 - 2020, mỗi năm thu lãi hơn 400 triệu đồng từ chăn nuôi và trồng cây ăn quả.
Năm 2014, được Hội Nông dân xã giới thiệu vay 30 triệu đồng từ Quỹ Hỗ trợ nông dân tỉnh Cao Bằng, anh mua 3 con bò cái sinh sản. Anh kể: "Lúc đầu nhiều người bảo nuôi bò nhốt chuồng trên núi đá thì khó, nhưng tôi được cán bộ Hội tập huấn cách trồng cỏ, ủ thức ăn nên đàn bò lớn nhanh". Đến nay, trang trại của anh có 42 con bò, 150 con lợn và 3 ha cây hồng không hạt, lê, mận.
Anh Thành còn thành lập tổ hợp tác chăn nuôi với 11 thành viên là hội viên người Tày, Nùng trong xóm, bao tiêu đầu ra cho khoảng 200 con bò mỗi năm. Năm 2019, tổ được vay thêm 250 triệu đồng từ Quỹ Hỗ trợ nông dân Trung ương theo Quyết định số 23/QĐ-QHTND của Ban Điều hành Quỹ Hỗ trợ nông dân Trung ương. Anh thường xuyên giúp giống, hướng dẫn kỹ thuật cho các hộ khó khăn; riêng năm 2020 đã cho 8 hộ nghèo mượn bò giống, giúp 3 hộ thoát nghèo.
Ông Đàm Văn Chung, Chủ tịch Hội Nông dân xã Đức Long, cho biết: "Anh Thành là một trong 27 hộ nông dân sản xuất kinh doanh giỏi của xã. Từ mô hình của anh, xã đã nhân rộng ra 6 tổ hợp tác chăn nuôi bò". Theo bà Lục Thị Huyền, Phó Chủ tịch Hội Nông dân huyện Thạch An, toàn huyện hiện có 1.146 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp, chiếm 21% tổng số hộ nông dân.
Thực hiện Nghị quyết số 03-NQ/TU ngày 9/8/2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển chăn nuôi đại gia súc, Hội Nông dân tỉnh đã phối hợp hỗ trợ hơn 2.000 hộ vay vốn, tập huấn kỹ thuật. Ông Hoàng Đức Vinh, Phó Chủ tịch Hội Nông dân tỉnh, nhận xét mô hình của anh Thành là điển hình để các địa phương học tập trong phong trào "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững".
Tháng 10 vừa qua, anh Thành vinh dự là một trong 100 nông dân Việt Nam xuất sắc được Trung ương Hội Nông dân Việt Nam tôn vinh. Anh dự định mở rộng trang trại lên 60 con bò, xây dựng thương hiệu thịt bò Thạch An.
Hải Yến
Tin khác
- Hà Quảng: 25 hộ được vay vốn Quỹ Hỗ trợ nông dân (20/10/2020)
- Hội Nông dân tỉnh tổng kết 5 năm phong trào nông dân sản xuất kinh doanh giỏi (09/10/2020)
- Trùng Khánh phát triển hạt dẻ (28/09/2020)
""", "2020-10-30", "Người nông dân Tày làm giàu trên đất dốc",
E("khac", None, None),
[P("Nông Văn Thành", "nông dân sản xuất kinh doanh giỏi cấp Trung ương giai đoạn 2017 - 2020"),
 P("Đàm Văn Chung", "Chủ tịch Hội Nông dân xã Đức Long"),
 P("Lục Thị Huyền", "Phó Chủ tịch Hội Nông dân huyện Thạch An"),
 P("Hoàng Đức Vinh", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("hơn 400 triệu đồng", 400000000, "đồng", "over"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("3 con bò cái sinh sản", 3, "con bò cái sinh sản"), Q("42 con bò", 42, "con bò"), Q("150 con lợn", 150, "con lợn"),
 Q("3 ha", 3, "ha"), Q("11 thành viên", 11, "thành viên"), Q("khoảng 200 con bò", 200, "con bò", "approx"),
 Q("250 triệu đồng", 250000000, "đồng"), Q("8 hộ nghèo", 8, "hộ nghèo"), Q("3 hộ", 3, "hộ"),
 Q("27 hộ nông dân sản xuất kinh doanh giỏi", 27, "hộ nông dân sản xuất kinh doanh giỏi"),
 Q("6 tổ hợp tác chăn nuôi bò", 6, "tổ hợp tác chăn nuôi bò"), Q("1.146 hộ", 1146, "hộ"), Q("21%", 21, "%"),
 Q("hơn 2.000 hộ", 2000, "hộ", "over"), Q("100 nông dân Việt Nam xuất sắc", 100, "nông dân Việt Nam xuất sắc"),
 Q("60 con bò", 60, "con bò")],
[D("Quyết định", "23", "QĐ-QHTND", None, "Ban Điều hành Quỹ Hỗ trợ nông dân Trung ương", "Quyết định số 23/QĐ-QHTND"),
 D("Nghị quyết", "03", "NQ/TU", "2016-08-09", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU ngày 9/8/2016")],
[prov("Cao Bằng"), com("Đức Long")],
["Báo Cao Bằng điện tử", "Kinh tế › Nông nghiệp - Nông thôn",
 "Anh Nông Văn Thành (bên phải) giới thiệu đàn bò với cán bộ Hội Nông dân huyện.",
 "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững"],
["30 tháng 10, 2020 | 15:40", "giai đoạn 2017 - 2020", "Năm 2014", "Năm 2019", "năm 2020", "Tháng 10"]))

PAGES.append(page("b6016-kiengiang-hnd-tongket-2020", """
BÁO KIÊN GIANG ONLINE
Trang chủ - Chính trị - Đoàn thể
Thứ Sáu, 08/01/2021, 07:50
Toàn cảnh hội nghị tổng kết.
Kiên Giang: 48.600 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi
Ngày 7/1/2021, Ban Thường vụ Hội Nông dân tỉnh Kiên Giang tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2020, triển khai nhiệm vụ năm 2021. Dự hội nghị có đồng chí Danh Út, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Văn Phương, Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Trưởng ban Kinh tế Trung ương Hội.
Theo báo cáo, năm 2020 dù chịu ảnh hưởng của hạn mặn và dịch Covid-19, toàn tỉnh vẫn có 48.600 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp, vượt 8% chỉ tiêu; 215 hộ thoát nghèo nhờ vay vốn và được hội viên giúp đỡ. Hội kết nạp 3.120 hội viên mới, nâng tổng số hội viên lên 213.450 người.
Quỹ Hỗ trợ nông dân các cấp có tổng nguồn vốn 52,3 tỷ đồng, tăng 6,1 tỷ đồng so với năm 2019; cho vay 186 dự án với 2.480 hộ. Thực hiện Chỉ thị số 59-CT/HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam và Kế hoạch 215, 216-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh, các cấp Hội đã hướng dẫn thành lập 42 tổ hợp tác và 9 hợp tác xã kiểu mới, trong đó 41 mô hình cấp tỉnh được chọn làm điểm.
Hội nghị dành thời gian nghe tham luận. Ông Danh Sa Ra, Chủ tịch Hội Nông dân xã Vĩnh Phong, giới thiệu mô hình tôm - lúa của 65 hộ đồng bào Khmer; bà Thị Sa Phia, Chi hội trưởng Chi hội nông dân ấp Kinh 8, chia sẻ cách vận động hội viên góp 120 triệu đồng vào Quỹ Hỗ trợ nông dân xã. Ông Lê Văn Hoàng, chủ trang trại nuôi yến ở phường Vĩnh Hiệp, nói nhờ vay 70 triệu đồng từ Quỹ nay doanh thu khoảng 1,5 tỷ đồng mỗi năm.
Phát biểu chỉ đạo, đồng chí Danh Út đề nghị các cấp Hội tiếp tục thực hiện Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn; Kết luận số 61-KL/TW của Ban Bí thư; tham mưu cấp ủy sơ kết Chỉ thị số 18-CT/TU ngày 14/4/2017 của Ban Thường vụ Tỉnh ủy; năm 2021 tăng Quỹ thêm khoảng 5 tỷ đồng.
Đồng chí Nguyễn Văn Chí, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh, tiếp thu ý kiến và giao Ban Kinh tế - Xã hội và Văn phòng Hội Nông dân tỉnh xây dựng kế hoạch cụ thể. Dịp này, Trung ương Hội tặng Bằng khen cho 6 tập thể, 9 cá nhân; Hội Nông dân tỉnh tặng giấy khen cho 45 cá nhân xuất sắc. Các ông Danh Phương, Thạch Ngọc Hên, Lâm Văn Sang - hội viên nông dân sản xuất kinh doanh giỏi cấp Trung ương được biểu dương.
Kim Ngân
Tin cùng chuyên mục
- Tập huấn kỹ thuật trồng lúa cho 200 nông dân (05/01/2021)
- U Minh Thượng: trao 50 phần quà cho hội viên khó khăn (28/12/2020)
- Hội Nông dân tỉnh làm việc với Hòn Đất (22/12/2020)
""", "2021-01-08", "Kiên Giang: 48.600 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi",
E("tong_ket", "2020", "2021-01-07"),
[P("Danh Út", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Phương", "Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Trưởng ban Kinh tế Trung ương Hội"),
 P("Danh Sa Ra", "Chủ tịch Hội Nông dân xã Vĩnh Phong"),
 P("Thị Sa Phia", "Chi hội trưởng Chi hội nông dân ấp Kinh 8"),
 P("Lê Văn Hoàng", "chủ trang trại nuôi yến"),
 P("Nguyễn Văn Chí", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Danh Phương", "hội viên nông dân sản xuất kinh doanh giỏi cấp Trung ương"),
 P("Thạch Ngọc Hên", "hội viên nông dân sản xuất kinh doanh giỏi cấp Trung ương"),
 P("Lâm Văn Sang", "hội viên nông dân sản xuất kinh doanh giỏi cấp Trung ương")],
[Q("48.600 hộ", 48600, "hộ"), Q("8%", 8, "%"), Q("215 hộ", 215, "hộ"), Q("3.120 hội viên mới", 3120, "hội viên mới"),
 Q("213.450 người", 213450, "người"), Q("52,3 tỷ đồng", 52300000000, "đồng"), Q("6,1 tỷ đồng", 6100000000, "đồng"),
 Q("186 dự án", 186, "dự án"), Q("2.480 hộ", 2480, "hộ"), Q("42 tổ hợp tác", 42, "tổ hợp tác"),
 Q("9 hợp tác xã kiểu mới", 9, "hợp tác xã kiểu mới"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("65 hộ đồng bào Khmer", 65, "hộ đồng bào Khmer"), Q("120 triệu đồng", 120000000, "đồng"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("khoảng 5 tỷ đồng", 5000000000, "đồng", "approx"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc")],
[D("Chỉ thị", "59", "CT/HNDTW", None, "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Chỉ thị số 59-CT/HNDTW"),
 D("Kế hoạch", "215", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 215, 216-KH/HNDT"),
 D("Kế hoạch", "216", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 215, 216-KH/HNDT"),
 D("Nghị quyết", "26", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Chỉ thị", "18", "CT/TU", "2017-04-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 14/4/2017")],
[prov("Kiên Giang"), com("Vĩnh Phong"), com("Vĩnh Hiệp")],
["BÁO KIÊN GIANG ONLINE", "Trang chủ - Chính trị - Đoàn thể", "Toàn cảnh hội nghị tổng kết."],
["Thứ Sáu, 08/01/2021, 07:50", "năm 2020", "năm 2021", "năm 2019", "Covid-19"]))
