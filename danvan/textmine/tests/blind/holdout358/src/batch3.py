from lib import *
PAGES = []

PAGES.append(page("b8561-thanhhoa-baothanhhoa-dongdien-2021", """
Báo Thanh Hóa điện tử
Thời sự - Miền núi
21/04/2021 - 09:42
Mường Lát: Điện lưới quốc gia về với 4 bản cuối cùng
Ngày 20/4, tại bản Pù Quăn, xã Pù Nhi, UBND huyện Mường Lát phối hợp với Công ty Điện lực Thanh Hóa tổ chức lễ đóng điện công trình cấp điện cho 4 bản chưa có điện lưới quốc gia của huyện. Như vậy, đến nay 100% số bản của huyện biên giới Mường Lát đã có điện lưới.
Lãnh đạo huyện Mường Lát và ngành điện bấm nút đóng điện. Ảnh: Đình Giang
Công trình được đầu tư theo Quyết định số 4512/QĐ-UBND ngày 28/11/2019 của Chủ tịch UBND tỉnh Thanh Hóa, với tổng vốn gần 38,5 tỷ đồng, gồm 16,7 km đường dây trung thế, 11,2 km đường dây hạ thế và 5 trạm biến áp; cấp điện cho 412 hộ đồng bào Mông, Thái ở các bản Pù Quăn, Pù Toong (xã Pù Nhi), Cá Nọi (xã Mường Chanh) và Sài Khao (xã Nhi Sơn).
Theo ông Lương Văn Chung, Phó Chủ tịch UBND huyện Mường Lát, cái khó nhất là mặt bằng: tuyến đi qua núi đá, nương rẫy, rừng sản xuất. Thực hiện Nghị quyết số 10-NQ/HU ngày 05/3/2020 của Ban Chấp hành Đảng bộ huyện, Huyện ủy phân công các tổ công tác gồm cán bộ huyện, bộ đội biên phòng, già làng đến từng hộ vận động. Kết quả, 100% hộ có đất trong tuyến đồng thuận; nhân dân hiến 6.250 m2 đất, chặt hạ 2.870 cây luồng, keo, góp gần 1.400 ngày công vận chuyển cột lên đỉnh núi.
Ông Giàng A Tủa, Chủ tịch UBND xã Pù Nhi kể: ở bản Pù Quăn có các hộ ông Vừ Bá Lầu, Lầu Văn Xá, Thao Thị Mua, Giàng A Chá hiến đất nhiều nhất, mỗi hộ từ 200 đến 400 m2. "Người Mông nói được thì làm được. Cán bộ nói có điện thì cái đèn sáng, cái máy xay chạy, bà con tin nên cho đất", ông Vừ Bá Lầu nói trong ngày vui đóng điện.
Đồn Biên phòng Pù Nhi cũng huy động 45 cán bộ, chiến sĩ cùng nhân dân mở 3 km đường tạm để vận chuyển vật tư. Thượng tá Lò Văn Hùng, Chính trị viên Đồn Biên phòng Pù Nhi cho biết, đồn đã phân công cán bộ tăng cường về bản, vừa tuyên truyền vừa giúp dân gùi cột qua những đoạn dốc đứng.
Phát biểu tại buổi lễ, ông Lê Đình Hải, Phó Giám đốc Công ty Điện lực Thanh Hóa cam kết bảo đảm cấp điện ổn định và hỗ trợ lắp đặt miễn phí đường dây sau công tơ cho 87 hộ nghèo, mỗi hộ trị giá khoảng 1,2 triệu đồng. Dịp này, Ủy ban MTTQ huyện trao 60 suất quà cho các hộ hiến đất tiêu biểu.
Bà Thao Thị Mua, người vừa hiến 350 m2 đất nương, xúc động: "Cả đời mình thắp đèn dầu, nay già rồi mới thấy bóng điện sáng trong nhà".
Đình Giang - Văn Hoa
Tin liên quan
- Quan Sơn: vận động nhân dân hiến đất làm đường điện về bản Son, Bá, Mọng (02/04/2021)
- Bá Thước ra quân giải tỏa hành lang lưới điện (20/03/2021)
- Công ty Điện lực Thanh Hóa trao quà Tết cho hộ nghèo miền núi (05/02/2021)
""", "2021-04-21", "Mường Lát: Điện lưới quốc gia về với 4 bản cuối cùng",
E("khac", None, "2021-04-20"),
[P("Lương Văn Chung", "Phó Chủ tịch UBND huyện Mường Lát"),
 P("Giàng A Tủa", "Chủ tịch UBND xã Pù Nhi"),
 P("Vừ Bá Lầu"), P("Lầu Văn Xá"), P("Thao Thị Mua"), P("Giàng A Chá"),
 P("Lò Văn Hùng", "Thượng tá", "Chính trị viên Đồn Biên phòng Pù Nhi"),
 P("Lê Đình Hải", "Phó Giám đốc Công ty Điện lực Thanh Hóa")],
[Q("4 bản", 4, "bản"), Q("100% số bản", 100, "%"), Q("gần 38,5 tỷ đồng", 38500000000, "đồng", "approx"), Q("16,7 km", 16.7, "km"),
 Q("11,2 km", 11.2, "km"), Q("5 trạm biến áp", 5, "trạm biến áp"), Q("412 hộ đồng bào Mông, Thái", 412, "hộ đồng bào Mông, Thái"),
 Q("100% hộ", 100, "%"), Q("6.250 m2", 6250, "m2"), Q("2.870 cây luồng, keo", 2870, "cây luồng, keo"),
 Q("gần 1.400 ngày công", 1400, "ngày công", "approx"), Q("45 cán bộ, chiến sĩ", 45, "cán bộ, chiến sĩ"), Q("3 km", 3, "km"),
 Q("87 hộ nghèo", 87, "hộ nghèo"), Q("khoảng 1,2 triệu đồng", 1200000, "đồng", "approx"), Q("60 suất quà", 60, "suất quà"),
 Q("350 m2", 350, "m2")],
[D("Quyết định", "4512", "QĐ-UBND", "2019-11-28", "Chủ tịch UBND tỉnh Thanh Hóa", "Quyết định số 4512/QĐ-UBND ngày 28/11/2019"),
 D("Nghị quyết", "10", "NQ/HU", "2020-03-05", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 10-NQ/HU ngày 05/3/2020")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Mường Chanh"), com("Nhi Sơn")],
["Báo Thanh Hóa điện tử", "Thời sự - Miền núi", "Lãnh đạo huyện Mường Lát và ngành điện bấm nút đóng điện. Ảnh: Đình Giang",
 "Công ty Điện lực Thanh Hóa", "Đồn Biên phòng Pù Nhi"],
["21/04/2021 - 09:42", "từ 200 đến 400 m2"]))

