from lib import *
PAGES = []

PAGES.append(page("b4913-hanoi-phuong-doithoai-gpmb-2023", """
CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN HOÀNG MAI - HÀ NỘI
Trang chủ :: Tin tức - Sự kiện :: Chính quyền
2023-06-09 16:40
Đồng chí Nguyễn Quang Huy phát biểu tại buổi đối thoại.
Phường Lĩnh Nam đối thoại với 93 hộ dân về bồi thường dự án đường Vành đai 2,5
Chiều 8/6/2023, UBND phường Lĩnh Nam phối hợp với Ban Bồi thường, giải phóng mặt bằng quận Hoàng Mai tổ chức hội nghị đối thoại với các hộ dân có đất bị thu hồi thực hiện dự án đường Vành đai 2,5 năm 2023.
Chủ trì đối thoại có các đồng chí: Nguyễn Quang Huy, Quận ủy viên, Phó Chủ tịch UBND quận; Đỗ Thị Thanh Mai, Bí thư Đảng ủy, Chủ tịch HĐND phường Lĩnh Nam; Lưu Văn Cường, Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Dự có đại diện Ban Dân vận Quận ủy, Ủy ban MTTQ Việt Nam quận, Phòng Tài nguyên và Môi trường và 93 hộ dân.
Theo báo cáo, dự án thu hồi 5,86 ha đất của 214 hộ gia đình, cá nhân trên địa bàn phường. Đến nay đã có 121 hộ nhận tiền bồi thường, hỗ trợ với tổng số tiền khoảng 486 tỷ đồng, bàn giao 3,1 ha mặt bằng; còn 93 hộ chưa nhận tiền, chủ yếu do vướng mắc về nguồn gốc đất nông nghiệp xen kẹt, đất giãn dân từ trước năm 2004.
Tại buổi đối thoại, 17 ý kiến của người dân được nêu. Ông Trần Văn Khánh, tổ dân phố số 12, đề nghị xem xét áp giá đất ở cho 36 m2 đất vườn liền kề; bà Phạm Thị Lụa, tổ dân phố số 9, kiến nghị bố trí căn hộ tái định cư ngay trên địa bàn phường. Cựu chiến binh Ngô Văn Toản đề nghị công khai biên bản kiểm đếm của 214 hộ trên bảng tin khu dân cư.
Trả lời các ý kiến, đồng chí Nguyễn Quang Huy cho biết việc xác định nguồn gốc đất thực hiện theo Nghị định số 47/2014/NĐ-CP của Chính phủ, Quyết định số 10/2017/QĐ-UBND ngày 29/3/2017 của UBND thành phố Hà Nội; các trường hợp đủ điều kiện sẽ được bố trí tái định cư tại khu 3,4 ha phường Yên Sở. Quận sẽ thành lập 2 tổ công tác xác minh nguồn gốc đất, trả lời bằng văn bản cho người dân trong 30 ngày.
Đồng chí Đỗ Thị Thanh Mai đề nghị các chi bộ, tổ dân phố, Ủy ban MTTQ phường và các đoàn thể tiếp tục thực hiện Chỉ thị số 20-CT/QU của Ban Thường vụ Quận ủy về tăng cường lãnh đạo công tác giải phóng mặt bằng và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp. "Mỗi đảng viên trong diện thu hồi phải gương mẫu bàn giao trước", đồng chí nhấn mạnh.
Kết thúc buổi đối thoại, 28 hộ đã ký biên bản đồng thuận nhận tiền; phường đặt mục tiêu bàn giao 100% mặt bằng trước ngày 30/8/2023.
Hà Linh
Lượt xem: 2.341
Tin liên quan
- Hoàng Mai tiếp công dân định kỳ tháng 5/2023 (29/05/2023)
- Phường Yên Sở ra mắt tổ hòa giải kiểu mẫu (18/05/2023)
- Quận ủy Hoàng Mai sơ kết Chỉ thị 20-CT/QU (05/05/2023)
""", "2023-06-09", "Phường Lĩnh Nam đối thoại với 93 hộ dân về bồi thường dự án đường Vành đai 2,5",
E("doi_thoai", "2023", "2023-06-08"),
[P("Nguyễn Quang Huy", "Quận ủy viên", "Phó Chủ tịch UBND quận"),
 P("Đỗ Thị Thanh Mai", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Lĩnh Nam"),
 P("Lưu Văn Cường", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Trần Văn Khánh"), P("Phạm Thị Lụa"), P("Ngô Văn Toản", "Cựu chiến binh")],
[Q("93 hộ dân", 93, "hộ dân"), Q("5,86 ha", 5.86, "ha"), Q("214 hộ gia đình, cá nhân", 214, "hộ gia đình, cá nhân"),
 Q("121 hộ", 121, "hộ"), Q("khoảng 486 tỷ đồng", 486000000000, "đồng", "approx"), Q("3,1 ha", 3.1, "ha"),
 Q("17 ý kiến", 17, "ý kiến"), Q("36 m2", 36, "m2"), Q("3,4 ha", 3.4, "ha"), Q("2 tổ công tác", 2, "tổ công tác"),
 Q("28 hộ", 28, "hộ"), Q("100%", 100, "%")],
[D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 47/2014/NĐ-CP"),
 D("Quyết định", "10", "2017/QĐ-UBND", "2017-03-29", "UBND thành phố Hà Nội", "Quyết định số 10/2017/QĐ-UBND ngày 29/3/2017"),
 D("Chỉ thị", "20", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị số 20-CT/QU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Hà Nội"), com("Lĩnh Nam"), com("Yên Sở")],
["CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN HOÀNG MAI - HÀ NỘI", "Trang chủ :: Tin tức - Sự kiện :: Chính quyền",
 "Đồng chí Nguyễn Quang Huy phát biểu tại buổi đối thoại.", "Lượt xem: 2.341", "Vành đai 2,5"],
["2023-06-09 16:40", "năm 2023", "năm 2004", "tổ dân phố số 12", "tổ dân phố số 9", "30 ngày", "Vành đai 2,5", "Lượt xem: 2.341"]))

PAGES.append(page("b4914-soctrang-mttq-giamsat-boithuong-2023", """
Báo Sóc Trăng Online
Thời sự › Mặt trận - Đoàn thể
30 tháng 8, 2023 | 17:45
Giám sát việc bồi thường, hỗ trợ tái định cư dự án cao tốc Cần Thơ - Cà Mau
Ngày 29/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng do đồng chí Lâm Thị Sa Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát chuyên đề việc thực hiện chính sách bồi thường, hỗ trợ, tái định cư dự án đường bộ cao tốc Cần Thơ - Cà Mau đoạn qua huyện Châu Thành năm 2023.
Đoàn giám sát làm việc tại UBND huyện Châu Thành.
Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Thạch Thị Sô Phi, Trần Minh Luân; đại diện Ban Dân vận Tỉnh ủy, Hội Nông dân tỉnh và Sở Tài nguyên và Môi trường. Tiếp đoàn có đồng chí Kim Thanh Hùng, HUV, Phó Chủ tịch UBND huyện Châu Thành.
Theo báo cáo, dự án đi qua 4 xã Thuận Hòa, Phú Tân, An Hiệp, An Ninh, thu hồi 126,4 ha đất của 842 hộ, trong đó có 218 hộ đồng bào Khmer. Huyện đã phê duyệt 27 phương án bồi thường với tổng kinh phí hơn 610 tỷ đồng; đã chi trả cho 803 hộ, đạt 95,4%; bàn giao 124,9 ha mặt bằng. Huyện bố trí 2 khu tái định cư với 156 nền, đến nay 63 hộ đã nhận nền.
Qua giám sát, đoàn ghi nhận 39 hộ còn kiến nghị về đơn giá bồi thường cây ăn trái, đất ao; 5 hộ chưa đồng ý vị trí nền tái định cư. UBND huyện đã tiếp 214 lượt công dân, tổ chức 11 buổi đối thoại; Ủy ban MTTQ các xã tham gia 100% các buổi kiểm đếm.
Ông Sơn Ngọc Thạch, Trưởng Ban công tác Mặt trận ấp Phước Hòa, xã Thuận Hòa, cho biết nhờ 3 vị sư trụ trì các chùa Khmer cùng đi vận động nên bà con đồng thuận tháo dỡ nhà sớm. Đại đức Danh Sóc Sa Ri, trụ trì chùa Bưng Cốc, đề nghị hỗ trợ di dời 2 tháp cốt và cổng chùa nằm trong phạm vi dự án.
Kết luận giám sát, đồng chí Lâm Thị Sa Phương đề nghị UBND huyện thực hiện đúng Luật Đất đai năm 2013, Nghị quyết số 58/2021/QH15 của Quốc hội về chủ trương đầu tư dự án, Quyết định số 32/2022/QĐ-UBND của UBND tỉnh về bảng giá đất và Hướng dẫn 27, 28-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; sớm hoàn thiện hạ tầng khu tái định cư, hỗ trợ đào tạo nghề cho khoảng 320 lao động mất đất. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh trước ngày 15/9/2023.
Thạch Thanh Long, Chủ tịch Ủy ban MTTQ xã An Hiệp, cho biết xã đã thành lập 1 tổ giám sát cộng đồng gồm 7 thành viên, phát hiện và kiến nghị điều chỉnh 9 hồ sơ kiểm đếm sai diện tích.
Kim Ngân
Tin liên quan
- Châu Thành: 842 hộ vùng dự án cao tốc được tuyên truyền chính sách (12/08/2023)
- Ủy ban MTTQ tỉnh tổ chức hội nghị phản biện bảng giá đất (01/08/2023)
- Kế Sách đối thoại với nông dân (20/07/2023)
""", "2023-08-30", "Giám sát việc bồi thường, hỗ trợ tái định cư dự án cao tốc Cần Thơ - Cà Mau",
E("giam_sat", "2023", "2023-08-29"),
[P("Lâm Thị Sa Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sô Phi", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Minh Luân", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Thanh Hùng", "HUV", "Phó Chủ tịch UBND huyện Châu Thành"),
 P("Sơn Ngọc Thạch", "Trưởng Ban công tác Mặt trận ấp Phước Hòa"),
 P("Danh Sóc Sa Ri", "Đại đức", "trụ trì chùa Bưng Cốc"),
 P("Thạch Thanh Long", "Chủ tịch Ủy ban MTTQ xã An Hiệp")],
[Q("4 xã", 4, "xã"), Q("126,4 ha", 126.4, "ha"), Q("842 hộ", 842, "hộ"), Q("218 hộ đồng bào Khmer", 218, "hộ đồng bào Khmer"),
 Q("27 phương án bồi thường", 27, "phương án bồi thường"), Q("hơn 610 tỷ đồng", 610000000000, "đồng", "over"),
 Q("803 hộ", 803, "hộ"), Q("95,4%", 95.4, "%"), Q("124,9 ha", 124.9, "ha"), Q("2 khu tái định cư", 2, "khu tái định cư"),
 Q("156 nền", 156, "nền"), Q("63 hộ", 63, "hộ"), Q("39 hộ", 39, "hộ"), Q("5 hộ", 5, "hộ"), Q("214 lượt công dân", 214, "lượt công dân"),
 Q("11 buổi đối thoại", 11, "buổi đối thoại"), Q("100%", 100, "%"), Q("3 vị sư trụ trì", 3, "vị sư trụ trì"),
 Q("2 tháp cốt", 2, "tháp cốt"), Q("khoảng 320 lao động", 320, "lao động", "approx"), Q("7 thành viên", 7, "thành viên"),
 Q("9 hồ sơ kiểm đếm", 9, "hồ sơ kiểm đếm")],
[D("Nghị quyết", "58", "2021/QH15", None, "Quốc hội", "Nghị quyết số 58/2021/QH15"),
 D("Quyết định", "32", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 32/2022/QĐ-UBND"),
 D("Hướng dẫn", "27", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 27, 28-HD/MTTQ-BTT"),
 D("Hướng dẫn", "28", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 27, 28-HD/MTTQ-BTT")],
[prov("Sóc Trăng"), com("Thuận Hòa"), com("Phú Tân"), com("An Hiệp"), com("An Ninh")],
["Báo Sóc Trăng Online", "Thời sự › Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại UBND huyện Châu Thành.",
 "Luật Đất đai năm 2013", "chùa Bưng Cốc"],
["30 tháng 8, 2023 | 17:45", "năm 2023", "1 tổ giám sát cộng đồng"]))

PAGES.append(page("b4915-binhthuan-huyen-tongket-danvan-gpmb-2024", """
HUYỆN ỦY HÀM THUẬN NAM - TỈNH BÌNH THUẬN
Trang chủ - Tin tức - Công tác dân vận
Thứ Sáu, 27/12/2024 - 15:30
Ban Dân vận Huyện ủy Hàm Thuận Nam tổng kết năm 2024: vận động 100% hộ bàn giao mặt bằng cao tốc
Ngày 26/12/2024, Ban Dân vận Huyện ủy Hàm Thuận Nam tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Nguyễn Thị Kim Yến, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì. Dự có đồng chí Mang Văn Thới, Phó Bí thư Thường trực Huyện ủy; đồng chí Võ Văn Phong, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Mang Văn Thới phát biểu chỉ đạo hội nghị. Ảnh: Quốc Cường
Báo cáo cho biết, năm 2024, khối dân vận huyện đã phối hợp vận động 100% trong số 1.126 hộ dân bàn giao mặt bằng dự án cao tốc Vĩnh Hảo - Phan Thiết và Phan Thiết - Dầu Giây đoạn qua huyện Hàm Thuận Nam, tỉnh Bình Thuận; vận động 48 hộ đồng bào Raglai, Chăm ở xã Hàm Cần và xã Mương Mán di dời khỏi hành lang tuyến. Tổng kinh phí bồi thường đã chi trả hơn 312 tỷ đồng.
Thực hiện Chỉ thị số 41, 42-CT/HU của Ban Thường vụ Huyện ủy, các xã, thị trấn đã tổ chức 64 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; tiếp 538 lượt công dân, giải quyết 97/104 đơn thư thuộc thẩm quyền, đạt 93,3%. Phong trào thi đua "Dân vận khéo" có 36 mô hình cấp huyện, 112 mô hình cấp xã; nhân dân hiến 18.700 m2 đất mở đường nông thôn.
Tại hội nghị, đồng chí Bố Thị Xuân Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã Hàm Cần, chia sẻ cách vận động chị em dân tộc Raglai. Ông Thông Văn Đấu, người có uy tín thôn 4, xã Mương Mán, cho rằng nhờ cán bộ nói tiếng Chăm nên bà con hiểu chính sách, không có hộ nào bị cưỡng chế.
Phát biểu chỉ đạo, đồng chí Mang Văn Thới đề nghị năm 2025 thực hiện tốt Luật Đất đai năm 2024, Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ về bồi thường, hỗ trợ, tái định cư, Kết luận số 08-KL/TU của Ban Thường vụ Tỉnh ủy; chủ động nắm tình hình tư tưởng của cán bộ, đảng viên trước yêu cầu sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII.
Đồng chí Võ Văn Phong ghi nhận kết quả của huyện, đề nghị nhân rộng cách làm "3 cùng" với đồng bào; phấn đấu năm 2025 có ít nhất 40 mô hình "Dân vận khéo" cấp huyện.
Dịp này, Ban Dân vận Huyện ủy trao giấy khen cho 9 tập thể, 16 cá nhân tiêu biểu, mỗi tập thể được thưởng 1,2 triệu đồng.
Quốc Cường
Lượt xem: 1.087
Tin liên quan
- Hàm Thuận Nam: hội nghị người có uy tín năm 2024 (12/12/2024)
- Xã Hàm Cần ra mắt mô hình "Dân vận khéo" (28/11/2024)
- Đối thoại với hộ dân vùng dự án cao tốc (14/11/2024)
""", "2024-12-27", "Ban Dân vận Huyện ủy Hàm Thuận Nam tổng kết năm 2024: vận động 100% hộ bàn giao mặt bằng cao tốc",
E("tong_ket", "2024", "2024-12-26"),
[P("Nguyễn Thị Kim Yến", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Mang Văn Thới", "Phó Bí thư Thường trực Huyện ủy"),
 P("Võ Văn Phong", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bố Thị Xuân Lan", "Chủ tịch Hội Liên hiệp Phụ nữ xã Hàm Cần"),
 P("Thông Văn Đấu", "người có uy tín thôn 4")],
[Q("100%", 100, "%"), Q("1.126 hộ dân", 1126, "hộ dân"), Q("48 hộ đồng bào Raglai, Chăm", 48, "hộ đồng bào Raglai, Chăm"),
 Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"), Q("64 cuộc đối thoại", 64, "cuộc đối thoại"),
 Q("538 lượt công dân", 538, "lượt công dân"), Q("97/104 đơn thư", 97, "đơn thư"), Q("93,3%", 93.3, "%"),
 Q("36 mô hình cấp huyện", 36, "mô hình cấp huyện"), Q("112 mô hình cấp xã", 112, "mô hình cấp xã"),
 Q("18.700 m2", 18700, "m2"), Q("ít nhất 40 mô hình", 40, "mô hình", "over"), Q("9 tập thể", 9, "tập thể"),
 Q("16 cá nhân tiêu biểu", 16, "cá nhân tiêu biểu"), Q("1,2 triệu đồng", 1200000, "đồng")],
[D("Chỉ thị", "41", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 41, 42-CT/HU"),
 D("Chỉ thị", "42", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 41, 42-CT/HU"),
 D("Nghị định", "88", "2024/NĐ-CP", "2024-07-15", "Chính phủ", "Nghị định số 88/2024/NĐ-CP ngày 15/7/2024"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 08-KL/TU"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017")],
[prov("Bình Thuận"), com("Hàm Cần"), com("Mương Mán")],
["HUYỆN ỦY HÀM THUẬN NAM - TỈNH BÌNH THUẬN", "Trang chủ - Tin tức - Công tác dân vận",
 "Đồng chí Mang Văn Thới phát biểu chỉ đạo hội nghị. Ảnh: Quốc Cường", "Dân vận khéo", "Luật Đất đai năm 2024", "Lượt xem: 1.087"],
["Thứ Sáu, 27/12/2024 - 15:30", "năm 2024", "năm 2025", "3 cùng", "khóa XII", "thôn 4", "Lượt xem: 1.087"]))

PAGES.append(page("b4916-thainguyen-bdv-soket-6thang-2024", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Chính trị » Xây dựng Đảng » Dân vận
21.07.2024 | 16:05
Ảnh: Quang cảnh hội nghị.
Khối dân vận tỉnh: Giải quyết dứt điểm nhiều vụ khiếu kiện đất đai kéo dài
Ngày 19/7, Ban Dân vận Tỉnh ủy Thái Nguyên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Hà Thị Bích Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, khối dân vận các cấp tập trung vận động nhân dân thực hiện các dự án đường vành đai V vùng Thủ đô, khu công nghiệp Yên Bình và khu đô thị Tích Lương. Đã có 2.318 hộ bàn giao 214,5 ha mặt bằng; kinh phí chi trả bồi thường, hỗ trợ khoảng 1.650 tỷ đồng. Thực hiện Kế hoạch số 212-KH/TU ngày 18/1/2024 của Tỉnh ủy, các cấp đã rà soát 53 vụ việc khiếu nại, tố cáo phức tạp, kéo dài, giải quyết dứt điểm 41 vụ việc, đạt 77,4%.
Lãnh đạo tỉnh đã tiếp công dân định kỳ 6 buổi, tiếp 187 lượt người; người đứng đầu cấp ủy các huyện, thành phố tổ chức 126 buổi tiếp dân và đối thoại. Mặt trận và các đoàn thể tham gia giám sát 38 phương án bồi thường, phản biện 2 dự thảo quy định về giá đất.
Tại hội nghị, đồng chí Ma Văn Tiến, HUV, Trưởng Ban Dân vận Huyện ủy Võ Nhai, nêu cách làm huy động những người có uy tín trong đồng bào Tày, Nùng, Dao vận động bà con. Đồng chí Dương Thị Hằng, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Phổ Yên, cho biết 7 vụ việc khiếu kiện đông người ở phường Hồng Tiến và phường Đồng Tiến đã được giải quyết nhờ kiên trì đối thoại 14 lần. Bà Hoàng Thị Mùi, Bí thư Chi bộ xóm Na Hoàng, xã Phú Thượng, kể: "Họp chi bộ xong là đến nhà từng hộ, có nhà đi đến 9 lần".
Phát biểu kết luận, đồng chí Hà Thị Bích Ngọc đề nghị 6 tháng cuối năm tiếp tục thực hiện Quy định 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên, Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị và Luật Thực hiện dân chủ ở cơ sở; tham mưu sơ kết Chỉ thị 13, 14-CT/TU của Ban Thường vụ Tỉnh ủy về công tác giải phóng mặt bằng; không để phát sinh "điểm nóng".
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lưu Thị Hòa, Đào Xuân Thành được phân công trực tiếp theo dõi 12 dự án trọng điểm; phấn đấu cuối năm 2024 giải quyết trên 90% số vụ việc tồn đọng.
Minh Hằng
Lượt xem: 934
Tin liên quan
- Phổ Yên đối thoại với người dân vùng dự án khu đô thị (10/07/2024)
- Võ Nhai: phát huy vai trò người có uy tín (03/07/2024)
- Đồng Hỷ tập huấn nghiệp vụ tiếp công dân cho cán bộ cơ sở (26/06/2024)
""", "2024-07-21", "Khối dân vận tỉnh: Giải quyết dứt điểm nhiều vụ khiếu kiện đất đai kéo dài",
E("so_ket", "2024-H1", "2024-07-19"),
[P("Hà Thị Bích Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ma Văn Tiến", "HUV", "Trưởng Ban Dân vận Huyện ủy Võ Nhai"),
 P("Dương Thị Hằng", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Phổ Yên"),
 P("Hoàng Thị Mùi", "Bí thư Chi bộ xóm Na Hoàng"),
 P("Lưu Thị Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Đào Xuân Thành", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2.318 hộ", 2318, "hộ"), Q("214,5 ha", 214.5, "ha"), Q("khoảng 1.650 tỷ đồng", 1650000000000, "đồng", "approx"),
 Q("53 vụ việc khiếu nại, tố cáo phức tạp", 53, "vụ việc khiếu nại, tố cáo phức tạp"), Q("41 vụ việc", 41, "vụ việc"),
 Q("77,4%", 77.4, "%"), Q("6 buổi", 6, "buổi"), Q("187 lượt người", 187, "lượt người"), Q("126 buổi tiếp dân", 126, "buổi tiếp dân"),
 Q("38 phương án bồi thường", 38, "phương án bồi thường"), Q("2 dự thảo quy định", 2, "dự thảo quy định"),
 Q("7 vụ việc khiếu kiện đông người", 7, "vụ việc khiếu kiện đông người"), Q("12 dự án trọng điểm", 12, "dự án trọng điểm"),
 Q("trên 90%", 90, "%", "over")],
[D("Kế hoạch", "212", "KH/TU", "2024-01-18", "Tỉnh ủy", "Kế hoạch số 212-KH/TU ngày 18/1/2024"),
 D("Quy định", "144", "QĐ/TW", "2024-05-09", "Bộ Chính trị", "Quy định 144-QĐ/TW ngày 9/5/2024"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 13, 14-CT/TU"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 13, 14-CT/TU")],
[prov("Thái Nguyên"), com("Hồng Tiến"), com("Đồng Tiến"), com("Phú Thượng")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Chính trị » Xây dựng Đảng » Dân vận", "Ảnh: Quang cảnh hội nghị.", "Luật Thực hiện dân chủ ở cơ sở",
 "điểm nóng", "Lượt xem: 934"],
["21.07.2024 | 16:05", "6 tháng đầu năm", "6 tháng cuối năm 2024", "14 lần", "9 lần", "cuối năm 2024", "Lượt xem: 934"]))

PAGES.append(page("b4917-dongnai-mttq-hoinghi-gpmb-2025", """
Báo và Phát thanh, Truyền hình Đồng Nai
Thời sự | Chính trị | Mặt trận
Thứ Sáu, 29/08/2025, 08:05
Phát huy vai trò Mặt trận trong giải phóng mặt bằng cao tốc Gia Nghĩa - Chơn Thành
Ngày 28/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị chuyên đề "Phát huy vai trò Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm" năm 2025. Đây là hội nghị chuyên đề đầu tiên sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước.
Đồng chí Điểu Thị Ngọc Bích phát biểu tại hội nghị.
Dự hội nghị có các đồng chí: Trần Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Phan Thanh Hà, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; Điểu Thị Ngọc Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, cùng 248 đại biểu tại điểm cầu tỉnh và 95 điểm cầu xã, phường.
Báo cáo cho biết, đến ngày 20/8/2025, các dự án cao tốc Gia Nghĩa - Chơn Thành, Biên Hòa - Vũng Tàu và Cảng hàng không quốc tế Long Thành đã thu hồi đất của 7.964 hộ; đã có 7.512 hộ nhận tiền, đạt 94,3%, tổng kinh phí hơn 9.400 tỷ đồng. Mặt trận các cấp đã tham gia 1.130 cuộc kiểm đếm, 286 buổi đối thoại với 6.420 lượt người dân; tiếp nhận 412 kiến nghị, đã chuyển cơ quan chức năng giải quyết 376 kiến nghị.
Tại xã Minh Hưng và phường Chơn Thành (khu vực Bình Phước cũ), 217 hộ đồng bào S'tiêng, Khmer đã bàn giao 86 ha đất. Ông Điểu Lâm, người có uy tín sóc Bom Bo, xã Minh Hưng, cho biết Mặt trận xã đã mời 6 già làng cùng đi vận động; bà Thị Nhung, Trưởng Ban công tác Mặt trận ấp 5, phường Chơn Thành, nói: "Nói tiếng S'tiêng thì bà con nghe, hiểu, rồi bàn giao đất".
Ở xã Bình An và xã Phước Thái (khu vực Đồng Nai cũ), theo đồng chí Lê Minh Trí, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Thái, còn 38 hộ chưa nhận tiền vì vướng đơn giá đất ở theo Nghị quyết số 02/2025/NQ-HĐND của HĐND tỉnh và chưa có nền tái định cư.
Phát biểu tại hội nghị, đồng chí Trần Văn Khải đề nghị Mặt trận các cấp bám sát Kết luận 120, 121-KL/TW của Bộ Chính trị, Ban Bí thư và Kế hoạch số 03-KH/TU ngày 15/7/2025 của Ban Thường vụ Tỉnh ủy về công tác dân vận sau sắp xếp đơn vị hành chính; thực hiện Nghị định số 88/2024/NĐ-CP của Chính phủ, công khai phương án bồi thường tại ít nhất 3 địa điểm trong mỗi xã. Hội nghị thống nhất phấn đấu đến ngày 31/12/2025 bàn giao 100% mặt bằng, mỗi hộ tái định cư được hỗ trợ ổn định đời sống tối đa 60 triệu đồng.
Hoàng Lộc
Tin liên quan
- Xã Bình An đối thoại với 120 hộ dân vùng dự án (20/08/2025)
- Ủy ban MTTQ tỉnh ra mắt Ban Thường trực sau hợp nhất (02/07/2025)
- Đồng Nai công bố quyết định sáp nhập các xã, phường (30/06/2025)
""", "2025-08-29", "Phát huy vai trò Mặt trận trong giải phóng mặt bằng cao tốc Gia Nghĩa - Chơn Thành",
E("hoi_nghi", "2025", "2025-08-28"),
[P("Trần Văn Khải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phan Thanh Hà", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Ngọc Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Điểu Lâm", "người có uy tín sóc Bom Bo"),
 P("Thị Nhung", "Trưởng Ban công tác Mặt trận ấp 5"),
 P("Lê Minh Trí", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Thái")],
[Q("248 đại biểu", 248, "đại biểu"), Q("95 điểm cầu xã, phường", 95, "điểm cầu xã, phường"), Q("7.964 hộ", 7964, "hộ"),
 Q("7.512 hộ", 7512, "hộ"), Q("94,3%", 94.3, "%"), Q("hơn 9.400 tỷ đồng", 9400000000000, "đồng", "over"),
 Q("1.130 cuộc kiểm đếm", 1130, "cuộc kiểm đếm"), Q("286 buổi đối thoại", 286, "buổi đối thoại"),
 Q("6.420 lượt người dân", 6420, "lượt người dân"), Q("412 kiến nghị", 412, "kiến nghị"), Q("376 kiến nghị", 376, "kiến nghị"),
 Q("217 hộ đồng bào S'tiêng, Khmer", 217, "hộ đồng bào S'tiêng, Khmer"), Q("86 ha", 86, "ha"), Q("6 già làng", 6, "già làng"),
 Q("38 hộ", 38, "hộ"), Q("ít nhất 3 địa điểm", 3, "địa điểm", "over"), Q("100%", 100, "%"), Q("tối đa 60 triệu đồng", 60000000, "đồng")],
[D("Nghị quyết", "02", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 02/2025/NQ-HĐND"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 120, 121-KL/TW"),
 D("Kết luận", "121", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 120, 121-KL/TW"),
 D("Kế hoạch", "03", "KH/TU", "2025-07-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 03-KH/TU ngày 15/7/2025"),
 D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2024/NĐ-CP")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Minh Hưng"), com("Chơn Thành"), com("Bình An"), com("Phước Thái")],
["Báo và Phát thanh, Truyền hình Đồng Nai", "Thời sự | Chính trị | Mặt trận", "Đồng chí Điểu Thị Ngọc Bích phát biểu tại hội nghị.",
 "Phát huy vai trò Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm",
 "Cảng hàng không quốc tế Long Thành"],
["Thứ Sáu, 29/08/2025, 08:05", "năm 2025", "ấp 5"]))

PAGES.append(page("b4918-tuyenquang-taphuan-tiepcongdan-xa-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Tin tức > Chính trị > Tuyên giáo - Dân vận
Ngày 16/10/2025 | 09:15
Ảnh: Các học viên tại lớp tập huấn.
Bồi dưỡng kỹ năng tiếp công dân, hòa giải tranh chấp đất đai cho cán bộ xã sau sắp xếp
Trong 3 ngày, từ 13 đến 15/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang phối hợp với Thanh tra tỉnh và Sở Nông nghiệp và Môi trường tổ chức lớp tập huấn nghiệp vụ tiếp công dân, giải quyết khiếu nại và hòa giải tranh chấp đất đai năm 2025 cho 312 học viên là cán bộ, công chức của 124 xã, phường trên địa bàn tỉnh.
Phát biểu khai giảng, đồng chí Vàng Thị Mai, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết: sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, chính quyền địa phương hai cấp vận hành từ ngày 1/7/2025, cấp xã trực tiếp tiếp nhận phần lớn đơn thư về đất đai. Ba tháng qua, các xã đã tiếp 2.146 lượt công dân, tiếp nhận 687 đơn thư, trong đó khoảng 65% liên quan tranh chấp đất rừng, đất nương, ranh giới giữa các thôn.
Các báo cáo viên gồm: ông Nguyễn Hữu Đạt, Phó Chánh Thanh tra tỉnh; bà Lục Thị Hiền, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Sùng Mí Chá, Phó Giám đốc Sở Dân tộc và Tôn giáo. Học viên được nghiên cứu Luật Đất đai năm 2024, Luật Tiếp công dân, Nghị định số 102/2024/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai, Quyết định số 1086/QĐ-UBND ngày 25/7/2025 của UBND tỉnh về quy trình tiếp công dân cấp xã.
Ông Nguyễn Hữu Đạt dẫn chứng, năm 2024 toàn tỉnh có 128 vụ tranh chấp đất rừng giữa các hộ đồng bào Mông, Dao, Tày; trong đó 102 vụ việc được hòa giải thành ở thôn, bản. Tại xã Lũng Cú và xã Mèo Vạc, 100% vụ việc có sự tham gia của trưởng dòng họ và người có uy tín.
Học viên Giàng Thị Sểnh, công chức Văn phòng - Thống kê xã Lũng Cú, chia sẻ: nhiều bà con người Mông không biết chữ, cán bộ phải ghi lại đơn và đọc cho dân nghe. Ông Triệu Tài Vàng, Phó Chủ tịch UBND xã Yên Thành, đề nghị tỉnh bố trí thêm ít nhất 1 công chức địa chính cho các xã vùng cao sau sắp xếp.
Bế giảng lớp tập huấn, đồng chí Vàng Thị Mai đề nghị học viên thực hiện Kế hoạch số 08-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy và Hướng dẫn 02, 03-HD/BTGDVTU về công tác dân vận chính quyền cấp xã; mỗi xã duy trì tiếp công dân ít nhất 2 ngày mỗi tuần. Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn; tổng kinh phí lớp học khoảng 210 triệu đồng.
Thu Phương
Tin liên quan
- Xã Mèo Vạc đối thoại với nhân dân về tranh chấp đất nương (08/10/2025)
- Tuyên Quang: hội nghị người có uy tín sau hợp nhất (25/09/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý III (05/10/2025)
""", "2025-10-16", "Bồi dưỡng kỹ năng tiếp công dân, hòa giải tranh chấp đất đai cho cán bộ xã sau sắp xếp",
E("tap_huan", "2025", "2025-10-13"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Đạt", "Phó Chánh Thanh tra tỉnh"),
 P("Lục Thị Hiền", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Chá", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Giàng Thị Sểnh", "công chức Văn phòng - Thống kê xã Lũng Cú"),
 P("Triệu Tài Vàng", "Phó Chủ tịch UBND xã Yên Thành")],
[Q("312 học viên", 312, "học viên"), Q("124 xã, phường", 124, "xã, phường"), Q("2.146 lượt công dân", 2146, "lượt công dân"),
 Q("687 đơn thư", 687, "đơn thư"), Q("khoảng 65%", 65, "%", "approx"), Q("128 vụ tranh chấp đất rừng", 128, "vụ tranh chấp đất rừng"),
 Q("102 vụ việc", 102, "vụ việc"), Q("100%", 100, "%"), Q("150.000 đồng/ngày", 150000, "đồng"),
 Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx")],
[D("Nghị định", "102", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 102/2024/NĐ-CP"),
 D("Quyết định", "1086", "QĐ-UBND", "2025-07-25", "UBND tỉnh", "Quyết định số 1086/QĐ-UBND ngày 25/7/2025"),
 D("Kế hoạch", "08", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 08-KH/BTGDVTU"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", None, None, "Hướng dẫn 02, 03-HD/BTGDVTU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn 02, 03-HD/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc"), com("Yên Thành")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Tin tức > Chính trị > Tuyên giáo - Dân vận", "Ảnh: Các học viên tại lớp tập huấn.",
 "Luật Đất đai năm 2024", "Luật Tiếp công dân"],
["Ngày 16/10/2025 | 09:15", "3 ngày", "năm 2025", "năm 2024", "Ba tháng", "ít nhất 1 công chức", "2 ngày"]))
