from lib import *
PAGES = []

PAGES.append(page("b5285-nghean-bdv-atgt-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang chủ » Hoạt động » Dân vận các cấp
Thứ Năm, 29/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Nghệ An: Tổng kết công tác vận động nhân dân tham gia bảo đảm trật tự an toàn giao thông năm 2011
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Ban An toàn giao thông tỉnh tổ chức hội nghị tổng kết công tác vận động nhân dân tham gia bảo đảm trật tự an toàn giao thông (TTATGT) năm 2011. Đồng chí Trần Đình Khuê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lê Quang Thiều, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh đồng chủ trì. Dự hội nghị có 118 đại biểu, trong đó có 27 đồng chí là trưởng ban dân vận các huyện ủy, thành ủy, thị ủy.
Báo cáo do các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Hường, Hồ Sỹ Lam trình bày cho biết, thực hiện Chỉ thị số 22-CT/TW ngày 24/2/2003 của Ban Bí thư và Nghị quyết số 88/NQ-CP ngày 24/8/2011 của Chính phủ, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 12, 13-CT/TU về vận động nhân dân chấp hành Luật Giao thông đường bộ và về giải tỏa hành lang an toàn đường bộ. Ban cũng ban hành kế hoạch số 57-KH/BDVTU hướng dẫn khối dân vận 21 huyện, thành, thị triển khai thực hiện.
Trong năm, các cấp đã tổ chức 1.240 buổi tuyên truyền với hơn 186.000 lượt người nghe; vận động 35.600 hộ gia đình ký cam kết không vi phạm pháp luật về giao thông. Nhân dân hiến gần 14.000 m2 đất, đóng góp 3,2 tỷ đồng để mở rộng đường liên thôn, lắp biển báo ở các điểm giao cắt. Tuy vậy, toàn tỉnh vẫn xảy ra 512 vụ tai nạn giao thông, làm chết 398 người; số vụ giảm 7,4% so với năm 2010 nhưng số người chết chưa giảm.
Tại hội nghị, đồng chí Lô Văn Pọm, HUV, Trưởng Ban Dân vận Huyện ủy Quế Phong chia sẻ cách vận động đồng bào Thái không đi xe máy khi đã uống rượu sau các lễ hội bản. Bà Vi Thị Nhung, Chủ tịch Hội LHPN xã Châu Kim cho biết xã đã thành lập 7 tổ phụ nữ "Mẹ nhắc con đội mũ bảo hiểm". Thượng tá Phan Văn Đạt, Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh đề nghị các đoàn thể phối hợp chặt chẽ hơn trong việc vận động thanh niên không đua xe trái phép trên Quốc lộ 1A đoạn qua xã Diễn Hồng.
Phát biểu kết luận, đồng chí Trần Đình Khuê yêu cầu năm 2012 các cấp ủy gắn công tác vận động bảo đảm TTATGT với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", đưa tiêu chí an toàn giao thông vào hương ước, quy ước thôn, bản.
Dịp này, Ban Dân vận Tỉnh ủy và Ban An toàn giao thông tỉnh tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc.
Minh Châu
Lượt xem: 1.032
Tin liên quan
- Quỳ Hợp ra quân năm an toàn giao thông (15/12/2011)
- Vận động 400 hộ dân tháo dỡ lều quán trên Quốc lộ 48 (01/12/2011)
- Hội nghị báo cáo viên dư luận xã hội tháng 11 (22/11/2011)
""", "2011-12-29", "Nghệ An: Tổng kết công tác vận động nhân dân tham gia bảo đảm trật tự an toàn giao thông năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Đình Khuê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Thiều", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban An toàn giao thông tỉnh"),
 P("Nguyễn Thị Hường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Sỹ Lam", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Văn Pọm", "HUV", "Trưởng Ban Dân vận Huyện ủy Quế Phong"),
 P("Vi Thị Nhung", "Chủ tịch Hội LHPN xã Châu Kim"),
 P("Phan Văn Đạt", "Thượng tá", "Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh")],
[Q("118 đại biểu", 118, "đại biểu"), Q("27 đồng chí", 27, "đồng chí"),
 Q("21 huyện, thành, thị", 21, "huyện, thành, thị"), Q("1.240 buổi tuyên truyền", 1240, "buổi tuyên truyền"),
 Q("hơn 186.000 lượt người nghe", 186000, "lượt người nghe", "over"), Q("35.600 hộ gia đình", 35600, "hộ gia đình"),
 Q("gần 14.000 m2", 14000, "m2", "approx"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("512 vụ tai nạn giao thông", 512, "vụ tai nạn giao thông"), Q("398 người", 398, "người"), Q("7,4%", 7.4, "%"),
 Q("7 tổ phụ nữ", 7, "tổ phụ nữ"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "22", "CT/TW", "2003-02-24", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 24/2/2003 của Ban Bí thư"),
 D("Nghị quyết", "88", "NQ-CP", "2011-08-24", "Chính phủ", "Nghị quyết số 88/NQ-CP ngày 24/8/2011 của Chính phủ"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kế hoạch", "57", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 57-KH/BDVTU")],
[prov("Nghệ An"), com("Châu Kim"), com("Diễn Hồng")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ » Hoạt động » Dân vận các cấp", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Mẹ nhắc con đội mũ bảo hiểm", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Luật Giao thông đường bộ",
 "Quốc lộ 1A", "Lượt xem: 1.032"],
["Thứ Năm, 29/12/2011 - 09:30", "27 đồng chí", "năm 2011", "năm 2012", "năm 2010", "Quốc lộ 1A", "Lượt xem: 1.032"]))

PAGES.append(page("b5286-thaibinh-vuhoi-lhpn-soket-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VŨ HỘI - HUYỆN VŨ THƯ - TỈNH THÁI BÌNH
Trang chủ | Tin tức - Sự kiện | Mặt trận và các đoàn thể
Cập nhật: 14:05, 16/07/2012 (GMT+7)
Đồng chí Phạm Thị Thoa phát biểu tại hội nghị.
Xã Vũ Hội: phụ nữ chung tay giữ bình yên trên từng tuyến đường
Ngày 13/7, Hội Liên hiệp phụ nữ xã Vũ Hội tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 mô hình "Phụ nữ tham gia giữ gìn trật tự an toàn giao thông", bàn nhiệm vụ 6 tháng cuối năm. Đồng chí Phạm Thị Thoa, Chủ tịch Hội LHPN xã chủ trì hội nghị. Dự có đồng chí Bùi Văn Khải, Bí thư Đảng ủy xã và bà Đặng Thị Mến, Phó Chủ tịch Hội LHPN huyện Vũ Thư.
Thực hiện Nghị quyết 05, 06-NQ/ĐU của Ban Chấp hành Đảng bộ xã về xây dựng nông thôn mới và bảo đảm an ninh trật tự, cùng Kế hoạch số 12/KH-UBND ngày 10/2/2012 của UBND xã, Hội đã chỉ đạo 9 chi hội xây dựng quy ước "3 không": không đi xe máy khi chưa đủ tuổi, không chở quá số người quy định, không phơi rơm rạ trên mặt đường. Đến nay 1.350 hội viên đã ký cam kết, đạt 96% tổng số hội viên.
Sáu tháng qua, các chi hội đã tổ chức 36 buổi tuyên truyền lồng ghép trong sinh hoạt với trên 2.100 lượt người tham dự; nhận quản lý 6 tuyến đường tự quản với tổng chiều dài 8,5 km; trồng 640 cây xanh dọc đường trục xã. Quỹ "Vì an toàn giao thông" của Hội đã vận động được 18,5 triệu đồng để mua biển báo, gương cầu lồi đặt ở 4 khúc cua nguy hiểm. Trên địa bàn xã chỉ xảy ra 3 vụ va chạm nhỏ, không có người chết.
Các đồng chí Chi hội trưởng Phụ nữ thôn: Nguyễn Thị Lan, Vũ Thị Hạnh, Đoàn Thị Yến đã trao đổi kinh nghiệm nhắc nhở con em đội mũ bảo hiểm khi đến trường. Đồng chí Trần Văn Lực, Trưởng Công an xã đề nghị Hội tiếp tục phối hợp kiểm tra việc họp chợ lấn ra đường liên xã giáp xã Vũ Vinh.
Phát biểu chỉ đạo, đồng chí Bùi Văn Khải ghi nhận kết quả mô hình và yêu cầu 6 tháng cuối năm Hội nhân rộng mô hình ra 100% chi hội, phối hợp với Đoàn Thanh niên và Hội Cựu chiến binh xã thực hiện tốt Hướng dẫn số 03-HD/HPN của Hội LHPN huyện. Bà Đặng Thị Mến đánh giá Vũ Hội là một trong 5 xã làm tốt nhất của huyện.
Theo đánh giá của Ban Chấp hành Hội, mô hình của Vũ Hội được Hội LHPN tỉnh Thái Bình chọn làm điểm để nhân rộng ra các xã ven Quốc lộ 10. Tuy nhiên, một số hội viên lớn tuổi còn ngại tham gia tuyên truyền; việc phơi thóc, rơm rạ trên đường vào vụ gặt vẫn còn ở thôn Thượng và thôn Hạ; kinh phí hoạt động của mô hình chủ yếu dựa vào vận động. Hội đề ra chỉ tiêu 6 tháng cuối năm vận động thêm 150 hội viên ký cam kết và phối hợp tổ chức một hội thi tìm hiểu Luật Giao thông đường bộ cho phụ nữ.
Hội nghị đã khen thưởng 2 chi hội và 8 hội viên tiêu biểu.
Ngọc Ánh (Hội LHPN xã)
Tin khác
- Vũ Hội ra quân dọn vệ sinh môi trường (05/07/2012)
- Đại hội Chi hội Nông dân thôn Thượng (20/06/2012)
- Hội Cựu chiến binh xã trao 12 suất quà cho hội viên khó khăn (01/06/2012)
""", "2012-07-16", "Xã Vũ Hội: phụ nữ chung tay giữ bình yên trên từng tuyến đường",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Phạm Thị Thoa", "Chủ tịch Hội LHPN xã"),
 P("Bùi Văn Khải", "Bí thư Đảng ủy xã"),
 P("Đặng Thị Mến", "Phó Chủ tịch Hội LHPN huyện Vũ Thư"),
 P("Nguyễn Thị Lan", "Chi hội trưởng Phụ nữ thôn"),
 P("Vũ Thị Hạnh", "Chi hội trưởng Phụ nữ thôn"),
 P("Đoàn Thị Yến", "Chi hội trưởng Phụ nữ thôn"),
 P("Trần Văn Lực", "Trưởng Công an xã")],
[Q("9 chi hội", 9, "chi hội"), Q("1.350 hội viên", 1350, "hội viên"), Q("96%", 96, "%"),
 Q("36 buổi tuyên truyền", 36, "buổi tuyên truyền"), Q("trên 2.100 lượt người", 2100, "lượt người", "over"),
 Q("6 tuyến đường tự quản", 6, "tuyến đường tự quản"), Q("8,5 km", 8.5, "km"), Q("640 cây xanh", 640, "cây xanh"),
 Q("18,5 triệu đồng", 18500000, "đồng"), Q("4 khúc cua nguy hiểm", 4, "khúc cua nguy hiểm"),
 Q("3 vụ va chạm nhỏ", 3, "vụ va chạm nhỏ"), Q("100%", 100, "%"), Q("5 xã", 5, "xã"),
 Q("150 hội viên", 150, "hội viên"), Q("2 chi hội", 2, "chi hội"), Q("8 hội viên tiêu biểu", 8, "hội viên tiêu biểu")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 05, 06-NQ/ĐU"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 05, 06-NQ/ĐU"),
 D("Kế hoạch", "12", "KH-UBND", "2012-02-10", "UBND xã", "Kế hoạch số 12/KH-UBND ngày 10/2/2012 của UBND xã"),
 D("Hướng dẫn", "03", "HD/HPN", None, "Hội LHPN huyện", "Hướng dẫn số 03-HD/HPN của Hội LHPN huyện")],
