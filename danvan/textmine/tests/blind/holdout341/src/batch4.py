from lib import *
PAGES = []

PAGES.append(page("b8159-travinh-bdv-hoinghi-2024", """
BAN DÂN VẬN TỈNH ỦY TRÀ VINH
Trang chủ >> Tin tức - Sự kiện >> Công tác dân tộc, tôn giáo
31/05/2024 06:00
Phát huy vai trò người có uy tín, chức sắc trong vận động ngư dân chống khai thác IUU
Ngày 29/5/2024, tại thị xã Duyên Hải, Ban Dân vận Tỉnh ủy phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tuyên truyền, vận động người có uy tín, chức sắc tôn giáo vùng ven biển tham gia chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) năm 2024. Dự hội nghị có 135 đại biểu là người có uy tín, sư sãi, Achar các chùa Phật giáo Nam tông Khmer và cán bộ các xã ven biển.
Các đại biểu dự hội nghị. Ảnh: Sơn Trung
Chủ trì hội nghị có đồng chí Kim Thị Sa Ry, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; Đại tá Trần Ngọc Sang, Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Tại hội nghị, đại diện Sở Nông nghiệp và Phát triển nông thôn quán triệt Chỉ thị số 34-CT/TW ngày 12/4/2024 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác chống khai thác IUU và phát triển bền vững ngành thủy sản, cùng Nghị định số 41/2024/NĐ-CP của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực thủy sản, trong đó mức phạt tối đa đối với tàu cá khai thác trái phép ở vùng biển nước ngoài lên tới 1 tỷ đồng với cá nhân.
Trà Vinh hiện có 1.064 tàu cá, trong đó 254 tàu từ 15 mét trở lên; 100% tàu thuộc diện bắt buộc đã lắp thiết bị giám sát hành trình. Từ năm 2019 đến nay, tỉnh không có tàu cá vi phạm vùng biển nước ngoài bị bắt giữ, nhưng vẫn còn khoảng 300 lao động là người Khmer đi làm thuê trên tàu cá của các tỉnh khác, có nguy cơ bị lôi kéo vi phạm.
Phát biểu tại hội nghị, Hòa thượng Thạch Sô Phênh, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Giồng Giếng, cho biết nhà chùa sẽ lồng ghép tuyên truyền vào các buổi thuyết pháp dịp lễ Sene Đolta, Ok Om Bok. Ông Kiên Văn Thành, người có uy tín ấp Cồn Trứng, xã Trường Long Hòa, chia sẻ đã vận động 7 thanh niên trong ấp không đi làm trên tàu không rõ giấy tờ. Bà Thạch Thị Sa Phal, Chủ tịch Hội Liên hiệp Phụ nữ xã Đông Hải, đề nghị có tài liệu tuyên truyền bằng tiếng Khmer.
Đồng chí Kim Thị Sa Ry đề nghị các đại biểu tiếp tục là cầu nối giữa cấp ủy, chính quyền với đồng bào; mỗi người có uy tín nhận vận động từ 5 hộ trở lên có lao động nghề biển. Thực hiện Kế hoạch số 147-KH/BDVTU của Ban Dân vận Tỉnh ủy, năm 2024 sẽ tổ chức thêm 4 hội nghị tương tự tại các huyện Cầu Ngang, Trà Cú.
Dịp này, Ban tổ chức tặng 135 phần quà, mỗi phần trị giá 300.000 đồng, cho các đại biểu dự hội nghị.
Sơn Trung
Tin liên quan
- Duyên Hải: ra mắt tổ tự quản bến cá xã Long Vĩnh (22/05/2024)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận tháng 4 (06/05/2024)
- Họp mặt người có uy tín trong đồng bào Khmer (26/04/2024)
""", "2024-05-31", "Phát huy vai trò người có uy tín, chức sắc trong vận động ngư dân chống khai thác IUU",
E("hoi_nghi", "2024", "2024-05-29"),
[P("Kim Thị Sa Ry", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trần Ngọc Sang", "Đại tá", "Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Thạch Sô Phênh", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Giồng Giếng"),
 P("Kiên Văn Thành", "người có uy tín ấp Cồn Trứng"),
 P("Thạch Thị Sa Phal", "Chủ tịch Hội Liên hiệp Phụ nữ xã Đông Hải")],
[Q("135 đại biểu", 135, "đại biểu"), Q("1 tỷ đồng", 1000000000, "đồng"), Q("1.064 tàu cá", 1064, "tàu cá"), Q("254 tàu", 254, "tàu"),
 Q("15 mét", 15, "mét", "over"), Q("100%", 100, "%"), Q("khoảng 300 lao động", 300, "lao động", "approx"),
 Q("7 thanh niên", 7, "thanh niên"), Q("5 hộ", 5, "hộ", "over"), Q("4 hội nghị", 4, "hội nghị"),
 Q("135 phần quà", 135, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Chỉ thị", "34", "CT/TW", "2024-04-12", "Ban Bí thư", "Chỉ thị số 34-CT/TW ngày 12/4/2024"),
 D("Nghị định", "41", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 41/2024/NĐ-CP"),
 D("Kế hoạch", "147", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 147-KH/BDVTU")],
[prov("Trà Vinh"), com("Trường Long Hòa"), com("Đông Hải")],
["BAN DÂN VẬN TỈNH ỦY TRÀ VINH", "Trang chủ >> Tin tức - Sự kiện >> Công tác dân tộc, tôn giáo", "Các đại biểu dự hội nghị. Ảnh: Sơn Trung",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Sene Đolta", "Ok Om Bok", "Phật giáo Nam tông Khmer"],
["31/05/2024 06:00", "năm 2024", "Từ năm 2019"]))

PAGES.append(page("b8160-kiengiang-mttq-giamsat-2024", """
BÁO KIÊN GIANG ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 15/11/2024
Ủy ban MTTQ tỉnh giám sát công tác chống khai thác IUU tại Kiên Hải
(BKG) - Ngày 13/11, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Kiên Giang do ông Danh Sol, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc thực hiện các quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) tại huyện Kiên Hải, theo Chương trình giám sát năm 2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Ông Danh Sol phát biểu tại buổi giám sát. Ảnh: Thanh Tuấn
Tham gia đoàn có đại diện Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh và Sở Nông nghiệp và Phát triển nông thôn. Tiếp đoàn có ông Nguyễn Văn Hải, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Kiên Hải.
Theo báo cáo, huyện có 571 tàu cá, trong đó 163 tàu dài từ 15 mét trở lên đều đã lắp thiết bị giám sát hành trình. Từ đầu năm đến nay, huyện đã tổ chức 57 cuộc tuyên truyền với 2.840 lượt người dự; ký cam kết với 571 chủ tàu; phát hiện 12 tàu mất kết nối trên 6 giờ, xử phạt 4 trường hợp với số tiền 285 triệu đồng. Không có tàu cá nào của huyện bị nước ngoài bắt giữ. Ngư dân trên các đảo đã quen với việc khai báo khi xuất, nhập bến và chủ động báo vị trí khi thiết bị gặp sự cố.
Qua giám sát thực tế tại xã Hòn Tre, xã Lại Sơn và xã Nam Du, đoàn ghi nhận việc thực hiện Chỉ thị số 41-CT/TU ngày 6/5/2024 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 203/KH-UBND, 204/KH-UBND của UBND tỉnh đã có chuyển biến; tuy nhiên còn 18 tàu chưa cập nhật dữ liệu lên hệ thống cơ sở dữ liệu nghề cá quốc gia (VNFishbase), việc ghi nhật ký điện tử mới đạt khoảng 65%.
Ông Huỳnh Văn Ri, Chủ tịch Ủy ban MTTQ Việt Nam xã Nam Du, cho biết Mặt trận xã đã phân công 14 thành viên Ban Công tác Mặt trận ấp theo dõi từng tàu; ông Danh Hoàng Sơn, Trưởng ấp Bãi Nam, kiến nghị tỉnh sớm đầu tư bến neo đậu tránh trú bão cho tàu cá tại đảo. Bà Lê Thị Kiều, Chủ tịch Hội Liên hiệp Phụ nữ huyện Kiên Hải, cho biết hội đã vận động 326 hội viên có chồng, con đi biển cam kết "3 không" với khai thác IUU.
Kết luận buổi giám sát, ông Danh Sol đề nghị huyện xử lý dứt điểm tàu chưa cập nhật dữ liệu trước ngày 30/11/2024, xử lý nghiêm chủ tàu để mất kết nối; phát huy vai trò giám sát của nhân dân ở khu dân cư, phấn đấu trên 90% ngư dân sử dụng nhật ký điện tử. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh trong tháng 12.
Thanh Tuấn
Lượt xem: 1.032
Tin khác
- Phú Quốc: đối thoại với ngư dân về chống khai thác IUU (08/11/2024)
- Hội Nông dân tỉnh tập huấn nhật ký điện tử cho ngư dân (30/10/2024)
- An Minh: 100% tàu cá ký cam kết không vi phạm IUU (21/10/2024)
""", "2024-11-15", "Ủy ban MTTQ tỉnh giám sát công tác chống khai thác IUU tại Kiên Hải",
E("giam_sat", "2024", "2024-11-13"),
[P("Danh Sol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hải", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Kiên Hải"),
 P("Huỳnh Văn Ri", "Chủ tịch Ủy ban MTTQ Việt Nam xã Nam Du"),
 P("Danh Hoàng Sơn", "Trưởng ấp Bãi Nam"),
 P("Lê Thị Kiều", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Kiên Hải")],
[Q("571 tàu cá", 571, "tàu cá"), Q("163 tàu", 163, "tàu"), Q("15 mét", 15, "mét", "over"), Q("57 cuộc tuyên truyền", 57, "cuộc tuyên truyền"),
 Q("2.840 lượt người", 2840, "lượt người"), Q("571 chủ tàu", 571, "chủ tàu"), Q("12 tàu", 12, "tàu"), Q("4 trường hợp", 4, "trường hợp"),
 Q("285 triệu đồng", 285000000, "đồng"), Q("18 tàu", 18, "tàu"), Q("khoảng 65%", 65, "%", "approx"),
 Q("14 thành viên Ban Công tác Mặt trận ấp", 14, "thành viên Ban Công tác Mặt trận ấp"), Q("326 hội viên", 326, "hội viên"),
 Q("trên 90%", 90, "%", "over")],
[D("Chỉ thị", "41", "CT/TU", "2024-05-06", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 41-CT/TU ngày 6/5/2024"),
 D("Kế hoạch", "203", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 203/KH-UBND, 204/KH-UBND"),
 D("Kế hoạch", "204", "KH-UBND", None, "UBND tỉnh", "204/KH-UBND")],
[prov("Kiên Giang"), com("Hòn Tre"), com("Lại Sơn"), com("Nam Du")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(BKG)", "Ông Danh Sol phát biểu tại buổi giám sát. Ảnh: Thanh Tuấn",
 "VNFishbase", "3 không", "Lượt xem: 1.032"],
["Thứ Sáu, 15/11/2024", "năm 2024", "trên 6 giờ", "30/11/2024", "tháng 12", "3 không", "Lượt xem: 1.032"]))

PAGES.append(page("b8161-angiang-bcd-giaoban-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thời sự | Kinh tế biển | Chống khai thác IUU
05/09/2025 - 10:05
Ảnh: Quang cảnh cuộc họp giao ban.
An Giang: kiên quyết không để tàu cá vi phạm vùng biển nước ngoài
Chiều 4/9, Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) tỉnh An Giang họp giao ban đánh giá kết quả tháng 8/2025, triển khai nhiệm vụ tháng 9. Đồng chí Lê Trung Hồ, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh - Trưởng Ban Chỉ đạo chủ trì cuộc họp.
Sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang, An Giang hiện có 9.874 tàu cá, trong đó 4.312 tàu có chiều dài từ 15 mét trở lên, tập trung ở phường Rạch Giá, đặc khu Phú Quốc, đặc khu Kiên Hải, xã Tây Yên và xã Vân Khánh. Trong tháng 8, hệ thống giám sát ghi nhận 46 tàu mất kết nối trên 6 giờ, 3 tàu vượt ranh giới cho phép khai thác trên biển; lực lượng chức năng đã xác minh, xử phạt 9 trường hợp với tổng số tiền gần 1,6 tỷ đồng.
Đồng chí Trương Minh Khoa, Phó Giám đốc Sở Nông nghiệp và Môi trường cho biết, thực hiện Kế hoạch số 115/KH-UBND ngày 14/7/2025 của UBND tỉnh, đến nay đã có 98,1% tàu cá được cập nhật đầy đủ lên hệ thống cơ sở dữ liệu nghề cá quốc gia; 132 tàu "3 không" đã được lập danh sách, giao từng xã, đặc khu quản lý, không cho ra khơi.
Các đồng chí Chủ tịch UBND đặc khu Phú Quốc, đặc khu Kiên Hải: Trần Văn Nhựt, Danh Thị Ngọc Thảo báo cáo việc tổ chức bộ máy chính quyền hai cấp có ảnh hưởng ban đầu đến công tác quản lý tàu cá, nhưng các đặc khu đã kịp thời giao nhiệm vụ cho từng công chức, phối hợp chặt với Đồn Biên phòng. Ông Danh Út, Chủ tịch Ủy ban MTTQ Việt Nam xã Vân Khánh, cho biết Mặt trận xã đã phối hợp với 3 chùa Khmer trên địa bàn tuyên truyền tới hơn 600 lượt đồng bào.
Đồng chí Nguyễn Thị Mộng Hằng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các xã, phường, đặc khu ven biển tiếp tục thực hiện nghiêm Chỉ thị số 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy; đưa nội dung chống khai thác IUU vào sinh hoạt của 100% chi bộ có đảng viên là chủ tàu, thuyền trưởng.
Kết luận giao ban, đồng chí Lê Trung Hồ yêu cầu trong tháng 9 phải xử lý dứt điểm các tàu mất kết nối, điều tra làm rõ các đường dây môi giới; mỗi xã, đặc khu ven biển thành lập ít nhất 1 tổ công tác liên ngành kiểm tra tàu cá tại bến; phấn đấu không để xảy ra tàu cá vi phạm vùng biển nước ngoài trước đợt kiểm tra lần thứ năm của Ủy ban châu Âu.
Ngọc Hân
Tin liên quan
- Đặc khu Thổ Châu tuyên truyền chống khai thác IUU (28/08/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với xã Tây Yên (20/08/2025)
- An Giang: 100% tàu cá được gắn thiết bị giám sát hành trình (12/08/2025)
""", "2025-09-05", "An Giang: kiên quyết không để tàu cá vi phạm vùng biển nước ngoài",
E("giao_ban", "2025-08", "2025-09-04"),
[P("Lê Trung Hồ", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh - Trưởng Ban Chỉ đạo"),
 P("Trương Minh Khoa", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Trần Văn Nhựt", "Chủ tịch UBND đặc khu Phú Quốc, đặc khu Kiên Hải"),
 P("Danh Thị Ngọc Thảo", "Chủ tịch UBND đặc khu Phú Quốc, đặc khu Kiên Hải"),
 P("Danh Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vân Khánh"),
 P("Nguyễn Thị Mộng Hằng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("9.874 tàu cá", 9874, "tàu cá"), Q("4.312 tàu", 4312, "tàu"), Q("15 mét", 15, "mét", "over"), Q("46 tàu", 46, "tàu"),
 Q("3 tàu", 3, "tàu"), Q("9 trường hợp", 9, "trường hợp"), Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("98,1%", 98.1, "%"), Q("132 tàu", 132, "tàu"), Q("3 chùa Khmer", 3, "chùa Khmer"),
 Q("hơn 600 lượt đồng bào", 600, "lượt đồng bào", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "115", "KH-UBND", "2025-07-14", "UBND tỉnh", "Kế hoạch số 115/KH-UBND ngày 14/7/2025"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04, 05-CT/TU")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Phú Quốc"), com("Kiên Hải"), com("Tây Yên"), com("Vân Khánh")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Thời sự | Kinh tế biển | Chống khai thác IUU", "Ảnh: Quang cảnh cuộc họp giao ban.",
 "3 không", "Ủy ban châu Âu"],
["05/09/2025 - 10:05", "tháng 8/2025", "tháng 9", "Trong tháng 8", "trên 6 giờ", "3 không", "ít nhất 1 tổ", "lần thứ năm", "hai cấp"]))

PAGES.append(page("b8162-quangngai-bcd-tongket-2025", """
Hôm nay: Thứ Hai, 22/12/2025
BÁO QUẢNG NGÃI ĐIỆN TỬ
Trang chủ / Kinh tế / Thủy sản
Thứ Sáu, 19/12/2025, 08:05
Toàn cảnh hội nghị.
Quảng Ngãi triển khai nhiệm vụ chống khai thác IUU năm 2026
(Báo Quảng Ngãi) - Ngày 18/12, Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định tỉnh tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Võ Phiên, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Năm 2025 là năm đầu tiên tỉnh Quảng Ngãi (mới) vận hành chính quyền địa phương hai cấp. Toàn tỉnh hiện có 5.236 tàu cá, trong đó 3.108 tàu dài từ 15 mét trở lên; 100% tàu thuộc diện bắt buộc đã lắp thiết bị giám sát hành trình. Trong năm, tỉnh không có tàu cá vi phạm vùng biển nước ngoài bị bắt giữ; các cảng cá kiểm soát 42.870 lượt tàu cập cảng, sản lượng qua cảng khoảng 118.000 tấn. Lực lượng chức năng xử phạt 174 vụ vi phạm, phạt tiền trên 5,2 tỷ đồng; khởi tố 2 vụ án đưa người và tàu đi khai thác trái phép.
Theo đồng chí Đinh Văn Ú, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, thực hiện Kết luận 208, 209-KL/TW của Ban Bí thư và Kế hoạch số 27-KH/TU ngày 21/8/2025 của Tỉnh ủy, các cấp đã tổ chức 1.260 cuộc tuyên truyền với trên 85.000 lượt người; vận động 4.980 chủ tàu, thuyền trưởng ký cam kết. Riêng đặc khu Lý Sơn có 412 tàu với khoảng 3.100 lao động, nhiều năm liền không có tàu vi phạm.
Tại hội nghị, ông Nguyễn Đăng Khoa, Chủ tịch UBND phường Sa Huỳnh, kiến nghị bổ sung biên chế công chức theo dõi tàu cá ở cấp xã sau khi sắp xếp; bà Trần Thị Mỹ Lệ, Phó Chủ tịch UBND xã Bình Sơn, đề nghị hỗ trợ ngư dân thay thiết bị giám sát hành trình hết hạn sử dụng, mỗi thiết bị khoảng 18 triệu đồng. Trung tá Phạm Thanh Tùng, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh cho biết đơn vị đã tổ chức 2 đợt cao điểm kiểm soát tàu cá xuất, nhập bến.
Kết luận hội nghị, đồng chí Võ Phiên yêu cầu năm 2026 các xã, phường, đặc khu ven biển tiếp tục thực hiện mục tiêu "không có tàu cá vi phạm vùng biển nước ngoài"; hoàn thành truy xuất nguồn gốc điện tử cho 100% lô hàng thủy sản khai thác; rà soát, đưa vào diện quản lý đặc biệt 27 tàu có nguy cơ cao.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc trong công tác chống khai thác IUU năm 2025.
Hoàng Nhân
Tin liên quan
- Đặc khu Lý Sơn đối thoại với ngư dân (10/12/2025)
- Quảng Ngãi đón đoàn kiểm tra của Bộ Nông nghiệp và Môi trường (28/11/2025)
- Phường Sa Huỳnh ra mắt tổ tự quản bến cá (14/11/2025)
""", "2025-12-19", "Quảng Ngãi triển khai nhiệm vụ chống khai thác IUU năm 2026",
E("tong_ket", "2025", "2025-12-18"),
[P("Võ Phiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Đinh Văn Ú", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Đăng Khoa", "Chủ tịch UBND phường Sa Huỳnh"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch UBND xã Bình Sơn"),
 P("Phạm Thanh Tùng", "Trung tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh")],
[Q("5.236 tàu cá", 5236, "tàu cá"), Q("3.108 tàu", 3108, "tàu"), Q("15 mét", 15, "mét", "over"), Q("100%", 100, "%"),
 Q("42.870 lượt tàu", 42870, "lượt tàu"), Q("khoảng 118.000 tấn", 118000, "tấn", "approx"), Q("174 vụ vi phạm", 174, "vụ vi phạm"),
 Q("trên 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("2 vụ án", 2, "vụ án"), Q("1.260 cuộc tuyên truyền", 1260, "cuộc tuyên truyền"),
 Q("trên 85.000 lượt người", 85000, "lượt người", "over"), Q("4.980 chủ tàu, thuyền trưởng", 4980, "chủ tàu, thuyền trưởng"),
 Q("412 tàu", 412, "tàu"), Q("khoảng 3.100 lao động", 3100, "lao động", "approx"), Q("khoảng 18 triệu đồng", 18000000, "đồng", "approx"),
 Q("2 đợt cao điểm", 2, "đợt cao điểm"), Q("27 tàu", 27, "tàu"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Kết luận", "208", "KL/TW", None, "Ban Bí thư", "Kết luận 208, 209-KL/TW"),
 D("Kết luận", "209", "KL/TW", None, "Ban Bí thư", "Kết luận 208, 209-KL/TW"),
 D("Kế hoạch", "27", "KH/TU", "2025-08-21", "Tỉnh ủy", "Kế hoạch số 27-KH/TU ngày 21/8/2025")],
[prov("Quảng Ngãi"), com("Lý Sơn"), com("Sa Huỳnh"), com("Bình Sơn")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Trang chủ / Kinh tế / Thủy sản", "Toàn cảnh hội nghị.", "(Báo Quảng Ngãi)",
 "không có tàu cá vi phạm vùng biển nước ngoài"],
["Hôm nay: Thứ Hai, 22/12/2025", "Thứ Sáu, 19/12/2025, 08:05", "năm 2025", "năm 2026", "năm đầu tiên", "hai cấp"]))

PAGES.append(page("b8163-camau-bdv-giaoban-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU
Trang chủ - Tin tức - Hoạt động các cơ quan
10/04/2026 - 14:30
Giao ban quý I/2026: vận động ngư dân giữ vững thành quả chống khai thác IUU
Sáng 9/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau tổ chức giao ban công tác dân vận quý I/2026 với chuyên đề tuyên truyền, vận động ngư dân chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định. Đồng chí Huỳnh Chí Nguyện, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đồng chí Huỳnh Chí Nguyện phát biểu chỉ đạo. Ảnh: Trúc Ly
Cà Mau (sau hợp nhất với Bạc Liêu) hiện có 6.215 tàu cá, nhiều nhất khu vực đồng bằng sông Cửu Long. Quý I/2026, các xã, phường ven biển đã tổ chức 184 cuộc tuyên truyền, đối thoại với khoảng 9.400 lượt ngư dân; 2.736 chủ tàu ký cam kết không vi phạm. Trong quý không có tàu cá vi phạm vùng biển nước ngoài; 21 tàu mất kết nối trên 6 giờ đều đã được xác minh, xử phạt 6 chủ tàu, tổng số tiền 420 triệu đồng.
Tại giao ban, các đồng chí Bí thư Đảng ủy xã Sông Đốc, Gành Hào, Đất Mũi: Lê Minh Trí, Lý Thị Sa Pha, Nguyễn Thanh Tùng lần lượt báo cáo cách làm ở cơ sở. Xã Sông Đốc phân công 86 đảng viên phụ trách 412 tàu cá; xã Gành Hào thành lập 11 "tổ tự quản bến cá" với 93 thành viên; xã Đất Mũi vận động 45 hộ có tàu nhỏ chuyển sang nuôi tôm - rừng, được hỗ trợ vay 2,7 tỷ đồng. Theo các đồng chí, sau khi sắp xếp đơn vị hành chính, địa bàn mỗi xã rộng hơn, số tàu cá tăng gấp nhiều lần, trong khi lực lượng cán bộ theo dõi còn mỏng; vì vậy cần phát huy vai trò của chi bộ ấp, khóm và các tổ chức đoàn thể trong nắm tình hình ngư dân.
Đồng chí Châu Văn Mạnh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 3/2/2026 về tăng cường lãnh đạo công tác vận động ngư dân chống khai thác IUU, cùng Kế hoạch số 31, 32-KH/BTGDVTU hướng dẫn các xã triển khai. Bà Đỗ Thị Ngọc Giàu, Chủ tịch Hội Liên hiệp Phụ nữ phường Bạc Liêu, đề xuất nhân rộng mô hình "Vợ ngư dân nói không với khai thác IUU" đã thu hút 530 hội viên.
Kết luận giao ban, đồng chí Huỳnh Chí Nguyện yêu cầu quý II tập trung vận động ngư dân sử dụng nhật ký khai thác điện tử, phấn đấu trên 95% tàu từ 15 mét trở lên thực hiện; biểu dương kịp thời gương ngư dân tiêu biểu; phối hợp với Ủy ban MTTQ Việt Nam tỉnh giám sát việc xử lý tàu "3 không".
Trúc Ly
Các tin khác
- Xã Đất Mũi tập huấn nhật ký khai thác điện tử (03/04/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban tháng 3 (27/03/2026)
- Đón 8 ngư dân về nước an toàn (18/03/2026)
""", "2026-04-10", "Giao ban quý I/2026: vận động ngư dân giữ vững thành quả chống khai thác IUU",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Huỳnh Chí Nguyện", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Minh Trí", "Bí thư Đảng ủy xã Sông Đốc, Gành Hào, Đất Mũi"),
 P("Lý Thị Sa Pha", "Bí thư Đảng ủy xã Sông Đốc, Gành Hào, Đất Mũi"),
 P("Nguyễn Thanh Tùng", "Bí thư Đảng ủy xã Sông Đốc, Gành Hào, Đất Mũi"),
 P("Châu Văn Mạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đỗ Thị Ngọc Giàu", "Chủ tịch Hội Liên hiệp Phụ nữ phường Bạc Liêu")],
[Q("6.215 tàu cá", 6215, "tàu cá"), Q("184 cuộc tuyên truyền, đối thoại", 184, "cuộc tuyên truyền, đối thoại"),
 Q("khoảng 9.400 lượt ngư dân", 9400, "lượt ngư dân", "approx"), Q("2.736 chủ tàu", 2736, "chủ tàu"), Q("21 tàu", 21, "tàu"),
 Q("6 chủ tàu", 6, "chủ tàu"), Q("420 triệu đồng", 420000000, "đồng"), Q("86 đảng viên", 86, "đảng viên"), Q("412 tàu cá", 412, "tàu cá"),
 Q("11 \"tổ tự quản bến cá\"", 11, "tổ tự quản bến cá"), Q("93 thành viên", 93, "thành viên"), Q("45 hộ", 45, "hộ"),
 Q("2,7 tỷ đồng", 2700000000, "đồng"), Q("530 hội viên", 530, "hội viên"), Q("trên 95%", 95, "%", "over"),
 Q("15 mét", 15, "mét", "over")],
[D("Chỉ thị", "12", "CT/TU", "2026-02-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 3/2/2026"),
 D("Kế hoạch", "31", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 31, 32-KH/BTGDVTU"),
 D("Kế hoạch", "32", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 31, 32-KH/BTGDVTU")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Sông Đốc"), com("Gành Hào"), com("Đất Mũi")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU", "Trang chủ - Tin tức - Hoạt động các cơ quan", "Đồng chí Huỳnh Chí Nguyện phát biểu chỉ đạo. Ảnh: Trúc Ly",
 "Vợ ngư dân nói không với khai thác IUU", "3 không"],
["10/04/2026 - 14:30", "quý I/2026", "Quý I/2026", "trên 6 giờ", "quý II", "3 không"]))

PAGES.append(page("b8164-gialai-ubnd-doithoai-2026", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội › Biển đảo
13 tháng 3, 2026 | 09:40
Đối thoại với ngư dân phía Đông tỉnh: gỡ khó để ngư dân yên tâm bám biển đúng luật
Ngày 11/3/2026, tại phường Hoài Nhơn Bắc, UBND tỉnh Gia Lai tổ chức đối thoại với ngư dân năm 2026 về công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU). Đây là lần đầu tiên tỉnh Gia Lai mới, sau hợp nhất với tỉnh Bình Định, tổ chức đối thoại với ngư dân ở khu vực phía Đông.
Các đại biểu chủ trì buổi đối thoại. Ảnh: Ngọc Nhuận
Chủ trì buổi đối thoại có đồng chí Nguyễn Tự Công, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; đồng chí Ksor H'Bơ Khăp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tham dự có gần 250 ngư dân, chủ tàu, thuyền trưởng của các phường Hoài Nhơn Bắc, Tam Quan, Quy Nhơn Đông và xã Đề Gi.
Gia Lai hiện có 5.860 tàu cá, trong đó 3.240 tàu từ 15 mét trở lên hoạt động ở vùng biển xa. Năm 2025, tỉnh không có tàu cá vi phạm vùng biển nước ngoài bị bắt giữ; 100% tàu thuộc diện bắt buộc duy trì thiết bị giám sát hành trình. Thực hiện Kết luận 185, 186-KL/TW của Bộ Chính trị và Nghị quyết số 36/2025/NQ-HĐND của HĐND tỉnh, tỉnh đã hỗ trợ ngư dân 50% phí thuê bao thiết bị giám sát hành trình, với tổng kinh phí hơn 7,4 tỷ đồng.
Tại buổi đối thoại, ngư dân nêu 31 ý kiến. Ông Trương Văn Hòa, thuyền trưởng tàu BĐ 97612 TS, phường Tam Quan, đề nghị điều chỉnh quy định về việc thuyền viên phải có chứng chỉ, vì nhiều lao động lớn tuổi khó theo học. Ông Đoàn Văn Sỹ, Chủ tịch Nghiệp đoàn nghề cá phường Hoài Nhơn Bắc, phản ánh một số thiết bị giám sát hành trình tự mất kết nối dù tàu vẫn hoạt động bình thường, ngư dân bị nhắc nhở, xử phạt oan. Bà Nguyễn Thị Lài, xã Đề Gi, đề nghị hỗ trợ vốn cho các hộ chuyển đổi từ nghề lưới kéo sang nghề câu.
Trả lời ngư dân, đồng chí Nguyễn Tự Công cho biết tỉnh đã ban hành Quyết định số 318/QĐ-UBND ngày 20/2/2026 về quy trình xác minh tàu mất kết nối, trong đó tàu mất kết nối do lỗi thiết bị sẽ được hướng dẫn khắc phục, không xử phạt. Về vốn chuyển đổi nghề, mỗi hộ có thể vay tối đa 100 triệu đồng từ Ngân hàng Chính sách xã hội. Các kiến nghị vượt thẩm quyền sẽ được tổng hợp, báo cáo Bộ Nông nghiệp và Môi trường.
Phát biểu bế mạc, đồng chí Ksor H'Bơ Khăp đề nghị ngư dân tiếp tục đồng hành cùng chính quyền, tham gia tổ đoàn kết trên biển, phát hiện, tố giác các đường dây môi giới. Sau đối thoại, Ủy ban MTTQ Việt Nam tỉnh trao 200 lá cờ Tổ quốc cho các tàu cá.
Ngọc Nhuận
Tin liên quan
- Phường Quy Nhơn Đông ra quân kiểm tra tàu cá (06/03/2026)
- Gia Lai: 100% tàu cá cập cảng được kiểm soát sản lượng (26/02/2026)
- Tặng quà ngư dân khó khăn dịp Tết Bính Ngọ (10/02/2026)
""", "2026-03-13", "Đối thoại với ngư dân phía Đông tỉnh: gỡ khó để ngư dân yên tâm bám biển đúng luật",
E("doi_thoai", "2026", "2026-03-11"),
[P("Nguyễn Tự Công", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Hòa", "thuyền trưởng tàu BĐ 97612 TS"),
 P("Đoàn Văn Sỹ", "Chủ tịch Nghiệp đoàn nghề cá phường Hoài Nhơn Bắc"),
 P("Nguyễn Thị Lài")],
[Q("gần 250 ngư dân, chủ tàu, thuyền trưởng", 250, "ngư dân, chủ tàu, thuyền trưởng", "approx"), Q("5.860 tàu cá", 5860, "tàu cá"),
 Q("3.240 tàu", 3240, "tàu"), Q("15 mét", 15, "mét", "over"), Q("100%", 100, "%"), Q("50%", 50, "%"),
 Q("hơn 7,4 tỷ đồng", 7400000000, "đồng", "over"), Q("31 ý kiến", 31, "ý kiến"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc")],
[D("Kết luận", "185", "KL/TW", None, "Bộ Chính trị", "Kết luận 185, 186-KL/TW"),
 D("Kết luận", "186", "KL/TW", None, "Bộ Chính trị", "Kết luận 185, 186-KL/TW"),
 D("Nghị quyết", "36", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 36/2025/NQ-HĐND"),
 D("Quyết định", "318", "QĐ-UBND", "2026-02-20", "UBND tỉnh", "Quyết định số 318/QĐ-UBND ngày 20/2/2026")],
[prov("Gia Lai"), prov("Bình Định"), com("Hoài Nhơn Bắc"), com("Tam Quan"), com("Quy Nhơn Đông"), com("Đề Gi")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội › Biển đảo", "Các đại biểu chủ trì buổi đối thoại. Ảnh: Ngọc Nhuận"],
["13 tháng 3, 2026 | 09:40", "năm 2026", "lần đầu tiên", "Năm 2025", "BĐ 97612 TS"]))
