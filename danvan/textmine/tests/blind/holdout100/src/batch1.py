from lib import *
PAGES = []

PAGES.append(page("b2357-binhduong-bdv-tongket-congnhan-2011", """
BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG
Trang chủ » Hoạt động » Dân vận trong doanh nghiệp
Thứ Tư, 28/12/2011 - 16:30
Ảnh: Quang cảnh hội nghị tổng kết.
Tổng kết công tác vận động công nhân lao động năm 2011
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Liên đoàn Lao động tỉnh Bình Dương tổ chức hội nghị tổng kết công tác vận động công nhân lao động trong các khu công nghiệp năm 2011. Đồng chí Trần Văn Khiêm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và bà Lâm Thị Bích Ngọc, Chủ tịch Liên đoàn Lao động tỉnh đồng chủ trì. Dự hội nghị có 86 đồng chí là chủ tịch công đoàn cơ sở, bí thư chi bộ trong doanh nghiệp.
Theo báo cáo, toàn tỉnh hiện có 28 khu công nghiệp với hơn 12.600 doanh nghiệp đang hoạt động, thu hút khoảng 710.000 lao động, trong đó 65% là lao động từ các tỉnh khác đến. Năm 2011, các cấp công đoàn đã thành lập 214 công đoàn cơ sở, kết nạp 38.500 đoàn viên mới, nâng tổng số lên 402.000 đoàn viên.
Trong năm, trên địa bàn xảy ra 47 vụ ngừng việc tập thể với khoảng 23.000 công nhân tham gia, nguyên nhân chủ yếu là tiền lương, tiền ăn giữa ca và thưởng Tết. Công đoàn các cấp đã phối hợp giải quyết 41 vụ, vận động công nhân trở lại làm việc; tổ chức 356 cuộc đối thoại tại nơi làm việc và ký kết 1.240 bản thỏa ước lao động tập thể. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 57, 58-KH/TU về thực hiện Chỉ thị số 22-CT/TW ngày 05/6/2008 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, và về tiếp tục thực hiện Nghị quyết 20-NQ/TW của BCH Trung ương (khóa X) về xây dựng giai cấp công nhân.
Quỹ "Mái ấm Công đoàn" của tỉnh năm qua vận động được 4,6 tỷ đồng, xây mới 92 căn nhà và sửa chữa 37 căn nhà cho đoàn viên khó khăn, mỗi căn được hỗ trợ 40 triệu đồng. Việc triển khai Nghị định số 70/2011/NĐ-CP của Chính phủ, nâng lương tối thiểu vùng I lên 2.000.000 đồng/tháng từ ngày 01/10/2011, được công đoàn tuyên truyền đến từng tổ sản xuất.
Tại hội nghị, chị Nông Thị Dìn, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày da Phú Thịnh, phường Thuận Giao, chia sẻ cách tổ chức "Bữa cơm công đoàn" mỗi tháng một lần để lãnh đạo doanh nghiệp ngồi cùng công nhân. Ông Lò Văn Pọm, Tổ trưởng tổ tự quản nhà trọ khu phố Bình Đức, phường Bình Hòa, đề nghị chủ nhà trọ không tăng giá điện, nước quá mức quy định đối với công nhân thuê trọ.
Phát biểu kết luận, đồng chí Trần Văn Khiêm đề nghị năm 2012 cán bộ dân vận, công đoàn thực hiện phương châm "3 bám, 4 cùng" với công nhân; nắm chắc tư tưởng người lao động ngay từ tổ sản xuất, không để ngừng việc tập thể kéo dài; phát triển đảng viên trong doanh nghiệp ngoài nhà nước.
Dịp này, Liên đoàn Lao động tỉnh tặng bằng khen cho 25 tập thể và 40 cá nhân có thành tích trong công tác vận động công nhân lao động năm 2011.
Minh Khoa
Lượt xem: 1.204
Tin liên quan
- Dĩ An: ra mắt 3 tổ tự quản nhà trọ kiểu mẫu (20/12/2011)
- Công đoàn Khu công nghiệp Sóng Thần tổ chức Hội thi nữ công nhân khéo tay (09/12/2011)
- Thuận An: đối thoại với 200 công nhân về tiền lương (25/11/2011)
- Tăng cường phát triển đảng viên trong doanh nghiệp tư nhân (11/11/2011)
""", "2011-12-28", "Tổng kết công tác vận động công nhân lao động năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Văn Khiêm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Bích Ngọc", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nông Thị Dìn", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày da Phú Thịnh"),
 P("Lò Văn Pọm", "Tổ trưởng tổ tự quản nhà trọ khu phố Bình Đức")],