PAGES.append(page("b8562-gialai-huyenuy-soket-2022", """
Báo Gia Lai điện tử
Chính trị › Xây dựng Đảng
Cập nhật: 15:02, 15/07/2022 (GMT+7)
Chư Păh: Sơ kết 6 tháng thực hiện Đề án đưa điện về các làng đồng bào dân tộc thiểu số
(GLO)- Ngày 14/7, Ban Chỉ đạo Đề án số 05-ĐA/HU của Huyện ủy Chư Păh về đưa điện lưới đến các làng đồng bào dân tộc thiểu số giai đoạn 2021 - 2025 tổ chức hội nghị sơ kết 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm.
Đồng chí Rơ Châm Ngơi, Tỉnh ủy viên, Bí thư Huyện ủy Chư Păh, Trưởng Ban Chỉ đạo chủ trì hội nghị. Cùng dự có đồng chí Nguyễn Văn Tiến, Phó Bí thư Huyện ủy - Chủ tịch UBND huyện.
Quang cảnh hội nghị sơ kết. Ảnh: Minh Châu
Báo cáo của Ban Chỉ đạo cho biết, 6 tháng đầu năm, huyện đã hoàn thành và đóng điện 9 công trình với 21,3 km đường dây trung thế, 34,8 km đường dây hạ thế và 14 trạm biến áp, cấp điện cho 1.048 hộ tại 13 làng. Tổng kinh phí 27,6 tỷ đồng, trong đó nhân dân đóng góp bằng ngày công, vật liệu quy ra tiền khoảng 1,9 tỷ đồng. Nhân dân đã hiến hơn 8.400 m2 đất, tự nguyện chặt 3.150 cây cà phê, cây điều trong hành lang tuyến. Tỷ lệ hộ đồng bào dân tộc thiểu số sử dụng điện lưới quốc gia đạt 97,6%, tăng 2,1% so với cuối năm 2021.
Các xã Ia Ly, Ia Mơ Nông, Hà Tây, Ia Kreng làm tốt công tác vận động, phát huy vai trò của 68 người có uy tín, già làng. Tiêu biểu như già làng Siu Đoan, làng Kép 1, xã Ia Mơ Nông, đã vận động 37 hộ hiến đất; bà Ksor H'Bơ, Chủ tịch Hội LHPN xã Ia Ly, cùng chị em phụ nữ dọn thực bì 4,5 km hành lang tuyến.
Tại hội nghị, các đồng chí Chủ tịch UBND xã: Rah Lan Lâm (Ia Kreng), Puih Thuyên (Hà Tây) kiến nghị sớm đầu tư điện cho các khu sản xuất xa làng, hỗ trợ chi phí kéo điện sau công tơ cho 215 hộ nghèo. Ông Đinh Văn Hùng, Giám đốc Điện lực Chư Păh cho biết, ngành điện đã lắp đặt miễn phí 120 công tơ cho các hộ nghèo, hộ có hoàn cảnh khó khăn.
Hội nghị cũng chỉ ra hạn chế: tiến độ 3 công trình chậm do vướng mặt bằng; còn 11 hộ chưa đồng thuận; một số nơi người dân tự câu móc điện không an toàn.
Kết luận hội nghị, đồng chí Rơ Châm Ngơi yêu cầu các xã quán triệt Kết luận 40, 41-KL/HU của Ban Thường vụ Huyện ủy về công tác dân vận chính quyền và về giải quyết đơn thư ngay từ cơ sở; giao Ban Dân vận Huyện ủy chủ trì đối thoại với 11 hộ chưa đồng thuận trước ngày 15/8/2022; phấn đấu cuối năm 2022 có thêm 6 làng có điện.
Minh Châu
Tin liên quan
- Chư Păh ra mắt mô hình "Dân vận khéo" trong giải phóng mặt bằng (01/07/2022)
- Ia Grai: Người dân hiến hơn 2 ha đất làm đường (20/06/2022)
- Gia Lai đẩy mạnh cấp điện cho làng đồng bào dân tộc thiểu số (08/06/2022)
""", "2022-07-15", "Chư Păh: Sơ kết 6 tháng thực hiện Đề án đưa điện về các làng đồng bào dân tộc thiểu số",
E("so_ket", "2022-H1", "2022-07-14"),
[P("Rơ Châm Ngơi", "Tỉnh ủy viên", "Bí thư Huyện ủy Chư Păh", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Văn Tiến", "Phó Bí thư Huyện ủy - Chủ tịch UBND huyện"),
 P("Siu Đoan", "già làng"),
 P("Ksor H'Bơ", "Chủ tịch Hội LHPN xã Ia Ly"),
 P("Rah Lan Lâm", "Chủ tịch UBND xã"),
 P("Puih Thuyên", "Chủ tịch UBND xã"),
 P("Đinh Văn Hùng", "Giám đốc Điện lực Chư Păh")],
[Q("9 công trình", 9, "công trình"), Q("21,3 km", 21.3, "km"), Q("34,8 km", 34.8, "km"), Q("14 trạm biến áp", 14, "trạm biến áp"),
 Q("1.048 hộ", 1048, "hộ"), Q("13 làng", 13, "làng"), Q("27,6 tỷ đồng", 27600000000, "đồng"),
 Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("hơn 8.400 m2", 8400, "m2", "over"),
 Q("3.150 cây cà phê, cây điều", 3150, "cây cà phê, cây điều"), Q("97,6%", 97.6, "%"), Q("2,1%", 2.1, "%"),
 Q("68 người có uy tín, già làng", 68, "người có uy tín, già làng"), Q("37 hộ", 37, "hộ"), Q("4,5 km", 4.5, "km"),
 Q("215 hộ nghèo", 215, "hộ nghèo"), Q("120 công tơ", 120, "công tơ"), Q("3 công trình", 3, "công trình"),
 Q("11 hộ", 11, "hộ"), Q("6 làng", 6, "làng")],
[D("Đề án", "05", "ĐA/HU", None, "Huyện ủy Chư Păh", "Đề án số 05-ĐA/HU"),
 D("Kết luận", "40", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 40, 41-KL/HU"),
 D("Kết luận", "41", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 40, 41-KL/HU")],
[prov("Gia Lai"), com("Ia Ly"), com("Ia Mơ Nông"), com("Hà Tây"), com("Ia Kreng")],
["Báo Gia Lai điện tử", "Chính trị › Xây dựng Đảng", "(GLO)", "Quang cảnh hội nghị sơ kết. Ảnh: Minh Châu", "Điện lực Chư Păh", "Kép 1"],
["Cập nhật: 15:02, 15/07/2022 (GMT+7)", "6 tháng đầu năm 2022", "6 tháng cuối năm", "giai đoạn 2021 - 2025", "năm 2021", "15/8/2022"]))

PAGES.append(page("b8563-bacgiang-bdv-giaoban-2022", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Trang chủ :: Tin tức - Sự kiện :: Hoạt động của Ban
Thứ Sáu, 30/09/2022, 08:05
Giao ban công tác dân vận tháng 9: tháo gỡ vướng mắc giải phóng mặt bằng các công trình điện
Chiều 29/9, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận tháng 9/2022 với Ban Dân vận các huyện ủy, thành ủy và khối dân vận Ủy ban MTTQ, đoàn thể tỉnh. Đồng chí Trần Thị Thu Hằng, Ủy viên BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 9, Ban Dân vận các cấp tập trung phối hợp vận động nhân dân bàn giao mặt bằng cho 4 công trình điện trọng điểm, trong đó có tuyến đường dây 220kV đi qua các huyện Lục Nam, Sơn Động. Đến nay đã có 1.356/1.420 hộ bàn giao mặt bằng, đạt 95,5%; đã chi trả hơn 64 tỷ đồng tiền bồi thường, hỗ trợ. Còn 64 hộ chưa bàn giao, tập trung ở xã Cẩm Lý, xã Vũ Xá (Lục Nam) và thị trấn An Châu (Sơn Động).
Ban Dân vận Tỉnh ủy đã ký Quy chế phối hợp số 12-QC/BDVTU-ĐLBG với Công ty Điện lực Bắc Giang về công tác dân vận trong đầu tư, quản lý lưới điện; tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 18-CT/TU ngày 08/8/2022 về tăng cường lãnh đạo công tác giải phóng mặt bằng. Trong tháng, các cơ quan dân vận tổ chức 29 buổi đối thoại, tiếp nhận 73 ý kiến, kiến nghị, đã giải quyết 58 kiến nghị.
Tại hội nghị, đồng chí Nguyễn Văn Quân, Trưởng Ban Dân vận Huyện ủy Lục Nam cho biết, huyện đã thành lập 7 tổ công tác đặc biệt do lãnh đạo huyện làm tổ trưởng; các đồng chí Bí thư Chi bộ thôn: Hoàng Văn Thắng (thôn Đồng Giàng), Đặng Văn Sơn (thôn Trại Cống) là những người đi đầu bàn giao đất. Đồng chí Vi Thị Lan, Phó Trưởng Ban Dân vận Huyện ủy Sơn Động, đề nghị tỉnh xem xét hỗ trợ thêm cho 9 hộ người Tày, Nùng phải di chuyển mộ phần khỏi hành lang tuyến.
Ông Phạm Hồng Sơn, Phó Giám đốc Công ty Điện lực Bắc Giang, thông tin: ngành điện đã bố trí 15 tỷ đồng đầu tư cải tạo lưới điện nông thôn cho 26 xã trong năm 2022, đồng thời đề nghị các cấp vận động nhân dân không trồng bạch đàn, keo dưới hành lang lưới điện cao áp.
Kết luận hội nghị, đồng chí Trần Thị Thu Hằng yêu cầu tháng 10 tập trung vận động 64 hộ còn lại; phát huy vai trò người có uy tín, các dòng họ; tiếp tục thực hiện Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị; đồng chí Dương Văn Tuấn, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy được giao theo dõi, đôn đốc.
Phòng Dân vận chính quyền
Tin liên quan
- Yên Thế: Nhân dân hiến đất mở rộng đường liên xã (22/09/2022)
- Lạng Giang ra mắt mô hình "Dân vận khéo" (14/09/2022)
- Giao ban công tác dân vận tháng 8/2022 (31/08/2022)
""", "2022-09-30", "Giao ban công tác dân vận tháng 9: tháo gỡ vướng mắc giải phóng mặt bằng các công trình điện",
E("giao_ban", "2022-09", "2022-09-29"),
[P("Trần Thị Thu Hằng", "Ủy viên BTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Quân", "Trưởng Ban Dân vận Huyện ủy Lục Nam"),
 P("Hoàng Văn Thắng", "Bí thư Chi bộ thôn"),
 P("Đặng Văn Sơn", "Bí thư Chi bộ thôn"),
 P("Vi Thị Lan", "Phó Trưởng Ban Dân vận Huyện ủy Sơn Động"),
 P("Phạm Hồng Sơn", "Phó Giám đốc Công ty Điện lực Bắc Giang"),
 P("Dương Văn Tuấn", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("4 công trình điện trọng điểm", 4, "công trình điện trọng điểm"), Q("1.356/1.420 hộ", 1356, "hộ"), Q("95,5%", 95.5, "%"),
 Q("hơn 64 tỷ đồng", 64000000000, "đồng", "over"), Q("64 hộ", 64, "hộ"), Q("29 buổi đối thoại", 29, "buổi đối thoại"),
 Q("73 ý kiến, kiến nghị", 73, "ý kiến, kiến nghị"), Q("58 kiến nghị", 58, "kiến nghị"), Q("7 tổ công tác đặc biệt", 7, "tổ công tác đặc biệt"),
 Q("9 hộ người Tày, Nùng", 9, "hộ người Tày, Nùng"), Q("15 tỷ đồng", 15000000000, "đồng"), Q("26 xã", 26, "xã")],
[D("Quy chế phối hợp", "12", "QC/BDVTU-ĐLBG", None, None, "Quy chế phối hợp số 12-QC/BDVTU-ĐLBG"),
 D("Chỉ thị", "18", "CT/TU", "2022-08-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 08/8/2022"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW")],
[prov("Bắc Giang"), com("Cẩm Lý"), com("Vũ Xá"), com("An Châu")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Trang chủ :: Tin tức - Sự kiện :: Hoạt động của Ban", "Quy chế công tác dân vận của hệ thống chính trị",
 "Công ty Điện lực Bắc Giang", "Phòng Dân vận chính quyền"],
["Thứ Sáu, 30/09/2022, 08:05", "tháng 9/2022", "220kV", "năm 2022", "tháng 10"]))

PAGES.append(page("b8564-hungyen-baohungyen-500kv-2023", """
Báo Hưng Yên điện tử
Kinh tế | Xã hội | Dự án trọng điểm
Ngày đăng 12/12/2023 | 16:20
Người dân nhường đất cho đường dây 500kV mạch 3 về đích
Những ngày cuối năm, trên cánh đồng các xã Tân Việt, Thanh Long (huyện Yên Mỹ) và phường Dị Sử (thị xã Mỹ Hào), các đội thi công đang khẩn trương kéo dây đoạn cuối của Dự án đường dây 500kV mạch 3 từ Quảng Trạch đến Phố Nối. Có được mặt bằng sạch đúng tiến độ là nhờ sự đồng thuận của hàng trăm hộ dân.
Cán bộ xã Tân Việt đến từng hộ vận động bàn giao mặt bằng.
Đoạn tuyến qua tỉnh Hưng Yên dài khoảng 13,6 km với 29 vị trí móng cột, ảnh hưởng đến 386 hộ và 5 tổ chức. Thực hiện Công điện của Thủ tướng Chính phủ và Kế hoạch số 165/KH-UBND ngày 05/7/2023 của UBND tỉnh, các địa phương đã hoàn thành bàn giao 100% mặt bằng vị trí móng trước ngày 30/9/2023 và 100% mặt bằng hành lang tuyến trước ngày 31/10/2023, sớm hơn yêu cầu của Chính phủ.
Ông Phạm Văn Cường, Bí thư Đảng ủy xã Tân Việt kể: xã có 11 vị trí móng và 142 hộ bị ảnh hưởng. Đảng ủy họp ngay trong đêm, phân công mỗi đồng chí đảng ủy viên phụ trách 1 thôn, đảng viên nhận vận động từ 2 đến 3 hộ. "Đất lúa là đất hương hỏa, ai cũng tiếc. Nhưng khi nghe rõ đây là công trình điện quốc gia, bà con đồng ý hết", ông Cường nói.
Gia đình ông Nguyễn Văn Tình, thôn Thị Trung, xã Tân Việt, là hộ đầu tiên nhận tiền và bàn giao 620 m2 đất lúa. Tại xã Thanh Long, 37 hộ có mộ phần trong hành lang tuyến đã thống nhất di dời, được hỗ trợ tổng cộng 1,15 tỷ đồng. Ông Đỗ Văn Hưng, Chủ tịch Ủy ban MTTQ xã Thanh Long cho biết, Mặt trận đã tổ chức 6 hội nghị đối thoại, giải thích cho bà con về mức bồi thường theo Quyết định số 14/2023/QĐ-UBND ngày 18/4/2023 của UBND tỉnh Hưng Yên.
Tổng kinh phí bồi thường, hỗ trợ trên địa bàn tỉnh khoảng 86,3 tỷ đồng, đến nay đã chi trả được 98,7%. Ông Đào Minh Khoa, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo giải phóng mặt bằng dự án của tỉnh, ghi nhận: "Người dân Hưng Yên đã cho thấy tinh thần vì việc chung. Tỉnh sẽ khen thưởng kịp thời các tập thể, cá nhân tiêu biểu".
Dịp này, UBND tỉnh tặng bằng khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác giải phóng mặt bằng dự án; Liên đoàn Lao động tỉnh trao 50 suất quà, mỗi suất 1 triệu đồng, cho công nhân đang thi công trên công trường.
Bài, ảnh: Thu Hà
Tin liên quan
- Khoái Châu: đối thoại với người dân về bồi thường giải phóng mặt bằng (05/12/2023)
- Ân Thi: phát huy vai trò Mặt trận trong xây dựng nông thôn mới kiểu mẫu (28/11/2023)
- Văn Lâm tuyên truyền bảo vệ hành lang an toàn lưới điện (20/11/2023)
""", "2023-12-12", "Người dân nhường đất cho đường dây 500kV mạch 3 về đích",
E("khac", None, None),
[P("Phạm Văn Cường", "Bí thư Đảng ủy xã Tân Việt"),
 P("Nguyễn Văn Tình"),
 P("Đỗ Văn Hưng", "Chủ tịch Ủy ban MTTQ xã Thanh Long"),
 P("Đào Minh Khoa", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo giải phóng mặt bằng dự án của tỉnh")],
[Q("khoảng 13,6 km", 13.6, "km", "approx"), Q("29 vị trí móng cột", 29, "vị trí móng cột"), Q("386 hộ", 386, "hộ"),
 Q("5 tổ chức", 5, "tổ chức"), Q("100% mặt bằng vị trí móng", 100, "%"), Q("100% mặt bằng hành lang tuyến", 100, "%"),
 Q("11 vị trí móng", 11, "vị trí móng"), Q("142 hộ", 142, "hộ"), Q("620 m2", 620, "m2"), Q("37 hộ", 37, "hộ"),
 Q("1,15 tỷ đồng", 1150000000, "đồng"), Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"),
 Q("khoảng 86,3 tỷ đồng", 86300000000, "đồng", "approx"), Q("98,7%", 98.7, "%"), Q("12 tập thể", 12, "tập thể"),
 Q("25 cá nhân có thành tích xuất sắc", 25, "cá nhân"), Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "165", "KH-UBND", "2023-07-05", "UBND tỉnh", "Kế hoạch số 165/KH-UBND ngày 05/7/2023"),
 D("Quyết định", "14", "2023/QĐ-UBND", "2023-04-18", "UBND tỉnh Hưng Yên", "Quyết định số 14/2023/QĐ-UBND ngày 18/4/2023")],
[prov("Hưng Yên"), com("Tân Việt"), com("Thanh Long"), com("Dị Sử")],
["Báo Hưng Yên điện tử", "Kinh tế | Xã hội | Dự án trọng điểm", "Cán bộ xã Tân Việt đến từng hộ vận động bàn giao mặt bằng.",
 "Dự án đường dây 500kV mạch 3", "Liên đoàn Lao động tỉnh", "Công điện của Thủ tướng Chính phủ"],
["Ngày đăng 12/12/2023 | 16:20", "500kV", "mạch 3", "30/9/2023", "31/10/2023", "1 thôn", "từ 2 đến 3 hộ"]))

PAGES.append(page("b8565-ninhthuan-ubndhuyen-doithoai-2023", """
Báo Ninh Thuận điện tử
Thời sự > Địa phương
08:15 | 26/05/2023
Bác Ái: Đối thoại với người dân về giải phóng mặt bằng Dự án đường dây 110kV
(NTO) Chiều 25/5, UBND huyện Bác Ái phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại năm 2023 giữa Chủ tịch UBND huyện với người dân có đất bị ảnh hưởng bởi Dự án đường dây 110kV Ninh Sơn - Bác Ái tại xã Phước Tân và xã Phước Bình.
Chủ trì hội nghị có ông Pinăng Văn Tới, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; bà Chamaléa Thị Hoa, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện. Tham dự có 96 hộ dân đồng bào Raglai và đại diện Công ty Điện lực Ninh Thuận.
Ông Pinăng Văn Tới đối thoại với bà con xã Phước Tân.
Theo báo cáo, tuyến đường dây qua huyện Bác Ái dài 9,8 km với 33 vị trí trụ, ảnh hưởng đến 148 hộ; diện tích đất thu hồi vĩnh viễn khoảng 0,76 ha, diện tích trong hành lang tuyến 21,4 ha. Đến ngày 20/5/2023 đã có 121 hộ nhận tiền bồi thường với số tiền 3,26 tỷ đồng, đạt 81,8% số hộ. Việc bồi thường thực hiện theo Quyết định số 09/2022/QĐ-UBND ngày 21/3/2022 của UBND tỉnh Ninh Thuận và Kế hoạch số 42/KH-UBND ngày 10/4/2023 của UBND huyện.
Tại hội nghị, 14 lượt ý kiến của bà con tập trung vào giá bồi thường cây điều, cây xoài, việc được tiếp tục canh tác dưới đường dây và việc làm lại đường vào rẫy. Ông Katơr Thanh (thôn Ma Hoa, xã Phước Bình) hỏi: "Rẫy điều của tôi 15 năm tuổi, chặt đi thì được bồi thường bao nhiêu?". Bà Pi Năng Thị Mai ở thôn Suối Khô, xã Phước Tân đề nghị cán bộ đo đạc lại diện tích vì biên bản kiểm đếm chưa đúng.
Trả lời, ông Đàng Văn Đến, Phó Chủ tịch UBND huyện, Trưởng Ban Bồi thường, giải phóng mặt bằng huyện cho biết, cây điều được bồi thường theo đường kính gốc, cao nhất 1,4 triệu đồng/cây; người dân vẫn được trồng cây thấp dưới 4 m trong hành lang. Huyện sẽ cử tổ công tác kiểm đếm lại 6 trường hợp có ý kiến trong tháng 6/2023. Ông Thập Văn Hùng, Phó Giám đốc Công ty Điện lực Ninh Thuận, cam kết sửa lại 2,2 km đường vào rẫy sau khi kéo dây.
Kết luận hội nghị, ông Pinăng Văn Tới đề nghị Ủy ban MTTQ và các đoàn thể phát huy vai trò của 42 người có uy tín trên địa bàn, tiếp tục vận động 27 hộ còn lại; phấn đấu bàn giao toàn bộ mặt bằng trước ngày 30/6/2023. Những vướng mắc vượt thẩm quyền, huyện sẽ báo cáo UBND tỉnh xem xét.
Dịp này, Ủy ban MTTQ Việt Nam huyện trao 30 phần quà cho hộ nghèo có đất trong dự án, mỗi phần trị giá 500.000 đồng.
Bảo Trân
Tin liên quan
- Ninh Phước: phát huy vai trò chức sắc Bàni, Bà-la-môn trong vận động nhân dân (18/05/2023)
- Thuận Bắc tổ chức hội nghị người có uy tín năm 2023 (10/05/2023)
- Điện lực Ninh Thuận tuyên truyền an toàn điện mùa khô (26/04/2023)
""", "2023-05-26", "Bác Ái: Đối thoại với người dân về giải phóng mặt bằng Dự án đường dây 110kV",
E("doi_thoai", "2023", "2023-05-25"),
[P("Pinăng Văn Tới", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Chamaléa Thị Hoa", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Katơr Thanh"),
 P("Pi Năng Thị Mai"),
 P("Đàng Văn Đến", "Phó Chủ tịch UBND huyện", "Trưởng Ban Bồi thường, giải phóng mặt bằng huyện"),
 P("Thập Văn Hùng", "Phó Giám đốc Công ty Điện lực Ninh Thuận")],
[Q("96 hộ dân đồng bào Raglai", 96, "hộ dân đồng bào Raglai"), Q("9,8 km", 9.8, "km"), Q("33 vị trí trụ", 33, "vị trí trụ"),
 Q("148 hộ", 148, "hộ"), Q("khoảng 0,76 ha", 0.76, "ha", "approx"), Q("21,4 ha", 21.4, "ha"), Q("121 hộ", 121, "hộ"),
 Q("3,26 tỷ đồng", 3260000000, "đồng"), Q("81,8%", 81.8, "%"), Q("14 lượt ý kiến", 14, "lượt ý kiến"),
 Q("1,4 triệu đồng", 1400000, "đồng"), Q("6 trường hợp", 6, "trường hợp"), Q("2,2 km", 2.2, "km"),
 Q("42 người có uy tín", 42, "người có uy tín"), Q("27 hộ", 27, "hộ"), Q("30 phần quà", 30, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "09", "2022/QĐ-UBND", "2022-03-21", "UBND tỉnh Ninh Thuận", "Quyết định số 09/2022/QĐ-UBND ngày 21/3/2022"),
 D("Kế hoạch", "42", "KH-UBND", "2023-04-10", "UBND huyện", "Kế hoạch số 42/KH-UBND ngày 10/4/2023")],
[prov("Ninh Thuận"), com("Phước Tân"), com("Phước Bình")],
["Báo Ninh Thuận điện tử", "Thời sự > Địa phương", "(NTO)", "Ông Pinăng Văn Tới đối thoại với bà con xã Phước Tân.",
 "Công ty Điện lực Ninh Thuận", "Ninh Sơn - Bác Ái"],
["08:15 | 26/05/2023", "110kV", "15 năm tuổi", "4 m", "20/5/2023", "tháng 6/2023", "30/6/2023"]))

PAGES.append(page("b8566-phutho-bdvhu-tongket-2024", """
TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY PHÚ THỌ
Vị trí: Trang chủ > Dân vận các cấp
Thứ Sáu, 20/12/2024
Toàn cảnh hội nghị.
Tân Sơn: "Dân vận khéo" góp phần đưa điện lưới về 100% khu dân cư
Ngày 19/12/2024, Ban Dân vận Huyện ủy Tân Sơn tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Hà Văn Nghiệp, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo; đồng chí Đinh Thị Thu, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì.
Năm 2024, khối dân vận huyện tập trung vận động nhân dân tham gia dự án cải tạo, mở rộng lưới điện nông thôn tại 6 xã vùng đặc biệt khó khăn. Nhân dân đã hiến 5.370 m2 đất, chặt 3.900 cây keo, bồ đề, góp 2.600 ngày công; nhờ đó 100% khu dân cư trên địa bàn huyện đã có điện lưới quốc gia, tỷ lệ hộ sử dụng điện an toàn đạt 99,3%. Toàn huyện có 57 mô hình "Dân vận khéo", trong đó 21 mô hình tiêu biểu gắn với giải phóng mặt bằng công trình điện, giao thông.
Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 112-KH/HU, 113-KH/HU về công tác dân vận chính quyền và về phát huy vai trò người có uy tín vùng đồng bào Mường, Dao.
Các cơ quan dân vận đã tham gia 34 cuộc đối thoại, tiếp nhận 56 đơn thư, kiến nghị, phối hợp giải quyết 52 đơn thư; không để xảy ra khiếu kiện đông người.
Tại hội nghị, các đồng chí Bí thư Đảng ủy xã Xuân Đài, Kim Thượng, Thu Cúc chia sẻ kinh nghiệm. Ông Xa Văn Hải, Trưởng khu Đồng Gia, xã Kim Thượng, kể: "Khu có 48 hộ người Dao thì đã có 46 hộ hiến đất trồng cột. Hai hộ còn lại chi bộ cử người đến 5 lần mới thông". Bà Triệu Thị Lương, Chủ tịch Hội LHPN xã Xuân Đài, cho biết hội vận động 320 hội viên không đốt nương gần đường dây.
Ông Nguyễn Mạnh Hùng, Giám đốc Điện lực Tân Sơn, cho biết năm 2024 ngành điện tỉnh Phú Thọ đầu tư 18,7 tỷ đồng cho lưới điện của huyện, xây mới 11 trạm biến áp; nhờ làm tốt công tác vận động, số vụ vi phạm hành lang lưới điện giảm từ 41 vụ năm 2023 xuống còn 12 vụ.
Phát biểu chỉ đạo, đồng chí Hà Văn Nghiệp đề nghị năm 2025 tập trung chuẩn bị tốt đại hội đảng bộ các cấp, thực hiện sắp xếp đơn vị hành chính; khối dân vận tiếp tục nắm chắc tình hình tư tưởng nhân dân, vận động người dân bảo vệ hành lang an toàn lưới điện.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 9 tập thể, 16 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2024.
Đinh Tú
Tin liên quan
- Thanh Sơn tổng kết phong trào thi đua "Dân vận khéo" (18/12/2024)
- Yên Lập: đưa điện về khu Trầm Thanh (05/12/2024)
- Ban Dân vận Tỉnh ủy giao ban quý III năm 2024 (04/10/2024)
""", "2024-12-20", "Tân Sơn: \"Dân vận khéo\" góp phần đưa điện lưới về 100% khu dân cư",
E("tong_ket", "2024", "2024-12-19"),
[P("Hà Văn Nghiệp", "Phó Bí thư Thường trực Huyện ủy"),
 P("Đinh Thị Thu", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Xa Văn Hải", "Trưởng khu Đồng Gia"),
 P("Nguyễn Mạnh Hùng", "Giám đốc Điện lực Tân Sơn"),
 P("Triệu Thị Lương", "Chủ tịch Hội LHPN xã Xuân Đài")],
[Q("100% khu dân cư", 100, "%"), Q("6 xã vùng đặc biệt khó khăn", 6, "xã vùng đặc biệt khó khăn"), Q("5.370 m2", 5370, "m2"),
 Q("3.900 cây keo, bồ đề", 3900, "cây keo, bồ đề"), Q("2.600 ngày công", 2600, "ngày công"), Q("99,3%", 99.3, "%"),
 Q("57 mô hình", 57, "mô hình"), Q("21 mô hình tiêu biểu", 21, "mô hình tiêu biểu"), Q("34 cuộc đối thoại", 34, "cuộc đối thoại"),
 Q("56 đơn thư, kiến nghị", 56, "đơn thư, kiến nghị"), Q("52 đơn thư", 52, "đơn thư"), Q("48 hộ người Dao", 48, "hộ người Dao"),
 Q("46 hộ", 46, "hộ"), Q("320 hội viên", 320, "hội viên"), Q("18,7 tỷ đồng", 18700000000, "đồng"),
 Q("11 trạm biến áp", 11, "trạm biến áp"), Q("41 vụ", 41, "vụ"), Q("12 vụ", 12, "vụ"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW"),
 D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU, 113-KH/HU"),
 D("Kế hoạch", "113", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU, 113-KH/HU")],
[prov("Phú Thọ"), com("Xuân Đài"), com("Kim Thượng"), com("Thu Cúc")],
["TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY PHÚ THỌ", "Vị trí: Trang chủ > Dân vận các cấp", "Toàn cảnh hội nghị.", "Dân vận khéo", "Điện lực Tân Sơn"],
["Thứ Sáu, 20/12/2024", "năm 2024", "năm 2025", "5 lần", "Hai hộ", "năm 2023"]))
