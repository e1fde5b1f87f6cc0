from lib import *
PAGES = []

PAGES.append(page("b5729-hoabinh-doan-phucuong-doithoai-2023", """
Cổng thông tin điện tử huyện Tân Lạc
Trang chủ › Tin tức › Đoàn thể
Thứ Sáu, 14/04/2023 | 15:20
Phú Cường: Chủ tịch UBND xã đối thoại với đoàn viên, thanh niên
Ngày 12/4, Ban Chấp hành Đoàn xã Phú Cường, huyện Tân Lạc (Hòa Bình) phối hợp với UBND xã tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với đoàn viên, thanh niên năm 2023. Đồng chí Bùi Văn Chiến, Chủ tịch UBND xã chủ trì đối thoại; tham dự có đồng chí Quách Thị Thu Trang, UV BTV Huyện đoàn, Phó Bí thư Huyện đoàn Tân Lạc; đồng chí Đinh Công Hải, Phó Bí thư Đảng ủy xã cùng hơn 90 đoàn viên, thanh niên của 12 chi đoàn.
Quang cảnh buổi đối thoại
Hội nghị được tổ chức theo Nghị định số 13/2021/NĐ-CP ngày 01/3/2021 của Chính phủ quy định về đối thoại với thanh niên, Kế hoạch số 21-KH/ĐTN ngày 20/3/2023 của Ban Thường vụ Huyện đoàn Tân Lạc và Chương trình số 05-CTr/ĐTN của BCH Đoàn xã. Đồng chí Bùi Thị Lan, Bí thư Đoàn xã báo cáo nhanh: xã hiện có 1.024 thanh niên trong độ tuổi, 412 đoàn viên; có khoảng 300 thanh niên đi làm ăn xa ở các khu công nghiệp, việc tập hợp thanh niên gặp nhiều khó khăn.
Trong không khí cởi mở, có 15 ý kiến được nêu lên. Anh Bùi Văn Tường, Bí thư Chi đoàn xóm Bằng hỏi về nguồn vốn cho thanh niên lập nghiệp, vì nhiều bạn muốn trồng cam, nuôi ong nhưng không có vốn. Chị Hà Thị Nhung, chủ tổ hợp tác nuôi ong xóm Trang, đề nghị xã hỗ trợ xây dựng thương hiệu mật ong bạc hà, kết nối tiêu thụ qua sàn thương mại điện tử. Một số đoàn viên kiến nghị sửa sân bóng và nhà văn hóa các xóm đã xuống cấp, thanh niên không có chỗ sinh hoạt buổi tối.
Trả lời các ý kiến, đồng chí Bùi Văn Chiến cho biết thanh niên có thể vay vốn Ngân hàng CSXH qua kênh Đoàn với mức tối đa 100 triệu đồng/hộ; năm 2022 xã đã hỗ trợ 3 dự án khởi nghiệp với 6 thanh niên khởi nghiệp, có dự án nuôi ong đã cho thu nhập trên 200 triệu đồng/năm. Năm 2023, xã dành 50 triệu đồng từ ngân sách để sửa chữa sân bóng trung tâm, đồng thời vận động con em quê hương làm ăn xa đóng góp xây nhà văn hóa.
Đại diện Công ty may Tân Lạc cũng cam kết tuyển 20 lao động là đoàn viên của xã với mức lương từ 6 triệu đồng/tháng trở lên. Chủ tịch UBND xã đề nghị Đoàn xã thành lập câu lạc bộ thanh niên khởi nghiệp, giao công chức văn hóa - xã hội phối hợp tổ chức giải bóng đá thanh niên vào dịp Tết Độc lập.
Kết thúc đối thoại, đồng chí Quách Thị Thu Trang đánh giá cao sự chuẩn bị của Đoàn xã, đề nghị Đoàn xã làm tốt vai trò cầu nối, theo dõi việc thực hiện các nội dung Chủ tịch UBND xã đã hứa, báo cáo Huyện đoàn trước 30/6. Mỗi đoàn viên cần phát huy vai trò xung kích trong xây dựng nông thôn mới, chấp hành Luật Thanh niên.
CTV Bùi Hường
Lượt xem: 289
Tin liên quan
- Tân Lạc: 100% xã tổ chức đối thoại với thanh niên (10/04/2023)
- Huyện đoàn Tân Lạc ra quân Tháng Thanh niên năm 2023 (05/03/2023)
- Mãn Đức: Đoàn viên giúp dân thu hoạch cam (20/12/2022)
""", "2023-04-14", "Phú Cường: Chủ tịch UBND xã đối thoại với đoàn viên, thanh niên",
E("doi_thoai", "2023", "2023-04-12"),
[P("Bùi Văn Chiến", "Chủ tịch UBND xã"),
 P("Quách Thị Thu Trang", "UV BTV Huyện đoàn", "Phó Bí thư Huyện đoàn Tân Lạc"),
 P("Đinh Công Hải", "Phó Bí thư Đảng ủy xã"),
 P("Bùi Thị Lan", "Bí thư Đoàn xã"),
 P("Bùi Văn Tường", "Bí thư Chi đoàn xóm Bằng"),
 P("Hà Thị Nhung", "chủ tổ hợp tác nuôi ong xóm Trang")],
[Q("hơn 90 đoàn viên, thanh niên", 90, "đoàn viên, thanh niên", "over"), Q("12 chi đoàn", 12, "chi đoàn"),
 Q("1.024 thanh niên", 1024, "thanh niên"), Q("412 đoàn viên", 412, "đoàn viên"), Q("khoảng 300 thanh niên", 300, "thanh niên", "approx"),
 Q("15 ý kiến", 15, "ý kiến"), Q("tối đa 100 triệu đồng/hộ", 100000000, "đồng"), Q("3 dự án khởi nghiệp", 3, "dự án khởi nghiệp"),
 Q("6 thanh niên khởi nghiệp", 6, "thanh niên"), Q("trên 200 triệu đồng/năm", 200000000, "đồng", "over"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("20 lao động", 20, "lao động"),
 Q("từ 6 triệu đồng/tháng trở lên", 6000000, "đồng", "over")],
[D("Nghị định", "13", "2021/NĐ-CP", "2021-03-01", "Chính phủ", "Nghị định số 13/2021/NĐ-CP ngày 01/3/2021"),
 D("Kế hoạch", "21", "KH/ĐTN", "2023-03-20", "Ban Thường vụ Huyện đoàn Tân Lạc", "Kế hoạch số 21-KH/ĐTN ngày 20/3/2023"),
 D("Chương trình", "05", "CTr/ĐTN", None, "BCH Đoàn xã", "Chương trình số 05-CTr/ĐTN")],
[prov("Hòa Bình"), com("Phú Cường")],
["Cổng thông tin điện tử huyện Tân Lạc", "Trang chủ › Tin tức › Đoàn thể", "Quang cảnh buổi đối thoại", "Luật Thanh niên",
 "Công ty may Tân Lạc", "Lượt xem: 289", "Ngân hàng CSXH"],
["Thứ Sáu, 14/04/2023 | 15:20", "năm 2023", "năm 2022", "30/6", "Lượt xem: 289"]))

PAGES.append(page("b5730-hue-mttq-thuyvan-tongket-2023", """
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG THỦY VÂN
Trang chủ | Mặt trận - Đoàn thể
22/12/2023 - 17:05
Toàn cảnh hội nghị.
Mặt trận phường Thủy Vân tổng kết công tác năm 2023
Chiều 20/12, Ủy ban MTTQ Việt Nam phường Thủy Vân, thành phố Huế (tỉnh Thừa Thiên Huế) tổ chức hội nghị tổng kết công tác Mặt trận năm 2023, triển khai chương trình phối hợp và thống nhất hành động năm 2024. Dự hội nghị có ông Trần Đình Khoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Huế; bà Hoàng Thị Phương Thảo, Bí thư Đảng ủy, Chủ tịch HĐND phường cùng các chức sắc tôn giáo, người có uy tín và trưởng ban công tác Mặt trận 10 tổ dân phố.
Báo cáo của ông Lê Văn Lợi, Chủ tịch Ủy ban MTTQ Việt Nam phường cho biết, năm 2023 Mặt trận phường đã phối hợp thực hiện có hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; có 96,8% hộ đạt danh hiệu gia đình văn hóa. Quỹ "Vì người nghèo" vận động được 186,5 triệu đồng, hỗ trợ xây mới 3 nhà, sửa chữa 5 nhà cho hộ nghèo; dịp Tết trao 420 suất quà cho hộ khó khăn với tổng trị giá hơn 210 triệu đồng.
Công tác giám sát, phản biện xã hội được đẩy mạnh, Mặt trận phường đã chủ trì 8 cuộc giám sát, 2 cuộc phản biện xã hội; tổng hợp 21 ý kiến, kiến nghị của cử tri gửi đến các cấp. Các tổ hòa giải ở cơ sở hòa giải thành 11/13 vụ việc. Mặt trận phường triển khai Quyết định 99-QĐ/TW ngày 3/10/2022 của Ban Bí thư về phát huy vai trò của Mặt trận trong phòng, chống tham nhũng, tiêu cực và Kế hoạch số 118/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Huế về giám sát năm 2023.
Tại hội nghị, Linh mục Phanxicô Nguyễn Văn Sáu, chánh xứ Giáo xứ Dương Sơn, chia sẻ giáo dân trong giáo xứ luôn "sống tốt đời, đẹp đạo", tích cực tham gia hiến đất mở đường kiệt. Thượng tọa Thích Minh Đạo, trụ trì chùa Vạn Phước, cho biết nhà chùa đã vận động phật tử ủng hộ 45 triệu đồng cho quỹ khuyến học của phường. Các ông Nguyễn Văn Bình, Hồ Văn Lộc - Trưởng Ban công tác Mặt trận tổ dân phố, đề xuất tăng kinh phí hoạt động cho ban công tác Mặt trận vì hiện mỗi năm chỉ được 3 triệu đồng.
Phát biểu tại hội nghị, ông Trần Đình Khoa đề nghị năm 2024 Mặt trận phường tổ chức học tập, quán triệt Nghị quyết số 43-NQ/TW ngày 24/11/2023 của BCH Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc; tiếp tục vận động nhân dân giữ gìn vệ sinh môi trường, chỉnh trang đô thị, xây dựng thành phố Huế xanh, sạch, đẹp.
Dịp này, Ủy ban MTTQ Việt Nam phường khen thưởng 6 tập thể và 14 cá nhân tiêu biểu trong công tác Mặt trận năm 2023. Hội nghị cũng ký kết chương trình phối hợp và thống nhất hành động năm 2024 giữa Mặt trận với 5 tổ chức chính trị - xã hội phường.
Thanh Hương (CTV)
Lượt truy cập: 733
Tin khác
- Thủy Vân tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở tổ dân phố 4 (15/11/2023)
- Trao 30 suất học bổng cho học sinh nghèo vượt khó (05/09/2023)
- Phường Thủy Vân ra mắt mô hình "Kiệt xanh, sạch, đẹp" (20/08/2023)
""", "2023-12-22", "Mặt trận phường Thủy Vân tổng kết công tác năm 2023",
E("tong_ket", "2023", "2023-12-20"),
[P("Trần Đình Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Huế"),
 P("Hoàng Thị Phương Thảo", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Lê Văn Lợi", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Phanxicô Nguyễn Văn Sáu", "Linh mục", "chánh xứ Giáo xứ Dương Sơn"),
 P("Thích Minh Đạo", "Thượng tọa", "trụ trì chùa Vạn Phước"),
 P("Nguyễn Văn Bình", "Trưởng Ban công tác Mặt trận tổ dân phố"),
 P("Hồ Văn Lộc", "Trưởng Ban công tác Mặt trận tổ dân phố")],
[Q("10 tổ dân phố", 10, "tổ dân phố"), Q("96,8% hộ", 96.8, "%"), Q("186,5 triệu đồng", 186500000, "đồng"),
 Q("3 nhà", 3, "nhà"), Q("5 nhà", 5, "nhà"), Q("420 suất quà", 420, "suất quà"),
 Q("hơn 210 triệu đồng", 210000000, "đồng", "over"), Q("8 cuộc giám sát", 8, "cuộc giám sát"),
 Q("2 cuộc phản biện xã hội", 2, "cuộc phản biện xã hội"), Q("21 ý kiến, kiến nghị", 21, "ý kiến, kiến nghị"),
 Q("11/13 vụ việc", 11, "vụ việc"), Q("45 triệu đồng", 45000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân tiêu biểu", 14, "cá nhân tiêu biểu"),
 Q("5 tổ chức chính trị - xã hội", 5, "tổ chức chính trị - xã hội")],
[D("Quyết định", "99", "QĐ/TW", "2022-10-03", "Ban Bí thư", "Quyết định 99-QĐ/TW ngày 3/10/2022"),
 D("Kế hoạch", "118", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Huế", "Kế hoạch số 118/KH-MTTQ-BTT"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "BCH Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023")],
[prov("Thừa Thiên Huế"), com("Thủy Vân")],
["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG THỦY VÂN", "Trang chủ | Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "sống tốt đời, đẹp đạo", "Giáo xứ Dương Sơn",
 "Lượt truy cập: 733"],
["22/12/2023 - 17:05", "năm 2023", "năm 2024", "Lượt truy cập: 733"]))

PAGES.append(page("b5731-lamdong-hccb-datong-soket-2024", """
Trang TTĐT huyện Đam Rông - Lâm Đồng
Hôm nay: Thứ Sáu, 12/07/2024
Tin tức > Hội Cựu chiến binh
Cập nhật: 10:40, 10/07/2024 (GMT+7)
Hội CCB xã Đạ Tông sơ kết 6 tháng đầu năm
Sáng 8/7, Hội Cựu chiến binh xã Đạ Tông, huyện Đam Rông, tỉnh Lâm Đồng tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có ông Nguyễn Văn Thanh, Phó Chủ tịch Hội CCB huyện Đam Rông; ông Rơ Ông K'Thương, Phó Bí thư Đảng ủy xã. Ông Cil Ha Bi, Chủ tịch Hội CCB xã chủ trì hội nghị.
Ông Cil Ha Bi báo cáo tại hội nghị.
Theo báo cáo, Hội CCB xã hiện có 6 chi hội với 142 hội viên, trong đó 58 hội viên là người đồng bào dân tộc thiểu số K'Ho, Mnông. 6 tháng qua Hội kết nạp 5 hội viên mới; quỹ hội đạt 86 triệu đồng, bình quân 600.000 đồng/hội viên. Mô hình "CCB giúp nhau giảm nghèo" với tổng vốn 150 triệu đồng đã luân chuyển cho 15 hộ vay không lãi, giúp 4 hội viên thoát nghèo; hiện còn 7 hộ hội viên nghèo.
Hội viên CCB tích cực tham gia trồng 3.500 cây mắc ca trên đất rẫy, phối hợp với kiểm lâm tuần tra bảo vệ 1.200 ha rừng đầu nguồn. Các chi hội đã học tập Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp, Nghị quyết số 09-NQ/HCCB của Ban Chấp hành Hội CCB tỉnh và các kế hoạch 17, 18-KH/CCB của Hội CCB huyện về phát triển kinh tế và về tham gia bảo vệ rừng.
Tại hội nghị, ông Đa Cát Ha Nhân, Phó Chủ tịch Hội CCB xã, tham luận về việc CCB làm nòng cốt vận động bà con không phá rừng làm rẫy, không nghe kẻ xấu tuyên truyền. Ông Bon Niêng K'Lâm, Chi hội trưởng Chi hội CCB thôn Tou Nếch, chia sẻ chi hội có 100% hội viên ký cam kết không vi phạm Luật Lâm nghiệp; cả chi hội có 21 hộ trồng cà phê xen mắc ca, thu nhập khá.
Phát biểu, ông Nguyễn Văn Thanh đề nghị 6 tháng cuối năm Hội CCB xã tập trung tuyên truyền hội viên tham gia góp ý văn kiện đại hội Đảng bộ các cấp, phấn đấu kết nạp thêm ít nhất 6 hội viên, hỗ trợ 2 hội viên nghèo làm nhà. Ông Rơ Ông K'Thương ghi nhận CCB xã luôn là lực lượng đi đầu trong các phong trào ở địa phương.
Dịp này, Hội CCB xã tặng giấy khen cho 2 chi hội và 5 hội viên có thành tích xuất sắc trong phong trào thi đua "CCB gương mẫu" 6 tháng đầu năm. Hội nghị cũng trao 3 suất quà, mỗi suất 1 triệu đồng, cho hội viên ốm đau lâu ngày.
Được biết, thời gian tới Hội CCB xã sẽ phối hợp với Đoàn xã tổ chức các buổi nói chuyện truyền thống cho đoàn viên, thanh niên tại các thôn, góp phần giáo dục lòng yêu nước cho thế hệ trẻ.
Tin: K'Điểu (CTV)
Lượt xem: 145
Tin liên quan
- Đam Rông: Hội CCB huyện sơ kết 6 tháng (05/07/2024)
- CCB xã Rô Men giúp nhau xây 2 căn nhà (20/06/2024)
- Đạ Tông ra mắt tổ tự quản bảo vệ rừng (10/06/2024)
""", "2024-07-10", "Hội CCB xã Đạ Tông sơ kết 6 tháng đầu năm",
E("so_ket", "2024-H1", "2024-07-08"),
[P("Nguyễn Văn Thanh", "Phó Chủ tịch Hội CCB huyện Đam Rông"),
 P("Rơ Ông K'Thương", "Phó Bí thư Đảng ủy xã"),
 P("Cil Ha Bi", "Chủ tịch Hội CCB xã"),
 P("Đa Cát Ha Nhân", "Phó Chủ tịch Hội CCB xã"),
 P("Bon Niêng K'Lâm", "Chi hội trưởng Chi hội CCB thôn Tou Nếch")],
[Q("6 chi hội", 6, "chi hội"), Q("142 hội viên", 142, "hội viên"), Q("58 hội viên", 58, "hội viên"),
 Q("5 hội viên mới", 5, "hội viên mới"), Q("86 triệu đồng", 86000000, "đồng"), Q("600.000 đồng/hội viên", 600000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("15 hộ", 15, "hộ"), Q("4 hội viên", 4, "hội viên"),
 Q("7 hộ hội viên nghèo", 7, "hộ hội viên nghèo"), Q("3.500 cây mắc ca", 3500, "cây mắc ca"), Q("1.200 ha", 1200, "ha"),
 Q("100% hội viên", 100, "%"), Q("21 hộ", 21, "hộ"), Q("ít nhất 6 hội viên", 6, "hội viên", "over"),
 Q("2 hội viên nghèo", 2, "hội viên nghèo"), Q("2 chi hội", 2, "chi hội"), Q("5 hội viên", 5, "hội viên"),
 Q("3 suất quà", 3, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 14/6/2024"),
 D("Nghị quyết", "09", "NQ/HCCB", None, "Ban Chấp hành Hội CCB tỉnh", "Nghị quyết số 09-NQ/HCCB"),
 D("Kế hoạch", "17", "KH/CCB", None, "Hội CCB huyện", "kế hoạch 17, 18-KH/CCB"),
 D("Kế hoạch", "18", "KH/CCB", None, "Hội CCB huyện", "kế hoạch 17, 18-KH/CCB")],
[prov("Lâm Đồng"), com("Đạ Tông")],
["Trang TTĐT huyện Đam Rông - Lâm Đồng", "Hôm nay: Thứ Sáu, 12/07/2024", "Tin tức > Hội Cựu chiến binh",
 "Ông Cil Ha Bi báo cáo tại hội nghị.", "CCB giúp nhau giảm nghèo", "CCB gương mẫu", "Luật Lâm nghiệp", "Lượt xem: 145"],
["Hôm nay: Thứ Sáu, 12/07/2024", "Cập nhật: 10:40, 10/07/2024 (GMT+7)", "6 tháng đầu năm 2024", "6 tháng cuối năm", "Lượt xem: 145"]))

PAGES.append(page("b5732-angiang-chauphong-guong-2024", """
Trang thông tin điện tử thị xã Tân Châu
Trang chủ / Gương điển hình / Dân vận khéo
18 tháng 9, 2024 | 08:30
Ông Mu Ha Mad Ly - người có uy tín hết lòng vì bà con ấp Phũm Soài
Gần 20 năm gắn bó với công tác vận động quần chúng, ông Mu Ha Mad Ly (61 tuổi), người có uy tín ấp Phũm Soài, xã Châu Phong, thị xã Tân Châu, tỉnh An Giang luôn được bà con người Chăm tin yêu, là "cánh tay nối dài" của cấp ủy, chính quyền trong công tác vận động quần chúng.
Ông Mu Ha Mad Ly (bìa phải) trao đổi với cán bộ Mặt trận xã
Ấp Phũm Soài có 412 hộ với 1.870 nhân khẩu, trong đó 95% là đồng bào Chăm theo đạo Hồi. Ông Ly được công nhận người có uy tín theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ và Quyết định số 2561/QĐ-UBND của UBND tỉnh An Giang. Theo ông Nguyễn Văn Hùng, Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Phong, hầu như việc khó nào ở ấp cũng có ông Ly đứng ra vận động.
Năm 2023, khi xã triển khai Kế hoạch số 27/KH-UBND về làm đường giao thông nông thôn, ông Ly là người đầu tiên hiến 250 m2 đất, rồi đi từng nhà vận động thêm 36 hộ hiến đất để làm 1,8 km đường bê tông. Ông còn cùng Hakim Sa Ri Ma, Trưởng Ban Quản trị Thánh đường Mubarak, vận động bà con và các nhà hảo tâm đóng góp được trên 120 triệu đồng để làm cây cầu bắc qua rạch.
Bà Ry Da, Chi hội trưởng phụ nữ ấp Phũm Soài, kể: "Chị em dệt thổ cẩm thiếu vốn, ông Ly lên xã hỏi, giúp 12 hộ người Chăm được vay vốn Ngân hàng CSXH, mỗi hộ 50 triệu đồng". Nhờ đó nghề dệt thổ cẩm Châu Giang được khôi phục, mỗi tháng chị em có thêm từ 3 triệu đồng trở lên.
Không chỉ lo làm ăn, ông Ly còn quan tâm việc học của con em. Mỗi năm ông cùng Ban Quản trị vận động học bổng cho khoảng 30 em; năm học 2024 - 2025 có 12 học sinh có hoàn cảnh khó khăn được tặng học bổng, mỗi suất 1 triệu đồng. Những vụ mâu thuẫn trong xóm, ông đều đến hòa giải; riêng năm 2023 ông góp phần hòa giải thành 8 trường hợp tranh chấp ranh đất.
Ông Hùng cho biết, từ năm 2019 ấp Phũm Soài liên tục đạt danh hiệu ấp văn hóa, tỷ lệ hộ nghèo giảm còn 2,4%. Ông Ly nhiều năm được tặng giấy khen, bằng khen, là một trong 50 người có uy tín tiêu biểu được UBND tỉnh biểu dương năm 2024.
"Làm người có uy tín không có lương, nhưng bà con tin mình là vui rồi", ông Ly cười hiền. Câu nói mộc mạc ấy cũng là động lực để xã nhân rộng mô hình "Người có uy tín tham gia dân vận khéo" ra toàn bộ 9 ấp.
Bài: Minh Trí (CTV)
Lượt xem: 602
Tin liên quan
- Châu Phong: khánh thành cầu nông thôn do dân đóng góp (30/08/2024)
- Tân Châu tuyên dương 40 người có uy tín tiêu biểu (12/08/2024)
- Hội LHPN xã Châu Phong trao vốn cho chị em dệt thổ cẩm (15/07/2024)
""", "2024-09-18", "Ông Mu Ha Mad Ly - người có uy tín hết lòng vì bà con ấp Phũm Soài",
E("khac", None, None),
[P("Mu Ha Mad Ly", "người có uy tín ấp Phũm Soài"),
 P("Nguyễn Văn Hùng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Phong"),
 P("Sa Ri Ma", "Hakim", "Trưởng Ban Quản trị Thánh đường Mubarak"),
 P("Ry Da", "Chi hội trưởng phụ nữ ấp Phũm Soài")],
[Q("412 hộ", 412, "hộ"), Q("1.870 nhân khẩu", 1870, "nhân khẩu"), Q("95%", 95, "%"), Q("250 m2", 250, "m2"),
 Q("36 hộ", 36, "hộ"), Q("1,8 km", 1.8, "km"), Q("trên 120 triệu đồng", 120000000, "đồng", "over"),
 Q("12 hộ người Chăm", 12, "hộ người Chăm"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("từ 3 triệu đồng trở lên", 3000000, "đồng", "over"), Q("khoảng 30 em", 30, "em", "approx"),
 Q("12 học sinh", 12, "học sinh"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("8 trường hợp", 8, "trường hợp"), Q("2,4%", 2.4, "%"),
 Q("50 người có uy tín tiêu biểu", 50, "người có uy tín tiêu biểu"), Q("9 ấp", 9, "ấp")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Quyết định", "2561", "QĐ-UBND", None, "UBND tỉnh An Giang", "Quyết định số 2561/QĐ-UBND"),
 D("Kế hoạch", "27", "KH-UBND", None, None, "Kế hoạch số 27/KH-UBND")],
[prov("An Giang"), com("Châu Phong")],
["Trang thông tin điện tử thị xã Tân Châu", "Trang chủ / Gương điển hình / Dân vận khéo",
 "Ông Mu Ha Mad Ly (bìa phải) trao đổi với cán bộ Mặt trận xã", "cánh tay nối dài", "Thánh đường Mubarak",
 "Người có uy tín tham gia dân vận khéo", "Lượt xem: 602", "Ngân hàng CSXH"],
["18 tháng 9, 2024 | 08:30", "Gần 20 năm", "61 tuổi", "Năm 2023", "năm học 2024 - 2025", "năm 2019", "năm 2024", "Lượt xem: 602"]))

PAGES.append(page("b5733-tuyenquang-dangbo-yenminh-daihoi-2025", """
Cổng TTĐT xã Yên Minh - tỉnh Tuyên Quang
Trang chủ >> Tin tức >> Chính trị
Thứ Ba, 12/08/2025, 09:10
Đại hội đại biểu Đảng bộ xã Yên Minh lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 10/8, Đảng bộ xã Yên Minh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên sau khi xã Yên Minh mới được thành lập trên cơ sở sáp nhập thị trấn Yên Minh, xã Đông Minh và xã Hữu Vinh (thuộc tỉnh Hà Giang cũ), theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội và các nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính.
Đại biểu dự đại hội tặng hoa chúc mừng
Dự đại hội có đồng chí Nguyễn Mạnh Tường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Tuyên Quang cùng 210 đại biểu đại diện cho 1.486 đảng viên sinh hoạt tại 58 chi bộ trong Đảng bộ. Đại hội được tổ chức theo Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị và Quyết định số 1569-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy về thành lập Đảng bộ xã Yên Minh.
Xã Yên Minh mới có diện tích tự nhiên 198 km2, dân số trên 32.000 người với 6 dân tộc cùng sinh sống, chủ yếu là đồng bào Mông, Dao, Tày, Giáy. Báo cáo chính trị do đồng chí Lý Thị Dua, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trình bày cho biết giai đoạn 2020 - 2025 tỷ lệ hộ nghèo trên địa bàn giảm bình quân 4,5%/năm, toàn xã đón trên 400.000 lượt khách du lịch; nhân dân hiến hơn 25.000 m2 đất làm đường.
Nhiệm kỳ 2025 - 2030, Đại hội đề ra 18 chỉ tiêu chủ yếu và 3 khâu đột phá, phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 55 triệu đồng/người/năm, tỷ lệ hộ nghèo giảm xuống còn 8%, 100% thôn, tổ dân phố có đường ô tô đến trung tâm được cứng hóa.
Phát biểu chỉ đạo, đồng chí Nguyễn Mạnh Tường đề nghị Đảng bộ xã chú trọng công tác dân vận, nhất là vận động đồng bào Mông ở các thôn vùng cao không di cư tự do, không nghe theo đối tượng xấu tuyên truyền "Vàng Chứ"; kịp thời giải quyết các kiến nghị của nhân dân sau sắp xếp đơn vị hành chính, không để người dân phải đi lại nhiều lần.
Đại hội đã bầu BCH Đảng bộ xã khóa I gồm 33 đồng chí và bầu 12 đại biểu đi dự Đại hội Đảng bộ tỉnh. Tại phiên họp thứ nhất, đồng chí Sùng Mí Vàng được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã khóa I; các đồng chí Lý Thị Dua, Hoàng Văn Chung giữ chức Phó Bí thư Đảng ủy xã. Đồng chí Sùng Mí Vàng đồng thời là Chủ tịch HĐND xã.
Trước đó, trong thời gian chuẩn bị, dự thảo văn kiện đại hội đã được niêm yết công khai tại 27 thôn, tổ dân phố để nhân dân góp ý, tiếp thu gần 300 ý kiến đóng góp.
Tin: Giàng Thị Mỷ - CTV
Lượt xem: 1.215
Tin cùng chuyên mục
- Xã Mậu Duệ đại hội Đảng bộ lần thứ I (08/08/2025)
- Tuyên Quang: 100% xã, phường vận hành chính quyền địa phương 2 cấp ổn định (01/08/2025)
- Yên Minh ra mắt Trung tâm phục vụ hành chính công xã (01/07/2025)
""", "2025-08-12", "Đại hội đại biểu Đảng bộ xã Yên Minh lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-10"),
[P("Nguyễn Mạnh Tường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy Tuyên Quang"),
 P("Lý Thị Dua", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Phó Bí thư Đảng ủy xã"),
 P("Sùng Mí Vàng", "Bí thư Đảng ủy xã khóa I", "Chủ tịch HĐND xã"),
 P("Hoàng Văn Chung", "Phó Bí thư Đảng ủy xã")],
[Q("210 đại biểu", 210, "đại biểu"), Q("1.486 đảng viên", 1486, "đảng viên"), Q("58 chi bộ", 58, "chi bộ"),
 Q("198 km2", 198, "km2"), Q("trên 32.000 người", 32000, "người", "over"), Q("6 dân tộc", 6, "dân tộc"),
 Q("4,5%/năm", 4.5, "%"), Q("trên 400.000 lượt khách du lịch", 400000, "lượt khách du lịch", "over"),
 Q("hơn 25.000 m2", 25000, "m2", "over"), Q("18 chỉ tiêu chủ yếu", 18, "chỉ tiêu chủ yếu"),
 Q("55 triệu đồng/người/năm", 55000000, "đồng"), Q("8%", 8, "%"), Q("100% thôn, tổ dân phố", 100, "%"),
 Q("33 đồng chí", 33, "đồng chí"), Q("12 đại biểu", 12, "đại biểu"), Q("27 thôn, tổ dân phố", 27, "thôn, tổ dân phố"),
 Q("gần 300 ý kiến", 300, "ý kiến", "approx")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Quyết định", "1569", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1569-QĐ/TU ngày 30/6/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Yên Minh"), com("Đông Minh"), com("Hữu Vinh")],
["Cổng TTĐT xã Yên Minh - tỉnh Tuyên Quang", "Trang chủ >> Tin tức >> Chính trị", "Đại biểu dự đại hội tặng hoa chúc mừng",
 "Vàng Chứ", "Lượt xem: 1.215"],
["Thứ Ba, 12/08/2025, 09:10", "lần thứ I", "nhiệm kỳ 2025 - 2030", "giai đoạn 2020 - 2025", "3 khâu đột phá", "năm 2030",
 "33 đồng chí", "khóa I", "phiên họp thứ nhất", "Lượt xem: 1.215"]))

PAGES.append(page("b5734-vinhlong-mttq-tapson-traoqua-2025", """
Trang thông tin điện tử Ủy ban MTTQ Việt Nam xã Tập Sơn
Trang chủ › Hoạt động › Dân tộc - Tôn giáo
19/09/2025 - 14:30
Thăm, chúc mừng Lễ Sene Dolta, trao 150 phần quà cho hộ Khmer khó khăn
Ngày 18/9/2025, Đoàn công tác Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do bà Thạch Thị Sô Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Lễ Sene Dolta năm 2025 tại chùa Sà Leng Cũ, xã Tập Sơn và trao 150 phần quà cho hộ đồng bào Khmer có hoàn cảnh khó khăn.
Bà Thạch Thị Sô Phia trao quà cho bà con
Mỗi phần quà trị giá 500.000 đồng gồm gạo, nhu yếu phẩm và tiền mặt. Đoàn cũng tặng chùa Sà Leng Cũ 10 triệu đồng để tổ chức lễ. Cùng đi có ông Kiên Chanh Đa, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; bà Sơn Thị Bô Pha, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn; ông Trà Quang Hiếu, Phó Chủ tịch UBND xã.
Tiếp đoàn, Hòa thượng Thạch Sol, Trụ trì chùa Sà Leng Cũ, Phó Trưởng ban Trị sự GHPGVN tỉnh cảm ơn sự quan tâm của Mặt trận tỉnh. Hòa thượng cho biết nhà chùa luôn vận động phật tử chấp hành tốt chủ trương của Đảng, chính sách pháp luật của Nhà nước, tham gia xây dựng nông thôn mới; năm qua chùa tổ chức 2 lớp dạy chữ Khmer hè cho 85 em học sinh. Đại đức Kim Sóc Phel, Phó Trụ trì chùa cũng tham gia vận động bà con hiến đất làm đường vào phum sóc.
Xã Tập Sơn (trước đây thuộc huyện Trà Cú, tỉnh Trà Vinh cũ) hiện có 5.240 hộ, trong đó 3.860 hộ Khmer, chiếm 73,6%; trên địa bàn có 9 chùa Phật giáo Nam tông Khmer với 186 sư sãi. Năm 2025 tỷ lệ hộ nghèo của xã giảm còn 2,9%, hộ cận nghèo 4,1%.
Việc thăm, tặng quà được thực hiện theo Quyết định số 219/QĐ-UBND ngày 5/9/2025 của UBND tỉnh Vĩnh Long về thăm, chúc mừng các lễ, tết của đồng bào Khmer và các Kế hoạch 12, 13/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng thời nhằm tiếp tục thực hiện Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới.
Bà Thạch Thị Sô Phia chúc bà con đón lễ Sene Dolta vui tươi, an toàn, tiết kiệm; đề nghị chính quyền xã quan tâm hơn nữa đến đời sống của đồng bào Khmer, nhất là sau khi sắp xếp đơn vị hành chính, bảo đảm người dân làm thủ tục thuận lợi tại Trung tâm phục vụ hành chính công xã.
Bà Thạch Thị Mến (68 tuổi, ấp Sà Leng) xúc động: "Năm nào tới lễ cũng được Mặt trận cho quà, tui mừng lắm, có tiền sắm đồ cúng ông bà".
CTV Thạch Sa Rinh
Tin liên quan
- Vĩnh Long: trao 2.500 phần quà dịp Lễ Sene Dolta năm 2025 (17/09/2025)
- Xã Tập Sơn đối thoại với người dân về thủ tục hành chính (05/09/2025)
- Hội thi dân vận khéo xã Tập Sơn (20/08/2025)
""", "2025-09-19", "Thăm, chúc mừng Lễ Sene Dolta, trao 150 phần quà cho hộ Khmer khó khăn",
E("trao_qua", None, "2025-09-18"),
[P("Thạch Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Chanh Đa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Bô Pha", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Trà Quang Hiếu", "Phó Chủ tịch UBND xã"),
 P("Thạch Sol", "Hòa thượng", "Trụ trì chùa Sà Leng Cũ", "Phó Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Kim Sóc Phel", "Đại đức", "Phó Trụ trì chùa"),
 P("Thạch Thị Mến")],
[Q("150 phần quà", 150, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("2 lớp dạy chữ Khmer hè", 2, "lớp dạy chữ Khmer hè"), Q("85 em học sinh", 85, "em học sinh"), Q("5.240 hộ", 5240, "hộ"),
 Q("3.860 hộ Khmer", 3860, "hộ Khmer"), Q("73,6%", 73.6, "%"), Q("9 chùa Phật giáo Nam tông Khmer", 9, "chùa Phật giáo Nam tông Khmer"),
 Q("186 sư sãi", 186, "sư sãi"), Q("2,9%", 2.9, "%"), Q("4,1%", 4.1, "%")],
[D("Quyết định", "219", "QĐ-UBND", "2025-09-05", "UBND tỉnh Vĩnh Long", "Quyết định số 219/QĐ-UBND ngày 5/9/2025"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 12, 13/KH-MTTQ-BTT"),
 D("Kế hoạch", "13", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 12, 13/KH-MTTQ-BTT"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Tập Sơn")],
["Trang thông tin điện tử Ủy ban MTTQ Việt Nam xã Tập Sơn", "Trang chủ › Hoạt động › Dân tộc - Tôn giáo",
 "Bà Thạch Thị Sô Phia trao quà cho bà con", "Sene Dolta", "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Sà Leng Cũ"],
["19/09/2025 - 14:30", "năm 2025", "Năm 2025", "68 tuổi"]))
