from lib import *
PAGES = []

PAGES.append(page("b8693-laocai-mttq-giamsat-2011", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội
Thứ Năm, 17/11/2011 - 09:30
Lào Cai: Giám sát điều tra, rà soát hộ nghèo tại huyện Bắc Hà
Từ ngày 14 đến 16/11/2011, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Vàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát công tác điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2011 tại huyện Bắc Hà. Tham gia đoàn có đại diện Sở Lao động - Thương binh và Xã hội, Hội Nông dân tỉnh và Hội Liên hiệp Phụ nữ tỉnh.
Đoàn giám sát làm việc tại UBND xã Bản Phố. Ảnh: Minh Đức
Năm 2011 là năm đầu tiên các địa phương điều tra theo chuẩn nghèo giai đoạn 2011 - 2015 quy định tại Quyết định số 09/2011/QĐ-TTg ngày 30/01/2011 của Thủ tướng Chính phủ, theo đó hộ nghèo ở nông thôn là hộ có thu nhập bình quân từ 400.000 đồng/người/tháng trở xuống, ở thành thị từ 500.000 đồng/người/tháng trở xuống. Thực hiện Kế hoạch số 42/KH-MTTQ ngày 20/9/2011 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã cử cán bộ tham gia ban chỉ đạo rà soát ở 164 xã, phường, thị trấn và chỉ đạo Ban công tác Mặt trận các thôn chủ trì hội nghị bình xét.
Báo cáo của UBND huyện Bắc Hà do ông Lý Seo Chúng, Phó Chủ tịch UBND huyện trình bày cho biết, toàn huyện có 21 xã, thị trấn với 12.846 hộ; qua điều tra sơ bộ có 6.135 hộ nghèo, chiếm 47,76% và 1.204 hộ cận nghèo. Huyện đã tập huấn cho 215 điều tra viên là cán bộ thôn, chi hội trưởng các đoàn thể; kinh phí điều tra hơn 180 triệu đồng do ngân sách huyện bảo đảm.
Tại xã Bản Phố, ông Giàng Seo Phử, Chủ tịch UBND xã cho biết xã đã tổ chức 9 hội nghị bình xét ở 9 thôn với sự tham gia của gần 600 lượt người dân. Bà Lù Thị Dợ, Chủ tịch Ủy ban MTTQ xã Tả Van Chư, phản ánh: "Phiếu điều tra nhiều chỉ tiêu, nhiều bà con người Mông không biết chữ phổ thông nên cán bộ Mặt trận, chi hội phụ nữ phải đến tận nhà, đọc từng câu hỏi bằng tiếng Mông". Ông Sùng A Páo, Trưởng Ban công tác Mặt trận thôn Lùng Sán, xã Tả Van Chư, đề nghị kéo dài thời gian rà soát vì nhiều hộ đi làm nương xa nhà.
Qua giám sát, đoàn đánh giá việc điều tra được triển khai đúng quy trình, danh sách được niêm yết công khai tại nhà văn hóa thôn; tuy nhiên còn 27 hộ được bình xét chưa đúng đối tượng, một số phiếu ghi thiếu thu nhập từ chăn nuôi, rừng trồng. Đoàn đã kiểm tra ngẫu nhiên 40 hộ tại thôn Sín Chải và thôn Bản Phố 1.
Kết luận buổi giám sát, bà Vàng Thị Mai đề nghị UBND huyện chỉ đạo các xã phúc tra 27 hộ nói trên trước ngày 30/11, niêm yết kết quả đủ 7 ngày để nhân dân giám sát; thực hiện đúng Quy chế phối hợp số 03/QCPH-UBND-MTTQ giữa UBND tỉnh và Ủy ban MTTQ tỉnh trong công tác giảm nghèo. Ông Hoàng Văn Thăng, HUV, Chủ tịch Ủy ban MTTQ huyện Bắc Hà tiếp thu ý kiến và cho biết Mặt trận huyện sẽ phối hợp với Hội Nông dân, Hội Phụ nữ theo dõi đến khi phê duyệt danh sách.
Minh Đức
Tin liên quan
- Mường Khương: 1.500 hộ được hỗ trợ làm nhà theo Chương trình 167 (10/11/2011)
- Hội nghị triển khai cuộc vận động "Ngày vì người nghèo" năm 2011 (02/11/2011)
- Sa Pa: Ban công tác Mặt trận thôn với việc bình xét hộ nghèo (25/10/2011)
- Giám sát thực hiện chính sách hỗ trợ gạo cho đồng bào vùng cao (14/10/2011)
""", "2011-11-17", "Lào Cai: Giám sát điều tra, rà soát hộ nghèo tại huyện Bắc Hà",
E("giam_sat", "2011", "2011-11-14"),
[P("Vàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lý Seo Chúng", "Phó Chủ tịch UBND huyện"),
 P("Giàng Seo Phử", "Chủ tịch UBND xã"),
 P("Lù Thị Dợ", "Chủ tịch Ủy ban MTTQ xã Tả Van Chư"),
 P("Sùng A Páo", "Trưởng Ban công tác Mặt trận thôn Lùng Sán"),
 P("Hoàng Văn Thăng", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bắc Hà")],
[Q("400.000 đồng", 400000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"), Q("21 xã, thị trấn", 21, "xã, thị trấn"),
 Q("12.846 hộ", 12846, "hộ"), Q("6.135 hộ nghèo", 6135, "hộ nghèo"), Q("47,76%", 47.76, "%"),
 Q("1.204 hộ cận nghèo", 1204, "hộ cận nghèo"), Q("215 điều tra viên", 215, "điều tra viên"),
 Q("hơn 180 triệu đồng", 180000000, "đồng", "over"), Q("9 hội nghị bình xét", 9, "hội nghị bình xét"),
 Q("9 thôn", 9, "thôn"), Q("gần 600 lượt người dân", 600, "lượt người dân", "approx"),
 Q("27 hộ", 27, "hộ"), Q("40 hộ", 40, "hộ")],
[D("Quyết định", "09", "2011/QĐ-TTg", "2011-01-30", "Thủ tướng Chính phủ", "Quyết định số 09/2011/QĐ-TTg ngày 30/01/2011"),
 D("Kế hoạch", "42", "KH-MTTQ", "2011-09-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 42/KH-MTTQ ngày 20/9/2011"),
 D("Quy chế phối hợp", "03", "QCPH-UBND-MTTQ", None, "UBND tỉnh và Ủy ban MTTQ tỉnh", "Quy chế phối hợp số 03/QCPH-UBND-MTTQ")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Van Chư")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã Bản Phố. Ảnh: Minh Đức", "Sở Lao động - Thương binh và Xã hội", "Hội Liên hiệp Phụ nữ tỉnh"],
["Thứ Năm, 17/11/2011 - 09:30", "năm 2011", "giai đoạn 2011 - 2015", "7 ngày", "ngày 30/11", "thôn Bản Phố 1"]))

PAGES.append(page("b8694-soctrang-bdv-giaoban-2012", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Tin tức - Sự kiện | Hoạt động của Ban
Cập nhật: 14:20, 05/10/2012 (GMT+7)
Ảnh: Quang cảnh buổi giao ban.
Khối dân vận chung tay rà soát hộ nghèo trong đồng bào Khmer
Ngày 03/10/2012, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức giao ban công tác dân vận quý III năm 2012 với Ban Dân vận các huyện, thị xã, thành ủy và khối dân vận tỉnh. Đồng chí Lý Thị Sa Rết, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự giao ban có 38 đồng chí.
Theo báo cáo do đồng chí Trần Văn Lâm trình bày, trong quý, khối dân vận đã phối hợp ngành Lao động - Thương binh và Xã hội chuẩn bị điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2012 theo Kế hoạch số 36/KH-UBND ngày 20/8/2012 của UBND tỉnh. Ban Dân vận Tỉnh ủy đã ban hành Công văn số 214-CV/BDVTU đề nghị Mặt trận, các đoàn thể cử chi hội trưởng tham gia tổ điều tra ở từng ấp, phum, sóc. Đầu năm 2012, toàn tỉnh có 50.135 hộ nghèo, chiếm 16,6%, trong đó hộ nghèo đồng bào Khmer chiếm hơn 60%; mục tiêu năm 2012 giảm thêm 4%.
Các đoàn thể đã tổ chức 46 cuộc tuyên truyền với hơn 3.200 lượt người nghe về mục đích, quy trình điều tra, giúp người dân khai đúng thu nhập, không ngại "mất sổ nghèo". Hội Đoàn kết sư sãi yêu nước tỉnh vận động chư tăng ở 92 chùa Phật giáo Nam tông Khmer lồng ghép tuyên truyền trong các buổi lễ; Quỹ "Vì người nghèo" các cấp vận động được 6,2 tỷ đồng, xây dựng 318 căn nhà Đại đoàn kết.
Báo cáo cũng chỉ ra hạn chế: việc nắm hộ có nguy cơ tái nghèo ở một số ấp chưa sát; 7 xã chưa kiện toàn tổ dân vận ấp; có nơi cán bộ còn ngại đến những hộ thiếu hợp tác. Trong quý, khối dân vận các huyện tiếp nhận 19 đơn thư liên quan đến kết quả bình xét hộ nghèo năm 2011, đã phối hợp giải quyết 17 đơn.
Phát biểu tại giao ban, Đại đức Lâm Sang, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh cho biết nhiều chùa đã cho mượn sala làm nơi họp bình xét. Đồng chí Sơn Thị Ngọc Hân, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, nêu thực tế ở xã Lai Hòa còn 126 hộ đi làm thuê ở Bình Dương, Đồng Nai, khó gặp để điều tra. Bà Kim Thị Sà Phol, Chủ tịch Hội Liên hiệp Phụ nữ xã Vĩnh Hải, kiến nghị bố trí người biết tiếng Khmer trong mỗi tổ điều tra.
Kết luận giao ban, đồng chí Lý Thị Sa Rết giao các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Lâm, Thạch Mến theo dõi việc rà soát ở các huyện có đông đồng bào Khmer; yêu cầu khối dân vận tiếp tục thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc, bảo đảm việc bình xét hộ nghèo dân chủ, công khai, không để phát sinh khiếu kiện. Ban cũng thống nhất tổ chức giao ban quý IV vào cuối tháng 12.
Trung Hiếu
Tin liên quan
- Vĩnh Châu: 1.200 phần quà cho hộ nghèo Khmer dịp lễ Sene Đolta (12/09/2012)
- Sơ kết 6 tháng công tác dân vận năm 2012 (06/07/2012)
- Ra mắt mô hình "Sóc không có hộ đói" ở Mỹ Xuyên (18/06/2012)
""", "2012-10-05", "Khối dân vận chung tay rà soát hộ nghèo trong đồng bào Khmer",
E("giao_ban", "2012-Q3", "2012-10-03"),
[P("Lý Thị Sa Rết", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Mến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Sang", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Ngọc Hân", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Kim Thị Sà Phol", "Chủ tịch Hội Liên hiệp Phụ nữ xã Vĩnh Hải")],
[Q("38 đồng chí", 38, "đồng chí"), Q("50.135 hộ nghèo", 50135, "hộ nghèo"), Q("16,6%", 16.6, "%"),
 Q("hơn 60%", 60, "%", "over"), Q("4%", 4, "%"), Q("46 cuộc tuyên truyền", 46, "cuộc tuyên truyền"),
 Q("hơn 3.200 lượt người nghe", 3200, "lượt người nghe", "over"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("318 căn nhà Đại đoàn kết", 318, "căn nhà Đại đoàn kết"),
 Q("7 xã", 7, "xã"), Q("19 đơn thư", 19, "đơn thư"), Q("17 đơn", 17, "đơn"), Q("126 hộ", 126, "hộ")],
[D("Kế hoạch", "36", "KH-UBND", "2012-08-20", "UBND tỉnh", "Kế hoạch số 36/KH-UBND ngày 20/8/2012"),
 D("Công văn", "214", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 214-CV/BDVTU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU")],
[prov("Sóc Trăng"), prov("Bình Dương"), prov("Đồng Nai"), com("Lai Hòa"), com("Vĩnh Hải")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Tin tức - Sự kiện | Hoạt động của Ban", "Ảnh: Quang cảnh buổi giao ban.",
 "Vì người nghèo", "mất sổ nghèo", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Cập nhật: 14:20, 05/10/2012 (GMT+7)", "38 đồng chí", "quý III năm 2012", "năm 2012", "quý IV", "tháng 12"]))

PAGES.append(page("b8695-nghean-hnd-taphuan-2013", """
Báo Nghệ An điện tử
Thời sự > Chính trị > Mặt trận - Đoàn thể
20/09/2013 - 16:45
Tập huấn nghiệp vụ điều tra, rà soát hộ nghèo cho cán bộ Hội Nông dân
(Baonghean) - Ngày 19/9/2013, Hội Nông dân tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức lớp tập huấn nghiệp vụ điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2013 cho 120 cán bộ Hội Nông dân cấp huyện, cấp xã thuộc 8 huyện miền núi. Lớp học kéo dài 2 ngày.
Phó Chủ tịch Thường trực Hội Nông dân tỉnh Nguyễn Xuân Hòa phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, Phó Chủ tịch Thường trực Hội Nông dân tỉnh Nguyễn Xuân Hòa cho biết, theo kết quả rà soát cuối năm 2012, toàn tỉnh còn 77.410 hộ nghèo, chiếm 11,18%; riêng 8 huyện miền núi tỷ lệ hộ nghèo trên 25%, có xã trên 60%. Thực hiện Kế hoạch số 87-KH/HNDT ngày 26/8/2013 của Ban Thường vụ Hội Nông dân tỉnh, hội nông dân các cấp cử chi hội trưởng tham gia tổ rà soát ở tất cả 1.284 thôn, bản miền núi, vận động hội viên kê khai trung thực tài sản, thu nhập.
Học viên được bà Lê Thị Hà, Phó Trưởng phòng Bảo trợ xã hội Sở Lao động - Thương binh và Xã hội hướng dẫn quy trình rà soát theo Thông tư số 21/2012/TT-BLĐTBXH ngày 05/9/2012 của Bộ Lao động - Thương binh và Xã hội: lập danh sách hộ cần rà soát, điều tra bằng phiếu B, tổ chức họp dân bình xét, niêm yết công khai và báo cáo kết quả. Mỗi phiếu có 13 chỉ tiêu tài sản được chấm điểm, hộ có tổng điểm thấp hơn ngưỡng thì phải điều tra thu nhập chi tiết.
Trong phần trao đổi, anh Lương Văn Khoa, Chủ tịch Hội Nông dân xã Châu Phong, cho biết năm trước xã có 3 bản họp bình xét phải tổ chức lại vì người dân chưa đồng thuận. Ông Và Bá Giàng, Chủ tịch Hội Nông dân xã Mường Lống, đề nghị in phiếu bằng chữ to và có hướng dẫn minh họa, bởi nhiều chi hội trưởng người Mông chỉ học hết lớp 3. Chị Lô Thị Xuân, cán bộ Hội Nông dân huyện Quế Phong, chia sẻ cách làm ở xã Nậm Giải: chi hội trưởng ghi chép sổ theo dõi thu nhập của hội viên khó khăn ngay từ đầu năm.
Theo Ban tổ chức, mỗi học viên được hỗ trợ 70.000 đồng/ngày tiền ăn, tổng kinh phí lớp học khoảng 45 triệu đồng từ nguồn Chương trình mục tiêu quốc gia giảm nghèo. Kết thúc lớp tập huấn, 100% học viên làm đạt bài thực hành điền phiếu điều tra.
Theo kế hoạch của tỉnh, việc rà soát ở các xã miền núi bắt đầu từ ngày 1/10 và hoàn thành trước ngày 15/11/2013. Hội Nông dân tỉnh giao các huyện hội báo cáo kết quả tham gia rà soát về Thường trực Hội trước ngày 30/11; những chi hội làm tốt sẽ được biểu dương tại hội nghị tổng kết cuối năm.
Hồng Nhung
Tin khác
- Nông dân Quỳ Châu vay vốn Quỹ Hỗ trợ nông dân phát triển chăn nuôi (12/09/2013)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2013 (08/07/2013)
- Hơn 300 hộ nghèo Tương Dương được tặng bò giống (21/06/2013)
- Kỳ Sơn: Vận động đồng bào không tái trồng cây thuốc phiện (03/06/2013)
""", "2013-09-20", "Tập huấn nghiệp vụ điều tra, rà soát hộ nghèo cho cán bộ Hội Nông dân",
E("tap_huan", "2013", "2013-09-19"),
[P("Nguyễn Xuân Hòa", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Lê Thị Hà", "Phó Trưởng phòng Bảo trợ xã hội Sở Lao động - Thương binh và Xã hội"),
 P("Lương Văn Khoa", "Chủ tịch Hội Nông dân xã Châu Phong"),
 P("Và Bá Giàng", "Chủ tịch Hội Nông dân xã Mường Lống"),
 P("Lô Thị Xuân", "cán bộ Hội Nông dân huyện Quế Phong")],
[Q("120 cán bộ", 120, "cán bộ"), Q("8 huyện miền núi", 8, "huyện miền núi"), Q("77.410 hộ nghèo", 77410, "hộ nghèo"),
 Q("11,18%", 11.18, "%"), Q("trên 25%", 25, "%", "over"), Q("trên 60%", 60, "%", "over"),
 Q("1.284 thôn, bản miền núi", 1284, "thôn, bản miền núi"), Q("13 chỉ tiêu tài sản", 13, "chỉ tiêu tài sản"),
 Q("3 bản", 3, "bản"), Q("70.000 đồng", 70000, "đồng"), Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"),
 Q("100%", 100, "%")],
[D("Kế hoạch", "87", "KH/HNDT", "2013-08-26", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 87-KH/HNDT ngày 26/8/2013"),
 D("Thông tư", "21", "2012/TT-BLĐTBXH", "2012-09-05", "Bộ Lao động - Thương binh và Xã hội", "Thông tư số 21/2012/TT-BLĐTBXH ngày 05/9/2012")],
[prov("Nghệ An"), com("Châu Phong"), com("Mường Lống"), com("Nậm Giải")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị > Mặt trận - Đoàn thể", "(Baonghean)",
 "Phó Chủ tịch Thường trực Hội Nông dân tỉnh Nguyễn Xuân Hòa phát biểu khai mạc lớp tập huấn.",
 "Chương trình mục tiêu quốc gia giảm nghèo", "phiếu B"],
["20/09/2013 - 16:45", "2 ngày", "năm 2013", "cuối năm 2012", "lớp 3"]))

PAGES.append(page("b8696-daklak-doan-dieutra-2014", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội » Đoàn thể
08:15 | 03/04/2014
Đoàn viên thanh niên buôn làng hỗ trợ điều tra dân số giữa kỳ
Sáng 1/4/2014, Huyện đoàn Krông Bông ra quân đội hình "Thanh niên tình nguyện hỗ trợ Điều tra dân số và nhà ở giữa kỳ năm 2014" với 146 đoàn viên là người Êđê, M'nông. Các bạn trẻ sẽ làm người dẫn đường, phiên dịch cho điều tra viên ở 45 buôn thuộc 8 xã vùng sâu trong suốt thời gian điều tra.
Đoàn viên xã Cư Pui cùng điều tra viên đến từng hộ dân. Ảnh: Hoàng Gia
Cuộc điều tra lấy thời điểm 0 giờ ngày 1/4/2014, được thực hiện theo Quyết định số 31/QĐ-UBND ngày 08/01/2014 của UBND tỉnh về thành lập Ban Chỉ đạo Điều tra dân số và nhà ở giữa kỳ tỉnh. Theo Cục Thống kê tỉnh, Đắk Lắk có 1.476 địa bàn được chọn mẫu với khoảng 59.000 hộ, huy động hơn 2.100 điều tra viên, tổ trưởng; thời gian thu thập thông tin tại địa bàn là 15 ngày.
Theo kết quả Tổng điều tra dân số và nhà ở năm 2009, tỉnh có hơn 1,73 triệu người với 47 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm khoảng 33% dân số. Nhiều buôn nằm xa trung tâm, đường đất trơn trượt vào mùa mưa, không ít người cao tuổi chỉ nói tiếng mẹ đẻ, vì vậy điều tra viên người Kinh rất cần người địa phương đi cùng.
Thực hiện Kế hoạch số 12-KH/TĐTN-PT của Ban Thường vụ Tỉnh đoàn, các cơ sở đoàn vùng đồng bào dân tộc thiểu số đã lập 64 tổ thanh niên tình nguyện. Anh Y Khuê Êban, Bí thư Đoàn xã Cư Pui, kể: "Nhiều hộ ở buôn Ea Lang đi rẫy từ sáng sớm, tối mới về, chúng em phải hẹn lịch và đưa điều tra viên vào tận chòi rẫy cách buôn gần 7 km". Ở xã Yang Mao, chị H'Hoa Byă, Phó Bí thư Huyện đoàn Krông Bông, cùng 12 đoàn viên dịch câu hỏi về số con, số lần sinh, tình trạng nhà ở sang tiếng Êđê cho người già.
Già làng Y Rin Niê, buôn Cư Drăm, xã Cư Drăm, nói với điều tra viên: "Cán bộ hỏi kỹ để Nhà nước biết buôn mình còn bao nhiêu nhà tạm, bao nhiêu người chưa biết chữ, vậy là tốt". Theo chị Nguyễn Thị Hạnh, điều tra viên của Chi cục Thống kê huyện, có đoàn viên đi cùng nên mỗi ngày chị hoàn thành 11 phiếu, gấp đôi so với tự đi.
Ông Lê Văn Cường, Phó Cục trưởng Cục Thống kê tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo, đánh giá sự hỗ trợ của đoàn viên, hội viên các đoàn thể giúp giảm sai sót và bảo đảm tiến độ. Tỉnh đoàn cho biết sẽ nhân rộng mô hình ra huyện Lắk, M'Đrắk; mỗi đoàn viên tham gia được hỗ trợ 50.000 đồng/ngày từ kinh phí của Ban Chỉ đạo.
H'Loan - Hoàng Gia
Tin cùng chuyên mục
- Ra quân Chiến dịch Thanh niên tình nguyện hè 2014 (28/03/2014)
- Hội LHPN tỉnh tuyên truyền về giới tính khi sinh (20/03/2014)
- Hơn 2.000 đoàn viên tham gia Ngày Chủ nhật xanh (09/03/2014)
""", "2014-04-03", "Đoàn viên thanh niên buôn làng hỗ trợ điều tra dân số giữa kỳ",
E("khac", None, "2014-04-01"),
[P("Y Khuê Êban", "Bí thư Đoàn xã Cư Pui"),
 P("H'Hoa Byă", "Phó Bí thư Huyện đoàn Krông Bông"),
 P("Y Rin Niê", "Già làng"),
 P("Nguyễn Thị Hạnh", "điều tra viên của Chi cục Thống kê huyện"),
 P("Lê Văn Cường", "Phó Cục trưởng Cục Thống kê tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo")],
[Q("146 đoàn viên", 146, "đoàn viên"), Q("45 buôn", 45, "buôn"), Q("8 xã vùng sâu", 8, "xã vùng sâu"),
 Q("1.476 địa bàn", 1476, "địa bàn"), Q("khoảng 59.000 hộ", 59000, "hộ", "approx"),
 Q("hơn 2.100 điều tra viên, tổ trưởng", 2100, "điều tra viên, tổ trưởng", "over"),
 Q("hơn 1,73 triệu người", 1730000, "người", "over"), Q("47 dân tộc", 47, "dân tộc"), Q("khoảng 33%", 33, "%", "approx"),
 Q("64 tổ thanh niên tình nguyện", 64, "tổ thanh niên tình nguyện"), Q("gần 7 km", 7, "km", "approx"),
 Q("12 đoàn viên", 12, "đoàn viên"), Q("11 phiếu", 11, "phiếu"), Q("50.000 đồng", 50000, "đồng")],
[D("Quyết định", "31", "QĐ-UBND", "2014-01-08", "UBND tỉnh", "Quyết định số 31/QĐ-UBND ngày 08/01/2014"),
 D("Kế hoạch", "12", "KH/TĐTN-PT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 12-KH/TĐTN-PT")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Yang Mao"), com("Cư Drăm")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Xã hội » Đoàn thể", "Đoàn viên xã Cư Pui cùng điều tra viên đến từng hộ dân. Ảnh: Hoàng Gia",
 "Thanh niên tình nguyện hỗ trợ Điều tra dân số và nhà ở giữa kỳ năm 2014", "Điều tra dân số và nhà ở giữa kỳ",
 "buôn Ea Lang", "buôn Cư Drăm"],
["08:15 | 03/04/2014", "0 giờ ngày 1/4/2014", "15 ngày", "gấp đôi", "năm 2014"]))

PAGES.append(page("b8697-quangnam-mttq-hoinghi-2015", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam
Bạn đang ở: Trang chủ / Tin hoạt động / Công tác dân tộc, tôn giáo
Thứ Sáu, 10/07/2015, 15:05
Phối hợp vận động đồng bào tham gia điều tra thực trạng kinh tế - xã hội vùng dân tộc
Ngày 08/7/2015, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị triển khai công tác tuyên truyền, vận động đồng bào tham gia Điều tra thu thập thông tin về thực trạng kinh tế - xã hội của 53 dân tộc thiểu số năm 2015 tại 9 huyện miền núi. Dự hội nghị có 135 đại biểu là cán bộ Mặt trận, già làng, người có uy tín.
Chủ trì hội nghị có ông Phan Văn Thọ, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh và ông A Lăng Văn Dũ, Phó Trưởng Ban Dân tộc tỉnh.
Theo kế hoạch, cuộc điều tra lấy thời điểm 1/8/2015, thu thập thông tin của hơn 35.000 hộ đồng bào Cơ Tu, Xê Đăng, Giẻ Triêng, Co ở 1.150 địa bàn; kết quả là căn cứ xây dựng chính sách giai đoạn 2016 - 2020, trong đó có Chương trình 135. Quảng Nam hiện có trên 133.000 người dân tộc thiểu số, tỷ lệ hộ nghèo vùng miền núi còn 39,5%. Ông A Lăng Văn Dũ lưu ý các câu hỏi về nhà ở, nước sạch, điện lưới và khoảng cách từ nhà đến trường học, trạm y tế cần được người dân hiểu đúng để trả lời chính xác.
Căn cứ Chương trình phối hợp số 03/CTPH-MTTQ-BDT giữa Ban Thường trực Ủy ban MTTQ tỉnh và Ban Dân tộc tỉnh, Mặt trận các huyện sẽ chủ trì họp thôn, phổ biến mục đích cuộc điều tra; 210 điều tra viên được chọn ưu tiên người biết tiếng dân tộc. Hội nghị cũng quán triệt Nghị quyết chuyên đề số 04-NQ/TU ngày 21/7/2011 của Tỉnh ủy về phát triển kinh tế - xã hội miền núi gắn với định canh, định cư.
Tại hội nghị, già làng Bh'riu Pố, thôn Aur, xã Ating, cam kết vận động con cháu ở nhà chờ điều tra viên. Bà Zơ Râm Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã Sông Kôn, đề nghị có hỗ trợ cho người dẫn đường vì nhiều nóc ở xa trung tâm xã trên 20 km. Ông Hồ Văn Lợi, người có uy tín ở xã Trà Cang, bày tỏ: "Bà con sợ khai nghèo thì bị cười, khai khá thì mất chính sách; Mặt trận phải nói cho dân hiểu điều tra không phải để cắt chính sách".
Kết luận hội nghị, ông Phan Văn Thọ đề nghị Mặt trận các huyện Tây Giang, Đông Giang, Nam Giang, Nam Trà My ban hành kế hoạch trước ngày 20/7, mỗi xã tổ chức ít nhất 1 buổi tuyên truyền tại từng thôn; Ủy ban MTTQ tỉnh trích 60 triệu đồng hỗ trợ người có uy tín tham gia dẫn đường.
Văn Sinh
Tin liên quan
- Gặp mặt 250 người có uy tín trong đồng bào dân tộc thiểu số (15/06/2015)
- Nam Giang: Ra mắt mô hình "Khu dân cư không có hộ đói" (28/05/2015)
- Quỹ "Vì người nghèo" hỗ trợ xây 120 nhà cho đồng bào miền núi (11/05/2015)
""", "2015-07-10", "Phối hợp vận động đồng bào tham gia điều tra thực trạng kinh tế - xã hội vùng dân tộc",
E("hoi_nghi", "2015", "2015-07-08"),
[P("Phan Văn Thọ", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Lăng Văn Dũ", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Bh'riu Pố", "già làng"),
 P("Zơ Râm Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Sông Kôn"),
 P("Hồ Văn Lợi", "người có uy tín ở xã Trà Cang")],
[Q("9 huyện miền núi", 9, "huyện miền núi"), Q("135 đại biểu", 135, "đại biểu"),
 Q("hơn 35.000 hộ", 35000, "hộ", "over"), Q("1.150 địa bàn", 1150, "địa bàn"),
 Q("trên 133.000 người dân tộc thiểu số", 133000, "người dân tộc thiểu số", "over"), Q("39,5%", 39.5, "%"),
 Q("210 điều tra viên", 210, "điều tra viên"), Q("trên 20 km", 20, "km", "over"),
 Q("60 triệu đồng", 60000000, "đồng")],
[D("Chương trình phối hợp", "03", "CTPH-MTTQ-BDT", None, "Ban Thường trực Ủy ban MTTQ tỉnh và Ban Dân tộc tỉnh", "Chương trình phối hợp số 03/CTPH-MTTQ-BDT"),
 D("Nghị quyết", "04", "NQ/TU", "2011-07-21", "Tỉnh ủy", "Nghị quyết chuyên đề số 04-NQ/TU ngày 21/7/2011")],
[prov("Quảng Nam"), com("Ating"), com("Sông Kôn"), com("Trà Cang")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam", "Bạn đang ở: Trang chủ / Tin hoạt động / Công tác dân tộc, tôn giáo",
 "Điều tra thu thập thông tin về thực trạng kinh tế - xã hội của 53 dân tộc thiểu số", "Chương trình 135", "thôn Aur"],
["Thứ Sáu, 10/07/2015, 15:05", "53 dân tộc thiểu số", "năm 2015", "thời điểm 1/8/2015", "giai đoạn 2016 - 2020",
 "Chương trình 135", "ít nhất 1 buổi tuyên truyền", "ngày 20/7"]))

PAGES.append(page("b8698-bacgiang-hnd-soket-2016", """
HỘI NÔNG DÂN TỈNH BẮC GIANG
Trang chủ >> Tin tức >> Hoạt động Hội
15-07-2016 10:20
Hội Nông dân tỉnh: Vận động hội viên tham gia Tổng điều tra nông thôn, nông nghiệp
Ảnh: Toàn cảnh hội nghị sơ kết.
Ngày 13/7/2016, Ban Thường vụ Hội Nông dân tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016. Chủ tịch Hội Nông dân tỉnh Dương Văn Hùng chủ trì hội nghị.
Báo cáo sơ kết nêu rõ, 6 tháng qua các cấp hội tập trung tuyên truyền, vận động hội viên tham gia Tổng điều tra nông thôn, nông nghiệp và thủy sản năm 2016, thời điểm 1/7/2016, theo Chỉ thị số 05/CT-UBND ngày 22/3/2016 của Chủ tịch UBND tỉnh. Thực hiện Kế hoạch 58, 59-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh, các cấp hội đã tổ chức 68 lớp tập huấn với hơn 4.500 lượt hội viên; 312 chi hội trưởng được ngành thống kê trưng tập làm điều tra viên, tổ trưởng. Toàn tỉnh có trên 396.000 hộ nông thôn thuộc diện điều tra; đến ngày 10/7, đã hoàn thành 41,5% số phiếu.
Về các phong trào, Hội kết nạp 2.150 hội viên mới; Quỹ Hỗ trợ nông dân các cấp đạt 38,6 tỷ đồng, tăng 4,2 tỷ đồng so với cuối năm 2015; phối hợp Ngân hàng Chính sách xã hội cho 9.870 hộ vay vốn với dư nợ hơn 245 tỷ đồng.
Bên cạnh kết quả đạt được, hội nghị thẳng thắn chỉ ra một số cơ sở hội còn lúng túng khi tuyên truyền về tổng điều tra, chưa chủ động phối hợp với ban chỉ đạo cấp xã; ở vùng cao Sơn Động, Lục Ngạn nhiều hộ đi làm ăn xa nên phải điều tra viên quay lại nhiều lần.
Tham luận tại hội nghị, ông Hoàng Văn Sình, Chủ tịch Hội Nông dân xã Tuấn Đạo, cho biết xã có 14 chi hội trưởng là điều tra viên, biết rõ từng hộ nên số liệu về diện tích vải thiều, đàn lợn ít sai lệch. Bà Lăng Thị Hoa, Chi hội trưởng chi hội nông dân thôn Nà Hem, xã Tuấn Đạo, kể có hộ lo "khai thật sẽ bị thu thuế", chi hội phải họp riêng để giải thích. Ông Ngô Đức Thịnh, Phó Cục trưởng Cục Thống kê tỉnh, đề nghị các cấp hội tiếp tục hỗ trợ đến khi kết thúc thu thập thông tin ngày 30/7.
Các ông Trần Đức Thắng, Nguyễn Văn Thuấn - Phó Chủ tịch Hội Nông dân tỉnh, trả lời kiến nghị của cơ sở về kinh phí hỗ trợ chi hội trưởng và thời gian tập huấn.
Kết luận, ông Dương Văn Hùng yêu cầu 6 tháng cuối năm, mỗi cơ sở hội nắm chắc số hộ nông dân sản xuất kinh doanh giỏi và hộ nghèo trong địa bàn từ kết quả tổng điều tra; phấn đấu cả năm kết nạp trên 4.000 hội viên. Dịp này, Hội Nông dân tỉnh tặng giấy khen cho 15 tập thể, 23 cá nhân.
Ngọc Thúy
Tin liên quan
- Lục Ngạn: Nông dân trúng mùa vải thiều (05/07/2016)
- Yên Thế ra mắt 3 chi hội nghề nghiệp (22/06/2016)
- Sơn Động: Hỗ trợ 1,2 tỷ đồng cho hộ nghèo phát triển chăn nuôi (02/06/2016)
""", "2016-07-15", "Hội Nông dân tỉnh: Vận động hội viên tham gia Tổng điều tra nông thôn, nông nghiệp",
E("so_ket", "2016-H1", "2016-07-13"),
[P("Dương Văn Hùng", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Văn Sình", "Chủ tịch Hội Nông dân xã Tuấn Đạo"),
 P("Lăng Thị Hoa", "Chi hội trưởng chi hội nông dân thôn Nà Hem"),
 P("Ngô Đức Thịnh", "Phó Cục trưởng Cục Thống kê tỉnh"),
 P("Trần Đức Thắng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Thuấn", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("68 lớp tập huấn", 68, "lớp tập huấn"), Q("hơn 4.500 lượt hội viên", 4500, "lượt hội viên", "over"),
 Q("312 chi hội trưởng", 312, "chi hội trưởng"), Q("trên 396.000 hộ nông thôn", 396000, "hộ nông thôn", "over"),
 Q("41,5%", 41.5, "%"), Q("2.150 hội viên mới", 2150, "hội viên mới"), Q("38,6 tỷ đồng", 38600000000, "đồng"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("9.870 hộ", 9870, "hộ"), Q("hơn 245 tỷ đồng", 245000000000, "đồng", "over"),
 Q("14 chi hội trưởng", 14, "chi hội trưởng"), Q("trên 4.000 hội viên", 4000, "hội viên", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chỉ thị", "05", "CT-UBND", "2016-03-22", "Chủ tịch UBND tỉnh", "Chỉ thị số 05/CT-UBND ngày 22/3/2016"),
 D("Kế hoạch", "58", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 58, 59-KH/HNDT"),
 D("Kế hoạch", "59", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 58, 59-KH/HNDT")],
[prov("Bắc Giang"), com("Tuấn Đạo")],
["HỘI NÔNG DÂN TỈNH BẮC GIANG", "Trang chủ >> Tin tức >> Hoạt động Hội", "Ảnh: Toàn cảnh hội nghị sơ kết.",
 "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "thôn Nà Hem", "khai thật sẽ bị thu thuế"],
["15-07-2016 10:20", "6 tháng đầu năm", "6 tháng cuối năm 2016", "thời điểm 1/7/2016", "ngày 10/7", "ngày 30/7",
 "cuối năm 2015", "năm 2016", "6 tháng qua"]))
