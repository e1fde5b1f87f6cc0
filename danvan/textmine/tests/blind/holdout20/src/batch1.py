from lib import *
PAGES = []

PAGES.append(page("b437-laichau-bdv-tongket-2010", """
BAN DÂN VẬN TỈNH ỦY LAI CHÂU
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Lai Châu
Trang chủ > Tin tức > Hoạt động dân vận
Cập nhật: 15:40, 17/01/2011 (GMT+7)
Toàn cảnh hội nghị tại hội trường Tỉnh ủy.
Ban Dân vận Tỉnh ủy Lai Châu tổng kết công tác dân vận năm 2010
Ngày 14/1/2011, Ban Dân vận Tỉnh ủy Lai Châu tổ chức hội nghị tổng kết công tác dân vận năm 2010, triển khai nhiệm vụ năm 2011. Dự hội nghị có đồng chí Lò Văn Thắm, Phó Bí thư Tỉnh ủy; đồng chí Giàng Seo Chử, TUV, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Năm 2010, khối dân vận toàn tỉnh đã triển khai Chỉ thị 09-CT/TU và Kế hoạch 21-KH/BDVTU của Ban Dân vận Tỉnh ủy về nâng cao chất lượng công tác dân vận ở vùng đồng bào dân tộc thiểu số. Các cấp đã vận động nhân dân hiến 14.500 m2 đất làm đường, đóng góp 9.200 ngày công và gần 1,6 tỷ đồng xây dựng 37 công trình dân sinh. Toàn tỉnh có 112 bản đăng ký thôn bản văn hóa, 2.430 hộ nghèo được hỗ trợ giống cây, con.
Đồng chí Giàng Seo Chử phát biểu tại hội nghị. Ảnh: Quang Hưng
Công tác nắm tình hình nhân dân được duy trì; 18 vụ việc phức tạp ở cơ sở được giải quyết dứt điểm ngay từ thôn, bản. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lù Văn Pâng, Tẩn Thị Mẩy, Nguyễn Văn Đoàn đã trực tiếp xuống các xã biên giới của huyện Phong Thổ, Mường Tè nắm tình hình.
Phát biểu chỉ đạo, đồng chí Lò Văn Thắm đề nghị năm 2011 tiếp tục thực hiện Nghị quyết 25-NQ/TW về tăng cường công tác tôn giáo, giữ vững ổn định ở xã Dào San, xã Ka Lăng. Ông Sùng A Páo, người có uy tín bản Sì Choang, đã được hội nghị biểu dương vì vận động 46 hộ bỏ tục lệ lạc hậu.
Dịp này, Ban Dân vận Tỉnh ủy khen thưởng 12 tập thể, 21 cá nhân có thành tích xuất sắc.
Minh Thu
Lượt xem: 532
Tin liên quan
- Hội nghị Ban Dân vận Tỉnh ủy tháng 12 năm 2010
- Lai Châu: 250 hộ được hỗ trợ làm nhà năm 2010
""", "2011-01-17", "Ban Dân vận Tỉnh ủy Lai Châu tổng kết công tác dân vận năm 2010",
E("tong_ket", "2010", "2011-01-14"),
[P("Lò Văn Thắm", "Phó Bí thư Tỉnh ủy"),
 P("Giàng Seo Chử", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Pâng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Thị Mẩy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Đoàn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "người có uy tín bản Sì Choang")],
[Q("14.500 m2", 14500, "m2"), Q("9.200 ngày công", 9200, "ngày công"),
 Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("37 công trình", 37, "công trình dân sinh"),
 Q("112 bản", 112, "bản"), Q("2.430 hộ nghèo", 2430, "hộ nghèo"), Q("18 vụ việc", 18, "vụ việc phức tạp"),
 Q("46 hộ", 46, "hộ"), Q("12 tập thể", 12, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Chỉ thị", "09", "CT/TU", None, "Ban Dân vận Tỉnh ủy", "Chỉ thị 09-CT/TU"),
 D("Kế hoạch", "21", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 21-KH/BDVTU"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Lai Châu"), com("Dào San"), com("Ka Lăng")],
["BAN DÂN VẬN TỈNH ỦY LAI CHÂU", "Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Lai Châu",
 "Trang chủ > Tin tức > Hoạt động dân vận", "Toàn cảnh hội nghị tại hội trường Tỉnh ủy.",
 "Đồng chí Giàng Seo Chử phát biểu tại hội nghị. Ảnh: Quang Hưng", "Phong Thổ", "Mường Tè", "bản Sì Choang", "Lượt xem: 532"],
["Cập nhật: 15:40, 17/01/2011 (GMT+7)", "năm 2010", "năm 2011", "Lượt xem: 532"]))

PAGES.append(page("b438-hagiang-hlhpn-soket-2012", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG
Trang tin điện tử Hội LHPN tỉnh Hà Giang
Hôm nay: 20/07/2012
Trang chủ | Hoạt động Hội | Tin tức
08:15 | 13/07/2012
Phụ nữ Hà Giang giúp nhau thoát nghèo: 318 hộ có thu nhập ổn định
Chiều 11/7, tại thành phố Hà Giang, Ban Thường vụ Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2012.
Chị Vàng Thị Dợ (bìa trái), hội viên xã Lũng Cú, giới thiệu sản phẩm thổ cẩm.
Dự hội nghị có bà Hoàng Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy. Bà Nguyễn Thị Thu Hằng, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Báo cáo cho biết, thực hiện Kế hoạch số 15/KH-HPN ngày 10/02/2012 của Ban Thường vụ Hội LHPN tỉnh, các cấp Hội đã giúp 318 hộ phụ nữ nghèo có thu nhập ổn định, trong đó 92 hộ thoát nghèo. Tổng dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 412 tỷ đồng với 11.850 hộ vay. Hội đã thành lập mới 64 tổ hợp tác, câu lạc bộ "Phụ nữ không sinh con thứ 3" và vận động 1.540 lượt chị em tham gia sinh hoạt.
Các bà Ly Thị Mỷ, Sùng Thị Chúa, Lò Thị Vân - Chủ tịch Hội LHPN huyện - trình bày tham luận về vận động chị em xóa bỏ tảo hôn. Riêng huyện Đồng Văn đã giảm 37% số vụ tảo hôn so với cùng kỳ.
Bà Nguyễn Thị Thu Hằng đề nghị 6 tháng cuối năm tập trung thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" gắn với Chỉ thị 11-CT/TU của Ban Thường vụ Tỉnh ủy, phấn đấu mỗi cơ sở Hội giúp ít nhất 2 hộ thoát nghèo.
Vàng Thị Dợ, hội viên xã Lũng Cú, được hội nghị mời chia sẻ kinh nghiệm dệt lanh xuất khẩu với thu nhập 4,5 triệu đồng/tháng.
Hương Giang
Số lượt xem: 1.206
Tin liên quan
- Hội LHPN tỉnh tập huấn cho 120 cán bộ Hội cơ sở
- Trao 30 con bò giống cho phụ nữ nghèo xã Sủng Là
""", "2012-07-13", "Phụ nữ Hà Giang giúp nhau thoát nghèo: 318 hộ có thu nhập ổn định",
E("so_ket", "2012-H1", "2012-07-11"),
[P("Vàng Thị Dợ", "hội viên xã Lũng Cú"), P("Hoàng Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hằng", "Chủ tịch Hội LHPN tỉnh"),
 P("Ly Thị Mỷ", "Chủ tịch Hội LHPN huyện"), P("Sùng Thị Chúa", "Chủ tịch Hội LHPN huyện"), P("Lò Thị Vân", "Chủ tịch Hội LHPN huyện")],
[Q("318 hộ", 318, "hộ"), Q("92 hộ", 92, "hộ"), Q("412 tỷ đồng", 412000000000, "đồng"), Q("11.850 hộ vay", 11850, "hộ vay"),
 Q("64 tổ hợp tác", 64, "tổ hợp tác, câu lạc bộ"), Q("1.540 lượt chị em", 1540, "lượt chị em"), Q("37%", 37, "%"),
 Q("2 hộ", 2, "hộ"), Q("4,5 triệu đồng/tháng", 4500000, "đồng")],
[D("Kế hoạch", "15", "KH-HPN", "2012-02-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 15/KH-HPN"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11-CT/TU")],
[prov("Hà Giang"), com("Lũng Cú")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG", "Trang tin điện tử Hội LHPN tỉnh Hà Giang", "Trang chủ | Hoạt động Hội | Tin tức",
 "Chị Vàng Thị Dợ (bìa trái), hội viên xã Lũng Cú, giới thiệu sản phẩm thổ cẩm.", "Phụ nữ không sinh con thứ 3",
 "Xây dựng gia đình 5 không, 3 sạch", "Đồng Văn", "Ngân hàng Chính sách xã hội", "Số lượt xem: 1.206"],
["Hôm nay: 20/07/2012", "08:15 | 13/07/2012", "6 tháng đầu năm 2012", "6 tháng cuối năm", "con thứ 3", "5 không, 3 sạch", "Số lượt xem: 1.206"]))

PAGES.append(page("b439-thaibinh-hnd-doithoai-2013", """
HỘI NÔNG DÂN TỈNH THÁI BÌNH
Trang chủ » Tin hoạt động » Hội Nông dân với nông dân
17/05/2013 - 10:05
Hội nghị đối thoại tại hội trường UBND huyện Kiến Xương. Ảnh: Đức Minh
Chủ tịch UBND tỉnh đối thoại với hơn 300 nông dân về dồn điền, đổi thửa
Ngày 15/5/2013, Hội Nông dân tỉnh Thái Bình phối hợp với UBND tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2013. Hơn 300 hội viên, nông dân của 37 xã dự hội nghị.
Chủ trì hội nghị có ông Phạm Văn Thịnh, Chủ tịch UBND tỉnh; ông Đặng Trọng Hưng, Phó Chủ tịch UBND tỉnh; bà Vũ Thị Hiền, Chủ tịch Hội Nông dân tỉnh.
Tại hội nghị, 26 ý kiến, kiến nghị được nêu, tập trung vào dồn điền, đổi thửa theo Kết luận 82, 83-KL/TU của Ban Thường vụ Tỉnh ủy, giá vật tư nông nghiệp và tiêu thụ lúa. Ông Bùi Văn Khải, hội viên xã Vũ Lễ, phản ánh giá phân đạm tăng từ 9.500 đồng/kg lên 11.200 đồng/kg trong khi giá lúa giảm.
Trả lời ý kiến, đại diện Sở Nông nghiệp và Phát triển nông thôn cho biết năm 2013 tỉnh dành 45 tỷ đồng hỗ trợ dồn điền, đổi thửa theo quyết định số 1201/QĐ-UBND ngày 12/6/2012 của UBND tỉnh, mức hỗ trợ 1 triệu đồng/ha. Đến nay đã có 18.400 ha hoàn thành, đạt 72% kế hoạch.
Ông Phạm Văn Thịnh đề nghị các ngành trả lời bằng văn bản các ý kiến chưa giải quyết xong trong 15 ngày, đồng thời giao Hội Nông dân tiếp tục vận động nông dân thực hiện "3 giảm, 3 tăng" và phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi".
Các ông Nguyễn Văn Tuấn, Trần Đình Hòe, Phó Chủ tịch Hội Nông dân tỉnh, ghi nhận ý kiến để tổng hợp báo cáo.
Thu Hoài
Lượt xem: 918
Các tin khác
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2013
- 1.200 hội viên được tập huấn kỹ thuật lúa
""", "2013-05-17", "Chủ tịch UBND tỉnh đối thoại với hơn 300 nông dân về dồn điền, đổi thửa",
E("doi_thoai", "2013", "2013-05-15"),
[P("Phạm Văn Thịnh", "Chủ tịch UBND tỉnh"), P("Đặng Trọng Hưng", "Phó Chủ tịch UBND tỉnh"),
 P("Vũ Thị Hiền", "Chủ tịch Hội Nông dân tỉnh"), P("Bùi Văn Khải", "hội viên xã Vũ Lễ"),
 P("Nguyễn Văn Tuấn", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Trần Đình Hòe", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("hơn 300 nông dân", 300, "nông dân", "over"), Q("37 xã", 37, "xã"), Q("26 ý kiến", 26, "ý kiến, kiến nghị"),
 Q("9.500 đồng/kg", 9500, "đồng"), Q("11.200 đồng/kg", 11200, "đồng"), Q("45 tỷ đồng", 45000000000, "đồng"),
 Q("1 triệu đồng/ha", 1000000, "đồng"), Q("18.400 ha", 18400, "ha"), Q("72%", 72, "%")],
[D("Kết luận", "82", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 82, 83-KL/TU"),
 D("Kết luận", "83", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 82, 83-KL/TU"),
 D("Quyết định", "1201", "QĐ-UBND", "2012-06-12", "UBND tỉnh", "quyết định số 1201/QĐ-UBND")],
[prov("Thái Bình"), com("Vũ Lễ")],
["HỘI NÔNG DÂN TỈNH THÁI BÌNH", "Trang chủ » Tin hoạt động » Hội Nông dân với nông dân",
 "Hội nghị đối thoại tại hội trường UBND huyện Kiến Xương. Ảnh: Đức Minh", "Kiến Xương",
 "Nông dân thi đua sản xuất, kinh doanh giỏi", "Lượt xem: 918"],
["17/05/2013 - 10:05", "3 giảm, 3 tăng", "15 ngày", "năm 2013", "Lượt xem: 918"]))

PAGES.append(page("b440-haiphong-mttq-traoqua-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Bạn đang ở: Trang chủ › Tin tức - Sự kiện › Công tác an sinh
Ngày đăng 24/01/2014 | 16:20
Hải Phòng: Trao 2.500 suất quà Tết cho hộ nghèo, gia đình chính sách
Lãnh đạo thành phố trao quà cho hộ nghèo quận Lê Chân.
Sáng 22/1, Ủy ban MTTQ Việt Nam thành phố Hải Phòng tổ chức trao 2.500 suất quà Tết Giáp Ngọ 2014 cho hộ nghèo, gia đình chính sách trên địa bàn. Mỗi suất quà gồm 500.000 đồng tiền mặt và 1 túi quà trị giá 200.000 đồng; tổng trị giá hơn 1,75 tỷ đồng, trích từ Quỹ "Vì người nghèo" thành phố.
Tham dự có các đồng chí: Nguyễn Văn Chính, Ủy viên Trung ương Đảng, Bí thư Thành ủy; Đỗ Thị Tuyết Nga, Trưởng Ban Dân vận Thành ủy; Lê Văn Thuận, Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Theo báo cáo, thực hiện Hướng dẫn số 08/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, trong dịp Tết năm nay Mặt trận các cấp đã vận động được 14,2 tỷ đồng, trao 31.600 suất quà, vượt 12% so với năm trước. Phường Trần Nguyên Hãn, xã Đông Hưng và xã Tân Liên là những đơn vị vận động tốt.
Các bà Phạm Thị Hòa, Vũ Thị Liên - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố - dẫn các đoàn đến thăm, tặng quà tại huyện Tiên Lãng, Vĩnh Bảo. Cụ Ngô Văn Tư, 87 tuổi, thương binh hạng 2/4 ở xã Tân Liên, xúc động cảm ơn Mặt trận.
Dịp này, 20 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng, cũng được khởi công. Trước đó, Ban Thường trực đã làm việc với 15 quận, huyện để rà soát danh sách người nhận.
Phương Thảo
Số lần xem: 2.014
Tin liên quan
- Mặt trận thành phố tổng kết năm 2013
- Trao 500 suất quà cho công nhân khó khăn
""", "2014-01-24", "Hải Phòng: Trao 2.500 suất quà Tết cho hộ nghèo, gia đình chính sách",
E("trao_qua", None, "2014-01-22"),
[P("Nguyễn Văn Chính", "Ủy viên Trung ương Đảng", "Bí thư Thành ủy"), P("Đỗ Thị Tuyết Nga", "Trưởng Ban Dân vận Thành ủy"),
 P("Lê Văn Thuận", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"), P("Vũ Thị Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Ngô Văn Tư", "thương binh hạng 2/4 ở xã Tân Liên")],
[Q("2.500 suất quà", 2500, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("1 túi quà", 1, "túi quà"), Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 1,75 tỷ đồng", 1750000000, "đồng", "over"), Q("14,2 tỷ đồng", 14200000000, "đồng"), Q("31.600 suất quà", 31600, "suất quà"),
 Q("12%", 12, "%"), Q("20 căn nhà", 20, "căn nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"), Q("15 quận, huyện", 15, "quận, huyện")],
[D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn số 08/HD-MTTQ-BTT")],
[prov("Hải Phòng"), com("Trần Nguyên Hãn"), com("Đông Hưng"), com("Tân Liên")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Bạn đang ở: Trang chủ › Tin tức - Sự kiện › Công tác an sinh",
 "Lãnh đạo thành phố trao quà cho hộ nghèo quận Lê Chân.", "Vì người nghèo", "Tiên Lãng", "Vĩnh Bảo", "Số lần xem: 2.014"],
["Ngày đăng 24/01/2014 | 16:20", "87 tuổi", "hạng 2/4", "Tết Giáp Ngọ 2014", "Số lần xem: 2.014"]))

PAGES.append(page("b441-nghean-ccb-giaoban-2015", """
HỘI CỰU CHIẾN BINH TỈNH NGHỆ AN
Trang thông tin điện tử Hội CCB Nghệ An
Trang chủ / Tin tức / Hoạt động của Hội
Thứ Hai, 12/10/2015
Giao ban công tác Hội quý III: 42 đồng chí Chủ tịch Hội CCB huyện, thành, thị dự
Ngày 8/10/2015, Thường trực Hội CCB tỉnh Nghệ An tổ chức hội nghị giao ban công tác Hội quý III năm 2015. Dự hội nghị có 42 đồng chí Chủ tịch, Phó Chủ tịch Hội CCB các huyện, thành, thị và các cơ sở Hội trực thuộc.
Đại tá Hồ Văn Kỳ, Chủ tịch Hội CCB tỉnh (người đứng giữa) chủ trì hội nghị giao ban.
Đại tá Hồ Văn Kỳ, Chủ tịch Hội CCB tỉnh, chủ trì hội nghị. Cùng dự có Thượng tá Lô Văn Hạnh, Phó Chủ tịch Thường trực Hội CCB tỉnh và đồng chí Vi Thị Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy.
Trong quý, các cấp Hội kết nạp 615 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 112.300 người; giúp 184 hộ CCB nghèo vay vốn với tổng số tiền 3,9 tỷ đồng. Thực hiện Chỉ thị 14-CT/TU ngày 02/3/2015 của Ban Thường vụ Tỉnh ủy và Hướng dẫn 07-HD/CCB của Thường trực Hội, Hội tham gia hòa giải thành 53 vụ việc ở khu dân cư, góp phần phong trào "CCB gương mẫu".
Tại huyện Kỳ Sơn, Trung tá Xồng Bá Dê, Chủ tịch Hội CCB xã Mường Lống, đã vận động 27 hộ đồng bào Mông chuyển đổi cây trồng, mỗi hộ thu khoảng 30 triệu đồng/năm.
Hội nghị thống nhất nhiệm vụ quý IV: tổ chức đại hội chi hội, chuẩn bị tổng kết năm 2015 và kỷ niệm 26 năm ngày thành lập Hội (6/12). Thường trực Hội cũng đề nghị các huyện rà soát hội viên thuộc diện hộ nghèo trước ngày 30/11.
Văn Dũng
Lượt truy cập: 3.477
Tin cùng chuyên mục
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2015
- Trao 10 nhà nghĩa tình đồng đội tại Quỳ Châu
""", "2015-10-12", "Giao ban công tác Hội quý III: 42 đồng chí Chủ tịch Hội CCB huyện, thành, thị dự",
E("giao_ban", "2015-Q3", "2015-10-08"),
[P("Hồ Văn Kỳ", "Đại tá", "Chủ tịch Hội CCB tỉnh"), P("Lô Văn Hạnh", "Thượng tá", "Phó Chủ tịch Thường trực Hội CCB tỉnh"),
 P("Vi Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Xồng Bá Dê", "Trung tá", "Chủ tịch Hội CCB xã Mường Lống")],
[Q("42 đồng chí", 42, "đồng chí"), Q("615 hội viên", 615, "hội viên"), Q("112.300 người", 112300, "người"),
 Q("184 hộ CCB nghèo", 184, "hộ CCB nghèo"), Q("3,9 tỷ đồng", 3900000000, "đồng"), Q("53 vụ việc", 53, "vụ việc"),
 Q("27 hộ", 27, "hộ đồng bào Mông"), Q("khoảng 30 triệu đồng/năm", 30000000, "đồng", "approx")],
[D("Chỉ thị", "14", "CT/TU", "2015-03-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14-CT/TU"),
 D("Hướng dẫn", "07", "HD/CCB", None, "Thường trực Hội", "Hướng dẫn 07-HD/CCB")],
[prov("Nghệ An"), com("Mường Lống")],
["HỘI CỰU CHIẾN BINH TỈNH NGHỆ AN", "Trang thông tin điện tử Hội CCB Nghệ An", "Trang chủ / Tin tức / Hoạt động của Hội",
 "Đại tá Hồ Văn Kỳ, Chủ tịch Hội CCB tỉnh (người đứng giữa) chủ trì hội nghị giao ban.", "CCB gương mẫu", "Kỳ Sơn", "Lượt truy cập: 3.477"],
["Thứ Hai, 12/10/2015", "quý III năm 2015", "quý IV", "26 năm", "6/12", "42 đồng chí", "Lượt truy cập: 3.477"]))

PAGES.append(page("b442-yenbai-tinhdoan-taphuan-2016", """
TỈNH ĐOÀN YÊN BÁI
Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái
Trang chủ :: Tin hoạt động :: Công tác Đoàn
Đăng lúc: 09:30 ngày 26/04/2016
Tập huấn kỹ năng dân vận cho 180 Bí thư Đoàn cơ sở
Trong 2 ngày 23 và 24/4, Ban Thường vụ Tỉnh đoàn Yên Bái tổ chức lớp tập huấn nghiệp vụ công tác Đoàn và kỹ năng dân vận năm 2016 cho 180 Bí thư, Phó Bí thư Đoàn xã, phường, thị trấn.
Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: Tỉnh đoàn
Phát biểu khai mạc, anh Hoàng Quốc Thái, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn, nhấn mạnh yêu cầu triển khai Chương trình 07-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn về "Tuổi trẻ Yên Bái chung tay xây dựng nông thôn mới" và Quyết định số 45-QĐ/TWĐTN của Ban Bí thư Trung ương Đoàn.
Các báo cáo viên gồm chị Hà Thị Thùy Linh, Phó Bí thư Tỉnh đoàn; anh Sùng A Lồng, Trưởng ban Thanh niên nông thôn Tỉnh đoàn và ông Lê Văn Quý, Phó Trưởng Ban Dân vận Tỉnh ủy đã trao đổi về kỹ năng nắm bắt tình hình thanh niên vùng đồng bào Mông, Dao.
Năm 2015, đoàn viên toàn tỉnh đã đóng góp 42.000 ngày công, làm 86 km đường giao thông nông thôn, giúp 1.230 lượt hộ nghèo. Anh Giàng A Chu, Bí thư Đoàn xã Lao Chải, chia sẻ mô hình "Thanh niên bản tự quản" giúp 19 thanh niên cai nghiện.
Kết thúc lớp học, 100% học viên đạt yêu cầu. Tỉnh đoàn giao mỗi cơ sở Đoàn xây dựng ít nhất 1 mô hình dân vận khéo trong năm, báo cáo kết quả về Ban Tổ chức - Kiểm tra Tỉnh đoàn trước ngày 15/11/2016. Chị Triệu Thị Mai, Bí thư Đoàn xã Púng Luông, người Dao, cho biết sẽ mở lớp dạy chữ cho thanh niên bản trong mùa mưa.
Thanh Tùng
Lượt đọc: 764
Tin khác
- Tỉnh đoàn tổ chức ngày hội thanh niên tình nguyện
- 60 công trình thanh niên được gắn biển
""", "2016-04-26", "Tập huấn kỹ năng dân vận cho 180 Bí thư Đoàn cơ sở",
E("tap_huan", "2016", "2016-04-23"),
[P("Hoàng Quốc Thái", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"), P("Hà Thị Thùy Linh", "Phó Bí thư Tỉnh đoàn"),
 P("Sùng A Lồng", "Trưởng ban Thanh niên nông thôn Tỉnh đoàn"), P("Lê Văn Quý", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Chu", "Bí thư Đoàn xã Lao Chải"), P("Triệu Thị Mai", "Bí thư Đoàn xã Púng Luông")],
[Q("180 Bí thư", 180, "Bí thư"), Q("42.000 ngày công", 42000, "ngày công"), Q("86 km", 86, "km"),
 Q("1.230 lượt hộ nghèo", 1230, "lượt hộ nghèo"), Q("19 thanh niên", 19, "thanh niên"), Q("100%", 100, "%"), Q("1 mô hình", 1, "mô hình dân vận khéo")],
[D("Chương trình", "07", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình 07-CTr/TĐTN"),
 D("Quyết định", "45", "QĐ/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Quyết định số 45-QĐ/TWĐTN")],
[prov("Yên Bái"), com("Lao Chải"), com("Púng Luông")],
["TỈNH ĐOÀN YÊN BÁI", "Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái", "Trang chủ :: Tin hoạt động :: Công tác Đoàn",
 "Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: Tỉnh đoàn", "Tuổi trẻ Yên Bái chung tay xây dựng nông thôn mới",
 "Thanh niên bản tự quản", "Lượt đọc: 764"],
["Đăng lúc: 09:30 ngày 26/04/2016", "2 ngày", "23 và 24/4", "Năm 2015", "Lượt đọc: 764"]))
