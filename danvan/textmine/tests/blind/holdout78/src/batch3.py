from lib import *
PAGES = []

PAGES.append(page("b1841-gialai-dangbo-xa-tongket-2020", """
Báo Gia Lai điện tử
Chính trị >> Xây dựng Đảng
Ngày 15/01/2021 | 09:15
Ảnh: Đồng chí Rơ Châm Thuel trao giấy khen cho các chi bộ.
Ia Kriêng: Hoàn thành vượt chỉ tiêu kết nạp đảng viên trong đồng bào Jrai
(GLO)- Ngày 13/1, Đảng ủy xã Ia Kriêng (huyện Đức Cơ, tỉnh Gia Lai) tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2020 và triển khai nhiệm vụ năm 2021. Dự hội nghị có đồng chí Rơ Châm Thuel, Huyện ủy viên, Phó Trưởng ban Thường trực Ban Tổ chức Huyện ủy Đức Cơ.
Năm 2020, Đảng bộ xã đã lãnh đạo tổ chức thành công đại hội 12/12 chi bộ trực thuộc và Đại hội Đảng bộ xã lần thứ VIII, nhiệm kỳ 2020 - 2025 theo đúng Chỉ thị số 35-CT/TW của Bộ Chính trị. Đảng bộ kết nạp 13 đảng viên mới, đạt 130% kế hoạch, trong đó có 10 đảng viên là người Jrai; hiện Đảng bộ có 214 đảng viên, đảng viên người dân tộc thiểu số chiếm 58,4%. Cuối năm, 11/12 chi bộ được đánh giá hoàn thành tốt nhiệm vụ; 196 đảng viên hoàn thành tốt nhiệm vụ trở lên.
Đảng ủy xã đã thực hiện Kế hoạch số 14-KH/ĐU ngày 10/3/2020 về xóa làng "trắng" đảng viên nữ; Kết luận 02, 03-KL/ĐU của Ban Thường vụ Đảng ủy xã về kiện toàn chi bộ làng đồng bào dân tộc thiểu số và về đưa nghị quyết vào cuộc sống. Các chi bộ làng Grông, Bang và Dơ Nâu tổ chức sinh hoạt bằng tiếng Jrai, có sự tham gia của già làng.
Hội nghị nghe đồng chí Ksor H'Bloan, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã báo cáo kết quả kiểm tra, giám sát: năm qua Đảng ủy tiến hành 4 cuộc kiểm tra, 6 cuộc giám sát; thi hành kỷ luật 2 đảng viên vi phạm chính sách dân số. Đồng chí Siu Đíp, Bí thư Chi bộ làng Grông, chia sẻ kinh nghiệm phân công 5 đảng viên trẻ kèm cặp 18 hộ nghèo, giúp 7 hộ thoát nghèo trong năm.
Đồng chí Rơ Mah Hlanh, Bí thư Đảng ủy xã Ia Kriêng, cho biết kinh tế của xã năm 2020 tăng trưởng khá dù ảnh hưởng của dịch bệnh: tổng thu ngân sách trên địa bàn đạt 2,48 tỷ đồng, vượt 12% dự toán; toàn xã làm mới 3,6 km đường bê tông nông thôn với sự đóng góp của nhân dân khoảng 650 triệu đồng.
Phát biểu chỉ đạo, đồng chí Rơ Châm Thuel đề nghị năm 2021 Đảng ủy xã triển khai Nghị quyết Đại hội XIII của Đảng đến 100% cán bộ, đảng viên; phấn đấu kết nạp 12 đảng viên, chú trọng người có đạo và thanh niên Jrai; thực hiện nghiêm chế độ sinh hoạt chi bộ theo Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương.
Dịp này, Đảng ủy xã tặng giấy khen cho 3 chi bộ và 9 đảng viên; trao Huy hiệu 30 năm tuổi Đảng cho đồng chí Puih Thơm, nguyên Chủ tịch UBND xã.
Ksor Nhung
Tin cùng chuyên mục
- Đức Cơ: Tổng kết công tác tổ chức xây dựng Đảng năm 2020 (08/01/2021)
- Ia Dơk trao quyết định kết nạp đảng viên cho 4 quần chúng người Jrai (30/12/2020)
- Ia Pnôn xóa làng "trắng" đảng viên nữ (22/12/2020)
- Chư Prông: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 2 (15/12/2020)
""", "2021-01-15", "Ia Kriêng: Hoàn thành vượt chỉ tiêu kết nạp đảng viên trong đồng bào Jrai",
E("tong_ket", "2020", "2021-01-13"),
[P("Rơ Châm Thuel", "Huyện ủy viên", "Phó Trưởng ban Thường trực Ban Tổ chức Huyện ủy Đức Cơ"),
 P("Ksor H'Bloan", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Siu Đíp", "Bí thư Chi bộ làng Grông"),
 P("Rơ Mah Hlanh", "Bí thư Đảng ủy xã Ia Kriêng"),
 P("Puih Thơm", "nguyên Chủ tịch UBND xã")],
[Q("12/12 chi bộ", 12, "chi bộ"), Q("13 đảng viên mới", 13, "đảng viên mới"), Q("130%", 130, "%"),
 Q("10 đảng viên", 10, "đảng viên"), Q("214 đảng viên", 214, "đảng viên"), Q("58,4%", 58.4, "%"),
 Q("11/12 chi bộ", 11, "chi bộ"), Q("196 đảng viên", 196, "đảng viên"), Q("4 cuộc kiểm tra", 4, "cuộc kiểm tra"),
 Q("6 cuộc giám sát", 6, "cuộc giám sát"), Q("2 đảng viên", 2, "đảng viên"), Q("5 đảng viên trẻ", 5, "đảng viên trẻ"),
 Q("18 hộ nghèo", 18, "hộ nghèo"), Q("7 hộ", 7, "hộ"), Q("2,48 tỷ đồng", 2480000000, "đồng"), Q("12%", 12, "%"),
 Q("3,6 km", 3.6, "km"), Q("khoảng 650 triệu đồng", 650000000, "đồng", "approx"), Q("100% cán bộ, đảng viên", 100, "%"),
 Q("12 đảng viên", 12, "đảng viên"), Q("3 chi bộ", 3, "chi bộ"), Q("9 đảng viên", 9, "đảng viên")],
[D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Kế hoạch", "14", "KH/ĐU", "2020-03-10", None, "Kế hoạch số 14-KH/ĐU ngày 10/3/2020"),
 D("Kết luận", "02", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 02, 03-KL/ĐU"),
 D("Kết luận", "03", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 02, 03-KL/ĐU"),
 D("Hướng dẫn", "12", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW")],
[prov("Gia Lai"), com("Ia Kriêng")],
["Báo Gia Lai điện tử", "Chính trị >> Xây dựng Đảng", "Ảnh: Đồng chí Rơ Châm Thuel trao giấy khen cho các chi bộ.",
 "(GLO)", "Nghị quyết Đại hội XIII", "Huy hiệu 30 năm tuổi Đảng"],
["Ngày 15/01/2021 | 09:15", "năm 2020", "năm 2021", "lần thứ VIII", "nhiệm kỳ 2020 - 2025", "Đại hội XIII", "30 năm tuổi Đảng"]))

PAGES.append(page("b1842-hoabinh-taphuan-bithu-chibo-2022", """
BAN TỔ CHỨC TỈNH ỦY HÒA BÌNH
Trang chủ » Tin tức » Tổ chức cơ sở đảng
27/05/2022 - 10:05
Toàn cảnh hội nghị tập huấn.
Bồi dưỡng nghiệp vụ cho 186 bí thư, phó bí thư chi bộ
Ngày 25 và 26/5/2022, Huyện ủy Tân Lạc (tỉnh Hòa Bình) tổ chức hội nghị tập huấn nghiệp vụ công tác đảng năm 2022 cho 186 bí thư, phó bí thư chi bộ trực thuộc 16 đảng bộ xã, thị trấn. Dự và chỉ đạo khai mạc có đồng chí Bùi Văn Khanh, Tỉnh ủy viên, Bí thư Huyện ủy Tân Lạc.
Tại hội nghị, các học viên được nghe đồng chí Quách Thị Lan, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy, hướng dẫn quy trình kết nạp đảng viên, chuyển đảng chính thức, quản lý hồ sơ đảng viên; đồng chí Đinh Công Thắng, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy, giới thiệu Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm và nghiệp vụ kiểm tra, giám sát ở chi bộ; đồng chí Xa Văn Hùng, Phó Trưởng Ban Tuyên giáo Huyện ủy, hướng dẫn cách xây dựng nội dung sinh hoạt chuyên đề.
Các học viên cũng nghiên cứu Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; Nghị quyết 05, 06-NQ/HU của Ban Chấp hành Đảng bộ huyện về nâng cao chất lượng sinh hoạt chi bộ và về phát triển đảng viên ở xóm, khu phố giai đoạn 2021 - 2025.
Theo báo cáo của Ban Tổ chức Huyện ủy, hiện Đảng bộ huyện Tân Lạc có 9.315 đảng viên sinh hoạt ở 342 chi bộ; năm 2021 kết nạp 312 đảng viên, 5 tháng đầu năm 2022 kết nạp 127 đảng viên. Còn 6 xóm chưa có chi bộ riêng phải sinh hoạt ghép; 14% chi bộ sinh hoạt chưa đủ 12 kỳ/năm.
Trao đổi tại lớp, đồng chí Bùi Thị Hoa, Bí thư Chi bộ xóm Mường Khến, xã Mãn Đức, cho biết: "Có những buổi sinh hoạt chỉ đọc nghị quyết rồi về, đảng viên trẻ không hào hứng. Tập huấn lần này giúp tôi biết cách chọn 1 - 2 vấn đề nổi cộm của xóm để bàn". Đồng chí Đinh Văn Toàn, Bí thư Chi bộ xóm Bái, xã Quy Mỹ, đề nghị hỗ trợ kinh phí sinh hoạt chi bộ cao hơn mức 2 triệu đồng/năm hiện nay.
Kết thúc tập huấn, 100% học viên làm bài kiểm tra đạt yêu cầu; 41 học viên đạt loại giỏi. Đồng chí Bùi Văn Khanh yêu cầu mỗi bí thư chi bộ sau tập huấn phải xây dựng kế hoạch sinh hoạt chuyên đề cả năm, báo cáo đảng ủy cấp trên trước ngày 30/6/2022.
Bùi Minh
Tin khác
- Lạc Sơn: 95% chi bộ xếp loại hoàn thành tốt nhiệm vụ (20/05/2022)
- Mai Châu kết nạp đảng viên là người Thái (13/05/2022)
- Kim Bôi tập huấn công tác kiểm tra cho cấp ủy cơ sở (06/05/2022)
- Hội nghị giao ban công tác tổ chức xây dựng Đảng quý I (28/04/2022)
- Đà Bắc: Xóa xóm chưa có đảng viên ở vùng hồ (21/04/2022)
""", "2022-05-27", "Bồi dưỡng nghiệp vụ cho 186 bí thư, phó bí thư chi bộ",
E("tap_huan", "2022", "2022-05-25"),
[P("Bùi Văn Khanh", "Tỉnh ủy viên", "Bí thư Huyện ủy Tân Lạc"),
 P("Quách Thị Lan", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Đinh Công Thắng", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
 P("Xa Văn Hùng", "Phó Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Bùi Thị Hoa", "Bí thư Chi bộ xóm Mường Khến"),
 P("Đinh Văn Toàn", "Bí thư Chi bộ xóm Bái")],
[Q("186 bí thư, phó bí thư chi bộ", 186, "bí thư, phó bí thư chi bộ"), Q("16 đảng bộ xã, thị trấn", 16, "đảng bộ xã, thị trấn"),
 Q("9.315 đảng viên", 9315, "đảng viên"), Q("342 chi bộ", 342, "chi bộ"), Q("312 đảng viên", 312, "đảng viên"),
 Q("127 đảng viên", 127, "đảng viên"), Q("6 xóm", 6, "xóm"), Q("14%", 14, "%"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("100% học viên", 100, "%"), Q("41 học viên", 41, "học viên")],
[D("Quy định", "37", "QĐ/TW", "2021-10-25", "Ban Chấp hành Trung ương", "Quy định số 37-QĐ/TW ngày 25/10/2021"),
 D("Kết luận", "21", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 21-KL/TW"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "06", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU")],
[prov("Hòa Bình"), com("Mãn Đức"), com("Quy Mỹ")],
["BAN TỔ CHỨC TỈNH ỦY HÒA BÌNH", "Trang chủ » Tin tức » Tổ chức cơ sở đảng", "Toàn cảnh hội nghị tập huấn."],
["27/05/2022 - 10:05", "năm 2022", "giai đoạn 2021 - 2025", "năm 2021", "5 tháng đầu năm 2022", "12 kỳ/năm", "1 - 2 vấn đề",
 "30/6/2022"]))

PAGES.append(page("b1843-angiang-giamsat-chibo-ap-2022", """
Cổng thông tin điện tử thị xã Tân Châu
Trang chủ / Tin tức / Xây dựng Đảng
7 tháng 10, 2022 | 17:45
Ủy ban Kiểm tra Đảng ủy xã Châu Phong giám sát Chi bộ ấp Phũm Soài
Quang cảnh buổi làm việc. Ảnh: P.Thảo
Ngày 5/10/2022, Ủy ban Kiểm tra Đảng ủy xã Châu Phong (thị xã Tân Châu, tỉnh An Giang) do đồng chí Mohamad Sa Ri, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã làm trưởng đoàn đã giám sát Chi bộ ấp Phũm Soài về việc lãnh đạo thực hiện nghị quyết chi bộ và công tác phát triển đảng viên trong đồng bào Chăm.
Ấp Phũm Soài có 512 hộ với 2.306 nhân khẩu, trong đó 87% là đồng bào Chăm theo đạo Islam. Chi bộ có 19 đảng viên, trong đó 6 đảng viên là người Chăm. Từ đầu nhiệm kỳ 2020 - 2025 đến nay, chi bộ kết nạp được 3 đảng viên mới, đều là đoàn viên thanh niên người Chăm; 1 quần chúng đang được bồi dưỡng chờ kết nạp. Chi bộ duy trì sinh hoạt định kỳ 12/12 kỳ mỗi năm, hằng quý có 1 kỳ sinh hoạt chuyên đề.
Đoàn giám sát đánh giá chi bộ đã quán triệt Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới; phối hợp với Ban Đại diện thánh đường Mubarak vận động bà con thực hiện chủ trương, chính sách, tham gia bảo hiểm y tế (tỷ lệ tham gia đạt 91,2%). Tuy nhiên, biên bản sinh hoạt của 4 kỳ chưa ghi rõ ý kiến thảo luận; việc phân công đảng viên giúp đỡ hộ nghèo chưa cụ thể.
Đồng chí Haji Ly Ma Ry, Bí thư Chi bộ kiêm Trưởng ấp Phũm Soài, cho biết khó khăn là thanh niên Chăm đi làm ăn xa ở Malaysia, TP Hồ Chí Minh nhiều, khó bồi dưỡng nguồn. Ông Mu Sa Ly, Phó Ban Đại diện cộng đồng Hồi giáo tỉnh An Giang, đề nghị chi bộ tiếp tục phát huy vai trò các vị Hakim, Imam trong vận động.
Kết luận buổi giám sát, đồng chí Mohamad Sa Ri đề nghị chi bộ thực hiện đúng Hướng dẫn số 12-HD/BTCTW ngày 6/6/2022 của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ; trong quý IV/2022 hoàn chỉnh hồ sơ kết nạp cho 1 quần chúng; phân công 19 đảng viên phụ trách 38 hộ nghèo, cận nghèo. Chi bộ có trách nhiệm báo cáo kết quả khắc phục về Ủy ban Kiểm tra Đảng ủy xã trước ngày 30/11/2022.
Cùng ngày, Ủy ban Kiểm tra Đảng ủy xã giám sát Chi bộ ấp Châu Giang, nơi có 2 đảng viên người Khmer là Chau Sóc Ty và Néang Sa Phol.
Phước Thảo
Tin liên quan
- Tân Châu: Kết nạp 5 đảng viên là người Chăm (28/09/2022)
- Đảng bộ xã Châu Phong sơ kết 9 tháng (20/09/2022)
- An Phú: Chi bộ ấp Khánh Hòa sinh hoạt chuyên đề (12/09/2022)
- Thị ủy Tân Châu kiểm tra tổ chức đảng cấp dưới (05/09/2022)
""", "2022-10-07", "Ủy ban Kiểm tra Đảng ủy xã Châu Phong giám sát Chi bộ ấp Phũm Soài",
E("giam_sat", None, "2022-10-05"),
[P("Mohamad Sa Ri", "Ủy viên Ban Thường vụ", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"),
 P("Haji Ly Ma Ry", "Bí thư Chi bộ kiêm Trưởng ấp Phũm Soài"),
 P("Mu Sa Ly", "Phó Ban Đại diện cộng đồng Hồi giáo tỉnh An Giang"),
 P("Chau Sóc Ty"), P("Néang Sa Phol")],
[Q("512 hộ", 512, "hộ"), Q("2.306 nhân khẩu", 2306, "nhân khẩu"), Q("87%", 87, "%"), Q("19 đảng viên", 19, "đảng viên"),
 Q("6 đảng viên", 6, "đảng viên"), Q("3 đảng viên mới", 3, "đảng viên mới"), Q("1 quần chúng", 1, "quần chúng"),
 Q("12/12 kỳ", 12, "kỳ"), Q("91,2%", 91.2, "%"), Q("4 kỳ", 4, "kỳ"), Q("38 hộ nghèo, cận nghèo", 38, "hộ nghèo, cận nghèo"),
 Q("2 đảng viên người Khmer", 2, "đảng viên người Khmer")],
[D("Nghị quyết", "21", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "Nghị quyết số 21-NQ/TW ngày 16/6/2022"),
 D("Hướng dẫn", "12", "HD/BTCTW", "2022-06-06", "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW ngày 6/6/2022")],
[prov("An Giang"), com("Châu Phong"), prov("Hồ Chí Minh")],
["Cổng thông tin điện tử thị xã Tân Châu", "Trang chủ / Tin tức / Xây dựng Đảng", "Quang cảnh buổi làm việc. Ảnh: P.Thảo",
 "Malaysia", "thánh đường Mubarak"],
["7 tháng 10, 2022 | 17:45", "nhiệm kỳ 2020 - 2025", "1 kỳ sinh hoạt chuyên đề", "quý IV/2022", "30/11/2022"]))

PAGES.append(page("b1844-sonla-dangbo-xa-soket-2023", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY THUẬN CHÂU
Trang chủ - Hoạt động cơ sở
Ngày đăng 21/07/2023 | 16:20
Ảnh: Đồng chí Lò Văn Pọm phát biểu kết luận hội nghị.
Đảng ủy xã Chiềng Pha sơ kết 6 tháng đầu năm
Ngày 19/7, Đảng ủy xã Chiềng Pha (huyện Thuận Châu, tỉnh Sơn La) tổ chức hội nghị sơ kết công tác xây dựng Đảng và hệ thống chính trị 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lò Văn Pọm, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có đồng chí Cầm Thị Ơn, HUV, Phó Chủ tịch HĐND huyện Thuận Châu, đại diện đảng ủy viên phụ trách xã.
6 tháng đầu năm, Đảng ủy xã đã ban hành Kế hoạch số 86-KH/ĐU ngày 6/2/2023 thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương khóa XIII và Kết luận 10, 11-KL/ĐU của Ban Thường vụ Đảng ủy xã về sắp xếp, sáp nhập bản và chi bộ bản. Sau sắp xếp, xã còn 17 bản với 17 chi bộ bản và 2 chi bộ trường học, trạm y tế.
Đảng bộ kết nạp 8 đảng viên mới, đạt 53,3% chỉ tiêu năm; trong đó 7 đảng viên là người Thái, 1 đảng viên là người Mông. Đảng ủy xã chuyển đảng chính thức cho 6 đảng viên, trao Huy hiệu 40 năm tuổi Đảng cho 2 đảng viên. Tổng số đảng viên hiện nay là 388 đồng chí.
Về kinh tế, xã trồng mới 145 ha cây ăn quả, nâng tổng diện tích cây ăn quả lên 1.120 ha; thu ngân sách ước đạt 1,35 tỷ đồng. Công tác dân vận được chú trọng, nhân dân hiến 3.200 m2 đất mở rộng đường nội bản Nà Lạn, Pá Nó.
Đồng chí Quàng Văn Đôi, Phó Bí thư Đảng ủy - Chủ tịch UBND xã, nhấn mạnh tồn tại: 4 chi bộ bản chưa kết nạp được đảng viên; còn 3 bản có đường giao thông xuống cấp. Đồng chí Tòng Thị Xuân, Bí thư Chi bộ bản Nà Lạn, đề xuất gắn chỉ tiêu kết nạp với phong trào "Tuổi trẻ Thuận Châu tình nguyện".
Phát biểu chỉ đạo, đồng chí Cầm Thị Ơn ghi nhận kết quả đạt được; đề nghị 6 tháng cuối năm Đảng ủy xã tập trung kết nạp thêm ít nhất 7 đảng viên để hoàn thành chỉ tiêu 15 đảng viên trong năm; chuẩn bị tốt việc sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXI.
Kết luận hội nghị, đồng chí Lò Văn Pọm giao các đồng chí đảng ủy viên phụ trách bản dự sinh hoạt chi bộ đầy đủ, mỗi quý ít nhất 1 lần; giao Văn phòng Đảng ủy tổng hợp ý kiến, báo cáo Huyện ủy.
Lò Hương - Văn phòng Đảng ủy xã
Tin liên quan
- Thuận Châu: 1.240 đảng viên được tặng Huy hiệu Đảng (10/07/2023)
- Muổi Nọi sáp nhập 4 bản, kiện toàn chi bộ (03/07/2023)
- Bon Phặng: Hội nghị giao ban quý II (26/06/2023)
- Chiềng Ly tập huấn nghiệp vụ công tác đảng (19/06/2023)
- Phổng Lái: Kết nạp đảng viên là học sinh trường dân tộc nội trú (12/06/2023)
- Huyện ủy Thuận Châu giám sát việc sáp nhập chi bộ bản (05/06/2023)
""", "2023-07-21", "Đảng ủy xã Chiềng Pha sơ kết 6 tháng đầu năm",
E("so_ket", "2023-H1", "2023-07-19"),
[P("Lò Văn Pọm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Cầm Thị Ơn", "HUV", "Phó Chủ tịch HĐND huyện Thuận Châu"),
 P("Quàng Văn Đôi", "Phó Bí thư Đảng ủy - Chủ tịch UBND xã"),
 P("Tòng Thị Xuân", "Bí thư Chi bộ bản Nà Lạn")],
[Q("17 bản", 17, "bản"), Q("17 chi bộ bản", 17, "chi bộ bản"), Q("2 chi bộ trường học, trạm y tế", 2, "chi bộ trường học, trạm y tế"),
 Q("8 đảng viên mới", 8, "đảng viên mới"), Q("53,3%", 53.3, "%"), Q("7 đảng viên", 7, "đảng viên"), Q("1 đảng viên", 1, "đảng viên"),
 Q("6 đảng viên", 6, "đảng viên"), Q("2 đảng viên", 2, "đảng viên"), Q("388 đồng chí", 388, "đồng chí"), Q("145 ha", 145, "ha"),
 Q("1.120 ha", 1120, "ha"), Q("1,35 tỷ đồng", 1350000000, "đồng", "approx"), Q("3.200 m2", 3200, "m2"),
 Q("4 chi bộ bản", 4, "chi bộ bản"), Q("3 bản", 3, "bản"), Q("ít nhất 7 đảng viên", 7, "đảng viên", "over"),
 Q("15 đảng viên", 15, "đảng viên")],
[D("Kế hoạch", "86", "KH/ĐU", "2023-02-06", "Đảng ủy xã", "Kế hoạch số 86-KH/ĐU ngày 6/2/2023"),
 D("Nghị quyết", "21", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 21-NQ/TW"),
 D("Kết luận", "10", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 10, 11-KL/ĐU"),
 D("Kết luận", "11", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 10, 11-KL/ĐU")],
[prov("Sơn La"), com("Chiềng Pha")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY THUẬN CHÂU", "Trang chủ - Hoạt động cơ sở",
 "Ảnh: Đồng chí Lò Văn Pọm phát biểu kết luận hội nghị.", "Tuổi trẻ Thuận Châu tình nguyện", "Huy hiệu 40 năm tuổi Đảng"],
["Ngày đăng 21/07/2023 | 16:20", "6 tháng đầu năm 2023", "6 tháng cuối năm", "khóa XIII", "40 năm tuổi Đảng", "388 đồng chí",
 "lần thứ XXI", "mỗi quý ít nhất 1 lần"]))

PAGES.append(page("b1845-quangtri-chandung-bithu-chibo-2023", """
Báo Quảng Trị điện tử
Xây dựng Đảng / Gương sáng
2023-11-09 16:40
Già làng Hồ Văn Lăm (thứ hai từ trái) trò chuyện với bà con bản Cù Bai.
Người "giữ lửa" chi bộ bản Cù Bai
(QT) - Hơn 20 năm làm Bí thư Chi bộ bản Cù Bai, xã Hướng Lập, huyện Hướng Hóa, tỉnh Quảng Trị, đồng chí Hồ Văn Lăm, người Vân Kiều, được bà con tin yêu gọi là "già làng của Đảng". Chi bộ bản từ 5 đảng viên năm 2002 nay đã có 21 đảng viên, trong đó 17 đảng viên là người Vân Kiều.
Bản Cù Bai nằm sát biên giới Việt - Lào, có 143 hộ với 612 khẩu. Ngày trước, bà con quen phát rừng làm rẫy, nhiều hộ thiếu ăn 3 - 4 tháng mỗi năm. Ông Lăm cùng chi bộ vận động bà con khai hoang 18 ha ruộng nước, trồng 260 ha keo và chuối, nuôi 420 con bò. Đến nay, số hộ nghèo của bản giảm còn 38 hộ, thu nhập bình quân đạt khoảng 24 triệu đồng/người/năm.
Ông Lăm kể, khó nhất là tìm người để kết nạp. Thanh niên học hết lớp 9 rồi nghỉ, đi làm thuê bên kia biên giới. Chi bộ phân công mỗi đảng viên kèm một thanh niên, giao việc cụ thể trong đội văn nghệ, tổ tự quản đường biên, cột mốc. Từ năm 2020 đến nay, chi bộ kết nạp 6 đảng viên mới, trong đó có chị Hồ Thị Ngọc, nay là Bí thư Chi đoàn bản, và anh Hồ Văn Phiếu, Trưởng bản Cù Bai.
"Đảng viên nói thì phải làm trước. Mình bảo bà con làm nhà vệ sinh thì nhà mình phải làm trước, bảo không cho con bỏ học thì con cháu mình phải đi học trước", ông Lăm nói. Nhờ đó, bản không có học sinh bỏ học, 100% hộ ký cam kết không vượt biên trái phép, không nghe kẻ xấu xúi giục.
Đồng chí Kăn Đông, Bí thư Đảng ủy xã Hướng Lập, cho biết chi bộ bản Cù Bai nhiều năm liền được xếp loại hoàn thành tốt nhiệm vụ, là một trong 3 chi bộ tiêu biểu của huyện được biểu dương trong dịp tổng kết 10 năm thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị. Năm 2022, ông Lăm được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Theo đồng chí Hồ Thị Liên, Phó Trưởng Ban Dân vận Huyện ủy Hướng Hóa, huyện hiện có 138 chi bộ thôn, bản, trong đó 68 bí thư chi bộ là người Vân Kiều, Pa Kô; nhiều người như ông Lăm là "cầu nối" giữa Đảng với đồng bào.
Năm nay đã 63 tuổi, ông Lăm vẫn đều đặn chủ trì sinh hoạt chi bộ ngày 5 hằng tháng, tự tay ghi biên bản bằng chữ Việt mà ông học được ở lớp xóa mù chữ năm 1998.
Hà Trang
Bài viết liên quan
- Hướng Hóa: Kết nạp 9 đảng viên là người Vân Kiều, Pa Kô (02/11/2023)
- Đakrông xóa bản chưa có đảng viên (25/10/2023)
- Gương sáng đảng viên trẻ nơi biên giới (18/10/2023)
- Chi bộ bản A Xing sinh hoạt chuyên đề về giữ đất rừng (11/10/2023)
""", "2023-11-09", "Người \"giữ lửa\" chi bộ bản Cù Bai",
E("khac", None, None),
[P("Hồ Văn Lăm", "Bí thư Chi bộ bản Cù Bai"),
 P("Hồ Thị Ngọc", "Bí thư Chi đoàn bản"),
 P("Hồ Văn Phiếu", "Trưởng bản Cù Bai"),
 P("Kăn Đông", "Bí thư Đảng ủy xã Hướng Lập"),
 P("Hồ Thị Liên", "Phó Trưởng Ban Dân vận Huyện ủy Hướng Hóa")],
[Q("5 đảng viên", 5, "đảng viên"), Q("21 đảng viên", 21, "đảng viên"), Q("17 đảng viên", 17, "đảng viên"),
 Q("143 hộ", 143, "hộ"), Q("612 khẩu", 612, "khẩu"), Q("18 ha", 18, "ha"), Q("260 ha", 260, "ha"),
 Q("420 con bò", 420, "con bò"), Q("38 hộ", 38, "hộ"), Q("khoảng 24 triệu đồng", 24000000, "đồng", "approx"),
 Q("6 đảng viên mới", 6, "đảng viên mới"), Q("100% hộ", 100, "%"), Q("3 chi bộ tiêu biểu", 3, "chi bộ tiêu biểu"),
 Q("138 chi bộ thôn, bản", 138, "chi bộ thôn, bản"), Q("68 bí thư chi bộ", 68, "bí thư chi bộ")],
[D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 03-CT/TW")],
[prov("Quảng Trị"), com("Hướng Lập")],
["Báo Quảng Trị điện tử", "Xây dựng Đảng / Gương sáng", "Già làng Hồ Văn Lăm (thứ hai từ trái) trò chuyện với bà con bản Cù Bai.",
 "(QT)", "già làng của Đảng", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["2023-11-09 16:40", "Hơn 20 năm", "năm 2002", "3 - 4 tháng", "lớp 9", "Từ năm 2020", "10 năm", "Năm 2022", "63 tuổi",
 "ngày 5 hằng tháng", "năm 1998"]))

PAGES.append(page("b1846-kontum-giaoban-dangbo-xa-quy3-2024", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ > Tin tức > Dân vận cơ sở
Thứ Sáu, 11/10/2024, 08:05
Ảnh: Toàn cảnh hội nghị giao ban.
Đắk Choong: Kết nạp 4 đảng viên trong quý III
Ngày 8/10, Đảng ủy xã Đắk Choong (huyện Đắk Glei, tỉnh Kon Tum) tổ chức hội nghị giao ban công tác xây dựng Đảng, dân vận quý III/2024, triển khai nhiệm vụ quý IV/2024. Đồng chí A Khang, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Y Hiền, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đắk Glei.
Trong quý III, Đảng ủy xã kết nạp 4 đảng viên mới là người Xơ Đăng, nâng số đảng viên kết nạp 9 tháng lên 9 đồng chí, đạt 75% chỉ tiêu năm. Đảng bộ hiện có 10 chi bộ với 197 đảng viên. Đảng ủy đã ban hành Kế hoạch 52-KH/ĐU ngày 15/7/2024 triển khai Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, thành lập 4 tiểu ban phục vụ đại hội.
Các chi bộ thôn Đắk Bối, Đắk Bể tổ chức sinh hoạt chuyên đề "Mỗi đảng viên gắn bó với một hộ gia đình"; 197 đảng viên nhận đỡ đầu 112 hộ nghèo. Khối dân vận xã vận động nhân dân góp 2.150 ngày công, hiến 1,2 ha đất làm đường vào khu sản xuất; hỗ trợ 26 căn nhà cho hộ nghèo với tổng kinh phí 1,04 tỷ đồng từ Chương trình mục tiêu quốc gia.
Đồng chí A Đức, Phó Bí thư Thường trực Đảng ủy xã, thông tin: sau bão số 4, xã có 37 hộ bị ảnh hưởng, các chi bộ đã huy động 320 lượt đảng viên, đoàn viên giúp dân khắc phục. Đồng chí Y Nhung, Bí thư Chi bộ thôn Đắk Bối, kiến nghị xã có thêm lớp bồi dưỡng nhận thức về Đảng cho thanh niên vừa hoàn thành nghĩa vụ quân sự.
Phát biểu tại giao ban, đồng chí Y Hiền đề nghị quý IV, Đảng ủy xã tập trung tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2030 thí điểm ở 2 chi bộ, chuẩn bị nhân sự theo Quy định số 80-QĐ/TW của Bộ Chính trị; chú trọng phát triển đảng viên nữ, đảng viên trong tôn giáo.
Kết luận, đồng chí A Khang giao các chi bộ rà soát nguồn, phấn đấu kết nạp thêm 3 đảng viên để hoàn thành chỉ tiêu 12 đảng viên năm 2024; thực hiện phong trào thi đua "Dân vận khéo" gắn với phong trào "Kon Tum chung sức xây dựng nông thôn mới".
Hội nghị cũng nghe đồng chí A Phia, Chủ tịch Hội Cựu chiến binh xã, báo cáo kết quả vận động hội viên tham gia tổ tự quản an ninh trật tự.
Y Thanh
Tin liên quan
- Đắk Glei giao ban công tác dân vận quý III (04/10/2024)
- Ngọc Hồi: Đảng bộ xã Đắk Dục tổ chức đại hội điểm chi bộ (27/09/2024)
- Tu Mơ Rông kết nạp 15 đảng viên là người Xơ Đăng (20/09/2024)
- Sa Thầy tập huấn nghiệp vụ cho bí thư chi bộ thôn (13/09/2024)
- Kon Plông: Trao Huy hiệu Đảng đợt 2/9 (06/09/2024)
""", "2024-10-11", "Đắk Choong: Kết nạp 4 đảng viên trong quý III",
E("giao_ban", "2024-Q3", "2024-10-08"),
[P("A Khang", "Bí thư Đảng ủy xã"),
 P("Y Hiền", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đắk Glei"),
 P("A Đức", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Y Nhung", "Bí thư Chi bộ thôn Đắk Bối"),
 P("A Phia", "Chủ tịch Hội Cựu chiến binh xã")],
[Q("4 đảng viên mới", 4, "đảng viên mới"), Q("9 đồng chí", 9, "đồng chí"), Q("75%", 75, "%"), Q("10 chi bộ", 10, "chi bộ"),
 Q("197 đảng viên", 197, "đảng viên"), Q("4 tiểu ban", 4, "tiểu ban"), Q("112 hộ nghèo", 112, "hộ nghèo"),
 Q("2.150 ngày công", 2150, "ngày công"), Q("1,2 ha", 1.2, "ha"), Q("26 căn nhà", 26, "căn nhà"),
 Q("1,04 tỷ đồng", 1040000000, "đồng"), Q("37 hộ", 37, "hộ"), Q("320 lượt đảng viên, đoàn viên", 320, "lượt đảng viên, đoàn viên"),
 Q("2 chi bộ", 2, "chi bộ"), Q("3 đảng viên", 3, "đảng viên"), Q("12 đảng viên", 12, "đảng viên")],
[D("Kế hoạch", "52", "KH/ĐU", "2024-07-15", "Đảng ủy", "Kế hoạch 52-KH/ĐU ngày 15/7/2024"),
 D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 14/6/2024"),
 D("Quy định", "80", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 80-QĐ/TW")],
[prov("Kon Tum"), com("Đắk Choong")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ > Tin tức > Dân vận cơ sở", "Ảnh: Toàn cảnh hội nghị giao ban.",
 "Mỗi đảng viên gắn bó với một hộ gia đình", "Dân vận khéo", "Kon Tum chung sức xây dựng nông thôn mới",
 "Chương trình mục tiêu quốc gia"],
["Thứ Sáu, 11/10/2024, 08:05", "quý III/2024", "quý IV/2024", "9 tháng", "9 đồng chí", "lần thứ XIV", "bão số 4",
 "nhiệm kỳ 2025 - 2030", "năm 2024"]))
