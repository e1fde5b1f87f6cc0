from lib import *
PAGES = []

PAGES.append(page("b8567-soctrang-bdv-traoqua-2024", """
Báo Sóc Trăng Online
Trang chủ - Xã hội - Dân tộc, Tôn giáo
24/05/2024 06:00
Trao 150 công tơ điện cho hộ nghèo đồng bào Khmer
(STO) - Ngày 23/5, Ban Dân vận Tỉnh ủy phối hợp với Công ty Điện lực Sóc Trăng và Ủy ban MTTQ Việt Nam huyện Trần Đề tổ chức trao 150 công tơ điện cho hộ nghèo, hộ cận nghèo đồng bào Khmer tại xã Viên An và xã Tài Văn.
Đồng chí Lâm Thị Ngọc Huyền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy trao công tơ điện cho bà con.
Dự buổi trao tặng có đồng chí Lâm Thị Ngọc Huyền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Trần Quốc Bảo, Phó Giám đốc Công ty Điện lực Sóc Trăng; Đại đức Thạch Chanh Đa Ra, trụ trì chùa Prêk Chi Kô, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện Trần Đề.
Mỗi công tơ kèm dây dẫn, thiết bị đóng cắt và công lắp đặt trị giá 2,8 triệu đồng; tổng trị giá 420 triệu đồng, từ nguồn vận động của Quỹ "Vì người nghèo" tỉnh và cán bộ, công nhân viên ngành điện. Hoạt động nằm trong Kế hoạch số 120-KH/BDVTU ngày 02/4/2024 của Ban Dân vận Tỉnh ủy về vận động đồng bào Khmer bảo vệ hành lang an toàn lưới điện, gắn với thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Theo ông Sơn Thanh Liêm, Chủ tịch UBND xã Viên An, thời gian qua nhiều hộ Khmer phải câu nhờ điện từ nhà hàng xóm qua đường dây dài hàng trăm mét, vừa mất an toàn vừa phải trả giá điện cao. Năm 2023, xã có 2 trường hợp bị điện giật do dây câu nhờ bị hở. Khi được vận động, 64 hộ trong xã đã tự nguyện hiến đất, chặt 820 cây bạch đàn, dừa nước để ngành điện kéo 7,5 km đường dây hạ thế vào các phum, sóc.
Bà Thạch Thị Sa Phia, ấp Prey Chóp B, xã Tài Văn xúc động: "Nhà tui 5 người, trước câu điện nhờ mỗi tháng trả gần 400.000 đồng, giờ có công tơ riêng chắc chỉ hơn phân nửa". Ông Lý Sà Rươl, người có uy tín ấp Tắc Gồng, đã vận động 18 hộ trong ấp dời chuồng trại ra khỏi hành lang đường dây.
Phát biểu tại buổi lễ, đồng chí Lâm Thị Ngọc Huyền ghi nhận sự đồng hành của các vị sư sãi, người có uy tín; đề nghị các hộ được nhận công tơ sử dụng điện tiết kiệm, an toàn, không trồng cây cao dưới đường dây. Năm 2024, toàn tỉnh phấn đấu có 99,8% hộ dân sử dụng điện lưới quốc gia; riêng vùng đồng bào Khmer còn khoảng 1.200 hộ phải câu nhờ điện sẽ được hỗ trợ lắp công tơ trong 2 năm tới.
Dịp này, Ủy ban MTTQ huyện Trần Đề tặng 50 phần quà cho các hộ hiến đất, mỗi phần trị giá 500.000 đồng; Đại đức Thạch Chanh Đa Ra tặng thêm 100 kg gạo cho các hộ khó khăn.
Kim Hà
Tin liên quan
- Châu Thành: vận động nhân dân hiến đất làm đường giao thông nông thôn (15/05/2024)
- Tặng quà chư tăng nhân dịp Tết cổ truyền Chôl Chnăm Thmây (12/04/2024)
- Cù Lao Dung: giải tỏa hành lang lưới điện mùa mưa bão (02/04/2024)
""", "2024-05-24", "Trao 150 công tơ điện cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2024-05-23"),
[P("Lâm Thị Ngọc Huyền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Bảo", "Phó Giám đốc Công ty Điện lực Sóc Trăng"),
 P("Thạch Chanh Đa Ra", "Đại đức", "trụ trì chùa Prêk Chi Kô", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện Trần Đề"),
 P("Sơn Thanh Liêm", "Chủ tịch UBND xã Viên An"),
 P("Thạch Thị Sa Phia"),
 P("Lý Sà Rươl", "người có uy tín ấp Tắc Gồng")],
[Q("150 công tơ điện", 150, "công tơ điện"), Q("2,8 triệu đồng", 2800000, "đồng"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("2 trường hợp", 2, "trường hợp"), Q("64 hộ", 64, "hộ"), Q("820 cây bạch đàn, dừa nước", 820, "cây bạch đàn, dừa nước"),
 Q("7,5 km", 7.5, "km"), Q("5 người", 5, "người"), Q("gần 400.000 đồng", 400000, "đồng", "approx"), Q("18 hộ", 18, "hộ"),
 Q("99,8%", 99.8, "%"), Q("khoảng 1.200 hộ", 1200, "hộ", "approx"), Q("50 phần quà", 50, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("100 kg", 100, "kg")],
[D("Kế hoạch", "120", "KH/BDVTU", "2024-04-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 120-KH/BDVTU ngày 02/4/2024"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Sóc Trăng"), com("Viên An"), com("Tài Văn")],
["Báo Sóc Trăng Online", "Trang chủ - Xã hội - Dân tộc, Tôn giáo", "(STO)",
 "Đồng chí Lâm Thị Ngọc Huyền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy trao công tơ điện cho bà con.", "Vì người nghèo",
 "Hội Đoàn kết sư sãi yêu nước huyện Trần Đề", "Công ty Điện lực Sóc Trăng"],
["24/05/2024 06:00", "Năm 2023", "Năm 2024", "2 năm tới", "hàng trăm mét"]))

PAGES.append(page("b8568-quangbinh-bdv-giamsat-2025", """
Báo Quảng Bình điện tử
Chính trị » Xây dựng Đảng
Thứ Tư, 16/04/2025 - 14:30
Giám sát thực hiện dân chủ trong giải phóng mặt bằng công trình điện tại Minh Hóa
(QBĐT) - Ngày 15/4, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Cao Thị Minh Nguyệt, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện dân chủ ở cơ sở trong công tác giải phóng mặt bằng Dự án cấp điện nông thôn tại huyện Minh Hóa.
Đoàn giám sát làm việc với Đảng ủy xã Dân Hóa.
Đoàn được thành lập theo Quyết định số 10-QĐ/BDVTU ngày 20/3/2025 của Ban Dân vận Tỉnh ủy; thành viên gồm đại diện Ủy ban MTTQ tỉnh, Sở Công Thương, Hội Nông dân tỉnh. Nội dung giám sát tập trung vào việc công khai, bàn bạc với dân theo Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP của Chính phủ.
Theo báo cáo của UBND huyện Minh Hóa, dự án đi qua 3 xã Dân Hóa, Trọng Hóa, Hóa Sơn với 24,6 km đường dây trung thế và 16 trạm biến áp, cấp điện cho 27 bản của đồng bào Chứt, Bru - Vân Kiều. Dự án ảnh hưởng 173 hộ; các xã đã tổ chức 41 cuộc họp bản để công khai phương án, có 2.950 lượt người dự; 100% phương án bồi thường được niêm yết tại nhà văn hóa bản. Nhân dân hiến 2,3 ha đất, chặt 6.400 cây keo; số tiền bồi thường, hỗ trợ đã chi trả 1,87 tỷ đồng.
Ông Hồ Văn Xanh, Bí thư Đảng ủy xã Dân Hóa cho biết, 5 bản người Chứt ở xã trước đây chưa có điện, nay đã được kéo điện đến 312 hộ. Bà Hồ Thị Liên, Trưởng bản Ra Mai, phấn khởi: "Trước cán bộ về họp, bà con được nói hết, được hỏi hết, nên không ai thắc mắc".
Tuy nhiên, qua giám sát cho thấy vẫn còn hạn chế: biên bản họp ở 4 bản chưa ghi đầy đủ ý kiến người dân; 9 hộ ở xã Trọng Hóa phản ánh chưa được thông báo lịch chi trả; việc hoàn trả mặt bằng đường vào bản sau thi công còn chậm. Ông Đinh Xuân Hòa, Phó Chủ tịch UBND huyện Minh Hóa, tiếp thu và cam kết xử lý dứt điểm trước ngày 30/5/2025.
Bà Hồ Thị Mây, Chủ tịch Ủy ban MTTQ xã Trọng Hóa cho biết, ban giám sát đầu tư của cộng đồng xã đã thực hiện 6 cuộc giám sát, phát hiện và kiến nghị xử lý 3 trường hợp thi công làm hư hại hoa màu của người dân, với số tiền bồi thường bổ sung 46 triệu đồng.
Kết luận buổi giám sát, đồng chí Cao Thị Minh Nguyệt đề nghị cấp ủy, chính quyền các xã tiếp tục phát huy vai trò người có uy tín, già làng, trưởng bản; Ủy ban MTTQ các xã tăng cường hoạt động của ban giám sát đầu tư của cộng đồng. Ban Dân vận Tỉnh ủy sẽ tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy trước khi thực hiện sắp xếp đơn vị hành chính cấp xã.
Phan Phương
Tin liên quan
- Lệ Thủy: đối thoại với người dân về bồi thường đường cao tốc (10/04/2025)
- Ban Dân vận Tỉnh ủy giao ban quý I năm 2025 (02/04/2025)
- Tuyên Hóa đưa điện về bản Kè (25/03/2025)
""", "2025-04-16", "Giám sát thực hiện dân chủ trong giải phóng mặt bằng công trình điện tại Minh Hóa",
E("giam_sat", None, "2025-04-15"),
[P("Cao Thị Minh Nguyệt", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Xanh", "Bí thư Đảng ủy xã Dân Hóa"),
 P("Hồ Thị Liên", "Trưởng bản Ra Mai"),
 P("Đinh Xuân Hòa", "Phó Chủ tịch UBND huyện Minh Hóa"),
 P("Hồ Thị Mây", "Chủ tịch Ủy ban MTTQ xã Trọng Hóa")],
[Q("3 xã", 3, "xã"), Q("24,6 km", 24.6, "km"), Q("16 trạm biến áp", 16, "trạm biến áp"), Q("27 bản", 27, "bản"),
 Q("173 hộ", 173, "hộ"), Q("41 cuộc họp bản", 41, "cuộc họp bản"), Q("2.950 lượt người", 2950, "lượt người"),
 Q("100% phương án", 100, "%"), Q("2,3 ha", 2.3, "ha"), Q("6.400 cây keo", 6400, "cây keo"), Q("1,87 tỷ đồng", 1870000000, "đồng"),
 Q("5 bản người Chứt", 5, "bản người Chứt"), Q("312 hộ", 312, "hộ"), Q("4 bản", 4, "bản"), Q("9 hộ", 9, "hộ"),
 Q("6 cuộc giám sát", 6, "cuộc giám sát"), Q("3 trường hợp", 3, "trường hợp"), Q("46 triệu đồng", 46000000, "đồng")],
[D("Quyết định", "10", "QĐ/BDVTU", "2025-03-20", "Ban Dân vận Tỉnh ủy", "Quyết định số 10-QĐ/BDVTU ngày 20/3/2025"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP")],
[prov("Quảng Bình"), com("Dân Hóa"), com("Trọng Hóa"), com("Hóa Sơn")],
["Báo Quảng Bình điện tử", "Chính trị » Xây dựng Đảng", "(QBĐT)", "Đoàn giám sát làm việc với Đảng ủy xã Dân Hóa.",
 "Luật Thực hiện dân chủ ở cơ sở", "Dự án cấp điện nông thôn"],
["Thứ Tư, 16/04/2025 - 14:30", "30/5/2025"]))

PAGES.append(page("b8569-lamdong-daihoi-xa-2025", """
Báo Lâm Đồng điện tử
Chính trị | Đại hội Đảng bộ các cấp tiến tới Đại hội XIV của Đảng
Cập nhật: 10:10, 08/08/2025 (GMT+7)
Đại hội Đảng bộ xã Quảng Trực lần thứ I: Đưa điện lưới đến mọi bon, nhà
(LĐ) - Ngày 7/8, Đảng bộ xã Quảng Trực, tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của xã biên giới sau khi thực hiện mô hình chính quyền địa phương hai cấp.
Đại biểu dự đại hội thực hiện nghi thức chào cờ.
Dự và chỉ đạo đại hội có đồng chí Nguyễn Thị Kim Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Tham dự có 186 đại biểu thay mặt cho 742 đảng viên sinh hoạt tại 31 chi bộ trực thuộc.
Báo cáo chính trị cho biết, giai đoạn 2020 - 2025, phát huy phương châm "Nhà nước và nhân dân cùng làm", nhân dân trên địa bàn đã hiến hơn 12.500 m2 đất, chặt hạ trên 9.000 cây cà phê, cây điều, góp gần 4.000 ngày công để đưa điện lưới về 14 bon, thôn. Tỷ lệ hộ sử dụng điện lưới quốc gia từ 82,4% năm 2020 tăng lên 99,1%; số hộ nghèo đa chiều giảm còn 312 hộ. Xã có 1.864 hộ đồng bào Mnông, chiếm 46,5% dân số.
Trình bày tham luận, ông Điểu Bờ Rông, già làng bon Bu Prăng 2, kể: "Hồi trước đường điện chưa về, tối đến cả bon tối om. Già đi từng nhà nói: cho đất làm cột điện là cho con cháu mình ánh sáng". Bon Bu Prăng 2 có 73 hộ thì 73 hộ đều hiến đất.
Đại hội quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Quyết định số 1246-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy Lâm Đồng về chỉ định Ban Chấp hành Đảng bộ xã lâm thời; đề ra 18 chỉ tiêu chủ yếu, trong đó phấn đấu đến năm 2030 có 100% hộ dân sử dụng điện an toàn.
Đại hội bầu Ban Chấp hành Đảng bộ xã khóa I gồm 25 đồng chí. Đồng chí Điểu Sơn, Ủy viên Ban Chấp hành Đảng bộ tỉnh, được bầu giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030; các đồng chí Trần Văn Lợi, Thị Bình được bầu giữ chức Phó Bí thư Đảng ủy xã. Đồng chí Y Sim, Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng khối dân vận xã được bầu vào Ban Thường vụ Đảng ủy xã.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Kim Dung đề nghị Đảng bộ xã làm tốt công tác dân vận, tiếp tục vận động nhân dân bảo vệ hành lang lưới điện, bảo vệ rừng và an ninh biên giới; quan tâm đưa điện đến 58 hộ ở các khu sản xuất còn chưa có điện.
Đức Hùng
Tin liên quan
- Đại hội Đảng bộ xã Tuy Đức lần thứ I, nhiệm kỳ 2025 - 2030 (06/08/2025)
- Xã Đắk Wil ra mắt tổ dân vận sau sắp xếp (28/07/2025)
- Lâm Đồng hoàn thành đại hội điểm cấp xã (20/07/2025)
""", "2025-08-08", "Đại hội Đảng bộ xã Quảng Trực lần thứ I: Đưa điện lưới đến mọi bon, nhà",
E("dai_hoi", None, "2025-08-07"),
[P("Nguyễn Thị Kim Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Bờ Rông", "già làng bon Bu Prăng 2"),
 P("Điểu Sơn", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030"),
 P("Trần Văn Lợi", "Phó Bí thư Đảng ủy xã"),
 P("Thị Bình", "Phó Bí thư Đảng ủy xã"),
 P("Y Sim", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng khối dân vận xã")],
[Q("186 đại biểu", 186, "đại biểu"), Q("742 đảng viên", 742, "đảng viên"), Q("31 chi bộ trực thuộc", 31, "chi bộ trực thuộc"),
 Q("hơn 12.500 m2", 12500, "m2", "over"), Q("trên 9.000 cây cà phê, cây điều", 9000, "cây cà phê, cây điều", "over"),
 Q("gần 4.000 ngày công", 4000, "ngày công", "approx"), Q("14 bon, thôn", 14, "bon, thôn"), Q("82,4%", 82.4, "%"),
 Q("99,1%", 99.1, "%"), Q("312 hộ", 312, "hộ"), Q("1.864 hộ đồng bào Mnông", 1864, "hộ đồng bào Mnông"), Q("46,5%", 46.5, "%"),
 Q("73 hộ thì", 73, "hộ"), Q("73 hộ đều", 73, "hộ"), Q("18 chỉ tiêu chủ yếu", 18, "chỉ tiêu chủ yếu"), Q("100% hộ dân", 100, "%"),
 Q("25 đồng chí", 25, "đồng chí"), Q("58 hộ", 58, "hộ")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Quyết định", "1246", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy Lâm Đồng", "Quyết định số 1246-QĐ/TU ngày 30/6/2025")],
[prov("Lâm Đồng"), com("Quảng Trực")],
["Báo Lâm Đồng điện tử", "Chính trị | Đại hội Đảng bộ các cấp tiến tới Đại hội XIV của Đảng", "(LĐ)",
 "Đại biểu dự đại hội thực hiện nghi thức chào cờ.", "Nhà nước và nhân dân cùng làm"],
["Cập nhật: 10:10, 08/08/2025 (GMT+7)", "lần thứ I", "nhiệm kỳ 2025 - 2030", "giai đoạn 2020 - 2025", "năm 2020", "năm 2030",
 "lần thứ XIV", "khóa I", "25 đồng chí", "Bu Prăng 2"]))

PAGES.append(page("b8570-tuyenquang-btgdv-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ > Tin tức > Dân vận
Thứ Năm, 09/10/2025 - 15:10
Giao ban công tác dân vận quý III/2025: đẩy nhanh cấp điện cho các thôn chưa có điện lưới
Sáng 8/10, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III/2025 theo hình thức trực tiếp kết hợp trực tuyến đến 124 điểm cầu xã, phường. Đồng chí Ma Thị Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Vương Ngọc Hà, Lý Thị Lan, Hoàng Văn Vịnh.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Báo cáo cho biết, sau hợp nhất, toàn tỉnh Tuyên Quang còn 186 thôn với khoảng 7.900 hộ chưa có điện lưới quốc gia, tập trung ở các xã vùng cao núi đá phía Bắc. Quý III, các cấp đã vận động nhân dân hiến 14.200 m2 đất, chặt hạ 5.600 cây gỗ, tre, góp 3.100 ngày công cho các dự án cấp điện; đã đóng điện thêm 23 thôn với 1.412 hộ, nâng tỷ lệ hộ dùng điện lưới toàn tỉnh lên 97,4%.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã ban hành Kế hoạch số 15-KH/BTGDVTU ngày 18/7/2025 về công tác dân vận trong thực hiện các dự án cấp điện nông thôn; hướng dẫn Ủy ban MTTQ các xã tuyên truyền Nghị định số 62/2025/NĐ-CP của Chính phủ về bảo vệ công trình điện lực và an toàn trong lĩnh vực điện lực.
Tại điểm cầu xã Lũng Cú, đồng chí Vàng Mí Sính, Bí thư Đảng ủy xã cho biết, xã đã thành lập 9 tổ dân vận thôn, mỗi đảng viên phụ trách từ 5 đến 7 hộ; đến nay 100% hộ ở 3 thôn thuộc dự án đã ký cam kết bàn giao mặt bằng. Đồng chí Hoàng Thị Dung, Chủ tịch Ủy ban MTTQ Việt Nam xã Xín Mần phản ánh có 21 hộ chưa đồng thuận vì muốn được bồi thường nương ngô; xã đã tổ chức 2 buổi đối thoại. Đồng chí Sùng Mí Chớ, Phó Chủ tịch UBND xã Sơn Vĩ, đề nghị ngành điện bố trí thêm lao động vì nhiều vị trí cột phải gùi vật tư bộ qua núi đá.
Ông Nguyễn Hữu Dũng, Phó Giám đốc Công ty Điện lực Tuyên Quang, cho biết đến cuối năm 2025 sẽ hoàn thành thêm 41 công trình với tổng vốn khoảng 215 tỷ đồng.
Kết luận giao ban, đồng chí Ma Thị Thúy yêu cầu quý IV tập trung tuyên truyền, vận động 21 hộ còn vướng mắc ở Xín Mần; phát huy vai trò 2.140 người có uy tín trong đồng bào dân tộc thiểu số; chuẩn bị tổng kết công tác dân vận năm 2025 ở cả hai cấp tỉnh, xã.
Hà Linh
Tin liên quan
- Xã Mèo Vạc ra mắt mô hình "Dân vận khéo" thắp sáng đường biên (30/09/2025)
- Tuyên Quang: Hội nghị tập huấn nghiệp vụ dân vận cho cán bộ cấp xã (19/09/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Đảng ủy xã Bạch Đích (05/09/2025)
""", "2025-10-09", "Giao ban công tác dân vận quý III/2025: đẩy nhanh cấp điện cho các thôn chưa có điện lưới",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Ma Thị Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vương Ngọc Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Thị Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Vịnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Mí Sính", "Bí thư Đảng ủy xã"),
 P("Hoàng Thị Dung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Xín Mần"),
 P("Sùng Mí Chớ", "Phó Chủ tịch UBND xã Sơn Vĩ"),
 P("Nguyễn Hữu Dũng", "Phó Giám đốc Công ty Điện lực Tuyên Quang")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("186 thôn", 186, "thôn"), Q("khoảng 7.900 hộ", 7900, "hộ", "approx"),
 Q("14.200 m2", 14200, "m2"), Q("5.600 cây gỗ, tre", 5600, "cây gỗ, tre"), Q("3.100 ngày công", 3100, "ngày công"),
 Q("23 thôn", 23, "thôn"), Q("1.412 hộ", 1412, "hộ"), Q("97,4%", 97.4, "%"), Q("9 tổ dân vận thôn", 9, "tổ dân vận thôn"),
 Q("100% hộ", 100, "%"), Q("3 thôn", 3, "thôn"), Q("21 hộ", 21, "hộ"), Q("2 buổi đối thoại", 2, "buổi đối thoại"),
 Q("41 công trình", 41, "công trình"), Q("khoảng 215 tỷ đồng", 215000000000, "đồng", "approx"),
 Q("2.140 người có uy tín", 2140, "người có uy tín")],
[D("Kế hoạch", "15", "KH/BTGDVTU", "2025-07-18", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 15-KH/BTGDVTU ngày 18/7/2025"),
 D("Nghị định", "62", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 62/2025/NĐ-CP")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Xín Mần"), com("Sơn Vĩ")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ > Tin tức > Dân vận", "Quang cảnh hội nghị tại điểm cầu tỉnh."],
["Thứ Năm, 09/10/2025 - 15:10", "quý III/2025", "Quý III", "quý IV", "từ 5 đến 7 hộ", "năm 2025"]))

PAGES.append(page("b8571-vinhlong-btgdv-tongket-2026", """
Báo Vĩnh Long điện tử
Trang chủ / Chính trị / Dân vận
Ngày 14/01/2026 | 10:20
Ban Tuyên giáo và Dân vận Tỉnh ủy và ngành điện triển khai nhiệm vụ năm 2026
Ngày 13/1, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Công ty Điện lực Vĩnh Long tổ chức hội nghị tổng kết thực hiện Chương trình phối hợp về công tác dân vận trong đầu tư, quản lý lưới điện năm 2025 và triển khai nhiệm vụ năm 2026.
Các đại biểu tham dự hội nghị. Ảnh: Thanh Thủy
Dự hội nghị có đồng chí Thạch Thị Sa Ri, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Lê Hoàng Minh, Giám đốc Công ty Điện lực Vĩnh Long; đại diện Ủy ban MTTQ Việt Nam tỉnh, Hội Nông dân tỉnh và lãnh đạo 26 xã, phường có công trình điện trọng điểm.
Năm 2025 là năm đầu thực hiện Chương trình phối hợp số 03-CTrPH/BTGDVTU-PCVL sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Các bên đã phối hợp vận động nhân dân giải tỏa hành lang an toàn cho 1.280 km đường dây; chặt, tỉa 46.500 cây dừa, cây bạch đàn vi phạm; vận động 2.350 hộ hiến đất, bàn giao mặt bằng cho 38 công trình cải tạo lưới điện nông thôn. Số vụ sự cố lưới điện do cây ngã giảm 28% so với năm 2024. Tổng vốn đầu tư lưới điện nông thôn trong năm hơn 312 tỷ đồng.
Ông Kim Ngọc Thái, Chủ tịch UBND xã Long Hữu cho biết, xã vận động được 146 hộ Khmer bàn giao mặt bằng, trong đó ông Thạch Sóc, người có uy tín ấp Bến Cát, hiến 260 m2 đất làm trạm biến áp. Bà Nguyễn Thị Kim Loan, Chủ tịch Hội Nông dân xã Hưng Nhượng, đề xuất ngành điện hỗ trợ cây giống thấp để bà con trồng thay cây dừa trong hành lang.
Hội nghị đánh giá các bên đã thực hiện tốt Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong thực hiện các công trình, dự án và về phát huy vai trò người có uy tín. Tuy nhiên, còn 17 vụ việc khiếu nại về đơn giá bồi thường cây trồng chưa được giải quyết dứt điểm.
Năm 2026, hai bên thống nhất phấn đấu 100% xã, phường có tổ tự quản bảo vệ hành lang lưới điện; tổ chức 50 buổi đối thoại với người dân vùng dự án. Phát biểu kết luận, đồng chí Thạch Thị Sa Ri đề nghị ngành điện công khai kế hoạch cắt điện, chi trả bồi thường đúng hạn; cấp ủy các xã, phường đưa nội dung bảo vệ hành lang lưới điện vào sinh hoạt chi bộ.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 10 tập thể và 18 cá nhân có thành tích xuất sắc.
Thanh Thủy
Tin liên quan
- Vĩnh Long: Tổng kết công tác tuyên giáo và dân vận năm 2025 (09/01/2026)
- Điện lực Vĩnh Long ra quân giải tỏa hành lang lưới điện dịp Tết (05/01/2026)
- Ấm áp "Tết vì người nghèo" tại phường Trà Vinh (28/12/2025)
""", "2026-01-14", "Ban Tuyên giáo và Dân vận Tỉnh ủy và ngành điện triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-13"),
[P("Thạch Thị Sa Ri", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Hoàng Minh", "Giám đốc Công ty Điện lực Vĩnh Long"),
 P("Kim Ngọc Thái", "Chủ tịch UBND xã Long Hữu"),
 P("Thạch Sóc", "người có uy tín ấp Bến Cát"),
 P("Nguyễn Thị Kim Loan", "Chủ tịch Hội Nông dân xã Hưng Nhượng")],
[Q("26 xã, phường", 26, "xã, phường"), Q("3 tỉnh", 3, "tỉnh"), Q("1.280 km", 1280, "km"),
 Q("46.500 cây dừa, cây bạch đàn", 46500, "cây dừa, cây bạch đàn"), Q("2.350 hộ", 2350, "hộ"), Q("38 công trình", 38, "công trình"),
 Q("28%", 28, "%"), Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"), Q("146 hộ Khmer", 146, "hộ Khmer"), Q("260 m2", 260, "m2"),
 Q("17 vụ việc khiếu nại", 17, "vụ việc khiếu nại"), Q("100% xã, phường", 100, "%"), Q("50 buổi đối thoại", 50, "buổi đối thoại"),
 Q("10 tập thể", 10, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Chương trình phối hợp", "03", "CTrPH/BTGDVTU-PCVL", None, None, "Chương trình phối hợp số 03-CTrPH/BTGDVTU-PCVL"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hữu"), com("Hưng Nhượng")],
["Báo Vĩnh Long điện tử", "Trang chủ / Chính trị / Dân vận", "Các đại biểu tham dự hội nghị. Ảnh: Thanh Thủy", "Công ty Điện lực Vĩnh Long"],
["Ngày 14/01/2026 | 10:20", "năm 2025", "năm 2026", "Năm 2025", "năm 2024", "Năm 2026"]))

PAGES.append(page("b8572-dongnai-mttq-taphuan-2026", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đồng Nai
Trang chủ › Hoạt động Mặt trận › Tập huấn
2026-03-06 08:40
Ảnh: Quang cảnh lớp tập huấn tại xã Bù Gia Mập.
Tập huấn nghiệp vụ giám sát cộng đồng về bảo vệ hành lang lưới điện cho cán bộ Mặt trận cơ sở
Ngày 5/3/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phối hợp với Công ty Điện lực Đồng Nai tổ chức lớp tập huấn năm 2026 về nghiệp vụ giám sát cộng đồng và vận động nhân dân bảo vệ hành lang an toàn lưới điện cho 165 cán bộ Mặt trận, trưởng ban công tác Mặt trận ấp, sóc của 12 xã phía Bắc tỉnh.
Lớp tập huấn được tổ chức theo Kế hoạch số 18/KH-MTTQ-BTT ngày 10/02/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Phát biểu khai mạc, bà Điểu Thị Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, sau hợp nhất với Bình Phước, lưới điện của tỉnh trải rộng qua nhiều vùng cao su, điều; năm 2025 có 58 vụ vi phạm hành lang an toàn lưới điện, 3 vụ tai nạn điện làm 1 người tử vong.
Các học viên được ThS. Nguyễn Văn Lộc, giảng viên Trường Chính trị tỉnh, giới thiệu những điểm mới của Luật Điện lực năm 2024 và Nghị định số 62/2025/NĐ-CP của Chính phủ; kỹ sư Phạm Thanh Tùng, Trưởng phòng An toàn Công ty Điện lực Đồng Nai, hướng dẫn cách nhận diện vi phạm và quy trình phối hợp báo tin. Học viên cũng được trao đổi về Quyết định số 05/2025/QĐ-UBND ngày 12/8/2025 của UBND tỉnh về đơn giá bồi thường cây trồng khi giải tỏa hành lang.
Tại lớp học, ông Điểu Minh, Trưởng ban công tác Mặt trận sóc Bù Ka, xã Bù Gia Mập, kể năm 2025 sóc đã vận động 27 hộ người S'tiêng tự chặt 640 cây cao su sát đường dây mà không đòi bồi thường. Bà Thị Nhung, Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Ơ, chia sẻ cách đưa nội dung an toàn điện vào ngày hội đại đoàn kết toàn dân tộc ở khu dân cư.
Trong năm 2025, Ủy ban MTTQ các cấp đã tiếp nhận 142 ý kiến, kiến nghị của cử tri liên quan đến lưới điện, chuyển ngành điện giải quyết 135 ý kiến, đạt 95%.
Theo ông Võ Đình Trung, Phó Giám đốc Công ty Điện lực Đồng Nai, năm 2026 ngành điện đầu tư khoảng 420 tỷ đồng cải tạo lưới điện nông thôn, trong đó 96 km đường dây đi qua vườn cây của người dân, cần sự đồng thuận của khoảng 1.500 hộ. Ngành điện sẽ hỗ trợ mỗi ban công tác Mặt trận ấp 2 triệu đồng/năm để duy trì hoạt động giám sát.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu. Ủy ban MTTQ Việt Nam tỉnh đề nghị các xã thành lập tổ giám sát cộng đồng về an toàn lưới điện, báo cáo kết quả trước ngày 30/6/2026.
Trà My
Tin liên quan
- Đồng Nai: Hội nghị đại biểu nhân dân xã Phú Nghĩa (26/02/2026)
- Ủy ban MTTQ tỉnh thăm, chúc Tết đồng bào S'tiêng (10/02/2026)
- Xã Bù Gia Mập ra mắt mô hình "Sóc sáng, xanh, an toàn điện" (20/01/2026)
""", "2026-03-06", "Tập huấn nghiệp vụ giám sát cộng đồng về bảo vệ hành lang lưới điện cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2026", "2026-03-05"),
[P("Điểu Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lộc", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Phạm Thanh Tùng", "kỹ sư", "Trưởng phòng An toàn Công ty Điện lực Đồng Nai"),
 P("Điểu Minh", "Trưởng ban công tác Mặt trận sóc Bù Ka"),
 P("Thị Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Ơ"),
 P("Võ Đình Trung", "Phó Giám đốc Công ty Điện lực Đồng Nai")],
[Q("165 cán bộ Mặt trận, trưởng ban công tác Mặt trận ấp, sóc", 165, "cán bộ Mặt trận, trưởng ban công tác Mặt trận ấp, sóc"),
 Q("12 xã", 12, "xã"), Q("58 vụ vi phạm hành lang an toàn lưới điện", 58, "vụ vi phạm hành lang an toàn lưới điện"),
 Q("3 vụ tai nạn điện", 3, "vụ tai nạn điện"), Q("1 người", 1, "người"), Q("27 hộ người S'tiêng", 27, "hộ người S'tiêng"),
 Q("640 cây cao su", 640, "cây cao su"), Q("khoảng 420 tỷ đồng", 420000000000, "đồng", "approx"), Q("96 km", 96, "km"),
 Q("khoảng 1.500 hộ", 1500, "hộ", "approx"), Q("2 triệu đồng", 2000000, "đồng"), Q("100%", 100, "%"),
 Q("142 ý kiến, kiến nghị", 142, "ý kiến, kiến nghị"), Q("135 ý kiến", 135, "ý kiến"), Q("95%", 95, "%")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", "2026-02-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 10/02/2026"),
 D("Nghị định", "62", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 62/2025/NĐ-CP"),
 D("Quyết định", "05", "2025/QĐ-UBND", "2025-08-12", "UBND tỉnh", "Quyết định số 05/2025/QĐ-UBND ngày 12/8/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đắk Ơ")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "Trang chủ › Hoạt động Mặt trận › Tập huấn",
 "Ảnh: Quang cảnh lớp tập huấn tại xã Bù Gia Mập.", "Luật Điện lực năm 2024", "Trường Chính trị tỉnh", "Công ty Điện lực Đồng Nai"],
["2026-03-06 08:40", "năm 2026", "năm 2025", "30/6/2026"]))
