from lib import *
PAGES = []

PAGES.append(page("b5645-laocai-bdv-phongvan-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Phỏng vấn - Đối thoại
Thứ Sáu, 30/12/2011 - 09:20
Đồng chí Vàng Thị Mỷ trả lời phỏng vấn phóng viên.
Trưởng Ban Dân vận Tỉnh ủy: "Vận động đồng bào phải bắt đầu từ cái bếp, cái nương"
Nhân dịp hội nghị tổng kết công tác dân vận năm 2011 diễn ra ngày 28/12/2011, phóng viên đã có cuộc trao đổi với đồng chí Vàng Thị Mỷ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Lào Cai, về những kết quả nổi bật và nhiệm vụ năm 2012.
PV: Thưa đồng chí, năm 2011 công tác dân vận của tỉnh có những điểm gì nổi bật?
Đồng chí Vàng Thị Mỷ: Năm qua, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 17, 18-CT/TU về công tác vận động đồng bào Mông di cư tự do và về xây dựng thôn bản văn hóa. Cùng với đó, Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 09-HD/BDVTU ngày 14/4/2011 về thực hiện Quy chế dân vận của hệ thống chính trị. Toàn tỉnh đã vận động 312 hộ di cư tự do ổn định cuộc sống tại chỗ, nhân dân hiến hơn 14.000 m2 đất làm đường liên thôn, đóng góp khoảng 3,2 tỷ đồng và 21.500 ngày công.
PV: Việc giải quyết đơn thư, kiến nghị của nhân dân được thực hiện ra sao?
Đồng chí Vàng Thị Mỷ: Các cơ quan dân vận đã phối hợp tiếp 846 lượt công dân, nhận 119 đơn thư, kiến nghị; đã giải quyết 104 đơn, đạt 87,4%. Ở huyện Bắc Hà, đồng chí Lù Văn Sình, HUV, Trưởng Ban Dân vận Huyện ủy, đã trực tiếp xuống 9 thôn đối thoại với người dân về giải phóng mặt bằng. Ở xã Bản Phố, ông Giàng Seo Chử, Bí thư Đảng ủy xã, vận động 47 hộ người Mông bỏ tục lệ ma chay tốn kém.
PV: Những hạn chế cần khắc phục là gì, thưa đồng chí?
Đồng chí Vàng Thị Mỷ: Một số cấp ủy còn coi công tác dân vận là việc riêng của Ban Dân vận; đội ngũ cán bộ dân vận xã còn kiêm nhiệm nhiều. Năm 2012, chúng tôi tập trung thực hiện Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể, phấn đấu mỗi xã có ít nhất 1 mô hình "Dân vận khéo", tập huấn cho trên 1.200 cán bộ dân vận cơ sở.
PV: Vai trò của người có uy tín trong đồng bào được phát huy thế nào?
Đồng chí Vàng Thị Mỷ: Toàn tỉnh có 1.150 người có uy tín, phần lớn là trưởng dòng họ, già làng người Mông, Dao, Hà Nhì. Năm 2011, tỉnh tổ chức 2 đợt gặp mặt, tặng 1.150 suất quà trị giá 300.000 đồng/suất. Nhiều người như ông Sần Chỉn Phù ở thôn Nậm Đét, xã Nậm Mòn đã vận động con cháu không nghe theo đối tượng xấu tuyên truyền đạo trái pháp luật.
PV: Xin cảm ơn đồng chí!
Tại hội nghị tổng kết, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Pủ, Trần Thị Loan đã trao giấy khen cho 15 tập thể và 24 cá nhân. Dự hội nghị có 86 đồng chí là lãnh đạo, cán bộ khối dân vận đến từ các huyện, thành phố.
Hồng Nhung (thực hiện)
Lượt xem: 1.204
Tin liên quan
- Sa Pa: tập huấn nghiệp vụ cho 120 cán bộ dân vận xã (20/12/2011)
- Bảo Thắng ra mắt 6 mô hình "Dân vận khéo" (02/12/2011)
- Hội nghị giao ban khối dân vận quý III năm 2011 (05/10/2011)
- Mường Khương vận động đồng bào hiến đất làm đường (12/09/2011)
- Bát Xát: đối thoại với người dân về giải phóng mặt bằng (28/08/2011)
""", "2011-12-30", "Trưởng Ban Dân vận Tỉnh ủy: \"Vận động đồng bào phải bắt đầu từ cái bếp, cái nương\"",
E("tong_ket", "2011", "2011-12-28"),
[P("Vàng Thị Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy Lào Cai", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Sình", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng Seo Chử", "Bí thư Đảng ủy xã"),
 P("Hoàng Văn Pủ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Sần Chỉn Phù")],
[Q("312 hộ di cư tự do", 312, "hộ di cư tự do"), Q("hơn 14.000 m2", 14000, "m2", "over"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("21.500 ngày công", 21500, "ngày công"),
 Q("846 lượt công dân", 846, "lượt công dân"), Q("119 đơn thư, kiến nghị", 119, "đơn thư, kiến nghị"),
 Q("104 đơn", 104, "đơn"), Q("87,4%", 87.4, "%"), Q("9 thôn", 9, "thôn"), Q("47 hộ", 47, "hộ"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("trên 1.200 cán bộ dân vận cơ sở", 1200, "cán bộ dân vận cơ sở", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân"), Q("86 đồng chí", 86, "đồng chí"),
 Q("1.150 người có uy tín", 1150, "người có uy tín"), Q("1.150 suất quà", 1150, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Hướng dẫn", "09", "HD/BDVTU", "2011-04-14", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 14/4/2011"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009")],
[prov("Lào Cai"), com("Bản Phố"), com("Nậm Mòn")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Phỏng vấn - Đối thoại",
 "Đồng chí Vàng Thị Mỷ trả lời phỏng vấn phóng viên.", "PV:", "Dân vận khéo", "Quy chế dân vận", "Lượt xem: 1.204"],
["Thứ Sáu, 30/12/2011 - 09:20", "năm 2011", "năm 2012", "Lượt xem: 1.204", "Kết luận số 62-KL/TW", "2 đợt", "86 đồng chí"]))

PAGES.append(page("b5646-quangnam-hoidap-dancu-2012", """
Báo Quảng Nam Online
Thời sự | Chính trị | Hỏi - Đáp pháp luật
Cập nhật: 08:40, 17/08/2012 (GMT+7)
Hỏi - đáp về thực hiện Quy chế dân chủ ở xã, phường, thị trấn
(QNO) - Nhiều bạn đọc ở các huyện miền núi gửi thư hỏi về quyền của người dân trong việc bàn và quyết định các công trình ở thôn. Báo Quảng Nam đã đề nghị đồng chí Bríu Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy, kiêm Phó Trưởng ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của tỉnh, trả lời.
Hỏi: Ông Alăng Bơ ở xã Lăng (huyện Tây Giang) hỏi: những việc nào nhân dân được bàn và quyết định trực tiếp?
Trả lời: Theo Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội, nhân dân bàn và quyết định trực tiếp chủ trương, mức đóng góp xây dựng các công trình kết cấu hạ tầng, công trình phúc lợi công cộng trong phạm vi cấp xã, thôn. Năm 2012, cả tỉnh có 1.876 cuộc họp thôn được tổ chức để bàn việc làm đường, với hơn 96% hộ dân đồng thuận.
Hỏi: Bà Hồ Thị Xuân ở xã Trà Dơn (huyện Nam Trà My) hỏi: nếu chính quyền không công khai thu, chi thì người dân phản ánh với ai?
Trả lời: Người dân có thể phản ánh với Ban Thanh tra nhân dân xã, với Ủy ban MTTQ xã hoặc trực tiếp với Chủ tịch UBND xã. Thực hiện Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị và Kế hoạch 112-KH/TU của Ban Thường vụ Tỉnh ủy, toàn tỉnh đã kiện toàn 241 Ban Thanh tra nhân dân và 198 Ban Giám sát đầu tư của cộng đồng. Trong 6 tháng đầu năm, các ban này đã kiến nghị 63 vụ việc, trong đó 52 vụ việc đã được xử lý.
Hỏi: Ông Nguyễn Văn Ba, Trưởng thôn 4, xã Tam Xuân 1 hỏi: thôn có được giữ lại tiền đóng góp tự nguyện không?
Trả lời: Khoản đóng góp tự nguyện do nhân dân bàn, quyết định, Ban Thanh tra nhân dân giám sát. Mức đóng góp tối đa do hội nghị thôn quyết, tỉnh đề nghị không quá 200.000 đồng/hộ/năm đối với hộ không thuộc diện nghèo. Hộ nghèo, hộ chính sách được miễn; năm nay toàn tỉnh miễn cho khoảng 28.000 hộ nghèo.
Hỏi: Bà Zơrâm Thị Hoa ở xã A Tiêng (huyện Tây Giang) hỏi: người có uy tín có được tham gia giám sát không?
Trả lời: Có. Theo Hướng dẫn số 21-HD/BDVTU ngày 5/6/2012 của Ban Dân vận Tỉnh ủy, già làng, trưởng bản được mời tham gia các buổi họp bàn và giám sát công trình. Hiện toàn tỉnh có 1.035 người có uy tín tham gia Ban Thanh tra nhân dân hoặc Ban Giám sát đầu tư của cộng đồng, chiếm gần 40% số thành viên ở các huyện miền núi. Đồng chí Bh'riu Pố, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang, cho biết huyện đã tổ chức 18 buổi tập huấn cho các thành viên này.
Ban Dân vận Tỉnh ủy cũng đã phối hợp Sở Tư pháp phát hành 15.000 cuốn tài liệu hỏi - đáp song ngữ Việt - Cơ Tu, gửi về 9 huyện miền núi. Mọi thắc mắc, bạn đọc xin gửi về chuyên mục "Hỏi - đáp pháp luật" của Báo.
Phương Thảo
Các tin khác
- Tây Giang: ra mắt mô hình "Dân vận khéo" (10/08/2012)
- Đối thoại với nông dân về chuyển đổi đất rừng (02/08/2012)
- Hội nghị tập huấn công tác dân vận năm 2012 (25/07/2012)
- Núi Thành: vận động người dân bàn giao mặt bằng (18/07/2012)
""", "2012-08-17", "Hỏi - đáp về thực hiện Quy chế dân chủ ở xã, phường, thị trấn",
E("khac", None, None),
[P("Bríu Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của tỉnh"),
 P("Alăng Bơ"), P("Hồ Thị Xuân"), P("Nguyễn Văn Ba", "Trưởng thôn 4"), P("Zơrâm Thị Hoa"),
 P("Bh'riu Pố", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang")],
[Q("1.876 cuộc họp thôn", 1876, "cuộc họp thôn"), Q("hơn 96%", 96, "%", "over"),
 Q("241 Ban Thanh tra nhân dân", 241, "Ban Thanh tra nhân dân"), Q("198 Ban Giám sát đầu tư của cộng đồng", 198, "Ban Giám sát đầu tư của cộng đồng"),
 Q("63 vụ việc", 63, "vụ việc"), Q("52 vụ việc", 52, "vụ việc"),
 Q("200.000 đồng", 200000, "đồng"), Q("khoảng 28.000 hộ nghèo", 28000, "hộ nghèo", "approx"),
 Q("1.035 người có uy tín", 1035, "người có uy tín"), Q("gần 40%", 40, "%", "approx"), Q("18 buổi tập huấn", 18, "buổi tập huấn"),
 Q("15.000 cuốn tài liệu hỏi - đáp song ngữ", 15000, "cuốn tài liệu hỏi - đáp song ngữ"), Q("9 huyện miền núi", 9, "huyện miền núi")],
[D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112-KH/TU"),
 D("Hướng dẫn", "21", "HD/BDVTU", "2012-06-05", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU ngày 5/6/2012")],
[prov("Quảng Nam"), com("Lăng"), com("Trà Dơn"), com("Tam Xuân 1"), com("A Tiêng")],
["Báo Quảng Nam Online", "Thời sự | Chính trị | Hỏi - Đáp pháp luật", "(QNO)", "Hỏi - đáp pháp luật", "Hỏi:", "Trả lời:"],
["Cập nhật: 08:40, 17/08/2012 (GMT+7)", "Năm 2012", "6 tháng đầu năm", "Trưởng thôn 4", "Tam Xuân 1", "xã Tam Xuân 1"]))

PAGES.append(page("b5647-gialai-mttq-phongvan-daihoi-2013", """
Báo Gia Lai điện tử
Trang chủ > Chính trị > Mặt trận - Đoàn thể
08:15 | 24/10/2013
Ảnh: Quang cảnh Đại hội.
Chủ tịch Ủy ban MTTQ tỉnh: Đại hội là ngày hội của khối đại đoàn kết các dân tộc
GLO- Bên lề Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai lần thứ IX, nhiệm kỳ 2013 - 2018 khai mạc sáng 23/10/2013, phóng viên Báo Gia Lai phỏng vấn đồng chí Rơ Mah Blơi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa VIII.
Phóng viên: Đại hội lần này có gì mới, thưa ông?
Ông Rơ Mah Blơi: Đại hội có 280 đại biểu chính thức, trong đó 96 đại biểu là người dân tộc thiểu số, 21 đại biểu là chức sắc tôn giáo. Nhiệm kỳ qua, thực hiện Nghị quyết số 23-NQ/TW ngày 12/3/2003 của BCH Trung ương về phát huy sức mạnh đại đoàn kết toàn dân tộc, Mặt trận các cấp đã vận động xây dựng 2.145 căn nhà Đại đoàn kết, tổng trị giá gần 58 tỷ đồng; giúp trên 9.000 hộ thoát nghèo.
Phóng viên: Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" được triển khai ra sao ở vùng đồng bào Jrai, Bahnar?
Ông Rơ Mah Blơi: Đến nay có 1.420 làng, khu dân cư đạt danh hiệu văn hóa, chiếm 68,5%. Chúng tôi phối hợp với già làng Ksor Nhoi ở làng Plei Ơi, xã Ia Dêr, hay ông A Lưu, người có uy tín làng Kon Mơ Hra, xã Hà Tây, để vận động đồng bào không nghe theo kẻ xấu. Theo Quy chế phối hợp số 05-QCPH/MTTQ-CA giữa Ủy ban MTTQ tỉnh và Công an tỉnh, năm 2013 có 36 người đã bỏ tổ chức Fulro trở về.
Phóng viên: Nhiệm kỳ tới Mặt trận tỉnh đặt mục tiêu gì?
Ông Rơ Mah Blơi: Phấn đấu mỗi năm xây dựng từ 300 căn nhà trở lên, vận động Quỹ "Vì người nghèo" đạt 12 tỷ đồng; thực hiện tốt Quyết định số 41-QĐ/TU và 42-QĐ/TU ngày 9/8/2013 của Ban Thường vụ Tỉnh ủy về giám sát, phản biện xã hội của Mặt trận và các đoàn thể.
Phóng viên: Công tác giám sát được Mặt trận các cấp thực hiện ra sao?
Ông Rơ Mah Blơi: Nhiệm kỳ qua, Mặt trận các cấp chủ trì 412 cuộc giám sát, phát hiện 57 vụ việc vi phạm, kiến nghị thu hồi khoảng 1,3 tỷ đồng. Nhiều Ban Thanh tra nhân dân như ở xã Chư Đăng Ya đã phát hiện sai phạm trong cấp phát giống. Bà Rah Lan H'Nhiên, Phó Chủ tịch Ủy ban MTTQ huyện Chư Păh, đề nghị tăng phụ cấp cho trưởng ban công tác Mặt trận thôn, làng, hiện chỉ 150.000 đồng/tháng.
Đại hội đã hiệp thương cử 71 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa IX. Các ông, bà Nguyễn Thị Hạnh, Siu Đoan, Lê Văn Thọ được cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đức Thụy
Tin liên quan
- Pleiku: Đại hội MTTQ thành phố nhiệm kỳ 2014 - 2019 (10/10/2013)
- Gia Lai có 2.145 căn nhà Đại đoàn kết (30/09/2013)
- Ia Grai: tập huấn nghiệp vụ công tác Mặt trận (12/09/2013)
- Krông Pa: Mặt trận vận động đồng bào xây dựng làng văn hóa (28/08/2013)
- Đại hội Mặt trận cấp xã hoàn thành trước tháng 9 (15/08/2013)
""", "2013-10-24", "Chủ tịch Ủy ban MTTQ tỉnh: Đại hội là ngày hội của khối đại đoàn kết các dân tộc",
E("dai_hoi", None, "2013-10-23"),
[P("Rơ Mah Blơi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa VIII"),
 P("Ksor Nhoi", "già làng"), P("A Lưu", "người có uy tín làng Kon Mơ Hra"),
 P("Nguyễn Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Siu Đoan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Thọ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rah Lan H'Nhiên", "Phó Chủ tịch Ủy ban MTTQ huyện Chư Păh")],
[Q("280 đại biểu chính thức", 280, "đại biểu chính thức"), Q("96 đại biểu", 96, "đại biểu"), Q("21 đại biểu", 21, "đại biểu"),
 Q("2.145 căn nhà Đại đoàn kết", 2145, "căn nhà Đại đoàn kết"), Q("gần 58 tỷ đồng", 58000000000, "đồng", "approx"),
 Q("trên 9.000 hộ", 9000, "hộ", "over"), Q("1.420 làng, khu dân cư", 1420, "làng, khu dân cư"), Q("68,5%", 68.5, "%"),
 Q("36 người", 36, "người"), Q("từ 300 căn nhà trở lên", 300, "căn nhà", "over"), Q("12 tỷ đồng", 12000000000, "đồng"),
 Q("71 vị", 71, "vị"), Q("412 cuộc giám sát", 412, "cuộc giám sát"), Q("57 vụ việc vi phạm", 57, "vụ việc vi phạm"),
 Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("150.000 đồng", 150000, "đồng")],
[D("Nghị quyết", "23", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 23-NQ/TW ngày 12/3/2003"),
 D("Quy chế phối hợp", "05", "QCPH/MTTQ-CA", None, None, "Quy chế phối hợp số 05-QCPH/MTTQ-CA"),
 D("Quyết định", "41", "QĐ/TU", "2013-08-09", "Ban Thường vụ Tỉnh ủy", "Quyết định số 41-QĐ/TU"),
 D("Quyết định", "42", "QĐ/TU", "2013-08-09", "Ban Thường vụ Tỉnh ủy", "42-QĐ/TU ngày 9/8/2013")],
[prov("Gia Lai"), com("Ia Dêr"), com("Hà Tây"), com("Chư Đăng Ya")],
["Báo Gia Lai điện tử", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Ảnh: Quang cảnh Đại hội.", "GLO-",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Fulro", "Phóng viên:"],
["08:15 | 24/10/2013", "lần thứ IX", "nhiệm kỳ 2013 - 2018", "khóa VIII", "khóa IX", "năm 2013"]))

PAGES.append(page("b5648-soctrang-bdv-phongvan-soket-2014", """
Báo Sóc Trăng Online
Trang chủ / Chính trị / Phỏng vấn
Thứ Ba, 15/07/2014 - 07:45
Đồng chí Lâm Thị Sa Phiên phát biểu tại hội nghị sơ kết.
Vận động đồng bào Khmer: "Phải hiểu phong tục, biết tiếng nói"
(STO) - Ngày 11/7/2014, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức sơ kết công tác dân vận 6 tháng đầu năm 2014. Nhân dịp này, phóng viên trao đổi với đồng chí Lâm Thị Sa Phiên, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
PV: Xin đồng chí cho biết kết quả nổi bật trong 6 tháng qua?
Đồng chí Lâm Thị Sa Phiên: Ban đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận 35, 36-KL/TU về công tác vận động đồng bào dân tộc Khmer và về công tác tôn giáo; đồng thời Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 67-KH/BDVTU ngày 3/3/2014 triển khai Chỉ thị số 49-CT/TW ngày 20/10/2010 của Ban Bí thư. Toàn tỉnh có 92 chùa Phật giáo Nam tông Khmer, chúng tôi đã tổ chức 4 đoàn đến thăm, tặng quà Lễ Chôl Chnăm Thmây cho 92 chùa, mỗi chùa 2 triệu đồng.
PV: Công tác giảm nghèo trong đồng bào Khmer có chuyển biến gì?
Đồng chí Lâm Thị Sa Phiên: Tỷ lệ hộ nghèo người Khmer giảm còn 24,7%. Mặt trận và các đoàn thể đã hỗ trợ 186 căn nhà tình thương, vận động khoảng 4,5 tỷ đồng. Hội Phụ nữ giúp 1.320 hội viên vay vốn; Hội Nông dân tổ chức 64 lớp chuyển giao khoa học kỹ thuật cho hơn 3.100 lượt nông dân. Ở xã Vĩnh Hải, ông Thạch Sa Rương, Bí thư Chi bộ ấp Prey Chóp, xã Vĩnh Hải, đã vận động 35 hộ hiến đất làm đường.
PV: Thưa đồng chí, có những khó khăn gì?
Đồng chí Lâm Thị Sa Phiên: Một bộ phận thanh niên Khmer đi làm ăn xa, việc nắm tình hình còn khó. Một số sư sãi chưa hiểu đầy đủ chủ trương. Vì vậy, 6 tháng cuối năm chúng tôi sẽ phối hợp Hội Đoàn kết sư sãi yêu nước tỉnh mở 12 lớp bồi dưỡng; các đồng chí Trưởng Ban Dân vận Huyện ủy: Sơn Thị Mỹ Linh, Kim Văn Dươne, Trần Quốc Khởi được phân công theo dõi từng chùa.
Hòa thượng Lý Hươl, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đánh giá cao việc Ban phối hợp tổ chức 28 lớp dạy chữ Khmer hè cho 1.950 học sinh.
PV: Phong trào "Dân vận khéo" ở cơ sở phát triển ra sao?
Đồng chí Lâm Thị Sa Phiên: Sáu tháng qua, các huyện, thị xã, thành phố công nhận thêm 47 mô hình "Dân vận khéo", nâng tổng số lên 615 mô hình. Tiêu biểu là mô hình "Phum sóc không có tệ nạn" ở xã Lịch Hội Thượng do bà Danh Thị Sô Phi, Chủ tịch Hội Phụ nữ xã, làm chủ nhiệm, giúp 22 thanh niên bỏ ma túy. Chúng tôi sẽ thực hiện Hướng dẫn số 16-HD/BDVTW ngày 12/9/2013 của Ban Dân vận Trung ương để đánh giá thực chất từng mô hình, tránh chạy theo số lượng.
PV: Xin cảm ơn đồng chí!
Hội nghị thống nhất phấn đấu 100% ấp, khóm có tổ dân vận hoạt động hiệu quả vào cuối năm.
Thạch Nhanh
Tin cùng chuyên mục
- Vĩnh Châu ra mắt mô hình "Dân vận khéo" (10/07/2014)
- Tặng quà các chùa nhân Lễ Sene Dolta (02/07/2014)
- Trần Đề: đối thoại với ngư dân (20/06/2014)
- Hội nghị giao ban khối dân vận quý II (05/06/2014)
""", "2014-07-15", "Vận động đồng bào Khmer: \"Phải hiểu phong tục, biết tiếng nói\"",
E("so_ket", "2014-H1", "2014-07-11"),
[P("Lâm Thị Sa Phiên", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Thạch Sa Rương", "Bí thư Chi bộ ấp Prey Chóp"),
 P("Sơn Thị Mỹ Linh", "Trưởng Ban Dân vận Huyện ủy"), P("Kim Văn Dươne", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Quốc Khởi", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Hươl", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Thị Sô Phi", "Chủ tịch Hội Phụ nữ xã")],
[Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("4 đoàn", 4, "đoàn"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("24,7%", 24.7, "%"), Q("186 căn nhà tình thương", 186, "căn nhà tình thương"),
 Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"), Q("1.320 hội viên", 1320, "hội viên"),
 Q("64 lớp chuyển giao khoa học kỹ thuật", 64, "lớp chuyển giao khoa học kỹ thuật"),
 Q("hơn 3.100 lượt nông dân", 3100, "lượt nông dân", "over"), Q("35 hộ", 35, "hộ"), Q("12 lớp bồi dưỡng", 12, "lớp bồi dưỡng"),
 Q("28 lớp dạy chữ Khmer hè", 28, "lớp dạy chữ Khmer hè"), Q("1.950 học sinh", 1950, "học sinh"), Q("100%", 100, "%"),
 Q("47 mô hình", 47, "mô hình"), Q("615 mô hình", 615, "mô hình"), Q("22 thanh niên", 22, "thanh niên")],
[D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kế hoạch", "67", "KH/BDVTU", "2014-03-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 67-KH/BDVTU ngày 3/3/2014"),
 D("Chỉ thị", "49", "CT/TW", "2010-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2010"),
 D("Hướng dẫn", "16", "HD/BDVTW", "2013-09-12", "Ban Dân vận Trung ương", "Hướng dẫn số 16-HD/BDVTW ngày 12/9/2013")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lịch Hội Thượng")],
["Báo Sóc Trăng Online", "Trang chủ / Chính trị / Phỏng vấn", "Đồng chí Lâm Thị Sa Phiên phát biểu tại hội nghị sơ kết.",
 "(STO)", "PV:", "Chôl Chnăm Thmây", "Dân vận khéo", "Phum sóc không có tệ nạn", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Ba, 15/07/2014 - 07:45", "6 tháng đầu năm 2014", "6 tháng qua", "6 tháng cuối năm"]))

PAGES.append(page("b5649-thaibinh-mttq-phongvan-giamsat-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH
Bạn đang ở: Trang chủ > Giám sát, phản biện xã hội
Ngày đăng 20/11/2015 | 14:30
Giám sát để dân tin, dân đồng thuận
Trong hai ngày 17 và 18/11/2015, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Bình tổ chức đoàn giám sát việc thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo tại huyện Quỳnh Phụ và huyện Tiền Hải. Phóng viên đã phỏng vấn đồng chí Đặng Thị Ngát, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, Trưởng đoàn giám sát.
Toàn cảnh buổi giám sát tại UBND xã Quỳnh Hoa.
Hỏi: Vì sao Mặt trận chọn nội dung này để giám sát?
Đáp: Chúng tôi thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 14/KH-MTTQ-BTT ngày 20/1/2015 của Ban Thường trực Ủy ban MTTQ tỉnh. Cử tri nhiều nơi phản ánh việc cấp thẻ chậm. Toàn tỉnh có khoảng 36.400 hộ cận nghèo, nhưng mới 71,3% người thuộc hộ cận nghèo tham gia bảo hiểm y tế.
Hỏi: Qua giám sát, đoàn phát hiện những gì?
Đáp: Tại 6 xã được giám sát, đoàn phát hiện 214 trường hợp cấp thẻ trùng, 38 trường hợp chưa được cấp dù đủ điều kiện. Xã Quỳnh Hoa và xã Nam Thịnh đã tự rà soát, điều chỉnh ngay. Ông Bùi Văn Chương, Chủ tịch UBND xã Nam Thịnh, cho biết xã đã trả lại hơn 12 triệu đồng tiền hỗ trợ mua thẻ cho 46 hộ.
Hỏi: Mặt trận kiến nghị những gì?
Đáp: Đoàn đã có 5 kiến nghị gửi UBND tỉnh, Bảo hiểm xã hội tỉnh; đề nghị hỗ trợ thêm 30% mức đóng cho hộ cận nghèo từ ngân sách tỉnh. Cùng tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Phạm Văn Hiếu, Vũ Thị Thoa; đồng chí Trần Minh Đức, Phó Giám đốc Bảo hiểm xã hội tỉnh.
Hỏi: Năm 2015 Mặt trận tỉnh đã giám sát bao nhiêu cuộc?
Đáp: Mặt trận các cấp chủ trì 1.206 cuộc giám sát, trong đó cấp tỉnh 4 cuộc, cấp huyện 58 cuộc; các Ban Thanh tra nhân dân giám sát trên 2.000 công trình. Chúng tôi thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò giám sát của nhân dân.
Hỏi: Người dân tham gia giám sát như thế nào?
Đáp: Chúng tôi mời đại diện người dân cùng đi giám sát. Ông Nguyễn Văn Thắng, Trưởng ban Công tác Mặt trận thôn Đông, xã Quỳnh Hoa, đã cung cấp danh sách 17 hộ cận nghèo bị bỏ sót. Sau giám sát, đoàn sẽ tổ chức hội nghị phản hồi với UBND các huyện, theo dõi việc khắc phục trong 3 tháng. Đồng thời, Mặt trận đề nghị các huyện thực hiện Công văn số 215/UBND-VX ngày 2/10/2015 của UBND tỉnh về rà soát hộ cận nghèo, bảo đảm công khai danh sách tại nhà văn hóa thôn.
Hỏi: Xin cảm ơn bà!
Minh Hằng
Lượt truy cập: 2.356.118
Tin khác
- Phản biện dự thảo Đề án xây dựng nông thôn mới (12/11/2015)
- Hội nghị tiếp xúc cử tri với đại biểu Quốc hội (05/11/2015)
- Giám sát việc thu, chi quỹ ở khu dân cư (28/10/2015)
- Vũ Thư: Mặt trận vận động 1.200 hộ tham gia bảo hiểm y tế (15/10/2015)
""", "2015-11-20", "Giám sát để dân tin, dân đồng thuận",
E("giam_sat", None, "2015-11-17"),
[P("Đặng Thị Ngát", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn giám sát"),
 P("Bùi Văn Chương", "Chủ tịch UBND xã Nam Thịnh"),
 P("Phạm Văn Hiếu", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"), P("Vũ Thị Thoa", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Trần Minh Đức", "Phó Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Nguyễn Văn Thắng", "Trưởng ban Công tác Mặt trận thôn Đông")],
[Q("khoảng 36.400 hộ cận nghèo", 36400, "hộ cận nghèo", "approx"), Q("71,3%", 71.3, "%"), Q("6 xã", 6, "xã"),
 Q("214 trường hợp", 214, "trường hợp"), Q("38 trường hợp", 38, "trường hợp"),
 Q("hơn 12 triệu đồng", 12000000, "đồng", "over"), Q("46 hộ", 46, "hộ"), Q("5 kiến nghị", 5, "kiến nghị"),
 Q("30%", 30, "%"), Q("1.206 cuộc giám sát", 1206, "cuộc giám sát"), Q("4 cuộc", 4, "cuộc"), Q("58 cuộc", 58, "cuộc"),
 Q("trên 2.000 công trình", 2000, "công trình", "over"), Q("17 hộ cận nghèo", 17, "hộ cận nghèo")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "14", "KH-MTTQ-BTT", "2015-01-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 14/KH-MTTQ-BTT ngày 20/1/2015"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Công văn", "215", "UBND-VX", "2015-10-02", "UBND tỉnh", "Công văn số 215/UBND-VX ngày 2/10/2015")],
[prov("Thái Bình"), com("Quỳnh Hoa"), com("Nam Thịnh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH", "Bạn đang ở: Trang chủ > Giám sát, phản biện xã hội",
 "Toàn cảnh buổi giám sát tại UBND xã Quỳnh Hoa.", "Hỏi:", "Đáp:", "Lượt truy cập: 2.356.118"],
["Ngày đăng 20/11/2015 | 14:30", "hai ngày 17 và 18/11/2015", "Năm 2015", "Lượt truy cập: 2.356.118", "3 tháng"]))

PAGES.append(page("b5650-binhphuoc-xa-phongvan-doithoai-2016", """
Cổng thông tin điện tử huyện Bù Đăng - Tỉnh Bình Phước
Tin tức - Sự kiện :: Dân vận :: Phỏng vấn
17/05/2016 - 10:05
Bí thư Đảng ủy xã Đắk Nhau: "Đối thoại thẳng thắn thì dân mới nói thật"
Ngày 13/5/2016, Đảng ủy, UBND xã Đắk Nhau tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2016. Sau buổi đối thoại, phóng viên trao đổi với đồng chí Điểu Khâm, Huyện ủy viên, Bí thư Đảng ủy xã Đắk Nhau.
Đồng chí Điểu Khâm (bên trái) trả lời người dân tại buổi đối thoại.
PV: Buổi đối thoại năm nay có gì đáng chú ý, thưa đồng chí?
Đồng chí Điểu Khâm: Có 214 người dân của 9 thôn, bon tham dự, nêu 27 ý kiến, chủ yếu về đất đai, điện lưới và nước sinh hoạt. Lãnh đạo xã đã trả lời trực tiếp 21 ý kiến, 6 ý kiến còn lại chuyển lên huyện. Chúng tôi làm theo Quyết định số 04/2015/QĐ-UBND của UBND tỉnh và Kế hoạch 38-KH/ĐU của Đảng ủy xã về đối thoại với nhân dân.
PV: Bà con người S'tiêng ở bon Bu Khơn phản ánh gì?
Đồng chí Điểu Khâm: Ông Điểu Lép, người có uy tín bon Bu Khơn, phản ánh 18 hộ đồng bào thiếu đất sản xuất. Xã đã rà soát và đề nghị huyện giao khoảng 25 ha đất từ nông trường cho các hộ này theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ. Bà Thị Bích, Chi hội trưởng Chi hội Phụ nữ bon Bu Khơn, đề nghị mở thêm lớp dạy nghề đan lát.
PV: Việc đối thoại có giúp giảm đơn thư không?
Đồng chí Điểu Khâm: Từ khi xã đối thoại định kỳ, đơn thư giảm rõ rệt: năm 2014 có 31 đơn, năm 2015 còn 12 đơn, 5 tháng đầu năm 2016 chỉ 4 đơn, không có đơn vượt cấp. Khối dân vận xã cũng hòa giải thành 16/19 vụ việc mâu thuẫn trong nhân dân.
PV: Xã có kiến nghị gì với cấp trên?
Đồng chí Điểu Khâm: Xã đề nghị huyện sớm đầu tư tuyến điện cho 63 hộ ở thôn 4, hỗ trợ khoảng 1,8 tỷ đồng làm đường vào bon. Nhân dân đã cam kết hiến đất, góp 3.500 ngày công. Tham dự đối thoại còn có đồng chí Lê Minh Tân, Phó Trưởng Ban Dân vận Huyện ủy, và các đồng chí Phó Chủ tịch UBND xã: Nguyễn Văn Thảo, Điểu Sơn.
PV: Sau đối thoại, xã sẽ làm gì để theo dõi việc thực hiện?
Đồng chí Điểu Khâm: Đảng ủy đã giao Ủy ban MTTQ xã và Ban Thanh tra nhân dân giám sát, mỗi quý báo cáo một lần. Những việc đã hứa, xã công khai trên loa truyền thanh và tại 9 nhà văn hóa. Chúng tôi cũng sẽ tổ chức thêm 2 buổi tiếp xúc riêng với phụ nữ và thanh niên đồng bào S'tiêng. Ông Điểu Hưng, Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Nhau, được phân công tổng hợp ý kiến sau mỗi tháng và báo cáo Thường trực Đảng ủy.
PV: Xin cảm ơn đồng chí!
Xã Đắk Nhau hiện có 2.876 hộ với hơn 11.000 nhân khẩu, trong đó trên 40% là đồng bào dân tộc thiểu số.
Thảo Nguyên
Xem thêm
- Bù Đăng: tổng kết 10 năm phong trào "Dân vận khéo" (10/05/2016)
- Xã Thống Nhất ra mắt tổ dân vận bon (28/04/2016)
- Bình Phước tặng 500 phần quà cho đồng bào S'tiêng (15/04/2016)
""", "2016-05-17", "Bí thư Đảng ủy xã Đắk Nhau: \"Đối thoại thẳng thắn thì dân mới nói thật\"",
E("doi_thoai", "2016", "2016-05-13"),
[P("Điểu Khâm", "Huyện ủy viên", "Bí thư Đảng ủy xã Đắk Nhau"),
 P("Điểu Lép", "người có uy tín bon Bu Khơn"), P("Thị Bích", "Chi hội trưởng Chi hội Phụ nữ bon Bu Khơn"),
 P("Lê Minh Tân", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Thảo", "Phó Chủ tịch UBND xã"), P("Điểu Sơn", "Phó Chủ tịch UBND xã"),
 P("Điểu Hưng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Nhau")],
[Q("214 người dân", 214, "người dân"), Q("9 thôn, bon", 9, "thôn, bon"), Q("27 ý kiến", 27, "ý kiến"),
 Q("21 ý kiến", 21, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"), Q("18 hộ", 18, "hộ"), Q("khoảng 25 ha", 25, "ha", "approx"),
 Q("31 đơn", 31, "đơn"), Q("12 đơn", 12, "đơn"), Q("4 đơn", 4, "đơn"), Q("16/19 vụ việc mâu thuẫn", 16, "vụ việc mâu thuẫn"),
 Q("63 hộ", 63, "hộ"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("3.500 ngày công", 3500, "ngày công"),
 Q("9 nhà văn hóa", 9, "nhà văn hóa"), Q("2 buổi tiếp xúc", 2, "buổi tiếp xúc"),
 Q("2.876 hộ", 2876, "hộ"), Q("hơn 11.000 nhân khẩu", 11000, "nhân khẩu", "over"), Q("trên 40%", 40, "%", "over")],
[D("Quyết định", "04", "2015/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 04/2015/QĐ-UBND"),
 D("Kế hoạch", "38", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 38-KH/ĐU"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013")],
[prov("Bình Phước"), com("Đắk Nhau")],
["Cổng thông tin điện tử huyện Bù Đăng - Tỉnh Bình Phước", "Tin tức - Sự kiện :: Dân vận :: Phỏng vấn",
 "Đồng chí Điểu Khâm (bên trái) trả lời người dân tại buổi đối thoại.", "PV:"],
["17/05/2016 - 10:05", "năm 2016", "năm 2014", "năm 2015", "5 tháng đầu năm 2016", "thôn 4"]))
