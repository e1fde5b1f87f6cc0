from lib import *
PAGES = []

PAGES.append(page("b8447-lamdong-mttq-giamsat-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ / Giám sát - Phản biện / Cơ sở
Thứ Sáu, 03/10/2025
Ủy ban MTTQ xã Quảng Tân giám sát hoạt động hòa giải có người có uy tín tham gia
Ngày 01/10/2025, Ban Thường trực Ủy ban MTTQ Việt Nam xã Quảng Tân (tỉnh Lâm Đồng) tổ chức giám sát việc thực hiện Luật Hòa giải ở cơ sở và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số năm 2025 tại 4 thôn, bon. Đoàn do bà H'Thiêm Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban Công tác Mặt trận bon Bu Đăk làm trưởng đoàn.
Đoàn giám sát làm việc tại bon Mê Ra. Ảnh: H.Thiêm
Xã Quảng Tân được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 3 xã cũ, có 38 thôn, bon với gần 6.900 hộ, trong đó đồng bào M'nông, Mạ, Ê Đê, Tày, Nùng chiếm khoảng 34%. Toàn xã có 29 người có uy tín và 38 tổ hòa giải với 247 hòa giải viên.
Qua giám sát, từ đầu năm đến ngày 30/9/2025, các tổ hòa giải tại 4 thôn, bon được giám sát đã tiếp nhận 22 vụ việc, hòa giải thành 19 vụ; phần lớn là tranh chấp ranh giới đất rẫy cà phê, tiêu giữa các hộ giáp ranh và mâu thuẫn khi chia đất cho con. Già làng Điểu Đình, bon Mê Ra, cùng tổ hòa giải đã giải quyết thành vụ tranh chấp 1,8 ha đất giữa hai anh em cùng mẹ khác cha kéo dài từ năm 2021. Ông Nông Văn Thiện, người có uy tín thôn 4, phản ánh các hộ di cư tự do từ phía Bắc vào thường mua bán đất bằng giấy tay nên rất dễ phát sinh tranh chấp.
Đoàn cũng chỉ ra một số hạn chế: 2 tổ hòa giải chưa được kiện toàn sau khi sắp xếp thôn; sổ theo dõi vụ việc ghi chép chưa đầy đủ; kinh phí hỗ trợ theo Nghị quyết số 17/2025/NQ-HĐND của HĐND tỉnh chưa được chi trả kịp thời cho 9 vụ việc hòa giải thành.
Kết luận giám sát, bà H'Thiêm Niê đề nghị UBND xã sớm kiện toàn các tổ hòa giải, bảo đảm mỗi tổ có già làng hoặc người có uy tín tham gia; phối hợp với Công an xã hỗ trợ các tổ ở những vụ việc phức tạp; thực hiện đúng Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư về giám sát của Mặt trận. Kết quả giám sát sẽ được báo cáo Đảng ủy xã và Ủy ban MTTQ Việt Nam tỉnh.
Dịp này, ông Trần Đức Hòa, Phó Chủ tịch UBND xã, tiếp thu các kiến nghị và cam kết bố trí 45 triệu đồng trong quý IV cho hoạt động hòa giải ở cơ sở.
Ngay sau buổi giám sát, Ủy ban MTTQ xã đã phối hợp với các bon tổ chức 3 buổi sinh hoạt chuyên đề, mời già làng và hòa giải viên cùng trao đổi kinh nghiệm xử lý tranh chấp đất đai trong gia đình.
Hoàng Thiêm
Tin khác
- Xã Đắk Mil: Hội nghị đại biểu nhân dân năm 2025 (26/09/2025)
- Bảo Lộc ra mắt mô hình "Khu dân cư không có đơn thư" (18/09/2025)
- Tập huấn công tác giám sát cho cán bộ Mặt trận cơ sở (09/09/2025)
""", "2025-10-03", "Ủy ban MTTQ xã Quảng Tân giám sát hoạt động hòa giải có người có uy tín tham gia",
E("giam_sat", "2025", "2025-10-01"),
[P("H'Thiêm Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban Công tác Mặt trận bon Bu Đăk"),
 P("Điểu Đình", "Già làng"),
 P("Nông Văn Thiện", "người có uy tín thôn 4"),
 P("Trần Đức Hòa", "Phó Chủ tịch UBND xã")],
[Q("4 thôn, bon", 4, "thôn, bon"), Q("3 xã cũ", 3, "xã cũ"), Q("38 thôn, bon", 38, "thôn, bon"),
 Q("gần 6.900 hộ", 6900, "hộ", "approx"), Q("khoảng 34%", 34, "%", "approx"), Q("29 người có uy tín", 29, "người có uy tín"),
 Q("38 tổ hòa giải", 38, "tổ hòa giải"), Q("247 hòa giải viên", 247, "hòa giải viên"), Q("22 vụ việc", 22, "vụ việc"),
 Q("19 vụ", 19, "vụ"), Q("1,8 ha", 1.8, "ha"), Q("2 tổ hòa giải", 2, "tổ hòa giải"), Q("9 vụ việc hòa giải thành", 9, "vụ việc"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("3 buổi sinh hoạt chuyên đề", 3, "buổi sinh hoạt chuyên đề")],
[D("Nghị quyết", "17", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 17/2025/NQ-HĐND"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017")],
[prov("Lâm Đồng"), com("Quảng Tân")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ / Giám sát - Phản biện / Cơ sở", "Đoàn giám sát làm việc tại bon Mê Ra. Ảnh: H.Thiêm",
 "Luật Hòa giải ở cơ sở", "Công an xã"],
["Thứ Sáu, 03/10/2025", "năm 2025", "1/7/2025", "30/9/2025", "năm 2021", "quý IV"]))

PAGES.append(page("b8448-tuyenquang-nguoiuytin-hoinghi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị › Dân tộc - Tôn giáo › Người có uy tín
Ngày 14/11/2025 | 10:30
Đồng chí Vàng Thị Mỷ trao Bằng khen cho các người có uy tín tiêu biểu.
Tuyên Quang: Biểu dương 150 người có uy tín tiêu biểu trong hòa giải tranh chấp ở vùng cao
Sáng 13/11, Ban Dân tộc và Tôn giáo tỉnh Tuyên Quang tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2025 - hội nghị đầu tiên sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang. Dự hội nghị có 150 người có uy tín tiêu biểu đến từ 84 xã, phường vùng đồng bào dân tộc thiểu số của tỉnh.
Dự và chủ trì có các đồng chí: Vàng Thị Mỷ, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; Lù Văn Páo, Giám đốc Sở Dân tộc và Tôn giáo; Hoàng Thị Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo báo cáo, tỉnh Tuyên Quang (mới) có 2.418 người có uy tín, trong đó trên 1.500 người là người Mông, Dao, Lô Lô, Pu Péo, Pà Thẻn. Năm 2025, người có uy tín đã phối hợp với các tổ hòa giải giải quyết thành 1.036 vụ việc tranh chấp đất đai, mâu thuẫn dòng họ và hôn nhân gia đình, chiếm 93,4% số vụ tiếp nhận; vận động 215 cặp tảo hôn, kết hôn cận huyết thống dừng chung sống; vận động nhân dân hiến hơn 42.000 m2 đất làm đường, xây trường học.
Tại hội nghị, ông Sình Dì Gai, người có uy tín thôn Lô Lô Chải, xã Lũng Cú, chia sẻ cách hòa giải vụ tranh chấp ranh giới nương ngô giữa hai dòng họ Lô Lô và Mông bằng cách mời thầy cúng, trưởng họ của cả hai bên ngồi lại, ký cam kết trước sự chứng kiến của Đồn Biên phòng. Bà Bàn Thị Liên, người có uy tín thôn Nậm Đăm, xã Quản Bạ, người Dao, nói về việc vận động hai gia đình thông gia hòa giải sau vụ ly hôn, trả lại 2 con trâu sính lễ theo tục lệ.
Phát biểu tại hội nghị, đồng chí Vàng Thị Mỷ đề nghị các xã tiếp tục thực hiện tốt Quyết định số 12/2018/QĐ-TTg, Quyết định số 28/2023/QĐ-TTg và Nghị quyết 08, 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh; bảo đảm mỗi xã có ít nhất 1 lớp tập huấn kỹ năng hòa giải cho người có uy tín mỗi năm; kiện toàn đội ngũ sau sắp xếp đơn vị hành chính, không để thôn nào "trắng" người có uy tín.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 50 người có uy tín tiêu biểu; mỗi đại biểu dự hội nghị được tặng quà trị giá 1 triệu đồng. Tổng kinh phí tổ chức hội nghị khoảng 320 triệu đồng.
Sau hội nghị, các đại biểu được đi thăm Khu di tích Tân Trào.
Giàng Lan
Tin liên quan
- Xã Mèo Vạc tập huấn pháp luật cho 60 trưởng thôn (07/11/2025)
- Tuyên Quang: hòa giải thành 92% vụ việc ở cơ sở (29/10/2025)
- Gặp mặt chức sắc tôn giáo tỉnh Tuyên Quang (15/10/2025)
""", "2025-11-14", "Tuyên Quang: Biểu dương 150 người có uy tín tiêu biểu trong hòa giải tranh chấp ở vùng cao",
E("hoi_nghi", "2025", "2025-11-13"),
[P("Vàng Thị Mỷ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Lù Văn Páo", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Hoàng Thị Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sình Dì Gai", "người có uy tín thôn Lô Lô Chải"),
 P("Bàn Thị Liên", "người có uy tín thôn Nậm Đăm")],
[Q("150 người có uy tín tiêu biểu", 150, "người có uy tín tiêu biểu"), Q("84 xã, phường", 84, "xã, phường"),
 Q("2.418 người có uy tín", 2418, "người có uy tín"), Q("trên 1.500 người", 1500, "người", "over"),
 Q("1.036 vụ việc tranh chấp đất đai, mâu thuẫn dòng họ và hôn nhân gia đình", 1036, "vụ việc tranh chấp đất đai, mâu thuẫn dòng họ và hôn nhân gia đình"),
 Q("93,4%", 93.4, "%"), Q("215 cặp tảo hôn, kết hôn cận huyết thống", 215, "cặp tảo hôn, kết hôn cận huyết thống"),
 Q("hơn 42.000 m2", 42000, "m2", "over"), Q("2 con trâu", 2, "con trâu"),
 Q("ít nhất 1 lớp tập huấn kỹ năng hòa giải", 1, "lớp tập huấn kỹ năng hòa giải", "over"),
 Q("50 người có uy tín tiêu biểu", 50, "người có uy tín tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("khoảng 320 triệu đồng", 320000000, "đồng", "approx")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định số 28/2023/QĐ-TTg"),
 D("Nghị quyết", "08", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 08, 09-NQ/TU"),
 D("Nghị quyết", "09", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 08, 09-NQ/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Quản Bạ")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị › Dân tộc - Tôn giáo › Người có uy tín",
 "Đồng chí Vàng Thị Mỷ trao Bằng khen cho các người có uy tín tiêu biểu.", "Đồn Biên phòng", "Khu di tích Tân Trào"],
["Ngày 14/11/2025 | 10:30", "năm 2025", "Năm 2025", "mỗi năm"]))

PAGES.append(page("b8449-vinhlong-khmer-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ » Dân vận » Dân tộc - Tôn giáo
Cập nhật: 08:45, 24/12/2025 (GMT+7)
Các đại biểu dự hội nghị tổng kết. Ảnh: Sa Rây
Phát huy người có uy tín, Achar trong hòa giải ở vùng đồng bào Khmer
Chiều 22/12, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Sở Dân tộc và Tôn giáo tổ chức hội nghị tổng kết công tác vận động đồng bào Khmer và phát huy vai trò người có uy tín năm 2025. Đây là lần đầu tiên nội dung này được tổng kết chung cho địa bàn tỉnh Vĩnh Long mới, sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Chủ trì hội nghị có đồng chí Thạch Thị Ngọc Hân, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy và đồng chí Kim Sóc Kha, Phó Giám đốc Sở Dân tộc và Tôn giáo.
Báo cáo cho biết, toàn tỉnh có hơn 350.000 đồng bào Khmer, 141 chùa Phật giáo Nam tông Khmer và 1.274 người có uy tín. Năm 2025, người có uy tín, Achar, sư sãi đã tham gia cùng 1.930 tổ hòa giải ở 124 xã, phường giải quyết thành 2.187 vụ việc, đạt tỷ lệ 95,2%; trong đó tranh chấp đất đai, lối đi chiếm khoảng 41%, mâu thuẫn gia đình khoảng 30%. Các chùa đã tổ chức 265 buổi thuyết giảng lồng ghép tuyên truyền pháp luật, thu hút trên 18.000 lượt phật tử.
Tham luận tại hội nghị, Achar Thạch Sà Phên, chùa Cổ Kiến, xã Tiểu Cần, chia sẻ kinh nghiệm mời các bên tranh chấp đến sala chùa, vừa nói giáo lý, vừa giải thích pháp luật. Ông Sơn Ly, người có uy tín ấp Ba Se A, xã Long Hiệp, kể vụ ba anh em tranh chấp 4.500 m2 đất ruộng cha mẹ để lại không có di chúc, sau 4 lần hòa giải đã thống nhất chia đều, lập thủ tục tặng cho tại xã.
Hội nghị cũng chỉ ra sau sắp xếp đơn vị hành chính, một số tổ hòa giải chưa kiện toàn, 37 người có uy tín chuyển nơi ở nhưng chưa được thay thế.
Phát biểu kết luận, đồng chí Thạch Thị Ngọc Hân đề nghị năm 2026 tiếp tục thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer, Kế hoạch 16, 17-KH/TU của Ban Thường vụ Tỉnh ủy; mỗi xã có đông đồng bào Khmer xây dựng ít nhất 1 mô hình "Dân vận khéo" về hòa giải; phấn đấu 100% tổ hòa giải ở ấp có đông đồng bào Khmer có Achar hoặc người có uy tín tham gia.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể, 26 cá nhân có thành tích xuất sắc; Sở Dân tộc và Tôn giáo trao 60 phần quà, mỗi phần 800.000 đồng, cho người có uy tín có hoàn cảnh khó khăn.
Sa Rây
Tin liên quan
- Xã Cầu Ngang họp mặt chức sắc, chức việc các tôn giáo (16/12/2025)
- Vĩnh Long tập huấn nghiệp vụ hòa giải cho 300 hòa giải viên (02/12/2025)
- Phường Trà Vinh: đối thoại với Achar, sư sãi (20/11/2025)
""", "2025-12-24", "Phát huy người có uy tín, Achar trong hòa giải ở vùng đồng bào Khmer",
E("tong_ket", "2025", "2025-12-22"),
[P("Thạch Thị Ngọc Hân", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sóc Kha", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thạch Sà Phên", "Achar"),
 P("Sơn Ly", "người có uy tín ấp Ba Se A")],
[Q("hơn 350.000 đồng bào Khmer", 350000, "đồng bào Khmer", "over"),
 Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"), Q("1.274 người có uy tín", 1274, "người có uy tín"),
 Q("1.930 tổ hòa giải", 1930, "tổ hòa giải"), Q("124 xã, phường", 124, "xã, phường"), Q("2.187 vụ việc", 2187, "vụ việc"),
 Q("95,2%", 95.2, "%"), Q("khoảng 41%", 41, "%", "approx"), Q("khoảng 30%", 30, "%", "approx"),
 Q("265 buổi thuyết giảng", 265, "buổi thuyết giảng"), Q("trên 18.000 lượt phật tử", 18000, "lượt phật tử", "over"),
 Q("4.500 m2", 4500, "m2"), Q("37 người có uy tín", 37, "người có uy tín"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("100% tổ hòa giải", 100, "%"),
 Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân có thành tích xuất sắc", 26, "cá nhân"), Q("60 phần quà", 60, "phần quà"),
 Q("800.000 đồng", 800000, "đồng")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018"),
 D("Kế hoạch", "16", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 16, 17-KH/TU"),
 D("Kế hoạch", "17", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 16, 17-KH/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tiểu Cần"), com("Long Hiệp")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ » Dân vận » Dân tộc - Tôn giáo", "Các đại biểu dự hội nghị tổng kết. Ảnh: Sa Rây",
 "Dân vận khéo"],
["Cập nhật: 08:45, 24/12/2025 (GMT+7)", "năm 2025", "Năm 2025", "4 lần", "năm 2026"]))

PAGES.append(page("b8450-gialai-bana-traoqua-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Hôm nay: Thứ Hai, 02/02/2026
Trang chủ › Xã hội › Dân tộc - Miền núi
Thứ Sáu, 30/01/2026, 14:05
Trao quà Tết cho già làng, người có uy tín có công hòa giải ở xã Kbang
Ngày 29/1, đoàn công tác của Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai do đồng chí Đinh Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà già làng, người có uy tín tại xã Kbang và xã Đak Rong nhân dịp Tết Nguyên đán Bính Ngọ 2026.
Đồng chí Đinh Thị Thu Hà tặng quà già làng Đinh Blơh.
Đoàn đã trao 120 suất quà cho già làng, người có uy tín người Ba Na của 2 xã, mỗi suất trị giá 1,5 triệu đồng gồm tiền mặt và nhu yếu phẩm; tặng 5 ti vi cho 5 nhà rông văn hóa làng. Tổng giá trị quà tặng hơn 200 triệu đồng, do Ban vận động các doanh nghiệp trong tỉnh hỗ trợ.
Thăm già làng Đinh Blơh (80 tuổi, làng Kon Lốc 2, xã Kbang), đồng chí Đinh Thị Thu Hà ghi nhận già làng đã nhiều năm cùng tổ hòa giải làng giải quyết các vụ tranh chấp đất rẫy, mâu thuẫn vợ chồng, không để vụ việc nào phải chuyển lên xã. Năm 2025, làng Kon Lốc 2 có 6 vụ tranh chấp đều được hòa giải thành, trong đó có vụ 2 hộ tranh chấp gần 1 ha rẫy mì kéo dài từ năm 2019.
Tại xã Đak Rong, ông Đinh Hmar, Chủ tịch UBND xã, báo cáo: xã có 21 làng, 31 người có uy tín; năm 2025 các tổ hòa giải đã hòa giải thành 43/47 vụ việc, đạt 91,5%. Bà Đinh Thị H'Ngơr, người có uy tín làng Kon Hlăm, được biểu dương vì đã vận động 7 cặp vợ chồng trẻ từ bỏ ý định ly hôn, đưa 3 trường hợp tảo hôn ra khỏi làng.
Già Blơh kể, người Ba Na có câu "nói cho thẳng như cây cột nhà rông". Khi hai nhà giận nhau, ông mời họ ra nhà rông, để mỗi bên nói hết, rồi mới nói lệ làng, nói luật Nhà nước. Có vụ ông phải ngồi từ chiều đến khuya, ăn chung nồi cơm, uống chung ché rượu thì hai bên mới bắt tay nhau.
Phát biểu tại buổi thăm, đồng chí Đinh Thị Thu Hà mong già làng, người có uy tín tiếp tục là chỗ dựa của làng trong hòa giải, giữ gìn đoàn kết; tham gia tuyên truyền để bà con thực hiện Nghị quyết số 45-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và các chính sách theo Quyết định số 28/2023/QĐ-TTg; vận động con cháu đón Tết an toàn, tiết kiệm, không uống rượu say gây gổ.
Cùng ngày, đoàn thăm, tặng quà Đồn Biên phòng Kon Ka Kinh và 30 hộ nghèo của xã Kbang, mỗi suất quà trị giá 700.000 đồng.
Hiện toàn tỉnh Gia Lai có 2.962 người có uy tín; dịp Tết Bính Ngọ, các cấp đã bố trí hơn 4,4 tỷ đồng thăm, tặng quà cho đội ngũ này.
Đinh Yến
Tin liên quan
- Xã Ia Grai gặp mặt người có uy tín năm 2026 (27/01/2026)
- Phường Quy Nhơn tặng 500 suất quà Tết cho hộ nghèo (24/01/2026)
- Già làng Ba Na giữ lửa luật tục trong hòa giải (15/01/2026)
""", "2026-01-30", "Trao quà Tết cho già làng, người có uy tín có công hòa giải ở xã Kbang",
E("trao_qua", None, "2026-01-29"),
[P("Đinh Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Blơh", "già làng"),
 P("Đinh Hmar", "Chủ tịch UBND xã"),
 P("Đinh Thị H'Ngơr", "người có uy tín làng Kon Hlăm")],
[Q("120 suất quà", 120, "suất quà"), Q("2 xã", 2, "xã"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("5 ti vi", 5, "ti vi"),
 Q("5 nhà rông văn hóa", 5, "nhà rông văn hóa"), Q("hơn 200 triệu đồng", 200000000, "đồng", "over"),
 Q("6 vụ tranh chấp", 6, "vụ tranh chấp"), Q("2 hộ", 2, "hộ"), Q("gần 1 ha", 1, "ha", "approx"),
 Q("21 làng", 21, "làng"), Q("31 người có uy tín", 31, "người có uy tín"), Q("43/47 vụ việc", 43, "vụ việc"),
 Q("91,5%", 91.5, "%"), Q("7 cặp vợ chồng trẻ", 7, "cặp vợ chồng trẻ"), Q("3 trường hợp", 3, "trường hợp"),
 Q("30 hộ nghèo", 30, "hộ nghèo"), Q("700.000 đồng", 700000, "đồng"), Q("2.962 người có uy tín", 2962, "người có uy tín"),
 Q("hơn 4,4 tỷ đồng", 4400000000, "đồng", "over")],
[D("Nghị quyết", "45", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 45-NQ/TU"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định số 28/2023/QĐ-TTg")],
[prov("Gia Lai"), com("Kbang"), com("Đak Rong")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Hôm nay: Thứ Hai, 02/02/2026", "Trang chủ › Xã hội › Dân tộc - Miền núi",
 "Đồng chí Đinh Thị Thu Hà tặng quà già làng Đinh Blơh.", "Đồn Biên phòng Kon Ka Kinh"],
["Thứ Sáu, 30/01/2026, 14:05", "Tết Nguyên đán Bính Ngọ 2026", "80 tuổi", "Năm 2025", "năm 2019", "năm 2025"]))

PAGES.append(page("b8451-quangngai-sdttg-baocao-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo
10/04/2026 - 16:15
Quý I/2026: Người có uy tín tham gia hòa giải thành 214 vụ việc
Tại phiên họp thường kỳ tháng 4 của UBND tỉnh ngày 8/4/2026, Sở Dân tộc và Tôn giáo đã trình bày báo cáo kết quả thực hiện chính sách và phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số quý I/2026. Phiên họp do đồng chí Y Ngọc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; dự có các đồng chí: Đinh Thị Hồng Minh, Trần Phước Hiền - Phó Chủ tịch UBND tỉnh.
Ông A Vương, Giám đốc Sở Dân tộc và Tôn giáo trình bày báo cáo.
Theo báo cáo do ông A Vương, Giám đốc Sở Dân tộc và Tôn giáo trình bày, sau hợp nhất với tỉnh Kon Tum, tỉnh Quảng Ngãi có 1.618 người có uy tín ở 72 xã vùng đồng bào dân tộc thiểu số, chủ yếu là người Hrê, Cor, Ca Dong, Xơ Đăng, Ba Na, Giẻ Triêng. Trong quý I, người có uy tín đã cùng các tổ hòa giải giải quyết thành 214/231 vụ việc, đạt 92,6%; tranh chấp đất rẫy, đất rừng giao khoán chiếm 118 vụ, mâu thuẫn hôn nhân gia đình 61 vụ.
Báo cáo nêu một số cách làm hiệu quả. Tại xã Ba Tơ, bà Phạm Thị Kim Hơn, người có uy tín thôn Gò Ghềnh, đã hòa giải thành vụ tranh chấp 3 sào ruộng lúa nước giữa hai chị em ruột. Tại xã Đăk Pxi, già làng A Blông cùng tổ hòa giải đưa 2 dòng họ trong làng Kon Đao ký cam kết chấm dứt tranh chấp 4,5 ha đất rẫy sau 7 buổi gặp gỡ. Dịp Tết Bính Ngọ, Sở đã tổ chức thăm, tặng 1.618 suất quà cho người có uy tín với tổng kinh phí khoảng 1,3 tỷ đồng; cấp 5 loại báo, tạp chí theo Quyết định số 28/2023/QĐ-TTg.
Báo cáo cũng chỉ ra hạn chế: 46 người có uy tín đã chuyển đi, qua đời hoặc không còn đủ sức khỏe nhưng chưa được bổ sung; khoảng 15% tổ hòa giải ở các xã mới sắp xếp chưa được kiện toàn; kinh phí hỗ trợ hòa giải theo Nghị quyết số 06/2025/NQ-HĐND của HĐND tỉnh còn chậm.
Kết luận nội dung này, đồng chí Y Ngọc yêu cầu Sở Dân tộc và Tôn giáo trước ngày 30/4/2026 hoàn thành rà soát, trình UBND tỉnh phê duyệt danh sách bổ sung người có uy tín; phối hợp Sở Tư pháp mở ít nhất 10 lớp tập huấn kỹ năng hòa giải trong năm 2026; thực hiện Kế hoạch số 34-KH/TU, 35-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc sau hợp nhất.
Đồng chí Đinh Thị Hồng Minh đề nghị các xã chủ động nắm tình hình, không để các mâu thuẫn về đất đai trong dòng họ, giữa các làng giáp ranh phát sinh thành điểm nóng, nhất là ở khu vực giáp ranh giữa địa bàn tỉnh Quảng Ngãi cũ và tỉnh Kon Tum cũ.
Minh Khang
Tin liên quan
- Xã Sơn Tây tập huấn pháp luật cho già làng, trưởng thôn (03/04/2026)
- Phường Kon Tum gặp mặt người có uy tín (26/03/2026)
- UBND tỉnh họp thường kỳ tháng 3/2026 (10/03/2026)
""", "2026-04-10", "Quý I/2026: Người có uy tín tham gia hòa giải thành 214 vụ việc",
E("bao_cao", "2026-Q1", "2026-04-08"),
[P("Y Ngọc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Đinh Thị Hồng Minh", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Phước Hiền", "Phó Chủ tịch UBND tỉnh"),
 P("A Vương", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Phạm Thị Kim Hơn", "người có uy tín thôn Gò Ghềnh"),
 P("A Blông", "già làng")],
[Q("214/231 vụ việc", 214, "vụ việc"), Q("1.618 người có uy tín", 1618, "người có uy tín"), Q("72 xã", 72, "xã"),
 Q("92,6%", 92.6, "%"), Q("118 vụ", 118, "vụ"), Q("61 vụ", 61, "vụ"), Q("3 sào ruộng lúa nước", 3, "sào ruộng lúa nước"),
 Q("2 dòng họ", 2, "dòng họ"), Q("4,5 ha", 4.5, "ha"), Q("1.618 suất quà", 1618, "suất quà"),
 Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("5 loại báo, tạp chí", 5, "loại báo, tạp chí"),
 Q("46 người có uy tín", 46, "người có uy tín"), Q("khoảng 15%", 15, "%", "approx"),
 Q("ít nhất 10 lớp tập huấn kỹ năng hòa giải", 10, "lớp tập huấn kỹ năng hòa giải", "over")],
[D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định số 28/2023/QĐ-TTg"),
 D("Nghị quyết", "06", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 06/2025/NQ-HĐND"),
 D("Kế hoạch", "34", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 34-KH/TU"),
 D("Kế hoạch", "35", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "35-KH/TU")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Ba Tơ"), com("Đăk Pxi")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI", "Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo",
 "Ông A Vương, Giám đốc Sở Dân tộc và Tôn giáo trình bày báo cáo."],
["10/04/2026 - 16:15", "tháng 4", "quý I/2026", "Trong quý I", "7 buổi", "Tết Bính Ngọ", "30/4/2026", "năm 2026"]))

PAGES.append(page("b8452-thainguyen-hoinct-daihoi-2026", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Xã hội / Người cao tuổi / Cơ sở
22/05/2026 06:00
Đại hội Hội Người cao tuổi xã Nam Cường: Phát huy "tổ hòa giải áo nâu"
Ngày 20/5, Hội Người cao tuổi xã Nam Cường (tỉnh Thái Nguyên) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031. Về dự có đồng chí Hoàng Văn Thắm, Bí thư Đảng ủy, Chủ tịch HĐND xã; bà Nông Thị Lan, Phó Chủ tịch Hội Người cao tuổi tỉnh.
Các đại biểu biểu quyết tại Đại hội.
Xã Nam Cường được thành lập từ tháng 7/2025 trên cơ sở hợp nhất 3 xã của huyện Chợ Đồn (tỉnh Bắc Kạn cũ), có 31 thôn với hơn 2.100 hội viên người cao tuổi, phần lớn là đồng bào Tày, Dao, Nùng. Nhiệm kỳ qua, các chi hội đã duy trì 28 câu lạc bộ "Ông bà mẫu mực, con cháu thảo hiền", 31 tổ "hòa giải áo nâu" với 186 thành viên là già làng, trưởng họ, người cao tuổi có uy tín.
Các tổ đã tham gia hòa giải thành 147 vụ việc, trong đó 62 vụ tranh chấp đất rừng, đất vườn, ranh giới ruộng giữa các hộ và 58 vụ mâu thuẫn gia đình, chủ yếu do chia đất cho con khi lập gia đình riêng. Ông Triệu Đức Quý, người Dao, trưởng họ Triệu thôn Khuổi Vai, kể đã cùng tổ hòa giải 5 lần mới giải quyết xong vụ tranh chấp khoảng 8.000 m2 đất rừng keo giữa hai anh em họ. Bà Ma Thị Dính, Chi hội trưởng Chi hội Người cao tuổi thôn Nà Pài, vận động 4 cặp vợ chồng rút đơn ly hôn.
Theo ông Triệu Đức Quý, người cao tuổi hòa giải có cái lợi là "nói bằng cái tình của người già": con cháu dù giận đến đâu cũng không nỡ cãi lại ông bà, chú bác. Nhiều vụ chỉ cần một bữa cơm chung ở nhà trưởng họ là hai bên đã làm lành, không cần lập biên bản.
Đại hội cũng nêu hạn chế: hoạt động của một số tổ hòa giải sau sáp nhập thôn còn lúng túng; 40% thành viên tổ hòa giải trên 75 tuổi, chưa được tập huấn pháp luật thường xuyên.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Thắm đề nghị Hội tiếp tục thực hiện Chỉ thị số 59-CT/TW của Ban Bí thư về công tác người cao tuổi và Nghị quyết 03, 04-NQ/ĐU của Đảng ủy xã; phấn đấu đến năm 2031 có ít nhất 90% vụ việc được hòa giải thành ngay tại thôn, 100% thôn có tổ "hòa giải áo nâu" hoạt động hiệu quả.
Đại hội đã bầu Ban Chấp hành Hội khóa I gồm 15 ủy viên. Ông Hà Văn Ninh được tín nhiệm giữ chức Chủ tịch Hội Người cao tuổi xã nhiệm kỳ 2026 - 2031; các ông, bà Ma Thị Dính, Triệu Đức Quý được bầu làm Phó Chủ tịch Hội. Đại hội bầu 7 đại biểu dự Đại hội đại biểu Hội Người cao tuổi tỉnh.
Dịp này, UBND xã tặng giấy khen cho 9 tập thể, 17 cá nhân; mỗi tổ hòa giải được hỗ trợ 2 triệu đồng.
Ngọc Anh
Tin liên quan
- Xã Bằng Thành ra mắt câu lạc bộ liên thế hệ tự giúp nhau (15/05/2026)
- Hội Người cao tuổi tỉnh Thái Nguyên tập huấn nghiệp vụ (08/05/2026)
- Xã Ba Bể: 20 già làng được tôn vinh (28/04/2026)
""", "2026-05-22", 'Đại hội Hội Người cao tuổi xã Nam Cường: Phát huy "tổ hòa giải áo nâu"',
E("dai_hoi", None, "2026-05-20"),
[P("Hoàng Văn Thắm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nông Thị Lan", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Triệu Đức Quý", "trưởng họ Triệu thôn Khuổi Vai", "Phó Chủ tịch Hội"),
 P("Ma Thị Dính", "Chi hội trưởng Chi hội Người cao tuổi thôn Nà Pài", "Phó Chủ tịch Hội"),
 P("Hà Văn Ninh", "Chủ tịch Hội Người cao tuổi xã nhiệm kỳ 2026 - 2031")],
[Q("3 xã", 3, "xã"), Q("31 thôn", 31, "thôn"), Q("hơn 2.100 hội viên người cao tuổi", 2100, "hội viên người cao tuổi", "over"),
 Q("28 câu lạc bộ", 28, "câu lạc bộ"), Q("31 tổ", 31, "tổ"), Q("186 thành viên", 186, "thành viên"),
 Q("147 vụ việc", 147, "vụ việc"), Q("62 vụ tranh chấp đất rừng, đất vườn, ranh giới ruộng", 62, "vụ tranh chấp đất rừng, đất vườn, ranh giới ruộng"),
 Q("58 vụ mâu thuẫn gia đình", 58, "vụ mâu thuẫn gia đình"), Q("khoảng 8.000 m2", 8000, "m2", "approx"),
 Q("4 cặp vợ chồng", 4, "cặp vợ chồng"), Q("40%", 40, "%"), Q("ít nhất 90%", 90, "%", "over"), Q("100%", 100, "%"),
 Q("15 ủy viên", 15, "ủy viên"), Q("7 đại biểu", 7, "đại biểu"), Q("9 tập thể", 9, "tập thể"), Q("17 cá nhân", 17, "cá nhân"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Chỉ thị", "59", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 59-CT/TW"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Nam Cường")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Xã hội / Người cao tuổi / Cơ sở", "Các đại biểu biểu quyết tại Đại hội.",
 "Ông bà mẫu mực, con cháu thảo hiền", "hòa giải áo nâu"],
["22/05/2026 06:00", "lần thứ I", "nhiệm kỳ 2026 - 2031", "tháng 7/2025", "5 lần", "trên 75 tuổi", "năm 2031", "khóa I"]))
