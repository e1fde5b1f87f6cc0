from lib import *
PAGES = []

PAGES.append(page("b9305-thanhhoa-hnd-hoinghi-2022", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Trang chủ / Thời sự / Chính trị
24/11/2022 | 10:15
Thanh Hóa: Tôn vinh 120 nông dân tiêu biểu
Sáng 23/11, Hội Nông dân tỉnh Thanh Hóa tổ chức Hội nghị biểu dương nông dân sản xuất, kinh doanh giỏi năm 2022, tuyên dương 120 nông dân tiêu biểu trong các lĩnh vực trồng trọt, chăn nuôi, thủy sản, dịch vụ và ngành nghề nông thôn.
Dự hội nghị có đồng chí Lê Quang Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lò Thị Mai, Phó Chủ tịch UBND tỉnh; đồng chí Phạm Bá Cường, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh.
Theo báo cáo, sau 6 tháng thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045, phong trào nông dân thi đua sản xuất, kinh doanh giỏi tiếp tục lan tỏa. Năm 2022, toàn tỉnh có 156.900 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; nhiều hộ có doanh thu trên 1 tỷ đồng/năm. 120 nông dân được biểu dương lần này có doanh thu bình quân 2,5 tỷ đồng/năm, giải quyết việc làm cho 3.600 lao động, trong đó có 940 lao động là người dân tộc thiểu số.
Trong số đó, ông Hà Văn Toản, người Thái ở bản Chiềng, xã Trung Lý, huyện Mường Lát, nuôi 120 con bò, trồng 15 ha quế; ông Lê Văn Hải, Giám đốc Hợp tác xã dịch vụ nông nghiệp Thiệu Giao, xã Thiệu Giao, liên kết với doanh nghiệp bao tiêu 280 ha lúa chất lượng cao. Bà Quách Thị Nhàn, người Mường ở xã Thạch Quảng, làm chủ trang trại nuôi gà đồi với quy mô 12.000 con/lứa.
Chia sẻ tại hội nghị, ông Hà Văn Toản nói: "Trước đây bản tôi chỉ trồng lúa nương, nay bà con học nhau nuôi bò, trồng quế, nhiều nhà đã làm được nhà sàn mới".
Phát biểu tại hội nghị, đồng chí Lê Quang Hải đề nghị các cấp Hội phát huy vai trò của nông dân tiêu biểu trong chuyển đổi cơ cấu cây trồng, vật nuôi; hướng dẫn nông dân liên kết theo chuỗi giá trị, tham gia Chương trình mỗi xã một sản phẩm (OCOP). Đồng chí cũng đề nghị UBND tỉnh quan tâm triển khai Quyết định số 4126/QĐ-UBND ngày 10/11/2022 của UBND tỉnh về hỗ trợ nông dân ứng dụng công nghệ cao trong sản xuất.
Dịp này, Hội Nông dân tỉnh tặng giấy chứng nhận và 2 triệu đồng cho mỗi nông dân tiêu biểu; Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 8 nông dân có thành tích xuất sắc nhất.
Sau hội nghị, đại biểu tham quan gian trưng bày 65 sản phẩm OCOP của nông dân các huyện miền núi.
Lê Hợi
Lượt xem: 1.540
Bài viết liên quan
- Hội Nông dân tỉnh phát động thi đua chào mừng Đại hội Hội Nông dân các cấp (15/11/2022)
- Nông dân Nga Sơn làm giàu từ cói (08/11/2022)
- Hội Nông dân huyện Như Xuân trao 100 triệu đồng vốn Quỹ Hỗ trợ nông dân (01/11/2022)
""", "2022-11-24", "Thanh Hóa: Tôn vinh 120 nông dân tiêu biểu",
E("hoi_nghi", "2022", "2022-11-23"),
[P("Lê Quang Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Mai", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Bá Cường", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hà Văn Toản"),
 P("Lê Văn Hải", "Giám đốc Hợp tác xã dịch vụ nông nghiệp Thiệu Giao"),
 P("Quách Thị Nhàn")],
[Q("120 nông dân tiêu biểu", 120, "nông dân tiêu biểu"), Q("156.900 hộ", 156900, "hộ"), Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"),
 Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("3.600 lao động", 3600, "lao động"), Q("940 lao động", 940, "lao động"),
 Q("120 con bò", 120, "con bò"), Q("15 ha", 15, "ha"), Q("280 ha", 280, "ha"), Q("12.000 con", 12000, "con"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("8 nông dân", 8, "nông dân"), Q("65 sản phẩm OCOP", 65, "sản phẩm OCOP")],
[D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Quyết định", "4126", "QĐ-UBND", "2022-11-10", "UBND tỉnh", "Quyết định số 4126/QĐ-UBND ngày 10/11/2022")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Thiệu Giao"), com("Thạch Quảng")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Trang chủ / Thời sự / Chính trị",
 "Chương trình mỗi xã một sản phẩm (OCOP)", "Lượt xem: 1.540"],
["24/11/2022 | 10:15", "năm 2022", "6 tháng", "khóa XIII", "năm 2030", "năm 2045", "Lượt xem: 1.540"]))

PAGES.append(page("b9306-cantho-hnd-daihoi-2023", """
Báo Cần Thơ Online
Chính trị > Mặt trận - Đoàn thể
20.06.2023 | 15:30
Ông Trần Thanh Liêm tái đắc cử Chủ tịch Hội Nông dân thành phố Cần Thơ
Trong 2 ngày 19 và 20/6/2023, Hội Nông dân thành phố Cần Thơ tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028. Về dự có 200 đại biểu chính thức, đại diện cho hơn 120.000 hội viên nông dân thành phố. Dự và chỉ đạo Đại hội có ông Nguyễn Xuân Bình, Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam; bà Phạm Thị Ngọc Bích, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy.
Ảnh: Đại biểu biểu quyết thông qua danh sách bầu cử.
Nhiệm kỳ 2018 - 2023, các cấp Hội trong thành phố đã bám sát Kết luận số 54-KL/TW ngày 7/8/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa X) về nông nghiệp, nông dân, nông thôn và Kết luận số 61-KL/TW của Ban Bí thư khóa X. Hội đã vận động, hướng dẫn thành lập 86 tổ hợp tác và 24 hợp tác xã nông nghiệp; Quỹ Hỗ trợ nông dân các cấp đạt 46,2 tỷ đồng, giúp 5.830 lượt hộ vay vốn. Bình quân mỗi năm có 31.500 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Hội cũng phối hợp giải quyết 57 đơn thư, kiến nghị của nông dân.
Phát biểu tham luận, ông Lâm Văn Khương, Chủ tịch Hội Nông dân xã Thới Hưng, chia sẻ mô hình liên kết trồng lúa thơm với doanh nghiệp trên diện tích 620 ha, giúp nông dân lãi thêm khoảng 5 triệu đồng/ha mỗi vụ. Bà Thạch Thị Sà Vy, Chi hội trưởng Chi hội Nông dân ấp Thới Hòa B, xã Thới Hưng, kể việc vận động bà con người Khmer trồng xoài theo tiêu chuẩn VietGAP. Ông Huỳnh Văn Mười, Giám đốc Hợp tác xã nông nghiệp Mỹ Khánh, xã Mỹ Khánh, đề nghị Hội tiếp tục hỗ trợ kết nối tiêu thụ sản phẩm OCOP.
Đại hội đã hiệp thương cử Ban Chấp hành Hội Nông dân thành phố khóa X gồm 39 đồng chí; Ban Thường vụ gồm 9 đồng chí. Ông Trần Thanh Liêm tiếp tục được tín nhiệm giữ chức Chủ tịch Hội Nông dân thành phố khóa X. Các ông Nguyễn Văn Tâm, Lê Hoàng Nhân - Phó Chủ tịch Hội Nông dân thành phố khóa X. Đại hội cũng bầu 14 đại biểu chính thức dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII.
Nghị quyết Đại hội xác định 3 khâu đột phá và 10 chỉ tiêu chủ yếu, trong đó mỗi năm kết nạp ít nhất 2.000 hội viên mới, đến năm 2028 Quỹ Hỗ trợ nông dân đạt 60 tỷ đồng trở lên, có ít nhất 50% chi hội có tổ hội nghề nghiệp.
Phát biểu chỉ đạo, ông Nguyễn Xuân Bình đề nghị Hội Nông dân thành phố quán triệt, triển khai Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng, phát huy vai trò chủ thể của nông dân trong xây dựng nông thôn mới nâng cao.
Đăng Huỳnh
Tin khác
- Hội Nông dân quận Ô Môn đại hội nhiệm kỳ 2023 - 2028 (25/05/2023)
- Tập huấn kỹ năng bán hàng trực tuyến cho nông dân (17/05/2023)
- Phong Điền: 120 hộ nông dân được vay vốn (05/05/2023)
""", "2023-06-20", "Ông Trần Thanh Liêm tái đắc cử Chủ tịch Hội Nông dân thành phố Cần Thơ",
E("dai_hoi", None, "2023-06-19"),
[P("Trần Thanh Liêm", "Chủ tịch Hội Nông dân thành phố Cần Thơ", "Chủ tịch Hội Nông dân thành phố khóa X"),
 P("Nguyễn Xuân Bình", "Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam"),
 P("Phạm Thị Ngọc Bích", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Lâm Văn Khương", "Chủ tịch Hội Nông dân xã Thới Hưng"),
 P("Thạch Thị Sà Vy", "Chi hội trưởng Chi hội Nông dân ấp Thới Hòa B"),
 P("Huỳnh Văn Mười", "Giám đốc Hợp tác xã nông nghiệp Mỹ Khánh"),
 P("Nguyễn Văn Tâm", "Phó Chủ tịch Hội Nông dân thành phố khóa X"),
 P("Lê Hoàng Nhân", "Phó Chủ tịch Hội Nông dân thành phố khóa X")],
[Q("200 đại biểu chính thức", 200, "đại biểu chính thức"), Q("hơn 120.000 hội viên nông dân", 120000, "hội viên nông dân", "over"),
 Q("86 tổ hợp tác", 86, "tổ hợp tác"), Q("24 hợp tác xã nông nghiệp", 24, "hợp tác xã nông nghiệp"), Q("46,2 tỷ đồng", 46200000000, "đồng"),
 Q("5.830 lượt hộ", 5830, "lượt hộ"), Q("31.500 hộ", 31500, "hộ"), Q("57 đơn thư, kiến nghị", 57, "đơn thư, kiến nghị"),
 Q("620 ha", 620, "ha"), Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx"), Q("39 đồng chí", 39, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("14 đại biểu chính thức", 14, "đại biểu chính thức"),
 Q("10 chỉ tiêu chủ yếu", 10, "chỉ tiêu chủ yếu"), Q("ít nhất 2.000 hội viên mới", 2000, "hội viên mới", "over"),
 Q("60 tỷ đồng trở lên", 60000000000, "đồng", "over"), Q("ít nhất 50%", 50, "%", "over")],
[D("Kết luận", "54", "KL/TW", "2019-08-07", "Ban Bí thư", "Kết luận số 54-KL/TW ngày 7/8/2019"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Nghị quyết", "19", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 19-NQ/TW")],
[prov("Cần Thơ"), com("Thới Hưng"), com("Mỹ Khánh")],
["Báo Cần Thơ Online", "Chính trị > Mặt trận - Đoàn thể", "Ảnh: Đại biểu biểu quyết thông qua danh sách bầu cử.",
 "Nghị quyết Trung ương 7 (khóa X)", "VietGAP", "Quỹ Hỗ trợ nông dân"],
["20.06.2023 | 15:30", "2 ngày", "lần thứ X", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "Nghị quyết Trung ương 7", "khóa X",
 "39 đồng chí", "9 đồng chí", "lần thứ VIII", "3 khâu đột phá", "năm 2028"]))

PAGES.append(page("b9307-yenbai-lhpn-giaoban-2023", """
YÊN BÁI ĐIỆN TỬ - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Yên Bái
Xã hội | Phụ nữ
Thứ Sáu, 07/04/2023 | 16:50
Quý I, phụ nữ Yên Bái giúp 215 hội viên thoát nghèo
YênBái - Ngày 6/4, Thường trực Hội LHPN tỉnh Yên Bái tổ chức giao ban công tác Hội quý I/2023 với Thường trực Hội LHPN các huyện, thị xã, thành phố. Bà Hoàng Thị Vĩnh, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì.
Quý I, các cấp Hội đã kết nạp 1.032 hội viên mới; hội viên tiết kiệm được 2,1 tỷ đồng để giúp nhau; hỗ trợ 215 hội viên thoát nghèo. Thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, được phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, Hội đã thành lập 18 câu lạc bộ "Thủ lĩnh của sự thay đổi" và 3 địa chỉ tin cậy ở cộng đồng. Ban Thường vụ Hội LHPN tỉnh ban hành Kế hoạch 12, 13-KH/HPN về kiểm tra công tác Hội năm 2023 và về hỗ trợ phụ nữ khởi nghiệp.
Bà Triệu Thị Hiền, Ủy viên Ban Thường vụ, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh cho biết, trong quý, các cấp Hội phát hiện 11 vụ bạo lực gia đình, đã phối hợp can thiệp, hỗ trợ 9 nạn nhân. Đáng chú ý, ở một số xã vùng cao vẫn còn 6 trường hợp kết hôn dưới tuổi.
Tại buổi giao ban, bà Lò Thị Ơn, Chủ tịch Hội LHPN huyện Mù Cang Chải, nêu khó khăn khi giải ngân vốn Dự án 8 vì nhiều hướng dẫn chưa rõ. Bà Giàng Thị Dua, Phó Chủ tịch Hội LHPN xã Lao Chải, đề nghị tăng thời lượng phát thanh bằng tiếng Mông về phòng, chống mua bán người. Bà Đặng Thị Thu, Chủ tịch Hội LHPN xã Nậm Búng, chia sẻ kinh nghiệm vận động 24 chị em người Dao đỏ vào tổ hợp tác trồng quế hữu cơ. Theo bà Thu, mỗi hộ được tổ hợp tác hỗ trợ 500 cây giống và được doanh nghiệp ký hợp đồng bao tiêu vỏ quế khô với giá 45.000 đồng/kg.
Cũng tại buổi giao ban, các đại biểu thống nhất chọn xã Nậm Búng làm điểm tổ chức Ngày hội "Phụ nữ vùng cao khởi nghiệp" vào tháng 5, dự kiến có 150 gian hàng sản phẩm của hội viên.
Kết luận buổi giao ban, bà Hoàng Thị Vĩnh đề nghị quý II tập trung tổ chức các hoạt động Tháng hành động vì bình đẳng giới, hoàn thành 100% kế hoạch giải ngân Dự án 8 trước ngày 30/6; đồng thời thực hiện nghiêm Nghị quyết số 25-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển hợp tác xã.
Thanh Thủy
Lượt xem: 702
Tin liên quan
- Hội LHPN huyện Văn Chấn ra mắt mô hình "Phụ nữ giữ sạch nguồn nước" (31/03/2023)
- Kỷ niệm 113 năm Ngày Quốc tế Phụ nữ 8/3 (08/03/2023)
- Phụ nữ Lục Yên chung sức xây dựng nông thôn mới (22/02/2023)
- Trao 30 con lợn giống cho hội viên nghèo Trấn Yên (10/02/2023)
""", "2023-04-07", "Quý I, phụ nữ Yên Bái giúp 215 hội viên thoát nghèo",
E("giao_ban", "2023-Q1", "2023-04-06"),
[P("Hoàng Thị Vĩnh", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Triệu Thị Hiền", "Ủy viên Ban Thường vụ", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Lò Thị Ơn", "Chủ tịch Hội LHPN huyện Mù Cang Chải"),
 P("Giàng Thị Dua", "Phó Chủ tịch Hội LHPN xã Lao Chải"),
 P("Đặng Thị Thu", "Chủ tịch Hội LHPN xã Nậm Búng")],
[Q("215 hội viên", 215, "hội viên"), Q("1.032 hội viên mới", 1032, "hội viên mới"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("18 câu lạc bộ", 18, "câu lạc bộ"), Q("3 địa chỉ tin cậy", 3, "địa chỉ tin cậy"), Q("11 vụ bạo lực gia đình", 11, "vụ bạo lực gia đình"),
 Q("9 nạn nhân", 9, "nạn nhân"), Q("6 trường hợp", 6, "trường hợp"), Q("24 chị em người Dao đỏ", 24, "chị em người Dao đỏ"),
 Q("100%", 100, "%"), Q("500 cây giống", 500, "cây giống"), Q("45.000 đồng", 45000, "đồng"),
 Q("150 gian hàng", 150, "gian hàng")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "12", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 12, 13-KH/HPN"),
 D("Kế hoạch", "13", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 12, 13-KH/HPN"),
 D("Nghị quyết", "25", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 25-NQ/TU")],
[prov("Yên Bái"), com("Lao Chải"), com("Nậm Búng")],
["YÊN BÁI ĐIỆN TỬ - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Yên Bái", "Xã hội | Phụ nữ", "YênBái",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Thủ lĩnh của sự thay đổi",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Tháng hành động vì bình đẳng giới", "Phụ nữ vùng cao khởi nghiệp", "Lượt xem: 702"],
["Thứ Sáu, 07/04/2023 | 16:50", "quý I/2023", "Quý I", "quý II", "Dự án 8", "năm 2023", "ngày 30/6", "tháng 5", "Lượt xem: 702"]))

PAGES.append(page("b9308-quangnam-lhpn-giamsat-2024", """
BÁO QUẢNG NAM ONLINE
Trang chủ » Xã hội » Dân tộc - Miền núi
15/08/2024 - 09:20
Giám sát việc thực hiện Dự án 8 tại Nam Giang
(QNO) - Từ ngày 12 đến 14/8/2024, Đoàn giám sát Hội LHPN tỉnh Quảng Nam do bà Alăng Thị Dung, Phó Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện Dự án 8 về bình đẳng giới tại huyện Nam Giang.
Cuộc giám sát thực hiện theo Kế hoạch số 45/KH-HLHPN ngày 20/7/2024 của Ban Thường vụ Hội LHPN tỉnh về chương trình giám sát năm 2024, nằm trong lộ trình triển khai Nghị quyết số 120/2020/QH14 ngày 19/6/2020 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Đoàn đã làm việc với Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện và trực tiếp giám sát tại 3 xã, thị trấn gồm La Êê, Chơ Chun và thị trấn Thạnh Mỹ. Theo báo cáo, từ năm 2022 đến nay, huyện được phân bổ 3,6 tỷ đồng cho Dự án 8, đã giải ngân đạt 64,3%; thành lập 27 câu lạc bộ "Thủ lĩnh của sự thay đổi" ở các trường học và 9 tổ truyền thông cộng đồng; tổ chức tập huấn cho 1.870 lượt phụ nữ, trẻ em gái người Cơ Tu, Giẻ Triêng về kiến thức bình đẳng giới, sức khỏe sinh sản.
Làm việc với đoàn, bà Bríu Thị Nhiên, Chủ tịch Hội LHPN xã La Êê, cho biết các chị em rất phấn khởi khi được tham gia sinh hoạt câu lạc bộ, song kinh phí cho mỗi buổi sinh hoạt chỉ khoảng 700.000 đồng nên khó duy trì hằng tháng. Ông Zơ Râm Dênh, Phó Chủ tịch UBND xã Chơ Chun, đề nghị giao thêm chỉ tiêu cho xã vì xã có 2 thôn giáp biên, tỷ lệ hộ nghèo còn cao.
Bà Coor Thị Bích, Chủ tịch Hội LHPN huyện Nam Giang, thừa nhận việc triển khai còn chậm do cán bộ thiếu kinh nghiệm làm hồ sơ thanh quyết toán; một số nội dung, như xây dựng địa chỉ tin cậy, chưa phù hợp điều kiện của thôn ở xa.
Kết thúc đợt giám sát, bà Alăng Thị Dung đánh giá huyện đã có nhiều cố gắng, song đề nghị UBND huyện chỉ đạo đẩy nhanh giải ngân; rà soát, điều chỉnh các hoạt động cho phù hợp phong tục của đồng bào. Đoàn đưa ra 6 kiến nghị, trong đó có kiến nghị tăng định mức chi cho sinh hoạt câu lạc bộ và bố trí cán bộ chuyên trách theo dõi Dự án 8 ở cấp huyện. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Hội LHPN tỉnh, đồng gửi Ban Dân tộc tỉnh trước ngày 30/9.
Thông tin thêm về phong trào, bà Coor Thị Bích cho biết huyện có 48 chi hội phụ nữ, trong đó 31 chi hội ở vùng đồng bào dân tộc thiểu số.
Đoan Ngọc
Lượt xem: 389
Tin liên quan
- Phụ nữ Tây Giang giữ nghề dệt zèng (05/08/2024)
- Hội LHPN tỉnh tập huấn kỹ năng giám sát, phản biện xã hội (26/07/2024)
- Nam Trà My: trao 20 suất quà cho phụ nữ đơn thân (15/07/2024)
""", "2024-08-15", "Giám sát việc thực hiện Dự án 8 tại Nam Giang",
E("giam_sat", "2024", "2024-08-12"),
[P("Alăng Thị Dung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bríu Thị Nhiên", "Chủ tịch Hội LHPN xã La Êê"),
 P("Zơ Râm Dênh", "Phó Chủ tịch UBND xã Chơ Chun"),
 P("Coor Thị Bích", "Chủ tịch Hội LHPN huyện Nam Giang")],
[Q("3 xã, thị trấn", 3, "xã, thị trấn"), Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("64,3%", 64.3, "%"), Q("27 câu lạc bộ", 27, "câu lạc bộ"),
 Q("9 tổ truyền thông cộng đồng", 9, "tổ truyền thông cộng đồng"), Q("1.870 lượt phụ nữ, trẻ em gái", 1870, "lượt phụ nữ, trẻ em gái"),
 Q("khoảng 700.000 đồng", 700000, "đồng", "approx"), Q("2 thôn giáp biên", 2, "thôn giáp biên"), Q("6 kiến nghị", 6, "kiến nghị"),
 Q("48 chi hội phụ nữ", 48, "chi hội phụ nữ"), Q("31 chi hội", 31, "chi hội")],
[D("Kế hoạch", "45", "KH-HLHPN", "2024-07-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 45/KH-HLHPN ngày 20/7/2024"),
 D("Nghị quyết", "120", "2020/QH14", "2020-06-19", "Quốc hội", "Nghị quyết số 120/2020/QH14 ngày 19/6/2020")],
[prov("Quảng Nam"), com("La Êê"), com("Chơ Chun"), com("Thạnh Mỹ")],
["BÁO QUẢNG NAM ONLINE", "Trang chủ » Xã hội » Dân tộc - Miền núi", "(QNO)", "Thủ lĩnh của sự thay đổi",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 389"],
["15/08/2024 - 09:20", "Dự án 8", "năm 2024", "năm 2022", "ngày 30/9", "Lượt xem: 389"]))

PAGES.append(page("b9309-binhphuoc-hnd-taphuan-2024", """
Báo Bình Phước điện tử
Trang chủ › Kinh tế › Nông nghiệp
Ngày đăng 10/10/2024 | 14:00
Học viên thực hành mở gian hàng trên sàn thương mại điện tử.
Nông dân vùng đồng bào S'tiêng học bán hàng trên mạng
BP - Trong 2 ngày 8 và 9/10, Hội Nông dân tỉnh phối hợp với Sở Thông tin và Truyền thông tổ chức lớp tập huấn chuyển đổi số trong nông nghiệp năm 2024 cho 80 học viên là cán bộ chi hội, tổ hợp tác và nông dân tiêu biểu của 12 xã vùng đồng bào dân tộc thiểu số.
Lớp học triển khai Kế hoạch số 89-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh về thực hiện Quyết định số 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 và Nghị quyết 19-NQ/TW của Ban Chấp hành Trung ương Đảng về nông nghiệp, nông dân, nông thôn.
Khai giảng lớp học, ông Điểu Thanh Hùng, Phó Chủ tịch Hội Nông dân tỉnh nhấn mạnh: người nông dân hôm nay không chỉ biết trồng điều, trồng tiêu mà phải biết dùng chiếc điện thoại thông minh để tìm giá, tìm khách. Theo ông, đến nay toàn tỉnh có 1.450 hộ nông dân đã mở tài khoản thanh toán điện tử, 35 sản phẩm OCOP được đưa lên sàn thương mại điện tử, nhưng tỷ lệ nông dân đồng bào dân tộc thiểu số biết bán hàng trực tuyến mới khoảng 8%.
Trong 2 ngày, học viên được giảng viên Nguyễn Minh Trí, Phó Trưởng phòng Công nghệ thông tin Sở Thông tin và Truyền thông, hướng dẫn cách chụp ảnh sản phẩm, viết bài giới thiệu, mở gian hàng trên sàn Postmart, Voso, livestream bán hàng và nhận biết thủ đoạn lừa đảo qua mạng.
Bà Thị Lên, Chi hội trưởng Chi hội Nông dân sóc Bom Bo, xã Bình Minh, cho biết sóc có 46 hộ trồng điều hữu cơ nhưng lâu nay chủ yếu bán cho thương lái. "Học xong, tôi về hướng dẫn bà con đăng bán hạt điều rang muối, rượu cần lên mạng", bà Lên nói.
Ông Điểu Bình, nông dân ở xã Đăk Ơ, có 3 ha sầu riêng, cho biết ông mới lần đầu biết cách kiểm tra truy xuất nguồn gốc bằng mã QR. Còn ông Lý Văn Cường, Giám đốc Hợp tác xã nông nghiệp Đức Hạnh, mong muốn Hội hỗ trợ hợp tác xã xây dựng trang bán hàng riêng.
Kết thúc lớp học, ông Điểu Thanh Hùng giao mỗi chi hội tham gia lập ít nhất 1 nhóm Zalo để chia sẻ thông tin giá cả, thời tiết; Hội Nông dân tỉnh sẽ tổ chức thêm 4 lớp tương tự trước cuối năm 2024 cho 320 hội viên ở các huyện Bù Gia Mập, Bù Đăng, Lộc Ninh, Phú Riềng. Mỗi học viên được hỗ trợ 200.000 đồng tiền đi lại.
Thu Hiền
Lượt xem: 614
Tin cùng chuyên mục
- Giá điều tăng, nông dân phấn khởi (06/10/2024)
- Hội Nông dân tỉnh giám sát việc sử dụng phân bón (30/09/2024)
- Trao vốn Quỹ Hỗ trợ nông dân cho 15 hộ ở Hớn Quản (24/09/2024)
""", "2024-10-10", "Nông dân vùng đồng bào S'tiêng học bán hàng trên mạng",
E("tap_huan", "2024", "2024-10-08"),
[P("Điểu Thanh Hùng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Minh Trí", "giảng viên", "Phó Trưởng phòng Công nghệ thông tin Sở Thông tin và Truyền thông"),
 P("Thị Lên", "Chi hội trưởng Chi hội Nông dân sóc Bom Bo"),
 P("Điểu Bình"),
 P("Lý Văn Cường", "Giám đốc Hợp tác xã nông nghiệp Đức Hạnh")],
[Q("80 học viên", 80, "học viên"), Q("12 xã", 12, "xã"), Q("1.450 hộ nông dân", 1450, "hộ nông dân"), Q("35 sản phẩm OCOP", 35, "sản phẩm OCOP"),
 Q("khoảng 8%", 8, "%", "approx"), Q("46 hộ", 46, "hộ"), Q("3 ha", 3, "ha"), Q("4 lớp", 4, "lớp"), Q("320 hội viên", 320, "hội viên"),
 Q("200.000 đồng", 200000, "đồng")],
[D("Kế hoạch", "89", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 89-KH/HNDT"),
 D("Quyết định", "749", "QĐ-TTg", "2020-06-03", "Thủ tướng Chính phủ", "Quyết định số 749/QĐ-TTg ngày 3/6/2020"),
 D("Nghị quyết", "19", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết 19-NQ/TW")],
[prov("Bình Phước"), com("Bình Minh"), com("Đăk Ơ")],
["Báo Bình Phước điện tử", "Trang chủ › Kinh tế › Nông nghiệp", "Học viên thực hành mở gian hàng trên sàn thương mại điện tử.", "BP",
 "Chương trình chuyển đổi số quốc gia", "Postmart", "Voso", "Zalo", "Lượt xem: 614"],
["Ngày đăng 10/10/2024 | 14:00", "2 ngày", "năm 2024", "năm 2025", "năm 2030", "ít nhất 1 nhóm Zalo", "Lượt xem: 614"]))

PAGES.append(page("b9310-haiphong-lhpn-tongket-2024", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Bạn đang ở: Trang chủ > Xã hội > Phụ nữ - Gia đình
Thứ Năm, 09/01/2025 - 17:00
Toàn cảnh hội nghị. Ảnh: Thế Dũng
Hội LHPN thành phố triển khai nhiệm vụ năm 2025
Chiều 8/1, Hội LHPN thành phố Hải Phòng tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Đỗ Mạnh Hiến, Phó Bí thư Thường trực Thành ủy; đồng chí Lê Thị Thu Hằng, Phó Chủ tịch Hội LHPN Việt Nam. Đồng chí Vũ Thị Tú Anh, Thành ủy viên, Chủ tịch Hội LHPN thành phố chủ trì hội nghị.
Năm 2024, các cấp Hội tiếp tục thực hiện Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ Chính trị về xây dựng và phát triển thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045 gắn với Kế hoạch số 36-KH/HPN của Ban Thường vụ Hội LHPN thành phố về nâng cao chất lượng hội viên. Toàn thành phố kết nạp 6.840 hội viên mới, đạt 114% chỉ tiêu; hỗ trợ 1.260 phụ nữ khởi nghiệp, thành lập mới 38 hợp tác xã, tổ hợp tác do phụ nữ quản lý. Các cấp Hội vận động hơn 9,3 tỷ đồng xây, sửa 112 căn "Mái ấm tình thương", góp phần cùng thành phố hoàn thành xóa nhà tạm, nhà dột nát. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" có 92,6% hộ gia đình hội viên đạt tiêu chí.
Đặc biệt, sau cơn bão số 3 (Yagi) tháng 9/2024, Hội LHPN thành phố đã tiếp nhận và trao 4.500 suất quà trị giá 2,7 tỷ đồng cho phụ nữ bị thiệt hại; hỗ trợ 620 hộ hội viên khôi phục sản xuất.
Tại hội nghị, bà Phạm Thị Hoa, Chủ tịch Hội LHPN phường Lãm Hà, chia sẻ mô hình "Tổ phụ nữ phân loại rác tại nguồn" với 320 hộ tham gia. Bà Nguyễn Thị Hường, Chi hội trưởng phụ nữ thôn Liên Minh, xã Trân Châu, nói về cách vận động chị em làm du lịch homestay ở đảo Cát Bà. Theo bà, thôn hiện có 17 hộ hội viên làm homestay, mỗi hộ thu nhập bình quân 150 triệu đồng/năm.
Phát biểu chỉ đạo, đồng chí Đỗ Mạnh Hiến đề nghị năm 2025 các cấp Hội quán triệt tinh thần Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng về sắp xếp tổ chức bộ máy, chủ động chuẩn bị phương án khi Hội LHPN trực thuộc Ủy ban MTTQ Việt Nam; đồng thời chuẩn bị tốt Đại hội Phụ nữ các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Cờ thi đua cho 2 tập thể; Hội LHPN thành phố tặng bằng khen cho 45 tập thể, 78 cá nhân có thành tích xuất sắc năm 2024.
Minh Thu
Lượt xem: 1.306
Tin liên quan
- Ra mắt mô hình "Chi hội phụ nữ 3 sạch" tại An Dương (02/01/2025)
- Phụ nữ Hải Phòng trao 200 suất quà Tết cho hội viên nghèo (28/12/2024)
- Hội LHPN thành phố giám sát việc thực hiện chính sách với lao động nữ (18/12/2024)
""", "2025-01-09", "Hội LHPN thành phố triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-01-08"),
[P("Đỗ Mạnh Hiến", "Phó Bí thư Thường trực Thành ủy"),
 P("Lê Thị Thu Hằng", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Vũ Thị Tú Anh", "Thành ủy viên", "Chủ tịch Hội LHPN thành phố"),
 P("Phạm Thị Hoa", "Chủ tịch Hội LHPN phường Lãm Hà"),
 P("Nguyễn Thị Hường", "Chi hội trưởng phụ nữ thôn Liên Minh")],
[Q("6.840 hội viên mới", 6840, "hội viên mới"), Q("114%", 114, "%"), Q("1.260 phụ nữ", 1260, "phụ nữ"),
 Q("38 hợp tác xã, tổ hợp tác", 38, "hợp tác xã, tổ hợp tác"), Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"),
 Q("112 căn", 112, "căn"), Q("92,6%", 92.6, "%"), Q("4.500 suất quà", 4500, "suất quà"), Q("2,7 tỷ đồng", 2700000000, "đồng"),
 Q("620 hộ hội viên", 620, "hộ hội viên"), Q("320 hộ", 320, "hộ"), Q("17 hộ hội viên", 17, "hộ hội viên"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("2 tập thể", 2, "tập thể"), Q("45 tập thể", 45, "tập thể"),
 Q("78 cá nhân", 78, "cá nhân")],
[D("Nghị quyết", "45", "NQ/TW", "2019-01-24", "Bộ Chính trị", "Nghị quyết số 45-NQ/TW ngày 24/1/2019"),
 D("Kế hoạch", "36", "KH/HPN", None, "Ban Thường vụ Hội LHPN thành phố", "Kế hoạch số 36-KH/HPN"),
 D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 18-NQ/TW")],
[prov("Hải Phòng"), com("Lãm Hà"), com("Trân Châu")],
["BÁO HẢI PHÒNG ĐIỆN TỬ", "Bạn đang ở: Trang chủ > Xã hội > Phụ nữ - Gia đình", "Toàn cảnh hội nghị. Ảnh: Thế Dũng",
 "Mái ấm tình thương", "Xây dựng gia đình 5 không, 3 sạch", "Tổ phụ nữ phân loại rác tại nguồn", "Cát Bà", "Lượt xem: 1.306"],
["Thứ Năm, 09/01/2025 - 17:00", "năm 2024", "năm 2025", "năm 2030", "năm 2045", "5 không, 3 sạch", "bão số 3", "tháng 9/2024",
 "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.306"]))
