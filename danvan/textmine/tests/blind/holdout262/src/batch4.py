from lib import *
PAGES = []

PAGES.append(page("b6263-lamdong-hdnd-giamsat-2026", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thời sự › Chính trị › Dân cử
08:15 | 15/04/2026
Ban Văn hóa - Xã hội HĐND tỉnh giám sát việc thực hiện chính sách giáo dục vùng đồng bào dân tộc thiểu số
Ngày 14/4, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Lâm Đồng do đồng chí Điểu K'Rứt, Tỉnh ủy viên, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2026 về việc thực hiện chính sách hỗ trợ học sinh, trường phổ thông dân tộc bán trú tại xã Quảng Trực và xã Phan Thanh. Tham gia đoàn có đồng chí Thị Hồng Nhung, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh; đại diện Sở Giáo dục và Đào tạo, Ban Dân tộc và Tôn giáo tỉnh.
Đoàn giám sát thăm bếp ăn bán trú tại Trường PTDT bán trú THCS Quảng Trực.
Sau hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, toàn tỉnh có 124 xã, phường, đặc khu, trong đó 47 xã vùng đồng bào dân tộc thiểu số. Theo báo cáo của Sở Giáo dục và Đào tạo, năm học 2025 - 2026 có hơn 41.000 học sinh người dân tộc thiểu số được hưởng chính sách theo Nghị định số 66/2025/NĐ-CP của Chính phủ, tổng kinh phí khoảng 612 tỷ đồng; 38 trường phổ thông dân tộc bán trú với 9.460 học sinh ở bán trú. Mỗi học sinh bán trú được hỗ trợ 15 kg gạo/tháng và tiền ăn bằng 40% mức lương cơ sở.
Tại xã Quảng Trực, đoàn ghi nhận nhiều học sinh Mnông, M'Nông Nông, Mạ phải ở trọ trong 26 phòng ở tạm; 4 điểm trường chưa có nước sạch. Ông Y Thinh Bkrông, Chủ tịch UBND xã Quảng Trực, cho biết xã có trên 300 học sinh nhà cách trường từ 10 km trở lên. Thầy Điểu Kham, Hiệu trưởng Trường PTDT bán trú THCS Quảng Trực, đề nghị bổ sung 6 nhân viên nấu ăn vì hiện chỉ có 2 người phục vụ cho 420 học sinh.
Tại xã Phan Thanh, các em học sinh người Chăm, Raglai được hỗ trợ đầy đủ, tỷ lệ chuyên cần đạt 97,5%. Bà Thập Thị Ngọc Hà, Phó Chủ tịch UBND xã Phan Thanh, cho biết xã phối hợp với 2 thánh đường Hồi giáo và Ban đại diện cha mẹ học sinh vận động, không để học sinh bỏ học; 15 học sinh có hoàn cảnh khó khăn đã được Hội Khuyến học tặng học bổng, mỗi suất 1,5 triệu đồng.
Kết luận giám sát, đồng chí Điểu K'Rứt đề nghị UBND tỉnh chỉ đạo thực hiện Nghị quyết 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo, Nghị quyết số 05/2026/NQ-HĐND ngày 20/3/2026 của HĐND tỉnh về chính sách hỗ trợ giáo viên vùng khó khăn; bố trí vốn xây mới khu nội trú tại Quảng Trực trước năm học 2026 - 2027; thực hiện Kế hoạch số 22/KH-BVHXH của Ban Văn hóa - Xã hội HĐND tỉnh về giám sát năm 2026. Kết quả giám sát sẽ được báo cáo tại kỳ họp giữa năm 2026 của HĐND tỉnh khóa XI.
K'Linh - Minh Thành
Tin liên quan
- HĐND tỉnh Lâm Đồng khóa XI tổ chức kỳ họp thứ nhất (25/03/2026)
- Giám sát chương trình mục tiêu quốc gia tại Đam Rông (02/04/2026)
- Bảo Lộc: tiếp xúc cử tri sau bầu cử (08/04/2026)
""", "2026-04-15", "Ban Văn hóa - Xã hội HĐND tỉnh giám sát việc thực hiện chính sách giáo dục vùng đồng bào dân tộc thiểu số",
E("giam_sat", "2026", "2026-04-14"),
[P("Điểu K'Rứt", "Tỉnh ủy viên", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Thị Hồng Nhung", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Y Thinh Bkrông", "Chủ tịch UBND xã Quảng Trực"),
 P("Điểu Kham", "Hiệu trưởng Trường PTDT bán trú THCS Quảng Trực"),
 P("Thập Thị Ngọc Hà", "Phó Chủ tịch UBND xã Phan Thanh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("47 xã vùng đồng bào dân tộc thiểu số", 47, "xã vùng đồng bào dân tộc thiểu số"),
 Q("hơn 41.000 học sinh người dân tộc thiểu số", 41000, "học sinh người dân tộc thiểu số", "over"),
 Q("khoảng 612 tỷ đồng", 612000000000, "đồng", "approx"), Q("38 trường phổ thông dân tộc bán trú", 38, "trường phổ thông dân tộc bán trú"),
 Q("9.460 học sinh", 9460, "học sinh"), Q("15 kg", 15, "kg"), Q("40%", 40, "%"), Q("26 phòng ở tạm", 26, "phòng ở tạm"),
 Q("4 điểm trường", 4, "điểm trường"), Q("trên 300 học sinh", 300, "học sinh", "over"), Q("từ 10 km trở lên", 10, "km", "over"),
 Q("6 nhân viên nấu ăn", 6, "nhân viên nấu ăn"), Q("2 người", 2, "người"), Q("420 học sinh", 420, "học sinh"),
 Q("97,5%", 97.5, "%"), Q("2 thánh đường Hồi giáo", 2, "thánh đường Hồi giáo"), Q("15 học sinh", 15, "học sinh"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Nghị định", "66", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 66/2025/NĐ-CP"),
 D("Nghị quyết", "71", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 71-NQ/TW"),
 D("Nghị quyết", "05", "2026/NQ-HĐND", "2026-03-20", "HĐND tỉnh", "Nghị quyết số 05/2026/NQ-HĐND ngày 20/3/2026"),
 D("Kế hoạch", "22", "KH-BVHXH", None, "Ban Văn hóa - Xã hội HĐND tỉnh", "Kế hoạch số 22/KH-BVHXH")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Phan Thanh")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thời sự › Chính trị › Dân cử",
 "Đoàn giám sát thăm bếp ăn bán trú tại Trường PTDT bán trú THCS Quảng Trực.", "Hội Khuyến học",
 "Trường PTDT bán trú THCS Quảng Trực"],
["08:15 | 15/04/2026", "năm 2026", "năm học 2025 - 2026", "năm học 2026 - 2027", "khóa XI", "mức lương cơ sở"]))

PAGES.append(page("b6264-dongnai-hdnd-taphuan-2026", """
ĐOÀN ĐBQH VÀ HĐND TỈNH ĐỒNG NAI
Trang chủ | Tin tức | Bồi dưỡng đại biểu
Thứ Sáu, 22/05/2026
Bồi dưỡng kỹ năng giám sát cho đại biểu HĐND cấp xã nhiệm kỳ 2026 - 2031
Ngày 21/5, tại phường Bình Phước, Thường trực HĐND tỉnh Đồng Nai tổ chức lớp tập huấn năm 2026 bồi dưỡng kỹ năng hoạt động cho đại biểu HĐND cấp xã khu vực phía Bắc tỉnh (địa bàn tỉnh Bình Phước trước đây). Tham dự có hơn 680 đại biểu HĐND của 42 xã, phường, trong đó khoảng 35% là đại biểu nữ và 112 đại biểu là người dân tộc thiểu số.
Các học viên tham dự lớp tập huấn. Ảnh: Phương Hằng
Phát biểu khai mạc, đồng chí Hồ Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh cho biết, sau cuộc bầu cử ngày 15/3/2026, có tới 71% đại biểu HĐND cấp xã lần đầu tham gia; nhiều người chưa nắm quy trình giám sát chuyên đề, chất vấn và giải trình. Lớp tập huấn nhằm trang bị kỹ năng ngay từ đầu nhiệm kỳ theo Kế hoạch số 48/KH-HĐND ngày 24/4/2026 của Thường trực HĐND tỉnh.
Các báo cáo viên gồm TS. Nguyễn Văn Phúc, Phó Giám đốc Học viện Chính trị khu vực II; ThS. Lê Thị Hồng Vân, Trưởng phòng Công tác HĐND, Văn phòng Đoàn ĐBQH và HĐND tỉnh, đã giới thiệu Luật Hoạt động giám sát của Quốc hội và HĐND, Luật Tổ chức chính quyền địa phương năm 2025, Nghị quyết số 594/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội; hướng dẫn xây dựng chương trình giám sát, lựa chọn 1 - 2 chuyên đề sát thực tế mỗi năm; kỹ năng tiếp xúc cử tri, tiếp công dân bằng tiếng dân tộc.
Trong phần trao đổi, bà Thị Lanh, đại biểu HĐND xã Bù Gia Mập, người dân tộc S'tiêng, hỏi cách giám sát việc chi trả tiền bảo vệ rừng cho 250 hộ nhận khoán. Ông Điểu Brên, Phó Chủ tịch HĐND xã Đak Ơ, đề nghị hỗ trợ phương tiện cho đoàn giám sát ở các thôn cách trung tâm xã trên 20 km. Ông Lâm Văn Tài, Trưởng Ban Pháp chế HĐND phường Bình Long, chia sẻ cách mời Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng cùng tham gia.
Bà Trần Thị Kim Oanh, Phó Chủ tịch HĐND tỉnh, lưu ý các xã thực hiện nghiêm Quy định số 131-QĐ/TW của Bộ Chính trị về kiểm soát quyền lực trong công tác kiểm tra, giám sát và Kết luận 14, 15-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt động của HĐND các cấp.
Lớp học có kinh phí 390 triệu đồng; mỗi đại biểu được cấp 1 bộ tài liệu và hỗ trợ 200.000 đồng/ngày. Từ tháng 6, Thường trực HĐND tỉnh sẽ mở tiếp 2 lớp cho đại biểu các xã, phường khu vực phía Nam với dự kiến 1.300 học viên.
Phương Hằng
Lượt xem: 904
Tin khác
- HĐND tỉnh Đồng Nai khóa XI tổ chức kỳ họp thứ nhất (31/03/2026)
- Tập huấn nghiệp vụ cho Thường trực HĐND xã, phường (05/05/2026)
- Đồng Phú: tiếp xúc cử tri sau bầu cử (28/04/2026)
""", "2026-05-22", "Bồi dưỡng kỹ năng giám sát cho đại biểu HĐND cấp xã nhiệm kỳ 2026 - 2031",
E("tap_huan", "2026", "2026-05-21"),
[P("Hồ Văn Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Nguyễn Văn Phúc", "TS.", "Phó Giám đốc Học viện Chính trị khu vực II"),
 P("Lê Thị Hồng Vân", "ThS.", "Trưởng phòng Công tác HĐND", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
 P("Thị Lanh", "đại biểu HĐND xã Bù Gia Mập"),
 P("Điểu Brên", "Phó Chủ tịch HĐND xã Đak Ơ"),
 P("Lâm Văn Tài", "Trưởng Ban Pháp chế HĐND phường Bình Long"),
 P("Trần Thị Kim Oanh", "Phó Chủ tịch HĐND tỉnh")],
[Q("hơn 680 đại biểu HĐND", 680, "đại biểu HĐND", "over"), Q("42 xã, phường", 42, "xã, phường"),
 Q("khoảng 35%", 35, "%", "approx"), Q("112 đại biểu", 112, "đại biểu"), Q("71%", 71, "%"),
 Q("250 hộ", 250, "hộ"), Q("trên 20 km", 20, "km", "over"), Q("390 triệu đồng", 390000000, "đồng"),
 Q("200.000 đồng", 200000, "đồng"), Q("2 lớp", 2, "lớp"), Q("1.300 học viên", 1300, "học viên")],
[D("Kế hoạch", "48", "KH-HĐND", "2026-04-24", "Thường trực HĐND tỉnh", "Kế hoạch số 48/KH-HĐND ngày 24/4/2026"),
 D("Nghị quyết", "594", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 594/NQ-UBTVQH15"),
 D("Quy định", "131", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 131-QĐ/TW"),
 D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ"), com("Bình Long")],
["ĐOÀN ĐBQH VÀ HĐND TỈNH ĐỒNG NAI", "Trang chủ | Tin tức | Bồi dưỡng đại biểu", "Các học viên tham dự lớp tập huấn. Ảnh: Phương Hằng",
 "Luật Hoạt động giám sát của Quốc hội và HĐND", "Luật Tổ chức chính quyền địa phương năm 2025", "Lượt xem: 904",
 "Học viện Chính trị khu vực II"],
["Thứ Sáu, 22/05/2026", "nhiệm kỳ 2026 - 2031", "năm 2026", "1 - 2 chuyên đề", "1 bộ tài liệu", "Lượt xem: 904", "tháng 6"]))

PAGES.append(page("b6265-quangtri-hdndhuyen-baocao-2013", """
Cổng thông tin điện tử huyện Hướng Hóa - tỉnh Quảng Trị
Trang chủ :: Tin tức :: HĐND - UBND
Thứ Sáu, 14/06/2013 - 08:30
Báo cáo kết quả giám sát việc thực hiện chính sách tái định cư tại các xã vùng dự án thủy điện
Tại kỳ họp thứ 6 HĐND huyện Hướng Hóa khóa X diễn ra ngày 12/6/2013, bà Hồ Thị Ly, HUV, Trưởng Ban Kinh tế - Xã hội HĐND huyện đã trình bày báo cáo kết quả giám sát chuyên đề việc thực hiện chính sách bồi thường, hỗ trợ và tái định cư cho đồng bào Vân Kiều, Pa Kô vùng dự án thủy điện giai đoạn 2010 - 2012.
Theo báo cáo, đoàn giám sát đã làm việc với UBND huyện, Ban quản lý dự án và khảo sát tại xã Hướng Lập, xã Hướng Việt và xã A Dơi. Toàn huyện có 412 hộ với 1.836 nhân khẩu phải di dời, đã bố trí 5 khu tái định cư; tổng kinh phí bồi thường, hỗ trợ trên 96 tỷ đồng, trong đó hỗ trợ đời sống và sản xuất hơn 18,4 tỷ đồng. Mỗi hộ tái định cư được giao 400 m2 đất ở và khoảng 1 ha đất sản xuất.
Tuy nhiên, còn 57 hộ chưa được giao đất sản xuất do quỹ đất hạn hẹp; 2 khu tái định cư chưa có nước sinh hoạt; 36 căn nhà xuống cấp sau 3 năm sử dụng; việc chuyển đổi nghề cho 220 lao động mới đạt khoảng 30%. Một số hộ đã bán đất được giao, quay về nơi ở cũ.
Ông Hồ Văn Nhân, Trưởng bản Cuôi, xã Hướng Lập, kiến nghị hỗ trợ giống cây keo, cây sắn cao sản và làm lại tuyến đường vào khu sản xuất. Ông Kăn Lai, Chủ tịch UBND xã A Dơi, đề nghị huyện sớm bố trí 3,2 tỷ đồng làm hệ thống nước tự chảy.
Ban Kinh tế - Xã hội HĐND huyện kiến nghị UBND huyện thực hiện đúng Quyết định số 34/2010/QĐ-TTg của Thủ tướng Chính phủ, Nghị định 69/2009/NĐ-CP của Chính phủ; rà soát, lập phương án giao đất cho 57 hộ trong năm 2013; chỉ đạo chủ đầu tư sửa chữa nhà ở; phối hợp với Ủy ban MTTQ huyện vận động đồng bào ổn định cuộc sống. Ban cũng đề nghị Thường trực HĐND huyện tiếp tục giám sát việc thực hiện Nghị quyết số 09/2012/NQ-HĐND của HĐND huyện về hỗ trợ phát triển sản xuất vùng tái định cư và Chỉ thị 07, 08-CT/HU của Ban Thường vụ Huyện ủy.
Thảo luận tại kỳ họp, đại biểu Hồ Văn Pưn, Bí thư Đảng ủy xã Hướng Việt, cho rằng cần có chính sách riêng cho hộ tái định cư là người có uy tín. Các đại biểu Hồ Thị Thu, Nguyễn Văn Hải - Ủy viên Ban Kinh tế - Xã hội HĐND huyện bổ sung số liệu về đường giao thông nội vùng.
Đồng chí Lê Quang Hoài, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện, đề nghị UBND huyện báo cáo kết quả thực hiện kiến nghị tại kỳ họp cuối năm 2013.
Văn Thành
Tin khác
- Khai mạc kỳ họp thứ 6 HĐND huyện khóa X (11/06/2013)
- Hướng Hóa: hỗ trợ 1.000 con giống cho đồng bào (28/05/2013)
- Tiếp xúc cử tri tại xã Hướng Phùng (20/05/2013)
""", "2013-06-14", "Báo cáo kết quả giám sát việc thực hiện chính sách tái định cư tại các xã vùng dự án thủy điện",
E("bao_cao", None, "2013-06-12"),
[P("Hồ Thị Ly", "HUV", "Trưởng Ban Kinh tế - Xã hội HĐND huyện"),
 P("Hồ Văn Nhân", "Trưởng bản Cuôi"),
 P("Kăn Lai", "Chủ tịch UBND xã A Dơi"),
 P("Hồ Văn Pưn", "Bí thư Đảng ủy xã Hướng Việt"),
 P("Hồ Thị Thu", "Ủy viên Ban Kinh tế - Xã hội HĐND huyện"),
 P("Nguyễn Văn Hải", "Ủy viên Ban Kinh tế - Xã hội HĐND huyện"),
 P("Lê Quang Hoài", "Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện")],
[Q("412 hộ", 412, "hộ"), Q("1.836 nhân khẩu", 1836, "nhân khẩu"), Q("5 khu tái định cư", 5, "khu tái định cư"),
 Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("hơn 18,4 tỷ đồng", 18400000000, "đồng", "over"),
 Q("400 m2", 400, "m2"), Q("khoảng 1 ha", 1, "ha", "approx"), Q("57 hộ", 57, "hộ"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("36 căn nhà", 36, "căn nhà"), Q("220 lao động", 220, "lao động"),
 Q("khoảng 30%", 30, "%", "approx"), Q("3,2 tỷ đồng", 3200000000, "đồng")],
[D("Quyết định", "34", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 34/2010/QĐ-TTg"),
 D("Nghị định", "69", "2009/NĐ-CP", None, "Chính phủ", "Nghị định 69/2009/NĐ-CP"),
 D("Nghị quyết", "09", "2012/NQ-HĐND", None, "HĐND huyện", "Nghị quyết số 09/2012/NQ-HĐND"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 07, 08-CT/HU"),
 D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 07, 08-CT/HU")],
[prov("Quảng Trị"), com("Hướng Lập"), com("Hướng Việt"), com("A Dơi")],
["Cổng thông tin điện tử huyện Hướng Hóa - tỉnh Quảng Trị", "Trang chủ :: Tin tức :: HĐND - UBND"],
["Thứ Sáu, 14/06/2013 - 08:30", "kỳ họp thứ 6", "khóa X", "giai đoạn 2010 - 2012", "3 năm", "năm 2013"]))

PAGES.append(page("b6266-angiang-hdnd-tiepxuccutri-2016", """
Báo An Giang Online
Thời sự > Chính trị > Dân cử
Cập nhật: 10:25, 02/12/2016 (GMT+7)
Đại biểu HĐND tỉnh tiếp xúc cử tri xã Châu Phong
(BAG) - Ngày 30/11, Tổ đại biểu HĐND tỉnh An Giang đơn vị thị xã Tân Châu tổ chức hội nghị tiếp xúc cử tri năm 2016 trước kỳ họp thứ 3 HĐND tỉnh khóa IX tại xã Châu Phong, nơi có đông đồng bào Chăm sinh sống. Tham dự có các đại biểu HĐND tỉnh: Nguyễn Thanh Bình, Haji Mohamad Sa Ly, Trần Thị Ngọc Hương; hơn 160 cử tri của xã.
Đại biểu Haji Mohamad Sa Ly phát biểu tại hội nghị.
Thay mặt Tổ đại biểu, bà Trần Thị Ngọc Hương, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh, thông báo dự kiến nội dung kỳ họp và kết quả giám sát chuyên đề năm 2016 của HĐND tỉnh về công tác phòng, chống sạt lở bờ sông và việc thực hiện chính sách đối với đồng bào dân tộc thiểu số. Qua giám sát, toàn tỉnh có 51 điểm sạt lở với chiều dài trên 38 km, ảnh hưởng 4.120 hộ; tỉnh đã di dời 1.206 hộ ra khỏi vùng nguy hiểm, hỗ trợ mỗi hộ 20 triệu đồng theo Quyết định số 01/2011/QĐ-TTg của Thủ tướng Chính phủ. Với đồng bào Chăm, tỉnh đã hỗ trợ 312 hộ nghèo vay vốn phát triển nghề dệt thổ cẩm, tổng dư nợ khoảng 6,2 tỷ đồng.
Cử tri đã nêu 19 ý kiến, kiến nghị. Ông Hakim Ma Ri, Phó Ban đại diện cộng đồng Hồi giáo ấp Phũm Soài, phản ánh bờ sông Tiền đoạn qua ấp tiếp tục sạt lở, 37 hộ đang sống ven bờ rất lo lắng. Bà Ma Ry Am, cử tri ấp Châu Giang, đề nghị sửa chữa tuyến đường nội ấp và hỗ trợ học bổng cho con em đồng bào Chăm. Ông Sa Ly Man, Giáo cả thánh đường Mubarak, kiến nghị hỗ trợ kinh phí dạy tiếng Chăm, chữ Chăm cho 240 học sinh.
Ông Võ Văn Phước, Phó Chủ tịch UBND thị xã Tân Châu, trả lời trực tiếp các ý kiến thuộc thẩm quyền; cho biết thị xã đang đề xuất tỉnh đầu tư 4,5 km kè chống sạt lở và bố trí khu tái định cư mới cho 150 hộ.
Phát biểu tiếp thu, đại biểu Nguyễn Thanh Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, cho biết các ý kiến sẽ được tổng hợp, chuyển đến kỳ họp; Tổ đại biểu sẽ đề xuất HĐND tỉnh đưa nội dung giám sát việc thực hiện Nghị quyết số 12/2015/NQ-HĐND của HĐND tỉnh về bố trí dân cư vùng sạt lở vào chương trình giám sát năm 2017, đồng thời đề nghị UBND tỉnh thực hiện Kết luận 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc, tôn giáo và Chỉ thị số 02/CT-UBND về phòng, chống thiên tai.
Hội nghị diễn ra dân chủ, thẳng thắn; cử tri phấn khởi vì những ý kiến từ kỳ tiếp xúc trước đã được trả lời bằng văn bản.
Hữu Huynh
Các tin khác
- HĐND tỉnh giám sát công tác phòng, chống sạt lở tại Chợ Mới (10/11/2016)
- Ra mắt Ban đại diện cộng đồng Hồi giáo xã Phú Hiệp (28/10/2016)
- An Phú: tiếp xúc cử tri trước kỳ họp thứ 3 (25/11/2016)
""", "2016-12-02", "Đại biểu HĐND tỉnh tiếp xúc cử tri xã Châu Phong",
E("hoi_nghi", "2016", "2016-11-30"),
[P("Nguyễn Thanh Bình", "đại biểu HĐND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Haji Mohamad Sa Ly", "đại biểu HĐND tỉnh"),
 P("Trần Thị Ngọc Hương", "đại biểu HĐND tỉnh", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Hakim Ma Ri", "Phó Ban đại diện cộng đồng Hồi giáo ấp Phũm Soài"),
 P("Ma Ry Am"),
 P("Sa Ly Man", "Giáo cả thánh đường Mubarak"),
 P("Võ Văn Phước", "Phó Chủ tịch UBND thị xã Tân Châu")],
[Q("hơn 160 cử tri", 160, "cử tri", "over"), Q("51 điểm sạt lở", 51, "điểm sạt lở"), Q("trên 38 km", 38, "km", "over"),
 Q("4.120 hộ", 4120, "hộ"), Q("1.206 hộ", 1206, "hộ"), Q("20 triệu đồng", 20000000, "đồng"), Q("312 hộ nghèo", 312, "hộ nghèo"),
 Q("khoảng 6,2 tỷ đồng", 6200000000, "đồng", "approx"), Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"),
 Q("37 hộ", 37, "hộ"), Q("240 học sinh", 240, "học sinh"), Q("4,5 km", 4.5, "km"), Q("150 hộ", 150, "hộ")],
[D("Quyết định", "01", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 01/2011/QĐ-TTg"),
 D("Nghị quyết", "12", "2015/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2015/NQ-HĐND"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Chỉ thị", "02", "CT-UBND", None, None, "Chỉ thị số 02/CT-UBND")],
[prov("An Giang"), com("Châu Phong")],
["Báo An Giang Online", "Thời sự > Chính trị > Dân cử", "(BAG)", "Đại biểu Haji Mohamad Sa Ly phát biểu tại hội nghị.",
 "thánh đường Mubarak", "Ban đại diện cộng đồng Hồi giáo"],
["Cập nhật: 10:25, 02/12/2016 (GMT+7)", "năm 2016", "kỳ họp thứ 3", "khóa IX", "năm 2017"]))

PAGES.append(page("b6267-bacgiang-hdndhuyen-tongket-2019", """
LỤC NGẠN - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN
Vị trí: Trang chủ > Tin tức - Sự kiện > Hoạt động HĐND
Thứ Sáu, 20/12/2019 - 14:00
Đồng chí Chủ tịch HĐND huyện phát biểu kết luận hội nghị.
Lục Ngạn: HĐND huyện nâng chất lượng giám sát chuyên đề
Ngày 19/12, Thường trực HĐND huyện Lục Ngạn (Bắc Giang) tổ chức hội nghị tổng kết hoạt động HĐND huyện năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Hoàng Văn Lường, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì; dự có Thường trực HĐND 30 xã, thị trấn.
Báo cáo do đồng chí Vi Thị Hạnh, HUV, Phó Chủ tịch HĐND huyện trình bày cho biết, năm 2019, HĐND huyện đã tổ chức 2 kỳ họp thường lệ và 1 kỳ họp chuyên đề, ban hành 24 nghị quyết. Thường trực và các Ban HĐND huyện thực hiện 6 cuộc giám sát chuyên đề, tập trung vào công tác quản lý đất đai, việc thực hiện chính sách hỗ trợ tiêu thụ vải thiều và chất lượng bữa ăn bán trú tại 17 trường học. Qua giám sát đưa ra 48 kiến nghị, đến nay đã giải quyết 41 kiến nghị, đạt 85,4%.
Đáng chú ý, giám sát chuyên đề về tiêu thụ vải thiều cho thấy vụ vải năm 2019 toàn huyện có sản lượng khoảng 180.000 tấn, doanh thu trên 5.200 tỷ đồng; 12.400 hộ trồng vải được cấp mã số vùng trồng, 650 ha đạt tiêu chuẩn VietGAP. Giám sát quản lý đất đai phát hiện 93 trường hợp lấn chiếm đất công; kiến nghị thu hồi 14 ha đất giao trái thẩm quyền.
Các đại biểu HĐND huyện đã tham gia 58 cuộc tiếp xúc cử tri, tiếp nhận 214 ý kiến, kiến nghị; tham gia chất vấn 9 lượt tại kỳ họp. Ông Lương Văn Tiến, Chủ tịch HĐND xã Tân Sơn, người dân tộc Nùng, chia sẻ cách lựa chọn chuyên đề giám sát từ kiến nghị của cử tri. Bà Chu Thị Nga, Trưởng Ban Kinh tế - Xã hội HĐND huyện, đề nghị tăng cường giám sát sau giám sát. Ông Trần Văn Sình, Phó Chủ tịch HĐND xã Biên Sơn, người Sán Dìu, đề nghị tập huấn thêm kỹ năng cho đại biểu cấp xã.
Kết luận hội nghị, đồng chí Hoàng Văn Lường yêu cầu năm 2020, HĐND các cấp thực hiện tốt Nghị quyết số 15/NQ-HĐND ngày 13/12/2019 của HĐND huyện về chương trình giám sát năm 2020; giám sát chuyên đề việc thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp ở khâu lấy ý kiến nhân dân, và Chương trình hành động số 46-CTr/HU của Huyện ủy về xây dựng nông thôn mới kiểu mẫu.
Dịp này, Thường trực HĐND huyện tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc trong hoạt động HĐND năm 2019.
Minh Thu
Tin liên quan
- Kỳ họp thứ 9 HĐND huyện khóa XIX (13/12/2019)
- Giám sát bữa ăn bán trú tại xã Phong Vân (15/11/2019)
- Lục Ngạn: tiếp xúc cử tri trước kỳ họp cuối năm (29/11/2019)
""", "2019-12-20", "Lục Ngạn: HĐND huyện nâng chất lượng giám sát chuyên đề",
E("tong_ket", "2019", "2019-12-19"),
[P("Hoàng Văn Lường", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Vi Thị Hạnh", "HUV", "Phó Chủ tịch HĐND huyện"),
 P("Lương Văn Tiến", "Chủ tịch HĐND xã Tân Sơn"),
 P("Chu Thị Nga", "Trưởng Ban Kinh tế - Xã hội HĐND huyện"),
 P("Trần Văn Sình", "Phó Chủ tịch HĐND xã Biên Sơn")],
[Q("30 xã, thị trấn", 30, "xã, thị trấn"), Q("2 kỳ họp thường lệ", 2, "kỳ họp thường lệ"), Q("1 kỳ họp chuyên đề", 1, "kỳ họp chuyên đề"),
 Q("24 nghị quyết", 24, "nghị quyết"), Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"),
 Q("17 trường học", 17, "trường học"), Q("48 kiến nghị", 48, "kiến nghị"), Q("41 kiến nghị", 41, "kiến nghị"),
 Q("85,4%", 85.4, "%"), Q("khoảng 180.000 tấn", 180000, "tấn", "approx"),
 Q("trên 5.200 tỷ đồng", 5200000000000, "đồng", "over"), Q("12.400 hộ", 12400, "hộ"), Q("650 ha", 650, "ha"),
 Q("93 trường hợp", 93, "trường hợp"), Q("14 ha", 14, "ha"), Q("58 cuộc tiếp xúc cử tri", 58, "cuộc tiếp xúc cử tri"),
 Q("214 ý kiến, kiến nghị", 214, "ý kiến, kiến nghị"), Q("9 lượt", 9, "lượt"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị quyết", "15", "NQ-HĐND", "2019-12-13", "HĐND huyện", "Nghị quyết số 15/NQ-HĐND ngày 13/12/2019"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Chương trình hành động", "46", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 46-CTr/HU")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Biên Sơn")],
["LỤC NGẠN - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN", "Vị trí: Trang chủ > Tin tức - Sự kiện > Hoạt động HĐND",
 "Đồng chí Chủ tịch HĐND huyện phát biểu kết luận hội nghị.", "VietGAP"],
["Thứ Sáu, 20/12/2019 - 14:00", "năm 2019", "năm 2020", "vụ vải năm 2019"]))

PAGES.append(page("b6268-thuathienhue-hdndhuyen-giamsat-2022", """
Báo Thừa Thiên Huế Online
Chính trị | Hoạt động HĐND
23/09/2022 | 15:30
HĐND huyện A Lưới giám sát chính sách hỗ trợ sinh kế cho đồng bào dân tộc thiểu số
Ngày 22/9, Đoàn giám sát HĐND huyện A Lưới (Thừa Thiên Huế) do đồng chí Hồ Văn Ngoan, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện làm trưởng đoàn đã giám sát chuyên đề năm 2022 về việc thực hiện các chính sách hỗ trợ sinh kế cho đồng bào dân tộc thiểu số tại xã A Roàng, xã Hồng Thủy và xã Lâm Đớt. Tham gia đoàn có các đồng chí Kăn Sức, Lê Thị Ly Ly - Phó Trưởng Ban Dân tộc HĐND huyện.
Đoàn giám sát kiểm tra mô hình nuôi bò sinh sản tại xã Hồng Thủy.
Theo báo cáo, giai đoạn 2021 - 2022, huyện đã triển khai 14 dự án hỗ trợ phát triển sản xuất với tổng kinh phí gần 21,6 tỷ đồng, hỗ trợ 1.480 hộ người Pa Kô, Tà Ôi, Cơ Tu; cấp 620 con bò giống, 4.300 con gà và trên 12.000 cây giống cà phê, sầu riêng, gắn với Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia giảm nghèo bền vững. Tỷ lệ hộ nghèo toàn huyện giảm từ 21,4% xuống còn 16,8%.
Qua khảo sát thực tế, đoàn ghi nhận nhiều mô hình hiệu quả như mô hình nuôi bò sinh sản của 45 hộ ở xã Hồng Thủy, mỗi hộ có thu nhập tăng thêm khoảng 15 triệu đồng/năm. Tuy nhiên, còn 37 con bò giống chết hoặc bị bán; một số hộ chưa có kinh nghiệm chăm sóc cây ăn quả; 6 thôn chưa thành lập tổ hợp tác.
Bà Hồ Thị Mai, người có uy tín thôn A Ka, xã Hồng Thủy, đề nghị ưu tiên hỗ trợ cây dược liệu phù hợp với đất dốc. Ông Nguyễn Văn Thành, Chủ tịch UBND xã A Roàng, cho biết xã đã vận động 210 hộ đối ứng ngày công và chuồng trại; kiến nghị huyện cử cán bộ thú y về thôn hướng dẫn kỹ thuật. Ông Quỳnh Xuân Hòa, Chủ tịch HĐND xã Lâm Đớt, đề nghị lồng ghép nguồn vốn từ Nghị quyết số 88/2019/QH14 của Quốc hội để mở rộng quy mô.
Kết luận giám sát, đồng chí Hồ Văn Ngoan đề nghị UBND huyện chỉ đạo rà soát, thu hồi bò giống sử dụng sai mục đích; thực hiện đúng Nghị quyết số 10/2022/NQ-HĐND của HĐND tỉnh về quy định nội dung hỗ trợ phát triển sản xuất và Kế hoạch số 120/KH-UBND ngày 15/4/2022 của UBND huyện; tăng cường vai trò Ủy ban MTTQ và các đoàn thể trong giám sát cộng đồng; thực hiện tốt Chỉ thị 25, 26-CT/HU của Ban Thường vụ Huyện ủy về giảm nghèo và công tác dân vận vùng đồng bào dân tộc thiểu số.
Đây là một trong 2 cuộc giám sát chuyên đề của HĐND huyện năm 2022; kết quả sẽ được báo cáo tại kỳ họp cuối năm.
Kim Loan
Tin liên quan
- A Lưới tiếp xúc cử tri trước kỳ họp HĐND tỉnh (12/09/2022)
- Trao 100 con bò giống cho hộ nghèo xã Hương Phong (25/08/2022)
- HĐND tỉnh khảo sát công tác giảm nghèo tại Nam Đông (15/08/2022)
""", "2022-09-23", "HĐND huyện A Lưới giám sát chính sách hỗ trợ sinh kế cho đồng bào dân tộc thiểu số",
E("giam_sat", "2022", "2022-09-22"),
[P("Hồ Văn Ngoan", "Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Kăn Sức", "Phó Trưởng Ban Dân tộc HĐND huyện"),
 P("Lê Thị Ly Ly", "Phó Trưởng Ban Dân tộc HĐND huyện"),
 P("Hồ Thị Mai", "người có uy tín thôn A Ka"),
 P("Nguyễn Văn Thành", "Chủ tịch UBND xã A Roàng"),
 P("Quỳnh Xuân Hòa", "Chủ tịch HĐND xã Lâm Đớt")],
[Q("14 dự án", 14, "dự án"), Q("gần 21,6 tỷ đồng", 21600000000, "đồng", "approx"),
 Q("1.480 hộ người Pa Kô, Tà Ôi, Cơ Tu", 1480, "hộ người Pa Kô, Tà Ôi, Cơ Tu"), Q("620 con bò giống", 620, "con bò giống"),
 Q("4.300 con gà", 4300, "con gà"), Q("trên 12.000 cây giống", 12000, "cây giống", "over"),
 Q("21,4%", 21.4, "%"), Q("16,8%", 16.8, "%"), Q("45 hộ", 45, "hộ"), Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"),
 Q("37 con bò giống", 37, "con bò giống"), Q("6 thôn", 6, "thôn"), Q("210 hộ", 210, "hộ"),
 Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề")],
[D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Nghị quyết", "10", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 10/2022/NQ-HĐND"),
 D("Kế hoạch", "120", "KH-UBND", "2022-04-15", "UBND huyện", "Kế hoạch số 120/KH-UBND ngày 15/4/2022"),
 D("Chỉ thị", "25", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 25, 26-CT/HU"),
 D("Chỉ thị", "26", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 25, 26-CT/HU")],
[prov("Thừa Thiên Huế"), com("A Roàng"), com("Hồng Thủy"), com("Lâm Đớt")],
["Báo Thừa Thiên Huế Online", "Chính trị | Hoạt động HĐND", "Đoàn giám sát kiểm tra mô hình nuôi bò sinh sản tại xã Hồng Thủy.",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["23/09/2022 | 15:30", "năm 2022", "giai đoạn 2021 - 2022"]))
