from lib import *
PAGES = []

# b515 Lâm Đồng 2019, Hội CCB site, annual review (kind/period in the lead)
PAGES.append(page("b515-lamdong-ccb-tongket-2019", """
HỘI CỰU CHIẾN BINH TỈNH LÂM ĐỒNG
Trang chủ / Tin tức / Hoạt động Hội
24-12-2019 10:30

Cựu chiến binh Lâm Đồng giúp 312 hộ hội viên thoát nghèo

Ngày 23/12, Hội Cựu chiến binh (CCB) tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2019, triển khai phương hướng, nhiệm vụ năm 2020. Trong năm, phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi" đã giúp 312 hộ hội viên thoát nghèo.

Toàn cảnh hội nghị tổng kết.

Dự hội nghị có đồng chí Trần Đức Quận, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Đại tá Nguyễn Văn Thưởng, Phó Chủ tịch Hội CCB Quân khu 7; đồng chí Ka Sô Ha Bích, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy. Chủ trì hội nghị có Đại tá Trịnh Văn Hà, Chủ tịch Hội CCB tỉnh và các ông Lê Quang Khải, Bon Niêng Ha Lim - Phó Chủ tịch Hội CCB tỉnh.

Năm 2019, các cấp Hội trong tỉnh đã quán triệt, thực hiện Kết luận 27, 28-KL/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác CCB; Chương trình phối hợp số 03/CTrPH-CCB-NHCSXH giữa Hội CCB tỉnh và Ngân hàng Chính sách xã hội chi nhánh tỉnh. Toàn tỉnh kết nạp mới 1.126 hội viên; hiện toàn tỉnh có 298 cơ sở Hội.

Các cấp Hội đã giúp hội viên 9,8 tỷ đồng vốn không lãi; xây mới và sửa chữa 41 căn nhà "Nghĩa tình đồng đội", mỗi căn hỗ trợ từ 40 đến 60 triệu đồng. Hiện dư nợ ủy thác qua Hội đạt 486 tỷ đồng với 11.230 hộ vay, nợ quá hạn ở mức thấp.

Đại tá Trịnh Văn Hà, Chủ tịch Hội CCB tỉnh phát biểu khai mạc hội nghị.

Nhiều mô hình kinh tế của hội viên CCB đạt thu nhập cao như trang trại cà phê, hoa công nghệ cao ở Đà Lạt, Đơn Dương. Ông Ya Tiến, HUV, Chủ tịch Hội CCB huyện Lạc Dương chia sẻ, Hội đã vận động hội viên người K'Ho ở xã Đạ Chais chuyển đổi diện tích cà phê già cỗi sang giống mới cho năng suất cao hơn.

Các đại biểu cũng chỉ ra một số hạn chế: việc nắm tình hình tư tưởng hội viên ở một số cơ sở chưa kịp thời; công tác phát triển hội viên là CCB trẻ trong doanh nghiệp còn chậm.

Phát biểu chỉ đạo, đồng chí Trần Đức Quận biểu dương những kết quả của Hội CCB tỉnh năm 2019; đề nghị năm 2020, các cấp Hội làm tốt công tác chuẩn bị đại hội Đảng bộ các cấp, tích cực tham gia xây dựng Đảng, chính quyền, đấu tranh phản bác các quan điểm sai trái; tiếp tục phong trào "Cựu chiến binh gương mẫu".

Dịp này, Trung ương Hội CCB Việt Nam tặng Kỷ niệm chương cho 47 đồng chí; Hội CCB tỉnh khen thưởng 26 tập thể và 58 cá nhân.

Minh Đạo

Lượt xem: 688

Tin liên quan
- Hội CCB TP Đà Lạt tổng kết năm 2019
- Hội CCB tỉnh Lâm Đồng trao nhà "Nghĩa tình đồng đội" tại Bảo Lâm
- Kỷ niệm 30 năm Ngày thành lập Hội CCB Việt Nam
""", "2019-12-24",
    "Cựu chiến binh Lâm Đồng giúp 312 hộ hội viên thoát nghèo",
    E("tong_ket", "2019", "2019-12-23"),
    [P("Trần Đức Quận", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
     P("Nguyễn Văn Thưởng", "Đại tá", "Phó Chủ tịch Hội CCB Quân khu 7"),
     P("Ka Sô Ha Bích", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trịnh Văn Hà", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
     P("Lê Quang Khải", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Bon Niêng Ha Lim", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Ya Tiến", "HUV", "Chủ tịch Hội CCB huyện Lạc Dương")],
    [Q("312 hộ hội viên", 312, "hộ hội viên"),
     Q("1.126 hội viên", 1126, "hội viên"),
     Q("298 cơ sở Hội", 298, "cơ sở Hội"),
     Q("9,8 tỷ đồng", 9800000000, "đồng"),
     Q("41 căn nhà", 41, "căn nhà"),
     Q("từ 40 đến 60 triệu đồng", 40000000, "đồng"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("486 tỷ đồng", 486000000000, "đồng"),
     Q("11.230 hộ vay", 11230, "hộ vay"),
     Q("47 đồng chí", 47, "đồng chí"),
     Q("26 tập thể", 26, "tập thể"),
     Q("58 cá nhân", 58, "cá nhân")],
    [D("Kết luận", "27", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 27, 28-KL/TU"),
     D("Kết luận", "28", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 27, 28-KL/TU"),
     D("Chương trình phối hợp", "03", "CTrPH-CCB-NHCSXH", None, None, "Chương trình phối hợp số 03/CTrPH-CCB-NHCSXH")],
    [prov("Lâm Đồng"), com("Đạ Chais")],
    ["HỘI CỰU CHIẾN BINH TỈNH LÂM ĐỒNG", "Trang chủ / Tin tức / Hoạt động Hội", "Toàn cảnh hội nghị tổng kết.",
     "Đại tá Trịnh Văn Hà, Chủ tịch Hội CCB tỉnh phát biểu khai mạc hội nghị.", "CCB giúp nhau giảm nghèo, làm kinh tế giỏi",
     "Nghĩa tình đồng đội", "Cựu chiến binh gương mẫu", "Quân khu 7", "Đà Lạt", "Minh Đạo", "Lượt xem: 688"],
    ["24-12-2019 10:30", "năm 2020", "47 đồng chí", "Quân khu 7", "Lượt xem: 688"]))

# b516 Đồng Nai 2020, TV station, Covid-19 welfare
PAGES.append(page("b516-dongnai-mttq-traoqua-covid-2020", """
ĐÀI PHÁT THANH - TRUYỀN HÌNH ĐỒNG NAI
Thời sự > Xã hội
Cập nhật lúc 16:45 ngày 17/04/2020

Trao 2.000 phần quà cho người lao động mất việc do dịch Covid-19

(ĐNRTV) - Sáng 16/4, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Liên đoàn Lao động tỉnh tổ chức trao 2.000 phần quà cho người lao động mất việc làm, hộ nghèo, hộ cận nghèo bị ảnh hưởng bởi dịch Covid-19 tại TP Biên Hòa và huyện Trảng Bom.

Ông Phạm Văn Bình, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao quà cho công nhân tại phường Tam Hiệp.

Tham dự có bà Hồ Thị Mỹ Duyên, Phó Bí thư Thường trực Tỉnh ủy; ông Phạm Văn Bình, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Nguyễn Thị Hoa Lan, Phó Chủ tịch Liên đoàn Lao động tỉnh; Linh mục Giuse Trần Văn Khải, Phó Chủ tịch Ủy ban đoàn kết Công giáo tỉnh.

Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá hơn 1,6 tỷ đồng, từ nguồn Quỹ phòng, chống dịch Covid-19 do Mặt trận các cấp vận động. Đến ngày 15/4, Quỹ đã tiếp nhận 38,5 tỷ đồng và 215 tấn gạo từ 1.260 tập thể, cá nhân.

Theo ông Phạm Văn Bình, thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch và Nghị quyết 42/NQ-CP của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch, Mặt trận tỉnh đã ban hành Kế hoạch 118/KH-MTTQ-BTT ngày 02/4/2020 hướng dẫn các địa phương tiếp nhận, phân bổ nguồn hỗ trợ công khai, đúng đối tượng, không để ai bị bỏ lại phía sau.

Chị Điểu Thị Ngọc, công nhân một công ty may ở khu công nghiệp Hố Nai, người dân tộc S'tiêng quê Bình Phước, cho biết từ đầu tháng 4, công ty cho nghỉ luân phiên, thu nhập giảm một nửa. "Có gạo, có tiền, em đỡ lo tiền trọ tháng này", chị Ngọc nói.

Cũng trong dịp này, 12 "cây ATM gạo" được các tổ chức tôn giáo, doanh nghiệp lắp đặt tại các phường Tân Biên, Tam Hiệp, mỗi ngày phát miễn phí khoảng 3 tấn gạo cho người khó khăn.

Bà Hồ Thị Mỹ Duyên biểu dương tinh thần "tương thân tương ái" của các tập thể, cá nhân; đề nghị Mặt trận các cấp tiếp tục vận động, kịp thời nắm bắt tình hình đời sống người lao động, nhất là lao động tự do, người thuê trọ ở các khu công nghiệp, để hỗ trợ kịp thời, không để ai thiếu ăn.

Các cây "ATM gạo" giúp người lao động vượt khó mùa dịch.

Cán bộ Mặt trận tỉnh Đồng Nai cho biết, trong những ngày tới sẽ tiếp tục phối hợp với chính quyền các địa phương rà soát danh sách người lao động thuê trọ chưa được hỗ trợ, bảo đảm việc trao quà công khai, minh bạch, có sự giám sát của người dân.

Hải Quân - Trung Kiên

Lượt xem: 2.034

Các tin khác
- Đồng Nai: Hơn 100 tỷ đồng ủng hộ phòng, chống dịch
- Mặt trận huyện Định Quán trao quà cho đồng bào dân tộc
- Công đoàn hỗ trợ công nhân thuê trọ gặp khó khăn
- Tặng khẩu trang miễn phí cho người dân
""", "2020-04-17",
    "Trao 2.000 phần quà cho người lao động mất việc do dịch Covid-19",
    E("trao_qua", None, "2020-04-16"),
    [P("Phạm Văn Bình", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hồ Thị Mỹ Duyên", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Nguyễn Thị Hoa Lan", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Trần Văn Khải", "Linh mục", "Phó Chủ tịch Ủy ban đoàn kết Công giáo tỉnh"),
     P("Điểu Thị Ngọc", "công nhân")],
    [Q("2.000 phần quà", 2000, "phần quà"),
     Q("10 kg gạo", 10, "kg"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
     Q("38,5 tỷ đồng", 38500000000, "đồng"),
     Q("215 tấn gạo", 215, "tấn"),
     Q("1.260 tập thể, cá nhân", 1260, "tập thể, cá nhân"),
     Q("12 \"cây ATM gạo\"", 12, "cây ATM gạo"),
     Q("khoảng 3 tấn gạo", 3, "tấn", "approx")],
    [D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
     D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
     D("Kế hoạch", "118", "KH-MTTQ-BTT", "2020-04-02", "Mặt trận tỉnh", "Kế hoạch 118/KH-MTTQ-BTT")],
    [prov("Đồng Nai"), prov("Bình Phước"), com("Tam Hiệp"), com("Tân Biên")],
    ["ĐÀI PHÁT THANH - TRUYỀN HÌNH ĐỒNG NAI", "Thời sự > Xã hội",
     "Ông Phạm Văn Bình, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao quà cho công nhân tại phường Tam Hiệp.",
     "Các cây \"ATM gạo\" giúp người lao động vượt khó mùa dịch.", "ATM gạo", "Quỹ phòng, chống dịch Covid-19", "Cán bộ Mặt trận",
     "tương thân tương ái", "Biên Hòa", "Trảng Bom", "Hố Nai", "Hải Quân - Trung Kiên", "Lượt xem: 2.034"],
    ["Cập nhật lúc 16:45 ngày 17/04/2020", "Covid-19", "ngày 15/4", "tháng 4", "Lượt xem: 2.034"]))

# b517 Tây Ninh 2021, Ban Dân vận Tỉnh ủy, monthly briefing (year only in the lead)
PAGES.append(page("b517-tayninh-bdv-giaoban-thang9-2021", """
BAN DÂN VẬN TỈNH ỦY TÂY NINH
Trang chủ >> Tin tức - Sự kiện >> Công tác dân vận
Thứ Ba, 05/10/2021 - 09:20

Giao ban công tác dân vận tháng 9: Tập trung hỗ trợ người dân trở về từ vùng dịch

Sáng 4/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận tháng 9/2021 theo hình thức trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố, với sự tham gia của hơn 150 đại biểu.

Đồng chí Nguyễn Thị Xuân Hương phát biểu kết luận hội nghị.

Đồng chí Nguyễn Thị Xuân Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng chủ trì có các đồng chí Trần Văn Chiến, Huỳnh Thị Kim Thoa - Phó Trưởng Ban Dân vận Tỉnh ủy. Dự tại điểm cầu tỉnh có ông Lê Văn Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban Tôn giáo tỉnh.

Theo báo cáo, tháng 9, khối dân vận các cấp tiếp tục tuyên truyền, vận động nhân dân thực hiện Chỉ thị 16/CT-TTg và Nghị quyết 68/NQ-CP của Chính phủ về chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19. Mặt trận, các đoàn thể đã hỗ trợ 46.820 phần quà, trị giá hơn 21 tỷ đồng; tiếp đón, hỗ trợ 3.415 người dân từ TP Hồ Chí Minh, Bình Dương trở về địa phương.

Các chức sắc, tín đồ tôn giáo tích cực tham gia phòng, chống dịch. Hội thánh Cao Đài Tòa Thánh Tây Ninh đã trao 12.000 phần quà và 85 tấn rau củ cho người dân khó khăn. Đại đức Thích Minh Tâm, trụ trì chùa Phước Lâm, phường Ninh Sơn cho biết, nhà chùa duy trì bếp ăn 0 đồng, mỗi ngày nấu 600 suất cơm gửi khu cách ly.

Ban Dân vận các huyện đã phối hợp triển khai Kế hoạch số 214-KH/TU ngày 06/8/2021 của Ban Thường vụ Tỉnh ủy về tổ chức "Tháng cao điểm chăm lo an sinh"; thực hiện mô hình "Tổ Covid cộng đồng" ở 94 xã, phường, thị trấn. Ông Danh Sơn, Trưởng ấp Tân Khai, xã Tân Lập phản ánh, nhiều hộ trong ấp hết tiền mua thuốc sau thời gian dài thất nghiệp.

Các đại biểu cũng phản ánh một số khó khăn: tâm lý lo lắng của người dân khi lao động từ vùng dịch trở về đông; việc chi hỗ trợ theo Nghị quyết 68/NQ-CP ở vài nơi còn chậm do thủ tục xác nhận; một bộ phận người dân chưa tuân thủ quy định đeo khẩu trang, giữ khoảng cách nơi công cộng. Ban Dân vận Tỉnh ủy đề nghị Mặt trận, các đoàn thể tăng cường giám sát, kịp thời phản ánh để cấp ủy, chính quyền tháo gỡ.

Kết luận hội nghị, đồng chí Nguyễn Thị Xuân Hương yêu cầu tháng 10, khối dân vận tiếp tục bám sát địa bàn, nắm tình hình tư tưởng nhân dân khi tỉnh nới lỏng giãn cách; tổ chức đối thoại với công nhân ở 3 khu công nghiệp lớn; chuẩn bị tốt sơ kết 5 năm phong trào thi đua "Dân vận khéo".

Thanh Tâm

Lượt truy cập: 1.488

Xem thêm
- Giao ban công tác dân vận tháng 8/2021
- Ban Dân vận Huyện ủy Châu Thành trao quà cho người dân
- Vận động chức sắc tôn giáo tham gia phòng, chống dịch
- Tập huấn trực tuyến cho cán bộ dân vận cơ sở
""", "2021-10-05",
    "Giao ban công tác dân vận tháng 9: Tập trung hỗ trợ người dân trở về từ vùng dịch",
    E("giao_ban", "2021-09", "2021-10-04"),
    [P("Nguyễn Thị Xuân Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trần Văn Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Huỳnh Thị Kim Thoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Văn Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thích Minh Tâm", "Đại đức", "trụ trì chùa Phước Lâm"),
     P("Danh Sơn", "Trưởng ấp Tân Khai")],
    [Q("9 điểm cầu", 9, "điểm cầu"),
     Q("hơn 150 đại biểu", 150, "đại biểu", "over"),
     Q("46.820 phần quà", 46820, "phần quà"),
     Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
     Q("3.415 người dân", 3415, "người dân"),
     Q("12.000 phần quà", 12000, "phần quà"),
     Q("85 tấn rau củ", 85, "tấn"),
     Q("600 suất cơm", 600, "suất cơm"),
     Q("94 xã, phường, thị trấn", 94, "xã, phường, thị trấn"),
     Q("3 khu công nghiệp", 3, "khu công nghiệp")],
    [D("Chỉ thị", "16", "CT-TTg", None, None, "Chỉ thị 16/CT-TTg"),
     D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết 68/NQ-CP"),
     D("Kế hoạch", "214", "KH/TU", "2021-08-06", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 214-KH/TU")],
    [prov("Tây Ninh"), prov("Hồ Chí Minh"), prov("Bình Dương"), com("Ninh Sơn"), com("Tân Lập")],
    ["BAN DÂN VẬN TỈNH ỦY TÂY NINH", "Trang chủ >> Tin tức - Sự kiện >> Công tác dân vận",
     "Đồng chí Nguyễn Thị Xuân Hương phát biểu kết luận hội nghị.", "Hội thánh Cao Đài Tòa Thánh Tây Ninh",
     "Tháng cao điểm chăm lo an sinh", "Tổ Covid cộng đồng", "Dân vận khéo", "ấp Tân Khai", "Thanh Tâm", "Lượt truy cập: 1.488"],
    ["Thứ Ba, 05/10/2021 - 09:20", "tháng 9/2021", "Covid-19", "bếp ăn 0 đồng", "tháng 10", "5 năm", "Lượt truy cập: 1.488"]))

# b518 Vĩnh Long 2022, Hội Nông dân, 6-month review (headline "6 tháng", year in the lead)
PAGES.append(page("b518-vinhlong-hnd-soket-2022", """
HỘI NÔNG DÂN TỈNH VĨNH LONG
Trang chủ | Tin hoạt động | Phong trào nông dân
15 tháng 7, 2022 | 08:20

Hội Nông dân tỉnh sơ kết 6 tháng: Hơn 30 tỷ đồng Quỹ Hỗ trợ nông dân đến với hội viên

Ngày 13/7, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm. Hội nghị được kết nối trực tuyến đến 8 điểm cầu huyện, thị xã, thành phố.

Ông Nguyễn Văn Liệt, Chủ tịch Hội Nông dân tỉnh phát biểu tại hội nghị.

Dự hội nghị có ông Bùi Văn Nghiêm, Bí thư Tỉnh ủy; bà Trần Thị Thanh Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Nguyễn Văn Liệt, Chủ tịch Hội Nông dân tỉnh; các ông Thạch Sô Phia, Đặng Văn Tươi - Phó Chủ tịch Hội Nông dân tỉnh.

Sáu tháng qua, các cấp Hội trong tỉnh tập trung thực hiện Kết luận 61-KL/TW của Ban Bí thư và Nghị quyết 19-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn; phối hợp triển khai Kế hoạch 34/KH-UBND ngày 21/02/2022 của UBND tỉnh về phục hồi sản xuất sau dịch Covid-19. Toàn tỉnh kết nạp mới 1.947 hội viên; 27.350 hộ đăng ký danh hiệu sản xuất, kinh doanh giỏi các cấp.

Nguồn Quỹ Hỗ trợ nông dân các cấp đạt hơn 30 tỷ đồng, cho 1.112 hộ vay; giá phân bón tăng cao từ 550.000 đồng/bao lên 950.000 đồng/bao nên Hội đã phối hợp với doanh nghiệp cung ứng 3.600 tấn phân bón trả chậm cho hội viên. Các cấp Hội hỗ trợ thành lập mới 14 tổ hợp tác. Hội Nông dân tỉnh Vĩnh Long cũng phối hợp với các ngành tổ chức tập huấn kỹ thuật, chuyển giao tiến bộ khoa học cho hội viên, hướng dẫn sản xuất theo tiêu chuẩn VietGAP, đăng ký mã số vùng trồng để xuất khẩu.

Tham luận tại hội nghị, ông Lâm Văn Sóc, Chủ tịch Hội Nông dân xã Loan Mỹ, huyện Tam Bình cho biết, mô hình trồng cam sành theo hướng hữu cơ của hội viên người Khmer trong xã cho lợi nhuận 250 triệu đồng/ha/năm. Bà Nguyễn Thị Bé Tư, hội viên xã Hòa Bình, huyện Trà Ôn, kiến nghị Hội hỗ trợ kết nối tiêu thụ nông sản qua sàn thương mại điện tử.

Phát biểu chỉ đạo, ông Bùi Văn Nghiêm đề nghị 6 tháng cuối năm 2022, Hội Nông dân tỉnh phát huy vai trò trung tâm, nòng cốt trong xây dựng nông thôn mới; tăng cường đối thoại, nắm bắt tâm tư hội viên; vận động nông dân chuyển đổi cơ cấu cây trồng thích ứng với hạn mặn. Ông cũng lưu ý không để tình trạng "được mùa mất giá" lặp lại.

Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng giấy khen cho 9 tập thể, 16 cá nhân.

Tuyết Mai

Lượt xem: 734

Tin liên quan
- Nông dân Vĩnh Long chủ động ứng phó hạn mặn
- Ra mắt tổ hợp tác trồng khoai lang ở Bình Tân
- Hội Nông dân tỉnh Vĩnh Long đối thoại với hội viên về giá vật tư
- Hội Nông dân huyện Long Hồ tập huấn chuyển đổi số
- Hơn 200 nông dân dự hội thảo nông nghiệp hữu cơ
""", "2022-07-15",
    "Hội Nông dân tỉnh sơ kết 6 tháng: Hơn 30 tỷ đồng Quỹ Hỗ trợ nông dân đến với hội viên",
    E("so_ket", "2022-H1", "2022-07-13"),
    [P("Bùi Văn Nghiêm", "Bí thư Tỉnh ủy"),
     P("Trần Thị Thanh Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Văn Liệt", "Chủ tịch Hội Nông dân tỉnh"),
     P("Thạch Sô Phia", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Đặng Văn Tươi", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lâm Văn Sóc", "Chủ tịch Hội Nông dân xã Loan Mỹ"),
     P("Nguyễn Thị Bé Tư", "hội viên xã Hòa Bình")],
    [Q("8 điểm cầu", 8, "điểm cầu"),
     Q("1.947 hội viên", 1947, "hội viên"),
     Q("27.350 hộ", 27350, "hộ"),
     Q("hơn 30 tỷ đồng", 30000000000, "đồng", "over"),
     Q("1.112 hộ vay", 1112, "hộ vay"),
     Q("550.000 đồng/bao", 550000, "đồng"),
     Q("950.000 đồng/bao", 950000, "đồng"),
     Q("3.600 tấn phân bón", 3600, "tấn"),
     Q("14 tổ hợp tác", 14, "tổ hợp tác"),
     Q("250 triệu đồng/ha/năm", 250000000, "đồng"),
     Q("9 tập thể", 9, "tập thể"),
     Q("16 cá nhân", 16, "cá nhân")],
    [D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
     D("Nghị quyết", "19", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 19-NQ/TW"),
     D("Kế hoạch", "34", "KH-UBND", "2022-02-21", "UBND tỉnh", "Kế hoạch 34/KH-UBND")],
    [prov("Vĩnh Long"), com("Loan Mỹ"), com("Hòa Bình")],
    ["HỘI NÔNG DÂN TỈNH VĨNH LONG", "Trang chủ | Tin hoạt động | Phong trào nông dân",
     "Ông Nguyễn Văn Liệt, Chủ tịch Hội Nông dân tỉnh phát biểu tại hội nghị.", "được mùa mất giá", "Tam Bình", "Trà Ôn",
     "Tuyết Mai", "Lượt xem: 734"],
    ["15 tháng 7, 2022 | 08:20", "6 tháng cuối năm", "Covid-19", "Lượt xem: 734"]))

# b519 An Giang 2023, TV station, Hội LHPN annual review
PAGES.append(page("b519-angiang-lhpn-tongket-2023", """
ĐÀI PHÁT THANH - TRUYỀN HÌNH AN GIANG (ATV)
Tin tức › Chính trị - Xã hội
21/12/2023 - 17:10

Phụ nữ An Giang giúp 1.580 hộ thoát nghèo trong năm

(ATV) - Chiều 20/12, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2023, triển khai phương hướng, nhiệm vụ năm 2024. Trong năm, các cấp Hội đã giúp 1.580 hộ phụ nữ nghèo thoát nghèo.

Toàn cảnh hội nghị tổng kết công tác Hội năm 2023.

Dự hội nghị có bà Trần Thị Thanh Hương, Phó Chủ tịch Trung ương Hội LHPN Việt Nam; ông Lê Văn Nưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Nguyễn Thị Minh Thúy, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các bà Néang Sóc Thia, Phan Thị Mỹ Lệ - Phó Chủ tịch Hội LHPN tỉnh.

Năm 2023, các cấp Hội triển khai hiệu quả Đề án 939 "Hỗ trợ phụ nữ khởi nghiệp" theo Quyết định 939/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 68/KH-BTV ngày 10/02/2023 của Ban Thường vụ Hội LHPN tỉnh. Toàn tỉnh có 214 ý tưởng khởi nghiệp được hỗ trợ, 35 hợp tác xã do phụ nữ quản lý. Hội đã vận động hơn 12,5 tỷ đồng xây dựng, sửa chữa 156 "Mái ấm tình thương".

Dư nợ ủy thác qua Hội với Ngân hàng Chính sách xã hội đạt 1.920 tỷ đồng, qua 1.485 tổ tiết kiệm và vay vốn. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" có 78% hộ gia đình hội viên đạt tiêu chí.

Bà Nguyễn Thị Minh Thúy, Chủ tịch Hội LHPN tỉnh báo cáo kết quả công tác năm.

Tại hội nghị, bà Chau Thị Sa Ri, Chủ tịch Hội LHPN xã An Cư, huyện Tịnh Biên, người Khmer, chia sẻ kinh nghiệm vận động chị em dệt thổ cẩm, làm đường thốt nốt, mỗi tháng thu nhập thêm 4 - 5 triệu đồng. Bà Ha Ri Dah, Chi hội trưởng phụ nữ ấp Phũm Soài, xã Châu Phong, người Chăm, nói về mô hình "Tổ phụ nữ Chăm tiết kiệm", giúp chị em có vốn buôn bán nhỏ, nuôi bò, may mặc.

Phát biểu chỉ đạo, bà Trần Thị Thanh Hương biểu dương Hội LHPN tỉnh An Giang; đề nghị năm 2024 các cấp Hội tiếp tục thực hiện Chỉ thị 21-CT/TW của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng công tác vận động phụ nữ; chú trọng hỗ trợ phụ nữ vùng đồng bào dân tộc thiểu số, biên giới.

Các đại biểu cũng thẳng thắn chỉ ra hạn chế: công tác phát triển hội viên trong doanh nghiệp ngoài nhà nước còn chậm; một số chi hội hoạt động chưa đều; tình trạng phụ nữ, trẻ em gái bị lừa đi làm việc ở nước ngoài qua mạng xã hội vẫn diễn ra ở các xã biên giới. Hội LHPN tỉnh đề xuất phối hợp với lực lượng Công an, Bộ đội Biên phòng tăng cường tuyên truyền, tư vấn, hỗ trợ nạn nhân tái hòa nhập cộng đồng.

Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 8 tập thể, 11 cá nhân.

Thanh Tuyền - Ngọc Hân

TIN CÙNG CHUYÊN MỤC
- Hội LHPN huyện Tri Tôn trao 20 mái ấm cho phụ nữ nghèo
- Phụ nữ Châu Đốc khởi nghiệp từ đặc sản mắm
- An Giang: Hơn 300 phụ nữ dự ngày hội khởi nghiệp
""", "2023-12-21",
    "Phụ nữ An Giang giúp 1.580 hộ thoát nghèo trong năm",
    E("tong_ket", "2023", "2023-12-20"),
    [P("Trần Thị Thanh Hương", "Phó Chủ tịch Trung ương Hội LHPN Việt Nam"),
     P("Lê Văn Nưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Thị Minh Thúy", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
     P("Néang Sóc Thia", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Phan Thị Mỹ Lệ", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Chau Thị Sa Ri", "Chủ tịch Hội LHPN xã An Cư"),
     P("Ha Ri Dah", "Chi hội trưởng phụ nữ ấp Phũm Soài")],
    [Q("1.580 hộ phụ nữ nghèo", 1580, "hộ phụ nữ nghèo"),
     Q("214 ý tưởng khởi nghiệp", 214, "ý tưởng khởi nghiệp"),
     Q("35 hợp tác xã", 35, "hợp tác xã"),
     Q("hơn 12,5 tỷ đồng", 12500000000, "đồng", "over"),
     Q("156 \"Mái ấm tình thương\"", 156, "Mái ấm tình thương"),
     Q("1.920 tỷ đồng", 1920000000000, "đồng"),
     Q("1.485 tổ tiết kiệm và vay vốn", 1485, "tổ tiết kiệm và vay vốn"),
     Q("78% hộ gia đình hội viên", 78, "%"),
     Q("4 - 5 triệu đồng", 4000000, "đồng"),
     Q("5 triệu đồng", 5000000, "đồng"),
     Q("8 tập thể", 8, "tập thể"),
     Q("11 cá nhân", 11, "cá nhân")],
    [D("Đề án", "939", None, None, None, "Đề án 939"),
     D("Quyết định", "939", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 939/QĐ-TTg"),
     D("Kế hoạch", "68", "KH-BTV", "2023-02-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 68/KH-BTV"),
     D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW")],
    [prov("An Giang"), com("An Cư"), com("Châu Phong")],
    ["ĐÀI PHÁT THANH - TRUYỀN HÌNH AN GIANG (ATV)", "Tin tức › Chính trị - Xã hội", "Toàn cảnh hội nghị tổng kết công tác Hội năm 2023.",
     "Bà Nguyễn Thị Minh Thúy, Chủ tịch Hội LHPN tỉnh báo cáo kết quả công tác năm.", "Hỗ trợ phụ nữ khởi nghiệp",
     "Mái ấm tình thương", "Xây dựng gia đình 5 không, 3 sạch", "Tổ phụ nữ Chăm tiết kiệm", "Bộ đội Biên phòng", "ấp Phũm Soài", "Tịnh Biên",
     "Thanh Tuyền - Ngọc Hân"],
    ["21/12/2023 - 17:10", "năm 2024", "5 không, 3 sạch"]))

# b520 Cà Mau 2024, Tỉnh đoàn site, quarterly briefing (quý I in the lead)
PAGES.append(page("b520-camau-doan-giaoban-q1-2024", """
TỈNH ĐOÀN CÀ MAU
Bạn đang ở: Trang chủ › Tin tức › Hoạt động Đoàn ›
Thứ Ba, 09/04/2024

Tuổi trẻ Cà Mau ra quân 126 công trình thanh niên

Ngày 8/4, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị giao ban công tác Đoàn, Hội, Đội quý I/2024 và triển khai nhiệm vụ trọng tâm quý II. Trong quý, các cơ sở Đoàn đã khởi công, thực hiện 126 công trình thanh niên, trị giá hơn 7,4 tỷ đồng.

Anh Phan Hoàng Vũ, Bí thư Tỉnh đoàn phát biểu chỉ đạo hội nghị.

Dự và chủ trì hội nghị có anh Phan Hoàng Vũ, Tỉnh ủy viên, Bí thư Tỉnh đoàn; các anh, chị Lê Thị Cẩm Hồng, Danh Hoàng Phúc, Trần Quốc Thái - Phó Bí thư Tỉnh đoàn; chị Quách Thị Kiều, Phó Trưởng Ban Dân vận Tỉnh ủy.

Theo báo cáo, quý I, các cấp bộ Đoàn triển khai Chương trình hành động 20-CTr/TĐTN thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII và Kế hoạch 55, 56-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về tổ chức Tháng Thanh niên năm 2024 và Chiến dịch "Xuân tình nguyện". Toàn tỉnh có hơn 28.000 lượt đoàn viên tham gia "Ngày Chủ nhật xanh", trồng 15.600 cây xanh, thu gom 42 tấn rác thải.

Trong Tháng Thanh niên, Tỉnh đoàn tổ chức 9 phiên giao dịch việc làm cho 2.150 lượt thanh niên; giải ngân 4,3 tỷ đồng vốn vay từ Quỹ Hỗ trợ thanh niên lập nghiệp cho 86 dự án. Toàn tỉnh kết nạp mới 1.208 đoàn viên; tổ chức hiến máu tình nguyện thu về 1.830 đơn vị máu.

Tại hội nghị, chị Thị Sa Ri Na, Bí thư Đoàn xã Tân Hưng Đông, huyện Cái Nước chia sẻ, chi đoàn ấp đã vận động thanh niên Khmer tham gia tổ tự quản bảo vệ đê biển. Anh Nguyễn Minh Thắng, Bí thư Huyện đoàn Ngọc Hiển kiến nghị có cơ chế hỗ trợ thanh niên nuôi tôm sinh thái vay vốn.

Hội nghị cũng dành thời gian thảo luận về việc triển khai Đề án "Tăng cường vai trò của Đoàn trong chuyển đổi số", hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử, thanh toán không dùng tiền mặt. Nhiều ý kiến cho rằng cần có đội hình "Thanh niên tình nguyện số" thường trực ở ấp, khóm để hỗ trợ người cao tuổi.

Một số hạn chế được chỉ ra: chất lượng sinh hoạt chi đoàn ở nông thôn chưa cao, đoàn viên đi làm ăn xa nhiều; việc nắm bắt tình hình thanh niên trên không gian mạng còn bị động. Tỉnh đoàn Cà Mau đề nghị các huyện, thành đoàn rà soát, củng cố chi đoàn yếu kém trước ngày 30/6.

Kết luận hội nghị, anh Phan Hoàng Vũ yêu cầu quý II, các cơ sở Đoàn tập trung tổ chức Chiến dịch "Thanh niên tình nguyện hè" năm 2024, chủ động phòng, chống hạn, mặn; phấn đấu 100% cơ sở Đoàn có công trình thanh niên chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.

Kim Ngân

Lượt xem: 493

Tin liên quan
- Tỉnh đoàn tuyên dương 95 "Thanh niên tiên tiến làm theo lời Bác"
- Tuổi trẻ Năm Căn ra quân Chiến dịch Xuân tình nguyện
- Ngày hội thanh niên với biển đảo quê hương
""", "2024-04-09",
    "Tuổi trẻ Cà Mau ra quân 126 công trình thanh niên",
    E("giao_ban", "2024-Q1", "2024-04-08"),
    [P("Phan Hoàng Vũ", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
     P("Lê Thị Cẩm Hồng", "Phó Bí thư Tỉnh đoàn"),
     P("Danh Hoàng Phúc", "Phó Bí thư Tỉnh đoàn"),
     P("Trần Quốc Thái", "Phó Bí thư Tỉnh đoàn"),
     P("Quách Thị Kiều", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Thị Sa Ri Na", "Bí thư Đoàn xã Tân Hưng Đông"),
     P("Nguyễn Minh Thắng", "Bí thư Huyện đoàn Ngọc Hiển")],
    [Q("126 công trình thanh niên", 126, "công trình thanh niên"),
     Q("hơn 7,4 tỷ đồng", 7400000000, "đồng", "over"),
     Q("hơn 28.000 lượt đoàn viên", 28000, "lượt đoàn viên", "over"),
     Q("15.600 cây xanh", 15600, "cây xanh"),
     Q("42 tấn rác thải", 42, "tấn"),
     Q("9 phiên giao dịch việc làm", 9, "phiên giao dịch việc làm"),
     Q("2.150 lượt thanh niên", 2150, "lượt thanh niên"),
     Q("4,3 tỷ đồng", 4300000000, "đồng"),
     Q("86 dự án", 86, "dự án"),
     Q("1.208 đoàn viên", 1208, "đoàn viên"),
     Q("1.830 đơn vị máu", 1830, "đơn vị máu"),
     Q("100% cơ sở Đoàn", 100, "%")],
    [D("Chương trình hành động", "20", "CTr/TĐTN", None, None, "Chương trình hành động 20-CTr/TĐTN"),
     D("Kế hoạch", "55", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 55, 56-KH/TĐTN"),
     D("Kế hoạch", "56", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 55, 56-KH/TĐTN")],
    [prov("Cà Mau"), com("Tân Hưng Đông")],
    ["TỈNH ĐOÀN CÀ MAU", "Bạn đang ở: Trang chủ › Tin tức › Hoạt động Đoàn ›", "Anh Phan Hoàng Vũ, Bí thư Tỉnh đoàn phát biểu chỉ đạo hội nghị.",
     "Xuân tình nguyện", "Ngày Chủ nhật xanh", "Thanh niên tình nguyện hè", "Tháng Thanh niên", "Tăng cường vai trò của Đoàn trong chuyển đổi số", "Thanh niên tình nguyện số", "Cái Nước", "Ngọc Hiển", "Kim Ngân", "Lượt xem: 493"],
    ["Thứ Ba, 09/04/2024", "quý II", "lần thứ XII", "70 năm", "Lượt xem: 493"]))
