from lib import *
PAGES = []

PAGES.append(page("b8609-bacgiang-ubndxa-giaoban-2021", """
BÁO BẮC GIANG
Thời sự | Phòng chống dịch Covid-19 | Cơ sở
30 tháng 5, 2021 | 17:45
Quang Châu vừa chống dịch, vừa thu hoạch vải sớm
BGĐT - Ngày 28/5, UBND xã Quang Châu (Việt Yên, Bắc Giang) tổ chức giao ban trực tuyến với 8 thôn đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội tháng 5/2021 và bàn giải pháp phòng, chống dịch Covid-19. Dự có đồng chí Hoàng Văn Quý, HUV, Phó Chủ tịch UBND huyện Việt Yên.
Lực lượng chức năng xã Quang Châu phun khử khuẩn tại khu nhà trọ công nhân.
Quang Châu là địa bàn có Khu công nghiệp Quang Châu với khoảng 23.000 công nhân, trong đó hơn 9.000 người thuê trọ trong xã. Theo báo cáo, từ ngày 7/5 đến nay xã đã lập 14 chốt kiểm soát, phối hợp lấy 3.250 mẫu xét nghiệm; cách ly tập trung 312 trường hợp F1 và theo dõi tại nhà 1.046 trường hợp F2. Thực hiện Công điện số 12/CĐ-UBND của UBND tỉnh, xã đã yêu cầu 100% nhà trọ lập danh sách người thuê, tạm dừng 11 cơ sở kinh doanh dịch vụ không thiết yếu.
Bí thư Đảng ủy xã Quang Châu Nguyễn Văn Thái cho biết, Ủy ban MTTQ xã đã tiếp nhận 386 triệu đồng và 28 tấn hàng hóa ủng hộ; trao 1.200 suất quà, mỗi suất trị giá 300.000 đồng cho công nhân lưu trú gặp khó khăn. Các đoàn thể thành lập 6 tổ "Đi chợ hộ" phục vụ 640 hộ ở vùng phong tỏa.
Về sản xuất, vải thiều sớm có 260 ha, sản lượng dự kiến khoảng 1.800 tấn; đến nay đã tiêu thụ được 420 tấn, giá bình quân 25.000 đồng/kg. Xã đã cấp 155 giấy đi đường cho thương nhân và phương tiện thu mua. Thu ngân sách 5 tháng ước đạt 12,4 tỷ đồng, bằng 45,9% dự toán; chi đầu tư xây dựng 2 trường học 7,8 tỷ đồng. Toàn xã hiện có 34 hộ nghèo, 61 hộ cận nghèo; tỷ lệ tham gia bảo hiểm y tế đạt 93,4%.
Trưởng Trạm Y tế xã Dương Thị Lụa đề nghị bổ sung 20 nhân viên y tế hỗ trợ lấy mẫu. Các Phó Chủ tịch UBND xã: Thân Văn Huy, Nguyễn Thị Hồng Nhung báo cáo tiến độ giải ngân gói hỗ trợ theo Nghị quyết số 42/NQ-CP của Chính phủ cho 75 lao động tự do và tình hình chuẩn bị bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp, nhiệm kỳ 2021 - 2026 đã hoàn thành với tỷ lệ cử tri đi bầu 99,8%.
Phát biểu kết luận, Chủ tịch UBND xã Đỗ Đức Hạnh yêu cầu thực hiện nghiêm Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ tại 3 thôn đang phong tỏa, "chống dịch như chống giặc" nhưng không để vải thiều bị ùn ứ. Đồng chí Hoàng Văn Quý đề nghị xã phối hợp các doanh nghiệp trong khu công nghiệp thực hiện phương án "3 tại chỗ", bảo đảm an toàn cho công nhân.
Thu Hương
Tin liên quan
- Việt Yên: 4 xã, thị trấn thực hiện giãn cách xã hội (25/05/2021)
- Nông dân Lục Ngạn thu hoạch vải sớm (22/05/2021)
- Quang Châu hoàn thành bầu cử sớm tại 2 khu vực bỏ phiếu (23/05/2021)
""", "2021-05-30", "Quang Châu vừa chống dịch, vừa thu hoạch vải sớm",
E("giao_ban", "2021-05", "2021-05-28"),
[P("Hoàng Văn Quý", "HUV", "Phó Chủ tịch UBND huyện Việt Yên"),
 P("Nguyễn Văn Thái", "Bí thư Đảng ủy xã Quang Châu"),
 P("Dương Thị Lụa", "Trưởng Trạm Y tế xã"),
 P("Thân Văn Huy", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch UBND xã"),
 P("Đỗ Đức Hạnh", "Chủ tịch UBND xã")],
[Q("8 thôn", 8, "thôn"), Q("khoảng 23.000 công nhân", 23000, "công nhân", "approx"), Q("hơn 9.000 người", 9000, "người", "over"),
 Q("14 chốt kiểm soát", 14, "chốt kiểm soát"), Q("3.250 mẫu xét nghiệm", 3250, "mẫu xét nghiệm"), Q("312 trường hợp F1", 312, "trường hợp F1"),
 Q("1.046 trường hợp F2", 1046, "trường hợp F2"), Q("100%", 100, "%"),
 Q("11 cơ sở kinh doanh dịch vụ không thiết yếu", 11, "cơ sở kinh doanh dịch vụ không thiết yếu"),
 Q("386 triệu đồng", 386000000, "đồng"), Q("28 tấn", 28, "tấn"), Q("1.200 suất quà", 1200, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("6 tổ", 6, "tổ"), Q("640 hộ", 640, "hộ"), Q("260 ha", 260, "ha"),
 Q("khoảng 1.800 tấn", 1800, "tấn", "approx"), Q("420 tấn", 420, "tấn"), Q("25.000 đồng/kg", 25000, "đồng"),
 Q("155 giấy đi đường", 155, "giấy đi đường"), Q("12,4 tỷ đồng", 12400000000, "đồng"), Q("45,9%", 45.9, "%"),
 Q("2 trường học", 2, "trường học"), Q("7,8 tỷ đồng", 7800000000, "đồng"), Q("34 hộ nghèo", 34, "hộ nghèo"), Q("61 hộ cận nghèo", 61, "hộ cận nghèo"), Q("93,4%", 93.4, "%"), Q("20 nhân viên y tế", 20, "nhân viên y tế"),
 Q("75 lao động tự do", 75, "lao động tự do"), Q("99,8%", 99.8, "%"), Q("3 thôn", 3, "thôn")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020")],
[prov("Bắc Giang"), com("Quang Châu")],
["BÁO BẮC GIANG", "Thời sự | Phòng chống dịch Covid-19 | Cơ sở", "BGĐT",
 "Lực lượng chức năng xã Quang Châu phun khử khuẩn tại khu nhà trọ công nhân.", "Đi chợ hộ", "chống dịch như chống giặc",
 "3 tại chỗ", "Khu công nghiệp Quang Châu"],
["30 tháng 5, 2021 | 17:45", "tháng 5/2021", "ngày 7/5", "5 tháng", "khóa XV", "nhiệm kỳ 2021 - 2026", "3 tại chỗ",
 "Công điện số 12/CĐ-UBND"]))

PAGES.append(page("b8610-tiengiang-bdv-giaoban-2021", """
BAN DÂN VẬN TỈNH ỦY TIỀN GIANG
Tin tức - Sự kiện :: Dân vận chính quyền
2021-11-26 16:40
Tân Hương: Phục hồi sản xuất, chăm lo người dân sau dịch
Ngày 25/11/2021, UBND xã Tân Hương, huyện Châu Thành, tỉnh Tiền Giang tổ chức họp giao ban thường kỳ đánh giá tình hình kinh tế - xã hội tháng 11 và triển khai nhiệm vụ tháng 12 năm 2021. Ông Lê Văn Nhân, Chủ tịch UBND xã chủ trì; Bí thư Đảng ủy xã Huỳnh Thị Thanh Thảo dự và chỉ đạo.
Theo báo cáo, thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ về thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19, xã được đánh giá ở cấp độ 2. Đến ngày 24/11, tỷ lệ người từ 18 tuổi trở lên tiêm đủ 2 mũi vắc xin đạt 91,5%; trên địa bàn còn 46 ca F0 điều trị tại nhà, 3 ca chuyển viện.
Các doanh nghiệp trong Khu công nghiệp Tân Hương đã hoạt động trở lại với khoảng 18.000 lao động. Nông dân tập trung chăm sóc 320 ha cây ăn trái, xuống giống 410 ha lúa vụ Thu Đông muộn; giá mít Thái hiện 12.000 đồng/kg, tăng gấp đôi so với tháng trước.
Thực hiện Nghị quyết số 68/NQ-CP của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ, xã đã chi hỗ trợ cho 1.236 lao động tự do với số tiền 1,85 tỷ đồng; 214 lao động tạm hoãn hợp đồng lao động được nhận 1,07 tỷ đồng. Ủy ban MTTQ xã cùng các đoàn thể trao 850 phần quà cho hộ khó khăn do dịch, mỗi phần trị giá 350.000 đồng; tiếp nhận 12 tấn gạo do các nhà hảo tâm ủng hộ.
Thu ngân sách 11 tháng đạt 6,32 tỷ đồng, bằng 88,5% dự toán. Xã đang hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới nâng cao với 15/19 tiêu chí đã đạt.
Bà Nguyễn Thị Bé Ba, Chủ tịch Hội LHPN xã cho biết, Hội đã vận động 37 hội viên khó khăn vay 740 triệu đồng để khôi phục sản xuất. Ông Võ Văn Mười, Trưởng ấp Tân Phú, kiến nghị xã kiểm tra 5 hộ lấn chiếm hành lang kênh. Theo Trưởng Công an xã Đặng Quốc Việt, trong tháng xảy ra 4 vụ trộm cắp, đã xử lý 6 đối tượng; lập biên bản 9 trường hợp không đeo khẩu trang nơi công cộng.
Phát biểu chỉ đạo, đồng chí Huỳnh Thị Thanh Thảo đề nghị chính quyền tiếp tục thực hiện tốt Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; tháng 12 tổ chức đối thoại với doanh nghiệp, người lao động; chuẩn bị các điều kiện tổ chức Tết Nguyên đán Nhâm Dần 2022 an toàn, chăm lo cho 168 hộ nghèo, hộ cận nghèo.
Kết luận, ông Lê Văn Nhân yêu cầu phấn đấu đến cuối năm tiêm đủ 2 mũi cho trên 95% người dân, thu ngân sách đạt 100% dự toán.
Minh Thư
Tin khác
- Châu Thành: Dân vận chính quyền trong phòng, chống dịch (18/11/2021)
- Xã Long Định ra mắt mô hình "Dân vận khéo" hỗ trợ F0 (10/11/2021)
- Hội thi "Dân vận khéo" huyện Cái Bè (02/11/2021)
""", "2021-11-26", "Tân Hương: Phục hồi sản xuất, chăm lo người dân sau dịch",
E("giao_ban", "2021-11", "2021-11-25"),
[P("Lê Văn Nhân", "Chủ tịch UBND xã"),
 P("Huỳnh Thị Thanh Thảo", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Bé Ba", "Chủ tịch Hội LHPN xã"),
 P("Võ Văn Mười", "Trưởng ấp Tân Phú"),
 P("Đặng Quốc Việt", "Trưởng Công an xã")],
[Q("91,5%", 91.5, "%"), Q("46 ca F0", 46, "ca F0"), Q("3 ca", 3, "ca"), Q("khoảng 18.000 lao động", 18000, "lao động", "approx"),
 Q("320 ha", 320, "ha"), Q("410 ha", 410, "ha"), Q("12.000 đồng/kg", 12000, "đồng"),
 Q("1.236 lao động tự do", 1236, "lao động tự do"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("214 lao động", 214, "lao động"),
 Q("1,07 tỷ đồng", 1070000000, "đồng"), Q("850 phần quà", 850, "phần quà"), Q("350.000 đồng", 350000, "đồng"),
 Q("12 tấn", 12, "tấn"), Q("6,32 tỷ đồng", 6320000000, "đồng"), Q("88,5%", 88.5, "%"), Q("15/19 tiêu chí", 15, "tiêu chí"),
 Q("37 hội viên khó khăn", 37, "hội viên khó khăn"), Q("740 triệu đồng", 740000000, "đồng"), Q("5 hộ", 5, "hộ"),
 Q("4 vụ trộm cắp", 4, "vụ trộm cắp"), Q("6 đối tượng", 6, "đối tượng"), Q("9 trường hợp", 9, "trường hợp"),
 Q("168 hộ nghèo, hộ cận nghèo", 168, "hộ nghèo, hộ cận nghèo"), Q("trên 95%", 95, "%", "over"), Q("100%", 100, "%")],
[D("Nghị quyết", "128", "NQ-CP", "2021-10-11", "Chính phủ", "Nghị quyết số 128/NQ-CP ngày 11/10/2021"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Tiền Giang"), com("Tân Hương")],
["BAN DÂN VẬN TỈNH ỦY TIỀN GIANG", "Tin tức - Sự kiện :: Dân vận chính quyền", "Khu công nghiệp Tân Hương", "Tết Nguyên đán Nhâm Dần 2022"],
["2021-11-26 16:40", "tháng 11", "tháng 12 năm 2021", "cấp độ 2", "ngày 24/11", "18 tuổi", "2 mũi", "11 tháng", "tháng 12"]))

PAGES.append(page("b8611-quangnam-ubndxa-giaoban-2022", """
Báo Quảng Nam Online
Chính trị › Địa phương › Núi Thành
Thứ Sáu, 29/07/2022, 08:05
Toàn cảnh cuộc họp. Ảnh: N.Đ
Tam Xuân 1 giao ban tháng 7: Thu ngân sách 7 tháng đạt 64%
(QNO) - Chiều 27/7, UBND xã Tam Xuân 1 (Núi Thành, Quảng Nam) họp giao ban thường kỳ đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội tháng 7/2022, triển khai nhiệm vụ tháng 8. Ông Trần Công Lĩnh - Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì.
Theo báo cáo, vụ hè thu 2022 toàn xã gieo sạ 680 ha lúa, đến nay đã thu hoạch 240 ha, năng suất ước 58 tạ/ha. Diện tích rừng trồng keo 1.200 ha, trong tháng khai thác 85 ha, sản lượng khoảng 8.500 tấn gỗ nguyên liệu; giá keo 1,15 triệu đồng/tấn. Xã có 3 sản phẩm OCOP đạt 3 sao, trong đó sản phẩm nước mắm Tam Xuân được nâng hạng.
Thu ngân sách tháng 7 đạt 410 triệu đồng, lũy kế 7 tháng 2,88 tỷ đồng, bằng 64% dự toán. Nguồn vốn xây dựng nông thôn mới nâng cao năm 2022 là 3,5 tỷ đồng, đã giải ngân 1,26 tỷ đồng, đạt 36%. Dự án đường ven biển qua xã còn 19 hộ chưa bàn giao mặt bằng với diện tích khoảng 2,4 ha.
Về chính sách, xã đã chi trả hỗ trợ tiền thuê nhà cho 185 người lao động theo Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022 của Thủ tướng Chính phủ, tổng số tiền 92,5 triệu đồng; Ngân hàng Chính sách xã hội giải ngân 2,1 tỷ đồng cho 52 hộ vay theo Nghị quyết số 11/NQ-CP của Chính phủ. Nhân kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ, xã trao 326 suất quà cho gia đình người có công, tổng trị giá 163 triệu đồng, và khởi công 2 nhà tình nghĩa.
Bà Nguyễn Thị Kim Oanh, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam xã, thông tin qua tiếp xúc, nhân dân thôn Khương Thạnh phản ánh 2 cơ sở chế biến hải sản gây ô nhiễm; Mặt trận đã tổng hợp 14 ý kiến gửi UBND xã. Ông Phạm Văn Hường, Phó Chủ tịch UBND xã phụ trách kinh tế cho biết, Hợp tác xã nông nghiệp Tam Xuân 1 đang học tập Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về kinh tế tập thể để xây dựng phương án liên kết tiêu thụ lúa giống với 150 hộ.
Chỉ huy trưởng Ban Chỉ huy Quân sự xã Lê Văn Tín báo cáo đã tổ chức huấn luyện cho 48 dân quân, chuẩn bị lực lượng ứng phó mùa mưa bão với 3 phương án sơ tán 420 hộ vùng trũng.
Kết luận, ông Trần Công Lĩnh yêu cầu các thôn tháng 8 hoàn thành thu hoạch lúa hè thu, đẩy nhanh bàn giao mặt bằng, phấn đấu giải ngân vốn đầu tư trên 60% và chuẩn bị khai giảng năm học 2022 - 2023.
Ngọc Đức
Tin cùng chuyên mục
- Núi Thành: Sơ kết 6 tháng công tác dân vận chính quyền (20/07/2022)
- Tam Anh Nam ra mắt mô hình "Dân vận khéo" (12/07/2022)
- Núi Thành trao 1.500 suất quà tri ân người có công (25/07/2022)
""", "2022-07-29", "Tam Xuân 1 giao ban tháng 7: Thu ngân sách 7 tháng đạt 64%",
E("giao_ban", "2022-07", "2022-07-27"),
[P("Trần Công Lĩnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Thị Kim Oanh", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phạm Văn Hường", "Phó Chủ tịch UBND xã phụ trách kinh tế"),
 P("Lê Văn Tín", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã")],
[Q("64%", 64, "%"), Q("680 ha", 680, "ha"), Q("240 ha", 240, "ha"), Q("58 tạ/ha", 58, "tạ/ha"), Q("1.200 ha", 1200, "ha"),
 Q("85 ha", 85, "ha"), Q("khoảng 8.500 tấn", 8500, "tấn", "approx"), Q("1,15 triệu đồng/tấn", 1150000, "đồng"),
 Q("3 sản phẩm OCOP", 3, "sản phẩm OCOP"), Q("410 triệu đồng", 410000000, "đồng"), Q("2,88 tỷ đồng", 2880000000, "đồng"),
 Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("36%", 36, "%"), Q("19 hộ", 19, "hộ"),
 Q("khoảng 2,4 ha", 2.4, "ha", "approx"), Q("185 người lao động", 185, "người lao động"), Q("92,5 triệu đồng", 92500000, "đồng"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("52 hộ", 52, "hộ"), Q("326 suất quà", 326, "suất quà"), Q("163 triệu đồng", 163000000, "đồng"),
 Q("2 nhà tình nghĩa", 2, "nhà tình nghĩa"), Q("2 cơ sở chế biến hải sản", 2, "cơ sở chế biến hải sản"), Q("14 ý kiến", 14, "ý kiến"),
 Q("150 hộ", 150, "hộ"), Q("48 dân quân", 48, "dân quân"), Q("3 phương án", 3, "phương án"), Q("420 hộ", 420, "hộ"),
 Q("trên 60%", 60, "%", "over")],
[D("Quyết định", "08", "2022/QĐ-TTg", "2022-03-28", "Thủ tướng Chính phủ", "Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022"),
 D("Nghị quyết", "11", "NQ-CP", None, "Chính phủ", "Nghị quyết số 11/NQ-CP"),
 D("Nghị quyết", "20", "NQ/TW", "2022-06-16", "Hội nghị Trung ương 5", "Nghị quyết số 20-NQ/TW ngày 16/6/2022")],
[prov("Quảng Nam"), com("Tam Xuân 1")],
["Báo Quảng Nam Online", "Chính trị › Địa phương › Núi Thành", "Toàn cảnh cuộc họp. Ảnh: N.Đ", "(QNO)", "Khương Thạnh",
 "Hợp tác xã nông nghiệp Tam Xuân 1"],
["Thứ Sáu, 29/07/2022, 08:05", "tháng 7/2022", "tháng 8", "7 tháng", "3 sao", "75 năm", "năm học 2022 - 2023", "khóa XIII",
 "Hội nghị Trung ương 5"]))

PAGES.append(page("b8612-hagiang-ubndxa-giaoban-2022", """
BÁO HÀ GIANG ĐIỆN TỬ
Vị trí: Trang chủ > Kinh tế > Cơ sở
Thứ 2, 31/10/2022 | 10:30
Lũng Cú đón hơn 26.500 lượt khách trong 10 tháng
BHG - Ngày 28/10, UBND xã Lũng Cú (Đồng Văn) tổ chức hội nghị giao ban kinh tế - xã hội tháng 10 năm 2022. Đồng chí Sùng Mí Vừ, Bí thư Đảng ủy, Chủ tịch HĐND xã dự; đồng chí Vàng Chúa Lử, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì. Dự hội nghị có Thiếu tá Lù Văn Dũng, Chính trị viên Đồn Biên phòng Lũng Cú và 9 trưởng thôn.
Đồng chí Vàng Chúa Lử kết luận hội nghị giao ban.
Lũng Cú là xã biên giới địa đầu Tổ quốc của tỉnh Hà Giang, có 9 thôn với 1.726 hộ, 98% là đồng bào Mông và Lô Lô. Theo báo cáo, mùa hoa tam giác mạch năm nay xã trồng 45 ha, thu hút khách đến Cột cờ Lũng Cú; tháng 10 đón 4.800 lượt khách, nâng tổng số 10 tháng lên hơn 26.500 lượt khách, doanh thu dịch vụ ước đạt 5,2 tỷ đồng. Xã hiện có 17 hộ làm homestay, tăng 5 hộ so với năm 2021.
Về sản xuất, vụ mùa thu hoạch 520 ha ngô, năng suất 26 tạ/ha; tổng đàn bò vàng 1.650 con, đàn dê 2.140 con. Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, xã được phân bổ 6,74 tỷ đồng để làm 4 tuyến đường bê tông, hỗ trợ 38 căn nhà ở cho hộ nghèo, mỗi căn 40 triệu đồng; đến nay đã khởi công 22 căn. Trong tháng, Trạm Y tế xã khám bệnh cho 512 lượt người; Ngân hàng Chính sách xã hội giải ngân 850 triệu đồng cho 19 hộ vay vốn nuôi bò vỗ béo.
Thu ngân sách 10 tháng đạt 394 triệu đồng, bằng 86% dự toán. Tỷ lệ hộ nghèo theo chuẩn mới còn 61,3%, hộ cận nghèo 14,8%. Bà Giàng Thị Dính, Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội, cho biết năm học 2022 - 2023 xã có 1.436 học sinh, tỷ lệ trẻ từ 6 - 14 tuổi đến trường đạt 99,3%; đã vận động 8 cặp tảo hôn tự nguyện tách ra, 4 hộ từ bỏ hủ tục làm ma kéo dài.
Thiếu tá Lù Văn Dũng thông tin, Đồn Biên phòng đã phối hợp tuần tra 36 lượt bảo vệ 17 cột mốc, không để xảy ra xuất nhập cảnh trái phép; duy trì mô hình "Mỗi hộ dân là một cột mốc sống". Ông Thào Mí Sính, Trưởng thôn Lô Lô Chải, người có uy tín, đề nghị xã hỗ trợ thôn bảo tồn nhà trình tường và tổ chức lớp dạy thêu cho 30 phụ nữ.
Kết luận, đồng chí Vàng Chúa Lử yêu cầu các thôn tháng 11 chuẩn bị thu hoạch tam giác mạch, trồng 60 ha cải dầu vụ đông, hoàn thành 38 căn nhà trước Tết Nguyên đán; tiếp tục thực hiện Nghị quyết số 02-NQ/ĐU của Đảng ủy xã về phát triển du lịch cộng đồng. Đồng chí Sùng Mí Vừ đề nghị cán bộ "3 bám, 4 cùng" với dân.
Giàng Dương
Tin liên quan
- Đồng Văn: Giao ban công tác dân vận quý III (05/10/2022)
- Lũng Táo tổ chức Ngày hội văn hóa dân tộc Lô Lô (02/10/2022)
- Hà Giang: Hỗ trợ 3.000 căn nhà cho hộ nghèo năm 2022 (20/09/2022)
""", "2022-10-31", "Lũng Cú đón hơn 26.500 lượt khách trong 10 tháng",
E("giao_ban", "2022-10", "2022-10-28"),
[P("Sùng Mí Vừ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vàng Chúa Lử", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lù Văn Dũng", "Thiếu tá", "Chính trị viên Đồn Biên phòng Lũng Cú"),
 P("Giàng Thị Dính", "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội"),
 P("Thào Mí Sính", "Trưởng thôn Lô Lô Chải", "người có uy tín")],
[Q("hơn 26.500 lượt khách", 26500, "lượt khách", "over"), Q("9 trưởng thôn", 9, "trưởng thôn"), Q("9 thôn", 9, "thôn"),
 Q("1.726 hộ", 1726, "hộ"), Q("98%", 98, "%"), Q("45 ha", 45, "ha"), Q("4.800 lượt khách", 4800, "lượt khách"),
 Q("5,2 tỷ đồng", 5200000000, "đồng"), Q("17 hộ", 17, "hộ"), Q("5 hộ", 5, "hộ"), Q("520 ha", 520, "ha"), Q("26 tạ/ha", 26, "tạ/ha"),
 Q("1.650 con", 1650, "con"), Q("2.140 con", 2140, "con"), Q("6,74 tỷ đồng", 6740000000, "đồng"),
 Q("4 tuyến đường bê tông", 4, "tuyến đường bê tông"), Q("38 căn nhà ở", 38, "căn nhà ở"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("22 căn", 22, "căn"), Q("512 lượt người", 512, "lượt người"), Q("850 triệu đồng", 850000000, "đồng"), Q("19 hộ", 19, "hộ"), Q("394 triệu đồng", 394000000, "đồng"), Q("86%", 86, "%"), Q("61,3%", 61.3, "%"), Q("14,8%", 14.8, "%"),
 Q("1.436 học sinh", 1436, "học sinh"), Q("99,3%", 99.3, "%"), Q("8 cặp tảo hôn", 8, "cặp tảo hôn"), Q("4 hộ", 4, "hộ"),
 Q("36 lượt", 36, "lượt"), Q("17 cột mốc", 17, "cột mốc"), Q("30 phụ nữ", 30, "phụ nữ"), Q("60 ha", 60, "ha")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "02", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 02-NQ/ĐU")],
[prov("Hà Giang"), com("Lũng Cú")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Vị trí: Trang chủ > Kinh tế > Cơ sở", "BHG", "Đồng chí Vàng Chúa Lử kết luận hội nghị giao ban.",
 "Cột cờ Lũng Cú", "Mỗi hộ dân là một cột mốc sống", "3 bám, 4 cùng", "Lô Lô Chải"],
["Thứ 2, 31/10/2022 | 10:30", "10 tháng", "tháng 10 năm 2022", "năm 2021", "năm học 2022 - 2023", "6 - 14 tuổi", "tháng 11",
 "3 bám, 4 cùng"]))

PAGES.append(page("b8613-ninhthuan-ubndxa-giaoban-2023", """
Cổng thông tin điện tử huyện Thuận Nam - tỉnh Ninh Thuận
Tin tức sự kiện / Tin xã, thị trấn
24/02/2023 06:00
Ảnh: Quang cảnh buổi giao ban.
Phước Hà: Chủ động nguồn nước cho 2.300 con gia súc mùa khô
Chiều ngày 23/02/2023, UBND xã Phước Hà tổ chức họp giao ban kinh tế - xã hội tháng 2 năm 2023, triển khai nhiệm vụ tháng 3. Đồng chí Chamaléa Thị Hoa, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; các đồng chí Phó Chủ tịch UBND xã Pinăng Văn Tuấn và Mấu Văn Đồng cùng dự.
Phước Hà là xã miền núi có 5 thôn, 1.018 hộ, trên 90% là đồng bào Raglai. Theo báo cáo, nắng hạn kéo dài khiến khoảng 120 ha lúa và bắp vụ Đông Xuân thiếu nước tưới, trong đó 35 ha có nguy cơ mất trắng. Xã đã phối hợp Ban Quản lý hồ Sông Biêu điều tiết nước, chuyển 46 ha sang trồng cây ngắn ngày chịu hạn. Tổng đàn gia súc 2.300 con, chủ yếu là bò và dê; xã bố trí 4 điểm cấp nước và vận động 160 hộ trồng 28 ha cỏ.
Thu ngân sách 2 tháng đạt 78 triệu đồng, bằng 19,5% dự toán. Trạm Y tế xã đã tiêm chủng đầy đủ cho 48 trẻ em dưới 1 tuổi và khám bệnh cho 365 lượt người; chưa ghi nhận ca sốt xuất huyết nào. Dịp Tết Nguyên đán Quý Mão, các cấp, các ngành đã trao 1.254 suất quà cho hộ nghèo, hộ chính sách với tổng trị giá 512 triệu đồng; cấp 3,6 tấn gạo hỗ trợ 72 hộ thiếu đói giáp hạt.
Bà Katơr Thị Mai, Chủ tịch Hội LHPN xã, cho biết Hội đã phối hợp Ngân hàng Chính sách xã hội giải ngân 1,15 tỷ đồng cho 23 hộ vay phát triển chăn nuôi; duy trì 3 tổ hợp tác dệt chiếu cói với 41 thành viên. Ông Bo Bo Văn Sáu, Trưởng thôn Tà Nôi, người có uy tín, kiến nghị sớm hoàn thành 2 km đường lên khu sản xuất.
Thực hiện Kế hoạch số 15/KH-UBND ngày 6/2/2023 của UBND xã về triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, năm 2023 xã được giao 4,8 tỷ đồng, hỗ trợ 15 hộ làm nhà ở, 20 hộ chuyển đổi nghề. Xã cũng đã thông qua Nghị quyết số 03/NQ-HĐND của HĐND xã về danh mục công trình đầu tư năm 2023.
Trưởng Công an xã Đặng Văn Thạnh báo cáo: trong tháng đã tuần tra 12 lượt, tổ chức cho 146 hộ ký cam kết không đốt rừng làm rẫy; phát hiện 2 vụ khai thác gỗ trái phép, chuyển Hạt Kiểm lâm xử lý.
Kết luận giao ban, đồng chí Chamaléa Thị Hoa yêu cầu tập trung phòng, chống hạn hán, cháy rừng; tháng 3 hoàn thành giao quân với 7 thanh niên, đẩy nhanh giải ngân vốn chương trình mục tiêu quốc gia đạt ít nhất 30% kế hoạch.
Kiều Mỹ
Tin liên quan
- Thuận Nam: Giao ban khối dân vận tháng 1/2023 (03/02/2023)
- Nhị Hà hỗ trợ nông dân chống hạn (15/02/2023)
- Phước Hà tổ chức Ngày hội văn hóa dân tộc Raglai (28/01/2023)
""", "2023-02-24", "Phước Hà: Chủ động nguồn nước cho 2.300 con gia súc mùa khô",
E("giao_ban", "2023-02", "2023-02-23"),
[P("Chamaléa Thị Hoa", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Pinăng Văn Tuấn", "Phó Chủ tịch UBND xã"),
 P("Mấu Văn Đồng", "Phó Chủ tịch UBND xã"),
 P("Katơr Thị Mai", "Chủ tịch Hội LHPN xã"),
 P("Bo Bo Văn Sáu", "Trưởng thôn Tà Nôi", "người có uy tín"),
 P("Đặng Văn Thạnh", "Trưởng Công an xã")],
[Q("2.300 con", 2300, "con"), Q("5 thôn", 5, "thôn"), Q("1.018 hộ", 1018, "hộ"), Q("trên 90%", 90, "%", "over"),
 Q("khoảng 120 ha", 120, "ha", "approx"), Q("35 ha", 35, "ha"), Q("46 ha", 46, "ha"), Q("4 điểm cấp nước", 4, "điểm cấp nước"),
 Q("160 hộ", 160, "hộ"), Q("28 ha", 28, "ha"), Q("78 triệu đồng", 78000000, "đồng"), Q("19,5%", 19.5, "%"), Q("48 trẻ em", 48, "trẻ em"), Q("365 lượt người", 365, "lượt người"),
 Q("1.254 suất quà", 1254, "suất quà"), Q("512 triệu đồng", 512000000, "đồng"), Q("3,6 tấn", 3.6, "tấn"),
 Q("72 hộ thiếu đói giáp hạt", 72, "hộ thiếu đói giáp hạt"), Q("1,15 tỷ đồng", 1150000000, "đồng"), Q("23 hộ", 23, "hộ"),
 Q("3 tổ hợp tác dệt chiếu cói", 3, "tổ hợp tác dệt chiếu cói"), Q("41 thành viên", 41, "thành viên"), Q("2 km", 2, "km"),
 Q("4,8 tỷ đồng", 4800000000, "đồng"), Q("15 hộ", 15, "hộ"), Q("20 hộ", 20, "hộ"), Q("12 lượt", 12, "lượt"),
 Q("146 hộ", 146, "hộ"), Q("2 vụ khai thác gỗ trái phép", 2, "vụ khai thác gỗ trái phép"), Q("7 thanh niên", 7, "thanh niên"),
 Q("ít nhất 30%", 30, "%", "over")],
[D("Kế hoạch", "15", "KH-UBND", "2023-02-06", "UBND xã", "Kế hoạch số 15/KH-UBND ngày 6/2/2023"),
 D("Nghị quyết", "03", "NQ-HĐND", None, "HĐND xã", "Nghị quyết số 03/NQ-HĐND")],
[prov("Ninh Thuận"), com("Phước Hà")],
["Cổng thông tin điện tử huyện Thuận Nam - tỉnh Ninh Thuận", "Tin tức sự kiện / Tin xã, thị trấn", "Ảnh: Quang cảnh buổi giao ban.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Tà Nôi",
 "Tết Nguyên đán Quý Mão", "Ban Quản lý hồ Sông Biêu"],
["24/02/2023 06:00", "dưới 1 tuổi", "tháng 2 năm 2023", "tháng 3", "2 tháng", "năm 2023"]))

PAGES.append(page("b8614-hanoi-ubndphuong-giaoban-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN
Trang chủ › Tin tức › Phường
Thứ Tư, 30/08/2023
Phường Phúc Đồng: 8 tháng thu ngân sách đạt 71% dự toán
Ngày 28/8/2023, UBND phường Phúc Đồng (quận Long Biên, TP Hà Nội) tổ chức hội nghị giao ban đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội, an ninh - quốc phòng tháng 8 và triển khai nhiệm vụ trọng tâm tháng 9 năm 2023. ThS. Nguyễn Hoàng Long, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì hội nghị; dự có đồng chí Trần Thị Thu Hằng, Bí thư Đảng ủy, Chủ tịch HĐND phường.
Chủ tịch UBND phường Nguyễn Hoàng Long phát biểu chỉ đạo. Ảnh: Cổng TTĐT quận
Báo cáo cho biết, 8 tháng năm 2023 thu ngân sách trên địa bàn đạt 86,4 tỷ đồng, bằng 71% dự toán quận giao, trong đó thu tiền sử dụng đất 52,6 tỷ đồng. Phường đã cấp 425 giấy chứng nhận quyền sử dụng đất lần đầu, đạt 85% kế hoạch; hoàn thành giải phóng mặt bằng 3 dự án với 68 hộ, tổng kinh phí bồi thường 143,7 tỷ đồng.
Về trật tự đô thị, trong tháng phường kiểm tra 54 công trình, phát hiện 17 trường hợp vi phạm trật tự xây dựng, xử phạt 245 triệu đồng; giải tỏa 132 trường hợp lấn chiếm vỉa hè trên 6 tuyến phố. Hệ thống 15 camera an ninh tại các tổ dân phố đã được đưa vào sử dụng theo Kế hoạch số 186/KH-UBND của UBND quận Long Biên.
Phó Chủ tịch UBND phường Phạm Thị Thanh Vân cho biết, năm học 2023 - 2024 các trường trên địa bàn đón 1.350 học sinh lớp đầu cấp; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,2%. Phường đã trao 215 suất quà nhân kỷ niệm Ngày Thương binh - Liệt sĩ, tổng trị giá 107,5 triệu đồng; 100% hộ gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư.
Ông Đỗ Văn Lâm, Chủ tịch Ủy ban MTTQ phường thông tin, các tổ dân phố đang lấy ý kiến nhân dân về việc triển khai Luật Thực hiện dân chủ ở cơ sở; Mặt trận và 5 đoàn thể đã tổ chức 24 buổi tuyên truyền với hơn 2.100 lượt người dự. Trưởng Công an phường, Trung tá Vũ Quang Hải cho biết tháng 8 phát hiện 5 vụ phạm pháp hình sự, bắt 7 đối tượng; kiểm tra phòng cháy chữa cháy 96 cơ sở kinh doanh, nhà ở kết hợp kinh doanh.
Kết luận hội nghị, đồng chí Nguyễn Hoàng Long yêu cầu tập trung thực hiện Chỉ thị số 24-CT/QU của Ban Thường vụ Quận ủy về tăng cường kỷ cương trật tự đô thị; tháng 9 phấn đấu cấp thêm 40 giấy chứng nhận, thu ngân sách đạt trên 80% dự toán và tổ chức chu đáo Lễ khai giảng năm học mới. Đồng chí Trần Thị Thu Hằng nhấn mạnh: "Mỗi tổ dân phố phải là một pháo đài về an toàn phòng cháy".
Bảo Ngọc
Tin liên quan
- Phường Bồ Đề giao ban tháng 8 năm 2023 (29/08/2023)
- Long Biên: 100% phường hoàn thành rà soát cơ sở nguy cơ cháy nổ (24/08/2023)
- Phường Phúc Lợi đối thoại với nhân dân về giải phóng mặt bằng (18/08/2023)
""", "2023-08-30", "Phường Phúc Đồng: 8 tháng thu ngân sách đạt 71% dự toán",
E("giao_ban", "2023-08", "2023-08-28"),
[P("Nguyễn Hoàng Long", "ThS.", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Trần Thị Thu Hằng", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Phạm Thị Thanh Vân", "Phó Chủ tịch UBND phường"),
 P("Đỗ Văn Lâm", "Chủ tịch Ủy ban MTTQ phường"),
 P("Vũ Quang Hải", "Trưởng Công an phường", "Trung tá")],
[Q("71%", 71, "%"), Q("86,4 tỷ đồng", 86400000000, "đồng"), Q("52,6 tỷ đồng", 52600000000, "đồng"),
 Q("425 giấy chứng nhận quyền sử dụng đất", 425, "giấy chứng nhận quyền sử dụng đất"), Q("85%", 85, "%"), Q("3 dự án", 3, "dự án"),
 Q("68 hộ", 68, "hộ"), Q("143,7 tỷ đồng", 143700000000, "đồng"), Q("54 công trình", 54, "công trình"), Q("17 trường hợp", 17, "trường hợp"),
 Q("245 triệu đồng", 245000000, "đồng"), Q("132 trường hợp", 132, "trường hợp"), Q("6 tuyến phố", 6, "tuyến phố"),
 Q("15 camera an ninh", 15, "camera an ninh"), Q("1.350 học sinh lớp đầu cấp", 1350, "học sinh lớp đầu cấp"), Q("94,2%", 94.2, "%"),
 Q("215 suất quà", 215, "suất quà"), Q("107,5 triệu đồng", 107500000, "đồng"), Q("100%", 100, "%"), Q("5 đoàn thể", 5, "đoàn thể"),
 Q("24 buổi tuyên truyền", 24, "buổi tuyên truyền"), Q("hơn 2.100 lượt người", 2100, "lượt người", "over"),
 Q("5 vụ phạm pháp hình sự", 5, "vụ phạm pháp hình sự"), Q("7 đối tượng", 7, "đối tượng"),
 Q("96 cơ sở kinh doanh, nhà ở kết hợp kinh doanh", 96, "cơ sở kinh doanh, nhà ở kết hợp kinh doanh"),
 Q("40 giấy chứng nhận", 40, "giấy chứng nhận"), Q("trên 80%", 80, "%", "over")],
[D("Kế hoạch", "186", "KH-UBND", None, "UBND quận Long Biên", "Kế hoạch số 186/KH-UBND"),
 D("Chỉ thị", "24", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị số 24-CT/QU")],
[prov("Hà Nội"), com("Phúc Đồng")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN", "Trang chủ › Tin tức › Phường",
 "Chủ tịch UBND phường Nguyễn Hoàng Long phát biểu chỉ đạo. Ảnh: Cổng TTĐT quận", "Luật Thực hiện dân chủ ở cơ sở",
 "Mỗi tổ dân phố phải là một pháo đài về an toàn phòng cháy", "Ngày Thương binh - Liệt sĩ"],
["Thứ Tư, 30/08/2023", "8 tháng năm 2023", "tháng 8", "tháng 9 năm 2023", "năm học 2023 - 2024", "lần đầu"]))
