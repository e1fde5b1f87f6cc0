from lib import *
PAGES = []

PAGES.append(page("b2297-yenbai-bdv-giaoban-thang-2023", """
BAN DÂN VẬN TỈNH ỦY YÊN BÁI
Trang chủ > Tin tức > Tin hoạt động
T4, 06/09/2023 - 14:30
Ảnh: Quang cảnh buổi giao ban.
Khối dân vận giao ban công tác tháng 8
Sáng 05/9, Ban Dân vận Tỉnh ủy Yên Bái tổ chức giao ban công tác dân vận tháng 8/2023 với lãnh đạo Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội tỉnh. Đồng chí Triệu Thị Thu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Lò Văn Hặc, Phó Trưởng Ban Dân vận Tỉnh ủy.
Trong tháng 8, khối dân vận đã tập trung khắc phục hậu quả mưa lũ tại các huyện Mù Cang Chải, Trạm Tấu, Văn Chấn; vận động ủng hộ được hơn 3,8 tỷ đồng; huy động 2.150 lượt cán bộ, đoàn viên, hội viên giúp dân dọn bùn đất, sửa chữa 64 căn nhà bị hư hỏng. Ủy ban MTTQ tỉnh đã hỗ trợ 18 hộ có nhà bị sập đổ hoàn toàn, mỗi hộ 40 triệu đồng từ Quỹ Cứu trợ.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 214-KH/TU ngày 07/8/2023 thực hiện Kết luận số 54-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị 49-CT/TW về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa; hướng dẫn các huyện sơ kết 3 năm thực hiện Chỉ thị 05-CT/TU về "Dân vận khéo" trong xây dựng nông thôn mới.
Hội Nông dân tỉnh cho biết đã kết nạp 860 hội viên mới, giải ngân 12 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 245 hộ vay. Tỉnh đoàn tổ chức 35 đội hình thanh niên tình nguyện hè với 1.200 đoàn viên tham gia. Hội Liên hiệp Phụ nữ tỉnh trao 12 "Mái ấm tình thương" cho hội viên nghèo. Các cấp Hội Cựu chiến binh, Công đoàn cũng chủ động thăm hỏi, động viên các gia đình bị thiệt hại; nhiều doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đã gửi tiền, hàng hóa qua Ủy ban MTTQ các cấp để hỗ trợ nhân dân vùng lũ. Công tác nắm tình hình tư tưởng nhân dân được duy trì thường xuyên; dư luận xã hội tập trung vào việc khắc phục thiệt hại do thiên tai, giá vật tư nông nghiệp tăng cao và việc sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025.
Đồng chí Hà Thị Pâng, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, phản ánh tại xã Pá Lau, huyện Trạm Tấu còn 5 trường hợp tuyên truyền đạo trái phép cần được vận động. Đồng chí Giàng A Chu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị sớm có phương án di dời 37 hộ ở vùng nguy cơ sạt lở tại xã Kim Nọi.
Kết luận giao ban, đồng chí Triệu Thị Thu đề nghị tháng 9 các cơ quan tập trung vận động nhân dân tái định cư, ổn định sản xuất; chuẩn bị tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân năm 2023; tăng cường nắm tình hình, không để phát sinh điểm nóng, nhất là ở 3 huyện vùng cao.
Triệu Thu
Lượt xem: 388
Tin liên quan
- Văn Yên: 20 mô hình "Dân vận khéo" được khen thưởng (30/08/2023)
- Giao ban công tác dân vận tháng 7/2023 (04/08/2023)
- Mù Cang Chải vận động 150 hộ di dời khỏi vùng sạt lở (25/07/2023)
""", "2023-09-06", "Khối dân vận giao ban công tác tháng 8",
E("giao_ban", "2023-08", "2023-09-05"),
[P("Triệu Thị Thu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Hặc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Pâng", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Giàng A Chu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 3,8 tỷ đồng", 3800000000, "đồng", "over"), Q("2.150 lượt cán bộ, đoàn viên, hội viên", 2150, "lượt cán bộ, đoàn viên, hội viên"),
 Q("64 căn nhà", 64, "căn nhà"), Q("18 hộ", 18, "hộ"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("860 hội viên mới", 860, "hội viên mới"), Q("12 tỷ đồng", 12000000000, "đồng"), Q("245 hộ", 245, "hộ"),
 Q("35 đội hình thanh niên tình nguyện hè", 35, "đội hình thanh niên tình nguyện hè"), Q("1.200 đoàn viên", 1200, "đoàn viên"),
 Q('12 "Mái ấm tình thương"', 12, "Mái ấm tình thương"), Q("5 trường hợp", 5, "trường hợp"), Q("37 hộ", 37, "hộ"),
 Q("3 huyện vùng cao", 3, "huyện vùng cao")],
[D("Kế hoạch", "214", "KH/TU", "2023-08-07", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 214-KH/TU ngày 07/8/2023"),
 D("Kết luận", "54", "KL/TW", None, "Ban Bí thư", "Kết luận số 54-KL/TW của Ban Bí thư"),
 D("Chỉ thị", "49", "CT/TW", None, None, "Chỉ thị 49-CT/TW"),
 D("Chỉ thị", "05", "CT/TU", None, None, "Chỉ thị 05-CT/TU")],
[prov("Yên Bái"), com("Pá Lau"), com("Kim Nọi")],
["BAN DÂN VẬN TỈNH ỦY YÊN BÁI", "Trang chủ > Tin tức > Tin hoạt động", "Ảnh: Quang cảnh buổi giao ban.",
 "Quỹ Cứu trợ", "Quỹ Hỗ trợ nông dân", "Dân vận khéo", "Lượt xem: 388"],
["T4, 06/09/2023 - 14:30", "tháng 8/2023", "tháng 8", "3 năm", "tháng 9", "năm 2023", "giai đoạn 2023 - 2025", "Lượt xem: 388"]))

PAGES.append(page("b2298-gialai-bdv-traoqua-tet-2023", """
Báo Gia Lai điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Gia Lai
Chính trị » Dân vận
Ngày 12/01/2023 | 09:15
Ban Dân vận Tỉnh ủy thăm, tặng quà Tết người có uy tín và hộ nghèo huyện Krông Pa
(GLO)- Ngày 11/1, đoàn công tác Ban Dân vận Tỉnh ủy Gia Lai do đồng chí Rơ Châm Ngơh, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, tặng quà Tết Nguyên đán Quý Mão năm 2023 cho người có uy tín, hộ nghèo và gia đình chính sách tại huyện Krông Pa.
Đồng chí Rơ Châm Ngơh tặng quà cho người có uy tín xã Ia Rsai. Ảnh: Phương Duyên
Tại xã Ia Rsai, đoàn đã tặng 45 suất quà cho người có uy tín và 80 suất quà cho hộ nghèo; mỗi suất quà gồm 500.000 đồng tiền mặt và nhu yếu phẩm. Tại xã Chư Gu, đoàn tặng 60 phần quà Tết cho hộ đồng bào Jrai có hoàn cảnh khó khăn, mỗi phần trị giá 700.000 đồng. Tổng giá trị quà trong chuyến công tác hơn 110 triệu đồng, do Ban Dân vận Tỉnh ủy phối hợp Ngân hàng Chính sách xã hội tỉnh và các nhà hảo tâm vận động.
Thăm hỏi ông Ksor Bưng, người có uy tín buôn Chính Hòa, xã Ia Rsai, đồng chí Rơ Châm Ngơh ghi nhận ông đã vận động 14 hộ trong buôn bỏ tục chôn chung, tham gia trồng 22 ha mì, mía theo liên kết. Ông Kpă Y Luôn, Bí thư Chi bộ, Trưởng buôn Mlah, xã Chư Gu, cho biết năm 2022 buôn đã có 17 hộ thoát nghèo.
Đồng chí Puih H'Lênh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Krông Pa, thông tin: toàn huyện có 182 người có uy tín; năm 2022 tỷ lệ hộ nghèo giảm 4,6%, còn 18,2%. Huyện đang triển khai Kế hoạch số 58-KH/HU của Ban Thường vụ Huyện ủy thực hiện Chỉ thị số 06-CT/TU ngày 18/5/2022 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào dân tộc thiểu số, và Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín.
Đồng chí Rơ Châm Ngơh mong các già làng, người có uy tín tiếp tục vận động đồng bào đón Tết vui tươi, lành mạnh, tiết kiệm; không nghe theo lời kẻ xấu tuyên truyền "Tin lành Đê Ga"; giữ gìn an ninh buôn làng. Đoàn cũng thăm và tặng 10 suất quà cho cán bộ, chiến sĩ Đồn Biên phòng Ia Mơr. Nhân dịp này, đoàn cũng đến thăm, chúc Tết Ban Thường vụ Huyện ủy Krông Pa, động viên cán bộ, đảng viên và lực lượng vũ trang trên địa bàn huyện làm tốt nhiệm vụ trong dịp Tết.
Cùng đi với đoàn có đồng chí Đinh Văn Brơk, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Dân vận Tỉnh ủy.
Phương Duyên
Tin liên quan
- Mặt trận tỉnh trao 1.500 suất quà Tết cho hộ nghèo (10/01/2023)
- Chư Prông: người có uy tín đi đầu phong trào thi đua (05/01/2023)
- Tổng kết công tác dân vận năm 2022 (28/12/2022)
- Ia Grai: đối thoại với đoàn viên thanh niên (20/12/2022)
""", "2023-01-12", "Ban Dân vận Tỉnh ủy thăm, tặng quà Tết người có uy tín và hộ nghèo huyện Krông Pa",
E("trao_qua", None, "2023-01-11"),
[P("Rơ Châm Ngơh", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Ksor Bưng", "người có uy tín buôn Chính Hòa"),
 P("Kpă Y Luôn", "Bí thư Chi bộ", "Trưởng buôn Mlah"),
 P("Puih H'Lênh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Krông Pa"),
 P("Đinh Văn Brơk", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Dân vận Tỉnh ủy")],
[Q("45 suất quà", 45, "suất quà"), Q("80 suất quà", 80, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("60 phần quà", 60, "phần quà"), Q("700.000 đồng", 700000, "đồng"), Q("hơn 110 triệu đồng", 110000000, "đồng", "over"),
 Q("14 hộ", 14, "hộ"), Q("22 ha", 22, "ha"), Q("17 hộ", 17, "hộ"), Q("182 người có uy tín", 182, "người có uy tín"),
 Q("4,6%", 4.6, "%"), Q("18,2%", 18.2, "%"), Q("10 suất quà", 10, "suất quà")],
[D("Kế hoạch", "58", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 58-KH/HU của Ban Thường vụ Huyện ủy"),
 D("Chỉ thị", "06", "CT/TU", "2022-05-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 18/5/2022 của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Gia Lai"), com("Ia Rsai"), com("Chư Gu")],
["Báo Gia Lai điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Gia Lai", "Chính trị » Dân vận", "(GLO)",
 "Đồng chí Rơ Châm Ngơh tặng quà cho người có uy tín xã Ia Rsai. Ảnh: Phương Duyên", "Tin lành Đê Ga", "Đồn Biên phòng Ia Mơr"],
["Ngày 12/01/2023 | 09:15", "năm 2023", "năm 2022"]))

PAGES.append(page("b2299-travinh-mttq-giamsat-2023", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh
Trang chủ | Giám sát và phản biện xã hội
19/10/2023 - 16:05
Giám sát thực hiện chính sách bảo hiểm y tế cho đồng bào dân tộc thiểu số tại huyện Trà Cú
Thực hiện Chương trình giám sát năm 2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh, ngày 17 và 18/10/2023, đoàn giám sát do bà Thạch Thị Chanh Đa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bảo hiểm y tế đối với đồng bào dân tộc thiểu số tại huyện Trà Cú.
Đoàn giám sát làm việc với UBND xã Ngãi Xuyên.
Theo báo cáo của UBND huyện, toàn huyện có hơn 112.000 người dân tộc Khmer, chiếm 63% dân số. Từ năm 2021 đến tháng 9/2023, huyện đã cấp 268.400 lượt thẻ bảo hiểm y tế cho đồng bào dân tộc thiểu số, với kinh phí trên 186 tỷ đồng từ ngân sách nhà nước theo Nghị định 146/2018/NĐ-CP của Chính phủ. Tuy nhiên, từ năm 2022, do Quyết định 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ làm thay đổi danh sách xã khu vực III, 9 xã của huyện không còn thuộc diện hưởng chính sách, khiến 41.300 người không còn được cấp thẻ miễn phí.
Tại xã Ngãi Xuyên, ông Kim Sô Phol, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết tỷ lệ tham gia bảo hiểm y tế của xã giảm từ 98% xuống còn 76%. Đại đức Sơn Ngọc Huỳnh, trụ trì chùa Giồng Lớn, đề nghị vận động các nhà hảo tâm mua thẻ cho hộ cận nghèo. Bà Trà Thị Mến, Trưởng ban Công tác Mặt trận ấp Xoài Thum, phản ánh nhiều lao động đi làm ăn xa nên không tham gia bảo hiểm y tế hộ gia đình.
Đồng chí Thạch Văn Rương, Trưởng Ban Dân vận Huyện ủy Trà Cú, cho biết huyện đã vận động trao tặng 1.850 thẻ bảo hiểm y tế trị giá hơn 1,3 tỷ đồng cho hộ cận nghèo trong năm 2023.
Kết luận buổi giám sát, bà Thạch Thị Chanh Đa đề nghị UBND huyện thực hiện đúng Luật Bảo hiểm y tế; phối hợp Bảo hiểm xã hội huyện rà soát 412 trường hợp cấp trùng thẻ; đồng thời tổ chức tuyên truyền bằng tiếng Khmer tại 48 chùa trên địa bàn. Đoàn giám sát sẽ tổng hợp kiến nghị gửi UBND tỉnh xem xét sửa đổi Kế hoạch số 70/KH-UBND của UBND tỉnh về phát triển đối tượng tham gia bảo hiểm y tế.
Tham gia đoàn giám sát có ông Trần Văn Tâm, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Dân tộc tỉnh, Sở Y tế, Bảo hiểm xã hội tỉnh. Đây là 1 trong 5 cuộc giám sát chuyên đề của Mặt trận tỉnh trong năm 2023; các cuộc còn lại tập trung vào chính sách giảm nghèo và nhà ở cho người có công.
Kim Thoa
Tin liên quan
- Hội nghị phản biện dự thảo Nghị quyết của HĐND tỉnh (12/10/2023)
- Cầu Ngang: 30 căn nhà Đại đoàn kết được bàn giao (02/10/2023)
- Tiểu Cần giám sát thực hiện Quy chế dân chủ ở cơ sở (20/09/2023)
""", "2023-10-19", "Giám sát thực hiện chính sách bảo hiểm y tế cho đồng bào dân tộc thiểu số tại huyện Trà Cú",
E("giam_sat", "2023", "2023-10-17"),
[P("Thạch Thị Chanh Đa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Sô Phol", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Ngọc Huỳnh", "Đại đức", "trụ trì chùa Giồng Lớn"),
 P("Trà Thị Mến", "Trưởng ban Công tác Mặt trận ấp Xoài Thum"),
 P("Thạch Văn Rương", "Trưởng Ban Dân vận Huyện ủy Trà Cú"),
 P("Trần Văn Tâm", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 112.000 người dân tộc Khmer", 112000, "người dân tộc Khmer", "over"), Q("63%", 63, "%"),
 Q("268.400 lượt thẻ bảo hiểm y tế", 268400, "lượt thẻ bảo hiểm y tế"), Q("trên 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("9 xã", 9, "xã"), Q("41.300 người", 41300, "người"), Q("98%", 98, "%"), Q("76%", 76, "%"),
 Q("1.850 thẻ bảo hiểm y tế", 1850, "thẻ bảo hiểm y tế"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("412 trường hợp", 412, "trường hợp"), Q("48 chùa", 48, "chùa"), Q("5 cuộc giám sát chuyên đề", 5, "cuộc giám sát chuyên đề")],
[D("Nghị định", "146", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 146/2018/NĐ-CP của Chính phủ"),
 D("Quyết định", "861", "QĐ-TTg", "2021-06-04", "Thủ tướng Chính phủ", "Quyết định 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "70", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 70/KH-UBND của UBND tỉnh")],
[prov("Trà Vinh"), com("Ngãi Xuyên")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh", "Trang chủ | Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Ngãi Xuyên.", "Luật Bảo hiểm y tế"],
["19/10/2023 - 16:05", "năm 2023", "Từ năm 2021 đến tháng 9/2023", "từ năm 2022", "khu vực III", "1 trong 5"]))

PAGES.append(page("b2300-hoabinh-bdv-soket-2023", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Hòa Bình
Trang chủ / Tin tức / Hoạt động của Ban Dân vận các cấp
Cập nhật: 14:22, 14/07/2023 (GMT+7)
Toàn cảnh hội nghị sơ kết.
Hòa Bình: gần 9.000 mô hình "Dân vận khéo" lan tỏa trong đời sống
Ngày 13/7/2023, Ban Dân vận Tỉnh ủy Hòa Bình tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Bùi Văn Khởi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Quách Thị Mến, Xa Văn Thìn; lãnh đạo ban dân vận 10 huyện ủy, thành ủy và đảng ủy trực thuộc.
Theo báo cáo, 6 tháng đầu năm, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 145-KH/TU triển khai Kết luận số 23-KL/TW ngày 10/10/2022 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI; chỉ đạo sơ kết 3 năm thực hiện Nghị quyết 07-NQ/TU về công tác dân vận trong vùng đồng bào Mường, Dao. Toàn tỉnh hiện có gần 9.000 mô hình "Dân vận khéo", trong đó 6 tháng đầu năm đăng ký mới 624 mô hình; nhân dân hiến hơn 48.000 m2 đất, đóng góp 27,5 tỷ đồng xây dựng nông thôn mới.
Các cơ quan dân vận phối hợp giải quyết 96 vụ việc khiếu nại liên quan đất đai, hòa giải thành 81 vụ, đạt 84,4%. Ủy ban MTTQ và các đoàn thể tỉnh tổ chức 58 cuộc giám sát, 21 hội nghị phản biện xã hội. Tuy nhiên, tình hình tranh chấp đất đai tại một số dự án vẫn diễn biến phức tạp; 2 vụ tụ tập đông người tại huyện Lương Sơn chưa được giải quyết dứt điểm.
Tại hội nghị, đồng chí Đinh Công Sứ, HUV, Trưởng Ban Dân vận Huyện ủy Đà Bắc, chia sẻ cách vận động 128 hộ đồng bào Dao ở vùng lòng hồ chuyển đổi sinh kế; bà Bùi Thị Nhàn, Bí thư Đảng ủy xã Thượng Cốc, nêu kinh nghiệm vận động bà con tự nguyện dồn điền đổi thửa với 35 ha đất lúa. Ông Hà Công Vượng, Trưởng xóm Mít, xã Toàn Sơn, kể về việc vận động xóm xây dựng hương ước mới.
Phát biểu kết luận, đồng chí Bùi Văn Khởi đề nghị 6 tháng cuối năm tập trung thực hiện Chỉ thị số 18-CT/TU ngày 02/3/2023 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận chính quyền; chuẩn bị tốt các điều kiện tổ chức hội nghị biểu dương điển hình "Dân vận khéo" giai đoạn 2021 - 2023; chủ động nắm tình hình, tham mưu xử lý kịp thời các vấn đề nảy sinh, không để hình thành điểm nóng.
Đồng chí Quách Thị Mến đề nghị các huyện rà soát, lựa chọn 50 điển hình tiêu biểu để biểu dương cấp tỉnh.
Bùi Minh
Lượt xem: 752
Tin cùng chuyên mục
- Mai Châu: đối thoại với người dân về du lịch cộng đồng (07/07/2023)
- Hội nghị giao ban công tác dân vận quý II năm 2023 (30/06/2023)
- Tân Lạc tập huấn nghiệp vụ cho 200 cán bộ dân vận cơ sở (15/06/2023)
""", "2023-07-14", "Hòa Bình: gần 9.000 mô hình \"Dân vận khéo\" lan tỏa trong đời sống",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Bùi Văn Khởi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Thị Mến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Xa Văn Thìn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Sứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Đà Bắc"),
 P("Bùi Thị Nhàn", "Bí thư Đảng ủy xã Thượng Cốc"),
 P("Hà Công Vượng", "Trưởng xóm Mít")],
[Q("10 huyện ủy, thành ủy", 10, "huyện ủy, thành ủy"), Q("gần 9.000 mô hình", 9000, "mô hình", "approx"),
 Q("624 mô hình", 624, "mô hình"), Q("hơn 48.000 m2", 48000, "m2", "over"), Q("27,5 tỷ đồng", 27500000000, "đồng"),
 Q("96 vụ việc khiếu nại", 96, "vụ việc khiếu nại"), Q("81 vụ", 81, "vụ"), Q("84,4%", 84.4, "%"),
 Q("58 cuộc giám sát", 58, "cuộc giám sát"), Q("21 hội nghị phản biện xã hội", 21, "hội nghị phản biện xã hội"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("128 hộ đồng bào Dao", 128, "hộ đồng bào Dao"),
 Q("35 ha", 35, "ha"), Q("50 điển hình tiêu biểu", 50, "điển hình tiêu biểu")],
[D("Kế hoạch", "145", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 145-KH/TU"),
 D("Kết luận", "23", "KL/TW", "2022-10-10", "Bộ Chính trị", "Kết luận số 23-KL/TW ngày 10/10/2022 của Bộ Chính trị"),
 D("Nghị quyết", "07", "NQ/TU", None, None, "Nghị quyết 07-NQ/TU"),
 D("Chỉ thị", "18", "CT/TU", "2023-03-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 02/3/2023 của Ban Thường vụ Tỉnh ủy")],
[prov("Hòa Bình"), com("Thượng Cốc"), com("Toàn Sơn")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Hòa Bình", "Trang chủ / Tin tức / Hoạt động của Ban Dân vận các cấp",
 "Toàn cảnh hội nghị sơ kết.", "Dân vận khéo", "Nghị quyết Trung ương 7 khóa XI", "Lượt xem: 752"],
["Cập nhật: 14:22, 14/07/2023 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2023", "3 năm", "Nghị quyết Trung ương 7",
 "giai đoạn 2021 - 2023", "Lượt xem: 752"]))

PAGES.append(page("b2301-baclieu-chandung-2023", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU
Trang chủ » Gương điển hình » Dân vận khéo
19.05.2023 | 06:30
Chị Lâm Thị Sa Phon (bìa phải) trò chuyện với người dân khóm 4. Ảnh: Hữu Thọ
Nữ cán bộ dân vận người Khmer "nói dân hiểu, làm dân tin"
Hơn 10 năm gắn bó với công tác dân vận ở phường 5, thành phố Bạc Liêu, chị Lâm Thị Sa Phon, Phó Bí thư Đảng ủy, Trưởng khối dân vận phường 5, được người dân trong vùng quý mến gọi là "cô Út dân vận". Chị cũng là một trong 12 gương điển hình được Ban Dân vận Tỉnh ủy biểu dương tại hội nghị "Dân vận khéo" năm 2023.
Phường 5 có hơn 3.200 hộ, trong đó 640 hộ đồng bào Khmer và 215 hộ người Hoa. Trước đây, việc vận động người dân chỉnh trang đô thị, giữ gìn vệ sinh môi trường gặp nhiều khó khăn. Chị Sa Phon đã cùng Ban công tác Mặt trận các khóm đi đến từng hộ, dùng tiếng Khmer để trò chuyện, vận động bà con.
Chị kể, có những hộ phải đến năm, bảy lần mới thuyết phục được. "Mình phải kiên trì, phải hiểu hoàn cảnh từng nhà. Có nhà khó khăn thì mình vận động các nhà hảo tâm giúp trước, rồi bà con mới tin mà làm theo", chị chia sẻ. Mỗi tháng, chị đều dành thời gian dự sinh hoạt với các chi hội, tổ dân vận khóm để nắm tâm tư, nguyện vọng của người dân, kịp thời báo cáo Đảng ủy phường những vấn đề bức xúc, không để phát sinh đơn thư phức tạp.
Nhờ đó, năm 2022, người dân trong phường đã tự nguyện tháo dỡ 1.300 m hàng rào, hiến 1.150 m2 đất để mở rộng 4 tuyến hẻm, đóng góp hơn 860 triệu đồng làm đường và lắp 320 bóng đèn chiếu sáng. Chị còn vận động 36 hội viên phụ nữ thành lập tổ hợp tác làm bánh truyền thống, giúp 14 hộ thoát nghèo.
Ông Tăng Văn Hỷ, người Hoa, Trưởng Ban công tác Mặt trận khóm 4, nhận xét: "Cô Sa Phon nói ít mà chịu khó đi, nghe dân nói nhiều hơn nói cho dân nghe". Còn Đại đức Lý Hoàng Phươl, trụ trì chùa Xiêm Cán, cho biết chị thường đến chùa phối hợp tổ chức 3 lớp dạy chữ Khmer hè cho con em đồng bào.
Đồng chí Huỳnh Thị Kim Loan, Phó Trưởng Ban Dân vận Thành ủy Bạc Liêu, cho biết mô hình "Khóm dân vận khéo" của phường 5 đã được nhân rộng ra 7 phường, xã của thành phố, theo tinh thần Kết luận số 01-KL/TU của Ban Thường vụ Thành ủy về thực hiện Quy chế dân chủ ở cơ sở.
Năm 2023, chị Lâm Thị Sa Phon được Chủ tịch UBND tỉnh tặng bằng khen vì đã có thành tích trong thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer. Với chị, phần thưởng lớn nhất là được bà con tin yêu, đồng hành.
Hữu Thọ
Lượt xem: 1.316
Tin liên quan
- Biểu dương 12 điển hình "Dân vận khéo" năm 2023 (12/05/2023)
- Hồng Dân: ông Danh Sang và con đường hiến đất (28/04/2023)
- Giao ban công tác dân vận quý I năm 2023 (05/04/2023)
""", "2023-05-19", "Nữ cán bộ dân vận người Khmer \"nói dân hiểu, làm dân tin\"",
E("khac", None, None),
[P("Lâm Thị Sa Phon", "Phó Bí thư Đảng ủy", "Trưởng khối dân vận phường 5"),
 P("Tăng Văn Hỷ", "Trưởng Ban công tác Mặt trận khóm 4"),
 P("Lý Hoàng Phươl", "Đại đức", "trụ trì chùa Xiêm Cán"),
 P("Huỳnh Thị Kim Loan", "Phó Trưởng Ban Dân vận Thành ủy Bạc Liêu")],
[Q("12 gương điển hình", 12, "gương điển hình"), Q("hơn 3.200 hộ", 3200, "hộ", "over"),
 Q("640 hộ đồng bào Khmer", 640, "hộ đồng bào Khmer"), Q("215 hộ người Hoa", 215, "hộ người Hoa"),
 Q("1.300 m", 1300, "m"), Q("1.150 m2", 1150, "m2"), Q("4 tuyến hẻm", 4, "tuyến hẻm"),
 Q("hơn 860 triệu đồng", 860000000, "đồng", "over"), Q("320 bóng đèn chiếu sáng", 320, "bóng đèn chiếu sáng"),
 Q("36 hội viên phụ nữ", 36, "hội viên phụ nữ"), Q("14 hộ", 14, "hộ"), Q("3 lớp dạy chữ Khmer hè", 3, "lớp dạy chữ Khmer hè"),
 Q("7 phường, xã", 7, "phường, xã")],
[D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận số 01-KL/TU của Ban Thường vụ Thành ủy"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW của Ban Bí thư")],
[prov("Bạc Liêu"), com("phường 5")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU", "Trang chủ » Gương điển hình » Dân vận khéo",
 "Chị Lâm Thị Sa Phon (bìa phải) trò chuyện với người dân khóm 4. Ảnh: Hữu Thọ", "nói dân hiểu, làm dân tin",
 "cô Út dân vận", "Dân vận khéo", "Khóm dân vận khéo", "Quy chế dân chủ ở cơ sở", "Lượt xem: 1.316"],
["19.05.2023 | 06:30", "10 năm", "năm, bảy lần", "phường 5", "khóm 4", "năm 2023", "năm 2022", "Lượt xem: 1.316"]))

PAGES.append(page("b2302-hue-huyenuy-doithoai-2023", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Thừa Thiên Huế
You are here: Trang chủ > Dân vận chính quyền > Đối thoại
Thứ Tư, 08/11/2023 | 10:00
Huyện ủy A Lưới đối thoại với nhân dân về tái định cư, đất sản xuất
Ngày 07/11, Ban Thường vụ Huyện ủy A Lưới tổ chức hội nghị đối thoại năm 2023 giữa người đứng đầu cấp ủy, chính quyền với nhân dân các xã Hồng Thượng, Phú Vinh, Hồng Kim. Đồng chí Kăn Đưi, Tỉnh ủy viên, Bí thư Huyện ủy A Lưới và đồng chí Hồ Văn Ngọc, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. Dự có đồng chí Lê Thị Thu Sương, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Kăn Đưi trả lời ý kiến của người dân.
Tham gia đối thoại có hơn 180 người dân là đồng bào Tà Ôi, Pa Cô, Cơ Tu. Đã có 19 ý kiến nêu tại hội nghị, trong đó 8 ý kiến liên quan đến bồi thường, tái định cư của dự án Quốc lộ 49; 6 ý kiến về thiếu đất sản xuất; số còn lại về chính sách hỗ trợ theo Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Ông Hồ Văn Ôn, thôn Pa E, xã Hồng Thượng, phản ánh 24 hộ tái định cư chưa được cấp giấy chứng nhận quyền sử dụng đất. Bà Quỳnh Thị Nhàn, Chi hội trưởng Chi hội Phụ nữ thôn A Ka, xã Phú Vinh, đề nghị hỗ trợ vốn nuôi bò cho hộ nghèo. Già làng Nhâm Văn Thước, người có uy tín thôn Ka Vin, đề nghị quy hoạch lại nghĩa địa chung của thôn.
Trả lời, đồng chí Hồ Văn Ngọc cho biết, năm 2023 huyện được phân bổ 86,4 tỷ đồng thực hiện Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, trong đó có 12 tỷ đồng hỗ trợ đất ở, nhà ở và đất sản xuất. Huyện cam kết hoàn thành cấp giấy chứng nhận cho các hộ tái định cư trước ngày 31/12/2023; Phòng Tài nguyên và Môi trường được giao rà soát 47 thửa đất còn vướng mắc.
Phát biểu kết luận, đồng chí Kăn Đưi khẳng định các ý kiến tại hội nghị sẽ được tiếp thu, giải quyết theo Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị và Kế hoạch số 96-KH/HU ngày 20/3/2023 của Ban Thường vụ Huyện ủy. Đồng chí đề nghị người dân tiếp tục đồng thuận với dự án, không nghe kẻ xấu xúi giục khiếu kiện đông người.
Đồng chí Lê Thị Thu Sương đánh giá cao sự cầu thị của huyện và đề nghị Ban Dân vận Huyện ủy theo dõi, đôn đốc việc trả lời 19 ý kiến của người dân, báo cáo kết quả về Ban Dân vận Tỉnh ủy trước ngày 15/12. Những nội dung vượt thẩm quyền của huyện sẽ được tổng hợp, kiến nghị cấp trên xem xét.
Thanh Hương
Lượt xem: 403
Bài viết liên quan
- Phong Điền: đối thoại với nông dân về chuyển đổi cây trồng (30/10/2023)
- Hội nghị giao ban khối dân vận quý III năm 2023 (12/10/2023)
- Nam Đông: 150 hộ hiến đất làm đường (25/09/2023)
""", "2023-11-08", "Huyện ủy A Lưới đối thoại với nhân dân về tái định cư, đất sản xuất",
E("doi_thoai", "2023", "2023-11-07"),
[P("Kăn Đưi", "Tỉnh ủy viên", "Bí thư Huyện ủy A Lưới"),
 P("Hồ Văn Ngọc", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lê Thị Thu Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Ôn"),
 P("Quỳnh Thị Nhàn", "Chi hội trưởng Chi hội Phụ nữ thôn A Ka"),
 P("Nhâm Văn Thước", "Già làng", "người có uy tín thôn Ka Vin")],
[Q("hơn 180 người dân", 180, "người dân", "over"), Q("19 ý kiến", 19, "ý kiến"), Q("8 ý kiến", 8, "ý kiến"),
 Q("6 ý kiến", 6, "ý kiến"), Q("24 hộ tái định cư", 24, "hộ tái định cư"), Q("86,4 tỷ đồng", 86400000000, "đồng"),
 Q("12 tỷ đồng", 12000000000, "đồng"), Q("47 thửa đất", 47, "thửa đất")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị"),
 D("Kế hoạch", "96", "KH/HU", "2023-03-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 96-KH/HU ngày 20/3/2023 của Ban Thường vụ Huyện ủy")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("Phú Vinh"), com("Hồng Kim")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Thừa Thiên Huế", "You are here: Trang chủ > Dân vận chính quyền > Đối thoại",
 "Đồng chí Kăn Đưi trả lời ý kiến của người dân.", "Quốc lộ 49",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 403"],
["Thứ Tư, 08/11/2023 | 10:00", "năm 2023", "Quốc lộ 49", "31/12/2023", "15/12", "Lượt xem: 403"]))
