from lib import *
PAGES = []

PAGES.append(page("b1175-thainguyen-hnd-doithoai-2023", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Năm, 28/9/2023 - 20:10
Quang cảnh hội nghị đối thoại.
Nông dân kiến nghị giải pháp nâng giá trị cây chè
Ngày 27/9, Hội Nông dân tỉnh Thái Nguyên phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2023. Đồng chí Dương Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; tham dự có 250 hội viên nông dân tiêu biểu, chủ trang trại, giám đốc hợp tác xã trong tỉnh.
Hội nghị được tổ chức theo Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ ban hành Quy chế phối hợp giữa các bộ, ngành, UBND các cấp với Hội Nông dân Việt Nam các cấp trong việc tổ chức đối thoại với nông dân. Trước hội nghị, Hội Nông dân các cấp đã tổng hợp 43 ý kiến, kiến nghị; tại hội nghị có 18 ý kiến được nêu trực tiếp.
Đồng chí La Văn Thuận, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh cho biết, toàn tỉnh có khoảng 22.600 ha chè, giá trị sản phẩm chè năm 2022 đạt hơn 13.500 tỷ đồng. Quỹ Hỗ trợ nông dân các cấp hiện cho 420 hộ vay với số tiền 9,8 tỷ đồng.
Bà Hoàng Thị Lanh, Chi hội trưởng Chi hội nông dân xóm Khuôn Lặng, xã Quy Kỳ (huyện Định Hóa), đề nghị tỉnh có cơ chế hỗ trợ nông dân chuyển đổi sang sản xuất chè hữu cơ. Ông Ma Văn Chiến, Giám đốc Hợp tác xã chè Hảo Đạt, xã Tân Cương (thành phố Thái Nguyên), kiến nghị tháo gỡ thủ tục cấp mã số vùng trồng và hỗ trợ quảng bá sản phẩm OCOP trên sàn thương mại điện tử. Ông Lâm Văn Sinh, người Sán Dìu ở xã Phúc Xuân, phản ánh tình trạng đường nội đồng xuống cấp.
Trả lời các ý kiến, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Phạm Văn Sỹ cho biết, theo Nghị quyết số 12/2022/NQ-HĐND ngày 10/12/2022 của HĐND tỉnh, mỗi ha chè chuyển đổi sang giống mới được hỗ trợ 30 triệu đồng; năm 2023 tỉnh đã hỗ trợ trồng mới, trồng lại 420 ha chè. Giám đốc Sở Công Thương Trần Thị Hòa thông tin tỉnh đã đưa 86 sản phẩm chè lên các sàn thương mại điện tử.
Kết luận hội nghị, Chủ tịch UBND tỉnh Dương Văn Khải ghi nhận các ý kiến thẳng thắn, tâm huyết của bà con; yêu cầu các sở, ngành tiếp tục thực hiện Nghị quyết 19-NQ/TW ngày 16/6/2022 của BCH Trung ương Đảng (khóa XIII) về nông nghiệp, nông dân, nông thôn; giao Hội Nông dân tỉnh theo dõi, đôn đốc việc giải quyết các kiến nghị sau đối thoại, báo cáo UBND tỉnh trước ngày 31/12/2023.
Việt Hà
Lượt xem: 1.519
Tin liên quan
- Hội Nông dân tỉnh tập huấn chuyển đổi số cho 150 hội viên (15/09/2023)
- Đồng Hỷ: nông dân góp 2 tỷ đồng làm đường nội đồng (05/09/2023)
- Tôn vinh 60 nông dân Việt Nam xuất sắc cấp tỉnh (20/08/2023)
""", "2023-09-28", "Nông dân kiến nghị giải pháp nâng giá trị cây chè",
E("doi_thoai", "2023", "2023-09-27"),
[P("Dương Văn Khải", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("La Văn Thuận", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Thị Lanh", "Chi hội trưởng Chi hội nông dân xóm Khuôn Lặng"),
 P("Ma Văn Chiến", "Giám đốc Hợp tác xã chè Hảo Đạt"),
 P("Lâm Văn Sinh"),
 P("Phạm Văn Sỹ", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Trần Thị Hòa", "Giám đốc Sở Công Thương")],
[Q("250 hội viên nông dân tiêu biểu", 250, "hội viên nông dân tiêu biểu"), Q("43 ý kiến, kiến nghị", 43, "ý kiến, kiến nghị"),
 Q("18 ý kiến", 18, "ý kiến"), Q("khoảng 22.600 ha", 22600, "ha", "approx"), Q("hơn 13.500 tỷ đồng", 13500000000000, "đồng", "over"),
 Q("420 hộ", 420, "hộ"), Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("420 ha", 420, "ha"), Q("86 sản phẩm chè", 86, "sản phẩm chè")],
[D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014"),
 D("Nghị quyết", "12", "2022/NQ-HĐND", "2022-12-10", "HĐND tỉnh", "Nghị quyết số 12/2022/NQ-HĐND ngày 10/12/2022"),
 D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "BCH Trung ương Đảng", "Nghị quyết 19-NQ/TW ngày 16/6/2022")],
[prov("Thái Nguyên"), com("Quy Kỳ"), com("Tân Cương"), com("Phúc Xuân")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Quang cảnh hội nghị đối thoại.", "OCOP", "Lượt xem: 1.519"],
["Thứ Năm, 28/9/2023 - 20:10", "năm 2023", "năm 2022", "khóa XIII", "ngày 31/12/2023", "Lượt xem: 1.519"]))

PAGES.append(page("b1176-ninhbinh-mttq-soket-2023", """
Báo Ninh Bình điện tử
Chính trị - Mặt trận - Đoàn thể
Ngày đăng: 07/07/2023 08:30
Mặt trận tỉnh hỗ trợ xây dựng 1.150 nhà Đại đoàn kết
Chiều 6/7, Ủy ban MTTQ Việt Nam tỉnh Ninh Bình tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Phạm Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Đinh Văn Hưng, Nguyễn Thị Hạnh, Bùi Văn Đông.
Các đại biểu dự hội nghị. Ảnh: Minh Đường
Sáu tháng đầu năm, Mặt trận các cấp đã triển khai Chỉ thị 18-CT/TW của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của MTTQ Việt Nam và các tổ chức chính trị - xã hội, và Kế hoạch số 98/KH-MTTQ-BTT ngày 15/2/2023 của Ban Thường trực Ủy ban MTTQ tỉnh thực hiện Chương trình phối hợp thống nhất hành động năm 2023. Nổi bật là việc hỗ trợ xây dựng 1.150 nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo theo Quyết định số 735/QĐ-UBND ngày 22/5/2023 của UBND tỉnh, mỗi nhà được hỗ trợ 50 triệu đồng; đến ngày 30/6 đã có 812 nhà hoàn thành, bàn giao.
Quỹ "Vì người nghèo" các cấp tiếp nhận 14,2 tỷ đồng; Mặt trận các cấp chủ trì 126 cuộc giám sát, tổ chức 38 hội nghị phản biện xã hội và góp ý xây dựng Đảng, chính quyền; tiếp nhận 86 đơn thư, đã chuyển cơ quan có thẩm quyền giải quyết 79 đơn. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được nhân dân hưởng ứng, góp hơn 46 tỷ đồng làm đường giao thông, nhà văn hóa.
Tại hội nghị, ông Trương Văn Tuấn, Chủ tịch Ủy ban MTTQ huyện Gia Viễn cho biết, xã Gia Sinh đã vận động 27 hộ hiến đất mở rộng đường liên thôn. Bà Lã Thị Huyền, Chủ tịch Ủy ban MTTQ phường Ninh Khánh (thành phố Ninh Bình) kiến nghị tăng kinh phí cho Ban Thanh tra nhân dân.
Hội nghị cũng chỉ ra một số hạn chế: việc giám sát sau kiến nghị ở một số nơi chưa được theo dõi đến cùng; nội dung sinh hoạt của Ban Công tác Mặt trận ở khu dân cư có nơi còn hình thức; tiến độ xây dựng nhà Đại đoàn kết ở các huyện miền núi còn chậm do giá vật liệu tăng.
Kết luận hội nghị, đồng chí Phạm Thị Thu Trang đề nghị Mặt trận các cấp tập trung hoàn thành 338 nhà Đại đoàn kết còn lại trước ngày 2/9/2023; chuẩn bị chu đáo cho Đại hội đại biểu MTTQ Việt Nam các cấp nhiệm kỳ 2024 - 2029, tổ chức tốt "Ngày hội Đại đoàn kết toàn dân tộc" ở 100% khu dân cư.
Hoàng Hà
Số lượt xem: 733
Tin khác
- Ủy ban MTTQ tỉnh trao 50 nhà Đại đoàn kết tại Kim Sơn (28/06/2023)
- Hội nghị hiệp thương bổ sung Ủy viên Ủy ban MTTQ tỉnh (15/06/2023)
- Yên Mô: Mặt trận giám sát công tác thu gom rác thải (02/06/2023)
""", "2023-07-07", "Mặt trận tỉnh hỗ trợ xây dựng 1.150 nhà Đại đoàn kết",
E("so_ket", "2023-H1", "2023-07-06"),
[P("Phạm Thị Thu Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Văn Đông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Tuấn", "Chủ tịch Ủy ban MTTQ huyện Gia Viễn"),
 P("Lã Thị Huyền", "Chủ tịch Ủy ban MTTQ phường Ninh Khánh")],
[Q("1.150 nhà Đại đoàn kết", 1150, "nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("812 nhà", 812, "nhà"),
 Q("14,2 tỷ đồng", 14200000000, "đồng"), Q("126 cuộc giám sát", 126, "cuộc giám sát"),
 Q("38 hội nghị phản biện xã hội", 38, "hội nghị phản biện xã hội"), Q("86 đơn thư", 86, "đơn thư"), Q("79 đơn", 79, "đơn"),
 Q("hơn 46 tỷ đồng", 46000000000, "đồng", "over"), Q("27 hộ", 27, "hộ"), Q("338 nhà Đại đoàn kết", 338, "nhà Đại đoàn kết"),
 Q("100%", 100, "%")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW"),
 D("Kế hoạch", "98", "KH-MTTQ-BTT", "2023-02-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 98/KH-MTTQ-BTT ngày 15/2/2023"),
 D("Quyết định", "735", "QĐ-UBND", "2023-05-22", "UBND tỉnh", "Quyết định số 735/QĐ-UBND ngày 22/5/2023")],
[prov("Ninh Bình"), com("Gia Sinh"), com("Ninh Khánh")],
["Báo Ninh Bình điện tử", "Chính trị - Mặt trận - Đoàn thể", "Các đại biểu dự hội nghị. Ảnh: Minh Đường", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày hội Đại đoàn kết toàn dân tộc", "Chương trình phối hợp thống nhất hành động năm 2023",
 "Số lượt xem: 733"],
["Ngày đăng: 07/07/2023 08:30", "6 tháng đầu năm", "6 tháng cuối năm 2023", "Sáu tháng đầu năm", "ngày 30/6", "ngày 2/9/2023",
 "nhiệm kỳ 2024 - 2029", "Số lượt xem: 733"]))

PAGES.append(page("b1177-laichau-mttq-baocao-hdnd-2024", """
BÁO LAI CHÂU ĐIỆN TỬ
Trang chủ » Thời sự » Kỳ họp HĐND tỉnh
Thứ Ba, 10/12/2024 11:20
Cử tri Lai Châu gửi 97 ý kiến, kiến nghị tới kỳ họp cuối năm
Sáng 10/12, tại kỳ họp thứ hai mươi lăm HĐND tỉnh Lai Châu khóa XV, đồng chí Giàng A Tính, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã trình bày thông báo của Ủy ban MTTQ tỉnh về công tác tham gia xây dựng chính quyền năm 2024 và báo cáo tổng hợp ý kiến, kiến nghị của cử tri, nhân dân.
Đồng chí Giàng A Tính trình bày báo cáo tại kỳ họp.
Theo báo cáo, năm 2024, Mặt trận các cấp đã phối hợp tổ chức 148 hội nghị tiếp xúc cử tri với hơn 11.300 lượt cử tri tham dự. Qua đó, cử tri gửi tới kỳ họp 97 ý kiến, kiến nghị, tập trung vào các lĩnh vực: giao thông nông thôn, nước sinh hoạt, giáo dục vùng cao, chính sách đối với người có uy tín và việc khắc phục hậu quả mưa lũ sau cơn bão số 3.
Thực hiện Quy định 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của MTTQ Việt Nam, các tổ chức chính trị - xã hội và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên, Mặt trận các cấp đã chủ trì 163 cuộc giám sát, 27 hội nghị phản biện xã hội. Ban Thanh tra nhân dân ở 106 xã, phường, thị trấn hoạt động theo Nghị định 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ, kiến nghị xử lý 41 vụ việc. Quỹ "Vì người nghèo" các cấp tiếp nhận 9,6 tỷ đồng; Mặt trận phối hợp hỗ trợ xóa 1.126 nhà tạm, nhà dột nát cho hộ nghèo.
Báo cáo nêu, cử tri xã Mù Cả (huyện Mường Tè) đề nghị sớm sửa chữa tuyến đường vào bản Mù Cả bị sạt lở; cử tri xã Sì Lở Lầu (huyện Phong Thổ) kiến nghị đầu tư kiên cố hóa điểm trường. Cử tri phường Đông Phong phản ánh việc chậm cấp giấy chứng nhận quyền sử dụng đất. Ông Lỳ Chà Pơ, người có uy tín bản Nậm Pục, xã Mù Cả đề nghị nâng mức hỗ trợ đối với người có uy tín trong đồng bào dân tộc Hà Nhì.
Đối với các kiến nghị tại kỳ họp giữa năm, đến nay đã có 92,4% kiến nghị được giải quyết, trả lời. Bà Lò Thị Xuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, số kiến nghị còn lại chủ yếu cần nguồn vốn lớn, phải thực hiện theo lộ trình.
Ủy ban MTTQ tỉnh đề nghị UBND tỉnh chỉ đạo các sở, ngành, địa phương giải quyết dứt điểm những kiến nghị kéo dài; tiếp tục thực hiện Chương trình số 15/CTr-MTTQ-BTT ngày 20/1/2024 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số.
Thùy Linh
Lượt xem: 947
Tin liên quan
- Khai mạc kỳ họp thứ hai mươi lăm HĐND tỉnh khóa XV (09/12/2024)
- Ủy ban MTTQ tỉnh trao 200 nhà Đại đoàn kết ở Sìn Hồ (25/11/2024)
- Tiếp xúc cử tri trước kỳ họp tại huyện Nậm Nhùn (20/11/2024)
""", "2024-12-10", "Cử tri Lai Châu gửi 97 ý kiến, kiến nghị tới kỳ họp cuối năm",
E("bao_cao", "2024", "2024-12-10"),
[P("Giàng A Tính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lỳ Chà Pơ", "người có uy tín bản Nậm Pục"),
 P("Lò Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("97 ý kiến, kiến nghị", 97, "ý kiến, kiến nghị"), Q("148 hội nghị tiếp xúc cử tri", 148, "hội nghị tiếp xúc cử tri"),
 Q("hơn 11.300 lượt cử tri", 11300, "lượt cử tri", "over"), Q("163 cuộc giám sát", 163, "cuộc giám sát"),
 Q("27 hội nghị phản biện xã hội", 27, "hội nghị phản biện xã hội"), Q("106 xã, phường, thị trấn", 106, "xã, phường, thị trấn"),
 Q("41 vụ việc", 41, "vụ việc"), Q("9,6 tỷ đồng", 9600000000, "đồng"),
 Q("1.126 nhà tạm, nhà dột nát", 1126, "nhà tạm, nhà dột nát"), Q("92,4%", 92.4, "%")],
[D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định 124-QĐ/TW ngày 4/10/2023"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Chương trình", "15", "CTr-MTTQ-BTT", "2024-01-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Chương trình số 15/CTr-MTTQ-BTT ngày 20/1/2024")],
[prov("Lai Châu"), com("Mù Cả"), com("Sì Lở Lầu"), com("Đông Phong")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Trang chủ » Thời sự » Kỳ họp HĐND tỉnh", "Đồng chí Giàng A Tính trình bày báo cáo tại kỳ họp.", "Vì người nghèo",
 "Lượt xem: 947"],
["Thứ Ba, 10/12/2024 11:20", "kỳ họp thứ hai mươi lăm", "khóa XV", "năm 2024", "bão số 3", "Lượt xem: 947"]))

PAGES.append(page("b1178-tuyenquang-mttq-giaoban-q3-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 03/10/2025 - 15:20
Đồng chí Vương Ngọc Hà chủ trì hội nghị.
Mặt trận và các tổ chức chính trị - xã hội giao ban công tác quý III
Ngày 2/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị giao ban công tác Mặt trận và các tổ chức chính trị - xã hội quý III, triển khai nhiệm vụ quý IV năm 2025. Đây là hội nghị giao ban đầu tiên sau khi hợp nhất Ủy ban MTTQ Việt Nam hai tỉnh Tuyên Quang và Hà Giang, sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận.
Đồng chí Vương Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự có các đồng chí Hoàng Văn Tám, Lù Thị Dung, Nguyễn Đức Trọng - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Ủy ban MTTQ Việt Nam 124 xã, phường dự trực tuyến.
Báo cáo tại hội nghị cho biết, thực hiện Hướng dẫn số 05-HD/MTTW-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 12-KH/TU ngày 5/8/2025 của Ban Thường vụ Tỉnh ủy, Mặt trận tỉnh đã hoàn thành việc kiện toàn tổ chức, bộ máy; ký Quy chế phối hợp số 01/QCPH-MTTQ-UBND ngày 20/8/2025 với UBND tỉnh. Trong quý, Mặt trận và các tổ chức thành viên phối hợp hoàn thành xóa 2.350 nhà tạm, nhà dột nát; Quỹ "Vì người nghèo" các cấp tiếp nhận 38,6 tỷ đồng. Sau cơn bão số 10, Mặt trận tỉnh tiếp nhận 7,4 tỷ đồng ủng hộ, kịp thời hỗ trợ 1.280 hộ bị thiệt hại.
Đồng chí Sùng Mí Chứ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh thông tin: các cấp Hội đã vận động 3.450 hộ hội viên đăng ký danh hiệu sản xuất, kinh doanh giỏi. Đồng chí Ma Thị Thanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh cho biết Hội đang duy trì 412 câu lạc bộ "Phụ nữ không sinh con thứ ba" ở các xã vùng cao.
Tại điểm cầu xã Đồng Văn, ông Vàng Seo Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã, phản ánh sau sắp xếp địa bàn xã rộng, cán bộ ít, việc nắm tình hình ở các thôn xa còn khó. Bà Nông Thị Duyên, Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân đề nghị sớm ban hành hướng dẫn về hoạt động của Ban Công tác Mặt trận ở tổ dân phố sau sáp nhập.
Kết luận hội nghị, đồng chí Vương Ngọc Hà yêu cầu quý IV tập trung tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" ở 100% thôn, tổ dân phố; giám sát việc thực hiện chính sách hỗ trợ người dân sau bão; chuẩn bị tổng kết năm 2025 và triển khai chương trình phối hợp thống nhất hành động năm 2026.
Hồng Nhung
Lượt xem: 1.046
Tin liên quan
- Ủy ban MTTQ tỉnh phân bổ 7,4 tỷ đồng hỗ trợ người dân sau bão (25/09/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang (01/07/2025)
- Hoàn thành xóa nhà tạm ở xã Lâm Bình (20/08/2025)
""", "2025-10-03", "Mặt trận và các tổ chức chính trị - xã hội giao ban công tác quý III",
E("giao_ban", "2025-Q3", "2025-10-02"),
[P("Vương Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Tám", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lù Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Trọng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Chứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ma Thị Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Vàng Seo Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nông Thị Duyên", "Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân")],
[Q("124 xã, phường", 124, "xã, phường"), Q("2.350 nhà tạm, nhà dột nát", 2350, "nhà tạm, nhà dột nát"),
 Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("7,4 tỷ đồng", 7400000000, "đồng"), Q("1.280 hộ", 1280, "hộ"),
 Q("3.450 hộ hội viên", 3450, "hộ hội viên"), Q("412 câu lạc bộ", 412, "câu lạc bộ"), Q("100%", 100, "%")],
[D("Hướng dẫn", "05", "HD/MTTW-BTT", "2025-07-15", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 05-HD/MTTW-BTT ngày 15/7/2025"),
 D("Kế hoạch", "12", "KH/TU", "2025-08-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 5/8/2025"),
 D("Quy chế phối hợp", "01", "QCPH-MTTQ-UBND", "2025-08-20", None, "Quy chế phối hợp số 01/QCPH-MTTQ-UBND ngày 20/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Minh Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Đồng chí Vương Ngọc Hà chủ trì hội nghị.",
 "Vì người nghèo", "Phụ nữ không sinh con thứ ba", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.046"],
["Thứ Sáu, 03/10/2025 - 15:20", "quý III", "quý IV năm 2025", "bão số 10", "quý IV", "năm 2025", "năm 2026", "Lượt xem: 1.046"]))

PAGES.append(page("b1179-phutho-mttq-tongket-2025", """
Chủ Nhật, 11/01/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ
Trang chủ >> Chính trị >> Mặt trận
Thứ Bảy, 10/01/2026 - 09:40
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Mặt trận tỉnh Phú Thọ triển khai nhiệm vụ năm 2026
Ngày 9/1, Ủy ban MTTQ Việt Nam tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác Mặt trận và hoạt động của các tổ chức chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị được kết nối trực tuyến tới 148 điểm cầu xã, phường.
Dự hội nghị có đồng chí Trịnh Thị Xuân Lan, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam; đồng chí Đinh Công Thuận, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Thị Bích Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Đồng chí Hà Văn Quyết, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2025 là năm Mặt trận tỉnh hoàn thành việc hợp nhất Ủy ban MTTQ Việt Nam ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình và sắp xếp các tổ chức chính trị - xã hội trực thuộc theo Kế hoạch số 25-KH/TU ngày 8/7/2025 của Ban Thường vụ Tỉnh ủy. Mặt trận các cấp phối hợp hoàn thành xóa 3.412 nhà tạm, nhà dột nát trước thời hạn; Quỹ "Vì người nghèo" các cấp tiếp nhận 62,4 tỷ đồng; vận động ủng hộ đồng bào bị thiệt hại do bão lũ 18,5 tỷ đồng. Mặt trận các cấp tổ chức 296 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân và chủ trì 412 cuộc giám sát.
Các tổ chức thành viên cũng đạt nhiều kết quả: Hội Nông dân tỉnh cho 1.160 hộ vay vốn từ Quỹ Hỗ trợ nông dân; Hội LHPN tỉnh hỗ trợ 86 "Mái ấm tình thương"; Tỉnh đoàn triển khai 2.300 công trình, phần việc thanh niên; Hội Cựu chiến binh tỉnh giúp 215 hộ hội viên thoát nghèo.
Tại điểm cầu phường Vĩnh Phúc, bà Trần Thị Thu Hường, Chủ tịch Ủy ban MTTQ Việt Nam phường đề nghị tỉnh sớm có hướng dẫn về chế độ phụ cấp cho trưởng ban công tác Mặt trận ở khu dân cư sau sắp xếp. Ông Bùi Văn Thương, Chủ tịch Ủy ban MTTQ Việt Nam xã Cao Phong, chia sẻ cách vận động đồng bào Mường hiến đất làm đường.
Phát biểu chỉ đạo, đồng chí Trịnh Thị Xuân Lan ghi nhận kết quả trong năm đầu vận hành mô hình mới, đề nghị Mặt trận tỉnh tiếp tục thực hiện Chương trình hành động số 07-CTr/TU của Tỉnh ủy và Quyết định số 35/2025/QĐ-UBND ngày 19/9/2025 của UBND tỉnh về hỗ trợ nhà ở cho hộ nghèo; tập trung cho cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, 45 tập thể, 62 cá nhân được Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen.
Minh Phương
Lượt xem: 1.384
Tin liên quan
- Ủy ban MTTQ tỉnh trao 200 suất quà Tết cho hộ nghèo xã Tam Đảo (05/01/2026)
- Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu HĐND tỉnh (30/12/2025)
- Phú Thọ hoàn thành xóa nhà tạm, nhà dột nát (28/08/2025)
""", "2026-01-10", "Mặt trận tỉnh Phú Thọ triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-09"),
[P("Trịnh Thị Xuân Lan", "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam"),
 P("Đinh Công Thuận", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Bích Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hà Văn Quyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thu Hường", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Bùi Văn Thương", "Chủ tịch Ủy ban MTTQ Việt Nam xã Cao Phong")],
[Q("148 điểm cầu xã, phường", 148, "điểm cầu xã, phường"), Q("3.412 nhà tạm, nhà dột nát", 3412, "nhà tạm, nhà dột nát"),
 Q("62,4 tỷ đồng", 62400000000, "đồng"), Q("18,5 tỷ đồng", 18500000000, "đồng"),
 Q("296 hội nghị đối thoại", 296, "hội nghị đối thoại"), Q("412 cuộc giám sát", 412, "cuộc giám sát"),
 Q("1.160 hộ", 1160, "hộ"), Q("86 \"Mái ấm tình thương\"", 86, "Mái ấm tình thương"),
 Q("2.300 công trình, phần việc thanh niên", 2300, "công trình, phần việc thanh niên"),
 Q("215 hộ hội viên", 215, "hộ hội viên"), Q("45 tập thể", 45, "tập thể"), Q("62 cá nhân", 62, "cá nhân")],
[D("Kế hoạch", "25", "KH/TU", "2025-07-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 25-KH/TU ngày 8/7/2025"),
 D("Chương trình hành động", "07", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 07-CTr/TU"),
 D("Quyết định", "35", "2025/QĐ-UBND", "2025-09-19", "UBND tỉnh", "Quyết định số 35/2025/QĐ-UBND ngày 19/9/2025")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Vĩnh Phúc"), com("Cao Phong")],
["Chủ Nhật, 11/01/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ", "Trang chủ >> Chính trị >> Mặt trận",
 "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Vì người nghèo", "Mái ấm tình thương", "Lượt xem: 1.384"],
["Chủ Nhật, 11/01/2026", "Thứ Bảy, 10/01/2026 - 09:40", "năm 2025", "năm 2026", "Năm 2025", "năm đầu", "khóa XVI",
 "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.384"]))

PAGES.append(page("b1180-hungyen-hnd-luahuuco-2026", """
Hôm nay: Thứ Tư, 15/04/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn
Thứ Ba, 14/4/2026 | 07:30
Thành viên tổ hợp tác kiểm tra lúa hữu cơ trên cánh đồng thôn An Định.
Nông dân Thụy Anh "đổi đời" nhờ lúa hữu cơ
Từ một tổ hợp tác nhỏ do Chi hội Nông dân thôn An Định đứng ra vận động, đến nay xã Thụy Anh đã có 62 ha lúa hữu cơ, trở thành vùng sản xuất tập trung lớn của tỉnh Hưng Yên sau khi hợp nhất với tỉnh Thái Bình.
Bà Đỗ Thị Lụa, Tổ trưởng Tổ hợp tác sản xuất lúa hữu cơ thôn An Định, kể lại: năm 2021, khi Chi hội vận động chuyển sang làm hữu cơ, chỉ có 9 hộ dám tham gia với gần 5 ha. Không dùng phân bón hóa học, thuốc trừ cỏ, vụ đầu năng suất giảm, nhiều người nản. "Nhưng gạo bán được giá cao hơn 20%, lại có doanh nghiệp bao tiêu, nên sang vụ sau bà con xin vào đông lắm", bà Lụa nói.
Hiện tổ hợp tác có 38 hộ thành viên, mỗi năm cung ứng khoảng 650 tấn thóc cho Công ty cổ phần Nông sản sạch Thái Bình; sau khi trừ chi phí, mỗi ha lãi khoảng 35 triệu đồng/vụ, cao gấp đôi so với trồng lúa thông thường. Năm 2025, sản phẩm gạo hữu cơ An Định được công nhận sản phẩm OCOP 4 sao. Để giữ uy tín, tổ hợp tác lập quy ước chung, các hộ giám sát lẫn nhau; hộ nào vi phạm quy trình sẽ bị loại khỏi danh sách bao tiêu của vụ đó.
Ông Phạm Văn Đạt, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Thụy Anh, Chủ tịch Hội Nông dân xã cho biết, thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Hội đã phối hợp mở 6 lớp tập huấn ghi nhật ký điện tử, truy xuất nguồn gốc bằng mã QR cho hơn 200 hội viên. Quỹ Hỗ trợ nông dân xã đã cho 24 hộ vay với tổng số tiền 1,2 tỷ đồng để mua máy cấy, máy sấy.
Theo ông Vũ Văn Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh Hưng Yên, mô hình ở Thụy Anh đang được nhân rộng theo Kế hoạch số 46/KH-HND ngày 12/2/2026 của Ban Thường vụ Hội Nông dân tỉnh, phấn đấu đến năm 2030 toàn tỉnh có 1.000 ha lúa hữu cơ, tập trung ở các xã ven biển như Thái Thụy, Đông Thụy Anh, Tiền Hải.
Khó khăn lớn nhất hiện nay, theo bà Lụa, là nguồn phân bón hữu cơ vi sinh còn đắt và diện tích nhỏ lẻ xen kẹp với ruộng làm thông thường. Tổ hợp tác kiến nghị xã quy hoạch vùng đệm, đầu tư hệ thống kênh mương riêng để bảo đảm nguồn nước tưới sạch.
Bài, ảnh: Quang Huy
Lượt xem: 763
Tin khác
- Hội Nông dân tỉnh sơ kết quý I năm 2026 (08/04/2026)
- Xã Tiền Hải ra mắt chi hội nông dân nghề nghiệp nuôi ngao (30/03/2026)
- 120 hội viên được tập huấn chuyển đổi số (20/03/2026)
""", "2026-04-14", "Nông dân Thụy Anh \"đổi đời\" nhờ lúa hữu cơ",
E("khac", None, None),
[P("Đỗ Thị Lụa", "Tổ trưởng Tổ hợp tác sản xuất lúa hữu cơ thôn An Định"),
 P("Phạm Văn Đạt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Thụy Anh", "Chủ tịch Hội Nông dân xã"),
 P("Vũ Văn Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh Hưng Yên")],
[Q("62 ha", 62, "ha"), Q("9 hộ", 9, "hộ"), Q("gần 5 ha", 5, "ha", "approx"), Q("20%", 20, "%"),
 Q("38 hộ thành viên", 38, "hộ thành viên"), Q("khoảng 650 tấn", 650, "tấn", "approx"),
 Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"), Q("6 lớp tập huấn", 6, "lớp tập huấn"),
 Q("hơn 200 hội viên", 200, "hội viên", "over"), Q("24 hộ", 24, "hộ"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("1.000 ha", 1000, "ha")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Kế hoạch", "46", "KH-HND", "2026-02-12", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 46/KH-HND ngày 12/2/2026")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thụy Anh"), com("Thái Thụy"), com("Đông Thụy Anh"), com("Tiền Hải")],
["Hôm nay: Thứ Tư, 15/04/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN", "Trang chủ / Kinh tế / Nông nghiệp - Nông thôn",
 "Thành viên tổ hợp tác kiểm tra lúa hữu cơ trên cánh đồng thôn An Định.", "OCOP", "Lượt xem: 763"],
["Hôm nay: Thứ Tư, 15/04/2026", "Thứ Ba, 14/4/2026 | 07:30", "năm 2021", "vụ đầu", "Năm 2025", "OCOP 4 sao", "năm 2030", "gấp đôi", "Lượt xem: 763"]))
