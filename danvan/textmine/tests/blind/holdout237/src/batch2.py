from lib import *
PAGES = []

PAGES.append(page("b5651-hagiang-bdv-phongvan-giaoban-2017", """
BÁO HÀ GIANG ĐIỆN TỬ
Vị trí: Trang chủ › Xây dựng Đảng › Dân vận
Cập nhật lúc 16:20 ngày 12/10/2017
Ảnh: Quang cảnh hội nghị giao ban.
Phát huy vai trò người có uy tín nơi biên giới
BHG - Chiều 10/10, tại hội nghị giao ban khối dân vận quý III năm 2017, đồng chí Sùng Thị Dí, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Hà Giang đã dành cho phóng viên cuộc trao đổi ngắn về công tác vận động đồng bào vùng biên.
PV: Quý III vừa qua, khối dân vận đã làm được những gì, thưa đồng chí?
Đồng chí Sùng Thị Dí: Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 152, 153-KH/TU về thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Các huyện biên giới đã vận động 1.024 hộ đăng ký tự quản đường biên, cột mốc; 386 người có uy tín tham gia tuyên truyền. Chương trình "Nhà nhân ái" hỗ trợ làm 74 căn nhà cho hộ nghèo với số tiền hơn 2,2 tỷ đồng.
PV: Vấn đề truyền đạo trái pháp luật ở các xã vùng cao hiện ra sao?
Đồng chí Sùng Thị Dí: Trong quý, các lực lượng phát hiện 3 vụ việc truyền đạo trái pháp luật tại huyện Mèo Vạc và Yên Minh, đã vận động 29 hộ từ bỏ. Tại xã Sủng Trái, ông Vàng Mí Pó, Bí thư Chi bộ kiêm Trưởng thôn Sủng Lủng, đã đến từng nhà, nói bằng tiếng Mông để bà con hiểu. Hiện 100% thôn, bản có tổ dân vận.
PV: Quý IV, khối dân vận tập trung nhiệm vụ gì?
Đồng chí Sùng Thị Dí: Chúng tôi triển khai Hướng dẫn số 23-HD/BDVTU ngày 5/9/2017 của Ban Dân vận Tỉnh ủy về mô hình "Dân vận khéo" vùng biên giới, phấn đấu mỗi xã biên giới có ít nhất 2 mô hình. Các đồng chí HUV, Trưởng Ban Dân vận Huyện ủy: Lò Thị Sính (Đồng Văn), Ly Mí Chá (Mèo Vạc) được giao xây dựng điểm tại 4 xã. Chúng tôi cũng phối hợp Bộ đội Biên phòng tổ chức 12 buổi tuyên truyền về Luật Biên giới quốc gia cho khoảng 3.000 lượt người.
PV: Đồng chí đánh giá thế nào về sự phối hợp với các đoàn thể?
Đồng chí Sùng Thị Dí: Sự phối hợp ngày càng chặt chẽ. Hội Liên hiệp Phụ nữ tỉnh có mô hình "Phụ nữ Mông biên giới giữ gìn an ninh" với 46 tổ; Tỉnh đoàn có 58 đội thanh niên tình nguyện. Ông Hầu Văn Lềnh, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy, báo cáo tại giao ban cho biết quý III có 9 đơn thư, đã giải quyết 7 đơn.
PV: Chính sách cho người có uy tín hiện nay thế nào?
Đồng chí Sùng Thị Dí: Tỉnh thực hiện Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 95/KH-UBND ngày 14/4/2017 của UBND tỉnh. Toàn tỉnh có 1.986 người có uy tín, mỗi người được cấp báo, được thăm hỏi khi ốm đau. Dịp Tết Nguyên đán, tỉnh tặng 1.986 suất quà, mỗi suất 500.000 đồng.
PV: Xin cảm ơn đồng chí!
Hồng Nhung - Vàng Dũng
Tin liên quan
- Yên Minh: giao ban công tác dân vận quý II (12/07/2017)
- Người có uy tín nơi cực Bắc (28/06/2017)
- Hà Giang tặng 400 suất quà cho người có uy tín (20/01/2017)
""", "2017-10-12", "Phát huy vai trò người có uy tín nơi biên giới",
E("giao_ban", "2017-Q3", "2017-10-10"),
[P("Sùng Thị Dí", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy Hà Giang"),
 P("Vàng Mí Pó", "Bí thư Chi bộ kiêm Trưởng thôn Sủng Lủng"),
 P("Lò Thị Sính", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Ly Mí Chá", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hầu Văn Lềnh", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("1.024 hộ", 1024, "hộ"), Q("386 người có uy tín", 386, "người có uy tín"), Q("74 căn nhà", 74, "căn nhà"),
 Q("hơn 2,2 tỷ đồng", 2200000000, "đồng", "over"), Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("29 hộ", 29, "hộ"), Q("100%", 100, "%"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("4 xã", 4, "xã"),
 Q("12 buổi tuyên truyền", 12, "buổi tuyên truyền"), Q("khoảng 3.000 lượt người", 3000, "lượt người", "approx"),
 Q("46 tổ", 46, "tổ"), Q("58 đội thanh niên tình nguyện", 58, "đội thanh niên tình nguyện"), Q("9 đơn thư", 9, "đơn thư"), Q("7 đơn", 7, "đơn"),
 Q("1.986 người có uy tín", 1986, "người có uy tín"), Q("1.986 suất quà", 1986, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "152", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 152, 153-KH/TU"),
 D("Kế hoạch", "153", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 152, 153-KH/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Hướng dẫn", "23", "HD/BDVTU", "2017-09-05", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 23-HD/BDVTU ngày 5/9/2017"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg"),
 D("Kế hoạch", "95", "KH-UBND", "2017-04-14", "UBND tỉnh", "Kế hoạch số 95/KH-UBND ngày 14/4/2017")],
[prov("Hà Giang"), com("Sủng Trái")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Vị trí: Trang chủ › Xây dựng Đảng › Dân vận", "Ảnh: Quang cảnh hội nghị giao ban.", "BHG -", "PV:",
 "Nhà nhân ái", "Dân vận khéo", "Phụ nữ Mông biên giới giữ gìn an ninh", "Luật Biên giới quốc gia"],
["Cập nhật lúc 16:20 ngày 12/10/2017", "quý III năm 2017", "Quý IV", "khóa XI"]))

PAGES.append(page("b5652-hue-bdv-hoidap-taphuan-2018", """
Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Thừa Thiên Huế
Trang chủ >> Nghiên cứu - Trao đổi >> Hỏi đáp nghiệp vụ
2018-06-21 15:30
Lớp tập huấn: giải đáp vướng mắc về Quy chế dân vận cho cán bộ cơ sở
Trong 2 ngày 19 - 20/6/2018, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2018 cho 165 học viên là trưởng, phó ban dân vận, cán bộ khối dân vận các xã, phường, thị trấn. Chúng tôi ghi lại một số câu hỏi học viên nêu và phần giải đáp của đồng chí Hồ Thị Thu Nguyệt, Phó Trưởng Ban Dân vận Tỉnh ủy, và đồng chí Lê Quang Vinh, Trưởng phòng Dân vận chính quyền và Mặt trận, đoàn thể Ban Dân vận Tỉnh ủy.
Các học viên tham dự lớp tập huấn. Ảnh: Đ.T
Hỏi (bà Kăn Thị Nhung, Trưởng khối dân vận xã A Roàng): Cán bộ khối dân vận xã kiêm nhiệm nhiều, làm sao vẫn đi sát dân?
Đáp (đồng chí Hồ Thị Thu Nguyệt): Hiện nay khối dân vận thực hiện theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị. Mỗi cán bộ phụ trách 1 - 2 thôn, mỗi tháng ít nhất 4 ngày về cơ sở. Toàn tỉnh có 152 xã, phường, thị trấn đã thành lập khối dân vận với 1.050 thành viên.
Hỏi (ông Hồ Văn Pơn, Chủ tịch Ủy ban MTTQ xã Hồng Thượng): Việc đánh giá mô hình "Dân vận khéo" thế nào cho thực chất?
Đáp (đồng chí Lê Quang Vinh): Theo Hướng dẫn số 11-HD/BDVTU ngày 12/3/2018, mô hình phải có hiệu quả ít nhất 1 năm, được nhân dân công nhận. Năm 2017, tỉnh công nhận 236 mô hình, trong đó 41 mô hình cấp tỉnh; phong trào huy động trên 35 tỷ đồng và 6.200 m2 đất.
Hỏi (bà Nguyễn Thị Bé, Phó Bí thư Thường trực Đảng ủy phường Thủy Dương): Tổ dân vận ở tổ dân phố sinh hoạt ra sao?
Đáp (đồng chí Hồ Thị Thu Nguyệt): Tổ dân vận sinh hoạt mỗi quý 1 lần, do Bí thư chi bộ làm tổ trưởng. Năm 2018, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21-CT/TU về công tác dân vận của chính quyền, trong đó yêu cầu 100% tổ dân phố có tổ dân vận trước tháng 12.
Lớp tập huấn có 5 chuyên đề; cuối khóa, 160 học viên đạt yêu cầu bài thu hoạch, chiếm 97%. Kinh phí lớp khoảng 86 triệu đồng.
Hỏi (ông Hồ Văn Lai, Trưởng thôn Pa Hy, xã A Roàng): Người dân được tham gia góp ý quy hoạch như thế nào?
Đáp (đồng chí Lê Quang Vinh): Mọi quy hoạch phải niêm yết công khai ít nhất 30 ngày tại nhà văn hóa thôn. Năm qua, các xã đã tổ chức 412 hội nghị lấy ý kiến nhân dân.
Hỏi (bà Pi Lăng Thị Hoa, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện A Lưới): Việc vận động đồng bào bỏ tục lệ lạc hậu nên bắt đầu từ đâu?
Đáp (đồng chí Hồ Thị Thu Nguyệt): Nên bắt đầu từ người có uy tín và chính phụ nữ. Huyện A Lưới đã có 27 tổ phụ nữ không sinh con thứ ba, 18 dòng họ cam kết không tảo hôn. Ban sẽ hỗ trợ mỗi mô hình 5 triệu đồng từ kinh phí năm 2018.
Tuệ Anh
Tin khác
- Nam Đông: tập huấn cho 80 cán bộ dân vận (10/06/2018)
- A Lưới: vận động đồng bào Pa Kô, Tà Ôi giữ rừng (01/06/2018)
- Hội nghị giao ban công tác dân vận quý II (25/05/2018)
""", "2018-06-21", "Lớp tập huấn: giải đáp vướng mắc về Quy chế dân vận cho cán bộ cơ sở",
E("tap_huan", "2018", "2018-06-19"),
[P("Hồ Thị Thu Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Vinh", "Trưởng phòng Dân vận chính quyền và Mặt trận, đoàn thể Ban Dân vận Tỉnh ủy"),
 P("Kăn Thị Nhung", "Trưởng khối dân vận xã A Roàng"), P("Hồ Văn Pơn", "Chủ tịch Ủy ban MTTQ xã Hồng Thượng"),
 P("Nguyễn Thị Bé", "Phó Bí thư Thường trực Đảng ủy phường Thủy Dương"), P("Hồ Văn Lai", "Trưởng thôn Pa Hy"),
 P("Pi Lăng Thị Hoa", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện A Lưới")],
[Q("165 học viên", 165, "học viên"), Q("152 xã, phường, thị trấn", 152, "xã, phường, thị trấn"),
 Q("1.050 thành viên", 1050, "thành viên"), Q("236 mô hình", 236, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("trên 35 tỷ đồng", 35000000000, "đồng", "over"), Q("6.200 m2", 6200, "m2"), Q("5 chuyên đề", 5, "chuyên đề"),
 Q("160 học viên", 160, "học viên"), Q("97%", 97, "%"), Q("khoảng 86 triệu đồng", 86000000, "đồng", "approx"),
 Q("412 hội nghị", 412, "hội nghị"), Q("100%", 100, "%"),
 Q("27 tổ phụ nữ", 27, "tổ phụ nữ"), Q("18 dòng họ", 18, "dòng họ"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Hướng dẫn", "11", "HD/BDVTU", "2018-03-12", None, "Hướng dẫn số 11-HD/BDVTU ngày 12/3/2018"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21-CT/TU")],
[prov("Thừa Thiên Huế"), com("A Roàng"), com("Hồng Thượng"), com("Thủy Dương")],
["Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Thừa Thiên Huế", "Trang chủ >> Nghiên cứu - Trao đổi >> Hỏi đáp nghiệp vụ",
 "Các học viên tham dự lớp tập huấn. Ảnh: Đ.T", "Dân vận khéo", "Hỏi (", "Đáp ("],
["2018-06-21 15:30", "2 ngày 19 - 20/6/2018", "ít nhất 4 ngày", "năm 2018", "1 - 2 thôn", "ít nhất 1 năm", "mỗi quý 1 lần", "Năm 2017", "ít nhất 30 ngày", "con thứ ba"]))

PAGES.append(page("b5653-daklak-bdv-phongvan-traoqua-2019", """
Báo Đắk Lắk điện tử
Trang chủ | Chính trị | Dân tộc - Tôn giáo
Thứ Hai, 28/01/2019 - 11:15
Mang Tết ấm đến buôn làng
Ngày 25/1/2019, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí H'Yim Kđoh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà người có uy tín, hộ nghèo tại huyện Krông Bông và huyện Lắk. Nhân dịp này, phóng viên đã phỏng vấn đồng chí H'Yim Kđoh.
Đồng chí H'Yim Kđoh tặng quà già làng tại buôn Cuôr. Ảnh: H.Gia
PV: Xin bà cho biết đợt thăm, tặng quà Tết Kỷ Hợi 2019 có những hoạt động gì?
Đồng chí H'Yim Kđoh: Đoàn đã trao 460 suất quà cho người có uy tín và hộ nghèo, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm, tổng trị giá khoảng 320 triệu đồng. Riêng tại xã Yang Mao, đoàn tặng 120 suất quà cho hộ nghèo đồng bào Êđê, Mnông và 5 chiếc xe đạp cho học sinh nghèo vượt khó. Kinh phí do Ban vận động các doanh nghiệp, theo Kế hoạch số 102-KH/BDVTU ngày 2/1/2019.
PV: Vai trò của người có uy tín ở Đắk Lắk hiện nay như thế nào?
Đồng chí H'Yim Kđoh: Toàn tỉnh có 2.164 người có uy tín. Thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ, mỗi người được cấp 1 tờ báo, được thăm hỏi khi ốm đau, mức chi thăm hỏi tối đa 1 triệu đồng/người. Năm 2018, người có uy tín đã vận động 27 hộ bỏ tà đạo "Hà Mòn", hòa giải 318 vụ việc mâu thuẫn trong cộng đồng.
PV: Những tấm gương cụ thể mà bà ghi nhận?
Đồng chí H'Yim Kđoh: Tôi có thể kể già làng Y Bhin Niê ở buôn Cuôr, xã Yang Mao, và ông Ama Hương, người có uy tín buôn Jun, xã Liên Sơn Lắk. Ông Ama Hương đã hiến 1.500 m2 đất làm sân bóng cho thanh niên buôn. Bà H'Bia Mlô, Bí thư Chi bộ buôn Tơ Lơ, xã Liên Sơn Lắk, vận động 12 hộ đưa con trở lại trường.
PV: Năm 2019, Ban đặt trọng tâm gì?
Đồng chí H'Yim Kđoh: Chúng tôi tham mưu Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị 11, 12-CT/TU về công tác vận động đồng bào dân tộc thiểu số và về phòng, chống tảo hôn; phối hợp Ban Dân tộc tỉnh tổ chức 15 hội nghị gặp mặt người có uy tín. Cùng đi trong đoàn có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Y Kông Byă, Trần Thị Mỹ Hạnh, và ông Nguyễn Hữu Phước, Phó Chủ tịch UBND huyện Lắk.
PV: Bà có thể nói thêm về phong trào "Dân vận khéo" ở vùng đồng bào?
Đồng chí H'Yim Kđoh: Năm 2018, toàn tỉnh có 1.245 mô hình "Dân vận khéo", trong đó 312 mô hình ở vùng đồng bào dân tộc thiểu số. Mô hình "Buôn không có người vi phạm pháp luật" ở xã Ea Trul do ông Y Thoan Ktla, Trưởng buôn Ea Trul, làm chủ nhiệm đã duy trì 4 năm liền. Chúng tôi sẽ nhân rộng mô hình này ra ít nhất 30 buôn trong năm 2019.
PV: Xin cảm ơn bà!
Hoàng Gia
Lượt xem: 3.542
Bài viết liên quan
- Krông Ana: tặng 200 suất quà cho hộ nghèo (24/01/2019)
- Gặp mặt người có uy tín năm 2019 (18/01/2019)
- Buôn Đôn: đối thoại với đồng bào về đất đai (09/01/2019)
""", "2019-01-28", "Mang Tết ấm đến buôn làng",
E("trao_qua", None, "2019-01-25"),
[P("H'Yim Kđoh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Bhin Niê", "già làng"), P("Ama Hương", "người có uy tín buôn Jun"),
 P("H'Bia Mlô", "Bí thư Chi bộ buôn Tơ Lơ"),
 P("Y Kông Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trần Thị Mỹ Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch UBND huyện Lắk"),
 P("Y Thoan Ktla", "Trưởng buôn Ea Trul")],
[Q("460 suất quà", 460, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("khoảng 320 triệu đồng", 320000000, "đồng", "approx"),
 Q("120 suất quà", 120, "suất quà"), Q("5 chiếc xe đạp", 5, "chiếc xe đạp"), Q("2.164 người có uy tín", 2164, "người có uy tín"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("27 hộ", 27, "hộ"), Q("318 vụ việc mâu thuẫn", 318, "vụ việc mâu thuẫn"),
 Q("1.500 m2", 1500, "m2"), Q("12 hộ", 12, "hộ"), Q("1.245 mô hình", 1245, "mô hình"), Q("312 mô hình", 312, "mô hình"),
 Q("ít nhất 30 buôn", 30, "buôn", "over"), Q("15 hội nghị gặp mặt người có uy tín", 15, "hội nghị gặp mặt người có uy tín")],
[D("Kế hoạch", "102", "KH/BDVTU", "2019-01-02", None, "Kế hoạch số 102-KH/BDVTU ngày 2/1/2019"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Liên Sơn Lắk"), com("Ea Trul")],
["Báo Đắk Lắk điện tử", "Trang chủ | Chính trị | Dân tộc - Tôn giáo", "Đồng chí H'Yim Kđoh tặng quà già làng tại buôn Cuôr. Ảnh: H.Gia",
 "PV:", "Hà Mòn", "Lượt xem: 3.542", "Dân vận khéo", "Buôn không có người vi phạm pháp luật"],
["Thứ Hai, 28/01/2019 - 11:15", "Tết Kỷ Hợi 2019", "1 tờ báo", "Năm 2018", "Năm 2019", "Lượt xem: 3.542", "4 năm liền", "năm 2019"]))

PAGES.append(page("b5654-cantho-bdv-phongvan-baocao-2020", """
BÁO CẦN THƠ ONLINE
Thời sự › Chính trị › Trao đổi
30 tháng 9, 2020 | 17:10
Báo cáo viên phải "nói cho dân hiểu, làm cho dân tin"
Sáng 29/9, Ban Tuyên giáo và Ban Dân vận Thành ủy Cần Thơ phối hợp tổ chức hội nghị báo cáo viên tháng 9/2020, thông tin về tình hình thời sự và công tác vận động nhân dân phòng, chống dịch COVID-19. Bên lề hội nghị, phóng viên trao đổi với đồng chí Trần Thị Xuân Mai, Thành ủy viên, Trưởng Ban Dân vận Thành ủy.
Quang cảnh hội nghị báo cáo viên tháng 9.
PV: Thưa bà, hội nghị báo cáo viên tháng này tập trung vào vấn đề gì?
Bà Trần Thị Xuân Mai: Hội nghị có 320 báo cáo viên, tuyên truyền viên tham dự tại điểm cầu Thành ủy và 9 điểm cầu quận, huyện. Nội dung chính là dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và kết quả thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ. Báo cáo viên cũng được thông tin về Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ về hỗ trợ người dân gặp khó khăn do dịch.
PV: Trong đợt dịch vừa qua, công tác dân vận đã góp phần như thế nào?
Bà Trần Thị Xuân Mai: Mặt trận và các đoàn thể thành phố đã vận động được hơn 48 tỷ đồng và 620 tấn gạo; 86 "cây ATM gạo" hoạt động tại các phường. Có 14.280 hộ kinh doanh cá thể, 9.450 người lao động tự do được hỗ trợ theo Nghị quyết 42. Ở phường An Khánh, ông Lê Văn Bảy, Bí thư Chi bộ khu vực 3, phường An Khánh, vận động 40 hộ khá giả đỡ đầu 40 hộ khó khăn.
PV: Việc nắm dư luận xã hội qua đội ngũ báo cáo viên được thực hiện thế nào?
Bà Trần Thị Xuân Mai: Thành phố có 1.126 báo cáo viên các cấp và 85 cộng tác viên dư luận xã hội. Mỗi tháng đội ngũ này gửi về khoảng 200 ý kiến, phản ánh. Thực hiện Quy định số 124-QĐ/TU ngày 15/5/2019 của Ban Thường vụ Thành ủy, các ý kiến được tổng hợp gửi cơ quan chức năng trong 7 ngày.
PV: Công tác dân vận những tháng cuối năm có gì cần lưu ý?
Bà Trần Thị Xuân Mai: Chúng tôi tập trung tuyên truyền Đại hội Đảng bộ thành phố lần thứ XV, thực hiện Kết luận số 43, 44-KL/TU của Ban Thường vụ Thành ủy về vận động đồng bào Khmer, Hoa và về công tác tôn giáo. Đồng chí Nguyễn Thị Kim Phượng, Phó Trưởng Ban Tuyên giáo Thành ủy, và đồng chí Danh Út, Phó Trưởng Ban Dân vận Thành ủy, cũng đã báo cáo chuyên đề tại hội nghị.
PV: Xin cảm ơn bà!
Hội nghị báo cáo viên được tổ chức định kỳ hằng tháng, trước ngày 30.
Bảo Ngọc
Tin cùng chuyên mục
- Ninh Kiều: đối thoại với tiểu thương chợ Xuân Khánh (22/09/2020)
- Cần Thơ tặng 300 phần quà cho người lao động (15/09/2020)
- Hội nghị giao ban khối dân vận quý III (10/09/2020)
""", "2020-09-30", "Báo cáo viên phải \"nói cho dân hiểu, làm cho dân tin\"",
E("bao_cao", "2020-09", "2020-09-29"),
[P("Trần Thị Xuân Mai", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Lê Văn Bảy", "Bí thư Chi bộ khu vực 3"),
 P("Nguyễn Thị Kim Phượng", "Phó Trưởng Ban Tuyên giáo Thành ủy"), P("Danh Út", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("320 báo cáo viên, tuyên truyền viên", 320, "báo cáo viên, tuyên truyền viên"), Q("9 điểm cầu quận, huyện", 9, "điểm cầu quận, huyện"),
 Q("hơn 48 tỷ đồng", 48000000000, "đồng", "over"), Q("620 tấn gạo", 620, "tấn gạo"), Q('86 "cây ATM gạo"', 86, "cây ATM gạo"),
 Q("14.280 hộ kinh doanh cá thể", 14280, "hộ kinh doanh cá thể"), Q("9.450 người lao động tự do", 9450, "người lao động tự do"),
 Q("40 hộ khá giả", 40, "hộ khá giả"), Q("40 hộ khó khăn", 40, "hộ khó khăn"), Q("1.126 báo cáo viên", 1126, "báo cáo viên"),
 Q("85 cộng tác viên dư luận xã hội", 85, "cộng tác viên dư luận xã hội"), Q("khoảng 200 ý kiến, phản ánh", 200, "ý kiến, phản ánh", "approx")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quy định", "124", "QĐ/TU", "2019-05-15", "Ban Thường vụ Thành ủy", "Quy định số 124-QĐ/TU ngày 15/5/2019"),
 D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận số 43, 44-KL/TU"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận số 43, 44-KL/TU")],
[prov("Cần Thơ"), com("An Khánh")],
["BÁO CẦN THƠ ONLINE", "Thời sự › Chính trị › Trao đổi", "Quang cảnh hội nghị báo cáo viên tháng 9.", "PV:",
 "nói cho dân hiểu, làm cho dân tin", "cây ATM gạo", "COVID-19"],
["30 tháng 9, 2020 | 17:10", "tháng 9/2020", "lần thứ XIII", "lần thứ XV", "Nghị quyết 42", "khu vực 3", "7 ngày", "trước ngày 30", "COVID-19"]))

PAGES.append(page("b5655-nghean-bdv-phongvan-hoinghi-2021", """
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Trang chủ - Chính trị - Phỏng vấn
21.10.2021 | 08:30
Đồng chí Lô Thị Kim Ngân trao đổi với phóng viên bên lề hội nghị.
"Người có uy tín là cánh tay nối dài của Đảng ở bản làng"
(Baonghean.vn) - Ngày 19/10/2021, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2021. Bên lề hội nghị, phóng viên có cuộc phỏng vấn đồng chí Lô Thị Kim Ngân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
PV: Thưa đồng chí, hội nghị năm nay có điểm gì khác?
Đồng chí Lô Thị Kim Ngân: Do dịch COVID-19, hội nghị tổ chức trực tuyến tại 11 điểm cầu huyện, thị xã, với 650 đại biểu; 82 người có uy tín tiêu biểu được UBND tỉnh tặng bằng khen, mỗi người kèm 1,5 triệu đồng. Chúng tôi thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc và Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về chính sách đối với người có uy tín.
PV: Người có uy tín đã đóng góp gì trong phòng, chống dịch?
Đồng chí Lô Thị Kim Ngân: Toàn tỉnh có 1.452 người có uy tín ở 11 huyện miền núi. Họ đã vận động hơn 5.200 lao động từ các tỉnh phía Nam về quê khai báo y tế, cách ly đúng quy định; vận động đồng bào ủng hộ gần 900 triệu đồng, 46 tấn nông sản cho các điểm cách ly. Già làng Vi Văn Bằng ở bản Na Ngoi, xã Tam Hợp, đã vận động 17 hộ người Thái không tổ chức cưới hỏi đông người.
PV: Trong đồng bào Mông, Khơ Mú, vai trò này được phát huy ra sao?
Đồng chí Lô Thị Kim Ngân: Ông Và Bá Giề, người có uy tín bản Huồi Thum, xã Nậm Cắn, đã giúp chính quyền giải quyết 4 vụ tranh chấp đất rẫy giữa hai bản; ông Moong Văn Thiêm, Trưởng bản Xốp Lau, xã Nậm Càn, vận động 23 hộ người Khơ Mú trồng rừng gỗ lớn. Các ông, bà Lầu Y Dê, Xồng Bá Chò, Lương Thị Hoa - người có uy tín huyện Kỳ Sơn - được đề nghị khen thưởng cấp tỉnh.
PV: Thời gian tới, Ban Dân vận Tỉnh ủy sẽ làm gì để hỗ trợ đội ngũ này?
Đồng chí Lô Thị Kim Ngân: Chúng tôi tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 15, 16-CT/TU về nâng cao chất lượng công tác dân vận vùng đồng bào và về phát huy vai trò người có uy tín; phấn đấu 100% người có uy tín được bồi dưỡng kiến thức trong năm 2022, tổ chức ít nhất 3 đoàn tham quan học tập mô hình ngoài tỉnh. Đồng chí Hoàng Văn Vân, Phó Trưởng Ban Dân tộc tỉnh, cho biết kinh phí năm 2021 cho người có uy tín là 3,6 tỷ đồng.
PV: Xin cảm ơn đồng chí!
Tại hội nghị, đồng chí Nguyễn Văn Đệ, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, trao bằng khen cho các cá nhân.
Nhật Lân
Lượt xem: 2.017
Tin liên quan
- Kỳ Sơn: gặp mặt 124 người có uy tín (12/10/2021)
- Quế Phong vận động đồng bào tiêm vắc xin (30/09/2021)
- Tương Dương: tặng quà cho lao động về quê (15/09/2021)
""", "2021-10-21", "\"Người có uy tín là cánh tay nối dài của Đảng ở bản làng\"",
E("hoi_nghi", "2021", "2021-10-19"),
[P("Lô Thị Kim Ngân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Bằng", "Già làng"), P("Và Bá Giề", "người có uy tín bản Huồi Thum"),
 P("Moong Văn Thiêm", "Trưởng bản Xốp Lau"),
 P("Lầu Y Dê", "người có uy tín huyện Kỳ Sơn"), P("Xồng Bá Chò", "người có uy tín huyện Kỳ Sơn"),
 P("Lương Thị Hoa", "người có uy tín huyện Kỳ Sơn"),
 P("Hoàng Văn Vân", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Văn Đệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh")],
[Q("11 điểm cầu huyện, thị xã", 11, "điểm cầu huyện, thị xã"), Q("650 đại biểu", 650, "đại biểu"),
 Q("82 người có uy tín tiêu biểu", 82, "người có uy tín tiêu biểu"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("1.452 người có uy tín", 1452, "người có uy tín"), Q("11 huyện miền núi", 11, "huyện miền núi"),
 Q("hơn 5.200 lao động", 5200, "lao động", "over"), Q("gần 900 triệu đồng", 900000000, "đồng", "approx"),
 Q("46 tấn nông sản", 46, "tấn nông sản"), Q("17 hộ", 17, "hộ"), Q("4 vụ tranh chấp đất rẫy", 4, "vụ tranh chấp đất rẫy"),
 Q("23 hộ", 23, "hộ"), Q("100%", 100, "%"), Q("ít nhất 3 đoàn", 3, "đoàn", "over"), Q("3,6 tỷ đồng", 3600000000, "đồng")],
[D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU")],
[prov("Nghệ An"), com("Tam Hợp"), com("Nậm Cắn"), com("Nậm Càn")],
["Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Trang chủ - Chính trị - Phỏng vấn",
 "Đồng chí Lô Thị Kim Ngân trao đổi với phóng viên bên lề hội nghị.", "(Baonghean.vn)", "PV:", "COVID-19", "Lượt xem: 2.017"],
["21.10.2021 | 08:30", "năm 2021", "năm 2022", "COVID-19", "Lượt xem: 2.017"]))

PAGES.append(page("b5656-kiengiang-mttq-phongvan-tongket-2022", """
Báo Kiên Giang Online
Trang chủ / Mặt trận - Đoàn thể / Phỏng vấn
Thứ Năm, 22/12/2022
Hôm nay: Thứ Năm, 22/12/2022
Quang cảnh hội nghị tổng kết công tác Mặt trận năm 2022.
Chủ tịch Ủy ban MTTQ tỉnh: "Không để ai bị bỏ lại phía sau"
Ngày 20/12, Ủy ban MTTQ Việt Nam tỉnh Kiên Giang tổ chức hội nghị tổng kết công tác Mặt trận năm 2022, triển khai chương trình phối hợp và thống nhất hành động năm 2023. Phóng viên đã phỏng vấn đồng chí Danh Thị Ngọc Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
PV: Năm 2022, Mặt trận tỉnh có những kết quả nổi bật nào, thưa bà?
Bà Danh Thị Ngọc Hương: Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được hơn 86 tỷ đồng; xây dựng và sửa chữa 1.312 căn nhà Đại đoàn kết, trong đó 214 căn cho đồng bào Khmer. Tỷ lệ hộ nghèo giảm còn 1,42%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 93,6% hộ gia đình đạt danh hiệu gia đình văn hóa.
PV: Công tác giám sát và phản biện xã hội có gì mới?
Bà Danh Thị Ngọc Hương: Thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Mặt trận tỉnh chủ trì 6 cuộc giám sát chuyên đề, phản biện 3 dự thảo nghị quyết của HĐND tỉnh; Ban Thanh tra nhân dân ở 144 xã, phường, thị trấn đã kiến nghị 231 vụ việc. Chúng tôi cũng triển khai Kế hoạch số 88/KH-MTTQ-BTT ngày 11/3/2022 về lấy ý kiến nhân dân đối với dự thảo Luật Thực hiện dân chủ ở cơ sở.
PV: Bà đánh giá thế nào về vai trò của các chức sắc tôn giáo?
Bà Danh Thị Ngọc Hương: Rất tích cực. Hòa thượng Danh Lung, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đã vận động 78 chùa Khmer đóng góp hơn 2 tỷ đồng làm cầu, đường. Linh mục Giuse Trần Văn Phước, Quản xứ giáo xứ Tắc Cậu, vận động giáo dân xây 12 cây cầu nông thôn. Ở xã Vĩnh Hòa Hiệp, ông Thạch Sang, Trưởng ban Công tác Mặt trận ấp Vĩnh Thành, vận động 57 hộ hiến đất.
PV: Năm 2023, Mặt trận tỉnh đặt chỉ tiêu gì?
Bà Danh Thị Ngọc Hương: Phấn đấu xây dựng từ 1.000 căn nhà trở lên, giảm tỷ lệ hộ nghèo dưới 1%; thực hiện Chỉ thị 18, 19-CT/TU của Ban Thường vụ Tỉnh ủy về công tác Mặt trận và về vận động đồng bào tôn giáo. Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lâm Văn Tuấn, Trần Ngọc Diễm đã trao bằng khen cho 38 tập thể và 52 cá nhân.
PV: Xin cảm ơn bà!
Nguyễn Huy
Tin cùng chuyên mục
- Rạch Giá: tổng kết cuộc vận động xây dựng đô thị văn minh (16/12/2022)
- Phú Quốc bàn giao 40 căn nhà Đại đoàn kết (08/12/2022)
- Hội nghị hiệp thương cử bổ sung Ủy viên Ủy ban MTTQ tỉnh (25/11/2022)
""", "2022-12-22", "Chủ tịch Ủy ban MTTQ tỉnh: \"Không để ai bị bỏ lại phía sau\"",
E("tong_ket", "2022", "2022-12-20"),
[P("Danh Thị Ngọc Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Danh Lung", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Giuse Trần Văn Phước", "Linh mục", "Quản xứ giáo xứ Tắc Cậu"),
 P("Thạch Sang", "Trưởng ban Công tác Mặt trận ấp Vĩnh Thành"),
 P("Lâm Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Trần Ngọc Diễm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"), Q("1.312 căn nhà Đại đoàn kết", 1312, "căn nhà Đại đoàn kết"),
 Q("214 căn", 214, "căn"), Q("1,42%", 1.42, "%"), Q("93,6%", 93.6, "%"), Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"),
 Q("3 dự thảo nghị quyết", 3, "dự thảo nghị quyết"), Q("144 xã, phường, thị trấn", 144, "xã, phường, thị trấn"),
 Q("231 vụ việc", 231, "vụ việc"), Q("78 chùa Khmer", 78, "chùa Khmer"), Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over"),
 Q("12 cây cầu nông thôn", 12, "cây cầu nông thôn"), Q("57 hộ", 57, "hộ"), Q("từ 1.000 căn nhà trở lên", 1000, "căn nhà", "over"),
 Q("dưới 1%", 1, "%"), Q("38 tập thể", 38, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "88", "KH-MTTQ-BTT", "2022-03-11", None, "Kế hoạch số 88/KH-MTTQ-BTT ngày 11/3/2022"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hiệp")],
["Báo Kiên Giang Online", "Trang chủ / Mặt trận - Đoàn thể / Phỏng vấn", "Hôm nay: Thứ Năm, 22/12/2022",
 "Quang cảnh hội nghị tổng kết công tác Mặt trận năm 2022.", "PV:", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Luật Thực hiện dân chủ ở cơ sở", "Không để ai bị bỏ lại phía sau"],
["Thứ Năm, 22/12/2022", "năm 2022", "năm 2023", "Năm 2022", "Năm 2023"]))
