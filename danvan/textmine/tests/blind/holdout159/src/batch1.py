from lib import *
PAGES = []

PAGES.append(page("b3773-nghean-bcd-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Phòng chống tệ nạn xã hội
Thứ Ba, 20/12/2011 - 16:40
Toàn cảnh hội nghị tổng kết.
Nghệ An: Phòng, chống ma túy vẫn là nhiệm vụ trọng tâm năm 2012
Ngày 19/12/2011, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2011. Đồng chí Lê Đình Thái, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Theo báo cáo, toàn tỉnh hiện có 3.812 người nghiện ma túy có hồ sơ quản lý, tăng 6,4% so với năm 2010; trong đó khoảng 70% ở độ tuổi dưới 35. Lực lượng công an đã phát hiện, bắt giữ 1.106 vụ với 1.493 đối tượng phạm tội về ma túy, thu giữ 62 bánh heroin và hơn 24.000 viên ma túy tổng hợp. Các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong vẫn là địa bàn phức tạp.
Công tác cai nghiện có chuyển biến: 1.240 người được cai nghiện tại Trung tâm Giáo dục lao động xã hội tỉnh, 415 người cai nghiện tại gia đình và cộng đồng. Tỉnh đã hỗ trợ hơn 3,2 tỷ đồng cho công tác cai nghiện, dạy nghề và tạo việc làm cho người sau cai. Thực hiện Nghị định số 94/2010/NĐ-CP của Chính phủ về tổ chức cai nghiện ma túy tại gia đình, cộng đồng, 21 huyện, thành, thị đã thành lập tổ công tác cai nghiện ở cấp xã.
Đồng chí Lầu Bá Chồng, Bí thư Đảng ủy xã Mường Lống, huyện Kỳ Sơn, cho biết xã có 14 bản, đồng bào Mông chiếm hơn 98% dân số; xã vận động già làng, trưởng bản ký cam kết không trồng cây thuốc phiện, không để người nghiện mới phát sinh. Ông Vi Văn Khăm, Trưởng Công an xã Yên Na, kiến nghị bố trí thêm kinh phí cho cán bộ theo dõi người sau cai.
Kết luận hội nghị, đồng chí Lê Đình Thái yêu cầu năm 2012 các ngành tiếp tục thực hiện Chỉ thị 21-CT/TW ngày 26/3/2008 của Bộ Chính trị về tiếp tục tăng cường lãnh đạo, chỉ đạo công tác phòng, chống và kiểm soát ma túy; phấn đấu giảm ít nhất 5% số người nghiện, xây dựng thêm 30 xã, phường không có tệ nạn ma túy. UBND tỉnh sẽ ban hành kế hoạch số 512/KH-UBND về cai nghiện giai đoạn 2012 - 2015.
Nhiều ý kiến cho rằng việc quản lý người nghiện ngoài xã hội còn lỏng lẻo; một số gia đình còn giấu người nghiện, ngại khai báo; sự phối hợp giữa công an, lao động - thương binh và xã hội, y tế ở cơ sở chưa chặt chẽ; việc dạy nghề cho người sau cai chưa gắn với nhu cầu của doanh nghiệp nên nhiều người học xong vẫn không có việc làm.
Dịp này, UBND tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc.
Hải Yến
Lượt truy cập: 1.204.558
Tin liên quan
- Kỳ Sơn: bắt 3 đối tượng vận chuyển 6 bánh heroin (12/12/2011)
- Hưởng ứng Ngày toàn dân phòng, chống ma túy 26/6 (25/6/2011)
- Tập huấn nghiệp vụ cho cán bộ làm công tác cai nghiện (14/5/2011)
- Tương Dương ra mắt câu lạc bộ "Sau cai nghiện" (02/4/2011)
""", "2011-12-20", "Nghệ An: Phòng, chống ma túy vẫn là nhiệm vụ trọng tâm năm 2012",
E("tong_ket", "2011", "2011-12-19"),
[P("Lê Đình Thái", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Lầu Bá Chồng", "Bí thư Đảng ủy xã Mường Lống"),
 P("Vi Văn Khăm", "Trưởng Công an xã Yên Na")],
[Q("3.812 người nghiện ma túy", 3812, "người nghiện ma túy"), Q("6,4%", 6.4, "%"), Q("khoảng 70%", 70, "%", "approx"),
 Q("1.106 vụ", 1106, "vụ"), Q("1.493 đối tượng", 1493, "đối tượng"), Q("62 bánh heroin", 62, "bánh heroin"),
 Q("hơn 24.000 viên ma túy tổng hợp", 24000, "viên ma túy tổng hợp", "over"),
 Q("1.240 người", 1240, "người"), Q("415 người", 415, "người"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("21 huyện, thành, thị", 21, "huyện, thành, thị"), Q("14 bản", 14, "bản"), Q("hơn 98%", 98, "%", "over"),
 Q("ít nhất 5%", 5, "%", "over"), Q("30 xã, phường không có tệ nạn ma túy", 30, "xã, phường không có tệ nạn ma túy"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Nghị định", "94", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 94/2010/NĐ-CP"),
 D("Chỉ thị", "21", "CT/TW", "2008-03-26", "Bộ Chính trị", "Chỉ thị 21-CT/TW ngày 26/3/2008"),
 D("Kế hoạch", "512", "KH-UBND", None, "UBND tỉnh", "kế hoạch số 512/KH-UBND")],
[prov("Nghệ An"), com("Mường Lống"), com("Yên Na")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN", "Trang chủ > Tin tức - Sự kiện > Phòng chống tệ nạn xã hội", "Toàn cảnh hội nghị tổng kết.",
 "Lượt truy cập: 1.204.558", "Trung tâm Giáo dục lao động xã hội tỉnh"],
["Thứ Ba, 20/12/2011 - 16:40", "năm 2011", "năm 2012", "giai đoạn 2012 - 2015", "Lượt truy cập: 1.204.558", "dưới 35"]))

PAGES.append(page("b3774-sonla-congan-soket-2012", """
Báo Sơn La điện tử
Thời sự » An ninh - Trật tự
Cập nhật: 09:12, 11/07/2012 (GMT+7)
Mai Sơn: 6 tháng triệt phá 47 vụ ma túy
(BSL) - Sáng 10/7, Ban Chỉ đạo 138 huyện Mai Sơn tổ chức hội nghị sơ kết công tác phòng, chống tội phạm và tệ nạn ma túy 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Cầm Văn Chính, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo 138 huyện và Thượng tá Lò Văn Thoan, Trưởng Công an huyện đồng chủ trì.
Thượng tá Lò Văn Thoan báo cáo tại hội nghị. Ảnh: Quàng Hương
6 tháng qua, lực lượng chức năng huyện phát hiện, bắt giữ 47 vụ, 63 đối tượng mua bán, tàng trữ trái phép chất ma túy, thu giữ 9,5 bánh heroin, 1,2 kg thuốc phiện và 3.600 viên ma túy tổng hợp. Toàn huyện có 1.027 người nghiện có hồ sơ quản lý, trong đó 318 người đang cai nghiện tại Trung tâm chữa bệnh - giáo dục - lao động xã hội tỉnh và 142 người điều trị bằng thuốc Methadone.
Huyện đã tổ chức 126 buổi tuyên truyền với khoảng 18.500 lượt người nghe; phát 4.000 tờ rơi bằng tiếng Thái, tiếng Mông. Mô hình "Bản không có ma túy" được nhân rộng ra 35 bản thuộc 9 xã; xã Chiềng Mung được công nhận "Xã không có tệ nạn ma túy". Thực hiện Chỉ thị 04, 05-CT/HU của Ban Thường vụ Huyện ủy về công tác phòng, chống ma túy và về quản lý người nghiện sau cai, các xã đã lập 212 tổ tự quản ở bản, tiểu khu.
Tại hội nghị, ông Sồng A Lử, Chủ tịch UBND xã Phiêng Cằm, cho biết nhiều người sau cai tái nghiện vì không có việc làm; xã đề nghị huyện hỗ trợ vốn vay ưu đãi, mỗi hộ khoảng 20 triệu đồng để phát triển chăn nuôi. Bà Lường Thị Xuân, Chủ tịch Hội LHPN xã Mường Bằng, chia sẻ cách vận động các bà mẹ, người vợ khuyên chồng con đi cai nghiện.
Các đại biểu cũng chỉ ra hạn chế: tình trạng vận chuyển ma túy qua địa bàn còn diễn biến phức tạp, đối tượng manh động, có vũ khí; một số cấp ủy xã chưa quan tâm đúng mức, việc tuyên truyền ở các bản vùng sâu còn ít, chưa phù hợp với phong tục của đồng bào; kinh phí hỗ trợ cho tổ tự quản còn thấp, có nơi tổ hoạt động hình thức.
Phát biểu kết luận, đồng chí Cầm Văn Chính yêu cầu 6 tháng cuối năm tập trung truy quét các điểm bán lẻ, giữ vững 35 bản không có ma túy, phấn đấu đưa 100% người nghiện có hồ sơ đi cai nghiện; thực hiện nghiêm Quyết định số 1001/QĐ-UBND ngày 14/5/2012 của UBND tỉnh về triển khai cai nghiện bắt buộc.
Quàng Hương
Tin liên quan
- Thuận Châu: 30 người tự nguyện đi cai nghiện (05/7/2012)
- Phá chuyên án ma túy lớn ở biên giới Sốp Cộp (28/6/2012)
- Mít tinh hưởng ứng Tháng hành động phòng, chống ma túy (26/6/2012)
- Sông Mã: ra mắt câu lạc bộ phụ nữ không có chồng, con nghiện ma túy (15/6/2012)
""", "2012-07-11", "Mai Sơn: 6 tháng triệt phá 47 vụ ma túy",
E("so_ket", "2012-H1", "2012-07-10"),
[P("Cầm Văn Chính", "Phó Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo 138 huyện"),
 P("Lò Văn Thoan", "Thượng tá", "Trưởng Công an huyện"),
 P("Sồng A Lử", "Chủ tịch UBND xã Phiêng Cằm"),
 P("Lường Thị Xuân", "Chủ tịch Hội LHPN xã Mường Bằng")],
[Q("47 vụ", 47, "vụ"), Q("63 đối tượng", 63, "đối tượng"), Q("9,5 bánh heroin", 9.5, "bánh heroin"),
 Q("1,2 kg", 1.2, "kg"), Q("3.600 viên ma túy tổng hợp", 3600, "viên ma túy tổng hợp"),
 Q("1.027 người nghiện", 1027, "người nghiện"), Q("318 người", 318, "người"), Q("142 người", 142, "người"),
 Q("126 buổi tuyên truyền", 126, "buổi tuyên truyền"), Q("khoảng 18.500 lượt người nghe", 18500, "lượt người nghe", "approx"),
 Q("4.000 tờ rơi", 4000, "tờ rơi"), Q("35 bản", 35, "bản"), Q("9 xã", 9, "xã"), Q("212 tổ tự quản", 212, "tổ tự quản"),
 Q("khoảng 20 triệu đồng", 20000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 04, 05-CT/HU"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 04, 05-CT/HU"),
 D("Quyết định", "1001", "QĐ-UBND", "2012-05-14", "UBND tỉnh", "Quyết định số 1001/QĐ-UBND ngày 14/5/2012")],
[prov("Sơn La"), com("Chiềng Mung"), com("Phiêng Cằm"), com("Mường Bằng")],
["Báo Sơn La điện tử", "Thời sự » An ninh - Trật tự", "Thượng tá Lò Văn Thoan báo cáo tại hội nghị. Ảnh: Quàng Hương", "(BSL)",
 "Bản không có ma túy", "Xã không có tệ nạn ma túy", "Ban Chỉ đạo 138"],
["Cập nhật: 09:12, 11/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua", "138"]))

PAGES.append(page("b3775-dienbien-taphuan-cainghien-2013", """
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐIỆN BIÊN
Bạn đang ở: Trang chủ / Phòng chống tệ nạn xã hội
08:30 | 18/09/2013
Học viên thực hành kỹ năng tư vấn cho người nghiện.
Tập huấn kỹ năng cai nghiện tại gia đình và cộng đồng cho cán bộ cơ sở
Ngày 16 và 17/9, Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên tổ chức lớp tập huấn nghiệp vụ cai nghiện ma túy tại gia đình và cộng đồng năm 2013 cho 85 học viên là cán bộ lao động - thương binh và xã hội, công an, y tế các xã, phường, thị trấn thuộc 5 huyện Điện Biên Đông, Mường Chà, Tủa Chùa, Tuần Giáo và Mường Nhé.
Bà Lò Thị Hoa, Phó Giám đốc Sở Lao động - Thương binh và Xã hội khai mạc lớp tập huấn. Theo bà Hoa, đến tháng 8/2013 toàn tỉnh có khoảng 5.300 người nghiện, phần lớn là người Mông, Thái, Khơ Mú ở vùng cao; mới có 38/130 xã, phường đạt tiêu chí không có tệ nạn ma túy. Tỷ lệ tái nghiện sau cai ở nhiều nơi vẫn trên 80%.
Trong 2 ngày, các học viên được giảng viên của Cục Phòng, chống tệ nạn xã hội giới thiệu Nghị định số 94/2010/NĐ-CP ngày 09/9/2010 của Chính phủ, Thông tư liên tịch số 27/2012/TTLT-BLĐTBXH-BYT về cai nghiện tại gia đình, cộng đồng; quy trình lập hồ sơ, cắt cơn, tư vấn tâm lý và quản lý sau cai. Bác sĩ Quàng Văn Pọm, Trưởng khoa Điều trị nghiện, Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội tỉnh hướng dẫn cách điều trị hội chứng cai bằng thuốc hỗ trợ.
Ông Giàng A Sử, cán bộ lao động - thương binh và xã hội xã Huổi Lèng, chia sẻ: "Xã tôi có 64 người nghiện, trước đây cán bộ không biết bắt đầu từ đâu. Sau lớp này, tôi sẽ về cùng trưởng bản, người có uy tín lập danh sách, vận động từng gia đình". Bà Vừ Thị Dua, Chủ tịch Hội LHPN xã Mường Luân, đề nghị có tài liệu bằng tiếng Mông để cán bộ tuyên truyền dễ hiểu.
Năm 2013, tỉnh bố trí hơn 1,5 tỷ đồng cho cai nghiện tại cộng đồng; mỗi người cai nghiện tại cộng đồng được hỗ trợ 700.000 đồng tiền thuốc cắt cơn. Tỉnh phấn đấu đưa khoảng 1.000 người đi cai nghiện, trong đó không dưới 40% cai tại gia đình, cộng đồng, thực hiện Kế hoạch số 1450/KH-UBND của UBND tỉnh.
Nhiều học viên cho rằng khó khăn lớn nhất ở cơ sở là người nghiện thường bỏ trốn lên nương, sang bản khác khi biết bị lập hồ sơ; gia đình thiếu hiểu biết, có nơi còn cho rằng hút thuốc phiện là tập quán. Vì vậy cán bộ cần kiên trì, đi từng nhà, nói bằng tiếng dân tộc và nhờ người có uy tín trong dòng họ vận động.
Kết thúc lớp học, 85 học viên được cấp giấy chứng nhận. Sở sẽ tiếp tục mở 2 lớp tương tự tại huyện Mường Ảng và thị xã Mường Lay trong quý IV.
Thanh Hà - Phòng PCTNXH
Số lượt xem: 2.315
Các tin khác
- Điện Biên Đông ra mắt 4 câu lạc bộ "Gia đình không có người nghiện" (05/09/2013)
- Kiểm tra công tác cai nghiện tại Mường Nhé (22/08/2013)
- Hỗ trợ dạy nghề cho 120 người sau cai (30/07/2013)
""", "2013-09-18", "Tập huấn kỹ năng cai nghiện tại gia đình và cộng đồng cho cán bộ cơ sở",
E("tap_huan", "2013", "2013-09-16"),
[P("Lò Thị Hoa", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Quàng Văn Pọm", "Bác sĩ", "Trưởng khoa Điều trị nghiện"),
 P("Giàng A Sử", "cán bộ lao động - thương binh và xã hội xã Huổi Lèng"),
 P("Vừ Thị Dua", "Chủ tịch Hội LHPN xã Mường Luân")],
[Q("85 học viên", 85, "học viên"), Q("5 huyện", 5, "huyện"), Q("khoảng 5.300 người nghiện", 5300, "người nghiện", "approx"),
 Q("38/130 xã, phường", 38, "xã, phường"), Q("trên 80%", 80, "%", "over"), Q("64 người nghiện", 64, "người nghiện"),
 Q("hơn 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("700.000 đồng", 700000, "đồng"),
 Q("khoảng 1.000 người", 1000, "người", "approx"), Q("không dưới 40%", 40, "%", "over"), Q("2 lớp", 2, "lớp")],
[D("Nghị định", "94", "2010/NĐ-CP", "2010-09-09", "Chính phủ", "Nghị định số 94/2010/NĐ-CP ngày 09/9/2010"),
 D("Thông tư liên tịch", "27", "2012/TTLT-BLĐTBXH-BYT", None, None, "Thông tư liên tịch số 27/2012/TTLT-BLĐTBXH-BYT"),
 D("Kế hoạch", "1450", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1450/KH-UBND")],
[prov("Điện Biên"), com("Huổi Lèng"), com("Mường Luân")],
["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐIỆN BIÊN", "Bạn đang ở: Trang chủ / Phòng chống tệ nạn xã hội",
 "Học viên thực hành kỹ năng tư vấn cho người nghiện.", "Số lượt xem: 2.315", "Cục Phòng, chống tệ nạn xã hội"],
["08:30 | 18/09/2013", "năm 2013", "tháng 8/2013", "Trong 2 ngày", "quý IV", "Số lượt xem: 2.315"]))

PAGES.append(page("b3776-hatinh-xa-giaoban-q1-2014", """
UBND XÃ THẠCH HƯƠNG - HUYỆN THẠCH HÀ - TỈNH HÀ TĨNH
Trang chủ | Giới thiệu | Tin tức | Văn bản
Ngày 08/04/2014
Quang cảnh buổi giao ban.
Thạch Hương: giữ vững danh hiệu xã không có ma túy
Chiều 7/4, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội xã Thạch Hương họp giao ban quý I/2014. Đồng chí Trần Đình Hảo, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, Trưởng Ban Chỉ đạo chủ trì. Dự có đồng chí Nguyễn Thị Lài, Phó Trưởng phòng Lao động - Thương binh và Xã hội huyện Thạch Hà.
Báo cáo của Công an xã cho thấy, quý I trên địa bàn không phát sinh người nghiện mới, không có điểm, tụ điểm mua bán ma túy; 2 người nghiện cũ đã cai xong trở về đang được 2 tổ tự quản theo dõi, giúp đỡ. 11/11 thôn duy trì tổ tự quản về an ninh trật tự với 96 thành viên; 100% hộ gia đình ký cam kết không để người thân sử dụng ma túy. Xã tổ chức 14 buổi tuyên truyền lồng ghép tại các cuộc họp thôn, thu hút hơn 1.600 lượt người dự.
Năm 2013, Thạch Hương là một trong những xã đầu tiên của huyện Thạch Hà được UBND tỉnh Hà Tĩnh công nhận đạt tiêu chuẩn "Xã, phường, thị trấn không có tệ nạn ma túy" theo Quyết định số 3894/QĐ-UBND ngày 20/12/2013 và được thưởng 30 triệu đồng. Số tiền này xã dùng để hỗ trợ hoạt động của các tổ tự quản và mua 11 bộ loa phát thanh cho các thôn.
Tại buổi giao ban, ông Lê Văn Thuận, Trưởng thôn Tân Hòa, đề nghị Công an xã thường xuyên nắm số thanh niên đi làm ăn xa trở về dịp Tết, vì đây là nhóm dễ bị lôi kéo. Bà Phan Thị Huệ, Chủ tịch Hội Phụ nữ xã, cho biết hội đang duy trì câu lạc bộ "Phụ nữ với phòng, chống ma túy" với 45 hội viên.
Kết luận, đồng chí Trần Đình Hảo giao Công an xã phối hợp các đoàn thể thực hiện Kế hoạch 15/KH-UBND của UBND xã về giữ vững xã không có tệ nạn ma túy năm 2014; mỗi thôn tổ chức ít nhất 1 buổi nói chuyện chuyên đề trong quý II; Đoàn Thanh niên duy trì đội thanh niên xung kích tuần tra ban đêm. Công an xã tiếp tục rà soát, lập danh sách người có biểu hiện nghi vấn, kịp thời báo cáo lên Công an huyện; các thôn chủ động hòa giải mâu thuẫn trong gia đình có người sau cai, không để họ bị kỳ thị, xa lánh.
Cũng tại buổi giao ban, các thành viên Ban Chỉ đạo thống nhất đưa nội dung phòng, chống ma túy vào hương ước, quy ước của thôn; biểu dương các gia đình có con em đi làm ăn xa vẫn giữ liên lạc thường xuyên với thôn, kịp thời thông báo khi có dấu hiệu bất thường.
Văn phòng UBND xã
Xem thêm
- Thạch Hương tổng kết công tác năm 2013 (28/12/2013)
- Hội nghị triển khai công tác quân sự - quốc phòng năm 2014 (10/01/2014)
- Lễ ra quân thực hiện đợt cao điểm tấn công trấn áp tội phạm dịp Tết (15/01/2014)
- Đại hội Chi hội Cựu chiến binh thôn Tân Hòa (22/03/2014)
""", "2014-04-08", "Thạch Hương: giữ vững danh hiệu xã không có ma túy",
E("giao_ban", "2014-Q1", "2014-04-07"),
[P("Trần Đình Hảo", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Thị Lài", "Phó Trưởng phòng Lao động - Thương binh và Xã hội huyện Thạch Hà"),
 P("Lê Văn Thuận", "Trưởng thôn Tân Hòa"),
 P("Phan Thị Huệ", "Chủ tịch Hội Phụ nữ xã")],
[Q("2 người nghiện cũ", 2, "người nghiện cũ"), Q("2 tổ tự quản", 2, "tổ tự quản"), Q("11/11 thôn", 11, "thôn"),
 Q("96 thành viên", 96, "thành viên"), Q("100%", 100, "%"), Q("14 buổi tuyên truyền", 14, "buổi tuyên truyền"),
 Q("hơn 1.600 lượt người", 1600, "lượt người", "over"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("11 bộ loa phát thanh", 11, "bộ loa phát thanh"), Q("45 hội viên", 45, "hội viên")],
[D("Quyết định", "3894", "QĐ-UBND", "2013-12-20", "UBND tỉnh", "Quyết định số 3894/QĐ-UBND ngày 20/12/2013"),
 D("Kế hoạch", "15", "KH-UBND", None, "UBND xã", "Kế hoạch 15/KH-UBND")],
[prov("Hà Tĩnh"), com("Thạch Hương")],
["UBND XÃ THẠCH HƯƠNG - HUYỆN THẠCH HÀ - TỈNH HÀ TĨNH", "Trang chủ | Giới thiệu | Tin tức | Văn bản", "Quang cảnh buổi giao ban.",
 "Xã, phường, thị trấn không có tệ nạn ma túy", "Phụ nữ với phòng, chống ma túy", "Văn phòng UBND xã"],
["quý I/2014", "quý I", "quý II", "năm 2014", "Năm 2013", "ít nhất 1 buổi"]))

PAGES.append(page("b3777-thanhhoa-mttq-giamsat-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ :: Hoạt động giám sát, phản biện xã hội
24-11-2015 10:15
Đoàn giám sát làm việc tại Cơ sở cai nghiện ma túy số 1.
Giám sát việc thực hiện chính sách cai nghiện tại Thanh Hóa
Từ ngày 16 đến 20/11/2015, Đoàn giám sát của Ủy ban MTTQ tỉnh Thanh Hóa do bà Hoàng Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ cai nghiện ma túy và quản lý người sau cai năm 2015 tại Sở Lao động - Thương binh và Xã hội, Cơ sở cai nghiện ma túy số 1, số 2 và 4 huyện Thường Xuân, Quan Hóa, Mường Lát, Như Xuân. Cùng tham gia đoàn có ông Phạm Văn Cừ, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh và đại diện Hội Cựu chiến binh, Tỉnh đoàn.
Theo báo cáo, đến ngày 31/10/2015 toàn tỉnh có 4.126 người nghiện có hồ sơ quản lý tại 507 xã, phường, thị trấn; có 186 xã có tệ nạn ma túy. Trong năm, 2 cơ sở cai nghiện tiếp nhận 1.062 học viên, trong đó 874 người cai nghiện bắt buộc; 1.318 người đang điều trị thay thế bằng Methadone tại 11 cơ sở điều trị. Ngân sách tỉnh chi khoảng 19,4 tỷ đồng cho công tác cai nghiện, mức hỗ trợ tiền ăn cho học viên cai nghiện bắt buộc là 675.000 đồng/người/tháng.
Qua giám sát, đoàn ghi nhận các đơn vị đã thực hiện cơ bản đúng Nghị định số 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ quy định chế độ áp dụng biện pháp xử lý hành chính đưa vào cơ sở cai nghiện bắt buộc và Quyết định số 2596/QĐ-TTg ngày 27/12/2013 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới công tác cai nghiện ma túy. Tuy vậy, việc lập hồ sơ ở cấp xã còn chậm, có hồ sơ kéo dài hơn 3 tháng; cơ sở vật chất của Cơ sở cai nghiện số 2 xuống cấp, thiếu cán bộ y tế; chỉ khoảng 15% người sau cai được dạy nghề.
Tại huyện Mường Lát, ông Thao Văn Tủa, Chủ tịch UBND xã Pù Nhi, cho biết xã có 73 người nghiện, chủ yếu người Mông; xã đã thành lập 9 tổ nhân dân tự quản nhưng kinh phí hoạt động chỉ 500.000 đồng mỗi tổ một năm. Bà Hà Thị Dưng, Chủ tịch Ủy ban MTTQ xã Trung Lý, kiến nghị tỉnh có cơ chế hỗ trợ đất sản xuất cho người sau cai.
Đoàn giám sát kiến nghị UBND tỉnh bổ sung 12 biên chế y tế cho 2 cơ sở cai nghiện; nâng mức hỗ trợ cho tổ tự quản; chỉ đạo rút ngắn thời gian lập hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc. Kết quả giám sát sẽ được báo cáo tại hội nghị Đoàn Chủ tịch Ủy ban MTTQ tỉnh vào tháng 12 để tổng hợp gửi các cơ quan có thẩm quyền theo Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của MTTQ và các đoàn thể chính trị - xã hội.
Ngọc Huấn
Tin cùng chuyên mục
- Phản biện dự thảo Nghị quyết về hỗ trợ hộ nghèo (10/11/2015)
- Giám sát việc thực hiện chính sách bảo hiểm y tế (28/10/2015)
- MTTQ huyện Quan Sơn giám sát tổ tự quản (15/10/2015)
""", "2015-11-24", "Giám sát việc thực hiện chính sách cai nghiện tại Thanh Hóa",
E("giam_sat", "2015", "2015-11-16"),
[P("Hoàng Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "trưởng đoàn"),
 P("Phạm Văn Cừ", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Thao Văn Tủa", "Chủ tịch UBND xã Pù Nhi"),
 P("Hà Thị Dưng", "Chủ tịch Ủy ban MTTQ xã Trung Lý")],
[Q("4 huyện", 4, "huyện"), Q("4.126 người nghiện", 4126, "người nghiện"), Q("507 xã, phường, thị trấn", 507, "xã, phường, thị trấn"),
 Q("186 xã", 186, "xã"), Q("2 cơ sở cai nghiện", 2, "cơ sở cai nghiện"), Q("1.062 học viên", 1062, "học viên"),
 Q("874 người", 874, "người"), Q("1.318 người", 1318, "người"), Q("11 cơ sở điều trị", 11, "cơ sở điều trị"),
 Q("khoảng 19,4 tỷ đồng", 19400000000, "đồng", "approx"), Q("675.000 đồng", 675000, "đồng"),
 Q("khoảng 15%", 15, "%", "approx"), Q("73 người nghiện", 73, "người nghiện"), Q("9 tổ nhân dân tự quản", 9, "tổ nhân dân tự quản"),
 Q("500.000 đồng", 500000, "đồng"), Q("12 biên chế y tế", 12, "biên chế y tế")],
[D("Nghị định", "221", "2013/NĐ-CP", "2013-12-30", "Chính phủ", "Nghị định số 221/2013/NĐ-CP ngày 30/12/2013"),
 D("Quyết định", "2596", "QĐ-TTg", "2013-12-27", "Thủ tướng Chính phủ", "Quyết định số 2596/QĐ-TTg ngày 27/12/2013"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Trung Lý")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ :: Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại Cơ sở cai nghiện ma túy số 1.", "Cơ sở cai nghiện ma túy số 1", "Đề án đổi mới công tác cai nghiện ma túy"],
["24-11-2015 10:15", "năm 2015", "hơn 3 tháng", "số 1, số 2", "tháng 12", "Cơ sở cai nghiện số 2"]))

PAGES.append(page("b3778-laichau-chandung-saucai-2016", """
Báo Lai Châu điện tử
Xã hội > Gương sáng
Thứ Bảy, 25/06/2016 | 07:30
Anh Vàng A Chinh (bên phải) hướng dẫn thành viên tổ tự quản chăm sóc vườn thảo quả.
Người sau cai giúp cả bản thoát ma túy
Từng có 9 năm nghiện thuốc phiện, bán hết cả đàn trâu và 2 con ngựa của gia đình, anh Vàng A Chinh ở bản Sì Choang, xã Hua Bum, huyện Nậm Nhùn nay là tổ trưởng tổ tự quản "Bản không có người nghiện", giúp hơn chục người trong bản từ bỏ ma túy.
Năm 2011, sau nhiều lần vợ con khóc lóc, anh Chinh tự nguyện đi cai nghiện tại Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội tỉnh. Ra trại, anh được vay 30 triệu đồng từ Ngân hàng Chính sách xã hội để trồng 2 ha thảo quả và nuôi 5 con bò. Đến nay, mỗi năm gia đình anh thu khoảng 80 triệu đồng, đã dựng được căn nhà gỗ mới.
"Người nghiện nghe người từng nghiện nói thì tin hơn", anh Chinh kể. Anh cùng ông Lỳ Xá Sè, Trưởng bản Sì Choang và bà Pờ Thị Mỷ, Bí thư Chi đoàn bản, đi đến từng nhà có người nghiện, ngồi uống nước, kể chuyện mình. Năm 2014, anh vận động được 7 người tự nguyện cắt cơn tại nhà, đến năm 2015 thêm 5 người đi cai nghiện tập trung. Tổ tự quản của anh có 12 thành viên, chia nhau theo dõi từng người sau cai, giúp họ giống thảo quả, cây chè.
Ông Lò Văn Hương, Chủ tịch UBND xã Hua Bum, cho biết: từ chỗ bản Sì Choang có 21 người nghiện, nay chỉ còn 3 người đang điều trị; bản đã 2 năm liền không phát sinh người nghiện mới. Mô hình của anh Chinh đang được xã nhân rộng ra 6 bản khác. Năm 2015, anh được Chủ tịch UBND tỉnh tặng bằng khen theo Quyết định số 865/QĐ-UBND vì có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc.
Không chỉ vận động người nghiện, anh còn cùng tổ tự quản canh giữ đường mòn qua bản, kịp thời báo cho đồn biên phòng khi thấy người lạ mang hàng qua lại. Theo Đại úy Giàng A Lử, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Hua Bum, trong 2 năm qua tổ đã cung cấp 4 nguồn tin giúp lực lượng chức năng bắt giữ các đối tượng vận chuyển ma túy.
Chị Sùng Thị Dế, vợ anh Chinh, nhớ lại những năm chồng nghiện, nhà không còn hạt thóc, các con phải nghỉ học lên nương cùng mẹ. "Giờ nhà có cái ăn, con được đi học, chồng lại được bà con tin", chị nói. Trong bản, nhiều gia đình có người sau cai cũng học theo cách làm kinh tế của anh, trồng thảo quả dưới tán rừng, giữ rừng đầu nguồn.
Nói về dự định, anh Chinh muốn mở rộng vườn thảo quả lên 4 ha và thuê người sau cai trong bản cùng làm, "để họ có việc, có tiền thì không quay lại con đường cũ".
Thu Thủy
Tin khác
- Nậm Nhùn: 40 hộ đồng bào ký cam kết không tái trồng cây thuốc phiện (18/6/2016)
- Mít tinh hưởng ứng Ngày quốc tế phòng, chống ma túy 26/6 (24/6/2016)
- Tam Đường: hỗ trợ vốn cho người sau cai (10/6/2016)
""", "2016-06-25", "Người sau cai giúp cả bản thoát ma túy",
E("khac", None, None),
[P("Vàng A Chinh", "tổ trưởng tổ tự quản \"Bản không có người nghiện\""),
 P("Lỳ Xá Sè", "Trưởng bản Sì Choang"),
 P("Pờ Thị Mỷ", "Bí thư Chi đoàn bản"),
 P("Lò Văn Hương", "Chủ tịch UBND xã Hua Bum"),
 P("Sùng Thị Dế"),
 P("Giàng A Lử", "Đại úy", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Hua Bum")],
[Q("2 con ngựa", 2, "con ngựa"), Q("30 triệu đồng", 30000000, "đồng"), Q("2 ha", 2, "ha"), Q("5 con bò", 5, "con bò"),
 Q("khoảng 80 triệu đồng", 80000000, "đồng", "approx"), Q("7 người", 7, "người"), Q("5 người", 5, "người"),
 Q("12 thành viên", 12, "thành viên"), Q("21 người nghiện", 21, "người nghiện"), Q("3 người", 3, "người"),
 Q("6 bản", 6, "bản"), Q("4 nguồn tin", 4, "nguồn tin"), Q("4 ha", 4, "ha")],
[D("Quyết định", "865", "QĐ-UBND", None, "Chủ tịch UBND tỉnh", "Quyết định số 865/QĐ-UBND")],
[prov("Lai Châu"), com("Hua Bum")],
["Báo Lai Châu điện tử", "Xã hội > Gương sáng", "Anh Vàng A Chinh (bên phải) hướng dẫn thành viên tổ tự quản chăm sóc vườn thảo quả.",
 "Ngân hàng Chính sách xã hội", "Đồn Biên phòng Hua Bum"],
["Thứ Bảy, 25/06/2016 | 07:30", "9 năm", "hơn chục người", "Năm 2011", "2 năm liền", "2 năm qua"]))
