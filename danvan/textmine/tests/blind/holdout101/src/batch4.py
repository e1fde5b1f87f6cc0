from lib import *
PAGES = []

PAGES.append(page("b2399-tuyenquang-hnd-giaoban-2025", """
HỘI NÔNG DÂN TỈNH TUYÊN QUANG
Trang chủ » Tin tức » Hoạt động Hội
08/10/2025 15:10
Ảnh: Các đại biểu dự giao ban tại điểm cầu tỉnh.
Hội Nông dân 124 xã, phường hoàn thành kiện toàn tổ chức sau sắp xếp
Ngày 7/10, Hội Nông dân tỉnh Tuyên Quang tổ chức hội nghị giao ban trực tuyến công tác Hội quý III năm 2025 với 124 xã, phường trong tỉnh. Đây là lần giao ban đầu tiên sau khi hợp nhất hai tỉnh Tuyên Quang, Hà Giang và vận hành chính quyền địa phương hai cấp. Đồng chí Lý Thị Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh chủ trì.
Theo báo cáo, thực hiện Nghị quyết 202/2025/QH15 của Quốc hội và Kế hoạch số 12-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh, đến nay 124 cơ sở Hội cấp xã đã được kiện toàn, với 248 cán bộ chuyên trách, bán chuyên trách; toàn tỉnh có 286.400 hội viên. Trong quý III, các cấp Hội kết nạp 2.160 hội viên mới, thành lập 18 chi hội nông dân nghề nghiệp.
Quỹ Hỗ trợ nông dân các cấp giải ngân 9,8 tỷ đồng cho 312 hộ vay; Hội phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ 4.860 tỷ đồng. Sau cơn bão số 10, Hội đã vận động hỗ trợ 1.240 hộ hội viên bị thiệt hại với tổng trị giá 2,3 tỷ đồng; giúp nông dân khôi phục 860 ha lúa, ngô bị ngập.
Thực hiện Quyết định 919/QĐ-TTg ngày 1/8/2022 của Thủ tướng Chính phủ, toàn tỉnh có 412 sản phẩm OCOP, trong đó 38 sản phẩm đạt 4 sao như chè Shan tuyết, cam sành, mật ong bạc hà. Hội đã đưa 156 sản phẩm lên sàn thương mại điện tử theo tinh thần Nghị quyết 57-NQ/TW của Bộ Chính trị.
Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Ma Thị Hiền, Sùng Mí Chứ báo cáo tình hình ở các xã vùng cao. Bà Bàn Thị Hương, Chủ tịch Hội Nông dân xã Mèo Vạc, cho biết Hội vận động 73 hộ người Mông, Lô Lô trồng 45 ha cỏ nuôi bò; ông Sình Văn Chỉ, người Pà Thẻn, Chi hội trưởng Chi hội nông dân thôn Nặm Đăm, kiến nghị có cán bộ Hội cấp xã phụ trách riêng địa bàn rộng. Ông Hoàng Đình Tuấn, Chủ tịch Hội Nông dân phường Hà Giang 1, đề nghị sớm bàn giao hồ sơ vay vốn từ các huyện cũ.
Kết luận giao ban, đồng chí Lý Thị Ngân yêu cầu quý IV các cấp Hội tập trung hoàn thiện quy chế hoạt động, không để gián đoạn sinh hoạt hội viên; tham gia chuẩn bị Đại hội đại biểu Đảng bộ tỉnh; tổ chức bình xét hộ sản xuất, kinh doanh giỏi năm 2025. Đồng chí Nguyễn Văn Quang, Trưởng Ban Kinh tế Hội Nông dân tỉnh, hướng dẫn bàn giao Quỹ Hỗ trợ nông dân từ cấp huyện về cấp tỉnh.
Bảo Anh
Lượt xem: 826
Tin liên quan
- Hội Nông dân tỉnh trao 50 con bò giống cho hội viên xã Lâm Bình (25/09/2025)
- Giao ban công tác Hội quý II năm 2025 (10/07/2025)
- Tập huấn chuyển đổi số cho cán bộ Hội cấp xã (20/08/2025)
""", "2025-10-08", "Hội Nông dân 124 xã, phường hoàn thành kiện toàn tổ chức sau sắp xếp",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Lý Thị Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ma Thị Hiền", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Sùng Mí Chứ", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Bàn Thị Hương", "Chủ tịch Hội Nông dân xã Mèo Vạc"),
 P("Sình Văn Chỉ", "Chi hội trưởng Chi hội nông dân thôn Nặm Đăm"),
 P("Hoàng Đình Tuấn", "Chủ tịch Hội Nông dân phường Hà Giang 1"),
 P("Nguyễn Văn Quang", "Trưởng Ban Kinh tế Hội Nông dân tỉnh")],
[Q("124 xã, phường", 124, "xã, phường"), Q("124 cơ sở Hội cấp xã", 124, "cơ sở Hội cấp xã"), Q("248 cán bộ chuyên trách, bán chuyên trách", 248, "cán bộ chuyên trách, bán chuyên trách"),
 Q("286.400 hội viên", 286400, "hội viên"), Q("2.160 hội viên mới", 2160, "hội viên mới"), Q("18 chi hội nông dân nghề nghiệp", 18, "chi hội nông dân nghề nghiệp"),
 Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("312 hộ", 312, "hộ"), Q("4.860 tỷ đồng", 4860000000000, "đồng"), Q("1.240 hộ hội viên", 1240, "hộ hội viên"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("860 ha", 860, "ha"), Q("412 sản phẩm OCOP", 412, "sản phẩm OCOP"), Q("38 sản phẩm", 38, "sản phẩm"),
 Q("156 sản phẩm", 156, "sản phẩm"), Q("73 hộ người Mông, Lô Lô", 73, "hộ người Mông, Lô Lô"), Q("45 ha", 45, "ha")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết 202/2025/QH15"),
 D("Kế hoạch", "12", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 12-KH/HNDT"),
 D("Quyết định", "919", "QĐ-TTg", "2022-08-01", "Thủ tướng Chính phủ", "Quyết định 919/QĐ-TTg ngày 1/8/2022"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Hà Giang 1")],
["HỘI NÔNG DÂN TỈNH TUYÊN QUANG", "Trang chủ » Tin tức » Hoạt động Hội", "Ảnh: Các đại biểu dự giao ban tại điểm cầu tỉnh.",
 "Ngân hàng Chính sách xã hội", "Lượt xem: 826"],
["08/10/2025 15:10", "quý III năm 2025", "quý III", "quý IV", "bão số 10", "4 sao", "năm 2025", "Lượt xem: 826"]))

PAGES.append(page("b2400-vinhlong-ocop-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội
Thứ Sáu, 19/12/2025 - 10:00
Đại biểu tham quan gian hàng sản phẩm OCOP của các xã, phường.
Tổng kết Chương trình OCOP năm 2025: Vĩnh Long có 486 sản phẩm đạt chuẩn
Ngày 18/12/2025, UBND tỉnh Vĩnh Long tổ chức hội nghị tổng kết Chương trình Mỗi xã một sản phẩm (OCOP) năm 2025, giai đoạn 2021 - 2025 và định hướng giai đoạn 2026 - 2030. Đây là lần tổng kết đầu tiên sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Đồng chí Nguyễn Thành Được, Phó Chủ tịch UBND tỉnh chủ trì; dự có đồng chí Thạch Ngọc Sang, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo báo cáo của Sở Nông nghiệp và Môi trường, thực hiện Quyết định 919/QĐ-TTg của Thủ tướng Chính phủ và Quyết định 148/QĐ-TTg của Thủ tướng Chính phủ về bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP, đến nay toàn tỉnh có 486 sản phẩm OCOP của 312 chủ thể, trong đó 92 sản phẩm đạt 4 sao, 3 sản phẩm đạt 5 sao (kẹo dừa, bưởi da xanh, rượu Xuân Thạnh). Riêng năm 2025 công nhận mới 74 sản phẩm. Tổng doanh thu các sản phẩm OCOP ước đạt 3.250 tỷ đồng, tăng 12% so với năm 2024.
Chủ thể tham gia gồm 98 hợp tác xã, 106 doanh nghiệp, 108 cơ sở sản xuất và hộ kinh doanh. Diện tích vùng nguyên liệu gắn với sản phẩm OCOP khoảng 18.500 ha, chủ yếu là dừa, bưởi, lúa đặc sản; tạo việc làm cho hơn 9.000 lao động nông thôn.
Tại hội nghị, bà Kim Thị Sóc Ny, người Khmer, Giám đốc Hợp tác xã nông nghiệp Tập Ngãi, chia sẻ sản phẩm gạo hữu cơ của hợp tác xã đạt 4 sao, tiêu thụ 1.200 tấn mỗi năm. Ông Huỳnh Văn Nghĩa, Chủ tịch Hội Nông dân xã Lương Phú, đề nghị hỗ trợ hộ nông dân làm mã vùng trồng cho 350 ha dừa xuất khẩu. Bà Sơn Thị Mỹ Hạnh, Phó Giám đốc Sở Nông nghiệp và Môi trường, giải trình về nguồn kinh phí hỗ trợ theo Nghị quyết số 18/2025/NQ-HĐND của HĐND tỉnh.
Phát biểu chỉ đạo, đồng chí Nguyễn Thành Được yêu cầu các xã, phường rà soát, đánh giá lại 486 sản phẩm khi hết hạn chứng nhận, không chạy theo số lượng; thực hiện Kế hoạch 45, 46/KH-UBND của UBND tỉnh về phát triển sản phẩm chủ lực và xúc tiến thương mại năm 2026. Hội Nông dân, Hội Liên hiệp Phụ nữ, Tỉnh đoàn được giao đồng hành với chủ thể trẻ, đưa sản phẩm lên sàn thương mại điện tử.
Dịp này, UBND tỉnh tặng bằng khen cho 25 tập thể và 30 cá nhân có thành tích trong Chương trình OCOP giai đoạn 2021 - 2025.
Thanh Hằng
Bài viết liên quan
- Vĩnh Long: 15 xã đạt chuẩn nông thôn mới nâng cao năm 2025 (10/12/2025)
- Hội chợ nông sản, sản phẩm OCOP vùng đồng bằng sông Cửu Long (28/11/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Hội Nông dân tỉnh (14/11/2025)
""", "2025-12-19", "Tổng kết Chương trình OCOP năm 2025: Vĩnh Long có 486 sản phẩm đạt chuẩn",
E("tong_ket", "2025", "2025-12-18"),
[P("Nguyễn Thành Được", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Ngọc Sang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Thị Sóc Ny", "Giám đốc Hợp tác xã nông nghiệp Tập Ngãi"),
 P("Huỳnh Văn Nghĩa", "Chủ tịch Hội Nông dân xã Lương Phú"),
 P("Sơn Thị Mỹ Hạnh", "Phó Giám đốc Sở Nông nghiệp và Môi trường")],
[Q("486 sản phẩm OCOP", 486, "sản phẩm OCOP"), Q("312 chủ thể", 312, "chủ thể"), Q("92 sản phẩm", 92, "sản phẩm"), Q("3 sản phẩm", 3, "sản phẩm"),
 Q("74 sản phẩm", 74, "sản phẩm"), Q("3.250 tỷ đồng", 3250000000000, "đồng", "approx"), Q("12%", 12, "%"),
 Q("98 hợp tác xã", 98, "hợp tác xã"), Q("106 doanh nghiệp", 106, "doanh nghiệp"), Q("108 cơ sở sản xuất và hộ kinh doanh", 108, "cơ sở sản xuất và hộ kinh doanh"),
 Q("khoảng 18.500 ha", 18500, "ha", "approx"), Q("hơn 9.000 lao động nông thôn", 9000, "lao động nông thôn", "over"),
 Q("1.200 tấn", 1200, "tấn"), Q("350 ha", 350, "ha"), Q("25 tập thể", 25, "tập thể"), Q("30 cá nhân", 30, "cá nhân")],
[D("Quyết định", "919", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 919/QĐ-TTg"),
 D("Quyết định", "148", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 148/QĐ-TTg"),
 D("Nghị quyết", "18", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 18/2025/NQ-HĐND"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 45, 46/KH-UBND"),
 D("Kế hoạch", "46", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 45, 46/KH-UBND")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Lương Phú")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội",
 "Đại biểu tham quan gian hàng sản phẩm OCOP của các xã, phường.", "Mỗi xã một sản phẩm", "rượu Xuân Thạnh"],
["Thứ Sáu, 19/12/2025 - 10:00", "năm 2025", "giai đoạn 2021 - 2025", "giai đoạn 2026 - 2030", "4 sao", "5 sao", "năm 2024", "năm 2026"]))

PAGES.append(page("b2401-lamdong-mttq-giamsat-2025", """
Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng
Vị trí: Trang chủ / Giám sát và phản biện xã hội
Thứ Sáu, 21/11/2025
Đồng chí Ka Thị Bích phát biểu kết luận buổi giám sát.
Giám sát chính sách tín dụng cho nông dân ở các xã sau sắp xếp
Từ ngày 18 đến 20/11/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do đồng chí Ka Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn tại các xã Lạc Dương, Tuy Đức và Phan Sơn. Cuộc giám sát thực hiện theo Kế hoạch số 23/KH-MTTQ-BTT về chương trình giám sát năm 2025 của Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, thực hiện Nghị định 55/2015/NĐ-CP và Nghị định 116/2018/NĐ-CP của Chính phủ, tại 3 xã có 6.420 hộ đang vay vốn với tổng dư nợ 1.180 tỷ đồng; 2.150 hộ được vay không có tài sản bảo đảm, mức vay tối đa 100 triệu đồng. Nguồn vốn ủy thác qua Hội Nông dân, Hội Liên hiệp Phụ nữ đạt 215 tỷ đồng với 98 tổ tiết kiệm và vay vốn. Nợ quá hạn chiếm 0,42% tổng dư nợ.
Tại xã Lạc Dương, ông K'Sửu, người Cơ Ho, Chủ tịch Ủy ban MTTQ xã, cho biết sau sắp xếp, địa bàn xã rộng hơn 1.200 km2, nhiều hộ vay ở xa trung tâm; 26 tổ tiết kiệm và vay vốn đã được kiện toàn. Bà Rơ Ông K'Hoa, người Cơ Ho, tổ trưởng tổ tiết kiệm và vay vốn thôn Đạ Nghịch, kiến nghị nâng mức vay cho hộ trồng cà phê, rau hoa công nghệ cao. Tại xã Tuy Đức, ông Điểu Sơn, người Mnông, Chủ tịch Hội Nông dân xã, đề nghị hỗ trợ vốn cho 140 hộ tái canh 280 ha cà phê, hồ tiêu.
Tại xã Phan Sơn, ông Bố Xuân Lăm, người Raglai, Phó Chủ tịch UBND xã, cho biết xã có 1.050 hộ đồng bào dân tộc thiểu số, chủ yếu trồng điều, bắp; 320 hộ được vay vốn theo Quyết định 1719/QĐ-TTg. Ông Thông Văn Ngọc, người Chăm ở thôn Lạc Tánh, phản ánh thủ tục vay còn phải xác nhận nhiều lần sau khi bỏ cấp huyện; có hộ phải đi gần 40 km mới đến được điểm giao dịch của ngân hàng.
Kết luận giám sát, đồng chí Ka Thị Bích đề nghị các ngân hàng đơn giản hóa thủ tục, công khai lãi suất tại trụ sở xã, bố trí điểm giao dịch lưu động tại các thôn xa; đề nghị Hội Nông dân tỉnh bổ sung vốn Quỹ Hỗ trợ nông dân cho các xã vùng đồng bào. Các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Điểu Thị Brin, Lê Hữu Phước sẽ tổng hợp báo cáo gửi Ban Thường vụ Tỉnh ủy theo Quy định 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư.
Lâm Phương
Tin liên quan
- Mặt trận tỉnh giám sát việc bố trí cán bộ cấp xã (12/11/2025)
- Trao 100 suất quà cho hộ nghèo xã Đam Rông (03/11/2025)
- Hội nghị phản biện dự thảo quy định giá đất (28/10/2025)
""", "2025-11-21", "Giám sát chính sách tín dụng cho nông dân ở các xã sau sắp xếp",
E("giam_sat", "2025", "2025-11-18"),
[P("Ka Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Sửu", "Chủ tịch Ủy ban MTTQ xã"),
 P("Rơ Ông K'Hoa", "tổ trưởng tổ tiết kiệm và vay vốn thôn Đạ Nghịch"),
 P("Điểu Sơn", "Chủ tịch Hội Nông dân xã"),
 P("Bố Xuân Lăm", "Phó Chủ tịch UBND xã"),
 P("Thông Văn Ngọc"),
 P("Điểu Thị Brin", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hữu Phước", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3 xã", 3, "xã"), Q("6.420 hộ", 6420, "hộ"), Q("1.180 tỷ đồng", 1180000000000, "đồng"), Q("2.150 hộ", 2150, "hộ"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("215 tỷ đồng", 215000000000, "đồng"), Q("98 tổ tiết kiệm và vay vốn", 98, "tổ tiết kiệm và vay vốn"), Q("0,42%", 0.42, "%"),
 Q("hơn 1.200 km2", 1200, "km2", "over"), Q("26 tổ tiết kiệm và vay vốn", 26, "tổ tiết kiệm và vay vốn"), Q("140 hộ", 140, "hộ"),
 Q("280 ha", 280, "ha"), Q("gần 40 km", 40, "km", "approx"), Q("1.050 hộ đồng bào dân tộc thiểu số", 1050, "hộ đồng bào dân tộc thiểu số"), Q("320 hộ", 320, "hộ")],
[D("Kế hoạch", "23", "KH-MTTQ-BTT", None, None, "Kế hoạch số 23/KH-MTTQ-BTT"),
 D("Nghị định", "55", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 55/2015/NĐ-CP"),
 D("Nghị định", "116", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 116/2018/NĐ-CP"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định 124-QĐ/TW ngày 4/10/2023")],
[prov("Lâm Đồng"), com("Lạc Dương"), com("Tuy Đức"), com("Phan Sơn")],
["Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", "Vị trí: Trang chủ / Giám sát và phản biện xã hội", "Đồng chí Ka Thị Bích phát biểu kết luận buổi giám sát.",
 ],
["Thứ Sáu, 21/11/2025", "năm 2025"]))

PAGES.append(page("b2402-dongnai-hnd-tongket-2025", """
HỘI NÔNG DÂN TỈNH ĐỒNG NAI
Trang chủ >> Tin tức >> Hoạt động Hội
16/01/2026 - 10:05
Hội Nông dân tỉnh Đồng Nai triển khai nhiệm vụ năm 2026
Ngày 14/1/2026, Ban Chấp hành Hội Nông dân tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Hội Nông dân tỉnh hoạt động sau khi hợp nhất hai tỉnh Đồng Nai và Bình Phước. Dự hội nghị có đồng chí Hồ Thị Thanh Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Điểu Lên, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì.
Đồng chí Điểu Lên phát biểu tại hội nghị.
Báo cáo cho biết, năm 2025 các cấp Hội kết nạp 4.870 hội viên mới, nâng tổng số hội viên lên 318.600 người; có 62.400 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân các cấp đạt 96,5 tỷ đồng, cho 2.140 hộ vay; Hội phối hợp ngân hàng quản lý dư nợ 3.980 tỷ đồng. Nông dân đã chuyển đổi 5.600 ha điều, cao su kém hiệu quả sang trồng sầu riêng, cà phê, hồ tiêu; hình thành 34 vùng sản xuất tập trung với tổng diện tích 21.000 ha.
Thực hiện Hướng dẫn 25, 26-HD/HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam và Kết luận số 150-KL/TW của Bộ Chính trị, Hội đã hoàn thành sắp xếp tổ chức tại 95 xã, phường; bàn giao nguyên trạng 486 tổ hội nông dân nghề nghiệp. Các cấp Hội đã vận động hỗ trợ làm mới 210 căn nhà cho hội viên nghèo với kinh phí 12,6 tỷ đồng, góp phần hoàn thành mục tiêu xóa nhà tạm, nhà dột nát.
Tại hội nghị, bà Thị Hoa, người S'tiêng, Chủ tịch Hội Nông dân xã Bình Tân, chia sẻ cách vận động 38 hộ đồng bào liên kết trồng điều hữu cơ trên 120 ha. Ông Đào Văn Tơ, người Chơ Ro, Giám đốc Hợp tác xã nông nghiệp Thọ Sơn, cho biết hợp tác xã có 2 sản phẩm OCOP 4 sao, doanh thu năm 2025 đạt 9,4 tỷ đồng. Ông Lâm Văn Sóc, Chi hội trưởng Chi hội nông dân ấp Sóc Bom Bo, kiến nghị giảm thủ tục khi vay vốn Quỹ.
Phát biểu, đồng chí Hồ Thị Thanh Thủy ghi nhận kết quả và đề nghị năm 2026 Hội tiếp tục thực hiện Nghị quyết 19-NQ/TW của Ban Chấp hành Trung ương; phấn đấu kết nạp 4.000 hội viên mới, phát triển Quỹ Hỗ trợ nông dân thêm 8 tỷ đồng, hỗ trợ thành lập 30 hợp tác xã, 60 tổ hợp tác. Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Nguyễn Thị Xuân Lan, Trịnh Văn Thức, Điểu Thị Mai tiếp thu ý kiến của đại biểu.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng bằng khen cho 4 tập thể, 6 cá nhân; Hội Nông dân tỉnh tặng giấy khen cho 42 tập thể và 65 cá nhân có thành tích xuất sắc năm 2025.
Hải Yến
Lượt truy cập: 2.041
Các tin khác
- Hội Nông dân tỉnh trao 300 phần quà Tết cho hội viên nghèo (12/01/2026)
- Đồng Nai có 12 nông dân Việt Nam xuất sắc (30/12/2025)
- Tập huấn kỹ thuật trồng sầu riêng cho 150 hội viên (20/12/2025)
""", "2026-01-16", "Hội Nông dân tỉnh Đồng Nai triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Hồ Thị Thanh Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Lên", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thị Hoa", "Chủ tịch Hội Nông dân xã Bình Tân"),
 P("Đào Văn Tơ", "Giám đốc Hợp tác xã nông nghiệp Thọ Sơn"),
 P("Lâm Văn Sóc", "Chi hội trưởng Chi hội nông dân ấp Sóc Bom Bo"),
 P("Nguyễn Thị Xuân Lan", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trịnh Văn Thức", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Điểu Thị Mai", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("4.870 hội viên mới", 4870, "hội viên mới"), Q("318.600 người", 318600, "người"), Q("62.400 hộ", 62400, "hộ"),
 Q("96,5 tỷ đồng", 96500000000, "đồng"), Q("2.140 hộ", 2140, "hộ"), Q("3.980 tỷ đồng", 3980000000000, "đồng"), Q("5.600 ha", 5600, "ha"),
 Q("34 vùng sản xuất tập trung", 34, "vùng sản xuất tập trung"), Q("21.000 ha", 21000, "ha"), Q("95 xã, phường", 95, "xã, phường"),
 Q("486 tổ hội nông dân nghề nghiệp", 486, "tổ hội nông dân nghề nghiệp"), Q("210 căn nhà", 210, "căn nhà"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("38 hộ đồng bào", 38, "hộ đồng bào"), Q("120 ha", 120, "ha"), Q("2 sản phẩm OCOP", 2, "sản phẩm OCOP"), Q("9,4 tỷ đồng", 9400000000, "đồng"),
 Q("4.000 hội viên mới", 4000, "hội viên mới"), Q("8 tỷ đồng", 8000000000, "đồng"), Q("30 hợp tác xã", 30, "hợp tác xã"), Q("60 tổ hợp tác", 60, "tổ hợp tác"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("42 tập thể", 42, "tập thể"), Q("65 cá nhân", 65, "cá nhân")],
[D("Hướng dẫn", "25", "HD/HNDTW", None, "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Hướng dẫn 25, 26-HD/HNDTW"),
 D("Hướng dẫn", "26", "HD/HNDTW", None, "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Hướng dẫn 25, 26-HD/HNDTW"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Nghị quyết", "19", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 19-NQ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Tân")],
["HỘI NÔNG DÂN TỈNH ĐỒNG NAI", "Trang chủ >> Tin tức >> Hoạt động Hội", "Đồng chí Điểu Lên phát biểu tại hội nghị.",
 "Lượt truy cập: 2.041"],
["16/01/2026 - 10:05", "năm 2025", "năm 2026", "4 sao", "Lượt truy cập: 2.041"]))

PAGES.append(page("b2403-gialai-lmhtx-taphuan-2026", """
Liên minh Hợp tác xã tỉnh Gia Lai
Bạn đang ở: Trang chủ › Tin tức › Đào tạo - Tập huấn
Thứ Sáu, 13/03/2026 - 08:30
Học viên thực hành bán hàng trên sàn thương mại điện tử.
Chuyển đổi số cho 150 cán bộ quản lý hợp tác xã nông nghiệp
Trong 3 ngày, từ 10 đến 12/3/2026, tại phường Quy Nhơn, Liên minh Hợp tác xã tỉnh Gia Lai phối hợp với Hội Nông dân tỉnh tổ chức lớp tập huấn chuyển đổi số và ứng dụng thương mại điện tử năm 2026 cho 150 cán bộ quản lý hợp tác xã nông nghiệp đến từ các xã, phường khu vực phía đông và phía tây của tỉnh.
Phát biểu khai mạc, ông Rơ Lan Siu, Phó Chủ tịch Liên minh Hợp tác xã tỉnh, cho biết sau hợp nhất hai tỉnh Gia Lai và Bình Định, toàn tỉnh có 1.024 hợp tác xã, trong đó 682 hợp tác xã nông nghiệp với hơn 58.000 thành viên; mới có 21% hợp tác xã có trang web hoặc gian hàng trên sàn thương mại điện tử. Lớp học nhằm thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, Luật Hợp tác xã năm 2023 và Kế hoạch số 08/KH-LMHTX của Liên minh Hợp tác xã tỉnh.
Các học viên được hướng dẫn lập gian hàng, chụp ảnh sản phẩm, livestream bán hàng, sử dụng phần mềm kế toán và nhật ký sản xuất điện tử. Giảng viên là bà Đinh Thị Hoa, Trưởng phòng Tư vấn - Hỗ trợ Liên minh Hợp tác xã tỉnh, và các chuyên gia của Sở Khoa học và Công nghệ.
Tại lớp học, bà Đinh Thị Blưk, người Ba Na, Giám đốc Hợp tác xã nông nghiệp Kon Pne, cho biết hợp tác xã có 46 thành viên trồng 80 ha cà phê, mỗi năm bán khoảng 160 tấn cà phê nhân; năm 2025 bán thử qua mạng được 3 tấn cà phê rang xay, thu 840 triệu đồng. Ông Ksor Hiếu, người Jrai, Chủ nhiệm Hợp tác xã dịch vụ nông nghiệp Ia Hrú, mong được hỗ trợ kinh phí mua thiết bị. Ông Phan Văn Lành, Giám đốc Hợp tác xã nông nghiệp Cát Tân, chia sẻ hợp tác xã đã bán 12 tấn gạo, nước mắm qua livestream, doanh thu 1,1 tỷ đồng.
Theo Liên minh Hợp tác xã tỉnh, năm 2026 sẽ mở 12 lớp tập huấn cấp tỉnh cho khoảng 900 học viên, hỗ trợ 100 hợp tác xã xây dựng gian hàng trực tuyến; mỗi hợp tác xã được hỗ trợ tối đa 20 triệu đồng. Bà Nguyễn Thị Thanh Tâm, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị các hợp tác xã liên kết với chi hội nông dân nghề nghiệp để có nguồn hàng ổn định.
Nhiều học viên lớn tuổi cho biết lần đầu được thực hành bán hàng trực tuyến và mong muốn có thêm lớp học tại xã. Kết thúc lớp học, các học viên được cấp giấy chứng nhận.
Hà Phương
Lượt xem: 715
Xem thêm
- Gia Lai có thêm 35 hợp tác xã thành lập mới (05/03/2026)
- Hội Nông dân tỉnh tập huấn trồng sầu riêng (25/02/2026)
- Hợp tác xã trẻ khởi nghiệp với sản phẩm OCOP (10/02/2026)
""", "2026-03-13", "Chuyển đổi số cho 150 cán bộ quản lý hợp tác xã nông nghiệp",
E("tap_huan", "2026", "2026-03-10"),
[P("Rơ Lan Siu", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh"),
 P("Đinh Thị Hoa", "Trưởng phòng Tư vấn - Hỗ trợ Liên minh Hợp tác xã tỉnh"),
 P("Đinh Thị Blưk", "Giám đốc Hợp tác xã nông nghiệp Kon Pne"),
 P("Ksor Hiếu", "Chủ nhiệm Hợp tác xã dịch vụ nông nghiệp Ia Hrú"),
 P("Phan Văn Lành", "Giám đốc Hợp tác xã nông nghiệp Cát Tân"),
 P("Nguyễn Thị Thanh Tâm", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("150 cán bộ quản lý hợp tác xã nông nghiệp", 150, "cán bộ quản lý hợp tác xã nông nghiệp"), Q("1.024 hợp tác xã", 1024, "hợp tác xã"),
 Q("682 hợp tác xã nông nghiệp", 682, "hợp tác xã nông nghiệp"), Q("hơn 58.000 thành viên", 58000, "thành viên", "over"), Q("21%", 21, "%"),
 Q("46 thành viên", 46, "thành viên"), Q("80 ha", 80, "ha"), Q("khoảng 160 tấn", 160, "tấn", "approx"), Q("3 tấn", 3, "tấn"),
 Q("840 triệu đồng", 840000000, "đồng"), Q("12 tấn", 12, "tấn"), Q("1,1 tỷ đồng", 1100000000, "đồng"),
 Q("12 lớp tập huấn cấp tỉnh", 12, "lớp tập huấn cấp tỉnh"), Q("khoảng 900 học viên", 900, "học viên", "approx"),
 Q("100 hợp tác xã", 100, "hợp tác xã"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết 57-NQ/TW ngày 22/12/2024"),
 D("Kế hoạch", "08", "KH-LMHTX", None, "Liên minh Hợp tác xã tỉnh", "Kế hoạch số 08/KH-LMHTX")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn")],
["Liên minh Hợp tác xã tỉnh Gia Lai", "Bạn đang ở: Trang chủ › Tin tức › Đào tạo - Tập huấn", "Học viên thực hành bán hàng trên sàn thương mại điện tử.",
 "Luật Hợp tác xã năm 2023", "Lượt xem: 715"],
["Thứ Sáu, 13/03/2026 - 08:30", "3 ngày", "năm 2026", "năm 2025", "Lượt xem: 715"]))

PAGES.append(page("b2404-thainguyen-hnd-hoinghi-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH THÁI NGUYÊN
Trang chủ - Phong trào nông dân - Nông dân sản xuất kinh doanh giỏi
Ngày đăng 24/04/2026 | 16:20
Thái Nguyên tôn vinh 120 nông dân sản xuất, kinh doanh giỏi
Ngày 23/4/2026, Hội Nông dân tỉnh Thái Nguyên tổ chức hội nghị biểu dương nông dân sản xuất, kinh doanh giỏi và hợp tác xã tiêu biểu năm 2026. Đây là lần đầu tiên hội nghị được tổ chức sau khi hợp nhất hai tỉnh Thái Nguyên và Bắc Kạn. Hội nghị đã biểu dương 120 nông dân sản xuất, kinh doanh giỏi và 25 hợp tác xã tiêu biểu.
Các nông dân tiêu biểu nhận bằng khen. Ảnh: Ngọc Thu
Dự hội nghị có đồng chí Ma Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; các đồng chí Phó Chủ tịch UBND tỉnh: Hoàng Văn Páo, Đỗ Thị Minh Hoa; đồng chí Nông Thanh Tùng, Trưởng Ban Kinh tế - Xã hội Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, năm 2025 toàn tỉnh có 98.600 hộ đăng ký thi đua; 61.300 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó hơn 1.200 hộ có thu nhập từ 1 tỷ đồng/năm trở lên. Diện tích chè toàn tỉnh đạt 23.800 ha, sản lượng chè búp tươi khoảng 270.000 tấn; tỉnh có 426 sản phẩm OCOP, trong đó 12 sản phẩm đạt 5 sao. Nông dân hiến 48.000 m2 đất, góp 36.000 ngày công làm 112 km đường giao thông nông thôn.
Thực hiện Nghị quyết 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương và Kết luận số 61-KL/TW của Ban Bí thư, Hội Nông dân tỉnh đã ký Quy chế phối hợp số 03-QCPH/HNDT-SNNMT với Sở Nông nghiệp và Môi trường; triển khai Kế hoạch số 05, 06-KH/HNDT về phong trào thi đua năm 2026.
Tại hội nghị, bà Triệu Thị Xiêm, người Dao ở xã Ba Bể, Giám đốc Hợp tác xã nông nghiệp Pác Ngòi, chia sẻ mô hình du lịch cộng đồng gắn với sản phẩm miến dong, doanh thu năm 2025 đạt 3,8 tỷ đồng, tạo việc làm cho 55 lao động. Ông Hà Văn Quyết, người Nùng ở xã Định Hóa, trồng 12 ha chè, quế, nuôi 2.000 con gà đồi, lãi gần 900 triệu đồng. Ông Lục Văn Ngân, người Sán Chay ở phường Đức Xuân, Chi hội trưởng Chi hội nông dân nghề nghiệp trồng rau an toàn, kiến nghị hỗ trợ nhà màng cho 30 hộ.
Phát biểu, đồng chí Hoàng Văn Páo đánh giá cao phong trào và đề nghị Hội nhân rộng mô hình liên kết chuỗi giá trị; tỉnh sẽ dành 15 tỷ đồng hỗ trợ các hợp tác xã ứng dụng công nghệ cao trong năm 2026. Dịp này, UBND tỉnh tặng bằng khen cho 120 nông dân và 25 hợp tác xã; mỗi nông dân được thưởng 2 triệu đồng.
Ngọc Thu
Tin cùng chuyên mục
- Thái Nguyên có 15 xã đạt chuẩn nông thôn mới kiểu mẫu (15/04/2026)
- Hội Nông dân tỉnh giải ngân 5 tỷ đồng Quỹ Hỗ trợ nông dân (02/04/2026)
- Tập huấn trồng chè hữu cơ tại xã Tân Cương (20/03/2026)
""", "2026-04-24", "Thái Nguyên tôn vinh 120 nông dân sản xuất, kinh doanh giỏi",
E("hoi_nghi", "2026", "2026-04-23"),
[P("Ma Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Văn Páo", "Phó Chủ tịch UBND tỉnh"),
 P("Đỗ Thị Minh Hoa", "Phó Chủ tịch UBND tỉnh"),
 P("Nông Thanh Tùng", "Trưởng Ban Kinh tế - Xã hội Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Thị Xiêm", "Giám đốc Hợp tác xã nông nghiệp Pác Ngòi"),
 P("Hà Văn Quyết"),
 P("Lục Văn Ngân", "Chi hội trưởng Chi hội nông dân nghề nghiệp trồng rau an toàn")],
[Q("120 nông dân", 120, "nông dân"), Q("25 hợp tác xã tiêu biểu", 25, "hợp tác xã tiêu biểu"), Q("98.600 hộ", 98600, "hộ"),
 Q("61.300 hộ", 61300, "hộ"), Q("hơn 1.200 hộ", 1200, "hộ", "over"), Q("1 tỷ đồng/năm trở lên", 1000000000, "đồng", "over"),
 Q("23.800 ha", 23800, "ha"), Q("khoảng 270.000 tấn", 270000, "tấn", "approx"), Q("426 sản phẩm OCOP", 426, "sản phẩm OCOP"),
 Q("12 sản phẩm", 12, "sản phẩm"), Q("48.000 m2", 48000, "m2"), Q("36.000 ngày công", 36000, "ngày công"), Q("112 km", 112, "km"),
 Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("55 lao động", 55, "lao động"), Q("12 ha", 12, "ha"), Q("2.000 con gà đồi", 2000, "con gà đồi"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("30 hộ", 30, "hộ"), Q("15 tỷ đồng", 15000000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "Nghị quyết 19-NQ/TW ngày 16/6/2022"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Quy chế phối hợp", "03", "QCPH/HNDT-SNNMT", None, None, "Quy chế phối hợp số 03-QCPH/HNDT-SNNMT"),
 D("Kế hoạch", "05", "KH/HNDT", None, None, "Kế hoạch số 05, 06-KH/HNDT"),
 D("Kế hoạch", "06", "KH/HNDT", None, None, "Kế hoạch số 05, 06-KH/HNDT")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Ba Bể"), com("Định Hóa"), com("Đức Xuân")],
["CỔNG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH THÁI NGUYÊN", "Trang chủ - Phong trào nông dân - Nông dân sản xuất kinh doanh giỏi",
 "Các nông dân tiêu biểu nhận bằng khen. Ảnh: Ngọc Thu"],
["Ngày đăng 24/04/2026 | 16:20", "năm 2026", "năm 2025", "5 sao"]))
