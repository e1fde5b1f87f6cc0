from lib import Q, D, P, page, E, prov, com

PAGES = []

# b419 — Bình Thuận, Ban Dân vận Tỉnh ủy, thăm và tặng quà dịp lễ hội Katê (18–19/10/2017)
PAGES.append(page("b419-binhthuan-bdv-traoqua-kate-2017", """
BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN
DÂN VẬN BÌNH THUẬN - Trang thông tin điện tử
Trang chủ > Công tác dân tộc, tôn giáo > Tin tức
Chủ nhật, 22/10/2017 - 19:30
Tặng 350 suất quà cho hộ đồng bào Chăm nghèo dịp lễ hội Katê
(DVBT) - Trong hai ngày 18 và 19/10, đoàn công tác của Tỉnh ủy do đồng chí Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Thị Hồng Hải dẫn đầu đã đến thăm, chúc mừng lễ hội Katê năm 2017 và tặng 350 suất quà cho hộ đồng bào Chăm nghèo tại các huyện Bắc Bình, Tuy Phong, Hàm Thuận Bắc của tỉnh Bình Thuận.
Đồng chí Nguyễn Thị Hồng Hải (thứ ba, từ phải sang) tặng quà hộ nghèo thôn Tịnh Mỹ.
Mỗi suất quà gồm 300.000 đồng tiền mặt, 10 kg gạo và 1 thùng mì, tổng trị giá 140 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp hỗ trợ. Tại xã Phan Thanh, đoàn đã thăm Hội đồng Chức sắc Hồi giáo Bàni tỉnh và Hội đồng Chức sắc Bàlamôn giáo tỉnh, tặng 42 chức sắc mỗi người một phần quà trị giá 500.000 đồng.
Tiếp đoàn có Cả sư Thập Văn Tâm, Trưởng Hội đồng Chức sắc Bàlamôn giáo tỉnh; Ông Cả Quảng Đại Tuyến, Chủ tịch Hội đồng Chức sắc Hồi giáo Bàni tỉnh; các ông Bá Văn Rơi, Đàng Năng Thọ và bà Thập Thị Nhung, thành viên Ban Đại diện cộng đồng Chăm thôn Bình Minh. Ông Bá Văn Rơi bày tỏ vui mừng vì năm nay bà con có mùa lúa được giá, 217 hộ đã thoát nghèo.
Đồng chí Nguyễn Thị Hồng Hải đề nghị chức sắc, người có uy tín tiếp tục vận động bà con thực hiện tốt Kế hoạch 92-KH/BDVTU ngày 02/10/2017 của Ban Dân vận Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số và Chương trình 05-CTr/TU của Tỉnh ủy về phát triển vùng đồng bào Chăm, Raglai, K'Ho giai đoạn 2016 - 2020.
Trước đó, ngày 17/10, đồng chí Mang Thị Đẹp, Phó Trưởng Ban Dân vận Tỉnh ủy, dẫn đoàn tặng 60 suất quà cho già làng, người có uy tín người Raglai, K'Ho ở xã Phan Sơn, Phan Lâm, mỗi suất trị giá 400.000 đồng.
Đàng Hùng
Lượt xem: 1.066
Tin liên quan
- Lễ hội Katê năm 2016 diễn ra vui tươi, an toàn
- Tặng quà người có uy tín dịp Tết Ramưwan
""", "2017-10-22", "Tặng 350 suất quà cho hộ đồng bào Chăm nghèo dịp lễ hội Katê",
    E("trao_qua", None, "2017-10-18"),
    [P("Nguyễn Thị Hồng Hải", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thập Văn Tâm", "Cả sư", "Trưởng Hội đồng Chức sắc Bàlamôn giáo tỉnh"),
     P("Quảng Đại Tuyến", "Ông Cả", "Chủ tịch Hội đồng Chức sắc Hồi giáo Bàni tỉnh"),
     P("Bá Văn Rơi", "thành viên Ban Đại diện cộng đồng Chăm thôn Bình Minh"),
     P("Đàng Năng Thọ", "thành viên Ban Đại diện cộng đồng Chăm thôn Bình Minh"),
     P("Thập Thị Nhung", "thành viên Ban Đại diện cộng đồng Chăm thôn Bình Minh"),
     P("Mang Thị Đẹp", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
    [Q("350 suất quà", 350, "suất quà"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("10 kg gạo", 10, "kg"),
     Q("1 thùng mì", 1, "thùng mì"),
     Q("140 triệu đồng", 140000000, "đồng"),
     Q("42 chức sắc", 42, "chức sắc"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("217 hộ", 217, "hộ"),
     Q("60 suất quà", 60, "suất quà"),
     Q("400.000 đồng", 400000, "đồng")],
    [D("Kế hoạch", "92", "KH/BDVTU", "2017-10-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch 92-KH/BDVTU"),
     D("Chương trình", "05", "CTr/TU", None, "Tỉnh ủy", "Chương trình 05-CTr/TU")],
    [prov("Bình Thuận"), com("Phan Thanh"), com("Phan Sơn"), com("Phan Lâm")],
    ["BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN", "DÂN VẬN BÌNH THUẬN - Trang thông tin điện tử",
     "Trang chủ > Công tác dân tộc, tôn giáo > Tin tức",
     "Đồng chí Nguyễn Thị Hồng Hải (thứ ba, từ phải sang) tặng quà hộ nghèo thôn Tịnh Mỹ.", "Katê", "thôn Bình Minh",
     "Hội đồng Chức sắc Hồi giáo Bàni tỉnh", "Bắc Bình", "Tuy Phong", "Hàm Thuận Bắc", "Lượt xem: 1.066"],
    ["lễ hội Katê năm 2017", "giai đoạn 2016 - 2020", "hai ngày", "ngày 17/10", "19:30", "Lượt xem: 1.066"]))

# b420 — Thừa Thiên Huế, Mặt trận tỉnh, giao ban quý 2 năm 2018 (held 5/7/2018)
PAGES.append(page("b420-hue-mttq-giaoban-2018q2", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế
Hôm nay: Thứ Hai, 09/07/2018
Trang chủ / Tin tức / Hoạt động Mặt trận
Thứ Sáu, 06/07/2018 08:30 GMT+7
Huy động 8,6 tỷ đồng giúp hộ nghèo vùng cao A Lưới, Nam Đông
MTH - Chiều 5/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế tổ chức cuộc họp giao ban công tác Mặt trận quý 2 năm 2018 với Ban Thường trực Ủy ban MTTQ các huyện, thị xã, thành phố Huế. Đồng chí Phan Ngọc Tư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Toàn cảnh cuộc họp giao ban quý 2. Ảnh: Hoài Thương
Quý II, Mặt trận các cấp huy động được 8,6 tỷ đồng cho Quỹ "Vì người nghèo", hỗ trợ xây 76 căn nhà Đại đoàn kết, trong đó huyện A Lưới 41 căn, huyện Nam Đông 19 căn; mức hỗ trợ 40 triệu đồng/căn, riêng hộ đồng bào Tà Ôi, Pa Cô, Cơ Tu được hỗ trợ thêm 10 triệu đồng. Ban Thường trực đã tổ chức 14 cuộc giám sát theo Thông tri 04, 05/TT-MTTQ-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, tiếp nhận 62 ý kiến, kiến nghị của cử tri.
Ông Hồ Văn Ních, Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới cho biết huyện đã hoàn thành 41 căn nhà trước mùa mưa bão; bà Kê Thị Hiền, Phó Chủ tịch Ủy ban MTTQ xã Hồng Hạ, phản ánh một số hộ chưa có đất làm nhà.
Các đồng chí Nguyễn Văn Xuân, Lê Thị Chinh - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh - thông tin về kết quả khảo sát thực hiện Quyết định 1240/QĐ-UBND ngày 15/6/2018 của UBND tỉnh về hỗ trợ nhà ở cho hộ nghèo, cho biết còn 1.150 hộ có nhà ở chưa bảo đảm.
Kết luận giao ban, đồng chí Phan Ngọc Tư yêu cầu quý 3 tập trung vận động xây hết số nhà đã đăng ký, tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 100% khu dân cư và chuẩn bị Đại hội Mặt trận cấp xã nhiệm kỳ 2019 - 2024.
Minh Hải
Lượt xem: 689
Tin khác
- Tặng 120 suất quà cho học sinh nghèo A Lưới
- Mặt trận phường Phú Hội giám sát an toàn thực phẩm
""", "2018-07-06", "Huy động 8,6 tỷ đồng giúp hộ nghèo vùng cao A Lưới, Nam Đông",
    E("giao_ban", "2018-Q2", "2018-07-05"),
    [P("Phan Ngọc Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hồ Văn Ních", "Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới"),
     P("Kê Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ xã Hồng Hạ"),
     P("Nguyễn Văn Xuân", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
     P("Lê Thị Chinh", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh")],
    [Q("8,6 tỷ đồng", 8600000000, "đồng"),
     Q("76 căn nhà Đại đoàn kết", 76, "căn nhà Đại đoàn kết"),
     Q("41 căn", 41, "căn"),
     Q("19 căn", 19, "căn"),
     Q("40 triệu đồng/căn", 40000000, "đồng"),
     Q("10 triệu đồng", 10000000, "đồng"),
     Q("14 cuộc giám sát", 14, "cuộc giám sát"),
     Q("62 ý kiến", 62, "ý kiến, kiến nghị"),
     Q("1.150 hộ", 1150, "hộ"),
     Q("100% khu dân cư", 100, "%")],
    [D("Thông tri", "04", "TT-MTTQ-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri 04, 05/TT-MTTQ-BTT"),
     D("Thông tri", "05", "TT-MTTQ-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri 04, 05/TT-MTTQ-BTT"),
     D("Quyết định", "1240", "QĐ-UBND", "2018-06-15", "UBND tỉnh", "Quyết định 1240/QĐ-UBND")],
    [prov("Thừa Thiên Huế"), com("Hồng Hạ")],
    ["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế",
     "Trang chủ / Tin tức / Hoạt động Mặt trận", "Toàn cảnh cuộc họp giao ban quý 2. Ảnh: Hoài Thương", "Vì người nghèo",
     "Ngày hội Đại đoàn kết toàn dân tộc", "A Lưới", "Nam Đông", "Lượt xem: 689"],
    ["Hôm nay: Thứ Hai, 09/07/2018", "quý 2 năm 2018", "Quý II", "quý 3", "nhiệm kỳ 2019 - 2024", "08:30", "Lượt xem: 689"]))

# b421 — Lâm Đồng, Báo Lâm Đồng, chân dung (no event), 10/3/2019
PAGES.append(page("b421-lamdong-bao-chandung-2019", """
BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG
Thời sự | Kinh tế | Xã hội | Dân tộc - Tôn giáo | Đời sống
Chị Ka Nhi và những mùa cà phê ở Đạ Nghịt
Cập nhật lúc: 07:00, Chủ nhật, 10/03/2019
LĐ - Hơn 10 năm làm Chi hội trưởng phụ nữ thôn Đạ Nghịt, xã Lát, huyện Lạc Dương, chị Ka Nhi, người K'Ho Cil, đã vận động 68 chị em trong thôn chuyển đổi gần 40 ha cà phê già cỗi sang giống mới, thu nhập mỗi hộ tăng từ 60 lên 95 triệu đồng/năm.
Chị Ka Nhi (bên phải) hướng dẫn chị em ghép cải tạo cà phê.
Năm 2008, khi chị em bầu chị làm chi hội trưởng, cả thôn có 46 hộ nghèo. Chị đi từng nhà, bày cách dành dụm: mỗi tháng mỗi hội viên góp 50.000 đồng vào tổ "Hụi không lãi", đến nay tổ đã quay vòng hơn 300 triệu đồng cho 37 lượt chị em vay làm nhà, mua phân bón.
"Phải làm trước thì chị em mới tin", chị nói. Bà Kră Jăn K'Sương, Chủ tịch Hội LHPN xã Lát, kể rằng năm 2017 thôn Đạ Nghịt chỉ còn 3 hộ nghèo, cũng là năm chị được Trung ương Hội LHPN Việt Nam tặng Bằng khen.
Ông Cil Duy, Bí thư Chi bộ, Trưởng thôn Đạ Nghịt, cho biết nhờ chị em mà thôn được công nhận thôn văn hóa 5 năm liền. Chủ tịch Hội LHPN tỉnh Lâm Đồng Nguyễn Thị Bích Ngọc đánh giá cách làm của chị Ka Nhi là mô hình "Dân vận khéo" điển hình của tỉnh, đã được nhân rộng ra 11 thôn của huyện Lạc Dương.
Tháng 12/2018, chị được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 2876/QĐ-UBND ngày 14/12/2018 vì có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2018. Chị bảo phần thưởng lớn nhất là thấy con em trong thôn được đến trường đầy đủ.
Bài và ảnh: K'Linh
Lượt xem: 2.041
Tin cùng chuyên mục
- Người có uy tín ở Đam Rông
- Lạc Dương: 1.200 hộ đồng bào thoát nghèo bền vững
""", "2019-03-10", "Chị Ka Nhi và những mùa cà phê ở Đạ Nghịt",
    E(None, None, None),
    [P("Ka Nhi", "Chi hội trưởng phụ nữ thôn Đạ Nghịt"),
     P("Kră Jăn K'Sương", "Chủ tịch Hội LHPN xã Lát"),
     P("Cil Duy", "Bí thư Chi bộ", "Trưởng thôn Đạ Nghịt"),
     P("Nguyễn Thị Bích Ngọc", "Chủ tịch Hội LHPN tỉnh Lâm Đồng")],
    [Q("68 chị em", 68, "chị em"),
     Q("gần 40 ha", 40, "ha", "approx"),
     Q("từ 60", 60000000, "đồng"),
     Q("95 triệu đồng/năm", 95000000, "đồng"),
     Q("46 hộ nghèo", 46, "hộ nghèo"),
     Q("50.000 đồng", 50000, "đồng"),
     Q("hơn 300 triệu đồng", 300000000, "đồng", "over"),
     Q("37 lượt chị em", 37, "lượt chị em"),
     Q("3 hộ nghèo", 3, "hộ nghèo"),
     Q("11 thôn", 11, "thôn")],
    [D("Quyết định", "2876", "QĐ-UBND", "2018-12-14", "Chủ tịch UBND tỉnh", "Quyết định số 2876/QĐ-UBND")],
    [prov("Lâm Đồng"), com("Lát")],
    ["BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG",
     "Thời sự | Kinh tế | Xã hội | Dân tộc - Tôn giáo | Đời sống",
     "Chị Ka Nhi (bên phải) hướng dẫn chị em ghép cải tạo cà phê.", "Hụi không lãi", "Dân vận khéo",
     "thôn Đạ Nghịt", "Lạc Dương", "Bài và ảnh: K'Linh", "Lượt xem: 2.041"],
    ["Hơn 10 năm", "Năm 2008", "năm 2017", "5 năm liền", "Tháng 12/2018", "giai đoạn 2016 - 2018", "07:00", "Lượt xem: 2.041"]))

# b422 — Trà Vinh, Hội Nông dân tỉnh, giao ban trực tuyến tháng 4/2020 (held 7/5/2020)
PAGES.append(page("b422-travinh-hnd-giaoban-2020-04", """
HỘI NÔNG DÂN TỈNH TRÀ VINH
Trang thông tin điện tử Hội Nông dân tỉnh Trà Vinh
Trang chủ >> Tin hoạt động >> Tin tỉnh Hội
08/05/2020 16:45:02
Nông dân Trà Vinh chung tay phòng, chống dịch và hạn mặn
(HNDTV) - Sáng 7/5, Ban Thường vụ Hội Nông dân tỉnh tổ chức giao ban trực tuyến công tác Hội tháng 4/2020 với 9 điểm cầu huyện, thị xã, thành phố. Phó Chủ tịch Thường trực Hội Nông dân tỉnh Sơn Thị Sa Rine chủ trì tại điểm cầu tỉnh.
Các đại biểu dự giao ban tại điểm cầu tỉnh.
Trong tháng 4, thực hiện Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và Công văn số 215-CV/HND ngày 02/4/2020 của Ban Thường vụ Hội Nông dân tỉnh, các cấp Hội đã vận động hội viên đóng góp hơn 1,12 tỷ đồng, 38 tấn gạo cho các "cây ATM gạo", trao 4.260 phần quà cho hộ nông dân khó khăn. Do hạn mặn, 2.870 ha lúa Đông Xuân bị thiệt hại trên 70%; Hội đã phối hợp hỗ trợ 1.900 hộ trữ nước ngọt với 2.150 bồn chứa.
Ông Thạch Sa Vươl, Chủ tịch Hội Nông dân huyện Trà Cú, cho biết huyện có 186 hộ đồng bào Khmer nghèo chưa nhận được gói hỗ trợ 1.000.000 đồng/người theo Nghị quyết của Chính phủ; bà Kiên Thị Sóc Phy, Chủ tịch Hội Nông dân xã Ngãi Xuyên, kiến nghị giãn nợ cho 63 hộ vay Quỹ Hỗ trợ nông dân.
Quỹ Hỗ trợ nông dân các cấp hiện có tổng nguồn vốn 41,7 tỷ đồng, dư nợ 40,9 tỷ đồng với 2.034 hộ vay. Bà Sơn Thị Sa Rine đề nghị tháng 5/2020 tập trung rà soát nợ đến hạn, không để hội viên phải vay nặng lãi; phối hợp với các ngành đăng ký 1.200 hộ chuyển đổi lúa sang màu.
Tân Thạnh
Số lượt truy cập: 12.480
Tin liên quan
- Trà Vinh: nông dân trồng màu thích ứng hạn mặn
- Hội Nông dân xã Long Hiệp trao 200 bồn nước
""", "2020-05-08", "Nông dân Trà Vinh chung tay phòng, chống dịch và hạn mặn",
    E("giao_ban", "2020-04", "2020-05-07"),
    [P("Sơn Thị Sa Rine", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
     P("Thạch Sa Vươl", "Chủ tịch Hội Nông dân huyện Trà Cú"),
     P("Kiên Thị Sóc Phy", "Chủ tịch Hội Nông dân xã Ngãi Xuyên")],
    [Q("9 điểm cầu", 9, "điểm cầu"),
     Q("hơn 1,12 tỷ đồng", 1120000000, "đồng", "over"),
     Q("38 tấn gạo", 38, "tấn"),
     Q("4.260 phần quà", 4260, "phần quà"),
     Q("2.870 ha", 2870, "ha"),
     Q("trên 70%", 70, "%", "over"),
     Q("1.900 hộ", 1900, "hộ"),
     Q("2.150 bồn chứa", 2150, "bồn chứa"),
     Q("186 hộ đồng bào Khmer nghèo", 186, "hộ đồng bào Khmer nghèo"),
     Q("1.000.000 đồng/người", 1000000, "đồng"),
     Q("63 hộ", 63, "hộ"),
     Q("41,7 tỷ đồng", 41700000000, "đồng"),
     Q("40,9 tỷ đồng", 40900000000, "đồng"),
     Q("2.034 hộ vay", 2034, "hộ vay"),
     Q("1.200 hộ", 1200, "hộ")],
    [D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
     D("Công văn", "215", "CV/HND", "2020-04-02", "Ban Thường vụ Hội Nông dân tỉnh", "Công văn số 215-CV/HND")],
    [prov("Trà Vinh"), com("Ngãi Xuyên")],
    ["HỘI NÔNG DÂN TỈNH TRÀ VINH", "Trang thông tin điện tử Hội Nông dân tỉnh Trà Vinh",
     "Trang chủ >> Tin hoạt động >> Tin tỉnh Hội", "Các đại biểu dự giao ban tại điểm cầu tỉnh.", "cây ATM gạo",
     "Quỹ Hỗ trợ nông dân", "Trà Cú", "Số lượt truy cập: 12.480"],
    ["tháng 4/2020", "Trong tháng 4", "tháng 5/2020", "Đông Xuân", "16:45:02", "Số lượt truy cập: 12.480"]))

# b423 — Phú Yên, Ban Dân vận Tỉnh ủy, tổng kết năm 2021 (held 24/12/2021)
PAGES.append(page("b423-phuyen-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY PHÚ YÊN
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Phú Yên
Trang chủ - Tin tức - Sự kiện - Tin hoạt động
27/12/2021 - 17:22
Công tác dân vận góp phần quan trọng vào thắng lợi kép năm 2021
(DVPY) - Ngày 24/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022 theo hình thức trực tiếp kết hợp trực tuyến đến 9 điểm cầu. Dự và chỉ đạo hội nghị có đồng chí Huỳnh Tấn Lực, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.
Đồng chí Huỳnh Tấn Lực phát biểu chỉ đạo tại hội nghị.
Năm 2021, khối dân vận các cấp tỉnh Phú Yên đã tham mưu cấp ủy ban hành 46 văn bản, trong đó có Quy định 27-QĐ/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy về công tác dân vận của hệ thống chính trị và Kết luận 08-KL/TU của Tỉnh ủy về nâng cao chất lượng phong trào thi đua "Dân vận khéo"; sơ kết chỉ thị 11, 12 của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào dân tộc thiểu số. Toàn tỉnh có 1.236 mô hình "Dân vận khéo", trong đó 214 mô hình mới; vận động nhân dân hiến 57.400 m2 đất, đóng góp 23,8 tỷ đồng xây dựng nông thôn mới.
Trong đợt dịch COVID-19 tháng 7 và 8, các tổ dân vận, tổ COVID cộng đồng đã vận động hỗ trợ 186.000 suất quà, 1.420 tấn gạo, rau củ cho người dân trong vùng phong tỏa; đón 14.560 lượt công dân từ các tỉnh phía Nam trở về.
Báo cáo tham luận, ông Ksor Y Blôi, HUV, Trưởng Ban Dân vận Huyện ủy Sông Hinh nêu cách làm ở các buôn người Ê Đê; bà La Ơ Ngọc Thảo, Chủ tịch Hội LHPN xã Phú Mỡ, người Chăm H'roi, nêu mô hình "Tổ phụ nữ giữ rừng". Ông Nay Phi La, già làng buôn Suối Mây, xã Ea Bar, được mời phát biểu.
Phát biểu kết luận, đồng chí Huỳnh Tấn Lực ghi nhận kết quả mà Trưởng Ban Dân vận Tỉnh ủy Hồ Thị Ngọc Diệp và các đồng chí Phó Trưởng ban Nguyễn Văn Bình, Lê Thị Hồng Anh đã báo cáo; đề nghị năm 2022 tập trung vận động nhân dân thực hiện "mục tiêu kép", thích ứng an toàn với dịch bệnh.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 23 tập thể, 31 cá nhân.
Minh Thư - Ban Dân vận Tỉnh ủy
Lượt xem: 418
Các tin khác
- Khối dân vận tỉnh giao ban quý III/2021
- Sông Hinh: 320 hộ được hỗ trợ vượt qua dịch COVID-19
""", "2021-12-27", "Công tác dân vận góp phần quan trọng vào thắng lợi kép năm 2021",
    E("tong_ket", "2021", "2021-12-24"),
    [P("Huỳnh Tấn Lực", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
     P("Ksor Y Blôi", "HUV", "Trưởng Ban Dân vận Huyện ủy Sông Hinh"),
     P("La Ơ Ngọc Thảo", "Chủ tịch Hội LHPN xã Phú Mỡ"),
     P("Nay Phi La", "già làng buôn Suối Mây"),
     P("Hồ Thị Ngọc Diệp", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Văn Bình", "Phó Trưởng ban"),
     P("Lê Thị Hồng Anh", "Phó Trưởng ban")],
    [Q("9 điểm cầu", 9, "điểm cầu"),
     Q("46 văn bản", 46, "văn bản"),
     Q("1.236 mô hình", 1236, "mô hình"),
     Q("214 mô hình mới", 214, "mô hình mới"),
     Q("57.400 m2", 57400, "m2"),
     Q("23,8 tỷ đồng", 23800000000, "đồng"),
     Q("186.000 suất quà", 186000, "suất quà"),
     Q("1.420 tấn gạo", 1420, "tấn"),
     Q("14.560 lượt công dân", 14560, "lượt công dân"),
     Q("23 tập thể", 23, "tập thể"),
     Q("31 cá nhân", 31, "cá nhân")],
    [D("Quy định", "27", "QĐ/TU", "2021-03-15", "Ban Thường vụ Tỉnh ủy", "Quy định 27-QĐ/TU"),
     D("Kết luận", "08", "KL/TU", None, "Tỉnh ủy", "Kết luận 08-KL/TU"),
     D("Chỉ thị", "11", None, None, "Ban Thường vụ Tỉnh ủy", "chỉ thị 11, 12 của Ban Thường vụ Tỉnh ủy"),
     D("Chỉ thị", "12", None, None, "Ban Thường vụ Tỉnh ủy", "chỉ thị 11, 12 của Ban Thường vụ Tỉnh ủy")],
    [prov("Phú Yên"), com("Phú Mỡ"), com("Ea Bar")],
    ["BAN DÂN VẬN TỈNH ỦY PHÚ YÊN", "Trang thông tin điện tử Ban Dân vận Tỉnh ủy Phú Yên",
     "Trang chủ - Tin tức - Sự kiện - Tin hoạt động", "Đồng chí Huỳnh Tấn Lực phát biểu chỉ đạo tại hội nghị.",
     "Dân vận khéo", "Tổ phụ nữ giữ rừng", "buôn Suối Mây", "Sông Hinh", "Minh Thư - Ban Dân vận Tỉnh ủy", "Lượt xem: 418"],
    ["năm 2021", "năm 2022", "tháng 7 và 8", "COVID-19", "mục tiêu kép", "17:22", "Lượt xem: 418"]))

# b424 — Bình Định, Tỉnh đoàn, đối thoại với thanh niên năm 2022 (held 26/3/2022)
PAGES.append(page("b424-binhdinh-tinhdoan-doithoai-2022", """
TỈNH ĐOÀN BÌNH ĐỊNH
Cổng thông tin điện tử Tỉnh đoàn Bình Định - Xung kích, tình nguyện, sáng tạo
Trang chủ › Tin tức › Đoàn - Hội - Đội
Ngày đăng: 2022-03-28 10:05
Chủ tịch UBND tỉnh trả lời 41 câu hỏi của thanh niên
(TĐBĐ) - Nhân kỷ niệm 91 năm Ngày thành lập Đoàn, sáng 26/3, Tỉnh đoàn phối hợp với UBND tỉnh tổ chức chương trình đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2022 với chủ đề "Thanh niên Bình Định khởi nghiệp, lập nghiệp". Hơn 300 đoàn viên, thanh niên tỉnh Bình Định tham dự tại hội trường và 159 điểm cầu xã, phường, thị trấn.
Đoàn viên huyện An Lão đặt câu hỏi tại chương trình đối thoại. Ảnh: Thanh Hùng
Trả lời 41 câu hỏi của thanh niên, đồng chí Lê Văn Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, cho biết tỉnh dành 15 tỷ đồng cho Quỹ hỗ trợ thanh niên khởi nghiệp theo nghị quyết số 13/2021/NQ-HĐND của HĐND tỉnh, mỗi dự án được vay tối đa 200 triệu đồng. Các ý kiến tập trung vào việc làm sau đại học, đào tạo nghề cho thanh niên dân tộc thiểu số và cơ chế cho hợp tác xã do thanh niên làm chủ.
Anh Đinh Văn Thôn, Bí thư Đoàn xã An Toàn, người Bana, đề nghị mở lớp dạy nghề chăm sóc rừng; chị Đinh Thị Pha, đoàn viên làng Đắk Mang, xã Vĩnh Kim, người H'rê, hỏi về vốn vay trồng mai vàng. Anh Mang Văn Thơi, Phó Bí thư Đoàn xã Canh Liên, người Chăm H'roi, xin hỗ trợ xây nhà sinh hoạt cộng đồng cho thanh niên làng.
Đồng chí Lâm Hải Giang, Tỉnh ủy viên, Giám đốc Sở Lao động - Thương binh và Xã hội, và đồng chí Trần Thị Kim Liên, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, trực tiếp trả lời 12 câu hỏi về việc làm, vốn vay. Bí thư Tỉnh đoàn Huỳnh Thị Ngọc Trâm cho biết thực hiện Kế hoạch 118-KH/TĐTN-PT của Ban Thường vụ Tỉnh đoàn, năm 2022 Đoàn phấn đấu hỗ trợ 200 thanh niên khởi nghiệp, giới thiệu việc làm cho 3.000 thanh niên.
Kết thúc đối thoại, Chủ tịch UBND tỉnh giao các sở, ngành trả lời bằng văn bản 9 câu hỏi còn lại trước ngày 15/4/2022.
Thu Hiền
Lượt xem: 3.264
Tin cùng chuyên mục
- Tuyên dương 91 cán bộ Đoàn tiêu biểu
- Ra quân chiến dịch Thanh niên tình nguyện hè 2022
""", "2022-03-28", "Chủ tịch UBND tỉnh trả lời 41 câu hỏi của thanh niên",
    E("doi_thoai", "2022", "2022-03-26"),
    [P("Lê Văn Thưởng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
     P("Đinh Văn Thôn", "Bí thư Đoàn xã An Toàn"),
     P("Đinh Thị Pha", "đoàn viên làng Đắk Mang"),
     P("Mang Văn Thơi", "Phó Bí thư Đoàn xã Canh Liên"),
     P("Lâm Hải Giang", "Tỉnh ủy viên", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
     P("Trần Thị Kim Liên", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
     P("Huỳnh Thị Ngọc Trâm", "Bí thư Tỉnh đoàn")],
    [Q("Hơn 300 đoàn viên, thanh niên", 300, "đoàn viên, thanh niên", "over"),
     Q("159 điểm cầu", 159, "điểm cầu"),
     Q("41 câu hỏi", 41, "câu hỏi"),
     Q("15 tỷ đồng", 15000000000, "đồng"),
     Q("200 triệu đồng", 200000000, "đồng"),
     Q("12 câu hỏi", 12, "câu hỏi"),
     Q("200 thanh niên", 200, "thanh niên"),
     Q("3.000 thanh niên", 3000, "thanh niên"),
     Q("9 câu hỏi", 9, "câu hỏi")],
    [D("Nghị quyết", "13", "2021/NQ-HĐND", None, "HĐND tỉnh", "nghị quyết số 13/2021/NQ-HĐND"),
     D("Kế hoạch", "118", "KH/TĐTN-PT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 118-KH/TĐTN-PT")],
    [prov("Bình Định"), com("An Toàn"), com("Vĩnh Kim"), com("Canh Liên")],
    ["TỈNH ĐOÀN BÌNH ĐỊNH", "Cổng thông tin điện tử Tỉnh đoàn Bình Định - Xung kích, tình nguyện, sáng tạo",
     "Trang chủ › Tin tức › Đoàn - Hội - Đội", "Đoàn viên huyện An Lão đặt câu hỏi tại chương trình đối thoại. Ảnh: Thanh Hùng",
     "Thanh niên Bình Định khởi nghiệp, lập nghiệp", "Quỹ hỗ trợ thanh niên khởi nghiệp", "làng Đắk Mang", "Lượt xem: 3.264"],
    ["91 năm", "năm 2022", "ngày 15/4/2022", "10:05", "Lượt xem: 3.264"]))
