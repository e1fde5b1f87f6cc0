from lib import *
PAGES = []

PAGES.append(page("b6383-tuyenquang-tongket-atvsld-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Hôm nay: Thứ Hai, 12/01/2026
Xã hội > Lao động - Việc làm
Thứ Sáu, 09/01/2026, 15:20
Tuyên Quang giảm 12% số vụ tai nạn lao động chết người
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Ngày 8/1, UBND tỉnh Tuyên Quang tổ chức hội nghị trực tuyến tổng kết công tác an toàn, vệ sinh lao động năm 2025 - năm đầu tiên sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang. Hội nghị kết nối tới 124 điểm cầu xã, phường. Đồng chí Hầu Văn Sính, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng An toàn, vệ sinh lao động tỉnh chủ trì.
Báo cáo của Sở Nội vụ cho biết, năm 2025 toàn tỉnh xảy ra 47 vụ tai nạn lao động làm 51 người bị nạn, trong đó 22 người chết, số vụ chết người giảm 12% so với năm 2024. Tai nạn tập trung ở khai thác khoáng sản, thi công đường giao thông vùng cao và sản xuất nông, lâm nghiệp. Toàn tỉnh đã huấn luyện an toàn cho trên 18.000 người lao động; kiểm tra 265 cơ sở, xử phạt 31 cơ sở với số tiền 1,37 tỷ đồng; Quỹ Bảo hiểm xã hội chi trả chế độ tai nạn lao động khoảng 4,2 tỷ đồng.
Thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác an toàn lao động trong các dự án trọng điểm và về vận động đồng bào vùng cao bảo đảm an toàn khi sử dụng máy nông nghiệp, UBND tỉnh đã ban hành Quyết định số 320/QĐ-UBND ngày 18/7/2025 kiện toàn Hội đồng An toàn, vệ sinh lao động tỉnh với 19 thành viên.
Tại điểm cầu xã Mèo Vạc, bà Vàng Thị Mai, Bí thư Đảng ủy xã, cho biết xã đã vận động 1.320 hộ đồng bào Mông ký cam kết không đưa trẻ em đi làm thuê ở các mỏ. Ông Sùng Mí Dế, người có uy tín thôn Pả Vi, xã Mèo Vạc, đề nghị tổ chức lớp hướng dẫn sử dụng máy cày, máy cắt cỏ bằng tiếng Mông. Tại điểm cầu phường Minh Xuân, đồng chí Hoàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh, cho biết công đoàn đã trao 220 suất hỗ trợ cho người lao động bị tai nạn, tổng trị giá hơn 660 triệu đồng.
Đồng chí Lò Văn Pủa, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị các xã phát huy vai trò của tổ dân vận thôn, bản trong tuyên truyền, thực hiện Kế hoạch số 15-KH/TU của Tỉnh ủy về công tác dân vận trong giai đoạn tổ chức chính quyền địa phương hai cấp.
Phát biểu kết luận, đồng chí Hầu Văn Sính yêu cầu năm 2026 các sở, ngành và các xã, phường tập trung kiểm tra các mỏ đá, công trình thủy điện; phấn đấu giảm ít nhất 5% số vụ tai nạn lao động chết người; 100% vụ tai nạn được khai báo, điều tra theo quy định.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 16 tập thể, 24 cá nhân có thành tích xuất sắc trong công tác an toàn, vệ sinh lao động năm 2025.
Thu Phương
Tin liên quan
- Đồng Văn: 2 người tử vong do sạt lở tại mỏ đá (20/12/2025)
- Tập huấn an toàn lao động cho 150 thanh niên vùng cao (05/12/2025)
- Trao 300 suất quà cho công nhân khó khăn (28/11/2025)
""", "2026-01-09", "Tuyên Quang giảm 12% số vụ tai nạn lao động chết người",
E("tong_ket", "2025", "2026-01-08"),
[P("Hầu Văn Sính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng An toàn, vệ sinh lao động tỉnh"),
 P("Vàng Thị Mai", "Bí thư Đảng ủy xã"),
 P("Sùng Mí Dế", "người có uy tín thôn Pả Vi"),
 P("Hoàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Lò Văn Pủa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("12%", 12, "%"), Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("47 vụ tai nạn lao động", 47, "vụ tai nạn lao động"),
 Q("51 người", 51, "người"), Q("22 người", 22, "người"), Q("trên 18.000 người lao động", 18000, "người lao động", "over"),
 Q("265 cơ sở", 265, "cơ sở"), Q("31 cơ sở", 31, "cơ sở"), Q("1,37 tỷ đồng", 1370000000, "đồng"),
 Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("19 thành viên", 19, "thành viên"), Q("1.320 hộ", 1320, "hộ"),
 Q("220 suất hỗ trợ", 220, "suất hỗ trợ"), Q("hơn 660 triệu đồng", 660000000, "đồng", "over"),
 Q("ít nhất 5%", 5, "%", "over"), Q("100%", 100, "%"), Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quyết định", "320", "QĐ-UBND", "2025-07-18", "UBND tỉnh", "Quyết định số 320/QĐ-UBND ngày 18/7/2025"),
 D("Kế hoạch", "15", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 15-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Minh Xuân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Xã hội > Lao động - Việc làm", "Các đại biểu dự hội nghị tại điểm cầu tỉnh.", "Quỹ Bảo hiểm xã hội"],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026, 15:20", "năm 2025", "năm 2024", "năm 2026", "năm đầu tiên", "hai cấp"]))

PAGES.append(page("b6384-vinhlong-truonglonghoa-hoinghi-2025", """
Cổng thông tin điện tử xã Trường Long Hòa - tỉnh Vĩnh Long
Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể
2025-10-08 14:05
Hội nghị tuyên truyền an toàn lao động cho ngư dân và thợ đóng ghe
Ngày 7/10/2025, Ban Thường trực Ủy ban MTTQ Việt Nam xã Trường Long Hòa phối hợp với Công đoàn cơ sở xã và Phòng Văn hóa - Xã hội xã tổ chức hội nghị tuyên truyền pháp luật về an toàn, vệ sinh lao động năm 2025 cho ngư dân, thợ đóng, sửa ghe tàu trên địa bàn. Dự hội nghị có ông Thạch Sa Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long; bà Kim Thị Sô Phia, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã cùng 135 hộ viên nghiệp đoàn nghề cá và lao động tự do.
Toàn cảnh hội nghị tại Hội trường UBND xã.
Theo ông Lâm Văn Đen, Chủ tịch Ủy ban MTTQ Việt Nam xã, xã có 412 tàu, ghe khai thác ven bờ với khoảng 1.150 lao động, trong đó hơn 60% là đồng bào Khmer; 9 cơ sở đóng, sửa ghe tàu sử dụng 74 thợ. Từ đầu năm đến nay, trên địa bàn xã xảy ra 3 vụ tai nạn lao động làm 1 ngư dân chết, 4 người bị thương do cuốn vào tời kéo lưới và máy mài. Trước đó, khi còn thuộc tỉnh Trà Vinh, năm 2024 xã cũng ghi nhận 5 vụ tai nạn trên biển.
Tại hội nghị, cán bộ Sở Nội vụ tỉnh phổ biến các quy định của Luật An toàn, vệ sinh lao động, Nghị định số 58/2020/NĐ-CP của Chính phủ về mức đóng bảo hiểm tai nạn lao động và hướng dẫn cách sơ cứu khi bị điện giật, đuối nước. Ông Thạch Sa Phol thông tin về Kế hoạch số 07-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động ngư dân tham gia bảo hiểm và chương trình "Ngư dân an toàn, biển xanh bền vững".
Ông Sơn Văn Ni, tổ trưởng tổ đoàn kết khai thác hải sản ấp Cồn Trứng, đề nghị hỗ trợ ngư dân mua áo phao, phao tròn vì mỗi bộ giá khoảng 450.000 đồng, nhiều hộ nghèo không đủ tiền mua. Chị Huỳnh Thị Bé Tư, chủ cơ sở đóng ghe Bé Tư, cam kết trang bị kính, găng tay cho thợ trước ngày 30/10.
Dịp này, Ban Thường trực Ủy ban MTTQ xã trao 120 áo phao và 40 phao tròn cho các hộ ngư dân khó khăn, tổng trị giá 58 triệu đồng do Quỹ "Vì người nghèo" xã và các doanh nghiệp thủy sản hỗ trợ. Kết luận hội nghị, bà Kim Thị Sô Phia đề nghị các ấp đưa nội dung an toàn lao động vào họp ấp hằng tháng; giao Đoàn Thanh niên xã ra mắt 2 đội thanh niên xung kích cứu hộ trên biển trong quý IV, thực hiện Nghị quyết số 21-NQ/ĐU của Đảng ủy xã về phát triển kinh tế biển gắn với bảo đảm an toàn cho ngư dân.
Bà Phia cũng đề nghị các doanh nghiệp thủy sản trên địa bàn tiếp tục đồng hành với xã, ưu tiên tuyển dụng lao động là con em các hộ ngư dân có hoàn cảnh khó khăn.
Ban Biên tập
Tin khác
- Xã Trường Long Hòa ra mắt Tổ dân vận ấp Cồn Trứng (25/09/2025)
- Hỗ trợ 12 hộ ngư dân bị thiệt hại do giông lốc (10/09/2025)
- Đại hội Đảng bộ xã Trường Long Hòa lần thứ I (28/07/2025)
""", "2025-10-08", "Hội nghị tuyên truyền an toàn lao động cho ngư dân và thợ đóng ghe",
E("hoi_nghi", "2025", "2025-10-07"),
[P("Thạch Sa Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long"),
 P("Kim Thị Sô Phia", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lâm Văn Đen", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Văn Ni", "tổ trưởng tổ đoàn kết khai thác hải sản ấp Cồn Trứng"),
 P("Huỳnh Thị Bé Tư", "chủ cơ sở đóng ghe Bé Tư")],
[Q("135 hộ viên nghiệp đoàn nghề cá", 135, "hộ viên nghiệp đoàn nghề cá"), Q("412 tàu, ghe", 412, "tàu, ghe"),
 Q("khoảng 1.150 lao động", 1150, "lao động", "approx"), Q("hơn 60%", 60, "%", "over"), Q("9 cơ sở", 9, "cơ sở"), Q("74 thợ", 74, "thợ"),
 Q("3 vụ tai nạn lao động", 3, "vụ tai nạn lao động"), Q("1 ngư dân", 1, "ngư dân"), Q("4 người", 4, "người"),
 Q("5 vụ tai nạn trên biển", 5, "vụ tai nạn trên biển"), Q("khoảng 450.000 đồng", 450000, "đồng", "approx"),
 Q("120 áo phao", 120, "áo phao"), Q("40 phao tròn", 40, "phao tròn"), Q("58 triệu đồng", 58000000, "đồng"),
 Q("2 đội thanh niên xung kích", 2, "đội thanh niên xung kích")],
[D("Nghị định", "58", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 58/2020/NĐ-CP"),
 D("Kế hoạch", "07", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 07-KH/MTTQ-BTT"),
 D("Nghị quyết", "21", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 21-NQ/ĐU")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Trường Long Hòa")],
["Cổng thông tin điện tử xã Trường Long Hòa - tỉnh Vĩnh Long", "Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị tại Hội trường UBND xã.", "Ngư dân an toàn, biển xanh bền vững", "Vì người nghèo", "Luật An toàn, vệ sinh lao động"],
["2025-10-08 14:05", "năm 2025", "năm 2024", "ngày 30/10", "hằng tháng", "quý IV"]))

PAGES.append(page("b6385-lamdong-nhanco-giamsat-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Năm, 20/11/2025 - 10:45
Ảnh: Đoàn giám sát kiểm tra khu vực bãi thải.
Giám sát an toàn lao động tại khu công nghiệp bauxite - nhôm Nhân Cơ
Ngày 19/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do đồng chí Y Bhăm Êban, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về an toàn, vệ sinh lao động tại Công ty Nhôm Đắk Nông - TKV và 2 nhà thầu phụ trên địa bàn xã Nhân Cơ. Đây là cuộc giám sát chuyên đề trong chương trình giám sát năm 2025 của Mặt trận tỉnh sau hợp nhất.
Tham gia đoàn có các đồng chí Điểu Thị Nhung, Nguyễn Văn Bảo - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Nội vụ, Sở Công Thương, Bảo hiểm xã hội tỉnh.
Theo báo cáo của công ty, hiện có 1.870 người lao động, trong đó 312 người là đồng bào Mnông, Êđê ở các bon, buôn lân cận. Từ năm 2023 đến tháng 10/2025, công ty xảy ra 4 vụ tai nạn lao động, không có người chết; chi trên 5,6 tỷ đồng mỗi năm cho công tác bảo hộ lao động, quan trắc môi trường. 100% người lao động được khám sức khỏe định kỳ, 96 người được khám bệnh nghề nghiệp.
Qua giám sát, đoàn ghi nhận các nhà thầu phụ chưa huấn luyện đầy đủ cho lao động thời vụ; khoảng 140 lao động chưa được đóng bảo hiểm tai nạn lao động, bệnh nghề nghiệp. Bà H'Liên Niê, Chủ tịch Hội Liên hiệp Phụ nữ xã Nhân Cơ, phản ánh bụi từ tuyến băng tải ảnh hưởng tới 46 hộ dân bon Bu Đăk. Ông Điểu Bình, Trưởng bon Bu Đăk, đề nghị công ty ưu tiên tuyển con em trong bon và tổ chức đối thoại định kỳ với bà con.
Ông Trần Đức Hậu, Phó Giám đốc Công ty Nhôm Đắk Nông - TKV, cho biết công ty đang thực hiện Quyết định số 1850/QĐ-TKV của Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam về kế hoạch bảo hộ lao động năm 2025 và cam kết yêu cầu các nhà thầu phụ hoàn thành việc đóng bảo hiểm trong tháng 12.
Kết luận buổi giám sát, đồng chí Y Bhăm Êban đề nghị công ty thực hiện nghiêm Luật An toàn, vệ sinh lao động, Nghị định số 12/2022/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực lao động; phối hợp với UBND xã Nhân Cơ lắp thêm 2 trạm quan trắc bụi. Đoàn sẽ báo cáo kết quả theo Kế hoạch số 26/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc.
Trước đó, đoàn đã làm việc với UBND xã Nhân Cơ về việc nắm tình hình dư luận của nhân dân quanh khu vực nhà máy; xã cho biết đã tiếp nhận 11 ý kiến, kiến nghị của cử tri về bụi, tiếng ồn trong năm 2025.
Hồng Thủy
Xem thêm
- Gia Nghĩa: Hội nghị đối thoại với người lao động năm 2025 (12/11/2025)
- MTTQ tỉnh giám sát an toàn tại các mỏ titan ven biển (30/10/2025)
- Trao 500 phần quà cho công nhân khó khăn (15/10/2025)
""", "2025-11-20", "Giám sát an toàn lao động tại khu công nghiệp bauxite - nhôm Nhân Cơ",
E("giam_sat", "2025", "2025-11-19"),
[P("Y Bhăm Êban", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Bảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Liên Niê", "Chủ tịch Hội Liên hiệp Phụ nữ xã Nhân Cơ"),
 P("Điểu Bình", "Trưởng bon Bu Đăk"),
 P("Trần Đức Hậu", "Phó Giám đốc Công ty Nhôm Đắk Nông - TKV")],
[Q("2 nhà thầu phụ", 2, "nhà thầu phụ"), Q("1.870 người lao động", 1870, "người lao động"), Q("312 người", 312, "người"),
 Q("4 vụ tai nạn lao động", 4, "vụ tai nạn lao động"), Q("trên 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("96 người", 96, "người"), Q("khoảng 140 lao động", 140, "lao động", "approx"), Q("46 hộ dân", 46, "hộ dân"),
 Q("2 trạm quan trắc bụi", 2, "trạm quan trắc bụi"), Q("11 ý kiến, kiến nghị", 11, "ý kiến, kiến nghị")],
[D("Quyết định", "1850", "QĐ-TKV", None, "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "Quyết định số 1850/QĐ-TKV"),
 D("Nghị định", "12", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 12/2022/NĐ-CP"),
 D("Kế hoạch", "26", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 26/KH-MTTQ-BTT"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023")],
[prov("Lâm Đồng"), com("Nhân Cơ")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát kiểm tra khu vực bãi thải.", "Luật An toàn, vệ sinh lao động"],
["Thứ Năm, 20/11/2025 - 10:45", "năm 2025", "năm 2023", "tháng 10/2025", "mỗi năm", "tháng 12"]))

PAGES.append(page("b6386-dongnai-btgdv-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
You are here: Trang chủ » Hoạt động » Dân vận
Cập nhật lúc 16:40 ngày 08/10/2025
Khối dân vận tỉnh tập trung vận động bảo đảm an toàn lao động trong mùa cao điểm thu hoạch điều, cao su
Chiều 7/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị giao ban khối dân vận quý III năm 2025 - quý đầu tiên sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, tổ chức chính quyền địa phương hai cấp. Đồng chí Phan Thị Huyền Trang, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đồng chí Phan Thị Huyền Trang phát biểu kết luận giao ban.
Báo cáo cho thấy, quý III khối dân vận đã phối hợp tuyên truyền an toàn lao động tại 38 xã, phường có đông lao động nông nghiệp, cao su, điều; tổ chức 112 buổi tuyên truyền cho khoảng 9.600 lượt người. Toàn tỉnh xảy ra 29 vụ tai nạn lao động làm 17 người chết, trong đó 6 vụ điện giật khi thu hoạch, tỉa cành cây gần đường dây điện. Thực hiện Kết luận 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy, các cơ quan đã kiểm tra 74 doanh nghiệp chế biến điều, mủ cao su.
Đồng chí Điểu Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận các xã vùng đồng bào S'tiêng, M'nông đã vận động 2.460 hộ không dùng lao động trẻ em khi thu hoạch điều. Bà Thị Loan, Chủ tịch Ủy ban MTTQ Việt Nam xã Lộc Ninh, phản ánh nhiều lao động thời vụ từ nơi khác đến chưa được tập huấn, ở lán trại tạm bợ.
Đồng chí Nguyễn Minh Quân, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, quán triệt Kế hoạch số 45-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về phát động mô hình "Dân vận khéo" trong bảo đảm an toàn lao động năm 2026, phấn đấu mỗi xã có ít nhất 1 mô hình. Ông Võ Thành Nhân, Chủ tịch Công đoàn Công ty TNHH MTV Cao su Phú Riềng, cho biết công ty chi 2,8 tỷ đồng trang bị đồ bảo hộ và đèn chiếu sáng cho 3.500 công nhân cạo mủ.
Đồng chí Đặng Văn Thu, được bổ nhiệm làm Phó Giám đốc Sở Nội vụ từ tháng 8/2025, đề nghị khối dân vận phối hợp triển khai Quyết định số 1215/QĐ-UBND ngày 22/8/2025 của UBND tỉnh về Chương trình an toàn, vệ sinh lao động tỉnh Đồng Nai giai đoạn 2025 - 2030.
Kết luận giao ban, đồng chí Phan Thị Huyền Trang yêu cầu quý IV tập trung nắm tình hình lao động thời vụ, nhất là ở phường Bình Phước và các xã biên giới; phát huy vai trò của 1.240 người có uy tín trong vận động; hoàn thành việc đánh giá mô hình "Dân vận khéo" năm 2025 trước ngày 15/12/2025.
Hội nghị thống nhất giao ban quý IV sẽ tổ chức tại xã Lộc Ninh, kết hợp khảo sát thực tế tại một số lán trại của lao động thời vụ.
Thanh Hải
Tin liên quan
- Bù Đăng: 2 người tử vong do điện giật khi hái điều (25/09/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai (01/07/2025)
- Giao ban khối dân vận quý II năm 2025 (10/07/2025)
""", "2025-10-08", "Khối dân vận tỉnh tập trung vận động bảo đảm an toàn lao động trong mùa cao điểm thu hoạch điều, cao su",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Phan Thị Huyền Trang", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Loan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lộc Ninh"),
 P("Nguyễn Minh Quân", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Thành Nhân", "Chủ tịch Công đoàn Công ty TNHH MTV Cao su Phú Riềng"),
 P("Đặng Văn Thu", "Phó Giám đốc Sở Nội vụ")],
[Q("38 xã, phường", 38, "xã, phường"), Q("112 buổi tuyên truyền", 112, "buổi tuyên truyền"),
 Q("khoảng 9.600 lượt người", 9600, "lượt người", "approx"), Q("29 vụ tai nạn lao động", 29, "vụ tai nạn lao động"),
 Q("17 người", 17, "người"), Q("6 vụ điện giật", 6, "vụ điện giật"), Q("74 doanh nghiệp chế biến điều, mủ cao su", 74, "doanh nghiệp chế biến điều, mủ cao su"),
 Q("2.460 hộ", 2460, "hộ"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("3.500 công nhân cạo mủ", 3500, "công nhân cạo mủ"), Q("1.240 người có uy tín", 1240, "người có uy tín")],
[D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kế hoạch", "45", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 45-KH/BTGDVTU"),
 D("Quyết định", "1215", "QĐ-UBND", "2025-08-22", "UBND tỉnh", "Quyết định số 1215/QĐ-UBND ngày 22/8/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Lộc Ninh"), com("Bình Phước")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "You are here: Trang chủ » Hoạt động » Dân vận",
 "Đồng chí Phan Thị Huyền Trang phát biểu kết luận giao ban.", "Dân vận khéo",
 "Chương trình an toàn, vệ sinh lao động tỉnh Đồng Nai giai đoạn 2025 - 2030"],
["Cập nhật lúc 16:40 ngày 08/10/2025", "quý III năm 2025", "quý đầu tiên", "hai cấp", "năm 2026", "tháng 8/2025",
 "giai đoạn 2025 - 2030", "quý IV", "năm 2025", "15/12/2025"]))

PAGES.append(page("b6387-gialai-phucat-taphuan-2026", """
Báo Gia Lai điện tử
Thứ Tư, 18/03/2026 | 08:50
Xã hội / Lao động / Tập huấn
Phù Cát: 150 thợ chế tác đá mỹ nghệ được tập huấn an toàn, vệ sinh lao động
Chuyên gia hướng dẫn thợ đá sử dụng khẩu trang lọc bụi. Ảnh: Ngọc Nhuận
(GLO) - Trong 2 ngày 16 và 17/3, UBND xã Phù Cát (tỉnh Gia Lai) phối hợp với Trung tâm Huấn luyện an toàn lao động khu vực miền Trung tổ chức lớp tập huấn an toàn, vệ sinh lao động năm 2026 cho 150 thợ chế tác đá mỹ nghệ tại làng nghề đá mỹ nghệ và các cơ sở chế biến gỗ trên địa bàn xã. Ông Đinh Văn Lổ, Phó Chủ tịch UBND xã Phù Cát, dự khai mạc.
Theo UBND xã, địa bàn hiện có 86 cơ sở chế tác đá, 23 xưởng chế biến gỗ, sử dụng khoảng 1.400 lao động; năm 2025 xảy ra 5 vụ tai nạn lao động làm 2 người chết, chủ yếu do đá rơi, máy cắt văng lưỡi. Kết quả khám sàng lọc của Trung tâm Y tế khu vực cho thấy khoảng 18% thợ đá có dấu hiệu bệnh bụi phổi.
Tại lớp học, KS. Trương Quốc Bảo, giảng viên Trung tâm Huấn luyện an toàn lao động khu vực miền Trung, hướng dẫn nhận diện nguy cơ, cách lắp chụp bảo vệ máy cắt, sử dụng máy phun sương giảm bụi; BS. Nguyễn Thị Lệ Quyên, Phó Giám đốc Trung tâm Y tế khu vực Phù Cát, phổ biến cách phòng bệnh nghề nghiệp. Học viên được thực hành sơ cứu người bị thương, cầm máu, cố định xương gãy.
Lớp tập huấn nằm trong Kế hoạch số 19/KH-UBND ngày 20/1/2026 của UBND xã, thực hiện Kế hoạch số 52-KH/ĐU của Đảng ủy xã và Chỉ thị số 05/CT-UBND của Chủ tịch UBND tỉnh về tăng cường công tác an toàn, vệ sinh lao động năm 2026. Kinh phí tổ chức 68 triệu đồng, trong đó các cơ sở đóng góp 20 triệu đồng.
Anh Đinh Văn Hmek, thợ đá người Bana từ xã An Lão về làm việc tại làng nghề, cho biết trước đây anh thường làm việc không đeo khẩu trang vì thấy nóng. Ông Huỳnh Tấn Lực, chủ cơ sở đá mỹ nghệ Tấn Lực, cam kết trang bị máy phun sương cho xưởng trước ngày 30/4.
Kết thúc lớp học, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Võ Thị Thu Sương, Đinh Thị Hiền trao 150 bộ bảo hộ lao động cho học viên; mỗi bộ trị giá 250.000 đồng. Ủy ban MTTQ xã cũng giao các chi hội ở thôn phối hợp giám sát việc trang bị bảo hộ tại các cơ sở và tiếp nhận phản ánh của người lao động qua đường dây nóng của xã.
Theo kế hoạch, trong năm 2026 xã sẽ mở thêm 3 lớp cho khoảng 300 lao động ở các làng nghề nón lá, bánh tráng và các xưởng mộc.
Đánh giá sau lớp học, ông Đinh Văn Lổ cho biết UBND xã sẽ giao Phòng Kinh tế xã phối hợp với công an xã kiểm tra định kỳ các cơ sở chế tác đá, xử lý nghiêm các trường hợp không trang bị bảo hộ, không lắp chụp an toàn cho máy cắt.
Ngọc Nhuận
Tin liên quan
- Gia Lai: 6 tháng đầu năm ra mắt 120 tổ dân vận thôn (10/03/2026)
- Xã An Lão hỗ trợ đồng bào Bana phát triển sản xuất (02/03/2026)
- Trao 200 suất quà cho người lao động dịp Tết (05/02/2026)
""", "2026-03-18", "Phù Cát: 150 thợ chế tác đá mỹ nghệ được tập huấn an toàn, vệ sinh lao động",
E("tap_huan", "2026", "2026-03-16"),
[P("Đinh Văn Lổ", "Phó Chủ tịch UBND xã Phù Cát"),
 P("Trương Quốc Bảo", "KS.", "giảng viên Trung tâm Huấn luyện an toàn lao động khu vực miền Trung"),
 P("Nguyễn Thị Lệ Quyên", "BS.", "Phó Giám đốc Trung tâm Y tế khu vực Phù Cát"),
 P("Đinh Văn Hmek"),
 P("Huỳnh Tấn Lực", "chủ cơ sở đá mỹ nghệ Tấn Lực"),
 P("Võ Thị Thu Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đinh Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("150 thợ chế tác đá mỹ nghệ", 150, "thợ chế tác đá mỹ nghệ"), Q("86 cơ sở chế tác đá", 86, "cơ sở chế tác đá"),
 Q("23 xưởng chế biến gỗ", 23, "xưởng chế biến gỗ"), Q("khoảng 1.400 lao động", 1400, "lao động", "approx"),
 Q("5 vụ tai nạn lao động", 5, "vụ tai nạn lao động"), Q("2 người", 2, "người"), Q("khoảng 18%", 18, "%", "approx"),
 Q("68 triệu đồng", 68000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"), Q("150 bộ bảo hộ lao động", 150, "bộ bảo hộ lao động"),
 Q("250.000 đồng", 250000, "đồng"), Q("3 lớp", 3, "lớp"), Q("khoảng 300 lao động", 300, "lao động", "approx")],
[D("Kế hoạch", "19", "KH-UBND", "2026-01-20", "UBND xã", "Kế hoạch số 19/KH-UBND ngày 20/1/2026"),
 D("Kế hoạch", "52", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 52-KH/ĐU"),
 D("Chỉ thị", "05", "CT-UBND", None, "Chủ tịch UBND tỉnh", "Chỉ thị số 05/CT-UBND")],
[prov("Gia Lai"), com("Phù Cát"), com("An Lão")],
["Báo Gia Lai điện tử", "Xã hội / Lao động / Tập huấn", "Chuyên gia hướng dẫn thợ đá sử dụng khẩu trang lọc bụi. Ảnh: Ngọc Nhuận", "(GLO)",
 "Trung tâm Huấn luyện an toàn lao động khu vực miền Trung"],
["Thứ Tư, 18/03/2026 | 08:50", "2 ngày", "năm 2026", "năm 2025", "ngày 30/4"]))

PAGES.append(page("b6388-phutho-sonv-baocao-2026q1", """
BÁO PHÚ THỌ ĐIỆN TỬ
Trang chủ >> Xã hội >> Việc làm - Lao động
Thứ Ba, 14/04/2026 - 06:30
Quý I/2026: Phú Thọ xảy ra 19 vụ tai nạn lao động
Ảnh minh họa: Công nhân làm việc tại một nhà máy trong Khu công nghiệp Bá Thiện.
Theo Báo cáo số 86/BC-SNV ngày 10/4/2026 của Sở Nội vụ tỉnh Phú Thọ về tình hình tai nạn lao động, sự cố kỹ thuật gây mất an toàn quý I/2026, toàn tỉnh xảy ra 19 vụ tai nạn lao động làm 21 người bị nạn, trong đó 8 người chết; so với cùng kỳ năm 2025 (tính gộp ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình trước hợp nhất) giảm 3 vụ.
Các vụ tai nạn chết người xảy ra chủ yếu ở các công trình xây dựng dân dụng tại phường Vĩnh Yên, phường Hòa Bình và tại các mỏ đá ở xã Lương Sơn. Có 7 vụ xảy ra với người lao động không có hợp đồng lao động. Ngoài ra, trong quý còn có 2 sự cố nổ nồi hơi tại các cơ sở chế biến gỗ, không gây thương vong nhưng thiệt hại tài sản khoảng 600 triệu đồng.
Báo cáo cho biết trong quý I, Sở đã phối hợp kiểm tra 58 doanh nghiệp, phát hiện 210 thiết bị có yêu cầu nghiêm ngặt chưa kiểm định; đề xuất xử phạt 9 doanh nghiệp với tổng số tiền 427 triệu đồng. Toàn tỉnh có 1.082 doanh nghiệp đã bố trí người làm công tác an toàn, đạt 74% số doanh nghiệp thuộc diện phải bố trí. Các cấp công đoàn đã thăm hỏi, hỗ trợ 21 người bị nạn và gia đình, mỗi trường hợp 3 triệu đồng.
Bà Bùi Thị Minh, Phó Giám đốc Sở Nội vụ, cho biết thực hiện Kế hoạch số 27-KH/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 64/KH-UBND ngày 3/3/2026 của UBND tỉnh, quý II Sở sẽ tổ chức Tháng hành động về an toàn, vệ sinh lao động với chủ đề về an toàn trong xây dựng. Ông Đinh Công Sứ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh, đề nghị các xã vùng người Mường ở khu vực Hòa Bình cũ tăng cường tuyên truyền bằng tiếng Mường cho lao động tự do, nhất là thợ xây, thợ khai thác đá.
Báo cáo cũng kiến nghị UBND tỉnh giao các xã, phường chỉ đạo tổ dân vận, tổ hòa giải ở cơ sở theo dõi các công trình xây dựng nhà ở riêng lẻ; đề nghị Ủy ban MTTQ các cấp giám sát việc thực hiện Luật An toàn, vệ sinh lao động tại các cơ sở có từ 10 lao động trở lên. Quý I, Ủy ban MTTQ Việt Nam phường Vĩnh Yên đã giám sát 12 công trình, kiến nghị dừng thi công 2 công trình không có lưới che chắn.
Ông Hà Văn Thiết, Chủ tịch UBND xã Lương Sơn, cho biết xã đã yêu cầu 6 mỏ đá trên địa bàn ký cam kết an toàn và gắn camera giám sát khu vực nổ mìn.
Minh Huệ
Tin cùng chuyên mục
- Phú Thọ: Công nhân tử vong khi lắp đặt mái tôn (02/04/2026)
- Hội nghị triển khai Tháng hành động về an toàn, vệ sinh lao động năm 2026 (28/03/2026)
- LĐLĐ tỉnh trao 1.000 suất quà cho công nhân (15/03/2026)
""", "2026-04-14", "Quý I/2026: Phú Thọ xảy ra 19 vụ tai nạn lao động",
E("bao_cao", "2026-Q1", "2026-04-10"),
[P("Bùi Thị Minh", "Phó Giám đốc Sở Nội vụ"),
 P("Đinh Công Sứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Hà Văn Thiết", "Chủ tịch UBND xã Lương Sơn")],
[Q("19 vụ tai nạn lao động", 19, "vụ tai nạn lao động"), Q("21 người", 21, "người"), Q("8 người", 8, "người"), Q("3 vụ", 3, "vụ"),
 Q("7 vụ", 7, "vụ"), Q("2 sự cố nổ nồi hơi", 2, "sự cố nổ nồi hơi"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"),
 Q("58 doanh nghiệp", 58, "doanh nghiệp"), Q("210 thiết bị", 210, "thiết bị"), Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("427 triệu đồng", 427000000, "đồng"), Q("1.082 doanh nghiệp", 1082, "doanh nghiệp"), Q("74%", 74, "%"),
 Q("3 triệu đồng", 3000000, "đồng"),
 Q("từ 10 lao động trở lên", 10, "lao động", "over"), Q("12 công trình", 12, "công trình"), Q("2 công trình", 2, "công trình"),
 Q("6 mỏ đá", 6, "mỏ đá")],
[D("Báo cáo", "86", "BC-SNV", "2026-04-10", "Sở Nội vụ tỉnh Phú Thọ", "Báo cáo số 86/BC-SNV ngày 10/4/2026"),
 D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU"),
 D("Kế hoạch", "64", "KH-UBND", "2026-03-03", "UBND tỉnh", "Kế hoạch số 64/KH-UBND ngày 3/3/2026")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Vĩnh Yên"), com("Hòa Bình"), com("Lương Sơn")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Trang chủ >> Xã hội >> Việc làm - Lao động",
 "Ảnh minh họa: Công nhân làm việc tại một nhà máy trong Khu công nghiệp Bá Thiện.",
 "Tháng hành động về an toàn, vệ sinh lao động", "Luật An toàn, vệ sinh lao động"],
["Thứ Ba, 14/04/2026 - 06:30", "Quý I/2026", "quý I/2026", "năm 2025", "quý II", "Quý I"]))
