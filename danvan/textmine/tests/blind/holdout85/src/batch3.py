from lib import *
PAGES = []

PAGES.append(page("b2009-longan-hnd-giaoban-2021", """
HỘI NÔNG DÂN TỈNH LONG AN
Trang chủ | Tin tức | Hoạt động Hội | Văn bản
30 tháng 9, 2021 | 17:45
Ảnh: Các đại biểu dự giao ban tại điểm cầu tỉnh.
Giao ban Ban Thường vụ Hội Nông dân tỉnh quý III
Chiều 29/9, Ban Thường vụ Hội Nông dân tỉnh Long An tổ chức hội nghị giao ban trực tuyến quý III/2021 với Thường trực Hội Nông dân 15 huyện, thị xã, thành phố. Ông Phan Văn Tám, Phó Chủ tịch Thường trực Hội Nông dân tỉnh chủ trì; ông Nguyễn Hoàng Khải, Phó Trưởng Ban Dân vận Tỉnh ủy dự.
Báo cáo tại giao ban cho biết, trong quý III do ảnh hưởng dịch Covid-19, các cấp Hội đã vận động hội viên, nông dân ủng hộ hơn 12.500 tấn rau, củ, quả, gạo và 3,85 tỷ đồng tiền mặt cho Quỹ phòng, chống dịch; phối hợp tiêu thụ 1.860 tấn thanh long, chanh không hạt cho nông dân các huyện Châu Thành, Bến Lức. Quỹ Hỗ trợ nông dân toàn tỉnh hiện có 64,2 tỷ đồng; trong quý giải ngân thêm 5,6 tỷ đồng cho 142 hộ.
Dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội đạt 1.312,7 tỷ đồng, với 711 tổ tiết kiệm và vay vốn và 34.095 hộ còn dư nợ; nợ quá hạn chiếm 0,06%. Thực hiện Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ về chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch, Hội đã phối hợp rà soát, giới thiệu 416 hộ vay vốn để trả lương ngừng việc, phục hồi sản xuất. Lãi suất cho vay hộ nghèo được giảm 10%, còn 5,94%/năm trong 3 tháng cuối năm.
Tại giao ban, bà Nguyễn Thị Bé Ba, Chủ tịch Hội Nông dân xã Mỹ Quý Đông, huyện Đức Huệ, kiến nghị kéo dài thời gian khoanh nợ cho hội viên trồng khóm bị thiệt hại. Ông Trương Minh Nhựt, Chủ tịch Hội Nông dân huyện Cần Giuộc, cho biết 86% hội viên đã tiêm ít nhất 1 mũi vắc xin; Hội huyện đã trao 1.450 phần quà cho hộ nông dân khó khăn, mỗi phần trị giá 300 ngàn đồng.
Kết luận hội nghị, ông Phan Văn Tám yêu cầu quý IV/2021 các cấp Hội tập trung hỗ trợ hội viên khôi phục sản xuất, chuẩn bị vụ Đông Xuân; triển khai kế hoạch số 152-KH/HNDT ngày 15/9/2021 của Ban Thường vụ Hội Nông dân tỉnh về kiểm tra, giám sát việc sử dụng vốn vay; thực hiện Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 40-CT/TW. Ông Nguyễn Hoàng Khải đề nghị Hội nắm chắc tư tưởng nông dân, kịp thời phản ánh kiến nghị về giá vật tư nông nghiệp tăng cao.
Giao ban cũng thống nhất tổ chức Hội nghị biểu dương nông dân sản xuất kinh doanh giỏi trong tháng 10 nếu tình hình dịch bệnh cho phép, với khoảng 100 đại biểu.
Phòng Tổ chức - Kiểm tra
Xem thêm
- Hội Nông dân Tân Thạnh trao 200 phần quà (22/09/2021)
- Nông dân Long An chung tay chống dịch (10/09/2021)
- Tập huấn trồng thanh long VietGAP (12/08/2021)
""", "2021-09-30", "Giao ban Ban Thường vụ Hội Nông dân tỉnh quý III",
E("giao_ban", "2021-Q3", "2021-09-29"),
[P("Phan Văn Tám", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Nguyễn Hoàng Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bé Ba", "Chủ tịch Hội Nông dân xã Mỹ Quý Đông"),
 P("Trương Minh Nhựt", "Chủ tịch Hội Nông dân huyện Cần Giuộc")],
[Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("hơn 12.500 tấn", 12500, "tấn", "over"),
 Q("3,85 tỷ đồng", 3850000000, "đồng"), Q("1.860 tấn", 1860, "tấn"), Q("64,2 tỷ đồng", 64200000000, "đồng"),
 Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("142 hộ", 142, "hộ"), Q("1.312,7 tỷ đồng", 1312700000000, "đồng"),
 Q("711 tổ tiết kiệm và vay vốn", 711, "tổ tiết kiệm và vay vốn"), Q("34.095 hộ", 34095, "hộ"), Q("0,06%", 0.06, "%"),
 Q("416 hộ", 416, "hộ"), Q("10%", 10, "%"), Q("5,94%", 5.94, "%"), Q("86%", 86, "%"),
 Q("1.450 phần quà", 1450, "phần quà"), Q("300 ngàn đồng", 300000, "đồng"), Q("khoảng 100 đại biểu", 100, "đại biểu", "approx")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Kế hoạch", "152", "KH/HNDT", "2021-09-15", "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch số 152-KH/HNDT ngày 15/9/2021"),
 D("Kết luận", "06", "KL/TW", "2021-06-10", "Ban Bí thư", "Kết luận số 06-KL/TW ngày 10/6/2021"),
 D("Chỉ thị", "40", "CT/TW", None, None, "Chỉ thị số 40-CT/TW")],
[prov("Long An"), com("Mỹ Quý Đông")],
["HỘI NÔNG DÂN TỈNH LONG AN", "Trang chủ | Tin tức | Hoạt động Hội | Văn bản", "Ảnh: Các đại biểu dự giao ban tại điểm cầu tỉnh.",
 "Quỹ Hỗ trợ nông dân"],
["30 tháng 9, 2021 | 17:45", "quý III/2021", "quý III", "Covid-19", "3 tháng", "1 mũi", "quý IV/2021", "tháng 10"]))

PAGES.append(page("b2010-thainguyen-tinhdoan-doithoai-2022", """
Báo Thái Nguyên điện tử
Thời sự - Chính trị / Đoàn thể
24/03/2022 06:00
Bí thư Tỉnh ủy đối thoại với thanh niên về khởi nghiệp, việc làm
Đồng chí Hoàng Văn Tòng trả lời câu hỏi của đoàn viên, thanh niên.
Nhân kỷ niệm 91 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2022), chiều 23/3, Tỉnh Đoàn Thái Nguyên tổ chức Hội nghị đối thoại giữa đồng chí Bí thư Tỉnh ủy với đoàn viên, thanh niên năm 2022. Đồng chí Hoàng Văn Tòng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh đối thoại với gần 400 đoàn viên, thanh niên tại điểm cầu chính và 9 điểm cầu huyện, thành phố.
Trước hội nghị, Tỉnh Đoàn đã tiếp nhận 58 câu hỏi; tại hội nghị có 16 ý kiến được nêu trực tiếp, chủ yếu về vốn vay khởi nghiệp, đào tạo nghề, việc làm sau đại dịch Covid-19 và chuyển đổi số.
Anh Ma Văn Thuận, Giám đốc Hợp tác xã chè La Bằng, huyện Đại Từ, hỏi về khả năng nâng mức vay vốn cho hợp tác xã do thanh niên làm chủ. Trả lời, đồng chí Hoàng Văn Tòng cho biết theo Nghị định 74/2019/NĐ-CP của Chính phủ, mức vay tối đa từ Quỹ quốc gia về việc làm là 2 tỷ đồng/dự án đối với cơ sở sản xuất kinh doanh và 100 triệu đồng đối với người lao động; tỉnh đã ủy thác thêm 30 tỷ đồng ngân sách địa phương sang Ngân hàng Chính sách xã hội để cho vay giải quyết việc làm.
Chị Lâm Thị Thùy, đoàn viên xã Phúc Xuân, thành phố Thái Nguyên, người Sán Dìu, đề nghị hỗ trợ thanh niên quảng bá sản phẩm trên sàn thương mại điện tử. Chị Triệu Thị Sinh, Bí thư Đoàn xã Tân Long, huyện Đồng Hỷ, kiến nghị có chính sách giữ chân cán bộ Đoàn cơ sở có năng lực.
Báo cáo của Tỉnh Đoàn cho biết, năm 2021 các cấp bộ Đoàn quản lý 286 tổ tiết kiệm và vay vốn, dư nợ 503,8 tỷ đồng, với 11.027 hộ vay; 420 thanh niên được vay vốn tạo việc làm với tổng số tiền 29,6 tỷ đồng; Cuộc thi "Ý tưởng khởi nghiệp" thu hút 87 dự án. Toàn tỉnh có 38 mô hình kinh tế do thanh niên làm chủ đạt doanh thu trên 1 tỷ đồng/năm; tỷ lệ lao động trẻ qua đào tạo đạt 73,4%.
Kết luận hội nghị, đồng chí Hoàng Văn Tòng yêu cầu các sở, ngành tiếp thu, giải quyết các kiến nghị chính đáng của thanh niên; giao Ban Dân vận Tỉnh ủy, Tỉnh Đoàn theo dõi, đôn đốc. Đồng chí đề nghị tuổi trẻ Thái Nguyên thực hiện tốt Chương trình hành động số 21-CTr/TU của Tỉnh ủy về phát triển thanh niên giai đoạn 2021 - 2025, phát huy tinh thần "Đâu cần thanh niên có, việc gì khó có thanh niên".
Dịp này, đồng chí Dương Thị Hồng Nhung, Bí thư Tỉnh Đoàn, trao 20 suất học bổng "Thắp sáng ước mơ", mỗi suất 3 triệu đồng, cho sinh viên vượt khó. Dự hội nghị còn có các đồng chí Phó Bí thư Tỉnh Đoàn: Ma Thị Nguyệt, Dương Văn Hùng.
Hà Thanh
Tin cùng chuyên mục
- Ra mắt Câu lạc bộ thanh niên khởi nghiệp tỉnh (18/03/2022)
- Tỉnh Đoàn trao 100 suất quà cho thanh niên công nhân (20/01/2022)
- Tổng kết công tác Đoàn năm 2021 (28/12/2021)
""", "2022-03-24", "Bí thư Tỉnh ủy đối thoại với thanh niên về khởi nghiệp, việc làm",
E("doi_thoai", "2022", "2022-03-23"),
[P("Hoàng Văn Tòng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
 P("Ma Văn Thuận", "Giám đốc Hợp tác xã chè La Bằng"),
 P("Lâm Thị Thùy", "đoàn viên xã Phúc Xuân"),
 P("Triệu Thị Sinh", "Bí thư Đoàn xã Tân Long"),
 P("Dương Thị Hồng Nhung", "Bí thư Tỉnh Đoàn"),
 P("Ma Thị Nguyệt", "Phó Bí thư Tỉnh Đoàn"),
 P("Dương Văn Hùng", "Phó Bí thư Tỉnh Đoàn")],
[Q("gần 400 đoàn viên, thanh niên", 400, "đoàn viên, thanh niên", "approx"),
 Q("9 điểm cầu huyện, thành phố", 9, "điểm cầu huyện, thành phố"), Q("58 câu hỏi", 58, "câu hỏi"), Q("16 ý kiến", 16, "ý kiến"),
 Q("2 tỷ đồng", 2000000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"), Q("30 tỷ đồng", 30000000000, "đồng"),
 Q("286 tổ tiết kiệm và vay vốn", 286, "tổ tiết kiệm và vay vốn"), Q("503,8 tỷ đồng", 503800000000, "đồng"),
 Q("11.027 hộ", 11027, "hộ"), Q("420 thanh niên", 420, "thanh niên"), Q("29,6 tỷ đồng", 29600000000, "đồng"),
 Q("87 dự án", 87, "dự án"), Q("38 mô hình kinh tế", 38, "mô hình kinh tế"), Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"),
 Q("73,4%", 73.4, "%"), Q("20 suất học bổng", 20, "suất học bổng"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Nghị định", "74", "2019/NĐ-CP", None, "Chính phủ", "Nghị định 74/2019/NĐ-CP của Chính phủ"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU của Tỉnh ủy")],
[prov("Thái Nguyên"), com("Phúc Xuân"), com("Tân Long")],
["Báo Thái Nguyên điện tử", "Thời sự - Chính trị / Đoàn thể", "Đồng chí Hoàng Văn Tòng trả lời câu hỏi của đoàn viên, thanh niên.",
 "Quỹ quốc gia về việc làm", "Ý tưởng khởi nghiệp", "Đâu cần thanh niên có, việc gì khó có thanh niên", "Thắp sáng ước mơ"],
["24/03/2022 06:00", "91 năm", "26/3/1931 - 26/3/2022", "năm 2022", "Covid-19", "năm 2021", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b2011-vinhlong-hlhpn-giamsat-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG
Trang chủ » Tin hoạt động » Giám sát, phản biện xã hội
Thứ Sáu, 12/08/2022, 08:05
Giám sát thực hiện chính sách tín dụng đối với hộ nghèo tại Trà Ôn
Ngày 10/8/2022, Đoàn giám sát của Ban Thường vụ Hội LHPN tỉnh Vĩnh Long do bà Nguyễn Thị Quyên Thanh, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn, giám sát việc thực hiện chính sách tín dụng đối với hộ nghèo, hộ cận nghèo tại Phòng giao dịch Ngân hàng Chính sách xã hội huyện Trà Ôn theo chương trình giám sát năm 2022 của Hội.
Đoàn giám sát làm việc tại xã Thiện Mỹ.
Báo cáo của Phòng giao dịch cho thấy, đến 30/6/2022 tổng dư nợ trên địa bàn huyện đạt 468,25 tỷ đồng, tăng 7,3% so với cuối năm 2021, với 11.604 khách hàng còn dư nợ; trong đó dư nợ ủy thác qua Hội LHPN huyện 162,1 tỷ đồng, qua 98 tổ tiết kiệm và vay vốn. Thực hiện Nghị quyết 11/NQ-CP ngày 30/1/2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội, 6 tháng đầu năm Phòng giao dịch đã giải ngân 38,4 tỷ đồng cho 1.126 lượt khách hàng; riêng cho vay hỗ trợ tạo việc làm 12,76 tỷ đồng. Tỷ lệ nợ quá hạn chỉ 0,11%.
Đoàn trực tiếp giám sát tại xã Thiện Mỹ và xã Hựu Thành, kiểm tra sổ sách 6 tổ, gặp gỡ 24 hộ vay. Bà Thạch Thị Sa Ri, hội viên ấp Mỹ Hòa, xã Thiện Mỹ, người Khmer, cho biết năm 2020 được vay 40 triệu đồng nuôi bò, nay đã trả hết nợ gốc, đàn bò tăng lên 4 con. Bà Trần Thị Kim Cương, Tổ trưởng tổ tiết kiệm và vay vốn ấp Mỹ Thạnh, xã Hựu Thành, cho biết tổ viên gửi tiết kiệm đều đặn 100.000đ/tháng, số dư tiền gửi của tổ đạt 97,5 triệu đồng.
Qua giám sát, đoàn nhận thấy việc bình xét cho vay được thực hiện công khai, dân chủ, đúng đối tượng; vốn vay cơ bản được sử dụng đúng mục đích. Tuy nhiên, còn 3 tổ chưa họp bình xét định kỳ, một số hộ vay chưa ghi chép đầy đủ tiền lãi; 1/6 tổ được kiểm tra có tổ trưởng thu lãi nhưng chậm nộp.
Kết luận giám sát, bà Nguyễn Thị Quyên Thanh đề nghị Phòng giao dịch Ngân hàng Chính sách xã hội huyện và Hội LHPN huyện Trà Ôn tiếp tục thực hiện Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư và Quyết định số 217-QĐ/TW của Bộ Chính trị; tăng cường kiểm tra hoạt động tổ, xử lý dứt điểm trường hợp chậm nộp lãi. Bà Huỳnh Thị Ngọc Hân, Chủ tịch Hội LHPN huyện Trà Ôn, tiếp thu và cam kết khắc phục trước ngày 30/9/2022.
Tham gia đoàn có các bà Phó Chủ tịch Hội LHPN tỉnh: Lê Thị Cẩm Tú, Đặng Thị Ánh Tuyết, và ông Ngô Văn Bảy, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Vĩnh Long.
Ngọc Trâm
Lượt xem: 318
Tin khác
- Hội LHPN tỉnh trao 50 suất học bổng cho học sinh nghèo (05/08/2022)
- Phụ nữ Tam Bình tham gia mô hình tiết kiệm (28/07/2022)
- Sơ kết 6 tháng đầu năm 2022 (15/07/2022)
""", "2022-08-12", "Giám sát thực hiện chính sách tín dụng đối với hộ nghèo tại Trà Ôn",
E("giam_sat", "2022", "2022-08-10"),
[P("Nguyễn Thị Quyên Thanh", "Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sa Ri", "hội viên ấp Mỹ Hòa"),
 P("Trần Thị Kim Cương", "Tổ trưởng tổ tiết kiệm và vay vốn ấp Mỹ Thạnh"),
 P("Huỳnh Thị Ngọc Hân", "Chủ tịch Hội LHPN huyện Trà Ôn"),
 P("Lê Thị Cẩm Tú", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đặng Thị Ánh Tuyết", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Ngô Văn Bảy", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Vĩnh Long")],
[Q("468,25 tỷ đồng", 468250000000, "đồng"), Q("7,3%", 7.3, "%"), Q("11.604 khách hàng", 11604, "khách hàng"),
 Q("162,1 tỷ đồng", 162100000000, "đồng"), Q("98 tổ tiết kiệm và vay vốn", 98, "tổ tiết kiệm và vay vốn"),
 Q("38,4 tỷ đồng", 38400000000, "đồng"), Q("1.126 lượt khách hàng", 1126, "lượt khách hàng"),
 Q("12,76 tỷ đồng", 12760000000, "đồng"), Q("0,11%", 0.11, "%"), Q("6 tổ", 6, "tổ"), Q("24 hộ vay", 24, "hộ"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("4 con", 4, "con"), Q("100.000đ", 100000, "đồng"),
 Q("97,5 triệu đồng", 97500000, "đồng"), Q("3 tổ", 3, "tổ"), Q("1/6 tổ", 1, "tổ")],
[D("Nghị quyết", "11", "NQ-CP", "2022-01-30", "Chính phủ", "Nghị quyết 11/NQ-CP ngày 30/1/2022"),
 D("Kết luận", "06", "KL/TW", "2021-06-10", "Ban Bí thư", "Kết luận số 06-KL/TW ngày 10/6/2021"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị")],
[prov("Vĩnh Long"), com("Thiện Mỹ"), com("Hựu Thành")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG", "Trang chủ » Tin hoạt động » Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Thiện Mỹ.", "Lượt xem: 318"],
["Thứ Sáu, 12/08/2022, 08:05", "năm 2022", "30/6/2022", "năm 2021", "6 tháng đầu năm", "năm 2020", "30/9/2022", "Lượt xem: 318"]))

PAGES.append(page("b2012-sonla-hnd-daihoi-2023", """
Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Chính trị › Đoàn thể
Cập nhật: 14:10, 28/09/2023 (GMT+7)
Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023 - 2028
Ngày 27/9, Hội Nông dân tỉnh Sơn La tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028. Dự đại hội có đồng chí Lò Văn Chiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Cầm Thị Ơn, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam cùng 280 đại biểu chính thức đại diện cho hơn 186.000 hội viên nông dân các dân tộc trong tỉnh.
Các đại biểu biểu quyết thông qua chương trình đại hội.
Nhiệm kỳ 2018 - 2023, các cấp Hội đã vận động, hỗ trợ nông dân chuyển đổi hơn 85.000 ha đất dốc trồng ngô, sắn sang cây ăn quả; toàn tỉnh có 52.310 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân các cấp đạt 58,6 tỷ đồng, tăng 21,4 tỷ đồng so với đầu nhiệm kỳ, cho 4.215 lượt hộ vay. Dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội đạt 1.845,9 tỷ đồng, chiếm 33,8% dư nợ toàn chi nhánh, với 1.127 tổ tiết kiệm và vay vốn. Hội đã thành lập 312 tổ hợp tác và 64 hợp tác xã; tổng giá trị xoài, nhãn, mận xuất khẩu của nông dân đạt trên 1.200 tỷ đồng mỗi năm.
Đại hội nghe tham luận của ông Quàng Văn Pún, Chủ tịch Hội Nông dân xã Chiềng Sơn, huyện Mộc Châu, về mô hình liên kết trồng chanh leo với doanh nghiệp; bà Lường Thị Bun, Giám đốc Hợp tác xã nông nghiệp Tà Xùa, huyện Bắc Yên, về trồng chè Shan tuyết và làm du lịch cộng đồng của đồng bào Mông; ông Tòng Văn Dậu, nông dân bản Hụm, xã Chiềng Khoa, chia sẻ cách vay 100 triệu đồng từ Quỹ Hỗ trợ nông dân để nuôi 3.000 con gà đen.
Phát biểu chỉ đạo, đồng chí Lò Văn Chiến đề nghị Hội tiếp tục thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn, Kết luận 61-KL/TW của Ban Bí thư và Chỉ thị số 15-CT/TU, 16-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu mỗi năm tăng Quỹ Hỗ trợ nông dân ít nhất 5%, giảm 3 - 4% số hộ nghèo.
Đại hội đã bầu Ban Chấp hành Hội Nông dân tỉnh khóa X gồm 35 ủy viên, bầu Ban Thường vụ gồm 9 đồng chí. Đồng chí Lò Thị Hoan được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân tỉnh khóa X; các đồng chí Cầm Văn Tươi, Vì Thị Thu được bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh. Đại hội cũng bầu 32 đại biểu dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII.
Đại hội thông qua Nghị quyết với 12 chỉ tiêu chủ yếu, trong đó đến năm 2028 có 60% hộ hội viên đăng ký danh hiệu sản xuất, kinh doanh giỏi và Quỹ Hỗ trợ nông dân đạt 80 tỷ đồng. Dịp này, Trung ương Hội Nông dân Việt Nam tặng cờ thi đua cho Hội Nông dân tỉnh và bằng khen cho 6 tập thể, 9 cá nhân.
Quàng Hương
Tin liên quan
- Mộc Châu: nông dân thu 200 tỷ đồng từ chanh leo (20/09/2023)
- Đại hội Hội Nông dân huyện Thuận Châu (05/08/2023)
- Hội Nông dân tỉnh giám sát Quỹ Hỗ trợ nông dân (20/07/2023)
""", "2023-09-28", "Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023 - 2028",
E("dai_hoi", None, "2023-09-27"),
[P("Lò Văn Chiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cầm Thị Ơn", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Quàng Văn Pún", "Chủ tịch Hội Nông dân xã Chiềng Sơn"),
 P("Lường Thị Bun", "Giám đốc Hợp tác xã nông nghiệp Tà Xùa"),
 P("Tòng Văn Dậu", "nông dân bản Hụm"),
 P("Lò Thị Hoan", "Chủ tịch Hội Nông dân tỉnh khóa X"),
 P("Cầm Văn Tươi", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Vì Thị Thu", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("280 đại biểu chính thức", 280, "đại biểu chính thức"), Q("hơn 186.000 hội viên nông dân", 186000, "hội viên nông dân", "over"),
 Q("hơn 85.000 ha", 85000, "ha", "over"), Q("52.310 hộ", 52310, "hộ"), Q("58,6 tỷ đồng", 58600000000, "đồng"),
 Q("21,4 tỷ đồng", 21400000000, "đồng"), Q("4.215 lượt hộ", 4215, "lượt hộ"), Q("1.845,9 tỷ đồng", 1845900000000, "đồng"),
 Q("33,8%", 33.8, "%"), Q("1.127 tổ tiết kiệm và vay vốn", 1127, "tổ tiết kiệm và vay vốn"), Q("312 tổ hợp tác", 312, "tổ hợp tác"),
 Q("64 hợp tác xã", 64, "hợp tác xã"), Q("trên 1.200 tỷ đồng", 1200000000000, "đồng", "over"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("3.000 con gà đen", 3000, "con gà đen"), Q("5%", 5, "%"),
 Q("3 - 4%", 3, "%"), Q("4%", 4, "%"), Q("35 ủy viên", 35, "ủy viên"), Q("9 đồng chí", 9, "đồng chí"),
 Q("32 đại biểu", 32, "đại biểu"), Q("12 chỉ tiêu chủ yếu", 12, "chỉ tiêu chủ yếu"), Q("60%", 60, "%"),
 Q("80 tỷ đồng", 80000000000, "đồng"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW của Ban Bí thư"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU, 16-CT/TU")],
[prov("Sơn La"), com("Chiềng Sơn"), com("Chiềng Khoa")],
["Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Chính trị › Đoàn thể",
 "Các đại biểu biểu quyết thông qua chương trình đại hội.", "Quỹ Hỗ trợ nông dân"],
["Cập nhật: 14:10, 28/09/2023 (GMT+7)", "lần thứ X", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "khóa X",
 "lần thứ VIII", "năm 2028", "9 đồng chí"]))

PAGES.append(page("b2013-binhdinh-hlhpn-tongket-2023", """
Hội Liên hiệp Phụ nữ tỉnh Bình Định
Trang chủ / Tin tức / Hoạt động các cấp Hội
29-12-2023 09:40
Phụ nữ Bình Định nhận đỡ đầu 1.352 trẻ em mồ côi
Sáng 28/12, Ban Chấp hành Hội LHPN tỉnh Bình Định tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2023, triển khai nhiệm vụ năm 2024. Bà Nguyễn Thị Mỹ Lệ, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; bà Đinh Thị Sơ, Phó Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu chỉ đạo.
Toàn cảnh hội nghị. Ảnh: Ngọc Nhi
Năm 2023, các cấp Hội tiếp tục triển khai Chương trình "Mẹ đỡ đầu" theo Kế hoạch số 45/KH-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; đến nay đã nhận đỡ đầu 1.352 trẻ em mồ côi, trong đó 214 em mồ côi do dịch Covid-19, với mức hỗ trợ từ 300.000 đến 500.000 đồng/tháng/em. Tổng kinh phí vận động cho chương trình trong năm là 5,68 tỷ đồng. Hội còn trao 986 suất học bổng "Tiếp bước cho em đến trường" trị giá 1,48 tỷ đồng.
Về hỗ trợ phụ nữ phát triển kinh tế, dư nợ ủy thác của Ngân hàng Chính sách xã hội qua Hội đạt 2.016,3 tỷ đồng, tăng 118,7 tỷ đồng so với năm 2022, chiếm 35,1% dư nợ toàn chi nhánh, qua 1.140 tổ tiết kiệm và vay vốn với 48.912 khách hàng; nợ quá hạn 0,04%. Các cấp Hội duy trì 2.318 tổ, nhóm tiết kiệm, số dư tiết kiệm 24,7 tỷ đồng. Hội hỗ trợ thành lập mới 9 hợp tác xã và 31 tổ hợp tác do phụ nữ quản lý, điều hành; 26 sản phẩm của phụ nữ đạt chuẩn OCOP 3 sao trở lên.
Tại hội nghị, bà Đinh Thị Hoa, Chủ tịch Hội LHPN xã An Toàn, huyện An Lão, người Ba Na, chia sẻ việc vận động chị em đi sinh con tại trạm y tế, xóa bỏ tập tục lạc hậu; bà Bùi Thị Dân, Chủ tịch Hội LHPN phường Nhơn Hưng, thị xã An Nhơn, giới thiệu mô hình "Tổ phụ nữ tiết kiệm 5.000 đồng mỗi ngày" đã giúp 65 chị vay không lãi. Bà Đinh Thị Bay, Chi hội trưởng Chi hội phụ nữ làng Kon Trú, xã Vĩnh Kim, huyện Vĩnh Thạnh, cho biết chi hội có 47 hội viên, đã trồng 6 ha mì, 4 ha keo từ vốn vay 300 triệu đồng.
Bà Đinh Thị Sơ biểu dương kết quả nổi bật của Hội, đề nghị năm 2024 các cấp Hội tập trung thực hiện Kết luận số 06-KL/TW của Ban Bí thư, Nghị quyết số 10-NQ/TU ngày 2/11/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nguồn nhân lực, chuẩn bị tốt đại hội phụ nữ cơ sở nhiệm kỳ 2026 - 2031. Bà Nguyễn Thị Mỹ Lệ cho biết Hội phấn đấu năm 2024 tăng dư nợ ủy thác thêm 6%, giúp 1.000 hộ phụ nữ nghèo thoát nghèo, nhận đỡ đầu thêm 200 trẻ em.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Cờ thi đua xuất sắc cho Hội LHPN tỉnh; UBND tỉnh tặng bằng khen cho 8 tập thể, 15 cá nhân. Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Võ Thị Thu Thủy, Lê Thị Kim Hoàng trao giấy khen cho 20 chi hội tiêu biểu.
Ngọc Nhi
Lượt truy cập: 1.502.114
Tin liên quan
- Hội LHPN tỉnh trao 100 suất quà cho trẻ em mồ côi (20/12/2023)
- Phụ nữ Hoài Nhơn làm chủ 3 hợp tác xã (11/12/2023)
- Tọa đàm "Phụ nữ khởi nghiệp" năm 2023 (24/11/2023)
""", "2023-12-29", "Phụ nữ Bình Định nhận đỡ đầu 1.352 trẻ em mồ côi",
E("tong_ket", "2023", "2023-12-28"),
[P("Nguyễn Thị Mỹ Lệ", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Sơ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Hoa", "Chủ tịch Hội LHPN xã An Toàn"),
 P("Bùi Thị Dân", "Chủ tịch Hội LHPN phường Nhơn Hưng"),
 P("Đinh Thị Bay", "Chi hội trưởng Chi hội phụ nữ làng Kon Trú"),
 P("Võ Thị Thu Thủy", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Kim Hoàng", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("1.352 trẻ em mồ côi", 1352, "trẻ em mồ côi"), Q("214 em", 214, "em"), Q("300.000", 300000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("5,68 tỷ đồng", 5680000000, "đồng"), Q("986 suất học bổng", 986, "suất học bổng"),
 Q("1,48 tỷ đồng", 1480000000, "đồng"), Q("2.016,3 tỷ đồng", 2016300000000, "đồng"), Q("118,7 tỷ đồng", 118700000000, "đồng"),
 Q("35,1%", 35.1, "%"), Q("1.140 tổ tiết kiệm và vay vốn", 1140, "tổ tiết kiệm và vay vốn"),
 Q("48.912 khách hàng", 48912, "khách hàng"), Q("0,04%", 0.04, "%"), Q("2.318 tổ, nhóm tiết kiệm", 2318, "tổ, nhóm tiết kiệm"),
 Q("24,7 tỷ đồng", 24700000000, "đồng"), Q("9 hợp tác xã", 9, "hợp tác xã"), Q("31 tổ hợp tác", 31, "tổ hợp tác"),
 Q("26 sản phẩm", 26, "sản phẩm"), Q("65 chị", 65, "chị"), Q("47 hội viên", 47, "hội viên"), Q("6 ha", 6, "ha"),
 Q("4 ha", 4, "ha"), Q("300 triệu đồng", 300000000, "đồng"), Q("6%", 6, "%"), Q("1.000 hộ phụ nữ nghèo", 1000, "hộ phụ nữ nghèo"),
 Q("200 trẻ em", 200, "trẻ em"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("20 chi hội tiêu biểu", 20, "chi hội tiêu biểu")],
[D("Kế hoạch", "45", "KH-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Kế hoạch số 45/KH-ĐCT"),
 D("Kết luận", "06", "KL/TW", None, "Ban Bí thư", "Kết luận số 06-KL/TW của Ban Bí thư"),
 D("Nghị quyết", "10", "NQ/TU", "2021-11-02", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 2/11/2021")],
[prov("Bình Định"), com("An Toàn"), com("Nhơn Hưng"), com("Vĩnh Kim")],
["Hội Liên hiệp Phụ nữ tỉnh Bình Định", "Trang chủ / Tin tức / Hoạt động các cấp Hội", "Toàn cảnh hội nghị. Ảnh: Ngọc Nhi",
 "Mẹ đỡ đầu", "Tiếp bước cho em đến trường", "Tổ phụ nữ tiết kiệm 5.000 đồng mỗi ngày", "Lượt truy cập: 1.502.114"],
["29-12-2023 09:40", "năm 2023", "năm 2024", "Covid-19", "năm 2022", "3 sao", "5.000 đồng mỗi ngày", "nhiệm kỳ 2026 - 2031",
 "Lượt truy cập: 1.502.114"]))

PAGES.append(page("b2014-ninhthuan-tinhdoan-soket-2024", """
TỈNH ĐOÀN NINH THUẬN
Hôm nay: Thứ Bảy, 13/07/2024
Trang chủ › Tin tức › Hoạt động Đoàn
12/07/2024 | 15:30
Đồng chí Đàng Thị Mỹ Hạnh phát biểu tại hội nghị. Ảnh: Thanh Tùng
Tuổi trẻ Ninh Thuận giúp 386 thanh niên vay vốn lập nghiệp
Chiều 11/7, Ban Thường vụ Tỉnh Đoàn Ninh Thuận tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2024, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm. Đồng chí Đàng Thị Mỹ Hạnh, Tỉnh ủy viên, Bí thư Tỉnh Đoàn chủ trì.
6 tháng qua, các cấp bộ Đoàn phối hợp với Ngân hàng Chính sách xã hội giúp 386 thanh niên vay vốn lập nghiệp, tạo việc làm với tổng số tiền 21,95 tỷ đồng; dư nợ ủy thác qua Đoàn đạt 412,8 tỷ đồng với 164 tổ tiết kiệm và vay vốn, 9.875 hộ vay, tỷ lệ nợ quá hạn 0,02%. Tỉnh Đoàn tiếp tục thực hiện Đề án "Hỗ trợ thanh niên khởi nghiệp" theo Quyết định số 1206/QĐ-UBND ngày 20/10/2022 của UBND tỉnh, cấp 12 khoản vay không lãi, mỗi khoản 30 triệu đồng, cho các dự án nông nghiệp công nghệ cao của thanh niên người Chăm, Raglai.
Công tác xây dựng Đoàn được chú trọng: kết nạp 1.642 đoàn viên mới, giới thiệu 538 đoàn viên ưu tú cho Đảng, trong đó 312 đoàn viên được kết nạp Đảng. Các cơ sở Đoàn tổ chức 45 lớp dạy tiếng Chăm, tiếng Raglai hè cho 1.170 em thiếu nhi; trao 250 suất học bổng "Nâng bước em đến trường" trị giá 375 triệu đồng và 120 suất quà Trung thu sớm cho thiếu nhi vùng cao.
Tại hội nghị, chị Pinăng Thị Hoa, Bí thư Đoàn xã Phước Hà, huyện Thuận Nam, cho biết từ khoản vay 50 triệu đồng, nhóm 5 thanh niên Raglai đã trồng 2,5 ha măng tây xanh, thu nhập mỗi người khoảng 7 triệu đồng/tháng. Anh Thiên Sanh Hậu, Phó Bí thư Đoàn xã Phước Nam, người Chăm, kể việc thành lập tổ hợp tác nuôi dê, cừu với 14 thành viên. Chị Katơr Thị Nương, Bí thư Chi đoàn thôn Ma Trai, xã Phước Bình, đề nghị tăng số lớp tập huấn kỹ năng số cho thanh niên vùng cao.
Đồng chí Đàng Thị Mỹ Hạnh yêu cầu 6 tháng cuối năm các cấp bộ Đoàn thực hiện tốt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Chỉ thị số 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy; chuẩn bị Đại hội Hội Liên hiệp thanh niên Việt Nam tỉnh lần thứ VIII; phấn đấu hết năm 2024 có thêm 400 thanh niên được vay vốn, 100% cơ sở Đoàn xã có ít nhất 1 mô hình kinh tế.
Các đồng chí Phó Bí thư Tỉnh Đoàn: Quảng Thị Ngọc, Chamaléa Thị Hồng báo cáo kết quả 6 tháng và chương trình công tác quý III/2024.
Thanh Tùng
Tin khác
- Tỉnh Đoàn ra quân Chiến dịch Thanh niên tình nguyện hè 2024 (05/06/2024)
- Trao 50 suất học bổng cho thiếu nhi Raglai (01/06/2024)
- Thanh niên Bác Ái trồng 2.000 cây xanh (20/05/2024)
""", "2024-07-12", "Tuổi trẻ Ninh Thuận giúp 386 thanh niên vay vốn lập nghiệp",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Đàng Thị Mỹ Hạnh", "Tỉnh ủy viên", "Bí thư Tỉnh Đoàn"),
 P("Pinăng Thị Hoa", "Bí thư Đoàn xã Phước Hà"),
 P("Thiên Sanh Hậu", "Phó Bí thư Đoàn xã Phước Nam"),
 P("Katơr Thị Nương", "Bí thư Chi đoàn thôn Ma Trai"),
 P("Quảng Thị Ngọc", "Phó Bí thư Tỉnh Đoàn"),
 P("Chamaléa Thị Hồng", "Phó Bí thư Tỉnh Đoàn")],
[Q("386 thanh niên", 386, "thanh niên"), Q("21,95 tỷ đồng", 21950000000, "đồng"), Q("412,8 tỷ đồng", 412800000000, "đồng"),
 Q("164 tổ tiết kiệm và vay vốn", 164, "tổ tiết kiệm và vay vốn"), Q("9.875 hộ", 9875, "hộ"), Q("0,02%", 0.02, "%"),
 Q("12 khoản vay không lãi", 12, "khoản vay không lãi"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("1.642 đoàn viên mới", 1642, "đoàn viên mới"), Q("538 đoàn viên ưu tú", 538, "đoàn viên ưu tú"), Q("312 đoàn viên", 312, "đoàn viên"),
 Q("45 lớp dạy tiếng Chăm, tiếng Raglai hè", 45, "lớp dạy tiếng Chăm, tiếng Raglai hè"), Q("1.170 em thiếu nhi", 1170, "em thiếu nhi"),
 Q("250 suất học bổng", 250, "suất học bổng"), Q("375 triệu đồng", 375000000, "đồng"), Q("120 suất quà", 120, "suất quà"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("5 thanh niên Raglai", 5, "thanh niên Raglai"), Q("2,5 ha", 2.5, "ha"),
 Q("khoảng 7 triệu đồng", 7000000, "đồng", "approx"), Q("14 thành viên", 14, "thành viên"),
 Q("400 thanh niên", 400, "thanh niên"), Q("100%", 100, "%")],
[D("Quyết định", "1206", "QĐ-UBND", "2022-10-20", "UBND tỉnh", "Quyết định số 1206/QĐ-UBND ngày 20/10/2022"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08, 09-CT/TU")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Nam"), com("Phước Bình")],
["TỈNH ĐOÀN NINH THUẬN", "Trang chủ › Tin tức › Hoạt động Đoàn", "Đồng chí Đàng Thị Mỹ Hạnh phát biểu tại hội nghị. Ảnh: Thanh Tùng",
 "Hỗ trợ thanh niên khởi nghiệp", "Nâng bước em đến trường"],
["Hôm nay: Thứ Bảy, 13/07/2024", "12/07/2024 | 15:30", "6 tháng đầu năm 2024", "6 tháng cuối năm", "lần thứ VIII", "năm 2024",
 "1 mô hình", "6 tháng", "quý III/2024"]))
