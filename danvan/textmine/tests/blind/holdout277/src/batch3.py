from lib import *
PAGES = []

PAGES.append(page("b6617-tuyenquang-ccb-daihoi-2021", """
Báo Tuyên Quang điện tử
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 26/11/2021 - 10:15
Toàn cảnh đại hội. Ảnh: Ngọc Lan
Cựu chiến binh xã vùng sạt lở tiếp tục đi đầu giúp dân ổn định nơi ở mới
Ngày 24/11, Hội Cựu chiến binh xã Thượng Lâm, huyện Lâm Bình (Tuyên Quang) tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Đây là đại hội điểm cấp cơ sở của Hội Cựu chiến binh huyện. Dự đại hội có đồng chí Ma Văn Nhất, Chủ tịch Hội Cựu chiến binh huyện Lâm Bình; đồng chí Hoàng Văn Lự, Bí thư Đảng ủy xã Thượng Lâm cùng 95 đại biểu đại diện cho hơn 260 hội viên trong toàn xã.
Báo cáo tại đại hội cho thấy, nhiệm kỳ qua, Thượng Lâm là một trong những xã chịu ảnh hưởng nặng của mưa lũ, sạt lở đất. Hội viên cựu chiến binh đã đi đầu vận động 47 hộ ở các thôn Nà Thuôn, Khuổi Củng chuyển ra khỏi vùng nguy hiểm; trực tiếp góp 1.860 ngày công giúp các gia đình tháo dỡ, dựng lại nhà. Nhiều hội viên hiến đất, như ông Bàn Văn Tình ở thôn Khuổi Củng đã hiến 1.500 m2 đất vườn để làm điểm tái định cư cho 6 hộ người Dao.
Thực hiện Chỉ thị số 12-CT/HU của Ban Thường vụ Huyện ủy Lâm Bình về nâng cao hiệu quả công tác dân vận trong phòng, chống thiên tai, hội đã thành lập 3 tổ cựu chiến binh xung kích, mỗi tổ 10 hội viên, trực tại các điểm có nguy cơ sạt lở trong mùa mưa. Hội cũng phối hợp với Ngân hàng Chính sách xã hội huyện giải ngân gần 2,4 tỷ đồng vốn vay cho 58 hộ hội viên phát triển kinh tế; đến nay xã không còn hộ hội viên nghèo.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Lự ghi nhận vai trò "bộ đội Cụ Hồ" trong những ngày mưa lũ; đề nghị nhiệm kỳ tới Hội Cựu chiến binh xã tiếp tục bám thôn, bám dân, tham gia tích cực chương trình bố trí dân cư theo Kế hoạch số 86/KH-UBND của UBND tỉnh, vận động các hộ ở vùng nguy cơ còn lại sớm chuyển đến nơi ở mới an toàn.
Đại hội đã bầu Ban Chấp hành Hội Cựu chiến binh xã nhiệm kỳ 2022 - 2027 gồm 7 đồng chí. Tại phiên họp thứ nhất, đồng chí Nông Văn Chiến được tín nhiệm bầu giữ chức Chủ tịch Hội Cựu chiến binh xã nhiệm kỳ 2022 - 2027; đồng chí Ma Thị Hòa được bầu làm Phó Chủ tịch Hội Cựu chiến binh xã. Đại hội cũng bầu 3 đại biểu đi dự Đại hội Hội Cựu chiến binh huyện Lâm Bình lần thứ VII.
Đại hội đề ra 8 chỉ tiêu cho nhiệm kỳ mới, trong đó phấn đấu hằng năm có từ 90% trở lên chi hội đạt trong sạch, vững mạnh; 100% hội viên tham gia tổ tự quản phòng chống thiên tai ở thôn.
Ngọc Lan
Tin cùng chuyên mục
- Na Hang: Mặt trận vận động hỗ trợ làm 12 nhà đại đoàn kết (22/11/2021)
- Lâm Bình: Di dời khẩn cấp các hộ dân khỏi khu vực sạt lở (15/11/2021)
- Hội Nông dân tỉnh tập huấn kỹ năng cho cán bộ cơ sở (09/11/2021)
""", "2021-11-26", "Cựu chiến binh xã vùng sạt lở tiếp tục đi đầu giúp dân ổn định nơi ở mới",
E("dai_hoi", None, "2021-11-24"),
[P("Ma Văn Nhất", "Chủ tịch Hội Cựu chiến binh huyện Lâm Bình"),
 P("Hoàng Văn Lự", "Bí thư Đảng ủy xã Thượng Lâm"),
 P("Bàn Văn Tình"),
 P("Nông Văn Chiến", "Chủ tịch Hội Cựu chiến binh xã nhiệm kỳ 2022 - 2027"),
 P("Ma Thị Hòa", "Phó Chủ tịch Hội Cựu chiến binh xã")],
[Q("95 đại biểu", 95, "đại biểu"), Q("hơn 260 hội viên", 260, "hội viên", "over"), Q("47 hộ", 47, "hộ"),
 Q("1.860 ngày công", 1860, "ngày công"), Q("1.500 m2", 1500, "m2"), Q("6 hộ", 6, "hộ"),
 Q("3 tổ cựu chiến binh xung kích", 3, "tổ cựu chiến binh xung kích"), Q("10 hội viên", 10, "hội viên"),
 Q("gần 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("58 hộ hội viên", 58, "hộ hội viên"), Q("7 đồng chí", 7, "đồng chí"),
 Q("3 đại biểu", 3, "đại biểu"), Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("từ 90% trở lên", 90, "%", "over"), Q("100% hội viên", 100, "%")],
[D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy Lâm Bình", "Chỉ thị số 12-CT/HU"),
 D("Kế hoạch", "86", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 86/KH-UBND")],
[prov("Tuyên Quang"), com("Thượng Lâm")],
["Báo Tuyên Quang điện tử", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh đại hội. Ảnh: Ngọc Lan", "bộ đội Cụ Hồ",
 "Ngân hàng Chính sách xã hội huyện"],
["Thứ Sáu, 26/11/2021 - 10:15", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "7 đồng chí", "phiên họp thứ nhất"]))

PAGES.append(page("b6618-langson-hdnd-tiepxuccutri-2021", """
LẠNG SƠN ĐIỆN TỬ - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Lạng Sơn
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật
Thứ Ba, 17/08/2021
Cử tri vùng sạt lở Bình Gia kiến nghị sớm hoàn thành khu tái định cư
LSO - Ngày 16/8, tại xã Tân Văn, huyện Bình Gia, Tổ đại biểu HĐND tỉnh ứng cử tại huyện Bình Gia tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ hai HĐND tỉnh khóa XVII, nhiệm kỳ 2021 - 2026. Tham dự có đồng chí Hoàng Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Đại biểu HĐND tỉnh khóa XVII và đồng chí Lộc Văn Thuyên, Phó Trưởng Ban Dân tộc HĐND tỉnh.
Hội nghị tiếp xúc cử tri tại xã Tân Văn.
Do thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19, hội nghị được tổ chức với khoảng 60 cử tri đại diện cho các thôn của xã Tân Văn và xã Hoa Thám. Tại hội nghị, đại biểu đã thông báo dự kiến nội dung kỳ họp, kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2021.
Cử tri đã nêu 17 ý kiến, kiến nghị, trong đó nhiều ý kiến liên quan đến việc di dời dân vùng sạt lở. Ông Hoàng Văn Thịnh, trưởng thôn Khuổi Luông, xã Tân Văn phản ánh, sau đợt mưa lớn tháng 6, quả đồi phía sau thôn xuất hiện vết nứt dài khoảng 80 m, 23 hộ đã phải sơ tán nhưng đến nay khu tái định cư mới san được mặt bằng. Bà Nông Thị Thoa, cử tri thôn Nà Thí, đề nghị có chính sách hỗ trợ đất sản xuất cho các hộ di dời vì nhiều gia đình phải đi bộ hơn 3 km để về nương cũ.
Ông Vi Văn Đoàn, Phó Chủ tịch UBND huyện Bình Gia tiếp thu, giải trình: toàn huyện hiện có 131 hộ ở vùng có nguy cơ sạt lở, lũ quét; dự án bố trí dân cư tập trung thôn Khuổi Luông có tổng mức đầu tư 14,5 tỷ đồng, thực hiện theo Quyết định số 1290/QĐ-UBND ngày 2/7/2020 của UBND tỉnh; dự kiến bàn giao đất ở cho các hộ trong quý IV năm nay. Mỗi hộ sẽ được hỗ trợ 60 triệu đồng để làm nhà, di chuyển.
Thay mặt Tổ đại biểu, đồng chí Hoàng Thị Lan cảm ơn cử tri đã thẳng thắn nêu ý kiến; đề nghị cấp ủy, chính quyền huyện và xã đẩy nhanh tiến độ dự án, công khai danh sách hộ được hỗ trợ; phát huy vai trò Mặt trận, đoàn thể trong nắm bắt tâm tư của người dân ở nơi tạm cư. Những kiến nghị thuộc thẩm quyền của tỉnh sẽ được Tổ đại biểu tổng hợp, gửi kỳ họp và các cơ quan chức năng xem xét, trả lời cử tri.
Trước đó, Ban Thường vụ Tỉnh ủy đã ban hành Kết luận số 215-KL/TU về nhiệm vụ phòng, chống thiên tai và sắp xếp dân cư vùng có nguy cơ sạt lở giai đoạn 2021 - 2025, trong đó giao khối dân vận chủ trì vận động nhân dân.
Minh Đức
Xem thêm
- Đình Lập: Sạt lở đất làm hư hỏng 5 ngôi nhà (12/08/2021)
- Văn Lãng: Di dời khẩn cấp 8 hộ dân (05/08/2021)
- Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Tràng Định (04/08/2021)
""", "2021-08-17", "Cử tri vùng sạt lở Bình Gia kiến nghị sớm hoàn thành khu tái định cư",
E("hoi_nghi", None, "2021-08-16"),
[P("Hoàng Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Đại biểu HĐND tỉnh khóa XVII"),
 P("Lộc Văn Thuyên", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Hoàng Văn Thịnh", "trưởng thôn Khuổi Luông"),
 P("Nông Thị Thoa", "cử tri thôn Nà Thí"),
 P("Vi Văn Đoàn", "Phó Chủ tịch UBND huyện Bình Gia")],
[Q("khoảng 60 cử tri", 60, "cử tri", "approx"), Q("17 ý kiến", 17, "ý kiến"), Q("khoảng 80 m", 80, "m", "approx"),
 Q("23 hộ", 23, "hộ"), Q("hơn 3 km", 3, "km", "over"), Q("131 hộ", 131, "hộ"), Q("14,5 tỷ đồng", 14500000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng")],
[D("Quyết định", "1290", "QĐ-UBND", "2020-07-02", "UBND tỉnh", "Quyết định số 1290/QĐ-UBND ngày 2/7/2020"),
 D("Kết luận", "215", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 215-KL/TU")],
[prov("Lạng Sơn"), com("Tân Văn"), com("Hoa Thám")],
["LẠNG SƠN ĐIỆN TỬ - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Lạng Sơn",
 "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật", "LSO", "Hội nghị tiếp xúc cử tri tại xã Tân Văn."],
["Thứ Ba, 17/08/2021", "kỳ họp thứ hai", "khóa XVII", "nhiệm kỳ 2021 - 2026", "6 tháng đầu năm 2021", "tháng 6", "quý IV",
 "Covid-19", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b6619-thainguyen-diemtap-didoi-2022", """
THAINGUYEN ONLINE - Báo Thái Nguyên điện tử
Xã hội > Phòng chống thiên tai
Ngày đăng 14/10/2022 | 16:45
Diễn tập sơ tán dân vùng sạt lở ở Võ Nhai
Lực lượng xung kích hỗ trợ người già di chuyển đến điểm sơ tán.
(TN&MT) - Sáng 13/10, UBND huyện Võ Nhai phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập phòng chống thiên tai và tìm kiếm cứu nạn, với tình huống giả định mưa lớn gây sạt lở đất, lũ quét tại xã Thần Sa và xã Sảng Mộc. Tham gia diễn tập có gần 400 người thuộc các lực lượng quân sự, công an, y tế, Mặt trận, đoàn thể và nhân dân địa phương.
Theo kịch bản, mưa lớn liên tục trong 3 ngày, lượng mưa đo được khoảng 350 mm, làm xuất hiện vết nứt trên sườn núi phía sau xóm Kim Sơn. Ban Chỉ huy phòng chống thiên tai xã lập tức phát lệnh sơ tán, huy động 2 tổ xung kích, 12 dân quân và đoàn viên thanh niên đến từng nhà giúp 35 hộ với 147 nhân khẩu di chuyển người, tài sản đến trường học và nhà văn hóa xóm.
Ông Triệu Văn Phong, Chủ tịch UBND xã Thần Sa, chỉ huy trực tiếp tại hiện trường, cho biết: "Khó nhất là vận động người già. Có cụ nhất định không đi vì sợ mất nhà, cán bộ Mặt trận xóm phải ngồi nói chuyện rất lâu". Để sát thực tế, Ban tổ chức đã mời người dân thật tham gia, trong đó có 18 người cao tuổi và 26 trẻ em.
Đánh giá cuộc diễn tập, đồng chí Dương Thị Thảo, Phó Chủ tịch UBND huyện Võ Nhai cho rằng các lực lượng đã phối hợp nhịp nhàng, xử lý tình huống đúng quy trình; công tác tuyên truyền, vận động của Mặt trận, đoàn thể giúp người dân hiểu rõ vì sao phải sơ tán. Kinh phí tổ chức diễn tập khoảng 450 triệu đồng.
Cuộc diễn tập được tổ chức theo Kế hoạch số 156/KH-UBND ngày 28/7/2022 của UBND huyện, nhằm triển khai Nghị quyết số 76/NQ-CP ngày 18/6/2018 của Chính phủ về công tác phòng, chống thiên tai. Ông Lý Văn Kiên, Trưởng ban Công tác Mặt trận xóm Kim Sơn, cho biết sau diễn tập, xóm sẽ họp dân để thống nhất điểm tập trung, người phụ trách từng hộ khi có mưa lớn.
Trong phần diễn tập, tình huống khó được đưa ra là một đoạn đường vào xóm bị đất đá vùi lấp, xe cứu thương không vào được. Lực lượng quân sự đã nhanh chóng mở lối đi tạm, dùng cáng đưa "người bị thương" ra ngoài; tổ y tế xã sơ cứu tại chỗ trước khi chuyển về Trung tâm Y tế huyện. Tại điểm sơ tán, chi hội phụ nữ, đoàn thanh niên bố trí nơi ăn nghỉ, đăng ký danh sách từng hộ để không bỏ sót người.
Năm 2022, huyện Võ Nhai đã rà soát 204 hộ ở 17 xóm có nguy cơ sạt lở; đã di dời 39 hộ, số còn lại được lập phương án sơ tán tại chỗ. Huyện phấn đấu đến năm 2025 di dời toàn bộ các hộ ở vùng nguy cơ rất cao.
Kết thúc diễn tập, Ban tổ chức khen thưởng 3 tập thể và 7 cá nhân có thành tích xuất sắc.
Hoàng Hà
Tin khác
- Định Hóa: Khắc phục sạt lở đường liên xã (10/10/2022)
- Phú Lương: Tập huấn kỹ năng phòng, chống đuối nước (05/10/2022)
- Đồng Hỷ: Hỗ trợ 20 hộ bị thiệt hại do giông lốc (29/09/2022)
""", "2022-10-14", "Diễn tập sơ tán dân vùng sạt lở ở Võ Nhai",
E("khac", None, "2022-10-13"),
[P("Triệu Văn Phong", "Chủ tịch UBND xã Thần Sa"),
 P("Dương Thị Thảo", "Phó Chủ tịch UBND huyện Võ Nhai"),
 P("Lý Văn Kiên", "Trưởng ban Công tác Mặt trận xóm Kim Sơn")],
[Q("gần 400 người", 400, "người", "approx"), Q("khoảng 350 mm", 350, "mm", "approx"), Q("2 tổ xung kích", 2, "tổ xung kích"),
 Q("12 dân quân", 12, "dân quân"), Q("35 hộ", 35, "hộ"), Q("147 nhân khẩu", 147, "nhân khẩu"), Q("18 người cao tuổi", 18, "người cao tuổi"),
 Q("26 trẻ em", 26, "trẻ em"), Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"), Q("204 hộ", 204, "hộ"), Q("17 xóm", 17, "xóm"),
 Q("39 hộ", 39, "hộ"), Q("3 tập thể", 3, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Kế hoạch", "156", "KH-UBND", "2022-07-28", "UBND huyện", "Kế hoạch số 156/KH-UBND ngày 28/7/2022"),
 D("Nghị quyết", "76", "NQ-CP", "2018-06-18", "Chính phủ", "Nghị quyết số 76/NQ-CP ngày 18/6/2018")],
[prov("Thái Nguyên"), com("Thần Sa"), com("Sảng Mộc")],
["THAINGUYEN ONLINE - Báo Thái Nguyên điện tử", "Xã hội > Phòng chống thiên tai",
 "Lực lượng xung kích hỗ trợ người già di chuyển đến điểm sơ tán.", "(TN&MT)"],
["Ngày đăng 14/10/2022 | 16:45", "3 ngày", "Năm 2022", "năm 2025"]))

PAGES.append(page("b6620-hatinh-bdvhu-tongket-2022", """
Báo Hà Tĩnh
Chính trị › Xây dựng Đảng › Dân vận
22/12/2022 - 07:30
Hôm nay: Thứ Năm, 22/12/2022
Hương Khê triển khai nhiệm vụ dân vận năm 2023
Đồng chí Phan Văn Hùng phát biểu chỉ đạo hội nghị.
(Baohatinh.vn) - Chiều 20/12, Ban Dân vận Huyện ủy Hương Khê tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai phương hướng, nhiệm vụ năm 2023. Đồng chí Phan Văn Hùng, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo hội nghị.
Năm 2022, trên địa bàn huyện xảy ra 2 đợt mưa lũ lớn vào tháng 9 và tháng 10, gây sạt lở tại nhiều điểm dọc sông Ngàn Sâu và các khe suối. Khối dân vận đã chủ động tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 98-KH/HU về vận động nhân dân vùng thường xuyên bị ngập lụt, sạt lở di dời đến nơi ở an toàn; phối hợp với chính quyền sơ tán 1.247 hộ với 4.120 nhân khẩu trong mùa mưa bão, không để xảy ra thiệt hại về người.
Theo đồng chí Nguyễn Thị Hằng, HUV, Trưởng Ban Dân vận Huyện ủy Hương Khê, cùng với sơ tán tạm thời, huyện đã vận động 42 hộ ở xã Hương Lâm và xã Phú Gia di dời lâu dài đến khu tái định cư. Các hộ được hỗ trợ theo Quyết định số 08/2022/QĐ-UBND của UBND tỉnh, bình quân khoảng 70 triệu đồng/hộ; ngoài ra Ủy ban MTTQ huyện vận động hỗ trợ thêm 10 triệu đồng/hộ. Người dân đã hiến 7.800 m2 đất, đóng góp trên 2.100 ngày công để mở đường vào khu tái định cư.
Phong trào thi đua "Dân vận khéo" có 76 mô hình được công nhận, trong đó 9 mô hình cấp huyện về phòng, chống thiên tai, như mô hình "Nhà an toàn tránh lũ" ở xã Hương Trạch. Khối dân vận cũng tham gia giải quyết 19 vụ việc tranh chấp đất đai phát sinh tại các điểm tái định cư; đã hòa giải thành 16 vụ.
Tham luận tại hội nghị, ông Đặng Quang Thắng, Bí thư Đảng ủy xã Hương Lâm, chia sẻ cách phân công cán bộ, đảng viên "cầm tay chỉ việc" giúp các hộ làm lại chuồng trại, vườn tạp ở nơi ở mới; bà Võ Thị Liên, Chủ tịch Ủy ban MTTQ xã Phú Gia, đề nghị có cơ chế ưu tiên vay vốn cho các hộ vừa di dời.
Phát biểu chỉ đạo, đồng chí Phan Văn Hùng đề nghị năm 2023 khối dân vận tiếp tục thực hiện hiệu quả Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; rà soát các hộ còn ở vùng nguy cơ cao để đề xuất đưa vào kế hoạch di dời giai đoạn 2023 - 2025.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 8 tập thể, 12 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2022.
Thiên Vỹ
Tin liên quan
- Hương Khê: Hàng trăm hộ dân vùng lũ được hỗ trợ nhu yếu phẩm (20/10/2022)
- Hà Tĩnh chủ động sơ tán dân trước bão số 4 (27/09/2022)
- Vũ Quang sơ kết 6 tháng công tác dân vận (12/07/2022)
""", "2022-12-22", "Hương Khê triển khai nhiệm vụ dân vận năm 2023",
E("tong_ket", "2022", "2022-12-20"),
[P("Phan Văn Hùng", "Phó Bí thư Thường trực Huyện ủy"),
 P("Nguyễn Thị Hằng", "HUV", "Trưởng Ban Dân vận Huyện ủy Hương Khê"),
 P("Đặng Quang Thắng", "Bí thư Đảng ủy xã Hương Lâm"),
 P("Võ Thị Liên", "Chủ tịch Ủy ban MTTQ xã Phú Gia")],
[Q("2 đợt mưa lũ lớn", 2, "đợt mưa lũ lớn"), Q("1.247 hộ", 1247, "hộ"), Q("4.120 nhân khẩu", 4120, "nhân khẩu"), Q("42 hộ", 42, "hộ"),
 Q("khoảng 70 triệu đồng/hộ", 70000000, "đồng", "approx"), Q("10 triệu đồng/hộ", 10000000, "đồng"), Q("7.800 m2", 7800, "m2"),
 Q("trên 2.100 ngày công", 2100, "ngày công", "over"), Q("76 mô hình", 76, "mô hình"), Q("9 mô hình cấp huyện", 9, "mô hình cấp huyện"),
 Q("19 vụ việc tranh chấp đất đai", 19, "vụ việc tranh chấp đất đai"), Q("16 vụ", 16, "vụ"), Q("8 tập thể", 8, "tập thể"),
 Q("12 cá nhân", 12, "cá nhân")],
[D("Kế hoạch", "98", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 98-KH/HU"),
 D("Quyết định", "08", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 08/2022/QĐ-UBND"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Hà Tĩnh"), com("Hương Lâm"), com("Phú Gia"), com("Hương Trạch")],
["Báo Hà Tĩnh", "Chính trị › Xây dựng Đảng › Dân vận", "Hôm nay: Thứ Năm, 22/12/2022", "Đồng chí Phan Văn Hùng phát biểu chỉ đạo hội nghị.",
 "(Baohatinh.vn)", "Dân vận khéo", "Nhà an toàn tránh lũ", "cầm tay chỉ việc"],
["22/12/2022 - 07:30", "Hôm nay: Thứ Năm, 22/12/2022", "năm 2023", "năm 2022", "tháng 9 và tháng 10", "giai đoạn 2023 - 2025"]))

PAGES.append(page("b6621-hanoi-bavi-bdvhu-soket-2023", """
HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Thời sự / Hà Nội / Xây dựng Đảng
07/07/2023 06:00
Ba Vì: Quan tâm vận động đồng bào vùng núi phòng tránh sạt lở
(HNM) - Ngày 5/7, Ban Dân vận Huyện ủy Ba Vì (Hà Nội) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023. Đồng chí Đỗ Thị Minh Huệ, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, khối dân vận huyện đã tập trung vận động nhân dân các xã miền núi Ba Vì, Khánh Thượng, Minh Quang chủ động phòng tránh sạt lở đất, lũ ống trước mùa mưa. Qua rà soát, 3 xã này có 14 điểm có nguy cơ sạt lở, với 68 hộ sinh sống trong vùng ảnh hưởng. Huyện đã lập phương án di dời khẩn cấp cho 21 hộ ở thôn Yên Sơn, xã Ba Vì, nơi có nhiều hộ đồng bào Dao sinh sống ven suối.
Ban Dân vận Huyện ủy đã tham mưu thực hiện Chương trình số 08-CTr/TU của Thành ủy về tăng cường công tác dân vận giai đoạn 2021 - 2025 và Kế hoạch số 145-KH/HU của Ban Thường vụ Huyện ủy; chỉ đạo 31 xã, thị trấn tổ chức 126 buổi tuyên truyền, thu hút khoảng 9.500 lượt người tham gia.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Nguyễn Văn Sơn, Đặng Thị Lụa cho biết, khó khăn lớn nhất là quỹ đất tái định cư ở các xã miền núi rất hạn chế, nhiều hộ đồng bào Dao, Mường muốn ở lại gần đất rừng đã được giao. Ông Bàn Văn Hùng, Bí thư Chi bộ thôn Yên Sơn, xã Ba Vì đề nghị huyện sớm hoàn thành kè chắn đất và hệ thống thoát nước phía trên khu dân cư.
Bà Lý Thị Hoa, người có uy tín thôn Hợp Nhất, xã Ba Vì, chia sẻ: "Mỗi khi mưa to, tôi cùng trưởng thôn đi từng nhà nhắc con cháu không ngủ lại trong nhà sát taluy". Nhờ vậy, mùa mưa năm 2022, xã không có thiệt hại về người.
Hội nghị cũng đánh giá việc thực hiện Quy chế dân chủ ở cơ sở có nhiều chuyển biến: các xã đã công khai danh sách hộ thuộc diện di dời, mức hỗ trợ và vị trí dự kiến bố trí tái định cư để người dân bàn bạc, góp ý. Tuy nhiên, một số nơi việc nắm tình hình tư tưởng nhân dân còn chậm; công tác phối hợp giữa Mặt trận, đoàn thể với chính quyền xã trong tuyên truyền phòng tránh thiên tai có lúc chưa đồng bộ.
Phát biểu kết luận, đồng chí Đỗ Thị Minh Huệ đề nghị 6 tháng cuối năm, các chi bộ ở thôn có nguy cơ sạt lở đưa nội dung phòng, chống thiên tai vào sinh hoạt định kỳ; phân công đảng viên phụ trách từng hộ; phấn đấu 100% hộ dân trong vùng nguy cơ được hướng dẫn kỹ năng sơ tán. Huyện cũng dành khoảng 3,2 tỷ đồng từ ngân sách để hỗ trợ các hộ di dời khẩn cấp.
Minh Phương
Tin khác
- Thạch Thất: Ra mắt mô hình "Dân vận khéo" (03/07/2023)
- Quốc Oai sơ kết 6 tháng thực hiện Chỉ thị 05 (30/06/2023)
- Sóc Sơn: Đối thoại với người dân về giải phóng mặt bằng (26/06/2023)
""", "2023-07-07", "Ba Vì: Quan tâm vận động đồng bào vùng núi phòng tránh sạt lở",
E("so_ket", "2023-H1", "2023-07-05"),
[P("Đỗ Thị Minh Huệ", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nguyễn Văn Sơn", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đặng Thị Lụa", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Bàn Văn Hùng", "Bí thư Chi bộ thôn Yên Sơn"),
 P("Lý Thị Hoa", "người có uy tín thôn Hợp Nhất")],
[Q("3 xã", 3, "xã"), Q("14 điểm", 14, "điểm"), Q("68 hộ", 68, "hộ"), Q("21 hộ", 21, "hộ"), Q("31 xã, thị trấn", 31, "xã, thị trấn"),
 Q("126 buổi tuyên truyền", 126, "buổi tuyên truyền"), Q("khoảng 9.500 lượt người", 9500, "lượt người", "approx"),
 Q("100% hộ dân", 100, "%"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx")],
[D("Chương trình", "08", "CTr/TU", None, "Thành ủy", "Chương trình số 08-CTr/TU"),
 D("Kế hoạch", "145", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 145-KH/HU")],
[prov("Hà Nội"), com("Ba Vì"), com("Khánh Thượng"), com("Minh Quang")],
["HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "Thời sự / Hà Nội / Xây dựng Đảng", "(HNM)"],
["07/07/2023 06:00", "6 tháng đầu năm 2023", "giai đoạn 2021 - 2025", "năm 2022", "6 tháng cuối năm"]))

PAGES.append(page("b6622-bacgiang-sondong-doithoai-2023", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội
Thứ Ba, 03/10/2023, 14:05
Sơn Động: Chủ tịch UBND huyện đối thoại với người dân khu tái định cư
Chủ tịch UBND huyện Sơn Động trả lời ý kiến của người dân.
BGĐT - Ngày 2/10, UBND huyện Sơn Động (Bắc Giang) tổ chức hội nghị đối thoại năm 2023 giữa Chủ tịch UBND huyện với nhân dân về công tác di dời, bố trí dân cư vùng có nguy cơ sạt lở, lũ ống tại xã Vân Sơn và xã Hữu Sản. Đồng chí Hoàng Văn Thiết, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì đối thoại; hơn 120 người dân của 6 thôn tham dự.
Sau đợt mưa lớn tháng 7, tại thôn Nà Ó và thôn Khe Bút, sườn đồi xuất hiện nhiều vết nứt, 19 hộ phải sơ tán khẩn cấp. Huyện đã khảo sát, lựa chọn điểm tái định cư rộng 2,8 ha tại thôn Thác Lười, dự kiến bố trí cho 34 hộ, mỗi lô đất ở rộng 250 m2.
Tại buổi đối thoại, người dân nêu 14 ý kiến. Ông Chu Văn Lìn, thôn Nà Ó, hỏi về thời gian bàn giao đất và mức hỗ trợ làm nhà; bà Đặng Thị Mai, thôn Khe Bút, băn khoăn về việc con em phải chuyển trường khi gia đình đến nơi ở mới. Ông Lăng Văn Cường, Bí thư Chi bộ kiêm Trưởng thôn Thác Lười, đề nghị quan tâm làm đường, điện, nước trước khi người dân chuyển đến để tránh xáo trộn.
Trả lời các ý kiến, đồng chí Hoàng Văn Thiết cho biết dự án được triển khai theo Nghị quyết số 35/NQ-HĐND ngày 14/7/2023 của HĐND huyện với tổng mức đầu tư khoảng 16 tỷ đồng; mỗi hộ được hỗ trợ 40 triệu đồng làm nhà, 5 triệu đồng di chuyển; hộ nghèo, hộ cận nghèo được hỗ trợ thêm 10 triệu đồng. Huyện phấn đấu bàn giao đất trước ngày 31/12/2023. Các cháu học sinh sẽ được bố trí học tại điểm trường gần nhất, không phải đóng thêm bất kỳ khoản nào.
Ông Ninh Văn Khải, Trưởng phòng Tài nguyên và Môi trường huyện, đề nghị các hộ phối hợp kiểm đếm tài sản, đất đai ở nơi cũ để làm cơ sở giải quyết chế độ theo quy định; đất sản xuất ở nơi cũ vẫn thuộc quyền sử dụng của các hộ.
Kết thúc đối thoại, đồng chí Hoàng Văn Thiết đề nghị các phòng, ban, UBND các xã thực hiện nghiêm Nghị định số 04/2015/NĐ-CP ngày 9/1/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước; công khai danh sách, mức hỗ trợ; phát huy vai trò của Mặt trận, đoàn thể, trưởng thôn, người có uy tín trong vận động các hộ sớm di dời. Huyện cũng yêu cầu xã Vân Sơn bố trí cán bộ trực 24/24 giờ tại các điểm nguy cơ trong những ngày mưa lớn.
Năm 2023 là năm thứ ba huyện tổ chức đối thoại chuyên đề về di dân. Theo thống kê, từ năm 2021 đến nay, huyện đã di dời được 87 hộ ra khỏi vùng nguy hiểm.
Nguyễn Thắng
Tin cùng chuyên mục
- Lục Ngạn: Ra quân khắc phục sạt lở taluy đường tỉnh 290 (28/09/2023)
- Hội nghị giao ban công tác dân vận quý III năm 2023 (26/09/2023)
- Yên Thế: Trao 15 nhà đại đoàn kết cho hộ nghèo (20/09/2023)
""", "2023-10-03", "Sơn Động: Chủ tịch UBND huyện đối thoại với người dân khu tái định cư",
E("doi_thoai", "2023", "2023-10-02"),
[P("Hoàng Văn Thiết", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Chu Văn Lìn"),
 P("Đặng Thị Mai"),
 P("Lăng Văn Cường", "Bí thư Chi bộ kiêm Trưởng thôn Thác Lười"),
 P("Ninh Văn Khải", "Trưởng phòng Tài nguyên và Môi trường huyện")],
[Q("hơn 120 người dân", 120, "người dân", "over"), Q("6 thôn", 6, "thôn"), Q("19 hộ", 19, "hộ"), Q("2,8 ha", 2.8, "ha"),
 Q("34 hộ", 34, "hộ"), Q("250 m2", 250, "m2"), Q("14 ý kiến", 14, "ý kiến"), Q("khoảng 16 tỷ đồng", 16000000000, "đồng", "approx"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("87 hộ", 87, "hộ")],
[D("Nghị quyết", "35", "NQ-HĐND", "2023-07-14", "HĐND huyện", "Nghị quyết số 35/NQ-HĐND ngày 14/7/2023"),
 D("Nghị định", "04", "2015/NĐ-CP", "2015-01-09", "Chính phủ", "Nghị định số 04/2015/NĐ-CP ngày 9/1/2015")],
[prov("Bắc Giang"), com("Vân Sơn"), com("Hữu Sản")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội", "BGĐT",
 "Chủ tịch UBND huyện Sơn Động trả lời ý kiến của người dân."],
["Thứ Ba, 03/10/2023, 14:05", "tháng 7", "24/24 giờ", "năm thứ ba", "năm 2021"]))
