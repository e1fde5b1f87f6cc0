from lib import *
PAGES = []

PAGES.append(page("b5801-haugiang-hnd-doithoai-2021", """
BÁO HẬU GIANG ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
Ngày 24/09/2021 | 09:15
Bí thư Tỉnh ủy đối thoại với nông dân, hợp tác xã về tiêu thụ lúa mùa dịch
Sáng 23/9, Ban Thường vụ Tỉnh ủy phối hợp Hội Nông dân tỉnh tổ chức hội nghị đối thoại giữa đồng chí Bí thư Tỉnh ủy với nông dân năm 2021 bằng hình thức trực tuyến tại 8 điểm cầu. Đồng chí Trần Quốc Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì; cùng dự có đồng chí Đỗ Minh Khoa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và hơn 320 nông dân, chủ nhiệm HTX, tổ trưởng tổ hợp tác.
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Báo cáo của đồng chí Trần Văn Huyến, Chủ tịch Hội Nông dân tỉnh cho thấy, trong thời gian giãn cách xã hội theo Chỉ thị 16/CT-TTg, khoảng 27.000 ha lúa hè thu đến kỳ thu hoạch; Hội đã phối hợp các ngành cấp 1.150 giấy nhận diện cho máy gặt đập liên hợp, xe vận chuyển lúa, kết nối tiêu thụ được trên 142.000 tấn lúa cho nông dân tỉnh Hậu Giang. Toàn tỉnh có 143 HTX nông nghiệp, trong đó 61 HTX tham gia liên kết theo Nghị định 98/2018/NĐ-CP.
Tại hội nghị, ông Nguyễn Văn Thắng, Giám đốc HTX nông nghiệp Tân Long, xã Tân Long, phản ánh giá phân bón tăng gần 40% so với đầu năm. Bà Thạch Thị Chanh Thu, hội viên Chi hội nông dân ấp Mỹ Lợi, xã Hỏa Tiến, hỏi về việc được vay vốn không thế chấp để mua máy sạ hàng. Ông Huỳnh Văn Bé Tư, nông dân xã Vị Thanh, kiến nghị nạo vét kênh Xà No đoạn qua 2 ấp.
Trả lời các ý kiến, đồng chí Đỗ Minh Khoa cho biết tỉnh đã dành 50 tỷ đồng bổ sung nguồn vốn ủy thác cho Ngân hàng Chính sách xã hội, cho vay mỗi hộ tối đa 100 triệu đồng; giao Sở Nông nghiệp và PTNT xây dựng kế hoạch bình ổn giá vật tư. Đồng chí Trần Quốc Hưng nhấn mạnh: các cấp ủy, chính quyền phải "nghe dân nói, nói dân hiểu, làm dân tin"; thực hiện tốt Nghị quyết số 06-NQ/TU ngày 16/12/2020 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp và Quy định 06-QĐ/TU, 07-QĐ/TU của Ban Thường vụ Tỉnh ủy về tiếp dân, đối thoại.
Cũng tại hội nghị, đồng chí Võ Thị Hồng Ngọc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy thông tin: sau đối thoại năm 2020, 23 trên 25 kiến nghị đã được giải quyết xong. Năm nay hội nghị tiếp nhận 18 ý kiến, có 13 ý kiến được trả lời trực tiếp.
Thúy Liễu
Lượt xem: 4.021
Tin liên quan
- Hội Nông dân tỉnh trao 1.000 phần quà cho nông dân khó khăn do dịch (10/09/2021)
- Phụng Hiệp: nông dân thu hoạch lúa hè thu trong mùa dịch (27/08/2021)
- Long Mỹ ra mắt tổ hợp tác cung ứng máy gặt (13/08/2021)
- Châu Thành A: kết nối tiêu thụ 5.000 tấn lúa cho nông dân (30/07/2021)
- Ngã Bảy: Hội Nông dân hỗ trợ hội viên vượt qua dịch bệnh (16/07/2021)
""", "2021-09-24", "Bí thư Tỉnh ủy đối thoại với nông dân, hợp tác xã về tiêu thụ lúa mùa dịch",
E("doi_thoai", "2021", "2021-09-23"),
[P("Trần Quốc Hưng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Đỗ Minh Khoa", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Văn Huyến", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Thắng", "Giám đốc HTX nông nghiệp Tân Long"),
 P("Thạch Thị Chanh Thu", "hội viên Chi hội nông dân ấp Mỹ Lợi"),
 P("Huỳnh Văn Bé Tư"),
 P("Võ Thị Hồng Ngọc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("8 điểm cầu", 8, "điểm cầu"), Q("hơn 320 nông dân, chủ nhiệm HTX, tổ trưởng tổ hợp tác", 320, "nông dân, chủ nhiệm HTX, tổ trưởng tổ hợp tác", "over"),
 Q("khoảng 27.000 ha", 27000, "ha", "approx"), Q("1.150 giấy nhận diện", 1150, "giấy nhận diện"), Q("trên 142.000 tấn", 142000, "tấn", "over"),
 Q("143 HTX nông nghiệp", 143, "HTX nông nghiệp"), Q("61 HTX", 61, "HTX"), Q("gần 40%", 40, "%", "approx"), Q("2 ấp", 2, "ấp"),
 Q("50 tỷ đồng", 50000000000, "đồng"), Q("tối đa 100 triệu đồng", 100000000, "đồng"), Q("23 trên 25 kiến nghị", 23, "kiến nghị"),
 Q("18 ý kiến", 18, "ý kiến"), Q("13 ý kiến", 13, "ý kiến")],
[D("Chỉ thị", "16", "CT-TTg", None, None, "Chỉ thị 16/CT-TTg"),
 D("Nghị định", "98", "2018/NĐ-CP", None, None, "Nghị định 98/2018/NĐ-CP"),
 D("Nghị quyết", "06", "NQ/TU", "2020-12-16", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU ngày 16/12/2020"),
 D("Quy định", "06", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 06-QĐ/TU, 07-QĐ/TU"),
 D("Quy định", "07", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "07-QĐ/TU")],
[prov("Hậu Giang"), com("Tân Long"), com("Hỏa Tiến"), com("Vị Thanh")],
["BÁO HẬU GIANG ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Các đại biểu dự hội nghị tại điểm cầu tỉnh.",
 "nghe dân nói, nói dân hiểu, làm dân tin", "Lượt xem: 4.021", "Xà No"],
["Ngày 24/09/2021 | 09:15", "năm 2021", "năm 2020", "Lượt xem: 4.021"]))

PAGES.append(page("b5802-gialai-htx-chandung-2021", """
Báo Gia Lai điện tử
Xã hội › Dân tộc - Miền núi
Thứ Hai, 15/11/2021 - 06:00
Chị Rơ Châm H'Lim giới thiệu giống lúa mới với bà con. Ảnh: Đ.Y
Nữ giám đốc hợp tác xã người Jrai "giữ hồn" cánh đồng lúa Ayun Hạ
Ở cánh đồng lúa nước rộng lớn ven hồ Ayun Hạ, cái tên Rơ Châm H'Lim, Giám đốc HTX nông nghiệp Ia Sao, đã quen thuộc với hàng trăm hộ đồng bào Jrai. Từ 23 thành viên ban đầu, sau 4 năm HTX đã có 168 thành viên, liên kết sản xuất 310 ha lúa giống với một công ty giống cây trồng ở Quy Nhơn.
Chị H'Lim kể, năm 2017 khi được bà con tín nhiệm bầu làm Giám đốc HTX, nhiều hộ vẫn quen sạ dày, bón phân theo cảm tính, năng suất chỉ khoảng 4,5 tấn/ha. Được Hội Nông dân tỉnh hỗ trợ 200 triệu đồng từ Quỹ Hỗ trợ nông dân và tập huấn theo Kế hoạch số 12-KH/HNDT, chị cùng Ban quản trị đến từng nhà, vận động bà con cấy thưa, bón phân cân đối. Đến nay năng suất lúa của thành viên đạt 7,2 tấn/ha, thu nhập bình quân khoảng 45 triệu đồng/ha mỗi vụ.
Ông Ksor Thanh, Chủ tịch Hội Nông dân xã Ia Sao, thị xã Ayun Pa, nhận xét: HTX đã giúp 37 hộ nghèo thoát nghèo trong 3 năm; 100% thành viên có hợp đồng bao tiêu. Già làng Rah Lan Bơm, người có uy tín làng Bôn Bla, cho biết bà con trước đây cho thuê ruộng, nay đã tự làm, "giữ đất, giữ ruộng cho con cháu".
Theo bà Siu H'Mai, Phó Chủ tịch Hội Nông dân tỉnh, mô hình của HTX Ia Sao được Hội nhân rộng theo Chương trình hành động số 35-CTr/TU của Tỉnh ủy thực hiện Kết luận 54-KL/TW. Toàn tỉnh hiện có 11 HTX do người dân tộc thiểu số làm giám đốc, trong đó 4 HTX trồng lúa nước ở Ayun Pa, Phú Thiện, Ia Pa. Năm 2021, chị H'Lim được Trung ương Hội Nông dân Việt Nam tặng danh hiệu "Nông dân Việt Nam xuất sắc" - 1 trong 100 gương mặt của cả nước.
Chị còn đứng ra tín chấp cho 25 hộ vay vốn Ngân hàng Chính sách xã hội tổng cộng gần 1,1 tỷ đồng để mua máy cày, máy tuốt lúa. Ông Nay Blúp, Phó Chủ tịch UBND xã Ia Sao, cho biết xã đang đề nghị công nhận HTX là mô hình "Dân vận khéo" cấp tỉnh năm 2021.
Chia tay chúng tôi, chị H'Lim nói dự định trong vụ đông xuân tới sẽ mở rộng thêm 50 ha lúa hữu cơ, để "cây lúa nuôi được cả làng".
Đinh Yến
Tin khác
- Phú Thiện: người Jrai vào tổ hợp tác trồng lúa (02/11/2021)
- Ia Pa: 300 hộ được hỗ trợ giống lúa kháng bệnh (20/10/2021)
- Hội Nông dân tỉnh trao 50 suất học bổng cho con em hội viên (06/10/2021)
- Krông Pa: già làng vận động bà con giữ đất sản xuất (22/09/2021)
- Chư Sê: Hội Nông dân xã ra mắt tổ hợp tác trồng tiêu sạch (08/09/2021)
- Đức Cơ: tặng 20 con bò giống cho hội viên nghèo (25/08/2021)
- Ayun Pa: nông dân thu hoạch lúa vụ mùa được giá (12/08/2021)
""", "2021-11-15", "Nữ giám đốc hợp tác xã người Jrai \"giữ hồn\" cánh đồng lúa Ayun Hạ",
E("khac", None, None),
[P("Rơ Châm H'Lim", "Giám đốc HTX nông nghiệp Ia Sao"),
 P("Ksor Thanh", "Chủ tịch Hội Nông dân xã Ia Sao"),
 P("Rah Lan Bơm", "Già làng", "người có uy tín làng Bôn Bla"),
 P("Siu H'Mai", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nay Blúp", "Phó Chủ tịch UBND xã Ia Sao")],
[Q("23 thành viên", 23, "thành viên"), Q("168 thành viên", 168, "thành viên"), Q("310 ha", 310, "ha"),
 Q("khoảng 4,5 tấn/ha", 4.5, "tấn/ha", "approx"), Q("200 triệu đồng", 200000000, "đồng"), Q("7,2 tấn/ha", 7.2, "tấn/ha"),
 Q("khoảng 45 triệu đồng/ha", 45000000, "đồng", "approx"), Q("37 hộ nghèo", 37, "hộ nghèo"), Q("100% thành viên", 100, "%"),
 Q("11 HTX", 11, "HTX"), Q("4 HTX", 4, "HTX"), Q("100 gương mặt", 100, "gương mặt"), Q("25 hộ", 25, "hộ"),
 Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("50 ha", 50, "ha")],
[D("Kế hoạch", "12", "KH/HNDT", None, None, "Kế hoạch số 12-KH/HNDT"),
 D("Chương trình hành động", "35", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 35-CTr/TU"),
 D("Kết luận", "54", "KL/TW", None, None, "Kết luận 54-KL/TW")],
[prov("Gia Lai"), com("Ia Sao")],
["Báo Gia Lai điện tử", "Xã hội › Dân tộc - Miền núi", "Chị Rơ Châm H'Lim giới thiệu giống lúa mới với bà con. Ảnh: Đ.Y",
 "Quỹ Hỗ trợ nông dân", "Nông dân Việt Nam xuất sắc", "Dân vận khéo", "Ayun Hạ"],
["Thứ Hai, 15/11/2021 - 06:00", "4 năm", "3 năm", "năm 2017", "Năm 2021", "1 trong 100"]))

PAGES.append(page("b5803-camau-bdv-giaoban-2022", """
Cà Mau điện tử - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Cà Mau
Chính trị | Dân vận
Cập nhật lúc 17:20 ngày 27/05/2022
Khối dân vận bàn giải pháp giúp nông dân vùng lúa - tôm
Chiều 26/5, Ban Dân vận Tỉnh ủy Cà Mau tổ chức giao ban công tác dân vận tháng 5/2022 với chuyên đề vận động nông dân sản xuất lúa - tôm bền vững. Đồng chí Lâm Hoàng Bửu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Toàn cảnh giao ban tháng 5.
Theo báo cáo của Hội Nông dân tỉnh, diện tích lúa - tôm của tỉnh đạt khoảng 38.500 ha, tập trung ở huyện Thới Bình, U Minh, Trần Văn Thời; vụ lúa mùa 2021 - 2022 năng suất bình quân 4,6 tấn/ha. Tuy nhiên, giá phân bón tăng khoảng 40% khiến lợi nhuận giảm; có 1.240 hộ phải bỏ vụ lúa trên đất tôm. Trong tháng, các cấp Hội đã tổ chức 37 cuộc tuyên truyền cho 2.150 lượt hội viên, vận động 412 hộ tham gia 9 tổ hợp tác lúa - tôm mới.
Đồng chí Nguyễn Văn Mến, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, Ban đã ban hành Kế hoạch số 58-KH/BDVTU ngày 4/4/2022 và Công văn số 412-CV/BDVTU hướng dẫn khối dân vận thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể và giữ gìn an ninh nông thôn. Trong tháng 5, khối dân vận đã tiếp 26 lượt công dân, tiếp nhận 11 đơn thư, kiến nghị liên quan đến tranh chấp ranh đất ruộng tôm.
Tại giao ban, bà Nguyễn Thị Thúy Kiều, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị hỗ trợ giống lúa chịu mặn cho vụ mùa tới với khoảng 650 tấn. Ông Trần Quốc Nam, Bí thư Đảng ủy xã Trí Phải, cho biết xã đã thành lập HTX lúa - tôm Trí Phải với 64 thành viên, diện tích 210 ha. Đồng chí Lý Thanh Sang, HUV, Trưởng Ban Dân vận Huyện ủy U Minh, phản ánh tình trạng thương lái ép giá lúa hữu cơ.
Kết luận giao ban, đồng chí Lâm Hoàng Bửu yêu cầu tháng 6/2022 khối dân vận phối hợp các ngành khảo sát 100% HTX lúa - tôm, xây dựng ít nhất 3 mô hình "Dân vận khéo" gắn với tiêu thụ lúa hữu cơ; chuẩn bị sơ kết 6 tháng.
Giao ban cũng thông qua kế hoạch phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại với nông dân vùng ngọt hóa trong quý III.
Hồng Phượng
TIN CÙNG CHUYÊN MỤC
- Trần Văn Thời: vận động nông dân hiến đất làm đường (20/05/2022)
- U Minh: ra mắt tổ hợp tác lúa - tôm hữu cơ (12/05/2022)
- Hội Nông dân tỉnh tập huấn cho 150 cán bộ chi hội (05/05/2022)
- Ban Dân vận Tỉnh ủy giao ban tháng 4/2022 (28/04/2022)
- Thới Bình: hòa giải thành tranh chấp ranh đất ruộng tôm (19/04/2022)
- Năm Căn ra mắt mô hình dân vận khéo trong nuôi tôm sinh thái (07/04/2022)
- Đầm Dơi: Hội Nông dân xã tập huấn kỹ thuật nuôi cua (29/03/2022)
""", "2022-05-27", "Khối dân vận bàn giải pháp giúp nông dân vùng lúa - tôm",
E("giao_ban", "2022-05", "2022-05-26"),
[P("Lâm Hoàng Bửu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Mến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thúy Kiều", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Quốc Nam", "Bí thư Đảng ủy xã Trí Phải"),
 P("Lý Thanh Sang", "HUV", "Trưởng Ban Dân vận Huyện ủy U Minh")],
[Q("khoảng 38.500 ha", 38500, "ha", "approx"), Q("4,6 tấn/ha", 4.6, "tấn/ha"), Q("khoảng 40%", 40, "%", "approx"),
 Q("1.240 hộ", 1240, "hộ"), Q("37 cuộc tuyên truyền", 37, "cuộc tuyên truyền"), Q("2.150 lượt hội viên", 2150, "lượt hội viên"),
 Q("412 hộ", 412, "hộ"), Q("9 tổ hợp tác lúa - tôm mới", 9, "tổ hợp tác lúa - tôm mới"), Q("26 lượt công dân", 26, "lượt công dân"),
 Q("11 đơn thư, kiến nghị", 11, "đơn thư, kiến nghị"), Q("khoảng 650 tấn", 650, "tấn", "approx"), Q("64 thành viên", 64, "thành viên"),
 Q("210 ha", 210, "ha"), Q("100% HTX lúa - tôm", 100, "%"), Q("ít nhất 3 mô hình", 3, "mô hình", "over")],
[D("Kế hoạch", "58", "KH/BDVTU", "2022-04-04", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 58-KH/BDVTU ngày 4/4/2022"),
 D("Công văn", "412", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 412-CV/BDVTU"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("Cà Mau"), com("Trí Phải")],
["Cà Mau điện tử - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Cà Mau", "Chính trị | Dân vận", "Toàn cảnh giao ban tháng 5.",
 "Dân vận khéo"],
["Cập nhật lúc 17:20 ngày 27/05/2022", "tháng 5/2022", "vụ lúa mùa 2021 - 2022", "tháng 6/2022", "quý III", "6 tháng", "Trong tháng 5"]))

PAGES.append(page("b5804-vinhlong-hnd-taphuan-2022", """
Báo Vĩnh Long Online
Trang chủ » Chính trị » Mặt trận - Đoàn thể
2022-09-28 16:40
Tập huấn kỹ năng vận động nông dân tham gia kinh tế tập thể
Trong 2 ngày 26 và 27/9/2022, Hội Nông dân tỉnh Vĩnh Long tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2022 cho 120 học viên là chủ tịch, phó chủ tịch Hội Nông dân xã, phường, thị trấn và chi hội trưởng chi hội nông dân nghề nghiệp trồng lúa.
Học viên trao đổi kinh nghiệm tại lớp tập huấn.
Phát biểu khai mạc, đồng chí Lê Văn Đông, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: toàn tỉnh có 131.400 hội viên, nhưng chỉ khoảng 12% tham gia HTX, tổ hợp tác; diện tích lúa giảm còn khoảng 135.000 ha do chuyển đổi sang cây ăn trái. Vì vậy, cán bộ Hội cơ sở cần nắm vững Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030 và Nghị quyết 20-NQ/TW về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể.
Các học viên được nghe bà Phạm Thị Kim Hương, Phó Chủ tịch Thường trực Hội Nông dân tỉnh, giới thiệu Kế hoạch số 115-KH/HNDT ngày 8/8/2022 của Ban Thường vụ Hội Nông dân tỉnh; ông Đặng Văn Lượm, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, hướng dẫn quy trình sản xuất lúa giảm phát thải; ông Nguyễn Hữu Thuận, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, hướng dẫn kỹ năng thành lập tổ hợp tác theo Nghị định 77/2019/NĐ-CP của Chính phủ.
Trao đổi tại lớp, ông Trần Văn Út Mười, Chủ tịch Hội Nông dân xã Tân Lược, chia sẻ: xã có 2 HTX và 14 tổ hợp tác trồng lúa với 462 thành viên; nhờ liên kết mà giá bán lúa cao hơn khoảng 300 đồng/kg. Bà Kim Thị Sà Rết, Chi hội trưởng Chi hội nông dân nghề nghiệp lúa chất lượng cao ấp Sóc Rừng, xã Loan Mỹ, cho biết đồng bào Khmer trong chi hội đã góp vốn mua 3 máy sấy lúa.
Kết thúc lớp tập huấn, 100% học viên được cấp giấy chứng nhận. Hội Nông dân tỉnh phấn đấu đến cuối năm 2022 thành lập mới không dưới 20 tổ hợp tác và 5 HTX nông nghiệp, kết nạp trên 2.500 hội viên mới. Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Phạm Thị Kim Hương, Nguyễn Văn Chiến ghi nhận 27 ý kiến góp ý của học viên vào dự thảo hướng dẫn.
Kim Loan
Lượt truy cập: 1.058
Bài viết liên quan
- Trà Ôn: nông dân thu hoạch lúa thu đông (20/09/2022)
- Hội Nông dân tỉnh ra mắt 3 chi hội nghề nghiệp (08/09/2022)
- Bình Minh: vận động nông dân chuyển đổi đất lúa kém hiệu quả (25/08/2022)
- Tam Bình ra mắt tổ hợp tác lúa sạch (10/08/2022)
- Long Hồ: nông dân chuyển đổi đất lúa sang trồng chôm chôm (28/07/2022)
""", "2022-09-28", "Tập huấn kỹ năng vận động nông dân tham gia kinh tế tập thể",
E("tap_huan", "2022", "2022-09-26"),
[P("Lê Văn Đông", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Kim Hương", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đặng Văn Lượm", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Nguyễn Hữu Thuận", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Trần Văn Út Mười", "Chủ tịch Hội Nông dân xã Tân Lược"),
 P("Kim Thị Sà Rết", "Chi hội trưởng Chi hội nông dân nghề nghiệp lúa chất lượng cao ấp Sóc Rừng"),
 P("Nguyễn Văn Chiến", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("120 học viên", 120, "học viên"), Q("131.400 hội viên", 131400, "hội viên"), Q("khoảng 12%", 12, "%", "approx"),
 Q("khoảng 135.000 ha", 135000, "ha", "approx"), Q("2 HTX", 2, "HTX"), Q("14 tổ hợp tác", 14, "tổ hợp tác"),
 Q("462 thành viên", 462, "thành viên"), Q("khoảng 300 đồng/kg", 300, "đồng", "approx"), Q("3 máy sấy lúa", 3, "máy sấy lúa"),
 Q("100% học viên", 100, "%"), Q("không dưới 20 tổ hợp tác", 20, "tổ hợp tác", "over"), Q("5 HTX nông nghiệp", 5, "HTX nông nghiệp"),
 Q("trên 2.500 hội viên mới", 2500, "hội viên mới", "over"), Q("27 ý kiến góp ý", 27, "ý kiến")],
[D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Hội nghị Trung ương 5 khóa XIII", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Nghị quyết", "20", "NQ/TW", None, None, "Nghị quyết 20-NQ/TW"),
 D("Kế hoạch", "115", "KH/HNDT", "2022-08-08", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 115-KH/HNDT ngày 8/8/2022"),
 D("Nghị định", "77", "2019/NĐ-CP", None, "Chính phủ", "Nghị định 77/2019/NĐ-CP")],
[prov("Vĩnh Long"), com("Tân Lược"), com("Loan Mỹ")],
["Báo Vĩnh Long Online", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "Học viên trao đổi kinh nghiệm tại lớp tập huấn.",
 "Lượt truy cập: 1.058"],
["2022-09-28 16:40", "năm 2022", "2 ngày", "khóa XIII", "năm 2030", "cuối năm 2022", "Lượt truy cập: 1.058"]))

PAGES.append(page("b5805-travinh-hnd-daihoi-2023", """
TRÀ VINH ONLINE
Tin tức / Chính trị / Mặt trận - Đoàn thể
21.07.2023 | 16:05
Đồng chí Thạch Phước Bình được bầu làm Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028
Ngày 20/7/2023, Hội Nông dân tỉnh Trà Vinh tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028, với 280 đại biểu đại diện cho trên 112.000 hội viên toàn tỉnh. Dự đại hội có đồng chí Phan Quang Tiến, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Sơn Ngọc Thạnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Ban Chấp hành Hội Nông dân tỉnh khóa X ra mắt đại hội.
Nhiệm kỳ 2018 - 2023, các cấp Hội đã vận động 94.600 lượt hộ đạt danh hiệu sản xuất, kinh doanh giỏi; thành lập 42 chi hội, 128 tổ hội nông dân nghề nghiệp; hỗ trợ thành lập 36 HTX nông nghiệp. Vùng lúa chất lượng cao ở các xã Tập Sơn, Lương Hòa A, Ngãi Xuyên được mở rộng lên khoảng 18.000 ha, trong đó hơn 5.000 ha có liên kết tiêu thụ. Nguồn Quỹ Hỗ trợ nông dân đạt 41,3 tỷ đồng; Hội còn phối hợp giúp 6.280 hộ hội viên thoát nghèo, trong đó khoảng 60% là hộ đồng bào Khmer.
Đại hội xác định mục tiêu nhiệm kỳ mới: hằng năm có ít nhất 55% hộ hội viên đăng ký danh hiệu sản xuất, kinh doanh giỏi; mỗi năm thành lập mới 10 HTX; nâng Quỹ Hỗ trợ nông dân lên 60 tỷ đồng; thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương, Chương trình hành động số 22-CTr/TU ngày 14/11/2022 của Tỉnh ủy và Đề án 05, 06-ĐA/HNDT của Ban Thường vụ Hội Nông dân tỉnh.
Đại hội đã bầu Ban Chấp hành Hội Nông dân tỉnh khóa X gồm 33 ủy viên. Tại phiên họp thứ nhất, đồng chí Thạch Phước Bình, Tỉnh ủy viên, được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân tỉnh khóa X. Các đồng chí Sơn Thị Sa Quênh, Nguyễn Văn Giàu được bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh. Đồng chí Kiên Thị Chanh Đa được bầu làm Chủ nhiệm Ủy ban Kiểm tra Hội Nông dân tỉnh.
Phát biểu tại đại hội, đồng chí Phan Quang Tiến đề nghị Hội chú trọng xây dựng chi hội nông dân nghề nghiệp, phát triển thương hiệu lúa gạo gắn với Quyết định 1490/QĐ-TTg về đề án 1 triệu ha lúa chất lượng cao. Đại hội cũng bầu 9 đại biểu dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII.
Ông Thạch Sang, nông dân xã Tập Sơn, đại biểu trẻ tuổi nhất, xúc động chia sẻ niềm vui khi HTX của anh vừa xuất bán 420 tấn lúa.
Hữu Hiệp
Tin khác
- Cầu Kè: Đại hội Hội Nông dân huyện lần thứ X (25/05/2023)
- Trà Cú: nông dân Khmer thu hoạch lúa hè thu sớm (10/05/2023)
- Hội Nông dân tỉnh trao 100 căn nhà cho hội viên nghèo (20/04/2023)
- Duyên Hải: nông dân chuyển đổi ruộng lúa nhiễm mặn sang nuôi tôm (05/04/2023)
- Châu Thành: đại hội điểm Hội Nông dân xã Hòa Lợi (22/03/2023)
""", "2023-07-21", "Đồng chí Thạch Phước Bình được bầu làm Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028",
E("dai_hoi", None, "2023-07-20"),
[P("Thạch Phước Bình", "Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh khóa X"),
 P("Phan Quang Tiến", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Sơn Ngọc Thạnh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Sơn Thị Sa Quênh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Giàu", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Kiên Thị Chanh Đa", "Chủ nhiệm Ủy ban Kiểm tra Hội Nông dân tỉnh"),
 P("Thạch Sang")],
[Q("280 đại biểu", 280, "đại biểu"), Q("trên 112.000 hội viên", 112000, "hội viên", "over"), Q("94.600 lượt hộ", 94600, "lượt hộ"),
 Q("42 chi hội", 42, "chi hội"), Q("128 tổ hội nông dân nghề nghiệp", 128, "tổ hội nông dân nghề nghiệp"),
 Q("36 HTX nông nghiệp", 36, "HTX nông nghiệp"), Q("khoảng 18.000 ha", 18000, "ha", "approx"), Q("hơn 5.000 ha", 5000, "ha", "over"),
 Q("41,3 tỷ đồng", 41300000000, "đồng"), Q("6.280 hộ hội viên", 6280, "hộ hội viên"), Q("khoảng 60%", 60, "%", "approx"),
 Q("ít nhất 55%", 55, "%", "over"), Q("10 HTX", 10, "HTX"), Q("60 tỷ đồng", 60000000000, "đồng"), Q("33 ủy viên", 33, "ủy viên"),
 Q("9 đại biểu", 9, "đại biểu"), Q("420 tấn", 420, "tấn")],
[D("Nghị quyết", "19", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 19-NQ/TW"),
 D("Chương trình hành động", "22", "CTr/TU", "2022-11-14", "Tỉnh ủy", "Chương trình hành động số 22-CTr/TU ngày 14/11/2022"),
 D("Đề án", "05", "ĐA/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Đề án 05, 06-ĐA/HNDT"),
 D("Đề án", "06", "ĐA/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Đề án 05, 06-ĐA/HNDT"),
 D("Quyết định", "1490", "QĐ-TTg", None, None, "Quyết định 1490/QĐ-TTg")],
[prov("Trà Vinh"), com("Tập Sơn"), com("Lương Hòa A"), com("Ngãi Xuyên")],
["TRÀ VINH ONLINE", "Tin tức / Chính trị / Mặt trận - Đoàn thể", "Ban Chấp hành Hội Nông dân tỉnh khóa X ra mắt đại hội.",
 "Quỹ Hỗ trợ nông dân"],
["21.07.2023 | 16:05", "lần thứ X", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "khóa X", "phiên họp thứ nhất", "lần thứ VIII",
 "1 triệu ha"]))

PAGES.append(page("b5806-nghean-hnd-giamsat-2023", """
HỘI NÔNG DÂN TỈNH NGHỆ AN
Trang chủ > Tin tức > Giám sát và phản biện xã hội
Thứ Sáu, 13/10/2023 - 10:30
Giám sát thực hiện chính sách hỗ trợ nông dân liên kết sản xuất lúa
Từ ngày 10 đến 12/10/2023, Đoàn giám sát Ban Thường vụ Hội Nông dân tỉnh Nghệ An do đồng chí Nguyễn Văn Đệ, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách khuyến khích liên kết sản xuất lúa năm 2023 tại xã Diễn Kỷ, xã Hưng Tân, xã Quỳnh Lương và một số HTX nông nghiệp.
Đoàn giám sát kiểm tra cánh đồng liên kết tại xã Diễn Kỷ.
Cuộc giám sát thực hiện theo Chương trình giám sát số 09-CTr/HNDT ngày 15/2/2023 của Ban Thường vụ Hội Nông dân tỉnh, căn cứ Quyết định số 99-QĐ/TW của Ban Bí thư ban hành hướng dẫn khung để tiếp tục thực hiện giám sát, phản biện xã hội và Nghị quyết số 13/2022/NQ-HĐND ngày 9/12/2022 của HĐND tỉnh về chính sách hỗ trợ phát triển nông nghiệp. Tham gia đoàn có đồng chí Hồ Thị Thanh Hà, Phó Chủ tịch Hội Nông dân tỉnh và đại diện Ban Dân vận Tỉnh ủy, Sở Nông nghiệp và PTNT.
Theo báo cáo, năm 2023 toàn tỉnh có 57 dự án liên kết sản xuất lúa với khoảng 9.600 ha, thu hút 21.300 hộ tham gia; ngân sách tỉnh đã hỗ trợ 18,4 tỷ đồng cho giống, vật tư. Tại 3 xã được giám sát có 8 HTX tham gia liên kết, diện tích 1.420 ha. Tuy nhiên, đoàn phát hiện 2 dự án chậm giải ngân, 146 hộ chưa được nhận hỗ trợ giống vụ hè thu; hợp đồng giữa doanh nghiệp và HTX có 3 trường hợp chưa quy định giá sàn.
Ông Hồ Văn Hải, Giám đốc HTX nông nghiệp Diễn Kỷ, kiến nghị rút gọn thủ tục thẩm định hồ sơ dự án từ 45 ngày xuống còn 20 ngày. Bà Lương Thị Xuân, Chủ tịch Hội Nông dân xã Hưng Tân, đề nghị doanh nghiệp thu mua lúa đúng tiến độ, tránh để nông dân phải phơi lúa trên đường. Ông Vi Văn Tình (dân tộc Thái), hội viên Chi hội nông dân bản Cò Phạt, phản ánh giá lúa thu mua thấp hơn thị trường khoảng 500 đồng/kg.
Kết luận giám sát, đồng chí Nguyễn Văn Đệ đề nghị UBND các xã phối hợp Sở Nông nghiệp và PTNT giải quyết dứt điểm hỗ trợ cho 146 hộ trước ngày 30/11/2023; các cấp Hội tăng cường vai trò cầu nối theo Quyết định số 81/2014/QĐ-TTg. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy và Ban Dân vận Tỉnh ủy.
Thành viên đoàn gồm các đồng chí Ủy viên Ban Thường vụ Hội Nông dân tỉnh: Trần Đình Phúc, Lô Thị Hương và đồng chí Phạm Văn Hòa, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh.
Minh Thái
Tin liên quan
- Hội Nông dân tỉnh phản biện dự thảo nghị quyết về tích tụ ruộng đất (02/10/2023)
- Yên Thành: ra mắt HTX lúa hữu cơ (20/09/2023)
- Quỳnh Lưu tập huấn kỹ thuật sản xuất lúa chất lượng cao (05/09/2023)
""", "2023-10-13", "Giám sát thực hiện chính sách hỗ trợ nông dân liên kết sản xuất lúa",
E("giam_sat", "2023", "2023-10-10"),
[P("Nguyễn Văn Đệ", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hồ Thị Thanh Hà", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hồ Văn Hải", "Giám đốc HTX nông nghiệp Diễn Kỷ"),
 P("Lương Thị Xuân", "Chủ tịch Hội Nông dân xã Hưng Tân"),
 P("Vi Văn Tình", "hội viên Chi hội nông dân bản Cò Phạt"),
 P("Trần Đình Phúc", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh"),
 P("Lô Thị Hương", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh"),
 P("Phạm Văn Hòa", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh")],
[Q("57 dự án liên kết sản xuất lúa", 57, "dự án liên kết sản xuất lúa"), Q("khoảng 9.600 ha", 9600, "ha", "approx"),
 Q("21.300 hộ", 21300, "hộ"), Q("18,4 tỷ đồng", 18400000000, "đồng"), Q("3 xã", 3, "xã"), Q("8 HTX", 8, "HTX"),
 Q("1.420 ha", 1420, "ha"), Q("2 dự án", 2, "dự án"), Q("146 hộ", 146, "hộ"), Q("3 trường hợp", 3, "trường hợp"),
 Q("khoảng 500 đồng/kg", 500, "đồng", "approx")],
[D("Chương trình giám sát", "09", "CTr/HNDT", "2023-02-15", "Ban Thường vụ Hội Nông dân tỉnh", "Chương trình giám sát số 09-CTr/HNDT ngày 15/2/2023"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW"),
 D("Nghị quyết", "13", "2022/NQ-HĐND", "2022-12-09", "HĐND tỉnh", "Nghị quyết số 13/2022/NQ-HĐND ngày 9/12/2022"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, None, "Quyết định số 81/2014/QĐ-TTg")],
[prov("Nghệ An"), com("Diễn Kỷ"), com("Hưng Tân"), com("Quỳnh Lương")],
["HỘI NÔNG DÂN TỈNH NGHỆ AN", "Trang chủ > Tin tức > Giám sát và phản biện xã hội", "Đoàn giám sát kiểm tra cánh đồng liên kết tại xã Diễn Kỷ."],
["Thứ Sáu, 13/10/2023 - 10:30", "năm 2023", "45 ngày", "20 ngày", "vụ hè thu"]))