[prov("Thái Bình"), com("Vũ Hội"), com("Vũ Vinh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VŨ HỘI - HUYỆN VŨ THƯ - TỈNH THÁI BÌNH", "Trang chủ | Tin tức - Sự kiện | Mặt trận và các đoàn thể",
 "Đồng chí Phạm Thị Thoa phát biểu tại hội nghị.", "Phụ nữ tham gia giữ gìn trật tự an toàn giao thông", "3 không",
 "Vì an toàn giao thông"],
["Cập nhật: 14:05, 16/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "3 không", "Sáu tháng qua"]))

PAGES.append(page("b5287-gialai-tinhdoan-atgt-taphuan-2013", """
Báo Gia Lai điện tử
Thời sự > Chính trị - Xã hội > Đoàn thể
08:15 | 24/05/2013
Tập huấn kỹ năng tuyên truyền luật giao thông cho 150 cán bộ Đoàn
(GLO) - Ngày 23/5, Tỉnh đoàn Gia Lai phối hợp với Phòng Cảnh sát giao thông Công an tỉnh tổ chức lớp tập huấn kỹ năng tuyên truyền pháp luật về trật tự an toàn giao thông năm 2013 cho 150 cán bộ Đoàn chủ chốt của 17 huyện, thị xã, thành phố. Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh Nguyễn Thị Thu Hà dự và phát biểu khai mạc.
Các học viên thực hành tình huống tuyên truyền tại lớp học. Ảnh: Hoàng Ngọc
Theo đồng chí Ksor H'Bla, Phó Bí thư Tỉnh đoàn, lớp tập huấn nhằm cụ thể hóa Chỉ thị số 18-CT/TW ngày 4/9/2012 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự an toàn giao thông và Kế hoạch số 86-KH/TĐTN của Ban Thường vụ Tỉnh đoàn. Năm 2012, toàn tỉnh có 42 đội thanh niên tình nguyện tham gia hướng dẫn giao thông tại cổng trường, bến xe; các cơ sở Đoàn trao tặng trên 3.800 mũ bảo hiểm và phát hành 8.000 tờ rơi bằng tiếng Jrai, tiếng Bahnar.
Trung tá Nguyễn Minh Hải, Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh, giới thiệu những điểm mới của Luật Giao thông đường bộ và cho biết khoảng 65% số vụ tai nạn ở vùng nông thôn có người điều khiển là thanh thiếu niên không có giấy phép lái xe. Báo cáo viên cũng hướng dẫn cách tổ chức sân khấu hóa, thi tìm hiểu, xây dựng "Cổng trường an toàn giao thông".
Chia sẻ tại lớp học, anh Rơ Mah Tuấn, Bí thư Đoàn xã Ia Phí, kể lại việc đoàn viên cùng già làng đến từng nhà vận động thanh niên không chở ba, không phóng nhanh trên tỉnh lộ. Anh Siu Đức, Bí thư Huyện đoàn Chư Păh đề xuất Tỉnh đoàn in thêm tài liệu song ngữ; chị Đinh Thị Blưk, Phó Bí thư Đoàn xã Ia Ka mong có thêm mô hình cho nữ đoàn viên.
Theo số liệu của Ban An toàn giao thông tỉnh, 4 tháng đầu năm 2013 toàn tỉnh xảy ra 97 vụ tai nạn giao thông, làm chết 81 người; trong đó có 23 nạn nhân là học sinh, sinh viên. Nhiều vụ xảy ra trên Quốc lộ 14 và Quốc lộ 19 vào ban đêm, người điều khiển xe máy đã uống rượu, không đội mũ bảo hiểm. Vì vậy, Tỉnh đoàn xác định năm 2013 tập trung tuyên truyền trong đoàn viên vùng đồng bào dân tộc thiểu số, phấn đấu 100% cơ sở Đoàn ở các xã đặc biệt khó khăn có đội thanh niên xung kích tham gia giữ gìn trật tự an toàn giao thông.
Kết thúc lớp tập huấn, các học viên ký cam kết gương mẫu chấp hành pháp luật giao thông và sẽ tổ chức lại ít nhất 2 buổi tuyên truyền tại cơ sở trước ngày 30/6.
Ngọc Minh
Tin liên quan
- Ra quân Tháng thanh niên 2013 (27/03/2013)
- Trao 500 mũ bảo hiểm cho học sinh Chư Sê (12/03/2013)
- Tổng kết công tác Đoàn năm 2012 (28/12/2012)
- Thanh niên Đak Đoa hiến máu tình nguyện (05/12/2012)
""", "2013-05-24", "Tập huấn kỹ năng tuyên truyền luật giao thông cho 150 cán bộ Đoàn",
E("tap_huan", "2013", "2013-05-23"),
[P("Nguyễn Thị Thu Hà", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Ksor H'Bla", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Minh Hải", "Trung tá", "Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh"),
 P("Rơ Mah Tuấn", "Bí thư Đoàn xã Ia Phí"),
 P("Siu Đức", "Bí thư Huyện đoàn Chư Păh"),
 P("Đinh Thị Blưk", "Phó Bí thư Đoàn xã Ia Ka")],
[Q("150 cán bộ Đoàn", 150, "cán bộ Đoàn"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("42 đội thanh niên tình nguyện", 42, "đội thanh niên tình nguyện"), Q("trên 3.800 mũ bảo hiểm", 3800, "mũ bảo hiểm", "over"),
 Q("8.000 tờ rơi", 8000, "tờ rơi"), Q("khoảng 65%", 65, "%", "approx"),
Q("97 vụ tai nạn giao thông", 97, "vụ tai nạn giao thông"), Q("81 người", 81, "người"), Q("23 nạn nhân", 23, "nạn nhân"), Q("100%", 100, "%"),
  Q("ít nhất 2 buổi tuyên truyền", 2, "buổi tuyên truyền", "over")],
[D("Chỉ thị", "18", "CT/TW", "2012-09-04", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 4/9/2012 của Ban Bí thư"),
 D("Kế hoạch", "86", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 86-KH/TĐTN của Ban Thường vụ Tỉnh đoàn")],
[prov("Gia Lai"), com("Ia Phí"), com("Ia Ka")],
["Báo Gia Lai điện tử", "Thời sự > Chính trị - Xã hội > Đoàn thể", "(GLO)",
 "Các học viên thực hành tình huống tuyên truyền tại lớp học. Ảnh: Hoàng Ngọc", "Luật Giao thông đường bộ",
 "Cổng trường an toàn giao thông"],
["08:15 | 24/05/2013", "năm 2013", "Năm 2012", "ngày 30/6", "4 tháng đầu năm 2013", "Quốc lộ 14", "Quốc lộ 19"]))

PAGES.append(page("b5288-soctrang-mttq-muBH-traoqua-2014", """
Cổng thông tin điện tử tỉnh Sóc Trăng
Trang chủ > Tin tức > Mặt trận - Đoàn thể
Thứ Sáu, 22/08/2014 - 16:20
Trao 1.200 mũ bảo hiểm cho học sinh vùng đồng bào Khmer
Sáng 21/8, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban An toàn giao thông tỉnh tổ chức lễ trao tặng 1.200 mũ bảo hiểm cho học sinh lớp 1 của 14 trường tiểu học trên địa bàn huyện Trần Đề và thị xã Vĩnh Châu. Số mũ này, tất cả đều đạt chuẩn, có tổng trị giá 180 triệu đồng, mỗi mũ trị giá 150.000 đồng, do các doanh nghiệp trong tỉnh đóng góp.
Ông Thạch Sô Phal, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao mũ cho các em học sinh.
Phát biểu tại buổi lễ, ông Thạch Sô Phal, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết hoạt động nằm trong Kế hoạch 21, 22/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động nhân dân tham gia bảo đảm trật tự an toàn giao thông và hưởng ứng chương trình "Tặng mũ bảo hiểm cho trẻ em". Thực hiện Nghị quyết số 88/NQ-CP ngày 24/8/2011 của Chính phủ, hai năm qua Mặt trận các cấp trong tỉnh đã vận động trao hơn 9.000 mũ bảo hiểm cho trẻ em vùng nông thôn; tỷ lệ học sinh đội mũ khi ngồi trên xe máy tăng từ 38% lên 81%.
Ông Trần Minh Tâm, Phó Giám đốc Sở Giao thông vận tải, Phó Trưởng Ban An toàn giao thông tỉnh đề nghị các nhà trường và phụ huynh thường xuyên nhắc nhở các em. Đại đức Thạch Sô Kha, trụ trì chùa Prếk Chóp cho biết nhà chùa sẽ lồng ghép tuyên truyền luật giao thông trong các lớp dạy chữ Khmer hè cho khoảng 300 em.
Theo Ban An toàn giao thông tỉnh, 7 tháng đầu năm 2014, Sóc Trăng xảy ra 61 vụ tai nạn giao thông, làm chết 54 người, bị thương 37 người; có 9 em nhỏ bị thương do không đội mũ bảo hiểm. Đa số học sinh vùng nông thôn đi học bằng xe đạp hoặc do người thân chở bằng xe máy trên các tuyến đường nhỏ, nhiều cầu tạm. Năm học 2014 - 2015, ngành giáo dục phấn đấu trên 90% học sinh tiểu học đội mũ bảo hiểm khi ngồi trên xe máy.
Dịp này, Ban tổ chức trao 12 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh nghèo vượt khó của xã Viên Bình và xã Lai Hòa. Bà Lâm Thị Sa Quênh, Hiệu trưởng Trường Tiểu học Viên Bình thay mặt các nhà trường cảm ơn các nhà tài trợ.
Chị Sơn Thị Mỹ Liên ở ấp Prey Chóp vui mừng: "Nhà tôi cách trường 3 cây số, đường nhiều xe tải, giờ con có mũ tôi yên tâm hơn".
Trong tháng 9, Ủy ban MTTQ các huyện sẽ tiếp tục trao khoảng 2.000 mũ cho học sinh các huyện còn lại.
Thạch Hồng - Kim Ngân
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát thực hiện Quy chế dân chủ ở Mỹ Xuyên (15/08/2014)
- Hội thi "Gia đình văn hóa" đồng bào Khmer (02/08/2014)
- Trao 50 căn nhà Đại đoàn kết tại Long Phú (25/07/2014)
""", "2014-08-22", "Trao 1.200 mũ bảo hiểm cho học sinh vùng đồng bào Khmer",
E("trao_qua", None, "2014-08-21"),
[P("Thạch Sô Phal", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Minh Tâm", "Phó Giám đốc Sở Giao thông vận tải", "Phó Trưởng Ban An toàn giao thông tỉnh"),
 P("Thạch Sô Kha", "Đại đức", "trụ trì chùa Prếk Chóp"),
 P("Lâm Thị Sa Quênh", "Hiệu trưởng Trường Tiểu học Viên Bình"),
 P("Sơn Thị Mỹ Liên")],
[Q("1.200 mũ bảo hiểm", 1200, "mũ bảo hiểm"), Q("14 trường tiểu học", 14, "trường tiểu học"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("150.000 đồng", 150000, "đồng"),
 Q("hơn 9.000 mũ bảo hiểm", 9000, "mũ bảo hiểm", "over"), Q("38%", 38, "%"), Q("81%", 81, "%"),
Q("61 vụ tai nạn giao thông", 61, "vụ tai nạn giao thông"), Q("54 người", 54, "người"), Q("37 người", 37, "người"), Q("9 em nhỏ", 9, "em nhỏ"), Q("trên 90%", 90, "%", "over"),
  Q("khoảng 300 em", 300, "em", "approx"), Q("12 suất học bổng", 12, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("3 cây số", 3, "cây số"), Q("khoảng 2.000 mũ", 2000, "mũ", "approx")],
[D("Kế hoạch", "21", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 21, 22/KH-MTTQ-BTT"),
 D("Kế hoạch", "22", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 21, 22/KH-MTTQ-BTT"),
 D("Nghị quyết", "88", "NQ-CP", "2011-08-24", "Chính phủ", "Nghị quyết số 88/NQ-CP ngày 24/8/2011 của Chính phủ")],
[prov("Sóc Trăng"), com("Viên Bình"), com("Lai Hòa")],
["Cổng thông tin điện tử tỉnh Sóc Trăng", "Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Ông Thạch Sô Phal, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao mũ cho các em học sinh.", "Tặng mũ bảo hiểm cho trẻ em",
 "Prey Chóp"],
["Thứ Sáu, 22/08/2014 - 16:20", "hai năm qua", "lớp 1", "tháng 9", "7 tháng đầu năm 2014", "Năm học 2014 - 2015"]))

PAGES.append(page("b5289-quangtri-khoidanvan-giaoban-2015", """
BÁO QUẢNG TRỊ ONLINE
Chính trị :: Dân vận
Ngày đăng 08/10/2015 | 15:40
Toàn cảnh buổi giao ban.
Khối dân vận tỉnh giao ban quý III
QTO - Chiều 7/10, Ban Dân vận Tỉnh ủy chủ trì giao ban khối dân vận tỉnh quý III năm 2015, tập trung đánh giá kết quả vận động nhân dân tham gia bảo đảm trật tự an toàn giao thông. Đồng chí Lê Thị Hoài Thu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Theo báo cáo, thực hiện Kế hoạch số 102-KH/TU ngày 15/1/2013 của Tỉnh ủy thực hiện Chỉ thị 18-CT/TW của Ban Bí thư và Quy chế phối hợp số 07-QC/BDV-BATGT giữa Ban Dân vận Tỉnh ủy và Ban An toàn giao thông tỉnh, trong quý các cơ quan khối dân vận đã tổ chức 46 hội nghị tuyên truyền cho 5.300 lượt người; vận động 212 hộ tự tháo dỡ lều quán lấn chiếm hành lang an toàn giao thông trên Quốc lộ 9. Khoảng 1.500 đoàn viên thanh niên tham gia ra quân "Tuyến đường thanh niên tự quản"; Hội Nông dân vận động quyên góp 45 triệu đồng làm đường tránh cho xe cơ giới qua khu dân cư. Đã có 72% số hộ ở các xã ven quốc lộ đăng ký không họp chợ trên đường.
Tuy vậy, quý III trên địa bàn tỉnh xảy ra 38 vụ tai nạn giao thông, làm chết 29 người, bị thương 21 người; tình trạng học sinh đi xe máy đến trường vẫn còn.
Đồng chí Hồ Văn Lanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết MTTQ các huyện miền núi đã phối hợp với già làng, trưởng bản vận động đồng bào Vân Kiều, Pa Kô không thả rông gia súc trên đường Hồ Chí Minh. Ông Kăn Sáu, Chủ tịch UBND xã Hướng Phùng kiến nghị lắp thêm đèn cảnh báo tại khu vực chợ xã. Đại tá Nguyễn Hữu Trí, Phó Giám đốc Công an tỉnh và đồng chí Trương Công Hiển, Phó Giám đốc Sở Giao thông vận tải - Chánh Văn phòng Ban An toàn giao thông tỉnh thông tin về tình hình tai nạn trên đoạn qua thị trấn Lao Bảo.
Thông tin từ Ban An toàn giao thông tỉnh Quảng Trị cho thấy, 9 tháng năm 2015 lực lượng chức năng đã xử lý 14.260 lượt phương tiện vi phạm, tạm giữ 1.120 mô tô, xe máy; phạt tiền hơn 6,1 tỷ đồng. Các đoàn thể đã phối hợp vận động 230 thanh thiếu niên từng tụ tập đua xe ký cam kết không tái phạm. Ở các huyện Hướng Hóa, Đakrông, cán bộ dân vận cùng người có uy tín đến từng bản tuyên truyền cho bà con cách đi đường an toàn, không để trẻ em chơi đùa trên quốc lộ.
Kết luận giao ban, đồng chí Lê Thị Hoài Thu đề nghị quý IV các cơ quan khối dân vận tiếp tục phối hợp chặt chẽ với lực lượng công an, chú trọng tuyên truyền trong dịp cuối năm, Tết Nguyên đán; xây dựng thêm ít nhất 10 mô hình "Dân vận khéo" về an toàn giao thông.
Hải Nam
Các tin đã đưa
- Giao ban khối dân vận quý II/2015 (08/07/2015)
- Hướng Hóa: vận động đồng bào hiến đất làm đường (20/09/2015)
- Hội thi dân vận khéo huyện Gio Linh (11/09/2015)
""", "2015-10-08", "Khối dân vận tỉnh giao ban quý III",
E("giao_ban", "2015-Q3", "2015-10-07"),
[P("Lê Thị Hoài Thu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kăn Sáu", "Chủ tịch UBND xã Hướng Phùng"),
 P("Nguyễn Hữu Trí", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Trương Công Hiển", "Phó Giám đốc Sở Giao thông vận tải - Chánh Văn phòng Ban An toàn giao thông tỉnh")],
[Q("46 hội nghị tuyên truyền", 46, "hội nghị tuyên truyền"), Q("5.300 lượt người", 5300, "lượt người"),
 Q("212 hộ", 212, "hộ"), Q("Khoảng 1.500 đoàn viên thanh niên", 1500, "đoàn viên thanh niên", "approx"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("72%", 72, "%"),
 Q("38 vụ tai nạn giao thông", 38, "vụ tai nạn giao thông"), Q("29 người", 29, "người"), Q("21 người", 21, "người"),
Q("14.260 lượt phương tiện", 14260, "lượt phương tiện"), Q("1.120 mô tô, xe máy", 1120, "mô tô, xe máy"), Q("hơn 6,1 tỷ đồng", 6100000000, "đồng", "over"), Q("230 thanh thiếu niên", 230, "thanh thiếu niên"),
  Q("ít nhất 10 mô hình", 10, "mô hình", "over")],
[D("Kế hoạch", "102", "KH/TU", "2013-01-15", "Tỉnh ủy", "Kế hoạch số 102-KH/TU ngày 15/1/2013 của Tỉnh ủy"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW của Ban Bí thư"),
 D("Quy chế phối hợp", "07", "QC/BDV-BATGT", None, None, "Quy chế phối hợp số 07-QC/BDV-BATGT")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Lao Bảo")],
["BÁO QUẢNG TRỊ ONLINE", "Chính trị :: Dân vận", "Toàn cảnh buổi giao ban.", "QTO", "Tuyến đường thanh niên tự quản",
 "Dân vận khéo", "Quốc lộ 9", "đường Hồ Chí Minh"],
["Ngày đăng 08/10/2015 | 15:40", "quý III năm 2015", "quý IV", "Quốc lộ 9", "9 tháng năm 2015"]))

PAGES.append(page("b5290-langson-caoloc-mttq-giamsat-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO LỘC
Trang chủ / Tin tức - Sự kiện / Mặt trận, đoàn thể
18/11/2016 - 10:05
Ủy ban MTTQ huyện giám sát việc giữ gìn hành lang an toàn giao thông tại 3 xã
Từ ngày 14 đến 16/11/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Cao Lộc do đồng chí Hoàng Văn Pắng, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn đã tiến hành giám sát việc thực hiện các quy định về bảo vệ hành lang an toàn đường bộ năm 2016 tại 3 xã Gia Cát, Tân Liên, Hợp Thành.
Đoàn giám sát làm việc tại UBND xã Gia Cát.
Cuộc giám sát được thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, Kế hoạch số 36/KH-MTTQ-BTT ngày 20/10/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện. Tham gia đoàn có các đồng chí Lăng Thị Mến, Đinh Văn Cường - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện, đại diện Hội Nông dân, Hội Cựu chiến binh và Phòng Kinh tế - Hạ tầng huyện.
Qua giám sát cho thấy, các xã đã triển khai Nghị định số 11/2010/NĐ-CP của Chính phủ về quản lý và bảo vệ kết cấu hạ tầng giao thông đường bộ; rà soát được 127 hộ có công trình, lều quán lấn chiếm hành lang trên Quốc lộ 1B và Quốc lộ 4A với tổng chiều dài 4,6 km. Đến nay đã vận động 98 hộ tự giác tháo dỡ, đạt 77,2%; tháo bỏ 42 biển quảng cáo sai quy định. Nhân dân đóng góp khoảng 30 triệu đồng và hơn 600 ngày công để làm rãnh thoát nước, phát quang bụi rậm che khuất tầm nhìn.
Theo Ban An toàn giao thông huyện, từ đầu năm 2016 trên địa bàn huyện xảy ra 11 vụ tai nạn giao thông, làm chết 8 người, phần lớn trên các tuyến quốc lộ nối trung tâm tỉnh Lạng Sơn với các cửa khẩu. Việc lấn chiếm hành lang để buôn bán, tập kết hàng hóa ở khu vực chợ Gia Cát và các điểm dân cư ven đường là một trong những nguyên nhân gây mất an toàn. Đoàn giám sát cũng ghi nhận nhiều thôn đã thành lập tổ tự quản, vận động đồng bào Tày, Nùng không phơi nông sản, không thả gia súc trên đường.
Đồng chí Vi Văn Thủ, Chủ tịch UBND xã Gia Cát cho biết còn một số hộ kinh doanh chưa đồng thuận vì chưa có mặt bằng thay thế. Bà Lộc Thị Nhàn, Chủ tịch Ủy ban MTTQ xã Tân Liên nêu cách làm "mỗi hội viên vận động một hộ". Ông Hoàng Văn Tảo, Trưởng thôn Pắc Mòng, xã Hợp Thành cho biết thôn đã đưa việc giữ hành lang đường vào hương ước.
Kết thúc đợt giám sát, Đoàn đã đưa ra 14 kiến nghị đối với UBND các xã và các phòng, ban của huyện, đề nghị xử lý dứt điểm các trường hợp tái lấn chiếm trước ngày 31/12/2016.
Nông Thu Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Bài viết liên quan
- Hội nghị hiệp thương cử Hội thẩm nhân dân (09/11/2016)
- Cao Lộc tổng kết Ngày hội Đại đoàn kết toàn dân tộc (01/11/2016)
- Trao 20 căn nhà Đại đoàn kết cho hộ nghèo (18/10/2016)
""", "2016-11-18", "Ủy ban MTTQ huyện giám sát việc giữ gìn hành lang an toàn giao thông tại 3 xã",
E("giam_sat", "2016", "2016-11-14"),
[P("Hoàng Văn Pắng", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lăng Thị Mến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Đinh Văn Cường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Vi Văn Thủ", "Chủ tịch UBND xã Gia Cát"),
 P("Lộc Thị Nhàn", "Chủ tịch Ủy ban MTTQ xã Tân Liên"),
 P("Hoàng Văn Tảo", "Trưởng thôn Pắc Mòng")],
[Q("3 xã", 3, "xã"), Q("127 hộ", 127, "hộ"), Q("4,6 km", 4.6, "km"), Q("98 hộ", 98, "hộ"), Q("77,2%", 77.2, "%"),
 Q("42 biển quảng cáo", 42, "biển quảng cáo"), Q("khoảng 30 triệu đồng", 30000000, "đồng", "approx"),
 Q("hơn 600 ngày công", 600, "ngày công", "over"),Q("11 vụ tai nạn giao thông", 11, "vụ tai nạn giao thông"), Q("8 người", 8, "người"),  Q("14 kiến nghị", 14, "kiến nghị")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", "2016-10-20", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 36/KH-MTTQ-BTT ngày 20/10/2016"),
 D("Nghị định", "11", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 11/2010/NĐ-CP của Chính phủ")],
[prov("Lạng Sơn"), com("Gia Cát"), com("Tân Liên"), com("Hợp Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO LỘC", "Trang chủ / Tin tức - Sự kiện / Mặt trận, đoàn thể",
 "Đoàn giám sát làm việc tại UBND xã Gia Cát.", "mỗi hội viên vận động một hộ", "Quốc lộ 1B", "Quốc lộ 4A"],
["18/11/2016 - 10:05", "năm 2016", "Quốc lộ 1B", "Quốc lộ 4A", "ngày 31/12/2016"]))
