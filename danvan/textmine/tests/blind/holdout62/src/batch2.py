from lib import *
PAGES = []

PAGES.append(page("b1451-sonla-mocchau-doithoai-2017", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY MỘC CHÂU
Trang chủ | Tin tức | Dân vận
Ngày đăng 24/08/2017 | 10:20
Bí thư Huyện ủy Mộc Châu đối thoại với nông dân trồng chè, nuôi bò sữa
Ngày 23/8, Ban Dân vận Huyện ủy phối hợp với Hội Nông dân huyện Mộc Châu, tỉnh Sơn La tổ chức hội nghị đối thoại giữa Bí thư Huyện ủy với nông dân năm 2017. Đồng chí Hoàng Văn Chất, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì đối thoại. Tham dự có các đồng chí: Lò Văn Mừng, Phó Bí thư Thường trực Huyện ủy; Đinh Thị Thu Hằng, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện cùng 215 hội viên nông dân đại diện cho 15 xã, thị trấn.
Toàn cảnh hội nghị đối thoại.
Trước khi vào phần đối thoại, đồng chí Đinh Thị Thu Hằng thông tin kết quả thực hiện Quy chế dân chủ ở cơ sở và Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh thực hiện Nghị quyết 25 về công tác dân vận. 6 tháng đầu năm, Ban Dân vận Huyện ủy đã tiếp nhận 39 đơn thư, kiến nghị của công dân; phối hợp giải quyết dứt điểm 31 đơn.
Tại hội nghị, 27 lượt ý kiến của nông dân đã được nêu ra, tập trung vào giá thu mua sữa tươi, vốn vay ưu đãi, cấp giấy chứng nhận quyền sử dụng đất và ô nhiễm môi trường từ chăn nuôi. Ông Hà Văn Piếng, bản Nà Bó, xã Mường Sang phản ánh giá bò giống tăng cao, đề nghị huyện hỗ trợ lãi suất cho hộ nuôi bò sữa quy mô nhỏ. Bà Vì Thị Xiêng, Chi hội trưởng Chi hội nông dân tiểu khu 19/5, thị trấn Nông trường Mộc Châu, kiến nghị hướng dẫn quy trình trồng chè an toàn đạt tiêu chuẩn VietGAP.
Trả lời các ý kiến, đồng chí Hoàng Văn Chất cho biết huyện hiện có 583 hộ với tổng đàn bò sữa trên 22.000 con, sản lượng sữa mỗi ngày khoảng 280 tấn. Năm 2017, Ngân hàng Chính sách xã hội huyện dành gần 46 tỷ đồng cho vay ưu đãi; riêng Quỹ hỗ trợ nông dân đã giải ngân 3,2 tỷ đồng cho 118 hộ. Huyện sẽ chỉ đạo rà soát, cấp 1.200 giấy chứng nhận quyền sử dụng đất còn tồn đọng trong quý IV.
Đồng chí Lò Văn Mừng yêu cầu Phòng Tài nguyên và Môi trường phối hợp với UBND xã Đông Sang kiểm tra các trang trại chăn nuôi gây ô nhiễm, báo cáo kết quả trước ngày 30/9. Những ý kiến chưa trả lời trực tiếp được giao cho các phòng, ban chuyên môn trả lời bằng văn bản trong 15 ngày.
Kết thúc đối thoại, Bí thư Huyện ủy đề nghị Hội Nông dân tiếp tục phát huy vai trò cầu nối, tuyên truyền hội viên thực hiện Chỉ thị số 15-CT/HU của Ban Thường vụ Huyện ủy về phát triển sản xuất nông nghiệp sạch; nhân rộng phong trào nông dân sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững.
Quang Long
Số lần đọc: 964
Tin khác
- Mộc Châu sơ kết 6 tháng thực hiện công tác dân vận (20/07/2017)
- Xã Mường Sang ra mắt tổ hợp tác chè an toàn (05/07/2017)
- Ra quân Tháng thanh niên năm 2017 (28/03/2017)
""", "2017-08-24", "Bí thư Huyện ủy Mộc Châu đối thoại với nông dân trồng chè, nuôi bò sữa",
E("doi_thoai", "2017", "2017-08-23"),
[P("Hoàng Văn Chất", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Lò Văn Mừng", "Phó Bí thư Thường trực Huyện ủy"),
 P("Đinh Thị Thu Hằng", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Hà Văn Piếng"),
 P("Vì Thị Xiêng", "Chi hội trưởng Chi hội nông dân tiểu khu 19/5")],
[Q("215 hội viên nông dân", 215, "hội viên nông dân"), Q("15 xã, thị trấn", 15, "xã, thị trấn"),
 Q("39 đơn thư, kiến nghị", 39, "đơn thư, kiến nghị"), Q("31 đơn", 31, "đơn"), Q("27 lượt ý kiến", 27, "lượt ý kiến"),
 Q("583 hộ", 583, "hộ"), Q("trên 22.000 con", 22000, "con", "over"),
 Q("khoảng 280 tấn", 280, "tấn", "approx"), Q("gần 46 tỷ đồng", 46000000000, "đồng", "approx"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("118 hộ", 118, "hộ"),
 Q("1.200 giấy chứng nhận quyền sử dụng đất", 1200, "giấy chứng nhận quyền sử dụng đất")],
[D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 15-CT/HU")],
[prov("Sơn La"), com("Mường Sang"), com("Nông trường Mộc Châu"), com("Đông Sang")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY MỘC CHÂU", "Trang chủ | Tin tức | Dân vận", "Toàn cảnh hội nghị đối thoại.",
 "Nghị quyết 25", "VietGAP", "Số lần đọc: 964"],
["Ngày đăng 24/08/2017 | 10:20", "năm 2017", "Nghị quyết 25", "6 tháng đầu năm", "tiểu khu 19/5", "quý IV", "15 ngày", "Số lần đọc: 964"]))

PAGES.append(page("b1452-camau-bdv-traoqua-tet-2018", """
Báo Cà Mau điện tử
Trang chủ › Xã hội › Từ thiện
31/01/2018 | 14:05
Đồng chí Trần Thị Ngọc Hân trao quà cho hộ nghèo xã Khánh Bình Tây Bắc. Ảnh: Phương Vũ
Trao 650 phần quà Tết cho hộ nghèo vùng đồng bào Khmer
(CMO) Ngày 30/1, đoàn công tác của Ban Dân vận Tỉnh ủy Cà Mau do đồng chí Trần Thị Ngọc Hân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, tặng quà Tết Nguyên đán Mậu Tuất 2018 cho đồng bào dân tộc Khmer, hộ nghèo và người có uy tín tại huyện Trần Văn Thời và huyện U Minh.
Tại xã Khánh Bình Tây Bắc, đoàn trao 250 phần quà, mỗi phần gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt. Tại xã Nguyễn Phích, huyện U Minh, đoàn trao 400 phần quà cho hộ nghèo, hộ cận nghèo. Tổng trị giá quà trong đợt này hơn 390 triệu đồng, do Ban Dân vận Tỉnh ủy phối hợp vận động các doanh nghiệp, nhà hảo tâm đóng góp.
Dịp này, đoàn đến thăm, chúc Tết 12 người có uy tín, chức sắc trong đồng bào Khmer, trong đó có Đại đức Danh Sến, trụ trì chùa Cao Dân, và ông Thạch Phol, người có uy tín ấp Cây Khô. Đồng chí Trần Thị Ngọc Hân ghi nhận vai trò của các vị trong vận động đồng bào chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, giữ gìn an ninh trật tự ở phum, sóc.
Cùng đi với đoàn có các đồng chí: Lâm Văn Bi, Phó Trưởng Ban Dân vận Tỉnh ủy; Danh Thị Hồng Nhung, Phó Trưởng ban Dân tộc tỉnh và đại diện Thường trực Huyện ủy Trần Văn Thời.
Theo đồng chí Lâm Văn Bi, toàn tỉnh hiện có 7.842 hộ đồng bào Khmer, trong đó 1.126 hộ nghèo, chiếm 14,4%. Năm 2017, khối dân vận các cấp đã phối hợp xây dựng, bàn giao 86 căn nhà Đại đoàn kết cho hộ Khmer khó khăn về nhà ở, mỗi căn trị giá 40 triệu đồng; vận động hỗ trợ 1.300 suất học bổng cho học sinh dân tộc Khmer. Ban Dân vận Tỉnh ủy đang tham mưu Ban Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới, đồng thời tiếp tục triển khai Quyết định số 2561/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín.
Cũng trong dịp Tết, Ban Dân vận Tỉnh ủy phân công các đoàn đi thăm, tặng quà tại 9 huyện, thành phố với tổng số 2.400 phần quà.
Các vị chức sắc, người có uy tín bày tỏ xúc động trước sự quan tâm của Tỉnh ủy, hứa sẽ tiếp tục vận động bà con đoàn kết, giúp nhau phát triển sản xuất, đón Tết vui tươi, an toàn.
Phương Vũ
Lượt xem: 1.052
Tin liên quan
- Thăm, chúc Tết các chùa Khmer ở huyện Thới Bình (26/01/2018)
- Cà Mau: 300 phần quà cho công nhân khó khăn (24/01/2018)
- Họp mặt người có uy tín tiêu biểu năm 2017 (12/12/2017)
- Trao nhà Đại đoàn kết ở xã Khánh Lộc (30/11/2017)
""", "2018-01-31", "Trao 650 phần quà Tết cho hộ nghèo vùng đồng bào Khmer",
E("trao_qua", None, "2018-01-30"),
[P("Trần Thị Ngọc Hân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sến", "Đại đức", "trụ trì chùa Cao Dân"),
 P("Thạch Phol", "người có uy tín ấp Cây Khô"),
 P("Lâm Văn Bi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Thị Hồng Nhung", "Phó Trưởng ban Dân tộc tỉnh")],
[Q("650 phần quà", 650, "phần quà"), Q("250 phần quà", 250, "phần quà"), Q("10 kg", 10, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("400 phần quà", 400, "phần quà"), Q("hơn 390 triệu đồng", 390000000, "đồng", "over"),
 Q("12 người có uy tín, chức sắc", 12, "người có uy tín, chức sắc"), Q("7.842 hộ đồng bào Khmer", 7842, "hộ đồng bào Khmer"),
 Q("1.126 hộ nghèo", 1126, "hộ nghèo"), Q("14,4%", 14.4, "%"), Q("86 căn nhà Đại đoàn kết", 86, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("1.300 suất học bổng", 1300, "suất học bổng"),
 Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("2.400 phần quà", 2400, "phần quà")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018"),
 D("Quyết định", "2561", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2561/QĐ-TTg")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Nguyễn Phích")],
["Báo Cà Mau điện tử", "Trang chủ › Xã hội › Từ thiện",
 "Đồng chí Trần Thị Ngọc Hân trao quà cho hộ nghèo xã Khánh Bình Tây Bắc. Ảnh: Phương Vũ", "(CMO)",
 "Tết Nguyên đán Mậu Tuất 2018", "huyện Trần Văn Thời", "Lượt xem: 1.052"],
["31/01/2018 | 14:05", "Mậu Tuất 2018", "Năm 2017", "Lượt xem: 1.052"]))

PAGES.append(page("b1453-bacgiang-bdv-taphuan-2018", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Trang chủ >> Hoạt động của Ban >> Tập huấn, bồi dưỡng
15.06.2018 | 08:45
Bồi dưỡng nghiệp vụ công tác dân vận cho 320 cán bộ cơ sở
Ngày 14/6, tại Trường Chính trị tỉnh, Ban Dân vận Tỉnh ủy Bắc Giang khai mạc lớp tập huấn nghiệp vụ công tác dân vận năm 2018 cho cán bộ làm công tác dân vận ở cơ sở. Lớp học diễn ra trong 2 ngày, với 320 học viên là trưởng khối dân vận, cán bộ chuyên trách dân vận của 230 xã, phường, thị trấn.
Đồng chí Nguyễn Văn Lượng phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Nguyễn Văn Lượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh, đội ngũ cán bộ dân vận cơ sở là lực lượng trực tiếp gần dân nhất, song hiện có tới 41% cán bộ mới được kiện toàn sau đại hội, chưa qua đào tạo nghiệp vụ.
Trong thời gian tập huấn, học viên được nghe các đồng chí: Thân Văn Khoa, Phó Trưởng Ban Dân vận Tỉnh ủy; Hoàng Thị Thanh Vân, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy truyền đạt các chuyên đề: những nội dung cơ bản của Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) về công tác dân vận; Quyết định số 23-QĐ/TW ngày 29/7/2016 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; kỹ năng nắm tình hình nhân dân, giải quyết đơn thư, tổ chức đối thoại ở cơ sở. Đồng chí Ngô Văn Tuấn, Phó Chủ tịch Ủy ban MTTQ tỉnh giới thiệu Quy chế phối hợp số 14-QCPH/BDVTU-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh về nắm tình hình nhân dân.
Theo báo cáo của Ban, năm 2017, khối dân vận toàn tỉnh đã tham gia giải quyết 183 vụ việc mâu thuẫn ở khu dân cư, hòa giải thành 167 vụ; tổ chức 1.039 cuộc tiếp xúc, đối thoại giữa người đứng đầu với nhân dân. Phong trào "Dân vận khéo" có 2.516 mô hình được công nhận các cấp. Nhân dân hiến trên 58 ha đất, đóng góp trên 186 tỷ đồng làm đường giao thông nông thôn.
Học viên cũng được tham quan thực tế mô hình "Dân vận khéo trong dồn điền, đổi thửa" tại xã Tân Mỹ, thành phố Bắc Giang, nơi người dân đã tự nguyện dồn 1.480 thửa ruộng thành 312 thửa lớn. Ông Lưu Văn Đoàn, Bí thư Đảng ủy xã Tân Mỹ, chia sẻ kinh nghiệm họp dân 11 lần để thống nhất phương án.
Lớp tập huấn thực hiện theo Kế hoạch số 79-KH/BDVTU ngày 2/4/2018 của Ban Dân vận Tỉnh ủy. Kết thúc lớp, Ban sẽ tổ chức kiểm tra, đánh giá nhận thức của học viên qua bài thu hoạch.
Thu Hương
Lượt xem: 733
Tin cùng chuyên mục
- Giao ban khối dân vận quý I/2018 (10/04/2018)
- Yên Thế tập huấn công tác dân tộc, tôn giáo (22/03/2018)
- Hội thi "Dân vận khéo" huyện Lạng Giang (14/03/2018)
""", "2018-06-15", "Bồi dưỡng nghiệp vụ công tác dân vận cho 320 cán bộ cơ sở",
E("tap_huan", "2018", "2018-06-14"),
[P("Nguyễn Văn Lượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thân Văn Khoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Thanh Vân", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Ngô Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lưu Văn Đoàn", "Bí thư Đảng ủy xã Tân Mỹ")],
[Q("320 học viên", 320, "học viên"), Q("230 xã, phường, thị trấn", 230, "xã, phường, thị trấn"), Q("41%", 41, "%"),
 Q("183 vụ việc mâu thuẫn", 183, "vụ việc mâu thuẫn"), Q("167 vụ", 167, "vụ"),
 Q("1.039 cuộc tiếp xúc, đối thoại", 1039, "cuộc tiếp xúc, đối thoại"), Q("2.516 mô hình", 2516, "mô hình"),
 Q("trên 58 ha", 58, "ha", "over"), Q("trên 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("1.480 thửa ruộng", 1480, "thửa ruộng"), Q("312 thửa lớn", 312, "thửa lớn")],
[D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-29", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 29/7/2016"),
 D("Quy chế phối hợp", "14", "QCPH/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 14-QCPH/BDVTU-MTTQ"),
 D("Kế hoạch", "79", "KH/BDVTU", "2018-04-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 79-KH/BDVTU ngày 2/4/2018")],
[prov("Bắc Giang"), com("Tân Mỹ")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Trang chủ >> Hoạt động của Ban >> Tập huấn, bồi dưỡng",
 "Đồng chí Nguyễn Văn Lượng phát biểu khai mạc lớp tập huấn.", "Dân vận khéo", "Dân vận khéo trong dồn điền, đổi thửa", "Lượt xem: 733"],
["15.06.2018 | 08:45", "năm 2018", "2 ngày", "khóa XI", "năm 2017", "11 lần", "Lượt xem: 733"]))

PAGES.append(page("b1454-quangtri-bdv-nguoicouytin-2019", """
QUẢNG TRỊ ONLINE - Báo Quảng Trị
Chính trị - Xã hội / Dân tộc - Miền núi
Thứ Năm, 11/04/2019 - 16:00
Phát huy vai trò người có uy tín vùng đồng bào Vân Kiều, Pa Kô
Sáng 10/4, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2019. Dự hội nghị có đồng chí Lê Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hồ Văn Nhăng, Trưởng ban Dân tộc tỉnh cùng 176 người có uy tín đến từ các huyện Hướng Hóa, Đakrông, Vĩnh Linh, Gio Linh.
Các đại biểu là người có uy tín dự hội nghị. Ảnh: Q.H
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín, toàn tỉnh hiện có 178 người có uy tín ở 47 xã, thị trấn vùng đồng bào dân tộc thiểu số. Mỗi năm, mỗi người có uy tín được cấp 1 tờ báo, được thăm hỏi, tặng quà dịp Tết với mức 500.000 đồng/người. Năm 2018, người có uy tín đã tham gia hòa giải thành công 64 vụ việc, vận động 212 hộ đồng bào xóa bỏ hủ tục, vận động 37 thanh niên bỏ nghiện.
Nhiều người có uy tín là tấm gương trong phát triển kinh tế. Già làng Hồ Văn Thoòng, bản Ka Tăng, xã A Bung, huyện Đakrông đã vận động con cháu hiến hơn 3.500 m2 đất làm điểm trường. Ông Hồ Xy, người có uy tín bản Xa Re, xã Hướng Phùng, cùng Bí thư Chi bộ bản vận động bà con trồng 45 ha cà phê, giúp 19 hộ thoát nghèo.
Tại hội nghị, các đại biểu đề nghị tỉnh quan tâm giải quyết tình trạng thiếu đất sản xuất, tăng cường lực lượng ngăn chặn tình trạng vận chuyển ma túy qua biên giới. Bà Hồ Thị Kim Sen, Phó Chủ tịch UBND huyện Hướng Hóa, giải đáp những kiến nghị thuộc thẩm quyền của huyện.
Phát biểu tại hội nghị, đồng chí Lê Thị Hương đề nghị các cấp ủy tiếp tục thực hiện Chỉ thị số 06-CT/TW ngày 20/1/2012 của Ban Bí thư và Kế hoạch số 128-KH/TU ngày 14/8/2018 của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín; chủ động nắm tình hình, không để kẻ xấu lợi dụng vấn đề dân tộc, tôn giáo. Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 người có uy tín tiêu biểu, mỗi người được thưởng 1 triệu đồng. Hội nghị là dịp để người có uy tín trao đổi kinh nghiệm, đồng thời phản ánh tâm tư, nguyện vọng của đồng bào với cấp ủy, chính quyền các cấp.
Quang Hải
Lượt đọc: 1.876
Bài viết liên quan
- Hướng Hóa: tập huấn cho người có uy tín năm 2019 (28/03/2019)
- Thăm, tặng quà người có uy tín dịp Tết Kỷ Hợi (24/01/2019)
- Đakrông ra mắt mô hình "Bản không có ma túy" (10/01/2019)
""", "2019-04-11", "Phát huy vai trò người có uy tín vùng đồng bào Vân Kiều, Pa Kô",
E("hoi_nghi", "2019", "2019-04-10"),
[P("Lê Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Nhăng", "Trưởng ban Dân tộc tỉnh"),
 P("Hồ Văn Thoòng", "Già làng"),
 P("Hồ Xy", "người có uy tín bản Xa Re"),
 P("Hồ Thị Kim Sen", "Phó Chủ tịch UBND huyện Hướng Hóa")],
[Q("176 người có uy tín", 176, "người có uy tín"), Q("178 người có uy tín", 178, "người có uy tín"),
 Q("47 xã, thị trấn", 47, "xã, thị trấn"), Q("500.000 đồng", 500000, "đồng"), Q("64 vụ việc", 64, "vụ việc"),
 Q("212 hộ đồng bào", 212, "hộ đồng bào"), Q("37 thanh niên", 37, "thanh niên"), Q("hơn 3.500 m2", 3500, "m2", "over"),
 Q("45 ha", 45, "ha"), Q("19 hộ", 19, "hộ"), Q("25 người có uy tín tiêu biểu", 25, "người có uy tín tiêu biểu"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Chỉ thị", "06", "CT/TW", "2012-01-20", "Ban Bí thư", "Chỉ thị số 06-CT/TW ngày 20/1/2012"),
 D("Kế hoạch", "128", "KH/TU", "2018-08-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 128-KH/TU ngày 14/8/2018")],
[prov("Quảng Trị"), com("A Bung"), com("Hướng Phùng")],
["QUẢNG TRỊ ONLINE - Báo Quảng Trị", "Chính trị - Xã hội / Dân tộc - Miền núi", "Các đại biểu là người có uy tín dự hội nghị. Ảnh: Q.H",
 "Lượt đọc: 1.876"],
["Thứ Năm, 11/04/2019 - 16:00", "năm 2019", "Năm 2018", "1 tờ báo", "Lượt đọc: 1.876"]))

PAGES.append(page("b1455-dongnai-dinhquan-danvankheo-2020", """
Trang thông tin điện tử Huyện ủy Định Quán
Trang chủ » Gương điển hình » Dân vận khéo
09/09/2020 07:30
Xã Phú Vinh: "Dân vận khéo" để người dân đồng thuận làm đường
Những năm gần đây, xã Phú Vinh, huyện Định Quán, tỉnh Đồng Nai được biết đến như một điểm sáng của phong trào thi đua "Dân vận khéo". Từ chỗ là xã có nhiều tuyến đường đất lầy lội vào mùa mưa, đến nay 100% đường ấp, đường xóm đã được bê tông hóa, phần lớn nhờ sức dân.
Một tuyến đường bê tông do nhân dân ấp 4 đóng góp xây dựng.
Theo ông Nguyễn Hữu Trí, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Phú Vinh, bí quyết là "việc gì cũng bàn với dân trước". Mỗi tuyến đường trước khi làm đều được đưa ra họp dân ít nhất 2 lần, công khai dự toán, cử người dân tham gia giám sát. Từ năm 2016 đến nay, người dân trong xã đã hiến hơn 21.000 m2 đất, tự tháo dỡ 137 hàng rào, cổng ngõ; đóng góp gần 8,6 tỷ đồng cùng với nguồn vốn của Nhà nước làm mới 42 km đường giao thông nông thôn.
Ông Điểu Thanh, người có uy tín trong đồng bào Chơ Ro ở ấp 6, kể lại: lúc đầu nhiều hộ chưa đồng tình vì sợ mất đất. Cán bộ ấp đến từng nhà, vận động trước người thân trong dòng họ, rồi chính các hộ đã hiến đất làm gương cho bà con noi theo.
Bà Lê Thị Thu Trang, HUV, Trưởng Ban Dân vận Huyện ủy Định Quán cho biết, mô hình của xã Phú Vinh được Ban Thường vụ Huyện ủy chọn làm điểm để nhân rộng ra 13 xã, thị trấn theo Kế hoạch số 215-KH/HU ngày 16/3/2020 của Ban Thường vụ Huyện ủy về đẩy mạnh phong trào thi đua "Dân vận khéo" giai đoạn 2020 - 2025. Toàn huyện hiện có 286 mô hình "Dân vận khéo" được công nhận, trong đó 34 mô hình cấp tỉnh.
Cũng theo bà Trang, việc triển khai Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị và Chỉ thị số 05-CT/HU của Huyện ủy về tăng cường công tác dân vận chính quyền đã giúp cán bộ, công chức gần dân hơn. Số đơn thư vượt cấp ở Phú Vinh giảm rõ rệt, năm 2019 chỉ còn 3 đơn, so với 17 đơn năm 2016.
Không chỉ làm đường, Phú Vinh còn vận động 412 hộ tham gia tổ tự quản giữ gìn vệ sinh môi trường, trồng 6,5 km tuyến đường hoa. Nhiều chi hội phụ nữ đã thành lập quỹ xoay vòng giúp 58 hội viên nghèo có vốn chăn nuôi.
Năm 2020, xã đặt mục tiêu được công nhận xã nông thôn mới nâng cao. Đảng ủy xã xác định tiếp tục lấy công tác dân vận làm khâu đột phá, để "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng" thực sự đi vào cuộc sống.
Hồng Phúc
Lượt xem: 518
Tin khác
- Định Quán: 50 hộ đồng bào Chơ Ro được hỗ trợ sinh kế (28/08/2020)
- Hội thi tuyên truyền viên dân vận giỏi năm 2020 (14/08/2020)
- La Ngà xây dựng mô hình "Khu dân cư không rác thải nhựa" (30/07/2020)
""", "2020-09-09", "Xã Phú Vinh: \"Dân vận khéo\" để người dân đồng thuận làm đường",
E("khac", None, None),
[P("Nguyễn Hữu Trí", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Phú Vinh"),
 P("Điểu Thanh", "người có uy tín trong đồng bào Chơ Ro ở ấp 6"),
 P("Lê Thị Thu Trang", "HUV", "Trưởng Ban Dân vận Huyện ủy Định Quán")],
[Q("100%", 100, "%"), Q("hơn 21.000 m2", 21000, "m2", "over"), Q("137 hàng rào, cổng ngõ", 137, "hàng rào, cổng ngõ"),
 Q("gần 8,6 tỷ đồng", 8600000000, "đồng", "approx"), Q("42 km", 42, "km"), Q("13 xã, thị trấn", 13, "xã, thị trấn"),
 Q("286 mô hình", 286, "mô hình"), Q("34 mô hình", 34, "mô hình"), Q("3 đơn", 3, "đơn"), Q("17 đơn", 17, "đơn"),
 Q("412 hộ", 412, "hộ"), Q("6,5 km", 6.5, "km"), Q("58 hội viên nghèo", 58, "hội viên nghèo")],
[D("Kế hoạch", "215", "KH/HU", "2020-03-16", "Ban Thường vụ Huyện ủy", "Kế hoạch số 215-KH/HU ngày 16/3/2020"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Chỉ thị", "05", "CT/HU", None, "Huyện ủy", "Chỉ thị số 05-CT/HU")],
[prov("Đồng Nai"), com("Phú Vinh")],
["Trang thông tin điện tử Huyện ủy Định Quán", "Trang chủ » Gương điển hình » Dân vận khéo",
 "Một tuyến đường bê tông do nhân dân ấp 4 đóng góp xây dựng.", "Dân vận khéo", "việc gì cũng bàn với dân trước",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng", "Lượt xem: 518"],
["09/09/2020 07:30", "ấp 4", "ấp 6", "2 lần", "Từ năm 2016", "giai đoạn 2020 - 2025", "năm 2019", "năm 2016", "Năm 2020", "Lượt xem: 518"]))

PAGES.append(page("b1456-thuathienhue-bdv-tongket-2020", """
BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ
Bạn đang ở: Trang chủ / Tin tức - Sự kiện
Cập nhật lúc 17:10 ngày 23/12/2020
Toàn cảnh hội nghị. Ảnh: Minh Đức
Khối dân vận vượt khó trong năm thiên tai, dịch bệnh
Sáng 22/12, Ban Dân vận Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Phan Ngọc Thọ, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo. Chủ trì hội nghị có đồng chí Nguyễn Thị Ái Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hồ Xuân Trăm, Lê Quang Minh.
Năm 2020, công tác dân vận diễn ra trong bối cảnh dịch COVID-19 và đợt mưa lũ lịch sử tháng 10. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 06, 07-KL/TU về công tác dân vận trong phòng, chống dịch và trong khắc phục hậu quả thiên tai; hướng dẫn thực hiện Kết luận số 64-KL/TW ngày 25/10/2019 của Ban Bí thư về công tác dân vận. Các cơ quan dân vận, Mặt trận và đoàn thể đã vận động được hơn 216 tỷ đồng và trên 3.200 tấn hàng hóa ủng hộ phòng, chống dịch và hỗ trợ đồng bào vùng lũ; trao 48.600 suất quà cho người dân bị ảnh hưởng.
Phong trào thi đua "Dân vận khéo" có 1.284 mô hình được công nhận; 93,7% thôn, tổ dân phố thực hiện tốt quy chế dân chủ. Các cấp đã tổ chức 378 cuộc đối thoại, tiếp nhận 1.045 ý kiến, kiến nghị của nhân dân. Công tác vận động giải phóng mặt bằng dự án di dời dân cư khu vực I Kinh thành Huế đạt kết quả tích cực, 621 hộ đã đồng thuận di dời.
Tại hội nghị, đồng chí Hồ Văn Hiếu, HUV, Trưởng Ban Dân vận Huyện ủy A Lưới, trình bày tham luận về vận động đồng bào Pa Cô, Tà Ôi tái thiết sau sạt lở; bà Trần Thị Kim Hoa, Phó Bí thư Đảng ủy phường Thuận Thành, chia sẻ kinh nghiệm vận động người dân ở Kinh thành Huế di dời.
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế như: công tác nắm tình hình nhân dân ở một số địa bàn còn chậm; việc đối thoại của người đứng đầu cấp ủy, chính quyền ở vài nơi còn hình thức; một số mô hình "Dân vận khéo" chưa được duy trì bền vững sau khi công nhận.
Phát biểu chỉ đạo, đồng chí Phan Ngọc Thọ yêu cầu năm 2021, khối dân vận triển khai thực hiện Nghị quyết Đại hội XVI Đảng bộ tỉnh; tham mưu tổng kết Chỉ thị số 49-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng "Khu dân cư văn hóa"; phát huy vai trò Mặt trận trong giám sát bầu cử đại biểu Quốc hội và HĐND các cấp. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 22 tập thể, 31 cá nhân.
Minh Đức
Lượt xem: 945
Tin liên quan
- Giao ban khối dân vận quý III/2020 (09/10/2020)
- 300 phần quà cho đồng bào vùng lũ A Lưới (25/10/2020)
- Tập huấn công tác dân vận chính quyền (07/08/2020)
""", "2020-12-23", "Khối dân vận vượt khó trong năm thiên tai, dịch bệnh",
E("tong_ket", "2020", "2020-12-22"),
[P("Phan Ngọc Thọ", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Ái Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Xuân Trăm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Minh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Hiếu", "HUV", "Trưởng Ban Dân vận Huyện ủy A Lưới"),
 P("Trần Thị Kim Hoa", "Phó Bí thư Đảng ủy phường Thuận Thành")],
[Q("hơn 216 tỷ đồng", 216000000000, "đồng", "over"), Q("trên 3.200 tấn", 3200, "tấn", "over"),
 Q("48.600 suất quà", 48600, "suất quà"), Q("1.284 mô hình", 1284, "mô hình"), Q("93,7%", 93.7, "%"),
 Q("378 cuộc đối thoại", 378, "cuộc đối thoại"), Q("1.045 ý kiến, kiến nghị", 1045, "ý kiến, kiến nghị"),
 Q("621 hộ", 621, "hộ"), Q("22 tập thể", 22, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "64", "KL/TW", "2019-10-25", "Ban Bí thư", "Kết luận số 64-KL/TW ngày 25/10/2019"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU")],
[prov("Thừa Thiên Huế"), com("Thuận Thành")],
["BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện", "Toàn cảnh hội nghị. Ảnh: Minh Đức",
 "Dân vận khéo", "Khu dân cư văn hóa", "Nghị quyết Đại hội XVI Đảng bộ tỉnh", "Lượt xem: 945"],
["Cập nhật lúc 17:10 ngày 23/12/2020", "năm 2020", "năm 2021", "tháng 10", "khu vực I", "Đại hội XVI", "COVID-19", "Lượt xem: 945"]))
