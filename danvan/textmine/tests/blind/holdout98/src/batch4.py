from lib import *
PAGES = []

PAGES.append(page("b2327-dienbien-muongnhe-bdvhu-taphuan-2023", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Xây dựng Đảng › Dân vận
Cập nhật: 16:45, 29/09/2023 (GMT+7)
Học viên trao đổi tại lớp tập huấn. Ảnh: Mai Vân
Mường Nhé tập huấn nghiệp vụ công tác dân vận năm 2023
Trong 2 ngày 27 và 28/9, Ban Dân vận Huyện ủy Mường Nhé (Điện Biên) tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2023 cho 135 học viên là trưởng khối dân vận, cán bộ Mặt trận, đoàn thể 11 xã và tổ trưởng tổ dân vận các bản biên giới. Đồng chí Pờ Mí Gá, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện khai mạc lớp học.
Tại lớp tập huấn, học viên được đồng chí Lò Thị Pà, Phó Trưởng Ban Dân vận Tỉnh ủy Điện Biên quán triệt Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương và Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI). Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Giàng A Dính, Chu Thị Mơ hướng dẫn kỹ năng nắm tình hình nhân dân vùng biên giới, cách xây dựng và nhân rộng mô hình "Dân vận khéo" theo Hướng dẫn số 21-HD/BDVTU của Ban Dân vận Tỉnh ủy.
Theo báo cáo của Ban Dân vận Huyện ủy, 9 tháng năm 2023 khối dân vận đã vận động 318 hộ đồng bào Hà Nhì, Mông, Si La ở các bản biên giới tham gia tự quản đường biên, mốc giới; phát hiện và vận động 7 trường hợp từ bỏ hoạt động tuyên truyền đạo trái pháp luật; giải quyết 4 vụ việc di cư tự do. Toàn huyện có 46 mô hình "Dân vận khéo", trong đó 5 mô hình cấp tỉnh. Nhân dân hiến hơn 4.000 m2 đất và đóng góp 2.600 ngày công xây dựng 8 nhà văn hóa bản. Thực hiện Chương trình hành động số 25-CTr/HU của Huyện ủy, tỷ lệ hộ nghèo của huyện giảm 5,2%.
Chia sẻ kinh nghiệm, ông Mùa A Vảng, ĐUV, Trưởng khối dân vận xã Sen Thượng, cho biết xã đã thành lập 9 tổ tự quản đường biên giữa các bản; bà Lý Thị Sua, Chủ tịch Hội LHPN xã Chung Chải, người Si La, kể cách vận động chị em bỏ tục tảo hôn. Ông Vàng A Sềnh, người có uy tín bản Huổi Lả, xã Leng Su Sìn, đề nghị tăng cường tuyên truyền bằng tiếng dân tộc.
Kết thúc lớp học, đồng chí Pờ Mí Gá yêu cầu học viên vận dụng kiến thức vào thực tiễn, thực hiện phương châm "trọng dân, gần dân, hiểu dân, giúp dân, học dân và có trách nhiệm với dân"; phấn đấu đến cuối năm 100% bản có tổ dân vận hoạt động hiệu quả. Học viên được phát 135 bộ tài liệu và giấy chứng nhận hoàn thành lớp học.
Mai Vân
Lượt xem: 934
Tin liên quan
- Nậm Pồ ra mắt mô hình "Bản không có ma túy" (22/09/2023)
- Mường Chà gặp mặt người có uy tín các dân tộc (15/09/2023)
- Giao ban công tác dân vận quý III năm 2023 (08/09/2023)
- Tủa Chùa vận động đồng bào Mông bỏ tục lệ lạc hậu (30/08/2023)
""", "2023-09-29", "Mường Nhé tập huấn nghiệp vụ công tác dân vận năm 2023",
E("tap_huan", "2023", "2023-09-27"),
[P("Pờ Mí Gá", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lò Thị Pà", "Phó Trưởng Ban Dân vận Tỉnh ủy Điện Biên"),
 P("Giàng A Dính", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Chu Thị Mơ", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Mùa A Vảng", "ĐUV", "Trưởng khối dân vận xã Sen Thượng"),
 P("Lý Thị Sua", "Chủ tịch Hội LHPN xã Chung Chải"),
 P("Vàng A Sềnh", "người có uy tín bản Huổi Lả")],
[Q("135 học viên", 135, "học viên"), Q("11 xã", 11, "xã"), Q("318 hộ đồng bào Hà Nhì, Mông, Si La", 318, "hộ đồng bào Hà Nhì, Mông, Si La"),
 Q("7 trường hợp", 7, "trường hợp"), Q("4 vụ việc di cư tự do", 4, "vụ việc di cư tự do"), Q("46 mô hình", 46, "mô hình"),
 Q("5 mô hình cấp tỉnh", 5, "mô hình cấp tỉnh"), Q("hơn 4.000 m2", 4000, "m2", "over"), Q("2.600 ngày công", 2600, "ngày công"),
 Q("8 nhà văn hóa bản", 8, "nhà văn hóa bản"), Q("5,2%", 5.2, "%"), Q("9 tổ tự quản đường biên", 9, "tổ tự quản đường biên"),
 Q("100%", 100, "%"), Q("135 bộ tài liệu", 135, "bộ tài liệu")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU"),
 D("Chương trình hành động", "25", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 25-CTr/HU")],
[prov("Điện Biên"), com("Sen Thượng"), com("Chung Chải"), com("Leng Su Sìn")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Xây dựng Đảng › Dân vận", "Học viên trao đổi tại lớp tập huấn. Ảnh: Mai Vân",
 "Dân vận khéo", "Quy chế công tác dân vận của hệ thống chính trị", "Nghị quyết Trung ương 7 (khóa XI)",
 "trọng dân, gần dân, hiểu dân, giúp dân, học dân và có trách nhiệm với dân", "Lượt xem: 934"],
["Cập nhật: 16:45, 29/09/2023 (GMT+7)", "2 ngày", "năm 2023", "9 tháng năm 2023", "Nghị quyết Trung ương 7", "khóa XI",
 "Lượt xem: 934"]))

PAGES.append(page("b2328-phutho-tanson-hnd-doithoai-2023", """
HỘI NÔNG DÂN TỈNH PHÚ THỌ
Trang chủ >> Tin tức >> Hoạt động Hội cấp huyện
22/12/2023 08:30
Tân Sơn: Chủ tịch UBND huyện đối thoại với nông dân năm 2023
Ngày 20/12, Hội Nông dân huyện Tân Sơn (Phú Thọ) phối hợp với UBND huyện tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với hội viên, nông dân năm 2023. Đồng chí Đinh Công Sứ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì; tham dự có 156 hội viên, nông dân tiêu biểu của 17 xã.
Toàn cảnh hội nghị đối thoại.
Hội nghị được tổ chức theo Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ ban hành quy chế phối hợp giữa các cơ quan hành chính nhà nước với Hội Nông dân Việt Nam các cấp trong việc tiếp công dân, giải quyết khiếu nại, tố cáo của nông dân, và Kế hoạch số 46-KH/HNDH của Ban Thường vụ Hội Nông dân huyện. Trước hội nghị, Hội Nông dân các xã đã tổng hợp được 34 ý kiến, kiến nghị của nông dân; tại hội nghị có thêm 8 ý kiến phát biểu trực tiếp.
Các ý kiến tập trung vào giá vật tư nông nghiệp tăng cao, việc tiêu thụ 2.400 tấn chè búp tươi, hỗ trợ giống keo chất lượng cao và vốn vay phát triển chăn nuôi. Ông Bàn Văn Thịnh, hội viên Chi hội nông dân xóm Cỏi, xã Xuân Sơn, kiến nghị có cơ chế hỗ trợ bà con người Dao trồng dược liệu dưới tán rừng. Bà Đinh Thị Thúy, Chủ tịch Hội Nông dân xã Kim Thượng, đề nghị huyện sớm sửa chữa 2 tuyến kênh mương bị hư hỏng sau mưa lũ.
Trả lời các kiến nghị, đồng chí Đinh Công Sứ cho biết năm 2023 huyện đã bố trí 4,5 tỷ đồng hỗ trợ phát triển sản xuất theo Nghị quyết số 12/2023/NQ-HĐND của HĐND huyện; giao Phòng Nông nghiệp và Phát triển nông thôn phối hợp doanh nghiệp ký kết bao tiêu chè cho 1.200 hộ. Huyện sẽ bố trí khoảng 600 triệu đồng sửa chữa kênh mương trong quý I năm 2024.
Đồng chí Hà Văn Quân, HUV, Chủ tịch Hội Nông dân huyện cho biết, năm 2023 Hội đã phối hợp với các ngân hàng giải ngân trên 86 tỷ đồng cho 2.150 hộ vay vốn; Quỹ Hỗ trợ nông dân huyện đạt 3,2 tỷ đồng; có 3.460 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Các đồng chí Phó Chủ tịch Hội Nông dân huyện: Triệu Thị Mai, Xa Văn Lượng được giao theo dõi, đôn đốc việc trả lời kiến nghị sau hội nghị.
Kết luận hội nghị, đồng chí Đinh Công Sứ yêu cầu các phòng, ban chuyên môn trả lời bằng văn bản các kiến nghị chưa được giải đáp trước ngày 15/1/2024; đề nghị Hội Nông dân huyện tiếp tục thực hiện Chỉ thị số 07-CT/HU của Ban Thường vụ Huyện ủy về nâng cao chất lượng hoạt động của Hội Nông dân các cấp.
Phạm Thu Trang
Lượt xem: 402
Các tin đã đưa
- Thanh Sơn: tổng kết phong trào nông dân thi đua sản xuất, kinh doanh giỏi (15/12/2023)
- Hội Nông dân huyện Tân Sơn ra mắt 3 tổ hội nghề nghiệp (05/12/2023)
- Trao 20 con bò sinh sản cho hội viên nghèo xã Thu Cúc (24/11/2023)
- Tập huấn kỹ thuật trồng chè an toàn (10/11/2023)
""", "2023-12-22", "Tân Sơn: Chủ tịch UBND huyện đối thoại với nông dân năm 2023",
E("doi_thoai", "2023", "2023-12-20"),
[P("Đinh Công Sứ", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Bàn Văn Thịnh", "hội viên Chi hội nông dân xóm Cỏi"),
 P("Đinh Thị Thúy", "Chủ tịch Hội Nông dân xã Kim Thượng"),
 P("Hà Văn Quân", "HUV", "Chủ tịch Hội Nông dân huyện"),
 P("Triệu Thị Mai", "Phó Chủ tịch Hội Nông dân huyện"),
 P("Xa Văn Lượng", "Phó Chủ tịch Hội Nông dân huyện")],
[Q("156 hội viên, nông dân", 156, "hội viên, nông dân"), Q("17 xã", 17, "xã"), Q("34 ý kiến, kiến nghị", 34, "ý kiến, kiến nghị"),
 Q("8 ý kiến", 8, "ý kiến"), Q("2.400 tấn", 2400, "tấn"), Q("2 tuyến kênh mương", 2, "tuyến kênh mương"),
 Q("4,5 tỷ đồng", 4500000000, "đồng"), Q("1.200 hộ", 1200, "hộ"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"),
 Q("trên 86 tỷ đồng", 86000000000, "đồng", "over"), Q("2.150 hộ", 2150, "hộ"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("3.460 hộ", 3460, "hộ")],
[D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014"),
 D("Kế hoạch", "46", "KH/HNDH", None, "Ban Thường vụ Hội Nông dân huyện", "Kế hoạch số 46-KH/HNDH"),
 D("Nghị quyết", "12", "2023/NQ-HĐND", None, "HĐND huyện", "Nghị quyết số 12/2023/NQ-HĐND"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 07-CT/HU")],
[prov("Phú Thọ"), com("Xuân Sơn"), com("Kim Thượng")],
["HỘI NÔNG DÂN TỈNH PHÚ THỌ", "Trang chủ >> Tin tức >> Hoạt động Hội cấp huyện", "Toàn cảnh hội nghị đối thoại.", "Lượt xem: 402"],
["22/12/2023 08:30", "năm 2023", "quý I năm 2024", "15/1/2024", "Lượt xem: 402"]))

PAGES.append(page("b2329-quangbinh-minhhoa-chandung-2024", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Trang chủ / Xã hội / Gương sáng
Thứ Hai, 11/11/2024, 06:30
Bà Cao Thị Hạnh (giữa) trò chuyện với phụ nữ bản Ông Tú. Ảnh: Đ.H
Người "giữ lửa" dân vận ở bản người Chứt
(QBĐT) - Gần 20 năm gắn bó với bản làng vùng biên giới, bà Cao Thị Hạnh, ĐUV, Trưởng khối dân vận xã Dân Hóa, huyện Minh Hóa (Quảng Bình), được bà con người Chứt, người Mày gọi thân thương là "chị cả" của bản.
Sinh ra ở bản Ông Tú, bà Hạnh là một trong số ít phụ nữ người Chứt học hết cấp 3. Năm 2005, bà được bầu làm Chi hội trưởng phụ nữ bản, rồi lần lượt giữ chức Chủ tịch Hội LHPN xã, Phó Chủ tịch Ủy ban MTTQ xã trước khi được phân công làm Trưởng khối dân vận xã từ năm 2020. Xã Dân Hóa hiện có 14 bản với 1.270 hộ, trong đó hơn 92% là đồng bào dân tộc Chứt, Bru - Vân Kiều.
"Muốn dân nghe thì mình phải ở với dân, nói bằng tiếng của dân", bà Hạnh chia sẻ. Mỗi tháng, bà dành ít nhất 10 ngày xuống các bản, cùng tổ dân vận vận động bà con bỏ tục ở nhà tạm trong rừng, đưa con đến trường. Nhờ đó, tỷ lệ trẻ em đi học đúng độ tuổi của xã đạt 98,6%; 37 hộ từng sống rải rác trong rừng đã về định cư tại khu tái định cư Ka Ai.
Thực hiện Kế hoạch số 72-KH/HU ngày 5/3/2022 của Ban Thường vụ Huyện ủy Minh Hóa về vận động đồng bào Chứt phát triển kinh tế, bà cùng khối dân vận xã vận động 210 hộ trồng 185 ha keo và 20 ha cây dược liệu; thành lập 3 tổ hợp tác nuôi lợn đen. Bà còn kết nối nhà hảo tâm hỗ trợ 48 suất học bổng, mỗi suất trị giá 1 triệu đồng, cho học sinh nghèo người Chứt.
Đồng chí Đinh Minh Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy Minh Hóa, nhận xét: "Chị Hạnh là cán bộ dân vận tiêu biểu, vừa nắm chắc tình hình, vừa có cách làm hợp lòng dân". Năm 2023, bà được Ban Dân vận Tỉnh ủy tặng giấy khen vì thành tích trong phong trào thi đua "Dân vận khéo"; mô hình "Bản Chứt đoàn kết, không sinh con tại nhà" do bà đề xuất đã được công nhận mô hình "Dân vận khéo" cấp huyện.
Ông Hồ Xuân Thanh, Bí thư Chi bộ kiêm Trưởng bản Ông Tú, kể: "Trước đây bà con còn sợ đi trạm y tế, chị Hạnh phải đến từng nhà, có khi ngủ lại để thuyết phục. Nay 100% sản phụ trong bản sinh con tại trạm".
Nói về dự định, bà Hạnh mong muốn thực hiện tốt Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ để bà con có thêm đất sản xuất, nước sạch; phấn đấu đến năm 2025 không còn hộ đồng bào Chứt sống trong nhà tạm.
Đức Hùng
Lượt xem: 1.738
Tin khác
- Tuyên Hóa: gương sáng người có uy tín ở bản Kè (06/11/2024)
- Bố Trạch: hỗ trợ 30 căn nhà cho đồng bào Bru - Vân Kiều (30/10/2024)
- Chung tay xóa nhà tạm, nhà dột nát ở vùng biên giới (22/10/2024)
""", "2024-11-11", "Người \"giữ lửa\" dân vận ở bản người Chứt",
E("khac", None, None),
[P("Cao Thị Hạnh", "ĐUV", "Trưởng khối dân vận xã Dân Hóa", "Chi hội trưởng phụ nữ bản", "Chủ tịch Hội LHPN xã",
   "Phó Chủ tịch Ủy ban MTTQ xã", "Trưởng khối dân vận xã"),
 P("Đinh Minh Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy Minh Hóa"),
 P("Hồ Xuân Thanh", "Bí thư Chi bộ kiêm Trưởng bản Ông Tú")],
[Q("14 bản", 14, "bản"), Q("1.270 hộ", 1270, "hộ"), Q("hơn 92%", 92, "%", "over"), Q("98,6%", 98.6, "%"),
 Q("37 hộ", 37, "hộ"), Q("210 hộ", 210, "hộ"), Q("185 ha", 185, "ha"), Q("20 ha", 20, "ha"),
 Q("3 tổ hợp tác", 3, "tổ hợp tác"), Q("48 suất học bổng", 48, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("100%", 100, "%")],
[D("Kế hoạch", "72", "KH/HU", "2022-03-05", "Ban Thường vụ Huyện ủy Minh Hóa", "Kế hoạch số 72-KH/HU ngày 5/3/2022"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Quảng Bình"), com("Dân Hóa")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Trang chủ / Xã hội / Gương sáng",
 "Bà Cao Thị Hạnh (giữa) trò chuyện với phụ nữ bản Ông Tú. Ảnh: Đ.H", "(QBĐT)", "Dân vận khéo",
 "Bản Chứt đoàn kết, không sinh con tại nhà", "Muốn dân nghe thì mình phải ở với dân, nói bằng tiếng của dân", "Lượt xem: 1.738"],
["Thứ Hai, 11/11/2024, 06:30", "Gần 20 năm", "Năm 2005", "cấp 3", "năm 2020", "10 ngày", "Năm 2023", "năm 2025", "Lượt xem: 1.738"]))

PAGES.append(page("b2330-baclieu-hongdan-mttq-tongket-2023", """
Hôm nay: Thứ Hai, 01/01/2024
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẠC LIÊU
You are here: Trang chủ » Tin tức » Hoạt động Mặt trận cơ sở
Ngày đăng 29/12/2023 | 16:20
Toàn cảnh hội nghị tổng kết.
Hồng Dân: Vận động hơn 5,6 tỷ đồng cho Quỹ "Vì người nghèo"
Sáng 27/12, Ủy ban MTTQ Việt Nam huyện Hồng Dân tổ chức hội nghị tổng kết công tác Mặt trận năm 2023 và triển khai chương trình phối hợp và thống nhất hành động năm 2024. Dự hội nghị có đồng chí Lâm Thị Sa Quên, HUV, Trưởng Ban Dân vận Huyện ủy; đồng chí Danh Hoàng Phúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu. Đồng chí Trần Thanh Tâm, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Báo cáo cho biết, năm 2023 Quỹ "Vì người nghèo" các cấp trong huyện vận động được hơn 5,6 tỷ đồng, tăng 18% so với năm trước; từ nguồn quỹ đã hỗ trợ xây mới 86 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng, và sửa chữa 24 căn nhà. Thực hiện Kế hoạch liên tịch số 05/KHLT-MTTQ-UBND giữa Ủy ban MTTQ và UBND huyện, Mặt trận các xã đã rà soát 1.186 hộ nghèo, hộ cận nghèo để có giải pháp hỗ trợ phù hợp; có 312 hộ thoát nghèo trong năm.
Mặt trận huyện chủ trì 6 cuộc giám sát, 3 hội nghị phản biện xã hội theo Quyết định số 217-QĐ/TW của Bộ Chính trị; tiếp nhận 47 ý kiến, kiến nghị của cử tri. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được đẩy mạnh, đến nay huyện có 7/8 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nông thôn mới nâng cao. Ủy ban MTTQ huyện cũng tham mưu Ban Thường vụ Huyện ủy ban hành Kết luận 86, 87-KL/HU về công tác Mặt trận trong đồng bào Khmer và về thực hiện Quy chế dân chủ ở cơ sở.
Tại hội nghị, ông Danh Sóc Kha, Chủ tịch Ủy ban MTTQ xã Ninh Thạnh Lợi, chia sẻ kinh nghiệm vận động bà con Khmer hiến đất làm 4 cây cầu bê tông; bà Thạch Thị Mỹ Huyền, Trưởng ban công tác Mặt trận ấp Xẻo Gừa, xã Lộc Ninh, nêu cách tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở ấp. Ông Nguyễn Văn Bảy, Phó Chủ tịch Ủy ban MTTQ xã Ninh Quới A, đề nghị tăng mức hỗ trợ cho thành viên Ban công tác Mặt trận ấp.
Phát biểu chỉ đạo, đồng chí Lâm Thị Sa Quên đề nghị năm 2024 Mặt trận huyện tập trung tuyên truyền, triển khai Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc; thực hiện tốt Luật Thực hiện dân chủ ở cơ sở.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 2 tập thể, 3 cá nhân; Ủy ban MTTQ huyện tặng giấy khen cho 9 tập thể và 16 cá nhân có thành tích xuất sắc.
Hồng Nhung
Lượt xem: 611
Tin liên quan
- Phước Long trao 40 căn nhà Đại đoàn kết (22/12/2023)
- Mặt trận huyện Hồng Dân hiệp thương thống nhất các chương trình phối hợp (08/12/2023)
- Hòa Bình: ra mắt mô hình "Ấp đoàn kết, không có hộ nghèo" (01/12/2023)
""", "2023-12-29", "Hồng Dân: Vận động hơn 5,6 tỷ đồng cho Quỹ \"Vì người nghèo\"",
E("tong_ket", "2023", "2023-12-27"),
[P("Lâm Thị Sa Quên", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Danh Hoàng Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu"),
 P("Trần Thanh Tâm", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Danh Sóc Kha", "Chủ tịch Ủy ban MTTQ xã Ninh Thạnh Lợi"),
 P("Thạch Thị Mỹ Huyền", "Trưởng ban công tác Mặt trận ấp Xẻo Gừa"),
 P("Nguyễn Văn Bảy", "Phó Chủ tịch Ủy ban MTTQ xã Ninh Quới A")],
[Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("18%", 18, "%"), Q("86 căn nhà Đại đoàn kết", 86, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("24 căn nhà", 24, "căn nhà"), Q("1.186 hộ nghèo, hộ cận nghèo", 1186, "hộ nghèo, hộ cận nghèo"),
 Q("312 hộ", 312, "hộ"), Q("6 cuộc giám sát", 6, "cuộc giám sát"), Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội"),
 Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"), Q("7/8 xã", 7, "xã"), Q("2 xã", 2, "xã"), Q("4 cây cầu bê tông", 4, "cây cầu bê tông"),
 Q("2 tập thể", 2, "tập thể"), Q("3 cá nhân", 3, "cá nhân"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kế hoạch liên tịch", "05", "KHLT-MTTQ-UBND", None, None, "Kế hoạch liên tịch số 05/KHLT-MTTQ-UBND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kết luận", "86", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 86, 87-KL/HU"),
 D("Kết luận", "87", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 86, 87-KL/HU"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023")],
[prov("Bạc Liêu"), com("Ninh Thạnh Lợi"), com("Lộc Ninh"), com("Ninh Quới A")],
["Hôm nay: Thứ Hai, 01/01/2024", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẠC LIÊU",
 "You are here: Trang chủ » Tin tức » Hoạt động Mặt trận cơ sở", "Toàn cảnh hội nghị tổng kết.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Luật Thực hiện dân chủ ở cơ sở", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Lượt xem: 611"],
["Ngày đăng 29/12/2023 | 16:20", "năm 2023", "năm 2024", "Lượt xem: 611"]))

PAGES.append(page("b2331-daknong-tuyduc-bdvhu-giaoban-2024", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TUY ĐỨC - TỈNH ĐẮK NÔNG
Trang chủ | Tin tức - Sự kiện | Công tác dân vận
Thứ Năm, 06/06/2024 - 10:20
Giao ban khối dân vận tháng 5/2024
Chiều 5/6, Ban Dân vận Huyện ủy Tuy Đức, tỉnh Đắk Nông tổ chức hội nghị giao ban khối dân vận tháng 5/2024. Đồng chí Điểu Thị Srây, HUV, Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì; tham dự có các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Y Thanh Bu Krông, Phạm Thị Huế và lãnh đạo Hội Nông dân, Hội LHPN, Huyện đoàn, Hội CCB huyện.
Đồng chí Điểu Thị Srây kết luận hội nghị giao ban.
Trong tháng 5, khối dân vận đã triển khai Thông báo kết luận số 112-TB/HU ngày 10/5/2024 của Ban Thường vụ Huyện ủy về công tác vận động đồng bào dân tộc thiểu số tại chỗ và di cư tự do; phối hợp tổ chức 14 buổi tuyên truyền cho 1.630 lượt người về phòng, chống cháy rừng và chính sách đất đai. Trên địa bàn phát sinh 5 vụ tranh chấp đất rẫy giữa các hộ ở xã Quảng Trực; lực lượng dân vận đã phối hợp hòa giải thành 3 vụ. Có 2 trường hợp truyền đạo trái pháp luật ở bon Bu Prăng 2 đã được vận động chấm dứt.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy sơ kết Nghị quyết 05, 06-NQ/HU về phát triển kinh tế vùng đồng bào Mnông và về xây dựng bon, bản không có tệ nạn xã hội; hướng dẫn các xã chuẩn bị tổng kết 10 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư. Nhân dân 6 xã đã hiến 2.350 m2 đất, góp 410 triệu đồng làm đường vào khu sản xuất.
Tại hội nghị, đồng chí Thị Nhơn, ĐUV, Chủ tịch Hội LHPN xã Đắk Búk So, báo cáo việc vận động 28 phụ nữ Mnông tham gia tổ hợp tác dệt thổ cẩm; ông Lý A Páo, người có uy tín thôn Đắk Huýt, xã Quảng Trực, đề nghị huyện giải quyết dứt điểm hồ sơ đất cho 64 hộ đồng bào Mông di cư tự do. Đồng chí K'Ré, Bí thư Đoàn xã Đắk R'Tíh, cho biết Đoàn xã đã ra quân làm 1,2 km đường giao thông nông thôn.
Kết luận hội nghị, đồng chí Điểu Thị Srây đề nghị tháng 6 khối dân vận tiếp tục thực hiện Quy chế công tác dân vận của hệ thống chính trị theo Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương; nắm chắc tình hình nhân dân trong mùa mưa; chuẩn bị tốt gặp mặt 96 người có uy tín nhân dịp kỷ niệm 20 năm thành lập huyện. Đồng chí cũng yêu cầu các xã hoàn thành việc xét chọn 15 mô hình "Dân vận khéo" năm 2024 trước ngày 30/6.
Văn phòng Ban Dân vận Huyện ủy Tuy Đức
Lượt xem: 287
Bài viết liên quan
- Giao ban khối dân vận tháng 4/2024 (07/05/2024)
- Tuy Đức ra mắt 4 tổ tự quản an ninh trật tự ở các bon (25/04/2024)
- Hội nghị sơ kết quý I công tác dân vận (05/04/2024)
- Đắk Glong tổ chức đối thoại với người dân xã Quảng Sơn (28/03/2024)
""", "2024-06-06", "Giao ban khối dân vận tháng 5/2024",
E("giao_ban", "2024-05", "2024-06-05"),
[P("Điểu Thị Srây", "HUV", "Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Y Thanh Bu Krông", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Phạm Thị Huế", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Thị Nhơn", "ĐUV", "Chủ tịch Hội LHPN xã Đắk Búk So"),
 P("Lý A Páo", "người có uy tín thôn Đắk Huýt"),
 P("K'Ré", "Bí thư Đoàn xã Đắk R'Tíh")],
[Q("14 buổi tuyên truyền", 14, "buổi tuyên truyền"), Q("1.630 lượt người", 1630, "lượt người"),
 Q("5 vụ tranh chấp đất rẫy", 5, "vụ tranh chấp đất rẫy"), Q("3 vụ", 3, "vụ"), Q("2 trường hợp", 2, "trường hợp"),
 Q("6 xã", 6, "xã"), Q("2.350 m2", 2350, "m2"), Q("410 triệu đồng", 410000000, "đồng"),
 Q("28 phụ nữ Mnông", 28, "phụ nữ Mnông"), Q("64 hộ đồng bào Mông", 64, "hộ đồng bào Mông"),
 Q("1,2 km", 1.2, "km"), Q("96 người có uy tín", 96, "người có uy tín"), Q("15 mô hình", 15, "mô hình")],
[D("Thông báo kết luận", "112", "TB/HU", "2024-05-10", "Ban Thường vụ Huyện ủy", "Thông báo kết luận số 112-TB/HU ngày 10/5/2024"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "06", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết 05, 06-NQ/HU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Búk So"), com("Đắk R'Tíh")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TUY ĐỨC - TỈNH ĐẮK NÔNG", "Trang chủ | Tin tức - Sự kiện | Công tác dân vận",
 "Đồng chí Điểu Thị Srây kết luận hội nghị giao ban.", "Dân vận khéo", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 287"],
["Thứ Năm, 06/06/2024 - 10:20", "tháng 5/2024", "tháng 5", "10 năm", "tháng 6", "20 năm", "năm 2024", "30/6", "bon Bu Prăng 2",
 "Lượt xem: 287"]))

PAGES.append(page("b2332-tuyenquang-lambinh-bdvhu-soket-2024", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị › Xây dựng Đảng › Dân vận
17:45 - 22/07/2024
Đồng chí Ma Văn Chức phát biểu tại hội nghị.
Lâm Bình: Dân vận khéo góp phần giảm nghèo vùng cao
Ngày 19/7, Ban Dân vận Huyện ủy Lâm Bình (Tuyên Quang) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024. Đồng chí Ma Văn Chức, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có đồng chí Hoàng Thị Rụt, TUV, Bí thư Huyện ủy, Chủ tịch HĐND huyện.
Theo báo cáo, 6 tháng qua Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch 148, 149-KH/HU triển khai Nghị quyết số 43-NQ/TW ngày 24/11/2023 của BCH Trung ương và Chỉ thị số 18-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào Dao, Mông, Pà Thẻn. Khối dân vận đã vận động 396 hộ xóa nhà tạm, nhà dột nát; nhân dân hiến 5.200 m2 đất, đóng góp trên 1,4 tỷ đồng và 3.900 ngày công xây dựng 11 km đường bê tông nội đồng. Tỷ lệ hộ nghèo của huyện giảm còn 27,4%.
Thực hiện phong trào thi đua "Dân vận khéo", toàn huyện có 52 mô hình được công nhận, trong đó 8 mô hình cấp tỉnh, 21 mô hình cấp huyện. Các cấp đã giải quyết 19 đơn thư, đạt 95%; hòa giải thành 14 vụ việc mâu thuẫn ở cơ sở. Tình hình tôn giáo ổn định; còn 3 vụ việc truyền đạo trái pháp luật ở xã Phúc Yên được các tổ dân vận theo dõi, vận động.
Tại hội nghị, đồng chí Triệu Tiến Sinh, ĐUV, Chủ tịch Ủy ban MTTQ xã Phúc Yên, chia sẻ kinh nghiệm vận động 23 hộ người Dao đỏ trồng 40 ha cây quế; bà Vương Thị Nga, người Pà Thẻn, Chủ tịch Hội LHPN xã Hồng Quang, đề nghị có cơ chế hỗ trợ phụ nữ làm du lịch cộng đồng. Các đồng chí Bàn Thị Lưu, Sùng Văn Dế - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện báo cáo kết quả triển khai chương trình xóa nhà tạm ở các xã Khuôn Hà, Thượng Lâm.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Rụt biểu dương kết quả khối dân vận đạt được, đề nghị 6 tháng cuối năm tập trung chuẩn bị đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2030; thực hiện tốt Quy định số 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội; hoàn thành mục tiêu hỗ trợ 150 căn nhà cho hộ nghèo trước ngày 31/12.
Hội nghị nghe đồng chí Mai Văn Nền, Phó Trưởng Ban Dân vận Huyện ủy, quán triệt Hướng dẫn số 32-HD/BDVTU của Ban Dân vận Tỉnh ủy Tuyên Quang. Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 7 tập thể, 12 cá nhân.
Thanh Phúc
Lượt xem: 529
Tin liên quan
- Lâm Bình trao 30 căn nhà cho hộ nghèo người Dao (12/07/2024)
- Na Hang: sơ kết Quy chế dân vận 6 tháng (05/07/2024)
- Gặp mặt người có uy tín vùng cao (26/06/2024)
- Tổ dân vận bản Nà Thác ra quân xóa nhà tạm (14/06/2024)
Báo Tuyên Quang - Cơ quan của Đảng bộ tỉnh Tuyên Quang.
""", "2024-07-22", "Lâm Bình: Dân vận khéo góp phần giảm nghèo vùng cao",
E("so_ket", "2024-H1", "2024-07-19"),
[P("Ma Văn Chức", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Thị Rụt", "TUV", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Triệu Tiến Sinh", "ĐUV", "Chủ tịch Ủy ban MTTQ xã Phúc Yên"),
 P("Vương Thị Nga", "Chủ tịch Hội LHPN xã Hồng Quang"),
 P("Bàn Thị Lưu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Sùng Văn Dế", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Mai Văn Nền", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("396 hộ", 396, "hộ"), Q("5.200 m2", 5200, "m2"), Q("trên 1,4 tỷ đồng", 1400000000, "đồng", "over"),
 Q("3.900 ngày công", 3900, "ngày công"), Q("11 km", 11, "km"), Q("27,4%", 27.4, "%"), Q("52 mô hình", 52, "mô hình"),
 Q("8 mô hình cấp tỉnh", 8, "mô hình cấp tỉnh"), Q("21 mô hình cấp huyện", 21, "mô hình cấp huyện"), Q("19 đơn thư", 19, "đơn thư"),
 Q("95%", 95, "%"), Q("14 vụ việc mâu thuẫn", 14, "vụ việc mâu thuẫn"),
 Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"), Q("23 hộ người Dao đỏ", 23, "hộ người Dao đỏ"),
 Q("40 ha", 40, "ha"), Q("150 căn nhà", 150, "căn nhà"), Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Kế hoạch", "148", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 148, 149-KH/HU"),
 D("Kế hoạch", "149", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 148, 149-KH/HU"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "BCH Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Hướng dẫn", "32", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy Tuyên Quang", "Hướng dẫn số 32-HD/BDVTU")],
[prov("Tuyên Quang"), com("Phúc Yên"), com("Hồng Quang"), com("Khuôn Hà"), com("Thượng Lâm")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị › Xây dựng Đảng › Dân vận", "Đồng chí Ma Văn Chức phát biểu tại hội nghị.",
 "Dân vận khéo", "Lượt xem: 529"],
["17:45 - 22/07/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm", "nhiệm kỳ 2025 - 2030", "31/12", "Lượt xem: 529"]))
