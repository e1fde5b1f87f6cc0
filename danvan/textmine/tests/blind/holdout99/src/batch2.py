from lib import *
PAGES = []

PAGES.append(page("b2339-daklak-mttq-daihoi-tinh-2019", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk
Trang chủ › Tin tức › Đại hội Mặt trận các cấp
Cập nhật lúc 17:20 ngày 27/09/2019
Toàn cảnh phiên khai mạc đại hội.
Đại hội đại biểu MTTQ Việt Nam tỉnh Đắk Lắk lần thứ XI thành công tốt đẹp
Trong 2 ngày 26 và 27/9/2019, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ 2019-2024. Dự đại hội có 300 đại biểu chính thức, trong đó 96 đại biểu là người dân tộc thiểu số thuộc 21 dân tộc, 34 đại biểu là chức sắc tôn giáo.
Đại hội vinh dự đón đồng chí Trương Văn Lực, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Y Bhim Niê, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh. Nhiệm kỳ qua, Mặt trận các cấp vận động Quỹ "Vì người nghèo" được hơn 127 tỷ đồng, xây dựng 2.640 căn nhà đại đoàn kết; tổ chức 1.128 cuộc giám sát và 215 hội nghị phản biện xã hội. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" góp phần đưa 58 xã đạt chuẩn nông thôn mới.
Thảo luận tại đại hội, Ama Kông (Y Jút Buôn Yă), người có uy tín buôn Tơng Jú, xã Ea Kao, chia sẻ việc vận động con cháu bỏ tục bắt chồng, cưới hỏi tốn kém; Mục sư Y Hơn Mlô, Hội trưởng Chi hội Tin lành buôn Kô Siêr, nói về vai trò của chức sắc trong việc "sống tốt đời, đẹp đạo"; bà H'Lim Mlô, Chủ tịch Ủy ban MTTQ xã Ea Tiêu, nêu 6 đề xuất về chính sách cho cán bộ Mặt trận ở buôn.
Đại hội hiệp thương cử 85 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XI. Hội nghị lần thứ nhất hiệp thương cử Ban Thường trực gồm 5 vị. Đồng chí Lê Thị Hồng Thu, Ủy viên Ban Thường vụ Tỉnh ủy, được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Y Ngơn Knul, Phạm Thị Thúy Vân - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí H'Yim Kđoh, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đoàn Minh Khải, Ủy viên Thường trực, Trưởng ban Dân chủ - Pháp luật.
Đại hội cũng hiệp thương cử 7 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX. Hướng tới nhiệm kỳ mới, đại hội đặt 12 chỉ tiêu, trong đó phấn đấu mỗi năm xây dựng ít nhất 300 nhà đại đoàn kết, 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
Phát biểu chỉ đạo, đồng chí Trương Văn Lực đề nghị Mặt trận tỉnh thực hiện tốt Chỉ thị 17, 18-CT/TW của Ban Bí thư và Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
H'Mai - Thanh Hương
Lượt xem: 3.021
Tin liên quan
- Đại hội MTTQ thành phố Buôn Ma Thuột lần thứ XI (15/08/2019)
- Krông Bông: đại hội điểm MTTQ cấp huyện (30/07/2019)
- Mặt trận tỉnh trao 300 suất quà cho hộ nghèo (12/07/2019)
""", "2019-09-27", "Đại hội đại biểu MTTQ Việt Nam tỉnh Đắk Lắk lần thứ XI thành công tốt đẹp",
E("dai_hoi", None, "2019-09-26"),
[P("Trương Văn Lực", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Y Bhim Niê", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Y Jút Buôn Yă", "người có uy tín buôn Tơng Jú"),
 P("Y Hơn Mlô", "Mục sư", "Hội trưởng Chi hội Tin lành buôn Kô Siêr"),
 P("H'Lim Mlô", "Chủ tịch Ủy ban MTTQ xã Ea Tiêu"),
 P("Lê Thị Hồng Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngơn Knul", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Thúy Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Yim Kđoh", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đoàn Minh Khải", "Ủy viên Thường trực", "Trưởng ban Dân chủ - Pháp luật")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("96 đại biểu", 96, "đại biểu"), Q("21 dân tộc", 21, "dân tộc"),
 Q("34 đại biểu", 34, "đại biểu"), Q("hơn 127 tỷ đồng", 127000000000, "đồng", "over"), Q("2.640 căn nhà đại đoàn kết", 2640, "căn nhà đại đoàn kết"),
 Q("1.128 cuộc giám sát", 1128, "cuộc giám sát"), Q("215 hội nghị phản biện xã hội", 215, "hội nghị phản biện xã hội"), Q("58 xã", 58, "xã"),
 Q("6 đề xuất", 6, "đề xuất"), Q("85 vị", 85, "vị"), Q("5 vị", 5, "vị"), Q("7 đại biểu chính thức", 7, "đại biểu chính thức"),
 Q("1 đại biểu dự khuyết", 1, "đại biểu dự khuyết"), Q("12 chỉ tiêu", 12, "chỉ tiêu"), Q("ít nhất 300 nhà đại đoàn kết", 300, "nhà đại đoàn kết", "over"),
 Q("100% khu dân cư", 100, "%")],
[D("Chỉ thị", "17", "CT/TW", None, "Ban Bí thư", "Chỉ thị 17, 18-CT/TW của Ban Bí thư"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 17, 18-CT/TW của Ban Bí thư"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Ea Tiêu")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", "Trang chủ › Tin tức › Đại hội Mặt trận các cấp", "Toàn cảnh phiên khai mạc đại hội.",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "sống tốt đời, đẹp đạo", "Lượt xem: 3.021"],
["Cập nhật lúc 17:20 ngày 27/09/2019", "2 ngày", "lần thứ XI", "2019-2024", "khóa XI", "lần thứ nhất", "lần thứ IX", "Lượt xem: 3.021"]))

PAGES.append(page("b2340-quangtri-mttq-tongket-2020", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Chính trị - Xã hội / Mặt trận
29-12-2020 09:40
Mặt trận Quảng Trị tuyên dương 45 khu dân cư tiêu biểu
QTO - Ngày 28/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2020, triển khai chương trình phối hợp và thống nhất hành động năm 2021. Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hồ Thị Pây chủ trì; dự có Phó Chủ tịch UBND tỉnh Lê Quang Tín.
Ảnh: Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hồ Thị Pây phát biểu tại hội nghị.
Năm 2020, trong bối cảnh dịch Covid-19 và 7 cơn bão, lũ lịch sử, Mặt trận các cấp đã tiếp nhận hơn 412 tỷ đồng và hàng hóa ủng hộ đồng bào bị thiệt hại; phân bổ kịp thời cho 36.200 hộ dân vùng lũ, trong đó có 4.800 hộ đồng bào Vân Kiều, Pa Kô ở 2 huyện miền núi. Quỹ "Vì người nghèo" xây mới, sửa chữa 523 nhà đại đoàn kết. Mặt trận các cấp tổ chức thành công đại hội ở 141/141 xã, phường, thị trấn và 10/10 huyện, thị xã, thành phố.
Thực hiện Quyết định 217-QĐ/TW, Mặt trận tỉnh chủ trì 9 cuộc giám sát chuyên đề và 5 hội nghị phản biện xã hội, trong đó có phản biện dự thảo Nghị quyết 06, 07-NQ/TU của Ban Thường vụ Tỉnh ủy. Ban Thanh tra nhân dân ở cơ sở đã kiến nghị thu hồi 186 triệu đồng sai phạm.
Tại hội nghị, ông Hồ Văn Điên, người có uy tín bản Ra Man, xã Hướng Lộc, kể việc vận động 27 hộ di dời khỏi vùng sạt lở; ông Kăn Đoen, Chủ tịch Ủy ban MTTQ xã A Bung, đề nghị hỗ trợ thêm lương thực cho 12 bản bị cô lập. Linh mục Phêrô Trần Văn Lộc, Quản xứ giáo xứ Trí Bưu, chia sẻ hoạt động cứu trợ của giáo dân.
Hội nghị cũng chỉ ra hạn chế: việc nắm bắt tâm tư, nguyện vọng của nhân dân ở một số nơi chưa kịp thời; hoạt động của một số ban công tác Mặt trận còn phụ thuộc vào kinh phí; việc phân bổ hàng cứu trợ ở vài địa phương chưa công khai, gây thắc mắc trong nhân dân. Một số ý kiến đề nghị tăng cường ứng dụng công nghệ thông tin trong tiếp nhận, phân bổ nguồn ủng hộ.
Năm 2021, Mặt trận tỉnh tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, chuẩn bị tham gia bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026 theo Hướng dẫn số 29/HD-MTTW-BTT; phấn đấu vận động 30 tỷ đồng cho Quỹ "Vì người nghèo".
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 45 khu dân cư tiêu biểu, 28 tập thể và 61 cá nhân có thành tích trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; mỗi khu dân cư được thưởng 5 triệu đồng.
Thanh Lê
Tin khác
- Trao 200 suất quà Tết cho hộ nghèo Hướng Hóa (26/12/2020)
- Mặt trận các cấp tiếp nhận hàng cứu trợ lũ lụt (30/10/2020)
- Đại hội MTTQ tỉnh lần thứ XI (15/09/2020)
- Hơn 7.000 lượt người tham gia Ngày hội Đại đoàn kết (18/11/2020)
""", "2020-12-29", "Mặt trận Quảng Trị tuyên dương 45 khu dân cư tiêu biểu",
E("tong_ket", "2020", "2020-12-28"),
[P("Hồ Thị Pây", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Tín", "Phó Chủ tịch UBND tỉnh"),
 P("Hồ Văn Điên", "người có uy tín bản Ra Man"),
 P("Kăn Đoen", "Chủ tịch Ủy ban MTTQ xã A Bung"),
 P("Phêrô Trần Văn Lộc", "Linh mục", "Quản xứ giáo xứ Trí Bưu")],
[Q("45 khu dân cư tiêu biểu", 45, "khu dân cư tiêu biểu"), Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"),
 Q("7 cơn bão, lũ lịch sử", 7, "cơn bão, lũ lịch sử"), Q("36.200 hộ dân", 36200, "hộ dân"), Q("4.800 hộ", 4800, "hộ"),
 Q("2 huyện miền núi", 2, "huyện miền núi"), Q("523 nhà đại đoàn kết", 523, "nhà đại đoàn kết"),
 Q("141/141 xã, phường, thị trấn", 141, "xã, phường, thị trấn"), Q("10/10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"),
 Q("9 cuộc giám sát chuyên đề", 9, "cuộc giám sát chuyên đề"), Q("5 hội nghị phản biện xã hội", 5, "hội nghị phản biện xã hội"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("27 hộ", 27, "hộ"), Q("12 bản", 12, "bản"), Q("30 tỷ đồng", 30000000000, "đồng"),
 Q("28 tập thể", 28, "tập thể"), Q("61 cá nhân", 61, "cá nhân"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 06, 07-NQ/TU"),
 D("Nghị quyết", "07", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 06, 07-NQ/TU"),
 D("Hướng dẫn", "29", "HD-MTTW-BTT", None, None, "Hướng dẫn số 29/HD-MTTW-BTT")],
[prov("Quảng Trị"), com("Hướng Lộc"), com("A Bung")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Chính trị - Xã hội / Mặt trận", "QTO",
 "Ảnh: Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hồ Thị Pây phát biểu tại hội nghị.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII"],
["29-12-2020 09:40", "năm 2020", "năm 2021", "lần thứ XVII", "khóa XV", "2021-2026"]))

PAGES.append(page("b2341-hagiang-mttq-giamsat-baucu-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH HÀ GIANG
Vị trí: Trang chủ - Tin hoạt động - Giám sát, phản biện xã hội
Thứ Hai, 10/05/2021
Ảnh: Đoàn giám sát kiểm tra việc niêm yết danh sách cử tri tại thị trấn Mèo Vạc.
Giám sát công tác chuẩn bị bầu cử tại huyện Mèo Vạc
Từ ngày 6 đến 8/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Giang do đồng chí Vàng Mí Lử, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 tại huyện Mèo Vạc. Cùng đi có bà Giàng Thị Sính, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Bàn Văn Dìn, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh.
Đây là đợt giám sát thứ hai trong năm 2021 theo Kế hoạch số 15/KH-MTTQ-BTT ngày 12/3/2021 và Kế hoạch số 22/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, thực hiện Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Theo báo cáo của Ủy ban bầu cử huyện, Mèo Vạc có 18 xã, thị trấn với 51.264 cử tri, chia thành 64 đơn vị bầu cử HĐND xã và 188 khu vực bỏ phiếu. Danh sách cử tri đã được niêm yết đúng ngày 13/4 tại 188 điểm. Huyện đã in, cấp phát 5.500 tờ tài liệu tuyên truyền song ngữ Việt - Mông; 100% tổ bầu cử được tập huấn nghiệp vụ.
Đoàn đã làm việc trực tiếp tại xã Pả Vi, xã Sủng Trà và thị trấn Mèo Vạc. Tại xã Sủng Trà, ông Lò Văn Sếnh, Phó Chủ tịch UBND xã, Phó Chủ tịch Ủy ban bầu cử xã cho biết xã có 7 khu vực bỏ phiếu, trong đó 2 khu vực ở thôn xa nên đã bố trí hòm phiếu phụ. Bà Lò Thị Pờ, Chủ tịch Ủy ban MTTQ xã Pả Vi, phản ánh còn 46 cử tri đi làm ăn xa chưa liên lạc được.
Qua giám sát, Đoàn đề nghị Ủy ban bầu cử huyện rà soát lại danh sách cử tri, tránh bỏ sót hoặc ghi trùng; tăng cường tuyên truyền bằng tiếng dân tộc qua 52 cụm loa truyền thanh thôn. Kết luận buổi làm việc, đồng chí Vàng Mí Lử đề nghị huyện thực hiện nghiêm Chỉ thị 45-CT/TW ngày 20/6/2020 của Bộ Chính trị và Chỉ thị số 02/CT-TTg của Thủ tướng Chính phủ, bảo đảm ngày 23/5 thực sự là ngày hội của toàn dân.
Trong tháng 5, Mặt trận tỉnh sẽ giám sát thêm tại 3 huyện Đồng Văn, Yên Minh, Quản Bạ. Các đoàn giám sát cấp huyện được yêu cầu báo cáo kết quả về Ban Thường trực trước ngày 15/5 để tổng hợp, kiến nghị Ủy ban bầu cử tỉnh.
Ban Dân chủ - Pháp luật
Bài viết liên quan
- Ban Thường trực Ủy ban MTTQ tỉnh giám sát tại huyện Xín Mần (04/05/2021)
- Hội nghị hiệp thương lần thứ ba cấp tỉnh (20/04/2021)
- Lấy ý kiến cử tri nơi cư trú đối với người ứng cử (25/03/2021)
- Yên Minh: tuyên truyền bầu cử bằng tiếng Mông, tiếng Dao (22/03/2021)
""", "2021-05-10", "Giám sát công tác chuẩn bị bầu cử tại huyện Mèo Vạc",
E("giam_sat", "2021", "2021-05-06"),
[P("Vàng Mí Lử", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Giàng Thị Sính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bàn Văn Dìn", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lò Văn Sếnh", "Phó Chủ tịch UBND xã", "Phó Chủ tịch Ủy ban bầu cử xã"),
 P("Lò Thị Pờ", "Chủ tịch Ủy ban MTTQ xã Pả Vi")],
[Q("18 xã, thị trấn", 18, "xã, thị trấn"), Q("51.264 cử tri", 51264, "cử tri"), Q("64 đơn vị bầu cử HĐND xã", 64, "đơn vị bầu cử HĐND xã"),
 Q("188 khu vực bỏ phiếu", 188, "khu vực bỏ phiếu"), Q("188 điểm", 188, "điểm"), Q("5.500 tờ tài liệu tuyên truyền song ngữ Việt - Mông", 5500, "tờ tài liệu tuyên truyền song ngữ Việt - Mông"),
 Q("100% tổ bầu cử", 100, "%"), Q("7 khu vực bỏ phiếu", 7, "khu vực bỏ phiếu"), Q("2 khu vực", 2, "khu vực"),
 Q("46 cử tri", 46, "cử tri"), Q("52 cụm loa truyền thanh thôn", 52, "cụm loa truyền thanh thôn"), Q("3 huyện", 3, "huyện")],
[D("Kế hoạch", "15", "KH-MTTQ-BTT", "2021-03-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 15/KH-MTTQ-BTT ngày 12/3/2021"),
 D("Kế hoạch", "22", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 22/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh"),
 D("Nghị quyết liên tịch", "09", "2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị 45-CT/TW ngày 20/6/2020 của Bộ Chính trị"),
 D("Chỉ thị", "02", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 02/CT-TTg của Thủ tướng Chính phủ")],
[prov("Hà Giang"), com("Mèo Vạc"), com("Pả Vi"), com("Sủng Trà")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH HÀ GIANG", "Vị trí: Trang chủ - Tin hoạt động - Giám sát, phản biện xã hội",
 "Ảnh: Đoàn giám sát kiểm tra việc niêm yết danh sách cử tri tại thị trấn Mèo Vạc.", "Ban Dân chủ - Pháp luật"],
["Thứ Hai, 10/05/2021", "khóa XV", "2021-2026", "đợt giám sát thứ hai", "ngày 13/4", "ngày 23/5", "tháng 5", "ngày 15/5"]))

PAGES.append(page("b2342-camau-tiepxuc-ungcuvien-2021", """
Báo Cà Mau
Thời sự | Bầu cử đại biểu Quốc hội và HĐND các cấp
21.04.2021 | 16:05
Ứng cử viên đại biểu Quốc hội tiếp xúc cử tri huyện Trần Văn Thời
(CMO) Sáng 20/4, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Trần Văn Thời phối hợp Ủy ban bầu cử huyện tổ chức hội nghị tiếp xúc cử tri để những người ứng cử đại biểu Quốc hội khóa XV ở đơn vị bầu cử số 2 vận động bầu cử. Hội nghị có hơn 200 cử tri của các xã Khánh Bình Tây, Trần Hợi, Khánh Hải tham dự.
Các ứng cử viên ra mắt cử tri gồm: bà Danh Thị Mỹ, Phó Trưởng ban Dân tộc tỉnh; ông Lâm Hồng Phúc, Giám đốc Sở Lao động - Thương binh và Xã hội; ông Trịnh Quốc Việt, Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh; bà Thạch Thị Sô Phanh, giáo viên Trường THCS Khánh Bình Tây. Ông Lý Văn Tươi, Phó Chủ tịch Ủy ban MTTQ huyện, chủ trì và giới thiệu tiểu sử tóm tắt của từng người.
Bà Danh Thị Mỹ trình bày chương trình hành động với 5 nội dung, trong đó ưu tiên chính sách cho 2.300 hộ đồng bào Khmer và 1.150 hộ nghèo, cận nghèo; kiến nghị đầu tư 12 km đê biển Tây. Ông Lâm Hồng Phúc cam kết theo dõi giải quyết việc làm cho khoảng 4.500 lao động trở về từ các tỉnh, thành phố do ảnh hưởng dịch Covid-19. Ông Trịnh Quốc Việt nêu sẽ kiến nghị tăng cường phổ biến pháp luật cho ngư dân, hạn chế tình trạng tàu cá vi phạm vùng biển nước ngoài. Bà Thạch Thị Sô Phanh mong muốn được đóng góp tiếng nói của giáo viên vùng sâu, nhất là việc dạy chữ Khmer cho học sinh trong dịp hè và hỗ trợ học sinh nghèo đến trường.
Tại hội nghị có 11 ý kiến của cử tri. Cử tri Tô Văn Hai (ấp Kênh Tư, xã Trần Hợi) đề nghị các ứng cử viên khi trúng cử quan tâm việc sạt lở bờ biển làm mất hơn 30 ha rừng phòng hộ; bà Huỳnh Thị Út, Chi hội trưởng Phụ nữ ấp Đá Bạc, mong có thêm nguồn vốn vay cho phụ nữ nuôi tôm - rừng với mức 50 triệu đồng mỗi hộ.
Phát biểu kết thúc, ông Lý Văn Tươi cho biết các ý kiến được tổng hợp theo Hướng dẫn số 36/HD-MTTW-BTT và Công văn số 235/UBMTTQ-BTT ngày 5/4/2021 của Ủy ban MTTQ tỉnh. Theo kế hoạch, từ nay đến ngày 21/5, huyện tổ chức 14 hội nghị tiếp xúc cử tri cho người ứng cử đại biểu Quốc hội và HĐND tỉnh.
Đến nay, huyện đã hoàn thành 68% khối lượng công tác chuẩn bị; 97 tổ bầu cử được thành lập đúng luật.
Huỳnh Lâm
Tin cùng chuyên mục
- Năm Căn: 5 ứng cử viên HĐND tỉnh gặp gỡ cử tri (19/04/2021)
- Mặt trận tỉnh tập huấn hướng dẫn tiếp xúc cử tri (10/04/2021)
- U Minh niêm yết danh sách cử tri (14/04/2021)
- Cà Mau có 50 người ứng cử đại biểu HĐND tỉnh (02/04/2021)
- Đầm Dơi: hiệp thương lần thứ ba lập danh sách người ứng cử (16/04/2021)
""", "2021-04-21", "Ứng cử viên đại biểu Quốc hội tiếp xúc cử tri huyện Trần Văn Thời",
E("hoi_nghi", None, "2021-04-20"),
[P("Danh Thị Mỹ", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Lâm Hồng Phúc", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Trịnh Quốc Việt", "Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh"),
 P("Thạch Thị Sô Phanh", "giáo viên Trường THCS Khánh Bình Tây"),
 P("Lý Văn Tươi", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Tô Văn Hai"),
 P("Huỳnh Thị Út", "Chi hội trưởng Phụ nữ ấp Đá Bạc")],
[Q("hơn 200 cử tri", 200, "cử tri", "over"), Q("5 nội dung", 5, "nội dung"), Q("2.300 hộ đồng bào Khmer", 2300, "hộ đồng bào Khmer"),
 Q("1.150 hộ nghèo, cận nghèo", 1150, "hộ nghèo, cận nghèo"), Q("12 km", 12, "km"), Q("khoảng 4.500 lao động", 4500, "lao động", "approx"),
 Q("11 ý kiến", 11, "ý kiến"), Q("hơn 30 ha", 30, "ha", "over"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("14 hội nghị tiếp xúc cử tri", 14, "hội nghị tiếp xúc cử tri"), Q("68%", 68, "%"), Q("97 tổ bầu cử", 97, "tổ bầu cử")],
[D("Hướng dẫn", "36", "HD-MTTW-BTT", None, None, "Hướng dẫn số 36/HD-MTTW-BTT"),
 D("Công văn", "235", "UBMTTQ-BTT", "2021-04-05", "Ủy ban MTTQ tỉnh", "Công văn số 235/UBMTTQ-BTT ngày 5/4/2021 của Ủy ban MTTQ tỉnh")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Trần Hợi"), com("Khánh Hải")],
["Báo Cà Mau", "Thời sự | Bầu cử đại biểu Quốc hội và HĐND các cấp", "(CMO)", "Covid-19"],
["21.04.2021 | 16:05", "khóa XV", "đơn vị bầu cử số 2", "ngày 21/5", "Covid-19"]))

PAGES.append(page("b2343-hoabinh-tongket-baucu-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÒA BÌNH
Trang chủ » Tin tức - Sự kiện » Tin Mặt trận tỉnh
Ngày 18/06/2021 | 09:15
Toàn cảnh hội nghị.
Cuộc bầu cử thực sự là ngày hội của toàn dân
Ngày 17/6/2021, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác Mặt trận tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026. Đồng chí Quách Thị Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có 112 đại biểu.
Theo báo cáo, Mặt trận các cấp đã tổ chức 3 vòng hiệp thương đúng luật ở 3 cấp; tổ chức 2.046 hội nghị lấy ý kiến cử tri nơi cư trú và 96 hội nghị tiếp xúc cử tri để người ứng cử vận động bầu cử. Tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,72%. Kết quả, tỉnh bầu đủ 6 đại biểu Quốc hội, 50 đại biểu HĐND tỉnh, 288 đại biểu HĐND huyện và 3.418 đại biểu HĐND xã. Trong số đại biểu HĐND tỉnh trúng cử có 39 người dân tộc Mường, Thái, Tày, Dao, chiếm 78%; 16 đại biểu nữ, chiếm 32%.
Công tác giám sát được triển khai nghiêm túc: Ban Thường trực Ủy ban MTTQ tỉnh thành lập 5 đoàn giám sát, Mặt trận cấp huyện thành lập 24 đoàn giám sát. Ủy ban MTTQ các cấp tiếp nhận 14 đơn thư, trong đó 12 đơn liên quan đến người ứng cử, đã phối hợp xác minh, trả lời 12 đơn. Có 8 trường hợp phải bầu cử thêm ở cấp xã.
Phát biểu tham luận, ông Xa Văn Tuấn, HUV, Chủ tịch Ủy ban MTTQ huyện Mai Châu, chia sẻ cách tuyên truyền bầu cử bằng tiếng Thái qua 126 cụm loa; bà Bùi Thị Chiêm, Trưởng ban Công tác Mặt trận xóm Mớ Đá, xã Tân Lập, kể lại việc vận động 100% cử tri trong xóm đi bầu từ sáng sớm. Ông Đinh Công Sứ, Phó Chủ tịch Ủy ban MTTQ tỉnh, báo cáo kết quả thực hiện Kế hoạch số 41/KH-MTTQ-BTT ngày 29/1/2021 của Ban Thường trực Ủy ban MTTQ tỉnh.
Kết luận hội nghị, đồng chí Quách Thị Thanh đề nghị Mặt trận các cấp tiếp tục thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về giám sát, phản biện xã hội; giám sát việc thực hiện lời hứa của người trúng cử; tổ chức tốt tiếp xúc cử tri trước và sau mỗi kỳ họp.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 20 tập thể, 35 cá nhân có thành tích xuất sắc trong công tác bầu cử. Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tặng giấy khen cho 9 ban công tác Mặt trận tiêu biểu, mỗi ban được thưởng 2 triệu đồng.
Quang Minh
Lượt xem: 1.578
Tin liên quan
- Mặt trận tỉnh giám sát kiểm phiếu tại huyện Lạc Sơn (25/05/2021)
- Hòa Bình công bố kết quả bầu cử đại biểu HĐND tỉnh (01/06/2021)
- 99,72% cử tri trong tỉnh đi bầu (24/05/2021)
- Đà Bắc: bầu cử thêm đại biểu HĐND xã ở 2 đơn vị (30/05/2021)
""", "2021-06-18", "Cuộc bầu cử thực sự là ngày hội của toàn dân",
E("tong_ket", "2021", "2021-06-17"),
[P("Quách Thị Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Xa Văn Tuấn", "HUV", "Chủ tịch Ủy ban MTTQ huyện Mai Châu"),
 P("Bùi Thị Chiêm", "Trưởng ban Công tác Mặt trận xóm Mớ Đá"),
 P("Đinh Công Sứ", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("112 đại biểu", 112, "đại biểu"), Q("3 vòng hiệp thương", 3, "vòng hiệp thương"), Q("3 cấp", 3, "cấp"),
 Q("2.046 hội nghị", 2046, "hội nghị"), Q("96 hội nghị tiếp xúc cử tri", 96, "hội nghị tiếp xúc cử tri"), Q("99,72%", 99.72, "%"),
 Q("6 đại biểu Quốc hội", 6, "đại biểu Quốc hội"), Q("50 đại biểu HĐND tỉnh", 50, "đại biểu HĐND tỉnh"),
 Q("288 đại biểu HĐND huyện", 288, "đại biểu HĐND huyện"), Q("3.418 đại biểu HĐND xã", 3418, "đại biểu HĐND xã"),
 Q("39 người dân tộc Mường, Thái, Tày, Dao", 39, "người dân tộc Mường, Thái, Tày, Dao"), Q("78%", 78, "%"), Q("16 đại biểu nữ", 16, "đại biểu nữ"),
 Q("32%", 32, "%"), Q("5 đoàn giám sát", 5, "đoàn giám sát"), Q("24 đoàn giám sát", 24, "đoàn giám sát"), Q("14 đơn thư", 14, "đơn thư"),
 Q("12 đơn", 12, "đơn"), Q("8 trường hợp", 8, "trường hợp"), Q("126 cụm loa", 126, "cụm loa"), Q("100% cử tri", 100, "%"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân"), Q("9 ban công tác Mặt trận tiêu biểu", 9, "ban công tác Mặt trận tiêu biểu"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Kế hoạch", "41", "KH-MTTQ-BTT", "2021-01-29", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 41/KH-MTTQ-BTT ngày 29/1/2021 của Ban Thường trực Ủy ban MTTQ tỉnh"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Hòa Bình"), com("Tân Lập")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HÒA BÌNH", "Trang chủ » Tin tức - Sự kiện » Tin Mặt trận tỉnh", "Toàn cảnh hội nghị.", "Lượt xem: 1.578"],
["Ngày 18/06/2021 | 09:15", "khóa XV", "2021-2026", "Lượt xem: 1.578"]))

PAGES.append(page("b2344-kontum-tiepxuccutri-hdnd-2022", """
BÁO KON TUM - CƠ QUAN CỦA ĐẢNG BỘ TỈNH KON TUM
Thời sự › Chính trị › Hoạt động dân cử
Thứ Năm, 24/11/2022 - 14:30
Đại biểu HĐND tỉnh tiếp xúc cử tri xã Đăk Na
Ngày 23/11, Tổ đại biểu HĐND tỉnh Kon Tum ứng cử tại đơn vị bầu cử số 6 phối hợp với Ủy ban MTTQ Việt Nam huyện Tu Mơ Rông tổ chức tiếp xúc cử tri trước kỳ họp thứ 4, HĐND tỉnh khóa XII. Tham dự có các đại biểu HĐND tỉnh: A Pớt, Phó Chủ tịch UBND huyện Tu Mơ Rông; Y Ngọc, Phó Trưởng ban Dân tộc HĐND tỉnh; Nguyễn Văn Thắng, Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
Hội nghị có gần 130 cử tri các thôn Đăk Kinh, Kon Pia, Tu Bung của xã Đăk Na và xã Đăk Sao tham dự. Đại biểu Y Ngọc thông báo dự kiến nội dung kỳ họp: HĐND tỉnh sẽ xem xét 26 báo cáo, 19 tờ trình và dự thảo nghị quyết, trong đó có nghị quyết phân bổ hơn 1.600 tỷ đồng vốn các chương trình mục tiêu quốc gia năm 2023.
Tại hội nghị, 14 lượt cử tri phát biểu. Ông A Hơ Ry, người có uy tín thôn Kon Pia, đề nghị sớm cấp 140 ha đất sản xuất cho hộ thiếu đất theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Bà Y Dung, Chi hội trưởng Chi hội Phụ nữ thôn Tu Bung, phản ánh 23 căn nhà của hộ nghèo bị hư hỏng sau bão số 4, đề nghị hỗ trợ 30 triệu đồng mỗi căn. Ông A Jar (thôn Đăk Kinh) hỏi về việc chi trả tiền trồng sâm Ngọc Linh cho 58 hộ tham gia dự án.
Thay mặt Tổ đại biểu, ông Nguyễn Văn Thắng trả lời 6 ý kiến thuộc lĩnh vực nông nghiệp; các ý kiến còn lại được tổng hợp, gửi Thường trực HĐND tỉnh theo Nghị quyết số 11/2022/NQ-HĐND. Ông A Pớt cho biết huyện đã bố trí 4,2 tỷ đồng để khắc phục 9 tuyến đường bị sạt lở; đến nay đã sửa chữa được 5 tuyến.
Dịp này, bà Y Hiên, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tu Mơ Rông, thông tin kết quả giám sát của Mặt trận huyện đối với việc thực hiện Kế hoạch số 08-KH/HU ngày 11/3/2022 của Huyện ủy về phát triển cây dược liệu; đề nghị các ngành chức năng giải quyết dứt điểm 12 kiến nghị tồn đọng từ kỳ họp trước.
Cùng ngày, Tổ đại biểu tiếp xúc cử tri tại thị trấn Đăk Tô với khoảng 90 cử tri. Cử tri đề nghị tăng cường quản lý, bảo vệ rừng, kiểm soát tình trạng khai thác cát trái phép trên sông Pô Kô.
Y Hương
Các tin khác
- Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Sa Thầy (22/11/2022)
- Mặt trận tỉnh tổ chức Ngày hội Đại đoàn kết tại làng Plei Rơ Wong (16/11/2022)
- Kon Plông: 500 phần quà cho học sinh nghèo (10/11/2022)
- Cử tri Ngọc Hồi kiến nghị về giá vật tư nông nghiệp (09/11/2022)
- Giám sát việc thực hiện chính sách đối với người có uy tín (28/10/2022)
- Đăk Glei: hiệp thương bầu bổ sung Phó Chủ tịch Ủy ban MTTQ huyện (20/10/2022)
""", "2022-11-24", "Đại biểu HĐND tỉnh tiếp xúc cử tri xã Đăk Na",
E("hoi_nghi", None, "2022-11-23"),
[P("A Pớt", "đại biểu HĐND tỉnh", "Phó Chủ tịch UBND huyện Tu Mơ Rông"),
 P("Y Ngọc", "đại biểu HĐND tỉnh", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Văn Thắng", "đại biểu HĐND tỉnh", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("A Hơ Ry", "người có uy tín thôn Kon Pia"),
 P("Y Dung", "Chi hội trưởng Chi hội Phụ nữ thôn Tu Bung"),
 P("A Jar"),
 P("Y Hiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tu Mơ Rông")],
[Q("gần 130 cử tri", 130, "cử tri", "approx"), Q("26 báo cáo", 26, "báo cáo"), Q("19 tờ trình và dự thảo nghị quyết", 19, "tờ trình và dự thảo nghị quyết"),
 Q("hơn 1.600 tỷ đồng", 1600000000000, "đồng", "over"), Q("14 lượt cử tri", 14, "lượt cử tri"), Q("140 ha", 140, "ha"),
 Q("23 căn nhà", 23, "căn nhà"), Q("30 triệu đồng", 30000000, "đồng"), Q("58 hộ", 58, "hộ"), Q("6 ý kiến", 6, "ý kiến"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("9 tuyến đường", 9, "tuyến đường"), Q("5 tuyến", 5, "tuyến"),
 Q("12 kiến nghị tồn đọng", 12, "kiến nghị tồn đọng"), Q("khoảng 90 cử tri", 90, "cử tri", "approx")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "11", "2022/NQ-HĐND", None, None, "Nghị quyết số 11/2022/NQ-HĐND"),
 D("Kế hoạch", "08", "KH/HU", "2022-03-11", "Huyện ủy", "Kế hoạch số 08-KH/HU ngày 11/3/2022 của Huyện ủy")],
[prov("Kon Tum"), com("Đăk Na"), com("Đăk Sao"), com("Đăk Tô")],
["BÁO KON TUM - CƠ QUAN CỦA ĐẢNG BỘ TỈNH KON TUM", "Thời sự › Chính trị › Hoạt động dân cử", "sâm Ngọc Linh"],
["Thứ Năm, 24/11/2022 - 14:30", "đơn vị bầu cử số 6", "kỳ họp thứ 4", "khóa XII", "năm 2023", "bão số 4"]))
