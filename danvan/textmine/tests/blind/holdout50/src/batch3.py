from lib import *
PAGES = []

PAGES.append(page("b1169-sonla-mttq-giaoban-q4-2019", """
Hôm nay: Thứ Tư, 25/12/2019
BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Thứ Ba, 24/12/2019 - 16:45
Phát huy vai trò Mặt trận và các đoàn thể trong xây dựng khối đại đoàn kết
Chiều 23/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sơn La chủ trì hội nghị giao ban khối MTTQ và các tổ chức chính trị - xã hội tỉnh quý IV năm 2019. Đồng chí Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự có lãnh đạo Hội Nông dân, Hội LHPN, Hội Cựu chiến binh, Tỉnh đoàn, Liên đoàn Lao động tỉnh.
Quang cảnh hội nghị giao ban.
Trong quý, các tổ chức trong khối đã tập trung triển khai Kết luận 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của MTTQ Việt Nam và các đoàn thể chính trị - xã hội, Chương trình phối hợp số 03/CTrPH-MTTQ-TCCTXH ngày 20/1/2019 về thống nhất hành động năm 2019. Khối đã tổ chức 1.250 cuộc tuyên truyền với trên 68.000 lượt người tham gia; phối hợp xây dựng và bàn giao 536 nhà Đại đoàn kết, hỗ trợ 2,8 tỷ đồng cho hộ nghèo làm nhà. Hội Nông dân tỉnh phối hợp vận động 12 hộ người Mông ở huyện Bắc Yên ổn định cuộc sống, không di cư tự do.
Đồng chí Lò Văn Thiết, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, cho biết: qua giám sát theo Kế hoạch số 21/KH-MTTQ-BTT của Ban Thường trực, còn 47 hộ tái định cư thủy điện ở Quỳnh Nhai chưa được giao đất sản xuất. Ông Quàng Văn Nọi, Chủ tịch Ủy ban MTTQ xã Mường Giôn đề nghị tỉnh sớm giải quyết dứt điểm để người dân yên tâm.
Tham gia ý kiến, đồng chí Giàng A Chu, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị tăng nguồn Quỹ Hỗ trợ nông dân cho các huyện vùng cao; đồng chí Lường Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh thông tin về việc nhân rộng mô hình tổ phụ nữ tiết kiệm ở xã Chiềng Sơn (huyện Mộc Châu).
Kết luận hội nghị, đồng chí Cầm Thị Phong đề nghị các tổ chức tiếp tục thực hiện tốt Chỉ thị số 22-CT/TU ngày 30/10/2019 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Mông; phối hợp tổ chức chăm lo Tết Canh Tý 2020 cho các hộ nghèo, đối tượng chính sách, phấn đấu trao 4.500 suất quà Tết, không để hộ nào không có Tết. Các tổ chức trong khối thống nhất luân phiên chủ trì giao ban quý I năm 2020.
Lò Hương
Lượt xem: 688
Tin liên quan
- Ủy ban MTTQ tỉnh trao 50 nhà Đại đoàn kết cho hộ nghèo Phù Yên (18/12/2019)
- Hội Nông dân tỉnh tổng kết công tác Hội năm 2019 (12/12/2019)
- Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân xã Chiềng Sơn (05/12/2019)
""", "2019-12-24", "Phát huy vai trò Mặt trận và các đoàn thể trong xây dựng khối đại đoàn kết",
E("giao_ban", "2019-Q4", "2019-12-23"),
[P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Thiết", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Nọi", "Chủ tịch Ủy ban MTTQ xã Mường Giôn"),
 P("Giàng A Chu", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lường Thị Hoa", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("1.250 cuộc tuyên truyền", 1250, "cuộc tuyên truyền"), Q("trên 68.000 lượt người", 68000, "lượt người", "over"),
 Q("536 nhà Đại đoàn kết", 536, "nhà Đại đoàn kết"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("12 hộ người Mông", 12, "hộ người Mông"), Q("47 hộ tái định cư thủy điện", 47, "hộ tái định cư thủy điện"),
 Q("4.500 suất quà Tết", 4500, "suất quà Tết")],
[D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận 62-KL/TW ngày 8/12/2009"),
 D("Chương trình phối hợp", "03", "CTrPH-MTTQ-TCCTXH", "2019-01-20", None, "Chương trình phối hợp số 03/CTrPH-MTTQ-TCCTXH ngày 20/1/2019"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 21/KH-MTTQ-BTT"),
 D("Chỉ thị", "22", "CT/TU", "2019-10-30", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 30/10/2019")],
[prov("Sơn La"), com("Mường Giôn"), com("Chiềng Sơn")],
["Hôm nay: Thứ Tư, 25/12/2019", "BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA", "Trang chủ › Chính trị › Mặt trận - Đoàn thể",
 "Quang cảnh hội nghị giao ban.", "Lượt xem: 688"],
["Hôm nay: Thứ Tư, 25/12/2019", "Thứ Ba, 24/12/2019 - 16:45", "quý IV năm 2019", "năm 2019", "Tết Canh Tý 2020", "quý I năm 2020", "Lượt xem: 688"]))

PAGES.append(page("b1170-yenbai-hlhpn-traoqua-covid-2020", """
BÁO YÊN BÁI ĐIỆN TỬ
Trang chủ - Xã hội - Phụ nữ
Ngày 22/04/2020 | 09:00
Trao 400 suất quà hỗ trợ phụ nữ nghèo bị ảnh hưởng bởi dịch Covid-19
YBĐT - Ngày 21/4, Hội Liên hiệp Phụ nữ tỉnh Yên Bái phối hợp với Ủy ban MTTQ tỉnh và Quỹ Bảo trợ trẻ em tỉnh trao 400 suất quà cho phụ nữ nghèo, phụ nữ đơn thân nuôi con nhỏ bị ảnh hưởng bởi dịch Covid-19 tại huyện Văn Chấn và huyện Trạm Tấu.
Mỗi suất quà gồm 10 kg gạo, 1 thùng mì tôm, khẩu trang và 200.000 đồng tiền mặt; tổng trị giá khoảng 160 triệu đồng, được trích từ nguồn vận động các nhà hảo tâm, doanh nghiệp và cán bộ, hội viên trong tỉnh hưởng ứng lời kêu gọi "Phụ nữ Yên Bái chung tay phòng, chống dịch Covid-19".
Bà Đặng Thị Hường, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh trao quà cho phụ nữ nghèo xã Sơn Thịnh.
Chương trình được tổ chức theo Kế hoạch số 58/KH-HPN ngày 3/4/2020 của Ban Thường vụ Hội LHPN tỉnh, thực hiện Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch. Để bảo đảm giãn cách, việc trao quà được chia thành nhiều đợt nhỏ, mỗi đợt khoảng 20 người, tổ chức ngay tại nhà văn hóa thôn, bản.
Chị Hà Thị Thu, ở thôn Bản Hốc, xã Sơn Thịnh, huyện Văn Chấn, có chồng mất sớm, một mình nuôi 3 con nhỏ. Từ khi có dịch, chị mất việc làm thuê ở xưởng chè, thu nhập gần như không có. "Số gạo và tiền này giúp mẹ con tôi qua được mấy tuần khó khăn nhất", chị Thu chia sẻ.
Tại xã Pá Lau (huyện Trạm Tấu), bà Giàng Thị Dê, Chủ tịch Hội LHPN xã cho biết, trong số 82 hộ được nhận quà ở xã có 64 hộ là người Mông thuộc diện hộ nghèo. Hội đã cử cán bộ chi hội đến từng nhà hướng dẫn chị em đeo khẩu trang, rửa tay bằng xà phòng, hạn chế đi lại, tụ tập đông người.
Cũng trong dịp này, ông Nguyễn Văn Hoan, Phó Chủ tịch Ủy ban MTTQ tỉnh thông tin, Ủy ban MTTQ tỉnh đã tiếp nhận hơn 5,6 tỷ đồng ủng hộ phòng, chống dịch Covid-19 và sẽ phối hợp với các sở, ngành rà soát để các đối tượng được hưởng chính sách theo Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ sớm nhận được hỗ trợ.
Bà Đặng Thị Hường cho biết, từ đầu tháng 4 đến nay, các cấp Hội trong tỉnh đã may và tặng trên 25.000 chiếc khẩu trang vải, hỗ trợ 1.350 phụ nữ khó khăn với tổng trị giá gần 500 triệu đồng. Thời gian tới, Hội tiếp tục vận động nguồn lực, ưu tiên phụ nữ mất việc làm, phụ nữ khuyết tật và phụ nữ cao tuổi neo đơn ở các xã vùng cao.
Thanh Thủy
Tin khác
- Văn Yên: Hội viên phụ nữ may 3.000 khẩu trang tặng người dân (15/04/2020)
- Hội LHPN tỉnh ra quân hưởng ứng phòng chống dịch (02/04/2020)
- Lục Yên: trao 100 suất quà cho phụ nữ đơn thân (25/03/2020)
""", "2020-04-22", "Trao 400 suất quà hỗ trợ phụ nữ nghèo bị ảnh hưởng bởi dịch Covid-19",
E("trao_qua", None, "2020-04-21"),
[P("Đặng Thị Hường", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Hà Thị Thu"),
 P("Giàng Thị Dê", "Chủ tịch Hội LHPN xã"),
 P("Nguyễn Văn Hoan", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("400 suất quà", 400, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 160 triệu đồng", 160000000, "đồng", "approx"), Q("khoảng 20 người", 20, "người", "approx"), Q("3 con nhỏ", 3, "con nhỏ"),
 Q("82 hộ", 82, "hộ"), Q("64 hộ", 64, "hộ"), Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"),
 Q("trên 25.000 chiếc khẩu trang vải", 25000, "chiếc khẩu trang vải", "over"), Q("1.350 phụ nữ khó khăn", 1350, "phụ nữ khó khăn"),
 Q("gần 500 triệu đồng", 500000000, "đồng", "approx")],
[D("Kế hoạch", "58", "KH-HPN", "2020-04-03", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 58/KH-HPN ngày 3/4/2020"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết 42/NQ-CP ngày 9/4/2020")],
[prov("Yên Bái"), com("Sơn Thịnh"), com("Pá Lau")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Trang chủ - Xã hội - Phụ nữ", "YBĐT", "Phụ nữ Yên Bái chung tay phòng, chống dịch Covid-19",
 "Bà Đặng Thị Hường, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh trao quà cho phụ nữ nghèo xã Sơn Thịnh."],
["Ngày 22/04/2020 | 09:00", "1 thùng mì tôm", "Covid-19", "mấy tuần", "đầu tháng 4"]))

PAGES.append(page("b1171-tuyenquang-mttq-taphuan-2021", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang
Trang chủ / Hoạt động Mặt trận / Tin tức
16/09/2021 - 10:05
Học viên tham dự lớp tập huấn.
Nâng cao kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở
Ngày 15/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2021 cho 185 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ các xã, phường, thị trấn thuộc các huyện Lâm Bình, Na Hang, Chiêm Hóa. Do diễn biến của dịch Covid-19, lớp học được chia thành 3 điểm, bảo đảm yêu cầu "5K".
Dự và chỉ đạo lớp tập huấn có đồng chí Ma Thị Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Đồng chí Nông Văn Lập, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kiêm Trưởng ban Dân chủ - Pháp luật trực tiếp giới thiệu các chuyên đề.
Theo Hướng dẫn số 18/HD-MTTQ-BTT ngày 25/8/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, các học viên được quán triệt những điểm mới của Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận; Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư ban hành hướng dẫn khung để các cấp ủy tiếp tục phát huy vai trò của nhân dân trong đấu tranh phòng, chống tham nhũng, lãng phí; kỹ năng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân, hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng.
Năm 2021, toàn tỉnh có 138 xã, phường, thị trấn; Mặt trận các cấp đã chủ trì 274 cuộc giám sát, tổ chức 31 hội nghị phản biện xã hội, tiếp nhận trên 1.100 ý kiến góp ý vào dự thảo các văn bản của chính quyền. Tuy vậy, đồng chí Nông Văn Lập thừa nhận chất lượng giám sát ở nhiều cơ sở chưa cao, kiến nghị sau giám sát còn chung chung.
Trao đổi tại lớp học, bà Bàn Thị Kiều, Chủ tịch Ủy ban MTTQ xã Thượng Lâm (huyện Lâm Bình) cho biết cán bộ xã phần lớn kiêm nhiệm, ít được tập huấn chuyên sâu. Ông Hoàng Văn Thân, Phó Chủ tịch Ủy ban MTTQ thị trấn Na Hang mong được cung cấp thêm tài liệu bằng tiếng Tày, tiếng Dao để tuyên truyền cho đồng bào.
Phát biểu bế mạc, đồng chí Ma Thị Yến yêu cầu cán bộ Mặt trận cơ sở sau tập huấn xây dựng kế hoạch giám sát cụ thể, bám sát những vấn đề người dân quan tâm như hỗ trợ người dân gặp khó khăn do dịch, thu chi các khoản đóng góp, quản lý đất đai. Các huyện còn lại sẽ được tập huấn trong tháng 10/2021.
Bích Ngọc
Lượt truy cập: 3.412
Tin liên quan
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ Quỹ vắc-xin phòng Covid-19 (08/09/2021)
- Hội nghị giao ban công tác Mặt trận 6 tháng đầu năm 2021 (15/07/2021)
- Hàm Yên: trao 30 nhà Đại đoàn kết (20/06/2021)
""", "2021-09-16", "Nâng cao kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2021", "2021-09-15"),
[P("Ma Thị Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Văn Lập", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kiêm Trưởng ban Dân chủ - Pháp luật"),
 P("Bàn Thị Kiều", "Chủ tịch Ủy ban MTTQ xã Thượng Lâm"),
 P("Hoàng Văn Thân", "Phó Chủ tịch Ủy ban MTTQ thị trấn Na Hang")],
[Q("185 học viên", 185, "học viên"), Q("3 điểm", 3, "điểm"), Q("138 xã, phường, thị trấn", 138, "xã, phường, thị trấn"),
 Q("274 cuộc giám sát", 274, "cuộc giám sát"), Q("31 hội nghị phản biện xã hội", 31, "hội nghị phản biện xã hội"),
 Q("trên 1.100 ý kiến góp ý", 1100, "ý kiến góp ý", "over")],
[D("Hướng dẫn", "18", "HD-MTTQ-BTT", "2021-08-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 18/HD-MTTQ-BTT ngày 25/8/2021"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017")],
[prov("Tuyên Quang"), com("Thượng Lâm"), com("Na Hang")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang", "Trang chủ / Hoạt động Mặt trận / Tin tức", "Học viên tham dự lớp tập huấn.",
 "Lượt truy cập: 3.412"],
["16/09/2021 - 10:05", "năm 2021", "5K", "Covid-19", "Năm 2021", "tháng 10/2021", "Lượt truy cập: 3.412"]))

PAGES.append(page("b1172-hanoi-socson-mttq-giamsat-2021", """
BÁO ĐẠI ĐOÀN KẾT - Cơ quan Trung ương của Ủy ban Trung ương MTTQ Việt Nam
Trang chủ » Mặt trận » Giám sát - Phản biện
Cập nhật: 13/10/2021 14:22 (GMT+7)
Sóc Sơn: Giám sát việc hỗ trợ người lao động gặp khó khăn do dịch Covid-19
(ĐĐK) - Ngày 12/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Sóc Sơn (Hà Nội) do bà Nguyễn Thị Thanh Hương, HUV, Chủ tịch Ủy ban MTTQ huyện làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch tại xã Minh Phú và xã Phù Linh. Đây là cuộc giám sát chuyên đề năm 2021 theo Kế hoạch số 35/KH-MTTQ ngày 20/9/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện.
Nội dung giám sát tập trung vào việc triển khai Nghị quyết 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định 23/2021/QĐ-TTg ngày 7/7/2021 của Thủ tướng Chính phủ quy định về việc thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19; cùng với Quyết định số 3642/QĐ-UBND ngày 12/8/2021 của UBND thành phố Hà Nội về hỗ trợ người lao động không có giao kết hợp đồng lao động.
Theo báo cáo của UBND huyện, đến ngày 30/9/2021, toàn huyện đã chi hỗ trợ hơn 19,6 tỷ đồng cho 13.840 người lao động tự do, 1.126 hộ kinh doanh và các đối tượng khác. Mức hỗ trợ đối với lao động tự do là 1.500.000 đồng/người, hộ kinh doanh có đăng ký thuế là 3 triệu đồng/hộ.
Tại xã Minh Phú, ông Trần Văn Hậu, Chủ tịch UBND xã cho biết đã rà soát, niêm yết công khai danh sách tại 13 thôn; còn 62 trường hợp chưa nhận được hỗ trợ do thiếu giấy tờ xác nhận nơi cư trú. Bà Lê Thị Nhàn, bán hàng rong ở thôn Đồng Đò phản ánh bà làm hồ sơ từ tháng 8 nhưng đến nay chưa nhận được tiền.
Đồng chí Đỗ Văn Quang, Phó Chủ tịch Ủy ban MTTQ huyện, thành viên đoàn giám sát, đề nghị xã khẩn trương phối hợp với Ban Công tác Mặt trận các thôn hướng dẫn người dân bổ sung hồ sơ, không để sót đối tượng. Tại xã Phù Linh, đoàn ghi nhận xã đã chi hỗ trợ đạt 96% số hồ sơ được duyệt.
Kết luận buổi giám sát, bà Nguyễn Thị Thanh Hương đánh giá việc hỗ trợ cơ bản bảo đảm đúng đối tượng, công khai, minh bạch; đồng thời đề nghị UBND huyện chỉ đạo các xã, thị trấn giải quyết dứt điểm các hồ sơ tồn đọng trước ngày 31/10/2021, báo cáo kết quả về Ủy ban MTTQ huyện. Kết quả giám sát sẽ được báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội.
Cao Sơn
Tin liên quan
- Hà Nội: MTTQ các cấp giám sát việc phân bổ hàng cứu trợ (05/10/2021)
- Mê Linh: trao 500 suất quà cho lao động tự do (28/09/2021)
- Đông Anh: Mặt trận giám sát các khu cách ly tập trung (20/09/2021)
""", "2021-10-13", "Sóc Sơn: Giám sát việc hỗ trợ người lao động gặp khó khăn do dịch Covid-19",
E("giam_sat", "2021", "2021-10-12"),
[P("Nguyễn Thị Thanh Hương", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Trần Văn Hậu", "Chủ tịch UBND xã"),
 P("Lê Thị Nhàn"),
 P("Đỗ Văn Quang", "Phó Chủ tịch Ủy ban MTTQ huyện", "thành viên đoàn giám sát")],
[Q("hơn 19,6 tỷ đồng", 19600000000, "đồng", "over"), Q("13.840 người lao động tự do", 13840, "người lao động tự do"),
 Q("1.126 hộ kinh doanh", 1126, "hộ kinh doanh"), Q("1.500.000 đồng", 1500000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("13 thôn", 13, "thôn"), Q("62 trường hợp", 62, "trường hợp"), Q("96%", 96, "%")],
[D("Kế hoạch", "35", "KH-MTTQ", "2021-09-20", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 35/KH-MTTQ ngày 20/9/2021"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định 23/2021/QĐ-TTg ngày 7/7/2021"),
 D("Quyết định", "3642", "QĐ-UBND", "2021-08-12", "UBND thành phố Hà Nội", "Quyết định số 3642/QĐ-UBND ngày 12/8/2021")],
[prov("Hà Nội"), com("Minh Phú"), com("Phù Linh")],
["BÁO ĐẠI ĐOÀN KẾT - Cơ quan Trung ương của Ủy ban Trung ương MTTQ Việt Nam", "Trang chủ » Mặt trận » Giám sát - Phản biện", "(ĐĐK)"],
["Cập nhật: 13/10/2021 14:22 (GMT+7)", "năm 2021", "ngày 30/9/2021", "tháng 8", "ngày 31/10/2021", "Covid-19"]))

PAGES.append(page("b1173-caobang-doan-daihoi-2022", """
Báo Cao Bằng điện tử
Trang chủ | Chính trị | Đoàn - Hội
29/07/2022 19:10
Đồng chí Đàm Văn Quảng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu chỉ đạo Đại hội.
Bế mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVII
Trong 2 ngày 28 - 29/7, Tỉnh đoàn Cao Bằng tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVII, nhiệm kỳ 2022 - 2027. Tham dự Đại hội có 270 đại biểu chính thức đại diện cho hơn 52.000 đoàn viên trong toàn tỉnh.
Dự Đại hội có đồng chí Lý Quang Vinh, Ủy viên Ban Thường vụ Trung ương Đoàn, Phó Trưởng Ban Thanh niên nông thôn Trung ương Đoàn; đồng chí Đàm Văn Quảng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Hoàng Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Nhiệm kỳ 2017 - 2022, các cấp bộ Đoàn đã triển khai 4.620 công trình, phần việc thanh niên với tổng giá trị trên 35 tỷ đồng; giới thiệu 1.820 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 1.214 đoàn viên đã được kết nạp vào Đảng. Phong trào "Thanh niên tình nguyện" giúp xóa 96 nhà tạm cho hộ nghèo ở các huyện biên giới. Năm 2022, 100% cơ sở Đoàn học tập, quán triệt Luật Thanh niên năm 2020 và Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030.
Tham luận tại Đại hội, anh Lục Văn Khiêm, Bí thư Đoàn xã Sóc Hà (huyện Hà Quảng) chia sẻ mô hình thanh niên tự quản đường biên, cột mốc; chị Bế Thị Hồng Nhung, Bí thư Đoàn thị trấn Trùng Khánh nói về câu lạc bộ khởi nghiệp giới thiệu sản phẩm hạt dẻ trên mạng xã hội.
Phát biểu chỉ đạo, đồng chí Đàm Văn Quảng đề nghị các cấp bộ Đoàn quán triệt và thực hiện hiệu quả Chỉ thị 14-CT/TU ngày 10/9/2021 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo Đại hội Đoàn các cấp, Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; tập hợp thanh niên vào các hoạt động giữ gìn an ninh biên giới, phòng chống ma túy, mua bán người.
Đại hội đã bầu Ban Chấp hành Tỉnh đoàn khóa XVII gồm 41 đồng chí, Ban Thường vụ gồm 13 đồng chí. Đồng chí Nông Thị Tuyết được bầu giữ chức Bí thư Tỉnh đoàn Cao Bằng khóa XVII; các đồng chí Đàm Ngọc Sơn, Lương Thị Vân được bầu làm Phó Bí thư Tỉnh đoàn. Đại hội bầu 15 đại biểu chính thức dự Đại hội Đoàn toàn quốc lần thứ XII và thông qua Nghị quyết Đại hội với 12 chỉ tiêu, 3 khâu đột phá cho nhiệm kỳ mới.
Bảo Ngọc
Lượt xem: 2.158
Các tin khác
- Đại hội điểm Đoàn huyện Bảo Lâm (10/06/2022)
- Tỉnh đoàn ra quân chiến dịch Thanh niên tình nguyện hè (25/05/2022)
- Hạ Lang: 200 đoàn viên làm đường tuần tra biên giới (15/05/2022)
""", "2022-07-29", "Bế mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVII",
E("dai_hoi", None, "2022-07-28"),
[P("Đàm Văn Quảng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lý Quang Vinh", "Ủy viên Ban Thường vụ Trung ương Đoàn", "Phó Trưởng Ban Thanh niên nông thôn Trung ương Đoàn"),
 P("Hoàng Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lục Văn Khiêm", "Bí thư Đoàn xã Sóc Hà"),
 P("Bế Thị Hồng Nhung", "Bí thư Đoàn thị trấn Trùng Khánh"),
 P("Nông Thị Tuyết", "Bí thư Tỉnh đoàn Cao Bằng khóa XVII"),
 P("Đàm Ngọc Sơn", "Phó Bí thư Tỉnh đoàn"),
 P("Lương Thị Vân", "Phó Bí thư Tỉnh đoàn")],
[Q("270 đại biểu chính thức", 270, "đại biểu chính thức"), Q("hơn 52.000 đoàn viên", 52000, "đoàn viên", "over"),
 Q("4.620 công trình, phần việc thanh niên", 4620, "công trình, phần việc thanh niên"),
 Q("trên 35 tỷ đồng", 35000000000, "đồng", "over"), Q("1.820 đoàn viên ưu tú", 1820, "đoàn viên ưu tú"),
 Q("1.214 đoàn viên", 1214, "đoàn viên"), Q("96 nhà tạm", 96, "nhà tạm"), Q("100%", 100, "%"),
 Q("41 đồng chí", 41, "đồng chí"), Q("13 đồng chí", 13, "đồng chí"), Q("15 đại biểu chính thức", 15, "đại biểu chính thức"),
 Q("12 chỉ tiêu", 12, "chỉ tiêu"), Q("3 khâu đột phá", 3, "khâu đột phá")],
[D("Chỉ thị", "14", "CT/TU", "2021-09-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14-CT/TU ngày 10/9/2021"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Cao Bằng"), com("Sóc Hà"), com("Trùng Khánh")],
["Báo Cao Bằng điện tử", "Trang chủ | Chính trị | Đoàn - Hội",
 "Đồng chí Đàm Văn Quảng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu chỉ đạo Đại hội.", "Thanh niên tình nguyện",
 "Luật Thanh niên năm 2020", "Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030", "Lượt xem: 2.158"],
["29/07/2022 19:10", "2 ngày", "lần thứ XVII", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "Năm 2022", "khóa XVII", "lần thứ XII",
 "41 đồng chí", "13 đồng chí", "Lượt xem: 2.158"]))

PAGES.append(page("b1174-bacninh-hccb-hoinghi-sxkdgioi-2022", """
BÁO BẮC NINH ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Thứ Tư, 16/11/2022
Tôn vinh 120 cựu chiến binh sản xuất, kinh doanh giỏi
Sáng 15/11, Hội Cựu chiến binh tỉnh Bắc Ninh tổ chức hội nghị biểu dương cựu chiến binh sản xuất, kinh doanh giỏi năm 2022. Đại tá Nguyễn Văn Bảy, Chủ tịch Hội CCB tỉnh chủ trì hội nghị.
Dự hội nghị có Trung tướng Hoàng Văn Lợi, Phó Chủ tịch Trung ương Hội CCB Việt Nam; đồng chí Trần Thị Minh Tâm, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Ngô Văn Tuyển, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Đại tá Nguyễn Văn Bảy trao Bằng khen cho các hội viên tiêu biểu.
Toàn tỉnh hiện có 1.065 cơ sở sản xuất, kinh doanh do cựu chiến binh làm chủ, gồm doanh nghiệp, hợp tác xã, trang trại và hộ kinh doanh, tạo việc làm ổn định cho trên 12.400 lao động, trong đó nhiều lao động là con em cựu chiến binh, thương binh. Tổng doanh thu năm 2022 ước đạt hơn 1.500 tỷ đồng, nộp ngân sách gần 96 tỷ đồng. Các cấp Hội phối hợp với Ngân hàng Chính sách xã hội quản lý 214 tổ tiết kiệm và vay vốn, dư nợ 612,8 tỷ đồng; Quỹ "Nghĩa tình đồng đội" các cấp huy động được 4,3 tỷ đồng.
Hội nghị được tổ chức theo Kế hoạch số 215-KH/CCB ngày 3/8/2022 của Ban Thường vụ Hội CCB tỉnh, nhằm triển khai Nghị quyết số 09-NQ/CCB của Ban Chấp hành Trung ương Hội CCB Việt Nam về đẩy mạnh phong trào thi đua "Cựu chiến binh gương mẫu". Tỉnh cũng đã có Quyết định số 35/2022/QĐ-UBND ngày 14/9/2022 của UBND tỉnh quy định chính sách hỗ trợ phát triển kinh tế tập thể, tạo điều kiện cho các hợp tác xã do cựu chiến binh làm chủ.
Tại hội nghị, ông Nguyễn Hữu Chiến, Giám đốc Công ty TNHH gỗ mỹ nghệ Đồng Kỵ, chia sẻ: "Tôi mong Hội làm cầu nối để doanh nghiệp cựu chiến binh tiếp cận vốn vay ưu đãi". Ông Phạm Văn Thức, Chủ tịch Hội CCB phường Đình Bảng (thành phố Từ Sơn) và ông Đỗ Xuân Hòa, Giám đốc Hợp tác xã thủy sản xã Gia Đông, cũng nêu kinh nghiệm liên kết tiêu thụ sản phẩm.
Phát biểu tại hội nghị, Trung tướng Hoàng Văn Lợi biểu dương những đóng góp của cựu chiến binh Bắc Ninh, đề nghị Hội tiếp tục phát huy phẩm chất "Bộ đội Cụ Hồ", giúp đỡ hội viên nghèo có việc làm, tăng thu nhập. Chủ tịch Hội CCB tỉnh cho biết, năm 2023 Hội phấn đấu không còn hộ hội viên nghèo.
Dịp này, 120 cựu chiến binh được Hội CCB tỉnh tặng Bằng khen; 5 tập thể và 8 cá nhân được Trung ương Hội CCB Việt Nam khen thưởng.
Đức Long
Lượt xem: 854
Bài viết liên quan
- Hội CCB tỉnh giám sát việc thực hiện chính sách người có công (20/10/2022)
- Gia Bình: 30 cựu chiến binh được hỗ trợ vốn sản xuất (06/10/2022)
- Hội thi "Cựu chiến binh tuyên truyền viên giỏi" (15/09/2022)
""", "2022-11-16", "Tôn vinh 120 cựu chiến binh sản xuất, kinh doanh giỏi",
E("hoi_nghi", "2022", "2022-11-15"),
[P("Nguyễn Văn Bảy", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Hoàng Văn Lợi", "Trung tướng", "Phó Chủ tịch Trung ương Hội CCB Việt Nam"),
 P("Trần Thị Minh Tâm", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Ngô Văn Tuyển", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Hữu Chiến", "Giám đốc Công ty TNHH gỗ mỹ nghệ Đồng Kỵ"),
 P("Phạm Văn Thức", "Chủ tịch Hội CCB phường Đình Bảng"),
 P("Đỗ Xuân Hòa", "Giám đốc Hợp tác xã thủy sản xã Gia Đông")],
[Q("120 cựu chiến binh", 120, "cựu chiến binh"),
 Q("1.065 cơ sở sản xuất, kinh doanh", 1065, "cơ sở sản xuất, kinh doanh"),
 Q("trên 12.400 lao động", 12400, "lao động", "over"), Q("hơn 1.500 tỷ đồng", 1500000000000, "đồng", "over"),
 Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("214 tổ tiết kiệm và vay vốn", 214, "tổ tiết kiệm và vay vốn"),
 Q("612,8 tỷ đồng", 612800000000, "đồng"), Q("4,3 tỷ đồng", 4300000000, "đồng"),
 Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân")],
[D("Kế hoạch", "215", "KH/CCB", "2022-08-03", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 215-KH/CCB ngày 3/8/2022"),
 D("Nghị quyết", "09", "NQ/CCB", None, "Ban Chấp hành Trung ương Hội CCB Việt Nam", "Nghị quyết số 09-NQ/CCB"),
 D("Quyết định", "35", "2022/QĐ-UBND", "2022-09-14", "UBND tỉnh", "Quyết định số 35/2022/QĐ-UBND ngày 14/9/2022")],
[prov("Bắc Ninh"), com("Đình Bảng"), com("Gia Đông")],
["BÁO BẮC NINH ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Đại tá Nguyễn Văn Bảy trao Bằng khen cho các hội viên tiêu biểu.",
 "Nghĩa tình đồng đội", "Cựu chiến binh gương mẫu", "Bộ đội Cụ Hồ", "Lượt xem: 854"],
["Thứ Tư, 16/11/2022", "năm 2022", "năm 2023", "Lượt xem: 854"]))