[Q("86 đồng chí", 86, "đồng chí"), Q("28 khu công nghiệp", 28, "khu công nghiệp"),
 Q("hơn 12.600 doanh nghiệp", 12600, "doanh nghiệp", "over"), Q("khoảng 710.000 lao động", 710000, "lao động", "approx"),
 Q("65%", 65, "%"), Q("214 công đoàn cơ sở", 214, "công đoàn cơ sở"), Q("38.500 đoàn viên mới", 38500, "đoàn viên mới"),
 Q("402.000 đoàn viên", 402000, "đoàn viên"), Q("47 vụ ngừng việc tập thể", 47, "vụ ngừng việc tập thể"),
 Q("khoảng 23.000 công nhân", 23000, "công nhân", "approx"), Q("41 vụ", 41, "vụ"),
 Q("356 cuộc đối thoại", 356, "cuộc đối thoại"), Q("1.240 bản thỏa ước lao động tập thể", 1240, "bản thỏa ước lao động tập thể"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("92 căn nhà", 92, "căn nhà"), Q("37 căn nhà", 37, "căn nhà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("2.000.000 đồng", 2000000, "đồng"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Kế hoạch", "57", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 57, 58-KH/TU"),
 D("Kế hoạch", "58", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 57, 58-KH/TU"),
 D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 05/6/2008"),
 D("Nghị quyết", "20", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 20-NQ/TW"),
 D("Nghị định", "70", "2011/NĐ-CP", None, "Chính phủ", "Nghị định số 70/2011/NĐ-CP")],
[prov("Bình Dương"), com("Thuận Giao"), com("Bình Hòa")],
["BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG", "Trang chủ » Hoạt động » Dân vận trong doanh nghiệp", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Mái ấm Công đoàn", "Bữa cơm công đoàn", "3 bám, 4 cùng", "Lượt xem: 1.204", "Liên đoàn Lao động tỉnh Bình Dương"],
["Thứ Tư, 28/12/2011 - 16:30", "86 đồng chí", "năm 2011", "năm 2012", "khóa X", "3 bám, 4 cùng", "mỗi tháng một lần",
 "Lượt xem: 1.204", "vùng I"]))

PAGES.append(page("b2358-dongnai-doithoai-congnhan-2012", """
Báo Đồng Nai điện tử
Trang chủ > Chính trị > Dân vận
20/08/2012 - 14:35
Lãnh đạo tỉnh đối thoại với công nhân Khu công nghiệp Nhơn Trạch
(ĐN) - Sáng 18/8, tại Nhà văn hóa công nhân Khu công nghiệp Nhơn Trạch, Ban Dân vận Tỉnh ủy, UBND tỉnh Đồng Nai và Liên đoàn Lao động tỉnh tổ chức đối thoại với công nhân lao động năm 2012. Chủ trì buổi đối thoại có các đồng chí Phó Chủ tịch UBND tỉnh: Huỳnh Thanh Bình, Phan Thị Mỹ Dung; đồng chí Điểu Văn Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Gần 500 công nhân đại diện cho 73 doanh nghiệp đã dự.
Đồng chí Huỳnh Thanh Bình trả lời ý kiến của công nhân. Ảnh: Hải Quân
Buổi đối thoại được tổ chức theo Kế hoạch số 112/KH-UBND ngày 05/7/2012 của UBND tỉnh. Công nhân đã nêu 38 ý kiến, tập trung vào tiền lương, nhà ở, nhà trẻ cho con công nhân và việc doanh nghiệp nợ đóng bảo hiểm xã hội.
Chị Đinh Thị Mến (Công ty TNHH May Hưng Phát) phản ánh tiền lương bình quân của chị chỉ khoảng 2,8 triệu đồng/tháng, trong khi tiền thuê phòng trọ đã 700.000 đồng/tháng, chưa kể tiền điện, nước. Anh Sơn Ri Thi, công nhân người Khmer quê Sóc Trăng, đề nghị tỉnh sớm có nhà ở xã hội để công nhân yên tâm gắn bó lâu dài. Nhiều ý kiến đề nghị doanh nghiệp tăng tiền ăn giữa ca, bố trí xe đưa đón công nhân ở xa.
Trả lời các ý kiến, đồng chí Huỳnh Thanh Bình cho biết, thực hiện Quyết định số 66/2009/QĐ-TTg của Thủ tướng Chính phủ về phát triển nhà ở cho công nhân khu công nghiệp thuê, tỉnh đang triển khai 6 dự án nhà ở công nhân với khoảng 9.200 căn hộ; đến nay đã bố trí cho 2.300 công nhân thuê với giá 450.000 đồng/người/tháng. Tỉnh cũng kêu gọi doanh nghiệp xây dựng nhà trẻ trong khu công nghiệp, mỗi nhóm trẻ được hỗ trợ 50 triệu đồng mua sắm trang thiết bị.
Về bảo hiểm xã hội, đồng chí Phan Thị Mỹ Dung cho biết đến hết tháng 7/2012, toàn tỉnh có 312 doanh nghiệp nợ bảo hiểm xã hội với số tiền hơn 86 tỷ đồng. UBND tỉnh đã chỉ đạo thanh tra 45 doanh nghiệp, chuyển hồ sơ 3 doanh nghiệp cố tình chây ì sang cơ quan công an. "Không thể để đồng tiền mồ hôi của công nhân bị chiếm dụng", đồng chí nhấn mạnh.
Kết thúc buổi đối thoại, đồng chí Điểu Văn Sơn đề nghị các cấp công đoàn tiếp tục phát huy vai trò đại diện, bảo vệ quyền lợi hợp pháp của người lao động; Ban Dân vận Tỉnh ủy sẽ theo dõi việc giải quyết các kiến nghị. Các ý kiến chưa trả lời trực tiếp sẽ được trả lời bằng văn bản trong vòng 15 ngày.
Cũng trong dịp này, Liên đoàn Lao động tỉnh trao 100 suất học bổng cho con công nhân vượt khó học giỏi, mỗi suất 1 triệu đồng.
Hồng Nhung
Tin khác
- Biên Hòa: 1.500 công nhân tham gia ngày hội văn hóa thể thao (14/08/2012)
- Long Thành: thành lập thêm 12 công đoàn cơ sở (08/08/2012)
- Vận động doanh nghiệp đóng đủ bảo hiểm cho người lao động (30/07/2012)
- Ban Dân vận Tỉnh ủy làm việc với Công đoàn các khu công nghiệp (19/07/2012)
- Hỗ trợ công nhân bị tai nạn lao động tại Trảng Bom (05/07/2012)
""", "2012-08-20", "Lãnh đạo tỉnh đối thoại với công nhân Khu công nghiệp Nhơn Trạch",
E("doi_thoai", "2012", "2012-08-18"),
[P("Huỳnh Thanh Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Thị Mỹ Dung", "Phó Chủ tịch UBND tỉnh"),
 P("Điểu Văn Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Mến"),
 P("Sơn Ri Thi")],
[Q("Gần 500 công nhân", 500, "công nhân", "approx"), Q("73 doanh nghiệp", 73, "doanh nghiệp"),
 Q("38 ý kiến", 38, "ý kiến"), Q("khoảng 2,8 triệu đồng", 2800000, "đồng", "approx"), Q("700.000 đồng", 700000, "đồng"),
 Q("6 dự án nhà ở công nhân", 6, "dự án nhà ở công nhân"), Q("khoảng 9.200 căn hộ", 9200, "căn hộ", "approx"),
 Q("2.300 công nhân", 2300, "công nhân"), Q("450.000 đồng", 450000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("312 doanh nghiệp", 312, "doanh nghiệp"), Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
 Q("45 doanh nghiệp", 45, "doanh nghiệp"), Q("3 doanh nghiệp", 3, "doanh nghiệp"),
 Q("100 suất học bổng", 100, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "112", "KH-UBND", "2012-07-05", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 05/7/2012"),
 D("Quyết định", "66", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 66/2009/QĐ-TTg")],
[prov("Đồng Nai"), prov("Sóc Trăng")],
["Báo Đồng Nai điện tử", "Trang chủ > Chính trị > Dân vận", "Đồng chí Huỳnh Thanh Bình trả lời ý kiến của công nhân. Ảnh: Hải Quân",
 "(ĐN)", "Nhà văn hóa công nhân Khu công nghiệp Nhơn Trạch", "Công ty TNHH May Hưng Phát"],
["20/08/2012 - 14:35", "năm 2012", "tháng 7/2012", "15 ngày"]))

PAGES.append(page("b2359-bacninh-bdv-soket-fdi-2013", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Bắc Ninh
Tin tức - Sự kiện / Dân vận trong doanh nghiệp
08:15 | 10/07/2013
Doanh nghiệp FDI chung tay chăm lo đời sống công nhân
Ngày 9/7, Ban Dân vận Tỉnh ủy Bắc Ninh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013 trong các doanh nghiệp có vốn đầu tư nước ngoài, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Thu Hà, Phó Trưởng ban Thường trực - Chánh Văn phòng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đại biểu tham quan dây chuyền sản xuất tại Khu công nghiệp Yên Phong.
Báo cáo cho biết, hiện toàn tỉnh có 15 khu công nghiệp tập trung, thu hút hơn 270.000 công nhân, trong đó lao động nữ chiếm 68%. Trong 6 tháng, các cấp ủy đã thành lập thêm 4 tổ chức cơ sở đảng trong doanh nghiệp FDI, nâng tổng số lên 23 tổ chức cơ sở đảng với 610 đảng viên; kết nạp 57 đảng viên mới là công nhân trực tiếp sản xuất. Ban Dân vận Tỉnh ủy đã hướng dẫn thực hiện Chỉ thị 37, 38-CT/TU của Tỉnh ủy về công tác dân vận trong doanh nghiệp và về xây dựng thiết chế văn hóa cho công nhân, đồng thời triển khai Hướng dẫn số 25-HD/BDVTW của Ban Dân vận Trung ương.
Tình hình quan hệ lao động cơ bản ổn định, tuy vậy vẫn xảy ra 9 vụ ngừng việc tập thể, chủ yếu ở doanh nghiệp Hàn Quốc, Đài Loan trong ngành điện tử, may mặc. Công đoàn cơ sở đã chủ động phối hợp với chủ doanh nghiệp đối thoại, cả 9 vụ được giải quyết trong ngày. Các doanh nghiệp đã chi hơn 1,2 tỷ đồng tổ chức bữa ăn ca tăng cường, 2.450 công nhân được khám sức khỏe định kỳ miễn phí.
Tại hội nghị, đồng chí Hoàng Văn Cường, ĐUV, Chủ tịch Công đoàn Công ty TNHH Điện tử Sao Mai, cho biết công ty có 5.300 lao động, mức lương bình quân đạt 3,6 triệu đồng/tháng, cao hơn 15% so với năm 2012. Bà Hà Thị Mai Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Yên Trung, đề nghị doanh nghiệp phối hợp với chính quyền xã quản lý hơn 1.800 phòng trọ của công nhân trên địa bàn. Đại diện phường Vân Dương nêu khó khăn vì thiếu sân chơi, nhà văn hóa cho công nhân.
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Hà đề nghị 6 tháng cuối năm các cơ quan dân vận tăng cường nắm tình hình tư tưởng công nhân, nhất là dịp điều chỉnh lương tối thiểu; mỗi khu công nghiệp xây dựng ít nhất 1 mô hình "Dân vận khéo"; phấn đấu kết nạp thêm 60 đảng viên là công nhân.
P.V
Tin liên quan
- Thuận Thành: gặp mặt 120 công nhân tiêu biểu (28/06/2013)
- Công đoàn Khu công nghiệp Tiên Sơn ký thỏa ước với 14 doanh nghiệp (17/06/2013)
- Hội thảo về nhà ở cho công nhân các khu công nghiệp (04/06/2013)
- Tiên Du: phát triển đảng viên trong doanh nghiệp tư nhân (21/05/2013)
""", "2013-07-10", "Doanh nghiệp FDI chung tay chăm lo đời sống công nhân",
E("so_ket", "2013-H1", "2013-07-09"),
[P("Nguyễn Thị Thu Hà", "Phó Trưởng ban Thường trực - Chánh Văn phòng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Cường", "ĐUV", "Chủ tịch Công đoàn Công ty TNHH Điện tử Sao Mai"),
 P("Hà Thị Mai Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Yên Trung")],
[Q("15 khu công nghiệp tập trung", 15, "khu công nghiệp tập trung"), Q("hơn 270.000 công nhân", 270000, "công nhân", "over"),
 Q("68%", 68, "%"), Q("4 tổ chức cơ sở đảng", 4, "tổ chức cơ sở đảng"), Q("23 tổ chức cơ sở đảng", 23, "tổ chức cơ sở đảng"),
 Q("610 đảng viên", 610, "đảng viên"), Q("57 đảng viên mới", 57, "đảng viên mới"),
 Q("9 vụ ngừng việc tập thể", 9, "vụ ngừng việc tập thể"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("2.450 công nhân", 2450, "công nhân"), Q("5.300 lao động", 5300, "lao động"), Q("3,6 triệu đồng", 3600000, "đồng"),
 Q("15%", 15, "%"), Q("hơn 1.800 phòng trọ", 1800, "phòng trọ", "over"), Q("60 đảng viên", 60, "đảng viên")],
[D("Chỉ thị", "37", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 37, 38-CT/TU"),
 D("Chỉ thị", "38", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 37, 38-CT/TU"),
 D("Hướng dẫn", "25", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 25-HD/BDVTW")],
[prov("Bắc Ninh"), com("Yên Trung"), com("Vân Dương")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Bắc Ninh", "Tin tức - Sự kiện / Dân vận trong doanh nghiệp",
 "Đại biểu tham quan dây chuyền sản xuất tại Khu công nghiệp Yên Phong.", "Dân vận khéo", "P.V"],
["08:15 | 10/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Trong 6 tháng", "1 mô hình", "năm 2012"]))

PAGES.append(page("b2360-haiphong-bdv-giaoban-quy3-2014", """
BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG
Bạn đang ở: Trang chủ :: Tin hoạt động :: Giao ban khối
Ngày đăng 08/10/2014 | 15:20
Tập trung xử lý dứt điểm các vụ ngừng việc tập thể
Chiều 7/10, Ban Dân vận Thành ủy chủ trì giao ban công tác dân vận quý III năm 2014 với Ủy ban MTTQ Việt Nam thành phố, các đoàn thể chính trị - xã hội và Liên đoàn Lao động thành phố. Đồng chí Vũ Đức Hạnh, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy chủ trì.
Toàn cảnh hội nghị giao ban quý III.
Theo báo cáo, trong quý III, trên địa bàn thành phố xảy ra 11 vụ ngừng việc tập thể với hơn 6.400 người lao động tham gia, tăng 4 vụ so với quý II. Phần lớn các vụ việc xảy ra ở doanh nghiệp da giày, may mặc có vốn nước ngoài, do chủ doanh nghiệp chậm trả lương, cắt giảm phụ cấp chuyên cần hoặc không công khai việc trích nộp bảo hiểm. Liên đoàn Lao động thành phố đã cử cán bộ có mặt tại 11 doanh nghiệp ngay trong ngày xảy ra vụ việc; 10 vụ đã được giải quyết, người lao động trở lại làm việc.
Các đồng chí Nguyễn Thành Luân, Bùi Thị Hằng, Đỗ Văn Khải - Phó Chủ tịch Liên đoàn Lao động thành phố cho biết, quý III đã tổ chức 128 hội nghị người lao động, ký mới 64 bản thỏa ước lao động tập thể; hướng dẫn doanh nghiệp áp dụng mức lương tối thiểu vùng I theo Nghị định 182/2013/NĐ-CP của Chính phủ là 2.700.000 đồng/tháng. Hiện còn 27 doanh nghiệp trả lương thấp hơn mức quy định, công đoàn đã kiến nghị thanh tra lao động xử lý.
Ban Dân vận Thành ủy đã ban hành Công văn số 215-CV/BDVTU đề nghị các quận ủy, huyện ủy chỉ đạo nắm tình hình công nhân tại các khu công nghiệp Đình Vũ, Tràng Duệ, Nomura. Ủy ban MTTQ Việt Nam thành phố phối hợp tổ chức 6 cuộc giám sát việc thực hiện chính sách bảo hiểm xã hội tại doanh nghiệp. Hội Liên hiệp Phụ nữ thành phố vận động được 320 triệu đồng hỗ trợ nữ công nhân nuôi con nhỏ.
Tại giao ban, đồng chí Phạm Thị Lựu, Chủ tịch Công đoàn Khu kinh tế Hải Phòng, đề nghị tăng cường đối thoại định kỳ 3 tháng một lần giữa người sử dụng lao động và công nhân. Đại diện Đảng ủy xã An Hưng báo cáo việc vận động 350 hộ dân cho thuê nhà trọ cam kết giữ giá phòng. Phường Nam Hải đề nghị hỗ trợ kinh phí xây dựng 2 điểm sinh hoạt văn hóa cho công nhân.
Kết luận giao ban, đồng chí Vũ Đức Hạnh yêu cầu các đơn vị triển khai Bộ luật Lao động năm 2012 đến từng tổ công đoàn; tập trung chăm lo Tết cho công nhân ngay từ quý IV; kịp thời báo cáo Thường trực Thành ủy những vụ việc phức tạp.
Quang Huy
Các tin khác
- Gặp mặt 200 đoàn viên công đoàn tiêu biểu (30/09/2014)
- Kiến Thụy: đối thoại với công nhân Khu công nghiệp Nam Cầu Kiền (18/09/2014)
- Học tập và làm theo tấm gương đạo đức Hồ Chí Minh trong công nhân (05/09/2014)
- An Dương: 5 doanh nghiệp được công nhận văn hóa (25/08/2014)
""", "2014-10-08", "Tập trung xử lý dứt điểm các vụ ngừng việc tập thể",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Vũ Đức Hạnh", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Nguyễn Thành Luân", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
 P("Bùi Thị Hằng", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
 P("Đỗ Văn Khải", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
 P("Phạm Thị Lựu", "Chủ tịch Công đoàn Khu kinh tế Hải Phòng")],
[Q("11 vụ ngừng việc tập thể", 11, "vụ ngừng việc tập thể"), Q("hơn 6.400 người lao động", 6400, "người lao động", "over"),
 Q("4 vụ", 4, "vụ"), Q("11 doanh nghiệp", 11, "doanh nghiệp"), Q("10 vụ", 10, "vụ"),
 Q("128 hội nghị người lao động", 128, "hội nghị người lao động"), Q("64 bản thỏa ước lao động tập thể", 64, "bản thỏa ước lao động tập thể"),
 Q("2.700.000 đồng", 2700000, "đồng"), Q("27 doanh nghiệp", 27, "doanh nghiệp"), Q("6 cuộc giám sát", 6, "cuộc giám sát"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("350 hộ dân", 350, "hộ dân"),
 Q("2 điểm sinh hoạt văn hóa", 2, "điểm sinh hoạt văn hóa")],
[D("Nghị định", "182", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 182/2013/NĐ-CP"),
 D("Công văn", "215", "CV/BDVTU", None, "Ban Dân vận Thành ủy", "Công văn số 215-CV/BDVTU")],
[prov("Hải Phòng"), com("An Hưng"), com("Nam Hải")],
["BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG", "Bạn đang ở: Trang chủ :: Tin hoạt động :: Giao ban khối", "Toàn cảnh hội nghị giao ban quý III.",
 "Bộ luật Lao động năm 2012", "Quang Huy"],
["Ngày đăng 08/10/2014 | 15:20", "quý III năm 2014", "quý II", "quý IV", "3 tháng một lần", "vùng I"]))

PAGES.append(page("b2361-longan-ldld-traoqua-tet-2015", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH LONG AN
Trang chủ › Hoạt động công đoàn › Chăm lo đời sống
Thứ Năm, 05/02/2015 - 09:10
Trao 1.200 phần quà Tết cho công nhân có hoàn cảnh khó khăn
Ngày 4/2, tại Khu công nghiệp Đức Hòa 1, Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh Long An và Liên đoàn Lao động tỉnh tổ chức chương trình "Tết Sum vầy - Xuân Ất Mùi 2015", trao 1.200 phần quà Tết cho công nhân lao động có hoàn cảnh khó khăn. Đến dự có đồng chí Lê Thị Kim Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Lê Thị Kim Thoa trao quà cho công nhân.
Mỗi phần quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm, tổng kinh phí 600 triệu đồng, do Quỹ Xã hội Công đoàn tỉnh và 35 doanh nghiệp đóng góp. Ban tổ chức cũng tặng 300 vé xe cho công nhân quê ở các tỉnh miền Trung, miền Bắc về quê đón Tết và tổ chức "Phiên chợ công nhân" với 40 gian hàng bán giá ưu đãi, giảm từ 10% đến 30% so với giá thị trường.
Theo đồng chí Trương Văn Nhựt, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh, toàn tỉnh hiện có khoảng 230.000 công nhân làm việc tại 14 khu công nghiệp và 21 cụm công nghiệp. Thực hiện Kế hoạch số 08/KH-LĐLĐ ngày 05/01/2015 của Liên đoàn Lao động tỉnh, dịp Tết Nguyên đán Ất Mùi các cấp công đoàn dự kiến chăm lo cho hơn 15.000 đoàn viên, người lao động với tổng số tiền khoảng 7,5 tỷ đồng. Đến nay, 92% doanh nghiệp đã công bố mức thưởng Tết, bình quân 1 tháng lương; doanh nghiệp có mức thưởng cao nhất là 45 triệu đồng/người.
Chị Nay H'Bia, công nhân Công ty TNHH Túi xách Hải Âu, quê Gia Lai, xúc động cho biết: "Đã 3 năm em không về quê ăn Tết. Năm nay có vé xe, có quà, em mừng lắm". Anh Kiều Văn Tuấn, Tổ trưởng Công đoàn bộ phận may, cho biết nhiều công nhân ở trọ tại xã Đức Hòa Hạ, thị trấn Hậu Nghĩa được chủ trọ giảm 100.000 đồng tiền phòng trong tháng Tết.
Phát biểu tại buổi trao quà, đồng chí Lê Thị Kim Thoa đề nghị các doanh nghiệp thực hiện đúng Chỉ thị số 01/CT-UBND ngày 12/01/2015 của UBND tỉnh về bảo đảm tiền lương, thưởng Tết cho người lao động; không để công nhân nào không có Tết. Ủy ban MTTQ các cấp tiếp tục vận động Quỹ "Vì người nghèo" hỗ trợ công nhân bị mất việc.
Nhân dịp này, Công ty TNHH Túi xách Hải Âu trao tặng 5 "Mái ấm Công đoàn" cho đoàn viên, mỗi căn trị giá 50 triệu đồng.
Ngọc Hân
Lượt truy cập: 352.918
Tin cùng chuyên mục
- Bến Lức: 600 công nhân được khám bệnh miễn phí (30/01/2015)
- Ra mắt 2 tổ tư vấn pháp luật cho công nhân (22/01/2015)
- Công đoàn Khu công nghiệp Tân Đức tổng kết năm 2014 (15/01/2015)
- Vận động doanh nghiệp thưởng Tết cho người lao động (08/01/2015)
""", "2015-02-05", "Trao 1.200 phần quà Tết cho công nhân có hoàn cảnh khó khăn",
E("trao_qua", None, "2015-02-04"),
[P("Lê Thị Kim Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Nhựt", "Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh"),
 P("Nay H'Bia"),
 P("Kiều Văn Tuấn", "Tổ trưởng Công đoàn bộ phận may")],
[Q("1.200 phần quà", 1200, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("600 triệu đồng", 600000000, "đồng"),
 Q("35 doanh nghiệp", 35, "doanh nghiệp"), Q("300 vé xe", 300, "vé xe"), Q("40 gian hàng", 40, "gian hàng"),
 Q("10%", 10, "%"), Q("30%", 30, "%"),
 Q("khoảng 230.000 công nhân", 230000, "công nhân", "approx"), Q("14 khu công nghiệp", 14, "khu công nghiệp"),
 Q("21 cụm công nghiệp", 21, "cụm công nghiệp"), Q("hơn 15.000 đoàn viên, người lao động", 15000, "đoàn viên, người lao động", "over"),
 Q("khoảng 7,5 tỷ đồng", 7500000000, "đồng", "approx"), Q("92%", 92, "%"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("100.000 đồng", 100000, "đồng"), Q('5 "Mái ấm Công đoàn"', 5, "Mái ấm Công đoàn"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Kế hoạch", "08", "KH-LĐLĐ", "2015-01-05", "Liên đoàn Lao động tỉnh", "Kế hoạch số 08/KH-LĐLĐ ngày 05/01/2015"),
 D("Chỉ thị", "01", "CT-UBND", "2015-01-12", "UBND tỉnh", "Chỉ thị số 01/CT-UBND ngày 12/01/2015")],
[prov("Long An"), prov("Gia Lai"), com("Đức Hòa Hạ"), com("Hậu Nghĩa")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH LONG AN", "Trang chủ › Hoạt động công đoàn › Chăm lo đời sống", "Đồng chí Lê Thị Kim Thoa trao quà cho công nhân.",
 "Tết Sum vầy - Xuân Ất Mùi 2015", "Phiên chợ công nhân", "Vì người nghèo", "Mái ấm Công đoàn", "Lượt truy cập: 352.918",
 "Công ty TNHH Túi xách Hải Âu"],
["Thứ Năm, 05/02/2015 - 09:10", "1 tháng lương", "3 năm", "Lượt truy cập: 352.918", "Xuân Ất Mùi 2015"]))

PAGES.append(page("b2362-thanhhoa-taphuan-congdoan-2016", """
Ban Dân vận Tỉnh ủy Thanh Hóa - Trang thông tin điện tử
Trang chủ >> Tin tức >> Đào tạo, bồi dưỡng
26-05-2016 10:40
Đồng chí Cầm Bá Tường phát biểu khai mạc lớp tập huấn.
Bồi dưỡng kỹ năng vận động công nhân cho cán bộ cơ sở Khu kinh tế Nghi Sơn
Trong 2 ngày 25 và 26/5, Ban Dân vận Tỉnh ủy phối hợp với Liên đoàn Lao động tỉnh Thanh Hóa mở lớp tập huấn nghiệp vụ công tác dân vận và công đoàn cơ sở năm 2016 cho 160 học viên là cán bộ dân vận, chủ tịch công đoàn cơ sở, bí thư chi bộ doanh nghiệp ở Khu kinh tế Nghi Sơn và các khu công nghiệp Lễ Môn, Bỉm Sơn. Đồng chí Cầm Bá Tường, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy, dự và phát biểu khai mạc.
Theo đồng chí Cầm Bá Tường, Khu kinh tế Nghi Sơn hiện có 86 dự án đang triển khai với khoảng 42.000 lao động, riêng Dự án Liên hợp lọc hóa dầu Nghi Sơn có thời điểm sử dụng 28.000 lao động, trong đó có 4.500 lao động nước ngoài. Việc giải phóng mặt bằng đã di dời 3.100 hộ dân tái định cư; nhiều lao động địa phương chuyển từ nghề biển sang làm công nhân nên còn bỡ ngỡ với kỷ luật lao động, dễ bị kích động ngừng việc.
Tại lớp tập huấn, các học viên được nghe bà Lò Thị Xuân, Trưởng ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh giới thiệu những điểm mới của Bộ luật Lao động, Luật Công đoàn và Nghị định số 05/2015/NĐ-CP ngày 12/01/2015 của Chính phủ; ông Hà Văn Ngải, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy hướng dẫn thực hiện Quy chế phối hợp số 03/QCPH-BDV-LĐLĐ giữa Ban Dân vận Tỉnh ủy và Liên đoàn Lao động tỉnh, cùng Kế hoạch 21-KH/BDVTU về xây dựng mô hình "Dân vận khéo" trong doanh nghiệp.
Học viên cũng thực hành kỹ năng đối thoại, thương lượng tập thể qua 4 tình huống giả định, trong đó có tình huống 600 công nhân ngừng việc vì doanh nghiệp chậm trả lương 2 tháng. Nhiều học viên như anh Vi Văn Thắng, Chủ tịch Công đoàn cơ sở Công ty CP Xi măng Công Thanh, chị Phạm Thị Ngát, Bí thư Chi đoàn Công ty TNHH Giày Annora, đánh giá các tình huống rất sát thực tế.
Năm 2015, công đoàn các cấp trong tỉnh đã phát triển 18.600 đoàn viên, thành lập 97 công đoàn cơ sở trong doanh nghiệp ngoài nhà nước, xây dựng 21 "Mái ấm Công đoàn" trị giá 1,05 tỷ đồng. Cuối khóa, 100% học viên đạt yêu cầu; Ban tổ chức trao giấy chứng nhận và tặng 160 bộ tài liệu.
Lê Hà
Tin liên quan
- Tĩnh Gia: đối thoại với người dân vùng dự án (19/05/2016)
- Ban Dân vận Tỉnh ủy làm việc với Ban Quản lý Khu kinh tế Nghi Sơn (06/05/2016)
- Hội nghị người có uy tín vùng đồng bào dân tộc thiểu số (21/04/2016)
- Ra mắt Câu lạc bộ công nhân trẻ (12/04/2016)
""", "2016-05-26", "Bồi dưỡng kỹ năng vận động công nhân cho cán bộ cơ sở Khu kinh tế Nghi Sơn",
E("tap_huan", "2016", "2016-05-25"),
[P("Cầm Bá Tường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Xuân", "Trưởng ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh"),
 P("Hà Văn Ngải", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Thắng", "Chủ tịch Công đoàn cơ sở Công ty CP Xi măng Công Thanh"),
 P("Phạm Thị Ngát", "Bí thư Chi đoàn Công ty TNHH Giày Annora")],
[Q("160 học viên", 160, "học viên"), Q("86 dự án", 86, "dự án"), Q("khoảng 42.000 lao động", 42000, "lao động", "approx"),
 Q("28.000 lao động", 28000, "lao động"), Q("4.500 lao động nước ngoài", 4500, "lao động nước ngoài"),
 Q("3.100 hộ dân tái định cư", 3100, "hộ dân tái định cư"), Q("4 tình huống giả định", 4, "tình huống giả định"),
 Q("600 công nhân", 600, "công nhân"), Q("18.600 đoàn viên", 18600, "đoàn viên"), Q("97 công đoàn cơ sở", 97, "công đoàn cơ sở"),
 Q('21 "Mái ấm Công đoàn"', 21, "Mái ấm Công đoàn"), Q("1,05 tỷ đồng", 1050000000, "đồng"), Q("100%", 100, "%"),
 Q("160 bộ tài liệu", 160, "bộ tài liệu")],
[D("Nghị định", "05", "2015/NĐ-CP", "2015-01-12", "Chính phủ", "Nghị định số 05/2015/NĐ-CP ngày 12/01/2015"),
 D("Quy chế phối hợp", "03", "QCPH-BDV-LĐLĐ", None, None, "Quy chế phối hợp số 03/QCPH-BDV-LĐLĐ"),
 D("Kế hoạch", "21", "KH/BDVTU", None, None, "Kế hoạch 21-KH/BDVTU")],
[prov("Thanh Hóa")],
["Ban Dân vận Tỉnh ủy Thanh Hóa - Trang thông tin điện tử", "Trang chủ >> Tin tức >> Đào tạo, bồi dưỡng",
 "Đồng chí Cầm Bá Tường phát biểu khai mạc lớp tập huấn.", "Bộ luật Lao động", "Luật Công đoàn", "Dân vận khéo", "Mái ấm Công đoàn",
 "Dự án Liên hợp lọc hóa dầu Nghi Sơn", "Khu kinh tế Nghi Sơn"],
["26-05-2016 10:40", "Trong 2 ngày", "năm 2016", "2 tháng", "Năm 2015"]))
